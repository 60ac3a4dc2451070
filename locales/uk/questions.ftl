## question.html

question-continue = Продовжити
error-summary-title = Є проблема
# Read by screen readers before a field's error message.
error-prefix = Помилка:

## The questions. For each: title (the page heading and the question), hint,
## the error when nothing or something unknown is chosen, and a short label
## for the list of answers ("summary").

question-application-date-title = Коли ви подали заявку на цей дозвіл на проживання?
question-application-date-hint = Дату можна знайти в квитанції або підтвердженні, яке ви отримали, коли подавали заявку.
question-application-date-error = Виберіть, коли ви подали заявку
question-application-date-summary = Дата подання заявки
option-application-date-on-or-after-cutoff = 16 квітня 2021 року або пізніше
option-application-date-before-cutoff = До 16 квітня 2021 року

question-application-type-title = На що ви подавали заявку?
question-application-type-hint = Виберіть заявку, за якою ви отримали дозвіл на проживання.
question-application-type-error = Виберіть, на що ви подавали заявку
question-application-type-summary = На що ви подавали заявку
option-application-type-protection-first-time = Захист (притулок) уперше
option-application-type-renewal = Продовження мого дозволу на проживання
option-application-type-derived-refugee-status = Похідний статус біженця
option-application-type-other = Щось інше

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

question-application-portal-title = Чи реєстрували ви свою заявку через Портал подання заявок?
question-application-portal-hint = { -application-portal } (англійською Application Portal) — це вебсайт { -udi }, на якому ви заповнюєте і надсилаєте заявку.
question-application-portal-error = Виберіть «так», якщо ви реєстрували заявку через Портал подання заявок
question-application-portal-summary = Реєстрували заявку через Портал подання заявок

option-yes = Так
option-no = Ні
