## about.html

about-title = ብዛዕባ እዚ መምርሒ
about-intro = እዚ መምርሒ ኣብ ኖርወይ መንበሪ ፍቓድ ዝተዋህቦም ሰባት፣ ካርድ መንበሪ ፍቓዶም ብኸመይ ከም ዝረኽቡ ንኽፈልጡ ይሕግዝ።
about-covers-heading = እዚ መምርሒ ንመን እዩ
about-covers-protection = ንመጀመርታ ግዜ ንሓለዋ (ዑቕባ) ዘመልከቱ ሰባት
about-covers-renewal = ንምሕዳስ መንበሪ ፍቓዶም ዘመልከቱ ሰባት
about-covers-derived = ብመገዲ ስድራ ንዝወሃብ ደረጃ ስደተኛ ዘመልከቱ ሰባት
about-covers-before = ቅድሚ 16 ሚያዝያ 2021 ዘመልከቱ ሰባት
about-not-covered = ንካልእ ምልክታታት፣ ደጊምኩም ምስ ፖሊስ ክትራኸቡ ከም ዘለኩም ወይ ከም ዘየለኩም ኣብ ደብዳበ ውሳነ ተጻሒፉ ኣሎ። ዜጋታት ሃገራት ሕብረት ኤውሮጳ (EU) ከምኡ’ውን ቁጠባዊ ዞባ ኤውሮጳ (EEA) ካርድ መንበሪ ፍቓድ ኣይወሃቦምን።
about-rules-heading = እቲ መምርሒ ዝጥቀመሎም ሕግታት
about-rules-intro = እዚ ሰንጠረዥ ነፍሲ ወከፍ መገዲ ናይቲ መምርሒ የርኢ: መልስታት፣ ውጽኢትን ምኽንያቱን።
about-rules-caption = ኩሎም መገድታት ናይቲ መምርሒ
about-rules-answers = መልስታት
about-rules-result = ውጽኢት
about-rules-why = ስለምንታይ
about-sources-heading = ምንጭታት
about-sources-intro = እቶም ሕግታት ካብዞም ወግዓውያን ገጻት እዮም ተወሲዶም። እቲ መምርሒን ደብዳበ ውሳነኹምን ዝተፈላለየ ነገር እንተ በሉ፣ ነቲ ደብዳበ ተኸተሉ።
about-source-udi-after = UDI: ብ16 ሚያዝያ 2021 ወይ ድሕሪኡ እንተ ኣመልኪትኩም፣ ካርድ መንበሪ ፍቓድ ብኸመይ ትረኽቡ (ብእንግሊዝኛ)
about-source-udi-before = UDI: ቅድሚ 16 ሚያዝያ 2021 እንተ ኣመልኪትኩም፣ ካርድ መንበሪ ፍቓድ ብኸመይ ትረኽቡ (ብእንግሊዝኛ)
about-source-police = ፖሊስ: ካርድ መንበሪ ፍቓድ (ብእንግሊዝኛ)
-udi-url = https://www.udi.no/en/
about-source-udi-url = { -udi-url }

## What is counted (about.html)

about-counting-heading = እንታይ ከም እንቖጽር
about-counting = እቲ መምርሒ ይሕግዝ እንተ ኾይኑ ንምፍላጥ፣ ነፍሲ ወከፍ ገጽ፣ ነፍሲ ወከፍ መልስን ነፍሲ ወከፍ ውጽኢትን ክንደይ ግዜ ከም ዝተራእየ ንቖጽር። ከምኡ’ውን ነቲ «እዚ መምርሒ ሓጊዙኹም ድዩ?» ዝብል ሕቶ ክንደይ ሰባት «እወ» ወይ «ኣይፋል» ከም ዝመለሱ ንቖጽር። ንነፍሲ ወከፍ ቋንቋ፣ ሕቶን ውጽኢትን ጠቕላላ ቁጽሪ ጥራይ ኢና እንቖጽር። መልስታትኩም፣ IP ኣድራሻኹም፣ ወይ መን ምዃንኩም ከፍልጥ ዝኽእል ካልእ ነገር ኣይንዕቅብን።
