# Greek lexicon
# Wording follows localized Greek policies (Google, Cosmote, Skroutz) and the Greek text of
# the GDPR (ΓΚΠΔ: υπεύθυνος επεξεργασίας, εκτελών την επεξεργασία, έννομο συμφέρον,
# διαβίβαση, φορητότητα, εναντίωση).
@language el
@name Greek
@fold-accents yes    # tonos and dialytika are ignored: δεδομένα matches δεδομενα and ΔΕΔΟΜΕΝΑ
# Entries are written with their accents for readability; after folding, stems such as
# δεδομέν* match every case form.

[profile]
# Function words first, then words frequent in policies.
και
να
το
τα
την
της
του
των
τη
ο
η
οι
τον
τις
τους
σε
στο
στα
στην
στη
στις
στον
στους
από
με
για
ως
προς
κατά
μετά
χωρίς
μέσω
έως
μεταξύ
παρά
υπό
δεν
μη
μην
θα
αν
εάν
ότι
πως
που
όταν
όπως
ενώ
αλλά
επίσης
μόνο
ακόμη
ήδη
είναι
έχει
έχουν
έχετε
μπορεί
μπορούμε
μπορείτε
πρέπει
ένα
μία
ένας
αυτό
αυτά
αυτή
αυτές
αυτών
αυτού
αυτήν
αυτούς
οποία
οποίο
οποίες
οποίων
οποίου
οποίος
σας
σου
μας
μου
εσείς
εμείς
εμάς
τυχόν
κάθε
όλα
όλες
όλων
οποιαδήποτε
κατόπιν
άλλες
άλλων
σχετικά
σύμφωνα
βάσει
πλαίσιο
περίπτωση
περιπτώσεις
ειδικότερα
δηλαδή
δεδομένα
δεδομένων
προσωπικά
προσωπικών
προσωπικού
χαρακτήρα
πληροφορίες
πληροφοριών
επεξεργασία
επεξεργασίας
συγκατάθεση
συγκατάθεσης
πολιτική
πολιτικής
απορρήτου
προστασία
προστασίας
ασφάλεια
ασφαλείας
υπηρεσίες
υπηρεσιών
ιστότοπο
ιστοσελίδα
χρήστη
χρηστών
χρήστες
τρίτα
τρίτους
τρίτων
μέρη
δικαίωμα
δικαιώματα
νομοθεσία
νομοθεσίας
σκοπό
σκοπούς
εταιρεία
εταιρείας
διεύθυνση
συλλέγουμε
χρησιμοποιούμε
επεξεργαζόμαστε
διατηρούμε
παρέχουμε
απαιτείται
υπεύθυνος
κανονισμού
γκπδ
cookies
email

[units]
year: έτος, έτη, ετών, έτους, χρόνο, χρόνια, χρόνων
month: μήνα, μήνες, μηνών, μήνας
week: εβδομάδα, εβδομάδες, εβδομάδων
day: ημέρα, ημέρες, ημερών, μέρα, μέρες
hour: ώρα, ώρες, ωρών
minute: λεπτό, λεπτά, λεπτών
business-day: εργάσιμη ημέρα, εργάσιμες ημέρες, εργάσιμων ημερών

[numbers]
# ένα/μία is also the indefinite article: it counts only next to a unit or a digit.
1: ένα, ένας, μία, ενός
2: δύο
3: τρία, τρεις, τριών
4: τέσσερα, τέσσερις, τεσσάρων
5: πέντε
6: έξι
7: επτά, εφτά
8: οκτώ, οχτώ
9: εννέα, εννιά
10: δέκα
11: έντεκα
12: δώδεκα
13: δεκατρία, δεκατρείς, δεκατριών
15: δεκαπέντε
16: δεκαέξι
18: δεκαοκτώ, δεκαοχτώ
20: είκοσι
24: είκοσι τέσσερα, είκοσι τέσσερις, εικοσιτέσσερα, εικοσιτεσσάρων
30: τριάντα
60: εξήντα
90: ενενήντα
100: εκατό

[references]
gdpr: γκπδ, γενικός κανονισμός για την προστασία δεδομένων, γενικού κανονισμού για την προστασία δεδομένων, gdpr, κανονισμός 2016/679, κανονισμού 2016/679
ccpa: ccpa, νόμος της καλιφόρνια για την προστασία της ιδιωτικότητας των καταναλωτών
cpra: cpra, νόμος της καλιφόρνια για τα δικαιώματα ιδιωτικότητας
coppa: coppa, νόμος για την προστασία του απορρήτου των παιδιών στο διαδίκτυο
lgpd: lgpd, γενικός νόμος της βραζιλίας για την προστασία δεδομένων, lei geral de proteção de dados
# Greek Law 4624/2019 implementing the GDPR. The id must match the English lexicon's id
# for the same law.
gr-4624-2019: ν. 4624/2019, νόμος 4624/2019, νόμου 4624/2019, 4624/2019

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
όροι χρήσης
όροι και προϋποθέσεις
όροι παροχής υπηρεσιών
όροι υπηρεσίας
εφαρμοστέο δίκαιο
εφαρμοστέο δίκαιο και δικαιοδοσία
εφαρμοστέο δίκαιο και αρμόδια δικαστήρια
εφαρμοστέο δίκαιο και δωσιδικία
δικαιοδοσία
δωσιδικία
αρμόδια δικαστήρια
διαιρετότητα
αυτοτέλεια των όρων
ολόκληρη η συμφωνία
πλήρης συμφωνία
μη παραίτηση
ανωτέρα βία
αποποίηση ευθύνης
αποποίηση ευθυνών
περιορισμός ευθύνης
περιορισμός της ευθύνης
μεταφράσεις
μετάφραση
άλλες μεταφράσεις
γλωσσικές εκδόσεις
υπερισχύει η αγγλική έκδοση
υπερισχύει η ελληνική έκδοση
άδεια χρήσης
πνευματικά δικαιώματα
πνευματική ιδιοκτησία
copyright
ευχαριστίες
περιεχόμενα
πίνακας περιεχομένων

[intro]
heading: εισαγωγή concept=introduction
heading: γενικά concept=introduction
heading: γενικές διατάξεις concept=introduction
heading: πολιτική απορρήτου weight=1 concept=privacy-policy-title
heading: πολιτική προστασίας προσωπικών δεδομένων weight=1 concept=privacy-policy-title
heading: ποιοι είμαστε concept=who-we-are
heading: πεδίο εφαρμογής concept=scope
# Added with the shared concept inventory (concepts.txt).
heading: σύνοψη concept=summary
heading: επισκόπηση concept=summary
heading: με μια ματιά concept=summary
heading: σχετικά με την παρούσα πολιτική concept=about-this-policy
heading: σχετικά με αυτή την πολιτική concept=about-this-policy
heading: ποιοι είμαστε και πώς επικοινωνείτε μαζί μας concept=who-we-are
heading: σε ποιους απευθύνεται η πολιτική concept=scope
heading: η δέσμευσή μας για την προστασία του απορρήτου concept=commitment-to-privacy
heading: η δέσμευσή μας concept=commitment-to-privacy
heading: αποδοχή της πολιτικής concept=acceptance
heading: αποδοχή των όρων concept=acceptance
heading: δήλωση απορρήτου weight=0.5 concept=privacy-policy-title
body: παρούσ* πολιτικ* weight=2.5 concept=this-privacy-policy
body: πολιτικ* απορρήτου weight=1.5 concept=this-privacy-policy
body: πολιτικ* προστασίας weight=1.5 concept=this-privacy-policy
body: εφαρμόζεται weight=1.5 concept=policy-applies-to
body: ισχύει για weight=1.5 concept=policy-applies-to
body: εφεξής weight=2 concept=referred-to-as
body: στο εξής weight=2 concept=referred-to-as
body: αποδέχεστε weight=1.5 concept=acceptance-of-policy
body: όρ* χρήσης weight=2 concept=terms-of-use
body: περιγράφει weight=1 concept=policy-describes
body: προσεκτικά weight=1 concept=please-read
body: σεβόμαστε weight=1.5 concept=committed-to-privacy
body: ιστότοπ* weight=0.5 concept=website
body: ιστοσελίδ* weight=0.5 concept=website
# Added with the shared concept inventory (concepts.txt).
body: χρησιμοποιώντας weight=1.5 concept=by-using
body: επισκεπτόμενοι weight=1.5 concept=by-using
body: εάν δεν συμφωνείτε weight=2 concept=if-you-do-not-agree
body: αν δεν συμφωνείτε weight=2 concept=if-you-do-not-agree
body: δεσμευόμαστε weight=2 concept=committed-to-privacy
body: παρακαλούμε διαβάστε weight=1.5 concept=please-read
body: απόρρητ* weight=0.3 concept=privacy
body: υπηρεσί* weight=0.3 concept=services
body: εταιρεί* weight=0.3 concept=company
# Further ordinary forms; articles vary (της, των), so phrases are given with and without them.
body: η παρούσα πολιτική περιγράφει weight=2.5 concept=policy-describes
body: εξηγεί weight=1.5 concept=policy-describes
body: διαβάστε προσεκτικά weight=1.5 concept=please-read
heading: σχετικά με εμάς weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
# The question "Who is the controller?" introduces the policy's author (the bare noun and
# "identity of the controller" head its address: contact).
heading: ποιος είναι ο υπεύθυνος weight=2 concept=who-we-are
heading: ποιος είναι ο υπεύθυνος επεξεργασίας weight=2 concept=who-we-are
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary

[definitions]
heading: ορισμοί concept=definitions
heading: ορισμοί και έννοιες concept=definitions
heading: βασικές έννοιες concept=key-terms
heading: έννοιες concept=key-terms
heading: ερμηνεία όρων concept=interpretation
heading: ορολογία concept=key-terms
# Added with the shared concept inventory (concepts.txt).
heading: ερμηνεία concept=interpretation
heading: ερμηνεία και ορισμοί concept=interpretation
heading: τι εννοούμε με concept=what-we-mean-by
heading: τι σημαίνει concept=what-we-mean-by
heading: γλωσσάριο concept=key-terms
body: σημαίνει weight=2.5 concept=means
body: νοείται weight=2.5 concept=means
body: νοούνται weight=2 concept=means
body: ορισμ* weight=2 concept=defined-terms-intro
body: έννοι* weight=2 concept=defined-terms-intro
body: όρος weight=1.5 concept=defined-terms-intro
body: ταυτοποιημένο ή ταυτοποιήσιμο weight=3 concept=identifiable-person
body: ταυτοποιήσιμ* weight=2 concept=identifiable-person
body: φυσικ* πρόσωπ* weight=1.5 concept=identifiable-person
body: υπεύθυνος επεξεργασίας weight=1.5 concept=gdpr-roles
body: εκτελών την επεξεργασία weight=2.5 concept=gdpr-roles
body: υποκείμενο των δεδομένων weight=1.5 concept=gdpr-roles
body: ψευδωνυμοποίησ* weight=2
body: αποδέκτ* weight=1 concept=gdpr-roles
# Added with the shared concept inventory (concepts.txt).
body: δεδομένα προσωπικού χαρακτήρα σημαίνει weight=3 concept=personal-data-means
body: ως δεδομένα προσωπικού χαρακτήρα νοούνται weight=3 concept=personal-data-means
body: εφεξής weight=2 concept=hereinafter
body: για τους σκοπούς της παρούσας πολιτικής weight=2.5 concept=as-used-in-this-policy
body: περιλαμβάν* weight=0.5 concept=includes
body: χρήστ* weight=0.3 concept=user
body: προσωπικ* δεδομέν* weight=0.2 concept=personal-data
body: αναφέρεται weight=2.5 concept=refers-to
heading: ορισμός concept=definitions   # not ορισμ*: ορισμένες means "certain"
heading: βασικοί όροι concept=key-terms
heading: χρησιμοποιούμενοι όροι concept=key-terms

[collection]
heading: ποια δεδομένα συλλέγουμε concept=what-we-collect
heading: ποιες πληροφορίες συλλέγουμε concept=what-we-collect
heading: συλλογή πληροφοριών concept=collection-of-information
heading: συλλογή δεδομένων concept=collection-of-information
heading: κατηγορίες προσωπικών δεδομένων concept=categories-of-data
heading: δεδομένα που συλλέγουμε concept=what-we-collect
heading: πηγές δεδομένων concept=sources-of-information
# Added with the shared concept inventory (concepts.txt).
heading: συλλογή προσωπικών δεδομένων concept=collection-of-information
heading: πηγές προσωπικών δεδομένων concept=sources-of-information
heading: από πού συλλέγουμε τα δεδομένα concept=sources-of-information
heading: πληροφορίες που μας παρέχετε concept=information-you-provide
heading: δεδομένα που μας παρέχετε concept=information-you-provide
heading: πληροφορίες που παρέχετε εσείς concept=information-you-provide
heading: πληροφορίες που συλλέγονται αυτόματα concept=collected-automatically
heading: δεδομένα που συλλέγουμε αυτόματα concept=collected-automatically
heading: αυτόματη συλλογή δεδομένων concept=collected-automatically
heading: πώς συλλέγουμε τα δεδομένα concept=how-we-collect
heading: πώς συλλέγουμε πληροφορίες concept=how-we-collect
heading: τρόπος συλλογής δεδομένων concept=how-we-collect
heading: κατηγορίες δεδομένων προσωπικού χαρακτήρα concept=categories-of-data
body: συλλέγ* weight=2.5 concept=we-collect
body: συλλογ* weight=2 concept=we-collect
body: κατηγορ* δεδομένων weight=2 concept=data-categories
body: ονοματεπώνυμο weight=2 concept=name
body: όνομα weight=1 concept=name
body: επώνυμο weight=1.5 concept=name
body: αριθμ* τηλεφώνου weight=1.5 concept=contact-details
body: διεύθυνσ* ηλεκτρονικού ταχυδρομείου weight=1.5 concept=contact-details
body: διεύθυνσ* email weight=1.5 concept=contact-details
body: διεύθυνσ* ip weight=1.5 concept=device-data
body: ημερομηνία γέννησης weight=1.5 concept=demographic-data
body: αφμ weight=2
body: αυτόματα weight=1.5 concept=automatically
body: εγγραφ* weight=1 concept=forms
body: τοποθεσί* weight=1 concept=location-data
body: πηγές weight=1 concept=sources
body: παρέχετε weight=1 concept=you-provide
# Added with the shared concept inventory (concepts.txt).
body: μας παρέχετε weight=2 concept=you-provide
body: δημόσια διαθέσιμ* weight=2 concept=publicly-available
body: δημοσίως προσβάσιμ* weight=2 concept=publicly-available
body: τύπ* προγράμματος περιήγησης weight=2 concept=device-data
body: λειτουργικ* σύστημ* weight=2 concept=device-data
body: αναγνωριστικ* συσκευ* weight=2 concept=device-data
body: γεωγραφικ* θέσ* weight=2 concept=location-data
body: δεδομένα χρήσης weight=2 concept=usage-data
body: δημογραφικ* weight=1.5 concept=demographic-data
body: στοιχεία πληρωμ* weight=1 concept=payment-data
body: φόρμ* weight=1.5 concept=forms
body: κατηγορ* προσωπικών δεδομένων weight=2.5 concept=data-categories
body: λογαριασμ* weight=0.3 concept=account
body: πληροφορί* weight=0.1 concept=information
heading: ποια προσωπικά δεδομένα concept=what-we-collect
heading: ποιες προσωπικές πληροφορίες concept=what-we-collect
heading: τι δεδομένα συλλέγουμε concept=what-we-collect
heading: τι πληροφορίες συλλέγουμε concept=what-we-collect
heading: δεδομέν* που συλλέγ* concept=what-we-collect   # δεδομένα που συλλέγουμε / συλλέγονται
heading: πληροφορί* που συλλέγ* concept=what-we-collect
heading: συλλεγόμεν* δεδομέν* concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: άδειες εφαρμογής weight=2 concept=what-we-collect
heading: άδειες της εφαρμογής weight=2 concept=what-we-collect
heading: δικαιώματα πρόσβασης της εφαρμογής weight=3 concept=what-we-collect
heading: ποια δεδομένα επεξεργαζόμαστε concept=what-we-collect
heading: ποια προσωπικά δεδομένα επεξεργαζόμαστε concept=what-we-collect
heading: δεδομένα που επεξεργαζόμαστε concept=what-we-collect
heading: συλλογ* δεδομένων concept=collection-of-information
heading: συλλογ* πληροφοριών concept=collection-of-information
heading: κατηγορί* δεδομένων concept=categories-of-data
heading: κατηγορί* προσωπικών δεδομένων concept=categories-of-data
heading: είδη δεδομένων concept=categories-of-data
heading: τύποι δεδομένων concept=categories-of-data
# "User data" headings name what the service collects.
heading: δεδομένα χρηστών concept=categories-of-data
heading: δεδομένα των χρηστών concept=categories-of-data
heading: δεδομένα του χρήστη concept=categories-of-data
heading: πώς συλλέγουμε concept=how-we-collect
heading: με ποιον τρόπο συλλέγουμε concept=how-we-collect
heading: τρόπος συλλογής concept=how-we-collect
heading: δεδομένα που μας δίνετε concept=information-you-provide
heading: πληροφορίες που μας δίνετε concept=information-you-provide
heading: δεδομένα που παρέχετε concept=information-you-provide
heading: φόρμα επικοινωνίας weight=3 concept=information-you-provide
heading: συλλέγονται αυτόματα concept=collected-automatically
heading: αυτόματ* συλλογ* concept=collected-automatically
heading: πηγ* δεδομένων concept=sources-of-information
heading: από πού προέρχονται concept=sources-of-information
heading: πηγ* των δεδομένων concept=sources-of-information
heading: από πού συλλέγουμε concept=sources-of-information
body: δεδομένα τοποθεσίας weight=2 concept=location-data
body: τύπ* συσκευής weight=2 concept=device-data
body: αριθμ* κινητού weight=1.5 concept=contact-details
body: διεύθυνσ* κατοικίας weight=1.5 concept=contact-details
body: αριθμ* κάρτας weight=1 concept=payment-data
body: φύλο weight=1 concept=demographic-data
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: αναφορές σφαλμάτων concept=collected-automatically
heading: αναφορές κατάρρευσης concept=collected-automatically
heading: διαγνωστικά δεδομένα concept=collected-automatically
heading: διαγνωστικά concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: παραμέν* στη συσκευή σας weight=2 concept=on-device-data
heading: μένει στη συσκευή σας weight=2 concept=on-device-data
heading: τοπική επεξεργασία weight=2 concept=on-device-data
heading: επεξεργάζονται τοπικά weight=2 concept=on-device-data
heading: τοπικά αποθηκευμένα δεδομένα weight=2 concept=on-device-data
heading: επεξεργασία στη συσκευή weight=2 concept=on-device-data
body: αναφορ* κατάρρευσης weight=2.5 concept=usage-data
body: αναφορ* σφαλμάτων weight=2 concept=usage-data
body: αρχεί* αποσφαλμάτωσης weight=2.5 concept=usage-data
body: διαγνωστικ* δεδομέν* weight=2 concept=usage-data
body: push token* weight=2.5 concept=device-data
body: διακομιστ* push weight=2 concept=device-data

[use]
heading: πώς χρησιμοποιούμε τις πληροφορίες concept=how-we-use
heading: πώς χρησιμοποιούμε τα δεδομένα σας concept=how-we-use
heading: χρήση των πληροφοριών concept=use-of-information
heading: σκοποί της επεξεργασίας concept=purposes-of-processing
heading: σκοπός επεξεργασίας concept=purposes-of-processing
heading: για ποιους σκοπούς χρησιμοποιούμε τα δεδομένα concept=how-we-use
heading: σκοποί concept=purposes-of-processing
# Added with the shared concept inventory (concepts.txt).
heading: χρήση των δεδομένων concept=use-of-information
heading: χρήση προσωπικών δεδομένων concept=use-of-information
heading: γιατί συλλέγουμε τα δεδομένα σας concept=why-we-collect
heading: σκοπός της συλλογής concept=why-we-collect
heading: επεξεργασία προσωπικών δεδομένων concept=processing-of-personal-data
heading: πώς επεξεργαζόμαστε τα προσωπικά σας δεδομένα concept=processing-of-personal-data
heading: επεξεργασία δεδομένων προσωπικού χαρακτήρα concept=processing-of-personal-data
body: χρησιμοποι* weight=1 concept=we-use
body: σκοπ* επεξεργασίας weight=3 concept=purposes
body: για τον σκοπό weight=2 concept=purposes
body: για τους σκοπούς weight=1.5 concept=purposes
body: με σκοπό weight=2 concept=purposes
body: παροχ* υπηρεσιών weight=2 concept=to-provide
body: εκτέλεσ* παραγγελ* weight=2 concept=to-fulfil
body: εκτέλεσ* της σύμβασης weight=1 concept=to-fulfil
body: βελτίωσ* weight=2 concept=to-improve
body: εξατομίκευσ* weight=2.5 concept=to-personalise
body: κατάρτιση προφίλ weight=2.5 concept=profiling
body: ανάλυσ* weight=1 concept=to-analyse
body: στατιστικ* weight=1 concept=to-analyse
body: απάτ* weight=1.5 concept=to-prevent-fraud
body: εξυπηρέτησ* πελατών weight=1 concept=to-respond
body: ακόλουθους σκοπούς weight=2 concept=following-purposes
# Added with the shared concept inventory (concepts.txt).
body: χρησιμοποιούμε weight=2 concept=we-use
body: διαχείρισ* του λογαριασμού weight=1.5 concept=to-administer
body: ανάπτυξ* νέων weight=2 concept=to-develop
body: επικοινωνία μαζί σας weight=2 concept=to-communicate
body: αποστολ* weight=1 concept=to-send
body: απάντησ* σε αιτήματ* weight=1.5 concept=to-respond
body: αντιμετώπισ* προβλημάτων weight=2 concept=to-troubleshoot
body: επίλυσ* προβλημάτων weight=2 concept=to-troubleshoot
body: έρευν* αγοράς weight=2 concept=research
body: έρευν* weight=1.5 concept=research
body: επεξεργασία πληρωμών weight=1.5 concept=to-process-transactions
body: συμμόρφωσ* με τη νομοθεσία weight=1 concept=to-comply-with-law
body: συμμόρφωσ* με νομικ* υποχρεώσ* weight=1 concept=to-comply-with-law
body: αυτοματοποιημέν* λήψη αποφάσεων weight=1.5 concept=automated-decisions
heading: για ποιους σκοπούς concept=purposes-of-processing
heading: για ποιο σκοπό concept=purposes-of-processing
heading: σκοπ* της επεξεργασίας concept=purposes-of-processing
heading: σκοπ* επεξεργασίας concept=purposes-of-processing
heading: σκοποί χρήσης concept=purposes-of-processing
heading: σκοπ* συλλογής concept=why-we-collect
heading: γιατί συλλέγουμε concept=why-we-collect
heading: γιατί επεξεργαζόμαστε concept=why-we-collect
heading: γιατί χρειαζόμαστε concept=why-we-collect
heading: πώς χρησιμοποιούμε τα δεδομένα concept=how-we-use
heading: πώς χρησιμοποιούμε τα προσωπικά concept=how-we-use
heading: πώς χρησιμοποιούνται τα δεδομένα concept=how-we-use
heading: χρήση των προσωπικών δεδομένων concept=use-of-information
heading: χρήση δεδομένων concept=use-of-information
heading: χρήση πληροφοριών concept=use-of-information
heading: επεξεργασί* των προσωπικών δεδομένων concept=processing-of-personal-data
heading: επεξεργασία δεδομένων concept=processing-of-personal-data
heading: πώς επεξεργαζόμαστε concept=processing-of-personal-data
body: τους εξής σκοπούς weight=2.5 concept=following-purposes
# Purpose headings asked with other verbs and "(processed) for the following purposes".
heading: για τους ακόλουθους σκοπούς concept=purposes-of-processing
heading: για τους εξής σκοπούς concept=purposes-of-processing
heading: αυτοματοποιημέν* λήψη αποφάσεων concept=automated-decision-making
heading: αυτοματοποιημέν* αποφάσ* concept=automated-decision-making
heading: αυτοματοποιημέν* ατομικ* αποφάσ* concept=automated-decision-making

[legal-basis]
heading: νομική βάση της επεξεργασίας concept=legal-basis
heading: νομική βάση concept=legal-basis
heading: νομικές βάσεις concept=legal-basis
heading: νόμιμη βάση επεξεργασίας concept=legal-basis
heading: σε ποια νομική βάση επεξεργαζόμαστε τα δεδομένα concept=why-allowed
heading: νομιμότητα της επεξεργασίας concept=legal-basis
# Added with the shared concept inventory (concepts.txt).
heading: γιατί επιτρέπεται να επεξεργαζόμαστε τα δεδομένα σας concept=why-allowed
heading: νομικές βάσεις επεξεργασίας concept=legal-basis
body: νομικ* βάσ* weight=2 concept=legal-basis-term
body: νόμιμ* βάσ* weight=2 concept=legal-basis-term
body: έννομ* συμφέρ* weight=2 concept=legitimate-interests
body: εκτέλεσ* σύμβασ* weight=2 concept=performance-of-contract
body: σύναψη σύμβασης weight=1.5 concept=performance-of-contract
body: συμβαλλόμενο μέρος weight=2.5 concept=performance-of-contract
body: νομικ* υποχρέωσ* weight=2.5 concept=legal-obligation
body: ζωτικ* συμφέρ* weight=2.5 concept=vital-interests
body: δημόσιο συμφέρον weight=1.5 concept=public-interest
body: άρθρο 6 weight=2 concept=article-6
body: άρθρου 6 weight=2 concept=article-6
body: νομιμότητ* weight=1.5 concept=lawful
body: στάθμισ* weight=2 concept=balancing-test
body: συγκατάθεσ* weight=0.5 concept=consent-as-basis
# Added with the shared concept inventory (concepts.txt).
body: η επεξεργασία είναι απαραίτητη weight=2.5 concept=processing-necessary
body: θεμελιώδ* δικαιώματα και ελευθερί* weight=2.5 concept=balancing-test
body: με βάση weight=1 concept=on-the-basis-of
body: βάσει weight=1 concept=on-the-basis-of
body: νόμιμ* weight=1 concept=lawful
body: απαραίτητ* weight=0.5 concept=necessary
heading: νομικ* βάσ* concept=legal-basis   # νομική βάση, νομικές βάσεις, νομικής βάσης
heading: νόμιμ* βάσ* concept=legal-basis
heading: νομιμότητα επεξεργασίας concept=legal-basis
heading: σε ποια βάση concept=why-allowed
body: νόμιμ* συμφέρ* weight=2 concept=legitimate-interests   # νόμιμο συμφέρον, the common non-GDPR wording
body: έννομ* υποχρέωσ* weight=2.5 concept=legal-obligation
# GDPR boilerplate (legal basis, legitimate interests, Art. 6, "on the basis of") stands in every
# subsection of a European policy: lighter body weights; the heading forms still name the section.

[consent]
heading: συγκατάθεση concept=your-consent
heading: η συγκατάθεσή σας concept=your-consent
heading: ανάκληση της συγκατάθεσης concept=withdrawal-of-consent
heading: συγκατάθεση και ανάκληση concept=withdrawal-of-consent
heading: παροχή συγκατάθεσης concept=your-consent
heading: συγκατάθεση του χρήστη concept=your-consent
# Added with the shared concept inventory (concepts.txt).
heading: πώς να ανακαλέσετε τη συγκατάθεσή σας concept=withdrawal-of-consent
body: συγκατάθεσ* weight=2 concept=you-consent
body: ανάκλησ* weight=3 concept=withdraw
body: ανακαλ* weight=3 concept=withdraw
body: πριν από την ανάκληση weight=2.5 concept=without-affecting-lawfulness
body: χωρίς να θίγεται weight=2.5 concept=without-affecting-lawfulness
body: συναινέ* weight=2 concept=you-consent
body: ρητ* συγκατάθεσ* weight=2 concept=explicit-consent
body: σαφή θετική ενέργεια weight=3 concept=opt-in
body: εν πλήρει επιγνώσει weight=2.5 concept=freely-given
body: ελεύθερ* weight=1 concept=freely-given
body: οποιαδήποτε στιγμή weight=1.5 concept=at-any-time
body: τσεκάρ* weight=1 concept=opt-in
body: αποδοχ* weight=1 concept=you-agree
# Added with the shared concept inventory (concepts.txt).
body: αλλάξετε γνώμη weight=2 concept=change-your-mind
body: συμφωνείτε weight=1.5 concept=you-agree
body: άδει* weight=1.5 concept=permission
heading: συγκατάθεσ* concept=your-consent   # συγκατάθεση, η συγκατάθεσή σας
heading: ανάκλησ* της συγκατάθεσ* concept=withdrawal-of-consent
heading: ανάκλησ* συγκατάθεσ* concept=withdrawal-of-consent

[sharing]
heading: κοινοποίηση πληροφοριών concept=sharing-of-information
heading: κοινοποίηση σε τρίτους concept=third-parties
heading: γνωστοποίηση δεδομένων σε τρίτους concept=disclosure-of-information
heading: διαβίβαση δεδομένων σε τρίτους concept=third-parties
heading: αποδέκτες των δεδομένων concept=who-we-share-with
heading: με ποιους μοιραζόμαστε τις πληροφορίες concept=who-we-share-with
# Added with the shared concept inventory (concepts.txt).
heading: πώς κοινοποιούμε τις πληροφορίες σας concept=how-we-share
heading: πληροφορίες που κοινοποιούμε concept=how-we-share
heading: σε ποιους διαβιβάζουμε τα δεδομένα concept=who-we-share-with
heading: τρίτα μέρη concept=third-parties
heading: πάροχοι υπηρεσιών concept=service-providers-heading
heading: εκτελούντες την επεξεργασία concept=service-providers-heading
heading: μεταβίβαση επιχείρησης concept=business-transfers
heading: συγχωνεύσεις και εξαγορές concept=business-transfers
heading: νομικές υποχρεώσεις και αιτήματα αρχών concept=legal-requests
heading: γνωστοποίηση στις αρχές concept=legal-requests
heading: πώληση προσωπικών δεδομένων concept=sale-of-information
heading: πουλάμε τα δεδομένα σας concept=sale-of-information
body: τρίτα μέρη weight=2 concept=third-parties-term
body: τρίτους weight=2 concept=third-parties-term
body: κοινοποι* weight=2 concept=share
body: γνωστοποι* weight=2 concept=disclose
body: διαβιβ* weight=1.5 concept=share
body: μοιραζόμαστε weight=2 concept=share
body: αποδέκτ* weight=2.5 concept=recipients
body: πάροχ* υπηρεσιών weight=2 concept=service-providers
body: εκτελούντ* την επεξεργασία weight=2 concept=service-providers
body: για λογαριασμό μας weight=2 concept=on-our-behalf
body: συνεργάτ* weight=1 concept=business-partners
body: συνδεδεμέν* εταιρ* weight=2.5 concept=affiliates
body: θυγατρικ* weight=1.5 concept=affiliates
body: δημόσι* αρχ* weight=1.5 concept=authorities
body: δικαστικ* αρχ* weight=2 concept=legal-process
body: εταιρ* ταχυμεταφορών weight=1.5 concept=service-providers
body: συγχώνευσ* weight=2 concept=corporate-transaction
body: δεν πωλούμε weight=1.5 concept=sell
# Added with the shared concept inventory (concepts.txt).
body: εξαγορ* weight=2.5 concept=corporate-transaction
body: αναδιοργάνωσ* weight=2.5 concept=corporate-transaction
body: δικαστικ* απόφασ* weight=2.5 concept=legal-process
body: αστυνομί* weight=2 concept=authorities
body: πωλ* weight=1.5 concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: κοινοποίηση δεδομένων σε τρίτους concept=transfer-to-third-parties
heading: διαβίβαση προσωπικών δεδομένων σε τρίτους concept=transfer-to-third-parties
heading: κοινή χρήση concept=sharing-of-information
heading: κοινοποίησ* δεδομένων concept=sharing-of-information
heading: κοινοποίησ* πληροφοριών concept=sharing-of-information
heading: σε ποιους κοινοποιούμε concept=who-we-share-with
heading: με ποιους μοιραζόμαστε concept=who-we-share-with
heading: με ποιους κοινοποιούμε concept=who-we-share-with
heading: ποιος έχει πρόσβαση concept=who-we-share-with
heading: ποιοι έχουν πρόσβαση concept=who-we-share-with
heading: αποδέκτ* concept=who-we-share-with   # αποδέκτες, κατηγορίες αποδεκτών
heading: γνωστοποίησ* σε τρίτους concept=disclosure-of-information
heading: εκτελ* την επεξεργασία concept=service-providers-heading
body: παραλήπτ* weight=2 concept=recipients
body: προμηθευτ* weight=1.5 concept=service-providers
body: αρχ* επιβολής του νόμου weight=2 concept=authorities
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: φιλοξενία concept=service-providers-heading
heading: φιλοξενία ιστοτόπου concept=service-providers-heading
heading: πάροχος φιλοξενίας concept=service-providers-heading
heading: δίκτυο διανομής περιεχομένου concept=service-providers-heading
heading: παρακολούθηση σφαλμάτων concept=service-providers-heading
body: φιλοξενεί* weight=2 concept=service-providers
body: φιλοξενία* weight=2 concept=service-providers
body: πάροχ* φιλοξενίας weight=2.5 concept=service-providers
body: σύμβαση επεξεργασίας δεδομένων weight=2 concept=service-providers
body: συμφωνία επεξεργασίας δεδομένων weight=2 concept=service-providers
body: εκτελ* την επεξεργασία weight=2 concept=service-providers
body: δίκτυο διανομής περιεχομένου weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: πλατφόρμα cloud weight=2 concept=service-providers
body: υπηρεσί* cloud weight=2 concept=service-providers
body: υπηρεσί* νέφους weight=2 concept=service-providers
body: υπολογιστικ* νέφους weight=2 concept=service-providers
body: στους διακομιστές της weight=1.5 concept=service-providers
body: παρακολούθηση σφαλμάτων weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: πληρωμές weight=2 concept=payments-purchases
heading: επεξεργασία πληρωμών weight=3 concept=payments-purchases
heading: αγορές εντός εφαρμογής weight=2 concept=payments-purchases
heading: συνδρομές weight=2 concept=payments-purchases

[cookies]
heading: cookies concept=cookies
heading: πολιτική cookies concept=cookies
heading: χρήση cookies concept=cookies
heading: cookies και παρόμοιες τεχνολογίες concept=tracking-technologies
heading: τεχνολογίες παρακολούθησης concept=tracking-technologies
heading: μπισκότα concept=cookies
# Added with the shared concept inventory (concepts.txt).
heading: φάροι ιστού concept=web-beacons
heading: ετικέτες pixel concept=web-beacons
heading: αρχεία καταγραφής concept=log-files
heading: αρχεία καταγραφής διακομιστή concept=log-files
heading: ανάλυση επισκεψιμότητας concept=analytics
heading: υπηρεσίες ανάλυσης concept=analytics
body: cookie* weight=2.5 concept=cookie
body: αρχεία cookie* weight=3 concept=cookie
body: μπισκότ* weight=2.5 concept=cookie
body: φάρ* ιστού weight=3 concept=web-beacon
body: web beacon* weight=3 concept=web-beacon
body: pixel* weight=2 concept=web-beacon
body: τεχνολογ* παρακολούθησης weight=2.5 concept=tracking-technology
body: παρόμοι* τεχνολογ* weight=2 concept=tracking-technology
body: περιόδου λειτουργίας weight=2.5 concept=cookie-lifetime
body: συνεδρί* weight=2 concept=cookie-lifetime
body: τερματικ* εξοπλισμ* weight=2.5 concept=device
body: πρόγραμμ* περιήγησης weight=1 concept=browser
body: google analytics weight=3 concept=analytics-term
body: αρχεία καταγραφής weight=2 concept=log-file
body: τοπικ* αποθήκευσ* weight=2 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: αναλυτικ* weight=1 concept=analytics-term
heading: εργαλεία ανάλυσης concept=analytics
# Added with the shared concept inventory (concepts.txt).
body: μικρά αρχεία κειμένου weight=2.5 concept=text-files
body: αρχεί* κειμένου weight=2.5 concept=text-files
body: απολύτως απαραίτητ* weight=2.5 concept=cookie-categories
body: λειτουργικ* cookie* weight=2.5 concept=cookie-categories
body: μόνιμ* cookie* weight=2 concept=cookie-lifetime
body: sdk weight=2 concept=sdk
body: fingerprinting weight=2.5 concept=fingerprinting
body: ρυθμίσ* του προγράμματος περιήγησης weight=1.5 concept=browser-settings
heading: cookie concept=cookies
heading: πολιτική cookie* concept=cookies
heading: χρήση των cookies concept=cookies
heading: χρησιμοποιούμε τα cookies concept=cookies   # "Πώς χρησιμοποιούμε τα cookies"
heading: αρχεία cookie* concept=cookies
heading: μπισκότ* concept=cookies
heading: παρόμοι* τεχνολογί* concept=tracking-technologies

[advertising]
heading: διαφήμιση concept=advertising
heading: μάρκετινγκ concept=marketing
heading: διαφήμιση και μάρκετινγκ concept=advertising
heading: προωθητικές ενέργειες concept=marketing-communications
heading: εξατομικευμένη διαφήμιση concept=interest-based-advertising
heading: ενημερωτικό δελτίο concept=marketing-communications
# Added with the shared concept inventory (concepts.txt).
heading: απευθείας εμπορική προώθηση concept=marketing
heading: εμπορικές επικοινωνίες concept=marketing-communications
heading: στοχευμένη διαφήμιση concept=interest-based-advertising
heading: διαφήμιση βάσει ενδιαφερόντων concept=interest-based-advertising
heading: διαφήμιση τρίτων concept=third-party-advertising
heading: διαφημιστικά δίκτυα concept=third-party-advertising
body: διαφημ* weight=2.5 concept=ads
body: διαφημιστικ* δίκτυ* weight=3 concept=ad-networks
body: εμπορικ* επικοινων* weight=2.5 concept=marketing-messages
body: απευθείας εμπορικ* weight=2.5 concept=marketing-purposes
body: newsletter* weight=2.5 concept=marketing-messages
body: ενημερωτικ* δελτί* weight=2.5 concept=marketing-messages
body: στοχευμέν* weight=2.5 concept=interest-based
body: retargeting weight=3 concept=retargeting
body: remarketing weight=3 concept=retargeting
body: εξατομικευμέν* διαφημ* weight=3 concept=interest-based
body: συμπεριφορ* weight=1.5 concept=interest-based
body: ενδιαφέρ* weight=1 concept=interests
body: προωθητικ* weight=2 concept=promotions
body: προσφορ* weight=1 concept=promotions
body: sms weight=1 concept=marketing-messages
# Added with the shared concept inventory (concepts.txt).
body: διαφημιστικ* συνεργάτ* weight=3 concept=ad-networks
body: σκοπούς μάρκετινγκ weight=2 concept=marketing-purposes
body: ειδικές προσφορές weight=2 concept=promotions
body: αποτελεσματικότητ* των διαφημ* weight=2 concept=ad-measurement
body: your online choices weight=3 concept=ad-industry-programs
heading: διαφήμισ* concept=advertising   # διαφήμιση, διαφημίσεις (διαφημιστικ- too, after accent folding)
heading: προώθηση προϊόντων concept=marketing
heading: εμπορική προώθηση concept=marketing
heading: ενημερωτικ* δελτί* concept=marketing-communications
heading: newsletter concept=marketing-communications
heading: εμπορικ* επικοινων* concept=marketing-communications

[do-not-track]
heading: σήματα do not track concept=do-not-track
heading: λειτουργία do not track concept=do-not-track
heading: μην με παρακολουθείτε concept=do-not-track
heading: αίτημα μη παρακολούθησης concept=do-not-track
heading: σήματα global privacy control concept=global-privacy-control
heading: παγκόσμιος έλεγχος απορρήτου concept=global-privacy-control
# Added with the shared concept inventory (concepts.txt).
heading: σήματα προτιμήσεων concept=preference-signals
heading: σήματα του προγράμματος περιήγησης concept=preference-signals
heading: σήματα εξαίρεσης concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: μη παρακολούθησ* weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: παγκόσμι* έλεγχ* απορρήτου weight=3 concept=gpc-signal
body: σήματα weight=2 concept=opt-out-preference-signal
body: σήμα weight=2 concept=opt-out-preference-signal
body: βιομηχανικ* πρότυπ* weight=2 concept=no-uniform-standard
body: ενιαί* πρότυπ* weight=2 concept=no-uniform-standard
body: πρότυπ* weight=1 concept=no-uniform-standard
body: δεν ανταποκρινόμαστε weight=2 concept=do-not-respond
body: παρακολούθησ* weight=1 concept=cross-site-tracking
body: πρόγραμμ* περιήγησης weight=1 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt).
body: δεν ανταποκρίνεται weight=2.5 concept=do-not-respond
body: αναγνωρίζ* weight=1.5 concept=honor-signals
body: σε ιστότοπους τρίτων weight=2.5 concept=cross-site-tracking
body: με την πάροδο του χρόνου weight=2.5 concept=cross-site-tracking

[choices]
heading: οι επιλογές σας concept=your-choices
heading: δυνατότητες επιλογής concept=your-choices
heading: διαχείριση ρυθμίσεων concept=managing-preferences
heading: ρυθμίσεις απορρήτου concept=managing-preferences
heading: διαγραφή από τη λίστα αλληλογραφίας concept=unsubscribing
heading: πώς να εξαιρεθείτε concept=opting-out
# Added with the shared concept inventory (concepts.txt).
heading: εξαίρεση concept=opting-out
heading: δυνατότητα εξαίρεσης concept=opting-out
heading: διαχείριση προτιμήσεων concept=managing-preferences
heading: προτιμήσεις επικοινωνίας concept=managing-preferences
heading: απεγγραφή concept=unsubscribing
heading: πώς να καταργήσετε την εγγραφή σας concept=unsubscribing
body: απεγγραφ* weight=3 concept=unsubscribe
body: σύνδεσμ* απεγγραφής weight=2.5 concept=unsubscribe-link
body: εξαίρεσ* weight=2 concept=opt-out
body: εξαιρεθ* weight=2.5 concept=opt-out
body: επιλογ* weight=2 concept=choose-not-to
body: ρυθμίσ* weight=1.5 concept=settings
body: διαχειρ* weight=1 concept=settings
body: να μην παρέχετε weight=2 concept=choose-not-to
body: δεν είστε υποχρεωμένοι weight=2 concept=choose-not-to
body: δεν επιθυμείτε weight=1.5 concept=choose-not-to
body: απενεργοποι* weight=1.5 concept=disable
body: αποκλει* weight=1 concept=disable
body: λογαριασμ* weight=1 concept=settings
body: opt-out weight=1 concept=opt-out
# Added with the shared concept inventory (concepts.txt).
body: προτιμήσ* weight=1.5 concept=preferences
body: αρνηθείτε weight=2 concept=decline
body: άρνησ* weight=2 concept=decline
body: διαφημιστικ* μηνύματ* weight=2 concept=promotional-emails
body: υπηρεσίες εντοπισμού θέσης weight=2 concept=device-permissions
body: ειδοποιήσεις push weight=2 concept=device-permissions
body: στο κάτω μέρος weight=1.5 concept=unsubscribe-link
body: ενδέχεται να μην μπορείτε weight=1.5 concept=consequences-of-refusal
body: λαμβάν* weight=0.5 concept=receive
heading: επιλογές σας concept=your-choices
heading: δυνατότητ* επιλογής concept=your-choices
heading: απεγγραφ* concept=unsubscribing
heading: διαγραφή από τη λίστα concept=unsubscribing

[rights]
heading: τα δικαιώματά σας concept=your-rights
heading: δικαιώματα των υποκειμένων των δεδομένων concept=your-rights
heading: δικαιώματα του υποκειμένου concept=your-rights
heading: ποια δικαιώματα έχετε concept=your-rights
heading: άσκηση δικαιωμάτων concept=exercising-rights
heading: δικαιώματα χρηστών concept=your-rights
heading: πρόσβαση concept=access-and-correction
# Added with the shared concept inventory (concepts.txt).
heading: πώς να ασκήσετε τα δικαιώματά σας concept=exercising-rights
heading: υποβολή αιτήματος concept=exercising-rights
heading: πρόσβαση και διόρθωση concept=access-and-correction
heading: πρόσβαση και επικαιροποίηση των πληροφοριών σας concept=access-and-correction
heading: εξουσιοδοτημένοι αντιπρόσωποι concept=authorized-agents
body: έχετε δικαίωμα weight=2.5 concept=exercise-rights
body: πρόσβασ* weight=2 concept=right-of-access
body: διόρθωσ* weight=3 concept=rectification
body: διαγραφ* weight=2 concept=erasure
body: λήθη weight=3 concept=erasure
body: φορητότητ* weight=3 concept=portability
body: εναντίωσ* weight=3 concept=right-to-object
body: αντίρρησ* weight=2 concept=right-to-object
body: περιορισμ* της επεξεργασίας weight=2.5 concept=restriction
body: καταγγελί* weight=2 concept=complaint-to-authority
body: εποπτικ* αρχ* weight=2.5 concept=complaint-to-authority
body: αρχή προστασίας δεδομένων προσωπικού χαρακτήρα weight=3 concept=complaint-to-authority
body: απδπχ weight=3 concept=complaint-to-authority
body: αυτοματοποιημέν* weight=2
body: αντίγραφ* weight=1 concept=copy-of-data
body: αίτημ* weight=1 concept=request
# Added with the shared concept inventory (concepts.txt).
body: δικαίωμα πρόσβασης weight=3 concept=right-of-access
body: επαλήθευσ* της ταυτότητ* weight=2 concept=verify-identity
body: εξουσιοδοτημέν* αντιπρόσωπ* weight=2.5 concept=authorized-agent
body: διακρίσ* weight=1.5 concept=non-discrimination
body: υποκείμεν* των δεδομένων weight=2 concept=data-subject-rights
body: ασκήσετε weight=2 concept=exercise-rights
body: άσκησ* των δικαιωμάτων weight=2 concept=exercise-rights
# Not δικαιώμ* alone: πνευματικά δικαιώματα (copyright) is boilerplate.
heading: δικαιώματά σας concept=your-rights
heading: δικαιώματα του χρήστη concept=your-rights
heading: δικαιώματα των χρηστών concept=your-rights
heading: δικαιώματα των υποκειμένων concept=your-rights
heading: δικαιώματα υποκειμένων concept=your-rights
heading: δικαίωμα πρόσβασης concept=access-and-correction
# The GDPR's Greek names of the data subject's rights (άρθρα 15-22 ΓΚΠΔ).
heading: δικαίωμα διόρθωσης concept=access-and-correction
heading: δικαίωμα διαγραφής concept=your-rights
heading: δικαίωμα στη λήθη concept=your-rights
heading: δικαίωμα περιορισμού concept=your-rights
heading: δικαίωμα στη φορητότητα concept=your-rights
heading: δικαίωμα φορητότητας concept=your-rights
heading: δικαίωμα εναντίωσης concept=your-rights
heading: δικαίωμα αντίταξης concept=your-rights
heading: δικαίωμα υποβολής καταγγελίας concept=exercising-rights
heading: δικαίωμα καταγγελίας concept=exercising-rights
heading: άσκησ* των δικαιωμάτων concept=exercising-rights
heading: άσκησ* δικαιωμάτων concept=exercising-rights
heading: ποια είναι τα δικαιώματά μου concept=your-rights
body: περιορισμ* weight=1.5 concept=restriction
body: προσφυγ* weight=2 concept=complaint-to-authority

[retention]
heading: διατήρηση δεδομένων concept=data-retention
heading: χρόνος διατήρησης concept=retention-period
heading: περίοδος διατήρησης concept=retention-period
heading: πόσο καιρό διατηρούμε τα δεδομένα concept=how-long-we-keep
heading: διάρκεια αποθήκευσης concept=retention-period
heading: αποθήκευση και διαγραφή δεδομένων concept=retention-and-deletion
# Added with the shared concept inventory (concepts.txt).
heading: διατήρηση προσωπικών δεδομένων concept=data-retention
heading: πόσο διάστημα διατηρούμε τα δεδομένα σας concept=how-long-we-keep
heading: αποθήκευση και διατήρηση concept=storage-and-retention
heading: αποθήκευση και διατήρηση δεδομένων concept=storage-and-retention
heading: διατήρηση και διαγραφή δεδομένων concept=retention-and-deletion
body: διατηρ* weight=2 concept=retain
body: χρόνο* διατήρησης weight=3 concept=retain
body: όσο χρονικό διάστημα weight=2.5 concept=as-long-as-necessary
body: χρονικό διάστημα weight=2 concept=retention-criteria
body: όχι περισσότερο weight=2.5 concept=as-long-as-necessary
body: εκπλήρωσ* του σκοπού weight=2.5 concept=no-longer-needed
body: παραγραφ* weight=2.5 concept=legal-retention-requirements
body: αποθηκ* weight=1 concept=store
body: διαγράφ* weight=1.5 concept=destroy
body: καταστρ* weight=1.5 concept=destroy
body: ανωνυμοποι* weight=1.5 concept=anonymise
body: παρέλευσ* weight=2 concept=retention-criteria
body: λήξη weight=1.5 concept=retention-criteria
body: αρχειοθέτησ* weight=1 concept=archive
body: αντίγραφα ασφαλείας weight=1.5 concept=archive
body: φορολογικ* weight=1.5 concept=legal-retention-requirements
# Added with the shared concept inventory (concepts.txt).
body: δεν είναι πλέον απαραίτητ* weight=2.5 concept=no-longer-needed
body: κρατάμε weight=1.5 concept=keep
body: ανενεργ* weight=2 concept=inactive-accounts
body: έτη weight=0.5 concept=years
body: ετών weight=0.5 concept=years
heading: διάρκει* διατήρησης concept=retention-period
heading: διάρκει* αποθήκευσης concept=retention-period
heading: χρόν* διατήρησης concept=retention-period
heading: περίοδ* διατήρησης concept=retention-period
# "Τήρηση" (keeping) is the GDPR's other word for retention: "Διάρκεια τήρησης".
heading: διάρκει* τήρησης concept=retention-period
heading: χρόν* τήρησης concept=retention-period
heading: περίοδ* τήρησης concept=retention-period
heading: τήρηση των δεδομένων concept=data-retention
heading: διατήρησ* των δεδομένων concept=data-retention
heading: διατήρησ* των προσωπικών concept=data-retention
heading: πόσο καιρό concept=how-long-we-keep
heading: για πόσο concept=how-long-we-keep
heading: πόσο χρονικό διάστημα concept=how-long-we-keep
heading: πόσο διάστημα concept=how-long-we-keep
heading: πώς αποθηκεύουμε concept=storage-and-retention
body: διάρκει* διατήρησης weight=3 concept=retain
body: φυλάσσ* weight=2 concept=keep

[security]
heading: ασφάλεια concept=data-security
heading: ασφάλεια δεδομένων concept=data-security
heading: ασφάλεια των πληροφοριών concept=data-security
heading: μέτρα ασφαλείας concept=security-measures
heading: πώς προστατεύουμε τα δεδομένα σας concept=how-we-protect
heading: προστασία δεδομένων concept=data-security
# Added with the shared concept inventory (concepts.txt).
heading: προστασία των πληροφοριών σας concept=how-we-protect
heading: μέτρα προστασίας concept=security-measures
heading: τεχνικά και οργανωτικά μέτρα concept=security-measures
body: ασφάλει* weight=2 concept=secure
body: προστατεύ* weight=1 concept=protect
body: κρυπτογραφ* weight=3 concept=encryption
body: ssl weight=2 concept=encryption
body: tls weight=2 concept=encryption
body: μη εξουσιοδοτημέν* πρόσβασ* weight=3 concept=unauthorized-access
body: τεχνικά και οργανωτικά μέτρα weight=3 concept=technical-organisational-measures
body: οργανωτικ* μέτρ* weight=2 concept=technical-organisational-measures
body: παραβίασ* δεδομένων weight=2.5 concept=breach
body: παραβίασ* ασφαλείας weight=2.5 concept=breach
body: περιστατικ* weight=2 concept=breach
body: τείχ* προστασίας weight=2 concept=technical-controls
body: antivirus weight=2 concept=technical-controls
body: απώλει* weight=1.5 concept=loss-misuse-alteration
body: κωδικ* πρόσβασης weight=1 concept=technical-controls
# Added with the shared concept inventory (concepts.txt).
body: μέτρα προστασίας weight=2.5 concept=safeguards
body: φυσικ* weight=1.5 concept=physical-safeguards
body: εμπιστευτικότητ* weight=1.5 concept=confidentiality
body: βιομηχανικ* πρότυπ* weight=2 concept=industry-standard
body: δεν μπορούμε να εγγυηθούμε weight=2.5 concept=no-guarantee
body: διασφαλ* weight=0.5 concept=ensure
heading: πώς προστατεύουμε concept=how-we-protect
heading: ασφάλει* concept=data-security   # ασφάλεια, μέτρα ασφαλείας
body: διαρροή* δεδομένων weight=2.5 concept=breach
body: μη εξουσιοδοτημέν* weight=1.5 concept=unauthorized-access
body: κατάχρησ* weight=2 concept=loss-misuse-alteration
body: αλλοίωσ* weight=2.5 concept=loss-misuse-alteration
# Personal-data breaches and their notification: a security topic.
heading: παραβίαση δεδομένων concept=data-security
heading: παραβίαση δεδομένων προσωπικού χαρακτήρα concept=data-security

[children]
heading: παιδιά concept=childrens-privacy
heading: απόρρητο των παιδιών concept=childrens-privacy
heading: δεδομένα ανηλίκων concept=childrens-privacy
heading: ανήλικοι concept=minors
heading: προστασία των ανηλίκων concept=minors
heading: χρήση από παιδιά concept=minors
# Added with the shared concept inventory (concepts.txt).
heading: ηλικιακοί περιορισμοί concept=age-limits
heading: όριο ηλικίας concept=age-limits
heading: παιδιά κάτω των 15 ετών concept=age-limits
body: παιδ* weight=3 concept=children
body: ανήλικ* weight=3 concept=minors-teens
body: κάτω των weight=2.5 concept=age-threshold
body: ηλικί* weight=1.5 concept=age
body: γονέ* weight=2.5 concept=parents-guardians
body: γονικ* συγκατάθεσ* weight=3 concept=parental-consent
body: γονική μέριμνα weight=3 concept=parents-guardians
body: κηδεμόν* weight=2.5 concept=parents-guardians
body: νόμιμ* εκπρόσωπ* weight=2.5 concept=parents-guardians
body: coppa weight=3 concept=coppa
body: εν γνώσει weight=1.5 concept=knowingly-collect
body: 16 ετών weight=1.5 concept=age-threshold
body: 15 ετών weight=1.5 concept=age-threshold
# Added with the shared concept inventory (concepts.txt).
body: δεν απευθύνεται weight=2 concept=not-directed-to-children
body: δεν προορίζεται weight=2 concept=not-directed-to-children
body: εάν διαπιστώσουμε weight=2 concept=if-we-learn
body: αν μάθουμε weight=2 concept=if-we-learn
heading: παιδιών concept=childrens-privacy
heading: ανηλίκ* concept=minors   # ανήλικοι, ανηλίκων, από ανηλίκους

[international]
heading: διεθνείς διαβιβάσεις δεδομένων concept=international-transfers
heading: διαβίβαση δεδομένων σε τρίτες χώρες concept=international-transfers
heading: διαβίβαση εκτός εε concept=international-transfers
heading: διαβίβαση εκτός του εοχ concept=international-transfers
heading: πού αποθηκεύονται τα δεδομένα concept=where-we-store
heading: τόπος αποθήκευσης concept=where-we-store
# Added with the shared concept inventory (concepts.txt).
heading: διαβίβαση δεδομένων concept=data-transfers
heading: μεταφορά δεδομένων concept=data-transfers
heading: διασυνοριακές διαβιβάσεις concept=international-transfers
body: τρίτ* χώρ* weight=2 concept=other-countries
body: διεθν* διαβιβάσ* weight=3 concept=cross-border
body: διαβίβασ* weight=1.5 concept=transfer
body: εκτός εε weight=2.5 concept=eea
body: εκτός του εοχ weight=3 concept=eea
body: ευρωπαϊκ* οικονομικ* χώρ* weight=2 concept=eea
body: επαρκ* weight=2.5 concept=adequacy
body: τυποποιημέν* ρήτρ* weight=2 concept=transfer-safeguards
body: τυποποιημέν* συμβατικ* ρήτρ* weight=2 concept=transfer-safeguards
body: δεσμευτικ* εταιρικ* κανόν* weight=2 concept=transfer-safeguards
body: κατάλληλ* εγγυήσ* weight=2 concept=transfer-safeguards
body: ηνωμέν* πολιτεί* weight=1 concept=united-states
body: data privacy framework weight=2 concept=privacy-frameworks
body: διακομιστ* weight=1 concept=server-location
# Added with the shared concept inventory (concepts.txt).
body: διασυνοριακ* weight=3 concept=cross-border
body: άλλες χώρες weight=2.5 concept=other-countries
body: εκτός της χώρας weight=2.5 concept=other-countries
body: απόφαση επάρκειας weight=2.5 concept=adequacy
body: privacy shield weight=2.5 concept=privacy-frameworks
body: λιγότερο αυστηρ* weight=2 concept=less-protective
body: δικαιοδοσί* weight=2 concept=jurisdictions
body: σε όλο τον κόσμο weight=1.5 concept=around-the-world
heading: διαβίβασ* σε τρίτες χώρες concept=international-transfers
heading: διαβίβασ* δεδομένων σε τρίτες concept=international-transfers
heading: διαβίβασ* προσωπικών δεδομένων σε τρίτες concept=international-transfers
heading: διαβίβασ* εκτός concept=international-transfers
heading: διαβίβασ* δεδομένων εκτός concept=international-transfers
heading: διεθνείς διαβιβάσεις concept=international-transfers
heading: μεταφορά δεδομένων εκτός concept=international-transfers
heading: πού αποθηκεύ* concept=where-we-store
heading: αποθήκευση δεδομένων weight=1 concept=where-we-store
heading: αποθήκευση των δεδομένων weight=1 concept=where-we-store
body: εκτός της εε weight=2.5 concept=eea
# One sentence on transfers to the USA (standard contractual clauses, adequacy) in a subsection
# about a social network or cloud service must not outweigh its practice: lighter transfer body
# terms; the headings ("International transfers") still name real transfer sections.

[regional]
heading: για τους κατοίκους της καλιφόρνια concept=california
heading: κάτοικοι καλιφόρνια concept=california
heading: πληροφορίες για χρήστες στην εε concept=eea-gdpr-notice
heading: χρήστες από την ευρωπαϊκή ένωση concept=eea-gdpr-notice
heading: περιφερειακές διατάξεις concept=jurisdiction-specific
heading: πρόσθετες πληροφορίες για συγκεκριμένες δικαιοδοσίες concept=jurisdiction-specific
# Added with the shared concept inventory (concepts.txt).
heading: δικαιώματα κατοίκων πολιτειών των ηπα concept=us-state-rights
heading: κάτοικοι νεβάδα concept=us-state-rights
heading: συμμόρφωση με τον γκπδ concept=eea-gdpr-notice
body: καλιφόρνι* weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: gdpr weight=2 concept=eu-gdpr
body: γκπδ weight=2 concept=eu-gdpr
body: ευρωπαϊκ* ένωσ* weight=2 concept=eu-gdpr
body: εε weight=1 concept=eu-gdpr
body: εοχ weight=2 concept=eu-gdpr
body: κάτοικ* weight=2 concept=residents
body: δικαιοδοσί* weight=2
body: βραζιλί* weight=1.5 concept=brazil-lgpd
body: ηνωμένο βασίλειο weight=1.5
body: τοπικ* νομοθεσί* weight=1.5
body: πώλησ* weight=1.5 concept=do-not-sell
body: κύπρ* weight=1
# Added with the shared concept inventory (concepts.txt).
body: νεβάδα weight=3 concept=us-states
body: βιρτζίνια weight=3 concept=us-states
body: κολοράντο weight=3 concept=us-states
body: κονέκτικατ weight=3 concept=us-states
body: καταναλωτ* weight=1.5 concept=consumers
body: μην πωλείτε weight=3 concept=do-not-sell
body: διασταυρούμεν* πλαισί* weight=3 concept=cross-context-advertising
body: οικονομικ* κίνητρ* weight=3 concept=financial-incentives
body: προηγούμενους 12 μήνες weight=3 concept=preceding-12-months
body: lgpd weight=2.5 concept=brazil-lgpd
body: καναδά* weight=2.5 concept=canada-pipeda
body: pipeda weight=2.5 concept=canada-pipeda
body: πολιτεί* weight=0.5 concept=state
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
heading: περιφερειακά παραρτήματα concept=jurisdiction-specific

[third-party-sites]
heading: ιστότοποι τρίτων weight=2 concept=third-party-websites
heading: ιστοσελίδες τρίτων weight=2 concept=third-party-websites
heading: υπηρεσίες τρίτων weight=2 concept=third-party-services
heading: σύνδεσμοι προς άλλους ιστότοπους concept=links-to-other-sites
heading: σύνδεσμοι τρίτων concept=links-to-other-sites
heading: εξωτερικοί σύνδεσμοι concept=links-to-other-sites
# Added with the shared concept inventory (concepts.txt).
heading: πρόσθετα κοινωνικής δικτύωσης concept=social-media-plugins
heading: μέσα κοινωνικής δικτύωσης concept=social-media-plugins
heading: πολιτικές απορρήτου τρίτων concept=third-party-privacy-policies
heading: πρακτικές απορρήτου τρίτων concept=third-party-privacy-policies
body: ιστότοπ* τρίτων weight=3 concept=other-sites
body: ιστοσελίδ* τρίτων weight=3 concept=other-sites
body: υπηρεσί* τρίτων weight=2.5 concept=third-party-applications
body: σύνδεσμ* weight=1.5 concept=links
body: υπερσύνδεσμ* weight=2.5 concept=links
body: εξωτερικ* weight=1 concept=other-sites
body: δεν φέρ* ευθύνη weight=2.5 concept=not-responsible
body: ουδεμία ευθύνη weight=2.5 concept=not-responsible
body: ευθύν* weight=1 concept=not-responsible
body: δεν ελέγχουμε weight=2.5 concept=not-responsible
body: πολιτικές απορρήτου τους weight=2 concept=their-privacy-policies
body: μέσ* κοινωνικής δικτύωσης weight=1.5 concept=plugins
body: plugin* weight=2 concept=plugins
body: πρόσθετ* weight=1 concept=plugins
body: ανακατεύθυνσ* weight=1.5 concept=leave-our-site
body: δεν εφαρμόζεται weight=2.5 concept=not-responsible
body: δεν ισχύει weight=2 concept=not-responsible
# Added with the shared concept inventory (concepts.txt).
body: σας ενθαρρύνουμε weight=2.5 concept=encourage-review
body: εφαρμογ* τρίτων weight=2 concept=third-party-applications
body: περιεχόμεν* weight=0.5 concept=content
body: διαβάσετε weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: κοινωνικά δίκτυα concept=social-media-presence
heading: κοινωνικά μέσα concept=social-media-presence
heading: παρουσία στα μέσα κοινωνικής δικτύωσης concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: συλλέγονται από τρίτους concept=third-party-data-collection
heading: πληροφορίες που συλλέγουν τρίτοι concept=third-party-data-collection
heading: σύνδεσμ* concept=links-to-other-sites   # σύνδεσμοι, σύνδεσμοι προς ιστότοπους τρίτων
heading: ιστότοπ* τρίτων weight=2 concept=third-party-websites
heading: ιστοσελίδ* τρίτων weight=2 concept=third-party-websites
heading: υπηρεσί* τρίτων weight=2 concept=third-party-services
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: ενσωματωμένο περιεχόμενο concept=third-party-services
heading: περιεχόμενο τρίτων concept=third-party-services
heading: ενσωματωμένα βίντεο concept=third-party-services
heading: συγχρονισμός στο cloud concept=third-party-services
heading: αντίγραφα ασφαλείας icloud concept=third-party-services
heading: εξωτερικές υπηρεσίες concept=third-party-services
heading: χρήση υπηρεσιών τρίτων concept=third-party-services
heading: βιβλιοθήκες τρίτων concept=third-party-services
heading: εργαλεία τρίτων concept=third-party-services
body: ενσωματωμέν* weight=2.5 concept=plugins
body: ενσωματώνουμε weight=2.5 concept=plugins
body: ενσωμάτωση περιεχομένου weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: περιεχόμενο τρίτων weight=3 concept=other-sites
body: περιεχόμενο από τρίτ* weight=3 concept=other-sites
body: πρόσθετα κοινωνικής δικτύωσης weight=2.5 concept=plugins
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: λειτουργία ενισχυμένου απορρήτου weight=2.5 concept=plugins
body: λειτουργία βελτιωμένου απορρήτου weight=2.5 concept=plugins
body: συνδεδεμέν* στο λογαριασμό σας weight=1.5 concept=plugins
body: συνδεδεμέν* στον λογαριασμό σας weight=1.5 concept=plugins
body: δική του πολιτική απορρήτου weight=2.5 concept=their-privacy-policies
body: δική της πολιτική απορρήτου weight=2.5 concept=their-privacy-policies
body: δική τους πολιτική απορρήτου weight=2.5 concept=their-privacy-policies
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: συνδέσεις δικτύου weight=2 concept=network-connections
heading: αιτήματα δικτύου weight=2 concept=network-connections
heading: εξωτερικές συνδέσεις weight=2 concept=network-connections
heading: φεύγ* από τη συσκευή weight=2 concept=network-connections
heading: εγκαταλείπ* τη συσκευή weight=2 concept=network-connections
heading: αποστέλλ* μέσω του διαδικτύου weight=2 concept=network-connections
heading: αποστέλλ* εκτός της συσκευής weight=2 concept=network-connections
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
heading: αλλαγές στην πολιτική απορρήτου concept=changes-to-policy
heading: αλλαγές στην παρούσα πολιτική concept=changes-to-policy
heading: τροποποιήσεις της παρούσας πολιτικής concept=amendments
heading: τροποποίηση της πολιτικής concept=amendments
heading: ενημερώσεις της πολιτικής concept=policy-updates
heading: τελικές διατάξεις
# Added with the shared concept inventory (concepts.txt).
heading: ειδοποίηση για αλλαγές concept=notification-of-changes
heading: ενημέρωση για αλλαγές concept=notification-of-changes
heading: τροποποιήσεις concept=amendments
heading: αναθεωρήσεις concept=amendments
heading: έναρξη ισχύος concept=entry-into-force
heading: ημερομηνία ισχύος concept=entry-into-force
body: αλλαγ* weight=1.5 concept=change-update
body: τροποποι* weight=2 concept=change-update
body: επικαιροποι* weight=2.5 concept=change-update
body: ενημερ* weight=1 concept=change-update
body: τελευταί* ενημέρωσ* weight=3 concept=effective-date
body: τελευταία τροποποίηση weight=3 concept=effective-date
body: τίθεται σε ισχύ weight=3 concept=effective-date
body: ισχύει από weight=3 concept=effective-date
body: νέα έκδοση weight=2.5 concept=latest-version
body: τρέχουσα έκδοση weight=2.5 concept=latest-version
body: ανάρτησ* weight=1.5 concept=posting
body: δημοσίευσ* weight=1.5 concept=posting
body: περιοδικά weight=1.5 concept=from-time-to-time
body: συνέχισ* της χρήσης weight=2 concept=continued-use
body: διατηρούμε το δικαίωμα weight=2 concept=reserve-the-right
body: μονομερώς weight=2.5 concept=reserve-the-right
# Added with the shared concept inventory (concepts.txt).
body: κατά καιρούς weight=2.5 concept=from-time-to-time
body: ουσιώδ* αλλαγ* weight=3 concept=material-changes
body: σημαντικ* αλλαγ* weight=3 concept=material-changes
body: να ελέγχετε τακτικά weight=2.5 concept=check-back
body: από τη δημοσίευσ* weight=2.5 concept=effective-immediately
body: θα σας ειδοποιήσουμε weight=1.5 concept=notify-you
body: έκδοσ* weight=1 concept=version
body: ειδοποίησ* weight=0.5 concept=notice
heading: αλλαγ* στην παρούσα πολιτική concept=changes-to-policy
heading: αλλαγ* στην πολιτική concept=changes-to-policy
heading: αλλαγ* της πολιτικής concept=changes-to-policy
heading: αλλαγ* της παρούσας concept=changes-to-policy
heading: τροποποίησ* της παρούσας concept=amendments
heading: τροποποίησ* της πολιτικής concept=amendments
heading: ενημερώσ* της πολιτικής concept=policy-updates
heading: αναθεώρησ* της πολιτικής concept=amendments

[contact]
heading: επικοινωνία concept=contact-us
heading: στοιχεία επικοινωνίας concept=contact-information
heading: επικοινωνήστε μαζί μας concept=contact-us
heading: πώς να επικοινωνήσετε μαζί μας concept=how-to-contact
heading: υπεύθυνος προστασίας δεδομένων concept=data-protection-officer
heading: ερωτήσεις και αιτήματα concept=questions
# Added with the shared concept inventory (concepts.txt).
heading: ερωτήσεις concept=questions
body: επικοινων* weight=2 concept=please-contact
body: επικοινωνήστε weight=3 concept=please-contact
body: μαζί μας weight=1.5 concept=please-contact
body: υπεύθυν* προστασίας δεδομένων weight=3 concept=dpo
body: dpo weight=2.5 concept=dpo
body: ερωτήσ* weight=1.5 concept=questions-comments
body: απορί* weight=1.5 concept=questions-comments
body: αιτήματ* weight=1 concept=questions-comments
body: ταχυδρομικ* διεύθυνσ* weight=2 concept=postal-address
body: έδρα weight=2 concept=postal-address
body: εδρεύει weight=2 concept=postal-address
body: γεμη weight=2.5
body: εξυπηρέτησ* πελατών weight=2 concept=customer-service
body: e-mail weight=1 concept=by-email
body: τηλέφων* weight=0.5 concept=telephone
# Added with the shared concept inventory (concepts.txt).
body: διεύθυνσ* weight=0.3 concept=address
heading: επικοινωνήστε concept=contact-us
heading: υπεύθυν* προστασίας δεδομένων concept=data-protection-officer   # Υπεύθυνος / Υπευθύνου Προστασίας Δεδομένων (DPO)
heading: απορίες concept=questions
# The controller's identity and address (GDPR Art. 13(1)(a)): contact, not intro.
heading: υπεύθυν* επεξεργασίας weight=2 concept=contact-information  # "Υπεύθυνος επεξεργασίας", "Στοιχεία του υπευθύνου επεξεργασίας"
heading: ταυτότητα του υπευθύνου concept=contact-information
heading: με ποιον μπορώ να επικοινωνήσω concept=how-to-contact

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
