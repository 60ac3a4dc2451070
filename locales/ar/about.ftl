## about.html

about-title = عن هذا الدليل
about-intro = يساعد هذا الدليل الأشخاص الذين حصلوا على تصريح إقامة في النرويج على معرفة كيف يحصلون على بطاقة إقامتهم.
about-covers-heading = لمن هذا الدليل
about-covers-protection = الأشخاص الذين قدّموا طلب حماية (لجوء) لأول مرة
about-covers-resettlement = لاجئو إعادة التوطين (لاجئو الحصة)
about-covers-collective = الأشخاص الذين حصلوا على الحماية الجماعية (وهم الذين فرّوا من الحرب في أوكرانيا)، بتصريحهم الأول أو بتصريح جرى تمديده
about-covers-renewal = الأشخاص الذين قدّموا طلبًا لتجديد تصريح إقامتهم
about-covers-permanent = الأشخاص الذين حصلوا على الإقامة الدائمة
about-covers-derived = الأشخاص الذين قدّموا طلب وضع اللاجئ المُشتق
about-covers-other-permit = الأشخاص الذين حصلوا على تصريحهم الأول من أجل الهجرة العائلية (لمّ الشمل) أو العمل أو الدراسة أو لسبب آخر، وقدّموا الطلب من النرويج أو من خارجها
about-covers-proxy = الأشخاص الذين قدّم طلبهم شخصٌ آخر بموجب توكيل
about-covers-before = الأشخاص الذين قدّموا طلبهم قبل ١٦ أبريل ٢٠٢١
about-not-covered = في الطلبات الأخرى، مثل الطلبات المقدَّمة وفق قواعد بريكست أو طلبات أفراد عائلات مواطني دول الاتحاد الأوروبي والمنطقة الاقتصادية الأوروبية، تخبرك رسالة القرار إن كان عليك أن تقابل الشرطة. مواطنو دول الاتحاد الأوروبي والمنطقة الاقتصادية الأوروبية لا يحصلون على بطاقة إقامة.
about-rules-heading = القواعد التي يستخدمها الدليل
about-rules-intro = يعرض هذا الجدول كل المسارات في الدليل: الإجابات، والنتيجة، والسبب.
about-rules-caption = كل المسارات في الدليل
about-rules-answers = الإجابات
about-rules-result = النتيجة
about-rules-why = السبب
about-sources-heading = المصادر
about-sources-intro = القواعد مأخوذة من هذه الصفحات الرسمية. إذا اختلف ما يقوله الدليل عمّا تقوله رسالة القرار التي وصلتك، فاتبع رسالة القرار.
# After the name of a page that the sources name without its address.
# The page names are translated, so the reader is told to search for the
# English name (given in the page's name message).
about-source-no-address = (لا تذكر المصادر عنوان هذه الصفحة: ابحث عن اسمها الإنجليزي في موقع ⁨udi.no⁩)

## Who runs the guide (about.html). $operator: the organisation's name (a setting).

about-operator-heading = من يدير هذا الدليل
about-operator = يدير هذا الدليلَ { $operator }. تتولى مديرية الهجرة النرويجية ({ -udi }) والشرطة التعامل مع طلبك وبطاقة إقامتك.
about-operator-contact = تواصل مع { $operator } بشأن الدليل

## What is counted and logged (about.html)

about-counting-heading = ما الذي نحسبه
about-counting = لنعرف إن كان الدليل يساعد، نحسب عدد المرات التي تُعرض فيها كل صفحة وكل إجابة وكل نتيجة. ونحسب أيضًا عدد من يجيبون بـ«نعم» أو «لا» عن سؤال «هل ساعدك هذا الدليل؟». نحسب الأعداد الإجمالية فقط لكل لغة ولكل سؤال ولكل نتيجة.
about-stored-heading = ما الذي يُحفظ عنك
about-stored = الدليل نفسه لا يحفظ أي شيء يمكن أن يحدد هويتك. تُحفظ إجاباتك في متصفحك فقط، في ملف تعريف ارتباط (⁨cookie⁩) مشفَّر يُحذف عندما تغلق المتصفح. سجلات الدليل نفسه لا تحتوي على إجاباتك، ولا على عنوان ⁨IP⁩ الخاص بك، ولا على عناوين الصفحات التي تزورها.
about-logged = الخوادم التي تنقل زيارتك إلى الدليل يمكن أن تسجّل معلومات تقنية، مثل عنوان ⁨IP⁩ الخاص بك ووقت زيارتك. والقرار في ما يُسجَّل ولأي مدة يُحتفَظ به يعود إلى { $operator }.
about-privacy-notice = اقرأ إشعار الخصوصية الخاص بـ{ $operator }
# When the operator has not given an address for a privacy notice.
about-privacy-ask = اسأل { $operator } عمّا يُسجَّل ولأي مدة يُحتفَظ به.

## How fresh the guide is (about.html, under the sources). The people who run
## the guide read each source page against it; the date is the day of the
## review longest ago. $day and $year are numbers, $month one of the
## date-month-… messages below.

about-sources-checked = قُورن الدليل بكل صفحة من هذه الصفحات في { $day } { $month } { $year } أو بعد ذلك.
# Until every source page has been read against the guide at least once.
about-sources-not-checked = لم تتمّ بعدُ مقارنة الدليل بكل هذه الصفحات.

## A month's name as it stands in a date, after the day (about-sources-checked).

date-month-1 = يناير
date-month-2 = فبراير
date-month-3 = مارس
date-month-4 = أبريل
date-month-5 = مايو
date-month-6 = يونيو
date-month-7 = يوليو
date-month-8 = أغسطس
date-month-9 = سبتمبر
date-month-10 = أكتوبر
date-month-11 = نوفمبر
date-month-12 = ديسمبر
