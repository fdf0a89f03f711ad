# German lexicon (Germany, Austria, Switzerland; formal "Sie" register)
@language de
@name German
@fold-accents yes            # "Übermittlung" matches "Ubermittlung"
# Case folding turns ß into ss, so "maßnahmen" also matches the Swiss "massnahmen".
# Compounds: German writes most terms as one word, so stems with * catch the compounds
# that begin with them (datenschutz* -> datenschutzerklärung, datenschutzbeauftragter).
# Stems avoid "änder*", which after folding would match "andere".
# A stem only catches compounds it begins: a compound whose key word comes last (Datenweitergabe,
# Datenerhebung, Datenportabilität) is an entry of its own. Dative and genitive endings (Dienstleistern,
# des Newsletters, Kindern) need a stem too.

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

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
nutzungsbedingungen
allgemeine geschäftsbedingungen
allgemeine nutzungsbedingungen
geltendes recht
anwendbares recht
anzuwendendes recht
rechtswahl
gerichtsstand
rechtswahl und gerichtsstand
anwendbares recht und gerichtsstand
geltendes recht und gerichtsstand
salvatorische klausel
teilunwirksamkeit
vollständige vereinbarung
kein verzicht
höhere gewalt
haftungsausschluss
haftungsbeschränkung
haftungsbegrenzung
freistellung
übersetzungen
übersetzung
andere übersetzungen
weitere übersetzungen
sprachfassungen
sprachversionen
maßgebliche sprachfassung
maßgebliche sprache
die englische fassung ist maßgeblich
englische fassung ist maßgeblich
vorrang der englischen fassung
die deutsche fassung ist maßgeblich
lizenz
urheberrecht
copyright
danksagungen
danksagung
inhaltsverzeichnis
inhaltsübersicht
abschnitte
urheberrechte
urheberrechtshinweis
urheberrecht und geistiges eigentum
urheberrechte und geistiges eigentum
geistiges eigentum
marken
urheber- und markenrecht
urheber- und leistungsschutzrechte
# Closing legal notes (en: "Legal information and disclaimer").
rechtliche hinweise und haftungsausschluss
haftungsausschluss und rechtliche hinweise
# The record a controller keeps under GDPR Art. 30 (en: "Record of processing activities").
verzeichnis von verarbeitungstätigkeiten
verzeichnis der verarbeitungstätigkeiten
disclaimer
# Nutzungsbedingungen auf einer Datenschutzseite: Pflichten der Nutzer, Lizenzierung von Inhalten.
verantwortung der nutzer
verantwortung des nutzers
verantwortung der nutzerinnen und nutzer
pflichten der nutzer
pflichten des nutzers
pflichten der nutzerinnen und nutzer
lizenzierung von inhalten
lizenzierung der inhalte

[intro]
heading: einleitung concept=introduction
heading: präambel concept=introduction
heading: allgemeines concept=introduction
heading: geltungsbereich concept=scope
heading: über uns weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
heading: wer wir sind concept=who-we-are
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that de lacked.
heading: überblick concept=summary
heading: zusammenfassung concept=summary
heading: kurzfassung concept=summary
heading: das wichtigste in kürze concept=summary
heading: auf einen blick concept=summary
heading: über diese datenschutzerklärung concept=about-this-policy
heading: über diese datenschutzhinweise concept=about-this-policy
heading: geltungsbereich dieser datenschutzerklärung concept=scope
heading: anwendungsbereich concept=scope
heading: unser engagement für den datenschutz concept=commitment-to-privacy
heading: unsere verpflichtung zum datenschutz concept=commitment-to-privacy
heading: ihr einverständnis concept=acceptance
heading: zustimmung zu dieser datenschutzerklärung concept=acceptance
heading: datenschutzerklärung weight=0.5 concept=privacy-policy-title
heading: datenschutzhinweise weight=0.5 concept=privacy-policy-title
heading: datenschutzinformationen weight=0.5 concept=privacy-policy-title
heading: datenschutzrichtlinie weight=0.5 concept=privacy-policy-title
heading: datenschutz weight=0.5 concept=privacy-policy-title   # "Datenschutz" alone as the page title
body: diese datenschutzerklärung weight=0.5 concept=this-privacy-policy
body: datenschutz* weight=0.5 concept=privacy
body: geltungsbereich weight=2.5 concept=policy-applies-to
body: gilt für weight=1.5 concept=policy-applies-to
body: durch die nutzung weight=1.5 concept=by-using
body: mit der nutzung weight=1.5 concept=by-using
body: einverstanden weight=1.5 concept=acceptance-of-policy
body: im folgenden weight=2 concept=referred-to-as
body: nachfolgend weight=1.5 concept=referred-to-as
body: verantwortliche stelle weight=2
body: verantwortlicher im sinne weight=2
body: überblick weight=1.5
body: informiert weight=1 concept=policy-describes
body: handelsregister weight=1.5
body: sitz weight=1
body: website weight=0.3 concept=website
body: angebot weight=0.5 concept=services
# Added with the shared concept inventory (concepts.txt): terms real policies use that de lacked.
body: diese datenschutzerklärung beschreibt weight=2.5 concept=policy-describes
body: diese datenschutzerklärung erläutert weight=2.5 concept=policy-describes
body: wenn sie nicht einverstanden sind weight=2 concept=if-you-do-not-agree
body: nehmen den schutz weight=2 concept=committed-to-privacy
body: nutzungsbedingungen weight=1 concept=terms-of-use
body: bitte lesen sie weight=1.5 concept=please-read
body: unternehmen weight=0.3 concept=company
body: dienstleistungen weight=0.3 concept=services
# More of the ordinary heading forms (GDPR Art. 13 style), incl. the controller asked as a question.
heading: allgemeine informationen concept=introduction
heading: allgemeine angaben concept=introduction
heading: einführung concept=introduction
heading: vorbemerkung* concept=introduction
heading: anwendbarkeit concept=scope
heading: verantwortlich concept=who-we-are
heading: wer ist verantwortlich concept=who-we-are
heading: kurz zusammengefasst concept=summary
heading: in kürze concept=summary
heading: zusammenfassung der studie concept=summary
heading: wer betreibt concept=who-we-are
heading: wer steht hinter concept=who-we-are

[definitions]
heading: begriffsbestimmungen concept=definitions
heading: begriffsdefinition* concept=definitions
heading: definitionen concept=definitions
heading: begriffe concept=key-terms
heading: begriffserklärungen concept=definitions
heading: verwendete begriffe concept=key-terms
heading: glossar concept=key-terms
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that de lacked.
heading: auslegung concept=interpretation
heading: auslegung und begriffsbestimmungen concept=interpretation
heading: was wir meinen mit concept=what-we-mean-by
heading: was bedeutet concept=what-we-mean-by
heading: was versteht man unter concept=what-we-mean-by
body: bezeichnet weight=3 concept=means
body: bedeutet weight=3 concept=means
body: sind alle informationen weight=3 concept=personal-data-means
body: versteht man weight=2.5 concept=means
body: im sinne weight=2 concept=as-used-in-this-policy
body: bezieht sich auf weight=2 concept=refers-to
body: gilt als weight=1.5 concept=means
body: begriff* weight=2 concept=defined-terms-intro
body: definition* weight=2 concept=defined-terms-intro
body: betroffene person weight=1 concept=gdpr-roles
body: natürliche person weight=1.5 concept=identifiable-person
body: identifizierbar* weight=1.5 concept=identifiable-person
body: auftragsverarbeiter weight=1 concept=gdpr-roles
body: pseudonymisierung weight=1.5
body: umfasst weight=0.5 concept=includes
# Added with the shared concept inventory (concepts.txt): terms real policies use that de lacked.
body: im sinne dieser datenschutzerklärung weight=2.5 concept=as-used-in-this-policy
body: personenbezogene daten sind weight=3 concept=personal-data-means
body: im folgenden weight=2 concept=hereinafter
body: verantwortlicher weight=1 concept=gdpr-roles
body: nutzer weight=0.3 concept=user
body: personenbezogene daten weight=0.2 concept=personal-data
# More of the ordinary heading forms.
heading: definition der begriffe concept=definitions
heading: erläuterung der begriffe concept=key-terms
heading: begriffserläuterungen concept=key-terms
heading: was bedeuten concept=what-we-mean-by

[collection]
heading: welche daten wir erheben concept=what-we-collect
heading: welche daten wir verarbeiten concept=what-we-collect
heading: welche daten erheben wir concept=what-we-collect
heading: welche daten verarbeiten wir concept=what-we-collect
heading: erhebung personenbezogener daten concept=collection-of-information
heading: erhebung und speicherung concept=collection-of-information
heading: erfassung von daten concept=collection-of-information
heading: datenerfassung concept=collection-of-information
heading: datenerhebung concept=collection-of-information
heading: kategorien personenbezogener daten concept=categories-of-data
heading: herkunft der daten concept=sources-of-information
heading: art der daten concept=categories-of-data
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that de lacked.
heading: erhobene daten concept=what-we-collect
heading: quellen der daten concept=sources-of-information
heading: daten die sie uns mitteilen concept=information-you-provide
# Job applications: the data applicants hand over.
heading: bewerbung concept=information-you-provide
heading: bewerbungen concept=information-you-provide
heading: bewerbungsverfahren concept=information-you-provide
heading: bewerber concept=information-you-provide
heading: bewerbende concept=information-you-provide
heading: von ihnen bereitgestellte daten concept=information-you-provide
heading: automatisch erhobene daten concept=collected-automatically
heading: automatisch erfasste daten concept=collected-automatically
heading: wie wir daten erheben concept=how-we-collect
heading: wie erheben wir ihre daten concept=how-we-collect
# The forms of "erheben", not erheb*: that also matched "erheblich" (significant).
body: erheben weight=2 concept=we-collect
body: erhebt weight=2 concept=we-collect
body: erhebe weight=2 concept=we-collect
body: erhebung* weight=2 concept=we-collect
body: erhebenden weight=2 concept=we-collect
body: erhoben* weight=2 concept=we-collect
body: erfass* weight=2 concept=we-collect
body: datenerfassung weight=2 concept=we-collect
body: datenerhebung weight=2 concept=we-collect
body: sammel* weight=1.5 concept=we-collect
body: gesammelt weight=1.5 concept=we-collect
body: kategorien weight=1 concept=data-categories
body: sie uns mitteilen weight=2 concept=you-provide
body: automatisch weight=2 concept=automatically
body: formular* weight=1.5 concept=forms
body: kontaktformular weight=1.5 concept=forms
body: nachname weight=1.5 concept=name
body: e-mail-adresse weight=1.5 concept=contact-details
body: telefonnummer weight=1.5 concept=contact-details
body: ip-adresse weight=2 concept=device-data
body: bestandsdaten weight=2
body: nutzungsdaten weight=2 concept=usage-data
body: zahlungsdaten weight=1 concept=payment-data
body: browsertyp weight=2 concept=device-data
body: standortdaten weight=1 concept=location-data
body: quellen weight=1.5 concept=sources
# A list of the data handled, announced in the text (en: "the following data is processed:").
body: folgende daten weight=2.5 concept=following-data
body: folgenden daten weight=2.5 concept=following-data
body: folgende personenbezogene daten weight=2.5 concept=following-data
body: folgenden personenbezogenen daten weight=2.5 concept=following-data
body: folgende informationen weight=2.5 concept=following-data
body: folgenden informationen weight=2.5 concept=following-data
body: folgende datenkategorien weight=2.5 concept=following-data
# Added with the shared concept inventory (concepts.txt): terms real policies use that de lacked.
body: sie uns zur verfügung stellen weight=2 concept=you-provide
body: kategorien personenbezogener daten weight=2.5 concept=data-categories
body: öffentlich zugänglich* weight=2 concept=publicly-available
body: betriebssystem weight=2 concept=device-data
body: demografisch* weight=1.5 concept=demographic-data
body: konto weight=0.3 concept=account
body: daten weight=0.1 concept=information
# The compound "Datenverarbeitung" (data processing) is the same bare noun: with it a heading such as
# "Allgemeines zur Datenverarbeitung" names a topic and is not read as the document's title.
body: datenverarbeitung weight=0.1 concept=information
# Terms the proposer found that the lexicon lacked.
body: geräteinformationen weight=2 concept=device-data
body: gerätedaten weight=2 concept=device-data
# Headings asking which personal data are processed (GDPR style): "What personal data do we process?"
heading: welche personenbezogenen daten concept=what-we-collect
heading: welche daten concept=what-we-collect
# More of the ordinary heading forms: kinds and scope of the data processed, registration, app permissions.
heading: arten der verarbeiteten daten concept=categories-of-data
heading: art der verarbeiteten daten concept=categories-of-data
heading: verarbeitete daten concept=what-we-collect
heading: datenarten concept=categories-of-data
heading: datenkategorien concept=categories-of-data
heading: kategorien betroffener personen concept=categories-of-data
heading: umfang der verarbeitung weight=2 concept=collection-of-information
heading: umfang der datenverarbeitung weight=2 concept=collection-of-information
heading: art und umfang weight=2 concept=collection-of-information
heading: welche informationen concept=what-we-collect
heading: erhobene informationen concept=what-we-collect
heading: von ihnen bereitgestellte informationen concept=information-you-provide
heading: informationen die sie uns geben concept=information-you-provide
heading: registrierung concept=information-you-provide
heading: berechtigungen concept=what-we-collect
# "What we collect" as a relative clause inside a longer heading ("Personal information that we
# collect"); weak, since "How we use the information we collect" is about the use.
heading: die wir sammeln weight=0.5 concept=what-we-collect
heading: die wir erheben weight=0.5 concept=what-we-collect
heading: die wir erfassen weight=0.5 concept=what-we-collect
# Kinds of data as German policies list them (compounds whose key word comes last: Zugriffsdaten, Vertragsdaten).
body: zugriffsdaten weight=2 concept=usage-data
body: vertragsdaten weight=1.5 concept=data-categories
body: stammdaten weight=1.5 concept=data-categories
body: inhaltsdaten weight=1.5 concept=data-categories
body: kommunikationsdaten weight=1.5 concept=data-categories
body: referrer* weight=1.5 concept=device-data
# Logging as a processing activity ("Protokollierung", "protokolliert"): what is recorded, as the
# English "Logging" heading.
heading: protokollierung concept=collected-automatically
body: protokollier* weight=1.5 concept=usage-data
# App features: logging in (Anmelden, Login) is a point of collection, as registration is; access
# data and login credentials (Zugangsdaten, Anmeldedaten) are data the user provides.
heading: anmelden concept=information-you-provide
heading: anmeldung concept=information-you-provide
heading: login concept=information-you-provide
body: zugangsdaten weight=1 concept=data-categories
body: anmeldedaten weight=2 concept=data-categories
heading: zugangsdaten concept=categories-of-data
heading: anmeldedaten concept=categories-of-data
# Contacting us as a processing activity (GDPR templates: "Kontaktaufnahme per E-Mail",
# "Kontaktformular", "Anfragen per E-Mail oder Telefon"): what is collected when a person writes
# or calls, not the contact section itself ("Kontakt", "Kontaktieren Sie uns" stay contact). The
# phrases outweigh the contact cues "kontakt" and kontakt* that the same heading also holds.
# A bare "Kontaktaufnahme" is "Contacting us" (contact, as en "Contacting us"); named with a channel
# or as a processing activity it is what is collected when a person writes or calls.
heading: kontaktaufnahme per weight=3 concept=information-you-provide
heading: kontaktaufnahme über weight=3 concept=information-you-provide
heading: kontaktaufnahme via weight=3 concept=information-you-provide
heading: kontaktaufnahme kontaktformular weight=3 concept=information-you-provide
heading: rahmen der kontaktaufnahme weight=3 concept=information-you-provide
heading: bei kontaktaufnahme weight=3 concept=information-you-provide
heading: bei allgemeiner kontaktaufnahme weight=3 concept=information-you-provide
heading: kontaktaufnahme mit uns per weight=3 concept=information-you-provide
# "Anfrage per E-Mail, Telefon oder Telefax" (the standard German template heading): the data an inquiry hands over.
heading: anfrage per weight=3 concept=information-you-provide
heading: anfragen per weight=3 concept=information-you-provide
heading: kontaktformular* weight=2.5 concept=information-you-provide
heading: anfrageformular* weight=2.5 concept=information-you-provide
heading: kontakt via e-mail weight=3 concept=information-you-provide
heading: kontakt per e-mail weight=3 concept=information-you-provide
heading: kontakt per telefon weight=3 concept=information-you-provide
heading: anfragen per e-mail weight=3 concept=information-you-provide
heading: anfragen per telefon weight=3 concept=information-you-provide
heading: e-mail-anfragen weight=2.5 concept=information-you-provide
heading: anfrage per e-mail weight=3 concept=information-you-provide
heading: anfrage per telefon weight=3 concept=information-you-provide
heading: kontaktanfrage* weight=2.5 concept=information-you-provide
heading: e-mail-kontaktmöglichkeit weight=3 concept=information-you-provide
heading: e-mail-kontakt weight=3 concept=information-you-provide
body: per e-mail kontaktier* weight=2.5 concept=you-provide
body: uns kontaktier* weight=1.5 concept=you-provide
body: kontaktaufnahme weight=1.5 concept=forms
body: kontaktanfrage* weight=2 concept=forms
body: in kontakt treten weight=2.5 concept=you-provide
body: wenn sie uns per e-mail weight=2 concept=you-provide
body: wenn du uns per e-mail weight=2 concept=you-provide
# Usage behaviour as a data category: "Daten zum Nutzungsverhalten".
body: nutzungsverhalten weight=1.5 concept=usage-data
# Processing while the app or website is used ("Nutzung der Anwendung", "Verarbeitung bei Nutzung
# der Webseite"): what is collected during use.
heading: nutzung der anwendung concept=collected-automatically
heading: nutzung der app concept=collected-automatically
heading: nutzung der webseite concept=collected-automatically
heading: nutzung der website concept=collected-automatically
heading: nutzung unserer app concept=collected-automatically
heading: nutzung unserer webseite concept=collected-automatically
heading: nutzung unserer website concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: gerät verbleib* weight=2 concept=on-device-data
heading: gerät bleib* weight=2 concept=on-device-data
heading: bleibt auf ihrem gerät weight=2 concept=on-device-data
heading: bleibt auf deinem gerät weight=2 concept=on-device-data
heading: lokal verarbeit* weight=2 concept=on-device-data
heading: lokal gespeicherte daten weight=2 concept=on-device-data
heading: lokale verarbeitung weight=2 concept=on-device-data
heading: verarbeitung auf dem gerät weight=2 concept=on-device-data
# "Logdaten" (log data: what the app or server records of a use).
body: logdaten weight=1.5 concept=usage-data
# Coordinated heading "<collection> and use (of information)" (Information Collection and Use): the collection noun leads.
heading: erhebung und nutzung concept=collection-of-information
heading: erfassung und nutzung concept=collection-of-information

[use]
heading: wie wir ihre daten verwenden concept=how-we-use
heading: verwendung ihrer daten concept=use-of-information
# De-identified data as a heading: what is done with it (use), not how long data is kept.
heading: de-identifizierte informationen weight=2 concept=use-of-information
heading: de-identifizierte daten weight=2 concept=use-of-information
heading: nutzung ihrer daten concept=use-of-information
heading: zwecke der verarbeitung concept=purposes-of-processing
heading: zweck der datenverarbeitung concept=purposes-of-processing
heading: wofür wir ihre daten nutzen concept=how-we-use
heading: zu welchem zweck concept=why-we-collect
heading: zweckbestimmung concept=purposes-of-processing
heading: zwecke concept=purposes-of-processing
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that de lacked.
heading: warum wir ihre daten erheben concept=why-we-collect
heading: zweck der erhebung concept=why-we-collect
heading: verarbeitung personenbezogener daten concept=processing-of-personal-data
heading: verarbeitung ihrer personenbezogenen daten concept=processing-of-personal-data
heading: wie wir ihre personenbezogenen daten verarbeiten concept=processing-of-personal-data
body: zweck* weight=2.5 concept=purposes
# The verb only, not verwend*: the noun "Verwendung" (use of) heads headings that name another topic
# ("Verwendung von Cookies", "Verwendung des Newsletters").
body: verwenden weight=1.5 concept=we-use
body: verwendet weight=1.5 concept=we-use
body: nutzen wir weight=1.5 concept=we-use
body: bereitstellung weight=1.5 concept=to-provide
body: abwicklung weight=2 concept=to-fulfil
body: vertragsabwicklung weight=2 concept=to-fulfil
body: bearbeitung ihrer anfrage weight=2 concept=to-respond
body: verbesser* weight=1.5 concept=to-improve
body: optimier* weight=1.5 concept=to-improve
body: personalisier* weight=1.5 concept=to-personalise
body: profiling weight=2 concept=profiling
body: automatisiert* entscheidungsfindung weight=1.5 concept=automated-decisions
body: betrugsprävention weight=1.5 concept=to-prevent-fraud
body: missbrauch weight=1 concept=to-prevent-fraud
body: statistisch* weight=1 concept=to-analyse
body: zusenden weight=1 concept=to-send
# Added with the shared concept inventory (concepts.txt): terms real policies use that de lacked.
body: zu folgenden zwecken weight=2.5 concept=following-purposes
body: für folgende zwecke weight=2.5 concept=following-purposes
body: verwaltung ihres kontos weight=1.5 concept=to-administer
body: neue produkte weight=2 concept=to-develop
body: weiterentwickl* weight=1.5 concept=to-develop
body: mit ihnen zu kommunizieren weight=2 concept=to-communicate
body: kommunikation mit ihnen weight=2 concept=to-communicate
body: ihre anfragen zu beantworten weight=1.5 concept=to-respond
body: kundensupport weight=1.5 concept=to-respond
body: analysieren weight=1 concept=to-analyse
body: fehlerbehebung weight=2 concept=to-troubleshoot
body: fehler zu beheben weight=2 concept=to-troubleshoot
body: marktforschung weight=2 concept=research
body: zahlungsabwicklung weight=1.5 concept=to-process-transactions
body: bestellabwicklung weight=1.5 concept=to-process-transactions
body: rechtliche verpflichtungen zu erfüllen weight=1 concept=to-comply-with-law
body: gesetzlichen pflichten weight=1 concept=to-comply-with-law
# Headings asking for what purpose data are processed: "For what purpose are personal data processed?"
heading: zu welchen zwecken concept=purposes-of-processing
# More of the ordinary heading forms, incl. questions ("Wie verwenden wir Ihre Daten?").
heading: verarbeitungszweck* concept=purposes-of-processing
heading: verwendungszweck* concept=purposes-of-processing
heading: zwecke der nutzung concept=purposes-of-processing
heading: wie verwenden wir concept=how-we-use
heading: wie nutzen wir concept=how-we-use
heading: wofür verwenden wir concept=how-we-use
heading: wofür nutzen wir concept=how-we-use
heading: warum erheben wir concept=why-we-collect
# Compounds whose key word comes last.
body: verarbeitungszweck* weight=2.5 concept=purposes
body: verwendungszweck* weight=2.5 concept=purposes
# Purpose headings asked with other verbs: "Warum erfassen wir personenbezogene Daten?",
# "Warum verarbeiten wir Ihre Daten?", and "(Daten werden) zu folgenden Zwecken (verarbeitet)".
heading: warum erfassen wir concept=why-we-collect
heading: warum verarbeiten wir concept=why-we-collect
heading: warum speichern wir concept=why-we-collect
heading: warum werden daten concept=why-we-collect
heading: warum werden meine daten concept=why-we-collect
heading: warum werden ihre daten concept=why-we-collect
heading: wozu werden daten concept=why-we-collect
heading: warum wir concept=why-we-collect
heading: wozu concept=why-we-collect
heading: zu folgenden zwecken concept=purposes-of-processing
heading: für folgende zwecke concept=purposes-of-processing
heading: warum wir ihre daten benötigen concept=why-we-collect
heading: wofür wir ihre daten benötigen concept=why-we-collect
# A subsection headed by the bare noun "Zweck:" (beside "Rechtsgrundlage:", "Speicherdauer:") names the
# purpose as its topic; weak, as "Zweck der Datenweitergabe" is about the sharing.
heading: zweck weight=0.1 concept=purposes-of-processing
# "Verwendung / Nutzung der (erhobenen) Daten": the use word is the head; "Verwendung von Cookies"
# and "Nutzung von <Dienst>" stay with their object's section.
heading: verwendung der erhobenen daten concept=use-of-information
heading: verwendung der erhobenen concept=use-of-information
heading: verwendung der daten concept=use-of-information
heading: verwendung der personenbezogenen daten concept=use-of-information
heading: verwendung personenbezogener daten concept=use-of-information
heading: verwendung ihrer personenbezogenen daten concept=use-of-information
heading: verwendung deiner daten concept=use-of-information
heading: nutzung der erhobenen daten concept=use-of-information
heading: nutzung der erhobenen concept=use-of-information
heading: nutzung der daten concept=use-of-information
heading: nutzung personenbezogener daten concept=use-of-information
heading: nutzung deiner daten concept=use-of-information
heading: verwendung von standortdaten concept=use-of-information
heading: nutzung von standortdaten concept=use-of-information
heading: verwendung der standortdaten concept=use-of-information
heading: wozu verwenden wir concept=how-we-use
heading: wozu nutzen wir concept=how-we-use
heading: automatisiert* entscheidung* concept=automated-decision-making
heading: automatische entscheidung* concept=automated-decision-making
heading: automatisiert* einzelentscheidung* concept=automated-decision-making
heading: profiling concept=automated-decision-making

[legal-basis]
heading: rechtsgrundlage concept=legal-basis
heading: rechtsgrundlagen concept=legal-basis
heading: rechtsgrundlage der verarbeitung concept=legal-basis
heading: rechtsgrundlagen der datenverarbeitung concept=legal-basis
heading: auf welcher rechtsgrundlage concept=why-allowed
heading: rechtmäßigkeit der verarbeitung concept=legal-basis
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that de lacked.
heading: warum wir ihre daten verarbeiten dürfen concept=why-allowed
heading: grundlage der verarbeitung concept=legal-basis
heading: rechtsgrundlage für die verarbeitung concept=legal-basis
# A subsection "Berechtigtes Interesse:" / "Berechtigte Interessen" names the Art. 6(1)(f) basis.
heading: berechtigtes interesse concept=legal-basis
heading: berechtigte interessen concept=legal-basis
# "Rechtsgrundlage", "Art. 6", "berechtigtes Interesse", "auf Grundlage" and "DSGVO" stand in every
# subsection of a German policy (a plug-in, a host, a form): in a text they weigh less than the
# practice it describes; the headings still name a legal-basis section.
body: rechtsgrundlage* weight=2 concept=legal-basis-term
body: art. 6 weight=1.5 concept=article-6
body: berechtigtes interesse weight=2 concept=legitimate-interests
body: berechtigten interessen weight=2 concept=legitimate-interests
body: interessenabwägung weight=2.5 concept=balancing-test
body: vertragserfüllung weight=2.5 concept=performance-of-contract
body: erfüllung eines vertrages weight=2.5 concept=performance-of-contract
body: vorvertraglich* weight=2 concept=performance-of-contract
body: rechtliche verpflichtung weight=2.5 concept=legal-obligation
body: gesetzliche verpflichtung weight=2.5 concept=legal-obligation
body: lebenswichtige interessen weight=2 concept=vital-interests
body: öffentlichen interesse weight=2 concept=public-interest
body: öffentliche* aufgabe* weight=2.5 concept=public-interest
body: rechtmäßig* weight=2 concept=lawful
body: auf grundlage weight=1 concept=on-the-basis-of
body: einwilligung weight=1 concept=consent-as-basis
body: dsgvo weight=0.5
body: erforderlich weight=0.5 concept=necessary
# Added with the shared concept inventory (concepts.txt): terms real policies use that de lacked.
body: grundrechte und grundfreiheiten weight=2.5 concept=balancing-test
body: lebenswichtiger interessen weight=3 concept=vital-interests
body: verarbeitung ist erforderlich weight=2.5 concept=processing-necessary
body: auf basis weight=2 concept=on-the-basis-of
# Headings naming the basis of processing without "legal": "Basis for processing (personal data)".
heading: grundlage für die verarbeitung concept=legal-basis
# More of the ordinary heading forms.
heading: rechtliche grundlage* concept=legal-basis
heading: auf welcher grundlage concept=why-allowed
heading: rechtsgrundlagen für die verarbeitung concept=legal-basis
# Declined forms (genitive, dative) of the GDPR bases ("zur Erfüllung einer rechtlichen Verpflichtung", Art. 6(1)(c)).
# Not the plural "gesetzlichen Verpflichtungen": retention text says it too.
body: berechtigten interesses weight=2 concept=legitimate-interests
body: rechtlichen verpflichtung weight=2.5 concept=legal-obligation
body: vertragsanbahnung weight=2 concept=performance-of-contract
# Declined forms: "Unsere rechtlichen Grundlagen zur Verarbeitung von Daten".
heading: rechtlichen grundlage* concept=legal-basis
heading: verarbeiten dürfen concept=why-allowed

[consent]
heading: einwilligung concept=your-consent
heading: ihre einwilligung concept=your-consent
heading: widerruf der einwilligung concept=withdrawal-of-consent
heading: widerruf ihrer einwilligung concept=withdrawal-of-consent
heading: widerrufsrecht concept=withdrawal-of-consent
heading: einwilligungserklärung concept=your-consent
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that de lacked.
heading: zustimmung concept=your-consent
heading: widerruf concept=withdrawal-of-consent
body: einwillig* weight=2.5 concept=you-consent
body: widerruf* weight=2.5 concept=withdraw
body: bis zum widerruf weight=2.5 concept=without-affecting-lawfulness
body: mit wirkung für die zukunft weight=3 concept=without-affecting-lawfulness
body: jederzeit weight=1 concept=at-any-time
body: zustimm* weight=2 concept=you-agree
body: erteil* weight=1.5 concept=you-consent
body: einverstanden weight=1.5 concept=you-agree
body: ausdrücklich weight=1 concept=explicit-consent
body: freiwillig weight=1 concept=freely-given
body: opt-in weight=2 concept=opt-in
body: häkchen weight=1.5 concept=opt-in
body: checkbox weight=1.5 concept=opt-in
# Added with the shared concept inventory (concepts.txt): terms real policies use that de lacked.
body: ausdrückliche einwilligung weight=2.5 concept=explicit-consent
body: erlaubnis weight=1.5 concept=permission
body: es sich anders überlegen weight=2 concept=change-your-mind
# More of the ordinary heading forms.
heading: einwilligungen concept=your-consent
heading: wie sie ihre einwilligung widerrufen concept=withdrawal-of-consent

[sharing]
heading: weitergabe von daten concept=sharing-of-information
heading: weitergabe an dritte concept=third-parties
heading: datenweitergabe concept=sharing-of-information
heading: empfänger* concept=who-we-share-with
heading: empfänger der daten concept=who-we-share-with
heading: kategorien von empfängern concept=who-we-share-with
heading: übermittlung an dritte concept=third-parties
heading: offenlegung concept=disclosure-of-information
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that de lacked.
heading: wie wir ihre daten weitergeben concept=how-we-share
heading: an wen wir ihre daten weitergeben concept=who-we-share-with
heading: an wen concept=who-we-share-with
heading: offenlegung gegenüber dritten concept=disclosure-of-information
heading: dritte concept=third-parties
heading: dienstleister* concept=service-providers-heading
heading: dienstanbieter* concept=service-providers-heading
heading: auftragsverarbeiter concept=service-providers-heading
heading: unternehmensübertragungen concept=business-transfers
heading: umstrukturierung und unternehmensverkauf concept=business-transfers
heading: rechtliche anfragen concept=legal-requests
heading: behördliche anfragen concept=legal-requests
heading: strafverfolgung concept=legal-requests
heading: verkaufen wir ihre daten concept=sale-of-information
heading: verkauf personenbezogener daten concept=sale-of-information
body: weitergabe weight=2.5 concept=share
body: datenweitergabe weight=2.5 concept=share
body: weitergeb* weight=2 concept=share
body: weitergegeben weight=2 concept=share
body: offenleg* weight=2 concept=disclose
body: übermitt* weight=1.5 concept=disclose
body: empfänger* weight=2.5 concept=recipients
body: dritte weight=1 concept=third-parties-term
body: dritten weight=1 concept=third-parties-term
body: nicht an dritte weight=1.5 concept=third-parties-term
body: dienstleister* weight=2 concept=service-providers
body: dienstanbieter* weight=2 concept=service-providers
body: auftragsverarbeiter weight=2 concept=service-providers
body: auftragsverarbeitung weight=2 concept=service-providers
body: serviceanbieter* weight=2 concept=service-providers
body: konzern* weight=2 concept=affiliates
body: verbundene unternehmen weight=2 concept=affiliates
body: behörden weight=1.5 concept=authorities
body: strafverfolgungsbehörden weight=2 concept=authorities
body: gerichtliche anordnung weight=1.5 concept=legal-process
body: unternehmensverkauf weight=2 concept=corporate-transaction
body: fusion weight=2 concept=corporate-transaction
body: übernahme weight=1.5 concept=corporate-transaction
body: verkauf* weight=1 concept=sell
body: wir verkaufen keine weight=2 concept=sell
# Added with the shared concept inventory (concepts.txt): terms real policies use that de lacked.
body: in unserem auftrag weight=1.5 concept=on-our-behalf
body: geschäftspartner weight=1.5 concept=business-partners
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: übermittlung von daten an dritte concept=transfer-to-third-parties
heading: übermittlung personenbezogener daten an dritte concept=transfer-to-third-parties
heading: weitergabe von daten an dritte concept=transfer-to-third-parties
heading: weitergabe personenbezogener daten an dritte concept=transfer-to-third-parties
# Recipients asked as access: "Who has access to your personal data?"
heading: wer hat zugriff auf ihre daten concept=who-we-share-with
heading: wer hat zugriff concept=who-we-share-with
heading: wer hat zugang zu ihren daten concept=who-we-share-with
# More of the ordinary heading forms, incl. questions ("Mit wem teilen wir Ihre Daten?", "Wer erhält Ihre Daten?").
heading: mit wem concept=who-we-share-with
heading: wer erhält concept=who-we-share-with
heading: weitergabe ihrer daten concept=sharing-of-information
heading: weitergabe und offenlegung concept=sharing-of-information
heading: datenübermittlung an dritte concept=transfer-to-third-parties
heading: auftragsverarbeitung concept=service-providers-heading
# "Hosting" (the web host as processor) and its usual variants.
heading: hosting concept=service-providers-heading
heading: externes hosting concept=service-providers-heading
# Participles and declined forms the stems miss (offen-ge-legt, weiter-ge-leitet, Auftragsverarbeitern),
# and compounds whose key word comes last (Unterauftragsverarbeiter, Zahlungsdienstleister, Webhoster).
body: offengelegt weight=2 concept=disclose
body: weitergeleitet weight=2 concept=share
body: weiterleiten weight=1.5 concept=share
body: auftragsverarbeitern weight=2 concept=service-providers
body: unterauftragsverarbeiter* weight=2 concept=service-providers
body: zahlungsdienstleister* weight=1.5 concept=service-providers
body: versanddienstleister* weight=1.5 concept=service-providers
body: hoster weight=1.5 concept=service-providers
body: webhoster weight=1.5 concept=service-providers
body: hosting-anbieter* weight=1.5 concept=service-providers
body: hostinganbieter* weight=1.5 concept=service-providers
# Auftragsverarbeiter in einem eigenen Abschnitt (Hosting, CDN, Cloud, Fehlerüberwachung): was die
# Verarbeitung im Auftrag sagt, wiegt gegen die Übermittlungs- und Rechtsgrundlagenwörter daneben.
heading: content delivery network concept=service-providers-heading
heading: fehlerüberwachung concept=service-providers-heading
heading: webhosting concept=service-providers-heading
body: auftragsverarbeitungsvertrag* weight=3 concept=service-providers
body: vertrag über auftragsverarbeitung weight=3 concept=service-providers
body: vertrag über die auftragsverarbeitung weight=3 concept=service-providers
body: vertrag zur auftragsverarbeitung weight=3 concept=service-providers
body: im auftrag weight=2 concept=on-our-behalf
body: gehostet weight=2.5 concept=service-providers
body: hosting weight=2 concept=service-providers
body: content delivery network weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: cloud-plattform weight=2 concept=service-providers
body: cloudplattform weight=2 concept=service-providers
body: cloud computing weight=2 concept=service-providers
# Cloud providers and the systems data are kept on ("auf Systemen/Servern von Google gespeichert").
body: cloud-dienst* weight=2 concept=service-providers
body: cloud-anbieter* weight=2 concept=service-providers
body: auf systemen von weight=2 concept=service-providers
body: auf servern von weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: zahlungen weight=2 concept=payments-purchases
heading: zahlungsabwicklung weight=3 concept=payments-purchases
heading: in-app-käufe weight=2 concept=payments-purchases
heading: abonnements weight=2 concept=payments-purchases
heading: zahlungen und abonnements weight=2 concept=payments-purchases

[cookies]
heading: cookies concept=cookies
heading: verwendung von cookies concept=cookies
heading: einsatz von cookies concept=cookies
heading: cookie-richtlinie concept=cookies
heading: cookies und ähnliche technologien concept=tracking-technologies
heading: tracking-technologien concept=tracking-technologies
heading: zählpixel* concept=web-beacons
heading: server-log-dateien concept=log-files
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that de lacked.
heading: web beacons concept=web-beacons
heading: logdateien concept=log-files
heading: logfiles concept=log-files
heading: log-dateien concept=log-files
heading: protokolldateien concept=log-files
heading: webanalyse concept=analytics
heading: analyse-tools concept=analytics
heading: analysedienste concept=analytics
body: cookie* weight=3 concept=cookie
body: kleine textdateien weight=3 concept=text-files
body: textdateien weight=2.5 concept=text-files
body: zählpixel* weight=2.5 concept=web-beacon
body: web beacons weight=2 concept=web-beacon
body: pixel* weight=2 concept=web-beacon
body: ähnliche technologien weight=2 concept=tracking-technology
body: logfile* weight=2 concept=log-file
body: server-logfiles weight=2 concept=log-file
body: log-dateien weight=2 concept=log-file
body: protokolldatei* weight=2 concept=log-file
body: logdatei* weight=2 concept=log-file
body: google analytics weight=2 concept=analytics-term
body: analyse* weight=1.5 concept=analytics-term
body: session-cookies weight=2 concept=cookie-lifetime
body: persistente weight=2 concept=cookie-lifetime
body: ttdsg weight=2.5           # Telekommunikation-Telemedien-Datenschutz-Gesetz
body: tdddg weight=2.5           # its successor since 2024
body: tracking weight=1.5 concept=tracking-technology
body: browsereinstellungen weight=1.5 concept=browser-settings
body: browser weight=1 concept=browser
body: endgerät weight=1 concept=device
# Added with the shared concept inventory (concepts.txt): terms real policies use that de lacked.
body: lokaler speicher weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: unbedingt erforderlich* weight=2.5 concept=cookie-categories
body: funktionale cookies weight=2.5 concept=cookie-categories
body: sdk* weight=2 concept=sdk
body: fingerprinting weight=2.5 concept=fingerprinting
# More of the ordinary heading forms.
heading: server-logfiles concept=log-files
heading: server-log-files concept=log-files
heading: tracking concept=tracking-technologies
heading: pixel-tags concept=web-beacons
heading: webanalysedienste concept=analytics
heading: webanalyse-tools concept=analytics
heading: analysetools concept=analytics
heading: reichweitenmessung concept=analytics
# Compounds whose key word comes last (Webanalyse, Reichweitenmessung, Tracking-Pixel).
body: webanalyse* weight=2 concept=analytics-term
body: reichweitenmessung weight=2 concept=analytics-term
body: tracking-pixel weight=2 concept=web-beacon
# Web analytics as German policies name it: "Nutzungsstatistik(en)", the self-hosted tool Matomo
# (formerly Piwik), as the English "analytics".
heading: nutzungsstatistik* concept=analytics
heading: matomo concept=analytics
heading: webanalyse mit concept=analytics
body: nutzungsstatistik* weight=2 concept=analytics-term
body: matomo weight=2.5 concept=analytics-term
body: piwik weight=2.5 concept=analytics-term

[advertising]
heading: werbung concept=advertising
heading: marketing concept=marketing
heading: direktwerbung concept=marketing
heading: newsletter* concept=marketing-communications
heading: personalisierte werbung concept=interest-based-advertising
heading: interessenbasierte werbung concept=interest-based-advertising
heading: werbliche kommunikation concept=marketing-communications
heading: online-marketing concept=marketing
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that de lacked.
heading: werbung dritter concept=third-party-advertising
heading: werbenetzwerke concept=third-party-advertising
heading: werbung und marketing concept=advertising
body: werb* weight=2.5 concept=ads
body: direktwerbung weight=2.5 concept=marketing-purposes
body: anzeigen weight=2 concept=ads
body: newsletter* weight=2 concept=marketing-messages
body: mailingliste* weight=2 concept=marketing-messages
body: marketing weight=2 concept=marketing-purposes
body: interessenbasiert* weight=2 concept=interest-based
body: remarketing weight=2 concept=retargeting
body: retargeting weight=2 concept=retargeting
body: zielgruppen weight=1.5 concept=interest-based
body: kampagnen weight=1.5 concept=ad-measurement
body: gewinnspiel* weight=1.5 concept=promotions
body: angebote weight=1 concept=promotions
body: aktionen weight=1 concept=promotions
body: interessen weight=0.5 concept=interests
# Added with the shared concept inventory (concepts.txt): terms real policies use that de lacked.
body: werbenetzwerk* weight=3 concept=ad-networks
body: werbepartner weight=3 concept=ad-networks
body: zu marketingzwecken weight=2 concept=marketing-purposes
body: your online choices weight=3 concept=ad-industry-programs
body: wirksamkeit weight=2 concept=ad-measurement
# More of the ordinary heading forms.
heading: direktmarketing concept=marketing
heading: marketing-kommunikation concept=marketing-communications
heading: werbemitteilungen concept=marketing-communications
heading: e-mail-werbung concept=marketing-communications
heading: zielgerichtete werbung concept=interest-based-advertising
heading: personalisierte anzeigen concept=interest-based-advertising
# Compounds whose key word comes last, and the newsletter sign-up procedure.
body: direktmarketing weight=2.5 concept=marketing-purposes
body: e-mail-marketing weight=2 concept=marketing-purposes
body: double-opt-in* weight=1.5 concept=marketing-messages

[do-not-track]
heading: do not track concept=do-not-track
heading: do-not-track-signale concept=do-not-track
heading: nicht verfolgen concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: globale datenschutzkontrolle concept=global-privacy-control
heading: präferenzsignale concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: nicht verfolgen weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: globale datenschutzkontrolle weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: signal* weight=2 concept=opt-out-preference-signal
body: reagieren nicht weight=2 concept=do-not-respond
body: standard weight=1.5 concept=no-uniform-standard
body: verfolgung weight=1 concept=cross-site-tracking
body: tracking weight=1 concept=cross-site-tracking
body: präferenz* weight=1 concept=opt-out-preference-signal
body: browsereinstellungen weight=1
body: browser weight=1 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt): terms real policies use that de lacked.
body: einheitlichen standard weight=3 concept=no-uniform-standard
body: berücksichtig* weight=1.5 concept=honor-signals

[choices]
heading: ihre wahlmöglichkeiten concept=your-choices
heading: ihre optionen concept=your-choices
heading: abmeldung concept=unsubscribing
heading: abmeldung vom newsletter concept=unsubscribing
heading: newsletter abbestellen concept=unsubscribing
heading: widerspruch gegen werbung concept=opting-out
heading: kontrolle über ihre daten concept=your-choices
heading: einstellungen concept=managing-preferences
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that de lacked.
heading: opt-out concept=opting-out
heading: widerspruchsmöglichkeiten concept=opting-out
heading: verwaltung ihrer einstellungen concept=managing-preferences
heading: kommunikationseinstellungen concept=managing-preferences
heading: widerspruchs- und beseitigungsmöglichkeit concept=opting-out
heading: widerspruchs- und beseitigungsmöglichkeiten concept=opting-out
heading: widerspruchsmöglichkeit concept=opting-out
# Whether providing data is voluntary ("Freiwillige Angabe Ihrer Daten", "Sie sind nicht verpflichtet,
# ... bereitzustellen"): the user's choice and its consequences.
heading: freiwillige angabe weight=2 concept=your-choices
heading: freiwillige angaben weight=2 concept=your-choices
body: nicht verpflichtet weight=2 concept=consequences-of-refusal
body: abmeld* weight=3 concept=unsubscribe
body: abbestell* weight=3 concept=unsubscribe
body: opt-out weight=2 concept=opt-out
body: sie können wählen weight=2.5 concept=choose-not-to
body: wahlmöglichkeit* weight=2.5 concept=choose-not-to
body: optionen weight=1.5 concept=preferences
body: einstellungen weight=1.5 concept=settings
body: präferenzen weight=1.5 concept=preferences
body: deaktivier* weight=1.5 concept=disable
body: ablehnen weight=1.5 concept=decline
body: widersprechen weight=1.5 concept=decline
body: nicht bereitstellen weight=1.5 concept=consequences-of-refusal
body: freiwillig weight=1
body: entscheiden weight=1 concept=choose-not-to
body: link weight=1 concept=unsubscribe-link
body: empfangen weight=0.5 concept=receive
# Added with the shared concept inventory (concepts.txt): terms real policies use that de lacked.
body: werbe-e-mails weight=2 concept=promotional-emails
body: push-benachrichtigungen weight=2 concept=device-permissions
body: standortdienste weight=2 concept=device-permissions
body: am ende jeder e-mail weight=1.5 concept=unsubscribe-link
# More of the ordinary heading forms; objecting to direct marketing is a choice, as "opting out" is.
heading: ihre auswahlmöglichkeiten concept=your-choices
heading: auswahlmöglichkeiten concept=your-choices
heading: wahlmöglichkeiten concept=your-choices
heading: widerspruch gegen direktwerbung concept=opting-out
heading: widerspruch gegen werbe-e-mails concept=opting-out
heading: widerspruch gegen werbe-mails concept=opting-out
heading: opt-out-möglichkeiten concept=opting-out
heading: abmeldung* concept=unsubscribing
# "sich (vom Newsletter) austragen" (unsubscribe).
body: austragen weight=2 concept=unsubscribe
body: widerspruchsmöglichkeit* weight=2 concept=opt-out
# Ending a paid plan or subscription ("Widerruf und Kündigung", "Kündigung des Abonnements"):
# the user's choice, not the withdrawal of consent.
heading: kündigung concept=your-choices
heading: widerruf und kündigung weight=3 concept=your-choices
heading: kündigung des abonnements concept=your-choices
body: jederzeit kündigen weight=2 concept=disable
body: kündigen weight=1.5 concept=disable
# Art. 13 Abs. 2 lit. e DSGVO as a heading: whether providing the data is required and what
# follows if it is not provided (the user's choice, as "Freiwillige Angabe").
heading: bereitstellung vorgeschrieben oder erforderlich weight=3 concept=your-choices
heading: bereitstellung gesetzlich oder vertraglich vorgeschrieben weight=3 concept=your-choices
heading: pflicht zur bereitstellung weight=3 concept=your-choices
heading: folgen der nichtbereitstellung weight=3 concept=your-choices
# "Die Bereitstellung (der Daten) erfolgt freiwillig", "ist freiwillig" (en "is voluntary").
body: erfolgt freiwillig weight=2 concept=choose-not-to
body: ist freiwillig weight=2 concept=choose-not-to

[rights]
heading: ihre rechte concept=your-rights
heading: rechte der betroffenen concept=your-rights
heading: rechte der betroffenen person concept=your-rights
heading: ihre rechte als betroffene person concept=your-rights
heading: betroffenenrechte concept=your-rights
heading: geltendmachung ihrer rechte concept=exercising-rights
heading: auskunftsrecht concept=access-and-correction
heading: auskunft concept=access-and-correction
heading: einsehen oder aktualisieren weight=2 concept=access-and-correction
heading: rechte concept=your-rights
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that de lacked.
heading: ausübung ihrer rechte concept=exercising-rights
heading: wie sie ihre rechte ausüben concept=exercising-rights
heading: bevollmächtigte vertreter concept=authorized-agents
body: auskunft* weight=2.5 concept=right-of-access
body: einsehen weight=2 concept=right-of-access
body: bevollmächtigte* weight=2.5 concept=authorized-agent
body: berichtigung weight=3 concept=rectification
body: löschung weight=2.5 concept=erasure
body: recht auf vergessenwerden weight=2.5 concept=erasure
# Each right as German policies head it ("Recht auf Löschung – Art. 17 DSGVO"), and the data subject
# who holds the rights (English "data subject*").
body: recht auf löschung weight=3 concept=erasure
body: recht auf auskunft weight=3 concept=right-of-access
body: recht auf berichtigung weight=3 concept=rectification
body: recht auf widerspruch weight=3 concept=right-to-object
body: recht auf einschränkung weight=3 concept=restriction
body: betroffene person weight=2 concept=data-subject-rights
body: betroffenen person weight=2 concept=data-subject-rights
body: betroffenen personen weight=2 concept=data-subject-rights
body: einschränkung der verarbeitung weight=3 concept=restriction
body: datenübertragbarkeit weight=3 concept=portability
body: datenportabilität weight=3 concept=portability
body: portabilität weight=3 concept=portability
body: widerspruchsrecht weight=3 concept=right-to-object
body: widerspruch weight=2 concept=right-to-object
body: beschwerderecht weight=3 concept=complaint-to-authority
body: beschwerde* weight=2 concept=complaint-to-authority
body: aufsichtsbehörde weight=3 concept=complaint-to-authority
body: betroffenenrechte weight=3 concept=data-subject-rights
body: art. 15 weight=2 concept=right-of-access
body: geltend machen weight=2.5 concept=exercise-rights
body: rechte weight=1.5
body: unentgeltlich weight=1.5
body: identitätsnachweis weight=1.5 concept=verify-identity
body: automatisierte einzelentscheidung* weight=1.5
body: kopie weight=1 concept=copy-of-data
# Added with the shared concept inventory (concepts.txt): terms real policies use that de lacked.
body: identität zu überprüfen weight=2 concept=verify-identity
body: diskriminier* weight=1.5 concept=non-discrimination
body: zugang weight=1.5 concept=access
body: anfrage weight=0.3 concept=request
# More of the ordinary heading forms, incl. questions ("Welche Rechte haben Sie?").
heading: ihre datenschutzrechte concept=your-rights
heading: datenschutzrechte concept=your-rights
heading: welche rechte concept=your-rights
heading: rechte der nutzer concept=your-rights
heading: nutzerrechte concept=your-rights
heading: ihre rechte als nutzer concept=your-rights
# Declined and plural forms (Aufsichtsbehörden, des Widerspruchsrechts), the GDPR articles of each right.
body: aufsichtsbehörde* weight=3 concept=complaint-to-authority
body: datenschutzbehörde* weight=2.5 concept=complaint-to-authority
body: widerspruchsrecht* weight=3 concept=right-to-object
body: berichtigen weight=2 concept=rectification
body: art. 16 weight=2 concept=rectification
body: art. 17 weight=2 concept=erasure
body: art. 18 weight=2 concept=restriction
body: art. 20 weight=2 concept=portability
body: art. 21 weight=2 concept=right-to-object
body: art. 77 weight=2 concept=complaint-to-authority
# How soon a rights request is answered (en "Response time").
heading: antwortfrist concept=exercising-rights
heading: antwortfristen concept=exercising-rights
heading: bearbeitungsfrist concept=exercising-rights
heading: bearbeitungsfristen concept=exercising-rights
heading: meine daten einsehen concept=access-and-correction
heading: auf meine daten zugreifen concept=access-and-correction
heading: meine daten berichtigen concept=access-and-correction
heading: meine daten korrigieren concept=access-and-correction
heading: meine daten ändern concept=access-and-correction
heading: meine daten löschen concept=access-and-correction
heading: habe ich zugang concept=access-and-correction
heading: welche rechte habe ich concept=your-rights
heading: meine rechte concept=your-rights

[retention]
heading: speicherdauer concept=retention-period
heading: dauer der speicherung concept=retention-period
heading: aufbewahrung concept=data-retention
heading: datenaufbewahrung concept=data-retention
heading: aufbewahrungsfristen concept=retention-period
heading: speicherung und löschung concept=retention-and-deletion
heading: löschung von daten concept=retention-and-deletion
heading: datenlöschung concept=retention-and-deletion
heading: wie lange wir ihre daten speichern concept=how-long-we-keep
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that de lacked.
heading: speicherung und aufbewahrung concept=storage-and-retention
heading: aufbewahrung von daten concept=data-retention
heading: wie lange speichern wir ihre daten concept=how-long-we-keep
heading: aufbewahrung und löschung concept=retention-and-deletion
heading: speicherdauer und löschung concept=retention-and-deletion
heading: datenlöschung und speicherdauer concept=retention-and-deletion
body: speicherdauer weight=3 concept=retention-criteria
body: speicherfrist* weight=2 concept=retention-criteria
body: speicher* weight=1.5 concept=store
body: aufbewahr* weight=2.5 concept=retain
body: gesetzliche aufbewahrungsfristen weight=3 concept=legal-retention-requirements
body: frist* weight=2 concept=retention-criteria
body: dauer weight=1.5 concept=retention-criteria
body: so lange weight=2 concept=as-long-as-necessary
body: solange weight=2 concept=as-long-as-necessary
body: nicht mehr erforderlich weight=3 concept=no-longer-needed
body: wegfall des zwecks weight=2.5 concept=no-longer-needed
body: gelöscht weight=2 concept=destroy
body: löschen weight=2 concept=destroy
body: sperrung weight=2 concept=archive
body: gesperrt weight=2 concept=archive
body: steuerrechtlich* weight=2.5 concept=legal-retention-requirements
body: handelsrechtlich* weight=2 concept=legal-retention-requirements
body: hgb weight=2 concept=legal-retention-requirements
body: verjährungsfrist* weight=2 concept=legal-retention-requirements
body: anonymisier* weight=1.5 concept=anonymise
body: jahre weight=1 concept=years
body: monate weight=1
# Added with the shared concept inventory (concepts.txt): terms real policies use that de lacked.
body: so lange wie nötig weight=3 concept=as-long-as-necessary
body: archivier* weight=2 concept=archive
body: inaktive* weight=2 concept=inactive-accounts
body: vernicht* weight=2 concept=destroy
body: behalten weight=1.5 concept=keep
# More of the ordinary heading forms: compounds whose key word comes last (Löschfrist, Aufbewahrungsdauer),
# deletion headings, and the question "Wie lange ...?".
heading: löschfrist* concept=retention-period
heading: speicherfrist* concept=retention-period
heading: aufbewahrungsfrist concept=retention-period
heading: aufbewahrungsdauer concept=retention-period
heading: speicherzeitraum concept=retention-period
heading: dauer der datenspeicherung concept=retention-period
heading: dauer der aufbewahrung concept=retention-period
heading: wie lange concept=how-long-we-keep
heading: löschung und sperrung concept=retention-and-deletion
heading: löschung der daten concept=retention-and-deletion
heading: löschung ihrer daten concept=retention-and-deletion
heading: wie speichern wir concept=storage-and-retention
heading: wie werden ihre daten gespeichert concept=storage-and-retention
heading: wie werden meine daten gespeichert concept=storage-and-retention
heading: wie bewahren wir concept=storage-and-retention
# Compounds whose key word comes last (Löschfrist, Löschkonzept), declined forms, "nach Ablauf" (of a period).
body: löschfrist* weight=2.5 concept=retention-criteria
body: löschkonzept weight=2 concept=retention-criteria
body: löschroutine* weight=2 concept=destroy
body: gesetzlich* aufbewahrungs* weight=3 concept=legal-retention-requirements
body: nach ablauf weight=2 concept=retention-criteria

[security]
heading: datensicherheit concept=data-security
heading: sicherheit concept=data-security
heading: sicherheit ihrer daten concept=data-security
heading: sicherheitsmaßnahmen concept=security-measures
heading: technische und organisatorische maßnahmen concept=security-measures
heading: wie wir ihre daten schützen concept=how-we-protect
heading: ssl-verschlüsselung concept=data-security
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that de lacked.
heading: schutz ihrer daten concept=how-we-protect
heading: schutz ihrer personenbezogenen daten concept=how-we-protect
body: sicherheit* weight=2 concept=secure
body: datensicherheit weight=2.5 concept=secure
body: technische und organisatorische maßnahmen weight=3 concept=technical-organisational-measures
body: organisatorische weight=2 concept=technical-organisational-measures
body: verschlüssel* weight=2.5 concept=encryption
body: ssl weight=2 concept=encryption
body: tls weight=2 concept=encryption
body: unbefugt* weight=2.5 concept=unauthorized-access
body: unberechtigt* weight=2 concept=unauthorized-access
body: verlust weight=1.5 concept=loss-misuse-alteration
body: manipulation weight=1.5 concept=loss-misuse-alteration
body: integrität weight=1.5
body: vertraulich* weight=1.5 concept=confidentiality
body: firewall* weight=2 concept=technical-controls
body: datenpanne weight=2 concept=breach
body: sicherheitsverletzung weight=2 concept=breach
body: passwort weight=1.5 concept=technical-controls
body: absolute sicherheit weight=2.5 concept=no-guarantee
body: schützen weight=1 concept=protect
body: gewährleisten weight=0.5 concept=ensure
# Added with the shared concept inventory (concepts.txt): terms real policies use that de lacked.
body: schutzmaßnahmen weight=2.5 concept=safeguards
body: physisch* weight=1.5 concept=physical-safeguards
body: zugriffskontrolle* weight=2.5 concept=technical-controls
body: nicht garantieren weight=2.5 concept=no-guarantee
body: branchenüblich* weight=2 concept=industry-standard
body: dem stand der technik weight=2 concept=industry-standard
# More of the ordinary heading forms.
heading: wie schützen wir concept=how-we-protect
heading: informationssicherheit concept=data-security
heading: verschlüsselung concept=data-security
heading: sicherheit der verarbeitung concept=security-measures
# Declined forms, and compounds whose key word comes last (Datenschutzverletzung, Zugriffsbeschränkung).
body: technischen und organisatorischen maßnahmen weight=3 concept=technical-organisational-measures
body: organisatorischen weight=2 concept=technical-organisational-measures
body: datenschutzverletzung* weight=2 concept=breach
body: sicherheitsvorf* weight=2 concept=breach
body: zugriffsbeschränkung* weight=2 concept=technical-controls
body: berechtigungskonzept* weight=2 concept=technical-controls
# Personal-data breaches and their notification: a security topic.
heading: datenpanne concept=data-security
heading: datenpannen concept=data-security
heading: datenschutzverletzung concept=data-security
heading: datenschutzverletzungen concept=data-security
heading: verletzung des schutzes personenbezogener daten concept=data-security
heading: verletzungen des schutzes personenbezogener daten concept=data-security
heading: meldung von datenschutzverletzungen concept=data-security
heading: sicherheitsvorfälle concept=data-security
heading: sicherheitsvorfall concept=data-security
body: verletzung des schutzes personenbezogener daten weight=3 concept=breach
body: datenpanne* weight=3 concept=breach
# Breach notification duties (plural: the singular is GDPR Art. 19, a right).
heading: benachrichtigungspflichten concept=data-security
heading: verschlüsselt concept=data-security
# Breach notification duties: "Benachrichtigung der Aufsichtsbehörde innerhalb von 72 Stunden".
body: 72 stunden nach bekanntwerden weight=2.5 concept=breach
body: benachrichtigung der aufsichtsbehörde weight=2.5 concept=breach

[children]
heading: kinder* concept=childrens-privacy
heading: minderjährig* concept=minors
heading: schutz von minderjährigen concept=minors
heading: daten von kindern concept=childrens-privacy
heading: datenschutz für kinder concept=childrens-privacy
heading: altersbeschränkung concept=age-limits
heading: mindestalter concept=age-limits
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that de lacked.
heading: kinder unter 16 jahren concept=age-limits
body: kinder* weight=3 concept=children
body: minderjährig* weight=3 concept=minors-teens
body: unter 16 jahren weight=2.5 concept=age-threshold
body: unter 13 jahren weight=2 concept=age-threshold
body: lebensjahr weight=2.5 concept=age-threshold
body: alter weight=1.5 concept=age
body: eltern weight=2.5 concept=parents-guardians
body: erziehungsberechtigt* weight=3 concept=parents-guardians
body: gesetzlicher vertreter weight=2 concept=parents-guardians
body: zustimmung der eltern weight=2.5 concept=parental-consent
body: wissentlich weight=2 concept=knowingly-collect
body: volljährig* weight=1.5 concept=age-threshold
body: richtet sich nicht an weight=1.5 concept=not-directed-to-children
body: coppa weight=3 concept=coppa
# Added with the shared concept inventory (concepts.txt): terms real policies use that de lacked.
body: einwilligung der eltern weight=3 concept=parental-consent
body: jugendlich* weight=2.5 concept=minors-teens
body: erfahren wir weight=2 concept=if-we-learn
# Concept `minor` (the bare English word, weak because also "minor changes") left out: de has no such ambiguous word; minderjährig* and volljährig* carry the idea.
# More of the ordinary heading forms.
heading: jugendliche concept=minors
heading: kinder und jugendliche concept=childrens-privacy
body: unter 18 jahren weight=2 concept=age-threshold

[international]
heading: übermittlung in drittländer concept=international-transfers
heading: datenübermittlung in drittländer concept=international-transfers
heading: datenübermittlung in ein drittland concept=international-transfers
heading: internationale datenübermittlung concept=international-transfers
heading: internationale datentransfers concept=international-transfers
heading: übermittlung außerhalb der eu concept=international-transfers
heading: speicherort der daten concept=where-we-store
heading: serverstandort concept=where-we-store
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that de lacked.
heading: datenübermittlung concept=data-transfers
heading: übermittlung von daten concept=data-transfers
heading: wo wir ihre daten speichern concept=where-we-store
heading: ort der verarbeitung concept=where-we-store
body: drittland weight=3 concept=other-countries
body: drittländer weight=3 concept=other-countries
body: drittstaat* weight=3 concept=other-countries
body: übermittlung weight=1.5 concept=transfer
body: international* weight=2 concept=cross-border
body: außerhalb der eu weight=2.5 concept=eea
body: europäischen wirtschaftsraums weight=2 concept=eea
body: ewr weight=2 concept=eea
body: standardvertragsklauseln weight=3 concept=transfer-safeguards
body: angemessenheitsbeschluss weight=3 concept=adequacy
body: angemessenes datenschutzniveau weight=2.5 concept=adequacy
body: geeignete garantien weight=2 concept=transfer-safeguards
body: data privacy framework weight=2.5 concept=privacy-frameworks
body: privacy shield weight=2 concept=privacy-frameworks
body: usa weight=1.5 concept=united-states
body: vereinigte staaten weight=1.5 concept=united-states
body: serverstandort weight=2 concept=server-location
body: server weight=1 concept=server-location
body: europäischen union weight=1 concept=eea
# Added with the shared concept inventory (concepts.txt): terms real policies use that de lacked.
body: grenzüberschreitend* weight=3 concept=cross-border
body: verbindliche interne datenschutzvorschriften weight=3 concept=transfer-safeguards
body: niedrigeres datenschutzniveau weight=2 concept=less-protective
body: gerichtsbarkeit* weight=2 concept=jurisdictions
body: weltweit weight=1.5 concept=around-the-world
# More of the ordinary heading forms: third countries declined, place of storage asked as a question.
heading: drittländer concept=international-transfers
heading: drittland concept=international-transfers
heading: drittstaat* concept=international-transfers
heading: außerhalb des ewr concept=international-transfers
heading: außerhalb der eu concept=international-transfers
heading: grenzüberschreitende datenübermittlung concept=international-transfers
heading: speicherort concept=where-we-store
heading: wo werden ihre daten gespeichert concept=where-we-store
heading: wo speichern wir concept=where-we-store
heading: datenspeicherung weight=1 concept=where-we-store
heading: speicherung der daten weight=1 concept=where-we-store
heading: speicherung ihrer daten weight=1 concept=where-we-store
heading: speicherung von daten weight=1 concept=where-we-store
# Declined forms (in Drittländern, des Angemessenheitsbeschlusses, geeigneter Garantien), compounds whose
# key word comes last (Datenübermittlung, EU-Standardvertragsklauseln) and the GDPR transfer articles.
body: drittländern weight=3 concept=other-countries
body: angemessenheitsbeschl* weight=3 concept=adequacy
body: standardvertragsklausel* weight=3 concept=transfer-safeguards
body: standarddatenschutzklausel* weight=3 concept=transfer-safeguards
body: eu-standardvertragsklauseln weight=3 concept=transfer-safeguards
body: angemessen* datenschutzniveau* weight=2.5 concept=adequacy
body: angemessen* schutzniveau* weight=2.5 concept=adequacy
body: geeignete* garantien weight=2 concept=transfer-safeguards
body: geeigneter garantien weight=2 concept=transfer-safeguards
body: datenübermittlung* weight=1.5 concept=transfer
body: datentransfer* weight=1.5 concept=transfer
body: außerhalb des ewr weight=2.5 concept=eea
body: außerhalb der europäischen union weight=2.5 concept=eea
body: art. 44 weight=2 concept=transfer-safeguards
body: art. 46 weight=2.5 concept=transfer-safeguards
body: art. 49 weight=2 concept=transfer-safeguards
# Transfers abroad: "Datenübermittlung ins Ausland", "Hinweis zur Datenweitergabe ins Ausland".
heading: ins ausland weight=2 concept=international-transfers
# Swiss wording: "Personendaten im Ausland", "Bekanntgabe ins Ausland".
heading: im ausland weight=2 concept=international-transfers
heading: wo werden meine daten gespeichert concept=where-we-store
heading: wo werden ihre daten verarbeitet concept=where-we-store
heading: wo werden die daten gespeichert concept=where-we-store
heading: wo bewahren wir concept=where-we-store
body: ins ausland weight=2 concept=other-countries

[regional]
heading: hinweise für einwohner kaliforniens concept=california
heading: kaliforni* concept=california
heading: california concept=california
heading: einwohner kaliforniens concept=california
heading: datenschutzrechte in kalifornien concept=california
heading: länderspezifische hinweise concept=jurisdiction-specific
heading: zusätzliche hinweise für bestimmte länder concept=jurisdiction-specific
heading: hinweise für nutzer in der schweiz concept=jurisdiction-specific
heading: regionale hinweise concept=jurisdiction-specific
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that de lacked.
heading: einwohner von nevada concept=us-state-rights
heading: datenschutzrechte in us-bundesstaaten concept=us-state-rights
heading: hinweise für nutzer im europäischen wirtschaftsraum concept=eea-gdpr-notice
heading: einhaltung der dsgvo concept=eea-gdpr-notice
body: kaliforni* weight=3 concept=california-law
body: california weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: shine the light weight=2.5 concept=california-law
body: einwohner weight=2 concept=residents
body: wohnsitz weight=1.5 concept=residents
body: verbraucher weight=1.5 concept=consumers
body: verkauf personenbezogener informationen weight=2 concept=do-not-sell
body: sensible personenbezogene weight=1.5
body: nevada weight=2.5 concept=us-states
body: virginia weight=2 concept=us-states
body: schweiz weight=2
body: dsg weight=2.5              # Swiss and Austrian Datenschutzgesetz
body: revdsg weight=2.5
body: österreich weight=1.5
body: lgpd weight=2.5 concept=brazil-lgpd
body: brasilien weight=1.5 concept=brazil-lgpd
body: kanada weight=1.5 concept=canada-pipeda
body: rechtsordnung* weight=1.5
body: bundesstaat* weight=1 concept=state
# Added with the shared concept inventory (concepts.txt): terms real policies use that de lacked.
body: nicht verkaufen weight=3 concept=do-not-sell
body: kontextübergreifende verhaltensbasierte werbung weight=3 concept=cross-context-advertising
body: finanzielle anreize weight=3 concept=financial-incentives
body: vorangegangenen 12 monaten weight=3 concept=preceding-12-months
body: dsgvo weight=2.5 concept=eu-gdpr
body: pipeda weight=2.5 concept=canada-pipeda
# More of the ordinary heading forms.
heading: hinweise für nutzer aus dem ewr concept=eea-gdpr-notice
heading: hinweise für nutzer in der eu concept=eea-gdpr-notice
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
heading: regionale anhänge concept=jurisdiction-specific
heading: regionaler anhang concept=jurisdiction-specific
heading: länderspezifische anhänge concept=jurisdiction-specific
heading: ergänzende hinweise für einwohner concept=jurisdiction-specific
heading: zusätzliche hinweise für einwohner concept=jurisdiction-specific
heading: datenschutzgesetze der usa concept=us-state-rights
heading: us-datenschutzgesetze concept=us-state-rights
heading: japan weight=1 concept=jurisdiction-specific
heading: südkorea weight=1 concept=jurisdiction-specific
heading: republik korea weight=1 concept=jurisdiction-specific
heading: brasilien weight=1 concept=jurisdiction-specific
heading: kanada weight=1 concept=jurisdiction-specific
heading: vereinigtes königreich weight=1 concept=jurisdiction-specific

[third-party-sites]
heading: links zu anderen websites concept=links-to-other-sites
heading: links zu websites dritter concept=links-to-other-sites
heading: externe links concept=links-to-other-sites
heading: websites dritter concept=third-party-websites
heading: dienste dritter concept=third-party-services
heading: drittanbieter* concept=third-party-services
heading: social media concept=social-media-plugins
heading: social-media-plugins concept=social-media-plugins
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that de lacked.
heading: andere websites concept=third-party-websites
heading: datenschutzerklärungen dritter concept=third-party-privacy-policies
heading: datenschutzpraktiken dritter concept=third-party-privacy-policies
body: links weight=2.5 concept=links
body: hyperlinks weight=2 concept=links
body: verlinkt* weight=2 concept=links
body: externe links weight=2 concept=links
body: websites dritter weight=3 concept=other-sites
body: webseiten dritter weight=3 concept=other-sites
body: drittanbieter weight=2 concept=third-party-applications
body: keine verantwortung weight=2.5 concept=not-responsible
body: keinen einfluss weight=2.5 concept=not-responsible
body: nicht verantwortlich weight=2 concept=not-responsible
body: haftung weight=1 concept=not-responsible
body: datenschutzbestimmungen weight=1.5 concept=their-privacy-policies
body: plugin* weight=2 concept=plugins
body: social media weight=2 concept=plugins
body: soziale netzwerke weight=2 concept=plugins
body: anklicken weight=1.5 concept=links
body: verlassen weight=1.5 concept=leave-our-site
body: inhalte weight=0.5 concept=content
# Added with the shared concept inventory (concepts.txt): terms real policies use that de lacked.
body: anwendungen dritter weight=2 concept=third-party-applications
body: empfehlen ihnen weight=2.5 concept=encourage-review
body: überprüfen weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: sozial* netzwerk* concept=social-media-presence
heading: sozial* medien concept=social-media-presence
heading: social-media-auftritt* concept=social-media-presence
heading: social-media-präsenz* concept=social-media-presence
heading: fanpage* concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: datenerhebung durch dritte concept=third-party-data-collection
heading: von dritten erhobene daten concept=third-party-data-collection
heading: durch dritte erhobene daten concept=third-party-data-collection
heading: andere parteien erfassen concept=third-party-data-collection
# More of the ordinary heading forms: embedded content and plug-ins of other providers.
heading: eingebettete inhalte concept=third-party-services
heading: eingebundene inhalte concept=third-party-services
heading: inhalte dritter concept=third-party-services
heading: eingebundene dienste concept=third-party-services
heading: plugins concept=social-media-plugins
heading: social plugins concept=social-media-plugins
heading: links concept=links-to-other-sites
# Embedded content and sites of other providers.
body: eingebettet* weight=2 concept=plugins
body: inhalte dritter weight=2.5 concept=other-sites
body: externe websites weight=2.5 concept=other-sites
body: externe webseiten weight=2.5 concept=other-sites
body: anderer anbieter weight=2 concept=other-sites
# Inhalte anderer Anbieter, die in unsere Seiten eingebunden sind (Videos, Karten, Applets,
# Social-Media-Plugins): was die Einbindung sagt, wiegt gegen die Cookie-, Übermittlungs- und
# Einwilligungswörter, die jeder solche Abschnitt enthält.
heading: einbindung von drittinhalten concept=third-party-services
heading: drittinhalte concept=third-party-services
heading: drittinhalten concept=third-party-services
heading: einbindung von inhalten dritter concept=third-party-services
heading: eingebettete videos concept=third-party-services
heading: einbindung* concept=third-party-services
heading: plug-ins concept=social-media-plugins
body: eingebunden weight=2.5 concept=plugins
body: einbindung* weight=2.5 concept=plugins
body: einzubinden weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: drittinhalte* weight=3 concept=other-sites
body: plug-in* weight=2 concept=plugins
body: videoportal* weight=2.5 concept=plugins
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: erweiterte* datenschutzmodus weight=2.5 concept=plugins
body: verbindung zu den servern weight=2.5 concept=plugins
body: verbindung zum server weight=2.5 concept=plugins
body: eingeloggt weight=1.5 concept=plugins
# "Inhalte von Drittanbietern werden erst geladen, wenn ...", "Applets"; the provider's own policy
# a subsection points to ("in der Datenschutzerklärung von YouTube").
body: inhalte von drittanbieter* weight=3 concept=other-sites
body: inhalte von dem drittanbieter weight=3 concept=other-sites
body: applet* weight=2 concept=plugins
body: in der datenschutzerklärung von weight=2 concept=their-privacy-policies
body: in den datenschutzhinweisen von weight=2 concept=their-privacy-policies
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Outside tools named in a heading ("Nutzung von Übersetzungsdiensten und Drittanbieter-Bibliotheken").
heading: bibliotheken von drittanbietern concept=third-party-services
heading: drittanbieter-bibliotheken concept=third-party-services
heading: übersetzungsdienste concept=third-party-services
heading: drittanbieterdienste concept=third-party-services
heading: dienste von drittanbietern concept=third-party-services
heading: externe dienste concept=third-party-services
heading: drittanbieter-sdks concept=third-party-services
heading: sdks von drittanbietern concept=third-party-services
heading: drittanbieterbibliotheken concept=third-party-services
heading: cloud-synchronisation concept=third-party-services
heading: cloud-synchronisierung concept=third-party-services
heading: synchronisierung mit der cloud concept=third-party-services
heading: icloud-backup concept=third-party-services
heading: icloud-synchronisation concept=third-party-services
heading: cloud-backup concept=third-party-services
heading: synchronisierung und sicherung concept=third-party-services
heading: synchronisierungs- und sicherungsdienste concept=third-party-services
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: netzwerkverbindungen weight=2 concept=network-connections
heading: netzwerkanfragen weight=2 concept=network-connections
heading: externe verbindungen weight=2 concept=network-connections
heading: verbindungen zu externen servern weight=2 concept=network-connections
heading: gerät verlass* weight=2 concept=network-connections
heading: verlassen ihr gerät weight=2 concept=network-connections
heading: verlassen dein gerät weight=2 concept=network-connections
heading: über das internet übertrag* weight=2 concept=network-connections
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
heading: änderungen dieser datenschutzerklärung concept=changes-to-policy
heading: änderung der datenschutzerklärung concept=changes-to-policy
heading: anpassung der datenschutzerklärung concept=changes-to-policy
heading: aktualität und änderung dieser datenschutzerklärung concept=changes-to-policy
heading: änderungen concept=amendments
heading: aktualisierung* concept=policy-updates
heading: stand concept=entry-into-force
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that de lacked.
heading: aktualisierungen dieser datenschutzerklärung concept=policy-updates
heading: benachrichtigung über änderungen concept=notification-of-changes
heading: inkrafttreten concept=entry-into-force
heading: gültig ab concept=entry-into-force
body: änderung* weight=2 concept=change-update
body: ändern weight=1.5 concept=change-update
body: geändert weight=1.5 concept=change-update
body: aktualisier* weight=2 concept=change-update
body: anpass* weight=1.5 concept=change-update
body: zuletzt aktualisiert weight=3 concept=effective-date
body: letzte aktualisierung weight=3 concept=effective-date
body: aktuelle fassung weight=2.5 concept=latest-version
body: jeweils aktuelle weight=2 concept=latest-version
body: in kraft weight=2 concept=effective-date
body: gültig* weight=1.5 concept=effective-date
body: von zeit zu zeit weight=2 concept=from-time-to-time
body: behalten uns vor weight=2 concept=reserve-the-right
body: regelmäßig weight=1.5 concept=check-back
body: veröffentlich* weight=1.5 concept=posting
body: fassung weight=1.5 concept=version
body: version weight=1.5 concept=version
body: stand weight=1 concept=effective-date
body: informieren weight=1 concept=notify-you
# Added with the shared concept inventory (concepts.txt): terms real policies use that de lacked.
body: wesentliche änderungen weight=3 concept=material-changes
body: weitere nutzung weight=3 concept=continued-use
body: fortgesetzte nutzung weight=3 concept=continued-use
body: mit veröffentlichung weight=2.5 concept=effective-immediately
body: benachrichtigen weight=1.5 concept=notify-you
body: hinweis weight=0.5 concept=notice
# Where a changed policy is posted: "(we will post the new policy) on this page".
body: auf dieser seite weight=1 concept=posting
# More of the ordinary heading forms.
heading: aktualität concept=policy-updates
heading: anpassungen concept=amendments
heading: änderung concept=amendments
heading: änderungen dieser datenschutzhinweise concept=changes-to-policy

[contact]
heading: kontakt concept=contact-us
heading: kontaktieren sie uns concept=contact-us
heading: kontaktdaten concept=contact-information
heading: datenschutzbeauftragt* concept=data-protection-officer
heading: fragen concept=questions
heading: fragen zum datenschutz concept=questions
heading: ansprechpartner concept=contact-information
# "Name und Anschrift des Verantwortlichen" gives the controller's address: a contact section, as
# "Name and contact information of the data controller" is in English.
heading: name und anschrift des verantwortlichen concept=contact-information
heading: name und anschrift der verantwortlichen concept=contact-information
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that de lacked.
heading: so erreichen sie uns concept=how-to-contact
heading: wie sie uns kontaktieren können concept=how-to-contact
body: kontakt* weight=2 concept=please-contact
body: datenschutzbeauftragt* weight=2.5 concept=dpo
body: ansprechpartner weight=2 concept=please-contact
body: wenden sie sich weight=2.5 concept=please-contact
body: schreiben sie uns weight=2.5 concept=please-contact
body: postanschrift weight=2 concept=postal-address
body: anschrift weight=1.5 concept=address
body: telefon weight=1.5 concept=telephone
body: e-mail weight=1 concept=by-email
body: fragen weight=2 concept=questions-comments
body: anliegen weight=2 concept=questions-comments
body: anregungen weight=1 concept=questions-comments
body: kundenservice weight=1.5 concept=customer-service
body: straße weight=1 concept=postal-address
body: erreichen weight=1 concept=please-contact
# Added with the shared concept inventory (concepts.txt): terms real policies use that de lacked.
body: per e-mail weight=1.5 concept=by-email
# More of the ordinary heading forms, incl. the question "Wie können Sie uns erreichen?".
heading: kontaktinformationen concept=contact-information
heading: kontaktmöglichkeiten concept=how-to-contact
heading: wie erreichen sie uns concept=how-to-contact
heading: uns erreichen concept=how-to-contact
# "siehe Impressum": the legal notice giving the operator's address.
body: impressum weight=1.5 concept=address
# The controller's identity and address (Art. 13 Abs. 1 lit. a DSGVO) is the contact section:
# "Verantwortlicher", "Verantwortliche Stelle", "Informationen über uns als Verantwortliche".
heading: verantwortliche concept=contact-information
heading: verantwortlicher concept=contact-information
heading: verantwortliche stelle concept=contact-information
heading: angaben zum verantwortlichen concept=contact-information
heading: kontaktdaten des verantwortlichen concept=contact-information
heading: impressum concept=contact-information
heading: angaben gemäß § 5 tmg concept=contact-information
heading: angaben gemäß § 5 ddg concept=contact-information
heading: hinweis zur verantwortlichen stelle concept=contact-information
heading: anbieterkennzeichnung concept=contact-information
heading: betreiber der website concept=contact-information
heading: websitebetreiber concept=contact-information
# "Kontaktaufnahme" alone as a heading: how to reach us ("Contacting us").
heading: kontaktaufnahme concept=contact-us
heading: an wen kann ich mich wenden weight=3 concept=how-to-contact
heading: an wen können sie sich wenden weight=3 concept=how-to-contact
heading: an wen wende ich mich weight=3 concept=how-to-contact
heading: an wen wenden sie sich weight=3 concept=how-to-contact
heading: wen kann ich kontaktieren concept=how-to-contact
heading: wie kann ich sie kontaktieren concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no entry
# overlapping it counts.
# A backup copy is no security practice of its own.
sicherheitskopie
sicherheitskopien
# A software update is not a change to the datenschutzerklärung.
app-aktualisierung
app-aktualisierungen
software-aktualisierung
software-aktualisierungen
aktualisierung der app
aktualisierungen der app
aktualisierung der software
aktualisierungen der software
nach aktualisierungen suchen
automatische aktualisierungen
# The version of an app is not the version of the policy.
app-version
app version
software-version
# An authority's name is no security practice.
bundesamt für sicherheit in der informationstechnik
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
# Kontaktverfolgung (Corona- und Gesundheits-Apps): die "Kontakte" sind Begegnungen mit
# Infizierten, nicht der Abschnitt "Kontakt".
kontaktverfolgung*
kontaktnachverfolgung*
kontaktpersonennachverfolgung
kontakt-tracing
risikokontakt*
risiko-kontakt*
risikobegegnung*
kontaktiert wurden
kontaktiert worden
expositionsbenachrichtigung*
# Art. 13 Abs. 2 lit. e DSGVO: ob die Bereitstellung der Daten vorgeschrieben oder erforderlich
# ist (Pflicht zur Angabe, Folgen der Nichtbereitstellung), nicht "Bereitstellung" eines Dienstes (use).
bereitstellung der daten
bereitstellung ihrer daten
bereitstellung dieser daten
bereitstellung dieser personenbezogenen daten
bereitstellung dieser nicht personenbezogenen daten
bereitstellung der personenbezogenen daten
bereitstellung personenbezogener daten
bereitstellung ihrer personenbezogenen daten
bereitstellung von daten
bereitstellung von personenbezogenen daten
bereitstellung erfolgt
