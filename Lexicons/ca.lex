# Catalan lexicon (Catalonia, Valencian Community, Balearic Islands, Andorra; also the
# Catalan versions of Spanish and Andorran companies' policies).
# Legal vocabulary: the official Catalan text of the GDPR, "Reglament general de protecció
# de dades" (RGPD, Reglament (UE) 2016/679): "responsable del tractament", "encarregat del
# tractament", "interessat", "limitació del tractament", "portabilitat", "dret d'oposició",
# "autoritat de control", "delegat de protecció de dades" (DPD); and the Spanish organic law
# LOPDGDD, "Llei orgànica 3/2018 de protecció de dades personals i garantia dels drets
# digitals". Supervisory authorities: Autoritat Catalana de Protecció de Dades (APDCAT) and
# the Agència Espanyola de Protecció de Dades (AEPD); Andorra: APDA.
# Conventions: policies address the reader formally ("vostè": "les seves dades") or
# informally ("tu": "les teves dades", "vosaltres": "les vostres dades"); all three are
# listed where they differ. Standard (IEC) spelling with Valencian forms where common
# ("aquest/este", "servei/servici" are not both listed: the IEC form is). The middle dot of
# "l·l" is written as in text ("sol·licitud"). Elided articles ("l'usuari", "d'accés")
# stay one word for the tokenizer, so frequent elided forms are listed as such.
@language ca
@name Catalan
@fold-accents no            # accents tell words apart in Catalan: "és" (is) / "es",
# "més" (more) / "mes" (month), "són" (are) / "son", "ús" (use) / "us" (you), "què" / "que".
# Keeping them also stops Spanish "es", "más", "será" from matching Catalan profile words.

[profile]
# Function words first, then words frequent in privacy policies. weight=3 marks words that
# tell Catalan from Spanish, French, Italian and Portuguese (which share Latin script and
# many words): els, dels, als, amb, perquè, aquest*, nostre*, és, són, també, següents,
# mitjançant, dades, informació. Words Spanish or French write the same way ("de", "la",
# "que", "en", "sobre", "entre", "cas", "mesures") stay at 1 or 0.5.
el
la
els weight=3
les                          # also French article and Spanish pronoun
de
del weight=0.5               # also Spanish and Italian
dels weight=3
al weight=0.5                # also Spanish
als weight=2                 # also German "als"
i weight=2                   # "and"; Italian article "i"
o
a
en weight=0.5
amb weight=3
per weight=0.5               # also Italian
que
què weight=3
un
una weight=0.5
uns weight=3
unes weight=3
aquest weight=3
aquesta weight=3
aquests weight=3
aquestes weight=3
aquell weight=3
aquells weight=3
nostre weight=3
nostra weight=1              # also Italian
nostres weight=3
vostre weight=3
vostra weight=3
vostres weight=3
seu weight=1                 # also Portuguese
seva weight=3
seus weight=1                # also Portuguese
seves weight=3
teu weight=2
teva weight=3
teves weight=3
vostè weight=3
vostès weight=3
nosaltres weight=3
ens weight=3
us weight=1.5                # also English "us"
hi weight=3
ho weight=3
li weight=2
es
se weight=0.5
és weight=3
són weight=3
ser weight=0.5
estar weight=0.5
ha
han
hem weight=3
heu weight=3
hagi weight=3
pot weight=3
poden weight=3
podem weight=3
pugui weight=3
puguin weight=3
serà weight=3
seran weight=3
tenen weight=3
també weight=3
però weight=3
perquè weight=3
sense weight=2               # also English "sense"
sobre weight=0.5
entre weight=0.5
fins weight=3
mitjançant weight=3
durant weight=1.5            # also French
segons weight=3
qualsevol weight=3
altres weight=3
altre weight=3
cada weight=0.5
tot weight=2
tots weight=3
tota weight=3
totes weight=3
com weight=0.5               # also Portuguese "com" (with)
quan weight=3
on weight=0.5
si
ni
més weight=3
molt weight=3
així weight=3
només weight=3
sempre weight=0.5
doncs weight=3
llevat weight=3
mentre weight=3
dins weight=3
cap weight=2
quina weight=3
quines weight=3
quins weight=3
quin weight=3
qui weight=0.5               # also French and Italian
no weight=0.5
# words frequent in privacy policies
dades weight=3
personals weight=3
informació weight=3
política weight=0.5          # same spelling in Spanish
privadesa weight=3
privacitat weight=3
protecció weight=3
tractament weight=3
tractem weight=3
responsable weight=0.5
encarregat weight=3
interessat weight=3
interessats weight=3
usuari weight=3
usuaris weight=3
tercers weight=3
drets weight=3
dret weight=2
consentiment weight=3
finalitat weight=3
finalitats weight=3
legítim weight=3
interès weight=3
accés weight=3
sol·licitud weight=3
correu weight=3
electrònic weight=3
adreça weight=3
compte weight=2
lloc weight=3
web weight=0.5
serveis weight=3
servei weight=3
productes weight=2
empresa weight=0.5
mesures weight=0.5           # same spelling in French
seguretat weight=3
conservar weight=0.5
conservarem weight=3
necessari weight=3
necessàries weight=3
clients weight=1
ús weight=3
utilitzar weight=3
utilitzem weight=3
recollir weight=3
recollim weight=3
facilitar weight=0.5
relació weight=3
contacte weight=3
següents weight=3
nom weight=1                 # also French
telèfon weight=3
termini weight=1.5           # Italian "termini" (terms)
dispositiu weight=3
obligació weight=3
contracte weight=3
rebre weight=3
exercir weight=3
llei weight=3
cookies weight=0.5
navegador weight=0.5
legal weight=0.5
destinataris weight=3
cessió weight=3
supressió weight=3
oposició weight=3
limitació weight=3
portabilitat weight=3
autoritat weight=3

[units]
year: any, anys
month: mes, mesos
week: setmana, setmanes
day: dia, dies
hour: hora, hores
minute: minut, minuts
business-day: dia hàbil, dies hàbils, dia laborable, dies laborables, dia feiner, dies feiners

[numbers]
1: un, una
2: dos, dues
3: tres
4: quatre
5: cinc
6: sis
7: set
8: vuit
9: nou
10: deu
11: onze
12: dotze
13: tretze
14: catorze
15: quinze
16: setze
18: divuit
20: vint
24: vint-i-quatre
30: trenta
45: quaranta-cinc
60: seixanta
90: noranta
100: cent

[references]
gdpr: rgpd, reglament general de protecció de dades, reglament (ue) 2016/679, reglament europeu de protecció de dades, gdpr, 2016/679
# Spanish Organic Law 3/2018 (LOPDGDD). The id must match the English lexicon's id for the
# same law when English gains one (es.lex does not list it yet).
es-lopdgdd: lopdgdd, lopd, llei orgànica 3/2018, llei orgànica de protecció de dades personals i garantia dels drets digitals, llei orgànica de protecció de dades, 3/2018
ccpa: ccpa, llei de privadesa del consumidor de califòrnia, california consumer privacy act
cpra: cpra, california privacy rights act
coppa: coppa, llei de protecció de la privadesa infantil en línia
lgpd: lgpd, llei general de protecció de dades del brasil, lei geral de proteção de dados
pipeda: pipeda, personal information protection and electronic documents act

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
termes d'ús
condicions d'ús
termes i condicions
condicions generals
termes del servei
condicions del servei
llei aplicable
legislació aplicable
llei aplicable i jurisdicció
legislació aplicable i jurisdicció
jurisdicció
jurisdicció competent
divisibilitat
nul·litat parcial
acord íntegre
renúncia
força major
exempció de responsabilitat
exclusió de responsabilitat
limitació de responsabilitat
traduccions
traducció
altres traduccions
versions lingüístiques
prevalença de la versió anglesa
la versió anglesa prevaldrà
la versió catalana prevaldrà
llicència
drets d'autor
copyright
agraïments
índex
taula de continguts
seccions

# ---------------------------------------------------------------------------------------
# Sections.
propietat intel·lectual

[intro]
heading: introducció concept=introduction
heading: informació general concept=introduction
heading: preàmbul concept=introduction
heading: resum concept=summary
heading: en resum concept=summary
heading: informació bàsica concept=summary
heading: informació bàsica sobre protecció de dades concept=summary
heading: sobre aquesta política concept=about-this-policy
heading: sobre aquesta política de privadesa concept=about-this-policy
heading: objecte concept=about-this-policy
heading: objecte de la política concept=about-this-policy
heading: sobre aquest avís concept=about-this-policy
heading: àmbit d'aplicació concept=scope
heading: abast concept=scope
heading: abast d'aquesta política concept=scope
heading: a qui s'aplica aquesta política concept=scope
heading: qui som concept=who-we-are
heading: sobre nosaltres concept=who-we-are
heading: responsable del tractament concept=who-we-are
heading: identitat del responsable concept=who-we-are
heading: qui és el responsable del tractament de les seves dades concept=who-we-are
heading: qui és el responsable del tractament de les teves dades concept=who-we-are
heading: el nostre compromís amb la privadesa concept=commitment-to-privacy
heading: compromís amb la privadesa concept=commitment-to-privacy
heading: acceptació concept=acceptance
heading: acceptació d'aquesta política concept=acceptance
heading: acceptació de la política de privadesa concept=acceptance
heading: política de privadesa weight=0.5 concept=privacy-policy-title
heading: política de privacitat weight=0.5 concept=privacy-policy-title
heading: política de protecció de dades weight=0.5 concept=privacy-policy-title
heading: avís de privadesa weight=0.5 concept=privacy-policy-title
heading: declaració de privadesa weight=0.5 concept=privacy-policy-title
heading: en poques paraules concept=summary
body: aquesta política descriu concept=policy-describes
body: aquesta política explica concept=policy-describes
body: aquesta política de privadesa descriu concept=policy-describes
body: descriu weight=1 concept=policy-describes
body: explica com weight=1.5 concept=policy-describes
body: s'aplica weight=1.5 concept=policy-applies-to
body: s'aplica a concept=policy-applies-to
body: no s'aplica concept=policy-applies-to
body: en utilitzar concept=by-using
body: en accedir concept=by-using
body: en visitar concept=by-using
body: si utilitzeu concept=by-using
body: accept* concept=acceptance-of-policy
body: si no hi està d'acord concept=if-you-do-not-agree
body: si no estàs d'acord concept=if-you-do-not-agree
body: si no hi esteu d'acord concept=if-you-do-not-agree
body: ens comprometem concept=committed-to-privacy
body: respectem la seva privadesa concept=committed-to-privacy
body: respectem la teva privadesa concept=committed-to-privacy
body: d'ara endavant concept=referred-to-as
body: en endavant concept=referred-to-as
body: condicions d'ús concept=terms-of-use
body: termes i condicions concept=terms-of-use
body: avís legal concept=terms-of-use
body: llegiu atentament concept=please-read
body: llegeix atentament concept=please-read
body: aquesta política de privadesa weight=0.5 concept=this-privacy-policy
body: aquesta política de privacitat weight=0.5 concept=this-privacy-policy
body: la present política weight=0.5 concept=this-privacy-policy
body: privadesa weight=0.3 concept=privacy
body: privacitat weight=0.3 concept=privacy
body: lloc web weight=0.3 concept=website
body: web weight=0.3 concept=website
body: aplicació weight=0.3 concept=website
body: serveis weight=0.3 concept=services
body: empresa weight=0.3 concept=company

[definitions]
heading: definicions concept=definitions
heading: definició de termes concept=definitions
heading: termes definits concept=key-terms
heading: glossari concept=key-terms
heading: conceptes concept=key-terms
heading: termes utilitzats en aquesta política concept=key-terms
heading: interpretació concept=interpretation
heading: interpretació i definicions concept=interpretation
heading: què entenem per concept=what-we-mean-by
heading: a què ens referim amb concept=what-we-mean-by
body: significa weight=2 concept=means
body: s'entén per concept=means
body: s'entendrà per concept=means
body: tindrà el significat concept=means
body: es refereix a concept=refers-to
body: fa referència a concept=refers-to
body: les definicions següents concept=defined-terms-intro
body: les següents definicions concept=defined-terms-intro
body: el terme weight=2 concept=defined-terms-intro
body: definici* weight=2 concept=defined-terms-intro
body: a efectes d'aquesta política concept=as-used-in-this-policy
body: als efectes d'aquesta política concept=as-used-in-this-policy
body: a l'efecte d'aquesta política concept=as-used-in-this-policy
body: dades personals significa concept=personal-data-means
body: tota informació sobre concept=personal-data-means
body: qualsevol informació sobre concept=personal-data-means
body: persona física identificada o identificable concept=identifiable-person
body: identificada o identificable concept=identifiable-person
body: persona física weight=2 concept=identifiable-person
body: d'ara endavant concept=hereinafter
body: en endavant concept=hereinafter
body: responsable del tractament concept=gdpr-roles
body: encarregat del tractament concept=gdpr-roles
body: interessat concept=gdpr-roles
body: l'interessat concept=gdpr-roles
body: inclou weight=0.5 concept=includes
body: usuari weight=0.3 concept=user
body: l'usuari weight=0.3 concept=user
body: dades personals weight=0.2 concept=personal-data

[collection]
heading: informació que recollim concept=what-we-collect
heading: quina informació recollim concept=what-we-collect
heading: dades que recollim concept=what-we-collect
heading: quines dades recollim concept=what-we-collect
heading: dades personals que tractem concept=what-we-collect
heading: quines dades personals tractem concept=what-we-collect
heading: dades recollides concept=what-we-collect
heading: informació que podem recollir concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: permisos concept=what-we-collect
heading: permisos de l'aplicació concept=what-we-collect
heading: recollida de dades concept=collection-of-information
heading: recollida d'informació concept=collection-of-information
heading: recollida de dades personals concept=collection-of-information
heading: obtenció de dades concept=collection-of-information
heading: procedència de les dades concept=sources-of-information
heading: origen de les dades concept=sources-of-information
heading: fonts de les dades concept=sources-of-information
heading: com hem obtingut les seves dades concept=sources-of-information
heading: informació que ens proporciona concept=information-you-provide
heading: informació que ens facilita concept=information-you-provide
heading: dades que ens facilita concept=information-you-provide
heading: dades que ens facilites concept=information-you-provide
heading: formulari de contacte weight=3 concept=information-you-provide
heading: informació recollida automàticament concept=collected-automatically
heading: dades recollides automàticament concept=collected-automatically
heading: informació que recollim automàticament concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: es queda al vostre dispositiu weight=2 concept=on-device-data
heading: es queda al teu dispositiu weight=2 concept=on-device-data
heading: processades localment weight=2 concept=on-device-data
heading: tractades localment weight=2 concept=on-device-data
heading: dades emmagatzemades localment weight=2 concept=on-device-data
heading: processament local weight=2 concept=on-device-data
heading: processament al dispositiu weight=2 concept=on-device-data
heading: com recollim la informació concept=how-we-collect
heading: com recollim les seves dades concept=how-we-collect
heading: com obtenim les seves dades concept=how-we-collect
heading: categories de dades concept=categories-of-data
heading: categories de dades personals concept=categories-of-data
heading: tipus de dades concept=categories-of-data
body: recoll* weight=2 concept=we-collect
body: recopil* weight=2 concept=we-collect
body: obten* weight=1 concept=we-collect
body: obtenim concept=we-collect
body: ens proporciona concept=you-provide
body: ens proporciones concept=you-provide
body: ens facilita concept=you-provide
body: ens facilites concept=you-provide
body: ens faciliteu concept=you-provide
body: automàticament concept=automatically
body: de forma automàtica concept=automatically
body: categories de dades concept=data-categories
body: categories de dades personals concept=data-categories
body: fonts weight=1.5 concept=sources
body: fonts accessibles al públic concept=publicly-available
body: fonts d'accés públic concept=publicly-available
body: públicament disponible* concept=publicly-available
body: nom weight=1 concept=name
body: nom i cognoms weight=1.5 concept=name
body: adreça de correu electrònic concept=contact-details
body: número de telèfon concept=contact-details
body: adreça postal concept=contact-details
body: adreça ip concept=device-data
body: tipus de navegador concept=device-data
body: sistema operatiu concept=device-data
body: identificador* del dispositiu concept=device-data
body: geolocalització concept=location-data
body: dades de localització concept=location-data
body: dades d'ubicació concept=location-data
body: dades d'ús concept=usage-data
body: dades de navegació concept=usage-data
body: dades demogràfiques concept=demographic-data
body: dades de pagament concept=payment-data
body: dades bancàries concept=payment-data
body: formulari* concept=forms
body: formulari de contacte concept=forms
body: compte weight=0.3 concept=account
body: informació weight=0.1 concept=information
body: dades weight=0.1 concept=information
# Inflected forms, compounds and GDPR wording real policies use.
heading: quines dades personals recollim concept=what-we-collect
heading: quines dades recopilem concept=what-we-collect
heading: dades que recopilem concept=what-we-collect
heading: informació que recopilem concept=what-we-collect
heading: recopilació de dades concept=collection-of-information
heading: recopilació d'informació concept=collection-of-information
heading: recollida i tractament de dades personals concept=collection-of-information
heading: quines dades tractem concept=what-we-collect
heading: dades tractades concept=what-we-collect
heading: categories de dades tractades concept=categories-of-data
heading: tipus de dades personals concept=categories-of-data
heading: com obtenim les teves dades concept=how-we-collect
heading: com obtenim les vostres dades concept=how-we-collect
heading: com recollim les teves dades concept=how-we-collect
heading: informació que ens proporciones concept=information-you-provide
heading: dades que ens proporciones concept=information-you-provide
heading: dades que ens proporciona concept=information-you-provide
# Coordinated heading "<collection> and use (of information)" (Information Collection and Use): the collection noun leads.
heading: recopilació i ús concept=collection-of-information

[use]
heading: com utilitzem la informació concept=how-we-use
heading: com utilitzem les seves dades concept=how-we-use
heading: com utilitzem les teves dades concept=how-we-use
heading: com fem servir la informació concept=how-we-use
heading: per a què utilitzem les seves dades concept=how-we-use
heading: per a què utilitzem les teves dades concept=how-we-use
heading: ús de la informació concept=use-of-information
heading: ús de les dades concept=use-of-information
heading: ús de les dades personals concept=use-of-information
heading: finalitat del tractament concept=purposes-of-processing
heading: finalitats del tractament concept=purposes-of-processing
heading: finalitats concept=purposes-of-processing
heading: finalitat concept=purposes-of-processing
heading: amb quina finalitat tractem les seves dades concept=purposes-of-processing
heading: amb quina finalitat tractem les teves dades concept=purposes-of-processing
heading: per què recollim les seves dades concept=why-we-collect
heading: per què recollim les teves dades concept=why-we-collect
heading: finalitat de la recollida concept=why-we-collect
heading: tractament de dades personals concept=processing-of-personal-data
heading: tractament de les seves dades personals concept=processing-of-personal-data
heading: tractament de les teves dades personals concept=processing-of-personal-data
heading: com tractem les seves dades personals concept=processing-of-personal-data
heading: com tractem les teves dades concept=processing-of-personal-data
body: utilitzem concept=we-use
body: fem servir concept=we-use
body: utilitz* weight=1.5 concept=we-use
body: finalitat* weight=2.5 concept=purposes
body: amb la finalitat de concept=purposes
body: per a les finalitats següents concept=following-purposes
body: amb les finalitats següents concept=following-purposes
body: per a les següents finalitats concept=following-purposes
body: amb les següents finalitats concept=following-purposes
body: elaboració de perfils concept=profiling
body: decisions automatitzades concept=automated-decisions
body: decisions individuals automatitzades concept=automated-decisions
body: prestar el servei concept=to-provide
body: prestar-li el servei concept=to-provide
body: per proporcionar concept=to-provide
body: per oferir concept=to-provide
body: complir les seves comandes concept=to-fulfil
body: tramitar concept=to-fulfil
body: gestionar concept=to-administer
body: gestió weight=1 concept=to-administer
body: administrar concept=to-administer
body: millorar concept=to-improve
body: desenvolupar nous concept=to-develop
body: desenvolupar noves concept=to-develop
body: personalitz* concept=to-personalise
body: comunicar-nos amb vostè concept=to-communicate
body: comunicar-nos amb tu concept=to-communicate
body: enviar-li concept=to-send
body: enviar-te concept=to-send
body: enviar-vos concept=to-send
body: atendre concept=to-respond
body: respondre concept=to-respond
body: atenció al client weight=1 concept=to-respond
body: analitzar concept=to-analyse
body: estadístic* concept=to-analyse
body: diagnosticar concept=to-troubleshoot
body: solucionar problemes concept=to-troubleshoot
body: estudis de mercat concept=research
body: investigació de mercat concept=research
body: prevenir el frau concept=to-prevent-fraud
body: frau concept=to-prevent-fraud
body: processar pagaments concept=to-process-transactions
body: processar transaccions concept=to-process-transactions
body: complir les obligacions legals concept=to-comply-with-law
body: complir amb les obligacions legals concept=to-comply-with-law
# Inflected forms, compounds and GDPR wording real policies use.
heading: com utilitzem les vostres dades concept=how-we-use
heading: per a què fem servir les teves dades concept=how-we-use
heading: per a què fem servir les seves dades concept=how-we-use
heading: ús de la teva informació concept=use-of-information
heading: ús de les teves dades concept=use-of-information
heading: ús de les seves dades concept=use-of-information
heading: amb quina finalitat concept=purposes-of-processing
heading: finalitats del tractament de les dades concept=purposes-of-processing
heading: per què tractem les teves dades concept=why-we-collect
heading: per què tractem les seves dades concept=why-we-collect
heading: decisi* automatitzad* concept=automated-decision-making
heading: decisi* individuals automatitzad* concept=automated-decision-making
heading: presa de decisions automatitzad* concept=automated-decision-making

[legal-basis]
heading: base jurídica concept=legal-basis
heading: base legal concept=legal-basis
heading: bases legals concept=legal-basis
heading: base de legitimació concept=legal-basis
heading: legitimació concept=legal-basis
heading: legitimació del tractament concept=legal-basis
heading: fonament jurídic concept=legal-basis
heading: licitud del tractament concept=legal-basis
heading: base jurídica del tractament concept=legal-basis
heading: quina és la legitimació per al tractament de les seves dades concept=why-allowed
heading: quina és la legitimació per al tractament de les teves dades concept=why-allowed
heading: per què podem tractar les seves dades concept=why-allowed
heading: per què podem tractar les teves dades concept=why-allowed
body: base jurídica concept=legal-basis-term
body: base legal concept=legal-basis-term
body: legitimació concept=legal-basis-term
body: fonament jurídic concept=legal-basis-term
body: interès legítim concept=legitimate-interests
body: interessos legítims concept=legitimate-interests
body: drets i llibertats fonamentals concept=balancing-test
body: ponderació concept=balancing-test
body: execució d'un contracte concept=performance-of-contract
body: execució del contracte concept=performance-of-contract
body: relació contractual weight=2 concept=performance-of-contract
body: mesures precontractuals weight=2 concept=performance-of-contract
body: obligació legal concept=legal-obligation
body: obligacions legals concept=legal-obligation
body: compliment d'una obligació legal concept=legal-obligation
body: interessos vitals concept=vital-interests
body: interès vital concept=vital-interests
body: interès públic concept=public-interest
body: article 6 concept=article-6
body: el tractament és necessari concept=processing-necessary
body: sobre la base de concept=on-the-basis-of
body: en base a weight=1.5 concept=on-the-basis-of
body: lícit* concept=lawful
body: licitud concept=lawful
body: consentiment weight=1 concept=consent-as-basis
body: necessari weight=0.5 concept=necessary
# Inflected forms, compounds and GDPR wording real policies use.
heading: legitimació per al tractament concept=legal-basis
heading: base legal per al tractament concept=legal-basis
heading: base jurídica per al tractament concept=legal-basis
heading: bases jurídiques concept=legal-basis
heading: base de legitimació del tractament concept=legal-basis
heading: autoritzats a tractar concept=why-allowed
heading: en quina base concept=why-allowed

[consent]
heading: consentiment concept=your-consent
heading: el seu consentiment concept=your-consent
heading: el teu consentiment concept=your-consent
heading: retirada del consentiment concept=withdrawal-of-consent
heading: revocació del consentiment concept=withdrawal-of-consent
heading: com retirar el consentiment concept=withdrawal-of-consent
heading: consentiment i revocació concept=withdrawal-of-consent
body: consent* weight=2 concept=you-consent
body: consenteix concept=you-consent
body: consenteixes concept=you-consent
body: ha consentit concept=you-consent
body: retir* weight=2.5 concept=withdraw
body: revoc* concept=withdraw
body: canvia d'opinió concept=change-your-mind
body: canvies d'opinió concept=change-your-mind
body: accepta concept=you-agree
body: acceptes concept=you-agree
body: consentiment exprés concept=explicit-consent
body: consentiment explícit concept=explicit-consent
body: inequívoc concept=explicit-consent
body: lliurement concept=freely-given
body: lliure weight=0.5 concept=freely-given
body: casella concept=opt-in
body: marcant la casella concept=opt-in
body: permís concept=permission
body: autoritza weight=1 concept=permission
body: sense que això afecti concept=without-affecting-lawfulness
body: licitud del tractament basat en el consentiment concept=without-affecting-lawfulness
body: abans de la seva retirada concept=without-affecting-lawfulness
body: en qualsevol moment concept=at-any-time
# Inflected forms, compounds and GDPR wording real policies use.
heading: retirar el consentiment concept=withdrawal-of-consent
heading: revocar el consentiment concept=withdrawal-of-consent
heading: dret a retirar el consentiment concept=withdrawal-of-consent

[sharing]
heading: compartir informació concept=sharing-of-information
heading: compartició de dades concept=sharing-of-information
heading: comunicació de dades concept=sharing-of-information
heading: comunicació de dades a tercers concept=disclosure-of-information
heading: cessió de dades concept=disclosure-of-information
heading: cessions de dades concept=disclosure-of-information
heading: divulgació d'informació concept=disclosure-of-information
heading: com compartim la seva informació concept=how-we-share
heading: com compartim les teves dades concept=how-we-share
heading: informació que compartim concept=how-we-share
heading: amb qui compartim les seves dades concept=who-we-share-with
heading: amb qui compartim les teves dades concept=who-we-share-with
heading: destinataris concept=who-we-share-with
heading: destinataris de les dades concept=who-we-share-with
heading: a quins destinataris es comunicaran les seves dades concept=who-we-share-with
heading: a quins destinataris es comunicaran les teves dades concept=who-we-share-with
heading: tercers concept=third-parties
heading: comunicació a tercers concept=third-parties
heading: proveïdors de serveis concept=service-providers-heading
heading: encarregats del tractament concept=service-providers-heading
heading: transmissions empresarials concept=business-transfers
heading: operacions societàries concept=business-transfers
heading: requeriments legals concept=legal-requests
heading: requeriments de les autoritats concept=legal-requests
heading: venem les seves dades concept=sale-of-information
heading: venda d'informació personal concept=sale-of-information
heading: venda de dades concept=sale-of-information
body: compart* concept=share
body: cedi* weight=2 concept=disclose
body: cessió concept=disclose
body: cessions concept=disclose
body: comunicar* weight=1 concept=disclose
body: divulg* concept=disclose
body: revelar concept=disclose
body: tercers concept=third-parties-term
body: proveïdors de serveis concept=service-providers
body: proveïdors concept=service-providers
body: encarregats del tractament concept=service-providers
body: en nom nostre concept=on-our-behalf
body: per compte nostre concept=on-our-behalf
body: empreses del grup concept=affiliates
body: filials concept=affiliates
body: socis comercials concept=business-partners
body: col·laboradors concept=business-partners
body: destinatari* concept=recipients
body: fusió concept=corporate-transaction
body: adquisició concept=corporate-transaction
body: reorganització concept=corporate-transaction
body: fallida concept=corporate-transaction
body: autoritats concept=authorities
body: forces i cossos de seguretat concept=authorities
body: jutges i tribunals concept=authorities
body: ordre judicial concept=legal-process
body: requeriment judicial concept=legal-process
body: venda weight=1 concept=sell
body: no venem concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: transferència de dades a tercers concept=transfer-to-third-parties
heading: cessió de dades a tercers concept=transfer-to-third-parties
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: pagaments weight=2 concept=payments-purchases
heading: processament de pagaments weight=3 concept=payments-purchases
heading: compres dins de l'aplicació weight=2 concept=payments-purchases
heading: subscripcions weight=2 concept=payments-purchases
# Inflected forms, compounds and GDPR wording real policies use.
heading: a quins destinataris es comunicaran concept=who-we-share-with
heading: a qui comuniquem les teves dades concept=who-we-share-with
heading: a qui comuniquem les seves dades concept=who-we-share-with
heading: amb qui compartim la teva informació concept=who-we-share-with
heading: comunicació de les dades concept=disclosure-of-information
heading: comunicacions de dades concept=disclosure-of-information
heading: destinataris de les dades personals concept=who-we-share-with
heading: compartim les teves dades concept=how-we-share
heading: encarregats de tractament concept=service-providers-heading

[cookies]
heading: galetes concept=cookies
heading: cookies concept=cookies
heading: política de galetes concept=cookies
heading: política de cookies concept=cookies
heading: ús de galetes concept=cookies
heading: ús de cookies concept=cookies
heading: galetes i tecnologies similars concept=tracking-technologies
heading: cookies i tecnologies similars concept=tracking-technologies
heading: tecnologies de seguiment concept=tracking-technologies
heading: balises web concept=web-beacons
heading: píxels concept=web-beacons
heading: fitxers de registre concept=log-files
heading: analítica concept=analytics
heading: analítica web concept=analytics
body: galet* weight=3 concept=cookie
body: cookie* concept=cookie
body: petits fitxers de text concept=text-files
body: fitxers de text concept=text-files
body: arxius de text concept=text-files
body: balises web concept=web-beacon
body: web beacons concept=web-beacon
body: píxel* concept=web-beacon
body: tecnologies de seguiment concept=tracking-technology
body: tecnologies similars concept=tracking-technology
body: seguiment weight=1.5 concept=tracking-technology
body: emmagatzematge local concept=local-storage
body: local storage concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: galetes de sessió concept=cookie-lifetime
body: cookies de sessió concept=cookie-lifetime
body: persistents concept=cookie-lifetime
body: estrictament necessàries concept=cookie-categories
# Not bare "tècniques": "mesures tècniques" belongs to security.
body: galetes tècniques concept=cookie-categories
body: cookies tècniques concept=cookie-categories
body: galetes analítiques concept=cookie-categories
body: cookies analítiques concept=cookie-categories
body: galetes de preferències concept=cookie-categories
body: google analytics concept=analytics-term
body: analítica concept=analytics-term
body: fitxers de registre concept=log-file
body: registres del servidor concept=log-file
body: sdk* concept=sdk
body: empremta digital del dispositiu concept=fingerprinting
body: fingerprinting concept=fingerprinting
body: configuració del navegador concept=browser-settings
body: navegador weight=0.5 concept=browser
body: dispositiu weight=0.5 concept=device
body: equip terminal weight=0.5 concept=device
# Inflected forms, compounds and GDPR wording real policies use.
heading: què són les galetes concept=cookies
heading: quines galetes utilitzem concept=cookies
heading: galetes utilitzades concept=cookies
heading: tipus de galetes concept=cookies
heading: eines d'analítica concept=analytics
heading: google analytics concept=analytics

[advertising]
heading: publicitat concept=advertising
heading: publicitat i màrqueting concept=advertising
heading: màrqueting concept=marketing
heading: màrqueting directe concept=marketing
heading: comunicacions comercials concept=marketing-communications
heading: comunicacions promocionals concept=marketing-communications
heading: butlletí concept=marketing-communications
heading: publicitat personalitzada concept=interest-based-advertising
heading: publicitat basada en interessos concept=interest-based-advertising
heading: publicitat comportamental concept=interest-based-advertising
heading: publicitat de tercers concept=third-party-advertising
heading: xarxes publicitàries concept=third-party-advertising
body: publicitat concept=ads
body: publicitari* concept=ads
body: anunci* concept=ads
body: bàner* weight=2 concept=ads
body: xarxes publicitàries concept=ad-networks
body: xarxa publicitària concept=ad-networks
body: socis publicitaris concept=ad-networks
body: basada en interessos concept=interest-based
body: publicitat personalitzada concept=interest-based
body: personalitzada weight=1 concept=interest-based
body: comportamental concept=interest-based
body: remàrqueting concept=retargeting
body: remarketing concept=retargeting
body: retargeting concept=retargeting
body: comunicacions comercials concept=marketing-messages
body: butlletí* concept=marketing-messages
body: newsletter concept=marketing-messages
body: finalitats comercials concept=marketing-purposes
body: fins comercials concept=marketing-purposes
body: màrqueting concept=marketing-purposes
body: promocions concept=promotions
body: ofertes concept=promotions
body: your online choices concept=ad-industry-programs
body: mesurar l'eficàcia concept=ad-measurement
body: interessos weight=0.5 concept=interests
# Inflected forms, compounds and GDPR wording real policies use.
heading: butlletí de notícies concept=marketing-communications
heading: butlletins concept=marketing-communications
heading: comunicacions de màrqueting concept=marketing-communications

[do-not-track]
heading: do not track concept=do-not-track
heading: no em rastregis concept=do-not-track
heading: senyals do not track concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: control global de privadesa concept=global-privacy-control
heading: senyals de preferència concept=preference-signals
heading: senyals del navegador concept=preference-signals
body: do not track concept=dnt-signal
body: dnt concept=dnt-signal
body: global privacy control concept=gpc-signal
body: gpc concept=gpc-signal
body: senyal* de preferència concept=opt-out-preference-signal
body: senyal* del navegador concept=opt-out-preference-signal
body: senyal* weight=2 concept=opt-out-preference-signal
body: estàndard uniforme concept=no-uniform-standard
body: estàndard del sector weight=2 concept=no-uniform-standard
body: no responem concept=do-not-respond
body: no respon concept=do-not-respond
body: respectem aquests senyals concept=honor-signals
body: reconeix* concept=honor-signals
body: al llarg del temps concept=cross-site-tracking
body: navegador weight=0.5 concept=browser-dnt

[choices]
heading: les seves opcions concept=your-choices
heading: les teves opcions concept=your-choices
heading: opcions sobre la seva informació concept=your-choices
heading: les seves eleccions concept=your-choices
heading: exclusió voluntària concept=opting-out
heading: com donar-se de baixa concept=opting-out
heading: com oposar-se a les comunicacions concept=opting-out
heading: gestió de preferències concept=managing-preferences
heading: gestionar les seves preferències concept=managing-preferences
heading: preferències de comunicació concept=managing-preferences
heading: baixa concept=unsubscribing
heading: donar-se de baixa concept=unsubscribing
heading: cancel·lar la subscripció concept=unsubscribing
body: opt-out concept=opt-out
body: donar-se de baixa concept=unsubscribe
body: donar-te de baixa concept=unsubscribe
body: de baixa concept=unsubscribe
body: cancel·lar la subscripció concept=unsubscribe
body: deixar de rebre concept=unsubscribe
body: pot triar concept=choose-not-to
body: pots triar concept=choose-not-to
body: pot optar concept=choose-not-to
body: pots optar concept=choose-not-to
body: pot decidir concept=choose-not-to
body: rebutjar concept=decline
body: rebutja* concept=decline
body: comunicacions promocionals concept=promotional-emails
body: correus promocionals concept=promotional-emails
body: preferències concept=preferences
body: centre de preferències concept=preferences
body: configuració weight=1.5 concept=settings
body: configuració del compte concept=settings
body: desactiv* concept=disable
body: notificacions push concept=device-permissions
body: serveis d'ubicació concept=device-permissions
body: serveis de localització concept=device-permissions
body: al peu de concept=unsubscribe-link
body: enllaç de baixa concept=unsubscribe-link
body: no podrà utilitzar concept=consequences-of-refusal
body: no podràs utilitzar concept=consequences-of-refusal
body: rebre weight=0.5 concept=receive
# Inflected forms, compounds and GDPR wording real policies use.
heading: les vostres opcions concept=your-choices
heading: configuració de privadesa concept=managing-preferences
heading: donar-se de baixa del butlletí concept=unsubscribing

[rights]
heading: drets concept=your-rights
heading: els seus drets concept=your-rights
heading: els teus drets concept=your-rights
heading: els vostres drets concept=your-rights
heading: drets de l'interessat concept=your-rights
heading: drets dels interessats concept=your-rights
heading: drets dels usuaris concept=your-rights
heading: quins drets té concept=your-rights
heading: quins drets tens concept=your-rights
heading: drets en matèria de protecció de dades concept=your-rights
heading: exercici de drets concept=exercising-rights
heading: exercici dels drets concept=exercising-rights
heading: com exercir els seus drets concept=exercising-rights
heading: com exercir els teus drets concept=exercising-rights
heading: accés i rectificació concept=access-and-correction
heading: accés, rectificació i supressió concept=access-and-correction
heading: representants autoritzats concept=authorized-agents
heading: agents autoritzats concept=authorized-agents
body: dret d'accés concept=right-of-access
body: accedir a les seves dades concept=right-of-access
body: accedir a les teves dades concept=right-of-access
body: accés weight=1.5 concept=access
body: rectificació concept=rectification
body: rectificar concept=rectification
body: inexact* concept=rectification
body: supressió concept=erasure
body: suprimir concept=erasure
body: dret a l'oblit concept=erasure
body: cancel·lació weight=2 concept=erasure
body: portabilitat concept=portability
body: format estructurat concept=portability
body: lectura mecànica concept=portability
body: dret d'oposició concept=right-to-object
body: oposició weight=2.5 concept=right-to-object
body: oposar-se concept=right-to-object
body: limitació del tractament concept=restriction
body: limitació weight=1.5 concept=restriction
body: autoritat de control concept=complaint-to-authority
body: reclamació concept=complaint-to-authority
body: presentar una reclamació concept=complaint-to-authority
body: autoritat catalana de protecció de dades concept=complaint-to-authority
body: apdcat concept=complaint-to-authority
body: agència espanyola de protecció de dades concept=complaint-to-authority
body: aepd concept=complaint-to-authority
body: exerc* concept=exercise-rights
body: verificar la seva identitat concept=verify-identity
body: acreditar la seva identitat concept=verify-identity
body: document identificatiu concept=verify-identity
body: representant autoritzat concept=authorized-agent
body: agent autoritzat concept=authorized-agent
body: no discriminació concept=non-discrimination
body: els interessats concept=data-subject-rights
body: drets de l'interessat concept=data-subject-rights
body: una còpia concept=copy-of-data
body: sol·licitud weight=0.3 concept=request
# Inflected forms, compounds and GDPR wording real policies use.
heading: dret d'accés concept=access-and-correction
heading: dret de rectificació concept=access-and-correction
heading: dret de supressió concept=your-rights
heading: dret a l'oblit concept=your-rights
heading: dret de limitació del tractament concept=your-rights
heading: dret a la limitació del tractament concept=your-rights
heading: dret a la portabilitat de les dades concept=your-rights
heading: dret de portabilitat concept=your-rights
heading: portabilitat de les dades concept=your-rights
heading: dret d'oposició concept=your-rights
heading: dret a presentar una reclamació concept=your-rights
heading: dret a presentar una queixa concept=your-rights
heading: reclamació davant l'autoritat de control concept=your-rights
heading: quins són els teus drets concept=your-rights
heading: quins són els seus drets concept=your-rights
heading: quins drets teniu concept=your-rights
heading: drets de les persones interessades concept=your-rights
heading: exercici dels teus drets concept=exercising-rights
heading: exercici dels seus drets concept=exercising-rights
heading: com pots exercir els teus drets concept=exercising-rights
heading: drets arco concept=your-rights
heading: puc accedir concept=access-and-correction
heading: quins són els meus drets concept=your-rights
body: dret de rectificació weight=2
body: dret de supressió weight=2
body: dret a la portabilitat weight=2

[retention]
heading: conservació concept=data-retention
heading: conservació de dades concept=data-retention
heading: conservació de les dades concept=data-retention
heading: conservació de la informació concept=data-retention
heading: termini de conservació concept=retention-period
heading: període de conservació concept=retention-period
heading: termini de conservació de les dades concept=retention-period
heading: quant de temps conservem les seves dades concept=how-long-we-keep
heading: per quant de temps conservarem les seves dades concept=how-long-we-keep
heading: per quant de temps conservarem les teves dades concept=how-long-we-keep
heading: quant de temps guardem les teves dades concept=how-long-we-keep
heading: emmagatzematge i conservació concept=storage-and-retention
heading: conservació i supressió concept=retention-and-deletion
heading: conservació i eliminació de dades concept=retention-and-deletion
body: conserv* weight=2.5 concept=retain
body: retenció concept=retain
body: mentre sigui necessari concept=as-long-as-necessary
body: durant el temps necessari concept=as-long-as-necessary
body: el temps imprescindible concept=as-long-as-necessary
body: mentre es mantingui concept=as-long-as-necessary
body: mentre weight=1.5 concept=as-long-as-necessary
body: ja no siguin necessàries concept=no-longer-needed
body: deixin de ser necessàries concept=no-longer-needed
body: guard* concept=keep
body: mantindr* weight=1 concept=keep
body: termini* weight=2 concept=retention-criteria
body: període weight=1.5 concept=retention-criteria
body: criteris concept=retention-criteria
body: anonimitz* concept=anonymise
body: destru* concept=destroy
body: eliminar concept=destroy
body: suprimir de manera segura concept=destroy
body: arxiv* concept=archive
body: bloqueig concept=legal-retention-requirements
body: bloquejad* concept=legal-retention-requirements
body: prescripció concept=legal-retention-requirements
body: terminis legals concept=legal-retention-requirements
body: inactiu* concept=inactive-accounts
body: emmagatzem* weight=1 concept=store
body: anys weight=0.5 concept=years
# Inflected forms, compounds and GDPR wording real policies use.
heading: quant de temps conservarem les teves dades concept=how-long-we-keep
heading: quant de temps conservarem les seves dades concept=how-long-we-keep
heading: quant de temps conservem les teves dades concept=how-long-we-keep
heading: quant temps conservem concept=how-long-we-keep
heading: durant quant de temps concept=how-long-we-keep
heading: terminis de conservació concept=retention-period
heading: període de conservació de les dades concept=retention-period
heading: conservació de les dades personals concept=data-retention
heading: com emmagatzemem concept=storage-and-retention

[security]
heading: seguretat concept=data-security
heading: seguretat de les dades concept=data-security
heading: seguretat de la informació concept=data-security
heading: confidencialitat i seguretat concept=data-security
heading: mesures de seguretat concept=security-measures
heading: com protegim les seves dades concept=how-we-protect
heading: com protegim les teves dades concept=how-we-protect
heading: protecció de la informació concept=how-we-protect
body: seguretat concept=secure
body: segur* weight=1.5 concept=secure
body: salvaguard* concept=safeguards
body: garanties weight=1.5 concept=safeguards
body: xifratge concept=encryption
body: xifrad* concept=encryption
body: xifrat concept=encryption
body: encripta* concept=encryption
body: ssl concept=encryption
body: tls concept=encryption
body: accés no autoritzat concept=unauthorized-access
body: accessos no autoritzats concept=unauthorized-access
body: pèrdua concept=loss-misuse-alteration
body: alteració concept=loss-misuse-alteration
body: ús indegut concept=loss-misuse-alteration
body: mesures tècniques i organitzatives concept=technical-organisational-measures
body: mesures tècniques concept=technical-organisational-measures
body: físiques concept=physical-safeguards
body: tallafoc* concept=technical-controls
body: firewall* concept=technical-controls
body: contrasenya* concept=technical-controls
body: control d'accés concept=technical-controls
body: bretxa* concept=breach
body: violació de la seguretat concept=breach
body: incident* de seguretat concept=breach
body: vulnerabilitat* concept=breach
body: confidencialitat concept=confidentiality
body: confidencial concept=confidentiality
body: no podem garantir concept=no-guarantee
body: cap sistema concept=no-guarantee
body: sota la seva responsabilitat concept=no-guarantee
body: estàndards del sector concept=industry-standard
body: protegir concept=protect
body: protegim concept=protect
body: garantir weight=0.5 concept=ensure
# Personal-data breaches and their notification: a security topic.
heading: violació de dades concept=data-security
heading: violacions de seguretat concept=data-security
# Inflected forms, compounds and GDPR wording real policies use.
heading: mesures tècniques i organitzatives concept=security-measures
heading: protecció de les teves dades concept=how-we-protect
heading: protecció de les seves dades concept=how-we-protect
heading: seguretat de les teves dades concept=data-security
heading: bretxes de seguretat concept=data-security
heading: violacions de seguretat de les dades concept=data-security

[children]
heading: menors concept=minors
heading: menors d'edat concept=minors
heading: ús per part de menors concept=minors
heading: infants concept=childrens-privacy
heading: privadesa dels menors concept=childrens-privacy
heading: privadesa dels infants concept=childrens-privacy
heading: dades de menors concept=childrens-privacy
heading: informació sobre menors concept=childrens-privacy
heading: edat mínima concept=age-limits
heading: menors de 14 anys concept=age-limits
heading: menors de 13 anys concept=age-limits
heading: restriccions d'edat concept=age-limits
body: infant* concept=children
body: nens concept=children
body: nen concept=children
body: menors concept=minors-teens
body: menor d'edat concept=minors-teens
body: menors d'edat concept=minors-teens
body: adolescents concept=minors-teens
body: menor weight=0.5 concept=minor
body: edat weight=1.5 concept=age
body: menors de 14 anys concept=age-threshold
body: menors de 13 anys concept=age-threshold
body: menors de 16 anys concept=age-threshold
body: menors de 18 anys concept=age-threshold
body: 14 anys concept=age-threshold
body: major d'edat concept=age-threshold
body: pares concept=parents-guardians
body: tutors concept=parents-guardians
body: tutor legal concept=parents-guardians
body: pàtria potestat concept=parents-guardians
body: representants legals concept=parents-guardians
body: consentiment dels pares concept=parental-consent
body: consentiment parental concept=parental-consent
body: coppa concept=coppa
body: conscientment concept=knowingly-collect
body: de manera conscient concept=knowingly-collect
body: no està dirigit a concept=not-directed-to-children
body: no s'adreça a concept=not-directed-to-children
body: si tenim coneixement concept=if-we-learn
body: si descobrim concept=if-we-learn
# Inflected forms, compounds and GDPR wording real policies use.
heading: menors de 16 anys concept=age-limits
heading: dades dels menors concept=childrens-privacy

[international]
heading: transferències internacionals concept=international-transfers
heading: transferències internacionals de dades concept=international-transfers
heading: transferències fora de l'eee concept=international-transfers
heading: transferència de dades concept=data-transfers
heading: transferències de dades concept=data-transfers
heading: on emmagatzemem les seves dades concept=where-we-store
heading: on emmagatzemem les teves dades concept=where-we-store
heading: ubicació de les dades concept=where-we-store
heading: lloc del tractament concept=where-we-store
heading: emmagatzematge de dades weight=1 concept=where-we-store
heading: emmagatzematge de les dades weight=1 concept=where-we-store
body: transfer* weight=2 concept=transfer
body: transfronter* concept=cross-border
body: internacional* weight=2 concept=cross-border
body: tercers països concept=other-countries
body: altres països concept=other-countries
body: fora del seu país concept=other-countries
body: espai econòmic europeu concept=eea
body: fora de l'espai econòmic europeu concept=eea
body: eee concept=eea
body: unió europea weight=1 concept=eea
body: estats units concept=united-states
body: clàusules contractuals tipus concept=transfer-safeguards
body: clàusules contractuals estàndard concept=transfer-safeguards
body: normes corporatives vinculants concept=transfer-safeguards
body: garanties adequades concept=transfer-safeguards
body: decisió d'adequació concept=adequacy
body: nivell de protecció adequat concept=adequacy
body: data privacy framework concept=privacy-frameworks
body: privacy shield concept=privacy-frameworks
body: mateix nivell de protecció concept=less-protective
body: jurisdicci* concept=jurisdictions
body: servidors ubicats concept=server-location
body: servidors weight=1.5 concept=server-location
body: emmagatzemades a concept=server-location
body: a tot el món concept=around-the-world
# Inflected forms, compounds and GDPR wording real policies use.
heading: transferències internacionals de dades personals concept=international-transfers
heading: transferència internacional concept=international-transfers
heading: transferències a tercers països concept=international-transfers
heading: transferències fora de la ue concept=international-transfers
heading: on es tracten les dades concept=where-we-store
heading: ubicació dels servidors concept=where-we-store

[regional]
heading: residents a califòrnia concept=california
heading: avís per als residents de califòrnia concept=california
heading: drets de privadesa de califòrnia concept=california
heading: residents de nevada concept=us-state-rights
heading: drets de privadesa estatals concept=us-state-rights
heading: residents de l'espai econòmic europeu concept=eea-gdpr-notice
heading: usuaris de l'espai econòmic europeu concept=eea-gdpr-notice
heading: compliment del rgpd concept=eea-gdpr-notice
heading: informació addicional per a determinades jurisdiccions concept=jurisdiction-specific
heading: disposicions específiques per país concept=jurisdiction-specific
heading: avisos regionals concept=jurisdiction-specific
body: califòrnia concept=california-law
body: california concept=california-law
body: ccpa concept=california-law
body: cpra concept=california-law
body: shine the light concept=california-law
body: codi civil de califòrnia concept=california-law
body: nevada concept=us-states
body: virgínia concept=us-states
body: colorado concept=us-states
body: connecticut concept=us-states
body: resident* concept=residents
body: consumidor* concept=consumers
body: vendre o compartir concept=do-not-sell
body: no venguis concept=do-not-sell
body: publicitat comportamental entre contextos concept=cross-context-advertising
body: incentius financers concept=financial-incentives
body: 12 mesos anteriors concept=preceding-12-months
body: darrers 12 mesos concept=preceding-12-months
body: últims 12 mesos concept=preceding-12-months
body: rgpd concept=eu-gdpr
body: reglament general de protecció de dades concept=eu-gdpr
body: brasil concept=brazil-lgpd
body: lgpd concept=brazil-lgpd
body: canadà concept=canada-pipeda
body: pipeda concept=canada-pipeda
# Not bare "estat": it is also the past participle of "ser" ("ha estat").
body: estat de residència weight=0.5 concept=state
body: estat federal weight=0.5 concept=state
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
heading: annexos regionals concept=jurisdiction-specific

[third-party-sites]
heading: llocs web de tercers concept=third-party-websites
heading: altres llocs web concept=third-party-websites
heading: enllaços a altres llocs web concept=links-to-other-sites
heading: enllaços externs concept=links-to-other-sites
heading: enllaços de tercers concept=links-to-other-sites
heading: serveis de tercers weight=2 concept=third-party-services   # outweighs the sharing cue "tercers" inside it
heading: plataformes de tercers concept=third-party-services
heading: sincronització al núvol concept=third-party-services
heading: còpia de seguretat a icloud concept=third-party-services
heading: xarxes socials concept=social-media-plugins
heading: connectors de xarxes socials concept=social-media-plugins
heading: polítiques de privadesa de tercers concept=third-party-privacy-policies
heading: pràctiques de privadesa de tercers concept=third-party-privacy-policies
body: enllaç* concept=links
body: hipervincle* concept=links
body: hiperenllaç* concept=links
body: llocs web de tercers concept=other-sites
body: llocs de tercers concept=other-sites
body: altres llocs web concept=other-sites
body: externs weight=1.5 concept=other-sites
body: aplicacions de tercers concept=third-party-applications
body: no som responsables concept=not-responsible
body: no ens fem responsables concept=not-responsible
body: cap control sobre concept=not-responsible
body: les seves pròpies polítiques de privadesa concept=their-privacy-policies
body: polítiques de privadesa concept=their-privacy-policies
body: li recomanem concept=encourage-review
body: et recomanem concept=encourage-review
body: abandon* weight=1.5 concept=leave-our-site
body: surt del nostre lloc concept=leave-our-site
body: connector* concept=plugins
body: plugin* concept=plugins
body: complements concept=plugins
body: widgets concept=plugins
body: contingut weight=0.5 concept=content
body: revisar weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: presència a les xarxes socials concept=social-media-presence
heading: mitjans socials concept=social-media-presence
heading: perfils a xarxes socials concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: dades recollides per tercers concept=third-party-data-collection
heading: informació recollida per tercers concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: connexions de xarxa weight=2 concept=network-connections
heading: sol·licituds de xarxa weight=2 concept=network-connections
heading: connexions externes weight=2 concept=network-connections
heading: surten del vostre dispositiu weight=2 concept=network-connections
heading: surten del teu dispositiu weight=2 concept=network-connections
heading: passa per internet weight=2 concept=network-connections
heading: s'envia per internet weight=2 concept=network-connections
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
heading: contingut incrustat concept=third-party-services
heading: contingut de tercers concept=third-party-services
heading: biblioteques de tercers concept=third-party-services
heading: eines de tercers concept=third-party-services
heading: serveis externs concept=third-party-services
heading: llocs web externs concept=third-party-websites
heading: enllaços a llocs de tercers concept=links-to-other-sites
heading: serveis de sincronització concept=third-party-services

[changes]
heading: canvis en aquesta política concept=changes-to-policy
heading: canvis a la política de privadesa concept=changes-to-policy
heading: modificacions de la política de privadesa concept=changes-to-policy
heading: modificació de la política de privadesa concept=changes-to-policy
heading: actualitzacions d'aquesta política concept=policy-updates
heading: actualització de la política concept=policy-updates
heading: notificació de canvis concept=notification-of-changes
heading: modificacions concept=amendments
heading: canvis concept=amendments
heading: actualitzacions concept=policy-updates
heading: revisions concept=amendments
heading: entrada en vigor concept=entry-into-force
heading: data d'entrada en vigor concept=entry-into-force
body: modific* concept=change-update
body: actualitz* concept=change-update
body: canvi* weight=1.5 concept=change-update
body: data d'entrada en vigor concept=effective-date
body: entrada en vigor weight=2 concept=effective-date
body: darrera actualització concept=effective-date
body: última actualització concept=effective-date
body: periòdicament concept=from-time-to-time
body: de tant en tant concept=from-time-to-time
body: canvis substancials concept=material-changes
body: canvis significatius concept=material-changes
body: ús continuat concept=continued-use
body: si continua utilitzant concept=continued-use
body: si continues utilitzant concept=continued-use
body: revisar periòdicament concept=check-back
body: consultar periòdicament concept=check-back
body: versió més recent concept=latest-version
body: versió vigent concept=latest-version
body: amb efecte immediat concept=effective-immediately
body: ens reservem el dret concept=reserve-the-right
body: notific* concept=notify-you
# Not "publica*": it would match "publicitat".
body: publicar weight=1 concept=posting
body: publicarem weight=1 concept=posting
body: publicació weight=1 concept=posting
body: versió concept=version
body: avís weight=0.5 concept=notice
# Inflected forms, compounds and GDPR wording real policies use.
heading: canvis en la política de privadesa concept=changes-to-policy
heading: canvis d'aquesta política de privadesa concept=changes-to-policy
heading: modificacions d'aquesta política concept=changes-to-policy
heading: actualitzacions de la política de privadesa concept=policy-updates
heading: darrera actualització concept=entry-into-force
heading: última actualització concept=entry-into-force

[contact]
heading: contacte concept=contact-us
heading: contacta'ns concept=contact-us
heading: contacteu amb nosaltres concept=contact-us
heading: posa't en contacte amb nosaltres concept=contact-us
heading: dades de contacte concept=contact-information
heading: informació de contacte concept=contact-information
heading: com contactar amb nosaltres concept=how-to-contact
heading: com posar-se en contacte amb nosaltres concept=how-to-contact
heading: preguntes concept=questions
heading: dubtes concept=questions
heading: consultes concept=questions
heading: preguntes i comentaris concept=questions
heading: delegat de protecció de dades concept=data-protection-officer
body: contacti amb nosaltres concept=please-contact
body: contacta amb nosaltres concept=please-contact
body: posar-se en contacte concept=please-contact
body: posar-te en contacte concept=please-contact
body: pot adreçar-se concept=please-contact
body: pots adreçar-te concept=please-contact
body: escrivint a concept=please-contact
body: contact* weight=2 concept=please-contact
body: preguntes concept=questions-comments
body: dubtes concept=questions-comments
body: consultes concept=questions-comments
body: comentaris weight=1.5 concept=questions-comments
body: delegat de protecció de dades concept=dpo
body: dpd concept=dpo
body: dpo concept=dpo
body: adreça postal concept=postal-address
body: domicili social concept=postal-address
body: carrer concept=postal-address
body: telèfon concept=telephone
body: per correu electrònic concept=by-email
body: correu electrònic weight=1 concept=by-email
body: atenció al client concept=customer-service
body: servei d'atenció al client concept=customer-service
body: adreça weight=0.3 concept=address
heading: avís legal concept=contact-information
# Inflected forms, compounds and GDPR wording real policies use.
heading: contacta amb nosaltres concept=contact-us
heading: contacteu-nos concept=contact-us
heading: com contactar-nos concept=how-to-contact
heading: dades de contacte del responsable concept=contact-information
heading: delegat de protecció de dades dpd concept=data-protection-officer
heading: amb qui puc contactar concept=how-to-contact

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
versió d'android
versió d'ios
versió de l'aplicació
versió de l'app
