# Norwegian Bokmål lexicon (Norway; the written standard of most Norwegian policies).
# Legal vocabulary: the Norwegian text of the GDPR, "personvernforordningen" (incorporated
# through the EEA Agreement), and the Personal Data Act, "personopplysningsloven" (lov om
# behandling av personopplysninger, 2018): "personopplysninger", "behandlingsansvarlig",
# "databehandler", "den registrerte", "berettiget interesse", "rettslig forpliktelse",
# "innsyn", "retting", "sletting", "dataportabilitet", "personvernombud"; the supervisory
# authority is Datatilsynet (shared name with Denmark's). Cookies are "informasjonskapsler"
# (ekomloven), marketing opt-out is "reservasjon" (markedsføringsloven).
# Conventions: policies address the reader as "du" ("dine personopplysninger"); the company
# says "vi". Bokmål forms with the common a- and en-endings ("boka"/"boken") are listed in
# the en-forms real policies use; Nynorsk (not covered here) shares some words. The
# definite suffix is covered by a trailing * ("opplysning*", "personvernerklæring*").
# Tags: `nb` and `nb-NO` resolve here; the tool's fallback rules also map the macrolanguage
# tag `no` to this file (most Norwegian policies are in Bokmål). Nynorsk (`nn`) is not mapped.
@language nb
@name Norwegian Bokmål
@fold-accents no            # å is a letter in Norwegian and folding merges "år" (year)
# with "ar", "på" with "pa", "må" with "ma"; æ and ø are letters with no accent to fold.

[profile]
# Function words first, then words frequent in privacy policies. weight=3 marks Bokmål
# spellings that Danish and Swedish write differently: av (da af), deg (da/sv dig), dere
# (da jer, sv ni), uten, gjennom, etter, mellom, innen, noen, noe, slik, mye, enn, seg,
# hva, personopplysninger, opplysninger, personvern, nettsted, informasjonskapsler,
# brukere, rettigheter, sikkerhet, tiltak, avtale. Words Danish writes the same way (og,
# at, er, til, ikke, hvis, hvordan, også, fra, dette, tjenester, samtykke, formål) stay at
# 1 or below: the Danish profile already weighs them and they prove nothing here.
og
i
at
det
en
den
til
er
som
på
de
med
for
av weight=2                  # Danish "af"; Swedish also writes "av"
ikke
vi
du
deg weight=3
din
ditt weight=1.5              # also Swedish
dine
dere weight=3
deres
oss weight=1.5               # also Swedish
vår weight=2                 # Swedish "vår" too; Danish "vores"
våre weight=3
vårt weight=2
sin
sitt weight=1
sine
seg weight=3
har
kan
skal
vil
må
få
bli
blir weight=1.5              # also Swedish
blitt weight=3
vært weight=3
hadde weight=3
hvis
hva weight=3
hvordan
hvilke
hvilken
hvem
hvor
når
hvorfor
eller
samt
også
kun
bare
uten weight=3
gjennom weight=3
fra
etter weight=3
under
mellom weight=3
ifølge
innen weight=3
hos
ved
mot weight=1.5               # also Swedish
alle
andre
annen weight=3
annet weight=3
noen weight=3
noe weight=3
slike weight=3
slik weight=3
dette
disse
denne
fordi
derfor
så
da
både
ingen
mye weight=3
mer weight=1
selv
enn weight=3
et
over
om
her
men
blant weight=3
hver
gjøre weight=3
gjør weight=3
gi weight=3
gir weight=3
gitt weight=2
nå weight=2
eventuelt weight=2
å weight=3                   # infinitive marker; Danish "at", Swedish "att"
dersom weight=3
deretter weight=3
lenge weight=3
inn weight=3                 # "samle inn"; Danish "ind", Swedish "in"
utenfor weight=3
lenker weight=3
# words frequent in privacy policies
personopplysninger weight=3
personopplysningene weight=3
opplysninger weight=3
opplysningene weight=3
personvern weight=3
personvernet weight=3
personvernerklæring weight=3
personvernerklæringen weight=3
behandlingsansvarlig weight=3
behandling
behandler
behandle
nettsted weight=3
nettstedet weight=3
nettsteder weight=3
nettside weight=3
nettsiden weight=3
nettsidene weight=3
tjenester
tjenestene weight=3
tjeneste
bruker weight=3
brukere weight=3
brukeren weight=3
brukerne weight=3
bruke weight=3
bruk weight=2                # Swedish "bruk" is rarer; Danish "brug"
tredjeparter
rettigheter weight=3
rett weight=3
beskyttelse
samtykke
formål
formålet
berettiget
interesse
tilgang weight=3
innsyn weight=3
forespørsel weight=3
epost weight=2               # "e-post" splits at the hyphen; some write "epost"
personvernombud weight=3
adresse
konto
produkter
selskap weight=3
selskapet weight=3
virksomhet weight=3
tilfeller weight=3
tiltak weight=3
sikkerhet weight=3
lagre
lagrer
lagret weight=1.5
oppbevare weight=3
nødvendig
nødvendige
gjeldende weight=3
kunde
kunder
samler weight=2              # Swedish "samlar"
innsamling weight=3
dele
deler
utlevere weight=3
utlevering weight=3
kontakt
følgende
navn
telefonnummer
informasjonskapsler weight=3
cookies weight=0.5
nettleser weight=3
nettleseren weight=3
enhet weight=2               # also Swedish; Danish "enhed"
rettslig weight=3
forpliktelse weight=3
avtale weight=3
motta weight=2
informasjon weight=3
lov
sletting weight=3
slette
personopplysningsloven weight=3
personvernforordningen weight=3
datatilsynet weight=0.5      # Denmark's authority has the same name
eksempel
hjelp weight=2
endringer weight=3
oppdatert weight=3
spørsmål weight=3
avtalen weight=3

[units]
year: år, året, årene, års
month: måned, måneder, måneden, månedene, måneders
week: uke, uker, uken, ukene, uka
day: dag, dager, dagen, dagene, dagers
hour: time, timer, timen, timene
minute: minutt, minutter, minuttet
business-day: virkedag, virkedager, arbeidsdag, arbeidsdager, bankdag, bankdager

[numbers]
1: en, ett, ei, én
2: to
3: tre
4: fire
5: fem
6: seks
7: sju, syv
8: åtte
9: ni
10: ti
11: elleve
12: tolv
13: tretten
14: fjorten
15: femten
16: seksten
18: atten
20: tjue, tyve
24: tjuefire, fireogtyve
30: tretti, tredve
60: seksti
90: nitti
100: hundre, ett hundre, etthundre

[references]
gdpr: gdpr, personvernforordningen, den generelle personvernforordningen, personvernforordning, forordning (eu) 2016/679, 2016/679
# Norwegian Personal Data Act (personopplysningsloven, lov 15. juni 2018 nr. 38). The id
# must match the English lexicon's id for the same law when English gains one.
no-personopplysningsloven: personopplysningsloven, popplyl, lov om behandling av personopplysninger
ccpa: ccpa, california consumer privacy act
cpra: cpra, california privacy rights act
coppa: coppa
lgpd: lgpd, lei geral de proteção de dados
pipeda: pipeda, personal information protection and electronic documents act

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
brukervilkår
bruksvilkår
vilkår for bruk
vilkår og betingelser
tjenestevilkår
gjeldende lov
gjeldende rett
lovvalg
verneting
lovvalg og verneting
gjeldende lov og verneting
jurisdiksjon
delbarhet
hele avtalen
fullstendig avtale
ikke avkall
force majeure
ansvarsfraskrivelse
ansvarsbegrensning
begrensning av ansvar
skadesløsholdelse
oversettelser
oversettelse
andre oversettelser
språkversjoner
den engelske versjonen har forrang
den norske versjonen har forrang
lisens
opphavsrett
copyright
innholdsfortegnelse

# ---------------------------------------------------------------------------------------
# Sections.
immaterielle rettigheter

[intro]
heading: innledning concept=introduction
heading: introduksjon concept=introduction
heading: generelt concept=introduction
heading: generell informasjon concept=introduction
heading: oversikt concept=summary
heading: sammendrag concept=summary
heading: kort oppsummert concept=summary
heading: oppsummering concept=summary
heading: om denne personvernerklæringen concept=about-this-policy
heading: om personvernerklæringen concept=about-this-policy
heading: om denne erklæringen concept=about-this-policy
heading: formålet med personvernerklæringen concept=about-this-policy
heading: virkeområde concept=scope
heading: omfang concept=scope
heading: hvem gjelder personvernerklæringen for concept=scope
heading: hva denne erklæringen gjelder concept=scope
heading: hvem er vi concept=who-we-are
heading: hvem vi er concept=who-we-are
heading: behandlingsansvarlig* concept=who-we-are     # vi er behandlingsansvarlige
heading: hvem er behandlingsansvarlig concept=who-we-are
heading: vår forpliktelse til personvern concept=commitment-to-privacy
heading: vi tar personvernet ditt på alvor concept=commitment-to-privacy
heading: ditt samtykke til erklæringen concept=acceptance
heading: aksept av personvernerklæringen concept=acceptance
heading: godkjenning av vilkårene concept=acceptance
heading: personvernerklæring weight=0.5 concept=privacy-policy-title
heading: personvernerklæringen weight=0.5 concept=privacy-policy-title
heading: personvernpolicy weight=0.5 concept=privacy-policy-title
heading: personvernregler weight=0.5 concept=privacy-policy-title
heading: personvern weight=0.5 concept=privacy-policy-title
body: denne personvernerklæringen beskriver concept=policy-describes
body: denne erklæringen beskriver concept=policy-describes
body: personvernerklæringen forklarer concept=policy-describes
body: beskriver hvordan weight=2 concept=policy-describes
body: forklarer hvordan weight=2 concept=policy-describes
body: beskriver weight=1 concept=policy-describes
body: gjelder for weight=1.5 concept=policy-applies-to
body: gjelder ikke weight=1.5 concept=policy-applies-to
body: denne erklæringen gjelder concept=policy-applies-to
body: ved å bruke concept=by-using
body: ved å besøke concept=by-using
body: når du bruker weight=1 concept=by-using
body: aksept* concept=acceptance-of-policy
body: godkjenn* weight=1 concept=acceptance-of-policy
body: hvis du ikke godtar concept=if-you-do-not-agree
body: dersom du ikke godtar concept=if-you-do-not-agree
body: hvis du ikke er enig concept=if-you-do-not-agree
body: vi tar personvernet ditt på alvor concept=committed-to-privacy
body: vi respekterer ditt personvern concept=committed-to-privacy
body: ivaretar personvernet concept=committed-to-privacy
body: heretter kalt concept=referred-to-as
body: heretter omtalt som concept=referred-to-as
body: brukervilkår concept=terms-of-use
body: vilkår for bruk concept=terms-of-use
body: salgsbetingelser weight=1 concept=terms-of-use
body: les nøye concept=please-read
body: vennligst les concept=please-read
body: denne personvernerklæringen weight=0.5 concept=this-privacy-policy
body: personvernerklæringen weight=0.5 concept=this-privacy-policy
body: personvern weight=0.3 concept=privacy
body: nettsted* weight=0.3 concept=website
body: nettside* weight=0.3 concept=website
body: appen weight=0.3 concept=website
body: tjenestene weight=0.3 concept=services
body: selskap* weight=0.3 concept=company
body: virksomhet* weight=0.3 concept=company
# The policy naming its author: ("Acme", "vi", "oss" eller "vår").
body: vi oss eller vår weight=2.5 concept=we-us-defined
body: vi oss og vår weight=2.5 concept=we-us-defined
body: vi eller oss weight=2.5 concept=we-us-defined
heading: om oss weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
# Inflected forms, compounds and GDPR wording real policies use.
heading: om oss og denne erklæringen concept=who-we-are
heading: hvem er ansvarlig for opplysningene concept=who-we-are
heading: personvernerklæring for weight=0.5 concept=privacy-policy-title
heading: personvernpolicyen weight=0.5 concept=privacy-policy-title
heading: om denne personvernpolicyen concept=about-this-policy
heading: kort fortalt concept=summary

[definitions]
heading: definisjoner concept=definitions
heading: definisjon av begreper concept=definitions
heading: begreper concept=key-terms
heading: begrepsforklaring concept=key-terms
heading: ordliste concept=key-terms
heading: sentrale begreper concept=key-terms
heading: begreper brukt i denne erklæringen concept=key-terms
heading: tolkning concept=interpretation
heading: tolkning og definisjoner concept=interpretation
heading: hva mener vi med concept=what-we-mean-by
heading: hva betyr concept=what-we-mean-by
body: betyr weight=2 concept=means
body: menes concept=means
body: med personopplysninger menes concept=personal-data-means
body: forstås concept=means
body: viser til concept=refers-to
body: refererer til concept=refers-to
body: følgende definisjoner concept=defined-terms-intro
body: begrepet concept=defined-terms-intro
body: definisj* weight=2 concept=defined-terms-intro
body: i denne erklæringen weight=1.5 concept=as-used-in-this-policy
body: i denne personvernerklæringen concept=as-used-in-this-policy
body: personopplysninger er concept=personal-data-means
body: enhver opplysning om concept=personal-data-means
body: alle opplysninger og vurderinger concept=personal-data-means
body: identifisert eller identifiserbar concept=identifiable-person
body: fysisk person concept=identifiable-person
body: heretter concept=hereinafter
body: behandlingsansvarlig concept=gdpr-roles
body: databehandler concept=gdpr-roles
body: den registrerte concept=gdpr-roles
body: omfatter weight=0.5 concept=includes
body: inkluderer weight=0.5 concept=includes
body: bruker weight=0.3 concept=user
body: personopplysninger weight=0.2 concept=personal-data
# Inflected forms, compounds and GDPR wording real policies use.
heading: definisjoner og begreper concept=definitions
heading: begreper som brukes concept=key-terms
heading: begrepsdefinisjoner concept=definitions

[collection]
heading: hvilke opplysninger samler vi inn concept=what-we-collect
heading: hvilke personopplysninger samler vi inn concept=what-we-collect
heading: hvilke personopplysninger behandler vi concept=what-we-collect
heading: opplysninger vi samler inn concept=what-we-collect
heading: personopplysninger vi samler inn concept=what-we-collect
heading: hvilke opplysninger vi behandler concept=what-we-collect
heading: innsamlede opplysninger concept=what-we-collect
heading: innsamling av personopplysninger concept=collection-of-information
heading: innsamling av opplysninger concept=collection-of-information
heading: datainnsamling concept=collection-of-information
heading: kilder til personopplysninger concept=sources-of-information
heading: hvor får vi opplysningene fra concept=sources-of-information
heading: hvor henter vi concept=sources-of-information
heading: opplysninger du gir oss concept=information-you-provide
heading: opplysninger du selv gir oss concept=information-you-provide
heading: kontaktskjema weight=3 concept=information-you-provide
heading: opplysninger vi samler inn automatisk concept=collected-automatically
heading: automatisk innsamlede opplysninger concept=collected-automatically
heading: hvordan samler vi inn opplysninger concept=how-we-collect
heading: hvordan vi samler inn personopplysninger concept=how-we-collect
heading: kategorier av personopplysninger concept=categories-of-data
heading: typer personopplysninger concept=categories-of-data
body: samle inn concept=we-collect
body: samler inn concept=we-collect
body: samles inn concept=we-collect
body: innsaml* concept=we-collect
body: innhent* weight=1.5 concept=we-collect
body: registrerer weight=1 concept=we-collect
body: du gir oss concept=you-provide
body: du selv oppgir concept=you-provide
body: du oppgir concept=you-provide
body: oppgitt av deg concept=you-provide
body: automatisk concept=automatically
body: kategorier av personopplysninger concept=data-categories
body: kategorier av opplysninger concept=data-categories
body: kilder weight=1.5 concept=sources
body: offentlig tilgjengelig* concept=publicly-available
body: offentlige registre concept=publicly-available
body: navn weight=1 concept=name
body: e-postadresse concept=contact-details
body: telefonnummer concept=contact-details
body: ip-adresse concept=device-data
body: nettlesertype concept=device-data
body: type nettleser concept=device-data
body: operativsystem concept=device-data
body: enhets-id concept=device-data
body: enhetsidentifikator* concept=device-data
body: lokasjonsdata concept=location-data
body: posisjonsdata concept=location-data
body: geolokasjon* concept=location-data
body: bruksdata concept=usage-data
body: loggdata concept=usage-data
body: demografisk* concept=demographic-data
body: betalingsopplysninger concept=payment-data
body: betalingsinformasjon concept=payment-data
body: kortopplysninger concept=payment-data
body: skjema* concept=forms
body: kontaktskjema concept=forms
body: konto weight=0.3 concept=account
body: brukerkonto weight=0.3 concept=account
body: opplysninger weight=0.1 concept=information
body: informasjon weight=0.1 concept=information
# Headings asking which personal data are processed (GDPR style): "What personal data do we process?"
heading: hvilke personopplysninger concept=what-we-collect
heading: personopplysninger vi behandler concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: tillatelser concept=what-we-collect
heading: apptillatelser concept=what-we-collect
heading: app-tillatelser concept=what-we-collect
# App notices: crash reports, diagnostics and push tokens are data the app collects.
heading: krasjrapporter concept=collected-automatically
heading: diagnosedata concept=collected-automatically
body: krasjrapport* weight=2.5 concept=usage-data
body: diagnosedata weight=2 concept=usage-data
body: push-token* weight=2.5 concept=device-data
# Inflected forms, compounds and GDPR wording real policies use.
heading: hvilke data samler vi inn concept=what-we-collect
heading: hvilke opplysninger vi samler inn concept=what-we-collect
heading: hvilke personopplysninger vi samler inn concept=what-we-collect
heading: hvilke personopplysninger vi behandler concept=what-we-collect
heading: hvilke typer personopplysninger concept=what-we-collect
heading: typer opplysninger concept=categories-of-data
heading: kategorier av opplysninger concept=categories-of-data
heading: innsamling av data concept=collection-of-information
heading: innsamling av informasjon concept=collection-of-information
heading: innsamling og behandling av personopplysninger concept=collection-of-information
heading: data vi samler inn concept=what-we-collect
heading: informasjon vi samler inn concept=what-we-collect
heading: hvilken informasjon samler vi inn concept=what-we-collect
heading: hvordan vi samler inn concept=how-we-collect
heading: slik samler vi inn concept=how-we-collect
heading: hvor får vi personopplysningene fra concept=sources-of-information
heading: opplysninger fra tredjeparter concept=sources-of-information
heading: opplysninger som du gir oss concept=information-you-provide
heading: informasjon du gir oss concept=information-you-provide
heading: automatisk innsamlet informasjon concept=collected-automatically
heading: tekniske opplysninger concept=collected-automatically
heading: loggdata concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: blir på enheten din weight=2 concept=on-device-data
heading: forblir på enheten din weight=2 concept=on-device-data
heading: behandles lokalt weight=2 concept=on-device-data
heading: lokalt behandlede data weight=2 concept=on-device-data
heading: lokalt lagrede data weight=2 concept=on-device-data
heading: lokal behandling weight=2 concept=on-device-data
heading: behandling på enheten weight=2 concept=on-device-data
body: postadresse weight=1.5 concept=contact-details
body: fødselsnummer weight=2 concept=contact-details
# Coordinated heading "<collection> and use (of information)" (Information Collection and Use): the collection noun leads.
heading: innsamling og bruk concept=collection-of-information
heading: informasjonsinnsamling concept=collection-of-information

[use]
heading: hvordan bruker vi opplysningene concept=how-we-use
heading: hvordan bruker vi personopplysningene dine concept=how-we-use
heading: hvordan vi bruker opplysningene dine concept=how-we-use
heading: hva bruker vi opplysningene til concept=how-we-use
heading: hva bruker vi personopplysningene til concept=how-we-use
heading: bruk av personopplysninger concept=use-of-information
heading: bruk av opplysninger concept=use-of-information
heading: bruk av informasjon concept=use-of-information
heading: bruk av personopplysningene concept=use-of-information
heading: bruk av opplysningene concept=use-of-information
heading: formål med behandlingen concept=purposes-of-processing
heading: formålet med behandlingen concept=purposes-of-processing
heading: formål concept=purposes-of-processing
heading: formål og behandlingsgrunnlag concept=purposes-of-processing
heading: hvorfor samler vi inn personopplysninger concept=why-we-collect
heading: hvorfor behandler vi concept=why-we-collect
heading: hvorfor vi samler inn opplysninger concept=why-we-collect
heading: behandling av personopplysninger concept=processing-of-personal-data
heading: behandling av dine personopplysninger concept=processing-of-personal-data
heading: hvordan behandler vi personopplysningene dine concept=processing-of-personal-data
body: vi bruker concept=we-use
body: bruker vi concept=we-use
body: benytter weight=1.5 concept=we-use
body: anvend* weight=1 concept=we-use
body: formål* weight=2.5 concept=purposes
body: for å kunne weight=1 concept=purposes
body: med det formål weight=2 concept=purposes
body: til følgende formål concept=following-purposes
body: for følgende formål concept=following-purposes
body: profilering concept=profiling
body: automatiserte avgjørelser concept=automated-decisions
body: automatiserte beslutninger concept=automated-decisions
body: levere tjenesten concept=to-provide
body: levere tjenestene concept=to-provide
body: tilby tjenestene concept=to-provide
body: levere weight=1 concept=to-provide
body: oppfylle avtalen concept=to-fulfil
body: gjennomføre kjøp concept=to-fulfil
body: levering av varer concept=to-fulfil
body: administrere concept=to-administer
body: håndtere weight=1 concept=to-administer
body: forbedr* concept=to-improve
body: videreutvikle concept=to-develop
body: utvikle nye concept=to-develop
body: tilpass* concept=to-personalise
body: personaliser* concept=to-personalise
body: kommunisere med deg concept=to-communicate
body: sende deg concept=to-send
body: besvare henvendelser concept=to-respond
body: svare på henvendelser concept=to-respond
body: kundeservice concept=to-respond
body: kundestøtte concept=to-respond
body: analyse* weight=1 concept=to-analyse
body: statistikk concept=to-analyse
body: feilsøking concept=to-troubleshoot
body: rette feil concept=to-troubleshoot
body: markedsundersøkelse* concept=research
body: forebygge svindel concept=to-prevent-fraud
body: svindel concept=to-prevent-fraud
body: misbruk av tjenesten concept=to-prevent-fraud
body: behandle betalinger concept=to-process-transactions
body: ordrebehandling concept=to-process-transactions
body: oppfylle lovpålagte plikter concept=to-comply-with-law
body: overholde lovpålagte krav concept=to-comply-with-law
heading: til følgende formål concept=purposes-of-processing
# Inflected forms, compounds and GDPR wording real policies use.
heading: hva bruker vi dataene til concept=how-we-use
heading: hvordan bruker vi concept=how-we-use
heading: hvordan vi bruker concept=how-we-use
heading: slik bruker vi concept=how-we-use
heading: bruk av dine personopplysninger concept=use-of-information
heading: bruk av data concept=use-of-information
heading: formålene med behandlingen concept=purposes-of-processing
heading: formål med innsamlingen concept=purposes-of-processing
heading: hvorfor samler vi inn concept=why-we-collect
heading: hvorfor behandler vi personopplysningene dine concept=why-we-collect
heading: vår bruk av opplysningene dine concept=use-of-information
heading: automatiser* avgjørels* concept=automated-decision-making
heading: automatiser* beslutning* concept=automated-decision-making
heading: automatisk* avgjørels* concept=automated-decision-making
heading: automatisk* beslutning* concept=automated-decision-making

[legal-basis]
heading: behandlingsgrunnlag concept=legal-basis
heading: rettslig grunnlag concept=legal-basis
heading: rettslig grunnlag for behandlingen concept=legal-basis
heading: grunnlaget for behandlingen concept=legal-basis
heading: lovlig grunnlag concept=legal-basis
heading: hjemmel for behandlingen concept=legal-basis
heading: hvorfor har vi lov til å behandle opplysningene concept=why-allowed
heading: på hvilket grunnlag behandler vi personopplysninger concept=why-allowed
body: behandlingsgrunnlag* concept=legal-basis-term
body: rettslig grunnlag concept=legal-basis-term
body: rettslige grunnlag concept=legal-basis-term
body: hjemmel concept=legal-basis-term
body: berettiget interesse concept=legitimate-interests
body: berettigede interesser concept=legitimate-interests
body: legitim interesse concept=legitimate-interests
body: interesseavveining concept=balancing-test
body: grunnleggende rettigheter og friheter concept=balancing-test
body: oppfylle en avtale concept=performance-of-contract
body: oppfyllelse av en avtale concept=performance-of-contract
body: avtale med deg weight=2 concept=performance-of-contract
body: inngåelse av avtale weight=2 concept=performance-of-contract
body: rettslig forpliktelse concept=legal-obligation
body: rettslige forpliktelser concept=legal-obligation
body: lovpålagt* weight=2 concept=legal-obligation
body: vitale interesser concept=vital-interests
body: allmennhetens interesse concept=public-interest
body: artikkel 6 concept=article-6
body: art. 6 concept=article-6
body: behandlingen er nødvendig concept=processing-necessary
body: på grunnlag av concept=on-the-basis-of
body: basert på weight=1.5 concept=on-the-basis-of
body: lovlig* concept=lawful
body: samtykke weight=1 concept=consent-as-basis
body: nødvendig weight=0.5 concept=necessary
# Inflected forms, compounds and GDPR wording real policies use.
heading: rettslig grunnlag for behandling concept=legal-basis
heading: behandlingsgrunnlaget concept=legal-basis
heading: grunnlag for behandlingen concept=legal-basis
heading: lovlig behandling concept=legal-basis
heading: vårt rettslige grunnlag concept=legal-basis
heading: rettslige grunnlag concept=legal-basis
heading: hvilket grunnlag concept=why-allowed

[consent]
heading: samtykke concept=your-consent
heading: ditt samtykke concept=your-consent
heading: tilbaketrekking av samtykke concept=withdrawal-of-consent
heading: trekke tilbake samtykke concept=withdrawal-of-consent
heading: hvordan trekke tilbake samtykket concept=withdrawal-of-consent
heading: samtykke og tilbaketrekking concept=withdrawal-of-consent
body: samtykk* weight=2 concept=you-consent
body: du samtykker concept=you-consent
body: har samtykket concept=you-consent
body: trekke tilbake concept=withdraw
body: trekke samtykket tilbake concept=withdraw
body: tilbaketrekk* concept=withdraw
body: tilbakekall* concept=withdraw
body: ombestemmer deg concept=change-your-mind
body: ombestemme deg concept=change-your-mind
body: du godtar concept=you-agree
body: godtar weight=1 concept=you-agree
body: uttrykkelig samtykke concept=explicit-consent
body: eksplisitt samtykke concept=explicit-consent
body: frivillig* concept=freely-given
body: aktivt samtykke concept=opt-in
body: krysse av concept=opt-in
body: avkrysning* concept=opt-in
body: tillatelse concept=permission
body: påvirker ikke lovligheten concept=without-affecting-lawfulness
body: lovligheten av behandlingen concept=without-affecting-lawfulness
body: før tilbaketrekkingen concept=without-affecting-lawfulness
body: når som helst concept=at-any-time
body: til enhver tid weight=1 concept=at-any-time
# Inflected forms, compounds and GDPR wording real policies use.
heading: tilbaketrekking av ditt samtykke concept=withdrawal-of-consent
heading: trekke tilbake samtykket concept=withdrawal-of-consent
heading: rett til å trekke tilbake samtykke concept=withdrawal-of-consent

[sharing]
heading: deling av opplysninger concept=sharing-of-information
heading: deling av personopplysninger concept=sharing-of-information
heading: deling og utlevering concept=sharing-of-information
heading: hvordan deler vi opplysningene dine concept=how-we-share
heading: opplysninger vi deler concept=how-we-share
heading: hvem deler vi opplysninger med concept=who-we-share-with
heading: hvem deler vi personopplysninger med concept=who-we-share-with
heading: hvem har tilgang til concept=who-we-share-with
heading: mottakere concept=who-we-share-with
heading: mottakere av personopplysninger concept=who-we-share-with
heading: utlevering av personopplysninger concept=disclosure-of-information
heading: utlevering til tredjeparter concept=disclosure-of-information
heading: utlevering av opplysninger concept=disclosure-of-information
heading: tredjeparter concept=third-parties
heading: deling med tredjeparter concept=third-parties
heading: tjenesteleverandører concept=service-providers-heading
heading: databehandlere concept=service-providers-heading
heading: bruk av databehandlere concept=service-providers-heading
heading: virksomhetsoverdragelse concept=business-transfers
heading: fusjon og oppkjøp concept=business-transfers
heading: rettslige krav concept=legal-requests
heading: utlevering til offentlige myndigheter concept=legal-requests
heading: selger vi opplysningene dine concept=sale-of-information
heading: salg av personopplysninger concept=sale-of-information
body: dele concept=share
body: deler concept=share
body: deles concept=share
body: deling concept=share
body: utlever* weight=2.5 concept=disclose
body: overlate weight=1.5 concept=disclose
body: videreformidl* concept=disclose
body: tredjeparter concept=third-parties-term
body: tredjepart weight=1 concept=third-parties-term
body: tjenesteleverandører concept=service-providers
body: leverandører concept=service-providers
body: underleverandører concept=service-providers
body: databehandlere concept=service-providers
body: databehandleravtale concept=service-providers
body: på våre vegne concept=on-our-behalf
body: på vegne av oss concept=on-our-behalf
body: konsernselskaper concept=affiliates
body: datterselskaper concept=affiliates
body: konsern* weight=1.5 concept=affiliates
body: samarbeidspartnere concept=business-partners
body: forretningspartnere concept=business-partners
body: mottaker* concept=recipients
body: fusjon concept=corporate-transaction
body: oppkjøp concept=corporate-transaction
body: konkurs concept=corporate-transaction
body: omorganisering concept=corporate-transaction
body: offentlige myndigheter concept=authorities
body: myndigheter weight=1.5 concept=authorities
body: politiet concept=authorities
body: rettskjennelse concept=legal-process
body: pålegg fra myndigheter concept=legal-process
body: salg weight=1 concept=sell
body: selger ikke concept=sell
body: vi selger ikke concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: overføring av data til tredjeparter concept=transfer-to-third-parties
heading: utlevering av opplysninger til tredjeparter concept=transfer-to-third-parties
# Processors named in a subsection of their own (hosting, CDN, cloud): what states processing
# on our behalf weighs against the transfer and legal-basis words around it.
heading: hosting concept=service-providers-heading
heading: content delivery network concept=service-providers-heading
body: hosting weight=2 concept=service-providers
body: content delivery network weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: cloud computing weight=2 concept=service-providers
heading: leverandør av hosting concept=service-providers-heading
body: hostes av weight=1.5 concept=service-providers
body: hostet av weight=1.5 concept=service-providers
body: databehandleravtale* weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: betalinger weight=2 concept=payments-purchases
heading: betalingsbehandling weight=3 concept=payments-purchases
heading: kjøp i appen weight=2 concept=payments-purchases
heading: abonnementer weight=2 concept=payments-purchases
# Inflected forms, compounds and GDPR wording real policies use.
heading: utlevering av data concept=disclosure-of-information
heading: utlevering av dine personopplysninger concept=disclosure-of-information
heading: deler vi opplysningene dine concept=how-we-share
heading: deler vi personopplysningene dine concept=how-we-share
heading: hvem deler vi data med concept=who-we-share-with
heading: mottakere av dine personopplysninger concept=who-we-share-with
heading: mottakere av opplysninger concept=who-we-share-with
heading: deling av data concept=sharing-of-information
heading: deling av informasjon concept=sharing-of-information
heading: deling av dine personopplysninger concept=sharing-of-information
heading: overføring til tredjeparter concept=transfer-to-third-parties
heading: samarbeidspartnere concept=third-parties
heading: underdatabehandlere concept=service-providers-heading
heading: myndigheter concept=legal-requests
heading: salg av data concept=sale-of-information

[cookies]
heading: informasjonskapsler concept=cookies
heading: bruk av informasjonskapsler concept=cookies
heading: informasjonskapsler (cookies) concept=cookies
heading: cookies concept=cookies
heading: bruk av cookies concept=cookies
heading: cookie-erklæring concept=cookies
heading: hva er informasjonskapsler concept=cookies
heading: informasjonskapsler og lignende teknologier concept=tracking-technologies
heading: cookies og lignende teknologier concept=tracking-technologies
heading: sporingsteknologier concept=tracking-technologies
heading: web beacons concept=web-beacons
heading: piksler concept=web-beacons
heading: sporingspiksler concept=web-beacons
heading: loggfiler concept=log-files
heading: analyse concept=analytics
heading: webanalyse concept=analytics
body: informasjonskapsel* concept=cookie
body: cookie* concept=cookie
body: små tekstfiler concept=text-files
body: tekstfil* concept=text-files
body: web beacons concept=web-beacon
body: piksel* concept=web-beacon
body: pixel* concept=web-beacon
body: sporingsteknologi* concept=tracking-technology
body: lignende teknologier concept=tracking-technology
body: sporing weight=1.5 concept=tracking-technology
body: lokal lagring concept=local-storage
body: local storage concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: øktcookies concept=cookie-lifetime
body: øktbaserte concept=cookie-lifetime
body: varige concept=cookie-lifetime
body: permanente weight=1.5 concept=cookie-lifetime
body: nødvendige informasjonskapsler concept=cookie-categories
body: nødvendige cookies concept=cookie-categories
body: strengt nødvendige concept=cookie-categories
body: funksjonelle concept=cookie-categories
body: google analytics concept=analytics-term
body: analyseverktøy concept=analytics-term
body: loggfil* concept=log-file
body: serverlogg* concept=log-file
body: sdk* concept=sdk
body: fingerprinting concept=fingerprinting
body: innstillingene i nettleseren concept=browser-settings
body: nettleserinnstillinger concept=browser-settings
body: nettleser* weight=0.5 concept=browser
body: enhet weight=0.5 concept=device
body: enheten weight=0.5 concept=device
# Inflected forms, compounds and GDPR wording real policies use.
heading: bruk av informasjonskapsler og lignende teknologier concept=tracking-technologies
heading: vår bruk av informasjonskapsler concept=cookies
heading: erklæring om informasjonskapsler concept=cookies
heading: sporing concept=tracking-technologies
heading: statistikk concept=analytics
heading: analyseverktøy concept=analytics
heading: google analytics concept=analytics

[advertising]
heading: markedsføring concept=marketing
heading: direkte markedsføring concept=marketing
heading: reklame concept=advertising
heading: annonsering concept=advertising
heading: reklame og markedsføring concept=advertising
heading: nyhetsbrev concept=marketing-communications
heading: markedsføringshenvendelser concept=marketing-communications
heading: elektronisk markedsføring concept=marketing-communications
heading: målrettet annonsering concept=interest-based-advertising
heading: målrettet reklame concept=interest-based-advertising
heading: interessebasert annonsering concept=interest-based-advertising
heading: tredjepartsannonsering concept=third-party-advertising
heading: annonsenettverk concept=third-party-advertising
body: reklame* concept=ads
body: annons* concept=ads
body: bannere concept=ads
body: annonsenettverk* concept=ad-networks
body: annonsepartnere concept=ad-networks
body: målrettet concept=interest-based
body: interessebasert concept=interest-based
body: atferdsbasert concept=interest-based
body: remarketing concept=retargeting
body: retargeting concept=retargeting
body: nyhetsbrev* concept=marketing-messages
body: markedsføringshenvendelser concept=marketing-messages
body: markedsføring* weight=2 concept=marketing-purposes
body: markedsføringsformål concept=marketing-purposes
body: tilbud weight=1.5 concept=promotions
body: kampanje* concept=promotions
body: your online choices concept=ad-industry-programs
body: måle effekten concept=ad-measurement
body: interesser weight=0.5 concept=interests
# Inflected forms, compounds and GDPR wording real policies use.
heading: markedsføring og nyhetsbrev concept=marketing-communications
heading: nyhetsbrev og markedsføring concept=marketing-communications
heading: annonser concept=advertising
heading: målrettede annonser concept=interest-based-advertising
heading: markedsføringskommunikasjon concept=marketing-communications

[do-not-track]
heading: do not track concept=do-not-track
heading: ikke spor concept=do-not-track
heading: do not track-signaler concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: preferansesignaler concept=preference-signals
heading: nettlesersignaler concept=preference-signals
body: do not track concept=dnt-signal
body: dnt concept=dnt-signal
body: ikke spor concept=dnt-signal
body: global privacy control concept=gpc-signal
body: gpc concept=gpc-signal
body: preferansesignal* concept=opt-out-preference-signal
body: signal* weight=2 concept=opt-out-preference-signal
body: felles standard concept=no-uniform-standard
body: enhetlig standard concept=no-uniform-standard
body: reagerer ikke concept=do-not-respond
body: svarer ikke på concept=do-not-respond
body: respekterer concept=honor-signals
body: gjenkjenn* concept=honor-signals
body: over tid og på tvers av concept=cross-site-tracking
body: på tvers av nettsteder concept=cross-site-tracking
body: nettleser* weight=0.5 concept=browser-dnt

[choices]
heading: dine valg concept=your-choices
heading: dine valgmuligheter concept=your-choices
heading: kontroll over dine opplysninger concept=your-choices
heading: reservasjon concept=opting-out
heading: reservere seg mot markedsføring concept=opting-out
heading: hvordan reservere deg concept=opting-out
heading: administrere preferansene dine concept=managing-preferences
heading: dine innstillinger concept=managing-preferences
heading: kommunikasjonspreferanser concept=managing-preferences
heading: avmelding concept=unsubscribing
heading: meld deg av concept=unsubscribing
heading: avmelding av nyhetsbrev concept=unsubscribing
body: reserver* concept=opt-out
body: reservasjonsregisteret concept=opt-out
body: opt-out concept=opt-out
body: melde deg av concept=unsubscribe
body: meld deg av concept=unsubscribe
body: avmeld* concept=unsubscribe
body: slutte å motta concept=unsubscribe
body: du kan velge concept=choose-not-to
body: velge å ikke concept=choose-not-to
body: valgfritt weight=2 concept=choose-not-to
body: avslå concept=decline
body: avvise concept=decline
body: markedsføringsmeldinger concept=promotional-emails
body: reklame på e-post concept=promotional-emails
body: preferanser concept=preferences
body: innstillinger concept=settings
body: kontoinnstillinger concept=settings
body: deaktiver* concept=disable
body: skru av concept=disable
body: slå av concept=disable
body: push-varsler concept=device-permissions
body: stedstjenester concept=device-permissions
body: posisjonstjenester concept=device-permissions
body: nederst i concept=unsubscribe-link
body: lenken i concept=unsubscribe-link
body: ikke kunne bruke concept=consequences-of-refusal
body: ikke være mulig weight=1 concept=consequences-of-refusal
body: motta weight=0.5 concept=receive
# Inflected forms, compounds and GDPR wording real policies use.
heading: dine valg og innstillinger concept=your-choices
heading: reservasjon mot markedsføring concept=opting-out
heading: administrer innstillingene dine concept=managing-preferences
heading: avmelding fra nyhetsbrev concept=unsubscribing

[rights]
heading: rettigheter concept=your-rights
heading: dine rettigheter concept=your-rights
heading: dine personvernrettigheter concept=your-rights
heading: den registrertes rettigheter concept=your-rights
heading: hvilke rettigheter har du concept=your-rights
heading: rettighetene dine concept=your-rights
heading: dine rettigheter som registrert concept=your-rights
heading: hvordan utøve rettighetene dine concept=exercising-rights
heading: utøvelse av rettigheter concept=exercising-rights
heading: slik bruker du rettighetene dine concept=exercising-rights
heading: innsyn og retting concept=access-and-correction
heading: innsyn, retting og sletting concept=access-and-correction
heading: rett til innsyn concept=access-and-correction
heading: fullmektig concept=authorized-agents
heading: representanter concept=authorized-agents
body: rett til innsyn concept=right-of-access
body: innsyn* weight=3 concept=right-of-access
body: få tilgang til concept=right-of-access
body: tilgang weight=1.5 concept=access
body: retting concept=rectification
body: korriger* concept=rectification
body: rette opp concept=rectification
body: uriktige concept=rectification
body: ufullstendige weight=1.5 concept=rectification
body: sletting concept=erasure
body: slettet weight=2 concept=erasure
body: retten til å bli glemt concept=erasure
body: dataportabilitet concept=portability
body: maskinlesbart concept=portability
body: maskinlesbar concept=portability
body: rett til å protestere concept=right-to-object
body: protestere concept=right-to-object
body: motsette deg concept=right-to-object
body: innsigelse concept=right-to-object
body: begrensning av behandling concept=restriction
body: begrensning av behandlingen concept=restriction
body: begrense* weight=1.5 concept=restriction
body: klage til datatilsynet concept=complaint-to-authority
body: datatilsynet concept=complaint-to-authority
body: tilsynsmyndighet* concept=complaint-to-authority
body: klage weight=2 concept=complaint-to-authority
body: utøve* concept=exercise-rights
body: benytte deg av rettighetene concept=exercise-rights
body: bekrefte identiteten din concept=verify-identity
body: verifisere identiteten concept=verify-identity
body: fullmektig* concept=authorized-agent
body: fullmakt concept=authorized-agent
body: diskriminer* concept=non-discrimination
body: den registrertes rettigheter concept=data-subject-rights
body: de registrerte concept=data-subject-rights
body: en kopi concept=copy-of-data
body: forespørsel weight=0.3 concept=request
body: henvendelse weight=0.3 concept=request
# Inflected forms, compounds and GDPR wording real policies use.
heading: dine rettigheter etter gdpr concept=your-rights
heading: dine rettigheter etter personvernforordningen concept=your-rights
heading: rett til tilgang concept=access-and-correction
heading: innsynsrett concept=access-and-correction
heading: rett til innsyn i egne opplysninger concept=access-and-correction
heading: rett til retting concept=access-and-correction
heading: rett til korrigering concept=access-and-correction
heading: rett til sletting concept=your-rights
heading: rett til å bli glemt concept=your-rights
heading: rett til begrensning av behandlingen concept=your-rights
heading: rett til begrensning av behandling concept=your-rights
heading: rett til dataportabilitet concept=your-rights
heading: rett til protest concept=your-rights
heading: rett til å protestere concept=your-rights
heading: innsyn i opplysningene dine concept=access-and-correction
heading: tilgang til personopplysningene dine concept=access-and-correction
heading: rett til å klage concept=your-rights
heading: klage til datatilsynet concept=your-rights
heading: klagerett concept=your-rights
heading: slik utøver du rettighetene dine concept=exercising-rights
heading: hvordan utøve dine rettigheter concept=exercising-rights
heading: hvilke rettigheter har jeg concept=your-rights
body: rett til retting weight=2
body: rett til sletting weight=2
body: rett til dataportabilitet weight=2
body: rett til begrensning av behandlingen weight=2

[retention]
heading: lagring concept=data-retention
heading: lagring av personopplysninger concept=data-retention
heading: oppbevaring av personopplysninger concept=data-retention
heading: lagringstid concept=retention-period
heading: lagringsperiode concept=retention-period
heading: oppbevaringstid concept=retention-period
heading: hvor lenge lagrer vi opplysningene dine concept=how-long-we-keep
heading: hvor lenge lagrer vi personopplysninger concept=how-long-we-keep
heading: hvor lenge oppbevarer vi opplysningene concept=how-long-we-keep
heading: lagring og oppbevaring concept=storage-and-retention
heading: lagring og sletting concept=retention-and-deletion
heading: lagring og sletting av personopplysninger concept=retention-and-deletion
heading: sletting av opplysninger concept=retention-and-deletion
body: oppbevar* weight=2.5 concept=retain
body: lagringstid* concept=retain
body: så lenge det er nødvendig concept=as-long-as-necessary
body: så lenge weight=2 concept=as-long-as-necessary
body: ikke lenger er nødvendig concept=no-longer-needed
body: ikke lenger nødvendig concept=no-longer-needed
body: ikke lenger enn nødvendig concept=no-longer-needed
body: lagrer concept=keep
body: lagres concept=keep
body: beholde* concept=keep
body: periode weight=1.5 concept=retention-criteria
body: tidsrom concept=retention-criteria
body: kriterier concept=retention-criteria
body: anonymiser* concept=anonymise
body: slettes concept=destroy
body: makuler* concept=destroy
body: destruer* concept=destroy
body: arkiv* concept=archive
body: bokføringsloven concept=legal-retention-requirements
body: bokføringsforskriften concept=legal-retention-requirements
body: foreldelse* concept=legal-retention-requirements
body: inaktive concept=inactive-accounts
body: inaktiv konto concept=inactive-accounts
body: lagr* weight=1 concept=store
body: år weight=0.5 concept=years
# Inflected forms, compounds and GDPR wording real policies use.
heading: hvor lenge lagrer vi concept=how-long-we-keep
heading: hvor lenge oppbevarer vi concept=how-long-we-keep
heading: hvor lenge lagres concept=how-long-we-keep
heading: lagring av opplysninger concept=data-retention
heading: lagring av dine personopplysninger concept=data-retention
heading: oppbevaring av opplysninger concept=data-retention
heading: lagringsperioder concept=retention-period
heading: lagringstid og sletting concept=retention-and-deletion
heading: når sletter vi weight=3 concept=retention-and-deletion
heading: sletting av personopplysninger concept=retention-and-deletion
heading: hvordan lagrer vi concept=storage-and-retention

[security]
heading: sikkerhet concept=data-security
heading: informasjonssikkerhet concept=data-security
heading: datasikkerhet concept=data-security
heading: sikkerhet for personopplysninger concept=data-security
heading: sikkerhetstiltak concept=security-measures
heading: tiltak for å sikre opplysningene concept=security-measures
heading: hvordan beskytter vi opplysningene dine concept=how-we-protect
heading: hvordan vi beskytter personopplysningene dine concept=how-we-protect
heading: beskyttelse av personopplysninger concept=how-we-protect
heading: beskyttelse av personopplysningene concept=how-we-protect
body: sikkerhet* weight=2 concept=secure
body: sikre weight=1 concept=secure
body: sikkerhetstiltak concept=safeguards
body: nødvendige garantier weight=2 concept=safeguards
body: krypter* concept=encryption
body: ssl concept=encryption
body: tls concept=encryption
body: uautorisert tilgang concept=unauthorized-access
body: uautorisert concept=unauthorized-access
body: uberettiget tilgang concept=unauthorized-access
body: tap concept=loss-misuse-alteration
body: misbruk concept=loss-misuse-alteration
body: uautorisert endring concept=loss-misuse-alteration
body: ødeleggelse concept=loss-misuse-alteration
body: tekniske og organisatoriske tiltak concept=technical-organisational-measures
body: tekniske tiltak weight=2 concept=technical-organisational-measures
body: organisatoriske tiltak weight=2 concept=technical-organisational-measures
body: fysiske concept=physical-safeguards
body: brannmur* concept=technical-controls
body: firewall* concept=technical-controls
body: passord* concept=technical-controls
body: tilgangskontroll* concept=technical-controls
body: brudd på personopplysningssikkerheten concept=breach
body: sikkerhetsbrudd concept=breach
body: avvik weight=2 concept=breach
body: sårbarhet* concept=breach
body: konfidensiel* concept=confidentiality
body: taushetsplikt concept=confidentiality
body: kan ikke garantere concept=no-guarantee
body: ingen metode concept=no-guarantee
body: på egen risiko concept=no-guarantee
body: bransjestandard* concept=industry-standard
body: beskytte concept=protect
body: beskytter concept=protect
body: sørge for weight=0.5 concept=ensure
body: sikre at weight=0.5 concept=ensure
# Personal-data breaches and their notification: a security topic.
heading: brudd på personopplysningssikkerheten concept=data-security
# Inflected forms, compounds and GDPR wording real policies use.
heading: sikkerhet og beskyttelse concept=data-security
heading: it-sikkerhet concept=data-security
heading: beskyttelse av opplysningene dine concept=how-we-protect
heading: slik beskytter vi concept=how-we-protect
heading: hvordan beskytter vi concept=how-we-protect
heading: tekniske og organisatoriske tiltak concept=security-measures
heading: sikkerhetsbrudd concept=data-security

[children]
heading: barn concept=childrens-privacy
heading: barns personvern concept=childrens-privacy
heading: personopplysninger om barn concept=childrens-privacy
heading: mindreårige concept=minors
heading: bruk av tjenestene av mindreårige concept=minors
heading: aldersgrense concept=age-limits
heading: barn under 13 år concept=age-limits
heading: barn under 16 år concept=age-limits
body: barn concept=children
body: barns concept=children
body: barnet concept=children
body: mindreårig* concept=minors-teens
body: ungdom concept=minors-teens
body: under 13 år concept=age-threshold
body: under 16 år concept=age-threshold
body: under 18 år concept=age-threshold
body: år gamle concept=age-threshold
body: alder weight=1.5 concept=age
body: mindreårig weight=0.5 concept=minor
body: foreldre concept=parents-guardians
body: foresatte concept=parents-guardians
body: verge concept=parents-guardians
body: foreldrenes samtykke concept=parental-consent
body: samtykke fra foreldre concept=parental-consent
body: samtykke fra foresatte concept=parental-consent
body: coppa concept=coppa
body: bevisst weight=2 concept=knowingly-collect
body: bevisst samle inn concept=knowingly-collect
body: med viten concept=knowingly-collect
body: ikke rettet mot concept=not-directed-to-children
body: ikke beregnet for concept=not-directed-to-children
body: hvis vi blir oppmerksomme på concept=if-we-learn
body: dersom vi blir kjent med concept=if-we-learn
# Inflected forms, compounds and GDPR wording real policies use.
heading: barn og unge concept=childrens-privacy
heading: barns personopplysninger concept=childrens-privacy
heading: opplysninger om barn concept=childrens-privacy
heading: barn under 15 år concept=age-limits
heading: alderskrav concept=age-limits
heading: aldersgrenser concept=age-limits

[international]
heading: overføring til tredjeland concept=international-transfers
heading: overføring av personopplysninger til tredjeland concept=international-transfers
heading: overføring utenfor eøs concept=international-transfers
heading: internasjonale overføringer concept=international-transfers
heading: overføring av opplysninger concept=data-transfers
heading: overføring av personopplysninger concept=data-transfers
heading: dataoverføring concept=data-transfers
heading: hvor lagrer vi opplysningene dine concept=where-we-store
heading: hvor lagres concept=where-we-store
heading: lagring innenfor eøs concept=where-we-store
heading: datalagring weight=1 concept=where-we-store
heading: lagring av data weight=1 concept=where-we-store
heading: lagring av opplysninger weight=1 concept=where-we-store
body: overfør* weight=2 concept=transfer
body: grenseoverskridende concept=cross-border
body: internasjonal* weight=2 concept=cross-border
body: tredjeland* concept=other-countries
body: andre land concept=other-countries
body: utenfor norge concept=other-countries
body: utenfor eøs concept=eea
body: utenfor eu/eøs concept=eea
body: eu/eøs concept=eea
body: eøs concept=eea
body: det europeiske økonomiske samarbeidsområdet concept=eea
body: usa concept=united-states
body: standard personvernbestemmelser concept=transfer-safeguards
body: standardkontrakt* concept=transfer-safeguards
body: eus standardkontrakter concept=transfer-safeguards
body: bindende virksomhetsregler concept=transfer-safeguards
body: nødvendige garantier concept=transfer-safeguards
body: adekvansbeslutning concept=adequacy
body: tilstrekkelig beskyttelsesnivå concept=adequacy
body: tilfredsstillende beskyttelsesnivå concept=adequacy
body: data privacy framework concept=privacy-frameworks
body: privacy shield concept=privacy-frameworks
body: ikke samme beskyttelsesnivå concept=less-protective
body: jurisdiksjon* concept=jurisdictions
body: servere weight=0.5 concept=server-location    # bare word: also web servers of any party
body: servere plassert weight=2.5 concept=server-location
body: lagres i concept=server-location
body: i hele verden concept=around-the-world
# Inflected forms, compounds and GDPR wording real policies use.
heading: overføring til land utenfor eøs concept=international-transfers
heading: overføring utenfor eu/eøs concept=international-transfers
heading: overføring til land utenfor eu/eøs concept=international-transfers
heading: overføring av data til tredjeland concept=international-transfers
heading: overføring av opplysninger til tredjeland concept=international-transfers
heading: overføring til utlandet concept=international-transfers
heading: overføringer til tredjeland concept=international-transfers
heading: hvor lagres opplysningene dine concept=where-we-store
heading: hvor lagres dataene concept=where-we-store
heading: hvor behandles concept=where-we-store
heading: serverplassering concept=where-we-store

[regional]
heading: innbyggere i california concept=california
heading: informasjon til innbyggere i california concept=california
heading: personvernrettigheter i california concept=california
heading: innbyggere i nevada concept=us-state-rights
heading: personvernrettigheter i amerikanske delstater concept=us-state-rights
heading: informasjon til innbyggere i eøs concept=eea-gdpr-notice
heading: overholdelse av gdpr concept=eea-gdpr-notice
heading: landsspesifikk informasjon concept=jurisdiction-specific
heading: tilleggsinformasjon for enkelte jurisdiksjoner concept=jurisdiction-specific
heading: regionale bestemmelser concept=jurisdiction-specific
body: california concept=california-law
body: ccpa concept=california-law
body: cpra concept=california-law
body: shine the light concept=california-law
body: nevada concept=us-states
body: virginia concept=us-states
body: colorado concept=us-states
body: connecticut concept=us-states
body: innbyggere concept=residents
body: bosatt* concept=residents
body: forbruker* concept=consumers
body: selg ikke concept=do-not-sell
body: selge eller dele concept=do-not-sell
body: kontekstoverskridende atferdsbasert annonsering concept=cross-context-advertising
body: økonomiske insentiver concept=financial-incentives
body: de siste 12 månedene concept=preceding-12-months
body: de foregående 12 månedene concept=preceding-12-months
body: gdpr concept=eu-gdpr
body: personvernforordningen concept=eu-gdpr
body: brasil concept=brazil-lgpd
body: lgpd concept=brazil-lgpd
body: canada concept=canada-pipeda
body: pipeda concept=canada-pipeda
body: delstat* weight=0.5 concept=state
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
heading: regionale vedlegg concept=jurisdiction-specific

[third-party-sites]
heading: lenker til andre nettsteder concept=links-to-other-sites
heading: lenker til andre nettsider concept=links-to-other-sites
heading: eksterne lenker concept=links-to-other-sites
heading: tredjeparts nettsteder concept=third-party-websites
heading: tredjepartsnettsteder concept=third-party-websites
heading: andre nettsteder concept=third-party-websites
heading: tjenester fra tredjeparter weight=2 concept=third-party-services   # outweighs the sharing cue "tredjeparter" inside it
heading: tredjepartstjenester concept=third-party-services
heading: sosiale medier concept=social-media-plugins
heading: programtillegg for sosiale medier concept=social-media-plugins
heading: tredjeparters personvernerklæringer concept=third-party-privacy-policies
body: lenke* concept=links
body: hyperlenke* concept=links
body: andre nettsteder concept=other-sites
body: tredjeparts nettsteder concept=other-sites
body: tredjepartsnettsteder concept=other-sites
body: eksterne nettsteder concept=other-sites
body: eksterne weight=1.5 concept=other-sites
body: tredjepartsapplikasjoner concept=third-party-applications
body: ikke ansvarlig* concept=not-responsible
body: ikke ansvar concept=not-responsible
body: ingen kontroll over concept=not-responsible
body: egne personvernerklæringer concept=their-privacy-policies
body: deres personvernerklæring* concept=their-privacy-policies
body: vi oppfordrer deg concept=encourage-review
body: anbefaler deg weight=1.5 concept=encourage-review
body: forlater nettstedet vårt concept=leave-our-site
body: forlater weight=1.5 concept=leave-our-site
body: programtillegg concept=plugins
body: plugin* concept=plugins
body: plug-ins concept=plugins
body: widget* concept=plugins
body: innhold weight=0.5 concept=content
body: gjennomgå weight=0.5 concept=review
body: lese gjennom weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: sosiale nettverk concept=social-media-presence
heading: tilstedeværelse i sosiale medier concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: samlet inn av tredjeparter concept=third-party-data-collection
heading: innhentet av tredjeparter concept=third-party-data-collection
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
heading: innebygd innhold concept=third-party-services
heading: innhold fra tredjeparter concept=third-party-services
heading: skysynkronisering concept=third-party-services
heading: icloud-sikkerhetskopi concept=third-party-services
heading: synkronisering og sikkerhetskopiering concept=third-party-services
body: innebygd weight=2.5 concept=plugins
body: innebygde weight=2.5 concept=plugins
body: innhold fra tredjepart* weight=3 concept=other-sites
body: logget inn weight=1.5 concept=plugins
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: nettverkstilkoblinger weight=2 concept=network-connections
heading: nettverksforespørsler weight=2 concept=network-connections
heading: eksterne tilkoblinger weight=2 concept=network-connections
heading: forlater enheten weight=2 concept=network-connections
heading: forlater din enhet weight=2 concept=network-connections
heading: sendes over internett weight=2 concept=network-connections
heading: går over internett weight=2 concept=network-connections
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
heading: lenker til tredjeparter concept=links-to-other-sites
heading: lenker til eksterne nettsteder concept=links-to-other-sites
heading: eksterne nettsteder concept=third-party-websites
heading: eksterne tjenester concept=third-party-services
heading: synkroniseringstjenester concept=third-party-services
heading: sikkerhetskopieringstjenester concept=third-party-services

[changes]
heading: endringer i personvernerklæringen concept=changes-to-policy
heading: endringer i denne personvernerklæringen concept=changes-to-policy
heading: endringer av personvernerklæringen concept=changes-to-policy
heading: oppdateringer av personvernerklæringen concept=policy-updates
heading: oppdateringer concept=policy-updates
heading: varsling om endringer concept=notification-of-changes
heading: varsel om endringer concept=notification-of-changes
heading: endringer concept=amendments
heading: revisjoner concept=amendments
heading: ikrafttredelse concept=entry-into-force
heading: gjeldende fra concept=entry-into-force
body: endring* weight=2 concept=change-update
body: endre weight=1.5 concept=change-update
body: oppdater* concept=change-update
body: revider* concept=change-update
body: sist oppdatert concept=effective-date
body: sist endret concept=effective-date
body: trer i kraft weight=2 concept=effective-date
body: gjelder fra concept=effective-date
body: ikrafttredelse concept=effective-date
body: fra tid til annen concept=from-time-to-time
body: jevnlig concept=from-time-to-time
body: løpende weight=1.5 concept=from-time-to-time
body: vesentlige endringer concept=material-changes
body: fortsatt bruk concept=continued-use
body: fortsetter å bruke concept=continued-use
body: sjekke denne siden concept=check-back
body: regelmessig concept=check-back
body: siste versjon concept=latest-version
body: gjeldende versjon concept=latest-version
body: med umiddelbar virkning concept=effective-immediately
body: forbeholder oss retten concept=reserve-the-right
body: varsle deg concept=notify-you
body: varsl* weight=1 concept=notify-you
body: publiser* weight=1 concept=posting
body: versjon concept=version
body: varsel weight=0.5 concept=notice
# Inflected forms, compounds and GDPR wording real policies use.
heading: endringer i personvernerklæringa concept=changes-to-policy
heading: endringer i denne erklæringen concept=changes-to-policy
heading: endringer i personvernpolicyen concept=changes-to-policy
heading: endringer i erklæringen concept=changes-to-policy
heading: oppdatering av personvernerklæringen concept=policy-updates
heading: oppdateringer av denne erklæringen concept=policy-updates
heading: sist oppdatert concept=entry-into-force
heading: endringslogg concept=amendments

[contact]
heading: kontakt concept=contact-us
heading: kontakt oss concept=contact-us
heading: ta kontakt concept=contact-us
heading: kontaktinformasjon concept=contact-information
heading: kontaktopplysninger concept=contact-information
heading: hvordan kontakte oss concept=how-to-contact
heading: slik kontakter du oss concept=how-to-contact
heading: spørsmål concept=questions
heading: spørsmål om personvern concept=questions
heading: har du spørsmål concept=questions
heading: personvernombud concept=data-protection-officer
heading: vårt personvernombud concept=data-protection-officer
body: ta kontakt concept=please-contact
body: kontakt oss concept=please-contact
body: kontakte oss concept=please-contact
body: kontakt* weight=2 concept=please-contact
body: send oss en e-post concept=please-contact
body: skriv til oss concept=please-contact
body: spørsmål concept=questions-comments
body: henvendelse* weight=2 concept=questions-comments
body: kommentarer concept=questions-comments
body: personvernombud* concept=dpo
body: dpo concept=dpo
body: postboks concept=postal-address
# Not bare "postadresse": the tokenizer splits "e-postadresse" into "e" + "postadresse".
body: vår postadresse concept=postal-address
body: besøksadresse concept=postal-address
body: org.nr concept=postal-address
body: telefon concept=telephone
body: på e-post concept=by-email
body: per e-post concept=by-email
body: kundeservice concept=customer-service
body: adresse weight=0.3 concept=address
# The controller's identity and address (art. 13 GDPR): "Behandlingsansvarlig".
heading: behandlingsansvarlig concept=contact-information
heading: behandlingsansvarlige concept=contact-information
# Inflected forms, compounds and GDPR wording real policies use.
heading: kontakt oss gjerne concept=contact-us
heading: hvordan kontakter du oss concept=how-to-contact
heading: spørsmål og kontakt concept=questions
heading: henvendelser concept=questions
heading: personvernansvarlig concept=data-protection-officer
heading: dpo concept=data-protection-officer
heading: hvem kan jeg kontakte concept=how-to-contact

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
android-versjon
ios-versjon
android versjon
ios versjon
app-versjon
appversjon
