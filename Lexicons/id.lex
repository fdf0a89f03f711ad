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

# ---------------------------------------------------------------------------------------

[intro]
heading: pendahuluan
heading: pengantar
heading: tentang kebijakan ini
heading: ruang lingkup
heading: siapa kami
heading: tentang kami
heading: pemberitahuan privasi
heading: kebijakan privasi weight=0.5   # the document title, also inside many headings
body: kebijakan privasi ini weight=2
body: berlaku untuk weight=2
body: lingkup weight=2
body: dengan guna weight=1.5            # "dengan menggunakan situs ini"
body: dengan akses weight=1.5           # "dengan mengakses"
body: dengan kunjung weight=1.5         # "dengan mengunjungi"
body: jelas weight=1                    # "menjelaskan bagaimana kami"
body: komitmen weight=2
body: hormat weight=1.5
body: milik weight=1
body: kelola weight=1                   # "dimiliki dan dikelola oleh"
body: selanjutnya disebut weight=2.5
body: syarat dan ketentuan weight=1
body: tidak setuju weight=2
body: harap baca weight=1.5
body: pengunjung weight=1

[definitions]
heading: definisi
heading: istilah
heading: pengertian
heading: ketentuan umum
heading: definisi dan interpretasi
heading: istilah yang digunakan dalam kebijakan ini
body: arti weight=2.5                   # "berarti", "artinya"
body: yang dimaksud dengan weight=3
body: maksud weight=2
body: rujuk pada weight=2
body: untuk tujuan kebijakan ini weight=2.5
body: dalam kebijakan ini weight=1
body: huruf kapital weight=2.5
body: subjek data pribadi weight=1.5
body: pengendali data pribadi weight=1.5
body: prosesor data pribadi weight=1.5
body: orang perseorangan weight=2
body: identifikasi weight=1.5           # "teridentifikasi atau dapat diidentifikasi"
body: cakup weight=1
body: sebut weight=1

[collection]
heading: informasi yang kami kumpulkan
heading: data yang kami kumpulkan
heading: pengumpulan informasi
heading: pengumpulan data pribadi
heading: jenis informasi yang dikumpulkan
heading: sumber informasi
heading: informasi yang anda berikan
heading: informasi yang dikumpulkan secara otomatis
body: kumpul weight=2.5
body: peroleh weight=1.5
body: beri kepada kami weight=2
body: secara otomatis weight=2
body: kategori data pribadi weight=2.5
body: sumber weight=1.5
body: nama weight=1
body: alamat email weight=1.5
body: alamat surel weight=1.5
body: nomor telepon weight=1.5
body: alamat ip weight=2
body: jenis peramban weight=2
body: sistem operasi weight=2
body: lokasi weight=1.5
body: pengenal perangkat weight=2
body: data log weight=1.5
body: demografi weight=1.5
body: daftar weight=1.5
body: formulir weight=1.5
body: informasi pembayaran weight=1.5

[use]
heading: bagaimana kami menggunakan informasi anda
heading: penggunaan informasi
heading: penggunaan data pribadi
heading: tujuan pemrosesan
heading: tujuan penggunaan
heading: tujuan pengumpulan informasi
heading: untuk apa kami menggunakan informasi anda
body: guna weight=1
body: tujuan weight=1.5
body: tujuan berikut weight=2.5
body: sedia layanan weight=1.5          # "menyediakan layanan"
body: tingkat weight=1                  # "meningkatkan layanan"
body: personalisasi weight=2
body: proses pesanan weight=2
body: komunikasi dengan anda weight=2
body: tanggap weight=1.5                # "menanggapi pertanyaan"
body: analisis weight=1.5
body: teliti weight=1.5                 # "penelitian"
body: cegah penipuan weight=2
body: profil weight=2
body: keputusan otomatis weight=2
body: kelola akun weight=1.5
body: verifikasi identitas weight=1.5
body: kembang produk weight=2

[legal-basis]
heading: dasar hukum pemrosesan
heading: dasar hukum
heading: dasar pemrosesan data pribadi
heading: landasan hukum
heading: dasar hukum untuk memproses data anda
heading: alasan pemrosesan
body: dasar hukum yang sah weight=3
body: landasan weight=2
body: kepentingan yang sah weight=3
body: kepentingan sah weight=3
body: pelaksanaan perjanjian weight=3
body: pelaksanaan kontrak weight=3
body: perjanjian dengan anda weight=2
body: kewajiban hukum weight=2.5
body: patuh weight=1
body: kepentingan vital weight=3
body: kepentingan umum weight=2.5
body: pasal 6 weight=3                  # GDPR Article 6
body: pasal 20 weight=3                 # UU PDP Article 20 lists the bases
body: seimbang weight=2
body: hak asasi weight=2
body: atas dasar weight=2
body: setuju weight=1

[consent]
heading: persetujuan
heading: persetujuan anda
heading: penarikan persetujuan
heading: pencabutan persetujuan
heading: memberikan dan menarik persetujuan
heading: cara menarik persetujuan
body: setuju weight=2
body: tarik kembali weight=3
body: tarik persetujuan weight=3
body: cabut weight=3
body: batal weight=2
body: kapan saja weight=1
body: sewaktu-waktu weight=1.5
body: persetujuan tegas weight=2.5
body: persetujuan eksplisit weight=2.5
body: sukarela weight=2.5
body: izin weight=1.5
body: anggap weight=1.5                 # "dianggap telah menyetujui"
body: ubah pikiran weight=2
body: ikut serta weight=1.5             # opt in
body: sebelum penarikan weight=2.5

[sharing]
# No bare "bagi": it is also the preposition "for"; "bagikan" and "berbagi data" instead.
heading: berbagi informasi
heading: pengungkapan informasi
heading: pengungkapan data pribadi
heading: berbagi dan pengungkapan
heading: dengan siapa kami membagikan informasi
heading: pengungkapan kepada pihak ketiga
heading: pengalihan bisnis
heading: apakah kami menjual informasi anda
body: bagikan weight=2.5
body: berbagi data weight=2.5
body: ungkap weight=2.5
body: pihak ketiga weight=1
body: penyedia layanan weight=2
body: afiliasi weight=2
body: anak perusahaan weight=1.5
body: mitra bisnis weight=2
body: vendor weight=1.5
body: agen weight=1
body: atas nama kami weight=1.5
body: penggabungan weight=2.5
body: merger weight=2.5
body: akuisisi weight=2.5
body: pengambilalihan weight=2
body: kepailitan weight=2.5
body: reorganisasi weight=2
body: penegak hukum weight=2.5
body: perintah pengadilan weight=2.5
body: proses hukum weight=2
body: instansi pemerintah weight=1.5
body: jual weight=1.5
body: sewa weight=1.5

[cookies]
heading: cookie
heading: kebijakan cookie
heading: penggunaan cookie
heading: cookie dan teknologi serupa
heading: cookie dan teknologi pelacakan
heading: teknologi pelacakan
heading: file log
body: cookie* weight=3
body: kuki weight=2
body: web beacon weight=3
body: suar web weight=2.5
body: piksel weight=2.5
body: lacak weight=2                    # melacak, pelacakan
body: teknologi serupa weight=2
body: penyimpanan lokal weight=2.5
body: persisten weight=1.5
body: sesi weight=1.5
body: sangat diperlukan weight=2.5      # strictly necessary cookies
body: google analytics weight=2.5
body: analitik weight=2
body: file teks weight=2.5
body: file kecil weight=2.5
body: pengaturan peramban weight=2
body: blokir weight=1.5

[advertising]
heading: periklanan
heading: pemasaran
heading: periklanan dan pemasaran
heading: iklan berbasis minat
heading: iklan pihak ketiga
heading: komunikasi pemasaran
heading: pemasaran langsung
body: iklan* weight=2.5
body: pasar weight=2                    # memasarkan
body: jaringan iklan weight=3
body: berbasis minat weight=3
body: target weight=2                   # penargetan, ditargetkan
body: perilaku weight=1.5
body: pemasaran ulang weight=3
body: remarketing weight=3
body: promosi weight=2
body: buletin weight=2.5
body: newsletter weight=2
body: penawaran khusus weight=2
body: email pemasaran weight=2.5
body: kampanye weight=1.5
body: banner weight=2
body: efektivitas iklan weight=2
body: minat anda weight=1.5

[do-not-track]
heading: jangan lacak
heading: sinyal jangan lacak
heading: do not track
heading: bagaimana kami menanggapi sinyal do not track
heading: global privacy control
heading: sinyal preferensi
body: permintaan jangan lacak weight=3
body: dnt weight=3
body: do not track signal* weight=3
body: gpc weight=3
body: kontrol privasi global weight=3
body: sinyal weight=2.5
body: sinyal peramban weight=3
body: sinyal preferensi penolakan weight=3
body: tanggap weight=2                  # "kami tidak menanggapi"
body: standar seragam weight=3
body: kenal weight=1
body: hormat weight=1
body: dari waktu ke waktu dan lintas weight=2
body: pengaturan peramban weight=1.5

[choices]
heading: pilihan anda
heading: pilihan dan kontrol anda
heading: memilih untuk tidak ikut serta
heading: cara berhenti berlangganan
heading: berhenti berlangganan
heading: mengelola preferensi anda
heading: preferensi komunikasi
body: tidak ikut serta weight=3         # opt out
body: opt-out weight=3
body: henti langgan weight=3            # "berhenti berlangganan"
body: pilih untuk tidak weight=2.5
body: henti terima weight=2.5           # "berhenti menerima"
body: email promosi weight=2
body: preferensi weight=1.5
body: pengaturan weight=1.5
body: pengaturan akun weight=2
body: nonaktif weight=2                 # menonaktifkan
body: tolak weight=2
body: matikan weight=2
body: notifikasi push weight=2
body: layanan lokasi weight=2
body: tautan di bagian bawah weight=1.5
body: tidak dapat guna weight=1.5

[rights]
heading: hak anda
heading: hak pengguna
heading: hak subjek data
heading: hak subjek data pribadi
heading: hak privasi anda
heading: menggunakan hak anda
heading: akses dan perbaikan
heading: mengakses dan memperbarui informasi anda
heading: akses weight=1.5                # "akses/perbarui": access (to your data) is a right
body: hak akses weight=3
body: akses weight=1
body: perbaikan weight=2
body: koreksi weight=1.5
body: tidak akurat weight=2
body: hapus weight=2
body: dilupakan weight=3
body: portabilitas data weight=3
body: dapat dibaca mesin weight=2.5
body: salinan weight=1.5
body: keberatan weight=3                # "mengajukan keberatan" (object)
body: batasi pemrosesan weight=3
body: tunda pemrosesan weight=2.5       # UU PDP: "menunda atau membatasi pemrosesan"
body: pengaduan weight=2.5
body: otoritas pengawas weight=3
body: lembaga pelindungan data pribadi weight=3
body: laksana hak weight=2.5
body: verifikasi identitas anda weight=2
body: agen resmi weight=2.5
body: diskriminasi weight=1.5
body: subjek data weight=2

[retention]
heading: penyimpanan data
heading: retensi data
heading: jangka waktu penyimpanan
heading: masa retensi
heading: periode penyimpanan
heading: berapa lama kami menyimpan informasi anda
heading: penyimpanan dan penghapusan
body: simpan weight=2
body: retensi weight=3
body: jangka waktu weight=2
body: selama diperlukan weight=3
body: selama yang diperlukan weight=3
body: tidak lagi diperlukan weight=2.5
body: periode weight=1.5
body: kriteria weight=2
body: anonim* weight=2
body: musnah weight=2
body: buang weight=1.5
body: hapus secara aman weight=2
body: arsip weight=2
body: pencadangan weight=1.5
body: daluwarsa weight=2.5              # "kedaluwarsa" (statute of limitations, expiry)
body: simpan catatan weight=2
body: tidak aktif weight=2

[security]
heading: keamanan
heading: keamanan data
heading: keamanan informasi
heading: bagaimana kami melindungi informasi anda
heading: langkah-langkah keamanan
heading: pelindungan informasi
heading: perlindungan data
body: aman weight=2
body: lindung weight=1.5
body: rahasia weight=1.5
body: enkripsi weight=3
body: ssl weight=3
body: tls weight=3
body: akses tidak sah weight=3
body: akses tanpa izin weight=3
body: langkah teknis dan organisasi weight=3
body: fisik weight=1.5
body: firewall weight=3
body: pelanggaran data weight=3
body: kebocoran data weight=3
body: insiden keamanan weight=3
body: kata sandi weight=2
body: kontrol akses weight=2.5
body: tidak dapat menjamin weight=2.5
body: risiko anda sendiri weight=2.5
body: penyalahgunaan weight=2
body: standar industri weight=2

[children]
heading: anak-anak
heading: privasi anak-anak
heading: privasi anak
heading: informasi tentang anak-anak
heading: anak di bawah umur
heading: batasan usia
body: anak weight=2.5
body: di bawah umur weight=3
body: di bawah usia 13 weight=3
body: di bawah usia 16 weight=3
body: di bawah usia 18 weight=2.5
body: orang tua weight=3
body: wali weight=2.5
body: persetujuan orang tua weight=3
body: coppa weight=3
body: dengan sengaja weight=2.5         # "kami tidak dengan sengaja mengumpulkan"
body: tidak ditujukan untuk weight=2
body: remaja weight=2.5
body: usia weight=1.5
body: jika kami mengetahui weight=2
body: belum dewasa weight=2.5

[international]
heading: transfer internasional
heading: transfer data internasional
heading: transfer data lintas batas
heading: pengiriman data ke luar negeri
heading: di mana kami menyimpan informasi anda
heading: lokasi pemrosesan
heading: transfer data pribadi ke luar wilayah indonesia
body: transfer weight=1.5
body: lintas batas weight=3
body: luar negeri weight=2.5
body: negara lain weight=2.5
body: luar wilayah hukum weight=2.5     # UU PDP: "di luar wilayah hukum Negara Republik Indonesia"
body: yurisdiksi weight=2
body: wilayah ekonomi eropa weight=2.5
body: amerika serikat weight=1.5
body: klausul kontrak standar weight=3
body: keputusan kecukupan weight=3
body: tingkat pelindungan yang setara weight=3
body: aturan perusahaan yang mengikat weight=3
body: pelindungan yang memadai weight=2.5
body: server yang berlokasi weight=2.5
body: di seluruh dunia weight=1.5

[regional]
heading: penduduk california
heading: hak privasi california
heading: pemberitahuan bagi penduduk california
heading: kepatuhan terhadap gdpr
heading: pengguna di uni eropa
heading: ketentuan khusus wilayah
heading: penduduk nevada
body: california weight=3
body: ccpa weight=3
body: cpra weight=3
body: nevada weight=3
body: virginia weight=3
body: colorado weight=3
body: penduduk weight=2
body: konsumen weight=1.5
body: tidak menjual weight=2.5
body: jual atau bagikan weight=3
body: insentif finansial weight=3
body: 12 bulan terakhir weight=3
body: gdpr weight=2.5
body: uni eropa weight=2
body: brasil weight=2
body: lgpd weight=3
body: kanada weight=2
body: pipeda weight=3

[third-party-sites]
heading: tautan pihak ketiga
heading: situs pihak ketiga
heading: situs web pihak ketiga
heading: layanan pihak ketiga
heading: tautan ke situs lain
heading: tautan eksternal
body: taut weight=2.5                   # tautan, ditautkan
body: hyperlink weight=3
body: situs lain weight=2
body: situs eksternal weight=2.5
body: dioperasikan oleh pihak ketiga weight=2.5
body: tidak bertanggung jawab weight=3
body: tidak memiliki kendali weight=2.5
body: kebijakan privasi mereka sendiri weight=3
body: praktik privasi weight=2
body: anjur weight=1.5                  # "kami menganjurkan Anda membaca"
body: tinggal situs kami weight=2.5     # "saat Anda meninggalkan situs kami"
body: dukung weight=1.5                 # endorse
body: plugin weight=2.5
body: widget weight=2.5
body: media sosial weight=1.5

[changes]
heading: perubahan kebijakan ini
heading: perubahan pada kebijakan privasi ini
heading: perubahan atas kebijakan privasi
heading: pembaruan kebijakan
heading: amandemen
heading: pemberitahuan perubahan
body: ubah weight=1.5
body: perbarui weight=2
body: modifikasi weight=2
body: revisi weight=2
body: tanggal berlaku weight=3
body: mulai berlaku weight=2.5
body: terakhir diperbarui weight=3
body: dari waktu ke waktu weight=2.5
body: perubahan material weight=3
body: perubahan signifikan weight=3
body: terus guna weight=3               # "terus menggunakan"
body: berkelanjutan weight=1.5
body: secara berkala weight=2.5
body: versi terbaru weight=2
body: berhak weight=1.5
body: unggah weight=1
body: halaman ini weight=1

[contact]
heading: hubungi kami
heading: informasi kontak
heading: kontak
heading: cara menghubungi kami
heading: pertanyaan
heading: pejabat pelindungan data
body: silakan hubungi weight=3
body: hubungi kami di weight=2.5
body: pertanyaan apa pun weight=2.5
body: pertanyaan mengenai weight=2.5
body: komentar weight=1.5
body: keluhan weight=1.5
body: masukan weight=1.5
body: petugas privasi weight=3
body: dpo weight=3
body: kirim email weight=3
body: alamat surat weight=2
body: untuk perhatian weight=2
body: telepon weight=1.5
body: melalui email weight=1.5
body: layanan pelanggan weight=1.5
