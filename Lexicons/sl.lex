# Slovenian lexicon
# Slovenian (slovenščina) is the language of Slovenia (official EU language), also spoken by
# Slovenian minorities in Italy (Friuli Venezia Giulia), Austria (Carinthia, Styria) and
# Hungary (Porabje).
# Legal vocabulary: the Slovenian text of the GDPR, "Splošna uredba o varstvu podatkov"
# (SUVP, Uredba (EU) 2016/679), and the "Zakon o varstvu osebnih podatkov" (ZVOP-2, Uradni
# list RS, št. 163/22): upravljavec (controller), obdelovalec (processor), posameznik, na
# katerega se nanašajo osebni podatki (data subject), obdelava osebnih podatkov, privolitev
# (consent; policies also write "soglasje"), zakoniti interes, izvajanje pogodbe, zakonska
# obveznost, življenjski interesi, pooblaščena oseba za varstvo osebnih podatkov (DPO),
# Informacijski pooblaščenec (IP, the supervisory authority), kršitev varstva osebnih
# podatkov (breach), oblikovanje profilov (profiling), hramba (retention). ZVOP-2 sets the
# age of a child's own consent to information-society services at 15.
# Policies say "Politika zasebnosti", "Pravilnik o zasebnosti" or "Izjava o varstvu osebnih
# podatkov"; cookies are "piškotki".
# Conventions: standard Slovenian with full diacritics (č š ž). Inflected words are written
# as stems with a trailing * (podat* = podatki, podatkov, podatke, podatkih; piškot* =
# piškotek, piškotki, piškotkov); no @prefixes/@suffixes (Slovenian is fusional). Stems are
# cut after the part that would match unrelated words (obdelav* not obdel*, which would
# also take obdelovalec). Dual forms (dva dneva, dve leti) are listed in [units].
# Sources read for vocabulary (wording, not text, was taken):
#   anze25/eshop, resources/lang/sl/privacy.php (no licence file in the repository)
#   trampy5/zakljucna_naloga, zasebnost.php (no licence file in the repository)
#   codeeu/codeweek, resources/views/static/sl/privacy.blade.php and
#     resources/lang/sl/privacy-statement.php (European Commission's Code Week; read in
#     excerpts; no licence file found)
#   pagopa/io-app, locales/sl/profile/profile_download_data.md (MIT; read in excerpt)
@language sl
@name Slovenian
@fold-accents no     # č/š/ž tell words apart (koš/kos, žal/zal) and tell Slovenian from Croatian (ć, đ) and Slovak/Czech spellings; the other shipped Slavic lexicons keep accents too

[profile]
# Function words first, then words frequent in privacy policies.
# weight=3: Slovenian, not Croatian, Slovak, Czech or Polish: ki, lahko,
#           tudi, kot, če, ali (or), bomo, jih, podatkov, zasebnosti, piškotki, privolitev,
#           upravljavec, hramba, uporabljamo ...
# weight=1 or 0.5: words Croatian, Slovak or Czech list too (je, se, na, za, da, od, do, po,
#           pri, o, s, z, v, ne, vaše, naše), so that they do not pull those texts here, and
#           Slovenian words that are also English, French or Portuguese words (in, so, let,
#           le, pa, ta, to, tem): they must not pull English or Romance texts here.
in weight=1
ki weight=3
je weight=0.5
so weight=1   # Slovak "so" (with) is rare in policies
se weight=0.5
na weight=0.5
za weight=0.5
v weight=0.5
z weight=0.5
s weight=0.5
od weight=0.5
do weight=0.5
po weight=0.5
pri weight=0.5
o weight=0.5
iz weight=1            # also Croatian "iz"
k weight=0.5
ter weight=3
ali weight=3           # Croatian "ali" means "but"
oziroma weight=3
da weight=0.5
ne weight=0.5
če weight=3
kadar weight=3
ko weight=1
kot weight=3
tudi weight=3
lahko weight=3
samo weight=1
le weight=1
zato weight=3
vendar weight=3
pa weight=1
ker weight=3
kjer weight=3
kako weight=1          # also Croatian "kako"
kateri weight=3
katere weight=3
katerih weight=3
katerim weight=3
kateremu weight=3
ga weight=1
jih weight=3
jim weight=3
njihove weight=1
njihovih weight=1
smo weight=1
ste weight=0.5
bomo weight=3
boste weight=3
bo weight=3
bodo weight=3
bi weight=1
biti weight=1
morda weight=3
moramo weight=3
imate weight=3
imamo weight=3
nimamo weight=3
vaše weight=0.5
vaših weight=1
vašo weight=3
vaš weight=1
vam weight=1
vas weight=1
nas weight=0.5
nam weight=0.5
naše weight=0.5
našega weight=3
naših weight=1
naši weight=1
svoje weight=1
svojih weight=1
te weight=0.5
ta weight=1
to weight=0.5
tem weight=1
teh weight=2
tej weight=3
vse weight=1
vseh weight=2
vsi weight=1
drugih weight=1
zlasti weight=3
npr weight=1
podatki weight=3
podatkov weight=3
podatke weight=3
podatkih weight=3
osebni weight=1
osebnih weight=2
osebne weight=1
osebnimi weight=3
obdelave weight=3
obdelavo weight=3
obdelava weight=3
obdelujemo weight=3
upravljavec weight=3
upravljavca weight=3
posameznik weight=3
posameznika weight=3
posameznikov weight=3
zasebnosti weight=3
zasebnost weight=3
varstvo weight=3
varstva weight=3
varstvu weight=3
privolitev weight=3
privolitve weight=3
soglasje weight=3
pravico weight=3
pravice weight=2
pravica weight=3
informacije weight=0.5
storitev weight=3
storitve weight=2
storitvami weight=3
uporabnik weight=3
uporabniki weight=3
uporabnikov weight=3
uporabnika weight=3
spletne weight=2
spletni weight=2
spletno weight=3
spletnem weight=3
spletnega weight=3
mesto weight=1
strani weight=1
piškotki weight=3
piškotkov weight=3
piškotke weight=3
tretjim weight=3
tretje weight=1
tretjih weight=1
osebe weight=1
osebam weight=3
namen weight=3
namene weight=3
namenom weight=3
hrambe weight=3
hranimo weight=3
zbiramo weight=3
uporabljamo weight=3
posredujemo weight=3
uporabe weight=3
uporabo weight=3
skladu weight=2
zvezi weight=2
podlagi weight=2
primeru weight=3
ukrepe weight=3
zahtevo weight=3
zahteve weight=3
obdobje weight=3
let weight=0.5
leta weight=0.5
dni weight=3
otrok weight=3
otroci weight=3
brskalnika weight=3
napravi weight=3
naprave weight=1
podjetje weight=3
družba weight=3
nastavitve weight=2
spremembe weight=2
cookies weight=0.5

[units]
year: leto, leta, let, letu, letom, leti, letih
month: mesec, meseca, mesecev, mesece, mesecu, meseci, mesecih, mesecema
week: teden, tedna, tednov, tedne, tednu, tedni, tednih
day: dan, dneva, dni, dnevi, dnevu, dnevih, dnevom, dneve
hour: ura, ure, ur, uro, urah, uri
minute: minuta, minute, minut, minuto, minutah
business-day: delovni dan, delovnih dni, delovnih dneh, delovna dneva, delovnega dne, delovnega dneva

[numbers]
# Whole words, with the oblique forms used after prepositions (v roku tridesetih dni;
# otroci, mlajši od petnajstih let). Slovenian has a dual: dva/dve (2).
1: ena, en, eno, enega, eni, enem, enim
2: dva, dve, dveh, dvema
3: tri, trije, treh, trem
4: štiri, štirje, štirih
5: pet, petih
6: šest, šestih
7: sedem, sedmih
8: osem, osmih
9: devet, devetih
10: deset, desetih
12: dvanajst, dvanajstih
13: trinajst, trinajstih
14: štirinajst, štirinajstih
15: petnajst, petnajstih
16: šestnajst, šestnajstih
18: osemnajst, osemnajstih
20: dvajset, dvajsetih
24: štiriindvajset, štiriindvajsetih
30: trideset, tridesetih
60: šestdeset
90: devetdeset, devetdesetih
100: sto

[references]
gdpr: gdpr, splošna uredba o varstvu podatkov, splošne uredbe o varstvu podatkov, splošno uredbo o varstvu podatkov, splošni uredbi o varstvu podatkov, suvp, uredba (eu) 2016/679, uredbe (eu) 2016/679, uredbo (eu) 2016/679, uredbi (eu) 2016/679, uredba 2016/679, uredbe 2016/679
ccpa: ccpa, kalifornijski zakon o zasebnosti potrošnikov, kalifornijskega zakona o zasebnosti potrošnikov
cpra: cpra, kalifornijski zakon o pravicah do zasebnosti
coppa: coppa, zakon o varstvu zasebnosti otrok na spletu
lgpd: lgpd, brazilski splošni zakon o varstvu podatkov, lei geral de proteção de dados
pipeda: pipeda, kanadski zakon o varstvu osebnih podatkov in elektronskih dokumentih
# Personal Data Protection Act (Uradni list RS, št. 163/22).
si-zvop-2: zvop-2, zakon o varstvu osebnih podatkov, zakona o varstvu osebnih podatkov, zakonom o varstvu osebnih podatkov, zakonu o varstvu osebnih podatkov, uradni list rs, št. 163/22
# Electronic Communications Act (cookies: Article 225 ZEKom-2).
si-zekom-2: zekom-2, zakon o elektronskih komunikacijah, zakona o elektronskih komunikacijah

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
pogoji uporabe
splošni pogoji
splošni pogoji uporabe
pogoji storitve
veljavno pravo
uporabno pravo
pravo, ki se uporablja
veljavno pravo in pristojnost
pristojnost sodišča
pristojno sodišče
jurisdikcija
ločljivost
ločljivost določb
celotna pogodba
brez odpovedi pravicam
višja sila
zavrnitev odgovornosti
izjava o omejitvi odgovornosti
omejitev odgovornosti
prevodi
prevod
drugi prevodi
jezikovne različice
angleška različica ima prednost
slovenska različica ima prednost
licenca
avtorske pravice
copyright
zahvale
kazalo
kazalo vsebine

# ---------------------------------------------------------------------------------------
# Sections.
intelektualna lastnina

[intro]
heading: uvod concept=introduction
heading: splošno concept=introduction
heading: splošne določbe concept=introduction
heading: splošne informacije concept=introduction
heading: povzetek concept=summary
heading: pregled concept=summary
heading: na kratko concept=summary
heading: ključne točke concept=summary
heading: o tej politiki concept=about-this-policy
heading: o tej politiki zasebnosti concept=about-this-policy
heading: o tem pravilniku concept=about-this-policy
heading: o tej izjavi concept=about-this-policy
heading: namen politike zasebnosti concept=about-this-policy
heading: področje uporabe concept=scope
heading: obseg uporabe concept=scope
heading: za koga velja ta politika concept=scope
heading: veljavnost politike concept=scope
heading: kdo smo concept=who-we-are
heading: kdo smo mi concept=who-we-are
heading: naša zavezanost zasebnosti concept=commitment-to-privacy
heading: naša zaveza varstvu zasebnosti concept=commitment-to-privacy
heading: skrb za vašo zasebnost concept=commitment-to-privacy
heading: sprejem politike zasebnosti concept=acceptance
heading: sprejetje pogojev concept=acceptance
heading: strinjanje s politiko concept=acceptance
heading: politika zasebnosti weight=0.5 concept=privacy-policy-title
heading: pravilnik o zasebnosti weight=0.5 concept=privacy-policy-title
heading: izjava o zasebnosti weight=0.5 concept=privacy-policy-title
heading: izjava o varstvu osebnih podatkov weight=0.5 concept=privacy-policy-title
heading: varstvo osebnih podatkov weight=0.5 concept=privacy-policy-title
heading: obvestilo o zasebnosti weight=0.5 concept=privacy-policy-title
heading: politika varstva osebnih podatkov weight=0.5 concept=privacy-policy-title
body: ta politika opisuje weight=2.5 concept=policy-describes
body: ta politika zasebnosti pojasnjuje weight=2.5 concept=policy-describes
body: ta izjava pojasnjuje weight=2.5 concept=policy-describes
body: pojasnjuje* weight=1.5 concept=policy-describes
body: opisuje* weight=1.5 concept=policy-describes
body: velja za weight=2 concept=policy-applies-to
body: se nanaša na weight=2 concept=policy-applies-to
body: ne velja za weight=2.5 concept=policy-applies-to
body: uporablja se za weight=2 concept=policy-applies-to
body: z uporabo weight=1.5 concept=by-using
body: z dostopom do weight=1.5 concept=by-using
body: z obiskom weight=1.5 concept=by-using
body: sprejemate weight=1.5 concept=acceptance-of-policy
body: se strinjate weight=1.5 concept=acceptance-of-policy
body: sprejem* weight=1 concept=acceptance-of-policy
body: če se ne strinjate weight=2 concept=if-you-do-not-agree
body: če se s tem ne strinjate weight=2 concept=if-you-do-not-agree
body: zavezani smo weight=2 concept=committed-to-privacy
body: spoštujemo vašo zasebnost weight=2 concept=committed-to-privacy
body: cenimo vašo zasebnost weight=2 concept=committed-to-privacy
body: se zavezujemo weight=2 concept=committed-to-privacy
body: v nadaljnjem besedilu weight=1.5 concept=referred-to-as
body: v nadaljevanju weight=1 concept=referred-to-as
body: pogoj* uporabe weight=1 concept=terms-of-use
body: splošn* pogoj* weight=1 concept=terms-of-use
body: pogoj* poslovanja weight=1 concept=terms-of-use
body: natančno preberite weight=1.5 concept=please-read
body: pozorno preberite weight=1.5 concept=please-read
body: prosimo preberite weight=1.5 concept=please-read
body: ta politika zasebnosti weight=0.5 concept=this-privacy-policy
body: te politike zasebnosti weight=0.5 concept=this-privacy-policy
body: ta pravilnik weight=0.5 concept=this-privacy-policy
body: ta izjava weight=0.5 concept=this-privacy-policy
body: zasebnost* weight=0.3 concept=privacy
body: spletn* mest* weight=0.3 concept=website
body: spletn* stran* weight=0.3 concept=website
body: aplikacij* weight=0.3 concept=website
body: storitv* weight=0.3 concept=services
body: storitev weight=0.3 concept=services
body: podjetj* weight=0.3 concept=company
body: družb* weight=0.3 concept=company
heading: o nas weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
# The question "Who is the controller?" introduces the policy's author (the bare noun and
# "identity of the controller" head its address: contact).
heading: kdo je upravljavec weight=2 concept=who-we-are
heading: kdo je upravljavec osebnih podatkov weight=2 concept=who-we-are
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary

[definitions]
heading: opredelitve pojmov concept=definitions
heading: opredelitve concept=definitions
heading: definicije concept=definitions
heading: definicije pojmov concept=definitions
heading: pomen izrazov concept=definitions
heading: pojmi concept=key-terms
heading: ključni pojmi concept=key-terms
heading: uporabljeni izrazi concept=key-terms
heading: slovar pojmov concept=key-terms
heading: izrazi, uporabljeni v tej politiki concept=key-terms
heading: razlaga pojmov concept=interpretation
heading: razlaga in opredelitve concept=interpretation
heading: razlaga concept=interpretation
heading: kaj pomeni concept=what-we-mean-by
heading: kaj mislimo s concept=what-we-mean-by
heading: kaj so osebni podatki concept=what-we-mean-by
body: pomeni weight=3 concept=means
body: pomenijo weight=3 concept=means
body: je opredeljen* weight=3 concept=means
body: se šteje weight=2 concept=means
body: so vsi podatki weight=2.5 concept=means
body: se nanaša na weight=2.5 concept=refers-to
body: se nanašajo na weight=2.5 concept=refers-to
body: naslednji izrazi weight=3 concept=defined-terms-intro
body: naslednje opredelitve weight=3 concept=defined-terms-intro
body: izraz weight=2 concept=defined-terms-intro
body: izraz* weight=1.5 concept=defined-terms-intro
body: pojm* weight=1.5 concept=defined-terms-intro
body: za namene te politike weight=2.5 concept=as-used-in-this-policy
body: v tej politiki weight=1.5 concept=as-used-in-this-policy
body: v smislu te politike weight=2.5 concept=as-used-in-this-policy
body: osebni podatki so weight=3 concept=personal-data-means
body: osebni podatek je weight=3 concept=personal-data-means
body: osebni podatki pomenijo weight=3 concept=personal-data-means
body: določen* ali določljiv* weight=2.5 concept=identifiable-person
body: določljiv* posameznik* weight=2.5 concept=identifiable-person
body: identificiran* ali weight=2 concept=identifiable-person
body: fizičn* oseb* weight=1.5 concept=identifiable-person
body: v nadaljnjem besedilu weight=2 concept=hereinafter
body: upravljav* weight=1 concept=gdpr-roles
body: obdelovalc* weight=1 concept=gdpr-roles
body: obdelovalec weight=1 concept=gdpr-roles
body: posameznik, na katerega se nanašajo osebni podatki weight=1 concept=gdpr-roles
body: vključuj* weight=0.5 concept=includes
body: uporabnik* weight=0.3 concept=user
body: osebn* podat* weight=0.2 concept=personal-data

[collection]
heading: katere podatke zbiramo concept=what-we-collect
heading: katere osebne podatke zbiramo concept=what-we-collect
heading: podatki, ki jih zbiramo concept=what-we-collect
heading: osebni podatki, ki jih zbiramo concept=what-we-collect
heading: katere podatke obdelujemo concept=what-we-collect
heading: podatki, ki jih obdelujemo concept=what-we-collect
heading: informacije, ki jih zbiramo concept=what-we-collect
heading: zbrani podatki concept=what-we-collect
heading: hranimo naslednje informacije concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: dovoljenja weight=2 concept=what-we-collect
heading: dovoljenja aplikacije weight=2 concept=what-we-collect
heading: zbiranje podatkov concept=collection-of-information
heading: zbiranje osebnih podatkov concept=collection-of-information
heading: zbiranje informacij concept=collection-of-information
heading: pridobivanje osebnih podatkov concept=collection-of-information
heading: viri osebnih podatkov concept=sources-of-information
heading: viri podatkov concept=sources-of-information
heading: od kod pridobimo podatke concept=sources-of-information
heading: podatki, ki nam jih posredujete concept=information-you-provide
heading: podatki, ki nam jih zagotovite concept=information-you-provide
heading: podatki, ki jih posredujete concept=information-you-provide
heading: informacije, ki nam jih posredujete concept=information-you-provide
heading: kontaktni obrazec weight=3 concept=information-you-provide
heading: samodejno zbrani podatki concept=collected-automatically
heading: podatki, ki se zbirajo samodejno concept=collected-automatically
heading: samodejno zbiranje podatkov concept=collected-automatically
heading: kako zbiramo podatke concept=how-we-collect
heading: kako zbiramo vaše podatke concept=how-we-collect
heading: kako pridobimo vaše podatke concept=how-we-collect
heading: način zbiranja podatkov concept=how-we-collect
heading: vrste osebnih podatkov concept=categories-of-data
heading: vrste podatkov concept=categories-of-data
heading: kategorije osebnih podatkov concept=categories-of-data
heading: kategorije podatkov concept=categories-of-data
# "User data" headings name what the service collects.
heading: podatki uporabnikov concept=categories-of-data
heading: uporabniški podatki concept=categories-of-data
heading: podatki o uporabnikih concept=categories-of-data
body: zbiramo weight=2 concept=we-collect
body: zbira* weight=2 concept=we-collect
body: zberemo weight=2 concept=we-collect
body: zbran* weight=2 concept=we-collect
body: pridobi* weight=1.5 concept=we-collect
body: pridobljen* weight=1.5 concept=we-collect
body: nam posredujete weight=2 concept=you-provide
body: nam zagotovite weight=2 concept=you-provide
body: ki jih posredujete weight=2 concept=you-provide
body: ki jih vnesete weight=2 concept=you-provide
body: navedete weight=1.5 concept=you-provide
body: prostovoljno weight=1.5 concept=you-provide
body: samodejno weight=2 concept=automatically
body: avtomatsko weight=2 concept=automatically
body: avtomatično weight=2 concept=automatically
body: kategorij* osebnih podatkov weight=2.5 concept=data-categories
body: vrst* osebnih podatkov weight=2.5 concept=data-categories
body: vrst* podatkov weight=2 concept=data-categories
body: vir* weight=1.5 concept=sources
body: iz javnih virov weight=2 concept=publicly-available
body: javno dostopn* weight=2 concept=publicly-available
body: elektronsk* naslov* weight=1.5 concept=contact-details
body: e-poštn* naslov* weight=1.5 concept=contact-details
body: telefonsk* številk* weight=1.5 concept=contact-details
body: kontaktn* podat* weight=1.5 concept=contact-details
body: naslov* bivališča weight=1.5 concept=contact-details
body: ip-naslov* weight=2 concept=device-data
body: ip naslov* weight=2 concept=device-data
body: naslov ip weight=2 concept=device-data
body: vrst* brskalnika weight=2 concept=device-data
body: operacijsk* sistem* weight=2 concept=device-data
body: identifikator* naprave weight=2 concept=device-data
body: podatk* o napravi weight=2 concept=device-data
body: lokacij* weight=2 concept=location-data
body: geolokacij* weight=2 concept=location-data
body: podatk* o uporabi weight=2 concept=usage-data
body: dnevnišk* podatk* weight=2 concept=usage-data
body: aktivnost* uporabnikov weight=1.5 concept=usage-data
body: demografsk* weight=1.5 concept=demographic-data
body: datum rojstva weight=1.5 concept=demographic-data
body: spol weight=1 concept=demographic-data
body: plačilni* podat* weight=1 concept=payment-data
body: podatk* o plačilu weight=1 concept=payment-data
body: podatk* o kartici weight=1 concept=payment-data
body: številk* kartice weight=1 concept=payment-data
body: obrazc* weight=1.5 concept=forms
body: obrazec weight=1.5 concept=forms
body: registracij* weight=1 concept=forms
body: ime in priimek weight=1 concept=name
body: ime weight=1 concept=name
body: priimek weight=1 concept=name
body: račun* weight=0.3 concept=account
body: uporabnišk* račun* weight=0.3 concept=account
body: podat* weight=0.1 concept=information
body: informacij* weight=0.1 concept=information
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: poročila o zrušitvah concept=collected-automatically
heading: poročila o napakah concept=collected-automatically
heading: diagnostični podatki concept=collected-automatically
heading: diagnostika concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: ostane v vaši napravi weight=2 concept=on-device-data
heading: ostanejo v vaši napravi weight=2 concept=on-device-data
heading: ostane na vaši napravi weight=2 concept=on-device-data
heading: lokalno obdelani podatki weight=2 concept=on-device-data
heading: obdelujejo lokalno weight=2 concept=on-device-data
heading: lokalno shranjeni podatki weight=2 concept=on-device-data
heading: lokalna obdelava weight=2 concept=on-device-data
heading: obdelava v napravi weight=2 concept=on-device-data
body: poročil* o zrušitv* weight=2.5 concept=usage-data
body: dnevnik* zrušitev weight=2.5 concept=usage-data
body: dnevnik* za odpravljanje napak weight=2.5 concept=usage-data
body: diagnostičn* podatk* weight=2 concept=usage-data
body: push žeton* weight=2.5 concept=device-data
body: push token* weight=2.5 concept=device-data
body: push strežnik* weight=2 concept=device-data
# Coordinated heading "<collection> and use (of information)" (Information Collection and Use): the collection noun leads.
heading: zbiranje in uporaba concept=collection-of-information

[use]
heading: kako uporabljamo vaše podatke concept=how-we-use
heading: kako uporabljamo vaše osebne podatke concept=how-we-use
heading: kako uporabljamo informacije concept=how-we-use
heading: kako uporabljamo podatke concept=how-we-use
heading: za kaj uporabljamo vaše podatke concept=how-we-use
heading: kako uporabljamo concept=how-we-use
heading: namen* obdelave concept=purposes-of-processing
heading: uporaba podatkov concept=use-of-information
heading: uporaba osebnih podatkov concept=use-of-information
heading: uporaba informacij concept=use-of-information
heading: uporaba zbranih podatkov concept=use-of-information
heading: nameni obdelave concept=purposes-of-processing
heading: namen obdelave concept=purposes-of-processing
heading: nameni obdelave osebnih podatkov concept=purposes-of-processing
heading: nameni uporabe concept=purposes-of-processing
heading: nameni concept=purposes-of-processing
heading: za katere namene concept=purposes-of-processing
heading: zakaj zbiramo vaše podatke concept=why-we-collect
heading: zakaj obdelujemo vaše podatke concept=why-we-collect
heading: namen zbiranja podatkov concept=why-we-collect
heading: namen zbiranja concept=why-we-collect
heading: obdelava osebnih podatkov concept=processing-of-personal-data
heading: obdelava vaših osebnih podatkov concept=processing-of-personal-data
heading: obdelava podatkov concept=processing-of-personal-data
heading: kako obdelujemo vaše osebne podatke concept=processing-of-personal-data
body: uporabljamo weight=2 concept=we-use
body: uporabimo weight=2 concept=we-use
body: uporabljali weight=1.5 concept=we-use
body: obdelujemo weight=1.5 concept=we-use
body: namen* weight=1.5 concept=purposes
body: za naslednje namene weight=2.5 concept=following-purposes
body: v naslednje namene weight=2.5 concept=following-purposes
body: za namene weight=2 concept=following-purposes
body: oblikovanj* profilov weight=2 concept=profiling
body: profiliranj* weight=2 concept=profiling
body: avtomatizirano sprejemanje odločitev weight=1.5 concept=automated-decisions
body: avtomatizirano odločanje weight=1.5 concept=automated-decisions
body: avtomatizirane odločitve weight=1.5 concept=automated-decisions
body: zagotavljanj* storitev weight=1.5 concept=to-provide
body: izvajanj* storitev weight=1.5 concept=to-provide
body: zagotovi* storitv* weight=1.5 concept=to-provide
body: delovanj* spletnega mesta weight=1.5 concept=to-provide
body: izpolnitev naročil* weight=1.5 concept=to-fulfil
body: izvedb* naročil* weight=1.5 concept=to-fulfil
body: obdelav* naročil* weight=1.5 concept=to-fulfil
body: dostav* weight=1 concept=to-fulfil
body: upravljanj* uporabniškega računa weight=1.5 concept=to-administer
body: upravljanj* računa weight=1.5 concept=to-administer
body: upravljanj* spletnega mesta weight=1.5 concept=to-administer
body: izboljšanj* weight=1.5 concept=to-improve
body: izboljša* weight=1.5 concept=to-improve
body: razvoj* novih weight=2 concept=to-develop
body: razvija* nov* weight=2 concept=to-develop
body: prilagoditev vsebin* weight=2 concept=to-personalise
body: prilagaja* weight=1.5 concept=to-personalise
body: personaliz* weight=2 concept=to-personalise
body: komunikacij* z vami weight=2 concept=to-communicate
body: komunicira* z vami weight=2 concept=to-communicate
body: stopi* v stik z vami weight=2 concept=to-communicate
body: pošiljanj* weight=1 concept=to-send
body: pošilja* weight=1 concept=to-send
body: odgovor* na vaša vprašanja weight=1.5 concept=to-respond
body: odgovarja* na weight=1.5 concept=to-respond
body: podpor* uporabnikom weight=1.5 concept=to-respond
body: analiz* weight=1 concept=to-analyse
body: statistik* weight=1 concept=to-analyse
body: statističn* weight=1 concept=to-analyse
body: odpravljanj* napak weight=2 concept=to-troubleshoot
body: odprav* težav weight=2 concept=to-troubleshoot
body: diagnostik* weight=2 concept=to-troubleshoot
body: tržn* raziskav* weight=2 concept=research
body: raziskav* weight=1.5 concept=research
body: preprečevanj* goljufij weight=1.5 concept=to-prevent-fraud
body: goljufij* weight=1.5 concept=to-prevent-fraud
body: zlorab* weight=1 concept=to-prevent-fraud
body: obdelav* plačil weight=1.5 concept=to-process-transactions
body: plačil* weight=1 concept=to-process-transactions
body: transakcij* weight=1.5 concept=to-process-transactions
body: izpolnjevanj* zakonskih obveznosti weight=1 concept=to-comply-with-law
body: izpolnitev zakonskih obveznosti weight=1 concept=to-comply-with-law
body: skladnost* z zakonodajo weight=1 concept=to-comply-with-law
# Purpose headings asked with other verbs and "(processed) for the following purposes".
heading: zakaj obdelujemo concept=why-we-collect
heading: za naslednje namene concept=purposes-of-processing
heading: avtomatizirano sprejemanje odločitev concept=automated-decision-making
heading: avtomatizirano odločanje concept=automated-decision-making
heading: avtomatizirane odločitve concept=automated-decision-making
heading: avtomatizira* odloč* concept=automated-decision-making

[legal-basis]
heading: pravna podlaga concept=legal-basis
heading: pravne podlage concept=legal-basis
heading: pravna podlaga za obdelavo concept=legal-basis
heading: pravne podlage za obdelavo concept=legal-basis
heading: pravne podlage za obdelavo osebnih podatkov concept=legal-basis
heading: zakonitost obdelave concept=legal-basis
heading: podlaga za obdelavo concept=legal-basis
heading: na kateri podlagi obdelujemo vaše podatke concept=why-allowed
heading: na kakšni podlagi obdelujemo podatke concept=why-allowed
heading: zakaj smemo obdelovati vaše podatke concept=why-allowed
body: pravn* podlag* weight=2 concept=legal-basis-term
body: zakonsk* podlag* weight=2 concept=legal-basis-term
body: zakonit* interes* weight=2 concept=legitimate-interests
body: upravičen* interes* weight=2 concept=legitimate-interests
body: temeljnimi pravicami in svoboščinami weight=2.5 concept=balancing-test
body: temeljne pravice in svoboščine weight=2.5 concept=balancing-test
body: tehtanj* interesov weight=2.5 concept=balancing-test
body: izvajanj* pogodbe weight=3 concept=performance-of-contract
body: izvajanje pogodbe weight=3 concept=performance-of-contract
body: izpolnitev pogodbe weight=3 concept=performance-of-contract
body: sklenitev pogodbe weight=2.5 concept=performance-of-contract
body: pogodbenih obveznosti weight=2.5 concept=performance-of-contract
body: zakonsk* obveznost* weight=2.5 concept=legal-obligation
body: pravn* obveznost* weight=2.5 concept=legal-obligation
body: zakonsk* dolžnost* weight=2.5 concept=legal-obligation
body: življenjsk* interes* weight=3 concept=vital-interests
body: javn* interes* weight=2.5 concept=public-interest
body: izvajanj* javne oblasti weight=2.5 concept=public-interest
body: člen 6 weight=2.5 concept=article-6
body: 6. člen* weight=2.5 concept=article-6
body: člena 6 weight=2.5 concept=article-6
body: obdelava je potrebna weight=2.5 concept=processing-necessary
body: je potrebna za weight=2 concept=processing-necessary
body: na podlagi weight=1 concept=on-the-basis-of
body: zakonit* weight=1 concept=lawful
body: zakonito weight=1 concept=lawful
body: privolitev weight=1 concept=consent-as-basis
body: privolitv* weight=1 concept=consent-as-basis
body: potrebn* weight=0.5 concept=necessary
body: nujn* weight=0.5 concept=necessary
# GDPR boilerplate (legal basis, legitimate interests, Art. 6, "on the basis of") stands in every
# subsection of a European policy: lighter body weights; the heading forms still name the section.

[consent]
heading: privolitev concept=your-consent
heading: vaša privolitev concept=your-consent
heading: soglasje concept=your-consent
heading: vaše soglasje concept=your-consent
heading: privolitev v obdelavo concept=your-consent
heading: preklic privolitve concept=withdrawal-of-consent
heading: umik privolitve concept=withdrawal-of-consent
heading: preklic soglasja concept=withdrawal-of-consent
heading: kako prekličete privolitev concept=withdrawal-of-consent
body: privoli* weight=2.5 concept=you-consent
body: soglaša* weight=2.5 concept=you-consent
body: dali privolitev weight=2.5 concept=you-consent
body: dali soglasje weight=2.5 concept=you-consent
body: na podlagi vaše privolitve weight=2.5 concept=you-consent
body: preklic* weight=3 concept=withdraw
body: prekliče* weight=3 concept=withdraw
body: umakn* weight=3 concept=withdraw
body: umik* weight=2.5 concept=withdraw
body: si premislite weight=2 concept=change-your-mind
body: se strinjate weight=1.5 concept=you-agree
body: strinja* weight=1.5 concept=you-agree
body: izrecn* privolitev weight=2.5 concept=explicit-consent
body: izrecn* soglasje weight=2.5 concept=explicit-consent
body: izrecno weight=2 concept=explicit-consent
body: prostovoljn* weight=2.5 concept=freely-given
body: svobodno dan* weight=2.5 concept=freely-given
body: označite polje weight=2 concept=opt-in
body: s klikom weight=1.5 concept=opt-in
body: potrditveno polje weight=2 concept=opt-in
body: dovoljenj* weight=1.5 concept=permission
body: ne vpliva na zakonitost weight=2.5 concept=without-affecting-lawfulness
body: zakonitost* obdelave pred preklicem weight=2.5 concept=without-affecting-lawfulness
body: kadar koli weight=1 concept=at-any-time
body: kadarkoli weight=1 concept=at-any-time
body: vsak čas weight=1 concept=at-any-time

[sharing]
heading: deljenje podatkov concept=sharing-of-information
heading: posredovanje podatkov concept=sharing-of-information
heading: posredovanje osebnih podatkov concept=sharing-of-information
heading: deljenje in razkritje podatkov concept=sharing-of-information
heading: izmenjava podatkov concept=sharing-of-information
heading: deljenje osebnih podatkov concept=sharing-of-information
heading: s kom delimo concept=who-we-share-with
heading: kako delimo vaše podatke concept=how-we-share
heading: s kom delimo vaše podatke concept=who-we-share-with
heading: komu posredujemo vaše podatke concept=who-we-share-with
heading: prejemniki osebnih podatkov concept=who-we-share-with
heading: prejemniki podatkov concept=who-we-share-with
heading: uporabniki osebnih podatkov concept=who-we-share-with
heading: komu posredujemo concept=who-we-share-with
heading: razkritje podatkov concept=disclosure-of-information
heading: razkritje osebnih podatkov concept=disclosure-of-information
heading: razkritje informacij concept=disclosure-of-information
heading: tretje osebe concept=third-parties
heading: tretje strani concept=third-parties
heading: posredovanje tretjim osebam concept=third-parties
heading: deljenje s tretjimi osebami concept=third-parties
heading: ponudniki storitev concept=service-providers-heading
heading: zunanji izvajalci concept=service-providers-heading
heading: pogodbeni obdelovalci concept=service-providers-heading
heading: obdelovalci concept=service-providers-heading
heading: prenos poslovanja concept=business-transfers
heading: poslovni prenosi concept=business-transfers
heading: združitve in prevzemi concept=business-transfers
heading: pravne zahteve concept=legal-requests
heading: zahteve državnih organov concept=legal-requests
heading: organi pregona concept=legal-requests
heading: ali prodajamo vaše podatke concept=sale-of-information
heading: prodaja osebnih podatkov concept=sale-of-information
heading: prodaja podatkov concept=sale-of-information
body: delimo weight=2 concept=share
body: deli* weight=1.5 concept=share
body: posredujemo weight=2 concept=share
body: posredovanj* weight=2 concept=share
body: posreduj* weight=1 concept=share # also "you provide" (ki nam jih posredujete)
body: posredova* weight=1 concept=share
body: razkrij* weight=2.5 concept=disclose
body: razkri* weight=2.5 concept=disclose
body: razkritj* weight=2.5 concept=disclose
body: tretjim osebam weight=1 concept=third-parties-term
body: tretje osebe weight=1 concept=third-parties-term
body: tretjih oseb weight=1 concept=third-parties-term
body: tretjim stranem weight=1 concept=third-parties-term
body: tretje strani weight=1 concept=third-parties-term
body: ponudnik* storitev weight=2 concept=service-providers
body: zunanj* izvajalc* weight=2 concept=service-providers
body: pogodbeni* obdelovalc* weight=2 concept=service-providers
body: dobavitelj* weight=1.5 concept=service-providers
body: v našem imenu weight=1.5 concept=on-our-behalf
body: za nas weight=0.5 concept=on-our-behalf
body: povezan* družb* weight=2 concept=affiliates
body: hčerinsk* družb* weight=2 concept=affiliates
body: skupin* družb weight=2 concept=affiliates
body: poslovn* partner* weight=1.5 concept=business-partners
body: prejemnik* weight=2 concept=recipients
body: združitev weight=2.5 concept=corporate-transaction
body: združitv* weight=2.5 concept=corporate-transaction
body: prevzem* weight=2 concept=corporate-transaction
body: stečaj* weight=2.5 concept=corporate-transaction
body: prodaj* sredstev weight=2.5 concept=corporate-transaction
body: reorganizacij* weight=2.5 concept=corporate-transaction
body: organ* pregona weight=2 concept=authorities
body: državn* organ* weight=2 concept=authorities
body: polic* weight=2 concept=authorities
body: pristojn* organ* weight=2 concept=authorities
body: sodišč* weight=2 concept=legal-process
body: sodn* odločb* weight=2.5 concept=legal-process
body: sodn* nalog* weight=2.5 concept=legal-process
body: v dobri veri weight=2.5 concept=legal-process
body: prodaja* weight=1.5 concept=sell
body: ne prodajamo weight=1.5 concept=sell
body: prodaj* weight=1 concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: posredovanje podatkov tretjim osebam concept=transfer-to-third-parties
heading: prenos podatkov tretjim osebam concept=transfer-to-third-parties
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: gostovanje concept=service-providers-heading
heading: ponudnik gostovanja concept=service-providers-heading
heading: spletno gostovanje concept=service-providers-heading
heading: omrežje za dostavo vsebin concept=service-providers-heading
heading: obdelovalci osebnih podatkov concept=service-providers-heading
heading: spremljanje napak concept=service-providers-heading
body: pogodb* o obdelavi osebnih podatkov weight=2 concept=service-providers
body: pogodb* o obdelavi podatkov weight=2 concept=service-providers
body: gostovan* weight=2.5 concept=service-providers
body: ponudnik* gostovanja weight=2.5 concept=service-providers
body: omrežje za dostavo vsebin weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: platform* v oblaku weight=2 concept=service-providers
body: storitv* v oblaku weight=2 concept=service-providers
body: računalništv* v oblaku weight=2 concept=service-providers
body: na strežnikih weight=1.5 concept=service-providers
body: spremljanje napak weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: plačila weight=2 concept=payments-purchases
heading: obdelava plačil weight=3 concept=payments-purchases
heading: nakupi v aplikaciji weight=2 concept=payments-purchases
heading: naročnine weight=2 concept=payments-purchases

[cookies]
heading: piškotki concept=cookies
heading: uporaba piškotkov concept=cookies
heading: politika piškotkov concept=cookies
heading: piškotki in podobne tehnologije concept=tracking-technologies
heading: piškotki in druge tehnologije sledenja concept=tracking-technologies
heading: tehnologije sledenja concept=tracking-technologies
heading: spletni svetilniki concept=web-beacons
heading: spletne oznake concept=web-beacons
heading: slikovne pike concept=web-beacons
heading: dnevniške datoteke concept=log-files
heading: dnevniki strežnika concept=log-files
heading: sistemski dnevniki concept=log-files
heading: analitika concept=analytics
heading: analitična orodja concept=analytics
heading: spletna analitika concept=analytics
body: piškot* weight=3 concept=cookie
body: cookie* weight=3 concept=cookie
body: majhn* besediln* datotek* weight=2.5 concept=text-files
body: besediln* datotek* weight=2.5 concept=text-files
body: majhn* datotek* weight=2 concept=text-files
body: spletn* svetilnik* weight=3 concept=web-beacon
body: slikovn* pik* weight=3 concept=web-beacon
body: pikseln* oznak* weight=3 concept=web-beacon
body: pixel* weight=3 concept=web-beacon
body: tehnologij* sledenja weight=2.5 concept=tracking-technology
body: podobn* tehnologij* weight=2.5 concept=tracking-technology
body: sledenj* weight=2 concept=tracking-technology
body: lokaln* shramb* weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: sejn* piškot* weight=2 concept=cookie-lifetime
body: trajn* piškot* weight=2 concept=cookie-lifetime
body: obstojn* piškot* weight=2 concept=cookie-lifetime
body: nujno potrebn* weight=2.5 concept=cookie-categories
body: nujn* piškot* weight=2.5 concept=cookie-categories
body: funkcionaln* piškot* weight=2.5 concept=cookie-categories
body: analitičn* piškot* weight=2.5 concept=cookie-categories
body: oglaševaln* piškot* weight=2.5 concept=cookie-categories
body: google analytics weight=2 concept=analytics-term
body: analitik* weight=2 concept=analytics-term
body: dnevnišk* datotek* weight=2 concept=log-file
body: dnevnik* strežnika weight=2 concept=log-file
body: sistemsk* dnevnik* weight=2 concept=log-file
body: sdk weight=2 concept=sdk
body: kompleti za razvoj programske opreme weight=2 concept=sdk
body: prstn* odtis* naprave weight=2.5 concept=fingerprinting
body: fingerprint* weight=2.5 concept=fingerprinting
body: nastavitv* brskalnika weight=1.5 concept=browser-settings
body: nastavitvah brskalnika weight=1.5 concept=browser-settings
body: brskalnik* weight=0.5 concept=browser
body: naprav* weight=0.5 concept=device
body: končn* naprav* weight=0.5 concept=device

[advertising]
heading: oglaševanje concept=advertising
heading: oglasi concept=advertising
heading: oglaševanje in trženje concept=advertising
heading: trženje concept=marketing
heading: neposredno trženje concept=marketing
heading: marketing concept=marketing
heading: tržna sporočila concept=marketing-communications
heading: obveščanje o novostih concept=marketing-communications
heading: e-novice concept=marketing-communications
heading: oglaševanje na podlagi interesov concept=interest-based-advertising
heading: ciljno oglaševanje concept=interest-based-advertising
heading: vedenjsko oglaševanje concept=interest-based-advertising
heading: oglaševanje tretjih oseb concept=third-party-advertising
heading: oglaševalska omrežja concept=third-party-advertising
body: oglaš* weight=2.5 concept=ads
body: oglas* weight=2.5 concept=ads
body: pasic* weight=2.5 concept=ads
body: oglaševaln* omrežj* weight=3 concept=ad-networks
body: oglaševaln* partner* weight=3 concept=ad-networks
body: na podlagi interesov weight=2.5 concept=interest-based
body: ciljn* oglaš* weight=2.5 concept=interest-based
body: vedenjsk* weight=2.5 concept=interest-based
body: prilagojen* oglas* weight=2.5 concept=interest-based
body: ponovno trženje weight=3 concept=retargeting
body: remarketing* weight=3 concept=retargeting
body: retargeting* weight=3 concept=retargeting
body: e-novic* weight=2.5 concept=marketing-messages
body: novičnik* weight=2.5 concept=marketing-messages
body: tržn* sporočil* weight=2.5 concept=marketing-messages
body: newsletter* weight=2.5 concept=marketing-messages
body: neposredn* trženj* weight=2.5 concept=marketing-messages
body: za namene trženja weight=2 concept=marketing-purposes
body: tržen* weight=2 concept=marketing-purposes
body: marketinšk* weight=2 concept=marketing-purposes
body: promocij* weight=2 concept=promotions
body: posebn* ponudb* weight=2 concept=promotions
body: akcij* weight=1 concept=promotions
body: network advertising initiative weight=3 concept=ad-industry-programs
body: digital advertising alliance weight=3 concept=ad-industry-programs
body: your online choices weight=3 concept=ad-industry-programs
body: merjenj* učinkovitosti weight=2 concept=ad-measurement
body: učinkovitost* oglas* weight=2 concept=ad-measurement
body: interes* weight=0.5 concept=interests

[do-not-track]
heading: ne sledi concept=do-not-track
heading: do not track concept=do-not-track
heading: signali »ne sledi« concept=do-not-track
heading: globalni nadzor zasebnosti concept=global-privacy-control
heading: global privacy control concept=global-privacy-control
heading: signali brskalnika concept=preference-signals
heading: signali o preferencah concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: ne sledi weight=3 concept=dnt-signal
body: gpc weight=3 concept=gpc-signal
body: global privacy control weight=3 concept=gpc-signal
body: signal* brskalnika weight=3 concept=opt-out-preference-signal
body: signal* o preferenc* weight=3 concept=opt-out-preference-signal
body: enotn* standard* weight=3 concept=no-uniform-standard
body: ni enotnega standarda weight=3 concept=no-uniform-standard
body: se ne odzivamo weight=2.5 concept=do-not-respond
body: ne upoštevamo weight=2 concept=do-not-respond
body: upošteva* weight=1.5 concept=honor-signals
body: prepozna* weight=1.5 concept=honor-signals
body: med različnimi spletnimi mesti weight=2.5 concept=cross-site-tracking
body: skozi čas weight=2 concept=cross-site-tracking
body: brskalnik* weight=0.5 concept=browser-dnt

[choices]
heading: vaše izbire concept=your-choices
heading: vaše možnosti concept=your-choices
heading: možnosti izbire concept=your-choices
heading: odjava concept=opting-out
heading: kako se odjavite concept=opting-out
heading: zavrnitev concept=opting-out
heading: upravljanje nastavitev concept=managing-preferences
heading: upravljanje vaših nastavitev concept=managing-preferences
heading: nastavitve komunikacije concept=managing-preferences
heading: odjava od prejemanja concept=unsubscribing
heading: odjava od e-novic concept=unsubscribing
heading: odjava od novic concept=unsubscribing
body: odjav* weight=3 concept=opt-out
body: izključi* weight=2.5 concept=opt-out
body: odjavite se weight=3 concept=unsubscribe
body: prenehate prejemati weight=3 concept=unsubscribe
body: ne želite več prejemati weight=3 concept=unsubscribe
body: se lahko odločite weight=2.5 concept=choose-not-to
body: lahko izberete weight=2.5 concept=choose-not-to
body: izbir* weight=1.5 concept=choose-not-to
body: zavrn* weight=2 concept=decline
body: zavrača* weight=2 concept=decline
body: promocijsk* sporočil* weight=2 concept=promotional-emails
body: promocijsk* e-poštn* weight=2 concept=promotional-emails
body: preferenc* weight=1.5 concept=preferences
body: nastavitv* weight=1.5 concept=settings
body: onemogoč* weight=2 concept=disable
body: izklop* weight=2 concept=disable
body: deaktivir* weight=2 concept=disable
body: potisn* obvestil* weight=2 concept=device-permissions
body: lokacijsk* storitv* weight=2 concept=device-permissions
body: na dnu vsakega weight=1.5 concept=unsubscribe-link
body: povezav* za odjavo weight=1.5 concept=unsubscribe-link
body: morda ne boste mogli weight=1.5 concept=consequences-of-refusal
body: ne bo mogoče weight=1.5 concept=consequences-of-refusal
body: prejema* weight=0.5 concept=receive

[rights]
heading: vaše pravice concept=your-rights
heading: pravice posameznikov concept=your-rights
heading: pravice posameznika concept=your-rights
heading: pravice uporabnikov concept=your-rights
heading: vaše pravice glede osebnih podatkov concept=your-rights
heading: pravice posameznikov, na katere se nanašajo osebni podatki concept=your-rights
heading: uveljavljanje pravic concept=exercising-rights
heading: kako uveljavljate svoje pravice concept=exercising-rights
heading: uresničevanje pravic concept=exercising-rights
heading: dostop in popravek concept=access-and-correction
heading: dostop do podatkov in popravek concept=access-and-correction
heading: posodobitev podatkov concept=access-and-correction
# The GDPR's Slovenian names of the data subject's rights (člen 15-22 GDPR).
heading: pravica do dostopa concept=access-and-correction
heading: pravica do popravka concept=access-and-correction
heading: pravica do izbrisa concept=your-rights
heading: pravica do pozabe concept=your-rights
heading: pravica do omejitve obdelave concept=your-rights
heading: pravica do prenosljivosti podatkov concept=your-rights
heading: pravica do ugovora concept=your-rights
heading: pravica do pritožbe concept=exercising-rights
heading: pooblaščeni zastopniki concept=authorized-agents
heading: pooblaščenci concept=authorized-agents
body: pravic* do dostopa weight=3 concept=right-of-access
body: pravica dostopa weight=3 concept=right-of-access
body: seznanitev weight=2 concept=right-of-access
body: seznani* weight=1.5 concept=right-of-access
body: popravek weight=2 concept=rectification
body: popravk* weight=2 concept=rectification
body: popravi* weight=2 concept=rectification
body: netočn* weight=2 concept=rectification
body: dopolnit* weight=1.5 concept=rectification
body: izbris* weight=3 concept=erasure
body: pravic* do pozabe weight=3 concept=erasure
body: pozab* weight=2 concept=erasure
body: prenosljivost* weight=3 concept=portability
body: strojno berljiv* weight=3 concept=portability
body: pravic* do ugovora weight=3 concept=right-to-object
body: ugovor* weight=3 concept=right-to-object
body: omejitev obdelave weight=3 concept=restriction
body: omejitv* obdelave weight=3 concept=restriction
body: omejit* weight=2 concept=restriction
body: pritožb* weight=3 concept=complaint-to-authority
body: informacijsk* pooblaščen* weight=3 concept=complaint-to-authority
body: nadzorn* organ* weight=3 concept=complaint-to-authority
body: uveljavlja* weight=2 concept=exercise-rights
body: uveljavi* weight=2 concept=exercise-rights
body: uresniči* weight=2 concept=exercise-rights
body: preverit* vaš* identitet* weight=2 concept=verify-identity
body: identitet* weight=1.5 concept=verify-identity
body: pooblaščen* zastopnik* weight=2.5 concept=authorized-agent
body: diskrimin* weight=1.5 concept=non-discrimination
body: posameznik* weight=1 concept=data-subject-rights
body: posameznik, na katerega se nanašajo weight=2 concept=data-subject-rights
body: kopij* weight=1 concept=copy-of-data
body: dostop* weight=1.5 concept=access
body: zahtev* weight=0.3 concept=request

[retention]
heading: hramba podatkov concept=data-retention
heading: hramba osebnih podatkov concept=data-retention
heading: shranjevanje podatkov concept=data-retention
heading: rok hrambe concept=retention-period
heading: roki hrambe concept=retention-period
heading: obdobje hrambe concept=retention-period
heading: čas hrambe concept=retention-period
heading: kako dolgo hranimo vaše podatke concept=how-long-we-keep
heading: kako dolgo hranimo podatke concept=how-long-we-keep
heading: koliko časa hranimo podatke concept=how-long-we-keep
heading: koliko časa hranimo concept=how-long-we-keep
heading: shranjevanje in hramba concept=storage-and-retention
heading: hramba in varovanje podatkov concept=storage-and-retention
heading: hramba in izbris podatkov concept=retention-and-deletion
heading: hramba in brisanje concept=retention-and-deletion
body: hramb* weight=3 concept=retain
body: hranimo weight=3 concept=retain
body: hrani* weight=2.5 concept=retain
body: hranjen* weight=2.5 concept=retain
body: dokler je potrebno weight=3 concept=as-long-as-necessary
body: toliko časa weight=3 concept=as-long-as-necessary
body: le toliko časa, kolikor je potrebno weight=3 concept=as-long-as-necessary
body: ni več potrebn* weight=2.5 concept=no-longer-needed
body: niso več potrebni weight=2.5 concept=no-longer-needed
body: po izpolnitvi namena weight=2.5 concept=no-longer-needed
body: shranj* weight=1.5 concept=keep
body: ohranj* weight=1.5 concept=keep
body: časovn* obdobj* weight=2 concept=retention-criteria
body: merila weight=2 concept=retention-criteria
body: kriterij* weight=2 concept=retention-criteria
body: anonimiz* weight=2 concept=anonymise
body: psevdonimiz* weight=1.5 concept=anonymise
body: uniči* weight=2 concept=destroy
body: izbrišemo weight=2 concept=destroy
body: trajno izbris* weight=2 concept=destroy
body: arhivir* weight=2 concept=archive
body: arhiv* weight=2 concept=archive
body: zakonsk* rok* weight=2.5 concept=legal-retention-requirements
body: zastaraln* rok* weight=2.5 concept=legal-retention-requirements
body: davčn* predpis* weight=2.5 concept=legal-retention-requirements
body: računovodsk* predpis* weight=2.5 concept=legal-retention-requirements
body: neaktivn* weight=2 concept=inactive-accounts
body: shranjuj* weight=1 concept=store
body: shranjujemo weight=1 concept=store
body: let weight=0.5 concept=years
body: leta weight=0.5 concept=years

[security]
heading: varnost concept=data-security
heading: varnost podatkov concept=data-security
heading: varnost osebnih podatkov concept=data-security
heading: varovanje podatkov concept=data-security
heading: varovanje osebnih podatkov concept=data-security
heading: zavarovanje osebnih podatkov concept=data-security
heading: varnostni ukrepi concept=security-measures
heading: tehnični in organizacijski ukrepi concept=security-measures
heading: ukrepi za varovanje podatkov concept=security-measures
heading: kako varujemo vaše podatke concept=how-we-protect
heading: kako ščitimo vaše podatke concept=how-we-protect
heading: zaščita vaših podatkov concept=how-we-protect
heading: zaščita podatkov concept=how-we-protect
heading: kako varujemo concept=how-we-protect
body: varn* weight=2 concept=secure
body: varnost* weight=2 concept=secure
body: zaščitn* ukrep* weight=2.5 concept=safeguards
body: ustrezn* zaščit* weight=2.5 concept=safeguards
body: šifrir* weight=3 concept=encryption
body: šifrira* weight=3 concept=encryption
body: kriptir* weight=3 concept=encryption
body: ssl weight=3 concept=encryption
body: tls weight=3 concept=encryption
body: https weight=2 concept=encryption
body: nepooblaščen* dostop* weight=3 concept=unauthorized-access
body: nepooblaščen* weight=2.5 concept=unauthorized-access
body: izgub* weight=2 concept=loss-misuse-alteration
body: zlorab* weight=2 concept=loss-misuse-alteration
body: spremin* weight=1 concept=loss-misuse-alteration
body: uničenj* weight=2 concept=loss-misuse-alteration
body: tehničn* in organizacijsk* ukrep* weight=3 concept=technical-organisational-measures
body: organizacijsk* ukrep* weight=3 concept=technical-organisational-measures
body: tehničn* ukrep* weight=2.5 concept=technical-organisational-measures
body: fizičn* weight=1.5 concept=physical-safeguards
body: požarn* zid* weight=2.5 concept=technical-controls
body: firewall* weight=2.5 concept=technical-controls
body: nadzor* dostopa weight=2.5 concept=technical-controls
body: gesl* weight=2 concept=technical-controls
body: kršitev varstva osebnih podatkov weight=3 concept=breach
body: kršitv* varnosti weight=2.5 concept=breach
body: varnostn* incident* weight=2.5 concept=breach
body: ranljivost* weight=2.5 concept=breach
body: zaupn* weight=1.5 concept=confidentiality
body: poslovn* skrivnost* weight=1.5 concept=confidentiality
body: ne moremo zagotoviti weight=2.5 concept=no-guarantee
body: ne moremo jamčiti weight=2.5 concept=no-guarantee
body: popolnoma varn* weight=2.5 concept=no-guarantee
body: na lastno odgovornost weight=2.5 concept=no-guarantee
body: noben način prenosa weight=3 concept=no-guarantee
body: industrijsk* standard* weight=2 concept=industry-standard
body: uveljavljen* standard* weight=2 concept=industry-standard
body: varujemo weight=1 concept=protect
body: varova* weight=1 concept=protect
body: ščiti* weight=1 concept=protect
body: zaščit* weight=1 concept=protect
body: zagotavlja* weight=0.5 concept=ensure
body: zagotovi* weight=0.5 concept=ensure
body: jamči* weight=0.5 concept=ensure
# Personal-data breaches and their notification: a security topic.
heading: kršitev varstva osebnih podatkov concept=data-security

[children]
heading: otroci concept=childrens-privacy
heading: zasebnost otrok concept=childrens-privacy
heading: varstvo zasebnosti otrok concept=childrens-privacy
heading: osebni podatki otrok concept=childrens-privacy
heading: podatki otrok concept=childrens-privacy
heading: otroci, mlajši od 15 let concept=age-limits
heading: starostna omejitev concept=age-limits
heading: starostne omejitve concept=age-limits
heading: starostna meja concept=age-limits
heading: mladoletni concept=minors
heading: mladoletne osebe concept=minors
heading: uporaba storitev s strani mladoletnih concept=minors
body: otrok* weight=3 concept=children
body: otroc* weight=3 concept=children
body: otroš* weight=2.5 concept=children
body: mladoletn* weight=2.5 concept=minors-teens
body: najstnik* weight=2.5 concept=minors-teens
body: mladostnik* weight=2.5 concept=minors-teens
body: mlajš* od weight=2.5 concept=age-threshold
body: let starosti weight=2.5 concept=age-threshold
body: dopolnil* weight=1.5 concept=age-threshold
body: starš* weight=2.5 concept=parents-guardians
body: skrbnik* weight=2.5 concept=parents-guardians
body: zakonit* zastopnik* weight=2.5 concept=parents-guardians
body: privolitev staršev weight=3 concept=parental-consent
body: soglasje staršev weight=3 concept=parental-consent
body: starševsk* privolitev weight=3 concept=parental-consent
body: preverljiv* privolitev weight=3 concept=parental-consent
body: coppa weight=3 concept=coppa
body: zavestno weight=2.5 concept=knowingly-collect
body: zavestno ne zbiramo weight=3 concept=knowingly-collect
body: vede ne zbiramo weight=3 concept=knowingly-collect
body: niso namenjen* weight=2 concept=not-directed-to-children
body: ni namenjen* weight=2 concept=not-directed-to-children
body: ni namenjena weight=2 concept=not-directed-to-children
body: če ugotovimo weight=2 concept=if-we-learn
body: če izvemo weight=2 concept=if-we-learn
body: starost* weight=1.5 concept=age
body: mladoletnik weight=0.5 concept=minor

[international]
heading: mednarodni prenosi concept=international-transfers
heading: mednarodni prenos podatkov concept=international-transfers
heading: čezmejni prenos podatkov concept=international-transfers
heading: prenos podatkov v tretje države concept=international-transfers
heading: prenos osebnih podatkov v tretje države concept=international-transfers
heading: prenos izven eu concept=international-transfers
heading: prenos podatkov izven evropskega gospodarskega prostora concept=international-transfers
heading: iznos podatkov v tretje države concept=international-transfers
heading: prenos podatkov concept=data-transfers
heading: prenos osebnih podatkov concept=data-transfers
heading: prenos informacij concept=data-transfers
heading: kje hranimo vaše podatke concept=where-we-store
heading: kje so shranjeni vaši podatki concept=where-we-store
heading: lokacija obdelave concept=where-we-store
heading: kraj obdelave concept=where-we-store
heading: shranjevanje podatkov weight=1 concept=where-we-store
heading: kje hranimo weight=2 concept=where-we-store
heading: kje shranjujemo weight=2 concept=where-we-store
heading: kje se hranijo weight=2 concept=where-we-store
body: prenos* weight=1.5 concept=transfer
body: prenes* weight=1.5 concept=transfer
body: prenaša* weight=1.5 concept=transfer
body: iznos* weight=1.5 concept=transfer
body: čezmejn* weight=3 concept=cross-border
body: tretj* držav* weight=2 concept=other-countries
body: drug* držav* weight=2.5 concept=other-countries
body: izven vaše države weight=2.5 concept=other-countries
body: zunaj vaše države weight=2.5 concept=other-countries
body: izven eu weight=2.5 concept=eea
body: zunaj eu weight=2.5 concept=eea
body: zunaj egp weight=3 concept=eea
body: izven egp weight=3 concept=eea
body: evropsk* gospodarsk* prostor* weight=2 concept=eea
body: egp weight=2 concept=eea
body: združen* držav* weight=1 concept=united-states
body: zda weight=1 concept=united-states
body: standardn* pogodbe* klavzul* weight=2 concept=transfer-safeguards
body: standardn* pogodbe* določil* weight=2 concept=transfer-safeguards
body: standardn* pogodbe* pogoj* weight=2 concept=transfer-safeguards
body: zavezujoč* poslovn* pravil* weight=2 concept=transfer-safeguards
body: ustrezn* zaščitn* ukrep* weight=2 concept=transfer-safeguards
body: ustreznost* weight=2.5 concept=adequacy
body: sklep* o ustreznosti weight=2.5 concept=adequacy
body: odločb* o ustreznosti weight=2.5 concept=adequacy
body: data privacy framework weight=2.5 concept=privacy-frameworks
body: privacy shield weight=2.5 concept=privacy-frameworks
body: nižj* raven varstva weight=2 concept=less-protective
body: manj strog* weight=2 concept=less-protective
body: jurisdikcij* weight=2 concept=jurisdictions
body: pristojnost* weight=1 concept=jurisdictions
body: strežnik* weight=1.5 concept=server-location
body: strežniki se nahajajo weight=2.5 concept=server-location
body: shranjen* v weight=1.5 concept=server-location
body: po vsem svetu weight=1.5 concept=around-the-world
body: po svetu weight=1.5 concept=around-the-world
# One sentence on transfers to the USA (standard contractual clauses, adequacy) in a subsection
# about a social network or cloud service must not outweigh its practice: lighter transfer body
# terms; the headings ("International transfers") still name real transfer sections.

[regional]
heading: prebivalci kalifornije concept=california
heading: za prebivalce kalifornije concept=california
heading: obvestilo za prebivalce kalifornije concept=california
heading: vaše pravice do zasebnosti v kaliforniji concept=california
heading: prebivalci nevade concept=us-state-rights
heading: pravice do zasebnosti v zveznih državah zda concept=us-state-rights
heading: pravice prebivalcev zveznih držav concept=us-state-rights
heading: obvestilo za prebivalce evropskega gospodarskega prostora concept=eea-gdpr-notice
heading: informacije za uporabnike iz eu concept=eea-gdpr-notice
heading: skladnost z gdpr concept=eea-gdpr-notice
heading: skladnost s splošno uredbo o varstvu podatkov concept=eea-gdpr-notice
heading: določbe za posamezne jurisdikcije concept=jurisdiction-specific
heading: dodatne informacije za določene države concept=jurisdiction-specific
heading: regionalne določbe concept=jurisdiction-specific
body: kalifornij* weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: shine the light weight=3 concept=california-law
body: civiln* zakonik* kalifornije weight=2.5 concept=california-law
body: nevad* weight=3 concept=us-states
body: virginij* weight=3 concept=us-states
body: colorad* weight=3 concept=us-states
body: connecticut* weight=3 concept=us-states
body: prebival* weight=2 concept=residents
body: rezident* weight=2 concept=residents
body: potrošnik* weight=1.5 concept=consumers
body: ne prodajaj* weight=3 concept=do-not-sell
body: prodaj* ali deljenj* weight=3 concept=do-not-sell
body: medkontekstualn* vedenjsk* oglaš* weight=3 concept=cross-context-advertising
body: finančn* spodbud* weight=3 concept=financial-incentives
body: preteklih 12 mesecih weight=3 concept=preceding-12-months
body: zadnjih 12 mesecih weight=3 concept=preceding-12-months
body: preteklih dvanajstih mesecih weight=3 concept=preceding-12-months
body: gdpr weight=2.5 concept=eu-gdpr
body: evropsk* unij* weight=2 concept=eu-gdpr
body: suvp weight=2.5 concept=eu-gdpr
body: brazilij* weight=2 concept=brazil-lgpd
body: lgpd weight=3 concept=brazil-lgpd
body: kanad* weight=2 concept=canada-pipeda
body: pipeda weight=3 concept=canada-pipeda
body: zvezn* držav* weight=0.5 concept=state
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
heading: regionalne priloge concept=jurisdiction-specific

[third-party-sites]
heading: spletna mesta tretjih oseb concept=third-party-websites
heading: spletne strani tretjih oseb concept=third-party-websites
heading: druga spletna mesta concept=third-party-websites
heading: povezave na druga spletna mesta concept=links-to-other-sites
heading: povezave do drugih spletnih mest concept=links-to-other-sites
heading: povezave na spletne strani tretjih oseb concept=links-to-other-sites
heading: zunanje povezave concept=links-to-other-sites
heading: povezave tretjih oseb concept=links-to-other-sites
heading: storitve tretjih oseb concept=third-party-services
heading: storitve tretjih strani concept=third-party-services
heading: vtičniki družbenih omrežij concept=social-media-plugins
heading: funkcije družbenih omrežij concept=social-media-plugins
heading: družbena omrežja concept=social-media-plugins
heading: politike zasebnosti tretjih oseb weight=2 concept=third-party-privacy-policies
heading: politike zasebnosti tretjih strani weight=2 concept=third-party-privacy-policies
body: povezav* weight=2.5 concept=links
body: hiperpovezav* weight=3 concept=links
body: link* weight=2 concept=links
body: drug* spletn* mest* weight=2.5 concept=other-sites
body: zunanj* spletn* mest* weight=2.5 concept=other-sites
body: spletn* mest* tretjih oseb weight=2.5 concept=other-sites
body: spletn* stran* tretjih oseb weight=2.5 concept=other-sites
body: ki jih upravljajo tretje osebe weight=2.5 concept=other-sites
body: aplikacij* tretjih oseb weight=2 concept=third-party-applications
body: storitv* tretjih oseb weight=2 concept=third-party-applications
body: storitv* tretjih strani weight=2 concept=third-party-applications
body: nismo odgovorni weight=3 concept=not-responsible
body: ne odgovarjamo weight=3 concept=not-responsible
body: ne prevzemamo odgovornosti weight=3 concept=not-responsible
body: nimamo nadzora weight=3 concept=not-responsible
body: njihov* politik* zasebnosti weight=3 concept=their-privacy-policies
body: lastn* politik* zasebnosti weight=3 concept=their-privacy-policies
body: praks* zasebnosti weight=2.5 concept=their-privacy-policies
body: priporočamo vam weight=2.5 concept=encourage-review
body: svetujemo vam weight=2.5 concept=encourage-review
body: zapustite naše spletno mesto weight=2.5 concept=leave-our-site
body: zapustite naš* weight=2.5 concept=leave-our-site
body: vtičnik* weight=2.5 concept=plugins
body: plugin* weight=2.5 concept=plugins
body: gradnik* weight=2 concept=plugins
body: vsebin* weight=0.5 concept=content
body: preveri* weight=0.5 concept=review
body: pregleda* weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: družbeni mediji concept=social-media-presence
heading: družbenih omrežjih concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: ki jih zbirajo tretje osebe concept=third-party-data-collection
heading: zbirajo tretje osebe concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: vdelana vsebina concept=third-party-services
heading: vgrajena vsebina concept=third-party-services
heading: vsebina tretjih oseb concept=third-party-services
heading: vdelani videoposnetki concept=third-party-services
heading: sinhronizacija v oblaku concept=third-party-services
heading: zunanje storitve concept=third-party-services
heading: uporaba storitev tretjih oseb concept=third-party-services
heading: knjižnice tretjih oseb concept=third-party-services
heading: orodja tretjih oseb concept=third-party-services
heading: vtičniki concept=social-media-plugins
body: vdelan* weight=2.5 concept=plugins
body: vgrajen* vsebin* weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: vsebin* tretjih oseb weight=3 concept=other-sites
body: vsebin* tretjih strani weight=3 concept=other-sites
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: razširjen* način* zasebnosti weight=2.5 concept=plugins
body: izboljšan* način* zasebnosti weight=2.5 concept=plugins
body: prijavljeni v svoj račun weight=1.5 concept=plugins
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: omrežne povezave weight=2 concept=network-connections
heading: omrežne zahteve weight=2 concept=network-connections
heading: zapusti vašo napravo weight=2 concept=network-connections
heading: zapustijo vašo napravo weight=2 concept=network-connections
heading: poslani prek interneta weight=2 concept=network-connections
heading: pošilja* prek interneta weight=2 concept=network-connections
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
heading: spremembe politike zasebnosti concept=changes-to-policy
heading: spremembe te politike concept=changes-to-policy
heading: spremembe te politike zasebnosti concept=changes-to-policy
heading: spremembe pravilnika o zasebnosti concept=changes-to-policy
heading: spremembe in dopolnitve concept=changes-to-policy
heading: posodobitve politike concept=policy-updates
heading: posodobitve te politike concept=policy-updates
heading: posodobitve concept=policy-updates
heading: obveščanje o spremembah concept=notification-of-changes
heading: obvestilo o spremembah concept=notification-of-changes
heading: dopolnitve concept=amendments
heading: končne določbe concept=amendments
heading: prehodne in končne določbe concept=amendments
heading: začetek veljavnosti concept=entry-into-force
heading: veljavnost concept=entry-into-force
heading: datum začetka veljavnosti concept=entry-into-force
body: spremen* weight=2 concept=change-update
body: spremeni* weight=2 concept=change-update
body: sprememb* weight=1.5 concept=change-update
body: posodob* weight=2 concept=change-update
body: dopoln* weight=1.5 concept=change-update
body: revidir* weight=2 concept=change-update
body: velja od weight=3 concept=effective-date
body: začne veljati weight=3 concept=effective-date
body: začetek veljavnosti weight=3 concept=effective-date
body: zadnja posodobitev weight=3 concept=effective-date
body: nazadnje posodobljen* weight=3 concept=effective-date
body: zadnja sprememba weight=3 concept=effective-date
body: občasno weight=2.5 concept=from-time-to-time
body: od časa do časa weight=2.5 concept=from-time-to-time
body: bistven* sprememb* weight=3 concept=material-changes
body: pomembn* sprememb* weight=3 concept=material-changes
body: z nadaljnjo uporabo weight=3 concept=continued-use
body: nadaljnj* uporab* weight=3 concept=continued-use
body: če boste še naprej uporabljali weight=3 concept=continued-use
body: redno preverjate weight=2.5 concept=check-back
body: redno pregledujete weight=2.5 concept=check-back
body: občasno preverite weight=2.5 concept=check-back
body: najnovejš* različic* weight=2 concept=latest-version
body: veljavn* različic* weight=2 concept=latest-version
body: trenutn* različic* weight=2 concept=latest-version
body: začnejo veljati z dnem objave weight=2.5 concept=effective-immediately
body: takoj weight=1.5 concept=effective-immediately
body: pridržujemo si pravico weight=2 concept=reserve-the-right
body: vas bomo obvestili weight=1.5 concept=notify-you
body: obvestili vas bomo weight=1.5 concept=notify-you
body: objav* weight=1 concept=posting
body: različic* weight=1 concept=version
body: verzij* weight=1 concept=version
body: obvestil* weight=0.5 concept=notice

[contact]
heading: kontakt concept=contact-us
heading: kontakti concept=contact-us
heading: kontaktirajte nas concept=contact-us
heading: stopite v stik z nami concept=contact-us
heading: kako nas kontaktirate concept=how-to-contact
heading: kako stopiti v stik z nami concept=how-to-contact
heading: kako se obrnete na nas concept=how-to-contact
heading: kontaktni podatki concept=contact-information
heading: kontaktni podatki upravljavca concept=contact-information
heading: podatki za stik concept=contact-information
heading: vprašanja concept=questions
heading: vprašanja in pripombe concept=questions
heading: vprašanja in pritožbe concept=questions
heading: pooblaščena oseba za varstvo osebnih podatkov concept=data-protection-officer
heading: pooblaščena oseba za varstvo podatkov concept=data-protection-officer
heading: pooblaščenec za varstvo podatkov concept=data-protection-officer
body: kontaktirajte nas weight=3 concept=please-contact
body: kontaktirajte weight=2.5 concept=please-contact
body: obrnite se na nas weight=3 concept=please-contact
body: obrnete na weight=2.5 concept=please-contact
body: pišite nam weight=3 concept=please-contact
body: stopite v stik weight=3 concept=please-contact
body: nam pišete weight=2.5 concept=please-contact
body: vprašanj* weight=2 concept=questions-comments
body: pripomb* weight=1.5 concept=questions-comments
body: pomislek* weight=1.5 concept=questions-comments
body: poizvedb* weight=2 concept=questions-comments
body: pooblaščen* oseb* za varstvo weight=3 concept=dpo
body: dpo weight=3 concept=dpo
body: poštn* naslov* weight=2 concept=postal-address
body: s sedežem weight=2 concept=postal-address
body: matičn* številk* weight=2 concept=postal-address
body: davčn* številk* weight=1.5 concept=postal-address
body: telefon* weight=1.5 concept=telephone
body: po e-pošti weight=1.5 concept=by-email
body: na e-naslov weight=1.5 concept=by-email
body: prek e-pošte weight=1.5 concept=by-email
body: e-pošt* weight=1 concept=by-email
body: služb* za stranke weight=1.5 concept=customer-service
body: podpor* strankam weight=1.5 concept=customer-service
body: naslov* weight=0.3 concept=address
# The controller's identity and address (GDPR Art. 13(1)(a)): contact, not intro.
heading: upravljavec osebnih podatkov concept=contact-information
heading: upravljavec podatkov concept=contact-information
heading: upravljavec concept=contact-information

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
