# Slovak lexicon
# Slovak (slovenčina) is the language of Slovakia (official EU language), also read by Slovak
# communities in Czechia, Hungary, Serbia (Vojvodina) and abroad.
# Legal vocabulary: the Slovak text of the GDPR (všeobecné nariadenie o ochrane údajov,
# nariadenie (EÚ) 2016/679) and Act No. 18/2018 Coll. on the protection of personal data
# (zákon č. 18/2018 Z. z. o ochrane osobných údajov): prevádzkovateľ (controller),
# sprostredkovateľ (processor), dotknutá osoba (data subject), spracúvanie osobných údajov
# (the law's form; policies also write spracovanie, both are listed), oprávnený záujem,
# zodpovedná osoba (DPO), Úrad na ochranu osobných údajov Slovenskej republiky (supervisory
# authority). Policies say "zásady ochrany osobných údajov" or "zásady ochrany súkromia".
# Conventions: standard written Slovak with full diacritics (ä ô ĺ ŕ ľ ť ď ň). Inflected
# nouns and verbs are written as stems with a trailing * (údaj* = údaje, údajov, údajom ...);
# no @prefixes/@suffixes (Slovak is fusional). Stems are cut after the part that would
# otherwise match unrelated words (spracúv* not sprac*, uchov* not uch*).
@language sk
@name Slovak
@fold-accents no     # diacritics tell words apart (byť/bit, môže/može, sú/su) and tell Slovak from Czech

[profile]
# Function words first, then words frequent in privacy policies.
# weight=3: Slovak, not Czech (cs) or Polish (pl): sa, sú, alebo, ktoré, údajov, môžeme ...
# weight=2: Slovak forms that also exist in a South Slavic language (Croatian/Serbian) but
#           not in Czech or Polish (pri, pred, ako is 1: Croatian "ako" = if).
# weight=1 or 0.5: words Slovak shares with Czech spelled the same (a, v, je, vaše, údaje,
#           zásady, služby, práva): Czech lists several of them with weight 2-3, so they must
#           not pull a Czech text towards Slovak.
a weight=0.5
v weight=0.5
vo weight=3
na weight=0.5
sa weight=3
je weight=0.5
sú weight=3
sme weight=3
ste weight=1          # also Croatian "ste"
byť weight=3
bude weight=0.5
budú weight=3
boli weight=3
bol weight=3
bola weight=3
že weight=0.5
alebo weight=3
aj weight=3
i weight=0.5
s weight=0.5
so weight=1           # also English "so"
z weight=0.5
zo weight=3
k weight=0.5
ku weight=3
do weight=0.5
o weight=0.5
od weight=0.5
po weight=0.5
pre weight=3
pri weight=2
za weight=0.5
pod weight=0.5
nad weight=0.5
pred weight=2
medzi weight=3
bez weight=0.5
podľa weight=3
ako weight=1          # also Croatian "ako" (if)
tiež weight=3
len weight=3
iba weight=3
keď weight=3
ak weight=3
pokiaľ weight=3
či weight=3
aby weight=0.5
však weight=0.5
ani weight=0.5
nie weight=1          # also Polish "nie"
preto weight=3
pričom weight=3
najmä weight=3
prostredníctvom weight=3
vrátane weight=3
každý weight=0.5
akékoľvek weight=3
akýchkoľvek weight=3
takéto weight=3
ktorý weight=3
ktorá weight=3
ktoré weight=3
ktorých weight=3
ktorým weight=3
ktorej weight=3
ich weight=1          # also Polish "ich"
jeho weight=0.5
jej weight=1          # also Polish "jej"
nás weight=0.5
vás weight=0.5
vám weight=0.5
nám weight=0.5
vaše weight=0.5
vašich weight=0.5
váš weight=0.5
vašej weight=3
vašom weight=3
vašu weight=3
naše weight=0.5
našich weight=0.5
náš weight=0.5
našej weight=3
nášho weight=3
svoje weight=1        # also Croatian "svoje"
svojich weight=3
tieto weight=3
tejto weight=3
táto weight=3
tento weight=0.5
tohto weight=3
týchto weight=3
týmto weight=3
to weight=0.5
tým weight=3
všetky weight=3
všetkých weight=3
iné weight=3
iných weight=3
ďalšie weight=3
ďalších weight=3
môžeme weight=3
môžete weight=3
môže weight=3
môžu weight=3
musí weight=0.5
máte weight=0.5
majú weight=3
napr weight=0.5
rámci weight=0.5
prípade weight=3
súvislosti weight=3
vzťahu weight=3
základe weight=0.5
týkajúce weight=3
údaje weight=0.5
údajov weight=3
údajoch weight=3
údajom weight=3
osobné weight=3
osobných weight=3
osobnými weight=3
spracúvanie weight=3
spracúvania weight=3
spracúvame weight=3
spracovanie weight=3
spracovania weight=3
prevádzkovateľ weight=3
prevádzkovateľa weight=3
dotknutej weight=3
súhlas weight=3
súhlasu weight=3
právo weight=0.5
práva weight=0.5
ochrany weight=0.5
ochrane weight=3
súkromia weight=3
informácie weight=3
informácií weight=3
služby weight=0.5
služieb weight=3
webové weight=0.5
webovej weight=3
stránky weight=0.5
stránok weight=3
používateľ weight=3
používateľa weight=3
používateľov weight=3
súbory weight=3
účelom weight=3
účely weight=0.5
tretím weight=3
tretie weight=3
tretích weight=3
stranám weight=0.5
predpisov weight=3
dobu weight=0.5
doby weight=0.5
zásady weight=0.5
zásadách weight=3
zabezpečenie weight=0.5
uchovávame weight=3
zhromažďujeme weight=3
používame weight=3
poskytujeme weight=0.5
zariadení weight=3
zariadenia weight=3
rokov weight=3
žiadne weight=3
žiadnych weight=3
ďalej weight=3
spoločnosť weight=3
spoločnosti weight=3
vášho weight=3
svojim weight=3
súkromie weight=3
spracúva weight=3
používaní weight=3
používania weight=3
aplikácie weight=3
nastavenia weight=3
strán weight=3
zmeny weight=3
dátum weight=3
úplne weight=3
prístup weight=3
nevyhnutné weight=3
technológie weight=3
mať weight=3
podať weight=3
požiadať weight=3
používať weight=3
kontaktovať weight=3
sťažnosť weight=3
zmluvy weight=3
ktorú weight=3
cookies weight=0.5

[units]
year: rok, roky, rokov, roka, roku, rokoch, rokmi
month: mesiac, mesiace, mesiacov, mesiaca, mesiaci, mesiacoch, mesiacmi
week: týždeň, týždne, týždňov, týždňa, týždni, týždňoch
day: deň, dni, dní, dňa, dňoch, dňami, dňom
hour: hodina, hodiny, hodín, hodinu, hodinách
minute: minúta, minúty, minút, minútu
business-day: pracovný deň, pracovné dni, pracovných dní, pracovných dňoch, pracovného dňa

[numbers]
# Whole words: nominative and the oblique forms used after prepositions (do tridsiatich dní).
1: jeden, jedna, jedno, jedného, jednej, jednu, jednom
2: dva, dve, dvoch, dvom
3: tri, troch, trom
4: štyri, štyroch
5: päť, piatich
6: šesť, šiestich
7: sedem, siedmich
8: osem, ôsmich
9: deväť, deviatich
10: desať, desiatich
11: jedenásť, jedenástich
12: dvanásť, dvanástich
13: trinásť, trinástich
15: pätnásť, pätnástich
16: šestnásť, šestnástich
18: osemnásť, osemnástich
20: dvadsať, dvadsiatich
24: dvadsaťštyri, dvadsaťštyroch
30: tridsať, tridsiatich
60: šesťdesiat, šesťdesiatich
90: deväťdesiat, deväťdesiatich
100: sto

[references]
gdpr: gdpr, všeobecné nariadenie o ochrane údajov, všeobecného nariadenia o ochrane údajov, všeobecnému nariadeniu o ochrane údajov, všeobecnom nariadení o ochrane údajov, nariadenie 2016/679, nariadenia 2016/679, nariadenie (eú) 2016/679
ccpa: ccpa, kalifornský zákon o ochrane súkromia spotrebiteľov, kalifornského zákona o ochrane súkromia spotrebiteľov
cpra: cpra, kalifornský zákon o právach na ochranu súkromia
coppa: coppa, zákon o ochrane súkromia detí na internete
lgpd: lgpd, brazílsky zákon o ochrane osobných údajov, lei geral de proteção de dados
# Act No. 18/2018 Coll. on the protection of personal data (zákon č. 18/2018 Z. z.).
sk-18-2018: zákon o ochrane osobných údajov, zákona o ochrane osobných údajov, zákonom o ochrane osobných údajov, zákon č. 18/2018 z. z., 18/2018 z. z., 18/2018

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
podmienky používania
podmienky použitia
podmienky služby
obchodné podmienky
rozhodné právo
uplatniteľné právo
rozhodné právo a súdna príslušnosť
rozhodné právo a riešenie sporov
súdna príslušnosť
jurisdikcia
oddeliteľnosť
oddeliteľnosť ustanovení
salvátorská klauzula
úplná dohoda
nevzdanie sa práv
vyššia moc
vylúčenie zodpovednosti
obmedzenie zodpovednosti
preklady
preklad
ďalšie preklady
iné preklady
jazykové verzie
anglická verzia má prednosť
slovenská verzia má prednosť
licencia
autorské práva
autorské právo
copyright
poďakovanie

# ---------------------------------------------------------------------------------------
# Sections.
duševné vlastníctvo

[intro]
heading: úvod concept=introduction
heading: úvodné ustanovenia concept=introduction
heading: všeobecné informácie concept=introduction
heading: zhrnutie concept=summary
heading: prehľad concept=summary
heading: stručný prehľad concept=summary
heading: hlavné body concept=summary
heading: o týchto zásadách concept=about-this-policy
heading: o tomto vyhlásení concept=about-this-policy
heading: rozsah pôsobnosti concept=scope
heading: rozsah platnosti concept=scope
heading: na koho sa tieto zásady vzťahujú concept=scope
heading: kto sme concept=who-we-are
heading: náš záväzok concept=commitment-to-privacy
heading: náš záväzok chrániť vaše súkromie concept=commitment-to-privacy
heading: súhlas s týmito zásadami concept=acceptance
heading: prijatie zásad concept=acceptance
heading: zásady ochrany osobných údajov weight=0.5 concept=privacy-policy-title
heading: zásady ochrany súkromia weight=0.5 concept=privacy-policy-title
heading: vyhlásenie o ochrane osobných údajov weight=0.5 concept=privacy-policy-title
heading: informácie o spracúvaní osobných údajov weight=0.5 concept=privacy-policy-title
body: tieto zásady weight=2 concept=this-privacy-policy
body: týchto zásad* weight=1.5 concept=this-privacy-policy
body: zásad* ochrany osobných údajov weight=0.5 concept=this-privacy-policy
body: zásad* ochrany súkromia weight=0.5 concept=this-privacy-policy
body: popisuj* weight=1.5 concept=policy-describes
body: vysvetľuj* weight=1.5 concept=policy-describes
body: opisuj* weight=1.5 concept=policy-describes
body: sa vzťahuj* na weight=2.5 concept=policy-applies-to
body: sa nevzťahuj* weight=2 concept=policy-applies-to
body: vzťahuj* sa na weight=2.5 concept=policy-applies-to
body: používaním weight=1.5 concept=by-using
body: návštevou weight=1 concept=by-using
body: prijímate weight=1.5 concept=acceptance-of-policy
body: súhlasíte s týmito weight=1.5 concept=acceptance-of-policy
body: ak nesúhlasíte weight=2 concept=if-you-do-not-agree
body: zaväzujeme sa weight=2 concept=committed-to-privacy
body: rešpektuj* vaše súkromie weight=2 concept=committed-to-privacy
body: záleží nám na weight=1.5 concept=committed-to-privacy
body: ďalej len weight=1.5 concept=referred-to-as
body: ďalej aj weight=1 concept=referred-to-as
body: obchodn* podmienk* weight=1 concept=terms-of-use
body: podmienk* používania weight=1 concept=terms-of-use
body: pozorne weight=1 concept=please-read
body: prečítajte si weight=1.5 concept=please-read
body: súkromi* weight=0.3 concept=privacy
body: webov* stránk* weight=0.3 concept=website
body: aplikáci* weight=0.3 concept=website
body: služb* weight=0.3 concept=services
body: spoločnos* weight=0.3 concept=company
heading: o nás weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
# The question "Who is the controller?" introduces the policy's author (the bare noun and
# "identity of the controller" head its address: contact).
heading: kto je prevádzkovateľom weight=2 concept=who-we-are
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
heading: v skratke concept=summary

[definitions]
heading: definície concept=definitions
heading: definície pojmov concept=definitions
heading: vymedzenie pojmov concept=definitions
heading: pojmy concept=key-terms
heading: základné pojmy concept=key-terms
heading: používané pojmy concept=key-terms
heading: slovník pojmov concept=key-terms
heading: výklad pojmov concept=interpretation
heading: výklad concept=interpretation
heading: čo rozumieme pod concept=what-we-mean-by
heading: čo znamená concept=what-we-mean-by
body: znamená weight=2.5 concept=means
body: znamenajú weight=2.5 concept=means
body: sa rozumie weight=3 concept=means
body: sa rozumejú weight=3 concept=means
body: rozumie sa weight=3 concept=means
body: označuje weight=2 concept=refers-to
body: sa vzťahuje na weight=1 concept=refers-to
body: nasledujúce pojmy weight=3 concept=defined-terms-intro
body: nasledovné pojmy weight=3 concept=defined-terms-intro
body: pojem weight=2 concept=defined-terms-intro
body: pojm* weight=1.5 concept=defined-terms-intro
body: na účely týchto zásad weight=2.5 concept=as-used-in-this-policy
body: v týchto zásadách weight=1.5 concept=as-used-in-this-policy
body: osobné údaje sú weight=3 concept=personal-data-means
body: osobnými údajmi sa rozumejú weight=3 concept=personal-data-means
body: identifikovan* alebo identifikovateľn* weight=2.5 concept=identifiable-person
body: identifikovateľn* weight=2 concept=identifiable-person
body: fyzick* osob* weight=1.5 concept=identifiable-person
body: ďalej len weight=1.5 concept=hereinafter
body: prevádzkovateľ* weight=1 concept=gdpr-roles
body: sprostredkovateľ* weight=1 concept=gdpr-roles
body: dotknut* osob* weight=1 concept=gdpr-roles
body: zahŕňa* weight=0.5 concept=includes
body: vrátane weight=0.5 concept=includes
body: používateľ* weight=0.3 concept=user
body: osobn* údaj* weight=0.2 concept=personal-data

[collection]
heading: aké údaje zhromažďujeme concept=what-we-collect
heading: aké osobné údaje spracúvame concept=what-we-collect
heading: aké osobné údaje spracovávame concept=what-we-collect
heading: informácie ktoré zhromažďujeme concept=what-we-collect
heading: údaje ktoré zbierame concept=what-we-collect
heading: zhromažďované údaje concept=what-we-collect
heading: spracúvané osobné údaje concept=what-we-collect
heading: rozsah spracúvaných údajov concept=what-we-collect
heading: zhromažďovanie údajov concept=collection-of-information
heading: zhromažďovanie informácií concept=collection-of-information
heading: získavanie osobných údajov concept=collection-of-information
heading: zber údajov concept=collection-of-information
heading: zdroje osobných údajov concept=sources-of-information
heading: zdroje údajov concept=sources-of-information
heading: odkiaľ získavame vaše údaje concept=sources-of-information
heading: informácie ktoré nám poskytujete concept=information-you-provide
heading: údaje ktoré nám poskytnete concept=information-you-provide
heading: kontaktný formulár weight=3 concept=information-you-provide
heading: automaticky zhromažďované údaje concept=collected-automatically
heading: automaticky získavané informácie concept=collected-automatically
heading: informácie zhromažďované automaticky concept=collected-automatically
heading: ako zhromažďujeme údaje concept=how-we-collect
heading: ako získavame vaše údaje concept=how-we-collect
heading: kategórie osobných údajov concept=categories-of-data
heading: kategórie údajov concept=categories-of-data
# "User data" headings name what the service collects; "rozsah spracúvaných údajov" (scope of processed data).
heading: údaje používateľov concept=categories-of-data
heading: používateľské údaje concept=categories-of-data
heading: rozsah spracúvaných osobných údajov concept=categories-of-data
heading: rozsah spracovávaných osobných údajov concept=categories-of-data
body: zhromažď* weight=2.5 concept=we-collect
body: zbierame weight=2 concept=we-collect
body: zbiera* weight=1.5 concept=we-collect
body: získava* weight=1.5 concept=we-collect
body: získan* weight=1.5 concept=we-collect
body: nám poskytnete weight=2 concept=you-provide
body: nám poskytujete weight=2 concept=you-provide
body: ktoré poskytnete weight=2 concept=you-provide
body: automaticky weight=2 concept=automatically
body: kategóri* osobných údajov weight=2.5 concept=data-categories
body: kategóri* údajov weight=2 concept=data-categories
body: zdroj* weight=1.5 concept=sources
body: verejne dostupn* weight=2 concept=publicly-available
body: verejných zdrojov weight=2 concept=publicly-available
body: meno a priezvisko weight=2 concept=name
body: meno weight=1 concept=name
body: priezvisko weight=1.5 concept=name
body: e-mailov* adres* weight=1.5 concept=contact-details
body: telefónne číslo weight=1.5 concept=contact-details
body: telefónneho čísla weight=1.5 concept=contact-details
body: poštov* adres* weight=1.5 concept=contact-details
body: ip adres* weight=2 concept=device-data
body: identifikátor* zariadeni* weight=2 concept=device-data
body: typ prehliadača weight=2 concept=device-data
body: operačn* systém* weight=2 concept=device-data
body: geolokáci* weight=2 concept=location-data
body: údaj* o polohe weight=2 concept=location-data
body: polohy weight=1 concept=location-data
body: údaj* o používaní weight=2 concept=usage-data
body: protokolov* údaj* weight=1.5 concept=usage-data
body: demografick* weight=1.5 concept=demographic-data
body: platobn* údaj* weight=1 concept=payment-data
body: platobn* kart* weight=1 concept=payment-data
body: kontaktn* formulár* weight=1.5 concept=forms
body: registračn* formulár* weight=1.5 concept=forms
body: formulár* weight=1 concept=forms
body: účt* weight=0.3 concept=account
body: informáci* weight=0.1 concept=information
body: údaj* weight=0.1 concept=information
# Headings asking which personal data are processed (GDPR style): "What personal data do we process?"
heading: aké osobné údaje concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: povolenia weight=2 concept=what-we-collect
heading: povolenia aplikácie weight=2 concept=what-we-collect
heading: oprávnenia aplikácie concept=what-we-collect
heading: aké údaje spracúvame concept=what-we-collect
heading: aké údaje zbierame concept=what-we-collect
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: hlásenia o zlyhaniach concept=collected-automatically
heading: hlásenia chýb concept=collected-automatically
heading: diagnostické údaje concept=collected-automatically
heading: diagnostika concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: zostáva vo vašom zariadení weight=2 concept=on-device-data
heading: zostáva na vašom zariadení weight=2 concept=on-device-data
heading: zostávajú vo vašom zariadení weight=2 concept=on-device-data
heading: lokálne spracúvané údaje weight=2 concept=on-device-data
heading: lokálne spracované údaje weight=2 concept=on-device-data
heading: lokálne uložené údaje weight=2 concept=on-device-data
heading: lokálne spracovanie weight=2 concept=on-device-data
heading: spracovanie v zariadení weight=2 concept=on-device-data
body: hlásen* o zlyhan* weight=2.5 concept=usage-data
body: záznam* o zlyhan* weight=2.5 concept=usage-data
body: ladiac* log* weight=2.5 concept=usage-data
body: diagnostick* údaj* weight=2 concept=usage-data
body: push token* weight=2.5 concept=device-data
body: push server* weight=2 concept=device-data
# Coordinated heading "Zber a používanie informácií" (Information Collection and Use): the collection noun leads.
heading: zber a používanie concept=collection-of-information
heading: zber a použitie concept=collection-of-information
heading: zhromažďovanie a používanie concept=collection-of-information

[use]
heading: ako používame vaše údaje concept=how-we-use
heading: ako používame informácie concept=how-we-use
heading: ako využívame vaše osobné údaje concept=how-we-use
heading: na čo používame vaše údaje concept=how-we-use
heading: ako používame concept=how-we-use
heading: na čo používame concept=how-we-use
heading: účel* spracúvania concept=purposes-of-processing
heading: používanie informácií concept=use-of-information
heading: používanie osobných údajov concept=use-of-information
heading: využitie údajov concept=use-of-information
heading: účely spracúvania concept=purposes-of-processing
heading: účely spracovania concept=purposes-of-processing
heading: účely spracúvania osobných údajov concept=purposes-of-processing
heading: účel spracúvania concept=purposes-of-processing
heading: účely concept=purposes-of-processing
heading: na aké účely concept=purposes-of-processing
heading: prečo zhromažďujeme vaše údaje concept=why-we-collect
heading: prečo spracúvame vaše údaje concept=why-we-collect
heading: účel zhromažďovania concept=why-we-collect
heading: spracúvanie osobných údajov concept=processing-of-personal-data
heading: spracovanie osobných údajov concept=processing-of-personal-data
heading: ako spracúvame vaše osobné údaje concept=processing-of-personal-data
heading: ako spracovávame vaše osobné údaje concept=processing-of-personal-data
body: používame weight=2 concept=we-use
body: využívame weight=2 concept=we-use
body: účel* weight=1.5 concept=purposes
body: na tieto účely weight=2.5 concept=following-purposes
body: na nasledujúce účely weight=2.5 concept=following-purposes
body: na nasledovné účely weight=2.5 concept=following-purposes
body: profilovani* weight=2 concept=profiling
body: automatizovan* rozhodovani* weight=1.5 concept=automated-decisions
body: automatizovan* individuáln* rozhodovani* weight=2 concept=automated-decisions
body: poskytovani* služ* weight=1.5 concept=to-provide
body: poskytnutie služ* weight=1.5 concept=to-provide
body: vybaveni* objednáv* weight=1.5 concept=to-fulfil
body: plneni* zmluvy weight=1 concept=to-fulfil
body: správ* účtu weight=1.5 concept=to-administer
body: spravovani* weight=1.5 concept=to-administer
body: zlepšov* weight=1.5 concept=to-improve
body: zlepšeni* weight=1.5 concept=to-improve
body: vývoj* nových weight=2 concept=to-develop
body: personalizáci* weight=2 concept=to-personalise
body: prispôsob* weight=1.5 concept=to-personalise
body: komunikáci* s vami weight=2 concept=to-communicate
body: komunikova* s vami weight=2 concept=to-communicate
body: zasiela* weight=1 concept=to-send
body: posiela* weight=1 concept=to-send
body: odpoveda* na vaše weight=1.5 concept=to-respond
body: zákazníck* podpor* weight=1.5 concept=to-respond
body: analýz* weight=1 concept=to-analyse
body: analyzova* weight=1 concept=to-analyse
body: štatistick* weight=1 concept=to-analyse
body: diagnostik* weight=2 concept=to-troubleshoot
body: riešeni* problémov weight=2 concept=to-troubleshoot
body: prieskum* trhu weight=2 concept=research
body: výskum* weight=1.5 concept=research
body: predchádza* podvod* weight=1.5 concept=to-prevent-fraud
body: podvod* weight=1.5 concept=to-prevent-fraud
body: spracovani* platieb weight=1.5 concept=to-process-transactions
body: platob* weight=1 concept=to-process-transactions
body: plneni* zákonných povinností weight=1 concept=to-comply-with-law
body: splneni* zákonných povinností weight=1 concept=to-comply-with-law
# Purpose headings asked with other verbs and "(processed) for the following purposes".
heading: prečo spracúvame concept=why-we-collect
heading: prečo spracovávame concept=why-we-collect
heading: na nasledujúce účely concept=purposes-of-processing
heading: na tieto účely concept=purposes-of-processing
heading: automatizovan* rozhodovani* concept=automated-decision-making
heading: automatizovan* individuáln* rozhodovani* concept=automated-decision-making
heading: automatizovan* rozhodnut* concept=automated-decision-making

[legal-basis]
heading: právny základ spracúvania concept=legal-basis
heading: právny základ spracovania concept=legal-basis
heading: právne základy spracúvania concept=legal-basis
heading: právny základ concept=legal-basis
heading: zákonnosť spracúvania concept=legal-basis
heading: právne dôvody spracúvania concept=legal-basis
heading: na akom základe spracúvame vaše údaje concept=why-allowed
heading: na akom právnom základe concept=why-allowed
heading: prečo smieme spracúvať vaše údaje concept=why-allowed
heading: na akom základe concept=why-allowed
body: právn* základ* weight=2 concept=legal-basis-term
body: právn* dôvod* weight=2 concept=legal-basis-term
body: oprávnen* záuj* weight=2 concept=legitimate-interests
body: základn* práv* a slobôd* weight=2.5 concept=balancing-test
body: test proporcionality weight=3 concept=balancing-test
body: balančn* test* weight=3 concept=balancing-test
body: plneni* zmluvy weight=3 concept=performance-of-contract
body: uzavreti* zmluvy weight=2 concept=performance-of-contract
body: ktorej zmluvnou stranou weight=3 concept=performance-of-contract
body: zákonn* povinnos* weight=2.5 concept=legal-obligation
body: právn* povinnos* weight=2.5 concept=legal-obligation
body: životne dôležit* záuj* weight=3 concept=vital-interests
body: verejn* záuj* weight=2.5 concept=public-interest
body: čl. 6 weight=2.5 concept=article-6
body: článk* 6 weight=2.5 concept=article-6
body: spracúvanie je nevyhnutné weight=2.5 concept=processing-necessary
body: spracovanie je nevyhnutné weight=2.5 concept=processing-necessary
body: na základe weight=1 concept=on-the-basis-of
body: zákonn* weight=1 concept=lawful
body: súhlas* weight=1 concept=consent-as-basis
body: nevyhnutn* weight=0.5 concept=necessary
# GDPR boilerplate (legal basis, legitimate interests, Art. 6, "on the basis of") stands in every
# subsection of a European policy: lighter body weights; the heading forms still name the section.

[consent]
heading: súhlas concept=your-consent
heading: váš súhlas concept=your-consent
heading: súhlas so spracúvaním osobných údajov concept=your-consent
heading: súhlas so spracovaním osobných údajov concept=your-consent
heading: odvolanie súhlasu concept=withdrawal-of-consent
heading: odvolanie súhlasu so spracúvaním concept=withdrawal-of-consent
heading: ako odvolať súhlas concept=withdrawal-of-consent
heading: udelenie a odvolanie súhlasu concept=withdrawal-of-consent
heading: súhlas a jeho odvolanie concept=withdrawal-of-consent
body: súhlas so weight=2.5 concept=you-consent
body: udel* súhlas* weight=2.5 concept=you-consent
body: udeleného súhlasu weight=2.5 concept=you-consent
body: odvola* weight=3 concept=withdraw
body: zmeníte názor weight=2 concept=change-your-mind
body: súhlasíte weight=1.5 concept=you-agree
body: výslovn* súhlas* weight=2.5 concept=explicit-consent
body: slobodn* weight=2 concept=freely-given
body: dobrovoľn* weight=2 concept=freely-given
body: zaškrtnut* weight=2 concept=opt-in
body: zaškrtnutím weight=2 concept=opt-in
body: povoleni* weight=1.5 concept=permission
body: oprávnenosť spracúvania weight=2.5 concept=without-affecting-lawfulness
body: zákonnosť spracúvania weight=2.5 concept=without-affecting-lawfulness
body: pred jeho odvolaním weight=2.5 concept=without-affecting-lawfulness
body: kedykoľvek weight=1 concept=at-any-time

[sharing]
heading: zdieľanie informácií concept=sharing-of-information
heading: zdieľanie údajov concept=sharing-of-information
heading: zdieľanie a sprístupnenie údajov concept=sharing-of-information
heading: ako zdieľame vaše údaje concept=how-we-share
heading: ako zdieľame vaše informácie concept=how-we-share
heading: informácie ktoré zdieľame concept=how-we-share
heading: s kým zdieľame vaše údaje concept=who-we-share-with
heading: komu poskytujeme vaše údaje concept=who-we-share-with
heading: príjemcovia osobných údajov concept=who-we-share-with
heading: príjemcovia concept=who-we-share-with
heading: kategórie príjemcov concept=who-we-share-with
heading: sprístupnenie osobných údajov concept=disclosure-of-information
heading: poskytovanie údajov tretím stranám concept=disclosure-of-information
heading: sprístupnenie informácií concept=disclosure-of-information
heading: tretie strany concept=third-parties
heading: zdieľanie s tretími stranami concept=third-parties
heading: poskytovatelia služieb concept=service-providers-heading
heading: sprostredkovatelia concept=service-providers-heading
heading: prevod podniku concept=business-transfers
heading: obchodné transakcie concept=business-transfers
heading: zmena vlastníctva concept=business-transfers
heading: právne požiadavky concept=legal-requests
heading: orgány činné v trestnom konaní concept=legal-requests
heading: predávame vaše údaje concept=sale-of-information
heading: predaj osobných údajov concept=sale-of-information
body: zdieľ* weight=2 concept=share
body: sprístupň* weight=2.5 concept=disclose
body: sprístupnen* weight=2.5 concept=disclose
body: poskytujeme tretím weight=2 concept=disclose
body: tret* stran* weight=1 concept=third-parties-term
body: tret* osob* weight=1 concept=third-parties-term
body: poskytovate* služieb weight=2 concept=service-providers
body: sprostredkovateľ* weight=2 concept=service-providers
body: dodávateľ* weight=1.5 concept=service-providers
body: v našom mene weight=1.5 concept=on-our-behalf
body: našom mene weight=1.5 concept=on-our-behalf
body: prepojen* spoločnos* weight=2 concept=affiliates
body: dcérsk* spoločnos* weight=2 concept=affiliates
body: v rámci skupiny weight=2 concept=affiliates
body: obchodn* partner* weight=1.5 concept=business-partners
body: príjemc* weight=2 concept=recipients
body: fúzi* weight=2.5 concept=corporate-transaction
body: zlúčeni* weight=2.5 concept=corporate-transaction
body: akvizíci* weight=2.5 concept=corporate-transaction
body: konkurz* weight=2 concept=corporate-transaction
body: predaj* podniku weight=2.5 concept=corporate-transaction
body: orgán* činn* v trestnom konaní weight=2 concept=authorities
body: orgán* verejnej moci weight=2 concept=authorities
body: políci* weight=2 concept=authorities
body: štátn* orgán* weight=1.5 concept=authorities
body: súdn* príkaz* weight=2.5 concept=legal-process
body: súdn* rozhodnut* weight=2 concept=legal-process
body: nepredávame weight=1.5 concept=sell
body: predáva* weight=1.5 concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: prenos údajov tretím stranám concept=transfer-to-third-parties
heading: poskytovanie osobných údajov tretím osobám concept=transfer-to-third-parties
# Recipients asked as access: "Who has access to your personal data?"
heading: kto má prístup k vašim osobným údajom concept=who-we-share-with
heading: kto má prístup k concept=who-we-share-with
heading: komu poskytujeme concept=who-we-share-with
heading: poskytovanie osobných údajov concept=sharing-of-information
heading: komu sprístupňujeme concept=who-we-share-with
heading: s kým zdieľame concept=who-we-share-with
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: hosting concept=service-providers-heading
heading: poskytovateľ hostingu concept=service-providers-heading
heading: webhosting concept=service-providers-heading
heading: sieť na doručovanie obsahu concept=service-providers-heading
heading: sprostredkovatelia osobných údajov concept=service-providers-heading
heading: monitorovanie chýb concept=service-providers-heading
body: zmluv* o spracúvaní osobných údajov weight=2 concept=service-providers
body: sprostredkovateľsk* zmluv* weight=2 concept=service-providers
body: hostovan* weight=2.5 concept=service-providers
body: poskytovate* hostingu weight=2.5 concept=service-providers
body: webhosting* weight=2.5 concept=service-providers
body: sieť na doručovanie obsahu weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: cloudov* platform* weight=2 concept=service-providers
body: cloudov* služb* weight=2 concept=service-providers
body: na serveroch spoločnosti weight=2 concept=service-providers
body: monitorovanie chýb weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: platby weight=2 concept=payments-purchases
heading: spracovanie platieb weight=3 concept=payments-purchases
heading: nákupy v aplikácii weight=2 concept=payments-purchases
heading: predplatné weight=2 concept=payments-purchases

[cookies]
heading: súbory cookie concept=cookies
heading: súbory cookies concept=cookies
heading: cookies concept=cookies
heading: používanie súborov cookie concept=cookies
heading: zásady používania súborov cookie concept=cookies
heading: cookies a podobné technológie concept=tracking-technologies
heading: súbory cookie a podobné technológie concept=tracking-technologies
heading: sledovacie technológie concept=tracking-technologies
heading: webové majáky concept=web-beacons
heading: pixelové značky concept=web-beacons
heading: protokolové súbory concept=log-files
heading: súbory denníka concept=log-files
heading: analytika concept=analytics
heading: analytické nástroje concept=analytics
body: cookie* weight=3 concept=cookie
body: súbor* cookie weight=3 concept=cookie
body: textov* súbor* weight=2.5 concept=text-files
body: webov* maják* weight=3 concept=web-beacon
body: pixel* weight=2.5 concept=web-beacon
body: sledovac* technológi* weight=2.5 concept=tracking-technology
body: podobn* technológi* weight=2 concept=tracking-technology
body: sledovani* weight=1.5 concept=tracking-technology
body: lokáln* úložisk* weight=2.5 concept=local-storage
body: miestn* úložisk* weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: relačn* weight=2 concept=cookie-lifetime
body: trval* cookie* weight=2 concept=cookie-lifetime
body: nevyhnutne potrebn* weight=2.5 concept=cookie-categories
body: nevyhnutn* cookie* weight=2.5 concept=cookie-categories
body: funkčn* cookie* weight=2 concept=cookie-categories
body: výkonnostn* weight=2 concept=cookie-categories
body: google analytics weight=2.5 concept=analytics-term
body: analytick* weight=2 concept=analytics-term
heading: webová analytika concept=analytics
body: protokolov* súbor* weight=2 concept=log-file
body: serverov* protokol* weight=2 concept=log-file
body: sdk weight=2 concept=sdk
body: odtlačk* zariadeni* weight=2.5 concept=fingerprinting
body: digitáln* odtlač* weight=2.5 concept=fingerprinting
body: nastaveni* prehliadača weight=1.5 concept=browser-settings
body: prehliadač* weight=0.5 concept=browser
body: zariaden* weight=0.5 concept=device

[advertising]
heading: reklama concept=advertising
heading: reklama a marketing concept=advertising
heading: marketing concept=marketing
heading: priamy marketing concept=marketing
heading: marketingová komunikácia concept=marketing-communications
heading: obchodné oznámenia concept=marketing-communications
heading: propagačné oznámenia concept=marketing-communications
heading: cielená reklama concept=interest-based-advertising
heading: personalizovaná reklama concept=interest-based-advertising
heading: reklama na základe záujmov concept=interest-based-advertising
heading: reklama tretích strán concept=third-party-advertising
heading: reklamné siete concept=third-party-advertising
body: reklam* weight=2.5 concept=ads
body: bannery weight=2 concept=ads
body: reklamn* siet* weight=3 concept=ad-networks
body: reklamn* partner* weight=3 concept=ad-networks
body: cielen* weight=2.5 concept=interest-based
body: behavioráln* weight=2.5 concept=interest-based
body: na základe záujmov weight=2.5 concept=interest-based
body: retargeting* weight=3 concept=retargeting
body: remarketing* weight=3 concept=retargeting
body: obchodn* oznámen* weight=2.5 concept=marketing-messages
body: marketingov* komunikáci* weight=2.5 concept=marketing-messages
body: newsletter* weight=2.5 concept=marketing-messages
body: marketingov* účel* weight=2 concept=marketing-purposes
body: priam* marketing* weight=2 concept=marketing-purposes
body: propagač* weight=2 concept=promotions
body: špeciáln* ponuk* weight=2 concept=promotions
body: akciov* ponuk* weight=2 concept=promotions
body: your online choices weight=2.5 concept=ad-industry-programs
body: network advertising initiative weight=3 concept=ad-industry-programs
body: digital advertising alliance weight=3 concept=ad-industry-programs
body: merani* účinnosti weight=2 concept=ad-measurement
body: merať účinnosť weight=2 concept=ad-measurement
body: záujm* weight=0.5 concept=interests

[do-not-track]
heading: do not track concept=do-not-track
heading: signály do not track concept=do-not-track
heading: nesledovať concept=do-not-track
heading: ako reagujeme na signály do not track concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: globálna kontrola súkromia concept=global-privacy-control
heading: signály preferencií concept=preference-signals
heading: signály prehliadača concept=preference-signals
body: dnt weight=3 concept=dnt-signal
body: do not track weight=3 concept=dnt-signal
body: nesledova* weight=3 concept=dnt-signal
body: gpc weight=3 concept=gpc-signal
body: global privacy control weight=3 concept=gpc-signal
body: globáln* kontrol* súkromia weight=3 concept=gpc-signal
body: signál* preferenci* weight=3 concept=opt-out-preference-signal
body: signál* prehliadača weight=2.5 concept=opt-out-preference-signal
body: jednotn* štandard* weight=3 concept=no-uniform-standard
body: jednotný priemyselný štandard weight=3 concept=no-uniform-standard
body: nereagujeme weight=2.5 concept=do-not-respond
body: nereaguje weight=2 concept=do-not-respond
body: rozpozna* weight=1.5 concept=honor-signals
body: rešpektova* weight=1 concept=honor-signals
body: naprieč webov* stránk* weight=2.5 concept=cross-site-tracking
body: v priebehu času weight=2 concept=cross-site-tracking
body: prehliadač* weight=0.5 concept=browser-dnt

[choices]
heading: vaše voľby concept=your-choices
heading: vaše možnosti concept=your-choices
heading: vaše možnosti voľby concept=your-choices
heading: odhlásenie concept=opting-out
heading: ako sa odhlásiť concept=opting-out
heading: nesúhlas so spracúvaním concept=opting-out
heading: správa preferencií concept=managing-preferences
heading: nastavenie preferencií concept=managing-preferences
heading: nastavenia súkromia concept=managing-preferences
heading: komunikačné preferencie concept=managing-preferences
heading: odhlásenie z odberu concept=unsubscribing
heading: zrušenie odberu concept=unsubscribing
body: odhlás* weight=3 concept=opt-out
body: odhlásen* weight=3 concept=opt-out
body: zruš* odber* weight=3 concept=unsubscribe
body: odber* weight=2 concept=unsubscribe
body: prestať dostávať weight=3 concept=unsubscribe
body: môžete sa rozhodnúť weight=2.5 concept=choose-not-to
body: rozhodnúť sa weight=2 concept=choose-not-to
body: neposkytnúť weight=2.5 concept=choose-not-to
body: odmietnu* weight=2 concept=decline
body: odmietnut* weight=2 concept=decline
body: propagačn* e-mail* weight=2 concept=promotional-emails
body: preferenci* weight=1.5 concept=preferences
body: nastaveni* weight=1.5 concept=settings
body: nastaveni* účtu weight=2 concept=settings
body: deaktiv* weight=2 concept=disable
body: vypn* weight=2 concept=disable
body: zakáza* weight=1.5 concept=disable
body: push notifikáci* weight=2 concept=device-permissions
body: lokalizačn* služ* weight=2 concept=device-permissions
body: v spodnej časti weight=1.5 concept=unsubscribe-link
body: v päte weight=1.5 concept=unsubscribe-link
body: nebudete môcť weight=1.5 concept=consequences-of-refusal
body: nemusí fungovať weight=1.5 concept=consequences-of-refusal
body: dostáva* weight=0.5 concept=receive

[rights]
heading: vaše práva concept=your-rights
heading: aké máte práva concept=your-rights
heading: práva dotknutej osoby concept=your-rights
heading: práva dotknutých osôb concept=your-rights
heading: vaše práva v oblasti ochrany osobných údajov concept=your-rights
heading: práva používateľov concept=your-rights
heading: uplatnenie práv concept=exercising-rights
heading: uplatnenie vašich práv concept=exercising-rights
heading: ako uplatniť svoje práva concept=exercising-rights
heading: práva a žiadosti concept=exercising-rights
heading: prístup a oprava concept=access-and-correction
heading: prístup k údajom a ich oprava concept=access-and-correction
heading: prístup k vašim údajom concept=access-and-correction
heading: oprava a vymazanie údajov concept=access-and-correction
# The GDPR's Slovak names of the data subject's rights (čl. 15-22 GDPR).
heading: právo na prístup concept=access-and-correction
heading: právo dotknutej osoby na prístup concept=access-and-correction
heading: právo na opravu concept=access-and-correction
heading: právo na vymazanie concept=your-rights
heading: právo na zabudnutie concept=your-rights
heading: právo na obmedzenie spracúvania concept=your-rights
heading: právo na prenosnosť concept=your-rights
heading: právo namietať concept=your-rights
heading: právo podať sťažnosť concept=exercising-rights
heading: právo podať návrh na začatie konania concept=exercising-rights
heading: splnomocnení zástupcovia concept=authorized-agents
heading: oprávnení zástupcovia concept=authorized-agents
heading: aké mám práva concept=your-rights
body: právo na prístup weight=3 concept=right-of-access
body: prístup k osobným údajom weight=2.5 concept=right-of-access
body: prístup* weight=1.5 concept=access
body: oprav* weight=2 concept=rectification
body: nepresn* weight=2 concept=rectification
body: aktualizáci* údajov weight=2 concept=rectification
body: vymaza* weight=3 concept=erasure
body: výmaz* weight=3 concept=erasure
body: byť zabudnut* weight=3 concept=erasure
body: zabudnuti* weight=3 concept=erasure
body: prenosnos* weight=3 concept=portability
body: strojovo čitateľn* weight=2.5 concept=portability
body: právo namietať weight=3 concept=right-to-object
body: namieta* weight=2 concept=right-to-object
body: námietk* weight=2 concept=right-to-object
body: obmedzeni* spracúvania weight=3 concept=restriction
body: obmedzeni* spracovania weight=3 concept=restriction
body: obmedzi* weight=1.5 concept=restriction
body: sťažnos* weight=2.5 concept=complaint-to-authority
body: dozorn* orgán* weight=3 concept=complaint-to-authority
body: úrad na ochranu osobných údajov weight=3 concept=complaint-to-authority
body: úrad* na ochranu osobných údajov weight=3 concept=complaint-to-authority
body: uplatn* weight=1.5 concept=exercise-rights
body: overi* vašu totožnosť weight=2 concept=verify-identity
body: overeni* totožnosti weight=2 concept=verify-identity
body: splnomocnen* zástupc* weight=2.5 concept=authorized-agent
body: diskrimin* weight=1.5 concept=non-discrimination
body: dotknut* osob* weight=2 concept=data-subject-rights
body: kópi* weight=1 concept=copy-of-data
body: žiados* weight=0.3 concept=request

[retention]
heading: uchovávanie údajov concept=data-retention
heading: uchovávanie osobných údajov concept=data-retention
heading: doba uchovávania concept=retention-period
heading: doba uchovávania údajov concept=retention-period
heading: doba spracúvania osobných údajov concept=retention-period
heading: doba uloženia concept=retention-period
heading: doba spracúvania concept=retention-period
heading: ako dlho uchovávame vaše údaje concept=how-long-we-keep
heading: ako dlho uchovávame vaše osobné údaje concept=how-long-we-keep
heading: ako dlho spracúvame vaše údaje concept=how-long-we-keep
heading: po akú dobu uchovávame údaje concept=how-long-we-keep
heading: ako dlho uchovávame concept=how-long-we-keep
heading: ukladanie a uchovávanie údajov concept=storage-and-retention
heading: uchovávanie a vymazanie údajov concept=retention-and-deletion
heading: uchovávanie a vymazávanie údajov concept=retention-and-deletion
body: uchováva* weight=3 concept=retain
body: uchovan* weight=3 concept=retain
body: nevyhnutn* dobu weight=3 concept=as-long-as-necessary
body: po dobu nevyhnutn* weight=3 concept=as-long-as-necessary
body: po dobu weight=2 concept=as-long-as-necessary
body: nevyhnutne potrebn* dobu weight=3 concept=as-long-as-necessary
body: už nie sú potrebné weight=2.5 concept=no-longer-needed
body: už nie je potrebné weight=2.5 concept=no-longer-needed
body: ponecháva* weight=1.5 concept=keep
body: uklada* weight=1 concept=store
body: uložen* weight=1 concept=store
body: kritéri* weight=2 concept=retention-criteria
body: dĺžk* uchovávania weight=2 concept=retention-criteria
body: anonymiz* weight=2 concept=anonymise
body: znič* weight=2 concept=destroy
body: bezpečne vymaž* weight=2 concept=destroy
body: skartáci* weight=2 concept=destroy
body: archív* weight=2 concept=archive
body: archivác* weight=2 concept=archive
body: archivova* weight=2 concept=archive
body: premlčac* lehot* weight=2.5 concept=legal-retention-requirements
body: účtovn* predpis* weight=2.5 concept=legal-retention-requirements
body: daňov* predpis* weight=2.5 concept=legal-retention-requirements
body: archivačn* povinnos* weight=2.5 concept=legal-retention-requirements
body: neaktívn* weight=2 concept=inactive-accounts
body: rokov weight=0.5 concept=years
body: roky weight=0.5 concept=years

[security]
heading: bezpečnosť concept=data-security
heading: bezpečnosť údajov concept=data-security
heading: bezpečnosť informácií concept=data-security
heading: zabezpečenie údajov concept=data-security
heading: zabezpečenie osobných údajov concept=data-security
heading: bezpečnosť a šifrovanie concept=data-security
heading: bezpečnostné opatrenia concept=security-measures
heading: opatrenia na ochranu údajov concept=security-measures
heading: ako chránime vaše údaje concept=how-we-protect
heading: ako chránime vaše osobné údaje concept=how-we-protect
heading: ochrana vašich údajov concept=how-we-protect
heading: ako chránime concept=how-we-protect
heading: technické a organizačné opatrenia concept=security-measures
body: bezpečn* weight=2 concept=secure
body: zabezpeč* weight=2 concept=secure
body: záruk* weight=2 concept=safeguards
body: ochrann* opatreni* weight=2.5 concept=safeguards
body: šifrova* weight=3 concept=encryption
body: zašifrova* weight=3 concept=encryption
body: ssl weight=3 concept=encryption
body: tls weight=3 concept=encryption
body: neoprávnen* prístup* weight=3 concept=unauthorized-access
body: neautorizovan* prístup* weight=3 concept=unauthorized-access
body: strata weight=1.5 concept=loss-misuse-alteration
body: straty weight=1.5 concept=loss-misuse-alteration
body: stratou weight=1.5 concept=loss-misuse-alteration
body: stratu weight=1.5 concept=loss-misuse-alteration
body: zneužit* weight=2.5 concept=loss-misuse-alteration
body: pozmeneni* weight=2.5 concept=loss-misuse-alteration
body: zničeni* weight=2 concept=loss-misuse-alteration
body: technick* a organizačn* opatren* weight=3 concept=technical-organisational-measures
body: organizačn* opatren* weight=2.5 concept=technical-organisational-measures
body: fyzick* weight=1.5 concept=physical-safeguards
body: firewall* weight=3 concept=technical-controls
body: hesl* weight=2 concept=technical-controls
body: riadeni* prístupu weight=2.5 concept=technical-controls
body: antivír* weight=2.5 concept=technical-controls
body: porušeni* ochrany osobných údajov weight=3 concept=breach
body: porušeni* bezpečnosti weight=2.5 concept=breach
body: bezpečnostn* incident* weight=3 concept=breach
body: zraniteľnos* weight=2.5 concept=breach
body: dôvern* weight=1.5 concept=confidentiality
body: mlčanliv* weight=1.5 concept=confidentiality
body: nemôžeme zaručiť weight=2.5 concept=no-guarantee
body: úplne bezpečn* weight=2.5 concept=no-guarantee
body: na vlastné riziko weight=2.5 concept=no-guarantee
body: žiadny spôsob prenosu weight=3 concept=no-guarantee
body: štandard* v odvetví weight=2 concept=industry-standard
body: priemyseln* štandard* weight=2 concept=industry-standard
body: chráni* weight=1 concept=protect
body: chránime weight=1 concept=protect
body: zaisti* weight=0.5 concept=ensure
body: zaruči* weight=0.5 concept=ensure
# Personal-data breaches and their notification: a security topic.
heading: porušenie ochrany osobných údajov concept=data-security

[children]
heading: deti concept=childrens-privacy
heading: súkromie detí concept=childrens-privacy
heading: ochrana súkromia detí concept=childrens-privacy
heading: osobné údaje detí concept=childrens-privacy
heading: informácie o deťoch concept=childrens-privacy
heading: deti do 16 rokov concept=age-limits
heading: osoby mladšie ako 16 rokov concept=age-limits
heading: vekové obmedzenia concept=age-limits
heading: vekové obmedzenie concept=age-limits
heading: maloletí concept=minors
heading: maloleté osoby concept=minors
heading: neplnoletí concept=minors
heading: používanie služieb maloletými concept=minors
body: deti weight=3 concept=children
body: detí weight=3 concept=children
body: deťom weight=3 concept=children
body: dieťa* weight=3 concept=children
body: detsk* weight=2.5 concept=children
body: maloleté weight=2.5 concept=minors-teens
body: maloletí weight=2.5 concept=minors-teens
body: maloletých weight=2.5 concept=minors-teens
body: maloletým weight=2.5 concept=minors-teens
body: neplnolet* weight=2.5 concept=minors-teens
body: tínedžer* weight=2.5 concept=minors-teens
body: mladistv* weight=2.5 concept=minors-teens
body: mladš* ako weight=2.5 concept=age-threshold
body: mladš* weight=2 concept=age-threshold
body: rokov veku weight=2.5 concept=age-threshold
body: nedovŕšil* weight=2.5 concept=age-threshold
body: dovŕšen* veku weight=2.5 concept=age-threshold
body: rodič* weight=2.5 concept=parents-guardians
body: zákonn* zástupc* weight=2.5 concept=parents-guardians
body: opatrovník* weight=2.5 concept=parents-guardians
body: súhlas* rodič* weight=3 concept=parental-consent
body: rodičovsk* súhlas* weight=3 concept=parental-consent
body: overiteľn* súhlas* weight=3 concept=parental-consent
body: coppa weight=3 concept=coppa
body: vedome weight=2.5 concept=knowingly-collect
body: vedome nezhromažďujeme weight=3 concept=knowingly-collect
body: nie sú určené weight=2 concept=not-directed-to-children
body: nie je určen* weight=2 concept=not-directed-to-children
body: nie sú zamerané weight=2 concept=not-directed-to-children
body: ak zistíme weight=2 concept=if-we-learn
body: vek* weight=1.5 concept=age
body: maloletý weight=0.5 concept=minor

[international]
heading: medzinárodné prenosy concept=international-transfers
heading: medzinárodný prenos údajov concept=international-transfers
heading: cezhraničný prenos údajov concept=international-transfers
heading: prenos údajov do tretích krajín concept=international-transfers
heading: prenos osobných údajov do tretích krajín concept=international-transfers
heading: prenos mimo eú concept=international-transfers
heading: prenos mimo ehp concept=international-transfers
heading: prenos údajov concept=data-transfers
heading: prenos osobných údajov concept=data-transfers
heading: prenos informácií concept=data-transfers
heading: kde uchovávame vaše údaje concept=where-we-store
heading: kde sú vaše údaje uložené concept=where-we-store
heading: miesto spracúvania concept=where-we-store
heading: miesto uloženia údajov concept=where-we-store
heading: ukladanie údajov weight=1 concept=where-we-store
heading: ukladanie dát weight=1 concept=where-we-store
heading: kde uchovávame weight=2 concept=where-we-store
heading: kde ukladáme weight=2 concept=where-we-store
body: prenos* weight=1.5 concept=transfer
body: prenáša* weight=1.5 concept=transfer
body: cezhraničn* weight=3 concept=cross-border
body: tretí* krajín weight=2 concept=other-countries
body: tretej krajiny weight=2 concept=other-countries
body: tretích krajinách weight=2 concept=other-countries
body: iných krajín weight=2.5 concept=other-countries
body: mimo vašej krajiny weight=2.5 concept=other-countries
body: mimo eú weight=2.5 concept=eea
body: mimo ehp weight=3 concept=eea
body: európsk* hospodársk* priestor* weight=2 concept=eea
body: ehp weight=2 concept=eea
body: spojen* štát* weight=1 concept=united-states
body: usa weight=1 concept=united-states
body: štandardn* zmluvn* doložk* weight=2 concept=transfer-safeguards
body: záväzn* vnútropodnikov* pravidl* weight=2 concept=transfer-safeguards
body: primeran* záruk* weight=2 concept=transfer-safeguards
body: vhodn* záruk* weight=2 concept=transfer-safeguards
body: primeranos* weight=2.5 concept=adequacy
body: rozhodnut* o primeranosti weight=2.5 concept=adequacy
body: primeran* úrov* ochrany weight=2.5 concept=adequacy
body: data privacy framework weight=2.5 concept=privacy-frameworks
body: privacy shield weight=2.5 concept=privacy-frameworks
body: nižš* úrov* ochrany weight=2 concept=less-protective
body: jurisdikci* weight=2 concept=jurisdictions
body: server* umiestnen* weight=2.5 concept=server-location
body: uložen* na serveroch weight=2.5 concept=server-location
body: po celom svete weight=1.5 concept=around-the-world
# One sentence on transfers to the USA (standard contractual clauses, adequacy) in a subsection
# about a social network or cloud service must not outweigh its practice: lighter transfer body
# terms; the headings ("International transfers") still name real transfer sections.

[regional]
heading: obyvatelia kalifornie concept=california
heading: pre obyvateľov kalifornie concept=california
heading: vaše práva podľa kalifornských zákonov concept=california
heading: obyvatelia nevady concept=us-state-rights
heading: práva obyvateľov štátov usa concept=us-state-rights
heading: informácie pre obyvateľov štátov usa concept=us-state-rights
heading: informácie pre používateľov z eú concept=eea-gdpr-notice
heading: používatelia z európskeho hospodárskeho priestoru concept=eea-gdpr-notice
heading: súlad s gdpr concept=eea-gdpr-notice
heading: ustanovenia pre konkrétne jurisdikcie concept=jurisdiction-specific
heading: doplňujúce informácie pre určité jurisdikcie concept=jurisdiction-specific
heading: regionálne ustanovenia concept=jurisdiction-specific
body: kaliforni* weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: shine the light weight=3 concept=california-law
body: občiansk* zákonník* kalifornie weight=2.5 concept=california-law
body: nevad* weight=3 concept=us-states
body: virgíni* weight=3 concept=us-states
body: colorad* weight=3 concept=us-states
body: connecticut* weight=3 concept=us-states
body: obyvate* weight=2 concept=residents
body: rezident* weight=2 concept=residents
body: spotrebiteľ* weight=1.5 concept=consumers
body: nepredávajte weight=3 concept=do-not-sell
body: predaj alebo zdieľanie weight=3 concept=do-not-sell
body: nepredávať ani nezdieľať weight=3 concept=do-not-sell
body: krížov* kontextov* reklam* weight=3 concept=cross-context-advertising
body: finančn* stimul* weight=3 concept=financial-incentives
body: predchádzajúcich 12 mesiacov weight=3 concept=preceding-12-months
body: posledných 12 mesiacov weight=3 concept=preceding-12-months
body: predchádzajúcich dvanástich mesiacov weight=3 concept=preceding-12-months
body: gdpr weight=2.5 concept=eu-gdpr
body: európsk* úni* weight=2 concept=eu-gdpr
body: brazíli* weight=2 concept=brazil-lgpd
body: lgpd weight=3 concept=brazil-lgpd
body: kanad* weight=2 concept=canada-pipeda
body: pipeda weight=3 concept=canada-pipeda
body: štát* weight=0.5 concept=state
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
heading: regionálne prílohy concept=jurisdiction-specific

[third-party-sites]
heading: webové stránky tretích strán concept=third-party-websites
heading: stránky tretích strán concept=third-party-websites
heading: iné webové stránky concept=third-party-websites
heading: odkazy na iné webové stránky concept=links-to-other-sites
heading: odkazy na stránky tretích strán concept=links-to-other-sites
heading: externé odkazy concept=links-to-other-sites
heading: odkazy tretích strán concept=links-to-other-sites
heading: služby tretích strán concept=third-party-services
heading: doplnky sociálnych sietí concept=social-media-plugins
heading: sociálne siete concept=social-media-plugins
heading: zásady ochrany súkromia tretích strán weight=2 concept=third-party-privacy-policies
heading: zásady ochrany osobných údajov tretích strán weight=2 concept=third-party-privacy-policies
body: odkaz* weight=2.5 concept=links
body: hypertextov* odkaz* weight=3 concept=links
body: iné webové stránky weight=2.5 concept=other-sites
body: iných webových stránok weight=2.5 concept=other-sites
body: extern* stránk* weight=2.5 concept=other-sites
body: stránk* tretích strán weight=2.5 concept=other-sites
body: prevádzkovan* tretími stranami weight=2.5 concept=other-sites
body: aplikáci* tretích strán weight=2 concept=third-party-applications
body: služb* tretích strán weight=2.5 concept=third-party-applications
body: extern* aplikáci* weight=2 concept=third-party-applications
body: doplnk* sociálnych sietí weight=2.5 concept=plugins
body: nezodpovedáme weight=3 concept=not-responsible
body: nenesieme zodpovednosť weight=3 concept=not-responsible
body: nemáme kontrolu weight=3 concept=not-responsible
body: nemáme vplyv weight=2.5 concept=not-responsible
body: vlastn* zásad* ochrany weight=3 concept=their-privacy-policies
body: ich zásad* weight=2.5 concept=their-privacy-policies
body: odporúčame vám weight=2.5 concept=encourage-review
body: odporúčame weight=1.5 concept=encourage-review
body: opustíte naš* weight=2.5 concept=leave-our-site
body: opustení našej weight=2.5 concept=leave-our-site
body: plugin* weight=2.5 concept=plugins
body: zásuvn* modul* weight=2.5 concept=plugins
body: doplnk* weight=2 concept=plugins
body: widget* weight=2.5 concept=plugins
body: obsah* weight=0.5 concept=content
body: preštudova* weight=0.5 concept=review
body: skontrolova* weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: sociálne médiá concept=social-media-presence
heading: sociálnych sieťach concept=social-media-presence
heading: sociálnych médiách concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: zhromažďované tretími stranami concept=third-party-data-collection
heading: údaje zhromažďované tretími osobami concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: vložený obsah concept=third-party-services
heading: obsah tretích strán concept=third-party-services
heading: vložené videá concept=third-party-services
heading: synchronizácia v cloude concept=third-party-services
heading: cloudová synchronizácia concept=third-party-services
heading: externé služby concept=third-party-services
heading: používanie služieb tretích strán concept=third-party-services
heading: knižnice tretích strán concept=third-party-services
heading: nástroje tretích strán concept=third-party-services
heading: pluginy sociálnych sietí concept=social-media-plugins
heading: zásuvné moduly concept=social-media-plugins
body: vložen* obsah* weight=2.5 concept=plugins
body: vkladáme weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: obsah* tretích strán weight=3 concept=other-sites
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: rozšíren* režim* ochrany súkromia weight=2.5 concept=plugins
body: prihlásen* do svojho účtu weight=1.5 concept=plugins
body: vlastn* zásad* ochrany osobných údajov weight=2.5 concept=their-privacy-policies
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: sieťové pripojenia weight=2 concept=network-connections
heading: sieťové požiadavky weight=2 concept=network-connections
heading: externé pripojenia weight=2 concept=network-connections
heading: opúšťa vaše zariadenie weight=2 concept=network-connections
heading: opúšťajú vaše zariadenie weight=2 concept=network-connections
heading: odosielané mimo zariadenia weight=2 concept=network-connections
heading: odosielané cez internet weight=2 concept=network-connections
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
heading: zmeny zásad concept=changes-to-policy
heading: zmeny týchto zásad concept=changes-to-policy
heading: zmeny zásad ochrany osobných údajov concept=changes-to-policy
heading: zmeny zásad ochrany súkromia concept=changes-to-policy
heading: zmena zásad concept=changes-to-policy
heading: aktualizácie zásad concept=policy-updates
heading: aktualizácia týchto zásad concept=policy-updates
heading: aktualizácie concept=policy-updates
heading: oznámenie o zmenách concept=notification-of-changes
heading: oznamovanie zmien concept=notification-of-changes
heading: zmeny a doplnenia concept=amendments
heading: úpravy concept=amendments
heading: záverečné ustanovenia concept=amendments
heading: účinnosť concept=entry-into-force
heading: nadobudnutie účinnosti concept=entry-into-force
body: zmen* weight=1.5 concept=change-update
body: aktualiz* weight=2 concept=change-update
body: upravi* weight=2 concept=change-update
body: úprav* weight=1.5 concept=change-update
body: doplni* weight=1.5 concept=change-update
body: dátum účinnosti weight=3 concept=effective-date
body: účinn* od weight=3 concept=effective-date
body: platn* od weight=3 concept=effective-date
body: naposledy aktualizovan* weight=3 concept=effective-date
body: posledn* aktualizáci* weight=3 concept=effective-date
body: z času na čas weight=2.5 concept=from-time-to-time
body: pravideln* weight=1.5 concept=from-time-to-time
body: podstatn* zmen* weight=3 concept=material-changes
body: významn* zmen* weight=3 concept=material-changes
body: ďalším používaním weight=3 concept=continued-use
body: pokračovaním v používaní weight=3 concept=continued-use
body: pravidelne kontrolova* weight=2.5 concept=check-back
body: pravidelne navštevova* weight=2.5 concept=check-back
body: aktuáln* verzi* weight=2 concept=latest-version
body: najnovš* verzi* weight=2 concept=latest-version
body: nadobúda* účinnos* weight=2.5 concept=effective-immediately
body: okamžite weight=1.5 concept=effective-immediately
body: vyhradzuj* si právo weight=2 concept=reserve-the-right
body: vás budeme informovať weight=1.5 concept=notify-you
body: budeme vás informovať weight=1.5 concept=notify-you
body: upozorn* weight=1.5 concept=notify-you
body: zverejn* weight=1 concept=posting
body: verzi* weight=1 concept=version
body: oznámen* weight=0.5 concept=notice

[contact]
heading: kontakt concept=contact-us
heading: kontakty concept=contact-us
heading: kontaktujte nás concept=contact-us
heading: ako nás kontaktovať concept=how-to-contact
heading: ako sa na nás obrátiť concept=how-to-contact
heading: kontaktné údaje concept=contact-information
heading: kontaktné informácie concept=contact-information
heading: otázky concept=questions
heading: otázky a pripomienky concept=questions
heading: otázky a žiadosti concept=questions
heading: zodpovedná osoba concept=data-protection-officer
heading: zodpovedná osoba pre ochranu osobných údajov concept=data-protection-officer
heading: zodpovedná osoba za ochranu osobných údajov concept=data-protection-officer
body: kontaktujte nás weight=3 concept=please-contact
body: kontaktujte weight=2.5 concept=please-contact
body: obráťte sa weight=3 concept=please-contact
body: napíšte nám weight=3 concept=please-contact
body: môžete nás kontaktovať weight=3 concept=please-contact
body: otázk* weight=2.5 concept=questions-comments
body: pripomienk* weight=1.5 concept=questions-comments
body: pochybnos* weight=1.5 concept=questions-comments
body: podnet* weight=1.5 concept=questions-comments
body: zodpovedn* osob* weight=3 concept=dpo
body: dpo weight=3 concept=dpo
body: poverenec weight=3 concept=dpo
body: korešpondenčn* adres* weight=2 concept=postal-address
body: so sídlom weight=2 concept=postal-address
body: ičo weight=2 concept=postal-address
body: telefón* weight=1.5 concept=telephone
body: e-mailom weight=1.5 concept=by-email
body: prostredníctvom e-mailu weight=1.5 concept=by-email
body: zákaznícky servis weight=1.5 concept=customer-service
body: zákazníck* centr* weight=1.5 concept=customer-service
body: zákazníck* servis* weight=1.5 concept=customer-service
body: adres* weight=0.3 concept=address
# The controller's identity and address (GDPR Art. 13(1)(a)): contact, not intro.
heading: prevádzkovateľ concept=contact-information
heading: totožnosť prevádzkovateľa concept=contact-information
heading: prevádzkovateľ osobných údajov concept=contact-information
heading: identifikačné údaje prevádzkovateľa concept=contact-information
heading: na koho sa môžem obrátiť concept=how-to-contact

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
