## start.html

start-title = Ogow sida aad u heli karto kaarka deganaanshaha
start-lead = Isticmaal hagahan haddii lagu siiyay sharciga deganaanshaha ee Norway oo aad sugayso kaarka deganaanshaha.
start-for-whom = Hagahan wuxuu u socdaa dadka lagu siiyay magangelyo (ilaalin), qaxootiga dib-u-dejinta, dadka haysta ilaalin wadareed (kuwa ka cararay dagaalka Ukraine), dadka sharcigooda la cusboonaysiiyay, dadka lagu siiyay sharciga deganaanshaha joogtada ah ama qaxootinimo laga dhaxlay qoyska, iyo dadka lagu siiyay sharcigii ugu horreeyay ee qoys, shaqo ama waxbarasho.
start-tells-you = Hagahu wuxuu kuu sheegayaa haddii ay tahay inaad:
start-tells-book = ballan ka qabsato booliska, iyo sida aad u qabsanayso
start-tells-wait = sugto inta boolisku kula soo xiriirayo
start-tells-letter = sugto ilaa lagu ogeysiiyo in ay tahay inaad la kulanto booliska iyo in kale
start-tells-mail = ama sugto inta kaarka boostada laguugu soo dirayo
# $questions: the most questions any path asks; $minutes: about how long it takes.
start-time = Waxaad ka jawaabaysaa ilaa { $questions ->
        [one] { $questions } su'aal oo gaaban
       *[other] { $questions } su'aalood oo gaagaaban
    }. Waxay qaadanaysaa qiyaastii { $minutes ->
        [one] { $minutes } daqiiqad
       *[other] { $minutes } daqiiqo
    }.
start-button = Hadda bilow
start-not-eu = Muwaadiniinta Midowga Yurub (EU) iyo Aagga Dhaqaalaha Yurub (EEA) ma helaan kaarka deganaanshaha. Hagahan looma samayn iyaga.
start-privacy-heading = Jawaabahaagu waa qarsoodi
start-privacy = Jawaabahaaga waxaa lagu kaydiyaa biraawsarkaaga oo keliya, waxaana la tirtirayaa marka aad xirto. Haddii aad isticmaasho kombiyuutar dad kale la wadaagaan, dooro “Dib u bilow” marka aad dhammayso, kadibna xir biraawsarka.
