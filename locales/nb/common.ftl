# Felles ord: oppsett, lenker og knapper som brukes på mange sider.
# Termer (som starter med -) er navn og adresser som ikke oversettes
# ord for ord; meldingene viser til dem.

-service-name = Veiviser for oppholdskort
-udi = UDI
-application-portal = Søknadsportalen
-application-portal-url = https://selfservice.udi.no/
-police-url = https://www.politiet.no/en/services/residence-permits-and-asylum/oppholdskort-in-english/
-uutilsynet-url = https://www.uutilsynet.no/
-police-districts-url = https://www.politiet.no/tjenester/opphold-i-norge-og-asyl/hvor-moter-du-opp/

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
card-not-id = Kortet er ikke et identitetsbevis. Ta med passet ditt i tillegg til kortet når du reiser.

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
source-udi-before-cutoff-name = UDI: Slik skaffer du deg oppholdskort (beskyttelse, søkt før 16. april 2021)
source-udi-before-cutoff-url = https://udi.no/en/received-an-answer/protection-asylum/you-have-been-granted-protection-asylum-in-norway/how-to-obtain-a-residence-card
source-udi-before-cutoff-language = (på engelsk)
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
source-udi-resettlement-name = UDI: Overføringsflyktninger – hva gjør politiet?
source-udi-resettlement-url = https://www.udi.no/ord-og-begreper/overforingsflyktninger/hva-gjor-politiet/
source-udi-resettlement-language = { "" }
source-udi-permanent-residence-name = UDI: Slik skaffer du oppholdskort hvis du søkte 16. april 2021 eller senere (permanent oppholdstillatelse)
source-udi-permanent-residence-url = https://www.udi.no/en/received-an-answer/permanent-residence/have-been-granted-a-permanent-residence-permit/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-permanent-residence-language = (på engelsk)
source-udi-must-i-book-name = UDI: Trenger jeg å bestille ny time etter at jeg har fått svar på søknaden min?
source-udi-must-i-book-url = https://www.udi.no/ord-og-begreper/timebestilling/trenger-jeg-a-bestille-ny-time-etter-at-jeg-har-fatt-svar-pa-soknaden-min/
source-udi-must-i-book-language = { "" }
source-udi-booking-name = UDI: Timebestilling og oppmøte
source-udi-booking-url = https://udi.no/en/word-definitions/booking-of-an-appointment
source-udi-booking-language = (på engelsk)
source-udi-arriving-from-abroad-name = UDI: Slik skaffer du deg oppholdskort (familieinnvandring, søkt før 16. april 2021)
source-udi-arriving-from-abroad-url = https://www.udi.no/en/received-an-answer/family-immigration/have-been-granted-a-family-immigration-permit/slik-skaffer-du-deg-oppholdskort/
source-udi-arriving-from-abroad-language = (på engelsk)
# Lenken går til siden på nynorsk.
source-udi-travel-abroad-name = UDI: Har du planlagt å reise til utlandet?
source-udi-travel-abroad-url = https://udi.no/nn/viktige-meldinger/har-du-planlagt-a-reise-til-utlandet/
source-udi-travel-abroad-language = (på nynorsk)
source-udi-new-card-fee-name = UDI: Bestille nytt oppholdskort (gebyr)
source-udi-new-card-fee-url = https://www.udi.no/ord-og-begreper/gebyr/bestille-nytt-oppholdskort/
source-udi-new-card-fee-language = { "" }
# Lenken går til siden på nynorsk; navnet er sidens eget.
source-udi-eea-family-card-name = UDI: Opphaldskort for familiemedlemmar av EU/EØS-borgarar
source-udi-eea-family-card-url = https://www.udi.no/nn/skal-sokje/familieinnvandring/opphaldskort-for-familiemedlemmar-av-eueos-borgarar/
source-udi-eea-family-card-language = (på nynorsk)
source-police-residence-cards-name = Politiet: Oppholdskort
source-police-residence-cards-url = { -police-url }
source-police-residence-cards-language = (på engelsk)
source-police-where-to-meet-name = Politiet: Hvor møter du opp?
source-police-where-to-meet-url = https://www.politiet.no/tjenester/opphold-i-norge-og-asyl/hvor-moter-du-opp/
source-police-where-to-meet-language = { "" }
