## question.html

question-continue = Continue
error-summary-title = There is a problem
# Read by screen readers before a field's error message.
error-prefix = Error:

## The questions. For each: title (the page heading and the question), hint,
## the error when nothing or something unknown is chosen, and a short label
## for the list of answers ("summary").

question-application-date-title = When did you apply for this residence permit?
question-application-date-hint = You can find the date on the receipt or confirmation you got when you applied.
question-application-date-error = Select when you applied
question-application-date-summary = Date you applied
option-application-date-on-or-after-cutoff = On 16 April 2021 or later
option-application-date-before-cutoff = Before 16 April 2021

question-application-type-title = What did you apply for?
question-application-type-hint = Choose the application that you got the residence permit for.
question-application-type-error = Select what you applied for
question-application-type-summary = What you applied for
option-application-type-protection-first-time = Protection (asylum) for the first time
option-application-type-renewal = Renewal of my residence permit
option-application-type-derived-refugee-status = Derived refugee status
option-application-type-other = Something else

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

question-application-portal-title = Did you register your application in the Application Portal?
question-application-portal-hint = The { -application-portal } is { -udi }’s website, where you fill in and send your application.
question-application-portal-error = Select yes if you registered your application in the Application Portal
question-application-portal-summary = Used the Application Portal

option-yes = Yes
option-no = No
