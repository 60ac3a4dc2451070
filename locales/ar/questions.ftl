## question.html

question-continue = متابعة
error-summary-title = توجد مشكلة
# Read by screen readers before a field's error message.
error-prefix = خطأ:

## The questions. For each: title (the page heading and the question), hint,
## the error when nothing or something unknown is chosen, and a short label
## for the list of answers ("summary").

question-application-date-title = متى قدّمت طلب تصريح الإقامة هذا؟
question-application-date-hint = تجد التاريخ في الإيصال أو التأكيد الذي حصلت عليه عندما قدّمت الطلب.
question-application-date-error = اختر متى قدّمت الطلب
question-application-date-summary = تاريخ تقديم الطلب
option-application-date-on-or-after-cutoff = في ١٦ أبريل ٢٠٢١ أو بعده
option-application-date-before-cutoff = قبل ١٦ أبريل ٢٠٢١

question-application-type-title = ما الطلب الذي قدّمته؟
question-application-type-hint = اختر الطلب الذي حصلت بسببه على تصريح الإقامة.
question-application-type-error = اختر الطلب الذي قدّمته
question-application-type-summary = الطلب الذي قدّمته
option-application-type-protection-first-time = الحماية (اللجوء) لأول مرة
option-application-type-renewal = تجديد تصريح إقامتي
option-application-type-derived-refugee-status = وضع اللاجئ المُشتق (لأفراد عائلة اللاجئ)
option-application-type-other = شيء آخر

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

question-application-portal-title = هل سجّلت طلبك في { -application-portal }؟
question-application-portal-hint = { -application-portal } (اسمها بالنرويجية «⁨Søknadsportalen⁩»، وبالإنجليزية «⁨Application Portal⁩») هي موقع مديرية الهجرة النرويجية ({ -udi }) الذي تملأ فيه طلبك وترسله.
question-application-portal-error = اختر «نعم» إذا كنت قد سجّلت طلبك في { -application-portal }
question-application-portal-summary = استخدمت { -application-portal }

option-yes = نعم
option-no = لا
