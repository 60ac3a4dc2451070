## result.html

result-why-heading = Kvifor
result-next-heading = Dette må du gjere
result-answers-heading = Svara dine
result-change = Endre
result-print-hint = Du kan skrive ut denne sida eller lagre ho som PDF.

## Éi overskrift for kvart resultat

outcome-police-will-contact-you-title = Vent på at politiet kontaktar deg
outcome-card-by-mail-title = Du treng ikkje bestille time. Opphaldskortet ditt kjem i posten
outcome-book-in-application-portal-title = Du må bestille time hos politiet i Søknadsportalen
outcome-book-by-phone-title = Du må bestille time hos politiet på telefon
outcome-see-decision-letter-title = Les brevet med vedtaket ditt

## Kvifor: éi setning for kvar grunn

reason-first-time-protection = Du søkte om vern (asyl) for første gong. Du må møte hos politiet, men du skal ikkje bestille timen sjølv.
reason-no-expired-document = Du søkte om fornying eller om avleidd flyktningstatus, og du har ikkje eit utlendingspass eller eit reisebevis for flyktningar som har gått ut.
reason-document-handed-in = Du leverte reisedokumentet som hadde gått ut, til politiet då du søkte.
reason-first-travel-document = Du søkte om avleidd flyktningstatus, og du skal få eit norsk reisedokument for første gong.
reason-expired-document-not-handed-in = Du har eit utlendingspass eller eit reisebevis for flyktningar som har gått ut, og du leverte det ikkje til politiet då du søkte.
reason-applied-before-cutoff = Du søkte før 16. april 2021. Alle som søkte før denne datoen, må bestille time hos politiet.
reason-not-covered-by-guide = Denne rettleiaren er berre for dei som søkte om vern for første gong, om fornying eller om avleidd flyktningstatus.

## Dette må du gjere: politiet kontaktar deg

police-contact-wait = Politiet kontaktar deg og gir deg ein time.
police-contact-do-not-book = Ikkje bestill time sjølv.
police-contact-meet = Du må møte opp til timen for å få opphaldskortet ditt.

## Dette må du gjere: kortet kjem i posten

mail-do-not-book = Ikkje bestill time. Politiet sender opphaldskortet til deg i posten.
mail-receive-heading = Slik sørgjer du for at kortet kjem fram
mail-name-on-mailbox = Set namnet ditt på postkassa. Viss du bur saman med familie, set du namna deira på postkassa også.
mail-register-posten = Viss du ikkje er registrert hos Posten, må du registrere deg som ny postmottakar. Fyll ut skjemaet frå Posten, og ta det med til eit postkontor eller ein Post i Butikk. Ta med legitimasjon.
mail-check-address = Viss du er registrert hos Posten, logg inn med BankID eller MinID og sjekk at Posten har rett adresse til deg.
mail-moving = Viss du flyttar før kortet kjem, må du seie frå til politiet.
mail-travel = Ikkje planlegg reiser utanfor Noreg før du har fått kortet.
mail-wait-heading = Viss kortet ikkje kjem
# $days: arbeidsdagar (eit tal).
mail-delivery-time = Det kan ta opptil om lag { $days ->
        [one] { $days } arbeidsdag
       *[other] { $days } arbeidsdagar
    } før kortet kjem.
mail-returned = Viss Posten ikkje kan levere kortet, går det tilbake til politiet. Det tek om lag { $days ->
        [one] { $days } arbeidsdag
       *[other] { $days } arbeidsdagar
    }. Politiet kontaktar deg då på telefon eller e-post.
mail-not-arrived = Viss kortet ikkje har kome og ingen har kontakta deg, kontakt politidistriktet der du søkte.

## Dette må du gjere: bestille time

book-portal-why = Du registrerte søknaden din i { -application-portal }, så du bestiller timen der.
book-portal-step-login = Logg inn i Søknadsportalen
book-portal-step-book = Vel ein time hos politiet.
book-phone-why = Du brukte ikkje { -application-portal } då du søkte, så du må ringje det lokale politidistriktet ditt for å bestille time.
book-phone-step-find = Finn politidistriktet ditt på nettsida til politiet
book-phone-step-call = Ring politidistriktet og bestill time.
book-phone-not-udi = { -udi } kan ikkje bestille time for deg. Ikkje ring { -udi } for å bestille.
book-step-meet = Møt opp til timen. Politiet tek bilete av deg og tek fingeravtrykka dine.
book-under-18 = Viss du er under 18 år, må du ha med deg ein av foreldra dine eller den som er verje for deg.
book-after = Etterpå bestiller politiet opphaldskortet ditt.

## Dette må du gjere: andre søknader

letter-read = I brevet med vedtaket om søknaden din står det om du må møte hos politiet igjen for å få opphaldskortet.
letter-examples = Det kan til dømes hende at du må bestille time viss du søkte frå utlandet, viss nokon med fullmakt søkte for deg, eller viss arbeidsgivaren din søkte på nett for deg.
letter-start-again = Viss du valde «Noko anna» ved ein feil, kan du endre svaret ditt nedanfor.

## Tilbakemelding nedst på resultatsida

feedback-question = Hjelpte denne rettleiaren deg?
feedback-yes = Ja
feedback-no = Nei
feedback-thanks = Takk! Svaret ditt hjelper oss å gjere rettleiaren betre.
feedback-privacy = Vi tel berre kor mange som svarar ja og kor mange som svarar nei. Vi lagrar ingenting om deg.
