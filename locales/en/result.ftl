## result.html

result-why-heading = Why
result-next-heading = What you need to do
result-answers-heading = Your answers
result-change = Change
result-print-hint = You can print this page or save it as a PDF.
# Before the link to the official page a reason comes from.
result-source = Source:

## One heading for each outcome

outcome-police-will-contact-you-title = Wait for the police to contact you
outcome-wait-for-letter-title = Do not book an appointment yourself. You will be told what to do
outcome-card-by-mail-title = You do not need to book an appointment. Your residence card will come by mail
outcome-book-in-application-portal-title = You must book an appointment with the police in the Application Portal
outcome-book-by-phone-title = You must book an appointment with the police by phone
outcome-see-decision-letter-title = Read the letter with your decision

## Why: one sentence for each reason

reason-first-time-protection = You applied for protection (asylum) for the first time. You must meet the police, but you do not have to book the appointment yourself.
reason-collective-protection-first-permit = You have been granted collective protection for the first time. Some people must meet the police to have their picture and fingerprints taken for the card. Others gave them when they applied for protection and do not need to go again.
reason-child-turned-six = Your permit with collective protection has been extended, and the card is for a child who has turned 6 since the permit was first granted. The child must go to the police to give fingerprints.
reason-no-expired-document = You do not have a Norwegian alien’s passport or travel document for refugees that has expired.
reason-document-handed-in = You gave your expired travel document to the police when you applied.
reason-first-travel-document = You applied for derived refugee status, and you will get a Norwegian travel document for the first time.
reason-collective-protection-extended = Your permit with collective protection has been extended. When the permit is extended, a new residence card comes to your mailbox.
reason-expired-document-not-handed-in = You have a Norwegian alien’s passport or travel document for refugees that has expired, and you did not give it to the police when you applied.
reason-applied-before-cutoff = You applied before 16 April 2021. Everyone who applied before that date must book an appointment with the police.
reason-handed-in-by-proxy = Someone else handed in your application for you, with a power of attorney. Then you must book the appointment with the police yourself.
reason-applied-from-abroad = You applied for the residence permit from outside Norway. Everyone who applied from abroad must book an appointment with the police to get the residence card.
reason-not-covered-by-guide = This guide covers protection, collective protection, renewals, derived refugee status and first permits for family immigration, work and studies. It does not cover the application you chose.

## What to do: police will contact you

police-contact-wait = The police will contact you and give you a time for an appointment.
police-contact-do-not-book = You do not have to book an appointment yourself.
police-contact-meet = You must go to the appointment to get your residence card.

## What to do: wait for a letter (collective protection)

letter-wait-do-not-book = Do not book an appointment with the police yourself.
letter-wait-told = You will be told whether you must meet the police to have your picture and fingerprints taken.
letter-wait-id-number = If you meet the police, you get a letter with your national identity number (fødselsnummer) after the appointment.
letter-wait-card = The residence card is sent to you by mail.
letter-child-letter = You will get a separate letter that says the child must go to the police to give fingerprints.
letter-child-guardian = A parent or guardian must come with the child to the police.
letter-child-next = Follow what the letter says.

## What to do: card by mail

mail-do-not-book = You do not need to book an appointment. The residence card will be sent to you by mail.
mail-receive-heading = How to make sure the card reaches you
mail-name-on-mailbox = Put your name on your mailbox. If family members live with you, put their names on it too.
mail-register-posten = If you are not registered with Posten (the Norwegian postal service), register as a new mail recipient (“ny postmottaker”). Fill in Posten’s form and take it to a post office or a Post i Butikk. Bring identification.
mail-check-address = If you are registered with Posten, log in with BankID or MinID and check that Posten has your right address.
mail-moving = If you move before the card arrives, tell the police.
mail-travel = Do not plan travel outside Norway before you have the card.
mail-wait-heading = If the card does not come
# $days: working days (a number).
mail-delivery-time = It can take up to about { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    } for the card to arrive.
mail-returned = If the post cannot deliver the card, it goes back to the police. This takes about { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    }. The police will then contact you by phone or e-mail.
mail-not-arrived = If the card has not come and nobody has contacted you, contact the police district where you applied.

## What to do: book an appointment

book-portal-why = Your application was registered in the { -application-portal }, so you book the appointment there.
book-portal-step-login = Log in to the { -application-portal }
book-portal-step-book = Choose a time for an appointment with the police.
book-phone-why = Your application was not registered in the { -application-portal }, so you must call your local police district to book the appointment.
book-phone-step-find = Find your police district on the police website
book-phone-step-call = Call the police district and book an appointment.
book-phone-not-udi = { -udi } cannot book an appointment for you. Do not call { -udi } to book.
book-step-meet = Go to the appointment. The police take your picture and your fingerprints.
book-under-18 = If you are under 18, a parent or guardian must come with you.
book-after = The police then order your residence card.

## What to do: other applications

letter-read = The letter with the decision on your application says if you must meet the police to get your residence card.
letter-brexit = If you applied under the Brexit rules, you are told to book an appointment after your application has been decided.
letter-start-again = If you chose “Something else” by mistake, you can change your answer below.

## Feedback at the end of the result page

feedback-question = Did this guide help you?
feedback-yes = Yes
feedback-no = No
feedback-thanks = Thank you. Your answer helps us make the guide better.
feedback-privacy = We count your answer together with the result and the language of this page. We store nothing that can identify you.
