# What search engines and link previews show: never on the page itself.

## base.html (<head>): <meta name="description">, and og:description on the
## start and about pages.

# The start page, and question, result and error pages.
meta-description = هل حصلت على تصريح إقامة في النرويج؟ اعرف هل يجب أن تحجز موعدًا لدى الشرطة لتحصل على بطاقة الإقامة، أم أن البطاقة ستصلك بالبريد.
meta-description-about = لمن دليل بطاقة الإقامة، وكل القواعد التي يستخدمها ليخبرك هل يجب أن تحجز موعدًا لدى الشرطة، وصفحات { -udi } والشرطة التي أُخذت منها هذه القواعد.
meta-description-accessibility = كيف صُمّم دليل بطاقة الإقامة ليستوفي ⁨WCAG⁩ ٢٫١ على المستوى ⁨AA⁩، وكيف نختبره، وحدوده المعروفة، وكيف تخبرنا عن مشكلة.
