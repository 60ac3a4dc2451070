## start.html

start-title = Finn ut korleis du får opphaldskortet ditt
start-lead = Bruk denne rettleiaren viss du har fått opphaldsløyve i Noreg og ventar på opphaldskortet ditt.
start-for-whom = Rettleiaren er for folk som har fått vern (asyl), overføringsflyktningar, folk med kollektivt vern (som har flykta frå krigen i Ukraina), folk som har fått fornya opphaldsløyvet sitt, folk som har fått permanent opphaldsløyve eller avleidd flyktningstatus, og folk som har fått sitt første opphaldsløyve for familieinnvandring, arbeid eller studium.
start-tells-you = Rettleiaren fortel deg om du må:
start-tells-book = bestille time hos politiet, og korleis du bestiller
start-tells-wait = vente på at politiet kontaktar deg
start-tells-letter = vente på beskjed om du må møte hos politiet
start-tells-mail = eller vente på at kortet kjem i posten
# $questions: flest spørsmål på éin veg gjennom rettleiaren; $minutes: om lag kor lang tid det tek.
start-time = Du svarar på opptil { $questions ->
        [one] { $questions } kort spørsmål
       *[other] { $questions } korte spørsmål
    }. Det tek om lag { $minutes ->
        [one] { $minutes } minutt
       *[other] { $minutes } minutt
    }.
start-button = Start no
start-not-eu = EU- og EØS-borgarar får ikkje opphaldskort. Denne rettleiaren er ikkje for dei.
start-privacy-heading = Svara dine er private
start-privacy = Svara dine blir berre lagra i nettlesaren din, og dei blir sletta når du lukkar nettlesaren. Viss du brukar ei datamaskin som andre også brukar, vel «Start på nytt» når du er ferdig, og lukk så nettlesaren.
