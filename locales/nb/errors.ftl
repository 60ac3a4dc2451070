## error.html: one title and one message for each kind of error

error-not-found-title = Fant ikke siden
error-not-found-body = Sjekk at nettadressen er riktig. Siden kan også være flyttet.
error-method-title = Siden kan ikke gjøre dette
error-method-body = Siden fikk en forespørsel den ikke kan svare på. Gå tilbake til veiviseren og prøv igjen.
error-cross-site-title = Vi lagret ikke svaret ditt
error-cross-site-body = Skjemaet ble sendt fra en annen nettside. For å beskytte deg tar vi bare imot svar fra denne veiviseren. Svarene du ga tidligere, er fortsatt lagret.
error-too-large-title = Det ble sendt for mye
error-too-large-body = Skjemaet sendte mer enn denne veiviseren tar imot. Gå tilbake til spørsmålet og velg ett av svarene.
error-bad-form-title = Vi kunne ikke lese skjemaet
error-bad-form-body = Skjemaet ble ikke sendt på en måte som denne veiviseren forstår. Gå tilbake til spørsmålet og prøv igjen.
error-internal-title = Beklager, noe gikk galt hos oss
error-internal-body = Svarene dine er fortsatt lagret. Prøv igjen om noen minutter.
error-start-link = Gå til starten av veiviseren
