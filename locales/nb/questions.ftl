## question.html

question-continue = Fortsett
error-summary-title = Du må rette opp dette
# Leses opp av skjermlesere før feilmeldingen til et felt.
error-prefix = Feil:

## Spørsmålene. For hvert spørsmål: tittel (overskriften på siden og spørsmålet),
## hjelpetekst, feilen når ingenting eller noe ukjent er valgt, og en kort
## etikett til listen over svar («oppsummering»).

question-application-date-title = Når søkte du om denne oppholdstillatelsen?
question-application-date-hint = Du finner datoen på kvitteringen eller bekreftelsen du fikk da du søkte.
question-application-date-error = Velg når du søkte
question-application-date-summary = Datoen du søkte
option-application-date-on-or-after-cutoff = 16. april 2021 eller senere
option-application-date-before-cutoff = Før 16. april 2021

question-application-type-title = Hva søkte du om?
question-application-type-hint = Velg søknaden som ga deg oppholdstillatelsen.
question-application-type-error = Velg hva du søkte om
question-application-type-summary = Hva du søkte om
option-application-type-protection-first-time = Beskyttelse (asyl) for første gang
option-application-type-renewal = Fornyelse av oppholdstillatelsen min
option-application-type-derived-refugee-status = Avledet flyktningstatus
option-application-type-other = Noe annet

question-first-travel-document-title = Skal du få et norsk reisedokument for første gang?
question-first-travel-document-hint = Svar ja hvis dette er første gang du får et norsk reisedokument, for eksempel et reisebevis for flyktninger.
question-first-travel-document-error = Velg ja hvis du skal få et norsk reisedokument for første gang
question-first-travel-document-summary = Første norske reisedokument

question-expired-travel-document-title = Har du et utlendingspass eller et reisebevis for flyktninger som er utløpt?
question-expired-travel-document-hint = Svar ja bare hvis dokumentet er fra Norge og ikke lenger er gyldig.
question-expired-travel-document-error = Velg ja hvis du har et utlendingspass eller et reisebevis for flyktninger som er utløpt
question-expired-travel-document-summary = Utløpt norsk reisedokument

question-handed-in-title = Leverte du det utløpte dokumentet til politiet da du søkte?
question-handed-in-hint = Svar nei hvis du fortsatt har det utløpte dokumentet.
question-handed-in-error = Velg ja hvis du leverte det utløpte dokumentet til politiet
question-handed-in-summary = Leverte det utløpte dokumentet til politiet

question-application-portal-title = Registrerte du søknaden din i Søknadsportalen?
question-application-portal-hint = { -application-portal } er nettsiden til { -udi }, der du fyller ut og sender søknaden.
question-application-portal-error = Velg ja hvis du registrerte søknaden din i Søknadsportalen
question-application-portal-summary = Brukte Søknadsportalen

option-yes = Ja
option-no = Nei
