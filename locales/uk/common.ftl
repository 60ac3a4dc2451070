# Shared words: the layout, links and buttons used on many pages.
# Terms (starting with -) are names and addresses that are never translated
# word for word; messages refer to them.

-service-name = Путівник з отримання посвідки на проживання
-udi = UDI
-application-portal = Application Portal
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

## Notice shown when a saved answer could not be used

notice-answers-lost-title = Будь ласка, дайте відповіді на запитання ще раз
notice-answers-lost-body = Ми не змогли використати ваші попередні відповіді. Їх збережено надто давно, або їх не вдалося прочитати. Це не впливає на вашу заявку.

## Addresses of other websites (messages, so templates can use them)
## Each -url has a -language: empty ({ "" }) when the page is in the language of
## this file, otherwise which language it is in, such as "(in Norwegian)".

link-application-portal-url = { -application-portal-url }
link-application-portal-language = (англійською мовою)
link-police-districts-url = { -police-districts-url }
link-police-districts-language = (норвезькою мовою)
link-police-residence-cards-url = { -police-url }
link-police-residence-cards-language = (англійською мовою)
link-uutilsynet-url = { -uutilsynet-url }
link-uutilsynet-language = (норвезькою мовою)

## The official pages the guide's rules come from: name, address, language
## (as above). Link to the page in this language where UDI or the police have
## one; otherwise to the English page (or the Norwegian one) and say so.
## No Ukrainian version of these pages was found: they link to the English pages.

source-udi-residence-card-name = UDI: Як отримати посвідку на проживання, якщо ви подали заявку 16 квітня 2021 року або пізніше
source-udi-residence-card-url = https://www.udi.no/en/received-an-answer/application-approved/protection-asylum/protection-asylum-in-norway/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-residence-card-language = (англійською мовою)
# The English name is kept beside the Ukrainian one: the reader is told to
# search for the name on udi.no, which has this page in English, not in Ukrainian.
source-udi-before-cutoff-name = UDI: Як отримати посвідку на проживання, якщо ви подали заявку до 16 квітня 2021 року (англійською: «How to get a residence card if you applied before 16 April 2021»)
# No address: the sources name this page but do not give its address. An empty
# address ({ "" }) shows the name without a link.
source-udi-before-cutoff-url = { "" }
source-udi-before-cutoff-language = { "" }
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
source-police-residence-cards-name = Поліція: посвідки на проживання
source-police-residence-cards-url = { -police-url }
source-police-residence-cards-language = (англійською мовою)
