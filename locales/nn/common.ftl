# Felles ord: oppsett, lenker og knappar som blir brukte på mange sider.
# Termar (som byrjar med -) er namn og adresser som ikkje skal omsetjast
# ord for ord; meldingane viser til dei.

-service-name = Rettleiar for opphaldskort
-udi = UDI
-application-portal = Søknadsportalen
-application-portal-url = https://selfservice.udi.no/
-police-url = https://www.politiet.no/en/services/residence-permits-and-asylum/oppholdskort-in-english/
-uutilsynet-url = https://www.uutilsynet.no/
-police-districts-url = https://www.politiet.no/tjenester/opphold-i-norge-og-asyl/hvor-moter-du-opp/

## base.html

header-service-name = { -service-name }
# <title> på kvar side: tittelen til sida, så namnet på tenesta.
page-title = { $page } – { -service-name }
# Blir sett framfor <title> når sida viser ein feil.
page-title-error = Feil: { $page } – { -service-name }
skip-link = Gå til hovudinnhaldet
language-nav-label = Språk
# Namnet på dette språket, på språket sjølv: språkmenyen på kvar side viser det.
language-name = Norsk nynorsk
# Blir berre vist på omsette sider (ikkje nb, nn eller en), framfor lenkjer til same side på bokmål og engelsk.
translation-notice = Denne sida er ei omsetjing. Dei offisielle sidene:
footer-nav-label = Om rettleiaren
footer-accessibility = Tilgjengelegheitserklæring
footer-about = Om denne rettleiaren
footer-privacy = Svara dine blir berre lagra i nettlesaren din, og dei blir sletta når du lukkar nettlesaren.
# $operator: namnet på organisasjonen som driv rettleiaren (ei innstilling).
footer-operator = { $operator } driv denne rettleiaren.
# Lenkja til kontaktadressa til den som driv rettleiaren.
footer-contact = Kontakt { $operator }
back-link = Tilbake
start-again-button = Start på nytt
external-link-hint = (opnar ei anna nettside)

## Felles fakta

card-what-is-heading = Kva er eit opphaldskort?
card-what-is = Eit opphaldskort er eit plastkort som er like stort som eit bankkort. Det er beviset ditt på at du har opphaldsløyve i Noreg. Politiet bestiller kortet for deg.
card-not-id = Kortet er ikkje eit identitetsbevis. Ta med passet ditt i tillegg til kortet når du reiser.

## Melding som blir vist når eit lagra svar ikkje kunne brukast

notice-answers-lost-title = Svar på spørsmåla på nytt
notice-answers-lost-body = Vi kunne ikkje bruke svara du gav tidlegare. Dei vart lagra for lenge sidan, eller dei kunne ikkje lesast. Dette påverkar ikkje søknaden din.

## Adresser til andre nettsider (meldingar, slik at malane kan bruke dei)
## Kvar -url har ein -language: tom ({ "" }) når sida er på språket i denne
## fila, elles kva språk sida er på, til dømes «(på engelsk)». Bokmål og nynorsk er same språk her: ei bokmålsside får ingen merknad.

link-application-portal-url = { -application-portal-url }
link-application-portal-language = { "" }
link-police-districts-url = { -police-districts-url }
link-police-districts-language = { "" }
link-police-residence-cards-url = { -police-url }
link-police-residence-cards-language = (på engelsk)
link-uutilsynet-url = { -uutilsynet-url }
link-uutilsynet-language = { "" }

## Dei offisielle sidene som reglane i rettleiaren kjem frå: namn, adresse, språk
## (som over). Lenk til sida på dette språket der UDI eller politiet har ei;
## elles til den norske (bokmål) eller den engelske sida, og sei det.

source-udi-residence-card-name = UDI: Slik skaffar du opphaldskort viss du søkte 16. april 2021 eller seinare
# Kjeldene gir berre adressa til den engelske sida.
source-udi-residence-card-url = https://www.udi.no/en/received-an-answer/application-approved/protection-asylum/protection-asylum-in-norway/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-residence-card-language = (på engelsk)
source-udi-before-cutoff-name = UDI: Slik skaffar du deg opphaldskort (vern, søkt før 16. april 2021)
source-udi-before-cutoff-url = https://udi.no/en/received-an-answer/protection-asylum/you-have-been-granted-protection-asylum-in-norway/how-to-obtain-a-residence-card
source-udi-before-cutoff-language = (på engelsk)
source-udi-other-permits-name = UDI: Slik skaffar du opphaldskort viss du søkte 16. april 2021 eller seinare (sida for studieløyve)
source-udi-other-permits-url = https://www.udi.no/har-fatt-svar/studietillatelse/har-fatt-ja-pa-soknad-om-studietillatelse/slik-skaffer-du-oppholdskort-hvis-du-sokte-16.-april-2021-eller-senere/
source-udi-other-permits-language = { "" }
source-udi-collective-answer-name = UDI: Du får svar (kollektivt vern)
source-udi-collective-answer-url = https://www.udi.no/informasjon-ukraina-russland/krisen-i-ukraina/vare-i-norge/beskyttelse-i-norge/oppfyller-krav-til-kollektiv-beskyttelse/du-far-svar/
source-udi-collective-answer-language = { "" }
source-udi-collective-extension-name = UDI: «Jeg har kollektiv beskyttelse og tillatelsen min går snart ut. Kan jeg fornye tillatelsen?»
source-udi-collective-extension-url = https://www.udi.no/informasjon-ukraina-russland/krisen-i-ukraina/vare-i-norge/beskyttelse-i-norge/har-fatt-svar/jeg-har-kollektiv-beskyttelse-og-tillatelsen-min-gar-snart-ut.-kan-jeg-fornye-tillatelsen/
source-udi-collective-extension-language = { "" }
source-udi-family-immigration-name = UDI: Har fått løyve til familieinnvandring
source-udi-family-immigration-url = https://www.udi.no/en/received-an-answer/family-immigration/have-been-granted-a-family-immigration-permit/
source-udi-family-immigration-language = (på engelsk)
source-udi-resettlement-name = UDI: «Overføringsflyktninger – hva gjør politiet?»
source-udi-resettlement-url = https://www.udi.no/ord-og-begreper/overforingsflyktninger/hva-gjor-politiet/
source-udi-resettlement-language = { "" }
source-udi-permanent-residence-name = UDI: Slik skaffar du opphaldskort viss du søkte 16. april 2021 eller seinare (permanent opphaldsløyve)
source-udi-permanent-residence-url = https://www.udi.no/en/received-an-answer/permanent-residence/have-been-granted-a-permanent-residence-permit/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-permanent-residence-language = (på engelsk)
# Namnet er tittelen UDI gir sida på nynorsk; lenkja går til sida på bokmål.
source-udi-must-i-book-name = UDI: Treng eg å bestille ny time etter at eg har fått svar på søknaden min?
source-udi-must-i-book-url = https://www.udi.no/ord-og-begreper/timebestilling/trenger-jeg-a-bestille-ny-time-etter-at-jeg-har-fatt-svar-pa-soknaden-min/
source-udi-must-i-book-language = { "" }
# UDI har denne sida på nynorsk.
source-udi-booking-name = UDI: Timebestilling og oppmøte
source-udi-booking-url = https://www.udi.no/nn/ord-og-omgrep/timebestilling/
source-udi-booking-language = { "" }
source-udi-arriving-from-abroad-name = UDI: Slik skaffar du deg opphaldskort (familieinnvandring, søkt før 16. april 2021)
source-udi-arriving-from-abroad-url = https://www.udi.no/en/received-an-answer/family-immigration/have-been-granted-a-family-immigration-permit/slik-skaffer-du-deg-oppholdskort/
source-udi-arriving-from-abroad-language = (på engelsk)
source-udi-travel-abroad-name = UDI: Har du planlagt å reise til utlandet?
source-udi-travel-abroad-url = https://udi.no/nn/viktige-meldinger/har-du-planlagt-a-reise-til-utlandet/
source-udi-travel-abroad-language = { "" }
source-udi-new-card-fee-name = UDI: Bestille nytt opphaldskort (gebyr)
source-udi-new-card-fee-url = https://www.udi.no/ord-og-begreper/gebyr/bestille-nytt-oppholdskort/
source-udi-new-card-fee-language = { "" }
source-udi-eea-family-card-name = UDI: Opphaldskort for familiemedlemmar av EU/EØS-borgarar
source-udi-eea-family-card-url = https://www.udi.no/nn/skal-sokje/familieinnvandring/opphaldskort-for-familiemedlemmar-av-eueos-borgarar/
source-udi-eea-family-card-language = { "" }
source-police-residence-cards-name = Politiet: Opphaldskort
source-police-residence-cards-url = { -police-url }
source-police-residence-cards-language = (på engelsk)
source-police-where-to-meet-name = Politiet: «Hvor møter du opp?»
source-police-where-to-meet-url = https://www.politiet.no/tjenester/opphold-i-norge-og-asyl/hvor-moter-du-opp/
source-police-where-to-meet-language = { "" }
