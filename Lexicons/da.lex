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

[intro]
heading: indledning
heading: introduktion
heading: om os
heading: hvem er vi
heading: om denne privatlivspolitik
heading: anvendelsesområde
heading: generelt
heading: dataansvarlig
body: denne privatlivspolitik weight=0.5
body: denne persondatapolitik weight=0.5
body: gælder for weight=1.5
body: anvendelsesområde weight=2
body: ved at bruge weight=2
body: når du bruger weight=1.5
body: accepter* weight=1.5
body: beskriver weight=1
body: forklarer weight=1
body: herefter weight=2
body: dataansvarlig weight=1.5
body: ansvarlig for weight=1
body: cvr weight=2
body: hjemmeside weight=0.3

[definitions]
heading: definitioner
heading: begreber
heading: begrebsforklaring
heading: ordliste
heading: termer
heading: fortolkning
body: forstås weight=3
body: betyder weight=3
body: henviser til weight=2
body: i denne politik weight=1
body: definition* weight=2
body: begreb* weight=2
body: enhver form for information weight=2
body: fysisk person weight=1.5
body: identificerbar weight=1.5
body: den registrerede weight=1
body: databehandler weight=1
body: pseudonymisering weight=1.5
body: omfatter weight=0.5

[collection]
heading: hvilke oplysninger indsamler vi
heading: hvilke personoplysninger behandler vi
heading: oplysninger vi indsamler
heading: indsamling af personoplysninger
heading: kategorier af personoplysninger
heading: hvordan indsamler vi oplysninger
heading: hvor har vi oplysningerne fra
body: indsaml* weight=2
body: kategorier af personoplysninger weight=2
body: du giver os weight=2
body: du selv oplyser weight=2
body: afgiver weight=1.5
body: registrerer weight=1
body: automatisk weight=1.5
body: formular* weight=1.5
body: navn weight=0.5
body: e-mailadresse weight=1.5
body: telefonnummer weight=1.5
body: ip-adresse weight=1.5
body: cpr-nummer weight=2
body: betalingsoplysninger weight=1
body: browsertype weight=1
body: lokationsdata weight=1
body: kilder weight=1.5

[use]
heading: hvordan bruger vi dine oplysninger
heading: brug af personoplysninger
heading: anvendelse af oplysninger
heading: hvorfor behandler vi dine personoplysninger
heading: formål med behandlingen
heading: formålet med behandlingen
heading: formål
heading: hvordan bruger vi
heading: hvordan vi bruger
body: formål* weight=2.5
body: med henblik på weight=2
body: til brug for weight=1.5
body: anvend* weight=1
body: bruge weight=1
body: levere weight=1.5
body: administrere weight=1.5
body: håndtere weight=1.5
body: opfylde weight=1.5
body: forbedr* weight=1.5
body: tilpas* weight=1
body: personalis* weight=1.5
body: profilering weight=2
body: automatiske afgørelser weight=1.5
body: svindel weight=1.5
body: statistik weight=1
body: sende weight=1

[legal-basis]
heading: retsgrundlag
heading: behandlingsgrundlag
heading: retligt grundlag
heading: lovligt grundlag
heading: grundlaget for behandlingen
heading: hjemmel
body: retsgrundlag* weight=3
body: behandlingsgrundlag weight=3
body: retligt grundlag weight=3
body: hjemmel weight=3
body: legitim interesse weight=3
body: legitime interesser weight=3
body: interesseafvejning weight=3
body: opfyldelse af en aftale weight=2.5
body: opfylde en kontrakt weight=2
body: indgåelse af weight=2
body: retlig forpligtelse weight=2.5
body: retlige forpligtelser weight=2
body: vitale interesser weight=2
body: samfundets interesse weight=2
body: artikel 6 weight=2.5
body: lovlig* weight=2
body: databeskyttelsesloven weight=1.5
body: samtykke weight=1
body: gdpr weight=1

[consent]
heading: samtykke
heading: dit samtykke
heading: tilbagekaldelse af samtykke
heading: tilbagetrækning af samtykke
heading: træk dit samtykke tilbage
heading: accept
body: samtykk* weight=2.5
body: tilbagekald* weight=2.5
body: tilbagetræk* weight=2.5
body: trække dit samtykke tilbage weight=2.5
body: når som helst weight=1
body: til enhver tid weight=1
body: lovligheden weight=2
body: påvirker ikke weight=2
body: udtrykkeligt weight=1
body: frivilligt weight=1
body: utvetydig* weight=1.5
body: afkrydsning weight=1.5
body: sætte kryds weight=1.5
body: accepterer weight=1
body: opt-in weight=2

[sharing]
heading: videregivelse af personoplysninger
heading: videregivelse til tredjemand
heading: deling af oplysninger
heading: hvem deler vi oplysninger med
heading: modtagere
heading: modtagere af personoplysninger
heading: overladelse til databehandlere
body: videregiv* weight=3
body: deler weight=1.5
body: dele weight=1.5
body: deles weight=2
body: modtagere weight=2.5
body: overlad* weight=2
body: tredjemand weight=1
body: tredjeparter weight=1.5
body: databehandlere weight=2
body: leverandører weight=1.5
body: samarbejdspartnere weight=1.5
body: koncernselskaber weight=2
body: koncern* weight=1.5
body: myndigheder weight=1.5
body: politiet weight=1.5
body: retskendelse weight=1.5
body: fusion weight=2
body: opkøb weight=1.5
body: salg weight=1
body: sælger ikke weight=2

[cookies]
heading: cookies
heading: brug af cookies
heading: cookiepolitik
heading: cookies og lignende teknologier
heading: sporingsteknologier
heading: hvad er cookies
body: cookie* weight=3
body: små tekstfiler weight=3
body: tekstfil* weight=2.5
body: lignende teknologier weight=2
body: web beacons weight=2
body: pixel* weight=2
body: logfiler weight=2
body: google analytics weight=2
body: analyse* weight=1.5
body: sessionscookies weight=2
body: permanente weight=1.5
body: nødvendige cookies weight=2
body: cookiebekendtgørelsen weight=2.5
body: sporing weight=1.5
body: gemmes weight=1
body: indstillinger i din browser weight=1.5
body: browser weight=1
body: enhed weight=0.5

[advertising]
heading: markedsføring
heading: direkte markedsføring
heading: reklame
heading: annoncering
heading: nyhedsbrev
heading: målrettet annoncering
heading: personlig markedsføring
body: markedsføring* weight=2.5
body: reklam* weight=2.5
body: annonc* weight=2.5
body: nyhedsbrev* weight=2
body: målrettet weight=2
body: interessebaseret weight=2
body: remarketing weight=2
body: retargeting weight=2
body: markedsføringsloven weight=2
body: tilbud weight=1.5
body: kampagne* weight=1.5
body: henvendelser weight=1
body: interesser weight=0.5

[do-not-track]
heading: do not track
heading: spor ikke
heading: do not track-signaler
heading: global privacy control
heading: global privatlivskontrol
heading: præferencesignaler
body: do not track weight=3
body: spor ikke weight=3
body: dnt weight=3
body: global privacy control weight=3
body: global privatlivskontrol weight=3
body: gpc weight=3
body: signal* weight=2
body: reagerer ikke weight=2
body: standard weight=1.5
body: sporing weight=1
body: præferenc* weight=1
body: browserindstillinger weight=1
body: browser weight=1

[choices]
heading: dine valg
heading: dine valgmuligheder
heading: dine indstillinger
heading: afmelding
heading: afmeld nyhedsbrev
heading: framelding
heading: kontrol over dine oplysninger
body: afmeld* weight=3
body: framel* weight=3
body: fravælg* weight=2
body: opt-out weight=2
body: du kan vælge weight=2.5
body: valgmulighed* weight=2
body: valg weight=1.5
body: indstillinger weight=1.5
body: deaktivere weight=1.5
body: slå fra weight=1.5
body: afvise weight=1.5
body: undlade weight=1.5
body: gøre indsigelse weight=1.5
body: link weight=1
body: beslutte weight=1
body: modtage weight=0.5

[rights]
heading: dine rettigheder
heading: den registreredes rettigheder
heading: registreredes rettigheder
heading: hvordan du udøver dine rettigheder
heading: hvilke rettigheder har du
heading: ret til indsigt
heading: indsigtsret
body: indsigt* weight=3
body: få adgang weight=2
body: fuldmægtig* weight=2
body: ret til indsigt weight=3
body: berigtigelse weight=3
body: sletning weight=2.5
body: retten til at blive glemt weight=2.5
body: dataportabilitet weight=3
body: begrænsning af behandling weight=3
body: indsigelse weight=2.5
body: udøv* weight=2.5
body: rettigheder weight=1.5
body: tilsynsmyndighed weight=2.5
body: datatilsynet weight=3
body: klage weight=2
body: gratis weight=1
body: kopi weight=1
body: identitet weight=1

[retention]
heading: opbevaring
heading: opbevaring af personoplysninger
heading: opbevaringsperiode
heading: hvor længe opbevarer vi dine oplysninger
heading: hvor længe gemmer vi dine oplysninger
heading: sletning af oplysninger
body: opbevar* weight=2.5
body: gemme weight=1.5
body: gemmer weight=1.5
body: gemt weight=1
body: slette weight=1.5
body: slettes weight=2
body: så længe weight=2
body: ikke længere end nødvendigt weight=3
body: ikke længere end det er nødvendigt weight=3
body: bogføringsloven weight=2.5
body: forældelse* weight=2
body: periode weight=1.5
body: tidsrum weight=1.5
body: anonymiser* weight=1.5
body: år weight=1
body: måneder weight=1

[security]
heading: sikkerhed
heading: datasikkerhed
heading: sikkerhed for dine oplysninger
heading: sikkerhedsforanstaltninger
heading: hvordan beskytter vi dine oplysninger
heading: beskyttelse af personoplysninger
body: sikkerhed* weight=2
body: tekniske og organisatoriske foranstaltninger weight=3
body: tekniske foranstaltninger weight=2
body: organisatoriske weight=2
body: krypter* weight=2.5
body: ssl weight=2
body: tls weight=2
body: uautoriseret weight=2.5
body: uberettiget weight=2
body: tab weight=1.5
body: misbrug weight=1
body: fortrolig* weight=1.5
body: firewall* weight=2
body: brud på persondatasikkerheden weight=2.5
body: sikkerhedsbrud weight=2
body: adgangskode* weight=1.5
body: intet system weight=2
body: beskytte weight=1
body: sikre weight=0.5

[children]
heading: børn
heading: børns privatliv
heading: mindreårige
heading: personoplysninger om børn
heading: aldersgrænse
heading: børn under 13 år
body: børn weight=3
body: børns weight=2.5
body: mindreårig* weight=3
body: under 13 år weight=2.5          # Danish age of digital consent
body: under 15 år weight=2
body: alder weight=2
body: forældre weight=2.5
body: forældremyndighed* weight=3
body: værge weight=2
body: forældres samtykke weight=2.5
body: bevidst weight=2
body: henvender sig ikke weight=1.5
body: coppa weight=3

[international]
heading: overførsel til tredjelande
heading: overførsel af personoplysninger til tredjelande
heading: internationale overførsler
heading: overførsel uden for eu
heading: hvor opbevarer vi dine oplysninger
heading: opbevaring inden for eu
body: tredjeland* weight=3
body: overfør* weight=2.5
body: international* weight=2
body: uden for eu weight=2.5
body: uden for eøs weight=2.5
body: det europæiske økonomiske samarbejdsområde weight=2
body: eøs weight=2
body: standardkontraktbestemmelser weight=3
body: tilstrækkelighedsafgørelse weight=3
body: tilstrækkeligt beskyttelsesniveau weight=2.5
body: fornødne garantier weight=2
body: data privacy framework weight=2.5
body: privacy shield weight=2
body: usa weight=1.5
body: servere weight=1.5
body: den europæiske union weight=1

[regional]
heading: beboere i californien
heading: oplysninger til beboere i californien
heading: privatlivsrettigheder i californien
heading: landespecifikke oplysninger
heading: yderligere oplysninger for visse jurisdiktioner
heading: regionale meddelelser
body: californi* weight=3
body: ccpa weight=3
body: cpra weight=3
body: shine the light weight=2.5
body: beboere weight=2
body: bosiddende weight=2
body: forbruger* weight=1.5
body: salg af personoplysninger weight=2
body: følsomme personoplysninger weight=1.5
body: nevada weight=2.5
body: virginia weight=2
body: lgpd weight=2.5
body: brasilien weight=1.5
body: canada weight=1.5
body: pipeda weight=2.5
body: jurisdiktion* weight=1.5
body: delstat* weight=1
body: grønland weight=1

[third-party-sites]
heading: links til andre hjemmesider
heading: tredjeparts hjemmesider
heading: tredjepartswebsteder
heading: eksterne links
heading: tjenester fra tredjeparter
heading: sociale medier
body: links weight=2.5
body: linke* weight=2
body: tredjeparts hjemmesider weight=3
body: tredjepartswebsteder weight=3
body: andre hjemmesider weight=2.5
body: andre websteder weight=2.5
body: ikke ansvarlige weight=2.5
body: intet ansvar weight=2.5
body: ingen kontrol weight=2
body: egne privatlivspolitikker weight=2.5
body: plugin* weight=2
body: sociale medier weight=2
body: eksterne weight=1.5
body: klikker weight=1.5
body: forlader weight=1.5
body: anbefaler weight=1
body: indhold weight=0.5

[changes]
heading: ændringer af denne privatlivspolitik
heading: ændringer i privatlivspolitikken
heading: ændringer
heading: opdateringer
heading: opdatering af privatlivspolitikken
heading: ikrafttræden
body: ændring* weight=2
body: ændre weight=1.5
body: opdater* weight=2
body: senest opdateret weight=3
body: sidst opdateret weight=3
body: væsentlige ændringer weight=2.5
body: træder i kraft weight=2
body: ikrafttræden weight=2
body: gældende fra weight=2
body: løbende weight=1.5
body: fra tid til anden weight=2
body: forbeholder os retten weight=2
body: offentliggø* weight=1.5
body: meddele weight=1.5
body: orientere weight=1
body: version weight=1.5

[contact]
heading: kontakt
heading: kontakt os
heading: kontaktoplysninger
heading: sådan kontakter du os
heading: databeskyttelsesrådgiver
heading: spørgsmål
heading: spørgsmål om privatliv
body: kontakt* weight=2
body: databeskyttelsesrådgiver* weight=2.5
body: dpo weight=2
body: er du velkommen til weight=2.5
body: henvendelse* weight=2
body: postadresse weight=2
body: adresse weight=1
body: telefon weight=1.5
body: e-mail weight=1
body: spørgsmål weight=2
body: bemærkninger weight=1.5
body: kundeservice weight=1.5
body: cvr weight=1
