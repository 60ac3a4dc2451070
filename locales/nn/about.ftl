## about.html

about-title = Om denne rettleiaren
about-intro = Denne rettleiaren hjelper folk som har fått opphaldsløyve i Noreg, med å finne ut korleis dei får opphaldskortet sitt.
about-covers-heading = Kven rettleiaren er for
about-covers-protection = folk som søkte om vern (asyl) for første gong
about-covers-renewal = folk som søkte om fornying av opphaldsløyvet sitt
about-covers-derived = folk som søkte om avleidd flyktningstatus
about-covers-before = folk som søkte før 16. april 2021
about-not-covered = For andre søknader står det i brevet med vedtaket om du må møte hos politiet igjen. EU- og EØS-borgarar får ikkje opphaldskort.
about-rules-heading = Reglane rettleiaren brukar
about-rules-intro = Tabellen viser alle vegar gjennom rettleiaren: svara, resultatet og kvifor.
about-rules-caption = Alle vegar gjennom rettleiaren
about-rules-answers = Svar
about-rules-result = Resultat
about-rules-why = Kvifor
about-sources-heading = Kjelder
about-sources-intro = Reglane kjem frå desse offisielle sidene. Viss rettleiaren og vedtaksbrevet ditt seier ulike ting, følg brevet.
about-source-udi-after = UDI: Slik får du opphaldskort viss du søkte 16. april 2021 eller seinare
about-source-udi-before = UDI: Slik får du opphaldskort viss du søkte før 16. april 2021
about-source-police = Politiet: Opphaldskort (engelsk side)
-udi-url = https://www.udi.no/
about-source-udi-url = { -udi-url }

## Kva som blir talt (about.html)

about-counting-heading = Kva vi tel
about-counting = For å sjå om rettleiaren hjelper, tel vi kor mange gonger kvar side, kvart svar og kvart resultat blir vist, og kor mange som svarar ja eller nei på «Hjelpte denne rettleiaren deg?». Vi tel berre summar for kvart språk, spørsmål og resultat. Vi lagrar ikkje svara dine, IP-adressa di eller noko anna som kan identifisere deg.
