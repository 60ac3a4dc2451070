# Shared words: the layout, links and buttons used on many pages.
# Terms (starting with -) are names and addresses that are never translated
# word for word; messages refer to them.

-service-name = Hagaha kaarka deganaanshaha
-udi = UDI
-application-portal = Application Portal
-application-portal-url = https://selfservice.udi.no/en-gb/
-police-url = https://www.politiet.no/en/services/residence-permits-and-asylum/oppholdskort-in-english/
-uutilsynet-url = https://www.uutilsynet.no/
-police-districts-url = https://www.politiet.no/en/services/residence-permits-and-asylum/oppholdskort-in-english/

## base.html

header-service-name = { -service-name }
# The <title> of every page: the page's own title, then the service name.
page-title = { $page } – { -service-name }
# Put before the <title> when the page shows an error.
page-title-error = Khalad: { $page } – { -service-name }
skip-link = U gudub qoraalka ugu muhiimsan
# The language menu: its name, and the word on its button, which every page
# shows in its own language and then in English (on English pages, in
# Norwegian).
language-nav-label = Luqadda
# This language's own name, in its own script: the language menu of every
# page lists it. Do not translate it into another language.
language-name = Soomaali
# Shown only on translated pages (not nb, nn or en), before links to the same
# page in Norwegian Bokmål and English. Keep it short: with the two links it
# must fit in two lines on a phone (this is a translation; the official pages).
translation-notice = Boggan waa turjumaad. Bogagga rasmiga ah:
footer-nav-label = Ku saabsan hagaha
footer-accessibility = Bayaanka helitaanka
footer-about = Ku saabsan hagahan
footer-privacy = Jawaabahaaga waxaa lagu kaydiyaa biraawsarkaaga oo keliya, waxaana la tirtirayaa marka aad xirto.
# $operator: the name of the organisation that runs the guide (a setting).
footer-operator = Hagahan waxaa maamula { $operator }.
# The link to the operator's contact address.
footer-contact = La xiriir { $operator }
back-link = Dib u noqo
start-again-button = Dib u bilow
external-link-hint = (waxay furaysaa bog kale oo internetka ah)

## Shared facts

card-what-is-heading = Waa maxay kaarka deganaanshaha?
card-what-is = Kaarka deganaanshaha waa kaar caag ah oo le'eg kaarka bangiga. Wuxuu caddeynayaa inaad haysato sharciga deganaanshaha ee Norway. Booliska ayaa kaarka kuu dalbada.
card-not-id = Kaarku ma aha caddayn aqoonsi. Marka aad safarto, qaado baasaboorkaaga iyo kaarka labadaba.

## Notice shown when a saved answer could not be used

notice-answers-lost-title = Fadlan mar kale ka jawaab su'aalaha
notice-answers-lost-body = Ma aanan isticmaali karin jawaabahaagii hore. Waxaa la kaydiyay waqti aad u dheer ka hor, ama lama akhriyi karin. Arrintani saameyn kuma yeelanayso codsigaaga.

## Addresses of other websites (messages, so templates can use them)
## Each -url has a -language: empty ({ "" }) when the page is in the language of
## this file, otherwise which language it is in, such as "(in Norwegian)".

link-application-portal-url = { -application-portal-url }
link-application-portal-language = (af Ingiriisi)
link-police-districts-url = { -police-districts-url }
link-police-districts-language = (af Ingiriisi)
link-police-residence-cards-url = { -police-url }
link-police-residence-cards-language = (af Ingiriisi)
link-uutilsynet-url = { -uutilsynet-url }
link-uutilsynet-language = (af Noorweeji)

## The official pages the guide's rules come from: name, address, language
## (as above). Link to the page in this language where UDI or the police have
## one; otherwise to the English page (or the Norwegian one) and say so.
## No UDI or police page in Somali was found: every page is the English one.

source-udi-residence-card-name = UDI: Sida loo helo kaarka deganaanshaha haddii aad codsatay 16-ka Abriil 2021 ama ka dib
source-udi-residence-card-url = https://www.udi.no/en/received-an-answer/application-approved/protection-asylum/protection-asylum-in-norway/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-residence-card-language = (af Ingiriisi)
# The English page name is given as well: that is the name to search for.
source-udi-before-cutoff-name = UDI: Sida loo helo kaarka deganaanshaha (magangelyo, haddii aad codsatay ka hor 16-ka Abriil 2021) – magaca bogga oo af Ingiriisi ah: “How to obtain a residence card (protection, applied before 16 April 2021)”
source-udi-before-cutoff-url = https://udi.no/en/received-an-answer/protection-asylum/you-have-been-granted-protection-asylum-in-norway/how-to-obtain-a-residence-card
source-udi-before-cutoff-language = (af Ingiriisi)
source-udi-other-permits-name = UDI: Sida loo helo kaarka deganaanshaha haddii aad codsatay 16-ka Abriil 2021 ama ka dib (nuqulka loogu talagalay sharciga waxbarashada)
source-udi-other-permits-url = https://www.udi.no/en/received-an-answer/student-permit/your-application-for-a-study-permit-has-been-granted/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-other-permits-language = (af Ingiriisi)
source-udi-collective-answer-name = UDI: Haddii aad buuxiso shuruudaha ilaalinta wadareed – waxaad helaysaa jawaab
source-udi-collective-answer-url = https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/protection-asylum-in-norway/if-you-meet-the-requirements-for-collective-protection/you-receive-an-answer/
source-udi-collective-answer-language = (af Ingiriisi)
source-udi-collective-extension-name = UDI: Waxaan haystaa ilaalin wadareed, laakiin sharcigaygu dhawaan ayuu dhacayaa. Ma jiraa wax ay tahay inaan sameeyo?
source-udi-collective-extension-url = https://www.udi.no/en/information-ukraine-and-russia/ukraine/i-want-to-extend-my-stay-in-norway/i-have-collective-protection-status-but-my-permit-is-expiring-soon.-is-there-anything-i-need-to-do
source-udi-collective-extension-language = (af Ingiriisi)
source-udi-family-immigration-name = UDI: Waxaa lagu siiyay sharci qoys
source-udi-family-immigration-url = https://www.udi.no/en/received-an-answer/family-immigration/have-been-granted-a-family-immigration-permit/
source-udi-family-immigration-language = (af Ingiriisi)
source-udi-resettlement-name = UDI: Qaxootiga dib-u-dejinta – maxay booliska sameeyaan? – magaca bogga oo af Ingiriisi ah: “Resettlement refugees – what do the police do?”
source-udi-resettlement-url = https://www.udi.no/en/word-definitions/resettlement-refugees/what-do-the-police-do/
source-udi-resettlement-language = (af Ingiriisi)
source-udi-permanent-residence-name = UDI: Sida loo helo kaarka deganaanshaha haddii aad codsatay 16-ka Abriil 2021 ama ka dib (sharciga deganaanshaha joogtada ah) – magaca bogga oo af Ingiriisi ah: “How to get a residence card if you applied on 16 April 2021 or later (permanent residence permit)”
source-udi-permanent-residence-url = https://www.udi.no/en/received-an-answer/permanent-residence/have-been-granted-a-permanent-residence-permit/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-permanent-residence-language = (af Ingiriisi)
source-udi-must-i-book-name = UDI: Ma inaan ballan cusub qabsadaa kadib markii aan helay jawaabta codsigayga? – magaca bogga oo af Ingiriisi ah: “Must I book a new appointment after having received an answer to my application?”
source-udi-must-i-book-url = https://www.udi.no/en/word-definitions/booking-of-an-appointment/must-i-book-a-new-appointment-after-having-received-an-answer-to-my-application/
source-udi-must-i-book-language = (af Ingiriisi)
source-udi-booking-name = UDI: Ballan qabsasho – magaca bogga oo af Ingiriisi ah: “Booking of an appointment”
source-udi-booking-url = https://udi.no/en/word-definitions/booking-of-an-appointment
source-udi-booking-language = (af Ingiriisi)
source-udi-arriving-from-abroad-name = UDI: Sida loo helo kaarka deganaanshaha (sharci qoys, haddii aad codsatay ka hor 16-ka Abriil 2021) – magaca bogga oo af Ingiriisi ah: “How to get a residence card (family immigration, applied before 16 April 2021)”
source-udi-arriving-from-abroad-url = https://www.udi.no/en/received-an-answer/family-immigration/have-been-granted-a-family-immigration-permit/slik-skaffer-du-deg-oppholdskort/
source-udi-arriving-from-abroad-language = (af Ingiriisi)
source-udi-travel-abroad-name = UDI: Ma qorsheysatay inaad dibadda u safarto? – magaca bogga oo af Ingiriisi ah: “Have you made plans to travel abroad?”
source-udi-travel-abroad-url = https://udi.no/en/important-messages/have-you-made-plans-to-travel-abroad
source-udi-travel-abroad-language = (af Ingiriisi)
source-udi-new-card-fee-name = UDI: Khidmadda lagu dalbado kaar deganaansho oo cusub – magaca bogga oo af Noorweeji ah: “Bestille nytt opphaldskort”
source-udi-new-card-fee-url = https://www.udi.no/ord-og-begreper/gebyr/bestille-nytt-oppholdskort/
source-udi-new-card-fee-language = (af Noorweeji)
source-udi-eea-family-card-name = UDI: Kaarka deganaanshaha ee xubnaha qoyska muwaadiniinta EU/EEA – magaca bogga oo af Noorweeji ah: “Opphaldskort for familiemedlemmar av EU/EØS-borgarar”
source-udi-eea-family-card-url = https://www.udi.no/nn/skal-sokje/familieinnvandring/opphaldskort-for-familiemedlemmar-av-eueos-borgarar/
source-udi-eea-family-card-language = (af Noorweeji)
source-police-residence-cards-name = Booliska: Kaarka deganaanshaha – magaca bogga oo af Ingiriisi ah: “Residence card”
source-police-residence-cards-url = { -police-url }
source-police-residence-cards-language = (af Ingiriisi)
source-police-where-to-meet-name = Booliska: Xaggee ayaad booliska kula kulmaysaa? – magaca bogga oo af Noorweeji ah: “Hvor møter du opp?”
source-police-where-to-meet-url = https://www.politiet.no/tjenester/opphold-i-norge-og-asyl/hvor-moter-du-opp/
source-police-where-to-meet-language = (af Noorweeji)
