# Polish lexicon
# Wording follows localized Polish policies and information clauses (Allegro, OLX, Google)
# and the Polish text of the GDPR (RODO: administrator, odbiorcy, prawnie uzasadniony interes).
@language pl
@name Polish
@fold-accents no     # ą ć ę ł ń ó ś ź ż tell words apart (zle/źle, laska/łaska)
# zgod* is never used alone: it would also match zgodnie ("in accordance with").

[profile]
# Function words first. weight=3: Polish, not Czech or Slovak.
i weight=2
w weight=3
z
na
do
nie weight=3
się weight=3
że weight=3
jest weight=3
oraz weight=3
lub weight=3
a
o
od
po
przez weight=3
dla weight=3
przy weight=3
jak
jako
ze
we                     # also English "we" and Dutch "we": no extra weight
za
pod
nad
bez
przed weight=3
między weight=3
wobec weight=3
według weight=3
także weight=3
również weight=3
tylko weight=3
jeśli weight=3
jeżeli weight=3
gdy weight=3
kiedy weight=3
aby
czy weight=3
jednak weight=3
ponieważ weight=3
dlatego weight=3
więc weight=3
każdy weight=3
każdej weight=3
poprzez weight=3
wyłącznie weight=3
przypadku weight=3
zakresie weight=3
związku weight=3
dotyczące weight=3
sposób weight=3
który weight=3
która weight=3
które weight=3
których weight=3
którym weight=3
którzy weight=3
ten
to
te
tych weight=3
tego weight=3
tej weight=3
jego weight=3
jej weight=3
ich weight=3
nas weight=3
nam weight=2
nami weight=3
my
państwa weight=3
pani weight=3
pana weight=3
twoje weight=3
twoich weight=3
twoja weight=3
twojego weight=3
swoje weight=3
swoich weight=3
nasze weight=3
naszych weight=3
naszej weight=3
naszego weight=3
wszystkie weight=3
wszelkie weight=3
inne weight=3
innych weight=3
mogą weight=3
może weight=3
możesz weight=3
możemy weight=3
mamy weight=3
mają weight=3
masz weight=3
są weight=3
być weight=3
będą weight=3
będzie weight=3
został weight=3
zostaną weight=3
zostały weight=3
dane weight=3
danych weight=3
danymi weight=3
osobowe weight=3
osobowych weight=3
przetwarzanie weight=3
przetwarzania weight=3
przetwarzamy weight=3
administratorem weight=3
zgoda weight=3
zgody weight=3
zgodę weight=3
zgodnie weight=3
podstawie weight=3
prawo weight=3
prawa weight=3
ochrony weight=3
ochronie weight=3
informacje weight=3
informacji weight=3
usług weight=3
usługi weight=3
serwisu weight=3
strony weight=3
stronie weight=3
internetowej weight=3
użytkownika weight=3
użytkowników weight=3
użytkownik weight=3
pliki weight=3
plików weight=3
celu weight=3
celach weight=3
trzecim weight=3
trzecie weight=3
podmiotom weight=3
podmioty weight=3
przepisów weight=3
przepisami weight=3
rodo weight=3
okres weight=3
czasu weight=3
poczty weight=3
elektronicznej weight=3
prywatności weight=3
polityka weight=3
polityki weight=3
bezpieczeństwa weight=3
przechowywane weight=3
wykorzystujemy weight=3
zbieramy weight=3
gromadzimy weight=3
udostępniamy weight=3
np weight=2
administrator
cookies

[units]
year: rok, roku, lata, lat, latach
month: miesiąc, miesiące, miesięcy, miesiąca, miesiącach
week: tydzień, tygodnie, tygodni, tygodnia
day: dzień, dni, dnia, doba, doby, dób
hour: godzina, godziny, godzin, godzinę
minute: minuta, minuty, minut, minutę
business-day: dzień roboczy, dni robocze, dni roboczych

[numbers]
1: jeden, jedna, jedno, jednego, jednej
2: dwa, dwie, dwóch, dwu
3: trzy, trzech
4: cztery, czterech
5: pięć, pięciu
6: sześć, sześciu
7: siedem, siedmiu
8: osiem, ośmiu
9: dziewięć, dziewięciu
10: dziesięć, dziesięciu
11: jedenaście, jedenastu
12: dwanaście, dwunastu
13: trzynaście, trzynastu
15: piętnaście, piętnastu
16: szesnaście, szesnastu
18: osiemnaście, osiemnastu
20: dwadzieścia, dwudziestu
24: dwadzieścia cztery, dwudziestu czterech
30: trzydzieści, trzydziestu
60: sześćdziesiąt, sześćdziesięciu
90: dziewięćdziesiąt, dziewięćdziesięciu
100: sto, stu

[references]
gdpr: rodo, ogólne rozporządzenie o ochronie danych, ogólnego rozporządzenia o ochronie danych, rozporządzenie 2016/679, gdpr
ccpa: ccpa, kalifornijska ustawa o ochronie prywatności konsumentów, kalifornijskiej ustawy o ochronie prywatności konsumentów
cpra: cpra, kalifornijska ustawa o prawach do prywatności
coppa: coppa, ustawa o ochronie prywatności dzieci w internecie
lgpd: lgpd, brazylijska ustawa o ochronie danych, lei geral de proteção de dados
# Polish Personal Data Protection Act of 10 May 2018. The id must match the English
# lexicon's id for the same law.
pl-uodo-2018: ustawa o ochronie danych osobowych, ustawy o ochronie danych osobowych

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
warunki korzystania
warunki użytkowania
warunki korzystania z usług
warunki świadczenia usług
regulamin
prawo właściwe
prawo właściwe i jurysdykcja
prawo właściwe i właściwość sądu
prawo właściwe i rozstrzyganie sporów
prawo mające zastosowanie
właściwość sądu
sąd właściwy
jurysdykcja
rozdzielność postanowień
klauzula salwatoryjna
całość umowy
brak zrzeczenia się
siła wyższa
wyłączenie odpowiedzialności
zastrzeżenie prawne
ograniczenie odpowiedzialności
tłumaczenia
tłumaczenie
inne tłumaczenia
pozostałe tłumaczenia
wersje językowe
wersja angielska ma pierwszeństwo
wersja polska ma pierwszeństwo
licencja
prawa autorskie
copyright
podziękowania
spis treści
prawo autorskie
własność intelektualna
prawa własności intelektualnej
prawa autorskie i własność intelektualna

[intro]
heading: wstęp concept=introduction
heading: postanowienia ogólne concept=introduction
heading: informacje ogólne concept=introduction
heading: polityka prywatności weight=1 concept=privacy-policy-title
heading: kim jesteśmy concept=who-we-are
heading: kto jest administratorem twoich danych concept=who-we-are
heading: zakres stosowania concept=scope
# Added with the shared concept inventory (concepts.txt).
heading: podsumowanie concept=summary
heading: w skrócie concept=summary
heading: najważniejsze informacje concept=summary
heading: o niniejszej polityce concept=about-this-policy
heading: o tej polityce concept=about-this-policy
heading: zakres polityki concept=scope
heading: kogo dotyczy polityka concept=scope
heading: nasze zobowiązanie do ochrony prywatności concept=commitment-to-privacy
heading: dbamy o twoją prywatność concept=commitment-to-privacy
heading: akceptacja polityki concept=acceptance
heading: akceptacja warunków concept=acceptance
heading: polityka ochrony danych osobowych weight=0.5 concept=privacy-policy-title
body: niniejsz* polityk* weight=2.5 concept=this-privacy-policy
body: polityk* prywatności weight=1.5 concept=this-privacy-policy
body: klauzul* informacyjn* weight=2 concept=this-privacy-policy
body: ma zastosowanie weight=1.5 concept=policy-applies-to
body: dotyczy weight=1 concept=policy-applies-to
body: zwan* dalej weight=2 concept=referred-to-as
body: z siedzibą weight=1 concept=company
body: akceptuj* weight=1.5 concept=acceptance-of-policy
body: regulamin* weight=1.5 concept=terms-of-use
body: opisuje weight=1 concept=policy-describes
body: uważnie weight=1 concept=please-read
body: zapozna* weight=1 concept=please-read
body: szanuj* weight=1.5 concept=committed-to-privacy
body: administrator* weight=0.5 concept=company
body: serwis* weight=0.5 concept=website
# Added with the shared concept inventory (concepts.txt).
body: korzystając z weight=1.5 concept=by-using
body: jeśli nie zgadzasz się weight=2 concept=if-you-do-not-agree
body: jeżeli nie akceptujesz weight=2 concept=if-you-do-not-agree
body: dbamy o weight=1.5 concept=committed-to-privacy
body: prywatnoś* weight=0.3 concept=privacy
body: usług* weight=0.3 concept=services
body: spółk* weight=0.3 concept=company
heading: o nas weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
# GDPR-style heading naming the controller as a question: "Kto jest odpowiedzialny za przetwarzanie danych?".
heading: kto jest odpowiedzialny weight=4 concept=who-we-are
heading: kto odpowiada za weight=4 concept=who-we-are
heading: w pigułce concept=summary
heading: w kilku słowach concept=summary
heading: kto prowadzi concept=who-we-are

[definitions]
heading: definicje concept=definitions
heading: słowniczek concept=key-terms
heading: pojęcia concept=key-terms
heading: objaśnienie pojęć concept=interpretation
heading: definicje i pojęcia concept=definitions
heading: użyte pojęcia concept=key-terms
# Added with the shared concept inventory (concepts.txt).
heading: interpretacja concept=interpretation
heading: wykładnia concept=interpretation
heading: co rozumiemy przez concept=what-we-mean-by
heading: co oznacza concept=what-we-mean-by
body: oznacza weight=2.5 concept=means
body: oznaczają weight=2 concept=means
body: należy rozumieć weight=3 concept=means
body: rozumie się weight=2.5 concept=means
body: pojęci* weight=2 concept=defined-terms-intro
body: definicj* weight=2 concept=defined-terms-intro
body: termin* weight=1.5 concept=defined-terms-intro
body: możliw* do zidentyfikowania weight=3 concept=identifiable-person
body: zidentyfikowan* weight=2 concept=identifiable-person
body: osob* fizyczn* weight=1.5 concept=identifiable-person
body: administrator* weight=1 concept=gdpr-roles
body: podmiot* przetwarzając* weight=2 concept=gdpr-roles
body: pseudonimizacj* weight=2
body: usługodawc* weight=1.5
body: użytkownik* weight=0.5 concept=user
# Added with the shared concept inventory (concepts.txt).
body: dane osobowe oznaczają weight=3 concept=personal-data-means
body: dalej weight=1.5 concept=hereinafter
body: na potrzeby niniejszej polityki weight=2.5 concept=as-used-in-this-policy
body: ilekroć w niniejszej polityce weight=3 concept=as-used-in-this-policy
body: obejmuj* weight=0.5 concept=includes
body: dane osobowe weight=0.2 concept=personal-data
body: odnosi się do weight=2.5 concept=refers-to

[collection]
heading: jakie dane zbieramy concept=what-we-collect
# App permissions as a heading ("Permissions"), as English has it.
heading: uprawnienia aplikacji concept=what-we-collect
heading: jakie dane przetwarzamy concept=what-we-collect
heading: zakres przetwarzanych danych concept=categories-of-data
heading: kategorie danych osobowych concept=categories-of-data
# "User data" headings name what the service collects.
heading: dane użytkowników concept=categories-of-data
heading: dane użytkownika concept=categories-of-data
heading: zbieranie danych concept=collection-of-information
heading: gromadzenie danych concept=collection-of-information
heading: źródło danych concept=sources-of-information
heading: źródła danych concept=sources-of-information
# Added with the shared concept inventory (concepts.txt).
heading: jakie informacje zbieramy concept=what-we-collect
heading: dane które zbieramy concept=what-we-collect
heading: dane które nam przekazujesz concept=information-you-provide
heading: informacje które podajesz concept=information-you-provide
heading: dane podawane przez użytkownika concept=information-you-provide
heading: formularz kontaktowy weight=3 concept=information-you-provide
heading: dane przekazywane przez użytkownika weight=2 concept=information-you-provide
heading: dane podawane przez użytkowników concept=information-you-provide
heading: informacje przekazywane przez użytkownika weight=2 concept=information-you-provide
heading: dane, które nam przekazujesz concept=information-you-provide
heading: informacje, które nam przekazujesz concept=information-you-provide
heading: dane podane przez użytkownika concept=information-you-provide
heading: rejestracja konta concept=information-you-provide
heading: skąd mamy twoje dane concept=sources-of-information
heading: źródł* pochodzenia danych concept=sources-of-information
heading: dane zbierane automatycznie concept=collected-automatically
heading: informacje zbierane automatycznie concept=collected-automatically
heading: automatycznie zbierane dane concept=collected-automatically
heading: jak zbieramy dane concept=how-we-collect
heading: w jaki sposób zbieramy dane concept=how-we-collect
heading: sposób zbierania danych concept=how-we-collect
body: zbiera* weight=2.5 concept=we-collect
body: gromadz* weight=2.5 concept=we-collect
body: pozysk* weight=2 concept=we-collect
body: zakres* danych weight=2 concept=data-categories
body: kategori* danych weight=2 concept=data-categories
body: imię i nazwisko weight=2 concept=name
body: imię weight=1 concept=name
body: nazwisk* weight=1.5 concept=name
body: numer* telefon* weight=1.5 concept=contact-details
body: adres* e-mail weight=1.5 concept=contact-details
body: adres* ip weight=1.5 concept=device-data
body: pesel weight=2.5
body: dat* urodzenia weight=1.5 concept=demographic-data
body: automatycznie weight=1.5 concept=automatically
body: rejestracj* weight=1 concept=forms
body: lokalizacj* weight=1 concept=location-data
body: źródł* weight=1 concept=sources
# A list of the data handled, announced in the text (en: "the following data is processed:").
body: następujące dane weight=2.5 concept=following-data
body: następujące dane osobowe weight=2.5 concept=following-data
body: następujące informacje weight=2.5 concept=following-data
body: źródeł weight=1 concept=sources
# Added with the shared concept inventory (concepts.txt).
body: podajesz weight=2 concept=you-provide
body: przekazujesz nam weight=2 concept=you-provide
body: publicznie dostępn* weight=2 concept=publicly-available
body: typ* przeglądarki weight=2 concept=device-data
body: system* operacyjn* weight=2 concept=device-data
body: identyfikator* urządzeni* weight=2 concept=device-data
body: geolokalizacj* weight=2 concept=location-data
body: dane o korzystaniu weight=2 concept=usage-data
body: demograficzn* weight=1.5 concept=demographic-data
body: dane płatnicz* weight=1 concept=payment-data
body: formularz* weight=1.5 concept=forms
body: kont* weight=0.3 concept=account
body: informacj* weight=0.1 concept=information
# Headings asking which personal data are processed (GDPR style): "What personal data do we process?"
heading: jakie dane osobowe concept=what-we-collect
heading: uprawnienia aplikacji mobilnej concept=what-we-collect
heading: uprawnienia systemowe concept=what-we-collect
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: raporty o awariach concept=collected-automatically
heading: raporty błędów concept=collected-automatically
heading: dane diagnostyczne concept=collected-automatically
heading: diagnostyka concept=collected-automatically
heading: logi concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: pozostaj* na twoim urządzeniu weight=2 concept=on-device-data
heading: pozostaj* na urządzeniu weight=2 concept=on-device-data
heading: zostaj* na twoim urządzeniu weight=2 concept=on-device-data
heading: przetwarzan* lokalnie weight=2 concept=on-device-data
heading: dane przechowywane lokalnie weight=2 concept=on-device-data
heading: lokalne przetwarzanie weight=2 concept=on-device-data
heading: przetwarzanie lokalne weight=2 concept=on-device-data
heading: przetwarzanie na urządzeniu weight=2 concept=on-device-data
body: raport* o awari* weight=2.5 concept=usage-data
body: raport* awarii weight=2.5 concept=usage-data
body: logi debugowania weight=2.5 concept=usage-data
body: dane diagnostyczne weight=2 concept=usage-data
body: token* push weight=2.5 concept=device-data
# Coordinated heading "<collection> and use (of information)" (Information Collection and Use): the collection noun leads.
heading: zbieranie i wykorzystywanie concept=collection-of-information
heading: gromadzenie i wykorzystywanie concept=collection-of-information
# Log data (what the app or server records of a use): "log data".
body: dane dziennika weight=1.5 concept=usage-data
body: dane z dziennika weight=1.5 concept=usage-data

[use]
heading: w jakim celu przetwarzamy dane concept=purposes-of-processing
heading: cele przetwarzania danych concept=purposes-of-processing
heading: cele przetwarzania concept=purposes-of-processing
heading: do czego wykorzystujemy dane concept=how-we-use
heading: jak wykorzystujemy informacje concept=how-we-use
heading: jak korzystamy z twoich danych concept=how-we-use
heading: jak korzystamy z danych concept=how-we-use
heading: korzystanie z danych osobowych concept=use-of-information
heading: wykorzystanie danych concept=use-of-information
heading: cele concept=purposes-of-processing
# Added with the shared concept inventory (concepts.txt).
heading: wykorzystanie informacji concept=use-of-information
# Inflected forms: "Wykorzystywanie danych", "W jaki sposób wykorzystujemy".
heading: wykorzystywani* danych concept=use-of-information
heading: wykorzystani* danych osobowych concept=use-of-information
heading: w jaki sposób wykorzystujemy concept=how-we-use
heading: w jaki sposób używamy concept=how-we-use
heading: jak wykorzystujemy concept=how-we-use
heading: jak używamy concept=how-we-use
heading: do czego używamy concept=how-we-use
heading: dlaczego przetwarzamy dane concept=why-we-collect
heading: cel* przetwarzania concept=purposes-of-processing
heading: dlaczego zbieramy dane concept=why-we-collect
heading: cel zbierania danych concept=why-we-collect
heading: przetwarzanie danych osobowych concept=processing-of-personal-data
heading: jak przetwarzamy dane osobowe concept=processing-of-personal-data
body: wykorzyst* weight=1 concept=we-use
body: cel* przetwarzani* weight=3 concept=purposes
body: w celu weight=2 concept=purposes
body: w celach weight=1.5 concept=purposes
body: świadczeni* usług* weight=2 concept=to-provide
body: realizacj* zamówie* weight=2 concept=to-fulfil
body: wykonani* umowy weight=1 concept=to-fulfil
body: ulepsza* weight=2 concept=to-improve
body: doskonaleni* weight=1.5 concept=to-improve
body: personalizacj* weight=2.5 concept=to-personalise
body: profilowani* weight=2.5 concept=profiling
body: analiz* weight=1 concept=to-analyse
body: statystyk* weight=1 concept=to-analyse
body: zapobiegani* oszustw* weight=1.5 concept=to-prevent-fraud
body: obsług* klienta weight=1 concept=to-respond
body: używa* weight=0.5 concept=we-use
body: następujących celach weight=2 concept=following-purposes
body: następujących celów weight=2 concept=following-purposes
# Added with the shared concept inventory (concepts.txt).
body: administrowani* weight=1.5 concept=to-administer
body: zarządzani* kontem weight=1.5 concept=to-administer
body: rozwój nowych weight=2 concept=to-develop
body: opracowywani* nowych weight=2 concept=to-develop
body: kontakt* z tobą weight=2 concept=to-communicate
body: komunikacj* z użytkownik* weight=2 concept=to-communicate
body: wysyłani* weight=1 concept=to-send
body: odpowiedzi na zapytania weight=1.5 concept=to-respond
body: rozpatrywani* reklamacji weight=1.5 concept=to-respond
body: usuwani* błędów weight=2 concept=to-troubleshoot
body: diagnozowani* weight=2 concept=to-troubleshoot
body: badani* rynku weight=2 concept=research
body: badani* weight=1.5 concept=research
body: obsług* płatności weight=1.5 concept=to-process-transactions
body: wypełnieni* obowiązków prawnych weight=1 concept=to-comply-with-law
body: zautomatyzowan* podejmowani* decyzji weight=1.5 concept=automated-decisions
# Headings asking for what purpose data are processed: "For what purpose are personal data processed?"
heading: w jakim celu concept=purposes-of-processing
heading: dlaczego potrzebujemy twoich danych concept=why-we-collect
# Purpose headings asked with other verbs and "(dane przetwarzamy) w następujących celach".
heading: dlaczego przetwarzamy concept=why-we-collect
heading: w jakich celach przetwarzamy concept=purposes-of-processing
heading: w następujących celach concept=purposes-of-processing
heading: zautomatyzowan* podejmowani* decyzji concept=automated-decision-making
heading: zautomatyzowan* decyzj* concept=automated-decision-making
heading: zautomatyzowan* indywidualn* decyzj* concept=automated-decision-making
heading: profilowani* concept=automated-decision-making
# The adjective of statistics (en: statistic*): "informacje statystyczne", "cele statystyczne".
body: statystyczn* weight=1 concept=to-analyse

[legal-basis]
heading: podstawy prawne przetwarzania concept=legal-basis
heading: podstawa prawna concept=legal-basis
heading: cele i podstawy prawne przetwarzania concept=legal-basis
heading: na jakiej podstawie przetwarzamy dane concept=why-allowed
heading: podstawy przetwarzania danych concept=legal-basis
heading: podstawa prawna przetwarzania danych concept=legal-basis
# Added with the shared concept inventory (concepts.txt).
heading: dlaczego możemy przetwarzać twoje dane concept=why-allowed
body: podstaw* prawn* weight=1 concept=legal-basis-term
body: podstaw* weight=1.5 concept=on-the-basis-of
body: prawnie uzasadnion* interes* weight=2 concept=legitimate-interests
body: uzasadnion* interes* weight=2 concept=legitimate-interests
body: art. 6 ust. 1 weight=1.5 concept=article-6
body: art. 6 weight=1.5 concept=article-6
body: wykonani* umow* weight=2 concept=performance-of-contract
body: zawarci* umow* weight=1.5 concept=performance-of-contract
body: której stroną jest weight=2.5 concept=performance-of-contract
body: obowiązk* prawn* weight=2 concept=legal-obligation
body: ciążąc* na administratorze weight=3 concept=legal-obligation
body: żywotn* interes* weight=2.5 concept=vital-interests
body: interes* publiczn* weight=1.5 concept=public-interest
body: zgodności z prawem weight=1.5 concept=lawful
body: zgoda weight=0.5 concept=consent-as-basis
# Added with the shared concept inventory (concepts.txt).
body: przetwarzanie jest niezbędne weight=2.5 concept=processing-necessary
body: podstawow* praw* i wolnoś* weight=2.5 concept=balancing-test
body: na podstawie weight=1 concept=on-the-basis-of
body: zgodn* z prawem weight=1 concept=lawful
body: niezbędn* weight=0.5 concept=necessary
# Headings naming the basis of processing without "legal": "Basis for processing (personal data)".
heading: podstawa przetwarzania concept=legal-basis
# "Podstawa do przetwarzania danych osobowych".
heading: podstawa do przetwarzania concept=legal-basis
heading: na jakiej podstawie concept=why-allowed
heading: uprawnieni do przetwarzania concept=why-allowed

[consent]
heading: zgoda concept=your-consent
heading: zgoda na przetwarzanie danych concept=your-consent
heading: wycofanie zgody concept=withdrawal-of-consent
heading: cofnięcie zgody concept=withdrawal-of-consent
heading: twoja zgoda concept=your-consent
heading: zgody i ich wycofanie concept=withdrawal-of-consent
# Added with the shared concept inventory (concepts.txt).
heading: jak wycofać zgodę concept=withdrawal-of-consent
body: zgody weight=2 concept=you-consent
body: zgodę weight=2 concept=you-consent
body: zgodą weight=2 concept=you-consent
body: wycofa* weight=3 concept=withdraw
body: cofn* weight=2.5 concept=withdraw
body: wyraż* zgod* weight=3 concept=you-consent
body: wyraźn* zgod* weight=2 concept=explicit-consent
body: bez wpływu na zgodność z prawem weight=3 concept=without-affecting-lawfulness
body: dobrowoln* weight=1.5 concept=freely-given
body: w każdej chwili weight=1 concept=at-any-time
body: w dowolnym momencie weight=1 concept=at-any-time
body: zaznacz* weight=1 concept=opt-in
body: checkbox* weight=1 concept=opt-in
body: akceptacj* weight=1 concept=you-agree
body: jednoznaczn* weight=1.5 concept=explicit-consent
# Added with the shared concept inventory (concepts.txt).
body: zmienisz zdanie weight=2 concept=change-your-mind
body: zgadzasz się weight=1.5 concept=you-agree
body: pozwoleni* weight=1.5 concept=permission

[sharing]
heading: odbiorcy danych concept=who-we-share-with
heading: odbiorcy danych osobowych concept=who-we-share-with
heading: komu udostępniamy dane concept=who-we-share-with
heading: komu concept=who-we-share-with
heading: udostępnianie danych concept=sharing-of-information
heading: udostępniani* danych osobowych concept=sharing-of-information
heading: udostępniani* informacji concept=sharing-of-information
heading: przekazywani* danych osobom trzecim concept=transfer-to-third-parties
heading: przekazywani* danych podmiotom trzecim concept=transfer-to-third-parties
heading: komu udostępniamy concept=who-we-share-with
heading: komu przekazujemy concept=who-we-share-with
heading: odbiorc* danych concept=who-we-share-with
heading: ujawniani* danych concept=disclosure-of-information
heading: ujawniani* informacji concept=disclosure-of-information
heading: przekazywanie danych osobom trzecim concept=third-parties
heading: ujawnianie informacji concept=disclosure-of-information
# Added with the shared concept inventory (concepts.txt).
heading: jak udostępniamy dane concept=how-we-share
heading: jak udostępniamy informacje concept=how-we-share
heading: podmioty trzecie concept=third-parties
heading: osoby trzecie concept=third-parties
heading: dostawcy usług concept=service-providers-heading
heading: podmioty przetwarzające concept=service-providers-heading
heading: przeniesienie przedsiębiorstwa concept=business-transfers
heading: fuzje i przejęcia concept=business-transfers
heading: żądania organów państwowych concept=legal-requests
heading: ujawnienie na żądanie organów concept=legal-requests
heading: sprzedaż danych osobowych concept=sale-of-information
heading: czy sprzedajemy twoje dane concept=sale-of-information
body: odbiorc* weight=2.5 concept=recipients
body: udostępnia* weight=2 concept=share
body: przekaz* weight=1.5 concept=share
body: ujawnia* weight=2 concept=disclose
body: podmiot* trzeci* weight=2 concept=third-parties-term
body: osob* trzeci* weight=2 concept=third-parties-term
body: dostawc* usług weight=2 concept=service-providers
body: podmiot* przetwarzając* weight=2 concept=service-providers
body: w naszym imieniu weight=2 concept=on-our-behalf
body: na nasze zlecenie weight=2 concept=on-our-behalf
body: partner* weight=1 concept=business-partners
body: spółk* z grupy weight=2 concept=affiliates
body: podmiot* powiązan* weight=2 concept=affiliates
body: uprawnion* organ* weight=2 concept=authorities
body: operator* płatności weight=1.5 concept=service-providers
body: firm* kurierski* weight=1.5 concept=service-providers
body: fuzj* weight=2 concept=corporate-transaction
body: nie sprzedajemy weight=1.5 concept=sell
# Added with the shared concept inventory (concepts.txt).
body: przejęci* weight=2.5 concept=corporate-transaction
body: restrukturyzacj* weight=2.5 concept=corporate-transaction
body: nakaz* sądow* weight=2.5 concept=legal-process
body: orzeczeni* sądu weight=2.5 concept=legal-process
body: policj* weight=2 concept=authorities
body: sprzeda* weight=1.5 concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: przekazywanie danych podmiotom trzecim concept=transfer-to-third-parties
heading: przekazywanie danych osobowych osobom trzecim concept=transfer-to-third-parties
# Recipients asked as access: "Who has access to your personal data?"
heading: kto ma dostęp do twoich danych concept=who-we-share-with
heading: kto ma dostęp do danych concept=who-we-share-with
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: hosting concept=service-providers-heading
heading: dostawca hostingu concept=service-providers-heading
heading: sieć dostarczania treści concept=service-providers-heading
heading: powierzenie przetwarzania danych concept=service-providers-heading
body: hosting* weight=2 concept=service-providers
body: dostawc* hostingu weight=2.5 concept=service-providers
body: umow* powierzeni* przetwarzani* weight=3 concept=service-providers
body: powierz* przetwarzani* weight=2.5 concept=service-providers
body: sieć dostarczania treści weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: chmur* obliczeniow* weight=2 concept=service-providers
body: platform* chmurow* weight=2 concept=service-providers
body: na serwerach firmy weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: płatności weight=2 concept=payments-purchases
heading: przetwarzanie płatności weight=3 concept=payments-purchases
heading: zakupy w aplikacji weight=2 concept=payments-purchases
heading: subskrypcje weight=2 concept=payments-purchases
# "Usługodawcy" (service providers, plural: the outside firms, not the operator) beside dostawcy usług.
heading: usługodawcy concept=service-providers-heading
heading: zewnętrzni usługodawcy concept=service-providers-heading

[cookies]
heading: pliki cookies concept=cookies
heading: pliki cookie concept=cookies
heading: polityka cookies concept=cookies
heading: ciasteczka concept=cookies
heading: wykorzystanie plików cookies concept=cookies
heading: cookies i podobne technologie concept=tracking-technologies
# Added with the shared concept inventory (concepts.txt).
heading: technologie śledzące concept=tracking-technologies
heading: znaczniki pikselowe concept=web-beacons
heading: web beacons concept=web-beacons
heading: logi serwera concept=log-files
heading: pliki logów concept=log-files
heading: pliki dziennika concept=log-files
heading: dzienniki serwera concept=log-files
heading: analityka concept=analytics
heading: narzędzia analityczne concept=analytics
body: plik* cookie* weight=3 concept=cookie
body: cookie* weight=2 concept=cookie
body: ciasteczk* weight=2.5 concept=cookie
body: urządzeni* końcow* weight=2.5 concept=device
body: znacznik* pikselow* weight=2.5 concept=web-beacon
body: piksel* weight=2 concept=web-beacon
body: web beacon* weight=2 concept=web-beacon
body: technologi* śledząc* weight=2.5 concept=tracking-technology
body: podobn* technologi* weight=2 concept=tracking-technology
body: sesyjn* weight=2.5 concept=cookie-lifetime
body: stałe weight=1 concept=cookie-lifetime
body: ustawieni* przeglądarki weight=1.5 concept=browser-settings
body: przeglądark* weight=1 concept=browser
body: google analytics weight=3 concept=analytics-term
body: log* serwer* weight=2 concept=log-file
body: pamięć lokaln* weight=2 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: analityczn* weight=1 concept=analytics-term
# Added with the shared concept inventory (concepts.txt).
body: plik* tekstow* weight=2.5 concept=text-files
body: ściśle niezbędn* weight=2.5 concept=cookie-categories
body: funkcjonaln* plik* weight=2.5 concept=cookie-categories
body: sdk weight=2 concept=sdk
body: fingerprinting weight=2.5 concept=fingerprinting
heading: analityka internetowa concept=analytics
heading: narzędzia analityczne i statystyczne concept=analytics

[advertising]
heading: działania marketingowe concept=marketing
heading: reklama concept=advertising
heading: marketing bezpośredni concept=marketing
heading: reklamy i marketing concept=advertising
heading: informacje handlowe concept=marketing-communications
heading: newsletter i komunikacja marketingowa concept=marketing-communications
# Added with the shared concept inventory (concepts.txt).
heading: reklama oparta na zainteresowaniach concept=interest-based-advertising
heading: reklama behawioralna concept=interest-based-advertising
heading: reklamy spersonalizowane concept=interest-based-advertising
heading: reklamy podmiotów trzecich concept=third-party-advertising
heading: sieci reklamowe concept=third-party-advertising
body: marketing* weight=2 concept=marketing-purposes
body: reklam* weight=2.5 concept=ads
body: newsletter* weight=2.5 concept=marketing-messages
body: informacj* handlow* weight=2.5 concept=marketing-messages
body: sieci reklamow* weight=3 concept=ad-networks
body: targetowan* weight=3 concept=interest-based
body: ukierunkowan* weight=2 concept=interest-based
body: remarketing* weight=3 concept=retargeting
body: retargeting* weight=3 concept=retargeting
body: spersonalizowan* reklam* weight=3 concept=interest-based
body: behawioraln* weight=2 concept=interest-based
body: na podstawie zainteresowań weight=2 concept=interest-based
body: promocj* weight=1.5 concept=promotions
body: ofert* weight=1 concept=promotions
body: powiadomieni* push weight=1.5 concept=marketing-messages
body: sms weight=1 concept=marketing-messages
# Added with the shared concept inventory (concepts.txt).
body: partner* reklamow* weight=3 concept=ad-networks
body: cel* marketingow* weight=2 concept=marketing-purposes
body: skuteczności reklam weight=2 concept=ad-measurement
body: your online choices weight=3 concept=ad-industry-programs
body: zainteresowa* weight=0.5 concept=interests

[do-not-track]
heading: sygnały do not track concept=do-not-track
heading: funkcja do not track concept=do-not-track
heading: żądania nie śledź concept=do-not-track
heading: sygnały nie śledź concept=do-not-track
heading: sygnały global privacy control concept=global-privacy-control
heading: globalna kontrola prywatności concept=global-privacy-control
# Added with the shared concept inventory (concepts.txt).
heading: sygnały preferencji concept=preference-signals
heading: sygnały przeglądarki concept=preference-signals
heading: sygnały sprzeciwu concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: nie śledź weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: globaln* kontrol* prywatności weight=3 concept=gpc-signal
body: sygnał* weight=2 concept=opt-out-preference-signal
body: standard* branżow* weight=2 concept=no-uniform-standard
body: jednolit* standard* weight=2 concept=no-uniform-standard
body: standard* weight=1 concept=no-uniform-standard
body: nie reagujemy weight=2 concept=do-not-respond
body: nie odpowiadamy weight=1.5 concept=do-not-respond
body: śledzeni* weight=1 concept=cross-site-tracking
body: przeglądark* weight=1 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt).
body: honoruj* weight=1.5 concept=honor-signals
body: rozpoznaj* weight=1.5 concept=honor-signals
body: na różnych stronach weight=2.5 concept=cross-site-tracking

[choices]
heading: twoje wybory concept=your-choices
heading: twoje możliwości wyboru concept=your-choices
heading: twoje opcje concept=your-choices
heading: twoje możliwości concept=your-choices
heading: rezygnacja z otrzymywania concept=opting-out
heading: zarządzanie ustawieniami concept=managing-preferences
heading: ustawienia prywatności concept=managing-preferences
heading: rezygnacja z otrzymywania wiadomości concept=unsubscribing
heading: jak zrezygnować concept=opting-out
# Added with the shared concept inventory (concepts.txt).
heading: rezygnacja z przetwarzania concept=opting-out
heading: jak wyrazić sprzeciw concept=opting-out
heading: wypisanie się z newslettera concept=unsubscribing
heading: jak się wypisać concept=unsubscribing
heading: preferencje komunikacyjne concept=managing-preferences
heading: zarządzanie zgodami concept=managing-preferences
body: rezygn* weight=2 concept=opt-out
body: zrezygn* weight=2.5 concept=opt-out
body: wypisa* weight=3 concept=unsubscribe
body: wybór weight=2 concept=choose-not-to
body: wybor* weight=2 concept=choose-not-to
body: ustawieni* weight=1.5 concept=settings
body: ustawieni* kont* weight=1.5 concept=settings
body: zarządza* weight=1 concept=settings
body: podanie danych jest dobrowolne weight=3 concept=choose-not-to
body: nie podawać weight=2 concept=choose-not-to
# Not wyłącz*: it begins wyłącznie ("only, exclusively"). The verb (wyłączyć, wyłącz, wyłączysz),
# its participle (wyłączony, wyłączone) and noun (wyłączenie, wyłączenia).
body: wyłącz weight=1.5 concept=disable
body: wyłączy* weight=1.5 concept=disable
body: wyłączon* weight=1.5 concept=disable
body: wyłączeni* weight=1.5 concept=disable
body: blokowa* weight=1 concept=disable
body: sprzeciw* wobec marketing* weight=1.5 concept=opt-out
body: opt-out weight=1 concept=opt-out
# Added with the shared concept inventory (concepts.txt).
body: preferencj* weight=1.5 concept=preferences
body: odmowa weight=2 concept=decline
body: odmówić weight=2 concept=decline
body: przestać otrzymywać weight=3 concept=unsubscribe
body: wiadomości marketingow* weight=2 concept=promotional-emails
body: usług* lokalizacji weight=2 concept=device-permissions
body: powiadomieni* push weight=2 concept=device-permissions
body: w stopce wiadomości weight=1.5 concept=unsubscribe-link
body: niepodanie danych weight=1.5 concept=consequences-of-refusal
body: otrzymywa* weight=0.5 concept=receive

[rights]
heading: twoje prawa concept=your-rights
heading: przysługujące ci prawa concept=your-rights
heading: prawa osób których dane dotyczą concept=your-rights
heading: jakie masz prawa concept=your-rights
heading: uprawnienia użytkownika concept=your-rights
heading: prawa użytkownika concept=your-rights
heading: prawo dostępu concept=access-and-correction
# Added with the shared concept inventory (concepts.txt).
heading: realizacja praw concept=exercising-rights
heading: jak skorzystać z praw concept=exercising-rights
heading: jak złożyć wniosek concept=exercising-rights
heading: dostęp i sprostowanie concept=access-and-correction
heading: dostęp do danych i ich poprawianie concept=access-and-correction
# The GDPR's Polish names of the data subject's rights (art. 15-22 RODO).
heading: prawo dostępu do danych concept=access-and-correction
heading: prawo do sprostowania concept=access-and-correction
heading: prawo do usunięcia danych concept=your-rights
heading: prawo do bycia zapomnianym concept=your-rights
heading: prawo do ograniczenia przetwarzania concept=your-rights
heading: prawo do przenoszenia danych concept=your-rights
heading: prawo do sprzeciwu concept=your-rights
heading: prawo do wniesienia sprzeciwu concept=your-rights
heading: prawo do wniesienia skargi concept=exercising-rights
heading: prawa osoby, której dane dotyczą concept=your-rights
heading: prawa osób, których dane dotyczą concept=your-rights
heading: jakie prawa ci przysługują concept=your-rights
heading: twoje uprawnienia concept=your-rights
heading: realizacj* praw concept=exercising-rights
heading: jak możesz skorzystać ze swoich praw concept=exercising-rights
heading: wykonywanie praw concept=exercising-rights
heading: upoważnieni przedstawiciele concept=authorized-agents
heading: pełnomocnicy concept=authorized-agents
heading: czy mam dostęp concept=access-and-correction
heading: czy mogę uzyskać dostęp concept=access-and-correction
heading: dostęp do moich danych concept=access-and-correction
heading: poprawić moje dane concept=access-and-correction
heading: sprostować moje dane concept=access-and-correction
heading: jakie mam prawa concept=your-rights
heading: moje prawa concept=your-rights
body: przysługuj* weight=2 concept=exercise-rights
body: masz prawo weight=2.5 concept=exercise-rights
body: prawo do weight=2 concept=exercise-rights
body: dostęp* do danych weight=2 concept=right-of-access
body: sprostowani* weight=3 concept=rectification
body: usunięci* weight=2 concept=erasure
body: bycia zapomnianym weight=3 concept=erasure
body: przenoszeni* danych weight=3 concept=portability
body: sprzeciw* weight=2.5 concept=right-to-object
body: ograniczeni* przetwarzani* weight=2.5 concept=restriction
body: skarg* weight=2 concept=complaint-to-authority
body: organ* nadzorcz* weight=2.5 concept=complaint-to-authority
body: prezes* urzędu ochrony danych osobowych weight=3 concept=complaint-to-authority
body: puodo weight=3 concept=complaint-to-authority
body: uodo weight=2.5 concept=complaint-to-authority
body: zautomatyzowan* weight=2
body: kopi* danych weight=1.5 concept=copy-of-data
body: żądani* weight=1 concept=request
# Added with the shared concept inventory (concepts.txt).
body: weryfikacj* tożsamości weight=2 concept=verify-identity
body: potwierdz* tożsamoś* weight=2 concept=verify-identity
body: upoważnion* przedstawiciel* weight=2.5 concept=authorized-agent
body: pełnomocnik* weight=2.5 concept=authorized-agent
body: dyskrymin* weight=1.5 concept=non-discrimination
body: osob* których dane dotyczą weight=2 concept=data-subject-rights
body: skorzysta* z praw* weight=2 concept=exercise-rights
body: dostęp* weight=1.5 concept=access

[retention]
heading: okres przechowywania danych concept=retention-period
heading: jak długo przechowujemy dane concept=how-long-we-keep
heading: przechowywanie danych concept=data-retention
heading: czas przechowywania danych concept=retention-period
heading: okres przetwarzania danych concept=retention-period
heading: okres* przechowywania concept=retention-period
heading: czas przechowywania concept=retention-period
heading: przez jaki okres concept=how-long-we-keep
heading: jak długo przechowujemy concept=how-long-we-keep
heading: jak długo przetwarzamy concept=how-long-we-keep
heading: przez jaki czas przechowujemy dane concept=how-long-we-keep
# Added with the shared concept inventory (concepts.txt).
heading: przechowywanie danych osobowych concept=data-retention
heading: miejsce i okres przechowywania concept=storage-and-retention
heading: przechowywanie i okres przechowywania concept=storage-and-retention
heading: przechowywanie i usuwanie danych concept=retention-and-deletion
heading: okres przechowywania i usuwanie danych concept=retention-and-deletion
heading: jak przechowujemy concept=storage-and-retention
heading: w jaki sposób przechowujemy concept=storage-and-retention
body: przechowywa* weight=2 concept=retain
body: przechowuj* weight=2 concept=retain
body: okres* przechowywani* weight=3 concept=retain
body: okres* weight=1.5 concept=retention-criteria
body: do czasu weight=2 concept=as-long-as-necessary
body: przedawnieni* weight=2.5 concept=legal-retention-requirements
body: roszcze* weight=1.5 concept=legal-retention-requirements
body: nie dłużej niż weight=2.5 concept=as-long-as-necessary
body: usuwa* weight=1.5 concept=destroy
body: anonimiz* weight=1.5 concept=anonymise
body: upływ* weight=2 concept=retention-criteria
body: zakończeni* weight=1
body: archiwiz* weight=1 concept=archive
body: kopi* zapasow* weight=1.5 concept=archive
body: przepis* podatkow* weight=1.5 concept=legal-retention-requirements
body: rachunkowości weight=1.5 concept=legal-retention-requirements
# Added with the shared concept inventory (concepts.txt).
body: przez okres niezbędny weight=3 concept=as-long-as-necessary
body: już niepotrzebn* weight=2.5 concept=no-longer-needed
body: zachowa* weight=1.5 concept=keep
body: zniszcz* weight=2 concept=destroy
body: nieaktywn* weight=2 concept=inactive-accounts
body: lat weight=0.5 concept=years

[security]
heading: bezpieczeństwo concept=data-security
heading: bezpieczeństwo danych concept=data-security
heading: ochrona danych concept=data-security
heading: środki bezpieczeństwa concept=security-measures
heading: jak chronimy twoje dane concept=how-we-protect
heading: zabezpieczenie danych concept=data-security
# Added with the shared concept inventory (concepts.txt).
heading: ochrona twoich danych concept=how-we-protect
heading: jak chronimy informacje concept=how-we-protect
heading: środki ochrony danych concept=security-measures
body: bezpieczeństw* weight=2 concept=secure
body: zabezpiecz* weight=2 concept=safeguards
body: chroni* weight=1 concept=protect
body: szyfrowa* weight=3 concept=encryption
body: zaszyfrowan* weight=3 concept=encryption
body: ssl weight=2 concept=encryption
body: tls weight=2 concept=encryption
body: nieuprawnion* dostęp* weight=3 concept=unauthorized-access
body: techniczn* i organizacyjn* weight=3 concept=technical-organisational-measures
body: środk* techniczn* weight=2 concept=technical-organisational-measures
body: naruszeni* ochrony danych weight=2.5 concept=breach
body: incydent* weight=2 concept=breach
body: zapor* sieciow* weight=2 concept=technical-controls
body: firewall* weight=2 concept=technical-controls
body: antywirus* weight=2 concept=technical-controls
body: utrat* weight=1.5 concept=loss-misuse-alteration
body: hasł* weight=1 concept=technical-controls
# Added with the shared concept inventory (concepts.txt).
body: fizyczn* weight=1.5 concept=physical-safeguards
body: poufnoś* weight=1.5 concept=confidentiality
body: standard* branżow* weight=2 concept=industry-standard
body: nie możemy zagwarantować weight=2.5 concept=no-guarantee
body: zapewnia* weight=0.5 concept=ensure
# Personal-data breaches and their notification: a security topic.
heading: naruszenie ochrony danych osobowych concept=data-security
heading: naruszenia ochrony danych osobowych concept=data-security
heading: naruszenie ochrony danych concept=data-security
heading: incydenty bezpieczeństwa concept=data-security
heading: bezpieczeństw* danych osobowych concept=data-security
heading: bezpieczeństw* informacji concept=data-security
heading: zabezpieczeni* danych osobowych concept=data-security
heading: jak chronimy concept=how-we-protect
heading: w jaki sposób chronimy concept=how-we-protect
heading: środki techniczne i organizacyjne concept=security-measures
heading: szyfrowani* concept=data-security
body: naruszenie ochrony danych weight=3 concept=breach
body: naruszenia ochrony danych weight=3 concept=breach

[children]
heading: dzieci concept=childrens-privacy
heading: prywatność dzieci concept=childrens-privacy
heading: dane osobowe dzieci concept=childrens-privacy
heading: osoby niepełnoletnie concept=minors
heading: małoletni concept=minors
heading: ochrona prywatności dzieci concept=childrens-privacy
# Added with the shared concept inventory (concepts.txt).
heading: ograniczenia wiekowe concept=age-limits
heading: osoby poniżej 16 roku życia concept=age-limits
heading: dzieci poniżej 13 lat concept=age-limits
heading: korzystanie z serwisu przez małoletnich concept=minors
body: dziec* weight=3 concept=children
body: niepełnolet* weight=3 concept=minors-teens
body: małolet* weight=3 concept=minors-teens
body: roku życia weight=2.5 concept=age-threshold
body: poniżej weight=1.5 concept=age-threshold
body: ukończ* weight=2 concept=age-threshold
body: wieku weight=1.5 concept=age
body: rodzic* weight=2.5 concept=parents-guardians
body: opiekun* weight=2.5 concept=parents-guardians
body: przedstawiciel* ustawow* weight=2.5 concept=parents-guardians
body: zgod* rodzic* weight=3 concept=parental-consent
body: coppa weight=3 concept=coppa
body: świadomie weight=1.5 concept=knowingly-collect
body: celowo weight=1 concept=knowingly-collect
# Added with the shared concept inventory (concepts.txt).
body: nie jest skierowan* weight=2 concept=not-directed-to-children
body: nie jest przeznaczon* weight=2 concept=not-directed-to-children
body: jeśli dowiemy się weight=2 concept=if-we-learn
body: w przypadku uzyskania informacji weight=2 concept=if-we-learn

[international]
heading: przekazywanie danych poza eog concept=international-transfers
heading: przekazywanie danych do państw trzecich concept=international-transfers
heading: międzynarodowe przekazywanie danych concept=international-transfers
heading: transfer danych poza unię europejską concept=international-transfers
heading: gdzie przechowujemy dane concept=where-we-store
heading: miejsce przechowywania danych concept=where-we-store
# Added with the shared concept inventory (concepts.txt).
heading: przekazywanie danych concept=data-transfers
heading: transfer danych concept=data-transfers
heading: gdzie są przechowywane concept=where-we-store
heading: gdzie przechowujemy concept=where-we-store
body: państw* trzeci* weight=2 concept=other-countries
body: poza eog weight=3 concept=eea
body: poza europejski* obszar* gospodarcz* weight=3 concept=eea
body: poza uni* europejsk* weight=2.5 concept=eea
body: transfer* weight=1.5 concept=transfer
body: międzynarodow* weight=1.5 concept=cross-border
body: standardow* klauzul* umown* weight=2 concept=transfer-safeguards
body: odpowiedni* stopie* ochrony weight=2.5 concept=adequacy
body: decyzj* stwierdzając* weight=2.5 concept=adequacy
body: wiążąc* reguł* korporacyjn* weight=2.5 concept=transfer-safeguards
body: odpowiedni* zabezpiecze* weight=2 concept=transfer-safeguards
body: stan* zjednoczon* weight=1.5 concept=united-states
body: data privacy framework weight=2 concept=privacy-frameworks
body: serwer* weight=1 concept=server-location
# Added with the shared concept inventory (concepts.txt).
body: transgraniczn* weight=3 concept=cross-border
body: inn* kraj* weight=2.5 concept=other-countries
body: privacy shield weight=3 concept=privacy-frameworks
body: niższ* poziom* ochrony weight=2 concept=less-protective
body: jurysdykcj* weight=2 concept=jurisdictions
body: na całym świecie weight=1.5 concept=around-the-world
body: przekazywani* weight=1.5 concept=transfer

[regional]
heading: dla mieszkańców kalifornii concept=california
heading: mieszkańcy kalifornii concept=california
heading: informacje dla użytkowników z ue concept=eea-gdpr-notice
heading: użytkownicy z europejskiego obszaru gospodarczego concept=eea-gdpr-notice
heading: postanowienia regionalne concept=jurisdiction-specific
heading: dodatkowe informacje dla określonych jurysdykcji concept=jurisdiction-specific
# Added with the shared concept inventory (concepts.txt).
heading: prawa mieszkańców stanów usa concept=us-state-rights
heading: mieszkańcy nevady concept=us-state-rights
heading: zgodność z rodo concept=eea-gdpr-notice
body: kaliforni* weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: gdpr weight=2 concept=eu-gdpr
body: rodo weight=2 concept=eu-gdpr
body: uni* europejsk* weight=2 concept=eu-gdpr
body: ue weight=1 concept=eu-gdpr
body: eog weight=2 concept=eu-gdpr
body: mieszkańc* weight=2 concept=residents
body: rezydent* weight=2 concept=residents
body: jurysdykcj* weight=2
body: brazyli* weight=1.5 concept=brazil-lgpd
body: wielk* brytani* weight=1.5
body: lokaln* przepis* weight=1.5
body: sprzedaż* danych weight=1.5 concept=do-not-sell
# Added with the shared concept inventory (concepts.txt).
body: nevad* weight=3 concept=us-states
body: wirgini* weight=3 concept=us-states
body: kolorad* weight=3 concept=us-states
body: connecticut weight=3 concept=us-states
body: konsument* weight=1.5 concept=consumers
body: nie sprzedawaj* weight=3 concept=do-not-sell
body: międzykontekstow* weight=3 concept=cross-context-advertising
body: zachęt* finansow* weight=3 concept=financial-incentives
body: poprzedzających 12 miesięcy weight=3 concept=preceding-12-months
body: lgpd weight=2.5 concept=brazil-lgpd
body: kanad* weight=2.5 concept=canada-pipeda
body: pipeda weight=2.5 concept=canada-pipeda
# Regional annexes and law acronyms as headings (APPI, PIPA, PIPL, ...): heading-only, never body terms.
heading: appi concept=jurisdiction-specific
heading: pipa concept=jurisdiction-specific
heading: pipl concept=jurisdiction-specific
heading: lgpd concept=jurisdiction-specific
heading: pipeda concept=jurisdiction-specific
heading: popia concept=jurisdiction-specific
heading: pdpa concept=jurisdiction-specific
heading: kvkk concept=jurisdiction-specific
heading: vcdpa concept=jurisdiction-specific
heading: cpra concept=jurisdiction-specific
heading: ccpa concept=jurisdiction-specific
heading: nfadp concept=jurisdiction-specific
heading: revdsg concept=jurisdiction-specific
heading: ndsg concept=jurisdiction-specific
heading: fadp concept=jurisdiction-specific
heading: uk gdpr concept=jurisdiction-specific
heading: załączniki regionalne concept=jurisdiction-specific
heading: załącznik regionalny concept=jurisdiction-specific
heading: informacje dodatkowe dla mieszkańców concept=jurisdiction-specific
heading: amerykańskie przepisy o ochronie prywatności concept=us-state-rights
heading: japonia weight=1 concept=jurisdiction-specific
heading: korea południowa weight=1 concept=jurisdiction-specific
heading: republika korei weight=1 concept=jurisdiction-specific

[third-party-sites]
heading: strony internetowe osób trzecich weight=2 concept=third-party-websites
heading: linki do innych stron concept=links-to-other-sites
heading: odnośniki do innych stron concept=links-to-other-sites
heading: strony zewnętrzne concept=third-party-websites
heading: serwisy zewnętrzne concept=third-party-services
heading: usługi podmiotów trzecich weight=2 concept=third-party-services
heading: serwisy osób trzecich weight=2 concept=third-party-services
# Added with the shared concept inventory (concepts.txt).
heading: wtyczki społecznościowe concept=social-media-plugins
heading: media społecznościowe concept=social-media-plugins
heading: wtyczki portali społecznościowych concept=social-media-plugins
heading: polityki prywatności podmiotów trzecich concept=third-party-privacy-policies
heading: polityki prywatności osób trzecich concept=third-party-privacy-policies
body: stron* zewnętrzn* weight=3 concept=other-sites
body: serwis* zewnętrzn* weight=2.5 concept=other-sites
# The forms of "link", not a stem: link* also matched "LinkedIn".
body: link weight=1.5 concept=links
body: linki weight=1.5 concept=links
body: linków weight=1.5 concept=links
body: linku weight=1.5 concept=links
body: linkach weight=1.5 concept=links
body: linkami weight=1.5 concept=links
body: linkiem weight=1.5 concept=links
body: odnośnik* weight=2.5 concept=links
body: hiperłącz* weight=2.5 concept=links
body: zewnętrzn* weight=1 concept=other-sites
body: nie ponosimy odpowiedzialności weight=2.5 concept=not-responsible
body: odpowiedzialnoś* weight=1 concept=not-responsible
body: nie mamy wpływu weight=2.5 concept=not-responsible
body: nie kontrolujemy weight=2.5 concept=not-responsible
body: własn* polityk* prywatności weight=2 concept=their-privacy-policies
body: media społecznościow* weight=1.5 concept=plugins
body: portal* społecznościow* weight=1.5 concept=plugins
body: wtyczk* weight=2 concept=plugins
body: przekierowa* weight=1.5 concept=leave-our-site
body: nie ma zastosowania weight=2.5 concept=not-responsible
body: nie dotyczy weight=2 concept=not-responsible
# Added with the shared concept inventory (concepts.txt).
body: zachęcamy do zapoznania weight=2.5 concept=encourage-review
body: aplikacj* podmiotów trzecich weight=2 concept=third-party-applications
body: treś* weight=0.5 concept=content
body: zapozna* weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: portale społecznościowe concept=social-media-presence
heading: serwisy społecznościowe concept=social-media-presence
heading: mediach społecznościowych concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: zbierane przez podmioty trzecie concept=third-party-data-collection
heading: zbierane przez osoby trzecie concept=third-party-data-collection
heading: gromadzone przez strony trzecie concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: treści osadzone concept=third-party-services
heading: osadzone treści concept=third-party-services
heading: treści stron trzecich concept=third-party-services
heading: osadzone filmy concept=third-party-services
heading: wtyczki concept=social-media-plugins
body: osadzon* weight=2.5 concept=plugins
body: osadzam* weight=2.5 concept=plugins
body: osadzani* weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: treści stron trzecich weight=3 concept=other-sites
body: treści podmiotów trzecich weight=3 concept=other-sites
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: zalogowan* weight=1.5 concept=plugins
body: applet* weight=2 concept=plugins
# Outside tools named in a heading ("Korzystanie z silników tłumaczeniowych i bibliotek stron trzecich").
heading: bibliotek* stron trzecich concept=third-party-services
heading: narzędzi* stron trzecich concept=third-party-services
heading: oprogramowani* stron trzecich concept=third-party-services
heading: silnik* tłumacz* concept=third-party-services
heading: usługi stron trzecich concept=third-party-services
heading: usługi zewnętrzne concept=third-party-services
heading: zewnętrzne usługi concept=third-party-services
heading: synchronizacja w chmurze concept=third-party-services
heading: kopia zapasowa w chmurze concept=third-party-services
heading: kopia zapasowa icloud concept=third-party-services
heading: korzystanie z usług zewnętrznych concept=third-party-services
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: połączenia sieciowe weight=2 concept=network-connections
heading: żądania sieciowe weight=2 concept=network-connections
heading: połączenia wychodzące weight=2 concept=network-connections
heading: połączenia zewnętrzne weight=2 concept=network-connections
heading: opuszcza* twoje urządzenie weight=2 concept=network-connections
heading: opuszcza* urządzenie weight=2 concept=network-connections
heading: wysyłan* poza urządzenie weight=2 concept=network-connections
heading: wysyłan* przez internet weight=2 concept=network-connections
# Embedded services named by their brand (the same in every language): a section headed
# by one says what the outside service receives when its content loads.
heading: google fonts weight=2 concept=third-party-services
heading: google web fonts weight=2 concept=third-party-services
heading: adobe fonts weight=2 concept=third-party-services
heading: font awesome weight=2 concept=third-party-services
heading: google maps weight=2 concept=third-party-services
heading: openstreetmap weight=2 concept=third-party-services
heading: openstreetmaps weight=2 concept=third-party-services
heading: youtube weight=2 concept=third-party-services
heading: vimeo weight=2 concept=third-party-services
heading: google recaptcha weight=2 concept=third-party-services
heading: recaptcha weight=2 concept=third-party-services

[changes]
heading: zmiany polityki prywatności concept=changes-to-policy
heading: zmiany w polityce prywatności concept=changes-to-policy
heading: zmiany niniejszej polityki concept=changes-to-policy
heading: zmiana polityki concept=changes-to-policy
heading: aktualizacje polityki concept=policy-updates
heading: postanowienia końcowe concept=entry-into-force
# Added with the shared concept inventory (concepts.txt).
heading: powiadomienie o zmianach concept=notification-of-changes
heading: informowanie o zmianach concept=notification-of-changes
heading: zmiany concept=amendments
heading: modyfikacje concept=amendments
heading: wejście w życie concept=entry-into-force
body: zmian* weight=1.5 concept=change-update
body: zmienia* weight=2 concept=change-update
body: aktualiz* weight=2 concept=change-update
body: ostatni* aktualizacj* weight=3 concept=effective-date
body: wchodzi w życie weight=3 concept=effective-date
body: wejści* w życie weight=3 concept=effective-date
body: obowiązuje od weight=3 concept=effective-date
body: now* wersj* weight=2.5 concept=latest-version
body: aktualn* wersj* weight=2.5 concept=latest-version
body: opublikowa* weight=1.5 concept=posting
body: publikacj* weight=1.5 concept=posting
body: okresowo weight=1.5 concept=from-time-to-time
body: dalsze korzystanie weight=2 concept=continued-use
body: zastrzega* weight=2 concept=reserve-the-right
body: o zmianach weight=1.5 concept=notify-you
# Added with the shared concept inventory (concepts.txt).
body: od czasu do czasu weight=2.5 concept=from-time-to-time
body: istotn* zmian* weight=3 concept=material-changes
body: regularnie zapoznawać weight=2.5 concept=check-back
body: z chwilą opublikowania weight=2.5 concept=effective-immediately
body: wersj* weight=1 concept=version
body: powiadomieni* weight=0.5 concept=notice
# Where a changed policy is posted: "(we will post the new policy) on this page".
body: na tej stronie weight=1 concept=posting

[contact]
heading: kontakt z nami concept=contact-us
heading: dane kontaktowe concept=contact-information
heading: skontaktuj się z nami concept=contact-us
heading: jak się z nami skontaktować concept=how-to-contact
heading: inspektor ochrony danych osobowych concept=data-protection-officer
heading: pytania i wnioski concept=questions
# Added with the shared concept inventory (concepts.txt).
heading: kontakt concept=contact-us
heading: informacje kontaktowe concept=contact-information
heading: pytania concept=questions
heading: inspektor ochrony danych concept=data-protection-officer
body: kontakt* weight=2 concept=please-contact
body: skontaktowa* weight=3 concept=please-contact
body: skontaktuj* weight=3 concept=please-contact
body: napisz* weight=2 concept=please-contact
body: inspektor* ochrony danych weight=3 concept=dpo
body: iod weight=3 concept=dpo
body: pytani* weight=1.5 concept=questions-comments
body: wnios* weight=1.5 concept=questions-comments
body: adres do korespondencji weight=2 concept=postal-address
body: adres* korespondencyjn* weight=2 concept=postal-address
body: z siedzibą weight=2 concept=postal-address
body: nip weight=2.5
body: regon weight=2.5
body: krs weight=2.5
body: biur* obsługi klienta weight=2 concept=customer-service
body: e-mail weight=1 concept=by-email
body: telefon* weight=0.5 concept=telephone
# Added with the shared concept inventory (concepts.txt).
body: adres* weight=0.3 concept=address
heading: nota prawna concept=contact-information
heading: dane administratora concept=contact-information
# The controller's identity and address (art. 13 RODO): "Administrator danych osobowych".
heading: administrator danych concept=contact-information
heading: administrator danych osobowych concept=contact-information
heading: administrator concept=contact-information
heading: z kim mogę się skontaktować concept=how-to-contact
heading: do kogo mogę się zwrócić concept=how-to-contact
heading: do kogo się zwrócić concept=how-to-contact
heading: z kim się kontaktować concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no entry
# overlapping it counts.
# A backup copy is no security practice of its own.
kopi* bezpieczeństwa
# Complaints about a purchase ("reklamacja", "reklamacje") are no advertising ("reklama").
reklamacj*
reklamacje
# A software update is not a change to the policy.
sprawdzanie aktualizacji
sprawdza* dostępność aktualizacji
aktualizacj* aplikacji
aktualizacj* oprogramowania
automatyczn* aktualizacj*
# The version of an app is not the version of the policy.
wersj* aplikacji
wersj* oprogramowania
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
