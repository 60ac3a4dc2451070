# Shared words: the layout, links and buttons used on many pages.
# Terms (starting with -) are names and addresses that are never translated
# word for word; messages refer to them.

-service-name = Residence card guide
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
page-title-error = Error: { $page } – { -service-name }
skip-link = Skip to main content
# The language menu: its name, and the word on its button, which every page
# shows in its own language and then in English (on English pages, in
# Norwegian).
language-nav-label = Language
# This language's own name, in its own script: the language menu of every
# page lists it. Do not translate it into another language.
language-name = English
# Shown only on translated pages (not nb, nn or en), before links to the same
# page in Norwegian Bokmål and English. Keep it short: with the two links it
# must fit in two lines on a phone (this is a translation; the official pages).
translation-notice = This page is a translation. The official pages:
footer-nav-label = About the guide
footer-accessibility = Accessibility statement
footer-about = About this guide
footer-privacy = Your answers are kept only in your browser and are deleted when you close it.
# $operator: the name of the organisation that runs the guide (a setting).
footer-operator = This guide is run by { $operator }.
# The link to the operator's contact address.
footer-contact = Contact { $operator }
back-link = Back
start-again-button = Start again
external-link-hint = (opens another website)

## Shared facts

card-what-is-heading = What is a residence card?
card-what-is = A residence card is a plastic card the size of a bank card. It proves that you have a residence permit in Norway. The police order the card for you.
card-not-id = The card is not proof of identity. When you travel, take your passport as well as the card.

## Notice shown when a saved answer could not be used

notice-answers-lost-title = Please answer the questions again
notice-answers-lost-body = We could not use your earlier answers. They were saved too long ago, or they could not be read. This does not affect your application.

## Addresses of other websites (messages, so templates can use them)
## Each -url has a -language: empty ({ "" }) when the page is in the language of
## this file, otherwise which language it is in, such as "(in Norwegian)".

link-application-portal-url = { -application-portal-url }
link-application-portal-language = { "" }
link-police-districts-url = { -police-districts-url }
link-police-districts-language = { "" }
link-police-residence-cards-url = { -police-url }
link-police-residence-cards-language = { "" }
link-uutilsynet-url = { -uutilsynet-url }
link-uutilsynet-language = (in Norwegian)

## The official pages the guide's rules come from: name, address, language
## (as above). Link to the page in this language where UDI or the police have
## one; otherwise to the English page (or the Norwegian one) and say so.

source-udi-residence-card-name = UDI: How to get a residence card if you applied on 16 April 2021 or later
source-udi-residence-card-url = https://www.udi.no/en/received-an-answer/application-approved/protection-asylum/protection-asylum-in-norway/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-residence-card-language = { "" }
source-udi-before-cutoff-name = UDI: How to obtain a residence card (protection, applied before 16 April 2021)
source-udi-before-cutoff-url = https://udi.no/en/received-an-answer/protection-asylum/you-have-been-granted-protection-asylum-in-norway/how-to-obtain-a-residence-card
source-udi-before-cutoff-language = { "" }
source-udi-other-permits-name = UDI: How to get a residence card if you applied on 16 April 2021 or later (the version for study permits)
source-udi-other-permits-url = https://www.udi.no/en/received-an-answer/student-permit/your-application-for-a-study-permit-has-been-granted/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-other-permits-language = { "" }
source-udi-collective-answer-name = UDI: If you meet the requirements for collective protection – you receive an answer
source-udi-collective-answer-url = https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/protection-asylum-in-norway/if-you-meet-the-requirements-for-collective-protection/you-receive-an-answer/
source-udi-collective-answer-language = { "" }
source-udi-collective-extension-name = UDI: I have collective protection status, but my permit is expiring soon. Is there anything I need to do?
source-udi-collective-extension-url = https://www.udi.no/en/information-ukraine-and-russia/ukraine/i-want-to-extend-my-stay-in-norway/i-have-collective-protection-status-but-my-permit-is-expiring-soon.-is-there-anything-i-need-to-do
source-udi-collective-extension-language = { "" }
source-udi-family-immigration-name = UDI: Have been granted a family immigration permit
source-udi-family-immigration-url = https://www.udi.no/en/received-an-answer/family-immigration/have-been-granted-a-family-immigration-permit/
source-udi-family-immigration-language = { "" }
source-udi-resettlement-name = UDI: Resettlement refugees – what do the police do?
source-udi-resettlement-url = https://www.udi.no/en/word-definitions/resettlement-refugees/what-do-the-police-do/
source-udi-resettlement-language = { "" }
source-udi-permanent-residence-name = UDI: How to get a residence card if you applied on 16 April 2021 or later (permanent residence permit)
source-udi-permanent-residence-url = https://www.udi.no/en/received-an-answer/permanent-residence/have-been-granted-a-permanent-residence-permit/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-permanent-residence-language = { "" }
source-udi-must-i-book-name = UDI: Must I book a new appointment after having received an answer to my application?
source-udi-must-i-book-url = https://www.udi.no/en/word-definitions/booking-of-an-appointment/must-i-book-a-new-appointment-after-having-received-an-answer-to-my-application/
source-udi-must-i-book-language = { "" }
source-udi-booking-name = UDI: Booking of an appointment
source-udi-booking-url = https://udi.no/en/word-definitions/booking-of-an-appointment
source-udi-booking-language = { "" }
source-udi-arriving-from-abroad-name = UDI: How to get a residence card (family immigration, applied before 16 April 2021)
source-udi-arriving-from-abroad-url = https://www.udi.no/en/received-an-answer/family-immigration/have-been-granted-a-family-immigration-permit/slik-skaffer-du-deg-oppholdskort/
source-udi-arriving-from-abroad-language = { "" }
source-udi-travel-abroad-name = UDI: Have you made plans to travel abroad?
source-udi-travel-abroad-url = https://udi.no/en/important-messages/have-you-made-plans-to-travel-abroad
source-udi-travel-abroad-language = { "" }
source-udi-new-card-fee-name = UDI: Fee for ordering a new residence card
source-udi-new-card-fee-url = https://www.udi.no/ord-og-begreper/gebyr/bestille-nytt-oppholdskort/
source-udi-new-card-fee-language = (in Norwegian)
source-udi-eea-family-card-name = UDI: Residence card for family members of EU/EEA citizens
source-udi-eea-family-card-url = https://www.udi.no/nn/skal-sokje/familieinnvandring/opphaldskort-for-familiemedlemmar-av-eueos-borgarar/
source-udi-eea-family-card-language = (in Norwegian)
source-police-residence-cards-name = The police: Residence card
source-police-residence-cards-url = { -police-url }
source-police-residence-cards-language = { "" }
source-police-where-to-meet-name = The police: Where do you meet?
source-police-where-to-meet-url = https://www.politiet.no/tjenester/opphold-i-norge-og-asyl/hvor-moter-du-opp/
source-police-where-to-meet-language = (in Norwegian)
