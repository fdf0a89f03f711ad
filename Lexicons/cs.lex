# Czech lexicon
# Wording follows localized Czech policies (Seznam.cz, Alza, Google) and the Czech text of
# the GDPR (správce, zpracovatel, subjekt údajů, oprávněný zájem, obchodní sdělení).
@language cs
@name Czech
@fold-accents no     # diacritics tell words apart (být/bit, pět/pet, dát/dat)
# oprav* is not used alone: it would also match opravdu ("really").

[profile]
# Function words first. weight=3: Czech, not Polish or Slovak.
# je, že, v, s, a, bude are shared with Slovak: lower weights.
a weight=2
v weight=2
ve weight=2
na
se weight=3
je weight=2
jsou weight=3
jsme weight=3
jste weight=3
být weight=2
bude
budou weight=3
byly weight=3
že weight=2
nebo weight=3
i
s weight=2
z
k weight=2
ke weight=3
do
o
od
po
pro weight=3
při weight=3
za
pod
nad
před weight=3
mezi weight=3
bez
u
podle weight=3
dle weight=3
jako weight=2
také weight=3
pouze weight=3
jen weight=3
když weight=3
pokud weight=3
zda weight=3
aby
však weight=3
ani weight=2
než weight=3
proto weight=3
neboť weight=3
jež weight=3
lze weight=3
zejména weight=3
prostřednictvím weight=3
každý weight=3
jakékoli weight=3
takové weight=3
nám weight=3
nebudeme weight=3
vašim weight=3
údajům weight=3
těmto weight=3
což weight=3
tak
už weight=2
ještě weight=3
které weight=3
který weight=3
která weight=3
kterých weight=3
kterým weight=3
jejich weight=3
jeho weight=2
její weight=3
jim weight=2
nás weight=2
vás weight=2
vám weight=3
vaše weight=3
vašich weight=3
váš weight=3
naše weight=3
našich weight=3
náš weight=3
svých weight=3
své weight=3
tyto weight=3
této weight=3
tato weight=3
tento weight=3
tohoto weight=3
těchto weight=3
to
ten
tím weight=3
všechny weight=3
všech weight=3
jiné weight=3
jiných weight=3
můžeme weight=3
můžete weight=3
může weight=3
mohou weight=3
musí weight=3
máte weight=3
mají weight=3
např weight=2
tj weight=2
rámci weight=3
případě weight=3
souvislosti weight=3
základě weight=3
údaje weight=3
údajů weight=3
údajích weight=3
osobní weight=3
osobních weight=3
zpracování weight=3
zpracováváme weight=3
správce weight=3
souhlas weight=3
souhlasu weight=3
právo weight=2
práva weight=2
ochrany weight=2
ochraně weight=3
informace weight=3
informací weight=3
služby weight=2
služeb weight=3
webové weight=3
stránky weight=2
stránek weight=3
uživatele weight=3
uživatelů weight=3
soubory weight=3
účelem weight=3
účely weight=3
třetím weight=3
třetí weight=3
stranám weight=3
předpisů weight=3
předpisy weight=3
dobu weight=2
doby weight=3
soukromí weight=3
zásady weight=3
zabezpečení weight=2
uchováváme weight=3
shromažďujeme weight=3
používáme weight=3
poskytujeme weight=3
předáváme weight=3
cookies

[units]
year: rok, roky, let, roku, letech, léta
month: měsíc, měsíce, měsíců, měsíci
week: týden, týdny, týdnů, týdne, týdnech
day: den, dny, dní, dnů, dne, dnech
hour: hodina, hodiny, hodin, hodinu
minute: minuta, minuty, minut, minutu
business-day: pracovní den, pracovní dny, pracovních dnů, pracovních dní

[numbers]
1: jeden, jedna, jedno, jednoho, jedné
2: dva, dvě, dvou
3: tři, tří, třech
4: čtyři, čtyř
5: pět, pěti
6: šest, šesti
7: sedm, sedmi
8: osm, osmi
9: devět, devíti
10: deset, deseti
11: jedenáct, jedenácti
12: dvanáct, dvanácti
13: třináct, třinácti
15: patnáct, patnácti
16: šestnáct, šestnácti
18: osmnáct, osmnácti
20: dvacet, dvaceti
24: dvacet čtyři, čtyřiadvacet, dvaceti čtyř
30: třicet, třiceti
60: šedesát, šedesáti
90: devadesát, devadesáti
100: sto, sta

[references]
gdpr: gdpr, obecné nařízení o ochraně osobních údajů, obecného nařízení o ochraně osobních údajů, nařízení 2016/679
ccpa: ccpa, kalifornský zákon o ochraně soukromí spotřebitelů, kalifornského zákona o ochraně soukromí spotřebitelů
cpra: cpra, kalifornský zákon o právech na ochranu soukromí
coppa: coppa, zákon o ochraně soukromí dětí na internetu
lgpd: lgpd, brazilský zákon o ochraně osobních údajů, lei geral de proteção de dados
# Act No. 110/2019 Coll. on the processing of personal data. The id must match the English
# lexicon's id for the same law.
cz-110-2019: zákon o zpracování osobních údajů, zákona o zpracování osobních údajů, 110/2019 sb

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
podmínky použití
podmínky užívání
podmínky služby
obchodní podmínky
smluvní podmínky
rozhodné právo
použitelné právo
rozhodné právo a soudní příslušnost
rozhodné právo a řešení sporů
soudní příslušnost
jurisdikce
oddělitelnost
oddělitelnost ustanovení
salvátorská klauzule
úplná dohoda
nevzdání se práv
vyšší moc
vyloučení odpovědnosti
omezení odpovědnosti
překlady
překlad
další překlady
jiné překlady
jazykové verze
anglická verze má přednost
česká verze má přednost
licence
autorská práva
autorské právo
copyright
poděkování
duševní vlastnictví

[intro]
heading: úvod concept=introduction
heading: úvodní ustanovení concept=introduction
heading: obecné informace concept=introduction
heading: zásady ochrany osobních údajů weight=1 concept=privacy-policy-title
heading: kdo jsme concept=who-we-are
heading: rozsah působnosti concept=scope
# Added with the shared concept inventory (concepts.txt).
heading: shrnutí concept=summary
heading: přehled concept=summary
heading: ve zkratce concept=summary
heading: o těchto zásadách concept=about-this-policy
heading: o tomto dokumentu concept=about-this-policy
heading: působnost zásad concept=scope
heading: na koho se zásady vztahují concept=scope
heading: náš závazek k ochraně soukromí concept=commitment-to-privacy
heading: záleží nám na vašem soukromí concept=commitment-to-privacy
heading: přijetí zásad concept=acceptance
heading: souhlas s podmínkami concept=acceptance
heading: informace o zpracování osobních údajů weight=0.5 concept=privacy-policy-title
heading: zásady ochrany soukromí weight=0.5 concept=privacy-policy-title
body: tyto zásady weight=2.5 concept=this-privacy-policy
body: těchto zásad weight=2 concept=this-privacy-policy
body: zásad* ochrany osobních údajů weight=1.5 concept=this-privacy-policy
body: informace o zpracování weight=2 concept=this-privacy-policy
body: vztahuj* se na weight=2 concept=policy-applies-to
body: dále jen weight=2 concept=referred-to-as
body: se sídlem weight=1 concept=company
body: souhlasíte weight=1.5 concept=acceptance-of-policy
body: obchodní* podmínk* weight=1.5 concept=terms-of-use
body: popisuj* weight=1 concept=policy-describes
body: pozorně weight=1 concept=please-read
body: seznam* se weight=1 concept=please-read
body: respektuj* weight=1.5 concept=committed-to-privacy
body: správce weight=0.5 concept=company
body: webov* stránk* weight=0.5 concept=website
# Added with the shared concept inventory (concepts.txt).
body: používáním weight=1.5 concept=by-using
body: návštěvou weight=1.5 concept=by-using
body: pokud nesouhlasíte weight=2 concept=if-you-do-not-agree
body: záleží nám na weight=2 concept=committed-to-privacy
body: soukromí weight=0.3 concept=privacy
body: služb* weight=0.3 concept=services
body: společnost* weight=0.3 concept=company
# Further ordinary forms (headings decline: a * stem covers the cases).
heading: úvodní informace concept=introduction
heading: rozsah platnosti concept=scope
heading: na koho se vztahuj* concept=scope
body: tyto zásady popisují weight=2.5 concept=policy-describes
body: vysvětluj* weight=1.5 concept=policy-describes
body: dále jen my weight=2.5 concept=we-us-defined   # (dále jen „my“ nebo „nás“)
body: přijímáte weight=1.5 concept=acceptance-of-policy
body: zavazujeme se weight=1.5 concept=committed-to-privacy
body: přečtěte si weight=1.5 concept=please-read
body: podmínk* užívání weight=1.5 concept=terms-of-use
body: podmínk* používání weight=1.5 concept=terms-of-use
heading: o nás weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
# The question "Who is the controller?" introduces the policy's author (the bare noun and
# "identity of the controller" head its address: contact).
heading: kdo je správcem vašich osobních údajů concept=who-we-are
heading: kdo je správc* concept=who-we-are  # "Kdo je správcem (osobních údajů)?", "Kdo je správce"
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary

[definitions]
heading: definice concept=definitions
heading: definice pojmů concept=definitions
heading: vymezení pojmů concept=key-terms
heading: pojmy concept=key-terms
heading: základní pojmy concept=key-terms
heading: používané pojmy concept=key-terms
# Added with the shared concept inventory (concepts.txt).
heading: výklad pojmů concept=interpretation
heading: výklad concept=interpretation
heading: co rozumíme pod pojmem concept=what-we-mean-by
heading: co znamená concept=what-we-mean-by
heading: slovníček pojmů concept=key-terms
body: znamená weight=2.5 concept=means
body: znamenají weight=2 concept=means
body: rozumí se weight=2.5 concept=means
body: pojem weight=2 concept=defined-terms-intro
body: pojm* weight=2 concept=defined-terms-intro
body: definic* weight=2 concept=defined-terms-intro
body: termín* weight=1.5 concept=defined-terms-intro
body: identifikovateln* weight=3 concept=identifiable-person
body: identifikovan* weight=2 concept=identifiable-person
body: fyzick* osob* weight=1.5 concept=identifiable-person
body: správce weight=1 concept=gdpr-roles
body: zpracovatel* weight=2 concept=gdpr-roles
body: subjekt* údajů weight=1.5 concept=gdpr-roles
body: pseudonymizac* weight=2
body: uživatel* weight=0.5 concept=user
# Added with the shared concept inventory (concepts.txt).
body: osobní údaje znamenají weight=3 concept=personal-data-means
body: osobními údaji se rozumí weight=3 concept=personal-data-means
body: dále jen weight=2 concept=hereinafter
body: pro účely těchto zásad weight=2.5 concept=as-used-in-this-policy
body: v těchto zásadách weight=2.5 concept=as-used-in-this-policy
body: zahrnuj* weight=0.5 concept=includes
body: osobní* údaj* weight=0.2 concept=personal-data
body: označuje weight=2.5 concept=refers-to
heading: pojmy a definice concept=key-terms
heading: použité pojmy concept=key-terms
heading: význam pojmů concept=key-terms
heading: vymezení základních pojmů concept=key-terms
body: se rozumí weight=2.5 concept=means   # "osobními údaji se rozumí"

[collection]
heading: jaké údaje shromažďujeme concept=what-we-collect
heading: jaké osobní údaje zpracováváme concept=what-we-collect
heading: rozsah zpracovávaných údajů concept=categories-of-data
heading: kategorie osobních údajů concept=categories-of-data
heading: shromažďování údajů concept=collection-of-information
heading: zdroje osobních údajů concept=sources-of-information
heading: informace které shromažďujeme concept=what-we-collect
heading: zdroje concept=sources-of-information
heading: zdroje údajů concept=sources-of-information
# Added with the shared concept inventory (concepts.txt).
heading: shromažďování osobních údajů concept=collection-of-information
heading: sběr údajů concept=collection-of-information
heading: údaje které nám poskytujete concept=information-you-provide
heading: informace které nám poskytnete concept=information-you-provide
heading: údaje poskytnuté uživatelem concept=information-you-provide
heading: automaticky shromažďované údaje concept=collected-automatically
heading: údaje shromažďované automaticky concept=collected-automatically
heading: informace shromažďované automaticky concept=collected-automatically
heading: jak údaje shromažďujeme concept=how-we-collect
heading: jakým způsobem získáváme údaje concept=how-we-collect
heading: způsob získávání údajů concept=how-we-collect
body: shromažď* weight=2.5 concept=we-collect
body: sbír* weight=2 concept=we-collect
body: získáv* weight=1.5 concept=we-collect
body: získan* weight=1.5 concept=we-collect
body: rozsah* údajů weight=2 concept=data-categories
body: kategori* údajů weight=2 concept=data-categories
body: jméno a příjmení weight=2 concept=name
body: jméno weight=1 concept=name
body: příjmení weight=1.5 concept=name
body: telefonní* čísl* weight=1.5 concept=contact-details
body: e-mailov* adres* weight=1.5 concept=contact-details
body: ip adres* weight=1.5 concept=device-data
body: rodn* čísl* weight=2.5
body: datum narození weight=1.5 concept=demographic-data
body: automaticky weight=1.5 concept=automatically
body: registrac* weight=1 concept=forms
body: poloh* weight=1 concept=location-data
body: zdroj* weight=1 concept=sources
# Added with the shared concept inventory (concepts.txt).
body: poskytnete weight=2 concept=you-provide
body: nám poskytujete weight=2 concept=you-provide
body: veřejně dostupn* weight=2 concept=publicly-available
body: typ* prohlížeče weight=2 concept=device-data
body: operační* systém* weight=2 concept=device-data
body: identifikátor* zařízení weight=2 concept=device-data
body: geolokac* weight=2 concept=location-data
body: údaje o používání weight=2 concept=usage-data
body: demografick* weight=1.5 concept=demographic-data
body: platební* údaj* weight=1 concept=payment-data
body: formulář* weight=1.5 concept=forms
body: účt* weight=0.3 concept=account
body: informac* weight=0.1 concept=information
# Headings asking which personal data are processed (GDPR style): "What personal data do we process?"
heading: jaké osobní údaje concept=what-we-collect
heading: jaké údaje o vás shromažďujeme concept=what-we-collect
heading: jaké údaje zpracováváme concept=what-we-collect
heading: jaké údaje o vás zpracováváme concept=what-we-collect
heading: jaké osobní údaje o vás concept=what-we-collect
heading: jaké informace shromažďujeme concept=what-we-collect
heading: jaké údaje sbíráme concept=what-we-collect
heading: které údaje shromažďujeme concept=what-we-collect
heading: které údaje zpracováváme concept=what-we-collect
heading: které údaje sbíráme concept=what-we-collect
heading: které osobní údaje concept=what-we-collect
heading: shromažďované údaje concept=what-we-collect
heading: zpracovávané údaje concept=what-we-collect
heading: zpracovávané osobní údaje concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: oprávnění concept=what-we-collect
heading: oprávnění aplikace concept=what-we-collect
heading: rozsah zpracovávaných osobních údajů concept=categories-of-data
heading: kategori* zpracovávaných údajů concept=categories-of-data
heading: kategorie údajů concept=categories-of-data
heading: druhy osobních údajů concept=categories-of-data
heading: druhy údajů concept=categories-of-data
heading: typy údajů concept=categories-of-data
# "User data" headings name what the service collects.
heading: uživatelská data concept=categories-of-data
heading: uživatelské údaje concept=categories-of-data
heading: údaje uživatelů concept=categories-of-data
heading: data uživatelů concept=categories-of-data
heading: rozsah zpracování concept=collection-of-information
heading: získávání osobních údajů concept=collection-of-information
heading: získávání údajů concept=collection-of-information
heading: shromažďování informací concept=collection-of-information
heading: sběr osobních údajů concept=collection-of-information
heading: odkud získáváme concept=sources-of-information
heading: odkud údaje získáváme concept=sources-of-information
heading: zdroje informací concept=sources-of-information
heading: údaje které nám poskytnete concept=information-you-provide
heading: údaje které nám sdělíte concept=information-you-provide
heading: kontaktní formulář weight=3 concept=information-you-provide
heading: údaje, které nám poskytujete concept=information-you-provide
heading: informace, které nám poskytujete concept=information-you-provide
heading: zdroj* osobních údajů concept=sources-of-information
heading: automaticky získávané údaje concept=collected-automatically
heading: automaticky shromažďované informace concept=collected-automatically
heading: jak získáváme concept=how-we-collect
heading: jakým způsobem shromažďujeme concept=how-we-collect
heading: jakým způsobem údaje získáváme concept=how-we-collect
body: kontaktní údaje weight=1 concept=contact-details   # also named in contact sections: kept low
body: adres* bydliště weight=1.5 concept=contact-details
body: typ* zařízení weight=2 concept=device-data
body: údaje o poloze weight=2 concept=location-data
body: provozní* údaj* weight=2 concept=usage-data
body: pohlaví weight=1 concept=demographic-data
body: platební* kart* weight=1 concept=payment-data
body: číslo bankovního účtu weight=1 concept=payment-data
body: kontaktní* formulář* weight=1.5 concept=forms
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: hlášení o pádech concept=collected-automatically
heading: hlášení chyb concept=collected-automatically
heading: diagnostické údaje concept=collected-automatically
heading: diagnostika concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: zůstává ve vašem zařízení weight=2 concept=on-device-data
heading: zůstává na vašem zařízení weight=2 concept=on-device-data
heading: zpracovávan* lokálně weight=2 concept=on-device-data
heading: lokálně zpracovávan* weight=2 concept=on-device-data
heading: lokálně uložená data weight=2 concept=on-device-data
heading: lokálně uložené údaje weight=2 concept=on-device-data
heading: lokální zpracování weight=2 concept=on-device-data
heading: zpracování v zařízení weight=2 concept=on-device-data
body: hlášení o pád* weight=2.5 concept=usage-data
body: záznam* o pád* weight=2.5 concept=usage-data
body: ladicí* log* weight=2.5 concept=usage-data
body: diagnostick* údaj* weight=2 concept=usage-data
body: diagnostick* dat* weight=2 concept=usage-data
body: push token* weight=2.5 concept=device-data
body: push server* weight=2 concept=device-data
# Coordinated heading "Sběr a použití informací" (Information Collection and Use): the collection noun leads.
heading: sběr a použití concept=collection-of-information
heading: sběr a používání concept=collection-of-information
heading: shromažďování a používání concept=collection-of-information

[use]
heading: účely zpracování concept=purposes-of-processing
heading: účely zpracování osobních údajů concept=purposes-of-processing
heading: k jakým účelům údaje používáme concept=how-we-use
heading: jak používáme informace concept=how-we-use
heading: jak využíváme vaše údaje concept=how-we-use
heading: využití údajů concept=use-of-information
heading: účely concept=purposes-of-processing
# Added with the shared concept inventory (concepts.txt).
heading: použití informací concept=use-of-information
heading: proč údaje shromažďujeme concept=why-we-collect
heading: účel shromažďování údajů concept=why-we-collect
heading: zpracování osobních údajů concept=processing-of-personal-data
heading: jak zpracováváme osobní údaje concept=processing-of-personal-data
body: používá* weight=1 concept=we-use
body: využív* weight=1 concept=we-use
body: účel* zpracování weight=3 concept=purposes
body: za účelem weight=2 concept=purposes
body: pro účely weight=1.5 concept=purposes
body: poskytování* služ* weight=2 concept=to-provide
body: vyřízení objednávk* weight=2 concept=to-fulfil
body: vyřizování objednávek weight=2 concept=to-fulfil
body: plnění smlouv* weight=1 concept=to-fulfil
body: zlepšov* weight=2 concept=to-improve
body: zlepšení weight=1.5 concept=to-improve
body: personaliz* weight=2.5 concept=to-personalise
body: profilování weight=2.5 concept=profiling
body: analýz* weight=1 concept=to-analyse
body: statistik* weight=1 concept=to-analyse
body: podvod* weight=1.5 concept=to-prevent-fraud
body: zákaznick* podpor* weight=1 concept=to-respond
body: následující účely weight=2 concept=following-purposes
body: následujícím účelům weight=2 concept=following-purposes
# Added with the shared concept inventory (concepts.txt).
body: správ* účtu weight=1.5 concept=to-administer
body: správ* webu weight=1.5 concept=to-administer
body: vývoj* nových weight=2 concept=to-develop
body: komunikac* s vámi weight=2 concept=to-communicate
body: zasílání weight=1 concept=to-send
body: odpověď* na vaše dotazy weight=1.5 concept=to-respond
body: vyřízení* reklamac* weight=1.5 concept=to-respond
body: odstraňování chyb weight=2 concept=to-troubleshoot
body: diagnostik* weight=2 concept=to-troubleshoot
body: průzkum* trhu weight=2 concept=research
body: průzkum* weight=1.5 concept=research
body: zpracování plateb weight=1.5 concept=to-process-transactions
body: plnění právních povinností weight=1 concept=to-comply-with-law
body: automatizovan* rozhodování weight=1.5 concept=automated-decisions
heading: účel* zpracování concept=purposes-of-processing   # "Účel zpracování", "Účelem zpracování je"
heading: za jakým účelem concept=purposes-of-processing
heading: k jakým účelům concept=purposes-of-processing
heading: k čemu vaše údaje používáme concept=how-we-use
heading: k čemu údaje používáme concept=how-we-use
heading: k čemu používáme concept=how-we-use
heading: k čemu využíváme concept=how-we-use
heading: jak používáme vaše údaje concept=how-we-use
heading: jak používáme vaše osobní údaje concept=how-we-use
heading: jak používáme osobní údaje concept=how-we-use
heading: jak využíváme osobní údaje concept=how-we-use
heading: jak využíváme údaje concept=how-we-use
heading: jak využíváme informace concept=how-we-use
heading: jak využíváme concept=how-we-use
heading: jak používáme concept=how-we-use
heading: využívání osobních údajů concept=use-of-information
heading: používání osobních údajů concept=use-of-information
heading: použití osobních údajů concept=use-of-information
heading: využití osobních údajů concept=use-of-information
heading: použití údajů concept=use-of-information
heading: využití informací concept=use-of-information
heading: proč zpracováváme concept=why-we-collect
heading: proč vaše údaje zpracováváme concept=why-we-collect
heading: proč údaje zpracováváme concept=why-we-collect
heading: proč shromažďujeme concept=why-we-collect
heading: proč potřebujeme concept=why-we-collect
heading: jak zpracováváme vaše osobní údaje concept=processing-of-personal-data
heading: jak zpracováváme vaše údaje concept=processing-of-personal-data
heading: jak zpracováváme údaje concept=processing-of-personal-data
heading: zpracování údajů concept=processing-of-personal-data
heading: nakládání s osobními údaji concept=processing-of-personal-data   # usual Czech for "handling of personal data"
heading: jak nakládáme s osobními údaji concept=processing-of-personal-data
heading: jak nakládáme s vašimi osobními údaji concept=processing-of-personal-data
body: účel* weight=1.5 concept=purposes   # účel, účelem, účely, účelů
body: následujících účelů weight=2 concept=following-purposes
body: těmto účelům weight=2 concept=following-purposes
body: za těmito účely weight=2 concept=following-purposes
body: používáme weight=2 concept=we-use
body: využíváme weight=2 concept=we-use
body: zkvalitn* weight=1.5 concept=to-improve
body: komunikac* weight=1 concept=to-communicate
# Purpose headings asked with other verbs and "(processed) for the following purposes".
heading: pro následující účely concept=purposes-of-processing
heading: k těmto účelům concept=purposes-of-processing
heading: automatizovan* rozhodování concept=automated-decision-making
heading: automatizovan* rozhodován* concept=automated-decision-making
heading: automatizovan* individuáln* rozhodován* concept=automated-decision-making
heading: automatizovan* rozhodnut* concept=automated-decision-making

[legal-basis]
heading: právní základ zpracování concept=legal-basis
heading: zákonnost zpracování concept=legal-basis
heading: právní důvody zpracování concept=legal-basis
heading: na jakém základě údaje zpracováváme concept=why-allowed
heading: účely a právní základy zpracování concept=legal-basis
heading: titul zpracování concept=legal-basis
# Added with the shared concept inventory (concepts.txt).
heading: proč smíme vaše údaje zpracovávat concept=why-allowed
body: právní* základ* weight=2 concept=legal-basis-term
body: právní* důvod* weight=2 concept=legal-basis-term
body: oprávněn* zájem weight=2 concept=legitimate-interests
body: oprávněn* zájm* weight=2 concept=legitimate-interests
body: plnění smlouv* weight=2 concept=performance-of-contract
body: uzavření smlouv* weight=1.5 concept=performance-of-contract
body: jejíž smluvní stranou weight=2.5 concept=performance-of-contract
body: právní* povinnost* weight=2.5 concept=legal-obligation
body: životně důležit* zájm* weight=2.5 concept=vital-interests
body: veřejn* zájm* weight=1.5 concept=public-interest
body: čl. 6 weight=2 concept=article-6
body: článk* 6 weight=1.5 concept=article-6
body: zákonnost* weight=1.5 concept=lawful
body: titul* weight=1.5 concept=legal-basis-term
body: souhlas weight=0.5 concept=consent-as-basis
# Added with the shared concept inventory (concepts.txt).
body: zpracování je nezbytné weight=2.5 concept=processing-necessary
body: základní* práv* a svobod* weight=2.5 concept=balancing-test
body: na základě weight=1 concept=on-the-basis-of
body: zákonn* weight=1 concept=lawful
body: nezbytn* weight=0.5 concept=necessary
heading: právní* základ* concept=legal-basis   # právní základ, právní základy, právním základem
heading: právní titul* concept=legal-basis
heading: zákonné důvody concept=legal-basis
heading: na základě čeho concept=why-allowed
heading: na jakém základě concept=why-allowed
body: zákonn* povinnost* weight=2.5 concept=legal-obligation
body: splnění smlouv* weight=2 concept=performance-of-contract
body: smlouv* weight=1 concept=performance-of-contract
# GDPR boilerplate (legal basis, legitimate interests, Art. 6, "on the basis of") stands in every
# subsection of a European policy: lighter body weights; the heading forms still name the section.

[consent]
heading: souhlas uživatele concept=your-consent
heading: váš souhlas concept=your-consent
heading: souhlas se zpracováním osobních údajů concept=your-consent
heading: odvolání souhlasu concept=withdrawal-of-consent
heading: udělení a odvolání souhlasu concept=withdrawal-of-consent
heading: souhlas a jeho odvolání concept=withdrawal-of-consent
# Added with the shared concept inventory (concepts.txt).
heading: souhlas concept=your-consent
heading: jak odvolat souhlas concept=withdrawal-of-consent
body: souhlas* weight=2 concept=you-consent
body: odvol* weight=3 concept=withdraw
body: udělen* souhlas* weight=3 concept=you-consent
body: uděluj* souhlas* weight=3 concept=you-consent
body: výslovn* souhlas* weight=2 concept=explicit-consent
body: aniž by tím byla dotčena weight=3 concept=without-affecting-lawfulness
body: dobrovoln* weight=1.5 concept=freely-given
body: kdykoli weight=1.5 concept=at-any-time
body: kdykoliv weight=1.5 concept=at-any-time
body: zaškrt* weight=1 concept=opt-in
body: svobodn* weight=1 concept=freely-given
body: jednoznačn* weight=1.5 concept=explicit-consent
body: informovan* weight=1
body: bez souhlasu weight=1
# Added with the shared concept inventory (concepts.txt).
body: změníte názor weight=2 concept=change-your-mind
body: souhlasíte s weight=1.5 concept=you-agree
body: povolení weight=1.5 concept=permission
heading: odvolání* souhlas* concept=withdrawal-of-consent
heading: odvolat souhlas concept=withdrawal-of-consent
heading: udělení souhlasu concept=your-consent
heading: souhlas se zpracováním concept=your-consent

[sharing]
heading: příjemci osobních údajů concept=who-we-share-with
heading: kategorie příjemců concept=who-we-share-with
heading: komu údaje předáváme concept=who-we-share-with
heading: komu concept=who-we-share-with
heading: předávání údajů třetím stranám concept=third-parties
heading: sdílení informací concept=sharing-of-information
heading: zpřístupnění údajů concept=disclosure-of-information
# Added with the shared concept inventory (concepts.txt).
heading: jak sdílíme údaje concept=how-we-share
heading: jak sdílíme informace concept=how-we-share
heading: třetí strany concept=third-parties
heading: poskytovatelé služeb concept=service-providers-heading
heading: zpracovatelé concept=service-providers-heading
heading: převod podniku concept=business-transfers
heading: fúze a akvizice concept=business-transfers
heading: žádosti orgánů veřejné moci concept=legal-requests
heading: zpřístupnění na základě zákona concept=legal-requests
heading: prodej osobních údajů concept=sale-of-information
heading: prodáváme vaše údaje concept=sale-of-information
body: příjemc* weight=2.5 concept=recipients
body: předáv* weight=1.5 concept=share
body: předán* weight=1.5 concept=share
body: sdíl* weight=2 concept=share
body: zpřístupň* weight=2 concept=disclose
body: třetí* stran* weight=2 concept=third-parties-term
body: třetí* osob* weight=2 concept=third-parties-term
body: zpracovatel* weight=2 concept=service-providers
body: poskytovatel* služeb weight=2 concept=service-providers
body: naším jménem weight=2 concept=on-our-behalf
body: partner* weight=1 concept=business-partners
body: v rámci skupiny weight=2 concept=affiliates
body: dceřin* společnost* weight=1.5 concept=affiliates
body: orgán* veřejné moci weight=2 concept=authorities
body: orgán* činn* weight=2 concept=authorities
body: dopravc* weight=1.5 concept=service-providers
body: přepravc* weight=1.5 concept=service-providers
body: fúze weight=2 concept=corporate-transaction
body: neprodáváme weight=1.5 concept=sell
body: nepředáv* weight=2 concept=share
body: nesdíl* weight=2 concept=share
body: poskytuj* weight=1 concept=share
# Added with the shared concept inventory (concepts.txt).
body: akvizic* weight=2.5 concept=corporate-transaction
body: převod* podniku weight=2.5 concept=corporate-transaction
body: soudní* příkaz* weight=2.5 concept=legal-process
body: policie weight=2 concept=authorities
body: prodej* weight=1.5 concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: předávání osobních údajů třetím stranám concept=transfer-to-third-parties
heading: předání údajů třetím osobám concept=transfer-to-third-parties
# Recipients asked as access: "Who has access to your personal data?"
heading: kdo má přístup k vašim osobním údajům concept=who-we-share-with
heading: kdo má přístup k concept=who-we-share-with
heading: příjemc* concept=who-we-share-with   # Příjemci, Příjemci údajů, kategorie příjemců
heading: komu předáváme concept=who-we-share-with
heading: komu poskytujeme concept=who-we-share-with
heading: komu zpřístupňujeme concept=who-we-share-with
heading: s kým sdílíme concept=who-we-share-with
heading: sdílení údajů concept=sharing-of-information
heading: sdílení osobních údajů concept=sharing-of-information
heading: sdílení a předávání concept=sharing-of-information
heading: zpřístupnění osobních údajů concept=disclosure-of-information
heading: předávání údajů třetím osobám concept=transfer-to-third-parties
heading: předávání osobních údajů třetím osobám concept=transfer-to-third-parties
heading: poskytování osobních údajů třetím stranám concept=transfer-to-third-parties
heading: poskytování údajů třetím osobám concept=transfer-to-third-parties
heading: předání osobních údajů třetím stranám concept=transfer-to-third-parties
heading: třetí osoby concept=third-parties
heading: třetím osobám concept=third-parties
heading: třetím stranám concept=third-parties
heading: zpracovatel* concept=service-providers-heading   # zpracovatelé, zpracovatelé osobních údajů
heading: dodavatelé concept=service-providers-heading
heading: prodej údajů concept=sale-of-information
body: dodavatel* weight=1.5 concept=service-providers
body: státní* orgán* weight=1.5 concept=authorities
body: skupin* společností weight=2 concept=affiliates
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: hosting concept=service-providers-heading
heading: poskytovatel hostingu concept=service-providers-heading
heading: webhosting concept=service-providers-heading
heading: síť pro doručování obsahu concept=service-providers-heading
heading: zpracovatelé osobních údajů concept=service-providers-heading
heading: monitorování chyb concept=service-providers-heading
body: smlouv* o zpracování osobních údajů weight=2 concept=service-providers
body: zpracovatelsk* smlouv* weight=2 concept=service-providers
body: hostován* weight=2.5 concept=service-providers
body: poskytovatel* hostingu weight=2.5 concept=service-providers
body: webhosting* weight=2.5 concept=service-providers
body: síť pro doručování obsahu weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: cloudov* platform* weight=2 concept=service-providers
body: cloudov* služb* weight=2 concept=service-providers
body: na serverech společnosti weight=2 concept=service-providers
body: monitorování chyb weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: platby weight=2 concept=payments-purchases
heading: zpracování plateb weight=3 concept=payments-purchases
heading: nákupy v aplikaci weight=2 concept=payments-purchases
heading: předplatné weight=2 concept=payments-purchases

[cookies]
heading: soubory cookies concept=cookies
heading: soubory cookie concept=cookies
heading: cookies concept=cookies
heading: zásady používání souborů cookies concept=cookies
heading: cookies a podobné technologie concept=tracking-technologies
heading: sledovací technologie concept=tracking-technologies
# Added with the shared concept inventory (concepts.txt).
heading: webové majáky concept=web-beacons
heading: pixelové značky concept=web-beacons
heading: protokolové soubory concept=log-files
heading: serverové logy concept=log-files
heading: analytika concept=analytics
heading: analytické nástroje concept=analytics
body: soubor* cookie* weight=3 concept=cookie
body: cookie* weight=2 concept=cookie
body: sušenk* weight=1.5 concept=cookie
body: koncov* zařízení weight=2.5 concept=device
body: webov* maják* weight=3 concept=web-beacon
body: pixel* weight=2 concept=web-beacon
body: sledovac* technologi* weight=2.5 concept=tracking-technology
body: podobn* technologi* weight=2 concept=tracking-technology
body: relační* weight=2.5 concept=cookie-lifetime
body: trval* weight=1 concept=cookie-lifetime
body: nastavení prohlížeče weight=1.5 concept=browser-settings
body: prohlížeč* weight=1 concept=browser
body: google analytics weight=3 concept=analytics-term
body: protokolov* soubor* weight=2 concept=log-file
body: lokální úložiště weight=2 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: analytick* weight=1 concept=analytics-term
# Added with the shared concept inventory (concepts.txt).
body: textov* soubor* weight=2.5 concept=text-files
body: nezbytně nutn* weight=2.5 concept=cookie-categories
body: funkční* cookie* weight=2.5 concept=cookie-categories
body: sdk weight=2 concept=sdk
body: fingerprinting weight=2.5 concept=fingerprinting
heading: soubor* cookie* concept=cookies   # soubory cookie(s), souborů cookie, souborech cookies
heading: cookie concept=cookies
heading: zásady cookies concept=cookies
heading: podobné technologie concept=tracking-technologies
heading: sledovací* technologi* concept=tracking-technologies
heading: analytick* služb* concept=analytics
heading: logy concept=log-files
heading: webová analytika concept=analytics

[advertising]
heading: reklama concept=advertising
heading: reklama a marketing concept=advertising
heading: přímý marketing concept=marketing
heading: obchodní sdělení concept=marketing-communications
heading: personalizovaná reklama concept=interest-based-advertising
heading: marketingová komunikace concept=marketing-communications
# Added with the shared concept inventory (concepts.txt).
heading: marketing concept=marketing
heading: cílená reklama concept=interest-based-advertising
heading: reklama založená na zájmech concept=interest-based-advertising
heading: reklama třetích stran concept=third-party-advertising
heading: reklamní sítě concept=third-party-advertising
body: reklam* weight=2.5 concept=ads
body: marketing* weight=2 concept=marketing-purposes
body: obchodní* sdělen* weight=3 concept=marketing-messages
body: newsletter* weight=2.5 concept=marketing-messages
body: reklamní* sít* weight=3 concept=ad-networks
body: cílen* weight=2.5 concept=interest-based
body: retargeting* weight=3 concept=retargeting
body: remarketing* weight=3 concept=retargeting
body: personalizovan* reklam* weight=3 concept=interest-based
body: behaviorální* weight=2 concept=interest-based
body: na základě zájmů weight=2 concept=interest-based
body: propagac* weight=1.5 concept=promotions
body: nabídk* weight=1 concept=promotions
body: sms weight=1 concept=marketing-messages
# Added with the shared concept inventory (concepts.txt).
body: reklamní* partner* weight=3 concept=ad-networks
body: marketingov* účel* weight=2 concept=marketing-purposes
body: zvláštní* nabíd* weight=2 concept=promotions
body: účinnost* reklam* weight=2 concept=ad-measurement
body: your online choices weight=3 concept=ad-industry-programs
body: zájm* weight=0.5 concept=interests
heading: reklamy concept=advertising   # not reklam*: reklamace is a complaint about goods
heading: reklamní* concept=advertising
heading: marketing* concept=marketing   # marketing, marketingové účely
heading: cílen* reklam* concept=interest-based-advertising
heading: personalizovan* reklam* concept=interest-based-advertising
heading: zasílání obchodních sdělení concept=marketing-communications
heading: newsletter* concept=marketing-communications

[do-not-track]
heading: signály do not track concept=do-not-track
heading: funkce do not track concept=do-not-track
heading: nesledovat concept=do-not-track
heading: požadavky nesledovat concept=do-not-track
heading: signály global privacy control concept=global-privacy-control
heading: globální kontrola soukromí concept=global-privacy-control
# Added with the shared concept inventory (concepts.txt).
heading: signály preferencí concept=preference-signals
heading: signály prohlížeče concept=preference-signals
heading: signály odmítnutí sledování concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: nesledov* weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: globální* kontrol* soukromí weight=3 concept=gpc-signal
body: signál* weight=2 concept=opt-out-preference-signal
body: oborov* standard* weight=2 concept=no-uniform-standard
body: jednotn* standard* weight=2 concept=no-uniform-standard
body: standard* weight=1 concept=no-uniform-standard
body: nereagujeme weight=2 concept=do-not-respond
body: neodpovídáme weight=1.5 concept=do-not-respond
body: sledování weight=1 concept=cross-site-tracking
body: prohlížeč* weight=1 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt).
body: respektuj* weight=1.5 concept=honor-signals
body: rozpozn* weight=1.5 concept=honor-signals
body: napříč webov* stránk* weight=2.5 concept=cross-site-tracking
heading: do not track concept=do-not-track

[choices]
heading: vaše volby concept=your-choices
heading: vaše možnosti volby concept=your-choices
heading: správa nastavení concept=managing-preferences
heading: nastavení soukromí concept=managing-preferences
heading: odhlášení z odběru concept=unsubscribing
heading: jak se odhlásit concept=unsubscribing
# Added with the shared concept inventory (concepts.txt).
heading: odmítnutí concept=opting-out
heading: jak odmítnout zpracování concept=opting-out
heading: vznesení námitky proti marketingu concept=opting-out
heading: předvolby komunikace concept=managing-preferences
heading: správa souhlasů concept=managing-preferences
body: odhlás* weight=3 concept=unsubscribe
body: odhláš* weight=3 concept=unsubscribe
body: odběr* weight=2 concept=unsubscribe
body: volb* weight=2 concept=choose-not-to
body: nastavení weight=1.5 concept=settings
body: nastavení účtu weight=1.5 concept=settings
body: spravov* weight=1 concept=settings
body: nesouhlas* weight=1.5 concept=decline
body: poskytnutí údajů je dobrovolné weight=3 concept=choose-not-to
body: neposkytnout weight=2 concept=choose-not-to
body: vypn* weight=1.5 concept=disable
body: blokov* weight=1 concept=disable
body: uživatelsk* účt* weight=1.5 concept=settings
body: opt-out weight=1 concept=opt-out
# Added with the shared concept inventory (concepts.txt).
body: předvolb* weight=1.5 concept=preferences
body: odmít* weight=2 concept=decline
body: marketingov* e-mail* weight=2 concept=promotional-emails
body: obchodní* sdělen* weight=2 concept=promotional-emails
body: služb* určování polohy weight=2 concept=device-permissions
body: push oznámení weight=2 concept=device-permissions
body: v zápatí weight=1.5 concept=unsubscribe-link
body: nebudete moci weight=1.5 concept=consequences-of-refusal
body: dostáv* weight=0.5 concept=receive
heading: vaše možnosti concept=your-choices
heading: možnosti volby concept=your-choices
heading: vaše volba concept=your-choices
heading: správa preferencí concept=managing-preferences
heading: nastavení předvoleb concept=managing-preferences
heading: odhlášení concept=unsubscribing
heading: zrušení odběru concept=unsubscribing

[rights]
heading: vaše práva concept=your-rights
heading: jaká máte práva concept=your-rights
heading: práva subjektu údajů concept=your-rights
heading: práva subjektů údajů concept=your-rights
heading: vaše práva v souvislosti s ochranou osobních údajů concept=your-rights
heading: uplatnění práv concept=exercising-rights
heading: přístup k údajům concept=access-and-correction
# Added with the shared concept inventory (concepts.txt).
heading: jak uplatnit svá práva concept=exercising-rights
heading: jak podat žádost concept=exercising-rights
heading: přístup a oprava concept=access-and-correction
heading: přístup k údajům a jejich oprava concept=access-and-correction
heading: zmocnění zástupci concept=authorized-agents
heading: pověření zástupci concept=authorized-agents
body: máte právo weight=2.5 concept=exercise-rights
body: právo na weight=2 concept=exercise-rights
body: přístup* k osobním údajům weight=2 concept=right-of-access
body: opravu weight=2 concept=rectification
body: oprava weight=2 concept=rectification
body: výmaz* weight=3 concept=erasure
body: být zapomenut weight=3 concept=erasure
body: přenositelnost* weight=3 concept=portability
body: námitk* weight=2.5 concept=right-to-object
body: omezení zpracování weight=2.5 concept=restriction
body: stížnost* weight=2 concept=complaint-to-authority
body: dozorov* úřad* weight=2.5 concept=complaint-to-authority
body: úřad pro ochranu osobních údajů weight=3 concept=complaint-to-authority
body: úoou weight=3 concept=complaint-to-authority
body: automatizovan* rozhodován* weight=2
body: kopi* weight=1 concept=copy-of-data
body: žádost* weight=1 concept=request
# Added with the shared concept inventory (concepts.txt).
body: právo na přístup weight=3 concept=right-of-access
body: ověř* totožnost* weight=2 concept=verify-identity
body: ověření* identit* weight=2 concept=verify-identity
body: zmocněn* zástupc* weight=2.5 concept=authorized-agent
body: diskrimin* weight=1.5 concept=non-discrimination
body: subjekt* údajů weight=2 concept=data-subject-rights
body: uplatn* práv* weight=2 concept=exercise-rights
body: přístup* weight=1.5 concept=access
heading: práva subjekt* údajů concept=your-rights   # práva subjektu / subjektů údajů
heading: práva uživatel* concept=your-rights
heading: vaše práva jako concept=your-rights
heading: uplatnění* práv* concept=exercising-rights
heading: uplatnit svá práva concept=exercising-rights
heading: uplatnění vašich práv concept=exercising-rights
heading: výkon práv concept=exercising-rights
heading: jak můžete uplatnit svá práva concept=exercising-rights
heading: přístup k osobním údajům concept=access-and-correction
heading: oprava a výmaz concept=access-and-correction
# The GDPR's Czech names of the data subject's rights (čl. 15-22 GDPR).
heading: právo na přístup concept=access-and-correction
heading: právo subjektu údajů na přístup concept=access-and-correction
heading: právo na opravu concept=access-and-correction
heading: právo na výmaz concept=your-rights
heading: právo být zapomenut concept=your-rights
heading: právo na omezení zpracování concept=your-rights
heading: právo na přenositelnost concept=your-rights
heading: právo vznést námitku concept=your-rights
heading: právo podat stížnost concept=exercising-rights
heading: jaká mám práva concept=your-rights
body: opravy weight=2 concept=rectification
body: nepřesn* weight=2 concept=rectification
body: smazání weight=2 concept=erasure
body: omezení weight=1.5 concept=restriction

[retention]
heading: doba uchování údajů concept=retention-period
heading: jak dlouho údaje uchováváme concept=how-long-we-keep
heading: doba zpracování osobních údajů concept=retention-period
heading: uchovávání údajů concept=data-retention
heading: doba uložení údajů concept=retention-period
heading: po jakou dobu údaje zpracováváme concept=how-long-we-keep
# Added with the shared concept inventory (concepts.txt).
heading: uchovávání osobních údajů concept=data-retention
heading: uložení a uchovávání údajů concept=storage-and-retention
heading: místo a doba uložení concept=storage-and-retention
heading: uchovávání a výmaz údajů concept=retention-and-deletion
heading: doba uchování a výmaz concept=retention-and-deletion
body: uchováv* weight=2 concept=retain
body: uchován* weight=2 concept=retain
body: dob* uchování weight=3 concept=retain
body: po dobu weight=2 concept=retention-criteria
body: nezbytně nutnou weight=2.5 concept=as-long-as-necessary
body: nejdéle weight=2 concept=as-long-as-necessary
body: promlčecí* lhůt* weight=2.5 concept=legal-retention-requirements
body: lhůt* weight=1.5 concept=retention-criteria
body: smaz* weight=1.5 concept=destroy
body: vymaz* weight=1.5 concept=destroy
body: anonymiz* weight=1.5 concept=anonymise
body: uplynut* weight=2 concept=retention-criteria
body: ukončení weight=1
body: archiv* weight=1 concept=archive
body: zálohy weight=1.5 concept=archive
body: daňov* weight=1.5 concept=legal-retention-requirements
body: účetní* weight=1.5 concept=legal-retention-requirements
# Added with the shared concept inventory (concepts.txt).
body: po dobu nezbytnou weight=3 concept=as-long-as-necessary
body: již nejsou potřebn* weight=2.5 concept=no-longer-needed
body: ponech* weight=1.5 concept=keep
body: zniči* weight=2 concept=destroy
body: neaktivní* weight=2 concept=inactive-accounts
body: let weight=0.5 concept=years
heading: dob* uložení concept=retention-period   # doba uložení, po dobu uložení
heading: dob* uchování concept=retention-period
heading: dob* uchovávání concept=retention-period
heading: dob* zpracování concept=retention-period
heading: doba uchovávání concept=retention-period
heading: doba uložení concept=retention-period
heading: jak dlouho uchováváme concept=how-long-we-keep
heading: jak dlouho zpracováváme concept=how-long-we-keep
heading: jak dlouho concept=how-long-we-keep
heading: po jakou dobu concept=how-long-we-keep
heading: uchovávání* údajů concept=data-retention
heading: uložení údajů concept=data-retention
heading: uložení osobních údajů concept=data-retention
heading: uchovávání a výmaz* concept=retention-and-deletion
heading: jak uchováváme concept=storage-and-retention
body: dob* uložení weight=3 concept=retain
body: ukládá* weight=1 concept=store
body: uložen* weight=1 concept=store
body: po dobu trvání weight=2 concept=retention-criteria
body: skartac* weight=2 concept=destroy
body: likvidac* weight=1.5 concept=destroy

[security]
heading: zabezpečení concept=data-security
heading: zabezpečení údajů concept=data-security
heading: bezpečnost concept=data-security
heading: bezpečnost údajů concept=data-security
heading: jak chráníme vaše údaje concept=how-we-protect
heading: bezpečnostní opatření concept=security-measures
# Added with the shared concept inventory (concepts.txt).
heading: ochrana vašich údajů concept=how-we-protect
heading: jak chráníme informace concept=how-we-protect
heading: opatření k ochraně údajů concept=security-measures
body: zabezpeč* weight=2 concept=secure
body: bezpečnosti weight=2 concept=secure
body: chrán* weight=1 concept=protect
body: šifrov* weight=3 concept=encryption
body: zašifrov* weight=3 concept=encryption
body: ssl weight=2 concept=encryption
body: tls weight=2 concept=encryption
body: neoprávněn* přístup* weight=3 concept=unauthorized-access
body: technick* a organizační* opatření weight=3 concept=technical-organisational-measures
body: organizační* opatření weight=2 concept=technical-organisational-measures
body: porušení zabezpečení weight=2.5 concept=breach
body: incident* weight=2 concept=breach
body: firewall* weight=2 concept=technical-controls
body: antivir* weight=2 concept=technical-controls
body: ztrát* weight=1.5 concept=loss-misuse-alteration
body: hesl* weight=1 concept=technical-controls
# Added with the shared concept inventory (concepts.txt).
body: fyzick* weight=1.5 concept=physical-safeguards
body: důvěrnost* weight=1.5 concept=confidentiality
body: oborov* standard* weight=2 concept=industry-standard
body: nemůžeme zaručit weight=2.5 concept=no-guarantee
body: zajišť* weight=0.5 concept=ensure
body: ochrann* opatření weight=2.5 concept=safeguards
heading: jak chráníme concept=how-we-protect
heading: zabezpečení* údajů concept=data-security
heading: zabezpečení osobních údajů concept=data-security
heading: bezpečnost osobních údajů concept=data-security
heading: bezpečnostní* opatření concept=security-measures
heading: technická a organizační opatření concept=security-measures
body: bezpečn* weight=1.5 concept=secure
body: únik* dat weight=2.5 concept=breach
body: únik* údajů weight=2.5 concept=breach
body: nelze zaručit weight=2.5 concept=no-guarantee
body: neoprávněn* weight=1.5 concept=unauthorized-access
body: zneužit* weight=2 concept=loss-misuse-alteration
# Personal-data breaches and their notification: a security topic.
heading: porušení zabezpečení osobních údajů concept=data-security

[children]
heading: děti concept=childrens-privacy
heading: soukromí dětí concept=childrens-privacy
heading: osobní údaje dětí concept=childrens-privacy
heading: nezletilí concept=minors
heading: ochrana dětí concept=childrens-privacy
heading: osoby mladší 16 let concept=age-limits
# Added with the shared concept inventory (concepts.txt).
heading: věková omezení concept=age-limits
heading: děti mladší 13 let concept=age-limits
heading: používání služeb nezletilými concept=minors
body: dětí weight=3 concept=children
body: dětem weight=2 concept=children
body: dětsk* weight=2 concept=children
body: dítě* weight=3 concept=children
body: nezletil* weight=3 concept=minors-teens
body: mladší* weight=2.5 concept=age-threshold
body: věku weight=1.5 concept=age
body: nedovrš* weight=2.5 concept=age-threshold
body: rodič* weight=2.5 concept=parents-guardians
body: zákonn* zástupc* weight=2.5 concept=parents-guardians
body: opatrovník* weight=2 concept=parents-guardians
body: souhlas* rodič* weight=3 concept=parental-consent
body: coppa weight=3 concept=coppa
body: vědomě weight=1.5 concept=knowingly-collect
body: úmyslně weight=1 concept=knowingly-collect
# Added with the shared concept inventory (concepts.txt).
body: není určen* weight=2 concept=not-directed-to-children
body: nejsou určen* weight=2 concept=not-directed-to-children
body: pokud zjistíme weight=2 concept=if-we-learn
heading: dět* concept=childrens-privacy   # děti, dětí, dětem
heading: ochrana soukromí dětí concept=childrens-privacy
heading: nezletil* concept=minors
heading: osoby mladší* concept=age-limits
heading: věková hranice concept=age-limits
heading: věkové omezení concept=age-limits
body: věk weight=1.5 concept=age
body: souhlas* zákonného zástupce weight=3 concept=parental-consent

[international]
heading: předávání údajů do třetích zemí concept=international-transfers
heading: předávání osobních údajů mimo eu concept=international-transfers
heading: mezinárodní předávání údajů concept=international-transfers
heading: předávání mimo evropský hospodářský prostor concept=international-transfers
heading: kde údaje uchováváme concept=where-we-store
heading: umístění údajů concept=where-we-store
# Added with the shared concept inventory (concepts.txt).
heading: předávání údajů concept=data-transfers
heading: přenos údajů concept=data-transfers
body: třetí* zem* weight=2 concept=other-countries
body: mimo eu weight=2.5 concept=eea
body: mimo ehp weight=3 concept=eea
body: evropsk* hospodářsk* prostor* weight=2 concept=eea
body: mezinárodní* předáv* weight=3 concept=cross-border
body: přenos* weight=1.5 concept=transfer
body: standardní* smluvní* doložk* weight=2 concept=transfer-safeguards
body: odpovídající* úrov* weight=2.5 concept=adequacy
body: závazn* podnikov* pravidl* weight=2 concept=transfer-safeguards
body: vhodn* záruk* weight=2 concept=transfer-safeguards
body: spojen* stát* weight=1 concept=united-states
body: data privacy framework weight=2 concept=privacy-frameworks
body: server* weight=1 concept=server-location
# Added with the shared concept inventory (concepts.txt).
body: přeshranič* weight=3 concept=cross-border
body: jiných zemí weight=2.5 concept=other-countries
body: rozhodnutí o odpovídající ochraně weight=2.5 concept=adequacy
body: privacy shield weight=2.5 concept=privacy-frameworks
body: nižší úrov* ochrany weight=2 concept=less-protective
body: jurisdikc* weight=2 concept=jurisdictions
body: po celém světě weight=1.5 concept=around-the-world
body: předáv* weight=1.5 concept=transfer
heading: předávání* do třetích zemí concept=international-transfers
heading: předání* do třetích zemí concept=international-transfers
heading: předávání* osobních údajů do třetích zemí concept=international-transfers
heading: předávání* údajů do zahraničí concept=international-transfers
heading: předávání* osobních údajů do zahraničí concept=international-transfers
heading: předávání mimo concept=international-transfers
heading: kde jsou vaše údaje uloženy concept=where-we-store
heading: kde údaje zpracováváme concept=where-we-store
heading: místo zpracování concept=where-we-store
heading: ukládání dat weight=1 concept=where-we-store
heading: ukládání údajů weight=1 concept=where-we-store
heading: kde uchováváme weight=2 concept=where-we-store
heading: kde ukládáme weight=2 concept=where-we-store
body: do zahraničí weight=2.5 concept=other-countries
body: mimo evropskou unii weight=2.5 concept=eea
body: mimo evropský hospodářský prostor weight=3 concept=eea
# One sentence on transfers to the USA (standard contractual clauses, adequacy) in a subsection
# about a social network or cloud service must not outweigh its practice: lighter transfer body
# terms; the headings ("International transfers") still name real transfer sections.

[regional]
heading: pro obyvatele kalifornie concept=california
heading: obyvatelé kalifornie concept=california
heading: informace pro uživatele z eu concept=eea-gdpr-notice
heading: uživatelé z evropského hospodářského prostoru concept=eea-gdpr-notice
heading: regionální ustanovení concept=jurisdiction-specific
heading: doplňující informace pro určité jurisdikce concept=jurisdiction-specific
# Added with the shared concept inventory (concepts.txt).
heading: práva obyvatel států usa concept=us-state-rights
heading: obyvatelé nevady concept=us-state-rights
heading: soulad s gdpr concept=eea-gdpr-notice
body: kaliforni* weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: gdpr weight=2 concept=eu-gdpr
body: evropsk* uni* weight=2 concept=eu-gdpr
body: eu weight=1 concept=eu-gdpr
body: ehp weight=2 concept=eu-gdpr
body: obyvatel* weight=2 concept=residents
body: rezident* weight=2 concept=residents
body: jurisdikc* weight=2
body: brazíli* weight=1.5 concept=brazil-lgpd
body: velk* británi* weight=1.5
body: místní* předpis* weight=1.5
body: prodej* osobních údajů weight=1.5 concept=do-not-sell
body: slovensk* weight=1
# Added with the shared concept inventory (concepts.txt).
body: nevad* weight=3 concept=us-states
body: virgini* weight=3 concept=us-states
body: colorad* weight=3 concept=us-states
body: connecticut* weight=3 concept=us-states
body: spotřebitel* weight=1.5 concept=consumers
body: neprodávejte weight=3 concept=do-not-sell
body: mezikontextov* weight=3 concept=cross-context-advertising
body: finanční* pobídk* weight=3 concept=financial-incentives
body: předchozích 12 měsíců weight=3 concept=preceding-12-months
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
heading: regionální přílohy concept=jurisdiction-specific

[third-party-sites]
heading: odkazy na jiné webové stránky concept=links-to-other-sites
heading: odkazy na stránky třetích stran weight=2 concept=links-to-other-sites
heading: webové stránky třetích stran weight=2 concept=third-party-websites
heading: stránky třetích osob concept=third-party-websites
heading: služby třetích stran weight=2 concept=third-party-services
heading: externí odkazy concept=links-to-other-sites
# Added with the shared concept inventory (concepts.txt).
heading: sociální pluginy concept=social-media-plugins
heading: sociální sítě concept=social-media-plugins
heading: zásady ochrany osobních údajů třetích stran concept=third-party-privacy-policies
heading: zásady třetích stran concept=third-party-privacy-policies
body: stránk* třetích stran weight=3 concept=other-sites
body: služb* třetích stran weight=2.5 concept=third-party-applications
body: odkaz* weight=1.5 concept=links
body: hypertextov* odkaz* weight=2.5 concept=links
body: extern* weight=1.5 concept=other-sites
body: neneseme odpovědnost weight=2.5 concept=not-responsible
body: odpovědnost* weight=1 concept=not-responsible
body: nemáme kontrolu weight=2.5 concept=not-responsible
body: nemáme vliv weight=2.5 concept=not-responsible
body: vlastní* zásad* weight=2 concept=their-privacy-policies
body: sociální* sít* weight=1.5 concept=plugins
body: plugin* weight=2 concept=plugins
body: zásuvn* modul* weight=2 concept=plugins
body: přesměrov* weight=1.5 concept=leave-our-site
body: nevztahuj* weight=2.5 concept=not-responsible
# Added with the shared concept inventory (concepts.txt).
body: doporučujeme seznámit weight=2.5 concept=encourage-review
body: aplikac* třetích stran weight=2 concept=third-party-applications
body: obsah* weight=0.5 concept=content
body: seznám* weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: sociální média concept=social-media-presence
heading: sociálních sítích concept=social-media-presence
heading: sociálních médiích concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: shromažďované třetími stranami concept=third-party-data-collection
heading: údaje shromažďované třetími osobami concept=third-party-data-collection
heading: odkaz* na jiné concept=links-to-other-sites
heading: odkaz* třetích stran concept=links-to-other-sites
heading: webové stránky třetích osob weight=2 concept=third-party-websites
heading: služby třetích osob weight=2 concept=third-party-services
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: vložený obsah concept=third-party-services
heading: obsah třetích stran concept=third-party-services
heading: vložená videa concept=third-party-services
heading: synchronizace v cloudu concept=third-party-services
heading: cloudová synchronizace concept=third-party-services
heading: záloha na icloud concept=third-party-services
heading: externí služby concept=third-party-services
heading: využívání služeb třetích stran concept=third-party-services
heading: knihovny třetích stran concept=third-party-services
heading: nástroje třetích stran concept=third-party-services
heading: pluginy sociálních sítí concept=social-media-plugins
heading: zásuvné moduly concept=social-media-plugins
body: vložen* obsah* weight=2.5 concept=plugins
body: vkládáme weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: obsah* třetích stran weight=3 concept=other-sites
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: rozšířen* režim* ochrany soukromí weight=2.5 concept=plugins
body: přihlášen* ke svému účtu weight=1.5 concept=plugins
body: vlastní* zásad* ochrany osobních údajů weight=2.5 concept=their-privacy-policies
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: síťová připojení weight=2 concept=network-connections
heading: síťové požadavky weight=2 concept=network-connections
heading: externí připojení weight=2 concept=network-connections
heading: opouští vaše zařízení weight=2 concept=network-connections
heading: opouštějí vaše zařízení weight=2 concept=network-connections
heading: odesílan* mimo vaše zařízení weight=2 concept=network-connections
heading: odesílan* přes internet weight=2 concept=network-connections
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
heading: změny zásad concept=changes-to-policy
heading: změny těchto zásad concept=changes-to-policy
heading: změny zásad ochrany osobních údajů concept=changes-to-policy
heading: změna zásad concept=changes-to-policy
heading: aktualizace zásad concept=policy-updates
heading: závěrečná ustanovení
# Added with the shared concept inventory (concepts.txt).
heading: oznámení o změnách concept=notification-of-changes
heading: informování o změnách concept=notification-of-changes
heading: změny concept=amendments
heading: úpravy concept=amendments
heading: účinnost concept=entry-into-force
heading: nabytí účinnosti concept=entry-into-force
body: změn* weight=1.5 concept=change-update
body: aktualiz* weight=2 concept=change-update
body: poslední* aktualizac* weight=3 concept=effective-date
body: účinnost* weight=3 concept=effective-date
body: nabýv* účinnost* weight=3 concept=effective-date
body: platn* od weight=3 concept=effective-date
body: nov* verz* weight=2.5 concept=latest-version
body: aktuální* verz* weight=2.5 concept=latest-version
body: zveřejn* weight=1.5 concept=posting
body: pravidelně weight=1.5 concept=check-back
body: dalším používáním weight=2 concept=continued-use
body: pokračováním v používání weight=2 concept=continued-use
body: vyhrazuj* weight=2 concept=reserve-the-right
body: o změnách weight=1.5 concept=notify-you
# Added with the shared concept inventory (concepts.txt).
body: čas od času weight=2.5 concept=from-time-to-time
body: podstatn* změn* weight=3 concept=material-changes
body: okamžikem zveřejnění weight=2.5 concept=effective-immediately
body: verz* weight=1 concept=version
body: oznámení weight=0.5 concept=notice
heading: změn* zásad* concept=changes-to-policy   # změny zásad, změna zásad ochrany ...
heading: změn* těchto zásad* concept=changes-to-policy
heading: změn* v těchto zásadách concept=changes-to-policy
heading: změn* v zásadách concept=changes-to-policy
heading: aktualizace těchto zásad concept=policy-updates
heading: aktualizace* zásad* concept=policy-updates
heading: platnost a účinnost concept=entry-into-force
heading: platnost zásad concept=entry-into-force

[contact]
heading: kontakty concept=contact-us
heading: kontaktní údaje concept=contact-information
heading: kontaktujte nás concept=contact-us
heading: jak nás kontaktovat concept=how-to-contact
heading: pověřenec pro ochranu osobních údajů concept=data-protection-officer
heading: dotazy a žádosti concept=questions
# Added with the shared concept inventory (concepts.txt).
heading: kontakt concept=contact-us
heading: kontaktní informace concept=contact-information
heading: dotazy concept=questions
heading: pověřenec pro ochranu údajů concept=data-protection-officer
body: kontakt* weight=2 concept=please-contact
body: kontaktujte weight=3 concept=please-contact
body: napiš* weight=2 concept=please-contact
body: pověřen* pro ochranu osobních údajů weight=3 concept=dpo
body: dpo weight=2.5 concept=dpo
body: dotaz* weight=1.5 concept=questions-comments
body: žádost* weight=1 concept=questions-comments
body: korespondenční adres* weight=2 concept=postal-address
body: se sídlem weight=2 concept=postal-address
body: ičo weight=2.5
body: dič weight=2.5
body: zákaznick* podpor* weight=2 concept=customer-service
body: zákaznick* centr* weight=2 concept=customer-service
body: e-mail weight=1 concept=by-email
body: telefon* weight=0.5 concept=telephone
# Added with the shared concept inventory (concepts.txt).
body: adres* weight=0.3 concept=address
heading: kontakt* concept=contact-us   # kontakt, kontakty, kontaktujte nás, kontaktní údaje
heading: pověřen* pro ochranu osobních údajů concept=data-protection-officer   # pověřenec, pověřence
heading: pověřen* pro ochranu údajů concept=data-protection-officer
body: připomínk* weight=1.5 concept=questions-comments
body: podnět* weight=1.5 concept=questions-comments
heading: tiráž concept=contact-information
# The controller's identity and address (GDPR Art. 13(1)(a)): contact, not intro.
heading: totožnost správce concept=contact-information
heading: identifikace správce concept=contact-information
heading: správce osobních údajů concept=contact-information
heading: správce údajů concept=contact-information
heading: správce concept=contact-information
heading: na koho se mohu obrátit concept=how-to-contact

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
