## result.html

result-why-heading = Hvorfor
result-next-heading = Dette må du gjøre
result-answers-heading = Svarene dine
result-change = Endre
result-print-hint = Du kan skrive ut denne siden eller lagre den som PDF.
# Foran lenken til den offisielle siden en grunn kommer fra.
result-source = Kilde:

## Én overskrift for hvert resultat

outcome-police-will-contact-you-title = Vent på at politiet kontakter deg
outcome-wait-for-letter-title = Ikke bestill time selv. Du får beskjed om hva du skal gjøre
outcome-card-by-mail-title = Du trenger ikke å bestille time. Oppholdskortet ditt kommer i posten
outcome-book-in-application-portal-title = Du må bestille time hos politiet i Søknadsportalen
outcome-book-by-phone-title = Du må bestille time hos politiet på telefon
outcome-see-decision-letter-title = Les brevet med vedtaket ditt

## Hvorfor: én setning for hver grunn

reason-first-time-protection = Du søkte om beskyttelse (asyl) for første gang. Du må møte hos politiet, men du trenger ikke å bestille timen selv.
reason-collective-protection-first-permit = Du har fått kollektiv beskyttelse for første gang. Noen må møte hos politiet for å ta bilde og fingeravtrykk til oppholdskortet. Andre tok bilde og fingeravtrykk da de søkte beskyttelse, og trenger ikke å møte en gang til.
reason-child-turned-six = Tillatelsen din med kollektiv beskyttelse er forlenget, og kortet er for et barn som har fylt 6 år etter at tillatelsen ble gitt første gang. Barnet må møte hos politiet for å gi fingeravtrykk.
reason-no-expired-document = Du har ikke et norsk utlendingspass eller reisebevis for flyktninger som er utløpt.
reason-document-handed-in = Du leverte det utløpte reisedokumentet ditt til politiet da du søkte.
reason-first-travel-document = Du søkte om avledet flyktningstatus, og du skal få et norsk reisedokument for første gang.
reason-collective-protection-extended = Tillatelsen din med kollektiv beskyttelse er forlenget. Når tillatelsen blir forlenget, får du et nytt oppholdskort i postkassen din.
reason-expired-document-not-handed-in = Du har et norsk utlendingspass eller reisebevis for flyktninger som er utløpt, og du leverte det ikke til politiet da du søkte.
reason-applied-before-cutoff = Du søkte før 16. april 2021. Alle som søkte før denne datoen, må bestille time hos politiet.
reason-handed-in-by-proxy = Søknaden din ble levert av en annen person med fullmakt. Da må du selv bestille time hos politiet.
reason-applied-from-abroad = Du søkte om oppholdstillatelsen fra utlandet. Alle som har søkt fra utlandet, må bestille time hos politiet for å få oppholdskort.
reason-not-covered-by-guide = Denne veiviseren gjelder beskyttelse, kollektiv beskyttelse, fornyelse, avledet flyktningstatus og første oppholdstillatelse for familieinnvandring, arbeid og studier. Den gjelder ikke søknaden du valgte.

## Dette må du gjøre: politiet kontakter deg

police-contact-wait = Politiet kontakter deg og gir deg en time.
police-contact-do-not-book = Du trenger ikke å bestille time selv.
police-contact-meet = Du må møte opp til timen for å få oppholdskortet ditt.

## Dette må du gjøre: vent på beskjed (kollektiv beskyttelse)

letter-wait-do-not-book = Ikke bestill time hos politiet selv.
letter-wait-told = Du får beskjed om du må møte hos politiet for å ta bilde og fingeravtrykk.
letter-wait-id-number = Hvis du møter hos politiet, får du etterpå et brev med fødselsnummeret ditt.
letter-wait-card = Oppholdskortet blir sendt til deg i posten.
letter-child-letter = Du får et eget brev om at barnet må møte hos politiet for å gi fingeravtrykk.
letter-child-guardian = En av foreldrene eller en verge må være med barnet til politiet.
letter-child-next = Gjør det som står i brevet.

## Dette må du gjøre: kortet kommer i posten

mail-do-not-book = Du trenger ikke å bestille time. Oppholdskortet blir sendt til deg i posten.
mail-receive-heading = Slik sørger du for at kortet kommer fram
mail-name-on-mailbox = Sett navnet ditt på postkassen. Hvis du bor sammen med familie, setter du navnene deres på postkassen også.
mail-register-posten = Hvis du ikke er registrert hos Posten, må du registrere deg som ny postmottaker. Fyll ut skjemaet fra Posten, og ta det med til et postkontor eller en Post i Butikk. Ta med legitimasjon.
mail-check-address = Hvis du er registrert hos Posten, logg inn med BankID eller MinID og sjekk at Posten har riktig adresse til deg.
mail-moving = Hvis du flytter før kortet kommer, må du si fra til politiet.
mail-travel = Ikke planlegg reiser utenfor Norge før du har fått kortet.
mail-wait-heading = Hvis kortet ikke kommer
# $days: arbeidsdager (et tall).
mail-delivery-time = Det kan ta opptil omtrent { $days ->
        [one] { $days } arbeidsdag
       *[other] { $days } arbeidsdager
    } før kortet kommer.
mail-returned = Hvis Posten ikke kan levere kortet, går det tilbake til politiet. Det tar omtrent { $days ->
        [one] { $days } arbeidsdag
       *[other] { $days } arbeidsdager
    }. Politiet kontakter deg da på telefon eller e-post.
mail-not-arrived = Hvis kortet ikke har kommet og ingen har kontaktet deg, kontakt politidistriktet der du søkte.

## Dette må du gjøre: bestille time

book-portal-why = Søknaden din ble registrert i { -application-portal }, så du bestiller timen der.
book-portal-step-login = Logg inn i { -application-portal }
book-portal-step-book = Velg en time hos politiet.
book-phone-why = Søknaden din ble ikke registrert i { -application-portal }, så du må ringe det lokale politidistriktet ditt for å bestille time.
book-phone-step-find = Finn politidistriktet ditt på nettsiden til politiet
book-phone-step-call = Ring politidistriktet og bestill time.
book-phone-not-udi = { -udi } kan ikke bestille time for deg. Ikke ring { -udi } for å bestille.
book-step-meet = Møt opp til timen. Politiet tar bilde av deg og tar fingeravtrykkene dine.
book-under-18 = Hvis du er under 18 år, må en av foreldrene dine eller vergen din bli med deg.
book-after = Deretter bestiller politiet oppholdskortet ditt.

## Dette må du gjøre: andre søknader

letter-read = I brevet med vedtaket om søknaden din står det om du må møte hos politiet for å få oppholdskortet.
letter-brexit = Hvis du søkte etter brexit-regelverket, får du beskjed om å bestille time etter at søknaden din er ferdig behandlet.
letter-start-again = Hvis du valgte «Noe annet» ved en feil, kan du endre svaret ditt nedenfor.

## Tilbakemelding nederst på resultatsiden

feedback-question = Hjalp denne veiviseren deg?
feedback-yes = Ja
feedback-no = Nei
feedback-thanks = Takk! Svaret ditt hjelper oss å gjøre veiviseren bedre.
feedback-privacy = Vi teller svaret ditt sammen med resultatet og språket på denne siden. Vi lagrer ingenting som kan identifisere deg.
