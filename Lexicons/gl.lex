# Galician lexicon (Galicia; also the Galician versions of Spanish companies' and public
# bodies' policies and of free software projects' notices).
# Normative spelling of the Real Academia Galega (2003 norms): "datos persoais",
# "información", "tratamento", "dereitos", "conservación", "seguridade/seguranza",
# "enderezo", "ligazón", "páxina", "xestión", "lexítimo".
# Legal vocabulary: the GDPR has no official Galician text, so policies follow the terms of
# the Spanish organic law 3/2018 (LOPDGDD; in Galician "Lei orgánica de protección de datos
# persoais e garantía dos dereitos dixitais") and the usual Spanish layered notice:
# "responsable do tratamento", "encargado do tratamento", "persoa interesada",
# "lexitimación", "cesión", "supresión", "limitación do tratamento", "portabilidade",
# "dereito de oposición", "delegado de protección de datos" (DPD), "Axencia Española de
# Protección de Datos" (AEPD); the Regulation is the "Regulamento xeral de protección de
# datos" (RXPD; RGPD and GDPR are also written).
# Conventions: policies address the reader as "ti" ("os teus datos", "a túa conta") or
# formally as "vostede" ("os seus datos", "a súa conta"); both are listed where they differ.
# Galician writes "en/no/na", "polo/pola", "co/coa", "á/ao" where Portuguese writes
# "em/no/na", "pelo/pela", "com o", "à/ao" and Spanish "en/en el", "por el", "con el",
# "a la/al": the contracted forms are the surest sign of the language.
# Sources consulted for wording (nothing copied):
# - the Galician localisation of Firefox, https://github.com/mozilla-l10n/firefox-l10n
#   (gl/, privacy and data-collection settings: "Política de privacidade", "recoller",
#   "cookies de terceiros", "rastrexadores", "pegadas dixitais", "Seguranza"), MPL-2.0;
# - Galician privacy policies in public GitHub repositories (web and app notices of
#   Galician associations, shops and projects, found through a public code search index:
#   "Responsable do tratamento", "Que datos recollemos", "Base lexítima", "Os teus
#   dereitos"); no licence stated, so read for usage only.
@language gl
@name Galician
@fold-accents no            # accents tell words apart in Galician: "é" (is) / "e" (and),
# "máis" (more) / "mais" (but), "só" (only) / "so", "nós" (we) / "nos", "dá" / "da";
# keeping them also tells Galician "máis", "aínda", "súa", "túa", "á" from Portuguese
# "mais", "ainda", "sua", "tua", "à", so Portuguese text does not match those profile words.

[profile]
# Function words first, then words frequent in privacy policies. weight=3 marks words that
# tell Galician from Portuguese and Spanish (which share Latin script and most of the
# vocabulary): the contractions polo/pola/coa/dun/dunha/nun/nunha/cun/cunha, unha, non,
# tamén, máis, aínda, xa, cando, nin, calquera, súa/túa, lle/lles, persoais, dereitos,
# servizos, enderezo, páxina, seguridade. A word Portuguese or Spanish writes the same way
# ("o", "a", "de", "que", "dos", "datos", "información", "tratamento") weighs less than it
# does in that language's profile (0.9 for their weight 1; the commonest, "o", "a", "de",
# "e", "que", 0.6), so that a Portuguese or Spanish text, or a short clause made only of
# such words, never scores higher as Galician. Forms written with an accent match only
# with it (@fold-accents no): Portuguese "sua", "mais", "ainda" never reach "súa", "máis",
# "aínda".
o weight=0.6
a weight=0.6
os weight=0.9
as weight=0.9
de weight=0.6
do weight=0.9
da weight=0.9
dos weight=1.5               # Portuguese "dos" weighs 3
das weight=0.9               # Portuguese "das" weighs 3; German "das"
en weight=0.9
no weight=0.9
na weight=0.9
nos weight=0.9
nas weight=2                 # Portuguese "nas" weighs 3
ao weight=2                  # Portuguese "ao" weighs 3
aos weight=2                 # Portuguese "aos" weighs 3
á weight=3                   # Portuguese writes "à"
ás weight=3
e weight=0.6
ou weight=0.9
que weight=0.6
por weight=0.9
para weight=0.9
con weight=0.9
co weight=0.4                # also the "Co." of English company names
coa weight=3
cos weight=3
coas weight=3
sen weight=2
sobre weight=0.9
entre weight=0.9
ata weight=3
desde weight=0.9
dende weight=3
tras weight=0.9
mediante weight=0.9
durante weight=0.9
segundo weight=0.9
conforme weight=0.9
polo weight=3
pola weight=3
polos weight=3
polas weight=3
un weight=0.9
unha weight=3
uns weight=0.9
unhas weight=3
dun weight=3
dunha weight=3
duns weight=3
dunhas weight=3
nun weight=3
nunha weight=3
cun weight=3
cunha weight=3
se weight=0.9
non weight=2                 # Italian "non" too
xa weight=3
tamén weight=3
máis weight=3
moi weight=3
aínda weight=3
só weight=0.9                # Portuguese "só" too
cando weight=3
onde weight=0.9
como weight=0.9
porque weight=0.9
pero weight=0.9
nin weight=3
este weight=0.9
esta weight=0.9
estes weight=0.9
estas weight=0.9
isto weight=2                # Portuguese "isto" weighs 3
iso weight=3
eses weight=3
seu weight=0.9
seus weight=0.9
súa weight=3
súas weight=3
teu weight=1.5
teus weight=3
túa weight=3
túas weight=3
noso weight=3
nosa weight=3
nosos weight=3
nosas weight=3
vostede weight=3
vostedes weight=3
nós weight=0.9               # Portuguese "nós" too
lle weight=3
lles weight=3
calquera weight=3
cada weight=0.9
todo weight=0.9
todos weight=0.9
toda weight=0.9
todas weight=0.9
outro weight=0.9
outra weight=0.9
outros weight=0.9
outras weight=0.9
mesmo weight=0.9
é weight=0.9
son weight=0.9
ser weight=0.9
estar weight=0.9
está weight=0.9
están weight=0.9
foi weight=0.9
será weight=0.9
serán weight=0.9
pode weight=1.5              # Portuguese "pode" weighs 3
poden weight=2
podemos weight=0.9
poderá weight=0.9
poderán weight=3
debe weight=0.9
deben weight=0.9
ten weight=0.9
tes weight=3
podes weight=2
connosco weight=2            # Portuguese (Portugal) "connosco" too
vez weight=0.9
teñen weight=3
temos weight=0.9
hai weight=3
facer weight=3
sexa weight=3
sexan weight=3
estea weight=3
así weight=0.9
ademais weight=3
xeito weight=3
maneira weight=0.9
algún weight=0.9
algunha weight=3
ningún weight=0.9
ningunha weight=3
mentres weight=3
despois weight=3
agás weight=3
entón weight=3
fóra weight=3
xunto weight=3
cal weight=2                 # Catalan "cal" (it is necessary)
cales weight=3
quen weight=3
poida weight=3
poidan weight=3
teña weight=3
teñan weight=3
podería weight=3
poderían weight=3
facemos weight=3
xaneiro weight=3
febreiro weight=3
xuño weight=3
xullo weight=3
decembro weight=3
# words frequent in privacy policies
datos weight=1.5             # Spanish "datos" weighs 3
persoais weight=3
persoal weight=3
información weight=1.5       # Spanish "información" weighs 3; Portuguese writes "informação"
política weight=0.9
privacidade weight=1.5       # Portuguese "privacidade" weighs 3
tratamento weight=2          # Portuguese "tratamento" weighs 3
servizos weight=3
servizo weight=3
usuario weight=0.9
usuarios weight=0.9
usuaria weight=3
persoa weight=3
persoas weight=3
terceiros weight=1.5         # Portuguese "terceiros" weighs 3
terceiras weight=3
dereito weight=3
dereitos weight=3
protección weight=0.9
consentimento weight=2       # Portuguese "consentimento" weighs 3
finalidade weight=2          # Portuguese "finalidade" weighs 3
finalidades weight=2
responsable weight=0.9
encargado weight=0.9
interesado weight=0.9
interesada weight=0.9
lexítimo weight=3
lexitimación weight=3
acceso weight=0.9
solicitude weight=3
correo weight=0.9
electrónico weight=0.9
enderezo weight=3
conta weight=2               # Portuguese "conta" weighs 3
produtos weight=0.9
empresa weight=0.9
medidas weight=0.9
seguridade weight=3
seguranza weight=3
conservación weight=0.9
conservar weight=0.9
necesario weight=0.9
necesarios weight=0.9
aplicable weight=0.9
cliente weight=0.9
clientes weight=0.9
uso weight=0.9
utilizar weight=0.9
utilizamos weight=0.9
recoller weight=3
recollemos weight=3
recollidos weight=3
recollida weight=3
compartir weight=0.9
compartimos weight=0.9
facilitar weight=0.9
proporcionar weight=0.9
relación weight=0.9
contacto weight=0.9
seguintes weight=0.9
nome weight=0.9
teléfono weight=0.9
navegador weight=0.9
dispositivo weight=0.9
lei weight=0.9
legal weight=0.4
obriga weight=3
contrato weight=0.9
recibir weight=0.9
exercer weight=0.9
prazo weight=0.9
cookies weight=0.4
tempo weight=0.9
páxina weight=3
páxinas weight=3
sitio weight=0.9
web weight=0.4
xestión weight=3
xestionar weight=3
aplicación weight=0.9
dúbidas weight=3
través weight=0.9
axeitado weight=3
axeitada weight=3
axeitados weight=3
axeitadas weight=3
xurídica weight=3
xurídico weight=3
xeral weight=3
xerais weight=3
dixital weight=3
dixitais weight=3
rexistro weight=3
rexistros weight=3
lexislación weight=3
vixente weight=3
contido weight=3
contidos weight=3
enderezos weight=3
usuarias weight=3
condicións weight=3
comunicacións weight=3
notificacións weight=3
aplicacións weight=3
ligazón weight=3
ligazóns weight=3
contrasinal weight=3

[units]
year: ano, anos
month: mes, meses
week: semana, semanas
day: día, días
hour: hora, horas
minute: minuto, minutos
business-day: día hábil, días hábiles, día laborable, días laborables

[numbers]
1: un, unha
2: dous, dúas
3: tres
4: catro
5: cinco
6: seis
7: sete
8: oito
9: nove
10: dez
11: once
12: doce
13: trece
15: quince
16: dezaseis
18: dezaoito
20: vinte
24: vinte e catro
30: trinta
60: sesenta
90: noventa
100: cen, cento

[references]
gdpr: rxpd, rgpd, regulamento xeral de protección de datos, regulamento xeral sobre a protección de datos, gdpr, 2016/679
ccpa: ccpa, lei de privacidade do consumidor de california, california consumer privacy act
cpra: cpra, lei de dereitos de privacidade de california, california privacy rights act
coppa: coppa, lei de protección da privacidade en liña dos nenos
lgpd: lgpd, lei xeral de protección de datos do brasil, lei geral de proteção de dados
pipeda: pipeda, lei de protección da información persoal e os documentos electrónicos

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
aviso legal
termos de uso
condicións de uso
termos do servizo
termos de servizo
condicións do servizo
termos e condicións
termos e condicións de uso
condicións xerais
condicións xerais de uso
lei aplicable
lexislación aplicable
lei aplicable e xurisdición
lexislación aplicable e xurisdición
lei aplicable e xurisdición competente
lexislación aplicable e xurisdición competente
lei aplicable e foro
xurisdición
xurisdición competente
xurisdición e lei aplicable
foro competente
divisibilidade
separabilidade
nulidade parcial
acordo completo
acordo íntegro
totalidade do acordo
non renuncia
renuncia
forza maior
exención de responsabilidade
descargo de responsabilidade
exclusión de responsabilidade
limitación de responsabilidade
limitación da responsabilidade
indemnidade
traducións
tradución
outras traducións
versións lingüísticas
idioma prevalente
prevalencia da versión en inglés
a versión en inglés prevalecerá
prevalecerá a versión en inglés
prevalece a versión en inglés
a versión en galego prevalecerá
licenza
dereitos de autor
copyright
agradecementos
índice
táboa de contidos
seccións
propiedade intelectual

[intro]
heading: introdución concept=introduction
heading: quen somos concept=who-we-are
heading: sobre nós concept=who-we-are
heading: acerca de nós concept=who-we-are
heading: acerca desta política concept=about-this-policy
heading: sobre esta política concept=about-this-policy
heading: ámbito de aplicación concept=scope
heading: obxecto concept=about-this-policy
heading: información xeral concept=introduction
heading: responsable do tratamento concept=who-we-are
heading: identidade do responsable concept=who-we-are
heading: quen é o responsable do tratamento concept=who-we-are
body: esta política de privacidade weight=0.5 concept=this-privacy-policy
body: aplícase weight=1.5 concept=policy-applies-to
body: se aplica weight=1.5 concept=policy-applies-to
body: ámbito de aplicación weight=2 concept=policy-applies-to
body: en diante weight=2 concept=referred-to-as
body: en adiante weight=2 concept=referred-to-as
body: ao utilizar weight=1.5 concept=by-using
body: ao usar weight=1.5 concept=by-using
body: ao acceder weight=1.5 concept=by-using
body: acept* weight=1.5 concept=acceptance-of-policy
body: describe weight=1 concept=policy-describes
body: explica weight=1 concept=policy-describes
body: responsable do tratamento weight=1.5
body: identidade weight=1
body: domicilio social weight=1
body: razón social weight=1.5
body: nif weight=1.5
body: sitio web weight=0.5 concept=website
body: servizos weight=0.3 concept=services
body: condicións de uso weight=1 concept=terms-of-use
body: comprometémonos weight=1 concept=committed-to-privacy
# Added with the shared concept inventory (concepts.txt).
heading: resumo concept=summary
heading: información básica concept=summary
heading: en resumo concept=summary
heading: visión xeral concept=summary
heading: acerca deste aviso concept=about-this-policy
heading: sobre esta política de privacidade concept=about-this-policy
heading: alcance concept=scope
heading: alcance desta política concept=scope
heading: a quen se aplica esta política concept=scope
heading: o noso compromiso coa túa privacidade concept=commitment-to-privacy
heading: o noso compromiso coa súa privacidade concept=commitment-to-privacy
heading: compromiso coa privacidade concept=commitment-to-privacy
heading: aceptación desta política concept=acceptance
heading: aceptación da política de privacidade concept=acceptance
heading: política de privacidade weight=0.5 concept=privacy-policy-title
heading: aviso de privacidade weight=0.5 concept=privacy-policy-title
heading: declaración de privacidade weight=0.5 concept=privacy-policy-title
body: esta política describe concept=policy-describes
body: esta política explica concept=policy-describes
body: ao visitar concept=by-using
body: se non estás de acordo concept=if-you-do-not-agree
body: se non está de acordo concept=if-you-do-not-agree
body: respectamos a túa privacidade concept=committed-to-privacy
body: respectamos a súa privacidade concept=committed-to-privacy
body: le atentamente concept=please-read
body: lea atentamente concept=please-read
body: termos e condicións concept=terms-of-use
body: privacidade weight=0.3 concept=privacy
body: empresa weight=0.3 concept=company

[definitions]
heading: definicións concept=definitions
heading: termos definidos concept=key-terms
heading: glosario concept=key-terms
heading: conceptos concept=key-terms
heading: significado dos termos concept=key-terms
heading: interpretación concept=interpretation
body: significa weight=3 concept=means
body: enténdese por weight=3 concept=means
body: entenderase por weight=3 concept=means
body: terá o significado weight=3 concept=means
body: refírese a weight=2 concept=refers-to
body: fai referencia a weight=2 concept=refers-to
body: designa weight=2 concept=means
body: para os efectos de weight=2 concept=as-used-in-this-policy
body: a efectos de weight=2 concept=as-used-in-this-policy
body: no sentido de weight=1.5 concept=as-used-in-this-policy
body: definici* weight=2 concept=defined-terms-intro
body: termo* weight=1 concept=defined-terms-intro
body: calquera información weight=1 concept=personal-data-means
body: interesado weight=1 concept=gdpr-roles
body: encargado do tratamento weight=1 concept=gdpr-roles
body: pseudonimización weight=1.5
body: seudonimización weight=1.5
body: inclúe weight=0.5 concept=includes
# Added with the shared concept inventory (concepts.txt).
heading: definición de termos concept=definitions
heading: interpretación e definicións concept=interpretation
heading: termos empregados nesta política concept=key-terms
heading: termos utilizados nesta política concept=key-terms
heading: que entendemos por concept=what-we-mean-by
heading: a que nos referimos con concept=what-we-mean-by
body: as seguintes definicións concept=defined-terms-intro
body: para os efectos desta política concept=as-used-in-this-policy
body: toda información sobre concept=personal-data-means
body: persoa física identificada ou identificable concept=identifiable-person
body: identificada ou identificable concept=identifiable-person
body: en diante concept=hereinafter
body: en adiante concept=hereinafter
body: responsable do tratamento weight=1 concept=gdpr-roles
body: persoa interesada weight=1 concept=gdpr-roles
body: datos persoais weight=0.2 concept=personal-data
body: usuario weight=0.3 concept=user

[collection]
heading: información que recollemos concept=what-we-collect
heading: datos que recollemos concept=what-we-collect
heading: que datos recollemos concept=what-we-collect
heading: datos persoais que tratamos concept=what-we-collect
heading: que datos tratamos concept=what-we-collect
heading: recollida de información concept=collection-of-information
heading: recollida de datos concept=collection-of-information
heading: recolección de datos concept=collection-of-information
heading: categorías de datos concept=categories-of-data
heading: orixe dos datos concept=sources-of-information
heading: como obtemos os teus datos concept=how-we-collect
heading: como obtemos os seus datos concept=how-we-collect
body: recoll* weight=2 concept=we-collect
body: recompil* weight=2 concept=we-collect
body: recolección weight=2 concept=we-collect
body: recad* weight=1.5 concept=we-collect
body: obt* weight=1 concept=we-collect
body: categorías de datos weight=2 concept=data-categories
body: nos proporcionas weight=2 concept=you-provide
body: nos proporciona weight=2 concept=you-provide
body: nos facilitas weight=2 concept=you-provide
body: nos facilita weight=2 concept=you-provide
body: automaticamente weight=1.5 concept=automatically
body: de xeito automático weight=1.5 concept=automatically
body: de forma automática weight=1.5 concept=automatically
body: formulario* weight=1.5 concept=forms
body: nome weight=1 concept=name
body: nome e apelidos weight=1.5 concept=name
body: enderezo de correo electrónico weight=1.5 concept=contact-details
body: enderezo de correo weight=1.5 concept=contact-details
body: enderezo electrónico weight=1.5 concept=contact-details
body: número de teléfono weight=1.5 concept=contact-details
body: enderezo ip weight=1.5 concept=device-data
body: datos de navegación weight=1.5 concept=usage-data
body: datos identificativos weight=2
body: datos de identificación weight=2
body: datos de pagamento weight=1 concept=payment-data
body: datos de pago weight=1 concept=payment-data
body: tipo de navegador weight=1 concept=device-data
body: tipo de dispositivo weight=2 concept=device-data
body: xeolocalización weight=1 concept=location-data
body: fontes weight=1.5 concept=sources
# Added with the shared concept inventory (concepts.txt).
heading: datos recollidos concept=what-we-collect
heading: información recollida concept=what-we-collect
heading: información que nos proporcionas concept=information-you-provide
heading: información que nos facilita concept=information-you-provide
heading: datos que nos proporcionas concept=information-you-provide
heading: datos que nos facilitas concept=information-you-provide
heading: formulario de contacto weight=3 concept=information-you-provide
heading: información recollida automaticamente concept=collected-automatically
heading: datos recollidos automaticamente concept=collected-automatically
heading: información que recollemos automaticamente concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: queda no teu dispositivo weight=2 concept=on-device-data
heading: queda no seu dispositivo weight=2 concept=on-device-data
heading: permanece no teu dispositivo weight=2 concept=on-device-data
heading: procesados localmente weight=2 concept=on-device-data
heading: datos almacenados localmente weight=2 concept=on-device-data
heading: procesamento local weight=2 concept=on-device-data
heading: procesamento no dispositivo weight=2 concept=on-device-data
heading: como recollemos a túa información concept=how-we-collect
heading: como recollemos os teus datos concept=how-we-collect
heading: como recollemos os seus datos concept=how-we-collect
heading: fontes de información concept=sources-of-information
heading: procedencia dos datos concept=sources-of-information
heading: categorías de datos persoais concept=categories-of-data
body: fontes de acceso público concept=publicly-available
body: dispoñibles publicamente concept=publicly-available
body: enderezo postal concept=contact-details
body: sistema operativo concept=device-data
body: identificador* do dispositivo concept=device-data
body: datos de localización concept=location-data
body: datos de uso concept=usage-data
body: datos demográficos concept=demographic-data
body: conta weight=0.3 concept=account
body: información weight=0.1 concept=information
# Terms the proposer found that the lexicon lacked.
body: historial de navegación weight=2 concept=usage-data
# Headings asking which personal data are processed (GDPR style): "What personal data do we process?"
heading: que datos persoais concept=what-we-collect
# Headings with a modal ("What data ... may collect"): "Que datos podemos recoller".
heading: que datos podemos recoller concept=what-we-collect
heading: que datos podería recoller concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: permisos weight=2 concept=what-we-collect
heading: permisos da aplicación weight=2 concept=what-we-collect
# Inflected forms, compounds and GDPR wording real policies use.
heading: que datos persoais recollemos concept=what-we-collect
heading: que información recollemos concept=what-we-collect
heading: datos que tratamos concept=what-we-collect
heading: datos tratados concept=what-we-collect
heading: tipos de datos concept=categories-of-data
heading: tipos de datos persoais concept=categories-of-data
heading: recollida de datos persoais concept=collection-of-information
heading: recollida e tratamento de datos persoais concept=collection-of-information
heading: como obtemos os datos concept=how-we-collect
heading: información que nos proporciona concept=information-you-provide
heading: datos que nos proporciona concept=information-you-provide

[use]
heading: como utilizamos a túa información concept=how-we-use
heading: como utilizamos a súa información concept=how-we-use
heading: como usamos os teus datos concept=how-we-use
heading: uso da información concept=use-of-information
heading: uso dos teus datos concept=use-of-information
heading: uso dos seus datos concept=use-of-information
heading: utilización dos datos concept=use-of-information
heading: finalidade do tratamento concept=purposes-of-processing
heading: finalidades do tratamento concept=purposes-of-processing
heading: finalidades concept=purposes-of-processing
heading: para que utilizamos os teus datos concept=how-we-use
heading: para que usamos os teus datos concept=how-we-use
heading: para que utilizamos os seus datos concept=how-we-use
heading: con que finalidade tratamos os teus datos persoais concept=purposes-of-processing
heading: con que finalidade tratamos os seus datos persoais concept=purposes-of-processing
heading: fins do tratamento concept=purposes-of-processing
heading: como utilizamos concept=how-we-use
heading: como usamos concept=how-we-use
body: finalidade* weight=2.5 concept=purposes
body: fins weight=2 concept=purposes
body: co fin de weight=2 concept=purposes
body: coa finalidade de weight=2 concept=purposes
body: utiliz* weight=1.5 concept=we-use
body: usamos weight=1.5 concept=we-use
body: empregamos weight=1.5 concept=we-use
body: para prestar weight=1.5 concept=to-provide
body: xestionar weight=1.5 concept=to-administer
body: tramitar weight=1.5 concept=to-fulfil
body: atender weight=1.5 concept=to-respond
body: mellorar weight=1.5 concept=to-improve
body: personaliz* weight=1.5 concept=to-personalise
body: elaboración de perfís weight=2 concept=profiling
body: perfilado weight=2 concept=profiling
body: decisións automatizadas weight=1.5 concept=automated-decisions
body: previr a fraude weight=1.5 concept=to-prevent-fraud
body: prevención da fraude weight=1.5 concept=to-prevent-fraud
body: estatístic* weight=1 concept=to-analyse
body: enviarche weight=1 concept=to-send
body: enviarlle weight=1 concept=to-send
# Added with the shared concept inventory (concepts.txt).
heading: por que recollemos os teus datos concept=why-we-collect
heading: por que recollemos os seus datos concept=why-we-collect
heading: finalidade da recollida concept=why-we-collect
heading: tratamento de datos persoais concept=processing-of-personal-data
heading: tratamento dos teus datos persoais concept=processing-of-personal-data
heading: tratamento dos seus datos persoais concept=processing-of-personal-data
heading: como tratamos os teus datos persoais concept=processing-of-personal-data
heading: como tratamos os seus datos persoais concept=processing-of-personal-data
body: para as seguintes finalidades concept=following-purposes
body: coas seguintes finalidades concept=following-purposes
body: para proporcionar concept=to-provide
body: para ofrecer concept=to-provide
body: cumprir concept=to-fulfil
body: administrar concept=to-administer
body: desenvolver novos concept=to-develop
body: comunicarnos contigo concept=to-communicate
body: comunicarnos con vostede concept=to-communicate
body: analizar concept=to-analyse
body: diagnosticar concept=to-troubleshoot
body: solucionar problemas concept=to-troubleshoot
body: investigación de mercado concept=research
body: procesar pagamentos concept=to-process-transactions
body: procesar transaccións concept=to-process-transactions
body: cumprir as nosas obrigas legais concept=to-comply-with-law
# Headings asking for what purpose data are processed: "For what purpose are personal data processed?"
heading: para que finalidade concept=purposes-of-processing
heading: con que finalidade concept=purposes-of-processing
heading: para que fins concept=purposes-of-processing
heading: con que fin concept=purposes-of-processing
# Inflected forms, compounds and GDPR wording real policies use.
heading: para que usamos os seus datos concept=how-we-use
heading: uso da túa información concept=use-of-information
heading: uso da súa información concept=use-of-information
heading: por que tratamos os teus datos concept=why-we-collect
heading: por que tratamos os seus datos concept=why-we-collect
heading: finalidades do tratamento dos datos concept=purposes-of-processing
heading: decisi* automatizad* concept=automated-decision-making
heading: decisi* individuais automatizad* concept=automated-decision-making
heading: toma de decisi* automatizad* concept=automated-decision-making

[legal-basis]
heading: base xurídica concept=legal-basis
heading: base legal concept=legal-basis
heading: lexitimación concept=legal-basis
heading: base de lexitimación concept=legal-basis
heading: base lexitimadora concept=legal-basis
heading: bases legais para o tratamento concept=legal-basis
heading: fundamento xurídico concept=legal-basis
heading: licitude do tratamento concept=legal-basis
body: base xurídica weight=3 concept=legal-basis-term
body: base legal weight=3 concept=legal-basis-term
body: bases legais weight=3 concept=legal-basis-term
body: lexitimación weight=3 concept=legal-basis-term
body: base lexitimadora weight=3 concept=legal-basis-term
body: fundamento xurídico weight=3 concept=legal-basis-term
body: lexitima weight=1.5 concept=legal-basis-term
body: interese lexítimo weight=3 concept=legitimate-interests
body: intereses lexítimos weight=3 concept=legitimate-interests
body: execución dun contrato weight=2.5 concept=performance-of-contract
body: execución do contrato weight=2.5 concept=performance-of-contract
body: relación contractual weight=2 concept=performance-of-contract
body: medidas precontractuais weight=2 concept=performance-of-contract
body: obriga legal weight=2.5 concept=legal-obligation
body: obrigas legais weight=2 concept=legal-obligation
body: cumprimento dunha obriga legal weight=2 concept=legal-obligation
body: intereses vitais weight=2 concept=vital-interests
body: interese público weight=2 concept=public-interest
body: misión de interese público weight=2.5 concept=public-interest
body: artigo 6 weight=2.5 concept=article-6
body: licitude weight=2 concept=lawful
body: lícit* weight=1 concept=lawful
body: consentimento weight=1 concept=consent-as-basis
body: rxpd weight=1
# Added with the shared concept inventory (concepts.txt).
heading: por que podemos tratar os teus datos concept=why-allowed
heading: por que podemos tratar os seus datos concept=why-allowed
heading: cal é a lexitimación para o tratamento dos teus datos concept=why-allowed
heading: cal é a lexitimación para o tratamento dos seus datos concept=why-allowed
body: o tratamento é necesario concept=processing-necessary
body: dereitos e liberdades fundamentais concept=balancing-test
body: ponderación concept=balancing-test
body: sobre a base de concept=on-the-basis-of
body: con base en concept=on-the-basis-of
body: en base a concept=on-the-basis-of
body: necesario weight=0.5 concept=necessary
# Headings naming the basis of processing without "legal": "Basis for processing (personal data)".
heading: base para o tratamento concept=legal-basis
heading: base do tratamento concept=legal-basis
# The whole phrase, so that it outweighs the processing heading it contains.
heading: base para o tratamento de datos persoais concept=legal-basis
heading: base para o tratamento dos teus datos persoais concept=legal-basis
heading: base para o tratamento dos seus datos persoais concept=legal-basis
# Inflected forms, compounds and GDPR wording real policies use.
heading: lexitimación para o tratamento concept=legal-basis
heading: base xurídica do tratamento concept=legal-basis
heading: bases xurídicas concept=legal-basis
heading: autorizados a tratar concept=why-allowed

[consent]
heading: consentimento concept=your-consent
heading: o teu consentimento concept=your-consent
heading: o seu consentimento concept=your-consent
heading: retirada do consentimento concept=withdrawal-of-consent
heading: revogación do consentimento concept=withdrawal-of-consent
heading: como retirar o teu consentimento concept=withdrawal-of-consent
heading: como retirar o seu consentimento concept=withdrawal-of-consent
heading: aceptación concept=your-consent
body: consent* weight=2.5 concept=you-consent
body: retir* weight=2.5 concept=withdraw
body: revog* weight=2.5 concept=withdraw
body: en calquera momento weight=1 concept=at-any-time
body: sen que isto afecte weight=2 concept=without-affecting-lawfulness
body: sen que iso afecte weight=2 concept=without-affecting-lawfulness
body: licitude do tratamento baseado no consentimento weight=2 concept=without-affecting-lawfulness
body: expreso weight=1 concept=explicit-consent
body: inequívoco weight=1.5 concept=explicit-consent
body: libre weight=0.5 concept=freely-given
body: aceptas weight=1 concept=you-agree
body: acepta weight=1 concept=you-agree
body: caixa de verificación weight=1.5 concept=opt-in
body: marcar weight=1.5 concept=opt-in
body: autoriz* weight=1.5 concept=permission
# Added with the shared concept inventory (concepts.txt).
heading: retirar o consentimento concept=withdrawal-of-consent
body: consentimento expreso concept=explicit-consent
body: consentimento explícito concept=explicit-consent
body: libremente concept=freely-given
body: de xeito voluntario concept=freely-given
body: cambias de opinión concept=change-your-mind
body: cambia de opinión concept=change-your-mind
body: permiso concept=permission
body: permisos concept=permission
body: antes da súa retirada concept=without-affecting-lawfulness
# Inflected forms, compounds and GDPR wording real policies use.
heading: retirar o seu consentimento concept=withdrawal-of-consent
heading: dereito a retirar o consentimento concept=withdrawal-of-consent

[sharing]
heading: compartir información concept=sharing-of-information
heading: compartir datos concept=sharing-of-information
heading: con quen compartimos os teus datos concept=who-we-share-with
heading: con quen compartimos os seus datos concept=who-we-share-with
heading: comunicación de datos concept=sharing-of-information
heading: comunicación de datos a terceiros concept=disclosure-of-information
heading: cesión de datos concept=disclosure-of-information
heading: destinatarios concept=who-we-share-with
heading: destinatarios dos datos concept=who-we-share-with
heading: a quen concept=who-we-share-with
heading: divulgación de información concept=disclosure-of-information
body: compart* weight=2 concept=share
body: destinatario* weight=2.5 concept=recipients
body: cesión weight=2.5 concept=disclose
body: cesións weight=2.5 concept=disclose
body: ceder weight=2 concept=disclose
body: cedidos weight=2 concept=disclose
body: terceiros weight=1 concept=third-parties-term
body: terceiras partes weight=1 concept=third-parties-term
body: comunic* weight=1 concept=disclose
body: provedores de servizos weight=2 concept=service-providers
body: prestadores de servizos weight=2 concept=service-providers
body: encargados do tratamento weight=2 concept=service-providers
body: empresas do grupo weight=2 concept=affiliates
body: filiais weight=1.5 concept=affiliates
body: autoridades weight=1.5 concept=authorities
body: orde xudicial weight=1.5 concept=legal-process
body: requirimento weight=1.5 concept=legal-process
body: fusión weight=2 concept=corporate-transaction
body: adquisición weight=1.5 concept=corporate-transaction
body: venda weight=1 concept=sell
body: non vendemos weight=2 concept=sell
body: divulg* weight=2 concept=disclose
body: revelar weight=1.5 concept=disclose
# Added with the shared concept inventory (concepts.txt).
heading: como compartimos a túa información concept=how-we-share
heading: como compartimos a súa información concept=how-we-share
heading: información que compartimos concept=how-we-share
heading: terceiros concept=third-parties
heading: terceiras partes concept=third-parties
heading: compartir con terceiros concept=third-parties
heading: provedores de servizos concept=service-providers-heading
heading: prestadores de servizos concept=service-providers-heading
heading: fusións e adquisicións concept=business-transfers
heading: operacións societarias concept=business-transfers
heading: requirimentos legais concept=legal-requests
heading: procedementos legais concept=legal-requests
heading: venda de información persoal concept=sale-of-information
heading: vendemos os teus datos concept=sale-of-information
body: no noso nome concept=on-our-behalf
body: por conta nosa concept=on-our-behalf
body: socios comerciais concept=business-partners
body: quebra concept=corporate-transaction
body: forzas e corpos de seguridade concept=authorities
body: de boa fe concept=legal-process
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: transferencia de datos a terceiros concept=transfer-to-third-parties
heading: cesión de datos a terceiros concept=transfer-to-third-parties
# Recipients asked as access: "Who has access to your personal data?"
heading: quen ten acceso aos teus datos concept=who-we-share-with
heading: quen ten acceso aos seus datos concept=who-we-share-with
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: pagamentos weight=2 concept=payments-purchases
heading: procesamento de pagamentos weight=3 concept=payments-purchases
heading: compras na aplicación weight=2 concept=payments-purchases
heading: subscricións weight=2 concept=payments-purchases
# Inflected forms, compounds and GDPR wording real policies use.
heading: a que destinatarios se comunicarán concept=who-we-share-with
heading: a quen comunicamos os teus datos concept=who-we-share-with
heading: a quen comunicamos os seus datos concept=who-we-share-with
heading: destinatarios dos datos persoais concept=who-we-share-with
heading: comunicación dos datos concept=disclosure-of-information
heading: cesións de datos concept=disclosure-of-information
heading: encargados do tratamento concept=service-providers-heading

[cookies]
heading: cookies concept=cookies
heading: política de cookies concept=cookies
heading: uso de cookies concept=cookies
heading: utilización de cookies concept=cookies
heading: cookies e tecnoloxías similares concept=tracking-technologies
heading: tecnoloxías de seguimento concept=tracking-technologies
heading: tecnoloxías de rastrexo concept=tracking-technologies
heading: que son as cookies concept=cookies
heading: balizas web concept=web-beacons
body: cookie* weight=3 concept=cookie
body: rastro weight=2 concept=cookie            # the Galician word some translations use for cookies
body: rastros weight=2 concept=cookie
body: balizas weight=2.5 concept=web-beacon
body: web beacons weight=2 concept=web-beacon
body: píxel* weight=2 concept=web-beacon
body: etiquetas de píxel weight=2 concept=web-beacon
body: pequenos ficheiros weight=2.5 concept=text-files
body: tecnoloxías similares weight=2 concept=tracking-technology
body: tecnoloxías semellantes weight=2 concept=tracking-technology
body: ficheiros de rexistro weight=2 concept=log-file
body: rexistros do servidor weight=2 concept=log-file
body: google analytics weight=2 concept=analytics-term
body: analític* weight=1.5 concept=analytics-term
body: cookies de sesión weight=2 concept=cookie-lifetime
body: persistentes weight=2 concept=cookie-lifetime
body: almacenan weight=1
body: configuración do navegador weight=1.5 concept=browser-settings
body: configuración do explorador weight=1.5 concept=browser-settings
body: navegador weight=1 concept=browser
body: explorador weight=1 concept=browser
body: dispositivo weight=0.5 concept=device
# Added with the shared concept inventory (concepts.txt).
heading: etiquetas de píxel concept=web-beacons
heading: ficheiros de rexistro concept=log-files
heading: analítica concept=analytics
heading: análise web concept=analytics
body: ficheiros de texto concept=text-files
body: tecnoloxías de seguimento concept=tracking-technology
body: seguimento weight=1.5 concept=tracking-technology
body: rastrex* weight=1.5 concept=tracking-technology
body: cookies de rastrexo concept=tracking-technology
body: cookies de seguimento concept=tracking-technology
body: almacenamento local concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: estritamente necesarias concept=cookie-categories
body: cookies técnicas concept=cookie-categories
body: funcionais weight=1.5 concept=cookie-categories
body: sdk* concept=sdk
body: pegada dixital do dispositivo concept=fingerprinting
body: pegadas dixitais concept=fingerprinting
body: fingerprinting concept=fingerprinting
# Inflected forms, compounds and GDPR wording real policies use.
heading: que cookies utilizamos concept=cookies
heading: cookies utilizadas concept=cookies
heading: tipos de cookies concept=cookies
heading: ferramentas de analítica concept=analytics
heading: google analytics concept=analytics
heading: uso de cookies e tecnoloxías similares concept=tracking-technologies

[advertising]
heading: publicidade concept=advertising
heading: mercadotecnia concept=marketing
heading: márketing concept=marketing
heading: marketing concept=marketing
heading: comunicacións comerciais concept=marketing-communications
heading: comunicacións promocionais concept=marketing-communications
heading: publicidade personalizada concept=interest-based-advertising
heading: publicidade baseada en intereses concept=interest-based-advertising
heading: boletín concept=marketing-communications
body: publicidade weight=2.5 concept=ads
body: publicitari* weight=2.5 concept=ads
body: anuncios weight=2.5 concept=ads
body: anunciantes weight=2.5 concept=ad-networks
body: redes publicitarias weight=2.5 concept=ad-networks
body: comunicacións comerciais weight=2.5 concept=marketing-messages
body: mercadotecnia weight=2 concept=marketing-purposes
body: márketing weight=2 concept=marketing-purposes
body: marketing weight=2 concept=marketing-purposes
body: promoci* weight=2 concept=promotions
body: boletín* weight=2 concept=marketing-messages
body: newsletter weight=2 concept=marketing-messages
body: baseada en intereses weight=2 concept=interest-based
body: remarketing weight=2 concept=retargeting
body: prospección comercial weight=2 concept=marketing-purposes
body: campañas weight=1.5
body: ofertas weight=1.5 concept=promotions
body: intereses weight=0.5 concept=interests
# Added with the shared concept inventory (concepts.txt).
heading: publicidade e mercadotecnia concept=advertising
heading: publicidade e márketing concept=advertising
heading: mercadotecnia directa concept=marketing
heading: publicidade comportamental concept=interest-based-advertising
heading: publicidade de terceiros concept=third-party-advertising
heading: redes publicitarias concept=third-party-advertising
body: publicidade comportamental concept=interest-based
body: publicidade dirixida concept=interest-based
body: retargeting concept=retargeting
body: ofertas especiais concept=promotions
body: fins de mercadotecnia concept=marketing-purposes
body: fins comerciais concept=marketing-purposes
body: medir a eficacia concept=ad-measurement
body: your online choices concept=ad-industry-programs
# Inflected forms, compounds and GDPR wording real policies use.
heading: boletín de novas concept=marketing-communications
heading: boletíns concept=marketing-communications
heading: comunicacións de mercadotecnia concept=marketing-communications

[do-not-track]
heading: do not track concept=do-not-track
heading: non rastrexar concept=do-not-track
heading: sinais de non rastrexar concept=do-not-track
heading: sinais do not track concept=do-not-track
heading: control global de privacidade concept=global-privacy-control
heading: sinais de preferencia concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: non rastrexar weight=3 concept=dnt-signal
body: non seguimento weight=2.5 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: control global de privacidade weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: sinal weight=2 concept=opt-out-preference-signal
body: sinais weight=2 concept=opt-out-preference-signal
body: non respondemos weight=2 concept=do-not-respond
body: estándar weight=1.5 concept=no-uniform-standard
body: rastrexo weight=1
body: preferencia* weight=1
body: configuración do teu navegador weight=1
body: navegador weight=1 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt).
heading: global privacy control concept=global-privacy-control
heading: sinais do navegador concept=preference-signals
body: estándar uniforme concept=no-uniform-standard
body: sinal de preferencia de exclusión concept=opt-out-preference-signal
body: recoñec* concept=honor-signals
body: ao longo do tempo weight=1.5 concept=cross-site-tracking

[choices]
heading: as túas opcións concept=your-choices
heading: as súas opcións concept=your-choices
heading: as túas eleccións concept=your-choices
heading: opcións sobre os teus datos concept=your-choices
heading: como darse de baixa concept=unsubscribing
heading: darse de baixa concept=unsubscribing
heading: exclusión voluntaria concept=opting-out
heading: control da túa información concept=your-choices
heading: preferencias de comunicación concept=managing-preferences
body: darse de baixa weight=3 concept=unsubscribe
body: darte de baixa weight=3 concept=unsubscribe
body: dar de baixa weight=2.5 concept=unsubscribe
body: cancelar a subscrición weight=2.5 concept=unsubscribe
body: exclusión weight=2 concept=opt-out
body: opt-out weight=2 concept=opt-out
body: optar weight=2 concept=choose-not-to
body: podes escoller weight=2.5 concept=choose-not-to
body: pode escoller weight=2.5 concept=choose-not-to
body: podes elixir weight=2.5 concept=choose-not-to
body: opcións weight=2
body: preferencias weight=1.5 concept=preferences
body: desactivar weight=1.5 concept=disable
body: rexeitar weight=1.5 concept=decline
body: non facilitar weight=1.5 concept=choose-not-to
body: non proporcionar weight=1.5 concept=choose-not-to
body: configurar weight=1 concept=settings
body: axustes weight=1 concept=settings
body: configuración weight=1 concept=settings
body: ligazón weight=1 concept=unsubscribe-link
body: decidir weight=1 concept=choose-not-to
body: recibir weight=0.5 concept=receive
# Added with the shared concept inventory (concepts.txt).
heading: xestión das túas preferencias concept=managing-preferences
heading: xestión das súas preferencias concept=managing-preferences
heading: como excluírse concept=opting-out
heading: baixa das comunicacións concept=unsubscribing
body: deixar de recibir concept=unsubscribe
body: correos electrónicos promocionais concept=promotional-emails
body: configuración da conta concept=settings
body: notificacións push concept=device-permissions
body: servizos de localización concept=device-permissions
body: ao final de cada correo concept=unsubscribe-link
body: non poidas utilizar concept=consequences-of-refusal
body: non poida utilizar concept=consequences-of-refusal
# Inflected forms, compounds and GDPR wording real policies use.
heading: configuración de privacidade concept=managing-preferences
heading: darse de baixa do boletín concept=unsubscribing

[rights]
heading: os teus dereitos concept=your-rights
heading: os seus dereitos concept=your-rights
heading: dereitos da persoa interesada concept=your-rights
heading: dereitos do interesado concept=your-rights
heading: dereitos dos usuarios concept=your-rights
heading: exercicio de dereitos concept=exercising-rights
heading: como exercer os teus dereitos concept=exercising-rights
heading: como exercer os seus dereitos concept=exercising-rights
heading: que dereitos tes concept=your-rights
heading: que dereitos ten concept=your-rights
heading: acceso e rectificación concept=access-and-correction
heading: consultar ou actualizar weight=2 concept=access-and-correction
body: dereito de acceso weight=3 concept=right-of-access
body: podes acceder weight=2 concept=right-of-access
body: pode acceder weight=2 concept=right-of-access
body: axente* autorizad* weight=2.5 concept=authorized-agent
body: rectificación weight=3 concept=rectification
body: supresión weight=3 concept=erasure
body: portabilidade weight=3 concept=portability
body: oposición weight=2.5 concept=right-to-object
body: limitación do tratamento weight=3 concept=restriction
body: dereito ao esquecemento weight=2.5 concept=erasure
body: cancelación weight=2 concept=erasure
body: arco weight=2
body: exerc* weight=2.5 concept=exercise-rights
body: dereitos weight=1.5
body: autoridade de control weight=2.5 concept=complaint-to-authority
body: reclamación weight=2 concept=complaint-to-authority
body: axencia española de protección de datos weight=2.5 concept=complaint-to-authority
body: aepd weight=2.5 concept=complaint-to-authority
body: copia weight=1 concept=copy-of-data
body: non discriminación weight=1.5 concept=non-discrimination
body: verificar a túa identidade weight=1.5 concept=verify-identity
body: verificar a súa identidade weight=1.5 concept=verify-identity
body: decisións individuais automatizadas weight=1.5
body: solicitude weight=1 concept=request
# Added with the shared concept inventory (concepts.txt).
heading: axentes autorizados concept=authorized-agents
heading: axente autorizado concept=authorized-agents
body: dereito a opoñerse concept=right-to-object
body: dereito de oposición concept=right-to-object
body: inexact* concept=rectification
body: borrado concept=erasure
body: formato estruturado concept=portability
body: presentar unha reclamación concept=complaint-to-authority
body: as persoas interesadas concept=data-subject-rights
body: os interesados concept=data-subject-rights
body: acceso weight=1.5 concept=access
# Inflected forms, compounds and GDPR wording real policies use.
heading: dereito de acceso concept=access-and-correction
heading: dereito de rectificación concept=access-and-correction
heading: dereito de supresión concept=your-rights
heading: dereito ao esquecemento concept=your-rights
heading: dereito á limitación do tratamento concept=your-rights
heading: dereito de limitación do tratamento concept=your-rights
heading: dereito á portabilidade dos datos concept=your-rights
heading: dereito de portabilidade concept=your-rights
heading: portabilidade dos datos concept=your-rights
heading: dereito de oposición concept=your-rights
heading: dereito a presentar unha reclamación concept=your-rights
heading: reclamación ante a autoridade de control concept=your-rights
heading: cales son os teus dereitos concept=your-rights
heading: cales son os seus dereitos concept=your-rights
heading: dereitos das persoas interesadas concept=your-rights
heading: dereitos concept=your-rights
heading: exercicio dos teus dereitos concept=exercising-rights
heading: exercicio dos seus dereitos concept=exercising-rights
heading: dereitos arco concept=your-rights
heading: podo acceder concept=access-and-correction
heading: cales son os meus dereitos concept=your-rights
body: dereito de rectificación weight=2
body: dereito de supresión weight=2
body: dereito á portabilidade weight=2

[retention]
heading: conservación de datos concept=data-retention
heading: conservación dos datos concept=data-retention
heading: prazo de conservación concept=retention-period
heading: período de conservación concept=retention-period
heading: canto tempo conservamos os teus datos concept=how-long-we-keep
heading: canto tempo conservamos os seus datos concept=how-long-we-keep
heading: durante canto tempo concept=how-long-we-keep
heading: por canto tempo concept=how-long-we-keep
heading: retención de datos concept=data-retention
heading: conservación concept=data-retention
body: conserv* weight=2.5 concept=retain
body: reten* weight=2.5 concept=retain
body: prazo* weight=2 concept=retention-criteria
body: prazos legais weight=2 concept=legal-retention-requirements
body: período weight=1.5 concept=retention-criteria
body: períodos weight=1.5 concept=retention-criteria
body: durante o tempo necesario weight=3 concept=as-long-as-necessary
body: polo tempo necesario weight=3 concept=as-long-as-necessary
body: non máis tempo do necesario weight=3 concept=as-long-as-necessary
body: mentres weight=1.5 concept=as-long-as-necessary
body: bloque* weight=2 concept=legal-retention-requirements
body: prescrición weight=2 concept=legal-retention-requirements
body: responsabilidades weight=1 concept=legal-retention-requirements
body: suprimir weight=1.5 concept=destroy
body: elimin* weight=1.5 concept=destroy
body: destruír weight=1 concept=destroy
body: anonimiz* weight=1.5 concept=anonymise
body: anos weight=1 concept=years
body: meses weight=1
# Added with the shared concept inventory (concepts.txt).
heading: almacenamento e conservación concept=storage-and-retention
heading: almacenamento e conservación de datos concept=storage-and-retention
heading: conservación e eliminación concept=retention-and-deletion
heading: conservación e supresión de datos concept=retention-and-deletion
body: xa non sexan necesarios concept=no-longer-needed
body: deixen de ser necesarios concept=no-longer-needed
body: gard* concept=keep
body: arquiv* concept=archive
body: inactiv* concept=inactive-accounts
body: almacen* weight=1 concept=store
body: criterios concept=retention-criteria
# Inflected forms, compounds and GDPR wording real policies use.
heading: canto tempo conservaremos os teus datos concept=how-long-we-keep
heading: canto tempo conservaremos os seus datos concept=how-long-we-keep
heading: prazos de conservación concept=retention-period
heading: período de conservación dos datos concept=retention-period
heading: conservación dos datos persoais concept=data-retention

[security]
heading: seguridade concept=data-security
heading: seguranza concept=data-security
heading: seguridade dos datos concept=data-security
heading: seguridade da información concept=data-security
heading: medidas de seguridade concept=security-measures
heading: medidas de seguranza concept=security-measures
heading: como protexemos os teus datos concept=how-we-protect
heading: como protexemos os seus datos concept=how-we-protect
heading: protección da información concept=how-we-protect
heading: confidencialidade concept=data-security
body: seguridade weight=2 concept=secure
body: seguranza weight=2 concept=secure
body: medidas técnicas e organizativas weight=3 concept=technical-organisational-measures
body: medidas técnicas weight=2 concept=technical-organisational-measures
body: organizativas weight=2 concept=technical-organisational-measures
body: cifrad* weight=2.5 concept=encryption
body: cifraxe weight=2.5 concept=encryption
body: encript* weight=2.5 concept=encryption
body: ssl weight=2 concept=encryption
body: tls weight=2 concept=encryption
body: acceso non autorizado weight=2.5 concept=unauthorized-access
body: perda weight=1.5 concept=loss-misuse-alteration
body: alteración weight=1.5 concept=loss-misuse-alteration
body: confidencialidade weight=2 concept=confidentiality
body: devasas weight=2 concept=technical-controls
body: cortalumes weight=2 concept=technical-controls
body: brecha* weight=2 concept=breach
body: violación de seguridade weight=2 concept=breach
body: contrasinal weight=1.5 concept=technical-controls
body: contrasinais weight=1.5 concept=technical-controls
body: ningún sistema weight=2 concept=no-guarantee
body: protexer weight=1 concept=protect
body: garantir weight=0.5 concept=ensure
# Added with the shared concept inventory (concepts.txt).
body: salvagard* concept=safeguards
body: uso indebido concept=loss-misuse-alteration
body: medidas físicas concept=physical-safeguards
body: control de acceso concept=technical-controls
body: incidente* de seguridade concept=breach
body: vulnerabilidade* concept=breach
body: non podemos garantir concept=no-guarantee
body: baixo a túa propia responsabilidade concept=no-guarantee
body: estándares do sector concept=industry-standard
# Personal-data breaches and their notification: a security topic.
heading: violación de datos concept=data-security
# Inflected forms, compounds and GDPR wording real policies use.
heading: medidas técnicas e organizativas concept=security-measures
heading: protección dos teus datos concept=how-we-protect
heading: protección dos seus datos concept=how-we-protect
heading: seguridade dos teus datos concept=data-security
heading: seguridade dos seus datos concept=data-security
heading: violacións de seguridade concept=data-security

[children]
heading: menores concept=minors
heading: menores de idade concept=minors
heading: privacidade dos menores concept=childrens-privacy
heading: información de menores concept=childrens-privacy
heading: datos de menores concept=childrens-privacy
heading: nenos concept=childrens-privacy
heading: privacidade infantil concept=childrens-privacy
heading: idade mínima concept=age-limits
body: menores weight=3 concept=minors-teens
body: menor de idade weight=3 concept=minors-teens
body: nenos weight=3 concept=children
body: nenas weight=3 concept=children
body: crianzas weight=3 concept=children
body: infantil weight=2 concept=children
body: idade weight=2 concept=age
body: pais weight=2.5 concept=parents-guardians
body: nais weight=2.5 concept=parents-guardians
body: titores weight=2 concept=parents-guardians
body: titor legal weight=2.5 concept=parents-guardians
body: patria potestade weight=2.5 concept=parents-guardians
body: consentimento dos pais weight=2.5 concept=parental-consent
body: 13 anos weight=2 concept=age-threshold
body: 14 anos weight=2 concept=age-threshold
body: 16 anos weight=2 concept=age-threshold
body: maior de idade weight=1.5 concept=age-threshold
body: conscientemente weight=2 concept=knowingly-collect
body: de xeito consciente weight=2 concept=knowingly-collect
body: coppa weight=3 concept=coppa
body: dirixido weight=1 concept=not-directed-to-children
# Added with the shared concept inventory (concepts.txt).
heading: menores de 13 anos concept=age-limits
heading: menores de 14 anos concept=age-limits
heading: restricións de idade concept=age-limits
heading: uso por menores de idade concept=minors
body: neno* concept=children
body: adolescentes concept=minors-teens
body: consentimento parental concept=parental-consent
body: non está dirixido a concept=not-directed-to-children
body: se temos coñecemento concept=if-we-learn
body: se descubrimos concept=if-we-learn
body: menor weight=0.5 concept=minor
# Inflected forms, compounds and GDPR wording real policies use.
heading: menores de 16 anos concept=age-limits
heading: datos dos menores concept=childrens-privacy

[international]
heading: transferencias internacionais concept=international-transfers
heading: transferencias internacionais de datos concept=international-transfers
heading: transferencia de datos concept=data-transfers
heading: transferencias fóra do eee concept=international-transfers
heading: onde almacenamos os teus datos concept=where-we-store
heading: onde almacenamos os seus datos concept=where-we-store
heading: localización dos datos concept=where-we-store
heading: almacenamento e transferencia concept=where-we-store
body: transfer* weight=2.5 concept=transfer
body: internaciona* weight=2 concept=cross-border
body: países terceiros weight=3 concept=other-countries
body: terceiros países weight=3 concept=other-countries
body: outros países weight=2 concept=other-countries
body: fóra do espazo económico europeo weight=3 concept=eea
body: espazo económico europeo weight=2 concept=eea
body: eee weight=2 concept=eea
body: cláusulas contractuais tipo weight=3 concept=transfer-safeguards
body: cláusulas contractuais estándar weight=3 concept=transfer-safeguards
body: decisión de adecuación weight=3 concept=adequacy
body: nivel de protección adecuado weight=2.5 concept=adequacy
body: garantías adecuadas weight=2 concept=transfer-safeguards
body: data privacy framework weight=2.5 concept=privacy-frameworks
body: privacy shield weight=2 concept=privacy-frameworks
body: estados unidos weight=1.5 concept=united-states
body: servidores weight=1.5 concept=server-location
body: unión europea weight=1 concept=eea
body: localizad* weight=1 concept=server-location
body: situad* weight=1 concept=server-location
# Added with the shared concept inventory (concepts.txt).
heading: transferencias de datos concept=data-transfers
heading: transferencias transfronteirizas concept=international-transfers
heading: lugar do tratamento concept=where-we-store
heading: almacenamento de datos weight=1 concept=where-we-store
heading: almacenamento dos datos weight=1 concept=where-we-store
body: transfronteiriz* concept=cross-border
body: fóra do teu país concept=other-countries
body: fóra do seu país concept=other-countries
body: normas corporativas vinculantes concept=transfer-safeguards
body: mesmo nivel de protección concept=less-protective
body: xurisdici* concept=jurisdictions
body: almacenados en concept=server-location
body: en todo o mundo concept=around-the-world
# Inflected forms, compounds and GDPR wording real policies use.
heading: transferencias internacionais de datos persoais concept=international-transfers
heading: transferencia internacional concept=international-transfers
heading: transferencias a terceiros países concept=international-transfers
heading: transferencias fóra da ue concept=international-transfers
heading: onde se tratan os datos concept=where-we-store
heading: localización dos servidores concept=where-we-store

[regional]
heading: residentes en california concept=california
heading: aviso para residentes de california concept=california
heading: dereitos de privacidade de california concept=california
heading: usuarios do espazo económico europeo concept=eea-gdpr-notice
heading: información adicional para determinadas xurisdicións concept=jurisdiction-specific
heading: disposicións específicas por país concept=jurisdiction-specific
heading: usuarios do brasil concept=jurisdiction-specific
heading: avisos rexionais concept=jurisdiction-specific
body: california weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: lei de privacidade do consumidor de california weight=3 concept=california-law
body: shine the light weight=2.5 concept=california-law
body: resident* weight=2 concept=residents
body: consumidor* weight=1.5 concept=consumers
body: venda de información persoal weight=2 concept=do-not-sell
body: información persoal sensible weight=1.5
body: nevada weight=2.5 concept=us-states
body: virxinia weight=2 concept=us-states
body: virginia weight=2 concept=us-states
body: lgpd weight=2.5 concept=brazil-lgpd
body: brasil weight=1.5 concept=brazil-lgpd
body: pipeda weight=2.5 concept=canada-pipeda
body: canadá weight=1.5 concept=canada-pipeda
body: xurisdición weight=1.5
body: estado weight=0.5 concept=state
# Added with the shared concept inventory (concepts.txt).
heading: residentes de nevada concept=us-state-rights
heading: dereitos de privacidade estatais concept=us-state-rights
heading: residentes do espazo económico europeo concept=eea-gdpr-notice
heading: cumprimento do rxpd concept=eea-gdpr-notice
heading: cumprimento do rgpd concept=eea-gdpr-notice
body: vender ou compartir concept=do-not-sell
body: publicidade condutual entre contextos concept=cross-context-advertising
body: incentivos financeiros concept=financial-incentives
body: 12 meses anteriores concept=preceding-12-months
body: últimos 12 meses concept=preceding-12-months
body: colorado concept=us-states
body: connecticut concept=us-states
body: rxpd concept=eu-gdpr
body: rgpd concept=eu-gdpr
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
heading: anexos rexionais concept=jurisdiction-specific

[third-party-sites]
heading: ligazóns a outros sitios web concept=links-to-other-sites
heading: enlaces a outros sitios web concept=links-to-other-sites
heading: sitios web de terceiros concept=third-party-websites
heading: servizos de terceiros weight=2 concept=third-party-services   # outweighs the sharing cue "terceiros" inside it
heading: servizos de terceiras partes concept=third-party-services
heading: ligazóns externas concept=links-to-other-sites
heading: enlaces externos concept=links-to-other-sites
heading: ligazóns a terceiros concept=links-to-other-sites
heading: plataformas de terceiros concept=third-party-services
heading: sincronización na nube concept=third-party-services
heading: redes sociais concept=social-media-plugins
body: ligazóns weight=2.5 concept=links
body: ligazón weight=2 concept=links
body: enlaces weight=2.5 concept=links
body: enlace weight=2 concept=links
body: hiperligaz* weight=2 concept=links
body: vínculo* weight=2 concept=links
body: sitios web de terceiros weight=3 concept=other-sites
body: sitios de terceiros weight=3 concept=other-sites
body: non somos responsables weight=2.5 concept=not-responsible
body: non nos facemos responsables weight=2.5 concept=not-responsible
body: as súas propias políticas de privacidade weight=2.5 concept=their-privacy-policies
body: a súa propia política de privacidade weight=2.5 concept=their-privacy-policies
body: as súas políticas de privacidade weight=2 concept=their-privacy-policies
body: a súa política de privacidade weight=2 concept=their-privacy-policies
body: control sobre weight=1.5 concept=not-responsible
body: plugin* weight=2 concept=plugins
body: complementos weight=1.5 concept=plugins
body: redes sociais weight=2
body: externos weight=1.5 concept=other-sites
body: externas weight=1.5 concept=other-sites
body: ao facer clic weight=1.5 concept=links
body: abandon* weight=1.5 concept=leave-our-site
body: recomendámosche weight=1 concept=encourage-review
body: recomendámoslle weight=1 concept=encourage-review
body: contido weight=0.5 concept=content
# Added with the shared concept inventory (concepts.txt).
heading: outros sitios web concept=third-party-websites
heading: complementos de redes sociais concept=social-media-plugins
heading: políticas de privacidade de terceiros concept=third-party-privacy-policies
heading: prácticas de privacidade de terceiros concept=third-party-privacy-policies
body: aplicacións de terceiros concept=third-party-applications
body: widgets concept=plugins
body: revisar weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: presenza en redes sociais concept=social-media-presence
heading: medios sociais concept=social-media-presence
heading: perfís en redes sociais concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: recollidos por terceiros concept=third-party-data-collection
heading: recollida por terceiros concept=third-party-data-collection
heading: recollidos por terceiras partes concept=third-party-data-collection
heading: terceiros poden recoller concept=third-party-data-collection
heading: outras partes poden recoller concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: conexións de rede weight=2 concept=network-connections
heading: solicitudes de rede weight=2 concept=network-connections
heading: conexións externas weight=2 concept=network-connections
heading: saen do teu dispositivo weight=2 concept=network-connections
heading: sae do teu dispositivo weight=2 concept=network-connections
heading: enviados fóra do teu dispositivo weight=2 concept=network-connections
heading: pasa por internet weight=2 concept=network-connections
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
heading: servizos de sincronización concept=third-party-services
# Inflected forms, compounds and GDPR wording real policies use.
heading: contido incrustado concept=third-party-services
heading: contido de terceiros concept=third-party-services
heading: bibliotecas de terceiros concept=third-party-services
heading: ferramentas de terceiros concept=third-party-services
heading: servizos externos concept=third-party-services
heading: sitios web externos concept=third-party-websites

[changes]
heading: cambios nesta política concept=changes-to-policy
heading: cambios na política de privacidade concept=changes-to-policy
heading: modificacións da política de privacidade concept=changes-to-policy
heading: actualizacións desta política concept=policy-updates
heading: actualización da política concept=policy-updates
heading: modificacións concept=amendments
heading: vixencia concept=entry-into-force
heading: data de entrada en vigor concept=entry-into-force
body: modific* weight=2 concept=change-update
body: actualiz* weight=2 concept=change-update
body: cambio* weight=1.5 concept=change-update
body: cambios substanciais weight=2.5 concept=material-changes
body: última actualización weight=3 concept=effective-date
body: actualizouse por última vez weight=3 concept=effective-date
body: data de entrada en vigor weight=2.5 concept=effective-date
body: entrada en vigor weight=2 concept=effective-date
body: entran en vigor weight=2 concept=effective-immediately
body: periodicamente weight=2 concept=from-time-to-time
body: de cando en vez weight=2 concept=from-time-to-time
body: reservámonos o dereito weight=2 concept=reserve-the-right
body: revisar weight=1.5 concept=check-back
body: notific* weight=1.5 concept=notify-you
body: publicar* weight=1.5 concept=posting
body: versión weight=1.5 concept=version
body: vixente weight=1.5 concept=latest-version
body: aviso weight=0.5 concept=notice
# Added with the shared concept inventory (concepts.txt).
heading: notificación de cambios concept=notification-of-changes
heading: aviso de cambios concept=notification-of-changes
heading: revisións concept=amendments
heading: entrada en vigor concept=entry-into-force
body: cambios significativos concept=material-changes
body: uso continuado concept=continued-use
body: se continúas utilizando concept=continued-use
body: se continúa utilizando concept=continued-use
body: versión máis recente concept=latest-version
body: con efecto inmediato concept=effective-immediately
# Where a changed policy is posted: "(we will post the new policy) on this page".
body: nesta páxina weight=1 concept=posting
body: neste documento weight=1 concept=posting
# Inflected forms, compounds and GDPR wording real policies use.
heading: cambios desta política de privacidade concept=changes-to-policy
heading: modificacións desta política concept=changes-to-policy
heading: actualizacións da política de privacidade concept=policy-updates
heading: última actualización concept=entry-into-force

[contact]
heading: contacto concept=contact-us
heading: contacta connosco concept=contact-us
heading: contacte connosco concept=contact-us
heading: como contactar connosco concept=how-to-contact
heading: datos de contacto concept=contact-information
heading: delegado de protección de datos concept=data-protection-officer
heading: preguntas concept=questions
heading: consultas concept=questions
heading: dúbidas concept=questions
body: contact* weight=2 concept=please-contact
body: delegado de protección de datos weight=2.5 concept=dpo
body: dpd weight=2 concept=dpo
body: dpo weight=2 concept=dpo
body: correo electrónico weight=1.5 concept=by-email
body: enderezo postal weight=2 concept=postal-address
body: teléfono weight=1.5 concept=telephone
body: preguntas weight=2 concept=questions-comments
body: dúbidas weight=2 concept=questions-comments
body: consultas weight=2 concept=questions-comments
body: escrib* weight=1.5 concept=please-contact
body: podes dirixirte weight=2.5 concept=please-contact
body: pode dirixirse weight=2.5 concept=please-contact
body: ponte en contacto weight=2.5 concept=please-contact
body: póñase en contacto weight=2.5 concept=please-contact
body: atención ao cliente weight=1.5 concept=customer-service
body: atención á clientela weight=1.5 concept=customer-service
body: domicilio weight=1 concept=postal-address
body: rúa weight=1 concept=postal-address
body: comentarios weight=1 concept=questions-comments
# Added with the shared concept inventory (concepts.txt).
heading: información de contacto concept=contact-information
heading: como poñerse en contacto connosco concept=how-to-contact
heading: dúbidas ou preguntas concept=questions
heading: preguntas e comentarios concept=questions
body: por correo electrónico concept=by-email
body: enderezo weight=0.3 concept=address
# Terms the proposer found that the lexicon lacked.
body: algunha pregunta weight=2 concept=questions-comments
body: algunha dúbida weight=2 concept=questions-comments
# Inflected forms, compounds and GDPR wording real policies use.
heading: contacta con nós concept=contact-us
heading: contacte con nós concept=contact-us
heading: como contactar con nós concept=how-to-contact
heading: datos de contacto do responsable concept=contact-information
heading: con quen podo contactar concept=how-to-contact

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
copia de seguridade
copias de seguridade
copia de seguranza
copias de seguranza
versión de android
versión de ios
versión da aplicación
versión da app
versións de android
