# Hungarian lexicon
# Wording follows Hungarian "adatkezelési tájékoztató" documents (Telekom, eMAG, Google) and
# the Hungarian text of the GDPR (adatkezelő, adatfeldolgozó, érintett, jogos érdek, NAIH).
@language hu
@name Hungarian
@fold-accents no     # o/ó/ö/ő and u/ú/ü/ű tell words apart (öt/ót, kor/kör)
# Hungarian is agglutinative: case suffixes attach to the word (adatkezelés, adatkezelésre,
# adatkezelését), so most terms are stems with *.

[profile]
# Function words first, then words frequent in policies.
a
az weight=2
és weight=2
hogy weight=2
nem
is
egy
meg
van
vagy weight=2
de
ha
csak
mint
már
még
el
ki
be
fel
le
által
szerint
között
után
előtt
alatt
mellett
során
illetve weight=2
valamint weight=2
továbbá weight=2
azonban
ezért
így
úgy
azaz
vagyis
szóló
kezelése
kezelt
amely weight=2
amelyek weight=2
amelyet weight=2
amelyeket
aki
akik
ami
amit
amennyiben weight=2
ahol
amikor
mely
melyek
ez
ezt
ezek
ezeket
ennek
erre
azt
azok
annak
arra
ezen
olyan
minden
bármely
egyéb
más
további
saját
ön weight=2
önt
önnek
önnel
öntől
önről
önök
mi
minket
nekünk
velünk
tőlünk
részére
számára
alapján
érdekében
céljából
esetén
esetében
keretében
tekintetében
vonatkozó
kapcsolatos
kapcsolatban
lehet
lehetnek
kell
tudja
fogjuk
vannak
volt
lesz
kérjük
adatok
adatokat
adatait
adatai
személyes
adatkezelés
adatkezelő
adatkezelési
adatvédelmi
tájékoztató
tájékoztatás
felhasználó
felhasználók
felhasználói
weboldal
honlap
weboldalon
szolgáltatás
szolgáltatások
szolgáltatásokat
szolgáltató
hozzájárulás
hozzájárulását
jog
joga
jogok
jogszabály
jogszabályi
rendelet
sütik
sütiket
harmadik
fél
felek
célja
időtartam
ideig
tároljuk
kezeljük
gyűjtjük
használjuk
továbbítjuk
biztonsági
érintett
címe
neve
telefonszám
társaság
kft
zrt
cookie

[units]
# Suffixed forms that follow a numeral (5 évig, 30 napon belül, 13 éves).
# hét is both "week" and "seven"; after a numeral it is the week.
year: év, évig, évre, éven, évet, évvel, évben, éves, évnél
month: hónap, hónapig, hónapra, hónapon, hónapot, hónapos, hónappal
week: hét, hétig, hétre, héten, hetet, hetes, héttel
day: nap, napig, napra, napon, napot, napos, nappal
hour: óra, óráig, órára, órán, órát, órás, órával
minute: perc, percig, percre, percen, percet, perces
business-day: munkanap, munkanapig, munkanapon, munkanapot, munkanapra, munkanapos

[numbers]
# egy is also the indefinite article, hat also "it affects", hét also "week":
# these three count only next to a unit or a digit.
1: egy
2: kettő, két
3: három
4: négy
5: öt
6: hat
7: hét
8: nyolc
9: kilenc
10: tíz
11: tizenegy
12: tizenkettő, tizenkét
13: tizenhárom
15: tizenöt
16: tizenhat
18: tizennyolc
20: húsz
24: huszonnégy
30: harminc
60: hatvan
90: kilencven
100: száz

[references]
gdpr: gdpr, általános adatvédelmi rendelet, általános adatvédelmi rendelete, általános adatvédelmi rendeletben, általános adatvédelmi rendeletnek, 2016/679
ccpa: ccpa, kaliforniai fogyasztói adatvédelmi törvény, kaliforniai fogyasztói adatvédelmi törvényben
cpra: cpra, kaliforniai adatvédelmi jogokról szóló törvény
coppa: coppa, gyermekek online adatvédelméről szóló törvény
lgpd: lgpd, brazil adatvédelmi törvény, lei geral de proteção de dados
# Act CXII of 2011 on informational self-determination and freedom of information (Infotv.).
# The id must match the English lexicon's id for the same law.
hu-infotv: infotv, 2011. évi cxii. törvény, 2011. évi cxii. törvényben, információs önrendelkezési jogról

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
felhasználási feltételek
használati feltételek
általános szerződési feltételek
ászf
szolgáltatási feltételek
irányadó jog
alkalmazandó jog
alkalmazandó jog és joghatóság
irányadó jog és joghatóság
joghatóság
illetékes bíróság
elválaszthatóság
részleges érvénytelenség
teljes megállapodás
vis maior
felelősségkizárás
felelősség kizárása
felelősségkorlátozás
a felelősség korlátozása
fordítások
fordítás
egyéb fordítások
más fordítások
nyelvi változatok
az angol nyelvű változat az irányadó
a magyar nyelvű változat az irányadó
licenc
szerzői jog
szerzői jogok
copyright
köszönetnyilvánítás
tartalomjegyzék
szellemi tulajdon

[intro]
heading: bevezetés concept=introduction
heading: általános rendelkezések concept=introduction
heading: adatkezelési tájékoztató concept=privacy-policy-title
heading: adatvédelmi nyilatkozat concept=privacy-policy-title
heading: adatvédelmi tájékoztató concept=privacy-policy-title
heading: a tájékoztató hatálya concept=scope
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that hu lacked.
heading: összefoglaló concept=summary
heading: áttekintés concept=summary
heading: röviden concept=summary
heading: a tájékoztató célja concept=about-this-policy
heading: e tájékoztatóról concept=about-this-policy
heading: hatály concept=scope
heading: kik vagyunk concept=who-we-are
heading: elkötelezettségünk a magánszféra védelme iránt concept=commitment-to-privacy
heading: az ön magánszférájának védelme concept=commitment-to-privacy
heading: a tájékoztató elfogadása concept=acceptance
heading: az ön elfogadása concept=acceptance
heading: adatvédelmi irányelvek weight=0.5 concept=privacy-policy-title
body: jelen tájékoztató* weight=2.5 concept=this-privacy-policy
body: tájékoztató* weight=1.5 concept=this-privacy-policy
body: adatvédelmi szabályzat* weight=2 concept=this-privacy-policy
body: hatály* weight=1.5 concept=policy-applies-to
body: kiterjed weight=2 concept=policy-applies-to
body: a továbbiakban weight=2 concept=referred-to-as
body: elfogad* weight=1.5 concept=acceptance-of-policy
body: felhasználási feltétel* weight=1.5 concept=terms-of-use
body: ászf weight=1.5 concept=terms-of-use
body: ismerteti weight=1 concept=policy-describes
body: figyelmesen weight=1 concept=please-read
body: tiszteletben tart* weight=1.5 concept=committed-to-privacy
body: adatkezelő weight=0.5 concept=company
body: weboldal* weight=0.5 concept=website
body: honlap* weight=0.5 concept=website
# Added with the shared concept inventory (concepts.txt): terms real policies use that hu lacked.
body: jelen tájékoztató ismerteti weight=2.5 concept=policy-describes
body: használatával weight=1.5 concept=by-using
body: ha nem ért egyet weight=2 concept=if-you-do-not-agree
body: elkötelezett* weight=2 concept=committed-to-privacy
body: magánszféra weight=0.3 concept=privacy
body: szolgáltatás* weight=0.3 concept=services
body: társaság* weight=0.3 concept=company
heading: rólunk weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary

[definitions]
heading: fogalommeghatározások concept=definitions
heading: értelmező rendelkezések concept=interpretation
heading: fogalmak concept=key-terms
heading: definíciók concept=definitions
heading: alapfogalmak concept=key-terms
heading: fogalmak meghatározása concept=definitions
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that hu lacked.
heading: mit értünk concept=what-we-mean-by
heading: mit jelent concept=what-we-mean-by
heading: értelmezés concept=interpretation
body: jelenti weight=2.5 concept=means
body: értendő weight=2.5 concept=means
body: fogalm* weight=2 concept=defined-terms-intro
body: meghatároz* weight=1.5 concept=defined-terms-intro
body: azonosított vagy azonosítható weight=3 concept=identifiable-person
body: azonosítható weight=2 concept=identifiable-person
body: természetes személy* weight=1.5 concept=identifiable-person
body: érintett weight=1.5 concept=gdpr-roles
body: adatkezelő weight=1.5 concept=gdpr-roles
body: adatfeldolgozó* weight=2 concept=gdpr-roles
body: álnevesít* weight=2
body: címzett weight=1 concept=gdpr-roles
# Added with the shared concept inventory (concepts.txt): terms real policies use that hu lacked.
body: utal* weight=2.5 concept=refers-to
body: jelen tájékoztató alkalmazásában weight=2.5 concept=as-used-in-this-policy
body: személyes adatnak minősül weight=3 concept=personal-data-means
body: a továbbiakban weight=2 concept=hereinafter
body: ideértve weight=0.5 concept=includes
body: felhasználó* weight=0.3 concept=user
body: személyes adat* weight=0.2 concept=personal-data

[collection]
heading: milyen adatokat gyűjtünk concept=what-we-collect
heading: a kezelt adatok köre concept=categories-of-data
heading: kezelt személyes adatok concept=what-we-collect
heading: az általunk gyűjtött adatok concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: engedélyek weight=2 concept=what-we-collect
heading: alkalmazásengedélyek weight=2 concept=what-we-collect
heading: az alkalmazás engedélyei weight=2 concept=what-we-collect
heading: milyen adatokat kezelünk concept=what-we-collect
heading: milyen személyes adatokat kezelünk concept=what-we-collect
heading: kezelt adatok concept=what-we-collect
heading: adatgyűjtés concept=collection-of-information
heading: az adatok forrása concept=sources-of-information
heading: források concept=sources-of-information
heading: az adatok forrásai concept=sources-of-information
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that hu lacked.
heading: a személyes adatok gyűjtése concept=collection-of-information
heading: az ön által megadott adatok concept=information-you-provide
heading: ön által megadott információk concept=information-you-provide
heading: kapcsolatfelvételi űrlap weight=3 concept=information-you-provide
heading: ön által megadott concept=information-you-provide
heading: általad megadott concept=information-you-provide
heading: regisztráció concept=information-you-provide
heading: honnan szerezzük concept=sources-of-information
heading: az adatok forrás* concept=sources-of-information
heading: automatikusan gyűjtött adatok concept=collected-automatically
heading: automatikusan gyűjtött információk concept=collected-automatically
heading: hogyan gyűjtjük az adatokat concept=how-we-collect
heading: személyes adatok kategóriái concept=categories-of-data
# "User data" headings name what the service collects.
heading: felhasználói adatok concept=categories-of-data
heading: a felhasználók adatai concept=categories-of-data
body: gyűjt* weight=2.5 concept=we-collect
body: adatgyűjt* weight=2 concept=we-collect
body: kezelt adat* weight=2 concept=data-categories
body: adatok kör* weight=2.5 concept=data-categories
body: név weight=1 concept=name
body: e-mail cím* weight=1.5 concept=contact-details
body: telefonszám* weight=1.5 concept=contact-details
body: ip-cím* weight=1.5 concept=device-data
body: születési dátum* weight=1.5 concept=demographic-data
body: lakcím* weight=1.5 concept=contact-details
body: szállítási cím* weight=1.5 concept=contact-details
body: automatikusan weight=1.5 concept=automatically
body: regisztráci* weight=1 concept=forms
body: helyadat* weight=1 concept=location-data
body: forrás* weight=1 concept=sources
body: megad* weight=1 concept=you-provide
# Added with the shared concept inventory (concepts.txt): terms real policies use that hu lacked.
body: ön által megadott weight=2 concept=you-provide
body: személyes adatok kategóriá* weight=2.5 concept=data-categories
body: nyilvánosan elérhető weight=2 concept=publicly-available
body: operációs rendszer* weight=2 concept=device-data
body: eszközazonosító* weight=2 concept=device-data
body: használati adat* weight=2 concept=usage-data
body: fizetési adat* weight=1 concept=payment-data
body: űrlap* weight=1.5 concept=forms
body: fiók* weight=0.3 concept=account
body: adat* weight=0.1 concept=information
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: összeomlási jelentések concept=collected-automatically
heading: hibajelentések concept=collected-automatically
heading: diagnosztikai adatok concept=collected-automatically
heading: diagnosztika concept=collected-automatically
heading: naplózás concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: eszközén marad weight=2 concept=on-device-data
heading: eszközödön marad weight=2 concept=on-device-data
heading: helyben feldolgozott weight=2 concept=on-device-data
heading: helyileg feldolgozott weight=2 concept=on-device-data
heading: helyben tárolt adatok weight=2 concept=on-device-data
heading: helyi feldolgozás weight=2 concept=on-device-data
heading: eszközön történő feldolgozás weight=2 concept=on-device-data
body: összeomlási jelentés* weight=2.5 concept=usage-data
body: összeomlási napló* weight=2.5 concept=usage-data
body: hibakeresési napló* weight=2.5 concept=usage-data
body: diagnosztikai adat* weight=2 concept=usage-data
body: push token* weight=2.5 concept=device-data
body: push szerver* weight=2 concept=device-data
# Compound "Információgyűjtés (és használat)" (Information Collection and Use).
heading: információgyűjtés concept=collection-of-information

[use]
heading: az adatkezelés célja concept=purposes-of-processing
heading: adatkezelési célok concept=purposes-of-processing
heading: mire használjuk az adatokat concept=how-we-use
heading: hogyan használjuk fel az információkat concept=how-we-use
# Inflected and synonym forms of the usual Hungarian headings (felhasználás, "mire/hogyan használjuk").
heading: hogyan használjuk concept=how-we-use
heading: mire használjuk concept=how-we-use
heading: mire használjuk fel concept=how-we-use
heading: az adatok felhasználás* concept=use-of-information
heading: adatfelhasználás concept=use-of-information
heading: személyes adatok felhasználás* concept=use-of-information
heading: miért gyűjtjük concept=why-we-collect
heading: az adatgyűjtés cél* concept=why-we-collect
heading: az adatkezelés cél* concept=purposes-of-processing
heading: az adatok felhasználása concept=use-of-information
heading: az adatok felhasználásának célja concept=purposes-of-processing
heading: célok concept=purposes-of-processing
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that hu lacked.
heading: miért gyűjtjük az adatokat concept=why-we-collect
heading: az adatgyűjtés célja concept=why-we-collect
heading: személyes adatok kezelése concept=processing-of-personal-data
heading: hogyan kezeljük személyes adatait concept=processing-of-personal-data
body: adatkezelés cél* weight=3 concept=purposes
body: céljából weight=2 concept=purposes
body: célból weight=2 concept=purposes
body: célja weight=1.5 concept=purposes
body: felhasznál* weight=1 concept=we-use
body: használ* weight=0.5 concept=we-use
body: szolgáltatás* nyújtás* weight=2 concept=to-provide
body: megrendelés* teljesít* weight=2 concept=to-fulfil
body: szerződés* teljesít* weight=1 concept=to-fulfil
body: fejleszt* weight=1.5 concept=to-develop
body: személyre szab* weight=2.5 concept=to-personalise
body: profilalkotás* weight=2.5 concept=profiling
body: elemzés* weight=1 concept=to-analyse
body: statisztik* weight=1 concept=to-analyse
body: csalás* megelőz* weight=1.5 concept=to-prevent-fraud
body: ügyfélszolgálat* weight=1
body: következő célokból weight=2 concept=following-purposes
body: alábbi célokból weight=2 concept=following-purposes
# Added with the shared concept inventory (concepts.txt): terms real policies use that hu lacked.
body: automatizált döntéshozatal* weight=1.5 concept=automated-decisions
body: fiók* kezelés* weight=1.5 concept=to-administer
body: szolgáltatás* javítás* weight=1.5 concept=to-improve
body: önnel való kapcsolattartás weight=2 concept=to-communicate
body: küld* weight=1 concept=to-send
body: megválaszol* weight=1.5 concept=to-respond
body: hibaelhárítás* weight=2 concept=to-troubleshoot
body: piackutatás* weight=1.5 concept=research
body: fizetés* feldolgoz* weight=1.5 concept=to-process-transactions
body: jogszabályi kötelezettség* teljesít* weight=1 concept=to-comply-with-law
# Purpose headings asked with other verbs and "(processed) for the following purposes".
heading: miért kezeljük concept=why-we-collect
heading: milyen célból kezeljük concept=why-we-collect
heading: a következő célokból concept=purposes-of-processing
heading: az alábbi célokból concept=purposes-of-processing
heading: automatizált döntés* concept=automated-decision-making
heading: automatikus döntés* concept=automated-decision-making
heading: automatizált egyedi döntés* concept=automated-decision-making

[legal-basis]
heading: az adatkezelés jogalapja concept=legal-basis
heading: az adatkezelés jogcíme concept=legal-basis
heading: az adatkezelés jogalapjai concept=legal-basis
heading: milyen jogalapon kezeljük az adatokat concept=why-allowed
heading: jogalapok concept=legal-basis
heading: az adatkezelés jogszerűsége concept=legal-basis
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that hu lacked.
heading: miért kezelhetjük az adatait concept=why-allowed
heading: milyen jogalapon concept=why-allowed
body: jogalap* weight=2 concept=legal-basis-term
body: jogcím* weight=2 concept=legal-basis-term
body: jogos érdek* weight=2 concept=legitimate-interests
body: érdekmérlegelés* weight=3 concept=balancing-test
body: szerződés teljesítés* weight=2 concept=performance-of-contract
body: szerződés* megkötés* weight=1.5 concept=performance-of-contract
body: érintett az egyik fél weight=2.5 concept=performance-of-contract
body: jogi kötelezettség* weight=2.5 concept=legal-obligation
body: létfontosságú érdek* weight=2.5 concept=vital-interests
body: közérdek* weight=1.5 concept=public-interest
body: 6. cikk weight=2 concept=article-6
body: jogszerűség* weight=1.5 concept=lawful
body: hozzájárulás* weight=0.5 concept=consent-as-basis
# Added with the shared concept inventory (concepts.txt): terms real policies use that hu lacked.
body: alapvető jogai és szabadságai weight=2.5 concept=balancing-test
body: az adatkezelés szükséges weight=2.5 concept=processing-necessary
body: alapján weight=1 concept=on-the-basis-of
body: szükséges weight=0.5 concept=necessary
# GDPR boilerplate (legal basis, legitimate interests, Art. 6, "on the basis of") stands in every
# subsection of a European policy: lighter body weights; the heading forms still name the section.

[consent]
heading: hozzájárulás concept=your-consent
heading: az érintett hozzájárulása concept=your-consent
heading: a hozzájárulás visszavonása concept=withdrawal-of-consent
heading: hozzájárulás megadása concept=your-consent
heading: önkéntes hozzájárulás concept=your-consent
heading: az ön hozzájárulása concept=your-consent
body: hozzájárul* weight=2 concept=you-consent
body: visszavon* weight=3 concept=withdraw
body: visszavonás előtti weight=2.5 concept=without-affecting-lawfulness
body: önkéntes* weight=1.5 concept=freely-given
body: kifejezett* hozzájárul* weight=2 concept=explicit-consent
body: beleegyez* weight=2 concept=you-agree
body: bármikor weight=1.5 concept=at-any-time
body: jelölőnégyzet* weight=1.5 concept=opt-in
body: bejelöl* weight=1 concept=opt-in
body: elfogad* weight=1 concept=you-agree
body: megfelelő tájékoztatáson alapul* weight=2.5 concept=freely-given
body: egyértelmű weight=1.5 concept=freely-given
body: nyilatkozat* weight=0.5
# Added with the shared concept inventory (concepts.txt): terms real policies use that hu lacked.
body: engedély* weight=1.5 concept=permission
body: meggondolja magát weight=2 concept=change-your-mind

[sharing]
heading: adattovábbítás concept=sharing-of-information
heading: kinek továbbítjuk az adatokat concept=who-we-share-with
heading: az adatok címzettjei concept=who-we-share-with
heading: kik férhetnek hozzá concept=who-we-share-with
heading: ki férhet hozzá concept=who-we-share-with
heading: kik ismerhetik meg concept=who-we-share-with
heading: adatfeldolgozók concept=service-providers-heading
heading: igénybe vett adatfeldolgozók concept=service-providers-heading
heading: adatok megosztása harmadik felekkel concept=third-parties
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that hu lacked.
heading: az adatok megosztása concept=sharing-of-information
heading: adatok megosztás* concept=sharing-of-information
heading: adatmegosztás concept=sharing-of-information
heading: adatátadás concept=sharing-of-information
heading: az adatok átadás* concept=sharing-of-information
heading: kivel osztjuk meg concept=who-we-share-with
heading: kikkel osztjuk meg concept=who-we-share-with
heading: kinek adjuk át concept=who-we-share-with
heading: hogyan osztjuk meg az adatokat concept=how-we-share
heading: az adatok közlése concept=disclosure-of-information
heading: harmadik felek concept=third-parties
heading: szolgáltatók concept=service-providers-heading
heading: üzletátruházás concept=business-transfers
heading: hatósági megkeresések concept=legal-requests
heading: eladjuk-e az adatait concept=sale-of-information
heading: személyes adatok értékesítése concept=sale-of-information
body: továbbít* weight=2 concept=share
body: címzett* weight=2.5 concept=recipients
body: megoszt* weight=2 concept=share
body: átad* weight=2 concept=share
body: közöl* weight=1 concept=disclose
body: harmadik fél* weight=2 concept=third-parties-term
body: adjuk át weight=1.5 concept=share
body: harmadik felek* weight=2 concept=third-parties-term
body: adatfeldolgoz* weight=2.5 concept=service-providers
body: tárhelyszolgáltató* weight=2 concept=service-providers
body: szolgáltató* weight=1 concept=service-providers
body: futárszolgálat* weight=1.5 concept=service-providers
body: partner* weight=1 concept=business-partners
body: vállalatcsoport* weight=2 concept=affiliates
body: kapcsolt vállalkozás* weight=2.5 concept=affiliates
body: hatóság* weight=1.5 concept=authorities
body: bíróság* weight=1.5 concept=legal-process
body: megkeresés* weight=1.5 concept=legal-process
body: egyesülés* weight=1.5 concept=corporate-transaction
body: nem adjuk el weight=1.5 concept=sell
# Added with the shared concept inventory (concepts.txt): terms real policies use that hu lacked.
body: nevünkben weight=1.5 concept=on-our-behalf
body: felvásárlás* weight=2.5 concept=corporate-transaction
body: értékesít* weight=1.5 concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: adattovábbítás harmadik feleknek concept=transfer-to-third-parties
heading: adatok továbbítása harmadik feleknek concept=transfer-to-third-parties
heading: továbbítás harmadik felek részére concept=transfer-to-third-parties
heading: harmadik személyeknek concept=transfer-to-third-parties
heading: harmadik személyek részére concept=transfer-to-third-parties
heading: harmadik feleknek concept=transfer-to-third-parties
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: tárhely concept=service-providers-heading
heading: tárhelyszolgáltató concept=service-providers-heading
heading: tárhelyszolgáltatás concept=service-providers-heading
heading: tartalomkézbesítő hálózat concept=service-providers-heading
heading: hibafigyelés concept=service-providers-heading
body: tárhelyszolgáltat* weight=2.5 concept=service-providers
body: adatfeldolgozási szerződés* weight=2 concept=service-providers
body: adatfeldolgozói szerződés* weight=2 concept=service-providers
body: tartalomkézbesítő hálózat* weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: felhőplatform* weight=2 concept=service-providers
body: felhőszolgáltat* weight=2 concept=service-providers
body: szerverein weight=1.5 concept=service-providers
body: hibafigyel* weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: fizetések weight=2 concept=payments-purchases
heading: fizetések feldolgozása weight=3 concept=payments-purchases
heading: fizetés feldolgozása weight=2 concept=payments-purchases
heading: alkalmazáson belüli vásárlások weight=2 concept=payments-purchases
heading: előfizetések weight=2 concept=payments-purchases

[cookies]
heading: sütik concept=cookies
heading: cookie-k concept=cookies
heading: sütik kezelése concept=cookies
heading: sütik és hasonló technológiák concept=tracking-technologies
heading: cookie tájékoztató concept=cookies
heading: nyomkövető technológiák concept=tracking-technologies
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that hu lacked.
heading: webjelzők concept=web-beacons
heading: pixelek concept=web-beacons
heading: naplófájlok concept=log-files
heading: analitika concept=analytics
heading: webanalitika concept=analytics
body: süti* weight=3 concept=cookie
body: cookie* weight=2.5 concept=cookie
body: webjelző* weight=3 concept=web-beacon
body: pixel* weight=2 concept=web-beacon
body: nyomkövető* weight=2.5 concept=tracking-technology
body: hasonló technológi* weight=2 concept=tracking-technology
body: munkamenet* weight=2.5 concept=cookie-lifetime
body: végberendezés* weight=2.5 concept=device
body: böngésző* beállítás* weight=1.5 concept=browser-settings
body: böngésző* weight=1 concept=browser
body: google analytics weight=3 concept=analytics-term
body: naplófájl* weight=2 concept=log-file
body: helyi tároló* weight=2 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: analitikai weight=1 concept=analytics-term
heading: analitikai szolgáltatás* concept=analytics
body: állandó weight=0.5 concept=cookie-lifetime
# Added with the shared concept inventory (concepts.txt): terms real policies use that hu lacked.
body: szövegfájl* weight=2.5 concept=text-files
body: feltétlenül szükséges weight=2.5 concept=cookie-categories
body: sdk* weight=2 concept=sdk
body: ujjlenyomat* weight=2.5 concept=fingerprinting

[advertising]
heading: marketing célú adatkezelés concept=marketing
heading: hírlevél concept=marketing-communications
heading: reklámok concept=advertising
heading: direkt marketing concept=marketing
heading: személyre szabott hirdetések concept=interest-based-advertising
heading: hírlevél és marketing célú megkeresések concept=marketing-communications
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that hu lacked.
heading: harmadik felek hirdetései concept=third-party-advertising
heading: hirdetési hálózatok concept=third-party-advertising
heading: érdeklődésen alapuló hirdetések concept=interest-based-advertising
body: marketing* weight=2 concept=marketing-purposes
body: hírlev* weight=2.5 concept=marketing-messages
body: reklám* weight=2.5 concept=ads
body: gazdasági reklám* weight=2.5 concept=ads
body: hirdetés* weight=2.5 concept=ads
body: hirdetési hálózat* weight=3 concept=ad-networks
body: célzott weight=2.5 concept=interest-based
body: remarketing* weight=3 concept=retargeting
body: retargeting* weight=3 concept=retargeting
body: személyre szabott hirdetés* weight=3 concept=interest-based
body: érdeklődés* alapú weight=2 concept=interest-based
body: viselkedésalapú weight=2 concept=interest-based
body: promóci* weight=1.5 concept=promotions
body: ajánlat* weight=1 concept=promotions
body: sms weight=1 concept=marketing-messages
# Added with the shared concept inventory (concepts.txt): terms real policies use that hu lacked.
body: hirdetési partner* weight=3 concept=ad-networks
body: marketing célokra weight=2 concept=marketing-purposes
heading: közvetlen üzletszerzés concept=marketing
body: your online choices weight=3 concept=ad-industry-programs
body: hatékonyság* weight=2 concept=ad-measurement
body: érdeklődési kör* weight=0.5 concept=interests

[do-not-track]
heading: do not track jelzések concept=do-not-track
heading: do not track funkció concept=do-not-track
heading: ne kövess kérések concept=do-not-track
heading: ne kövess jelzés concept=do-not-track
heading: global privacy control jelzés concept=global-privacy-control
heading: globális adatvédelmi vezérlő concept=global-privacy-control
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that hu lacked.
heading: preferenciajelzések concept=preference-signals
heading: böngészőjelzések concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: ne kövess* weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: globális adatvédelmi* weight=3 concept=gpc-signal
body: jelzés* weight=2 concept=opt-out-preference-signal
body: iparági szabvány* weight=2 concept=no-uniform-standard
body: egységes szabvány* weight=2 concept=no-uniform-standard
body: szabvány* weight=1 concept=no-uniform-standard
body: nem reagál* weight=2 concept=do-not-respond
body: nem válaszol* weight=1.5 concept=do-not-respond
body: nyomon követés* weight=1 concept=cross-site-tracking
body: böngésző* weight=1 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt): terms real policies use that hu lacked.
body: tiszteletben tart* weight=1.5 concept=honor-signals

[choices]
heading: az ön választási lehetőségei concept=your-choices
heading: választási lehetőségek concept=your-choices
heading: választási lehetőség* concept=your-choices
heading: az ön lehetőségei concept=your-choices
heading: leiratkozás* concept=unsubscribing
heading: beállítások kezelése concept=managing-preferences
heading: adatvédelmi beállítások concept=managing-preferences
heading: leiratkozás concept=unsubscribing
heading: hogyan iratkozhat le concept=unsubscribing
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that hu lacked.
heading: kiiratkozás concept=opting-out
heading: a marketing megkeresések letiltása concept=opting-out
heading: kommunikációs beállítások concept=managing-preferences
body: leiratkoz* weight=3 concept=unsubscribe
body: iratkoz* weight=2 concept=unsubscribe
body: választási lehetőség* weight=2.5 concept=choose-not-to
body: beállítás* weight=1.5 concept=settings
body: letilt* weight=1.5 concept=disable
body: kikapcsol* weight=1.5 concept=disable
body: blokkol* weight=1 concept=disable
body: nem köteles weight=2 concept=consequences-of-refusal
body: megadása önkéntes weight=3 concept=consequences-of-refusal
body: tiltakoz* weight=1.5 concept=decline
body: felhasználói fiók* weight=1.5 concept=settings
body: fiók* weight=1
body: opt-out weight=1 concept=opt-out
# Added with the shared concept inventory (concepts.txt): terms real policies use that hu lacked.
body: promóciós e-mail* weight=2 concept=promotional-emails
body: preferenci* weight=1.5 concept=preferences
body: push-értesítés* weight=2 concept=device-permissions
body: helymeghatározás* weight=2 concept=device-permissions
body: minden e-mail alján weight=1.5 concept=unsubscribe-link
body: elutasít* weight=2 concept=decline
body: kap* weight=0.5 concept=receive

[rights]
heading: az érintett jogai concept=your-rights
heading: az ön jogai concept=your-rights
heading: érintetti jogok concept=your-rights
heading: jogorvoslat concept=exercising-rights
heading: jogorvoslati lehetőségek concept=exercising-rights
heading: milyen jogok illetik meg concept=your-rights
heading: hozzáférés az adatokhoz concept=access-and-correction
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that hu lacked.
heading: jogai gyakorlása concept=exercising-rights
heading: hogyan gyakorolhatja jogait concept=exercising-rights
heading: jogérvényesítés* concept=exercising-rights
heading: jogorvoslat* concept=exercising-rights
heading: jogai gyakorlás* concept=exercising-rights
heading: jogok gyakorlás* concept=exercising-rights
heading: hogyan gyakorolhatja concept=exercising-rights
heading: panasztétel* concept=exercising-rights
heading: érintetti jog* concept=your-rights
heading: az érintett jog* concept=your-rights
heading: az érintettek jog* concept=your-rights
heading: felhasználói jog* concept=your-rights
heading: hozzáférési jog concept=access-and-correction
heading: hozzáféréshez való jog concept=access-and-correction
heading: helyesbítéshez való jog concept=access-and-correction
heading: helyesbítés* concept=access-and-correction
heading: törléshez való jog concept=your-rights
heading: elfeledtetéshez való jog concept=your-rights
heading: korlátozásához való jog concept=your-rights
heading: adathordozhatóság* concept=your-rights
heading: tiltakozáshoz való jog concept=your-rights
heading: tiltakozási jog concept=your-rights
heading: meghatalmazott képviselők concept=authorized-agents
heading: milyen jogaim vannak concept=your-rights
body: joga van weight=2.5
body: jogosult weight=2
body: hozzáférés* weight=2 concept=right-of-access
body: helyesbít* weight=3 concept=rectification
body: törlés* weight=2 concept=erasure
body: elfeledtetés* weight=3 concept=erasure
body: adathordozhatóság* weight=3 concept=portability
body: tiltakoz* weight=2.5 concept=right-to-object
body: korlátozás* weight=2 concept=restriction
body: panasz* weight=2 concept=complaint-to-authority
body: felügyeleti hatóság* weight=2.5 concept=complaint-to-authority
body: naih weight=3 concept=complaint-to-authority
body: nemzeti adatvédelmi és információszabadság hatóság weight=3 concept=complaint-to-authority
body: bíróság* weight=1.5
body: automatizált döntéshozatal* weight=2
body: másolat* weight=1 concept=copy-of-data
body: kérelem weight=1 concept=request
body: kérelm* weight=1 concept=request
# Added with the shared concept inventory (concepts.txt): terms real policies use that hu lacked.
body: gyakorol* weight=2 concept=exercise-rights
body: személyazonosság* ellenőrz* weight=2 concept=verify-identity
body: meghatalmazott* weight=2.5 concept=authorized-agent
body: hátrányos megkülönböztetés* weight=1.5 concept=non-discrimination
body: érintetti jog* weight=2 concept=data-subject-rights
body: betekint* weight=1.5 concept=access

[retention]
heading: az adatkezelés időtartama concept=retention-period
heading: adatmegőrzés concept=data-retention
heading: adatmegőrzés* concept=data-retention
heading: az adatok megőrzés* concept=data-retention
heading: megőrzési idő* concept=retention-period
heading: meddig tároljuk concept=how-long-we-keep
heading: meddig kezeljük concept=how-long-we-keep
heading: az adatkezelés időtartam* concept=retention-period
heading: meddig tároljuk az adatokat concept=how-long-we-keep
heading: az adatok tárolásának időtartama concept=retention-period
heading: adattárolás concept=storage-and-retention
heading: megőrzési idő concept=retention-period
heading: meddig őrizzük concept=how-long-we-keep
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that hu lacked.
heading: tárolás és megőrzés concept=storage-and-retention
heading: megőrzés és törlés concept=retention-and-deletion
heading: az adatok törlése concept=retention-and-deletion
body: időtartam* weight=2 concept=retention-criteria
body: megőr* weight=2.5 concept=retain
body: őriz* weight=2 concept=keep
body: tárol* weight=1.5 concept=store
body: ideig weight=1.5 concept=retention-criteria
body: ameddig weight=1.5 concept=as-long-as-necessary
body: legfeljebb weight=2 concept=retention-criteria
body: eléréséig weight=2.5 concept=no-longer-needed
body: elévül* weight=2.5 concept=legal-retention-requirements
body: töröl* weight=2 concept=destroy
body: anonimiz* weight=1.5 concept=anonymise
body: lejárt* weight=1.5 concept=retention-criteria
body: megszűn* weight=1.5 concept=retention-criteria
body: archiv* weight=1 concept=archive
body: biztonsági mentés* weight=1.5 concept=archive
body: számviteli weight=2 concept=legal-retention-requirements
# Added with the shared concept inventory (concepts.txt): terms real policies use that hu lacked.
body: ameddig szükséges weight=3 concept=as-long-as-necessary
body: már nincs szükség weight=2.5 concept=no-longer-needed
body: megsemmisít* weight=2 concept=destroy
body: inaktív* weight=2 concept=inactive-accounts
body: év weight=0.5 concept=years

[security]
heading: adatbiztonság concept=data-security
heading: az adatok biztonsága concept=data-security
heading: biztonsági intézkedések concept=security-measures
heading: hogyan védjük az adatait concept=how-we-protect
heading: az adatok védelme concept=how-we-protect
heading: adatbiztonsági intézkedések concept=security-measures
body: biztonság* weight=2 concept=secure
body: védelm* weight=1 concept=protect
body: védjük weight=1.5 concept=protect
body: titkosít* weight=3 concept=encryption
body: ssl weight=2 concept=encryption
body: tls weight=2 concept=encryption
body: jogosulatlan hozzáférés* weight=3 concept=unauthorized-access
body: technikai és szervezési intézkedés* weight=3 concept=technical-organisational-measures
body: szervezési intézkedés* weight=2 concept=technical-organisational-measures
body: műszaki* intézkedés* weight=2 concept=technical-organisational-measures
body: adatvédelmi incidens* weight=3 concept=breach
body: incidens* weight=2 concept=breach
body: tűzfal* weight=2 concept=technical-controls
body: vírusvédel* weight=2 concept=technical-controls
body: jelszó* weight=1 concept=technical-controls
body: jelszav* weight=1 concept=technical-controls
body: megsemmisül* weight=1.5 concept=loss-misuse-alteration
# Added with the shared concept inventory (concepts.txt): terms real policies use that hu lacked.
body: garanci* weight=1.5 concept=safeguards
body: fizikai* weight=1.5 concept=physical-safeguards
body: bizalmas* weight=1.5 concept=confidentiality
body: nem tudjuk garantálni weight=2.5 concept=no-guarantee
body: iparági szabvány* weight=2 concept=industry-standard
body: biztosít* weight=0.5 concept=ensure
# Personal-data breaches and their notification: a security topic.
heading: adatvédelmi incidens concept=data-security
heading: adatvédelmi incidensek concept=data-security
heading: adatbiztonság* concept=data-security
heading: az adatok biztonság* concept=data-security
heading: biztonsági intézkedés* concept=security-measures
heading: adatbiztonsági intézkedés* concept=security-measures
heading: hogyan védjük concept=how-we-protect
heading: hogyan óvjuk concept=how-we-protect

[children]
heading: gyermekek concept=childrens-privacy
heading: gyermekek adatai concept=childrens-privacy
heading: gyermekek adatvédelme concept=childrens-privacy
heading: gyermekek adat* concept=childrens-privacy
heading: kiskorú* concept=minors
heading: kiskorúak concept=minors
heading: kiskorúak védelme concept=minors
heading: 16 év alattiak concept=age-limits
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that hu lacked.
heading: korhatár concept=age-limits
body: gyermek* weight=3 concept=children
body: gyerek* weight=2.5 concept=children
body: kiskorú* weight=3 concept=minors-teens
body: év alatti* weight=2.5 concept=age-threshold
body: életév* weight=2.5 concept=age-threshold
body: be nem töltött weight=2.5 concept=age-threshold
body: betöltött* weight=2 concept=age-threshold
body: szülő* weight=2.5 concept=parents-guardians
body: szülői felügyelet* weight=3 concept=parents-guardians
body: törvényes képviselő* weight=2.5 concept=parents-guardians
body: gyám* weight=2 concept=parents-guardians
body: gondnok* weight=2 concept=parents-guardians
body: coppa weight=3 concept=coppa
body: tudatosan weight=1.5 concept=knowingly-collect
body: életkor* weight=1.5 concept=age
# Added with the shared concept inventory (concepts.txt): terms real policies use that hu lacked.
body: szülői hozzájárul* weight=3 concept=parental-consent
body: fiatalkorú* weight=2.5 concept=minors-teens
body: nem gyermekeknek szól* weight=2 concept=not-directed-to-children
body: ha tudomásunkra jut weight=2 concept=if-we-learn
# Concept `minor` (the bare English word, weak because also "minor changes") left out: hu has no such ambiguous word; kiskorú* carries the idea.

[international]
heading: nemzetközi adattovábbítás concept=international-transfers
heading: adattovábbítás harmadik országba concept=international-transfers
heading: adatok továbbítása az eu-n kívülre concept=international-transfers
heading: adattovábbítás az egt-n kívülre concept=international-transfers
heading: adattovábbítás külföldre weight=2 concept=international-transfers
heading: külföldre történő adattovábbítás weight=2 concept=international-transfers
heading: az adatok tárolási helye concept=where-we-store
heading: hol tároljuk az adatokat concept=where-we-store
heading: adattárolás weight=1 concept=where-we-store
heading: az adatok tárolása weight=1 concept=where-we-store
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that hu lacked.
heading: adattovábbítás concept=data-transfers
heading: az adatok továbbítása concept=data-transfers
body: harmadik ország* weight=2 concept=other-countries
body: nemzetközi* weight=1.5 concept=cross-border
body: eu-n kívül* weight=2.5 concept=eea
body: egt-n kívül* weight=3 concept=eea
body: európai gazdasági térség* weight=2 concept=eea
body: kívülre weight=1.5 concept=other-countries
body: megfelelőségi határozat* weight=2.5 concept=adequacy
body: általános adatvédelmi kikötés* weight=2 concept=transfer-safeguards
body: standard szerződési feltétel* weight=2 concept=transfer-safeguards
body: kötelező erejű vállalati szabály* weight=2 concept=transfer-safeguards
body: megfelelő garanci* weight=2 concept=transfer-safeguards
body: egyesült állam* weight=1 concept=united-states
body: data privacy framework weight=2 concept=privacy-frameworks
body: szerver* weight=1 concept=server-location
# Added with the shared concept inventory (concepts.txt): terms real policies use that hu lacked.
body: továbbít* weight=1.5 concept=transfer
body: határokon átnyúló weight=3 concept=cross-border
body: más országok* weight=2.5 concept=other-countries
body: joghatóság* weight=2 concept=jurisdictions
body: világszerte weight=1.5 concept=around-the-world
body: azonos szintű védelm* weight=2 concept=less-protective
# One sentence on transfers to the USA (standard contractual clauses, adequacy) in a subsection
# about a social network or cloud service must not outweigh its practice: lighter transfer body
# terms; the headings ("International transfers") still name real transfer sections.

[regional]
heading: kaliforniai lakosok számára concept=california
heading: kaliforniai lakosok concept=california
heading: tájékoztatás az eu-s felhasználók számára concept=eea-gdpr-notice
heading: európai uniós felhasználók concept=eea-gdpr-notice
heading: regionális rendelkezések concept=jurisdiction-specific
heading: egyes joghatóságokra vonatkozó kiegészítések concept=jurisdiction-specific
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that hu lacked.
heading: nevadai lakosok concept=us-state-rights
heading: egyesült államokbeli tagállamok adatvédelmi jogai concept=us-state-rights
body: kalifornia* weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: gdpr weight=2 concept=eu-gdpr
body: európai unió* weight=2 concept=eu-gdpr
body: eu weight=1 concept=eu-gdpr
body: egt weight=2 concept=eu-gdpr
body: lakos* weight=2 concept=residents
body: rezidens* weight=2 concept=residents
body: joghatóság* weight=2
body: brazíli* weight=1.5 concept=brazil-lgpd
body: egyesült királyság* weight=1.5
body: helyi jogszabály* weight=1.5
body: értékesít* weight=1.5 concept=do-not-sell
body: infotv weight=1
# Added with the shared concept inventory (concepts.txt): terms real policies use that hu lacked.
body: fogyasztó* weight=1.5 concept=consumers
body: nevada weight=3 concept=us-states
body: virginia weight=3 concept=us-states
body: pénzügyi ösztönző* weight=3 concept=financial-incentives
body: megelőző 12 hónap* weight=3 concept=preceding-12-months
body: lgpd weight=2.5 concept=brazil-lgpd
body: kanada* weight=2.5 concept=canada-pipeda
body: tagállam* weight=0.5 concept=state
body: kontextusokon átívelő viselkedésalapú reklám* weight=3 concept=cross-context-advertising
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
heading: regionális mellékletek concept=jurisdiction-specific

[third-party-sites]
heading: harmadik felek weboldalai weight=2 concept=third-party-websites
heading: harmadik fél szolgáltatásai weight=2 concept=third-party-services
heading: külső hivatkozások concept=links-to-other-sites
heading: külső weboldalak concept=third-party-websites
heading: más weboldalakra mutató linkek concept=links-to-other-sites
heading: hivatkozások más oldalakra concept=links-to-other-sites
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that hu lacked.
heading: közösségi média bővítmények concept=social-media-plugins
heading: harmadik felek adatvédelmi szabályzatai concept=third-party-privacy-policies
body: harmadik fél* weboldal* weight=3 concept=other-sites
body: harmadik felek weboldal* weight=3 concept=other-sites
body: külső weboldal* weight=3 concept=other-sites
body: link* weight=1.5 concept=links
body: hivatkozás* weight=2 concept=links
body: külső weight=1 concept=other-sites
body: nem vállal* felelősség* weight=2.5 concept=not-responsible
body: felelősség* weight=1 concept=not-responsible
body: befolyás* weight=1.5 concept=not-responsible
body: saját adatvédelmi* weight=2 concept=their-privacy-policies
body: közösségi* média* weight=1.5 concept=plugins
body: közösségi oldal* weight=1.5 concept=plugins
body: beépülő modul* weight=2 concept=plugins
body: bővítmény* weight=1.5 concept=plugins
body: átirányít* weight=1.5 concept=leave-our-site
body: nem terjed ki weight=2.5
# Added with the shared concept inventory (concepts.txt): terms real policies use that hu lacked.
body: harmadik féltől származó alkalmazás* weight=2 concept=third-party-applications
body: javasoljuk weight=2.5 concept=encourage-review
body: tartalm* weight=0.5 concept=content
body: áttekint* weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: közösségi média concept=social-media-presence
heading: közösségi oldalak concept=social-media-presence
heading: közösségi médiában concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: harmadik felek által gyűjtött adatok concept=third-party-data-collection
heading: harmadik felek által gyűjtött concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: beágyazott tartalom concept=third-party-services
heading: beágyazott tartalmak concept=third-party-services
heading: harmadik féltől származó tartalmak concept=third-party-services
heading: beágyazott videók concept=third-party-services
heading: harmadik felek szolgáltatásai concept=third-party-services
heading: felhőszinkronizálás concept=third-party-services
heading: icloud biztonsági mentés concept=third-party-services
heading: harmadik fél szolgáltatás* concept=third-party-services
heading: harmadik felek szolgáltatás* concept=third-party-services
heading: külső szolgáltatás* concept=third-party-services
heading: harmadik féltől származó szolgáltatás* concept=third-party-services
heading: harmadik féltől származó könyvtárak concept=third-party-services
heading: harmadik féltől származó eszközök concept=third-party-services
heading: közösségi bővítmények concept=social-media-plugins
heading: beépülő modulok concept=social-media-plugins
body: beágyaz* weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: harmadik féltől származó tartalm* weight=3 concept=other-sites
body: harmadik felek tartalm* weight=3 concept=other-sites
body: plugin* weight=2 concept=plugins
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: bővített adatvédelmi mód* weight=2.5 concept=plugins
body: be van jelentkezve weight=1.5 concept=plugins
body: saját adatvédelmi tájékoztató* weight=2.5 concept=their-privacy-policies
body: saját adatkezelési tájékoztató* weight=2.5 concept=their-privacy-policies
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: hálózati kapcsolatok weight=2 concept=network-connections
heading: hálózati kérések weight=2 concept=network-connections
heading: külső kapcsolatok weight=2 concept=network-connections
heading: elhagy* az eszköz* weight=2 concept=network-connections
heading: eszköz* elhagy* weight=2 concept=network-connections
heading: interneten keresztül küld* weight=2 concept=network-connections
heading: internetre kerül* weight=2 concept=network-connections
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
heading: a tájékoztató módosítása concept=changes-to-policy
heading: a tájékoztató módosításai concept=changes-to-policy
heading: az adatvédelmi nyilatkozat módosítása concept=changes-to-policy
heading: a tájékoztató módosítás* concept=changes-to-policy
heading: tájékoztató módosítás* concept=changes-to-policy
heading: az adatkezelési tájékoztató változás* concept=changes-to-policy
heading: változások concept=amendments
heading: frissítések concept=policy-updates
heading: változás* concept=amendments
heading: módosítás* concept=amendments
heading: záró rendelkezések concept=entry-into-force
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that hu lacked.
heading: a változások bejelentése concept=notification-of-changes
heading: hatálybalépés concept=entry-into-force
heading: hatály concept=entry-into-force
body: módosít* weight=2 concept=change-update
body: változ* weight=1.5 concept=change-update
body: frissít* weight=2 concept=change-update
body: utolsó frissítés* weight=3 concept=effective-date
body: utoljára frissítve weight=3 concept=effective-date
body: hatályba lép* weight=3 concept=effective-date
body: hatályos weight=2.5 concept=effective-date
body: új verzió* weight=2.5 concept=latest-version
body: aktuális verzió* weight=2.5 concept=latest-version
body: közzét* weight=1.5 concept=posting
body: rendszeresen weight=1.5 concept=check-back
body: egyoldalúan weight=2.5 concept=reserve-the-right
body: további használat* weight=2 concept=continued-use
body: fenntart* weight=1.5 concept=reserve-the-right
# Added with the shared concept inventory (concepts.txt): terms real policies use that hu lacked.
body: lényeges változás* weight=3 concept=material-changes
body: időről időre weight=2.5 concept=from-time-to-time
body: értesít* weight=1.5 concept=notify-you
body: verzió* weight=1 concept=version
body: azonnal hatály* weight=2.5 concept=effective-immediately
body: tájékoztatás weight=0.5 concept=notice

[contact]
heading: kapcsolattartás concept=contact-us
heading: elérhetőségek concept=contact-information
heading: kapcsolatfelvétel concept=contact-us
heading: lépjen kapcsolatba velünk concept=contact-us
heading: adatvédelmi tisztviselő concept=data-protection-officer
heading: kérdések és kérelmek concept=questions
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that hu lacked.
heading: hogyan léphet velünk kapcsolatba concept=how-to-contact
heading: kérdések concept=questions
body: kapcsolat* weight=2 concept=please-contact
body: elérhetőség* weight=2.5 concept=please-contact
body: lépjen kapcsolatba weight=3 concept=please-contact
body: írjon weight=2 concept=please-contact
body: tisztviselő* weight=2.5 concept=dpo
body: dpo weight=2.5 concept=dpo
body: kérdés* weight=1.5 concept=questions-comments
body: kérelm* weight=1 concept=questions-comments
body: levelezési cím* weight=2 concept=postal-address
body: postacím* weight=2 concept=postal-address
body: székhely* weight=2.5
body: cégjegyzékszám* weight=2.5
body: adószám* weight=2.5
body: ügyfélszolgálat* weight=2 concept=customer-service
body: e-mail weight=1 concept=by-email
body: telefon* weight=0.5 concept=telephone
# Added with the shared concept inventory (concepts.txt): terms real policies use that hu lacked.
body: cím weight=0.3 concept=address
# The controller's identity and address (GDPR Art. 13(1)(a)): contact, not intro.
heading: az adatkezelő adatai concept=contact-information
heading: az adatkezelő concept=contact-information
heading: adatkezelő concept=contact-information
heading: az adatkezelő megnevezése concept=contact-information
heading: az adatkezelő elérhetőségei concept=contact-information
heading: elérhetőség* concept=contact-information
heading: kihez fordulhatok concept=how-to-contact

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
