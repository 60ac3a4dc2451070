## question.html

question-continue = Продовжити
error-summary-title = Є проблема
# Read by screen readers before a field's error message.
error-prefix = Помилка:

## The questions. For each: title (the page heading and the question), hint,
## the error when nothing or something unknown is chosen, and a short label
## for the list of answers ("summary").

question-application-date-title = Коли ви подали заявку на цей дозвіл на проживання?
question-application-date-hint = Це дата, коли ви здали заявку, а не дата, коли ви отримали рішення.
question-application-date-error = Виберіть, коли ви подали заявку
question-application-date-summary = Дата подання заявки
option-application-date-on-or-after-cutoff = 16 квітня 2021 року або пізніше
option-application-date-before-cutoff = До 16 квітня 2021 року

question-application-type-title = На що ви подавали заявку?
question-application-type-hint = Виберіть заявку, за якою ви отримали дозвіл на проживання.
question-application-type-error = Виберіть, на що ви подавали заявку
question-application-type-summary = На що ви подавали заявку
option-application-type-protection-first-time = Захист (притулок) уперше
option-application-type-protection-first-time-hint = Ви подали заявку на притулок у поліції в Норвегії. Якщо ви рятувалися від війни в Україні, виберіть «Колективний захист».
option-application-type-resettlement-refugee = Біженець за програмою переселення (квотний біженець)
option-application-type-resettlement-refugee-hint = Вас відібрали у співпраці з УВКБ ООН (Агентством ООН у справах біженців), і ви приїхали до Норвегії як біженець.
option-application-type-collective-protection = Колективний захист
option-application-type-collective-protection-hint = Для людей, які рятувалися від війни в Україні.
option-application-type-renewal = Продовження мого дозволу на проживання за моєю власною заявкою (заявка на новий дозвіл того самого виду)
option-application-type-renewal-hint = Якщо у вас колективний захист, виберіть натомість «Колективний захист».
option-application-type-permanent-residence = Постійний дозвіл на проживання
option-application-type-derived-refugee-status = Похідний статус біженця
option-application-type-derived-refugee-status-hint = Ви член сім’ї людини, яка має статус біженця в Норвегії.
option-application-type-other-permit = Мій перший дозвіл для сімейної імміграції, роботи, навчання або з іншої причини
option-application-type-other-permit-hint = Наприклад, дозвіл на сімейну імміграцію, дозвіл на роботу або дозвіл на навчання.
option-application-type-other = Щось інше
option-application-type-other-hint = Наприклад, ви подали заявку за правилами Brexit або ви член сім’ї громадянина ЄС/ЄЕЗ.

question-collective-protection-permit-title = Це ваш перший дозвіл на проживання на підставі колективного захисту чи його продовжено?
question-collective-protection-permit-hint = Дозвіл на проживання на підставі колективного захисту видають щоразу на один рік. Його продовжують автоматично, без подання заявки. Якщо ваш дозвіл не продовжать, вам про це повідомлять.
question-collective-protection-permit-error = Виберіть, чи це ваш перший дозвіл, чи продовжений дозвіл
question-collective-protection-permit-summary = Дозвіл на підставі колективного захисту
option-collective-protection-permit-first = Мій перший дозвіл на підставі колективного захисту
option-collective-protection-permit-extended = Мій дозвіл продовжено

question-child-turned-six-title = Чи ця посвідка на проживання призначена для дитини, якій виповнилося 6 років після того, як було надано дозвіл?
question-child-turned-six-hint = Відповідайте «так», якщо дитині було 5 років або менше, коли було надано дозвіл, зараз їй 6 років або більше і відтоді вона не здавала відбитки пальців у поліції.
question-child-turned-six-error = Виберіть «так», якщо посвідка для дитини, якій виповнилося 6 років
question-child-turned-six-summary = Посвідка для дитини, якій виповнилося 6 років

question-applied-from-title = Де ви особисто здали свою заявку?
question-applied-from-hint = Це місце, куди ви прийшли особисто, щоб здати заявку, здати відбитки пальців і сфотографуватися. Заповнити або надіслати анкету онлайн — це не те саме, що здати заявку.
question-applied-from-error = Виберіть, де ви здали свою заявку
question-applied-from-summary = Де ви здали заявку
option-applied-from-norway = У поліції в Норвегії
option-applied-from-abroad = У посольстві або у візовому центрі за межами Норвегії

question-power-of-attorney-title = Чи подала вашу заявку за вас інша особа за довіреністю?
question-power-of-attorney-hint = Довіреність (норвезькою: fullmakt) — це письмовий документ, яким ви дозволяєте іншій особі діяти від вашого імені.
question-power-of-attorney-error = Виберіть «так», якщо вашу заявку подала інша особа за довіреністю
question-power-of-attorney-summary = Заявку подала інша особа за довіреністю
option-power-of-attorney-yes-hint = Наприклад, ваш роботодавець подав заявку за вас онлайн.

question-first-travel-document-title = Чи отримаєте ви норвезький проїзний документ уперше?
question-first-travel-document-hint = Відповідайте «так», якщо ви вперше отримуєте норвезький проїзний документ, наприклад проїзний документ для біженців.
question-first-travel-document-error = Виберіть «так», якщо ви вперше отримаєте норвезький проїзний документ
question-first-travel-document-summary = Перший норвезький проїзний документ

question-expired-travel-document-title = Чи є у вас норвезький паспорт іммігранта або проїзний документ для біженців, термін дії якого закінчився?
question-expired-travel-document-hint = Відповідайте «так», лише якщо документ видала Норвегія і він уже не дійсний.
question-expired-travel-document-error = Виберіть «так», якщо у вас є норвезький паспорт іммігранта або проїзний документ для біженців, термін дії якого закінчився
question-expired-travel-document-summary = Прострочений норвезький проїзний документ

question-handed-in-title = Чи віддали ви прострочений документ поліції, коли подавали заявку?
question-handed-in-hint = Відповідайте «ні», якщо прострочений документ досі у вас.
question-handed-in-error = Виберіть «так», якщо ви віддали прострочений документ поліції
question-handed-in-summary = Віддали прострочений документ поліції

question-application-portal-title = Чи було вашу заявку зареєстровано в { -application-portal }?
question-application-portal-hint = { -application-portal } (портал подання заявок; норвезькою: Søknadsportalen) — це вебсайт { -udi }, на якому заповнюють і надсилають заявки.
question-application-portal-error = Виберіть «так», якщо вашу заявку зареєстровано в { -application-portal }
question-application-portal-summary = Заявку зареєстровано в { -application-portal }

option-yes = Так
option-no = Ні
