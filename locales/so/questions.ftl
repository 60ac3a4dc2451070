## question.html

question-continue = Sii wad
error-summary-title = Waxaa jira dhibaato
# Read by screen readers before a field's error message.
error-prefix = Khalad:

## The questions. For each: title (the page heading and the question), hint,
## the error when nothing or something unknown is chosen, and a short label
## for the list of answers ("summary").

question-application-date-title = Goorma ayaad codsatay sharcigan deganaanshaha?
question-application-date-hint = Tani waa taariikhda aad gudbisay codsigaaga, ma aha taariikhda aad heshay go'aanka.
question-application-date-error = Dooro goorta aad codsatay
question-application-date-summary = Taariikhda aad codsatay
option-application-date-on-or-after-cutoff = 16-ka Abriil 2021 ama ka dib
option-application-date-before-cutoff = Ka hor 16-ka Abriil 2021

question-application-type-title = Maxaad codsatay?
question-application-type-hint = Dooro codsiga aad ku heshay sharciga deganaanshaha.
question-application-type-error = Dooro waxa aad codsatay
question-application-type-summary = Waxa aad codsatay
option-application-type-protection-first-time = Magangelyo (ilaalin) markii ugu horreysay
option-application-type-protection-first-time-hint = Waxaad magangelyo ka codsatay booliska gudaha Norway.
option-application-type-resettlement-refugee = Qaxooti dib-u-dejin (qaxooti kootada)
option-application-type-resettlement-refugee-hint = Waxaa lagu doortay iyadoo lala kaashanayo UNHCR, hay'adda Qaramada Midoobay u qaabilsan qaxootiga, waxaadna Norway u timid qaxooti ahaan.
option-application-type-collective-protection = Ilaalin wadareed
option-application-type-collective-protection-hint = Waxaa loogu talagalay dadka ka cararay dagaalka Ukraine.
option-application-type-renewal = Cusboonaysiinta sharciga deganaanshahayga
option-application-type-renewal-hint = Haddii aad haysato ilaalin wadareed, taa beddelkeeda dooro “Ilaalin wadareed”.
option-application-type-permanent-residence = Sharciga deganaanshaha joogtada ah
option-application-type-derived-refugee-status = Qaxootinimo laga dhaxlay qoyska
option-application-type-derived-refugee-status-hint = Waxaad xubin ka tahay qoyska qof Norway looga aqoonsaday qaxooti.
option-application-type-other-permit = Sharcigaygii ugu horreeyay ee aan ku helay sabab qoys, shaqo, waxbarasho ama sabab kale
option-application-type-other-permit-hint = Tusaale ahaan sharci qoys, sharci shaqo ama sharci waxbarasho.
option-application-type-other = Wax kale
option-application-type-other-hint = Tusaale ahaan, waxaad ku codsatay xeerarka Brexit, ama waxaad xubin qoys ka tahay muwaadin EU/EEA ah.

question-collective-protection-permit-title = Kani ma yahay sharcigaagii ugu horreeyay ee ilaalinta wadareed, mise waa la kordhiyay?
question-collective-protection-permit-hint = Sharciga ilaalinta wadareed waxaa la bixiyaa hal sano markiiba. Si toos ah ayaa loo kordhiyaa, iyadoon codsi la gudbin. Haddii kaaga aan la kordhin, waa lagu ogeysiinayaa.
question-collective-protection-permit-error = Dooro in kani yahay sharcigaagii ugu horreeyay ama sharci la kordhiyay
question-collective-protection-permit-summary = Sharciga ilaalinta wadareed
option-collective-protection-permit-first = Sharcigaygii ugu horreeyay ee ilaalinta wadareed
option-collective-protection-permit-extended = Sharcigayga waa la kordhiyay

question-child-turned-six-title = Kaarka deganaanshaha ma waxaa loogu talagalay ilmo gaaray 6 sano tan iyo markii sharciga la bixiyay?
question-child-turned-six-hint = Ku jawaab haa haddii ilmuhu ahaa 5 sano ama ka yar markii sharciga la bixiyay, hadda uu yahay 6 sano ama ka weyn, oo uusan tan iyo markaas raadka faraha siin booliska.
question-child-turned-six-error = Dooro haa haddii kaarku u yahay ilmo gaaray 6 sano
question-child-turned-six-summary = Kaar loogu talagalay ilmo gaaray 6 sano

question-applied-from-title = Xaggee ayaad qof ahaan ugu gudbisay codsigaaga?
question-applied-from-hint = Tani waa meesha aad qof ahaan u timid si aad u gudbiso codsiga oo aad u bixiso raadka farahaaga iyo sawirkaaga. Foomka internetka ku buuxintiisa ama ku diristiisa ma aha gudbin.
question-applied-from-error = Dooro meesha aad codsigaaga ku gudbisay
question-applied-from-summary = Meesha aad codsiga ku gudbisay
option-applied-from-norway = Booliska, gudaha Norway
option-applied-from-abroad = Safaarad ama xarun codsiga fiisaha, meel ka baxsan Norway

question-power-of-attorney-title = Qof kale ma kuu gudbiyay codsigaaga, isagoo haysta wakaalad?
question-power-of-attorney-hint = Wakaalad (af Noorweeji: fullmakt) waa ogolaansho qoran oo u oggolaanaysa qof kale inuu ku matalo.
question-power-of-attorney-error = Dooro haa haddii qof kale codsigaaga ku gudbiyay wakaalad
question-power-of-attorney-summary = Waxaa gudbiyay qof haysta wakaalad
option-power-of-attorney-yes-hint = Tusaale ahaan, loo-shaqeeyahaaga ayaa internetka kuugu codsaday.

question-first-travel-document-title = Ma markii ugu horreysay ayaad heleysaa dukumenti safar oo Norway ah?
question-first-travel-document-hint = Ku jawaab haa haddii ay tahay markii ugu horreysay ee aad heleyso dukumenti safar oo Norway ah, tusaale ahaan dukumentiga safarka ee qaxootiga.
question-first-travel-document-error = Dooro haa haddii aad markii ugu horreysay heleyso dukumenti safar oo Norway ah
question-first-travel-document-summary = Dukumentiga safarka ee Norway oo ugu horreeya

question-expired-travel-document-title = Ma haysataa baasaboorka ajnabiga ee Norway ama dukumentiga safarka ee qaxootiga oo muddadiisu dhacday?
question-expired-travel-document-hint = Ku jawaab haa oo keliya haddii dukumentiga ay Norway bixisay oo uusan hadda ansax ahayn.
question-expired-travel-document-error = Dooro haa haddii aad haysato baasaboorka ajnabiga ee Norway ama dukumentiga safarka ee qaxootiga oo muddadiisu dhacday
question-expired-travel-document-summary = Dukumenti safar oo Norway ah oo muddadiisu dhacday

question-handed-in-title = Ma siisay booliska dukumentiga muddadiisu dhacday markii aad codsatay?
question-handed-in-hint = Ku jawaab maya haddii aad weli haysato dukumentiga muddadiisu dhacday.
question-handed-in-error = Dooro haa haddii aad booliska siisay dukumentiga muddadiisu dhacday
question-handed-in-summary = Dukumentiga muddadiisu dhacday waa la siiyay booliska

question-application-portal-title = Codsigaaga ma lagu diiwaangeliyay { -application-portal }?
question-application-portal-hint = { -application-portal } (bogga codsiyada, af Noorweeji: Søknadsportalen) waa bogga internetka ee { -udi } ee codsiyada lagu buuxiyo laguna diro.
question-application-portal-error = Dooro haa haddii codsigaaga lagu diiwaangeliyay { -application-portal }
question-application-portal-summary = Lagu diiwaangeliyay { -application-portal }

option-yes = Haa
option-no = Maya
