# Felles ord: oppsett, lenker og knappar som blir brukte på mange sider.
# Termar (som byrjar med -) er namn og adresser som ikkje skal omsetjast
# ord for ord; meldingane viser til dei.

-service-name = Rettleiar for opphaldskort
-udi = UDI
-application-portal = Søknadsportalen
-application-portal-url = https://selfservice.udi.no/
-police-url = https://www.politiet.no/english/residence-permits-and-protection/residence-cards
-uutilsynet-url = https://www.uutilsynet.no/
-police-districts-url = https://www.politiet.no/

## base.html

header-service-name = { -service-name }
# <title> på kvar side: tittelen til sida, så namnet på tenesta.
page-title = { $page } – { -service-name }
# Blir sett framfor <title> når sida viser ein feil.
page-title-error = Feil: { $page } – { -service-name }
skip-link = Gå til hovudinnhaldet
language-nav-label = Språk
# Namnet på dette språket, på språket sjølv: språklenkjene på kvar side viser det.
language-name = Norsk nynorsk
# Blir berre vist på omsette sider (ikkje nb, nn eller en), framfor lenkjer til same side på bokmål og engelsk.
translation-notice = Denne sida er omsett frå norsk. Den norske og den engelske sida er dei offisielle:
footer-nav-label = Om rettleiaren
footer-accessibility = Tilgjengelegheitserklæring
footer-about = Om denne rettleiaren
footer-privacy = Svara dine blir berre lagra i nettlesaren din, og dei blir sletta når du lukkar nettlesaren.
back-link = Tilbake
start-again-button = Start på nytt
external-link-hint = (opnar ei anna nettside)

## Felles fakta

card-what-is-heading = Kva er eit opphaldskort?
card-what-is = Eit opphaldskort er eit plastkort som er like stort som eit bankkort. Det viser at du har opphaldsløyve i Noreg. Politiet bestiller kortet for deg.

## Melding som blir vist når eit lagra svar ikkje kunne brukast

notice-answers-lost-title = Svar på spørsmåla på nytt
notice-answers-lost-body = Vi kunne ikkje bruke svara du gav tidlegare. Dei vart lagra for lenge sidan, eller dei kunne ikkje lesast. Dette påverkar ikkje søknaden din.

## Adresser til andre nettsider (meldingar, slik at malane kan bruke dei)

link-application-portal-url = { -application-portal-url }
link-police-districts-url = { -police-districts-url }
link-police-residence-cards-url = { -police-url }
link-uutilsynet-url = { -uutilsynet-url }
