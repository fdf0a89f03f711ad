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

[intro]
heading: bevezetés
heading: általános rendelkezések
heading: adatkezelési tájékoztató
heading: adatvédelmi nyilatkozat
heading: adatvédelmi tájékoztató
heading: az adatkezelő adatai
heading: a tájékoztató hatálya
body: jelen tájékoztató* weight=2.5
body: tájékoztató* weight=1.5
body: adatvédelmi szabályzat* weight=2
body: hatály* weight=1.5
body: kiterjed weight=2
body: a továbbiakban weight=2
body: elfogad* weight=1.5
body: felhasználási feltétel* weight=1.5
body: ászf weight=1.5
body: ismerteti weight=1
body: figyelmesen weight=1
body: tiszteletben tart* weight=1.5
body: adatkezelő weight=0.5
body: weboldal* weight=0.5
body: honlap* weight=0.5

[definitions]
heading: fogalommeghatározások
heading: értelmező rendelkezések
heading: fogalmak
heading: definíciók
heading: alapfogalmak
heading: fogalmak meghatározása
body: jelenti weight=2.5
body: értendő weight=2.5
body: fogalm* weight=2
body: meghatároz* weight=1.5
body: azonosított vagy azonosítható weight=3
body: azonosítható weight=2
body: természetes személy* weight=1.5
body: érintett weight=1.5
body: adatkezelő weight=1.5
body: adatfeldolgozó* weight=2
body: álnevesít* weight=2
body: címzett weight=1

[collection]
heading: milyen adatokat gyűjtünk
heading: a kezelt adatok köre
heading: kezelt személyes adatok
heading: az általunk gyűjtött adatok
heading: adatgyűjtés
heading: az adatok forrása
heading: források
heading: az adatok forrásai
body: gyűjt* weight=2.5
body: adatgyűjt* weight=2
body: kezelt adat* weight=2
body: adatok kör* weight=2.5
body: név weight=1
body: e-mail cím* weight=1.5
body: telefonszám* weight=1.5
body: ip-cím* weight=1.5
body: születési dátum* weight=1.5
body: lakcím* weight=1.5
body: szállítási cím* weight=1.5
body: automatikusan weight=1.5
body: regisztráci* weight=1
body: helyadat* weight=1
body: forrás* weight=1
body: megad* weight=1

[use]
heading: az adatkezelés célja
heading: adatkezelési célok
heading: mire használjuk az adatokat
heading: hogyan használjuk fel az információkat
heading: az adatok felhasználása
heading: az adatok felhasználásának célja
heading: célok
body: adatkezelés cél* weight=3
body: céljából weight=2
body: célból weight=2
body: célja weight=1.5
body: felhasznál* weight=1
body: használ* weight=0.5
body: szolgáltatás* nyújtás* weight=2
body: megrendelés* teljesít* weight=2
body: szerződés* teljesít* weight=1
body: fejleszt* weight=1.5
body: személyre szab* weight=2.5
body: profilalkotás* weight=2.5
body: elemzés* weight=1
body: statisztik* weight=1
body: csalás* megelőz* weight=1.5
body: ügyfélszolgálat* weight=1
body: következő célokból weight=2
body: alábbi célokból weight=2

[legal-basis]
heading: az adatkezelés jogalapja
heading: az adatkezelés jogcíme
heading: az adatkezelés jogalapjai
heading: milyen jogalapon kezeljük az adatokat
heading: jogalapok
heading: az adatkezelés jogszerűsége
body: jogalap* weight=3
body: jogcím* weight=2
body: jogos érdek* weight=3
body: érdekmérlegelés* weight=3
body: szerződés teljesítés* weight=2
body: szerződés* megkötés* weight=1.5
body: érintett az egyik fél weight=2.5
body: jogi kötelezettség* weight=2.5
body: létfontosságú érdek* weight=2.5
body: közérdek* weight=1.5
body: 6. cikk weight=2
body: jogszerűség* weight=1.5
body: hozzájárulás* weight=0.5

[consent]
heading: hozzájárulás
heading: az érintett hozzájárulása
heading: a hozzájárulás visszavonása
heading: hozzájárulás megadása
heading: önkéntes hozzájárulás
heading: az ön hozzájárulása
body: hozzájárul* weight=2
body: visszavon* weight=3
body: visszavonás előtti weight=2.5
body: önkéntes* weight=1.5
body: kifejezett* hozzájárul* weight=2
body: beleegyez* weight=2
body: bármikor weight=1.5
body: jelölőnégyzet* weight=1.5
body: bejelöl* weight=1
body: elfogad* weight=1
body: megfelelő tájékoztatáson alapul* weight=2.5
body: egyértelmű weight=1.5
body: nyilatkozat* weight=0.5

[sharing]
heading: adattovábbítás
heading: kinek továbbítjuk az adatokat
heading: az adatok címzettjei
heading: adatfeldolgozók
heading: igénybe vett adatfeldolgozók
heading: adatok megosztása harmadik felekkel
body: továbbít* weight=2
body: címzett* weight=2.5
body: megoszt* weight=2
body: átad* weight=2
body: közöl* weight=1
body: harmadik fél* weight=2
body: adjuk át weight=1.5
body: harmadik felek* weight=2
body: adatfeldolgoz* weight=2.5
body: tárhelyszolgáltató* weight=2
body: szolgáltató* weight=1
body: futárszolgálat* weight=1.5
body: partner* weight=1
body: vállalatcsoport* weight=2
body: kapcsolt vállalkozás* weight=2.5
body: hatóság* weight=1.5
body: bíróság* weight=1.5
body: megkeresés* weight=1.5
body: egyesülés* weight=1.5
body: nem adjuk el weight=1.5

[cookies]
heading: sütik
heading: cookie-k
heading: sütik kezelése
heading: sütik és hasonló technológiák
heading: cookie tájékoztató
heading: nyomkövető technológiák
body: süti* weight=3
body: cookie* weight=2.5
body: webjelző* weight=3
body: pixel* weight=2
body: nyomkövető* weight=2.5
body: hasonló technológi* weight=2
body: munkamenet* weight=2.5
body: végberendezés* weight=2.5
body: böngésző* beállítás* weight=1.5
body: böngésző* weight=1
body: google analytics weight=3
body: naplófájl* weight=2
body: helyi tároló* weight=2
body: analitikai weight=1
body: állandó weight=0.5

[advertising]
heading: marketing célú adatkezelés
heading: hírlevél
heading: reklámok
heading: direkt marketing
heading: személyre szabott hirdetések
heading: hírlevél és marketing célú megkeresések
body: marketing* weight=2
body: hírlev* weight=2.5
body: reklám* weight=2.5
body: gazdasági reklám* weight=2.5
body: hirdetés* weight=2.5
body: hirdetési hálózat* weight=3
body: célzott weight=2.5
body: remarketing* weight=3
body: retargeting* weight=3
body: személyre szabott hirdetés* weight=3
body: érdeklődés* alapú weight=2
body: viselkedésalapú weight=2
body: promóci* weight=1.5
body: ajánlat* weight=1
body: sms weight=1

[do-not-track]
heading: do not track jelzések
heading: do not track funkció
heading: ne kövess kérések
heading: ne kövess jelzés
heading: global privacy control jelzés
heading: globális adatvédelmi vezérlő
body: do not track weight=3
body: dnt weight=3
body: ne kövess* weight=3
body: global privacy control weight=3
body: gpc weight=3
body: globális adatvédelmi* weight=3
body: jelzés* weight=2
body: iparági szabvány* weight=2
body: egységes szabvány* weight=2
body: szabvány* weight=1
body: nem reagál* weight=2
body: nem válaszol* weight=1.5
body: nyomon követés* weight=1
body: böngésző* weight=1

[choices]
heading: az ön választási lehetőségei
heading: választási lehetőségek
heading: beállítások kezelése
heading: adatvédelmi beállítások
heading: leiratkozás
heading: hogyan iratkozhat le
body: leiratkoz* weight=3
body: iratkoz* weight=2
body: választási lehetőség* weight=2.5
body: beállítás* weight=1.5
body: letilt* weight=1.5
body: kikapcsol* weight=1.5
body: blokkol* weight=1
body: nem köteles weight=2
body: megadása önkéntes weight=3
body: tiltakoz* weight=1.5
body: felhasználói fiók* weight=1.5
body: fiók* weight=1
body: opt-out weight=1

[rights]
heading: az érintett jogai
heading: az ön jogai
heading: érintetti jogok
heading: jogorvoslat
heading: jogorvoslati lehetőségek
heading: milyen jogok illetik meg
heading: hozzáférés az adatokhoz
body: joga van weight=2.5
body: jogosult weight=2
body: hozzáférés* weight=2
body: helyesbít* weight=3
body: törlés* weight=2
body: elfeledtetés* weight=3
body: adathordozhatóság* weight=3
body: tiltakoz* weight=2.5
body: korlátozás* weight=2
body: panasz* weight=2
body: felügyeleti hatóság* weight=2.5
body: naih weight=3
body: nemzeti adatvédelmi és információszabadság hatóság weight=3
body: bíróság* weight=1.5
body: automatizált döntéshozatal* weight=2
body: másolat* weight=1
body: kérelem weight=1
body: kérelm* weight=1

[retention]
heading: az adatkezelés időtartama
heading: adatmegőrzés
heading: meddig tároljuk az adatokat
heading: az adatok tárolásának időtartama
heading: adattárolás
heading: megőrzési idő
heading: meddig őrizzük
body: időtartam* weight=2
body: megőr* weight=2.5
body: őriz* weight=2
body: tárol* weight=1.5
body: ideig weight=1.5
body: ameddig weight=1.5
body: legfeljebb weight=2
body: eléréséig weight=2.5
body: elévül* weight=2.5
body: töröl* weight=2
body: anonimiz* weight=1.5
body: lejárt* weight=1.5
body: megszűn* weight=1.5
body: archiv* weight=1
body: biztonsági mentés* weight=1.5
body: számviteli weight=2

[security]
heading: adatbiztonság
heading: az adatok biztonsága
heading: biztonsági intézkedések
heading: hogyan védjük az adatait
heading: az adatok védelme
heading: adatbiztonsági intézkedések
body: biztonság* weight=2
body: védelm* weight=1
body: védjük weight=1.5
body: titkosít* weight=3
body: ssl weight=2
body: tls weight=2
body: jogosulatlan hozzáférés* weight=3
body: technikai és szervezési intézkedés* weight=3
body: szervezési intézkedés* weight=2
body: műszaki* intézkedés* weight=2
body: adatvédelmi incidens* weight=3
body: incidens* weight=2
body: tűzfal* weight=2
body: vírusvédel* weight=2
body: jelszó* weight=1
body: jelszav* weight=1
body: megsemmisül* weight=1.5

[children]
heading: gyermekek
heading: gyermekek adatai
heading: gyermekek adatvédelme
heading: kiskorúak
heading: kiskorúak védelme
heading: 16 év alattiak
body: gyermek* weight=3
body: gyerek* weight=2.5
body: kiskorú* weight=3
body: év alatti* weight=2.5
body: életév* weight=2.5
body: be nem töltött weight=2.5
body: betöltött* weight=2
body: szülő* weight=2.5
body: szülői felügyelet* weight=3
body: törvényes képviselő* weight=2.5
body: gyám* weight=2
body: gondnok* weight=2
body: coppa weight=3
body: tudatosan weight=1.5
body: életkor* weight=1.5

[international]
heading: nemzetközi adattovábbítás
heading: adattovábbítás harmadik országba
heading: adatok továbbítása az eu-n kívülre
heading: adattovábbítás az egt-n kívülre
heading: az adatok tárolási helye
heading: hol tároljuk az adatokat
body: harmadik ország* weight=3
body: nemzetközi* weight=1.5
body: eu-n kívül* weight=2.5
body: egt-n kívül* weight=3
body: európai gazdasági térség* weight=2
body: kívülre weight=1.5
body: megfelelőségi határozat* weight=3
body: általános adatvédelmi kikötés* weight=3
body: standard szerződési feltétel* weight=2.5
body: kötelező erejű vállalati szabály* weight=2.5
body: megfelelő garanci* weight=2
body: egyesült állam* weight=1.5
body: data privacy framework weight=2
body: szerver* weight=1

[regional]
heading: kaliforniai lakosok számára
heading: kaliforniai lakosok
heading: tájékoztatás az eu-s felhasználók számára
heading: európai uniós felhasználók
heading: regionális rendelkezések
heading: egyes joghatóságokra vonatkozó kiegészítések
body: kalifornia* weight=3
body: ccpa weight=3
body: cpra weight=3
body: gdpr weight=2
body: európai unió* weight=2
body: eu weight=1
body: egt weight=2
body: lakos* weight=2
body: rezidens* weight=2
body: joghatóság* weight=2
body: brazíli* weight=1.5
body: egyesült királyság* weight=1.5
body: helyi jogszabály* weight=1.5
body: értékesít* weight=1.5
body: infotv weight=1

[third-party-sites]
heading: harmadik felek weboldalai weight=2
heading: harmadik fél szolgáltatásai weight=2
heading: külső hivatkozások
heading: külső weboldalak
heading: más weboldalakra mutató linkek
heading: hivatkozások más oldalakra
body: harmadik fél* weboldal* weight=3
body: harmadik felek weboldal* weight=3
body: külső weboldal* weight=3
body: link* weight=1.5
body: hivatkozás* weight=2
body: külső weight=1
body: nem vállal* felelősség* weight=2.5
body: felelősség* weight=1
body: befolyás* weight=1.5
body: saját adatvédelmi* weight=2
body: közösségi* média* weight=1.5
body: közösségi oldal* weight=1.5
body: beépülő modul* weight=2
body: bővítmény* weight=1.5
body: átirányít* weight=1.5
body: nem terjed ki weight=2.5

[changes]
heading: a tájékoztató módosítása
heading: a tájékoztató módosításai
heading: az adatvédelmi nyilatkozat módosítása
heading: változások
heading: frissítések
heading: változás*
heading: módosítás*
heading: záró rendelkezések
body: módosít* weight=2
body: változ* weight=1.5
body: frissít* weight=2
body: utolsó frissítés* weight=3
body: utoljára frissítve weight=3
body: hatályba lép* weight=3
body: hatályos weight=2.5
body: új verzió* weight=2.5
body: aktuális verzió* weight=2.5
body: közzét* weight=1.5
body: rendszeresen weight=1.5
body: egyoldalúan weight=2.5
body: további használat* weight=2
body: fenntart* weight=1.5

[contact]
heading: kapcsolattartás
heading: elérhetőségek
heading: kapcsolatfelvétel
heading: lépjen kapcsolatba velünk
heading: adatvédelmi tisztviselő
heading: kérdések és kérelmek
body: kapcsolat* weight=2
body: elérhetőség* weight=2.5
body: lépjen kapcsolatba weight=3
body: írjon weight=2
body: tisztviselő* weight=2.5
body: dpo weight=2.5
body: kérdés* weight=1.5
body: kérelm* weight=1
body: levelezési cím* weight=2
body: postacím* weight=2
body: székhely* weight=2.5
body: cégjegyzékszám* weight=2.5
body: adószám* weight=2.5
body: ügyfélszolgálat* weight=2
body: e-mail weight=1
body: telefon* weight=0.5
