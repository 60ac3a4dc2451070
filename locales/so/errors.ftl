## error.html: one title and one message for each kind of error

error-not-found-title = Bogga lama helin
error-not-found-body = Hubi in cinwaanka bogga internetku sax yahay. Waxaa kale oo laga yaabaa in boggu meel kale u guuray.
error-method-title = Boggani ma samayn karo arrintaas
error-method-body = Boggan waxaa laga codsaday wax uusan samayn. Ku noqo hagaha oo mar kale isku day.
error-cross-site-title = Ma aanan kaydin jawaabtaada
error-cross-site-body = Foomka waxaa laga soo diray bog kale oo internetka ah. Si aan kuu ilaalino, waxaan aqbalnaa oo keliya jawaabaha laga soo diro hagahan. Jawaabahaagii hore weli waa kaydsan yihiin.
error-too-large-title = Wax aad u badan ayaa la soo diray
error-too-large-body = Foomka wuxuu soo diray wax ka badan inta hagahan aqbalo. Ku noqo su'aasha oo dooro mid ka mid ah jawaabaha.
error-bad-form-title = Ma aanan akhrin karin foomka
error-bad-form-body = Foomka looma soo dirin si hagahan fahmi karo. Ku noqo su'aasha oo mar kale isku day.
error-internal-title = Waan ka xunnahay, wax ayaa dhinacayaga ka khaldamay
error-internal-body = Jawaabahaagu weli waa kaydsan yihiin. Mar kale isku day dhowr daqiiqo kadib.
error-start-link = Tag bilowga hagaha
