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

[intro]
heading: úvod
heading: úvodní ustanovení
heading: obecné informace
heading: zásady ochrany osobních údajů
heading: kdo jsme
heading: kdo je správcem vašich osobních údajů
heading: rozsah působnosti
body: tyto zásady weight=2.5
body: těchto zásad weight=2
body: zásad* ochrany osobních údajů weight=1.5
body: informace o zpracování weight=2
body: vztahuj* se na weight=2
body: dále jen weight=2
body: se sídlem weight=1
body: souhlasíte weight=1.5
body: obchodní* podmínk* weight=1.5
body: popisuj* weight=1
body: pozorně weight=1
body: seznam* se weight=1
body: respektuj* weight=1.5
body: správce weight=0.5
body: webov* stránk* weight=0.5

[definitions]
heading: definice
heading: definice pojmů
heading: vymezení pojmů
heading: pojmy
heading: základní pojmy
heading: používané pojmy
body: znamená weight=2.5
body: znamenají weight=2
body: rozumí se weight=2.5
body: pojem weight=2
body: pojm* weight=2
body: definic* weight=2
body: termín* weight=1.5
body: identifikovateln* weight=3
body: identifikovan* weight=2
body: fyzick* osob* weight=1.5
body: správce weight=1
body: zpracovatel* weight=2
body: subjekt* údajů weight=1.5
body: pseudonymizac* weight=2
body: uživatel* weight=0.5

[collection]
heading: jaké údaje shromažďujeme
heading: jaké osobní údaje zpracováváme
heading: rozsah zpracovávaných údajů
heading: kategorie osobních údajů
heading: shromažďování údajů
heading: zdroje osobních údajů
heading: informace které shromažďujeme
heading: zdroje
heading: zdroje údajů
body: shromažď* weight=2.5
body: sbír* weight=2
body: získáv* weight=1.5
body: získan* weight=1.5
body: rozsah* údajů weight=2
body: kategori* údajů weight=2
body: jméno a příjmení weight=2
body: jméno weight=1
body: příjmení weight=1.5
body: telefonní* čísl* weight=1.5
body: e-mailov* adres* weight=1.5
body: ip adres* weight=1.5
body: rodn* čísl* weight=2.5
body: datum narození weight=1.5
body: automaticky weight=1.5
body: registrac* weight=1
body: poloh* weight=1
body: zdroj* weight=1

[use]
heading: účely zpracování
heading: účely zpracování osobních údajů
heading: k jakým účelům údaje používáme
heading: jak používáme informace
heading: jak využíváme vaše údaje
heading: využití údajů
heading: účely
body: používá* weight=1
body: využív* weight=1
body: účel* zpracování weight=3
body: za účelem weight=2
body: pro účely weight=1.5
body: poskytování* služ* weight=2
body: vyřízení objednávk* weight=2
body: vyřizování objednávek weight=2
body: plnění smlouv* weight=1
body: zlepšov* weight=2
body: zlepšení weight=1.5
body: personaliz* weight=2.5
body: profilování weight=2.5
body: analýz* weight=1
body: statistik* weight=1
body: podvod* weight=1.5
body: zákaznick* podpor* weight=1
body: následující účely weight=2
body: následujícím účelům weight=2

[legal-basis]
heading: právní základ zpracování
heading: zákonnost zpracování
heading: právní důvody zpracování
heading: na jakém základě údaje zpracováváme
heading: účely a právní základy zpracování
heading: titul zpracování
body: právní* základ* weight=3
body: právní* důvod* weight=3
body: oprávněn* zájem weight=3
body: oprávněn* zájm* weight=3
body: plnění smlouv* weight=2
body: uzavření smlouv* weight=1.5
body: jejíž smluvní stranou weight=2.5
body: právní* povinnost* weight=2.5
body: životně důležit* zájm* weight=2.5
body: veřejn* zájm* weight=1.5
body: čl. 6 weight=2
body: článk* 6 weight=1.5
body: zákonnost* weight=1.5
body: titul* weight=1.5
body: souhlas weight=0.5

[consent]
heading: souhlas uživatele
heading: váš souhlas
heading: souhlas se zpracováním osobních údajů
heading: odvolání souhlasu
heading: udělení a odvolání souhlasu
heading: souhlas a jeho odvolání
body: souhlas* weight=2
body: odvol* weight=3
body: udělen* souhlas* weight=3
body: uděluj* souhlas* weight=3
body: výslovn* souhlas* weight=2
body: aniž by tím byla dotčena weight=3
body: dobrovoln* weight=1.5
body: kdykoli weight=1.5
body: kdykoliv weight=1.5
body: zaškrt* weight=1
body: svobodn* weight=1
body: jednoznačn* weight=1.5
body: informovan* weight=1
body: bez souhlasu weight=1

[sharing]
heading: příjemci osobních údajů
heading: kategorie příjemců
heading: komu údaje předáváme
heading: předávání údajů třetím stranám
heading: sdílení informací
heading: zpřístupnění údajů
body: příjemc* weight=2.5
body: předáv* weight=1.5
body: předán* weight=1.5
body: sdíl* weight=2
body: zpřístupň* weight=2
body: třetí* stran* weight=2
body: třetí* osob* weight=2
body: zpracovatel* weight=2
body: poskytovatel* služeb weight=2
body: naším jménem weight=2
body: partner* weight=1
body: v rámci skupiny weight=2
body: dceřin* společnost* weight=1.5
body: orgán* veřejné moci weight=2
body: orgán* činn* weight=2
body: dopravc* weight=1.5
body: přepravc* weight=1.5
body: fúze weight=2
body: neprodáváme weight=1.5
body: nepředáv* weight=2
body: nesdíl* weight=2
body: poskytuj* weight=1

[cookies]
heading: soubory cookies
heading: soubory cookie
heading: cookies
heading: zásady používání souborů cookies
heading: cookies a podobné technologie
heading: sledovací technologie
body: soubor* cookie* weight=3
body: cookie* weight=2
body: sušenk* weight=1.5
body: koncov* zařízení weight=2.5
body: webov* maják* weight=3
body: pixel* weight=2
body: sledovac* technologi* weight=2.5
body: podobn* technologi* weight=2
body: relační* weight=2.5
body: trval* weight=1
body: nastavení prohlížeče weight=1.5
body: prohlížeč* weight=1
body: google analytics weight=3
body: protokolov* soubor* weight=2
body: lokální úložiště weight=2
body: analytick* weight=1

[advertising]
heading: reklama
heading: reklama a marketing
heading: přímý marketing
heading: obchodní sdělení
heading: personalizovaná reklama
heading: marketingová komunikace
body: reklam* weight=2.5
body: marketing* weight=2
body: obchodní* sdělen* weight=3
body: newsletter* weight=2.5
body: reklamní* sít* weight=3
body: cílen* weight=2.5
body: retargeting* weight=3
body: remarketing* weight=3
body: personalizovan* reklam* weight=3
body: behaviorální* weight=2
body: na základě zájmů weight=2
body: propagac* weight=1.5
body: nabídk* weight=1
body: sms weight=1

[do-not-track]
heading: signály do not track
heading: funkce do not track
heading: nesledovat
heading: požadavky nesledovat
heading: signály global privacy control
heading: globální kontrola soukromí
body: do not track weight=3
body: dnt weight=3
body: nesledov* weight=3
body: global privacy control weight=3
body: gpc weight=3
body: globální* kontrol* soukromí weight=3
body: signál* weight=2
body: oborov* standard* weight=2
body: jednotn* standard* weight=2
body: standard* weight=1
body: nereagujeme weight=2
body: neodpovídáme weight=1.5
body: sledování weight=1
body: prohlížeč* weight=1

[choices]
heading: vaše volby
heading: vaše možnosti volby
heading: správa nastavení
heading: nastavení soukromí
heading: odhlášení z odběru
heading: jak se odhlásit
body: odhlás* weight=3
body: odhláš* weight=3
body: odběr* weight=2
body: volb* weight=2
body: nastavení weight=1.5
body: nastavení účtu weight=1.5
body: spravov* weight=1
body: nesouhlas* weight=1.5
body: poskytnutí údajů je dobrovolné weight=3
body: neposkytnout weight=2
body: vypn* weight=1.5
body: blokov* weight=1
body: uživatelsk* účt* weight=1.5
body: opt-out weight=1

[rights]
heading: vaše práva
heading: jaká máte práva
heading: práva subjektu údajů
heading: práva subjektů údajů
heading: vaše práva v souvislosti s ochranou osobních údajů
heading: uplatnění práv
heading: přístup k údajům
body: máte právo weight=2.5
body: právo na weight=2
body: přístup* k osobním údajům weight=2
body: opravu weight=2
body: oprava weight=2
body: výmaz* weight=3
body: být zapomenut weight=3
body: přenositelnost* weight=3
body: námitk* weight=2.5
body: omezení zpracování weight=2.5
body: stížnost* weight=2
body: dozorov* úřad* weight=2.5
body: úřad pro ochranu osobních údajů weight=3
body: úoou weight=3
body: automatizovan* rozhodován* weight=2
body: kopi* weight=1
body: žádost* weight=1

[retention]
heading: doba uchování údajů
heading: jak dlouho údaje uchováváme
heading: doba zpracování osobních údajů
heading: uchovávání údajů
heading: doba uložení údajů
heading: po jakou dobu údaje zpracováváme
body: uchováv* weight=2
body: uchován* weight=2
body: dob* uchování weight=3
body: po dobu weight=2
body: nezbytně nutnou weight=2.5
body: nejdéle weight=2
body: promlčecí* lhůt* weight=2.5
body: lhůt* weight=1.5
body: smaz* weight=1.5
body: vymaz* weight=1.5
body: anonymiz* weight=1.5
body: uplynut* weight=2
body: ukončení weight=1
body: archiv* weight=1
body: zálohy weight=1.5
body: daňov* weight=1.5
body: účetní* weight=1.5

[security]
heading: zabezpečení
heading: zabezpečení údajů
heading: bezpečnost
heading: bezpečnost údajů
heading: jak chráníme vaše údaje
heading: bezpečnostní opatření
body: zabezpeč* weight=2
body: bezpečnosti weight=2
body: chrán* weight=1
body: šifrov* weight=3
body: zašifrov* weight=3
body: ssl weight=2
body: tls weight=2
body: neoprávněn* přístup* weight=3
body: technick* a organizační* opatření weight=3
body: organizační* opatření weight=2
body: porušení zabezpečení weight=2.5
body: incident* weight=2
body: firewall* weight=2
body: antivir* weight=2
body: ztrát* weight=1.5
body: hesl* weight=1

[children]
heading: děti
heading: soukromí dětí
heading: osobní údaje dětí
heading: nezletilí
heading: ochrana dětí
heading: osoby mladší 16 let
body: dětí weight=3
body: dětem weight=2
body: dětsk* weight=2
body: dítě* weight=3
body: nezletil* weight=3
body: mladší* weight=2.5
body: věku weight=1.5
body: nedovrš* weight=2.5
body: rodič* weight=2.5
body: zákonn* zástupc* weight=2.5
body: opatrovník* weight=2
body: souhlas* rodič* weight=3
body: coppa weight=3
body: vědomě weight=1.5
body: úmyslně weight=1

[international]
heading: předávání údajů do třetích zemí
heading: předávání osobních údajů mimo eu
heading: mezinárodní předávání údajů
heading: předávání mimo evropský hospodářský prostor
heading: kde údaje uchováváme
heading: umístění údajů
body: třetí* zem* weight=3
body: mimo eu weight=2.5
body: mimo ehp weight=3
body: evropsk* hospodářsk* prostor* weight=2
body: mezinárodní* předáv* weight=3
body: přenos* weight=1.5
body: standardní* smluvní* doložk* weight=3
body: odpovídající* úrov* weight=2.5
body: závazn* podnikov* pravidl* weight=2.5
body: vhodn* záruk* weight=2
body: spojen* stát* weight=1.5
body: data privacy framework weight=2
body: server* weight=1

[regional]
heading: pro obyvatele kalifornie
heading: obyvatelé kalifornie
heading: informace pro uživatele z eu
heading: uživatelé z evropského hospodářského prostoru
heading: regionální ustanovení
heading: doplňující informace pro určité jurisdikce
body: kaliforni* weight=3
body: ccpa weight=3
body: cpra weight=3
body: gdpr weight=2
body: evropsk* uni* weight=2
body: eu weight=1
body: ehp weight=2
body: obyvatel* weight=2
body: rezident* weight=2
body: jurisdikc* weight=2
body: brazíli* weight=1.5
body: velk* británi* weight=1.5
body: místní* předpis* weight=1.5
body: prodej* osobních údajů weight=1.5
body: slovensk* weight=1

[third-party-sites]
heading: odkazy na jiné webové stránky
heading: odkazy na stránky třetích stran weight=2
heading: webové stránky třetích stran weight=2
heading: stránky třetích osob
heading: služby třetích stran weight=2
heading: externí odkazy
body: stránk* třetích stran weight=3
body: služb* třetích stran weight=2.5
body: odkaz* weight=1.5
body: hypertextov* odkaz* weight=2.5
body: extern* weight=1.5
body: neneseme odpovědnost weight=2.5
body: odpovědnost* weight=1
body: nemáme kontrolu weight=2.5
body: nemáme vliv weight=2.5
body: vlastní* zásad* weight=2
body: sociální* sít* weight=1.5
body: plugin* weight=2
body: zásuvn* modul* weight=2
body: přesměrov* weight=1.5
body: nevztahuj* weight=2.5

[changes]
heading: změny zásad
heading: změny těchto zásad
heading: změny zásad ochrany osobních údajů
heading: změna zásad
heading: aktualizace zásad
heading: závěrečná ustanovení
body: změn* weight=1.5
body: aktualiz* weight=2
body: poslední* aktualizac* weight=3
body: účinnost* weight=3
body: nabýv* účinnost* weight=3
body: platn* od weight=3
body: nov* verz* weight=2.5
body: aktuální* verz* weight=2.5
body: zveřejn* weight=1.5
body: pravidelně weight=1.5
body: dalším používáním weight=2
body: pokračováním v používání weight=2
body: vyhrazuj* weight=2
body: o změnách weight=1.5

[contact]
heading: kontakty
heading: kontaktní údaje
heading: kontaktujte nás
heading: jak nás kontaktovat
heading: pověřenec pro ochranu osobních údajů
heading: dotazy a žádosti
body: kontakt* weight=2
body: kontaktujte weight=3
body: napiš* weight=2
body: pověřen* pro ochranu osobních údajů weight=3
body: dpo weight=2.5
body: dotaz* weight=1.5
body: žádost* weight=1
body: korespondenční adres* weight=2
body: se sídlem weight=2
body: ičo weight=2.5
body: dič weight=2.5
body: zákaznick* podpor* weight=2
body: zákaznick* centr* weight=2
body: e-mail weight=1
body: telefon* weight=0.5
