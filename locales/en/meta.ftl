# What search engines and link previews show: never on the page itself.

## base.html (<head>): <meta name="description">, and og:description on the
## start and about pages. One or two sentences, under about 160 characters,
## with the words a reader would search for.

# The start page, and question, result and error pages.
meta-description = Granted a residence permit in Norway? Find out if you must book an appointment with the police to get your residence card, or if it comes by mail.
meta-description-about = Who the residence card guide is for, every rule it uses to tell you whether to book an appointment with the police, and the { -udi } and police pages the rules come from.
meta-description-accessibility = How the residence card guide is made to meet WCAG 2.1 at level AA, how we test it, its known limits, and how to tell us about a problem.
