## about.html

about-title = About this guide
about-intro = This guide helps people who have been granted a residence permit in Norway to find out how they get their residence card.
about-covers-heading = Who the guide is for
about-covers-protection = people who applied for protection (asylum) for the first time
about-covers-resettlement = resettlement refugees (quota refugees)
about-covers-collective = people granted collective protection (people who fled the war in Ukraine), with a first permit or an extended one
about-covers-renewal = people who applied for a renewal of their residence permit
about-covers-permanent = people granted permanent residence
about-covers-derived = people who applied for derived refugee status
about-covers-other-permit = people granted a first permit for family immigration, work, studies or another reason, from Norway or from abroad
about-covers-proxy = people whose application someone else handed in with a power of attorney
about-covers-before = people who applied before 16 April 2021
about-not-covered = For other applications, such as those under the Brexit rules or from family members of EU/EEA citizens, the letter with the decision says if you must meet the police. EU and EEA citizens do not get a residence card.
about-rules-heading = The rules the guide uses
about-rules-intro = This table shows every path through the guide: the answers, the result and why.
about-rules-caption = Every path through the guide
about-rules-answers = Answers
about-rules-result = Result
about-rules-why = Why
about-sources-heading = Sources
about-sources-intro = The rules come from these official pages. If the guide and your decision letter say different things, follow the letter.
# After the name of a page that the sources name without its address.
about-source-no-address = (the sources do not give its address: search for the name on udi.no)

## Who runs the guide (about.html). $operator: the organisation's name (a setting).

about-operator-heading = Who runs this guide
about-operator = This guide is run by { $operator }. Your application and your residence card are handled by UDI and the police.
about-operator-contact = Contact { $operator } about the guide

## What is counted and logged (about.html)

about-counting-heading = What we count
about-counting = To see whether the guide helps, we count how many times each page, each answer and each result is shown, and how many people answer yes or no to “Did this guide help you?”. We count only totals for each language, question and result.
about-stored-heading = What is stored about you
about-stored = The guide itself stores nothing that can identify you. Your answers are kept only in your browser, in a cookie that is encrypted and deleted when you close the browser. The guide’s own logs do not contain your answers, your IP address or the addresses of the pages you visit.
about-logged = The servers that pass your visit on to the guide can log technical information, such as your IP address and the time of your visit. { $operator } decides what is logged and for how long.
about-privacy-notice = Read { $operator }’s privacy notice
# When the operator has not given an address for a privacy notice.
about-privacy-ask = Ask { $operator } what is logged and for how long.

## How fresh the guide is (about.html, under the sources). The people who run
## the guide read each source page against it; the date is the day of the
## review longest ago. $day and $year are numbers, $month one of the
## date-month-… messages below.

about-sources-checked = The guide was checked against each of these pages on { $day } { $month } { $year } or later.
# Until every source page has been read against the guide at least once.
about-sources-not-checked = The guide has not yet been checked against all of these pages.

## A month's name as it stands in a date, after the day (about-sources-checked).

date-month-1 = January
date-month-2 = February
date-month-3 = March
date-month-4 = April
date-month-5 = May
date-month-6 = June
date-month-7 = July
date-month-8 = August
date-month-9 = September
date-month-10 = October
date-month-11 = November
date-month-12 = December
