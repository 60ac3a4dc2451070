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
# Navnet på dette språket, på språket selv: språkmenyen på hver side viser det.
language-name = Norsk bokmål
# Vises bare på oversatte sider (ikke nb, nn eller en), foran lenker til samme side på bokmål og engelsk.
translation-notice = Denne siden er en oversettelse. De offisielle sidene:
footer-nav-label = Om veiviseren
footer-accessibility = Tilgjengelighetserklæring
footer-about = Om denne veiviseren
footer-privacy = Svarene dine lagres bare i nettleseren din, og de slettes når du lukker nettleseren.
# $operator: navnet på organisasjonen som driver veiviseren (en innstilling).
footer-operator = Denne veiviseren drives av { $operator }.
# Lenken til kontaktadressen til den som driver veiviseren.
footer-contact = Kontakt { $operator }
back-link = Tilbake
start-again-button = Start på nytt
external-link-hint = (åpner en annen nettside)

## Felles fakta

card-what-is-heading = Hva er et oppholdskort?
card-what-is = Et oppholdskort er et plastkort på størrelse med et bankkort. Det er beviset ditt på at du har oppholdstillatelse i Norge. Politiet bestiller kortet for deg.

## Melding som vises når et lagret svar ikke kunne brukes

notice-answers-lost-title = Svar på spørsmålene på nytt
notice-answers-lost-body = Vi kunne ikke bruke svarene du ga tidligere. De ble lagret for lenge siden, eller de kunne ikke leses. Dette påvirker ikke søknaden din.

## Adresser til andre nettsider (meldinger, slik at malene kan bruke dem)
## Hver -url har en -language: tom ({ "" }) når siden er på språket i denne
## filen, ellers hvilket språk siden er på, for eksempel «(på engelsk)».

link-application-portal-url = { -application-portal-url }
link-application-portal-language = { "" }
link-police-districts-url = { -police-districts-url }
link-police-districts-language = { "" }
link-police-residence-cards-url = { -police-url }
link-police-residence-cards-language = (på engelsk)
link-uutilsynet-url = { -uutilsynet-url }
link-uutilsynet-language = { "" }

## De offisielle sidene reglene i veiviseren kommer fra: navn, adresse, språk
## (som over). Lenk til siden på dette språket der UDI eller politiet har en;
## ellers til den engelske siden, og si det.

source-udi-residence-card-name = UDI: Slik skaffer du oppholdskort hvis du søkte 16. april 2021 eller senere
# Kildene gir bare adressen til den engelske siden.
source-udi-residence-card-url = https://www.udi.no/en/received-an-answer/application-approved/protection-asylum/protection-asylum-in-norway/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-residence-card-language = (på engelsk)
source-udi-before-cutoff-name = UDI: Slik skaffer du oppholdskort hvis du søkte før 16. april 2021
# Ingen adresse: kildene nevner siden, men gir ikke adressen. En tom
# adresse ({ "" }) viser navnet uten lenke.
source-udi-before-cutoff-url = { "" }
source-udi-before-cutoff-language = { "" }
source-udi-other-permits-name = UDI: Slik skaffar du opphaldskort viss du søkte 16. april 2021 eller seinare (siden for studietillatelse, på nynorsk)
source-udi-other-permits-url = https://www.udi.no/har-fatt-svar/studietillatelse/har-fatt-ja-pa-soknad-om-studietillatelse/slik-skaffer-du-oppholdskort-hvis-du-sokte-16.-april-2021-eller-senere/
source-udi-other-permits-language = { "" }
source-udi-collective-answer-name = UDI: Du får svar (kollektiv beskyttelse)
source-udi-collective-answer-url = https://www.udi.no/informasjon-ukraina-russland/krisen-i-ukraina/vare-i-norge/beskyttelse-i-norge/oppfyller-krav-til-kollektiv-beskyttelse/du-far-svar/
source-udi-collective-answer-language = { "" }
source-udi-collective-extension-name = UDI: Jeg har kollektiv beskyttelse og tillatelsen min går snart ut. Kan jeg fornye tillatelsen?
source-udi-collective-extension-url = https://www.udi.no/informasjon-ukraina-russland/krisen-i-ukraina/vare-i-norge/beskyttelse-i-norge/har-fatt-svar/jeg-har-kollektiv-beskyttelse-og-tillatelsen-min-gar-snart-ut.-kan-jeg-fornye-tillatelsen/
source-udi-collective-extension-language = { "" }
source-udi-family-immigration-name = UDI: Har fått tillatelse til familieinnvandring
source-udi-family-immigration-url = https://www.udi.no/en/received-an-answer/family-immigration/have-been-granted-a-family-immigration-permit/
source-udi-family-immigration-language = (på engelsk)
source-police-residence-cards-name = Politiet: Oppholdskort
source-police-residence-cards-url = { -police-url }
source-police-residence-cards-language = (på engelsk)
