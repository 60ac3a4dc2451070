## error.html: one title and one message for each kind of error

error-not-found-title = Fann ikkje sida
error-not-found-body = Sjekk at nettadressa er rett. Sida kan også vere flytta.
error-method-title = Sida kan ikkje gjere dette
error-method-body = Sida fekk ein førespurnad ho ikkje kan svare på. Gå tilbake til rettleiaren og prøv igjen.
error-cross-site-title = Vi lagra ikkje svaret ditt
error-cross-site-body = Skjemaet vart sendt frå ei anna nettside. For å verne deg tek vi berre imot svar frå denne rettleiaren. Svara du gav tidlegare, er framleis lagra.
error-too-large-title = Det vart sendt for mykje
error-too-large-body = Skjemaet sende meir enn denne rettleiaren tek imot. Gå tilbake til spørsmålet og vel eitt av svara.
error-bad-form-title = Vi kunne ikkje lese skjemaet
error-bad-form-body = Skjemaet vart ikkje sendt på ein måte som denne rettleiaren forstår. Gå tilbake til spørsmålet og prøv igjen.
error-internal-title = Orsak, noko gjekk gale hos oss
error-internal-body = Svara dine er framleis lagra. Prøv igjen om nokre minutt.
error-start-link = Gå til starten av rettleiaren
