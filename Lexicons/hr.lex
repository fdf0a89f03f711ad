# Croatian lexicon
# Croatian (hrvatski) is the language of Croatia (official EU language) and one of the
# official languages of Bosnia and Herzegovina; also used by Croatian communities in Serbia
# (Vojvodina), Austria (Burgenland) and abroad.
# Legal vocabulary: the Croatian text of the GDPR, "Opća uredba o zaštiti podataka" (OUZP,
# Uredba (EU) 2016/679), and the "Zakon o provedbi Opće uredbe o zaštiti podataka"
# (Narodne novine 42/18): voditelj obrade (controller), izvršitelj obrade (processor),
# ispitanik (data subject), obrada osobnih podataka, privola (consent), legitimni interes,
# izvršavanje ugovora, pravna obveza, ključni interesi (vital interests), službenik za
# zaštitu podataka (DPO), Agencija za zaštitu osobnih podataka, AZOP (supervisory
# authority), povreda osobnih podataka (breach), izrada profila (profiling).
# Policies say "Pravila o privatnosti", "Politika privatnosti" or "Izjava o zaštiti osobnih
# podataka".
# Conventions: standard Croatian with full diacritics (č ć đ š ž), ijekavian forms
# (vrijeme, mjesec, dijete, prijenos, zahtjev, primjer, sljedeći) and Croatian vocabulary
# (osobni, tijekom, također, sukladno, obveza, korištenje, pružatelj, sustav, tvrtka), not
# the Serbian (ekavian) forms (vreme, mesec, dete, prenos, zahtev, sledeći, lični, tokom,
# takođe, obaveza, korišćenje, pružalac, sistem). Inflected words are written as stems with
# a trailing * (podat* = podatak, podataka, podatke; podac* = podaci, podacima); no
# @prefixes/@suffixes (Croatian is fusional).
@language hr
@name Croatian
@fold-accents no     # č/ć/š/ž/đ tell words apart (što/sto, žao/zao, već/vec) and tell Croatian from Czech and Slovak spellings

[profile]
# Function words first, then words frequent in privacy policies.
# weight=3: Croatian, not Serbian (Latin) nor the shipped Slavic lexicons (cs, sk, pl):
#           ijekavian and Croatian-only words (tijekom, također, gdje, tko, prije,
#           sljedeći, primjer, zahtjev, mjere, osobnih, privola, sukladno, korištenje, obveza).
# weight=2: Croatian words that Serbian/Bosnian (and sometimes Slovenian) share but no
#           shipped lexicon has (ili, koji, kako, podataka, možemo, ovih ...). If a Serbian
#           or Bosnian lexicon is added it should give these the same weight, so that the
#           weight=3 words decide.
# weight=1 or 0.5: words that Czech, Slovak, Polish, Dutch, Italian or others list too
#           (i, a, u, je, se, na, za, te, da, nas, nam, vaše, ako), so that they do not
#           pull a Czech, Slovak or Polish text towards Croatian.
i weight=0.5
a weight=0.5
u weight=1
na weight=0.5
je weight=1
se weight=1
su weight=1            # also Italian and Spanish "su"
da weight=1            # also Italian, Portuguese, Danish "da"
za weight=0.5
od weight=0.5
do weight=0.5
o weight=0.5
po weight=0.5
s weight=0.5
iz weight=2
prema weight=2
kod weight=2
pri weight=1           # also Slovak "pri"
bez weight=0.5
između weight=2
putem weight=2
tijekom weight=3
nakon weight=2
prije weight=3
radi weight=2
osim weight=2
unutar weight=2
ili weight=2
te weight=0.5          # Dutch, Polish "te"
niti weight=2
jer weight=2
kao weight=2
ako weight=1           # also Slovak "ako"
kada weight=2
kad weight=2
gdje weight=3
dok weight=2
što weight=2
tko weight=3
koji weight=2
koja weight=2
koje weight=2
kojeg weight=2
kojem weight=2
kojih weight=2
kojima weight=2
koju weight=2
također weight=3
samo weight=2
već weight=2
još weight=2
ne weight=1
nije weight=2
nisu weight=2
biti weight=2
bi weight=2
bismo weight=2
će weight=2
ćemo weight=2
ćete weight=2
smo weight=2
bilo weight=2
može weight=2
možemo weight=2
možete weight=2
mogu weight=2
moramo weight=2
ovaj weight=2
ova weight=2
ovo weight=2
ove weight=2
ovih weight=2
ovim weight=2
ovoj weight=2
ovog weight=2
njihove weight=2
njihovih weight=2
njima weight=2
vaš weight=2
vaše weight=0.5        # Czech and Slovak "vaše"
vaši weight=2
vaših weight=2
vašim weight=1         # Czech "vašim"
vašeg weight=2
naš weight=2
naše weight=0.5
naših weight=2
našoj weight=2
nas weight=1           # Polish, Portuguese "nas"
nam weight=1           # Polish "nam"
vas weight=2
vam weight=2
svojih weight=2
sve weight=2
svih weight=2
svi weight=2
drugim weight=2
drugih weight=2
određenih weight=2
sljedeće weight=3
sljedećim weight=3
sljedeći weight=3
primjer weight=3
primjerice weight=3
odnosno weight=2
sukladno weight=3
temelju weight=3
temeljem weight=3
vezi weight=2
svrhe weight=2
svrhu weight=2
slučaju weight=2
skladu weight=2
podataka weight=2
podatke weight=2
podaci weight=2
podacima weight=2
osobnih weight=3
osobne weight=3
osobni weight=3
osobnim weight=3
obrade weight=2
obradu weight=2
obrada weight=2
obrađujemo weight=2
zaštite weight=2
zaštitu weight=2
zaštiti weight=2
privatnosti weight=2
pravila weight=2
politike weight=2
pravo weight=2
prava weight=2
privola weight=3
privolu weight=3
privole weight=3
informacije weight=2
informacija weight=2
usluge weight=2
usluga weight=2
uslugama weight=2
korisnika weight=2
korisnici weight=2
stranice weight=2
stranica weight=2
internetske weight=3
trećim weight=2
trećih weight=2
treće weight=2
stranama weight=2
osobe weight=2
voditelj weight=3
izvršitelj weight=3
ispitanika weight=2
kolačiće weight=2
kolačići weight=2
kolačića weight=2
uređaja weight=2
uređaju weight=2
preglednika weight=3
razdoblje weight=3
razdoblja weight=3
mjere weight=3
mjera weight=3
zahtjev weight=3
zahtjeva weight=3
zahtjeve weight=3
obveze weight=3
obveza weight=3
vrijeme weight=3
mjeseci weight=3
uvjeti weight=3
uvjeta weight=3
europske weight=3
europskog weight=3
opće weight=3
tvrtka weight=3
tvrtke weight=3
pružatelj weight=3
pružatelja weight=3
pružatelji weight=3
sigurnosti weight=2
čuvamo weight=2
prikupljamo weight=2
koristimo weight=2
dijelimo weight=3
korištenje weight=3
korištenja weight=3
korištenjem weight=3
nužno weight=3
sustav weight=3
djeca weight=3
djece weight=3
prijenos weight=3
prijenosa weight=3
ovdje weight=3
poslužitelja weight=3
obavijesti weight=3
postavke weight=2
cookies weight=0.5

[units]
year: godina, godine, godinu, godini, godinom, godinama
month: mjesec, mjeseca, mjeseci, mjesecu, mjesecima, mjesece
week: tjedan, tjedna, tjedana, tjednu, tjednima, tjedne
day: dan, dana, danu, dani, danima, dane
hour: sat, sata, sati, satu, satima
minute: minuta, minute, minutu, minutama
business-day: radni dan, radna dana, radnih dana, radnog dana, radnim danima

[numbers]
# Whole words: nominative and the oblique forms used after prepositions (u roku od trideset
# dana; djeca mlađa od šesnaest godina). Ijekavian "dvije" (Serbian "dve" is not listed).
1: jedan, jedna, jedno, jednog, jednoga, jedne, jednu, jednom
2: dva, dvije, dvaju, dviju, dvama
3: tri, triju, trima
4: četiri, četiriju
5: pet
6: šest
7: sedam
8: osam
9: devet
10: deset
11: jedanaest
12: dvanaest
13: trinaest
15: petnaest
16: šesnaest
18: osamnaest
20: dvadeset
24: dvadeset četiri
30: trideset
60: šezdeset
90: devedeset
100: sto, stotinu

[references]
gdpr: gdpr, opća uredba o zaštiti podataka, opću uredbu o zaštiti podataka, opće uredbe o zaštiti podataka, općom uredbom o zaštiti podataka, općoj uredbi o zaštiti podataka, ouzp, uredba (eu) 2016/679, uredbe (eu) 2016/679, uredba 2016/679, uredbe 2016/679
ccpa: ccpa, kalifornijski zakon o privatnosti potrošača, kalifornijskog zakona o privatnosti potrošača
cpra: cpra, kalifornijski zakon o pravima na privatnost
coppa: coppa, zakon o zaštiti privatnosti djece na internetu
lgpd: lgpd, brazilski opći zakon o zaštiti podataka, lei geral de proteção de dados
# Act implementing the General Data Protection Regulation (Narodne novine 42/2018).
hr-zpouzp: zakon o provedbi opće uredbe o zaštiti podataka, zakona o provedbi opće uredbe o zaštiti podataka, zakonom o provedbi opće uredbe o zaštiti podataka, zpouzp, nn 42/18, narodne novine 42/18, narodne novine broj 42/18

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
uvjeti korištenja
uvjeti upotrebe
opći uvjeti
opći uvjeti korištenja
uvjeti pružanja usluge
mjerodavno pravo
primjenjivo pravo
mjerodavno pravo i nadležnost
nadležnost suda
nadležni sud
jurisdikcija
djeljivost
djelomična ništetnost
cjelovitost ugovora
cjeloviti ugovor
viša sila
odricanje od odgovornosti
ograničenje odgovornosti
prijevodi
prijevod
ostali prijevodi
drugi prijevodi
jezične verzije
engleska verzija ima prednost
hrvatska verzija ima prednost
licenca
licencija
autorska prava
copyright
zahvale
sadržaj dokumenta

# ---------------------------------------------------------------------------------------
# Sections.
intelektualno vlasništvo

[intro]
heading: uvod concept=introduction
heading: opće odredbe concept=introduction
heading: općenito concept=introduction
heading: opće informacije concept=introduction
heading: sažetak concept=summary
heading: pregled concept=summary
heading: ukratko concept=summary
heading: ključne točke concept=summary
heading: o ovim pravilima concept=about-this-policy
heading: o ovoj politici concept=about-this-policy
heading: o ovoj izjavi concept=about-this-policy
heading: područje primjene concept=scope
heading: opseg primjene concept=scope
heading: na koga se odnose ova pravila concept=scope
heading: tko smo mi concept=who-we-are
heading: tko smo concept=who-we-are
heading: naša predanost privatnosti concept=commitment-to-privacy
heading: naša predanost zaštiti privatnosti concept=commitment-to-privacy
heading: naša posvećenost privatnosti concept=commitment-to-privacy
heading: prihvaćanje ovih pravila concept=acceptance
heading: prihvaćanje pravila concept=acceptance
heading: prihvaćanje uvjeta concept=acceptance
heading: pravila o privatnosti weight=0.5 concept=privacy-policy-title
heading: politika privatnosti weight=0.5 concept=privacy-policy-title
heading: izjava o privatnosti weight=0.5 concept=privacy-policy-title
heading: politika zaštite osobnih podataka weight=0.5 concept=privacy-policy-title
heading: izjava o zaštiti osobnih podataka weight=0.5 concept=privacy-policy-title
heading: obavijest o zaštiti osobnih podataka weight=0.5 concept=privacy-policy-title
body: ova pravila opisuju weight=2.5 concept=policy-describes
body: ova pravila objašnjavaju weight=2.5 concept=policy-describes
body: opisuj* weight=1.5 concept=policy-describes
body: objašnjava* weight=1.5 concept=policy-describes
body: odnose se na weight=2 concept=policy-applies-to
body: primjenjuj* se na weight=2.5 concept=policy-applies-to
body: ne odnose se weight=2 concept=policy-applies-to
body: ne primjenjuj* se weight=2 concept=policy-applies-to
body: korištenjem weight=1.5 concept=by-using
body: pristupanjem weight=1.5 concept=by-using
body: posjetom weight=1 concept=by-using
body: prihvaćate weight=1.5 concept=acceptance-of-policy
body: prihvaćanj* weight=1.5 concept=acceptance-of-policy
body: ako se ne slažete weight=2 concept=if-you-do-not-agree
body: predani smo weight=2 concept=committed-to-privacy
body: posvećeni smo weight=2 concept=committed-to-privacy
body: poštujemo vašu privatnost weight=2 concept=committed-to-privacy
body: u daljnjem tekstu weight=1.5 concept=referred-to-as
body: uvjet* korištenja weight=1 concept=terms-of-use
body: uvjet* poslovanja weight=1 concept=terms-of-use
body: opć* uvjet* weight=1 concept=terms-of-use
body: pažljivo pročitajte weight=1.5 concept=please-read
body: molimo pročitajte weight=1.5 concept=please-read
body: ova pravila o privatnosti weight=0.5 concept=this-privacy-policy
body: ovih pravila weight=0.5 concept=this-privacy-policy
body: ova pravila weight=0.5 concept=this-privacy-policy
body: privatnost* weight=0.3 concept=privacy
body: internetsk* stranic* weight=0.3 concept=website
body: web stranic* weight=0.3 concept=website
body: mrežn* stranic* weight=0.3 concept=website
body: aplikacij* weight=0.3 concept=website
body: uslug* weight=0.3 concept=services
body: tvrtk* weight=0.3 concept=company
body: društvo weight=0.3 concept=company
heading: o nama weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
# The question "Who is the controller?" introduces the policy's author (the bare noun and
# "identity of the controller" head its address: contact).
heading: tko je voditelj obrade weight=2 concept=who-we-are
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary

[definitions]
heading: definicije concept=definitions
heading: definicije pojmova concept=definitions
heading: značenje pojmova concept=definitions
heading: pojmovi concept=key-terms
heading: ključni pojmovi concept=key-terms
heading: pojmovnik concept=key-terms
heading: korišteni pojmovi concept=key-terms
heading: pojmovi korišteni u ovim pravilima concept=key-terms
heading: tumačenje concept=interpretation
heading: tumačenje i definicije concept=interpretation
heading: tumačenje pojmova concept=interpretation
heading: što podrazumijevamo pod concept=what-we-mean-by
heading: što znači concept=what-we-mean-by
body: znači weight=3 concept=means
body: znače weight=3 concept=means
body: označava weight=2.5 concept=means
body: podrazumijeva se weight=3 concept=means
body: podrazumijevaju se weight=3 concept=means
body: smatra se weight=2 concept=means
body: odnosi se na weight=2.5 concept=refers-to
body: sljedeći pojmovi weight=3 concept=defined-terms-intro
body: sljedeće definicije weight=3 concept=defined-terms-intro
body: pojam weight=2 concept=defined-terms-intro
body: pojmov* weight=1.5 concept=defined-terms-intro
body: izraz* weight=1.5 concept=defined-terms-intro
body: za potrebe ovih pravila weight=2.5 concept=as-used-in-this-policy
body: u smislu ovih pravila weight=2.5 concept=as-used-in-this-policy
body: u ovim pravilima weight=1.5 concept=as-used-in-this-policy
body: osobni podaci znači weight=3 concept=personal-data-means
body: osobni podaci su weight=3 concept=personal-data-means
body: osobni podaci jesu weight=3 concept=personal-data-means
body: čiji je identitet utvrđen weight=2.5 concept=identifiable-person
body: identitet se može utvrditi weight=2.5 concept=identifiable-person
body: pojedin* čiji je identitet weight=2.5 concept=identifiable-person
body: fizičk* osob* weight=1.5 concept=identifiable-person
body: u daljnjem tekstu weight=2 concept=hereinafter
body: voditelj* obrade weight=1 concept=gdpr-roles
body: izvršitelj* obrade weight=1 concept=gdpr-roles
body: ispitanik* weight=1 concept=gdpr-roles
body: uključuj* weight=0.5 concept=includes
body: korisnik* weight=0.3 concept=user
body: korisnic* weight=0.3 concept=user
body: osobn* podat* weight=0.2 concept=personal-data
body: osobn* podac* weight=0.2 concept=personal-data

[collection]
heading: koje podatke prikupljamo concept=what-we-collect
heading: koje osobne podatke prikupljamo concept=what-we-collect
heading: podaci koje prikupljamo concept=what-we-collect
heading: osobni podaci koje prikupljamo concept=what-we-collect
heading: informacije koje prikupljamo concept=what-we-collect
heading: prikupljeni podaci concept=what-we-collect
heading: podaci koje možemo prikupljati concept=what-we-collect
heading: koje podatke obrađujemo concept=what-we-collect
heading: koje osobne podatke obrađujemo concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: dopuštenja weight=2 concept=what-we-collect
heading: dopuštenja aplikacije weight=2 concept=what-we-collect
heading: dozvole aplikacije weight=2 concept=what-we-collect
heading: prikupljanje podataka concept=collection-of-information
heading: prikupljanje osobnih podataka concept=collection-of-information
heading: prikupljanje informacija concept=collection-of-information
heading: izvori osobnih podataka concept=sources-of-information
heading: izvori podataka concept=sources-of-information
heading: odakle prikupljamo podatke concept=sources-of-information
heading: podaci koje nam pružate concept=information-you-provide
heading: podaci koje nam dajete concept=information-you-provide
heading: informacije koje nam pružate concept=information-you-provide
heading: podaci koje nam dostavljate concept=information-you-provide
heading: kontaktni obrazac weight=3 concept=information-you-provide
heading: automatski prikupljeni podaci concept=collected-automatically
heading: podaci koji se prikupljaju automatski concept=collected-automatically
heading: automatski prikupljene informacije concept=collected-automatically
heading: kako prikupljamo podatke concept=how-we-collect
heading: kako prikupljamo vaše podatke concept=how-we-collect
heading: način prikupljanja podataka concept=how-we-collect
heading: kategorije osobnih podataka concept=categories-of-data
heading: kategorije podataka concept=categories-of-data
heading: vrste osobnih podataka concept=categories-of-data
heading: vrste podataka concept=categories-of-data
# "User data" headings name what the service collects.
heading: podaci korisnika concept=categories-of-data
heading: korisnički podaci concept=categories-of-data
heading: podaci o korisnicima concept=categories-of-data
body: prikuplj* weight=2.5 concept=we-collect
body: prikupi* weight=2 concept=we-collect
body: sakuplj* weight=1.5 concept=we-collect
body: dobivamo weight=1.5 concept=we-collect
body: nam pružate weight=2 concept=you-provide
body: nam dajete weight=2 concept=you-provide
body: nam dostavljate weight=2 concept=you-provide
body: nam dostavite weight=2 concept=you-provide
body: koje nam pružite weight=2 concept=you-provide
body: automatski weight=2 concept=automatically
body: kategorij* osobnih podataka weight=2.5 concept=data-categories
body: kategorij* podataka weight=2 concept=data-categories
body: vrst* osobnih podataka weight=2 concept=data-categories
body: izvor* weight=1.5 concept=sources
body: javno dostupn* weight=2 concept=publicly-available
body: ime i prezime weight=2 concept=name
body: prezime* weight=1.5 concept=name
body: ime weight=0.7 concept=name        # also "u ime" (on behalf of)
body: adres* e-pošte weight=1.5 concept=contact-details
body: e-mail adres* weight=1.5 concept=contact-details
body: broj* telefona weight=1.5 concept=contact-details
body: broj* mobitela weight=1.5 concept=contact-details
body: poštansk* adres* weight=1.5 concept=contact-details
body: ip adres* weight=2 concept=device-data
body: identifikator* uređaja weight=2 concept=device-data
body: vrst* preglednika weight=2 concept=device-data
body: operativn* sustav* weight=2 concept=device-data
body: geolokacij* weight=2 concept=location-data
body: podac* o lokaciji weight=2 concept=location-data
body: lokacijsk* podac* weight=2 concept=location-data
body: podac* o korištenju weight=2 concept=usage-data
body: podac* o upotrebi weight=2 concept=usage-data
body: podac* iz zapisnika weight=1.5 concept=usage-data
body: demografsk* weight=1.5 concept=demographic-data
body: podac* o plaćanju weight=1 concept=payment-data
body: podac* o kartici weight=1 concept=payment-data
body: kontaktn* obrasc* weight=1.5 concept=forms
body: kontaktni obrazac weight=1.5 concept=forms
body: obrazac za registraciju weight=1.5 concept=forms
body: registracijsk* obrazac weight=1.5 concept=forms
body: registracijsk* obrasc* weight=1.5 concept=forms
body: obrasc* weight=1 concept=forms
body: obrazac weight=1 concept=forms
body: račun* weight=0.3 concept=account
body: informacij* weight=0.1 concept=information
body: podac* weight=0.1 concept=information
body: podat* weight=0.1 concept=information
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: izvješća o rušenju concept=collected-automatically
heading: izvješća o pogreškama concept=collected-automatically
heading: dijagnostički podaci concept=collected-automatically
heading: dijagnostika concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: ostaje na vašem uređaju weight=2 concept=on-device-data
heading: ostaju na vašem uređaju weight=2 concept=on-device-data
heading: lokalno obrađeni podaci weight=2 concept=on-device-data
heading: obrađuju lokalno weight=2 concept=on-device-data
heading: lokalna obrada weight=2 concept=on-device-data
heading: obrada na uređaju weight=2 concept=on-device-data
body: izvješć* o rušenj* weight=2.5 concept=usage-data
body: zapis* o rušenj* weight=2.5 concept=usage-data
body: zapisnic* za otklanjanje pogrešaka weight=2.5 concept=usage-data
body: dijagnostičk* podat* weight=2 concept=usage-data
body: push token* weight=2.5 concept=device-data
body: push poslužitelj* weight=2 concept=device-data
# Coordinated heading "<collection> and use (of information)" (Information Collection and Use): the collection noun leads.
heading: prikupljanje i korištenje concept=collection-of-information
heading: prikupljanje i upotreba concept=collection-of-information

[use]
heading: kako koristimo vaše podatke concept=how-we-use
heading: kako koristimo vaše osobne podatke concept=how-we-use
heading: kako upotrebljavamo vaše podatke concept=how-we-use
heading: kako koristimo informacije concept=how-we-use
heading: za što koristimo vaše podatke concept=how-we-use
heading: kako koristimo concept=how-we-use
heading: svrh* obrade concept=purposes-of-processing
heading: korištenje podataka concept=use-of-information
heading: korištenje osobnih podataka concept=use-of-information
heading: korištenje informacija concept=use-of-information
heading: upotreba podataka concept=use-of-information
heading: uporaba osobnih podataka concept=use-of-information
heading: svrhe obrade concept=purposes-of-processing
heading: svrha obrade concept=purposes-of-processing
heading: svrhe obrade osobnih podataka concept=purposes-of-processing
heading: svrhe korištenja concept=purposes-of-processing
heading: svrhe concept=purposes-of-processing
heading: u koje svrhe concept=purposes-of-processing
heading: zašto prikupljamo vaše podatke concept=why-we-collect
heading: zašto obrađujemo vaše podatke concept=why-we-collect
heading: svrha prikupljanja concept=why-we-collect
heading: svrha prikupljanja podataka concept=why-we-collect
heading: obrada osobnih podataka concept=processing-of-personal-data
heading: obrada vaših osobnih podataka concept=processing-of-personal-data
heading: kako obrađujemo vaše osobne podatke concept=processing-of-personal-data
heading: kako obrađujemo vaše podatke concept=processing-of-personal-data
body: koristimo weight=2 concept=we-use
body: upotrebljavamo weight=2 concept=we-use
body: obrađujemo weight=1.5 concept=we-use
body: svrh* weight=1.5 concept=purposes
body: u sljedeće svrhe weight=2.5 concept=following-purposes
body: za sljedeće svrhe weight=2.5 concept=following-purposes
body: u navedene svrhe weight=2 concept=following-purposes
body: izrad* profila weight=2 concept=profiling
body: profiliranj* weight=2 concept=profiling
body: automatizirano donošenje odluka weight=1.5 concept=automated-decisions
body: automatizirano pojedinačno donošenje odluka weight=2 concept=automated-decisions
body: automatizirano odlučivanje weight=1.5 concept=automated-decisions
body: pružanj* uslug* weight=1.5 concept=to-provide
body: pružili uslug* weight=1.5 concept=to-provide
body: pružiti uslug* weight=1.5 concept=to-provide
body: ispunjavanj* narudžb* weight=1.5 concept=to-fulfil
body: izvršenj* narudžb* weight=1.5 concept=to-fulfil
body: obrad* narudžb* weight=1.5 concept=to-fulfil
body: isporuk* weight=1 concept=to-fulfil
body: upravljanj* računom weight=1.5 concept=to-administer
body: upravljanj* korisničkim računom weight=1.5 concept=to-administer
body: administracij* weight=1.5 concept=to-administer
body: poboljša* weight=1.5 concept=to-improve
body: unaprjeđ* weight=1.5 concept=to-improve
body: unapređ* weight=1.5 concept=to-improve
body: razvoj* novih weight=2 concept=to-develop
body: razvi* nov* weight=2 concept=to-develop
body: personaliz* weight=2 concept=to-personalise
body: prilagod* weight=1.5 concept=to-personalise
body: komunikacij* s vama weight=2 concept=to-communicate
body: komunicira* s vama weight=2 concept=to-communicate
body: slanj* weight=1 concept=to-send
body: slali weight=1 concept=to-send
body: odgovor* na vaše upite weight=1.5 concept=to-respond
body: odgovori* na vaš* weight=1.5 concept=to-respond
body: korisničk* podršk* weight=1.5 concept=to-respond
body: analiz* weight=1 concept=to-analyse
body: statistik* weight=1 concept=to-analyse
body: statističk* weight=1 concept=to-analyse
body: dijagnostik* weight=2 concept=to-troubleshoot
body: otklanjanj* problema weight=2 concept=to-troubleshoot
body: rješavanj* problema weight=2 concept=to-troubleshoot
body: otklanjanj* pogrešaka weight=2 concept=to-troubleshoot
body: istraživanj* tržišta weight=2 concept=research
body: istraživanj* weight=1.5 concept=research
body: sprječavanj* prijevar* weight=1.5 concept=to-prevent-fraud
body: prijevar* weight=1.5 concept=to-prevent-fraud
body: zlouporab* weight=1 concept=to-prevent-fraud
body: obrad* plaćanja weight=1.5 concept=to-process-transactions
body: plaćanj* weight=1 concept=to-process-transactions
body: transakcij* weight=1.5 concept=to-process-transactions
body: ispunjavanj* zakonskih obveza weight=1 concept=to-comply-with-law
body: ispunjenj* zakonskih obveza weight=1 concept=to-comply-with-law
body: poštivanj* propisa weight=1 concept=to-comply-with-law
# Purpose headings asked with other verbs and "(processed) for the following purposes".
heading: zašto obrađujemo concept=why-we-collect
heading: u sljedeće svrhe concept=purposes-of-processing
heading: automatizirano donošenje odluka concept=automated-decision-making
heading: automatizirano pojedinačno donošenje odluka concept=automated-decision-making
heading: automatizirano odlučivanje concept=automated-decision-making
heading: automatizira* odluk* concept=automated-decision-making
heading: automatizira* odlučivanj* concept=automated-decision-making

[legal-basis]
heading: pravna osnova obrade concept=legal-basis
heading: pravna osnova za obradu concept=legal-basis
heading: pravna osnova za obradu osobnih podataka concept=legal-basis
heading: pravne osnove concept=legal-basis
heading: pravna osnova concept=legal-basis
heading: pravni temelj obrade concept=legal-basis
heading: pravni temelj concept=legal-basis
heading: zakonitost obrade concept=legal-basis
heading: na temelju čega obrađujemo vaše podatke concept=why-allowed
heading: na kojoj pravnoj osnovi obrađujemo vaše podatke concept=why-allowed
heading: zašto smijemo obrađivati vaše podatke concept=why-allowed
body: pravn* osnov* weight=2 concept=legal-basis-term
body: pravn* temelj* weight=2 concept=legal-basis-term
body: legitimn* interes* weight=2 concept=legitimate-interests
body: opravdan* interes* weight=2 concept=legitimate-interests
body: temeljn* prava i slobod* weight=2.5 concept=balancing-test
body: test ravnoteže weight=3 concept=balancing-test
body: odvagivanj* interesa weight=2.5 concept=balancing-test
body: izvršavanj* ugovora weight=3 concept=performance-of-contract
body: izvršenj* ugovora weight=3 concept=performance-of-contract
body: ispunjenj* ugovora weight=3 concept=performance-of-contract
body: sklapanj* ugovora weight=2 concept=performance-of-contract
body: u kojem je ispitanik stranka weight=3 concept=performance-of-contract
body: pravn* obvez* weight=2.5 concept=legal-obligation
body: zakonsk* obvez* weight=2.5 concept=legal-obligation
body: ključn* interes* weight=3 concept=vital-interests
body: životn* važn* interes* weight=3 concept=vital-interests
body: javn* interes* weight=2.5 concept=public-interest
body: čl. 6 weight=2.5 concept=article-6
body: članak 6 weight=2.5 concept=article-6
body: članka 6 weight=2.5 concept=article-6
body: članku 6 weight=2.5 concept=article-6
body: obrada je nužna weight=2.5 concept=processing-necessary
body: obrada nužna weight=2.5 concept=processing-necessary
body: na temelju weight=1 concept=on-the-basis-of
body: temeljem weight=1 concept=on-the-basis-of
body: na osnovi weight=1 concept=on-the-basis-of
body: zakonit* weight=1 concept=lawful
body: privol* weight=1 concept=consent-as-basis
body: nužn* weight=0.5 concept=necessary
# GDPR boilerplate (legal basis, legitimate interests, Art. 6, "on the basis of") stands in every
# subsection of a European policy: lighter body weights; the heading forms still name the section.

[consent]
heading: privola concept=your-consent
heading: vaša privola concept=your-consent
heading: suglasnost concept=your-consent
heading: pristanak concept=your-consent
heading: privola za obradu osobnih podataka concept=your-consent
heading: povlačenje privole concept=withdrawal-of-consent
heading: kako povući privolu concept=withdrawal-of-consent
heading: opoziv privole concept=withdrawal-of-consent
heading: davanje i povlačenje privole concept=withdrawal-of-consent
heading: privola i njezino povlačenje concept=withdrawal-of-consent
body: dajete privolu weight=2.5 concept=you-consent
body: dali privolu weight=2.5 concept=you-consent
body: date privolu weight=2.5 concept=you-consent
body: dajete suglasnost weight=2.5 concept=you-consent
body: pristajete weight=2 concept=you-consent
body: povući weight=3 concept=withdraw
body: povuč* weight=3 concept=withdraw
body: povlačenj* weight=3 concept=withdraw
body: opoziv* weight=3 concept=withdraw
body: predomislite weight=2 concept=change-your-mind
body: slažete se weight=1.5 concept=you-agree
body: suglasni ste weight=1.5 concept=you-agree
body: izričit* privol* weight=2.5 concept=explicit-consent
body: izričit* suglasnost* weight=2.5 concept=explicit-consent
body: dobrovoljn* weight=2.5 concept=freely-given
body: slobodno dan* weight=2.5 concept=freely-given
body: potvrdn* okvir* weight=2 concept=opt-in
body: označavanj* kvadratića weight=2 concept=opt-in
body: aktivn* radnj* weight=2 concept=opt-in
body: dopuštenj* weight=1.5 concept=permission
body: dozvol* weight=1.5 concept=permission
body: zakonitost obrade weight=2.5 concept=without-affecting-lawfulness
body: ne utječe na zakonitost weight=2.5 concept=without-affecting-lawfulness
body: prije povlačenja weight=2.5 concept=without-affecting-lawfulness
body: u bilo kojem trenutku weight=1 concept=at-any-time
body: bilo kada weight=1 concept=at-any-time

[sharing]
heading: dijeljenje podataka concept=sharing-of-information
heading: dijeljenje informacija concept=sharing-of-information
heading: dijeljenje osobnih podataka concept=sharing-of-information
heading: dijeljenje i otkrivanje podataka concept=sharing-of-information
heading: kako dijelimo vaše podatke concept=how-we-share
heading: kako dijelimo vaše informacije concept=how-we-share
heading: podaci koje dijelimo concept=how-we-share
heading: s kim dijelimo vaše podatke concept=who-we-share-with
heading: s kim dijelimo podatke concept=who-we-share-with
heading: primatelji osobnih podataka concept=who-we-share-with
heading: primatelji podataka concept=who-we-share-with
heading: primatelji concept=who-we-share-with
heading: kategorije primatelja concept=who-we-share-with
heading: kome otkrivamo podatke concept=who-we-share-with
heading: kome prosljeđujemo concept=who-we-share-with
heading: prosljeđivanje podataka concept=sharing-of-information
heading: prosljeđivanje osobnih podataka concept=sharing-of-information
heading: kome otkrivamo concept=who-we-share-with
heading: s kim dijelimo concept=who-we-share-with
heading: otkrivanje podataka concept=disclosure-of-information
heading: otkrivanje osobnih podataka concept=disclosure-of-information
heading: otkrivanje podataka trećim stranama concept=disclosure-of-information
heading: treće strane concept=third-parties
heading: dijeljenje s trećim stranama concept=third-parties
heading: pružatelji usluga concept=service-providers-heading
heading: izvršitelji obrade concept=service-providers-heading
heading: poslovni prijenosi concept=business-transfers
heading: promjena vlasništva concept=business-transfers
heading: spajanja i preuzimanja concept=business-transfers
heading: pravni zahtjevi concept=legal-requests
heading: zakonski zahtjevi concept=legal-requests
heading: tijela kaznenog progona concept=legal-requests
heading: prodajemo li vaše podatke concept=sale-of-information
heading: prodaja osobnih podataka concept=sale-of-information
body: dijelimo weight=2 concept=share
body: dijeli weight=2 concept=share
body: dijeliti weight=2 concept=share
body: dijeljenj* weight=2 concept=share
body: podijeli* weight=2 concept=share
body: otkriva* weight=2.5 concept=disclose
body: otkriti weight=2.5 concept=disclose
body: treć* stran* weight=1 concept=third-parties-term
body: treć* osob* weight=1 concept=third-parties-term
body: pružatelj* uslug* weight=2 concept=service-providers
body: izvršitelj* obrade weight=2 concept=service-providers
body: dobavljač* weight=1.5 concept=service-providers
body: u naše ime weight=1.5 concept=on-our-behalf
body: za naš račun weight=1.5 concept=on-our-behalf
body: povezan* društv* weight=2 concept=affiliates
body: povezan* tvrtk* weight=2 concept=affiliates
body: podružnic* weight=2 concept=affiliates
body: ovisn* društv* weight=2 concept=affiliates
body: unutar grupe weight=2 concept=affiliates
body: poslovn* partner* weight=1.5 concept=business-partners
body: primatelj* weight=2 concept=recipients
body: spajanj* weight=2.5 concept=corporate-transaction
body: pripajanj* weight=2.5 concept=corporate-transaction
body: preuzimanj* društva weight=2.5 concept=corporate-transaction
body: stečaj* weight=2.5 concept=corporate-transaction
body: reorganizacij* weight=2 concept=corporate-transaction
body: prodaj* imovine weight=2.5 concept=corporate-transaction
body: tijel* kaznenog progona weight=2 concept=authorities
body: nadležn* tijel* weight=2 concept=authorities
body: državn* tijel* weight=1.5 concept=authorities
body: policij* weight=2 concept=authorities
body: sudsk* nalog* weight=2.5 concept=legal-process
body: sudsk* odluk* weight=2 concept=legal-process
body: u dobroj vjeri weight=2.5 concept=legal-process
body: ne prodajemo weight=1.5 concept=sell
body: prodaj* weight=1.5 concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: prijenos podataka trećim stranama concept=transfer-to-third-parties
heading: prosljeđivanje podataka trećim stranama concept=transfer-to-third-parties
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: hosting concept=service-providers-heading
heading: pružatelj usluge hostinga concept=service-providers-heading
heading: web hosting concept=service-providers-heading
heading: mreža za isporuku sadržaja concept=service-providers-heading
heading: izvršitelji obrade podataka concept=service-providers-heading
heading: praćenje pogrešaka concept=service-providers-heading
body: ugovor* o obradi podataka weight=2 concept=service-providers
body: hostira* weight=2.5 concept=service-providers
body: pružatelj* usluge hostinga weight=2.5 concept=service-providers
body: pružatelj* hostinga weight=2.5 concept=service-providers
body: mreža za isporuku sadržaja weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: platform* u oblaku weight=2 concept=service-providers
body: usluge u oblaku weight=2 concept=service-providers
body: računalstv* u oblaku weight=2 concept=service-providers
body: na poslužiteljima weight=1.5 concept=service-providers
body: praćenje pogrešaka weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: plaćanja weight=2 concept=payments-purchases
heading: obrada plaćanja weight=3 concept=payments-purchases
heading: kupnje unutar aplikacije weight=2 concept=payments-purchases
heading: kupnje u aplikaciji weight=2 concept=payments-purchases
heading: pretplate weight=2 concept=payments-purchases

[cookies]
heading: kolačići concept=cookies
heading: politika kolačića concept=cookies
heading: pravila o kolačićima concept=cookies
heading: upotreba kolačića concept=cookies
heading: korištenje kolačića concept=cookies
heading: kolačići i slične tehnologije concept=tracking-technologies
heading: kolačići i tehnologije praćenja concept=tracking-technologies
heading: tehnologije praćenja concept=tracking-technologies
heading: web-svjetionici concept=web-beacons
heading: pikseli concept=web-beacons
heading: oznake piksela concept=web-beacons
heading: datoteke zapisnika concept=log-files
heading: log datoteke concept=log-files
heading: analitika concept=analytics
heading: analitički alati concept=analytics
body: kolačić* weight=3 concept=cookie
body: cookie* weight=3 concept=cookie
body: tekstualn* datotek* weight=2.5 concept=text-files
body: mal* datotek* weight=2.5 concept=text-files
body: svjetionik* weight=3 concept=web-beacon
body: piksel* weight=2.5 concept=web-beacon
body: pixel* weight=2.5 concept=web-beacon
body: tehnologij* praćenja weight=2.5 concept=tracking-technology
body: sličn* tehnologij* weight=2 concept=tracking-technology
body: praćenj* weight=1.5 concept=tracking-technology
body: lokaln* pohran* weight=2.5 concept=local-storage
body: lokaln* spremišt* weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: trajn* kolačić* weight=2 concept=cookie-lifetime
body: kolačić* sesije weight=2 concept=cookie-lifetime
body: sesijsk* weight=2 concept=cookie-lifetime
body: strogo nužn* weight=2.5 concept=cookie-categories
body: nužn* kolačić* weight=2.5 concept=cookie-categories
body: funkcionaln* kolačić* weight=2 concept=cookie-categories
body: kolačić* izvedbe weight=2 concept=cookie-categories
body: google analytics weight=2.5 concept=analytics-term
body: analitičk* weight=2 concept=analytics-term
heading: web analitika concept=analytics
body: datotek* zapisnika weight=2 concept=log-file
body: log datotek* weight=2 concept=log-file
body: zapisnik* poslužitelja weight=2 concept=log-file
body: sdk weight=2 concept=sdk
body: digitaln* otis* weight=2.5 concept=fingerprinting
body: otis* uređaja weight=2.5 concept=fingerprinting
body: postavk* preglednika weight=1.5 concept=browser-settings
body: preglednik* weight=0.5 concept=browser
body: uređaj* weight=0.5 concept=device

[advertising]
heading: oglašavanje concept=advertising
heading: oglašavanje i marketing concept=advertising
heading: reklamiranje concept=advertising
heading: marketing concept=marketing
heading: izravni marketing concept=marketing
heading: marketinška komunikacija concept=marketing-communications
heading: marketinške obavijesti concept=marketing-communications
heading: promotivne poruke concept=marketing-communications
heading: ciljano oglašavanje concept=interest-based-advertising
heading: oglašavanje temeljeno na interesima concept=interest-based-advertising
heading: personalizirano oglašavanje concept=interest-based-advertising
heading: bihevioralno oglašavanje concept=interest-based-advertising
heading: oglašavanje trećih strana concept=third-party-advertising
heading: oglašivačke mreže concept=third-party-advertising
heading: mreže za oglašavanje concept=third-party-advertising
body: oglas* weight=2.5 concept=ads
body: reklam* weight=2.5 concept=ads
body: banner* weight=2 concept=ads
body: oglašivačk* mrež* weight=3 concept=ad-networks
body: mrež* za oglašavanje weight=3 concept=ad-networks
body: oglašivačk* partner* weight=3 concept=ad-networks
body: partner* za oglašavanje weight=3 concept=ad-networks
body: ciljan* weight=2.5 concept=interest-based
body: na temelju interesa weight=2.5 concept=interest-based
body: temeljen* na interesima weight=2.5 concept=interest-based
body: bihevioraln* weight=2.5 concept=interest-based
body: retargeting* weight=3 concept=retargeting
body: remarketing* weight=3 concept=retargeting
body: marketinšk* komunikacij* weight=2.5 concept=marketing-messages
body: marketinšk* poruk* weight=2.5 concept=marketing-messages
body: newsletter* weight=2.5 concept=marketing-messages
body: bilten* weight=2.5 concept=marketing-messages
body: marketinšk* svrh* weight=2 concept=marketing-purposes
body: izravn* marketing* weight=2 concept=marketing-purposes
body: promocij* weight=2 concept=promotions
body: promotivn* weight=2 concept=promotions
body: posebn* ponud* weight=2 concept=promotions
body: your online choices weight=2.5 concept=ad-industry-programs
body: network advertising initiative weight=3 concept=ad-industry-programs
body: digital advertising alliance weight=3 concept=ad-industry-programs
body: mjerenj* učinkovitosti weight=2 concept=ad-measurement
body: mjeri* učinkovitost* weight=2 concept=ad-measurement
body: interes* weight=0.5 concept=interests

[do-not-track]
heading: do not track concept=do-not-track
heading: signali do not track concept=do-not-track
heading: ne prati concept=do-not-track
heading: kako odgovaramo na signale do not track concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: globalna kontrola privatnosti concept=global-privacy-control
heading: signali preferencija concept=preference-signals
heading: signali preglednika concept=preference-signals
body: dnt weight=3 concept=dnt-signal
body: do not track weight=3 concept=dnt-signal
body: signal* ne prati weight=3 concept=dnt-signal
body: gpc weight=3 concept=gpc-signal
body: global privacy control weight=3 concept=gpc-signal
body: globaln* kontrol* privatnosti weight=3 concept=gpc-signal
body: signal* preferencij* weight=3 concept=opt-out-preference-signal
body: signal* preglednika weight=2.5 concept=opt-out-preference-signal
body: univerzaln* mehaniz* weight=3 concept=opt-out-preference-signal
body: jedinstven* standard* weight=3 concept=no-uniform-standard
body: ujednačen* standard* weight=3 concept=no-uniform-standard
body: ne odgovaramo weight=2.5 concept=do-not-respond
body: ne reagiramo weight=2.5 concept=do-not-respond
body: ne reagira weight=2 concept=do-not-respond
body: prepozna* weight=1.5 concept=honor-signals
body: poštuj* weight=1 concept=honor-signals
body: tijekom vremena i na weight=2.5 concept=cross-site-tracking
body: na različitim web stranicama weight=2 concept=cross-site-tracking
body: preglednik* weight=0.5 concept=browser-dnt

[choices]
heading: vaši izbori concept=your-choices
heading: vaše mogućnosti concept=your-choices
heading: vaše mogućnosti izbora concept=your-choices
heading: vaše opcije concept=your-choices
heading: odjava concept=opting-out
heading: kako se odjaviti concept=opting-out
heading: isključivanje concept=opting-out
heading: upravljanje postavkama concept=managing-preferences
heading: upravljanje preferencijama concept=managing-preferences
heading: postavke komunikacije concept=managing-preferences
heading: postavke privatnosti concept=managing-preferences
heading: otkazivanje pretplate concept=unsubscribing
heading: odjava s popisa concept=unsubscribing
heading: odjava od primanja obavijesti concept=unsubscribing
heading: odjava od primanja concept=unsubscribing
body: odjav* weight=3 concept=opt-out
body: opt-out weight=3 concept=opt-out
body: otkaž* pretplat* weight=3 concept=unsubscribe
body: otkazivanj* pretplat* weight=3 concept=unsubscribe
body: prestati primati weight=3 concept=unsubscribe
body: prestanak primanja weight=3 concept=unsubscribe
body: možete odabrati weight=2.5 concept=choose-not-to
body: možete odlučiti weight=2.5 concept=choose-not-to
body: odlučiti ne weight=2.5 concept=choose-not-to
body: odbi* weight=2 concept=decline
body: promotivn* e-poruk* weight=2 concept=promotional-emails
body: promotivn* e-mail* weight=2 concept=promotional-emails
body: preferencij* weight=1.5 concept=preferences
body: postavk* weight=1.5 concept=settings
body: postavk* računa weight=2 concept=settings
body: onemogući* weight=2 concept=disable
body: isključi* weight=2 concept=disable
body: deaktivir* weight=2 concept=disable
body: push obavijest* weight=2 concept=device-permissions
body: usluge lokacije weight=2 concept=device-permissions
body: lokacijsk* uslug* weight=2 concept=device-permissions
body: na dnu weight=1.5 concept=unsubscribe-link
body: nećete moći weight=1.5 concept=consequences-of-refusal
body: možda nećete moći weight=1.5 concept=consequences-of-refusal
body: prima* weight=0.5 concept=receive

[rights]
heading: vaša prava concept=your-rights
heading: koja su vaša prava concept=your-rights
heading: prava ispitanika concept=your-rights
heading: prava korisnika concept=your-rights
heading: vaša prava u vezi sa zaštitom osobnih podataka concept=your-rights
heading: vaša prava na privatnost concept=your-rights
heading: ostvarivanje prava concept=exercising-rights
heading: ostvarivanje vaših prava concept=exercising-rights
heading: kako ostvariti svoja prava concept=exercising-rights
heading: prava i zahtjevi concept=exercising-rights
heading: kako podnijeti zahtjev concept=exercising-rights
heading: pristup i ispravak concept=access-and-correction
heading: pristup podacima i ispravak concept=access-and-correction
heading: pristup vašim podacima concept=access-and-correction
heading: ispravak i brisanje concept=access-and-correction
# The GDPR's Croatian names of the data subject's rights (čl. 15-22 GDPR).
heading: pravo na pristup concept=access-and-correction
heading: pravo ispitanika na pristup concept=access-and-correction
heading: pravo na ispravak concept=access-and-correction
heading: pravo na brisanje concept=your-rights
heading: pravo na zaborav concept=your-rights
heading: pravo na ograničenje obrade concept=your-rights
heading: pravo na prenosivost podataka concept=your-rights
heading: pravo na prigovor concept=your-rights
heading: pravo na podnošenje prigovora concept=exercising-rights
heading: ovlašteni zastupnici concept=authorized-agents
heading: ovlašteni predstavnici concept=authorized-agents
body: pravo na pristup weight=3 concept=right-of-access
body: pravo pristupa weight=3 concept=right-of-access
body: pristup* weight=1.5 concept=access
body: ispravak weight=2 concept=rectification
body: ispravk* weight=2 concept=rectification
body: ispravi* weight=2 concept=rectification
body: netočn* weight=2 concept=rectification
body: brisanj* weight=3 concept=erasure
body: izbrisa* weight=3 concept=erasure
body: pravo na zaborav weight=3 concept=erasure
body: prenosivost* weight=3 concept=portability
body: strojno čitljiv* weight=2.5 concept=portability
body: pravo na prigovor weight=3 concept=right-to-object
body: prigovor* weight=2 concept=right-to-object
body: ograničenj* obrade weight=3 concept=restriction
body: ograniči* weight=1.5 concept=restriction
body: pritužb* weight=2.5 concept=complaint-to-authority
body: nadzorn* tijel* weight=3 concept=complaint-to-authority
body: agencij* za zaštitu osobnih podataka weight=3 concept=complaint-to-authority
body: azop weight=3 concept=complaint-to-authority
body: ostvari* weight=2 concept=exercise-rights
body: potvrdi* vaš* identitet* weight=2 concept=verify-identity
body: provjer* identiteta weight=2 concept=verify-identity
body: utvrđivanj* identiteta weight=2 concept=verify-identity
body: ovlašten* zastupnik* weight=2.5 concept=authorized-agent
body: ovlašten* predstavnik* weight=2.5 concept=authorized-agent
body: diskrimin* weight=1.5 concept=non-discrimination
body: ispitanik* weight=2 concept=data-subject-rights
body: kopij* weight=1 concept=copy-of-data
body: zahtjev* weight=0.3 concept=request

[retention]
heading: čuvanje podataka concept=data-retention
heading: čuvanje osobnih podataka concept=data-retention
heading: zadržavanje podataka concept=data-retention
heading: razdoblje čuvanja concept=retention-period
heading: razdoblje čuvanja podataka concept=retention-period
heading: rok čuvanja concept=retention-period
heading: rok čuvanja podataka concept=retention-period
heading: razdoblje pohrane concept=retention-period
heading: rok* čuvanja concept=retention-period
heading: koliko dugo čuvamo concept=how-long-we-keep
heading: koliko dugo čuvamo vaše podatke concept=how-long-we-keep
heading: koliko dugo čuvamo vaše osobne podatke concept=how-long-we-keep
heading: koliko dugo pohranjujemo podatke concept=how-long-we-keep
heading: koliko dugo zadržavamo vaše podatke concept=how-long-we-keep
heading: pohrana i čuvanje podataka concept=storage-and-retention
heading: pohrana podataka concept=storage-and-retention
heading: čuvanje i brisanje podataka concept=retention-and-deletion
body: čuva* weight=3 concept=retain
body: zadržava* weight=3 concept=retain
body: onoliko dugo koliko je potrebno weight=3 concept=as-long-as-necessary
body: koliko je potrebno weight=3 concept=as-long-as-necessary
body: dok je potrebno weight=2.5 concept=as-long-as-necessary
body: razdoblje potrebno weight=2.5 concept=as-long-as-necessary
body: više nisu potrebni weight=2.5 concept=no-longer-needed
body: više nije potrebno weight=2.5 concept=no-longer-needed
body: više nisu potrebni za weight=2.5 concept=no-longer-needed
body: prestanka potrebe weight=2.5 concept=no-longer-needed
body: zadržati weight=1.5 concept=keep
body: zadržat ćemo weight=1.5 concept=keep
body: pohranjuj* weight=1 concept=store
body: pohran* weight=1 concept=store
body: kriterij* weight=2 concept=retention-criteria
body: duljin* razdoblja weight=2 concept=retention-criteria
body: anonimiz* weight=2 concept=anonymise
body: uništ* weight=2 concept=destroy
body: trajno izbris* weight=2 concept=destroy
body: arhiv* weight=2 concept=archive
body: zastar* weight=2.5 concept=legal-retention-requirements
body: računovodstven* propis* weight=2.5 concept=legal-retention-requirements
body: porezn* propis* weight=2.5 concept=legal-retention-requirements
body: zakonsk* rok* weight=2.5 concept=legal-retention-requirements
body: neaktivn* weight=2 concept=inactive-accounts
body: godin* weight=0.5 concept=years

[security]
heading: sigurnost concept=data-security
heading: sigurnost podataka concept=data-security
heading: sigurnost informacija concept=data-security
heading: sigurnost vaših podataka concept=data-security
heading: sigurnost osobnih podataka concept=data-security
heading: sigurnost i zaštita podataka concept=data-security
heading: sigurnosne mjere concept=security-measures
heading: mjere zaštite concept=security-measures
heading: mjere zaštite podataka concept=security-measures
heading: tehničke i organizacijske mjere concept=security-measures
heading: kako štitimo vaše podatke concept=how-we-protect
heading: kako štitimo vaše osobne podatke concept=how-we-protect
heading: zaštita vaših podataka concept=how-we-protect
heading: zaštita vaših osobnih podataka concept=how-we-protect
heading: kako štitimo concept=how-we-protect
body: sigurn* weight=2 concept=secure
body: zaštitn* mjer* weight=2.5 concept=safeguards
body: odgovarajuć* zaštit* weight=2.5 concept=safeguards
body: enkripcij* weight=3 concept=encryption
body: šifriranj* weight=3 concept=encryption
body: šifrira* weight=3 concept=encryption
body: kriptiranj* weight=3 concept=encryption
body: ssl weight=3 concept=encryption
body: tls weight=3 concept=encryption
body: neovlašten* pristup* weight=3 concept=unauthorized-access
body: gubit* weight=1.5 concept=loss-misuse-alteration
body: zlouporab* weight=2.5 concept=loss-misuse-alteration
body: neovlašten* izmjen* weight=2.5 concept=loss-misuse-alteration
body: uništenj* weight=2 concept=loss-misuse-alteration
body: tehničk* i organizacijsk* mjer* weight=3 concept=technical-organisational-measures
body: organizacijsk* mjer* weight=2.5 concept=technical-organisational-measures
body: fizičk* weight=1.5 concept=physical-safeguards
body: vatrozid* weight=3 concept=technical-controls
body: firewall* weight=3 concept=technical-controls
body: lozink* weight=2 concept=technical-controls
body: kontrol* pristupa weight=2.5 concept=technical-controls
body: povred* osobnih podataka weight=3 concept=breach
body: povred* sigurnosti weight=2.5 concept=breach
body: sigurnosn* incident* weight=3 concept=breach
body: ranjivost* weight=2.5 concept=breach
body: povjerljiv* weight=1.5 concept=confidentiality
body: ne možemo jamčiti weight=2.5 concept=no-guarantee
body: ne možemo zajamčiti weight=2.5 concept=no-guarantee
body: potpuno sigurn* weight=2.5 concept=no-guarantee
body: na vlastit* rizik* weight=2.5 concept=no-guarantee
body: nijedan način prijenosa weight=3 concept=no-guarantee
body: industrijsk* standard* weight=2 concept=industry-standard
body: štitimo weight=1 concept=protect
body: štiti* weight=1 concept=protect
body: osigura* weight=0.5 concept=ensure
body: jamči* weight=0.5 concept=ensure
# Personal-data breaches and their notification: a security topic.
heading: povreda osobnih podataka concept=data-security

[children]
heading: djeca concept=childrens-privacy
heading: privatnost djece concept=childrens-privacy
heading: zaštita privatnosti djece concept=childrens-privacy
heading: osobni podaci djece concept=childrens-privacy
heading: podaci o djeci concept=childrens-privacy
heading: djeca mlađa od 16 godina concept=age-limits
heading: dobna ograničenja concept=age-limits
heading: dobno ograničenje concept=age-limits
heading: dobna granica concept=age-limits
heading: maloljetnici concept=minors
heading: maloljetne osobe concept=minors
heading: korištenje usluga od strane maloljetnika concept=minors
body: djec* weight=3 concept=children
body: dijete weight=3 concept=children
body: djetet* weight=3 concept=children
body: dječj* weight=2.5 concept=children
body: maloljetn* weight=2.5 concept=minors-teens
body: tinejdžer* weight=2.5 concept=minors-teens
body: adolescent* weight=2.5 concept=minors-teens
body: mlađ* od weight=2.5 concept=age-threshold
body: godina starosti weight=2.5 concept=age-threshold
body: godina života weight=2.5 concept=age-threshold
body: navršen* godin* weight=2.5 concept=age-threshold
body: roditelj* weight=2.5 concept=parents-guardians
body: skrbnik* weight=2.5 concept=parents-guardians
body: zakonsk* zastupnik* weight=2.5 concept=parents-guardians
body: roditeljsk* privol* weight=3 concept=parental-consent
body: privol* roditelja weight=3 concept=parental-consent
body: suglasnost* roditelja weight=3 concept=parental-consent
body: provjerljiv* privol* weight=3 concept=parental-consent
body: coppa weight=3 concept=coppa
body: svjesno weight=2.5 concept=knowingly-collect
body: svjesno ne prikupljamo weight=3 concept=knowingly-collect
body: nisu namijenjen* weight=2 concept=not-directed-to-children
body: nije namijenjen* weight=2 concept=not-directed-to-children
body: nisu usmjeren* weight=2 concept=not-directed-to-children
body: ako saznamo weight=2 concept=if-we-learn
body: ako utvrdimo weight=2 concept=if-we-learn
body: dob weight=1.5 concept=age
body: dobi weight=1.5 concept=age
body: starost* weight=1.5 concept=age
body: maloljetan weight=0.5 concept=minor

[international]
heading: međunarodni prijenosi concept=international-transfers
heading: međunarodni prijenos podataka concept=international-transfers
heading: prekogranični prijenos podataka concept=international-transfers
heading: prijenos podataka u treće zemlje concept=international-transfers
heading: prijenos osobnih podataka u treće zemlje concept=international-transfers
heading: prijenos izvan eu concept=international-transfers
heading: prijenos izvan egp-a concept=international-transfers
heading: prijenos podataka izvan europskog gospodarskog prostora concept=international-transfers
heading: prijenos podataka concept=data-transfers
heading: prijenos osobnih podataka concept=data-transfers
heading: prijenos informacija concept=data-transfers
heading: gdje pohranjujemo vaše podatke concept=where-we-store
heading: gdje se čuvaju vaši podaci concept=where-we-store
heading: lokacija obrade concept=where-we-store
heading: mjesto obrade podataka concept=where-we-store
heading: pohrana podataka weight=1 concept=where-we-store
heading: gdje pohranjujemo weight=2 concept=where-we-store
heading: gdje čuvamo weight=2 concept=where-we-store
heading: gdje se pohranjuju weight=2 concept=where-we-store
body: prijenos* weight=1.5 concept=transfer
body: prenije* weight=1.5 concept=transfer
body: prenosimo weight=1.5 concept=transfer
body: prekograničn* weight=3 concept=cross-border
body: treć* zem* weight=2 concept=other-countries
body: drug* zem* weight=2.5 concept=other-countries
body: izvan vaše zemlje weight=2.5 concept=other-countries
body: izvan eu weight=2.5 concept=eea
body: izvan egp weight=3 concept=eea
body: izvan europskog gospodarskog prostora weight=3 concept=eea
body: europsk* gospodarsk* prostor* weight=2 concept=eea
body: egp weight=2 concept=eea
body: sjedinjen* američk* držav* weight=1 concept=united-states
body: sjedinjen* držav* weight=1 concept=united-states
body: standardn* ugovorn* klauzul* weight=2 concept=transfer-safeguards
body: obvezujuć* korporativn* pravil* weight=2 concept=transfer-safeguards
body: odgovarajuć* zaštitn* mjer* weight=2 concept=transfer-safeguards
body: primjerenost* weight=2.5 concept=adequacy
body: odluk* o primjerenosti weight=2.5 concept=adequacy
body: data privacy framework weight=2.5 concept=privacy-frameworks
body: privacy shield weight=2.5 concept=privacy-frameworks
body: niž* razin* zaštite weight=2 concept=less-protective
body: jurisdikcij* weight=2 concept=jurisdictions
body: poslužitelj* smješten* weight=2.5 concept=server-location
body: poslužitelj* weight=1.5 concept=server-location
body: pohranjen* u weight=1.5 concept=server-location
body: diljem svijeta weight=1.5 concept=around-the-world
body: širom svijeta weight=1.5 concept=around-the-world
# One sentence on transfers to the USA (standard contractual clauses, adequacy) in a subsection
# about a social network or cloud service must not outweigh its practice: lighter transfer body
# terms; the headings ("International transfers") still name real transfer sections.

[regional]
heading: stanovnici kalifornije concept=california
heading: za stanovnike kalifornije concept=california
heading: obavijest za stanovnike kalifornije concept=california
heading: vaša prava na privatnost u kaliforniji concept=california
heading: stanovnici nevade concept=us-state-rights
heading: prava na privatnost u saveznim državama sad-a concept=us-state-rights
heading: prava stanovnika saveznih država concept=us-state-rights
heading: obavijest za stanovnike europskog gospodarskog prostora concept=eea-gdpr-notice
heading: informacije za korisnike iz eu concept=eea-gdpr-notice
heading: usklađenost s gdpr-om concept=eea-gdpr-notice
heading: usklađenost s općom uredbom o zaštiti podataka concept=eea-gdpr-notice
heading: odredbe za pojedine jurisdikcije concept=jurisdiction-specific
heading: dodatne informacije za određene jurisdikcije concept=jurisdiction-specific
heading: regionalne odredbe concept=jurisdiction-specific
body: kaliforni* weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: shine the light weight=3 concept=california-law
body: građansk* zakonik* kalifornije weight=2.5 concept=california-law
body: nevad* weight=3 concept=us-states
body: virgini* weight=3 concept=us-states
body: colorad* weight=3 concept=us-states
body: connecticut* weight=3 concept=us-states
body: stanovni* weight=2 concept=residents
body: rezident* weight=2 concept=residents
body: potrošač* weight=1.5 concept=consumers
body: nemojte prodavati weight=3 concept=do-not-sell
body: prodaja ili dijeljenje weight=3 concept=do-not-sell
body: prodaju ili dijeljenje weight=3 concept=do-not-sell
body: međukontekstualn* bihevioraln* oglašavanj* weight=3 concept=cross-context-advertising
body: oglašavanj* u različitim kontekstima weight=3 concept=cross-context-advertising
body: financijsk* poticaj* weight=3 concept=financial-incentives
body: prethodnih 12 mjeseci weight=3 concept=preceding-12-months
body: posljednjih 12 mjeseci weight=3 concept=preceding-12-months
body: prethodnih dvanaest mjeseci weight=3 concept=preceding-12-months
body: gdpr weight=2.5 concept=eu-gdpr
body: europsk* unij* weight=2 concept=eu-gdpr
body: brazil* weight=2 concept=brazil-lgpd
body: lgpd weight=3 concept=brazil-lgpd
body: kanad* weight=2 concept=canada-pipeda
body: pipeda weight=3 concept=canada-pipeda
body: držav* weight=0.5 concept=state
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
heading: regionalni dodaci concept=jurisdiction-specific

[third-party-sites]
heading: web stranice trećih strana concept=third-party-websites
heading: internetske stranice trećih strana concept=third-party-websites
heading: druge web stranice concept=third-party-websites
heading: poveznice na druge web stranice concept=links-to-other-sites
heading: poveznice na stranice trećih strana concept=links-to-other-sites
heading: poveznice na druge stranice concept=links-to-other-sites
heading: linkovi na druge stranice concept=links-to-other-sites
heading: vanjske poveznice concept=links-to-other-sites
heading: poveznice trećih strana concept=links-to-other-sites
heading: usluge trećih strana concept=third-party-services
heading: dodaci društvenih mreža concept=social-media-plugins
heading: značajke društvenih mreža concept=social-media-plugins
heading: društvene mreže concept=social-media-plugins
heading: pravila o privatnosti trećih strana weight=2 concept=third-party-privacy-policies
heading: politike privatnosti trećih strana weight=2 concept=third-party-privacy-policies
body: poveznic* weight=2.5 concept=links
body: link* weight=2.5 concept=links
body: hipervez* weight=3 concept=links
body: druge web stranice weight=2.5 concept=other-sites
body: drugih web stranica weight=2.5 concept=other-sites
body: drug* internetsk* stranic* weight=2.5 concept=other-sites
body: vanjsk* stranic* weight=2.5 concept=other-sites
body: stranic* trećih strana weight=2.5 concept=other-sites
body: kojima upravljaju treće strane weight=2.5 concept=other-sites
body: aplikacij* trećih strana weight=2 concept=third-party-applications
body: uslug* trećih strana weight=2.5 concept=third-party-applications
body: vanjsk* aplikacij* weight=2 concept=third-party-applications
body: dodac* društvenih mreža weight=2.5 concept=plugins
body: nismo odgovorni weight=3 concept=not-responsible
body: ne snosimo odgovornost weight=3 concept=not-responsible
body: nemamo kontrolu weight=3 concept=not-responsible
body: nemamo nadzor weight=2.5 concept=not-responsible
body: vlastit* pravil* o privatnosti weight=3 concept=their-privacy-policies
body: njihov* pravil* o privatnosti weight=3 concept=their-privacy-policies
body: njihov* politik* privatnosti weight=3 concept=their-privacy-policies
body: preporučujemo vam weight=2.5 concept=encourage-review
body: potičemo vas weight=2.5 concept=encourage-review
body: napustite naš* weight=2.5 concept=leave-our-site
body: napuštanj* naše weight=2.5 concept=leave-our-site
body: plugin* weight=2.5 concept=plugins
body: priključ* weight=2 concept=plugins
body: widget* weight=2.5 concept=plugins
body: sadržaj* weight=0.5 concept=content
body: pregleda* weight=0.5 concept=review
body: provjeri* weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: društveni mediji concept=social-media-presence
heading: društvenim mrežama concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: podaci koje prikupljaju treće strane concept=third-party-data-collection
heading: prikupljaju treće strane concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: ugrađeni sadržaj concept=third-party-services
heading: sadržaj trećih strana concept=third-party-services
heading: ugrađeni videozapisi concept=third-party-services
heading: sinkronizacija u oblaku concept=third-party-services
heading: vanjske usluge concept=third-party-services
heading: korištenje usluga trećih strana concept=third-party-services
heading: biblioteke trećih strana concept=third-party-services
heading: alati trećih strana concept=third-party-services
body: ugrađen* sadržaj* weight=2.5 concept=plugins
body: ugrađujemo weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: sadržaj* trećih strana weight=3 concept=other-sites
body: dodaci društvenih mreža weight=2.5 concept=plugins
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: prošireni način privatnosti weight=2.5 concept=plugins
body: poboljšani način privatnosti weight=2.5 concept=plugins
body: prijavljeni na svoj račun weight=1.5 concept=plugins
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: mrežne veze weight=2 concept=network-connections
heading: mrežni zahtjevi weight=2 concept=network-connections
heading: vanjske veze weight=2 concept=network-connections
heading: napušta vaš uređaj weight=2 concept=network-connections
heading: napuštaju vaš uređaj weight=2 concept=network-connections
heading: šalje putem interneta weight=2 concept=network-connections
heading: šalju putem interneta weight=2 concept=network-connections
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
heading: izmjene pravila concept=changes-to-policy
heading: izmjene ovih pravila concept=changes-to-policy
heading: promjene ovih pravila concept=changes-to-policy
heading: izmjene pravila o privatnosti concept=changes-to-policy
heading: promjene pravila o privatnosti concept=changes-to-policy
heading: izmjene politike privatnosti concept=changes-to-policy
heading: promjene politike privatnosti concept=changes-to-policy
heading: ažuriranja pravila concept=policy-updates
heading: ažuriranje ovih pravila concept=policy-updates
heading: ažuriranja concept=policy-updates
heading: obavijest o izmjenama concept=notification-of-changes
heading: obavještavanje o promjenama concept=notification-of-changes
heading: izmjene i dopune concept=amendments
heading: završne odredbe concept=amendments
heading: stupanje na snagu concept=entry-into-force
heading: datum stupanja na snagu concept=entry-into-force
body: izmjen* weight=2 concept=change-update
body: izmijeni* weight=2 concept=change-update
body: promjen* weight=1.5 concept=change-update
body: promijeni* weight=1.5 concept=change-update
body: ažurira* weight=2 concept=change-update
body: dopun* weight=1.5 concept=change-update
body: revidira* weight=2 concept=change-update
body: datum stupanja na snagu weight=3 concept=effective-date
body: stupa na snagu weight=3 concept=effective-date
body: na snazi od weight=3 concept=effective-date
body: vrijedi od weight=3 concept=effective-date
body: posljednje ažuriranje weight=3 concept=effective-date
body: zadnje ažuriranje weight=3 concept=effective-date
body: zadnja izmjena weight=3 concept=effective-date
body: posljednji put ažuriran* weight=3 concept=effective-date
body: s vremena na vrijeme weight=2.5 concept=from-time-to-time
body: povremeno weight=2.5 concept=from-time-to-time
body: bitn* promjen* weight=3 concept=material-changes
body: značajn* promjen* weight=3 concept=material-changes
body: bitn* izmjen* weight=3 concept=material-changes
body: nastavkom korištenja weight=3 concept=continued-use
body: daljnjim korištenjem weight=3 concept=continued-use
body: nastavite li koristiti weight=3 concept=continued-use
body: redovito provjerava* weight=2.5 concept=check-back
body: povremeno pregleda* weight=2.5 concept=check-back
body: najnovij* verzij* weight=2 concept=latest-version
body: aktualn* verzij* weight=2 concept=latest-version
body: važeć* verzij* weight=2 concept=latest-version
body: stupaju na snagu odmah weight=2.5 concept=effective-immediately
body: odmah weight=1.5 concept=effective-immediately
body: zadržavamo pravo weight=2 concept=reserve-the-right
body: obavijestit ćemo vas weight=1.5 concept=notify-you
body: obavijestiti vas weight=1.5 concept=notify-you
body: objav* weight=1 concept=posting
body: verzij* weight=1 concept=version
body: obavijest* weight=0.5 concept=notice

[contact]
heading: kontakt concept=contact-us
heading: kontakti concept=contact-us
heading: kontaktirajte nas concept=contact-us
heading: obratite nam se concept=contact-us
heading: kako nas kontaktirati concept=how-to-contact
heading: kako nam se obratiti concept=how-to-contact
heading: kontaktni podaci concept=contact-information
heading: kontakt podaci concept=contact-information
heading: kontaktne informacije concept=contact-information
heading: pitanja concept=questions
heading: pitanja i nedoumice concept=questions
heading: pitanja i komentari concept=questions
heading: službenik za zaštitu podataka concept=data-protection-officer
heading: službenik za zaštitu osobnih podataka concept=data-protection-officer
body: kontaktirajte nas weight=3 concept=please-contact
body: kontaktirajte weight=2.5 concept=please-contact
body: obratite nam se weight=3 concept=please-contact
body: obratite se weight=3 concept=please-contact
body: pišite nam weight=3 concept=please-contact
body: možete nas kontaktirati weight=3 concept=please-contact
body: javite nam se weight=3 concept=please-contact
body: pitanj* weight=2 concept=questions-comments
body: komentar* weight=1.5 concept=questions-comments
body: nedoumic* weight=1.5 concept=questions-comments
body: upit* weight=2 concept=questions-comments
body: službenik* za zaštitu weight=3 concept=dpo
body: dpo weight=3 concept=dpo
body: poštansk* adres* weight=2 concept=postal-address
body: sa sjedištem weight=2 concept=postal-address
body: oib weight=2.5 concept=postal-address
body: telefon* weight=1.5 concept=telephone
body: e-poštom weight=1.5 concept=by-email
body: putem e-pošte weight=1.5 concept=by-email
body: e-mailom weight=1.5 concept=by-email
body: korisničk* služb* weight=1.5 concept=customer-service
body: služb* za korisnike weight=1.5 concept=customer-service
body: adres* weight=0.3 concept=address
# The controller's identity and address (GDPR Art. 13(1)(a)): contact, not intro.
heading: voditelj obrade concept=contact-information
heading: identitet voditelja obrade concept=contact-information
heading: podaci o voditelju obrade concept=contact-information

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
