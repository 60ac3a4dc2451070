## question.html

question-continue = Hald fram
error-summary-title = Du må rette opp dette
# Blir lese opp av skjermlesarar før feilmeldinga til eit felt.
error-prefix = Feil:

## Spørsmåla. For kvart spørsmål: tittel (overskrifta på sida og spørsmålet),
## hjelpetekst, feilen når ingenting eller noko ukjent er valt, og ein kort
## etikett til lista over svar («samandrag»).

question-application-date-title = Når søkte du om dette opphaldsløyvet?
question-application-date-hint = Det er datoen du leverte søknaden, ikkje datoen du fekk vedtaket.
question-application-date-error = Vel når du søkte
question-application-date-summary = Datoen du søkte
option-application-date-on-or-after-cutoff = 16. april 2021 eller seinare
option-application-date-before-cutoff = Før 16. april 2021

question-application-type-title = Kva søkte du om?
question-application-type-hint = Vel søknaden som gav deg opphaldsløyvet.
question-application-type-error = Vel kva du søkte om
question-application-type-summary = Kva du søkte om
option-application-type-protection-first-time = Vern (asyl) for første gong
option-application-type-protection-first-time-hint = Du søkte om asyl hos politiet i Noreg.
option-application-type-resettlement-refugee = Overføringsflyktning (kvoteflyktning)
option-application-type-resettlement-refugee-hint = Du vart teken ut i samarbeid med UNHCR, FNs høgkommissær for flyktningar, og kom til Noreg som flyktning.
option-application-type-collective-protection = Kollektivt vern
option-application-type-collective-protection-hint = For folk som har flykta frå krigen i Ukraina.
option-application-type-renewal = Fornying av opphaldsløyvet mitt
option-application-type-renewal-hint = Viss du har kollektivt vern, vel kollektivt vern i staden.
option-application-type-permanent-residence = Permanent opphaldsløyve
option-application-type-derived-refugee-status = Avleidd flyktningstatus
option-application-type-derived-refugee-status-hint = Du er familiemedlem til ein person som har flyktningstatus i Noreg.
option-application-type-other-permit = Det første opphaldsløyvet mitt for familieinnvandring, arbeid, studium eller av ein annan grunn
option-application-type-other-permit-hint = Til dømes eit familieinnvandringsløyve, eit arbeidsløyve eller eit studieløyve.
option-application-type-other = Noko anna
option-application-type-other-hint = Til dømes viss du søkte etter brexit-regelverket, eller viss du er familiemedlem av ein EU/EØS-borgar.

question-collective-protection-permit-title = Er dette det første løyvet ditt med kollektivt vern, eller er løyvet forlengt?
question-collective-protection-permit-hint = Eit løyve med kollektivt vern blir gitt for eitt år om gongen. Det blir forlengt automatisk, utan at du søkjer. Viss løyvet ditt ikkje blir forlengt, får du beskjed.
question-collective-protection-permit-error = Vel om dette er det første løyvet ditt eller eit forlengt løyve
question-collective-protection-permit-summary = Løyve med kollektivt vern
option-collective-protection-permit-first = Det første løyvet mitt med kollektivt vern
option-collective-protection-permit-extended = Løyvet mitt er forlengt

question-child-turned-six-title = Er opphaldskortet for eit barn som har fylt 6 år etter at løyvet vart gitt?
question-child-turned-six-hint = Svar ja viss barnet var 5 år eller yngre då løyvet vart gitt, er 6 år eller eldre no, og ikkje har gitt fingeravtrykk til politiet sidan då.
question-child-turned-six-error = Vel ja viss kortet er for eit barn som har fylt 6 år
question-child-turned-six-summary = Kort for eit barn som har fylt 6 år

question-applied-from-title = Kvar leverte du søknaden?
question-applied-from-hint = Det er staden der du møtte opp sjølv for å levere søknaden, gi fingeravtrykk og ta bilete. Å fylle ut eller sende skjemaet på nett er ikkje det same som å levere søknaden.
question-applied-from-error = Vel kvar du leverte søknaden
question-applied-from-summary = Kvar du leverte søknaden
option-applied-from-norway = Hos politiet i Noreg
option-applied-from-abroad = På ein ambassade eller eit visumsøknadssenter i utlandet

question-power-of-attorney-title = Vart søknaden din levert av ein annan person med fullmakt?
question-power-of-attorney-hint = Ei fullmakt betyr at du skriftleg har gitt ein annan person lov til å handle for deg.
question-power-of-attorney-error = Vel ja viss søknaden din vart levert av ein annan person med fullmakt
question-power-of-attorney-summary = Levert av ein annan person med fullmakt
option-power-of-attorney-yes-hint = Til dømes viss arbeidsgivaren din søkte på nett for deg.

question-first-travel-document-title = Skal du få eit norsk reisedokument for første gong?
question-first-travel-document-hint = Svar ja viss dette er første gongen du får eit norsk reisedokument, til dømes eit reisebevis for flyktningar.
question-first-travel-document-error = Vel ja viss du skal få eit norsk reisedokument for første gong
question-first-travel-document-summary = Første norske reisedokument

question-expired-travel-document-title = Har du eit norsk utlendingspass eller reisebevis for flyktningar som har gått ut?
question-expired-travel-document-hint = Svar ja berre viss dokumentet er frå Noreg og ikkje lenger er gyldig.
question-expired-travel-document-error = Vel ja viss du har eit norsk utlendingspass eller reisebevis for flyktningar som har gått ut
question-expired-travel-document-summary = Norsk reisedokument som har gått ut

question-handed-in-title = Leverte du dokumentet som har gått ut, til politiet då du søkte?
question-handed-in-hint = Svar nei viss du framleis har dokumentet som har gått ut.
question-handed-in-error = Vel ja viss du leverte dokumentet som har gått ut, til politiet
question-handed-in-summary = Leverte dokumentet som har gått ut, til politiet

question-application-portal-title = Vart søknaden din registrert i { -application-portal }?
question-application-portal-hint = { -application-portal } er nettsida til { -udi } der ein fyller ut og sender søknader.
question-application-portal-error = Vel ja viss søknaden din vart registrert i { -application-portal }
question-application-portal-summary = Registrert i { -application-portal }

option-yes = Ja
option-no = Nei
