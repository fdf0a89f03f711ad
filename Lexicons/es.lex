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

[intro]
heading: introducción
heading: quiénes somos
heading: acerca de esta política
heading: ámbito de aplicación
heading: objeto
heading: información general
heading: responsable del tratamiento
heading: identidad del responsable
body: esta política de privacidad weight=0.5
body: se aplica weight=1.5
body: ámbito de aplicación weight=2
body: en adelante weight=2
body: al utilizar weight=1.5
body: al acceder weight=1.5
body: acept* weight=1.5
body: describe weight=1
body: explica weight=1
body: responsable del tratamiento weight=1.5
body: identidad weight=1
body: domicilio social weight=1
body: razón social weight=1.5
body: sitio web weight=0.5
body: servicios weight=0.3
body: condiciones de uso weight=1
body: nos comprometemos weight=1

[definitions]
heading: definiciones
heading: términos definidos
heading: glosario
heading: conceptos
heading: significado de los términos
heading: interpretación
body: significa weight=3
body: se entiende por weight=3
body: tendrá el significado weight=3
body: se refiere a weight=2
body: hace referencia a weight=2
body: designa weight=2
body: a efectos de weight=2
body: en el sentido de weight=1.5
body: definici* weight=2
body: término* weight=1
body: cualquier información weight=1
body: interesado weight=1
body: encargado del tratamiento weight=1
body: seudonimización weight=1.5
body: incluye weight=0.5

[collection]
heading: información que recopilamos
heading: datos que recopilamos
heading: qué datos recogemos
heading: datos personales que tratamos
heading: recopilación de información
heading: recogida de datos
heading: categorías de datos
heading: origen de los datos
heading: cómo obtenemos sus datos
body: recopil* weight=2
body: recog* weight=1.5
body: obten* weight=1
body: categorías de datos weight=2
body: nos proporciona weight=2
body: nos facilita weight=2
body: automáticamente weight=1.5
body: formulario* weight=1.5
body: nombre weight=1
body: dirección de correo electrónico weight=1.5
body: número de teléfono weight=1.5
body: dirección ip weight=1.5
body: datos de navegación weight=1.5
body: datos de identificación weight=2
body: datos de pago weight=1
body: tipo de navegador weight=1
body: geolocalización weight=1
body: fuentes weight=1.5

[use]
heading: cómo utilizamos su información
heading: uso de la información
heading: uso de sus datos
heading: finalidad del tratamiento
heading: finalidades
heading: para qué utilizamos sus datos
heading: con qué finalidad tratamos sus datos personales
heading: fines del tratamiento
heading: cómo utilizamos
body: finalidad* weight=2.5
body: fines weight=2
body: con el fin de weight=2
body: utiliz* weight=1.5
body: usamos weight=1.5
body: para prestar weight=1.5
body: gestionar weight=1.5
body: tramitar weight=1.5
body: atender weight=1.5
body: mejorar weight=1.5
body: personaliz* weight=1.5
body: elaboración de perfiles weight=2
body: decisiones automatizadas weight=1.5
body: prevenir el fraude weight=1.5
body: estadístic* weight=1
body: enviarle weight=1

[legal-basis]
heading: base jurídica
heading: base legal
heading: legitimación
heading: base de legitimación
heading: bases legales para el tratamiento
heading: fundamento jurídico
heading: licitud del tratamiento
body: base jurídica weight=3
body: base legal weight=3
body: legitimación weight=3
body: legitima weight=1.5
body: interés legítimo weight=3
body: intereses legítimos weight=3
body: ejecución de un contrato weight=2.5
body: relación contractual weight=2
body: medidas precontractuales weight=2
body: obligación legal weight=2.5
body: cumplimiento de una obligación legal weight=2
body: intereses vitales weight=2
body: interés público weight=2
body: artículo 6 weight=2.5
body: licitud weight=2
body: consentimiento weight=1
body: rgpd weight=1

[consent]
heading: consentimiento
heading: su consentimiento
heading: retirada del consentimiento
heading: revocación del consentimiento
heading: cómo retirar su consentimiento
heading: aceptación
body: consent* weight=2.5
body: consiente weight=2
body: retir* weight=2.5
body: revoc* weight=2.5
body: en cualquier momento weight=1
body: sin que ello afecte weight=2
body: licitud del tratamiento basado en el consentimiento weight=2
body: expreso weight=1
body: inequívoco weight=1.5
body: libre weight=0.5
body: acepta weight=1
body: casilla weight=1.5
body: autoriza weight=1.5

[sharing]
heading: compartir información
heading: con quién compartimos sus datos
heading: comunicación de datos
heading: comunicación de datos a terceros
heading: cesión de datos
heading: destinatarios
heading: destinatarios de los datos
heading: divulgación de información
body: compart* weight=2
body: destinatario* weight=2.5
body: cesión weight=2.5
body: cesiones weight=2.5
body: ceder weight=2
body: terceros weight=1
body: comunic* weight=1
body: proveedores de servicios weight=2
body: encargados del tratamiento weight=2
body: empresas del grupo weight=2
body: filiales weight=1.5
body: autoridades weight=1.5
body: orden judicial weight=1.5
body: requerimiento weight=1.5
body: fusión weight=2
body: adquisición weight=1.5
body: venta weight=1
body: no vendemos weight=2
body: divulg* weight=2
body: revelar weight=1.5

[cookies]
heading: cookies
heading: política de cookies
heading: uso de cookies
heading: cookies y tecnologías similares
heading: tecnologías de seguimiento
heading: qué son las cookies
heading: balizas web
body: cookie* weight=3
body: balizas weight=2.5
body: web beacons weight=2
body: píxel* weight=2
body: etiquetas de píxel weight=2
body: pequeños archivos weight=2.5
body: tecnologías similares weight=2
body: archivos de registro weight=2
body: google analytics weight=2
body: analítica* weight=1.5
body: cookies de sesión weight=2
body: persistentes weight=2
body: almacenan weight=1
body: configuración del navegador weight=1.5
body: navegador weight=1
body: dispositivo weight=0.5

[advertising]
heading: publicidad
heading: marketing
heading: comunicaciones comerciales
heading: comunicaciones promocionales
heading: publicidad personalizada
heading: publicidad basada en intereses
heading: mercadotecnia
heading: boletín
body: publicidad weight=2.5
body: publicitari* weight=2.5
body: anuncios weight=2.5
body: anunciantes weight=2.5
body: redes publicitarias weight=2.5
body: comunicaciones comerciales weight=2.5
body: marketing weight=2
body: mercadotecnia weight=2
body: promocion* weight=2
body: boletín* weight=2
body: newsletter weight=2
body: basada en intereses weight=2
body: remarketing weight=2
body: prospección comercial weight=2
body: campañas weight=1.5
body: ofertas weight=1.5
body: intereses weight=0.5

[do-not-track]
heading: do not track
heading: no rastrear
heading: señales de no rastrear
heading: señales do not track
heading: control global de privacidad
heading: señales de preferencia
body: do not track weight=3
body: no rastrear weight=3
body: no seguimiento weight=2.5
body: dnt weight=3
body: global privacy control weight=3
body: control global de privacidad weight=3
body: gpc weight=3
body: señal* weight=2
body: no respondemos weight=2
body: estándar weight=1.5
body: rastreo weight=1
body: preferencia* weight=1
body: configuración de su navegador weight=1
body: navegador weight=1

[choices]
heading: sus opciones
heading: sus elecciones
heading: opciones sobre sus datos
heading: cómo darse de baja
heading: darse de baja
heading: exclusión voluntaria
heading: control de su información
heading: preferencias de comunicación
body: darse de baja weight=3
body: dar de baja weight=2.5
body: cancelar la suscripción weight=2.5
body: exclusión weight=2
body: opt-out weight=2
body: optar weight=2
body: puede elegir weight=2.5
body: opciones weight=2
body: preferencias weight=1.5
body: desactivar weight=1.5
body: rechazar weight=1.5
body: no facilitar weight=1.5
body: no proporcionar weight=1.5
body: configurar weight=1
body: ajustes weight=1
body: enlace weight=1
body: decidir weight=1
body: recibir weight=0.5

[rights]
heading: sus derechos
heading: derechos del interesado
heading: derechos de los usuarios
heading: ejercicio de derechos
heading: cómo ejercer sus derechos
heading: derechos arco
heading: qué derechos tiene
heading: acceso y rectificación
heading: consultar o actualizar weight=2
body: derecho de acceso weight=3
body: puede acceder weight=2
body: agente* autorizad* weight=2.5
body: rectificación weight=3
body: supresión weight=3
body: portabilidad weight=3
body: oposición weight=2.5
body: limitación del tratamiento weight=3
body: derecho al olvido weight=2.5
body: cancelación weight=2
body: arco weight=2
body: ejerc* weight=2.5
body: derechos weight=1.5
body: autoridad de control weight=2.5
body: reclamación weight=2
body: agencia española de protección de datos weight=2.5
body: aepd weight=2.5
body: copia weight=1
body: no discriminación weight=1.5
body: verificar su identidad weight=1.5
body: decisiones individuales automatizadas weight=1.5
body: solicitud weight=1

[retention]
heading: conservación de datos
heading: conservación de los datos
heading: plazo de conservación
heading: periodo de conservación
heading: cuánto tiempo conservamos sus datos
heading: por cuánto tiempo
heading: retención de datos
body: conserv* weight=2.5
body: reten* weight=2.5
body: plazo* weight=2
body: plazos legales weight=2
body: periodo weight=1.5
body: periodos weight=1.5
body: durante el tiempo necesario weight=3
body: no más tiempo del necesario weight=3
body: mientras weight=1.5
body: bloque* weight=2
body: prescripción weight=2
body: responsabilidades weight=1
body: suprimir weight=1.5
body: elimin* weight=1.5
body: destruir weight=1
body: anonimiz* weight=1.5
body: años weight=1
body: meses weight=1

[security]
heading: seguridad
heading: seguridad de los datos
heading: seguridad de la información
heading: medidas de seguridad
heading: cómo protegemos sus datos
heading: protección de la información
heading: confidencialidad
body: seguridad weight=2
body: medidas técnicas y organizativas weight=3
body: medidas técnicas weight=2
body: organizativas weight=2
body: cifrad* weight=2.5
body: encript* weight=2.5
body: ssl weight=2
body: tls weight=2
body: acceso no autorizado weight=2.5
body: pérdida weight=1.5
body: alteración weight=1.5
body: confidencialidad weight=2
body: cortafuegos weight=2
body: brecha* weight=2
body: violación de seguridad weight=2
body: contraseña weight=1.5
body: ningún sistema weight=2
body: proteger weight=1
body: garantizar weight=0.5

[children]
heading: menores
heading: menores de edad
heading: privacidad de los menores
heading: información de menores
heading: datos de menores
heading: niños
heading: edad mínima
body: menores weight=3
body: menor de edad weight=3
body: niños weight=3
body: infantil weight=2
body: edad weight=2
body: padres weight=2.5
body: tutores weight=2
body: tutor legal weight=2.5
body: patria potestad weight=2.5
body: consentimiento de los padres weight=2.5
body: 13 años weight=2
body: 14 años weight=2
body: 16 años weight=2
body: mayor de edad weight=1.5
body: a sabiendas weight=2
body: coppa weight=3
body: dirigido weight=1

[international]
heading: transferencias internacionales
heading: transferencias internacionales de datos
heading: transferencia de datos
heading: transferencias fuera del eee
heading: dónde almacenamos sus datos
heading: ubicación de los datos
heading: almacenamiento y transferencia
body: transfer* weight=2.5
body: internacional* weight=2
body: terceros países weight=3
body: otros países weight=2
body: fuera del espacio económico europeo weight=3
body: espacio económico europeo weight=2
body: eee weight=2
body: cláusulas contractuales tipo weight=3
body: cláusulas contractuales estándar weight=3
body: decisión de adecuación weight=3
body: nivel de protección adecuado weight=2.5
body: garantías adecuadas weight=2
body: data privacy framework weight=2.5
body: privacy shield weight=2
body: estados unidos weight=1.5
body: servidores weight=1.5
body: unión europea weight=1
body: ubicad* weight=1

[regional]
heading: residentes en california
heading: aviso para residentes de california
heading: derechos de privacidad de california
heading: usuarios del espacio económico europeo
heading: información adicional para determinadas jurisdicciones
heading: disposiciones específicas por país
heading: usuarios de brasil
heading: avisos regionales
body: california weight=3
body: ccpa weight=3
body: cpra weight=3
body: ley de privacidad del consumidor de california weight=3
body: shine the light weight=2.5
body: resident* weight=2
body: consumidor* weight=1.5
body: venta de información personal weight=2
body: información personal sensible weight=1.5
body: nevada weight=2.5
body: virginia weight=2
body: lgpd weight=2.5
body: brasil weight=1.5
body: pipeda weight=2.5
body: canadá weight=1.5
body: ley federal de protección de datos personales weight=2
body: jurisdicción weight=1.5
body: estado weight=0.5

[third-party-sites]
heading: enlaces a otros sitios web
heading: sitios web de terceros
heading: servicios de terceros
heading: enlaces externos
heading: enlaces a terceros
heading: plataformas de terceros
heading: redes sociales
body: enlaces weight=2.5
body: enlace weight=2
body: vínculo* weight=2
body: hipervínculo* weight=2
body: sitios web de terceros weight=3
body: sitios de terceros weight=3
body: no somos responsables weight=2.5
body: no nos hacemos responsables weight=2.5
body: sus propias políticas de privacidad weight=2.5
body: control sobre weight=1.5
body: plugin* weight=2
body: complementos weight=1.5
body: redes sociales weight=2
body: externos weight=1.5
body: al hacer clic weight=1.5
body: abandon* weight=1.5
body: le recomendamos weight=1
body: contenido weight=0.5

[changes]
heading: cambios en esta política
heading: cambios en la política de privacidad
heading: modificaciones de la política de privacidad
heading: actualizaciones de esta política
heading: actualización de la política
heading: modificaciones
heading: vigencia
heading: fecha de entrada en vigor
body: modific* weight=2
body: actualiz* weight=2
body: cambio* weight=1.5
body: cambios sustanciales weight=2.5
body: última actualización weight=3
body: fecha de entrada en vigor weight=2.5
body: entrada en vigor weight=2
body: periódicamente weight=2
body: de vez en cuando weight=2
body: nos reservamos el derecho weight=2
body: revisar weight=1.5
body: notific* weight=1.5
body: publicar* weight=1.5
body: versión weight=1.5
body: vigente weight=1.5
body: aviso weight=0.5

[contact]
heading: contacto
heading: contacte con nosotros
heading: contáctenos
heading: cómo contactarnos
heading: datos de contacto
heading: delegado de protección de datos
heading: preguntas
heading: consultas
body: contact* weight=2
body: delegado de protección de datos weight=2.5
body: dpd weight=2
body: dpo weight=2
body: correo electrónico weight=1.5
body: dirección postal weight=2
body: teléfono weight=1.5
body: preguntas weight=2
body: dudas weight=2
body: consultas weight=2
body: escrib* weight=1.5
body: puede dirigirse weight=2.5
body: atención al cliente weight=1.5
body: domicilio weight=1
body: calle weight=1
body: comentarios weight=1
