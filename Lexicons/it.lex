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

[intro]
heading: introduzione
heading: premessa
heading: chi siamo
heading: informativa sulla privacy
heading: ambito di applicazione
heading: oggetto
heading: informazioni generali
heading: titolare del trattamento
heading: identità del titolare
body: la presente informativa weight=0.5
body: questa informativa weight=0.5
body: informativa weight=0.3
body: si applica weight=1.5
body: ambito di applicazione weight=2
body: utilizzando weight=1.5
body: accedendo weight=1.5
body: accett* weight=1.5
body: descrive weight=1
body: di seguito weight=2
body: titolare del trattamento weight=1.5
body: sede legale weight=2
body: partita iva weight=1.5
body: articolo 13 weight=2
body: art. 13 weight=2
body: ci impegniamo weight=1
body: sito web weight=0.5
body: servizi weight=0.3

[definitions]
heading: definizioni
heading: glossario
heading: termini definiti
heading: terminologia
heading: significato dei termini
heading: interpretazione
body: si intende weight=3
body: si intendono weight=3
body: significa weight=3
body: indica weight=2
body: designa weight=2
body: ai fini della presente weight=2
body: ai sensi weight=1
body: definizion* weight=2
body: termini weight=1
body: qualsiasi informazione weight=1
body: persona fisica weight=1.5
body: identificabile weight=1.5
body: interessato weight=1
body: responsabile del trattamento weight=1
body: pseudonimizzazione weight=1.5
body: include weight=0.5

[collection]
heading: dati raccolti
heading: quali dati raccogliamo
heading: dati che raccogliamo
heading: informazioni che raccogliamo
heading: tipologie di dati raccolti
heading: categorie di dati
heading: raccolta dei dati
heading: fonte dei dati
heading: dati trattati
body: raccol* weight=2
body: raccogli* weight=2
body: acquisi* weight=1.5
body: ottenu* weight=1
body: tipologie di dati weight=2
body: categorie di dati weight=2
body: da lei forniti weight=2
body: forniti volontariamente weight=2
body: automaticamente weight=1.5
body: modulo weight=1.5
body: moduli weight=1.5
body: nome e cognome weight=1.5
body: indirizzo email weight=1.5
body: indirizzo e-mail weight=1.5
body: numero di telefono weight=1.5
body: indirizzo ip weight=1.5
body: dati di navigazione weight=2
body: dati di pagamento weight=1
body: tipo di browser weight=1
body: geolocalizzazione weight=1
body: fonti weight=1.5

[use]
heading: come utilizziamo i dati
heading: come usiamo le informazioni
heading: utilizzo dei dati
heading: finalità del trattamento
heading: finalità
heading: per quali finalità
heading: scopi del trattamento
heading: perché trattiamo i suoi dati
heading: come utilizziamo
heading: come usiamo
body: finalità weight=2.5
body: scopi weight=2
body: scopo weight=2
body: al fine di weight=2
body: allo scopo di weight=2
body: utilizz* weight=1.5
body: usiamo weight=1.5
body: per fornire weight=1.5
body: gestire weight=1.5
body: gestione weight=1.5
body: evadere weight=2
body: rispondere alle richieste weight=2
body: miglior* weight=1.5
body: personalizz* weight=1.5
body: profilazione weight=2.5
body: processi decisionali automatizzati weight=1.5
body: prevenzione delle frodi weight=1.5
body: statistic* weight=1
body: inviare weight=1

[legal-basis]
heading: base giuridica
heading: basi giuridiche
heading: base giuridica del trattamento
heading: base legale
heading: fondamento giuridico
heading: presupposti di liceità
heading: liceità del trattamento
body: base giuridica weight=3
body: basi giuridiche weight=3
body: base legale weight=3
body: legittimo interesse weight=3
body: interesse legittimo weight=3
body: esecuzione di un contratto weight=2.5
body: esecuzione del contratto weight=2.5
body: misure precontrattuali weight=2
body: obbligo legale weight=2.5
body: obblighi di legge weight=2
body: adempimento weight=2
body: interessi vitali weight=2
body: interesse pubblico weight=2
body: articolo 6 weight=2.5
body: art. 6 weight=2.5
body: liceità weight=2
body: presupposto weight=1.5
body: consenso weight=1
body: gdpr weight=1

[consent]
heading: consenso
heading: il consenso
heading: revoca del consenso
heading: revoca del consenso al trattamento
heading: come revocare il consenso
heading: prestazione del consenso
body: consenso weight=2.5
body: consensi weight=2
body: revoc* weight=2.5
body: in qualsiasi momento weight=1
body: in ogni momento weight=1
body: senza pregiudicare la liceità weight=2.5
body: prestato weight=1.5
body: facoltativo weight=1.5
body: espresso weight=1
body: esplicito weight=1
body: inequivocabile weight=1.5
body: libero weight=0.5
body: accetta weight=1
body: casella weight=1.5
body: spuntando weight=1.5
body: autorizz* weight=1.5

[sharing]
heading: condivisione dei dati
heading: comunicazione dei dati
heading: comunicazione a terzi
heading: destinatari dei dati
heading: destinatari
heading: categorie di destinatari
heading: a chi comunichiamo i dati
heading: diffusione dei dati
body: condivid* weight=2
body: condivisione weight=2
body: destinatar* weight=2.5
body: comunica* weight=1
body: diffus* weight=2
body: divulg* weight=1.5
body: terzi weight=1
body: fornitori di servizi weight=2
body: responsabili del trattamento weight=2
body: responsabili esterni weight=2
body: società del gruppo weight=2
body: controllate weight=1.5
body: autorità weight=1.5
body: autorità giudiziaria weight=2
body: fusione weight=2
body: acquisizione weight=1.5
body: cessione weight=1.5
body: vendita weight=1
body: non vendiamo weight=2

[cookies]
heading: cookie
heading: cookie policy
heading: informativa sui cookie
heading: utilizzo dei cookie
heading: cookie e tecnologie simili
heading: tecnologie di tracciamento
heading: cosa sono i cookie
body: cookie* weight=3
body: piccoli file weight=2.5
body: file di testo weight=2
body: tecnologie simili weight=2
body: web beacon weight=2
body: pixel* weight=2
body: file di log weight=2
body: google analytics weight=2
body: analitic* weight=1.5
body: cookie di sessione weight=2
body: persistenti weight=2
body: tecnici weight=1.5
body: di profilazione weight=1.5
body: memorizza* weight=1
body: tracciamento weight=1.5
body: impostazioni del browser weight=1.5
body: browser weight=1
body: dispositivo weight=0.5

[advertising]
heading: pubblicità
heading: marketing
heading: marketing diretto
heading: comunicazioni commerciali
heading: comunicazioni promozionali
heading: pubblicità personalizzata
heading: pubblicità basata sugli interessi
heading: newsletter
body: pubblicit* weight=2.5
body: annunci weight=2.5
body: inserzionisti weight=2.5
body: reti pubblicitarie weight=2.5
body: materiale pubblicitario weight=2.5
body: comunicazioni commerciali weight=2.5
body: marketing weight=2
body: promozional* weight=2
body: newsletter weight=2
body: vendita diretta weight=2
body: ricerche di mercato weight=2
body: remarketing weight=2
body: campagne weight=1.5
body: offerte weight=1.5
body: interessi weight=0.5

[do-not-track]
heading: do not track
heading: non tracciare
heading: segnali do not track
heading: global privacy control
heading: controllo globale della privacy
heading: segnali di preferenza
body: do not track weight=3
body: non tracciare weight=3
body: dnt weight=3
body: global privacy control weight=3
body: controllo globale della privacy weight=3
body: gpc weight=3
body: segnale weight=2
body: segnali weight=2
body: non rispondiamo weight=2
body: standard weight=1.5
body: tracciamento weight=1
body: preferenz* weight=1
body: impostazioni del browser weight=1
body: browser weight=1

[choices]
heading: le sue scelte
heading: le tue scelte
heading: opzioni
heading: disiscrizione
heading: cancellazione dalla newsletter
heading: come opporsi al marketing
heading: gestione delle preferenze
heading: preferenze di comunicazione
body: disiscri* weight=3
body: cancellarsi weight=2.5
body: opt-out weight=2
body: può scegliere weight=2.5
body: scelte weight=2
body: opzioni weight=1.5
body: preferenze weight=1.5
body: opporsi weight=1.5
body: disattivare weight=1.5
body: rifiutare weight=1.5
body: non fornire weight=1.5
body: impostazioni weight=1
body: link weight=1
body: decidere weight=1
body: ricevere weight=0.5

[rights]
heading: i suoi diritti
heading: i tuoi diritti
heading: diritti degli interessati
heading: diritti degli utenti
heading: esercizio dei diritti
heading: come esercitare i suoi diritti
heading: quali sono i suoi diritti
heading: accesso e rettifica
heading: consultare o aggiornare weight=2
body: diritto di accesso weight=3
body: può accedere weight=2
body: agent* autorizzat* weight=2.5
body: rettifica weight=3
body: cancellazione weight=2.5
body: oblio weight=2.5
body: portabilità weight=3
body: opposizione weight=2.5
body: limitazione del trattamento weight=3
body: esercit* weight=2.5
body: esercizio weight=2
body: diritti weight=1.5
body: autorità di controllo weight=2.5
body: reclamo weight=2
body: garante weight=3
body: garante per la protezione dei dati personali weight=3
body: articoli da 15 a 22 weight=2.5
body: copia weight=1
body: verificare la sua identità weight=1.5
body: richiesta weight=1

[retention]
heading: conservazione dei dati
heading: periodo di conservazione
heading: tempi di conservazione
heading: durata della conservazione
heading: per quanto tempo conserviamo i dati
heading: modalità e durata del trattamento
heading: data retention
body: conserv* weight=2.5
body: periodo di conservazione weight=3
body: tempi di conservazione weight=3
body: per il tempo necessario weight=3
body: non oltre weight=2
body: per un periodo weight=2
body: periodo weight=1
body: durata weight=1.5
body: termini di prescrizione weight=2.5
body: prescrizione weight=2
body: decorsi weight=2
body: al termine weight=1.5
body: obblighi di legge weight=1.5
body: cancell* weight=1.5
body: distrutti weight=1
body: anonimizz* weight=1.5
body: anni weight=1
body: mesi weight=1

[security]
heading: sicurezza
heading: sicurezza dei dati
heading: sicurezza delle informazioni
heading: misure di sicurezza
heading: come proteggiamo i suoi dati
heading: modalità del trattamento
body: sicurezza weight=2
body: misure tecniche e organizzative weight=3
body: misure di sicurezza adeguate weight=3
body: misure tecniche weight=2
body: organizzative weight=2
body: crittograf* weight=2.5
body: cifrat* weight=2.5
body: ssl weight=2
body: tls weight=2
body: accesso non autorizzato weight=2.5
body: accessi non autorizzati weight=2.5
body: perdita weight=1.5
body: distruzione weight=1.5
body: alterazione weight=1.5
body: riservatezza weight=2
body: firewall weight=2
body: violazione dei dati weight=2
body: data breach weight=2
body: password weight=1.5
body: nessun sistema weight=2
body: proteggere weight=1
body: garantire weight=0.5

[children]
heading: minori
heading: dati dei minori
heading: privacy dei minori
heading: tutela dei minori
heading: utenti minorenni
heading: bambini
heading: età minima
body: minori weight=3
body: minorenni weight=3
body: minore di weight=2
body: bambini weight=3
body: età weight=2
body: genitori weight=2.5
body: responsabilità genitoriale weight=3
body: tutore weight=2
body: consenso dei genitori weight=2.5
body: 13 anni weight=2
body: 14 anni weight=2           # Italian age of digital consent
body: 16 anni weight=2
body: 18 anni weight=1.5
body: consapevolmente weight=2
body: coppa weight=3
body: rivolti weight=1

[international]
heading: trasferimenti internazionali
heading: trasferimento dei dati
heading: trasferimento dei dati extra ue
heading: trasferimenti extra ue
heading: trasferimento di dati verso paesi terzi
heading: luogo del trattamento
heading: dove conserviamo i dati
body: trasferi* weight=2.5
body: internazional* weight=2
body: paesi terzi weight=3
body: extra ue weight=3
body: fuori dallo spazio economico europeo weight=3
body: spazio economico europeo weight=2
body: see weight=1.5
body: clausole contrattuali standard weight=3
body: clausole contrattuali tipo weight=3
body: decisione di adeguatezza weight=3
body: livello di protezione adeguato weight=2.5
body: garanzie adeguate weight=2
body: data privacy framework weight=2.5
body: stati uniti weight=1.5
body: server weight=1
body: unione europea weight=1
body: ubicat* weight=1

[regional]
heading: residenti in california
heading: informativa per i residenti in california
heading: diritti dei residenti della california
heading: utenti dello spazio economico europeo
heading: disposizioni specifiche per paese
heading: informazioni aggiuntive per determinate giurisdizioni
heading: avvisi regionali
body: california weight=3
body: ccpa weight=3
body: cpra weight=3
body: shine the light weight=2.5
body: resident* weight=2
body: consumator* weight=1.5
body: vendita di informazioni personali weight=2
body: informazioni personali sensibili weight=1.5
body: nevada weight=2.5
body: virginia weight=2
body: lgpd weight=2.5
body: brasile weight=1.5
body: canada weight=1.5
body: pipeda weight=2.5
body: svizzera weight=1.5
body: giurisdizion* weight=1.5
body: stato weight=0.5

[third-party-sites]
heading: link ad altri siti
heading: siti di terzi
heading: siti web di terzi
heading: servizi di terze parti
heading: link esterni
heading: collegamenti ad altri siti
heading: social network
heading: plugin social
body: link weight=2
body: collegament* weight=2
body: siti di terzi weight=3
body: siti web di terzi weight=3
body: siti terzi weight=3
body: terze parti weight=1.5
body: non siamo responsabili weight=2.5
body: non è responsabile weight=2
body: nessun controllo weight=2
body: proprie informative weight=2.5
body: informative privacy weight=1.5
body: plugin* weight=2
body: social network weight=2
body: esterni weight=1.5
body: cliccando weight=1.5
body: abbandon* weight=1.5
body: la invitiamo weight=1
body: contenuti weight=0.5

[changes]
heading: modifiche alla presente informativa
heading: modifiche a questa informativa
heading: modifiche e aggiornamenti
heading: aggiornamenti
heading: aggiornamento della privacy policy
heading: modifiche
heading: entrata in vigore
body: modific* weight=2
body: aggiorn* weight=2
body: ultimo aggiornamento weight=3
body: ultima modifica weight=3
body: entrata in vigore weight=2.5
body: in vigore weight=1.5
body: periodicamente weight=2
body: di volta in volta weight=2
body: si riserva il diritto weight=2
body: ci riserviamo il diritto weight=2
body: consultare weight=1.5
body: notific* weight=1.5
body: pubblicheremo weight=1.5
body: pubblicata weight=1
body: versione weight=1.5
body: cambiament* weight=1.5
body: avviso weight=0.5

[contact]
heading: contatti
heading: contattaci
heading: come contattarci
heading: dati di contatto
heading: responsabile della protezione dei dati
heading: domande
heading: per informazioni
body: contatt* weight=2
body: responsabile della protezione dei dati weight=2.5
body: rpd weight=2.5
body: dpo weight=2
body: posta elettronica weight=1.5
body: pec weight=2               # posta elettronica certificata
body: indirizzo postale weight=2
body: raccomandata weight=1.5
body: telefono weight=1.5
body: domande weight=2
body: dubbi weight=2
body: chiarimenti weight=2
body: scrivendo weight=2
body: può rivolgersi weight=2.5
body: servizio clienti weight=1.5
body: sede weight=1
body: richieste weight=1
