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

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
gebruiksvoorwaarden
algemene voorwaarden
servicevoorwaarden
toepasselijk recht
toepasselijk recht en bevoegde rechter
toepasselijk recht en geschillen
bevoegde rechter
jurisdictie
rechtsbevoegdheid
scheidbaarheid
deelbaarheid
gedeeltelijke nietigheid
volledige overeenkomst
geen afstand van rechten
afstand van rechten
overmacht
disclaimer
vrijwaring
beperking van aansprakelijkheid
aansprakelijkheidsbeperking
vertalingen
vertaling
andere vertalingen
overige vertalingen
taalversies
de engelse versie is leidend
voorrang van de engelse versie
de nederlandse versie is leidend
licentie
auteursrecht
copyright
dankbetuigingen
inhoudsopgave
secties
auteursrechten
intellectueel eigendom
intellectuele eigendom
intellectuele eigendomsrechten
auteursrecht en intellectueel eigendom

[intro]
heading: inleiding concept=introduction
heading: introductie concept=introduction
heading: wie zijn wij concept=who-we-are
heading: over deze privacyverklaring concept=about-this-policy
heading: reikwijdte concept=scope
heading: toepassingsgebied concept=scope
heading: algemeen concept=introduction
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that nl lacked.
heading: overzicht concept=summary
heading: samenvatting concept=summary
heading: in het kort concept=summary
heading: over dit privacybeleid concept=about-this-policy
heading: op wie is deze privacyverklaring van toepassing concept=scope
heading: toepasselijkheid concept=scope
heading: onze toewijding aan uw privacy concept=commitment-to-privacy
heading: uw privacy is belangrijk concept=commitment-to-privacy
heading: uw aanvaarding concept=acceptance
heading: akkoord met deze privacyverklaring concept=acceptance
heading: privacyverklaring weight=0.5 concept=privacy-policy-title
heading: privacybeleid weight=0.5 concept=privacy-policy-title
heading: privacyreglement weight=0.5 concept=privacy-policy-title
body: deze privacyverklaring weight=0.5 concept=this-privacy-policy
body: dit privacybeleid weight=0.5 concept=this-privacy-policy
body: is van toepassing weight=2 concept=policy-applies-to
body: van toepassing op weight=1.5 concept=policy-applies-to
body: door gebruik te maken weight=2 concept=by-using
body: door het gebruik weight=1.5 concept=by-using
body: akkoord weight=1.5 concept=acceptance-of-policy
body: aanvaard* weight=1.5 concept=acceptance-of-policy
body: beschrijft weight=1 concept=policy-describes
body: legt uit weight=1 concept=policy-describes
body: hierna weight=2 concept=referred-to-as
body: verwerkingsverantwoordelijke weight=1.5
body: verantwoordelijk voor de verwerking weight=1.5
body: kvk weight=1.5
body: gevestigd weight=1.5
body: website weight=0.3 concept=website
body: diensten weight=0.3 concept=services
# Added with the shared concept inventory (concepts.txt): terms real policies use that nl lacked.
body: deze privacyverklaring beschrijft weight=2.5 concept=policy-describes
body: dit privacybeleid legt uit weight=2.5 concept=policy-describes
body: niet van toepassing weight=1.5 concept=policy-applies-to
body: als u niet akkoord gaat weight=2 concept=if-you-do-not-agree
body: indien u niet akkoord gaat weight=2 concept=if-you-do-not-agree
body: respecteren uw privacy weight=2 concept=committed-to-privacy
body: hechten veel waarde aan weight=2 concept=committed-to-privacy
body: gebruiksvoorwaarden weight=1 concept=terms-of-use
body: algemene voorwaarden weight=1 concept=terms-of-use
body: lees deze privacyverklaring weight=1.5 concept=please-read
body: privacy weight=0.3 concept=privacy
body: onderneming weight=0.3 concept=company
# The policy naming its author: ("Acme", "wij", "ons" of "onze").
body: wij ons of onze weight=2.5 concept=we-us-defined
body: wij ons en onze weight=2.5 concept=we-us-defined
body: we ons of onze weight=2.5 concept=we-us-defined
body: wij of ons weight=2.5 concept=we-us-defined
heading: over ons weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
heading: in een oogopslag concept=summary
heading: in een notendop concept=summary
heading: kort samengevat concept=summary
heading: wie beheert concept=who-we-are
heading: wie zit er achter concept=who-we-are

[definitions]
heading: definities concept=definitions
heading: begrippen concept=key-terms
heading: begripsbepalingen concept=definitions
heading: woordenlijst concept=key-terms
heading: verklaring van begrippen concept=key-terms
heading: interpretatie concept=interpretation
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that nl lacked.
heading: wat bedoelen wij met concept=what-we-mean-by
heading: wat verstaan wij onder concept=what-we-mean-by
heading: interpretatie en definities concept=interpretation
body: wordt verstaan weight=3 concept=means
body: verstaan onder weight=3 concept=means
body: betekent weight=2 concept=means            # also "wat betekent dat": as English "means"
body: verwijst naar weight=2 concept=refers-to
body: in de zin van weight=2 concept=as-used-in-this-policy
body: voor de toepassing van weight=2 concept=as-used-in-this-policy
body: definitie* weight=2 concept=defined-terms-intro
body: begrip* weight=2 concept=defined-terms-intro
body: alle informatie weight=1.5 concept=personal-data-means
body: natuurlijke persoon weight=1.5 concept=identifiable-person
body: identificeerbare weight=1.5 concept=identifiable-person
body: betrokkene weight=1 concept=gdpr-roles
body: verwerker weight=1 concept=gdpr-roles
body: pseudonimisering weight=1.5
body: omvat weight=0.5 concept=includes
# Added with the shared concept inventory (concepts.txt): terms real policies use that nl lacked.
body: persoonsgegevens zijn weight=3 concept=personal-data-means
body: geïdentificeerde of identificeerbare weight=2.5 concept=identifiable-person
body: hierna te noemen weight=2 concept=hereinafter
body: verwerkingsverantwoordelijke weight=1 concept=gdpr-roles
body: gebruiker weight=0.3 concept=user
body: persoonsgegevens weight=0.2 concept=personal-data
heading: wat bedoelen we met concept=what-we-mean-by
heading: wat verstaan we onder concept=what-we-mean-by
heading: gebruikte termen concept=key-terms
heading: gebruikte begrippen concept=key-terms

[collection]
heading: welke gegevens verzamelen wij concept=what-we-collect
# App permissions as a heading ("Permissions"), as English has it.
heading: machtigingen concept=what-we-collect
heading: app-machtigingen concept=what-we-collect
heading: welke persoonsgegevens wij verwerken concept=what-we-collect
heading: welke persoonsgegevens verwerken wij concept=what-we-collect
heading: gegevens die wij verzamelen concept=what-we-collect
heading: welke gegevens concept=what-we-collect
heading: verzameling van gegevens concept=collection-of-information
heading: categorieën persoonsgegevens concept=categories-of-data
heading: hoe verkrijgen wij uw gegevens concept=how-we-collect
heading: bron van de gegevens concept=sources-of-information
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that nl lacked.
heading: gegevensverzameling concept=collection-of-information
heading: bronnen van persoonsgegevens concept=sources-of-information
heading: gegevens die u ons verstrekt concept=information-you-provide
# Job applications: the data applicants hand over.
heading: sollicitatie concept=information-you-provide
heading: sollicitaties concept=information-you-provide
heading: sollicitanten concept=information-you-provide
heading: werving concept=information-you-provide
heading: gegevens die u zelf verstrekt concept=information-you-provide
heading: automatisch verzamelde gegevens concept=collected-automatically
heading: gegevens die wij automatisch verzamelen concept=collected-automatically
heading: hoe verzamelen wij uw gegevens concept=how-we-collect
heading: categorieën van persoonsgegevens concept=categories-of-data
body: verzamel* weight=2 concept=we-collect
body: verkrijgen weight=1.5 concept=we-collect
body: verkregen weight=1.5 concept=we-collect
body: categorieën weight=1.5 concept=data-categories
body: die u ons verstrekt weight=2 concept=you-provide
body: zelf aan ons weight=2 concept=you-provide
body: verstrek* weight=1.5 concept=you-provide
body: automatisch weight=1.5 concept=automatically
body: formulier* weight=1.5 concept=forms
body: contactformulier weight=1.5 concept=forms
body: achternaam weight=1.5 concept=name
body: naam weight=0.5 concept=name
body: e-mailadres weight=1.5 concept=contact-details
body: telefoonnummer weight=1.5 concept=contact-details
body: naw-gegevens weight=1.5 concept=contact-details   # naam, adres, woonplaats
body: ip-adres weight=1.5 concept=device-data
body: surfgedrag weight=2 concept=usage-data
body: betaalgegevens weight=1 concept=payment-data
body: browsertype weight=1 concept=device-data
body: locatiegegevens weight=1 concept=location-data
body: bronnen weight=1.5 concept=sources
# A list of the data handled, announced in the text (en: "the following data is processed:").
body: de volgende gegevens weight=2.5 concept=following-data
body: de volgende persoonsgegevens weight=2.5 concept=following-data
body: de volgende informatie weight=2.5 concept=following-data
# Added with the shared concept inventory (concepts.txt): terms real policies use that nl lacked.
body: categorieën persoonsgegevens weight=2.5 concept=data-categories
body: openbaar beschikbare weight=2 concept=publicly-available
body: openbare bronnen weight=2 concept=publicly-available
body: besturingssysteem weight=2 concept=device-data
body: gebruiksgegevens weight=2 concept=usage-data
body: demografische weight=1.5 concept=demographic-data
body: account weight=0.3 concept=account
body: gegevens weight=0.1 concept=information
# Headings asking which personal data are processed (GDPR style): "What personal data do we process?"
heading: welke persoonsgegevens concept=what-we-collect
heading: persoonsgegevens die wij verwerken concept=what-we-collect
heading: persoonsgegevens die we verwerken concept=what-we-collect
heading: gegevens die wij verwerken concept=what-we-collect
heading: herkomst van de gegevens concept=sources-of-information
heading: herkomst van persoonsgegevens concept=sources-of-information
# "je" forms, and data obtained from others ("Gegevens die we van derden ontvangen"), not sharing.
heading: gegevens die je aan ons geeft concept=information-you-provide
heading: gegevens die u aan ons geeft concept=information-you-provide
heading: gegevens die je ons geeft concept=information-you-provide
heading: gegevens die je ons verstrekt concept=information-you-provide
heading: gegevens die wij ontvangen weight=2 concept=information-you-provide
heading: gegevens die we ontvangen weight=2 concept=information-you-provide
heading: van derden ontvangen weight=2 concept=information-you-provide
heading: ontvangen van derden weight=2 concept=information-you-provide
heading: contactformulier weight=3 concept=information-you-provide
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: crashrapporten concept=collected-automatically
heading: foutrapporten concept=collected-automatically
heading: diagnostische gegevens concept=collected-automatically
heading: diagnostiek concept=collected-automatically
heading: logs concept=collected-automatically
body: crashrapport* weight=2.5 concept=usage-data
body: crashlog* weight=2.5 concept=usage-data
body: debuglog* weight=2.5 concept=usage-data
body: diagnostische gegevens weight=2 concept=usage-data
body: pushtoken* weight=2.5 concept=device-data
body: push-token* weight=2.5 concept=device-data
# Inflected forms, compounds and GDPR wording real policies use.
heading: welke gegevens verzamelen we concept=what-we-collect
heading: welke persoonsgegevens verzamelen wij concept=what-we-collect
heading: welke persoonsgegevens verzamelen we concept=what-we-collect
heading: welke persoonsgegevens verwerken we concept=what-we-collect
heading: gegevens die we verzamelen concept=what-we-collect
heading: informatie die wij verzamelen concept=what-we-collect
heading: informatie die we verzamelen concept=what-we-collect
heading: verzamelde gegevens concept=what-we-collect
# "What we collect" as a relative clause inside a longer heading ("Personal information that we
# collect"); weak, since "How we use the information we collect" is about the use.
heading: die wij verzamelen weight=0.5 concept=what-we-collect
heading: die we verzamelen weight=0.5 concept=what-we-collect
heading: verzamelen van gegevens concept=collection-of-information
heading: verzamelen van persoonsgegevens concept=collection-of-information
heading: verzameling van persoonsgegevens concept=collection-of-information
heading: soorten gegevens concept=categories-of-data
heading: soorten persoonsgegevens concept=categories-of-data
heading: categorieën gegevens concept=categories-of-data
heading: hoe verzamelen we je gegevens concept=how-we-collect
heading: hoe verkrijgen we je gegevens concept=how-we-collect
heading: hoe komen wij aan uw gegevens concept=sources-of-information
heading: hoe komen we aan je gegevens concept=sources-of-information
heading: gegevens die je zelf verstrekt concept=information-you-provide
heading: technische gegevens concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: blijft op je apparaat weight=2 concept=on-device-data
heading: blijft op uw apparaat weight=2 concept=on-device-data
heading: op je apparaat blijft weight=2 concept=on-device-data
heading: op uw apparaat blijft weight=2 concept=on-device-data
heading: lokaal verwerkte gegevens weight=2 concept=on-device-data
heading: lokaal opgeslagen gegevens weight=2 concept=on-device-data
heading: lokale verwerking weight=2 concept=on-device-data
heading: verwerking op het apparaat weight=2 concept=on-device-data
# Inflected forms, compounds and GDPR wording real policies use.
body: toesteltype weight=1.5 concept=device-data
body: apparaattype weight=1.5 concept=device-data
body: type apparaat weight=1.5 concept=device-data
# Coordinated heading "<collection> and use (of information)" (Information Collection and Use): the collection noun leads.
heading: verzameling en gebruik concept=collection-of-information
heading: verzamelen en gebruik concept=collection-of-information
# Log data (what the app or server records of a use): "log data".
body: loggegevens weight=1.5 concept=usage-data

[use]
heading: hoe gebruiken wij uw gegevens concept=how-we-use
heading: waarvoor gebruiken wij uw gegevens concept=how-we-use
heading: gebruik van uw gegevens concept=use-of-information
heading: gebruik van uw persoonsgegevens concept=use-of-information
heading: gebruik van persoonsgegevens concept=use-of-information
heading: gebruik van gegevens concept=use-of-information
heading: gebruik van informatie concept=use-of-information
heading: doeleinden concept=purposes-of-processing
heading: doel van de verwerking concept=purposes-of-processing
heading: doeleinden van de verwerking concept=purposes-of-processing
heading: waarom verwerken wij concept=why-we-collect
heading: waarom verwerken we concept=why-we-collect
heading: waarom hebben wij uw gegevens nodig concept=why-we-collect
heading: waarom hebben we je gegevens nodig concept=why-we-collect
heading: verwerkingsdoeleinden concept=purposes-of-processing   # compound, head last: not matched by doeleinden
heading: met welk doel concept=why-we-collect
heading: hoe gebruiken wij concept=how-we-use
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that nl lacked.
heading: waarom verzamelen wij concept=why-we-collect
heading: verwerking van persoonsgegevens concept=processing-of-personal-data
heading: verwerking van uw persoonsgegevens concept=processing-of-personal-data
heading: hoe verwerken wij uw persoonsgegevens concept=processing-of-personal-data
body: doeleinden weight=2.5 concept=purposes
body: doel weight=2 concept=purposes
body: met als doel weight=2 concept=purposes
body: gebruiken weight=1 concept=we-use          # verb forms, not gebruik*: that took gebruiker(snaam),
body: gebruikt weight=1 concept=we-use           # gebruiksgegevens, gebruiksvoorwaarden
body: uitvoeren weight=1.5 concept=to-fulfil
body: afhandel* weight=2 concept=to-fulfil
body: verwerken van uw bestelling weight=2 concept=to-process-transactions
body: om u te weight=1
body: verbeter* weight=1.5 concept=to-improve
body: personalis* weight=1.5 concept=to-personalise
body: profilering weight=2 concept=profiling
body: geautomatiseerde besluitvorming weight=1.5 concept=automated-decisions
body: fraude weight=1.5 concept=to-prevent-fraud
body: statistie* weight=1 concept=to-analyse
body: toesturen weight=1.5 concept=to-send
body: klantenservice weight=1
# Added with the shared concept inventory (concepts.txt): terms real policies use that nl lacked.
body: wij gebruiken weight=2 concept=we-use
body: we gebruiken weight=2 concept=we-use
body: gebruiken wij weight=2 concept=we-use
body: gebruiken we weight=2 concept=we-use
body: voor de volgende doeleinden weight=2.5 concept=following-purposes
body: leveren van onze diensten weight=1.5 concept=to-provide
body: beheren van uw account weight=1.5 concept=to-administer
body: ontwikkelen van nieuwe weight=2 concept=to-develop
body: afstemmen op weight=1.5 concept=to-personalise
body: communiceren weight=2 concept=to-communicate
body: beantwoorden van uw vragen weight=1.5 concept=to-respond
body: analyseren weight=1 concept=to-analyse
body: oplossen van problemen weight=2 concept=to-troubleshoot
body: marktonderzoek weight=1.5 concept=research
body: verwerken van betalingen weight=1.5 concept=to-process-transactions
body: wettelijke verplichtingen na te komen weight=1 concept=to-comply-with-law
heading: waarom verzamelen we concept=why-we-collect
heading: waarom wij uw gegevens nodig hebben concept=why-we-collect
heading: waarom we je gegevens nodig hebben concept=why-we-collect
# Purpose headings asked with other verbs and "(gegevens worden verwerkt) voor de volgende doeleinden".
heading: waarvoor gebruiken wij concept=why-we-collect
heading: waarvoor gebruiken we concept=why-we-collect
heading: voor de volgende doeleinden concept=purposes-of-processing
heading: voor welke doeleinden concept=purposes-of-processing
# "Gebruik van verzamelde gegevens / locatiegegevens": the use word is the head; "Gebruik van
# cookies" and "Gebruik van diensten van derden" stay with their object's section.
heading: gebruik van verzamelde gegevens weight=2 concept=use-of-information
heading: gebruik van de verzamelde gegevens weight=2 concept=use-of-information
heading: gebruik van locatiegegevens concept=use-of-information
heading: gebruik van de gegevens concept=use-of-information
# Inflected forms, compounds and GDPR wording real policies use.
heading: hoe gebruiken we je gegevens concept=how-we-use
heading: hoe gebruiken we jouw gegevens concept=how-we-use
heading: waarvoor gebruiken we je gegevens concept=how-we-use
heading: gebruik van je gegevens concept=use-of-information
heading: gebruik van jouw gegevens concept=use-of-information
heading: gebruik van je persoonsgegevens concept=use-of-information
heading: doeleinden van de gegevensverwerking concept=purposes-of-processing
heading: doel en grondslag concept=purposes-of-processing
heading: doeleinden en grondslagen concept=purposes-of-processing
heading: waarom verwerken we je gegevens concept=why-we-collect
heading: verwerking van je persoonsgegevens concept=processing-of-personal-data
heading: hoe verwerken we je persoonsgegevens concept=processing-of-personal-data
heading: geautomatiseerde besluitvorming concept=automated-decision-making
heading: geautomatiseerde besluit* concept=automated-decision-making
heading: automatische besluitvorming concept=automated-decision-making
heading: geautomatiseerde individuele besluit* concept=automated-decision-making
heading: profilering concept=automated-decision-making

[legal-basis]
heading: grondslag concept=legal-basis
heading: grondslagen concept=legal-basis
heading: rechtsgrond concept=legal-basis
heading: rechtsgronden concept=legal-basis
heading: wettelijke grondslag concept=legal-basis
heading: grondslag voor de verwerking concept=legal-basis
heading: op welke grondslag concept=why-allowed
heading: rechtmatigheid van de verwerking concept=legal-basis
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that nl lacked.
heading: waarom mogen wij uw gegevens verwerken concept=why-allowed
body: grondslag* weight=2 concept=legal-basis-term
body: rechtsgrond* weight=2 concept=legal-basis-term
body: gerechtvaardigd belang weight=2 concept=legitimate-interests
body: gerechtvaardigde belangen weight=2 concept=legitimate-interests
body: uitvoering van een overeenkomst weight=2.5 concept=performance-of-contract
body: uitvoering van de overeenkomst weight=2.5 concept=performance-of-contract
body: precontractuele weight=2 concept=performance-of-contract
body: wettelijke verplichting weight=2.5 concept=legal-obligation
body: wettelijke plicht weight=2 concept=legal-obligation
body: vitale belangen weight=2 concept=vital-interests
body: algemeen belang weight=2 concept=public-interest
body: artikel 6 weight=1.5 concept=article-6
body: rechtmatig* weight=2 concept=lawful
body: op basis van weight=1 concept=on-the-basis-of
body: toestemming weight=1 concept=consent-as-basis
body: avg weight=0.5
body: noodzakelijk weight=0.5 concept=necessary
# Added with the shared concept inventory (concepts.txt): terms real policies use that nl lacked.
body: fundamentele rechten en vrijheden weight=2.5 concept=balancing-test
body: belangenafweging weight=3 concept=balancing-test
body: verwerking is noodzakelijk weight=2.5 concept=processing-necessary
heading: op basis waarvan concept=why-allowed
# Inflected forms, compounds and GDPR wording real policies use.
heading: grondslagen voor de verwerking concept=legal-basis
heading: wettelijke grondslagen concept=legal-basis
heading: rechtsgrond voor de verwerking concept=legal-basis
heading: op welke basis concept=legal-basis
heading: waarom mogen we je gegevens verwerken concept=why-allowed
heading: mogen verwerken concept=why-allowed

[consent]
heading: toestemming concept=your-consent
heading: uw toestemming concept=your-consent
heading: intrekken van toestemming concept=withdrawal-of-consent
heading: toestemming intrekken concept=withdrawal-of-consent
heading: intrekking van toestemming concept=withdrawal-of-consent
heading: instemming concept=your-consent
body: toestemming weight=2.5 concept=you-consent
body: intrek* weight=2.5 concept=withdraw
body: ingetrokken weight=2.5 concept=withdraw
body: te allen tijde weight=1.5 concept=at-any-time
body: op elk moment weight=1 concept=at-any-time
body: vóór de intrekking weight=2 concept=without-affecting-lawfulness
body: uitdrukkelijk* weight=1 concept=explicit-consent
body: ondubbelzinnig* weight=1.5 concept=freely-given
body: vrijelijk weight=1 concept=freely-given
body: instem* weight=2 concept=you-consent
body: akkoord weight=1 concept=you-agree
body: vinkje weight=1.5 concept=opt-in
body: aanvinken weight=1.5 concept=opt-in
body: opt-in weight=2 concept=opt-in
# Added with the shared concept inventory (concepts.txt): terms real policies use that nl lacked.
body: uitdrukkelijke toestemming weight=2.5 concept=explicit-consent
body: gaat u akkoord weight=1.5 concept=you-agree
body: bedenkt weight=2 concept=change-your-mind
body: toelating weight=1.5 concept=permission
# Inflected forms, compounds and GDPR wording real policies use.
heading: je toestemming concept=your-consent
heading: jouw toestemming concept=your-consent
heading: toestemming intrekken en wijzigen concept=withdrawal-of-consent
heading: recht om toestemming in te trekken concept=withdrawal-of-consent

[sharing]
heading: delen van gegevens concept=sharing-of-information
heading: met wie delen wij uw gegevens concept=who-we-share-with
heading: delen met derden concept=third-parties
heading: verstrekking aan derden concept=third-parties
heading: ontvangers concept=who-we-share-with
heading: ontvangers van persoonsgegevens concept=who-we-share-with
heading: aan wie concept=who-we-share-with
heading: wie heeft toegang tot concept=who-we-share-with
heading: doorgifte aan derden concept=third-parties
heading: openbaarmaking concept=disclosure-of-information
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that nl lacked.
heading: hoe delen wij uw gegevens concept=how-we-share
heading: derden concept=third-parties
heading: dienstverleners concept=service-providers-heading
heading: verwerkers concept=service-providers-heading
heading: bedrijfsoverdrachten concept=business-transfers
heading: fusie of overname concept=business-transfers
heading: wettelijke verzoeken concept=legal-requests
heading: rechtshandhaving concept=legal-requests
heading: verkopen wij uw gegevens concept=sale-of-information
heading: verkoop van persoonsgegevens concept=sale-of-information
body: delen weight=1.5 concept=share
body: gedeeld weight=2 concept=share
body: verstrekking weight=2 concept=disclose
body: verstrek* weight=1.5 concept=disclose
body: ontvanger* weight=2.5 concept=recipients
body: doorgeven weight=1.5 concept=share
body: derden weight=1 concept=third-parties-term
body: met derden weight=1.5 concept=third-parties-term
body: aan derden weight=1.5 concept=third-parties-term
body: verwerkers weight=2 concept=service-providers
body: dienstverleners weight=2 concept=service-providers
body: leveranciers weight=1.5 concept=service-providers
body: groepsmaatschappijen weight=2 concept=affiliates
body: gelieerde ondernemingen weight=2 concept=affiliates
body: dochterondernemingen weight=1.5 concept=affiliates
body: autoriteiten weight=1.5 concept=authorities
body: politie weight=1.5 concept=authorities
body: rechterlijk bevel weight=1.5 concept=legal-process
body: fusie weight=2 concept=corporate-transaction
body: overname weight=1.5 concept=corporate-transaction
body: verkoop weight=1 concept=sell
body: niet verkopen weight=2 concept=sell
body: openbaar* weight=1.5 concept=disclose
# Added with the shared concept inventory (concepts.txt): terms real policies use that nl lacked.
body: namens ons weight=1.5 concept=on-our-behalf
body: in opdracht van ons weight=1.5 concept=on-our-behalf
body: zakenpartners weight=1.5 concept=business-partners
body: partners weight=1 concept=business-partners
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: doorgifte van gegevens aan derden concept=transfer-to-third-parties
heading: verstrekking van gegevens aan derden concept=transfer-to-third-parties
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: hosting concept=service-providers-heading
heading: hostingprovider concept=service-providers-heading
heading: content delivery network concept=service-providers-heading
heading: foutmonitoring concept=service-providers-heading
body: gehost door weight=1.5 concept=service-providers
body: hosting weight=2 concept=service-providers
body: hostingprovider* weight=2.5 concept=service-providers
body: hostingpartij* weight=2.5 concept=service-providers
body: verwerkersovereenkomst* weight=3 concept=service-providers
body: content delivery network weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: cloudplatform weight=2 concept=service-providers
body: cloud computing weight=2 concept=service-providers
body: op servers van weight=2 concept=service-providers
body: in opdracht van weight=2 concept=on-our-behalf
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: betalingen weight=2 concept=payments-purchases
heading: betalingsverwerking weight=3 concept=payments-purchases
heading: in-app-aankopen weight=2 concept=payments-purchases
heading: aankopen in de app weight=2 concept=payments-purchases
heading: abonnementen weight=2 concept=payments-purchases
# Inflected forms, compounds and GDPR wording real policies use.
heading: met wie delen we je gegevens concept=who-we-share-with
heading: met wie delen we jouw gegevens concept=who-we-share-with
heading: met wie delen wij uw persoonsgegevens concept=who-we-share-with
heading: delen van persoonsgegevens concept=sharing-of-information
heading: delen van persoonsgegevens met derden concept=sharing-of-information
heading: delen van je gegevens concept=sharing-of-information
heading: hoe delen we je gegevens concept=how-we-share
heading: verstrekking van persoonsgegevens concept=disclosure-of-information
heading: verstrekken van gegevens aan derden concept=disclosure-of-information
heading: ontvangers van de gegevens concept=who-we-share-with
heading: subverwerkers concept=service-providers-heading
heading: verwerkers en derden concept=service-providers-heading
heading: verkopen we je gegevens concept=sale-of-information

[cookies]
heading: cookies concept=cookies
heading: cookiebeleid concept=cookies
heading: cookieverklaring concept=cookies
heading: gebruik van cookies concept=cookies
heading: cookies en vergelijkbare technieken concept=tracking-technologies
heading: trackingtechnologieën concept=tracking-technologies
heading: wat zijn cookies concept=cookies
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that nl lacked.
heading: web beacons concept=web-beacons
heading: pixels concept=web-beacons
heading: logbestanden concept=log-files
heading: analyse concept=analytics
heading: analytische diensten concept=analytics
body: cookie* weight=3 concept=cookie
body: kleine tekstbestanden weight=3 concept=text-files
body: tekstbestand* weight=2.5 concept=text-files
body: vergelijkbare technieken weight=2 concept=tracking-technology
body: vergelijkbare technologieën weight=2 concept=tracking-technology
body: web beacons weight=2 concept=web-beacon
body: pixel* weight=2 concept=web-beacon
body: logbestanden weight=2 concept=log-file
body: google analytics weight=2 concept=analytics-term
body: analytisch* weight=1.5 concept=analytics-term
body: sessiecookies weight=2 concept=cookie-lifetime
body: permanente weight=1.5 concept=cookie-lifetime
body: functionele weight=1.5 concept=cookie-categories
body: tracking weight=1.5 concept=tracking-technology
body: opgeslagen weight=1
body: browserinstellingen weight=1.5 concept=browser-settings
body: browser weight=1 concept=browser
body: apparaat weight=0.5 concept=device
# Added with the shared concept inventory (concepts.txt): terms real policies use that nl lacked.
body: lokale opslag weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: strikt noodzakelijke weight=2.5 concept=cookie-categories
body: sdk* weight=2 concept=sdk
body: fingerprinting weight=2.5 concept=fingerprinting
heading: webanalyse concept=analytics
heading: webanalytics concept=analytics
# Inflected forms, compounds and GDPR wording real policies use.
heading: welke cookies gebruiken wij concept=cookies
heading: welke cookies gebruiken we concept=cookies
heading: soorten cookies concept=cookies
heading: gebruikte cookies concept=cookies
heading: analysetools concept=analytics
heading: google analytics concept=analytics
heading: tracking concept=tracking-technologies

[advertising]
heading: advertenties concept=advertising
heading: reclame concept=advertising
heading: marketing concept=marketing
heading: direct marketing concept=marketing
heading: nieuwsbrief concept=marketing-communications
heading: gepersonaliseerde advertenties concept=interest-based-advertising
heading: commerciële communicatie concept=marketing-communications
heading: marketingcommunicatie concept=marketing-communications
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that nl lacked.
heading: advertenties van derden concept=third-party-advertising
heading: advertentienetwerken concept=third-party-advertising
heading: op interesses gebaseerde advertenties concept=interest-based-advertising
body: advertenti* weight=2.5 concept=ads
body: adverteerders weight=2.5 concept=ad-networks
body: reclame weight=2.5 concept=ads
body: marketing weight=2 concept=marketing-purposes
body: direct marketing weight=2.5 concept=marketing-purposes
body: nieuwsbrie* weight=2 concept=marketing-messages
body: commerciële weight=1.5 concept=marketing-messages
body: promoti* weight=2 concept=promotions
body: aanbieding* weight=2 concept=promotions
body: op interesses gebaseerde weight=2 concept=interest-based
body: remarketing weight=2 concept=retargeting
body: retargeting weight=2 concept=retargeting
body: campagnes weight=1.5 concept=ad-measurement
body: acties weight=1 concept=promotions
body: interesses weight=0.5 concept=interests
# Added with the shared concept inventory (concepts.txt): terms real policies use that nl lacked.
body: advertentienetwerk* weight=3 concept=ad-networks
body: advertentiepartners weight=3 concept=ad-networks
body: gerichte weight=2 concept=interest-based
body: voor marketingdoeleinden weight=2 concept=marketing-purposes
body: your online choices weight=3 concept=ad-industry-programs
body: effectiviteit weight=2 concept=ad-measurement
# Inflected forms, compounds and GDPR wording real policies use.
heading: nieuwsbrieven concept=marketing-communications
heading: marketing en nieuwsbrief concept=marketing-communications
heading: gerichte advertenties concept=interest-based-advertising

[do-not-track]
heading: do not track concept=do-not-track
heading: niet volgen concept=do-not-track
heading: do not track-signalen concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: wereldwijde privacycontrole concept=global-privacy-control
heading: voorkeurssignalen concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: niet volgen weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: wereldwijde privacycontrole weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: signaal weight=2 concept=opt-out-preference-signal
body: signalen weight=2 concept=opt-out-preference-signal
body: reageren niet weight=2 concept=do-not-respond
body: standaard weight=1.5 concept=no-uniform-standard
body: volgen weight=1 concept=cross-site-tracking
body: voorkeur* weight=1 concept=opt-out-preference-signal
body: browserinstellingen weight=1
body: browser weight=1 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt): terms real policies use that nl lacked.
body: uniforme standaard weight=3 concept=no-uniform-standard
body: respecteren weight=1.5 concept=honor-signals

[choices]
heading: uw keuzes concept=your-choices
heading: keuzemogelijkheden concept=your-choices
heading: uw voorkeuren concept=managing-preferences
heading: afmelden concept=unsubscribing
heading: afmelden voor de nieuwsbrief concept=unsubscribing
heading: uitschrijven concept=unsubscribing
heading: controle over uw gegevens concept=your-choices
heading: bezwaar tegen direct marketing concept=opting-out
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that nl lacked.
heading: opt-out concept=opting-out
heading: voorkeuren beheren concept=managing-preferences
body: afmeld* weight=3 concept=unsubscribe
body: uitschrij* weight=3 concept=unsubscribe
body: opt-out weight=2 concept=opt-out
body: u kunt kiezen weight=2.5 concept=choose-not-to
body: keuze* weight=2 concept=choose-not-to
body: opties weight=1.5 concept=preferences
body: voorkeuren weight=1.5 concept=preferences
body: bezwaar maken weight=1.5 concept=decline
body: uitschakelen weight=1.5 concept=disable
body: weigeren weight=1.5 concept=decline
body: niet verstrekken weight=1.5 concept=consequences-of-refusal
body: instellingen weight=1 concept=settings
body: link weight=1 concept=unsubscribe-link
body: beslissen weight=1 concept=choose-not-to
body: ontvangen weight=0.5 concept=receive
# Added with the shared concept inventory (concepts.txt): terms real policies use that nl lacked.
body: promotionele e-mails weight=2 concept=promotional-emails
body: pushmeldingen weight=2 concept=device-permissions
body: locatievoorzieningen weight=2 concept=device-permissions
body: onderaan elke e-mail weight=1.5 concept=unsubscribe-link
heading: privacyinstellingen concept=managing-preferences
heading: communicatievoorkeuren concept=managing-preferences
# Inflected forms, compounds and GDPR wording real policies use.
heading: je keuzes concept=your-choices
heading: jouw keuzes concept=your-choices
heading: je voorkeuren concept=managing-preferences
heading: jouw voorkeuren concept=managing-preferences
heading: afmelden voor nieuwsbrieven concept=unsubscribing

[rights]
heading: uw rechten concept=your-rights
heading: uw privacyrechten concept=your-rights
heading: rechten van betrokkenen concept=your-rights
heading: welke rechten heeft u concept=your-rights
heading: hoe kunt u uw rechten uitoefenen concept=exercising-rights
heading: uitoefenen van uw rechten concept=exercising-rights
heading: recht op inzage concept=access-and-correction
heading: inzage en correctie concept=access-and-correction
heading: inzien of bijwerken weight=2 concept=access-and-correction
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that nl lacked.
heading: gemachtigde vertegenwoordigers concept=authorized-agents
body: inzage weight=3 concept=right-of-access
body: gemachtigde* weight=2 concept=authorized-agent
body: in te zien weight=2.5 concept=right-of-access
body: inzien weight=2 concept=right-of-access
body: het recht om weight=1.5
body: rectificatie weight=3 concept=rectification
body: correctie weight=2 concept=rectification
body: corrigeren weight=2 concept=rectification
body: verwijdering weight=2.5 concept=erasure
body: gegevenswissing weight=3 concept=erasure
body: recht op vergetelheid weight=2.5 concept=erasure
body: overdraagbaarheid weight=3 concept=portability
body: dataportabiliteit weight=3 concept=portability
body: beperking van de verwerking weight=3 concept=restriction
body: bezwaar weight=2 concept=right-to-object
body: uitoefen* weight=2.5 concept=exercise-rights
body: rechten weight=1.5
body: toezichthoudende autoriteit weight=2.5 concept=complaint-to-authority
body: autoriteit persoonsgegevens weight=3 concept=complaint-to-authority
body: gegevensbeschermingsautoriteit weight=3 concept=complaint-to-authority   # Belgium
body: klacht weight=2 concept=complaint-to-authority
body: kopie weight=1 concept=copy-of-data
body: identiteit weight=1 concept=verify-identity
body: verzoek weight=1 concept=request
# Added with the shared concept inventory (concepts.txt): terms real policies use that nl lacked.
body: recht op inzage weight=3 concept=right-of-access
body: uw identiteit te verifiëren weight=2 concept=verify-identity
body: discrimin* weight=1.5 concept=non-discrimination
body: rechten van betrokkenen weight=2 concept=data-subject-rights
body: toegang weight=1.5 concept=access
# Inflected forms, compounds and GDPR wording real policies use.
heading: jouw rechten concept=your-rights
heading: je rechten concept=your-rights
heading: jouw privacyrechten concept=your-rights
heading: welke rechten heb je concept=your-rights
heading: rechten van de betrokkene concept=your-rights
heading: rechten van betrokkene concept=your-rights
heading: hoe kun je je rechten uitoefenen concept=exercising-rights
heading: uitoefening van rechten concept=exercising-rights
heading: recht van inzage concept=access-and-correction
heading: inzage in je gegevens concept=access-and-correction
heading: inzage in uw gegevens concept=access-and-correction
heading: inzien, aanpassen of verwijderen concept=access-and-correction
heading: recht op rectificatie concept=access-and-correction
heading: recht op correctie concept=access-and-correction
heading: recht op aanpassing concept=access-and-correction
heading: recht op gegevenswissing concept=your-rights
heading: recht op verwijdering concept=your-rights
heading: recht om vergeten te worden concept=your-rights
heading: recht op vergetelheid concept=your-rights
heading: recht op beperking van de verwerking concept=your-rights
heading: recht op beperking concept=your-rights
heading: recht op overdraagbaarheid van gegevens concept=your-rights
heading: recht op gegevensoverdraagbaarheid concept=your-rights
heading: recht op dataportabiliteit concept=your-rights
heading: recht van bezwaar concept=your-rights
heading: recht op bezwaar concept=your-rights
heading: recht om bezwaar te maken concept=your-rights
heading: recht om een klacht in te dienen concept=your-rights
heading: klacht indienen concept=your-rights
heading: klachten concept=your-rights
heading: rechten concept=your-rights
heading: heb ik toegang concept=access-and-correction
heading: toegang tot mijn gegevens concept=access-and-correction
heading: mijn gegevens inzien concept=access-and-correction
heading: mijn gegevens wijzigen concept=access-and-correction
heading: mijn gegevens corrigeren concept=access-and-correction
heading: rechtzetten concept=access-and-correction
heading: welke rechten heb ik concept=your-rights
heading: mijn rechten concept=your-rights
body: recht op rectificatie weight=2
body: recht op gegevenswissing weight=2
body: recht op dataportabiliteit weight=2
body: recht van bezwaar weight=2
body: recht op beperking van de verwerking weight=2

[retention]
heading: bewaartermijn concept=retention-period
heading: bewaartermijnen concept=retention-period
heading: bewaarperiode concept=retention-period
heading: bewaar* concept=retention-period        # bewaartermijn, bewaarbeleid, hoe lang worden gegevens bewaard
heading: bewaring concept=data-retention
heading: gegevensbewaring concept=data-retention
heading: hoe lang bewaren wij uw gegevens concept=how-long-we-keep
heading: bewaren van gegevens concept=data-retention
heading: bewaring van gegevens concept=data-retention
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that nl lacked.
heading: opslag en bewaring concept=storage-and-retention
heading: bewaren en verwijderen concept=retention-and-deletion
heading: bewaring en verwijdering concept=retention-and-deletion
body: bewaar* weight=2.5 concept=retain
body: bewaren weight=2.5 concept=keep
body: niet langer dan weight=2.5 concept=no-longer-needed
body: termijn* weight=2 concept=retention-criteria
body: niet langer dan noodzakelijk weight=3 concept=no-longer-needed
body: niet langer dan nodig weight=3 concept=no-longer-needed
body: zo lang als weight=2 concept=as-long-as-necessary
body: zolang weight=2 concept=as-long-as-necessary
body: wettelijke bewaarplicht weight=3 concept=legal-retention-requirements
body: fiscale bewaarplicht weight=2.5 concept=legal-retention-requirements
body: verjaring* weight=2 concept=legal-retention-requirements
body: verwijderd weight=2 concept=destroy
body: verwijderen weight=1.5 concept=destroy
body: vernietig* weight=1 concept=destroy
body: anonimis* weight=1.5 concept=anonymise
body: periode weight=1.5 concept=retention-criteria
body: jaar weight=1 concept=years
body: maanden weight=1
# Added with the shared concept inventory (concepts.txt): terms real policies use that nl lacked.
body: zo lang als noodzakelijk weight=3 concept=as-long-as-necessary
body: archiv* weight=2 concept=archive
body: inactieve weight=2 concept=inactive-accounts
body: opslaan weight=1 concept=store
heading: opslagduur concept=retention-period
heading: opslagtermijn concept=retention-period
# Inflected forms, compounds and GDPR wording real policies use.
heading: hoe lang bewaren we je gegevens concept=how-long-we-keep
heading: hoe lang bewaren wij uw persoonsgegevens concept=how-long-we-keep
heading: hoe lang bewaren we je persoonsgegevens concept=how-long-we-keep
heading: hoe lang bewaren concept=how-long-we-keep
heading: hoe lang worden concept=how-long-we-keep
heading: wanneer verwijderen we weight=3 concept=retention-and-deletion
heading: wanneer verwijderen wij weight=3 concept=retention-and-deletion
heading: hoe bewaren wij concept=storage-and-retention
heading: hoe bewaren we concept=storage-and-retention
heading: hoe worden uw gegevens opgeslagen concept=storage-and-retention
heading: hoe worden je gegevens opgeslagen concept=storage-and-retention

[security]
heading: beveiliging concept=data-security
heading: beveiliging van gegevens concept=data-security
heading: gegevensbeveiliging concept=data-security
heading: beveiligingsmaatregelen concept=security-measures
heading: hoe beveiligen wij uw gegevens concept=how-we-protect
heading: veiligheid concept=data-security
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that nl lacked.
heading: hoe beschermen wij uw gegevens concept=how-we-protect
heading: bescherming van uw gegevens concept=how-we-protect
heading: bescherming van persoonsgegevens concept=how-we-protect
heading: bescherming van uw persoonsgegevens concept=how-we-protect
heading: beveilig* concept=data-security          # beveiliging, beveiligen, beveiligd, beveiligingsmaatregelen
heading: informatiebeveiliging concept=data-security
body: beveilig* weight=2.5 concept=secure
body: passende technische en organisatorische maatregelen weight=3 concept=technical-organisational-measures
body: technische en organisatorische maatregelen weight=3 concept=technical-organisational-measures
body: organisatorische weight=2 concept=technical-organisational-measures
body: versleutel* weight=2.5 concept=encryption
body: encryptie weight=2.5 concept=encryption
body: ssl weight=2 concept=encryption
body: tls weight=2 concept=encryption
body: onbevoegde weight=2.5 concept=unauthorized-access
body: ongeautoriseerde weight=2 concept=unauthorized-access
body: verlies weight=1.5 concept=loss-misuse-alteration
body: misbruik weight=1.5 concept=loss-misuse-alteration
body: vertrouwelijk* weight=1.5 concept=confidentiality
body: firewall* weight=2 concept=technical-controls
body: datalek* weight=2.5 concept=breach
body: wachtwoord* weight=1.5 concept=technical-controls
body: veiligheid weight=1.5 concept=secure
body: beschermen weight=1 concept=protect
body: waarborgen weight=0.5 concept=ensure
# Added with the shared concept inventory (concepts.txt): terms real policies use that nl lacked.
body: passende maatregelen weight=2.5 concept=safeguards
body: fysieke weight=1.5 concept=physical-safeguards
body: toegangscontrole weight=2.5 concept=technical-controls
body: niet garanderen weight=2.5 concept=no-guarantee
body: gangbare standaarden weight=2 concept=industry-standard
# Personal-data breaches and their notification: a security topic.
heading: datalek concept=data-security
heading: datalekken concept=data-security
heading: inbreuk in verband met persoonsgegevens concept=data-security
heading: beveiligingsincidenten concept=data-security
# Inflected forms, compounds and GDPR wording real policies use.
heading: hoe beveiligen we je gegevens concept=how-we-protect
heading: hoe beschermen we je gegevens concept=how-we-protect
heading: hoe beschermen wij uw persoonsgegevens concept=how-we-protect
heading: beveiliging van persoonsgegevens concept=data-security
heading: beveiliging van je gegevens concept=data-security
heading: beveiliging van uw gegevens concept=data-security
heading: technische en organisatorische maatregelen concept=security-measures
heading: versleuteld concept=data-security
heading: versleuteling concept=data-security
heading: gecodeerd concept=data-security
heading: encryptie concept=data-security

[children]
heading: kinderen concept=childrens-privacy
heading: minderjarigen concept=minors
heading: privacy van kinderen concept=childrens-privacy
heading: gegevens van kinderen concept=childrens-privacy
heading: minimumleeftijd concept=age-limits
heading: leeftijdsgrens concept=age-limits
body: kinderen weight=3 concept=children
body: minderjarig* weight=3 concept=minors-teens
body: jonger dan 16 jaar weight=2.5 concept=age-threshold
body: jonger dan 13 jaar weight=2 concept=age-threshold
body: onder de 16 weight=2 concept=age-threshold
body: leeftijd weight=2 concept=age
body: ouders weight=2.5 concept=parents-guardians
body: voogd weight=2.5 concept=parents-guardians
body: wettelijk vertegenwoordiger weight=2 concept=parents-guardians
body: toestemming van ouders weight=2.5 concept=parental-consent
body: ouderlijke toestemming weight=2.5 concept=parental-consent
body: bewust weight=1.5 concept=knowingly-collect
body: coppa weight=3 concept=coppa
body: gericht op weight=1 concept=not-directed-to-children
# Added with the shared concept inventory (concepts.txt): terms real policies use that nl lacked.
body: tieners weight=2.5 concept=minors-teens
body: jongeren weight=2 concept=minors-teens
body: als wij ontdekken weight=2 concept=if-we-learn
# Concept `minor` (the bare English word, weak because also "minor changes") left out: nl has no such ambiguous word; minderjarig* carries the idea.
# Inflected forms, compounds and GDPR wording real policies use.
heading: kinderen jonger dan 16 jaar concept=age-limits
heading: kinderen onder de 16 concept=age-limits
heading: kinderen onder de 13 concept=age-limits
heading: persoonsgegevens van kinderen concept=childrens-privacy
heading: jongeren concept=minors

[international]
heading: internationale doorgifte concept=international-transfers
heading: doorgifte buiten de eer concept=international-transfers
heading: doorgifte naar derde landen concept=international-transfers
heading: gegevens buiten de europese unie concept=international-transfers
heading: internationale gegevensoverdracht concept=international-transfers
heading: waar worden uw gegevens opgeslagen concept=where-we-store
heading: opslag van gegevens concept=where-we-store
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that nl lacked.
heading: doorgifte van gegevens concept=data-transfers
heading: gegevensoverdracht concept=data-transfers
body: doorgifte weight=2 concept=transfer
body: doorgegeven weight=2 concept=transfer
body: derde landen weight=2 concept=other-countries
body: buiten de europese economische ruimte weight=3 concept=eea
body: buiten de eer weight=3 concept=eea
body: buiten de eu weight=2.5 concept=eea
body: europese economische ruimte weight=2 concept=eea
body: eer weight=1.5 concept=eea
body: modelcontractbepalingen weight=2 concept=transfer-safeguards
body: standaardcontractbepalingen weight=2 concept=transfer-safeguards
body: adequaatheidsbesluit weight=3 concept=adequacy
body: passend beschermingsniveau weight=2.5 concept=adequacy
body: passende waarborgen weight=2 concept=transfer-safeguards
body: data privacy framework weight=2.5 concept=privacy-frameworks
body: privacy shield weight=2 concept=privacy-frameworks
body: verenigde staten weight=1 concept=united-states
body: servers weight=0.5 concept=server-location    # bare word: also web servers of any party
body: servers bevinden zich weight=2.5 concept=server-location
body: op servers in weight=2 concept=server-location
body: internationale weight=2 concept=cross-border
body: europese unie weight=1 concept=eea
# Added with the shared concept inventory (concepts.txt): terms real policies use that nl lacked.
body: grensoverschrijdend* weight=3 concept=cross-border
body: andere landen weight=2.5 concept=other-countries
body: bindende bedrijfsvoorschriften weight=3 concept=transfer-safeguards
body: jurisdicties weight=2 concept=jurisdictions
body: wereldwijd weight=1.5 concept=around-the-world
body: niet hetzelfde beschermingsniveau weight=2 concept=less-protective
heading: waar slaan wij weight=2 concept=where-we-store
heading: waar slaan we weight=2 concept=where-we-store
heading: waar worden je gegevens opgeslagen concept=where-we-store
heading: locatie van gegevens concept=where-we-store
heading: locatie van de gegevens concept=where-we-store
heading: gegevensopslag weight=1 concept=where-we-store
heading: opslag van uw gegevens weight=1 concept=where-we-store
heading: dataopslag weight=1 concept=where-we-store
heading: buiten europa weight=2 concept=international-transfers
# Inflected forms, compounds and GDPR wording real policies use.
heading: doorgifte buiten de eu concept=international-transfers
heading: doorgifte van persoonsgegevens buiten de eer concept=international-transfers
heading: doorgifte naar landen buiten de eu concept=international-transfers
heading: doorgifte naar landen buiten de eer concept=international-transfers
heading: internationale doorgifte van persoonsgegevens concept=international-transfers
heading: waar worden jouw gegevens opgeslagen concept=where-we-store
heading: waar worden uw gegevens verwerkt concept=where-we-store
heading: locatie van de servers concept=where-we-store
heading: waar bewaren wij concept=where-we-store
heading: waar bewaren we concept=where-we-store
heading: waar worden mijn gegevens concept=where-we-store

[regional]
heading: inwoners van californië concept=california
heading: informatie voor inwoners van californië concept=california
heading: californische privacyrechten concept=california
heading: aanvullende informatie per land concept=jurisdiction-specific
heading: landspecifieke bepalingen concept=jurisdiction-specific
heading: gebruikers in belgië concept=jurisdiction-specific
heading: regionale kennisgevingen concept=jurisdiction-specific
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that nl lacked.
heading: inwoners van nevada concept=us-state-rights
heading: privacyrechten in amerikaanse staten concept=us-state-rights
heading: informatie voor inwoners van de eer concept=eea-gdpr-notice
heading: naleving van de avg concept=eea-gdpr-notice
body: californi* weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: shine the light weight=2.5 concept=california-law
body: inwoners weight=2 concept=residents
body: ingezetenen weight=2 concept=residents
body: consumenten weight=1.5 concept=consumers
body: verkoop van persoonsgegevens weight=2 concept=do-not-sell
body: gevoelige persoonsgegevens weight=1.5
body: nevada weight=2.5 concept=us-states
body: virginia weight=2 concept=us-states
body: lgpd weight=2.5 concept=brazil-lgpd
body: brazilië weight=1.5 concept=brazil-lgpd
body: canada weight=1.5 concept=canada-pipeda
body: pipeda weight=2.5 concept=canada-pipeda
body: belgië weight=1.5
body: jurisdictie weight=1.5
body: staat weight=0.5 concept=state
# Added with the shared concept inventory (concepts.txt): terms real policies use that nl lacked.
body: verkoop mijn gegevens niet weight=3 concept=do-not-sell
body: financiële prikkels weight=3 concept=financial-incentives
body: afgelopen 12 maanden weight=3 concept=preceding-12-months
body: avg weight=2.5 concept=eu-gdpr
body: contextoverschrijdende gedragsreclame weight=3 concept=cross-context-advertising
heading: gebruikers in de europese economische ruimte weight=2 concept=eea-gdpr-notice
heading: gebruikers in de eer weight=2 concept=eea-gdpr-notice
heading: gebruikers in het verenigd koninkrijk weight=2 concept=eea-gdpr-notice
heading: inwoners van het verenigd koninkrijk weight=2 concept=eea-gdpr-notice
heading: bepalingen per rechtsgebied weight=2 concept=jurisdiction-specific
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
heading: regionale bijlagen concept=jurisdiction-specific
heading: regionale bijlage concept=jurisdiction-specific
heading: aanvullende kennisgeving voor inwoners concept=jurisdiction-specific
heading: amerikaanse privacywetten concept=us-state-rights
heading: japan weight=1 concept=jurisdiction-specific
heading: zuid-korea weight=1 concept=jurisdiction-specific
heading: verenigd koninkrijk weight=1 concept=jurisdiction-specific

[third-party-sites]
heading: links naar andere websites concept=links-to-other-sites
heading: websites van derden concept=third-party-websites
heading: diensten van derden weight=2 concept=third-party-services   # outweighs the sharing cue "derden" inside it
heading: externe links concept=links-to-other-sites
heading: koppelingen naar andere websites concept=links-to-other-sites
heading: sociale media concept=social-media-plugins
heading: social media plugins concept=social-media-plugins
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that nl lacked.
heading: andere websites concept=third-party-websites
heading: privacyverklaringen van derden concept=third-party-privacy-policies
body: links weight=2.5 concept=links
body: hyperlink* weight=2 concept=links
body: koppeling* weight=2 concept=links
body: websites van derden weight=3 concept=other-sites
body: sites van derden weight=3 concept=other-sites
body: niet verantwoordelijk weight=2.5 concept=not-responsible
body: geen verantwoordelijkheid weight=2.5 concept=not-responsible
body: geen invloed weight=2 concept=not-responsible
body: geen controle weight=2 concept=not-responsible
body: eigen privacyverklaring weight=2.5 concept=their-privacy-policies
body: eigen privacybeleid weight=2.5 concept=their-privacy-policies
body: hun privacybeleid weight=2.5 concept=their-privacy-policies
body: hun privacyverklaring weight=2.5 concept=their-privacy-policies
body: het privacybeleid van weight=2 concept=their-privacy-policies
body: de privacyverklaring van weight=2 concept=their-privacy-policies
body: privacyverklaringen weight=1.5 concept=their-privacy-policies
body: plugin* weight=2 concept=plugins
body: sociale media weight=2 concept=plugins
body: social media weight=2 concept=plugins
body: externe weight=1.5 concept=other-sites
body: klikken weight=1.5 concept=links
body: verlaat weight=1.5 concept=leave-our-site
body: raden u aan weight=1 concept=encourage-review
body: inhoud weight=0.5 concept=content
# Added with the shared concept inventory (concepts.txt): terms real policies use that nl lacked.
body: apps van derden weight=2 concept=third-party-applications
body: doorlezen weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: social media concept=social-media-presence
heading: sociale netwerken concept=social-media-presence
heading: aanwezigheid op sociale media concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: verzameld door derden concept=third-party-data-collection
heading: door derden verzamelde gegevens concept=third-party-data-collection
heading: andere partijen kunnen verzamelen concept=third-party-data-collection
heading: privacybeleid van derden weight=2 concept=third-party-privacy-policies
heading: privacyverklaring van derden weight=2 concept=third-party-privacy-policies
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: ingesloten inhoud concept=third-party-services
heading: ingebedde inhoud concept=third-party-services
heading: inhoud van derden concept=third-party-services
heading: ingesloten video's concept=third-party-services
heading: plug-ins concept=social-media-plugins
body: ingesloten weight=2.5 concept=plugins
body: ingebed* weight=2.5 concept=plugins
body: insluiten weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: inhoud van derden weight=3 concept=other-sites
body: content van derden weight=3 concept=other-sites
body: plug-in* weight=2 concept=plugins
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: ingelogd weight=1.5 concept=plugins
body: applet* weight=2 concept=plugins
# Outside tools named in a heading ("Gebruik van vertaalmachines en bibliotheken van derden").
heading: bibliotheken van derden concept=third-party-services
heading: tools van derden concept=third-party-services
heading: software van derden concept=third-party-services
heading: vertaalmachines concept=third-party-services
heading: services van derden concept=third-party-services
heading: externe diensten concept=third-party-services
heading: sdk's van derden concept=third-party-services
heading: cloudsynchronisatie concept=third-party-services
heading: cloud-synchronisatie concept=third-party-services
heading: icloud-back-up concept=third-party-services
heading: icloud-backup concept=third-party-services
heading: synchronisatie en back-up concept=third-party-services
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: netwerkverbindingen weight=2 concept=network-connections
heading: netwerkverzoeken weight=2 concept=network-connections
heading: uitgaande verbindingen weight=2 concept=network-connections
heading: externe verbindingen weight=2 concept=network-connections
heading: apparaat verlaten weight=2 concept=network-connections
heading: verlaat je apparaat weight=2 concept=network-connections
heading: verlaat uw apparaat weight=2 concept=network-connections
heading: over het internet verzonden weight=2 concept=network-connections
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
heading: wijzigingen concept=amendments
heading: wijzigingen in deze privacyverklaring concept=changes-to-policy
heading: wijziging van het privacybeleid concept=changes-to-policy
heading: aanpassingen concept=amendments
heading: updates van deze privacyverklaring concept=policy-updates
heading: updates van dit privacybeleid concept=policy-updates
heading: wijzigingen in dit privacybeleid concept=changes-to-policy
heading: herziening concept=amendments
heading: ingangsdatum concept=entry-into-force
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that nl lacked.
heading: kennisgeving van wijzigingen concept=notification-of-changes
heading: inwerkingtreding concept=entry-into-force
body: wijzig* weight=2 concept=change-update
body: aanpass* weight=1.5 concept=change-update
body: bijwerk* weight=1.5 concept=change-update
body: bijgewerkt weight=2 concept=change-update
body: laatst bijgewerkt weight=3 concept=effective-date
body: laatste wijziging weight=3 concept=effective-date
body: van kracht weight=2 concept=effective-date
body: ingangsdatum weight=2.5 concept=effective-date
body: periodiek weight=2 concept=from-time-to-time
body: regelmatig weight=1.5 concept=check-back
body: van tijd tot tijd weight=2 concept=from-time-to-time
body: behouden ons het recht voor weight=2 concept=reserve-the-right
body: raadplegen weight=1.5 concept=check-back
body: op de hoogte weight=1 concept=notify-you
body: publiceren weight=1.5 concept=posting
body: versie weight=1.5 concept=version
body: updates weight=1.5 concept=change-update
body: herzien weight=1.5 concept=change-update
# Added with the shared concept inventory (concepts.txt): terms real policies use that nl lacked.
body: wezenlijke wijzigingen weight=3 concept=material-changes
body: voortgezet gebruik weight=3 concept=continued-use
body: meest recente versie weight=2 concept=latest-version
body: onmiddellijk van kracht weight=2.5 concept=effective-immediately
body: kennisgeving weight=0.5 concept=notice
# Where a changed policy is posted: "(we will post the new policy) on this page".
body: op deze pagina weight=1 concept=posting
# Inflected forms, compounds and GDPR wording real policies use.
heading: wijzigingen in het privacybeleid concept=changes-to-policy
heading: wijzigingen in de privacyverklaring concept=changes-to-policy
heading: wijzigingen in deze privacyverklaring en updates concept=changes-to-policy
heading: wijziging van deze privacyverklaring concept=changes-to-policy
heading: wijzigingen van deze privacyverklaring concept=changes-to-policy
heading: wijzigingen privacyverklaring concept=changes-to-policy
heading: aanpassingen privacyverklaring concept=changes-to-policy
heading: laatst bijgewerkt concept=entry-into-force
heading: laatste wijziging concept=entry-into-force

[contact]
heading: contact concept=contact-us
heading: contactgegevens concept=contact-information
heading: contact opnemen concept=how-to-contact
heading: neem contact met ons op concept=contact-us
heading: functionaris gegevensbescherming concept=data-protection-officer
heading: vragen concept=questions
heading: vragen of opmerkingen concept=questions
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that nl lacked.
heading: hoe kunt u contact met ons opnemen concept=how-to-contact
body: contact weight=2 concept=please-contact     # not contact*: contactgegevens, contactformulier are collected data
body: contacteer* weight=2 concept=please-contact # contacteer ons, contacteren (Flemish)
body: contact opnemen weight=2.5 concept=please-contact
body: functionaris gegevensbescherming weight=2.5 concept=dpo
body: functionaris voor gegevensbescherming weight=2.5 concept=dpo
body: fg weight=1.5 concept=dpo
body: dpo weight=2 concept=dpo
body: neem contact weight=2.5 concept=please-contact
body: kunt u contact weight=2.5 concept=please-contact
body: postadres weight=2 concept=postal-address
body: telefoon weight=1.5 concept=telephone        # not telefoon*: telefoongegevens, telefooninstellingen
body: telefonisch weight=1.5 concept=telephone
body: e-mail weight=1 concept=by-email
body: vragen weight=2 concept=questions-comments
body: opmerkingen weight=1.5 concept=questions-comments
body: klachten weight=1 concept=questions-comments
body: klantenservice weight=1.5 concept=customer-service
body: bereikbaar weight=1.5 concept=please-contact
body: adres weight=0.3 concept=address            # also the tail of ip-adres, e-mailadres
# Added with the shared concept inventory (concepts.txt): terms real policies use that nl lacked.
body: per e-mail weight=1.5 concept=by-email
heading: contactinformatie concept=contact-information
heading: colofon concept=contact-information
heading: impressum concept=contact-information
# The controller's identity and address (art. 13 AVG): "Verwerkingsverantwoordelijke".
heading: verwerkingsverantwoordelijke concept=contact-information
heading: de verwerkingsverantwoordelijke concept=contact-information
heading: gegevens van de verwerkingsverantwoordelijke concept=contact-information
# Inflected forms, compounds and GDPR wording real policies use.
heading: contact met ons opnemen concept=contact-us
heading: neem contact op concept=contact-us
heading: contactgegevens van de verwerkingsverantwoordelijke concept=contact-information
heading: vragen over privacy concept=questions
heading: heb je vragen concept=questions
heading: heeft u vragen concept=questions
heading: privacy officer concept=data-protection-officer
heading: bij wie kan ik terecht concept=how-to-contact
heading: tot wie kan ik mij wenden concept=how-to-contact
heading: wie kan ik contacteren concept=how-to-contact
heading: met wie kan ik contact concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no entry
# overlapping it counts.
# A software update is not a change to the policy.
controleren op updates
controleert op updates
zoeken naar updates
software-updates
software-update
app-updates
app-update
automatische updates
# The version of an app is not the version of the policy.
app-versie
versie van de app
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
android-versie
ios-versie
android versie
ios versie
browserversie
