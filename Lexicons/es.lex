# Spanish lexicon (Spain and Latin America; formal "usted" register as in real policies)
@language es
@name Spanish
@fold-accents yes            # "información" matches "informacion"

[profile]
# Function words first. weight=3 marks words that tell Spanish from Portuguese (and from
# Italian); words shared with pt/it ("de", "que", "por", "con") stay at 1.
el weight=3
la
los weight=3
las weight=3
del weight=2                 # also Italian
de
y weight=3
en
que
a
un
una weight=2                 # pt "uma"; also Italian
unos weight=3
unas weight=3
al
lo
le
les
se
por
para
con
sin
sobre
entre
desde
hasta weight=3               # pt "até"
hacia weight=3
según weight=3               # pt "segundo"
mediante
durante
contra
tras
su
sus weight=3
usted weight=3
ustedes weight=3
nosotros weight=3
nuestro weight=3
nuestra weight=3
nuestros weight=3
nuestras weight=3
nos
este
esta
estos weight=2
estas weight=2
ese
esa
dicho weight=2
dicha weight=2
dichos weight=2
cual
cuales
quien
quienes weight=2
cuando weight=3              # pt "quando"
donde
como
si
o
u
pero
sino
también weight=3             # pt "também" folds to "tambem"
no
ni
es
son
será
serán weight=2
ser
estar
están
ha
han
hemos weight=3
hay weight=3
puede weight=3               # pt "pode"
pueden weight=3              # pt "podem"
podemos
podrá weight=3
podrán weight=3
debe
deben
más
muy weight=3
cualquier weight=3           # pt "qualquer"
otros
otras
todo
todos
cada
mismo
así weight=2
cuyo weight=3
ello weight=3
ellos weight=2
dichas
# words frequent in privacy policies
datos weight=3               # pt "dados", it "dati"
personales weight=3          # pt "pessoais"
información weight=3         # pt "informação" folds to "informacao"
política
privacidad weight=3          # pt "privacidade"
tratamiento weight=2         # pt "tratamento", it "trattamento"
sitio
web weight=0.5
servicios weight=2
usuario
usuarios
terceros weight=2            # pt "terceiros"
derecho weight=2
derechos weight=3            # pt "direitos"
protección weight=2
consentimiento weight=2
finalidad weight=3
finalidades weight=3
responsable
legítimo
ley weight=3
acceso
solicitud weight=3
correo weight=2
electrónico weight=2
dirección weight=3
cuenta weight=3
productos
empresa
fin
caso
forma
medidas
seguridad
conservar
necesario
aplicable
cliente
clientes
uso
utilizar
utilizamos weight=2
recopilar
recopilamos weight=3
compartir
proporcionar
relación
contacto
siguientes
través
nombre
teléfono
interesado
encargado
plazo weight=2
cookies weight=0.5
navegador
dispositivo
legal weight=0.5
obligación
contrato
perfil
enviar
recibir
solicitar
ejercer
tiempo
fecha

[units]
year: año, años
month: mes, meses
week: semana, semanas
day: día, días
hour: hora, horas
minute: minuto, minutos
business-day: día hábil, días hábiles, día laborable, días laborables

[numbers]
1: uno, una, un
2: dos
3: tres
4: cuatro
5: cinco
6: seis
7: siete
8: ocho
9: nueve
10: diez
11: once
12: doce
13: trece
15: quince
16: dieciséis
18: dieciocho
20: veinte
24: veinticuatro
30: treinta
60: sesenta
90: noventa
100: cien, ciento

[references]
gdpr: rgpd, reglamento general de protección de datos, gdpr, 2016/679
ccpa: ccpa, ley de privacidad del consumidor de california, california consumer privacy act
cpra: cpra, ley de derechos de privacidad de california, california privacy rights act
coppa: coppa, ley de protección de la privacidad infantil en línea
lgpd: lgpd, ley general de protección de datos de brasil, lei geral de proteção de dados
pipeda: pipeda, ley de protección de información personal y documentos electrónicos

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
términos de uso
condiciones de uso
términos del servicio
términos de servicio
condiciones del servicio
términos y condiciones
términos y condiciones de uso
condiciones generales
condiciones generales de uso
ley aplicable
legislación aplicable
ley aplicable y jurisdicción
legislación aplicable y jurisdicción
ley aplicable y jurisdicción competente
legislación aplicable y jurisdicción competente
ley aplicable y fuero
jurisdicción
jurisdicción competente
jurisdicción y ley aplicable
divisibilidad
separabilidad
nulidad parcial
acuerdo completo
acuerdo íntegro
totalidad del acuerdo
no renuncia
renuncia
fuerza mayor
exención de responsabilidad
descargo de responsabilidad
exclusión de responsabilidad
limitación de responsabilidad
limitación de la responsabilidad
indemnidad
traducciones
traducción
otras traducciones
versiones lingüísticas
idioma prevaleciente
idioma prevalente
prevalencia de la versión en inglés
la versión en inglés prevalecerá
prevalecerá la versión en inglés
la versión en español prevalecerá
licencia
derechos de autor
copyright
agradecimientos
índice
tabla de contenido
tabla de contenidos
secciones
derecho de autor
propiedad intelectual
derechos de autor y propiedad intelectual
propiedad intelectual e industrial
derechos de propiedad intelectual
marcas
# The record a controller keeps under GDPR Art. 30 (en: "Record of processing activities").
registro de actividades de tratamiento
registro de las actividades de tratamiento
renuncia de responsabilidad
# Condiciones de uso dentro de la página de privacidad: deberes del usuario, licencia de los contenidos.
responsabilidad del usuario
responsabilidades del usuario
responsabilidad de los usuarios
responsabilidades de los usuarios
obligaciones del usuario
obligaciones de los usuarios
licencia de contenidos
licencia de los contenidos
licencia del contenido

[intro]
heading: introducción concept=introduction
heading: quiénes somos concept=who-we-are
heading: acerca de esta política concept=about-this-policy
heading: ámbito de aplicación concept=scope
heading: objeto concept=about-this-policy
heading: información general concept=introduction
body: esta política de privacidad weight=0.5 concept=this-privacy-policy
body: se aplica weight=1.5 concept=policy-applies-to
body: ámbito de aplicación weight=2 concept=policy-applies-to
body: en adelante weight=2 concept=referred-to-as
body: al utilizar weight=1.5 concept=by-using
body: al acceder weight=1.5 concept=by-using
body: acept* weight=1.5 concept=acceptance-of-policy
body: describe weight=1 concept=policy-describes
body: explica weight=1 concept=policy-describes
body: responsable del tratamiento weight=1.5
body: identidad weight=1
body: domicilio social weight=1
body: razón social weight=1.5
body: sitio web weight=0.5 concept=website
body: servicios weight=0.3 concept=services
body: condiciones de uso weight=1 concept=terms-of-use
body: nos comprometemos weight=1 concept=committed-to-privacy
# Added with the shared concept inventory (concepts.txt).
heading: resumen concept=summary
heading: información básica concept=summary
heading: en resumen concept=summary
heading: acerca de este aviso concept=about-this-policy
heading: sobre esta política concept=about-this-policy
heading: alcance concept=scope
heading: alcance de esta política concept=scope
heading: a quién se aplica esta política concept=scope
heading: nuestro compromiso con su privacidad concept=commitment-to-privacy
heading: compromiso con la privacidad concept=commitment-to-privacy
heading: aceptación de esta política concept=acceptance
heading: aceptación de la política de privacidad concept=acceptance
heading: política de privacidad weight=0.5 concept=privacy-policy-title
heading: aviso de privacidad weight=0.5 concept=privacy-policy-title
heading: declaración de privacidad weight=0.5 concept=privacy-policy-title
body: esta política describe concept=policy-describes
body: esta política explica concept=policy-describes
body: al visitar concept=by-using
body: si no está de acuerdo concept=if-you-do-not-agree
body: respetamos su privacidad concept=committed-to-privacy
body: lea atentamente concept=please-read
body: términos y condiciones concept=terms-of-use
body: privacidad weight=0.3 concept=privacy
body: empresa weight=0.3 concept=company
# "The short version", "At a glance", "Key points": a summary of the whole policy.
heading: la versión corta concept=summary
heading: versión resumida concept=summary
heading: de un vistazo concept=summary
heading: puntos clave concept=summary
# The policy naming its author: («Acme», «nosotros», «nos» o «nuestro»).
body: nosotros nos o nuestro concept=we-us-defined
body: nosotros nos y nuestro concept=we-us-defined
body: nosotros o nos concept=we-us-defined
body: nosotros o nuestro concept=we-us-defined
body: nosotros nuestro concept=we-us-defined
heading: visión general concept=summary
heading: descripción general concept=summary
heading: aplicabilidad concept=scope
# Informal "tú" register.
body: si no estás de acuerdo concept=if-you-do-not-agree
body: lee atentamente concept=please-read
heading: compromiso con tu privacidad concept=commitment-to-privacy
heading: sobre nosotros weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
# "¿Quién es (el) responsable del tratamiento de sus datos?": who we are, before the contact details.
heading: quién es responsable concept=who-we-are
heading: quién es el responsable concept=who-we-are
heading: en pocas palabras concept=summary
heading: en breve concept=summary
heading: quién gestiona concept=who-we-are
heading: quién está detrás concept=who-we-are

[definitions]
heading: definiciones concept=definitions
heading: términos definidos concept=key-terms
heading: glosario concept=key-terms
heading: conceptos concept=key-terms
heading: significado de los términos concept=key-terms
heading: interpretación concept=interpretation
body: significa weight=3 concept=means
body: se entiende por weight=3 concept=means
body: tendrá el significado weight=3 concept=means
body: se refiere a weight=2 concept=refers-to
body: hace referencia a weight=2 concept=refers-to
body: designa weight=2 concept=means
body: a efectos de weight=2 concept=as-used-in-this-policy
body: en el sentido de weight=1.5 concept=as-used-in-this-policy
body: definici* weight=2 concept=defined-terms-intro
body: término* weight=1 concept=defined-terms-intro
body: cualquier información weight=1 concept=personal-data-means
body: interesado weight=1 concept=gdpr-roles
body: encargado del tratamiento weight=1 concept=gdpr-roles
body: seudonimización weight=1.5
body: incluye weight=0.5 concept=includes
# Added with the shared concept inventory (concepts.txt).
heading: definición de términos concept=definitions
heading: interpretación y definiciones concept=interpretation
heading: términos utilizados en esta política concept=key-terms
heading: qué entendemos por concept=what-we-mean-by
heading: a qué nos referimos con concept=what-we-mean-by
body: las siguientes definiciones concept=defined-terms-intro
body: a efectos de la presente política concept=as-used-in-this-policy
body: toda información sobre concept=personal-data-means
body: persona física identificada o identificable concept=identifiable-person
body: identificada o identificable concept=identifiable-person
body: en adelante concept=hereinafter
body: responsable del tratamiento weight=1 concept=gdpr-roles
body: datos personales weight=0.2 concept=personal-data
body: usuario weight=0.3 concept=user

[collection]
heading: información que recopilamos concept=what-we-collect
# App permissions as a heading ("Permissions"), as English has it.
heading: permisos concept=what-we-collect
heading: permisos de la aplicación concept=what-we-collect
heading: datos que recopilamos concept=what-we-collect
heading: qué datos recogemos concept=what-we-collect
heading: datos personales que tratamos concept=what-we-collect
heading: recopilación de información concept=collection-of-information
heading: recogida de datos concept=collection-of-information
heading: categorías de datos concept=categories-of-data
heading: origen de los datos concept=sources-of-information
heading: cómo obtenemos sus datos concept=how-we-collect
body: recopil* weight=2 concept=we-collect
body: recog* weight=1.5 concept=we-collect
body: obten* weight=1 concept=we-collect
body: categorías de datos weight=2 concept=data-categories
body: nos proporciona weight=2 concept=you-provide
body: nos facilita weight=2 concept=you-provide
body: automáticamente weight=1.5 concept=automatically
body: formulario* weight=1.5 concept=forms
body: nombre weight=1 concept=name
body: dirección de correo electrónico weight=1.5 concept=contact-details
body: número de teléfono weight=1.5 concept=contact-details
body: dirección ip weight=1.5 concept=device-data
body: datos de navegación weight=1.5 concept=usage-data
body: datos de identificación weight=2
body: datos de pago weight=1 concept=payment-data
body: tipo de navegador weight=1 concept=device-data
body: geolocalización weight=1 concept=location-data
body: fuentes weight=1.5 concept=sources
# A list of the data handled, announced in the text (en: "the following data is processed:").
body: los siguientes datos weight=2.5 concept=following-data
body: la siguiente información weight=2.5 concept=following-data
body: los siguientes datos personales weight=2.5 concept=following-data
body: las siguientes categorías de datos weight=2.5 concept=following-data
# Added with the shared concept inventory (concepts.txt).
heading: datos recopilados concept=what-we-collect
heading: información que usted nos proporciona concept=information-you-provide
# Job applications: the data applicants hand over.
heading: candidatura concept=information-you-provide
heading: candidaturas concept=information-you-provide
heading: candidatos concept=information-you-provide
heading: selección de personal concept=information-you-provide
heading: reclutamiento concept=information-you-provide
heading: información que nos facilita concept=information-you-provide
heading: datos que nos proporciona concept=information-you-provide
heading: información recopilada automáticamente concept=collected-automatically
heading: datos recogidos automáticamente concept=collected-automatically
heading: información que recopilamos automáticamente concept=collected-automatically
heading: cómo recopilamos su información concept=how-we-collect
heading: cómo recogemos sus datos concept=how-we-collect
heading: fuentes de información concept=sources-of-information
heading: procedencia de los datos concept=sources-of-information
heading: categorías de datos personales concept=categories-of-data
body: recab* concept=we-collect
body: fuentes de acceso público concept=publicly-available
body: públicamente disponible* concept=publicly-available
body: dirección postal concept=contact-details
body: sistema operativo concept=device-data
body: identificador* del dispositivo concept=device-data
body: datos de ubicación concept=location-data
body: datos de uso concept=usage-data
body: datos demográficos concept=demographic-data
body: cuenta weight=0.3 concept=account
body: información weight=0.1 concept=information
# Terms the proposer found that the lexicon lacked.
body: historial de navegación weight=2 concept=usage-data
# Headings asking which personal data are processed (GDPR style): "What personal data do we process?"
heading: qué datos personales concept=what-we-collect
# Latin American "recolectar / recolección" (Spain: "recopilar / recoger").
body: recolect* weight=2 concept=we-collect
body: recolección weight=2 concept=we-collect
heading: información que recolectamos concept=what-we-collect
heading: datos que recolectamos concept=what-we-collect
heading: recolección de datos concept=collection-of-information
heading: recolección de información concept=collection-of-information
# Informal "tú" register, common in app and Latin American policies.
heading: información que nos proporcionas concept=information-you-provide
heading: cómo recopilamos tu información concept=how-we-collect
body: nos proporcionas weight=2 concept=you-provide
body: nos facilitas weight=2 concept=you-provide
body: proporcionada por usted weight=2 concept=you-provide
body: demográfic* weight=1.5 concept=demographic-data
body: tarjeta de crédito weight=1 concept=payment-data
body: información de pago weight=1 concept=payment-data
# Log data ("datos de registro", "registro de datos"): what the app records of its use.
body: datos de registro weight=1.5 concept=usage-data
body: registro de datos weight=1.5 concept=usage-data
heading: información recopilada concept=what-we-collect
heading: información recogida concept=what-we-collect
heading: datos recogidos concept=what-we-collect
heading: información que podemos recopilar concept=what-we-collect
heading: categorías de información personal concept=categories-of-data
# Mobile numbers: Spain "móvil", Latin America "celular".
body: número de móvil weight=1.5 concept=contact-details
body: número de celular weight=1.5 concept=contact-details
# Data obtained from others ("Información que recibimos de terceros"), not sharing; "¿Qué datos tratamos?".
heading: información que recibimos weight=2 concept=information-you-provide
heading: datos que recibimos weight=2 concept=information-you-provide
heading: información que obtenemos weight=2 concept=information-you-provide
heading: datos que obtenemos weight=2 concept=information-you-provide
# A contact form as a processing activity (what the form collects), as en "Contact form"; "Contacto" stays contact.
heading: formulario de contacto weight=3 concept=information-you-provide
heading: formularios de contacto weight=3 concept=information-you-provide
heading: qué datos tratamos concept=what-we-collect
heading: qué información tratamos concept=what-we-collect
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: informes de fallos concept=collected-automatically
heading: informes de errores concept=collected-automatically
heading: datos de diagnóstico concept=collected-automatically
heading: diagnóstico concept=collected-automatically
heading: registros concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: qué se queda en tu weight=2 concept=on-device-data
heading: se queda en tu dispositivo weight=2 concept=on-device-data
heading: permanece en tu dispositivo weight=2 concept=on-device-data
heading: permanece en su dispositivo weight=2 concept=on-device-data
heading: procesados localmente weight=2 concept=on-device-data
heading: datos almacenados localmente weight=2 concept=on-device-data
heading: procesamiento local weight=2 concept=on-device-data
heading: procesamiento en el dispositivo weight=2 concept=on-device-data
body: informes de fallos weight=2.5 concept=usage-data
body: informes de bloqueo weight=2.5 concept=usage-data
body: registros de depuración weight=2.5 concept=usage-data
body: datos de diagnóstico weight=2 concept=usage-data
body: token push weight=2.5 concept=device-data
body: token de notificaciones weight=2.5 concept=device-data
# "Capturar" as a verb of collection (Latin American usage): "¿Cuándo capturamos esta información?".
body: capturamos weight=2 concept=we-collect
heading: información que capturamos concept=what-we-collect
# "What we collect" as a relative clause inside a longer heading ("Personal information that we
# collect"); weak, since "How we use the information we collect" is about the use.
heading: que recopilamos weight=0.5 concept=what-we-collect
heading: que recogemos weight=0.5 concept=what-we-collect
heading: que recabamos weight=0.5 concept=what-we-collect
heading: que recolectamos weight=0.5 concept=what-we-collect
# Coordinated heading "<collection> and use (of information)" (Information Collection and Use): the collection noun leads.
heading: recopilación y uso concept=collection-of-information
heading: recolección y uso concept=collection-of-information

[use]
heading: cómo utilizamos su información concept=how-we-use
heading: uso de la información concept=use-of-information
# De-identified data as a heading: what is done with it (use), not how long data is kept.
heading: información desidentificada weight=2 concept=use-of-information
heading: datos desidentificados weight=2 concept=use-of-information
heading: uso de sus datos concept=use-of-information
heading: finalidad del tratamiento concept=purposes-of-processing
heading: finalidades concept=purposes-of-processing
heading: para qué utilizamos sus datos concept=how-we-use
heading: con qué finalidad tratamos sus datos personales concept=purposes-of-processing
heading: fines del tratamiento concept=purposes-of-processing
heading: cómo utilizamos concept=how-we-use
body: finalidad* weight=2.5 concept=purposes
body: fines weight=2 concept=purposes
body: con el fin de weight=2 concept=purposes
body: utiliz* weight=1.5 concept=we-use
body: usamos weight=1.5 concept=we-use
body: para prestar weight=1.5 concept=to-provide
body: gestionar weight=1.5 concept=to-administer
body: tramitar weight=1.5 concept=to-fulfil
body: atender weight=1.5 concept=to-respond
body: mejorar weight=1.5 concept=to-improve
body: personaliz* weight=1.5 concept=to-personalise
body: elaboración de perfiles weight=2 concept=profiling
body: decisiones automatizadas weight=1.5 concept=automated-decisions
body: prevenir el fraude weight=1.5 concept=to-prevent-fraud
body: estadístic* weight=1 concept=to-analyse
body: enviarle weight=1 concept=to-send
# Added with the shared concept inventory (concepts.txt).
heading: por qué recopilamos sus datos concept=why-we-collect
heading: finalidad de la recogida concept=why-we-collect
heading: tratamiento de datos personales concept=processing-of-personal-data
heading: tratamiento de sus datos personales concept=processing-of-personal-data
heading: cómo tratamos sus datos personales concept=processing-of-personal-data
body: para las siguientes finalidades concept=following-purposes
body: con las siguientes finalidades concept=following-purposes
body: para proporcionar concept=to-provide
body: administrar concept=to-administer
body: desarrollar nuevos concept=to-develop
body: comunicarnos con usted concept=to-communicate
body: analizar concept=to-analyse
body: diagnosticar concept=to-troubleshoot
body: solucionar problemas concept=to-troubleshoot
body: investigación de mercado concept=research
body: procesar pagos concept=to-process-transactions
body: procesar transacciones concept=to-process-transactions
body: cumplir con nuestras obligaciones legales concept=to-comply-with-law
# Latin American "propósito(s)" for purposes, "procesamiento" for processing; "tú" forms.
body: propósito* weight=1.5 concept=purposes
heading: cómo usamos concept=how-we-use
heading: cómo usamos tu información concept=how-we-use
heading: cómo utilizamos tu información concept=how-we-use
heading: procesamiento de datos personales concept=processing-of-personal-data
heading: por qué recopilamos concept=why-we-collect
heading: para qué usamos concept=how-we-use
body: comunicarnos contigo concept=to-communicate
body: enviarte weight=1 concept=to-send
heading: uso de los datos concept=use-of-information
heading: uso de datos concept=use-of-information
heading: uso de tus datos concept=use-of-information
heading: utilización de los datos concept=use-of-information
heading: utilización de sus datos concept=use-of-information
heading: por qué necesitamos sus datos concept=why-we-collect
heading: por qué necesitamos tus datos concept=why-we-collect
# Purpose headings asked with other verbs and "(los datos se tratan) para las siguientes finalidades".
heading: por qué tratamos concept=why-we-collect
heading: por qué utilizamos concept=why-we-collect
heading: para las siguientes finalidades concept=purposes-of-processing
heading: para los siguientes fines concept=purposes-of-processing
# "Uso de los datos recopilados / de ubicación": the use word is the head; "Uso de cookies" and
# "Uso de servicios de terceros" stay with their object's section.
heading: uso de los datos recopilados concept=use-of-information
heading: uso de los datos recogidos concept=use-of-information
heading: uso de la información recopilada concept=use-of-information
heading: uso de los datos de ubicación concept=use-of-information
heading: uso de datos de ubicación concept=use-of-information
# "Finalidades de la recopilación, el tratamiento, el uso compartido ...": purposes head the list.
heading: finalidades de la recopilación weight=3 concept=why-we-collect
heading: finalidad de la recopilación weight=3 concept=why-we-collect
heading: finalidades de la recogida weight=3 concept=why-we-collect
heading: decision* automatizad* concept=automated-decision-making
heading: decision* individual* automatizad* concept=automated-decision-making
heading: toma de decisiones automatizad* concept=automated-decision-making
heading: elaboración de perfiles concept=automated-decision-making

[legal-basis]
heading: base jurídica concept=legal-basis
heading: base legal concept=legal-basis
heading: legitimación concept=legal-basis
heading: base de legitimación concept=legal-basis
heading: bases legales para el tratamiento concept=legal-basis
heading: fundamento jurídico concept=legal-basis
heading: licitud del tratamiento concept=legal-basis
body: base jurídica weight=2 concept=legal-basis-term
body: base legal weight=2 concept=legal-basis-term
body: legitimación weight=3 concept=legal-basis-term
body: legitima weight=1.5 concept=legal-basis-term
body: interés legítimo weight=2 concept=legitimate-interests
body: intereses legítimos weight=2 concept=legitimate-interests
body: ejecución de un contrato weight=2.5 concept=performance-of-contract
body: relación contractual weight=2 concept=performance-of-contract
body: medidas precontractuales weight=2 concept=performance-of-contract
body: obligación legal weight=2.5 concept=legal-obligation
body: cumplimiento de una obligación legal weight=2 concept=legal-obligation
body: intereses vitales weight=2 concept=vital-interests
body: interés público weight=2 concept=public-interest
body: artículo 6 weight=1.5 concept=article-6
body: licitud weight=2 concept=lawful
body: consentimiento weight=1 concept=consent-as-basis
body: rgpd weight=0.5
# Added with the shared concept inventory (concepts.txt).
heading: por qué podemos tratar concept=why-allowed
heading: cuál es la legitimación para el tratamiento de sus datos concept=why-allowed
body: el tratamiento es necesario concept=processing-necessary
body: derechos y libertades fundamentales concept=balancing-test
body: ponderación concept=balancing-test
body: sobre la base de weight=1 concept=on-the-basis-of
body: en base a weight=1 concept=on-the-basis-of
body: necesario weight=0.5 concept=necessary
# Headings naming the basis of processing without "legal": "Basis for processing (personal data)".
heading: base para el tratamiento concept=legal-basis
heading: base del tratamiento concept=legal-basis
# The whole phrase, so that it outweighs the processing heading it contains.
heading: base para el tratamiento de datos personales concept=legal-basis
heading: base para el tratamiento de sus datos personales concept=legal-basis
heading: bases legales concept=legal-basis
heading: bases jurídicas concept=legal-basis
body: bases legales weight=2 concept=legal-basis-term
body: bases jurídicas weight=2 concept=legal-basis-term
heading: fundamentos legales concept=legal-basis
heading: fundamento legal concept=legal-basis
heading: fundamentos jurídicos concept=legal-basis
heading: en qué nos basamos concept=why-allowed
heading: autorizados a tratar concept=why-allowed
heading: autorizado a tratar concept=why-allowed
heading: legitimados para tratar concept=why-allowed
heading: en qué se basa concept=why-allowed
heading: con qué base concept=why-allowed

[consent]
heading: consentimiento concept=your-consent
heading: su consentimiento concept=your-consent
heading: retirada del consentimiento concept=withdrawal-of-consent
heading: revocación del consentimiento concept=withdrawal-of-consent
heading: cómo retirar su consentimiento concept=withdrawal-of-consent
heading: aceptación concept=your-consent
body: consent* weight=2.5 concept=you-consent
body: consiente weight=2 concept=you-consent
body: retir* weight=2.5 concept=withdraw
body: revoc* weight=2.5 concept=withdraw
body: en cualquier momento weight=1 concept=at-any-time
body: sin que ello afecte weight=2 concept=without-affecting-lawfulness
body: licitud del tratamiento basado en el consentimiento weight=2 concept=without-affecting-lawfulness
body: expreso weight=1 concept=explicit-consent
body: inequívoco weight=1.5 concept=explicit-consent
body: libre weight=0.5 concept=freely-given
body: acepta weight=1 concept=you-agree
body: casilla weight=1.5 concept=opt-in
body: autoriza weight=1.5 concept=permission
# Added with the shared concept inventory (concepts.txt).
body: consentimiento expreso concept=explicit-consent
body: consentimiento explícito concept=explicit-consent
body: libremente concept=freely-given
body: cambia de opinión concept=change-your-mind
body: permiso concept=permission
body: antes de su retirada concept=without-affecting-lawfulness

[sharing]
heading: compartir información concept=sharing-of-information
heading: con quién compartimos sus datos concept=who-we-share-with
heading: comunicación de datos concept=sharing-of-information
heading: comunicación de datos a terceros concept=disclosure-of-information
heading: cesión de datos concept=disclosure-of-information
heading: destinatarios concept=who-we-share-with
heading: destinatarios de los datos concept=who-we-share-with
heading: a quién concept=who-we-share-with
heading: a quiénes concept=who-we-share-with
heading: divulgación de información concept=disclosure-of-information
body: compart* weight=2 concept=share
body: destinatario* weight=2.5 concept=recipients
body: cesión weight=2.5 concept=disclose
body: cesiones weight=2.5 concept=disclose
body: ceder weight=2 concept=disclose
body: terceros weight=1 concept=third-parties-term
body: comunic* weight=1 concept=disclose
body: proveedores de servicios weight=2 concept=service-providers
body: encargados del tratamiento weight=2 concept=service-providers
body: empresas del grupo weight=2 concept=affiliates
body: filiales weight=1.5 concept=affiliates
body: autoridades weight=1.5 concept=authorities
body: orden judicial weight=1.5 concept=legal-process
body: requerimiento weight=1.5 concept=legal-process
body: fusión weight=2 concept=corporate-transaction
body: adquisición weight=1.5 concept=corporate-transaction
body: venta weight=1 concept=sell
body: no vendemos weight=2 concept=sell
body: divulg* weight=2 concept=disclose
body: revelar weight=1.5 concept=disclose
# Added with the shared concept inventory (concepts.txt).
heading: cómo compartimos su información concept=how-we-share
heading: información que compartimos concept=how-we-share
heading: terceros concept=third-parties
heading: compartir con terceros concept=third-parties
heading: proveedores de servicios concept=service-providers-heading
heading: fusiones y adquisiciones concept=business-transfers
heading: operaciones corporativas concept=business-transfers
heading: requerimientos legales concept=legal-requests
heading: procedimientos legales concept=legal-requests
heading: venta de información personal concept=sale-of-information
heading: vendemos su información concept=sale-of-information
body: en nuestro nombre concept=on-our-behalf
body: por cuenta nuestra concept=on-our-behalf
body: socios comerciales concept=business-partners
body: quiebra concept=corporate-transaction
body: fuerzas y cuerpos de seguridad concept=authorities
body: de buena fe concept=legal-process
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: transferencia de datos a terceros concept=transfer-to-third-parties
heading: cesión de datos a terceros concept=transfer-to-third-parties
# Recipients asked as access: "Who has access to your personal data?"
heading: quién tiene acceso concept=who-we-share-with
# Singular "servicio" (Latin America: "proveedores de servicio"), affiliates, the bare clause.
body: proveedor* de servicio* weight=2 concept=service-providers
body: afiliad* weight=1.5 concept=affiliates
heading: cómo compartimos concept=how-we-share
heading: con quién compartimos concept=who-we-share-with
heading: provisión a terceros concept=third-parties
heading: suministro a terceros concept=third-parties
heading: vendemos sus datos concept=sale-of-information
heading: vendemos tus datos concept=sale-of-information
heading: vendemos tu información concept=sale-of-information
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: alojamiento concept=service-providers-heading
heading: alojamiento web concept=service-providers-heading
heading: hosting concept=service-providers-heading
heading: proveedor de alojamiento concept=service-providers-heading
heading: red de distribución de contenidos concept=service-providers-heading
heading: encargados del tratamiento concept=service-providers-heading
heading: monitorización de errores concept=service-providers-heading
body: alojado por weight=1.5 concept=service-providers
body: alojados por weight=1.5 concept=service-providers
body: alojada por weight=1.5 concept=service-providers
body: alojadas por weight=1.5 concept=service-providers
body: alojamiento web weight=2 concept=service-providers
body: proveedor de alojamiento weight=2.5 concept=service-providers
body: proveedores de alojamiento weight=2.5 concept=service-providers
body: hosting weight=2 concept=service-providers
body: encargado del tratamiento weight=2 concept=service-providers
body: contrato de encargo del tratamiento weight=2.5 concept=service-providers
body: contrato de encargado del tratamiento weight=2.5 concept=service-providers
body: red de distribución de contenidos weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: plataforma en la nube weight=2 concept=service-providers
body: computación en la nube weight=2 concept=service-providers
body: proveedor de servicios en la nube weight=2.5 concept=service-providers
body: en los servidores de weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: pagos weight=2 concept=payments-purchases
heading: procesamiento de pagos weight=3 concept=payments-purchases
heading: compras dentro de la aplicación weight=2 concept=payments-purchases
heading: compras integradas weight=2 concept=payments-purchases
heading: compras en la aplicación weight=2 concept=payments-purchases
heading: suscripciones weight=2 concept=payments-purchases
# "Compras dentro de la app" (in-app purchases), informal app.
heading: compras dentro de la app weight=2 concept=payments-purchases
# "Prestadores de servicios" (service providers) beside proveedores de servicios.
heading: prestadores de servicios concept=service-providers-heading

[cookies]
heading: cookies concept=cookies
heading: política de cookies concept=cookies
heading: uso de cookies concept=cookies
heading: cookies y tecnologías similares concept=tracking-technologies
heading: tecnologías de seguimiento concept=tracking-technologies
heading: qué son las cookies concept=cookies
heading: balizas web concept=web-beacons
body: cookie* weight=3 concept=cookie
body: balizas weight=2.5 concept=web-beacon
body: web beacons weight=2 concept=web-beacon
body: píxel* weight=2 concept=web-beacon
body: etiquetas de píxel weight=2 concept=web-beacon
body: pequeños archivos weight=2.5 concept=text-files
body: tecnologías similares weight=2 concept=tracking-technology
body: archivos de registro weight=2 concept=log-file
body: google analytics weight=2 concept=analytics-term
body: analítica* weight=1.5 concept=analytics-term
body: cookies de sesión weight=2 concept=cookie-lifetime
body: persistentes weight=2 concept=cookie-lifetime
body: almacenan weight=1
body: configuración del navegador weight=1.5 concept=browser-settings
body: navegador weight=1 concept=browser
body: dispositivo weight=0.5 concept=device
# Added with the shared concept inventory (concepts.txt).
heading: etiquetas de píxel concept=web-beacons
heading: archivos de registro concept=log-files
heading: analítica concept=analytics
heading: análisis web concept=analytics
body: archivos de texto concept=text-files
body: tecnologías de seguimiento concept=tracking-technology
body: seguimiento weight=1.5 concept=tracking-technology
body: almacenamiento local concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: estrictamente necesarias concept=cookie-categories
body: cookies técnicas concept=cookie-categories
body: funcionales weight=1.5 concept=cookie-categories
body: sdk* concept=sdk
body: huella digital del dispositivo concept=fingerprinting
body: fingerprinting concept=fingerprinting
# Latin American "rastreo" (Spain: "seguimiento").
heading: tecnologías de rastreo concept=tracking-technologies
body: tecnologías de rastreo concept=tracking-technology
# "Cómo utilizamos las cookies", "¿Usamos cookies?": the cookies, not the use of data.
heading: utilizamos cookies concept=cookies
heading: utilizamos las cookies concept=cookies
heading: usamos cookies concept=cookies
heading: usamos las cookies concept=cookies
heading: analítica web concept=analytics

[advertising]
heading: publicidad concept=advertising
heading: marketing concept=marketing
heading: comunicaciones comerciales concept=marketing-communications
heading: comunicaciones promocionales concept=marketing-communications
heading: publicidad personalizada concept=interest-based-advertising
heading: publicidad basada en intereses concept=interest-based-advertising
heading: mercadotecnia concept=marketing
heading: boletín concept=marketing-communications
body: publicidad weight=2.5 concept=ads
body: publicitari* weight=2.5 concept=ads
body: anuncios weight=2.5 concept=ads
body: anunciantes weight=2.5 concept=ad-networks
body: redes publicitarias weight=2.5 concept=ad-networks
body: comunicaciones comerciales weight=2.5 concept=marketing-messages
body: marketing weight=2 concept=marketing-purposes
body: mercadotecnia weight=2 concept=marketing-purposes
body: promocion* weight=2 concept=promotions
body: boletín* weight=2 concept=marketing-messages
body: newsletter weight=2 concept=marketing-messages
body: basada en intereses weight=2 concept=interest-based
body: remarketing weight=2 concept=retargeting
body: prospección comercial weight=2 concept=marketing-purposes
body: campañas weight=1.5
body: ofertas weight=1.5 concept=promotions
body: intereses weight=0.5 concept=interests
# Added with the shared concept inventory (concepts.txt).
heading: publicidad y marketing concept=advertising
heading: marketing directo concept=marketing
heading: publicidad comportamental concept=interest-based-advertising
heading: publicidad de terceros concept=third-party-advertising
heading: redes publicitarias concept=third-party-advertising
body: publicidad comportamental concept=interest-based
body: publicidad dirigida concept=interest-based
body: retargeting concept=retargeting
body: ofertas especiales concept=promotions
body: fines de marketing concept=marketing-purposes
body: medir la eficacia concept=ad-measurement
body: your online choices concept=ad-industry-programs
body: correos electrónicos de marketing weight=2.5 concept=marketing-messages
body: correos de marketing weight=2.5 concept=marketing-messages

[do-not-track]
heading: do not track concept=do-not-track
heading: no rastrear concept=do-not-track
heading: señales de no rastrear concept=do-not-track
heading: señales do not track concept=do-not-track
heading: control global de privacidad concept=global-privacy-control
heading: señales de preferencia concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: no rastrear weight=3 concept=dnt-signal
body: no seguimiento weight=2.5 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: control global de privacidad weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: señal* weight=2 concept=opt-out-preference-signal
body: no respondemos weight=2 concept=do-not-respond
body: estándar weight=1.5 concept=no-uniform-standard
body: rastreo weight=1
body: preferencia* weight=1
body: configuración de su navegador weight=1
body: navegador weight=1 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt).
heading: global privacy control concept=global-privacy-control
heading: señales del navegador concept=preference-signals
body: estándar uniforme concept=no-uniform-standard
body: señal de preferencia de exclusión concept=opt-out-preference-signal
body: reconoc* concept=honor-signals
body: a lo largo del tiempo weight=1.5 concept=cross-site-tracking

[choices]
heading: sus opciones concept=your-choices
heading: sus elecciones concept=your-choices
heading: opciones sobre sus datos concept=your-choices
heading: cómo darse de baja concept=unsubscribing
heading: darse de baja concept=unsubscribing
heading: exclusión voluntaria concept=opting-out
heading: control de su información concept=your-choices
heading: preferencias de comunicación concept=managing-preferences
body: darse de baja weight=3 concept=unsubscribe
body: dar de baja weight=2.5 concept=unsubscribe
body: cancelar la suscripción weight=2.5 concept=unsubscribe
body: exclusión weight=2 concept=opt-out
body: opt-out weight=2 concept=opt-out
body: optar weight=2 concept=choose-not-to
body: puede elegir weight=2.5 concept=choose-not-to
body: opciones weight=2
body: preferencias weight=1.5 concept=preferences
body: desactivar weight=1.5 concept=disable
body: rechazar weight=1.5 concept=decline
body: no facilitar weight=1.5 concept=choose-not-to
body: no proporcionar weight=1.5 concept=choose-not-to
body: configurar weight=1 concept=settings
body: ajustes weight=1 concept=settings
body: enlace weight=1 concept=unsubscribe-link
body: decidir weight=1 concept=choose-not-to
body: recibir weight=0.5 concept=receive
# Added with the shared concept inventory (concepts.txt).
heading: gestión de sus preferencias concept=managing-preferences
heading: cómo excluirse concept=opting-out
heading: baja de comunicaciones concept=unsubscribing
body: dejar de recibir concept=unsubscribe
body: correos electrónicos promocionales concept=promotional-emails
body: configuración de la cuenta concept=settings
body: notificaciones push concept=device-permissions
body: servicios de ubicación concept=device-permissions
body: al final de cada correo concept=unsubscribe-link
body: no pueda utilizar concept=consequences-of-refusal
# Latin American "optar por no recibir" (opt out); the unsubscribe link at the bottom of an email.
body: optar por no recibir weight=3 concept=opt-out
body: en la parte inferior de weight=1.5 concept=unsubscribe-link
body: puedes elegir weight=2.5 concept=choose-not-to
# "tú" forms and the Mexican notice heading "Opciones y medios para limitar el uso o divulgación de sus datos".
heading: darte de baja concept=unsubscribing
heading: control de tu información concept=your-choices
heading: gestionar tus preferencias concept=managing-preferences
heading: gestionar sus preferencias concept=managing-preferences
heading: limitar el uso o divulgación weight=2 concept=your-choices

[rights]
heading: sus derechos concept=your-rights
heading: derechos del interesado concept=your-rights
heading: derechos de los usuarios concept=your-rights
heading: ejercicio de derechos concept=exercising-rights
heading: cómo ejercer sus derechos concept=exercising-rights
heading: derechos arco concept=your-rights
heading: qué derechos tiene concept=your-rights
heading: acceso y rectificación concept=access-and-correction
heading: consultar o actualizar weight=2 concept=access-and-correction
body: derecho de acceso weight=3 concept=right-of-access
body: puede acceder weight=2 concept=right-of-access
body: agente* autorizad* weight=2.5 concept=authorized-agent
body: rectificación weight=3 concept=rectification
body: supresión weight=3 concept=erasure
body: portabilidad weight=3 concept=portability
body: oposición weight=2.5 concept=right-to-object
body: limitación del tratamiento weight=3 concept=restriction
body: derecho al olvido weight=2.5 concept=erasure
body: cancelación weight=2 concept=erasure
body: arco weight=2
body: ejerc* weight=2.5 concept=exercise-rights
body: derechos weight=1.5
body: autoridad de control weight=2.5 concept=complaint-to-authority
body: reclamación weight=2 concept=complaint-to-authority
body: agencia española de protección de datos weight=2.5 concept=complaint-to-authority
body: aepd weight=2.5 concept=complaint-to-authority
body: copia weight=1 concept=copy-of-data
body: no discriminación weight=1.5 concept=non-discrimination
body: verificar su identidad weight=1.5 concept=verify-identity
body: decisiones individuales automatizadas weight=1.5
body: solicitud weight=1 concept=request
# Added with the shared concept inventory (concepts.txt).
heading: agentes autorizados concept=authorized-agents
heading: agente autorizado concept=authorized-agents
body: derecho a oponerse concept=right-to-object
body: inexact* concept=rectification
body: borrado concept=erasure
body: formato estructurado concept=portability
body: presentar una reclamación concept=complaint-to-authority
body: los interesados concept=data-subject-rights
body: acceso weight=1.5 concept=access
# Complaints (Latin America: "queja", "autoridad supervisora"), "tú" and "usted" forms of
# what the user can do with the data.
body: autoridad* supervisora* weight=3 concept=complaint-to-authority
body: autoridad* de supervisión weight=3 concept=complaint-to-authority
body: presentar una queja weight=3 concept=complaint-to-authority
body: queja* weight=1.5 concept=complaint-to-authority
body: derecho a acceder weight=3 concept=right-of-access
body: puedes acceder weight=2 concept=right-of-access
body: puede solicitar concept=exercise-rights
body: puedes solicitar concept=exercise-rights
body: puede eliminar concept=erasure
body: puedes eliminar concept=erasure
body: puede actualizar concept=rectification
body: puedes actualizar concept=rectification
body: rectific* weight=3 concept=rectification
body: corregir weight=2 concept=rectification
body: corrección weight=2 concept=rectification
heading: tus derechos concept=your-rights
heading: cómo puede acceder concept=access-and-correction
heading: cómo puedes acceder concept=access-and-correction
heading: acceso a sus datos concept=access-and-correction
heading: acceso a tus datos concept=access-and-correction
# "eliminar / eliminación" is the everyday word for delete (English "delet*", a right);
# retention keeps "suprimir", "destruir", "anonimizar".
body: elimin* weight=2 concept=erasure
# How soon a rights request is answered (en "Response time").
heading: plazo de respuesta concept=exercising-rights
heading: plazos de respuesta concept=exercising-rights
heading: tiempo de respuesta concept=exercising-rights
heading: puedo acceder concept=access-and-correction
heading: puedo rectificar concept=access-and-correction
heading: puedo corregir concept=access-and-correction
heading: puedo modificar mis datos concept=access-and-correction
heading: acceder a mis datos concept=access-and-correction
heading: rectificar mis datos concept=access-and-correction
heading: cuáles son mis derechos concept=your-rights
heading: qué derechos tengo concept=your-rights
heading: mis derechos concept=your-rights

[retention]
heading: conservación de datos concept=data-retention
heading: conservación de los datos concept=data-retention
heading: plazo de conservación concept=retention-period
heading: periodo de conservación concept=retention-period
heading: cuánto tiempo conservamos sus datos concept=how-long-we-keep
heading: por cuánto tiempo concept=how-long-we-keep
heading: retención de datos concept=data-retention
body: conserv* weight=2.5 concept=retain
body: reten* weight=2.5 concept=retain
body: plazo* weight=2 concept=retention-criteria
body: plazos legales weight=2 concept=legal-retention-requirements
body: periodo weight=1.5 concept=retention-criteria
body: periodos weight=1.5 concept=retention-criteria
body: durante el tiempo necesario weight=3 concept=as-long-as-necessary
body: no más tiempo del necesario weight=3 concept=as-long-as-necessary
body: mientras weight=1.5 concept=as-long-as-necessary
body: bloque* weight=2 concept=legal-retention-requirements
body: prescripción weight=2 concept=legal-retention-requirements
body: responsabilidades weight=1 concept=legal-retention-requirements
body: suprimir weight=1.5 concept=destroy
body: destruir weight=1 concept=destroy
body: anonimiz* weight=1.5 concept=anonymise
body: años weight=1 concept=years
body: meses weight=1
# Added with the shared concept inventory (concepts.txt).
heading: almacenamiento y conservación concept=storage-and-retention
heading: almacenamiento y conservación de datos concept=storage-and-retention
heading: conservación y eliminación concept=retention-and-deletion
heading: conservación y supresión de datos concept=retention-and-deletion
body: ya no sean necesarios concept=no-longer-needed
body: dejen de ser necesarios concept=no-longer-needed
body: guard* concept=keep
# "archivo(s)" is a file (log files, cookies as small files): only the verb "archivar".
body: archivar concept=archive
body: archivad* concept=archive
body: archivamos concept=archive
body: inactiv* concept=inactive-accounts
body: almacen* weight=1 concept=store
body: criterios concept=retention-criteria
heading: periodo de almacenamiento concept=retention-period
heading: plazo de almacenamiento concept=retention-period
heading: duración del almacenamiento concept=retention-period
heading: cómo almacenamos concept=storage-and-retention
heading: cómo guardamos concept=storage-and-retention
heading: cómo se almacenan concept=storage-and-retention

[security]
heading: seguridad concept=data-security
heading: seguridad de los datos concept=data-security
heading: seguridad de la información concept=data-security
heading: medidas de seguridad concept=security-measures
heading: cómo protegemos sus datos concept=how-we-protect
heading: protección de la información concept=how-we-protect
heading: confidencialidad concept=data-security
body: seguridad weight=2 concept=secure
body: medidas técnicas y organizativas weight=3 concept=technical-organisational-measures
body: medidas técnicas weight=2 concept=technical-organisational-measures
body: organizativas weight=2 concept=technical-organisational-measures
body: cifrad* weight=2.5 concept=encryption
body: encript* weight=2.5 concept=encryption
body: ssl weight=2 concept=encryption
body: tls weight=2 concept=encryption
body: acceso no autorizado weight=2.5 concept=unauthorized-access
body: pérdida weight=1.5 concept=loss-misuse-alteration
body: alteración weight=1.5 concept=loss-misuse-alteration
body: confidencialidad weight=2 concept=confidentiality
body: cortafuegos weight=2 concept=technical-controls
body: brecha* weight=2 concept=breach
body: violación de seguridad weight=2 concept=breach
body: contraseña weight=1.5 concept=technical-controls
body: ningún sistema weight=2 concept=no-guarantee
body: proteger weight=1 concept=protect
body: garantizar weight=0.5 concept=ensure
# Added with the shared concept inventory (concepts.txt).
body: salvaguard* concept=safeguards
body: uso indebido concept=loss-misuse-alteration
body: medidas físicas concept=physical-safeguards
body: control de acceso concept=technical-controls
body: incidente* de seguridad concept=breach
body: vulnerabilidad* concept=breach
body: no podemos garantizar concept=no-guarantee
body: bajo su propio riesgo concept=no-guarantee
body: estándares del sector concept=industry-standard
body: acceso* no autorizado* weight=3 concept=unauthorized-access
body: no autorizad* weight=1.5 concept=unauthorized-access
body: violaci* de datos weight=2.5 concept=breach
body: violaci* de seguridad weight=2.5 concept=breach
body: proteg* weight=1 concept=protect
body: de forma segura weight=2 concept=secure
body: de manera segura weight=2 concept=secure
heading: cómo protegemos concept=how-we-protect
heading: información segura concept=how-we-protect
heading: datos seguros concept=how-we-protect
# Personal-data breaches and their notification: a security topic.
heading: violación de seguridad de los datos concept=data-security
heading: violaciones de seguridad de los datos concept=data-security
heading: violación de datos concept=data-security
heading: brecha de seguridad concept=data-security
heading: brechas de seguridad concept=data-security
heading: brecha de datos concept=data-security
heading: incidentes de seguridad concept=data-security
heading: violaciones de la protección de datos concept=data-security
heading: cifrado concept=data-security
heading: encriptación concept=data-security
body: violación de la seguridad de los datos weight=3 concept=breach
body: brecha de seguridad weight=3 concept=breach
# Breach notification duties: "Notificación a la autoridad de control en un plazo de 72 horas".
body: plazo de 72 horas weight=2.5 concept=breach
body: notificación a la autoridad de control weight=2.5 concept=breach

[children]
heading: menores concept=minors
heading: menores de edad concept=minors
heading: privacidad de los menores concept=childrens-privacy
heading: información de menores concept=childrens-privacy
heading: datos de menores concept=childrens-privacy
heading: niños concept=childrens-privacy
heading: edad mínima concept=age-limits
body: menores weight=3 concept=minors-teens
body: menor de edad weight=3 concept=minors-teens
body: niños weight=3 concept=children
body: infantil weight=2 concept=children
body: edad weight=2 concept=age
body: padres weight=2.5 concept=parents-guardians
body: tutores weight=2 concept=parents-guardians
body: tutor legal weight=2.5 concept=parents-guardians
body: patria potestad weight=2.5 concept=parents-guardians
body: consentimiento de los padres weight=2.5 concept=parental-consent
body: 13 años weight=2 concept=age-threshold
body: 14 años weight=2 concept=age-threshold
body: 16 años weight=2 concept=age-threshold
body: mayor de edad weight=1.5 concept=age-threshold
body: a sabiendas weight=2 concept=knowingly-collect
body: coppa weight=3 concept=coppa
body: dirigido weight=1 concept=not-directed-to-children
# Added with the shared concept inventory (concepts.txt).
heading: privacidad infantil concept=childrens-privacy
heading: menores de 13 años concept=age-limits
heading: restricciones de edad concept=age-limits
heading: uso por menores de edad concept=minors
body: niño* concept=children
body: adolescentes concept=minors-teens
body: consentimiento parental concept=parental-consent
body: no está dirigido a concept=not-directed-to-children
body: si tenemos conocimiento concept=if-we-learn
body: si descubrimos concept=if-we-learn
body: menor weight=0.5 concept=minor

[international]
heading: transferencias internacionales concept=international-transfers
heading: transferencias internacionales de datos concept=international-transfers
heading: transferencia de datos concept=data-transfers
heading: transferencias fuera del eee concept=international-transfers
heading: dónde almacenamos weight=2 concept=where-we-store
heading: ubicación de los datos concept=where-we-store
heading: almacenamiento y transferencia concept=where-we-store
body: transfer* weight=1.5 concept=transfer
body: internacional* weight=2 concept=cross-border
body: terceros países weight=2 concept=other-countries
body: otros países weight=2 concept=other-countries
body: fuera del espacio económico europeo weight=3 concept=eea
body: espacio económico europeo weight=2 concept=eea
body: eee weight=2 concept=eea
body: cláusulas contractuales tipo weight=2 concept=transfer-safeguards
body: cláusulas contractuales estándar weight=2 concept=transfer-safeguards
body: decisión de adecuación weight=3 concept=adequacy
body: nivel de protección adecuado weight=2.5 concept=adequacy
body: garantías adecuadas weight=2 concept=transfer-safeguards
body: data privacy framework weight=2.5 concept=privacy-frameworks
body: privacy shield weight=2 concept=privacy-frameworks
body: estados unidos weight=1 concept=united-states
body: servidores weight=0.5 concept=server-location    # bare word: also the servers of any party ("los servidores de Google")
body: unión europea weight=1 concept=eea
body: ubicad* weight=1 concept=server-location
# Added with the shared concept inventory (concepts.txt).
heading: transferencias de datos concept=data-transfers
heading: transferencias transfronterizas concept=international-transfers
heading: lugar del tratamiento concept=where-we-store
body: transfronteriz* concept=cross-border
body: fuera de su país concept=other-countries
body: normas corporativas vinculantes concept=transfer-safeguards
body: mismo nivel de protección concept=less-protective
body: jurisdicci* concept=jurisdictions
body: almacenados en concept=server-location
body: en todo el mundo concept=around-the-world
# Latin American "Área Económica Europea"; "Escudo de Privacidad" (Privacy Shield).
body: área económica europea weight=2 concept=eea
body: fuera del área económica europea weight=3 concept=eea
body: escudo de privacidad weight=3 concept=privacy-frameworks
body: fuera de los estados unidos weight=2.5 concept=other-countries
body: diferentes países weight=2 concept=other-countries
heading: transferencia de información concept=data-transfers
heading: dónde se almacenan weight=2 concept=where-we-store
heading: dónde se procesan weight=2 concept=where-we-store
heading: dónde se tratan weight=2 concept=where-we-store
heading: dónde tratamos weight=2 concept=where-we-store
heading: ubicación del tratamiento concept=where-we-store
heading: almacenamiento de datos weight=1 concept=where-we-store
heading: almacenamiento de los datos weight=1 concept=where-we-store
heading: almacenamiento de sus datos weight=1 concept=where-we-store
heading: dónde guardamos concept=where-we-store
heading: dónde se guardan concept=where-we-store

[regional]
heading: residentes en california concept=california
heading: aviso para residentes de california concept=california
heading: derechos de privacidad de california concept=california
heading: usuarios del espacio económico europeo concept=eea-gdpr-notice
heading: información adicional para determinadas jurisdicciones concept=jurisdiction-specific
heading: disposiciones específicas por país concept=jurisdiction-specific
heading: usuarios de brasil concept=jurisdiction-specific
heading: avisos regionales concept=jurisdiction-specific
body: california weight=1.5 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: ley de privacidad del consumidor de california weight=3 concept=california-law
body: shine the light weight=2.5 concept=california-law
body: resident* weight=2 concept=residents
body: consumidor* weight=1.5 concept=consumers
body: venta de información personal weight=2 concept=do-not-sell
body: información personal sensible weight=1.5
body: nevada weight=1 concept=us-states
body: virginia weight=1 concept=us-states
body: lgpd weight=2.5 concept=brazil-lgpd
body: brasil weight=1.5 concept=brazil-lgpd
body: pipeda weight=2.5 concept=canada-pipeda
body: canadá weight=1.5 concept=canada-pipeda
body: ley federal de protección de datos personales weight=2
body: jurisdicción weight=1.5
body: estado weight=0.5 concept=state
# Added with the shared concept inventory (concepts.txt).
heading: residentes de nevada concept=us-state-rights
heading: derechos de privacidad estatales concept=us-state-rights
heading: residentes del espacio económico europeo concept=eea-gdpr-notice
heading: cumplimiento del rgpd concept=eea-gdpr-notice
body: vender o compartir concept=do-not-sell
body: publicidad conductual entre contextos concept=cross-context-advertising
body: incentivos financieros concept=financial-incentives
body: 12 meses anteriores concept=preceding-12-months
body: últimos 12 meses concept=preceding-12-months
body: colorado weight=1 concept=us-states
body: connecticut weight=1 concept=us-states
body: rgpd concept=eu-gdpr
heading: residentes en estados unidos weight=2 concept=us-state-rights
heading: residentes de estados unidos weight=2 concept=us-state-rights
heading: residentes en ee uu weight=2 concept=us-state-rights
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
heading: anexos regionales concept=jurisdiction-specific
heading: anexo regional concept=jurisdiction-specific
heading: aviso complementario para residentes concept=jurisdiction-specific
heading: información adicional para residentes concept=jurisdiction-specific
heading: leyes de privacidad de estados unidos concept=us-state-rights
heading: japón weight=1 concept=jurisdiction-specific
heading: corea del sur weight=1 concept=jurisdiction-specific
heading: república de corea weight=1 concept=jurisdiction-specific
heading: brasil weight=1 concept=jurisdiction-specific
heading: reino unido weight=1 concept=jurisdiction-specific

[third-party-sites]
heading: enlaces a otros sitios web concept=links-to-other-sites
heading: sitios web de terceros weight=2 concept=third-party-websites
heading: servicios de terceros weight=3 concept=third-party-services
heading: enlaces externos concept=links-to-other-sites
heading: enlaces a terceros concept=links-to-other-sites
heading: plataformas de terceros concept=third-party-services
heading: redes sociales concept=social-media-plugins
body: enlaces weight=2.5 concept=links
body: enlace weight=2 concept=links
body: vínculo* weight=2 concept=links
body: hipervínculo* weight=2 concept=links
body: sitios web de terceros weight=3 concept=other-sites
body: sitios de terceros weight=3 concept=other-sites
body: no somos responsables weight=2.5 concept=not-responsible
body: no nos hacemos responsables weight=2.5 concept=not-responsible
body: sus propias políticas de privacidad weight=2.5 concept=their-privacy-policies
body: control sobre weight=1.5 concept=not-responsible
body: plugin* weight=2 concept=plugins
body: complementos weight=1.5 concept=plugins
body: redes sociales weight=2
body: externos weight=1.5 concept=other-sites
body: al hacer clic weight=1.5 concept=links
body: abandon* weight=1.5 concept=leave-our-site
body: le recomendamos weight=1 concept=encourage-review
body: contenido weight=0.5 concept=content
# Added with the shared concept inventory (concepts.txt).
heading: otros sitios web concept=third-party-websites
heading: complementos de redes sociales concept=social-media-plugins
heading: plugins sociales concept=social-media-plugins
heading: políticas de privacidad de terceros weight=2 concept=third-party-privacy-policies
heading: prácticas de privacidad de terceros concept=third-party-privacy-policies
body: aplicaciones de terceros concept=third-party-applications
body: widgets concept=plugins
body: revisar weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: presencia en redes sociales concept=social-media-presence
heading: medios sociales concept=social-media-presence
heading: perfiles en redes sociales concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: recopilados por terceros concept=third-party-data-collection
heading: recopilada por terceros concept=third-party-data-collection
heading: recogidos por terceros concept=third-party-data-collection
heading: otras partes pueden recopilar concept=third-party-data-collection
heading: servicios alojados por terceros concept=third-party-services
heading: servicios prestados por terceros concept=third-party-services
heading: enlaces de terceros concept=links-to-other-sites
body: te recomendamos weight=1 concept=encourage-review
heading: sitios de terceros weight=2 concept=third-party-websites
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: contenido incrustado concept=third-party-services
heading: contenidos incrustados concept=third-party-services
heading: contenido de terceros concept=third-party-services
heading: contenidos de terceros concept=third-party-services
heading: vídeos incrustados concept=third-party-services
heading: plug-ins concept=social-media-plugins
body: incrustado weight=2.5 concept=plugins
body: incrustados weight=2.5 concept=plugins
body: incrustada weight=2.5 concept=plugins
body: incrustadas weight=2.5 concept=plugins
body: contenido insertado weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: contenido de terceros weight=3 concept=other-sites
body: contenidos de terceros weight=3 concept=other-sites
body: plug-in* weight=2 concept=plugins
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: modo de privacidad mejorado weight=2.5 concept=plugins
body: ha iniciado sesión en su cuenta weight=1.5 concept=plugins
body: has iniciado sesión en tu cuenta weight=1.5 concept=plugins
body: applet* weight=2 concept=plugins
body: su propia política de privacidad weight=2.5 concept=their-privacy-policies
# Outside tools named in a heading ("Uso de motores de traducción y bibliotecas de terceros").
heading: bibliotecas de terceros weight=2 concept=third-party-services
heading: herramientas de terceros weight=2 concept=third-party-services
heading: software de terceros weight=2 concept=third-party-services
heading: motores de traducción concept=third-party-services
heading: servicios externos concept=third-party-services
heading: sdk de terceros concept=third-party-services
heading: plugins de terceros concept=third-party-services
heading: complementos de terceros concept=third-party-services
heading: sincronización en la nube concept=third-party-services
heading: sincronización con la nube concept=third-party-services
heading: copia de seguridad en la nube concept=third-party-services
heading: copia de seguridad de icloud concept=third-party-services
heading: sincronización con google drive concept=third-party-services
heading: sincronización y copia de seguridad concept=third-party-services
heading: servicios de sincronización y copia de seguridad concept=third-party-services
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: conexiones de red weight=2 concept=network-connections
heading: solicitudes de red weight=2 concept=network-connections
heading: conexiones salientes weight=2 concept=network-connections
heading: conexiones externas weight=2 concept=network-connections
heading: sale de tu dispositivo weight=2 concept=network-connections
heading: salen de tu dispositivo weight=2 concept=network-connections
heading: enviados fuera de tu dispositivo weight=2 concept=network-connections
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

[changes]
heading: cambios en esta política concept=changes-to-policy
heading: cambios en la política de privacidad concept=changes-to-policy
heading: modificaciones de la política de privacidad concept=changes-to-policy
heading: actualizaciones de esta política concept=policy-updates
heading: actualización de la política concept=policy-updates
heading: modificaciones concept=amendments
heading: vigencia concept=entry-into-force
heading: fecha de entrada en vigor concept=entry-into-force
body: modific* weight=2 concept=change-update
body: actualiz* weight=2 concept=change-update
body: cambio* weight=1.5 concept=change-update
body: cambios sustanciales weight=2.5 concept=material-changes
body: última actualización weight=3 concept=effective-date
body: fecha de entrada en vigor weight=2.5 concept=effective-date
body: entrada en vigor weight=2 concept=effective-date
body: periódicamente weight=2 concept=from-time-to-time
body: de vez en cuando weight=2 concept=from-time-to-time
body: nos reservamos el derecho weight=2 concept=reserve-the-right
body: revisar weight=1.5 concept=check-back
body: notific* weight=1.5 concept=notify-you
body: publicar* weight=1.5 concept=posting
body: versión weight=1.5 concept=version
body: vigente weight=1.5 concept=latest-version
body: aviso weight=0.5 concept=notice
# Added with the shared concept inventory (concepts.txt).
heading: notificación de cambios concept=notification-of-changes
heading: aviso de cambios concept=notification-of-changes
heading: revisiones concept=amendments
heading: entrada en vigor concept=entry-into-force
body: cambios significativos concept=material-changes
body: uso continuado concept=continued-use
body: si continúa utilizando concept=continued-use
body: versión más reciente concept=latest-version
body: con efecto inmediato concept=effective-immediately
# Where a changed policy is posted: "(we will post the new policy) on this page".
body: en esta página weight=1 concept=posting
heading: cambios a esta política concept=changes-to-policy
body: si continúas utilizando concept=continued-use
body: si sigue utilizando concept=continued-use

[contact]
heading: contacto concept=contact-us
heading: contacte con nosotros concept=contact-us
heading: contáctenos concept=contact-us
heading: cómo contactarnos concept=how-to-contact
heading: datos de contacto concept=contact-information
heading: delegado de protección de datos concept=data-protection-officer
heading: preguntas concept=questions
heading: consultas concept=questions
body: contact* weight=2 concept=please-contact
body: delegado de protección de datos weight=2.5 concept=dpo
body: dpd weight=2 concept=dpo
body: dpo weight=2 concept=dpo
body: correo electrónico weight=0.5 concept=by-email          # the bare word "email" is everywhere; "por correo electrónico" is the cue
body: dirección postal weight=2 concept=postal-address
body: teléfono weight=1.5 concept=telephone
body: preguntas weight=2 concept=questions-comments
body: dudas weight=2 concept=questions-comments
body: consultas weight=2 concept=questions-comments
body: escrib* weight=1.5 concept=please-contact
body: puede dirigirse weight=2.5 concept=please-contact
body: atención al cliente weight=1.5 concept=customer-service
body: domicilio weight=1 concept=postal-address
body: calle weight=1 concept=postal-address
body: comentarios weight=1 concept=questions-comments
# Added with the shared concept inventory (concepts.txt).
heading: información de contacto concept=contact-information
heading: cómo ponerse en contacto con nosotros concept=how-to-contact
heading: dudas o preguntas concept=questions
heading: preguntas y comentarios concept=questions
body: por correo electrónico concept=by-email
body: dirección weight=0.3 concept=address
# Terms the proposer found that the lexicon lacked.
body: alguna pregunta weight=2 concept=questions-comments
body: alguna duda weight=2 concept=questions-comments
# "tú" forms.
heading: contáctanos concept=contact-us
body: ponte en contacto weight=3 concept=please-contact
body: póngase en contacto weight=3 concept=please-contact
heading: aviso legal concept=contact-information
heading: información legal del titular concept=contact-information
heading: datos identificativos concept=contact-information
heading: identidad del responsable concept=contact-information
heading: organismo responsable concept=contact-information
# The controller's identity and address (art. 13 RGPD): "Responsable del tratamiento".
heading: responsable del tratamiento concept=contact-information
heading: datos del responsable concept=contact-information
heading: datos del responsable del tratamiento concept=contact-information
heading: a quién puedo contactar weight=3 concept=how-to-contact
heading: con quién puedo contactar concept=how-to-contact
heading: a quién contactar weight=3 concept=how-to-contact
heading: a quién puedo dirigirme weight=3 concept=how-to-contact
heading: cómo puedo contactar concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no entry
# overlapping it counts.
# A backup copy is no security practice of its own.
copia de seguridad
copias de seguridad
# A software update is not a change to the policy.
buscar actualizaciones
buscas actualizaciones
busca actualizaciones
búsqueda de actualizaciones
comprobar actualizaciones
comprobar si hay actualizaciones
buscar si hay actualizaciones
actualización de la aplicación
actualizaciones de la aplicación
actualización de la app
actualizaciones de la app
actualización de software
actualizaciones de software
actualización del software
actualizaciones del software
actualizaciones automáticas
# The version of an app is not the version of the policy.
versión de la aplicación
versión de la app
versión del software
# What you type is not writing to us.
que escribes
tú escribes
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
# Un estado de EE. UU. nombrado como organismo público (el responsable: "el Estado de Nevada",
# "Departamento de Salud de Nevada") no es un aviso a sus residentes.
estado de nevada
estado de california
estado de virginia
estado de colorado
estado de connecticut
# Rastreo de contactos y notificaciones de exposición (apps sanitarias): los "contactos" son
# personas expuestas, no la sección de contacto; las "claves de diagnóstico" son claves del
# sistema de exposición, no datos de diagnóstico de la app.
rastreo de contactos
seguimiento de contactos
búsqueda de contactos
localización de contactos
trazabilidad de contactos
contactos de riesgo
contacto de riesgo
contactos estrechos
contacto estrecho
notificación de exposición
notificaciones de exposición
clave de diagnóstico
claves de diagnóstico
# Haber estado en contacto con una persona (exposición), no la sección de contacto; "su teléfono"
# como dispositivo (el móvil donde corre la app), no un número para contactarnos.
estado en contacto
en contacto cercano
duración del contacto
teléfono móvil
teléfonos móviles
su teléfono
tu teléfono
el teléfono del usuario
