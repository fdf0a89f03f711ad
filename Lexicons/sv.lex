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

[intro]
heading: inledning
heading: introduktion
heading: om oss
heading: vilka vi är
heading: om denna integritetspolicy
heading: tillämpningsområde
heading: allmänt
heading: personuppgiftsansvarig
body: denna integritetspolicy weight=0.5
body: integritetspolicy weight=0.3
body: gäller för weight=1.5
body: tillämpningsområde weight=2
body: genom att använda weight=2
body: när du använder weight=1.5
body: godkän* weight=1.5
body: accepter* weight=1.5
body: beskriver weight=1
body: förklarar weight=1
body: nedan kallat weight=2
body: personuppgiftsansvarig weight=1.5
body: organisationsnummer weight=2
body: ansvarar för weight=1
body: webbplats weight=0.3

[definitions]
heading: definitioner
heading: begrepp
heading: begreppsförklaringar
heading: ordlista
heading: termer
heading: tolkning
body: avses weight=3
body: betyder weight=3
body: innebär weight=2
body: hänvisar till weight=2
body: i denna policy weight=1
body: definition* weight=2
body: begrepp* weight=2
body: all information weight=1.5
body: fysisk person weight=1.5
body: identifierbar weight=1.5
body: registrerade weight=1
body: personuppgiftsbiträde weight=1
body: pseudonymisering weight=1.5
body: omfattar weight=0.5

[collection]
heading: vilka personuppgifter vi samlar in
heading: vilka personuppgifter samlar vi in
heading: vilka uppgifter vi samlar in
heading: vilka uppgifter behandlar vi
heading: personuppgifter vi behandlar
heading: insamling av personuppgifter
heading: kategorier av personuppgifter
heading: hur vi samlar in uppgifter
heading: varifrån vi hämtar uppgifter
body: samlar in weight=2
body: samla in weight=2
body: samla* weight=1.5
body: insaml* weight=2
body: inhämta* weight=2
body: hämtar weight=1.5
body: kategorier av personuppgifter weight=2
body: som du lämnar weight=2
body: du lämnar till oss weight=2
body: automatiskt weight=1.5
body: formulär* weight=1.5
body: namn weight=0.5
body: e-postadress weight=1.5
body: telefonnummer weight=1.5
body: ip-adress weight=1.5
body: personnummer weight=2
body: betalningsuppgifter weight=1
body: webbläsartyp weight=1
body: platsuppgifter weight=1
body: källor weight=1.5

[use]
heading: hur vi använder dina personuppgifter
heading: hur vi använder informationen
heading: användning av personuppgifter
heading: varför vi behandlar dina personuppgifter
heading: ändamål med behandlingen
heading: ändamål
heading: syften
heading: hur vi använder
heading: hur använder vi
body: ändamål* weight=2.5
body: syfte* weight=2.5
body: i syfte att weight=2
body: använd* weight=1
body: tillhandahålla weight=1.5
body: administrera weight=1.5
body: hantera weight=1.5
body: fullgöra weight=1.5
body: leverera weight=1.5
body: förbättr* weight=1.5
body: personalis* weight=1.5
body: anpass* weight=1
body: profilering weight=2
body: automatiserat beslutsfattande weight=1.5
body: bedrägeri* weight=1.5
body: statistik weight=1
body: skicka weight=1

[legal-basis]
heading: rättslig grund
heading: laglig grund
heading: rättsliga grunder
heading: rättslig grund för behandlingen
heading: laglig grund för behandlingen
heading: på vilken rättslig grund
body: rättslig grund weight=3
body: laglig grund weight=3
body: rättsliga grunder weight=3
body: berättigat intresse weight=3
body: berättigade intressen weight=3
body: intresseavvägning weight=3
body: fullgöra avtal weight=2.5
body: fullgörande av avtal weight=2.5
body: ingå avtal weight=2
body: rättslig förpliktelse weight=2.5
body: rättsliga förpliktelser weight=2
body: grundläggande intresse weight=2
body: allmänt intresse weight=2
body: artikel 6 weight=2.5
body: laglig* weight=2
body: samtycke weight=1
body: gdpr weight=1
body: nödvändig weight=0.5

[consent]
heading: samtycke
heading: ditt samtycke
heading: återkalla samtycke
heading: återkallelse av samtycke
heading: att återkalla ditt samtycke
heading: godkännande
body: samtyck* weight=2.5
body: återkall* weight=2.5
body: när som helst weight=1
body: utan att det påverkar weight=2
body: lagligheten weight=2
body: medgivande weight=1.5
body: uttryckligt weight=1
body: frivilligt weight=1
body: otvetydig* weight=1.5
body: kryssruta weight=1.5
body: kryssa weight=1.5
body: godkänner weight=1
body: opt-in weight=2

[sharing]
heading: delning av personuppgifter
heading: vem vi delar uppgifter med
heading: vilka vi delar dina personuppgifter med
heading: mottagare
heading: mottagare av personuppgifter
heading: utlämnande av personuppgifter
heading: överföring till tredje part
body: delar weight=1.5
body: dela weight=1.5
body: delas weight=2
body: mottagare weight=2.5
body: lämnar ut weight=2
body: utlämnande weight=2
body: tredje part weight=1
body: tredje parter weight=1.5
body: personuppgiftsbiträden weight=2
body: tjänsteleverantörer weight=2
body: leverantörer weight=1.5
body: koncernbolag weight=2
body: koncern* weight=1.5
body: myndigheter weight=1.5
body: polis* weight=1.5
body: domstolsbeslut weight=1.5
body: fusion weight=2
body: förvärv weight=1.5
body: försäljning weight=1
body: säljer inte weight=2

[cookies]
heading: cookies
heading: kakor
heading: användning av cookies
heading: cookiepolicy
heading: cookies och liknande tekniker
heading: spårningstekniker
heading: vad är cookies
body: cookie* weight=3
body: kakor weight=3
body: små textfiler weight=3
body: textfil* weight=2.5
body: liknande tekniker weight=2
body: web beacons weight=2
body: pixel* weight=2
body: pixlar weight=2
body: loggfiler weight=2
body: google analytics weight=2
body: analys* weight=1.5
body: sessionscookies weight=2
body: permanenta weight=1.5
body: lagen om elektronisk kommunikation weight=2.5
body: spårning weight=1.5
body: lagras weight=1
body: webbläsarens inställningar weight=1.5
body: webbläsare weight=1
body: enhet weight=0.5

[advertising]
heading: marknadsföring
heading: direktmarknadsföring
heading: reklam
heading: annonsering
heading: nyhetsbrev
heading: riktad reklam
heading: personanpassad marknadsföring
heading: utskick
body: marknadsför* weight=2.5
body: direktmarknadsföring weight=2.5
body: reklam* weight=2.5
body: annons* weight=2.5
body: nyhetsbrev weight=2
body: riktad weight=2
body: intressebaserad weight=2
body: remarketing weight=2
body: retargeting weight=2
body: erbjudanden weight=1.5
body: kampanj* weight=1.5
body: utskick weight=1.5
body: intressen weight=0.5

[do-not-track]
heading: do not track
heading: spåra inte
heading: do not track-signaler
heading: global privacy control
heading: global integritetskontroll
heading: preferenssignaler
body: do not track weight=3
body: spåra inte weight=3
body: dnt weight=3
body: global privacy control weight=3
body: global integritetskontroll weight=3
body: gpc weight=3
body: signal* weight=2
body: svarar inte weight=2
body: standard weight=1.5
body: spårning weight=1
body: preferens* weight=1
body: webbläsarens inställningar weight=1
body: webbläsare weight=1

[choices]
heading: dina val
heading: dina valmöjligheter
heading: dina inställningar
heading: avregistrering
heading: avregistrera dig
heading: avsluta prenumeration
heading: kontroll över dina uppgifter
body: avregistr* weight=3
body: avsluta din prenumeration weight=3
body: avprenumerera weight=3
body: opt-out weight=2
body: du kan välja weight=2.5
body: valmöjlighet* weight=2
body: val weight=1.5
body: inställningar weight=1.5
body: avaktivera weight=1.5
body: stänga av weight=1.5
body: neka weight=1.5
body: avböja weight=1.5
body: invända weight=1.5
body: inte lämna weight=1.5
body: länk weight=1
body: bestämma weight=1
body: ta emot weight=0.5

[rights]
heading: dina rättigheter
heading: den registrerades rättigheter
heading: registrerades rättigheter
heading: hur du utövar dina rättigheter
heading: vilka rättigheter har du
heading: rätt till tillgång
heading: registerutdrag
body: registerutdrag weight=3
body: få tillgång weight=2
body: ombud weight=2
body: rätt till tillgång weight=3
body: rättelse weight=3
body: radering weight=3
body: rätten att bli bortglömd weight=2.5
body: dataportabilitet weight=3
body: begränsning av behandling weight=3
body: invändning weight=2.5
body: invända weight=2
body: utöva* weight=2.5
body: rättigheter weight=1.5
body: tillsynsmyndighet weight=2.5
body: integritetsskyddsmyndigheten weight=3
body: imy weight=3
body: klagomål weight=2
body: kostnadsfritt weight=1.5
body: kopia weight=1
body: identitet weight=1

[retention]
heading: lagringstid
heading: hur länge vi sparar dina personuppgifter
heading: hur länge sparar vi dina uppgifter
heading: lagring av personuppgifter
heading: bevarande av uppgifter
heading: gallring
body: lagringstid* weight=3
body: lagr* weight=1.5
body: spara weight=1.5
body: sparas weight=2
body: sparar weight=1.5
body: bevar* weight=2
body: gallr* weight=2.5
body: så länge weight=2
body: inte längre än nödvändigt weight=3
body: inte längre än vad som är nödvändigt weight=3
body: bokföringslagen weight=2.5
body: preskription* weight=2
body: raderas weight=2
body: radera weight=1.5
body: anonymiser* weight=1.5
body: tidsperiod weight=1.5
body: år weight=1
body: månader weight=1

[security]
heading: säkerhet
heading: informationssäkerhet
heading: säkerhet för dina personuppgifter
heading: säkerhetsåtgärder
heading: hur vi skyddar dina uppgifter
heading: skydd av personuppgifter
body: säkerhet* weight=2
body: tekniska och organisatoriska åtgärder weight=3
body: tekniska åtgärder weight=2
body: organisatoriska weight=2
body: krypter* weight=2.5
body: ssl weight=2
body: tls weight=2
body: obehörig* weight=2.5
body: otillåten weight=1.5
body: förlust weight=1.5
body: manipulation weight=1.5
body: konfidentialitet weight=1.5
body: brandvägg* weight=2
body: personuppgiftsincident* weight=2.5
body: lösenord weight=1.5
body: inget system weight=2
body: skydda weight=1
body: säkerställa weight=0.5

[children]
heading: barn
heading: barns integritet
heading: minderåriga
heading: personuppgifter om barn
heading: åldersgräns
heading: barn under 13 år
body: barn weight=3
body: barns weight=2.5
body: minderårig* weight=3
body: under 13 år weight=2
body: under 16 år weight=2.5
body: ålder weight=2
body: föräldrar weight=2.5
body: vårdnadshavare weight=3
body: målsman weight=2
body: förälders samtycke weight=2.5
body: medvetet weight=2
body: riktar sig inte weight=1.5
body: coppa weight=3

[international]
heading: överföring till tredjeland
heading: överföring av personuppgifter till tredje land
heading: internationella överföringar
heading: överföring utanför eu
heading: tredjelandsöverföring
heading: var vi lagrar dina uppgifter
heading: lagring inom eu
body: tredjeland* weight=3
body: tredje land weight=3
body: överför* weight=2.5
body: internationell* weight=2
body: utanför eu weight=2.5
body: utanför ees weight=2.5
body: europeiska ekonomiska samarbetsområdet weight=2
body: ees weight=2
body: standardavtalsklausuler weight=3
body: beslut om adekvat skyddsnivå weight=3
body: adekvat skyddsnivå weight=2.5
body: lämpliga skyddsåtgärder weight=2
body: data privacy framework weight=2.5
body: privacy shield weight=2
body: usa weight=1.5
body: servrar weight=1.5
body: europeiska unionen weight=1

[regional]
heading: invånare i kalifornien
heading: information för invånare i kalifornien
heading: integritetsrättigheter i kalifornien
heading: landsspecifik information
heading: ytterligare information för vissa jurisdiktioner
heading: regionala meddelanden
body: kaliforni* weight=3
body: california weight=2.5
body: ccpa weight=3
body: cpra weight=3
body: shine the light weight=2.5
body: invånare weight=2
body: bosatta weight=2
body: konsument* weight=1.5
body: försäljning av personuppgifter weight=2
body: känsliga personuppgifter weight=1.5
body: nevada weight=2.5
body: virginia weight=2
body: lgpd weight=2.5
body: brasilien weight=1.5
body: kanada weight=1.5
body: pipeda weight=2.5
body: jurisdiktion* weight=1.5
body: delstat* weight=1

[third-party-sites]
heading: länkar till andra webbplatser
heading: tredjepartswebbplatser
heading: tredje parts webbplatser
heading: externa länkar
heading: tjänster från tredje part
heading: tredjepartstjänster
heading: sociala medier
body: länkar weight=2.5
body: länkade weight=2
body: tredjepartswebbplatser weight=3
body: tredje parts webbplatser weight=3
body: andra webbplatser weight=2.5
body: ansvarar inte weight=2.5
body: inte ansvariga weight=2.5
body: ingen kontroll weight=2
body: egna integritetspolicyer weight=2.5
body: plugin* weight=2
body: sociala medier weight=2
body: externa weight=1.5
body: klickar weight=1.5
body: lämnar vår webbplats weight=1.5
body: rekommenderar weight=1
body: innehåll weight=0.5

[changes]
heading: ändringar i denna integritetspolicy
heading: ändringar av integritetspolicyn
heading: ändringar
heading: uppdateringar
heading: uppdatering av integritetspolicyn
heading: ikraftträdande
body: ändring* weight=2
body: ändra weight=1.5
body: uppdater* weight=2
body: senast uppdaterad weight=3
body: senaste versionen weight=2.5
body: väsentliga ändringar weight=2.5
body: träder i kraft weight=2
body: ikraftträdande weight=2
body: gäller från weight=2
body: från och med weight=1
body: regelbundet weight=1.5
body: då och då weight=2
body: förbehåller oss rätten weight=2
body: publicera* weight=1.5
body: meddela weight=1.5
body: informera weight=1
body: version weight=1.5

[contact]
heading: kontakt
heading: kontakta oss
heading: kontaktuppgifter
heading: hur du kontaktar oss
heading: dataskyddsombud
heading: frågor
heading: frågor om integritet
body: kontakt* weight=2
body: dataskyddsombud* weight=2.5
body: hör av dig weight=2.5
body: vänd dig till weight=2.5
body: postadress weight=2
body: besöksadress weight=1.5
body: adress weight=1
body: telefon weight=1.5
body: e-post weight=1
body: frågor weight=2
body: funderingar weight=2
body: synpunkter weight=1.5
body: kundtjänst weight=1.5
body: organisationsnummer weight=1
