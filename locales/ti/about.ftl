## about.html

about-title = ብዛዕባ እዚ መምርሒ
about-intro = እዚ መምርሒ ኣብ ኖርወይ መንበሪ ፍቓድ ዝተዋህቦም ሰባት፣ ካርድ መንበሪ ፍቓዶም ብኸመይ ከም ዝረኽቡ ንኽፈልጡ ይሕግዝ።
about-covers-heading = እዚ መምርሒ ንመን እዩ
about-covers-protection = ንመጀመርታ ግዜ ንሓለዋ (ዑቕባ) ዘመልከቱ ሰባት
about-covers-resettlement = ብዳግመ-ምስፋር ዝመጹ ስደተኛታት (ናይ ብጽሒት ስደተኛታት)
about-covers-collective = ሓባራዊ ሓለዋ ዝተዋህቦም ሰባት (ካብ ኲናት ዩክሬን ዝሃደሙ ሰባት)፣ ቀዳማይ ፍቓድ ይኹን ዝተናውሐ ፍቓድ
about-covers-renewal = ንምሕዳስ መንበሪ ፍቓዶም ዘመልከቱ ሰባት
about-covers-permanent = ቀዋሚ መንበሪ ፍቓድ ዝተዋህቦም ሰባት
about-covers-derived = ብመገዲ ስድራ ንዝወሃብ ደረጃ ስደተኛ ዘመልከቱ ሰባት
about-covers-other-permit = ካብ ኖርወይ ይኹን ካብ ወጻኢ ሃገር ኣመልኪቶም፣ ብምኽንያት ስድራ፣ ስራሕ፣ ትምህርቲ ወይ ካልእ ምኽንያት ቀዳማይ ፍቓድ ዝተዋህቦም ሰባት
about-covers-proxy = ካልእ ሰብ ብውክልና ምልክታኦም ዘቕረበሎም ሰባት
about-covers-before = ቅድሚ 16 ኤፕሪል 2021 (ብግእዝ ዘይኮነ፡ ብፈረንጂ ዓውደ-ኣዋርሕ) ዘመልከቱ ሰባት
about-not-covered = ንካልእ ምልክታታት፣ ከም ብመሰረት ሕግታት ብሬክዚት (Brexit) ዝቐረቡ ወይ ካብ ኣባላት ስድራ ዜጋታት EU/EEA ዝቐረቡ፣ ምስ ፖሊስ ክትራኸቡ ከም ዘለኩም ወይ ከም ዘየለኩም ኣብ ደብዳበ ውሳነ ተጻሒፉ ኣሎ። ዜጋታት ሃገራት ሕብረት ኤውሮጳ (EU) ከምኡ’ውን ቁጠባዊ ዞባ ኤውሮጳ (EEA) ካርድ መንበሪ ፍቓድ ኣይወሃቦምን።
about-rules-heading = እቲ መምርሒ ዝጥቀመሎም ሕግታት
about-rules-intro = እዚ ሰንጠረዥ ነፍሲ ወከፍ መገዲ ናይቲ መምርሒ የርኢ: መልስታት፣ ውጽኢትን ምኽንያቱን።
about-rules-caption = ኩሎም መገድታት ናይቲ መምርሒ
about-rules-answers = መልስታት
about-rules-result = ውጽኢት
about-rules-why = ስለምንታይ
about-sources-heading = ምንጭታት
about-sources-intro = እቶም ሕግታት ካብዞም ወግዓውያን ገጻት እዮም ተወሲዶም። እቲ መምርሒን ደብዳበ ውሳነኹምን ዝተፈላለየ ነገር እንተ በሉ፣ ነቲ ደብዳበ ተኸተሉ።
# After the name of a page that the sources name without its address.
about-source-no-address = (እቶም ምንጭታት ኣድራሻኡ ኣይህቡን: ነቲ ብእንግሊዝኛ ዘሎ ስሙ ኣብ udi.no ድለይዎ)

## Who runs the guide (about.html). $operator: the organisation's name (a setting).

about-operator-heading = ነዚ መምርሒ ዘመሓድሮ መን እዩ
about-operator = ነዚ መምርሒ ዘመሓድሮ { $operator } እዩ። ምልክታኹምን ካርድ መንበሪ ፍቓድኩምን ዝከታተሉ UDI ከምኡ’ውን ፖሊስ እዮም።
about-operator-contact = ብዛዕባ እዚ መምርሒ ምስ { $operator } ርክብ ግበሩ

## What is counted and logged (about.html)

about-counting-heading = እንታይ ከም እንቖጽር
about-counting = እቲ መምርሒ ይሕግዝ እንተ ኾይኑ ንምፍላጥ፣ ነፍሲ ወከፍ ገጽ፣ ነፍሲ ወከፍ መልስን ነፍሲ ወከፍ ውጽኢትን ክንደይ ግዜ ከም ዝተራእየ ንቖጽር። ከምኡ’ውን ነቲ «እዚ መምርሒ ሓጊዙኹም ድዩ?» ዝብል ሕቶ ክንደይ ሰባት «እወ» ወይ «ኣይፋል» ከም ዝመለሱ ንቖጽር። ንነፍሲ ወከፍ ቋንቋ፣ ሕቶን ውጽኢትን ጠቕላላ ቁጽሪ ጥራይ ኢና እንቖጽር።
about-stored-heading = ብዛዕባኹም እንታይ ይዕቀብ
about-stored = እቲ መምርሒ ባዕሉ መን ምዃንኩም ከፍልጥ ዝኽእል ዋላ ሓደ ነገር ኣይዕቅብን። መልስታትኩም ኣብ ብራውዘርኩም ጥራይ እዮም ዝዕቀቡ፣ ኣብ ዝተመስጠረት ኩኪ (cookie)፣ ብራውዘር ምስ ዓጸኹም ድማ እታ ኩኪ ትድምሰስ። ናይቲ መምርሒ ናይ ባዕሉ መዝገባት (logs) መልስታትኩም፣ IP ኣድራሻኹም ወይ ኣድራሻታት ናይቶም እትበጽሕዎም ገጻት ኣይሕዙን።
about-logged = ነቲ ምብጻሕኩም ናብቲ መምርሒ ዘሕልፉ ሰርቨራት ቴክኒካዊ ሓበሬታ ክምዝግቡ ይኽእሉ እዮም፣ ንኣብነት IP ኣድራሻኹምን ዝበጻሕኩምሉ ግዜን። እንታይ ከም ዝምዝገብን ንኽንደይ ግዜ ከም ዝዕቀብን ዝውስን { $operator } እዩ።
about-privacy-notice = ናይ { $operator } መግለጺ ብሕትውና ኣንብቡ
# When the operator has not given an address for a privacy notice.
about-privacy-ask = እንታይ ከም ዝምዝገብን ንኽንደይ ግዜ ከም ዝዕቀብን ን{ $operator } ሕተቱ።

## How fresh the guide is (about.html, under the sources). The people who run
## the guide read each source page against it; the date is the day of the
## review longest ago. $day and $year are numbers, $month one of the
## date-month-… messages below.

about-sources-checked = እዚ መምርሒ ምስ ነፍሲ ወከፍ ካብዞም ገጻት ብ{ $day } { $month } { $year } (ብግእዝ ዘይኮነ፡ ብፈረንጂ ዓውደ-ኣዋርሕ) ወይ ድሕሪኡ ተነጻጺሩ እዩ።
# Until every source page has been read against the guide at least once.
about-sources-not-checked = እዚ መምርሒ ገና ምስ ኩሎም እዞም ገጻት ኣይተነጻጸረን።

## A month's name as it stands in a date, after the day (about-sources-checked).

date-month-1 = ጃንዋሪ
date-month-2 = ፌብሩዋሪ
date-month-3 = ማርች
date-month-4 = ኤፕሪል
date-month-5 = ሜይ
date-month-6 = ጁን
date-month-7 = ጁላይ
date-month-8 = ኦገስት
date-month-9 = ሴፕቴምበር
date-month-10 = ኦክቶበር
date-month-11 = ኖቬምበር
date-month-12 = ዲሴምበር
