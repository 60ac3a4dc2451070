## question.html

question-continue = Hald fram
error-summary-title = Du må rette opp dette
# Blir lese opp av skjermlesarar før feilmeldinga til eit felt.
error-prefix = Feil:

## Spørsmåla. For kvart spørsmål: tittel (overskrifta på sida og spørsmålet),
## hjelpetekst, feilen når ingenting eller noko ukjent er valt, og ein kort
## etikett til lista over svar («samandrag»).

question-application-date-title = Når søkte du om dette opphaldsløyvet?
question-application-date-hint = Du finn datoen på kvitteringa eller stadfestinga du fekk då du søkte.
question-application-date-error = Vel når du søkte
question-application-date-summary = Datoen du søkte
option-application-date-on-or-after-cutoff = 16. april 2021 eller seinare
option-application-date-before-cutoff = Før 16. april 2021

question-application-type-title = Kva søkte du om?
question-application-type-hint = Vel søknaden som gav deg opphaldsløyvet.
question-application-type-error = Vel kva du søkte om
question-application-type-summary = Kva du søkte om
option-application-type-protection-first-time = Vern (asyl) for første gong
option-application-type-renewal = Fornying av opphaldsløyvet mitt
option-application-type-derived-refugee-status = Avleidd flyktningstatus
option-application-type-other = Noko anna

question-first-travel-document-title = Skal du få eit norsk reisedokument for første gong?
question-first-travel-document-hint = Svar ja viss dette er første gongen du får eit norsk reisedokument, til dømes eit reisebevis for flyktningar.
question-first-travel-document-error = Vel ja viss du skal få eit norsk reisedokument for første gong
question-first-travel-document-summary = Første norske reisedokument

question-expired-travel-document-title = Har du eit utlendingspass eller eit reisebevis for flyktningar som har gått ut?
question-expired-travel-document-hint = Svar ja berre viss dokumentet er frå Noreg og ikkje lenger er gyldig.
question-expired-travel-document-error = Vel ja viss du har eit utlendingspass eller eit reisebevis for flyktningar som har gått ut
question-expired-travel-document-summary = Norsk reisedokument som har gått ut

question-handed-in-title = Leverte du dokumentet som har gått ut, til politiet då du søkte?
question-handed-in-hint = Svar nei viss du framleis har dokumentet som har gått ut.
question-handed-in-error = Vel ja viss du leverte dokumentet som har gått ut, til politiet
question-handed-in-summary = Leverte dokumentet som har gått ut, til politiet

question-application-portal-title = Registrerte du søknaden din i Søknadsportalen?
question-application-portal-hint = { -application-portal } er nettsida til { -udi }, der du fyller ut og sender søknaden.
question-application-portal-error = Vel ja viss du registrerte søknaden din i Søknadsportalen
question-application-portal-summary = Brukte Søknadsportalen

option-yes = Ja
option-no = Nei
