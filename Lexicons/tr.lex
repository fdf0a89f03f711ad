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
@heading-head last
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

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
kullanım koşulları
kullanım şartları
hizmet şartları
hizmet koşulları
şartlar ve koşullar
uygulanacak hukuk
geçerli hukuk
uygulanacak hukuk ve yetkili mahkeme
uygulanacak hukuk ve yargı yetkisi
yetkili mahkeme
yetkili mahkemeler
yetkili mahkeme ve icra daireleri
yargı yetkisi
bölünebilirlik
sözleşmenin bütünlüğü
feragat edilmemesi
mücbir sebep
mücbir sebepler
sorumluluk reddi
sorumluluğun sınırlandırılması
sorumluluk sınırlaması
çeviriler
çeviri
diğer çeviriler
dil sürümleri
dil versiyonları
ingilizce sürüm geçerlidir
türkçe sürüm geçerlidir
lisans
telif hakkı
telif hakları
teşekkürler
içindekiler

# ---------------------------------------------------------------------------------------
fikri mülkiyet
fikri mülkiyet hakları
telif hakları ve fikri mülkiyet
sorumluluk reddi beyanı

[intro]
heading: giriş weight=1 concept=introduction
heading: amaç ve kapsam weight=1 concept=scope
heading: kapsam weight=1 concept=scope
heading: hakkımızda weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
heading: bu politika hakkında weight=1 concept=about-this-policy
heading: gizlilik politikası weight=0.5 concept=privacy-policy-title
heading: aydınlatma metni weight=0.5 concept=privacy-policy-title
body: bu gizlilik politikası weight=2 concept=this-privacy-policy
body: bu politika* weight=1.5 concept=this-privacy-policy
body: uygulanır weight=1.5 concept=policy-applies-to
body: geçerli* weight=1 concept=policy-applies-to
body: kullanarak weight=1.5 concept=by-using # "siteyi kullanarak"
body: ziyaret ederek weight=1.5 concept=by-using
body: erişerek weight=1.5 concept=by-using
body: kabul* weight=1.5 concept=acceptance-of-policy
body: kabul etmiyorsanız weight=2 concept=if-you-do-not-agree
body: taahhüt* weight=1.5 concept=committed-to-privacy
body: saygı* weight=1.5 concept=committed-to-privacy
body: olarak anılacaktır weight=2.5 concept=referred-to-as
body: bundan böyle weight=2 concept=referred-to-as
body: kullanım koşulları weight=1 concept=terms-of-use
body: dikkatlice weight=1.5 concept=please-read
body: unvan* weight=1.5 concept=company
body: mersis weight=2 concept=company
# Added with the shared concept inventory (concepts.txt).
heading: genel bakış concept=summary
heading: özet concept=summary
heading: önemli noktalar concept=summary
heading: bu bildirim hakkında concept=about-this-policy
heading: bu politikanın kapsamı concept=scope
heading: biz kimiz concept=who-we-are
heading: gizliliğinize bağlılığımız concept=commitment-to-privacy
heading: gizlilik taahhüdümüz concept=commitment-to-privacy
heading: politikanın kabulü concept=acceptance
heading: bu politikayı kabul etmeniz concept=acceptance
heading: gizlilik bildirimi weight=0.5 concept=privacy-policy-title
heading: gizlilik beyanı weight=0.5 concept=privacy-policy-title
heading: kişisel verilerin korunması politikası weight=0.5 concept=privacy-policy-title
body: bu politika açıklamaktadır weight=2.5 concept=policy-describes
body: nasıl işlediğimizi açıklar weight=2.5 concept=policy-describes
body: lütfen okuyunuz weight=1.5 concept=please-read
body: hizmet şartları weight=1 concept=terms-of-use
body: gizlilik weight=0.3 concept=privacy
body: internet sitesi weight=0.3 concept=website
body: web sitesi weight=0.3 concept=website
body: hizmetler weight=0.3 concept=services
body: şirket weight=0.3 concept=company
# Inflected heading forms: a heading entry matches whole words, so the stem (with *) or the
# words before the inflected noun are given.
heading: politikanın kapsamı concept=scope
heading: amacı ve kapsamı concept=scope
heading: genel bilgiler concept=introduction
heading: önsöz concept=introduction
heading: kim sorumlu* concept=who-we-are # "Kişisel verilerin işlenmesinden kim sorumludur?"
heading: gizlilik sözleşmesi weight=0.5 concept=privacy-policy-title
heading: gizlilik ilkeleri weight=0.5 concept=privacy-policy-title
heading: kişisel verilerin korunması ve işlenmesi politikası weight=0.5 concept=privacy-policy-title
heading: kişisel veri koruma politikası weight=0.5 concept=privacy-policy-title
body: bu aydınlatma metni weight=2 concept=this-privacy-policy
body: aydınlatma yükümlülüğ* weight=2.5 concept=policy-describes # KVKK art. 10, the reason the notice exists
body: amacıyla hazırlanmıştır weight=2.5 concept=policy-describes
body: veri sorumlusu sıfatıyla weight=2 concept=referred-to-as
body: kullanmakla weight=1.5 concept=by-using
body: önem veriyoruz weight=2 concept=committed-to-privacy
body: önem vermektedir weight=2 concept=committed-to-privacy
# («Şirket», «biz» veya «bizim»): quotes and commas fall away in matching.
body: biz veya bizim weight=2.5 concept=we-us-defined
body: biz bize veya bizim weight=2.5 concept=we-us-defined
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
heading: kısaca concept=summary
heading: bir bakışta concept=summary

[definitions]
heading: tanımlar weight=1 concept=definitions
heading: tanımlar ve kısaltmalar weight=1 concept=definitions
heading: kavramlar weight=1 concept=key-terms
heading: terimler weight=1 concept=key-terms
heading: kısaltmalar weight=1 concept=key-terms
heading: bu politikada kullanılan terimler weight=1 concept=key-terms
body: anlamına gelir weight=3 concept=means
body: ifade eder weight=3 concept=means
body: ifade etmektedir weight=3 concept=means
body: tanımlan* weight=2.5 concept=means
body: bu politikada weight=1 concept=as-used-in-this-policy
body: bu politikanın amaçları doğrultusunda weight=2.5 concept=as-used-in-this-policy
body: büyük harf* weight=2.5 concept=defined-terms-intro
body: ilgili kişi weight=1.5 concept=gdpr-roles
body: veri sorumlusu weight=1 concept=gdpr-roles
body: veri işleyen weight=1.5 concept=gdpr-roles
body: gerçek kişi weight=2 concept=identifiable-person
body: kimliği belirli veya belirlenebilir weight=3 concept=identifiable-person
body: kanun weight=1
body: kurul weight=1.5
# Added with the shared concept inventory (concepts.txt).
heading: yorumlama concept=interpretation
heading: yorum ve tanımlar concept=interpretation
heading: terimler sözlüğü concept=key-terms
heading: temel kavramlar concept=key-terms
heading: ne demek istiyoruz concept=what-we-mean-by
heading: ne anlama gelir concept=what-we-mean-by
body: aşağıdaki tanımlar weight=3 concept=defined-terms-intro
body: kişisel veri ifade eder weight=3 concept=personal-data-means
body: kişisel veri anlamına gelir weight=3 concept=personal-data-means
body: bundan sonra weight=2 concept=hereinafter
body: dahil* weight=0.5 concept=includes
body: kullanıcı weight=0.3 concept=user
body: kişisel veri* weight=0.2 concept=personal-data
body: atıfta bulun* weight=2.5 concept=refers-to
heading: tanımlamalar concept=definitions
body: anlamına gelmektedir weight=3 concept=means
body: kastedil* weight=3 concept=means
body: her türlü bilgi weight=2.5 concept=personal-data-means # KVKK art. 3: "... gerçek kişiye ilişkin her türlü bilgi"

[collection]
heading: topladığımız bilgiler weight=1 concept=what-we-collect
# App permissions as a heading ("Permissions"), as English has it.
heading: uygulama izinleri concept=what-we-collect
heading: topladığımız kişisel veriler weight=1 concept=what-we-collect
heading: işlenen kişisel veriler weight=1 concept=what-we-collect
heading: işlenen kişisel veri kategorileri weight=1 concept=categories-of-data
heading: kişisel verilerin toplanması weight=1 concept=collection-of-information
heading: kişisel verilerin toplanma yöntemi weight=1 concept=how-we-collect
heading: bilgilerin toplanması weight=1 concept=collection-of-information
heading: otomatik olarak toplanan bilgiler weight=1 concept=collected-automatically
heading: bize sağladığınız bilgiler weight=1 concept=information-you-provide
body: topla* weight=2 concept=we-collect
body: elde weight=1.5 concept=we-collect
body: temin* weight=1 concept=we-collect
body: sağladığınız weight=2 concept=you-provide
body: otomatik* weight=2 concept=automatically
body: kişisel veri kategori* weight=2.5 concept=data-categories
body: toplama yöntem* weight=2.5 concept=sources
# A list of the data handled, announced in the text (en: "the following data is processed:").
body: aşağıdaki veriler weight=2.5 concept=following-data
body: aşağıdaki kişisel veriler weight=2.5 concept=following-data
body: aşağıdaki bilgiler weight=2.5 concept=following-data
body: kaynak* weight=1 concept=sources
body: ad soyad weight=1.5 concept=name
body: e-posta adres* weight=1.5 concept=contact-details
body: telefon numara* weight=1.5 concept=contact-details
body: ip adres* weight=2 concept=device-data
body: tarayıcı türü weight=2 concept=device-data
body: işletim sistem* weight=2 concept=device-data
body: konum weight=1.5 concept=location-data
body: cihaz tanımlayıcı* weight=2 concept=device-data
body: log kayıt* weight=1.5 concept=usage-data
body: demografik weight=1.5 concept=demographic-data
body: üyelik weight=1.5 concept=forms
body: form* weight=1 concept=forms
body: ödeme bilgi* weight=1.5 concept=payment-data
body: kimlik bilgi* weight=1.5
body: müşteri işlem weight=2 concept=usage-data
# Added with the shared concept inventory (concepts.txt).
heading: veri toplama concept=collection-of-information
heading: toplanan bilgiler concept=what-we-collect
heading: kişisel veri kategorileri concept=categories-of-data
heading: kişisel verilerin kaynakları concept=sources-of-information
heading: bilgi kaynakları concept=sources-of-information
heading: bize verdiğiniz bilgiler concept=information-you-provide
heading: otomatik olarak topladığımız bilgiler concept=collected-automatically
heading: bilgilerinizi nasıl topluyoruz concept=how-we-collect
heading: kişisel verilerinizi nasıl topluyoruz concept=how-we-collect
body: kamuya açık weight=2 concept=publicly-available
body: alenileştirilmiş weight=2 concept=publicly-available
body: konum veri* weight=2 concept=location-data
body: kullanım veri* weight=2 concept=usage-data
body: posta adres* weight=1.5 concept=contact-details
body: kart bilgi* weight=1 concept=payment-data
body: hesap* weight=0.3 concept=account
body: bilgi* weight=0.1 concept=information
# Headings asking which personal data are processed (GDPR style): "What personal data do we process?"
heading: hangi kişisel veri* concept=what-we-collect
heading: topladığımız concept=what-we-collect
heading: topluyoruz concept=what-we-collect # "Hangi bilgileri topluyoruz?", "Verilerinizi nasıl topluyoruz?"
heading: toplanan kişisel veri* concept=what-we-collect
heading: toplanan veri* concept=what-we-collect
heading: toplanan bilgi* concept=what-we-collect
heading: topladığımız kişisel veri* concept=what-we-collect
heading: işlenen kişisel veri* concept=what-we-collect
heading: işlediğimiz kişisel veri* concept=what-we-collect
heading: hangi bilgi* concept=what-we-collect
heading: hangi veri* concept=what-we-collect
heading: izinler concept=what-we-collect
heading: talep edilen izinler concept=what-we-collect
heading: kişisel verilerinizin toplanması concept=collection-of-information
heading: verilerin toplanması concept=collection-of-information
heading: toplama yöntem* concept=how-we-collect
heading: toplanma yöntem* concept=how-we-collect
heading: elde edilme yöntem* concept=how-we-collect
heading: nasıl topluyoruz concept=how-we-collect
heading: kişisel veri kategori* concept=categories-of-data
heading: veri kategori* concept=categories-of-data
heading: kişisel verilerin kaynağı concept=sources-of-information
heading: sağladığınız bilgi* concept=information-you-provide
heading: sağladığınız veri* concept=information-you-provide
heading: verdiğiniz bilgi* concept=information-you-provide
heading: otomatik olarak toplanan concept=collected-automatically
body: topluyor* weight=2 concept=we-collect # topla- becomes toplu- before -yor
body: doğrudan sizden weight=2 concept=you-provide
body: tarafınızca weight=1.5 concept=you-provide
body: sözlü yazılı weight=2 concept=sources # "sözlü, yazılı veya elektronik ortamda" (collection method)
body: adı soyadı weight=1.5 concept=name
body: cep telefonu weight=1.5 concept=contact-details
body: iletişim bilgi* weight=1 concept=contact-details
body: cihaz bilgi* weight=2 concept=device-data
body: tarayıcı bilgi* weight=2 concept=device-data
body: mac adres* weight=2 concept=device-data
body: konum bilgi* weight=2 concept=location-data
body: kullanım bilgi* weight=2 concept=usage-data
body: fatura bilgi* weight=1 concept=payment-data
body: kredi kart* weight=1 concept=payment-data
body: doğum tarih* weight=1.5 concept=demographic-data
body: cinsiyet weight=1.5 concept=demographic-data
body: özel nitelikli kişisel veri* weight=2 concept=data-categories
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: çökme raporları concept=collected-automatically
heading: hata raporları concept=collected-automatically
heading: tanılama verileri concept=collected-automatically
heading: günlük kayıtları concept=collected-automatically
body: çökme rapor* weight=2.5 concept=usage-data
body: çökme kayıt* weight=2.5 concept=usage-data
body: hata ayıklama kayıt* weight=2.5 concept=usage-data
body: tanılama veri* weight=2 concept=usage-data
body: push token* weight=2.5 concept=device-data
body: bildirim jeton* weight=2.5 concept=device-data
# Subsections of a "data we collect" list named by the moment data are given: "Hesap
# oluştururken:", "Kayıt olurken:", "Uygulamayı kullanırken:".
heading: hesap oluştururken concept=information-you-provide
heading: profil oluştururken concept=information-you-provide
heading: kayıt olurken concept=information-you-provide
heading: üye olurken concept=information-you-provide
# A contact form as a processing activity (what the form collects), as en "Contact form"; "İletişim" stays contact.
heading: iletişim formu weight=3 concept=information-you-provide
heading: uygulamayı kullanırken concept=collected-automatically
heading: hizmetlerimizi kullanırken concept=collected-automatically
heading: hizmeti kullanırken concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: cihazınızda kalan* weight=2 concept=on-device-data
heading: cihazda kalan* weight=2 concept=on-device-data
heading: mac'inizde kalan* weight=2 concept=on-device-data
heading: yerel olarak işlenen weight=2 concept=on-device-data
heading: yerel olarak saklanan veriler weight=2 concept=on-device-data
heading: yerel işleme weight=2 concept=on-device-data
heading: cihaz üzerinde işleme weight=2 concept=on-device-data
# KVKK data categories as headings ("İletişim Verisi", "İşlem Güvenliği Verisi", "Kimlik Verisi"):
# a category of data processed, not the contact or security section.
heading: iletişim veri* weight=3 concept=categories-of-data
heading: işlem güvenliği veri* weight=3 concept=categories-of-data
heading: müşteri işlem veri* weight=2 concept=categories-of-data
heading: kimlik veri* weight=2 concept=categories-of-data
heading: finans veri* weight=2 concept=categories-of-data
heading: kullanıcı hareketleri veri* weight=2 concept=categories-of-data
heading: erişilen veri* concept=categories-of-data

[use]
heading: bilgilerinizi nasıl kullanıyoruz weight=1 concept=how-we-use
heading: kişisel verilerin işlenme amaçları weight=1 concept=purposes-of-processing
heading: kişisel verilerinizi hangi amaçlarla işliyoruz weight=1 concept=purposes-of-processing
heading: bilgilerin kullanımı weight=1 concept=use-of-information
heading: kişisel verilerin kullanımı weight=1 concept=use-of-information
heading: işleme amaçları weight=1 concept=purposes-of-processing
heading: toplanan bilgilerin kullanım amaçları weight=1 concept=why-we-collect
body: kullan* weight=0.5 concept=we-use # also begins "kullanıcı"
body: amaç* weight=1.5 concept=purposes
body: amac* weight=1.5 concept=purposes # amacı, amacıyla
body: aşağıdaki amaçlar* weight=2.5 concept=following-purposes
body: hizmetlerin sunulması weight=2 concept=to-provide
body: iyileştir* weight=1.5 concept=to-improve
body: geliştir* weight=1.5 concept=to-develop
body: kişiselleştir* weight=2 concept=to-personalise
body: sipariş* weight=1.5 concept=to-process-transactions
body: sizinle iletişim weight=2 concept=to-communicate
body: yanıtla* weight=1.5 concept=to-respond
body: analiz* weight=1.5 concept=to-analyse
body: araştırma* weight=1.5 concept=research
body: dolandırıcılı* weight=2 concept=to-prevent-fraud
body: profil* weight=2 concept=profiling
body: otomatik karar* weight=2 concept=automated-decisions
body: kimliğinizi doğrula* weight=1.5
body: faaliyetlerin yürütülmesi weight=2.5 concept=to-administer
body: yürütülmesi weight=1.5 concept=to-administer
# Added with the shared concept inventory (concepts.txt).
heading: bilgilerinizi neden topluyoruz concept=why-we-collect
heading: kişisel verilerin işlenmesi concept=processing-of-personal-data
heading: kişisel verilerinizi nasıl işliyoruz concept=processing-of-personal-data
body: yerine getir* weight=1.5 concept=to-fulfil
body: özelleştir* weight=1.5 concept=to-personalise
body: size gönder* weight=1 concept=to-send
body: müşteri destek* weight=1.5 concept=to-respond
body: istatistik* weight=1 concept=to-analyse
body: sorun gider* weight=2 concept=to-troubleshoot
body: pazar araştırma* weight=2 concept=research
body: ödeme işlem* weight=1.5 concept=to-process-transactions
body: mevzuata uyum weight=1 concept=to-comply-with-law
body: hukuki yükümlülüklerin yerine getirilmesi weight=1 concept=to-comply-with-law
body: yönet* weight=1 concept=to-administer
heading: işlenme amaç* concept=purposes-of-processing
heading: işlenme amac* concept=purposes-of-processing
heading: işleme amaç* concept=purposes-of-processing
heading: işleme amac* concept=purposes-of-processing
heading: hangi amaçla* concept=purposes-of-processing
heading: ne amaçla concept=purposes-of-processing
heading: nasıl kullanıyoruz concept=how-we-use
heading: nasıl kullanılır concept=how-we-use
heading: verilerin kullanımı concept=use-of-information
heading: verilerinizin kullanımı concept=use-of-information
heading: bilgilerinizin kullanımı concept=use-of-information
heading: kişisel verilerinizin kullanımı concept=use-of-information
heading: neden topluyoruz concept=why-we-collect
heading: toplama amac* concept=why-we-collect
heading: toplanma amac* concept=why-we-collect
heading: kişisel verilerinizin işlenmesi concept=processing-of-personal-data
heading: nasıl işliyoruz concept=processing-of-personal-data
body: işliyoruz weight=1 concept=we-use
body: hizmetlerimizi sunmak weight=1.5 concept=to-provide
body: hizmet sun* weight=1.5 concept=to-provide
body: talep ve şikayetlerin takibi weight=2.5 concept=to-respond # KVKK purpose lists
body: sahtecili* weight=2 concept=to-prevent-fraud
body: yasal yükümlülük* weight=1 concept=to-comply-with-law
# Purpose headings asked with other verbs and "(veriler) aşağıdaki amaçlarla (işlenir)".
heading: neden işliyoruz concept=why-we-collect
heading: neden saklıyoruz concept=why-we-collect
heading: aşağıdaki amaçlarla concept=purposes-of-processing
heading: aşağıdaki amaçlar için concept=purposes-of-processing
# "<X> Verilerinin Kullanımı" (use of location / collected data): the use word is the head.
heading: verilerinin kullanımı weight=2 concept=use-of-information
heading: verisinin kullanımı weight=2 concept=use-of-information
heading: bilgilerinin kullanımı concept=use-of-information
heading: toplanan verilerin kullanımı weight=2 concept=use-of-information
heading: toplanan bilgilerin kullanımı weight=2 concept=use-of-information
heading: otomatik karar* concept=automated-decision-making
heading: otomatikleştirilmiş karar* concept=automated-decision-making
heading: otomatik yollarla karar* concept=automated-decision-making
heading: profilleme concept=automated-decision-making
# "İletişim" as a purpose (communicating with you); as a heading it is also "contact".
body: iletişim weight=1 concept=to-communicate

[legal-basis]
heading: hukuki sebepler weight=1 concept=legal-basis
heading: hukuki dayanak weight=1 concept=legal-basis
heading: kişisel veri işlemenin hukuki sebebi weight=1 concept=legal-basis
heading: işlemenin hukuki dayanağı weight=1 concept=legal-basis
heading: kişisel verilerin işlenmesinin hukuki sebepleri weight=1 concept=legal-basis
heading: toplama yöntemi ve hukuki sebebi weight=1 concept=legal-basis
# "Hukuki sebep", "meşru menfaat", "dayanarak" stand in every subsection of a KVKK or GDPR-style policy: in a text they weigh less than the practice described; the headings still name a legal-basis section.
body: hukuki sebep* weight=2 concept=legal-basis-term
body: hukuki dayana* weight=2 concept=legal-basis-term
body: meşru menfaat* weight=2 concept=legitimate-interests
body: sözleşmenin kurulması weight=3 concept=performance-of-contract
body: sözleşmenin ifası weight=3 concept=performance-of-contract
body: hukuki yükümlülü* weight=2.5 concept=legal-obligation
body: kanunlarda açıkça öngörül* weight=3 concept=legal-obligation
body: fiili imkansızlık weight=3 concept=vital-interests
body: fiili imkânsızlık weight=3 concept=vital-interests
body: beden bütünlüğü* weight=3 concept=vital-interests
body: alenileştir* weight=3
body: bir hakkın tesisi weight=3
body: kamu yararı weight=2.5 concept=public-interest
body: madde 6 weight=1.5 concept=article-6 # GDPR Article 6
body: temel hak ve özgürlük* weight=2.5 concept=balancing-test
body: dayanarak weight=1 concept=on-the-basis-of
body: açık rıza* weight=1 concept=consent-as-basis
# Added with the shared concept inventory (concepts.txt).
heading: verilerinizi hangi hukuki sebeple işliyoruz concept=why-allowed
heading: verilerinizi neden işleyebiliyoruz concept=why-allowed
body: işlenmesinin zorunlu olması weight=2.5 concept=processing-necessary
body: zorunlu olması weight=2 concept=processing-necessary
body: hukuka uygun* weight=1 concept=lawful
body: gerekli weight=0.5 concept=necessary
# Headings naming the basis of processing without "legal": "Basis for processing (personal data)".
heading: işlenmesinin temeli concept=legal-basis
heading: işlenme dayanağı concept=legal-basis
heading: hukuki sebep* concept=legal-basis
heading: hukuki sebeb* concept=legal-basis # sebep/sebebi
heading: hukuki dayana* concept=legal-basis
heading: yasal dayana* concept=legal-basis
heading: işlenme şartlar* concept=legal-basis # KVKK art. 5 "Kişisel verilerin işlenme şartları"
heading: işleme şartlar* concept=legal-basis
heading: işlememize izin concept=why-allowed
heading: hangi hukuki sebep* concept=why-allowed
heading: hangi hukuki dayanak* concept=why-allowed
heading: hangi gerekçe* concept=why-allowed
body: kurulması veya ifası* weight=3 concept=performance-of-contract # "bir sözleşmenin kurulması veya ifasıyla"
body: işlenme şartlar* weight=2.5 concept=legal-basis-term
body: işleme şartlar* weight=2.5 concept=legal-basis-term
body: yasal dayana* weight=2 concept=legal-basis-term
# KVKK art. 5 is the Turkish counterpart of GDPR art. 6.
body: 5 madde* weight=2.5 concept=article-6

[consent]
heading: açık rıza weight=1 concept=your-consent
heading: rızanız weight=1 concept=your-consent
heading: rızanın geri alınması weight=1 concept=withdrawal-of-consent
heading: rızanızı geri çekme weight=1 concept=withdrawal-of-consent
heading: onay ve rızanın geri alınması weight=1 concept=withdrawal-of-consent
heading: açık rıza metni weight=1 concept=your-consent
body: rıza* weight=2 concept=you-consent
body: onay* weight=1.5 concept=you-consent
body: geri al* weight=3 concept=withdraw
body: geri çek* weight=3 concept=withdraw
body: iptal* weight=2 concept=withdraw
body: dilediğiniz zaman weight=1.5 concept=at-any-time
body: her zaman weight=1 concept=at-any-time
body: açıkça weight=1.5 concept=explicit-consent
body: özgür irade* weight=2.5 concept=freely-given
body: bilgilendirilmeye dayanan weight=3 concept=explicit-consent
body: belirli bir konuya ilişkin weight=2.5 concept=explicit-consent
body: izin* weight=1.5 concept=permission
body: kabul etmiş sayıl* weight=2 concept=you-agree
body: fikrinizi değiştir* weight=2 concept=change-your-mind
body: geri alınmasından önce weight=2.5 concept=without-affecting-lawfulness
# Added with the shared concept inventory (concepts.txt).
body: kabul ediyorsunuz weight=1.5 concept=you-agree
body: onay kutusu* weight=2 concept=opt-in
heading: rızanız* concept=your-consent
heading: açık rızanız* concept=your-consent
heading: rızanızı geri al* concept=withdrawal-of-consent
heading: rızanızı geri çek* concept=withdrawal-of-consent
heading: rızanın geri çekilmesi concept=withdrawal-of-consent

[sharing]
heading: bilgilerin paylaşılması weight=1 concept=sharing-of-information
heading: kişisel verilerin aktarılması weight=1 concept=sharing-of-information
heading: kişisel verilerin kimlere aktarılabileceği weight=1 concept=who-we-share-with
heading: bilgilerinizi kimlerle paylaşıyoruz weight=1 concept=who-we-share-with
heading: kime concept=who-we-share-with
heading: kimlere concept=who-we-share-with
heading: üçüncü kişilerle paylaşım weight=1 concept=third-parties
heading: bilgilerin ifşası weight=1 concept=disclosure-of-information
heading: işletme devri weight=1 concept=business-transfers
heading: bilgilerinizi satıyor muyuz weight=1 concept=sale-of-information
body: paylaş* weight=2 concept=share
body: aktar* weight=1.5 concept=share
body: ifşa* weight=2.5 concept=disclose
body: açıkla* weight=1 concept=disclose
body: üçüncü kişi* weight=1 concept=third-parties-term
body: üçüncü taraf* weight=1 concept=third-parties-term
body: hizmet sağlayıcı* weight=2 concept=service-providers
body: iş ortak* weight=2 concept=business-partners
body: tedarikçi* weight=2 concept=service-providers
body: grup şirket* weight=2 concept=affiliates
body: iştirak* weight=2 concept=affiliates
body: bağlı şirket* weight=1.5 concept=affiliates
body: adımıza weight=1.5 concept=on-our-behalf
body: birleşme weight=2.5 concept=corporate-transaction
body: devralma weight=2.5 concept=corporate-transaction
body: iflas weight=2.5 concept=corporate-transaction
body: yeniden yapılanma weight=2 concept=corporate-transaction
body: yetkili kamu kurum* weight=2.5 concept=authorities
body: kolluk weight=2 concept=authorities
body: mahkeme karar* weight=2.5 concept=legal-process
body: yasal süreç* weight=2 concept=legal-process
body: satmıyoruz weight=2 concept=sell
body: kirala* weight=1.5 concept=sell
# Added with the shared concept inventory (concepts.txt).
heading: bilgilerinizi nasıl paylaşıyoruz concept=how-we-share
heading: paylaştığımız bilgiler concept=how-we-share
heading: üçüncü taraflar concept=third-parties
heading: kişisel verilerin açıklanması concept=disclosure-of-information
heading: hizmet sağlayıcılar concept=service-providers-heading
heading: yasal talepler concept=legal-requests
heading: hukuki süreçler concept=legal-requests
heading: kişisel bilgilerin satışı concept=sale-of-information
body: alıcı grup* weight=2 concept=recipients
body: satış* weight=1 concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: verilerin üçüncü taraflara aktarılması concept=transfer-to-third-parties
heading: kişisel verilerin üçüncü kişilere aktarılması concept=transfer-to-third-parties
heading: üçüncü kişilere aktarım concept=transfer-to-third-parties
heading: kişisel verilerinizin aktarılması concept=sharing-of-information
heading: verilerin paylaşılması concept=sharing-of-information
heading: verilerinizin paylaşılması concept=sharing-of-information
heading: bilgilerinizin paylaşılması concept=sharing-of-information
heading: veri paylaşımı concept=sharing-of-information
heading: bilgi paylaşımı concept=sharing-of-information
heading: kimlerle concept=who-we-share-with
heading: kimlere aktarıl* concept=who-we-share-with
heading: kimlerle paylaş* concept=who-we-share-with
heading: alıcı grup* concept=who-we-share-with
heading: üçüncü kişilere aktar* concept=transfer-to-third-parties
heading: üçüncü taraflara aktar* concept=transfer-to-third-parties
heading: üçüncü kişilerle paylaş* concept=third-parties
heading: üçüncü taraflarla paylaş* concept=third-parties
body: kanunen yetkili weight=2.5 concept=authorities
body: kamu kurum* weight=2 concept=authorities
body: resmi makam* weight=2 concept=authorities
body: adli merci* weight=2.5 concept=legal-process
body: özel hukuk kişi* weight=2 concept=recipients # KVKK recipient group "yetkili özel hukuk kişileri"
body: topluluk şirket* weight=2 concept=affiliates
body: hissedar* weight=1.5 concept=affiliates
body: satmayız weight=2 concept=sell
# KVKK art. 10(1)(c), the usual heading of the recipients section of an aydınlatma metni.
heading: kimlere ve hangi amaçla aktarıl* concept=who-we-share-with
heading: aktarılabileceği concept=who-we-share-with
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: barındırma concept=service-providers-heading
heading: barındırma hizmeti concept=service-providers-heading
heading: hosting concept=service-providers-heading
heading: içerik dağıtım ağı concept=service-providers-heading
heading: veri işleyenler concept=service-providers-heading
heading: hata izleme concept=service-providers-heading
body: barındırma weight=2 concept=service-providers
body: barındırıl* weight=2.5 concept=service-providers
body: barındırma sağlayıcı* weight=2.5 concept=service-providers
body: hosting weight=2 concept=service-providers
body: içerik dağıtım ağı weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: bulut platform* weight=2 concept=service-providers
body: bulut bilişim weight=2 concept=service-providers
body: bulut hizmet sağlayıcı* weight=2.5 concept=service-providers
body: hata izleme weight=2 concept=service-providers
body: veri işleme sözleşme* weight=2 concept=service-providers
# What other users of the service can see (en: "Information visible to other users").
heading: diğer kullanıcıların görebildiği weight=2 concept=sharing-of-information
heading: diğer kullanıcılar tarafından görülebilen weight=2 concept=sharing-of-information
# Inflected sharing nouns as the head of a heading ("Konum Verilerinin Paylaşımı").
heading: paylaşımı concept=sharing-of-information
heading: paylaşılması concept=sharing-of-information
heading: verilerinin paylaşımı concept=sharing-of-information
heading: verilerin paylaşımı concept=sharing-of-information
heading: verilerinizin paylaşımı concept=sharing-of-information
# What other users see: "Diğer kullanıcılarla (paylaşım)", "diğer kullanıcılar tarafından görülebilir".
heading: diğer kullanıcılarla concept=sharing-of-information
body: diğer kullanıcılar tarafından görül* weight=2 concept=share
body: diğer kullanıcılara görün* weight=2 concept=share
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: ödemeler weight=2 concept=payments-purchases
heading: ödeme işlemleri weight=3 concept=payments-purchases
heading: uygulama içi satın almalar weight=2 concept=payments-purchases
heading: abonelikler weight=2 concept=payments-purchases
# "Uygulama içi satın alımlar" (in-app purchases) beside satın almalar.
heading: uygulama içi satın alımlar weight=2 concept=payments-purchases

[cookies]
heading: çerezler weight=1 concept=cookies
heading: çerez politikası weight=1 concept=cookies
heading: çerez kullanımı weight=1 concept=cookies
heading: çerezler ve benzer teknolojiler weight=1 concept=tracking-technologies
heading: takip teknolojileri weight=1 concept=tracking-technologies
heading: log dosyaları weight=1 concept=log-files
body: çerez* weight=3 concept=cookie
body: cookie* weight=2.5 concept=cookie
body: web işaretçi* weight=3 concept=web-beacon
body: piksel* weight=2.5 concept=web-beacon
body: benzer teknoloji* weight=2 concept=tracking-technology
body: izleme teknoloji* weight=2.5 concept=tracking-technology
body: yerel depolama weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: kalıcı weight=2 concept=cookie-lifetime
body: oturum weight=1.5 concept=cookie-lifetime
body: zorunlu çerez* weight=2.5 concept=cookie-categories
body: işlevsel weight=1.5 concept=cookie-categories
body: google analytics weight=2.5 concept=analytics-term
body: analitik weight=2 concept=analytics-term
body: metin dosya* weight=2.5 concept=text-files
body: tarayıcı ayar* weight=2 concept=browser-settings
body: engelle* weight=1.5 concept=browser-settings
# Added with the shared concept inventory (concepts.txt).
heading: web işaretçileri concept=web-beacons
heading: piksel etiketleri concept=web-beacons
heading: analitik concept=analytics
heading: analiz araçları concept=analytics
body: log dosya* weight=2 concept=log-file
body: sunucu kayıt* weight=2 concept=log-file
body: sdk weight=2 concept=sdk
body: cihaz parmak izi weight=2.5 concept=fingerprinting
body: performans çerez* weight=2.5 concept=cookie-categories
body: tarayıcı weight=0.5 concept=browser
body: cihaz* weight=0.5 concept=device
# "tanımlama bilgileri" is the other usual Turkish name for cookies.
heading: çerez* concept=cookies
heading: tanımlama bilgi* concept=cookies
heading: izleme teknoloji* concept=tracking-technologies
heading: benzer teknoloji* concept=tracking-technologies
body: tanımlama bilgi* weight=3 concept=cookie
heading: web analitiği concept=analytics

[advertising]
heading: reklam weight=1 concept=advertising
heading: reklamlar weight=1 concept=advertising
heading: pazarlama weight=1 concept=marketing
heading: reklam ve pazarlama weight=1 concept=advertising
heading: ilgi alanına dayalı reklamlar weight=1 concept=interest-based-advertising
heading: üçüncü taraf reklamları weight=1 concept=third-party-advertising
heading: pazarlama iletişimleri weight=1 concept=marketing-communications
heading: ticari elektronik iletiler weight=1 concept=marketing-communications
body: reklam* weight=2.5 concept=ads
body: pazarlama* weight=2 concept=marketing-purposes
body: reklam ağ* weight=3 concept=ad-networks
body: ilgi alan* weight=2.5 concept=interest-based
body: hedefle* weight=2.5 concept=interest-based
body: davranışsal weight=2.5 concept=interest-based
body: yeniden pazarlama weight=3 concept=retargeting
body: kampanya* weight=2 concept=promotions
body: promosyon* weight=2 concept=promotions
body: bülten* weight=2.5 concept=marketing-messages
body: özel teklif* weight=2 concept=promotions
body: ticari elektronik ileti* weight=3 concept=marketing-messages # Law No. 6563
body: iys weight=3 concept=marketing-messages # İleti Yönetim Sistemi
body: tanıtım* weight=1.5 concept=promotions
body: banner* weight=2 concept=ads
body: reklamların etkinliği weight=2 concept=ad-measurement
# Added with the shared concept inventory (concepts.txt).
heading: doğrudan pazarlama concept=marketing
heading: hedefli reklamcılık concept=interest-based-advertising
heading: reklam ağları concept=third-party-advertising
heading: tanıtım iletişimleri concept=marketing-communications
body: reklam ortak* weight=3 concept=ad-networks
body: pazarlama amaçl* weight=2 concept=marketing-purposes
body: remarketing weight=3 concept=retargeting
body: retargeting weight=3 concept=retargeting
body: network advertising initiative weight=3 concept=ad-industry-programs
body: your online choices weight=3 concept=ad-industry-programs
body: ilgi alanları weight=0.5 concept=interests
heading: ticari elektronik ileti* concept=marketing-communications
heading: e-bülten* concept=marketing-communications
heading: bülten* concept=marketing-communications
body: ticari ileti* weight=2.5 concept=marketing-messages
body: e-bülten* weight=2.5 concept=marketing-messages
body: ileti yönetim sistemi weight=3 concept=marketing-messages

[do-not-track]
heading: do not track weight=1 concept=do-not-track
heading: beni izleme weight=1 concept=do-not-track
heading: izlememe sinyalleri weight=1 concept=do-not-track
heading: do not track sinyallerine nasıl yanıt veriyoruz weight=1 concept=do-not-track
heading: küresel gizlilik kontrolü weight=1 concept=global-privacy-control
heading: tercih sinyalleri weight=1 concept=preference-signals
body: izlememe* weight=3 concept=dnt-signal
body: beni izleme talep* weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: do not track signal* weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: sinyal* weight=2.5 concept=opt-out-preference-signal
body: tarayıcı sinyal* weight=3 concept=opt-out-preference-signal
body: tercih sinyal* weight=3 concept=opt-out-preference-signal
body: yanıt vermiyoruz weight=2.5 concept=do-not-respond
body: ortak bir standart weight=3 concept=no-uniform-standard
body: tanımıyor* weight=1.5 concept=honor-signals # not tanı*: it begins tanım, tanıtım
body: zaman içinde ve farklı weight=2 concept=cross-site-tracking
body: tarayıcı ayar* weight=1.5 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt).
heading: global privacy control concept=global-privacy-control
heading: tarayıcı sinyalleri concept=preference-signals
heading: devre dışı bırakma tercih sinyalleri concept=preference-signals
body: küresel gizlilik kontrol* weight=3 concept=gpc-signal
body: tarayıcı weight=0.5 concept=browser-dnt

[choices]
heading: seçenekleriniz weight=1 concept=your-choices
heading: tercihleriniz weight=1 concept=managing-preferences
heading: seçimleriniz weight=1 concept=your-choices
heading: tercihlerinizin yönetimi weight=1 concept=managing-preferences
heading: abonelikten çıkma weight=1 concept=unsubscribing
heading: iletişim tercihleri weight=1 concept=managing-preferences
body: vazgeç* weight=2.5 concept=opt-out # opt out: "almaktan vazgeçmek"
body: abonelikten çık* weight=3 concept=unsubscribe
body: reddet* weight=2 concept=decline
body: almak istemiyorsanız weight=2.5 concept=choose-not-to
body: durdur* weight=1.5 concept=unsubscribe
body: tanıtım e-posta* weight=2 concept=promotional-emails
body: tercih* weight=1.5 concept=preferences
body: ayarlar* weight=1.5 concept=settings
body: hesap ayar* weight=2 concept=settings
body: devre dışı weight=2 concept=disable
body: kapat* weight=1.5 concept=disable
body: anlık bildirim* weight=2 concept=device-permissions
body: konum hizmet* weight=2 concept=device-permissions
body: altındaki bağlantı* weight=2 concept=unsubscribe-link
body: sağlamamayı weight=2.5 concept=consequences-of-refusal
body: sms weight=1 concept=promotional-emails
# Added with the shared concept inventory (concepts.txt).
heading: vazgeçme concept=opting-out
heading: nasıl vazgeçebilirsiniz concept=opting-out
heading: abonelikten çıkmak concept=unsubscribing
body: tercih etmeyebilirsiniz weight=2.5 concept=choose-not-to
body: bazı özellikleri kullanamayabilirsiniz weight=1.5 concept=consequences-of-refusal
body: almak weight=0.5 concept=receive
heading: tercih* concept=managing-preferences
heading: tercihlerinizi yönet* concept=managing-preferences
heading: tercihlerinizi nasıl yönet* concept=managing-preferences
heading: seçenekler* concept=your-choices
heading: vazgeç* concept=opting-out
heading: iletişimlerinden çık* concept=opting-out
heading: iletilerinden çık* concept=opting-out
heading: listesinden çık* concept=unsubscribing

[rights]
heading: haklarınız weight=1 concept=your-rights
heading: ilgili kişinin hakları weight=1 concept=your-rights
heading: kvkk kapsamındaki haklarınız weight=1 concept=your-rights
heading: veri sahibi hakları weight=1 concept=your-rights
heading: kullanıcı hakları weight=1 concept=your-rights
heading: haklarınızı nasıl kullanabilirsiniz weight=1 concept=exercising-rights
heading: başvuru hakkı weight=1 concept=exercising-rights
body: öğrenme weight=2.5 concept=right-of-access # KVKK art. 11: "işlenip işlenmediğini öğrenme"
body: erişim hakk* weight=3 concept=right-of-access
body: düzeltil* weight=2.5 concept=rectification
body: eksik veya yanlış weight=3 concept=rectification
body: silin* weight=2.5 concept=erasure
body: yok edil* weight=2.5 concept=erasure
body: unutulma hakkı weight=3 concept=erasure
body: taşınabilir* weight=3 concept=portability
body: itiraz* weight=3 concept=right-to-object
body: kısıtla* weight=2 concept=restriction
body: şikayet* weight=2.5 concept=complaint-to-authority
body: şikâyet* weight=2.5 concept=complaint-to-authority
body: kişisel verileri koruma kurul* weight=3 concept=complaint-to-authority
body: denetim makam* weight=3 concept=complaint-to-authority
body: başvur* weight=2 concept=exercise-rights
body: zararın giderilmesi weight=3
body: aleyhinize bir sonuç weight=3 concept=right-to-object
body: otomatik sistemler vasıtasıyla weight=2.5 concept=right-to-object
body: kimliğinizi doğrula* weight=2 concept=verify-identity
body: ücretsiz weight=1.5
body: otuz gün weight=2                 # KVKK art. 13: answered within thirty days
body: talep* weight=1 concept=request
# Added with the shared concept inventory (concepts.txt).
heading: haklarınızın kullanılması concept=exercising-rights
heading: başvuru yöntemi concept=exercising-rights
heading: erişim ve düzeltme concept=access-and-correction
heading: bilgilerinize erişim ve güncelleme concept=access-and-correction
heading: yetkili temsilciler concept=authorized-agents
heading: yetkili temsilci concept=authorized-agents
body: yetkili temsilci* weight=2.5 concept=authorized-agent
body: ayrımcılık* weight=1.5 concept=non-discrimination
body: ilgili kişi* weight=2 concept=data-subject-rights
body: bir kopya* weight=1 concept=copy-of-data
body: erişim weight=1.5 concept=access
heading: ilgili kişi hak* concept=your-rights
heading: veri sahibinin hakları concept=your-rights
heading: haklarınızı kullan* concept=exercising-rights
heading: haklarınız* concept=your-rights
body: bilgi talep etme weight=2.5 concept=right-of-access # KVKK art. 11 list
body: zararın gideril* weight=3
body: başvuru form* weight=2.5 concept=exercise-rights
body: noter kanalıyla weight=2.5 concept=exercise-rights
body: ıslak imza* weight=2 concept=exercise-rights
body: 30 gün weight=2 # KVKK art. 13: answered within thirty days
# KVKK art. 11 lists the rights of the data subject.
body: 11 madde* weight=2.5 concept=data-subject-rights
# The authority (Kişisel Verileri Koruma Kurumu / Kurulu) as a heading: where to complain.
heading: kişisel verileri koruma kurumu concept=exercising-rights
heading: kişisel verileri koruma kurulu concept=exercising-rights
heading: verilerime eriş* concept=access-and-correction
heading: bilgilerime eriş* concept=access-and-correction
heading: verilerimi düzelt* concept=access-and-correction
heading: verilerimi değiştir* concept=access-and-correction
heading: verilerimi sil* concept=access-and-correction
heading: haklarım nelerdir concept=your-rights
heading: haklarım concept=your-rights
body: kişisel verileri koruma kurumu weight=3 concept=complaint-to-authority

[retention]
heading: saklama süresi weight=1 concept=retention-period
heading: saklama süreleri weight=1 concept=retention-period
heading: verilerin saklanması weight=1 concept=data-retention
heading: kişisel verilerin saklanması ve imhası weight=1 concept=retention-and-deletion
heading: bilgilerinizi ne kadar süre saklıyoruz weight=1 concept=how-long-we-keep
heading: saklama ve imha weight=1 concept=retention-and-deletion
heading: veri saklama weight=1 concept=data-retention
body: sakla* weight=2.5 concept=retain
body: muhafaza* weight=2.5 concept=keep
body: imha* weight=3 concept=destroy
body: periyodik imha weight=3 concept=destroy
body: süresince weight=1.5 concept=as-long-as-necessary
body: süre boyunca weight=2 concept=as-long-as-necessary
body: gerekli olduğu sürece weight=3 concept=as-long-as-necessary
body: gerekli olan süre weight=3 concept=as-long-as-necessary
body: ortadan kalkması weight=2.5 concept=no-longer-needed # "işlenmesini gerektiren sebeplerin ortadan kalkması"
body: ilgili mevzuatta öngörülen weight=2.5 concept=legal-retention-requirements
body: zamanaşımı weight=2.5 concept=legal-retention-requirements
body: anonim hale getir* weight=2.5 concept=anonymise
body: yok et* weight=2 concept=destroy
body: sil* weight=1.5 concept=destroy
body: arşiv* weight=2 concept=archive
body: yedek* weight=1.5 concept=archive
body: kriter* weight=1.5 concept=retention-criteria
body: aktif olmayan weight=2 concept=inactive-accounts
# Added with the shared concept inventory (concepts.txt).
heading: ne kadar süre saklıyoruz concept=how-long-we-keep
heading: depolama ve saklama concept=storage-and-retention
heading: saklama ve silme concept=retention-and-deletion
body: artık gerekli olmadığında weight=2.5 concept=no-longer-needed
body: depola* weight=1 concept=store
body: yıl weight=0.5 concept=years
heading: saklama süre* concept=retention-period
heading: saklanma süre* concept=retention-period
heading: ne kadar süre concept=how-long-we-keep
heading: ne kadar süreyle concept=how-long-we-keep
heading: imha* concept=retention-and-deletion
heading: anonim hale getiril* concept=retention-and-deletion # KVKK art. 7 "silinmesi, yok edilmesi veya anonim hale getirilmesi"
heading: verilerin saklanma* concept=data-retention
heading: verilerinizin saklanma* concept=data-retention
heading: bilgilerin saklanma* concept=data-retention
heading: bilgilerinizin saklanma* concept=data-retention
heading: nasıl saklıyoruz concept=storage-and-retention
heading: nasıl depoluyoruz concept=storage-and-retention
heading: nasıl saklanır concept=storage-and-retention
body: azami süre* weight=2 concept=as-long-as-necessary
body: kanuni süre* weight=2.5 concept=legal-retention-requirements
body: yasal saklama süre* weight=3 concept=legal-retention-requirements
body: imha politika* weight=3 concept=destroy
body: resen weight=2 concept=destroy # "resen silinir, yok edilir"
body: anonimleştir* weight=2.5 concept=anonymise

[security]
heading: güvenlik weight=1 concept=data-security
heading: veri güvenliği weight=1 concept=data-security
heading: bilgi güvenliği weight=1 concept=data-security
heading: bilgilerinizi nasıl koruyoruz weight=1 concept=how-we-protect
heading: güvenlik önlemleri weight=1 concept=security-measures
heading: kişisel verilerin güvenliği weight=1 concept=data-security
heading: teknik ve idari tedbirler weight=1 concept=security-measures
body: güvenli* weight=2 concept=secure
body: koru* weight=0.5 concept=protect # low: also in the name of the KVKK itself
body: şifrele* weight=3 concept=encryption
body: kriptograf* weight=2.5 concept=encryption
body: ssl weight=3 concept=encryption
body: tls weight=3 concept=encryption
body: yetkisiz erişim* weight=3 concept=unauthorized-access
body: hukuka aykırı olarak erişil* weight=3 concept=unauthorized-access
body: idari tedbir* weight=2.5 concept=technical-organisational-measures
body: teknik tedbir* weight=2.5 concept=technical-organisational-measures
body: fiziksel weight=1.5 concept=physical-safeguards
body: güvenlik duvar* weight=3 concept=technical-controls
body: veri ihlal* weight=3 concept=breach
body: siber saldırı* weight=2.5 concept=breach
body: sızıntı* weight=2.5 concept=breach
body: parola* weight=2 concept=technical-controls
body: şifre* weight=1 concept=technical-controls
body: erişim kontrol* weight=2.5 concept=technical-controls
body: garanti edemeyiz weight=2.5 concept=no-guarantee
body: kendi riskiniz* weight=2.5 concept=no-guarantee
body: kötüye kullanım weight=2 concept=loss-misuse-alteration
body: sektör standart* weight=2 concept=industry-standard
# Added with the shared concept inventory (concepts.txt).
heading: bilgilerinizin korunması concept=how-we-protect
body: güvence* weight=2.5 concept=safeguards
body: kayıp weight=2.5 concept=loss-misuse-alteration
body: gizlilik yükümlülü* weight=1.5 concept=confidentiality
body: gizli tut* weight=1.5 concept=confidentiality
body: sağla* weight=0.5 concept=ensure
heading: güvenli* concept=data-security
heading: nasıl koruyoruz concept=how-we-protect
heading: verilerinizin korunması concept=how-we-protect
heading: teknik ve idari tedbir* concept=security-measures
heading: alınan tedbirler concept=security-measures
body: teknik ve idari tedbir* weight=3 concept=technical-organisational-measures # KVKK art. 12
body: uygun güvenlik düzey* weight=2.5 concept=safeguards
body: kanuni olmayan yollarla weight=3 concept=breach # KVKK art. 12(5)
body: yetkisiz weight=1.5 concept=unauthorized-access
body: https weight=2 concept=encryption
body: sızma test* weight=2.5 concept=technical-controls
body: antivirüs weight=2 concept=technical-controls
# Personal-data breaches and their notification: a security topic.
heading: veri ihlali concept=data-security
heading: veri ihlalleri concept=data-security
heading: kişisel veri ihlali concept=data-security
heading: güvenlik ihlali concept=data-security
heading: şifreleme concept=data-security
body: veri ihlali weight=3 concept=breach

[children]
heading: çocuklar weight=1 concept=childrens-privacy
heading: çocukların gizliliği weight=1 concept=childrens-privacy
heading: çocuklara ilişkin bilgiler weight=1 concept=childrens-privacy
heading: reşit olmayanlar weight=1 concept=minors
heading: 18 yaş altındaki kullanıcılar weight=1 concept=age-limits
heading: yaş sınırı weight=1 concept=age-limits
body: çocuk* weight=3 concept=children
body: reşit olmayan* weight=3 concept=minors-teens
body: 13 yaşın altında* weight=3 concept=age-threshold
body: 16 yaşın altında* weight=3 concept=age-threshold
body: 18 yaşın altında* weight=2.5 concept=age-threshold
body: 18 yaşından küçük weight=2.5 concept=age-threshold
body: ebeveyn* weight=3 concept=parents-guardians
body: ebeveyn onay* weight=3 concept=parental-consent
body: veli* weight=2.5 concept=parents-guardians
body: vasi* weight=2.5 concept=parents-guardians
body: coppa weight=3 concept=coppa
body: bilerek topla* weight=3 concept=knowingly-collect
body: yönelik değildir weight=2 concept=not-directed-to-children
body: genç* weight=2 concept=minors-teens
body: yaşındaki weight=1.5 concept=age-threshold
body: farkına varırsak weight=2 concept=if-we-learn
# Added with the shared concept inventory (concepts.txt).
heading: 13 yaş altındaki çocuklar concept=age-limits
heading: küçükler concept=minors
body: yaş weight=1.5 concept=age
heading: çocuk* concept=childrens-privacy
heading: reşit olmayan* concept=minors
heading: 18 yaş* concept=age-limits
heading: yaş sınır* concept=age-limits
body: yaşından küçük weight=2.5 concept=age-threshold
body: yaşın altındaki weight=2.5 concept=age-threshold
body: veli onay* weight=3 concept=parental-consent
body: ebeveyn izn* weight=3 concept=parental-consent

[international]
heading: yurt dışına aktarım weight=1 concept=international-transfers
heading: kişisel verilerin yurt dışına aktarılması weight=1 concept=international-transfers
heading: uluslararası veri aktarımları weight=1 concept=international-transfers
heading: sınır ötesi veri aktarımı weight=1 concept=international-transfers
heading: verilerin saklandığı yer weight=1 concept=where-we-store
heading: verilerin işlendiği yer weight=1 concept=where-we-store
heading: uluslararası kullanıcılar weight=1 concept=international-transfers
body: yurt dışı* weight=3 concept=other-countries
body: yurtdışı* weight=3 concept=other-countries
body: sınır ötesi weight=3 concept=cross-border
body: başka ülke* weight=2.5 concept=other-countries
body: diğer ülke* weight=2.5 concept=other-countries
body: ikamet ettiğiniz ülke* weight=2.5 concept=other-countries
body: avrupa ekonomik alanı weight=2.5 concept=eea
body: amerika birleşik devletleri weight=1 concept=united-states
# One sentence on transfers to the USA (standard clauses, adequacy) in a subsection on a social network or a cloud service must not outweigh its practice: lighter transfer terms.
body: standart sözleşme* weight=2 concept=transfer-safeguards
body: yeterlilik karar* weight=2 concept=adequacy
body: yeterli koruma weight=2.5 concept=adequacy
body: bağlayıcı şirket kuralları weight=3 concept=transfer-safeguards
body: yazılı taahhüt* weight=2.5 concept=transfer-safeguards # KVKK art. 9 (before 2024): written undertaking
body: uygun güvence* weight=2.5 concept=transfer-safeguards
body: sunucu* weight=2 concept=server-location
body: bulut weight=1.5 concept=server-location
body: dünya genelinde weight=1.5 concept=around-the-world
# Added with the shared concept inventory (concepts.txt).
heading: veri aktarımları concept=data-transfers
heading: bilgilerin aktarılması concept=data-transfers
heading: bilgilerinizi nerede saklıyoruz concept=where-we-store
body: aktarım* weight=1 concept=transfer
body: veri gizliliği çerçevesi weight=2.5 concept=privacy-frameworks
body: privacy shield weight=2 concept=privacy-frameworks
body: daha az koruyucu weight=2 concept=less-protective
body: yargı yetki* weight=2 concept=jurisdictions
heading: yurt dışına aktar* concept=international-transfers
heading: yurtdışına aktar* concept=international-transfers
heading: yurt dışında saklan* concept=where-we-store
heading: nerede saklan* concept=where-we-store
heading: nerede saklıyoruz concept=where-we-store
heading: nerede işlen* concept=where-we-store
heading: veri depolama weight=1 concept=where-we-store
heading: verilerin depolanması weight=1 concept=where-we-store
heading: uluslararası aktarım* concept=international-transfers
heading: uluslararası veri aktarım* concept=international-transfers
heading: sınır ötesi concept=international-transfers
body: yeterli korum* weight=2.5 concept=adequacy
body: kurulun izni weight=2.5 concept=transfer-safeguards
body: arızi aktarım* weight=3 concept=transfer # KVKK art. 9 (2024): occasional transfers
# "Transfer" as a loanword: "Uluslararası Veri Transferi", "Yurt dışına veri transferi".
heading: uluslararası veri transfer* concept=international-transfers
heading: uluslararası transfer* concept=international-transfers
heading: yurt dışına transfer* concept=international-transfers
heading: yurtdışına transfer* concept=international-transfers
heading: nerede depol* concept=where-we-store

[regional]
heading: kaliforniya sakinleri weight=1 concept=california
heading: kaliforniya gizlilik hakları weight=1 concept=california
heading: kaliforniya sakinlerine yönelik bildirim weight=1 concept=california
heading: gdpr uyumu weight=1 concept=eea-gdpr-notice
heading: avrupa birliği kullanıcıları weight=1 concept=eea-gdpr-notice
heading: bölgeye özgü hükümler weight=1 concept=jurisdiction-specific
heading: nevada sakinleri weight=1 concept=us-state-rights
body: kaliforniya weight=3 concept=california-law
body: california weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: nevada weight=3 concept=us-states
body: virginia weight=3 concept=us-states
body: sakin* weight=1.5 concept=residents
body: tüketici* weight=1.5 concept=consumers
body: satmıyoruz weight=2.5 concept=do-not-sell
body: satma veya paylaşma weight=3 concept=do-not-sell
body: finansal teşvik* weight=3 concept=financial-incentives
body: son 12 ay* weight=3 concept=preceding-12-months
body: gdpr weight=2.5 concept=eu-gdpr
body: avrupa birliği weight=2 concept=eu-gdpr
body: brezilya weight=2 concept=brazil-lgpd
body: lgpd weight=3 concept=brazil-lgpd
body: kanada weight=2 concept=canada-pipeda
body: pipeda weight=3 concept=canada-pipeda
# Added with the shared concept inventory (concepts.txt).
heading: abd eyalet gizlilik hakları concept=us-state-rights
heading: eyalet gizlilik hakları concept=us-state-rights
heading: avrupa ekonomik alanı sakinlerine bildirim concept=eea-gdpr-notice
heading: belirli ülkeler için ek bilgiler concept=jurisdiction-specific
body: colorado weight=3 concept=us-states
body: connecticut weight=3 concept=us-states
body: bağlamlar arası davranışsal reklam* weight=3 concept=cross-context-advertising
body: eyalet* weight=0.5 concept=state
# Regional annexes and law acronyms as headings (APPI, PIPA, PIPL, ...): heading-only, never body terms.
heading: appi concept=jurisdiction-specific
heading: pipa concept=jurisdiction-specific
heading: pipl concept=jurisdiction-specific
heading: lgpd concept=jurisdiction-specific
heading: pipeda concept=jurisdiction-specific
heading: popia concept=jurisdiction-specific
heading: pdpa concept=jurisdiction-specific
heading: vcdpa concept=jurisdiction-specific
heading: cpra concept=jurisdiction-specific
heading: ccpa concept=jurisdiction-specific
heading: nfadp concept=jurisdiction-specific
heading: revdsg concept=jurisdiction-specific
heading: ndsg concept=jurisdiction-specific
heading: fadp concept=jurisdiction-specific
heading: uk gdpr concept=jurisdiction-specific
heading: bölgesel ekler concept=jurisdiction-specific
heading: bölgesel ek concept=jurisdiction-specific
heading: abd gizlilik yasaları concept=us-state-rights
heading: japonya weight=1 concept=jurisdiction-specific
heading: güney kore weight=1 concept=jurisdiction-specific
heading: kore cumhuriyeti weight=1 concept=jurisdiction-specific

[third-party-sites]
heading: üçüncü taraf bağlantıları weight=1 concept=links-to-other-sites
heading: üçüncü taraf web siteleri weight=1 concept=third-party-websites
heading: üçüncü taraf hizmetleri weight=1 concept=third-party-services
heading: diğer web sitelerine bağlantılar weight=1 concept=links-to-other-sites
heading: harici bağlantılar weight=1 concept=links-to-other-sites
heading: başka web siteleri weight=1 concept=third-party-websites
body: bağlantı* weight=2.5 concept=links
body: köprü* weight=2 concept=links
# Forms of "link", not link*: that also matched "LinkedIn".
body: link weight=2 concept=links
body: linki* weight=2 concept=links
body: linkler* weight=2 concept=links
body: linkte* weight=2 concept=links
body: diğer site* weight=2 concept=other-sites
body: harici site* weight=2.5 concept=other-sites
body: üçüncü taraflarca işletilen weight=2.5 concept=other-sites
body: sorumlu değiliz weight=3 concept=not-responsible
body: sorumluluk kabul weight=2.5 concept=not-responsible
body: kontrolümüz dışında weight=2.5 concept=not-responsible
body: kendi gizlilik politika* weight=3 concept=their-privacy-policies
body: gizlilik uygulamalar* weight=2 concept=their-privacy-policies
body: okumanızı öneririz weight=2.5 concept=encourage-review
body: incelemenizi öneririz weight=2.5 concept=encourage-review
body: sitemizden ayrıl* weight=2.5 concept=leave-our-site
body: eklenti* weight=2.5 concept=plugins
body: sosyal medya weight=1.5
# Added with the shared concept inventory (concepts.txt).
heading: sosyal medya eklentileri concept=social-media-plugins
heading: sosyal medya özellikleri concept=social-media-plugins
heading: üçüncü tarafların gizlilik politikaları concept=third-party-privacy-policies
heading: üçüncü taraf gizlilik uygulamaları concept=third-party-privacy-policies
body: üçüncü taraf uygulama* weight=2 concept=third-party-applications
body: widget* weight=2.5 concept=plugins
body: içerik weight=0.5 concept=content
body: incele* weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: sosyal medya concept=social-media-presence
heading: sosyal ağlar concept=social-media-presence
heading: sosyal medya hesaplarımız concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: üçüncü tarafların topladığı veriler concept=third-party-data-collection
heading: üçüncü taraflarca toplanan veriler concept=third-party-data-collection
heading: üçüncü taraflarca toplanan bilgiler concept=third-party-data-collection
heading: bağlantılar* concept=links-to-other-sites
heading: üçüncü taraf site* concept=third-party-websites
heading: üçüncü taraf web site* concept=third-party-websites
heading: diğer web site* concept=third-party-websites
heading: başka web site* concept=third-party-websites
heading: harici bağlantı* concept=links-to-other-sites
heading: üçüncü taraf hizmet* concept=third-party-services
body: üçüncü taraf web site* weight=2.5 concept=other-sites
body: sorumlu değildir weight=3 concept=not-responsible
body: sorumlu tutulamaz weight=3 concept=not-responsible
body: gizlilik politikalarını incele* weight=2.5 concept=encourage-review
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: gömülü içerik concept=third-party-services
heading: yerleşik içerik concept=third-party-services
heading: üçüncü taraf içeriği concept=third-party-services
heading: gömülü videolar concept=third-party-services
heading: eklentiler concept=social-media-plugins
body: gömülü weight=2.5 concept=plugins
body: yerleştiril* weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: üçüncü taraf içeri* weight=3 concept=other-sites
body: üçüncü taraflara ait içeri* weight=3 concept=other-sites
body: video platform* weight=2.5 concept=plugins
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: google haritalar weight=2.5 concept=plugins
body: gizliliği geliştirilmiş mod* weight=2.5 concept=plugins
body: oturum açmış* weight=1.5 concept=plugins
# Outside tools named in a heading ("Çeviri Motorları ve Üçüncü Taraf Kütüphanelerin Kullanımı").
heading: üçüncü taraf kütüphane* concept=third-party-services
heading: üçüncü taraf yazılım* concept=third-party-services
heading: üçüncü taraf araç* concept=third-party-services
heading: çeviri motor* concept=third-party-services
heading: üçüncü taraf hizmetler concept=third-party-services
heading: harici hizmetler concept=third-party-services
heading: bulut senkronizasyonu concept=third-party-services
heading: bulut eşitleme concept=third-party-services
heading: icloud yedeklemesi concept=third-party-services
heading: bulut yedekleme concept=third-party-services
heading: senkronizasyon ve yedekleme concept=third-party-services
body: gizlilik politikalarını gözden geçir* weight=2.5 concept=encourage-review
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: ağ bağlantıları weight=2 concept=network-connections
heading: ağ istekleri weight=2 concept=network-connections
heading: dış bağlantılar weight=2 concept=network-connections
heading: cihazınızdan çıkan* weight=2 concept=network-connections
heading: cihaz dışına gönderil* weight=2 concept=network-connections
heading: internete giden* weight=2 concept=network-connections
heading: internet üzerinden gönderil* weight=2 concept=network-connections
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
heading: politikadaki değişiklikler weight=1 concept=changes-to-policy
heading: bu politikada yapılan değişiklikler weight=1 concept=changes-to-policy
heading: gizlilik politikasındaki değişiklikler weight=1 concept=changes-to-policy
heading: güncellemeler weight=1 concept=policy-updates
heading: politika güncellemeleri weight=1 concept=policy-updates
heading: değişikliklerin bildirilmesi weight=1 concept=notification-of-changes
body: değişiklik* weight=1.5 concept=change-update
body: değiştir* weight=1.5 concept=change-update
body: güncelle* weight=2 concept=change-update
body: revize weight=2 concept=change-update
body: tadil* weight=2.5 concept=change-update
body: yürürlük tarih* weight=3 concept=effective-date
body: yürürlüğe gir* weight=2.5 concept=effective-date
body: son güncelleme tarih* weight=3 concept=effective-date
body: zaman zaman weight=2.5 concept=from-time-to-time
body: önemli değişiklik* weight=3 concept=material-changes
body: kullanmaya devam* weight=3 concept=continued-use
body: düzenli olarak weight=2 concept=check-back
body: periyodik olarak weight=2.5 concept=from-time-to-time
body: güncel sürüm* weight=2 concept=latest-version
body: saklı tutar* weight=2 concept=reserve-the-right # "değişiklik yapma hakkını saklı tutar"
body: yayınla* weight=1.5 concept=posting
body: bu sayfa* weight=1 concept=posting
# Added with the shared concept inventory (concepts.txt).
heading: değişiklikler concept=amendments
heading: revizyonlar concept=amendments
heading: politika değişiklikleri concept=changes-to-policy
heading: yürürlük concept=entry-into-force
heading: yürürlüğe giriş concept=entry-into-force
heading: yürürlük tarihi concept=entry-into-force
body: derhal yürürlüğe gir* weight=2.5 concept=effective-immediately
body: size bildir* weight=1.5 concept=notify-you
body: sürüm weight=1 concept=version
body: bildirim weight=0.5 concept=notice
# Where a changed policy is posted: "(we will post the new policy) on this page".
body: bu sayfada weight=1 concept=posting
heading: değişiklik* concept=amendments
heading: değiştirilmesi concept=amendments
heading: politika güncelle* concept=policy-updates
heading: politikanın güncellenmesi concept=policy-updates
heading: yürürlü* concept=entry-into-force
heading: son güncelleme concept=entry-into-force
body: değişiklik yapma hakkı* weight=2.5 concept=reserve-the-right
body: yayımla* weight=1.5 concept=posting # official spelling beside yayınla*

[contact]
heading: iletişim weight=1 concept=contact-us
heading: bize ulaşın weight=1 concept=contact-us
heading: bizimle iletişime geçin weight=1 concept=contact-us
heading: iletişim bilgileri weight=1 concept=contact-information
heading: sorular weight=1 concept=questions
heading: veri sorumlusuna başvuru weight=1 concept=how-to-contact
heading: veri koruma görevlisi weight=1 concept=data-protection-officer
body: bize ulaş* weight=2.5 concept=please-contact
body: iletişime geç* weight=2.5 concept=please-contact
body: sorularınız* weight=2.5 concept=questions-comments
body: görüş* weight=1.5 concept=questions-comments
body: öneri* weight=1 concept=questions-comments
body: gizlilik sorumlusu weight=3 concept=dpo
body: dpo weight=3 concept=dpo
body: e-posta gönder* weight=2.5 concept=please-contact
body: yazılı olarak weight=2 concept=please-contact
body: posta adres* weight=2 concept=postal-address
body: kep adres* weight=3 concept=postal-address # registered e-mail (KEP) for KVKK applications
body: telefon weight=1.5 concept=telephone
body: müşteri hizmetleri weight=1.5 concept=customer-service
body: adresimize weight=2 concept=postal-address
# Added with the shared concept inventory (concepts.txt).
heading: bizimle nasıl iletişime geçebilirsiniz concept=how-to-contact
heading: sorular ve görüşler concept=questions
heading: sorularınız concept=questions
body: e-posta yoluyla weight=1.5 concept=by-email
body: adres weight=0.3 concept=address
heading: bize ulaş* concept=contact-us
heading: bize nasıl ulaş* concept=how-to-contact
heading: bizimle iletişim* concept=contact-us
heading: sorularınız* concept=questions
body: e-posta ile weight=1.5 concept=by-email
body: bizimle iletişim* weight=2.5 concept=please-contact
body: sorular* weight=2 concept=questions-comments # not soru*: it begins sorumlu
heading: künye concept=contact-information
heading: veri sorumlusunun kimliği concept=contact-information
# The controller's identity and address (veri sorumlusu, KVKK m.10, art. 13 GDPR).
heading: veri sorumlusu concept=contact-information
# KVKK m.10(1)(a): "Veri sorumlusunun ve varsa temsilcisinin kimliği", the genitive heading of the controller's identity.
heading: veri sorumlusunun concept=contact-information
heading: temsilcisinin kimliği concept=contact-information
heading: veri sorumlusu bilgileri concept=contact-information
heading: kiminle iletişime concept=how-to-contact
heading: kime başvur* weight=3 concept=how-to-contact
heading: nereye başvur* concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no entry
# overlapping it counts.
# A software update is not a change to the policy.
güncellemeleri kontrol
# The developer ("geliştirici") is who runs the app, not its improvement ("geliştirmek").
geliştirici*
güncelleme kontrolü
güncelleme denetimi
uygulama güncelleme*
yazılım güncelleme*
otomatik güncelleme*
# The version of an app is not the version of the policy.
uygulama sürümü
uygulama versiyonu
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
