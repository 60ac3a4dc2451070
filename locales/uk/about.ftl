## about.html

about-title = Про цей путівник
about-intro = Цей путівник допомагає людям, які отримали дозвіл на проживання в Норвегії, дізнатися, як отримати посвідку на проживання.
about-covers-heading = Для кого цей путівник
about-covers-protection = люди, які вперше подали заявку на захист (притулок)
about-covers-resettlement = біженці за програмою переселення (квотні біженці)
about-covers-collective = люди, які отримали колективний захист (це люди, які рятувалися від війни в Україні), з першим дозволом або з продовженим дозволом
about-covers-renewal = люди, які подали заявку на продовження дозволу на проживання
about-covers-permanent = люди, які отримали постійний дозвіл на проживання
about-covers-derived = люди, які подали заявку на похідний статус біженця
about-covers-other-permit = люди, які отримали перший дозвіл для сімейної імміграції, роботи, навчання або з іншої причини і подавали заявку в Норвегії або з-за кордону
about-covers-proxy = люди, чию заявку подала інша особа за довіреністю
about-covers-before = люди, які подали заявку до 16 квітня 2021 року
about-not-covered = Щодо інших заявок, наприклад за правилами Brexit або від членів сімей громадян ЄС/ЄЕЗ: у листі з рішенням сказано, чи потрібно вам прийти до поліції. Громадяни ЄС та ЄЕЗ не отримують посвідки на проживання.
about-rules-heading = Правила, за якими працює путівник
about-rules-intro = У цій таблиці показано всі шляхи через путівник: відповіді, результат і причину.
about-rules-caption = Усі шляхи через путівник
about-rules-answers = Відповіді
about-rules-result = Результат
about-rules-why = Чому
about-sources-heading = Джерела
about-sources-intro = Правила взято з цих офіційних сторінок. Якщо в путівнику і в листі з рішенням щодо вашої заявки написано різне, дотримуйтеся листа.
# After the name of a page that the sources name without its address.
about-source-no-address = (у джерелах немає адреси цієї сторінки: пошукайте її назву на udi.no)

## Who runs the guide (about.html). $operator: the organisation's name (a setting).

about-operator-heading = Хто керує цим путівником
about-operator = Цим путівником керує { $operator }. Вашою заявкою і вашою посвідкою на проживання займаються { -udi } і поліція.
about-operator-contact = Зв’язатися з { $operator } щодо путівника

## What is counted and logged (about.html)

about-counting-heading = Що ми рахуємо
about-counting = Щоб зрозуміти, чи допомагає путівник, ми рахуємо, скільки разів показано кожну сторінку, кожну відповідь і кожен результат. Ми також рахуємо, скільки людей відповідають «так» або «ні» на запитання «Чи допоміг вам цей путівник?». Ми рахуємо лише загальні числа для кожної мови, кожного запитання і кожного результату.
about-stored-heading = Що про вас зберігається
about-stored = Сам путівник не зберігає нічого, за чим можна встановити вашу особу. Ваші відповіді зберігаються лише у вашому браузері, у файлі cookie, який зашифровано і який видаляється, коли ви закриваєте браузер. Власні журнали путівника не містять ваших відповідей, вашої IP-адреси чи адрес сторінок, які ви відкриваєте.
about-logged = Сервери, які передають ваш візит до путівника, можуть записувати в журнали технічну інформацію, наприклад вашу IP-адресу і час вашого візиту. Що записується в журнали і як довго ці записи зберігаються, вирішує { $operator }.
about-privacy-notice = Прочитайте повідомлення про конфіденційність від { $operator }
# When the operator has not given an address for a privacy notice.
about-privacy-ask = Запитайте в { $operator }, що записується в журнали і як довго ці записи зберігаються.

## How fresh the guide is (about.html, under the sources). The people who run
## the guide read each source page against it; the date is the day of the
## review longest ago. $day and $year are numbers, $month one of the
## date-month-… messages below.

about-sources-checked = Путівник звірено з кожною з цих сторінок { $day } { $month } { $year } року або пізніше.
# Until every source page has been read against the guide at least once.
about-sources-not-checked = Путівник ще не звірено з усіма цими сторінками.

## A month's name as it stands in a date, after the day (about-sources-checked).

date-month-1 = січня
date-month-2 = лютого
date-month-3 = березня
date-month-4 = квітня
date-month-5 = травня
date-month-6 = червня
date-month-7 = липня
date-month-8 = серпня
date-month-9 = вересня
date-month-10 = жовтня
date-month-11 = листопада
date-month-12 = грудня
