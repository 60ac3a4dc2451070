# Shared words: the layout, links and buttons used on many pages.
# Terms (starting with -) are names and addresses that are never translated
# word for word; messages refer to them.

-service-name = Путівник з отримання посвідки на проживання
-udi = UDI
-application-portal = Портал подання заявок
-application-portal-url = https://selfservice.udi.no/en-gb/
-police-url = https://www.politiet.no/english/residence-permits-and-protection/residence-cards
-uutilsynet-url = https://www.uutilsynet.no/
-police-districts-url = https://www.politiet.no/

## base.html

header-service-name = { -service-name }
# The <title> of every page: the page's own title, then the service name.
page-title = { $page } – { -service-name }
# Put before the <title> when the page shows an error.
page-title-error = Помилка: { $page } – { -service-name }
skip-link = Перейти до основного змісту
language-nav-label = Мова
# This language's own name, in its own script: the language links of every
# page show it. Do not translate it into another language.
language-name = Українська
# Shown only on translated pages (not nb, nn or en), before links to the same
# page in Norwegian Bokmål and English.
translation-notice = Цю сторінку перекладено з норвезької мови. Офіційними є сторінки норвезькою та англійською мовами:
footer-nav-label = Про путівник
footer-accessibility = Заява про доступність
footer-about = Про цей путівник
footer-privacy = Ваші відповіді зберігаються лише у вашому браузері. Вони видаляються, коли ви закриваєте браузер.
back-link = Назад
start-again-button = Почати знову
external-link-hint = (відкриває інший вебсайт)

## Shared facts

card-what-is-heading = Що таке посвідка на проживання?
card-what-is = Посвідка на проживання — це пластикова картка розміром з банківську картку. Вона підтверджує, що ви маєте дозвіл на проживання в Норвегії. Поліція замовляє посвідку для вас.

## Notice shown when a saved answer could not be used

notice-answers-lost-title = Будь ласка, дайте відповіді на запитання ще раз
notice-answers-lost-body = Ми не змогли використати ваші попередні відповіді. Їх збережено надто давно, або їх не вдалося прочитати. Це не впливає на вашу заявку.

## Addresses of other websites (messages, so templates can use them)

link-application-portal-url = { -application-portal-url }
link-police-districts-url = { -police-districts-url }
link-police-residence-cards-url = { -police-url }
link-uutilsynet-url = { -uutilsynet-url }
