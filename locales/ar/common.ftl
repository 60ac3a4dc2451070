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
-police-url = https://www.politiet.no/en/services/residence-permits-and-asylum/oppholdskort-in-english/
-uutilsynet-url = https://www.uutilsynet.no/
-police-districts-url = https://www.politiet.no/en/services/residence-permits-and-asylum/oppholdskort-in-english/

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
card-not-id = البطاقة ليست إثباتًا للهوية. عندما تسافر، خذ معك جواز سفرك إلى جانب البطاقة.

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
link-police-districts-language = (باللغة الإنجليزية)
link-police-residence-cards-url = { -police-url }
link-police-residence-cards-language = (باللغة الإنجليزية)
link-uutilsynet-url = { -uutilsynet-url }
link-uutilsynet-language = (باللغة النرويجية)

## The official pages the guide's rules come from: name, address, language
## (as above). Link to the page in this language where UDI or the police have
## one; otherwise to the English page (or the Norwegian one) and say so.
## No Arabic page of UDI or the police was found: every address is the English one,
## or the Norwegian one where the English text links to a Norwegian page.

source-udi-residence-card-name = { -udi }: كيف تحصل على بطاقة إقامة إذا قدّمت طلبك في ١٦ أبريل ٢٠٢١ أو بعده
source-udi-residence-card-url = https://www.udi.no/en/received-an-answer/application-approved/protection-asylum/protection-asylum-in-norway/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-residence-card-language = (باللغة الإنجليزية)
# Names from here on: the page's title in Arabic, then after a dash its own
# title (English or Norwegian, isolated) so that the reader recognises the
# page; the -language message after the link says which language. Not where
# the title has a date: Arabic text allows no Latin digits.
source-udi-before-cutoff-name = { -udi }: كيف تحصل على بطاقة إقامة (الحماية، إذا قدّمت طلبك قبل ١٦ أبريل ٢٠٢١) – «⁨How to obtain a residence card⁩»
source-udi-before-cutoff-url = https://udi.no/en/received-an-answer/protection-asylum/you-have-been-granted-protection-asylum-in-norway/how-to-obtain-a-residence-card
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
source-udi-resettlement-name = { -udi }: ماذا تفعل الشرطة مع لاجئي إعادة التوطين؟ – «⁨Resettlement refugees – what do the police do?⁩»
source-udi-resettlement-url = https://www.udi.no/en/word-definitions/resettlement-refugees/what-do-the-police-do/
source-udi-resettlement-language = (باللغة الإنجليزية)
source-udi-permanent-residence-name = { -udi }: كيف تحصل على بطاقة إقامة إذا قدّمت طلبك في ١٦ أبريل ٢٠٢١ أو بعده (تصريح الإقامة الدائمة)
source-udi-permanent-residence-url = https://www.udi.no/en/received-an-answer/permanent-residence/have-been-granted-a-permanent-residence-permit/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-permanent-residence-language = (باللغة الإنجليزية)
source-udi-must-i-book-name = { -udi }: هل يجب أن أحجز موعدًا جديدًا بعد أن وصلتني الإجابة على طلبي؟ – «⁨Must I book a new appointment after having received an answer to my application?⁩»
source-udi-must-i-book-url = https://www.udi.no/en/word-definitions/booking-of-an-appointment/must-i-book-a-new-appointment-after-having-received-an-answer-to-my-application/
source-udi-must-i-book-language = (باللغة الإنجليزية)
source-udi-booking-name = { -udi }: حجز موعد – «⁨Booking of an appointment⁩»
source-udi-booking-url = https://udi.no/en/word-definitions/booking-of-an-appointment
source-udi-booking-language = (باللغة الإنجليزية)
source-udi-arriving-from-abroad-name = { -udi }: كيف تحصل على بطاقة إقامة (الهجرة العائلية، إذا قدّمت طلبك قبل ١٦ أبريل ٢٠٢١) – «⁨How to get a residence card⁩»
source-udi-arriving-from-abroad-url = https://www.udi.no/en/received-an-answer/family-immigration/have-been-granted-a-family-immigration-permit/slik-skaffer-du-deg-oppholdskort/
source-udi-arriving-from-abroad-language = (باللغة الإنجليزية)
source-udi-travel-abroad-name = { -udi }: هل تخطط للسفر إلى الخارج؟ – «⁨Have you made plans to travel abroad?⁩»
source-udi-travel-abroad-url = https://udi.no/en/important-messages/have-you-made-plans-to-travel-abroad
source-udi-travel-abroad-language = (باللغة الإنجليزية)
source-udi-new-card-fee-name = { -udi }: رسوم طلب بطاقة إقامة جديدة – «⁨Bestille nytt opphaldskort⁩»
source-udi-new-card-fee-url = https://www.udi.no/ord-og-begreper/gebyr/bestille-nytt-oppholdskort/
source-udi-new-card-fee-language = (باللغة النرويجية)
source-udi-eea-family-card-name = { -udi }: بطاقة الإقامة لأفراد عائلات مواطني دول الاتحاد الأوروبي والمنطقة الاقتصادية الأوروبية – «⁨Opphaldskort for familiemedlemmar av EU/EØS-borgarar⁩»
source-udi-eea-family-card-url = https://www.udi.no/nn/skal-sokje/familieinnvandring/opphaldskort-for-familiemedlemmar-av-eueos-borgarar/
source-udi-eea-family-card-language = (باللغة النرويجية)
source-police-residence-cards-name = الشرطة: بطاقة الإقامة – «⁨Residence card⁩»
source-police-residence-cards-url = { -police-url }
source-police-residence-cards-language = (باللغة الإنجليزية)
source-police-where-to-meet-name = الشرطة: أين تحضر؟ – «⁨Hvor møter du opp?⁩»
source-police-where-to-meet-url = https://www.politiet.no/tjenester/opphold-i-norge-og-asyl/hvor-moter-du-opp/
source-police-where-to-meet-language = (باللغة النرويجية)
