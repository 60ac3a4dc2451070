# What search engines and link previews show: never on the page itself.

## base.html (<head>): <meta name="description">, and og:description on the
## start and about pages.

# The start page, and question, result and error pages.
meta-description = ኣብ ኖርወይ መንበሪ ፍቓድ ተዋሂቡኩም ድዩ? ካርድ መንበሪ ፍቓድኩም ንምርካብ ምስ ፖሊስ ቆጸራ ክትሕዙ ከም ዘለኩም፣ ወይ እቲ ካርድ ብፖስታ ከም ዝመጸኩም ፍለጡ።
meta-description-about = እዚ መምርሒ ካርድ መንበሪ ፍቓድ ንመን ምዃኑ፣ ምስ ፖሊስ ቆጸራ ክትሕዙ ከም ዘለኩም ወይ ከም ዘየለኩም ንምንጋር ዝጥቀመሎም ኩሎም ሕግታት፣ ከምኡ’ውን እቶም ሕግታት ዝተወስድሉ ገጻት { -udi }ን ፖሊስን።
meta-description-accessibility = እዚ መምርሒ ካርድ መንበሪ ፍቓድ ንWCAG 2.1 ደረጃ AA ንኸማልእ ብኸመይ ከም ዝተሰርሐ፣ ብኸመይ ከም እንፍትኖ፣ ዝፍለጡ ድረታቱ፣ ከምኡ’ውን ብዛዕባ ጸገም ብኸመይ ክትነግሩና ከም እትኽእሉ።
