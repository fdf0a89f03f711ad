# Romanian lexicon (Romania and Moldova; formal "dumneavoastră" register)
@language ro
@name Romanian
@fold-accents yes            # ă â î ș ț (and the old cedilla forms ş ţ) fold to a a i s t
# Romanian adds the article and case endings to the noun (datele, datelor, prelucrării),
# so stems with * carry most section terms.
# Folding merges some pairs, so only one of each is listed: și/si, să/sa/va/vă, său/sau.

[profile]
# Function words first. weight=3 marks words that tell Romanian from Italian, French,
# Spanish and Portuguese (sau, care, pentru, sunt, cu, prin, dumneavoastră, datele).
si                           # "și" after accent folding; also Spanish/Italian "si"
in                           # "în"
de
la
a
al
ai
ale weight=3
cu weight=3
pe weight=2
pentru weight=3
din weight=2
prin weight=3
care weight=2               # also an English word
sau weight=3
nu weight=2
este
sunt weight=3
fi weight=3
fie weight=3
fost weight=3
va                           # "va" and "vă"; Vietnamese "và" folds here too
vor
vom weight=3
poate weight=3
pot weight=3
putem weight=3
puteți weight=3
trebuie weight=3
dacă weight=3
după weight=3
până weight=3
către weight=3
fără weight=3
între weight=3
despre weight=3
asupra weight=3
conform
privind weight=3
astfel weight=3
precum weight=3
inclusiv weight=3
acest weight=3
această weight=3
aceste weight=3
acestor weight=3
acestea weight=3
acestui weight=3
acestei weight=3
cel
cea
cele weight=3
cei
un
o
unui weight=3
unei weight=3
unor weight=3
lui weight=2
ei
lor weight=3
noi weight=2
dumneavoastră weight=3
dvs weight=3
voastre weight=3
să weight=2
se
mai
nici weight=3
doar weight=3
cum
unde
când weight=3
ce
orice weight=3
fiecare weight=3
alte weight=3
altor weight=3
toate weight=3
tot
noastră weight=3
nostru weight=3
noștri weight=3
noastre weight=3
însă weight=3
iar weight=3
decât weight=3
având weight=3
fiind weight=3
aici
atunci
# words frequent in privacy policies
datele weight=3
datelor weight=3
date weight=0.5
personale
caracter weight=2
informații weight=3
informațiile weight=3
politica weight=2
politicii weight=3
confidențialitate weight=3
prelucrare weight=3
prelucrarea weight=3
prelucrării weight=3
prelucrăm weight=3
site weight=0.5
site-ul weight=3
servicii weight=2
serviciile weight=3
utilizator weight=3
utilizatori weight=3
utilizatorii weight=3
terți weight=3
terțe weight=3
drept
drepturile weight=3
dreptul weight=3
protecția weight=3
consimțământ weight=3
consimțământul weight=3
scop weight=2
scopul weight=3
scopuri weight=3
operator weight=2
operatorul weight=3
legitim weight=2
acces
cerere weight=3
solicitare weight=3
e-mail weight=0.5
adresa weight=3
cont weight=2
produse weight=2
societatea weight=3
companie
măsuri weight=3
securitate weight=3
stocare weight=3
necesar weight=2
aplicabilă
client weight=0.5
clienți
utilizare weight=3
colectăm weight=3
colectate weight=3
furniza weight=3
contact weight=0.5
următoarele weight=3
nume
telefon
cookie-uri weight=3
browser weight=0.5
dispozitiv
lege
legale
obligație weight=3
contract weight=0.5
primi
exercita
perioadă weight=3
timp
vizată weight=3
persoana weight=3

[units]
year: an, ani, anul, anului, anilor
month: lună, luni, lunii, lunilor
week: săptămână, săptămâni, săptămânii
day: zi, zile, ziua, zilei, zilelor
hour: oră, ore, orei
minute: minut, minute, minutul
business-day: zi lucrătoare, zile lucrătoare
# "luni" is also Monday; "an" and "ani" are unambiguous in policy text.

[numbers]
# "o" (one, as in "o lună") and "nouă" (nine, but also "new") are ambiguous: the
# checker should read them as numbers only next to a unit.
1: unu, una, un, o
2: doi, două
3: trei
4: patru
5: cinci
6: șase
7: șapte
8: opt
9: nouă
10: zece
11: unsprezece
12: doisprezece, douăsprezece
13: treisprezece
15: cincisprezece
16: șaisprezece
18: optsprezece
20: douăzeci
24: douăzeci și patru
30: treizeci
60: șaizeci
90: nouăzeci
100: o sută, una sută, sută

[references]
gdpr: gdpr, rgpd, regulamentul general privind protecția datelor, 2016/679
ccpa: ccpa, legea privind confidențialitatea consumatorilor din california, california consumer privacy act
cpra: cpra, california privacy rights act
coppa: coppa
lgpd: lgpd, legea generală privind protecția datelor din brazilia, lei geral de proteção de dados
pipeda: pipeda, personal information protection and electronic documents act

[intro]
heading: introducere
heading: preambul
heading: cine suntem
heading: despre noi
heading: despre această politică
heading: domeniul de aplicare
heading: informații generale
heading: operatorul de date
heading: identitatea operatorului
body: această politică de confidențialitate weight=0.5
body: prezenta politică weight=0.5
body: se aplică weight=1.5
body: domeniul de aplicare weight=2
body: prin utilizarea weight=2
body: prin accesarea weight=2
body: accept* weight=1.5
body: sunteți de acord weight=2
body: descrie weight=1
body: în continuare weight=2
body: denumit* weight=2
body: operator weight=1
body: operatorul de date weight=1.5
body: sediul social weight=2
body: cod unic de înregistrare weight=1.5
body: registrul comerțului weight=1.5
body: site-ul weight=0.3

[definitions]
heading: definiții
heading: termeni și definiții
heading: glosar
heading: terminologie
heading: semnificația termenilor
heading: interpretare
body: înseamnă weight=3
body: se înțelege weight=3
body: desemnează weight=2
body: reprezintă weight=1.5
body: se referă la weight=2
body: în sensul weight=2
body: în scopul prezentei weight=2
body: definiți* weight=2
body: termenii weight=1
body: orice informații weight=1.5
body: persoana fizică weight=1.5
body: identificabilă weight=1.5
body: persoană vizată weight=1
body: persoană împuternicită weight=1
body: pseudonimizare weight=1.5
body: include weight=0.5

[collection]
heading: ce date colectăm
heading: datele pe care le colectăm
heading: informațiile pe care le colectăm
heading: colectarea datelor
heading: categorii de date
heading: categoriile de date prelucrate
heading: date cu caracter personal colectate
heading: sursa datelor
body: colect* weight=2
body: obțin* weight=1
body: categorii de date weight=2
body: ne furnizați weight=2
body: furnizate de dumneavoastră weight=2
body: automat* weight=1.5
body: formular* weight=1.5
body: nume și prenume weight=1.5
body: adresa de e-mail weight=1.5
body: adresa de email weight=1.5
body: numărul de telefon weight=1.5
body: număr de telefon weight=1.5
body: adresa ip weight=1.5
body: date de navigare weight=1.5
body: date de identificare weight=2
body: cnp weight=2               # personal numeric code
body: date de plată weight=1
body: tipul de browser weight=1
body: geolocalizare weight=1
body: surse weight=1.5

[use]
heading: cum folosim datele
heading: cum utilizăm informațiile
heading: utilizarea datelor
heading: scopurile prelucrării
heading: scopul prelucrării
heading: în ce scopuri prelucrăm datele
heading: de ce prelucrăm datele
heading: scopuri
heading: cum folosim
heading: cum utilizăm
body: scop* weight=2.5
body: în scopul weight=2
body: utiliz* weight=1.5
body: folos* weight=1.5
body: pentru a furniza weight=1.5
body: gestion* weight=1.5
body: procesa* weight=1
body: îmbunătăți* weight=1.5
body: personaliz* weight=1.5
body: profilare weight=2
body: creare de profiluri weight=2
body: decizii automatizate weight=1.5
body: prevenirea fraudelor weight=1.5
body: statistic* weight=1
body: trimite* weight=1

[legal-basis]
heading: temeiul legal
heading: temeiul juridic
heading: temei legal
heading: temeiurile legale ale prelucrării
heading: baza legală
heading: legalitatea prelucrării
body: temei* weight=3
body: baza legală weight=3
body: interes legitim weight=3
body: interesul legitim weight=3
body: interesele legitime weight=3
body: executarea unui contract weight=2.5
body: încheierea sau executarea weight=2.5
body: demersuri weight=1.5
body: obligație legală weight=2.5
body: obligații legale weight=2
body: interese vitale weight=2
body: interes public weight=2
body: articolul 6 weight=2.5
body: art. 6 weight=2.5
body: legalitatea weight=2
body: legea nr. 190/2018 weight=2
body: consimțământ weight=1
body: gdpr weight=1

[consent]
heading: consimțământul
heading: consimțământ
heading: retragerea consimțământului
heading: cum vă puteți retrage consimțământul
heading: acordul dumneavoastră
heading: acord
body: consimțăm* weight=2.5
body: acord* weight=1.5
body: retrag* weight=2.5
body: oricând weight=1
body: în orice moment weight=1
body: fără a afecta legalitatea weight=2.5
body: expres weight=1
body: explicit weight=1
body: liber exprimat weight=1.5
body: neechivoc weight=1.5
body: bifarea weight=1.5
body: bifând weight=1.5
body: căsuța weight=1.5
body: autoriz* weight=1.5

[sharing]
heading: dezvăluirea datelor
heading: divulgarea datelor
heading: destinatarii datelor
heading: categorii de destinatari
heading: cu cine partajăm datele
heading: partajarea datelor
heading: transmiterea datelor către terți
heading: comunicarea datelor
body: dezvălu* weight=2
body: divulg* weight=2
body: destinatar* weight=2.5
body: partaj* weight=2
body: transmit* weight=1.5
body: terți weight=1
body: terțe părți weight=1.5
body: furnizori de servicii weight=2
body: persoane împuternicite weight=2
body: împuterniciți weight=2
body: companiile din grup weight=2
body: afiliate weight=1.5
body: autorități weight=1.5
body: instanțe weight=1.5
body: hotărâre judecătorească weight=1.5
body: fuziune weight=2
body: achiziție weight=1.5
body: vânzare weight=1
body: nu vindem weight=2

[cookies]
heading: cookie-uri
heading: politica privind cookie-urile
heading: utilizarea cookie-urilor
heading: module cookie
heading: cookie-uri și tehnologii similare
heading: tehnologii de urmărire
heading: ce sunt cookie-urile
body: cookie* weight=3
body: module cookie weight=2.5
body: fișiere de mici dimensiuni weight=3
body: fișiere text weight=2
body: tehnologii similare weight=2
body: web beacons weight=2
body: pixel* weight=2
body: fișiere jurnal weight=2
body: google analytics weight=2
body: analitic* weight=1.5
body: cookie-uri de sesiune weight=2
body: persistente weight=2
body: 506/2004 weight=2          # Romanian e-privacy law (cookies)
body: urmărire weight=1.5
body: stocate weight=1
body: setările browserului weight=1.5
body: browser weight=1
body: dispozitiv weight=0.5

[advertising]
heading: publicitate
heading: marketing
heading: marketing direct
heading: comunicări comerciale
heading: comunicări de marketing
heading: publicitate personalizată
heading: newsletter
heading: oferte promoționale
body: publicit* weight=2.5
body: reclam* weight=2.5
body: anunțuri weight=2
body: rețele publicitare weight=2.5
body: marketing weight=2
body: marketing direct weight=2.5
body: comunicări comerciale weight=2.5
body: promoți* weight=2
body: newsletter* weight=2
body: bazată pe interese weight=2
body: remarketing weight=2
body: campanii weight=1.5
body: oferte weight=1.5
body: interese weight=0.5

[do-not-track]
heading: do not track
heading: nu urmări
heading: semnale do not track
heading: global privacy control
heading: controlul global al confidențialității
heading: semnale de preferință
body: do not track weight=3
body: nu urmări weight=3
body: dnt weight=3
body: global privacy control weight=3
body: controlul global al confidențialității weight=3
body: gpc weight=3
body: semnal* weight=2
body: nu răspundem weight=2
body: standard weight=1.5
body: urmărire weight=1
body: preferinț* weight=1
body: setările browserului weight=1
body: browser weight=1

[choices]
heading: opțiunile dumneavoastră
heading: alegerile dumneavoastră
heading: dezabonare
heading: cum vă dezabonați
heading: preferințe de comunicare
heading: controlul asupra datelor
heading: renunțare
body: dezabon* weight=3
body: renunța* weight=2
body: opt-out weight=2
body: puteți alege weight=2.5
body: opțiun* weight=2
body: alegerile weight=2
body: preferințe weight=1.5
body: vă opuneți weight=1.5
body: dezactiva* weight=1.5
body: refuza* weight=1.5
body: nu furnizați weight=1.5
body: setări weight=1
body: link weight=1
body: decide weight=1
body: primi weight=0.5

[rights]
heading: drepturile dumneavoastră
heading: drepturile persoanei vizate
heading: drepturile persoanelor vizate
heading: exercitarea drepturilor
heading: cum vă puteți exercita drepturile
heading: ce drepturi aveți
heading: dreptul de acces
heading: accesa sau actualiza weight=2
body: dreptul de acces weight=3
body: puteți accesa weight=2
body: agent* autorizat* weight=2.5
body: rectific* weight=3
body: ștergere* weight=2.5
body: dreptul de a fi uitat weight=2.5
body: portabilit* weight=3
body: opoziție weight=2.5
body: restricționarea prelucrării weight=3
body: restricționare weight=2
body: exercit* weight=2.5
body: drepturi* weight=1.5
body: autoritatea de supraveghere weight=2.5
body: autoritatea națională de supraveghere weight=3
body: anspdcp weight=3
body: plângere weight=2
body: decizii individuale automatizate weight=1.5
body: verifica identitatea weight=1.5
body: copie weight=1
body: cerere weight=1

[retention]
heading: perioada de stocare
heading: durata stocării
heading: păstrarea datelor
heading: perioada de păstrare
heading: termenul de păstrare
heading: cât timp păstrăm datele
heading: stocarea datelor
body: păstr* weight=2.5
body: stocar* weight=2
body: stocat* weight=1.5
body: perioad* weight=1.5
body: durata weight=1.5
body: termen* weight=1.5
body: atât timp cât weight=3
body: perioada necesară weight=3
body: nu mai mult decât este necesar weight=3
body: termenele legale weight=2
body: prescripți* weight=2
body: arhiv* weight=2
body: șterg* weight=1.5
body: distrus* weight=1
body: anonimiz* weight=1.5
body: ani weight=1
body: luni weight=1

[security]
heading: securitatea datelor
heading: securitate
heading: măsuri de securitate
heading: cum vă protejăm datele
heading: securitatea informațiilor
heading: confidențialitatea datelor
body: securit* weight=2
body: măsuri tehnice și organizatorice weight=3
body: măsuri tehnice weight=2
body: organizatorice weight=2
body: criptar* weight=2.5
body: criptat* weight=2.5
body: ssl weight=2
body: tls weight=2
body: acces neautorizat weight=2.5
body: pierdere* weight=1.5
body: alterare weight=1.5
body: distrugere weight=1.5
body: confidențialitat* weight=1
body: firewall* weight=2
body: încălcare a securității weight=2.5
body: breșă weight=2
body: parol* weight=1.5
body: niciun sistem weight=2
body: protej* weight=1
body: garant* weight=0.5

[children]
heading: minori
heading: copii
heading: protecția minorilor
heading: datele minorilor
heading: confidențialitatea copiilor
heading: vârsta minimă
body: minor* weight=3
body: copii weight=3
body: copiilor weight=3
body: vârst* weight=2
body: sub 16 ani weight=2.5
body: sub 13 ani weight=2
body: 18 ani weight=1.5
body: părinț* weight=2.5
body: tutore weight=2
body: reprezentant legal weight=2.5
body: consimțământul părinților weight=2.5
body: în mod conștient weight=2
body: coppa weight=3
body: adresate weight=1

[international]
heading: transferuri internaționale
heading: transferul datelor
heading: transferul internațional de date
heading: transferul datelor în afara see
heading: transferuri către țări terțe
heading: unde stocăm datele
heading: locația datelor
body: transfer* weight=2.5
body: internațional* weight=2
body: țări terțe weight=3
body: țară terță weight=3
body: în afara spațiului economic european weight=3
body: spațiul economic european weight=2
body: see weight=2
body: în afara uniunii europene weight=2.5
body: clauze contractuale standard weight=3
body: clauzele contractuale standard weight=3
body: decizie de adecvare weight=3
body: nivel adecvat de protecție weight=2.5
body: garanții adecvate weight=2
body: data privacy framework weight=2.5
body: statele unite weight=1.5
body: servere weight=1.5
body: uniunea europeană weight=1
body: localizat* weight=1

[regional]
heading: rezidenții din california
heading: informații pentru rezidenții din california
heading: drepturile rezidenților din california
heading: prevederi specifice pe țări
heading: informații suplimentare pentru anumite jurisdicții
heading: notificări regionale
heading: utilizatori din afara ue
body: california weight=3
body: ccpa weight=3
body: cpra weight=3
body: shine the light weight=2.5
body: rezident* weight=2
body: consumator* weight=1.5
body: vânzarea informațiilor personale weight=2
body: informații personale sensibile weight=1.5
body: nevada weight=2.5
body: virginia weight=2
body: lgpd weight=2.5
body: brazilia weight=1.5
body: canada weight=1.5
body: pipeda weight=2.5
body: republica moldova weight=1.5
body: jurisdicți* weight=1.5
body: statul weight=0.5

[third-party-sites]
heading: linkuri către alte site-uri
heading: legături către alte site-uri
heading: site-uri terțe
heading: site-urile terților
heading: servicii terțe
heading: linkuri externe
heading: rețele sociale
body: linkuri weight=2.5
body: link-uri weight=2.5
body: legături weight=2
body: site-uri terțe weight=3
body: site-urile terților weight=3
body: site-uri ale terților weight=3
body: nu suntem responsabili weight=2.5
body: nu ne asumăm responsabilitatea weight=2.5
body: nu avem control weight=2
body: propriile politici de confidențialitate weight=2.5
body: plugin* weight=2
body: rețele sociale weight=2
body: rețelele sociale weight=2
body: externe weight=1.5
body: făcând clic weight=1.5
body: părăsiți weight=1.5
body: vă recomandăm weight=1
body: conținut* weight=0.5

[changes]
heading: modificări ale politicii
heading: modificarea politicii de confidențialitate
heading: modificări aduse acestei politici
heading: actualizări ale politicii
heading: actualizarea politicii
heading: modificări
heading: data intrării în vigoare
body: modific* weight=2
body: actualiz* weight=2
body: ultima actualizare weight=3
body: intrarea în vigoare weight=2.5
body: intră în vigoare weight=2
body: în vigoare weight=1.5
body: periodic weight=2
body: din când în când weight=2
body: ne rezervăm dreptul weight=2
body: revizui* weight=1.5
body: notific* weight=1.5
body: vom publica weight=1.5
body: versiun* weight=1.5
body: schimbări weight=1.5
body: vă vom informa weight=1.5
body: aviz weight=0.5

[contact]
heading: contact
heading: contactați-ne
heading: date de contact
heading: informații de contact
heading: cum ne puteți contacta
heading: responsabilul cu protecția datelor
heading: întrebări
body: contact* weight=2
body: responsabilul cu protecția datelor weight=2.5
body: dpo weight=2
body: e-mail weight=1
body: adresa poștală weight=2
body: sediul weight=1
body: telefon weight=1.5
body: întrebări weight=2
body: nelămuriri weight=2
body: solicitări weight=1.5
body: ne puteți scrie weight=2.5
body: vă puteți adresa weight=2.5
body: serviciul clienți weight=1.5
body: strada weight=1
body: comentarii weight=1
body: sugestii weight=1
