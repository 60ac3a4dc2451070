## question.html

question-continue = ቀጽሉ
error-summary-title = ጸገም ኣሎ
# Read by screen readers before a field's error message.
error-prefix = ጌጋ:

## The questions. For each: title (the page heading and the question), hint,
## the error when nothing or something unknown is chosen, and a short label
## for the list of answers ("summary").

question-application-date-title = ነዚ መንበሪ ፍቓድ መዓስ ኢኹም ኣመልኪትኩም?
question-application-date-hint = እዚ ምልክታኹም ዘቕረብኩምሉ ዕለት እዩ፣ ነቲ ውሳነ ዝተቐበልኩምሉ ዕለት ኣይኮነን።
question-application-date-error = መዓስ ከም ዘመልከትኩም ምረጹ
question-application-date-summary = ዘመልከትኩምሉ ዕለት
option-application-date-on-or-after-cutoff = ብ16 ኤፕሪል 2021 (ብግእዝ ዘይኮነ፡ ብፈረንጂ ዓውደ-ኣዋርሕ) ወይ ድሕሪኡ
option-application-date-before-cutoff = ቅድሚ 16 ኤፕሪል 2021 (ብግእዝ ዘይኮነ፡ ብፈረንጂ ዓውደ-ኣዋርሕ)

question-application-type-title = እንታይ ኢኹም ኣመልኪትኩም?
question-application-type-hint = እቲ መንበሪ ፍቓድ ዝተዋህበኩምሉ ምልክታ ምረጹ።
question-application-type-error = እንታይ ከም ዘመልከትኩም ምረጹ
question-application-type-summary = ዓይነት ምልክታ
option-application-type-protection-first-time = ሓለዋ (ዑቕባ) ንመጀመርታ ግዜ
option-application-type-protection-first-time-hint = ኣብ ኖርወይ ኣብ ፖሊስ ንዑቕባ ኣመልኪትኩም።
option-application-type-resettlement-refugee = ብዳግመ-ምስፋር ዝመጸ ስደተኛ (ናይ ብጽሒት ስደተኛ)
option-application-type-resettlement-refugee-hint = ብምትሕብባር ምስ UNHCR (ትካል ሕቡራት ሃገራት ንስደተኛታት) ተመሪጽኩም፣ ከም ስደተኛ ድማ ናብ ኖርወይ መጺእኩም።
option-application-type-collective-protection = ሓባራዊ ሓለዋ
option-application-type-collective-protection-hint = ካብ ኲናት ዩክሬን ንዝሃደሙ ሰባት።
option-application-type-renewal = ምሕዳስ መንበሪ ፍቓደይ
option-application-type-renewal-hint = ሓባራዊ ሓለዋ እንተ ኣሎኩም፣ ኣብ ክንድኡ «ሓባራዊ ሓለዋ» ምረጹ።
option-application-type-permanent-residence = ቀዋሚ መንበሪ ፍቓድ
option-application-type-derived-refugee-status = ብመገዲ ስድራ ዝወሃብ ደረጃ ስደተኛ
option-application-type-derived-refugee-status-hint = ኣብ ኖርወይ ደረጃ ስደተኛ ዘለዎ ሰብ ኣባል ስድራ ኢኹም።
option-application-type-other-permit = ብምኽንያት ስድራ፣ ስራሕ፣ ትምህርቲ ወይ ካልእ ምኽንያት ዝተዋህበኒ ቀዳማይ ፍቓድ
option-application-type-other-permit-hint = ንኣብነት ብምኽንያት ስድራ ዝወሃብ ፍቓድ፣ ፍቓድ ስራሕ ወይ ፍቓድ ትምህርቲ።
option-application-type-other = ካልእ
option-application-type-other-hint = ንኣብነት፣ ብመሰረት ሕግታት ብሬክዚት (Brexit) ኣመልኪትኩም፣ ወይ ኣባል ስድራ ናይ ዜጋ EU/EEA ኢኹም።

question-collective-protection-permit-title = እዚ ናይ ሓባራዊ ሓለዋ ቀዳማይ ፍቓድኩም ድዩ፣ ወይስ ተናዊሑ እዩ?
question-collective-protection-permit-hint = ፍቓድ ሓባራዊ ሓለዋ ኣብ ነፍሲ ወከፍ ግዜ ንሓደ ዓመት እዩ ዝወሃብ። ብዘይ ምልክታ፣ ብኣውቶማቲክ ይናዋሕ። ናትኩም እንተ ዘይተናዊሑ፣ ክንገረኩም እዩ።
question-collective-protection-permit-error = ቀዳማይ ፍቓድኩም ምዃኑ ወይ ዝተናውሐ ፍቓድ ምዃኑ ምረጹ
question-collective-protection-permit-summary = ፍቓድ ሓባራዊ ሓለዋ
option-collective-protection-permit-first = ናይ ሓባራዊ ሓለዋ ቀዳማይ ፍቓደይ
option-collective-protection-permit-extended = ፍቓደይ ተናዊሑ እዩ

question-child-turned-six-title = እቲ ካርድ መንበሪ ፍቓድ፣ እቲ ፍቓድ ካብ ዝተዋህበሉ ግዜ ንደሓር 6 ዓመት ንዝመልአ ቆልዓ ድዩ?
question-child-turned-six-hint = እቲ ፍቓድ ምስ ተዋህበ እቲ ቆልዓ 5 ዓመት ወይ ትሕቲኡ እንተ ነይሩ፣ ሕጂ 6 ዓመት ወይ ልዕሊኡ እንተ ኾይኑ፣ ካብ ሽዑ ንደሓር ድማ ንፖሊስ ኣሻራ ኣጻብዕቲ እንተ ዘይሂቡ፣ እወ ኢልኩም መልሱ።
question-child-turned-six-error = እቲ ካርድ 6 ዓመት ንዝመልአ ቆልዓ እንተ ኾይኑ እወ ምረጹ
question-child-turned-six-summary = 6 ዓመት ንዝመልአ ቆልዓ ዝኸውን ካርድ

question-applied-from-title = ምልክታኹም ብኣካል ቀሪብኩም ኣበይ ኢኹም ኣቕሪብኩምዎ?
question-applied-from-hint = እዚ፣ ነቲ ምልክታ ንምቕራብን ኣሻራ ኣጻብዕትኹምን ስእልኹምን ንምሃብን ብኣካል ዝቐረብኩምሉ ቦታ እዩ። ነቲ ቅጥዒ ብኢንተርነት ምምላእ ወይ ምስዳድ፣ ምልክታ ምቕራብ ማለት ኣይኮነን።
question-applied-from-error = ምልክታኹም ኣበይ ከም ዘቕረብኩምዎ ምረጹ
question-applied-from-summary = ምልክታ ዝቐረበሉ ቦታ
option-applied-from-norway = ኣብ ፖሊስ፣ ኣብ ኖርወይ
option-applied-from-abroad = ኣብ ኤምባሲ ወይ ኣብ ማእከል ምልክታ ቪዛ፣ ካብ ኖርወይ ወጻኢ

question-power-of-attorney-title = ካልእ ሰብ ብውክልና ኣብ ክንዳኹም ምልክታኹም ኣቕሪቡልኩም ድዩ?
question-power-of-attorney-hint = ውክልና (ብቋንቋ ኖርወይ: fullmakt) ካልእ ሰብ ኣብ ክንዳኹም ክሰርሕ ዘፍቅድ ብጽሑፍ ዝተዋህበ ፍቓድ እዩ።
question-power-of-attorney-error = ካልእ ሰብ ብውክልና ምልክታኹም እንተ ኣቕሪቡልኩም እወ ምረጹ
question-power-of-attorney-summary = ውክልና ዘለዎ ሰብ ዘቕረቦ ምልክታ
option-power-of-attorney-yes-hint = ንኣብነት፣ ኣስራሒኹም ኣብ ክንዳኹም ብኢንተርነት ኣመልኪቱ።

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

question-application-portal-title = ምልክታኹም ኣብ { -application-portal } ተመዝጊቡ ድዩ?
question-application-portal-hint = { -application-portal } (ፖርታል ምልክታ፣ ብቋንቋ ኖርወይ: Søknadsportalen) ምልክታታት ዝምልኡሉን ዝስደዱሉን ናይ { -udi } መርበብ ሓበሬታ እዩ።
question-application-portal-error = ምልክታኹም ኣብ { -application-portal } እንተ ተመዝጊቡ እወ ምረጹ
question-application-portal-summary = ኣብ { -application-portal } ተመዝጊቡ

option-yes = እወ
option-no = ኣይፋል
