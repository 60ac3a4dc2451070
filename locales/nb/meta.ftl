# Det søkemotorer og forhåndsvisninger av lenker viser: aldri på selve siden.

## base.html (<head>): <meta name="description">, og og:description på
## startsiden og om-siden. En eller to setninger, under omtrent 160 tegn,
## med ordene en leser ville søkt etter.

# Startsiden, og spørsmåls-, resultat- og feilsider.
meta-description = Har du fått oppholdstillatelse i Norge? Finn ut om du må bestille time hos politiet for å få oppholdskortet ditt, eller om kortet kommer i posten.
meta-description-about = Hvem veiviseren for oppholdskort er for, alle reglene den bruker for å si om du må bestille time hos politiet, og sidene fra { -udi } og politiet som reglene kommer fra.
meta-description-accessibility = Hvordan veiviseren for oppholdskort er laget for å oppfylle WCAG 2.1 på nivå AA, hvordan vi tester den, kjente begrensninger, og hvordan du sier fra om et problem.
