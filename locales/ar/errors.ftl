## error.html: one title and one message for each kind of error

error-not-found-title = لم نجد الصفحة
error-not-found-body = تأكد من أن عنوان الصفحة صحيح. وربما نُقلت الصفحة إلى مكان آخر.
error-method-title = لا تستطيع هذه الصفحة القيام بذلك
error-method-body = طُلب من الصفحة شيء لا تقوم به. ارجع إلى الدليل وحاول مرة أخرى.
error-cross-site-title = لم نحفظ إجابتك
error-cross-site-body = أُرسل النموذج من موقع آخر. لحمايتك، لا نقبل إلا الإجابات المرسلة من هذا الدليل. إجاباتك السابقة لا تزال محفوظة.
error-too-large-title = البيانات المرسلة كثيرة جدًا
error-too-large-body = أرسل النموذج أكثر مما يقبله هذا الدليل. ارجع إلى السؤال واختر إجابة واحدة من الإجابات.
error-bad-form-title = لم نتمكن من قراءة النموذج
error-bad-form-body = لم يُرسَل النموذج بطريقة يفهمها هذا الدليل. ارجع إلى السؤال وحاول مرة أخرى.
error-internal-title = عذرًا، حدث خطأ من جهتنا
error-internal-body = إجاباتك لا تزال محفوظة. حاول مرة أخرى بعد بضع دقائق.
error-start-link = اذهب إلى بداية الدليل
