## accessibility.html

a11y-title = Tilgjengelegheitserklæring
a11y-intro = Vi vil at alle skal kunne bruke denne rettleiaren, også med skjermlesar, med berre tastatur, med stor tekst eller på ein liten mobil.
a11y-standard-heading = Standard
a11y-standard = Rettleiaren er laga for å oppfylle retningslinjene for tilgjengeleg webinnhald (WCAG) 2.1 på nivå AA. Norsk lov krev dette for offentlege nettsider. Vi testar også mot WCAG 2.2 nivå AA.
a11y-testing-heading = Slik testar vi
a11y-testing-axe = Kvar side, i alle tilstandar og på alle språka i rettleiaren, blir sjekka med verktøyet axe-core i ein ekte nettlesar kvar gong rettleiaren blir endra.
a11y-testing-html = HTML-koden på kvar side blir sjekka med Nu HTML Checker.
a11y-testing-keyboard = Éin heil veg gjennom rettleiaren blir testa med berre tastatur, og vi sjekkar at alle lenkjer, knappar og svaralternativ viser tydeleg kvar fokuset er.
a11y-testing-layout = Sidene blir sjekka i 320 pikslar breidd og med 200 prosent zoom, utan at ein må rulle sidelengs.
a11y-testing-text = Vi les kvar side i ein nettlesar som berre viser tekst, for å sjekke at sida gir meining utan stilark.
a11y-design = Rettleiaren har ikkje JavaScript, stiller eitt spørsmål på kvar side og verkar med stilark slått av.
a11y-limits-heading = Kjende avgrensingar
a11y-limits-people = Vi har enno ikkje testa rettleiaren med folk som brukar skjermlesar eller andre hjelpemiddel kvar dag.
a11y-limits-links = Nettsidene vi lenkjer til, som { -application-portal } og nettsida til politiet, er ikkje omfatta av denne erklæringa.
a11y-feedback-heading = Sei frå om eit problem
# $operator: organisasjonen som driv rettleiaren (ei innstilling).
a11y-feedback = { $operator } driv denne rettleiaren. Viss noko i rettleiaren ikkje verkar for deg, sei frå til { $operator } om kva side det var og kva som skjedde.
a11y-feedback-contact = Kontakt { $operator }
a11y-uutilsynet = Viss du ikkje får eit svar du er nøgd med, kan du melde frå om problem med offentlege nettsider til Tilsynet for universell utforming av ikt (Uutilsynet).
a11y-feedback-link = Nettsida til Uutilsynet
a11y-updated = Denne erklæringa vart sist gjennomgått 24. november 2026.
