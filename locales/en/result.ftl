## result.html: the headings of the parts of every result page, in order

result-why-heading = Why
result-todo-heading = What you need to do
result-police-heading = At the police
result-post-heading = How the card comes by post
result-not-come-heading = If the card does not come
result-letter-heading = The letter with your decision
result-answers-heading = Your answers
result-change = Change
result-print-hint = You can print this page or save it as a PDF.
# Before the link to the official page a part of the page comes from.
result-source = Source:
# Before the links when a part of the page comes from several official pages.
result-sources = Sources:

## One heading for each outcome

outcome-police-will-contact-you-title = Wait for the police to contact you
outcome-wait-for-letter-title = Wait until you are told what to do
outcome-card-by-mail-title = Do not book an appointment. The police will send your residence card by post
outcome-book-in-application-portal-title = You must book an appointment with the police in the { -application-portal }
outcome-book-by-phone-title = You must book an appointment with the police by phone
outcome-see-decision-letter-title = Read the letter with your decision

## Why: one or two sentences for each reason

reason-first-time-protection = You applied for protection (asylum) for the first time, at the police in Norway. You must meet the police, but you do not book the appointment yourself: the police contact you and give you a time.
reason-resettlement-refugee = You came to Norway as a resettlement refugee. You must report to the police within seven days of arriving, so the police call you in as soon as they get your case from { -udi }. You do not book the appointment yourself.
reason-collective-protection-first-permit = You have been granted collective protection for the first time. Some people must meet the police to have their picture and fingerprints taken for the card. Others gave them when they applied for protection and do not need to go again.
reason-child-turned-six = Your permit with collective protection has been extended, and the card is for a child who has turned 6 since the permit was granted. The child must go to the police to give fingerprints. A separate letter from { -udi } says so.
reason-no-expired-document = You do not have a Norwegian alien’s passport or travel document for refugees that has expired. The police can use the picture and fingerprints from when you handed in your application, so you do not need to meet them again.
reason-document-handed-in = You gave your expired travel document to the police when you applied, so you should not book an appointment.
reason-first-travel-document = You applied for derived refugee status, and you will get a Norwegian travel document for the first time. Then you do not need to book an appointment.
reason-collective-protection-extended = Your permit with collective protection has been extended. When the permit is extended, a new residence card comes to your mailbox.
reason-expired-document-not-handed-in = You have a Norwegian alien’s passport or travel document for refugees that has expired, and you did not give it to the police when you applied. You must book an appointment and hand it in to the police.
reason-applied-before-cutoff = You applied before 16 April 2021. Everyone who applied before that date must book an appointment with the police.
reason-handed-in-by-proxy = Someone else handed in your application for you, with a power of attorney. Then you must book the appointment with the police yourself.
reason-applied-from-abroad = You handed in your application at an embassy or a visa application centre outside Norway. Everyone who applied from abroad must book an appointment with the police in Norway to get the residence card.
reason-not-covered-by-guide = This guide covers protection (asylum), resettlement refugees, collective protection, renewals, permanent residence, derived refugee status, and first permits for family immigration, work and studies. It does not cover the application you chose.

## What you need to do: the police will contact you

todo-contact-do-not-book = Do not book an appointment yourself.
todo-contact-wait = The police will contact you and give you a time for an appointment.
todo-contact-go = Go to the appointment. After it, the police order your residence card.

## What you need to do: wait until you are told (collective protection)

todo-letter-do-not-book = Do not book an appointment with the police yourself.
todo-letter-told = You will be told whether you must meet the police to have your picture and fingerprints taken.
todo-letter-follow = If you are told to meet the police, do as you are told.
todo-letter-id-number = After you have met the police, you get a letter with your national identity number (fødselsnummer).
todo-child-letter = You will get a separate letter from { -udi } that says the child must go to the police to give fingerprints.
todo-child-follow = Do what the letter says.

## What you need to do: the card comes by post

todo-mail-do-not-book = Do not book an appointment. The police will send the residence card to you by post.
todo-mail-extended = You do not need to apply or do anything else: { -udi } extends the permit without an application, and a letter tells you more.

## What you need to do: book an appointment

todo-portal-why = Your application was registered in the { -application-portal }, so you book the appointment there.
todo-portal-step-login = Log in to the { -application-portal } with the same account that you used for your application
todo-portal-step-find = Go to “My applications” and choose your application. Press “Go to application” to open its receipt page.
todo-portal-step-book = Press “Book an appointment”. Choose where you will meet the police, then a free date and time.
todo-portal-step-email = You get an e-mail that confirms the time and place. Read it: the police may tell you what else to bring.
todo-portal-no-button-heading = If there is no “Book an appointment” button
todo-portal-no-button = Then there are no free times at that place right now. The police add new times regularly, so log in again later and check.
todo-portal-lost-access = If you can no longer log in to the account that you used for your application, call your police district to book.
todo-phone-why = Your application was not registered in the { -application-portal }, so you book the appointment by phone with your police district.
todo-phone-step-find = Find your police district on the police website: search for the municipality you live in
todo-phone-step-call = Call the police district and book an appointment.
todo-not-udi = { -udi } cannot book an appointment for you. Do not call { -udi } to book.
todo-arriving-heading = If you are coming to Norway from abroad
todo-arriving-where = Book the appointment with the police in the place where you are going to live. You can book before you travel to Norway.
todo-arriving-when = Choose a time in your first seven days in Norway. If no time is free by then, book the first free time.

## What you need to do: other applications

todo-read-letter = Read the letter with the decision on your application. It says whether you must meet the police to get your residence card.
todo-brexit = If you applied under the Brexit rules, you are told to book an appointment after your application has been decided.
todo-eea-family = If you are the family member of an EU/EEA citizen, { -udi } has its own pages about your residence card:
todo-start-again = If you chose “Something else” by mistake, you can change your answer below.

## At the police

police-if-told = If you are told to meet the police:
police-take = The police take your picture and your fingerprints, and you sign.
police-take-child = The police take the child’s fingerprints.
police-bring = Bring:
police-bring-passport = your passport, if you have one
police-bring-expired-document = the expired Norwegian alien’s passport or travel document for refugees: you hand it in to the police
police-bring-old-card = your old residence card, if you have one. Hand it in: if you do not, you may have to pay a fee.
police-bring-not-listed = The official pages do not list everything you must bring. Read your decision letter and what the police send you.
police-under-18 = If you are under 18, a parent or guardian must come with you.
police-child-guardian = A parent or guardian must come with the child.
police-moved = If you have moved since you applied, tell the police at the appointment, so that your new address is registered.
police-sua = Are you a skilled worker, or the family member of one, and do you live in Oslo, Bergen, Trondheim or Stavanger? Then you may be able to meet the police at the Service Centre for Foreign Workers (SUA) in your city. The police website says where you meet.

## How the card comes by post

post-by-post = The police send the card to your address by ordinary post.
# $days: the working days most of UDI's pages give; $work_days: those the
# page for work permits gives (numbers). "At least": no page gives a most.
post-time-after-appointment = It usually takes some weeks after your appointment with the police. { -udi }’s pages say at least { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    } (at least { $work_days ->
        [one] { $work_days } working day
       *[other] { $work_days } working days
    } for work permits). No official page says how long it can take at most.
post-time-not-given = The official pages for your group do not say how long it takes.
post-mailbox = Put your name on your mailbox, and the names of everyone in your family who lives with you. The post is not delivered to a mailbox without your name on it.
post-register-posten = If you are not registered with Posten (the Norwegian postal service), register as a new mail recipient (“ny postmottaker”). Fill in Posten’s form and take it to a post office or a Post i Butikk. Bring identification.
post-check-address = If you are registered with Posten, log in with BankID or MinID and check that Posten has your right address.
post-moving = If you move before the card comes, tell the police.
post-travel = Do not book trips abroad before the card has come. To travel, you need both a valid passport and a valid residence card.

## If the card does not come

not-come-returned = If the post cannot deliver the card, it goes back to the police.
not-come-contact-applied = If the card has not come, or you have questions about it, contact the police district where you handed in your application or had your appointment.
not-come-contact-live = If the card has not come, or you have questions about it, contact the police district where you live.
not-come-lost = If the card is lost in the post, a new card must be ordered. That takes more time.
not-come-damaged = If the card you get is damaged or has mistakes, contact the police. The new card is then free.

## The letter with your decision

letter-says = The letter that came with your decision says whether you must meet the police.
letter-follow = If the letter says something different from this guide, do what the letter says.

## Feedback at the end of the result page

feedback-question = Did this guide help you?
feedback-yes = Yes
feedback-no = No
feedback-thanks = Thank you. Your answer helps us make the guide better.
feedback-privacy = We count your answer together with the result and the language of this page. We store nothing that can identify you.
