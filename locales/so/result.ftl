## result.html

result-why-heading = Sababta
result-next-heading = Waxa ay tahay inaad samayso
result-answers-heading = Jawaabahaaga
result-change = Beddel
result-print-hint = Boggan waad daabici kartaa, ama waxaad u kaydin kartaa PDF ahaan.
# Before the link to the official page a reason comes from.
result-source = Isha:

## One heading for each outcome

outcome-police-will-contact-you-title = Sug inta boolisku kula soo xiriirayo
outcome-wait-for-letter-title = Adigu ballan ha qabsan. Waxaa lagu ogeysiin doonaa waxa aad samaynayso
outcome-card-by-mail-title = Uma baahnid inaad ballan qabsato. Kaarka deganaanshaha waxaa laguugu soo diri doonaa boostada
outcome-book-in-application-portal-title = Waa inaad ballanta booliska ka qabsataa { -application-portal }
outcome-book-by-phone-title = Waa inaad ballanta booliska ku qabsataa taleefan
outcome-see-decision-letter-title = Akhri warqadda go'aanka

## Why: one sentence for each reason

reason-first-time-protection = Waxaad codsatay magangelyo (ilaalin) markii ugu horreysay. Waa inaad la kulantaa booliska, laakiin uma baahnid inaad adigu ballanta qabsato.
reason-collective-protection-first-permit = Waxaa markii ugu horreysay lagu siiyay ilaalin wadareed. Dadka qaarkood waa inay la kulmaan booliska si looga qaado sawir iyo raadka faraha ee kaarka. Qaar kale ayaa bixiyay sawirka iyo raadka faraha markii ay ilaalin codsadeen, mana u baahna inay mar kale tagaan.
reason-child-turned-six = Sharcigaaga ilaalinta wadareed waa la kordhiyay, kaarkuna wuxuu u yahay ilmo gaaray 6 sano tan iyo markii sharciga ugu horreysay la bixiyay. Ilmuhu waa inuu booliska u tagaa si uu u bixiyo raadka faraha.
reason-no-expired-document = Ma haysatid baasaboorka ajnabiga ee Norway ama dukumentiga safarka ee qaxootiga oo muddadiisu dhacday.
reason-document-handed-in = Markii aad codsatay, waxaad booliska siisay dukumentigaagii safarka ee muddadiisu dhacday.
reason-first-travel-document = Waxaad codsatay qaxootinimo laga dhaxlay qoyska, waxaadna markii ugu horreysay heleysaa dukumenti safar oo Norway ah.
reason-collective-protection-extended = Sharcigaaga ilaalinta wadareed waa la kordhiyay. Marka sharciga la kordhiyo, kaar deganaansho oo cusub ayaa kuugu yimaada sanduuqa boostada.
reason-expired-document-not-handed-in = Waxaad haysataa baasaboorka ajnabiga ee Norway ama dukumentiga safarka ee qaxootiga oo muddadiisu dhacday, mana aadan siin booliska markii aad codsatay.
reason-applied-before-cutoff = Waxaad codsatay ka hor 16-ka Abriil 2021. Qof kasta oo codsaday taariikhdaas ka hor waa inuu ballan ka qabsadaa booliska.
reason-handed-in-by-proxy = Qof kale ayaa codsigaaga kuu gudbiyay, isagoo haysta wakaalad. Markaas waa inaad adigu ballanta booliska qabsato.
reason-applied-from-abroad = Sharciga deganaanshaha waxaad ka codsatay meel ka baxsan Norway. Qof kasta oo dibadda ka codsaday waa inuu ballan ka qabsadaa booliska si uu u helo kaarka deganaanshaha.
reason-not-covered-by-guide = Hagahan wuxuu daboolayaa magangelyo (ilaalin), ilaalin wadareed, cusboonaysiin, qaxootinimo laga dhaxlay qoyska, iyo sharciyada ugu horreeya ee qoys, shaqo iyo waxbarasho. Ma daboolayo codsiga aad dooratay.

## What to do: police will contact you

police-contact-wait = Booliska ayaa kula soo xiriiri doona oo ku siin doona waqti ballan.
police-contact-do-not-book = Uma baahnid inaad adigu ballan qabsato.
police-contact-meet = Waa inaad timaaddaa ballanta si aad u hesho kaarka deganaanshaha.

## What to do: wait for a letter (collective protection)

letter-wait-do-not-book = Adigu ballan ha ka qabsan booliska.
letter-wait-told = Waxaa lagu ogeysiin doonaa in ay tahay inaad la kulanto booliska si lagaaga qaado sawir iyo raadka faraha iyo in kale.
letter-wait-id-number = Haddii aad la kulanto booliska, ballanta kadib waxaad heli doontaa warqad ay ku qoran yihiin lambarkaaga aqoonsiga qaranka (fødselsnummer).
letter-wait-card = Kaarka deganaanshaha waxaa laguugu soo diraa boostada.
letter-child-letter = Waxaad heli doontaa warqad gooni ah oo sheegaysa in ilmuhu ay tahay inuu booliska u tago si uu u bixiyo raadka faraha.
letter-child-guardian = Waalid ama qofka mas'uulka ka ah ilmaha waa inuu ilmaha la yimaadaa booliska.
letter-child-next = Raac waxa warqaddu sheegayso.

## What to do: card by mail

mail-do-not-book = Uma baahnid inaad ballan qabsato. Kaarka deganaanshaha waxaa laguugu soo diri doonaa boostada.
mail-receive-heading = Sida aad u hubin karto in kaarku ku soo gaaro
mail-name-on-mailbox = Magacaaga ku qor sanduuqa boostada. Haddii xubno qoyskaaga ka mid ahi kula nool yihiin, magacyadooda sidoo kale ku qor.
mail-register-posten = Haddii aadan ka diiwaan gashanayn Posten (adeegga boostada ee Norway), iska diiwaangeli sidii qof cusub oo boosto qaata (“ny postmottaker”). Buuxi foomka Posten, kuna geey xafiis boosto ama Post i Butikk. Aqoonsigaaga sido.
mail-check-address = Haddii aad ka diiwaan gashan tahay Posten, gal boggooda adigoo isticmaalaya BankID ama MinID, oo hubi in Posten ay haysato cinwaankaaga saxda ah.
mail-moving = Haddii aad guurto ka hor inta uusan kaarku kuu iman, u sheeg booliska.
mail-travel = Ha qorsheyn safar aad Norway uga baxayso ka hor inta aadan kaarka helin.
mail-wait-heading = Haddii kaarku iman waayo
# $days: working days (a number).
mail-delivery-time = Waxay qaadan kartaa ilaa qiyaastii { $days ->
        [one] { $days } maalin oo shaqo ah
       *[other] { $days } maalmood oo shaqo ah
    } inta uu kaarku kuu imanayo.
mail-returned = Haddii boostadu aysan kaarka kuu keeni karin, kaarku wuxuu dib ugu noqonayaa booliska. Taasi waxay qaadataa qiyaastii { $days ->
        [one] { $days } maalin oo shaqo ah
       *[other] { $days } maalmood oo shaqo ah
    }. Kadib booliska ayaa kugula soo xiriiri doona taleefan ama iimayl.
mail-not-arrived = Haddii kaarku uusan iman oo aysan cidna kula soo xiriirin, la xiriir degmada booliska ee aad ka codsatay.

## What to do: book an appointment

book-portal-why = Codsigaaga waxaa lagu diiwaangeliyay { -application-portal }, sidaas darteed ballanta halkaas ayaad ka qabsanaysaa.
book-portal-step-login = Soo gal { -application-portal }
book-portal-step-book = Dooro waqtiga ballanta booliska.
book-phone-why = Codsigaaga laguma diiwaangelin { -application-portal }, sidaas darteed waa inaad wacdaa degmada booliska ee deegaankaaga si aad ballanta u qabsato.
book-phone-step-find = Degmada booliska ee deegaankaaga ka raadi bogga internetka ee booliska
book-phone-step-call = Wac degmada booliska oo ballan qabso.
book-phone-not-udi = { -udi } kuuma qabsan karto ballan. Ha wicin { -udi } si aad ballan u qabsato.
book-step-meet = Tag ballanta. Booliska ayaa kaa qaadaya sawir iyo raadka farahaaga.
book-under-18 = Haddii aad ka yar tahay 18 sano, waa inuu kula yimaadaa waalid ama qofka mas'uulka kaa ah.
book-after = Kadib booliska ayaa kuu dalbanaya kaarka deganaanshaha.

## What to do: other applications

letter-read = Warqadda go'aanka ee codsigaaga ayaa sheegaysa in ay tahay inaad la kulanto booliska si aad u hesho kaarka deganaanshaha iyo in kale.
letter-brexit = Haddii aad ku codsatay xeerarka Brexit, waxaa lagu ogeysiinayaa inaad ballan qabsato marka go'aan laga gaaro codsigaaga.
letter-start-again = Haddii aad si khalad ah u dooratay “Wax kale”, jawaabtaada hoos waad ka beddeli kartaa.

## Feedback at the end of the result page

feedback-question = Hagahan miyuu ku caawiyay?
feedback-yes = Haa
feedback-no = Maya
feedback-thanks = Mahadsanid. Jawaabtaadu waxay na caawinaysaa inaan hagaha wanaajinno.
feedback-privacy = Jawaabtaada waxaan la tirinnaa natiijada iyo luqadda boggan. Ma kaydinno wax lagu garan karo cidda aad tahay.
