## accessibility.html

a11y-title = Tilgjengelighetserklæring
a11y-intro = Vi vil at alle skal kunne bruke denne veiviseren, også med skjermleser, med bare tastatur, med stor tekst eller på en liten mobil.
a11y-standard-heading = Standard
a11y-standard = Veiviseren er laget for å oppfylle retningslinjene for tilgjengelig webinnhold (WCAG) 2.1 på nivå AA. Norsk lov krever dette for offentlige nettsider. Vi tester også mot WCAG 2.2 nivå AA.
a11y-testing-heading = Slik tester vi
a11y-testing-axe = Hver side, i alle tilstander og på alle språkene i veiviseren, blir sjekket med verktøyet axe-core i en ekte nettleser hver gang veiviseren endres.
a11y-testing-html = HTML-koden på hver side blir sjekket med Nu HTML Checker.
a11y-testing-keyboard = Én hel vei gjennom veiviseren blir testet med bare tastatur, og vi sjekker at alle lenker, knapper og svaralternativer viser tydelig hvor fokuset er.
a11y-testing-layout = Sidene blir sjekket i 320 piksler bredde og med 200 prosent zoom, uten at man må rulle sidelengs.
a11y-testing-text = Vi leser hver side i en nettleser som bare viser tekst, for å sjekke at siden gir mening uten stilark.
a11y-design = Veiviseren har ikke JavaScript, stiller ett spørsmål på hver side og virker med stilark slått av.
a11y-limits-heading = Kjente begrensninger
a11y-limits-people = Vi har ennå ikke testet veiviseren med personer som bruker skjermleser eller andre hjelpemidler hver dag.
a11y-limits-links = Nettsidene vi lenker til, som { -application-portal } og nettsiden til politiet, er ikke omfattet av denne erklæringen.
a11y-feedback-heading = Si fra om et problem
# $operator: organisasjonen som driver veiviseren (en innstilling).
a11y-feedback = Denne veiviseren drives av { $operator }. Hvis noe i veiviseren ikke virker for deg, si fra til { $operator } om hvilken side det var og hva som skjedde.
a11y-feedback-contact = Kontakt { $operator }
a11y-uutilsynet = Hvis du ikke får et svar du er fornøyd med, kan du melde fra om problemer med offentlige nettsider til Tilsynet for universell utforming av ikt (Uutilsynet).
a11y-feedback-link = Nettsiden til Uutilsynet
a11y-updated = Denne erklæringen ble sist gjennomgått 24. november 2026.
