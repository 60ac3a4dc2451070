## error.html: one title and one message for each kind of error

error-not-found-title = Page not found
error-not-found-body = Check that the web address is right. The page may also have moved.
error-method-title = This page cannot do that
error-method-body = The page was asked to do something it does not do. Go back to the guide and try again.
error-cross-site-title = We did not save your answer
error-cross-site-body = The form was sent from another website. To protect you, we only accept answers sent from this guide. Your earlier answers are still saved.
error-too-large-title = Too much was sent
error-too-large-body = The form sent more than this guide accepts. Go back to the question and choose one of the answers.
error-bad-form-title = We could not read the form
error-bad-form-body = The form was not sent in a way this guide understands. Go back to the question and try again.
error-internal-title = Sorry, something went wrong on our side
error-internal-body = Your answers are still saved. Try again in a few minutes.
error-start-link = Go to the start of the guide
