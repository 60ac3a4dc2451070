# Shared words: the layout, links and buttons used on many pages.
# Terms (starting with -) are names and addresses that are never translated
# word for word; messages refer to them.

-service-name = Residence card guide
-udi = UDI
-application-portal = Application Portal
-application-portal-url = https://selfservice.udi.no/en-gb/
-police-url = https://www.politiet.no/english/residence-permits-and-protection/residence-cards
-uutilsynet-url = https://www.uutilsynet.no/
-police-districts-url = https://www.politiet.no/

## base.html

header-service-name = { -service-name }
# The <title> of every page: the page's own title, then the service name.
page-title = { $page } – { -service-name }
# Put before the <title> when the page shows an error.
page-title-error = Error: { $page } – { -service-name }
skip-link = Skip to main content
language-nav-label = Language
# This language's own name, in its own script: the language links of every
# page show it. Do not translate it into another language.
language-name = English
# Shown only on translated pages (not nb, nn or en), before links to the same
# page in Norwegian Bokmål and English.
translation-notice = This page is translated from Norwegian. The Norwegian and English pages are the official ones:
footer-nav-label = About the guide
footer-accessibility = Accessibility statement
footer-about = About this guide
footer-privacy = Your answers are kept only in your browser and are deleted when you close it.
back-link = Back
start-again-button = Start again
external-link-hint = (opens another website)

## Shared facts

card-what-is-heading = What is a residence card?
card-what-is = A residence card is a plastic card the size of a bank card. It proves that you have a residence permit in Norway. The police order the card for you.

## Notice shown when a saved answer could not be used

notice-answers-lost-title = Please answer the questions again
notice-answers-lost-body = We could not use your earlier answers. They were saved too long ago, or they could not be read. This does not affect your application.

## Addresses of other websites (messages, so templates can use them)

link-application-portal-url = { -application-portal-url }
link-police-districts-url = { -police-districts-url }
link-police-residence-cards-url = { -police-url }
link-uutilsynet-url = { -uutilsynet-url }
