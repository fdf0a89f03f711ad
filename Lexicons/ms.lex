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

# ---------------------------------------------------------------------------------------

[intro]
heading: pengenalan
heading: pendahuluan
heading: tentang dasar ini
heading: skop dasar ini
heading: siapa kami
heading: mengenai kami
heading: notis privasi
heading: dasar privasi weight=0.5      # the document title, also inside many headings
body: dasar privasi ini weight=2
body: terpakai kepada weight=2
body: skop weight=2
body: dengan guna weight=1.5            # "dengan menggunakan laman web ini"
body: dengan akses weight=1.5           # "dengan mengakses"
body: dengan lawat weight=1.5           # "dengan melawat"
body: terang weight=1                   # "menerangkan bagaimana kami"
body: komited weight=2
body: hormat weight=1.5
body: milik weight=1
body: kendali weight=1                  # "dimiliki dan dikendalikan oleh"
body: rujuk sebagai weight=1.5          # "(dirujuk sebagai) kami"
body: terma dan syarat weight=1
body: tidak setuju weight=2
body: sila baca weight=1.5
body: pelawat weight=1

[definitions]
heading: definisi
heading: tafsiran
heading: istilah
heading: maksud istilah
heading: definisi dan tafsiran
heading: istilah yang digunakan dalam dasar ini
body: erti weight=2.5                   # "ertinya", "bererti"
body: maksud weight=2                   # "bermaksud"
body: punya maksud weight=3             # "hendaklah mempunyai maksud"
body: takrif weight=2.5                 # "ditakrifkan sebagai"
body: rujuk kepada weight=2
body: bagi tujuan dasar ini weight=2.5
body: dalam dasar ini weight=1
body: huruf besar weight=2.5            # "istilah berhuruf besar"
body: subjek data weight=1.5
# No "pengguna data" / "pemproses data" (PDPA 2010 controller/processor): stripping -an turns
# every "penggunaan data" and "pemprosesan data" into them.
body: tafsir weight=2                   # "hendaklah ditafsirkan"
body: konteks weight=2                  # "melainkan jika konteksnya menghendaki sebaliknya"
body: orang perseorangan weight=2
body: kenal pasti weight=1.5
body: rangkum weight=1
body: sebut weight=1

[collection]
heading: maklumat yang kami kumpul
heading: pengumpulan maklumat
heading: pengumpulan data peribadi
heading: jenis maklumat yang dikumpul
heading: data peribadi yang kami proses
heading: sumber maklumat
heading: maklumat yang anda berikan
heading: maklumat yang dikumpul secara automatik
body: kumpul weight=2.5
body: peroleh weight=1.5
body: beri kepada kami weight=2
body: secara automatik weight=2
body: kategori data peribadi weight=2.5
body: sumber weight=1.5
body: nama weight=1
body: alamat e-mel weight=1.5
body: nombor telefon weight=1.5
body: alamat ip weight=2
body: semak imbas weight=2              # "penyemak imbas" (browser)
body: sistem operasi weight=2
body: lokasi weight=1.5
body: pengenal peranti weight=2
body: data log weight=1.5
body: demografi weight=1.5
body: daftar weight=1.5
body: butiran kenalan weight=2
body: borang weight=1.5
body: maklumat pembayaran weight=1.5

[use]
heading: bagaimana kami menggunakan maklumat anda
heading: penggunaan maklumat
heading: penggunaan data peribadi
heading: tujuan pemprosesan
heading: tujuan penggunaan
heading: tujuan pengumpulan maklumat
heading: bagaimana kami menggunakan dan memproses data
heading: untuk apa kami menggunakan maklumat anda
body: guna weight=1
body: tujuan weight=1.5
body: tujuan berikut weight=2.5
body: sedia perkhidmatan weight=1.5      # "menyediakan perkhidmatan"
body: tambah baik weight=2
body: sesuai weight=1                   # "menyesuaikan" (customise)
body: proses pesanan weight=2
body: komunikasi dengan anda weight=2
body: balas weight=1.5
body: analisis weight=1.5
body: kaji weight=1.5
body: cegah penipuan weight=2
body: profil weight=2
body: keputusan automatik weight=2
body: urus weight=1.5
body: tadbir weight=1.5
body: sah identiti weight=1.5
body: bangun produk weight=2

[legal-basis]
heading: asas undang-undang pemprosesan
heading: dasar sah pemprosesan
heading: asas sah untuk pemprosesan
heading: asas perundangan
heading: asas pemprosesan data peribadi
heading: alasan pemprosesan
body: asas sah weight=3
body: dasar sah weight=3                # the wording of many Malay translations
body: asas undang-undang weight=2.5
body: kepentingan sah weight=3
body: laksana kontrak weight=3          # "pelaksanaan kontrak", "melaksanakan kontrak"
body: kontrak dengan anda weight=2
body: kewajipan undang-undang weight=2.5
body: obligasi undang-undang weight=2
body: patuh weight=1
body: kepentingan vital weight=3
body: kepentingan awam weight=2.5
body: perkara 6 weight=3                # GDPR Article 6
body: imbang weight=2
body: hak asasi weight=2
body: atas dasar weight=2
body: gantung weight=1.5                # "kami bergantung kepada"
body: setuju weight=1

[consent]
heading: persetujuan
heading: persetujuan anda
heading: persetujuan dan pengeluarannya
heading: penarikan balik persetujuan
heading: memberi dan menarik balik persetujuan
heading: bagaimana menarik balik persetujuan
body: setuju weight=2
body: tarik balik weight=3
body: batal weight=2
body: keluar weight=1                   # "mengeluarkan persetujuan"
body: bila-bila masa weight=1
body: persetujuan nyata weight=2.5
body: persetujuan jelas weight=2.5
body: sukarela weight=2.5
body: izin weight=1.5
body: benar weight=1.5                  # "kebenaran", "membenarkan"
body: anggap weight=1.5                 # "dianggap telah bersetuju"
body: ubah fikiran weight=2
body: ikut serta weight=2               # opt in
body: sebelum penarikan weight=2.5

[sharing]
heading: perkongsian maklumat
heading: pendedahan maklumat
heading: pendedahan data
heading: perkongsian dan pendedahan
heading: dengan siapa kami berkongsi maklumat
heading: pendedahan kepada pihak ketiga
heading: pemindahan perniagaan
heading: adakah kami menjual maklumat anda
body: kongsi weight=2.5
body: dedah weight=2.5
body: pihak ketiga weight=1
body: penyedia perkhidmatan weight=2
body: sekutu weight=2
body: anak syarikat weight=1.5
body: rakan niaga weight=2
body: vendor weight=1.5
body: ejen weight=1
body: bagi pihak kami weight=1.5
body: penggabungan weight=2.5
body: pengambilalihan weight=2.5
body: ambil alih weight=2
body: muflis weight=2.5
body: susun semula weight=2
body: penguatkuasaan undang-undang weight=2.5
body: sepina weight=2.5
body: perintah mahkamah weight=2.5
body: proses undang-undang weight=2
body: pihak berkuasa weight=1.5
body: jual weight=1.5
body: sewa weight=1.5

[cookies]
heading: kuki
heading: dasar kuki
heading: penggunaan kuki
heading: kuki dan teknologi serupa
heading: kuki dan teknologi penjejakan
heading: teknologi penjejakan
heading: fail log
body: kuki* weight=3
body: cookie* weight=3                  # the English word is common in Malay policies
body: suar web weight=3                 # web beacon
body: web beacon weight=3
body: piksel weight=2.5
body: jejak weight=2                    # menjejaki, penjejakan
body: teknologi serupa weight=2
body: storan tempatan weight=2.5
body: kekal weight=1                    # "kuki kekal" (persistent)
body: sesi weight=1.5
body: benar-benar perlu weight=2.5
body: google analytics weight=2.5
body: analitik weight=2
body: fail teks weight=2.5
body: fail kecil weight=2.5
body: tetapan semak imbas weight=2
body: sekat weight=1.5

[advertising]
heading: pengiklanan
heading: pemasaran
heading: pengiklanan dan pemasaran
heading: pengiklanan berasaskan minat
heading: pengiklanan pihak ketiga
heading: komunikasi pemasaran
heading: pemasaran langsung
body: iklan weight=2.5
body: pasar weight=2                    # memasarkan, pemasaran
body: rangkaian iklan weight=3
body: berasaskan minat weight=3
body: sasar weight=2                    # menyasarkan, pengiklanan bersasar
body: tingkah laku weight=1.5
body: pemasaran semula weight=3         # remarketing
body: promosi weight=2
body: surat berita weight=2.5           # newsletter
body: buletin weight=2
body: tawaran istimewa weight=2
body: e-mel pemasaran weight=2.5
body: kempen weight=1.5
body: sepanduk weight=2                 # banner ads
body: keberkesanan iklan weight=2
body: minat anda weight=1.5

[do-not-track]
heading: jangan jejak
heading: isyarat jangan jejak
heading: do not track
heading: bagaimana kami bertindak balas terhadap isyarat jangan jejak
heading: kawalan privasi global
heading: isyarat pilihan penjejakan
body: permintaan jangan jejak weight=3
body: dnt weight=3
body: do not track signal* weight=3
body: global privacy control weight=3
body: gpc weight=3
body: isyarat weight=2.5
body: isyarat semak imbas weight=3
body: isyarat pilihan weight=3
body: tindak balas weight=2             # "kami tidak bertindak balas"
body: standard seragam weight=3
body: kenal weight=1                    # "mengenali isyarat"
body: hormat weight=1
body: dari semasa ke semasa dan merentasi weight=2
body: tetapan semak imbas weight=1.5

[choices]
heading: pilihan anda
heading: pilihan dan kawalan anda
heading: menarik diri
heading: bagaimana untuk menarik diri
heading: mengurus pilihan anda
heading: pilihan komunikasi
heading: berhenti melanggan
body: tarik diri weight=3               # opt out
body: pilih keluar weight=3
body: henti langgan weight=3            # "berhenti melanggan"
body: pilih untuk tidak weight=2.5
body: berhenti terima weight=2.5
body: e-mel promosi weight=2
body: keutamaan weight=1.5
body: tetapan weight=1.5
body: tetapan akaun weight=2
body: lumpuh weight=2                   # melumpuhkan
body: tolak weight=2
body: matikan weight=2
body: pemberitahuan tolak weight=2      # push notifications
body: perkhidmatan lokasi weight=2
body: pautan di bahagian bawah weight=1.5
body: tidak dapat guna weight=1.5

[rights]
heading: hak anda
heading: hak pengguna
heading: hak subjek data
heading: hak privasi anda
heading: melaksanakan hak anda
heading: akses dan pembetulan
heading: akses kepada data peribadi
heading: mengakses dan mengemas kini maklumat anda
heading: akses weight=1.5                # "akses/kemas kini": access (to your data) is a right
body: hak akses weight=3
body: akses weight=1
body: betul weight=2                    # membetulkan, pembetulan
body: tidak tepat weight=2
body: padam weight=2                    # memadamkan, pemadaman
body: hapus weight=2
body: dilupakan weight=3                # "hak untuk dilupakan"
body: kemudahalihan data weight=3        # portability
body: boleh dibaca mesin weight=2.5
body: salinan weight=1.5
body: bantah weight=3                   # membantah, bantahan
body: hadkan pemprosesan weight=3
body: sekat pemprosesan weight=2.5
body: aduan weight=2.5
body: pihak berkuasa penyeliaan weight=3
body: pesuruhjaya perlindungan data peribadi weight=3
body: laksana hak weight=2.5
body: sah identiti anda weight=2
body: ejen yang diberi kuasa weight=2.5
body: diskriminasi weight=1.5
body: subjek data weight=2

[retention]
heading: penyimpanan data
heading: pengekalan data
heading: tempoh penyimpanan
heading: tempoh pengekalan
heading: berapa lama kami menyimpan maklumat anda
heading: penyimpanan dan pemadaman
heading: prinsip penyimpanan
body: simpan weight=2
body: ekal weight=3                     # mengekalkan, pengekalan
body: tempoh weight=2
body: selagi perlu weight=3
body: selama yang perlu weight=3
body: tidak lagi perlu weight=2.5
body: jangka masa weight=2
body: kriteria weight=2
body: tanpa nama weight=2               # "menjadikannya tanpa nama" (anonymise)
body: musnah weight=2
body: lupus weight=2                    # pelupusan
body: padam dengan selamat weight=2
body: arkib weight=2
body: sandaran weight=1.5
body: had masa weight=2.5               # statute of limitations: "had masa"
body: simpan rekod weight=2.5
body: tidak aktif weight=2

[security]
heading: keselamatan
heading: keselamatan data
heading: keselamatan maklumat
heading: bagaimana kami melindungi maklumat anda
heading: langkah keselamatan
heading: perlindungan maklumat
heading: prinsip keselamatan
body: selamat weight=2
body: lindung weight=1.5
body: sulit weight=2                    # menyulitkan (encrypt), kerahsiaan
body: enkripsi weight=3
body: ssl weight=3
body: tls weight=3
body: akses tanpa kebenaran weight=3
body: akses yang tidak dibenarkan weight=3
body: langkah teknikal dan organisasi weight=3
body: fizikal weight=1.5
body: tembok api weight=3
body: pelanggaran data weight=3
body: insiden keselamatan weight=3
body: kata laluan weight=2
body: kawalan akses weight=2.5
body: tidak dapat menjamin weight=2.5
body: risiko anda sendiri weight=2.5
body: salah guna weight=2
body: ubah suai weight=1
body: standard industri weight=2

[children]
heading: kanak-kanak
heading: privasi kanak-kanak
heading: maklumat mengenai kanak-kanak
heading: kanak-kanak di bawah umur 13 tahun
heading: kanak-kanak di bawah umur
heading: had umur
body: kanak weight=3                    # kanak-kanak
body: bawah umur weight=3
body: di bawah umur 13 weight=3
body: di bawah umur 16 weight=3
body: di bawah umur 18 weight=2.5
body: ibu bapa weight=3
body: penjaga weight=2.5
body: persetujuan ibu bapa weight=3
body: coppa weight=3
body: dengan sengaja weight=2.5         # "kami tidak dengan sengaja mengumpul"
body: tidak ditujukan kepada weight=2
body: remaja weight=2.5
body: umur weight=1.5
body: jika kami dapati weight=2
body: anak weight=1

[international]
heading: pemindahan antarabangsa
heading: pemindahan data antarabangsa
heading: pemindahan data rentas sempadan
heading: pemindahan data
heading: di mana kami menyimpan maklumat anda
heading: lokasi pemprosesan
heading: pemindahan ke luar negara
body: pindah weight=1.5
body: rentas sempadan weight=3
body: luar negara weight=2.5
body: negara lain weight=2.5
body: bidang kuasa weight=2
body: kawasan ekonomi eropah weight=2.5
body: amerika syarikat weight=1.5
body: fasal kontrak standard weight=3
body: klausa kontrak standard weight=3
body: keputusan kecukupan weight=3
body: kecukupan weight=2
body: peraturan korporat yang mengikat weight=3
body: perlindungan yang sewajarnya weight=2
body: pelayan yang terletak weight=2.5
body: di seluruh dunia weight=1.5

[regional]
heading: penduduk california
heading: hak privasi california
heading: notis kepada penduduk california
heading: pematuhan dengan gdpr
heading: pengguna di kesatuan eropah
heading: peruntukan khusus mengikut bidang kuasa
heading: penduduk nevada
body: california weight=3
body: ccpa weight=3
body: cpra weight=3
body: nevada weight=3
body: virginia weight=3
body: colorado weight=3
body: penduduk weight=2
body: pengguna california weight=2
body: tidak menjual weight=2.5
body: jual atau kongsi weight=3
body: insentif kewangan weight=3
body: 12 bulan sebelumnya weight=3
body: gdpr weight=2.5
body: kesatuan eropah weight=2
body: brazil weight=2
body: lgpd weight=3
body: kanada weight=2
body: pipeda weight=3

[third-party-sites]
heading: pautan pihak ketiga
heading: laman web pihak ketiga
heading: perkhidmatan pihak ketiga
heading: pautan ke laman web lain
heading: pautan luar
heading: laman web lain
body: paut weight=2.5                   # pautan, dipautkan
body: hiperpautan weight=3
body: laman lain weight=2
body: laman luar weight=2.5
body: dikendalikan oleh pihak ketiga weight=2.5
body: tidak bertanggungjawab weight=3
body: tiada kawalan weight=2.5
body: dasar privasi mereka sendiri weight=3
body: amalan privasi weight=2
body: galak anda membaca weight=2.5     # "kami menggalakkan anda membaca"
body: tinggal laman web kami weight=2.5 # "apabila anda meninggalkan"
body: sokong weight=1.5                 # endorse
body: pemalam weight=2.5                # plug-in
body: widget weight=2.5
body: media sosial weight=1.5

[changes]
heading: perubahan kepada dasar ini
heading: perubahan kepada dasar privasi ini
heading: perubahan kepada kenyataan privasi ini
heading: pindaan dasar
heading: kemas kini dasar
heading: pemberitahuan perubahan
body: ubah weight=1.5
body: kemas kini weight=2
body: ubah suai weight=2
body: pinda weight=2.5
body: semak semula weight=2
body: tarikh kuat kuasa weight=3
body: berkuat kuasa weight=2.5
body: kali terakhir dikemas kini weight=3
body: dari semasa ke semasa weight=2.5
body: perubahan ketara weight=3
body: terus guna weight=3               # "penggunaan berterusan", "terus menggunakan"
body: berterusan weight=1.5
body: secara berkala weight=2.5
body: versi terkini weight=2
body: berhak weight=1.5
body: siar weight=1                     # disiarkan, diposkan
body: pos weight=1

[contact]
heading: hubungi kami
heading: maklumat hubungan
heading: butiran hubungan
heading: cara menghubungi kami
heading: pertanyaan
heading: soalan
heading: pegawai perlindungan data
body: sila hubungi weight=3
body: sebarang soalan weight=2.5
body: soalan mengenai weight=2.5
body: komen weight=1.5
body: kebimbangan weight=1.5
body: aduan atau pertanyaan weight=2
body: pegawai privasi weight=3
body: dpo weight=3
body: e-mel kepada kami weight=3
body: tulis kepada kami weight=3
body: alamat pos weight=2
body: untuk perhatian weight=2.5
body: perhatian weight=1
body: telefon weight=1.5
body: melalui e-mel weight=1.5
body: khidmat pelanggan weight=1.5
