## error.html: one title and one message for each kind of error

error-not-found-title = እቲ ገጽ ኣይተረኽበን
error-not-found-body = እቲ ኣድራሻ መርበብ ትኽክል ምዃኑ ኣረጋግጹ። እቲ ገጽ ናብ ካልእ ቦታ ተቐይሩ ክኸውን ይኽእል እዩ።
error-method-title = እዚ ገጽ ነዚ ክገብር ኣይክእልን
error-method-body = እቲ ገጽ ዘይገብሮ ነገር ክገብር ተሓቲቱ። ናብቲ መምርሒ ተመሊስኩም ደጊምኩም ፈትኑ።
error-cross-site-title = መልስኹም ኣይዓቀብናዮን
error-cross-site-body = እቲ ቅጥዒ ካብ ካልእ መርበብ ሓበሬታ እዩ ተሰዲዱ። ንኽንሕልወኩም፣ ካብዚ መምርሒ ዝተሰደደ መልሲ ጥራይ ኢና ንቕበል። ቅድሚ ሕጂ ዝሃብኩምዎም መልስታት ገና ተዓቂቦም ኣለዉ።
error-too-large-title = ብዙሕ እዩ ተሰዲዱ
error-too-large-body = እቲ ቅጥዒ እዚ መምርሒ ካብ ዝቕበሎ ንላዕሊ ሰዲዱ። ናብቲ ሕቶ ተመሊስኩም ሓደ ካብቶም መልስታት ምረጹ።
error-bad-form-title = ነቲ ቅጥዒ ከነንብቦ ኣይከኣልናን
error-bad-form-body = እቲ ቅጥዒ እዚ መምርሒ ብዝርደኦ መገዲ ኣይተሰደደን። ናብቲ ሕቶ ተመሊስኩም ደጊምኩም ፈትኑ።
error-internal-title = ይቕሬታ፣ ብወገንና ገለ ጸገም ኣጋጢሙ
error-internal-body = መልስታትኩም ገና ተዓቂቦም ኣለዉ። ድሕሪ ቁሩብ ደቓይቕ ደጊምኩም ፈትኑ።
error-start-link = ናብ መጀመርታ እቲ መምርሒ ኪዱ
