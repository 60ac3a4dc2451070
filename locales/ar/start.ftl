## start.html

start-title = اعرف كيف تحصل على بطاقة إقامتك
start-lead = استخدم هذا الدليل إذا حصلت على تصريح إقامة في النرويج وكنت تنتظر بطاقة إقامتك.
start-tells-you = يخبرك الدليل إن كان عليك أن:
start-tells-book = تحجز موعدًا لدى الشرطة، وكيف تحجزه
start-tells-wait = تنتظر حتى تتصل بك الشرطة
start-tells-mail = أو تنتظر وصول البطاقة بالبريد
# $questions: the most questions any path asks; $minutes: about how long it takes.
start-time = ستجيب عن { $questions ->
        [zero] { $questions } سؤال قصير
        [one] سؤال قصير واحد
        [two] سؤالين قصيرين
        [few] { $questions } أسئلة قصيرة
        [many] { $questions } سؤالًا قصيرًا
       *[other] { $questions } سؤال قصير
    } على الأكثر. ويستغرق ذلك نحو { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }.
start-button = ابدأ الآن
start-not-eu = مواطنو دول الاتحاد الأوروبي والمنطقة الاقتصادية الأوروبية لا يحصلون على بطاقة إقامة. هذا الدليل ليس لهم.
start-privacy-heading = إجاباتك خاصة بك
start-privacy = تُحفظ إجاباتك في متصفحك فقط، وتُحذف عندما تغلقه. إذا كنت تستخدم حاسوبًا يستخدمه غيرك أيضًا، فاختر «ابدأ من جديد» عندما تنتهي، ثم أغلق المتصفح.
