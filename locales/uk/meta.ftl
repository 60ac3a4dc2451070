# What search engines and link previews show: never on the page itself.

## base.html (<head>): <meta name="description">, and og:description on the
## start and about pages.

# The start page, and question, result and error pages.
meta-description = Отримали дозвіл на проживання в Норвегії? Дізнайтеся, чи потрібно записатися на прийом до поліції, щоб отримати посвідку на проживання, чи посвідка прийде поштою.
meta-description-about = Для кого путівник з отримання посвідки на проживання, усі правила, за якими він визначає, чи потрібно записатися на прийом до поліції, і сторінки { -udi } та поліції, з яких взято ці правила.
meta-description-accessibility = Як ми робимо путівник з отримання посвідки на проживання відповідним WCAG 2.1 на рівні AA, як ми його перевіряємо, відомі обмеження і як повідомити нам про проблему.
