# Indonesian lexicon (Bahasa Indonesia, formal register of Indonesian policies and of the
# Personal Data Protection Law, UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi:
# "pengendali data pribadi", "subjek data pribadi", "pemrosesan", "kepentingan yang sah").
#
# Writing convention for section entries (same as ms.lex):
# - verbs are written as roots (kumpul, guna, simpan, ungkap, hapus, ubah, lacak), because
#   document words lose their affixes before matching: dikumpulkan, mengumpulkan,
#   pengumpulan -> kumpul; mengungkapkan, pengungkapan -> ungkap;
# - established nouns and fixed terms stay whole (layanan, kepentingan yang sah, penegak
#   hukum, perbaikan): the document word matches as written before any stripping. Stripping
#   must stop at the first form found in the lexicon ("simpan" must not become "simp").
# - headings are written the way real headings read.
@language id
@name Indonesian
@fold-accents yes
# menge-/penge- (monosyllabic roots: mengecek, pengecekan -> cek) added to the usual list.
@prefixes menge penge meng>k meng mem>p mem men>t men meny>s me ber be di pe peng>k peng pem>p pem pen>t pen peny>s per ter ke se
@suffixes kan an i nya lah kah

[profile]
# Function words first, then words frequent in privacy policies. weight=3: Indonesian
# spelling or word choice that Malay does not use (bahwa/bahawa, informasi/maklumat,
# layanan/perkhidmatan, perusahaan/syarikat, karena/kerana, tautan/pautan, nomor/nombor,
# akun/akaun, perangkat/peranti, pemerintah/kerajaan, uang/wang). weight=2: used in both
# but far more typical of Indonesian. Shared words stay at 1. English loanwords stay low
# even where Malay avoids them (server, email, data, web): an English clause is full of them.
# "Anda" is capitalised in Indonesian and usually lower-case in Malay, but case is folded,
# so it cannot tell them apart.
yang
dan
di
ke
dari
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
akan
dapat
bisa weight=3                 # ms "boleh"
adalah
merupakan weight=2
yaitu weight=3                # ms "iaitu"
juga
telah
sudah
bagi
tersebut
kami
anda
kita
mereka
sebagai
jika
apabila
bahwa weight=3                # ms "bahawa"
seperti
serta
atas
antara
tanpa
melalui
selain
hanya
saja weight=2                 # ms "sahaja"
lebih
semua
setiap
apa
pun
apapun weight=2
beberapa
tertentu
secara
sesuai
menurut weight=2              # ms "mengikut"
berdasarkan
terhadap
mengenai
tentang
agar
supaya
karena weight=3               # ms "kerana"
namun
tetapi
waktu
kapan weight=3                # ms "bila"
selama
setelah
sesudah weight=2              # ms "selepas"
sebelum
hingga
sampai weight=2
perlu
harus weight=2                # ms "mesti", "hendaklah"
wajib
mungkin
silakan weight=2              # ms "sila"
mohon
termasuk
ada
memiliki weight=2             # ms "mempunyai"
apakah weight=2               # ms "adakah"
terkait weight=2              # ms "berkaitan", "berhubung"
wajar weight=2                # ms "munasabah"
informasi weight=3            # ms "maklumat"
data weight=0.5
pribadi weight=3              # ms "peribadi"
privasi
kebijakan weight=3            # ms "dasar"
layanan weight=3              # ms "perkhidmatan"
perusahaan weight=3           # ms "syarikat"
bisnis weight=2               # ms "perniagaan"
situs weight=3                # ms "laman web"
web weight=0.5
internet weight=0.5
cookie weight=1               # ms "kuki"; also English
pengguna
pelanggan
pengunjung weight=2           # ms "pelawat"
pihak
ketiga
penggunaan
pengumpulan
pengungkapan weight=3         # ms "pendedahan"
mengungkapkan weight=3
membagikan weight=3           # ms "berkongsi"
berbagi weight=3
penyimpanan
keamanan weight=3             # ms "keselamatan"
perlindungan
pelindungan weight=3          # the spelling of UU PDP
melindungi
hak
persetujuan
menyetujui weight=2
hukum weight=2
undang
tautan weight=3               # ms "pautan"
server weight=1               # ms "pelayan"; also English
surel weight=3                # ms "e-mel"
email weight=0.5
alamat
telepon weight=3              # ms "telefon"
ponsel weight=3               # ms "telefon bimbit"
seluler weight=3              # ms "mudah alih"
nomor weight=3                # ms "nombor"
akun weight=3                 # ms "akaun"
perangkat weight=3            # ms "peranti"
peramban weight=3             # ms "penyemak imbas"
jaringan weight=3             # ms "rangkaian"
daring weight=3               # ms "dalam talian"
pemerintah weight=3           # ms "kerajaan"
pengadilan weight=3           # ms "mahkamah"
gratis weight=2               # ms "percuma"; also es/pt/nl
uang weight=3                 # ms "wang"
kartu weight=3                # ms "kad"
ketentuan weight=2            # ms "terma"
berlaku
tunduk weight=2               # ms "tertakluk"
pemrosesan weight=3           # ms "pemprosesan"
memproses
tujuan
permintaan
hubungi
anak
orang
tua
pembelian
pemasaran
iklan
periklanan weight=3           # ms "pengiklanan"
teknologi
sistem
dikumpulkan
kepentingan
sah
negara
luar
transfer weight=0.5
mentransfer weight=3          # ms "memindahkan"
memperbarui weight=3          # ms "mengemas kini"
diperbarui weight=3
perubahan
pemberitahuan weight=2        # ms "notis"
pertanyaan
produk
aplikasi
kepatuhan weight=2            # ms "pematuhan"
mengelola weight=2            # ms "menguruskan"
pengelolaan weight=2          # ms "pengurusan"
jangka weight=2               # "jangka waktu"; ms "tempoh"
periode weight=2
menit weight=3                # ms "minit"
delapan weight=3              # ms "lapan"
jam
tahun
hari
bulan
masa
aman
berwenang weight=3            # "pihak berwenang"; ms "berkuasa"
kontak weight=2               # ms "hubungan"
pengaturan weight=2           # "settings"; ms "tetapan"
formulir weight=3             # ms "borang"
sandi weight=3                # "kata sandi"; ms "kata laluan"

[units]
# "minggu" also means Sunday; "pekan" is Indonesian only (in Malay it is a small town).
year: tahun
month: bulan
week: minggu, pekan
day: hari
hour: jam
minute: menit
business-day: hari kerja
# "se-" joined to a unit is one of it, written as one word: "sekali seminggu" (once a
# week), "disimpan selama setahun". "sehari" is left out: "sehari-hari" means everyday.
1 year: setahun
1 month: sebulan
1 week: seminggu, sepekan
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
8: delapan
9: sembilan
10: sepuluh
11: sebelas
12: dua belas
13: tiga belas
14: empat belas
15: lima belas
16: enam belas
18: delapan belas
20: dua puluh
24: dua puluh empat
30: tiga puluh
45: empat puluh lima
60: enam puluh
72: tujuh puluh dua
90: sembilan puluh
100: seratus

[references]
# Indonesia's own UU PDP (UU No. 27/2022) is a "personal data protection law" and is filed
# under pdpa, the id its English name maps to.
gdpr: peraturan perlindungan data umum, regulasi perlindungan data umum, gdpr
ccpa: undang-undang privasi konsumen california, ccpa
cpra: undang-undang hak privasi california, cpra
coppa: undang-undang perlindungan privasi daring anak, coppa
pdpa: undang-undang pelindungan data pribadi, undang-undang perlindungan data pribadi, uu pdp, pdpa
lgpd: undang-undang umum perlindungan data brasil, lgpd
pipeda: undang-undang perlindungan informasi pribadi dan dokumen elektronik, pipeda
appi: undang-undang tentang perlindungan informasi pribadi, appi
pipl: undang-undang perlindungan informasi pribadi, pipl

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
ketentuan penggunaan
syarat penggunaan
syarat dan ketentuan
ketentuan layanan
persyaratan layanan
hukum yang berlaku
hukum yang mengatur
hukum yang berlaku dan yurisdiksi
yurisdiksi
keterpisahan
keseluruhan perjanjian
pengesampingan
tidak ada pengesampingan
keadaan kahar
force majeure
penafian
penyangkalan
batasan tanggung jawab
pembatasan tanggung jawab
terjemahan
terjemahan lainnya
terjemahan lain
versi bahasa
versi bahasa inggris yang berlaku
bahasa inggris yang berlaku
lisensi
hak cipta
ucapan terima kasih
daftar isi

# ---------------------------------------------------------------------------------------
hak kekayaan intelektual
kekayaan intelektual
hak cipta dan kekayaan intelektual
bahasa
pemberitahuan bahasa

[intro]
heading: pendahuluan weight=1 concept=introduction
heading: pengantar weight=1 concept=introduction
heading: tentang kebijakan ini weight=1 concept=about-this-policy
heading: ruang lingkup weight=1 concept=scope
heading: siapa kami weight=1 concept=who-we-are
heading: tentang kami weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
heading: pemberitahuan privasi weight=1 concept=privacy-policy-title
heading: kebijakan privasi weight=0.5 concept=privacy-policy-title # the document title, also inside many headings
body: kebijakan privasi ini weight=2 concept=this-privacy-policy
body: berlaku untuk weight=2 concept=policy-applies-to
body: lingkup weight=2 concept=policy-applies-to
body: dengan guna weight=1.5 concept=by-using # "dengan menggunakan situs ini"
body: dengan akses weight=1.5 concept=by-using # "dengan mengakses"
body: dengan kunjung weight=1.5 concept=by-using # "dengan mengunjungi"
body: jelas weight=1 concept=policy-describes # "menjelaskan bagaimana kami"
body: komitmen weight=2 concept=committed-to-privacy
body: hormat weight=1.5 concept=committed-to-privacy
body: milik weight=1 concept=company
body: kelola weight=1 concept=company   # "dimiliki dan dikelola oleh"
body: selanjutnya disebut weight=2.5 concept=referred-to-as
body: syarat dan ketentuan weight=1 concept=terms-of-use
body: tidak setuju weight=2 concept=if-you-do-not-agree
body: harap baca weight=1.5 concept=please-read
body: pengunjung weight=1 concept=website
# Added with the shared concept inventory (concepts.txt).
heading: ikhtisar concept=summary
heading: ringkasan concept=summary
heading: poin-poin penting concept=summary
heading: tentang pemberitahuan ini concept=about-this-policy
heading: ruang lingkup kebijakan ini concept=scope
heading: penerapan concept=scope
heading: komitmen kami terhadap privasi anda concept=commitment-to-privacy
heading: komitmen kami terhadap privasi concept=commitment-to-privacy
heading: penerimaan anda concept=acceptance
heading: persetujuan anda terhadap kebijakan ini concept=acceptance
heading: pernyataan privasi weight=0.5 concept=privacy-policy-title
body: kebijakan privasi ini menjelaskan weight=2.5 concept=policy-describes
body: kebijakan ini tidak berlaku weight=2.5 concept=policy-applies-to
body: terima weight=0.5 concept=acceptance-of-policy
body: penerimaan weight=1.5 concept=acceptance-of-policy
body: ketentuan layanan weight=1 concept=terms-of-use
body: silakan baca weight=1.5 concept=please-read
body: privasi weight=0.3 concept=privacy
body: situs web weight=0.3 concept=website
body: aplikasi weight=0.3 concept=website
body: layanan weight=0.3 concept=services
body: perusahaan weight=0.3 concept=company
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
heading: sekilas concept=summary
heading: secara singkat concept=summary

[definitions]
heading: definisi weight=1 concept=definitions
heading: istilah weight=1 concept=key-terms
heading: pengertian weight=1 concept=definitions
heading: ketentuan umum weight=1 concept=definitions
heading: definisi dan interpretasi weight=1 concept=interpretation
heading: istilah yang digunakan dalam kebijakan ini weight=1 concept=key-terms
body: arti weight=2.5 concept=means     # "berarti", "artinya"
body: yang dimaksud dengan weight=3 concept=means
body: maksud weight=2 concept=means
body: rujuk pada weight=2 concept=refers-to
body: untuk tujuan kebijakan ini weight=2.5 concept=as-used-in-this-policy
body: dalam kebijakan ini weight=1 concept=as-used-in-this-policy
body: huruf kapital weight=2.5 concept=defined-terms-intro
body: subjek data pribadi weight=1.5 concept=gdpr-roles
body: pengendali data pribadi weight=1.5 concept=gdpr-roles
body: prosesor data pribadi weight=1.5 concept=gdpr-roles
body: orang perseorangan weight=2 concept=identifiable-person
body: identifikasi weight=1.5 concept=identifiable-person # "teridentifikasi atau dapat diidentifikasi"
body: cakup weight=1 concept=includes
body: sebut weight=1 concept=hereinafter
# Added with the shared concept inventory (concepts.txt).
heading: daftar istilah concept=key-terms
heading: glosarium concept=key-terms
heading: istilah-istilah penting concept=key-terms
heading: interpretasi concept=interpretation
heading: penafsiran concept=interpretation
heading: apa yang kami maksud dengan concept=what-we-mean-by
heading: apa yang dimaksud dengan concept=what-we-mean-by
body: definisi berikut weight=3 concept=defined-terms-intro
body: data pribadi adalah weight=3 concept=personal-data-means
body: data pribadi berarti weight=3 concept=personal-data-means
body: selanjutnya disebut weight=2 concept=hereinafter
body: pengguna weight=0.3 concept=user
body: data pribadi weight=0.2 concept=personal-data

[collection]
heading: informasi yang kami kumpulkan weight=1 concept=what-we-collect
heading: data yang kami kumpulkan weight=1 concept=what-we-collect
heading: pengumpulan informasi weight=1 concept=collection-of-information
heading: pengumpulan data pribadi weight=1 concept=collection-of-information
heading: jenis informasi yang dikumpulkan weight=1 concept=categories-of-data
heading: sumber informasi weight=1 concept=sources-of-information
heading: informasi yang anda berikan weight=1 concept=information-you-provide
heading: informasi yang dikumpulkan secara otomatis weight=1 concept=collected-automatically
body: kumpul weight=2.5 concept=we-collect
body: peroleh weight=1.5 concept=we-collect
body: beri kepada kami weight=2 concept=you-provide
body: secara otomatis weight=2 concept=automatically
body: kategori data pribadi weight=2.5 concept=data-categories
body: sumber weight=1.5 concept=sources
# A list of the data handled, announced in the text (en: "the following data is processed:").
body: data berikut weight=2.5 concept=following-data
body: informasi berikut weight=2.5 concept=following-data
body: data pribadi berikut weight=2.5 concept=following-data
body: nama weight=1 concept=name
body: alamat email weight=1.5 concept=contact-details
body: alamat surel weight=1.5 concept=contact-details
body: nomor telepon weight=1.5 concept=contact-details
body: alamat ip weight=2 concept=device-data
body: jenis peramban weight=2 concept=device-data
body: sistem operasi weight=2 concept=device-data
body: lokasi weight=1.5 concept=location-data
body: pengenal perangkat weight=2 concept=device-data
body: data log weight=1.5 concept=usage-data
body: demografi weight=1.5 concept=demographic-data
body: daftar weight=1.5 concept=forms
body: formulir weight=1.5 concept=forms
body: informasi pembayaran weight=1.5 concept=payment-data
# Added with the shared concept inventory (concepts.txt).
heading: informasi yang dikumpulkan concept=what-we-collect
heading: data pribadi yang kami kumpulkan concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: izin weight=2 concept=what-we-collect
heading: izin aplikasi weight=2 concept=what-we-collect
# "What we collect" as a relative clause inside a longer heading ("Personal information that we
# collect"); weak, since "How we use the information we collect" is about the use.
heading: yang kami kumpulkan weight=0.5 concept=what-we-collect
heading: pengumpulan data concept=collection-of-information
heading: sumber data pribadi concept=sources-of-information
heading: informasi yang anda berikan kepada kami concept=information-you-provide
heading: formulir kontak weight=3 concept=information-you-provide
heading: informasi yang kami kumpulkan secara otomatis concept=collected-automatically
heading: bagaimana kami mengumpulkan informasi anda concept=how-we-collect
heading: cara kami mengumpulkan data pribadi concept=how-we-collect
heading: kategori data pribadi concept=categories-of-data
heading: kategori informasi pribadi concept=categories-of-data
# "Payment information" names a category of data collected (not the payments section, whose word it holds).
heading: informasi pembayaran weight=3 concept=categories-of-data
heading: data pembayaran weight=3 concept=categories-of-data
body: kategori informasi pribadi weight=2.5 concept=data-categories
body: tersedia untuk umum weight=2 concept=publicly-available
body: sumber publik weight=2 concept=publicly-available
body: data lokasi weight=2 concept=location-data
body: geolokasi weight=2 concept=location-data
body: data penggunaan weight=2 concept=usage-data
body: alamat pos weight=1.5 concept=contact-details
body: data kartu weight=1 concept=payment-data
body: akun weight=0.3 concept=account
body: informasi weight=0.1 concept=information
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: laporan kerusakan concept=collected-automatically
heading: laporan crash concept=collected-automatically
heading: data diagnostik concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: tetap di perangkat anda weight=2 concept=on-device-data
heading: tetap berada di perangkat anda weight=2 concept=on-device-data
heading: tetap di mac anda weight=2 concept=on-device-data
heading: diproses secara lokal weight=2 concept=on-device-data
heading: data yang disimpan secara lokal weight=2 concept=on-device-data
heading: pemrosesan lokal weight=2 concept=on-device-data
heading: pemrosesan di perangkat weight=2 concept=on-device-data
body: laporan kerusakan weight=2.5 concept=usage-data
body: laporan crash weight=2.5 concept=usage-data
body: log crash weight=2.5 concept=usage-data
body: log debug weight=2.5 concept=usage-data
body: data diagnostik weight=2 concept=usage-data
body: token push weight=2.5 concept=device-data
body: token notifikasi weight=2.5 concept=device-data
# "informasi peramban dan perangkat": browser and device information collected.
body: informasi perangkat weight=2 concept=device-data
body: informasi peramban weight=2 concept=device-data

[use]
heading: bagaimana kami menggunakan informasi anda weight=1 concept=how-we-use
heading: penggunaan informasi weight=1 concept=use-of-information
heading: penggunaan data pribadi weight=1 concept=use-of-information
heading: tujuan pemrosesan weight=1 concept=purposes-of-processing
heading: tujuan penggunaan weight=1 concept=purposes-of-processing
heading: tujuan pengumpulan informasi weight=1 concept=why-we-collect
heading: untuk apa kami menggunakan informasi anda weight=1 concept=how-we-use
body: guna weight=1 concept=we-use
body: tujuan weight=1.5 concept=purposes
body: tujuan berikut weight=2.5 concept=following-purposes
body: sedia layanan weight=1.5 concept=to-provide # "menyediakan layanan"
body: tingkat weight=1 concept=to-improve # "meningkatkan layanan"
body: personalisasi weight=2 concept=to-personalise
body: proses pesanan weight=2 concept=to-process-transactions
body: komunikasi dengan anda weight=2 concept=to-communicate
body: tanggap weight=1.5 concept=to-respond # "menanggapi pertanyaan"
body: analisis weight=1.5 concept=to-analyse
body: teliti weight=1.5 concept=research # "penelitian"
body: cegah penipuan weight=2 concept=to-prevent-fraud
body: profil weight=2 concept=profiling
body: keputusan otomatis weight=2 concept=automated-decisions
body: kelola akun weight=1.5 concept=to-administer
body: verifikasi identitas weight=1.5
body: kembang produk weight=2 concept=to-develop
# Added with the shared concept inventory (concepts.txt).
heading: mengapa kami mengumpulkan informasi anda concept=why-we-collect
heading: pemrosesan data pribadi concept=processing-of-personal-data
heading: bagaimana kami memproses data pribadi anda concept=processing-of-personal-data
body: penuh pesanan weight=1.5 concept=to-fulfil
body: sesuai konten weight=2 concept=to-personalise
body: kirim kepada anda weight=1 concept=to-send
body: dukungan pelanggan weight=1.5 concept=to-respond
body: statistik weight=1 concept=to-analyse
body: atasi masalah weight=2 concept=to-troubleshoot
body: diagnosis weight=2 concept=to-troubleshoot
body: riset pasar weight=2 concept=research
body: proses pembayaran weight=1.5 concept=to-process-transactions
body: proses transaksi weight=1.5 concept=to-process-transactions
body: patuh hukum weight=1 concept=to-comply-with-law
body: kewajiban hukum weight=1 concept=to-comply-with-law
# Purpose headings asked with other verbs ("Mengapa kami memproses data pribadi Anda") and
# "untuk tujuan berikut".
heading: mengapa kami memproses concept=why-we-collect
heading: mengapa kami menggunakan concept=why-we-collect
heading: untuk tujuan berikut concept=purposes-of-processing
heading: untuk tujuan-tujuan berikut concept=purposes-of-processing
heading: tujuan pengumpulan concept=why-we-collect
# Head-first: a heading opening with "Tujuan" (purposes of collection, processing, sharing ...) is about purposes.
heading: tujuan weight=2 concept=purposes-of-processing
heading: keputusan otomatis concept=automated-decision-making
heading: pengambilan keputusan otomatis concept=automated-decision-making
heading: keputusan yang diotomatisasi concept=automated-decision-making
heading: pembuatan profil concept=automated-decision-making
# "untuk menyediakan produk dan layanan kami", "memelihara bisnis kami".
body: sedia produk weight=1.5 concept=to-provide
body: urus weight=1 concept=to-administer

[legal-basis]
heading: dasar hukum pemrosesan weight=1 concept=legal-basis
heading: dasar hukum weight=1 concept=legal-basis
heading: dasar pemrosesan data pribadi weight=1 concept=legal-basis
heading: landasan hukum weight=1 concept=legal-basis
heading: dasar hukum untuk memproses data anda weight=1 concept=why-allowed
heading: alasan pemrosesan weight=1 concept=legal-basis
# The legal-basis words ("legal basis", "legitimate interests", "Art. 6", "on the basis of", GDPR) stand in
# every subsection of a translated European policy (a plug-in, a host, a form): in a text they weigh
# less than the practice it describes; the headings still name a legal-basis section.
body: dasar hukum yang sah weight=2 concept=legal-basis-term
body: landasan weight=2 concept=legal-basis-term
body: kepentingan yang sah weight=2 concept=legitimate-interests
body: kepentingan sah weight=2 concept=legitimate-interests
body: pelaksanaan perjanjian weight=3 concept=performance-of-contract
body: pelaksanaan kontrak weight=3 concept=performance-of-contract
body: perjanjian dengan anda weight=2 concept=performance-of-contract
body: kewajiban hukum weight=2.5 concept=legal-obligation
body: patuh weight=1 concept=legal-obligation
body: kepentingan vital weight=3 concept=vital-interests
body: kepentingan umum weight=2.5 concept=public-interest
body: pasal 6 weight=2 concept=article-6 # GDPR Article 6
body: pasal 20 weight=2 concept=article-6 # UU PDP Article 20 lists the bases
body: seimbang weight=2 concept=balancing-test
body: hak asasi weight=2 concept=balancing-test
body: atas dasar weight=1.5 concept=on-the-basis-of
body: setuju weight=1 concept=consent-as-basis
# Added with the shared concept inventory (concepts.txt).
heading: atas dasar apa kami memproses data anda concept=why-allowed
heading: mengapa kami boleh memproses data anda concept=why-allowed
heading: dasar pemrosesan weight=2 concept=legal-basis
heading: diizinkan memproses concept=why-allowed
heading: berhak memproses concept=why-allowed
heading: atas dasar apa concept=why-allowed
body: dasar hukum weight=2 concept=legal-basis-term
body: pemrosesan diperlukan weight=2.5 concept=processing-necessary
body: secara sah weight=1 concept=lawful
body: perlu weight=0.5 concept=necessary

[consent]
heading: persetujuan weight=1 concept=your-consent
heading: persetujuan anda weight=1 concept=your-consent
heading: penarikan persetujuan weight=1 concept=withdrawal-of-consent
heading: pencabutan persetujuan weight=1 concept=withdrawal-of-consent
heading: memberikan dan menarik persetujuan weight=1 concept=withdrawal-of-consent
heading: cara menarik persetujuan weight=1 concept=withdrawal-of-consent
body: setuju weight=2 concept=you-consent
body: tarik kembali weight=3 concept=withdraw
body: tarik persetujuan weight=3 concept=withdraw
body: cabut weight=3 concept=withdraw
body: batal weight=2 concept=withdraw
body: kapan saja weight=1 concept=at-any-time
body: sewaktu-waktu weight=1.5 concept=at-any-time
body: persetujuan tegas weight=2.5 concept=explicit-consent
body: persetujuan eksplisit weight=2.5 concept=explicit-consent
body: sukarela weight=2.5 concept=freely-given
body: izin weight=1.5 concept=permission
body: anggap weight=1.5 concept=you-agree # "dianggap telah menyetujui"
body: ubah pikiran weight=2 concept=change-your-mind
body: ikut serta weight=1.5 concept=opt-in # opt in
body: sebelum penarikan weight=2.5 concept=without-affecting-lawfulness
# Added with the shared concept inventory (concepts.txt).
body: anda setuju weight=1.5 concept=you-agree
body: beri secara bebas weight=2.5 concept=freely-given
body: centang kotak weight=2 concept=opt-in

[sharing]
# No bare "bagi": it is also the preposition "for"; "bagikan" and "berbagi data" instead.
heading: berbagi informasi weight=1 concept=sharing-of-information
heading: pengungkapan informasi weight=1 concept=disclosure-of-information
heading: pengungkapan data pribadi weight=1 concept=disclosure-of-information
heading: berbagi dan pengungkapan weight=1 concept=sharing-of-information
heading: dengan siapa kami membagikan informasi weight=1 concept=who-we-share-with
heading: pengungkapan kepada pihak ketiga weight=1 concept=disclosure-of-information
heading: pengalihan bisnis weight=1 concept=business-transfers
heading: apakah kami menjual informasi anda weight=1 concept=sale-of-information
body: bagikan weight=2.5 concept=share
body: berbagi data weight=2.5 concept=share
body: ungkap weight=2.5 concept=disclose
body: pihak ketiga weight=1 concept=third-parties-term
body: penyedia layanan weight=2 concept=service-providers
body: afiliasi weight=2 concept=affiliates
body: anak perusahaan weight=1.5 concept=affiliates
body: mitra bisnis weight=2 concept=business-partners
body: vendor weight=1.5 concept=service-providers
body: agen weight=1 concept=service-providers
body: atas nama kami weight=1.5 concept=on-our-behalf
body: penggabungan weight=2.5 concept=corporate-transaction
body: merger weight=2.5 concept=corporate-transaction
body: akuisisi weight=2.5 concept=corporate-transaction
body: pengambilalihan weight=2 concept=corporate-transaction
body: kepailitan weight=2.5 concept=corporate-transaction
body: reorganisasi weight=2 concept=corporate-transaction
body: penegak hukum weight=2.5 concept=authorities
body: perintah pengadilan weight=2.5 concept=legal-process
body: proses hukum weight=2 concept=legal-process
body: instansi pemerintah weight=1.5 concept=authorities
body: jual weight=1.5 concept=sell
body: sewa weight=1.5 concept=sell
# Added with the shared concept inventory (concepts.txt).
heading: bagaimana kami membagikan informasi anda concept=how-we-share
heading: informasi yang kami bagikan concept=how-we-share
heading: pihak ketiga concept=third-parties
heading: berbagi dengan pihak ketiga concept=third-parties
heading: penyedia layanan concept=service-providers-heading
heading: proses hukum concept=legal-requests
heading: penegakan hukum concept=legal-requests
heading: permintaan hukum concept=legal-requests
heading: penjualan informasi pribadi concept=sale-of-information
body: pemasok weight=2 concept=service-providers
body: penerima weight=2 concept=recipients
body: pemerintah weight=1.5 concept=authorities
body: panggilan pengadilan weight=2.5 concept=legal-process
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: pengalihan data kepada pihak ketiga concept=transfer-to-third-parties
heading: transfer data ke pihak ketiga concept=transfer-to-third-parties
heading: pemindahan data ke pihak ketiga concept=transfer-to-third-parties
heading: dengan siapa kami membagikan concept=who-we-share-with
heading: kepada siapa kami membagikan concept=who-we-share-with
heading: kepada siapa kami mengungkapkan concept=who-we-share-with
heading: pembagian data concept=sharing-of-information
heading: pembagian informasi concept=sharing-of-information
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: hosting concept=service-providers-heading
heading: penyedia hosting concept=service-providers-heading
heading: jaringan pengiriman konten concept=service-providers-heading
heading: prosesor data concept=service-providers-heading
heading: pemantauan kesalahan concept=service-providers-heading
body: hosting weight=2 concept=service-providers
body: dihosting weight=2.5 concept=service-providers
body: penyedia hosting weight=2.5 concept=service-providers
body: jaringan pengiriman konten weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: platform cloud weight=2 concept=service-providers
body: komputasi awan weight=2 concept=service-providers
body: penyedia layanan cloud weight=2.5 concept=service-providers
body: perjanjian pemrosesan data weight=2 concept=service-providers
body: pemantauan kesalahan weight=2 concept=service-providers
# Cloud sync and backup: the data goes to a third-party cloud (iCloud, Google Drive).
body: icloud weight=2 concept=service-providers
body: google drive weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: pembayaran weight=2 concept=payments-purchases
heading: pemrosesan pembayaran weight=3 concept=payments-purchases
heading: pembelian dalam aplikasi weight=2 concept=payments-purchases
heading: langganan weight=2 concept=payments-purchases

[cookies]
heading: cookie weight=1 concept=cookies
heading: kebijakan cookie weight=1 concept=cookies
heading: penggunaan cookie weight=1 concept=cookies
heading: cookie dan teknologi serupa weight=1 concept=tracking-technologies
heading: cookie dan teknologi pelacakan weight=1 concept=tracking-technologies
heading: teknologi pelacakan weight=1 concept=tracking-technologies
heading: file log weight=1 concept=log-files
body: cookie* weight=3 concept=cookie
body: kuki weight=2 concept=cookie
body: web beacon weight=3 concept=web-beacon
body: suar web weight=2.5 concept=web-beacon
body: piksel weight=2.5 concept=web-beacon
body: lacak weight=2 concept=tracking-technology # melacak, pelacakan
body: teknologi serupa weight=2 concept=tracking-technology
body: penyimpanan lokal weight=2.5 concept=local-storage
body: persisten weight=1.5 concept=cookie-lifetime
body: sesi weight=1.5 concept=cookie-lifetime
body: sangat diperlukan weight=2.5 concept=cookie-categories # strictly necessary cookies
body: google analytics weight=2.5 concept=analytics-term
body: analitik weight=2 concept=analytics-term
body: file teks weight=2.5 concept=text-files
body: file kecil weight=2.5 concept=text-files
body: pengaturan peramban weight=2 concept=browser-settings
body: blokir weight=1.5 concept=browser-settings
# Added with the shared concept inventory (concepts.txt).
heading: web beacon concept=web-beacons
heading: tag piksel concept=web-beacons
heading: analitik concept=analytics
body: file log weight=2 concept=log-file
body: log server weight=2 concept=log-file
body: sdk weight=2 concept=sdk
body: sidik jari perangkat weight=2.5 concept=fingerprinting
body: fungsional weight=2 concept=cookie-categories
body: kinerja weight=1.5 concept=cookie-categories
body: peramban weight=0.5 concept=browser
body: perangkat weight=0.5 concept=device
heading: analitik web concept=analytics
# Local storage of the browser as a heading ("Penyimpanan Lokal"), a technology like cookies.
heading: penyimpanan lokal weight=2 concept=tracking-technologies
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage

[advertising]
heading: periklanan weight=1 concept=advertising
heading: pemasaran weight=1 concept=marketing
heading: periklanan dan pemasaran weight=1 concept=advertising
heading: iklan berbasis minat weight=1 concept=interest-based-advertising
heading: iklan pihak ketiga weight=1 concept=third-party-advertising
heading: komunikasi pemasaran weight=1 concept=marketing-communications
heading: pemasaran langsung weight=1 concept=marketing
body: iklan* weight=2.5 concept=ads
body: pasar weight=2 concept=marketing-purposes # memasarkan
body: jaringan iklan weight=3 concept=ad-networks
body: berbasis minat weight=3 concept=interest-based
body: target weight=2 concept=interest-based # penargetan, ditargetkan
body: perilaku weight=1.5 concept=interest-based
body: pemasaran ulang weight=3 concept=retargeting
body: remarketing weight=3 concept=retargeting
body: promosi weight=2 concept=promotions
body: buletin weight=2.5 concept=marketing-messages
body: newsletter weight=2 concept=marketing-messages
body: penawaran khusus weight=2 concept=promotions
body: email pemasaran weight=2.5 concept=marketing-messages
body: kampanye weight=1.5 concept=ads
body: banner weight=2 concept=ads
body: efektivitas iklan weight=2 concept=ad-measurement
body: minat anda weight=1.5 concept=interests
# Added with the shared concept inventory (concepts.txt).
heading: iklan bertarget concept=interest-based-advertising
heading: jaringan iklan concept=third-party-advertising
heading: komunikasi promosi concept=marketing-communications
body: mitra periklanan weight=3 concept=ad-networks
body: tujuan pemasaran weight=2 concept=marketing-purposes
body: retargeting weight=3 concept=retargeting
body: network advertising initiative weight=3 concept=ad-industry-programs
body: digital advertising alliance weight=3 concept=ad-industry-programs
body: your online choices weight=3 concept=ad-industry-programs

[do-not-track]
heading: jangan lacak weight=1 concept=do-not-track
heading: sinyal jangan lacak weight=1 concept=do-not-track
heading: do not track weight=1 concept=do-not-track
heading: bagaimana kami menanggapi sinyal do not track weight=1 concept=do-not-track
heading: global privacy control weight=1 concept=global-privacy-control
heading: sinyal preferensi weight=1 concept=preference-signals
body: permintaan jangan lacak weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: do not track signal* weight=3 concept=dnt-signal
body: gpc weight=3 concept=gpc-signal
body: kontrol privasi global weight=3 concept=gpc-signal
body: sinyal weight=2.5 concept=opt-out-preference-signal
body: sinyal peramban weight=3 concept=opt-out-preference-signal
body: sinyal preferensi penolakan weight=3 concept=opt-out-preference-signal
body: tanggap weight=2 concept=do-not-respond # "kami tidak menanggapi"
body: standar seragam weight=3 concept=no-uniform-standard
body: kenal weight=1 concept=honor-signals
body: hormat weight=1 concept=honor-signals
body: dari waktu ke waktu dan lintas weight=2 concept=cross-site-tracking
body: pengaturan peramban weight=1.5 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt).
heading: kontrol privasi global concept=global-privacy-control
heading: sinyal peramban concept=preference-signals
heading: sinyal preferensi penolakan concept=preference-signals
body: sinyal jangan lacak weight=3 concept=dnt-signal
body: mekanisme penolakan universal weight=3 concept=opt-out-preference-signal

[choices]
heading: pilihan anda weight=1 concept=your-choices
heading: pilihan dan kontrol anda weight=1 concept=your-choices
heading: memilih untuk tidak ikut serta weight=1 concept=opting-out
heading: cara berhenti berlangganan weight=1 concept=unsubscribing
heading: berhenti berlangganan weight=1 concept=unsubscribing
heading: mengelola preferensi anda weight=1 concept=managing-preferences
heading: preferensi komunikasi weight=1 concept=managing-preferences
body: tidak ikut serta weight=3 concept=opt-out # opt out
body: opt-out weight=3 concept=opt-out
body: henti langgan weight=3 concept=unsubscribe # "berhenti berlangganan"
body: pilih untuk tidak weight=2.5 concept=choose-not-to
body: henti terima weight=2.5 concept=unsubscribe # "berhenti menerima"
body: email promosi weight=2 concept=promotional-emails
body: preferensi weight=1.5 concept=preferences
body: pengaturan weight=1.5 concept=settings
body: pengaturan akun weight=2 concept=settings
body: nonaktif weight=2 concept=disable # menonaktifkan
body: tolak weight=2 concept=decline
body: matikan weight=2 concept=disable
body: notifikasi push weight=2 concept=device-permissions
body: layanan lokasi weight=2 concept=device-permissions
body: tautan di bagian bawah weight=1.5 concept=unsubscribe-link
body: tidak dapat guna weight=1.5 concept=consequences-of-refusal
# Added with the shared concept inventory (concepts.txt).
heading: cara memilih untuk tidak ikut serta concept=opting-out
heading: ikut serta dan tidak ikut serta concept=opting-out
heading: pilihan dan kendali anda concept=your-choices
heading: kendali anda concept=your-choices
body: pesan promosi weight=2 concept=promotional-emails
body: terima weight=0.5 concept=receive

[rights]
heading: hak anda weight=1 concept=your-rights
heading: hak pengguna weight=1 concept=your-rights
heading: hak subjek data weight=1 concept=your-rights
heading: hak subjek data pribadi weight=1 concept=your-rights
heading: hak privasi anda weight=1 concept=your-rights
heading: menggunakan hak anda weight=1 concept=exercising-rights
heading: akses dan perbaikan weight=1 concept=access-and-correction
heading: mengakses dan memperbarui informasi anda weight=1 concept=access-and-correction
heading: akses weight=1.5 concept=access-and-correction # "akses/perbarui": access (to your data) is a right
body: hak akses weight=3 concept=right-of-access
body: akses weight=1 concept=access
body: perbaikan weight=2 concept=rectification
body: koreksi weight=1.5 concept=rectification
body: tidak akurat weight=2 concept=rectification
body: hapus weight=2 concept=erasure
body: dilupakan weight=3 concept=erasure
body: portabilitas data weight=3 concept=portability
body: dapat dibaca mesin weight=2.5 concept=portability
body: salinan weight=1.5 concept=copy-of-data
body: keberatan weight=3 concept=right-to-object # "mengajukan keberatan" (object)
body: batasi pemrosesan weight=3 concept=restriction
body: tunda pemrosesan weight=2.5 concept=restriction # UU PDP: "menunda atau membatasi pemrosesan"
body: pengaduan weight=2.5 concept=complaint-to-authority
body: otoritas pengawas weight=3 concept=complaint-to-authority
body: lembaga pelindungan data pribadi weight=3 concept=complaint-to-authority
body: laksana hak weight=2.5 concept=exercise-rights
body: verifikasi identitas anda weight=2 concept=verify-identity
body: agen resmi weight=2.5 concept=authorized-agent
body: diskriminasi weight=1.5 concept=non-discrimination
body: subjek data weight=2 concept=data-subject-rights
# Added with the shared concept inventory (concepts.txt).
heading: hak pelindungan data anda concept=your-rights
heading: melaksanakan hak anda concept=exercising-rights
heading: hak dan permintaan concept=exercising-rights
heading: cara mengajukan permintaan concept=exercising-rights
heading: koreksi, pembaruan dan penghapusan concept=access-and-correction
heading: agen resmi concept=authorized-agents
heading: agen yang diberi kuasa concept=authorized-agents
body: permintaan weight=0.3 concept=request
heading: informasi apa yang dapat anda akses concept=access-and-correction
# Coordinated heading "Hak dan Pilihan Anda" (Your Rights and Choices): the rights noun leads.
heading: hak dan pilihan anda concept=your-rights
heading: mengakses data saya concept=access-and-correction
heading: mengubah data saya concept=access-and-correction
heading: memperbaiki data saya concept=access-and-correction
heading: apa hak saya concept=your-rights
heading: hak saya concept=your-rights

[retention]
heading: retensi data weight=1 concept=data-retention
heading: jangka waktu penyimpanan weight=1 concept=retention-period
heading: masa retensi weight=1 concept=retention-period
heading: periode penyimpanan weight=1 concept=retention-period
heading: berapa lama kami menyimpan informasi anda weight=1 concept=how-long-we-keep
heading: penyimpanan dan penghapusan weight=1 concept=retention-and-deletion
body: simpan weight=2 concept=keep
body: retensi weight=3 concept=retain
body: jangka waktu weight=2 concept=retention-criteria
body: selama diperlukan weight=3 concept=as-long-as-necessary
body: selama yang diperlukan weight=3 concept=as-long-as-necessary
body: tidak lagi diperlukan weight=2.5 concept=no-longer-needed
body: periode weight=1.5 concept=retention-criteria
body: kriteria weight=2 concept=retention-criteria
body: anonim* weight=2 concept=anonymise
body: musnah weight=2 concept=destroy
body: buang weight=1.5 concept=destroy
body: hapus secara aman weight=2 concept=destroy
body: arsip weight=2 concept=archive
body: pencadangan weight=1.5 concept=archive
body: daluwarsa weight=2.5 concept=legal-retention-requirements # "kedaluwarsa" (statute of limitations, expiry)
body: simpan catatan weight=2 concept=legal-retention-requirements
body: tidak aktif weight=2 concept=inactive-accounts
# Added with the shared concept inventory (concepts.txt).
heading: retensi informasi pribadi concept=data-retention
heading: berapa lama kami menyimpan data anda concept=how-long-we-keep
heading: penyimpanan dan retensi concept=storage-and-retention
heading: retensi dan penghapusan concept=retention-and-deletion
heading: bagaimana kami menyimpan concept=storage-and-retention
body: tidak lagi dibutuhkan weight=2.5 concept=no-longer-needed
body: peraturan perundang-undangan weight=1.5 concept=legal-retention-requirements
body: tahun weight=0.5 concept=years
body: penyimpanan weight=1 concept=store

[security]
heading: keamanan weight=1 concept=data-security
heading: keamanan data weight=1 concept=data-security
heading: keamanan informasi weight=1 concept=data-security
heading: bagaimana kami melindungi informasi anda weight=1 concept=how-we-protect
heading: langkah-langkah keamanan weight=1 concept=security-measures
heading: pelindungan informasi weight=1 concept=how-we-protect
heading: perlindungan data weight=1 concept=data-security
body: aman weight=2 concept=secure
body: lindung weight=1.5 concept=protect
body: rahasia weight=1.5 concept=confidentiality
body: enkripsi weight=3 concept=encryption
body: ssl weight=3 concept=encryption
body: tls weight=3 concept=encryption
body: akses tidak sah weight=3 concept=unauthorized-access
body: akses tanpa izin weight=3 concept=unauthorized-access
body: langkah teknis dan organisasi weight=3 concept=technical-organisational-measures
body: fisik weight=1.5 concept=physical-safeguards
body: firewall weight=3 concept=technical-controls
body: pelanggaran data weight=3 concept=breach
body: kebocoran data weight=3 concept=breach
body: insiden keamanan weight=3 concept=breach
body: kata sandi weight=2 concept=technical-controls
body: kontrol akses weight=2.5 concept=technical-controls
body: tidak dapat menjamin weight=2.5 concept=no-guarantee
body: risiko anda sendiri weight=2.5 concept=no-guarantee
body: penyalahgunaan weight=2 concept=loss-misuse-alteration
body: standar industri weight=2 concept=industry-standard
# Added with the shared concept inventory (concepts.txt).
heading: keamanan informasi anda concept=data-security
heading: melindungi informasi anda concept=how-we-protect
heading: tindakan pengamanan concept=security-measures
body: langkah pengamanan weight=2.5 concept=safeguards
body: kehilangan weight=2.5 concept=loss-misuse-alteration
body: kerentanan weight=2 concept=breach
body: pastikan weight=0.5 concept=ensure
# Personal-data breaches and their notification: a security topic.
heading: pelanggaran data concept=data-security
heading: kebocoran data concept=data-security
heading: insiden keamanan concept=data-security
heading: enkripsi concept=data-security

[children]
heading: anak-anak weight=1 concept=childrens-privacy
heading: privasi anak-anak weight=1 concept=childrens-privacy
heading: privasi anak weight=1 concept=childrens-privacy
heading: informasi tentang anak-anak weight=1 concept=childrens-privacy
heading: anak di bawah umur weight=1 concept=minors
heading: batasan usia weight=1 concept=age-limits
body: anak weight=2.5 concept=children
body: di bawah umur weight=3 concept=minors-teens
body: di bawah usia 13 weight=3 concept=age-threshold
body: di bawah usia 16 weight=3 concept=age-threshold
body: di bawah usia 18 weight=2.5 concept=age-threshold
body: orang tua weight=3 concept=parents-guardians
body: wali weight=2.5 concept=parents-guardians
body: persetujuan orang tua weight=3 concept=parental-consent
body: coppa weight=3 concept=coppa
body: dengan sengaja weight=2.5 concept=knowingly-collect # "kami tidak dengan sengaja mengumpulkan"
body: tidak ditujukan untuk weight=2 concept=not-directed-to-children
body: remaja weight=2.5 concept=minors-teens
body: usia weight=1.5 concept=age
body: jika kami mengetahui weight=2 concept=if-we-learn
body: belum dewasa weight=2.5 concept=minors-teens
# Added with the shared concept inventory (concepts.txt).
heading: anak-anak di bawah usia 13 tahun concept=age-limits
heading: pembatasan usia concept=age-limits
heading: penggunaan layanan oleh anak di bawah umur concept=minors
body: tahun ke atas weight=2.5 concept=age-threshold
body: wali yang sah weight=2.5 concept=parents-guardians

[international]
heading: transfer internasional weight=1 concept=international-transfers
heading: transfer data internasional weight=1 concept=international-transfers
heading: transfer data lintas batas weight=1 concept=international-transfers
heading: pengiriman data ke luar negeri weight=1 concept=international-transfers
heading: di mana kami menyimpan informasi anda weight=1 concept=where-we-store
heading: lokasi pemrosesan weight=1 concept=where-we-store
heading: penyimpanan data weight=1 concept=where-we-store
heading: transfer data pribadi ke luar wilayah indonesia weight=1 concept=international-transfers
body: transfer weight=1.5 concept=transfer
body: lintas batas weight=3 concept=cross-border
body: luar negeri weight=2.5 concept=other-countries
body: negara lain weight=2.5 concept=other-countries
body: luar wilayah hukum weight=2.5 concept=other-countries # UU PDP: "di luar wilayah hukum Negara Republik Indonesia"
body: yurisdiksi weight=2 concept=jurisdictions
body: wilayah ekonomi eropa weight=2.5 concept=eea
body: amerika serikat weight=1.5 concept=united-states
# The transfer safeguards (standard contractual clauses, adequacy decisions, the Data Privacy Framework)
# stand in one sentence of many subsections about a single social network or cloud service: in a
# text they weigh less than the practice it describes; the headings still name a transfer section.
body: klausul kontrak standar weight=2 concept=transfer-safeguards
body: keputusan kecukupan weight=2 concept=adequacy
body: tingkat pelindungan yang setara weight=2 concept=adequacy
body: aturan perusahaan yang mengikat weight=2 concept=transfer-safeguards
body: pelindungan yang memadai weight=2 concept=transfer-safeguards
body: server yang berlokasi weight=2.5 concept=server-location
body: di seluruh dunia weight=1.5 concept=around-the-world
# Added with the shared concept inventory (concepts.txt).
heading: transfer data concept=data-transfers
heading: pengiriman informasi concept=data-transfers
heading: ke luar wilayah weight=2 concept=international-transfers
heading: luar negeri weight=2 concept=international-transfers
heading: pemindahan data pribadi ke luar concept=international-transfers
heading: di mana kami menyimpan concept=where-we-store
heading: di mana data disimpan concept=where-we-store
body: eea weight=2 concept=eea
body: kerangka privasi data weight=2 concept=privacy-frameworks
body: privacy shield weight=2 concept=privacy-frameworks
body: kurang melindungi weight=2 concept=less-protective
body: simpan di weight=2 concept=server-location

[regional]
heading: penduduk california weight=1 concept=california
heading: hak privasi california weight=1 concept=california
heading: pemberitahuan bagi penduduk california weight=1 concept=california
heading: kepatuhan terhadap gdpr weight=1 concept=eea-gdpr-notice
heading: pengguna di uni eropa weight=1 concept=eea-gdpr-notice
heading: ketentuan khusus wilayah weight=1 concept=jurisdiction-specific
heading: penduduk nevada weight=1 concept=us-state-rights
body: california weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: nevada weight=3 concept=us-states
body: virginia weight=3 concept=us-states
body: colorado weight=3 concept=us-states
body: penduduk weight=2 concept=residents
body: konsumen weight=1.5 concept=consumers
body: tidak menjual weight=2.5 concept=do-not-sell
body: jual atau bagikan weight=3 concept=do-not-sell
body: insentif finansial weight=3 concept=financial-incentives
body: 12 bulan terakhir weight=3 concept=preceding-12-months
body: gdpr weight=2.5 concept=eu-gdpr
body: uni eropa weight=2 concept=eu-gdpr
body: brasil weight=2 concept=brazil-lgpd
body: lgpd weight=3 concept=brazil-lgpd
body: kanada weight=2 concept=canada-pipeda
body: pipeda weight=3 concept=canada-pipeda
# Added with the shared concept inventory (concepts.txt).
heading: hak privasi negara bagian as concept=us-state-rights
heading: hak privasi negara bagian amerika serikat concept=us-state-rights
heading: pemberitahuan bagi penduduk wilayah ekonomi eropa concept=eea-gdpr-notice
heading: informasi tambahan untuk yurisdiksi tertentu concept=jurisdiction-specific
body: connecticut weight=3 concept=us-states
body: iklan perilaku lintas konteks weight=3 concept=cross-context-advertising
body: negara bagian weight=0.5 concept=state
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
heading: lampiran regional concept=jurisdiction-specific
heading: lampiran wilayah concept=jurisdiction-specific
heading: jepang weight=1 concept=jurisdiction-specific
heading: korea selatan weight=1 concept=jurisdiction-specific

[third-party-sites]
heading: tautan pihak ketiga weight=1 concept=links-to-other-sites
heading: situs pihak ketiga weight=1 concept=third-party-websites
heading: situs web pihak ketiga weight=1 concept=third-party-websites
heading: layanan pihak ketiga weight=3 concept=third-party-services
heading: tautan ke situs lain weight=1 concept=links-to-other-sites
heading: tautan eksternal weight=1 concept=links-to-other-sites
body: taut weight=2.5 concept=links     # tautan, ditautkan
body: hyperlink weight=3 concept=links
body: situs lain weight=2 concept=other-sites
body: situs eksternal weight=2.5 concept=other-sites
body: dioperasikan oleh pihak ketiga weight=2.5 concept=other-sites
body: tidak bertanggung jawab weight=3 concept=not-responsible
body: tidak memiliki kendali weight=2.5 concept=not-responsible
body: kebijakan privasi mereka sendiri weight=3 concept=their-privacy-policies
body: praktik privasi weight=2 concept=their-privacy-policies
body: anjur weight=1.5 concept=encourage-review # "kami menganjurkan Anda membaca"
body: tinggal situs kami weight=2.5 concept=leave-our-site # "saat Anda meninggalkan situs kami"
body: dukung weight=1.5 concept=not-responsible # endorse
body: plugin weight=2.5 concept=plugins
body: widget weight=2.5 concept=plugins
body: media sosial weight=1.5
# Added with the shared concept inventory (concepts.txt).
heading: situs web lain concept=third-party-websites
heading: plugin media sosial concept=social-media-plugins
heading: fitur media sosial concept=social-media-plugins
heading: kebijakan privasi pihak ketiga concept=third-party-privacy-policies
heading: praktik privasi pihak ketiga concept=third-party-privacy-policies
body: aplikasi pihak ketiga weight=2 concept=third-party-applications
body: konten weight=0.5 concept=content
body: tinjau weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: media sosial concept=social-media-presence
heading: jejaring sosial concept=social-media-presence
heading: kehadiran kami di media sosial concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: dikumpulkan oleh pihak ketiga concept=third-party-data-collection
heading: data yang dikumpulkan pihak ketiga concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: konten tersemat concept=third-party-services
heading: konten yang disematkan concept=third-party-services
heading: konten pihak ketiga concept=third-party-services
heading: video tersemat concept=third-party-services
heading: layanan eksternal concept=third-party-services
heading: sdk pihak ketiga concept=third-party-services
heading: pustaka pihak ketiga concept=third-party-services
heading: sinkronisasi cloud weight=3 concept=third-party-services
heading: sinkronisasi awan weight=3 concept=third-party-services
heading: cadangan icloud weight=3 concept=third-party-services
heading: pencadangan icloud weight=3 concept=third-party-services
heading: sinkronisasi dan pencadangan concept=third-party-services
heading: plugin concept=social-media-plugins
body: semat weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: konten pihak ketiga weight=3 concept=other-sites
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: mode privasi yang ditingkatkan weight=2.5 concept=plugins
body: masuk ke akun anda weight=1.5 concept=plugins
# Indonesian spelling of hyperlink, and the usual "their privacy statements" wording.
body: hiperlink weight=3 concept=links
body: situs web pihak ketiga weight=2 concept=other-sites
body: pernyataan privasi mereka weight=3 concept=their-privacy-policies
body: kebijakan privasi mereka weight=3 concept=their-privacy-policies
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: koneksi jaringan weight=2 concept=network-connections
heading: permintaan jaringan weight=2 concept=network-connections
heading: koneksi eksternal weight=2 concept=network-connections
heading: meninggalkan perangkat anda weight=2 concept=network-connections
heading: dikirim melalui internet weight=2 concept=network-connections
heading: yang lewat internet weight=2 concept=network-connections
heading: dikirim ke luar perangkat weight=2 concept=network-connections
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
heading: perubahan kebijakan ini weight=1 concept=changes-to-policy
heading: perubahan pada kebijakan privasi ini weight=1 concept=changes-to-policy
heading: perubahan atas kebijakan privasi weight=1 concept=changes-to-policy
heading: pembaruan kebijakan weight=1 concept=policy-updates
heading: amandemen weight=1 concept=amendments
heading: pemberitahuan perubahan weight=1 concept=notification-of-changes
body: ubah weight=1.5 concept=change-update
body: perbarui weight=2 concept=change-update
body: modifikasi weight=2 concept=change-update
body: revisi weight=2 concept=change-update
body: tanggal berlaku weight=3 concept=effective-date
body: mulai berlaku weight=2.5 concept=effective-date
body: terakhir diperbarui weight=3 concept=effective-date
body: dari waktu ke waktu weight=2.5 concept=from-time-to-time
body: perubahan material weight=3 concept=material-changes
body: perubahan signifikan weight=3 concept=material-changes
body: terus guna weight=3 concept=continued-use # "terus menggunakan"
body: berkelanjutan weight=1.5 concept=continued-use
body: secara berkala weight=2.5 concept=from-time-to-time
body: versi terbaru weight=2 concept=latest-version
body: berhak weight=1.5 concept=reserve-the-right
body: unggah weight=1 concept=posting
body: halaman ini weight=1 concept=posting
# Added with the shared concept inventory (concepts.txt).
heading: pembaruan kebijakan ini concept=policy-updates
heading: revisi concept=amendments
heading: perubahan concept=changes-to-policy
heading: tanggal berlaku concept=entry-into-force
heading: masa berlaku concept=entry-into-force
heading: ketentuan tambahan concept=entry-into-force
body: berlaku segera weight=2.5 concept=effective-immediately
body: tinjau kebijakan ini weight=2.5 concept=check-back
body: beri tahu anda weight=1.5 concept=notify-you
body: versi weight=1 concept=version
body: pemberitahuan weight=0.5 concept=notice
# Where a changed policy is posted: "(we will post the new policy) on this page".
body: di halaman ini weight=1 concept=posting

[contact]
heading: hubungi kami weight=1 concept=contact-us
heading: hubungi concept=contact-us
heading: informasi kontak weight=1 concept=contact-information
heading: kontak weight=1 concept=contact-us
heading: cara menghubungi kami weight=1 concept=how-to-contact
heading: pertanyaan weight=1 concept=questions
heading: pejabat pelindungan data weight=1 concept=data-protection-officer
body: silakan hubungi weight=3 concept=please-contact
body: hubungi kami di weight=2.5 concept=please-contact
body: pertanyaan apa pun weight=2.5 concept=questions-comments
body: pertanyaan mengenai weight=2.5 concept=questions-comments
body: komentar weight=1.5 concept=questions-comments
body: keluhan weight=1.5 concept=questions-comments
body: masukan weight=1.5 concept=questions-comments
body: petugas privasi weight=3 concept=dpo
body: dpo weight=3 concept=dpo
body: kirim email weight=3 concept=please-contact
body: alamat surat weight=2 concept=postal-address
body: untuk perhatian weight=2 concept=postal-address
body: telepon weight=1.5 concept=telephone
body: melalui email weight=1.5 concept=by-email
body: layanan pelanggan weight=1.5 concept=customer-service
# Added with the shared concept inventory (concepts.txt).
heading: menghubungi kami concept=contact-us
heading: detail kontak concept=contact-information
heading: pertanyaan atau keluhan concept=questions
heading: petugas pelindungan data concept=data-protection-officer
body: alamat weight=0.3 concept=address
# The controller's identity and address (UU PDP, GDPR art. 13(1)(a)): "Pengendali data pribadi".
heading: pengendali data concept=contact-information
heading: pengendali data pribadi concept=contact-information
heading: pengendali concept=contact-information
heading: siapa yang dapat saya hubungi concept=how-to-contact
heading: siapa yang bisa saya hubungi concept=how-to-contact
heading: bagaimana cara menghubungi concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no cue inside it
# counts. Written whole, like boilerplate headings.
# A version of the app is not a version of the policy.
versi aplikasi
versi terbaru aplikasi
# The data-protection authority's name is no security practice.
badan pelindungan data pribadi
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
