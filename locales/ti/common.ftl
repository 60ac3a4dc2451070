# Shared words: the layout, links and buttons used on many pages.
# Terms (starting with -) are names and addresses that are never translated
# word for word; messages refer to them.

-service-name = መምርሒ ካርድ መንበሪ ፍቓድ
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
page-title-error = ጌጋ: { $page } – { -service-name }
skip-link = ናብቲ ቀንዲ ትሕዝቶ ሕለፉ
# The language menu: its name, and the word on its button, which every page
# shows in its own language and then in English (on English pages, in
# Norwegian).
language-nav-label = ቋንቋ
# This language's own name, in its own script: the language menu of every
# page lists it. Do not translate it into another language.
language-name = ትግርኛ
# Shown only on translated pages (not nb, nn or en), before links to the same
# page in Norwegian Bokmål and English. Keep it short: with the two links it
# must fit in two lines on a phone (this is a translation; the official pages).
translation-notice = እዚ ገጽ ተተርጒሙ እዩ። ወግዓውያን ገጻት:
footer-nav-label = ብዛዕባ እቲ መምርሒ
footer-accessibility = መግለጺ ተበጻሕነት
footer-about = ብዛዕባ እዚ መምርሒ
footer-privacy = መልስታትኩም ኣብ ብራውዘርኩም ጥራይ እዮም ዝዕቀቡ፣ ብራውዘር ምስ ዓጸኹም ድማ ይድምሰሱ።
# $operator: the name of the organisation that runs the guide (a setting).
footer-operator = ነዚ መምርሒ ዘመሓድሮ { $operator } እዩ።
# The link to the operator's contact address.
footer-contact = ምስ { $operator } ርክብ ግበሩ
back-link = ንድሕሪት
start-again-button = ካብ መጀመርታ ጀምሩ
external-link-hint = (ካልእ መርበብ ሓበሬታ ይኸፍት)

## Shared facts

card-what-is-heading = ካርድ መንበሪ ፍቓድ እንታይ እዩ?
card-what-is = ካርድ መንበሪ ፍቓድ ናይ ፕላስቲክ ካርድ እዩ፣ ዓቐኑ ከም ካርድ ባንኪ እዩ። ኣብ ኖርወይ መንበሪ ፍቓድ ከም ዘለኩም የረጋግጽ። ነቲ ካርድ ፖሊስ እዮም ዝእዝዝልኩም።
card-not-id = እቲ ካርድ መረጋገጺ መንነት ኣይኮነን። ክትጓዓዙ ከለኹም፣ ምስቲ ካርድ ፓስፖርትኩም እውን ሓዙ።

## Notice shown when a saved answer could not be used

notice-answers-lost-title = በጃኹም ንሕቶታት ደጊምኩም መልሱ
notice-answers-lost-body = ነቶም ቅድሚ ሕጂ ዝሃብኩምዎም መልስታት ክንጥቀመሎም ኣይከኣልናን። ካብ ዝዕቀቡ ነዊሕ ግዜ ሓሊፉ ኣሎ፣ ወይ ድማ ክንበቡ ኣይከኣሉን። እዚ ኣብ ምልክታኹም ዝኾነ ጽልዋ የብሉን።

## Addresses of other websites (messages, so templates can use them)
## Each -url has a -language: empty ({ "" }) when the page is in the language of
## this file, otherwise which language it is in, such as "(in Norwegian)".

link-application-portal-url = { -application-portal-url }
link-application-portal-language = (ብእንግሊዝኛ)
link-police-districts-url = { -police-districts-url }
link-police-districts-language = (ብእንግሊዝኛ)
link-police-residence-cards-url = { -police-url }
link-police-residence-cards-language = (ብእንግሊዝኛ)
link-uutilsynet-url = { -uutilsynet-url }
link-uutilsynet-language = (ብቋንቋ ኖርወይ)

## The official pages the guide's rules come from: name, address, language
## (as above). Link to the page in this language where UDI or the police have
## one; otherwise to the English page (or the Norwegian one) and say so.
## No UDI or police page in Tigrinya was found: every page is the English one.
## Dates: the Gregorian month by its English name, then the marker
## "(ብግእዝ ዘይኮነ፡ ብፈረንጂ ዓውደ-ኣዋርሕ)", so that no date reads as a month of the Ge'ez calendar.

source-udi-residence-card-name = UDI: ብ16 ኤፕሪል 2021 (ብግእዝ ዘይኮነ፡ ብፈረንጂ ዓውደ-ኣዋርሕ) ወይ ድሕሪኡ እንተ ኣመልኪትኩም፣ ካርድ መንበሪ ፍቓድ ብኸመይ ትረኽቡ
source-udi-residence-card-url = https://www.udi.no/en/received-an-answer/application-approved/protection-asylum/protection-asylum-in-norway/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-residence-card-language = (ብእንግሊዝኛ)
# The English page name is given as well: that is the name to search for.
source-udi-before-cutoff-name = UDI: ቅድሚ 16 ኤፕሪል 2021 (ብግእዝ ዘይኮነ፡ ብፈረንጂ ዓውደ-ኣዋርሕ) ንሓለዋ እንተ ኣመልኪትኩም፣ ካርድ መንበሪ ፍቓድ ብኸመይ ትረኽቡ – ብእንግሊዝኛ: «How to obtain a residence card (protection, applied before 16 April 2021)»
source-udi-before-cutoff-url = https://udi.no/en/received-an-answer/protection-asylum/you-have-been-granted-protection-asylum-in-norway/how-to-obtain-a-residence-card
source-udi-before-cutoff-language = (ብእንግሊዝኛ)
source-udi-other-permits-name = UDI: ብ16 ኤፕሪል 2021 (ብግእዝ ዘይኮነ፡ ብፈረንጂ ዓውደ-ኣዋርሕ) ወይ ድሕሪኡ እንተ ኣመልኪትኩም፣ ካርድ መንበሪ ፍቓድ ብኸመይ ትረኽቡ (እቲ ንፍቓድ ትምህርቲ ዝምልከት ሕታም)
source-udi-other-permits-url = https://www.udi.no/en/received-an-answer/student-permit/your-application-for-a-study-permit-has-been-granted/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-other-permits-language = (ብእንግሊዝኛ)
source-udi-collective-answer-name = UDI: ንሓባራዊ ሓለዋ ዝሕተቱ ቅድመ-ኩነታት እንተ ኣማሊእኩም – መልሲ ትቕበሉ
source-udi-collective-answer-url = https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/protection-asylum-in-norway/if-you-meet-the-requirements-for-collective-protection/you-receive-an-answer/
source-udi-collective-answer-language = (ብእንግሊዝኛ)
source-udi-collective-extension-name = UDI: ሓባራዊ ሓለዋ ኣሎኒ፣ ግን ፍቓደይ ኣብ ቀረባ ግዜ ግዚኡ ክሓልፍ እዩ። ክገብሮ ዘለኒ ነገር ኣሎ ድዩ?
source-udi-collective-extension-url = https://www.udi.no/en/information-ukraine-and-russia/ukraine/i-want-to-extend-my-stay-in-norway/i-have-collective-protection-status-but-my-permit-is-expiring-soon.-is-there-anything-i-need-to-do
source-udi-collective-extension-language = (ብእንግሊዝኛ)
source-udi-family-immigration-name = UDI: ብምኽንያት ስድራ ዝወሃብ ፍቓድ ተዋሂቡኩም ኣሎ
source-udi-family-immigration-url = https://www.udi.no/en/received-an-answer/family-immigration/have-been-granted-a-family-immigration-permit/
source-udi-family-immigration-language = (ብእንግሊዝኛ)
source-udi-resettlement-name = UDI: ብዳግመ-ምስፋር ዝመጹ ስደተኛታት – ፖሊስ እንታይ ይገብሩ? – ብእንግሊዝኛ: «Resettlement refugees – what do the police do?»
source-udi-resettlement-url = https://www.udi.no/en/word-definitions/resettlement-refugees/what-do-the-police-do/
source-udi-resettlement-language = (ብእንግሊዝኛ)
source-udi-permanent-residence-name = UDI: ብ16 ኤፕሪል 2021 (ብግእዝ ዘይኮነ፡ ብፈረንጂ ዓውደ-ኣዋርሕ) ወይ ድሕሪኡ እንተ ኣመልኪትኩም፣ ካርድ መንበሪ ፍቓድ ብኸመይ ትረኽቡ (ቀዋሚ መንበሪ ፍቓድ) – ብእንግሊዝኛ: «How to get a residence card if you applied on 16 April 2021 or later (permanent residence permit)»
source-udi-permanent-residence-url = https://www.udi.no/en/received-an-answer/permanent-residence/have-been-granted-a-permanent-residence-permit/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-permanent-residence-language = (ብእንግሊዝኛ)
source-udi-must-i-book-name = UDI: ንምልክታይ መልሲ ምስ ረኸብኩ፣ ሓድሽ ቆጸራ ክሕዝ ኣለኒ ድዩ? – ብእንግሊዝኛ: «Must I book a new appointment after having received an answer to my application?»
source-udi-must-i-book-url = https://www.udi.no/en/word-definitions/booking-of-an-appointment/must-i-book-a-new-appointment-after-having-received-an-answer-to-my-application/
source-udi-must-i-book-language = (ብእንግሊዝኛ)
source-udi-booking-name = UDI: ቆጸራ ምሓዝ – ብእንግሊዝኛ: «Booking of an appointment»
source-udi-booking-url = https://udi.no/en/word-definitions/booking-of-an-appointment
source-udi-booking-language = (ብእንግሊዝኛ)
source-udi-arriving-from-abroad-name = UDI: ቅድሚ 16 ኤፕሪል 2021 (ብግእዝ ዘይኮነ፡ ብፈረንጂ ዓውደ-ኣዋርሕ) ብምኽንያት ስድራ ንዝወሃብ ፍቓድ እንተ ኣመልኪትኩም፣ ካርድ መንበሪ ፍቓድ ብኸመይ ትረኽቡ – ብእንግሊዝኛ: «How to get a residence card (family immigration, applied before 16 April 2021)»
source-udi-arriving-from-abroad-url = https://www.udi.no/en/received-an-answer/family-immigration/have-been-granted-a-family-immigration-permit/slik-skaffer-du-deg-oppholdskort/
source-udi-arriving-from-abroad-language = (ብእንግሊዝኛ)
source-udi-travel-abroad-name = UDI: ናብ ወጻኢ ሃገር ክትጓዓዙ መደብ ኣሎኩም ድዩ? – ብእንግሊዝኛ: «Have you made plans to travel abroad?»
source-udi-travel-abroad-url = https://udi.no/en/important-messages/have-you-made-plans-to-travel-abroad
source-udi-travel-abroad-language = (ብእንግሊዝኛ)
source-udi-new-card-fee-name = UDI: ሓድሽ ካርድ መንበሪ ፍቓድ ንምእዛዝ ዝኽፈል ክፍሊት – ብቋንቋ ኖርወይ: «Bestille nytt opphaldskort»
source-udi-new-card-fee-url = https://www.udi.no/ord-og-begreper/gebyr/bestille-nytt-oppholdskort/
source-udi-new-card-fee-language = (ብቋንቋ ኖርወይ)
source-udi-eea-family-card-name = UDI: ካርድ መንበሪ ፍቓድ ንኣባላት ስድራ ዜጋታት EU/EEA – ብቋንቋ ኖርወይ: «Opphaldskort for familiemedlemmar av EU/EØS-borgarar»
source-udi-eea-family-card-url = https://www.udi.no/nn/skal-sokje/familieinnvandring/opphaldskort-for-familiemedlemmar-av-eueos-borgarar/
source-udi-eea-family-card-language = (ብቋንቋ ኖርወይ)
source-police-residence-cards-name = ፖሊስ: ካርድ መንበሪ ፍቓድ – ብእንግሊዝኛ: «Residence card»
source-police-residence-cards-url = { -police-url }
source-police-residence-cards-language = (ብእንግሊዝኛ)
source-police-where-to-meet-name = ፖሊስ: ኣበይ ትቐርቡ? – ብቋንቋ ኖርወይ: «Hvor møter du opp?»
source-police-where-to-meet-url = https://www.politiet.no/tjenester/opphold-i-norge-og-asyl/hvor-moter-du-opp/
source-police-where-to-meet-language = (ብቋንቋ ኖርወይ)
