## accessibility.html

a11y-title = Bayaanka helitaanka
a11y-intro = Waxaan doonaynaa in qof kasta isticmaali karo hagahan, xitaa isagoo isticmaalaya barnaamij shaashadda u akhriya, kiiboodhka oo keliya, qoraal waaweyn ama taleefan yar.
a11y-standard-heading = Heerka
a11y-standard = Hagaha waxaa loo sameeyay inuu buuxiyo tilmaamaha caalamiga ah ee helitaanka bogagga internetka, WCAG 2.1, heerka AA. Sharciga Norway ayaa tan ku waajibiya bogagga internetka ee dowladda. Waxaan sidoo kale ku tijaabinaa WCAG 2.2 heerka AA.
a11y-testing-heading = Sida aan u tijaabinno
a11y-testing-axe = Bog kasta, xaalad kasta iyo luqad kasta oo hagaha ah waxaa lagu hubiyaa qalabka axe-core oo ku shaqeeya biraawsar dhab ah, mar kasta oo hagaha wax laga beddelo.
a11y-testing-html = Koodhka HTML ee bog kasta waxaa lagu hubiyaa Nu HTML Checker.
a11y-testing-keyboard = Hal waddo oo dhammaystiran oo hagaha ah waxaa lagu tijaabiyaa kiiboodhka oo keliya. Isku-xir kasta, badhan kasta iyo jawaab kasta waxaa la hubiyaa in si cad loo arki karo marka kiiboodhka lagu gaaro.
a11y-testing-layout = Bogagga waxaa lagu hubiyaa ballac 320 bikseel ah iyo weyneyn 200 boqolkiiba, iyadoo aan loo baahnayn in bogga dhinac loo riixo.
a11y-testing-text = Bog kasta waxaa lagu akhriyaa biraawsar qoraal keliya muujiya, si loo hubiyo inuu macno samaynayo xitaa haddii aan qaabayn lahayn.
a11y-design = Hagaha kuma jiro JavaScript, bog kasta wuxuu weydiiyaa hal su'aal, wuxuuna shaqeeyaa xitaa marka qaabaynta la damiyo.
a11y-limits-heading = Xaddidaadaha aan ognahay
a11y-limits-people = Weli ma aanan hagaha ku tijaabin dad maalin kasta isticmaala barnaamij shaashadda u akhriya ama qalab kale oo caawimaad ah.
a11y-limits-links = Bogagga internetka ee aan ku xirno, sida { -application-portal } iyo bogga booliska, bayaankan kuma jiraan.
a11y-feedback-heading = Noo sheeg dhibaato
# $operator: the organisation that runs the guide (a setting).
a11y-feedback = Hagahan waxaa maamula { $operator }. Haddii wax hagaha ku jira aysan kuu shaqeyn, u sheeg { $operator } bogga uu ahaa iyo waxa dhacay.
a11y-feedback-contact = La xiriir { $operator }
a11y-uutilsynet = Haddii aadan helin jawaab aad ku qanacdo, dhibaatooyinka bogagga internetka ee dowladda waxaad u sheegi kartaa Hay'adda Naqshadeynta Loo Wada Dhan Yahay ee Tiknoolajiyadda (Uutilsynet).
a11y-feedback-link = Bogga internetka ee Uutilsynet
a11y-updated = Bayaankan waxaa markii ugu dambeysay dib loo eegay 24-ka Nofeembar 2026.
