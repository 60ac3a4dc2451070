# What search engines and link previews show: never on the page itself.

## base.html (<head>): <meta name="description">, and og:description on the
## start and about pages.

# The start page, and question, result and error pages.
meta-description = Ma lagu siiyay sharciga deganaanshaha ee Norway? Ogow haddii ay tahay inaad ballan ka qabsato booliska si aad u hesho kaarka deganaanshaha, ama haddii kaarka boostada laguugu soo dirayo.
meta-description-about = Cidda hagaha kaarka deganaanshaha loogu talagalay, dhammaan xeerarka uu isticmaalo si uu kuu sheego haddii ay tahay inaad ballan ka qabsato booliska, iyo bogagga { -udi } iyo booliska ee xeerarku ka yimaadeen.
meta-description-accessibility = Sida hagaha kaarka deganaanshaha loogu sameeyay inuu buuxiyo WCAG 2.1 heerka AA, sida aan u tijaabinno, xaddidaadaha aan ognahay, iyo sida aad noogu sheegi karto dhibaato.
