# Turkish lexicon. Wording follows the Personal Data Protection Law No. 6698 (KVKK) and the
# "aydınlatma metni" (information notice) that Turkish policies are built on: "veri sorumlusu",
# "ilgili kişi", "açık rıza", "hukuki sebep", "aktarım", "saklama ve imha".
#
# Inflection: section entries use a trailing * on the stem (çerez*, paylaş*, sakla*) rather
# than @suffixes. Turkish stacks suffixes (veri-ler-iniz-i, paylaş-ıl-ma-sı) and changes the
# stem (hesap/hesabı, amaç/amacı), which one level of suffix stripping does not undo; a
# stem with * covers every form. Where a stem alternates both forms are given (amaç*, amac*).
# Stems that would also begin unrelated words (soru* -> sorumlu, süre* -> süreç) are avoided.
#
# Normalisation note for the engine: ı/i and ş/s are different letters, so accents are not
# folded. Lower-casing must be Turkish-aware: "İ" must become "i" (not "i" + U+0307) and "I"
# must become "ı", or headings in capitals ("KİŞİSEL VERİLER", "İLETİŞİM") will not match.
# Circumflex spellings (imkân, şikâyet) coexist with plain ones and are listed both ways.
@language tr
@name Turkish
@fold-accents no

[profile]
# Function words first, then words frequent in privacy policies. Turkish words are listed in
# the inflected forms that actually occur. weight=3/2: words that tell Turkish from
# Azerbaijani (için/üçün, gibi/kimi, değil/deyil, veri/məlumat, kişisel/şəxsi,
# hizmet/xidmət, gizlilik/məxfilik, kullanıcı/istifadəçi). English loanwords get 0.5.
ve weight=2                   # az "və"
bir
bu
için weight=3                 # az "üçün"
ile weight=2                  # az "ilə"
de
da
olarak weight=3               # az "olaraq"
veya weight=2
ya
gibi weight=3                 # az "kimi"
olan
daha
çok
her
en
ne
o
ki
ise
kadar
göre
ancak
sonra
önce
üzere
tarafından weight=3           # az "tərəfindən"
olup
olması
ilgili
dair
hakkında
değil weight=3                # az "deyil"
var
yok
şu
şekilde
biz
siz
sizin
bizim
size
bize
sizi
tüm
bütün
diğer
bazı
herhangi
aynı
kendi
olabilir
edilir
edilen
eden
etmek
olmak
ayrıca
yani
hem
yoluyla
aracılığıyla
kapsamında
uyarınca
doğrultusunda
amacıyla
halinde
durumunda
ilişkin
yönelik
karşı
arasında
içinde
dışında
sırasında
boyunca
itibaren
nedeniyle
sayılı
madde
maddesi
kanun
kanunu
kişisel weight=3               # az "şəxsi"
veri weight=3                 # az "məlumat"
veriler weight=3
verileri weight=3
verilerin weight=3
verilerinizi weight=3
verileriniz weight=3
bilgi weight=2
bilgiler
bilgileri
bilgilerinizi
gizlilik weight=3             # az "məxfilik"
politikası
politika
çerez weight=3                # az "kuki"
çerezler weight=3
hizmet weight=3               # az "xidmət"
hizmetler
hizmetlerimiz
hizmetlerimizi
kullanıcı weight=3            # az "istifadəçi"
kullanıcılar weight=3
kullanım
kullanımı
kullanılması
işleme
işlenmesi
işlenen
hukuki
rıza
rızanız
açık
aydınlatma
metni
sorumlusu
üçüncü
kişiler
taraf
taraflar
paylaşım
aktarım
aktarılması
saklama
süre
süresi
güvenlik
güvenliği
erişim
talep
başvuru
iletişim
adres
adresi
posta
telefon
internet weight=0.5
site
sitesi
web weight=0.5
uygulama
hesap
müşteri
şirket weight=2               # az "şirkət"
şirketimiz weight=2
hak
haklar
haklarınız
reklam
pazarlama
tanıtım
çocuk
çocuklar
ebeveyn
yurt
dışına
değişiklik
değişiklikler
güncelleme
tarih
yürürlük
bizimle
lütfen
tarafımızca
sağlamak
gerekli
amaç
amaçlarla
hukuka
uygun
mevzuat
yasal
yükümlülük
kurum
kuruluş
ürün
hizmetleri
ticari
elektronik
cihaz
tarayıcı
bağlantı

[units]
# Turkish uses the singular after a number ("30 gün", "10 yıl"); the case forms that follow a
# number in policies are listed.
year: yıl, yılı, yıla, yılda, yıldır, yıllık, yıllar, sene, seneyi, senelik
month: ay, ayı, aya, ayda, aylık, aylar
week: hafta, haftayı, haftada, haftalık, haftalar
day: gün, günü, güne, günde, günlük, günler
hour: saat, saati, saatte, saatlik, saatler
minute: dakika, dakikayı, dakikada, dakikalık
business-day: iş günü, iş gününü, iş günleri, iş günlük

[numbers]
# "bir" is also the indefinite article; it counts as one in front of a unit ("bir yıl").
1: bir
2: iki
3: üç
4: dört
5: beş
6: altı
7: yedi
8: sekiz
9: dokuz
10: on
11: on bir
12: on iki
13: on üç
14: on dört
15: on beş
16: on altı
18: on sekiz
20: yirmi
24: yirmi dört
30: otuz
45: kırk beş
60: altmış
72: yetmiş iki
90: doksan
100: yüz

[references]
# Turkey's own KVKK (6698 sayılı Kişisel Verilerin Korunması Kanunu) has no canonical id
# and is deliberately not filed under pdpa.
gdpr: genel veri koruma tüzüğü, gdpr
ccpa: kaliforniya tüketici gizliliği yasası, kaliforniya tüketici gizliliği kanunu, ccpa
cpra: kaliforniya gizlilik hakları yasası, cpra
coppa: çocukların çevrimiçi gizliliğini koruma yasası, coppa
pdpa: kişisel veri koruma yasası, pdpa
lgpd: brezilya genel veri koruma kanunu, lgpd
pipeda: kişisel bilgilerin korunması ve elektronik belgeler yasası, pipeda
appi: kişisel bilgilerin korunmasına ilişkin kanun, appi
pipl: kişisel bilgilerin korunması kanunu, pipl

# ---------------------------------------------------------------------------------------

[intro]
heading: giriş
heading: amaç ve kapsam
heading: kapsam
heading: hakkımızda
heading: veri sorumlusu
heading: bu politika hakkında
heading: gizlilik politikası weight=0.5
heading: aydınlatma metni weight=0.5
body: bu gizlilik politikası weight=2
body: bu politika* weight=1.5
body: uygulanır weight=1.5
body: geçerli* weight=1
body: kullanarak weight=1.5             # "siteyi kullanarak"
body: ziyaret ederek weight=1.5
body: erişerek weight=1.5
body: kabul* weight=1.5
body: kabul etmiyorsanız weight=2
body: taahhüt* weight=1.5
body: saygı* weight=1.5
body: olarak anılacaktır weight=2.5
body: bundan böyle weight=2
body: kullanım koşulları weight=1
body: dikkatlice weight=1.5
body: unvan* weight=1.5
body: mersis weight=2

[definitions]
heading: tanımlar
heading: tanımlar ve kısaltmalar
heading: kavramlar
heading: terimler
heading: kısaltmalar
heading: bu politikada kullanılan terimler
body: anlamına gelir weight=3
body: ifade eder weight=3
body: ifade etmektedir weight=3
body: tanımlan* weight=2.5
body: bu politikada weight=1
body: bu politikanın amaçları doğrultusunda weight=2.5
body: büyük harf* weight=2.5
body: ilgili kişi weight=1.5
body: veri sorumlusu weight=1.5
body: veri işleyen weight=1.5
body: gerçek kişi weight=2
body: kimliği belirli veya belirlenebilir weight=3
body: kanun weight=1
body: kurul weight=1.5

[collection]
heading: topladığımız bilgiler
heading: topladığımız kişisel veriler
heading: işlenen kişisel veriler
heading: işlenen kişisel veri kategorileri
heading: kişisel verilerin toplanması
heading: kişisel verilerin toplanma yöntemi
heading: bilgilerin toplanması
heading: otomatik olarak toplanan bilgiler
heading: bize sağladığınız bilgiler
body: topla* weight=2
body: elde weight=1.5
body: temin* weight=1
body: sağladığınız weight=2
body: otomatik* weight=2
body: kişisel veri kategori* weight=2.5
body: toplama yöntem* weight=2.5
body: kaynak* weight=1
body: ad soyad weight=1.5
body: e-posta adres* weight=1.5
body: telefon numara* weight=1.5
body: ip adres* weight=2
body: tarayıcı türü weight=2
body: işletim sistem* weight=2
body: konum weight=1.5
body: cihaz tanımlayıcı* weight=2
body: log kayıt* weight=1.5
body: demografik weight=1.5
body: üyelik weight=1.5
body: form* weight=1
body: ödeme bilgi* weight=1.5
body: kimlik bilgi* weight=1.5
body: müşteri işlem weight=2

[use]
heading: bilgilerinizi nasıl kullanıyoruz
heading: kişisel verilerin işlenme amaçları
heading: kişisel verilerinizi hangi amaçlarla işliyoruz
heading: bilgilerin kullanımı
heading: kişisel verilerin kullanımı
heading: işleme amaçları
heading: toplanan bilgilerin kullanım amaçları
body: kullan* weight=0.5                # also begins "kullanıcı"
body: amaç* weight=1.5
body: amac* weight=1.5                  # amacı, amacıyla
body: aşağıdaki amaçlar* weight=2.5
body: hizmetlerin sunulması weight=2
body: iyileştir* weight=1.5
body: geliştir* weight=1.5
body: kişiselleştir* weight=2
body: sipariş* weight=1.5
body: sizinle iletişim weight=2
body: yanıtla* weight=1.5
body: analiz* weight=1.5
body: araştırma* weight=1.5
body: dolandırıcılı* weight=2
body: profil* weight=2
body: otomatik karar* weight=2
body: kimliğinizi doğrula* weight=1.5
body: faaliyetlerin yürütülmesi weight=2.5
body: yürütülmesi weight=1.5

[legal-basis]
heading: hukuki sebepler
heading: hukuki dayanak
heading: kişisel veri işlemenin hukuki sebebi
heading: işlemenin hukuki dayanağı
heading: kişisel verilerin işlenmesinin hukuki sebepleri
heading: toplama yöntemi ve hukuki sebebi
body: hukuki sebep* weight=3
body: hukuki dayana* weight=3
body: meşru menfaat* weight=3
body: sözleşmenin kurulması weight=3
body: sözleşmenin ifası weight=3
body: hukuki yükümlülü* weight=2.5
body: kanunlarda açıkça öngörül* weight=3
body: fiili imkansızlık weight=3
body: fiili imkânsızlık weight=3
body: beden bütünlüğü* weight=3
body: alenileştir* weight=3
body: bir hakkın tesisi weight=3
body: kamu yararı weight=2.5
body: madde 6 weight=2.5                # GDPR Article 6
body: temel hak ve özgürlük* weight=2.5
body: dayanarak weight=1.5
body: açık rıza* weight=1

[consent]
heading: açık rıza
heading: rızanız
heading: rızanın geri alınması
heading: rızanızı geri çekme
heading: onay ve rızanın geri alınması
heading: açık rıza metni
body: rıza* weight=2
body: onay* weight=1.5
body: geri al* weight=3
body: geri çek* weight=3
body: iptal* weight=2
body: dilediğiniz zaman weight=1.5
body: her zaman weight=1
body: açıkça weight=1.5
body: özgür irade* weight=2.5
body: bilgilendirilmeye dayanan weight=3
body: belirli bir konuya ilişkin weight=2.5
body: izin* weight=1.5
body: kabul etmiş sayıl* weight=2
body: fikrinizi değiştir* weight=2
body: geri alınmasından önce weight=2.5

[sharing]
heading: bilgilerin paylaşılması
heading: kişisel verilerin aktarılması
heading: kişisel verilerin kimlere aktarılabileceği
heading: bilgilerinizi kimlerle paylaşıyoruz
heading: üçüncü kişilerle paylaşım
heading: bilgilerin ifşası
heading: işletme devri
heading: bilgilerinizi satıyor muyuz
body: paylaş* weight=2
body: aktar* weight=1.5
body: ifşa* weight=2.5
body: açıkla* weight=1
body: üçüncü kişi* weight=1
body: üçüncü taraf* weight=1
body: hizmet sağlayıcı* weight=2
body: iş ortak* weight=2
body: tedarikçi* weight=2
body: grup şirket* weight=2
body: iştirak* weight=2
body: bağlı şirket* weight=1.5
body: adımıza weight=1.5
body: birleşme weight=2.5
body: devralma weight=2.5
body: iflas weight=2.5
body: yeniden yapılanma weight=2
body: yetkili kamu kurum* weight=2.5
body: kolluk weight=2
body: mahkeme karar* weight=2.5
body: yasal süreç* weight=2
body: satmıyoruz weight=2
body: kirala* weight=1.5

[cookies]
heading: çerezler
heading: çerez politikası
heading: çerez kullanımı
heading: çerezler ve benzer teknolojiler
heading: takip teknolojileri
heading: log dosyaları
body: çerez* weight=3
body: cookie* weight=2.5
body: web işaretçi* weight=3
body: piksel* weight=2.5
body: benzer teknoloji* weight=2
body: izleme teknoloji* weight=2.5
body: yerel depolama weight=2.5
body: kalıcı weight=2
body: oturum weight=1.5
body: zorunlu çerez* weight=2.5
body: işlevsel weight=1.5
body: google analytics weight=2.5
body: analitik weight=2
body: metin dosya* weight=2.5
body: tarayıcı ayar* weight=2
body: engelle* weight=1.5

[advertising]
heading: reklam
heading: reklamlar
heading: pazarlama
heading: reklam ve pazarlama
heading: ilgi alanına dayalı reklamlar
heading: üçüncü taraf reklamları
heading: pazarlama iletişimleri
heading: ticari elektronik iletiler
body: reklam* weight=2.5
body: pazarlama* weight=2
body: reklam ağ* weight=3
body: ilgi alan* weight=2.5
body: hedefle* weight=2.5
body: davranışsal weight=2.5
body: yeniden pazarlama weight=3
body: kampanya* weight=2
body: promosyon* weight=2
body: bülten* weight=2.5
body: özel teklif* weight=2
body: ticari elektronik ileti* weight=3 # Law No. 6563
body: iys weight=3                      # İleti Yönetim Sistemi
body: tanıtım* weight=1.5
body: banner* weight=2
body: reklamların etkinliği weight=2

[do-not-track]
heading: do not track
heading: beni izleme
heading: izlememe sinyalleri
heading: do not track sinyallerine nasıl yanıt veriyoruz
heading: küresel gizlilik kontrolü
heading: tercih sinyalleri
body: izlememe* weight=3
body: beni izleme talep* weight=3
body: dnt weight=3
body: do not track signal* weight=3
body: global privacy control weight=3
body: gpc weight=3
body: sinyal* weight=2.5
body: tarayıcı sinyal* weight=3
body: tercih sinyal* weight=3
body: yanıt vermiyoruz weight=2.5
body: ortak bir standart weight=3
body: tanımıyor* weight=1.5            # not tanı*: it begins tanım, tanıtım
body: zaman içinde ve farklı weight=2
body: tarayıcı ayar* weight=1.5

[choices]
heading: seçenekleriniz
heading: tercihleriniz
heading: seçimleriniz
heading: tercihlerinizin yönetimi
heading: abonelikten çıkma
heading: iletişim tercihleri
body: vazgeç* weight=2.5                # opt out: "almaktan vazgeçmek"
body: abonelikten çık* weight=3
body: reddet* weight=2
body: almak istemiyorsanız weight=2.5
body: durdur* weight=1.5
body: tanıtım e-posta* weight=2
body: tercih* weight=1.5
body: ayarlar* weight=1.5
body: hesap ayar* weight=2
body: devre dışı weight=2
body: kapat* weight=1.5
body: anlık bildirim* weight=2
body: konum hizmet* weight=2
body: altındaki bağlantı* weight=2
body: sağlamamayı weight=2.5
body: sms weight=1

[rights]
heading: haklarınız
heading: ilgili kişinin hakları
heading: kvkk kapsamındaki haklarınız
heading: veri sahibi hakları
heading: kullanıcı hakları
heading: haklarınızı nasıl kullanabilirsiniz
heading: başvuru hakkı
body: öğrenme weight=2.5                # KVKK art. 11: "işlenip işlenmediğini öğrenme"
body: erişim hakk* weight=3
body: düzeltil* weight=2.5
body: eksik veya yanlış weight=3
body: silin* weight=2.5
body: yok edil* weight=2.5
body: unutulma hakkı weight=3
body: taşınabilir* weight=3
body: itiraz* weight=3
body: kısıtla* weight=2
body: şikayet* weight=2.5
body: şikâyet* weight=2.5
body: kişisel verileri koruma kurul* weight=3
body: denetim makam* weight=3
body: başvur* weight=2
body: zararın giderilmesi weight=3
body: aleyhinize bir sonuç weight=3
body: otomatik sistemler vasıtasıyla weight=2.5
body: kimliğinizi doğrula* weight=2
body: ücretsiz weight=1.5
body: otuz gün weight=2                 # KVKK art. 13: answered within thirty days
body: talep* weight=1

[retention]
heading: saklama süresi
heading: saklama süreleri
heading: verilerin saklanması
heading: kişisel verilerin saklanması ve imhası
heading: bilgilerinizi ne kadar süre saklıyoruz
heading: saklama ve imha
heading: veri saklama
body: sakla* weight=2.5
body: muhafaza* weight=2.5
body: imha* weight=3
body: periyodik imha weight=3
body: süresince weight=1.5
body: süre boyunca weight=2
body: gerekli olduğu sürece weight=3
body: gerekli olan süre weight=3
body: ortadan kalkması weight=2.5       # "işlenmesini gerektiren sebeplerin ortadan kalkması"
body: ilgili mevzuatta öngörülen weight=2.5
body: zamanaşımı weight=2.5
body: anonim hale getir* weight=2.5
body: yok et* weight=2
body: sil* weight=1.5
body: arşiv* weight=2
body: yedek* weight=1.5
body: kriter* weight=1.5
body: aktif olmayan weight=2

[security]
heading: güvenlik
heading: veri güvenliği
heading: bilgi güvenliği
heading: bilgilerinizi nasıl koruyoruz
heading: güvenlik önlemleri
heading: kişisel verilerin güvenliği
heading: teknik ve idari tedbirler
body: güvenli* weight=2
body: koru* weight=0.5                 # low: also in the name of the KVKK itself
body: şifrele* weight=3
body: kriptograf* weight=2.5
body: ssl weight=3
body: tls weight=3
body: yetkisiz erişim* weight=3
body: hukuka aykırı olarak erişil* weight=3
body: idari tedbir* weight=2.5
body: teknik tedbir* weight=2.5
body: fiziksel weight=1.5
body: güvenlik duvar* weight=3
body: veri ihlal* weight=3
body: siber saldırı* weight=2.5
body: sızıntı* weight=2.5
body: parola* weight=2
body: şifre* weight=1
body: erişim kontrol* weight=2.5
body: garanti edemeyiz weight=2.5
body: kendi riskiniz* weight=2.5
body: kötüye kullanım weight=2
body: sektör standart* weight=2

[children]
heading: çocuklar
heading: çocukların gizliliği
heading: çocuklara ilişkin bilgiler
heading: reşit olmayanlar
heading: 18 yaş altındaki kullanıcılar
heading: yaş sınırı
body: çocuk* weight=3
body: reşit olmayan* weight=3
body: 13 yaşın altında* weight=3
body: 16 yaşın altında* weight=3
body: 18 yaşın altında* weight=2.5
body: 18 yaşından küçük weight=2.5
body: ebeveyn* weight=3
body: ebeveyn onay* weight=3
body: veli* weight=2.5
body: vasi* weight=2.5
body: coppa weight=3
body: bilerek topla* weight=3
body: yönelik değildir weight=2
body: genç* weight=2
body: yaşındaki weight=1.5
body: farkına varırsak weight=2

[international]
heading: yurt dışına aktarım
heading: kişisel verilerin yurt dışına aktarılması
heading: uluslararası veri aktarımları
heading: sınır ötesi veri aktarımı
heading: verilerin saklandığı yer
heading: verilerin işlendiği yer
heading: uluslararası kullanıcılar
body: yurt dışı* weight=3
body: yurtdışı* weight=3
body: sınır ötesi weight=3
body: başka ülke* weight=2.5
body: diğer ülke* weight=2.5
body: ikamet ettiğiniz ülke* weight=2.5
body: avrupa ekonomik alanı weight=2.5
body: amerika birleşik devletleri weight=1.5
body: standart sözleşme* weight=3
body: yeterlilik karar* weight=3
body: yeterli koruma weight=2.5
body: bağlayıcı şirket kuralları weight=3
body: yazılı taahhüt* weight=2.5        # KVKK art. 9 (before 2024): written undertaking
body: uygun güvence* weight=2.5
body: sunucu* weight=2
body: bulut weight=1.5
body: dünya genelinde weight=1.5

[regional]
heading: kaliforniya sakinleri
heading: kaliforniya gizlilik hakları
heading: kaliforniya sakinlerine yönelik bildirim
heading: gdpr uyumu
heading: avrupa birliği kullanıcıları
heading: bölgeye özgü hükümler
heading: nevada sakinleri
body: kaliforniya weight=3
body: california weight=3
body: ccpa weight=3
body: cpra weight=3
body: nevada weight=3
body: virginia weight=3
body: sakin* weight=1.5
body: tüketici* weight=1.5
body: satmıyoruz weight=2.5
body: satma veya paylaşma weight=3
body: finansal teşvik* weight=3
body: son 12 ay* weight=3
body: gdpr weight=2.5
body: avrupa birliği weight=2
body: brezilya weight=2
body: lgpd weight=3
body: kanada weight=2
body: pipeda weight=3

[third-party-sites]
heading: üçüncü taraf bağlantıları
heading: üçüncü taraf web siteleri
heading: üçüncü taraf hizmetleri
heading: diğer web sitelerine bağlantılar
heading: harici bağlantılar
heading: başka web siteleri
body: bağlantı* weight=2.5
body: köprü* weight=2
body: link* weight=2
body: diğer site* weight=2
body: harici site* weight=2.5
body: üçüncü taraflarca işletilen weight=2.5
body: sorumlu değiliz weight=3
body: sorumluluk kabul weight=2.5
body: kontrolümüz dışında weight=2.5
body: kendi gizlilik politika* weight=3
body: gizlilik uygulamalar* weight=2
body: okumanızı öneririz weight=2.5
body: incelemenizi öneririz weight=2.5
body: sitemizden ayrıl* weight=2.5
body: eklenti* weight=2.5
body: sosyal medya weight=1.5

[changes]
heading: politikadaki değişiklikler
heading: bu politikada yapılan değişiklikler
heading: gizlilik politikasındaki değişiklikler
heading: güncellemeler
heading: politika güncellemeleri
heading: değişikliklerin bildirilmesi
body: değişiklik* weight=1.5
body: değiştir* weight=1.5
body: güncelle* weight=2
body: revize weight=2
body: tadil* weight=2.5
body: yürürlük tarih* weight=3
body: yürürlüğe gir* weight=2.5
body: son güncelleme tarih* weight=3
body: zaman zaman weight=2.5
body: önemli değişiklik* weight=3
body: kullanmaya devam* weight=3
body: düzenli olarak weight=2
body: periyodik olarak weight=2.5
body: güncel sürüm* weight=2
body: saklı tutar* weight=2             # "değişiklik yapma hakkını saklı tutar"
body: yayınla* weight=1.5
body: bu sayfa* weight=1

[contact]
heading: iletişim
heading: bize ulaşın
heading: bizimle iletişime geçin
heading: iletişim bilgileri
heading: sorular
heading: veri sorumlusuna başvuru
heading: veri koruma görevlisi
body: bize ulaş* weight=2.5
body: iletişime geç* weight=2.5
body: sorularınız* weight=2.5
body: görüş* weight=1.5
body: öneri* weight=1
body: gizlilik sorumlusu weight=3
body: dpo weight=3
body: e-posta gönder* weight=2.5
body: yazılı olarak weight=2
body: posta adres* weight=2
body: kep adres* weight=3               # registered e-mail (KEP) for KVKK applications
body: telefon weight=1.5
body: müşteri hizmetleri weight=1.5
body: adresimize weight=2
