# German lexicon (Germany, Austria, Switzerland; formal "Sie" register)
@language de
@name German
@fold-accents yes            # "Übermittlung" matches "Ubermittlung"
# Case folding turns ß into ss, so "maßnahmen" also matches the Swiss "massnahmen".
# Compounds: German writes most terms as one word, so stems with * catch the compounds
# that begin with them (datenschutz* -> datenschutzerklärung, datenschutzbeauftragter).
# Stems avoid "änder*", which after folding would match "andere".

[profile]
# Function words first. weight=3 marks words that tell German from Dutch
# (und/en, nicht/niet, auf/op, für/voor, wir/wij, oder/of, auch/ook, durch/door).
der
die
das
und weight=3
in
den
von
zu
mit weight=2
sich weight=3
des
auf weight=3
für weight=3
ist weight=3
im
dem
nicht weight=3
ein
eine
einer
einem
einen
als
auch weight=3
es
an
werden weight=3
wird weight=3
wurden
worden
aus
hat
haben weight=2
dass weight=3
sie
ihre weight=2
ihrer weight=3
ihren weight=3
ihnen weight=3
ihr
wir weight=3
uns weight=3
unser
unsere weight=3
unserer weight=3
unseren weight=3
nach
bei weight=3
um
noch
wie
über weight=3
so
zum weight=3
zur weight=3
nur
oder weight=3
aber
vor
bis
mehr
durch weight=3
sein
wenn weight=2
können weight=3
kann
müssen weight=3
sollten
dürfen weight=3
möchten
diese weight=3
dieser weight=3
diesen weight=3
dieses weight=3
sowie weight=3
soweit weight=3
sofern weight=3
gegebenenfalls weight=3
jedoch weight=3
innerhalb
welche weight=3
etwa
kein
keine
alle
andere
weitere weight=3
sind weight=2
bzw weight=3
insbesondere weight=3
deren weight=3
dessen
damit
daher
dabei
hierbei weight=3
gemäß
zwischen
ohne
jederzeit weight=3
# words frequent in privacy policies
daten weight=3
personenbezogenen weight=3
personenbezogene weight=3
datenschutz weight=3
datenschutzerklärung weight=3
verarbeitung weight=3
verarbeiten
nutzer
nutzung
website weight=0.5
webseite
dienste
dienstleistungen
dritte
dritten
rechte
recht
einwilligung weight=3
zweck
zwecke
verantwortliche
verantwortlicher
berechtigten
interesse
auskunft
anfrage
e-mail weight=0.5
adresse
konto
produkte
unternehmen
fall
maßnahmen
sicherheit
speicherung weight=3
gespeichert
erforderlich weight=3
gesetzlichen
kunden
verwenden
erheben
weitergabe
bereitstellung
angebot
angaben
name weight=0.5
telefonnummer
betroffene
betroffenen
cookies weight=0.5
browser weight=0.5
gerät
rechtsgrundlage
vertrag
erhalten
zeit
datum
gesetz
art
abs
dsgvo
informationen
ip-adresse
server weight=0.5
löschung
widerspruch
zugriff

[units]
year: jahr, jahre, jahren, jahres
month: monat, monate, monaten, monats
week: woche, wochen
day: tag, tage, tagen, tages
hour: stunde, stunden
minute: minute, minuten
business-day: werktag, werktage, werktagen, arbeitstag, arbeitstage, arbeitstagen, geschäftstag, geschäftstage, geschäftstagen

[numbers]
1: eins, ein, eine, einen, einem
2: zwei, zwo
3: drei
4: vier
5: fünf
6: sechs
7: sieben
8: acht
9: neun
10: zehn
11: elf
12: zwölf
13: dreizehn
15: fünfzehn
16: sechzehn
18: achtzehn
20: zwanzig
24: vierundzwanzig
30: dreißig
60: sechzig
90: neunzig
100: hundert, einhundert

[references]
gdpr: dsgvo, ds-gvo, eu-dsgvo, datenschutz-grundverordnung, datenschutzgrundverordnung, gdpr, 2016/679
ccpa: ccpa, california consumer privacy act
cpra: cpra, california privacy rights act
coppa: coppa, gesetz zum schutz der privatsphäre von kindern im internet
lgpd: lgpd, brasilianisches datenschutzgesetz, lei geral de proteção de dados
pipeda: pipeda, personal information protection and electronic documents act

[intro]
heading: einleitung
heading: präambel
heading: allgemeine hinweise
heading: allgemeines
heading: geltungsbereich
heading: über uns
heading: wer wir sind
heading: verantwortliche stelle
heading: name und anschrift des verantwortlichen
body: diese datenschutzerklärung weight=0.5
body: datenschutz* weight=0.5
body: geltungsbereich weight=2.5
body: gilt für weight=1.5
body: durch die nutzung weight=1.5
body: mit der nutzung weight=1.5
body: einverstanden weight=1.5
body: im folgenden weight=2
body: nachfolgend weight=1.5
body: verantwortliche stelle weight=2
body: verantwortlicher im sinne weight=2
body: überblick weight=1.5
body: informiert weight=1
body: handelsregister weight=1.5
body: sitz weight=1
body: website weight=0.3
body: angebot weight=0.5

[definitions]
heading: begriffsbestimmungen
heading: definitionen
heading: begriffe
heading: begriffserklärungen
heading: verwendete begriffe
heading: glossar
body: bezeichnet weight=3
body: bedeutet weight=3
body: sind alle informationen weight=3
body: versteht man weight=2.5
body: im sinne weight=2
body: bezieht sich auf weight=2
body: gilt als weight=1.5
body: begriff* weight=2
body: definition* weight=2
body: betroffene person weight=1
body: natürliche person weight=1.5
body: identifizierbar* weight=1.5
body: auftragsverarbeiter weight=1
body: pseudonymisierung weight=1.5
body: umfasst weight=0.5

[collection]
heading: welche daten wir erheben
heading: welche daten wir verarbeiten
heading: welche daten erheben wir
heading: welche daten verarbeiten wir
heading: erhebung personenbezogener daten
heading: erhebung und speicherung
heading: erfassung von daten
heading: datenerfassung
heading: kategorien personenbezogener daten
heading: herkunft der daten
heading: art der daten
body: erheb* weight=2
body: erhoben weight=2
body: erfass* weight=2
body: datenerfassung weight=2
body: sammel* weight=1.5
body: gesammelt weight=1.5
body: personenbezogen* weight=0.3
body: kategorien weight=1
body: sie uns mitteilen weight=2
body: automatisch weight=1.5
body: formular* weight=1.5
body: kontaktformular weight=1.5
body: nachname weight=1.5
body: e-mail-adresse weight=1.5
body: telefonnummer weight=1.5
body: ip-adresse weight=1.5
body: bestandsdaten weight=2
body: nutzungsdaten weight=1.5
body: zahlungsdaten weight=1
body: browsertyp weight=1
body: standortdaten weight=1
body: quellen weight=1.5

[use]
heading: wie wir ihre daten verwenden
heading: verwendung ihrer daten
heading: nutzung ihrer daten
heading: zwecke der verarbeitung
heading: zweck der datenverarbeitung
heading: wofür wir ihre daten nutzen
heading: zu welchem zweck
heading: zweckbestimmung
heading: zwecke
body: zweck* weight=2.5
body: verwend* weight=1.5
body: nutzen wir weight=1.5
body: bereitstellung weight=1.5
body: abwicklung weight=2
body: vertragsabwicklung weight=2
body: bearbeitung ihrer anfrage weight=2
body: verbesser* weight=1.5
body: optimier* weight=1.5
body: personalisier* weight=1.5
body: profiling weight=2
body: automatisierte entscheidungsfindung weight=1.5
body: betrugsprävention weight=1.5
body: missbrauch weight=1
body: statistisch* weight=1
body: zusenden weight=1

[legal-basis]
heading: rechtsgrundlage
heading: rechtsgrundlagen
heading: rechtsgrundlage der verarbeitung
heading: rechtsgrundlagen der datenverarbeitung
heading: auf welcher rechtsgrundlage
heading: rechtmäßigkeit der verarbeitung
body: rechtsgrundlage* weight=3
body: art. 6 weight=2.5
body: berechtigtes interesse weight=3
body: berechtigten interessen weight=3
body: interessenabwägung weight=2.5
body: vertragserfüllung weight=2.5
body: erfüllung eines vertrages weight=2.5
body: vorvertraglich* weight=2
body: rechtliche verpflichtung weight=2.5
body: gesetzliche verpflichtung weight=2.5
body: lebenswichtige interessen weight=2
body: öffentlichen interesse weight=2
body: rechtmäßig* weight=2
body: auf grundlage weight=1.5
body: einwilligung weight=1
body: dsgvo weight=1
body: erforderlich weight=0.5

[consent]
heading: einwilligung
heading: ihre einwilligung
heading: widerruf der einwilligung
heading: widerruf ihrer einwilligung
heading: widerrufsrecht
heading: einwilligungserklärung
body: einwillig* weight=2.5
body: widerruf* weight=2.5
body: bis zum widerruf weight=2.5
body: mit wirkung für die zukunft weight=3
body: jederzeit weight=1
body: zustimm* weight=2
body: erteil* weight=1.5
body: einverstanden weight=1.5
body: ausdrücklich weight=1
body: freiwillig weight=1
body: opt-in weight=2
body: häkchen weight=1.5
body: checkbox weight=1.5

[sharing]
heading: weitergabe von daten
heading: weitergabe an dritte
heading: datenweitergabe
heading: empfänger
heading: empfänger der daten
heading: kategorien von empfängern
heading: übermittlung an dritte
heading: offenlegung
body: weitergabe weight=2.5
body: weitergeb* weight=2
body: weitergegeben weight=2
body: offenleg* weight=2
body: übermitt* weight=1.5
body: empfänger weight=2.5
body: dritte weight=1
body: nicht an dritte weight=1.5
body: dienstleister weight=2
body: auftragsverarbeiter weight=2
body: auftragsverarbeitung weight=2
body: konzern* weight=2
body: verbundene unternehmen weight=2
body: behörden weight=1.5
body: strafverfolgungsbehörden weight=2
body: gerichtliche anordnung weight=1.5
body: unternehmensverkauf weight=2
body: fusion weight=2
body: übernahme weight=1.5
body: verkauf weight=1
body: wir verkaufen keine weight=2

[cookies]
heading: cookies
heading: verwendung von cookies
heading: einsatz von cookies
heading: cookie-richtlinie
heading: cookies und ähnliche technologien
heading: tracking-technologien
heading: zählpixel
heading: server-log-dateien
body: cookie* weight=3
body: kleine textdateien weight=3
body: textdateien weight=2.5
body: zählpixel weight=2.5
body: web beacons weight=2
body: pixel* weight=2
body: ähnliche technologien weight=2
body: logfiles weight=2
body: server-logfiles weight=2
body: logdatei* weight=2
body: google analytics weight=2
body: analyse* weight=1.5
body: session-cookies weight=2
body: persistente weight=2
body: ttdsg weight=2.5           # Telekommunikation-Telemedien-Datenschutz-Gesetz
body: tdddg weight=2.5           # its successor since 2024
body: tracking weight=1.5
body: browsereinstellungen weight=1.5
body: gespeichert weight=1
body: browser weight=1
body: endgerät weight=1

[advertising]
heading: werbung
heading: marketing
heading: direktwerbung
heading: newsletter
heading: personalisierte werbung
heading: interessenbasierte werbung
heading: werbliche kommunikation
heading: online-marketing
body: werb* weight=2.5
body: direktwerbung weight=2.5
body: anzeigen weight=2
body: newsletter weight=2
body: marketing weight=2
body: interessenbasiert* weight=2
body: remarketing weight=2
body: retargeting weight=2
body: zielgruppen weight=1.5
body: kampagnen weight=1.5
body: gewinnspiel* weight=1.5
body: angebote weight=1
body: aktionen weight=1
body: interessen weight=0.5

[do-not-track]
heading: do not track
heading: do-not-track-signale
heading: nicht verfolgen
heading: global privacy control
heading: globale datenschutzkontrolle
heading: präferenzsignale
body: do not track weight=3
body: nicht verfolgen weight=3
body: dnt weight=3
body: global privacy control weight=3
body: globale datenschutzkontrolle weight=3
body: gpc weight=3
body: signal* weight=2
body: reagieren nicht weight=2
body: standard weight=1.5
body: verfolgung weight=1
body: tracking weight=1
body: präferenz* weight=1
body: browsereinstellungen weight=1
body: browser weight=1

[choices]
heading: ihre wahlmöglichkeiten
heading: ihre optionen
heading: abmeldung
heading: abmeldung vom newsletter
heading: newsletter abbestellen
heading: widerspruch gegen werbung
heading: kontrolle über ihre daten
heading: einstellungen
body: abmeld* weight=3
body: abbestell* weight=3
body: opt-out weight=2
body: sie können wählen weight=2.5
body: wahlmöglichkeit* weight=2.5
body: optionen weight=1.5
body: einstellungen weight=1.5
body: präferenzen weight=1.5
body: deaktivier* weight=1.5
body: ablehnen weight=1.5
body: widersprechen weight=1.5
body: nicht bereitstellen weight=1.5
body: freiwillig weight=1
body: entscheiden weight=1
body: link weight=1
body: empfangen weight=0.5

[rights]
heading: ihre rechte
heading: rechte der betroffenen
heading: rechte der betroffenen person
heading: ihre rechte als betroffene person
heading: betroffenenrechte
heading: geltendmachung ihrer rechte
heading: auskunftsrecht
heading: auskunft
heading: einsehen oder aktualisieren weight=2
heading: rechte
body: auskunft* weight=2.5
body: einsehen weight=2
body: bevollmächtigte* weight=2.5
body: berichtigung weight=3
body: löschung weight=2.5
body: recht auf vergessenwerden weight=2.5
body: einschränkung der verarbeitung weight=3
body: datenübertragbarkeit weight=3
body: widerspruchsrecht weight=3
body: widerspruch weight=2
body: beschwerderecht weight=3
body: beschwerde weight=2
body: aufsichtsbehörde weight=3
body: betroffenenrechte weight=3
body: art. 15 weight=2
body: geltend machen weight=2.5
body: rechte weight=1.5
body: unentgeltlich weight=1.5
body: identitätsnachweis weight=1.5
body: automatisierte einzelentscheidung* weight=1.5
body: kopie weight=1

[retention]
heading: speicherdauer
heading: dauer der speicherung
heading: aufbewahrung
heading: aufbewahrungsfristen
heading: speicherung und löschung
heading: löschung von daten
heading: datenlöschung
heading: wie lange wir ihre daten speichern
body: speicherdauer weight=3
body: speicher* weight=1.5
body: aufbewahr* weight=2.5
body: gesetzliche aufbewahrungsfristen weight=3
body: frist* weight=2
body: dauer weight=1.5
body: so lange weight=2
body: solange weight=2
body: nicht mehr erforderlich weight=3
body: wegfall des zwecks weight=2.5
body: gelöscht weight=2
body: löschen weight=2
body: sperrung weight=2
body: gesperrt weight=2
body: steuerrechtlich* weight=2.5
body: handelsrechtlich* weight=2
body: hgb weight=2
body: verjährungsfrist* weight=2
body: anonymisier* weight=1.5
body: jahre weight=1
body: monate weight=1

[security]
heading: datensicherheit
heading: sicherheit
heading: sicherheit ihrer daten
heading: sicherheitsmaßnahmen
heading: technische und organisatorische maßnahmen
heading: wie wir ihre daten schützen
heading: ssl-verschlüsselung
body: sicherheit* weight=2
body: datensicherheit weight=2.5
body: technische und organisatorische maßnahmen weight=3
body: organisatorische weight=2
body: verschlüssel* weight=2.5
body: ssl weight=2
body: tls weight=2
body: unbefugt* weight=2.5
body: unberechtigt* weight=2
body: verlust weight=1.5
body: manipulation weight=1.5
body: integrität weight=1.5
body: vertraulich* weight=1.5
body: firewall* weight=2
body: datenpanne weight=2
body: sicherheitsverletzung weight=2
body: passwort weight=1.5
body: absolute sicherheit weight=2.5
body: schützen weight=1
body: gewährleisten weight=0.5

[children]
heading: kinder
heading: minderjährige
heading: schutz von minderjährigen
heading: daten von kindern
heading: datenschutz für kinder
heading: altersbeschränkung
heading: mindestalter
body: kinder* weight=3
body: minderjährig* weight=3
body: unter 16 jahren weight=2.5
body: unter 13 jahren weight=2
body: lebensjahr weight=2.5
body: alter weight=1.5
body: eltern weight=2.5
body: erziehungsberechtigt* weight=3
body: gesetzlicher vertreter weight=2
body: zustimmung der eltern weight=2.5
body: wissentlich weight=2
body: volljährig* weight=1.5
body: richtet sich nicht an weight=1.5
body: coppa weight=3

[international]
heading: übermittlung in drittländer
heading: datenübermittlung in drittländer
heading: datenübermittlung in ein drittland
heading: internationale datenübermittlung
heading: internationale datentransfers
heading: übermittlung außerhalb der eu
heading: speicherort der daten
heading: serverstandort
body: drittland weight=3
body: drittländer weight=3
body: drittstaat* weight=3
body: übermittlung weight=1.5
body: international* weight=2
body: außerhalb der eu weight=2.5
body: europäischen wirtschaftsraums weight=2
body: ewr weight=2
body: standardvertragsklauseln weight=3
body: angemessenheitsbeschluss weight=3
body: angemessenes datenschutzniveau weight=2.5
body: geeignete garantien weight=2
body: data privacy framework weight=2.5
body: privacy shield weight=2
body: usa weight=1.5
body: vereinigte staaten weight=1.5
body: serverstandort weight=2
body: server weight=1
body: europäischen union weight=1

[regional]
heading: hinweise für einwohner kaliforniens
heading: kalifornien
heading: california
heading: einwohner kaliforniens
heading: datenschutzrechte in kalifornien
heading: länderspezifische hinweise
heading: zusätzliche hinweise für bestimmte länder
heading: hinweise für nutzer in der schweiz
heading: regionale hinweise
body: kaliforni* weight=3
body: california weight=3
body: ccpa weight=3
body: cpra weight=3
body: shine the light weight=2.5
body: einwohner weight=2
body: wohnsitz weight=1.5
body: verbraucher weight=1.5
body: verkauf personenbezogener informationen weight=2
body: sensible personenbezogene weight=1.5
body: nevada weight=2.5
body: virginia weight=2
body: schweiz weight=2
body: dsg weight=2.5              # Swiss and Austrian Datenschutzgesetz
body: revdsg weight=2.5
body: österreich weight=1.5
body: lgpd weight=2.5
body: brasilien weight=1.5
body: kanada weight=1.5
body: rechtsordnung* weight=1.5
body: bundesstaat* weight=1

[third-party-sites]
heading: links zu anderen websites
heading: links zu websites dritter
heading: externe links
heading: websites dritter
heading: dienste dritter
heading: drittanbieter
heading: social media
heading: social-media-plugins
body: links weight=2.5
body: hyperlinks weight=2
body: verlinkt* weight=2
body: externe links weight=2
body: websites dritter weight=3
body: webseiten dritter weight=3
body: drittanbieter weight=2
body: keine verantwortung weight=2.5
body: keinen einfluss weight=2.5
body: nicht verantwortlich weight=2
body: haftung weight=1
body: datenschutzbestimmungen weight=1.5
body: plugin* weight=2
body: social media weight=2
body: soziale netzwerke weight=2
body: anklicken weight=1.5
body: verlassen weight=1.5
body: inhalte weight=0.5

[changes]
heading: änderungen dieser datenschutzerklärung
heading: änderung der datenschutzerklärung
heading: anpassung der datenschutzerklärung
heading: aktualität und änderung dieser datenschutzerklärung
heading: änderungen
heading: aktualisierung
heading: stand
body: änderung* weight=2
body: ändern weight=1.5
body: geändert weight=1.5
body: aktualisier* weight=2
body: anpass* weight=1.5
body: zuletzt aktualisiert weight=3
body: letzte aktualisierung weight=3
body: aktuelle fassung weight=2.5
body: jeweils aktuelle weight=2
body: in kraft weight=2
body: gültig* weight=1.5
body: von zeit zu zeit weight=2
body: behalten uns vor weight=2
body: regelmäßig weight=1.5
body: veröffentlich* weight=1.5
body: fassung weight=1.5
body: version weight=1.5
body: stand weight=1
body: informieren weight=1

[contact]
heading: kontakt
heading: kontaktieren sie uns
heading: kontaktdaten
heading: datenschutzbeauftragter
heading: datenschutzbeauftragte
heading: fragen
heading: fragen zum datenschutz
heading: ansprechpartner
body: kontakt* weight=2
body: datenschutzbeauftragt* weight=2.5
body: ansprechpartner weight=2
body: wenden sie sich weight=2.5
body: schreiben sie uns weight=2.5
body: postanschrift weight=2
body: anschrift weight=1.5
body: telefon weight=1.5
body: e-mail weight=1
body: fragen weight=2
body: anliegen weight=2
body: anregungen weight=1
body: kundenservice weight=1.5
body: straße weight=1
body: erreichen weight=1
