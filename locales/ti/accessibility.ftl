## accessibility.html

a11y-title = መግለጺ ተበጻሕነት
a11y-intro = ኩሉ ሰብ ነዚ መምርሒ ክጥቀመሉ ክኽእል ንደሊ፣ ብኣንባቢ ስክሪን፣ ብኪቦርድ ጥራይ፣ ብዓበይቲ ፊደላት ወይ ብንእሽቶ ሞባይል እውን።
a11y-standard-heading = መለክዒ
a11y-standard = እዚ መምርሒ ንመምርሒታት ተበጻሕነት ትሕዝቶ መርበብ (WCAG) 2.1 ኣብ ደረጃ AA ንኸማልእ ተሰሪሑ ኣሎ። ሕጊ ኖርወይ ንህዝባዊ መርበባት ሓበሬታ እዚ ይሓትት። ብተወሳኺ ብመሰረት WCAG 2.2 ደረጃ AA ንፍትን ኢና።
a11y-testing-heading = ብኸመይ ንፍትን
a11y-testing-axe = እቲ መምርሒ ኣብ ዝቕየረሉ ግዜ ኩሉ፣ ነፍሲ ወከፍ ገጽ፣ ኣብ ኩሉ ኩነታቱን ኣብ ኩሉ ቋንቋታት ናይቲ መምርሒን፣ ብመሳርሒ axe-core ኣብ ሓቀኛ ብራውዘር ይፍተሽ።
a11y-testing-html = ናይ ነፍሲ ወከፍ ገጽ HTML ብNu HTML Checker ይፍተሽ።
a11y-testing-keyboard = ሓደ ምሉእ መገዲ ናይቲ መምርሒ ብኪቦርድ ጥራይ ይፍተን። ኩሉ መራኸቢ፣ መጠወቒን ኣማራጺ መልስን ድማ ኣብ ትኹረት ምስ ኣተወ ብንጹር ከም ዝርአ ይፍተሽ።
a11y-testing-layout = ገጻት ኣብ 320 ፒክሰል ስፍሓትን ኣብ 200 ሚእታዊት ምግፋሕን ይፍተሹ፣ ገጽ ናብ ጎኒ ምንቅስቓስ ከየድለየ።
a11y-testing-text = ብዘይ ቅዲ እውን ትርጉም ከም ዘለዎ ንምርግጋጽ፣ ነፍሲ ወከፍ ገጽ ጽሑፍ ጥራይ ኣብ ዘርኢ ብራውዘር ይንበብ።
a11y-design = እቲ መምርሒ JavaScript የብሉን፣ ኣብ ነፍሲ ወከፍ ገጽ ሓደ ሕቶ ጥራይ ይሓትት፣ ቅዲ ምስ ተዓጽወ እውን ይሰርሕ።
a11y-limits-heading = ዝፍለጡ ድረታት
a11y-limits-people = ገና ምስ ኣንባቢ ስክሪን ወይ ካልእ ሓጋዚ ቴክኖሎጂ መዓልታዊ ዝጥቀሙ ሰባት ነቲ መምርሒ ኣይፈተንናዮን።
a11y-limits-links = ናብኦም እንመርሖም መርበባት ሓበሬታ፣ ከም { -application-portal } ከምኡ’ውን መርበብ ሓበሬታ ፖሊስ፣ ኣብዚ መግለጺ እዚ ኣይሽፈኑን።
a11y-feedback-heading = ብዛዕባ ጸገም ንገሩና
# $operator: the organisation that runs the guide (a setting).
a11y-feedback = ነዚ መምርሒ ዘመሓድሮ { $operator } እዩ። ኣብዚ መምርሒ ዘይሰርሓልኩም ነገር እንተሎ፣ ኣየናይ ገጽ ምንባሩን እንታይ ከም ዘጋጠመን ን{ $operator } ንገሩ።
a11y-feedback-contact = ምስ { $operator } ርክብ ግበሩ
a11y-uutilsynet = ዘዕግበኩም መልሲ እንተ ዘይረኺብኩም፣ ብዛዕባ ጸገማት ህዝባዊ መርበባት ሓበሬታ ናብ በዓል ስልጣን ሓፈሻዊ ዲዛይን ቴክኖሎጂ ሓበሬታን ርክብን (Uutilsynet) ክትሕብሩ ትኽእሉ ኢኹም።
a11y-feedback-link = መርበብ ሓበሬታ Uutilsynet
a11y-updated = እዚ መግለጺ ናይ መወዳእታ ግዜ ብ24 ኖቬምበር 2026 (ብግእዝ ዘይኮነ፡ ብፈረንጂ ዓውደ-ኣዋርሕ) ተገምጊሙ።
