## result.html

result-why-heading = السبب
result-next-heading = ما عليك أن تفعله
result-answers-heading = إجاباتك
result-change = تغيير
result-print-hint = يمكنك طباعة هذه الصفحة أو حفظها بصيغة ⁨PDF⁩.
# Before the link to the official page a reason comes from.
result-source = المصدر:

## One heading for each outcome

outcome-police-will-contact-you-title = انتظر حتى تتصل بك الشرطة
outcome-wait-for-letter-title = لا تحجز موعدًا بنفسك. ستُبلَّغ بما عليك فعله
outcome-card-by-mail-title = لا تحتاج إلى حجز موعد. ستصلك بطاقة إقامتك بالبريد
outcome-book-in-application-portal-title = يجب أن تحجز موعدًا لدى الشرطة في { -application-portal } (بوابة الطلبات)
outcome-book-by-phone-title = يجب أن تحجز موعدًا لدى الشرطة بالهاتف
outcome-see-decision-letter-title = اقرأ الرسالة التي فيها القرار بشأن طلبك

## Why: one sentence for each reason

reason-first-time-protection = قدّمت طلب حماية (لجوء) لأول مرة. يجب أن تقابل الشرطة، لكن ليس عليك أن تحجز الموعد بنفسك.
reason-collective-protection-first-permit = حصلت على الحماية الجماعية لأول مرة. بعض الأشخاص يجب أن يقابلوا الشرطة لتُلتقط صورهم وتؤخذ بصمات أصابعهم من أجل البطاقة. وآخرون أعطوا الصورة والبصمات عندما قدّموا طلب الحماية، فلا يحتاجون إلى الذهاب مرة أخرى.
reason-child-turned-six = جرى تمديد تصريح الحماية الجماعية الخاص بك، والبطاقة لطفل بلغ عمره ٦ سنوات منذ أن مُنح التصريح أول مرة. يجب أن يذهب الطفل إلى الشرطة ليعطي بصمات أصابعه.
reason-no-expired-document = ليس لديك جواز سفر نرويجي للأجانب أو وثيقة سفر للاجئين انتهت صلاحيتها.
reason-document-handed-in = سلّمت وثيقة سفرك المنتهية الصلاحية إلى الشرطة عندما قدّمت الطلب.
reason-first-travel-document = قدّمت طلب وضع اللاجئ المُشتق، وستحصل على وثيقة سفر نرويجية لأول مرة.
reason-collective-protection-extended = جرى تمديد تصريح الحماية الجماعية الخاص بك. عندما يُمدَّد التصريح، تصل بطاقة إقامة جديدة إلى صندوق بريدك.
reason-expired-document-not-handed-in = لديك جواز سفر نرويجي للأجانب أو وثيقة سفر للاجئين انتهت صلاحيتها، ولم تسلّمها إلى الشرطة عندما قدّمت الطلب.
reason-applied-before-cutoff = قدّمت طلبك قبل ١٦ أبريل ٢٠٢١. كل من قدّم طلبه قبل هذا التاريخ يجب أن يحجز موعدًا لدى الشرطة.
reason-handed-in-by-proxy = قدّم شخص آخر طلبك نيابةً عنك، بموجب توكيل. في هذه الحالة يجب أن تحجز الموعد لدى الشرطة بنفسك.
reason-applied-from-abroad = قدّمت طلب تصريح الإقامة من خارج النرويج. كل من قدّم طلبه من الخارج يجب أن يحجز موعدًا لدى الشرطة ليحصل على بطاقة الإقامة.
reason-not-covered-by-guide = يشمل هذا الدليل الحماية، والحماية الجماعية، وطلبات التجديد، ووضع اللاجئ المُشتق، والتصاريح الأولى من أجل الهجرة العائلية (لمّ الشمل) والعمل والدراسة. ولا يشمل الطلب الذي اخترته.

## What to do: police will contact you

police-contact-wait = ستتصل بك الشرطة وتعطيك موعدًا.
police-contact-do-not-book = ليس عليك أن تحجز موعدًا بنفسك.
police-contact-meet = يجب أن تذهب إلى الموعد لتحصل على بطاقة إقامتك.

## What to do: wait for a letter (collective protection)

letter-wait-do-not-book = لا تحجز موعدًا لدى الشرطة بنفسك.
letter-wait-told = ستُبلَّغ بما إذا كان عليك أن تقابل الشرطة لتُلتقط صورتك وتؤخذ بصمات أصابعك.
letter-wait-id-number = إذا قابلت الشرطة، فستصلك بعد الموعد رسالة فيها رقم هويتك الوطني (⁨fødselsnummer⁩).
letter-wait-card = تُرسَل بطاقة الإقامة إليك بالبريد.
letter-child-letter = ستصلك رسالة منفصلة تقول إن على الطفل أن يذهب إلى الشرطة ليعطي بصمات أصابعه.
letter-child-guardian = يجب أن يأتي أحد الوالدين أو الوصي مع الطفل إلى الشرطة.
letter-child-next = اتبع ما تقوله الرسالة.

## What to do: card by mail

mail-do-not-book = لا تحتاج إلى حجز موعد. ستُرسَل بطاقة الإقامة إليك بالبريد.
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

book-portal-why = سُجّل طلبك في { -application-portal }، لذلك تحجز الموعد هناك.
book-portal-step-login = سجّل الدخول إلى { -application-portal }
book-portal-step-book = اختر وقتًا لموعد مع الشرطة.
book-phone-why = لم يُسجَّل طلبك في { -application-portal }، لذلك يجب أن تتصل بدائرة الشرطة المحلية التي يتبع لها مكان سكنك لتحجز الموعد.
book-phone-step-find = ابحث عن دائرة الشرطة التي يتبع لها مكان سكنك في موقع الشرطة الإلكتروني
book-phone-step-call = اتصل بدائرة الشرطة واحجز موعدًا.
book-phone-not-udi = لا تستطيع مديرية الهجرة النرويجية ({ -udi }) أن تحجز لك موعدًا. فلا تتصل بـ{ -udi } لحجز موعد.
book-step-meet = اذهب إلى الموعد. ستلتقط الشرطة صورة لك وتأخذ بصمات أصابعك.
book-under-18 = إذا كان عمرك أقل من ١٨ سنة، فيجب أن يأتي معك أحد والديك أو الوصي عليك.
book-after = بعد ذلك تطلب الشرطة إصدار بطاقة إقامتك.

## What to do: other applications

letter-read = الرسالة التي فيها القرار بشأن طلبك تخبرك بما إذا كان عليك أن تقابل الشرطة لتحصل على بطاقة إقامتك.
letter-brexit = إذا قدّمت طلبك وفق قواعد بريكست، فسيُطلب منك أن تحجز موعدًا بعد صدور القرار في طلبك.
letter-start-again = إذا اخترت «شيء آخر» عن طريق الخطأ، يمكنك تغيير إجابتك في الأسفل.

## Feedback at the end of the result page

feedback-question = هل ساعدك هذا الدليل؟
feedback-yes = نعم
feedback-no = لا
feedback-thanks = شكرًا لك. إجابتك تساعدنا على تحسين الدليل.
feedback-privacy = نحسب إجابتك مقرونةً بالنتيجة وبلغة هذه الصفحة. لا نحفظ أي شيء يمكن أن يحدد هويتك.
