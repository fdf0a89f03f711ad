# Latvian lexicon
# Latvian (latviešu valoda) is the official language of Latvia (official EU language), an
# East Baltic language, also read by Latvian communities in Ireland, the UK, Germany and
# the Nordic countries.
# Legal vocabulary: the Latvian text of the GDPR (Vispārīgā datu aizsardzības regula, VDAR,
# regula (ES) 2016/679) and the Personal Data Processing Law (Fizisko personu datu apstrādes
# likums, 2018): pārzinis (controller), apstrādātājs (processor), datu subjekts (data
# subject), personas dati / persondati, apstrāde, piekrišana (consent), leģitīmās intereses,
# tiesiskais / juridiskais pamats, saņēmēji, trešās valstis, datu aizsardzības speciālists
# (DPO), uzraudzības iestāde = Datu valsts inspekcija (DVI), pārnesamība, "tikt
# aizmirstam", profilēšana. Policies say "privātuma politika", "personas datu apstrādes
# politika", "paziņojums par privātumu"; cookies are "sīkdatnes".
# Real texts read for wording (no text copied): open-lv/air-guard-public
# docs/privatuma-politika.md (gaisasargs.lv privacy policy; no licence stated, read only);
# codeeu/codeweek resources/lang/lv/privacy-statement.php (European Commission privacy
# statement, repository without a licence file, read only).
# Conventions: standard orthography with full diacritics (ā ē ī ū č ģ ķ ļ ņ š ž). Latvian
# is fusional: nouns and verbs inflect at the end, so inflected words are written as stems
# with a trailing * (apstrād* = apstrāde, apstrādes, apstrādājam, apstrādātājs); no
# @prefixes/@suffixes. Stems are cut late enough not to catch unrelated words (gadi, gadus,
# not gad*, which would catch gadījumā "in case"; konts, kontu, not kont*, which would catch
# kontaktinformācija).
@language lv
@name Latvian
@fold-accents no     # length marks and carons tell words apart (kā "how"/ka "that", tā/ta, mēs/mes) and tell Latvian from Lithuanian

[profile]
# Function words first, then words frequent in privacy policies.
# weight=3: Latvian only (diacritic forms no close relative shares: šī, kā, mūsu, tiek ...).
# weight=2: Latvian words that exist in no Baltic or Slavic relative but may occur as rare
#           words elsewhere.
# weight=0.5 or less: words Latvian shares with Lithuanian (ir "is" = Lithuanian "and", jūs,
#           mums, tie, kad, ar) or with Romance languages (un, vai): they must not pull a
#           Lithuanian, French or Spanish text towards Latvian. to, no, par, var, dati,
#           datos, ja are left out (English, Spanish, Italian, French, Swedish, German words).
un weight=0.5
ir weight=0.5
ar weight=0.3
vai weight=1
nav weight=3
kā weight=3
tā weight=3
šī weight=3
šo weight=2
šīs weight=3
šie weight=3
šajā weight=3
šajos weight=3
šādus weight=3
šādiem weight=3
šāda weight=3
arī weight=3
tiek weight=3
tiks weight=3
tikt weight=3
tika weight=3
lai weight=1
uz weight=3
pie weight=2
pēc weight=3
līdz weight=3
starp weight=3
bez weight=0.5
par weight=0.1
ka weight=1
kad weight=0.3
tad weight=2
jo weight=0.3
kas weight=0.5
kurš weight=3
kuri weight=1
kuru weight=3
kurus weight=3
kuriem weight=3
kurā weight=3
kuras weight=2
kurām weight=3
jūs weight=0.5
jūsu weight=3
jums weight=0.5
mēs weight=3
mūsu weight=3
mūs weight=3
mums weight=0.5
savu weight=3
savus weight=3
savas weight=3
savā weight=3
tie weight=0.5
tās weight=3
tiem weight=3
tos weight=0.5
tam weight=0.5
to weight=0.1
citu weight=2
citas weight=2
citām weight=3
citiem weight=3
vairs weight=3
vairāk weight=3
tikai weight=3
piemēram weight=3
saskaņā weight=3
attiecībā weight=3
gadījumā weight=3
gadījumos weight=3
jebkurā weight=3
jebkuru weight=3
jebkura weight=3
jebkādu weight=3
visus weight=3
visas weight=2
visiem weight=3
varam weight=3
varat weight=3
varētu weight=3
drīkst weight=3
būt weight=3
esam weight=3
esat weight=3
būs weight=3
jāsniedz weight=3
nepieciešams weight=3
nepieciešami weight=3
nepieciešamo weight=3
attiecīgi weight=3
turpmāk weight=3
proti weight=3
izņemot weight=3
datu weight=3
datus weight=3
datiem weight=3
persondati weight=3
persondatus weight=3
persondatu weight=3
personas weight=0.3
apstrāde weight=3
apstrādi weight=3
apstrādes weight=3
apstrādā weight=3
apstrādājam weight=3
apstrādāti weight=3
apstrādāt weight=3
pārzinis weight=3
pārziņa weight=3
apstrādātājs weight=3
subjekta weight=3
subjekts weight=3
piekrišana weight=3
piekrišanu weight=3
piekrišanas weight=3
informācija weight=3
informāciju weight=3
informācijas weight=3
privātuma weight=3
privātumu weight=3
politika weight=0.3
politikā weight=3
politikas weight=1
sīkdatnes weight=3
sīkdatņu weight=3
sīkdatnēm weight=3
tīmekļa weight=3
tīmekļvietne weight=3
tīmekļvietnē weight=3
vietne weight=3
vietnes weight=3
vietnē weight=3
mājaslapā weight=3
pakalpojumu weight=3
pakalpojumus weight=3
pakalpojumi weight=3
pakalpojumiem weight=3
lietotājs weight=3
lietotāja weight=3
lietotāju weight=3
lietotājiem weight=3
tiesības weight=3
tiesību weight=3
tiesībām weight=3
trešajām weight=3
trešās weight=3
trešo weight=3
personām weight=3
personu weight=1
sabiedrība weight=3
uzņēmums weight=3
nolūkiem weight=3
nolūkā weight=3
nolūku weight=3
mērķiem weight=3
termiņš weight=3
glabāšanas weight=3
glabājam weight=3
saņemt weight=3
sniegt weight=3
sniegto weight=3
izmantojam weight=3
izmantot weight=3
izmantošana weight=3
aizsardzības weight=3
aizsardzību weight=3
drošību weight=3
pieprasījumu weight=3
regulu weight=3
regulas weight=3
likumu weight=3
noteikumi weight=3
e-pasta weight=3
adrese weight=1
kontaktinformācija weight=3

[units]
year: gads, gadi, gadu, gadus, gadiem, gada, gados, gadā
month: mēnesis, mēneši, mēnešu, mēnešus, mēnešiem, mēneša, mēnešos
week: nedēļa, nedēļas, nedēļu, nedēļām, nedēļās
day: diena, dienas, dienu, dienām, dienās, dienā
hour: stunda, stundas, stundu, stundām, stundās
minute: minūte, minūtes, minūšu, minūtēm
business-day: darba diena, darba dienas, darba dienu, darba dienām, darba dienās

[numbers]
# Whole words: masculine and feminine, and the genitive used after līdz (līdz 16 gadu vecumam).
1: viens, viena, vienu, viena gada
2: divi, divas, divu, diviem
3: trīs, triju
4: četri, četras, četru
5: pieci, piecas, piecu
6: seši, sešas, sešu
7: septiņi, septiņas, septiņu
8: astoņi, astoņas, astoņu
9: deviņi, deviņas, deviņu
10: desmit
11: vienpadsmit
12: divpadsmit
13: trīspadsmit
15: piecpadsmit
16: sešpadsmit
18: astoņpadsmit
20: divdesmit
24: divdesmit četri, divdesmit četras
30: trīsdesmit
60: sešdesmit
90: deviņdesmit
100: simts, simt

[references]
gdpr: gdpr, vdar, vispārīgā datu aizsardzības regula, vispārīgās datu aizsardzības regulas, vispārīgajai datu aizsardzības regulai, vispārīgo datu aizsardzības regulu, regula (es) 2016/679, regulas (es) 2016/679, regulu (es) 2016/679, 2016/679
ccpa: ccpa, kalifornijas patērētāju privātuma likums, kalifornijas patērētāju privātuma likuma
cpra: cpra, kalifornijas privātuma tiesību likums
coppa: coppa, bērnu tiešsaistes privātuma aizsardzības likums
lgpd: lgpd, brazīlijas vispārīgais datu aizsardzības likums, lei geral de proteção de dados
pipeda: pipeda
# The Personal Data Processing Law (Fizisko personu datu apstrādes likums, in force 2018).
lv-fpdal: fizisko personu datu apstrādes likums, fizisko personu datu apstrādes likuma, fizisko personu datu apstrādes likumam, fizisko personu datu apstrādes likumu

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
lietošanas noteikumi
pakalpojuma noteikumi
pakalpojumu sniegšanas noteikumi
noteikumi un nosacījumi
piemērojamie tiesību akti
piemērojamie likumi
piemērojamās tiesības
piemērojamie tiesību akti un jurisdikcija
jurisdikcija
atdalāmība
noteikumu atdalāmība
pilnīga vienošanās
nepārvarama vara
force majeure
atbildības atruna
atbildības ierobežojums
atbildības ierobežošana
tulkojumi
tulkojums
citi tulkojumi
valodu versijas
licence
autortiesības
copyright
pateicības
satura rādītājs

# ---------------------------------------------------------------------------------------
# Sections.

[intro]
heading: ievads concept=introduction
heading: vispārīgie noteikumi concept=introduction
heading: vispārīgie jautājumi concept=introduction
heading: vispārīgā informācija concept=introduction
heading: kopsavilkums concept=summary
heading: pārskats concept=summary
heading: īsumā concept=summary
heading: galvenais īsumā concept=summary
heading: galvenie punkti concept=summary
heading: par šo politiku concept=about-this-policy
heading: par šo privātuma politiku concept=about-this-policy
heading: par šo paziņojumu concept=about-this-policy
heading: darbības joma concept=scope
heading: piemērošanas joma concept=scope
heading: politikas darbības joma concept=scope
heading: uz ko attiecas šī politika concept=scope
heading: kas mēs esam concept=who-we-are
heading: par mums concept=who-we-are
heading: kas ir pārzinis concept=who-we-are
heading: datu pārzinis concept=who-we-are
heading: pārzinis concept=who-we-are
heading: mūsu apņemšanās concept=commitment-to-privacy
heading: mūsu apņemšanās aizsargāt jūsu privātumu concept=commitment-to-privacy
heading: politikas pieņemšana concept=acceptance
heading: šīs politikas pieņemšana concept=acceptance
heading: privātuma politika weight=0.5 concept=privacy-policy-title
heading: privātuma paziņojums weight=0.5 concept=privacy-policy-title
heading: paziņojums par privātumu weight=0.5 concept=privacy-policy-title
heading: personas datu apstrādes politika weight=0.5 concept=privacy-policy-title
heading: personas datu aizsardzība weight=0.5 concept=privacy-policy-title
heading: persondatu aizsardzība weight=0.5 concept=privacy-policy-title
body: šī privātuma politika weight=2 concept=this-privacy-policy
body: šī politika weight=2 concept=this-privacy-policy
body: šajā privātuma politikā weight=1.5 concept=this-privacy-policy
body: privātuma politik* weight=0.5 concept=this-privacy-policy
body: apraksta weight=1.5 concept=policy-describes
body: paskaidro* weight=1.5 concept=policy-describes
body: izskaidro* weight=1.5 concept=policy-describes
body: sniedz informāciju par weight=1.5 concept=policy-describes
body: attiecas uz weight=2.5 concept=policy-applies-to
body: neattiecas uz weight=2 concept=policy-applies-to
body: tiek piemērota weight=2 concept=policy-applies-to
body: izmantojot mūsu weight=1.5 concept=by-using
body: apmeklējot weight=1.5 concept=by-using
body: lietojot mūsu weight=1.5 concept=by-using
body: piekrītat šai weight=1.5 concept=acceptance-of-policy
body: pieņemat weight=1.5 concept=acceptance-of-policy
body: ja jūs nepiekrītat weight=2 concept=if-you-do-not-agree
body: ja nepiekrītat weight=2 concept=if-you-do-not-agree
body: apņemamies weight=2 concept=committed-to-privacy
body: ir apņēmusies weight=2 concept=committed-to-privacy
body: cienām jūsu privātumu weight=2 concept=committed-to-privacy
body: mums rūp weight=1.5 concept=committed-to-privacy
body: turpmāk – weight=1.5 concept=referred-to-as
body: turpmāk saukt* weight=1.5 concept=referred-to-as
body: turpmāk tekstā weight=1.5 concept=referred-to-as
body: lietošanas noteikum* weight=1 concept=terms-of-use
body: pakalpojumu noteikum* weight=1 concept=terms-of-use
body: uzmanīgi izlasiet weight=1.5 concept=please-read
body: lūdzu, izlasiet weight=1.5 concept=please-read
body: rūpīgi weight=1 concept=please-read
body: privātum* weight=0.3 concept=privacy
body: tīmekļa vietn* weight=0.3 concept=website
body: tīmekļvietn* weight=0.3 concept=website
body: mājaslap* weight=0.3 concept=website
body: lietotn* weight=0.3 concept=website
body: pakalpojum* weight=0.3 concept=services
body: uzņēmum* weight=0.3 concept=company
body: sabiedrīb* weight=0.3 concept=company

[definitions]
heading: definīcijas concept=definitions
heading: terminu definīcijas concept=definitions
heading: termini un definīcijas concept=definitions
heading: termini concept=key-terms
heading: lietotie termini concept=key-terms
heading: galvenie termini concept=key-terms
heading: pamatjēdzieni concept=key-terms
heading: terminu skaidrojums concept=key-terms
heading: jēdzienu skaidrojums concept=key-terms
heading: skaidrojumi concept=interpretation
heading: interpretācija concept=interpretation
heading: interpretācija un definīcijas concept=interpretation
heading: ko mēs saprotam ar concept=what-we-mean-by
heading: ko nozīmē concept=what-we-mean-by
body: nozīmē weight=2.5 concept=means
body: ir jebkura informācija weight=3 concept=means
body: saprot weight=2.5 concept=means
body: tiek saprast* weight=2.5 concept=means
body: apzīmē weight=2 concept=refers-to
body: attiecas uz weight=1 concept=refers-to
body: šādas definīcijas weight=3 concept=defined-terms-intro
body: šādi termini weight=3 concept=defined-terms-intro
body: termin* weight=1.5 concept=defined-terms-intro
body: jēdzien* weight=1.5 concept=defined-terms-intro
body: šīs politikas izpratnē weight=2.5 concept=as-used-in-this-policy
body: šajā politikā lietot* weight=2.5 concept=as-used-in-this-policy
body: personas dati ir weight=3 concept=personal-data-means
body: personas dati ir jebkura informācija weight=3 concept=personal-data-means
body: identificētu vai identificējamu weight=2.5 concept=identifiable-person
body: identificējam* weight=2 concept=identifiable-person
body: fizisk* person* weight=1.5 concept=identifiable-person
body: turpmāk weight=1.5 concept=hereinafter
body: pārzin* weight=1 concept=gdpr-roles
body: apstrādātāj* weight=1 concept=gdpr-roles
body: datu subjekt* weight=1 concept=gdpr-roles
body: ietver weight=0.5 concept=includes
body: ieskaitot weight=0.5 concept=includes
body: tostarp weight=0.5 concept=includes
body: lietotāj* weight=0.3 concept=user
body: personas dat* weight=0.2 concept=personal-data
body: persondat* weight=0.2 concept=personal-data

[collection]
heading: kādus datus mēs vācam concept=what-we-collect
heading: kādus datus mēs apstrādājam concept=what-we-collect
heading: kādus personas datus mēs apstrādājam concept=what-we-collect
heading: kādus personas datus mēs vācam concept=what-we-collect
heading: informācija, ko mēs vācam concept=what-we-collect
heading: dati, ko mēs vācam concept=what-we-collect
heading: vāktie dati concept=what-we-collect
heading: apstrādātie personas dati concept=what-we-collect
heading: apstrādājamie personas dati concept=what-we-collect
heading: apstrādājamo datu apjoms concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: atļaujas weight=2 concept=what-we-collect
heading: lietotnes atļaujas weight=2 concept=what-we-collect
heading: datu vākšana concept=collection-of-information
heading: informācijas vākšana concept=collection-of-information
heading: personas datu vākšana concept=collection-of-information
heading: personas datu iegūšana concept=collection-of-information
heading: datu iegūšana concept=collection-of-information
heading: datu avoti concept=sources-of-information
heading: personas datu avoti concept=sources-of-information
heading: no kurienes mēs iegūstam datus concept=sources-of-information
heading: informācija, ko jūs sniedzat concept=information-you-provide
heading: jūsu sniegtā informācija concept=information-you-provide
heading: dati, ko jūs mums sniedzat concept=information-you-provide
heading: kontaktforma weight=3 concept=information-you-provide
heading: saziņas forma weight=3 concept=information-you-provide
heading: automātiski vāktā informācija concept=collected-automatically
heading: automātiski vāktie dati concept=collected-automatically
heading: automātiski iegūtie dati concept=collected-automatically
heading: kā mēs vācam datus concept=how-we-collect
heading: kā mēs iegūstam jūsu personas datus concept=how-we-collect
heading: kā mēs iegūstam datus concept=how-we-collect
heading: personas datu kategorijas concept=categories-of-data
heading: datu kategorijas concept=categories-of-data
body: vācam weight=2.5 concept=we-collect
body: vākt* weight=2 concept=we-collect
body: vākšan* weight=2.5 concept=we-collect
body: ievāc* weight=2 concept=we-collect
body: iegūstam weight=2 concept=we-collect
body: iegūst* weight=1.5 concept=we-collect
body: iegūt* weight=1.5 concept=we-collect
body: iegūšan* weight=2 concept=we-collect
body: jūs mums sniedzat weight=2 concept=you-provide
body: mums sniedzat weight=2 concept=you-provide
body: jūsu sniegt* weight=2 concept=you-provide
body: ko jūs sniedzat weight=2 concept=you-provide
body: automātiski weight=2 concept=automatically
body: personas datu kategorij* weight=2.5 concept=data-categories
body: datu kategorij* weight=2 concept=data-categories
body: avot* weight=1.5 concept=sources
body: publiski pieejam* weight=2 concept=publicly-available
body: publisk* reģistr* weight=2 concept=publicly-available
body: vārds, uzvārds weight=2 concept=name
body: vārds weight=1 concept=name
body: uzvārd* weight=1.5 concept=name
body: e-pasta adres* weight=1.5 concept=contact-details
body: tālruņa numur* weight=1.5 concept=contact-details
body: pasta adres* weight=1.5 concept=contact-details
body: kontaktinformācij* weight=1.5 concept=contact-details
body: ip adres* weight=2 concept=device-data
body: ierīces identifikator* weight=2 concept=device-data
body: pārlūkprogrammas veid* weight=2 concept=device-data
body: pārlūka veid* weight=2 concept=device-data
body: operētājsistēm* weight=2 concept=device-data
body: ģeolokācij* weight=2 concept=location-data
body: atrašanās vietas dat* weight=2 concept=location-data
body: atrašanās viet* weight=1 concept=location-data
body: lietošanas dat* weight=2 concept=usage-data
body: lietošanas vēstur* weight=2 concept=usage-data
body: apmeklējuma dat* weight=1.5 concept=usage-data
body: demogrāfisk* weight=1.5 concept=demographic-data
body: dzimšanas dat* weight=1.5 concept=demographic-data
body: maksājumu informācij* weight=1 concept=payment-data
body: maksājumu kart* weight=1 concept=payment-data
body: bankas kont* weight=1 concept=payment-data
body: kontaktformā weight=1.5 concept=forms
body: reģistrācijas form* weight=1.5 concept=forms
body: veidlap* weight=1.5 concept=forms
body: form* weight=0.5 concept=forms
body: konts weight=0.3 concept=account
body: kontu weight=0.3 concept=account
body: konta weight=0.3 concept=account
body: kontā weight=0.3 concept=account
body: informācij* weight=0.1 concept=information
body: datu weight=0.1 concept=information
# Inflected forms, compounds and GDPR wording real policies use.
heading: kādus datus mēs ievācam concept=what-we-collect
heading: kādus personas datus mēs ievācam concept=what-we-collect
heading: ievāktie dati concept=what-we-collect
heading: datu ievākšana concept=collection-of-information
heading: personas datu ievākšana concept=collection-of-information
heading: personas datu veidi concept=categories-of-data
heading: datu veidi concept=categories-of-data
heading: apstrādājamo personas datu kategorijas concept=categories-of-data
heading: tehniskie dati concept=collected-automatically
heading: lietošanas dati concept=collected-automatically
heading: žurnāla dati concept=collected-automatically
heading: ierīces dati concept=collected-automatically
heading: avāriju ziņojumi concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: paliek jūsu ierīcē weight=2 concept=on-device-data
heading: paliek tavā ierīcē weight=2 concept=on-device-data
heading: lokāli apstrādātie dati weight=2 concept=on-device-data
heading: apstrādāti lokāli weight=2 concept=on-device-data
heading: lokāli glabātie dati weight=2 concept=on-device-data
heading: lokālā apstrāde weight=2 concept=on-device-data
heading: apstrāde ierīcē weight=2 concept=on-device-data
heading: informācija, ko jūs mums sniedzat concept=information-you-provide

[use]
heading: kā mēs izmantojam jūsu datus concept=how-we-use
heading: kā mēs izmantojam informāciju concept=how-we-use
heading: kā mēs izmantojam jūsu personas datus concept=how-we-use
heading: kā mēs izmantojam jūsu informāciju concept=how-we-use
heading: kam mēs izmantojam jūsu datus concept=how-we-use
heading: informācijas izmantošana concept=use-of-information
heading: datu izmantošana concept=use-of-information
heading: personas datu izmantošana concept=use-of-information
heading: apstrādes nolūki concept=purposes-of-processing
heading: apstrādes mērķi concept=purposes-of-processing
heading: personas datu apstrādes nolūki concept=purposes-of-processing
heading: personas datu apstrādes mērķi concept=purposes-of-processing
heading: datu apstrādes nolūki concept=purposes-of-processing
heading: datu apstrādes mērķi concept=purposes-of-processing
heading: nolūki concept=purposes-of-processing
heading: mērķi concept=purposes-of-processing
heading: kādiem nolūkiem concept=purposes-of-processing
heading: kāpēc mēs vācam jūsu datus concept=why-we-collect
heading: kāpēc mēs apstrādājam jūsu datus concept=why-we-collect
heading: datu vākšanas mērķis concept=why-we-collect
heading: personas datu apstrāde concept=processing-of-personal-data
heading: persondatu apstrāde concept=processing-of-personal-data
heading: datu apstrāde concept=processing-of-personal-data
heading: kā mēs apstrādājam jūsu personas datus concept=processing-of-personal-data
heading: kā mēs apstrādājam jūsu datus concept=processing-of-personal-data
body: izmantojam weight=2 concept=we-use
body: mēs izmantojam weight=2 concept=we-use
body: lietojam weight=1.5 concept=we-use
body: nolūk* weight=1.5 concept=purposes
body: mērķ* weight=1.5 concept=purposes
body: šādiem nolūkiem weight=2.5 concept=following-purposes
body: šādiem mērķiem weight=2.5 concept=following-purposes
body: turpmāk minētajiem nolūkiem weight=2.5 concept=following-purposes
body: profilēšan* weight=2 concept=profiling
body: automatizēt* lēmum* weight=1.5 concept=automated-decisions
body: automatizēt* individuāl* lēmum* weight=2 concept=automated-decisions
body: pakalpojumu sniegšan* weight=1.5 concept=to-provide
body: sniegtu pakalpojum* weight=1.5 concept=to-provide
body: nodrošinātu pakalpojum* weight=1.5 concept=to-provide
body: pasūtījum* izpild* weight=1.5 concept=to-fulfil
body: pasūtījumu apstrād* weight=1.5 concept=to-fulfil
body: konta pārvaldīb* weight=1.5 concept=to-administer
body: administrē* weight=1.5 concept=to-administer
body: pārvaldīt* weight=1 concept=to-administer
body: uzlabo* weight=1.5 concept=to-improve
body: uzlabošan* weight=1.5 concept=to-improve
body: attīstīb* weight=2 concept=to-develop
body: izstrād* jaun* weight=2 concept=to-develop
body: personalizē* weight=2 concept=to-personalise
body: pielāgo* weight=1.5 concept=to-personalise
body: sazināties ar jums weight=2 concept=to-communicate
body: saziņ* ar jums weight=2 concept=to-communicate
body: nosūtītu jums weight=1 concept=to-send
body: sūtīt* weight=1 concept=to-send
body: atbildētu uz weight=1.5 concept=to-respond
body: atbildēt uz jūsu weight=1.5 concept=to-respond
body: klientu atbalst* weight=1.5 concept=to-respond
body: analīz* weight=1 concept=to-analyse
body: analizē* weight=1 concept=to-analyse
body: statistik* weight=1 concept=to-analyse
body: diagnostik* weight=2 concept=to-troubleshoot
body: problēmu novērš* weight=2 concept=to-troubleshoot
body: kļūdu novērš* weight=2 concept=to-troubleshoot
body: tirgus izpēt* weight=2 concept=research
body: pētījum* weight=1.5 concept=research
body: krāpšan* weight=1.5 concept=to-prevent-fraud
body: novērstu krāpšan* weight=1.5 concept=to-prevent-fraud
body: maksājumu apstrād* weight=1.5 concept=to-process-transactions
body: norēķin* weight=1 concept=to-process-transactions
body: juridisko pienākumu izpild* weight=1 concept=to-comply-with-law
body: normatīvo aktu prasību izpild* weight=1 concept=to-comply-with-law
# Inflected forms, compounds and GDPR wording real policies use.
heading: kādiem mērķiem mēs izmantojam datus concept=how-we-use
heading: kādēļ mēs apstrādājam jūsu datus concept=why-we-collect
heading: datu apstrādes nolūks concept=purposes-of-processing
heading: personas datu apstrādes nolūks concept=purposes-of-processing
heading: apstrādes nolūks concept=purposes-of-processing
heading: datu izmantošanas mērķi concept=purposes-of-processing
heading: automatizēt* lēmum* concept=automated-decision-making
heading: automatizēt* individuāl* lēmum* concept=automated-decision-making
heading: automātisk* lēmum* concept=automated-decision-making

[legal-basis]
heading: apstrādes juridiskais pamats concept=legal-basis
heading: apstrādes tiesiskais pamats concept=legal-basis
heading: personas datu apstrādes tiesiskais pamats concept=legal-basis
heading: personas datu apstrādes juridiskais pamats concept=legal-basis
heading: tiesiskais pamats concept=legal-basis
heading: juridiskais pamats concept=legal-basis
heading: tiesiskie pamati concept=legal-basis
heading: likumīgs pamats concept=legal-basis
heading: apstrādes likumīgums concept=legal-basis
heading: apstrādes pamatojums concept=legal-basis
heading: uz kāda pamata mēs apstrādājam jūsu datus concept=why-allowed
heading: uz kāda tiesiskā pamata concept=why-allowed
heading: kāpēc mēs drīkstam apstrādāt jūsu datus concept=why-allowed
body: juridisk* pamat* weight=3 concept=legal-basis-term
body: tiesisk* pamat* weight=3 concept=legal-basis-term
body: likumīg* pamat* weight=2.5 concept=legal-basis-term
body: leģitīm* interes* weight=3 concept=legitimate-interests
body: likumīg* interes* weight=2.5 concept=legitimate-interests
body: pamattiesības un pamatbrīvības weight=2.5 concept=balancing-test
body: interešu līdzsvar* weight=3 concept=balancing-test
body: līguma izpild* weight=3 concept=performance-of-contract
body: līguma noslēgšan* weight=2 concept=performance-of-contract
body: līgumslēdzēja puse weight=3 concept=performance-of-contract
body: juridisk* pienākum* weight=2.5 concept=legal-obligation
body: tiesisk* pienākum* weight=2.5 concept=legal-obligation
body: likumā noteikt* pienākum* weight=2.5 concept=legal-obligation
body: vitāl* interes* weight=3 concept=vital-interests
body: sabiedrības interes* weight=2.5 concept=public-interest
body: 6. pant* weight=3 concept=article-6
body: apstrāde ir vajadzīga weight=2.5 concept=processing-necessary
body: apstrāde ir nepieciešama weight=2.5 concept=processing-necessary
body: pamatojoties uz weight=2 concept=on-the-basis-of
body: pamatojot* weight=1.5 concept=on-the-basis-of
body: likumīg* weight=1 concept=lawful
body: piekrišan* weight=1 concept=consent-as-basis
body: nepieciešam* weight=0.5 concept=necessary
body: vajadzīg* weight=0.5 concept=necessary

[consent]
heading: piekrišana concept=your-consent
heading: jūsu piekrišana concept=your-consent
heading: piekrišana personas datu apstrādei concept=your-consent
heading: piekrišana datu apstrādei concept=your-consent
heading: piekrišanas atsaukšana concept=withdrawal-of-consent
heading: piekrišanas atsaukums concept=withdrawal-of-consent
heading: kā atsaukt piekrišanu concept=withdrawal-of-consent
heading: tiesības atsaukt piekrišanu concept=withdrawal-of-consent
heading: piekrišana un tās atsaukšana concept=withdrawal-of-consent
heading: piekrišanas sniegšana un atsaukšana concept=withdrawal-of-consent
body: devis piekrišanu weight=2.5 concept=you-consent
body: dodat piekrišanu weight=2.5 concept=you-consent
body: sniedzat piekrišanu weight=2.5 concept=you-consent
body: sniegt* piekrišan* weight=2.5 concept=you-consent
body: atsauk* weight=3 concept=withdraw
body: pārdomājat weight=2 concept=change-your-mind
body: maināt savas domas weight=2 concept=change-your-mind
body: piekrītat weight=1.5 concept=you-agree
body: nepārprotam* piekrišan* weight=2.5 concept=explicit-consent
body: skaidr* piekrišan* weight=2.5 concept=explicit-consent
body: tieš* piekrišan* weight=2.5 concept=explicit-consent
body: brīvprātīg* weight=2 concept=freely-given
body: brīvi sniegt* weight=2.5 concept=freely-given
body: atzīmējot weight=2 concept=opt-in
body: izvēles rūtiņ* weight=2 concept=opt-in
body: atļauj* weight=1.5 concept=permission
body: atļaut* weight=1.5 concept=permission
body: neietekmē apstrādes likumīgum* weight=2.5 concept=without-affecting-lawfulness
body: pirms piekrišanas atsaukšanas weight=2.5 concept=without-affecting-lawfulness
body: jebkurā laikā weight=1 concept=at-any-time
body: jebkurā brīdī weight=1 concept=at-any-time

[sharing]
heading: informācijas kopīgošana concept=sharing-of-information
heading: datu kopīgošana concept=sharing-of-information
heading: personas datu kopīgošana concept=sharing-of-information
heading: datu nodošana un izpaušana concept=sharing-of-information
heading: kā mēs kopīgojam jūsu informāciju concept=how-we-share
heading: kā mēs kopīgojam jūsu datus concept=how-we-share
heading: informācija, ko mēs kopīgojam concept=how-we-share
heading: ar ko mēs kopīgojam jūsu datus concept=who-we-share-with
heading: kam mēs nododam jūsu datus concept=who-we-share-with
heading: kam mēs nododam jūsu personas datus concept=who-we-share-with
heading: personas datu saņēmēji concept=who-we-share-with
heading: datu saņēmēji concept=who-we-share-with
heading: saņēmēji concept=who-we-share-with
heading: saņēmēju kategorijas concept=who-we-share-with
heading: informācijas izpaušana concept=disclosure-of-information
heading: personas datu izpaušana concept=disclosure-of-information
heading: personas datu nodošana trešajām personām concept=disclosure-of-information
heading: datu nodošana trešajām personām concept=disclosure-of-information
heading: trešās personas concept=third-parties
heading: trešās puses concept=third-parties
heading: kopīgošana ar trešajām personām concept=third-parties
heading: pakalpojumu sniedzēji concept=service-providers-heading
heading: datu apstrādātāji concept=service-providers-heading
heading: uzņēmuma nodošana concept=business-transfers
heading: uzņēmumu apvienošanās un iegāde concept=business-transfers
heading: īpašnieka maiņa concept=business-transfers
heading: juridiskās prasības concept=legal-requests
heading: tiesībsargājošās iestādes concept=legal-requests
heading: vai mēs pārdodam jūsu datus concept=sale-of-information
heading: personas datu pārdošana concept=sale-of-information
body: kopīgo* weight=2 concept=share
body: dalāmies weight=2 concept=share
body: izpau* weight=2.5 concept=disclose
body: izpaušan* weight=2.5 concept=disclose
body: nodot* trešaj* weight=2 concept=disclose
body: nododam weight=2 concept=disclose
body: trešaj* person* weight=1 concept=third-parties-term
body: trešās personas weight=1 concept=third-parties-term
body: trešo person* weight=1 concept=third-parties-term
body: trešaj* pus* weight=1 concept=third-parties-term
body: trešo pušu weight=1 concept=third-parties-term
body: pakalpojumu sniedzēj* weight=2 concept=service-providers
body: apstrādātāj* weight=2 concept=service-providers
body: piegādātāj* weight=1.5 concept=service-providers
body: mūsu vārdā weight=1.5 concept=on-our-behalf
body: mūsu uzdevumā weight=1.5 concept=on-our-behalf
body: saistīt* uzņēmum* weight=2 concept=affiliates
body: meitasuzņēmum* weight=2 concept=affiliates
body: grupas uzņēmum* weight=2 concept=affiliates
body: koncern* weight=2 concept=affiliates
body: sadarbības partner* weight=1.5 concept=business-partners
body: biznesa partner* weight=1.5 concept=business-partners
body: saņēmēj* weight=2 concept=recipients
body: apvienošan* weight=2.5 concept=corporate-transaction
body: uzņēmuma iegād* weight=2.5 concept=corporate-transaction
body: maksātnespēj* weight=2 concept=corporate-transaction
body: reorganizācij* weight=2 concept=corporate-transaction
body: aktīvu pārdošan* weight=2.5 concept=corporate-transaction
body: tiesībsargājoš* iestād* weight=2 concept=authorities
body: valsts iestād* weight=1.5 concept=authorities
body: valsts pārvaldes iestād* weight=2 concept=authorities
body: polic* weight=2 concept=authorities
body: tiesas nolēmum* weight=2.5 concept=legal-process
body: tiesas rīkojum* weight=2.5 concept=legal-process
body: nepārdodam weight=1.5 concept=sell
body: pārdo* weight=1.5 concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: datu nodošana trešajām pusēm concept=transfer-to-third-parties
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: maksājumi weight=2 concept=payments-purchases
heading: maksājumu apstrāde weight=3 concept=payments-purchases
heading: pirkumi lietotnē weight=2 concept=payments-purchases
heading: abonementi weight=2 concept=payments-purchases
# Inflected forms, compounds and GDPR wording real policies use.
heading: datu nodošana trešajām personām un saņēmēji concept=who-we-share-with
heading: sadarbības partneri concept=third-parties
heading: apstrādātāji concept=service-providers-heading

[cookies]
heading: sīkdatnes concept=cookies
heading: sīkdatņu politika concept=cookies
heading: sīkdatņu izmantošana concept=cookies
heading: sīkdatņu lietošana concept=cookies
heading: cookies concept=cookies
heading: sīkdatnes un līdzīgas tehnoloģijas concept=tracking-technologies
heading: sīkdatnes un citas izsekošanas tehnoloģijas concept=tracking-technologies
heading: izsekošanas tehnoloģijas concept=tracking-technologies
heading: tīmekļa bāksignāli concept=web-beacons
heading: pikseļu tagi concept=web-beacons
heading: žurnālfaili concept=log-files
heading: žurnāla faili concept=log-files
heading: servera žurnāli concept=log-files
heading: analītika concept=analytics
heading: analītikas rīki concept=analytics
body: sīkdatn* weight=3 concept=cookie
body: cookie* weight=3 concept=cookie
body: teksta fail* weight=2.5 concept=text-files
body: tīmekļa bāksignāl* weight=3 concept=web-beacon
body: bāksignāl* weight=3 concept=web-beacon
body: pikse* weight=2.5 concept=web-beacon
body: izsekošanas tehnoloģij* weight=2.5 concept=tracking-technology
body: līdzīg* tehnoloģij* weight=2 concept=tracking-technology
body: izsekošan* weight=1.5 concept=tracking-technology
body: lokāl* krātuv* weight=2.5 concept=local-storage
body: vietēj* krātuv* weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: sesijas sīkdatn* weight=2 concept=cookie-lifetime
body: pastāvīg* sīkdatn* weight=2 concept=cookie-lifetime
body: sesijas weight=1 concept=cookie-lifetime
body: obligāt* sīkdatn* weight=2.5 concept=cookie-categories
body: nepieciešam* sīkdatn* weight=2.5 concept=cookie-categories
body: funkcionāl* sīkdatn* weight=2 concept=cookie-categories
body: veiktspējas sīkdatn* weight=2 concept=cookie-categories
body: analītisk* sīkdatn* weight=2 concept=cookie-categories
body: google analytics weight=2.5 concept=analytics-term
body: analītik* weight=2 concept=analytics-term
body: žurnālfail* weight=2 concept=log-file
body: servera žurnāl* weight=2 concept=log-file
body: sdk weight=2 concept=sdk
body: ierīces pirkstu nospiedum* weight=2.5 concept=fingerprinting
body: pirkstu nospiedum* weight=2 concept=fingerprinting
body: pārlūkprogrammas iestatījum* weight=1.5 concept=browser-settings
body: pārlūka iestatījum* weight=1.5 concept=browser-settings
body: pārlūkprogramm* weight=0.5 concept=browser
body: pārlūk* weight=0.5 concept=browser
body: ierīc* weight=0.5 concept=device
# Inflected forms, compounds and GDPR wording real policies use.
heading: google analytics concept=analytics

[advertising]
heading: reklāma concept=advertising
heading: reklāma un mārketings concept=advertising
heading: mārketings concept=marketing
heading: tiešais mārketings concept=marketing
heading: mārketinga paziņojumi concept=marketing-communications
heading: mārketinga komunikācija concept=marketing-communications
heading: komerciāli paziņojumi concept=marketing-communications
heading: jaunumu vēstules concept=marketing-communications
heading: mērķtiecīga reklāma concept=interest-based-advertising
heading: personalizēta reklāma concept=interest-based-advertising
heading: uz interesēm balstīta reklāma concept=interest-based-advertising
heading: trešo personu reklāma concept=third-party-advertising
heading: reklāmas tīkli concept=third-party-advertising
body: reklām* weight=2.5 concept=ads
body: baner* weight=2 concept=ads
body: reklāmas tīkl* weight=3 concept=ad-networks
body: reklāmas partner* weight=3 concept=ad-networks
body: mērķēt* weight=2.5 concept=interest-based
body: mērķtiecīg* weight=2.5 concept=interest-based
body: uz interesēm balstīt* weight=2.5 concept=interest-based
body: uzvedības reklām* weight=2.5 concept=interest-based
body: retarget* weight=3 concept=retargeting
body: remarketing* weight=3 concept=retargeting
body: atkārtot* mārketing* weight=3 concept=retargeting
body: jaunumu vēstul* weight=2.5 concept=marketing-messages
body: mārketinga paziņojum* weight=2.5 concept=marketing-messages
body: komerciāl* paziņojum* weight=2.5 concept=marketing-messages
body: jaunumi weight=1.5 concept=marketing-messages
body: mārketinga nolūk* weight=2 concept=marketing-purposes
body: tieš* mārketing* weight=2 concept=marketing-purposes
body: mārketing* weight=1.5 concept=marketing-purposes
body: akcij* weight=1.5 concept=promotions
body: īpaš* piedāvājum* weight=2 concept=promotions
body: piedāvājum* weight=1 concept=promotions
body: your online choices weight=2.5 concept=ad-industry-programs
body: network advertising initiative weight=3 concept=ad-industry-programs
body: digital advertising alliance weight=3 concept=ad-industry-programs
body: reklāmas efektivitāt* weight=2 concept=ad-measurement
body: kampaņ* efektivitāt* weight=2 concept=ad-measurement
body: interes* weight=0.5 concept=interests

[do-not-track]
heading: do not track concept=do-not-track
heading: do not track signāli concept=do-not-track
heading: neizsekot concept=do-not-track
heading: kā mēs reaģējam uz do not track signāliem concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: globālā privātuma kontrole concept=global-privacy-control
heading: preferenču signāli concept=preference-signals
heading: pārlūkprogrammas signāli concept=preference-signals
body: dnt weight=3 concept=dnt-signal
body: do not track weight=3 concept=dnt-signal
body: neizsekot weight=3 concept=dnt-signal
body: gpc weight=3 concept=gpc-signal
body: global privacy control weight=3 concept=gpc-signal
body: globāl* privātuma kontrol* weight=3 concept=gpc-signal
body: preferenču signāl* weight=3 concept=opt-out-preference-signal
body: pārlūkprogrammas signāl* weight=2.5 concept=opt-out-preference-signal
body: vienot* standart* weight=3 concept=no-uniform-standard
body: vienots nozares standarts weight=3 concept=no-uniform-standard
body: nereaģējam weight=2.5 concept=do-not-respond
body: nereaģē weight=2 concept=do-not-respond
body: atpazī* weight=1.5 concept=honor-signals
body: respektē* weight=1 concept=honor-signals
body: dažādās vietnēs weight=2.5 concept=cross-site-tracking
body: laika gaitā weight=2 concept=cross-site-tracking
body: pārlūkprogramm* weight=0.5 concept=browser-dnt

[choices]
heading: jūsu izvēles concept=your-choices
heading: jūsu izvēles iespējas concept=your-choices
heading: jūsu iespējas concept=your-choices
heading: atteikšanās concept=opting-out
heading: kā atteikties concept=opting-out
heading: iebildumi pret apstrādi concept=opting-out
heading: preferenču pārvaldība concept=managing-preferences
heading: saziņas preferences concept=managing-preferences
heading: privātuma iestatījumi concept=managing-preferences
heading: iestatījumu pārvaldība concept=managing-preferences
heading: atrakstīšanās concept=unsubscribing
heading: abonementa atteikšana concept=unsubscribing
heading: atteikšanās no jaunumiem concept=unsubscribing
body: atteik* weight=3 concept=opt-out
body: atteikšan* weight=3 concept=opt-out
body: atrakstī* weight=3 concept=unsubscribe
body: atcelt abonement* weight=3 concept=unsubscribe
body: pārtraukt saņemt weight=3 concept=unsubscribe
body: abonement* weight=2 concept=unsubscribe
body: varat izvēlēties weight=2.5 concept=choose-not-to
body: izvēlēties nesniegt weight=2.5 concept=choose-not-to
body: nesniegt weight=2 concept=choose-not-to
body: noraidī* weight=2 concept=decline
body: reklāmas e-pasta vēstul* weight=2 concept=promotional-emails
body: mārketinga e-pasta vēstul* weight=2 concept=promotional-emails
body: preferenc* weight=1.5 concept=preferences
body: iestatījum* weight=1.5 concept=settings
body: konta iestatījum* weight=2 concept=settings
body: atspējo* weight=2 concept=disable
body: deaktivizē* weight=2 concept=disable
body: izslēgt* weight=1.5 concept=disable
body: push paziņojum* weight=2 concept=device-permissions
body: atrašanās vietas pakalpojum* weight=2 concept=device-permissions
body: katra e-pasta apakšā weight=1.5 concept=unsubscribe-link
body: vēstules apakšā weight=1.5 concept=unsubscribe-link
body: nevarēsiet weight=1.5 concept=consequences-of-refusal
body: var nedarboties weight=1.5 concept=consequences-of-refusal
body: saņem* weight=0.5 concept=receive

[rights]
heading: jūsu tiesības concept=your-rights
heading: kādas ir jūsu tiesības concept=your-rights
heading: datu subjekta tiesības concept=your-rights
heading: datu subjektu tiesības concept=your-rights
heading: jūsu tiesības attiecībā uz personas datiem concept=your-rights
heading: jūsu tiesības uz datu aizsardzību concept=your-rights
heading: lietotāju tiesības concept=your-rights
heading: tiesību īstenošana concept=exercising-rights
heading: jūsu tiesību īstenošana concept=exercising-rights
heading: kā īstenot savas tiesības concept=exercising-rights
heading: tiesības un pieprasījumi concept=exercising-rights
heading: piekļuve un labošana concept=access-and-correction
heading: piekļuve saviem datiem concept=access-and-correction
heading: piekļuve jūsu datiem concept=access-and-correction
heading: datu labošana un dzēšana concept=access-and-correction
heading: pilnvarotie pārstāvji concept=authorized-agents
body: tiesības piekļūt weight=3 concept=right-of-access
body: piekļūt saviem weight=2.5 concept=right-of-access
body: tiesības uz piekļuvi weight=3 concept=right-of-access
body: piekļuv* weight=1.5 concept=access
body: labo* weight=2 concept=rectification
body: neprecīz* weight=2 concept=rectification
body: nepareiz* weight=1.5 concept=rectification
body: dzēs* weight=3 concept=erasure
body: tikt aizmirstam weight=3 concept=erasure
body: pārnesamīb* weight=3 concept=portability
body: mašīnlasām* weight=2.5 concept=portability
body: tiesības iebilst weight=3 concept=right-to-object
body: iebilst weight=2 concept=right-to-object
body: iebildum* weight=2 concept=right-to-object
body: apstrādes ierobežošan* weight=3 concept=restriction
body: ierobežo* weight=1.5 concept=restriction
body: sūdzīb* weight=2.5 concept=complaint-to-authority
body: uzraudzības iestād* weight=3 concept=complaint-to-authority
body: datu valsts inspekcij* weight=3 concept=complaint-to-authority
body: īsteno* weight=1.5 concept=exercise-rights
body: izmantot savas tiesības weight=2 concept=exercise-rights
body: pārbaudīt jūsu identitāti weight=2 concept=verify-identity
body: identitātes pārbaud* weight=2 concept=verify-identity
body: pilnvarot* pārstāvj* weight=2.5 concept=authorized-agent
body: diskriminē* weight=1.5 concept=non-discrimination
body: datu subjekt* weight=2 concept=data-subject-rights
body: kopij* weight=1 concept=copy-of-data
body: pieprasījum* weight=0.3 concept=request
# Inflected forms, compounds and GDPR wording real policies use.
heading: piekļuves tiesības concept=access-and-correction
heading: tiesības piekļūt saviem datiem concept=access-and-correction
heading: tiesības piekļūt personas datiem concept=access-and-correction
heading: tiesības labot datus concept=access-and-correction
heading: tiesības uz datu labošanu concept=access-and-correction
heading: tiesības labot concept=access-and-correction
heading: tiesības uz dzēšanu concept=your-rights
heading: tiesības dzēst datus concept=your-rights
heading: tiesības tikt aizmirstam concept=your-rights
heading: tiesības ierobežot apstrādi concept=your-rights
heading: tiesības ierobežot datu apstrādi concept=your-rights
heading: tiesības uz datu pārnesamību concept=your-rights
heading: datu pārnesamība concept=your-rights
heading: tiesības iebilst concept=your-rights
heading: tiesības iebilst pret apstrādi concept=your-rights
heading: tiesības iesniegt sūdzību concept=your-rights
heading: sūdzības iesniegšana concept=your-rights
heading: tiesības concept=your-rights
body: piekļuves tiesības weight=2
body: tiesības uz dzēšanu weight=2
body: tiesības tikt aizmirstam weight=2
body: tiesības uz datu pārnesamību weight=2

[retention]
heading: datu glabāšana concept=data-retention
heading: personas datu glabāšana concept=data-retention
heading: informācijas glabāšana concept=data-retention
heading: glabāšanas termiņš concept=retention-period
heading: datu glabāšanas termiņš concept=retention-period
heading: personas datu glabāšanas termiņš concept=retention-period
heading: glabāšanas periods concept=retention-period
heading: cik ilgi mēs glabājam jūsu datus concept=how-long-we-keep
heading: cik ilgi mēs glabājam jūsu personas datus concept=how-long-we-keep
heading: cik ilgi mēs glabājam datus concept=how-long-we-keep
heading: cik ilgi tiek glabāti dati concept=how-long-we-keep
heading: datu uzglabāšana un glabāšana concept=storage-and-retention
heading: datu uzglabāšana concept=storage-and-retention
heading: glabāšana un dzēšana concept=retention-and-deletion
heading: datu glabāšana un dzēšana concept=retention-and-deletion
body: glabā* weight=3 concept=retain
body: glabāšan* weight=3 concept=retain
body: tik ilgi, cik tas nepieciešams weight=3 concept=as-long-as-necessary
body: tik ilgi, cik nepieciešams weight=3 concept=as-long-as-necessary
body: tik ilgi, cik weight=3 concept=as-long-as-necessary
body: kamēr weight=2 concept=as-long-as-necessary
body: vairs nav nepieciešami weight=2.5 concept=no-longer-needed
body: vairs nav vajadzīgi weight=2.5 concept=no-longer-needed
body: saglabā* weight=1.5 concept=keep
body: uzglabā* weight=1 concept=store
body: termiņ* weight=2 concept=retention-criteria
body: laikposm* weight=2 concept=retention-criteria
body: kritērij* weight=2 concept=retention-criteria
body: anonimizē* weight=2 concept=anonymise
body: iznīcin* weight=2 concept=destroy
body: neatgriezeniski weight=2 concept=destroy
body: arhīv* weight=2 concept=archive
body: arhivē* weight=2 concept=archive
body: grāmatvedības likum* weight=2.5 concept=legal-retention-requirements
body: noilgum* weight=2.5 concept=legal-retention-requirements
body: prasījuma noilgum* weight=2.5 concept=legal-retention-requirements
body: neaktīv* weight=2 concept=inactive-accounts
body: gadi weight=0.5 concept=years
body: gadus weight=0.5 concept=years
# Inflected forms, compounds and GDPR wording real policies use.
heading: cik ilgi glabājam concept=how-long-we-keep
heading: cik ilgi mēs glabājam concept=how-long-we-keep
heading: glabāšanas ilgums concept=retention-period
heading: datu glabāšanas ilgums concept=retention-period
heading: glabāšanas termiņi concept=retention-period
heading: kad mēs dzēšam datus weight=3 concept=retention-and-deletion

[security]
heading: drošība concept=data-security
heading: datu drošība concept=data-security
heading: informācijas drošība concept=data-security
heading: personas datu drošība concept=data-security
heading: datu drošība un šifrēšana concept=data-security
heading: drošības pasākumi concept=security-measures
heading: datu aizsardzības pasākumi concept=security-measures
heading: personas datu aizsardzības pasākumi concept=security-measures
heading: kā mēs aizsargājam jūsu datus concept=how-we-protect
heading: kā mēs aizsargājam jūsu personas datus concept=how-we-protect
heading: jūsu datu aizsardzība concept=how-we-protect
body: drošīb* weight=2 concept=secure
body: droš* weight=1.5 concept=secure
body: aizsardzības pasākum* weight=2.5 concept=safeguards
body: garantij* weight=1.5 concept=safeguards
body: šifrē* weight=3 concept=encryption
body: šifrēšan* weight=3 concept=encryption
body: ssl weight=3 concept=encryption
body: tls weight=3 concept=encryption
body: nesankcionēt* piekļuv* weight=3 concept=unauthorized-access
body: neatļaut* piekļuv* weight=3 concept=unauthorized-access
body: nozaudē* weight=2 concept=loss-misuse-alteration
body: zudum* weight=2 concept=loss-misuse-alteration
body: ļaunprātīg* izmantošan* weight=2.5 concept=loss-misuse-alteration
body: nejauš* weight=1.5 concept=loss-misuse-alteration
body: pārveidošan* weight=2 concept=loss-misuse-alteration
body: tehnisk* un organizatorisk* pasākum* weight=3 concept=technical-organisational-measures
body: organizatorisk* un tehnisk* pasākum* weight=3 concept=technical-organisational-measures
body: organizatorisk* pasākum* weight=2.5 concept=technical-organisational-measures
body: fizisk* weight=1.5 concept=physical-safeguards
body: ugunsmūr* weight=3 concept=technical-controls
body: parol* weight=2 concept=technical-controls
body: piekļuves kontrol* weight=2.5 concept=technical-controls
body: antivīrus* weight=2.5 concept=technical-controls
body: personas datu aizsardzības pārkāpum* weight=3 concept=breach
body: datu aizsardzības pārkāpum* weight=3 concept=breach
body: drošības incident* weight=3 concept=breach
body: ievainojamīb* weight=2.5 concept=breach
body: konfidenciāl* weight=1.5 concept=confidentiality
body: nevaram garantēt weight=2.5 concept=no-guarantee
body: pilnībā droš* weight=2.5 concept=no-guarantee
body: uz savu risku weight=2.5 concept=no-guarantee
body: neviena datu pārraides metode weight=3 concept=no-guarantee
body: nozares standart* weight=2 concept=industry-standard
body: aizsarg* weight=1 concept=protect
body: nodrošin* weight=0.5 concept=ensure
body: garantē* weight=0.5 concept=ensure
# Inflected forms, compounds and GDPR wording real policies use.
heading: tehniskie un organizatoriskie pasākumi concept=security-measures
heading: personas datu aizsardzība concept=how-we-protect
heading: personas datu aizsardzības pārkāpums concept=data-security
heading: drošības incidenti concept=data-security
# Inflected forms, compounds and GDPR wording real policies use.
heading: kā mēs aizsargājam datus concept=how-we-protect
heading: informācijas drošības pasākumi concept=security-measures
heading: datu drošības incidenti concept=data-security

[children]
heading: bērni concept=childrens-privacy
heading: bērnu privātums concept=childrens-privacy
heading: bērnu privātuma aizsardzība concept=childrens-privacy
heading: bērnu personas dati concept=childrens-privacy
heading: bērnu dati concept=childrens-privacy
heading: informācija par bērniem concept=childrens-privacy
heading: bērni līdz 16 gadu vecumam concept=age-limits
heading: personas, kas jaunākas par 16 gadiem concept=age-limits
heading: vecuma ierobežojumi concept=age-limits
heading: vecuma ierobežojums concept=age-limits
heading: nepilngadīgie concept=minors
heading: nepilngadīgas personas concept=minors
heading: pakalpojumu izmantošana nepilngadīgajiem concept=minors
body: bērn* weight=3 concept=children
body: nepilngadīg* weight=2.5 concept=minors-teens
body: pusaudž* weight=2.5 concept=minors-teens
body: jaunāk* par weight=2.5 concept=age-threshold
body: gadu vecum* weight=2.5 concept=age-threshold
body: nav sasniedz* weight=2 concept=age-threshold
body: vecāk* weight=2 concept=parents-guardians
body: aizbildn* weight=2.5 concept=parents-guardians
body: likumīg* pārstāvj* weight=2.5 concept=parents-guardians
body: vecāku piekrišan* weight=3 concept=parental-consent
body: vecāku vai aizbildņu piekrišan* weight=3 concept=parental-consent
body: pārbaudām* piekrišan* weight=3 concept=parental-consent
body: coppa weight=3 concept=coppa
body: apzināti nevācam weight=3 concept=knowingly-collect
body: apzināti weight=2.5 concept=knowingly-collect
body: nav paredzēt* weight=2 concept=not-directed-to-children
body: nav domāt* weight=2 concept=not-directed-to-children
body: nav vērst* uz weight=2 concept=not-directed-to-children
body: ja mēs uzzinām weight=2 concept=if-we-learn
body: ja uzzināsim weight=2 concept=if-we-learn
body: vecum* weight=1.5 concept=age
body: nepilngadīgais weight=0.5 concept=minor

[international]
heading: starptautiska datu nosūtīšana concept=international-transfers
heading: starptautiskā datu nosūtīšana concept=international-transfers
heading: pārrobežu datu nosūtīšana concept=international-transfers
heading: datu nosūtīšana uz trešajām valstīm concept=international-transfers
heading: personas datu nosūtīšana uz trešajām valstīm concept=international-transfers
heading: datu nodošana uz trešajām valstīm concept=international-transfers
heading: datu nosūtīšana ārpus es concept=international-transfers
heading: datu nosūtīšana ārpus eez concept=international-transfers
heading: datu nosūtīšana concept=data-transfers
heading: personas datu nosūtīšana concept=data-transfers
heading: datu nodošana concept=data-transfers
heading: informācijas nodošana concept=data-transfers
heading: kur mēs glabājam jūsu datus concept=where-we-store
heading: kur tiek glabāti jūsu dati concept=where-we-store
heading: datu apstrādes vieta concept=where-we-store
heading: datu glabāšanas vieta concept=where-we-store
body: nosūtī* weight=1.5 concept=transfer
body: nodošan* weight=1.5 concept=transfer
body: pārrobežu weight=3 concept=cross-border
body: trešaj* valst* weight=3 concept=other-countries
body: trešās valstis weight=3 concept=other-countries
body: trešo valstu weight=3 concept=other-countries
body: trešā valstī weight=3 concept=other-countries
body: citās valstīs weight=2.5 concept=other-countries
body: ārpus jūsu valsts weight=2.5 concept=other-countries
body: ārpus es weight=2.5 concept=eea
body: ārpus eez weight=3 concept=eea
body: eiropas ekonomikas zon* weight=2 concept=eea
body: eez weight=2 concept=eea
body: amerikas savienot* valst* weight=1.5 concept=united-states
body: asv weight=1.5 concept=united-states
body: standarta līguma klauzul* weight=3 concept=transfer-safeguards
body: līguma standartklauzul* weight=3 concept=transfer-safeguards
body: saistoš* uzņēmuma noteikum* weight=3 concept=transfer-safeguards
body: atbilstoš* garantij* weight=2.5 concept=transfer-safeguards
body: pietiekamīb* weight=3 concept=adequacy
body: lēmum* par aizsardzības līmeņa pietiekamīb* weight=3 concept=adequacy
body: data privacy framework weight=3 concept=privacy-frameworks
body: privacy shield weight=3 concept=privacy-frameworks
body: zemāk* aizsardzības līmen* weight=2 concept=less-protective
body: jurisdikcij* weight=2 concept=jurisdictions
body: serveri atrodas weight=2.5 concept=server-location
body: glabāti serveros weight=2.5 concept=server-location
body: visā pasaulē weight=1.5 concept=around-the-world
# Inflected forms, compounds and GDPR wording real policies use.
heading: datu nosūtīšana ārpus eiropas savienības concept=international-transfers
heading: datu nodošana ārpus es concept=international-transfers
heading: datu nodošana ārpus eez concept=international-transfers
heading: nosūtīšana uz trešajām valstīm concept=international-transfers
heading: kur tiek apstrādāti dati concept=where-we-store
heading: serveru atrašanās vieta concept=where-we-store

[regional]
heading: kalifornijas iedzīvotājiem concept=california
heading: kalifornijas iedzīvotāji concept=california
heading: jūsu privātuma tiesības kalifornijā concept=california
heading: nevadas iedzīvotāji concept=us-state-rights
heading: asv štatu iedzīvotāju tiesības concept=us-state-rights
heading: informācija asv štatu iedzīvotājiem concept=us-state-rights
heading: informācija eez lietotājiem concept=eea-gdpr-notice
heading: lietotājiem eiropas savienībā concept=eea-gdpr-notice
heading: lietotāji no eiropas ekonomikas zonas concept=eea-gdpr-notice
heading: atbilstība vdar concept=eea-gdpr-notice
heading: noteikumi konkrētām jurisdikcijām concept=jurisdiction-specific
heading: papildu informācija noteiktām jurisdikcijām concept=jurisdiction-specific
heading: reģionālie noteikumi concept=jurisdiction-specific
body: kalifornij* weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: shine the light weight=3 concept=california-law
body: kalifornijas civilkodeks* weight=2.5 concept=california-law
body: nevad* weight=3 concept=us-states
body: virdžīnij* weight=3 concept=us-states
body: kolorād* weight=3 concept=us-states
body: konektikut* weight=3 concept=us-states
body: iedzīvotāj* weight=2 concept=residents
body: rezident* weight=2 concept=residents
body: patērētāj* weight=1.5 concept=consumers
body: nepārdot weight=3 concept=do-not-sell
body: pārdot vai kopīgot weight=3 concept=do-not-sell
body: pārdošan* vai kopīgošan* weight=3 concept=do-not-sell
body: starpkonteksta uzvedības reklām* weight=3 concept=cross-context-advertising
body: finansiāl* stimul* weight=3 concept=financial-incentives
body: iepriekšējo 12 mēnešu weight=3 concept=preceding-12-months
body: pēdējo 12 mēnešu weight=3 concept=preceding-12-months
body: iepriekšējo divpadsmit mēnešu weight=3 concept=preceding-12-months
body: vdar weight=2.5 concept=eu-gdpr
body: gdpr weight=2.5 concept=eu-gdpr
body: eiropas savienīb* weight=2 concept=eu-gdpr
body: brazīlij* weight=2 concept=brazil-lgpd
body: lgpd weight=3 concept=brazil-lgpd
body: kanād* weight=2 concept=canada-pipeda
body: pipeda weight=3 concept=canada-pipeda
body: štat* weight=0.5 concept=state
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
heading: trešo personu vietnes concept=third-party-websites
heading: trešo pušu vietnes concept=third-party-websites
heading: trešo personu tīmekļa vietnes concept=third-party-websites
heading: citas tīmekļa vietnes concept=third-party-websites
heading: saites uz citām vietnēm concept=links-to-other-sites
heading: saites uz citām tīmekļa vietnēm concept=links-to-other-sites
heading: saites uz trešo personu vietnēm concept=links-to-other-sites
heading: ārējās saites concept=links-to-other-sites
heading: trešo personu saites concept=links-to-other-sites
heading: trešo personu pakalpojumi concept=third-party-services
heading: trešo pušu pakalpojumi concept=third-party-services
heading: sociālo tīklu spraudņi concept=social-media-plugins
heading: sociālie tīkli concept=social-media-plugins
heading: sociālo mediju spraudņi concept=social-media-plugins
heading: trešo personu privātuma politikas weight=2 concept=third-party-privacy-policies
heading: trešo pušu privātuma politikas weight=2 concept=third-party-privacy-policies
body: sait* weight=2.5 concept=links
body: hipersait* weight=3 concept=links
body: citas vietnes weight=2.5 concept=other-sites
body: citu vietņu weight=2.5 concept=other-sites
body: citām vietnēm weight=2.5 concept=other-sites
body: ārēj* vietn* weight=2.5 concept=other-sites
body: trešo personu vietn* weight=2.5 concept=other-sites
body: trešo pušu vietn* weight=2.5 concept=other-sites
body: trešo personu lietotn* weight=2 concept=third-party-applications
body: trešo pušu lietotn* weight=2 concept=third-party-applications
body: trešo personu pakalpojum* weight=2.5 concept=third-party-applications
body: trešo pušu pakalpojum* weight=2.5 concept=third-party-applications
body: neesam atbildīg* weight=3 concept=not-responsible
body: nav atbildīg* weight=3 concept=not-responsible
body: neuzņemamies atbildību weight=3 concept=not-responsible
body: nekontrolējam weight=3 concept=not-responsible
body: nevaram kontrolēt weight=2.5 concept=not-responsible
body: savas privātuma politik* weight=3 concept=their-privacy-policies
body: viņu privātuma politik* weight=3 concept=their-privacy-policies
body: to privātuma politik* weight=3 concept=their-privacy-policies
body: iesakām jums weight=2.5 concept=encourage-review
body: iesakām weight=1.5 concept=encourage-review
body: aicinām jūs weight=2 concept=encourage-review
body: atstājat mūsu weight=2.5 concept=leave-our-site
body: pametat mūsu weight=2.5 concept=leave-our-site
body: spraudn* weight=2.5 concept=plugins
body: logrīk* weight=2.5 concept=plugins
body: satur* weight=0.5 concept=content
body: iepazīties weight=0.5 concept=review
body: pārskatīt weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: sociālie mediji concept=social-media-presence
heading: sociālajos tīklos concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: trešo personu vāktie dati concept=third-party-data-collection
heading: trešo pušu vāktie dati concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: tīkla savienojumi weight=2 concept=network-connections
heading: tīkla pieprasījumi weight=2 concept=network-connections
heading: ārējie savienojumi weight=2 concept=network-connections
heading: atstāj jūsu ierīci weight=2 concept=network-connections
heading: atstāj tavu ierīci weight=2 concept=network-connections
heading: sūtīti pa internetu weight=2 concept=network-connections
heading: ārpus ierīces nosūtītie dati weight=2 concept=network-connections
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
heading: iegultais saturs concept=third-party-services
heading: trešo pušu saturs concept=third-party-services
heading: trešo pušu bibliotēkas concept=third-party-services
heading: trešo pušu rīki concept=third-party-services
heading: ārējie pakalpojumi concept=third-party-services
heading: ārējās vietnes concept=third-party-websites
heading: mākoņa sinhronizācija concept=third-party-services
heading: sinhronizācija un dublēšana concept=third-party-services

[changes]
heading: izmaiņas šajā politikā concept=changes-to-policy
heading: izmaiņas šajā privātuma politikā concept=changes-to-policy
heading: izmaiņas privātuma politikā concept=changes-to-policy
heading: privātuma politikas izmaiņas concept=changes-to-policy
heading: politikas izmaiņas concept=changes-to-policy
heading: izmaiņas concept=changes-to-policy
heading: politikas atjauninājumi concept=policy-updates
heading: šīs politikas atjaunināšana concept=policy-updates
heading: atjauninājumi concept=policy-updates
heading: paziņojums par izmaiņām concept=notification-of-changes
heading: paziņošana par izmaiņām concept=notification-of-changes
heading: grozījumi concept=amendments
heading: grozījumi un papildinājumi concept=amendments
heading: nobeiguma noteikumi concept=amendments
heading: noslēguma noteikumi concept=amendments
heading: stāšanās spēkā concept=entry-into-force
heading: spēkā stāšanās concept=entry-into-force
body: izmaiņ* weight=1.5 concept=change-update
body: groz* weight=2 concept=change-update
body: atjaunin* weight=2 concept=change-update
body: mainīt* weight=1.5 concept=change-update
body: papildinājum* weight=1.5 concept=change-update
body: labojum* weight=1 concept=change-update
body: stājas spēkā weight=3 concept=effective-date
body: spēkā no weight=3 concept=effective-date
body: pēdējo reizi atjaunināt* weight=3 concept=effective-date
body: pēdējās izmaiņas weight=3 concept=effective-date
body: pēdējo reizi grozīt* weight=3 concept=effective-date
body: laiku pa laikam weight=2.5 concept=from-time-to-time
body: regulāri weight=1.5 concept=from-time-to-time
body: būtisk* izmaiņ* weight=3 concept=material-changes
body: turpinot izmantot weight=3 concept=continued-use
body: turpinot lietot weight=3 concept=continued-use
body: regulāri pārskatīt weight=2.5 concept=check-back
body: regulāri apmeklēt weight=2.5 concept=check-back
body: jaunāk* versij* weight=2 concept=latest-version
body: aktuāl* versij* weight=2 concept=latest-version
body: spēkā esoš* versij* weight=2 concept=latest-version
body: nekavējoties weight=1.5 concept=effective-immediately
body: paturam tiesības weight=2 concept=reserve-the-right
body: ir tiesības veikt izmaiņas weight=2 concept=reserve-the-right
body: mēs jūs informēsim weight=1.5 concept=notify-you
body: informēsim jūs weight=1.5 concept=notify-you
body: paziņosim weight=1.5 concept=notify-you
body: publicē* weight=1 concept=posting
body: versij* weight=1 concept=version
body: paziņojum* weight=0.5 concept=notice
# Inflected forms, compounds and GDPR wording real policies use.
heading: privātuma politikas grozījumi concept=changes-to-policy
heading: politikas grozījumi concept=changes-to-policy
heading: pēdējo reizi atjaunināts concept=entry-into-force

[contact]
heading: kontakti concept=contact-us
heading: sazinieties ar mums concept=contact-us
heading: saziņa ar mums concept=contact-us
heading: saziņa concept=contact-us
heading: kā sazināties ar mums concept=how-to-contact
heading: kā ar mums sazināties concept=how-to-contact
heading: kontaktinformācija concept=contact-information
heading: kontaktpersona concept=contact-information
heading: mūsu kontaktinformācija concept=contact-information
heading: jautājumi concept=questions
heading: jautājumi un ierosinājumi concept=questions
heading: jautājumi un pieprasījumi concept=questions
heading: datu aizsardzības speciālists concept=data-protection-officer
heading: datu aizsardzības speciālista kontaktinformācija concept=data-protection-officer
body: sazinieties ar mums weight=3 concept=please-contact
body: sazinieties weight=2.5 concept=please-contact
body: rakstiet mums weight=3 concept=please-contact
body: varat sazināties ar mums weight=3 concept=please-contact
body: varat ar mums sazināties weight=3 concept=please-contact
body: jautājum* weight=2.5 concept=questions-comments
body: komentār* weight=1.5 concept=questions-comments
body: ierosinājum* weight=1.5 concept=questions-comments
body: neskaidrīb* weight=1.5 concept=questions-comments
body: datu aizsardzības speciālist* weight=3 concept=dpo
body: dpo weight=3 concept=dpo
body: juridiskā adrese weight=2 concept=postal-address
body: juridisk* adres* weight=2 concept=postal-address
body: reģistrācijas numur* weight=2 concept=postal-address
body: reģ. nr weight=2 concept=postal-address
body: tālrun* weight=1.5 concept=telephone
body: pa e-pastu weight=1.5 concept=by-email
body: rakstot uz e-pastu weight=1.5 concept=by-email
body: klientu apkalpošan* weight=1.5 concept=customer-service
body: klientu servis* weight=1.5 concept=customer-service
body: adres* weight=0.3 concept=address
# Inflected forms, compounds and GDPR wording real policies use.
heading: pārzinis concept=contact-information
heading: personas datu apstrādes pārzinis concept=contact-information

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
