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

[intro]
heading: introduction
heading: préambule
heading: qui sommes-nous
heading: à propos de cette politique
heading: objet de la politique
heading: portée de la politique
heading: informations générales
heading: responsable du traitement
heading: identité du responsable du traitement
body: la présente politique weight=0.5
body: cette politique de confidentialité weight=0.5
body: en utilisant weight=1.5
body: en accédant weight=1.5
body: accept* weight=1.5
body: décrit weight=1
body: explique weight=1
body: ci-après weight=2
body: dénommé* weight=2
body: responsable du traitement weight=1.5
body: siège social weight=2
body: raison sociale weight=1.5
body: conditions générales weight=1
body: nous nous engageons weight=1
body: site internet weight=0.5
body: services weight=0.3
body: vie privée weight=0.5

[definitions]
heading: définitions
heading: termes définis
heading: glossaire
heading: terminologie
heading: lexique
heading: interprétation
body: désigne weight=3
body: signifie weight=3
body: on entend par weight=3
body: entend weight=1.5
body: au sens de weight=2
body: aux fins de weight=1.5
body: fait référence à weight=2
body: se réfère weight=1.5
body: renvoie à weight=2
body: définition* weight=2
body: terme* weight=1
body: toute information weight=1
body: personne concernée weight=1
body: sous-traitant weight=1
body: pseudonymisation weight=1.5
body: comprend weight=0.5

[collection]
heading: données que nous collectons
heading: informations que nous collectons
heading: quelles données collectons-nous
heading: collecte des données
heading: collecte des informations
heading: données personnelles traitées
heading: catégories de données
heading: origine des données
heading: comment collectons-nous vos données
body: collect* weight=2
body: recueil* weight=2
body: obten* weight=1
body: catégories de données weight=2
body: vous nous fournissez weight=2
body: vous nous communiquez weight=2
body: automatiquement weight=1.5
body: formulaire* weight=1.5
body: nom et prénom weight=1.5
body: adresse électronique weight=1.5
body: adresse e-mail weight=1.5
body: numéro de téléphone weight=1.5
body: adresse ip weight=1.5
body: données de navigation weight=1.5
body: données de connexion weight=1.5
body: données de paiement weight=1
body: type de navigateur weight=1
body: géolocalisation weight=1
body: sources weight=1.5

[use]
heading: comment nous utilisons vos données
heading: utilisation de vos données
heading: utilisation des informations
heading: finalités du traitement
heading: finalités
heading: pourquoi collectons-nous vos données
heading: pourquoi nous traitons vos données
heading: à quelles fins
heading: comment nous utilisons
heading: comment utilisons-nous
body: finalité* weight=2.5
body: fins weight=2
body: afin de weight=1.5
body: dans le but de weight=2
body: utilis* weight=1
body: pour fournir weight=1.5
body: gérer weight=1.5
body: gestion weight=1.5
body: répondre à vos demandes weight=2
body: amélior* weight=1.5
body: personnalis* weight=1.5
body: profilage weight=2
body: prise de décision automatisée weight=1.5
body: prévenir la fraude weight=1.5
body: lutte contre la fraude weight=1.5
body: statisti* weight=1
body: vous envoyer weight=1

[legal-basis]
heading: base juridique
heading: base légale
heading: bases légales du traitement
heading: fondement juridique
heading: fondements juridiques
heading: licéité du traitement
heading: sur quelle base
body: base juridique weight=3
body: base légale weight=3
body: fondement juridique weight=3
body: fondement weight=2
body: intérêt légitime weight=3
body: intérêts légitimes weight=3
body: exécution du contrat weight=2.5
body: mesures précontractuelles weight=2
body: obligation légale weight=2.5
body: obligations légales weight=2
body: intérêts vitaux weight=2
body: intérêt public weight=2
body: article 6 weight=2.5
body: licéité weight=2
body: sur la base de weight=1.5
body: nécessaire à weight=1
body: consentement weight=1
body: rgpd weight=1

[consent]
heading: consentement
heading: votre consentement
heading: retrait du consentement
heading: retirer votre consentement
heading: recueil du consentement
heading: acceptation
body: consent* weight=2.5
body: retir* weight=2.5
body: retrait weight=2.5
body: révoqu* weight=2
body: révocation weight=2
body: à tout moment weight=1
body: sans porter atteinte weight=2
body: licéité du traitement fondé sur le consentement weight=2
body: exprès weight=1
body: explicite weight=1
body: libre weight=0.5
body: acceptez weight=1
body: case à cocher weight=1.5
body: en cochant weight=1.5
body: autoris* weight=1.5

[sharing]
heading: partage des données
heading: avec qui partageons-nous vos données
heading: destinataires des données
heading: destinataires
heading: communication des données
heading: communication à des tiers
heading: transmission à des tiers
heading: divulgation des informations
body: partag* weight=2
body: destinataire* weight=2.5
body: transmett* weight=2
body: transmis weight=1.5
body: communiqu* weight=1
body: tiers weight=1
body: prestataires de services weight=2
body: prestataires weight=2
body: sous-traitants weight=2
body: sociétés du groupe weight=2
body: filiales weight=1.5
body: autorités weight=1.5
body: décision de justice weight=1.5
body: réquisition* weight=1.5
body: fusion weight=2
body: acquisition weight=1.5
body: cession weight=1.5
body: vente weight=1
body: nous ne vendons pas weight=2
body: divulgu* weight=2
body: divulgation weight=2

[cookies]
heading: cookies
heading: politique de cookies
heading: utilisation des cookies
heading: gestion des cookies
heading: cookies et traceurs
heading: cookies et technologies similaires
heading: technologies de suivi
heading: traceurs
body: cookie* weight=3
body: traceur* weight=2.5
body: témoins weight=2.5       # Canadian French for cookies
body: balises web weight=2.5
body: web beacons weight=2
body: pixel* weight=2
body: petits fichiers weight=2.5
body: fichiers texte weight=2
body: technologies similaires weight=2
body: fichiers journaux weight=2
body: google analytics weight=2
body: analytiques weight=1.5
body: cookies de session weight=2
body: persistants weight=2
body: déposé* weight=2
body: paramètres de votre navigateur weight=1.5
body: navigateur weight=1
body: terminal weight=1
body: appareil weight=0.5

[advertising]
heading: publicité
heading: marketing
heading: prospection commerciale
heading: communications marketing
heading: publicité ciblée
heading: publicité personnalisée
heading: newsletter
heading: offres promotionnelles
body: publicit* weight=2.5
body: annonce* weight=2
body: annonceurs weight=2.5
body: réseaux publicitaires weight=2.5
body: publicité ciblée weight=2.5
body: prospection weight=2.5
body: marketing weight=2
body: communications commerciales weight=2.5
body: promotion* weight=2
body: newsletter* weight=2
body: reciblage weight=2
body: retargeting weight=2
body: campagnes weight=1.5
body: offres weight=1.5
body: sollicitations weight=1.5
body: intérêts weight=0.5

[do-not-track]
heading: do not track
heading: ne pas suivre
heading: signaux do not track
heading: global privacy control
heading: contrôle global de la confidentialité
heading: signaux de préférence
body: do not track weight=3
body: ne pas suivre weight=3
body: dnt weight=3
body: global privacy control weight=3
body: contrôle global de la confidentialité weight=3
body: gpc weight=3
body: signal weight=2
body: signaux weight=2
body: nous ne répondons pas weight=2
body: norme weight=1.5
body: standard weight=1
body: suivi weight=1
body: préférence* weight=1
body: paramètres de votre navigateur weight=1
body: navigateur weight=1

[choices]
heading: vos choix
heading: vos options
heading: gestion de vos préférences
heading: préférences de communication
heading: désinscription
heading: se désabonner
heading: opposition à la prospection
heading: contrôle de vos informations
body: désinscri* weight=3
body: désabonn* weight=3
body: lien de désinscription weight=2
body: opt-out weight=2
body: vous pouvez choisir weight=2.5
body: choix weight=2
body: options weight=1.5
body: préférences weight=1.5
body: vous opposer weight=1.5
body: désactiver weight=1.5
body: refuser weight=1.5
body: ne pas fournir weight=1.5
body: paramétrer weight=1
body: paramètres weight=1
body: lien weight=1
body: décider weight=1
body: recevoir weight=0.5

[rights]
heading: vos droits
heading: droits des personnes concernées
heading: exercice de vos droits
heading: comment exercer vos droits
heading: quels sont vos droits
heading: vos droits sur vos données
heading: accès et rectification
heading: droits informatique et libertés
heading: consulter ou mettre à jour weight=2
body: rectification weight=3
body: pouvez accéder weight=2
body: mandataire* weight=2.5
body: effacement weight=3
body: portabilité weight=3
body: opposition weight=2.5
body: limitation du traitement weight=3
body: oubli weight=2
body: accès weight=1.5
body: exerc* weight=2.5
body: droits weight=1.5
body: autorité de contrôle weight=2.5
body: réclamation weight=2
body: cnil weight=3
body: informatique et libertés weight=2.5
body: directives post-mortem weight=2
body: sort de vos données weight=2
body: copie weight=1
body: vérifier votre identité weight=1.5
body: non-discrimination weight=1.5
body: demande weight=1

[retention]
heading: conservation des données
heading: durée de conservation
heading: durées de conservation
heading: délais de conservation
heading: période de conservation
heading: combien de temps conservons-nous vos données
heading: archivage
body: conserv* weight=2.5
body: durée* weight=2
body: délai* weight=2
body: délais légaux weight=2
body: période weight=1.5
body: pendant la durée nécessaire weight=3
body: durée strictement nécessaire weight=3
body: aussi longtemps que weight=2
body: archiv* weight=2
body: prescription weight=2
body: à compter de weight=1.5
body: dernier contact weight=1.5
body: supprim* weight=1.5
body: effac* weight=1
body: détruit* weight=1
body: anonymis* weight=1.5
body: ans weight=1
body: mois weight=1

[security]
heading: sécurité
heading: sécurité des données
heading: sécurité de vos données
heading: mesures de sécurité
heading: comment protégeons-nous vos données
heading: confidentialité et sécurité
heading: protection de vos informations
body: sécurité weight=2
body: mesures techniques et organisationnelles weight=3
body: mesures techniques weight=2
body: organisationnelles weight=2
body: chiffrement weight=2.5
body: chiffrées weight=2
body: crypt* weight=2.5
body: ssl weight=2
body: tls weight=2
body: accès non autorisé weight=2.5
body: perte weight=1.5
body: altération weight=1.5
body: intégrité weight=1.5
body: confidentialité weight=1
body: pare-feu weight=2
body: violation de données weight=2
body: violation weight=1.5
body: mot de passe weight=1.5
body: aucun système weight=2
body: protéger weight=1
body: garantir weight=0.5

[children]
heading: mineurs
heading: enfants
heading: protection des mineurs
heading: données des mineurs
heading: vie privée des enfants
heading: confidentialité des enfants
heading: âge minimum
body: mineur* weight=3
body: enfant* weight=3
body: âgés de moins de weight=2.5
body: parents weight=2.5
body: autorité parentale weight=3
body: représentant légal weight=2.5
body: tuteur weight=2
body: consentement parental weight=2.5
body: 13 ans weight=2
body: 15 ans weight=2
body: 16 ans weight=2
body: 18 ans weight=1.5
body: sciemment weight=2
body: coppa weight=3
body: destiné* weight=1

[international]
heading: transferts internationaux
heading: transferts internationaux de données
heading: transferts de données
heading: transfert des données
heading: localisation des données
heading: où sont stockées vos données
heading: hébergement des données
body: transfer* weight=2.5
body: international* weight=2
body: pays tiers weight=3
body: autres pays weight=2
body: espace économique européen weight=2
body: eee weight=2
body: clauses contractuelles types weight=3
body: clauses contractuelles standard weight=3
body: adéquation weight=2.5
body: niveau de protection adéquat weight=2.5
body: garanties appropriées weight=2
body: data privacy framework weight=2.5
body: privacy shield weight=2
body: états-unis weight=1.5
body: serveurs weight=1.5
body: hébergé* weight=1.5
body: union européenne weight=1
body: situés weight=1

[regional]
heading: résidents de californie
heading: avis aux résidents de californie
heading: droits des résidents californiens
heading: utilisateurs européens
heading: résidents du canada
heading: dispositions spécifiques
heading: informations complémentaires selon votre pays
heading: avis régionaux
body: californi* weight=3
body: ccpa weight=3
body: cpra weight=3
body: loi californienne weight=3
body: shine the light weight=2.5
body: résident* weight=2
body: consommateur* weight=1.5
body: vente de renseignements personnels weight=2
body: informations personnelles sensibles weight=1.5
body: nevada weight=2.5
body: virginie weight=2
body: lgpd weight=2.5
body: brésil weight=1.5
body: québec weight=2
body: loi 25 weight=2.5
body: lprpde weight=2.5
body: canada weight=1.5
body: nlpd weight=2.5          # Swiss revised Federal Act on Data Protection
body: suisse weight=1.5
body: juridiction weight=1.5
body: état weight=0.5

[third-party-sites]
heading: liens vers des sites tiers
heading: sites tiers
heading: services tiers
heading: sites web de tiers
heading: services de tiers weight=1.5
heading: liens externes
heading: liens hypertextes
heading: plateformes tierces
heading: réseaux sociaux
body: liens weight=2.5
body: hypertexte* weight=2
body: sites tiers weight=3
body: sites web de tiers weight=3
body: sites web tiers weight=3
body: sites de tiers weight=3
body: nous ne sommes pas responsables weight=2.5
body: décline toute responsabilité weight=2.5
body: aucun contrôle weight=2
body: leurs propres politiques de confidentialité weight=2.5
body: plugin* weight=2
body: modules sociaux weight=2
body: réseaux sociaux weight=2
body: externes weight=1.5
body: en cliquant weight=1.5
body: quittez weight=1.5
body: nous vous invitons weight=1
body: contenu weight=0.5

[changes]
heading: modifications de la politique
heading: modifications de cette politique
heading: modification de la politique de confidentialité
heading: mises à jour
heading: mise à jour de la politique
heading: évolution de la politique
heading: entrée en vigueur
heading: modifications
body: modifi* weight=2
body: mise à jour weight=2.5
body: mises à jour weight=2
body: dernière mise à jour weight=3
body: actualis* weight=1.5
body: changement* weight=1.5
body: changements importants weight=2.5
body: entrée en vigueur weight=2.5
body: en vigueur weight=1.5
body: périodiquement weight=2
body: régulièrement weight=1.5
body: de temps à autre weight=2
body: nous nous réservons le droit weight=2
body: consulter weight=1.5
body: informerons weight=1.5
body: notifi* weight=1.5
body: publierons weight=1.5
body: version weight=1.5
body: avis weight=0.5

[contact]
heading: contact
heading: nous contacter
heading: contactez-nous
heading: comment nous contacter
heading: coordonnées
heading: délégué à la protection des données
heading: questions
heading: des questions
body: contact* weight=2
body: délégué à la protection des données weight=2.5
body: dpd weight=2
body: dpo weight=2
body: adresse électronique weight=1.5
body: adresse postale weight=2
body: par courrier weight=2
body: téléphone weight=1.5
body: questions weight=2
body: interrogations weight=2
body: écrivez weight=2
body: vous pouvez nous écrire weight=2.5
body: adresser weight=1.5
body: service client weight=1.5
body: siège weight=1
body: rue weight=1
body: remarques weight=1
