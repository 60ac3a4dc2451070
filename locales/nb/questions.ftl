## question.html

question-continue = Fortsett
error-summary-title = Du må rette opp dette
# Leses opp av skjermlesere før feilmeldingen til et felt.
error-prefix = Feil:

## Spørsmålene. For hvert spørsmål: tittel (overskriften på siden og spørsmålet),
## hjelpetekst, feilen når ingenting eller noe ukjent er valgt, og en kort
## etikett til listen over svar («oppsummering»).

question-application-date-title = Når søkte du om denne oppholdstillatelsen?
question-application-date-hint = Det er datoen du leverte søknaden, ikke datoen du fikk vedtaket.
question-application-date-error = Velg når du søkte
question-application-date-summary = Datoen du søkte
option-application-date-on-or-after-cutoff = 16. april 2021 eller senere
option-application-date-before-cutoff = Før 16. april 2021

question-application-type-title = Hva søkte du om?
question-application-type-hint = Velg søknaden som ga deg oppholdstillatelsen.
question-application-type-error = Velg hva du søkte om
question-application-type-summary = Hva du søkte om
option-application-type-protection-first-time = Beskyttelse (asyl) for første gang
option-application-type-protection-first-time-hint = Du søkte om asyl hos politiet i Norge.
option-application-type-resettlement-refugee = Overføringsflyktning (kvoteflyktning)
option-application-type-resettlement-refugee-hint = Du ble tatt ut i samarbeid med UNHCR, FNs høykommissær for flyktninger, og kom til Norge som flyktning.
option-application-type-collective-protection = Kollektiv beskyttelse
option-application-type-collective-protection-hint = For personer som har flyktet fra krigen i Ukraina.
option-application-type-renewal = Fornyelse av oppholdstillatelsen min
option-application-type-renewal-hint = Hvis du har kollektiv beskyttelse, velg kollektiv beskyttelse i stedet.
option-application-type-permanent-residence = Permanent oppholdstillatelse
option-application-type-derived-refugee-status = Avledet flyktningstatus
option-application-type-derived-refugee-status-hint = Du er familiemedlem til en person som har flyktningstatus i Norge.
option-application-type-other-permit = Min første oppholdstillatelse for familieinnvandring, arbeid, studier eller av en annen grunn
option-application-type-other-permit-hint = For eksempel en familieinnvandringstillatelse, en arbeidstillatelse eller en studietillatelse.
option-application-type-other = Noe annet
option-application-type-other-hint = For eksempel hvis du søkte etter brexit-regelverket, eller hvis du er familiemedlem av en EU/EØS-borger.

question-collective-protection-permit-title = Er dette den første tillatelsen din med kollektiv beskyttelse, eller er tillatelsen forlenget?
question-collective-protection-permit-hint = En tillatelse med kollektiv beskyttelse gis for ett år av gangen. Den blir forlenget automatisk, uten at du søker. Hvis tillatelsen din ikke blir forlenget, får du beskjed.
question-collective-protection-permit-error = Velg om dette er den første tillatelsen din eller en forlenget tillatelse
question-collective-protection-permit-summary = Tillatelse med kollektiv beskyttelse
option-collective-protection-permit-first = Den første tillatelsen min med kollektiv beskyttelse
option-collective-protection-permit-extended = Tillatelsen min er forlenget

question-child-turned-six-title = Er oppholdskortet for et barn som har fylt 6 år etter at tillatelsen ble gitt?
question-child-turned-six-hint = Svar ja hvis barnet var 5 år eller yngre da tillatelsen ble gitt, er 6 år eller eldre nå, og ikke har gitt fingeravtrykk til politiet siden da.
question-child-turned-six-error = Velg ja hvis kortet er for et barn som har fylt 6 år
question-child-turned-six-summary = Kort for et barn som har fylt 6 år

question-applied-from-title = Hvor leverte du søknaden?
question-applied-from-hint = Det er stedet der du møtte opp selv for å levere søknaden, gi fingeravtrykk og ta bilde. Å fylle ut eller sende skjemaet på nett er ikke det samme som å levere søknaden.
question-applied-from-error = Velg hvor du leverte søknaden
question-applied-from-summary = Hvor du leverte søknaden
option-applied-from-norway = Hos politiet i Norge
option-applied-from-abroad = På en ambassade eller et visumsøknadssenter i utlandet

question-power-of-attorney-title = Ble søknaden din levert av en annen person med fullmakt?
question-power-of-attorney-hint = En fullmakt betyr at du skriftlig har gitt en annen person lov til å handle for deg.
question-power-of-attorney-error = Velg ja hvis søknaden din ble levert av en annen person med fullmakt
question-power-of-attorney-summary = Levert av en annen person med fullmakt
option-power-of-attorney-yes-hint = For eksempel hvis arbeidsgiveren din søkte på nett for deg.

question-first-travel-document-title = Skal du få et norsk reisedokument for første gang?
question-first-travel-document-hint = Svar ja hvis dette er første gang du får et norsk reisedokument, for eksempel et reisebevis for flyktninger.
question-first-travel-document-error = Velg ja hvis du skal få et norsk reisedokument for første gang
question-first-travel-document-summary = Første norske reisedokument

question-expired-travel-document-title = Har du et norsk utlendingspass eller reisebevis for flyktninger som er utløpt?
question-expired-travel-document-hint = Svar ja bare hvis dokumentet er fra Norge og ikke lenger er gyldig.
question-expired-travel-document-error = Velg ja hvis du har et norsk utlendingspass eller reisebevis for flyktninger som er utløpt
question-expired-travel-document-summary = Utløpt norsk reisedokument

question-handed-in-title = Leverte du det utløpte dokumentet til politiet da du søkte?
question-handed-in-hint = Svar nei hvis du fortsatt har det utløpte dokumentet.
question-handed-in-error = Velg ja hvis du leverte det utløpte dokumentet til politiet
question-handed-in-summary = Leverte det utløpte dokumentet til politiet

question-application-portal-title = Ble søknaden din registrert i { -application-portal }?
question-application-portal-hint = { -application-portal } er nettsiden til { -udi } der søknader blir fylt ut og sendt.
question-application-portal-error = Velg ja hvis søknaden din ble registrert i { -application-portal }
question-application-portal-summary = Registrert i { -application-portal }

option-yes = Ja
option-no = Nei
