# Shared words: the layout, links and buttons used on many pages.
# Terms (starting with -) are names and addresses that are never translated
# word for word; messages refer to them.

-service-name = Hagaha kaarka deganaanshaha
-udi = UDI
-application-portal = Bogga Codsiyada
-application-portal-url = https://selfservice.udi.no/en-gb/
-police-url = https://www.politiet.no/english/residence-permits-and-protection/residence-cards
-uutilsynet-url = https://www.uutilsynet.no/
-police-districts-url = https://www.politiet.no/

## base.html

header-service-name = { -service-name }
# The <title> of every page: the page's own title, then the service name.
page-title = { $page } – { -service-name }
# Put before the <title> when the page shows an error.
page-title-error = Khalad: { $page } – { -service-name }
skip-link = U gudub qoraalka ugu muhiimsan
language-nav-label = Luqadda
# This language's own name, in its own script: the language links of every
# page show it. Do not translate it into another language.
language-name = Soomaali
# Shown only on translated pages (not nb, nn or en), before links to the same
# page in Norwegian Bokmål and English.
translation-notice = Boggan waxaa laga turjumay af Noorweejiga. Bogagga rasmiga ah waa kuwa af Noorweejiga iyo af Ingiriisiga ku qoran:
footer-nav-label = Ku saabsan hagaha
footer-accessibility = Bayaanka helitaanka
footer-about = Ku saabsan hagahan
footer-privacy = Jawaabahaaga waxaa lagu kaydiyaa biraawsarkaaga oo keliya, waxaana la tirtirayaa marka aad xirto.
back-link = Dib u noqo
start-again-button = Dib u bilow
external-link-hint = (waxay furaysaa bog kale oo internetka ah)

## Shared facts

card-what-is-heading = Waa maxay kaarka deganaanshaha?
card-what-is = Kaarka deganaanshaha waa kaar caag ah oo le'eg kaarka bangiga. Wuxuu caddeynayaa inaad haysato sharciga deganaanshaha ee Norway. Booliska ayaa kaarka kuu dalbada.

## Notice shown when a saved answer could not be used

notice-answers-lost-title = Fadlan mar kale ka jawaab su'aalaha
notice-answers-lost-body = Ma aanan isticmaali karin jawaabahaagii hore. Waxaa la kaydiyay waqti aad u dheer ka hor, ama lama akhriyi karin. Arrintani saameyn kuma yeelanayso codsigaaga.

## Addresses of other websites (messages, so templates can use them)

link-application-portal-url = { -application-portal-url }
link-police-districts-url = { -police-districts-url }
link-police-residence-cards-url = { -police-url }
link-uutilsynet-url = { -uutilsynet-url }
