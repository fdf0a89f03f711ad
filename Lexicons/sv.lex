# Swedish lexicon (Sweden and Finland-Swedish; policies address the reader as "du")
@language sv
@name Swedish
@fold-accents no            # å ä ö are letters in Swedish and
# folding merges some words: "är" (is) = "år" (year), "vår" (our) = "var" (was),
# "våra" = "vara", "så" = "sa". Only one form of each pair is listed below.

[profile]
# Function words first. weight=3 marks words that tell Swedish from Danish (and Norwegian):
# och/og, inte/ikke, att/at, är/er, till/til, oss/os, från/fra, också/også, vilka/hvilke.
# som, vi, med, om, har, kan, den, det stay at 1: Danish uses them too.
och weight=3
i
att weight=3
det
som
en
på
är weight=2                   # folds onto "år", Danish and Swedish for "year"
av weight=2
för
med
till weight=3
den
har
de
inte weight=3
om
ett weight=3
men
vi
du
dig
din
ditt weight=3
dina weight=3
er
era weight=2
ni weight=2
oss weight=3
vår                          # also "var" after folding
vara weight=3                # also "våra"
sig
sin
sina weight=3
sitt weight=3
kan
ska weight=3
skall
kommer
måste weight=3
få
bli
blir weight=2
blev
varit weight=3
hade
vilka weight=3
vilken weight=3
vilket weight=3
vad weight=3
hur weight=3
när
där weight=3
eller
samt
även weight=3
också weight=3
bara weight=2
endast weight=3
utan weight=3
genom weight=3
från weight=3
efter
under
mellan weight=3
enligt weight=3
inom weight=3
hos
vid weight=3
mot weight=2
alla weight=2
andra weight=2
annan weight=3
annat weight=3
något weight=3
några weight=3
sådana weight=3
detta weight=3
dessa weight=3
denna weight=3
eftersom weight=3
därför weight=3
så
då
dock weight=3
både
ingen
inga weight=3
mycket weight=3
själv weight=3
än
# words frequent in privacy policies
personuppgifter weight=3
uppgifter weight=3
personuppgiftsansvarig weight=3
behandling
behandlar weight=3
behandla
dataskydd weight=3
integritetspolicy weight=3
integritet
webbplats weight=3
webbplatsen weight=3
tjänster weight=3
tjänsterna weight=3
användare weight=3
användaren weight=3
tredje
part weight=0.5
parter
rättigheter weight=3
rätt
skydd
samtycke weight=3
ändamål weight=3
syfte weight=3
syftet weight=3
intresse
berättigat weight=3
tillgång
begäran weight=3
e-post weight=3
adress
konto
produkter
företag weight=3
fall
åtgärder weight=3
säkerhet
lagra weight=3
lagrar weight=3
spara
sparar
nödvändigt weight=3
tillämplig
kund
kunder
användning weight=3
använda
använder weight=3
samla
samlar weight=3
dela
delar
lämna
kontakt
följande
namn
telefonnummer
cookies weight=0.5
webbläsare weight=3
enhet
rättslig
skyldighet
avtal weight=3
information weight=0.5
lag
dataskyddsförordningen weight=3
uppgift
gäller weight=3
exempel

[units]
year: år, åren, året, års
month: månad, månader, månaden, månaders
week: vecka, veckor, veckan
day: dag, dagar, dagen, dagars
hour: timme, timmar, timmen
minute: minut, minuter
business-day: arbetsdag, arbetsdagar, bankdag, bankdagar

[numbers]
1: en, ett
2: två
3: tre
4: fyra
5: fem
6: sex
7: sju
8: åtta
9: nio
10: tio
11: elva
12: tolv
13: tretton
15: femton
16: sexton
18: arton
20: tjugo
24: tjugofyra
30: trettio
60: sextio
90: nittio
100: hundra, etthundra

[references]
gdpr: gdpr, dataskyddsförordningen, allmänna dataskyddsförordningen, 2016/679
ccpa: ccpa, california consumer privacy act
cpra: cpra, california privacy rights act
coppa: coppa
lgpd: lgpd, lei geral de proteção de dados
pipeda: pipeda, personal information protection and electronic documents act

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
användarvillkor
användningsvillkor
villkor för användning
allmänna villkor
tjänstevillkor
tillämplig lag
tillämplig lag och jurisdiktion
tillämplig lag och tvistlösning
lagval
lagval och forum
jurisdiktion
behörig domstol
avskiljbarhet
hela avtalet
fullständigt avtal
inget avstående
force majeure
ansvarsfriskrivning
friskrivning
ansvarsbegränsning
begränsning av ansvar
skadeslöshet
översättningar
översättning
andra översättningar
språkversioner
den engelska versionen har företräde
den svenska versionen har företräde
licens
upphovsrätt
copyright
erkännanden
innehållsförteckning
immateriella rättigheter
# Användarvillkor på en integritetssida: användarens ansvar och licensiering av publicerat innehåll.
användarens ansvar
användarnas ansvar
användarens skyldigheter
användarnas skyldigheter
licensiering av innehåll
licensiering av innehållet
innehållslicens

[intro]
heading: inledning concept=introduction
heading: introduktion concept=introduction
heading: vilka vi är concept=who-we-are
heading: om denna integritetspolicy concept=about-this-policy
heading: tillämpningsområde concept=scope
heading: allmänt concept=introduction
heading: personuppgiftsansvarig* concept=who-we-are    # den personuppgiftsansvarige
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that sv lacked.
heading: översikt concept=summary
heading: sammanfattning concept=summary
heading: i korthet concept=summary
heading: om denna policy concept=about-this-policy
heading: vem gäller policyn för concept=scope
heading: vårt åtagande för din integritet concept=commitment-to-privacy
heading: vi värnar om din integritet concept=commitment-to-privacy
heading: ditt godkännande concept=acceptance
heading: godkännande av denna policy concept=acceptance
heading: integritetspolicy weight=0.5 concept=privacy-policy-title
heading: dataskyddspolicy weight=0.5 concept=privacy-policy-title
heading: personuppgiftspolicy weight=0.5 concept=privacy-policy-title
heading: integritetsmeddelande weight=0.5 concept=privacy-policy-title
body: denna integritetspolicy weight=0.5 concept=this-privacy-policy
body: integritetspolicy weight=0.3 concept=this-privacy-policy
body: gäller för weight=1.5 concept=policy-applies-to
body: tillämpningsområde weight=2 concept=policy-applies-to
body: genom att använda weight=2 concept=by-using
body: när du använder weight=1.5 concept=by-using
body: godkän* weight=1.5 concept=acceptance-of-policy
body: accepter* weight=1.5 concept=acceptance-of-policy
body: beskriver weight=1 concept=policy-describes
body: förklarar weight=1 concept=policy-describes
body: nedan kallat weight=2 concept=referred-to-as
body: personuppgiftsansvarig weight=1.5
body: organisationsnummer weight=2
body: ansvarar för weight=1
body: webbplats weight=0.3 concept=website
# Added with the shared concept inventory (concepts.txt): terms real policies use that sv lacked.
body: denna integritetspolicy beskriver weight=2.5 concept=policy-describes
body: om du inte godkänner weight=2 concept=if-you-do-not-agree
body: om du inte samtycker weight=2 concept=if-you-do-not-agree
body: värnar om din integritet weight=2 concept=committed-to-privacy
body: respekterar din integritet weight=2 concept=committed-to-privacy
body: användarvillkor weight=1 concept=terms-of-use
body: läs noga weight=1.5 concept=please-read
body: integritet weight=0.3 concept=privacy
body: tjänster weight=0.3 concept=services
body: företag weight=0.3 concept=company
# The policy naming its author: ("Acme", "vi", "oss" eller "vår").
body: vi oss eller vår weight=2.5 concept=we-us-defined
body: vi oss och vår weight=2.5 concept=we-us-defined
body: vi eller oss weight=2.5 concept=we-us-defined
heading: om oss weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
heading: vårt företag weight=0.5 concept=who-we-are
# Inflected forms, compounds and GDPR wording real policies use.
heading: om oss och denna policy concept=who-we-are
heading: vem är personuppgiftsansvarig concept=who-we-are
heading: integritetsskyddspolicy weight=0.5 concept=privacy-policy-title
heading: integritetsskydd weight=0.5 concept=privacy-policy-title
heading: om denna dataskyddspolicy concept=about-this-policy
heading: om denna integritetsskyddspolicy concept=about-this-policy

[definitions]
heading: definitioner concept=definitions
heading: begrepp concept=key-terms
heading: begreppsförklaringar concept=key-terms
heading: ordlista concept=key-terms
heading: termer concept=key-terms
heading: tolkning concept=interpretation
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that sv lacked.
heading: definition av begrepp concept=definitions
heading: vad menar vi med concept=what-we-mean-by
heading: vad avses med concept=what-we-mean-by
body: avses weight=3 concept=means
body: betyder weight=2 concept=means              # also "vilket betyder": as English "means"
body: innebär weight=2 concept=means
body: hänvisar till weight=2 concept=refers-to
body: i denna policy weight=1 concept=as-used-in-this-policy
body: definition* weight=2 concept=defined-terms-intro
body: begrepp* weight=2 concept=defined-terms-intro
body: all information weight=1.5 concept=personal-data-means
body: fysisk person weight=1.5 concept=identifiable-person
body: identifierbar weight=1.5 concept=identifiable-person
body: registrerade weight=1 concept=gdpr-roles
body: personuppgiftsbiträde weight=1 concept=gdpr-roles
body: pseudonymisering weight=1.5
body: omfattar weight=0.5 concept=includes
# Added with the shared concept inventory (concepts.txt): terms real policies use that sv lacked.
body: personuppgifter är weight=3 concept=personal-data-means
body: identifierad eller identifierbar weight=2.5 concept=identifiable-person
body: nedan kallad* weight=2 concept=hereinafter
body: personuppgiftsansvarig weight=1 concept=gdpr-roles
body: användare weight=0.3 concept=user
body: personuppgifter weight=0.2 concept=personal-data
# Inflected forms, compounds and GDPR wording real policies use.
heading: definitioner och begrepp concept=definitions
heading: använda begrepp concept=key-terms
heading: begreppsdefinitioner concept=definitions

[collection]
heading: vilka personuppgifter vi samlar in concept=what-we-collect
# App permissions as a heading ("Permissions"), as English has it.
heading: behörigheter concept=what-we-collect
heading: appbehörigheter concept=what-we-collect
heading: vilka personuppgifter samlar vi in concept=what-we-collect
heading: vilka uppgifter vi samlar in concept=what-we-collect
heading: vilka uppgifter behandlar vi concept=what-we-collect
heading: personuppgifter vi behandlar concept=what-we-collect
heading: insamling av personuppgifter concept=collection-of-information
heading: kategorier av personuppgifter concept=categories-of-data
heading: hur vi samlar in uppgifter concept=how-we-collect
heading: varifrån vi hämtar uppgifter concept=sources-of-information
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that sv lacked.
heading: insamlade uppgifter concept=what-we-collect
heading: datainsamling concept=collection-of-information
heading: källor till personuppgifter concept=sources-of-information
heading: uppgifter som du lämnar till oss concept=information-you-provide
heading: uppgifter du lämnar concept=information-you-provide
heading: kontaktformulär weight=3 concept=information-you-provide
heading: uppgifter som samlas in automatiskt concept=collected-automatically
heading: automatiskt insamlade uppgifter concept=collected-automatically
body: samlar in weight=2 concept=we-collect
body: samla in weight=2 concept=we-collect
body: samla* weight=1.5 concept=we-collect
body: insaml* weight=2 concept=we-collect
body: inhämta* weight=2 concept=we-collect
body: hämtar weight=1.5 concept=we-collect
body: kategorier av personuppgifter weight=2 concept=data-categories
body: som du lämnar weight=2 concept=you-provide
body: du lämnar till oss weight=2 concept=you-provide
body: automatiskt weight=1.5 concept=automatically
body: formulär* weight=1.5 concept=forms
body: namn weight=0.5 concept=name
body: e-postadress weight=1.5 concept=contact-details
body: telefonnummer weight=1.5 concept=contact-details
body: ip-adress weight=1.5 concept=device-data
body: personnummer weight=2
body: betalningsuppgifter weight=1 concept=payment-data
body: webbläsartyp weight=1 concept=device-data
body: platsuppgifter weight=1 concept=location-data
body: källor weight=1.5 concept=sources
# A list of the data handled, announced in the text (en: "the following data is processed:").
body: följande uppgifter weight=2.5 concept=following-data
body: följande personuppgifter weight=2.5 concept=following-data
body: följande information weight=2.5 concept=following-data
# Added with the shared concept inventory (concepts.txt): terms real policies use that sv lacked.
body: offentligt tillgänglig* weight=2 concept=publicly-available
body: operativsystem weight=2 concept=device-data
body: enhetsidentifierare weight=2 concept=device-data
body: geolokalisering weight=2 concept=location-data
body: användningsdata weight=2 concept=usage-data
body: demografisk* weight=1.5 concept=demographic-data
body: konto weight=0.3 concept=account
body: uppgifter weight=0.1 concept=information
# Headings asking which personal data are processed (GDPR style): "What personal data do we process?"
heading: vilka personuppgifter concept=what-we-collect
# App notices: crash reports, diagnostics and push tokens are data the app collects.
heading: kraschrapporter concept=collected-automatically
heading: diagnostikdata concept=collected-automatically
body: kraschrapport* weight=2.5 concept=usage-data
body: diagnostikdata weight=2 concept=usage-data
body: push-token* weight=2.5 concept=device-data
# Inflected forms, compounds and GDPR wording real policies use.
heading: vilka uppgifter samlar vi in concept=what-we-collect
heading: vilka data samlar vi in concept=what-we-collect
heading: vilka personuppgifter behandlar vi concept=what-we-collect
heading: vilka personuppgifter vi behandlar concept=what-we-collect
heading: vilka typer av personuppgifter concept=what-we-collect
heading: typer av personuppgifter concept=categories-of-data
heading: typer av uppgifter concept=categories-of-data
heading: kategorier av uppgifter concept=categories-of-data
heading: insamling av uppgifter concept=collection-of-information
heading: insamling av data concept=collection-of-information
heading: insamling av information concept=collection-of-information
heading: insamling och behandling av personuppgifter concept=collection-of-information
heading: personuppgifter som vi samlar in concept=what-we-collect
heading: uppgifter vi samlar in concept=what-we-collect
heading: information vi samlar in concept=what-we-collect
heading: vilken information samlar vi in concept=what-we-collect
heading: hur samlar vi in concept=how-we-collect
heading: hur vi samlar in concept=how-we-collect
heading: varifrån får vi dina personuppgifter concept=sources-of-information
heading: varifrån hämtar vi concept=sources-of-information
heading: uppgifter från tredje part concept=sources-of-information
heading: uppgifter som du lämnar concept=information-you-provide
heading: information som du lämnar concept=information-you-provide
heading: automatiskt insamlad information concept=collected-automatically
heading: tekniska uppgifter concept=collected-automatically
heading: loggdata concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: stannar på din enhet weight=2 concept=on-device-data
heading: stannar på enheten weight=2 concept=on-device-data
heading: förblir på din enhet weight=2 concept=on-device-data
heading: behandlas lokalt weight=2 concept=on-device-data
heading: lokalt lagrade uppgifter weight=2 concept=on-device-data
heading: lokalt lagrad data weight=2 concept=on-device-data
heading: lokal behandling weight=2 concept=on-device-data
heading: behandling på enheten weight=2 concept=on-device-data
body: postadress weight=1.5 concept=contact-details
body: platsdata weight=1 concept=location-data
# Login and registration headings (en "Login", "Registration"): what the user gives to get an account.
heading: inloggning concept=information-you-provide
heading: logga in concept=information-you-provide
heading: registrering concept=information-you-provide
heading: registrering och inloggning concept=information-you-provide
heading: skapa konto concept=information-you-provide
heading: inloggningsuppgifter concept=categories-of-data
body: vid inloggning weight=1.5 concept=you-provide
# Compound "Informationsinsamling (och användning)" (Information Collection and Use).
heading: informationsinsamling concept=collection-of-information
# Coordinated heading "<collection> and use (of information)" (Information Collection and Use): the collection noun leads.
heading: insamling och användning concept=collection-of-information
# Log data (what the app or server records of a use): "log data".
body: loggdata weight=1.5 concept=usage-data

[use]
heading: hur vi använder dina personuppgifter concept=how-we-use
heading: hur vi använder informationen concept=how-we-use
heading: användning av personuppgifter concept=use-of-information
heading: varför vi behandlar dina personuppgifter concept=why-we-collect
heading: varför behandlar vi concept=why-we-collect
heading: ändamål med behandlingen concept=purposes-of-processing
heading: ändamål concept=purposes-of-processing
heading: syften concept=purposes-of-processing
heading: hur vi använder concept=how-we-use
heading: hur använder vi concept=how-we-use
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that sv lacked.
heading: varför vi samlar in dina uppgifter concept=why-we-collect
heading: behandling av personuppgifter concept=processing-of-personal-data
heading: behandling av dina personuppgifter concept=processing-of-personal-data
heading: hur vi behandlar dina personuppgifter concept=processing-of-personal-data
body: ändamål* weight=2.5 concept=purposes
body: syfte* weight=2.5 concept=purposes
body: i syfte att weight=2 concept=purposes
# Not använd*: it also begins "användare(n)" (user) and "användarvillkor", which name no use of data.
body: använda weight=1 concept=we-use
body: använder weight=1 concept=we-use
body: används weight=1 concept=we-use
body: användas weight=1 concept=we-use
body: använt weight=1 concept=we-use
body: användes weight=1 concept=we-use
body: användning* weight=1 concept=we-use
body: tillhandahålla weight=1.5 concept=to-provide
body: administrera weight=1.5 concept=to-administer
body: hantera weight=1.5 concept=to-administer
body: fullgöra weight=1.5 concept=to-fulfil
body: leverera weight=1.5 concept=to-fulfil
body: förbättr* weight=1.5 concept=to-improve
body: personalis* weight=1.5 concept=to-personalise
body: anpass* weight=1 concept=to-personalise
body: profilering weight=2 concept=profiling
body: automatiserat beslutsfattande weight=1.5 concept=automated-decisions
body: bedrägeri* weight=1.5 concept=to-prevent-fraud
body: statistik weight=1 concept=to-analyse
body: skicka weight=1 concept=to-send
# Added with the shared concept inventory (concepts.txt): terms real policies use that sv lacked.
body: vi använder weight=2 concept=we-use
body: för följande ändamål weight=2.5 concept=following-purposes
body: utveckla nya weight=2 concept=to-develop
body: kommunicera med dig weight=2 concept=to-communicate
body: besvara dina frågor weight=1.5 concept=to-respond
body: kundsupport weight=1.5 concept=to-respond
body: analysera* weight=1 concept=to-analyse
body: felsök* weight=2 concept=to-troubleshoot
body: marknadsundersökning* weight=1.5 concept=research
body: hantera betalningar weight=1.5 concept=to-process-transactions
body: orderhantering weight=1.5 concept=to-process-transactions
body: uppfylla rättsliga förpliktelser weight=1 concept=to-comply-with-law
body: följa lagar weight=1 concept=to-comply-with-law
heading: för följande ändamål concept=purposes-of-processing
# "Användning av insamlade uppgifter / platsdata": the use word is the head; "Användning av cookies"
# stays cookies.
heading: användning av insamlade weight=2 concept=use-of-information
heading: användning av de insamlade weight=2 concept=use-of-information
heading: användning av uppgifter concept=use-of-information
heading: användning av data concept=use-of-information
heading: användning av platsdata concept=use-of-information
heading: användning av platsuppgifter concept=use-of-information
# Inflected forms, compounds and GDPR wording real policies use.
heading: vad använder vi dina personuppgifter till concept=how-we-use
heading: vad använder vi dina uppgifter till concept=how-we-use
heading: hur vi använder dina uppgifter concept=how-we-use
heading: hur vi använder din information concept=how-we-use
heading: användning av dina personuppgifter concept=use-of-information
heading: användning av information concept=use-of-information
heading: ändamålen med behandlingen concept=purposes-of-processing
heading: ändamål och rättslig grund concept=purposes-of-processing
heading: syftet med behandlingen concept=purposes-of-processing
heading: syfte med behandlingen concept=purposes-of-processing
heading: varför samlar vi in concept=why-we-collect
heading: varför behandlar vi dina personuppgifter concept=why-we-collect
heading: så använder vi concept=how-we-use
heading: vår användning av dina uppgifter concept=use-of-information
heading: automatiser* beslut* concept=automated-decision-making
heading: automatisk* beslut* concept=automated-decision-making
heading: automatiserat beslutsfattande concept=automated-decision-making

[legal-basis]
heading: rättslig grund concept=legal-basis
heading: laglig grund concept=legal-basis
heading: rättsliga grunder concept=legal-basis
heading: rättslig grund för behandlingen concept=legal-basis
heading: laglig grund för behandlingen concept=legal-basis
heading: på vilken rättslig grund concept=why-allowed
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that sv lacked.
heading: varför får vi behandla dina uppgifter concept=why-allowed
body: rättslig grund weight=3 concept=legal-basis-term
body: laglig grund weight=3 concept=legal-basis-term
body: rättsliga grunder weight=3 concept=legal-basis-term
body: berättigat intresse weight=3 concept=legitimate-interests
body: berättigade intressen weight=3 concept=legitimate-interests
body: intresseavvägning weight=3 concept=balancing-test
body: fullgöra avtal weight=2.5 concept=performance-of-contract
body: fullgörande av avtal weight=2.5 concept=performance-of-contract
body: ingå avtal weight=2 concept=performance-of-contract
body: rättslig förpliktelse weight=2.5 concept=legal-obligation
body: rättsliga förpliktelser weight=2 concept=legal-obligation
body: grundläggande intresse weight=2 concept=vital-interests
body: allmänt intresse weight=2 concept=public-interest
body: artikel 6 weight=2.5 concept=article-6
body: laglig* weight=2 concept=lawful
body: samtycke weight=1 concept=consent-as-basis
body: gdpr weight=1
body: nödvändig weight=0.5 concept=necessary
# Added with the shared concept inventory (concepts.txt): terms real policies use that sv lacked.
body: grundläggande rättigheter och friheter weight=2.5 concept=balancing-test
body: behandlingen är nödvändig weight=2.5 concept=processing-necessary
body: på grundval av weight=2 concept=on-the-basis-of
body: med stöd av weight=2 concept=on-the-basis-of
# Inflected forms, compounds and GDPR wording real policies use.
heading: rättslig grund för behandling concept=legal-basis
heading: laglig grund för behandling concept=legal-basis
heading: lagliga grunder concept=legal-basis
heading: rättsliga grunder för behandlingen concept=legal-basis
heading: laglig behandling concept=legal-basis
heading: vår rättsliga grund concept=legal-basis
heading: grund för behandlingen concept=legal-basis
heading: vilken grund concept=why-allowed

[consent]
heading: samtycke concept=your-consent
heading: ditt samtycke concept=your-consent
heading: återkalla samtycke concept=withdrawal-of-consent
heading: återkallelse av samtycke concept=withdrawal-of-consent
heading: att återkalla ditt samtycke concept=withdrawal-of-consent
heading: godkännande concept=your-consent
body: samtyck* weight=2.5 concept=you-consent
body: återkall* weight=2.5 concept=withdraw
body: när som helst weight=1 concept=at-any-time
body: utan att det påverkar weight=2 concept=without-affecting-lawfulness
body: lagligheten weight=2 concept=without-affecting-lawfulness
body: medgivande weight=1.5 concept=permission
body: uttryckligt weight=1 concept=explicit-consent
body: frivilligt weight=1 concept=freely-given
body: otvetydig* weight=1.5 concept=freely-given
body: kryssruta weight=1.5 concept=opt-in
body: kryssa weight=1.5 concept=opt-in
body: godkänner weight=1 concept=you-agree
body: opt-in weight=2 concept=opt-in
# Added with the shared concept inventory (concepts.txt): terms real policies use that sv lacked.
body: uttryckligt samtycke weight=2.5 concept=explicit-consent
body: tillstånd weight=1.5 concept=permission
body: ångrar dig weight=2 concept=change-your-mind
# Inflected forms, compounds and GDPR wording real policies use.
heading: återkallande av samtycke concept=withdrawal-of-consent
heading: återkalla ditt samtycke concept=withdrawal-of-consent
heading: rätt att återkalla samtycke concept=withdrawal-of-consent
heading: samtycke och återkallelse concept=withdrawal-of-consent

[sharing]
heading: delning av personuppgifter concept=sharing-of-information
heading: delning av dina personuppgifter concept=sharing-of-information
heading: delning av uppgifter concept=sharing-of-information
heading: vem vi delar uppgifter med concept=who-we-share-with
heading: vem har tillgång till concept=who-we-share-with
heading: vilka vi delar dina personuppgifter med concept=who-we-share-with
heading: mottagare concept=who-we-share-with
heading: mottagare av personuppgifter concept=who-we-share-with
heading: utlämnande av personuppgifter concept=disclosure-of-information
heading: överföring till tredje part concept=third-parties
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that sv lacked.
heading: hur vi delar dina uppgifter concept=how-we-share
heading: uppgifter vi delar concept=how-we-share
heading: tredje part concept=third-parties
heading: delning med tredje part concept=third-parties
heading: tjänsteleverantörer concept=service-providers-heading
heading: personuppgiftsbiträden concept=service-providers-heading
heading: företagsöverlåtelser concept=business-transfers
heading: fusioner och förvärv concept=business-transfers
heading: rättsliga krav concept=legal-requests
heading: begäran från myndigheter concept=legal-requests
heading: säljer vi dina uppgifter concept=sale-of-information
heading: försäljning av personuppgifter concept=sale-of-information
body: delar weight=1.5 concept=share
body: dela weight=1.5 concept=share
body: delas weight=2 concept=share
body: mottagare weight=2.5 concept=recipients
body: lämnar ut weight=2 concept=disclose
body: utlämnande weight=2 concept=disclose
body: tredje part weight=1 concept=third-parties-term
body: tredje parter weight=1.5 concept=third-parties-term
body: personuppgiftsbiträden weight=2 concept=service-providers
body: tjänsteleverantörer weight=2 concept=service-providers
body: leverantörer weight=1.5 concept=service-providers
body: koncernbolag weight=2 concept=affiliates
body: koncern* weight=1.5 concept=affiliates
body: myndigheter weight=1.5 concept=authorities
body: polis* weight=1.5 concept=authorities
body: domstolsbeslut weight=1.5 concept=legal-process
body: fusion weight=2 concept=corporate-transaction
body: förvärv weight=1.5 concept=corporate-transaction
body: försäljning weight=1 concept=sell
body: säljer inte weight=2 concept=sell
# Added with the shared concept inventory (concepts.txt): terms real policies use that sv lacked.
body: för vår räkning weight=1.5 concept=on-our-behalf
body: samarbetspartner* weight=1.5 concept=business-partners
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: överföring av uppgifter till tredje part concept=transfer-to-third-parties
heading: utlämnande av uppgifter till tredje part concept=transfer-to-third-parties
# Processors named in a subsection of their own (hosting, CDN, cloud): what states processing
# on our behalf weighs against the transfer and legal-basis words around it.
heading: hosting concept=service-providers-heading
heading: content delivery network concept=service-providers-heading
body: hosting weight=2 concept=service-providers
body: content delivery network weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: cloud computing weight=2 concept=service-providers
heading: webbhotell concept=service-providers-heading
body: webbhotell* weight=2.5 concept=service-providers
body: hostas av weight=1.5 concept=service-providers
body: personuppgiftsbiträdesavtal* weight=2 concept=service-providers
body: biträdesavtal* weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: betalningar weight=2 concept=payments-purchases
heading: betalningshantering weight=3 concept=payments-purchases
heading: köp i appen weight=2 concept=payments-purchases
heading: prenumerationer weight=2 concept=payments-purchases
# Inflected forms, compounds and GDPR wording real policies use.
heading: utlämnande av uppgifter concept=disclosure-of-information
heading: utlämnande av dina personuppgifter concept=disclosure-of-information
heading: delar vi dina uppgifter concept=how-we-share
heading: delar vi dina personuppgifter concept=how-we-share
heading: vem delar vi dina personuppgifter med concept=who-we-share-with
heading: vem delar vi uppgifter med concept=who-we-share-with
heading: vilka delar vi concept=who-we-share-with
heading: mottagare av dina personuppgifter concept=who-we-share-with
heading: mottagare av uppgifter concept=who-we-share-with
heading: delning av information concept=sharing-of-information
heading: delning av data concept=sharing-of-information
heading: delning med andra concept=sharing-of-information
heading: överföring till tredje parter concept=transfer-to-third-parties
heading: tredje parter concept=third-parties
heading: samarbetspartner concept=third-parties
heading: samarbetspartners concept=third-parties
heading: underbiträden concept=service-providers-heading
heading: användning av personuppgiftsbiträden concept=service-providers-heading
heading: myndigheter concept=legal-requests
heading: försäljning av uppgifter concept=sale-of-information
heading: företagsförvärv concept=business-transfers

[cookies]
heading: cookies concept=cookies
heading: kakor concept=cookies
heading: webbkakor concept=cookies
heading: användning av kakor concept=cookies
heading: användning av cookies concept=cookies
heading: cookiepolicy concept=cookies
heading: cookies och liknande tekniker concept=tracking-technologies
heading: spårningstekniker concept=tracking-technologies
heading: vad är cookies concept=cookies
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that sv lacked.
heading: web beacons concept=web-beacons
heading: pixlar concept=web-beacons
heading: loggfiler concept=log-files
heading: analys concept=analytics
heading: webbanalys concept=analytics
body: cookie* weight=3 concept=cookie
body: kakor weight=3 concept=cookie
body: webbkakor weight=3 concept=cookie
body: kakorna weight=3 concept=cookie
body: små textfiler weight=3 concept=text-files
body: textfil* weight=2.5 concept=text-files
body: liknande tekniker weight=2 concept=tracking-technology
body: web beacons weight=2 concept=web-beacon
body: pixel* weight=2 concept=web-beacon
body: pixlar weight=2 concept=web-beacon
body: loggfiler weight=2 concept=log-file
body: google analytics weight=2 concept=analytics-term
body: analys* weight=1.5 concept=analytics-term
body: sessionscookies weight=2 concept=cookie-lifetime
body: permanenta weight=1.5 concept=cookie-lifetime
body: lagen om elektronisk kommunikation weight=2.5
body: spårning weight=1.5 concept=tracking-technology
body: lagras weight=1
body: webbläsarens inställningar weight=1.5 concept=browser-settings
body: webbläsare weight=1 concept=browser
body: enhet weight=0.5 concept=device
# Added with the shared concept inventory (concepts.txt): terms real policies use that sv lacked.
body: lokal lagring weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: nödvändiga cookies weight=2.5 concept=cookie-categories
body: sdk* weight=2 concept=sdk
body: fingerprinting weight=2.5 concept=fingerprinting
# Inflected forms, compounds and GDPR wording real policies use.
heading: användning av cookies och liknande tekniker concept=tracking-technologies
heading: vår användning av cookies concept=cookies
heading: cookie-policy concept=cookies
heading: spårning concept=tracking-technologies
heading: statistik concept=analytics
heading: analysverktyg concept=analytics
heading: google analytics concept=analytics

[advertising]
heading: marknadsföring concept=marketing
heading: direktmarknadsföring concept=marketing
heading: reklam concept=advertising
heading: annonsering concept=advertising
heading: nyhetsbrev concept=marketing-communications
heading: riktad reklam concept=interest-based-advertising
heading: personanpassad marknadsföring concept=interest-based-advertising
heading: utskick concept=marketing-communications
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that sv lacked.
heading: reklam från tredje part concept=third-party-advertising
heading: annonsnätverk concept=third-party-advertising
body: marknadsför* weight=2.5 concept=marketing-purposes
body: direktmarknadsföring weight=2.5 concept=marketing-purposes
body: reklam* weight=2.5 concept=ads
body: annons* weight=2.5 concept=ads
body: nyhetsbrev weight=2 concept=marketing-messages
body: riktad weight=2 concept=interest-based
body: intressebaserad weight=2 concept=interest-based
body: remarketing weight=2 concept=retargeting
body: retargeting weight=2 concept=retargeting
body: erbjudanden weight=1.5 concept=promotions
body: kampanj* weight=1.5 concept=promotions
body: utskick weight=1.5 concept=marketing-messages
body: intressen weight=0.5 concept=interests
# Added with the shared concept inventory (concepts.txt): terms real policies use that sv lacked.
body: annonsnätverk* weight=3 concept=ad-networks
body: annonspartner* weight=3 concept=ad-networks
body: i marknadsföringssyfte weight=2 concept=marketing-purposes
body: your online choices weight=3 concept=ad-industry-programs
body: mäta effekten weight=2 concept=ad-measurement
# Inflected forms, compounds and GDPR wording real policies use.
heading: marknadsföring och nyhetsbrev concept=marketing-communications
heading: annonser concept=advertising
heading: intressebaserad annonsering concept=interest-based-advertising
heading: riktade annonser concept=interest-based-advertising
heading: marknadsföringskommunikation concept=marketing-communications

[do-not-track]
heading: do not track concept=do-not-track
heading: spåra inte concept=do-not-track
heading: do not track-signaler concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: global integritetskontroll concept=global-privacy-control
heading: preferenssignaler concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: spåra inte weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: global integritetskontroll weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: signal* weight=2 concept=opt-out-preference-signal
body: svarar inte weight=2 concept=do-not-respond
body: standard weight=1.5 concept=no-uniform-standard
body: spårning weight=1 concept=cross-site-tracking
body: preferens* weight=1 concept=opt-out-preference-signal
body: webbläsarens inställningar weight=1
body: webbläsare weight=1 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt): terms real policies use that sv lacked.
body: enhetlig standard weight=3 concept=no-uniform-standard
body: respekterar weight=1.5 concept=honor-signals

[choices]
heading: dina val concept=your-choices
heading: dina valmöjligheter concept=your-choices
heading: dina inställningar concept=managing-preferences
heading: avregistrering concept=unsubscribing
heading: avregistrera dig concept=unsubscribing
heading: avsluta prenumeration concept=unsubscribing
heading: kontroll över dina uppgifter concept=your-choices
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that sv lacked.
heading: avanmälan concept=opting-out
heading: så avanmäler du dig concept=opting-out
heading: hantera dina preferenser concept=managing-preferences
body: avregistr* weight=3 concept=unsubscribe
body: avsluta din prenumeration weight=3 concept=unsubscribe
body: avprenumerera weight=3 concept=unsubscribe
body: opt-out weight=2 concept=opt-out
body: du kan välja weight=2.5 concept=choose-not-to
body: valmöjlighet* weight=2 concept=choose-not-to
body: val weight=1.5 concept=choose-not-to
body: inställningar weight=1.5 concept=settings
body: avaktivera weight=1.5 concept=disable
body: stänga av weight=1.5 concept=disable
body: neka weight=1.5 concept=decline
body: avböja weight=1.5 concept=decline
body: invända weight=1.5 concept=decline
body: inte lämna weight=1.5 concept=consequences-of-refusal
body: länk weight=1 concept=unsubscribe-link
body: bestämma weight=1 concept=choose-not-to
body: ta emot weight=0.5 concept=receive
# Added with the shared concept inventory (concepts.txt): terms real policies use that sv lacked.
body: marknadsföringsmejl weight=2 concept=promotional-emails
body: preferenser weight=1.5 concept=preferences
body: pushnotiser weight=2 concept=device-permissions
body: platstjänster weight=2 concept=device-permissions
body: längst ner i weight=1.5 concept=unsubscribe-link
# Inflected forms, compounds and GDPR wording real policies use.
heading: dina val och inställningar concept=your-choices
heading: avregistrering från nyhetsbrev concept=unsubscribing
heading: avsluta utskick concept=unsubscribing
heading: hantera dina inställningar concept=managing-preferences
heading: välja bort concept=opting-out
heading: avstå från concept=opting-out

[rights]
heading: dina rättigheter concept=your-rights
heading: den registrerades rättigheter concept=your-rights
heading: registrerades rättigheter concept=your-rights
heading: hur du utövar dina rättigheter concept=exercising-rights
heading: vilka rättigheter har du concept=your-rights
heading: rätt till tillgång concept=access-and-correction
heading: registerutdrag concept=access-and-correction
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that sv lacked.
heading: utöva dina rättigheter concept=exercising-rights
heading: tillgång och rättelse concept=access-and-correction
heading: ombud concept=authorized-agents
body: registerutdrag weight=3 concept=right-of-access
body: få tillgång weight=2 concept=right-of-access
body: ombud weight=2 concept=authorized-agent
body: rätt till tillgång weight=3 concept=right-of-access
body: rättelse weight=3 concept=rectification
body: radering weight=3 concept=erasure
body: rätten att bli bortglömd weight=2.5 concept=erasure
body: dataportabilitet weight=3 concept=portability
body: begränsning av behandling weight=3 concept=restriction
body: invändning weight=2.5 concept=right-to-object
body: invända weight=2 concept=right-to-object
body: utöva* weight=2.5 concept=exercise-rights
body: rättigheter weight=1.5
body: tillsynsmyndighet weight=2.5 concept=complaint-to-authority
body: integritetsskyddsmyndigheten weight=3 concept=complaint-to-authority
body: imy weight=3 concept=complaint-to-authority
body: klagomål weight=2 concept=complaint-to-authority
body: kostnadsfritt weight=1.5
body: kopia weight=1 concept=copy-of-data
body: identitet weight=1 concept=verify-identity
# Added with the shared concept inventory (concepts.txt): terms real policies use that sv lacked.
body: verifiera din identitet weight=2 concept=verify-identity
body: diskriminer* weight=1.5 concept=non-discrimination
body: den registrerades rättigheter weight=2 concept=data-subject-rights
body: tillgång weight=1.5 concept=access
body: begäran weight=0.3 concept=request
# Users' rights named with the user noun ("Användarens rättigheter", "Användarnas rättigheter").
heading: användarens rättigheter concept=your-rights
heading: användarnas rättigheter concept=your-rights
heading: användares rättigheter concept=your-rights
# Inflected forms, compounds and GDPR wording real policies use.
heading: dina rättigheter enligt gdpr concept=your-rights
heading: dina rättigheter som registrerad concept=your-rights
heading: rättigheter concept=your-rights
heading: dina dataskyddsrättigheter concept=your-rights
heading: rätt till tillgång till personuppgifter concept=access-and-correction
heading: rätt att få tillgång concept=access-and-correction
heading: rätt till rättelse concept=access-and-correction
heading: rätt till radering concept=your-rights
heading: rätt att bli bortglömd concept=your-rights
heading: rätt till begränsning av behandling concept=your-rights
heading: rätt till dataportabilitet concept=your-rights
heading: rätt att göra invändningar concept=your-rights
heading: rätt till invändning concept=your-rights
heading: rätt att invända concept=your-rights
heading: tillgång till dina personuppgifter concept=access-and-correction
heading: tillgång till dina uppgifter concept=access-and-correction
heading: rätt att lämna klagomål concept=your-rights
heading: rätt att klaga concept=your-rights
heading: klagomål till integritetsskyddsmyndigheten concept=your-rights
heading: klagomål concept=your-rights
heading: så utövar du dina rättigheter concept=exercising-rights
heading: utövande av rättigheter concept=exercising-rights
body: rätt till rättelse weight=2
body: rätt till radering weight=2
body: rätt till dataportabilitet weight=2
body: rätt att göra invändningar weight=2
body: rätt till begränsning av behandling weight=2
# How soon a rights request is answered (en "Response time").
heading: svarstid concept=exercising-rights
heading: svarstider concept=exercising-rights
heading: vilka rättigheter har jag concept=your-rights

[retention]
heading: lagringstid concept=retention-period
heading: hur länge vi sparar dina personuppgifter concept=how-long-we-keep
heading: hur länge sparar vi dina uppgifter concept=how-long-we-keep
heading: hur länge lagras concept=how-long-we-keep
heading: hur länge sparas concept=how-long-we-keep
heading: lagring av personuppgifter concept=storage-and-retention
heading: bevarande av uppgifter concept=data-retention
heading: gallring concept=retention-and-deletion
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that sv lacked.
heading: lagring och gallring concept=retention-and-deletion
body: lagringstid* weight=3 concept=retention-criteria
body: lagr* weight=1.5 concept=store
body: spara weight=1.5 concept=keep
body: sparas weight=2 concept=keep
body: sparar weight=1.5 concept=keep
body: bevar* weight=2 concept=retain
body: gallr* weight=2.5 concept=destroy
body: så länge weight=2 concept=as-long-as-necessary
body: inte längre än nödvändigt weight=3 concept=no-longer-needed
body: inte längre än vad som är nödvändigt weight=3 concept=no-longer-needed
body: bokföringslagen weight=2.5 concept=legal-retention-requirements
body: preskription* weight=2 concept=legal-retention-requirements
body: raderas weight=2 concept=destroy
body: radera weight=1.5 concept=destroy
body: anonymiser* weight=1.5 concept=anonymise
body: tidsperiod weight=1.5 concept=retention-criteria
body: år weight=1 concept=years
body: månader weight=1
# Added with the shared concept inventory (concepts.txt): terms real policies use that sv lacked.
body: så länge det är nödvändigt weight=3 concept=as-long-as-necessary
body: arkiv* weight=2 concept=archive
body: inaktiva weight=2 concept=inactive-accounts
body: förstör* weight=2 concept=destroy
# Inflected forms, compounds and GDPR wording real policies use.
heading: hur länge sparar vi concept=how-long-we-keep
heading: hur länge lagrar vi concept=how-long-we-keep
heading: hur länge behåller vi concept=how-long-we-keep
heading: lagring av dina personuppgifter concept=data-retention
heading: bevarande av personuppgifter concept=data-retention
heading: lagringsperiod concept=retention-period
heading: lagringstider concept=retention-period
heading: lagringsperioder concept=retention-period
heading: gallring av personuppgifter concept=retention-and-deletion
heading: när raderar vi weight=3 concept=retention-and-deletion
heading: lagring och radering concept=retention-and-deletion
heading: hur lagrar vi concept=storage-and-retention

[security]
heading: säkerhet concept=data-security
heading: informationssäkerhet concept=data-security
heading: säkerhet för dina personuppgifter concept=data-security
heading: säkerhetsåtgärder concept=security-measures
heading: hur vi skyddar dina uppgifter concept=how-we-protect
heading: hur skyddar vi concept=how-we-protect
heading: så skyddar vi concept=how-we-protect
heading: skydd av dina personuppgifter concept=how-we-protect
heading: skydd av personuppgifter concept=how-we-protect
body: säkerhet* weight=2 concept=secure
body: tekniska och organisatoriska åtgärder weight=3 concept=technical-organisational-measures
body: tekniska åtgärder weight=2 concept=technical-organisational-measures
body: organisatoriska weight=2 concept=technical-organisational-measures
body: krypter* weight=2.5 concept=encryption
body: ssl weight=2 concept=encryption
body: tls weight=2 concept=encryption
body: obehörig* weight=2.5 concept=unauthorized-access
body: otillåten weight=1.5 concept=unauthorized-access
body: förlust weight=1.5 concept=loss-misuse-alteration
body: manipulation weight=1.5 concept=loss-misuse-alteration
body: konfidentialitet weight=1.5 concept=confidentiality
body: brandvägg* weight=2 concept=technical-controls
body: personuppgiftsincident* weight=2.5 concept=breach
body: lösenord weight=1.5 concept=technical-controls
body: inget system weight=2 concept=no-guarantee
body: skydda weight=1 concept=protect
body: säkerställa weight=0.5 concept=ensure
# Added with the shared concept inventory (concepts.txt): terms real policies use that sv lacked.
body: skyddsåtgärder weight=2.5 concept=safeguards
body: fysiska weight=1.5 concept=physical-safeguards
body: behörighetskontroll* weight=2.5 concept=technical-controls
body: kan inte garantera weight=2.5 concept=no-guarantee
body: branschstandard* weight=2 concept=industry-standard
# Personal-data breaches and their notification: a security topic.
heading: personuppgiftsincident concept=data-security
heading: personuppgiftsincidenter concept=data-security
# Inflected forms, compounds and GDPR wording real policies use.
heading: säkerhet och skydd concept=data-security
heading: datasäkerhet concept=data-security
heading: it-säkerhet concept=data-security
heading: skydd av uppgifter concept=how-we-protect
heading: hur skyddar vi dina personuppgifter concept=how-we-protect
heading: hur vi skyddar concept=how-we-protect
heading: tekniska och organisatoriska åtgärder concept=security-measures
heading: säkerhetsincidenter concept=data-security
heading: dataintrång concept=data-security

[children]
heading: barn concept=childrens-privacy
heading: barns integritet concept=childrens-privacy
heading: minderåriga concept=minors
heading: personuppgifter om barn concept=childrens-privacy
heading: åldersgräns concept=age-limits
heading: barn under 13 år concept=age-limits
body: barn weight=3 concept=children
body: barns weight=2.5 concept=children
body: minderårig* weight=3 concept=minors-teens
body: under 13 år weight=2 concept=age-threshold
body: under 16 år weight=2.5 concept=age-threshold
body: ålder weight=2 concept=age
body: föräldrar weight=2.5 concept=parents-guardians
body: vårdnadshavare weight=3 concept=parents-guardians
body: målsman weight=2 concept=parents-guardians
body: förälders samtycke weight=2.5 concept=parental-consent
body: medvetet weight=2 concept=knowingly-collect
body: riktar sig inte weight=1.5 concept=not-directed-to-children
body: coppa weight=3 concept=coppa
# Added with the shared concept inventory (concepts.txt): terms real policies use that sv lacked.
body: ungdomar weight=2.5 concept=minors-teens
body: om vi får kännedom om weight=2 concept=if-we-learn
# Concept `minor` (the bare English word, weak because also "minor changes") left out: sv has no such ambiguous word; minderårig* carries the idea.
# Inflected forms, compounds and GDPR wording real policies use.
heading: barn och ungdomar concept=childrens-privacy
heading: barns personuppgifter concept=childrens-privacy
heading: uppgifter om barn concept=childrens-privacy
heading: barn under 16 år concept=age-limits
heading: barn under 13 concept=age-limits
heading: ålderskrav concept=age-limits
heading: åldersgränser concept=age-limits

[international]
heading: överföring till tredjeland concept=international-transfers
heading: överföring av personuppgifter till tredje land concept=international-transfers
heading: internationella överföringar concept=international-transfers
heading: överföring utanför eu concept=international-transfers
heading: tredjelandsöverföring concept=international-transfers
heading: var vi lagrar dina uppgifter concept=where-we-store
heading: var lagras concept=where-we-store
heading: lagring inom eu concept=where-we-store
heading: datalagring weight=1 concept=where-we-store
heading: lagring av data weight=1 concept=where-we-store
heading: lagring av uppgifter weight=1 concept=where-we-store
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that sv lacked.
heading: överföring av uppgifter concept=data-transfers
heading: dataöverföringar concept=data-transfers
body: tredjeland* weight=3 concept=other-countries
body: tredje land weight=3 concept=other-countries
body: överför* weight=2.5 concept=transfer
body: internationell* weight=2 concept=cross-border
body: utanför eu weight=2.5 concept=eea
body: utanför ees weight=2.5 concept=eea
body: europeiska ekonomiska samarbetsområdet weight=2 concept=eea
body: ees weight=2 concept=eea
body: standardavtalsklausuler weight=3 concept=transfer-safeguards
body: beslut om adekvat skyddsnivå weight=3 concept=adequacy
body: adekvat skyddsnivå weight=2.5 concept=adequacy
body: lämpliga skyddsåtgärder weight=2 concept=transfer-safeguards
body: data privacy framework weight=2.5 concept=privacy-frameworks
body: privacy shield weight=2 concept=privacy-frameworks
body: usa weight=1.5 concept=united-states
body: servrar weight=0.5 concept=server-location    # bare word: also web servers of any party
body: servrar placerade weight=2.5 concept=server-location
body: på servrar i weight=2 concept=server-location
body: europeiska unionen weight=1 concept=eea
# Added with the shared concept inventory (concepts.txt): terms real policies use that sv lacked.
body: gränsöverskridande weight=3 concept=cross-border
body: andra länder weight=2.5 concept=other-countries
body: bindande företagsbestämmelser weight=3 concept=transfer-safeguards
body: jurisdiktion* weight=2 concept=jurisdictions
body: över hela världen weight=1.5 concept=around-the-world
body: inte samma skyddsnivå weight=2 concept=less-protective
# Inflected forms, compounds and GDPR wording real policies use.
heading: överföring till länder utanför eu concept=international-transfers
heading: överföring utanför eu/ees concept=international-transfers
heading: överföring utanför ees concept=international-transfers
heading: överföring till tredjeländer concept=international-transfers
heading: överföring av personuppgifter till tredjeland concept=international-transfers
heading: överföring av uppgifter till tredjeland concept=international-transfers
heading: överföringar till tredjeland concept=international-transfers
heading: internationell överföring concept=international-transfers
heading: överföring av personuppgifter concept=data-transfers
heading: var lagras dina uppgifter concept=where-we-store
heading: var behandlas dina personuppgifter concept=where-we-store
heading: var lagrar vi concept=where-we-store
heading: serverplats concept=where-we-store

[regional]
heading: invånare i kalifornien concept=california
heading: information för invånare i kalifornien concept=california
heading: integritetsrättigheter i kalifornien concept=california
heading: landsspecifik information concept=jurisdiction-specific
heading: ytterligare information för vissa jurisdiktioner concept=jurisdiction-specific
heading: regionala meddelanden concept=jurisdiction-specific
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that sv lacked.
heading: invånare i nevada concept=us-state-rights
heading: integritetsrättigheter i amerikanska delstater concept=us-state-rights
heading: information för invånare i ees concept=eea-gdpr-notice
heading: efterlevnad av gdpr concept=eea-gdpr-notice
body: kaliforni* weight=3 concept=california-law
body: california weight=2.5 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: shine the light weight=2.5 concept=california-law
body: invånare weight=2 concept=residents
body: bosatta weight=2 concept=residents
body: konsument* weight=1.5 concept=consumers
body: försäljning av personuppgifter weight=2 concept=do-not-sell
body: känsliga personuppgifter weight=1.5
body: nevada weight=2.5 concept=us-states
body: virginia weight=2 concept=us-states
body: lgpd weight=2.5 concept=brazil-lgpd
body: brasilien weight=1.5 concept=brazil-lgpd
body: kanada weight=1.5 concept=canada-pipeda
body: pipeda weight=2.5 concept=canada-pipeda
body: jurisdiktion* weight=1.5
body: delstat* weight=1 concept=state
# Added with the shared concept inventory (concepts.txt): terms real policies use that sv lacked.
body: sälj inte weight=3 concept=do-not-sell
body: ekonomiska incitament weight=3 concept=financial-incentives
body: de föregående 12 månaderna weight=3 concept=preceding-12-months
body: gdpr weight=2.5 concept=eu-gdpr
body: kontextöverskridande beteendebaserad reklam weight=3 concept=cross-context-advertising
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
heading: regionala bilagor concept=jurisdiction-specific

[third-party-sites]
heading: länkar till andra webbplatser concept=links-to-other-sites
heading: tredjepartswebbplatser concept=third-party-websites
heading: tredje parts webbplatser concept=third-party-websites
heading: externa länkar concept=links-to-other-sites
heading: tjänster från tredje part weight=2 concept=third-party-services   # outweighs the sharing cue "tredje part" inside it
heading: tredjepartstjänster concept=third-party-services
heading: sociala medier concept=social-media-plugins
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that sv lacked.
heading: andra webbplatser concept=third-party-websites
heading: tredje parters integritetspolicyer concept=third-party-privacy-policies
body: länkar weight=2.5 concept=links
body: länkade weight=2 concept=links
body: tredjepartswebbplatser weight=3 concept=other-sites
body: tredje parts webbplatser weight=3 concept=other-sites
body: andra webbplatser weight=2.5 concept=other-sites
body: ansvarar inte weight=2.5 concept=not-responsible
body: inte ansvariga weight=2.5 concept=not-responsible
body: ingen kontroll weight=2 concept=not-responsible
body: egna integritetspolicyer weight=2.5 concept=their-privacy-policies
body: deras integritetspolicy weight=2.5 concept=their-privacy-policies
body: deras integritetspolicyer weight=2.5 concept=their-privacy-policies
body: plugin* weight=2 concept=plugins
body: sociala medier weight=2 concept=plugins
body: externa weight=1.5 concept=other-sites
body: klickar weight=1.5 concept=links
body: lämnar vår webbplats weight=1.5 concept=leave-our-site
body: rekommenderar weight=1 concept=encourage-review
body: innehåll weight=0.5 concept=content
# Added with the shared concept inventory (concepts.txt): terms real policies use that sv lacked.
body: tredjepartsappar weight=2 concept=third-party-applications
body: granska weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: sociala nätverk concept=social-media-presence
heading: närvaro i sociala medier concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: samlas in av tredje part concept=third-party-data-collection
heading: som tredje parter samlar in concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
body: iframe* weight=3 concept=plugins
body: plug-in* weight=2 concept=plugins
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: applet* weight=2 concept=plugins
heading: plug-ins concept=social-media-plugins
heading: inbäddat innehåll concept=third-party-services
heading: innehåll från tredje part concept=third-party-services
body: inbäddat weight=2.5 concept=plugins
body: inbäddade weight=2.5 concept=plugins
body: inbäddad weight=2.5 concept=plugins
body: innehåll från tredje part weight=3 concept=other-sites
body: inloggad weight=1.5 concept=plugins
# Outside tools named in a heading ("Användning av översättningsmotorer och tredjepartsbibliotek").
heading: tredjepartsbibliotek concept=third-party-services
heading: tredjepartsverktyg concept=third-party-services
heading: tredjepartsprogramvara concept=third-party-services
heading: översättningsmotorer concept=third-party-services
heading: molnsynkronisering concept=third-party-services
heading: icloud-säkerhetskopiering concept=third-party-services
heading: synkronisering och säkerhetskopiering concept=third-party-services
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: nätverksanslutningar weight=2 concept=network-connections
heading: nätverksförfrågningar weight=2 concept=network-connections
heading: externa anslutningar weight=2 concept=network-connections
heading: lämnar din enhet weight=2 concept=network-connections
heading: lämnar enheten weight=2 concept=network-connections
heading: skickas över internet weight=2 concept=network-connections
heading: går över internet weight=2 concept=network-connections
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
heading: länkar till andra webbplatser och tjänster concept=links-to-other-sites
heading: länkar till tredje part concept=links-to-other-sites
heading: länkar till externa webbplatser concept=links-to-other-sites
heading: externa webbplatser concept=third-party-websites
heading: externa tjänster concept=third-party-services
heading: tjänster från tredje parter weight=2 concept=third-party-services
heading: synkroniseringstjänster concept=third-party-services
heading: säkerhetskopieringstjänster concept=third-party-services

[changes]
heading: ändringar i denna integritetspolicy concept=changes-to-policy
heading: ändringar av integritetspolicyn concept=changes-to-policy
heading: ändringar concept=amendments
heading: uppdateringar concept=policy-updates
heading: uppdatering av integritetspolicyn concept=policy-updates
heading: ikraftträdande concept=entry-into-force
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that sv lacked.
heading: meddelande om ändringar concept=notification-of-changes
heading: giltig från concept=entry-into-force
body: ändring* weight=2 concept=change-update
body: ändra weight=1.5 concept=change-update
body: uppdater* weight=2 concept=change-update
body: senast uppdaterad weight=3 concept=effective-date
body: senaste versionen weight=2.5 concept=latest-version
body: väsentliga ändringar weight=2.5 concept=material-changes
body: träder i kraft weight=2 concept=effective-date
body: ikraftträdande weight=2 concept=effective-date
body: gäller från weight=2 concept=effective-date
body: från och med weight=1 concept=effective-date
body: regelbundet weight=1.5 concept=check-back
body: då och då weight=2 concept=from-time-to-time
body: förbehåller oss rätten weight=2 concept=reserve-the-right
body: publicera* weight=1.5 concept=posting
body: meddela weight=1.5 concept=notify-you
body: informera weight=1 concept=notify-you
body: version weight=1.5 concept=version
# Added with the shared concept inventory (concepts.txt): terms real policies use that sv lacked.
body: fortsatta användning weight=3 concept=continued-use
body: med omedelbar verkan weight=2.5 concept=effective-immediately
body: meddelande weight=0.5 concept=notice
# Inflected forms, compounds and GDPR wording real policies use.
heading: ändringar i integritetspolicyn concept=changes-to-policy
heading: ändringar av denna integritetspolicy concept=changes-to-policy
heading: ändringar i denna policy concept=changes-to-policy
heading: ändringar av policyn concept=changes-to-policy
heading: ändringar i dataskyddspolicyn concept=changes-to-policy
heading: uppdateringar av denna policy concept=policy-updates
heading: uppdatering av denna policy concept=policy-updates
heading: uppdateringar av integritetspolicyn concept=policy-updates
heading: senast uppdaterad concept=entry-into-force
heading: giltighet concept=entry-into-force

[contact]
heading: kontakt concept=contact-us
heading: kontakta oss concept=contact-us
heading: kontaktuppgifter concept=contact-information
heading: hur du kontaktar oss concept=how-to-contact
heading: dataskyddsombud concept=data-protection-officer
heading: frågor concept=questions
heading: frågor om integritet concept=questions
body: kontakt* weight=2 concept=please-contact
body: dataskyddsombud* weight=2.5 concept=dpo
body: hör av dig weight=2.5 concept=please-contact
body: vänd dig till weight=2.5 concept=please-contact
body: postadress weight=2 concept=postal-address
body: besöksadress weight=1.5 concept=postal-address
body: adress weight=0.3 concept=address           # also the tail of ip-adress, e-postadress
body: telefon weight=1.5 concept=telephone
body: e-post weight=1 concept=by-email
body: frågor weight=2 concept=questions-comments
body: funderingar weight=2 concept=questions-comments
body: synpunkter weight=1.5 concept=questions-comments
body: kundtjänst weight=1.5 concept=customer-service
body: organisationsnummer weight=1
# Added with the shared concept inventory (concepts.txt): terms real policies use that sv lacked.
body: via e-post weight=1.5 concept=by-email
# The controller's identity and address (art. 13 GDPR): "Personuppgiftsansvarig".
heading: personuppgiftsansvarig concept=contact-information
heading: personuppgiftsansvarige concept=contact-information
# Inflected forms, compounds and GDPR wording real policies use.
heading: kontakta oss gärna concept=contact-us
heading: kontaktinformation concept=contact-information
heading: hur kontaktar du oss concept=how-to-contact
heading: frågor och kontakt concept=questions
heading: har du frågor concept=questions
heading: dataskyddsansvarig concept=data-protection-officer
heading: dpo concept=data-protection-officer
heading: vem kan jag kontakta concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no entry
# overlapping it counts.
# A backup copy is no security practice of its own.
säkerhetskopi*
# A software update is not a change to the policy.
söka efter uppdateringar
söker efter uppdateringar
leta efter uppdateringar
automatiska uppdateringar
# The version of an app is not the version of the policy.
appversion
app-version
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
android-version
ios-version
android version
ios version
# En app- eller programuppdatering är ingen ändring av integritetspolicyn.
appuppdatering*
programuppdatering*
programvaruuppdatering*
uppdateringar av appen
uppdatering av appen
