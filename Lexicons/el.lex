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

[intro]
heading: εισαγωγή
heading: γενικά
heading: γενικές διατάξεις
heading: πολιτική απορρήτου
heading: πολιτική προστασίας προσωπικών δεδομένων
heading: ποιοι είμαστε
heading: πεδίο εφαρμογής
body: παρούσ* πολιτικ* weight=2.5
body: πολιτικ* απορρήτου weight=1.5
body: πολιτικ* προστασίας weight=1.5
body: εφαρμόζεται weight=1.5
body: ισχύει για weight=1.5
body: εφεξής weight=2
body: στο εξής weight=2
body: αποδέχεστε weight=1.5
body: όρ* χρήσης weight=2
body: περιγράφει weight=1
body: προσεκτικά weight=1
body: σεβόμαστε weight=1.5
body: ιστότοπ* weight=0.5
body: ιστοσελίδ* weight=0.5

[definitions]
heading: ορισμοί
heading: ορισμοί και έννοιες
heading: βασικές έννοιες
heading: έννοιες
heading: ερμηνεία όρων
heading: ορολογία
body: σημαίνει weight=2.5
body: νοείται weight=2.5
body: νοούνται weight=2
body: ορισμ* weight=2
body: έννοι* weight=2
body: όρος weight=1.5
body: ταυτοποιημένο ή ταυτοποιήσιμο weight=3
body: ταυτοποιήσιμ* weight=2
body: φυσικ* πρόσωπ* weight=1.5
body: υπεύθυνος επεξεργασίας weight=1.5
body: εκτελών την επεξεργασία weight=2.5
body: υποκείμενο των δεδομένων weight=1.5
body: ψευδωνυμοποίησ* weight=2
body: αποδέκτ* weight=1

[collection]
heading: ποια δεδομένα συλλέγουμε
heading: ποιες πληροφορίες συλλέγουμε
heading: συλλογή πληροφοριών
heading: συλλογή δεδομένων
heading: κατηγορίες προσωπικών δεδομένων
heading: δεδομένα που συλλέγουμε
heading: πηγές δεδομένων
body: συλλέγ* weight=2.5
body: συλλογ* weight=2
body: κατηγορ* δεδομένων weight=2
body: ονοματεπώνυμο weight=2
body: όνομα weight=1
body: επώνυμο weight=1.5
body: αριθμ* τηλεφώνου weight=1.5
body: διεύθυνσ* ηλεκτρονικού ταχυδρομείου weight=1.5
body: διεύθυνσ* email weight=1.5
body: διεύθυνσ* ip weight=1.5
body: ημερομηνία γέννησης weight=1.5
body: αφμ weight=2
body: αυτόματα weight=1.5
body: εγγραφ* weight=1
body: τοποθεσί* weight=1
body: πηγές weight=1
body: παρέχετε weight=1

[use]
heading: πώς χρησιμοποιούμε τις πληροφορίες
heading: πώς χρησιμοποιούμε τα δεδομένα σας
heading: χρήση των πληροφοριών
heading: σκοποί της επεξεργασίας
heading: σκοπός επεξεργασίας
heading: για ποιους σκοπούς χρησιμοποιούμε τα δεδομένα
heading: σκοποί
body: χρησιμοποι* weight=1
body: σκοπ* επεξεργασίας weight=3
body: για τον σκοπό weight=2
body: για τους σκοπούς weight=1.5
body: με σκοπό weight=2
body: παροχ* υπηρεσιών weight=2
body: εκτέλεσ* παραγγελ* weight=2
body: εκτέλεσ* της σύμβασης weight=1
body: βελτίωσ* weight=2
body: εξατομίκευσ* weight=2.5
body: κατάρτιση προφίλ weight=2.5
body: ανάλυσ* weight=1
body: στατιστικ* weight=1
body: απάτ* weight=1.5
body: εξυπηρέτησ* πελατών weight=1
body: ακόλουθους σκοπούς weight=2

[legal-basis]
heading: νομική βάση της επεξεργασίας
heading: νομική βάση
heading: νομικές βάσεις
heading: νόμιμη βάση επεξεργασίας
heading: σε ποια νομική βάση επεξεργαζόμαστε τα δεδομένα
heading: νομιμότητα της επεξεργασίας
body: νομικ* βάσ* weight=3
body: νόμιμ* βάσ* weight=3
body: έννομ* συμφέρ* weight=3
body: εκτέλεσ* σύμβασ* weight=2
body: σύναψη σύμβασης weight=1.5
body: συμβαλλόμενο μέρος weight=2.5
body: νομικ* υποχρέωσ* weight=2.5
body: ζωτικ* συμφέρ* weight=2.5
body: δημόσιο συμφέρον weight=1.5
body: άρθρο 6 weight=2
body: άρθρου 6 weight=2
body: νομιμότητ* weight=1.5
body: στάθμισ* weight=2
body: συγκατάθεσ* weight=0.5

[consent]
heading: συγκατάθεση
heading: η συγκατάθεσή σας
heading: ανάκληση της συγκατάθεσης
heading: συγκατάθεση και ανάκληση
heading: παροχή συγκατάθεσης
heading: συγκατάθεση του χρήστη
body: συγκατάθεσ* weight=2
body: ανάκλησ* weight=3
body: ανακαλ* weight=3
body: πριν από την ανάκληση weight=2.5
body: χωρίς να θίγεται weight=2.5
body: συναινέ* weight=2
body: ρητ* συγκατάθεσ* weight=2
body: σαφή θετική ενέργεια weight=3
body: εν πλήρει επιγνώσει weight=2.5
body: ελεύθερ* weight=1
body: οποιαδήποτε στιγμή weight=1.5
body: τσεκάρ* weight=1
body: αποδοχ* weight=1

[sharing]
heading: κοινοποίηση πληροφοριών
heading: κοινοποίηση σε τρίτους
heading: γνωστοποίηση δεδομένων σε τρίτους
heading: διαβίβαση δεδομένων σε τρίτους
heading: αποδέκτες των δεδομένων
heading: με ποιους μοιραζόμαστε τις πληροφορίες
body: τρίτα μέρη weight=2
body: τρίτους weight=2
body: κοινοποι* weight=2
body: γνωστοποι* weight=2
body: διαβιβ* weight=1.5
body: μοιραζόμαστε weight=2
body: αποδέκτ* weight=2.5
body: πάροχ* υπηρεσιών weight=2
body: εκτελούντ* την επεξεργασία weight=2
body: για λογαριασμό μας weight=2
body: συνεργάτ* weight=1
body: συνδεδεμέν* εταιρ* weight=2.5
body: θυγατρικ* weight=1.5
body: δημόσι* αρχ* weight=1.5
body: δικαστικ* αρχ* weight=2
body: εταιρ* ταχυμεταφορών weight=1.5
body: συγχώνευσ* weight=2
body: δεν πωλούμε weight=1.5

[cookies]
heading: cookies
heading: πολιτική cookies
heading: χρήση cookies
heading: cookies και παρόμοιες τεχνολογίες
heading: τεχνολογίες παρακολούθησης
heading: μπισκότα
body: cookie* weight=2.5
body: αρχεία cookie* weight=3
body: μπισκότ* weight=2.5
body: φάρ* ιστού weight=3
body: web beacon* weight=3
body: pixel* weight=2
body: τεχνολογ* παρακολούθησης weight=2.5
body: παρόμοι* τεχνολογ* weight=2
body: περιόδου λειτουργίας weight=2.5
body: συνεδρί* weight=2
body: τερματικ* εξοπλισμ* weight=2.5
body: πρόγραμμ* περιήγησης weight=1
body: google analytics weight=3
body: αρχεία καταγραφής weight=2
body: τοπικ* αποθήκευσ* weight=2
body: αναλυτικ* weight=1

[advertising]
heading: διαφήμιση
heading: μάρκετινγκ
heading: διαφήμιση και μάρκετινγκ
heading: προωθητικές ενέργειες
heading: εξατομικευμένη διαφήμιση
heading: ενημερωτικό δελτίο
body: διαφημ* weight=2.5
body: διαφημιστικ* δίκτυ* weight=3
body: εμπορικ* επικοινων* weight=2.5
body: απευθείας εμπορικ* weight=2.5
body: newsletter* weight=2.5
body: ενημερωτικ* δελτί* weight=2.5
body: στοχευμέν* weight=2.5
body: retargeting weight=3
body: remarketing weight=3
body: εξατομικευμέν* διαφημ* weight=3
body: συμπεριφορ* weight=1.5
body: ενδιαφέρ* weight=1
body: προωθητικ* weight=2
body: προσφορ* weight=1
body: sms weight=1

[do-not-track]
heading: σήματα do not track
heading: λειτουργία do not track
heading: μην με παρακολουθείτε
heading: αίτημα μη παρακολούθησης
heading: σήματα global privacy control
heading: παγκόσμιος έλεγχος απορρήτου
body: do not track weight=3
body: dnt weight=3
body: μη παρακολούθησ* weight=3
body: global privacy control weight=3
body: gpc weight=3
body: παγκόσμι* έλεγχ* απορρήτου weight=3
body: σήματα weight=2
body: σήμα weight=2
body: βιομηχανικ* πρότυπ* weight=2
body: ενιαί* πρότυπ* weight=2
body: πρότυπ* weight=1
body: δεν ανταποκρινόμαστε weight=2
body: παρακολούθησ* weight=1
body: πρόγραμμ* περιήγησης weight=1

[choices]
heading: οι επιλογές σας
heading: δυνατότητες επιλογής
heading: διαχείριση ρυθμίσεων
heading: ρυθμίσεις απορρήτου
heading: διαγραφή από τη λίστα αλληλογραφίας
heading: πώς να εξαιρεθείτε
body: απεγγραφ* weight=3
body: σύνδεσμ* απεγγραφής weight=2.5
body: εξαίρεσ* weight=2
body: εξαιρεθ* weight=2.5
body: επιλογ* weight=2
body: ρυθμίσ* weight=1.5
body: διαχειρ* weight=1
body: να μην παρέχετε weight=2
body: δεν είστε υποχρεωμένοι weight=2
body: δεν επιθυμείτε weight=1.5
body: απενεργοποι* weight=1.5
body: αποκλει* weight=1
body: λογαριασμ* weight=1
body: opt-out weight=1

[rights]
heading: τα δικαιώματά σας
heading: δικαιώματα των υποκειμένων των δεδομένων
heading: δικαιώματα του υποκειμένου
heading: ποια δικαιώματα έχετε
heading: άσκηση δικαιωμάτων
heading: δικαιώματα χρηστών
heading: πρόσβαση
body: έχετε δικαίωμα weight=2.5
body: πρόσβασ* weight=2
body: διόρθωσ* weight=3
body: διαγραφ* weight=2
body: λήθη weight=3
body: φορητότητ* weight=3
body: εναντίωσ* weight=3
body: αντίρρησ* weight=2
body: περιορισμ* της επεξεργασίας weight=2.5
body: καταγγελί* weight=2
body: εποπτικ* αρχ* weight=2.5
body: αρχή προστασίας δεδομένων προσωπικού χαρακτήρα weight=3
body: απδπχ weight=3
body: αυτοματοποιημέν* weight=2
body: αντίγραφ* weight=1
body: αίτημ* weight=1

[retention]
heading: διατήρηση δεδομένων
heading: χρόνος διατήρησης
heading: περίοδος διατήρησης
heading: πόσο καιρό διατηρούμε τα δεδομένα
heading: διάρκεια αποθήκευσης
heading: αποθήκευση και διαγραφή δεδομένων
body: διατηρ* weight=2
body: χρόνο* διατήρησης weight=3
body: όσο χρονικό διάστημα weight=2.5
body: χρονικό διάστημα weight=2
body: όχι περισσότερο weight=2.5
body: εκπλήρωσ* του σκοπού weight=2.5
body: παραγραφ* weight=2.5
body: αποθηκ* weight=1
body: διαγράφ* weight=1.5
body: καταστρ* weight=1.5
body: ανωνυμοποι* weight=1.5
body: παρέλευσ* weight=2
body: λήξη weight=1.5
body: αρχειοθέτησ* weight=1
body: αντίγραφα ασφαλείας weight=1.5
body: φορολογικ* weight=1.5

[security]
heading: ασφάλεια
heading: ασφάλεια δεδομένων
heading: ασφάλεια των πληροφοριών
heading: μέτρα ασφαλείας
heading: πώς προστατεύουμε τα δεδομένα σας
heading: προστασία δεδομένων
body: ασφάλει* weight=2
body: προστατεύ* weight=1
body: κρυπτογραφ* weight=3
body: ssl weight=2
body: tls weight=2
body: μη εξουσιοδοτημέν* πρόσβασ* weight=3
body: τεχνικά και οργανωτικά μέτρα weight=3
body: οργανωτικ* μέτρ* weight=2
body: παραβίασ* δεδομένων weight=2.5
body: παραβίασ* ασφαλείας weight=2.5
body: περιστατικ* weight=2
body: τείχ* προστασίας weight=2
body: antivirus weight=2
body: απώλει* weight=1.5
body: κωδικ* πρόσβασης weight=1

[children]
heading: παιδιά
heading: απόρρητο των παιδιών
heading: δεδομένα ανηλίκων
heading: ανήλικοι
heading: προστασία των ανηλίκων
heading: χρήση από παιδιά
body: παιδ* weight=3
body: ανήλικ* weight=3
body: κάτω των weight=2.5
body: ηλικί* weight=1.5
body: γονέ* weight=2.5
body: γονικ* συγκατάθεσ* weight=3
body: γονική μέριμνα weight=3
body: κηδεμόν* weight=2.5
body: νόμιμ* εκπρόσωπ* weight=2.5
body: coppa weight=3
body: εν γνώσει weight=1.5
body: 16 ετών weight=1.5
body: 15 ετών weight=1.5

[international]
heading: διεθνείς διαβιβάσεις δεδομένων
heading: διαβίβαση δεδομένων σε τρίτες χώρες
heading: διαβίβαση εκτός εε
heading: διαβίβαση εκτός του εοχ
heading: πού αποθηκεύονται τα δεδομένα
heading: τόπος αποθήκευσης
body: τρίτ* χώρ* weight=3
body: διεθν* διαβιβάσ* weight=3
body: διαβίβασ* weight=2
body: εκτός εε weight=2.5
body: εκτός του εοχ weight=3
body: ευρωπαϊκ* οικονομικ* χώρ* weight=2
body: επαρκ* weight=2.5
body: τυποποιημέν* ρήτρ* weight=3
body: τυποποιημέν* συμβατικ* ρήτρ* weight=3
body: δεσμευτικ* εταιρικ* κανόν* weight=2.5
body: κατάλληλ* εγγυήσ* weight=2
body: ηνωμέν* πολιτεί* weight=1.5
body: data privacy framework weight=2
body: διακομιστ* weight=1

[regional]
heading: για τους κατοίκους της καλιφόρνια
heading: κάτοικοι καλιφόρνια
heading: πληροφορίες για χρήστες στην εε
heading: χρήστες από την ευρωπαϊκή ένωση
heading: περιφερειακές διατάξεις
heading: πρόσθετες πληροφορίες για συγκεκριμένες δικαιοδοσίες
body: καλιφόρνι* weight=3
body: ccpa weight=3
body: cpra weight=3
body: gdpr weight=2
body: γκπδ weight=2
body: ευρωπαϊκ* ένωσ* weight=2
body: εε weight=1
body: εοχ weight=2
body: κάτοικ* weight=2
body: δικαιοδοσί* weight=2
body: βραζιλί* weight=1.5
body: ηνωμένο βασίλειο weight=1.5
body: τοπικ* νομοθεσί* weight=1.5
body: πώλησ* weight=1.5
body: κύπρ* weight=1

[third-party-sites]
heading: ιστότοποι τρίτων weight=2
heading: ιστοσελίδες τρίτων weight=2
heading: υπηρεσίες τρίτων weight=2
heading: σύνδεσμοι προς άλλους ιστότοπους
heading: σύνδεσμοι τρίτων
heading: εξωτερικοί σύνδεσμοι
body: ιστότοπ* τρίτων weight=3
body: ιστοσελίδ* τρίτων weight=3
body: υπηρεσί* τρίτων weight=2.5
body: σύνδεσμ* weight=1.5
body: υπερσύνδεσμ* weight=2.5
body: εξωτερικ* weight=1
body: δεν φέρ* ευθύνη weight=2.5
body: ουδεμία ευθύνη weight=2.5
body: ευθύν* weight=1
body: δεν ελέγχουμε weight=2.5
body: πολιτικές απορρήτου τους weight=2
body: μέσ* κοινωνικής δικτύωσης weight=1.5
body: plugin* weight=2
body: πρόσθετ* weight=1
body: ανακατεύθυνσ* weight=1.5
body: δεν εφαρμόζεται weight=2.5
body: δεν ισχύει weight=2

[changes]
heading: αλλαγές στην πολιτική απορρήτου
heading: αλλαγές στην παρούσα πολιτική
heading: τροποποιήσεις της παρούσας πολιτικής
heading: τροποποίηση της πολιτικής
heading: ενημερώσεις της πολιτικής
heading: τελικές διατάξεις
body: αλλαγ* weight=1.5
body: τροποποι* weight=2
body: επικαιροποι* weight=2.5
body: ενημερ* weight=1
body: τελευταί* ενημέρωσ* weight=3
body: τελευταία τροποποίηση weight=3
body: τίθεται σε ισχύ weight=3
body: ισχύει από weight=3
body: νέα έκδοση weight=2.5
body: τρέχουσα έκδοση weight=2.5
body: ανάρτησ* weight=1.5
body: δημοσίευσ* weight=1.5
body: περιοδικά weight=1.5
body: συνέχισ* της χρήσης weight=2
body: διατηρούμε το δικαίωμα weight=2
body: μονομερώς weight=2.5

[contact]
heading: επικοινωνία
heading: στοιχεία επικοινωνίας
heading: επικοινωνήστε μαζί μας
heading: πώς να επικοινωνήσετε μαζί μας
heading: υπεύθυνος προστασίας δεδομένων
heading: ερωτήσεις και αιτήματα
body: επικοινων* weight=2
body: επικοινωνήστε weight=3
body: μαζί μας weight=1.5
body: υπεύθυν* προστασίας δεδομένων weight=3
body: dpo weight=2.5
body: ερωτήσ* weight=1.5
body: απορί* weight=1.5
body: αιτήματ* weight=1
body: ταχυδρομικ* διεύθυνσ* weight=2
body: έδρα weight=2
body: εδρεύει weight=2
body: γεμη weight=2.5
body: εξυπηρέτησ* πελατών weight=2
body: e-mail weight=1
body: τηλέφων* weight=0.5
