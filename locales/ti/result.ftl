## result.html: the headings of the parts of every result page, in order

result-why-heading = ስለምንታይ
result-todo-heading = ክትገብርዎ ዘለኩም
result-police-heading = ኣብ ፖሊስ
result-post-heading = እቲ ካርድ ብፖስታ ብኸመይ ይመጸኩም
result-not-come-heading = እቲ ካርድ እንተ ዘይመጺኡ
result-letter-heading = ደብዳበ ውሳነኹም
result-answers-heading = መልስታትኩም
result-change = ቀይሩ
result-print-hint = ነዚ ገጽ ክትሕትምዎ ወይ ከም PDF ክትዕቅብዎ ትኽእሉ ኢኹም።
# Before the link to the official page a part of the page comes from.
result-source = ምንጪ:
# Before the links when a part of the page comes from several official pages.
result-sources = ምንጭታት:

## One heading for each outcome

outcome-police-will-contact-you-title = ፖሊስ ክሳብ ዝራኸቡኹም ተጸበዩ
outcome-wait-for-letter-title = እንታይ ክትገብሩ ከም ዘለኩም ክሳብ ዝንገረኩም ተጸበዩ
outcome-card-by-mail-title = ቆጸራ ኣይትሓዙ። ፖሊስ ካርድ መንበሪ ፍቓድኩም ብፖስታ ክሰዱልኩም እዮም
outcome-book-in-application-portal-title = ኣብ { -application-portal } ምስ ፖሊስ ቆጸራ ክትሕዙ ኣለኩም
outcome-book-by-phone-title = ብተሌፎን ምስ ፖሊስ ቆጸራ ክትሕዙ ኣለኩም
outcome-see-decision-letter-title = ደብዳበ ውሳነኹም ኣንብቡ

## Why: one or two sentences for each reason

reason-first-time-protection = ንመጀመርታ ግዜ ኣብ ኖርወይ ኣብ ፖሊስ ንሓለዋ (ዑቕባ) ኢኹም ኣመልኪትኩም። ምስ ፖሊስ ክትራኸቡ ኣለኩም፣ ግን ነቲ ቆጸራ ባዕልኹም ኣይትሕዝዎን ኢኹም: ፖሊስ ክራኸቡኹምን ግዜ ክህቡኹምን እዮም።
reason-resettlement-refugee = ብዳግመ-ምስፋር ከም ስደተኛ ኢኹም ናብ ኖርወይ መጺእኩም። ኣብ ውሽጢ ሸውዓተ መዓልቲ ካብ እትኣትውሉ ናብ ፖሊስ ክትቐርቡ ኣለኩም፣ ስለዚ ፖሊስ ጉዳይኩም ካብ { -udi } ምስ በጽሖም ብኡንብኡ ይጽውዑኹም። ነቲ ቆጸራ ባዕልኹም ኣይትሕዝዎን ኢኹም።
reason-collective-protection-first-permit = ንመጀመርታ ግዜ ሓባራዊ ሓለዋ ተዋሂቡኩም ኣሎ። ገሊኦም ሰባት ንካርድ ዝኸውን ስእሎምን ኣሻራ ኣጻብዕቶምን ንኽውሰድ ምስ ፖሊስ ክራኸቡ ኣለዎም። ካልኦት ንሓለዋ ምስ ኣመልከቱ ሂቦምዎም እዮም፣ ደጊሞም ክኸዱ ድማ ኣየድልዮምን።
reason-child-turned-six = ፍቓድ ሓባራዊ ሓለዋኹም ተናዊሑ እዩ፣ እቲ ካርድ ድማ እቲ ፍቓድ ካብ ዝተዋህበሉ ግዜ ንደሓር 6 ዓመት ንዝመልአ ቆልዓ እዩ። እቲ ቆልዓ ኣሻራ ኣጻብዕቲ ንምሃብ ናብ ፖሊስ ክኸይድ ኣለዎ። ካብ { -udi } ዝመጽእ በይኑ ዝኾነ ደብዳበ ከምኡ ይገልጽ።
reason-no-expired-document = ግዚኡ ዝሓለፈ ናይ ኖርወይ ፓስፖርት ወጻእተኛ ወይ ሰነድ መገሻ ንስደተኛታት የብልኩምን። ፖሊስ ነቲ ምልክታኹም ከተቕርቡ ከለኹም ዝተወስደ ስእልን ኣሻራ ኣጻብዕትን ክጥቀሙሉ ይኽእሉ እዮም፣ ስለዚ ደጊምኩም ምስኦም ክትራኸቡ ኣየድልየኩምን።
reason-document-handed-in = ምስ ኣመልከትኩም ነቲ ግዚኡ ዝሓለፈ ሰነድ መገሻኹም ንፖሊስ ኣረኪብኩምዎ ኢኹም፣ ስለዚ ቆጸራ ክትሕዙ የብልኩምን።
reason-first-travel-document = ብመገዲ ስድራ ንዝወሃብ ደረጃ ስደተኛ ኣመልኪትኩም፣ ንመጀመርታ ግዜ ድማ ናይ ኖርወይ ሰነድ መገሻ ክወሃበኩም እዩ። ከምዚ ኣብ ዝኾነሉ፣ ቆጸራ ክትሕዙ ኣየድልየኩምን።
reason-collective-protection-extended = ፍቓድ ሓባራዊ ሓለዋኹም ተናዊሑ እዩ። ፍቓድ ምስ ተናውሐ፣ ሓድሽ ካርድ መንበሪ ፍቓድ ናብ ሳንዱቕ ፖስታኹም ይመጸኩም።
reason-expired-document-not-handed-in = ግዚኡ ዝሓለፈ ናይ ኖርወይ ፓስፖርት ወጻእተኛ ወይ ሰነድ መገሻ ንስደተኛታት ኣሎኩም፣ ምስ ኣመልከትኩም ድማ ንፖሊስ ኣየረከብኩምዎን። ቆጸራ ሒዝኩም ነቲ ሰነድ ንፖሊስ ከተረክብዎ ኣለኩም።
reason-applied-before-cutoff = ቅድሚ 16 ኤፕሪል 2021 (ብግእዝ ዘይኮነ፡ ብፈረንጂ ዓውደ-ኣዋርሕ) ኢኹም ኣመልኪትኩም። ቅድሚ እዚ ዕለት እዚ ዘመልከተ ኩሉ ሰብ ምስ ፖሊስ ቆጸራ ክሕዝ ኣለዎ።
reason-handed-in-by-proxy = ካልእ ሰብ ብውክልና ኣብ ክንዳኹም ምልክታኹም ኣቕሪቡልኩም። ከምዚ ኣብ ዝኾነሉ፣ ምስ ፖሊስ ቆጸራ ባዕልኹም ክትሕዙ ኣለኩም።
reason-applied-from-abroad = ምልክታኹም ካብ ኖርወይ ወጻኢ፣ ኣብ ኤምባሲ ወይ ኣብ ማእከል ምልክታ ቪዛ ኢኹም ኣቕሪብኩምዎ። ካብ ወጻኢ ሃገር ዘመልከተ ኩሉ ሰብ፣ ካርድ መንበሪ ፍቓድ ንምርካብ ኣብ ኖርወይ ምስ ፖሊስ ቆጸራ ክሕዝ ኣለዎ።
reason-not-covered-by-guide = እዚ መምርሒ ሓለዋ (ዑቕባ)፣ ብዳግመ-ምስፋር ዝመጹ ስደተኛታት፣ ሓባራዊ ሓለዋ፣ ምሕዳስ፣ ቀዋሚ መንበሪ ፍቓድ፣ ብመገዲ ስድራ ዝወሃብ ደረጃ ስደተኛ፣ ከምኡ’ውን ብምኽንያት ስድራ፣ ስራሕ ወይ ትምህርቲ ዝወሃብ ቀዳማይ ፍቓድ ይሽፍን። ነቲ ዝመረጽኩምዎ ምልክታ ኣይሽፍኖን።

## What you need to do: the police will contact you

todo-contact-do-not-book = ባዕልኹም ቆጸራ ኣይትሓዙ።
todo-contact-wait = ፖሊስ ክራኸቡኹምን ናይ ቆጸራ ግዜ ክህቡኹምን እዮም።
todo-contact-go = ናብቲ ቆጸራ ኪዱ። ድሕሪኡ ፖሊስ ካርድ መንበሪ ፍቓድኩም ይእዝዙ።

## What you need to do: wait until you are told (collective protection)

todo-letter-do-not-book = ባዕልኹም ምስ ፖሊስ ቆጸራ ኣይትሓዙ።
todo-letter-told = ስእልኹምን ኣሻራ ኣጻብዕትኹምን ንኽውሰድ ምስ ፖሊስ ክትራኸቡ ከም ዘለኩም ወይ ከም ዘየለኩም ክንገረኩም እዩ።
todo-letter-follow = ምስ ፖሊስ ክትራኸቡ እንተ ተነጊሩኩም፣ ከምቲ ዝተነግረኩም ግበሩ።
todo-letter-id-number = ምስ ፖሊስ ምስ ተራኸብኩም፣ ሃገራዊ መለለዪ ቁጽሪኹም (fødselsnummer) ዝሓዘ ደብዳበ ይመጸኩም።
todo-child-letter = እቲ ቆልዓ ኣሻራ ኣጻብዕቲ ንምሃብ ናብ ፖሊስ ክኸይድ ከም ዘለዎ ዝገልጽ፣ ካብ { -udi } ዝመጽእ በይኑ ዝኾነ ደብዳበ ክመጸኩም እዩ።
todo-child-follow = ነቲ እቲ ደብዳበ ዝብሎ ግበሩ።

## What you need to do: the card comes by post

todo-mail-do-not-book = ቆጸራ ኣይትሓዙ። ፖሊስ ነቲ ካርድ መንበሪ ፍቓድ ብፖስታ ክሰዱልኩም እዮም።
todo-mail-extended = ከተመልክቱ ወይ ካልእ ነገር ክትገብሩ ኣየድልየኩምን: { -udi } ነቲ ፍቓድ ብዘይ ምልክታ የናውሖ፣ ዝያዳ ሓበሬታ ድማ ደብዳበ ክነግረኩም እዩ።

## What you need to do: book an appointment

todo-portal-why = ምልክታኹም ኣብ { -application-portal } ስለ ዝተመዝገበ፣ ቆጸራ ኣብኡ ትሕዙ።
todo-portal-step-login = ነቲ ንምልክታኹም ዝተጠቐምኩምሉ ሕሳብ (account) ተጠቒምኩም ናብ { -application-portal } እተዉ
todo-portal-step-find = ናብ «My applications» (ምልክታታተይ) ኪዱ፣ ምልክታኹም ድማ ምረጹ። ገጽ ቅብሊት ናይቲ ምልክታ ንምኽፋት «Go to application» (ናብቲ ምልክታ ኪድ) ጠውቑ።
todo-portal-step-book = «Book an appointment» (ቆጸራ ሓዝ) ጠውቑ። ምስ ፖሊስ እትራኸቡሉ ቦታ፣ ድሕሪኡ ድማ ነጻ ዝኾነ ዕለትን ሰዓትን ምረጹ።
todo-portal-step-email = ግዜን ቦታን ዘረጋግጽ ኢመይል ይመጸኩም። ኣንብብዎ: ፖሊስ ካልእ እንታይ ክተምጽኡ ከም ዘለኩም ክነግሩኹም ይኽእሉ እዮም።
todo-portal-no-button-heading = መጠወቒ «Book an appointment» (ቆጸራ ሓዝ) እንተ ዘየልቦ
todo-portal-no-button = ከምኡ እንተ ኾይኑ፣ ሕጂ ኣብቲ ቦታ ነጻ ግዜ የለን። ፖሊስ ብቐጻሊ ሓደስቲ ግዜታት ይውስኹ፣ ስለዚ ጸኒሕኩም ደጊምኩም እተዉ እሞ ርኣዩ።
todo-portal-lost-access = ናብቲ ንምልክታኹም ዝተጠቐምኩምሉ ሕሳብ ደጊምኩም ክትኣትዉ እንተ ዘይክኢልኩም፣ ቆጸራ ንምሓዝ ናብ ዞባ ፖሊስኩም ደውሉ።
todo-phone-why = ምልክታኹም ኣብ { -application-portal } ስለ ዘይተመዝገበ፣ ቆጸራ ብተሌፎን ምስ ዞባ ፖሊስኩም ትሕዙ።
todo-phone-step-find = ዞባ ፖሊስኩም ኣብ መርበብ ሓበሬታ ፖሊስ ድለዩ: ነቲ እትነብሩሉ ምምሕዳር ከባቢ (kommune) ድለዩ
todo-phone-step-call = ናብ ዞባ ፖሊስ ደውሉ፣ ቆጸራ ድማ ሓዙ።
todo-not-udi = { -udi } ቆጸራ ክሕዘልኩም ኣይክእልን እዩ። ቆጸራ ንምሓዝ ናብ { -udi } ኣይትደውሉ።
todo-arriving-heading = ካብ ወጻኢ ሃገር ናብ ኖርወይ እትመጹ እንተ ኾንኩም
todo-arriving-where = ቆጸራ ምስቲ ኣብ እትነብሩሉ ቦታ ዘሎ ፖሊስ ሓዙ። ናብ ኖርወይ ቅድሚ ምጉዓዝኩም ቆጸራ ክትሕዙ ትኽእሉ ኢኹም።
todo-arriving-when = ኣብ ኖርወይ ኣብ ቀዳሞት ሸውዓተ መዓልትታትኩም ዘሎ ግዜ ምረጹ። ክሳብ ሽዑ ነጻ ግዜ እንተ ዘየልቦ፣ ነቲ ቀዳማይ ነጻ ግዜ ሓዙ።

## What you need to do: other applications

todo-read-letter = ደብዳበ ውሳነ ምልክታኹም ኣንብቡ። ካርድ መንበሪ ፍቓድ ንምርካብ ምስ ፖሊስ ክትራኸቡ ከም ዘለኩም ወይ ከም ዘየለኩም ይገልጽ።
todo-brexit = ብመሰረት ሕግታት ብሬክዚት (Brexit) እንተ ኣመልኪትኩም፣ ኣብ ምልክታኹም ውሳነ ምስ ተዋህበ ቆጸራ ክትሕዙ ክንገረኩም እዩ።
todo-eea-family = ኣባል ስድራ ናይ ዜጋ EU/EEA እንተ ኾንኩም፣ { -udi } ብዛዕባ ካርድ መንበሪ ፍቓድኩም ናይ ባዕሉ ገጻት ኣለዉዎ:
todo-start-again = ብጌጋ «ካልእ» እንተ መሪጽኩም፣ ኣብ ታሕቲ መልስኹም ክትቅይሩ ትኽእሉ ኢኹም።

## At the police

police-if-told = ምስ ፖሊስ ክትራኸቡ እንተ ተነጊሩኩም:
police-take = ፖሊስ ስእልኹምን ኣሻራ ኣጻብዕትኹምን ይወስዱ፣ ንስኹም ድማ ትፍርሙ።
police-take-child = ፖሊስ ኣሻራ ኣጻብዕቲ ናይቲ ቆልዓ ይወስዱ።
police-bring = ምሳኹም ሓዙ:
police-bring-passport = ፓስፖርትኩም፣ እንተ ኣሎኩም
police-bring-expired-document = እቲ ግዚኡ ዝሓለፈ ናይ ኖርወይ ፓስፖርት ወጻእተኛ ወይ ሰነድ መገሻ ንስደተኛታት: ንፖሊስ ተረክብዎ
police-bring-old-card = ናይ ቀደም ካርድ መንበሪ ፍቓድኩም፣ እንተ ኣሎኩም። ኣረክብዎ: እንተ ዘየረከብኩምዎ፣ ክፍሊት ክትከፍሉ ክግደዱ ትኽእሉ ኢኹም።
police-bring-not-listed = እቶም ወግዓውያን ገጻት ክተምጽእዎ ዘለኩም ኩሉ ነገር ኣይዝርዝሩን። ደብዳበ ውሳነኹምን ፖሊስ ዝሰዱልኩምን ኣንብቡ።
police-under-18 = ዕድሜኹም ትሕቲ 18 ዓመት እንተ ኾይኑ፣ ሓደ ካብ ወለድኹም ወይ ሞግዚትኩም ምሳኹም ክመጽእ ኣለዎ።
police-child-guardian = ሓደ ካብ ወለዲ ወይ ሞግዚት ምስቲ ቆልዓ ክመጽእ ኣለዎ።
police-moved = ካብ ዘመልከትኩምሉ ግዜ ንደሓር ገዛ እንተ ቐየርኩም፣ ሓድሽ ኣድራሻኹም ንኽምዝገብ ኣብቲ ቆጸራ ንፖሊስ ሓብሩ።
police-sua = ሞያዊ ሰራሕተኛ፣ ወይ ኣባል ስድራ ናይ ሞያዊ ሰራሕተኛ ዲኹም፣ ኣብ Oslo፣ Bergen፣ Trondheim ወይ Stavanger ድማ ትነብሩ ዲኹም? ከምኡ እንተ ኾይኑ፣ ኣብ ከተማኹም ኣብ ማእከል ኣገልግሎት ንወጻእተኛታት ሰራሕተኛታት (SUA) ምስ ፖሊስ ክትራኸቡ ትኽእሉ ትኾኑ። ኣበይ ከም እትራኸቡ መርበብ ሓበሬታ ፖሊስ ይገልጽ።

## How the card comes by post

post-by-post = ፖሊስ ነቲ ካርድ ብንቡር ፖስታ ናብ ኣድራሻኹም ይሰዱዎ።
# $days: the working days most of UDI's pages give; $work_days: those the
# page for work permits gives (numbers). "At least": no page gives a most.
post-time-after-appointment = መብዛሕትኡ ግዜ ድሕሪ ቆጸራኹም ምስ ፖሊስ ገለ ሰሙናት ይወስድ። ገጻት { -udi } እንተ ወሓደ { $days ->
        [one] { $days } መዓልቲ ስራሕ
       *[other] { $days } መዓልታት ስራሕ
    } ይብሉ (ንፍቓድ ስራሕ እንተ ወሓደ { $work_days ->
        [one] { $work_days } መዓልቲ ስራሕ
       *[other] { $work_days } መዓልታት ስራሕ
    })። ብዝለዓለ ክንደይ ክወስድ ከም ዝኽእል ዝገልጽ ወግዓዊ ገጽ የለን።
post-time-not-given = ወግዓውያን ገጻት ናይ ጉጅለኹም ክንደይ ግዜ ከም ዝወስድ ኣይገልጹን።
post-mailbox = ስምኩም፣ ከምኡ’ውን ኣስማት ኩሎም ምሳኹም ዝነብሩ ኣባላት ስድራኹም፣ ኣብ ሳንዱቕ ፖስታኹም ጸሓፉ። ስምኩም ዘይተጻሕፎ ሳንዱቕ ፖስታ፣ ፖስታ ኣይእቶን።
post-register-posten = ኣብ Posten (ኣገልግሎት ፖስታ ኖርወይ) እንተ ዘይተመዝጊብኩም፣ ከም ሓድሽ ተቐባሊ ፖስታ («ny postmottaker») ተመዝገቡ። ናይ Posten ቅጥዒ መሊእኩም ናብ ቤት ጽሕፈት ፖስታ ወይ ናብ Post i Butikk ውሰድዎ። መንነትኩም ዘረጋግጽ ሰነድ ሓዙ።
post-check-address = ኣብ Posten እንተ ተመዝጊብኩም፣ ብBankID ወይ ብMinID ኣቲኹም፣ Posten ትኽክለኛ ኣድራሻኹም ከም ዘለዎ ኣረጋግጹ።
post-moving = እቲ ካርድ ቅድሚ ምምጻኡ ገዛ እንተ ቐየርኩም፣ ንፖሊስ ሓብሩ።
post-travel = እቲ ካርድ ቅድሚ ምምጻኡ፣ ናብ ወጻኢ ሃገር መገሻ ኣይትሓዙ። ንምጉዓዝ፣ ክልቲኡ የድልየኩም: ዘገልግል ፓስፖርትን ዘገልግል ካርድ መንበሪ ፍቓድን።

## If the card does not come

not-come-returned = ፖስታ ነቲ ካርድ ከብጽሖ እንተ ዘይከኣለ፣ ናብ ፖሊስ ይምለስ።
not-come-contact-applied = እቲ ካርድ እንተ ዘይመጺኡ፣ ወይ ብዛዕባኡ ሕቶ እንተ ኣሎኩም፣ ነቲ ምልክታኹም ዘቕረብኩምሉ ወይ ቆጸራ ዝነበረኩምሉ ዞባ ፖሊስ ተወከሱ።
not-come-contact-live = እቲ ካርድ እንተ ዘይመጺኡ፣ ወይ ብዛዕባኡ ሕቶ እንተ ኣሎኩም፣ ነቲ እትነብሩሉ ዞባ ፖሊስ ተወከሱ።
not-come-lost = እቲ ካርድ ኣብ ፖስታ እንተ ጠፊኡ፣ ሓድሽ ካርድ ክእዘዝ ኣለዎ። እዚ ዝያዳ ግዜ ይወስድ።
not-come-damaged = ዝበጽሓኩም ካርድ ዝተበላሸወ ወይ ጌጋታት ዘለዎ እንተ ኾይኑ፣ ንፖሊስ ተወከሱ። ሽዑ እቲ ሓድሽ ካርድ ብነጻ እዩ።

## The letter with your decision

letter-says = እቲ ምስ ውሳነኹም ዝመጸ ደብዳበ፣ ምስ ፖሊስ ክትራኸቡ ከም ዘለኩም ወይ ከም ዘየለኩም ይገልጽ።
letter-follow = እቲ ደብዳበ ካብዚ መምርሒ ዝተፈልየ ነገር እንተ በለ፣ ነቲ እቲ ደብዳበ ዝብሎ ግበሩ።

## Feedback at the end of the result page

feedback-question = እዚ መምርሒ ሓጊዙኹም ድዩ?
feedback-yes = እወ
feedback-no = ኣይፋል
feedback-thanks = ነመስግነኩም። መልስኹም ነቲ መምርሒ ንምምሕያሽ ይሕግዘና።
feedback-privacy = መልስኹም ምስቲ ውጽኢትን ቋንቋ ናይዚ ገጽን ብሓባር ንቖጽሮ። መን ምዃንኩም ከፍልጥ ዝኽእል ዋላ ሓደ ነገር ኣይንዕቅብን።
