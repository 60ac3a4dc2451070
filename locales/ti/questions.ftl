## question.html

question-continue = ቀጽሉ
error-summary-title = ጸገም ኣሎ
# Read by screen readers before a field's error message.
error-prefix = ጌጋ:

## The questions. For each: title (the page heading and the question), hint,
## the error when nothing or something unknown is chosen, and a short label
## for the list of answers ("summary").

question-application-date-title = ነዚ መንበሪ ፍቓድ መዓስ ኢኹም ኣመልኪትኩም?
question-application-date-hint = እቲ ዕለት ኣብቲ ምስ ኣመልከትኩም ዝተቐበልኩምዎ ቅብሊት ወይ መረጋገጺ ክትረኽብዎ ትኽእሉ ኢኹም።
question-application-date-error = መዓስ ከም ዘመልከትኩም ምረጹ
question-application-date-summary = ዘመልከትኩምሉ ዕለት
option-application-date-on-or-after-cutoff = ብ16 ሚያዝያ 2021 ወይ ድሕሪኡ
option-application-date-before-cutoff = ቅድሚ 16 ሚያዝያ 2021

question-application-type-title = እንታይ ኢኹም ኣመልኪትኩም?
question-application-type-hint = እቲ መንበሪ ፍቓድ ዝተዋህበኩምሉ ምልክታ ምረጹ።
question-application-type-error = እንታይ ከም ዘመልከትኩም ምረጹ
question-application-type-summary = ዓይነት ምልክታ
option-application-type-protection-first-time = ሓለዋ (ዑቕባ) ንመጀመርታ ግዜ
option-application-type-renewal = ምሕዳስ መንበሪ ፍቓደይ
option-application-type-derived-refugee-status = ብመገዲ ስድራ ዝወሃብ ደረጃ ስደተኛ
option-application-type-other = ካልእ

question-first-travel-document-title = ንመጀመርታ ግዜ ናይ ኖርወይ ሰነድ መገሻ ክወሃበኩም ድዩ?
question-first-travel-document-hint = ንመጀመርታ ግዜ ናይ ኖርወይ ሰነድ መገሻ፣ ንኣብነት ሰነድ መገሻ ንስደተኛታት፣ ዝወሃበኩም እንተ ኾይኑ እወ ኢልኩም መልሱ።
question-first-travel-document-error = ንመጀመርታ ግዜ ናይ ኖርወይ ሰነድ መገሻ ዝወሃበኩም እንተ ኾይኑ እወ ምረጹ
question-first-travel-document-summary = ቀዳማይ ናይ ኖርወይ ሰነድ መገሻ

question-expired-travel-document-title = ግዚኡ ዝሓለፈ ናይ ኖርወይ ፓስፖርት ወጻእተኛ ወይ ሰነድ መገሻ ንስደተኛታት ኣሎኩም ድዩ?
question-expired-travel-document-hint = እቲ ሰነድ ብኖርወይ ዝተዋህበ ኮይኑ ሕጂ ዘየገልግል እንተ ኾይኑ ጥራይ እወ ኢልኩም መልሱ።
question-expired-travel-document-error = ግዚኡ ዝሓለፈ ናይ ኖርወይ ፓስፖርት ወጻእተኛ ወይ ሰነድ መገሻ ንስደተኛታት እንተ ኣሎኩም እወ ምረጹ
question-expired-travel-document-summary = ግዚኡ ዝሓለፈ ናይ ኖርወይ ሰነድ መገሻ

question-handed-in-title = ምስ ኣመልከትኩም ነቲ ግዚኡ ዝሓለፈ ሰነድ ንፖሊስ ኣረኪብኩምዎ ዲኹም?
question-handed-in-hint = እቲ ግዚኡ ዝሓለፈ ሰነድ ገና ኣብ ኢድኩም እንተሎ፣ ኣይፋል ኢልኩም መልሱ።
question-handed-in-error = ነቲ ግዚኡ ዝሓለፈ ሰነድ ንፖሊስ እንተ ኣረኪብኩምዎ እወ ምረጹ
question-handed-in-summary = ነቲ ግዚኡ ዝሓለፈ ሰነድ ንፖሊስ ምርካብ

question-application-portal-title = ምልክታኹም ኣብ { -application-portal } ኣመዝጊብኩምዎ ዲኹም?
question-application-portal-hint = { -application-portal } («Søknadsportalen») ናይ { -udi } መርበብ ሓበሬታ እዩ። ኣብኡ ምልክታኹም ትመልእዎን ትሰድዎን።
question-application-portal-error = ምልክታኹም ኣብ { -application-portal } እንተ ኣመዝጊብኩምዎ እወ ምረጹ
question-application-portal-summary = { -application-portal } ምጥቃም

option-yes = እወ
option-no = ኣይፋል
