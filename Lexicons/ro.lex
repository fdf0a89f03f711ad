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

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
termeni de utilizare
termenii de utilizare
condiții de utilizare
condițiile de utilizare
termeni și condiții
termenii și condițiile
termenii serviciului
legea aplicabilă
lege aplicabilă
legislația aplicabilă
legea aplicabilă și jurisdicția
legea aplicabilă și jurisdicție
jurisdicție
jurisdicția
instanța competentă
divizibilitate
separabilitate
acordul integral
acord integral
forță majoră
declinarea responsabilității
exonerare de răspundere
limitarea răspunderii
limitarea responsabilității
traduceri
traducere
alte traduceri
versiuni lingvistice
versiunea în limba engleză prevalează
versiunea în limba română prevalează
licență
drepturi de autor
drepturile de autor
copyright
mulțumiri
cuprins
proprietate intelectuală
proprietatea intelectuală

[intro]
heading: introducere concept=introduction
heading: preambul concept=introduction
heading: cine suntem concept=who-we-are
heading: despre această politică concept=about-this-policy
heading: domeniul de aplicare concept=scope
heading: informații generale concept=introduction
body: această politică de confidențialitate weight=0.5 concept=this-privacy-policy
body: prezenta politică weight=0.5 concept=this-privacy-policy
body: se aplică weight=1.5 concept=policy-applies-to
body: domeniul de aplicare weight=2 concept=policy-applies-to
body: prin utilizarea weight=2 concept=by-using
body: prin accesarea weight=2 concept=by-using
body: accept* weight=1.5 concept=acceptance-of-policy
body: sunteți de acord weight=2 concept=acceptance-of-policy
body: descrie weight=1 concept=policy-describes
body: în continuare weight=2 concept=referred-to-as
body: denumit* weight=2 concept=referred-to-as
body: operator weight=1
body: operatorul de date weight=1.5
body: sediul social weight=2
body: cod unic de înregistrare weight=1.5
body: registrul comerțului weight=1.5
body: site-ul weight=0.3 concept=website
# Added with the shared concept inventory (concepts.txt).
heading: rezumat concept=summary
heading: pe scurt concept=summary
heading: prezentare generală concept=summary
heading: despre această notă de informare concept=about-this-policy
heading: scopul acestei politici concept=about-this-policy
heading: aplicabilitate concept=scope
heading: domeniul de aplicare al politicii concept=scope
heading: cui se aplică această politică concept=scope
heading: angajamentul nostru față de confidențialitate concept=commitment-to-privacy
heading: angajamentul nostru privind protecția datelor concept=commitment-to-privacy
heading: acceptarea politicii concept=acceptance
heading: acceptarea prezentei politici concept=acceptance
heading: politica de confidențialitate weight=0.5 concept=privacy-policy-title
heading: politica privind protecția datelor weight=0.5 concept=privacy-policy-title
heading: notă de informare weight=0.5 concept=privacy-policy-title
body: această politică descrie concept=policy-describes
body: explică weight=1 concept=policy-describes
body: nu se aplică concept=policy-applies-to
body: prin vizitarea concept=by-using
body: dacă nu sunteți de acord concept=if-you-do-not-agree
body: ne angajăm concept=committed-to-privacy
body: respectăm confidențialitatea concept=committed-to-privacy
body: vă rugăm să citiți concept=please-read
body: termenii și condițiile concept=terms-of-use
body: termeni de utilizare concept=terms-of-use
body: confidențialitate weight=0.3 concept=privacy
body: servicii* weight=0.3 concept=services
body: compania weight=0.3 concept=company
# The question "Who is the controller (of personal data)?" introduces the policy's author; the
# bare "Operatorul de date" heads the controller's identity and address (contact).
heading: cine este operatorul concept=who-we-are
heading: cine este operatorul de date concept=who-we-are
heading: cine este operatorul datelor concept=who-we-are
heading: despre noi weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary

[definitions]
heading: definiții concept=definitions
heading: termeni și definiții concept=definitions
heading: glosar concept=key-terms
heading: terminologie concept=key-terms
heading: semnificația termenilor concept=key-terms
heading: interpretare concept=interpretation
body: înseamnă weight=3 concept=means
body: se înțelege weight=3 concept=means
body: desemnează weight=2 concept=means
body: reprezintă weight=1.5 concept=means
body: se referă la weight=2 concept=refers-to
body: în sensul weight=2 concept=as-used-in-this-policy
body: în scopul prezentei weight=2 concept=as-used-in-this-policy
body: definiți* weight=2 concept=defined-terms-intro
body: termenii weight=1 concept=defined-terms-intro
body: orice informații weight=1.5 concept=personal-data-means
body: persoana fizică weight=1.5 concept=identifiable-person
body: identificabilă weight=1.5 concept=identifiable-person
body: persoană vizată weight=1 concept=gdpr-roles
body: persoană împuternicită weight=1 concept=gdpr-roles
body: pseudonimizare weight=1.5
body: include weight=0.5 concept=includes
# Added with the shared concept inventory (concepts.txt).
heading: definirea termenilor concept=definitions
heading: interpretare și definiții concept=interpretation
heading: termeni definiți concept=key-terms
heading: termeni utilizați în această politică concept=key-terms
heading: ce înțelegem prin concept=what-we-mean-by
heading: ce înseamnă concept=what-we-mean-by
body: următoarele definiții concept=defined-terms-intro
body: date cu caracter personal înseamnă concept=personal-data-means
body: identificată sau identificabilă concept=identifiable-person
body: în continuare concept=hereinafter
body: operator weight=1 concept=gdpr-roles
body: date cu caracter personal weight=0.2 concept=personal-data
body: utilizator* weight=0.3 concept=user

[collection]
heading: ce date colectăm concept=what-we-collect
heading: datele pe care le colectăm concept=what-we-collect
heading: informațiile pe care le colectăm concept=what-we-collect
heading: colectarea datelor concept=collection-of-information
heading: categorii de date concept=categories-of-data
heading: categoriile de date prelucrate concept=categories-of-data
heading: date cu caracter personal colectate concept=what-we-collect
heading: sursa datelor concept=sources-of-information
body: colect* weight=2 concept=we-collect
body: obțin* weight=1 concept=we-collect
body: categorii de date weight=2 concept=data-categories
body: ne furnizați weight=2 concept=you-provide
body: furnizate de dumneavoastră weight=2 concept=you-provide
body: automat* weight=1.5 concept=automatically
body: formular* weight=1.5 concept=forms
body: nume și prenume weight=1.5 concept=name
body: adresa de e-mail weight=1.5 concept=contact-details
body: adresa de email weight=1.5 concept=contact-details
body: numărul de telefon weight=1.5 concept=contact-details
body: număr de telefon weight=1.5 concept=contact-details
body: adresa ip weight=1.5 concept=device-data
body: date de navigare weight=1.5 concept=usage-data
body: date de identificare weight=2
body: cnp weight=2               # personal numeric code
body: date de plată weight=1 concept=payment-data
body: tipul de browser weight=1 concept=device-data
body: geolocalizare weight=1 concept=location-data
body: surse weight=1.5 concept=sources
# Added with the shared concept inventory (concepts.txt).
heading: date colectate concept=what-we-collect
heading: colectarea informațiilor concept=collection-of-information
heading: sursele datelor concept=sources-of-information
heading: de unde obținem datele concept=sources-of-information
heading: informații pe care ni le furnizați concept=information-you-provide
heading: datele furnizate de dumneavoastră concept=information-you-provide
heading: formular de contact weight=3 concept=information-you-provide
heading: formularul de contact weight=3 concept=information-you-provide
heading: pe care ni le furnizați concept=information-you-provide
heading: informațiile furnizate de dumneavoastră concept=information-you-provide
heading: date furnizate de dumneavoastră concept=information-you-provide
heading: informațiile pe care ni le furnizați concept=information-you-provide
heading: date pe care ni le furnizați concept=information-you-provide
heading: datele pe care ni le furnizați concept=information-you-provide
heading: înregistrare concept=information-you-provide
heading: date colectate automat concept=collected-automatically
heading: informații colectate automat concept=collected-automatically
heading: cum colectăm datele concept=how-we-collect
heading: cum colectăm informațiile concept=how-we-collect
heading: categorii de date cu caracter personal concept=categories-of-data
# "User data" headings name what the service collects.
heading: datele utilizatorilor concept=categories-of-data
heading: date despre utilizatori concept=categories-of-data
heading: datele utilizatorului concept=categories-of-data
body: disponibile public concept=publicly-available
body: surse publice concept=publicly-available
body: adresa poștală concept=contact-details
body: sistemul de operare concept=device-data
body: identificator* de dispozitiv concept=device-data
body: date de localizare concept=location-data
body: date de utilizare concept=usage-data
body: date demografice concept=demographic-data
body: nume weight=1 concept=name
body: cont weight=0.3 concept=account
body: informații weight=0.1 concept=information
# Headings asking which personal data are processed (GDPR style): "What personal data do we process?"
heading: ce date cu caracter personal concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: permisiuni weight=2 concept=what-we-collect
heading: permisiunile aplicației weight=2 concept=what-we-collect
heading: permisiuni ale aplicației weight=2 concept=what-we-collect
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: rapoarte de erori concept=collected-automatically
heading: rapoarte de blocare concept=collected-automatically
heading: date de diagnosticare concept=collected-automatically
heading: diagnosticare concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: rămâne pe dispozitivul weight=2 concept=on-device-data
heading: rămân pe dispozitivul weight=2 concept=on-device-data
heading: date procesate local weight=2 concept=on-device-data
heading: date prelucrate local weight=2 concept=on-device-data
heading: date stocate local weight=2 concept=on-device-data
heading: procesare locală weight=2 concept=on-device-data
heading: prelucrare locală weight=2 concept=on-device-data
heading: procesare pe dispozitiv weight=2 concept=on-device-data
body: rapoart* de blocare weight=2.5 concept=usage-data
body: rapoart* de eroare weight=2 concept=usage-data
body: jurnal* de depanare weight=2.5 concept=usage-data
body: date de diagnosticare weight=2 concept=usage-data
body: date de diagnostic weight=2 concept=usage-data
body: token* push weight=2.5 concept=device-data
body: push token* weight=2.5 concept=device-data
body: server* push weight=2 concept=device-data
# Coordinated heading "Colectarea și utilizarea informațiilor" (Information Collection and Use): the collection noun leads.
heading: colectarea și utilizarea concept=collection-of-information
heading: colectarea și folosirea concept=collection-of-information
# "Date din jurnal" (log data: what the app or server records of a use).
body: date din jurnal weight=1.5 concept=usage-data
body: datele din jurnal weight=1.5 concept=usage-data
body: date de jurnal weight=1.5 concept=usage-data

[use]
heading: cum folosim datele concept=how-we-use
heading: cum utilizăm informațiile concept=how-we-use
heading: utilizarea datelor concept=use-of-information
heading: scopurile prelucrării concept=purposes-of-processing
heading: scopul prelucrării concept=purposes-of-processing
heading: în ce scopuri prelucrăm datele concept=purposes-of-processing
heading: de ce prelucrăm datele concept=why-we-collect
heading: scopuri concept=purposes-of-processing
heading: cum folosim concept=how-we-use
heading: cum utilizăm concept=how-we-use
# Romanian headings with and without the enclitic article (datele/date, informațiile/informații).
heading: cum folosim datele dumneavoastră concept=how-we-use
heading: cum folosim informațiile concept=how-we-use
heading: cum utilizăm datele concept=how-we-use
heading: utilizarea datelor cu caracter personal concept=use-of-information
heading: utilizarea datelor personale concept=use-of-information
heading: folosirea datelor concept=use-of-information
heading: în ce scopuri concept=purposes-of-processing
heading: scopurile colectării concept=why-we-collect
heading: de ce colectăm concept=why-we-collect
heading: de ce folosim concept=why-we-collect
body: scop* weight=2.5 concept=purposes
body: în scopul weight=2 concept=purposes
body: utiliz* weight=1.5 concept=we-use
body: folos* weight=1.5 concept=we-use
body: pentru a furniza weight=1.5 concept=to-provide
body: gestion* weight=1.5 concept=to-administer
body: procesa* weight=1 concept=to-process-transactions
body: îmbunătăți* weight=1.5 concept=to-improve
body: personaliz* weight=1.5 concept=to-personalise
body: profilare weight=2 concept=profiling
body: creare de profiluri weight=2 concept=profiling
body: decizii automatizate weight=1.5 concept=automated-decisions
body: prevenirea fraudelor weight=1.5 concept=to-prevent-fraud
body: statistic* weight=1 concept=to-analyse
body: trimite* weight=1 concept=to-send
# Added with the shared concept inventory (concepts.txt).
heading: utilizarea informațiilor concept=use-of-information
heading: de ce colectăm datele concept=why-we-collect
heading: scopul colectării concept=why-we-collect
heading: prelucrarea datelor cu caracter personal concept=processing-of-personal-data
heading: prelucrarea datelor dumneavoastră concept=processing-of-personal-data
heading: cum prelucrăm datele cu caracter personal concept=processing-of-personal-data
body: în următoarele scopuri concept=following-purposes
body: pentru următoarele scopuri concept=following-purposes
body: a presta concept=to-provide
body: a îndeplini concept=to-fulfil
body: onora* concept=to-fulfil
body: administr* concept=to-administer
body: dezvolta* weight=1.5 concept=to-develop
body: a comunica cu dumneavoastră concept=to-communicate
body: a răspunde concept=to-respond
body: analiz* concept=to-analyse
body: diagnostic* concept=to-troubleshoot
body: remedierea problemelor concept=to-troubleshoot
body: cercetări de piață concept=research
body: procesarea plăților concept=to-process-transactions
body: respectarea obligațiilor legale concept=to-comply-with-law
# Headings asking for what purpose data are processed: "For what purpose are personal data processed?"
heading: în ce scop concept=purposes-of-processing
# Purpose headings asked with other verbs and "(processed) for the following purposes".
heading: de ce prelucrăm concept=why-we-collect
heading: în următoarele scopuri concept=purposes-of-processing
heading: pentru următoarele scopuri concept=purposes-of-processing
heading: decizi* automatizat* concept=automated-decision-making
heading: decizi* individual* automatizat* concept=automated-decision-making
heading: luare* automat* a decizii* concept=automated-decision-making
heading: procesul decizional automatizat concept=automated-decision-making

[legal-basis]
heading: temeiul legal concept=legal-basis
heading: temeiul juridic concept=legal-basis
heading: temei legal concept=legal-basis
heading: temeiurile legale ale prelucrării concept=legal-basis
heading: baza legală concept=legal-basis
heading: legalitatea prelucrării concept=legal-basis
body: temei* weight=2 concept=legal-basis-term
body: baza legală weight=2 concept=legal-basis-term
body: interes legitim weight=2 concept=legitimate-interests
body: interesul legitim weight=2 concept=legitimate-interests
body: interesele legitime weight=2 concept=legitimate-interests
body: executarea unui contract weight=2.5 concept=performance-of-contract
body: încheierea sau executarea weight=2.5 concept=performance-of-contract
body: demersuri weight=1.5 concept=performance-of-contract
body: obligație legală weight=2.5 concept=legal-obligation
body: obligații legale weight=2 concept=legal-obligation
body: interese vitale weight=2 concept=vital-interests
body: interes public weight=2 concept=public-interest
body: articolul 6 weight=2.5 concept=article-6
body: art. 6 weight=2.5 concept=article-6
body: legalitatea weight=2 concept=lawful
body: legea nr. 190/2018 weight=2
body: consimțământ weight=1 concept=consent-as-basis
body: gdpr weight=1
# Added with the shared concept inventory (concepts.txt).
heading: în baza cărui temei prelucrăm datele concept=why-allowed
heading: de ce avem dreptul să prelucrăm datele concept=why-allowed
heading: pe ce temei concept=why-allowed
heading: pe ce bază concept=why-allowed
body: prelucrarea este necesară concept=processing-necessary
body: drepturile și libertățile fundamentale concept=balancing-test
body: test de echilibru concept=balancing-test
body: pe baza weight=1 concept=on-the-basis-of
body: în baza weight=1 concept=on-the-basis-of
body: legal* concept=lawful
body: necesar* weight=0.5 concept=necessary
# GDPR boilerplate (legal basis, legitimate interests, Art. 6, "on the basis of") stands in every
# subsection of a European policy: lighter body weights; the heading forms still name the section.

[consent]
heading: consimțământul concept=your-consent
heading: consimțământ concept=your-consent
heading: retragerea consimțământului concept=withdrawal-of-consent
heading: cum vă puteți retrage consimțământul concept=withdrawal-of-consent
heading: acordul dumneavoastră concept=your-consent
heading: acord concept=your-consent
body: consimțăm* weight=2.5 concept=you-consent
body: acord* weight=1.5 concept=you-agree
body: retrag* weight=2.5 concept=withdraw
body: oricând weight=1 concept=at-any-time
body: în orice moment weight=1 concept=at-any-time
body: fără a afecta legalitatea weight=2.5 concept=without-affecting-lawfulness
body: expres weight=1 concept=explicit-consent
body: explicit weight=1 concept=explicit-consent
body: liber exprimat weight=1.5 concept=freely-given
body: neechivoc weight=1.5 concept=explicit-consent
body: bifarea weight=1.5 concept=opt-in
body: bifând weight=1.5 concept=opt-in
body: căsuța weight=1.5 concept=opt-in
body: autoriz* weight=1.5 concept=permission
# Added with the shared concept inventory (concepts.txt).
heading: consimțământul dumneavoastră concept=your-consent
body: revoca* concept=withdraw
body: consimțământ explicit concept=explicit-consent
body: în mod liber concept=freely-given
body: vă răzgândiți concept=change-your-mind
body: permisiun* concept=permission
body: înainte de retragere concept=without-affecting-lawfulness

[sharing]
heading: dezvăluirea datelor concept=disclosure-of-information
heading: divulgarea datelor concept=disclosure-of-information
heading: destinatarii datelor concept=who-we-share-with
heading: categorii de destinatari concept=who-we-share-with
heading: cu cine partajăm datele concept=who-we-share-with
heading: cui îi concept=who-we-share-with
heading: cui le concept=who-we-share-with
heading: cu cine împărtășim concept=who-we-share-with
heading: cu cine partajăm concept=who-we-share-with
heading: cui divulgăm concept=who-we-share-with
heading: partajarea datelor concept=sharing-of-information
heading: transmiterea datelor către terți concept=third-parties
heading: comunicarea datelor concept=sharing-of-information
body: dezvălu* weight=2 concept=disclose
body: divulg* weight=2 concept=disclose
body: destinatar* weight=2.5 concept=recipients
body: partaj* weight=2 concept=share
body: transmit* weight=1.5 concept=disclose
body: terți weight=1 concept=third-parties-term
body: terțe părți weight=1.5 concept=third-parties-term
body: furnizori de servicii weight=2 concept=service-providers
body: persoane împuternicite weight=2 concept=service-providers
body: împuterniciți weight=2 concept=service-providers
body: companiile din grup weight=2 concept=affiliates
body: afiliate weight=1.5 concept=affiliates
body: autorități weight=1.5 concept=authorities
body: instanțe weight=1.5 concept=authorities
body: hotărâre judecătorească weight=1.5 concept=legal-process
body: fuziune weight=2 concept=corporate-transaction
body: achiziție weight=1.5 concept=corporate-transaction
body: vânzare weight=1 concept=sell
body: nu vindem weight=2 concept=sell
# Added with the shared concept inventory (concepts.txt).
heading: partajarea informațiilor concept=sharing-of-information
heading: partajarea datelor cu caracter personal concept=sharing-of-information
heading: divulgarea informațiilor concept=disclosure-of-information
heading: categoriile de destinatari concept=who-we-share-with
heading: cum partajăm datele concept=how-we-share
heading: informații pe care le partajăm concept=how-we-share
heading: dezvăluirea către terți concept=disclosure-of-information
heading: terți concept=third-parties
heading: terțe părți concept=third-parties
heading: furnizori de servicii concept=service-providers-heading
heading: transferuri de afaceri concept=business-transfers
heading: fuziuni și achiziții concept=business-transfers
heading: solicitări legale concept=legal-requests
heading: cerințe legale concept=legal-requests
heading: vânzarea datelor cu caracter personal concept=sale-of-information
heading: vindem datele concept=sale-of-information
body: în numele nostru concept=on-our-behalf
body: parteneri de afaceri concept=business-partners
body: parteneri comerciali concept=business-partners
body: faliment concept=corporate-transaction
body: reorganizare concept=corporate-transaction
body: organele de aplicare a legii concept=authorities
body: bună-credință concept=legal-process
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: transferul datelor către terți concept=transfer-to-third-parties
heading: divulgarea datelor către terți concept=transfer-to-third-parties
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: găzduire concept=service-providers-heading
heading: găzduirea site-ului concept=service-providers-heading
heading: furnizor de găzduire concept=service-providers-heading
heading: rețea de livrare a conținutului concept=service-providers-heading
heading: persoane împuternicite concept=service-providers-heading
heading: persoanele împuternicite de operator concept=service-providers-heading
heading: monitorizarea erorilor concept=service-providers-heading
body: găzduit de weight=2.5 concept=service-providers
body: găzduită de weight=2.5 concept=service-providers
body: găzduite de weight=2.5 concept=service-providers
body: găzduiți de weight=2.5 concept=service-providers
body: furnizor* de găzduire weight=2.5 concept=service-providers
body: servicii de găzduire weight=2.5 concept=service-providers
body: acord* de prelucrare a datelor weight=2 concept=service-providers
body: contract* de prelucrare a datelor weight=2 concept=service-providers
body: persoan* împuternicit* weight=2 concept=service-providers
body: rețea de livrare a conținutului weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: platform* cloud weight=2 concept=service-providers
body: servicii cloud weight=2 concept=service-providers
body: furnizor* de servicii cloud weight=2.5 concept=service-providers
body: pe serverele weight=1.5 concept=service-providers
body: monitorizarea erorilor weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: plăți weight=2 concept=payments-purchases
heading: procesarea plăților weight=3 concept=payments-purchases
heading: achiziții în aplicație weight=2 concept=payments-purchases
heading: abonamente weight=2 concept=payments-purchases
# "Prestatori de servicii" (service providers) beside furnizori de servicii.
heading: prestatori de servicii concept=service-providers-heading
heading: prestatorii de servicii concept=service-providers-heading

[cookies]
heading: cookie-uri concept=cookies
heading: politica privind cookie-urile concept=cookies
heading: utilizarea cookie-urilor concept=cookies
heading: module cookie concept=cookies
heading: cookie-uri și tehnologii similare concept=tracking-technologies
heading: tehnologii de urmărire concept=tracking-technologies
heading: ce sunt cookie-urile concept=cookies
body: cookie* weight=3 concept=cookie
body: module cookie weight=2.5 concept=cookie
body: fișiere de mici dimensiuni weight=3 concept=text-files
body: fișiere text weight=2 concept=text-files
body: tehnologii similare weight=2 concept=tracking-technology
body: web beacons weight=2 concept=web-beacon
body: pixel* weight=2 concept=web-beacon
body: fișiere jurnal weight=2 concept=log-file
body: google analytics weight=2 concept=analytics-term
body: analitic* weight=1.5 concept=analytics-term
body: cookie-uri de sesiune weight=2 concept=cookie-lifetime
body: persistente weight=2 concept=cookie-lifetime
body: 506/2004 weight=2          # Romanian e-privacy law (cookies)
body: urmărire weight=1.5 concept=tracking-technology
body: stocate weight=1
body: setările browserului weight=1.5 concept=browser-settings
body: browser weight=1 concept=browser
body: dispozitiv weight=0.5 concept=device
# Added with the shared concept inventory (concepts.txt).
heading: web beacons concept=web-beacons
heading: pixeli concept=web-beacons
heading: fișiere jurnal concept=log-files
heading: analiză concept=analytics
heading: instrumente de analiză concept=analytics
heading: servicii de analiză concept=analytics
heading: analiza traficului concept=analytics
body: stocare locală concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: strict necesare concept=cookie-categories
body: funcționale weight=1.5 concept=cookie-categories
body: sdk* concept=sdk
body: amprentare* concept=fingerprinting
body: fingerprinting concept=fingerprinting

[advertising]
heading: publicitate concept=advertising
heading: marketing concept=marketing
heading: marketing direct concept=marketing
heading: comunicări comerciale concept=marketing-communications
heading: comunicări de marketing concept=marketing-communications
heading: publicitate personalizată concept=interest-based-advertising
heading: newsletter concept=marketing-communications
heading: oferte promoționale concept=marketing-communications
body: publicit* weight=2.5 concept=ads
body: reclam* weight=2.5 concept=ads
body: anunțuri weight=2 concept=ads
body: rețele publicitare weight=2.5 concept=ad-networks
body: marketing weight=2 concept=marketing-purposes
body: marketing direct weight=2.5 concept=marketing-purposes
body: comunicări comerciale weight=2.5 concept=marketing-messages
body: promoți* weight=2 concept=promotions
body: newsletter* weight=2 concept=marketing-messages
body: bazată pe interese weight=2 concept=interest-based
body: remarketing weight=2 concept=retargeting
body: campanii weight=1.5
body: oferte weight=1.5 concept=promotions
body: interese weight=0.5 concept=interests
# Added with the shared concept inventory (concepts.txt).
heading: publicitate și marketing concept=advertising
heading: publicitate bazată pe interese concept=interest-based-advertising
heading: publicitate direcționată concept=interest-based-advertising
heading: publicitate terță concept=third-party-advertising
heading: rețele publicitare concept=third-party-advertising
body: direcționată concept=interest-based
body: comportamental* concept=interest-based
body: retargeting concept=retargeting
body: oferte speciale concept=promotions
body: scopuri de marketing concept=marketing-purposes
body: măsura eficiența concept=ad-measurement
body: your online choices concept=ad-industry-programs

[do-not-track]
heading: do not track concept=do-not-track
heading: nu urmări concept=do-not-track
heading: semnale do not track concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: controlul global al confidențialității concept=global-privacy-control
heading: semnale de preferință concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: nu urmări weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: controlul global al confidențialității weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: semnal* weight=2 concept=opt-out-preference-signal
body: nu răspundem weight=2 concept=do-not-respond
body: standard weight=1.5 concept=no-uniform-standard
body: urmărire weight=1
body: preferinț* weight=1
body: setările browserului weight=1
body: browser weight=1 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt).
heading: semnale ale browserului concept=preference-signals
body: standard uniform concept=no-uniform-standard
body: semnal de preferință concept=opt-out-preference-signal
body: recunoa* concept=honor-signals
body: de-a lungul timpului weight=1.5 concept=cross-site-tracking

[choices]
heading: opțiunile dumneavoastră concept=your-choices
heading: alegerile dumneavoastră concept=your-choices
heading: dezabonare concept=unsubscribing
heading: cum vă dezabonați concept=unsubscribing
heading: dezabonarea concept=unsubscribing
heading: opțiunile dvs concept=your-choices
heading: preferințe de comunicare concept=managing-preferences
heading: controlul asupra datelor concept=your-choices
heading: opțiunile tale concept=your-choices
heading: alegerile tale concept=your-choices
heading: renunțare concept=opting-out
body: dezabon* weight=3 concept=unsubscribe
body: renunța* weight=2 concept=opt-out
body: opt-out weight=2 concept=opt-out
body: puteți alege weight=2.5 concept=choose-not-to
body: opțiun* weight=2
body: alegerile weight=2
body: preferințe weight=1.5 concept=preferences
body: vă opuneți weight=1.5 concept=opt-out
body: dezactiva* weight=1.5 concept=disable
body: refuza* weight=1.5 concept=decline
body: nu furnizați weight=1.5 concept=choose-not-to
body: setări weight=1 concept=settings
body: link weight=1 concept=unsubscribe-link
body: decide weight=1 concept=choose-not-to
body: primi weight=0.5 concept=receive
# Added with the shared concept inventory (concepts.txt).
heading: gestionarea preferințelor concept=managing-preferences
heading: cum puteți renunța concept=opting-out
body: încetarea primirii concept=unsubscribe
body: e-mailuri promoționale concept=promotional-emails
body: setările contului concept=settings
body: notificări push concept=device-permissions
body: servicii de localizare concept=device-permissions
body: în partea de jos a concept=unsubscribe-link
body: nu veți putea concept=consequences-of-refusal

[rights]
heading: drepturile dumneavoastră concept=your-rights
heading: drepturile persoanei vizate concept=your-rights
heading: drepturile persoanelor vizate concept=your-rights
heading: exercitarea drepturilor concept=exercising-rights
heading: cum vă puteți exercita drepturile concept=exercising-rights
heading: ce drepturi aveți concept=your-rights
heading: dreptul de acces concept=access-and-correction
heading: accesa sau actualiza weight=2 concept=access-and-correction
body: dreptul de acces weight=3 concept=right-of-access
body: puteți accesa weight=2 concept=right-of-access
body: agent* autorizat* weight=2.5 concept=authorized-agent
body: rectific* weight=3 concept=rectification
body: ștergere* weight=2.5 concept=erasure
body: dreptul de a fi uitat weight=2.5 concept=erasure
body: portabilit* weight=3 concept=portability
body: opoziție weight=2.5 concept=right-to-object
body: restricționarea prelucrării weight=3 concept=restriction
body: restricționare weight=2 concept=restriction
body: exercit* weight=2.5 concept=exercise-rights
body: drepturi* weight=1.5
body: autoritatea de supraveghere weight=2.5 concept=complaint-to-authority
body: autoritatea națională de supraveghere weight=3 concept=complaint-to-authority
body: anspdcp weight=3 concept=complaint-to-authority
body: plângere weight=2 concept=complaint-to-authority
body: decizii individuale automatizate weight=1.5
body: verifica identitatea weight=1.5 concept=verify-identity
body: copie weight=1 concept=copy-of-data
body: cerere weight=1 concept=request
# Added with the shared concept inventory (concepts.txt).
heading: agenți autorizați concept=authorized-agents
heading: accesarea și actualizarea datelor concept=access-and-correction
heading: dreptul la rectificare concept=access-and-correction
heading: dreptul la rectificarea datelor concept=access-and-correction
heading: dreptul la ștergere concept=your-rights
heading: dreptul la ștergerea datelor concept=your-rights
heading: dreptul de a fi uitat concept=your-rights
heading: dreptul la restricționarea prelucrării concept=your-rights
heading: dreptul la portabilitatea datelor concept=your-rights
heading: dreptul la opoziție concept=your-rights
heading: dreptul de opoziție concept=your-rights
heading: dreptul de a depune o plângere concept=exercising-rights
heading: exercitarea drepturilor dumneavoastră concept=exercising-rights
heading: cum vă exercitați drepturile concept=exercising-rights
heading: drepturile utilizatorilor concept=your-rights
heading: drepturile tale concept=your-rights
heading: drepturile dvs concept=your-rights
body: dreptul la opoziție concept=right-to-object
body: inexact* concept=rectification
body: format structurat concept=portability
body: depune o plângere concept=complaint-to-authority
body: persoanele vizate concept=data-subject-rights
body: nediscriminare concept=non-discrimination
body: acces weight=1.5 concept=access
# Coordinated heading "Drepturile și opțiunile dvs." (Your Rights and Choices): the rights noun leads.
heading: drepturile și opțiunile concept=your-rights
heading: care sunt drepturile mele concept=your-rights

[retention]
heading: perioada de stocare concept=retention-period
heading: durata stocării concept=retention-period
heading: păstrarea datelor concept=data-retention
heading: perioada de păstrare concept=retention-period
heading: termenul de păstrare concept=retention-period
heading: durata de stocare concept=retention-period
heading: durata păstrării concept=retention-period
heading: cât timp păstrăm concept=how-long-we-keep
heading: cât timp stocăm concept=how-long-we-keep
heading: cât timp păstrăm datele concept=how-long-we-keep
heading: stocarea datelor concept=storage-and-retention
body: păstr* weight=2.5 concept=retain
body: stocar* weight=2 concept=store
body: stocat* weight=1.5 concept=store
body: perioad* weight=1.5 concept=retention-criteria
body: durata weight=1.5 concept=retention-criteria
body: termen* weight=1.5 concept=retention-criteria
body: atât timp cât weight=3 concept=as-long-as-necessary
body: perioada necesară weight=3 concept=as-long-as-necessary
body: nu mai mult decât este necesar weight=3 concept=as-long-as-necessary
body: termenele legale weight=2 concept=legal-retention-requirements
body: prescripți* weight=2 concept=legal-retention-requirements
body: arhiv* weight=2 concept=archive
body: șterg* weight=1.5 concept=destroy
body: distrus* weight=1 concept=destroy
body: anonimiz* weight=1.5 concept=anonymise
body: ani weight=1 concept=years
body: luni weight=1
# Added with the shared concept inventory (concepts.txt).
heading: stocarea și păstrarea datelor concept=storage-and-retention
heading: păstrarea și ștergerea datelor concept=retention-and-deletion
heading: cât timp păstrăm informațiile concept=how-long-we-keep
heading: retenția datelor concept=data-retention
heading: cum stocăm concept=storage-and-retention
body: retenți* concept=retain
body: nu mai sunt necesare concept=no-longer-needed
body: menține* concept=keep
body: inactiv* concept=inactive-accounts
body: criterii concept=retention-criteria
body: obligații de arhivare concept=legal-retention-requirements

[security]
heading: securitatea datelor concept=data-security
heading: securitate concept=data-security
heading: măsuri de securitate concept=security-measures
heading: cum vă protejăm datele concept=how-we-protect
heading: securitatea informațiilor concept=data-security
heading: confidențialitatea datelor concept=data-security
body: securit* weight=2 concept=secure
body: măsuri tehnice și organizatorice weight=3 concept=technical-organisational-measures
body: măsuri tehnice weight=2 concept=technical-organisational-measures
body: organizatorice weight=2 concept=technical-organisational-measures
body: criptar* weight=2.5 concept=encryption
body: criptat* weight=2.5 concept=encryption
body: ssl weight=2 concept=encryption
body: tls weight=2 concept=encryption
body: acces neautorizat weight=2.5 concept=unauthorized-access
body: pierdere* weight=1.5 concept=loss-misuse-alteration
body: alterare weight=1.5 concept=loss-misuse-alteration
body: distrugere weight=1.5 concept=loss-misuse-alteration
body: confidențialitat* weight=1 concept=confidentiality
body: firewall* weight=2 concept=technical-controls
body: încălcare a securității weight=2.5 concept=breach
body: breșă weight=2 concept=breach
body: parol* weight=1.5 concept=technical-controls
body: niciun sistem weight=2 concept=no-guarantee
body: protej* weight=1 concept=protect
body: garant* weight=0.5 concept=ensure
# Added with the shared concept inventory (concepts.txt).
heading: protecția datelor dumneavoastră concept=how-we-protect
heading: protejarea informațiilor concept=how-we-protect
body: garanții concept=safeguards
body: utilizare abuzivă concept=loss-misuse-alteration
body: măsuri fizice concept=physical-safeguards
body: controlul accesului concept=technical-controls
body: incident de securitate concept=breach
body: vulnerabilit* concept=breach
body: nu putem garanta concept=no-guarantee
body: pe propriul risc concept=no-guarantee
body: standardele din industrie concept=industry-standard
# Personal-data breaches and their notification: a security topic.
heading: încălcarea securității datelor concept=data-security
# "Securizarea datelor" (securing the data).
heading: securizarea datelor concept=data-security
heading: securizare* concept=data-security
heading: securitatea datelor cu caracter personal concept=data-security
heading: cum protejăm datele concept=how-we-protect
heading: cum protejăm informațiile concept=how-we-protect
heading: măsurile de securitate concept=security-measures
heading: măsuri tehnice și organizatorice concept=security-measures

[children]
heading: minori concept=minors
heading: copii concept=childrens-privacy
heading: protecția minorilor concept=minors
heading: datele minorilor concept=childrens-privacy
heading: confidențialitatea copiilor concept=childrens-privacy
heading: vârsta minimă concept=age-limits
body: minor* weight=3 concept=minors-teens
body: copii weight=3 concept=children
body: copiilor weight=3 concept=children
body: vârst* weight=2 concept=age
body: sub 16 ani weight=2.5 concept=age-threshold
body: sub 13 ani weight=2 concept=age-threshold
body: 18 ani weight=1.5 concept=age-threshold
body: părinț* weight=2.5 concept=parents-guardians
body: tutore weight=2 concept=parents-guardians
body: reprezentant legal weight=2.5 concept=parents-guardians
body: consimțământul părinților weight=2.5 concept=parental-consent
body: în mod conștient weight=2 concept=knowingly-collect
body: coppa weight=3 concept=coppa
body: adresate weight=1 concept=not-directed-to-children
# Added with the shared concept inventory (concepts.txt).
heading: copiii sub 16 ani concept=age-limits
heading: restricții de vârstă concept=age-limits
heading: utilizarea serviciilor de către minori concept=minors
body: copil concept=children
body: adolescenți concept=minors-teens
body: consimțământ parental concept=parental-consent
body: dacă aflăm concept=if-we-learn
body: nu se adresează concept=not-directed-to-children

[international]
heading: transferuri internaționale concept=international-transfers
heading: transferul datelor concept=data-transfers
heading: transferul internațional de date concept=international-transfers
heading: transferul datelor în afara see concept=international-transfers
heading: transferuri către țări terțe concept=international-transfers
heading: unde stocăm datele concept=where-we-store
heading: locația datelor concept=where-we-store
body: transfer* weight=1.5 concept=transfer
body: internațional* weight=2 concept=cross-border
body: țări terțe weight=2 concept=other-countries
body: țară terță weight=2 concept=other-countries
body: în afara spațiului economic european weight=3 concept=eea
body: spațiul economic european weight=2 concept=eea
body: see weight=2 concept=eea
body: în afara uniunii europene weight=2.5 concept=eea
body: clauze contractuale standard weight=2 concept=transfer-safeguards
body: clauzele contractuale standard weight=2 concept=transfer-safeguards
body: decizie de adecvare weight=2.5 concept=adequacy
body: nivel adecvat de protecție weight=2.5 concept=adequacy
body: garanții adecvate weight=2 concept=transfer-safeguards
body: data privacy framework weight=2.5 concept=privacy-frameworks
body: statele unite weight=1 concept=united-states
body: servere weight=1.5 concept=server-location
body: uniunea europeană weight=1 concept=eea
body: localizat* weight=1 concept=server-location
# Added with the shared concept inventory (concepts.txt).
heading: transferuri de date concept=data-transfers
heading: transferuri transfrontaliere concept=international-transfers
heading: locul prelucrării concept=where-we-store
heading: stocarea datelor weight=1 concept=where-we-store
heading: stocarea datelor dumneavoastră weight=1 concept=where-we-store
body: transfrontalier* concept=cross-border
body: alte țări weight=2 concept=other-countries
body: în afara țării dumneavoastră weight=2 concept=other-countries
body: reguli corporatiste obligatorii weight=2 concept=transfer-safeguards
body: privacy shield weight=2.5 concept=privacy-frameworks
body: mai puțin protectoare concept=less-protective
body: jurisdicți* concept=jurisdictions
body: stocate în concept=server-location
body: în întreaga lume concept=around-the-world
# One sentence on transfers to the USA (standard contractual clauses, adequacy) in a subsection
# about a social network or cloud service must not outweigh its practice: lighter transfer body
# terms; the headings ("International transfers") still name real transfer sections.

[regional]
heading: rezidenții din california concept=california
heading: informații pentru rezidenții din california concept=california
heading: drepturile rezidenților din california concept=california
heading: prevederi specifice pe țări concept=jurisdiction-specific
heading: informații suplimentare pentru anumite jurisdicții concept=jurisdiction-specific
heading: notificări regionale concept=jurisdiction-specific
heading: utilizatori din afara ue concept=jurisdiction-specific
body: california weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: shine the light weight=2.5 concept=california-law
body: rezident* weight=2 concept=residents
body: consumator* weight=1.5 concept=consumers
body: vânzarea informațiilor personale weight=2 concept=do-not-sell
body: informații personale sensibile weight=1.5
body: nevada weight=2.5 concept=us-states
body: virginia weight=2 concept=us-states
body: lgpd weight=2.5 concept=brazil-lgpd
body: brazilia weight=1.5 concept=brazil-lgpd
body: canada weight=1.5 concept=canada-pipeda
body: pipeda weight=2.5 concept=canada-pipeda
body: republica moldova weight=1.5
body: jurisdicți* weight=1.5
body: statul weight=0.5 concept=state
# Added with the shared concept inventory (concepts.txt).
heading: rezidenții din nevada concept=us-state-rights
heading: drepturi de confidențialitate în statele sua concept=us-state-rights
heading: rezidenții din spațiul economic european concept=eea-gdpr-notice
heading: conformitatea cu gdpr concept=eea-gdpr-notice
body: vânzare sau partajare concept=do-not-sell
body: publicitate comportamentală intercontextuală concept=cross-context-advertising
body: stimulente financiare concept=financial-incentives
body: ultimele 12 luni concept=preceding-12-months
body: colorado concept=us-states
body: connecticut concept=us-states
body: gdpr concept=eu-gdpr
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
heading: anexe regionale concept=jurisdiction-specific

[third-party-sites]
heading: linkuri către alte site-uri concept=links-to-other-sites
heading: legături către alte site-uri concept=links-to-other-sites
heading: site-uri terțe concept=third-party-websites
heading: site-urile terților concept=third-party-websites
heading: servicii terțe concept=third-party-services
heading: linkuri externe concept=links-to-other-sites
heading: rețele sociale concept=social-media-plugins
body: linkuri weight=2.5 concept=links
body: link-uri weight=2.5 concept=links
body: legături weight=2 concept=links
body: site-uri terțe weight=3 concept=other-sites
body: site-urile terților weight=3 concept=other-sites
body: site-uri ale terților weight=3 concept=other-sites
body: nu suntem responsabili weight=2.5 concept=not-responsible
body: nu ne asumăm responsabilitatea weight=2.5 concept=not-responsible
body: nu avem control weight=2 concept=not-responsible
body: propriile politici de confidențialitate weight=2.5 concept=their-privacy-policies
body: plugin* weight=2 concept=plugins
body: rețele sociale weight=2
body: rețelele sociale weight=2
body: externe weight=1.5 concept=other-sites
body: făcând clic weight=1.5 concept=links
body: părăsiți weight=1.5 concept=leave-our-site
body: vă recomandăm weight=1 concept=encourage-review
body: conținut* weight=0.5 concept=content
# Added with the shared concept inventory (concepts.txt).
heading: alte site-uri concept=third-party-websites
heading: servicii ale terților concept=third-party-services
heading: pluginuri de rețele sociale concept=social-media-plugins
heading: politicile de confidențialitate ale terților concept=third-party-privacy-policies
heading: practicile de confidențialitate ale terților concept=third-party-privacy-policies
body: aplicații terțe concept=third-party-applications
body: widget* concept=plugins
body: verific* weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: social media concept=social-media-presence
heading: rețelele sociale concept=social-media-presence
heading: prezența pe rețelele sociale concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: colectate de terți concept=third-party-data-collection
heading: colectate de terțe părți concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: conținut încorporat concept=third-party-services
heading: conținut terț concept=third-party-services
heading: conținutul terților concept=third-party-services
heading: videoclipuri încorporate concept=third-party-services
heading: servicii ale terțelor părți concept=third-party-services
heading: sincronizare în cloud concept=third-party-services
heading: sincronizarea în cloud concept=third-party-services
heading: backup icloud concept=third-party-services
heading: servicii terțe părți concept=third-party-services
heading: servicii externe concept=third-party-services
heading: serviciile terților concept=third-party-services
heading: utilizarea serviciilor terțe concept=third-party-services
heading: biblioteci terțe concept=third-party-services
heading: instrumente terțe concept=third-party-services
heading: pluginuri sociale concept=social-media-plugins
heading: pluginuri de social media concept=social-media-plugins
body: încorpor* weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: conținut terț weight=3 concept=other-sites
body: conținutul terț* weight=3 concept=other-sites
body: conținut de la terț* weight=3 concept=other-sites
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: modul de confidențialitate avansat* weight=2.5 concept=plugins
body: conectat la contul weight=1.5 concept=plugins
body: conectați la contul weight=1.5 concept=plugins
body: propria politică de confidențialitate weight=2.5 concept=their-privacy-policies
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: conexiuni de rețea weight=2 concept=network-connections
heading: solicitări de rețea weight=2 concept=network-connections
heading: conexiuni externe weight=2 concept=network-connections
heading: părăsesc dispozitivul weight=2 concept=network-connections
heading: părăsește dispozitivul weight=2 concept=network-connections
heading: trimise prin internet weight=2 concept=network-connections
heading: trimise în afara dispozitivului weight=2 concept=network-connections
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
heading: modificări ale politicii concept=changes-to-policy
heading: modificarea politicii de confidențialitate concept=changes-to-policy
heading: modificări aduse acestei politici concept=changes-to-policy
heading: actualizări ale politicii concept=policy-updates
heading: actualizarea politicii concept=policy-updates
heading: modificări concept=amendments
heading: data intrării în vigoare concept=entry-into-force
body: modific* weight=2 concept=change-update
body: actualiz* weight=2 concept=change-update
body: ultima actualizare weight=3 concept=effective-date
body: intrarea în vigoare weight=2.5 concept=effective-date
body: intră în vigoare weight=2 concept=effective-date
body: în vigoare weight=1.5 concept=effective-date
body: periodic weight=2 concept=from-time-to-time
body: din când în când weight=2 concept=from-time-to-time
body: ne rezervăm dreptul weight=2 concept=reserve-the-right
body: revizui* weight=1.5 concept=change-update
body: notific* weight=1.5 concept=notify-you
body: vom publica weight=1.5 concept=posting
body: versiun* weight=1.5 concept=version
body: schimbări weight=1.5 concept=change-update
body: vă vom informa weight=1.5 concept=notify-you
body: aviz weight=0.5 concept=notice
# Added with the shared concept inventory (concepts.txt).
heading: notificarea modificărilor concept=notification-of-changes
heading: informarea privind modificările concept=notification-of-changes
heading: revizuiri concept=amendments
heading: amendamente concept=amendments
heading: intrarea în vigoare concept=entry-into-force
body: modificări semnificative concept=material-changes
body: utilizarea continuă concept=continued-use
body: versiunea cea mai recentă concept=latest-version
body: cea mai recentă versiune concept=latest-version
body: cu efect imediat concept=effective-immediately
body: să consultați periodic concept=check-back

[contact]
heading: contact concept=contact-us
heading: contactați-ne concept=contact-us
heading: date de contact concept=contact-information
heading: informații de contact concept=contact-information
heading: cum ne puteți contacta concept=how-to-contact
heading: responsabilul cu protecția datelor concept=data-protection-officer
heading: întrebări concept=questions
body: contact* weight=2 concept=please-contact
body: responsabilul cu protecția datelor weight=2.5 concept=dpo
body: dpo weight=2 concept=dpo
body: e-mail weight=1 concept=by-email
body: adresa poștală weight=2 concept=postal-address
body: sediul weight=1 concept=postal-address
body: telefon weight=1.5 concept=telephone
body: întrebări weight=2 concept=questions-comments
body: nelămuriri weight=2 concept=questions-comments
body: solicitări weight=1.5 concept=questions-comments
body: ne puteți scrie weight=2.5 concept=please-contact
body: vă puteți adresa weight=2.5 concept=please-contact
body: serviciul clienți weight=1.5 concept=customer-service
body: strada weight=1 concept=postal-address
body: comentarii weight=1 concept=questions-comments
body: sugestii weight=1 concept=questions-comments
# Added with the shared concept inventory (concepts.txt).
heading: cum să ne contactați concept=how-to-contact
heading: întrebări sau nelămuriri concept=questions
heading: ofițerul pentru protecția datelor concept=data-protection-officer
body: prin e-mail concept=by-email
body: adresa weight=0.3 concept=address
# The controller's identity and address (GDPR Art. 13(1)(a)): contact, not intro.
heading: operatorul de date concept=contact-information
heading: identitatea operatorului concept=contact-information
heading: operatorul datelor concept=contact-information
heading: operatorul datelor cu caracter personal concept=contact-information
heading: datele de identificare ale operatorului concept=contact-information
heading: datele de contact concept=contact-information
heading: informațiile de contact concept=contact-information
heading: pe cine pot contacta concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no cue inside it
# counts. Written whole, like boilerplate headings.
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
