## about.html

about-title = About this guide
about-intro = This guide helps people who have been granted a residence permit in Norway to find out how they get their residence card.
about-covers-heading = Who the guide is for
about-covers-protection = people who applied for protection (asylum) for the first time
about-covers-renewal = people who applied for a renewal of their residence permit
about-covers-derived = people who applied for derived refugee status
about-covers-before = people who applied before 16 April 2021
about-not-covered = For other applications, the letter with the decision says if you must meet the police again. EU and EEA citizens do not get a residence card.
about-rules-heading = The rules the guide uses
about-rules-intro = This table shows every path through the guide: the answers, the result and why.
about-rules-caption = Every path through the guide
about-rules-answers = Answers
about-rules-result = Result
about-rules-why = Why
about-sources-heading = Sources
about-sources-intro = The rules come from these official pages. If the guide and your decision letter say different things, follow the letter.
about-source-udi-after = UDI: How to get a residence card if you applied on 16 April 2021 or later
about-source-udi-before = UDI: How to get a residence card if you applied before 16 April 2021
about-source-police = The police: Residence cards
-udi-url = https://www.udi.no/en/
about-source-udi-url = { -udi-url }

## What is counted (about.html)

about-counting-heading = What we count
about-counting = To see whether the guide helps, we count how many times each page, each answer and each result is shown, and how many people answer yes or no to “Did this guide help you?”. We count only totals for each language, question and result. We do not store your answers, your IP address or anything else that can identify you.
