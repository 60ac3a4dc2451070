## start.html

start-title = ካርድ መንበሪ ፍቓድኩም ብኸመይ ከም እትረኽቡ ፍለጡ
start-lead = ኣብ ኖርወይ መንበሪ ፍቓድ ተዋሂቡኩም ካርድ መንበሪ ፍቓድኩም እትጽበዩ እንተ ኾንኩም፣ ነዚ መምርሒ ተጠቐሙሉ።
start-for-whom = እዚ መምርሒ ሓለዋ ወይ ሓባራዊ ሓለዋ ንዝተዋህቦም ሰባት (ካብ ኲናት ዩክሬን ዝሃደሙ ሰባት)፣ ፍቓዶም ንዝተሓደሰ ሰባት፣ ከምኡ’ውን ብምኽንያት ስድራ፣ ስራሕ ወይ ትምህርቲ ፍቓድ ንዝተዋህቦም ሰባት እዩ።
start-tells-you = እቲ መምርሒ ኣየናይ ክትገብሩ ከም ዘለኩም ይነግረኩም:
start-tells-book = ምስ ፖሊስ ቆጸራ ክትሕዙ፣ ከምኡ’ውን ብኸመይ ከም እትሕዝዎ
start-tells-wait = ፖሊስ ክሳብ ዝራኸቡኹም ክትጽበዩ
start-tells-letter = ምስ ፖሊስ ክትራኸቡ ከም ዘለኩም ወይ ከም ዘየለኩም ክሳብ ዝንገረኩም ክትጽበዩ
start-tells-mail = ወይ ድማ እቲ ካርድ ብፖስታ ክሳብ ዝመጸኩም ክትጽበዩ
# $questions: the most questions any path asks; $minutes: about how long it takes.
start-time = ክሳብ { $questions ->
        [one] { $questions } ሓጺር ሕቶ
       *[other] { $questions } ሓጸርቲ ሕቶታት
    } ክትምልሱ ኢኹም። ኣስታት { $minutes ->
        [one] { $minutes } ደቒቕ
       *[other] { $minutes } ደቓይቕ
    } ይወስድ።
start-button = ሕጂ ጀምሩ
start-not-eu = ዜጋታት ሃገራት ሕብረት ኤውሮጳ (EU) ከምኡ’ውን ቁጠባዊ ዞባ ኤውሮጳ (EEA) ካርድ መንበሪ ፍቓድ ኣይወሃቦምን። እዚ መምርሒ ንዓታቶም ኣይኮነን።
start-privacy-heading = መልስታትኩም ብሕታዊ እዮም
start-privacy = መልስታትኩም ኣብ ብራውዘርኩም ጥራይ እዮም ዝዕቀቡ፣ ብራውዘር ምስ ዓጸኹም ድማ ይድምሰሱ። ምስ ካልኦት እትካፈልዎ ኮምፒዩተር እንተ ተጠቒምኩም፣ ምስ ወዳእኩም «ካብ መጀመርታ ጀምሩ» ምረጹ፣ ድሕሪኡ ብራውዘር ዕጸዉ።
