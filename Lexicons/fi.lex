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

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
käyttöehdot
palveluehdot
sovellettava laki
sovellettava laki ja oikeuspaikka
sovellettava laki ja lainkäyttövalta
oikeuspaikka
lainkäyttövalta
toimivaltainen tuomioistuin
ehtojen erillisyys
osittainen pätemättömyys
koko sopimus
ylivoimainen este
force majeure
vastuuvapauslauseke
vastuuvapauslausekkeet
vastuunrajoitus
vastuun rajoitus
vastuun rajoittaminen
käännökset
käännös
muut käännökset
kieliversiot
englanninkielinen versio on ensisijainen
suomenkielinen versio on ensisijainen
lisenssi
tekijänoikeus
tekijänoikeudet
copyright
kiitokset
sisällysluettelo
immateriaalioikeudet
# Käyttöehtojen osat tietosuojasivulla: käyttäjän vastuu ja julkaistun sisällön lisensointi.
käyttäjän vastuu
käyttäjän vastuut
käyttäjien vastuu
käyttäjän velvollisuudet
käyttäjien velvollisuudet
sisällön lisensointi
sisältöjen lisensointi
sisällön lisenssi

[intro]
heading: johdanto concept=introduction
heading: yleistä concept=introduction
heading: tietosuojaseloste concept=privacy-policy-title
heading: tietosuojakäytäntö concept=privacy-policy-title
heading: keitä olemme concept=who-we-are
heading: soveltamisala concept=scope
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that fi lacked.
heading: yhteenveto concept=summary
heading: yleiskatsaus concept=summary
heading: lyhyesti concept=summary
heading: tietoa tästä tietosuojaselosteesta concept=about-this-policy
heading: tästä tietosuojaselosteesta concept=about-this-policy
heading: tietosuojaselosteen soveltamisala concept=scope
heading: keitä tämä seloste koskee concept=scope
heading: sitoumuksemme yksityisyyden suojaan concept=commitment-to-privacy
heading: yksityisyytesi on meille tärkeää concept=commitment-to-privacy
heading: tietosuojaselosteen hyväksyminen concept=acceptance
heading: hyväksyntäsi concept=acceptance
heading: tietosuojailmoitus weight=0.5 concept=privacy-policy-title
heading: tietosuojaselosteet weight=0.5 concept=privacy-policy-title
body: tämä tietosuojaseloste weight=2.5 concept=this-privacy-policy
body: tietosuojaselost* weight=1.5 concept=this-privacy-policy
body: tietosuojakäytän* weight=1.5 concept=this-privacy-policy
body: rekisterin nimi weight=2
body: sovelletaan weight=2 concept=policy-applies-to
body: koskee weight=1 concept=policy-applies-to
body: jäljempänä weight=2 concept=referred-to-as
body: hyväksy* weight=1.5 concept=acceptance-of-policy
body: käyttöehd* weight=1.5 concept=terms-of-use
body: kerromme weight=1 concept=policy-describes
body: kuvataan weight=1 concept=policy-describes
body: huolellisesti weight=1 concept=please-read
body: kunnioita* weight=1.5 concept=committed-to-privacy
body: verkkosivusto* weight=0.5 concept=website
# Added with the shared concept inventory (concepts.txt): terms real policies use that fi lacked.
body: tässä tietosuojaselosteessa kerrotaan weight=2.5 concept=policy-describes
body: tässä selosteessa kuvataan weight=2.5 concept=policy-describes
body: käyttämällä weight=1.5 concept=by-using
body: jos et hyväksy weight=2 concept=if-you-do-not-agree
body: lue tämä weight=1.5 concept=please-read
body: yksityisyy* weight=0.3 concept=privacy
body: palvelu* weight=0.3 concept=services
body: yritys weight=0.3 concept=company
heading: tietoa meistä weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
# Inflected forms, compounds and GDPR wording real policies use.
heading: rekisterinpitäjä ja yhteystiedot weight=0.5 concept=who-we-are
heading: tietoa meistä ja tästä selosteesta concept=about-this-policy
heading: tietosuojaselosteen tarkoitus concept=about-this-policy
heading: yksityisyydensuojaseloste weight=0.5 concept=privacy-policy-title
heading: tietosuojaperiaatteet weight=0.5 concept=privacy-policy-title
heading: rekisteriseloste weight=0.5 concept=privacy-policy-title

[definitions]
heading: määritelmät concept=definitions
heading: käsitteet concept=key-terms
heading: keskeiset käsitteet concept=key-terms
heading: termit ja määritelmät concept=definitions
heading: käytetyt termit concept=key-terms
heading: sanasto concept=key-terms
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that fi lacked.
heading: tulkinta concept=interpretation
heading: tulkinta ja määritelmät concept=interpretation
heading: mitä tarkoitamme concept=what-we-mean-by
heading: mitä tarkoitetaan concept=what-we-mean-by
body: tarkoittaa weight=2.5 concept=means
body: tarkoitetaan weight=2.5 concept=means
body: määritel* weight=2 concept=defined-terms-intro
body: käsittee* weight=2 concept=defined-terms-intro
body: käsite weight=1.5 concept=defined-terms-intro
body: termi* weight=1.5 concept=defined-terms-intro
body: tunnistettu* tai tunnistettavis* weight=3 concept=identifiable-person
body: tunnistettavi* weight=2 concept=identifiable-person
body: luonnolli* henkilö* weight=1.5 concept=identifiable-person
body: rekisterinpitäjä* weight=1.5 concept=gdpr-roles
body: henkilötietojen käsittelijä* weight=2.5 concept=gdpr-roles
body: rekisteröi* weight=1.5 concept=gdpr-roles
body: pseudonymisoin* weight=2
body: vastaanottaj* weight=1 concept=gdpr-roles
# Added with the shared concept inventory (concepts.txt): terms real policies use that fi lacked.
body: viittaa* weight=2.5 concept=refers-to
body: tässä tietosuojaselosteessa tarkoitetaan weight=2.5 concept=as-used-in-this-policy
body: henkilötiedoilla tarkoitetaan weight=3 concept=personal-data-means
body: jäljempänä weight=2 concept=hereinafter
body: mukaan lukien weight=0.5 concept=includes
body: käyttäjä* weight=0.3 concept=user
body: henkilötied* weight=0.2 concept=personal-data
# Inflected forms, compounds and GDPR wording real policies use.
heading: määritelmät ja käsitteet concept=definitions
heading: käytetyt käsitteet concept=key-terms
heading: käsitteiden määritelmät concept=definitions

[collection]
heading: mitä tietoja keräämme concept=what-we-collect
heading: kerättävät tiedot concept=what-we-collect
heading: rekisterin tietosisältö concept=categories-of-data
heading: henkilötietoryhmät concept=categories-of-data
heading: säännönmukaiset tietolähteet concept=sources-of-information
heading: tietojen keruu concept=collection-of-information
heading: mistä saamme tietoja concept=sources-of-information
heading: tietolähteet concept=sources-of-information
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that fi lacked.
heading: keräämämme tiedot concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: sovelluksen käyttöoikeudet weight=2 concept=what-we-collect
heading: sovelluksen luvat concept=what-we-collect
heading: henkilötietojen kerääminen concept=collection-of-information
heading: sinun antamasi tiedot concept=information-you-provide
heading: tiedot jotka annat meille concept=information-you-provide
heading: yhteydenottolomake weight=3 concept=information-you-provide
heading: automaattisesti kerättävät tiedot concept=collected-automatically
heading: automaattisesti kerätyt tiedot concept=collected-automatically
heading: miten keräämme tietoja concept=how-we-collect
heading: miten tietoja kerätään concept=how-we-collect
heading: henkilötietojen ryhmät concept=categories-of-data
body: kerää* weight=2.5 concept=we-collect
body: kerät* weight=2.5 concept=we-collect
body: keru* weight=2 concept=we-collect
body: tietosisältö* weight=2.5 concept=data-categories
body: tietolähte* weight=2.5 concept=sources
body: henkilötietoryhm* weight=2 concept=data-categories
body: nimi weight=1 concept=name
body: sukunimi weight=1.5 concept=name
body: puhelinnumero* weight=1.5 concept=contact-details
body: sähköpostiosoite* weight=1.5 concept=contact-details
body: ip-osoite* weight=1.5 concept=device-data
body: henkilötunnu* weight=2.5
body: syntymäai* weight=1.5 concept=demographic-data
body: automaattisesti weight=1.5 concept=automatically
body: rekisteröitymi* weight=1 concept=forms
body: sijaintitie* weight=1 concept=location-data
body: antamasi weight=1.5 concept=you-provide
# Added with the shared concept inventory (concepts.txt): terms real policies use that fi lacked.
body: annat meille weight=2 concept=you-provide
body: julkisi* lähtei* weight=2 concept=publicly-available
body: julkisesti saatavil* weight=2 concept=publicly-available
body: käyttöjärjestelmä* weight=2 concept=device-data
body: selaintyyp* weight=2 concept=device-data
body: käyttötied* weight=2 concept=usage-data
body: maksutied* weight=1 concept=payment-data
body: lomake* weight=1.5 concept=forms
body: käyttäjätili* weight=0.3 concept=account
body: tiedot weight=0.1 concept=information
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: kaatumisraportit concept=collected-automatically
heading: virheraportit concept=collected-automatically
heading: diagnostiikkatiedot concept=collected-automatically
heading: diagnostiikka concept=collected-automatically
body: kaatumisraport* weight=2.5 concept=usage-data
body: kaatumisloki* weight=2.5 concept=usage-data
body: virheenkorjausloki* weight=2.5 concept=usage-data
body: diagnostiikkatie* weight=2 concept=usage-data
body: push token* weight=2.5 concept=device-data
body: push palvelin* weight=2 concept=device-data
# Inflected forms, compounds and GDPR wording real policies use.
heading: mitä henkilötietoja keräämme concept=what-we-collect
heading: mitä henkilötietoja käsittelemme concept=what-we-collect
heading: mitä tietoja käsittelemme concept=what-we-collect
heading: mitä tietoja kerätään concept=what-we-collect
heading: kerättävät henkilötiedot concept=what-we-collect
heading: käsiteltävät henkilötiedot concept=what-we-collect
heading: käsiteltävät tiedot concept=what-we-collect
heading: keräämämme henkilötiedot concept=what-we-collect
heading: kerätyt tiedot concept=what-we-collect
heading: henkilötietojen keruu concept=collection-of-information
heading: tietojen kerääminen concept=collection-of-information
heading: henkilötietojen kerääminen ja käsittely concept=collection-of-information
heading: rekisterin sisältämät tiedot concept=categories-of-data
heading: henkilötietojen tyypit concept=categories-of-data
heading: henkilötietoryhmät ja tietosisältö concept=categories-of-data
heading: tietojen lähteet concept=sources-of-information
heading: henkilötietojen lähteet concept=sources-of-information
heading: mistä tiedot saadaan concept=sources-of-information
heading: mistä saamme henkilötietoja concept=sources-of-information
heading: tiedot joita annat meille concept=information-you-provide
heading: itse antamasi tiedot concept=information-you-provide
heading: automaattisesti kerättävät concept=collected-automatically
heading: tekniset tiedot concept=collected-automatically
heading: lokitiedot ja tekniset tiedot concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: pysyy laitteellasi weight=2 concept=on-device-data
heading: pysyvät laitteellasi weight=2 concept=on-device-data
heading: jää laitteellesi weight=2 concept=on-device-data
heading: paikallisesti käsiteltävät tiedot weight=2 concept=on-device-data
heading: käsitellään paikallisesti weight=2 concept=on-device-data
heading: paikallisesti tallennetut tiedot weight=2 concept=on-device-data
heading: paikallinen käsittely weight=2 concept=on-device-data
heading: käsittely laitteella weight=2 concept=on-device-data
body: keräämme weight=2 concept=we-collect
body: kerätään weight=2 concept=we-collect
body: sähköpostiosoit* weight=1.5 concept=contact-details
body: puhelinnumer* weight=1.5 concept=contact-details
body: ip-osoit* weight=1.5 concept=device-data
# Login and registration headings (en "Login", "Registration"): what the user gives to get an account.
heading: kirjautuminen concept=information-you-provide
heading: sisäänkirjautuminen concept=information-you-provide
heading: kirjautuminen palveluun concept=information-you-provide
heading: rekisteröityminen concept=information-you-provide
heading: rekisteröityminen palveluun concept=information-you-provide
heading: käyttäjätilin luominen concept=information-you-provide
heading: kirjautumistiedot concept=categories-of-data
body: kirjautumisen yhteydessä weight=1.5 concept=you-provide
# Compound "Tiedonkeruu (ja käyttö)" (Information Collection and Use).
heading: tiedonkeruu concept=collection-of-information

[use]
heading: miten käytämme tietoja concept=how-we-use
heading: mihin käytämme tietojasi concept=how-we-use
heading: henkilötietojen käsittelyn tarkoitus concept=purposes-of-processing
heading: käsittelyn tarkoitukset concept=purposes-of-processing
heading: tietojen käyttö concept=use-of-information
heading: tietojen käyttötarkoitukset concept=purposes-of-processing
heading: tarkoitukset concept=purposes-of-processing
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that fi lacked.
heading: miksi keräämme tietojasi concept=why-we-collect
heading: tietojen keräämisen tarkoitus concept=why-we-collect
heading: henkilötietojen käsittely concept=processing-of-personal-data
heading: miten käsittelemme henkilötietojasi concept=processing-of-personal-data
body: käytämme weight=1 concept=we-use
body: käsittelyn tarkoitu* weight=3 concept=purposes
body: tarkoitukse* weight=1.5 concept=purposes
body: käyttötarkoitu* weight=2.5 concept=purposes
body: palvelun tarjoamise* weight=2 concept=to-provide
body: palvelujen tuottami* weight=2 concept=to-provide
body: tilaust* käsittely* weight=2 concept=to-process-transactions
body: toimittami* weight=1 concept=to-fulfil
body: kehittämi* weight=2 concept=to-develop
body: parantami* weight=1.5 concept=to-improve
body: personoin* weight=2.5 concept=to-personalise
body: profiloin* weight=2.5 concept=profiling
body: analysoin* weight=1 concept=to-analyse
body: tilasto* weight=1 concept=to-analyse
body: väärinkäytö* weight=1.5 concept=to-prevent-fraud
body: asiakassuhte* weight=1.5 concept=to-administer
body: asiakaspalvelu* weight=1
body: seuraaviin tarkoituksiin weight=2 concept=following-purposes
# Added with the shared concept inventory (concepts.txt): terms real policies use that fi lacked.
body: automaattis* päätöksente* weight=1.5 concept=automated-decisions
body: hallinnoi* weight=1.5 concept=to-administer
body: viestimi* weight=2 concept=to-communicate
body: lähettää sinulle weight=1 concept=to-send
body: vastata* weight=1.5 concept=to-respond
body: vianmääritys* weight=2 concept=to-troubleshoot
body: markkinatutkimu* weight=1.5 concept=research
body: petosten estämi* weight=1.5 concept=to-prevent-fraud
body: maksujen käsittely* weight=1.5 concept=to-process-transactions
body: lakisääteisten velvoitteiden weight=1 concept=to-comply-with-law
# Purpose headings asked with other verbs and "(processed) for the following purposes".
heading: miksi käsittelemme concept=why-we-collect
heading: mihin tarkoituksiin concept=purposes-of-processing
heading: seuraaviin tarkoituksiin concept=purposes-of-processing
# Inflected forms, compounds and GDPR wording real policies use.
heading: henkilötietojen käyttötarkoitu* concept=purposes-of-processing
heading: käsittelyn tarkoitus concept=purposes-of-processing
heading: henkilötietojen käsittelyn tarkoitukset concept=purposes-of-processing
heading: tietojen käsittelyn tarkoitus concept=purposes-of-processing
heading: käyttötarkoitukset concept=purposes-of-processing
heading: mihin käytämme henkilötietojasi concept=how-we-use
heading: mihin käytämme keräämiämme tietoja concept=how-we-use
heading: miten käytämme henkilötietojasi concept=how-we-use
heading: miten käytämme keräämiämme tietoja concept=how-we-use
heading: henkilötietojen käyttö concept=use-of-information
heading: tietojesi käyttö concept=use-of-information
heading: miksi käsittelemme henkilötietojasi concept=why-we-collect
heading: miksi keräämme concept=why-we-collect
heading: automaattis* päätö* concept=automated-decision-making
heading: automatisoi* päätö* concept=automated-decision-making
heading: automaattis* yksittäispäätö* concept=automated-decision-making

[legal-basis]
heading: käsittelyn oikeusperuste concept=legal-basis
heading: oikeusperuste concept=legal-basis
heading: oikeusperusteet concept=legal-basis
heading: henkilötietojen käsittelyn oikeusperusteet concept=legal-basis
heading: millä perusteella käsittelemme tietoja concept=why-allowed
heading: käsittelyn lainmukaisuus concept=legal-basis
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that fi lacked.
heading: miksi saamme käsitellä tietojasi concept=why-allowed
body: oikeusperust* weight=2 concept=legal-basis-term
body: peruste* weight=1 concept=on-the-basis-of
body: oikeutetu* etu* weight=2 concept=legitimate-interests
body: oikeutettu etu weight=2 concept=legitimate-interests
body: tasapainotest* weight=2 concept=balancing-test
body: sopimuksen täytäntöönpan* weight=2 concept=performance-of-contract
body: sopimukse* tekemi* weight=1.5 concept=performance-of-contract
body: sopimussuhte* weight=2 concept=performance-of-contract
body: osapuolena weight=2 concept=performance-of-contract
body: lakisääteis* velvoit* weight=2.5 concept=legal-obligation
body: oikeudellis* velvoit* weight=2.5 concept=legal-obligation
body: elintärke* etu* weight=2.5 concept=vital-interests
body: yleise* edu* weight=1.5 concept=public-interest
body: 6 artikl* weight=2 concept=article-6
body: lainmukaisuu* weight=1.5 concept=lawful
body: suostumu* weight=0.5 concept=consent-as-basis
# Added with the shared concept inventory (concepts.txt): terms real policies use that fi lacked.
body: perusoikeudet ja -vapaudet weight=2.5 concept=balancing-test
body: käsittely on tarpeen weight=2.5 concept=processing-necessary
body: perusteella weight=1 concept=on-the-basis-of
body: välttämät* weight=0.5 concept=necessary
# GDPR boilerplate (legal basis, legitimate interests, Art. 6, "on the basis of") stands in every
# subsection of a European policy: lighter body weights; the heading forms still name the section.
# Inflected forms, compounds and GDPR wording real policies use.
heading: käsittelyn perusteet concept=legal-basis
heading: käsittelyperuste concept=legal-basis
heading: käsittelyperusteet concept=legal-basis
heading: henkilötietojen käsittelyn peruste concept=legal-basis
heading: käsittelyn oikeusperusteet concept=legal-basis
heading: oikeusperuste käsittelylle concept=legal-basis
heading: lainmukaiset perusteet concept=legal-basis

[consent]
heading: suostumus concept=your-consent
heading: suostumuksesi concept=your-consent
heading: käyttäjän suostumus concept=your-consent
heading: suostumuksen antaminen concept=your-consent
heading: suostumuksen peruuttaminen concept=withdrawal-of-consent
heading: suostumus ja sen peruuttaminen concept=withdrawal-of-consent
body: suostumu* weight=2 concept=you-consent
body: suostut weight=1.5 concept=you-consent
body: peruut* weight=3 concept=withdraw
body: ennen peruuttamista weight=2.5 concept=without-affecting-lawfulness
body: lainmukaisuu* weight=1.5 concept=without-affecting-lawfulness
body: nimenomai* suostumu* weight=2 concept=explicit-consent
body: tahdonilmaisu* weight=3 concept=freely-given
body: vapaaehtoi* weight=1.5 concept=freely-given
body: milloin tahansa weight=1.5 concept=at-any-time
body: valintaruu* weight=1.5 concept=opt-in
body: hyväksy* weight=1 concept=you-agree
body: yksiselittei* weight=1.5 concept=freely-given
# Added with the shared concept inventory (concepts.txt): terms real policies use that fi lacked.
body: lupa* weight=1.5 concept=permission
body: muutat mielesi weight=2 concept=change-your-mind
# Inflected forms, compounds and GDPR wording real policies use.
heading: suostumuksen peruuttami* concept=withdrawal-of-consent
heading: oikeus peruuttaa suostumus concept=withdrawal-of-consent
heading: suostumuksen peruuttaminen ja muuttaminen concept=withdrawal-of-consent

[sharing]
heading: tietojen luovutukset concept=disclosure-of-information
heading: säännönmukaiset luovutukset concept=disclosure-of-information
heading: tietojen vastaanottajat concept=who-we-share-with
heading: henkilötietojen vastaanottajat concept=who-we-share-with
heading: kenelle luovutamme tietoja concept=who-we-share-with
heading: tietojen jakaminen kolmansille osapuolille concept=third-parties
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that fi lacked.
heading: tietojen jakaminen concept=sharing-of-information
heading: miten jaamme tietojasi concept=how-we-share
heading: kolmannet osapuolet concept=third-parties
heading: palveluntarjoajat concept=service-providers-heading
heading: yritysjärjestelyt concept=business-transfers
heading: viranomaispyynnöt concept=legal-requests
heading: oikeudelliset vaatimukset concept=legal-requests
heading: myymmekö tietojasi concept=sale-of-information
heading: henkilötietojen myynti concept=sale-of-information
body: luovut* weight=2.5 concept=disclose
body: vastaanottaj* weight=2.5 concept=recipients
body: jaamme weight=2 concept=share
body: jakami* weight=1.5 concept=share
body: kolmansi* osapuol* weight=2 concept=third-parties-term
body: kolmann* osapuol* weight=2 concept=third-parties-term
body: palveluntarjoaj* weight=2 concept=service-providers
body: alihankkij* weight=2 concept=service-providers
body: henkilötietojen käsittelijä* weight=2 concept=service-providers
body: puolestamme weight=2 concept=on-our-behalf
body: lukuun weight=1.5 concept=on-our-behalf
body: kumppane* weight=1 concept=business-partners
body: konserni* weight=2 concept=affiliates
body: viranomai* weight=1.5 concept=authorities
body: tuomioistuim* weight=1.5 concept=legal-process
body: maksupalvelu* weight=1.5 concept=service-providers
body: yrityskaup* weight=2 concept=corporate-transaction
body: fuusio* weight=2 concept=corporate-transaction
body: emme myy weight=1.5 concept=sell
# Added with the shared concept inventory (concepts.txt): terms real policies use that fi lacked.
body: myy* weight=1.5 concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: tietojen luovuttaminen kolmansille osapuolille concept=transfer-to-third-parties
heading: tietojen siirto kolmansille osapuolille concept=transfer-to-third-parties
heading: tietojen luovutus kolmansille concept=transfer-to-third-parties
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: hosting concept=service-providers-heading
heading: palvelinpalvelut concept=service-providers-heading
heading: sisällönjakeluverkko concept=service-providers-heading
heading: henkilötietojen käsittelijät concept=service-providers-heading
heading: käsittelijät concept=service-providers-heading
heading: virheenseuranta concept=service-providers-heading
body: tietojenkäsittelysopimu* weight=2 concept=service-providers
body: käsittelysopimu* weight=2 concept=service-providers
body: palvelintila* weight=2.5 concept=service-providers
body: webhotelli* weight=2.5 concept=service-providers
body: hosting palvelu* weight=2.5 concept=service-providers
body: isännöi* weight=2 concept=service-providers
body: sisällönjakeluverk* weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: pilvipalvelu* weight=2 concept=service-providers
body: pilvialusta* weight=2 concept=service-providers
body: virheenseuran* weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: maksut weight=2 concept=payments-purchases
heading: maksujen käsittely weight=3 concept=payments-purchases
heading: sovelluksen sisäiset ostot weight=2 concept=payments-purchases
heading: sovelluksen sisäiset ostokset weight=2 concept=payments-purchases
heading: tilaukset weight=2 concept=payments-purchases
# Inflected forms, compounds and GDPR wording real policies use.
heading: tietojen luovuttami* concept=disclosure-of-information
heading: henkilötietojen luovuttami* concept=disclosure-of-information
heading: henkilötietojen luovutukset concept=disclosure-of-information
heading: tietojen luovutus concept=disclosure-of-information
heading: henkilötietojen jakaminen concept=sharing-of-information
heading: luovutammeko tietoja concept=how-we-share
heading: jaammeko tietojasi concept=how-we-share
heading: kenelle tietoja luovutetaan concept=who-we-share-with
heading: kenelle tietoja luovutamme concept=who-we-share-with
heading: kenelle jaamme tietoja concept=who-we-share-with
heading: vastaanottajat concept=who-we-share-with
heading: vastaanottajaryhmät concept=who-we-share-with
heading: kumppanit concept=third-parties
heading: yhteistyökumppanit concept=third-parties
heading: alihankkijat concept=service-providers-heading
heading: henkilötietojen käsittelijöiden käyttö concept=service-providers-heading
heading: viranomaiset concept=legal-requests
heading: yrityskaupat concept=business-transfers

[cookies]
heading: evästeet concept=cookies
heading: evästeiden käyttö concept=cookies
heading: evästekäytäntö concept=cookies
heading: evästeet ja vastaavat tekniikat concept=tracking-technologies
heading: evästeet ja seurantatekniikat concept=tracking-technologies
heading: seurantatekniikat concept=tracking-technologies
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that fi lacked.
heading: verkkomajakat concept=web-beacons
heading: pikselit concept=web-beacons
heading: lokitiedostot concept=log-files
heading: lokitiedot concept=log-files
heading: analytiikka concept=analytics
body: eväste* weight=3 concept=cookie
body: cookie* weight=2 concept=cookie
body: istuntoeväste* weight=3 concept=cookie-lifetime
body: pysyv* eväste* weight=2 concept=cookie-lifetime
body: verkkomajakk* weight=3 concept=web-beacon
body: pikseli* weight=2 concept=web-beacon
body: seurantateknii* weight=2.5 concept=tracking-technology
body: vastaav* teknii* weight=2 concept=tracking-technology
body: päätelaitte* weight=2.5 concept=device
body: selaimen asetuks* weight=1.5 concept=browser-settings
body: selai* weight=1 concept=browser
body: google analytics weight=3 concept=analytics-term
body: lokitiedo* weight=2 concept=log-file
body: paikallis* tallennus* weight=2 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: analytiikk* weight=1 concept=analytics-term
# Added with the shared concept inventory (concepts.txt): terms real policies use that fi lacked.
body: pieni* tekstitiedosto* weight=2.5 concept=text-files
body: välttämättömät evästeet weight=2.5 concept=cookie-categories
body: sdk* weight=2 concept=sdk
body: sormenjälj* weight=2.5 concept=fingerprinting
heading: verkkoanalytiikka concept=analytics
# Inflected forms, compounds and GDPR wording real policies use.
heading: evästeiden käyttäminen concept=cookies
heading: evästeet ja muut tekniikat concept=tracking-technologies
heading: evästeet ja vastaavat teknologiat concept=tracking-technologies
heading: miten käytämme evästeitä concept=cookies
heading: mitä evästeet ovat concept=cookies
heading: evästeseloste concept=cookies
heading: tilastointi concept=analytics
heading: analytiikkatyökalut concept=analytics
heading: google analytics concept=analytics

[advertising]
heading: markkinointi concept=marketing
heading: suoramarkkinointi concept=marketing
heading: mainonta concept=advertising
heading: kohdennettu mainonta concept=interest-based-advertising
heading: uutiskirje concept=marketing-communications
heading: markkinointiviestit concept=marketing-communications
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that fi lacked.
heading: kolmansien osapuolten mainonta concept=third-party-advertising
heading: mainosverkostot concept=third-party-advertising
body: markkinoin* weight=2 concept=marketing-purposes
body: suoramarkkinoin* weight=2.5 concept=marketing-purposes
body: mainon* weight=2.5 concept=ads
body: mainos* weight=2.5 concept=ads
body: mainosverkost* weight=3 concept=ad-networks
body: uutiskirj* weight=2.5 concept=marketing-messages
body: kohdenn* weight=2.5 concept=interest-based
body: kohdent* weight=2.5 concept=interest-based
body: uudelleenkohden* weight=3 concept=retargeting
body: retargeting* weight=2 concept=retargeting
body: kiinnostuksen kohte* weight=2 concept=interests
body: käyttäytymis* weight=2 concept=interest-based
body: kampanj* weight=1.5 concept=ad-measurement
body: tarjou* weight=1 concept=promotions
body: tekstiviest* weight=1 concept=marketing-messages
body: sms weight=1 concept=marketing-messages
# Added with the shared concept inventory (concepts.txt): terms real policies use that fi lacked.
body: mainoskumppan* weight=3 concept=ad-networks
body: markkinointitarkoitu* weight=2 concept=marketing-purposes
body: your online choices weight=3 concept=ad-industry-programs
body: tehokkuu* weight=2 concept=ad-measurement
# Inflected forms, compounds and GDPR wording real policies use.
heading: markkinointi ja uutiskirjeet concept=marketing-communications
heading: uutiskirjeet concept=marketing-communications
heading: mainokset concept=advertising
heading: kiinnostuksen kohteisiin perustuva mainonta concept=interest-based-advertising

[do-not-track]
heading: do not track -signaalit concept=do-not-track
heading: do not track -toiminto concept=do-not-track
heading: älä seuraa -asetus concept=do-not-track
heading: älä seuraa -pyynnöt concept=do-not-track
heading: global privacy control -signaali concept=global-privacy-control
heading: yksityisyyssignaalit concept=preference-signals
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that fi lacked.
heading: global privacy control concept=global-privacy-control
heading: do not track concept=do-not-track
heading: selaimen signaalit concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: älä seuraa weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: signaal* weight=2 concept=opt-out-preference-signal
body: toimialan standard* weight=2 concept=no-uniform-standard
body: yhtenäi* standard* weight=2 concept=no-uniform-standard
body: standardi* weight=1 concept=no-uniform-standard
body: emme reagoi weight=2 concept=do-not-respond
body: emme vastaa weight=1.5 concept=do-not-respond
body: seurant* weight=1 concept=cross-site-tracking
body: seurann* weight=1 concept=cross-site-tracking
body: selai* weight=1 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt): terms real policies use that fi lacked.
body: kunnioita* weight=1.5 concept=honor-signals

[choices]
heading: valintasi concept=your-choices
heading: valinnanmahdollisuutesi concept=your-choices
heading: asetusten hallinta concept=managing-preferences
heading: yksityisyysasetukset concept=managing-preferences
heading: markkinoinnin kieltäminen concept=opting-out
heading: tilauksen peruuttaminen concept=unsubscribing
heading: tilauksen peruminen concept=unsubscribing
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that fi lacked.
heading: uutiskirjeen tilauksen peruminen concept=unsubscribing
heading: viestintäasetukset concept=managing-preferences
heading: markkinoinnista kieltäytyminen concept=opting-out
body: kielt* weight=2.5 concept=opt-out
body: tilaukse* peru* weight=2.5 concept=unsubscribe
body: perumi* weight=2.5 concept=unsubscribe
body: peruutuslinkki* weight=2.5 concept=unsubscribe-link
body: valin* weight=2 concept=choose-not-to
body: asetuks* weight=1.5 concept=settings
body: hallinnoi* weight=1 concept=preferences
body: poista* käytöstä weight=1.5 concept=disable
body: estä* weight=1 concept=decline
body: antaminen on vapaaehtoista weight=3 concept=consequences-of-refusal
body: vapaaehtoista weight=2
body: ei ole pakko weight=2
body: käyttäjätili* weight=1 concept=settings
body: opt-out weight=1 concept=opt-out
# Added with the shared concept inventory (concepts.txt): terms real policies use that fi lacked.
body: markkinointisähköpost* weight=2 concept=promotional-emails
body: ilmoitus* weight=1 concept=device-permissions
body: sijaintipalvel* weight=2 concept=device-permissions
body: et ehkä voi weight=1.5 concept=consequences-of-refusal
body: vastaanott* weight=0.5 concept=receive
# Inflected forms, compounds and GDPR wording real policies use.
heading: valintasi ja asetuksesi concept=your-choices
heading: miten voit vaikuttaa concept=your-choices
heading: suoramarkkinoinnin kieltäminen concept=opting-out
heading: suoramarkkinointikielto concept=opting-out
heading: evästeasetusten hallinta concept=managing-preferences
heading: uutiskirjeen peruminen concept=unsubscribing

[rights]
heading: rekisteröidyn oikeudet concept=your-rights
heading: sinun oikeutesi concept=your-rights
heading: oikeutesi concept=your-rights
heading: rekisteröidyn oikeuksien käyttäminen concept=exercising-rights
heading: tarkastusoikeus concept=access-and-correction
heading: mitä oikeuksia sinulla on concept=your-rights
heading: pääsy tietoihin concept=access-and-correction
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that fi lacked.
heading: oikeuksien käyttäminen concept=exercising-rights
heading: tietojen tarkastaminen ja oikaiseminen concept=access-and-correction
heading: valtuutetut edustajat concept=authorized-agents
body: sinulla on oikeus weight=2.5
body: oikeus* weight=1
body: tarkastusoikeu* weight=3 concept=right-of-access
body: tarkastaa weight=2 concept=right-of-access
body: oikais* weight=3 concept=rectification
body: poista* weight=1.5 concept=erasure
body: tulla unohdetuksi weight=3 concept=erasure
body: siirrettävyy* weight=3 concept=portability
body: järjestelmästä toiseen weight=3 concept=portability
body: vastust* weight=2.5 concept=right-to-object
body: käsittelyn rajoitta* weight=2.5 concept=restriction
body: valitu* weight=2 concept=complaint-to-authority
body: valvontaviranomai* weight=2.5 concept=complaint-to-authority
body: tietosuojavaltuutet* weight=3 concept=complaint-to-authority
body: automaattis* päätöksente* weight=2
body: kopio* weight=1 concept=copy-of-data
body: pyyntö* weight=1 concept=request
body: pyynnö* weight=1 concept=request
# Added with the shared concept inventory (concepts.txt): terms real policies use that fi lacked.
body: käyttää oikeuksia* weight=2 concept=exercise-rights
body: henkilöllisyy* weight=2 concept=verify-identity
body: valtuutet* edustaj* weight=2.5 concept=authorized-agent
body: syrji* weight=1.5 concept=non-discrimination
body: rekisteröidyn oikeu* weight=2 concept=data-subject-rights
body: pääsy* weight=1.5 concept=access
# Inflected forms, compounds and GDPR wording real policies use.
heading: rekisteröidyn oikeudet gdpr concept=your-rights
heading: sinun oikeutesi rekisteröitynä concept=your-rights
heading: oikeudet concept=your-rights
heading: käyttäjän oikeudet concept=your-rights
heading: oikeus saada pääsy concept=access-and-correction
heading: oikeus tarkastaa tiedot concept=access-and-correction
heading: tarkastusoikeus ja oikaisuoikeus concept=access-and-correction
heading: oikaisuoikeus concept=access-and-correction
heading: oikeus tietojen oikaisemiseen concept=access-and-correction
heading: oikeus vaatia tiedon korjaamista concept=access-and-correction
heading: oikeus tietojen poistamiseen concept=your-rights
heading: oikeus tulla unohdetuksi concept=your-rights
heading: oikeus käsittelyn rajoittamiseen concept=your-rights
heading: oikeus siirtää tiedot concept=your-rights
heading: oikeus siirtää tietoja järjestelmästä toiseen concept=your-rights
heading: tietojen siirrettävyys concept=your-rights
heading: vastustamisoikeus concept=your-rights
heading: oikeus vastustaa concept=your-rights
heading: oikeus tehdä valitus concept=your-rights
heading: oikeus tehdä valitus valvontaviranomaiselle concept=your-rights
heading: valitusoikeus concept=your-rights
heading: miten voit käyttää oikeuksiasi concept=exercising-rights
heading: oikeuksien käyttö concept=exercising-rights
body: oikeus saada pääsy weight=2
body: oikeus tietojen oikaisemiseen weight=2
body: oikeus tietojen poistamiseen weight=2
body: oikeus käsittelyn rajoittamiseen weight=2
body: oikeus siirtää tiedot weight=2
body: vastustamisoikeus weight=2
body: tietosuojavaltuutetun toimisto weight=2
# How soon a rights request is answered (en "Response time").
heading: vastausaika concept=exercising-rights
heading: vastausajat concept=exercising-rights
heading: mitä oikeuksia minulla on concept=your-rights

[retention]
heading: tietojen säilytysaika concept=retention-period
heading: säilytysaika concept=retention-period
heading: kuinka kauan säilytämme tietoja concept=how-long-we-keep
heading: tietojen säilyttäminen concept=data-retention
heading: henkilötietojen säilytys concept=data-retention
heading: säilytys ja poistaminen concept=retention-and-deletion
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that fi lacked.
heading: säilyttäminen ja tallennus concept=storage-and-retention
heading: tietojen tallennus ja säilytys concept=storage-and-retention
body: säily* weight=2 concept=retain
body: säilytysaj* weight=3 concept=retention-criteria
body: niin kauan kuin weight=2.5 concept=as-long-as-necessary
body: enintään weight=2 concept=retention-criteria
body: tarpeen weight=1 concept=no-longer-needed
body: vanhentumisai* weight=2.5 concept=legal-retention-requirements
body: poistam* weight=1.5 concept=destroy
body: hävit* weight=2 concept=destroy
body: anonymisoi* weight=1.5 concept=anonymise
body: päättymi* weight=1.5 concept=retention-criteria
body: päätyttyä weight=2 concept=retention-criteria
body: kuluttua weight=2 concept=retention-criteria
body: arkistoi* weight=1 concept=archive
body: varmuuskopi* weight=1.5 concept=archive
body: kirjanpitolai* weight=2 concept=legal-retention-requirements
# Added with the shared concept inventory (concepts.txt): terms real policies use that fi lacked.
body: niin kauan kuin on tarpeen weight=3 concept=as-long-as-necessary
body: ei ole enää tarpeen weight=2.5 concept=no-longer-needed
body: passiivis* weight=2 concept=inactive-accounts
body: tallenn* weight=1 concept=store
body: vuotta weight=0.5 concept=years
body: tallessa weight=1.5 concept=keep
# Inflected forms, compounds and GDPR wording real policies use.
heading: tietojen säilytys concept=data-retention
heading: henkilötietojen säilyttäminen concept=data-retention
heading: henkilötietojen säilytysaika concept=retention-period
heading: säilytysajat concept=retention-period
heading: kuinka kauan säilytämme concept=how-long-we-keep
heading: kuinka kauan tietoja säilytetään concept=how-long-we-keep
heading: kuinka pitkään säilytämme concept=how-long-we-keep
heading: tietojen poistaminen ja säilytys concept=retention-and-deletion
heading: milloin poistamme tietosi weight=3 concept=retention-and-deletion
heading: tietojen hävittäminen concept=retention-and-deletion
heading: miten säilytämme concept=storage-and-retention

[security]
heading: tietoturva concept=data-security
heading: tietojen suojaaminen concept=how-we-protect
heading: rekisterin suojauksen periaatteet concept=security-measures
heading: tietoturvatoimenpiteet concept=security-measures
heading: miten suojaamme tietosi concept=how-we-protect
heading: henkilötietojen suojaus concept=data-security
body: tietoturv* weight=2.5 concept=secure
body: suoja* weight=1 concept=protect
body: salau* weight=3 concept=encryption
body: salattu* weight=3 concept=encryption
body: ssl weight=2 concept=encryption
body: tls weight=2 concept=encryption
body: luvato* pääsy* weight=3 concept=unauthorized-access
body: teknis* ja organisatoris* weight=3 concept=technical-organisational-measures
body: organisatoris* weight=2 concept=technical-organisational-measures
body: tietoturvaloukkau* weight=2.5 concept=breach
body: tietomurto* weight=2.5 concept=breach
body: palomuuri* weight=2 concept=technical-controls
body: virustorjun* weight=2 concept=technical-controls
body: käyttöoikeu* weight=1.5 concept=technical-controls
body: lukitu* weight=1.5 concept=physical-safeguards
body: salasan* weight=1 concept=technical-controls
# Added with the shared concept inventory (concepts.txt): terms real policies use that fi lacked.
body: suojatoim* weight=2.5 concept=safeguards
body: katoami* weight=2.5 concept=loss-misuse-alteration
body: luottamuksellis* weight=1.5 concept=confidentiality
body: emme voi taata weight=2.5 concept=no-guarantee
body: alan standardi* weight=2 concept=industry-standard
body: varmist* weight=0.5 concept=ensure
# Personal-data breaches and their notification: a security topic.
heading: tietoturvaloukkaus concept=data-security
heading: tietoturvaloukkaukset concept=data-security
# Inflected forms, compounds and GDPR wording real policies use.
heading: rekisterin suojaus concept=data-security
heading: rekisterin suojaaminen concept=data-security
heading: tietojen suojaus concept=data-security
heading: henkilötietojen suojaaminen concept=how-we-protect
heading: miten suojaamme henkilötietojasi concept=how-we-protect
heading: miten suojaamme tietoja concept=how-we-protect
heading: tietoturvallisuus concept=data-security
heading: tietojen turvallisuus concept=data-security
heading: tekniset ja organisatoriset toimenpiteet concept=security-measures
heading: suojaustoimenpiteet concept=security-measures
heading: tietoturvaloukkauksista ilmoittaminen concept=data-security
# Bare "Turvallisuus" (Security) as a heading.
heading: turvallisuus concept=data-security

[children]
heading: lapset concept=childrens-privacy
heading: lasten yksityisyys concept=childrens-privacy
heading: lasten tiedot concept=childrens-privacy
heading: lasten henkilötiedot concept=childrens-privacy
heading: alaikäiset concept=minors
heading: alaikäisten tietosuoja concept=minors
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that fi lacked.
heading: ikärajat concept=age-limits
heading: alle 13-vuotiaat lapset concept=age-limits
body: laps* weight=3 concept=children
body: lasten weight=3 concept=children
body: alaikäi* weight=3 concept=minors-teens
body: alle 13 weight=2 concept=age-threshold
body: alle 16 weight=2 concept=age-threshold
body: ikäraja* weight=2 concept=age-threshold
body: huoltaja* weight=2.5 concept=parents-guardians
body: vanhemm* weight=2 concept=parents-guardians
body: vanhempi* weight=2 concept=parents-guardians
body: edunvalvoj* weight=2 concept=parents-guardians
body: huoltajan suostumu* weight=3 concept=parental-consent
body: vanhempien suostumu* weight=3 concept=parental-consent
body: coppa weight=3 concept=coppa
body: tietoisesti weight=1.5 concept=knowingly-collect
# Added with the shared concept inventory (concepts.txt): terms real policies use that fi lacked.
body: nuor* weight=2.5 concept=minors-teens
body: ei ole tarkoitettu weight=2 concept=not-directed-to-children
body: jos saamme tietää weight=2 concept=if-we-learn
body: ikä* weight=1.5 concept=age
# Concept `minor` (the bare English word, weak because also "minor changes") left out: fi has no such ambiguous word; alaikäi* carries the idea.
# Inflected forms, compounds and GDPR wording real policies use.
heading: lasten tietosuoja concept=childrens-privacy
heading: lapsia koskevat tiedot concept=childrens-privacy
heading: alle 16-vuotiaat concept=age-limits
heading: alle 13-vuotiaat concept=age-limits
heading: ikäraja concept=age-limits

[international]
heading: tietojen siirto eu:n tai eta:n ulkopuolelle concept=international-transfers
heading: henkilötietojen siirto eu:n ulkopuolelle concept=international-transfers
heading: tietojen siirto kolmansiin maihin concept=international-transfers
heading: kansainväliset tiedonsiirrot concept=international-transfers
heading: missä tietoja säilytetään concept=where-we-store
heading: tietojen sijainti concept=where-we-store
heading: tietojen tallennus weight=1 concept=where-we-store
heading: tietojen tallentaminen weight=1 concept=where-we-store
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that fi lacked.
heading: tietojen siirrot concept=data-transfers
heading: henkilötietojen siirto concept=data-transfers
body: kolmansi* mai* weight=2 concept=other-countries
body: ulkopuolel* weight=2.5 concept=eea
body: eu:n tai eta:n weight=2.5 concept=eea
body: euroopan talousalue* weight=2 concept=eea
body: kansainväli* siirr* weight=3 concept=cross-border
body: tiedonsiirr* weight=1.5 concept=transfer
body: siirto* weight=1.5 concept=transfer
body: siirret* weight=1.5 concept=transfer
body: siirrä* weight=1.5 concept=transfer
body: riittäv* tietosuojan tas* weight=2.5 concept=adequacy
body: vakiosopimuslausek* weight=2 concept=transfer-safeguards
body: mallisopimuslausek* weight=2 concept=transfer-safeguards
body: sitov* yrityssääntö* weight=2 concept=transfer-safeguards
body: asianmukais* suojatoim* weight=2 concept=transfer-safeguards
body: yhdysval* weight=1 concept=united-states
body: data privacy framework weight=2 concept=privacy-frameworks
body: palvelim* weight=1 concept=server-location
# Added with the shared concept inventory (concepts.txt): terms real policies use that fi lacked.
body: rajat ylittäv* weight=3 concept=cross-border
body: muihin maihin weight=2.5 concept=other-countries
body: tietosuojakehy* weight=2.5 concept=privacy-frameworks
body: lainkäyttöalue* weight=2 concept=jurisdictions
body: ympäri maailmaa weight=1.5 concept=around-the-world
body: samantasoi* suoja* weight=2 concept=less-protective
# One sentence on transfers to the USA (standard contractual clauses, adequacy) in a subsection
# about a social network or cloud service must not outweigh its practice: lighter transfer body
# terms; the headings ("International transfers") still name real transfer sections.
# Inflected forms, compounds and GDPR wording real policies use.
heading: tietojen siirto eu:n ulkopuolelle concept=international-transfers
heading: tietojen siirto eta:n ulkopuolelle concept=international-transfers
heading: tietojen siirrot eu:n ja eta:n ulkopuolelle concept=international-transfers
heading: siirrot eu:n ulkopuolelle concept=international-transfers
heading: tietojen siirtäminen eu:n ulkopuolelle concept=international-transfers
heading: henkilötietojen siirtäminen kolmansiin maihin concept=international-transfers
heading: siirrot kolmansiin maihin concept=international-transfers
heading: kansainväliset siirrot concept=international-transfers
heading: missä tietojasi käsitellään concept=where-we-store
heading: missä tietojasi säilytetään concept=where-we-store
heading: tietojen käsittelypaikka concept=where-we-store
heading: palvelimien sijainti concept=where-we-store

[regional]
heading: kalifornian asukkaille concept=california
heading: kalifornian asukkaat concept=california
heading: tietoja eu:n käyttäjille concept=eea-gdpr-notice
heading: euroopan unionin käyttäjät concept=eea-gdpr-notice
heading: aluekohtaiset ehdot concept=jurisdiction-specific
heading: lisätietoja tietyille lainkäyttöalueille concept=jurisdiction-specific
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that fi lacked.
heading: nevadan asukkaat concept=us-state-rights
heading: yhdysvaltain osavaltioiden tietosuojaoikeudet concept=us-state-rights
body: kaliforni* weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: gdpr weight=2 concept=eu-gdpr
body: euroopan unioni* weight=2 concept=eu-gdpr
body: eu weight=1 concept=eu-gdpr
body: eta weight=2 concept=eu-gdpr
body: asukka* weight=2 concept=residents
body: asukas weight=1.5 concept=residents
body: lainkäyttöalue* weight=2
body: brasili* weight=1.5 concept=brazil-lgpd
body: yhdistyny* kuningaskun* weight=1.5
body: paikalli* lainsäädän* weight=1.5
body: myyn* weight=1.5 concept=do-not-sell
body: ahvenanmaa* weight=1
# Added with the shared concept inventory (concepts.txt): terms real policies use that fi lacked.
body: kuluttaj* weight=1.5 concept=consumers
body: nevada weight=3 concept=us-states
body: virginia weight=3 concept=us-states
body: taloudelliset kannustimet weight=3 concept=financial-incentives
body: edeltäneiden 12 kuukauden weight=3 concept=preceding-12-months
body: lgpd weight=2.5 concept=brazil-lgpd
body: kanada* weight=2.5 concept=canada-pipeda
body: osavaltio* weight=0.5 concept=state
body: kontekstien välinen käyttäytymispohjainen mainonta weight=3 concept=cross-context-advertising
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
heading: alueelliset liitteet concept=jurisdiction-specific

[third-party-sites]
heading: kolmansien osapuolten sivustot weight=2 concept=third-party-websites
heading: kolmansien osapuolten palvelut weight=2 concept=third-party-services
heading: linkit muille sivustoille concept=links-to-other-sites
heading: linkit kolmansien osapuolten sivustoille concept=links-to-other-sites
heading: ulkoiset linkit concept=links-to-other-sites
heading: muut verkkosivustot concept=third-party-websites
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that fi lacked.
heading: sosiaalisen median liitännäiset concept=social-media-plugins
heading: kolmansien osapuolten tietosuojakäytännöt concept=third-party-privacy-policies
body: kolmansien osapuolten sivusto* weight=3 concept=other-sites
body: kolmansien osapuolten palvelu* weight=2.5 concept=third-party-applications
body: linki* weight=1.5 concept=links
body: ulkois* weight=1.5 concept=other-sites
body: emme vastaa weight=2.5 concept=not-responsible
body: ei vastaa weight=2 concept=not-responsible
body: vastuu* weight=1 concept=not-responsible
body: emme valvo weight=2.5 concept=not-responsible
body: emme hallitse weight=2.5 concept=not-responsible
body: oma* tietosuoja* weight=2 concept=their-privacy-policies
body: sosiaalis* medi* weight=1.5 concept=plugins
body: liitännäi* weight=2 concept=plugins
body: lisäosa* weight=1.5 concept=plugins
body: uudelleenohjau* weight=1.5 concept=leave-our-site
body: ei sovelleta weight=2.5
body: ei koske weight=2
# Added with the shared concept inventory (concepts.txt): terms real policies use that fi lacked.
body: suosittelemme weight=2.5 concept=encourage-review
body: poistut* weight=2.5 concept=leave-our-site
body: sisältö* weight=0.5 concept=content
body: tutustu* weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: sosiaalinen media concept=social-media-presence
heading: sosiaalisessa mediassa concept=social-media-presence
heading: sosiaalisen median palvelut concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: kolmansien osapuolten keräämät tiedot concept=third-party-data-collection
heading: kolmansien osapuolten keräämät concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: upotettu sisältö concept=third-party-services
heading: kolmansien osapuolten sisältö concept=third-party-services
heading: upotetut videot concept=third-party-services
heading: kolmannen osapuolen palvelut concept=third-party-services
heading: pilvisynkronointi concept=third-party-services
heading: icloud-varmuuskopio concept=third-party-services
heading: synkronointi ja varmuuskopiointi concept=third-party-services
heading: liitännäiset concept=social-media-plugins
body: upotet* weight=2.5 concept=plugins
body: upotamme weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: kolmansien osapuolten sisält* weight=3 concept=other-sites
body: kolmannen osapuolen sisält* weight=3 concept=other-sites
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: laajennet* tietosuojatil* weight=2.5 concept=plugins
body: kirjautuneena tilillesi weight=1.5 concept=plugins
body: oma* tietosuojaselost* weight=2.5 concept=their-privacy-policies
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: verkkoyhteydet weight=2 concept=network-connections
heading: verkkopyynnöt weight=2 concept=network-connections
heading: ulkoiset yhteydet weight=2 concept=network-connections
heading: poistuu laitteeltasi weight=2 concept=network-connections
heading: poistuvat laitteeltasi weight=2 concept=network-connections
heading: lähetetään internetin kautta weight=2 concept=network-connections
heading: laitteen ulkopuolelle lähetettävät tiedot weight=2 concept=network-connections
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
# Inflected forms, compounds and GDPR wording real policies use.
heading: linkit muihin palveluihin concept=links-to-other-sites
heading: linkit ulkoisille sivustoille concept=links-to-other-sites
heading: ulkoiset sivustot concept=third-party-websites
heading: ulkoiset palvelut concept=third-party-services
heading: kolmansien osapuolten palveluiden käyttö concept=third-party-services
heading: synkronointipalvelut concept=third-party-services
heading: varmuuskopiointipalvelut concept=third-party-services

[changes]
heading: muutokset tietosuojaselosteeseen concept=changes-to-policy
heading: tietosuojaselosteen muutokset concept=changes-to-policy
heading: muutokset tähän käytäntöön concept=changes-to-policy
heading: käytännön muutokset concept=changes-to-policy
heading: selosteen päivittäminen concept=policy-updates
heading: päivitykset concept=policy-updates
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that fi lacked.
heading: muutoksista ilmoittaminen concept=notification-of-changes
heading: muutokset concept=amendments
heading: voimaantulo concept=entry-into-force
heading: voimassaolo concept=entry-into-force
body: muutok* weight=1.5 concept=change-update
body: muutos weight=1.5 concept=change-update
body: muutta* weight=1.5 concept=change-update
body: päivit* weight=2 concept=change-update
body: viimeksi päivitetty weight=3 concept=effective-date
body: päivitetty viimeksi weight=3 concept=effective-date
body: astuu voimaan weight=3 concept=effective-date
body: voimaan weight=2.5 concept=effective-date
body: voimassa weight=2 concept=effective-date
body: uusi versio weight=2.5 concept=latest-version
body: versio* weight=1.5 concept=version
body: julkais* weight=1.5 concept=posting
body: säännöllisesti weight=1.5 concept=check-back
body: ajoittain weight=1.5 concept=from-time-to-time
body: jatkamalla weight=2 concept=continued-use
body: pidätä* oikeude* weight=2 concept=reserve-the-right
# Added with the shared concept inventory (concepts.txt): terms real policies use that fi lacked.
body: olennais* muutok* weight=3 concept=material-changes
body: ilmoitamme weight=1.5 concept=notify-you
body: välittömästi weight=1.5 concept=effective-immediately
body: ilmoitus weight=0.5 concept=notice
# Inflected forms, compounds and GDPR wording real policies use.
heading: muutokset tähän tietosuojaselosteeseen concept=changes-to-policy
heading: muutokset tietosuojakäytäntöön concept=changes-to-policy
heading: tietosuojakäytännön muutokset concept=changes-to-policy
heading: muutokset tähän selosteeseen concept=changes-to-policy
heading: tietosuojaselosteen päivittäminen concept=policy-updates
heading: tietosuojaselosteen päivitykset concept=policy-updates
heading: selosteen muuttaminen concept=changes-to-policy
heading: viimeksi päivitetty concept=entry-into-force

[contact]
heading: yhteystiedot concept=contact-information
heading: ota meihin yhteyttä concept=contact-us
heading: yhteydenotot concept=contact-us
heading: rekisterin yhteyshenkilö concept=contact-information
heading: tietosuojavastaava concept=data-protection-officer
heading: kysymykset ja pyynnöt concept=questions
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that fi lacked.
heading: miten voit ottaa meihin yhteyttä concept=how-to-contact
heading: yhteydenotto concept=how-to-contact
heading: kysymykset concept=questions
body: yhteystie* weight=2 concept=please-contact
body: ota yhteyttä weight=3 concept=please-contact
body: yhteyttä weight=2 concept=please-contact
body: yhteyshenkilö* weight=2.5 concept=please-contact
body: tietosuojavastaav* weight=3 concept=dpo
body: dpo weight=2.5 concept=dpo
body: kysymykse* weight=1.5 concept=questions-comments
body: kysyttävää weight=1.5 concept=questions-comments
body: postiosoite* weight=2 concept=postal-address
body: käyntiosoite* weight=2 concept=postal-address
body: y-tunnus weight=3
body: kotipaik* weight=2
body: asiakaspalvelu* weight=2 concept=customer-service
body: sähköposti* weight=1 concept=by-email
body: puhelin* weight=0.5 concept=telephone
# Added with the shared concept inventory (concepts.txt): terms real policies use that fi lacked.
body: osoite weight=0.3 concept=address
# The controller's identity and address (GDPR Art. 13(1)(a)): contact, not intro.
heading: rekisterinpitäjä concept=contact-information
heading: rekisterinpitäjän tiedot concept=contact-information
heading: rekisterinpitäjän yhteystiedot concept=contact-information
# Inflected forms, compounds and GDPR wording real policies use.
heading: yhteystiedot ja tietosuoja-asiat concept=contact-information
heading: yhteydenotot ja kysymykset concept=questions
heading: ota yhteyttä concept=contact-us
heading: yhteyshenkilö concept=contact-information
heading: rekisteriasioista vastaava henkilö concept=contact-information
heading: tietosuojavastaavan yhteystiedot concept=data-protection-officer
heading: keneen voin ottaa yhteyttä concept=how-to-contact

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
# Sovelluksen tai ohjelmiston päivitys ja versio eivät ole muutoksia tietosuojaselosteeseen.
sovelluksen päivitys
sovelluksen päivitykset
sovelluksen päivityksiä
sovelluspäivitys*
ohjelmistopäivitys*
automaattiset päivitykset
päivitysten tarkistus
tarkistaa päivitykset
sovelluksen versio
sovelluksen version
sovellusversio*
