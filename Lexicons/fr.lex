# French lexicon (France, Belgium, Switzerland, Canada; formal "vous" register)
@language fr
@name French
@fold-accents yes            # "données" matches "donnees"
# Terms avoid elided forms (d', l', s', qu'): text may write the apostrophe as ' or as ’,
# so a phrase such as "droit d'accès" is written here through its other words.

[profile]
# Function words first. weight=3 marks words that tell French from Italian, Romanian,
# Spanish and Portuguese; words the Romance languages share ("de", "la", "en") stay at 1.
le
la
les weight=3
de
des weight=3
du
un
une weight=3
et weight=3
ou
a                            # also "à" after accent folding
au weight=3
aux weight=3
en
dans weight=3
par weight=2
pour weight=3
sur weight=3
avec weight=3
sans weight=3
sous
entre
chez weight=3
vers
selon weight=3
lors weight=3
afin weight=3
depuis weight=3
pendant weight=3
notamment weight=3
ainsi weight=3
que
qui weight=3
dont weight=3
ce
cet weight=3
cette weight=3
ces weight=3
ceux weight=3
celle weight=3
il
ils weight=3
elle
elles weight=3
leur weight=3
leurs weight=3
vous weight=3
nous weight=3
votre weight=3
vos weight=3
notre weight=3
nos
se
ne weight=3
pas weight=3
plus
est weight=3
sont weight=3
être weight=3
été weight=3
sera weight=3
seront weight=3
avez weight=3
avons weight=3
ont weight=3
peut weight=3
peuvent weight=3
pouvons weight=3
pouvez weight=3
doit
faire
fait
si
mais
car weight=3
comme
tout
toute
toutes
tous weight=3
autre
autres
aucun weight=3
aucune weight=3
certains
même
y
très
lorsque weight=3
également weight=3
aussi
auprès weight=3
conformément weight=3
ci
# words frequent in privacy policies
données weight=3
personnelles weight=3
personnel
informations
renseignements weight=3
politique
confidentialité weight=3
vie
privée weight=3
traitement weight=2
site weight=0.5
services weight=0.5
utilisateur weight=3
utilisateurs weight=3
tiers weight=3
droit
droits
protection weight=0.5
consentement weight=3
finalités weight=3
finalité weight=3
responsable
intérêt
légitime
accès
demande
courrier
électronique weight=2
adresse weight=3
compte
produits
société weight=3
cas
mesures
sécurité weight=3
conserver
conservées weight=3
nécessaire
applicable weight=0.5
client weight=0.5
clients weight=0.5
utilisation weight=3
utiliser
utilisons weight=3
collecter
collectons weight=3
collecte weight=3
partager
fournir
relation
contact weight=0.5
suivantes
moyen
nom
téléphone
personne
concernée
durée weight=3
cookies weight=0.5
navigateur weight=3
appareil
légale
obligation weight=0.5
contrat
envoyer
recevoir
exercer
temps
date weight=0.5
loi
règlement
lien
jour
fin
cadre
ligne
email weight=0.5

[units]
year: an, ans, année, années
month: mois
week: semaine, semaines
day: jour, jours, journée, journées
hour: heure, heures
minute: minute, minutes
business-day: jour ouvré, jours ouvrés, jour ouvrable, jours ouvrables

[numbers]
1: un, une
2: deux
3: trois
4: quatre
5: cinq
6: six
7: sept
8: huit
9: neuf
10: dix
11: onze
12: douze
13: treize
15: quinze
16: seize
18: dix-huit
20: vingt
24: vingt-quatre
30: trente
60: soixante
90: quatre-vingt-dix, nonante      # nonante: Belgium and Switzerland
100: cent

[references]
gdpr: rgpd, règlement général sur la protection des données, gdpr, 2016/679
ccpa: ccpa, loi californienne sur la protection de la vie privée des consommateurs, california consumer privacy act
cpra: cpra, loi californienne sur les droits à la vie privée, california privacy rights act
coppa: coppa, loi sur la protection de la vie privée des enfants en ligne
lgpd: lgpd, loi générale sur la protection des données, lei geral de proteção de dados
pipeda: lprpde, pipeda, loi sur la protection des renseignements personnels et les documents électroniques

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
conditions d'utilisation
conditions générales d'utilisation
conditions générales
cgu
conditions de service
conditions d'utilisation du service
droit applicable
loi applicable
droit applicable et juridiction compétente
loi applicable et juridiction compétente
droit applicable et juridiction
loi applicable et juridiction
droit applicable et tribunaux compétents
juridiction compétente
juridiction
attribution de juridiction
divisibilité
autonomie des clauses
nullité partielle
intégralité de l'accord
intégralité du contrat
accord intégral
renonciation
non-renonciation
force majeure
avis de non-responsabilité
clause de non-responsabilité
exclusion de responsabilité
limitation de responsabilité
limitation de la responsabilité
traductions
traduction
autres traductions
versions linguistiques
langue de référence
version faisant foi
la version anglaise prévaut
la version anglaise fait foi
prévalence de la version anglaise
primauté de la version anglaise
la version française prévaut
licence
droits d'auteur
droit d'auteur
copyright
crédits
remerciements
table des matières
sommaire
propriété intellectuelle
droits d'auteur et propriété intellectuelle
droit d'auteur et propriété intellectuelle
propriété intellectuelle et droits d'auteur
marques
droits de propriété intellectuelle
# Closing legal notes (en: "Legal information and disclaimer").
informations légales et clause de non-responsabilité
informations juridiques et clause de non-responsabilité
clause de non-responsabilité et informations légales
# The record a controller keeps under GDPR Art. 30 (en: "Record of processing activities").
registre des activités de traitement
registre des traitements
décharge de responsabilité
déni de responsabilité
exonération de responsabilité
# Conditions d'utilisation mêlées à la page de confidentialité : devoirs de l'utilisateur, licence des contenus.
responsabilité de l'utilisateur
responsabilités de l'utilisateur
responsabilité des utilisateurs
responsabilités des utilisateurs
obligations de l'utilisateur
obligations des utilisateurs
licence des contenus
licence du contenu

[intro]
heading: introduction concept=introduction
heading: préambule concept=introduction
heading: qui sommes-nous concept=who-we-are
heading: à propos de cette politique concept=about-this-policy
heading: objet de la politique concept=about-this-policy
heading: portée de la politique concept=scope
heading: informations générales concept=introduction
body: la présente politique weight=0.5 concept=this-privacy-policy
body: cette politique de confidentialité weight=0.5 concept=this-privacy-policy
body: en utilisant weight=1.5 concept=by-using
body: en accédant weight=1.5 concept=by-using
body: accept* weight=1.5 concept=acceptance-of-policy
body: décrit weight=1 concept=policy-describes
body: explique weight=1 concept=policy-describes
body: ci-après weight=2 concept=referred-to-as
body: dénommé* weight=2 concept=referred-to-as
body: responsable du traitement weight=1.5
body: siège social weight=2
body: raison sociale weight=1.5
body: conditions générales weight=1 concept=terms-of-use
body: nous nous engageons weight=1 concept=committed-to-privacy
body: site internet weight=0.5 concept=website
body: services weight=0.3 concept=services
body: vie privée weight=0.5 concept=privacy
# Added with the shared concept inventory (concepts.txt).
heading: résumé concept=summary
heading: en bref concept=summary
heading: aperçu concept=summary
heading: l'essentiel concept=summary
heading: à propos de cet avis concept=about-this-policy
heading: champ d'application concept=scope
heading: périmètre concept=scope
heading: à qui s'applique cette politique concept=scope
heading: notre engagement en matière de confidentialité concept=commitment-to-privacy
heading: notre engagement pour la protection de vos données concept=commitment-to-privacy
heading: notre engagement concept=commitment-to-privacy
heading: acceptation de la présente politique concept=acceptance
heading: acceptation de la politique de confidentialité concept=acceptance
heading: politique de confidentialité weight=0.5 concept=privacy-policy-title
heading: politique de protection des données weight=0.5 concept=privacy-policy-title
heading: déclaration de confidentialité weight=0.5 concept=privacy-policy-title
heading: avis de confidentialité weight=0.5 concept=privacy-policy-title
body: la présente politique décrit concept=policy-describes
body: cette politique explique concept=policy-describes
body: s'applique à concept=policy-applies-to
body: ne s'applique pas concept=policy-applies-to
body: en visitant concept=by-using
body: si vous n'êtes pas d'accord concept=if-you-do-not-agree
body: si vous n'acceptez pas concept=if-you-do-not-agree
body: respectons votre vie privée concept=committed-to-privacy
body: veuillez lire concept=please-read
body: lire attentivement concept=please-read
body: conditions d'utilisation concept=terms-of-use
body: confidentialité weight=0.3 concept=privacy
body: site weight=0.3 concept=website
body: société weight=0.3 concept=company
# Other usual wordings of the opening sections, the document title (French "charte", Swiss
# "déclaration de protection des données") and impersonal forms ("la Société s'engage").
heading: présentation concept=introduction
heading: avant-propos concept=introduction
heading: objet de la présente politique concept=about-this-policy
heading: à propos de la présente politique concept=about-this-policy
heading: portée de la présente politique concept=scope
heading: qui est responsable du traitement concept=who-we-are
heading: qui est responsable concept=who-we-are
heading: charte de confidentialité weight=0.5 concept=privacy-policy-title
heading: charte de protection des données weight=0.5 concept=privacy-policy-title
heading: charte vie privée weight=0.5 concept=privacy-policy-title
heading: déclaration de protection des données weight=0.5 concept=privacy-policy-title
body: a pour objet de vous informer concept=policy-describes
body: décrit la manière dont concept=policy-describes
body: explique comment concept=policy-describes
body: s'appliquent à concept=policy-applies-to
body: en naviguant concept=by-using
body: en vous inscrivant concept=by-using
body: accordons une grande importance concept=committed-to-privacy
body: s'engage à protéger concept=committed-to-privacy
# «nous», «notre» ou «nos»: quotes and commas fall away in matching.
body: nous notre ou nos concept=we-us-defined
body: nous nos ou notre concept=we-us-defined
body: nous notre nos concept=we-us-defined
heading: à propos de nous weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
heading: en quelques mots concept=summary
heading: en résumé concept=summary
heading: en un coup d'œil concept=summary
heading: en un coup d'oeil concept=summary
heading: qui gère concept=who-we-are
heading: qui exploite concept=who-we-are
heading: qui est derrière concept=who-we-are

[definitions]
heading: définitions concept=definitions
heading: termes définis concept=key-terms
heading: glossaire concept=key-terms
heading: terminologie concept=key-terms
heading: lexique concept=key-terms
heading: interprétation concept=interpretation
body: désigne weight=3 concept=means
body: signifie weight=3 concept=means
body: on entend par weight=3 concept=means
body: entend weight=1.5 concept=means
body: au sens de weight=2 concept=as-used-in-this-policy
body: aux fins de weight=1.5 concept=as-used-in-this-policy
body: fait référence à weight=2 concept=refers-to
body: se réfère weight=1.5 concept=refers-to
body: renvoie à weight=2 concept=refers-to
body: définition* weight=2 concept=defined-terms-intro
body: terme* weight=1 concept=defined-terms-intro
body: toute information weight=1 concept=personal-data-means
body: personne concernée weight=1 concept=gdpr-roles
body: sous-traitant weight=1 concept=gdpr-roles
body: pseudonymisation weight=1.5
body: comprend weight=0.5 concept=includes
# Added with the shared concept inventory (concepts.txt).
heading: définition des termes concept=definitions
heading: interprétation et définitions concept=interpretation
heading: termes utilisés dans la présente politique concept=key-terms
heading: qu'entendons-nous par concept=what-we-mean-by
heading: ce que nous entendons par concept=what-we-mean-by
body: les définitions suivantes concept=defined-terms-intro
body: aux fins de la présente politique concept=as-used-in-this-policy
body: personne physique identifiée ou identifiable concept=identifiable-person
body: identifiée ou identifiable concept=identifiable-person
body: ci-après concept=hereinafter
body: responsable du traitement weight=1 concept=gdpr-roles
body: données personnelles weight=0.2 concept=personal-data
body: données à caractère personnel weight=0.2 concept=personal-data
body: utilisateur weight=0.3 concept=user
heading: signification des termes concept=key-terms
heading: termes employés concept=key-terms
heading: vocabulaire concept=key-terms
body: s'entend de concept=means
body: est défini comme concept=means
body: ont la signification concept=means
body: au sens du rgpd concept=as-used-in-this-policy
body: données à caractère personnel désigne concept=personal-data-means
body: données personnelles désigne concept=personal-data-means
body: renseignements personnels désigne concept=personal-data-means

[collection]
heading: données que nous collectons concept=what-we-collect
# App permissions as a heading ("Permissions"), as English has it.
heading: autorisations de l'application concept=what-we-collect
heading: permissions de l'application concept=what-we-collect
heading: informations que nous collectons concept=what-we-collect
heading: quelles données collectons-nous concept=what-we-collect
heading: collecte des données concept=collection-of-information
heading: collecte des informations concept=collection-of-information
heading: données personnelles traitées concept=what-we-collect
heading: catégories de données concept=categories-of-data
heading: origine des données concept=sources-of-information
heading: comment collectons-nous vos données concept=how-we-collect
body: collect* weight=2 concept=we-collect
body: recueil* weight=2 concept=we-collect
body: obten* weight=1 concept=we-collect
body: catégories de données weight=2 concept=data-categories
body: vous nous fournissez weight=2 concept=you-provide
body: vous nous communiquez weight=2 concept=you-provide
body: automatiquement weight=1.5 concept=automatically
body: formulaire* weight=1.5 concept=forms
body: nom et prénom weight=1.5 concept=name
body: adresse électronique weight=1.5 concept=contact-details
body: adresse e-mail weight=1.5 concept=contact-details
body: numéro de téléphone weight=1.5 concept=contact-details
body: adresse ip weight=1.5 concept=device-data
body: données de navigation weight=1.5 concept=usage-data
body: données de connexion weight=1.5 concept=usage-data
body: données de paiement weight=1 concept=payment-data
body: type de navigateur weight=1 concept=device-data
body: géolocalisation weight=1 concept=location-data
body: sources weight=1.5 concept=sources
# A list of the data handled, announced in the text (en: "the following data is processed:").
body: les données suivantes weight=2.5 concept=following-data
body: les informations suivantes weight=2.5 concept=following-data
body: les données personnelles suivantes weight=2.5 concept=following-data
body: les données à caractère personnel suivantes weight=2.5 concept=following-data
body: les catégories de données suivantes weight=2.5 concept=following-data
# Added with the shared concept inventory (concepts.txt).
heading: données collectées concept=what-we-collect
heading: informations collectées concept=what-we-collect
heading: sources des données concept=sources-of-information
heading: source des informations concept=sources-of-information
heading: informations que vous nous fournissez concept=information-you-provide
heading: données que vous nous communiquez concept=information-you-provide
# Job applications: the data applicants hand over.
heading: candidature concept=information-you-provide
heading: candidatures concept=information-you-provide
heading: recrutement concept=information-you-provide
heading: processus de candidature concept=information-you-provide
heading: données collectées automatiquement concept=collected-automatically
heading: informations collectées automatiquement concept=collected-automatically
heading: comment nous collectons vos données concept=how-we-collect
heading: catégories de données personnelles concept=categories-of-data
heading: catégories de données à caractère personnel concept=categories-of-data
body: accessibles au public concept=publicly-available
body: publiquement disponibles concept=publicly-available
body: adresse postale concept=contact-details
body: système d'exploitation concept=device-data
body: identifiant* de l'appareil concept=device-data
body: données de localisation concept=location-data
body: données d'utilisation concept=usage-data
body: données démographiques concept=demographic-data
body: nom weight=1 concept=name
body: compte weight=0.3 concept=account
body: informations weight=0.1 concept=information
# Headings asking which personal data are processed (GDPR style): "What personal data do we process?"
heading: quelles sont les données concept=what-we-collect
heading: quelles données personnelles concept=what-we-collect
# Question and participle headings, with "recueillir" beside "collecter" and the Canadian
# "renseignements (personnels)".
heading: quelles informations collectons-nous concept=what-we-collect
heading: quelles données recueillons-nous concept=what-we-collect
heading: quelles informations recueillons-nous concept=what-we-collect
heading: quels renseignements concept=what-we-collect
heading: données recueillies concept=what-we-collect
heading: informations recueillies concept=what-we-collect
heading: renseignements recueillis concept=what-we-collect
heading: renseignements que nous recueillons concept=what-we-collect
heading: données que nous recueillons concept=what-we-collect
heading: informations que nous recueillons concept=what-we-collect
heading: données personnelles collectées concept=what-we-collect
heading: données personnelles recueillies concept=what-we-collect
heading: données personnelles que nous collectons concept=what-we-collect
heading: informations personnelles collectées concept=what-we-collect
heading: données à caractère personnel collectées concept=what-we-collect
heading: données traitées concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: autorisations concept=what-we-collect
heading: permissions concept=what-we-collect
heading: autorisations demandées concept=what-we-collect
heading: collecte de données concept=collection-of-information
heading: collecte de vos données concept=collection-of-information
heading: collecte des renseignements concept=collection-of-information
heading: collecte de renseignements personnels concept=collection-of-information
heading: collecte d'informations concept=collection-of-information
heading: données que vous nous fournissez concept=information-you-provide
heading: informations fournies par vous concept=information-you-provide
heading: données que vous nous transmettez concept=information-you-provide
heading: données recueillies automatiquement concept=collected-automatically
heading: informations recueillies automatiquement concept=collected-automatically
heading: collecte automatique concept=collected-automatically
heading: comment recueillons-nous vos données concept=how-we-collect
heading: modalités de collecte concept=how-we-collect
heading: provenance des données concept=sources-of-information
heading: types de données concept=categories-of-data
heading: catégories de renseignements personnels concept=categories-of-data
body: vous nous transmettez concept=you-provide
body: que vous fournissez concept=you-provide
body: adresse de courrier électronique concept=contact-details
body: adresse courriel concept=contact-details
body: identifiant unique concept=device-data
body: modèle de l'appareil concept=device-data
body: historique de navigation concept=usage-data
body: données bancaires concept=payment-data
body: coordonnées bancaires concept=payment-data
body: informations de paiement concept=payment-data
body: sources publiques concept=publicly-available
body: catégories de renseignements personnels concept=data-categories
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: rapports de plantage concept=collected-automatically
heading: rapports d'erreur concept=collected-automatically
heading: rapports d'incident concept=collected-automatically
heading: données de diagnostic concept=collected-automatically
heading: diagnostics concept=collected-automatically
heading: journaux concept=collected-automatically
heading: journalisation concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: ce qui reste sur votre weight=2 concept=on-device-data
heading: reste sur votre appareil weight=2 concept=on-device-data
heading: restent sur votre appareil weight=2 concept=on-device-data
heading: traitées localement weight=2 concept=on-device-data
heading: traités localement weight=2 concept=on-device-data
heading: données stockées localement weight=2 concept=on-device-data
heading: traitement local weight=2 concept=on-device-data
heading: traitement sur l'appareil weight=2 concept=on-device-data
body: rapport* de plantage weight=2.5 concept=usage-data
body: rapports d'erreur weight=2 concept=usage-data
body: journaux de plantage weight=2.5 concept=usage-data
body: journaux de débogage weight=2.5 concept=usage-data
body: données de diagnostic weight=2 concept=usage-data
body: jeton push weight=2.5 concept=device-data
body: jeton de notification* weight=2.5 concept=device-data
body: jetons de notification weight=2.5 concept=device-data
# Data-category headings named by a qualifier ("Données consultées", "Données de contact"):
# a category of data collected, not the contact or security section.
heading: données consultées concept=categories-of-data
heading: données d'identification concept=categories-of-data
heading: données de localisation concept=categories-of-data
heading: données techniques concept=categories-of-data
# Contacting by a channel as a processing activity ("Demande par e-mail, téléphone ou fax",
# as en "Inquiry by email"); a bare "Prise de contact" stays contact.
heading: demande par e-mail weight=3 concept=information-you-provide
heading: demande par email weight=3 concept=information-you-provide
heading: demandes par e-mail weight=3 concept=information-you-provide
heading: demande par téléphone weight=3 concept=information-you-provide
heading: prise de contact par weight=3 concept=information-you-provide
heading: contact par e-mail weight=3 concept=information-you-provide
heading: contact par email weight=3 concept=information-you-provide
# A contact form as a processing activity (what the form collects), as en "Contact form"; "Nous contacter" stays contact.
heading: formulaire de contact weight=3 concept=information-you-provide
heading: formulaires de contact weight=3 concept=information-you-provide
# The GDPR template of contacting as processing: "Si vous nous contactez par e-mail, ... votre demande
# sera stockée"; "les demandes de contact".
body: si vous nous contactez par weight=2.5 concept=you-provide
body: demandes de contact weight=2 concept=forms
# "Données à caractère personnel traitées": the list of the data processed (even with cookies as one item).
heading: données à caractère personnel traitées concept=what-we-collect
heading: catégories de données traitées concept=what-we-collect
# "What we collect" as a relative clause inside a longer heading ("Personal information that we
# collect"); weak, since "How we use the information we collect" is about the use.
heading: que nous collectons weight=0.5 concept=what-we-collect
heading: que nous recueillons weight=0.5 concept=what-we-collect
# Coordinated heading "<collection> and use (of information)" (Information Collection and Use): the collection noun leads.
heading: collecte et utilisation concept=collection-of-information
# Contact data as a kind of data collected ("Données de contact"), not where to write.
heading: données de contact concept=categories-of-data
# Log data (what the app or server records of a use): "log data".
body: données de journal weight=1.5 concept=usage-data

[use]
heading: comment nous utilisons vos données concept=how-we-use
heading: utilisation de vos données concept=use-of-information
# De-identified data as a heading: what is done with it (use), not how long data is kept.
heading: informations dépersonnalisées weight=2 concept=use-of-information
heading: données dépersonnalisées weight=2 concept=use-of-information
heading: informations désidentifiées weight=2 concept=use-of-information
heading: données désidentifiées weight=2 concept=use-of-information
heading: utilisation des informations concept=use-of-information
heading: finalités du traitement concept=purposes-of-processing
heading: finalités concept=purposes-of-processing
heading: pourquoi collectons-nous vos données concept=why-we-collect
heading: pourquoi nous traitons vos données concept=why-we-collect
heading: à quelles fins concept=purposes-of-processing
heading: comment nous utilisons concept=how-we-use
heading: comment utilisons-nous concept=how-we-use
body: finalité* weight=2.5 concept=purposes
body: fins weight=2 concept=purposes
body: afin de weight=1.5 concept=purposes
body: dans le but de weight=2 concept=purposes
# Not utilis*: it also begins "utilisateur(s)" (user), which names no use of data.
body: utilise* weight=1 concept=we-use
body: utilisons weight=1 concept=we-use
body: utilisation* weight=1 concept=we-use
body: utilisant weight=1 concept=we-use
body: utilisez weight=1 concept=we-use
body: pour fournir weight=1.5 concept=to-provide
body: gérer weight=1.5 concept=to-administer
body: gestion weight=1.5 concept=to-administer
body: répondre à vos demandes weight=2 concept=to-respond
body: amélior* weight=1.5 concept=to-improve
body: personnalis* weight=1.5 concept=to-personalise
body: profilage weight=2 concept=profiling
body: prise de décision automatisée weight=1.5 concept=automated-decisions
body: prévenir la fraude weight=1.5 concept=to-prevent-fraud
body: lutte contre la fraude weight=1.5 concept=to-prevent-fraud
body: statisti* weight=1 concept=to-analyse
body: vous envoyer weight=1 concept=to-send
# Added with the shared concept inventory (concepts.txt).
heading: traitement des données personnelles concept=processing-of-personal-data
heading: traitement de vos données personnelles concept=processing-of-personal-data
heading: comment nous traitons vos données personnelles concept=processing-of-personal-data
body: nous utilisons concept=we-use
body: pour les finalités suivantes concept=following-purposes
body: aux fins suivantes concept=following-purposes
body: exécuter vos commandes concept=to-fulfil
body: développer de nouveaux concept=to-develop
body: communiquer avec vous concept=to-communicate
body: analyser concept=to-analyse
body: diagnostiquer concept=to-troubleshoot
body: résoudre les problèmes concept=to-troubleshoot
body: études de marché concept=research
body: traiter les paiements concept=to-process-transactions
body: traiter vos commandes concept=to-process-transactions
body: respecter nos obligations légales concept=to-comply-with-law
# Headings asking for what purpose data are processed: "For what purpose are personal data processed?"
heading: à quelle fin concept=purposes-of-processing
heading: dans quel but concept=purposes-of-processing
heading: pourquoi traitons-nous concept=why-we-collect
heading: pourquoi collectons-nous concept=why-we-collect
heading: pourquoi utilisons-nous concept=why-we-collect
heading: finalités de la collecte concept=why-we-collect
heading: utilisation des données concept=use-of-information
heading: utilisation de vos informations concept=use-of-information
heading: utilisation des renseignements concept=use-of-information
heading: usage des données concept=use-of-information
heading: objectifs du traitement concept=purposes-of-processing
heading: pour quelles finalités concept=purposes-of-processing
heading: comment traitons-nous vos données concept=processing-of-personal-data
heading: traitements mis en œuvre concept=processing-of-personal-data
body: fournir nos services concept=to-provide
body: fourniture des services concept=to-provide
body: exécution de vos commandes concept=to-fulfil
body: gestion de votre compte concept=to-administer
body: répondre à vos questions concept=to-respond
body: prévention de la fraude concept=to-prevent-fraud
body: décisions automatisées concept=automated-decisions
body: décision individuelle automatisée concept=automated-decisions
body: satisfaire à nos obligations légales concept=to-comply-with-law
heading: pourquoi nous avons besoin de vos données concept=why-we-collect
# Purpose headings asked with other verbs and "(vos données sont traitées) pour les finalités suivantes".
heading: pourquoi traitons-nous vos données concept=why-we-collect
heading: pourquoi traitons nous concept=why-we-collect
heading: pourquoi enregistrons-nous concept=why-we-collect
heading: pour les finalités suivantes concept=purposes-of-processing
heading: aux fins suivantes concept=purposes-of-processing
# "Utilisation des données collectées / de localisation": the use word is the head.
heading: utilisation des données collectées concept=use-of-information
heading: utilisation des données personnelles concept=use-of-information
heading: utilisation des données de localisation concept=use-of-information
heading: utilisation de vos données personnelles concept=use-of-information
heading: à quoi servent vos données concept=how-we-use
heading: à quoi utilisons-nous concept=how-we-use
# The Chrome Web Store "Limited Use" disclosure (how data from the extension may be used), in French or kept in English.
heading: utilisation limitée weight=2 concept=how-we-use
heading: limited use weight=2 concept=how-we-use
heading: décision* automatisée* concept=automated-decision-making
heading: décision* individuelle* automatisée* concept=automated-decision-making
heading: prise de décision automatisée concept=automated-decision-making
heading: profilage concept=automated-decision-making

[legal-basis]
heading: base juridique concept=legal-basis
heading: base légale concept=legal-basis
heading: bases légales du traitement concept=legal-basis
heading: fondement juridique concept=legal-basis
heading: fondements juridiques concept=legal-basis
heading: licéité du traitement concept=legal-basis
heading: sur quelle base concept=why-allowed
body: base juridique weight=2 concept=legal-basis-term
body: base légale weight=2 concept=legal-basis-term
body: fondement juridique weight=2 concept=legal-basis-term
body: fondement weight=2 concept=legal-basis-term
body: intérêt légitime weight=2 concept=legitimate-interests
body: intérêts légitimes weight=2 concept=legitimate-interests
body: exécution du contrat weight=2.5 concept=performance-of-contract
body: mesures précontractuelles weight=2 concept=performance-of-contract
body: obligation légale weight=2.5 concept=legal-obligation
body: obligations légales weight=2 concept=legal-obligation
body: intérêts vitaux weight=2 concept=vital-interests
body: intérêt public weight=2 concept=public-interest
body: article 6 weight=2.5 concept=article-6
body: licéité weight=2 concept=lawful
body: sur la base de weight=1 concept=on-the-basis-of
body: nécessaire à weight=1 concept=processing-necessary
body: consentement weight=1 concept=consent-as-basis
body: rgpd weight=1
# Added with the shared concept inventory (concepts.txt).
heading: sur quelle base traitons-nous vos données concept=why-allowed
heading: pourquoi sommes-nous autorisés à traiter vos données concept=why-allowed
body: le traitement est nécessaire concept=processing-necessary
body: droits et libertés fondamentaux concept=balancing-test
body: mise en balance concept=balancing-test
body: licite* concept=lawful
body: nécessaire weight=0.5 concept=necessary
heading: bases juridiques concept=legal-basis
heading: fondement légal concept=legal-basis
heading: sur quel fondement concept=why-allowed
heading: autorisés à traiter concept=why-allowed
heading: autorisé à traiter concept=why-allowed
heading: autorisée à traiter concept=why-allowed
heading: en droit de traiter concept=why-allowed
heading: sur quels fondements concept=why-allowed
body: fondement légal weight=2 concept=legal-basis-term
body: bases légales weight=2 concept=legal-basis-term
body: bases juridiques weight=2 concept=legal-basis-term
body: exécution d'un contrat weight=2.5 concept=performance-of-contract
body: sur le fondement de weight=1.5 concept=on-the-basis-of
body: repose sur weight=1.5 concept=on-the-basis-of
body: art 6 weight=2.5 concept=article-6 # "art. 6 RGPD"
# "Base légale du traitement", "Fondement juridique": the heading still names the section.

[consent]
heading: consentement concept=your-consent
heading: votre consentement concept=your-consent
heading: retrait du consentement concept=withdrawal-of-consent
heading: retirer votre consentement concept=withdrawal-of-consent
heading: recueil du consentement concept=your-consent
heading: acceptation concept=your-consent
body: consent* weight=2.5 concept=you-consent
body: retir* weight=2.5 concept=withdraw
body: retrait weight=2.5 concept=withdraw
body: révoqu* weight=2 concept=withdraw
body: révocation weight=2 concept=withdraw
body: à tout moment weight=1 concept=at-any-time
body: sans porter atteinte weight=2 concept=without-affecting-lawfulness
body: licéité du traitement fondé sur le consentement weight=2 concept=without-affecting-lawfulness
body: exprès weight=1 concept=explicit-consent
body: explicite weight=1 concept=explicit-consent
body: libre weight=0.5 concept=freely-given
body: acceptez weight=1 concept=you-agree
body: case à cocher weight=1.5 concept=opt-in
body: en cochant weight=1.5 concept=opt-in
body: autoris* weight=1.5 concept=permission
# Added with the shared concept inventory (concepts.txt).
heading: comment retirer votre consentement concept=withdrawal-of-consent
heading: consentement et retrait concept=withdrawal-of-consent
body: consentement explicite concept=explicit-consent
body: librement concept=freely-given
body: changez d'avis concept=change-your-mind
body: permission concept=permission
body: avant le retrait concept=without-affecting-lawfulness
heading: retrait de votre consentement concept=withdrawal-of-consent
heading: retirer son consentement concept=withdrawal-of-consent
body: en acceptant weight=1 concept=you-agree
body: vous acceptez weight=1 concept=you-agree
body: éclairé weight=1 concept=explicit-consent # "libre, spécifique, éclairé et univoque"
body: univoque weight=1.5 concept=explicit-consent

[sharing]
heading: partage des données concept=sharing-of-information
heading: avec qui partageons-nous vos données concept=who-we-share-with
heading: destinataires des données concept=who-we-share-with
heading: destinataires concept=who-we-share-with
heading: à qui concept=who-we-share-with
heading: communication des données concept=sharing-of-information
heading: communication à des tiers concept=third-parties
heading: transmission à des tiers concept=third-parties
heading: divulgation des informations concept=disclosure-of-information
body: partag* weight=2 concept=share
body: destinataire* weight=2.5 concept=recipients
body: transmett* weight=2 concept=disclose
body: transmis weight=1.5 concept=disclose
body: communiqu* weight=1 concept=disclose
body: tiers weight=1 concept=third-parties-term
body: prestataires de services weight=2 concept=service-providers
body: prestataires weight=2 concept=service-providers
body: sous-traitants weight=2 concept=service-providers
body: sociétés du groupe weight=2 concept=affiliates
body: filiales weight=1.5 concept=affiliates
body: autorités weight=1.5 concept=authorities
body: décision de justice weight=1.5 concept=legal-process
body: réquisition* weight=1.5 concept=legal-process
body: fusion weight=2 concept=corporate-transaction
body: acquisition weight=1.5 concept=corporate-transaction
body: cession weight=1.5 concept=corporate-transaction
body: vente weight=1 concept=sell
body: nous ne vendons pas weight=2 concept=sell
body: divulgu* weight=2 concept=disclose
body: divulgation weight=2 concept=disclose
# Added with the shared concept inventory (concepts.txt).
heading: partage et divulgation concept=sharing-of-information
heading: comment nous partageons vos données concept=how-we-share
heading: informations que nous partageons concept=how-we-share
heading: divulgation à des tiers concept=disclosure-of-information
heading: tiers concept=third-parties
heading: prestataires de services concept=service-providers-heading
heading: sous-traitants concept=service-providers-heading
heading: transferts d'entreprise concept=business-transfers
heading: fusions et acquisitions concept=business-transfers
heading: obligations légales concept=legal-requests
heading: demandes des autorités concept=legal-requests
heading: vente de données personnelles concept=sale-of-information
heading: vendons-nous vos données concept=sale-of-information
body: pour notre compte concept=on-our-behalf
body: en notre nom concept=on-our-behalf
body: partenaires commerciaux concept=business-partners
body: faillite concept=corporate-transaction
body: forces de l'ordre concept=authorities
body: bonne foi concept=legal-process
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: transfert de données à des tiers concept=transfer-to-third-parties
heading: transmission de données à des tiers concept=transfer-to-third-parties
heading: communication de données à des tiers concept=transfer-to-third-parties
# Recipients asked as access: "Who has access to your personal data?"
heading: qui a accès à vos données concept=who-we-share-with
heading: partage de vos données concept=sharing-of-information
heading: partage des informations concept=sharing-of-information
heading: partage de vos informations concept=sharing-of-information
heading: partage des renseignements concept=sharing-of-information
heading: communication de vos données concept=sharing-of-information
heading: transmission des données concept=sharing-of-information
heading: transmission de vos données concept=sharing-of-information
heading: destinataires de vos données concept=who-we-share-with
heading: qui sont les destinataires concept=who-we-share-with
heading: avec qui partageons-nous concept=who-we-share-with
heading: à qui communiquons-nous concept=who-we-share-with
heading: qui a accès concept=who-we-share-with
heading: divulgation de vos données concept=disclosure-of-information
heading: divulgation des renseignements concept=disclosure-of-information
heading: sous-traitance concept=service-providers-heading
heading: vente de vos données concept=sale-of-information
heading: vendons-nous concept=sale-of-information
heading: vendons nous concept=sale-of-information
heading: commercialisons-nous concept=sale-of-information
heading: vente de vos informations concept=sale-of-information
heading: vente de vos informations personnelles concept=sale-of-information
heading: vente des données concept=sale-of-information
heading: vente d'informations personnelles concept=sale-of-information
heading: nous ne vendons pas concept=sale-of-information
body: vendre vos données weight=2 concept=sell
body: vendre vos informations weight=2 concept=sell
body: ne vendons pas weight=2 concept=sell
body: ne vendrons jamais weight=2 concept=sell
body: ne vendrons pas weight=2 concept=sell
body: ne louons pas weight=2 concept=sell
body: personnel habilité weight=2 concept=recipients # CNIL: "destinataires: le personnel habilité"
body: autorités compétentes weight=2 concept=authorities
body: autorités judiciaires weight=2 concept=authorities
body: autorités administratives weight=2 concept=authorities
body: partenaires weight=1.5 concept=business-partners
body: restructuration weight=1.5 concept=corporate-transaction
body: nous ne louons pas weight=2 concept=sell
body: ne vendons jamais weight=2 concept=sell
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: hébergement concept=service-providers-heading
heading: hébergeur concept=service-providers-heading
heading: hébergement du site concept=service-providers-heading
heading: réseau de diffusion de contenu concept=service-providers-heading
heading: sous-traitant concept=service-providers-heading
heading: nos sous-traitants concept=service-providers-heading
heading: surveillance des erreurs concept=service-providers-heading
body: hébergé par weight=1.5 concept=service-providers
body: hébergée par weight=1.5 concept=service-providers
body: hébergés par weight=1.5 concept=service-providers
body: hébergées par weight=1.5 concept=service-providers
body: hébergeur* weight=2.5 concept=service-providers
body: hébergeons weight=2 concept=service-providers
body: prestataire d'hébergement weight=2.5 concept=service-providers
body: fournisseur d'hébergement weight=2.5 concept=service-providers
body: accord de traitement des données weight=2 concept=service-providers
body: contrat de sous-traitance weight=2 concept=service-providers
body: accord de sous-traitance weight=2 concept=service-providers
body: réseau de diffusion de contenu weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: plateforme cloud weight=2 concept=service-providers
body: informatique en nuage weight=2 concept=service-providers
body: fournisseur de services cloud weight=2.5 concept=service-providers
body: sur les serveurs de weight=2 concept=service-providers
body: pour le compte de weight=1.5 concept=on-our-behalf
# Recipients asked as access, in the future or as a possibility: "Qui va avoir accès à vos données ?".
heading: qui va avoir accès concept=who-we-share-with
heading: qui aura accès concept=who-we-share-with
heading: qui peut avoir accès concept=who-we-share-with
heading: qui peut accéder concept=who-we-share-with
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: paiements weight=2 concept=payments-purchases
heading: traitement des paiements weight=3 concept=payments-purchases
heading: achats intégrés weight=2 concept=payments-purchases
heading: achats in-app weight=2 concept=payments-purchases
heading: abonnements weight=2 concept=payments-purchases

[cookies]
heading: cookies concept=cookies
heading: politique de cookies concept=cookies
heading: utilisation des cookies concept=cookies
heading: gestion des cookies concept=cookies
heading: cookies et traceurs concept=tracking-technologies
heading: cookies et technologies similaires concept=tracking-technologies
heading: technologies de suivi concept=tracking-technologies
heading: traceurs concept=tracking-technologies
body: cookie* weight=3 concept=cookie
body: traceur* weight=2.5 concept=tracking-technology
body: témoins weight=2.5 concept=cookie       # Canadian French for cookies
body: balises web weight=2.5 concept=web-beacon
body: web beacons weight=2 concept=web-beacon
body: pixel* weight=2 concept=web-beacon
body: petits fichiers weight=2.5 concept=text-files
body: fichiers texte weight=2 concept=text-files
body: technologies similaires weight=2 concept=tracking-technology
body: fichiers journaux weight=2 concept=log-file
body: google analytics weight=2 concept=analytics-term
body: analytiques weight=1.5 concept=analytics-term
body: cookies de session weight=2 concept=cookie-lifetime
body: persistants weight=2 concept=cookie-lifetime
body: déposé* weight=2
body: paramètres de votre navigateur weight=1.5 concept=browser-settings
body: navigateur weight=1 concept=browser
body: terminal weight=1 concept=device
body: appareil weight=0.5 concept=device
# Added with the shared concept inventory (concepts.txt).
heading: balises web concept=web-beacons
heading: pixels concept=web-beacons
heading: fichiers journaux concept=log-files
heading: journaux de connexion concept=log-files
heading: mesure d'audience concept=analytics
heading: analyse concept=analytics
body: mesure d'audience concept=analytics-term
body: stockage local concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: strictement nécessaires concept=cookie-categories
body: fonctionnels weight=1.5 concept=cookie-categories
body: sdk* concept=sdk
body: empreinte numérique concept=fingerprinting
body: fingerprinting concept=fingerprinting
# Canadian French "témoins (de connexion)" and the CNIL's "traceurs".
heading: témoins concept=cookies
heading: témoins de connexion concept=cookies
heading: utilisation de traceurs concept=tracking-technologies
heading: gestion des traceurs concept=tracking-technologies
heading: politique relative aux cookies concept=cookies
body: témoins de connexion weight=3 concept=cookie
body: bandeau cookies weight=2.5 concept=cookie
body: bandeau de consentement weight=2 concept=cookie
body: outils d'analyse weight=2 concept=analytics-term
body: cookies tiers weight=2.5 concept=cookie
heading: web analytique concept=analytics
heading: analyse web concept=analytics
heading: analyse d'audience concept=analytics

[advertising]
heading: publicité concept=advertising
heading: marketing concept=marketing
heading: prospection commerciale concept=marketing
heading: communications marketing concept=marketing-communications
heading: publicité ciblée concept=interest-based-advertising
heading: publicité personnalisée concept=interest-based-advertising
heading: newsletter concept=marketing-communications
heading: offres promotionnelles concept=marketing-communications
body: publicit* weight=2.5 concept=ads
body: annonce* weight=2 concept=ads
body: annonceurs weight=2.5 concept=ad-networks
body: réseaux publicitaires weight=2.5 concept=ad-networks
body: publicité ciblée weight=2.5 concept=interest-based
body: prospection weight=2.5 concept=marketing-purposes
body: marketing weight=2 concept=marketing-purposes
body: communications commerciales weight=2.5 concept=marketing-messages
body: promotion* weight=2 concept=promotions
body: newsletter* weight=2 concept=marketing-messages
body: reciblage weight=2 concept=retargeting
body: retargeting weight=2 concept=retargeting
body: campagnes weight=1.5
body: offres weight=1.5 concept=promotions
body: sollicitations weight=1.5 concept=marketing-messages
body: intérêts weight=0.5 concept=interests
# Added with the shared concept inventory (concepts.txt).
heading: publicité et marketing concept=advertising
heading: marketing direct concept=marketing
heading: publicité comportementale concept=interest-based-advertising
heading: publicité basée sur les centres d'intérêt concept=interest-based-advertising
heading: publicité de tiers concept=third-party-advertising
heading: régies publicitaires concept=third-party-advertising
body: régies publicitaires concept=ad-networks
body: centres d'intérêt concept=interest-based
body: comportementale concept=interest-based
body: remarketing concept=retargeting
body: offres spéciales concept=promotions
body: à des fins de marketing concept=marketing-purposes
body: mesurer l'efficacité concept=ad-measurement
body: your online choices concept=ad-industry-programs
heading: publicités concept=advertising
heading: publicité en ligne concept=advertising
heading: publicités personnalisées concept=interest-based-advertising
heading: communications commerciales concept=marketing-communications
heading: lettre d'information concept=marketing-communications
heading: infolettre concept=marketing-communications
heading: sollicitations commerciales concept=marketing-communications
heading: offres commerciales concept=marketing-communications
body: lettre d'information weight=2.5 concept=marketing-messages
body: lettres d'information weight=2.5 concept=marketing-messages
body: infolettre* weight=2.5 concept=marketing-messages
body: offres commerciales weight=2 concept=promotions
body: ciblage weight=2 concept=interest-based
body: partenaires publicitaires weight=2.5 concept=ad-networks

[do-not-track]
heading: do not track concept=do-not-track
heading: ne pas suivre concept=do-not-track
heading: signaux do not track concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: contrôle global de la confidentialité concept=global-privacy-control
heading: signaux de préférence concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: ne pas suivre weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: contrôle global de la confidentialité weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: signal weight=2 concept=opt-out-preference-signal
body: signaux weight=2 concept=opt-out-preference-signal
body: nous ne répondons pas weight=2 concept=do-not-respond
body: norme weight=1.5 concept=no-uniform-standard
body: standard weight=1 concept=no-uniform-standard
body: suivi weight=1
body: préférence* weight=1
body: paramètres de votre navigateur weight=1
body: navigateur weight=1 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt).
heading: signaux du navigateur concept=preference-signals
body: norme uniforme concept=no-uniform-standard
body: signal de préférence concept=opt-out-preference-signal
body: reconnaiss* concept=honor-signals
body: au fil du temps weight=1.5 concept=cross-site-tracking

[choices]
heading: vos choix concept=your-choices
heading: vos options concept=your-choices
heading: gestion de vos préférences concept=managing-preferences
heading: préférences de communication concept=managing-preferences
heading: désinscription concept=unsubscribing
heading: se désabonner concept=unsubscribing
heading: opposition à la prospection concept=opting-out
heading: contrôle de vos informations concept=your-choices
body: désinscri* weight=3 concept=unsubscribe
body: désabonn* weight=3 concept=unsubscribe
body: lien de désinscription weight=2 concept=unsubscribe-link
body: opt-out weight=2 concept=opt-out
body: vous pouvez choisir weight=2.5 concept=choose-not-to
body: choix weight=2
body: options weight=1.5
body: préférences weight=1.5 concept=preferences
body: vous opposer weight=1.5 concept=opt-out
body: désactiver weight=1.5 concept=disable
body: refuser weight=1.5 concept=decline
body: ne pas fournir weight=1.5 concept=choose-not-to
body: paramétrer weight=1 concept=settings
body: paramètres weight=1 concept=settings
body: lien weight=1 concept=unsubscribe-link
body: décider weight=1 concept=choose-not-to
body: recevoir weight=0.5 concept=receive
# Added with the shared concept inventory (concepts.txt).
heading: comment vous désinscrire concept=opting-out
heading: droit d'opposition concept=opting-out
body: ne plus recevoir concept=unsubscribe
body: e-mails promotionnels concept=promotional-emails
body: paramètres du compte concept=settings
body: notifications push concept=device-permissions
body: services de localisation concept=device-permissions
body: en bas de chaque concept=unsubscribe-link
body: ne pourrez pas concept=consequences-of-refusal
heading: gérer vos préférences concept=managing-preferences
heading: gérer vos choix concept=your-choices
heading: vos préférences concept=managing-preferences
heading: paramètres de confidentialité concept=managing-preferences
heading: comment vous opposer concept=opting-out
heading: se désinscrire concept=unsubscribing
heading: désabonnement concept=unsubscribing
body: lien de désabonnement weight=2 concept=unsubscribe-link
body: paramètres de confidentialité weight=1.5 concept=settings
body: vous pouvez refuser weight=2 concept=decline

[rights]
heading: vos droits concept=your-rights
heading: droits des personnes concernées concept=your-rights
heading: exercice de vos droits concept=exercising-rights
heading: comment exercer vos droits concept=exercising-rights
heading: quels sont vos droits concept=your-rights
heading: vos droits sur vos données concept=your-rights
heading: accès et rectification concept=access-and-correction
heading: droits informatique et libertés concept=your-rights
heading: consulter ou mettre à jour weight=2 concept=access-and-correction
body: rectification weight=3 concept=rectification
body: pouvez accéder weight=2 concept=right-of-access
body: mandataire* weight=2.5 concept=authorized-agent
body: effacement weight=3 concept=erasure
body: portabilité weight=3 concept=portability
body: opposition weight=2.5 concept=right-to-object
body: limitation du traitement weight=3 concept=restriction
body: oubli weight=2 concept=erasure
body: accès weight=1.5 concept=access
body: exerc* weight=2.5 concept=exercise-rights
body: droits weight=1.5
body: autorité de contrôle weight=2.5 concept=complaint-to-authority
body: réclamation weight=2 concept=complaint-to-authority
body: cnil weight=3 concept=complaint-to-authority
body: informatique et libertés weight=2.5
body: directives post-mortem weight=2
body: sort de vos données weight=2
body: copie weight=1 concept=copy-of-data
body: vérifier votre identité weight=1.5 concept=verify-identity
body: non-discrimination weight=1.5 concept=non-discrimination
body: demande weight=1 concept=request
# Added with the shared concept inventory (concepts.txt).
heading: mandataires autorisés concept=authorized-agents
heading: agents autorisés concept=authorized-agents
body: droit d'accès concept=right-of-access
body: droit d'opposition concept=right-to-object
body: inexact* concept=rectification
body: format structuré concept=portability
body: introduire une réclamation concept=complaint-to-authority
body: personnes concernées concept=data-subject-rights
heading: exercice des droits concept=exercising-rights
heading: exercer vos droits concept=exercising-rights
heading: droits de la personne concernée concept=your-rights
heading: vos droits rgpd concept=your-rights
heading: accès à vos données concept=access-and-correction
heading: accès à vos renseignements personnels concept=access-and-correction
heading: accès, rectification et suppression concept=access-and-correction
body: droit de rectification weight=3 concept=rectification
body: droit à l'effacement weight=3 concept=erasure
body: droit à la limitation weight=3 concept=restriction
body: droit à la portabilité weight=3 concept=portability
body: disposez d'un droit weight=2.5 concept=data-subject-rights
body: dispose d'un droit weight=2.5 concept=data-subject-rights
body: autorité de protection des données weight=2.5 concept=complaint-to-authority
body: commission d'accès à l'information weight=3 concept=complaint-to-authority # Québec
body: commissariat à la protection de la vie privée weight=3 concept=complaint-to-authority # Canada
body: justificatif d'identité weight=1.5 concept=verify-identity
body: pièce d'identité weight=1.5 concept=verify-identity
# How soon requests are answered (en: "Response time").
heading: délai de réponse concept=exercising-rights
heading: délais de réponse concept=exercising-rights
heading: délai de traitement des demandes concept=exercising-rights
heading: puis-je accéder concept=access-and-correction
heading: puis-je consulter concept=access-and-correction
heading: puis-je rectifier concept=access-and-correction
heading: puis-je modifier concept=access-and-correction
heading: puis-je supprimer concept=access-and-correction
heading: accéder à mes données concept=access-and-correction
heading: rectifier mes données concept=access-and-correction
heading: modifier mes données concept=access-and-correction
heading: quels sont mes droits concept=your-rights
heading: mes droits concept=your-rights

[retention]
heading: conservation des données concept=data-retention
heading: durée de conservation concept=retention-period
heading: durées de conservation concept=retention-period
heading: délais de conservation concept=retention-period
heading: période de conservation concept=retention-period
heading: combien de temps conservons-nous vos données concept=how-long-we-keep
heading: archivage concept=data-retention
body: conserv* weight=2.5 concept=retain
body: durée* weight=2 concept=retention-criteria
body: délai* weight=2 concept=retention-criteria
body: délais légaux weight=2 concept=legal-retention-requirements
body: période weight=1.5 concept=retention-criteria
body: pendant la durée nécessaire weight=3 concept=as-long-as-necessary
body: durée strictement nécessaire weight=3 concept=as-long-as-necessary
body: aussi longtemps que weight=2 concept=as-long-as-necessary
body: archiv* weight=2 concept=archive
body: prescription weight=2 concept=legal-retention-requirements
body: à compter de weight=1.5
body: dernier contact weight=1.5 concept=inactive-accounts
body: supprim* weight=1.5 concept=destroy
body: effac* weight=1 concept=destroy
body: détruit* weight=1 concept=destroy
body: anonymis* weight=1.5 concept=anonymise
body: ans weight=1 concept=years
body: mois weight=1
# Added with the shared concept inventory (concepts.txt).
heading: stockage et conservation concept=storage-and-retention
heading: conservation et suppression concept=retention-and-deletion
heading: conservation et suppression des données concept=retention-and-deletion
heading: pendant combien de temps conservons-nous vos données concept=how-long-we-keep
body: ne sont plus nécessaires concept=no-longer-needed
body: garder concept=keep
body: gardées concept=keep
body: inacti* concept=inactive-accounts
body: stock* weight=1 concept=store
body: critères concept=retention-criteria
body: obligations comptables concept=legal-retention-requirements
heading: combien de temps concept=how-long-we-keep
heading: pendant combien de temps concept=how-long-we-keep
heading: conservation de vos données concept=data-retention
heading: conservation des informations concept=data-retention
heading: conservation des renseignements concept=data-retention
heading: durée de stockage concept=retention-period
heading: comment stockons-nous concept=storage-and-retention
heading: comment conservons-nous concept=storage-and-retention
heading: comment sont stockées concept=storage-and-retention
heading: comment sont conservées concept=storage-and-retention
body: n'excédant pas weight=2.5 concept=as-long-as-necessary # "pour une durée n'excédant pas celle nécessaire"
body: le temps nécessaire weight=2.5 concept=as-long-as-necessary
body: délais de prescription weight=2.5 concept=legal-retention-requirements
body: archivage intermédiaire weight=2.5 concept=archive
body: fin de la relation commerciale weight=2.5 concept=retention-criteria

[security]
heading: sécurité concept=data-security
heading: sécurité des données concept=data-security
heading: sécurité de vos données concept=data-security
heading: mesures de sécurité concept=security-measures
heading: comment protégeons-nous vos données concept=how-we-protect
heading: confidentialité et sécurité concept=data-security
heading: protection de vos informations concept=how-we-protect
body: sécurité weight=2 concept=secure
body: mesures techniques et organisationnelles weight=3 concept=technical-organisational-measures
body: mesures techniques weight=2 concept=technical-organisational-measures
body: organisationnelles weight=2 concept=technical-organisational-measures
body: chiffrement weight=2.5 concept=encryption
body: chiffrées weight=2 concept=encryption
body: crypt* weight=2.5 concept=encryption
body: ssl weight=2 concept=encryption
body: tls weight=2 concept=encryption
body: accès non autorisé weight=3 concept=unauthorized-access
body: perte weight=1.5 concept=loss-misuse-alteration
body: altération weight=1.5 concept=loss-misuse-alteration
body: intégrité weight=1.5 concept=confidentiality
# "Confidentialité" alone mostly means privacy (politique de confidentialité): only the
# confidentiality duty and the security triad count here.
body: obligation de confidentialité weight=2 concept=confidentiality
body: obligations de confidentialité weight=2 concept=confidentiality
body: engagement de confidentialité weight=2 concept=confidentiality
body: accord de confidentialité weight=2 concept=confidentiality
body: tenus à la confidentialité weight=2 concept=confidentiality
body: tenu à la confidentialité weight=2 concept=confidentiality
body: confidentialité et intégrité weight=2 concept=confidentiality
body: confidentialité et l'intégrité weight=2 concept=confidentiality
body: intégrité et la confidentialité weight=2 concept=confidentiality
body: pare-feu weight=2 concept=technical-controls
body: violation de données weight=2.5 concept=breach
body: violation weight=1.5 concept=breach
body: mot de passe weight=1.5 concept=technical-controls
body: aucun système weight=2 concept=no-guarantee
body: protéger weight=1 concept=protect
body: garantir weight=0.5 concept=ensure
# Added with the shared concept inventory (concepts.txt).
heading: comment nous protégeons vos données concept=how-we-protect
body: sécuris* concept=secure
body: garanties concept=safeguards
body: mesures de protection concept=safeguards
body: utilisation abusive concept=loss-misuse-alteration
body: mesures physiques concept=physical-safeguards
body: contrôle d'accès concept=technical-controls
body: incident de sécurité concept=breach
body: vulnérabilit* concept=breach
body: ne pouvons pas garantir concept=no-guarantee
body: à vos propres risques concept=no-guarantee
body: normes du secteur concept=industry-standard
heading: sécurisation des données concept=security-measures
heading: comment nous protégeons concept=how-we-protect
heading: comment protégeons-nous concept=how-we-protect
heading: protection de vos données concept=how-we-protect
body: mesures appropriées weight=1.5 concept=safeguards
body: non autorisé* weight=1.5 concept=unauthorized-access
body: https weight=2 concept=encryption
body: chiffré* weight=2 concept=encryption
body: habilitation* weight=2 concept=technical-controls
body: aucune méthode de transmission weight=3 concept=no-guarantee
# Personal-data breaches and their notification: a security topic.
heading: violation de données concept=data-security
heading: violations de données concept=data-security
heading: violation de données personnelles concept=data-security
heading: violation de données à caractère personnel concept=data-security
heading: violations de la protection des données concept=data-security
heading: violation de la protection des données concept=data-security
heading: notification des violations concept=data-security
heading: incidents de sécurité concept=data-security
body: violations de données weight=3 concept=breach
# Breach notification duties (plural: the singular is GDPR Art. 19, a right).
heading: obligations de notification concept=data-security
heading: données chiffrées concept=data-security
heading: chiffrement concept=data-security
# Breach notification duties: "Notification à l'autorité de contrôle dans les 72 heures".
body: dans les 72 heures suivant weight=2.5 concept=breach
body: notification à l'autorité de contrôle weight=2.5 concept=breach
body: violation de la protection des données weight=2.5 concept=breach

[children]
heading: mineurs concept=minors
heading: enfants concept=childrens-privacy
heading: protection des mineurs concept=minors
heading: données des mineurs concept=childrens-privacy
heading: vie privée des enfants concept=childrens-privacy
heading: confidentialité des enfants concept=childrens-privacy
heading: âge minimum concept=age-limits
body: mineur* weight=3 concept=minors-teens
body: enfant* weight=3 concept=children
body: âgés de moins de weight=2.5 concept=age-threshold
body: parents weight=2.5 concept=parents-guardians
body: autorité parentale weight=3 concept=parents-guardians
body: représentant légal weight=2.5 concept=parents-guardians
body: tuteur weight=2 concept=parents-guardians
body: consentement parental weight=2.5 concept=parental-consent
body: 13 ans weight=2 concept=age-threshold
body: 15 ans weight=2 concept=age-threshold
body: 16 ans weight=2 concept=age-threshold
body: 18 ans weight=1.5 concept=age-threshold
body: sciemment weight=2 concept=knowingly-collect
body: coppa weight=3 concept=coppa
body: destiné* weight=1 concept=not-directed-to-children
# Added with the shared concept inventory (concepts.txt).
heading: enfants de moins de 13 ans concept=age-limits
heading: restrictions d'âge concept=age-limits
heading: utilisation par des mineurs concept=minors
body: adolescents concept=minors-teens
body: titulaire de l'autorité parentale concept=parental-consent
body: si nous apprenons concept=if-we-learn
body: si nous constatons concept=if-we-learn
body: âge concept=age
heading: renseignements sur les enfants concept=childrens-privacy
heading: données concernant les enfants concept=childrens-privacy
body: moins de 13 ans weight=3 concept=age-threshold
body: moins de 15 ans weight=3 concept=age-threshold
body: moins de 16 ans weight=3 concept=age-threshold
body: accord parental weight=3 concept=parental-consent

[international]
heading: transferts internationaux concept=international-transfers
heading: transferts internationaux de données concept=international-transfers
heading: transferts de données concept=data-transfers
heading: transfert des données concept=data-transfers
heading: localisation des données concept=where-we-store
# Swiss and French wording: "Données personnelles à l'étranger", "Communication à l'étranger".
heading: à l'étranger weight=2 concept=international-transfers
heading: où sont stockées vos données concept=where-we-store
heading: hébergement des données concept=where-we-store
body: transfer* weight=1.5 concept=transfer
body: international* weight=2 concept=cross-border
body: pays tiers weight=2 concept=other-countries
body: autres pays weight=2 concept=other-countries
body: espace économique européen weight=2 concept=eea
body: eee weight=2 concept=eea
body: clauses contractuelles types weight=2 concept=transfer-safeguards
body: clauses contractuelles standard weight=2 concept=transfer-safeguards
body: adéquation weight=2.5 concept=adequacy
body: niveau de protection adéquat weight=2.5 concept=adequacy
body: garanties appropriées weight=2 concept=transfer-safeguards
body: data privacy framework weight=2.5 concept=privacy-frameworks
body: privacy shield weight=2 concept=privacy-frameworks
body: états-unis weight=1 concept=united-states
body: serveurs weight=0.5 concept=server-location    # bare word: also the servers of any party ("les serveurs de Google")
body: hébergé* weight=1 concept=server-location
body: union européenne weight=1 concept=eea
body: situés weight=1 concept=server-location
# Added with the shared concept inventory (concepts.txt).
heading: transferts hors de l'union européenne concept=international-transfers
heading: transferts transfrontaliers concept=international-transfers
body: transfrontali* concept=cross-border
body: en dehors de l'espace économique européen concept=eea
body: hors de l'union européenne concept=eea
body: en dehors de votre pays concept=other-countries
body: règles d'entreprise contraignantes concept=transfer-safeguards
body: moins protectrices concept=less-protective
body: juridictions concept=jurisdictions
body: stockées en concept=server-location
body: dans le monde entier concept=around-the-world
heading: transfert hors de l'union européenne concept=international-transfers
heading: transferts hors de l'ue concept=international-transfers
heading: transferts hors ue concept=international-transfers
heading: transferts en dehors de l'union européenne concept=international-transfers
heading: transferts vers des pays tiers concept=international-transfers
heading: transfert vers des pays tiers concept=international-transfers
heading: transfert international concept=international-transfers
heading: où stockons-nous vos données concept=where-we-store
heading: lieu de stockage concept=where-we-store
heading: lieu d'hébergement concept=where-we-store
heading: stockage des données weight=1 concept=where-we-store
heading: stockage de vos données weight=1 concept=where-we-store
heading: stockage de données weight=1 concept=where-we-store
heading: où sont conservées concept=where-we-store
heading: où sont traitées concept=where-we-store
heading: où sont hébergées concept=where-we-store
heading: où sont stockées concept=where-we-store
body: hors de l'ue weight=3 concept=eea
body: en dehors de l'ue weight=3 concept=eea
body: hors ue weight=3 concept=eea
body: décision d'adéquation weight=3 concept=adequacy
body: à l'extérieur du canada weight=2.5 concept=other-countries
body: à l'extérieur du québec weight=2.5 concept=other-countries
body: hors du canada weight=2.5 concept=other-countries
body: hors du québec weight=2.5 concept=other-countries

[regional]
heading: résidents de californie concept=california
heading: avis aux résidents de californie concept=california
heading: droits des résidents californiens concept=california
heading: utilisateurs européens concept=eea-gdpr-notice
heading: résidents du canada concept=jurisdiction-specific
heading: dispositions spécifiques concept=jurisdiction-specific
heading: informations complémentaires selon votre pays concept=jurisdiction-specific
heading: avis régionaux concept=jurisdiction-specific
body: californi* weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: loi californienne weight=3 concept=california-law
body: shine the light weight=2.5 concept=california-law
body: résident* weight=2 concept=residents
body: consommateur* weight=1.5 concept=consumers
body: vente de renseignements personnels weight=2 concept=do-not-sell
body: informations personnelles sensibles weight=1.5
body: nevada weight=2.5 concept=us-states
body: virginie weight=2 concept=us-states
body: lgpd weight=2.5 concept=brazil-lgpd
body: brésil weight=1.5 concept=brazil-lgpd
body: québec weight=2 concept=canada-pipeda
body: loi 25 weight=2.5 concept=canada-pipeda
body: lprpde weight=2.5 concept=canada-pipeda
body: canada weight=1.5 concept=canada-pipeda
body: nlpd weight=2.5          # Swiss revised Federal Act on Data Protection
body: suisse weight=1.5
body: juridiction weight=1.5
body: état weight=0.5 concept=state
# Added with the shared concept inventory (concepts.txt).
heading: résidents du nevada concept=us-state-rights
heading: droits à la vie privée des états américains concept=us-state-rights
heading: résidents de l'espace économique européen concept=eea-gdpr-notice
heading: conformité au rgpd concept=eea-gdpr-notice
body: ne pas vendre concept=do-not-sell
body: vendre ou partager concept=do-not-sell
body: publicité comportementale contextuelle croisée concept=cross-context-advertising
body: incitations financières concept=financial-incentives
body: 12 derniers mois concept=preceding-12-months
body: douze derniers mois concept=preceding-12-months
body: colorado concept=us-states
body: connecticut concept=us-states
body: rgpd concept=eu-gdpr
body: pipeda concept=canada-pipeda
heading: résidents du québec concept=jurisdiction-specific
heading: utilisateurs de l'espace économique européen concept=eea-gdpr-notice
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
heading: annexes régionales concept=jurisdiction-specific
heading: annexe régionale concept=jurisdiction-specific
heading: avis complémentaire pour les résidents concept=jurisdiction-specific
heading: informations complémentaires pour les résidents concept=jurisdiction-specific
heading: lois américaines sur la protection de la vie privée concept=us-state-rights
heading: japon weight=1 concept=jurisdiction-specific
heading: corée du sud weight=1 concept=jurisdiction-specific
heading: république de corée weight=1 concept=jurisdiction-specific
heading: brésil weight=1 concept=jurisdiction-specific
heading: royaume-uni weight=1 concept=jurisdiction-specific

[third-party-sites]
heading: liens vers des sites tiers concept=links-to-other-sites
heading: sites tiers concept=third-party-websites
heading: services tiers weight=2 concept=third-party-services
heading: sites web de tiers concept=third-party-websites
heading: services de tiers weight=2 concept=third-party-services
heading: liens externes concept=links-to-other-sites
heading: liens hypertextes concept=links-to-other-sites
heading: plateformes tierces concept=third-party-services
heading: réseaux sociaux concept=social-media-plugins
body: liens weight=2.5 concept=links
body: hypertexte* weight=2 concept=links
body: sites tiers weight=3 concept=other-sites
body: sites web de tiers weight=3 concept=other-sites
body: sites web tiers weight=3 concept=other-sites
body: sites de tiers weight=3 concept=other-sites
body: nous ne sommes pas responsables weight=2.5 concept=not-responsible
body: ne sommes pas responsables weight=2.5 concept=not-responsible
body: n'en sommes pas responsables weight=2.5 concept=not-responsible
body: cautionn* weight=2 concept=not-responsible
body: un lien weight=2 concept=links
body: décline toute responsabilité weight=2.5 concept=not-responsible
body: aucun contrôle weight=2 concept=not-responsible
body: leurs propres politiques de confidentialité weight=2.5 concept=their-privacy-policies
body: plugin* weight=2 concept=plugins
body: modules sociaux weight=2 concept=plugins
body: réseaux sociaux weight=2
body: externes weight=1.5 concept=other-sites
body: en cliquant weight=1.5 concept=links
body: quittez weight=1.5 concept=leave-our-site
body: nous vous invitons weight=1 concept=encourage-review
body: contenu weight=0.5 concept=content
# Added with the shared concept inventory (concepts.txt).
heading: autres sites web concept=third-party-websites
heading: modules sociaux concept=social-media-plugins
heading: plugins de réseaux sociaux concept=social-media-plugins
heading: politiques de confidentialité des tiers concept=third-party-privacy-policies
heading: pratiques de confidentialité des tiers concept=third-party-privacy-policies
body: applications tierces concept=third-party-applications
body: widgets concept=plugins
body: vérifier weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: médias sociaux concept=social-media-presence
heading: présence sur les réseaux sociaux concept=social-media-presence
heading: pages sur les réseaux sociaux concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: collectées par des tiers concept=third-party-data-collection
heading: recueillies par des tiers concept=third-party-data-collection
heading: collectées par d'autres parties concept=third-party-data-collection
heading: liens vers d'autres sites concept=links-to-other-sites
heading: liens vers des sites externes concept=links-to-other-sites
heading: sites externes concept=third-party-websites
heading: sites web tiers concept=third-party-websites
heading: sites internet tiers concept=third-party-websites
heading: contenus intégrés concept=third-party-services
heading: boutons de partage concept=social-media-plugins
body: autres sites weight=2 concept=other-sites
body: sites internet tiers weight=3 concept=other-sites
body: contenu intégré weight=2 concept=plugins
body: contenus intégrés weight=2 concept=plugins
body: boutons de partage weight=2.5 concept=plugins
body: leur politique de confidentialité weight=3 concept=their-privacy-policies
body: leurs politiques de confidentialité weight=3 concept=their-privacy-policies
body: n'assumons aucune responsabilité weight=2.5 concept=not-responsible
body: ne saurions être tenus responsables weight=2.5 concept=not-responsible
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: contenu intégré concept=third-party-services
heading: contenus tiers concept=third-party-services
heading: contenus de tiers concept=third-party-services
heading: intégration de contenus tiers concept=third-party-services
heading: vidéos intégrées concept=third-party-services
heading: plug-ins concept=social-media-plugins
body: intégrons weight=2.5 concept=plugins
body: intégration de weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: contenus tiers weight=3 concept=other-sites
body: contenu tiers weight=3 concept=other-sites
body: contenus de tiers weight=3 concept=other-sites
body: contenu de tiers weight=3 concept=other-sites
body: plug-in* weight=2 concept=plugins
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: mode de confidentialité avancé weight=2.5 concept=plugins
body: mode de confidentialité renforcé weight=2.5 concept=plugins
body: connecté à votre compte weight=1.5 concept=plugins
body: connectée à votre compte weight=1.5 concept=plugins
body: applet* weight=2 concept=plugins
body: sa propre politique de confidentialité weight=2.5 concept=their-privacy-policies
body: leur propre politique de confidentialité weight=2.5 concept=their-privacy-policies
# Outside tools named in a heading ("Utilisation des moteurs de traduction et des bibliothèques tierces").
heading: bibliothèques tierces concept=third-party-services
heading: outils tiers concept=third-party-services
heading: logiciels tiers concept=third-party-services
heading: moteurs de traduction concept=third-party-services
heading: services de tierces parties concept=third-party-services
heading: services externes concept=third-party-services
heading: sdk tiers concept=third-party-services
heading: plugins tiers concept=third-party-services
heading: synchronisation cloud concept=third-party-services
heading: synchronisation dans le cloud concept=third-party-services
heading: synchronisation icloud concept=third-party-services
heading: sauvegarde icloud concept=third-party-services
heading: sauvegarde dans le cloud concept=third-party-services
heading: synchronisation et sauvegarde concept=third-party-services
heading: services de synchronisation et de sauvegarde concept=third-party-services
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: connexions réseau weight=2 concept=network-connections
heading: requêtes réseau weight=2 concept=network-connections
heading: connexions sortantes weight=2 concept=network-connections
heading: connexions externes weight=2 concept=network-connections
heading: quitte votre appareil weight=2 concept=network-connections
heading: quittent votre appareil weight=2 concept=network-connections
heading: envoyées hors de votre appareil weight=2 concept=network-connections
heading: passe par internet weight=2 concept=network-connections
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
heading: modifications de la politique concept=changes-to-policy
heading: modifications de cette politique concept=changes-to-policy
heading: modification de la politique de confidentialité concept=changes-to-policy
heading: mises à jour concept=policy-updates
heading: mise à jour de la politique concept=policy-updates
heading: évolution de la politique concept=changes-to-policy
heading: entrée en vigueur concept=entry-into-force
heading: modifications concept=amendments
body: modifi* weight=2 concept=change-update
body: mise à jour weight=2.5 concept=change-update
body: mises à jour weight=2 concept=change-update
body: dernière mise à jour weight=3 concept=effective-date
body: actualis* weight=1.5 concept=change-update
body: changement* weight=1.5 concept=change-update
body: changements importants weight=2.5 concept=material-changes
body: entrée en vigueur weight=2.5 concept=effective-date
body: en vigueur weight=1.5 concept=effective-date
body: périodiquement weight=2 concept=from-time-to-time
body: régulièrement weight=1.5 concept=check-back
body: de temps à autre weight=2 concept=from-time-to-time
body: nous nous réservons le droit weight=2 concept=reserve-the-right
body: consulter weight=1.5 concept=check-back
body: informerons weight=1.5 concept=notify-you
body: notifi* weight=1.5 concept=notify-you
body: publierons weight=1.5 concept=posting
body: version weight=1.5 concept=version
body: avis weight=0.5 concept=notice
# Added with the shared concept inventory (concepts.txt).
heading: notification des modifications concept=notification-of-changes
heading: information en cas de modification concept=notification-of-changes
heading: révisions concept=amendments
heading: mises à jour de la présente politique concept=policy-updates
heading: date d'effet concept=entry-into-force
body: modifications substantielles concept=material-changes
body: utilisation continue concept=continued-use
body: poursuite de l'utilisation concept=continued-use
body: version la plus récente concept=latest-version
body: dernière version concept=latest-version
body: avec effet immédiat concept=effective-immediately
# Where a changed policy is posted: "(we will post the new policy) on this page".
body: sur cette page weight=1 concept=posting
heading: modification de la présente politique concept=changes-to-policy
heading: modifications apportées concept=changes-to-policy
heading: évolution de la présente politique concept=changes-to-policy
heading: dernière mise à jour concept=entry-into-force
heading: date de mise à jour concept=entry-into-force
body: vous en informer weight=1.5 concept=notify-you
body: date de mise à jour weight=3 concept=effective-date

[contact]
heading: contact concept=contact-us
heading: nous contacter concept=contact-us
heading: contactez-nous concept=contact-us
heading: comment nous contacter concept=how-to-contact
heading: coordonnées concept=contact-information
heading: délégué à la protection des données concept=data-protection-officer
heading: questions concept=questions
heading: des questions concept=questions
body: contact* weight=2 concept=please-contact
body: délégué à la protection des données weight=2.5 concept=dpo
body: dpd weight=2 concept=dpo
body: dpo weight=2 concept=dpo
body: adresse électronique weight=1.5 concept=by-email
body: adresse postale weight=2 concept=postal-address
body: par courrier weight=2 concept=postal-address
body: téléphone weight=1.5 concept=telephone
body: questions weight=2 concept=questions-comments
body: interrogations weight=2 concept=questions-comments
body: écrivez weight=2 concept=please-contact
body: vous pouvez nous écrire weight=2.5 concept=please-contact
body: adresser weight=1.5 concept=please-contact
body: service client weight=1.5 concept=customer-service
body: siège weight=1 concept=postal-address
body: rue weight=1 concept=postal-address
body: remarques weight=1 concept=questions-comments
# Added with the shared concept inventory (concepts.txt).
heading: coordonnées de contact concept=contact-information
heading: informations de contact concept=contact-information
heading: questions et réclamations concept=questions
heading: dpo concept=data-protection-officer
body: par e-mail concept=by-email
body: par courriel concept=by-email
body: commentaires concept=questions-comments
body: adresse weight=0.3 concept=address
heading: nous joindre concept=contact-us
heading: contacts concept=contact-us
heading: contacter le dpo concept=data-protection-officer
heading: pour toute question concept=questions
body: pour toute question weight=2.5 concept=questions-comments
body: n'hésitez pas à nous contacter weight=3 concept=please-contact
body: nous joindre weight=2.5 concept=please-contact
body: courriel weight=1.5 concept=by-email
body: à l'attention de weight=2.5 concept=postal-address
body: cedex weight=2.5 concept=postal-address
heading: mentions légales concept=contact-information
heading: mention légale concept=contact-information
heading: éditeur du site concept=contact-information
heading: informations sur l'organisme responsable concept=contact-information
heading: organisme responsable concept=contact-information
heading: colophon concept=contact-information
# The controller's identity and address (art. 13 RGPD): "Responsable du traitement".
heading: responsable du traitement concept=contact-information
heading: responsable de traitement concept=contact-information
heading: identité du responsable du traitement concept=contact-information
heading: coordonnées du responsable du traitement concept=contact-information
# The controllers named in a heading of their own, plural and "traitements" forms.
heading: responsables de traitement concept=contact-information
heading: responsables du traitement concept=contact-information
heading: responsable des traitements concept=contact-information
heading: responsable de traitements concept=contact-information
heading: qui puis-je contacter concept=how-to-contact
heading: qui contacter concept=how-to-contact
heading: à qui s'adresser weight=3 concept=how-to-contact
heading: à qui puis-je m'adresser weight=3 concept=how-to-contact
heading: comment vous contacter concept=how-to-contact
heading: comment puis-je vous contacter concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no entry
# overlapping it counts.
# A backup copy is no copy of your data handed to you (access right).
copie de sauvegarde
copies de sauvegarde
# A software update is not a change to the policy.
rechercher des mises à jour
recherchez des mises à jour
recherche de mises à jour
rechercher une mise à jour
recherchez une mise à jour
vérifier les mises à jour
vérification des mises à jour
mise à jour de l'application
mises à jour de l'application
mise à jour de l'appli
mises à jour de l'appli
mise à jour du logiciel
mises à jour du logiciel
mise à jour logicielle
mises à jour logicielles
mises à jour automatiques
rechercher les mises à jour
recherchez les mises à jour
recherche des mises à jour
recherche automatique des mises à jour
# The version of an app is not the version of the policy.
version de l'application
version de l'appli
version du logiciel
fichier de version
# An authority's name is no security practice.
agence nationale de la sécurité des systèmes d'information
# What you write (type) is not writing to us.
ce que vous écrivez
que vous écrivez
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
# Traçage des contacts et notifications d'exposition (applications sanitaires) : les « contacts »
# sont des personnes exposées, pas la section de contact ; les « clés de diagnostic » non plus
# des diagnostics de l'application.
traçage des contacts
suivi des contacts
recherche des contacts
contacts à risque
contact à risque
cas contact
cas contacts
personnes contacts
notification d'exposition
notifications d'exposition
clé de diagnostic
clés de diagnostic
# The time to answer a request ("répondre dans un délai d'un mois à compter de la réception de
# votre demande") is no retention period.
répondre dans un délai
répond dans un délai
réponse dans un délai
dans un délai d'un mois
à compter de la réception
