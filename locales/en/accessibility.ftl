## accessibility.html

a11y-title = Accessibility statement
a11y-intro = We want everyone to be able to use this guide, also with a screen reader, with the keyboard only, with large text or on a small phone.
a11y-standard-heading = Standard
a11y-standard = The guide is made to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA. Norwegian law requires this for public websites. We also test against WCAG 2.2 level AA.
a11y-testing-heading = How we test
a11y-testing-axe = Every page, in every state and in every language of the guide, is checked with the axe-core tool in a real browser each time the guide changes.
a11y-testing-html = The HTML of every page is checked with the Nu HTML Checker.
a11y-testing-keyboard = One full path through the guide is tested with the keyboard only, and every link, button and answer option is checked for a clearly visible focus.
a11y-testing-layout = Pages are checked at 320 pixels wide and at 200 percent zoom, with no sideways scrolling.
a11y-testing-text = Every page is read in a text-only browser, to check that it makes sense without styles.
a11y-design = The guide has no JavaScript, asks one question on each page, and works with styles turned off.
a11y-limits-heading = Known limits
a11y-limits-people = We have not yet tested the guide with people who use screen readers or other assistive technology every day.
a11y-limits-links = The websites we link to, such as the { -application-portal } and the police website, are not covered by this statement.
a11y-feedback-heading = Tell us about a problem
# $operator: the organisation that runs the guide (a setting).
a11y-feedback = This guide is run by { $operator }. If something in the guide does not work for you, tell { $operator } which page it was and what happened.
a11y-feedback-contact = Contact { $operator }
a11y-uutilsynet = If you do not get an answer you are satisfied with, you can report problems with public websites to the Authority for Universal Design of ICT (Uutilsynet).
a11y-feedback-link = Uutilsynet’s website
a11y-updated = This statement was last reviewed on 24 November 2026.
