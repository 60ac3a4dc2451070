## question.html

question-continue = متابعة
error-summary-title = توجد مشكلة
# Read by screen readers before a field's error message.
error-prefix = خطأ:

## The questions. For each: title (the page heading and the question), hint,
## the error when nothing or something unknown is chosen, and a short label
## for the list of answers ("summary").

question-application-date-title = متى قدّمت طلب تصريح الإقامة هذا؟
question-application-date-hint = هذا هو التاريخ الذي سلّمت فيه طلبك، وليس التاريخ الذي وصلك فيه القرار.
question-application-date-error = اختر متى قدّمت الطلب
question-application-date-summary = تاريخ تقديم الطلب
option-application-date-on-or-after-cutoff = في ١٦ أبريل ٢٠٢١ أو بعده
option-application-date-before-cutoff = قبل ١٦ أبريل ٢٠٢١

question-application-type-title = ما الطلب الذي قدّمته؟
question-application-type-hint = اختر الطلب الذي حصلت بسببه على تصريح الإقامة.
question-application-type-error = اختر الطلب الذي قدّمته
question-application-type-summary = الطلب الذي قدّمته
option-application-type-protection-first-time = الحماية (اللجوء) لأول مرة
option-application-type-protection-first-time-hint = قدّمت طلب اللجوء لدى الشرطة في النرويج.
option-application-type-resettlement-refugee = لاجئ إعادة التوطين (لاجئ الحصة)
option-application-type-resettlement-refugee-hint = جرى اختيارك بالتعاون مع ⁨UNHCR⁩، أي مفوضية الأمم المتحدة لشؤون اللاجئين، وجئت إلى النرويج بصفتك لاجئًا.
option-application-type-collective-protection = الحماية الجماعية
option-application-type-collective-protection-hint = للأشخاص الذين فرّوا من الحرب في أوكرانيا.
option-application-type-renewal = تجديد تصريح إقامتي
option-application-type-renewal-hint = إذا كانت لديك حماية جماعية، فاختر «الحماية الجماعية» بدلًا من هذا الخيار.
option-application-type-permanent-residence = الإقامة الدائمة
option-application-type-derived-refugee-status = وضع اللاجئ المُشتق
option-application-type-derived-refugee-status-hint = أنت من أفراد عائلة شخص لديه وضع اللاجئ في النرويج.
option-application-type-other-permit = تصريحي الأول من أجل الهجرة العائلية أو العمل أو الدراسة أو لسبب آخر
option-application-type-other-permit-hint = مثلًا تصريح الهجرة العائلية، أو تصريح عمل، أو تصريح دراسة.
option-application-type-other = شيء آخر
option-application-type-other-hint = مثلًا، قدّمت طلبك وفق قواعد بريكست (خروج بريطانيا من الاتحاد الأوروبي)، أو أنت من أفراد عائلة مواطن من دولة في الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية.

question-collective-protection-permit-title = هل هذا أول تصريح لك بالحماية الجماعية، أم جرى تمديده؟
question-collective-protection-permit-hint = يُمنح تصريح الحماية الجماعية لمدة سنة واحدة في كل مرة. ويُمدَّد تلقائيًا، دون تقديم طلب. إذا لم يُمدَّد تصريحك، فستُبلَّغ بذلك.
question-collective-protection-permit-error = اختر إن كان هذا تصريحك الأول أو تصريحًا جرى تمديده
question-collective-protection-permit-summary = تصريح الحماية الجماعية
option-collective-protection-permit-first = تصريحي الأول بالحماية الجماعية
option-collective-protection-permit-extended = جرى تمديد تصريحي

question-child-turned-six-title = هل بطاقة الإقامة لطفل بلغ عمره ٦ سنوات منذ أن مُنح التصريح؟
question-child-turned-six-hint = أجب بـ«نعم» إذا كان عمر الطفل ٥ سنوات أو أقل عندما مُنح التصريح، وعمره الآن ٦ سنوات أو أكثر، ولم يعطِ بصمات أصابعه للشرطة منذ ذلك الوقت.
question-child-turned-six-error = اختر «نعم» إذا كانت البطاقة لطفل بلغ عمره ٦ سنوات
question-child-turned-six-summary = البطاقة لطفل بلغ عمره ٦ سنوات

question-applied-from-title = أين سلّمت طلبك؟
question-applied-from-hint = هو المكان الذي حضرت إليه بنفسك لتسلّم الطلب وتعطي بصمات أصابعك وصورتك. ملء الاستمارة أو إرسالها عبر الإنترنت لا يُعدّ تسليمًا للطلب.
question-applied-from-error = اختر أين سلّمت طلبك
question-applied-from-summary = مكان تسليم الطلب
option-applied-from-norway = لدى الشرطة في النرويج
option-applied-from-abroad = في سفارة أو في مركز لطلبات التأشيرات خارج النرويج

question-power-of-attorney-title = هل قدّم شخص آخر طلبك نيابةً عنك، بموجب توكيل؟
question-power-of-attorney-hint = التوكيل (بالنرويجية: ⁨fullmakt⁩) إذن مكتوب يسمح لشخص آخر بأن يتصرف نيابةً عنك.
question-power-of-attorney-error = اختر «نعم» إذا كان شخص آخر قد قدّم طلبك بموجب توكيل
question-power-of-attorney-summary = قدّم الطلبَ شخصٌ لديه توكيل
option-power-of-attorney-yes-hint = مثلًا، قدّم صاحب عملك الطلب عنك عبر الإنترنت.

question-first-travel-document-title = هل ستحصل على وثيقة سفر نرويجية لأول مرة؟
question-first-travel-document-hint = أجب بـ«نعم» إذا كانت هذه أول مرة تحصل فيها على وثيقة سفر نرويجية، مثل وثيقة السفر للاجئين.
question-first-travel-document-error = اختر «نعم» إذا كنت ستحصل على وثيقة سفر نرويجية لأول مرة
question-first-travel-document-summary = أول وثيقة سفر نرويجية

question-expired-travel-document-title = هل لديك جواز سفر نرويجي للأجانب أو وثيقة سفر للاجئين انتهت صلاحيتها؟
question-expired-travel-document-hint = أجب بـ«نعم» فقط إذا كانت النرويج هي التي أصدرت الوثيقة، وكانت الوثيقة لم تعد صالحة.
question-expired-travel-document-error = اختر «نعم» إذا كان لديك جواز سفر نرويجي للأجانب أو وثيقة سفر للاجئين انتهت صلاحيتها
question-expired-travel-document-summary = وثيقة سفر نرويجية انتهت صلاحيتها

question-handed-in-title = هل سلّمت الوثيقة المنتهية الصلاحية إلى الشرطة عندما قدّمت الطلب؟
question-handed-in-hint = أجب بـ«لا» إذا كانت الوثيقة المنتهية الصلاحية لا تزال معك.
question-handed-in-error = اختر «نعم» إذا كنت قد سلّمت الوثيقة المنتهية الصلاحية إلى الشرطة
question-handed-in-summary = سلّمت الوثيقة المنتهية الصلاحية إلى الشرطة

question-application-portal-title = هل سُجّل طلبك في { -application-portal } (بوابة الطلبات)؟
question-application-portal-hint = { -application-portal } (أي بوابة الطلبات، واسمها بالنرويجية: ⁨Søknadsportalen⁩) هي موقع مديرية الهجرة النرويجية ({ -udi }) الذي تُملأ فيه الطلبات وتُرسَل.
question-application-portal-error = اختر «نعم» إذا كان طلبك قد سُجّل في { -application-portal }
question-application-portal-summary = سُجّل الطلب في { -application-portal }

option-yes = نعم
option-no = لا
