## question.html

question-continue = Sii wad
error-summary-title = Waxaa jira dhibaato
# Read by screen readers before a field's error message.
error-prefix = Khalad:

## The questions. For each: title (the page heading and the question), hint,
## the error when nothing or something unknown is chosen, and a short label
## for the list of answers ("summary").

question-application-date-title = Goorma ayaad codsatay sharcigan deganaanshaha?
question-application-date-hint = Taariikhda waxaad ka heli kartaa rasiidka ama xaqiijinta aad heshay markii aad codsatay.
question-application-date-error = Dooro goorta aad codsatay
question-application-date-summary = Taariikhda aad codsatay
option-application-date-on-or-after-cutoff = 16-ka Abriil 2021 ama ka dib
option-application-date-before-cutoff = Ka hor 16-ka Abriil 2021

question-application-type-title = Maxaad codsatay?
question-application-type-hint = Dooro codsiga aad ku heshay sharciga deganaanshaha.
question-application-type-error = Dooro waxa aad codsatay
question-application-type-summary = Waxa aad codsatay
option-application-type-protection-first-time = Magangelyo (ilaalin) markii ugu horreysay
option-application-type-renewal = Cusboonaysiinta sharciga deganaanshahayga
option-application-type-derived-refugee-status = Qaxootinimo laga dhaxlay qoyska
option-application-type-other = Wax kale

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

question-application-portal-title = Ma ku diiwaangelisay codsigaaga Bogga Codsiyada?
question-application-portal-hint = Bogga internetka ee { -udi } ee aad codsigaaga ku buuxiso oo aad ku dirto waxaa la yiraahdaa { -application-portal } (“Søknadsportalen”).
question-application-portal-error = Dooro haa haddii aad codsigaaga ku diiwaangelisay Bogga Codsiyada
question-application-portal-summary = Isticmaalka Bogga Codsiyada

option-yes = Haa
option-no = Maya
