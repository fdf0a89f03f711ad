# Lithuanian lexicon
# Lithuanian (lietuvių kalba) is the official language of Lithuania (official EU language),
# an East Baltic language, also read by Lithuanian communities in Poland (Sejny/Punsk), the
# UK, Ireland, Norway and the United States.
# Legal vocabulary: the Lithuanian text of the GDPR (Bendrasis duomenų apsaugos reglamentas,
# BDAR, reglamentas (ES) 2016/679) and the Law on Legal Protection of Personal Data
# (Lietuvos Respublikos asmens duomenų teisinės apsaugos įstatymas, ADTAĮ): duomenų
# valdytojas (controller), duomenų tvarkytojas (processor), duomenų subjektas, asmens
# duomenys, tvarkymas (processing), sutikimas, teisėtas interesas, teisinis pagrindas,
# gavėjai, trečiosios valstybės (third countries) beside trečiosios šalys / tretieji
# asmenys (third parties), duomenų apsaugos pareigūnas (DPO), priežiūros institucija =
# Valstybinė duomenų apsaugos inspekcija (VDAI), teisė būti pamirštam, duomenų
# perkeliamumas, profiliavimas. Policies say "privatumo politika" or "asmens duomenų
# tvarkymo politika"; cookies are "slapukai".
# Real texts read for wording (no text copied): leliuga/k8s.lt
# content/teisinis/privatumo-politika.md (MPL-2.0); codeeu/codeweek
# resources/lang/lt/privacy-statement.php (European Commission privacy statement,
# repository without a licence file, read only).
# Conventions: standard orthography with full diacritics (ą č ę ė į š ų ū ž). Lithuanian is
# fusional with rich case endings, so inflected words are written as stems with a trailing *
# (duomen* = duomenys, duomenų, duomenis, duomenims); no @prefixes/@suffixes. Stems are cut
# so as not to catch unrelated words: renkam*, surenk*, rinkim* for "collect" but never
# rink*, which would catch rinkodara (marketing); termin* ("period") only in [retention].
# "saugoti" is both "keep" and "protect": saugoj* (storage) goes to [retention], saugum*
# (security) to [security].
@language lt
@name Lithuanian
@fold-accents no     # ogoneks and dots tell words apart (į "into"/i, ką/ka, šalis/salis) and tell Lithuanian from Latvian

[profile]
# Function words first, then words frequent in privacy policies.
# weight=3: Lithuanian only (forms no close relative writes the same way: yra, kad, į, iš,
#           jūsų, duomenų ...).
# weight=0.5 or less: words Lithuanian shares with Latvian (ir "and" = Latvian "is", jūs,
#           jums, mums, kuri, bet) or with Finnish (tai "that" = Finnish "or"), Spanish or
#           Italian (su, per) and German (bei): they must not pull those texts towards
#           Lithuanian. el (el. paštas) is left out: Spanish "el".
ir weight=0.5
yra weight=3
kad weight=2
kaip weight=3
arba weight=3
bei weight=1
taip weight=3
pat weight=1
tik weight=1
jei weight=3
jeigu weight=3
kai weight=2
kol weight=3
kuris weight=3
kurie weight=3
kurių weight=3
kuriuos weight=3
kurį weight=3
kurios weight=3
kuriems weight=3
kuriais weight=3
kuri weight=0.5
į weight=3
iš weight=3
su weight=0.3
dėl weight=3
pagal weight=3
apie weight=3
nuo weight=3
per weight=0.3
prie weight=3
be weight=0.3
už weight=3
iki weight=3
tai weight=0.5
šios weight=3
šioje weight=3
šią weight=3
ši weight=3
šis weight=3
šiuo weight=3
šiais weight=3
šių weight=3
jūsų weight=3
mūsų weight=3
mes weight=1
mus weight=2
jus weight=2
jūs weight=0.5
jums weight=0.5
mums weight=0.5
savo weight=3
tokius weight=3
tokie weight=3
tokiu weight=3
kitų weight=3
kitiems weight=3
kitais weight=3
kitus weight=3
bet weight=0.5
nėra weight=3
gali weight=3
galime weight=3
galite weight=3
turite weight=3
turime weight=3
būti weight=3
buvo weight=3
nes weight=2
todėl weight=3
tačiau weight=3
pavyzdžiui weight=3
atveju weight=3
atvejais weight=3
toliau weight=3
siekiant weight=3
atsižvelgiant weight=3
susiję weight=3
susijusius weight=3
asmens weight=3
asmenų weight=3
duomenys weight=3
duomenų weight=3
duomenis weight=3
duomenimis weight=3
tvarkymo weight=3
tvarkymas weight=3
tvarkome weight=3
tvarkomi weight=3
tvarkyti weight=3
valdytojas weight=3
valdytojo weight=3
tvarkytojas weight=3
sutikimą weight=3
sutikimo weight=3
sutikimas weight=3
privatumo weight=3
politika weight=0.3
politikoje weight=3
politikos weight=3
slapukai weight=3
slapukų weight=3
slapukus weight=3
svetainės weight=3
svetainėje weight=3
svetainę weight=3
paslaugų weight=3
paslaugas weight=3
paslaugos weight=3
naudotojų weight=3
naudotojo weight=3
naudotojas weight=3
vartotojų weight=3
teisę weight=3
teisės weight=3
teises weight=3
teisių weight=3
tikslais weight=3
tikslu weight=3
tikslams weight=3
trečiosioms weight=3
trečiųjų weight=3
šalims weight=3
šalių weight=3
asmenims weight=3
informaciją weight=3
informacijos weight=3
informacija weight=0.5
pašto weight=3
reikalavimų weight=3
įstatymo weight=3
reglamento weight=3
bendrovė weight=3
bendrovės weight=3
įmonė weight=3
laikotarpį weight=3
saugome weight=3
renkame weight=3
naudojame weight=3
naudojimo weight=3
pateikti weight=3
pateikiate weight=3
susisiekite weight=3

[units]
year: metai, metų, metus, metams, metuose
month: mėnuo, mėnesiai, mėnesių, mėnesius, mėnesio, mėnesį, mėnesiams
week: savaitė, savaitės, savaičių, savaites, savaitę, savaitėms
day: diena, dienos, dienų, dienas, dieną, dienomis, dienoms
hour: valanda, valandos, valandų, valandas, valandą
minute: minutė, minutės, minučių, minutes, minutę
business-day: darbo diena, darbo dienos, darbo dienų, darbo dienas, darbo dienomis, darbo dieną

[numbers]
# Cardinals, and the collective forms used with metai "year(s)" (penkerius metus).
1: vienas, viena, vieną, vieneri, vienerius, vienerių
2: du, dvi, dviejų, dveji, dvejus, dvejų
3: trys, trijų, treji, trejus, trejų
4: keturi, keturios, keturių, ketveri, ketverius, ketverių
5: penki, penkios, penkių, penkeri, penkerius, penkerių
6: šeši, šešios, šešių, šešeri, šešerius, šešerių
7: septyni, septynios, septynių, septyneri, septynerius
8: aštuoni, aštuonios, aštuonių, aštuoneri, aštuonerius
9: devyni, devynios, devynių, devyneri, devynerius
10: dešimt, dešimties, dešimčiai
11: vienuolika, vienuolikos
12: dvylika, dvylikos
13: trylika, trylikos
15: penkiolika, penkiolikos
16: šešiolika, šešiolikos
18: aštuoniolika, aštuoniolikos
20: dvidešimt, dvidešimties
24: dvidešimt keturi, dvidešimt keturių
30: trisdešimt, trisdešimties
60: šešiasdešimt, šešiasdešimties
90: devyniasdešimt, devyniasdešimties
100: šimtas, šimto

[references]
gdpr: gdpr, bdar, bendrasis duomenų apsaugos reglamentas, bendrojo duomenų apsaugos reglamento, bendruoju duomenų apsaugos reglamentu, bendrajame duomenų apsaugos reglamente, reglamentas (es) 2016/679, reglamento (es) 2016/679, 2016/679
ccpa: ccpa, kalifornijos vartotojų privatumo įstatymas, kalifornijos vartotojų privatumo įstatymo
cpra: cpra, kalifornijos privatumo teisių įstatymas
coppa: coppa, vaikų privatumo internete apsaugos įstatymas
lgpd: lgpd, brazilijos bendrasis duomenų apsaugos įstatymas, lei geral de proteção de dados
pipeda: pipeda
# The Law on Legal Protection of Personal Data (asmens duomenų teisinės apsaugos įstatymas).
lt-adtai: adtaį, asmens duomenų teisinės apsaugos įstatymas, asmens duomenų teisinės apsaugos įstatymo, asmens duomenų teisinės apsaugos įstatymu, asmens duomenų teisinės apsaugos įstatyme

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
naudojimo sąlygos
naudojimosi sąlygos
paslaugų teikimo sąlygos
paslaugų sąlygos
taikytina teisė
taikoma teisė
taikomi įstatymai
taikytina teisė ir jurisdikcija
jurisdikcija
atskiriamumas
nuostatų atskiriamumas
visas susitarimas
nenugalima jėga
force majeure
atsakomybės atsisakymas
atsakomybės apribojimas
atsakomybės ribojimas
vertimai
vertimas
kiti vertimai
kalbinės versijos
licencija
autorių teisės
copyright
padėkos

# ---------------------------------------------------------------------------------------
# Sections.

[intro]
heading: įvadas concept=introduction
heading: bendrosios nuostatos concept=introduction
heading: bendroji informacija concept=introduction
heading: bendra informacija concept=introduction
heading: santrauka concept=summary
heading: apžvalga concept=summary
heading: trumpai concept=summary
heading: pagrindiniai punktai concept=summary
heading: apie šią politiką concept=about-this-policy
heading: apie šią privatumo politiką concept=about-this-policy
heading: apie šį pranešimą concept=about-this-policy
heading: taikymo sritis concept=scope
heading: politikos taikymo sritis concept=scope
heading: kam taikoma ši politika concept=scope
heading: kas mes concept=who-we-are
heading: kas mes esame concept=who-we-are
heading: apie mus concept=who-we-are
heading: duomenų valdytojas concept=who-we-are
heading: kas yra duomenų valdytojas concept=who-we-are
heading: mūsų įsipareigojimas concept=commitment-to-privacy
heading: mūsų įsipareigojimas saugoti jūsų privatumą concept=commitment-to-privacy
heading: politikos priėmimas concept=acceptance
heading: šios politikos priėmimas concept=acceptance
heading: privatumo politika weight=0.5 concept=privacy-policy-title
heading: privatumo pranešimas weight=0.5 concept=privacy-policy-title
heading: pranešimas apie privatumą weight=0.5 concept=privacy-policy-title
heading: asmens duomenų tvarkymo politika weight=0.5 concept=privacy-policy-title
heading: asmens duomenų apsaugos politika weight=0.5 concept=privacy-policy-title
heading: asmens duomenų apsauga weight=0.5 concept=privacy-policy-title
body: ši privatumo politika weight=2 concept=this-privacy-policy
body: ši politika weight=2 concept=this-privacy-policy
body: šioje privatumo politikoje weight=1.5 concept=this-privacy-policy
body: privatumo politik* weight=0.5 concept=this-privacy-policy
body: aprašo weight=1.5 concept=policy-describes
body: aprašoma weight=1.5 concept=policy-describes
body: paaiškin* weight=1.5 concept=policy-describes
body: paaiškiname weight=1.5 concept=policy-describes
body: taikoma weight=2 concept=policy-applies-to
body: politika taikoma weight=2.5 concept=policy-applies-to
body: netaikoma weight=2 concept=policy-applies-to
body: naudodamiesi weight=1.5 concept=by-using
body: lankydamiesi weight=1.5 concept=by-using
body: apsilankę weight=1 concept=by-using
body: sutinkate su šia weight=1.5 concept=acceptance-of-policy
body: sutikote su privatumo politikos weight=1.5 concept=acceptance-of-policy
body: jei nesutinkate weight=2 concept=if-you-do-not-agree
body: jeigu nesutinkate weight=2 concept=if-you-do-not-agree
body: įsipareigojame weight=2 concept=committed-to-privacy
body: gerbiame jūsų privatumą weight=2 concept=committed-to-privacy
body: mums rūpi weight=1.5 concept=committed-to-privacy
body: toliau – weight=1.5 concept=referred-to-as
body: toliau vadinam* weight=1.5 concept=referred-to-as
body: naudojimosi taisykl* weight=1 concept=terms-of-use
body: naudojimo sąlyg* weight=1 concept=terms-of-use
body: paslaugų teikimo sąlyg* weight=1 concept=terms-of-use
body: atidžiai perskaitykite weight=1.5 concept=please-read
body: perskaitykite weight=1.5 concept=please-read
body: atidžiai weight=1 concept=please-read
body: privatum* weight=0.3 concept=privacy
body: svetain* weight=0.3 concept=website
body: programėl* weight=0.3 concept=website
body: paslaug* weight=0.3 concept=services
body: bendrov* weight=0.3 concept=company
body: įmon* weight=0.3 concept=company

[definitions]
heading: sąvokos concept=definitions
heading: sąvokų apibrėžimai concept=definitions
heading: apibrėžimai concept=definitions
heading: sąvokos ir apibrėžimai concept=definitions
heading: pagrindinės sąvokos concept=key-terms
heading: vartojamos sąvokos concept=key-terms
heading: terminai concept=key-terms
heading: terminų žodynas concept=key-terms
heading: sąvokų žodynas concept=key-terms
heading: aiškinimas concept=interpretation
heading: sąvokų aiškinimas concept=interpretation
heading: aiškinimas ir apibrėžimai concept=interpretation
heading: ką reiškia concept=what-we-mean-by
heading: ką mes suprantame concept=what-we-mean-by
body: reiškia weight=2.5 concept=means
body: suprantama weight=2.5 concept=means
body: suprantami weight=2.5 concept=means
body: apibrėžiama weight=2.5 concept=means
body: nurodo weight=2 concept=refers-to
body: šios sąvokos weight=3 concept=defined-terms-intro
body: šioje politikoje vartojamos sąvokos weight=3 concept=defined-terms-intro
body: sąvoka weight=2 concept=defined-terms-intro
body: sąvok* weight=1.5 concept=defined-terms-intro
body: šioje politikoje vartojam* weight=2.5 concept=as-used-in-this-policy
body: šios politikos tikslais weight=2.5 concept=as-used-in-this-policy
body: asmens duomenys – bet kokia informacija weight=3 concept=personal-data-means
body: bet kokia informacija weight=2.5 concept=personal-data-means
body: nustatyto arba galimo nustatyti weight=2.5 concept=identifiable-person
body: galimo nustatyti weight=2 concept=identifiable-person
body: fizin* asmen* weight=1.5 concept=identifiable-person
body: toliau weight=1.5 concept=hereinafter
body: duomenų valdytoj* weight=1 concept=gdpr-roles
body: duomenų tvarkytoj* weight=1 concept=gdpr-roles
body: duomenų subjekt* weight=1 concept=gdpr-roles
body: apima weight=0.5 concept=includes
body: įskaitant weight=0.5 concept=includes
body: naudotoj* weight=0.3 concept=user
body: asmens duomen* weight=0.2 concept=personal-data

[collection]
heading: kokius duomenis renkame concept=what-we-collect
heading: kokius asmens duomenis renkame concept=what-we-collect
heading: kokius jūsų asmens duomenis renkame concept=what-we-collect
heading: kokius asmens duomenis tvarkome concept=what-we-collect
heading: kokius jūsų asmens duomenis mes tvarkome concept=what-we-collect
heading: kokius jūsų duomenis tvarkome concept=what-we-collect
heading: informacija, kurią renkame concept=what-we-collect
heading: renkami duomenys concept=what-we-collect
heading: tvarkomi asmens duomenys concept=what-we-collect
heading: tvarkomų duomenų apimtis concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: leidimai weight=2 concept=what-we-collect
heading: programėlės leidimai weight=2 concept=what-we-collect
heading: programos leidimai weight=2 concept=what-we-collect
heading: duomenų rinkimas concept=collection-of-information
heading: informacijos rinkimas concept=collection-of-information
heading: asmens duomenų rinkimas concept=collection-of-information
heading: asmens duomenų gavimas concept=collection-of-information
heading: duomenų šaltiniai concept=sources-of-information
heading: asmens duomenų šaltiniai concept=sources-of-information
heading: iš kur gauname jūsų duomenis concept=sources-of-information
heading: informacija, kurią pateikiate jūs concept=information-you-provide
heading: jūsų pateikiama informacija concept=information-you-provide
heading: duomenys, kuriuos jūs pateikiate concept=information-you-provide
heading: kontaktinė forma weight=3 concept=information-you-provide
heading: automatiškai renkama informacija concept=collected-automatically
heading: automatiškai renkami duomenys concept=collected-automatically
heading: kaip renkame duomenis concept=how-we-collect
heading: kaip gauname jūsų asmens duomenis concept=how-we-collect
heading: kaip renkame jūsų asmens duomenis concept=how-we-collect
heading: asmens duomenų kategorijos concept=categories-of-data
heading: duomenų kategorijos concept=categories-of-data
body: renkame weight=2.5 concept=we-collect
body: renkam* weight=2 concept=we-collect
body: surenk* weight=2.5 concept=we-collect
body: surink* weight=2 concept=we-collect
body: rinkim* weight=2.5 concept=we-collect
body: renka weight=2 concept=we-collect
body: gauname weight=1.5 concept=we-collect
body: jūs pateikiate weight=2 concept=you-provide
body: pateikiate mums weight=2 concept=you-provide
body: mums pateikiate weight=2 concept=you-provide
body: jūsų pateikt* weight=2 concept=you-provide
body: automatiškai weight=2 concept=automatically
body: asmens duomenų kategorij* weight=2.5 concept=data-categories
body: duomenų kategorij* weight=2 concept=data-categories
body: šaltini* weight=1.5 concept=sources
body: viešai prieinam* weight=2 concept=publicly-available
body: viešų registrų weight=2 concept=publicly-available
body: vardas, pavardė weight=2 concept=name
body: vardas weight=1 concept=name
body: pavard* weight=1.5 concept=name
body: el. pašto adres* weight=1.5 concept=contact-details
body: elektroninio pašto adres* weight=1.5 concept=contact-details
body: telefono numer* weight=1.5 concept=contact-details
body: pašto adres* weight=1.5 concept=contact-details
body: ip adres* weight=2 concept=device-data
body: įrenginio identifikator* weight=2 concept=device-data
body: naršyklės tip* weight=2 concept=device-data
body: naudojama naršyklė weight=2 concept=device-data
body: operacin* sistem* weight=2 concept=device-data
body: geolokacij* weight=2 concept=location-data
body: buvimo viet* weight=2 concept=location-data
body: vietos duomen* weight=2 concept=location-data
body: naudojimosi duomen* weight=2 concept=usage-data
body: naudojimo istorij* weight=2 concept=usage-data
body: apsilankymo istorij* weight=2 concept=usage-data
body: demografin* weight=1.5 concept=demographic-data
body: gimimo dat* weight=1.5 concept=demographic-data
body: mokėjimo duomen* weight=1 concept=payment-data
body: mokėjimo kortel* weight=1 concept=payment-data
body: banko sąskait* weight=1 concept=payment-data
body: kontaktų form* weight=1.5 concept=forms
body: registracijos form* weight=1.5 concept=forms
body: užklausos form* weight=1.5 concept=forms
body: form* weight=0.5 concept=forms
body: paskyr* weight=0.3 concept=account
body: informacij* weight=0.1 concept=information
body: duomen* weight=0.1 concept=information
# Inflected forms, compounds and GDPR wording real policies use.
heading: kokius duomenis mes renkame concept=what-we-collect
heading: kokius asmens duomenis mes renkame concept=what-we-collect
heading: kokius duomenis tvarkome concept=what-we-collect
heading: renkama informacija concept=what-we-collect
heading: renkami asmens duomenys concept=what-we-collect
heading: asmens duomenų rūšys concept=categories-of-data
heading: duomenų rūšys concept=categories-of-data
heading: tvarkomų asmens duomenų kategorijos concept=categories-of-data
heading: techniniai duomenys concept=collected-automatically
heading: naudojimo duomenys concept=collected-automatically
heading: žurnalo duomenys concept=collected-automatically
heading: įrenginio duomenys concept=collected-automatically
heading: strigčių ataskaitos concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: lieka jūsų įrenginyje weight=2 concept=on-device-data
heading: lieka įrenginyje weight=2 concept=on-device-data
heading: lokaliai apdorojami duomenys weight=2 concept=on-device-data
heading: apdorojami vietoje weight=2 concept=on-device-data
heading: lokaliai saugomi duomenys weight=2 concept=on-device-data
heading: vietinis apdorojimas weight=2 concept=on-device-data
heading: apdorojimas įrenginyje weight=2 concept=on-device-data
heading: informacija, kurią mums pateikiate concept=information-you-provide

[use]
heading: kaip naudojame jūsų duomenis concept=how-we-use
heading: kaip naudojame jūsų asmens duomenis concept=how-we-use
heading: kaip naudojame informaciją concept=how-we-use
heading: kaip mes naudojame jūsų informaciją concept=how-we-use
heading: kam naudojame jūsų duomenis concept=how-we-use
heading: informacijos naudojimas concept=use-of-information
heading: duomenų naudojimas concept=use-of-information
heading: asmens duomenų naudojimas concept=use-of-information
heading: tvarkymo tikslai concept=purposes-of-processing
heading: asmens duomenų tvarkymo tikslai concept=purposes-of-processing
heading: duomenų tvarkymo tikslai concept=purposes-of-processing
heading: asmens duomenų tvarkymo tikslai ir pagrindai concept=purposes-of-processing
heading: tikslai concept=purposes-of-processing
heading: kokiais tikslais concept=purposes-of-processing
heading: kodėl renkame jūsų duomenis concept=why-we-collect
heading: kodėl tvarkome jūsų duomenis concept=why-we-collect
heading: duomenų rinkimo tikslas concept=why-we-collect
heading: asmens duomenų tvarkymas concept=processing-of-personal-data
heading: duomenų tvarkymas concept=processing-of-personal-data
heading: kaip tvarkome jūsų asmens duomenis concept=processing-of-personal-data
heading: kaip tvarkome asmens duomenis concept=processing-of-personal-data
heading: kaip tvarkome jūsų duomenis concept=processing-of-personal-data
body: naudojame weight=2 concept=we-use
body: mes naudojame weight=2 concept=we-use
body: tiksl* weight=1.5 concept=purposes
body: šiais tikslais weight=2.5 concept=following-purposes
body: tokiais tikslais weight=2.5 concept=following-purposes
body: šiems tikslams weight=2.5 concept=following-purposes
body: toliau nurodytais tikslais weight=2.5 concept=following-purposes
body: profiliavim* weight=2 concept=profiling
body: automatizuot* sprendim* weight=1.5 concept=automated-decisions
body: automatizuot* individual* sprendim* weight=2 concept=automated-decisions
body: paslaugų teikim* weight=1.5 concept=to-provide
body: suteikti paslaug* weight=1.5 concept=to-provide
body: užsakym* vykdym* weight=1.5 concept=to-fulfil
body: užsakym* administravim* weight=1.5 concept=to-fulfil
body: paskyros administravim* weight=1.5 concept=to-administer
body: administruo* weight=1.5 concept=to-administer
body: administravim* weight=1.5 concept=to-administer
body: tobulin* weight=1.5 concept=to-improve
body: gerin* weight=1.5 concept=to-improve
body: naujų paslaugų kūrim* weight=2 concept=to-develop
body: kūrim* weight=1.5 concept=to-develop
body: suasmenin* weight=2 concept=to-personalise
body: personaliz* weight=2 concept=to-personalise
body: pritaiky* weight=1.5 concept=to-personalise
body: bendrauti su jumis weight=2 concept=to-communicate
body: komunikacij* su jumis weight=2 concept=to-communicate
body: siųst* jums weight=1 concept=to-send
body: siuntim* weight=1 concept=to-send
body: atsakyti į jūsų weight=1.5 concept=to-respond
body: atsakyti į weight=1.5 concept=to-respond
body: klientų aptarnavim* weight=1.5 concept=to-respond
body: analiz* weight=1 concept=to-analyse
body: statistik* weight=1 concept=to-analyse
body: trikčių šalinim* weight=2 concept=to-troubleshoot
body: diagnostik* weight=2 concept=to-troubleshoot
body: rinkos tyrim* weight=2 concept=research
body: tyrim* weight=1.5 concept=research
body: sukčiavim* weight=1.5 concept=to-prevent-fraud
body: mokėjim* administravim* weight=1.5 concept=to-process-transactions
body: mokėjimų apdorojim* weight=1.5 concept=to-process-transactions
body: finansinių operacijų weight=1 concept=to-process-transactions
body: teisės aktų reikalavimų vykdym* weight=1 concept=to-comply-with-law
body: teisinių prievolių vykdym* weight=1 concept=to-comply-with-law
# Inflected forms, compounds and GDPR wording real policies use.
heading: kokiais tikslais naudojame duomenis concept=how-we-use
heading: kokiais tikslais tvarkome asmens duomenis concept=purposes-of-processing
heading: duomenų tvarkymo tikslas concept=purposes-of-processing
heading: asmens duomenų tvarkymo tikslas concept=purposes-of-processing
heading: tvarkymo tikslas concept=purposes-of-processing
heading: duomenų naudojimo tikslai concept=purposes-of-processing
heading: automatizuot* sprendim* concept=automated-decision-making
heading: automatizuot* individual* sprendim* concept=automated-decision-making
heading: automatinis sprendim* concept=automated-decision-making

[legal-basis]
heading: teisinis pagrindas concept=legal-basis
heading: tvarkymo teisinis pagrindas concept=legal-basis
heading: asmens duomenų tvarkymo teisinis pagrindas concept=legal-basis
heading: asmens duomenų tvarkymo teisiniai pagrindai concept=legal-basis
heading: teisiniai pagrindai concept=legal-basis
heading: tvarkymo teisėtumas concept=legal-basis
heading: tvarkymo pagrindai concept=legal-basis
heading: kokiu pagrindu tvarkome jūsų duomenis concept=why-allowed
heading: kuo remdamiesi tvarkome jūsų duomenis concept=why-allowed
heading: kodėl galime tvarkyti jūsų duomenis concept=why-allowed
body: teisin* pagrind* weight=3 concept=legal-basis-term
body: tvarkymo pagrind* weight=2.5 concept=legal-basis-term
body: teisėt* interes* weight=3 concept=legitimate-interests
body: pagrindinės teisės ir laisvės weight=2.5 concept=balancing-test
body: interesų pusiausvyr* weight=3 concept=balancing-test
body: sutarties vykdym* weight=3 concept=performance-of-contract
body: sutarties sudarym* weight=2 concept=performance-of-contract
body: sutarties šalis weight=3 concept=performance-of-contract
body: teisin* prievol* weight=2.5 concept=legal-obligation
body: teisin* pareig* weight=2.5 concept=legal-obligation
body: gyvybin* interes* weight=3 concept=vital-interests
body: viešojo interes* weight=2.5 concept=public-interest
body: viešąjį interes* weight=2.5 concept=public-interest
body: 6 straipsn* weight=3 concept=article-6
body: 6 str. weight=3 concept=article-6
body: tvarkyti būtina weight=2.5 concept=processing-necessary
body: tvarkymas būtinas weight=2.5 concept=processing-necessary
body: remiantis weight=2 concept=on-the-basis-of
body: pagrindu weight=1.5 concept=on-the-basis-of
body: teisėt* weight=1 concept=lawful
body: sutikim* weight=1 concept=consent-as-basis
body: būtin* weight=0.5 concept=necessary

[consent]
heading: sutikimas concept=your-consent
heading: jūsų sutikimas concept=your-consent
heading: sutikimas tvarkyti asmens duomenis concept=your-consent
heading: sutikimas dėl duomenų tvarkymo concept=your-consent
heading: sutikimo atšaukimas concept=withdrawal-of-consent
heading: kaip atšaukti sutikimą concept=withdrawal-of-consent
heading: sutikimas ir jo atšaukimas concept=withdrawal-of-consent
heading: sutikimo davimas ir atšaukimas concept=withdrawal-of-consent
body: davėte sutikim* weight=2.5 concept=you-consent
body: duodate sutikim* weight=2.5 concept=you-consent
body: duoti sutikim* weight=2.5 concept=you-consent
body: savo sutikimą weight=2.5 concept=you-consent
body: atšauk* weight=3 concept=withdraw
body: persigalvot* weight=2 concept=change-your-mind
body: sutinkate weight=1.5 concept=you-agree
body: aišk* sutikim* weight=2.5 concept=explicit-consent
body: aiškiai išreikšt* weight=2.5 concept=explicit-consent
body: savanoriš* weight=2 concept=freely-given
body: laisva valia weight=2.5 concept=freely-given
body: laisvai duot* weight=2.5 concept=freely-given
body: pažymėdami weight=2 concept=opt-in
body: varnel* weight=2 concept=opt-in
body: leidim* weight=1.5 concept=permission
body: neturi poveikio weight=2.5 concept=without-affecting-lawfulness
body: teisėtumui weight=2.5 concept=without-affecting-lawfulness
body: iki sutikimo atšaukimo weight=2.5 concept=without-affecting-lawfulness
body: bet kuriuo metu weight=1 concept=at-any-time
body: bet kada weight=1 concept=at-any-time
# Inflected forms, compounds and GDPR wording real policies use.
heading: teisė atšaukti sutikimą concept=withdrawal-of-consent

[sharing]
heading: dalijimasis informacija concept=sharing-of-information
heading: dalijimasis duomenimis concept=sharing-of-information
heading: duomenų teikimas concept=sharing-of-information
heading: asmens duomenų teikimas concept=sharing-of-information
heading: kaip dalijamės jūsų informacija concept=how-we-share
heading: kaip dalijamės jūsų duomenimis concept=how-we-share
heading: informacija, kuria dalijamės concept=how-we-share
heading: su kuo dalijamės jūsų duomenimis concept=who-we-share-with
heading: kam teikiame jūsų duomenis concept=who-we-share-with
heading: kam perduodame jūsų asmens duomenis concept=who-we-share-with
heading: kam ir kada perduodame concept=who-we-share-with
heading: kam perduodame concept=who-we-share-with
heading: asmens duomenų gavėjai concept=who-we-share-with
heading: duomenų gavėjai concept=who-we-share-with
heading: gavėjai concept=who-we-share-with
heading: gavėjų kategorijos concept=who-we-share-with
heading: informacijos atskleidimas concept=disclosure-of-information
heading: asmens duomenų atskleidimas concept=disclosure-of-information
heading: asmens duomenų teikimas tretiesiems asmenims concept=disclosure-of-information
heading: duomenų perdavimas trečiosioms šalims concept=disclosure-of-information
heading: tretieji asmenys concept=third-parties
heading: trečiosios šalys concept=third-parties
heading: dalijimasis su trečiosiomis šalimis concept=third-parties
heading: paslaugų teikėjai concept=service-providers-heading
heading: duomenų tvarkytojai concept=service-providers-heading
heading: verslo perleidimas concept=business-transfers
heading: įmonės reorganizavimas concept=business-transfers
heading: savininko pasikeitimas concept=business-transfers
heading: teisiniai reikalavimai concept=legal-requests
heading: teisėsaugos institucijos concept=legal-requests
heading: ar parduodame jūsų duomenis concept=sale-of-information
heading: asmens duomenų pardavimas concept=sale-of-information
body: dalij* weight=2 concept=share
body: dalint* weight=2 concept=share
body: atskleid* weight=2.5 concept=disclose
body: perduodame weight=2 concept=disclose
body: perduod* weight=1.5 concept=disclose
body: perduos* weight=1.5 concept=disclose
body: perduoti weight=1.5 concept=disclose
body: teikiame weight=1.5 concept=disclose
body: trečiosioms šalims weight=1 concept=third-parties-term
body: trečiųjų šalių weight=1 concept=third-parties-term
body: trečiosios šalys weight=1 concept=third-parties-term
body: tretiesiems asmenims weight=1 concept=third-parties-term
body: trečiųjų asmenų weight=1 concept=third-parties-term
body: tretieji asmenys weight=1 concept=third-parties-term
body: paslaugų teikėj* weight=2 concept=service-providers
body: duomenų tvarkytoj* weight=2 concept=service-providers
body: tiekėj* weight=1.5 concept=service-providers
body: mūsų vardu weight=1.5 concept=on-our-behalf
body: mūsų pavedimu weight=1.5 concept=on-our-behalf
body: susijusi* įmon* weight=2 concept=affiliates
body: dukterin* įmon* weight=2 concept=affiliates
body: įmonių grup* weight=2 concept=affiliates
body: verslo partner* weight=1.5 concept=business-partners
body: partner* weight=1 concept=business-partners
body: gavėj* weight=2 concept=recipients
body: susijungim* weight=2.5 concept=corporate-transaction
body: įsigijim* weight=2.5 concept=corporate-transaction
body: bankrot* weight=2 concept=corporate-transaction
body: reorganizavim* weight=2 concept=corporate-transaction
body: verslo pardavim* weight=2.5 concept=corporate-transaction
body: teisėsaugos institucij* weight=2 concept=authorities
body: ikiteisminio tyrimo institucij* weight=2 concept=authorities
body: valstybės institucij* weight=1.5 concept=authorities
body: policij* weight=2 concept=authorities
body: teismo sprendim* weight=2 concept=legal-process
body: teismo nutart* weight=2.5 concept=legal-process
body: neparduodame weight=1.5 concept=sell
body: parduod* weight=1.5 concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: duomenų perdavimas tretiesiems asmenims concept=transfer-to-third-parties
heading: duomenų teikimas tretiesiems asmenims concept=transfer-to-third-parties
heading: perdavimas trečiosioms šalims concept=transfer-to-third-parties
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: mokėjimai weight=2 concept=payments-purchases
heading: mokėjimų apdorojimas weight=3 concept=payments-purchases
heading: pirkimai programėlėje weight=2 concept=payments-purchases
heading: prenumeratos weight=2 concept=payments-purchases
# Inflected forms, compounds and GDPR wording real policies use.
heading: partneriai concept=third-parties
heading: duomenų tvarkytojų naudojimas concept=service-providers-heading

[cookies]
heading: slapukai concept=cookies
heading: slapukų politika concept=cookies
heading: slapukų naudojimas concept=cookies
heading: kaip naudojame slapukus concept=cookies
heading: kaip mes naudojame slapukus concept=cookies
heading: cookies concept=cookies
heading: slapukai ir panašios technologijos concept=tracking-technologies
heading: slapukai ir kitos sekimo technologijos concept=tracking-technologies
heading: sekimo technologijos concept=tracking-technologies
heading: žiniatinklio švyturiai concept=web-beacons
heading: pikselių žymos concept=web-beacons
heading: žurnalo failai concept=log-files
heading: serverio žurnalai concept=log-files
heading: analitika concept=analytics
heading: analitikos įrankiai concept=analytics
body: slapuk* weight=3 concept=cookie
body: cookie* weight=3 concept=cookie
body: tekstin* fail* weight=2.5 concept=text-files
body: žiniatinklio švyturi* weight=3 concept=web-beacon
body: švyturėl* weight=3 concept=web-beacon
body: pikseli* weight=2.5 concept=web-beacon
body: sekimo technologij* weight=2.5 concept=tracking-technology
body: panaši* technologij* weight=2 concept=tracking-technology
body: sekim* weight=1.5 concept=tracking-technology
body: vietin* saugykl* weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: sesijos slapuk* weight=2 concept=cookie-lifetime
body: nuolatin* slapuk* weight=2 concept=cookie-lifetime
body: sesij* weight=1 concept=cookie-lifetime
body: būtin* slapuk* weight=2.5 concept=cookie-categories
body: funkcin* slapuk* weight=2 concept=cookie-categories
body: funkcionalumo slapuk* weight=2 concept=cookie-categories
body: našumo slapuk* weight=2 concept=cookie-categories
body: analitin* slapuk* weight=2 concept=cookie-categories
body: statistin* slapuk* weight=2 concept=cookie-categories
body: google analytics weight=2.5 concept=analytics-term
body: analitik* weight=2 concept=analytics-term
body: žurnalo fail* weight=2 concept=log-file
body: serverio žurnal* weight=2 concept=log-file
body: sdk weight=2 concept=sdk
body: piršto atspaud* weight=2.5 concept=fingerprinting
body: naršyklės nustatym* weight=1.5 concept=browser-settings
body: naršykl* weight=0.5 concept=browser
body: įrengin* weight=0.5 concept=device
# Inflected forms, compounds and GDPR wording real policies use.
heading: google analytics concept=analytics

[advertising]
heading: reklama concept=advertising
heading: reklama ir rinkodara concept=advertising
heading: rinkodara concept=marketing
heading: tiesioginė rinkodara concept=marketing
heading: rinkodaros pranešimai concept=marketing-communications
heading: naujienlaiškiai concept=marketing-communications
heading: naujienlaiškis concept=marketing-communications
heading: ar siųsime jums naujienas concept=marketing-communications
heading: ar mes siųsime jums naujienas concept=marketing-communications
heading: tikslinė reklama concept=interest-based-advertising
heading: personalizuota reklama concept=interest-based-advertising
heading: interesais pagrįsta reklama concept=interest-based-advertising
heading: trečiųjų šalių reklama concept=third-party-advertising
heading: reklamos tinklai concept=third-party-advertising
body: reklam* weight=2.5 concept=ads
body: reklamjuost* weight=2 concept=ads
body: reklamos tinkl* weight=3 concept=ad-networks
body: reklamos partner* weight=3 concept=ad-networks
body: tikslin* reklam* weight=2.5 concept=interest-based
body: personalizuot* reklam* weight=2.5 concept=interest-based
body: pagal interesus weight=2.5 concept=interest-based
body: elgsen* weight=2 concept=interest-based
body: pakartotin* rinkodar* weight=3 concept=retargeting
body: retarget* weight=3 concept=retargeting
body: remarketing* weight=3 concept=retargeting
body: naujienlaišk* weight=2.5 concept=marketing-messages
body: naujien* weight=1.5 concept=marketing-messages
body: rinkodaros pranešim* weight=2.5 concept=marketing-messages
body: reklamin* pranešim* weight=2.5 concept=marketing-messages
body: tiesiogin* rinkodar* weight=2 concept=marketing-purposes
body: rinkodaros tiksl* weight=2 concept=marketing-purposes
body: rinkodar* weight=1.5 concept=marketing-purposes
body: marketing* weight=1.5 concept=marketing-purposes
body: akcij* weight=1.5 concept=promotions
body: special* pasiūlym* weight=2 concept=promotions
body: pasiūlym* weight=1 concept=promotions
body: your online choices weight=2.5 concept=ad-industry-programs
body: network advertising initiative weight=3 concept=ad-industry-programs
body: digital advertising alliance weight=3 concept=ad-industry-programs
body: reklamos efektyvum* weight=2 concept=ad-measurement
body: kampanij* weight=1.5 concept=ad-measurement
body: interes* weight=0.5 concept=interests

[do-not-track]
heading: do not track concept=do-not-track
heading: do not track signalai concept=do-not-track
heading: nesekti concept=do-not-track
heading: kaip reaguojame į do not track signalus concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: visuotinė privatumo kontrolė concept=global-privacy-control
heading: pageidavimų signalai concept=preference-signals
heading: naršyklės signalai concept=preference-signals
body: dnt weight=3 concept=dnt-signal
body: do not track weight=3 concept=dnt-signal
body: nesekti weight=3 concept=dnt-signal
body: gpc weight=3 concept=gpc-signal
body: global privacy control weight=3 concept=gpc-signal
body: visuotin* privatumo kontrol* weight=3 concept=gpc-signal
body: pageidavimų signal* weight=3 concept=opt-out-preference-signal
body: naršyklės signal* weight=2.5 concept=opt-out-preference-signal
body: vienod* standart* weight=3 concept=no-uniform-standard
body: bendr* pramonės standart* weight=3 concept=no-uniform-standard
body: nereaguojame weight=2.5 concept=do-not-respond
body: nereaguoja weight=2 concept=do-not-respond
body: atpažį* weight=1.5 concept=honor-signals
body: gerbiame weight=1 concept=honor-signals
body: skirtingose svetainėse weight=2.5 concept=cross-site-tracking
body: laikui bėgant weight=2 concept=cross-site-tracking
body: naršykl* weight=0.5 concept=browser-dnt

[choices]
heading: jūsų pasirinkimai concept=your-choices
heading: jūsų pasirinkimo galimybės concept=your-choices
heading: jūsų galimybės concept=your-choices
heading: atsisakymas concept=opting-out
heading: kaip atsisakyti concept=opting-out
heading: nesutikimas su tvarkymu concept=opting-out
heading: nuostatų valdymas concept=managing-preferences
heading: komunikacijos nuostatos concept=managing-preferences
heading: privatumo nustatymai concept=managing-preferences
heading: nustatymų valdymas concept=managing-preferences
heading: prenumeratos atsisakymas concept=unsubscribing
heading: atsisakyti prenumeratos concept=unsubscribing
heading: atsisakymas gauti naujienlaiškius concept=unsubscribing
body: atsisak* weight=3 concept=opt-out
body: atsisakyti prenumeratos weight=3 concept=unsubscribe
body: prenumeratos atsisak* weight=3 concept=unsubscribe
body: nebegauti weight=3 concept=unsubscribe
body: prenumerat* weight=2 concept=unsubscribe
body: galite pasirinkti weight=2.5 concept=choose-not-to
body: pasirinkti nepateikti weight=2.5 concept=choose-not-to
body: nepateikti weight=2 concept=choose-not-to
body: atmest* weight=2 concept=decline
body: atmet* weight=2 concept=decline
body: reklamin* el. laišk* weight=2 concept=promotional-emails
body: rinkodaros laišk* weight=2 concept=promotional-emails
body: savo nuostat* weight=1.5 concept=preferences
body: komunikacijos nuostat* weight=1.5 concept=preferences
body: nustatym* weight=1.5 concept=settings
body: paskyros nustatym* weight=2 concept=settings
body: išjung* weight=2 concept=disable
body: deaktyvuo* weight=2 concept=disable
body: push pranešim* weight=2 concept=device-permissions
body: tiesiogin* pranešim* weight=2 concept=device-permissions
body: vietovės paslaug* weight=2 concept=device-permissions
body: kiekvieno laiško apačioje weight=1.5 concept=unsubscribe-link
body: laiško apačioje weight=1.5 concept=unsubscribe-link
body: negalėsite weight=1.5 concept=consequences-of-refusal
body: gali neveikti weight=1.5 concept=consequences-of-refusal
body: gau* weight=0.5 concept=receive

[rights]
heading: jūsų teisės concept=your-rights
heading: kokias teises jūs turite concept=your-rights
heading: kokias teises turite concept=your-rights
heading: duomenų subjekto teisės concept=your-rights
heading: duomenų subjektų teisės concept=your-rights
heading: jūsų, kaip duomenų subjekto, teisės concept=your-rights
heading: jūsų teisės į duomenų apsaugą concept=your-rights
heading: naudotojų teisės concept=your-rights
heading: teisių įgyvendinimas concept=exercising-rights
heading: jūsų teisių įgyvendinimas concept=exercising-rights
heading: kaip įgyvendinti savo teises concept=exercising-rights
heading: teisės ir prašymai concept=exercising-rights
heading: prieiga ir ištaisymas concept=access-and-correction
heading: susipažinimas su duomenimis concept=access-and-correction
heading: prieiga prie jūsų duomenų concept=access-and-correction
heading: duomenų ištaisymas ir ištrynimas concept=access-and-correction
heading: įgalioti atstovai concept=authorized-agents
body: teisė susipažinti weight=3 concept=right-of-access
body: susipažinti su weight=2.5 concept=right-of-access
body: teisė gauti prieigą weight=3 concept=right-of-access
body: prieig* weight=1.5 concept=access
body: ištaisy* weight=2 concept=rectification
body: netiksl* weight=2 concept=rectification
body: neteising* weight=1.5 concept=rectification
body: ištrin* weight=3 concept=erasure
body: ištryn* weight=3 concept=erasure
body: būti pamirštam weight=3 concept=erasure
body: perkeliamum* weight=3 concept=portability
body: kompiuterio skaitom* weight=2.5 concept=portability
body: teisė nesutikti weight=3 concept=right-to-object
body: nesutikti weight=2 concept=right-to-object
body: prieštarau* weight=2 concept=right-to-object
body: tvarkymo apribojim* weight=3 concept=restriction
body: apriboti tvarkym* weight=3 concept=restriction
body: aprib* weight=1.5 concept=restriction
body: skund* weight=2.5 concept=complaint-to-authority
body: priežiūros institucij* weight=3 concept=complaint-to-authority
body: valstybin* duomenų apsaugos inspekcij* weight=3 concept=complaint-to-authority
body: vdai weight=3 concept=complaint-to-authority
body: įgyvendin* weight=1.5 concept=exercise-rights
body: naudotis savo teisėmis weight=2 concept=exercise-rights
body: nustatyti jūsų tapatybę weight=2 concept=verify-identity
body: tapatybės patvirtinim* weight=2 concept=verify-identity
body: įgaliot* atstov* weight=2.5 concept=authorized-agent
body: diskrimin* weight=1.5 concept=non-discrimination
body: duomenų subjekt* weight=2 concept=data-subject-rights
body: kopij* weight=1 concept=copy-of-data
body: prašym* weight=0.3 concept=request
# Inflected forms, compounds and GDPR wording real policies use.
heading: teisė susipažinti su duomenimis concept=access-and-correction
heading: teisė susipažinti su savo asmens duomenimis concept=access-and-correction
heading: teisė susipažinti concept=access-and-correction
heading: teisė gauti prieigą concept=access-and-correction
heading: teisė reikalauti ištaisyti duomenis concept=access-and-correction
heading: teisė ištaisyti duomenis concept=access-and-correction
heading: teisė į duomenų ištaisymą concept=access-and-correction
heading: teisė reikalauti ištrinti duomenis concept=your-rights
heading: teisė ištrinti duomenis concept=your-rights
heading: teisė į duomenų ištrynimą concept=your-rights
heading: teisė būti pamirštam concept=your-rights
heading: teisė apriboti duomenų tvarkymą concept=your-rights
heading: teisė apriboti tvarkymą concept=your-rights
heading: teisė į duomenų perkeliamumą concept=your-rights
heading: duomenų perkeliamumas concept=your-rights
heading: teisė nesutikti concept=your-rights
heading: teisė nesutikti su duomenų tvarkymu concept=your-rights
heading: teisė pateikti skundą concept=your-rights
heading: skundų pateikimas concept=your-rights
heading: teisės concept=your-rights
heading: duomenų subjekto teisių įgyvendinimas concept=exercising-rights
body: teisė reikalauti ištaisyti weight=2
body: teisė reikalauti ištrinti weight=2
body: teisė būti pamirštam weight=2
body: teisė į duomenų perkeliamumą weight=2
body: valstybinė duomenų apsaugos inspekcij* weight=2

[retention]
heading: duomenų saugojimas concept=data-retention
heading: asmens duomenų saugojimas concept=data-retention
heading: informacijos saugojimas concept=data-retention
heading: saugojimo terminas concept=retention-period
heading: saugojimo terminai concept=retention-period
heading: duomenų saugojimo terminai concept=retention-period
heading: asmens duomenų saugojimo terminai concept=retention-period
heading: saugojimo laikotarpis concept=retention-period
heading: tvarkymo terminai concept=retention-period
heading: kiek laiko saugome jūsų duomenis concept=how-long-we-keep
heading: kiek laiko saugome jūsų asmens duomenis concept=how-long-we-keep
heading: kiek laiko saugome asmens duomenis concept=how-long-we-keep
heading: kiek laiko saugomi duomenys concept=how-long-we-keep
heading: duomenų laikymas ir saugojimas concept=storage-and-retention
heading: duomenų saugojimas ir ištrynimas concept=retention-and-deletion
heading: saugojimas ir sunaikinimas concept=retention-and-deletion
body: saugoj* weight=3 concept=retain
body: saugom* weight=2 concept=retain
body: ne ilgiau nei weight=3 concept=as-long-as-necessary
body: ne ilgiau, nei weight=3 concept=as-long-as-necessary
body: tiek, kiek būtina weight=3 concept=as-long-as-necessary
body: tiek, kiek reikia weight=3 concept=as-long-as-necessary
body: iki tol, kol weight=2 concept=as-long-as-necessary
body: nebereikaling* weight=2.5 concept=no-longer-needed
body: nebėra reikaling* weight=2.5 concept=no-longer-needed
body: laikom* weight=1.5 concept=keep
body: saugykl* weight=1 concept=store
body: termin* weight=2 concept=retention-criteria
body: laikotarp* weight=2 concept=retention-criteria
body: kriterij* weight=2 concept=retention-criteria
body: nuasmenin* weight=2 concept=anonymise
body: anonimiz* weight=2 concept=anonymise
body: sunaikin* weight=2 concept=destroy
body: naikin* weight=2 concept=destroy
body: archyv* weight=2 concept=archive
body: apskaitos dokument* weight=2.5 concept=legal-retention-requirements
body: buhalterin* apskait* weight=2 concept=legal-retention-requirements
body: senaties termin* weight=2.5 concept=legal-retention-requirements
body: neaktyv* weight=2 concept=inactive-accounts
body: metus weight=0.5 concept=years
body: metų weight=0.5 concept=years
# Inflected forms, compounds and GDPR wording real policies use.
heading: kiek laiko saugome concept=how-long-we-keep
heading: kiek laiko saugomi concept=how-long-we-keep
heading: saugojimo trukmė concept=retention-period
heading: duomenų saugojimo trukmė concept=retention-period
heading: kada ištriname duomenis weight=3 concept=retention-and-deletion
heading: duomenų sunaikinimas concept=retention-and-deletion

[security]
heading: saugumas concept=data-security
heading: duomenų saugumas concept=data-security
heading: informacijos saugumas concept=data-security
heading: asmens duomenų saugumas concept=data-security
heading: duomenų saugumas ir šifravimas concept=data-security
heading: saugumo priemonės concept=security-measures
heading: duomenų apsaugos priemonės concept=security-measures
heading: asmens duomenų apsaugos priemonės concept=security-measures
heading: kaip saugome jūsų duomenis concept=how-we-protect
heading: kaip mes saugome jūsų asmens duomenis concept=how-we-protect
heading: kaip saugome jūsų asmens duomenis concept=how-we-protect
heading: kaip apsaugome jūsų duomenis concept=how-we-protect
heading: jūsų duomenų apsauga concept=how-we-protect
body: saugum* weight=2 concept=secure
body: saugiai weight=2 concept=secure
body: saug* priemon* weight=2.5 concept=safeguards
body: apsaugos priemon* weight=2.5 concept=safeguards
body: šifruo* weight=3 concept=encryption
body: šifravim* weight=3 concept=encryption
body: užšifr* weight=3 concept=encryption
body: ssl weight=3 concept=encryption
body: tls weight=3 concept=encryption
body: neteisėt* prieig* weight=3 concept=unauthorized-access
body: neleistin* prieig* weight=3 concept=unauthorized-access
body: neįgaliot* prieig* weight=3 concept=unauthorized-access
body: praradim* weight=2.5 concept=loss-misuse-alteration
body: atsitiktin* weight=1.5 concept=loss-misuse-alteration
body: neteisėt* sunaikinim* weight=2.5 concept=loss-misuse-alteration
body: netinkam* naudojim* weight=2 concept=loss-misuse-alteration
body: technin* ir organizacin* priemon* weight=3 concept=technical-organisational-measures
body: organizacin* ir technin* priemon* weight=3 concept=technical-organisational-measures
body: organizacin* priemon* weight=2.5 concept=technical-organisational-measures
body: fizin* weight=1.5 concept=physical-safeguards
body: ugniasien* weight=3 concept=technical-controls
body: slaptažodž* weight=2 concept=technical-controls
body: prieigos kontrol* weight=2.5 concept=technical-controls
body: antivirus* weight=2.5 concept=technical-controls
body: asmens duomenų saugumo pažeidim* weight=3 concept=breach
body: duomenų saugumo pažeidim* weight=3 concept=breach
body: saugumo incident* weight=3 concept=breach
body: pažeidžiamum* weight=2.5 concept=breach
body: konfidencial* weight=1.5 concept=confidentiality
body: negalime garantuoti weight=2.5 concept=no-guarantee
body: visiškai saug* weight=2.5 concept=no-guarantee
body: savo rizika weight=2.5 concept=no-guarantee
body: joks duomenų perdavimo internetu būdas weight=3 concept=no-guarantee
body: pramonės standart* weight=2 concept=industry-standard
body: apsaug* weight=1 concept=protect
body: užtikrin* weight=0.5 concept=ensure
body: garantuo* weight=0.5 concept=ensure
# Inflected forms, compounds and GDPR wording real policies use.
heading: techninės ir organizacinės priemonės concept=security-measures
heading: asmens duomenų apsauga concept=how-we-protect
heading: asmens duomenų saugumo pažeidimas concept=data-security
heading: saugumo incidentai concept=data-security
# Inflected forms, compounds and GDPR wording real policies use.
heading: kaip apsaugome duomenis concept=how-we-protect
heading: informacijos saugumo priemonės concept=security-measures
heading: duomenų saugumo incidentai concept=data-security

[children]
heading: vaikai concept=childrens-privacy
heading: vaikų privatumas concept=childrens-privacy
heading: vaikų privatumo apsauga concept=childrens-privacy
heading: vaikų asmens duomenys concept=childrens-privacy
heading: vaikų duomenys concept=childrens-privacy
heading: informacija apie vaikus concept=childrens-privacy
heading: vaikai iki 16 metų concept=age-limits
heading: asmenys iki 16 metų concept=age-limits
heading: amžiaus apribojimai concept=age-limits
heading: amžiaus apribojimas concept=age-limits
heading: nepilnamečiai concept=minors
heading: nepilnamečių asmens duomenys concept=minors
heading: paslaugų naudojimas nepilnamečiams concept=minors
body: vaik* weight=3 concept=children
body: nepilnameč* weight=2.5 concept=minors-teens
body: paaugl* weight=2.5 concept=minors-teens
body: jaunesni* nei weight=2.5 concept=age-threshold
body: jaunesn* weight=2 concept=age-threshold
body: metų amžiaus weight=2.5 concept=age-threshold
body: nesulauk* weight=2.5 concept=age-threshold
body: sulauk* weight=2 concept=age-threshold
body: tėv* weight=2.5 concept=parents-guardians
body: globėj* weight=2.5 concept=parents-guardians
body: rūpintoj* weight=2.5 concept=parents-guardians
body: įstatymin* atstov* weight=2.5 concept=parents-guardians
body: tėvų sutikim* weight=3 concept=parental-consent
body: tėvų ar globėjų sutikim* weight=3 concept=parental-consent
body: coppa weight=3 concept=coppa
body: sąmoningai nerenkame weight=3 concept=knowingly-collect
body: sąmoningai weight=2.5 concept=knowingly-collect
body: nėra skirt* weight=2 concept=not-directed-to-children
body: neskirt* weight=2 concept=not-directed-to-children
body: jei sužinosime weight=2 concept=if-we-learn
body: jei paaiškėtų weight=2 concept=if-we-learn
body: amži* weight=1.5 concept=age
body: nepilnametis weight=0.5 concept=minor

[international]
heading: tarptautinis duomenų perdavimas concept=international-transfers
heading: tarpvalstybinis duomenų perdavimas concept=international-transfers
heading: duomenų perdavimas į trečiąsias valstybes concept=international-transfers
heading: asmens duomenų perdavimas į trečiąsias valstybes concept=international-transfers
heading: duomenų perdavimas už eee ribų concept=international-transfers
heading: duomenų perdavimas už es ribų concept=international-transfers
heading: duomenų perdavimas concept=data-transfers
heading: asmens duomenų perdavimas concept=data-transfers
heading: informacijos perdavimas concept=data-transfers
heading: kur saugome jūsų duomenis concept=where-we-store
heading: kur saugomi jūsų duomenys concept=where-we-store
heading: duomenų tvarkymo vieta concept=where-we-store
heading: duomenų saugojimo vieta concept=where-we-store
body: perdavim* weight=1.5 concept=transfer
body: perduodami weight=1.5 concept=transfer
body: tarpvalstybin* weight=3 concept=cross-border
body: treč* valstyb* weight=3 concept=other-countries
body: kit* valstyb* weight=2.5 concept=other-countries
body: kitose šalyse weight=2 concept=other-countries
body: už jūsų šalies ribų weight=2.5 concept=other-countries
body: už es ribų weight=2.5 concept=eea
body: už eee ribų weight=3 concept=eea
body: europos ekonomin* erdv* weight=2 concept=eea
body: eee weight=2 concept=eea
body: jungtin* amerikos valstij* weight=1.5 concept=united-states
body: jav weight=1.5 concept=united-states
body: standartin* sutarčių sąlyg* weight=3 concept=transfer-safeguards
body: įmonei privalom* taisykl* weight=3 concept=transfer-safeguards
body: tinkam* apsaugos priemon* weight=2.5 concept=transfer-safeguards
body: sprendim* dėl tinkamumo weight=3 concept=adequacy
body: tinkam* apsaugos lyg* weight=2.5 concept=adequacy
body: data privacy framework weight=3 concept=privacy-frameworks
body: privacy shield weight=3 concept=privacy-frameworks
body: žemesn* apsaugos lyg* weight=2 concept=less-protective
body: jurisdikcij* weight=2 concept=jurisdictions
body: serveriai yra weight=2.5 concept=server-location
body: serveriuose weight=2 concept=server-location
body: visame pasaulyje weight=1.5 concept=around-the-world
# Inflected forms, compounds and GDPR wording real policies use.
heading: duomenų perdavimas už europos sąjungos ribų concept=international-transfers
heading: asmens duomenų perdavimas už eee ribų concept=international-transfers
heading: perdavimas į trečiąsias šalis concept=international-transfers
heading: duomenų perdavimas į trečiąsias šalis concept=international-transfers
heading: kur tvarkomi duomenys concept=where-we-store
heading: serverių vieta concept=where-we-store

[regional]
heading: kalifornijos gyventojams concept=california
heading: kalifornijos gyventojai concept=california
heading: jūsų privatumo teisės kalifornijoje concept=california
heading: nevados gyventojai concept=us-state-rights
heading: jav valstijų gyventojų teisės concept=us-state-rights
heading: informacija jav valstijų gyventojams concept=us-state-rights
heading: informacija eee naudotojams concept=eea-gdpr-notice
heading: naudotojams europos sąjungoje concept=eea-gdpr-notice
heading: naudotojai iš europos ekonominės erdvės concept=eea-gdpr-notice
heading: atitiktis bdar concept=eea-gdpr-notice
heading: nuostatos konkrečioms jurisdikcijoms concept=jurisdiction-specific
heading: papildoma informacija tam tikroms jurisdikcijoms concept=jurisdiction-specific
heading: regioninės nuostatos concept=jurisdiction-specific
body: kaliforn* weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: shine the light weight=3 concept=california-law
body: kalifornijos civilin* kodeks* weight=2.5 concept=california-law
body: nevad* weight=3 concept=us-states
body: virdžin* weight=3 concept=us-states
body: kolorad* weight=3 concept=us-states
body: konektikut* weight=3 concept=us-states
body: gyventoj* weight=2 concept=residents
body: rezident* weight=2 concept=residents
body: vartotoj* weight=0.5 concept=consumers
body: neparduoti weight=3 concept=do-not-sell
body: parduoti ar dalytis weight=3 concept=do-not-sell
body: pardavim* ar dalijim* weight=3 concept=do-not-sell
body: tarpkontekstin* elgsen* reklam* weight=3 concept=cross-context-advertising
body: finansin* paskat* weight=3 concept=financial-incentives
body: per pastaruosius 12 mėnesių weight=3 concept=preceding-12-months
body: per ankstesnius 12 mėnesių weight=3 concept=preceding-12-months
body: per pastaruosius dvylika mėnesių weight=3 concept=preceding-12-months
body: bdar weight=2.5 concept=eu-gdpr
body: gdpr weight=2.5 concept=eu-gdpr
body: europos sąjung* weight=2 concept=eu-gdpr
body: brazilij* weight=2 concept=brazil-lgpd
body: lgpd weight=3 concept=brazil-lgpd
body: kanad* weight=2 concept=canada-pipeda
body: pipeda weight=3 concept=canada-pipeda
body: valstij* weight=0.5 concept=state
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
heading: trečiųjų šalių svetainės concept=third-party-websites
heading: trečiųjų asmenų svetainės concept=third-party-websites
heading: kitos svetainės concept=third-party-websites
heading: nuorodos į kitas svetaines concept=links-to-other-sites
heading: nuorodos į trečiųjų šalių svetaines concept=links-to-other-sites
heading: išorinės nuorodos concept=links-to-other-sites
heading: trečiųjų šalių nuorodos concept=links-to-other-sites
heading: trečiųjų šalių paslaugos concept=third-party-services
heading: trečiųjų asmenų paslaugos concept=third-party-services
heading: socialinių tinklų papildiniai concept=social-media-plugins
heading: socialiniai tinklai concept=social-media-plugins
heading: socialinių tinklų paskyros concept=social-media-plugins
heading: trečiųjų šalių privatumo politikos weight=2 concept=third-party-privacy-policies
heading: trečiųjų asmenų privatumo politikos weight=2 concept=third-party-privacy-policies
body: nuorod* weight=2.5 concept=links
body: hipernuorod* weight=3 concept=links
body: kit* svetain* weight=2.5 concept=other-sites
body: išorin* svetain* weight=2.5 concept=other-sites
body: trečiųjų šalių svetain* weight=2.5 concept=other-sites
body: trečiųjų asmenų svetain* weight=2.5 concept=other-sites
body: trečiųjų šalių program* weight=2 concept=third-party-applications
body: trečiųjų šalių paslaug* weight=2.5 concept=third-party-applications
body: neatsakome weight=3 concept=not-responsible
body: neprisiimame atsakomyb* weight=3 concept=not-responsible
body: nekontroliuojame weight=3 concept=not-responsible
body: negalime kontroliuoti weight=2.5 concept=not-responsible
body: savo atskirą privatumo politik* weight=3 concept=their-privacy-policies
body: savo privatumo politik* weight=3 concept=their-privacy-policies
body: jų privatumo politik* weight=3 concept=their-privacy-policies
body: rekomenduojame weight=2.5 concept=encourage-review
body: raginame weight=2 concept=encourage-review
body: palikę mūsų weight=2.5 concept=leave-our-site
body: išeinate iš mūsų weight=2.5 concept=leave-our-site
body: papildin* weight=2.5 concept=plugins
body: įskiep* weight=2.5 concept=plugins
body: valdikl* weight=2.5 concept=plugins
body: turin* weight=0.5 concept=content
body: peržiūrėt* weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: socialinė žiniasklaida concept=social-media-presence
heading: socialiniuose tinkluose concept=social-media-presence
heading: socialinė medija concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: trečiųjų šalių renkami duomenys concept=third-party-data-collection
heading: trečiųjų asmenų renkama informacija concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: tinklo ryšiai weight=2 concept=network-connections
heading: tinklo jungtys weight=2 concept=network-connections
heading: tinklo užklausos weight=2 concept=network-connections
heading: išoriniai ryšiai weight=2 concept=network-connections
heading: palieka jūsų įrenginį weight=2 concept=network-connections
heading: išeina iš jūsų įrenginio weight=2 concept=network-connections
heading: siunčiam* internetu weight=2 concept=network-connections
heading: siunčiami už įrenginio ribų weight=2 concept=network-connections
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
heading: įterptas turinys concept=third-party-services
heading: trečiųjų šalių turinys concept=third-party-services
heading: trečiųjų šalių bibliotekos concept=third-party-services
heading: trečiųjų šalių įrankiai concept=third-party-services
heading: išorinės paslaugos concept=third-party-services
heading: išorinės svetainės concept=third-party-websites
heading: sinchronizavimas debesyje concept=third-party-services
heading: sinchronizavimas ir atsarginės kopijos concept=third-party-services

[changes]
heading: privatumo politikos pakeitimai concept=changes-to-policy
heading: šios politikos pakeitimai concept=changes-to-policy
heading: politikos pakeitimai concept=changes-to-policy
heading: privatumo politikos keitimas concept=changes-to-policy
heading: pakeitimai concept=changes-to-policy
heading: privatumo politikos atnaujinimai concept=policy-updates
heading: politikos atnaujinimas concept=policy-updates
heading: atnaujinimai concept=policy-updates
heading: pranešimas apie pakeitimus concept=notification-of-changes
heading: informavimas apie pakeitimus concept=notification-of-changes
heading: pakeitimai ir papildymai concept=amendments
heading: baigiamosios nuostatos concept=amendments
heading: įsigaliojimas concept=entry-into-force
heading: įsigaliojimo data concept=entry-into-force
body: pakeit* weight=1.5 concept=change-update
body: keist* weight=1.5 concept=change-update
body: keisis weight=1.5 concept=change-update
body: atnaujin* weight=2 concept=change-update
body: papildy* weight=1.5 concept=change-update
body: įsigalioja weight=3 concept=effective-date
body: įsigalioj* weight=2.5 concept=effective-date
body: galioja nuo weight=3 concept=effective-date
body: paskutinį kartą atnaujint* weight=3 concept=effective-date
body: paskutinė atnaujinimo data weight=3 concept=effective-date
body: laikas nuo laiko weight=2.5 concept=from-time-to-time
body: reguliariai weight=1.5 concept=from-time-to-time
body: periodiškai weight=1.5 concept=from-time-to-time
body: esmin* pakeitim* weight=3 concept=material-changes
body: toliau naudodamiesi weight=3 concept=continued-use
body: tęsdami naudojimąsi weight=3 concept=continued-use
body: reguliariai peržiūrėti weight=2.5 concept=check-back
body: reguliariai apsilankyti weight=2.5 concept=check-back
body: naujausi* versij* weight=2 concept=latest-version
body: aktuali* versij* weight=2 concept=latest-version
body: nedelsiant weight=1.5 concept=effective-immediately
body: pasiliekame teisę weight=2 concept=reserve-the-right
body: informuosime jus weight=1.5 concept=notify-you
body: jus informuosime weight=1.5 concept=notify-you
body: paskelb* weight=1 concept=posting
body: versij* weight=1 concept=version
body: pranešim* weight=0.5 concept=notice
# Inflected forms, compounds and GDPR wording real policies use.
heading: privatumo politikos pakeitimai ir atnaujinimai concept=changes-to-policy
heading: paskutinį kartą atnaujinta concept=entry-into-force

[contact]
heading: kontaktai concept=contact-us
heading: susisiekite su mumis concept=contact-us
heading: susisiekimas concept=contact-us
heading: kaip su mumis susisiekti concept=how-to-contact
heading: kaip susisiekti su mumis concept=how-to-contact
heading: kontaktinė informacija concept=contact-information
heading: kontaktiniai duomenys concept=contact-information
heading: mūsų kontaktai concept=contact-information
heading: klausimai concept=questions
heading: klausimai ir pasiūlymai concept=questions
heading: klausimai ir prašymai concept=questions
heading: duomenų apsaugos pareigūnas concept=data-protection-officer
heading: duomenų apsaugos pareigūno kontaktai concept=data-protection-officer
body: susisiekite su mumis weight=3 concept=please-contact
body: susisiekite weight=2.5 concept=please-contact
body: rašykite mums weight=3 concept=please-contact
body: galite susisiekti weight=3 concept=please-contact
body: kreipkitės weight=3 concept=please-contact
body: klausim* weight=2.5 concept=questions-comments
body: pastab* weight=1.5 concept=questions-comments
body: nusiskundim* weight=1.5 concept=questions-comments
body: duomenų apsaugos pareigūn* weight=3 concept=dpo
body: dpo weight=3 concept=dpo
body: juridinio asmens kodas weight=2 concept=postal-address
body: įmonės kodas weight=2 concept=postal-address
body: buveinės adres* weight=2 concept=postal-address
body: telefon* weight=1.5 concept=telephone
body: el. paštu weight=1.5 concept=by-email
body: elektroniniu paštu weight=1.5 concept=by-email
body: klientų aptarnavimo skyri* weight=1.5 concept=customer-service
body: klientų aptarnavimo centr* weight=1.5 concept=customer-service
body: adres* weight=0.3 concept=address
# Inflected forms, compounds and GDPR wording real policies use.
heading: duomenų valdytojas concept=contact-information

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
