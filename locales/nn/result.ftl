## result.html: overskriftene på delane av kvar resultatside, i rekkjefølgje

result-why-heading = Kvifor
result-todo-heading = Dette må du gjere
result-police-heading = Hos politiet
result-post-heading = Slik kjem kortet i posten
result-not-come-heading = Viss kortet ikkje kjem
result-letter-heading = Brevet med vedtaket ditt
result-answers-heading = Svara dine
result-change = Endre
result-print-hint = Du kan skrive ut denne sida eller lagre ho som PDF.
# Framfor lenkja til den offisielle sida ein del av sida kjem frå.
result-source = Kjelde:
# Framfor lenkjene når ein del av sida kjem frå fleire offisielle sider.
result-sources = Kjelder:

## Éi overskrift for kvart resultat

outcome-police-will-contact-you-title = Vent på at politiet kontaktar deg
outcome-wait-for-letter-title = Vent til du får beskjed om kva du skal gjere
outcome-card-by-mail-title = Ikkje bestill time. Politiet sender opphaldskortet ditt i posten
outcome-book-in-application-portal-title = Du må bestille time hos politiet i { -application-portal }
outcome-book-by-phone-title = Du må bestille time hos politiet på telefon
outcome-see-decision-letter-title = Les brevet med vedtaket ditt

## Kvifor: éi eller to setningar for kvar grunn

reason-first-time-protection = Du søkte om vern (asyl) for første gong, hos politiet i Noreg. Du må møte hos politiet, men du skal ikkje bestille timen sjølv. Politiet kontaktar deg og gir deg ein time.
reason-resettlement-refugee = Du kom til Noreg som overføringsflyktning. Du må melde deg for politiet innan sju dagar etter at du kom til Noreg. Difor kallar politiet deg inn så snart dei får saka di frå { -udi }. Du skal ikkje bestille timen sjølv.
reason-collective-protection-first-permit = Du har fått kollektivt vern for første gong. Nokre må møte hos politiet for å ta bilete og fingeravtrykk til opphaldskortet. Andre tok bilete og fingeravtrykk då dei søkte vern, og treng ikkje møte ein gong til.
reason-child-turned-six = Løyvet ditt med kollektivt vern er forlengt, og kortet er for eit barn som har fylt 6 år etter at løyvet vart gitt. Barnet må møte hos politiet for å gi fingeravtrykk. Det står i eit eige brev frå { -udi }.
reason-no-expired-document = Du har ikkje eit norsk utlendingspass eller reisebevis for flyktningar som har gått ut. Politiet kan bruke biletet og fingeravtrykka frå då du leverte søknaden, så du treng ikkje møte hos politiet igjen.
reason-document-handed-in = Du leverte reisedokumentet som hadde gått ut, til politiet då du søkte, så du skal ikkje bestille time.
reason-first-travel-document = Du søkte om avleidd flyktningstatus, og du skal få eit norsk reisedokument for første gong. Då treng du ikkje bestille time.
reason-collective-protection-extended = Løyvet ditt med kollektivt vern er forlengt. Når løyvet blir forlengt, får du eit nytt opphaldskort i postkassa di.
reason-expired-document-not-handed-in = Du har eit norsk utlendingspass eller reisebevis for flyktningar som har gått ut, og du leverte det ikkje til politiet då du søkte. Du må bestille time og levere det til politiet.
reason-applied-before-cutoff = Du søkte før 16. april 2021. Alle som søkte før denne datoen, må bestille time hos politiet.
reason-handed-in-by-proxy = Søknaden din vart levert av ein annan person med fullmakt. Då må du sjølv bestille time hos politiet.
reason-applied-from-abroad = Du leverte søknaden på ein ambassade eller eit visumsøknadssenter i utlandet. Alle som har søkt frå utlandet, må bestille time hos politiet i Noreg for å få opphaldskort.
reason-not-covered-by-guide = Denne rettleiaren gjeld vern (asyl), overføringsflyktningar, kollektivt vern, fornying, permanent opphaldsløyve, avleidd flyktningstatus og første opphaldsløyve for familieinnvandring, arbeid og studium. Søknaden du valde, er ikkje med i rettleiaren.

## Dette må du gjere: politiet kontaktar deg

todo-contact-do-not-book = Ikkje bestill time sjølv.
todo-contact-wait = Politiet kontaktar deg og gir deg ein time.
todo-contact-go = Møt opp til timen. Etterpå bestiller politiet opphaldskortet ditt.

## Dette må du gjere: vent til du får beskjed (kollektivt vern)

todo-letter-do-not-book = Ikkje bestill time hos politiet sjølv.
todo-letter-told = Du får beskjed om du må møte hos politiet for å ta bilete og fingeravtrykk.
todo-letter-follow = Viss du får beskjed om å møte hos politiet, må du følgje beskjeden.
todo-letter-id-number = Når du har møtt hos politiet, får du eit brev med fødselsnummeret ditt.
todo-child-letter = Du får eit eige brev frå { -udi } om at barnet må møte hos politiet for å gi fingeravtrykk.
todo-child-follow = Gjer det som står i brevet.

## Dette må du gjere: kortet kjem i posten

todo-mail-do-not-book = Ikkje bestill time. Politiet sender opphaldskortet til deg i posten.
todo-mail-extended = Du treng ikkje søkje eller gjere noko anna. { -udi } forlengjer løyvet utan at du søkjer, og du får vite meir i eit brev.

## Dette må du gjere: bestille time

todo-portal-why = Søknaden din vart registrert i { -application-portal }, så du bestiller timen der.
todo-portal-step-login = Logg inn i { -application-portal } med den same kontoen som du brukte til søknaden
todo-portal-step-find = Gå til «Mine søknader» og vel søknaden din. Trykk på «Gå til søknad» for å opne kvitteringssida for søknaden.
todo-portal-step-book = Trykk på «Bestille time». Vel kvar du skal møte hos politiet, og vel så ein ledig dato og tid.
todo-portal-step-email = Du får ein e-post som stadfestar tid og stad. Les e-posten: der kan politiet fortelje deg kva meir du må ta med.
todo-portal-no-button-heading = Viss knappen «Bestille time» ikkje er der
todo-portal-no-button = Då er det ingen ledige timar på den staden akkurat no. Politiet legg ut nye timar jamleg, så logg inn igjen seinare og sjekk.
todo-portal-lost-access = Viss du ikkje lenger kan logge inn med kontoen du brukte til søknaden, ringjer du politidistriktet ditt for å bestille time.
todo-phone-why = Søknaden din vart ikkje registrert i { -application-portal }, så du bestiller timen på telefon hos politidistriktet ditt.
todo-phone-step-find = Finn politidistriktet ditt på nettsida til politiet: søk etter kommunen du bur i
todo-phone-step-call = Ring politidistriktet og bestill time.
todo-not-udi = { -udi } kan ikkje bestille time for deg. Ikkje ring { -udi } for å bestille.
todo-arriving-heading = Viss du kjem til Noreg frå utlandet
todo-arriving-where = Bestill timen hos politiet på staden der du skal bu. Du kan bestille før du reiser til Noreg.
todo-arriving-when = Vel ein time i løpet av dei første sju dagane dine i Noreg. Viss ingen time er ledig innan då, bestiller du den første ledige timen.

## Dette må du gjere: andre søknader

todo-read-letter = Les brevet med vedtaket om søknaden din. Der står det om du må møte hos politiet for å få opphaldskortet.
todo-brexit = Viss du søkte etter brexit-regelverket, får du beskjed om å bestille time etter at søknaden din er ferdig behandla.
todo-eea-family = Viss du er familiemedlem av ein EU/EØS-borgar, har { -udi } eigne sider om opphaldskortet ditt:
todo-start-again = Viss du valde «Noko anna» ved ein feil, kan du endre svaret ditt nedanfor.

## Hos politiet

police-if-told = Viss du får beskjed om å møte hos politiet:
police-take = Politiet tek bilete av deg og tek fingeravtrykka dine, og du skriv under.
police-take-child = Politiet tek fingeravtrykka til barnet.
police-bring = Ta med:
police-bring-passport = passet ditt, viss du har eit
police-bring-expired-document = det norske utlendingspasset eller reisebeviset for flyktningar som har gått ut: det leverer du til politiet
police-bring-old-card = det gamle opphaldskortet ditt, viss du har eit. Lever det: viss du ikkje gjer det, kan det hende du må betale eit gebyr.
police-bring-not-listed = Dei offisielle sidene listar ikkje opp alt du må ta med. Les brevet med vedtaket ditt og det politiet sender deg.
police-under-18 = Viss du er under 18 år, må du ha med deg ein av foreldra dine eller den som er verje for deg.
police-child-guardian = Ein av foreldra eller den som er verje for barnet, må vere med barnet.
police-moved = Viss du har flytta etter at du søkte, må du seie frå til politiet på timen, slik at den nye adressa di blir registrert.
police-sua = Er du faglært arbeidstakar eller familiemedlem av ein faglært arbeidstakar, og bur du i Oslo, Bergen, Trondheim eller Stavanger? Då kan du kanskje møte hos politiet på Servicesenter for utanlandske arbeidstakarar (SUA) i byen din. På nettsida til politiet står det kvar du skal møte.

## Slik kjem kortet i posten

post-by-post = Politiet sender kortet til adressa di med vanleg post.
# $days: arbeidsdagane dei fleste av sidene til UDI oppgir; $work_days: dei sida
# for arbeidsløyve oppgir (tal). «Minst»: ingen side oppgir eit høgaste tal.
post-time-after-appointment = Det tek vanlegvis nokre veker etter timen hos politiet. Ifølgje sidene til { -udi } tek det minst { $days ->
        [one] { $days } arbeidsdag
       *[other] { $days } arbeidsdagar
    } (minst { $work_days ->
        [one] { $work_days } arbeidsdag
       *[other] { $work_days } arbeidsdagar
    } for arbeidsløyve). Inga offisiell side seier kor lang tid det høgst kan ta.
post-time-not-given = Dei offisielle sidene for gruppa di seier ikkje kor lang tid det tek.
post-mailbox = Set namnet ditt på postkassa, og namna til alle i familien din som bur saman med deg. Post blir ikkje levert i ei postkasse der namnet ditt ikkje står.
post-register-posten = Viss du ikkje er registrert hos Posten, må du registrere deg som ny postmottakar. Fyll ut skjemaet frå Posten, og ta det med til eit postkontor eller ein Post i Butikk. Ta med legitimasjon.
post-check-address = Viss du er registrert hos Posten, logg inn med BankID eller MinID og sjekk at Posten har rett adresse til deg.
post-moving = Viss du flyttar før kortet kjem, må du seie frå til politiet.
post-travel = Ikkje bestill reiser til utlandet før kortet har kome. For å reise må du ha både gyldig pass og gyldig opphaldskort.

## Viss kortet ikkje kjem

not-come-returned = Viss Posten ikkje kan levere kortet, går det tilbake til politiet.
not-come-contact-applied = Viss kortet ikkje har kome, eller viss du har spørsmål om det, kontakt politidistriktet der du leverte søknaden eller hadde timen din.
not-come-contact-live = Viss kortet ikkje har kome, eller viss du har spørsmål om det, kontakt politidistriktet der du bur.
not-come-lost = Viss kortet blir borte i posten, må det bestillast eit nytt kort. Det tek lengre tid.
not-come-damaged = Viss kortet du får, er skadd eller har feil, kontakt politiet. Då er det nye kortet gratis.

## Brevet med vedtaket ditt

letter-says = I brevet som kom saman med vedtaket ditt, står det om du må møte hos politiet.
letter-follow = Viss brevet seier noko anna enn denne rettleiaren, gjer det som står i brevet.

## Tilbakemelding nedst på resultatsida

feedback-question = Hjelpte denne rettleiaren deg?
feedback-yes = Ja
feedback-no = Nei
feedback-thanks = Takk! Svaret ditt hjelper oss å gjere rettleiaren betre.
feedback-privacy = Vi tel svaret ditt saman med resultatet og språket på denne sida. Vi lagrar ingenting som kan identifisere deg.
