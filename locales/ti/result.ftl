## result.html

result-why-heading = ስለምንታይ
result-next-heading = ክትገብርዎ ዘለኩም
result-answers-heading = መልስታትኩም
result-change = ቀይሩ
result-print-hint = ነዚ ገጽ ክትሕትምዎ ወይ ከም PDF ክትዕቅብዎ ትኽእሉ ኢኹም።

## One heading for each outcome

outcome-police-will-contact-you-title = ፖሊስ ክሳብ ዝራኸቡኹም ተጸበዩ
outcome-card-by-mail-title = ቆጸራ ክትሕዙ ኣየድልየኩምን። ካርድ መንበሪ ፍቓድኩም ብፖስታ ክመጸኩም እዩ
outcome-book-in-application-portal-title = ኣብ { -application-portal } ምስ ፖሊስ ቆጸራ ክትሕዙ ኣለኩም
outcome-book-by-phone-title = ብተሌፎን ምስ ፖሊስ ቆጸራ ክትሕዙ ኣለኩም
outcome-see-decision-letter-title = ደብዳበ ውሳነኹም ኣንብቡ

## Why: one sentence for each reason

reason-first-time-protection = ንመጀመርታ ግዜ ንሓለዋ (ዑቕባ) ኢኹም ኣመልኪትኩም። ምስ ፖሊስ ክትራኸቡ ኣለኩም፣ ግን ነቲ ቆጸራ ባዕልኹም ኣይትሕዝዎን።
reason-no-expired-document = ንምሕዳስ ወይ ብመገዲ ስድራ ንዝወሃብ ደረጃ ስደተኛ ኣመልኪትኩም፣ ግዚኡ ዝሓለፈ ናይ ኖርወይ ፓስፖርት ወጻእተኛ ወይ ሰነድ መገሻ ንስደተኛታት ድማ የብልኩምን።
reason-document-handed-in = ምስ ኣመልከትኩም ነቲ ግዚኡ ዝሓለፈ ሰነድ መገሻኹም ንፖሊስ ኣረኪብኩምዎ ኢኹም።
reason-first-travel-document = ብመገዲ ስድራ ንዝወሃብ ደረጃ ስደተኛ ኣመልኪትኩም፣ ንመጀመርታ ግዜ ድማ ናይ ኖርወይ ሰነድ መገሻ ክወሃበኩም እዩ።
reason-expired-document-not-handed-in = ግዚኡ ዝሓለፈ ናይ ኖርወይ ፓስፖርት ወጻእተኛ ወይ ሰነድ መገሻ ንስደተኛታት ኣሎኩም፣ ምስ ኣመልከትኩም ድማ ንፖሊስ ኣየረከብኩምዎን።
reason-applied-before-cutoff = ቅድሚ 16 ሚያዝያ 2021 ኢኹም ኣመልኪትኩም። ቅድሚ እዚ ዕለት እዚ ዘመልከተ ኩሉ ሰብ ምስ ፖሊስ ቆጸራ ክሕዝ ኣለዎ።
reason-not-covered-by-guide = እዚ መምርሒ ንመጀመርታ ግዜ ንሓለዋ (ዑቕባ)፣ ንምሕዳስ፣ ወይ ብመገዲ ስድራ ንዝወሃብ ደረጃ ስደተኛ ዘመልከቱ ሰባት ጥራይ እዩ።

## What to do: police will contact you

police-contact-wait = ፖሊስ ክራኸቡኹምን ናይ ቆጸራ ግዜ ክህቡኹምን እዮም።
police-contact-do-not-book = ባዕልኹም ቆጸራ ኣይትሓዙ።
police-contact-meet = ካርድ መንበሪ ፍቓድኩም ንምርካብ ናብቲ ቆጸራ ክትከዱ ኣለኩም።

## What to do: card by mail

mail-do-not-book = ቆጸራ ኣይትሓዙ። ፖሊስ ነቲ ካርድ መንበሪ ፍቓድ ብፖስታ ክሰዱልኩም እዮም።
mail-receive-heading = እቲ ካርድ ንኽበጽሓኩም እንታይ ትገብሩ
mail-name-on-mailbox = ስምኩም ኣብ ሳንዱቕ ፖስታኹም ጸሓፉ። ምሳኹም ዝነብሩ ኣባላት ስድራ እንተለዉ፣ ኣስማቶም እውን ጸሓፉ።
mail-register-posten = ኣብ Posten (ኣገልግሎት ፖስታ ኖርወይ) እንተ ዘይተመዝጊብኩም፣ ከም ሓድሽ ተቐባሊ ፖስታ («ny postmottaker») ተመዝገቡ። ናይ Posten ቅጥዒ መሊእኩም ናብ ቤት ጽሕፈት ፖስታ ወይ ናብ Post i Butikk ውሰድዎ። መንነትኩም ዘረጋግጽ ሰነድ ሓዙ።
mail-check-address = ኣብ Posten እንተ ተመዝጊብኩም፣ ብBankID ወይ ብMinID ኣቲኹም፣ Posten ትኽክለኛ ኣድራሻኹም ከም ዘለዎ ኣረጋግጹ።
mail-moving = እቲ ካርድ ቅድሚ ምምጻኡ ገዛ እንተ ቐየርኩም፣ ንፖሊስ ሓብሩ።
mail-travel = ነቲ ካርድ ቅድሚ ምቕባልኩም፣ ካብ ኖርወይ ወጻኢ መገሻ ኣይትውጠኑ።
mail-wait-heading = እቲ ካርድ እንተ ዘይመጺኡ
# $days: working days (a number).
mail-delivery-time = እቲ ካርድ ንኽበጽሕ ክሳብ ኣስታት { $days ->
        [one] { $days } መዓልቲ ስራሕ
       *[other] { $days } መዓልታት ስራሕ
    } ክወስድ ይኽእል እዩ።
mail-returned = ፖስታ ነቲ ካርድ ከብጽሖ እንተ ዘይከኣለ፣ ናብ ፖሊስ ይምለስ። እዚ ኣስታት { $days ->
        [one] { $days } መዓልቲ ስራሕ
       *[other] { $days } መዓልታት ስራሕ
    } ይወስድ። ድሕሪኡ ፖሊስ ብተሌፎን ወይ ብኢመይል ክራኸቡኹም እዮም።
mail-not-arrived = እቲ ካርድ እንተ ዘይመጺኡ፣ ዝኾነ ሰብ እውን እንተ ዘይተራኸበኩም፣ ነቲ ዘመልከትኩምሉ ዞባ ፖሊስ ተወከሱ።

## What to do: book an appointment

book-portal-why = ምልክታኹም ኣብ { -application-portal } ስለ ዘመዝገብኩምዎ፣ ቆጸራ ኣብኡ ትሕዙ።
book-portal-step-login = ናብ { -application-portal } እተዉ
book-portal-step-book = ምስ ፖሊስ ንዝኸውን ቆጸራ ግዜ ምረጹ።
book-phone-why = ምስ ኣመልከትኩም ነቲ { -application-portal } ስለ ዘይተጠቐምኩምሉ፣ ቆጸራ ንምሓዝ ናብ ናይ ከባቢኹም ዞባ ፖሊስ ክትድውሉ ኣለኩም።
book-phone-step-find = ዞባ ፖሊስኩም ኣብ መርበብ ሓበሬታ ፖሊስ ድለዩ
book-phone-step-call = ናብ ዞባ ፖሊስ ደውሉ፣ ቆጸራ ድማ ሓዙ።
book-phone-not-udi = { -udi } ቆጸራ ክሕዘልኩም ኣይክእልን እዩ። ቆጸራ ንምሓዝ ናብ { -udi } ኣይትደውሉ።
book-step-meet = ናብቲ ቆጸራ ኪዱ። ፖሊስ ስእልኹምን ኣሻራ ኣጻብዕትኹምን ክወስዱ እዮም።
book-under-18 = ዕድሜኹም ትሕቲ 18 ዓመት እንተ ኾይኑ፣ ሓደ ካብ ወለድኹም ወይ ሞግዚትኩም ምሳኹም ክመጽእ ኣለዎ።
book-after = ድሕሪኡ ፖሊስ ካርድ መንበሪ ፍቓድኩም ይእዝዙ።

## What to do: other applications

letter-read = ካርድ መንበሪ ፍቓድ ንምርካብ ደጊምኩም ምስ ፖሊስ ክትራኸቡ ከም ዘለኩም ወይ ከም ዘየለኩም፣ ኣብ ደብዳበ ውሳነ ምልክታኹም ተጻሒፉ ኣሎ።
letter-examples = ንኣብነት፣ ካብ ወጻኢ ኖርወይ እንተ ኣመልኪትኩም፣ ውክልና ዘለዎ ሰብ ብስምኩም እንተ ኣመልኪቱ፣ ወይ ኣስራሒኹም ብኢንተርነት ብስምኩም እንተ ኣመልኪቱ፣ ቆጸራ ክትሕዙ ከድልየኩም ይኽእል እዩ።
letter-start-again = ብጌጋ «ካልእ» እንተ መሪጽኩም፣ ኣብ ታሕቲ መልስኹም ክትቅይሩ ትኽእሉ ኢኹም።

## Feedback at the end of the result page

feedback-question = እዚ መምርሒ ሓጊዙኹም ድዩ?
feedback-yes = እወ
feedback-no = ኣይፋል
feedback-thanks = ነመስግነኩም። መልስኹም ነቲ መምርሒ ንምምሕያሽ ይሕግዘና።
feedback-privacy = ክንደይ ሰባት «እወ» ከም ዝብሉን ክንደይ ሰባት «ኣይፋል» ከም ዝብሉን ጥራይ ኢና እንቖጽር። ብዛዕባኹም ዋላ ሓደ ነገር ኣይንዕቅብን።
