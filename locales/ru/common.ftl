# Shared words: the layout, links and buttons used on many pages.
# Terms (starting with -) are names and addresses that are never translated
# word for word; messages refer to them.

-service-name = Путеводитель: карта с разрешением на проживание
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
page-title-error = Ошибка: { $page } – { -service-name }
skip-link = Перейти к основному содержанию
language-nav-label = Язык
# This language's own name, in its own script: the language links of every
# page show it. Do not translate it into another language.
language-name = Русский
# Shown only on translated pages (not nb, nn or en), before links to the same
# page in Norwegian Bokmål and English.
translation-notice = Перевод. Официальные тексты:
footer-nav-label = О путеводителе
footer-accessibility = Заявление о доступности
footer-about = Об этом путеводителе
footer-privacy = Ваши ответы хранятся только в вашем браузере. Они удаляются, когда вы закрываете браузер.
# $operator: the name of the organisation that runs the guide (a setting).
footer-operator = Этим путеводителем управляет { $operator }.
# The link to the operator's contact address.
footer-contact = Связаться с организацией { $operator }
back-link = Назад
start-again-button = Начать заново
external-link-hint = (открывает другой сайт)

## Shared facts

card-what-is-heading = Что такое карта с разрешением на проживание?
card-what-is = Карта с разрешением на проживание — это пластиковая карта размером с банковскую карту. Она подтверждает, что у вас есть разрешение на проживание в Норвегии. Полиция заказывает карту для вас.
card-not-id = Карта не является документом, удостоверяющим личность. Когда вы путешествуете, берите с собой и паспорт, и карту.

## Notice shown when a saved answer could not be used

notice-answers-lost-title = Пожалуйста, ответьте на вопросы ещё раз
notice-answers-lost-body = Мы не смогли использовать ваши прежние ответы. Они были сохранены слишком давно, или их не удалось прочитать. Это никак не влияет на ваше заявление.

## Addresses of other websites (messages, so templates can use them)
## Each -url has a -language: empty ({ "" }) when the page is in the language of
## this file, otherwise which language it is in, such as "(in Norwegian)".

link-application-portal-url = { -application-portal-url }
link-application-portal-language = (на английском языке)
link-police-districts-url = { -police-districts-url }
link-police-districts-language = (на английском языке)
link-police-residence-cards-url = { -police-url }
link-police-residence-cards-language = (на английском языке)
link-uutilsynet-url = { -uutilsynet-url }
link-uutilsynet-language = (на норвежском языке)

## The official pages the guide's rules come from: name, address, language
## (as above). Link to the page in this language where UDI or the police have
## one; otherwise to the English page (or the Norwegian one) and say so.
## No Russian version of these pages was found: they link to the English pages
## (or to the Norwegian ones, where UDI or the police have no English page).
## Pages only in English or Norwegian: the Russian name, then the page's own
## title («оригинальное название»), so that the reader can recognise the page.

source-udi-residence-card-name = UDI: Как получить карту с разрешением на проживание, если вы подали заявление 16 апреля 2021 года или позже (оригинальное название: «How to get a residence card if you applied on 16 April 2021 or later»)
source-udi-residence-card-url = https://www.udi.no/en/received-an-answer/application-approved/protection-asylum/protection-asylum-in-norway/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-residence-card-language = (на английском языке)
source-udi-before-cutoff-name = UDI: Как получить карту с разрешением на проживание (защита, заявление подано до 16 апреля 2021 года; оригинальное название: «How to obtain a residence card»)
source-udi-before-cutoff-url = https://udi.no/en/received-an-answer/protection-asylum/you-have-been-granted-protection-asylum-in-norway/how-to-obtain-a-residence-card
source-udi-before-cutoff-language = (на английском языке)
source-udi-other-permits-name = UDI: Как получить карту с разрешением на проживание, если вы подали заявление 16 апреля 2021 года или позже (версия для разрешений на учёбу; оригинальное название: «How to get a residence card if you applied on 16 April 2021 or later»)
source-udi-other-permits-url = https://www.udi.no/en/received-an-answer/student-permit/your-application-for-a-study-permit-has-been-granted/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-other-permits-language = (на английском языке)
source-udi-collective-answer-name = UDI: Если вы отвечаете требованиям для коллективной защиты, вы получаете ответ (оригинальное название: «If you meet the requirements for collective protection – you receive an answer»)
source-udi-collective-answer-url = https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/protection-asylum-in-norway/if-you-meet-the-requirements-for-collective-protection/you-receive-an-answer/
source-udi-collective-answer-language = (на английском языке)
source-udi-collective-extension-name = UDI: У меня статус коллективной защиты, но срок моего разрешения скоро истекает. Нужно ли мне что-то делать? (оригинальное название: «I have collective protection status, but my permit is expiring soon. Is there anything I need to do?»)
source-udi-collective-extension-url = https://www.udi.no/en/information-ukraine-and-russia/ukraine/i-want-to-extend-my-stay-in-norway/i-have-collective-protection-status-but-my-permit-is-expiring-soon.-is-there-anything-i-need-to-do
source-udi-collective-extension-language = (на английском языке)
source-udi-family-immigration-name = UDI: Получено разрешение на семейную иммиграцию (оригинальное название: «Have been granted a family immigration permit»)
source-udi-family-immigration-url = https://www.udi.no/en/received-an-answer/family-immigration/have-been-granted-a-family-immigration-permit/
source-udi-family-immigration-language = (на английском языке)
source-udi-resettlement-name = UDI: Беженцы по программе переселения — что делает полиция? (оригинальное название: «Resettlement refugees – what do the police do?»)
source-udi-resettlement-url = https://www.udi.no/en/word-definitions/resettlement-refugees/what-do-the-police-do/
source-udi-resettlement-language = (на английском языке)
source-udi-permanent-residence-name = UDI: Как получить карту с разрешением на проживание, если вы подали заявление 16 апреля 2021 года или позже (разрешение на постоянное проживание; оригинальное название: «How to get a residence card if you applied on 16 April 2021 or later»)
source-udi-permanent-residence-url = https://www.udi.no/en/received-an-answer/permanent-residence/have-been-granted-a-permanent-residence-permit/how-to-get-a-residence-card-if-you-applied-on-16-april-2021-or-later/
source-udi-permanent-residence-language = (на английском языке)
source-udi-must-i-book-name = UDI: Нужно ли мне снова записываться на приём после того, как я получил ответ на своё заявление? (оригинальное название: «Must I book a new appointment after having received an answer to my application?»)
source-udi-must-i-book-url = https://www.udi.no/en/word-definitions/booking-of-an-appointment/must-i-book-a-new-appointment-after-having-received-an-answer-to-my-application/
source-udi-must-i-book-language = (на английском языке)
source-udi-booking-name = UDI: Запись на приём (оригинальное название: «Booking of an appointment»)
source-udi-booking-url = https://udi.no/en/word-definitions/booking-of-an-appointment
source-udi-booking-language = (на английском языке)
source-udi-arriving-from-abroad-name = UDI: Как получить карту с разрешением на проживание (семейная иммиграция, заявление подано до 16 апреля 2021 года; оригинальное название: «How to get a residence card»)
source-udi-arriving-from-abroad-url = https://www.udi.no/en/received-an-answer/family-immigration/have-been-granted-a-family-immigration-permit/slik-skaffer-du-deg-oppholdskort/
source-udi-arriving-from-abroad-language = (на английском языке)
source-udi-travel-abroad-name = UDI: Вы планируете поездку за границу? (оригинальное название: «Have you made plans to travel abroad?»)
source-udi-travel-abroad-url = https://udi.no/en/important-messages/have-you-made-plans-to-travel-abroad
source-udi-travel-abroad-language = (на английском языке)
source-udi-new-card-fee-name = UDI: Сбор за заказ новой карты с разрешением на проживание (оригинальное название: «Bestille nytt oppholdskort»)
source-udi-new-card-fee-url = https://www.udi.no/ord-og-begreper/gebyr/bestille-nytt-oppholdskort/
source-udi-new-card-fee-language = (на норвежском языке)
source-udi-eea-family-card-name = UDI: Карта с разрешением на проживание для членов семьи граждан ЕС/ЕЭЗ (оригинальное название: «Opphaldskort for familiemedlemmar av EU/EØS-borgarar»)
source-udi-eea-family-card-url = https://www.udi.no/nn/skal-sokje/familieinnvandring/opphaldskort-for-familiemedlemmar-av-eueos-borgarar/
source-udi-eea-family-card-language = (на норвежском языке)
source-police-residence-cards-name = Полиция: карта с разрешением на проживание (оригинальное название: «Residence card»)
source-police-residence-cards-url = { -police-url }
source-police-residence-cards-language = (на английском языке)
source-police-where-to-meet-name = Полиция: Куда прийти? (оригинальное название: «Hvor møter du opp?»)
source-police-where-to-meet-url = https://www.politiet.no/tjenester/opphold-i-norge-og-asyl/hvor-moter-du-opp/
source-police-where-to-meet-language = (на норвежском языке)
