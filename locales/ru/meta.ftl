# What search engines and link previews show: never on the page itself.

## base.html (<head>): <meta name="description">, and og:description on the
## start and about pages. One or two sentences, under about 160 characters,
## with the words a reader would search for.

# The start page, and question, result and error pages.
meta-description = Получили разрешение на проживание в Норвегии? Узнайте, нужно ли записаться на приём в полицию, чтобы получить карту с разрешением на проживание, или карта придёт по почте.
meta-description-about = Для кого этот путеводитель, все правила, по которым он определяет, нужно ли записаться на приём в полицию, и страницы { -udi } и полиции, из которых взяты эти правила.
meta-description-accessibility = Как путеводитель сделан в соответствии с WCAG 2.1 на уровне AA, как мы его проверяем, известные ограничения и как сообщить нам о проблеме.
