## about.html

about-title = Ku saabsan hagahan
about-intro = Hagahan wuxuu caawiyaa dadka lagu siiyay sharciga deganaanshaha ee Norway, si ay u ogaadaan sida ay u helayaan kaarka deganaanshaha.
about-covers-heading = Cidda hagaha loogu talagalay
about-covers-protection = dadka codsaday magangelyo (ilaalin) markii ugu horreysay
about-covers-resettlement = qaxootiga dib-u-dejinta (qaxootiga kootada)
about-covers-collective = dadka lagu siiyay ilaalin wadareed (dadka ka cararay dagaalka Ukraine), ha ahaato sharcigii ugu horreeyay ama mid la kordhiyay
about-covers-renewal = dadka codsaday cusboonaysiinta sharciga deganaanshahooda
about-covers-permanent = dadka lagu siiyay sharciga deganaanshaha joogtada ah
about-covers-derived = dadka codsaday qaxootinimo laga dhaxlay qoyska
about-covers-other-permit = dadka lagu siiyay sharcigii ugu horreeyay ee qoys, shaqo, waxbarasho ama sabab kale, ha ka codsadeen Norway gudaheeda ama dibadda
about-covers-proxy = dadka uu qof kale codsigooda ku gudbiyay wakaalad
about-covers-before = dadka codsaday ka hor 16-ka Abriil 2021
about-not-covered = Codsiyada kale, sida kuwa xeerarka Brexit ama kuwa xubnaha qoyska muwaadiniinta EU/EEA, warqadda go'aanka ayaa sheegaysa haddii ay tahay inaad la kulanto booliska. Muwaadiniinta Midowga Yurub (EU) iyo Aagga Dhaqaalaha Yurub (EEA) ma helaan kaarka deganaanshaha.
about-rules-heading = Xeerarka uu hagahu isticmaalo
about-rules-intro = Jadwalkan wuxuu muujinayaa waddo kasta oo hagaha ah: jawaabaha, natiijada iyo sababta.
about-rules-caption = Waddo kasta oo hagaha ah
about-rules-answers = Jawaabaha
about-rules-result = Natiijada
about-rules-why = Sababta
about-sources-heading = Ilaha
about-sources-intro = Xeerarku waxay ka yimaadeen bogaggan rasmiga ah. Haddii hagaha iyo warqadda go'aankaagu ay wax kala duwan sheegaan, raac warqadda.
# After the name of a page that the sources name without its address.
about-source-no-address = (ilaha ma sheegaan cinwaankiisa: magaciisa af Ingiriisiga ka raadi udi.no)

## Who runs the guide (about.html). $operator: the organisation's name (a setting).

about-operator-heading = Cidda maamusha hagahan
about-operator = Hagahan waxaa maamula { $operator }. Codsigaaga iyo kaarkaaga deganaanshaha waxaa maareeya UDI iyo booliska.
about-operator-contact = La xiriir { $operator } wixii ku saabsan hagaha

## What is counted and logged (about.html)

about-counting-heading = Waxa aan tirinno
about-counting = Si aan u ogaanno in hagahu wax tarayo, waxaan tirinnaa inta jeer ee bog kasta, jawaab kasta iyo natiijo kasta la muujiyo. Waxaan sidoo kale tirinnaa inta qof ee “haa” ama “maya” ku jawaaba marka la weydiiyo “Hagahan miyuu ku caawiyay?”. Waxaan tirinnaa oo keliya wadarta luqad kasta, su'aal kasta iyo natiijo kasta.
about-stored-heading = Waxa lagu kaydiyo ee adiga kugu saabsan
about-stored = Hagaha laftiisu ma kaydiyo wax lagu garan karo cidda aad tahay. Jawaabahaaga waxaa lagu hayaa biraawsarkaaga oo keliya, gudaha cookie (kuki) la sirqariyay oo la tirtirayo marka aad xirto biraawsarka. Diiwaannada (logs) hagaha laftiisa kuma jiraan jawaabahaaga, cinwaankaaga IP ama cinwaannada bogagga aad booqato.
about-logged = Server-yada booqashadaada u gudbiya hagaha waxay diiwaangelin karaan macluumaad farsamo, sida cinwaankaaga IP iyo waqtiga aad booqatay. { $operator } ayaa go'aamiya waxa la diiwaangeliyo iyo muddada la hayo.
about-privacy-notice = Akhri bayaanka qarsoodinimada ee { $operator }
# When the operator has not given an address for a privacy notice.
about-privacy-ask = Weydii { $operator } waxa la diiwaangeliyo iyo muddada la hayo.

## How fresh the guide is (about.html, under the sources). The people who run
## the guide read each source page against it; the date is the day of the
## review longest ago. $day and $year are numbers, $month one of the
## date-month-… messages below.

about-sources-checked = Hagaha waxaa lala barbar dhigay bog kasta oo ka mid ah bogaggan { $day }-ka { $month } { $year } ama ka dib.
# Until every source page has been read against the guide at least once.
about-sources-not-checked = Hagaha weli lama barbar dhigin dhammaan bogaggan.

## A month's name as it stands in a date, after the day (about-sources-checked).

date-month-1 = Janaayo
date-month-2 = Febraayo
date-month-3 = Maarso
date-month-4 = Abriil
date-month-5 = Maajo
date-month-6 = Juun
date-month-7 = Luulyo
date-month-8 = Agoosto
date-month-9 = Sebtembar
date-month-10 = Oktoobar
date-month-11 = Nofeembar
date-month-12 = Diseembar
