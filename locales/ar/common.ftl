# Shared words: the layout, links and buttons used on many pages.
# Terms (starting with -) are names and addresses that are never translated
# word for word; messages refer to them.

-service-name = دليل بطاقة الإقامة
-udi = ⁨UDI⁩
-application-portal = بوابة الطلبات
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
language-nav-label = اللغة
# This language's own name, in its own script: the language links of every
# page show it. Do not translate it into another language.
language-name = العربية
# Shown only on translated pages (not nb, nn or en), before links to the same
# page in Norwegian Bokmål and English.
translation-notice = هذه الصفحة مترجمة من اللغة النرويجية. الصفحتان الرسميتان هما الصفحة النرويجية والصفحة الإنجليزية:
footer-nav-label = عن الدليل
footer-accessibility = بيان إمكانية الوصول
footer-about = عن هذا الدليل
footer-privacy = تُحفظ إجاباتك في متصفحك فقط، وتُحذف عندما تغلقه.
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

link-application-portal-url = { -application-portal-url }
link-police-districts-url = { -police-districts-url }
link-police-residence-cards-url = { -police-url }
link-uutilsynet-url = { -uutilsynet-url }
