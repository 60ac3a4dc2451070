## result.html: the headings of the parts of every result page, in order

result-why-heading = Sababta
result-todo-heading = Waxa ay tahay inaad samayso
result-police-heading = Marka aad booliska tagto
result-post-heading = Sida kaarku boostada kuugu yimaado
result-not-come-heading = Haddii kaarku iman waayo
result-letter-heading = Warqadda go'aankaaga
result-answers-heading = Jawaabahaaga
result-change = Beddel
result-print-hint = Boggan waad daabici kartaa, ama waxaad u kaydin kartaa PDF ahaan.
# Before the link to the official page a part of the page comes from.
result-source = Isha:
# Before the links when a part of the page comes from several official pages.
result-sources = Ilaha:

## One heading for each outcome

outcome-police-will-contact-you-title = Sug inta boolisku kula soo xiriirayo
outcome-wait-for-letter-title = Sug ilaa laguu sheego waxa aad samaynayso
outcome-card-by-mail-title = Ballan ha qabsan. Booliska ayaa kaarka deganaanshaha boostada kuugu soo diri doona
outcome-book-in-application-portal-title = Waa inaad ballanta booliska ka qabsataa { -application-portal }
outcome-book-by-phone-title = Waa inaad ballanta booliska ku qabsataa taleefan
outcome-see-decision-letter-title = Akhri warqadda go'aanka

## Why: one or two sentences for each reason

reason-first-time-protection = Waxaad markii ugu horreysay magangelyo (ilaalin) ka codsatay booliska gudaha Norway. Waa inaad la kulantaa booliska, laakiin adigu ballanta ma qabsanaysid: booliska ayaa kula soo xiriiraya oo ku siinaya waqti.
reason-resettlement-refugee = Waxaad Norway u timid qaxooti dib-u-dejin ah. Waa inaad booliska isu soo sheegtaa toddobo maalmood gudahood marka aad timaaddo, sidaas darteed booliska ayaa kuu yeeraya isla marka ay kiiskaaga ka helaan { -udi }. Adigu ballanta ma qabsanaysid.
reason-collective-protection-first-permit = Waxaa markii ugu horreysay lagu siiyay ilaalin wadareed. Dadka qaarkood waa inay la kulmaan booliska si looga qaado sawir iyo raadka faraha ee kaarka. Qaar kale ayaa bixiyay sawirka iyo raadka faraha markii ay ilaalin codsadeen, mana u baahna inay mar kale tagaan.
reason-child-turned-six = Sharcigaaga ilaalinta wadareed waa la kordhiyay, kaarkuna wuxuu u yahay ilmo gaaray 6 sano tan iyo markii sharciga la bixiyay. Ilmuhu waa inuu booliska u tagaa si uu u bixiyo raadka faraha. Warqad gooni ah oo ka timid { -udi } ayaa sidaas sheegaysa.
reason-no-expired-document = Ma haysatid baasaboorka ajnabiga ee Norway ama dukumentiga safarka ee qaxootiga oo muddadiisu dhacday. Booliska waxay isticmaali karaan sawirka iyo raadka faraha ee laga qaaday markii aad gudbisay codsigaaga, sidaas darteed uma baahnid inaad mar kale la kulanto.
reason-document-handed-in = Markii aad codsatay, waxaad booliska siisay dukumentigaagii safarka ee muddadiisu dhacday, sidaas darteed waa inaadan ballan qabsan.
reason-first-travel-document = Waxaad codsatay qaxootinimo laga dhaxlay qoyska, waxaadna markii ugu horreysay heleysaa dukumenti safar oo Norway ah. Markaas uma baahnid inaad ballan qabsato.
reason-collective-protection-extended = Sharcigaaga ilaalinta wadareed waa la kordhiyay. Marka sharciga la kordhiyo, kaar deganaansho oo cusub ayaa kuugu yimaada sanduuqa boostada.
reason-expired-document-not-handed-in = Waxaad haysataa baasaboorka ajnabiga ee Norway ama dukumentiga safarka ee qaxootiga oo muddadiisu dhacday, mana aadan siin booliska markii aad codsatay. Waa inaad ballan qabsataa oo aad dukumentiga u dhiibtaa booliska.
reason-applied-before-cutoff = Waxaad codsatay ka hor 16-ka Abriil 2021. Qof kasta oo codsaday taariikhdaas ka hor waa inuu ballan ka qabsadaa booliska.
reason-handed-in-by-proxy = Qof kale ayaa codsigaaga kuu gudbiyay, isagoo haysta wakaalad. Markaas waa inaad adigu ballanta booliska qabsato.
reason-applied-from-abroad = Codsigaaga waxaad ku gudbisay safaarad ama xarun codsiga fiisaha oo ka baxsan Norway. Qof kasta oo dibadda ka codsaday waa inuu ballan ka qabsadaa booliska gudaha Norway si uu u helo kaarka deganaanshaha.
reason-not-covered-by-guide = Hagahan wuxuu daboolayaa magangelyo (ilaalin), qaxootiga dib-u-dejinta, ilaalin wadareed, cusboonaysiin, sharciga deganaanshaha joogtada ah, qaxootinimo laga dhaxlay qoyska, iyo sharciyada ugu horreeya ee qoys, shaqo iyo waxbarasho. Ma daboolayo codsiga aad dooratay.

## What you need to do: the police will contact you

todo-contact-do-not-book = Adigu ballan ha qabsan.
todo-contact-wait = Booliska ayaa kula soo xiriiri doona oo ku siin doona waqti ballan.
todo-contact-go = Tag ballanta. Kadib booliska ayaa kuu dalbanaya kaarka deganaanshaha.

## What you need to do: wait until you are told (collective protection)

todo-letter-do-not-book = Adigu ballan ha ka qabsan booliska.
todo-letter-told = Waxaa lagu ogeysiin doonaa in ay tahay inaad la kulanto booliska si lagaaga qaado sawir iyo raadka faraha iyo in kale.
todo-letter-follow = Haddii laguu sheego inaad la kulanto booliska, samee sida laguu sheego.
todo-letter-id-number = Kadib markii aad la kulanto booliska, waxaad heli doontaa warqad ay ku qoran yihiin lambarkaaga aqoonsiga qaranka (fødselsnummer).
todo-child-letter = Waxaad heli doontaa warqad gooni ah oo ka timid { -udi } oo sheegaysa in ilmuhu ay tahay inuu booliska u tago si uu u bixiyo raadka faraha.
todo-child-follow = Samee waxa warqaddu sheegayso.

## What you need to do: the card comes by post

todo-mail-do-not-book = Ballan ha qabsan. Booliska ayaa kaarka deganaanshaha boostada kuugu soo diri doona.
todo-mail-extended = Uma baahnid inaad codsato ama aad wax kale samayso: { -udi } ayaa sharciga kordhisa iyadoon codsi la gudbin, warqad ayaana wax badan kuu sheegi doonta.

## What you need to do: book an appointment

todo-portal-why = Codsigaaga waxaa lagu diiwaangeliyay { -application-portal }, sidaas darteed ballanta halkaas ayaad ka qabsanaysaa.
todo-portal-step-login = Soo gal { -application-portal } adigoo isticmaalaya isla akoonkii aad codsigaaga u isticmaashay
todo-portal-step-find = Tag “My applications” (codsiyadayda) oo dooro codsigaaga. Riix “Go to application” (tag codsiga) si aad u furto bogga rasiidka codsiga.
todo-portal-step-book = Riix “Book an appointment” (ballan qabso). Dooro meesha aad kula kulmayso booliska, kadibna taariikh iyo waqti bannaan.
todo-portal-step-email = Waxaad heli doontaa iimayl xaqiijinaya waqtiga iyo meesha. Akhri: waxaa laga yaabaa in booliska ay kuu sheegaan waxyaabo kale oo aad keento.
todo-portal-no-button-heading = Haddii uusan jirin badhanka “Book an appointment” (ballan qabso)
todo-portal-no-button = Markaas hadda meeshaas ma jiraan waqtiyo bannaan. Booliska ayaa si joogto ah u daraya waqtiyo cusub, sidaas darteed mar dambe dib u soo gal oo hubi.
todo-portal-lost-access = Haddii aadan hadda kadib geli karin akoonkii aad codsigaaga u isticmaashay, wac degmada booliska ee deegaankaaga si aad ballan u qabsato.
todo-phone-why = Codsigaaga laguma diiwaangelin { -application-portal }, sidaas darteed ballanta waxaad ku qabsanaysaa taleefan, adigoo wacaya degmada booliska ee deegaankaaga.
todo-phone-step-find = Degmada booliska ee deegaankaaga ka raadi bogga internetka ee booliska: raadi kommune-ka (dawladda hoose) aad ku nooshahay
todo-phone-step-call = Wac degmada booliska oo ballan qabso.
todo-not-udi = { -udi } kuuma qabsan karto ballan. Ha wicin { -udi } si aad ballan u qabsato.
todo-arriving-heading = Haddii aad dibadda ka imanayso oo aad Norway u socoto
todo-arriving-where = Ballanta ka qabso booliska meesha aad ku noolaan doonto. Waxaad ballanta qabsan kartaa ka hor inta aadan Norway u safrin.
todo-arriving-when = Dooro waqti ku jira toddobada maalmood ee ugu horreeya ee aad Norway joogto. Haddii aysan jirin waqti bannaan muddadaas gudaheeda, qabso waqtiga bannaan ee ugu horreeya.

## What you need to do: other applications

todo-read-letter = Akhri warqadda go'aanka ee codsigaaga. Waxay sheegaysaa in ay tahay inaad la kulanto booliska si aad u hesho kaarka deganaanshaha iyo in kale.
todo-brexit = Haddii aad ku codsatay xeerarka Brexit, waxaa lagu ogeysiinayaa inaad ballan qabsato marka go'aan laga gaaro codsigaaga.
todo-eea-family = Haddii aad xubin qoys ka tahay muwaadin EU/EEA ah, { -udi } waxay leedahay bogag u gaar ah oo ku saabsan kaarkaaga deganaanshaha:
todo-start-again = Haddii aad si khalad ah u dooratay “Wax kale”, jawaabtaada hoos waad ka beddeli kartaa.

## At the police

police-if-told = Haddii laguu sheego inaad la kulanto booliska:
police-take = Booliska ayaa kaa qaadaya sawir iyo raadka farahaaga, adiguna waad saxiixaysaa.
police-take-child = Booliska ayaa ka qaadaya raadka faraha ilmaha.
police-bring = Keen:
police-bring-passport = baasaboorkaaga, haddii aad haysato
police-bring-expired-document = baasaboorka ajnabiga ee Norway ama dukumentiga safarka ee qaxootiga ee muddadiisu dhacday: waxaad u dhiibaysaa booliska
police-bring-old-card = kaarkaagii hore ee deganaanshaha, haddii aad haysato. U dhiib booliska: haddii aadan dhiibin, waxaa laga yaabaa inaad bixiso khidmad.
police-bring-not-listed = Bogagga rasmiga ah ma taxayaan wax kasta oo ay tahay inaad keento. Akhri warqadda go'aankaaga iyo waxa booliska kuu soo diraan.
police-under-18 = Haddii aad ka yar tahay 18 sano, waa inuu kula yimaadaa waalid ama qofka mas'uulka kaa ah.
police-child-guardian = Waalid ama qofka mas'uulka ka ah ilmaha waa inuu ilmaha la yimaadaa.
police-moved = Haddii aad guurtay tan iyo markii aad codsatay, u sheeg booliska marka aad ballanta joogto, si cinwaankaaga cusub loo diiwaangeliyo.
police-sua = Ma tahay shaqaale xirfad leh, ama xubin qoyska mid ka mid ah, oo ma ku nooshahay Oslo, Bergen, Trondheim ama Stavanger? Markaas waxaa laga yaabaa inaad booliska kula kulanto Xarunta Adeegga Shaqaalaha Ajnabiga ah (SUA) ee magaaladaada. Bogga internetka ee booliska ayaa sheegaya meesha aad kula kulmayso.

## How the card comes by post

post-by-post = Booliska ayaa kaarka cinwaankaaga ugu soo dira boostada caadiga ah.
# $days: the working days most of UDI's pages give; $work_days: those the
# page for work permits gives (numbers). "At least": no page gives a most.
post-time-after-appointment = Badanaa waxay qaadataa dhowr toddobaad kadib ballantaada booliska. Bogagga { -udi } waxay sheegayaan ugu yaraan { $days ->
        [one] { $days } maalin oo shaqo ah
       *[other] { $days } maalmood oo shaqo ah
    } (ugu yaraan { $work_days ->
        [one] { $work_days } maalin oo shaqo ah
       *[other] { $work_days } maalmood oo shaqo ah
    } haddii ay tahay sharci shaqo). Ma jiro bog rasmi ah oo sheegaya inta ugu badan ee ay qaadan karto.
post-time-not-given = Bogagga rasmiga ah ee kooxdaada ma sheegayaan inta ay qaadanayso.
post-mailbox = Magacaaga ku qor sanduuqa boostada, iyo magacyada qof kasta oo qoyskaaga ka mid ah oo kula nool. Boostada laguma keeno sanduuq boosto oo aan magacaagu ku qornayn.
post-register-posten = Haddii aadan ka diiwaan gashanayn Posten (adeegga boostada ee Norway), iska diiwaangeli sidii qof cusub oo boosto qaata (“ny postmottaker”). Buuxi foomka Posten, kuna geey xafiis boosto ama Post i Butikk. Aqoonsigaaga sido.
post-check-address = Haddii aad ka diiwaan gashan tahay Posten, gal boggooda adigoo isticmaalaya BankID ama MinID, oo hubi in Posten ay haysato cinwaankaaga saxda ah.
post-moving = Haddii aad guurto ka hor inta uusan kaarku kuu iman, u sheeg booliska.
post-travel = Ha ballansan safar dibadda ah ka hor inta uusan kaarku kuu iman. Si aad u safarto, waxaad u baahan tahay labadaba: baasaboor ansax ah iyo kaar deganaansho oo ansax ah.

## If the card does not come

not-come-returned = Haddii boostadu aysan kaarka kuu keeni karin, kaarku wuxuu dib ugu noqonayaa booliska.
not-come-contact-applied = Haddii kaarku uusan iman, ama aad su'aalo ka qabto, la xiriir degmada booliska ee aad codsigaaga ku gudbisay ama aad ballanta ku lahayd.
not-come-contact-live = Haddii kaarku uusan iman, ama aad su'aalo ka qabto, la xiriir degmada booliska ee aad ku nooshahay.
not-come-lost = Haddii kaarku boostada ku lumo, waa in kaar cusub la dalbadaa. Taasi waqti dheeraad ah ayay qaadanaysaa.
not-come-damaged = Haddii kaarka aad hesho uu dhaawacan yahay ama uu khaladaad leeyahay, la xiriir booliska. Markaas kaarka cusub waa bilaash.

## The letter with your decision

letter-says = Warqaddii la socotay go'aankaaga ayaa sheegaysa in ay tahay inaad la kulanto booliska iyo in kale.
letter-follow = Haddii warqaddu sheegayso wax ka duwan waxa hagahan sheegayo, samee waxa warqaddu sheegayso.

## Feedback at the end of the result page

feedback-question = Hagahan miyuu ku caawiyay?
feedback-yes = Haa
feedback-no = Maya
feedback-thanks = Mahadsanid. Jawaabtaadu waxay na caawinaysaa inaan hagaha wanaajinno.
feedback-privacy = Jawaabtaada waxaan la tirinnaa natiijada iyo luqadda boggan. Ma kaydinno wax lagu garan karo cidda aad tahay.
