## about.html

about-title = Ku saabsan hagahan
about-intro = Hagahan wuxuu caawiyaa dadka lagu siiyay sharciga deganaanshaha ee Norway, si ay u ogaadaan sida ay u helayaan kaarka deganaanshaha.
about-covers-heading = Cidda hagaha loogu talagalay
about-covers-protection = dadka codsaday magangelyo (ilaalin) markii ugu horreysay
about-covers-renewal = dadka codsaday cusboonaysiinta sharciga deganaanshahooda
about-covers-derived = dadka codsaday qaxootinimo laga dhaxlay qoyska
about-covers-before = dadka codsaday ka hor 16-ka Abriil 2021
about-not-covered = Codsiyada kale, warqadda go'aanka ayaa sheegaysa haddii ay tahay inaad mar kale la kulanto booliska. Muwaadiniinta Midowga Yurub (EU) iyo Aagga Dhaqaalaha Yurub (EEA) ma helaan kaarka deganaanshaha.
about-rules-heading = Xeerarka uu hagahu isticmaalo
about-rules-intro = Jadwalkan wuxuu muujinayaa waddo kasta oo hagaha ah: jawaabaha, natiijada iyo sababta.
about-rules-caption = Waddo kasta oo hagaha ah
about-rules-answers = Jawaabaha
about-rules-result = Natiijada
about-rules-why = Sababta
about-sources-heading = Ilaha
about-sources-intro = Xeerarku waxay ka yimaadeen bogaggan rasmiga ah. Haddii hagaha iyo warqadda go'aankaagu ay wax kala duwan sheegaan, raac warqadda.
about-source-udi-after = UDI: Sida loo helo kaarka deganaanshaha haddii aad codsatay 16-ka Abriil 2021 ama ka dib
about-source-udi-before = UDI: Sida loo helo kaarka deganaanshaha haddii aad codsatay ka hor 16-ka Abriil 2021
about-source-police = Booliska: Kaarka deganaanshaha
-udi-url = https://www.udi.no/en/
about-source-udi-url = { -udi-url }

## What is counted (about.html)

about-counting-heading = Waxa aan tirinno
about-counting = Si aan u ogaanno in hagahu wax tarayo, waxaan tirinnaa inta jeer ee bog kasta, jawaab kasta iyo natiijo kasta la muujiyo. Waxaan sidoo kale tirinnaa inta qof ee “haa” ama “maya” ku jawaaba marka la weydiiyo “Hagahan miyuu ku caawiyay?”. Waxaan tirinnaa oo keliya wadarta luqad kasta, su'aal kasta iyo natiijo kasta. Ma kaydinno jawaabahaaga, cinwaankaaga IP, ama wax kale oo lagu garan karo cidda aad tahay.
