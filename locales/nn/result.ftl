## result.html

result-why-heading = Kvifor
result-next-heading = Dette må du gjere
result-answers-heading = Svara dine
result-change = Endre
result-print-hint = Du kan skrive ut denne sida eller lagre ho som PDF.
# Framfor lenkja til den offisielle sida ein grunn kjem frå.
result-source = Kjelde:

## Éi overskrift for kvart resultat

outcome-police-will-contact-you-title = Vent på at politiet kontaktar deg
outcome-wait-for-letter-title = Ikkje bestill time sjølv. Du får beskjed om kva du skal gjere
outcome-card-by-mail-title = Du treng ikkje bestille time. Opphaldskortet ditt kjem i posten
outcome-book-in-application-portal-title = Du må bestille time hos politiet i Søknadsportalen
outcome-book-by-phone-title = Du må bestille time hos politiet på telefon
outcome-see-decision-letter-title = Les brevet med vedtaket ditt

## Kvifor: éi setning for kvar grunn

reason-first-time-protection = Du søkte om vern (asyl) for første gong. Du må møte hos politiet, men du treng ikkje bestille timen sjølv.
reason-collective-protection-first-permit = Du har fått kollektivt vern for første gong. Nokre må møte hos politiet for å ta bilete og fingeravtrykk til opphaldskortet. Andre tok bilete og fingeravtrykk då dei søkte vern, og treng ikkje møte ein gong til.
reason-child-turned-six = Løyvet ditt med kollektivt vern er forlengt, og kortet er for eit barn som har fylt 6 år etter at løyvet vart gitt første gong. Barnet må møte hos politiet for å gi fingeravtrykk.
reason-no-expired-document = Du har ikkje eit norsk utlendingspass eller reisebevis for flyktningar som har gått ut.
reason-document-handed-in = Du leverte reisedokumentet som hadde gått ut, til politiet då du søkte.
reason-first-travel-document = Du søkte om avleidd flyktningstatus, og du skal få eit norsk reisedokument for første gong.
reason-collective-protection-extended = Løyvet ditt med kollektivt vern er forlengt. Når løyvet blir forlengt, får du eit nytt opphaldskort i postkassa di.
reason-expired-document-not-handed-in = Du har eit norsk utlendingspass eller reisebevis for flyktningar som har gått ut, og du leverte det ikkje til politiet då du søkte.
reason-applied-before-cutoff = Du søkte før 16. april 2021. Alle som søkte før denne datoen, må bestille time hos politiet.
reason-handed-in-by-proxy = Søknaden din vart levert av ein annan person med fullmakt. Då må du sjølv bestille time hos politiet.
reason-applied-from-abroad = Du søkte om opphaldsløyvet frå utlandet. Alle som har søkt frå utlandet, må bestille time hos politiet for å få opphaldskort.
reason-not-covered-by-guide = Denne rettleiaren gjeld vern, kollektivt vern, fornying, avleidd flyktningstatus og første opphaldsløyve for familieinnvandring, arbeid og studium. Søknaden du valde, er ikkje med i rettleiaren.

## Dette må du gjere: politiet kontaktar deg

police-contact-wait = Politiet kontaktar deg og gir deg ein time.
police-contact-do-not-book = Du treng ikkje bestille time sjølv.
police-contact-meet = Du må møte opp til timen for å få opphaldskortet ditt.

## Dette må du gjere: vent på beskjed (kollektivt vern)

letter-wait-do-not-book = Ikkje bestill time hos politiet sjølv.
letter-wait-told = Du får beskjed om du må møte hos politiet for å ta bilete og fingeravtrykk.
letter-wait-id-number = Viss du møter hos politiet, får du etterpå eit brev med fødselsnummeret ditt.
letter-wait-card = Opphaldskortet blir sendt til deg i posten.
letter-child-letter = Du får eit eige brev om at barnet må møte hos politiet for å gi fingeravtrykk.
letter-child-guardian = Ein av foreldra eller den som er verje for barnet, må vere med barnet til politiet.
letter-child-next = Gjer det som står i brevet.

## Dette må du gjere: kortet kjem i posten

mail-do-not-book = Du treng ikkje bestille time. Opphaldskortet blir sendt til deg i posten.
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

book-portal-why = Søknaden din vart registrert i { -application-portal }, så du bestiller timen der.
book-portal-step-login = Logg inn i { -application-portal }
book-portal-step-book = Vel ein time hos politiet.
book-phone-why = Søknaden din vart ikkje registrert i { -application-portal }, så du må ringje det lokale politidistriktet ditt for å bestille time.
book-phone-step-find = Finn politidistriktet ditt på nettsida til politiet
book-phone-step-call = Ring politidistriktet og bestill time.
book-phone-not-udi = { -udi } kan ikkje bestille time for deg. Ikkje ring { -udi } for å bestille.
book-step-meet = Møt opp til timen. Politiet tek bilete av deg og tek fingeravtrykka dine.
book-under-18 = Viss du er under 18 år, må du ha med deg ein av foreldra dine eller den som er verje for deg.
book-after = Etterpå bestiller politiet opphaldskortet ditt.

## Dette må du gjere: andre søknader

letter-read = I brevet med vedtaket om søknaden din står det om du må møte hos politiet for å få opphaldskortet.
letter-brexit = Viss du søkte etter brexit-regelverket, får du beskjed om å bestille time etter at søknaden din er ferdig behandla.
letter-start-again = Viss du valde «Noko anna» ved ein feil, kan du endre svaret ditt nedanfor.

## Tilbakemelding nedst på resultatsida

feedback-question = Hjelpte denne rettleiaren deg?
feedback-yes = Ja
feedback-no = Nei
feedback-thanks = Takk! Svaret ditt hjelper oss å gjere rettleiaren betre.
feedback-privacy = Vi tel svaret ditt saman med resultatet og språket på denne sida. Vi lagrar ingenting som kan identifisere deg.
