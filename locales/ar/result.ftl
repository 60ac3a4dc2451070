## result.html

result-why-heading = السبب
result-next-heading = ما عليك أن تفعله
result-answers-heading = إجاباتك
result-change = تغيير
result-print-hint = يمكنك طباعة هذه الصفحة أو حفظها بصيغة ⁨PDF⁩.

## One heading for each outcome

outcome-police-will-contact-you-title = انتظر حتى تتصل بك الشرطة
outcome-card-by-mail-title = لا تحتاج إلى حجز موعد. ستصلك بطاقة إقامتك بالبريد
outcome-book-in-application-portal-title = يجب أن تحجز موعدًا لدى الشرطة في { -application-portal }
outcome-book-by-phone-title = يجب أن تحجز موعدًا لدى الشرطة بالهاتف
outcome-see-decision-letter-title = اقرأ الرسالة التي فيها القرار بشأن طلبك

## Why: one sentence for each reason

reason-first-time-protection = قدّمت طلب حماية (لجوء) لأول مرة. يجب أن تقابل الشرطة، لكنك لا تحجز الموعد بنفسك.
reason-no-expired-document = قدّمت طلب تجديد أو طلب وضع اللاجئ المُشتق، وليس لديك جواز سفر نرويجي للأجانب أو وثيقة سفر للاجئين انتهت صلاحيتها.
reason-document-handed-in = سلّمت وثيقة سفرك المنتهية الصلاحية إلى الشرطة عندما قدّمت الطلب.
reason-first-travel-document = قدّمت طلب وضع اللاجئ المُشتق، وستحصل على وثيقة سفر نرويجية لأول مرة.
reason-expired-document-not-handed-in = لديك جواز سفر نرويجي للأجانب أو وثيقة سفر للاجئين انتهت صلاحيتها، ولم تسلّمها إلى الشرطة عندما قدّمت الطلب.
reason-applied-before-cutoff = قدّمت طلبك قبل ١٦ أبريل ٢٠٢١. كل من قدّم طلبه قبل هذا التاريخ يجب أن يحجز موعدًا لدى الشرطة.
reason-not-covered-by-guide = هذا الدليل هو فقط لمن قدّموا طلب حماية لأول مرة، أو طلب تجديد، أو طلب وضع اللاجئ المُشتق.

## What to do: police will contact you

police-contact-wait = ستتصل بك الشرطة وتعطيك موعدًا.
police-contact-do-not-book = لا تحجز موعدًا بنفسك.
police-contact-meet = يجب أن تذهب إلى الموعد لتحصل على بطاقة إقامتك.

## What to do: card by mail

mail-do-not-book = لا تحجز موعدًا. سترسل الشرطة بطاقة الإقامة إليك بالبريد.
mail-receive-heading = كيف تتأكد من أن البطاقة ستصل إليك
mail-name-on-mailbox = ضع اسمك على صندوق بريدك. وإذا كان أفراد من عائلتك يعيشون معك، فضع أسماءهم عليه أيضًا.
mail-register-posten = إذا لم تكن مسجّلًا لدى ⁨Posten⁩ (البريد النرويجي)، فسجّل نفسك مستلمَ بريد جديدًا («⁨ny postmottaker⁩»). املأ استمارة ⁨Posten⁩ وخذها إلى مكتب بريد أو إلى ⁨Post i Butikk⁩ (نقطة بريد داخل متجر). أحضر معك وثيقة تُثبت هويتك.
mail-check-address = إذا كنت مسجّلًا لدى ⁨Posten⁩، فسجّل الدخول باستخدام ⁨BankID⁩ أو ⁨MinID⁩، وتأكد من أن عنوانك الصحيح مسجّل لدى ⁨Posten⁩.
mail-moving = إذا انتقلت إلى سكن آخر قبل وصول البطاقة، فأخبر الشرطة.
mail-travel = لا تخطط للسفر خارج النرويج قبل أن تستلم البطاقة.
mail-wait-heading = إذا لم تصل البطاقة
# $days: working days (a number).
mail-delivery-time = قد يستغرق وصول البطاقة حتى { $days ->
        [zero] { $days } يوم عمل
        [one] يوم عمل واحد
        [two] يومي عمل
        [few] { $days } أيام عمل
        [many] { $days } يوم عمل
       *[other] { $days } يوم عمل
    } تقريبًا.
mail-returned = إذا لم يتمكن البريد من تسليم البطاقة، فإنها تعود إلى الشرطة. ويستغرق ذلك نحو { $days ->
        [zero] { $days } يوم عمل
        [one] يوم عمل واحد
        [two] يومي عمل
        [few] { $days } أيام عمل
        [many] { $days } يوم عمل
       *[other] { $days } يوم عمل
    }. بعد ذلك ستتصل بك الشرطة بالهاتف أو بالبريد الإلكتروني.
mail-not-arrived = إذا لم تصل البطاقة ولم يتصل بك أحد، فاتصل بدائرة الشرطة التي قدّمت فيها طلبك.

## What to do: book an appointment

book-portal-why = سجّلت طلبك في { -application-portal }، لذلك تحجز الموعد هناك.
book-portal-step-login = سجّل الدخول إلى { -application-portal }
book-portal-step-book = اختر وقتًا لموعد مع الشرطة.
book-phone-why = لم تستخدم { -application-portal } عندما قدّمت طلبك، لذلك يجب أن تتصل بدائرة الشرطة المحلية التي يتبع لها مكان سكنك لتحجز الموعد.
book-phone-step-find = ابحث عن دائرة الشرطة التي يتبع لها مكان سكنك في موقع الشرطة الإلكتروني
book-phone-step-call = اتصل بدائرة الشرطة واحجز موعدًا.
book-phone-not-udi = لا تستطيع مديرية الهجرة النرويجية ({ -udi }) أن تحجز لك موعدًا. فلا تتصل بـ{ -udi } لحجز موعد.
book-step-meet = اذهب إلى الموعد. ستلتقط الشرطة صورة لك وتأخذ بصمات أصابعك.
book-under-18 = إذا كان عمرك أقل من ١٨ سنة، فيجب أن يأتي معك أحد والديك أو الوصي عليك.
book-after = بعد ذلك تطلب الشرطة إصدار بطاقة إقامتك.

## What to do: other applications

letter-read = الرسالة التي فيها القرار بشأن طلبك تخبرك إن كان عليك أن تقابل الشرطة مرة أخرى لتحصل على بطاقة إقامتك.
letter-examples = مثلًا، قد يكون عليك أن تحجز موعدًا إذا قدّمت طلبك من خارج النرويج، أو إذا قدّم الطلب عنك شخص لديه توكيل منك، أو إذا قدّم صاحب العمل الطلب عنك عبر الإنترنت.
letter-start-again = إذا اخترت «شيء آخر» عن طريق الخطأ، يمكنك تغيير إجابتك في الأسفل.

## Feedback at the end of the result page

feedback-question = هل ساعدك هذا الدليل؟
feedback-yes = نعم
feedback-no = لا
feedback-thanks = شكرًا لك. إجابتك تساعدنا على تحسين الدليل.
feedback-privacy = نحسب فقط عدد من يجيبون بـ«نعم» وعدد من يجيبون بـ«لا». لا نحفظ أي شيء عنك.
