# Estonian lexicon
# Estonian (eesti keel) is the official language of Estonia (official EU language), a Finnic
# language of the Uralic family, close to Finnish; also read by Estonian communities in
# Finland, Sweden and Canada.
# Legal vocabulary: the Estonian text of the GDPR (isikuandmete kaitse üldmäärus, IKÜM,
# määrus (EL) 2016/679) and the Personal Data Protection Act (isikuandmete kaitse seadus,
# IKS, 2018): vastutav töötleja (controller), volitatud töötleja (processor), andmesubjekt
# (data subject), isikuandmed, töötlemine, nõusolek, õigustatud huvi, õiguslik alus,
# vastuvõtjad, kolmandad riigid (third countries) beside kolmandad isikud / osapooled (third
# parties), andmekaitseametnik (DPO), järelevalveasutus = Andmekaitse Inspektsioon (AKI),
# õigus olla unustatud, andmete ülekantavus, profiilianalüüs, Euroopa Majanduspiirkond
# (EMP). Policies say "privaatsuspoliitika", "privaatsusteade", "andmekaitsetingimused" or
# "isikuandmete töötlemise põhimõtted"; cookies are "küpsised".
# Real texts read for wording (no text copied): stenmr/tott views/privacy.php (MIT);
# codeeu/codeweek resources/lang/et/privacy-statement.php (European Commission privacy
# statement, repository without a licence file, read only).
# Conventions: standard orthography with õ ä ö ü (š ž in loanwords). Estonian is
# agglutinative with consonant gradation (eesmärk/eesmärgi, tähtaeg/tähtaja) and writes
# compounds as one word (isikuandmed, privaatsuspoliitika, küpsisefail): as in fi.lex,
# stems end in * before the point where the word varies, and a compound is its own entry
# (isikuandme*, not andme* alone, where the compound matters); no @prefixes/@suffixes.
# Words whose stem is also another word are written out: kogume, kogutakse (not kogu*,
# which is "whole"); tagame, tagada (not taga*, which catches tagasi "back"); seaded,
# seadetes "settings" (seade is also "device"); no saat* (saate "you can").
@language et
@name Estonian
@fold-accents no     # õ ä ö ü tell words apart (või "or"/voi, käsi/kasi, säilitama) and tell Estonian from Finnish (Finnish voi "can")

[profile]
# Function words first, then words frequent in privacy policies.
# weight=3: Estonian only (või, ning, kui, mida, selle, meie, teie, isikuandmed ...).
# weight=0.5 or less: words Estonian shares with Finnish (ja, on, ei, oma, me, te, jne) or
# with English and French (see, need, et): fi.lex, en.lex and fr.lex must keep their texts.
ja weight=0.5
on weight=0.5
ei weight=0.5
ning weight=3
või weight=3
et weight=0.2
kui weight=3
mis weight=0.5
mida weight=3
mille weight=3
milles weight=3
millele weight=3
millised weight=3
milliseid weight=3
kes weight=3
kelle weight=3
kellele weight=3
see weight=0.5
selle weight=3
seda weight=3
sellest weight=3
sellele weight=3
need weight=0.3
nende weight=3
neid weight=3
nii weight=3
ka weight=1
kuid weight=3
aga weight=2
siis weight=3
samuti weight=3
ainult weight=3
üksnes weight=3
kõik weight=3
kõiki weight=3
kõigi weight=3
mitte weight=3
meie weight=3
me weight=0.3
teie weight=3
te weight=0.3
teile weight=3
meile weight=3
teid weight=3
meid weight=3
oma weight=0.5
oleme weight=3
olete weight=3
olema weight=3
võib weight=3
võime weight=3
võite weight=3
võivad weight=3
saame weight=3
saate weight=3
peame weight=3
tuleb weight=3
pärast weight=3
enne weight=3
kuni weight=3
ilma weight=1
vastavalt weight=3
kohta weight=3
alusel weight=3
poolt weight=3
jaoks weight=3
kaudu weight=3
näiteks weight=3
sh weight=2
jne weight=0.3
nt weight=2
eesmärgil weight=3
eesmärgiga weight=3
eesmärgid weight=3
järgmised weight=3
järgmisi weight=3
järgmistel weight=3
seoses weight=3
käesolev weight=3
käesoleva weight=3
isikuandmed weight=3
isikuandmete weight=3
isikuandmeid weight=3
andmed weight=3
andmete weight=3
andmeid weight=3
töötlemine weight=3
töötlemise weight=3
töötleme weight=3
töötleb weight=3
töötleja weight=3
vastutav weight=3
andmesubjekt weight=3
andmesubjekti weight=3
nõusolek weight=3
nõusoleku weight=3
nõusolekut weight=3
privaatsuspoliitika weight=3
privaatsuspoliitikas weight=3
küpsised weight=3
küpsiseid weight=3
küpsiste weight=3
veebilehe weight=3
veebilehel weight=3
veebisaidi weight=3
teenuse weight=3
teenuste weight=3
teenuseid weight=3
kasutaja weight=3
kasutajate weight=3
kasutame weight=3
kasutamise weight=3
õigus weight=3
õigused weight=3
õiguse weight=3
kolmandatele weight=3
kolmandate weight=3
isikutele weight=3
osapooltele weight=3
teave weight=3
teavet weight=3
teabe weight=3
seaduse weight=3
ettevõte weight=3
kliendi weight=3
säilitame weight=3
kogume weight=3
meiega weight=3
ühendust weight=3
e-posti weight=3

[units]
# Forms after a numeral: partitive (5 aastat), genitive (30 päeva jooksul), translative.
year: aasta, aastat, aastaks, aastas, aastate, aastane, aastased, aastastele, aastaste
month: kuu, kuud, kuuks, kuude
week: nädal, nädalat, nädala, nädalaks
day: päev, päeva, päevaks, päevade, ööpäev, ööpäeva
hour: tund, tundi, tunni, tunniks
minute: minut, minutit, minuti, minutiks
business-day: tööpäev, tööpäeva, tööpäevade, tööpäevaks

[numbers]
# Nominative and genitive (the stem changes: kaks/kahe, so no *).
1: üks, ühe
2: kaks, kahe
3: kolm, kolme
4: neli, nelja
5: viis, viie
6: kuus, kuue
7: seitse, seitsme
8: kaheksa
9: üheksa
10: kümme, kümne
11: üksteist, üheteistkümne
12: kaksteist, kaheteistkümne
13: kolmteist, kolmeteistkümne
15: viisteist, viieteistkümne
16: kuusteist, kuueteistkümne
18: kaheksateist, kaheksateistkümne
20: kakskümmend, kahekümne
24: kakskümmend neli, kahekümne nelja
30: kolmkümmend, kolmekümne
60: kuuskümmend, kuuekümne
90: üheksakümmend, üheksakümne
100: sada, saja

[references]
gdpr: gdpr, iküm, isikuandmete kaitse üldmäärus, isikuandmete kaitse üldmääruse, isikuandmete kaitse üldmäärusega, isikuandmete kaitse üldmäärusele, andmekaitse üldmäärus, andmekaitse üldmääruse, määrus (el) 2016/679, määruse (el) 2016/679, 2016/679
ccpa: ccpa, california tarbijate privaatsusseadus, california tarbijate privaatsusseaduse
cpra: cpra, california privaatsusõiguste seadus
coppa: coppa, laste internetiprivaatsuse kaitse seadus
lgpd: lgpd, brasiilia isikuandmete kaitse üldseadus, lei geral de proteção de dados
pipeda: pipeda
# The Personal Data Protection Act (isikuandmete kaitse seadus, RT I, 04.01.2019, 11).
ee-iks: iks, isikuandmete kaitse seadus, isikuandmete kaitse seaduse, isikuandmete kaitse seadusega, isikuandmete kaitse seadusele

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
kasutustingimused
teenusetingimused
kohaldatav õigus
kohaldatav seadus
kohaldatav õigus ja kohtualluvus
kohtualluvus
jurisdiktsioon
eraldatavus
sätete eraldatavus
kogu kokkulepe
vääramatu jõud
force majeure
lahtiütlus
vastutuse välistamine
vastutuse piiramine
vastutuse piirang
tõlked
tõlge
muud tõlked
keeleversioonid
ingliskeelne versioon on ülimuslik
eestikeelne versioon on ülimuslik
litsents
autoriõigus
autoriõigused
copyright
tänuavaldused
sisukord

# ---------------------------------------------------------------------------------------
# Sections.

[intro]
heading: sissejuhatus concept=introduction
heading: üldsätted concept=introduction
heading: üldine teave concept=introduction
heading: üldinfo concept=introduction
heading: kokkuvõte concept=summary
heading: ülevaade concept=summary
heading: lühidalt concept=summary
heading: peamised punktid concept=summary
heading: privaatsuspoliitikast concept=about-this-policy
heading: käesolevast privaatsuspoliitikast concept=about-this-policy
heading: selle privaatsuspoliitika kohta concept=about-this-policy
heading: käesolevast teatest concept=about-this-policy
heading: kohaldamisala concept=scope
heading: poliitika kohaldamisala concept=scope
heading: ulatusala concept=scope
heading: kellele see poliitika kehtib concept=scope
heading: kes me oleme concept=who-we-are
heading: meist concept=who-we-are
heading: meie kohta concept=who-we-are
heading: vastutav töötleja concept=who-we-are
heading: kes on vastutav töötleja concept=who-we-are
heading: kelle andmeid töötleb concept=who-we-are
heading: meie kohustus concept=commitment-to-privacy
heading: meie pühendumus teie privaatsusele concept=commitment-to-privacy
heading: poliitika aktsepteerimine concept=acceptance
heading: tingimustega nõustumine concept=acceptance
heading: privaatsuspoliitika weight=0.5 concept=privacy-policy-title
heading: privaatsusteade weight=0.5 concept=privacy-policy-title
heading: privaatsustingimused weight=0.5 concept=privacy-policy-title
heading: andmekaitsetingimused weight=0.5 concept=privacy-policy-title
heading: isikuandmete töötlemise põhimõtted weight=0.5 concept=privacy-policy-title
heading: isikuandmete töötlemise tingimused weight=0.5 concept=privacy-policy-title
heading: isikuandmete kaitse weight=0.5 concept=privacy-policy-title
heading: andmekaitse weight=0.5 concept=privacy-policy-title
body: käesolev privaatsuspoliitika weight=2 concept=this-privacy-policy
body: see privaatsuspoliitika weight=2 concept=this-privacy-policy
body: käesolevas privaatsuspoliitikas weight=1.5 concept=this-privacy-policy
body: privaatsuspoliitika* weight=0.5 concept=this-privacy-policy
body: kirjeldab weight=1.5 concept=policy-describes
body: kirjeldatakse weight=1.5 concept=policy-describes
body: selgitab weight=1.5 concept=policy-describes
body: selgitatakse weight=1.5 concept=policy-describes
body: kohaldatakse weight=2.5 concept=policy-applies-to
body: ei kohaldata weight=2 concept=policy-applies-to
body: kehtib weight=1.5 concept=policy-applies-to
body: kasutades meie weight=1.5 concept=by-using
body: külastades weight=1.5 concept=by-using
body: nõustute weight=1.5 concept=acceptance-of-policy
body: kui te ei nõustu weight=2 concept=if-you-do-not-agree
body: oleme pühendunud weight=2 concept=committed-to-privacy
body: austame teie privaatsust weight=2 concept=committed-to-privacy
body: peame oluliseks weight=1.5 concept=committed-to-privacy
body: edaspidi weight=1.5 concept=referred-to-as
body: kasutustingimus* weight=1 concept=terms-of-use
body: teenusetingimus* weight=1 concept=terms-of-use
body: üldtingimus* weight=1 concept=terms-of-use
body: lugege hoolikalt weight=1.5 concept=please-read
body: palun lugege weight=1.5 concept=please-read
body: hoolikalt weight=1 concept=please-read
body: privaatsus* weight=0.3 concept=privacy
body: veebileh* weight=0.3 concept=website
body: veebisait* weight=0.3 concept=website
body: koduleh* weight=0.3 concept=website
body: rakendus* weight=0.3 concept=website
body: teenus* weight=0.3 concept=services
body: ettevõt* weight=0.3 concept=company

[definitions]
heading: mõisted concept=definitions
heading: definitsioonid concept=definitions
heading: mõistete selgitus concept=definitions
heading: mõisted ja definitsioonid concept=definitions
heading: kasutatavad mõisted concept=key-terms
heading: põhimõisted concept=key-terms
heading: olulised mõisted concept=key-terms
heading: terminid concept=key-terms
heading: sõnastik concept=key-terms
heading: tõlgendamine concept=interpretation
heading: tõlgendamine ja mõisted concept=interpretation
heading: mida me mõtleme concept=what-we-mean-by
heading: mida tähendab concept=what-we-mean-by
body: tähendab weight=2.5 concept=means
body: tähendavad weight=2.5 concept=means
body: mõistetakse weight=3 concept=means
body: all mõistetakse weight=3 concept=means
body: määratletakse weight=2.5 concept=means
body: viitab weight=2 concept=refers-to
body: järgmised mõisted weight=3 concept=defined-terms-intro
body: järgmisi mõisteid weight=3 concept=defined-terms-intro
body: mõiste* weight=1.5 concept=defined-terms-intro
body: termin* weight=1.5 concept=defined-terms-intro
body: käesoleva poliitika tähenduses weight=2.5 concept=as-used-in-this-policy
body: käesolevas poliitikas kasutatud weight=2.5 concept=as-used-in-this-policy
body: isikuandmed on weight=3 concept=personal-data-means
body: mis tahes teave weight=2.5 concept=personal-data-means
body: tuvastatud või tuvastatava weight=2.5 concept=identifiable-person
body: tuvastatav* weight=2 concept=identifiable-person
body: füüsili* isik* weight=1.5 concept=identifiable-person
body: edaspidi weight=1.5 concept=hereinafter
body: vastutav* töötlej* weight=1 concept=gdpr-roles
body: volitatud töötlej* weight=1 concept=gdpr-roles
body: andmesubjekt* weight=1 concept=gdpr-roles
body: hõlmab weight=0.5 concept=includes
body: sealhulgas weight=0.5 concept=includes
body: kasutaja* weight=0.3 concept=user
body: isikuandme* weight=0.2 concept=personal-data

[collection]
heading: milliseid andmeid me kogume concept=what-we-collect
heading: milliseid isikuandmeid me kogume concept=what-we-collect
heading: milliseid isikuandmeid me töötleme concept=what-we-collect
heading: milliseid isikuandmeid me suudame koguda concept=what-we-collect
heading: teave, mida me kogume concept=what-we-collect
heading: kogutavad andmed concept=what-we-collect
heading: kogutavad isikuandmed concept=what-we-collect
heading: töödeldavad isikuandmed concept=what-we-collect
heading: töödeldavad andmed concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: rakenduse load concept=what-we-collect
heading: andmete kogumine concept=collection-of-information
heading: isikuandmete kogumine concept=collection-of-information
heading: teabe kogumine concept=collection-of-information
heading: andmete allikad concept=sources-of-information
heading: isikuandmete allikad concept=sources-of-information
heading: kust me andmeid saame concept=sources-of-information
heading: teave, mille te meile esitate concept=information-you-provide
heading: teie esitatud andmed concept=information-you-provide
heading: teie poolt esitatud teave concept=information-you-provide
heading: kontaktivorm weight=3 concept=information-you-provide
heading: automaatselt kogutavad andmed concept=collected-automatically
heading: automaatselt kogutav teave concept=collected-automatically
heading: kuidas andmeid kogutakse concept=how-we-collect
heading: kuidas me andmeid kogume concept=how-we-collect
heading: kuidas me teie isikuandmeid kogume concept=how-we-collect
heading: isikuandmete kategooriad concept=categories-of-data
heading: andmete kategooriad concept=categories-of-data
heading: andmekategooriad concept=categories-of-data
body: kogume weight=2.5 concept=we-collect
body: kogub weight=2 concept=we-collect
body: koguda weight=2 concept=we-collect
body: kogutud weight=2 concept=we-collect
body: kogutakse weight=2.5 concept=we-collect
body: kogutav* weight=2 concept=we-collect
body: kogumi* weight=2.5 concept=we-collect
body: te meile esitate weight=2 concept=you-provide
body: meile esitat* weight=2 concept=you-provide
body: teie esitatud weight=2 concept=you-provide
body: meile edastate weight=2 concept=you-provide
body: automaatselt weight=2 concept=automatically
body: isikuandmete kategooria* weight=2.5 concept=data-categories
body: isikuandmete liik* weight=2.5 concept=data-categories
body: andmekategooria* weight=2.5 concept=data-categories
body: allika* weight=1.5 concept=sources
body: avalikest allikatest weight=2 concept=publicly-available
body: avalikult kättesaadav* weight=2 concept=publicly-available
body: ees- ja perekonnanimi weight=2 concept=name
body: nimi weight=1 concept=name
body: perekonnanim* weight=1.5 concept=name
body: perenim* weight=1.5 concept=name
body: e-posti aadress* weight=1.5 concept=contact-details
body: telefoninumb* weight=1.5 concept=contact-details
body: postiaadress* weight=1.5 concept=contact-details
body: kontaktandme* weight=1.5 concept=contact-details
body: ip-aadress* weight=2 concept=device-data
body: seadme identifikaator* weight=2 concept=device-data
body: brauseri tüüp weight=2 concept=device-data
body: brauseri liik weight=2 concept=device-data
body: operatsioonisüsteem* weight=2 concept=device-data
body: geolokatsioon* weight=2 concept=location-data
body: asukohaandme* weight=2 concept=location-data
body: asukoha* weight=1 concept=location-data
body: kasutusandme* weight=2 concept=usage-data
body: liiklusandme* weight=2 concept=usage-data
body: logiandme* weight=1.5 concept=usage-data
body: demograafili* weight=1.5 concept=demographic-data
body: sünniaeg* weight=1.5 concept=demographic-data
body: sünnikuupäev* weight=1.5 concept=demographic-data
body: makseandme* weight=1 concept=payment-data
body: maksekaardi* weight=1 concept=payment-data
body: pangakonto* weight=1 concept=payment-data
body: kontaktvorm* weight=1.5 concept=forms
body: registreerimisvorm* weight=1.5 concept=forms
body: vorm* weight=0.5 concept=forms
body: konto* weight=0.3 concept=account
body: teave weight=0.1 concept=information
body: andme* weight=0.1 concept=information
# Inflected forms, compounds and GDPR wording real policies use.
heading: milliseid andmeid kogume concept=what-we-collect
heading: milliseid isikuandmeid kogume concept=what-we-collect
heading: milliseid isikuandmeid töötleme concept=what-we-collect
heading: milliseid andmeid töötleme concept=what-we-collect
heading: kogutav teave concept=what-we-collect
heading: isikuandmete liigid concept=categories-of-data
heading: andmete liigid concept=categories-of-data
heading: töödeldavate isikuandmete liigid concept=categories-of-data
heading: tehnilised andmed concept=collected-automatically
heading: kasutusandmed concept=collected-automatically
heading: logiandmed concept=collected-automatically
heading: seadme andmed concept=collected-automatically
heading: krahhiaruanded concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: jääb teie seadmesse weight=2 concept=on-device-data
heading: jääb sinu seadmesse weight=2 concept=on-device-data
heading: jäävad teie seadmesse weight=2 concept=on-device-data
heading: lokaalselt töödeldavad andmed weight=2 concept=on-device-data
heading: lokaalselt töödeldud andmed weight=2 concept=on-device-data
heading: lokaalselt salvestatud andmed weight=2 concept=on-device-data
heading: lokaalne töötlemine weight=2 concept=on-device-data
heading: töötlemine seadmes weight=2 concept=on-device-data
heading: teave, mille te meile annate concept=information-you-provide
heading: andmed, mille te meile esitate concept=information-you-provide

[use]
heading: kuidas me teie andmeid kasutame concept=how-we-use
heading: kuidas me kasutame teie isikuandmeid concept=how-we-use
heading: kuidas me teie isikuandmeid kasutame concept=how-we-use
heading: kuidas me teavet kasutame concept=how-we-use
heading: milleks me teie andmeid kasutame concept=how-we-use
heading: teabe kasutamine concept=use-of-information
heading: andmete kasutamine concept=use-of-information
heading: isikuandmete kasutamine concept=use-of-information
heading: töötlemise eesmärgid concept=purposes-of-processing
heading: isikuandmete töötlemise eesmärgid concept=purposes-of-processing
heading: andmete töötlemise eesmärgid concept=purposes-of-processing
heading: isikuandmete töötlemise eesmärgid ja õiguslikud alused concept=purposes-of-processing
heading: eesmärgid concept=purposes-of-processing
heading: millistel eesmärkidel concept=purposes-of-processing
heading: miks me teie andmeid kogume concept=why-we-collect
heading: miks me teie andmeid töötleme concept=why-we-collect
heading: milleks me andmeid kogume concept=why-we-collect
heading: kogumise eesmärk concept=why-we-collect
heading: isikuandmete töötlemine concept=processing-of-personal-data
heading: andmete töötlemine concept=processing-of-personal-data
heading: kuidas me teie isikuandmeid töötleme concept=processing-of-personal-data
heading: kuidas me isikuandmeid töötleme concept=processing-of-personal-data
body: kasutame weight=2 concept=we-use
body: me kasutame weight=2 concept=we-use
body: eesmär* weight=1.5 concept=purposes
body: järgmistel eesmärkidel weight=2.5 concept=following-purposes
body: järgmiste eesmärkide weight=2.5 concept=following-purposes
body: profiilianalüüs* weight=2 concept=profiling
body: profileeri* weight=2 concept=profiling
body: automatiseeritud otsus* weight=1.5 concept=automated-decisions
body: automatiseeritud töötlus* weight=1.5 concept=automated-decisions
body: teenuste osutami* weight=1.5 concept=to-provide
body: teenuse osutami* weight=1.5 concept=to-provide
body: teenuste pakkumi* weight=1.5 concept=to-provide
body: tellimus* täitmi* weight=1.5 concept=to-fulfil
body: lepingu täitmise käigus weight=1 concept=to-fulfil
body: halda* weight=1.5 concept=to-administer
body: parenda* weight=1.5 concept=to-improve
body: täiusta* weight=1.5 concept=to-improve
body: arenda* weight=2 concept=to-develop
body: isikupärasta* weight=2 concept=to-personalise
body: kohanda* weight=1.5 concept=to-personalise
body: teiega suhtlemi* weight=2 concept=to-communicate
body: suhtlemiseks weight=2 concept=to-communicate
body: saatmi* weight=1 concept=to-send
body: saata teile weight=1 concept=to-send
body: päringutele vastami* weight=1.5 concept=to-respond
body: vastamiseks weight=1.5 concept=to-respond
body: klienditug* weight=1.5 concept=to-respond
body: analüüs* weight=1 concept=to-analyse
body: statisti* weight=1 concept=to-analyse
body: vigade kõrvaldami* weight=2 concept=to-troubleshoot
body: tõrkeotsing* weight=2 concept=to-troubleshoot
body: diagnosti* weight=2 concept=to-troubleshoot
body: turu-uuring* weight=2 concept=research
body: uuring* weight=1.5 concept=research
body: pettus* weight=1.5 concept=to-prevent-fraud
body: maksete teostami* weight=1.5 concept=to-process-transactions
body: maksete töötlemi* weight=1.5 concept=to-process-transactions
body: seadusest tulenevate kohustuste täitmi* weight=1 concept=to-comply-with-law
body: õigusaktidest tulenevate nõuete täitmi* weight=1 concept=to-comply-with-law
# Inflected forms, compounds and GDPR wording real policies use.
heading: milleks me andmeid kasutame concept=how-we-use
heading: milleks me isikuandmeid kasutame concept=how-we-use
heading: andmete kasutamise eesmärgid concept=purposes-of-processing
heading: isikuandmete kasutamise eesmärgid concept=purposes-of-processing
heading: töötlemise eesmärk concept=purposes-of-processing
heading: isikuandmete töötlemise eesmärk concept=purposes-of-processing
heading: miks me andmeid töötleme concept=why-we-collect
heading: automatiseeritud otsus* concept=automated-decision-making
heading: automatiseeritud töötlus* concept=automated-decision-making
heading: automatiseeritud üksikotsus* concept=automated-decision-making

[legal-basis]
heading: õiguslik alus concept=legal-basis
heading: töötlemise õiguslik alus concept=legal-basis
heading: isikuandmete töötlemise õiguslik alus concept=legal-basis
heading: õiguslikud alused concept=legal-basis
heading: töötlemise õiguslikud alused concept=legal-basis
heading: töötlemise seaduslikkus concept=legal-basis
heading: töötlemise alused concept=legal-basis
heading: millisel alusel me teie andmeid töötleme concept=why-allowed
heading: mis alusel me andmeid töötleme concept=why-allowed
heading: miks meil on õigus teie andmeid töödelda concept=why-allowed
body: õigusli* alus* weight=3 concept=legal-basis-term
body: töötlemise alus* weight=2.5 concept=legal-basis-term
body: õigustatud huvi* weight=3 concept=legitimate-interests
body: põhiõigused ja -vabadused weight=2.5 concept=balancing-test
body: huvide kaalumi* weight=3 concept=balancing-test
body: lepingu täitmi* weight=3 concept=performance-of-contract
body: lepingu sõlmimi* weight=2 concept=performance-of-contract
body: lepingu pool weight=3 concept=performance-of-contract
body: lepingulis* kohustus* weight=2 concept=performance-of-contract
body: juriidili* kohustus* weight=2.5 concept=legal-obligation
body: seaduslik* kohustus* weight=2.5 concept=legal-obligation
body: seadusest tulenev* kohustus* weight=2.5 concept=legal-obligation
body: eluliselt tähtsa* huvi* weight=3 concept=vital-interests
body: avalik* huvi* weight=2.5 concept=public-interest
body: artikli 6 weight=3 concept=article-6
body: artikkel 6 weight=3 concept=article-6
body: töötlemine on vajalik weight=2.5 concept=processing-necessary
body: alusel weight=2 concept=on-the-basis-of
body: põhineb weight=1.5 concept=on-the-basis-of
body: seaduslik* weight=1 concept=lawful
body: õiguspära* weight=1 concept=lawful
body: nõusole* weight=1 concept=consent-as-basis
body: vajali* weight=0.5 concept=necessary

[consent]
heading: nõusolek concept=your-consent
heading: teie nõusolek concept=your-consent
heading: nõusolek isikuandmete töötlemiseks concept=your-consent
heading: nõusolek andmete töötlemiseks concept=your-consent
heading: nõusoleku tagasivõtmine concept=withdrawal-of-consent
heading: kuidas nõusolekut tagasi võtta concept=withdrawal-of-consent
heading: nõusolek ja selle tagasivõtmine concept=withdrawal-of-consent
heading: nõusoleku andmine ja tagasivõtmine concept=withdrawal-of-consent
body: olete andnud nõusoleku weight=2.5 concept=you-consent
body: annate nõusoleku weight=2.5 concept=you-consent
body: nõusoleku andmi* weight=2.5 concept=you-consent
body: teie nõusolekul weight=2.5 concept=you-consent
body: tagasi võtta weight=3 concept=withdraw
body: tagasivõtmi* weight=3 concept=withdraw
body: tagasi võtnud weight=3 concept=withdraw
body: muudate meelt weight=2 concept=change-your-mind
body: nõustute weight=1.5 concept=you-agree
body: selgesõnali* nõusole* weight=2.5 concept=explicit-consent
body: sõnaselge* nõusole* weight=2.5 concept=explicit-consent
body: vabatahtli* weight=2 concept=freely-given
body: vabalt antud weight=2.5 concept=freely-given
body: märkeruut* weight=2 concept=opt-in
body: linnuke* weight=2 concept=opt-in
body: luba weight=1.5 concept=permission
body: loa weight=1.5 concept=permission
body: ei mõjuta weight=2.5 concept=without-affecting-lawfulness
body: enne tagasivõtmist weight=2.5 concept=without-affecting-lawfulness
body: igal ajal weight=1 concept=at-any-time
body: mis tahes ajal weight=1 concept=at-any-time
# Inflected forms, compounds and GDPR wording real policies use.
heading: õigus nõusolek tagasi võtta concept=withdrawal-of-consent

[sharing]
heading: teabe jagamine concept=sharing-of-information
heading: andmete jagamine concept=sharing-of-information
heading: isikuandmete jagamine concept=sharing-of-information
heading: andmete edastamine ja avaldamine concept=sharing-of-information
heading: kuidas me teie teavet jagame concept=how-we-share
heading: kuidas me teie andmeid jagame concept=how-we-share
heading: teave, mida me jagame concept=how-we-share
heading: kellega me teie andmeid jagame concept=who-we-share-with
heading: kellele me teie andmeid edastame concept=who-we-share-with
heading: kellele me isikuandmeid edastame concept=who-we-share-with
heading: isikuandmete vastuvõtjad concept=who-we-share-with
heading: andmete vastuvõtjad concept=who-we-share-with
heading: vastuvõtjad concept=who-we-share-with
heading: vastuvõtjate kategooriad concept=who-we-share-with
heading: teabe avaldamine concept=disclosure-of-information
heading: isikuandmete avaldamine concept=disclosure-of-information
heading: isikuandmete edastamine kolmandatele isikutele concept=disclosure-of-information
heading: andmete edastamine kolmandatele osapooltele concept=disclosure-of-information
heading: kolmandad isikud concept=third-parties
heading: kolmandad osapooled concept=third-parties
heading: jagamine kolmandate osapooltega concept=third-parties
heading: teenusepakkujad concept=service-providers-heading
heading: volitatud töötlejad concept=service-providers-heading
heading: ettevõtte üleminek concept=business-transfers
heading: ühinemine ja omandamine concept=business-transfers
heading: omaniku vahetus concept=business-transfers
heading: õiguslikud nõuded concept=legal-requests
heading: õiguskaitseasutused concept=legal-requests
heading: kas me müüme teie andmeid concept=sale-of-information
heading: isikuandmete müük concept=sale-of-information
body: jaga* weight=2 concept=share
body: avalda* weight=2 concept=disclose
body: edastame weight=2 concept=disclose
body: edasta* weight=1.5 concept=disclose
body: kolmanda* isiku* weight=1 concept=third-parties-term
body: kolmanda* osapool* weight=1 concept=third-parties-term
body: teenusepakkuja* weight=2 concept=service-providers
body: teenuseosutaja* weight=2 concept=service-providers
body: volitatud töötleja* weight=2 concept=service-providers
body: tarnija* weight=1.5 concept=service-providers
body: meie nimel weight=1.5 concept=on-our-behalf
body: meie ülesandel weight=1.5 concept=on-our-behalf
body: sidusettevõt* weight=2 concept=affiliates
body: tütarettevõt* weight=2 concept=affiliates
body: kontserni* weight=2 concept=affiliates
body: grupi ettevõt* weight=2 concept=affiliates
body: äripartneri* weight=1.5 concept=business-partners
body: koostööpartneri* weight=1.5 concept=business-partners
body: partneri* weight=1 concept=business-partners
body: vastuvõtja* weight=2 concept=recipients
body: ühinemi* weight=2.5 concept=corporate-transaction
body: omandami* weight=2.5 concept=corporate-transaction
body: pankrot* weight=2 concept=corporate-transaction
body: ümberkorraldami* weight=2 concept=corporate-transaction
body: õiguskaitseasutus* weight=2 concept=authorities
body: riigiasutus* weight=1.5 concept=authorities
body: ametiasutus* weight=1.5 concept=authorities
body: järelevalve asutus* weight=1.5 concept=authorities
body: politsei* weight=2 concept=authorities
body: kohtumäärus* weight=2.5 concept=legal-process
body: kohtuotsus* weight=2 concept=legal-process
body: ei müü weight=1.5 concept=sell
body: müü* weight=1.5 concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: andmete edastamine kolmandatele isikutele concept=transfer-to-third-parties
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: maksed weight=2 concept=payments-purchases
heading: maksete töötlemine weight=3 concept=payments-purchases
heading: rakendusesisesed ostud weight=2 concept=payments-purchases
heading: tellimused weight=2 concept=payments-purchases

[cookies]
heading: küpsised concept=cookies
heading: küpsiste kasutamine concept=cookies
heading: küpsiste poliitika concept=cookies
heading: küpsisepoliitika concept=cookies
heading: cookies concept=cookies
heading: küpsised ja sarnased tehnoloogiad concept=tracking-technologies
heading: küpsised ja muud jälgimistehnoloogiad concept=tracking-technologies
heading: jälgimistehnoloogiad concept=tracking-technologies
heading: küpsised ja pikslisildid concept=tracking-technologies
heading: veebimajakad concept=web-beacons
heading: pikslisildid concept=web-beacons
heading: logifailid concept=log-files
heading: serveri logid concept=log-files
heading: analüütika concept=analytics
heading: analüütikatööriistad concept=analytics
body: küpsis* weight=3 concept=cookie
body: cookie* weight=3 concept=cookie
body: tekstifail* weight=2.5 concept=text-files
body: veebimajaka* weight=3 concept=web-beacon
body: pikslisild* weight=3 concept=web-beacon
body: piksli* weight=2.5 concept=web-beacon
body: jälgimistehnoloogia* weight=2.5 concept=tracking-technology
body: jälgimisvahend* weight=2.5 concept=tracking-technology
body: sarnas* tehnoloogia* weight=2 concept=tracking-technology
body: jälgimi* weight=1.5 concept=tracking-technology
body: kohalik* salvestusruum* weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: seansiküpsis* weight=2 concept=cookie-lifetime
body: püsiküpsis* weight=2 concept=cookie-lifetime
body: ajutis* küpsis* weight=2 concept=cookie-lifetime
body: hädavajalik* küpsis* weight=2.5 concept=cookie-categories
body: vajalik* küpsis* weight=2.5 concept=cookie-categories
body: funktsionaal* küpsis* weight=2 concept=cookie-categories
body: jõudlusküpsis* weight=2 concept=cookie-categories
body: analüütili* küpsis* weight=2 concept=cookie-categories
body: reklaamiküpsis* weight=2 concept=cookie-categories
body: google analytics weight=2.5 concept=analytics-term
body: analüüti* weight=2 concept=analytics-term
body: logifail* weight=2 concept=log-file
body: serveri logi* weight=2 concept=log-file
body: sdk weight=2 concept=sdk
body: sõrmejälg* weight=2.5 concept=fingerprinting
body: brauseri seade* weight=1.5 concept=browser-settings
body: veebilehitseja seade* weight=1.5 concept=browser-settings
body: brauser* weight=0.5 concept=browser
body: veebilehitseja* weight=0.5 concept=browser
body: veebisirvija* weight=0.5 concept=browser
body: seadme* weight=0.5 concept=device
# Inflected forms, compounds and GDPR wording real policies use.
heading: google analytics concept=analytics

[advertising]
heading: reklaam concept=advertising
heading: reklaam ja turundus concept=advertising
heading: turundus concept=marketing
heading: otseturundus concept=marketing
heading: turundusteated concept=marketing-communications
heading: turunduskommunikatsioon concept=marketing-communications
heading: uudiskirjad concept=marketing-communications
heading: uudiskiri concept=marketing-communications
heading: sihitud reklaam concept=interest-based-advertising
heading: isikupärastatud reklaam concept=interest-based-advertising
heading: huvipõhine reklaam concept=interest-based-advertising
heading: kolmandate osapoolte reklaam concept=third-party-advertising
heading: reklaamivõrgustikud concept=third-party-advertising
body: reklaam* weight=2.5 concept=ads
body: bänner* weight=2 concept=ads
body: reklaamivõrgustik* weight=3 concept=ad-networks
body: reklaamipartneri* weight=3 concept=ad-networks
body: sihitud weight=2.5 concept=interest-based
body: suunatud reklaam* weight=2.5 concept=interest-based
body: huvipõhi* weight=2.5 concept=interest-based
body: käitumispõhi* weight=2.5 concept=interest-based
body: taassihtimi* weight=3 concept=retargeting
body: retarget* weight=3 concept=retargeting
body: remarketing* weight=3 concept=retargeting
body: uudiskir* weight=2.5 concept=marketing-messages
body: turundusteat* weight=2.5 concept=marketing-messages
body: turunduskirj* weight=2.5 concept=marketing-messages
body: otseturundus* weight=2 concept=marketing-purposes
body: turunduseesmär* weight=2 concept=marketing-purposes
body: turundus* weight=1.5 concept=marketing-purposes
body: eripakkumis* weight=2 concept=promotions
body: sooduspakkumis* weight=2 concept=promotions
body: pakkumis* weight=1 concept=promotions
body: your online choices weight=2.5 concept=ad-industry-programs
body: network advertising initiative weight=3 concept=ad-industry-programs
body: digital advertising alliance weight=3 concept=ad-industry-programs
body: reklaami tõhusus* weight=2 concept=ad-measurement
body: kampaania* weight=1.5 concept=ad-measurement
body: huvi* weight=0.5 concept=interests

[do-not-track]
heading: do not track concept=do-not-track
heading: do not track signaalid concept=do-not-track
heading: ära jälgi concept=do-not-track
heading: kuidas me reageerime do not track signaalidele concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: globaalne privaatsuskontroll concept=global-privacy-control
heading: eelistuste signaalid concept=preference-signals
heading: brauseri signaalid concept=preference-signals
body: dnt weight=3 concept=dnt-signal
body: do not track weight=3 concept=dnt-signal
body: ära jälgi weight=3 concept=dnt-signal
body: gpc weight=3 concept=gpc-signal
body: global privacy control weight=3 concept=gpc-signal
body: globaalne privaatsuskontroll weight=3 concept=gpc-signal
body: eelistuste signaal* weight=3 concept=opt-out-preference-signal
body: brauseri signaal* weight=2.5 concept=opt-out-preference-signal
body: ühtne* standard* weight=3 concept=no-uniform-standard
body: ühtset standardit weight=3 concept=no-uniform-standard
body: me ei reageeri weight=2.5 concept=do-not-respond
body: ei reageeri weight=2 concept=do-not-respond
body: austa* weight=1 concept=honor-signals
body: erinevatel veebisaitidel weight=2.5 concept=cross-site-tracking
body: aja jooksul weight=2 concept=cross-site-tracking
body: brauser* weight=0.5 concept=browser-dnt

[choices]
heading: teie valikud concept=your-choices
heading: teie valikuvõimalused concept=your-choices
heading: teie võimalused concept=your-choices
heading: loobumine concept=opting-out
heading: kuidas loobuda concept=opting-out
heading: vastuväide töötlemisele concept=opting-out
heading: eelistuste haldamine concept=managing-preferences
heading: suhtluseelistused concept=managing-preferences
heading: privaatsusseaded concept=managing-preferences
heading: seadete haldamine concept=managing-preferences
heading: tellimusest loobumine concept=unsubscribing
heading: uudiskirjast loobumine concept=unsubscribing
body: loobu* weight=3 concept=opt-out
body: tellimusest loobu* weight=3 concept=unsubscribe
body: uudiskirjast loobu* weight=3 concept=unsubscribe
body: ei soovi enam saada weight=3 concept=unsubscribe
body: võite valida weight=2.5 concept=choose-not-to
body: jätta esitamata weight=2.5 concept=choose-not-to
body: valida, kas weight=2 concept=choose-not-to
body: keeldu* weight=2 concept=decline
body: turunduslik* e-kir* weight=2 concept=promotional-emails
body: eelistus* weight=1.5 concept=preferences
body: seaded weight=1.5 concept=settings
body: seadetes weight=1.5 concept=settings
body: seadeid weight=1.5 concept=settings
body: seadistus* weight=1.5 concept=settings
body: konto seade* weight=2 concept=settings
body: keela* weight=2 concept=disable
body: välja lülita* weight=2 concept=disable
body: deaktiveeri* weight=2 concept=disable
body: blokeeri* weight=1.5 concept=disable
body: tõuketeat* weight=2 concept=device-permissions
body: asukohateenus* weight=2 concept=device-permissions
body: jaluses weight=1.5 concept=unsubscribe-link
body: e-kirja allosas weight=1.5 concept=unsubscribe-link
body: loobumisjuhis* weight=1.5 concept=unsubscribe-link
body: ei pruugi weight=1.5 concept=consequences-of-refusal
body: te ei saa kasutada weight=1.5 concept=consequences-of-refusal
body: saamine weight=0.5 concept=receive

[rights]
heading: teie õigused concept=your-rights
heading: millised on teie õigused concept=your-rights
heading: andmesubjekti õigused concept=your-rights
heading: andmesubjektide õigused concept=your-rights
heading: kliendi õigused concept=your-rights
heading: kasutaja õigused concept=your-rights
heading: teie õigused seoses isikuandmetega concept=your-rights
heading: õiguste kasutamine concept=exercising-rights
heading: teie õiguste kasutamine concept=exercising-rights
heading: kuidas oma õigusi kasutada concept=exercising-rights
heading: õigused ja taotlused concept=exercising-rights
heading: juurdepääs ja parandamine concept=access-and-correction
heading: juurdepääs oma andmetele concept=access-and-correction
heading: juurdepääs teie andmetele concept=access-and-correction
heading: andmete parandamine ja kustutamine concept=access-and-correction
heading: volitatud esindajad concept=authorized-agents
body: õigus tutvuda weight=3 concept=right-of-access
body: tutvuda weight=2.5 concept=right-of-access
body: pääseda ligi weight=2.5 concept=right-of-access
body: juurdepääs* weight=1.5 concept=access
body: parandami* weight=2 concept=rectification
body: parandataks weight=2 concept=rectification
body: ebatäpse* weight=2 concept=rectification
body: ebaõige* weight=2 concept=rectification
body: kustuta* weight=3 concept=erasure
body: olla unustatud weight=3 concept=erasure
body: ülekantavus* weight=3 concept=portability
body: masinloetav* weight=2.5 concept=portability
body: õigus esitada vastuväiteid weight=3 concept=right-to-object
body: vastuväi* weight=2.5 concept=right-to-object
body: töötlemise piirami* weight=3 concept=restriction
body: piira* weight=1.5 concept=restriction
body: kaebus* weight=2.5 concept=complaint-to-authority
body: järelevalveasutus* weight=3 concept=complaint-to-authority
body: andmekaitse inspektsioon* weight=3 concept=complaint-to-authority
body: õigusi kasutada weight=2 concept=exercise-rights
body: õiguste kasutami* weight=2 concept=exercise-rights
body: isikusamasus* weight=2 concept=verify-identity
body: isiku tuvastami* weight=2 concept=verify-identity
body: volitatud esindaja* weight=2.5 concept=authorized-agent
body: diskrimineeri* weight=1.5 concept=non-discrimination
body: andmesubjekt* weight=2 concept=data-subject-rights
body: koopia* weight=1 concept=copy-of-data
body: taotlus* weight=0.3 concept=request
body: päring* weight=0.3 concept=request
# Inflected forms, compounds and GDPR wording real policies use.
heading: õigus tutvuda oma andmetega concept=access-and-correction
heading: õigus tutvuda isikuandmetega concept=access-and-correction
heading: juurdepääsuõigus concept=access-and-correction
heading: õigus juurdepääsule concept=access-and-correction
heading: andmesubjekti juurdepääsuõigus concept=access-and-correction
heading: õigus andmete parandamisele concept=access-and-correction
heading: õigus nõuda andmete parandamist concept=access-and-correction
heading: õigus andmete kustutamisele concept=your-rights
heading: õigus nõuda andmete kustutamist concept=your-rights
heading: õigus olla unustatud concept=your-rights
heading: õigus isikuandmete töötlemise piiramisele concept=your-rights
heading: õigus töötlemise piiramisele concept=your-rights
heading: õigus andmete ülekandmisele concept=your-rights
heading: õigus andmete ülekantavusele concept=your-rights
heading: andmete ülekantavus concept=your-rights
heading: õigus esitada vastuväiteid concept=your-rights
heading: vastuväite esitamise õigus concept=your-rights
heading: õigus esitada kaebus concept=your-rights
heading: kaebuse esitamine concept=your-rights
heading: õigus pöörduda andmekaitse inspektsiooni poole concept=your-rights
heading: õigused concept=your-rights
heading: andmesubjekti õiguste kasutamine concept=exercising-rights
body: õigus andmete parandamisele weight=2
body: õigus andmete kustutamisele weight=2
body: õigus olla unustatud weight=2
body: õigus andmete ülekandmisele weight=2

[retention]
heading: andmete säilitamine concept=data-retention
heading: isikuandmete säilitamine concept=data-retention
heading: teabe säilitamine concept=data-retention
heading: säilitamistähtaeg concept=retention-period
heading: andmete säilitamise tähtaeg concept=retention-period
heading: säilitamisaeg concept=retention-period
heading: säilitamise periood concept=retention-period
heading: kui kaua me teie andmeid säilitame concept=how-long-we-keep
heading: kui kaua me teie isikuandmeid säilitame concept=how-long-we-keep
heading: kui kaua isikuandmeid säilitame concept=how-long-we-keep
heading: kui kaua me andmeid säilitame concept=how-long-we-keep
heading: kui kaua andmeid säilitatakse concept=how-long-we-keep
heading: andmete salvestamine ja säilitamine concept=storage-and-retention
heading: säilitamine ja kustutamine concept=retention-and-deletion
heading: andmete säilitamine ja kustutamine concept=retention-and-deletion
body: säilita* weight=3 concept=retain
body: säilitamistähta* weight=3 concept=retain
body: nii kaua, kui weight=3 concept=as-long-as-necessary
body: nii kaua kui weight=3 concept=as-long-as-necessary
body: niikaua, kui weight=3 concept=as-long-as-necessary
body: enam ei vaja weight=2.5 concept=no-longer-needed
body: ei ole enam vajalik* weight=2.5 concept=no-longer-needed
body: hoiame weight=1.5 concept=keep
body: hoitakse weight=1.5 concept=keep
body: salvest* weight=1 concept=store
body: tähtaeg* weight=2 concept=retention-criteria
body: tähtaja* weight=2 concept=retention-criteria
body: kriteeriumi* weight=2 concept=retention-criteria
body: anonüümi* weight=2 concept=anonymise
body: pseudonüümi* weight=1.5 concept=anonymise
body: hävita* weight=2 concept=destroy
body: kustutame weight=2 concept=destroy
body: arhiivi* weight=2 concept=archive
body: raamatupidamisseadus* weight=2.5 concept=legal-retention-requirements
body: aegumistähta* weight=2.5 concept=legal-retention-requirements
body: dokumentide säilitami* weight=2.5 concept=legal-retention-requirements
body: mitteaktiivse* weight=2 concept=inactive-accounts
body: aastat weight=0.5 concept=years
body: aasta weight=0.5 concept=years
# Inflected forms, compounds and GDPR wording real policies use.
heading: kui kaua andmeid säilitame concept=how-long-we-keep
heading: kui kaua me säilitame concept=how-long-we-keep
heading: isikuandmete säilitamise tähtaeg concept=retention-period
heading: säilitamistähtajad concept=retention-period
heading: andmete kustutamine ja säilitamine concept=retention-and-deletion
heading: millal me andmed kustutame weight=3 concept=retention-and-deletion

[security]
heading: turvalisus concept=data-security
heading: andmete turvalisus concept=data-security
heading: teabe turvalisus concept=data-security
heading: isikuandmete turvalisus concept=data-security
heading: andmeturve concept=data-security
heading: turvameetmed concept=security-measures
heading: turvalisuse meetmed concept=security-measures
heading: andmekaitsemeetmed concept=security-measures
heading: kuidas me teie andmeid kaitseme concept=how-we-protect
heading: kuidas me teie isikuandmeid kaitseme concept=how-we-protect
heading: teie andmete kaitse concept=how-we-protect
heading: andmete kaitsmine concept=how-we-protect
body: turvali* weight=2 concept=secure
body: turva* weight=2 concept=secure
body: turvameetme* weight=2.5 concept=safeguards
body: kaitsemeetme* weight=2.5 concept=safeguards
body: krüpteeri* weight=3 concept=encryption
body: krüpt* weight=3 concept=encryption
body: ssl weight=3 concept=encryption
body: tls weight=3 concept=encryption
body: loata juurdepääs* weight=3 concept=unauthorized-access
body: volitamata juurdepääs* weight=3 concept=unauthorized-access
body: lubamatu* juurdepääs* weight=3 concept=unauthorized-access
body: kadumi* weight=2.5 concept=loss-misuse-alteration
body: kaotsimineku* weight=2.5 concept=loss-misuse-alteration
body: väärkasutus* weight=2.5 concept=loss-misuse-alteration
body: ebaseadusliku* töötlemi* weight=2 concept=loss-misuse-alteration
body: tehnilis* ja organisatsioonili* meetme* weight=3 concept=technical-organisational-measures
body: organisatsioonili* meetme* weight=2.5 concept=technical-organisational-measures
body: korralduslik* meetme* weight=2.5 concept=technical-organisational-measures
body: füüsili* weight=1.5 concept=physical-safeguards
body: tulemüür* weight=3 concept=technical-controls
body: parool* weight=2 concept=technical-controls
body: salasõna* weight=2 concept=technical-controls
body: juurdepääsukontroll* weight=2.5 concept=technical-controls
body: viirusetõrje* weight=2.5 concept=technical-controls
body: isikuandmetega seotud rikkumi* weight=3 concept=breach
body: andmeleke* weight=3 concept=breach
body: turvaintsident* weight=3 concept=breach
body: turvarikkumi* weight=3 concept=breach
body: haavatavus* weight=2.5 concept=breach
body: konfidentsiaals* weight=1.5 concept=confidentiality
body: ei saa tagada weight=2.5 concept=no-guarantee
body: ei saa garanteerida weight=2.5 concept=no-guarantee
body: täielikku turvalisust weight=2.5 concept=no-guarantee
body: omal vastutusel weight=2.5 concept=no-guarantee
body: tööstusharu standard* weight=2 concept=industry-standard
body: kaits* weight=1 concept=protect
body: tagame weight=0.5 concept=ensure
body: tagada weight=0.5 concept=ensure
# Inflected forms, compounds and GDPR wording real policies use.
heading: tehnilised ja korralduslikud meetmed concept=security-measures
heading: isikuandmete kaitse meetmed concept=security-measures
heading: isikuandmetega seotud rikkumine concept=data-security
heading: andmelekked concept=data-security
heading: kuidas me andmeid kaitseme concept=how-we-protect
# Inflected forms, compounds and GDPR wording real policies use.
heading: kuidas me teie andmeid turvame concept=how-we-protect
heading: isikuandmete kaitse concept=how-we-protect
heading: infoturve concept=data-security
heading: turvaintsidendid concept=data-security

[children]
heading: lapsed concept=childrens-privacy
heading: laste privaatsus concept=childrens-privacy
heading: laste isikuandmed concept=childrens-privacy
heading: laste andmed concept=childrens-privacy
heading: teave laste kohta concept=childrens-privacy
heading: alla 13-aastased lapsed concept=age-limits
heading: alla 16-aastased concept=age-limits
heading: vanusepiirangud concept=age-limits
heading: vanusepiirang concept=age-limits
heading: alaealised concept=minors
heading: alaealiste isikuandmed concept=minors
heading: teenuste kasutamine alaealiste poolt concept=minors
body: laps* weight=3 concept=children
body: laste weight=3 concept=children
body: alaealis* weight=2.5 concept=minors-teens
body: nooruk* weight=2.5 concept=minors-teens
body: teisme* weight=2.5 concept=minors-teens
body: alla 13 weight=2.5 concept=age-threshold
body: alla 16 weight=2.5 concept=age-threshold
body: alla 18 weight=2.5 concept=age-threshold
body: aastased weight=2 concept=age-threshold
body: aastaselt weight=2 concept=age-threshold
body: lapsevanem* weight=2.5 concept=parents-guardians
body: vanema* weight=2 concept=parents-guardians
body: eestkostja* weight=2.5 concept=parents-guardians
body: seaduslik* esindaja* weight=2.5 concept=parents-guardians
body: vanema nõusole* weight=3 concept=parental-consent
body: vanemate nõusole* weight=3 concept=parental-consent
body: lapsevanema nõusole* weight=3 concept=parental-consent
body: coppa weight=3 concept=coppa
body: teadlikult ei kogu weight=3 concept=knowingly-collect
body: teadlikult weight=2.5 concept=knowingly-collect
body: ei ole mõeldud weight=2 concept=not-directed-to-children
body: ei ole suunatud weight=2 concept=not-directed-to-children
body: kui saame teada weight=2 concept=if-we-learn
body: vanus* weight=1.5 concept=age
body: alaealine weight=0.5 concept=minor

[international]
heading: rahvusvaheline andmeedastus concept=international-transfers
heading: piiriülene andmeedastus concept=international-transfers
heading: andmete edastamine kolmandatesse riikidesse concept=international-transfers
heading: isikuandmete edastamine kolmandatesse riikidesse concept=international-transfers
heading: andmete edastamine väljapoole el-i concept=international-transfers
heading: andmete edastamine väljaspool euroopa majanduspiirkonda concept=international-transfers
heading: andmete edastamine concept=data-transfers
heading: isikuandmete edastamine concept=data-transfers
heading: teabe edastamine concept=data-transfers
heading: andmeedastus concept=data-transfers
heading: kus me teie andmeid säilitame concept=where-we-store
heading: kus teie andmeid hoitakse concept=where-we-store
heading: andmete asukoht concept=where-we-store
heading: töötlemise asukoht concept=where-we-store
body: edastami* weight=1.5 concept=transfer
body: andmeedastus* weight=1.5 concept=transfer
body: piiriüle* weight=3 concept=cross-border
body: kolmanda* riik* weight=3 concept=other-countries
body: kolmandatesse riikidesse weight=3 concept=other-countries
body: teistesse riikidesse weight=2.5 concept=other-countries
body: teistes riikides weight=2.5 concept=other-countries
body: väljaspool teie riiki weight=2.5 concept=other-countries
body: väljapoole el weight=2.5 concept=eea
body: väljaspool el weight=2.5 concept=eea
body: väljaspool euroopa majanduspiirkonda weight=3 concept=eea
body: väljapoole euroopa majanduspiirkonda weight=3 concept=eea
body: euroopa majanduspiirkon* weight=2 concept=eea
body: emp weight=2 concept=eea
body: ameerika ühendriik* weight=1.5 concept=united-states
body: usa weight=1.5 concept=united-states
body: tüüpklausl* weight=3 concept=transfer-safeguards
body: lepingutüüptingimus* weight=3 concept=transfer-safeguards
body: kontsernisise* eeskir* weight=3 concept=transfer-safeguards
body: asjakohased kaitsemeetmed weight=2.5 concept=transfer-safeguards
body: kaitse piisavus* weight=3 concept=adequacy
body: piisavusotsus* weight=3 concept=adequacy
body: data privacy framework weight=3 concept=privacy-frameworks
body: privacy shield weight=3 concept=privacy-frameworks
body: madalam* kaitsetase* weight=2 concept=less-protective
body: jurisdiktsioon* weight=2 concept=jurisdictions
body: serverid asuvad weight=2.5 concept=server-location
body: serverites weight=2 concept=server-location
body: üle maailma weight=1.5 concept=around-the-world
body: kogu maailmas weight=1.5 concept=around-the-world
# Inflected forms, compounds and GDPR wording real policies use.
heading: andmete edastamine väljapoole euroopa liitu concept=international-transfers
heading: andmete edastamine väljapoole eli concept=international-transfers
heading: isikuandmete edastamine väljapoole euroopa majanduspiirkonda concept=international-transfers
heading: edastamine kolmandatesse riikidesse concept=international-transfers
heading: kus andmeid töödeldakse concept=where-we-store
heading: serverite asukoht concept=where-we-store

[regional]
heading: california elanikele concept=california
heading: california elanikud concept=california
heading: teie privaatsusõigused californias concept=california
heading: nevada elanikud concept=us-state-rights
heading: usa osariikide elanike õigused concept=us-state-rights
heading: teave usa osariikide elanikele concept=us-state-rights
heading: teave emp kasutajatele concept=eea-gdpr-notice
heading: euroopa liidu kasutajatele concept=eea-gdpr-notice
heading: kasutajad euroopa majanduspiirkonnast concept=eea-gdpr-notice
heading: vastavus isikuandmete kaitse üldmäärusele concept=eea-gdpr-notice
heading: konkreetsete jurisdiktsioonide sätted concept=jurisdiction-specific
heading: lisateave teatud jurisdiktsioonide kohta concept=jurisdiction-specific
heading: piirkondlikud sätted concept=jurisdiction-specific
body: californi* weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: shine the light weight=3 concept=california-law
body: california tsiviilseadustik* weight=2.5 concept=california-law
body: nevada* weight=3 concept=us-states
body: virginia* weight=3 concept=us-states
body: colorado* weight=3 concept=us-states
body: connecticut* weight=3 concept=us-states
body: elanik* weight=2 concept=residents
body: resident* weight=2 concept=residents
body: tarbija* weight=1.5 concept=consumers
body: ärge müüge weight=3 concept=do-not-sell
body: müük või jagamine weight=3 concept=do-not-sell
body: müümine või jagamine weight=3 concept=do-not-sell
body: kontekstiülene käitumispõhine reklaam weight=3 concept=cross-context-advertising
body: rahalis* stiimul* weight=3 concept=financial-incentives
body: eelneva 12 kuu weight=3 concept=preceding-12-months
body: viimase 12 kuu weight=3 concept=preceding-12-months
body: eelneva kaheteistkümne kuu weight=3 concept=preceding-12-months
body: üldmäärus* weight=2.5 concept=eu-gdpr
body: gdpr weight=2.5 concept=eu-gdpr
body: euroopa liid* weight=2 concept=eu-gdpr
body: brasiilia* weight=2 concept=brazil-lgpd
body: lgpd weight=3 concept=brazil-lgpd
body: kanada* weight=2 concept=canada-pipeda
body: pipeda weight=3 concept=canada-pipeda
body: osariik* weight=0.5 concept=state
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
heading: kolmandate osapoolte veebisaidid concept=third-party-websites
heading: kolmandate isikute veebilehed concept=third-party-websites
heading: muud veebisaidid concept=third-party-websites
heading: lingid teistele veebisaitidele concept=links-to-other-sites
heading: lingid kolmandate osapoolte veebisaitidele concept=links-to-other-sites
heading: välislingid concept=links-to-other-sites
heading: kolmandate osapoolte lingid concept=links-to-other-sites
heading: kolmandate osapoolte teenused concept=third-party-services
heading: kolmandate isikute teenused concept=third-party-services
heading: sotsiaalmeedia pistikprogrammid concept=social-media-plugins
heading: sotsiaalmeedia concept=social-media-plugins
heading: kolmandate osapoolte privaatsuspoliitikad weight=2 concept=third-party-privacy-policies
heading: kolmandate isikute privaatsuspoliitikad weight=2 concept=third-party-privacy-policies
body: link* weight=2.5 concept=links
body: hüperlin* weight=3 concept=links
body: teis* veebisaidi* weight=2.5 concept=other-sites
body: teis* veebileh* weight=2.5 concept=other-sites
body: välis* veebisaidi* weight=2.5 concept=other-sites
body: kolmandate osapoolte veebisaidi* weight=2.5 concept=other-sites
body: kolmandate isikute veebileh* weight=2.5 concept=other-sites
body: kolmandate osapoolte rakendus* weight=2 concept=third-party-applications
body: kolmandate osapoolte teenus* weight=2.5 concept=third-party-applications
body: me ei vastuta weight=3 concept=not-responsible
body: ei vastuta weight=3 concept=not-responsible
body: ei kontrolli weight=3 concept=not-responsible
body: oma privaatsuspoliitika* weight=3 concept=their-privacy-policies
body: nende privaatsuspoliitika* weight=3 concept=their-privacy-policies
body: soovitame weight=2.5 concept=encourage-review
body: julgustame weight=2 concept=encourage-review
body: lahkute meie weight=2.5 concept=leave-our-site
body: pistikprogramm* weight=2.5 concept=plugins
body: vidina* weight=2.5 concept=plugins
body: sotsiaalmeedia nupu* weight=2 concept=plugins
body: sisu weight=0.5 concept=content
body: tutvu* weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: sotsiaalvõrgustikud concept=social-media-presence
heading: sotsiaalmeedias concept=social-media-presence
heading: sotsiaalvõrgustikes concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: kolmandate osapoolte kogutavad andmed concept=third-party-data-collection
heading: kolmandate isikute kogutud andmed concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: võrguühendused weight=2 concept=network-connections
heading: võrgupäringud weight=2 concept=network-connections
heading: välised ühendused weight=2 concept=network-connections
heading: lahkub teie seadmest weight=2 concept=network-connections
heading: lahkuvad teie seadmest weight=2 concept=network-connections
heading: saadetakse interneti kaudu weight=2 concept=network-connections
heading: seadmest välja saadetavad andmed weight=2 concept=network-connections
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
heading: manustatud sisu concept=third-party-services
heading: kolmandate osapoolte sisu concept=third-party-services
heading: kolmandate osapoolte teegid concept=third-party-services
heading: kolmandate osapoolte tööriistad concept=third-party-services
heading: välised teenused concept=third-party-services
heading: välised veebisaidid concept=third-party-websites
heading: pilvesünkroonimine concept=third-party-services
heading: sünkroonimine ja varundamine concept=third-party-services

[changes]
heading: muudatused privaatsuspoliitikas concept=changes-to-policy
heading: privaatsuspoliitika muudatused concept=changes-to-policy
heading: privaatsuspoliitika muutmine concept=changes-to-policy
heading: käesoleva poliitika muutmine concept=changes-to-policy
heading: poliitika muudatused concept=changes-to-policy
heading: muudatused concept=changes-to-policy
heading: privaatsuspoliitika uuendused concept=policy-updates
heading: poliitika uuendamine concept=policy-updates
heading: uuendused concept=policy-updates
heading: muudatustest teavitamine concept=notification-of-changes
heading: teavitamine muudatustest concept=notification-of-changes
heading: muudatused ja täiendused concept=amendments
heading: lõppsätted concept=amendments
heading: muud sätted concept=amendments
heading: jõustumine concept=entry-into-force
heading: jõustumise kuupäev concept=entry-into-force
heading: kehtivus concept=entry-into-force
body: muudatus* weight=2 concept=change-update
body: muuda* weight=1.5 concept=change-update
body: muut* weight=1.5 concept=change-update
body: uuenda* weight=2 concept=change-update
body: täienda* weight=1.5 concept=change-update
body: jõustub weight=3 concept=effective-date
body: jõustu* weight=2.5 concept=effective-date
body: kehtiv alates weight=3 concept=effective-date
body: kehtib alates weight=3 concept=effective-date
body: viimati uuendatud weight=3 concept=effective-date
body: viimati muudetud weight=3 concept=effective-date
body: viimane uuendus weight=3 concept=effective-date
body: aeg-ajalt weight=2.5 concept=from-time-to-time
body: perioodiliselt weight=1.5 concept=from-time-to-time
body: regulaarselt weight=1.5 concept=from-time-to-time
body: olulis* muudatus* weight=3 concept=material-changes
body: jätkuv kasutamine weight=3 concept=continued-use
body: jätkate weight=2.5 concept=continued-use
body: regulaarselt üle vaadata weight=2.5 concept=check-back
body: regulaarselt külastada weight=2.5 concept=check-back
body: uusim* versioon* weight=2 concept=latest-version
body: kehtiv* versioon* weight=2 concept=latest-version
body: viivitamata weight=1.5 concept=effective-immediately
body: koheselt weight=1.5 concept=effective-immediately
body: jätame endale õiguse weight=2 concept=reserve-the-right
body: jätab endale õiguse weight=2 concept=reserve-the-right
body: võtab õiguse weight=2 concept=reserve-the-right
body: teavitame teid weight=1.5 concept=notify-you
body: anname teada weight=1.5 concept=notify-you
body: avaldame weight=1 concept=posting
body: versioon* weight=1 concept=version
body: teavitus* weight=0.5 concept=notice
# Inflected forms, compounds and GDPR wording real policies use.
heading: privaatsustingimuste muutmine concept=changes-to-policy
heading: privaatsustingimuste muudatused concept=changes-to-policy
heading: andmekaitsetingimuste muutmine concept=changes-to-policy
heading: tingimuste muutmine concept=changes-to-policy
heading: viimati uuendatud concept=entry-into-force

[contact]
heading: kontakt concept=contact-us
heading: kontaktid concept=contact-us
heading: võta meiega ühendust concept=contact-us
heading: võtke meiega ühendust concept=contact-us
heading: kuidas meiega ühendust võtta concept=how-to-contact
heading: kuidas meiega ühendust saada concept=how-to-contact
heading: kontaktandmed concept=contact-information
heading: kontaktteave concept=contact-information
heading: meie kontaktandmed concept=contact-information
heading: küsimused concept=questions
heading: küsimused ja ettepanekud concept=questions
heading: küsimused ja taotlused concept=questions
heading: andmekaitseametnik concept=data-protection-officer
heading: andmekaitseametniku kontaktandmed concept=data-protection-officer
body: võtke meiega ühendust weight=3 concept=please-contact
body: võta meiega ühendust weight=3 concept=please-contact
body: ühendust võtta weight=2.5 concept=please-contact
body: ühendust võtma weight=2.5 concept=please-contact
body: kirjutage meile weight=3 concept=please-contact
body: kirjuta weight=2 concept=please-contact
body: küsimus* weight=2.5 concept=questions-comments
body: kommentaar* weight=1.5 concept=questions-comments
body: ettepanek* weight=1.5 concept=questions-comments
body: andmekaitseametnik* weight=3 concept=dpo
body: dpo weight=3 concept=dpo
body: registrikood* weight=2 concept=postal-address
body: asukoha aadress* weight=2 concept=postal-address
body: telefon* weight=1.5 concept=telephone
body: e-posti teel weight=1.5 concept=by-email
body: e-posti aadressil weight=1.5 concept=by-email
body: klienditeenindus* weight=1.5 concept=customer-service
body: aadress* weight=0.3 concept=address
# Inflected forms, compounds and GDPR wording real policies use.
heading: vastutav töötleja concept=contact-information

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
