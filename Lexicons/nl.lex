# Dutch lexicon (Netherlands and Flanders; formal "u/uw" register)
@language nl
@name Dutch
@fold-accents yes            # "categorieën" matches "categorieen", "één" matches "een"
# Dutch writes compounds as one word; stems with * catch them (bewaar* -> bewaartermijn).

[profile]
# Function words first. weight=3 marks words that tell Dutch from German
# (het, een, en/und, van/von, op/auf, voor/für, niet/nicht, wij/wir, uw, ook/auch).
de
het weight=3
een weight=3
en weight=3
van weight=2                 # Hungarian "van" too
in
is
op weight=3
te weight=3
voor weight=3
met weight=3
zijn weight=3
wij weight=3
we
u weight=3
uw weight=3
niet weight=3
die
dat weight=3
deze weight=3
dit weight=3
ook weight=3
worden weight=3
wordt weight=3
werd
door weight=3
kunnen weight=3
kan
of
aan weight=3
als
bij weight=3
naar weight=3
om
over
onze weight=3
ons weight=3
hebben
heeft weight=3
wanneer weight=3
hun weight=3
hen
zij
ze
er weight=2
hier
daar
dan
maar weight=3
nog
al
wel weight=3
geen weight=3
meer
andere
alle
elke weight=3
welke weight=3
waar
wat weight=3
hoe weight=3
waarom
zoals weight=3
omdat weight=3
indien weight=3
tot
uit weight=3
tegen
tussen weight=3
na
binnen
zonder weight=3
via
per
onder
sinds
daarom
hiervoor
waarvoor weight=3
waarin weight=3
waarbij weight=3
hierbij
daarbij
zullen weight=3
zal weight=3
moeten weight=3
mogen
willen
zo
echter
ten
zich
# words frequent in privacy policies
gegevens weight=3
persoonsgegevens weight=3
privacyverklaring weight=3
privacybeleid weight=3
verwerking weight=3
verwerken weight=3
website weight=0.5
diensten weight=3
dienstverlening
gebruiker
gebruikers
derden weight=3
recht
rechten
bescherming
toestemming weight=3
doel
doeleinden weight=3
verwerkingsverantwoordelijke
gerechtvaardigd
belang
inzage weight=3
verzoek weight=3
e-mailadres weight=0.5
adres
account weight=0.5
producten
bedrijf
maatregelen
beveiliging weight=3
bewaren weight=3
bewaartermijn weight=3
noodzakelijk weight=3
wettelijke
klant
klanten
gebruik
gebruiken
verzamelen weight=3
delen
verstrekken weight=3
contact weight=0.5
volgende
naam
telefoonnummer
cookies weight=0.5
browser weight=0.5
apparaat
grondslag weight=3
overeenkomst weight=3
ontvangen
informatie
wet
avg weight=3
autoriteit
bestelling
vragen
termijn
verwijderen
jaar
tijd
datum
bijvoorbeeld
nodig

[units]
year: jaar, jaren
month: maand, maanden
week: week, weken
day: dag, dagen
hour: uur, uren
minute: minuut, minuten
business-day: werkdag, werkdagen

[numbers]
1: een                         # also "één" after accent folding
2: twee
3: drie
4: vier
5: vijf
6: zes
7: zeven
8: acht
9: negen
10: tien
11: elf
12: twaalf
13: dertien
15: vijftien
16: zestien
18: achttien
20: twintig
24: vierentwintig
30: dertig
60: zestig
90: negentig
100: honderd, eenhonderd

[references]
gdpr: avg, algemene verordening gegevensbescherming, gdpr, 2016/679
ccpa: ccpa, california consumer privacy act
cpra: cpra, california privacy rights act
coppa: coppa
lgpd: lgpd, braziliaanse algemene wet gegevensbescherming, lei geral de proteção de dados
pipeda: pipeda, personal information protection and electronic documents act

[intro]
heading: inleiding
heading: introductie
heading: wie zijn wij
heading: over ons
heading: over deze privacyverklaring
heading: reikwijdte
heading: toepassingsgebied
heading: algemeen
heading: verwerkingsverantwoordelijke
body: deze privacyverklaring weight=0.5
body: dit privacybeleid weight=0.5
body: is van toepassing weight=2
body: van toepassing op weight=1.5
body: door gebruik te maken weight=2
body: door het gebruik weight=1.5
body: akkoord weight=1.5
body: aanvaard* weight=1.5
body: beschrijft weight=1
body: legt uit weight=1
body: hierna weight=2
body: verwerkingsverantwoordelijke weight=1.5
body: verantwoordelijk voor de verwerking weight=1.5
body: kvk weight=1.5
body: gevestigd weight=1.5
body: website weight=0.3
body: diensten weight=0.3

[definitions]
heading: definities
heading: begrippen
heading: begripsbepalingen
heading: woordenlijst
heading: verklaring van begrippen
heading: interpretatie
body: wordt verstaan weight=3
body: verstaan onder weight=3
body: betekent weight=3
body: verwijst naar weight=2
body: in de zin van weight=2
body: voor de toepassing van weight=2
body: definitie* weight=2
body: begrip* weight=2
body: alle informatie weight=1.5
body: natuurlijke persoon weight=1.5
body: identificeerbare weight=1.5
body: betrokkene weight=1
body: verwerker weight=1
body: pseudonimisering weight=1.5
body: omvat weight=0.5

[collection]
heading: welke gegevens verzamelen wij
heading: welke persoonsgegevens wij verwerken
heading: welke persoonsgegevens verwerken wij
heading: gegevens die wij verzamelen
heading: welke gegevens
heading: verzameling van gegevens
heading: categorieën persoonsgegevens
heading: hoe verkrijgen wij uw gegevens
heading: bron van de gegevens
body: verzamel* weight=2
body: verkrijgen weight=1.5
body: verkregen weight=1.5
body: categorieën weight=1.5
body: die u ons verstrekt weight=2
body: zelf aan ons weight=2
body: verstrek* weight=1.5
body: automatisch weight=1.5
body: formulier* weight=1.5
body: contactformulier weight=1.5
body: achternaam weight=1.5
body: naam weight=0.5
body: e-mailadres weight=1.5
body: telefoonnummer weight=1.5
body: ip-adres weight=1.5
body: surfgedrag weight=2
body: betaalgegevens weight=1
body: browsertype weight=1
body: locatiegegevens weight=1
body: bronnen weight=1.5

[use]
heading: hoe gebruiken wij uw gegevens
heading: waarvoor gebruiken wij uw gegevens
heading: gebruik van uw gegevens
heading: doeleinden
heading: doel van de verwerking
heading: doeleinden van de verwerking
heading: waarom verwerken wij uw gegevens
heading: met welk doel
heading: hoe gebruiken wij
body: doeleinden weight=2.5
body: doel weight=2
body: met als doel weight=2
body: gebruik* weight=1
body: uitvoeren weight=1.5
body: afhandel* weight=2
body: verwerken van uw bestelling weight=2
body: om u te weight=1
body: verbeter* weight=1.5
body: personalis* weight=1.5
body: profilering weight=2
body: geautomatiseerde besluitvorming weight=1.5
body: fraude weight=1.5
body: statistie* weight=1
body: toesturen weight=1.5
body: klantenservice weight=1

[legal-basis]
heading: grondslag
heading: grondslagen
heading: rechtsgrond
heading: wettelijke grondslag
heading: grondslag voor de verwerking
heading: op welke grondslag
heading: rechtmatigheid van de verwerking
body: grondslag* weight=3
body: rechtsgrond weight=3
body: gerechtvaardigd belang weight=3
body: gerechtvaardigde belangen weight=3
body: uitvoering van een overeenkomst weight=2.5
body: uitvoering van de overeenkomst weight=2.5
body: precontractuele weight=2
body: wettelijke verplichting weight=2.5
body: wettelijke plicht weight=2
body: vitale belangen weight=2
body: algemeen belang weight=2
body: artikel 6 weight=2.5
body: rechtmatig* weight=2
body: op basis van weight=1.5
body: toestemming weight=1
body: avg weight=1
body: noodzakelijk weight=0.5

[consent]
heading: toestemming
heading: uw toestemming
heading: intrekken van toestemming
heading: toestemming intrekken
heading: intrekking van toestemming
heading: instemming
body: toestemming weight=2.5
body: intrek* weight=2.5
body: ingetrokken weight=2.5
body: te allen tijde weight=1.5
body: op elk moment weight=1
body: vóór de intrekking weight=2
body: uitdrukkelijk* weight=1
body: ondubbelzinnig* weight=1.5
body: vrijelijk weight=1
body: instem* weight=2
body: akkoord weight=1
body: vinkje weight=1.5
body: aanvinken weight=1.5
body: opt-in weight=2

[sharing]
heading: delen van gegevens
heading: met wie delen wij uw gegevens
heading: delen met derden
heading: verstrekking aan derden
heading: ontvangers
heading: ontvangers van persoonsgegevens
heading: doorgifte aan derden
heading: openbaarmaking
body: delen weight=1.5
body: gedeeld weight=2
body: verstrekking weight=2
body: verstrek* weight=1.5
body: ontvanger* weight=2.5
body: doorgeven weight=1.5
body: derden weight=1
body: met derden weight=1.5
body: aan derden weight=1.5
body: verwerkers weight=2
body: dienstverleners weight=2
body: leveranciers weight=1.5
body: groepsmaatschappijen weight=2
body: gelieerde ondernemingen weight=2
body: dochterondernemingen weight=1.5
body: autoriteiten weight=1.5
body: politie weight=1.5
body: rechterlijk bevel weight=1.5
body: fusie weight=2
body: overname weight=1.5
body: verkoop weight=1
body: niet verkopen weight=2
body: openbaar* weight=1.5

[cookies]
heading: cookies
heading: cookiebeleid
heading: cookieverklaring
heading: gebruik van cookies
heading: cookies en vergelijkbare technieken
heading: trackingtechnologieën
heading: wat zijn cookies
body: cookie* weight=3
body: kleine tekstbestanden weight=3
body: tekstbestand* weight=2.5
body: vergelijkbare technieken weight=2
body: vergelijkbare technologieën weight=2
body: web beacons weight=2
body: pixel* weight=2
body: logbestanden weight=2
body: google analytics weight=2
body: analytisch* weight=1.5
body: sessiecookies weight=2
body: permanente weight=1.5
body: functionele weight=1.5
body: tracking weight=1.5
body: opgeslagen weight=1
body: browserinstellingen weight=1.5
body: browser weight=1
body: apparaat weight=0.5

[advertising]
heading: advertenties
heading: reclame
heading: marketing
heading: direct marketing
heading: nieuwsbrief
heading: gepersonaliseerde advertenties
heading: commerciële communicatie
heading: marketingcommunicatie
body: advertenti* weight=2.5
body: adverteerders weight=2.5
body: reclame weight=2.5
body: marketing weight=2
body: direct marketing weight=2.5
body: nieuwsbrie* weight=2
body: commerciële weight=1.5
body: promoti* weight=2
body: aanbieding* weight=2
body: op interesses gebaseerde weight=2
body: remarketing weight=2
body: retargeting weight=2
body: campagnes weight=1.5
body: acties weight=1
body: interesses weight=0.5

[do-not-track]
heading: do not track
heading: niet volgen
heading: do not track-signalen
heading: global privacy control
heading: wereldwijde privacycontrole
heading: voorkeurssignalen
body: do not track weight=3
body: niet volgen weight=3
body: dnt weight=3
body: global privacy control weight=3
body: wereldwijde privacycontrole weight=3
body: gpc weight=3
body: signaal weight=2
body: signalen weight=2
body: reageren niet weight=2
body: standaard weight=1.5
body: volgen weight=1
body: voorkeur* weight=1
body: browserinstellingen weight=1
body: browser weight=1

[choices]
heading: uw keuzes
heading: keuzemogelijkheden
heading: uw voorkeuren
heading: afmelden
heading: afmelden voor de nieuwsbrief
heading: uitschrijven
heading: controle over uw gegevens
heading: bezwaar tegen direct marketing
body: afmeld* weight=3
body: uitschrij* weight=3
body: opt-out weight=2
body: u kunt kiezen weight=2.5
body: keuze* weight=2
body: opties weight=1.5
body: voorkeuren weight=1.5
body: bezwaar maken weight=1.5
body: uitschakelen weight=1.5
body: weigeren weight=1.5
body: niet verstrekken weight=1.5
body: instellingen weight=1
body: link weight=1
body: beslissen weight=1
body: ontvangen weight=0.5

[rights]
heading: uw rechten
heading: uw privacyrechten
heading: rechten van betrokkenen
heading: welke rechten heeft u
heading: hoe kunt u uw rechten uitoefenen
heading: uitoefenen van uw rechten
heading: recht op inzage
heading: inzage en correctie
heading: inzien of bijwerken weight=2
body: inzage weight=3
body: gemachtigde* weight=2
body: in te zien weight=2.5
body: inzien weight=2
body: het recht om weight=1.5
body: rectificatie weight=3
body: correctie weight=2
body: corrigeren weight=2
body: verwijdering weight=2.5
body: gegevenswissing weight=3
body: recht op vergetelheid weight=2.5
body: overdraagbaarheid weight=3
body: dataportabiliteit weight=3
body: beperking van de verwerking weight=3
body: bezwaar weight=2
body: uitoefen* weight=2.5
body: rechten weight=1.5
body: toezichthoudende autoriteit weight=2.5
body: autoriteit persoonsgegevens weight=3
body: gegevensbeschermingsautoriteit weight=3   # Belgium
body: klacht weight=2
body: kopie weight=1
body: identiteit weight=1
body: verzoek weight=1

[retention]
heading: bewaartermijn
heading: bewaartermijnen
heading: bewaarperiode
heading: hoe lang bewaren wij uw gegevens
heading: bewaren van gegevens
heading: bewaring van gegevens
heading: opslag van gegevens
body: bewaar* weight=2.5
body: bewaren weight=2.5
body: niet langer dan weight=2.5
body: termijn* weight=2
body: niet langer dan noodzakelijk weight=3
body: niet langer dan nodig weight=3
body: zo lang als weight=2
body: zolang weight=2
body: wettelijke bewaarplicht weight=3
body: fiscale bewaarplicht weight=2.5
body: verjaring* weight=2
body: verwijderd weight=2
body: verwijderen weight=1.5
body: vernietig* weight=1
body: anonimis* weight=1.5
body: periode weight=1.5
body: jaar weight=1
body: maanden weight=1

[security]
heading: beveiliging
heading: beveiliging van gegevens
heading: gegevensbeveiliging
heading: beveiligingsmaatregelen
heading: hoe beveiligen wij uw gegevens
heading: veiligheid
body: beveilig* weight=2.5
body: passende technische en organisatorische maatregelen weight=3
body: technische en organisatorische maatregelen weight=3
body: organisatorische weight=2
body: versleutel* weight=2.5
body: encryptie weight=2.5
body: ssl weight=2
body: tls weight=2
body: onbevoegde weight=2.5
body: ongeautoriseerde weight=2
body: verlies weight=1.5
body: misbruik weight=1.5
body: vertrouwelijk* weight=1.5
body: firewall* weight=2
body: datalek* weight=2.5
body: wachtwoord* weight=1.5
body: veiligheid weight=1.5
body: beschermen weight=1
body: waarborgen weight=0.5

[children]
heading: kinderen
heading: minderjarigen
heading: privacy van kinderen
heading: gegevens van kinderen
heading: minimumleeftijd
heading: leeftijdsgrens
body: kinderen weight=3
body: minderjarig* weight=3
body: jonger dan 16 jaar weight=2.5
body: jonger dan 13 jaar weight=2
body: onder de 16 weight=2
body: leeftijd weight=2
body: ouders weight=2.5
body: voogd weight=2.5
body: wettelijk vertegenwoordiger weight=2
body: toestemming van ouders weight=2.5
body: ouderlijke toestemming weight=2.5
body: bewust weight=1.5
body: coppa weight=3
body: gericht op weight=1

[international]
heading: internationale doorgifte
heading: doorgifte buiten de eer
heading: doorgifte naar derde landen
heading: gegevens buiten de europese unie
heading: internationale gegevensoverdracht
heading: waar worden uw gegevens opgeslagen
heading: opslag van gegevens
body: doorgifte weight=3
body: doorgegeven weight=2
body: derde landen weight=3
body: buiten de europese economische ruimte weight=3
body: buiten de eer weight=3
body: buiten de eu weight=2.5
body: europese economische ruimte weight=2
body: eer weight=1.5
body: modelcontractbepalingen weight=3
body: standaardcontractbepalingen weight=3
body: adequaatheidsbesluit weight=3
body: passend beschermingsniveau weight=2.5
body: passende waarborgen weight=2
body: data privacy framework weight=2.5
body: privacy shield weight=2
body: verenigde staten weight=1.5
body: servers weight=1.5
body: internationale weight=2
body: europese unie weight=1

[regional]
heading: inwoners van californië
heading: informatie voor inwoners van californië
heading: californische privacyrechten
heading: aanvullende informatie per land
heading: landspecifieke bepalingen
heading: gebruikers in belgië
heading: regionale kennisgevingen
body: californi* weight=3
body: ccpa weight=3
body: cpra weight=3
body: shine the light weight=2.5
body: inwoners weight=2
body: ingezetenen weight=2
body: consumenten weight=1.5
body: verkoop van persoonsgegevens weight=2
body: gevoelige persoonsgegevens weight=1.5
body: nevada weight=2.5
body: virginia weight=2
body: lgpd weight=2.5
body: brazilië weight=1.5
body: canada weight=1.5
body: pipeda weight=2.5
body: belgië weight=1.5
body: jurisdictie weight=1.5
body: staat weight=0.5

[third-party-sites]
heading: links naar andere websites
heading: websites van derden
heading: diensten van derden
heading: externe links
heading: koppelingen naar andere websites
heading: sociale media
heading: social media plugins
body: links weight=2.5
body: hyperlink* weight=2
body: koppeling* weight=2
body: websites van derden weight=3
body: sites van derden weight=3
body: niet verantwoordelijk weight=2.5
body: geen verantwoordelijkheid weight=2.5
body: geen invloed weight=2
body: geen controle weight=2
body: eigen privacyverklaring weight=2.5
body: privacyverklaringen weight=1.5
body: plugin* weight=2
body: sociale media weight=2
body: social media weight=2
body: externe weight=1.5
body: klikken weight=1.5
body: verlaat weight=1.5
body: raden u aan weight=1
body: inhoud weight=0.5

[changes]
heading: wijzigingen
heading: wijzigingen in deze privacyverklaring
heading: wijziging van het privacybeleid
heading: aanpassingen
heading: updates van deze privacyverklaring
heading: herziening
heading: ingangsdatum
body: wijzig* weight=2
body: aanpass* weight=1.5
body: bijwerk* weight=1.5
body: bijgewerkt weight=2
body: laatst bijgewerkt weight=3
body: laatste wijziging weight=3
body: van kracht weight=2
body: ingangsdatum weight=2.5
body: periodiek weight=2
body: regelmatig weight=1.5
body: van tijd tot tijd weight=2
body: behouden ons het recht voor weight=2
body: raadplegen weight=1.5
body: op de hoogte weight=1
body: publiceren weight=1.5
body: versie weight=1.5
body: updates weight=1.5
body: herzien weight=1.5

[contact]
heading: contact
heading: contactgegevens
heading: contact opnemen
heading: neem contact met ons op
heading: functionaris gegevensbescherming
heading: vragen
heading: vragen of opmerkingen
body: contact* weight=2
body: functionaris gegevensbescherming weight=2.5
body: functionaris voor gegevensbescherming weight=2.5
body: fg weight=1.5
body: dpo weight=2
body: neem contact weight=2.5
body: kunt u contact weight=2.5
body: postadres weight=2
body: telefoon* weight=1.5
body: e-mail weight=1
body: vragen weight=2
body: opmerkingen weight=1.5
body: klachten weight=1
body: klantenservice weight=1.5
body: bereikbaar weight=1.5
body: adres weight=1
