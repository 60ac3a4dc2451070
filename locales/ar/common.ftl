# Shared words: the layout, links and buttons used on many pages.
# Terms (starting with -) are names and addresses that are never translated
# word for word; messages refer to them.

-service-name = دليل بطاقة الإقامة
-udi = ⁨UDI⁩
# The link goes to the English portal, which calls itself "Application Portal":
# the name stays in English (Latin script, isolated); messages add the gloss
# "بوابة الطلبات" where it helps.
-application-portal = ⁨Application Portal⁩
-application-portal-url = https://selfservice.udi.no/en-gb/
-police-url = https://www.politiet.no/english/residence-permits-and-protection/residence-cards
-uutilsynet-url = https://www.uutilsynet.no/
-police-districts-url = https://www.politiet.no/

## base.html

header-service-name = { -service-name }
# The <title> of every page: the page's own title, then the service name.
page-title = { $page } – { -service-name }
# Put before the <title> when the page shows an error.
page-title-error = خطأ: { $page } – { -service-name }
skip-link = انتقل إلى المحتوى الرئيسي
# The language menu: its name, and the word on its button, which every page
# shows in its own language and then in English (on English pages, in
# Norwegian).
language-nav-label = اللغة
# This language's own name, in its own script: the language menu of every
# page lists it. Do not translate it into another language.
language-name = العربية
# Shown only on translated pages (not nb, nn or en), before links to the same
# page in Norwegian Bokmål and English. Keep it short: with the two links it
# must fit in two lines on a phone (this is a translation; the official pages).
translation-notice = هذه ترجمة. الصفحتان الرسميتان:
footer-nav-label = عن الدليل
footer-accessibility = بيان إمكانية الوصول
footer-about = عن هذا الدليل
footer-privacy = تُحفظ إجاباتك في متصفحك فقط، وتُحذف عندما تغلقه.
# $operator: the name of the organisation that runs the guide (a setting).
footer-operator = يدير هذا الدليلَ { $operator }.
# The link to the operator's contact address.
footer-contact = تواصل مع { $operator }
back-link = رجوع
start-again-button = ابدأ من جديد
external-link-hint = (يفتح موقعًا آخر)

## Shared facts

card-what-is-heading = ما هي بطاقة الإقامة؟
card-what-is = بطاقة الإقامة بطاقة بلاستيكية بحجم البطاقة المصرفية. وهي تُثبت أن لديك تصريح إقامة في النرويج. الشرطة هي التي تطلب إصدار البطاقة لك.

## Notice shown when a saved answer could not be used

notice-answers-lost-title = يُرجى الإجابة عن الأسئلة مرة أخرى
notice-answers-lost-body = لم نتمكن من استخدام إجاباتك السابقة، لأنها حُفظت منذ وقت طويل، أو لأننا لم نتمكن من قراءتها. هذا لا يؤثر في طلبك.

## Addresses of other websites (messages, so templates can use them)
## Each -url has a -language: empty ({ "" }) when the page is in the language of
## this file, otherwise which language it is in, such as "(باللغة النرويجية)".
## No page below is in Arabic.

link-application-portal-url = { -application-portal-url }
link-application-portal-language = (باللغة الإنجليزية)
link-police-districts-url = { -police-districts-url }
link-police-districts-language = (باللغة النرويجية)
link-police-residence-cards-url = { -police-url }
link-police-residence-cards-language = (باللغة الإنجليزية)
link-uutilsynet-url = { -uutilsynet-url }
link-uutilsynet-language = (باللغة النرويجية)

## The official pages the guide's rules come from: name, address, language
## (as above). Link to the page in this language where UDI or the police have
## one; otherwise to the English page (or the Norwegian one) and say so.
## No Arabic page of UDI or the police was found: every address is the English one.

source-udi-residence-card-name = { -udi }: كيف تحصل على بطاقة إقامة إذا قدّمت طلبك في ١٦ أبريل ٢٠٢١ أو بعده
source-udi-residence-card-url = https://www.udi.no/en/received-an-answer/application-approved/protection-asylum/protection-asylum-in-norway/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-residence-card-language = (باللغة الإنجليزية)
# The start of the English name is given so that the reader can search for it
# on udi.no (about-source-no-address). No digits: Arabic text allows none.
source-udi-before-cutoff-name = { -udi }: كيف تحصل على بطاقة إقامة إذا قدّمت طلبك قبل ١٦ أبريل ٢٠٢١ (اسمها بالإنجليزية يبدأ بـ«⁨How to get a residence card if you applied before⁩»)
# No address: the sources name this page but do not give its address. An empty
# address ({ "" }) shows the name without a link.
source-udi-before-cutoff-url = { "" }
source-udi-before-cutoff-language = (باللغة الإنجليزية)
source-udi-other-permits-name = { -udi }: كيف تحصل على بطاقة إقامة إذا قدّمت طلبك في ١٦ أبريل ٢٠٢١ أو بعده (النسخة الخاصة بتصاريح الدراسة)
source-udi-other-permits-url = https://www.udi.no/en/received-an-answer/student-permit/your-application-for-a-study-permit-has-been-granted/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-other-permits-language = (باللغة الإنجليزية)
source-udi-collective-answer-name = { -udi }: إذا كنت تستوفي شروط الحماية الجماعية – تصلك الإجابة
source-udi-collective-answer-url = https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/protection-asylum-in-norway/if-you-meet-the-requirements-for-collective-protection/you-receive-an-answer/
source-udi-collective-answer-language = (باللغة الإنجليزية)
source-udi-collective-extension-name = { -udi }: لديّ وضع الحماية الجماعية، لكن تصريحي سينتهي قريبًا. هل عليّ أن أفعل شيئًا؟
source-udi-collective-extension-url = https://www.udi.no/en/information-ukraine-and-russia/ukraine/i-want-to-extend-my-stay-in-norway/i-have-collective-protection-status-but-my-permit-is-expiring-soon.-is-there-anything-i-need-to-do
source-udi-collective-extension-language = (باللغة الإنجليزية)
source-udi-family-immigration-name = { -udi }: بعد الحصول على تصريح الهجرة العائلية (لمّ الشمل)
source-udi-family-immigration-url = https://www.udi.no/en/received-an-answer/family-immigration/have-been-granted-a-family-immigration-permit/
source-udi-family-immigration-language = (باللغة الإنجليزية)
source-police-residence-cards-name = الشرطة: بطاقات الإقامة
source-police-residence-cards-url = { -police-url }
source-police-residence-cards-language = (باللغة الإنجليزية)
