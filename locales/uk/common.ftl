# Shared words: the layout, links and buttons used on many pages.
# Terms (starting with -) are names and addresses that are never translated
# word for word; messages refer to them.

-service-name = Путівник з отримання посвідки на проживання
-udi = UDI
-application-portal = Application Portal
-application-portal-url = https://selfservice.udi.no/en-gb/
-police-url = https://www.politiet.no/en/services/residence-permits-and-asylum/oppholdskort-in-english/
-uutilsynet-url = https://www.uutilsynet.no/
-police-districts-url = https://www.politiet.no/en/services/residence-permits-and-asylum/oppholdskort-in-english/

## base.html

header-service-name = { -service-name }
# The <title> of every page: the page's own title, then the service name.
page-title = { $page } – { -service-name }
# Put before the <title> when the page shows an error.
page-title-error = Помилка: { $page } – { -service-name }
skip-link = Перейти до основного змісту
# The language menu: its name, and the word on its button, which every page
# shows in its own language and then in English (on English pages, in
# Norwegian).
language-nav-label = Мова
# This language's own name, in its own script: the language menu of every
# page lists it. Do not translate it into another language.
language-name = Українська
# Shown only on translated pages (not nb, nn or en), before links to the same
# page in Norwegian Bokmål and English. Keep it short: with the two links it
# must fit in two lines on a phone (this is a translation; the official pages).
translation-notice = Це переклад. Офіційні сторінки:
footer-nav-label = Про путівник
footer-accessibility = Заява про доступність
footer-about = Про цей путівник
footer-privacy = Ваші відповіді зберігаються лише у вашому браузері. Вони видаляються, коли ви закриваєте браузер.
# $operator: the name of the organisation that runs the guide (a setting).
footer-operator = Цим путівником керує { $operator }.
# The link to the operator's contact address.
footer-contact = Зв’язатися з { $operator }
back-link = Назад
start-again-button = Почати знову
external-link-hint = (відкриває інший вебсайт)

## Shared facts

card-what-is-heading = Що таке посвідка на проживання?
card-what-is = Посвідка на проживання — це пластикова картка розміром з банківську картку. Вона підтверджує, що ви маєте дозвіл на проживання в Норвегії. Поліція замовляє посвідку для вас.
card-not-id = Посвідка не є документом, що посвідчує особу. Коли ви подорожуєте, беріть із собою і паспорт, і посвідку.

## Notice shown when a saved answer could not be used

notice-answers-lost-title = Будь ласка, дайте відповіді на запитання ще раз
notice-answers-lost-body = Ми не змогли використати ваші попередні відповіді. Їх збережено надто давно, або їх не вдалося прочитати. Це не впливає на вашу заявку.

## Addresses of other websites (messages, so templates can use them)
## Each -url has a -language: empty ({ "" }) when the page is in the language of
## this file, otherwise which language it is in, such as "(in Norwegian)".

link-application-portal-url = { -application-portal-url }
link-application-portal-language = (англійською мовою)
link-police-districts-url = { -police-districts-url }
link-police-districts-language = (англійською мовою)
link-police-residence-cards-url = { -police-url }
link-police-residence-cards-language = (англійською мовою)
link-uutilsynet-url = { -uutilsynet-url }
link-uutilsynet-language = (норвезькою мовою)

## The official pages the guide's rules come from: name, address, language
## (as above). Link to the page in this language where UDI or the police have
## one; otherwise to the English page (or the Norwegian one) and say so.
## No Ukrainian version of these pages was found: they link to the English pages
## (or to the Norwegian ones, where UDI or the police have no English page).

source-udi-residence-card-name = UDI: Як отримати посвідку на проживання, якщо ви подали заявку 16 квітня 2021 року або пізніше
source-udi-residence-card-url = https://www.udi.no/en/received-an-answer/application-approved/protection-asylum/protection-asylum-in-norway/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-residence-card-language = (англійською мовою)
# Pages only in English or Norwegian: the Ukrainian name, then the page's own
# title («оригінальна назва»), so that the reader can recognise the page.
source-udi-before-cutoff-name = UDI: Як отримати посвідку на проживання (захист, заявку подано до 16 квітня 2021 року; оригінальна назва: «How to obtain a residence card»)
source-udi-before-cutoff-url = https://udi.no/en/received-an-answer/protection-asylum/you-have-been-granted-protection-asylum-in-norway/how-to-obtain-a-residence-card
source-udi-before-cutoff-language = (англійською мовою)
source-udi-other-permits-name = UDI: Як отримати посвідку на проживання, якщо ви подали заявку 16 квітня 2021 року або пізніше (версія для дозволів на навчання)
source-udi-other-permits-url = https://www.udi.no/en/received-an-answer/student-permit/your-application-for-a-study-permit-has-been-granted/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-other-permits-language = (англійською мовою)
source-udi-collective-answer-name = UDI: Якщо ви відповідаєте вимогам для колективного захисту – ви отримуєте відповідь
source-udi-collective-answer-url = https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/protection-asylum-in-norway/if-you-meet-the-requirements-for-collective-protection/you-receive-an-answer/
source-udi-collective-answer-language = (англійською мовою)
source-udi-collective-extension-name = UDI: У мене статус колективного захисту, але термін дії мого дозволу скоро закінчується. Чи потрібно мені щось зробити?
source-udi-collective-extension-url = https://www.udi.no/en/information-ukraine-and-russia/ukraine/i-want-to-extend-my-stay-in-norway/i-have-collective-protection-status-but-my-permit-is-expiring-soon.-is-there-anything-i-need-to-do
source-udi-collective-extension-language = (англійською мовою)
source-udi-family-immigration-name = UDI: Отримано дозвіл на сімейну імміграцію
source-udi-family-immigration-url = https://www.udi.no/en/received-an-answer/family-immigration/have-been-granted-a-family-immigration-permit/
source-udi-family-immigration-language = (англійською мовою)
source-udi-resettlement-name = UDI: Біженці за програмою переселення – що робить поліція? (оригінальна назва: «Resettlement refugees – what do the police do?»)
source-udi-resettlement-url = https://www.udi.no/en/word-definitions/resettlement-refugees/what-do-the-police-do/
source-udi-resettlement-language = (англійською мовою)
source-udi-permanent-residence-name = UDI: Як отримати посвідку на проживання, якщо ви подали заявку 16 квітня 2021 року або пізніше (постійний дозвіл на проживання; оригінальна назва: «How to get a residence card if you applied on 16 April 2021 or later»)
source-udi-permanent-residence-url = https://www.udi.no/en/received-an-answer/permanent-residence/have-been-granted-a-permanent-residence-permit/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-permanent-residence-language = (англійською мовою)
source-udi-must-i-book-name = UDI: Чи потрібно мені знову записуватися на прийом після отримання відповіді на заявку? (оригінальна назва: «Must I book a new appointment after having received an answer to my application?»)
source-udi-must-i-book-url = https://www.udi.no/en/word-definitions/booking-of-an-appointment/must-i-book-a-new-appointment-after-having-received-an-answer-to-my-application/
source-udi-must-i-book-language = (англійською мовою)
source-udi-booking-name = UDI: Запис на прийом (оригінальна назва: «Booking of an appointment»)
source-udi-booking-url = https://udi.no/en/word-definitions/booking-of-an-appointment
source-udi-booking-language = (англійською мовою)
source-udi-arriving-from-abroad-name = UDI: Як отримати посвідку на проживання (сімейна імміграція, заявку подано до 16 квітня 2021 року; оригінальна назва: «How to get a residence card»)
source-udi-arriving-from-abroad-url = https://www.udi.no/en/received-an-answer/family-immigration/have-been-granted-a-family-immigration-permit/slik-skaffer-du-deg-oppholdskort/
source-udi-arriving-from-abroad-language = (англійською мовою)
source-udi-travel-abroad-name = UDI: Ви плануєте поїздку за кордон? (оригінальна назва: «Have you made plans to travel abroad?»)
source-udi-travel-abroad-url = https://udi.no/en/important-messages/have-you-made-plans-to-travel-abroad
source-udi-travel-abroad-language = (англійською мовою)
source-udi-new-card-fee-name = UDI: Збір за замовлення нової посвідки на проживання (оригінальна назва: «Bestille nytt opphaldskort»)
source-udi-new-card-fee-url = https://www.udi.no/ord-og-begreper/gebyr/bestille-nytt-oppholdskort/
source-udi-new-card-fee-language = (норвезькою мовою)
source-udi-eea-family-card-name = UDI: Посвідка на проживання для членів сімей громадян ЄС/ЄЕЗ (оригінальна назва: «Opphaldskort for familiemedlemmar av EU/EØS-borgarar»)
source-udi-eea-family-card-url = https://www.udi.no/nn/skal-sokje/familieinnvandring/opphaldskort-for-familiemedlemmar-av-eueos-borgarar/
source-udi-eea-family-card-language = (норвезькою мовою)
source-police-residence-cards-name = Поліція: посвідка на проживання (оригінальна назва: «Residence card»)
source-police-residence-cards-url = { -police-url }
source-police-residence-cards-language = (англійською мовою)
source-police-where-to-meet-name = Поліція: Куди прийти? (оригінальна назва: «Hvor møter du opp?»)
source-police-where-to-meet-url = https://www.politiet.no/tjenester/opphold-i-norge-og-asyl/hvor-moter-du-opp/
source-police-where-to-meet-language = (норвезькою мовою)
