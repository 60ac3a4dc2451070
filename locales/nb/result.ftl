## result.html

result-why-heading = Hvorfor
result-next-heading = Dette må du gjøre
result-answers-heading = Svarene dine
result-change = Endre
result-print-hint = Du kan skrive ut denne siden eller lagre den som PDF.

## Én overskrift for hvert resultat

outcome-police-will-contact-you-title = Vent på at politiet kontakter deg
outcome-card-by-mail-title = Du trenger ikke å bestille time. Oppholdskortet ditt kommer i posten
outcome-book-in-application-portal-title = Du må bestille time hos politiet i Søknadsportalen
outcome-book-by-phone-title = Du må bestille time hos politiet på telefon
outcome-see-decision-letter-title = Les brevet med vedtaket ditt

## Hvorfor: én setning for hver grunn

reason-first-time-protection = Du søkte om beskyttelse (asyl) for første gang. Du må møte hos politiet, men du skal ikke bestille timen selv.
reason-no-expired-document = Du søkte om fornyelse eller om avledet flyktningstatus, og du har ikke et utlendingspass eller et reisebevis for flyktninger som er utløpt.
reason-document-handed-in = Du leverte det utløpte reisedokumentet ditt til politiet da du søkte.
reason-first-travel-document = Du søkte om avledet flyktningstatus, og du skal få et norsk reisedokument for første gang.
reason-expired-document-not-handed-in = Du har et utlendingspass eller et reisebevis for flyktninger som er utløpt, og du leverte det ikke til politiet da du søkte.
reason-applied-before-cutoff = Du søkte før 16. april 2021. Alle som søkte før denne datoen, må bestille time hos politiet.
reason-not-covered-by-guide = Denne veiviseren er bare for dem som søkte om beskyttelse for første gang, om fornyelse eller om avledet flyktningstatus.

## Dette må du gjøre: politiet kontakter deg

police-contact-wait = Politiet kontakter deg og gir deg en time.
police-contact-do-not-book = Ikke bestill time selv.
police-contact-meet = Du må møte opp til timen for å få oppholdskortet ditt.

## Dette må du gjøre: kortet kommer i posten

mail-do-not-book = Ikke bestill time. Politiet sender oppholdskortet til deg i posten.
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

book-portal-why = Du registrerte søknaden din i { -application-portal }, så du bestiller timen der.
book-portal-step-login = Logg inn i Søknadsportalen
book-portal-step-book = Velg en time hos politiet.
book-phone-why = Du brukte ikke { -application-portal } da du søkte, så du må ringe det lokale politidistriktet ditt for å bestille time.
book-phone-step-find = Finn politidistriktet ditt på nettsiden til politiet
book-phone-step-call = Ring politidistriktet og bestill time.
book-phone-not-udi = { -udi } kan ikke bestille time for deg. Ikke ring { -udi } for å bestille.
book-step-meet = Møt opp til timen. Politiet tar bilde av deg og tar fingeravtrykkene dine.
book-under-18 = Hvis du er under 18 år, må en av foreldrene dine eller vergen din bli med deg.
book-after = Deretter bestiller politiet oppholdskortet ditt.

## Dette må du gjøre: andre søknader

letter-read = I brevet med vedtaket om søknaden din står det om du må møte hos politiet igjen for å få oppholdskortet.
letter-examples = Det kan for eksempel hende at du må bestille time hvis du søkte fra utlandet, hvis noen med fullmakt søkte for deg, eller hvis arbeidsgiveren din søkte på nett for deg.
letter-start-again = Hvis du valgte «Noe annet» ved en feil, kan du endre svaret ditt nedenfor.

## Tilbakemelding nederst på resultatsiden

feedback-question = Hjalp denne veiviseren deg?
feedback-yes = Ja
feedback-no = Nei
feedback-thanks = Takk! Svaret ditt hjelper oss å gjøre veiviseren bedre.
feedback-privacy = Vi teller bare hvor mange som svarer ja og hvor mange som svarer nei. Vi lagrer ingenting om deg.
