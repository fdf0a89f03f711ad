# Arabic lexicon
# The article and the one-letter prepositions and conjunctions attach to words
# (والبيانات, بالمعلومات, للأطراف): @prefixes strips them, and @suffixes strips plural,
# feminine and pronoun endings (معلوماتك, بياناتهم). Single words are therefore written
# bare, without ال (بيانات, موافقة); headings are written as they appear.
# Harakat and tanween are ignored (@fold-accents yes): تلقائيًا matches تلقائيا.
# Wording follows Arabic policies of Gulf and Levant services (Saudi PDPL-era wording:
# البيانات الشخصية, صاحب البيانات, الأساس النظامي, ملفات تعريف الارتباط).
@language ar
@name Arabic
@fold-accents yes
@prefixes وبال ولل وال بال كال فال لل ال و ب ل ف ك
@suffixes ها هم كم ات ة ي ك نا

[profile]
# Function words first. weight=2 or 3 marks words that tell Arabic from Persian and
# Urdu, which share the script and many loanwords (معلومات, قانون, حقوق).
في weight=2
من
إلى weight=2
على weight=2
عن
أن weight=2
أو
مع
هذه weight=2
هذا weight=2
التي weight=3
الذي weight=3
الذين weight=3
ذلك weight=2
تلك weight=2
قد
لا
لم weight=2
لن weight=2
ما
كما weight=2
عند
عندما weight=2
بعد
قبل
حيث
أي
كل
بعض
غير
أيضا weight=2
إذا weight=2
ثم
بين
خلال
حول
حتى
لدى weight=2
لدينا weight=3
نحن weight=2
أنت weight=2
لك
يمكن weight=2
يمكنك weight=3
يجب weight=2
سوف weight=2
كان
تم weight=2
يتم weight=3
وفقا weight=2
بما weight=2
فيها
منها
بها
به
له
لها
هناك
إما
سواء
دون
بدون
ضمن
عبر
لكن
لذلك
مثل
أكثر
أخرى
آخر
جميع
مثلا
معلومات
بيانات
شخصية weight=2
خصوصية weight=2
سياسة weight=2
خدمات
خدمة weight=2
موقع
مواقع
استخدام
نستخدم weight=2
نجمع weight=2
جمع
مشاركة weight=2
نشارك weight=2
طرف
ثالث
ثالثة weight=2
أطراف
حقوق
حق
حماية
أمان
أمن
ملفات
تعريف
ارتباط
إعلانات
حساب
جهاز
أجهزة
عنوان
بريد
إلكتروني
هاتف
شركة weight=2
مستخدم
مستخدمين
قانون
قوانين
موافقة weight=2
طلب
اتصال
تواصل
معالجة weight=2
احتفاظ
نقل
إفصاح
أغراض
غرض
تحسين
تقديم
تطبيق
منتجات
عملاء
عميل
تحديث
تغييرات
أطفال
طفل
دولة
دول
تاريخ
وقت
فترة
مدة
ذات
صلة
خاصة weight=2
عامة weight=2
مناسبة weight=2
لازمة weight=2
ضرورية weight=2
متعلقة weight=2
المعمول weight=3
بموجب weight=2
بشأن weight=2
نقوم weight=3
تقوم weight=2
يرجى weight=3
الرجاء weight=2
قبلك weight=2
إلينا weight=3
منك weight=2
عنك weight=2
إليك weight=2
معلوماتك weight=2
بياناتك weight=2
حسابك weight=2

[units]
# Accusative forms after numbers 11 to 99 (ثلاثين يومًا) fold to يوما, شهرا, عاما.
year: سنة, سنوات, سنين, عام, أعوام, عاما
month: شهر, أشهر, شهور, شهرا
week: أسبوع, أسابيع
day: يوم, أيام, يوما
hour: ساعة, ساعات
minute: دقيقة, دقائق
# Duals carry the count in the word: "سنتين" is two years.
2 year: سنتين, سنتان, عامين, عامان
2 month: شهرين, شهران
2 week: أسبوعين, أسبوعان
2 day: يومين, يومان
2 hour: ساعتين, ساعتان

[numbers]
# Masculine forms; the feminine ة ending (ثلاثة, خمسة) is stripped by @suffixes.
# Dual forms (سنتين, شهرين) are listed in [units] as "2 year".
1: واحد
2: اثنان, اثنين, اثنتان, اثنتين
3: ثلاث
4: أربع
5: خمس
6: ست
7: سبع
8: ثماني
9: تسع
10: عشر
12: اثنا عشر, اثني عشر
13: ثلاث عشر
14: أربع عشر
15: خمس عشر
16: ست عشر
18: ثماني عشر
20: عشرون, عشرين
24: أربع وعشرون, أربع وعشرين
30: ثلاثون, ثلاثين
60: ستون, ستين
90: تسعون, تسعين
100: مائة, مئة

[references]
# The Gulf personal-data laws (Saudi PDPL نظام حماية البيانات الشخصية, UAE PDPL) have no
# canonical id; PDPA refers to the Singapore/Thai acts and is left as the acronym.
gdpr: اللائحة العامة لحماية البيانات, اللائحة الأوروبية العامة لحماية البيانات, النظام الأوروبي العام لحماية البيانات, النظام العام لحماية البيانات, gdpr
ccpa: قانون خصوصية المستهلك في كاليفورنيا, قانون كاليفورنيا لخصوصية المستهلك, ccpa
cpra: قانون حقوق الخصوصية في كاليفورنيا, cpra
coppa: قانون حماية خصوصية الأطفال على الإنترنت, coppa
pdpa: pdpa
lgpd: القانون العام لحماية البيانات الشخصية البرازيلي, القانون البرازيلي العام لحماية البيانات, lgpd
pipeda: قانون حماية المعلومات الشخصية والوثائق الإلكترونية, pipeda
appi: قانون حماية المعلومات الشخصية الياباني, appi
pipl: قانون حماية المعلومات الشخصية الصيني, pipl

[intro]
heading: مقدمة
heading: نظرة عامة
heading: تمهيد
heading: نطاق تطبيق
heading: نطاق هذه السياسة
heading: سياسة الخصوصية weight=0.5   # document title; also inside other headings
heading: من نحن
heading: حول هذه السياسة
body: سياسة خصوصية weight=2
body: تنطبق weight=2
body: تسري weight=2
body: نطاق weight=1.5
body: نلتزم weight=2
body: نحترم weight=1.5
body: خصوصيتك weight=2
body: يرجى قراءة weight=2
body: بعناية weight=1.5
body: باستخدامك weight=2
body: توافق weight=1.5
body: شروط weight=0.5
body: شركة weight=0.3
body: نحن weight=0.3

[definitions]
heading: تعريفات weight=2
heading: مصطلحات
heading: تعريف مصطلحات
heading: معاني مصطلحات
heading: تفسير
heading: تفسيرات
body: يقصد weight=3
body: تعني weight=2.5
body: يعني weight=2
body: يشير weight=2
body: يشار weight=2
body: مصطلح weight=2
body: مصطلحات weight=1.5
body: لأغراض weight=1.5
body: صاحب بيانات weight=2
body: جهة تحكم weight=2
body: متحكم weight=2
body: معالج بيانات weight=2
body: بيانات حساسة weight=1.5
body: يشمل weight=1
body: بيانات شخصية weight=0.5

[collection]
heading: معلومات التي نجمعها
heading: بيانات التي نجمعها
heading: نجمعها weight=2
heading: جمع معلومات
heading: جمع بيانات
heading: أنواع بيانات
heading: كيف نجمع
heading: مصادر معلومات
heading: مصادر weight=2
body: نجمع weight=3
body: جمع weight=2.5
body: نحصل weight=2
body: تقدمها weight=2
body: اسم weight=1
body: بريد إلكتروني weight=1.5
body: رقم هاتف weight=1.5
body: تاريخ ميلاد weight=1.5
body: عنوان IP weight=2
body: بروتوكول إنترنت weight=2
body: معلومات جهاز weight=2
body: نوع متصفح weight=1.5
body: نظام تشغيل weight=1.5
body: موقع جغرافي weight=1.5
body: سجلات weight=1.5
body: تلقائيا weight=2
body: تسجيل weight=1
body: مصادر weight=1.5

[use]
heading: استخدام معلومات
heading: استخدام بيانات
heading: كيف نستخدم
heading: نستخدم weight=2
heading: أغراض استخدام
heading: أغراض معالجة
heading: غرض من
heading: أغراض weight=2
body: نستخدم weight=2
body: استخدام weight=1
body: أغراض weight=2
body: غرض weight=1.5
body: تقديم خدمات weight=1.5
body: تحسين weight=1.5
body: تطوير weight=1
body: تخصيص weight=2
body: تحليل weight=1.5
body: إحصاءات weight=1.5
body: هوية weight=1.5
body: احتيال weight=1.5
body: طلبات weight=1
body: دعم عملاء weight=1.5
body: أبحاث weight=1
body: إرسال weight=0.5

[legal-basis]
heading: أساس قانوني weight=2
heading: أسس قانونية weight=2
heading: أساس نظامي weight=2
heading: مسوغ قانوني
heading: أسس معالجة
heading: مسوغات نظامية
body: أساس قانوني weight=3
body: أسس weight=2
body: أساس weight=1.5
body: مصلحة مشروعة weight=3
body: مصالح مشروعة weight=3
body: تنفيذ عقد weight=3
body: عقد weight=1.5
body: التزام قانوني weight=2.5
body: التزامات weight=2
body: مصلحة عامة weight=2
body: مصالح حيوية weight=2.5
body: مشروعة weight=1.5
body: نظامي weight=1.5
body: موافقتك weight=1
body: ضرورية weight=1

[consent]
heading: موافقة
heading: موافقتك
heading: سحب موافقة weight=2
heading: سحب موافقتك weight=2
heading: حصول على موافقة
heading: إلغاء موافقة
body: موافقة weight=2
body: سحب weight=3
body: إلغاء weight=1.5
body: صريحة weight=2.5
body: مسبقة weight=2
body: توافق weight=1.5
body: نقر weight=1.5
body: مربع weight=2
body: أي وقت weight=1.5
body: لا يؤثر weight=2
body: قبل سحب weight=2
body: رفض weight=1

[sharing]
heading: مشاركة weight=1.5
heading: مشاركة معلومات
heading: مشاركة بيانات
heading: إفصاح weight=2
heading: إفصاح عن
heading: كشف عن
heading: مع من نشارك
heading: نشارك
body: نشارك weight=3
body: مشاركة weight=2
body: إفصاح weight=2.5
body: نفصح weight=2.5
body: كشف weight=1.5
body: طرف ثالث weight=2
body: أطراف ثالثة weight=2
body: مقدمي خدمات weight=2
body: مزودي خدمات weight=2
body: شركات تابعة weight=2
body: شركاء weight=1.5
body: اندماج weight=2.5
body: استحواذ weight=2.5
body: بيع weight=1.5
body: نبيع weight=2
body: جهات حكومية weight=2
body: سلطات weight=1.5
body: أمر محكمة weight=2.5
body: إنفاذ قانون weight=2

[cookies]
heading: ملفات تعريف ارتباط weight=2
heading: تعريف ارتباط
heading: كوكيز weight=2
heading: سياسة ملفات تعريف ارتباط
heading: تقنيات تتبع
heading: تقنيات مشابهة
body: ملفات تعريف ارتباط weight=3
body: تعريف ارتباط weight=3
body: كوكيز weight=3
body: cookies weight=3
body: ملفات نصية weight=2.5
body: إشارات ويب weight=3
body: منارات ويب weight=3
body: بكسل weight=2.5
body: متصفح weight=1.5
body: تقنيات مشابهة weight=2
body: تقنيات مماثلة weight=2
body: تتبع weight=1.5
body: Google Analytics weight=2.5
body: تحليلات weight=1.5
body: إعدادات weight=1
body: تعطيل weight=1
body: جلسة weight=1.5

[advertising]
heading: إعلانات weight=2
heading: إعلان
heading: تسويق weight=2
heading: إعلانات مخصصة
heading: اتصالات تسويقية
heading: تسويق مباشر
body: إعلانات weight=2
body: إعلان weight=1.5
body: تسويق weight=2
body: تسويقية weight=2
body: رسائل تسويقية weight=2.5
body: مخصصة weight=1.5
body: معلنين weight=2.5
body: شبكات إعلانية weight=3
body: اهتمامات weight=2
body: عروض weight=1.5
body: ترويجية weight=2
body: خصومات weight=1.5
body: نشرة إخبارية weight=2
body: حملات weight=1.5
body: معرف إعلانات weight=2.5
body: استهداف weight=2

[do-not-track]
heading: عدم تتبع weight=2
heading: إشارات عدم تتبع
heading: طلب عدم تتبع
heading: Do Not Track
heading: DNT
heading: تحكم عالمي في خصوصية
body: Do Not Track weight=3
body: DNT weight=3
body: GPC weight=3
body: Global Privacy Control weight=3
body: إشارات weight=3
body: إشارة weight=2.5
body: عدم تتبع weight=2.5
body: متصفح weight=1
body: نستجيب weight=2
body: استجابة weight=1.5
body: معيار weight=1.5
body: موحد weight=1.5
body: صناعة weight=1
body: آلية weight=1

[choices]
heading: خياراتك weight=2
heading: اختياراتك
heading: خيارات
heading: إلغاء اشتراك
heading: انسحاب
heading: إدارة تفضيلاتك
heading: تحكم في معلوماتك
body: خيارات weight=2
body: اختيار weight=1.5
body: إلغاء اشتراك weight=2.5
body: انسحاب weight=2.5
body: إلغاء weight=1.5
body: رفض weight=1.5
body: تفضيلات weight=2
body: إعدادات weight=1
body: تعطيل weight=1.5
body: إيقاف weight=1.5
body: عدم تقديم weight=2
body: لا تتمكن weight=2
body: تحكم weight=1
body: اشتراك weight=1
body: إشعارات weight=1

[rights]
heading: حقوقك weight=2
heading: حقوق weight=1.5
heading: حقوق أصحاب بيانات
heading: ممارسة حقوقك
heading: حق وصول
heading: حقوق قانونية
heading: وصول weight=1.5
heading: تحديث معلومات
body: حقوق weight=2
body: حق weight=1.5
body: ممارسة weight=2.5
body: وصول weight=2
body: نسخة weight=2
body: تصحيح weight=3
body: تعديل weight=1.5
body: حذف weight=2
body: محو weight=2.5
body: تقييد weight=2.5
body: اعتراض weight=3
body: قابلية نقل weight=2.5
body: نقل بيانات weight=2
body: شكوى weight=2
body: سلطة إشرافية weight=2.5
body: جهة رقابية weight=2
body: طلب weight=1

[retention]
heading: احتفاظ weight=2
heading: مدة احتفاظ
heading: فترة احتفاظ
heading: نحتفظ
heading: تخزين بيانات
heading: مدة تخزين
body: احتفاظ weight=3
body: نحتفظ weight=3
body: مدة weight=2
body: فترة weight=2
body: طالما weight=2
body: لم تعد weight=2
body: إتلاف weight=2.5
body: إخفاء هوية weight=2
body: انتهاء weight=1.5
body: تقادم weight=2.5
body: أرشفة weight=1.5
body: حذف weight=1
body: ضروري weight=1
body: تخزين weight=1
body: سنوات weight=0.5

[security]
heading: أمن weight=1.5
heading: أمان weight=1.5
heading: أمن معلومات
heading: أمن بيانات
heading: حماية بيانات
heading: تدابير أمنية
heading: كيف نحمي
heading: إجراءات أمنية
body: أمن weight=2
body: أمان weight=2
body: تدابير weight=2
body: إجراءات أمنية weight=2.5
body: أمنية weight=1.5
body: تشفير weight=3
body: وصول غير مصرح weight=3
body: غير مصرح weight=2.5
body: فقدان weight=2
body: سرقة weight=1.5
body: اختراق weight=2.5
body: جدار حماية weight=2.5
body: جدران حماية weight=2.5
body: SSL weight=3
body: TLS weight=2.5
body: سرية weight=1.5
body: ضمان weight=0.5

[children]
heading: أطفال weight=2
heading: خصوصية أطفال
heading: قاصرون
heading: قاصرين
heading: بيانات أطفال
heading: دون سن
body: أطفال weight=3
body: طفل weight=2.5
body: قاصرين weight=3
body: قاصر weight=2.5
body: دون سن weight=3
body: أقل من weight=1
body: عاما weight=1
body: سن weight=1.5
body: عمر weight=1.5
body: والدين weight=2.5
body: ولي أمر weight=3
body: أولياء أمور weight=2.5
body: وصي weight=2
body: سن رشد weight=2.5
body: COPPA weight=2.5

[international]
heading: نقل دولي weight=2
heading: نقل بيانات
heading: خارج weight=1.5
heading: عبر حدود weight=2
heading: دوليا
heading: مكان تخزين
heading: نقل معلومات
body: دولي weight=2.5
body: دوليا weight=2.5
body: عبر حدود weight=3
body: خارج weight=2
body: دول أخرى weight=2.5
body: بلدان أخرى weight=2.5
body: بلد weight=1
body: نقل weight=1.5
body: خوادم weight=1.5
body: مستوى حماية weight=2
body: ملائم weight=1.5
body: بنود تعاقدية قياسية weight=3
body: شروط تعاقدية نموذجية weight=3
body: منطقة اقتصادية أوروبية weight=2
body: ولاية قضائية weight=2
body: تقع weight=1
body: تخزين weight=1

[regional]
heading: كاليفورنيا weight=2
heading: سكان ولاية
heading: مقيمون
heading: منطقة اقتصادية أوروبية
heading: أحكام خاصة
heading: إشعارات إقليمية
heading: مناطق معينة
body: كاليفورنيا weight=3
body: ولاية weight=1.5
body: مقيمين weight=2
body: سكان weight=2
body: منطقة اقتصادية أوروبية weight=2
body: اتحاد أوروبي weight=2
body: مملكة متحدة weight=1.5
body: سويسرا weight=1.5
body: ولايات متحدة weight=1.5
body: نيفادا weight=2.5
body: برازيل weight=2
body: CCPA weight=2.5
body: CPRA weight=2
body: قوانين محلية weight=1.5
body: منطقة weight=1

[third-party-sites]
heading: روابط weight=2
heading: مواقع أطراف ثالثة
heading: مواقع أخرى
heading: روابط خارجية
heading: طرف ثالث
heading: جهات خارجية
heading: مواقع خارجية
heading: مواقع weight=2
heading: مواقع إلكترونية weight=2
body: روابط weight=3
body: رابط weight=2.5
body: مواقع أخرى weight=2.5
body: خارجية weight=1.5
body: جهات خارجية weight=2
body: لسنا مسؤولين weight=3
body: مسؤولين weight=1.5
body: مسؤولية weight=1.5
body: لا نتحكم weight=2.5
body: ممارسات weight=1.5
body: مكونات إضافية weight=2.5
body: تواصل اجتماعي weight=1.5
body: منصات weight=1
body: سياسات خصوصية weight=1
body: مراجعة weight=0.5

[changes]
heading: تغييرات weight=2
heading: تعديلات weight=2
heading: تحديثات
heading: تغييرات على
heading: تعديل سياسة
heading: تحديث سياسة
heading: تغيير
body: تغييرات weight=2
body: تغيير weight=1.5
body: تعديلات weight=2
body: تعديل weight=1.5
body: تحديث weight=1.5
body: تحديثات weight=1.5
body: آخر تحديث weight=3
body: تاريخ سريان weight=3
body: سريان weight=2
body: نافذة weight=1.5
body: وقت لآخر weight=2.5
body: نسخة محدثة weight=2
body: جوهرية weight=2.5
body: استمرارك weight=2
body: إخطار weight=1.5
body: نشر weight=1

[contact]
heading: اتصل بنا weight=2
heading: تواصل معنا weight=2
heading: معلومات اتصال
heading: كيفية تواصل
heading: استفسارات
heading: مسؤول حماية بيانات
heading: اتصال
body: اتصال weight=2
body: تواصل weight=2
body: استفسارات weight=2.5
body: أسئلة weight=1.5
body: بريد إلكتروني weight=1.5
body: هاتف weight=1.5
body: عنوان weight=1
body: مسؤول حماية بيانات weight=3
body: شكاوى weight=1.5
body: مراسلة weight=2
body: صندوق بريد weight=2
body: خدمة عملاء weight=2
body: رد weight=1.5
body: مسؤول weight=1
body: نموذج weight=1
