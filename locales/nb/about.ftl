## about.html

about-title = Om denne veiviseren
about-intro = Denne veiviseren hjelper personer som har fått oppholdstillatelse i Norge, med å finne ut hvordan de får oppholdskortet sitt.
about-covers-heading = Hvem veiviseren er for
about-covers-protection = personer som søkte om beskyttelse (asyl) for første gang
about-covers-renewal = personer som søkte om fornyelse av oppholdstillatelsen sin
about-covers-derived = personer som søkte om avledet flyktningstatus
about-covers-before = personer som søkte før 16. april 2021
about-not-covered = For andre søknader står det i brevet med vedtaket om du må møte hos politiet igjen. EU- og EØS-borgere får ikke oppholdskort.
about-rules-heading = Reglene veiviseren bruker
about-rules-intro = Tabellen viser alle veier gjennom veiviseren: svarene, resultatet og hvorfor.
about-rules-caption = Alle veier gjennom veiviseren
about-rules-answers = Svar
about-rules-result = Resultat
about-rules-why = Hvorfor
about-sources-heading = Kilder
about-sources-intro = Reglene kommer fra disse offisielle sidene. Hvis veiviseren og vedtaksbrevet ditt sier forskjellige ting, følg brevet.
about-source-udi-after = UDI: Slik får du oppholdskort hvis du søkte 16. april 2021 eller senere
about-source-udi-before = UDI: Slik får du oppholdskort hvis du søkte før 16. april 2021
about-source-police = Politiet: Oppholdskort (engelsk side)
-udi-url = https://www.udi.no/
about-source-udi-url = { -udi-url }

## Hva som telles (about.html)

about-counting-heading = Hva vi teller
about-counting = For å se om veiviseren hjelper, teller vi hvor mange ganger hver side, hvert svar og hvert resultat blir vist, og hvor mange som svarer ja eller nei på «Hjalp denne veiviseren deg?». Vi teller bare summer for hvert språk, spørsmål og resultat. Vi lagrer ikke svarene dine, IP-adressen din eller noe annet som kan identifisere deg.
