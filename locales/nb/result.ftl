## result.html: overskriftene på delene av hver resultatside, i rekkefølge

result-why-heading = Hvorfor
result-todo-heading = Dette må du gjøre
result-police-heading = Hos politiet
result-post-heading = Slik kommer kortet i posten
result-not-come-heading = Hvis kortet ikke kommer
result-letter-heading = Brevet med vedtaket ditt
result-answers-heading = Svarene dine
result-change = Endre
result-print-hint = Du kan skrive ut denne siden eller lagre den som PDF.
# Foran lenken til den offisielle siden en del av siden kommer fra.
result-source = Kilde:
# Foran lenkene når en del av siden kommer fra flere offisielle sider.
result-sources = Kilder:

## Én overskrift for hvert resultat

outcome-police-will-contact-you-title = Vent på at politiet kontakter deg
outcome-wait-for-letter-title = Vent til du får beskjed om hva du skal gjøre
outcome-card-by-mail-title = Ikke bestill time. Politiet sender oppholdskortet ditt i posten
outcome-book-in-application-portal-title = Du må bestille time hos politiet i { -application-portal }
outcome-book-by-phone-title = Du må bestille time hos politiet på telefon
outcome-see-decision-letter-title = Les brevet med vedtaket ditt

## Hvorfor: én eller to setninger for hver grunn

reason-first-time-protection = Du søkte om beskyttelse (asyl) for første gang, hos politiet i Norge. Du må møte hos politiet, men du skal ikke bestille timen selv. Politiet kontakter deg og gir deg en time.
reason-resettlement-refugee = Du kom til Norge som overføringsflyktning. Du må melde deg for politiet innen sju dager etter at du kom til Norge. Derfor kaller politiet deg inn så snart de får saken din fra { -udi }. Du skal ikke bestille timen selv.
reason-collective-protection-first-permit = Du har fått kollektiv beskyttelse for første gang. Noen må møte hos politiet for å ta bilde og fingeravtrykk til oppholdskortet. Andre tok bilde og fingeravtrykk da de søkte beskyttelse, og trenger ikke å møte en gang til.
reason-child-turned-six = Tillatelsen din med kollektiv beskyttelse er forlenget, og kortet er for et barn som har fylt 6 år etter at tillatelsen ble gitt. Barnet må møte hos politiet for å gi fingeravtrykk. Det står i et eget brev fra { -udi }.
reason-no-expired-document = Du har ikke et norsk utlendingspass eller reisebevis for flyktninger som er utløpt. Politiet kan bruke bildet og fingeravtrykkene fra da du leverte søknaden, så du trenger ikke å møte hos politiet igjen.
reason-document-handed-in = Du leverte det utløpte reisedokumentet ditt til politiet da du søkte, så du skal ikke bestille time.
reason-first-travel-document = Du søkte om avledet flyktningstatus, og du skal få et norsk reisedokument for første gang. Da trenger du ikke å bestille time.
reason-collective-protection-extended = Tillatelsen din med kollektiv beskyttelse er forlenget. Når tillatelsen blir forlenget, får du et nytt oppholdskort i postkassen din.
reason-expired-document-not-handed-in = Du har et norsk utlendingspass eller reisebevis for flyktninger som er utløpt, og du leverte det ikke til politiet da du søkte. Du må bestille time og levere det til politiet.
reason-applied-before-cutoff = Du søkte før 16. april 2021. Alle som søkte før denne datoen, må bestille time hos politiet.
reason-handed-in-by-proxy = Søknaden din ble levert av en annen person med fullmakt. Da må du selv bestille time hos politiet.
reason-applied-from-abroad = Du leverte søknaden på en ambassade eller et visumsøknadssenter i utlandet. Alle som har søkt fra utlandet, må bestille time hos politiet i Norge for å få oppholdskort.
reason-not-covered-by-guide = Denne veiviseren gjelder beskyttelse (asyl), overføringsflyktninger, kollektiv beskyttelse, fornyelse, permanent oppholdstillatelse, avledet flyktningstatus og første oppholdstillatelse for familieinnvandring, arbeid og studier. Den gjelder ikke søknaden du valgte.

## Dette må du gjøre: politiet kontakter deg

todo-contact-do-not-book = Ikke bestill time selv.
todo-contact-wait = Politiet kontakter deg og gir deg en time.
todo-contact-go = Møt opp til timen. Etterpå bestiller politiet oppholdskortet ditt.

## Dette må du gjøre: vent til du får beskjed (kollektiv beskyttelse)

todo-letter-do-not-book = Ikke bestill time hos politiet selv.
todo-letter-told = Du får beskjed om du må møte hos politiet for å ta bilde og fingeravtrykk.
todo-letter-follow = Hvis du får beskjed om å møte hos politiet, må du følge beskjeden.
todo-letter-id-number = Når du har møtt hos politiet, får du et brev med fødselsnummeret ditt.
todo-child-letter = Du får et eget brev fra { -udi } om at barnet må møte hos politiet for å gi fingeravtrykk.
todo-child-follow = Gjør det som står i brevet.

## Dette må du gjøre: kortet kommer i posten

todo-mail-do-not-book = Ikke bestill time. Politiet sender oppholdskortet til deg i posten.
todo-mail-extended = Du trenger ikke å søke eller gjøre noe annet. { -udi } forlenger tillatelsen uten at du søker, og du får vite mer i et brev.

## Dette må du gjøre: bestille time

todo-portal-why = Søknaden din ble registrert i { -application-portal }, så du bestiller timen der.
todo-portal-step-login = Logg inn i { -application-portal } med den samme kontoen som du brukte til søknaden
todo-portal-step-find = Gå til «Mine søknader» og velg søknaden din. Trykk på «Gå til søknad» for å åpne kvitteringssiden for søknaden.
todo-portal-step-book = Trykk på «Bestille time». Velg hvor du skal møte hos politiet, og velg så en ledig dato og tid.
todo-portal-step-email = Du får en e-post som bekrefter tid og sted. Les e-posten: der kan politiet fortelle deg hva mer du må ta med.
todo-portal-no-button-heading = Hvis knappen «Bestille time» ikke er der
todo-portal-no-button = Da er det ingen ledige timer på det stedet akkurat nå. Politiet legger ut nye timer jevnlig, så logg inn igjen senere og sjekk.
todo-portal-lost-access = Hvis du ikke lenger kan logge inn med kontoen du brukte til søknaden, ringer du politidistriktet ditt for å bestille time.
todo-phone-why = Søknaden din ble ikke registrert i { -application-portal }, så du bestiller timen på telefon hos politidistriktet ditt.
todo-phone-step-find = Finn politidistriktet ditt på nettsiden til politiet: søk etter kommunen du bor i
todo-phone-step-call = Ring politidistriktet og bestill time.
todo-not-udi = { -udi } kan ikke bestille time for deg. Ikke ring { -udi } for å bestille.
todo-arriving-heading = Hvis du kommer til Norge fra utlandet
todo-arriving-where = Bestill timen hos politiet på stedet der du skal bo. Du kan bestille før du reiser til Norge.
todo-arriving-when = Velg en time i løpet av de første sju dagene dine i Norge. Hvis ingen time er ledig innen da, bestiller du den første ledige timen.

## Dette må du gjøre: andre søknader

todo-read-letter = Les brevet med vedtaket om søknaden din. Der står det om du må møte hos politiet for å få oppholdskortet.
todo-brexit = Hvis du søkte etter brexit-regelverket, får du beskjed om å bestille time etter at søknaden din er ferdig behandlet.
todo-eea-family = Hvis du er familiemedlem av en EU/EØS-borger, har { -udi } egne sider om oppholdskortet ditt:
todo-start-again = Hvis du valgte «Noe annet» ved en feil, kan du endre svaret ditt nedenfor.

## Hos politiet

police-if-told = Hvis du får beskjed om å møte hos politiet:
police-take = Politiet tar bilde av deg og tar fingeravtrykkene dine, og du skriver under.
police-take-child = Politiet tar fingeravtrykkene til barnet.
police-bring = Ta med:
police-bring-passport = passet ditt, hvis du har et
police-bring-expired-document = det utløpte norske utlendingspasset eller reisebeviset for flyktninger: det leverer du til politiet
police-bring-old-card = det gamle oppholdskortet ditt, hvis du har et. Lever det: hvis du ikke gjør det, kan det hende du må betale et gebyr.
police-bring-not-listed = De offisielle sidene lister ikke opp alt du må ta med. Les brevet med vedtaket ditt og det politiet sender deg.
police-under-18 = Hvis du er under 18 år, må en av foreldrene dine eller vergen din bli med deg.
police-child-guardian = En av foreldrene eller en verge må være med barnet.
police-moved = Hvis du har flyttet etter at du søkte, må du si fra til politiet på timen, slik at den nye adressen din blir registrert.
police-sua = Er du faglært arbeidstaker eller familiemedlem av en faglært arbeidstaker, og bor du i Oslo, Bergen, Trondheim eller Stavanger? Da kan du kanskje møte hos politiet på Servicesenter for utenlandske arbeidstakere (SUA) i byen din. På nettsiden til politiet står det hvor du skal møte.

## Slik kommer kortet i posten

post-by-post = Politiet sender kortet til adressen din med vanlig post.
# $days: arbeidsdagene de fleste av UDIs sider oppgir; $work_days: dem siden
# for arbeidstillatelser oppgir (tall). «Minst»: ingen side oppgir et høyeste antall.
post-time-after-appointment = Det tar vanligvis noen uker etter timen hos politiet. Ifølge sidene til { -udi } tar det minst { $days ->
        [one] { $days } arbeidsdag
       *[other] { $days } arbeidsdager
    } (minst { $work_days ->
        [one] { $work_days } arbeidsdag
       *[other] { $work_days } arbeidsdager
    } for arbeidstillatelser). Ingen offisiell side sier hvor lang tid det høyst kan ta.
post-time-not-given = De offisielle sidene for gruppen din sier ikke hvor lang tid det tar.
post-mailbox = Sett navnet ditt på postkassen, og navnene til alle i familien din som bor sammen med deg. Post blir ikke levert i en postkasse der navnet ditt ikke står.
post-register-posten = Hvis du ikke er registrert hos Posten, må du registrere deg som ny postmottaker. Fyll ut skjemaet fra Posten, og ta det med til et postkontor eller en Post i Butikk. Ta med legitimasjon.
post-check-address = Hvis du er registrert hos Posten, logg inn med BankID eller MinID og sjekk at Posten har riktig adresse til deg.
post-moving = Hvis du flytter før kortet kommer, må du si fra til politiet.
post-travel = Ikke bestill reiser til utlandet før kortet har kommet. For å reise må du ha både gyldig pass og gyldig oppholdskort.

## Hvis kortet ikke kommer

not-come-returned = Hvis Posten ikke kan levere kortet, går det tilbake til politiet.
not-come-contact-applied = Hvis kortet ikke har kommet, eller hvis du har spørsmål om det, kontakt politidistriktet der du leverte søknaden eller hadde timen din.
not-come-contact-live = Hvis kortet ikke har kommet, eller hvis du har spørsmål om det, kontakt politidistriktet der du bor.
not-come-lost = Hvis kortet blir borte i posten, må det bestilles et nytt kort. Det tar lengre tid.
not-come-damaged = Hvis kortet du får, er skadet eller har feil, kontakt politiet. Da er det nye kortet gratis.

## Brevet med vedtaket ditt

letter-says = I brevet som kom sammen med vedtaket ditt, står det om du må møte hos politiet.
letter-follow = Hvis brevet sier noe annet enn denne veiviseren, gjør det som står i brevet.

## Tilbakemelding nederst på resultatsiden

feedback-question = Hjalp denne veiviseren deg?
feedback-yes = Ja
feedback-no = Nei
feedback-thanks = Takk! Svaret ditt hjelper oss å gjøre veiviseren bedre.
feedback-privacy = Vi teller svaret ditt sammen med resultatet og språket på denne siden. Vi lagrer ingenting som kan identifisere deg.
