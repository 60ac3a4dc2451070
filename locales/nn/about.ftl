## about.html

about-title = Om denne rettleiaren
about-intro = Denne rettleiaren hjelper folk som har fått opphaldsløyve i Noreg, med å finne ut korleis dei får opphaldskortet sitt.
about-covers-heading = Kven rettleiaren er for
about-covers-protection = folk som søkte om vern (asyl) for første gong
about-covers-resettlement = overføringsflyktningar (kvoteflyktningar)
about-covers-collective = folk som har fått kollektivt vern (folk som har flykta frå krigen i Ukraina), med første løyve eller forlengt løyve
about-covers-renewal = folk som søkte om fornying av opphaldsløyvet sitt
about-covers-permanent = folk som har fått permanent opphaldsløyve
about-covers-derived = folk som søkte om avleidd flyktningstatus
about-covers-other-permit = folk som har fått sitt første opphaldsløyve for familieinnvandring, arbeid, studium eller av ein annan grunn, anten dei søkte frå Noreg eller frå utlandet
about-covers-proxy = folk som fekk søknaden sin levert av ein annan person med fullmakt
about-covers-before = folk som søkte før 16. april 2021
about-not-covered = For andre søknader, til dømes etter brexit-regelverket eller frå familiemedlemmar av EU/EØS-borgarar, står det i brevet med vedtaket om du må møte hos politiet. EU- og EØS-borgarar får ikkje opphaldskort.
about-rules-heading = Reglane rettleiaren brukar
about-rules-intro = Tabellen viser alle vegar gjennom rettleiaren: svara, resultatet og kvifor.
about-rules-caption = Alle vegar gjennom rettleiaren
about-rules-answers = Svar
about-rules-result = Resultat
about-rules-why = Kvifor
about-sources-heading = Kjelder
about-sources-intro = Reglane kjem frå desse offisielle sidene. Viss rettleiaren og vedtaksbrevet ditt seier ulike ting, følg brevet.
# Etter namnet på ei side som kjeldene nemner utan adresse.
about-source-no-address = (kjeldene våre oppgir ikkje adressa til sida: søk etter namnet på udi.no)

## Kven som driv rettleiaren (about.html). $operator: namnet på organisasjonen (ei innstilling).

about-operator-heading = Kven som driv rettleiaren
about-operator = { $operator } driv denne rettleiaren. UDI og politiet behandlar søknaden din og opphaldskortet ditt.
about-operator-contact = Kontakt { $operator } om rettleiaren

## Kva som blir talt og logga (about.html)

about-counting-heading = Kva vi tel
about-counting = For å sjå om rettleiaren hjelper, tel vi kor mange gonger kvar side, kvart svar og kvart resultat blir vist, og kor mange som svarar ja eller nei på «Hjelpte denne rettleiaren deg?». Vi tel berre summar for kvart språk, spørsmål og resultat.
about-stored-heading = Kva som blir lagra om deg
about-stored = Rettleiaren sjølv lagrar ingenting som kan identifisere deg. Svara dine blir berre lagra i nettlesaren din, i ein kryptert informasjonskapsel som blir sletta når du lukkar nettlesaren. Loggane til rettleiaren sjølv inneheld ikkje svara dine, IP-adressa di eller adressene til sidene du besøkjer.
about-logged = Serverane som sender besøket ditt vidare til rettleiaren, kan logge teknisk informasjon, til dømes IP-adressa di og når du besøkte sida. { $operator } bestemmer kva som blir logga, og kor lenge.
about-privacy-notice = Les personvernerklæringa til { $operator }
# Når den som driv rettleiaren, ikkje har oppgitt adressa til ei personvernerklæring.
about-privacy-ask = Spør { $operator } om kva som blir logga, og kor lenge.

## How fresh the guide is (about.html, under the sources). The people who run
## the guide read each source page against it; the date is the day of the
## review longest ago. $day and $year are numbers, $month one of the
## date-month-… messages below.

about-sources-checked = Rettleiaren vart sjekka mot kvar av desse sidene { $day }. { $month } { $year } eller seinare.
# Until every source page has been read against the guide at least once.
about-sources-not-checked = Rettleiaren er enno ikkje sjekka mot alle desse sidene.

## A month's name as it stands in a date, after the day (about-sources-checked).

date-month-1 = januar
date-month-2 = februar
date-month-3 = mars
date-month-4 = april
date-month-5 = mai
date-month-6 = juni
date-month-7 = juli
date-month-8 = august
date-month-9 = september
date-month-10 = oktober
date-month-11 = november
date-month-12 = desember
