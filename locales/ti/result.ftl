## result.html

result-why-heading = ስለምንታይ
result-next-heading = ክትገብርዎ ዘለኩም
result-answers-heading = መልስታትኩም
result-change = ቀይሩ
result-print-hint = ነዚ ገጽ ክትሕትምዎ ወይ ከም PDF ክትዕቅብዎ ትኽእሉ ኢኹም።
# Before the link to the official page a reason comes from.
result-source = ምንጪ:

## One heading for each outcome

outcome-police-will-contact-you-title = ፖሊስ ክሳብ ዝራኸቡኹም ተጸበዩ
outcome-wait-for-letter-title = ባዕልኹም ቆጸራ ኣይትሓዙ። እንታይ ክትገብሩ ከም ዘለኩም ክንገረኩም እዩ
outcome-card-by-mail-title = ቆጸራ ክትሕዙ ኣየድልየኩምን። ካርድ መንበሪ ፍቓድኩም ብፖስታ ክመጸኩም እዩ
outcome-book-in-application-portal-title = ኣብ { -application-portal } ምስ ፖሊስ ቆጸራ ክትሕዙ ኣለኩም
outcome-book-by-phone-title = ብተሌፎን ምስ ፖሊስ ቆጸራ ክትሕዙ ኣለኩም
outcome-see-decision-letter-title = ደብዳበ ውሳነኹም ኣንብቡ

## Why: one sentence for each reason

reason-first-time-protection = ንመጀመርታ ግዜ ንሓለዋ (ዑቕባ) ኢኹም ኣመልኪትኩም። ምስ ፖሊስ ክትራኸቡ ኣለኩም፣ ግን ነቲ ቆጸራ ባዕልኹም ክትሕዝዎ ኣየድልየኩምን።
reason-collective-protection-first-permit = ንመጀመርታ ግዜ ሓባራዊ ሓለዋ ተዋሂቡኩም ኣሎ። ገሊኦም ሰባት ንካርድ ዝኸውን ስእሎምን ኣሻራ ኣጻብዕቶምን ንኽውሰድ ምስ ፖሊስ ክራኸቡ ኣለዎም። ካልኦት ንሓለዋ ምስ ኣመልከቱ ሂቦምዎም እዮም፣ ደጊሞም ክኸዱ ድማ ኣየድልዮምን።
reason-child-turned-six = ፍቓድ ሓባራዊ ሓለዋኹም ተናዊሑ እዩ፣ እቲ ካርድ ድማ እቲ ፍቓድ ንመጀመርታ ካብ ዝተዋህበሉ ግዜ ንደሓር 6 ዓመት ንዝመልአ ቆልዓ እዩ። እቲ ቆልዓ ኣሻራ ኣጻብዕቲ ንምሃብ ናብ ፖሊስ ክኸይድ ኣለዎ።
reason-no-expired-document = ግዚኡ ዝሓለፈ ናይ ኖርወይ ፓስፖርት ወጻእተኛ ወይ ሰነድ መገሻ ንስደተኛታት የብልኩምን።
reason-document-handed-in = ምስ ኣመልከትኩም ነቲ ግዚኡ ዝሓለፈ ሰነድ መገሻኹም ንፖሊስ ኣረኪብኩምዎ ኢኹም።
reason-first-travel-document = ብመገዲ ስድራ ንዝወሃብ ደረጃ ስደተኛ ኣመልኪትኩም፣ ንመጀመርታ ግዜ ድማ ናይ ኖርወይ ሰነድ መገሻ ክወሃበኩም እዩ።
reason-collective-protection-extended = ፍቓድ ሓባራዊ ሓለዋኹም ተናዊሑ እዩ። ፍቓድ ምስ ተናውሐ፣ ሓድሽ ካርድ መንበሪ ፍቓድ ናብ ሳንዱቕ ፖስታኹም ይመጸኩም።
reason-expired-document-not-handed-in = ግዚኡ ዝሓለፈ ናይ ኖርወይ ፓስፖርት ወጻእተኛ ወይ ሰነድ መገሻ ንስደተኛታት ኣሎኩም፣ ምስ ኣመልከትኩም ድማ ንፖሊስ ኣየረከብኩምዎን።
reason-applied-before-cutoff = ቅድሚ 16 ኤፕሪል 2021 (ብግእዝ ዘይኮነ፡ ብፈረንጂ ዓውደ-ኣዋርሕ) ኢኹም ኣመልኪትኩም። ቅድሚ እዚ ዕለት እዚ ዘመልከተ ኩሉ ሰብ ምስ ፖሊስ ቆጸራ ክሕዝ ኣለዎ።
reason-handed-in-by-proxy = ካልእ ሰብ ብውክልና ኣብ ክንዳኹም ምልክታኹም ኣቕሪቡልኩም። ከምዚ ኣብ ዝኾነሉ፣ ምስ ፖሊስ ቆጸራ ባዕልኹም ክትሕዙ ኣለኩም።
reason-applied-from-abroad = ነቲ መንበሪ ፍቓድ ካብ ኖርወይ ወጻኢ ኢኹም ኣመልኪትኩም። ካብ ወጻኢ ሃገር ዘመልከተ ኩሉ ሰብ፣ ካርድ መንበሪ ፍቓድ ንምርካብ ምስ ፖሊስ ቆጸራ ክሕዝ ኣለዎ።
reason-not-covered-by-guide = እዚ መምርሒ ሓለዋ፣ ሓባራዊ ሓለዋ፣ ምሕዳስ፣ ብመገዲ ስድራ ዝወሃብ ደረጃ ስደተኛ፣ ከምኡ’ውን ብምኽንያት ስድራ፣ ስራሕ ወይ ትምህርቲ ዝወሃብ ቀዳማይ ፍቓድ ይሽፍን። ነቲ ዝመረጽኩምዎ ምልክታ ኣይሽፍኖን።

## What to do: police will contact you

police-contact-wait = ፖሊስ ክራኸቡኹምን ናይ ቆጸራ ግዜ ክህቡኹምን እዮም።
police-contact-do-not-book = ባዕልኹም ቆጸራ ክትሕዙ ኣየድልየኩምን።
police-contact-meet = ካርድ መንበሪ ፍቓድኩም ንምርካብ ናብቲ ቆጸራ ክትከዱ ኣለኩም።

## What to do: wait for a letter (collective protection)

letter-wait-do-not-book = ባዕልኹም ምስ ፖሊስ ቆጸራ ኣይትሓዙ።
letter-wait-told = ስእልኹምን ኣሻራ ኣጻብዕትኹምን ንኽውሰድ ምስ ፖሊስ ክትራኸቡ ከም ዘለኩም ወይ ከም ዘየለኩም ክንገረኩም እዩ።
letter-wait-id-number = ምስ ፖሊስ እንተ ተራኺብኩም፣ ድሕሪ እቲ ቆጸራ ሃገራዊ መለለዪ ቁጽሪኹም (fødselsnummer) ዝሓዘ ደብዳበ ይመጸኩም።
letter-wait-card = ካርድ መንበሪ ፍቓድ ብፖስታ ይስደደልኩም።
letter-child-letter = እቲ ቆልዓ ኣሻራ ኣጻብዕቲ ንምሃብ ናብ ፖሊስ ክኸይድ ከም ዘለዎ ዝገልጽ በይኑ ዝኾነ ደብዳበ ክመጸኩም እዩ።
letter-child-guardian = ሓደ ካብ ወለዲ ወይ ሞግዚት ምስቲ ቆልዓ ናብ ፖሊስ ክመጽእ ኣለዎ።
letter-child-next = ነቲ እቲ ደብዳበ ዝብሎ ተኸተሉ።

## What to do: card by mail

mail-do-not-book = ቆጸራ ክትሕዙ ኣየድልየኩምን። ካርድ መንበሪ ፍቓድ ብፖስታ ክስደደልኩም እዩ።
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

book-portal-why = ምልክታኹም ኣብ { -application-portal } ስለ ዝተመዝገበ፣ ቆጸራ ኣብኡ ትሕዙ።
book-portal-step-login = ናብ { -application-portal } እተዉ
book-portal-step-book = ምስ ፖሊስ ንዝኸውን ቆጸራ ግዜ ምረጹ።
book-phone-why = ምልክታኹም ኣብ { -application-portal } ስለ ዘይተመዝገበ፣ ቆጸራ ንምሓዝ ናብ ናይ ከባቢኹም ዞባ ፖሊስ ክትድውሉ ኣለኩም።
book-phone-step-find = ዞባ ፖሊስኩም ኣብ መርበብ ሓበሬታ ፖሊስ ድለዩ
book-phone-step-call = ናብ ዞባ ፖሊስ ደውሉ፣ ቆጸራ ድማ ሓዙ።
book-phone-not-udi = { -udi } ቆጸራ ክሕዘልኩም ኣይክእልን እዩ። ቆጸራ ንምሓዝ ናብ { -udi } ኣይትደውሉ።
book-step-meet = ናብቲ ቆጸራ ኪዱ። ፖሊስ ስእልኹምን ኣሻራ ኣጻብዕትኹምን ክወስዱ እዮም።
book-under-18 = ዕድሜኹም ትሕቲ 18 ዓመት እንተ ኾይኑ፣ ሓደ ካብ ወለድኹም ወይ ሞግዚትኩም ምሳኹም ክመጽእ ኣለዎ።
book-after = ድሕሪኡ ፖሊስ ካርድ መንበሪ ፍቓድኩም ይእዝዙ።

## What to do: other applications

letter-read = ካርድ መንበሪ ፍቓድ ንምርካብ ምስ ፖሊስ ክትራኸቡ ከም ዘለኩም ወይ ከም ዘየለኩም ኣብ ደብዳበ ውሳነ ምልክታኹም ተጻሒፉ ኣሎ።
letter-brexit = ብመሰረት ሕግታት ብሬክዚት (Brexit) እንተ ኣመልኪትኩም፣ ኣብ ምልክታኹም ውሳነ ምስ ተዋህበ ቆጸራ ክትሕዙ ክንገረኩም እዩ።
letter-start-again = ብጌጋ «ካልእ» እንተ መሪጽኩም፣ ኣብ ታሕቲ መልስኹም ክትቅይሩ ትኽእሉ ኢኹም።

## Feedback at the end of the result page

feedback-question = እዚ መምርሒ ሓጊዙኹም ድዩ?
feedback-yes = እወ
feedback-no = ኣይፋል
feedback-thanks = ነመስግነኩም። መልስኹም ነቲ መምርሒ ንምምሕያሽ ይሕግዘና።
feedback-privacy = መልስኹም ምስቲ ውጽኢትን ቋንቋ ናይዚ ገጽን ብሓባር ንቖጽሮ። መን ምዃንኩም ከፍልጥ ዝኽእል ዋላ ሓደ ነገር ኣይንዕቅብን።
