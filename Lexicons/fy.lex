# West Frisian lexicon (Fryslân, the Netherlands; Frysk in the standard spelling of the
# "Foarkarswurdlist" (2015); the polite "jo" register that policies use, as Dutch ones use
# "u").
# Frisian policies are translations of Dutch ones: the same GDPR vocabulary ("AVG",
# "Autoriteit Persoansgegevens", "Funksjonaris foar Gegevensbeskerming") in Frisian forms:
# "persoansgegevens", "ferwurking", "privacyferklearring", "tastimming", "grûnslach",
# "rjochten", "bewarje", "befeiliging", "diele", "tredden", "ûntfangers".
# Sources consulted for wording (nothing copied): the Frisian (fy-NL) localisation of
# Firefox, https://github.com/mozilla-l10n/firefox-l10n (fy-NL/, privacy and data-collection
# settings), and of Thunderbird and Mozilla accounts, found through a public code search
# index: "Privacyferklearring", "Tsjinstbetingsten", "Gegevenssamling", "tastimming",
# "cookies fan tredden", "Gegevens wiskje", "Keppelingen", "Fernijingen",
# "‘Net folgje’-sinjaal", "net te ferkeapjen of te dielen"; MPL-2.0.
@language fy
@name West Frisian
@fold-accents no            # â ê ô û and ú are letters of Frisian spelling and tell words
# apart (dêr "there" / German and Dutch "der", ús "us" / English "us", ûnder / English
# "under", wêze, hân, sûnder): keeping them also stops German, English and Scandinavian
# words from matching Frisian profile words. Frisian writes no accent on a capital letter
# ("Ut", "Us", "Untfangers", "Ofmelde"), so headings that open with such a word are listed
# in that form as well.
# Frisian writes compounds as one word, as Dutch does; stems with * catch them
# (bewar* -> bewartermyn, befeilig* -> befeiligingsmaatregels). Contracted forms with an
# apostrophe ("dy't", "dêr't", "wannear't") are one word.

[profile]
# Function words first, then words frequent in privacy policies. weight=3 marks words that
# tell Frisian from Dutch (its closest shipped relative, from which most Frisian policies
# are translated) and from German and English: fan/van, yn/in, foar/voor, mei/met,
# troch/door, net/niet, gjin/geen, ek/ook, wy/wij, jo/u, ús/ons, hawwe/hebben,
# wurde/worden, binne/zijn, kinne/kunnen, dizze/deze, dy/die. Words Dutch writes the same
# way ("de", "en", "in", "is", "te", "op", "dat", "wat", "gegevens", "doel") weigh less than
# in the Dutch profile, so that a Dutch text never scores higher as Frisian; so do words
# shared with English ("it", "is", "as", "of", "by") and the Scandinavian languages ("en",
# "om", "har").
de weight=0.5
it weight=0.9                # English "it"
in weight=0.9                # the Frisian article; Dutch, English and German "in"
ien weight=3
fan weight=3
en weight=0.9                # Dutch "en" weighs 3; Swedish, Danish, Norwegian "en"
is weight=0.9
yn weight=3
op weight=0.9                # Dutch "op" weighs 3
te weight=0.9                # Dutch "te" weighs 3
foar weight=3
mei weight=2                 # also the Dutch month name
troch weight=3
oan weight=3
oer weight=3
by weight=0.9                # English "by"
út weight=3
nei weight=2                 # Italian "nei"
ta weight=1.5                # Slovenian "ta"
tusken weight=3
sûnder weight=3
oant weight=3
sûnt weight=3
ûnder weight=3
neffens weight=3
fia weight=3
bûten weight=3
binnen weight=0.9
om weight=0.9
om't weight=3
as weight=0.9                # English "as"
of weight=0.5
oft weight=3
dan weight=0.9
mar weight=3
sa weight=1.5                # also the "SA" of "CC-BY-SA"
al weight=0.9
ek weight=3
net weight=2
gjin weight=3
neat weight=3
noch weight=0.9              # German "noch"
mear weight=3
wol weight=2
dat weight=0.9               # Dutch "dat" weighs 3
dy weight=3
dizze weight=3
dit weight=0.9
dy't weight=3
dêr't weight=3
wêr't weight=3
hoe't weight=3
wannear't weight=3
nei't weight=3
wy weight=3
jo weight=3
ús weight=2                  # Catalan "ús" (use)
jins weight=3
jim weight=1.5               # Czech and Slovenian "jim"
hja weight=3
hy weight=2
har weight=0.9               # Swedish, Danish, Norwegian "har"
harren weight=3
se weight=0.5                # Romance "se"
wurde weight=3
wurdt weight=3
waard weight=3
binne weight=3
bin weight=2
hawwe weight=3
hat weight=0.9               # German "hat"
hie weight=3
kinne weight=3
kin weight=3
koe weight=2
sil weight=3
sille weight=3
soe weight=3
soene weight=3
moatte weight=3
moat weight=3
meie weight=2                # Estonian "meie"
wolle weight=3
hoege weight=3
wêze weight=3
dêr weight=3
hjir weight=3
wêr weight=3
wannear weight=3
hoe weight=0.9               # Dutch "hoe" weighs 3
wat weight=0.9               # Dutch "wat" weighs 3
wa weight=1                  # Swahili "wa" weighs 1.5
hokker weight=3
wêrom weight=3
wêrfoar weight=3
wêrby weight=3
dêrfoar weight=3
dêrom weight=3
dêrby weight=3
dêrmei weight=3
dêrtroch weight=3
hjirby weight=3
hjirûnder weight=3
foarsafier weight=3
eardat weight=3
alle weight=0.9
elk weight=0.9
elke weight=0.9
oare weight=3
oaren weight=3
mooglik weight=3
allinnich weight=3
allinne weight=3
tige weight=3
lykwols weight=3
bygelyks weight=3
sels weight=3
altyd weight=3
faak weight=3
inkeld weight=3
# words frequent in privacy policies
persoansgegevens weight=3
persoanlike weight=3
gegevens weight=0.9          # Dutch "gegevens" weighs 3
privacyferklearring weight=3
privacybelied weight=3
ferwurking weight=3
ferwurkje weight=3
ferwurket weight=3
ferwurke weight=3
ferwurker weight=3
ferwurkers weight=3
ferantwurdlik weight=3
ferantwurdlike weight=3
tsjinst weight=3
tsjinsten weight=3
website weight=0.4
webside weight=3
brûker weight=3
brûkers weight=3
brûke weight=3
brûkt weight=3
gebrûk weight=3
tredden weight=3
rjocht weight=3
rjochten weight=3
beskerming weight=3
tastimming weight=3
doel weight=0.9              # Dutch "doel"
doelen weight=2
belang weight=0.9
ynsjoch weight=3
fersyk weight=3
e-mailadres weight=0.4
adres weight=0.9
account weight=0.4
bedriuw weight=3
organisaasje weight=3
maatregels weight=3
befeiliging weight=3
feilichheid weight=3
bewarje weight=3
bewarre weight=3
bewartermyn weight=3
nedich weight=3
wetlike weight=3
klant weight=0.9
klanten weight=0.9
sammelje weight=3
sammele weight=3
diele weight=3
dield weight=3
jaan weight=3
jûn weight=3
kontakt weight=0.9
kontaktgegevens weight=3
folgjende weight=3
namme weight=3
telefoannûmer weight=3
cookies weight=0.4
browser weight=0.4
apparaat weight=0.9
grûnslach weight=3
oerienkomst weight=3
ûntfange weight=3
ûntfongen weight=3
ynformaasje weight=3
wet weight=0.5
avg weight=0.9               # the Dutch acronym, which Frisian texts keep; Dutch "avg" weighs 3
afg weight=3
autoriteit weight=0.5
fragen weight=3
termyn weight=3
fuortsmite weight=3
wiskje weight=3
ferwiderje weight=3
ferwidere weight=3
jier weight=3
tiid weight=3
datum weight=0.5
wiziging weight=3
wizigingen weight=3
feroarje weight=3

[units]
year: jier, jierren
month: moanne, moannen
week: wike, wiken
day: dei, dagen
hour: oere, oeren
minute: minút, minuten
business-day: wurkdei, wurkdagen

[numbers]
1: ien
2: twa
3: trije
4: fjouwer
5: fiif
6: seis
7: sân
8: acht
9: njoggen
10: tsien
11: alve
12: tolve
13: trettjin
15: fyftjin
16: sechstjin
18: achttjin
20: tweintich
24: fjouwerentweintich
30: tritich
60: sechstich
90: njoggentich
100: hûndert, ienhûndert

[references]
gdpr: avg, afg, algemiene feroardening gegevensbeskerming, algemene verordening gegevensbescherming, gdpr, 2016/679
ccpa: ccpa, california consumer privacy act
cpra: cpra, california privacy rights act
coppa: coppa
lgpd: lgpd, braziliaanske algemiene wet gegevensbeskerming, lei geral de proteção de dados
pipeda: pipeda, personal information protection and electronic documents act

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
brûkersbetingsten
tsjinstbetingsten
algemiene betingsten
tapaslik rjocht
tapaslik rjocht en befoege rjochter
tapaslik rjocht en skelen
befoege rjochter
jurisdiksje
skiedberens
dielberens
folsleine oerienkomst
gjin ôfstân fan rjochten
ôfstân fan rjochten
oermacht
disclaimer
frijwaring
beheining fan oanspraaklikens
oersettingen
oersetting
oare oersettingen
taalferzjes
de ingelske ferzje is liedend
foarrang fan de ingelske ferzje
de nederlânske ferzje is liedend
lisinsje
auteursrjocht
copyright
tankbetsjûgingen
ynhâldsopjefte
seksjes

[intro]
heading: ynlieding concept=introduction
heading: yntroduksje concept=introduction
heading: wa binne wy concept=who-we-are
heading: oer ús concept=who-we-are
heading: oer dizze privacyferklearring concept=about-this-policy
heading: berik concept=scope
heading: tapassingsgebiet concept=scope
heading: algemien concept=introduction
heading: ferwurkingsferantwurdlike concept=who-we-are
heading: wa is ferantwurdlik concept=who-we-are
heading: ferantwurdlike foar de ferwurking concept=who-we-are
# Added with the shared concept inventory (concepts.txt): heading cues real policies use.
heading: oersjoch concept=summary
heading: gearfetting concept=summary
heading: yn it koart concept=summary
heading: oer dit privacybelied concept=about-this-policy
heading: op wa is dizze privacyferklearring fan tapassing concept=scope
heading: tapaslikens concept=scope
heading: ús ynset foar jo privacy concept=commitment-to-privacy
heading: jo privacy is wichtich concept=commitment-to-privacy
heading: jo akseptaasje concept=acceptance
heading: akkoard mei dizze privacyferklearring concept=acceptance
heading: privacyferklearring weight=0.5 concept=privacy-policy-title
heading: privacybelied weight=0.5 concept=privacy-policy-title
heading: privacyreglemint weight=0.5 concept=privacy-policy-title
body: dizze privacyferklearring weight=0.5 concept=this-privacy-policy
body: dit privacybelied weight=0.5 concept=this-privacy-policy
body: is fan tapassing weight=2 concept=policy-applies-to
body: fan tapassing op weight=1.5 concept=policy-applies-to
body: troch gebrûk te meitsjen weight=2 concept=by-using
body: troch it gebrûk weight=1.5 concept=by-using
body: akkoard weight=1.5 concept=acceptance-of-policy
body: akseptear* weight=1.5 concept=acceptance-of-policy
body: beskriuwt weight=1 concept=policy-describes
body: leit út weight=1 concept=policy-describes
body: hjirnei weight=2 concept=referred-to-as
body: ferwurkingsferantwurdlike weight=1.5
body: ferantwurdlik foar de ferwurking weight=1.5
body: kvk weight=1.5
body: fêstige weight=1.5
body: website weight=0.3 concept=website
body: webside weight=0.3 concept=website
body: tsjinsten weight=0.3 concept=services
# Added with the shared concept inventory (concepts.txt): terms real policies use.
body: dizze privacyferklearring beskriuwt weight=2.5 concept=policy-describes
body: dit privacybelied leit út weight=2.5 concept=policy-describes
body: net fan tapassing weight=1.5 concept=policy-applies-to
body: as jo net akkoard geane weight=2 concept=if-you-do-not-agree
body: respektearje jo privacy weight=2 concept=committed-to-privacy
body: wy hechtsje grutte wearde oan weight=2 concept=committed-to-privacy
body: brûkersbetingsten weight=1 concept=terms-of-use
body: algemiene betingsten weight=1 concept=terms-of-use
body: lês dizze privacyferklearring weight=1.5 concept=please-read
body: privacy weight=0.3 concept=privacy
body: ûndernimming weight=0.3 concept=company
body: bedriuw weight=0.3 concept=company

[definitions]
heading: definysjes concept=definitions
heading: begripen concept=key-terms
heading: begripsomskriuwingen concept=definitions
heading: wurdlist concept=key-terms
heading: ferklearring fan begripen concept=key-terms
heading: ynterpretaasje concept=interpretation
# Added with the shared concept inventory (concepts.txt): heading cues real policies use.
heading: wat bedoele wy mei concept=what-we-mean-by
heading: wat ferstean wy ûnder concept=what-we-mean-by
heading: ynterpretaasje en definysjes concept=interpretation
body: wurdt ferstien weight=3 concept=means
body: ferstean ûnder weight=3 concept=means
body: betsjut weight=3 concept=means
body: ferwiist nei weight=2 concept=refers-to
body: yn de sin fan weight=2 concept=as-used-in-this-policy
body: foar de tapassing fan weight=2 concept=as-used-in-this-policy
body: definysje* weight=2 concept=defined-terms-intro
body: begrip* weight=2 concept=defined-terms-intro
body: alle ynformaasje weight=1.5 concept=personal-data-means
body: natuerlike persoan weight=1.5 concept=identifiable-person
body: identifisearbere weight=1.5 concept=identifiable-person
body: belutsene weight=1 concept=gdpr-roles
body: ferwurker weight=1 concept=gdpr-roles
body: pseudonimisearring weight=1.5
body: omfettet weight=0.5 concept=includes
# Added with the shared concept inventory (concepts.txt): terms real policies use.
body: persoansgegevens binne weight=3 concept=personal-data-means
body: identifisearre of identifisearbere weight=2.5 concept=identifiable-person
body: hjirnei te neamen weight=2 concept=hereinafter
body: ferwurkingsferantwurdlike weight=1 concept=gdpr-roles
body: brûker weight=0.3 concept=user
body: persoansgegevens weight=0.2 concept=personal-data

[collection]
heading: hokker gegevens sammelje wy concept=what-we-collect
heading: hokker persoansgegevens wy ferwurkje concept=what-we-collect
heading: hokker persoansgegevens ferwurkje wy concept=what-we-collect
heading: gegevens dy't wy sammelje concept=what-we-collect
heading: hokker gegevens concept=what-we-collect
heading: sammeljen fan gegevens concept=collection-of-information
heading: kategoryen persoansgegevens concept=categories-of-data
heading: hoe krije wy jo gegevens concept=how-we-collect
heading: boarne fan de gegevens concept=sources-of-information
# Added with the shared concept inventory (concepts.txt): heading cues real policies use.
heading: gegevenssamling concept=collection-of-information
heading: boarnen fan persoansgegevens concept=sources-of-information
heading: gegevens dy't jo ús jouwe concept=information-you-provide
heading: gegevens dy't jo sels ferstrekke concept=information-you-provide
heading: kontaktformulier weight=3 concept=information-you-provide
heading: automatysk sammele gegevens concept=collected-automatically
heading: gegevens dy't wy automatysk sammelje concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: op jo apparaat bliuwt weight=2 concept=on-device-data
heading: bliuwt op jo apparaat weight=2 concept=on-device-data
heading: lokaal ferwurke weight=2 concept=on-device-data
heading: lokaal bewarre gegevens weight=2 concept=on-device-data
heading: lokale ferwurking weight=2 concept=on-device-data
heading: ferwurking op it apparaat weight=2 concept=on-device-data
heading: hoe sammelje wy jo gegevens concept=how-we-collect
heading: kategoryen fan persoansgegevens concept=categories-of-data
body: sammel* weight=2 concept=we-collect
body: krije weight=1.5 concept=we-collect
body: krigen weight=1.5 concept=we-collect
body: kategoryen weight=1.5 concept=data-categories
body: dy't jo ús jouwe weight=2 concept=you-provide
body: sels oan ús weight=2 concept=you-provide
body: ferstrek* weight=1.5 concept=you-provide
body: automatysk weight=1.5 concept=automatically
body: formulier* weight=1.5 concept=forms
body: kontaktformulier weight=1.5 concept=forms
body: efternamme weight=1.5 concept=name
body: namme weight=0.5 concept=name
body: e-mailadres weight=1.5 concept=contact-details
body: telefoannûmer weight=1.5 concept=contact-details
body: ip-adres weight=1.5 concept=device-data
body: surfgedrach weight=2 concept=usage-data
body: betelgegevens weight=1 concept=payment-data
body: browsertype weight=1 concept=device-data
body: lokaasjegegevens weight=1 concept=location-data
body: boarnen weight=1.5 concept=sources
# Added with the shared concept inventory (concepts.txt): terms real policies use.
body: kategoryen persoansgegevens weight=2.5 concept=data-categories
body: iepenbier beskikbere weight=2 concept=publicly-available
body: iepenbiere boarnen weight=2 concept=publicly-available
body: bestjoeringssysteem weight=2 concept=device-data
body: gebrûksgegevens weight=2 concept=usage-data
body: demografyske weight=1.5 concept=demographic-data
body: account weight=0.3 concept=account
body: gegevens weight=0.1 concept=information
# Headings asking which personal data are processed (GDPR style): "What personal data do we process?"
heading: hokker persoansgegevens concept=what-we-collect

[use]
heading: hoe brûke wy jo gegevens concept=how-we-use
heading: wêrfoar brûke wy jo gegevens concept=how-we-use
heading: gebrûk fan jo gegevens concept=use-of-information
heading: doelen concept=purposes-of-processing
heading: doel fan de ferwurking concept=purposes-of-processing
heading: doelen fan de ferwurking concept=purposes-of-processing
heading: wêrom ferwurkje wy jo gegevens concept=why-we-collect
heading: mei hokker doel concept=why-we-collect
heading: hoe brûke wy concept=how-we-use
# Added with the shared concept inventory (concepts.txt): heading cues real policies use.
heading: wêrom sammelje wy jo gegevens concept=why-we-collect
heading: ferwurking fan persoansgegevens concept=processing-of-personal-data
heading: ferwurking fan jo persoansgegevens concept=processing-of-personal-data
heading: hoe ferwurkje wy jo persoansgegevens concept=processing-of-personal-data
heading: automatisearre beslút* concept=automated-decision-making
body: doelen weight=2.5 concept=purposes
body: doel weight=2 concept=purposes
body: mei as doel weight=2 concept=purposes
body: brûk* weight=1 concept=we-use
body: gebrûk* weight=1 concept=we-use
body: útfiere weight=1.5 concept=to-fulfil
body: ôfhannel* weight=2 concept=to-fulfil
body: ferwurkjen fan jo bestelling weight=2 concept=to-process-transactions
body: om jo te weight=1
body: ferbetter* weight=1.5 concept=to-improve
body: personalisear* weight=1.5 concept=to-personalise
body: profilearring weight=2 concept=profiling
body: automatisearre beslútfoarming weight=1.5 concept=automated-decisions
body: fraude weight=1.5 concept=to-prevent-fraud
body: statisty* weight=1 concept=to-analyse
body: tastjoere weight=1.5 concept=to-send
body: klanteservice weight=1
# Added with the shared concept inventory (concepts.txt): terms real policies use.
body: wy brûke weight=2 concept=we-use
body: foar de folgjende doelen weight=2.5 concept=following-purposes
body: leverjen fan ús tsjinsten weight=1.5 concept=to-provide
body: behearen fan jo account weight=1.5 concept=to-administer
body: ûntwikkeljen fan nije weight=2 concept=to-develop
body: ôfstimme op weight=1.5 concept=to-personalise
body: kommunisearje weight=2 concept=to-communicate
body: beäntwurdzjen fan jo fragen weight=1.5 concept=to-respond
body: analysearje weight=1 concept=to-analyse
body: oplossen fan problemen weight=2 concept=to-troubleshoot
body: merkûndersyk weight=1.5 concept=research
body: ferwurkjen fan betellingen weight=1.5 concept=to-process-transactions
body: wetlike ferplichtingen neikomme weight=1 concept=to-comply-with-law

[legal-basis]
heading: grûnslach concept=legal-basis
heading: grûnslaggen concept=legal-basis
heading: rjochtsgrûn concept=legal-basis
heading: wetlike grûnslach concept=legal-basis
heading: grûnslach foar de ferwurking concept=legal-basis
heading: grûnslach foar it ferwurkjen concept=legal-basis
heading: op hokker grûnslach concept=why-allowed
heading: rjochtmjittigens fan de ferwurking concept=legal-basis
# Added with the shared concept inventory (concepts.txt): heading cues real policies use.
heading: wêrom meie wy jo gegevens ferwurkje concept=why-allowed
body: grûnslach* weight=3 concept=legal-basis-term
body: rjochtsgrûn weight=3 concept=legal-basis-term
body: rjochtfeardich belang weight=3 concept=legitimate-interests
body: rjochtfeardige belangen weight=3 concept=legitimate-interests
body: útfiering fan in oerienkomst weight=2.5 concept=performance-of-contract
body: útfiering fan de oerienkomst weight=2.5 concept=performance-of-contract
body: prekontraktuele weight=2 concept=performance-of-contract
body: wetlike ferplichting weight=2.5 concept=legal-obligation
body: wetlike plicht weight=2 concept=legal-obligation
body: fitale belangen weight=2 concept=vital-interests
body: algemien belang weight=2 concept=public-interest
body: publike taak weight=2 concept=public-interest
body: kêst 6 weight=2.5 concept=article-6
body: rjochtmjittich* weight=2 concept=lawful
body: op basis fan weight=1.5 concept=on-the-basis-of
body: tastimming weight=1 concept=consent-as-basis
body: avg weight=1
body: nedich weight=0.5 concept=necessary
# Added with the shared concept inventory (concepts.txt): terms real policies use.
body: fûnemintele rjochten en frijheden weight=2.5 concept=balancing-test
body: belangeôfweging weight=3 concept=balancing-test
body: ferwurking is nedich weight=2.5 concept=processing-necessary

[consent]
heading: tastimming concept=your-consent
heading: jo tastimming concept=your-consent
heading: ynlûken fan tastimming concept=withdrawal-of-consent
heading: tastimming ynlûke concept=withdrawal-of-consent
heading: ynlûking fan tastimming concept=withdrawal-of-consent
heading: ynstimming concept=your-consent
body: tastimming weight=2.5 concept=you-consent
body: ynlûk* weight=2.5 concept=withdraw
body: ynlutsen weight=2.5 concept=withdraw
body: op elk momint weight=1 concept=at-any-time
body: foar de ynlûking weight=2 concept=without-affecting-lawfulness
body: útdruklik* weight=1 concept=explicit-consent
body: ûndûbelsinnich* weight=1.5 concept=freely-given
body: frijwillich weight=1 concept=freely-given
body: ynstimm* weight=2 concept=you-consent
body: akkoard weight=1 concept=you-agree
body: opt-in weight=2 concept=opt-in
# Added with the shared concept inventory (concepts.txt): terms real policies use.
body: útdruklike tastimming weight=2.5 concept=explicit-consent
body: geane jo akkoard weight=1.5 concept=you-agree
body: betinke weight=2 concept=change-your-mind
body: tastean weight=1.5 concept=permission

[sharing]
heading: dielen fan gegevens concept=sharing-of-information
heading: mei wa diele wy jo gegevens concept=who-we-share-with
heading: diele mei tredden concept=third-parties
heading: ferstrekking oan tredden concept=third-parties
heading: ûntfangers concept=who-we-share-with
heading: ûntfangers fan persoansgegevens concept=who-we-share-with
# Capital U without its accent (see the file header).
heading: untfangers concept=who-we-share-with
heading: untfangers fan persoansgegevens concept=who-we-share-with
heading: oan wa concept=who-we-share-with
heading: trochjefte oan tredden concept=third-parties
heading: iepenbiermakking concept=disclosure-of-information
# Added with the shared concept inventory (concepts.txt): heading cues real policies use.
heading: hoe diele wy jo gegevens concept=how-we-share
heading: tredden concept=third-parties
heading: tsjinstferlieners concept=service-providers-heading
heading: ferwurkers concept=service-providers-heading
heading: bedriuwsoernames concept=business-transfers
heading: fúzje of oername concept=business-transfers
heading: wetlike fersiken concept=legal-requests
heading: rjochtshanthavening concept=legal-requests
heading: ferkeapje wy jo gegevens concept=sale-of-information
heading: ferkeap fan persoansgegevens concept=sale-of-information
body: diele weight=1.5 concept=share
body: dield weight=2 concept=share
body: ferstrekking weight=2 concept=disclose
body: ferstrek* weight=1.5 concept=disclose
body: ûntfanger* weight=2.5 concept=recipients
body: trochjaan weight=1.5 concept=share
body: tredden weight=1 concept=third-parties-term
body: mei tredden weight=1.5 concept=third-parties-term
body: oan tredden weight=1.5 concept=third-parties-term
body: ferwurkers weight=2 concept=service-providers
body: tsjinstferlieners weight=2 concept=service-providers
body: leveransiers weight=1.5 concept=service-providers
body: ûnderoannimmer* weight=1.5 concept=service-providers
body: groepsmaatskippijen weight=2 concept=affiliates
body: ferbûne ûndernimmingen weight=2 concept=affiliates
body: dochterûndernimmingen weight=1.5 concept=affiliates
body: autoriteiten weight=1.5 concept=authorities
body: plysje weight=1.5 concept=authorities
body: rjochterlik befel weight=1.5 concept=legal-process
body: fúzje weight=2 concept=corporate-transaction
body: oername weight=1.5 concept=corporate-transaction
body: ferkeap weight=1 concept=sell
body: net ferkeapje weight=2 concept=sell
body: iepenbier* weight=1.5 concept=disclose
# Added with the shared concept inventory (concepts.txt): terms real policies use.
body: út namme fan ús weight=1.5 concept=on-our-behalf
body: yn opdracht fan ús weight=1.5 concept=on-our-behalf
body: saaklike partners weight=1.5 concept=business-partners
body: partners weight=1 concept=business-partners
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: trochjefte fan gegevens oan tredden concept=transfer-to-third-parties
heading: ferstrekking fan gegevens oan tredden concept=transfer-to-third-parties
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: betellingen weight=2 concept=payments-purchases
heading: betellingsferwurking weight=3 concept=payments-purchases
heading: oankeapen weight=2 concept=payments-purchases
heading: abonneminten weight=2 concept=payments-purchases

[cookies]
heading: cookies concept=cookies
heading: cookiebelied concept=cookies
heading: cookieferklearring concept=cookies
heading: gebrûk fan cookies concept=cookies
heading: cookies en fergelykbere techniken concept=tracking-technologies
heading: trackingtechnologyen concept=tracking-technologies
heading: wat binne cookies concept=cookies
# Added with the shared concept inventory (concepts.txt): heading cues real policies use.
heading: web beacons concept=web-beacons
heading: pixels concept=web-beacons
heading: logbestannen concept=log-files
heading: analyse concept=analytics
heading: analytyske tsjinsten concept=analytics
body: cookie* weight=3 concept=cookie
body: lytse tekstbestannen weight=3 concept=text-files
body: tekstbestân* weight=2.5 concept=text-files
body: fergelykbere techniken weight=2 concept=tracking-technology
body: fergelykbere technologyen weight=2 concept=tracking-technology
body: web beacons weight=2 concept=web-beacon
body: pixel* weight=2 concept=web-beacon
body: logbestannen weight=2 concept=log-file
body: google analytics weight=2 concept=analytics-term
body: analytysk* weight=1.5 concept=analytics-term
body: sesjecookies weight=2 concept=cookie-lifetime
body: permaninte weight=1.5 concept=cookie-lifetime
body: funksjonele weight=1.5 concept=cookie-categories
body: tracking weight=1.5 concept=tracking-technology
body: trackers weight=1.5 concept=tracking-technology
body: folgers weight=1.5 concept=tracking-technology
body: opslein weight=1
body: browserynstellingen weight=1.5 concept=browser-settings
body: browser weight=1 concept=browser
body: apparaat weight=0.5 concept=device
# Added with the shared concept inventory (concepts.txt): terms real policies use.
body: lokale opslach weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: strikt needsaaklike weight=2.5 concept=cookie-categories
body: sdk* weight=2 concept=sdk
body: fingerprinting weight=2.5 concept=fingerprinting

[advertising]
heading: advertinsjes concept=advertising
heading: reklame concept=advertising
heading: marketing concept=marketing
heading: direct marketing concept=marketing
heading: nijsbrief concept=marketing-communications
heading: personalisearre advertinsjes concept=interest-based-advertising
heading: kommersjele kommunikaasje concept=marketing-communications
heading: marketingkommunikaasje concept=marketing-communications
# Added with the shared concept inventory (concepts.txt): heading cues real policies use.
heading: advertinsjes fan tredden concept=third-party-advertising
heading: advertinsjenetwurken concept=third-party-advertising
heading: op ynteresses basearre advertinsjes concept=interest-based-advertising
body: advertinsje* weight=2.5 concept=ads
body: advertearders weight=2.5 concept=ad-networks
body: reklame weight=2.5 concept=ads
body: marketing weight=2 concept=marketing-purposes
body: direct marketing weight=2.5 concept=marketing-purposes
body: nijsbrie* weight=2 concept=marketing-messages
body: kommersjele weight=1.5 concept=marketing-messages
body: promoasje* weight=2 concept=promotions
body: oanbieding* weight=2 concept=promotions
body: op ynteresses basearre weight=2 concept=interest-based
body: remarketing weight=2 concept=retargeting
body: retargeting weight=2 concept=retargeting
body: kampanjes weight=1.5 concept=ad-measurement
body: aksjes weight=1 concept=promotions
body: ynteresses weight=0.5 concept=interests
# Added with the shared concept inventory (concepts.txt): terms real policies use.
body: advertinsjenetwurk* weight=3 concept=ad-networks
body: advertinsjepartners weight=3 concept=ad-networks
body: rjochte advertinsjes weight=2 concept=interest-based
body: foar marketingdoelen weight=2 concept=marketing-purposes
body: your online choices weight=3 concept=ad-industry-programs
body: effektiviteit weight=2 concept=ad-measurement

[do-not-track]
heading: do not track concept=do-not-track
heading: net folgje concept=do-not-track
heading: do not track-sinjalen concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: wrâldwide privacykontrôle concept=global-privacy-control
heading: foarkarsinjalen concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: net folgje weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: wrâldwide privacykontrôle weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: sinjaal weight=2 concept=opt-out-preference-signal
body: sinjalen weight=2 concept=opt-out-preference-signal
body: reagearje net weight=2 concept=do-not-respond
body: standert weight=1 concept=no-uniform-standard
body: folgje weight=1 concept=cross-site-tracking
body: foarkar* weight=1 concept=opt-out-preference-signal
body: browserynstellingen weight=1
body: browser weight=1 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt): terms real policies use.
body: uniforme standert weight=3 concept=no-uniform-standard
body: respektearje weight=1.5 concept=honor-signals

[choices]
heading: jo karren concept=your-choices
heading: karmooglikheden concept=your-choices
heading: jo foarkarren concept=managing-preferences
heading: ôfmelde concept=unsubscribing
heading: ôfmelde foar de nijsbrief concept=unsubscribing
heading: útskriuwe concept=unsubscribing
heading: ofmelde concept=unsubscribing                           # capital O, U without their accents
heading: utskriuwe concept=unsubscribing
heading: kontrôle oer jo gegevens concept=your-choices
heading: beswier tsjin direct marketing concept=opting-out
# Added with the shared concept inventory (concepts.txt): heading cues real policies use.
heading: opt-out concept=opting-out
heading: foarkarren beheare concept=managing-preferences
body: ôfmeld* weight=3 concept=unsubscribe
body: útskriuw* weight=3 concept=unsubscribe
body: opt-out weight=2 concept=opt-out
body: jo kinne kieze weight=2.5 concept=choose-not-to
body: karmooglikheden weight=2 concept=choose-not-to
body: kieze weight=1 concept=choose-not-to
body: opsjes weight=1.5 concept=preferences
body: foarkarren weight=1.5 concept=preferences
body: beswier meitsje weight=1.5 concept=decline
body: útskeakelje weight=1.5 concept=disable
body: wegerje weight=1.5 concept=decline
body: net ferstrekke weight=1.5 concept=consequences-of-refusal
body: ynstellingen weight=1 concept=settings
body: keppeling weight=1 concept=unsubscribe-link
body: beslute weight=1 concept=choose-not-to
body: ûntfange weight=0.5 concept=receive
# Added with the shared concept inventory (concepts.txt): terms real policies use.
body: promoasje-e-mails weight=2 concept=promotional-emails
body: pushnotifikaasjes weight=2 concept=device-permissions
body: lokaasjetsjinsten weight=2 concept=device-permissions
body: ûnderoan elk e-mailberjocht weight=1.5 concept=unsubscribe-link

[rights]
heading: jo rjochten concept=your-rights
heading: jo privacyrjochten concept=your-rights
heading: rjochten fan belutsenen concept=your-rights
heading: hokker rjochten hawwe jo concept=your-rights
heading: hoe kinne jo jo rjochten útoefenje concept=exercising-rights
heading: útoefenjen fan jo rjochten concept=exercising-rights
heading: utoefenjen fan jo rjochten concept=exercising-rights      # capital U without its accent
heading: rjocht op ynsjoch concept=access-and-correction
heading: ynsjoch en korreksje concept=access-and-correction
heading: ynsjen of bywurkje weight=2 concept=access-and-correction
# Added with the shared concept inventory (concepts.txt): heading cues real policies use.
heading: machtige fertsjintwurdigers concept=authorized-agents
body: ynsjoch weight=3 concept=right-of-access
body: machtige* weight=2 concept=authorized-agent
body: yn te sjen weight=2.5 concept=right-of-access
body: ynsjen weight=2 concept=right-of-access
body: it rjocht om weight=1.5
body: rektifikaasje weight=3 concept=rectification
body: korreksje weight=2 concept=rectification
body: korrizjearje weight=2 concept=rectification
body: ferwidering weight=2.5 concept=erasure
body: wiskjen weight=3 concept=erasure
body: rjocht om ferjitten te wurden weight=2.5 concept=erasure
body: oerdraachberens weight=3 concept=portability
body: dataportabiliteit weight=3 concept=portability
body: beheining fan de ferwurking weight=3 concept=restriction
body: beswier weight=2 concept=right-to-object
body: útoefen* weight=2.5 concept=exercise-rights
body: berop dwaan weight=2 concept=exercise-rights
body: rjochten weight=1.5
body: tasjochhâldende autoriteit weight=2.5 concept=complaint-to-authority
body: autoriteit persoansgegevens weight=3 concept=complaint-to-authority
body: autoriteit persoonsgegevens weight=3 concept=complaint-to-authority   # the authority's Dutch name
body: klacht weight=2 concept=complaint-to-authority
body: kopy weight=1 concept=copy-of-data
body: identiteit weight=1 concept=verify-identity
body: fersyk weight=1 concept=request
# Added with the shared concept inventory (concepts.txt): terms real policies use.
body: rjocht op ynsjoch weight=3 concept=right-of-access
body: jo identiteit te ferifiearjen weight=2 concept=verify-identity
body: diskrimin* weight=1.5 concept=non-discrimination
body: rjochten fan belutsenen weight=2 concept=data-subject-rights
body: tagong weight=1.5 concept=access

[retention]
heading: bewartermyn concept=retention-period
heading: bewarterminen concept=retention-period
heading: bewarperioade concept=retention-period
heading: hoe lang bewarje wy jo gegevens concept=how-long-we-keep
heading: bewarjen fan gegevens concept=data-retention
heading: bewarjen fan persoansgegevens concept=data-retention
heading: opslach fan gegevens concept=storage-and-retention
# Added with the shared concept inventory (concepts.txt): heading cues real policies use.
heading: opslach en bewarjen concept=storage-and-retention
heading: bewarje en ferwiderje concept=retention-and-deletion
heading: bewarjen en ferwidering concept=retention-and-deletion
body: bewar* weight=2.5 concept=retain
body: bewarje weight=2.5 concept=keep
body: net langer as weight=2.5 concept=no-longer-needed
body: termyn* weight=2 concept=retention-criteria
body: net langer as nedich weight=3 concept=no-longer-needed
body: sa lang as weight=2 concept=as-long-as-necessary
body: salang weight=2 concept=as-long-as-necessary
body: wetlike bewarplicht weight=3 concept=legal-retention-requirements
body: fiskale bewarplicht weight=2.5 concept=legal-retention-requirements
body: ferwidere weight=2 concept=destroy
body: ferwiderje weight=1.5 concept=destroy
body: fuortsmit* weight=1.5 concept=destroy
body: ferneatig* weight=1 concept=destroy
body: anonimisear* weight=1.5 concept=anonymise
body: perioade weight=1.5 concept=retention-criteria
body: jier weight=1 concept=years
body: moannen weight=1
# Added with the shared concept inventory (concepts.txt): terms real policies use.
body: sa lang as nedich weight=3 concept=as-long-as-necessary
body: argyf* weight=2 concept=archive
body: argivear* weight=2 concept=archive
body: ynaktive weight=2 concept=inactive-accounts
body: opslaan weight=1 concept=store

[security]
heading: befeiliging concept=data-security
heading: befeiliging fan gegevens concept=data-security
heading: gegevensbefeiliging concept=data-security
heading: befeiligingsmaatregels concept=security-measures
heading: hoe befeiligje wy jo gegevens concept=how-we-protect
heading: feilichheid concept=data-security
# Added with the shared concept inventory (concepts.txt): heading cues real policies use.
heading: hoe beskermje wy jo gegevens concept=how-we-protect
heading: beskerming fan jo gegevens concept=how-we-protect
body: befeilig* weight=2.5 concept=secure
body: passende technyske en organisatoaryske maatregels weight=3 concept=technical-organisational-measures
body: technyske en organisatoaryske maatregels weight=3 concept=technical-organisational-measures
body: organisatoaryske weight=2 concept=technical-organisational-measures
body: fersifer* weight=2.5 concept=encryption
body: enkripsje weight=2.5 concept=encryption
body: ssl weight=2 concept=encryption
body: tls weight=2 concept=encryption
body: ûnbefoege weight=2.5 concept=unauthorized-access
body: net autorisearre weight=2 concept=unauthorized-access
body: ferlies weight=1.5 concept=loss-misuse-alteration
body: misbrûk weight=1.5 concept=loss-misuse-alteration
body: fertroulik* weight=1.5 concept=confidentiality
body: firewall* weight=2 concept=technical-controls
body: datalek* weight=2.5 concept=breach
body: wachtwurd* weight=1.5 concept=technical-controls
body: feilichheid weight=1.5 concept=secure
body: beskermje weight=1 concept=protect
body: garandearje weight=0.5 concept=ensure
# Added with the shared concept inventory (concepts.txt): terms real policies use.
body: passende maatregels weight=2.5 concept=safeguards
body: fysike weight=1.5 concept=physical-safeguards
body: tagongskontrôle weight=2.5 concept=technical-controls
body: net garandearje weight=2.5 concept=no-guarantee
body: gongbere standerts weight=2 concept=industry-standard

[children]
heading: bern concept=childrens-privacy
heading: minderjierrigen concept=minors
heading: privacy fan bern concept=childrens-privacy
heading: gegevens fan bern concept=childrens-privacy
heading: minimumleeftyd concept=age-limits
heading: leeftydsgrins concept=age-limits
body: bern weight=3 concept=children
body: minderjierrich* weight=3 concept=minors-teens
body: jonger as 16 jier weight=2.5 concept=age-threshold
body: jonger as 13 jier weight=2 concept=age-threshold
body: ûnder de 16 weight=2 concept=age-threshold
body: leeftyd weight=2 concept=age
body: âlden weight=2.5 concept=parents-guardians
body: fâd weight=2.5 concept=parents-guardians
body: wetlike fertsjintwurdiger weight=2 concept=parents-guardians
body: tastimming fan âlden weight=2.5 concept=parental-consent
body: âlderlike tastimming weight=2.5 concept=parental-consent
body: bewust weight=1.5 concept=knowingly-collect
body: coppa weight=3 concept=coppa
body: rjochte op weight=1 concept=not-directed-to-children
# Added with the shared concept inventory (concepts.txt): terms real policies use.
body: tieners weight=2.5 concept=minors-teens
body: jongerein weight=2 concept=minors-teens
body: as wy ûntdekke weight=2 concept=if-we-learn
# Concept `minor` (the bare English word, weak because also "minor changes") left out: fy has no such ambiguous word; minderjierrich* carries the idea.

[international]
heading: ynternasjonale trochjefte concept=international-transfers
heading: trochjefte bûten de eer concept=international-transfers
heading: trochjefte nei tredde lannen concept=international-transfers
heading: gegevens bûten de europeeske uny concept=international-transfers
heading: ynternasjonale gegevensoerdracht concept=international-transfers
heading: wêr wurde jo gegevens opslein concept=where-we-store
heading: opslach fan gegevens concept=where-we-store
# Added with the shared concept inventory (concepts.txt): heading cues real policies use.
heading: trochjefte fan gegevens concept=data-transfers
heading: gegevensoerdracht concept=data-transfers
body: trochjefte weight=3 concept=transfer
body: trochjûn weight=2 concept=transfer
body: tredde lannen weight=3 concept=other-countries
body: bûten de europeeske ekonomyske romte weight=3 concept=eea
body: bûten de eer weight=3 concept=eea
body: bûten de eu weight=2.5 concept=eea
body: europeeske ekonomyske romte weight=2 concept=eea
body: eer weight=1.5 concept=eea
body: modelkontraktbepalingen weight=3 concept=transfer-safeguards
body: standertkontraktbepalingen weight=3 concept=transfer-safeguards
body: adekwaatheidsbeslút weight=3 concept=adequacy
body: passend beskermingsnivo weight=2.5 concept=adequacy
body: passende garânsjes weight=2 concept=transfer-safeguards
body: data privacy framework weight=2.5 concept=privacy-frameworks
body: privacy shield weight=2 concept=privacy-frameworks
body: feriene steaten weight=1.5 concept=united-states
body: servers weight=1.5 concept=server-location
body: ynternasjonale weight=2 concept=cross-border
body: europeeske uny weight=1 concept=eea
# Added with the shared concept inventory (concepts.txt): terms real policies use.
body: grinsoerskriedend* weight=3 concept=cross-border
body: oare lannen weight=2.5 concept=other-countries
body: bindende bedriuwsregels weight=3 concept=transfer-safeguards
body: jurisdiksjes weight=2 concept=jurisdictions
body: wrâldwiid weight=1.5 concept=around-the-world
body: net itselde beskermingsnivo weight=2 concept=less-protective

[regional]
heading: ynwenners fan kalifornje concept=california
heading: ynformaasje foar ynwenners fan kalifornje concept=california
heading: kalifornyske privacyrjochten concept=california
heading: oanfoljende ynformaasje per lân concept=jurisdiction-specific
heading: lânspesifike bepalingen concept=jurisdiction-specific
heading: brûkers yn belgje concept=jurisdiction-specific
heading: regionale kennisjouwingen concept=jurisdiction-specific
# Added with the shared concept inventory (concepts.txt): heading cues real policies use.
heading: ynwenners fan nevada concept=us-state-rights
heading: privacyrjochten yn amerikaanske steaten concept=us-state-rights
heading: ynformaasje foar ynwenners fan de eer concept=eea-gdpr-notice
heading: neilibjen fan de avg concept=eea-gdpr-notice
body: kalifornje weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: shine the light weight=2.5 concept=california-law
body: ynwenners weight=2 concept=residents
body: ynwenner weight=2 concept=residents
body: konsuminten weight=1.5 concept=consumers
body: ferkeap fan persoansgegevens weight=2 concept=do-not-sell
body: gefoelige persoansgegevens weight=1.5
body: nevada weight=2.5 concept=us-states
body: virginia weight=2 concept=us-states
body: lgpd weight=2.5 concept=brazil-lgpd
body: brazylje weight=1.5 concept=brazil-lgpd
body: kanada weight=1.5 concept=canada-pipeda
body: pipeda weight=2.5 concept=canada-pipeda
body: belgje weight=1.5
body: jurisdiksje weight=1.5
body: steat weight=0.5 concept=state
# Added with the shared concept inventory (concepts.txt): terms real policies use.
body: ferkeapje myn gegevens net weight=3 concept=do-not-sell
body: ferkeapje of diele weight=3 concept=do-not-sell
body: te ferkeapjen of te dielen weight=3 concept=do-not-sell
body: finansjele prikels weight=3 concept=financial-incentives
body: ôfrûne 12 moannen weight=3 concept=preceding-12-months
body: avg weight=2.5 concept=eu-gdpr
body: afg weight=2.5 concept=eu-gdpr
body: kontekstoerskriedende gedrachsreklame weight=3 concept=cross-context-advertising
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

[third-party-sites]
heading: keppelingen nei oare websites concept=links-to-other-sites
heading: websites fan tredden concept=third-party-websites
heading: tsjinsten fan tredden concept=third-party-services
heading: eksterne keppelingen concept=links-to-other-sites
heading: keppelings nei oare websites concept=links-to-other-sites
heading: sosjale media concept=social-media-plugins
heading: sosjale-mediaplugins concept=social-media-plugins
# Added with the shared concept inventory (concepts.txt): heading cues real policies use.
heading: oare websites concept=third-party-websites
heading: privacyferklearrings fan tredden concept=third-party-privacy-policies
body: links weight=2.5 concept=links
body: keppeling* weight=2.5 concept=links
body: hyperlink* weight=2 concept=links
body: websites fan tredden weight=3 concept=other-sites
body: siden fan tredden weight=3 concept=other-sites
body: net ferantwurdlik weight=2.5 concept=not-responsible
body: gjin ferantwurdlikens weight=2.5 concept=not-responsible
body: gjin ynfloed weight=2 concept=not-responsible
body: gjin kontrôle weight=2 concept=not-responsible
body: eigen privacyferklearring weight=2.5 concept=their-privacy-policies
body: privacyferklearrings weight=1.5 concept=their-privacy-policies
body: plugin* weight=2 concept=plugins
body: sosjale media weight=2 concept=plugins
body: social media weight=2 concept=plugins
body: eksterne weight=1.5 concept=other-sites
body: klikke weight=1.5 concept=links
body: ferlitte weight=1.5 concept=leave-our-site
body: riede jo oan weight=1 concept=encourage-review
body: ynhâld weight=0.5 concept=content
# Added with the shared concept inventory (concepts.txt): terms real policies use.
body: apps fan tredden weight=2 concept=third-party-applications
body: trochlêze weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: social media concept=social-media-presence
heading: sosjale netwurken concept=social-media-presence
heading: oanwêzigens op sosjale media concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: sammele troch tredden concept=third-party-data-collection
heading: troch tredden sammele gegevens concept=third-party-data-collection
heading: oare partijen kinne sammelje concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: netwurkferbiningen weight=2 concept=network-connections
heading: eksterne ferbiningen weight=2 concept=network-connections
heading: jo apparaat ferlitte weight=2 concept=network-connections
heading: jo apparaat ferlit weight=2 concept=network-connections
heading: oer it ynternet ferstjoerd weight=2 concept=network-connections
heading: oer it ynternet giet weight=2 concept=network-connections
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
heading: wizigingen concept=amendments
heading: wiziging concept=amendments
heading: wizigingen yn dizze privacyferklearring concept=changes-to-policy
heading: wiziging fan it privacybelied concept=changes-to-policy
heading: oanpassingen concept=amendments
heading: fernijingen fan dizze privacyferklearring concept=policy-updates
heading: revyzje concept=amendments
heading: yngongsdatum concept=entry-into-force
# Added with the shared concept inventory (concepts.txt): heading cues real policies use.
heading: kennisjouwing fan wizigingen concept=notification-of-changes
heading: ynwurkingtreding concept=entry-into-force
body: wizig* weight=2 concept=change-update
body: oanpass* weight=1.5 concept=change-update
body: bywurk* weight=1.5 concept=change-update
body: bywurke weight=2 concept=change-update
body: lêst bywurke weight=3 concept=effective-date
body: lêste wiziging weight=3 concept=effective-date
body: lêste update weight=3 concept=effective-date
body: fan krêft weight=2 concept=effective-date
body: yngongsdatum weight=2.5 concept=effective-date
body: periodyk weight=2 concept=from-time-to-time
body: geregeld weight=1.5 concept=check-back
body: regelmjittich weight=1.5 concept=check-back
body: fan tiid ta tiid weight=2 concept=from-time-to-time
body: behâlde ús it rjocht foar weight=2 concept=reserve-the-right
body: rieplachtsje weight=1.5 concept=check-back
body: op de hichte weight=1 concept=notify-you
body: publisearje weight=1.5 concept=posting
body: ferzje weight=1.5 concept=version
body: updates weight=1.5 concept=change-update
body: fernijingen weight=1.5 concept=change-update
# Added with the shared concept inventory (concepts.txt): terms real policies use.
body: wêzentlike wizigingen weight=3 concept=material-changes
body: fuortset gebrûk weight=3 concept=continued-use
body: meast resinte ferzje weight=2 concept=latest-version
body: fuortdaliks fan krêft weight=2.5 concept=effective-immediately
body: kennisjouwing weight=0.5 concept=notice
# Where a changed policy is posted: "(we will post the new policy) on this page".
body: op dizze side weight=1 concept=posting

[contact]
heading: kontakt concept=contact-us
heading: kontaktgegevens concept=contact-information
heading: kontakt opnimme concept=how-to-contact
heading: nim kontakt mei ús op concept=contact-us
heading: funksjonaris foar gegevensbeskerming concept=data-protection-officer
heading: funksjonaris gegevensbeskerming concept=data-protection-officer
heading: fragen concept=questions
heading: fragen of opmerkings concept=questions
# Added with the shared concept inventory (concepts.txt): heading cues real policies use.
heading: hoe kinne jo kontakt mei ús opnimme concept=how-to-contact
body: kontakt* weight=2 concept=please-contact
body: funksjonaris gegevensbeskerming weight=2.5 concept=dpo
body: funksjonaris foar gegevensbeskerming weight=2.5 concept=dpo
body: fg weight=1.5 concept=dpo
body: dpo weight=2 concept=dpo
body: nim kontakt weight=2.5 concept=please-contact
body: kinne jo kontakt weight=2.5 concept=please-contact
body: postadres weight=2 concept=postal-address
body: telefoan* weight=1.5 concept=telephone
body: e-mail weight=1 concept=by-email
body: fragen weight=2 concept=questions-comments
body: opmerkings weight=1.5 concept=questions-comments
body: klachten weight=1 concept=questions-comments
body: klanteservice weight=1.5 concept=customer-service
body: berikber weight=1.5 concept=please-contact
body: adres weight=1 concept=address
# Added with the shared concept inventory (concepts.txt): terms real policies use.
body: per e-mail weight=1.5 concept=by-email
body: fia e-mail weight=1.5 concept=by-email

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
