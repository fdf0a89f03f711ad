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

[intro]
heading: wstęp
heading: postanowienia ogólne
heading: informacje ogólne
heading: polityka prywatności
heading: kim jesteśmy
heading: kto jest administratorem twoich danych
heading: zakres stosowania
body: niniejsz* polityk* weight=2.5
body: polityk* prywatności weight=1.5
body: klauzul* informacyjn* weight=2
body: ma zastosowanie weight=1.5
body: dotyczy weight=1
body: zwan* dalej weight=2
body: z siedzibą weight=1
body: akceptuj* weight=1.5
body: regulamin* weight=1.5
body: opisuje weight=1
body: uważnie weight=1
body: zapozna* weight=1
body: szanuj* weight=1.5
body: administrator* weight=0.5
body: serwis* weight=0.5

[definitions]
heading: definicje
heading: słowniczek
heading: pojęcia
heading: objaśnienie pojęć
heading: definicje i pojęcia
heading: użyte pojęcia
body: oznacza weight=2.5
body: oznaczają weight=2
body: należy rozumieć weight=3
body: rozumie się weight=2.5
body: pojęci* weight=2
body: definicj* weight=2
body: termin* weight=1.5
body: możliw* do zidentyfikowania weight=3
body: zidentyfikowan* weight=2
body: osob* fizyczn* weight=1.5
body: administrator* weight=1
body: podmiot* przetwarzając* weight=2
body: pseudonimizacj* weight=2
body: usługodawc* weight=1.5
body: użytkownik* weight=0.5

[collection]
heading: jakie dane zbieramy
heading: jakie dane przetwarzamy
heading: zakres przetwarzanych danych
heading: kategorie danych osobowych
heading: zbieranie danych
heading: gromadzenie danych
heading: źródło danych
heading: źródła danych
body: zbiera* weight=2.5
body: gromadz* weight=2.5
body: pozysk* weight=2
body: zakres* danych weight=2
body: kategori* danych weight=2
body: imię i nazwisko weight=2
body: imię weight=1
body: nazwisk* weight=1.5
body: numer* telefon* weight=1.5
body: adres* e-mail weight=1.5
body: adres* ip weight=1.5
body: pesel weight=2.5
body: dat* urodzenia weight=1.5
body: automatycznie weight=1.5
body: rejestracj* weight=1
body: lokalizacj* weight=1
body: źródł* weight=1
body: źródeł weight=1

[use]
heading: w jakim celu przetwarzamy dane
heading: cele przetwarzania danych
heading: cele przetwarzania
heading: do czego wykorzystujemy dane
heading: jak wykorzystujemy informacje
heading: wykorzystanie danych
heading: cele
body: wykorzyst* weight=1
body: cel* przetwarzani* weight=3
body: w celu weight=2
body: w celach weight=1.5
body: świadczeni* usług* weight=2
body: realizacj* zamówie* weight=2
body: wykonani* umowy weight=1
body: ulepsza* weight=2
body: doskonaleni* weight=1.5
body: personalizacj* weight=2.5
body: profilowani* weight=2.5
body: analiz* weight=1
body: statystyk* weight=1
body: zapobiegani* oszustw* weight=1.5
body: obsług* klienta weight=1
body: używa* weight=0.5
body: następujących celach weight=2
body: następujących celów weight=2

[legal-basis]
heading: podstawy prawne przetwarzania
heading: podstawa prawna
heading: cele i podstawy prawne przetwarzania
heading: na jakiej podstawie przetwarzamy dane
heading: podstawy przetwarzania danych
heading: podstawa prawna przetwarzania danych
body: podstaw* prawn* weight=3
body: podstaw* weight=1.5
body: prawnie uzasadnion* interes* weight=3
body: uzasadnion* interes* weight=2.5
body: art. 6 ust. 1 weight=3
body: art. 6 weight=2
body: wykonani* umow* weight=2
body: zawarci* umow* weight=1.5
body: której stroną jest weight=2.5
body: obowiązk* prawn* weight=2
body: ciążąc* na administratorze weight=3
body: żywotn* interes* weight=2.5
body: interes* publiczn* weight=1.5
body: zgodności z prawem weight=1.5
body: zgoda weight=0.5

[consent]
heading: zgoda
heading: zgoda na przetwarzanie danych
heading: wycofanie zgody
heading: cofnięcie zgody
heading: twoja zgoda
heading: zgody i ich wycofanie
body: zgody weight=2
body: zgodę weight=2
body: zgodą weight=2
body: wycofa* weight=3
body: cofn* weight=2.5
body: wyraż* zgod* weight=3
body: wyraźn* zgod* weight=2
body: bez wpływu na zgodność z prawem weight=3
body: dobrowoln* weight=1.5
body: w każdej chwili weight=1
body: w dowolnym momencie weight=1
body: zaznacz* weight=1
body: checkbox* weight=1
body: akceptacj* weight=1
body: jednoznaczn* weight=1.5

[sharing]
heading: odbiorcy danych
heading: odbiorcy danych osobowych
heading: komu udostępniamy dane
heading: udostępnianie danych
heading: przekazywanie danych osobom trzecim
heading: ujawnianie informacji
body: odbiorc* weight=2.5
body: udostępnia* weight=2
body: przekaz* weight=1.5
body: ujawnia* weight=2
body: podmiot* trzeci* weight=2
body: osob* trzeci* weight=2
body: dostawc* usług weight=2
body: podmiot* przetwarzając* weight=2
body: w naszym imieniu weight=2
body: na nasze zlecenie weight=2
body: partner* weight=1
body: spółk* z grupy weight=2
body: podmiot* powiązan* weight=2
body: uprawnion* organ* weight=2
body: operator* płatności weight=1.5
body: firm* kurierski* weight=1.5
body: fuzj* weight=2
body: nie sprzedajemy weight=1.5

[cookies]
heading: pliki cookies
heading: pliki cookie
heading: polityka cookies
heading: ciasteczka
heading: wykorzystanie plików cookies
heading: cookies i podobne technologie
body: plik* cookie* weight=3
body: cookie* weight=2
body: ciasteczk* weight=2.5
body: urządzeni* końcow* weight=2.5
body: znacznik* pikselow* weight=2.5
body: piksel* weight=2
body: web beacon* weight=2
body: technologi* śledząc* weight=2.5
body: podobn* technologi* weight=2
body: sesyjn* weight=2.5
body: stałe weight=1
body: ustawieni* przeglądarki weight=1.5
body: przeglądark* weight=1
body: google analytics weight=3
body: log* serwer* weight=2
body: pamięć lokaln* weight=2
body: analityczn* weight=1

[advertising]
heading: działania marketingowe
heading: reklama
heading: marketing bezpośredni
heading: reklamy i marketing
heading: informacje handlowe
heading: newsletter i komunikacja marketingowa
body: marketing* weight=2
body: reklam* weight=2.5
body: newsletter* weight=2.5
body: informacj* handlow* weight=2.5
body: sieci reklamow* weight=3
body: targetowan* weight=3
body: ukierunkowan* weight=2
body: remarketing* weight=3
body: retargeting* weight=3
body: spersonalizowan* reklam* weight=3
body: behawioraln* weight=2
body: na podstawie zainteresowań weight=2
body: promocj* weight=1.5
body: ofert* weight=1
body: powiadomieni* push weight=1.5
body: sms weight=1

[do-not-track]
heading: sygnały do not track
heading: funkcja do not track
heading: żądania nie śledź
heading: sygnały nie śledź
heading: sygnały global privacy control
heading: globalna kontrola prywatności
body: do not track weight=3
body: dnt weight=3
body: nie śledź weight=3
body: global privacy control weight=3
body: gpc weight=3
body: globaln* kontrol* prywatności weight=3
body: sygnał* weight=2
body: standard* branżow* weight=2
body: jednolit* standard* weight=2
body: standard* weight=1
body: nie reagujemy weight=2
body: nie odpowiadamy weight=1.5
body: śledzeni* weight=1
body: przeglądark* weight=1

[choices]
heading: twoje wybory
heading: twoje możliwości wyboru
heading: zarządzanie ustawieniami
heading: ustawienia prywatności
heading: rezygnacja z otrzymywania wiadomości
heading: jak zrezygnować
body: rezygn* weight=2
body: zrezygn* weight=2.5
body: wypisa* weight=3
body: wybór weight=2
body: wybor* weight=2
body: ustawieni* weight=1.5
body: ustawieni* kont* weight=1.5
body: zarządza* weight=1
body: podanie danych jest dobrowolne weight=3
body: nie podawać weight=2
body: wyłącz* weight=1.5
body: blokowa* weight=1
body: sprzeciw* wobec marketing* weight=1.5
body: opt-out weight=1

[rights]
heading: twoje prawa
heading: przysługujące ci prawa
heading: prawa osób których dane dotyczą
heading: jakie masz prawa
heading: uprawnienia użytkownika
heading: prawa użytkownika
heading: prawo dostępu
body: przysługuj* weight=2
body: masz prawo weight=2.5
body: prawo do weight=2
body: dostęp* do danych weight=2
body: sprostowani* weight=3
body: usunięci* weight=2
body: bycia zapomnianym weight=3
body: przenoszeni* danych weight=3
body: sprzeciw* weight=2.5
body: ograniczeni* przetwarzani* weight=2.5
body: skarg* weight=2
body: organ* nadzorcz* weight=2.5
body: prezes* urzędu ochrony danych osobowych weight=3
body: puodo weight=3
body: uodo weight=2.5
body: zautomatyzowan* weight=2
body: kopi* danych weight=1.5
body: żądani* weight=1

[retention]
heading: okres przechowywania danych
heading: jak długo przechowujemy dane
heading: przechowywanie danych
heading: czas przechowywania danych
heading: okres przetwarzania danych
heading: przez jaki czas przechowujemy dane
body: przechowywa* weight=2
body: przechowuj* weight=2
body: okres* przechowywani* weight=3
body: okres* weight=1.5
body: do czasu weight=2
body: przedawnieni* weight=2.5
body: roszcze* weight=1.5
body: nie dłużej niż weight=2.5
body: usuwa* weight=1.5
body: anonimiz* weight=1.5
body: upływ* weight=2
body: zakończeni* weight=1
body: archiwiz* weight=1
body: kopi* zapasow* weight=1.5
body: przepis* podatkow* weight=1.5
body: rachunkowości weight=1.5

[security]
heading: bezpieczeństwo
heading: bezpieczeństwo danych
heading: ochrona danych
heading: środki bezpieczeństwa
heading: jak chronimy twoje dane
heading: zabezpieczenie danych
body: bezpieczeństw* weight=2
body: zabezpiecz* weight=2
body: chroni* weight=1
body: szyfrowa* weight=3
body: zaszyfrowan* weight=3
body: ssl weight=2
body: tls weight=2
body: nieuprawnion* dostęp* weight=3
body: techniczn* i organizacyjn* weight=3
body: środk* techniczn* weight=2
body: naruszeni* ochrony danych weight=2.5
body: incydent* weight=2
body: zapor* sieciow* weight=2
body: firewall* weight=2
body: antywirus* weight=2
body: utrat* weight=1.5
body: hasł* weight=1

[children]
heading: dzieci
heading: prywatność dzieci
heading: dane osobowe dzieci
heading: osoby niepełnoletnie
heading: małoletni
heading: ochrona prywatności dzieci
body: dziec* weight=3
body: niepełnolet* weight=3
body: małolet* weight=3
body: roku życia weight=2.5
body: poniżej weight=1.5
body: ukończ* weight=2
body: wieku weight=1.5
body: rodzic* weight=2.5
body: opiekun* weight=2.5
body: przedstawiciel* ustawow* weight=2.5
body: zgod* rodzic* weight=3
body: coppa weight=3
body: świadomie weight=1.5
body: celowo weight=1

[international]
heading: przekazywanie danych poza eog
heading: przekazywanie danych do państw trzecich
heading: międzynarodowe przekazywanie danych
heading: transfer danych poza unię europejską
heading: gdzie przechowujemy dane
heading: miejsce przechowywania danych
body: państw* trzeci* weight=3
body: poza eog weight=3
body: poza europejski* obszar* gospodarcz* weight=3
body: poza uni* europejsk* weight=2.5
body: transfer* weight=2
body: międzynarodow* weight=1.5
body: standardow* klauzul* umown* weight=3
body: odpowiedni* stopie* ochrony weight=2.5
body: decyzj* stwierdzając* weight=2.5
body: wiążąc* reguł* korporacyjn* weight=2.5
body: odpowiedni* zabezpiecze* weight=2
body: stan* zjednoczon* weight=1.5
body: data privacy framework weight=2
body: serwer* weight=1

[regional]
heading: dla mieszkańców kalifornii
heading: mieszkańcy kalifornii
heading: informacje dla użytkowników z ue
heading: użytkownicy z europejskiego obszaru gospodarczego
heading: postanowienia regionalne
heading: dodatkowe informacje dla określonych jurysdykcji
body: kaliforni* weight=3
body: ccpa weight=3
body: cpra weight=3
body: gdpr weight=2
body: rodo weight=2
body: uni* europejsk* weight=2
body: ue weight=1
body: eog weight=2
body: mieszkańc* weight=2
body: rezydent* weight=2
body: jurysdykcj* weight=2
body: brazyli* weight=1.5
body: wielk* brytani* weight=1.5
body: lokaln* przepis* weight=1.5
body: sprzedaż* danych weight=1.5

[third-party-sites]
heading: strony internetowe osób trzecich weight=2
heading: linki do innych stron
heading: odnośniki do innych stron
heading: strony zewnętrzne
heading: serwisy zewnętrzne
heading: usługi podmiotów trzecich weight=2
heading: serwisy osób trzecich weight=2
body: stron* zewnętrzn* weight=3
body: serwis* zewnętrzn* weight=2.5
body: link* weight=1.5
body: odnośnik* weight=2.5
body: hiperłącz* weight=2.5
body: zewnętrzn* weight=1
body: nie ponosimy odpowiedzialności weight=2.5
body: odpowiedzialnoś* weight=1
body: nie mamy wpływu weight=2.5
body: nie kontrolujemy weight=2.5
body: własn* polityk* prywatności weight=2
body: media społecznościow* weight=1.5
body: portal* społecznościow* weight=1.5
body: wtyczk* weight=2
body: przekierowa* weight=1.5
body: nie ma zastosowania weight=2.5
body: nie dotyczy weight=2

[changes]
heading: zmiany polityki prywatności
heading: zmiany w polityce prywatności
heading: zmiany niniejszej polityki
heading: zmiana polityki
heading: aktualizacje polityki
heading: postanowienia końcowe
body: zmian* weight=1.5
body: zmienia* weight=2
body: aktualiz* weight=2
body: ostatni* aktualizacj* weight=3
body: wchodzi w życie weight=3
body: wejści* w życie weight=3
body: obowiązuje od weight=3
body: now* wersj* weight=2.5
body: aktualn* wersj* weight=2.5
body: opublikowa* weight=1.5
body: publikacj* weight=1.5
body: okresowo weight=1.5
body: dalsze korzystanie weight=2
body: zastrzega* weight=2
body: o zmianach weight=1.5

[contact]
heading: kontakt z nami
heading: dane kontaktowe
heading: skontaktuj się z nami
heading: jak się z nami skontaktować
heading: inspektor ochrony danych osobowych
heading: pytania i wnioski
body: kontakt* weight=2
body: skontaktowa* weight=3
body: skontaktuj* weight=3
body: napisz* weight=2
body: inspektor* ochrony danych weight=3
body: iod weight=3
body: pytani* weight=1.5
body: wnios* weight=1.5
body: adres do korespondencji weight=2
body: adres* korespondencyjn* weight=2
body: z siedzibą weight=2
body: nip weight=2.5
body: regon weight=2.5
body: krs weight=2.5
body: biur* obsługi klienta weight=2
body: e-mail weight=1
body: telefon* weight=0.5
