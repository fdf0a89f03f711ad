# Danish lexicon (policies address the reader as "du")
@language da
@name Danish
@fold-accents no            # å is a letter in Danish and folding merges
# "år" (year) with "ar", "få" with "fa", "når" with Swedish "när". æ and ø are separate
# letters with no accent to fold; entries keep them as written.

[profile]
# Function words first. weight=3 marks words that tell Danish from Swedish (and Norwegian
# Bokmål where possible): og/och, ikke/inte, at/att, er/är, til/till, af/av, os/oss,
# vores/vår, fra/från, også/också, hvilke/vilka. som, vi, med, om, har, kan stay at 1.
og weight=3
i
at weight=3
det
en
den
til weight=3
er weight=3
som
på
de
med
for
af weight=3                  # Swedish and Norwegian write "av"
ikke weight=3
der weight=2
vi
du
dig
din
dit weight=3
dine weight=3
jer weight=3
jeres weight=3
os weight=3
vores weight=3
sin
sit weight=3
sine weight=3
har
kan
skal weight=3
vil
må
få
blive weight=3
bliver weight=3
blev
været weight=3
havde
hvis weight=3
hvad weight=3
hvordan weight=3
hvilke weight=3
hvilken weight=3
hvor weight=3
hvornår weight=3
hvorfor weight=3
når
eller
samt
også weight=3
kun weight=3
uden weight=3
gennem weight=3
fra weight=3
efter
under
mellem weight=3
ifølge weight=3
inden weight=3
hos
ved weight=3
mod weight=2
alle
andre weight=3
anden weight=3
andet weight=3
nogen weight=3
nogle weight=3
noget weight=3
sådanne weight=3
dette weight=3
disse weight=3
denne weight=3
fordi weight=3
derfor weight=3
så
da
dog
både
ingen
meget weight=3
selv
end
et weight=2
over
om
her
men
sig
enhver weight=3
herunder weight=3
såfremt weight=3
således weight=3
endvidere weight=3
# words frequent in privacy policies
personoplysninger weight=3
oplysninger weight=3
oplysning
dataansvarlig weight=3
behandling
behandler weight=3
behandle
databeskyttelse weight=3
privatlivspolitik weight=3
persondatapolitik weight=3
privatliv
hjemmeside weight=3
hjemmesiden weight=3
websted weight=3
tjenester weight=3
ydelser weight=3
bruger
brugere weight=3
tredjemand weight=3
tredjeparter weight=3
rettigheder weight=3
ret
beskyttelse weight=3
samtykke weight=3
formål weight=3
interesse
legitime weight=3
adgang
anmodning weight=3
e-mail weight=0.5
adresse
konto
produkter
virksomhed weight=3
tilfælde weight=3
foranstaltninger weight=3
sikkerhed weight=3
opbevare weight=3
opbevarer weight=3
gemme weight=3
gemmer weight=3
nødvendigt weight=3
gældende weight=3
kunde
kunder
brug
bruge weight=3
indsamle weight=3
indsamler weight=3
dele
videregive weight=3
kontakt
følgende
navn
telefonnummer
cookies weight=0.5
browser weight=0.5
enhed
retlig
forpligtelse weight=3
aftale weight=3
modtage
information weight=0.5
lov
databeskyttelsesforordningen weight=3
datatilsynet weight=3

[units]
year: år, årene, året, års
month: måned, måneder, måneden, måneders
week: uge, uger, ugen
day: dag, dage, dagen, dages
hour: time, timer, timen
minute: minut, minutter
business-day: arbejdsdag, arbejdsdage, hverdag, hverdage, bankdag, bankdage

[numbers]
1: en, et                    # also "én" after accent folding
2: to
3: tre
4: fire
5: fem
6: seks
7: syv
8: otte
9: ni
10: ti
11: elleve
12: tolv
13: tretten
15: femten
16: seksten
18: atten
20: tyve
24: fireogtyve
30: tredive
60: tres
90: halvfems
100: hundrede, ethundrede, et hundrede

[references]
gdpr: gdpr, databeskyttelsesforordningen, persondataforordningen, 2016/679
ccpa: ccpa, california consumer privacy act
cpra: cpra, california privacy rights act
coppa: coppa
lgpd: lgpd, lei geral de proteção de dados
pipeda: pipeda, personal information protection and electronic documents act

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
brugsbetingelser
vilkår for brug
vilkår og betingelser
servicevilkår
gældende lov
lovvalg
værneting
lovvalg og værneting
gældende lov og værneting
jurisdiktion
adskillelighed
delvis ugyldighed
hele aftalen
fuldstændig aftale
intet afkald
force majeure
ansvarsfraskrivelse
ansvarsbegrænsning
begrænsning af ansvar
skadesløsholdelse
oversættelser
oversættelse
andre oversættelser
sprogversioner
den engelske version har forrang
den engelske version er gældende
den danske version har forrang
licens
ophavsret
copyright
anerkendelser
indholdsfortegnelse
immaterielle rettigheder

[intro]
heading: indledning concept=introduction
heading: introduktion concept=introduction
heading: hvem er vi concept=who-we-are
heading: om denne privatlivspolitik concept=about-this-policy
heading: anvendelsesområde concept=scope
heading: generelt concept=introduction
heading: dataansvarlig* concept=who-we-are      # dataansvarlige, dataansvarliges
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that da lacked.
heading: overblik concept=summary
heading: sammenfatning concept=summary
heading: kort fortalt concept=summary
heading: resumé concept=summary
heading: om denne persondatapolitik concept=about-this-policy
heading: hvem gælder denne politik for concept=scope
heading: vores forpligtelse til at beskytte dit privatliv concept=commitment-to-privacy
heading: beskyttelse af dit privatliv concept=commitment-to-privacy
heading: din accept concept=acceptance
heading: accept af denne privatlivspolitik concept=acceptance
heading: privatlivspolitik weight=0.5 concept=privacy-policy-title
heading: persondatapolitik weight=0.5 concept=privacy-policy-title
heading: databeskyttelsespolitik weight=0.5 concept=privacy-policy-title
heading: privatlivserklæring weight=0.5 concept=privacy-policy-title
body: denne privatlivspolitik weight=0.5 concept=this-privacy-policy
body: denne persondatapolitik weight=0.5 concept=this-privacy-policy
body: gælder for weight=1.5 concept=policy-applies-to
body: anvendelsesområde weight=2 concept=policy-applies-to
body: ved at bruge weight=2 concept=by-using
body: når du bruger weight=1.5 concept=by-using
body: accepter* weight=1.5 concept=acceptance-of-policy
body: beskriver weight=1 concept=policy-describes
body: forklarer weight=1 concept=policy-describes
body: herefter weight=2 concept=referred-to-as
body: dataansvarlig weight=1.5
body: ansvarlig for weight=1
body: cvr weight=2
body: hjemmeside weight=0.3 concept=website
# Added with the shared concept inventory (concepts.txt): terms real policies use that da lacked.
body: denne privatlivspolitik beskriver weight=2.5 concept=policy-describes
body: hvis du ikke accepterer weight=2 concept=if-you-do-not-agree
body: hvis du ikke er enig weight=2 concept=if-you-do-not-agree
body: vi respekterer dit privatliv weight=2 concept=committed-to-privacy
body: vi beskytter dit privatliv weight=2 concept=committed-to-privacy
body: handelsbetingelser weight=1 concept=terms-of-use
body: vilkår for brug weight=1 concept=terms-of-use
body: læs venligst weight=1.5 concept=please-read
body: privatliv weight=0.3 concept=privacy
body: tjenester weight=0.3 concept=services
body: virksomhed weight=0.3 concept=company
# The policy naming its author: ("Acme", "vi", "os" eller "vores").
body: vi os eller vores weight=2.5 concept=we-us-defined
body: vi os og vores weight=2.5 concept=we-us-defined
body: vi eller os weight=2.5 concept=we-us-defined
heading: om os weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
# Inflected forms, compounds and GDPR wording real policies use.
heading: om os og denne politik concept=who-we-are
heading: privatlivs- og cookiepolitik weight=0.5 concept=privacy-policy-title
heading: hvem er ansvarlig for dine oplysninger concept=who-we-are
heading: dataansvar concept=who-we-are

[definitions]
heading: definitioner concept=definitions
heading: begreber concept=key-terms
heading: begrebsforklaring concept=key-terms
heading: ordliste concept=key-terms
heading: termer concept=key-terms
heading: fortolkning concept=interpretation
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that da lacked.
heading: definition af begreber concept=definitions
heading: hvad mener vi med concept=what-we-mean-by
heading: hvad forstår vi ved concept=what-we-mean-by
body: forstås weight=3 concept=means
body: betyder weight=2 concept=means              # also "hvilket betyder": as English "means"
body: henviser til weight=2 concept=refers-to
body: i denne politik weight=1 concept=as-used-in-this-policy
body: definition* weight=2 concept=defined-terms-intro
body: begreb* weight=2 concept=defined-terms-intro
body: enhver form for information weight=2 concept=personal-data-means
body: fysisk person weight=1.5 concept=identifiable-person
body: identificerbar weight=1.5 concept=identifiable-person
body: den registrerede weight=1 concept=gdpr-roles
body: databehandler weight=1 concept=gdpr-roles
body: pseudonymisering weight=1.5
body: omfatter weight=0.5 concept=includes
# Added with the shared concept inventory (concepts.txt): terms real policies use that da lacked.
body: personoplysninger er weight=3 concept=personal-data-means
body: identificeret eller identificerbar weight=2.5 concept=identifiable-person
body: i det følgende weight=2 concept=hereinafter
body: dataansvarlig weight=1 concept=gdpr-roles
body: bruger weight=0.3 concept=user
body: personoplysninger weight=0.2 concept=personal-data
# Inflected forms, compounds and GDPR wording real policies use.
heading: definitioner og begreber concept=definitions
heading: anvendte begreber concept=key-terms
heading: begrebsdefinitioner concept=definitions

[collection]
heading: hvilke oplysninger indsamler vi concept=what-we-collect
# App permissions as a heading ("Permissions"), as English has it.
heading: tilladelser concept=what-we-collect
heading: app-tilladelser concept=what-we-collect
heading: hvilke personoplysninger behandler vi concept=what-we-collect
heading: oplysninger vi indsamler concept=what-we-collect
heading: indsamling af personoplysninger concept=collection-of-information
heading: kategorier af personoplysninger concept=categories-of-data
heading: hvordan indsamler vi oplysninger concept=how-we-collect
heading: hvor har vi oplysningerne fra concept=sources-of-information
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that da lacked.
heading: indsamlede oplysninger concept=what-we-collect
heading: dataindsamling concept=collection-of-information
heading: kilder til personoplysninger concept=sources-of-information
heading: oplysninger du giver os concept=information-you-provide
heading: oplysninger du selv giver os concept=information-you-provide
heading: kontaktformular weight=3 concept=information-you-provide
heading: oplysninger vi indsamler automatisk concept=collected-automatically
heading: automatisk indsamlede oplysninger concept=collected-automatically
body: indsaml* weight=2 concept=we-collect
body: kategorier af personoplysninger weight=2 concept=data-categories
body: du giver os weight=2 concept=you-provide
body: du selv oplyser weight=2 concept=you-provide
body: afgiver weight=1.5 concept=you-provide
body: registrerer weight=1 concept=we-collect
body: automatisk weight=1.5 concept=automatically
body: formular* weight=1.5 concept=forms
body: navn weight=0.5 concept=name
body: e-mailadresse weight=1.5 concept=contact-details
body: telefonnummer weight=1.5 concept=contact-details
body: ip-adresse weight=1.5 concept=device-data
body: cpr-nummer weight=2
body: betalingsoplysninger weight=1 concept=payment-data
body: browsertype weight=1 concept=device-data
body: lokationsdata weight=1 concept=location-data
body: kilder weight=1.5 concept=sources
# A list of the data handled, announced in the text (en: "the following data is processed:").
body: følgende oplysninger weight=2.5 concept=following-data
body: følgende personoplysninger weight=2.5 concept=following-data
body: følgende data weight=2.5 concept=following-data
# Added with the shared concept inventory (concepts.txt): terms real policies use that da lacked.
body: offentligt tilgængelig* weight=2 concept=publicly-available
body: styresystem weight=2 concept=device-data
body: enhedsidentifikator* weight=2 concept=device-data
body: geolokation* weight=2 concept=location-data
body: brugsdata weight=2 concept=usage-data
body: demografisk* weight=1.5 concept=demographic-data
body: konto weight=0.3 concept=account
body: oplysninger weight=0.1 concept=information
# Headings asking which personal data are processed (GDPR style): "What personal data do we process?"
heading: hvilke personoplysninger concept=what-we-collect
heading: personoplysninger vi behandler concept=what-we-collect
heading: hvilke oplysninger behandler vi concept=what-we-collect
heading: hvor stammer concept=sources-of-information   # hvor stammer dine personoplysninger fra
# App notices: crash reports, diagnostics and push tokens are data the app collects.
heading: nedbrudsrapporter concept=collected-automatically
heading: diagnosticeringsdata concept=collected-automatically
body: nedbrudsrapport* weight=2.5 concept=usage-data
body: crashrapport* weight=2.5 concept=usage-data
body: diagnosticeringsdata weight=2 concept=usage-data
body: push-token* weight=2.5 concept=device-data
# Inflected forms, compounds and GDPR wording real policies use.
heading: hvilke data indsamler vi concept=what-we-collect
heading: hvilke oplysninger vi indsamler concept=what-we-collect
heading: hvilke personoplysninger vi indsamler concept=what-we-collect
heading: hvilke personoplysninger indsamler vi concept=what-we-collect
heading: hvilke typer personoplysninger concept=what-we-collect
heading: typer af personoplysninger concept=categories-of-data
heading: typer af oplysninger concept=categories-of-data
heading: kategorier af oplysninger concept=categories-of-data
heading: indsamling af oplysninger concept=collection-of-information
heading: indsamling af data concept=collection-of-information
heading: indsamling af dine personoplysninger concept=collection-of-information
heading: indsamling og behandling af personoplysninger concept=collection-of-information
heading: personoplysninger vi indsamler concept=what-we-collect
heading: data vi indsamler concept=what-we-collect
heading: oplysninger som vi indsamler concept=what-we-collect
heading: hvordan vi indsamler concept=how-we-collect
heading: sådan indsamler vi concept=how-we-collect
heading: hvor får vi dine oplysninger fra concept=sources-of-information
heading: oplysninger fra tredjeparter concept=sources-of-information
heading: oplysninger som du giver os concept=information-you-provide
heading: oplysninger du afgiver concept=information-you-provide
heading: automatisk indsamlede data concept=collected-automatically
heading: tekniske oplysninger concept=collected-automatically
heading: logdata concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: bliver på din enhed weight=2 concept=on-device-data
heading: forbliver på din enhed weight=2 concept=on-device-data
heading: behandles lokalt weight=2 concept=on-device-data
heading: lokalt behandlede data weight=2 concept=on-device-data
heading: lokalt gemte data weight=2 concept=on-device-data
heading: lokal behandling weight=2 concept=on-device-data
heading: behandling på enheden weight=2 concept=on-device-data
body: vi behandler følgende weight=2 concept=following-data
body: e-mail-adresse weight=1.5 concept=contact-details
body: postadresse weight=1.5 concept=contact-details
body: fødselsdato weight=1 concept=contact-details
body: lokationsoplysninger weight=1 concept=location-data
body: placeringsdata weight=1 concept=location-data
body: enhedsoplysninger weight=1.5 concept=device-data
# Inflected forms, compounds and GDPR wording real policies use.
body: enhedstype weight=1.5 concept=device-data
body: enhedsmodel weight=1.5 concept=device-data
# Coordinated heading "<collection> and use (of information)" (Information Collection and Use): the collection noun leads.
heading: indsamling og brug concept=collection-of-information
heading: informationsindsamling concept=collection-of-information
# Log data (what the app or server records of a use): "log data".
body: logdata weight=1.5 concept=usage-data

[use]
heading: hvordan bruger vi dine oplysninger concept=how-we-use
heading: brug af personoplysninger concept=use-of-information
heading: brug af dine personoplysninger concept=use-of-information
heading: brug af dine oplysninger concept=use-of-information
heading: brug af oplysninger concept=use-of-information
heading: hvad bruger vi concept=how-we-use             # hvad bruger vi dine oplysninger til
heading: anvendelse af oplysninger concept=use-of-information
heading: hvorfor behandler vi concept=why-we-collect
heading: formål med behandlingen concept=purposes-of-processing
heading: formålet med behandlingen concept=purposes-of-processing
heading: formål concept=purposes-of-processing
heading: hvordan bruger vi concept=how-we-use
heading: hvordan vi bruger concept=how-we-use
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that da lacked.
heading: hvorfor indsamler vi dine oplysninger concept=why-we-collect
heading: behandling af personoplysninger concept=processing-of-personal-data
heading: behandling af dine personoplysninger concept=processing-of-personal-data
heading: hvordan behandler vi dine personoplysninger concept=processing-of-personal-data
body: formål* weight=2.5 concept=purposes
body: med henblik på weight=2 concept=purposes
body: til brug for weight=1.5 concept=purposes
body: anvend* weight=1 concept=we-use
body: bruge weight=1 concept=we-use
body: levere weight=1.5 concept=to-provide
body: administrere weight=1.5 concept=to-administer
body: håndtere weight=1.5 concept=to-administer
body: opfylde weight=1.5 concept=to-fulfil
body: forbedr* weight=1.5 concept=to-improve
body: tilpas* weight=1 concept=to-personalise
body: personalis* weight=1.5 concept=to-personalise
body: profilering weight=2 concept=profiling
body: automatiske afgørelser weight=1.5 concept=automated-decisions
body: svindel weight=1.5 concept=to-prevent-fraud
body: statistik weight=1 concept=to-analyse
body: sende weight=1 concept=to-send
# Added with the shared concept inventory (concepts.txt): terms real policies use that da lacked.
body: vi bruger weight=2 concept=we-use
body: til følgende formål weight=2.5 concept=following-purposes
body: udvikle nye weight=2 concept=to-develop
body: kommunikere med dig weight=2 concept=to-communicate
body: besvare dine henvendelser weight=1.5 concept=to-respond
body: kundesupport weight=1.5 concept=to-respond
body: analysere* weight=1 concept=to-analyse
body: fejlfinding weight=2 concept=to-troubleshoot
body: markedsundersøgelse* weight=1.5 concept=research
body: behandle betalinger weight=1.5 concept=to-process-transactions
body: ordrebehandling weight=1.5 concept=to-process-transactions
body: overholde lovgivningen weight=1 concept=to-comply-with-law
body: overholde vores retlige forpligtelser weight=1 concept=to-comply-with-law
heading: til følgende formål concept=purposes-of-processing
# "Brug af indsamlede data / lokationsdata": the use word is the head; "Brug af cookies" stays cookies.
heading: brug af indsamlede weight=2 concept=use-of-information
heading: brug af de indsamlede weight=2 concept=use-of-information
heading: brug af data concept=use-of-information
heading: brug af dine data concept=use-of-information
heading: brug af lokationsdata concept=use-of-information
heading: brug af placeringsdata concept=use-of-information
heading: anvendelse af data concept=use-of-information
# Inflected forms, compounds and GDPR wording real policies use.
heading: hvad bruger vi dine personoplysninger til concept=how-we-use
heading: hvad bruger vi dine oplysninger til concept=how-we-use
heading: hvordan anvender vi concept=how-we-use
heading: hvordan vi anvender concept=how-we-use
heading: anvendelse af personoplysninger concept=use-of-information
heading: anvendelse af dine personoplysninger concept=use-of-information
heading: formål med indsamlingen concept=purposes-of-processing
heading: formålene med behandlingen concept=purposes-of-processing
heading: formål og retsgrundlag concept=purposes-of-processing
heading: hvorfor indsamler vi concept=why-we-collect
heading: hvorfor behandler vi dine personoplysninger concept=why-we-collect
heading: sådan bruger vi concept=how-we-use
heading: vores brug af dine oplysninger concept=use-of-information
heading: automatisk* afgørelse* concept=automated-decision-making
heading: automatiser* afgørelse* concept=automated-decision-making
heading: automatisk* beslutning* concept=automated-decision-making
heading: automatiser* beslutning* concept=automated-decision-making
heading: automatisk* individuel* afgørelse* concept=automated-decision-making

[legal-basis]
heading: retsgrundlag concept=legal-basis
heading: behandlingsgrundlag concept=legal-basis
heading: retligt grundlag concept=legal-basis
heading: lovligt grundlag concept=legal-basis
heading: grundlaget for behandlingen concept=legal-basis
heading: hjemmel concept=legal-basis
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that da lacked.
heading: hvorfor må vi behandle dine oplysninger concept=why-allowed
heading: på hvilket grundlag behandler vi dine oplysninger concept=why-allowed
body: retsgrundlag* weight=3 concept=legal-basis-term
body: behandlingsgrundlag weight=3 concept=legal-basis-term
body: retligt grundlag weight=3 concept=legal-basis-term
body: hjemmel weight=3 concept=legal-basis-term
body: legitim interesse weight=3 concept=legitimate-interests
body: legitime interesser weight=3 concept=legitimate-interests
body: interesseafvejning weight=3 concept=balancing-test
body: opfyldelse af en aftale weight=2.5 concept=performance-of-contract
body: opfylde en kontrakt weight=2 concept=performance-of-contract
body: indgåelse af weight=2 concept=performance-of-contract
body: retlig forpligtelse weight=2.5 concept=legal-obligation
body: retlige forpligtelser weight=2 concept=legal-obligation
body: vitale interesser weight=2 concept=vital-interests
body: samfundets interesse weight=2 concept=public-interest
body: artikel 6 weight=2.5 concept=article-6
body: lovlig* weight=2 concept=lawful
body: databeskyttelsesloven weight=1.5
body: samtykke weight=1 concept=consent-as-basis
body: gdpr weight=1
# Added with the shared concept inventory (concepts.txt): terms real policies use that da lacked.
body: grundlæggende rettigheder og frihedsrettigheder weight=2.5 concept=balancing-test
body: almenhedens interesse weight=2.5 concept=public-interest
body: behandlingen er nødvendig weight=2.5 concept=processing-necessary
body: på baggrund af weight=2 concept=on-the-basis-of
body: nødvendig weight=0.5 concept=necessary
# Inflected forms, compounds and GDPR wording real policies use.
heading: retsgrundlaget for behandlingen concept=legal-basis
heading: retsgrundlag for behandlingen concept=legal-basis
heading: behandlingshjemmel concept=legal-basis
heading: lovlig behandling concept=legal-basis
heading: grundlag for behandling concept=legal-basis
heading: vores retsgrundlag concept=legal-basis
heading: hvilket grundlag concept=why-allowed

[consent]
heading: samtykke concept=your-consent
heading: dit samtykke concept=your-consent
heading: tilbagekaldelse af samtykke concept=withdrawal-of-consent
heading: tilbagetrækning af samtykke concept=withdrawal-of-consent
heading: træk dit samtykke tilbage concept=withdrawal-of-consent
heading: accept concept=your-consent
body: samtykk* weight=2.5 concept=you-consent
body: tilbagekald* weight=2.5 concept=withdraw
body: tilbagetræk* weight=2.5 concept=withdraw
body: trække dit samtykke tilbage weight=2.5 concept=withdraw
body: når som helst weight=1 concept=at-any-time
body: til enhver tid weight=1 concept=at-any-time
body: lovligheden weight=2 concept=without-affecting-lawfulness
body: påvirker ikke weight=2 concept=without-affecting-lawfulness
body: udtrykkeligt weight=1 concept=explicit-consent
body: frivilligt weight=1 concept=freely-given
body: utvetydig* weight=1.5 concept=freely-given
body: afkrydsning weight=1.5 concept=opt-in
body: sætte kryds weight=1.5 concept=opt-in
body: accepterer weight=1 concept=you-agree
body: opt-in weight=2 concept=opt-in
# Added with the shared concept inventory (concepts.txt): terms real policies use that da lacked.
body: udtrykkeligt samtykke weight=2.5 concept=explicit-consent
body: tilladelse weight=1.5 concept=permission
body: skifter mening weight=2 concept=change-your-mind
# Inflected forms, compounds and GDPR wording real policies use.
heading: tilbagetrækning af dit samtykke concept=withdrawal-of-consent
heading: tilbagekaldelse af dit samtykke concept=withdrawal-of-consent
heading: ret til at trække samtykke tilbage concept=withdrawal-of-consent
heading: samtykke og tilbagetrækning concept=withdrawal-of-consent

[sharing]
heading: videregivelse af personoplysninger concept=disclosure-of-information
heading: videregivelse til tredjemand concept=third-parties
heading: deling af oplysninger concept=sharing-of-information
heading: deling af personoplysninger concept=sharing-of-information
heading: deling af dine oplysninger concept=sharing-of-information
heading: deling af dine personoplysninger concept=sharing-of-information
heading: deling af data concept=sharing-of-information
heading: hvem har adgang til concept=who-we-share-with
heading: hvem deler vi oplysninger med concept=who-we-share-with
heading: modtagere concept=who-we-share-with
heading: modtagere af personoplysninger concept=who-we-share-with
heading: overladelse til databehandlere concept=service-providers-heading
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that da lacked.
heading: hvordan deler vi dine oplysninger concept=how-we-share
heading: oplysninger vi deler concept=how-we-share
heading: tredjeparter concept=third-parties
heading: deling med tredjeparter concept=third-parties
heading: tjenesteudbydere concept=service-providers-heading
heading: databehandlere concept=service-providers-heading
heading: virksomhedsoverdragelse concept=business-transfers
heading: fusion og opkøb concept=business-transfers
heading: retlige krav concept=legal-requests
heading: anmodninger fra myndigheder concept=legal-requests
heading: sælger vi dine oplysninger concept=sale-of-information
heading: salg af personoplysninger concept=sale-of-information
body: videregiv* weight=3 concept=disclose
body: deler weight=1.5 concept=share
body: dele weight=1.5 concept=share
body: deles weight=2 concept=share
body: modtagere weight=2.5 concept=recipients
body: overlad* weight=2 concept=service-providers
body: tredjemand weight=1 concept=third-parties-term
body: tredjeparter weight=1.5 concept=third-parties-term
body: databehandlere weight=2 concept=service-providers
body: leverandører weight=1.5 concept=service-providers
body: samarbejdspartnere weight=1.5 concept=business-partners
body: koncernselskaber weight=2 concept=affiliates
body: koncern* weight=1.5 concept=affiliates
body: myndigheder weight=1.5 concept=authorities
body: politiet weight=1.5 concept=authorities
body: retskendelse weight=1.5 concept=legal-process
body: fusion weight=2 concept=corporate-transaction
body: opkøb weight=1.5 concept=corporate-transaction
body: salg weight=1 concept=sell
body: sælger ikke weight=2 concept=sell
# Added with the shared concept inventory (concepts.txt): terms real policies use that da lacked.
body: på vores vegne weight=1.5 concept=on-our-behalf
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: videregivelse af data til tredjeparter concept=transfer-to-third-parties
heading: overførsel af data til tredjeparter concept=transfer-to-third-parties
heading: videregivelse til tredjeparter concept=transfer-to-third-parties
# Processors named in a subsection of their own (hosting, CDN, cloud): what states processing
# on our behalf weighs against the transfer and legal-basis words around it.
heading: hosting concept=service-providers-heading
heading: content delivery network concept=service-providers-heading
body: hosting weight=2 concept=service-providers
body: content delivery network weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: cloud computing weight=2 concept=service-providers
heading: hostingudbyder concept=service-providers-heading
body: hostingudbyder* weight=2.5 concept=service-providers
body: hostes af weight=1.5 concept=service-providers
body: hostet af weight=1.5 concept=service-providers
body: databehandleraftale* weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: betalinger weight=2 concept=payments-purchases
heading: betalingsbehandling weight=3 concept=payments-purchases
heading: køb i appen weight=2 concept=payments-purchases
heading: abonnementer weight=2 concept=payments-purchases
# Inflected forms, compounds and GDPR wording real policies use.
heading: videregivelse af oplysninger concept=disclosure-of-information
heading: videregivelse af dine personoplysninger concept=disclosure-of-information
heading: videregivelse af data concept=disclosure-of-information
heading: videregiver vi dine oplysninger concept=disclosure-of-information
heading: videregiver vi dine personoplysninger concept=disclosure-of-information
heading: hvem videregiver vi til concept=who-we-share-with
heading: modtagere af dine personoplysninger concept=who-we-share-with
heading: modtagere af oplysninger concept=who-we-share-with
heading: hvem deler vi dine oplysninger med concept=who-we-share-with
heading: hvem deler vi data med concept=who-we-share-with
heading: deling med andre concept=sharing-of-information
heading: deler vi dine oplysninger concept=how-we-share
heading: samarbejdspartnere concept=third-parties
heading: underdatabehandlere concept=service-providers-heading
heading: brug af databehandlere concept=service-providers-heading
heading: myndigheder concept=legal-requests
heading: salg af data concept=sale-of-information
heading: overdragelse af virksomheden concept=business-transfers

[cookies]
heading: cookies concept=cookies
heading: brug af cookies concept=cookies
heading: cookiepolitik concept=cookies
heading: cookies og lignende teknologier concept=tracking-technologies
heading: sporingsteknologier concept=tracking-technologies
heading: hvad er cookies concept=cookies
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that da lacked.
heading: web beacons concept=web-beacons
heading: pixels concept=web-beacons
heading: logfiler concept=log-files
heading: analyse concept=analytics
heading: webanalyse concept=analytics
body: cookie* weight=3 concept=cookie
body: små tekstfiler weight=3 concept=text-files
body: tekstfil* weight=2.5 concept=text-files
body: lignende teknologier weight=2 concept=tracking-technology
body: web beacons weight=2 concept=web-beacon
body: pixel* weight=2 concept=web-beacon
body: logfiler weight=2 concept=log-file
body: google analytics weight=2 concept=analytics-term
body: analyse* weight=1.5 concept=analytics-term
body: sessionscookies weight=2 concept=cookie-lifetime
body: permanente weight=1.5 concept=cookie-lifetime
body: nødvendige cookies weight=2 concept=cookie-categories
body: cookiebekendtgørelsen weight=2.5
body: sporing weight=1.5 concept=tracking-technology
body: gemmes weight=1
body: indstillinger i din browser weight=1.5 concept=browser-settings
body: browser weight=1 concept=browser
body: enhed weight=0.5 concept=device
# Added with the shared concept inventory (concepts.txt): terms real policies use that da lacked.
body: lokal lagring weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: sdk* weight=2 concept=sdk
body: fingerprinting weight=2.5 concept=fingerprinting
# Inflected forms, compounds and GDPR wording real policies use.
heading: brug af cookies og lignende teknologier concept=tracking-technologies
heading: vores brug af cookies concept=cookies
heading: cookieerklæring concept=cookies
heading: cookie-politik concept=cookies
heading: sporing concept=tracking-technologies
heading: statistik concept=analytics
heading: analyseværktøjer concept=analytics
heading: google analytics concept=analytics

[advertising]
heading: markedsføring concept=marketing
heading: direkte markedsføring concept=marketing
heading: reklame concept=advertising
heading: annoncering concept=advertising
heading: nyhedsbrev concept=marketing-communications
heading: målrettet annoncering concept=interest-based-advertising
heading: personlig markedsføring concept=interest-based-advertising
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that da lacked.
heading: markedsføringskommunikation concept=marketing-communications
heading: tredjepartsannoncering concept=third-party-advertising
heading: annoncenetværk concept=third-party-advertising
body: markedsføring* weight=2.5 concept=marketing-purposes
body: reklam* weight=2.5 concept=ads
body: annonc* weight=2.5 concept=ads
body: nyhedsbrev* weight=2 concept=marketing-messages
body: målrettet weight=2 concept=interest-based
body: interessebaseret weight=2 concept=interest-based
body: remarketing weight=2 concept=retargeting
body: retargeting weight=2 concept=retargeting
body: markedsføringsloven weight=2
body: tilbud weight=1.5 concept=promotions
body: kampagne* weight=1.5 concept=promotions
body: henvendelser weight=1 concept=marketing-messages
body: interesser weight=0.5 concept=interests
# Added with the shared concept inventory (concepts.txt): terms real policies use that da lacked.
body: annoncenetværk* weight=3 concept=ad-networks
body: annoncepartnere weight=3 concept=ad-networks
body: til markedsføringsformål weight=2 concept=marketing-purposes
body: your online choices weight=3 concept=ad-industry-programs
body: måle effektiviteten weight=2 concept=ad-measurement
# Inflected forms, compounds and GDPR wording real policies use.
heading: markedsføring og nyhedsbreve concept=marketing-communications
heading: nyhedsbreve concept=marketing-communications
heading: annoncer concept=advertising
heading: reklamer concept=advertising
heading: interessebaseret annoncering concept=interest-based-advertising
heading: målrettede annoncer concept=interest-based-advertising

[do-not-track]
heading: do not track concept=do-not-track
heading: spor ikke concept=do-not-track
heading: do not track-signaler concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: global privatlivskontrol concept=global-privacy-control
heading: præferencesignaler concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: spor ikke weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: global privatlivskontrol weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: signal* weight=2 concept=opt-out-preference-signal
body: reagerer ikke weight=2 concept=do-not-respond
body: standard weight=1.5 concept=no-uniform-standard
body: sporing weight=1 concept=cross-site-tracking
body: præferenc* weight=1 concept=opt-out-preference-signal
body: browserindstillinger weight=1
body: browser weight=1 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt): terms real policies use that da lacked.
body: ensartet standard weight=3 concept=no-uniform-standard
body: respekterer weight=1.5 concept=honor-signals

[choices]
heading: dine valg concept=your-choices
heading: dine valgmuligheder concept=your-choices
heading: dine indstillinger concept=managing-preferences
heading: afmelding concept=unsubscribing
heading: afmeld nyhedsbrev concept=unsubscribing
heading: framelding concept=unsubscribing
heading: kontrol over dine oplysninger concept=your-choices
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that da lacked.
heading: fravalg concept=opting-out
heading: sådan fravælger du concept=opting-out
heading: administration af dine præferencer concept=managing-preferences
body: afmeld* weight=3 concept=unsubscribe
body: framel* weight=3 concept=unsubscribe
body: fravælg* weight=2 concept=opt-out
body: opt-out weight=2 concept=opt-out
body: du kan vælge weight=2.5 concept=choose-not-to
body: valgmulighed* weight=2 concept=choose-not-to
body: valg weight=1.5 concept=choose-not-to
body: indstillinger weight=1.5 concept=settings
body: deaktivere weight=1.5 concept=disable
body: slå fra weight=1.5 concept=disable
body: afvise weight=1.5 concept=decline
body: undlade weight=1.5 concept=choose-not-to
body: gøre indsigelse weight=1.5 concept=decline
body: link weight=1 concept=unsubscribe-link
body: beslutte weight=1 concept=choose-not-to
body: modtage weight=0.5 concept=receive
# Added with the shared concept inventory (concepts.txt): terms real policies use that da lacked.
body: markedsførings-e-mails weight=2 concept=promotional-emails
body: præferencer weight=1.5 concept=preferences
body: push-meddelelser weight=2 concept=device-permissions
body: placeringstjenester weight=2 concept=device-permissions
body: nederst i weight=1.5 concept=unsubscribe-link
body: ikke være muligt weight=1.5 concept=consequences-of-refusal
# Inflected forms, compounds and GDPR wording real policies use.
heading: dine valgmuligheder og indstillinger concept=your-choices
heading: fravælg concept=opting-out
heading: framelding af markedsføring concept=unsubscribing
heading: afmelding af nyhedsbrev concept=unsubscribing
heading: håndtering af dine præferencer concept=managing-preferences
heading: håndter dine indstillinger concept=managing-preferences

[rights]
heading: dine rettigheder concept=your-rights
heading: den registreredes rettigheder concept=your-rights
heading: registreredes rettigheder concept=your-rights
heading: hvordan du udøver dine rettigheder concept=exercising-rights
heading: hvilke rettigheder har du concept=your-rights
heading: ret til indsigt concept=access-and-correction
heading: indsigtsret concept=access-and-correction
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that da lacked.
heading: udøvelse af dine rettigheder concept=exercising-rights
heading: indsigt og berigtigelse concept=access-and-correction
heading: befuldmægtigede concept=authorized-agents
body: indsigt* weight=3 concept=right-of-access
body: få adgang weight=2 concept=right-of-access
body: fuldmægtig* weight=2 concept=authorized-agent
body: ret til indsigt weight=3 concept=right-of-access
body: berigtigelse weight=3 concept=rectification
body: sletning weight=2.5 concept=erasure
body: retten til at blive glemt weight=2.5 concept=erasure
body: dataportabilitet weight=3 concept=portability
body: begrænsning af behandling weight=3 concept=restriction
body: indsigelse weight=2.5 concept=right-to-object
body: udøv* weight=2.5 concept=exercise-rights
body: rettigheder weight=1.5
body: tilsynsmyndighed weight=2.5 concept=complaint-to-authority
body: datatilsynet weight=3 concept=complaint-to-authority
body: klage weight=2 concept=complaint-to-authority
body: gratis weight=1
body: kopi weight=1 concept=copy-of-data
body: identitet weight=1 concept=verify-identity
# Added with the shared concept inventory (concepts.txt): terms real policies use that da lacked.
body: bekræfte din identitet weight=2 concept=verify-identity
body: forskelsbehandl* weight=1.5 concept=non-discrimination
body: den registreredes rettigheder weight=2 concept=data-subject-rights
body: adgang weight=1.5 concept=access
body: anmodning weight=0.3 concept=request
# Inflected forms, compounds and GDPR wording real policies use.
heading: dine rettigheder i henhold til gdpr concept=your-rights
heading: dine rettigheder som registreret concept=your-rights
heading: rettigheder concept=your-rights
heading: dine databeskyttelsesrettigheder concept=your-rights
heading: dine privatlivsrettigheder concept=your-rights
heading: ret til berigtigelse concept=access-and-correction
heading: ret til sletning concept=your-rights
heading: ret til at blive glemt concept=your-rights
heading: ret til begrænsning af behandling concept=your-rights
heading: ret til dataportabilitet concept=your-rights
heading: ret til indsigelse concept=your-rights
heading: ret til at gøre indsigelse concept=your-rights
heading: retten til indsigt concept=access-and-correction
heading: indsigt i dine oplysninger concept=access-and-correction
heading: adgang til dine oplysninger concept=access-and-correction
heading: adgang til dine personoplysninger concept=access-and-correction
heading: klage til datatilsynet concept=your-rights
heading: ret til at klage concept=your-rights
heading: klagemuligheder concept=your-rights
heading: sådan udøver du dine rettigheder concept=exercising-rights
heading: udøvelse af rettigheder concept=exercising-rights
heading: få indsigt i mine concept=access-and-correction
heading: hvilke rettigheder har jeg concept=your-rights
body: ret til berigtigelse weight=2
body: ret til sletning weight=2
body: ret til dataportabilitet weight=2
body: ret til indsigelse weight=2
body: ret til begrænsning af behandling weight=2
body: klage til datatilsynet weight=2

[retention]
heading: opbevaring concept=data-retention
heading: opbevaring af personoplysninger concept=data-retention
heading: opbevaringsperiode concept=retention-period
heading: hvor længe opbevarer vi dine oplysninger concept=how-long-we-keep
heading: hvor længe gemmer vi dine oplysninger concept=how-long-we-keep
heading: sletning af oplysninger concept=retention-and-deletion
heading: opbevaringsperioder concept=retention-period
heading: dataopbevaring concept=data-retention
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that da lacked.
heading: opbevaringsperiode for personoplysninger concept=retention-period
heading: lagring og opbevaring concept=storage-and-retention
heading: opbevaring og sletning concept=retention-and-deletion
body: opbevar* weight=2.5 concept=retain
body: gemme weight=1.5 concept=keep
body: gemmer weight=1.5 concept=keep
body: gemt weight=1 concept=keep
body: slette weight=1.5 concept=destroy
body: slettes weight=2 concept=destroy
body: så længe weight=2 concept=as-long-as-necessary
body: ikke længere end nødvendigt weight=3 concept=no-longer-needed
body: ikke længere end det er nødvendigt weight=3 concept=no-longer-needed
body: bogføringsloven weight=2.5 concept=legal-retention-requirements
body: forældelse* weight=2 concept=legal-retention-requirements
body: periode weight=1.5 concept=retention-criteria
body: tidsrum weight=1.5 concept=retention-criteria
body: anonymiser* weight=1.5 concept=anonymise
body: år weight=1 concept=years
body: måneder weight=1
# Added with the shared concept inventory (concepts.txt): terms real policies use that da lacked.
body: så længe det er nødvendigt weight=3 concept=as-long-as-necessary
body: arkiv* weight=2 concept=archive
body: inaktive weight=2 concept=inactive-accounts
body: destru* weight=2 concept=destroy
body: lagre* weight=1 concept=store
# Inflected forms, compounds and GDPR wording real policies use.
heading: hvor længe opbevarer vi concept=how-long-we-keep
heading: hvor længe gemmer vi concept=how-long-we-keep
heading: hvor længe opbevares concept=how-long-we-keep
heading: hvor længe gemmes concept=how-long-we-keep
heading: opbevaring af oplysninger concept=data-retention
heading: opbevaring af data concept=data-retention
heading: opbevaring af dine personoplysninger concept=data-retention
heading: opbevaringsperiode og sletning concept=retention-and-deletion
heading: hvornår sletter vi weight=3 concept=retention-and-deletion
heading: opbevaringstid concept=retention-period
heading: slettefrister concept=retention-period
heading: hvordan opbevarer vi concept=storage-and-retention

[security]
heading: sikkerhed concept=data-security
heading: datasikkerhed concept=data-security
heading: sikkerhed for dine oplysninger concept=data-security
heading: sikkerhedsforanstaltninger concept=security-measures
heading: hvordan beskytter vi concept=how-we-protect
heading: sådan beskytter vi concept=how-we-protect
heading: hvordan sikrer vi concept=how-we-protect
heading: beskyttelse af dine personoplysninger concept=how-we-protect
heading: beskyttelse af dine oplysninger concept=how-we-protect
heading: informationssikkerhed concept=data-security
heading: it-sikkerhed concept=data-security
heading: beskyttelse af personoplysninger concept=how-we-protect
body: sikkerhed* weight=2 concept=secure
body: tekniske og organisatoriske foranstaltninger weight=3 concept=technical-organisational-measures
body: tekniske foranstaltninger weight=2 concept=technical-organisational-measures
body: organisatoriske weight=2 concept=technical-organisational-measures
body: krypter* weight=2.5 concept=encryption
body: ssl weight=2 concept=encryption
body: tls weight=2 concept=encryption
body: uautoriseret weight=2.5 concept=unauthorized-access
body: uberettiget weight=2 concept=unauthorized-access
body: tab weight=1.5 concept=loss-misuse-alteration
body: misbrug weight=1 concept=loss-misuse-alteration
body: fortrolig* weight=1.5 concept=confidentiality
body: firewall* weight=2 concept=technical-controls
body: brud på persondatasikkerheden weight=2.5 concept=breach
body: sikkerhedsbrud weight=2 concept=breach
body: adgangskode* weight=1.5 concept=technical-controls
body: intet system weight=2 concept=no-guarantee
body: beskytte weight=1 concept=protect
body: sikre weight=0.5 concept=ensure
# Added with the shared concept inventory (concepts.txt): terms real policies use that da lacked.
body: sikkerhedsforanstaltninger weight=2.5 concept=safeguards
body: fysiske weight=1.5 concept=physical-safeguards
body: adgangskontrol weight=2.5 concept=technical-controls
body: kan ikke garantere weight=2.5 concept=no-guarantee
body: branchestandard* weight=2 concept=industry-standard
# Personal-data breaches and their notification: a security topic.
heading: brud på persondatasikkerheden concept=data-security
heading: sikkerhedsbrud concept=data-security
# Inflected forms, compounds and GDPR wording real policies use.
heading: sikkerhed og beskyttelse concept=data-security
heading: sådan sikrer vi concept=how-we-protect
heading: hvordan beskytter vi dine oplysninger concept=how-we-protect
heading: tekniske og organisatoriske foranstaltninger concept=security-measures
heading: sikkerhed for dine personoplysninger concept=data-security
heading: brud på datasikkerheden concept=data-security

[children]
heading: børn concept=childrens-privacy
heading: børns privatliv concept=childrens-privacy
heading: mindreårige concept=minors
heading: personoplysninger om børn concept=childrens-privacy
heading: aldersgrænse concept=age-limits
heading: børn under 13 år concept=age-limits
body: børn weight=3 concept=children
body: børns weight=2.5 concept=children
body: mindreårig* weight=3 concept=minors-teens
body: under 13 år weight=2.5 concept=age-threshold          # Danish age of digital consent
body: under 15 år weight=2 concept=age-threshold
body: alder weight=2 concept=age
body: forældre weight=2.5 concept=parents-guardians
body: forældremyndighed* weight=3 concept=parents-guardians
body: værge weight=2 concept=parents-guardians
body: forældres samtykke weight=2.5 concept=parental-consent
body: bevidst weight=2 concept=knowingly-collect
body: henvender sig ikke weight=1.5 concept=not-directed-to-children
body: coppa weight=3 concept=coppa
# Added with the shared concept inventory (concepts.txt): terms real policies use that da lacked.
body: unge weight=2.5 concept=minors-teens
body: hvis vi bliver opmærksomme på weight=2 concept=if-we-learn
# Concept `minor` (the bare English word, weak because also "minor changes") left out: da has no such ambiguous word; mindreårig* carries the idea.
# Inflected forms, compounds and GDPR wording real policies use.
heading: børn og unge concept=childrens-privacy
heading: børns personoplysninger concept=childrens-privacy
heading: oplysninger om børn concept=childrens-privacy
heading: børn under 16 år concept=age-limits
heading: børn under 15 år concept=age-limits
heading: alderskrav concept=age-limits

[international]
heading: overførsel til tredjelande concept=international-transfers
heading: overførsel af personoplysninger til tredjelande concept=international-transfers
heading: internationale overførsler concept=international-transfers
heading: overførsel uden for eu concept=international-transfers
heading: hvor opbevarer vi dine oplysninger concept=where-we-store
heading: hvor opbevares concept=where-we-store
heading: opbevaring inden for eu concept=where-we-store
heading: datalagring weight=1 concept=where-we-store
heading: lagring af data weight=1 concept=where-we-store
heading: lagring af oplysninger weight=1 concept=where-we-store
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that da lacked.
heading: overførsel af oplysninger concept=data-transfers
heading: dataoverførsel concept=data-transfers
body: tredjeland* weight=3 concept=other-countries
body: overfør* weight=2.5 concept=transfer
body: international* weight=2 concept=cross-border
body: uden for eu weight=2.5 concept=eea
body: uden for eøs weight=2.5 concept=eea
body: det europæiske økonomiske samarbejdsområde weight=2 concept=eea
body: eøs weight=2 concept=eea
body: standardkontraktbestemmelser weight=3 concept=transfer-safeguards
body: tilstrækkelighedsafgørelse weight=3 concept=adequacy
body: tilstrækkeligt beskyttelsesniveau weight=2.5 concept=adequacy
body: fornødne garantier weight=2 concept=transfer-safeguards
body: data privacy framework weight=2.5 concept=privacy-frameworks
body: privacy shield weight=2 concept=privacy-frameworks
body: usa weight=1.5 concept=united-states
body: servere weight=0.5 concept=server-location    # bare word: also web servers of any party
body: servere placeret weight=2.5 concept=server-location
body: på servere i weight=2 concept=server-location
body: den europæiske union weight=1 concept=eea
# Added with the shared concept inventory (concepts.txt): terms real policies use that da lacked.
body: grænseoverskridende weight=3 concept=cross-border
body: andre lande weight=2.5 concept=other-countries
body: bindende virksomhedsregler weight=3 concept=transfer-safeguards
body: jurisdiktion* weight=2 concept=jurisdictions
body: i hele verden weight=1.5 concept=around-the-world
body: ikke samme beskyttelsesniveau weight=2 concept=less-protective
# Inflected forms, compounds and GDPR wording real policies use.
heading: overførsel til lande uden for eu concept=international-transfers
heading: overførsel til lande uden for eu/eøs concept=international-transfers
heading: overførsel uden for eøs concept=international-transfers
heading: overførsel af data til tredjelande concept=international-transfers
heading: overførsel af oplysninger til tredjelande concept=international-transfers
heading: overførsel til udlandet concept=international-transfers
heading: tredjelandsoverførsler concept=international-transfers
heading: overførsel af personoplysninger concept=data-transfers
heading: hvor opbevares dine oplysninger concept=where-we-store
heading: hvor opbevares dine data concept=where-we-store
heading: hvor behandles dine data concept=where-we-store
heading: serverplacering concept=where-we-store

[regional]
heading: beboere i californien concept=california
heading: oplysninger til beboere i californien concept=california
heading: privatlivsrettigheder i californien concept=california
heading: landespecifikke oplysninger concept=jurisdiction-specific
heading: yderligere oplysninger for visse jurisdiktioner concept=jurisdiction-specific
heading: regionale meddelelser concept=jurisdiction-specific
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that da lacked.
heading: beboere i nevada concept=us-state-rights
heading: privatlivsrettigheder i amerikanske delstater concept=us-state-rights
heading: meddelelse til beboere i eøs concept=eea-gdpr-notice
heading: overholdelse af gdpr concept=eea-gdpr-notice
body: californi* weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: shine the light weight=2.5 concept=california-law
body: beboere weight=2 concept=residents
body: bosiddende weight=2 concept=residents
body: forbruger* weight=1.5 concept=consumers
body: salg af personoplysninger weight=2 concept=do-not-sell
body: følsomme personoplysninger weight=1.5
body: nevada weight=2.5 concept=us-states
body: virginia weight=2 concept=us-states
body: lgpd weight=2.5 concept=brazil-lgpd
body: brasilien weight=1.5 concept=brazil-lgpd
body: canada weight=1.5 concept=canada-pipeda
body: pipeda weight=2.5 concept=canada-pipeda
body: jurisdiktion* weight=1.5
body: delstat* weight=1 concept=state
body: grønland weight=1
# Added with the shared concept inventory (concepts.txt): terms real policies use that da lacked.
body: sælg ikke weight=3 concept=do-not-sell
body: økonomiske incitamenter weight=3 concept=financial-incentives
body: de foregående 12 måneder weight=3 concept=preceding-12-months
body: gdpr weight=2.5 concept=eu-gdpr
body: kontekstoverskridende adfærdsbaseret annoncering weight=3 concept=cross-context-advertising
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
heading: regionale bilag concept=jurisdiction-specific

[third-party-sites]
heading: links til andre hjemmesider concept=links-to-other-sites
heading: tredjeparts hjemmesider concept=third-party-websites
heading: tredjepartswebsteder concept=third-party-websites
heading: eksterne links concept=links-to-other-sites
heading: tjenester fra tredjeparter weight=2 concept=third-party-services   # outweighs the sharing cue "tredjeparter" inside it
heading: tredjepartstjenester concept=third-party-services
heading: sociale medier concept=social-media-plugins
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that da lacked.
heading: andre hjemmesider concept=third-party-websites
heading: tredjeparters privatlivspolitikker concept=third-party-privacy-policies
body: links weight=2.5 concept=links
body: linke* weight=2 concept=links
body: tredjeparts hjemmesider weight=3 concept=other-sites
body: tredjepartswebsteder weight=3 concept=other-sites
body: andre hjemmesider weight=2.5 concept=other-sites
body: andre websteder weight=2.5 concept=other-sites
body: ikke ansvarlige weight=2.5 concept=not-responsible
body: intet ansvar weight=2.5 concept=not-responsible
body: ingen kontrol weight=2 concept=not-responsible
body: egne privatlivspolitikker weight=2.5 concept=their-privacy-policies
body: egen privatlivspolitik weight=2.5 concept=their-privacy-policies
body: deres privatlivspolitik weight=2.5 concept=their-privacy-policies
body: deres privatlivspolitikker weight=2.5 concept=their-privacy-policies
body: plugin* weight=2 concept=plugins
body: sociale medier weight=2 concept=plugins
body: eksterne weight=1.5 concept=other-sites
body: klikker weight=1.5 concept=links
body: forlader weight=1.5 concept=leave-our-site
body: anbefaler weight=1 concept=encourage-review
body: indhold weight=0.5 concept=content
# Added with the shared concept inventory (concepts.txt): terms real policies use that da lacked.
body: tredjepartsapplikationer weight=2 concept=third-party-applications
body: gennemgå weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: sociale netværk concept=social-media-presence
heading: tilstedeværelse på sociale medier concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: indsamlet af tredjeparter concept=third-party-data-collection
heading: andre parter muligvis indsamler concept=third-party-data-collection
heading: oplysninger indsamlet af tredjeparter concept=third-party-data-collection
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
heading: indlejret indhold concept=third-party-services
heading: indhold fra tredjeparter concept=third-party-services
body: indlejret weight=2.5 concept=plugins
body: indlejrede weight=2.5 concept=plugins
body: indhold fra tredjepart* weight=3 concept=other-sites
body: logget ind weight=1.5 concept=plugins
# Outside tools named in a heading ("Brug af oversættelsesmaskiner og tredjepartsbiblioteker").
heading: tredjepartsbiblioteker concept=third-party-services
heading: tredjepartsværktøjer concept=third-party-services
heading: tredjepartssoftware concept=third-party-services
heading: oversættelsesmaskiner concept=third-party-services
heading: skysynkronisering concept=third-party-services
heading: icloud-sikkerhedskopiering concept=third-party-services
heading: synkronisering og sikkerhedskopiering concept=third-party-services
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: netværksforbindelser weight=2 concept=network-connections
heading: netværksanmodninger weight=2 concept=network-connections
heading: eksterne forbindelser weight=2 concept=network-connections
heading: forlader din enhed weight=2 concept=network-connections
heading: forlader enheden weight=2 concept=network-connections
heading: sendes over internettet weight=2 concept=network-connections
heading: går over internettet weight=2 concept=network-connections
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
heading: links til tredjeparter concept=links-to-other-sites
heading: links til andre websteder concept=links-to-other-sites
heading: links til eksterne websteder concept=links-to-other-sites
heading: eksterne websteder concept=third-party-websites
heading: eksterne tjenester concept=third-party-services
heading: synkroniseringstjenester concept=third-party-services
heading: sikkerhedskopieringstjenester concept=third-party-services
heading: sociale medier-plugins concept=social-media-plugins

[changes]
heading: ændringer af denne privatlivspolitik concept=changes-to-policy
heading: ændringer i privatlivspolitikken concept=changes-to-policy
heading: ændringer concept=amendments
heading: opdateringer concept=policy-updates
heading: opdatering af privatlivspolitikken concept=policy-updates
heading: ikrafttræden concept=entry-into-force
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that da lacked.
heading: meddelelse om ændringer concept=notification-of-changes
heading: gældende fra concept=entry-into-force
body: ændring* weight=2 concept=change-update
body: ændre weight=1.5 concept=change-update
body: opdater* weight=2 concept=change-update
body: senest opdateret weight=3 concept=effective-date
body: sidst opdateret weight=3 concept=effective-date
body: væsentlige ændringer weight=2.5 concept=material-changes
body: træder i kraft weight=2 concept=effective-date
body: ikrafttræden weight=2 concept=effective-date
body: gældende fra weight=2 concept=effective-date
body: løbende weight=1.5 concept=from-time-to-time
body: fra tid til anden weight=2 concept=from-time-to-time
body: forbeholder os retten weight=2 concept=reserve-the-right
body: offentliggø* weight=1.5 concept=posting
body: meddele weight=1.5 concept=notify-you
body: orientere weight=1 concept=notify-you
body: version weight=1.5 concept=version
# Added with the shared concept inventory (concepts.txt): terms real policies use that da lacked.
body: fortsatte brug weight=3 concept=continued-use
body: seneste version weight=2 concept=latest-version
body: med øjeblikkelig virkning weight=2.5 concept=effective-immediately
body: regelmæssigt weight=2.5 concept=check-back
body: meddelelse weight=0.5 concept=notice
# Inflected forms, compounds and GDPR wording real policies use.
heading: ændringer til denne privatlivspolitik concept=changes-to-policy
heading: ændringer i denne privatlivspolitik concept=changes-to-policy
heading: ændringer af privatlivspolitikken concept=changes-to-policy
heading: ændringer i persondatapolitikken concept=changes-to-policy
heading: ændringer af persondatapolitikken concept=changes-to-policy
heading: opdateringer til denne privatlivspolitik concept=policy-updates
heading: opdatering af denne politik concept=policy-updates
heading: opdatering af persondatapolitikken concept=policy-updates
heading: ændringer til politikken concept=changes-to-policy
heading: senest opdateret concept=entry-into-force
heading: ikrafttrædelse concept=entry-into-force

[contact]
heading: kontakt concept=contact-us
heading: kontakt os concept=contact-us
heading: kontaktoplysninger concept=contact-information
heading: sådan kontakter du os concept=how-to-contact
heading: databeskyttelsesrådgiver concept=data-protection-officer
heading: spørgsmål concept=questions
heading: spørgsmål om privatliv concept=questions
body: kontakt weight=2 concept=please-contact     # not kontakt*: kontaktoplysninger, kontaktformular are collected data
body: kontakte* weight=2 concept=please-contact   # kontakte, kontakter, kontaktes
body: databeskyttelsesrådgiver* weight=2.5 concept=dpo
body: dpo weight=2 concept=dpo
body: er du velkommen til weight=2.5 concept=please-contact
body: henvendelse* weight=2 concept=questions-comments
body: postadresse weight=2 concept=postal-address
body: adresse weight=0.3 concept=address          # also the tail of ip-adresse, e-mailadresse
body: telefon weight=1.5 concept=telephone
body: e-mail weight=1 concept=by-email
body: spørgsmål weight=2 concept=questions-comments
body: bemærkninger weight=1.5 concept=questions-comments
body: kundeservice weight=1.5 concept=customer-service
body: cvr weight=1
# Added with the shared concept inventory (concepts.txt): terms real policies use that da lacked.
body: pr. e-mail weight=1.5 concept=by-email
# The controller's identity and address (art. 13 GDPR): "Dataansvarlig".
heading: dataansvarlig concept=contact-information
heading: den dataansvarlige concept=contact-information
# Inflected forms, compounds and GDPR wording real policies use.
heading: kontakt os venligst concept=contact-us
heading: kontaktinformation concept=contact-information
heading: hvordan kontakter du os concept=how-to-contact
heading: spørgsmål og kontakt concept=questions
heading: har du spørgsmål concept=questions
heading: databeskyttelsesansvarlig concept=data-protection-officer
heading: dpo concept=data-protection-officer
heading: kontaktoplysninger på den dataansvarlige concept=contact-information
heading: hvem kan jeg kontakte concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no entry
# overlapping it counts.
# A backup copy is no security practice of its own.
sikkerhedskopi*
# A software update is not a change to the policy.
søge efter opdateringer
søger efter opdateringer
tjekke for opdateringer
automatiske opdateringer
# The version of an app is not the version of the policy.
app-version
appversion
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
browserversion
