## question.html

question-continue = Continue
error-summary-title = There is a problem
# Read by screen readers before a field's error message.
error-prefix = Error:

## The questions. For each: title (the page heading and the question), hint,
## the error when nothing or something unknown is chosen, and a short label
## for the list of answers ("summary").

question-application-date-title = When did you apply for this residence permit?
question-application-date-hint = This is the date you handed in your application, not the date you got the decision.
question-application-date-error = Select when you applied
question-application-date-summary = Date you applied
option-application-date-on-or-after-cutoff = On 16 April 2021 or later
option-application-date-before-cutoff = Before 16 April 2021

question-application-type-title = What did you apply for?
question-application-type-hint = Choose the application that you got the residence permit for.
question-application-type-error = Select what you applied for
question-application-type-summary = What you applied for
option-application-type-protection-first-time = Protection (asylum) for the first time
option-application-type-protection-first-time-hint = You applied for asylum at the police in Norway.
option-application-type-resettlement-refugee = Resettlement refugee (quota refugee)
option-application-type-resettlement-refugee-hint = You were selected together with UNHCR, the UN refugee agency, and came to Norway as a refugee.
option-application-type-collective-protection = Collective protection
option-application-type-collective-protection-hint = For people who fled the war in Ukraine.
option-application-type-renewal = Renewal of my residence permit
option-application-type-renewal-hint = If you have collective protection, choose collective protection instead.
option-application-type-permanent-residence = Permanent residence
option-application-type-derived-refugee-status = Derived refugee status
option-application-type-derived-refugee-status-hint = You are the family member of someone who has refugee status in Norway.
option-application-type-other-permit = My first permit for family immigration, work, studies or another reason
option-application-type-other-permit-hint = For example a family immigration permit, a work permit or a study permit.
option-application-type-other = Something else
option-application-type-other-hint = For example, you applied under the Brexit rules, or you are the family member of an EU/EEA citizen.

question-collective-protection-permit-title = Is this your first permit with collective protection, or has it been extended?
question-collective-protection-permit-hint = A permit with collective protection is given for one year at a time. It is extended automatically, without an application. If yours is not extended, you are told.
question-collective-protection-permit-error = Select if this is your first permit or an extended permit
question-collective-protection-permit-summary = Permit with collective protection
option-collective-protection-permit-first = My first permit with collective protection
option-collective-protection-permit-extended = My permit has been extended

question-child-turned-six-title = Is the residence card for a child who has turned 6 since the permit was granted?
question-child-turned-six-hint = Answer yes if the child was 5 or younger when the permit was granted, is 6 or older now, and has not given fingerprints to the police since.
question-child-turned-six-error = Select yes if the card is for a child who has turned 6
question-child-turned-six-summary = Card for a child who has turned 6

question-applied-from-title = Where did you hand in your application?
question-applied-from-hint = This is where you met in person to hand in the application and give your fingerprints and picture. Filling in or sending the form online is not handing it in.
question-applied-from-error = Select where you handed in your application
question-applied-from-summary = Where you handed in the application
option-applied-from-norway = At the police in Norway
option-applied-from-abroad = At an embassy or a visa application centre outside Norway

question-power-of-attorney-title = Did someone else hand in your application for you, with a power of attorney?
question-power-of-attorney-hint = A power of attorney (in Norwegian: fullmakt) is a written permission that lets another person act for you.
question-power-of-attorney-error = Select yes if someone else handed in your application with a power of attorney
question-power-of-attorney-summary = Handed in by someone with a power of attorney
option-power-of-attorney-yes-hint = For example, your employer applied online for you.

question-first-travel-document-title = Will you get a Norwegian travel document for the first time?
question-first-travel-document-hint = Answer yes if this is the first time you get a Norwegian travel document, for example a travel document for refugees.
question-first-travel-document-error = Select yes if you will get a Norwegian travel document for the first time
question-first-travel-document-summary = First Norwegian travel document

question-expired-travel-document-title = Do you have a Norwegian alien’s passport or a travel document for refugees that has expired?
question-expired-travel-document-hint = Answer yes only if Norway issued the document and it is no longer valid.
question-expired-travel-document-error = Select yes if you have an expired Norwegian alien’s passport or travel document for refugees
question-expired-travel-document-summary = Expired Norwegian travel document

question-handed-in-title = Did you give the expired document to the police when you applied?
question-handed-in-hint = Answer no if you still have the expired document.
question-handed-in-error = Select yes if you gave the expired document to the police
question-handed-in-summary = Gave the expired document to the police

question-application-portal-title = Was your application registered in the { -application-portal }?
question-application-portal-hint = The { -application-portal } (in Norwegian: Søknadsportalen) is { -udi }’s website, where applications are filled in and sent.
question-application-portal-error = Select yes if your application was registered in the { -application-portal }
question-application-portal-summary = Registered in the { -application-portal }

option-yes = Yes
option-no = No
