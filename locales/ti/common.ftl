# Shared words: the layout, links and buttons used on many pages.
# Terms (starting with -) are names and addresses that are never translated
# word for word; messages refer to them.

-service-name = መምርሒ ካርድ መንበሪ ፍቓድ
-udi = UDI
-application-portal = ፖርታል ምልክታ
-application-portal-url = https://selfservice.udi.no/en-gb/
-police-url = https://www.politiet.no/english/residence-permits-and-protection/residence-cards
-uutilsynet-url = https://www.uutilsynet.no/
-police-districts-url = https://www.politiet.no/

## base.html

header-service-name = { -service-name }
# The <title> of every page: the page's own title, then the service name.
page-title = { $page } – { -service-name }
# Put before the <title> when the page shows an error.
page-title-error = ጌጋ: { $page } – { -service-name }
skip-link = ናብቲ ቀንዲ ትሕዝቶ ሕለፉ
language-nav-label = ቋንቋ
# This language's own name, in its own script: the language links of every
# page show it. Do not translate it into another language.
language-name = ትግርኛ
# Shown only on translated pages (not nb, nn or en), before links to the same
# page in Norwegian Bokmål and English.
translation-notice = እዚ ገጽ ካብ ቋንቋ ኖርወይ እዩ ተተርጒሙ። ወግዓውያን ገጻት፣ እቶም ብቋንቋ ኖርወይን ብእንግሊዝኛን ዘለዉ እዮም:
footer-nav-label = ብዛዕባ እቲ መምርሒ
footer-accessibility = መግለጺ ተበጻሕነት
footer-about = ብዛዕባ እዚ መምርሒ
footer-privacy = መልስታትኩም ኣብ ብራውዘርኩም ጥራይ እዮም ዝዕቀቡ፣ ብራውዘር ምስ ዓጸኹም ድማ ይድምሰሱ።
back-link = ንድሕሪት
start-again-button = ካብ መጀመርታ ጀምሩ
external-link-hint = (ካልእ መርበብ ሓበሬታ ይኸፍት)

## Shared facts

card-what-is-heading = ካርድ መንበሪ ፍቓድ እንታይ እዩ?
card-what-is = ካርድ መንበሪ ፍቓድ ናይ ፕላስቲክ ካርድ እዩ፣ ዓቐኑ ከም ካርድ ባንኪ እዩ። ኣብ ኖርወይ መንበሪ ፍቓድ ከም ዘለኩም የረጋግጽ። ነቲ ካርድ ፖሊስ እዮም ዝእዝዝልኩም።

## Notice shown when a saved answer could not be used

notice-answers-lost-title = በጃኹም ንሕቶታት ደጊምኩም መልሱ
notice-answers-lost-body = ነቶም ቅድሚ ሕጂ ዝሃብኩምዎም መልስታት ክንጥቀመሎም ኣይከኣልናን። ካብ ዝዕቀቡ ነዊሕ ግዜ ሓሊፉ ኣሎ፣ ወይ ድማ ክንበቡ ኣይከኣሉን። እዚ ኣብ ምልክታኹም ዝኾነ ጽልዋ የብሉን።

## Addresses of other websites (messages, so templates can use them)

link-application-portal-url = { -application-portal-url }
link-police-districts-url = { -police-districts-url }
link-police-residence-cards-url = { -police-url }
link-uutilsynet-url = { -uutilsynet-url }
