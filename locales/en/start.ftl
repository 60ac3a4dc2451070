## start.html

start-title = Find out how to get your residence card
start-lead = Use this guide if you have been granted a residence permit in Norway and are waiting for your residence card.
start-for-whom = It is for people granted protection (asylum), resettlement refugees, people with collective protection (who fled the war in Ukraine), people whose permit has been renewed, people granted permanent residence or derived refugee status, and people granted a first permit for family immigration, work or studies.
start-tells-you = The guide tells you if you must:
start-tells-book = book an appointment with the police, and how to book it
start-tells-wait = wait for the police to contact you
start-tells-letter = wait to be told whether you must meet the police
start-tells-mail = or wait for the card to come by mail
# $questions: the most questions any path asks; $minutes: about how long it takes.
start-time = You answer up to { $questions ->
        [one] { $questions } short question
       *[other] { $questions } short questions
    }. It takes about { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
start-button = Start now
start-not-eu = EU and EEA citizens do not get a residence card. This guide is not for them.
start-privacy-heading = Your answers are private
start-privacy = Your answers are saved only in your browser, and are deleted when you close it. If you use a shared computer, choose “Start again” when you are finished, then close the browser.
