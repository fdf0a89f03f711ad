# Finnish lexicon
# Wording follows Finnish "tietosuojaseloste" documents (Verkkokauppa.com, S-ryhmä, Google)
# and the Finnish text of the GDPR (rekisterinpitäjä, rekisteröity, käsittelijä,
# oikeutettu etu, siirrettävyys, tietosuojavaltuutettu).
@language fi
@name Finnish
@fold-accents no     # ä and ö tell words apart (tämä/tama, työ/tyo)
# Finnish is agglutinative and has consonant gradation (tieto/tiedot, lauseke/lausekkeet):
# stems end in * before the point where the word starts to vary.

[profile]
# Function words first, then words frequent in policies.
# weight=2/3: Finnish, not Estonian.
ja
on
ei
että weight=3
tai weight=2
sekä weight=3
jos
kun
mutta
vaan
sillä
joten
jolloin
ettei weight=3
myös weight=3
vain
jo
kuin
joka
jotka weight=2
jota
joita
jonka
joiden
johon
joihin
jossa
joissa
mikä weight=2
mitä weight=2
miten
kuinka
se
ne
sen
niiden
niitä
sitä
tämä weight=3
tämän weight=3
nämä weight=3
näiden weight=3
näitä weight=3
tätä weight=3
siitä
siihen
tässä weight=3
me
meidän weight=2
meille
meitä
sinä weight=3
sinun weight=2
sinulle
sinua
sinusta
te
teidän
teille
olemme
ovat weight=2
olla
ole
voi
voimme
voit
voidaan
voivat
tulee
täytyy weight=3
saattaa
eri
kaikki
kaikkia
muut
muiden
muita
oma
mukaan
kautta
avulla
osalta
lisäksi
esimerkiksi
eli
ennen
jälkeen weight=3
aikana
välillä weight=3
kanssa
ilman
yli
alle
vuoksi
takia
perusteella
nojalla
koskevat
koskien
liittyvät weight=3
tarkoituksiin
tarkoitukseen
tietoja
tiedot
tietojen
henkilötietoja weight=2
henkilötiedot weight=2
henkilötietojen weight=2
käsittely
käsittelyä weight=3
käsittelyn
käsittelemme
keräämme weight=3
käytämme weight=3
säilytämme weight=3
luovutamme
jaamme
rekisterinpitäjä weight=2
rekisteröity weight=2
tietosuoja
tietosuojaseloste weight=2
evästeet
evästeitä
evästeiden
palvelu
palvelun
palvelut
palveluja
palvelussa
käyttäjä weight=3
käyttäjän weight=3
käyttäjät weight=3
verkkosivusto
verkkosivuston
oikeus
oikeuden
lainsäädäntö weight=3
lainsäädännön weight=3
laki
suostumus
suostumuksesi
suostumuksen
kolmansille
osapuolille
tarvittaessa
yhtiö weight=3
osoite
sähköposti
sähköpostiosoite
puhelinnumero
asiakas
asiakkaan
asiakkaat
esim
jne

[units]
# Partitive and other forms that follow a numeral (5 vuotta, 30 päivän kuluessa,
# alle 13-vuotiaat).
year: vuosi, vuotta, vuoden, vuodeksi, vuodessa, vuoteen, vuosia, vuotias, vuotiaat, vuotiaille, vuotiaiden, vuotiaan
month: kuukausi, kuukautta, kuukauden, kuukaudeksi, kuukaudessa, kk
week: viikko, viikkoa, viikon, viikoksi, viikossa
day: päivä, päivää, päivän, päiväksi, päivässä, vuorokausi, vuorokautta, vrk
hour: tunti, tuntia, tunnin, tunniksi, tunnissa
minute: minuutti, minuuttia, minuutin, minuutiksi
business-day: arkipäivä, arkipäivää, arkipäivän, työpäivä, työpäivää, työpäivän

[numbers]
# Nominative, genitive and partitive: the stem changes (kaksi/kahden), so no *.
1: yksi, yhden
2: kaksi, kahden, kahta
3: kolme, kolmen, kolmea
4: neljä, neljän, neljää
5: viisi, viiden, viittä
6: kuusi, kuuden, kuutta
7: seitsemän, seitsemää
8: kahdeksan, kahdeksaa
9: yhdeksän, yhdeksää
10: kymmenen, kymmentä
11: yksitoista, yhdentoista
12: kaksitoista, kahdentoista
13: kolmetoista, kolmentoista
15: viisitoista, viidentoista
16: kuusitoista, kuudentoista
18: kahdeksantoista
20: kaksikymmentä, kahdenkymmenen
24: kaksikymmentäneljä, kahdenkymmenenneljän
30: kolmekymmentä, kolmenkymmenen
60: kuusikymmentä, kuudenkymmenen
90: yhdeksänkymmentä, yhdeksänkymmenen
100: sata, sadan

[references]
gdpr: gdpr, yleinen tietosuoja-asetus, yleisen tietosuoja-asetuksen, tietosuoja-asetus, tietosuoja-asetuksen, tietosuoja-asetuksessa, 2016/679
ccpa: ccpa, kalifornian kuluttajien yksityisyydensuojalaki, kalifornian kuluttajien yksityisyydensuojalain
cpra: cpra, kalifornian yksityisyydensuojaoikeuksia koskeva laki
coppa: coppa, lasten yksityisyyden suojaa verkossa koskeva laki
lgpd: lgpd, lei geral de proteção de dados
# Finnish Data Protection Act (tietosuojalaki 1050/2018). The id must match the English
# lexicon's id for the same law.
fi-1050-2018: tietosuojalaki, tietosuojalain, tietosuojalaissa, 1050/2018

[intro]
heading: johdanto
heading: yleistä
heading: tietosuojaseloste
heading: tietosuojakäytäntö
heading: keitä olemme
heading: rekisterinpitäjä
heading: soveltamisala
body: tämä tietosuojaseloste weight=2.5
body: tietosuojaselost* weight=1.5
body: tietosuojakäytän* weight=1.5
body: rekisterin nimi weight=2
body: sovelletaan weight=2
body: koskee weight=1
body: jäljempänä weight=2
body: hyväksy* weight=1.5
body: käyttöehd* weight=1.5
body: kerromme weight=1
body: kuvataan weight=1
body: huolellisesti weight=1
body: kunnioita* weight=1.5
body: verkkosivusto* weight=0.5

[definitions]
heading: määritelmät
heading: käsitteet
heading: keskeiset käsitteet
heading: termit ja määritelmät
heading: käytetyt termit
heading: sanasto
body: tarkoittaa weight=2.5
body: tarkoitetaan weight=2.5
body: määritel* weight=2
body: käsittee* weight=2
body: käsite weight=1.5
body: termi* weight=1.5
body: tunnistettu* tai tunnistettavis* weight=3
body: tunnistettavi* weight=2
body: luonnolli* henkilö* weight=1.5
body: rekisterinpitäjä* weight=1.5
body: henkilötietojen käsittelijä* weight=2.5
body: rekisteröi* weight=1.5
body: pseudonymisoin* weight=2
body: vastaanottaj* weight=1

[collection]
heading: mitä tietoja keräämme
heading: kerättävät tiedot
heading: rekisterin tietosisältö
heading: henkilötietoryhmät
heading: säännönmukaiset tietolähteet
heading: tietojen keruu
heading: mistä saamme tietoja
heading: tietolähteet
body: kerää* weight=2.5
body: kerät* weight=2.5
body: keru* weight=2
body: tietosisältö* weight=2.5
body: tietolähte* weight=2.5
body: henkilötietoryhm* weight=2
body: nimi weight=1
body: sukunimi weight=1.5
body: puhelinnumero* weight=1.5
body: sähköpostiosoite* weight=1.5
body: ip-osoite* weight=1.5
body: henkilötunnu* weight=2.5
body: syntymäai* weight=1.5
body: automaattisesti weight=1.5
body: rekisteröitymi* weight=1
body: sijaintitie* weight=1
body: antamasi weight=1.5

[use]
heading: miten käytämme tietoja
heading: mihin käytämme tietojasi
heading: henkilötietojen käsittelyn tarkoitus
heading: käsittelyn tarkoitukset
heading: tietojen käyttö
heading: tietojen käyttötarkoitukset
heading: tarkoitukset
body: käytämme weight=1
body: käsittelyn tarkoitu* weight=3
body: tarkoitukse* weight=1.5
body: käyttötarkoitu* weight=2.5
body: palvelun tarjoamise* weight=2
body: palvelujen tuottami* weight=2
body: tilaust* käsittely* weight=2
body: toimittami* weight=1
body: kehittämi* weight=2
body: parantami* weight=1.5
body: personoin* weight=2.5
body: profiloin* weight=2.5
body: analysoin* weight=1
body: tilasto* weight=1
body: väärinkäytö* weight=1.5
body: asiakassuhte* weight=1.5
body: asiakaspalvelu* weight=1
body: seuraaviin tarkoituksiin weight=2

[legal-basis]
heading: käsittelyn oikeusperuste
heading: oikeusperuste
heading: oikeusperusteet
heading: henkilötietojen käsittelyn oikeusperusteet
heading: millä perusteella käsittelemme tietoja
heading: käsittelyn lainmukaisuus
body: oikeusperust* weight=3
body: peruste* weight=1.5
body: oikeutetu* etu* weight=3
body: oikeutettu etu weight=3
body: tasapainotest* weight=2
body: sopimuksen täytäntöönpan* weight=2
body: sopimukse* tekemi* weight=1.5
body: sopimussuhte* weight=2
body: osapuolena weight=2
body: lakisääteis* velvoit* weight=2.5
body: oikeudellis* velvoit* weight=2.5
body: elintärke* etu* weight=2.5
body: yleise* edu* weight=1.5
body: 6 artikl* weight=2
body: lainmukaisuu* weight=1.5
body: suostumu* weight=0.5

[consent]
heading: suostumus
heading: suostumuksesi
heading: käyttäjän suostumus
heading: suostumuksen antaminen
heading: suostumuksen peruuttaminen
heading: suostumus ja sen peruuttaminen
body: suostumu* weight=2
body: suostut weight=1.5
body: peruut* weight=3
body: ennen peruuttamista weight=2.5
body: lainmukaisuu* weight=1.5
body: nimenomai* suostumu* weight=2
body: tahdonilmaisu* weight=3
body: vapaaehtoi* weight=1.5
body: milloin tahansa weight=1.5
body: valintaruu* weight=1.5
body: hyväksy* weight=1
body: yksiselittei* weight=1.5

[sharing]
heading: tietojen luovutukset
heading: säännönmukaiset luovutukset
heading: tietojen vastaanottajat
heading: henkilötietojen vastaanottajat
heading: kenelle luovutamme tietoja
heading: tietojen jakaminen kolmansille osapuolille
body: luovut* weight=2.5
body: vastaanottaj* weight=2.5
body: jaamme weight=2
body: jakami* weight=1.5
body: kolmansi* osapuol* weight=2
body: kolmann* osapuol* weight=2
body: palveluntarjoaj* weight=2
body: alihankkij* weight=2
body: henkilötietojen käsittelijä* weight=2
body: puolestamme weight=2
body: lukuun weight=1.5
body: kumppane* weight=1
body: konserni* weight=2
body: viranomai* weight=1.5
body: tuomioistuim* weight=1.5
body: maksupalvelu* weight=1.5
body: yrityskaup* weight=2
body: fuusio* weight=2
body: emme myy weight=1.5

[cookies]
heading: evästeet
heading: evästeiden käyttö
heading: evästekäytäntö
heading: evästeet ja vastaavat tekniikat
heading: evästeet ja seurantatekniikat
heading: seurantatekniikat
body: eväste* weight=3
body: cookie* weight=2
body: istuntoeväste* weight=3
body: pysyv* eväste* weight=2
body: verkkomajakk* weight=3
body: pikseli* weight=2
body: seurantateknii* weight=2.5
body: vastaav* teknii* weight=2
body: päätelaitte* weight=2.5
body: selaimen asetuks* weight=1.5
body: selai* weight=1
body: google analytics weight=3
body: lokitiedo* weight=2
body: paikallis* tallennus* weight=2
body: analytiikk* weight=1

[advertising]
heading: markkinointi
heading: suoramarkkinointi
heading: mainonta
heading: kohdennettu mainonta
heading: uutiskirje
heading: markkinointiviestit
body: markkinoin* weight=2
body: suoramarkkinoin* weight=2.5
body: mainon* weight=2.5
body: mainos* weight=2.5
body: mainosverkost* weight=3
body: uutiskirj* weight=2.5
body: kohdenn* weight=2.5
body: kohdent* weight=2.5
body: uudelleenkohden* weight=3
body: retargeting* weight=2
body: kiinnostuksen kohte* weight=2
body: käyttäytymis* weight=2
body: kampanj* weight=1.5
body: tarjou* weight=1
body: tekstiviest* weight=1
body: sms weight=1

[do-not-track]
heading: do not track -signaalit
heading: do not track -toiminto
heading: älä seuraa -asetus
heading: älä seuraa -pyynnöt
heading: global privacy control -signaali
heading: yksityisyyssignaalit
body: do not track weight=3
body: dnt weight=3
body: älä seuraa weight=3
body: global privacy control weight=3
body: gpc weight=3
body: signaal* weight=2
body: toimialan standard* weight=2
body: yhtenäi* standard* weight=2
body: standardi* weight=1
body: emme reagoi weight=2
body: emme vastaa weight=1.5
body: seurant* weight=1
body: seurann* weight=1
body: selai* weight=1

[choices]
heading: valintasi
heading: valinnanmahdollisuutesi
heading: asetusten hallinta
heading: yksityisyysasetukset
heading: markkinoinnin kieltäminen
heading: tilauksen peruuttaminen
heading: tilauksen peruminen
body: kielt* weight=2.5
body: tilaukse* peru* weight=2.5
body: perumi* weight=2.5
body: peruutuslinkki* weight=2.5
body: valin* weight=2
body: asetuks* weight=1.5
body: hallinnoi* weight=1
body: poista* käytöstä weight=1.5
body: estä* weight=1
body: antaminen on vapaaehtoista weight=3
body: vapaaehtoista weight=2
body: ei ole pakko weight=2
body: käyttäjätili* weight=1
body: opt-out weight=1

[rights]
heading: rekisteröidyn oikeudet
heading: sinun oikeutesi
heading: oikeutesi
heading: rekisteröidyn oikeuksien käyttäminen
heading: tarkastusoikeus
heading: mitä oikeuksia sinulla on
heading: pääsy tietoihin
body: sinulla on oikeus weight=2.5
body: oikeus* weight=1
body: tarkastusoikeu* weight=3
body: tarkastaa weight=2
body: oikais* weight=3
body: poista* weight=1.5
body: tulla unohdetuksi weight=3
body: siirrettävyy* weight=3
body: järjestelmästä toiseen weight=3
body: vastust* weight=2.5
body: käsittelyn rajoitta* weight=2.5
body: valitu* weight=2
body: valvontaviranomai* weight=2.5
body: tietosuojavaltuutet* weight=3
body: automaattis* päätöksente* weight=2
body: kopio* weight=1
body: pyyntö* weight=1
body: pyynnö* weight=1

[retention]
heading: tietojen säilytysaika
heading: säilytysaika
heading: kuinka kauan säilytämme tietoja
heading: tietojen säilyttäminen
heading: henkilötietojen säilytys
heading: säilytys ja poistaminen
body: säily* weight=2
body: säilytysaj* weight=3
body: niin kauan kuin weight=2.5
body: enintään weight=2
body: tarpeen weight=1
body: vanhentumisai* weight=2.5
body: poistam* weight=1.5
body: hävit* weight=2
body: anonymisoi* weight=1.5
body: päättymi* weight=1.5
body: päätyttyä weight=2
body: kuluttua weight=2
body: arkistoi* weight=1
body: varmuuskopi* weight=1.5
body: kirjanpitolai* weight=2

[security]
heading: tietoturva
heading: tietojen suojaaminen
heading: rekisterin suojauksen periaatteet
heading: tietoturvatoimenpiteet
heading: miten suojaamme tietosi
heading: henkilötietojen suojaus
body: tietoturv* weight=2.5
body: suoja* weight=1
body: salau* weight=3
body: salattu* weight=3
body: ssl weight=2
body: tls weight=2
body: luvato* pääsy* weight=3
body: teknis* ja organisatoris* weight=3
body: organisatoris* weight=2
body: tietoturvaloukkau* weight=2.5
body: tietomurto* weight=2.5
body: palomuuri* weight=2
body: virustorjun* weight=2
body: käyttöoikeu* weight=1.5
body: lukitu* weight=1.5
body: salasan* weight=1

[children]
heading: lapset
heading: lasten yksityisyys
heading: lasten tiedot
heading: lasten henkilötiedot
heading: alaikäiset
heading: alaikäisten tietosuoja
body: laps* weight=3
body: lasten weight=3
body: alaikäi* weight=3
body: alle 13 weight=2
body: alle 16 weight=2
body: ikäraja* weight=2
body: huoltaja* weight=2.5
body: vanhemm* weight=2
body: vanhempi* weight=2
body: edunvalvoj* weight=2
body: huoltajan suostumu* weight=3
body: vanhempien suostumu* weight=3
body: coppa weight=3
body: tietoisesti weight=1.5

[international]
heading: tietojen siirto eu:n tai eta:n ulkopuolelle
heading: henkilötietojen siirto eu:n ulkopuolelle
heading: tietojen siirto kolmansiin maihin
heading: kansainväliset tiedonsiirrot
heading: missä tietoja säilytetään
heading: tietojen sijainti
body: kolmansi* mai* weight=3
body: ulkopuolel* weight=2.5
body: eu:n tai eta:n weight=2.5
body: euroopan talousalue* weight=2
body: kansainväli* siirr* weight=3
body: tiedonsiirr* weight=2.5
body: siirto* weight=1.5
body: siirret* weight=1.5
body: siirrä* weight=1.5
body: riittäv* tietosuojan tas* weight=3
body: vakiosopimuslausek* weight=3
body: mallisopimuslausek* weight=3
body: sitov* yrityssääntö* weight=2.5
body: asianmukais* suojatoim* weight=2
body: yhdysval* weight=1.5
body: data privacy framework weight=2
body: palvelim* weight=1

[regional]
heading: kalifornian asukkaille
heading: kalifornian asukkaat
heading: tietoja eu:n käyttäjille
heading: euroopan unionin käyttäjät
heading: aluekohtaiset ehdot
heading: lisätietoja tietyille lainkäyttöalueille
body: kaliforni* weight=3
body: ccpa weight=3
body: cpra weight=3
body: gdpr weight=2
body: euroopan unioni* weight=2
body: eu weight=1
body: eta weight=2
body: asukka* weight=2
body: asukas weight=1.5
body: lainkäyttöalue* weight=2
body: brasili* weight=1.5
body: yhdistyny* kuningaskun* weight=1.5
body: paikalli* lainsäädän* weight=1.5
body: myyn* weight=1.5
body: ahvenanmaa* weight=1

[third-party-sites]
heading: kolmansien osapuolten sivustot weight=2
heading: kolmansien osapuolten palvelut weight=2
heading: linkit muille sivustoille
heading: linkit kolmansien osapuolten sivustoille
heading: ulkoiset linkit
heading: muut verkkosivustot
body: kolmansien osapuolten sivusto* weight=3
body: kolmansien osapuolten palvelu* weight=2.5
body: linki* weight=1.5
body: ulkois* weight=1.5
body: emme vastaa weight=2.5
body: ei vastaa weight=2
body: vastuu* weight=1
body: emme valvo weight=2.5
body: emme hallitse weight=2.5
body: oma* tietosuoja* weight=2
body: sosiaalis* medi* weight=1.5
body: liitännäi* weight=2
body: lisäosa* weight=1.5
body: uudelleenohjau* weight=1.5
body: ei sovelleta weight=2.5
body: ei koske weight=2

[changes]
heading: muutokset tietosuojaselosteeseen
heading: tietosuojaselosteen muutokset
heading: muutokset tähän käytäntöön
heading: käytännön muutokset
heading: selosteen päivittäminen
heading: päivitykset
body: muutok* weight=1.5
body: muutos weight=1.5
body: muutta* weight=1.5
body: päivit* weight=2
body: viimeksi päivitetty weight=3
body: päivitetty viimeksi weight=3
body: astuu voimaan weight=3
body: voimaan weight=2.5
body: voimassa weight=2
body: uusi versio weight=2.5
body: versio* weight=1.5
body: julkais* weight=1.5
body: säännöllisesti weight=1.5
body: ajoittain weight=1.5
body: jatkamalla weight=2
body: pidätä* oikeude* weight=2

[contact]
heading: yhteystiedot
heading: ota meihin yhteyttä
heading: yhteydenotot
heading: rekisterin yhteyshenkilö
heading: tietosuojavastaava
heading: kysymykset ja pyynnöt
body: yhteystie* weight=2
body: ota yhteyttä weight=3
body: yhteyttä weight=2
body: yhteyshenkilö* weight=2.5
body: tietosuojavastaav* weight=3
body: dpo weight=2.5
body: kysymykse* weight=1.5
body: kysyttävää weight=1.5
body: postiosoite* weight=2
body: käyntiosoite* weight=2
body: y-tunnus weight=3
body: kotipaik* weight=2
body: asiakaspalvelu* weight=2
body: sähköposti* weight=1
body: puhelin* weight=0.5
