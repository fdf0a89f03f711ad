# Italian lexicon (Italy, Switzerland; both the formal "Lei/Suoi" and "l'utente" registers)
@language it
@name Italian
@fold-accents yes            # "finalità" matches "finalita"
# Terms avoid elided forms (dell', all', l'): text may write the apostrophe as ' or as ’.

[profile]
# Function words first. weight=3 marks words that tell Italian from Spanish, French,
# Portuguese and Romanian (il, gli, di, che, della, sono, anche); shared ones stay at 1.
# "è" folds onto "e" and is not listed separately.
il weight=3
lo
la
i
gli weight=3
le
di weight=2                  # Indonesian and Malay "di" too
del
della weight=3
dello weight=3
dei weight=3
degli weight=3
delle weight=3
a
al
alla weight=3
ai
agli weight=3
alle weight=3
da
dal weight=3
dalla weight=3
dai
dagli weight=3
dalle weight=3
in
nel weight=3
nella weight=3
nei weight=3
negli weight=3
nelle weight=3
con
su
sul weight=3
sulla weight=3
sui
per weight=3
tra
fra weight=3
un
uno
una
e
ed weight=3
o
oppure weight=3
che weight=3
non weight=3
sono weight=3
essere weight=3
stato
stati
ha
hanno weight=3
può weight=3
possono weight=3
possiamo weight=3
potrà weight=3
potranno weight=3
deve
devono weight=3
questo weight=3
questa weight=3
questi weight=3
queste weight=3
quale weight=3
quali weight=3
cui weight=3
come
quando
dove
se
anche weight=3
più weight=3
ogni weight=3
altri
altre
tutti
tutte weight=3
stesso
nostro weight=3
nostra weight=3
nostri weight=3
nostre weight=3
suo
sua
suoi weight=3
sue weight=3
tuo
tua
tuoi weight=3
vostri
loro weight=3
ci
si
ne
qualsiasi weight=3
qualora weight=3
nonché weight=3
ovvero weight=3
pertanto weight=3
inoltre weight=3
presso weight=3
tramite weight=3
mediante
durante
secondo
senza weight=3
sempre
già
solo
# words frequent in privacy policies
dati weight=3
personali weight=3
informazioni weight=3
informativa weight=3
privacy weight=0.5
trattamento weight=3
sito
servizi weight=3
utente weight=3
utenti weight=3
interessato weight=3
titolare weight=3
terzi weight=3
diritto
diritti weight=3
protezione weight=3
consenso weight=3
finalità weight=3
responsabile
legittimo
accesso
richiesta weight=3
posta
elettronica weight=3
indirizzo weight=3
account weight=0.5
prodotti
società weight=3
caso
misure weight=3
sicurezza weight=3
conservazione weight=3
necessario
applicabile
cliente
clienti
uso
utilizzo weight=3
raccolta weight=3
raccogliamo weight=3
comunicazione
fornire
rapporto
contatto
seguenti
nome
telefono
browser weight=0.5
dispositivo
legge
obbligo
contratto
ricevere
esercitare
periodo
data weight=0.5
cookie weight=0.5
tempo
regolamento
base

[units]
year: anno, anni
month: mese, mesi
week: settimana, settimane
day: giorno, giorni
hour: ora, ore
minute: minuto, minuti
business-day: giorno lavorativo, giorni lavorativi

[numbers]
1: uno, una, un
2: due
3: tre
4: quattro
5: cinque
6: sei
7: sette
8: otto
9: nove
10: dieci
11: undici
12: dodici
13: tredici
15: quindici
16: sedici
18: diciotto
20: venti
24: ventiquattro
30: trenta
60: sessanta
90: novanta
100: cento

[references]
gdpr: gdpr, rgpd, regolamento generale sulla protezione dei dati, regolamento ue 2016/679, 2016/679
ccpa: ccpa, legge sulla privacy dei consumatori della california, california consumer privacy act
cpra: cpra, california privacy rights act
coppa: coppa, legge sulla protezione della privacy dei minori online
lgpd: lgpd, legge generale sulla protezione dei dati, lei geral de proteção de dados
pipeda: pipeda, personal information protection and electronic documents act

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
termini di utilizzo
termini d'uso
condizioni d'uso
condizioni di utilizzo
termini e condizioni
termini di servizio
condizioni generali
legge applicabile
diritto applicabile
legge applicabile e foro competente
legge applicabile e giurisdizione
diritto applicabile e foro competente
foro competente
giurisdizione
separabilità
clausola di separabilità
nullità parziale
invalidità parziale
intero accordo
accordo integrale
rinuncia
forza maggiore
esclusione di responsabilità
esonero di responsabilità
limitazione di responsabilità
limitazione della responsabilità
manleva
traduzioni
traduzione
altre traduzioni
versioni linguistiche
lingua prevalente
prevalenza della versione inglese
prevale la versione inglese
la versione italiana prevale
licenza
diritti d'autore
diritto d'autore
copyright
riconoscimenti
ringraziamenti
indice
sezioni
proprietà intellettuale
diritto d'autore e proprietà intellettuale
diritti d'autore e proprietà intellettuale
diritti di proprietà intellettuale
marchi
# Closing legal notes (en: "Legal information and disclaimer").
informazioni legali e disclaimer
informazioni legali ed esclusione di responsabilità
note legali e disclaimer
# The record a controller keeps under GDPR Art. 30 (en: "Record of processing activities").
registro delle attività di trattamento
registro dei trattamenti
disclaimer
# Condizioni d'uso nella pagina privacy: doveri dell'utente, licenza dei contenuti.
responsabilità dell'utente
responsabilità degli utenti
obblighi dell'utente
obblighi degli utenti
licenza dei contenuti
licenza del contenuto

[intro]
heading: introduzione concept=introduction
heading: premessa concept=introduction
heading: chi siamo concept=who-we-are
heading: informativa sulla privacy weight=1 concept=privacy-policy-title
heading: ambito di applicazione concept=scope
heading: oggetto concept=about-this-policy
heading: informazioni generali concept=introduction
body: la presente informativa weight=0.5 concept=this-privacy-policy
body: questa informativa weight=0.5 concept=this-privacy-policy
body: informativa weight=0.3 concept=this-privacy-policy
body: si applica weight=1.5 concept=policy-applies-to
body: ambito di applicazione weight=2 concept=policy-applies-to
body: utilizzando weight=1.5 concept=by-using
body: accedendo weight=1.5 concept=by-using
body: accett* weight=1.5 concept=acceptance-of-policy
body: descrive weight=1 concept=policy-describes
body: di seguito weight=2 concept=referred-to-as
body: titolare del trattamento weight=1.5
body: sede legale weight=2
body: partita iva weight=1.5
body: articolo 13 weight=2
body: art. 13 weight=2
body: ci impegniamo weight=1 concept=committed-to-privacy
body: sito web weight=0.5 concept=website
body: servizi weight=0.3 concept=services
# Added with the shared concept inventory (concepts.txt).
heading: sintesi concept=summary
heading: in sintesi concept=summary
heading: panoramica concept=summary
heading: riepilogo concept=summary
heading: informazioni su questa informativa concept=about-this-policy
heading: sulla presente informativa concept=about-this-policy
heading: ambito concept=scope
heading: a chi si applica questa informativa concept=scope
heading: chi è il titolare del trattamento concept=who-we-are
heading: il nostro impegno per la privacy concept=commitment-to-privacy
heading: il nostro impegno per la tutela della privacy concept=commitment-to-privacy
heading: accettazione della presente informativa concept=acceptance
heading: accettazione dell'informativa concept=acceptance
heading: privacy policy weight=0.5 concept=privacy-policy-title
heading: informativa privacy weight=0.5 concept=privacy-policy-title
heading: politica sulla privacy weight=0.5 concept=privacy-policy-title
body: la presente informativa descrive concept=policy-describes
body: spiega weight=1 concept=policy-describes
body: non si applica concept=policy-applies-to
body: visitando concept=by-using
body: se non accetta concept=if-you-do-not-agree
body: se non si è d'accordo concept=if-you-do-not-agree
body: rispettiamo la sua privacy concept=committed-to-privacy
body: la preghiamo di leggere concept=please-read
body: leggere attentamente concept=please-read
body: termini di utilizzo concept=terms-of-use
body: termini e condizioni concept=terms-of-use
body: privacy weight=0.3 concept=privacy
body: società weight=0.3 concept=company
# "Chi è responsabile del trattamento?" (en "Who is responsible ...").
heading: chi è responsabile concept=who-we-are
# The policy naming its author (en "we, us or our"): («Società», «noi», «ci» o «nostro»).
body: noi ci o nostro concept=we-us-defined
body: noi ci nostro concept=we-us-defined
body: noi o ci concept=we-us-defined
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
heading: in breve concept=summary
heading: in poche parole concept=summary
heading: a colpo d'occhio concept=summary
heading: da chi è gestit* concept=who-we-are
heading: chi gestisce concept=who-we-are
heading: chi c'è dietro concept=who-we-are

[definitions]
heading: definizioni concept=definitions
heading: glossario concept=key-terms
heading: termini definiti concept=key-terms
heading: terminologia concept=key-terms
heading: significato dei termini concept=key-terms
heading: interpretazione concept=interpretation
body: si intende weight=3 concept=means
body: si intendono weight=3 concept=means
body: significa weight=3 concept=means
body: indica weight=2 concept=means
body: designa weight=2 concept=means
body: ai fini della presente weight=2 concept=as-used-in-this-policy
body: ai sensi weight=1 concept=as-used-in-this-policy
body: definizion* weight=2 concept=defined-terms-intro
body: termini weight=1 concept=defined-terms-intro
body: qualsiasi informazione weight=1 concept=personal-data-means
body: persona fisica weight=1.5 concept=identifiable-person
body: identificabile weight=1.5 concept=identifiable-person
body: interessato weight=1 concept=gdpr-roles
body: responsabile del trattamento weight=1 concept=gdpr-roles
body: pseudonimizzazione weight=1.5
body: include weight=0.5 concept=includes
# Added with the shared concept inventory (concepts.txt).
heading: definizione dei termini concept=definitions
heading: interpretazione e definizioni concept=interpretation
heading: termini utilizzati nella presente informativa concept=key-terms
heading: cosa intendiamo per concept=what-we-mean-by
heading: che cosa si intende per concept=what-we-mean-by
body: le seguenti definizioni concept=defined-terms-intro
body: fa riferimento a concept=refers-to
body: si riferisce a concept=refers-to
body: per dato personale si intende concept=personal-data-means
body: identificata o identificabile concept=identifiable-person
body: di seguito concept=hereinafter
body: titolare del trattamento weight=1 concept=gdpr-roles
body: dati personali weight=0.2 concept=personal-data
body: utente weight=0.3 concept=user

[collection]
heading: dati raccolti concept=what-we-collect
# App permissions as a heading ("Permissions"), as English has it.
heading: autorizzazioni dell'app concept=what-we-collect
heading: permessi dell'app concept=what-we-collect
heading: quali dati raccogliamo concept=what-we-collect
heading: dati che raccogliamo concept=what-we-collect
heading: informazioni che raccogliamo concept=what-we-collect
heading: tipologie di dati raccolti concept=categories-of-data
heading: categorie di dati concept=categories-of-data
heading: raccolta dei dati concept=collection-of-information
heading: fonte dei dati concept=sources-of-information
heading: dati trattati concept=what-we-collect
body: raccol* weight=2 concept=we-collect
body: raccogli* weight=2 concept=we-collect
body: acquisi* weight=1.5 concept=we-collect
body: ottenu* weight=1 concept=we-collect
body: tipologie di dati weight=2 concept=data-categories
body: categorie di dati weight=2 concept=data-categories
body: da lei forniti weight=2 concept=you-provide
body: forniti volontariamente weight=2 concept=you-provide
body: automaticamente weight=1.5 concept=automatically
body: modulo weight=1.5 concept=forms
body: moduli weight=1.5 concept=forms
body: nome e cognome weight=1.5 concept=name
body: indirizzo email weight=1.5 concept=contact-details
body: indirizzo e-mail weight=1.5 concept=contact-details
body: numero di telefono weight=1.5 concept=contact-details
body: indirizzo ip weight=1.5 concept=device-data
body: dati di navigazione weight=2 concept=usage-data
body: dati di pagamento weight=1 concept=payment-data
body: tipo di browser weight=1 concept=device-data
body: geolocalizzazione weight=1 concept=location-data
body: fonti weight=1.5 concept=sources
# A list of the data handled, announced in the text (en: "the following data is processed:").
body: i seguenti dati weight=2.5 concept=following-data
body: le seguenti informazioni weight=2.5 concept=following-data
body: i seguenti dati personali weight=2.5 concept=following-data
# Added with the shared concept inventory (concepts.txt).
heading: raccolta delle informazioni concept=collection-of-information
heading: origine dei dati concept=sources-of-information
heading: fonti dei dati personali concept=sources-of-information
heading: dati forniti volontariamente dall'utente concept=information-you-provide
# Job applications: the data applicants hand over.
heading: candidatura concept=information-you-provide
heading: candidature concept=information-you-provide
heading: selezione del personale concept=information-you-provide
heading: reclutamento concept=information-you-provide
heading: informazioni che ci fornisce concept=information-you-provide
heading: dati da lei forniti concept=information-you-provide
heading: dati raccolti automaticamente concept=collected-automatically
heading: informazioni raccolte automaticamente concept=collected-automatically
heading: come raccogliamo i dati concept=how-we-collect
heading: come raccogliamo i suoi dati concept=how-we-collect
heading: categorie di dati personali concept=categories-of-data
heading: tipologie di dati concept=categories-of-data
body: pubblicamente disponibili concept=publicly-available
body: pubblici registri concept=publicly-available
body: indirizzo postale concept=contact-details
body: sistema operativo concept=device-data
body: identificativ* del dispositivo concept=device-data
body: dati di localizzazione concept=location-data
body: dati di utilizzo concept=usage-data
body: dati demografici concept=demographic-data
body: nome weight=1 concept=name
body: account weight=0.3 concept=account
body: informazioni weight=0.1 concept=information
# Headings asking which personal data are processed (GDPR style): "What personal data do we process?"
heading: quali dati personali concept=what-we-collect
# As en: "Categorie di interessati" (GDPR records of processing), "Descrizione e ambito del
# trattamento" (the scope of processing, not of the policy), feature headings that name a point
# of collection ("Registrazione", an app's "Permessi"), the device type.
heading: categorie di interessati concept=categories-of-data
heading: ambito del trattamento weight=2 concept=collection-of-information
heading: portata del trattamento weight=2 concept=collection-of-information
heading: registrazione concept=information-you-provide
heading: permessi concept=what-we-collect
heading: autorizzazioni concept=what-we-collect
heading: autorizzazioni richieste concept=what-we-collect
# "What we collect" as a relative clause inside a longer heading ("Personal information that we
# collect"); weak, since "How we use the information we collect" is about the use.
heading: che raccogliamo weight=0.5 concept=what-we-collect
body: tipo di dispositivo weight=2 concept=device-data
# "ci fornisce / ci fornisci" (en "you provide to us", "you give us").
body: ci fornisce weight=1.5 concept=you-provide
body: ci fornisci weight=1.5 concept=you-provide
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: segnalazioni di arresto anomalo concept=collected-automatically
heading: rapporti sugli arresti anomali concept=collected-automatically
heading: report di crash concept=collected-automatically
heading: segnalazioni di errore concept=collected-automatically
heading: dati diagnostici concept=collected-automatically
heading: diagnostica concept=collected-automatically
heading: log concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: resta sul tuo dispositivo weight=2 concept=on-device-data
heading: rimane sul tuo dispositivo weight=2 concept=on-device-data
heading: rimane sul dispositivo weight=2 concept=on-device-data
heading: resta sul tuo mac weight=2 concept=on-device-data
heading: elaborati localmente weight=2 concept=on-device-data
heading: dati memorizzati localmente weight=2 concept=on-device-data
heading: elaborazione locale weight=2 concept=on-device-data
heading: elaborazione sul dispositivo weight=2 concept=on-device-data
body: arresti anomali weight=2.5 concept=usage-data
body: arresto anomalo weight=2.5 concept=usage-data
body: report di crash weight=2.5 concept=usage-data
body: crash report* weight=2.5 concept=usage-data
body: log di debug weight=2.5 concept=usage-data
body: dati diagnostici weight=2 concept=usage-data
body: token push weight=2.5 concept=device-data
body: token di notifica weight=2.5 concept=device-data
# "Raccolta dati" without the article.
heading: raccolta dati concept=collection-of-information
heading: raccolta di dati concept=collection-of-information
# The GDPR template of contacting as processing: "Se ci contatti via e-mail, ... la tua richiesta
# verrà archiviata"; "richieste di contatto".
body: se ci contatti weight=2.5 concept=you-provide
body: se ci contatta weight=2.5 concept=you-provide
body: richieste di contatto weight=2 concept=forms
# Contacting by a channel as a processing activity ("Richiesta via e-mail, telefono o fax", as en
# "Inquiry by email"); a bare "Contatti" stays contact.
heading: richiesta via e-mail weight=3 concept=information-you-provide
heading: richiesta via email weight=3 concept=information-you-provide
heading: richieste via e-mail weight=3 concept=information-you-provide
heading: richiesta per e-mail weight=3 concept=information-you-provide
heading: contatto via e-mail weight=3 concept=information-you-provide
heading: contatto tramite e-mail weight=3 concept=information-you-provide
# A contact form as a processing activity (what the form collects), as en "Contact form"; "Contatti" stays contact.
heading: modulo di contatto weight=3 concept=information-you-provide
heading: modulo contatti weight=3 concept=information-you-provide
heading: moduli di contatto weight=3 concept=information-you-provide
heading: tipi di dati concept=categories-of-data
# Coordinated heading "Raccolta e utilizzo delle informazioni" (Information Collection and Use): the collection noun leads.
heading: raccolta e utilizzo concept=collection-of-information
heading: raccolta e uso concept=collection-of-information
# Log data (what the app or server records of a use): "log data".
body: dati di log weight=1.5 concept=usage-data

[use]
heading: come utilizziamo i dati concept=how-we-use
heading: come usiamo le informazioni concept=how-we-use
heading: utilizzo dei dati concept=use-of-information
heading: finalità del trattamento concept=purposes-of-processing
heading: finalità concept=purposes-of-processing
heading: per quali finalità concept=purposes-of-processing
heading: scopi del trattamento concept=purposes-of-processing
heading: perché trattiamo concept=why-we-collect
heading: come utilizziamo concept=how-we-use
heading: come usiamo concept=how-we-use
body: finalità weight=2.5 concept=purposes
body: scopi weight=2 concept=purposes
body: scopo weight=2 concept=purposes
body: al fine di weight=2 concept=purposes
body: allo scopo di weight=2 concept=purposes
body: utilizz* weight=1.5 concept=we-use
body: usiamo weight=1.5 concept=we-use
body: per fornire weight=1.5 concept=to-provide
body: gestire weight=1.5 concept=to-administer
body: gestione weight=1.5 concept=to-administer
body: evadere weight=2 concept=to-fulfil
body: rispondere alle richieste weight=2 concept=to-respond
body: miglior* weight=1.5 concept=to-improve
body: personalizz* weight=1.5 concept=to-personalise
body: profilazione weight=2.5 concept=profiling
body: processi decisionali automatizzati weight=1.5 concept=automated-decisions
body: prevenzione delle frodi weight=1.5 concept=to-prevent-fraud
body: statistic* weight=1 concept=to-analyse
body: inviare weight=1 concept=to-send
# Added with the shared concept inventory (concepts.txt).
heading: utilizzo delle informazioni concept=use-of-information
heading: perché raccogliamo concept=why-we-collect
heading: finalità della raccolta concept=why-we-collect
heading: trattamento dei dati personali concept=processing-of-personal-data
heading: trattamento dei suoi dati personali concept=processing-of-personal-data
heading: come trattiamo concept=processing-of-personal-data
body: per le seguenti finalità concept=following-purposes
body: erogare concept=to-provide
body: adempiere concept=to-fulfil
body: amministrare concept=to-administer
body: sviluppare nuovi concept=to-develop
body: comunicare con lei concept=to-communicate
body: analizzare concept=to-analyse
body: diagnosticare concept=to-troubleshoot
body: risolvere problemi concept=to-troubleshoot
body: ricerche di mercato concept=research
body: elaborare i pagamenti concept=to-process-transactions
body: adempiere agli obblighi di legge concept=to-comply-with-law
# Headings asking for what purpose data are processed: "For what purpose are personal data processed?"
heading: per quale finalità concept=purposes-of-processing
# Passive headings, frequent in Italian: "Come vengono trattati / utilizzati i dati".
heading: come vengono trattati concept=processing-of-personal-data
heading: come vengono utilizzati concept=how-we-use
# Informal register and customer support (en "communicate with you", "respond to your", "customer support").
body: comunicare con te concept=to-communicate
body: rispondere alle sue richieste weight=2 concept=to-respond
body: rispondere alle tue richieste weight=2 concept=to-respond
body: assistenza clienti weight=1.5 concept=to-respond
heading: uso dei dati concept=use-of-information
heading: uso delle informazioni concept=use-of-information
heading: perché abbiamo bisogno dei tuoi dati concept=why-we-collect
heading: perché abbiamo bisogno dei suoi dati concept=why-we-collect
# Purpose headings asked with other verbs and "(i dati sono trattati) per le seguenti finalità".
heading: perché elaboriamo concept=why-we-collect
heading: perché utilizziamo concept=why-we-collect
heading: per le seguenti finalità concept=purposes-of-processing
heading: per i seguenti scopi concept=purposes-of-processing
heading: process* decisional* automatizzat* concept=automated-decision-making
heading: decision* automatizzat* concept=automated-decision-making
heading: decision* individual* automatizzat* concept=automated-decision-making
heading: profilazione weight=0.5 concept=automated-decision-making

[legal-basis]
heading: base giuridica concept=legal-basis
heading: basi giuridiche concept=legal-basis
heading: base giuridica del trattamento concept=legal-basis
heading: base legale concept=legal-basis
heading: fondamento giuridico concept=legal-basis
heading: presupposti di liceità concept=legal-basis
heading: liceità del trattamento concept=legal-basis
body: base giuridica weight=2 concept=legal-basis-term
body: basi giuridiche weight=2 concept=legal-basis-term
body: base legale weight=2 concept=legal-basis-term
body: legittimo interesse weight=2 concept=legitimate-interests
body: interesse legittimo weight=2 concept=legitimate-interests
body: esecuzione di un contratto weight=2.5 concept=performance-of-contract
body: esecuzione del contratto weight=2.5 concept=performance-of-contract
body: misure precontrattuali weight=2 concept=performance-of-contract
body: obbligo legale weight=2.5 concept=legal-obligation
body: obblighi di legge weight=2 concept=legal-obligation
body: adempimento weight=2 concept=legal-obligation
body: interessi vitali weight=2 concept=vital-interests
body: interesse pubblico weight=2 concept=public-interest
body: articolo 6 weight=1.5 concept=article-6
body: art. 6 weight=1.5 concept=article-6
body: liceità weight=2 concept=lawful
body: presupposto weight=1.5 concept=legal-basis-term
body: consenso weight=1 concept=consent-as-basis
body: gdpr weight=0.5
# Added with the shared concept inventory (concepts.txt).
heading: su quale base trattiamo concept=why-allowed
heading: perché possiamo trattare concept=why-allowed
body: il trattamento è necessario concept=processing-necessary
body: diritti e libertà fondamentali concept=balancing-test
body: bilanciamento concept=balancing-test
body: sulla base di weight=1 concept=on-the-basis-of
body: lecit* concept=lawful
body: necessario weight=0.5 concept=necessary
# Headings naming the basis of processing without "legal": "Basis for processing (personal data)".
heading: base del trattamento concept=legal-basis
heading: autorizzati a trattare concept=why-allowed
heading: autorizzato a trattare concept=why-allowed
heading: legittimati a trattare concept=why-allowed
heading: su quale base concept=why-allowed
heading: su quali basi concept=why-allowed

[consent]
heading: consenso concept=your-consent
heading: il consenso concept=your-consent
heading: revoca del consenso concept=withdrawal-of-consent
heading: revoca del consenso al trattamento concept=withdrawal-of-consent
heading: come revocare il consenso concept=withdrawal-of-consent
heading: prestazione del consenso concept=your-consent
body: consenso weight=2.5 concept=you-consent
body: consensi weight=2 concept=you-consent
body: revoc* weight=2.5 concept=withdraw
body: in qualsiasi momento weight=1 concept=at-any-time
body: in ogni momento weight=1 concept=at-any-time
body: senza pregiudicare la liceità weight=2.5 concept=without-affecting-lawfulness
body: prestato weight=1.5 concept=you-consent
body: facoltativo weight=1.5 concept=freely-given
body: espresso weight=1 concept=explicit-consent
body: esplicito weight=1 concept=explicit-consent
body: inequivocabile weight=1.5 concept=explicit-consent
body: libero weight=0.5 concept=freely-given
body: accetta weight=1 concept=you-agree
body: casella weight=1.5 concept=opt-in
body: spuntando weight=1.5 concept=opt-in
body: autorizz* weight=1.5 concept=permission
# Added with the shared concept inventory (concepts.txt).
heading: il suo consenso concept=your-consent
body: consenso esplicito concept=explicit-consent
body: liberamente concept=freely-given
body: cambiare idea concept=change-your-mind
body: permesso concept=permission
body: prima della revoca concept=without-affecting-lawfulness

[sharing]
heading: condivisione dei dati concept=sharing-of-information
heading: comunicazione dei dati concept=sharing-of-information
heading: comunicazione a terzi concept=third-parties
heading: destinatari dei dati concept=who-we-share-with
heading: destinatari concept=who-we-share-with
heading: categorie di destinatari concept=who-we-share-with
heading: a chi comunichiamo i dati concept=who-we-share-with
heading: a chi concept=who-we-share-with
heading: diffusione dei dati concept=disclosure-of-information
body: condivid* weight=2 concept=share
body: condivisione weight=2 concept=share
body: destinatar* weight=2.5 concept=recipients
body: comunica* weight=1 concept=disclose
body: diffus* weight=2 concept=disclose
body: divulg* weight=1.5 concept=disclose
body: terzi weight=1 concept=third-parties-term
body: fornitori di servizi weight=2 concept=service-providers
body: responsabili del trattamento weight=2 concept=service-providers
body: responsabili esterni weight=2 concept=service-providers
body: società del gruppo weight=2 concept=affiliates
body: controllate weight=1.5 concept=affiliates
body: autorità weight=1.5 concept=authorities
body: autorità giudiziaria weight=2 concept=authorities
body: fusione weight=2 concept=corporate-transaction
body: acquisizione weight=1.5 concept=corporate-transaction
body: cessione weight=1.5 concept=corporate-transaction
body: vendita weight=1 concept=sell
body: non vendiamo weight=2 concept=sell
# Added with the shared concept inventory (concepts.txt).
heading: condivisione e comunicazione concept=sharing-of-information
heading: come condividiamo le informazioni concept=how-we-share
heading: informazioni che condividiamo concept=how-we-share
heading: divulgazione dei dati concept=disclosure-of-information
heading: terze parti concept=third-parties
heading: condivisione con terze parti concept=third-parties
heading: fornitori di servizi concept=service-providers-heading
heading: operazioni societarie concept=business-transfers
heading: fusioni e acquisizioni concept=business-transfers
heading: richieste delle autorità concept=legal-requests
heading: obblighi di legge concept=legal-requests
heading: vendita dei dati personali concept=sale-of-information
heading: vendiamo i suoi dati concept=sale-of-information
body: per nostro conto concept=on-our-behalf
body: partner commerciali concept=business-partners
body: fallimento concept=corporate-transaction
body: forze dell'ordine concept=authorities
body: ordine del giudice concept=legal-process
body: buona fede concept=legal-process
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: trasferimento dei dati a terzi concept=transfer-to-third-parties
heading: comunicazione dei dati a terzi concept=transfer-to-third-parties
heading: trasmissione dei dati a terzi concept=transfer-to-third-parties
# Processors under other names (en "suppliers", "subcontractors", "sub-processors").
body: fornitori weight=1.5 concept=service-providers
body: subfornitori weight=2 concept=service-providers
body: sub-responsabili weight=2 concept=service-providers
body: subresponsabili weight=2 concept=service-providers
# Garante-template heading "Ambito di comunicazione e diffusione dei dati" (not the scope of the notice).
heading: ambito di comunicazione concept=who-we-share-with
heading: chi ha accesso concept=who-we-share-with
heading: vendiamo i tuoi dati concept=sale-of-information
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: hosting concept=service-providers-heading
heading: fornitore di hosting concept=service-providers-heading
heading: servizi di hosting concept=service-providers-heading
heading: content delivery network concept=service-providers-heading
heading: responsabili del trattamento concept=service-providers-heading
heading: monitoraggio degli errori concept=service-providers-heading
body: ospitato da weight=1.5 concept=service-providers
body: ospitati da weight=1.5 concept=service-providers
body: ospitata da weight=1.5 concept=service-providers
body: ospitate da weight=1.5 concept=service-providers
body: hosting weight=2 concept=service-providers
body: fornitore di hosting weight=2.5 concept=service-providers
body: fornitori di hosting weight=2.5 concept=service-providers
body: responsabile esterno weight=2.5 concept=service-providers
body: nominato responsabile del trattamento weight=2.5 concept=service-providers
body: accordo sul trattamento dei dati weight=2 concept=service-providers
body: contratto di trattamento dei dati weight=2 concept=service-providers
body: content delivery network weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: piattaforma cloud weight=2 concept=service-providers
body: cloud computing weight=2 concept=service-providers
body: fornitore di servizi cloud weight=2.5 concept=service-providers
body: sui server di weight=2 concept=service-providers
body: per conto nostro weight=1.5 concept=on-our-behalf
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: pagamenti weight=2 concept=payments-purchases
heading: elaborazione dei pagamenti weight=3 concept=payments-purchases
heading: acquisti in-app weight=2 concept=payments-purchases
heading: acquisti in app weight=2 concept=payments-purchases
heading: abbonamenti weight=2 concept=payments-purchases
# "Prestatori di servizi" (service providers) beside fornitori di servizi.
heading: prestatori di servizi concept=service-providers-heading

[cookies]
heading: cookie concept=cookies
heading: cookie policy concept=cookies
heading: informativa sui cookie concept=cookies
heading: utilizzo dei cookie concept=cookies
heading: cookie e tecnologie simili concept=tracking-technologies
heading: tecnologie di tracciamento concept=tracking-technologies
heading: cosa sono i cookie concept=cookies
body: cookie* weight=3 concept=cookie
body: piccoli file weight=2.5 concept=text-files
body: file di testo weight=2 concept=text-files
body: tecnologie simili weight=2 concept=tracking-technology
body: web beacon weight=2 concept=web-beacon
body: pixel* weight=2 concept=web-beacon
body: file di log weight=2 concept=log-file
body: google analytics weight=2 concept=analytics-term
body: analitic* weight=1.5 concept=analytics-term
body: cookie di sessione weight=2 concept=cookie-lifetime
body: persistenti weight=2 concept=cookie-lifetime
body: tecnici weight=1.5 concept=cookie-categories
body: di profilazione weight=1.5 concept=cookie-categories
body: memorizza* weight=1
body: tracciamento weight=1.5 concept=tracking-technology
body: impostazioni del browser weight=1.5 concept=browser-settings
body: browser weight=1 concept=browser
body: dispositivo weight=0.5 concept=device
# Added with the shared concept inventory (concepts.txt).
heading: web beacon concept=web-beacons
heading: pixel concept=web-beacons
heading: file di log concept=log-files
heading: analisi concept=analytics
heading: statistiche concept=analytics
body: archiviazione locale concept=local-storage
body: local storage concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: strettamente necessari concept=cookie-categories
body: funzionali weight=1.5 concept=cookie-categories
body: sdk* concept=sdk
body: fingerprinting concept=fingerprinting
body: impronta digitale del dispositivo concept=fingerprinting
# Server logs (en "server logs").
body: log del server weight=2 concept=log-file
body: log dei server weight=2 concept=log-file
# "Come utilizziamo i cookie": the cookies, not the use of data.
heading: utilizziamo i cookie concept=cookies
heading: utilizziamo cookie concept=cookies
heading: usiamo i cookie concept=cookies
heading: analisi web concept=analytics
heading: web analytics concept=analytics

[advertising]
heading: pubblicità concept=advertising
heading: marketing concept=marketing
heading: marketing diretto concept=marketing
heading: comunicazioni commerciali concept=marketing-communications
heading: comunicazioni promozionali concept=marketing-communications
heading: pubblicità personalizzata concept=interest-based-advertising
heading: pubblicità basata sugli interessi concept=interest-based-advertising
heading: newsletter concept=marketing-communications
body: pubblicit* weight=2.5 concept=ads
body: annunci weight=2.5 concept=ads
body: inserzionisti weight=2.5 concept=ad-networks
body: reti pubblicitarie weight=2.5 concept=ad-networks
body: materiale pubblicitario weight=2.5 concept=marketing-messages
body: comunicazioni commerciali weight=2.5 concept=marketing-messages
body: marketing weight=2 concept=marketing-purposes
body: promozional* weight=2 concept=promotions
body: newsletter weight=2 concept=marketing-messages
body: vendita diretta weight=2 concept=marketing-purposes
body: ricerche di mercato weight=2 concept=marketing-purposes
body: remarketing weight=2 concept=retargeting
body: campagne weight=1.5
body: offerte weight=1.5 concept=promotions
body: interessi weight=0.5 concept=interests
# Added with the shared concept inventory (concepts.txt).
heading: pubblicità e marketing concept=advertising
heading: pubblicità mirata concept=interest-based-advertising
heading: pubblicità comportamentale concept=interest-based-advertising
heading: pubblicità di terze parti concept=third-party-advertising
heading: reti pubblicitarie concept=third-party-advertising
body: pubblicità mirata concept=interest-based
body: comportamentale concept=interest-based
body: retargeting concept=retargeting
body: offerte speciali concept=promotions
body: finalità di marketing concept=marketing-purposes
body: misurare l'efficacia concept=ad-measurement
body: your online choices concept=ad-industry-programs
heading: mailing list concept=marketing-communications

[do-not-track]
heading: do not track concept=do-not-track
heading: non tracciare concept=do-not-track
heading: segnali do not track concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: controllo globale della privacy concept=global-privacy-control
heading: segnali di preferenza concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: non tracciare weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: controllo globale della privacy weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: segnale weight=2 concept=opt-out-preference-signal
body: segnali weight=2 concept=opt-out-preference-signal
body: non rispondiamo weight=2 concept=do-not-respond
body: standard weight=1.5 concept=no-uniform-standard
body: tracciamento weight=1
body: preferenz* weight=1
body: impostazioni del browser weight=1
body: browser weight=1 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt).
heading: segnali del browser concept=preference-signals
body: standard uniforme concept=no-uniform-standard
body: segnale di preferenza concept=opt-out-preference-signal
body: riconosc* concept=honor-signals
body: su siti web di terze parti weight=2 concept=cross-site-tracking

[choices]
heading: le sue scelte concept=your-choices
heading: le tue scelte concept=your-choices
heading: opzioni concept=your-choices
heading: disiscrizione concept=unsubscribing
heading: cancellazione dalla newsletter concept=unsubscribing
heading: come opporsi al marketing concept=opting-out
heading: gestione delle preferenze concept=managing-preferences
heading: preferenze di comunicazione concept=managing-preferences
body: disiscri* weight=3 concept=unsubscribe
body: cancellarsi weight=2.5 concept=unsubscribe
body: opt-out weight=2 concept=opt-out
body: può scegliere weight=2.5 concept=choose-not-to
body: scelte weight=2
body: opzioni weight=1.5
body: preferenze weight=1.5 concept=preferences
body: opporsi weight=1.5 concept=opt-out
body: disattivare weight=1.5 concept=disable
body: rifiutare weight=1.5 concept=decline
body: non fornire weight=1.5 concept=choose-not-to
body: impostazioni weight=1 concept=settings
body: link weight=1 concept=unsubscribe-link
body: decidere weight=1 concept=choose-not-to
body: ricevere weight=0.5 concept=receive
# Added with the shared concept inventory (concepts.txt).
heading: opt-out concept=opting-out
heading: come disiscriversi concept=unsubscribing
body: smettere di ricevere concept=unsubscribe
body: e-mail promozionali concept=promotional-emails
body: impostazioni dell'account concept=settings
body: notifiche push concept=device-permissions
body: servizi di localizzazione concept=device-permissions
body: in fondo a ogni concept=unsubscribe-link
body: non potrà concept=consequences-of-refusal
heading: annullare l'iscrizione concept=unsubscribing
heading: annullamento dell'iscrizione concept=unsubscribing
heading: controllo delle tue informazioni concept=your-choices
heading: controllo sui tuoi dati concept=your-choices

[rights]
heading: i suoi diritti concept=your-rights
heading: i tuoi diritti concept=your-rights
heading: diritti degli interessati concept=your-rights
heading: diritti degli utenti concept=your-rights
heading: esercizio dei diritti concept=exercising-rights
heading: come esercitare i suoi diritti concept=exercising-rights
heading: quali sono i suoi diritti concept=your-rights
heading: accesso e rettifica concept=access-and-correction
heading: consultare o aggiornare weight=2 concept=access-and-correction
body: diritto di accesso weight=3 concept=right-of-access
body: può accedere weight=2 concept=right-of-access
body: agent* autorizzat* weight=2.5 concept=authorized-agent
body: rettifica weight=3 concept=rectification
body: cancellazione weight=2.5 concept=erasure
body: oblio weight=2.5 concept=erasure
body: portabilità weight=3 concept=portability
body: opposizione weight=2.5 concept=right-to-object
body: limitazione del trattamento weight=3 concept=restriction
body: esercit* weight=2.5 concept=exercise-rights
body: esercizio weight=2 concept=exercise-rights
body: diritti weight=1.5
body: autorità di controllo weight=2.5 concept=complaint-to-authority
body: reclamo weight=2 concept=complaint-to-authority
body: garante weight=3 concept=complaint-to-authority
body: garante per la protezione dei dati personali weight=3 concept=complaint-to-authority
body: articoli da 15 a 22 weight=2.5
body: copia weight=1 concept=copy-of-data
body: verificare la sua identità weight=1.5 concept=verify-identity
body: richiesta weight=1 concept=request
# Added with the shared concept inventory (concepts.txt).
heading: agenti autorizzati concept=authorized-agents
heading: rappresentante autorizzato concept=authorized-agents
body: diritto di opporsi concept=right-to-object
body: inesatt* concept=rectification
body: formato strutturato concept=portability
body: proporre reclamo concept=complaint-to-authority
body: interessati concept=data-subject-rights
body: non discriminazione concept=non-discrimination
body: accesso weight=1.5 concept=access
# Supervisory authorities named as "autorità per la protezione dei dati", "autorità garante".
body: autorità per la protezione dei dati weight=2.5 concept=complaint-to-authority
body: autorità garante weight=2.5 concept=complaint-to-authority
# How soon a rights request is answered (en "Response time").
heading: tempi di risposta concept=exercising-rights
heading: tempo di risposta concept=exercising-rights
heading: termini di risposta concept=exercising-rights
heading: posso accedere concept=access-and-correction
heading: posso rettificare concept=access-and-correction
heading: posso correggere concept=access-and-correction
heading: accedere ai miei dati concept=access-and-correction
heading: modificare i miei dati concept=access-and-correction
heading: quali sono i miei diritti concept=your-rights
heading: quali diritti ho concept=your-rights
heading: i miei diritti concept=your-rights

[retention]
heading: conservazione dei dati concept=data-retention
heading: periodo di conservazione concept=retention-period
heading: tempi di conservazione concept=retention-period
heading: durata della conservazione concept=retention-period
heading: per quanto tempo conserviamo i dati concept=how-long-we-keep
heading: modalità e durata del trattamento concept=data-retention
heading: data retention concept=data-retention
body: conserv* weight=2.5 concept=retain
body: periodo di conservazione weight=3 concept=retention-criteria
body: tempi di conservazione weight=3 concept=retention-criteria
body: per il tempo necessario weight=3 concept=as-long-as-necessary
body: non oltre weight=2 concept=as-long-as-necessary
body: per un periodo weight=2 concept=retention-criteria
body: periodo weight=1 concept=retention-criteria
body: durata weight=1.5 concept=retention-criteria
body: termini di prescrizione weight=2.5 concept=legal-retention-requirements
body: prescrizione weight=2 concept=legal-retention-requirements
body: decorsi weight=2
body: al termine weight=1.5 concept=no-longer-needed
body: obblighi di legge weight=1.5 concept=legal-retention-requirements
body: cancell* weight=1.5 concept=destroy
body: distrutti weight=1 concept=destroy
body: anonimizz* weight=1.5 concept=anonymise
body: anni weight=1 concept=years
body: mesi weight=1
# Added with the shared concept inventory (concepts.txt).
heading: conservazione e archiviazione concept=storage-and-retention
heading: conservazione e cancellazione concept=retention-and-deletion
heading: conservazione e cancellazione dei dati concept=retention-and-deletion
heading: quanto tempo conserviamo i suoi dati concept=how-long-we-keep
body: non siano più necessari concept=no-longer-needed
body: mantenut* concept=keep
body: archivi* weight=1 concept=archive
body: inattiv* concept=inactive-accounts
body: memorizz* weight=1 concept=store
body: criteri concept=retention-criteria
# en "Data deletion and storage duration" (GDPR-template heading).
heading: cancellazione dei dati e durata della conservazione concept=retention-and-deletion
heading: come conserviamo concept=storage-and-retention
heading: come archiviamo concept=storage-and-retention
heading: come vengono conservati concept=storage-and-retention

[security]
heading: sicurezza concept=data-security
heading: sicurezza dei dati concept=data-security
heading: sicurezza delle informazioni concept=data-security
heading: misure di sicurezza concept=security-measures
heading: come proteggiamo concept=how-we-protect
heading: modalità del trattamento concept=security-measures
body: sicurezza weight=2 concept=secure
body: misure tecniche e organizzative weight=3 concept=technical-organisational-measures
body: misure di sicurezza adeguate weight=3 concept=safeguards
body: misure tecniche weight=2 concept=technical-organisational-measures
body: organizzative weight=2 concept=technical-organisational-measures
body: crittograf* weight=2.5 concept=encryption
body: cifrat* weight=2.5 concept=encryption
body: ssl weight=2 concept=encryption
body: tls weight=2 concept=encryption
body: accesso non autorizzato weight=2.5 concept=unauthorized-access
body: accessi non autorizzati weight=2.5 concept=unauthorized-access
body: perdita weight=1.5 concept=loss-misuse-alteration
body: distruzione weight=1.5 concept=loss-misuse-alteration
body: alterazione weight=1.5 concept=loss-misuse-alteration
body: riservatezza weight=2 concept=confidentiality
body: firewall weight=2 concept=technical-controls
body: violazion* dei dati weight=2.5 concept=breach               # violazione, violazioni (en "breach*")
body: data breach weight=2 concept=breach
body: password weight=1.5 concept=technical-controls
body: nessun sistema weight=2 concept=no-guarantee
body: proteggere weight=1 concept=protect
body: garantire weight=0.5 concept=ensure
# Added with the shared concept inventory (concepts.txt).
heading: protezione dei dati concept=how-we-protect
body: salvaguardi* concept=safeguards
body: uso improprio concept=loss-misuse-alteration
body: misure fisiche concept=physical-safeguards
body: controllo degli accessi concept=technical-controls
body: incidente di sicurezza concept=breach
body: vulnerabilità concept=breach
body: non possiamo garantire concept=no-guarantee
body: a proprio rischio concept=no-guarantee
body: standard di settore concept=industry-standard
heading: protezione delle informazioni concept=how-we-protect
# Personal-data breaches and their notification: a security topic.
heading: violazione dei dati concept=data-security
heading: violazione dei dati personali concept=data-security
heading: violazioni dei dati personali concept=data-security
heading: violazioni della protezione dei dati concept=data-security
heading: data breach concept=data-security
heading: incidenti di sicurezza concept=data-security
body: violazione dei dati personali weight=3 concept=breach
# Breach notification duties (plural: the singular is GDPR Art. 19, a right).
heading: obblighi di notifica concept=data-security
heading: crittografia concept=data-security
heading: crittografat* concept=data-security
# Breach notification duties: "Notifica all'autorità di controllo entro 72 ore", "violazione della
# protezione dei dati".
body: entro 72 ore dalla weight=2.5 concept=breach
body: notifica all'autorità di controllo weight=2.5 concept=breach
body: violazione della protezione dei dati weight=2.5 concept=breach

[children]
heading: minori concept=minors
heading: dati dei minori concept=childrens-privacy
heading: privacy dei minori concept=childrens-privacy
heading: tutela dei minori concept=minors
heading: utenti minorenni concept=minors
heading: bambini concept=childrens-privacy
heading: età minima concept=age-limits
body: minori weight=3 concept=minors-teens
body: minorenni weight=3 concept=minors-teens
body: minore di weight=2 concept=age-threshold
body: bambini weight=3 concept=children
body: età weight=2 concept=age
body: genitori weight=2.5 concept=parents-guardians
body: responsabilità genitoriale weight=3 concept=parents-guardians
body: tutore weight=2 concept=parents-guardians
body: consenso dei genitori weight=2.5 concept=parental-consent
body: 13 anni weight=2 concept=age-threshold
body: 14 anni weight=2 concept=age-threshold           # Italian age of digital consent
body: 16 anni weight=2 concept=age-threshold
body: 18 anni weight=1.5 concept=age-threshold
body: consapevolmente weight=2 concept=knowingly-collect
body: coppa weight=3 concept=coppa
body: rivolti weight=1 concept=not-directed-to-children
# Added with the shared concept inventory (concepts.txt).
heading: privacy dei bambini concept=childrens-privacy
heading: minori di 14 anni concept=age-limits
heading: limiti di età concept=age-limits
body: bambino concept=children
body: adolescenti concept=minors-teens
body: consenso genitoriale concept=parental-consent
body: se veniamo a conoscenza concept=if-we-learn
body: non è destinato concept=not-directed-to-children
# The bare word (en "minor"): weak, "minore" is also "lesser".
body: minore weight=0.5 concept=minor

[international]
heading: trasferimenti internazionali concept=international-transfers
heading: trasferimento dei dati concept=data-transfers
heading: trasferimento dei dati extra ue concept=international-transfers
heading: trasferimenti extra ue concept=international-transfers
heading: trasferimento di dati verso paesi terzi concept=international-transfers
heading: luogo del trattamento concept=where-we-store
heading: dove conserviamo weight=2 concept=where-we-store
body: trasferi* weight=1.5 concept=transfer
body: internazional* weight=2 concept=cross-border
body: paesi terzi weight=2 concept=other-countries
body: extra ue weight=3 concept=other-countries
body: fuori dallo spazio economico europeo weight=3 concept=eea
body: spazio economico europeo weight=2 concept=eea
body: see weight=1.5 concept=eea
body: clausole contrattuali standard weight=2 concept=transfer-safeguards
body: clausole contrattuali tipo weight=2 concept=transfer-safeguards
body: decisione di adeguatezza weight=3 concept=adequacy
body: livello di protezione adeguato weight=2.5 concept=adequacy
body: garanzie adeguate weight=2 concept=transfer-safeguards
body: data privacy framework weight=2.5 concept=privacy-frameworks
body: stati uniti weight=1 concept=united-states
# "server" alone is any web server: the location phrase, as en "servers located".
body: server situati weight=2.5 concept=server-location
body: server ubicati weight=2.5 concept=server-location
body: server si trovano weight=2.5 concept=server-location
body: unione europea weight=1 concept=eea
body: ubicat* weight=1 concept=server-location
# Added with the shared concept inventory (concepts.txt).
heading: trasferimenti di dati concept=data-transfers
heading: trasferimenti transfrontalieri concept=international-transfers
body: transfrontalier* concept=cross-border
body: altri paesi concept=other-countries
body: norme vincolanti d'impresa concept=transfer-safeguards
body: privacy shield concept=privacy-frameworks
body: meno protettiv* concept=less-protective
body: giurisdizion* concept=jurisdictions
body: conservati in concept=server-location
body: in tutto il mondo concept=around-the-world
# en "foreign countries".
body: paesi esteri weight=2.5 concept=other-countries
heading: dove vengono conservati weight=2 concept=where-we-store
heading: dove vengono trattati weight=2 concept=where-we-store
heading: dove trattiamo weight=2 concept=where-we-store
heading: ubicazione dei dati concept=where-we-store
heading: archiviazione dei dati weight=1 concept=where-we-store
heading: archiviazione dati weight=1 concept=where-we-store
heading: memorizzazione dei dati weight=1 concept=where-we-store
heading: archiviazione dei tuoi dati weight=1 concept=where-we-store
heading: dove archiviamo concept=where-we-store
heading: dove vengono archiviati concept=where-we-store

[regional]
heading: residenti in california concept=california
heading: informativa per i residenti in california concept=california
heading: diritti dei residenti della california concept=california
heading: utenti dello spazio economico europeo concept=eea-gdpr-notice
heading: disposizioni specifiche per paese concept=jurisdiction-specific
heading: informazioni aggiuntive per determinate giurisdizioni concept=jurisdiction-specific
heading: avvisi regionali concept=jurisdiction-specific
body: california weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: shine the light weight=2.5 concept=california-law
body: resident* weight=2 concept=residents
body: consumator* weight=1.5 concept=consumers
body: vendita di informazioni personali weight=2 concept=do-not-sell
body: informazioni personali sensibili weight=1.5
body: nevada weight=2.5 concept=us-states
body: virginia weight=2 concept=us-states
body: lgpd weight=2.5 concept=brazil-lgpd
body: brasile weight=1.5 concept=brazil-lgpd
body: canada weight=1.5 concept=canada-pipeda
body: pipeda weight=2.5 concept=canada-pipeda
body: svizzera weight=1.5
body: giurisdizion* weight=1.5
body: stato weight=0.5 concept=state
# Added with the shared concept inventory (concepts.txt).
heading: residenti in nevada concept=us-state-rights
heading: diritti alla privacy negli stati uniti concept=us-state-rights
heading: residenti nello spazio economico europeo concept=eea-gdpr-notice
heading: conformità al gdpr concept=eea-gdpr-notice
body: vendere o condividere concept=do-not-sell
body: pubblicità comportamentale cross-context concept=cross-context-advertising
body: incentivi finanziari concept=financial-incentives
body: 12 mesi precedenti concept=preceding-12-months
body: ultimi 12 mesi concept=preceding-12-months
body: colorado concept=us-states
body: connecticut concept=us-states
body: gdpr weight=1.5 concept=eu-gdpr       # as en: cited in every section of an EU policy, weak alone
heading: disposizioni specifiche per giurisdizione weight=2 concept=jurisdiction-specific
heading: utenti del regno unito weight=2 concept=eea-gdpr-notice
heading: residenti nel regno unito weight=2 concept=eea-gdpr-notice
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
heading: allegati regionali concept=jurisdiction-specific
heading: allegato regionale concept=jurisdiction-specific
heading: informativa supplementare per i residenti concept=jurisdiction-specific
heading: leggi statunitensi sulla privacy concept=us-state-rights
heading: giappone weight=1 concept=jurisdiction-specific
heading: corea del sud weight=1 concept=jurisdiction-specific
heading: repubblica di corea weight=1 concept=jurisdiction-specific
heading: brasile weight=1 concept=jurisdiction-specific
heading: regno unito weight=1 concept=jurisdiction-specific

[third-party-sites]
heading: link ad altri siti concept=links-to-other-sites
heading: siti di terzi concept=third-party-websites
heading: siti web di terzi concept=third-party-websites
heading: servizi di terze parti weight=3 concept=third-party-services
heading: link esterni concept=links-to-other-sites
heading: collegamenti ad altri siti concept=links-to-other-sites
heading: social network concept=social-media-plugins
heading: plugin social concept=social-media-plugins
body: link weight=2 concept=links
body: collegament* weight=2 concept=links
body: siti di terzi weight=3 concept=other-sites
body: siti web di terzi weight=3 concept=other-sites
body: siti terzi weight=3 concept=other-sites
body: terze parti weight=1.5
body: non siamo responsabili weight=2.5 concept=not-responsible
body: non è responsabile weight=2 concept=not-responsible
body: nessun controllo weight=2 concept=not-responsible
body: proprie informative weight=2.5 concept=their-privacy-policies
body: informative privacy weight=1.5 concept=their-privacy-policies
body: plugin* weight=2 concept=plugins
body: social network weight=2
body: esterni weight=1.5 concept=other-sites
body: cliccando weight=1.5 concept=links
body: abbandon* weight=1.5 concept=leave-our-site
body: la invitiamo weight=1 concept=encourage-review
body: contenuti weight=0.5 concept=content
# Added with the shared concept inventory (concepts.txt).
heading: altri siti web concept=third-party-websites
heading: servizi di terzi weight=3 concept=third-party-services
heading: informative privacy di terze parti concept=third-party-privacy-policies
heading: politiche sulla privacy di terzi concept=third-party-privacy-policies
body: applicazioni di terze parti concept=third-party-applications
body: widget concept=plugins
body: verificare weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: social media concept=social-media-presence
heading: reti sociali concept=social-media-presence
heading: presenza sui social concept=social-media-presence
heading: pagine social concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: dati raccolti da terzi concept=third-party-data-collection
heading: raccolti da terze parti concept=third-party-data-collection
heading: raccolti da terzi concept=third-party-data-collection
# Pointers to other parties' policies (en "their privacy policy", "their respective privacy policies").
body: loro informativa weight=3 concept=their-privacy-policies
body: loro informative weight=3 concept=their-privacy-policies
body: rispettive informative weight=3 concept=their-privacy-policies
heading: siti di terze parti weight=2 concept=third-party-websites
heading: siti web di terze parti weight=2 concept=third-party-websites
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: contenuti incorporati concept=third-party-services
heading: contenuti di terze parti concept=third-party-services
heading: contenuti di terzi concept=third-party-services
heading: video incorporati concept=third-party-services
heading: plug-in concept=social-media-plugins
body: incorporato weight=2.5 concept=plugins
body: incorporati weight=2.5 concept=plugins
body: incorporata weight=2.5 concept=plugins
body: incorporiamo weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: contenuti di terze parti weight=3 concept=other-sites
body: contenuti di terzi weight=3 concept=other-sites
body: contenuti esterni weight=2.5 concept=other-sites
body: plug-in* weight=2 concept=plugins
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: modalità di privacy avanzata weight=2.5 concept=plugins
body: hai effettuato l'accesso al tuo account weight=1.5 concept=plugins
body: connesso al tuo account weight=1.5 concept=plugins
body: applet* weight=2 concept=plugins
body: propria informativa sulla privacy weight=2.5 concept=their-privacy-policies
body: propria privacy policy weight=2.5 concept=their-privacy-policies
# Outside tools named in a heading ("Utilizzo di motori di traduzione e librerie di terze parti").
heading: librerie di terze parti concept=third-party-services
heading: strumenti di terze parti concept=third-party-services
heading: software di terze parti concept=third-party-services
heading: motori di traduzione concept=third-party-services
heading: servizi esterni concept=third-party-services
heading: sdk di terze parti concept=third-party-services
heading: plugin di terze parti concept=third-party-services
heading: sincronizzazione cloud concept=third-party-services
heading: sincronizzazione nel cloud concept=third-party-services
heading: backup su icloud concept=third-party-services
heading: backup icloud concept=third-party-services
heading: backup nel cloud concept=third-party-services
heading: sincronizzazione e backup concept=third-party-services
heading: servizi di sincronizzazione e backup concept=third-party-services
# Data other parties collect or process themselves (as en "collected by other parties").
heading: elaborati da altri concept=third-party-data-collection
heading: elaborati da terzi concept=third-party-data-collection
heading: trattati da terzi concept=third-party-data-collection
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: connessioni di rete weight=2 concept=network-connections
heading: richieste di rete weight=2 concept=network-connections
heading: connessioni in uscita weight=2 concept=network-connections
heading: connessioni esterne weight=2 concept=network-connections
heading: lascia il tuo dispositivo weight=2 concept=network-connections
heading: lasciano il tuo dispositivo weight=2 concept=network-connections
heading: inviati fuori dal dispositivo weight=2 concept=network-connections
heading: inviati tramite internet weight=2 concept=network-connections
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
heading: modifiche alla presente informativa concept=changes-to-policy
heading: modifiche a questa informativa concept=changes-to-policy
heading: modifiche e aggiornamenti concept=changes-to-policy
heading: aggiornamenti concept=policy-updates
heading: aggiornamento della privacy policy concept=policy-updates
heading: modifiche concept=amendments
heading: entrata in vigore concept=entry-into-force
body: modific* weight=2 concept=change-update
body: aggiorn* weight=2 concept=change-update
body: ultimo aggiornamento weight=3 concept=effective-date
body: ultima modifica weight=3 concept=effective-date
body: entrata in vigore weight=2.5 concept=effective-date
body: in vigore weight=1.5 concept=effective-date
body: periodicamente weight=2 concept=from-time-to-time
body: di volta in volta weight=2 concept=from-time-to-time
body: si riserva il diritto weight=2 concept=reserve-the-right
body: ci riserviamo il diritto weight=2 concept=reserve-the-right
body: consultare weight=1.5 concept=check-back
body: notific* weight=1.5 concept=notify-you
body: pubblicheremo weight=1.5 concept=posting
body: pubblicata weight=1 concept=posting
body: versione weight=1 concept=version
body: cambiament* weight=1.5 concept=change-update
body: avviso weight=0.5 concept=notice
# Added with the shared concept inventory (concepts.txt).
heading: aggiornamenti della presente informativa concept=policy-updates
heading: notifica delle modifiche concept=notification-of-changes
heading: comunicazione delle modifiche concept=notification-of-changes
heading: revisioni concept=amendments
heading: decorrenza concept=entry-into-force
body: modifiche sostanziali concept=material-changes
body: uso continuato concept=continued-use
body: continuando a utilizzare concept=continued-use
body: versione più recente concept=latest-version
body: con effetto immediato concept=effective-immediately
# Where a changed policy is posted: "(we will post the new policy) on this page".
body: su questa pagina weight=1 concept=posting
heading: variazioni concept=amendments

[contact]
heading: contatti concept=contact-us
heading: contattaci concept=contact-us
heading: come contattarci concept=how-to-contact
heading: dati di contatto concept=contact-information
heading: responsabile della protezione dei dati concept=data-protection-officer
heading: domande concept=questions
heading: per informazioni concept=questions
body: contatt* weight=2 concept=please-contact
body: responsabile della protezione dei dati weight=2.5 concept=dpo
body: rpd weight=2.5 concept=dpo
body: dpo weight=2 concept=dpo
body: posta elettronica weight=1.5 concept=by-email
body: pec weight=2 concept=by-email               # posta elettronica certificata
body: indirizzo postale weight=2 concept=postal-address
body: raccomandata weight=1.5 concept=postal-address
body: telefono weight=1.5 concept=telephone
body: domande weight=2 concept=questions-comments
body: dubbi weight=2 concept=questions-comments
body: chiarimenti weight=2 concept=questions-comments
body: scrivendo weight=2 concept=please-contact
body: può rivolgersi weight=2.5 concept=please-contact
body: servizio clienti weight=1.5 concept=customer-service
body: sede weight=1 concept=postal-address
body: richieste weight=1 concept=questions-comments
# Added with the shared concept inventory (concepts.txt).
heading: informazioni di contatto concept=contact-information
heading: recapiti concept=contact-information
heading: domande e commenti concept=questions
heading: data protection officer concept=data-protection-officer
body: via e-mail concept=by-email
body: commenti concept=questions-comments
body: indirizzo weight=0.3 concept=address
# en "Contact details", "Name and address (of the controller)".
heading: nome e indirizzo concept=contact-information
heading: recapiti del titolare concept=contact-information
heading: note legali concept=contact-information
heading: colophon concept=contact-information
heading: informazioni sull'organismo responsabile concept=contact-information
heading: organismo responsabile concept=contact-information
heading: dati societari concept=contact-information
# The controller's identity and address (art. 13 GDPR): "Titolare del trattamento".
heading: titolare del trattamento concept=contact-information
heading: titolare del trattamento dei dati concept=contact-information
heading: identità del titolare concept=contact-information
heading: dati del titolare concept=contact-information
heading: titolare concept=contact-information
heading: chi posso contattare concept=how-to-contact
heading: chi contattare concept=how-to-contact
heading: a chi rivolgersi weight=3 concept=how-to-contact
heading: a chi posso rivolgermi weight=3 concept=how-to-contact
heading: come posso contattarvi concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no entry
# overlapping it counts.
# A backup copy is no security practice of its own.
copia di sicurezza
copie di sicurezza
# A software update is not a change to the informativa.
aggiornamento dell'app
aggiornamenti dell'app
aggiornamento dell'applicazione
aggiornamenti dell'applicazione
aggiornamento software
aggiornamenti software
aggiornamento del software
aggiornamenti del software
aggiornamenti automatici
verificare la disponibilità di aggiornamenti
verifica degli aggiornamenti
cercare aggiornamenti
# The version of an app is not the version of the policy.
versione dell'app
versione dell'applicazione
versione del software
# "Utilizzatore" (user) is no use of data.
utilizzatore
utilizzatori
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
# Tracciamento dei contatti e notifiche di esposizione (app sanitarie): i "contatti" sono persone
# esposte, non la sezione contatti; le "chiavi di diagnosi" non sono diagnostica dell'app.
tracciamento dei contatti
tracciamento contatti
contact tracing
contatti a rischio
contatto a rischio
contatti stretti
contatto stretto
notifica di esposizione
notifiche di esposizione
chiave di diagnosi
chiavi di diagnosi
