# Malay lexicon (Bahasa Melayu as written in Malaysia, Brunei and Singapore; the wording of
# the Personal Data Protection Act 2010 (Akta 709): "data peribadi", "pengguna data",
# "subjek data", "notis dan pilihan").
#
# Writing convention for section entries:
# - verbs are written as roots (kumpul, guna, simpan, kongsi, dedah, padam, ubah, pindah),
#   because document words lose their affixes before matching: dikumpulkan, mengumpul,
#   pengumpulan -> kumpul; mendedahkan, pendedahan -> dedah; perkongsian -> kongsi;
# - established nouns and fixed terms stay whole (perkhidmatan, kepentingan sah, pihak
#   berkuasa, tujuan berikut): the document word matches as written before any stripping.
#   A stemmer that strips greedily without checking the lexicon would turn "simpan" into
#   "simp" and "kongsi" into "kongs"; stripping must stop at the first form found here.
# - headings are written the way real headings read.
@language ms
@name Malay
@fold-accents yes
# menge-/penge- (monosyllabic roots: mengesahkan, pengesahan -> sah) added to the usual list.
@prefixes menge penge meng>k meng mem>p mem men>t men meny>s me ber be di pe peng>k peng pem>p pem pen>t pen peny>s per ter ke se
@suffixes kan an i nya lah kah

[profile]
# Function words first, then words frequent in privacy policies. weight=3: Malaysian
# spelling or word choice that Indonesian does not use (bahawa/bahwa, maklumat/informasi,
# perkhidmatan/layanan, syarikat/perusahaan, kerana/karena, pautan/tautan, nombor/nomor,
# akaun/akun, peranti/perangkat, kerajaan/pemerintah, percuma/gratis, wang/uang).
# weight=2: used in both but far more typical of Malay. Words shared with Indonesian stay at 1;
# English loanwords both use (data, web, internet) get 0.5.
yang
dan
di
ke
dari
daripada weight=2             # Indonesian has it too, but only as "than"
untuk
dengan
dalam
pada
kepada
oleh
atau
ini
itu
tidak
tiada weight=2
akan
boleh weight=3                # Indonesian policies say "dapat" / "bisa"
adalah
ialah weight=2
iaitu weight=3                # id "yaitu"
juga
telah
sudah
bagi
tersebut
kami
anda
kita
mereka
ia weight=2                   # "it" in Malay prose; rare in Indonesian policies
sebagai
jika
sekiranya weight=2
apabila
bahawa weight=3               # id "bahwa"
seperti
serta
atas
antara
tanpa
melalui
selain
hanya
sahaja weight=3               # id "saja"
lebih
semua
setiap
sebarang weight=3             # "any"; id "apa pun"
mana
apa
lain
beberapa
tertentu
secara
mengikut weight=2             # "according to"; id "menurut", "sesuai dengan"
berdasarkan
terhadap
mengenai
tentang
supaya
kerana weight=3               # id "karena"
walau weight=2
bagaimanapun weight=2
namun
tetapi
bila weight=2                 # "bila-bila masa"; id "kapan pun"
semasa weight=2
selepas weight=3              # id "setelah", "sesudah"
sebelum
sehingga
dapat
perlu
hendaklah weight=3
mesti weight=2
mungkin
sila weight=3                 # id "silakan", "harap"
termasuk
ada
mempunyai weight=2
adakah weight=2
berkenaan weight=2
berhubung weight=2
sewajarnya weight=2
munasabah weight=2
maklumat weight=3             # id "informasi"
data weight=0.5
peribadi weight=3             # id "pribadi"
privasi
dasar weight=2                # "dasar privasi"; id "kebijakan" (dasar = basis in Indonesian)
polisi weight=2
perkhidmatan weight=3         # id "layanan"
syarikat weight=3             # id "perusahaan"
perniagaan weight=3           # id "bisnis", "usaha"
laman weight=2                # "laman web"; id "situs"
web weight=0.5
internet weight=0.5
kuki weight=3                 # id "cookie"
pengguna
pelanggan
pelawat weight=2
pihak
ketiga
penggunaan
pengumpulan
pendedahan weight=3           # id "pengungkapan"
mendedahkan weight=3
perkongsian weight=3          # id "pembagian"
berkongsi weight=3            # id "berbagi"
penyimpanan
keselamatan weight=2          # id "keamanan"
perlindungan
melindungi
hak
persetujuan
bersetuju weight=2
undang
akta weight=2
pautan weight=3               # id "tautan"
pelayan weight=3              # "server"; id "server"
mel weight=3                  # "e-mel", "senarai mel"; id "surel", "email"
emel weight=3
alamat
telefon weight=3              # id "telepon"
bimbit weight=3               # "telefon bimbit"; id "ponsel"
nombor weight=3               # id "nomor"
akaun weight=3                # id "akun"
peranti weight=3              # id "perangkat"
penyemak weight=3             # "penyemak imbas"; id "peramban"
imbas weight=3
rangkaian weight=3            # id "jaringan"
talian weight=3               # "dalam talian"; id "daring", "online"
kerajaan weight=3             # id "pemerintah"
mahkamah weight=3             # id "pengadilan"
percuma weight=3              # id "gratis"
wang weight=3                 # id "uang"
kad weight=3                  # id "kartu"
terma weight=3                # "terma dan syarat"; id "ketentuan"
syarat
terpakai weight=3             # "applies"; id "berlaku"
tertakluk weight=3            # "subject to"; id "tunduk pada"
pemprosesan weight=3          # id "pemrosesan"
memproses
tujuan
permintaan
hubungi
kanak weight=3                # "kanak-kanak"; id "anak-anak"
ibu
bapa weight=3                 # "ibu bapa"; id "orang tua"
pembelian
pemasaran
iklan
pengiklanan weight=2          # id "periklanan"
teknologi
sistem
dikumpul
berkaitan
kepentingan
sah
negara
luar
pemindahan weight=2
kemas weight=2                # "kemas kini"; id "memperbarui"
kini
perubahan
notis weight=3                # id "pemberitahuan"
soalan weight=3               # id "pertanyaan"
pertanyaan
produk
aplikasi
pematuhan weight=2            # id "kepatuhan"
pengurusan weight=2           # id "pengelolaan"
tempoh weight=3               # id "jangka waktu", "periode"
minit weight=3                # id "menit"
jam
tahun
hari
bulan
masa
selamat
berkuasa weight=2             # "pihak berkuasa"; id "berwenang"
alih weight=2                 # "mudah alih" (mobile); id "seluler"

[units]
year: tahun
month: bulan
week: minggu
day: hari
hour: jam
minute: minit
business-day: hari bekerja, hari perniagaan, hari kerja
# "se-" joined to a unit is one of it, written as one word: "sekali seminggu" (once a
# week), "disimpan selama setahun". "sehari" is left out: "sehari-hari" means everyday.
1 year: setahun
1 month: sebulan
1 week: seminggu
1 hour: sejam

[numbers]
# "se-" counts as one in front of a unit: setahun, sebulan, seminggu, sehari, sejam.
1: satu, se
2: dua
3: tiga
4: empat
5: lima
6: enam
7: tujuh
8: lapan
9: sembilan
10: sepuluh
11: sebelas
12: dua belas
13: tiga belas
14: empat belas
15: lima belas
16: enam belas
18: lapan belas
20: dua puluh
24: dua puluh empat
30: tiga puluh
45: empat puluh lima
60: enam puluh
72: tujuh puluh dua
90: sembilan puluh
100: seratus

[references]
gdpr: peraturan perlindungan data am, peraturan am perlindungan data, gdpr
ccpa: akta privasi pengguna california, ccpa
cpra: akta hak privasi california, cpra
coppa: akta perlindungan privasi dalam talian kanak-kanak, coppa
pdpa: akta perlindungan data peribadi, akta 709, pdpa
lgpd: undang-undang am perlindungan data brazil, lgpd
pipeda: akta perlindungan maklumat peribadi dan dokumen elektronik, pipeda
appi: akta perlindungan maklumat peribadi jepun, appi
pipl: undang-undang perlindungan maklumat peribadi china, pipl

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
terma penggunaan
syarat penggunaan
terma dan syarat
terma perkhidmatan
undang-undang yang mentadbir
undang-undang yang terpakai
undang-undang yang mengawal
undang-undang yang mentadbir dan bidang kuasa
bidang kuasa
pemisahan
kebolehpisahan
pengasingan
keseluruhan perjanjian
penepian
force majeure
penafian
had liabiliti
pengehadan liabiliti
batasan liabiliti
terjemahan
terjemahan lain
versi bahasa
versi bahasa inggeris hendaklah diguna pakai
versi bahasa inggeris diguna pakai
penggunapakaian versi bahasa inggeris
versi bahasa inggeris mengatasi
lesen
hak cipta
jadual kandungan
isi kandungan

# ---------------------------------------------------------------------------------------
harta intelek
hak harta intelek
hak cipta dan harta intelek
bahasa
notis bahasa

[intro]
heading: pengenalan weight=0.5 concept=introduction # also "identification" (tanpa pengenalan, maklumat pengenalan): weak, so any other cue decides
heading: pendahuluan weight=1 concept=introduction
heading: tentang dasar ini weight=1 concept=about-this-policy
heading: skop dasar ini weight=1 concept=scope
heading: siapa kami weight=1 concept=who-we-are
heading: mengenai kami weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
heading: notis privasi weight=1 concept=privacy-policy-title
heading: dasar privasi weight=0.5 concept=privacy-policy-title # the document title, also inside many headings
body: dasar privasi ini weight=2 concept=this-privacy-policy
body: terpakai kepada weight=2 concept=policy-applies-to
body: skop weight=2 concept=policy-applies-to
body: dengan guna weight=1.5 concept=by-using # "dengan menggunakan laman web ini"
body: dengan akses weight=1.5 concept=by-using # "dengan mengakses"
body: dengan lawat weight=1.5 concept=by-using # "dengan melawat"
body: terang weight=1 concept=policy-describes # "menerangkan bagaimana kami"
body: komited weight=2 concept=committed-to-privacy
body: hormat weight=1.5 concept=committed-to-privacy
body: milik weight=1 concept=company
body: kendali weight=1 concept=company  # "dimiliki dan dikendalikan oleh"
body: rujuk sebagai weight=1.5 concept=referred-to-as # "(dirujuk sebagai) kami"
body: terma dan syarat weight=1 concept=terms-of-use
body: tidak setuju weight=2 concept=if-you-do-not-agree
body: sila baca weight=1.5 concept=please-read
body: pelawat weight=1 concept=website
# Added with the shared concept inventory (concepts.txt).
heading: ringkasan concept=summary
heading: gambaran keseluruhan concept=summary
heading: perkara utama concept=summary
heading: tentang notis ini concept=about-this-policy
heading: mengenai dasar ini concept=about-this-policy
heading: skop concept=scope
heading: pemakaian dasar ini concept=scope
heading: komitmen kami terhadap privasi anda concept=commitment-to-privacy
heading: komitmen kami terhadap privasi concept=commitment-to-privacy
heading: penerimaan anda concept=acceptance
heading: penerimaan dasar ini concept=acceptance
heading: pernyataan privasi weight=0.5 concept=privacy-policy-title
body: dasar privasi ini menerangkan weight=2.5 concept=policy-describes
body: dasar ini tidak terpakai weight=2.5 concept=policy-applies-to
body: terima weight=0.5 concept=acceptance-of-policy
body: penerimaan weight=1.5 concept=acceptance-of-policy
body: privasi weight=0.3 concept=privacy
body: laman web weight=0.3 concept=website
body: perkhidmatan weight=0.3 concept=services
body: syarikat weight=0.3 concept=company
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
heading: secara ringkas concept=summary
heading: sepintas lalu concept=summary

[definitions]
heading: definisi weight=1 concept=definitions
heading: tafsiran weight=1 concept=interpretation
heading: istilah weight=1 concept=key-terms
heading: maksud istilah weight=1 concept=definitions
heading: definisi dan tafsiran weight=1 concept=definitions
heading: istilah yang digunakan dalam dasar ini weight=1 concept=key-terms
body: erti weight=2.5 concept=means     # "ertinya", "bererti"
body: maksud weight=2 concept=means     # "bermaksud"
body: punya maksud weight=3 concept=means # "hendaklah mempunyai maksud"
body: takrif weight=2.5 concept=means   # "ditakrifkan sebagai"
body: rujuk kepada weight=2 concept=refers-to
body: bagi tujuan dasar ini weight=2.5 concept=as-used-in-this-policy
body: dalam dasar ini weight=1 concept=as-used-in-this-policy
body: huruf besar weight=2.5 concept=defined-terms-intro # "istilah berhuruf besar"
body: subjek data weight=1.5 concept=gdpr-roles
# No "pengguna data" / "pemproses data" (PDPA 2010 controller/processor): stripping -an turns
# every "penggunaan data" and "pemprosesan data" into them.
body: tafsir weight=2 concept=means     # "hendaklah ditafsirkan"
body: konteks weight=2 concept=defined-terms-intro # "melainkan jika konteksnya menghendaki sebaliknya"
body: orang perseorangan weight=2 concept=identifiable-person
body: kenal pasti weight=1.5 concept=identifiable-person
body: rangkum weight=1 concept=includes
body: sebut weight=1 concept=hereinafter
# Added with the shared concept inventory (concepts.txt).
heading: glosari concept=key-terms
heading: istilah utama concept=key-terms
heading: tafsiran dan definisi concept=interpretation
heading: apa yang kami maksudkan dengan concept=what-we-mean-by
heading: apakah yang dimaksudkan dengan concept=what-we-mean-by
body: definisi berikut weight=3 concept=defined-terms-intro
body: data peribadi ertinya weight=3 concept=personal-data-means
body: data peribadi bermaksud weight=3 concept=personal-data-means
body: selepas ini weight=2 concept=hereinafter
body: pengawal data weight=1 concept=gdpr-roles
body: pengguna weight=0.3 concept=user
body: data peribadi weight=0.2 concept=personal-data

[collection]
heading: maklumat yang kami kumpul weight=1 concept=what-we-collect
heading: pengumpulan maklumat weight=1 concept=collection-of-information
heading: pengumpulan data peribadi weight=1 concept=collection-of-information
heading: jenis maklumat yang dikumpul weight=1 concept=categories-of-data
heading: data peribadi yang kami proses weight=1 concept=what-we-collect
heading: sumber maklumat weight=1 concept=sources-of-information
heading: maklumat yang anda berikan weight=1 concept=information-you-provide
heading: maklumat yang dikumpul secara automatik weight=1 concept=collected-automatically
body: kumpul weight=2.5 concept=we-collect
body: peroleh weight=1.5 concept=we-collect
body: beri kepada kami weight=2 concept=you-provide
body: secara automatik weight=2 concept=automatically
body: kategori data peribadi weight=2.5 concept=data-categories
body: sumber weight=1.5 concept=sources
# A list of the data handled, announced in the text (en: "the following data is processed:").
body: data berikut weight=2.5 concept=following-data
body: maklumat berikut weight=2.5 concept=following-data
body: data peribadi berikut weight=2.5 concept=following-data
body: maklumat peribadi berikut weight=2.5 concept=following-data
body: nama weight=1 concept=name
body: alamat e-mel weight=1.5 concept=contact-details
body: nombor telefon weight=1.5 concept=contact-details
body: alamat ip weight=2 concept=device-data
body: semak imbas weight=2 concept=device-data # "penyemak imbas" (browser)
body: sistem operasi weight=2 concept=device-data
body: lokasi weight=1.5 concept=location-data
body: pengenal peranti weight=2 concept=device-data
body: data log weight=1.5 concept=usage-data
body: demografi weight=1.5 concept=demographic-data
body: daftar weight=1.5 concept=forms
body: butiran kenalan weight=2 concept=contact-details
body: borang weight=1.5 concept=forms
body: maklumat pembayaran weight=1.5 concept=payment-data
# Added with the shared concept inventory (concepts.txt).
heading: maklumat yang dikumpul concept=what-we-collect
heading: data yang kami kumpul concept=what-we-collect
heading: maklumat peribadi yang kami kumpul concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: kebenaran weight=2 concept=what-we-collect
heading: kebenaran aplikasi weight=2 concept=what-we-collect
# "What we collect" as a relative clause inside a longer heading ("Personal information that we
# collect"); weak, since "How we use the information we collect" is about the use.
heading: yang kami kumpul weight=0.5 concept=what-we-collect
heading: pengumpulan data concept=collection-of-information
heading: sumber data peribadi concept=sources-of-information
heading: maklumat yang anda berikan kepada kami concept=information-you-provide
heading: borang hubungan weight=3 concept=information-you-provide
heading: borang hubungi kami weight=3 concept=information-you-provide
heading: maklumat yang kami kumpul secara automatik concept=collected-automatically
heading: bagaimana kami mengumpul maklumat anda concept=how-we-collect
heading: bagaimana kami mengumpul data peribadi concept=how-we-collect
heading: kategori data peribadi concept=categories-of-data
heading: kategori maklumat peribadi concept=categories-of-data
body: kategori maklumat peribadi weight=2.5 concept=data-categories
body: sedia secara umum weight=2 concept=publicly-available
body: sumber awam weight=2 concept=publicly-available
body: data geolokasi weight=2 concept=location-data
body: data lokasi weight=2 concept=location-data
body: data penggunaan weight=2 concept=usage-data
body: butiran pembayaran weight=1 concept=payment-data
body: akaun weight=0.3 concept=account
body: maklumat weight=0.1 concept=information
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: laporan ranap concept=collected-automatically
heading: data diagnostik concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: kekal di peranti anda weight=2 concept=on-device-data
heading: kekal dalam peranti anda weight=2 concept=on-device-data
heading: kekal di mac anda weight=2 concept=on-device-data
heading: diproses secara setempat weight=2 concept=on-device-data
heading: diproses secara tempatan weight=2 concept=on-device-data
heading: data yang disimpan secara setempat weight=2 concept=on-device-data
heading: pemprosesan setempat weight=2 concept=on-device-data
heading: pemprosesan pada peranti weight=2 concept=on-device-data
body: laporan ranap weight=2.5 concept=usage-data
body: log ranap weight=2.5 concept=usage-data
body: log nyahpepijat weight=2.5 concept=usage-data
body: data diagnostik weight=2 concept=usage-data
body: token push weight=2.5 concept=device-data
body: token pemberitahuan weight=2.5 concept=device-data
# "maklumat pengenalan (diri)": identification data (identity card, passport), a kind of data collected.
heading: maklumat pengenalan concept=categories-of-data
# "Payment information" names a category of data collected (not the payments section, whose word it holds).
heading: maklumat pembayaran weight=3 concept=categories-of-data
heading: data pembayaran weight=3 concept=categories-of-data
body: maklumat pengenalan weight=2 concept=data-categories
body: kad pengenalan weight=1.5 concept=data-categories
# "maklumat pelayar dan peranti": browser and device information collected.
body: maklumat peranti weight=2 concept=device-data
body: maklumat pelayar weight=2 concept=device-data

[use]
heading: bagaimana kami menggunakan maklumat anda weight=1 concept=how-we-use
heading: penggunaan maklumat weight=1 concept=use-of-information
heading: penggunaan data peribadi weight=1 concept=use-of-information
heading: tujuan pemprosesan weight=1 concept=purposes-of-processing
heading: tujuan penggunaan weight=1 concept=purposes-of-processing
heading: tujuan pengumpulan maklumat weight=1 concept=why-we-collect
heading: bagaimana kami menggunakan dan memproses data weight=1 concept=processing-of-personal-data
heading: untuk apa kami menggunakan maklumat anda weight=1 concept=how-we-use
body: guna weight=1 concept=we-use
body: tujuan weight=1.5 concept=purposes
body: tujuan berikut weight=2.5 concept=following-purposes
body: sedia perkhidmatan weight=1.5 concept=to-provide # "menyediakan perkhidmatan"
body: tambah baik weight=2 concept=to-improve
body: sesuai weight=1 concept=to-personalise # "menyesuaikan" (customise)
body: proses pesanan weight=2 concept=to-process-transactions
body: komunikasi dengan anda weight=2 concept=to-communicate
body: balas weight=1.5 concept=to-respond
body: analisis weight=1.5 concept=to-analyse
body: kaji weight=1.5 concept=research
body: cegah penipuan weight=2 concept=to-prevent-fraud
body: profil weight=2 concept=profiling
body: keputusan automatik weight=2 concept=automated-decisions
body: urus weight=1.5 concept=to-administer
body: tadbir weight=1.5 concept=to-administer
body: sah identiti weight=1.5
body: bangun produk weight=2 concept=to-develop
# Added with the shared concept inventory (concepts.txt).
heading: mengapa kami mengumpul maklumat anda concept=why-we-collect
heading: pemprosesan data peribadi concept=processing-of-personal-data
heading: bagaimana kami memproses data peribadi anda concept=processing-of-personal-data
body: penuh pesanan weight=1.5 concept=to-fulfil
body: hantar kepada anda weight=1 concept=to-send
body: sokongan pelanggan weight=1.5 concept=to-respond
body: statistik weight=1 concept=to-analyse
body: selesai masalah weight=2 concept=to-troubleshoot
body: diagnosis weight=2 concept=to-troubleshoot
body: penyelidikan pasaran weight=2 concept=research
body: proses pembayaran weight=1.5 concept=to-process-transactions
body: proses transaksi weight=1.5 concept=to-process-transactions
body: patuh undang-undang weight=1 concept=to-comply-with-law
body: obligasi undang-undang weight=1 concept=to-comply-with-law
# Purpose headings asked with other verbs ("Mengapa kami memproses data peribadi anda") and
# "bagi tujuan berikut".
heading: mengapa kami memproses concept=why-we-collect
heading: mengapa kami menggunakan concept=why-we-collect
heading: untuk tujuan berikut concept=purposes-of-processing
heading: bagi tujuan berikut concept=purposes-of-processing
heading: tujuan pengumpulan concept=why-we-collect
# Head-first: a heading opening with "Tujuan" (purposes of collection, processing, sharing ...) is about purposes.
heading: tujuan weight=2 concept=purposes-of-processing
heading: keputusan automatik concept=automated-decision-making
heading: pembuatan keputusan automatik concept=automated-decision-making
heading: keputusan automatik individu concept=automated-decision-making
heading: pemprofilan concept=automated-decision-making
# "untuk menyediakan produk dan perkhidmatan kami", "menyelenggara perniagaan kami".
body: sedia produk weight=1.5 concept=to-provide
body: selenggara weight=1 concept=to-administer

[legal-basis]
heading: asas undang-undang pemprosesan weight=1 concept=legal-basis
heading: dasar sah pemprosesan weight=1 concept=legal-basis
heading: asas sah untuk pemprosesan weight=1 concept=legal-basis
heading: asas perundangan weight=1 concept=legal-basis
heading: asas pemprosesan data peribadi weight=1 concept=legal-basis
heading: alasan pemprosesan weight=1 concept=legal-basis
# The legal-basis words ("legal basis", "legitimate interests", "Art. 6", "on the basis of", GDPR) stand in
# every subsection of a translated European policy (a plug-in, a host, a form): in a text they weigh
# less than the practice it describes; the headings still name a legal-basis section.
body: asas sah weight=2 concept=legal-basis-term
body: dasar sah weight=2 concept=legal-basis-term # the wording of many Malay translations
body: asas undang-undang weight=2 concept=legal-basis-term
body: kepentingan sah weight=2 concept=legitimate-interests
body: laksana kontrak weight=3 concept=performance-of-contract # "pelaksanaan kontrak", "melaksanakan kontrak"
body: kontrak dengan anda weight=2 concept=performance-of-contract
body: kewajipan undang-undang weight=2.5 concept=legal-obligation
body: obligasi undang-undang weight=2 concept=legal-obligation
body: patuh weight=1 concept=legal-obligation
body: kepentingan vital weight=3 concept=vital-interests
body: kepentingan awam weight=2.5 concept=public-interest
body: perkara 6 weight=2 concept=article-6 # GDPR Article 6
body: imbang weight=2 concept=balancing-test
body: hak asasi weight=2 concept=balancing-test
body: atas dasar weight=1.5 concept=on-the-basis-of
body: gantung weight=1 concept=on-the-basis-of # "kami bergantung kepada"
body: setuju weight=1 concept=consent-as-basis
# Added with the shared concept inventory (concepts.txt).
heading: atas dasar apa kami memproses data anda concept=why-allowed
heading: mengapa kami dibenarkan memproses data anda concept=why-allowed
heading: dibenarkan memproses concept=why-allowed
heading: berhak memproses concept=why-allowed
heading: atas dasar apa concept=why-allowed
body: pemprosesan adalah perlu weight=2.5 concept=processing-necessary
body: sah di sisi undang-undang weight=1 concept=lawful
body: perlu weight=0.5 concept=necessary

[consent]
heading: persetujuan weight=1 concept=your-consent
heading: persetujuan anda weight=1 concept=your-consent
heading: persetujuan dan pengeluarannya weight=1 concept=withdrawal-of-consent
heading: penarikan balik persetujuan weight=1 concept=withdrawal-of-consent
heading: memberi dan menarik balik persetujuan weight=1 concept=withdrawal-of-consent
heading: bagaimana menarik balik persetujuan weight=1 concept=withdrawal-of-consent
body: setuju weight=2 concept=you-consent
body: tarik balik weight=3 concept=withdraw
body: batal weight=2 concept=withdraw
body: keluar weight=1 concept=withdraw  # "mengeluarkan persetujuan"
body: bila-bila masa weight=1 concept=at-any-time
body: persetujuan nyata weight=2.5 concept=explicit-consent
body: persetujuan jelas weight=2.5 concept=explicit-consent
body: sukarela weight=2.5 concept=freely-given
body: izin weight=1.5 concept=permission
body: benar weight=1.5 concept=permission # "kebenaran", "membenarkan"
body: anggap weight=1.5 concept=you-agree # "dianggap telah bersetuju"
body: ubah fikiran weight=2 concept=change-your-mind
body: ikut serta weight=2 concept=opt-in # opt in
body: sebelum penarikan weight=2.5 concept=without-affecting-lawfulness
# Added with the shared concept inventory (concepts.txt).
body: anda setuju weight=1.5 concept=you-agree
body: beri secara bebas weight=2.5 concept=freely-given
body: tanda kotak weight=2 concept=opt-in

[sharing]
heading: perkongsian maklumat weight=1 concept=sharing-of-information
heading: pendedahan maklumat weight=1 concept=disclosure-of-information
heading: pendedahan data weight=1 concept=disclosure-of-information
heading: perkongsian dan pendedahan weight=1 concept=sharing-of-information
heading: dengan siapa kami berkongsi maklumat weight=1 concept=who-we-share-with
heading: pendedahan kepada pihak ketiga weight=1 concept=disclosure-of-information
heading: pemindahan perniagaan weight=1 concept=business-transfers
heading: adakah kami menjual maklumat anda weight=1 concept=sale-of-information
body: kongsi weight=2.5 concept=share
body: dedah weight=2.5 concept=disclose
body: pihak ketiga weight=1 concept=third-parties-term
body: penyedia perkhidmatan weight=2 concept=service-providers
body: sekutu weight=2 concept=affiliates
body: anak syarikat weight=1.5 concept=affiliates
body: rakan niaga weight=2 concept=business-partners
body: vendor weight=1.5 concept=service-providers
body: ejen weight=1 concept=service-providers
body: bagi pihak kami weight=1.5 concept=on-our-behalf
body: penggabungan weight=2.5 concept=corporate-transaction
body: pengambilalihan weight=2.5 concept=corporate-transaction
body: ambil alih weight=2 concept=corporate-transaction
body: muflis weight=2.5 concept=corporate-transaction
body: susun semula weight=2 concept=corporate-transaction
body: penguatkuasaan undang-undang weight=2.5 concept=authorities
body: sepina weight=2.5 concept=legal-process
body: perintah mahkamah weight=2.5 concept=legal-process
body: proses undang-undang weight=2 concept=legal-process
body: pihak berkuasa weight=1.5 concept=authorities
body: jual weight=1.5 concept=sell
body: sewa weight=1.5 concept=sell
# Added with the shared concept inventory (concepts.txt).
heading: bagaimana kami berkongsi maklumat anda concept=how-we-share
heading: maklumat yang kami kongsi concept=how-we-share
heading: pihak ketiga concept=third-parties
heading: perkongsian dengan pihak ketiga concept=third-parties
heading: penyedia perkhidmatan concept=service-providers-heading
heading: proses undang-undang concept=legal-requests
heading: penguatkuasaan undang-undang concept=legal-requests
heading: permintaan undang-undang concept=legal-requests
heading: penjualan maklumat peribadi concept=sale-of-information
body: pembekal weight=2 concept=service-providers
body: penerima weight=2 concept=recipients
body: rakan kongsi perniagaan weight=1.5 concept=business-partners
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: pemindahan data kepada pihak ketiga concept=transfer-to-third-parties
heading: pemindahan maklumat kepada pihak ketiga concept=transfer-to-third-parties
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: pengehosan concept=service-providers-heading
heading: penyedia pengehosan concept=service-providers-heading
heading: rangkaian penghantaran kandungan concept=service-providers-heading
heading: pemantauan ralat concept=service-providers-heading
body: pengehosan weight=2 concept=service-providers
body: dihoskan weight=2.5 concept=service-providers
body: penyedia pengehosan weight=2.5 concept=service-providers
body: rangkaian penghantaran kandungan weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: platform awan weight=2 concept=service-providers
body: pengkomputeran awan weight=2 concept=service-providers
body: penyedia perkhidmatan awan weight=2.5 concept=service-providers
body: perjanjian pemprosesan data weight=2 concept=service-providers
body: pemantauan ralat weight=2 concept=service-providers
# Cloud sync and backup: the data goes to a third-party cloud (iCloud, Google Drive).
body: icloud weight=2 concept=service-providers
body: google drive weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: pembayaran weight=2 concept=payments-purchases
heading: pemprosesan pembayaran weight=3 concept=payments-purchases
heading: pembelian dalam aplikasi weight=2 concept=payments-purchases
heading: langganan weight=2 concept=payments-purchases

[cookies]
heading: kuki weight=1 concept=cookies
heading: dasar kuki weight=1 concept=cookies
heading: penggunaan kuki weight=1 concept=cookies
heading: kuki dan teknologi serupa weight=1 concept=tracking-technologies
heading: kuki dan teknologi penjejakan weight=1 concept=tracking-technologies
heading: teknologi penjejakan weight=1 concept=tracking-technologies
heading: fail log weight=1 concept=log-files
body: kuki* weight=3 concept=cookie
body: cookie* weight=3 concept=cookie   # the English word is common in Malay policies
body: suar web weight=3 concept=web-beacon # web beacon
body: web beacon weight=3 concept=web-beacon
body: piksel weight=2.5 concept=web-beacon
body: jejak weight=2 concept=tracking-technology # menjejaki, penjejakan
body: teknologi serupa weight=2 concept=tracking-technology
body: storan tempatan weight=2.5 concept=local-storage
body: kekal weight=1 concept=cookie-lifetime # "kuki kekal" (persistent)
body: sesi weight=1.5 concept=cookie-lifetime
body: benar-benar perlu weight=2.5 concept=cookie-categories
body: google analytics weight=2.5 concept=analytics-term
body: analitik weight=2 concept=analytics-term
body: fail teks weight=2.5 concept=text-files
body: fail kecil weight=2.5 concept=text-files
body: tetapan semak imbas weight=2 concept=browser-settings
body: sekat weight=1.5 concept=browser-settings
# Added with the shared concept inventory (concepts.txt).
heading: suar web concept=web-beacons
heading: tag piksel concept=web-beacons
heading: analitik concept=analytics
body: fail log weight=2 concept=log-file
body: log pelayan weight=2 concept=log-file
body: sdk weight=2 concept=sdk
body: cap jari peranti weight=2.5 concept=fingerprinting
body: fungsi weight=1.5 concept=cookie-categories
body: prestasi weight=1.5 concept=cookie-categories
body: penyemak imbas weight=0.5 concept=browser
body: peranti weight=0.5 concept=device
heading: storan tempatan concept=tracking-technologies
# Browser local storage, a technology like cookies ("Storan Tempatan").
heading: penyimpanan tempatan weight=2 concept=tracking-technologies
body: penyimpanan tempatan weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage

[advertising]
heading: pengiklanan weight=1 concept=advertising
heading: pemasaran weight=1 concept=marketing
heading: pengiklanan dan pemasaran weight=1 concept=advertising
heading: pengiklanan berasaskan minat weight=1 concept=interest-based-advertising
heading: pengiklanan pihak ketiga weight=1 concept=third-party-advertising
heading: komunikasi pemasaran weight=1 concept=marketing-communications
heading: pemasaran langsung weight=1 concept=marketing
body: iklan weight=2.5 concept=ads
body: pasar weight=2 concept=marketing-purposes # memasarkan, pemasaran
body: rangkaian iklan weight=3 concept=ad-networks
body: berasaskan minat weight=3 concept=interest-based
body: sasar weight=2 concept=interest-based # menyasarkan, pengiklanan bersasar
body: tingkah laku weight=1.5 concept=interest-based
body: pemasaran semula weight=3 concept=retargeting # remarketing
body: promosi weight=2 concept=promotions
body: surat berita weight=2.5 concept=marketing-messages # newsletter
body: buletin weight=2 concept=marketing-messages
body: tawaran istimewa weight=2 concept=promotions
body: e-mel pemasaran weight=2.5 concept=marketing-messages
body: kempen weight=1.5 concept=ads
body: sepanduk weight=2 concept=ads     # banner ads
body: keberkesanan iklan weight=2 concept=ad-measurement
body: minat anda weight=1.5 concept=interests
# Added with the shared concept inventory (concepts.txt).
heading: pengiklanan bersasar concept=interest-based-advertising
heading: rangkaian pengiklanan concept=third-party-advertising
heading: komunikasi promosi concept=marketing-communications
body: rakan pengiklanan weight=3 concept=ad-networks
body: tujuan pemasaran weight=2 concept=marketing-purposes
body: sasar semula weight=3 concept=retargeting
body: network advertising initiative weight=3 concept=ad-industry-programs
body: digital advertising alliance weight=3 concept=ad-industry-programs
body: your online choices weight=3 concept=ad-industry-programs

[do-not-track]
heading: jangan jejak weight=1 concept=do-not-track
heading: isyarat jangan jejak weight=1 concept=do-not-track
heading: do not track weight=1 concept=do-not-track
heading: bagaimana kami bertindak balas terhadap isyarat jangan jejak weight=1 concept=do-not-track
heading: kawalan privasi global weight=1 concept=global-privacy-control
heading: isyarat pilihan penjejakan weight=1 concept=preference-signals
body: permintaan jangan jejak weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: do not track signal* weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: isyarat weight=2.5 concept=opt-out-preference-signal
body: isyarat semak imbas weight=3 concept=opt-out-preference-signal
body: isyarat pilihan weight=3 concept=opt-out-preference-signal
body: tindak balas weight=2 concept=do-not-respond # "kami tidak bertindak balas"
body: standard seragam weight=3 concept=no-uniform-standard
body: kenal weight=1 concept=honor-signals # "mengenali isyarat"
body: hormat weight=1 concept=honor-signals
body: dari semasa ke semasa dan merentasi weight=2 concept=cross-site-tracking
body: tetapan semak imbas weight=1.5 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt).
heading: global privacy control concept=global-privacy-control
heading: isyarat pilihan menarik diri concept=preference-signals
heading: isyarat penyemak imbas concept=preference-signals
body: isyarat jangan jejak weight=3 concept=dnt-signal
body: kawalan privasi global weight=3 concept=gpc-signal
body: mekanisme tarik diri sejagat weight=3 concept=opt-out-preference-signal

[choices]
heading: pilihan anda weight=1 concept=your-choices
heading: pilihan dan kawalan anda weight=1 concept=your-choices
heading: menarik diri weight=1 concept=opting-out
heading: bagaimana untuk menarik diri weight=1 concept=opting-out
heading: mengurus pilihan anda weight=1 concept=managing-preferences
heading: pilihan komunikasi weight=1 concept=managing-preferences
heading: berhenti melanggan weight=1 concept=unsubscribing
body: tarik diri weight=3 concept=opt-out # opt out
body: pilih keluar weight=3 concept=opt-out
body: henti langgan weight=3 concept=unsubscribe # "berhenti melanggan"
body: pilih untuk tidak weight=2.5 concept=choose-not-to
body: berhenti terima weight=2.5 concept=unsubscribe
body: e-mel promosi weight=2 concept=promotional-emails
body: keutamaan weight=1.5 concept=preferences
body: tetapan weight=1.5 concept=settings
body: tetapan akaun weight=2 concept=settings
body: lumpuh weight=2 concept=disable   # melumpuhkan
body: tolak weight=2 concept=decline
body: matikan weight=2 concept=disable
body: pemberitahuan tolak weight=2 concept=device-permissions # push notifications
body: perkhidmatan lokasi weight=2 concept=device-permissions
body: pautan di bahagian bawah weight=1.5 concept=unsubscribe-link
body: tidak dapat guna weight=1.5 concept=consequences-of-refusal
# Added with the shared concept inventory (concepts.txt).
heading: pilihan masuk dan pilihan keluar concept=opting-out
heading: mengurus keutamaan anda concept=managing-preferences
heading: keutamaan komunikasi concept=managing-preferences
heading: nyahlanggan concept=unsubscribing
body: nyahlanggan weight=3 concept=unsubscribe
body: mesej promosi weight=2 concept=promotional-emails
body: nyahaktif weight=2 concept=disable
body: terima weight=0.5 concept=receive

[rights]
heading: hak anda weight=1 concept=your-rights
heading: hak pengguna weight=1 concept=your-rights
heading: hak subjek data weight=1 concept=your-rights
heading: hak privasi anda weight=1 concept=your-rights
heading: melaksanakan hak anda weight=1 concept=exercising-rights
heading: akses dan pembetulan weight=1 concept=access-and-correction
heading: akses kepada data peribadi weight=1 concept=access-and-correction
heading: mengakses dan mengemas kini maklumat anda weight=1 concept=access-and-correction
heading: akses weight=1.5 concept=access-and-correction # "akses/kemas kini": access (to your data) is a right
body: hak akses weight=3 concept=right-of-access
body: akses weight=1 concept=access
body: betul weight=2 concept=rectification # membetulkan, pembetulan
body: tidak tepat weight=2 concept=rectification
body: padam weight=2 concept=erasure    # memadamkan, pemadaman
body: hapus weight=2 concept=erasure
body: dilupakan weight=3 concept=erasure # "hak untuk dilupakan"
body: kemudahalihan data weight=3 concept=portability # portability
body: boleh dibaca mesin weight=2.5 concept=portability
body: salinan weight=1.5 concept=copy-of-data
body: bantah weight=3 concept=right-to-object # membantah, bantahan
body: hadkan pemprosesan weight=3 concept=restriction
body: sekat pemprosesan weight=2.5 concept=restriction
body: aduan weight=2.5 concept=complaint-to-authority
body: pihak berkuasa penyeliaan weight=3 concept=complaint-to-authority
body: pesuruhjaya perlindungan data peribadi weight=3 concept=complaint-to-authority
body: laksana hak weight=2.5 concept=exercise-rights
body: sah identiti anda weight=2 concept=verify-identity
body: ejen yang diberi kuasa weight=2.5 concept=authorized-agent
body: diskriminasi weight=1.5 concept=non-discrimination
body: subjek data weight=2 concept=data-subject-rights
# Added with the shared concept inventory (concepts.txt).
heading: hak perlindungan data anda concept=your-rights
heading: hak dan permintaan concept=exercising-rights
heading: cara membuat permintaan concept=exercising-rights
heading: pembetulan, kemas kini dan pemadaman concept=access-and-correction
heading: ejen yang diberi kuasa concept=authorized-agents
heading: ejen sah concept=authorized-agents
body: permintaan weight=0.3 concept=request
# Coordinated heading "Hak dan Pilihan Anda" (Your Rights and Choices): the rights noun leads.
heading: hak dan pilihan anda concept=your-rights
heading: mengakses data saya concept=access-and-correction
heading: membetulkan data saya concept=access-and-correction
heading: mengubah data saya concept=access-and-correction
heading: apakah hak saya concept=your-rights
heading: hak saya concept=your-rights

[retention]
heading: pengekalan data weight=1 concept=data-retention
heading: tempoh penyimpanan weight=1 concept=retention-period
heading: tempoh pengekalan weight=1 concept=retention-period
heading: berapa lama kami menyimpan maklumat anda weight=1 concept=how-long-we-keep
heading: penyimpanan dan pemadaman weight=1 concept=retention-and-deletion
heading: prinsip penyimpanan weight=1 concept=data-retention
body: simpan weight=2 concept=keep
body: ekal weight=3 concept=retain      # mengekalkan, pengekalan
body: tempoh weight=2 concept=retention-criteria
body: selagi perlu weight=3 concept=as-long-as-necessary
body: selama yang perlu weight=3 concept=as-long-as-necessary
body: tidak lagi perlu weight=2.5 concept=no-longer-needed
body: jangka masa weight=2 concept=retention-criteria
body: kriteria weight=2 concept=retention-criteria
body: tanpa nama weight=2 concept=anonymise # "menjadikannya tanpa nama" (anonymise)
body: musnah weight=2 concept=destroy
body: lupus weight=2 concept=destroy    # pelupusan
body: padam dengan selamat weight=2 concept=destroy
body: arkib weight=2 concept=archive
body: sandaran weight=1.5 concept=archive
body: had masa weight=2.5 concept=legal-retention-requirements # statute of limitations: "had masa"
body: simpan rekod weight=2.5 concept=legal-retention-requirements
body: tidak aktif weight=2 concept=inactive-accounts
# Added with the shared concept inventory (concepts.txt).
heading: pengekalan maklumat peribadi concept=data-retention
heading: berapa lama kami mengekalkan maklumat anda concept=how-long-we-keep
heading: penyimpanan dan pengekalan concept=storage-and-retention
heading: pengekalan dan pemadaman concept=retention-and-deletion
heading: bagaimana kami menyimpan concept=storage-and-retention
body: nyahkenal pasti weight=2 concept=anonymise
body: tahun weight=0.5 concept=years
body: storan weight=1 concept=store
# "tanpa pengenalan" is without identification (de-identified), not an introduction.
body: tanpa pengenalan weight=2 concept=anonymise

[security]
heading: keselamatan weight=1 concept=data-security
heading: keselamatan data weight=1 concept=data-security
heading: keselamatan maklumat weight=1 concept=data-security
heading: bagaimana kami melindungi maklumat anda weight=1 concept=how-we-protect
heading: langkah keselamatan weight=1 concept=security-measures
heading: perlindungan maklumat weight=1 concept=how-we-protect
heading: prinsip keselamatan weight=1 concept=data-security
body: selamat weight=2 concept=secure
body: lindung weight=1.5 concept=protect
body: sulit weight=2 concept=confidentiality # menyulitkan (encrypt), kerahsiaan
body: enkripsi weight=3 concept=encryption
body: ssl weight=3 concept=encryption
body: tls weight=3 concept=encryption
body: akses tanpa kebenaran weight=3 concept=unauthorized-access
body: akses yang tidak dibenarkan weight=3 concept=unauthorized-access
body: langkah teknikal dan organisasi weight=3 concept=technical-organisational-measures
body: fizikal weight=1.5 concept=physical-safeguards
body: tembok api weight=3 concept=technical-controls
body: pelanggaran data weight=3 concept=breach
body: insiden keselamatan weight=3 concept=breach
body: kata laluan weight=2 concept=technical-controls
body: kawalan akses weight=2.5 concept=technical-controls
body: tidak dapat menjamin weight=2.5 concept=no-guarantee
body: risiko anda sendiri weight=2.5 concept=no-guarantee
body: salah guna weight=2 concept=loss-misuse-alteration
body: ubah suai weight=1 concept=loss-misuse-alteration
body: standard industri weight=2 concept=industry-standard
# Added with the shared concept inventory (concepts.txt).
heading: keselamatan maklumat anda concept=data-security
heading: keselamatan dan penyulitan concept=data-security
heading: melindungi maklumat anda concept=how-we-protect
heading: langkah-langkah keselamatan concept=security-measures
body: langkah perlindungan weight=2.5 concept=safeguards
body: hilang weight=2 concept=loss-misuse-alteration
body: ceroboh weight=2.5 concept=breach
body: kelemahan weight=2 concept=breach
body: pasti weight=0.5 concept=ensure
# Personal-data breaches and their notification: a security topic.
heading: pelanggaran data concept=data-security
heading: kebocoran data concept=data-security
heading: insiden keselamatan concept=data-security
heading: penyulitan concept=data-security

[children]
heading: kanak-kanak weight=1 concept=childrens-privacy
heading: privasi kanak-kanak weight=1 concept=childrens-privacy
heading: maklumat mengenai kanak-kanak weight=1 concept=childrens-privacy
heading: kanak-kanak di bawah umur 13 tahun weight=1 concept=age-limits
heading: kanak-kanak di bawah umur weight=1 concept=minors
heading: had umur weight=1 concept=age-limits
body: kanak weight=3 concept=children   # kanak-kanak
body: bawah umur weight=3 concept=age-threshold
body: di bawah umur 13 weight=3 concept=age-threshold
body: di bawah umur 16 weight=3 concept=age-threshold
body: di bawah umur 18 weight=2.5 concept=age-threshold
body: ibu bapa weight=3 concept=parents-guardians
body: penjaga weight=2.5 concept=parents-guardians
body: persetujuan ibu bapa weight=3 concept=parental-consent
body: coppa weight=3 concept=coppa
body: dengan sengaja weight=2.5 concept=knowingly-collect # "kami tidak dengan sengaja mengumpul"
body: tidak ditujukan kepada weight=2 concept=not-directed-to-children
body: remaja weight=2.5 concept=minors-teens
body: umur weight=1.5 concept=age
body: jika kami dapati weight=2 concept=if-we-learn
body: anak weight=1 concept=children
# Added with the shared concept inventory (concepts.txt).
heading: sekatan umur concept=age-limits
heading: golongan bawah umur concept=minors
heading: penggunaan perkhidmatan oleh orang bawah umur concept=minors
body: orang bawah umur weight=2.5 concept=minors-teens
body: tahun ke atas weight=2.5 concept=age-threshold

[international]
heading: pemindahan antarabangsa weight=1 concept=international-transfers
heading: pemindahan data antarabangsa weight=1 concept=international-transfers
heading: pemindahan data rentas sempadan weight=1 concept=international-transfers
heading: pemindahan data weight=1 concept=data-transfers
heading: di mana kami menyimpan maklumat anda weight=1 concept=where-we-store
heading: lokasi pemprosesan weight=1 concept=where-we-store
heading: penyimpanan data weight=1 concept=where-we-store
heading: storan data weight=1 concept=where-we-store
heading: pemindahan ke luar negara weight=1 concept=international-transfers
body: pindah weight=1.5 concept=transfer
body: rentas sempadan weight=3 concept=cross-border
body: luar negara weight=2.5 concept=other-countries
body: negara lain weight=2.5 concept=other-countries
body: bidang kuasa weight=2 concept=jurisdictions
body: kawasan ekonomi eropah weight=2.5 concept=eea
body: amerika syarikat weight=1.5 concept=united-states
# The transfer safeguards (standard contractual clauses, adequacy decisions, the Data Privacy Framework)
# stand in one sentence of many subsections about a single social network or cloud service: in a
# text they weigh less than the practice it describes; the headings still name a transfer section.
body: fasal kontrak standard weight=2 concept=transfer-safeguards
body: klausa kontrak standard weight=2 concept=transfer-safeguards
body: keputusan kecukupan weight=2 concept=adequacy
body: kecukupan weight=2 concept=adequacy
body: peraturan korporat yang mengikat weight=2 concept=transfer-safeguards
body: perlindungan yang sewajarnya weight=2 concept=transfer-safeguards
body: pelayan yang terletak weight=2.5 concept=server-location
body: di seluruh dunia weight=1.5 concept=around-the-world
# Added with the shared concept inventory (concepts.txt).
heading: pemindahan maklumat concept=data-transfers
heading: di mana kami menyimpan concept=where-we-store
heading: di mana data disimpan concept=where-we-store
body: eea weight=2 concept=eea
body: rangka kerja privasi data weight=2 concept=privacy-frameworks
body: privacy shield weight=2 concept=privacy-frameworks
body: tahap perlindungan yang sama weight=2 concept=less-protective
body: simpan di weight=2 concept=server-location

[regional]
heading: penduduk california weight=1 concept=california
heading: hak privasi california weight=1 concept=california
heading: notis kepada penduduk california weight=1 concept=california
heading: pematuhan dengan gdpr weight=1 concept=eea-gdpr-notice
heading: pengguna di kesatuan eropah weight=1 concept=eea-gdpr-notice
heading: peruntukan khusus mengikut bidang kuasa weight=1 concept=jurisdiction-specific
heading: penduduk nevada weight=1 concept=us-state-rights
body: california weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: nevada weight=3 concept=us-states
body: virginia weight=3 concept=us-states
body: colorado weight=3 concept=us-states
body: penduduk weight=2 concept=residents
body: pengguna california weight=2 concept=consumers
body: tidak menjual weight=2.5 concept=do-not-sell
body: jual atau kongsi weight=3 concept=do-not-sell
body: insentif kewangan weight=3 concept=financial-incentives
body: 12 bulan sebelumnya weight=3 concept=preceding-12-months
body: gdpr weight=2.5 concept=eu-gdpr
body: kesatuan eropah weight=2 concept=eu-gdpr
body: brazil weight=2 concept=brazil-lgpd
body: lgpd weight=3 concept=brazil-lgpd
body: kanada weight=2 concept=canada-pipeda
body: pipeda weight=3 concept=canada-pipeda
# Added with the shared concept inventory (concepts.txt).
heading: hak privasi negeri as concept=us-state-rights
heading: hak privasi negeri amerika syarikat concept=us-state-rights
heading: notis kepada penduduk kawasan ekonomi eropah concept=eea-gdpr-notice
heading: maklumat tambahan untuk bidang kuasa tertentu concept=jurisdiction-specific
body: connecticut weight=3 concept=us-states
body: pengguna weight=0.5 concept=consumers
body: pengiklanan tingkah laku rentas konteks weight=3 concept=cross-context-advertising
body: negeri weight=0.5 concept=state
# Regional annexes and law acronyms as headings (APPI, PIPA, PIPL, ...): heading-only, never body terms.
heading: appi concept=jurisdiction-specific
heading: pipa concept=jurisdiction-specific
heading: pipl concept=jurisdiction-specific
heading: lgpd concept=jurisdiction-specific
heading: pipeda concept=jurisdiction-specific
heading: popia concept=jurisdiction-specific
heading: kvkk concept=jurisdiction-specific
heading: vcdpa concept=jurisdiction-specific
heading: cpra concept=jurisdiction-specific
heading: ccpa concept=jurisdiction-specific
heading: nfadp concept=jurisdiction-specific
heading: revdsg concept=jurisdiction-specific
heading: ndsg concept=jurisdiction-specific
heading: fadp concept=jurisdiction-specific
heading: uk gdpr concept=jurisdiction-specific
heading: lampiran serantau concept=jurisdiction-specific
heading: jepun weight=1 concept=jurisdiction-specific
heading: korea selatan weight=1 concept=jurisdiction-specific

[third-party-sites]
heading: pautan pihak ketiga weight=1 concept=links-to-other-sites
heading: laman web pihak ketiga weight=1 concept=third-party-websites
heading: perkhidmatan pihak ketiga weight=3 concept=third-party-services
heading: pautan ke laman web lain weight=1 concept=links-to-other-sites
heading: pautan luar weight=1 concept=links-to-other-sites
heading: laman web lain weight=1 concept=third-party-websites
body: paut weight=2.5 concept=links     # pautan, dipautkan
body: hiperpautan weight=3 concept=links
body: laman lain weight=2 concept=other-sites
body: laman luar weight=2.5 concept=other-sites
body: dikendalikan oleh pihak ketiga weight=2.5 concept=other-sites
body: tidak bertanggungjawab weight=3 concept=not-responsible
body: tiada kawalan weight=2.5 concept=not-responsible
body: dasar privasi mereka sendiri weight=3 concept=their-privacy-policies
body: amalan privasi weight=2 concept=their-privacy-policies
body: galak anda membaca weight=2.5 concept=encourage-review # "kami menggalakkan anda membaca"
body: tinggal laman web kami weight=2.5 concept=leave-our-site # "apabila anda meninggalkan"
body: sokong weight=1.5 concept=not-responsible # endorse
body: pemalam weight=2.5 concept=plugins # plug-in
body: widget weight=2.5 concept=plugins
body: media sosial weight=1.5
# Added with the shared concept inventory (concepts.txt).
heading: pemalam media sosial concept=social-media-plugins
heading: ciri media sosial concept=social-media-plugins
heading: dasar privasi pihak ketiga concept=third-party-privacy-policies
heading: amalan privasi pihak ketiga concept=third-party-privacy-policies
body: aplikasi pihak ketiga weight=2 concept=third-party-applications
body: kandungan weight=0.5 concept=content
body: semak weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: media sosial concept=social-media-presence
heading: rangkaian sosial concept=social-media-presence
heading: kehadiran kami di media sosial concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: dikumpul oleh pihak ketiga concept=third-party-data-collection
heading: maklumat yang dikumpul oleh pihak ketiga concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: kandungan terbenam concept=third-party-services
heading: kandungan pihak ketiga concept=third-party-services
heading: video terbenam concept=third-party-services
heading: perkhidmatan luaran concept=third-party-services
heading: sdk pihak ketiga concept=third-party-services
heading: penyegerakan awan weight=3 concept=third-party-services
heading: penyegerakan cloud weight=3 concept=third-party-services
heading: sandaran icloud weight=3 concept=third-party-services
heading: sandaran awan weight=3 concept=third-party-services
heading: penyegerakan dan sandaran concept=third-party-services
heading: pemalam concept=social-media-plugins
body: terbenam weight=2.5 concept=plugins
body: dibenamkan weight=2.5 concept=plugins
body: membenamkan weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: kandungan pihak ketiga weight=3 concept=other-sites
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: mod privasi dipertingkatkan weight=2.5 concept=plugins
body: log masuk ke akaun anda weight=1.5 concept=plugins
# "Laman sesawang" is the Malaysian standard word for website, beside "laman web".
heading: laman sesawang pihak ketiga concept=third-party-websites
heading: laman sesawang lain concept=third-party-websites
body: laman sesawang pihak ketiga weight=2 concept=other-sites
body: laman sesawang lain weight=2 concept=other-sites
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: sambungan rangkaian weight=2 concept=network-connections
heading: permintaan rangkaian weight=2 concept=network-connections
heading: sambungan luaran weight=2 concept=network-connections
heading: meninggalkan peranti anda weight=2 concept=network-connections
heading: dihantar melalui internet weight=2 concept=network-connections
heading: yang melalui internet weight=2 concept=network-connections
heading: dihantar ke luar peranti weight=2 concept=network-connections
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
heading: perubahan kepada dasar ini weight=1 concept=changes-to-policy
heading: perubahan kepada dasar privasi ini weight=1 concept=changes-to-policy
heading: perubahan kepada kenyataan privasi ini weight=1 concept=changes-to-policy
heading: pindaan dasar weight=1 concept=amendments
heading: kemas kini dasar weight=1 concept=policy-updates
heading: pemberitahuan perubahan weight=1 concept=notification-of-changes
body: ubah weight=1.5 concept=change-update
body: kemas kini weight=2 concept=change-update
body: ubah suai weight=2 concept=change-update
body: pinda weight=2.5 concept=change-update
body: semak semula weight=2 concept=change-update
body: tarikh kuat kuasa weight=3 concept=effective-date
body: berkuat kuasa weight=2.5 concept=effective-date
body: kali terakhir dikemas kini weight=3 concept=effective-date
body: dari semasa ke semasa weight=2.5 concept=from-time-to-time
body: perubahan ketara weight=3 concept=material-changes
body: terus guna weight=3 concept=continued-use # "penggunaan berterusan", "terus menggunakan"
body: berterusan weight=1.5 concept=continued-use
body: secara berkala weight=2.5 concept=from-time-to-time
body: versi terkini weight=2 concept=latest-version
body: berhak weight=1.5 concept=reserve-the-right
body: siar weight=1 concept=posting     # disiarkan, diposkan
body: pos weight=1 concept=posting
# Added with the shared concept inventory (concepts.txt).
heading: kemas kini kepada dasar ini concept=policy-updates
heading: pindaan concept=amendments
heading: semakan concept=amendments
heading: tarikh berkuat kuasa concept=entry-into-force
heading: peruntukan tambahan concept=entry-into-force
body: berkuat kuasa serta-merta weight=2.5 concept=effective-immediately
body: semak dasar ini weight=2.5 concept=check-back
body: maklum anda weight=1.5 concept=notify-you
body: versi weight=1 concept=version
body: notis weight=0.5 concept=notice
# Where a changed policy is posted: "(we will post the new policy) on this page".
body: di halaman ini weight=1 concept=posting
heading: perubahan kepada dasar privasi concept=changes-to-policy
heading: perubahan dasar privasi concept=changes-to-policy

[contact]
heading: hubungi kami weight=1 concept=contact-us
heading: hubungi concept=contact-us
heading: maklumat hubungan weight=1 concept=contact-information
heading: butiran hubungan weight=1 concept=contact-information
heading: cara menghubungi kami weight=1 concept=how-to-contact
heading: pertanyaan weight=1 concept=questions
heading: soalan weight=1 concept=questions
heading: pegawai perlindungan data weight=1 concept=data-protection-officer
body: sila hubungi weight=3 concept=please-contact
body: sebarang soalan weight=2.5 concept=questions-comments
body: soalan mengenai weight=2.5 concept=questions-comments
body: komen weight=1.5 concept=questions-comments
body: kebimbangan weight=1.5 concept=questions-comments
body: aduan atau pertanyaan weight=2 concept=questions-comments
body: pegawai privasi weight=3 concept=dpo
body: dpo weight=3 concept=dpo
body: e-mel kepada kami weight=3 concept=please-contact
body: tulis kepada kami weight=3 concept=please-contact
body: alamat pos weight=2 concept=postal-address
body: untuk perhatian weight=2.5 concept=postal-address
body: perhatian weight=1 concept=postal-address
body: telefon weight=1.5 concept=telephone
body: melalui e-mel weight=1.5 concept=by-email
body: khidmat pelanggan weight=1.5 concept=customer-service
# Added with the shared concept inventory (concepts.txt).
heading: menghubungi kami concept=contact-us
heading: bagaimana untuk menghubungi kami concept=how-to-contact
heading: soalan atau kebimbangan concept=questions
body: alamat weight=0.3 concept=address
# The controller's identity and address (GDPR art. 13(1)(a)): "Pengawal data".
heading: pengawal data concept=contact-information
heading: pengawal data peribadi concept=contact-information
heading: siapa yang boleh saya hubungi concept=how-to-contact
heading: siapakah yang boleh saya hubungi concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no cue inside it
# counts. Written whole, like boilerplate headings.
# A software update or app version is not a change to the policy.
kemas kini perisian
kemas kini aplikasi
menyemak kemas kini
kemas kini automatik
versi aplikasi
# The data-protection authority's name is no security practice.
jabatan perlindungan data peribadi
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
