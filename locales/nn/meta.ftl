# Det søkjemotorar og førehandsvisingar av lenkjer viser: aldri på sjølve sida.

## base.html (<head>): <meta name="description">, og og:description på
## startsida og om-sida. Ei eller to setningar, under om lag 160 teikn,
## med orda ein lesar ville søkt etter.

# Startsida, og spørsmåls-, resultat- og feilsider.
meta-description = Har du fått opphaldsløyve i Noreg? Finn ut om du må bestille time hos politiet for å få opphaldskortet ditt, eller om kortet kjem i posten.
meta-description-about = Kven rettleiaren for opphaldskort er for, alle reglane han brukar for å seie om du må bestille time hos politiet, og sidene frå { -udi } og politiet som reglane kjem frå.
meta-description-accessibility = Korleis rettleiaren for opphaldskort er laga for å oppfylle WCAG 2.1 på nivå AA, korleis vi testar han, kjende avgrensingar, og korleis du seier frå om eit problem.
