# Felles ord: oppsett, lenker og knapper som brukes på mange sider.
# Termer (som starter med -) er navn og adresser som ikke oversettes
# ord for ord; meldingene viser til dem.

-service-name = Veiviser for oppholdskort
-udi = UDI
-application-portal = Søknadsportalen
-application-portal-url = https://selfservice.udi.no/
-police-url = https://www.politiet.no/english/residence-permits-and-protection/residence-cards
-uutilsynet-url = https://www.uutilsynet.no/
-police-districts-url = https://www.politiet.no/

## base.html

header-service-name = { -service-name }
# <title> på hver side: sidens egen tittel, så navnet på tjenesten.
page-title = { $page } – { -service-name }
# Settes foran <title> når siden viser en feil.
page-title-error = Feil: { $page } – { -service-name }
skip-link = Gå til hovedinnholdet
language-nav-label = Språk
# Navnet på dette språket, på språket selv: språklenkene på hver side viser det.
language-name = Norsk bokmål
# Vises bare på oversatte sider (ikke nb, nn eller en), foran lenker til samme side på bokmål og engelsk.
translation-notice = Denne siden er oversatt fra norsk. Den norske og den engelske siden er de offisielle:
footer-nav-label = Om veiviseren
footer-accessibility = Tilgjengelighetserklæring
footer-about = Om denne veiviseren
footer-privacy = Svarene dine lagres bare i nettleseren din, og de slettes når du lukker nettleseren.
back-link = Tilbake
start-again-button = Start på nytt
external-link-hint = (åpner en annen nettside)

## Felles fakta

card-what-is-heading = Hva er et oppholdskort?
card-what-is = Et oppholdskort er et plastkort på størrelse med et bankkort. Det viser at du har oppholdstillatelse i Norge. Politiet bestiller kortet for deg.

## Melding som vises når et lagret svar ikke kunne brukes

notice-answers-lost-title = Svar på spørsmålene på nytt
notice-answers-lost-body = Vi kunne ikke bruke svarene du ga tidligere. De ble lagret for lenge siden, eller de kunne ikke leses. Dette påvirker ikke søknaden din.

## Adresser til andre nettsider (meldinger, slik at malene kan bruke dem)

link-application-portal-url = { -application-portal-url }
link-police-districts-url = { -police-districts-url }
link-police-residence-cards-url = { -police-url }
link-uutilsynet-url = { -uutilsynet-url }
