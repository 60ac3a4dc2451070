## start.html

start-title = Finn ut hvordan du får oppholdskortet ditt
start-lead = Bruk denne veiviseren hvis du har fått oppholdstillatelse i Norge og venter på oppholdskortet ditt.
start-for-whom = Veiviseren er for personer som har fått beskyttelse (asyl), overføringsflyktninger, personer med kollektiv beskyttelse (som har flyktet fra krigen i Ukraina), personer som har fått fornyet oppholdstillatelsen sin, personer som har fått permanent oppholdstillatelse eller avledet flyktningstatus, og personer som har fått sin første oppholdstillatelse for familieinnvandring, arbeid eller studier.
start-tells-you = Veiviseren forteller deg om du må:
start-tells-book = bestille time hos politiet, og hvordan du bestiller
start-tells-wait = vente på at politiet kontakter deg
start-tells-letter = vente på beskjed om du må møte hos politiet
start-tells-mail = eller vente på at kortet kommer i posten
# $questions: flest spørsmål på én vei gjennom veiviseren; $minutes: omtrent hvor lang tid det tar.
start-time = Du svarer på opptil { $questions ->
        [one] { $questions } kort spørsmål
       *[other] { $questions } korte spørsmål
    }. Det tar omtrent { $minutes ->
        [one] { $minutes } minutt
       *[other] { $minutes } minutter
    }.
start-button = Start nå
start-not-eu = EU- og EØS-borgere får ikke oppholdskort. Denne veiviseren er ikke for dem.
start-privacy-heading = Svarene dine er private
start-privacy = Svarene dine lagres bare i nettleseren din, og de slettes når du lukker nettleseren. Hvis du bruker en datamaskin som andre også bruker, velg «Start på nytt» når du er ferdig, og lukk så nettleseren.
