## about.html

about-title = Om denne veiviseren
about-intro = Denne veiviseren hjelper personer som har fått oppholdstillatelse i Norge, med å finne ut hvordan de får oppholdskortet sitt.
about-covers-heading = Hvem veiviseren er for
about-covers-protection = personer som søkte om beskyttelse (asyl) for første gang
about-covers-resettlement = overføringsflyktninger (kvoteflyktninger)
about-covers-collective = personer som har fått kollektiv beskyttelse (personer som har flyktet fra krigen i Ukraina), med første tillatelse eller forlenget tillatelse
about-covers-renewal = personer som søkte om fornyelse av oppholdstillatelsen sin
about-covers-permanent = personer som har fått permanent oppholdstillatelse
about-covers-derived = personer som søkte om avledet flyktningstatus
about-covers-other-permit = personer som har fått sin første oppholdstillatelse for familieinnvandring, arbeid, studier eller av en annen grunn, enten de søkte fra Norge eller fra utlandet
about-covers-proxy = personer som fikk søknaden sin levert av en annen person med fullmakt
about-covers-before = personer som søkte før 16. april 2021
about-not-covered = For andre søknader, for eksempel etter brexit-regelverket eller fra familiemedlemmer av EU/EØS-borgere, står det i brevet med vedtaket om du må møte hos politiet. EU- og EØS-borgere får ikke oppholdskort.
about-rules-heading = Reglene veiviseren bruker
about-rules-intro = Tabellen viser alle veier gjennom veiviseren: svarene, resultatet og hvorfor.
about-rules-caption = Alle veier gjennom veiviseren
about-rules-answers = Svar
about-rules-result = Resultat
about-rules-why = Hvorfor
about-sources-heading = Kilder
about-sources-intro = Reglene kommer fra disse offisielle sidene. Hvis veiviseren og vedtaksbrevet ditt sier forskjellige ting, følg brevet.
# Etter navnet på en side som kildene nevner uten adresse.
about-source-no-address = (kildene våre oppgir ikke adressen til siden: søk etter navnet på udi.no)

## Hvem som driver veiviseren (about.html). $operator: navnet på organisasjonen (en innstilling).

about-operator-heading = Hvem som driver veiviseren
about-operator = Denne veiviseren drives av { $operator }. Søknaden din og oppholdskortet ditt blir behandlet av UDI og politiet.
about-operator-contact = Kontakt { $operator } om veiviseren

## Hva som telles og logges (about.html)

about-counting-heading = Hva vi teller
about-counting = For å se om veiviseren hjelper, teller vi hvor mange ganger hver side, hvert svar og hvert resultat blir vist, og hvor mange som svarer ja eller nei på «Hjalp denne veiviseren deg?». Vi teller bare summer for hvert språk, spørsmål og resultat.
about-stored-heading = Hva som lagres om deg
about-stored = Veiviseren selv lagrer ingenting som kan identifisere deg. Svarene dine lagres bare i nettleseren din, i en kryptert informasjonskapsel som slettes når du lukker nettleseren. Veiviserens egne logger inneholder ikke svarene dine, IP-adressen din eller adressene til sidene du besøker.
about-logged = Serverne som sender besøket ditt videre til veiviseren, kan logge teknisk informasjon, for eksempel IP-adressen din og når du besøkte siden. { $operator } bestemmer hva som blir logget, og hvor lenge.
about-privacy-notice = Les personvernerklæringen til { $operator }
# Når den som driver veiviseren, ikke har oppgitt adressen til en personvernerklæring.
about-privacy-ask = Spør { $operator } om hva som blir logget, og hvor lenge.

## How fresh the guide is (about.html, under the sources). The people who run
## the guide read each source page against it; the date is the day of the
## review longest ago. $day and $year are numbers, $month one of the
## date-month-… messages below.

about-sources-checked = Veiviseren ble sjekket mot hver av disse sidene { $day }. { $month } { $year } eller senere.
# Until every source page has been read against the guide at least once.
about-sources-not-checked = Veiviseren er ennå ikke sjekket mot alle disse sidene.

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
