## question.html

question-continue = Продолжить
error-summary-title = Есть проблема
# Read by screen readers before a field's error message.
error-prefix = Ошибка:

## The questions. For each: title (the page heading and the question), hint,
## the error when nothing or something unknown is chosen, and a short label
## for the list of answers ("summary").

question-application-date-title = Когда вы подали заявление на это разрешение на проживание?
question-application-date-hint = Это дата, когда вы сдали заявление, а не дата, когда вы получили решение.
question-application-date-error = Выберите, когда вы подали заявление
question-application-date-summary = Дата подачи заявления
option-application-date-on-or-after-cutoff = 16 апреля 2021 года или позже
option-application-date-before-cutoff = До 16 апреля 2021 года

question-application-type-title = О чём вы подавали заявление?
question-application-type-hint = Выберите заявление, по которому вы получили разрешение на проживание.
question-application-type-error = Выберите, о чём вы подавали заявление
question-application-type-summary = О чём вы подавали заявление
option-application-type-protection-first-time = Защита (убежище) впервые
option-application-type-protection-first-time-hint = Вы подали заявление об убежище в полиции в Норвегии. Если вы бежали от войны в Украине, выберите «Коллективная защита».
option-application-type-resettlement-refugee = Беженец по программе переселения (квотный беженец)
option-application-type-resettlement-refugee-hint = Вас отобрали при участии УВКБ ООН (Агентства ООН по делам беженцев), и вы приехали в Норвегию как беженец.
option-application-type-collective-protection = Коллективная защита
option-application-type-collective-protection-hint = Для людей, бежавших от войны в Украине.
option-application-type-renewal = Продление моего разрешения на проживание по моему собственному заявлению (заявление о новом разрешении того же вида)
option-application-type-renewal-hint = Если у вас коллективная защита, выберите вместо этого «Коллективная защита»: её продлевают автоматически, без заявления.
option-application-type-permanent-residence = Разрешение на постоянное проживание
option-application-type-derived-refugee-status = Производный статус беженца
option-application-type-derived-refugee-status-hint = Вы член семьи человека, у которого есть статус беженца в Норвегии.
option-application-type-other-permit = Моё первое разрешение на семейную иммиграцию, работу, учёбу или по другой причине
option-application-type-other-permit-hint = Например, разрешение на семейную иммиграцию, разрешение на работу или разрешение на учёбу.
option-application-type-other = Что-то другое
option-application-type-other-hint = Например, вы подали заявление по правилам Brexit или вы член семьи гражданина ЕС/ЕЭЗ.

question-collective-protection-permit-title = Это ваше первое разрешение на основании коллективной защиты, или его продлили?
question-collective-protection-permit-hint = Разрешение на основании коллективной защиты выдаётся каждый раз на один год. Его продлевают автоматически, без заявления. Если ваше разрешение не продлят, вам об этом сообщат.
question-collective-protection-permit-error = Выберите, первое ли это ваше разрешение или продлённое
question-collective-protection-permit-summary = Разрешение на основании коллективной защиты
option-collective-protection-permit-first = Моё первое разрешение на основании коллективной защиты
option-collective-protection-permit-extended = Моё разрешение продлено

question-child-turned-six-title = Эта карта с разрешением на проживание предназначена для ребёнка, которому исполнилось 6 лет после того, как было выдано разрешение?
question-child-turned-six-hint = Ответьте «да», если ребёнку было 5 лет или меньше, когда было выдано разрешение, сейчас ему 6 лет или больше и с тех пор он не сдавал отпечатки пальцев в полиции.
question-child-turned-six-error = Выберите «да», если карта для ребёнка, которому исполнилось 6 лет
question-child-turned-six-summary = Карта для ребёнка, которому исполнилось 6 лет

question-applied-from-title = Где вы лично сдали своё заявление?
question-applied-from-hint = Это место, куда вы пришли лично, чтобы сдать заявление, сдать отпечатки пальцев и сфотографироваться. Заполнить или отправить анкету онлайн — это не то же самое, что сдать заявление.
question-applied-from-error = Выберите, где вы сдали своё заявление
question-applied-from-summary = Где вы сдали заявление
option-applied-from-norway = В полиции в Норвегии
option-applied-from-abroad = В посольстве или в визовом центре за пределами Норвегии

question-power-of-attorney-title = Сдал ли ваше заявление за вас другой человек по доверенности?
question-power-of-attorney-hint = Доверенность (по-норвежски: fullmakt) — это письменное разрешение, которое позволяет другому человеку действовать от вашего имени.
question-power-of-attorney-error = Выберите «да», если ваше заявление сдал другой человек по доверенности
question-power-of-attorney-summary = Заявление сдал другой человек по доверенности
option-power-of-attorney-yes-hint = Например, ваш работодатель подал заявление за вас онлайн.

question-first-travel-document-title = Вы получите норвежский проездной документ впервые?
question-first-travel-document-hint = Ответьте «да», если вы впервые получаете норвежский проездной документ, например проездное удостоверение беженца.
question-first-travel-document-error = Выберите «да», если вы впервые получите норвежский проездной документ
question-first-travel-document-summary = Первый норвежский проездной документ

question-expired-travel-document-title = Есть ли у вас норвежский паспорт иностранца или проездное удостоверение беженца, срок действия которого истёк?
question-expired-travel-document-hint = Ответьте «да», только если документ выдала Норвегия и он больше не действителен.
question-expired-travel-document-error = Выберите «да», если у вас есть норвежский паспорт иностранца или проездное удостоверение беженца с истёкшим сроком действия
question-expired-travel-document-summary = Норвежский проездной документ с истёкшим сроком действия

question-handed-in-title = Вы отдали документ с истёкшим сроком действия в полицию, когда подавали заявление?
question-handed-in-hint = Ответьте «нет», если этот документ всё ещё у вас.
question-handed-in-error = Выберите «да», если вы отдали документ с истёкшим сроком действия в полицию
question-handed-in-summary = Отдали документ с истёкшим сроком действия в полицию

question-application-portal-title = Было ли ваше заявление зарегистрировано в { -application-portal }?
question-application-portal-hint = { -application-portal } (портал для подачи заявлений; по-норвежски: Søknadsportalen) — это сайт { -udi }, на котором заполняют и отправляют заявления.
question-application-portal-error = Выберите «да», если ваше заявление зарегистрировано в { -application-portal }
question-application-portal-summary = Заявление зарегистрировано в { -application-portal }

option-yes = Да
option-no = Нет
