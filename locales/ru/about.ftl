## about.html

about-title = Об этом путеводителе
about-intro = Этот путеводитель помогает людям, получившим разрешение на проживание в Норвегии, узнать, как получить карту с разрешением на проживание.
about-covers-heading = Для кого этот путеводитель
about-covers-protection = люди, которые впервые подали заявление о защите (убежище)
about-covers-resettlement = беженцы по программе переселения (квотные беженцы)
about-covers-collective = люди, получившие коллективную защиту (это люди, бежавшие от войны в Украине), с первым разрешением или с продлённым
about-covers-renewal = люди, которые сами подали заявление о продлении своего разрешения на проживание
about-covers-permanent = люди, получившие разрешение на постоянное проживание
about-covers-derived = люди, которые подали заявление о производном статусе беженца
about-covers-other-permit = люди, получившие первое разрешение на семейную иммиграцию, работу, учёбу или по другой причине, из Норвегии или из-за границы
about-covers-proxy = люди, чьё заявление сдал другой человек по доверенности
about-covers-before = люди, которые подали заявление до 16 апреля 2021 года
about-not-covered = О других заявлениях, например по правилам Brexit или от членов семей граждан ЕС/ЕЭЗ: в письме с решением сказано, нужно ли вам прийти в полицию. Граждане ЕС и ЕЭЗ не получают карту с разрешением на проживание.
about-rules-heading = Правила, по которым работает путеводитель
about-rules-intro = В этой таблице показаны все пути через путеводитель: ответы, результат и причина.
about-rules-caption = Все пути через путеводитель
about-rules-answers = Ответы
about-rules-result = Результат
about-rules-why = Почему
about-sources-heading = Источники
about-sources-intro = Правила взяты с этих официальных страниц. Если в путеводителе и в письме с решением написано разное, следуйте письму.
# After the name of a page that the sources name without its address.
about-source-no-address = (в источниках нет адреса этой страницы: найдите её название на udi.no)

## Who runs the guide (about.html). $operator: the organisation's name (a setting).

about-operator-heading = Кто управляет этим путеводителем
about-operator = Этим путеводителем управляет { $operator }. Вашим заявлением и вашей картой с разрешением на проживание занимаются UDI и полиция.
about-operator-contact = Связаться с организацией { $operator } по поводу путеводителя

## What is counted and logged (about.html)

about-counting-heading = Что мы считаем
about-counting = Чтобы понять, помогает ли путеводитель, мы считаем, сколько раз показывается каждая страница, каждый ответ и каждый результат, и сколько людей отвечают «да» или «нет» на вопрос «Помог ли вам этот путеводитель?». Мы считаем только общие количества для каждого языка, вопроса и результата.
about-stored-heading = Что о вас хранится
about-stored = Сам путеводитель не хранит ничего, по чему можно установить вашу личность. Ваши ответы хранятся только в вашем браузере, в зашифрованном файле cookie, который удаляется, когда вы закрываете браузер. Собственные журналы путеводителя не содержат ваших ответов, вашего IP-адреса или адресов страниц, которые вы посещаете.
about-logged = Серверы, которые передают ваше посещение путеводителю, могут записывать в журналы техническую информацию, например ваш IP-адрес и время вашего посещения. Что записывается в журналы и как долго хранятся эти записи, решает { $operator }.
about-privacy-notice = Прочитайте политику конфиденциальности организации { $operator }
# When the operator has not given an address for a privacy notice.
about-privacy-ask = Спросите у организации { $operator }, что записывается в журналы и как долго хранятся эти записи.

## How fresh the guide is (about.html, under the sources). The people who run
## the guide read each source page against it; the date is the day of the
## review longest ago. $day and $year are numbers, $month one of the
## date-month-… messages below.

about-sources-checked = Путеводитель сверен с каждой из этих страниц { $day } { $month } { $year } года или позже.
# Until every source page has been read against the guide at least once.
about-sources-not-checked = Путеводитель ещё не сверен со всеми этими страницами.

## A month's name as it stands in a date, after the day (about-sources-checked).

date-month-1 = января
date-month-2 = февраля
date-month-3 = марта
date-month-4 = апреля
date-month-5 = мая
date-month-6 = июня
date-month-7 = июля
date-month-8 = августа
date-month-9 = сентября
date-month-10 = октября
date-month-11 = ноября
date-month-12 = декабря
