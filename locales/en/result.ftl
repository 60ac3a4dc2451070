## result.html

result-why-heading = Why
result-next-heading = What you need to do
result-answers-heading = Your answers
result-change = Change
result-print-hint = You can print this page or save it as a PDF.

## One heading for each outcome

outcome-police-will-contact-you-title = Wait for the police to contact you
outcome-card-by-mail-title = You do not need to book an appointment. Your residence card will come by mail
outcome-book-in-application-portal-title = You must book an appointment with the police in the Application Portal
outcome-book-by-phone-title = You must book an appointment with the police by phone
outcome-see-decision-letter-title = Read the letter with your decision

## Why: one sentence for each reason

reason-first-time-protection = You applied for protection (asylum) for the first time. You must meet the police, but you do not book the appointment yourself.
reason-no-expired-document = You applied for a renewal or for derived refugee status, and you do not have a Norwegian alien’s passport or travel document for refugees that has expired.
reason-document-handed-in = You gave your expired travel document to the police when you applied.
reason-first-travel-document = You applied for derived refugee status, and you will get a Norwegian travel document for the first time.
reason-expired-document-not-handed-in = You have a Norwegian alien’s passport or travel document for refugees that has expired, and you did not give it to the police when you applied.
reason-applied-before-cutoff = You applied before 16 April 2021. Everyone who applied before that date must book an appointment with the police.
reason-not-covered-by-guide = This guide is only for people who applied for protection for the first time, for a renewal, or for derived refugee status.

## What to do: police will contact you

police-contact-wait = The police will contact you and give you a time for an appointment.
police-contact-do-not-book = Do not book an appointment yourself.
police-contact-meet = You must go to the appointment to get your residence card.

## What to do: card by mail

mail-do-not-book = Do not book an appointment. The police will send the residence card to you by mail.
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

book-portal-why = You registered your application in the { -application-portal }, so you book the appointment there.
book-portal-step-login = Log in to the Application Portal
book-portal-step-book = Choose a time for an appointment with the police.
book-phone-why = You did not use the { -application-portal } when you applied, so you must call your local police district to book the appointment.
book-phone-step-find = Find your police district on the police website
book-phone-step-call = Call the police district and book an appointment.
book-phone-not-udi = { -udi } cannot book an appointment for you. Do not call { -udi } to book.
book-step-meet = Go to the appointment. The police take your picture and your fingerprints.
book-under-18 = If you are under 18, a parent or guardian must come with you.
book-after = The police then order your residence card.

## What to do: other applications

letter-read = The letter with the decision on your application says if you must meet the police again to get your residence card.
letter-examples = For example, you may have to book an appointment if you applied from outside Norway, if someone with power of attorney applied for you, or if your employer applied online for you.
letter-start-again = If you chose “Something else” by mistake, you can change your answer below.

## Feedback at the end of the result page

feedback-question = Did this guide help you?
feedback-yes = Yes
feedback-no = No
feedback-thanks = Thank you. Your answer helps us make the guide better.
feedback-privacy = We only count how many people answer yes and how many answer no. We store nothing about you.
