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

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
شروط الاستخدام
شروط الخدمة
الشروط والأحكام
الشروط و الأحكام
القانون الواجب التطبيق
القانون المعمول به
القوانين المعمول بها
القوانين الواجبة التطبيق
القانون الحاكم
القانون المطبق
القانون الواجب التطبيق والاختصاص القضائي
القانون الحاكم والاختصاص القضائي
الاختصاص القضائي
الولاية القضائية
قابلية الفصل
استقلالية البنود
الاتفاق الكامل
الاتفاقية الكاملة
عدم التنازل
القوة القاهرة
إخلاء المسؤولية
إخلاء مسؤولية
تحديد المسؤولية
حدود المسؤولية
الترجمات
الترجمة
ترجمات أخرى
الترجمات الأخرى
النسخ اللغوية
أسبقية النسخة الإنجليزية
النسخة الإنجليزية هي المعتمدة
النسخة العربية هي المعتمدة
الترخيص
حقوق النشر
حقوق الطبع والنشر
شكر وتقدير
جدول المحتويات
المحتويات
الملكية الفكرية
حقوق الملكية الفكرية
حقوق النشر والملكية الفكرية
اللغة
إشعار اللغة

[intro]
heading: مقدمة concept=introduction
heading: نظرة عامة concept=summary
heading: تمهيد concept=introduction
heading: نطاق تطبيق concept=scope
heading: نطاق هذه السياسة concept=scope
heading: سياسة الخصوصية weight=0.5 concept=privacy-policy-title   # document title; also inside other headings
heading: من نحن concept=who-we-are
# The controller named in a heading (as fr «responsable du traitement»).
heading: المسؤول عن معالجة concept=who-we-are
heading: حول هذه السياسة concept=about-this-policy
body: سياسة خصوصية weight=2 concept=this-privacy-policy
body: تنطبق weight=2 concept=policy-applies-to
body: تسري weight=2 concept=policy-applies-to
body: نطاق weight=1.5 concept=policy-applies-to
body: نلتزم weight=2 concept=committed-to-privacy
body: نحترم weight=1.5 concept=committed-to-privacy
body: خصوصيتك weight=2 concept=committed-to-privacy
body: يرجى قراءة weight=2 concept=please-read
body: بعناية weight=1.5 concept=please-read
body: باستخدامك weight=2 concept=by-using
body: توافق weight=1.5 concept=acceptance-of-policy
body: شروط weight=0.5 concept=terms-of-use
body: شركة weight=0.3 concept=company
body: نحن weight=0.3 concept=company
# Added with the shared concept inventory (concepts.txt).
heading: ملخص concept=summary
heading: لمحة عامة concept=summary
heading: أبرز نقاط concept=summary
heading: عن هذه سياسة concept=about-this-policy
heading: نبذة عن هذه سياسة concept=about-this-policy
heading: على من تنطبق هذه سياسة concept=scope
heading: نبذة عنا weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
heading: عن شركة concept=who-we-are
heading: التزامنا بخصوصيتك concept=commitment-to-privacy
heading: التزامنا بحماية خصوصيتك concept=commitment-to-privacy
heading: قبولك concept=acceptance
heading: قبول هذه سياسة concept=acceptance
body: توضح هذه سياسة weight=2.5 concept=policy-describes
body: تصف هذه سياسة weight=2.5 concept=policy-describes
body: لا تنطبق weight=2 concept=policy-applies-to
body: باستخدام weight=1.5 concept=by-using
body: بدخولك weight=1.5 concept=by-using
body: قبول weight=1.5 concept=acceptance-of-policy
body: إذا كنت لا توافق weight=2 concept=if-you-do-not-agree
body: يشار إلينا weight=1.5 concept=referred-to-as
body: شروط استخدام weight=1 concept=terms-of-use
body: هذه سياسة weight=0.5 concept=this-privacy-policy
body: خصوصية weight=0.3 concept=privacy
body: موقع weight=0.3 concept=website
body: خدمات weight=0.3 concept=services
# The policy naming its author: («نحن» أو «لنا»), («نحن»، «لنا»).
body: نحن أو لنا weight=2.5 concept=we-us-defined
body: نحن لنا weight=2.5 concept=we-us-defined
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
heading: باختصار concept=summary
heading: لمحة سريعة concept=summary

[definitions]
heading: تعريفات weight=2 concept=definitions
heading: مصطلحات concept=key-terms
heading: تعريف مصطلحات concept=definitions
heading: معاني مصطلحات concept=key-terms
heading: تفسير concept=interpretation
heading: تفسيرات concept=interpretation
body: يقصد weight=3 concept=means
body: تعني weight=2.5 concept=means
body: يعني weight=2 concept=means
body: يشير weight=2 concept=refers-to
body: يشار weight=2 concept=refers-to
body: مصطلح weight=2 concept=defined-terms-intro
body: مصطلحات weight=1.5 concept=defined-terms-intro
body: لأغراض weight=1.5 concept=as-used-in-this-policy
body: صاحب بيانات weight=2 concept=gdpr-roles
body: جهة تحكم weight=2 concept=gdpr-roles
body: متحكم weight=2 concept=gdpr-roles
# Not «معالج البيانات» (processor): with ة stripped it is «معالجة البيانات» (processing of
# data), in nearly every heading. The processor is named by the longer forms.
body: القائم بالمعالجة weight=2 concept=gdpr-roles
body: جهة معالجة weight=1.5 concept=gdpr-roles
body: بيانات حساسة weight=1.5
body: يشمل weight=1 concept=includes
body: بيانات شخصية weight=0.5 concept=personal-data
# Added with the shared concept inventory (concepts.txt).
heading: تعاريف concept=definitions
heading: مصطلحات رئيسية concept=key-terms
heading: مسرد مصطلحات concept=key-terms
heading: تفسير وتعريفات concept=interpretation
heading: ماذا نعني ب concept=what-we-mean-by
heading: ما المقصود ب concept=what-we-mean-by
body: تعريفات تالية weight=3 concept=defined-terms-intro
body: لأغراض هذه سياسة weight=2.5 concept=as-used-in-this-policy
body: يقصد ببيانات شخصية weight=3 concept=personal-data-means
body: محدد هوية أو قابل weight=2.5 concept=identifiable-person
body: شخص طبيعي weight=2 concept=identifiable-person
body: يشار إليه فيما بعد weight=2 concept=hereinafter
body: فيما بعد weight=1.5 concept=hereinafter
body: مستخدم weight=0.3 concept=user

[collection]
heading: معلومات التي نجمعها concept=what-we-collect
heading: بيانات التي نجمعها concept=what-we-collect
heading: نجمعها weight=2 concept=what-we-collect
heading: جمع معلومات concept=collection-of-information
heading: جمع بيانات concept=collection-of-information
heading: أنواع بيانات concept=categories-of-data
heading: كيف نجمع concept=how-we-collect
heading: مصادر معلومات concept=sources-of-information
heading: مصادر weight=2 concept=sources-of-information
body: نجمع weight=3 concept=we-collect
body: جمع weight=2.5 concept=we-collect
body: نحصل weight=2 concept=we-collect
body: تقدمها weight=2 concept=you-provide
body: اسم weight=1 concept=name
body: بريد إلكتروني weight=1.5 concept=contact-details
body: رقم هاتف weight=1.5 concept=contact-details
body: تاريخ ميلاد weight=1.5 concept=demographic-data
body: عنوان IP weight=2 concept=device-data
body: بروتوكول إنترنت weight=2 concept=device-data
body: معلومات جهاز weight=2 concept=device-data
body: نوع متصفح weight=1.5 concept=device-data
body: نظام تشغيل weight=1.5 concept=device-data
body: موقع جغرافي weight=1.5 concept=location-data
body: سجلات weight=1.5 concept=usage-data
body: تلقائيا weight=2 concept=automatically
body: تسجيل weight=1 concept=forms
body: مصادر weight=1.5 concept=sources
# A list of the data handled, announced in the text (en: "the following data is processed:").
body: البيانات التالية weight=2.5 concept=following-data
body: المعلومات التالية weight=2.5 concept=following-data
body: البيانات الشخصية التالية weight=2.5 concept=following-data
# Added with the shared concept inventory (concepts.txt).
heading: معلومات شخصية التي نجمعها concept=what-we-collect
heading: معلومات التي قد نجمعها concept=what-we-collect
heading: فئات بيانات شخصية concept=categories-of-data
heading: فئات معلومات شخصية concept=categories-of-data
heading: معلومات التي تقدمها لنا concept=information-you-provide
heading: بيانات التي تقدمها concept=information-you-provide
# A contact form as a processing activity (what the form collects), as en "Contact form"; "اتصل بنا" stays contact.
heading: نموذج الاتصال weight=3 concept=information-you-provide
heading: نموذج التواصل weight=3 concept=information-you-provide
heading: نموذج الاتصال بنا weight=3 concept=information-you-provide
heading: معلومات التي نجمعها تلقائيا concept=collected-automatically
heading: بيانات تجمع تلقائيا concept=collected-automatically
heading: مصادر بيانات شخصية concept=sources-of-information
body: تقدمه لنا weight=2 concept=you-provide
body: فئات بيانات weight=2.5 concept=data-categories
body: متاحة للعموم weight=2 concept=publicly-available
body: مصادر عامة weight=2 concept=publicly-available
body: عنوان بريدي weight=1.5 concept=contact-details
body: معرف جهاز weight=2 concept=device-data
body: بيانات موقع weight=2 concept=location-data
body: بيانات استخدام weight=2 concept=usage-data
body: ديموغرافية weight=1.5 concept=demographic-data
body: معلومات دفع weight=1 concept=payment-data
body: بطاقة ائتمان weight=1 concept=payment-data
body: نموذج weight=1.5 concept=forms
body: حساب weight=0.3 concept=account
body: معلومات weight=0.1 concept=information
body: بيانات weight=0.1 concept=information
# Headings asking which personal data are processed (GDPR style): "What personal data do we process?"
heading: ما هي البيانات الشخصية concept=what-we-collect
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: تقارير الأعطال concept=collected-automatically
heading: تقارير الأخطاء concept=collected-automatically
heading: بيانات التشخيص concept=collected-automatically
heading: السجلات concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: يبقى على جهازك weight=2 concept=on-device-data
heading: تبقى على جهازك weight=2 concept=on-device-data
heading: المعالجة المحلية weight=2 concept=on-device-data
heading: معالجة محليا weight=2 concept=on-device-data
heading: معالجتها محليا weight=2 concept=on-device-data
heading: البيانات المخزنة محليا weight=2 concept=on-device-data
heading: المعالجة على الجهاز weight=2 concept=on-device-data
body: تقارير الأعطال weight=2.5 concept=usage-data
body: تقارير التعطل weight=2.5 concept=usage-data
body: سجلات الأعطال weight=2.5 concept=usage-data
body: سجلات تصحيح الأخطاء weight=2.5 concept=usage-data
body: بيانات التشخيص weight=2 concept=usage-data
body: رمز الإشعارات weight=2.5 concept=device-data
body: رموز الإشعارات weight=2.5 concept=device-data
body: push token* weight=2.5 concept=device-data
# App permissions ("الأذونات"), as English "Permissions".
heading: الأذونات weight=2 concept=what-we-collect
heading: أذونات التطبيق concept=what-we-collect
heading: أذونات weight=2 concept=what-we-collect

[use]
heading: استخدام معلومات concept=use-of-information
heading: استخدام بيانات concept=use-of-information
heading: كيف نستخدم concept=how-we-use
heading: نستخدم weight=2 concept=how-we-use
# «استعمل» is the other common verb for use (نستعمل, استعمال البيانات).
heading: نستعمل weight=2 concept=how-we-use
heading: كيف نستعمل concept=how-we-use
heading: استعمال معلومات concept=use-of-information
heading: استعمال بيانات concept=use-of-information
heading: أغراض استخدام concept=purposes-of-processing
heading: أغراض معالجة concept=purposes-of-processing
heading: غرض من concept=why-we-collect
heading: أغراض weight=2 concept=purposes-of-processing
body: نستخدم weight=2 concept=we-use
body: استخدام weight=1 concept=we-use
body: نستعمل weight=2 concept=we-use
body: استعمال weight=1 concept=we-use
body: أغراض weight=2 concept=purposes
body: غرض weight=1.5 concept=purposes
body: تقديم خدمات weight=1.5 concept=to-provide
body: تحسين weight=1.5 concept=to-improve
body: تطوير weight=1 concept=to-develop
body: تخصيص weight=2 concept=to-personalise
body: تحليل weight=1.5 concept=to-analyse
body: إحصاءات weight=1.5 concept=to-analyse
body: هوية weight=1.5 concept=to-prevent-fraud
body: احتيال weight=1.5 concept=to-prevent-fraud
body: طلبات weight=1 concept=to-fulfil
body: دعم عملاء weight=1.5 concept=to-respond
body: أبحاث weight=1 concept=research
body: إرسال weight=0.5 concept=to-send
# Added with the shared concept inventory (concepts.txt).
heading: كيف نستخدم معلوماتك concept=how-we-use
heading: لماذا نجمع معلوماتك concept=why-we-collect
heading: لماذا نجمع بياناتك concept=why-we-collect
heading: غرض من جمع concept=why-we-collect
heading: معالجة بيانات شخصية concept=processing-of-personal-data
heading: كيف نعالج بياناتك شخصية concept=processing-of-personal-data
body: لأغراض تالية weight=2.5 concept=following-purposes
body: تنميط weight=2 concept=profiling
body: قرارات آلية weight=1.5 concept=automated-decisions
body: لتقديم weight=1.5 concept=to-provide
body: تنفيذ weight=1.5 concept=to-fulfil
body: إدارة حساب weight=1.5 concept=to-administer
body: لتحسين weight=1.5 concept=to-improve
body: تطوير منتجات جديدة weight=2 concept=to-develop
body: تواصل معك weight=2 concept=to-communicate
body: لإرسال weight=1 concept=to-send
body: رد على weight=1.5 concept=to-respond
body: استكشاف أخطاء weight=2 concept=to-troubleshoot
body: أبحاث سوق weight=2 concept=research
body: معالجة مدفوعات weight=1.5 concept=to-process-transactions
body: معالجة معاملات weight=1.5 concept=to-process-transactions
body: امتثال weight=1 concept=to-comply-with-law
# Purpose headings asked with other verbs and "(تتم معالجة بياناتك) للأغراض التالية".
heading: لماذا نعالج concept=why-we-collect
heading: لماذا نحتفظ concept=why-we-collect
heading: للأغراض التالية concept=purposes-of-processing
heading: للأغراض الآتية concept=purposes-of-processing
heading: القرار الآلي concept=automated-decision-making
heading: القرارات الآلية concept=automated-decision-making
heading: اتخاذ القرارات الآلية concept=automated-decision-making
heading: اتخاذ القرار الآلي concept=automated-decision-making
heading: اتخاذ القرارات المؤتمت concept=automated-decision-making
heading: القرارات المؤتمتة concept=automated-decision-making
heading: التنميط concept=automated-decision-making

[legal-basis]
heading: أساس قانوني weight=2 concept=legal-basis
heading: أسس قانونية weight=2 concept=legal-basis
heading: أساس نظامي weight=2 concept=legal-basis
heading: مسوغ قانوني concept=legal-basis
heading: أسس معالجة concept=legal-basis
heading: مسوغات نظامية concept=legal-basis
# "Legal basis", "legitimate interest", "on the basis of" stand in every subsection of a GDPR-style policy: in a text they weigh less than the practice described; the headings still name a legal-basis section.
body: أساس قانوني weight=2 concept=legal-basis-term
body: أسس weight=2 concept=legal-basis-term
body: أساس weight=1.5 concept=on-the-basis-of
body: مصلحة مشروعة weight=2 concept=legitimate-interests
body: مصالح مشروعة weight=2 concept=legitimate-interests
body: تنفيذ عقد weight=3 concept=performance-of-contract
body: عقد weight=1.5 concept=performance-of-contract
body: التزام قانوني weight=2.5 concept=legal-obligation
body: التزامات weight=2 concept=legal-obligation
body: مصلحة عامة weight=2 concept=public-interest
body: مصالح حيوية weight=2.5 concept=vital-interests
body: مشروعة weight=1.5 concept=lawful
body: نظامي weight=1.5 concept=lawful
body: موافقتك weight=1 concept=consent-as-basis
body: ضرورية weight=1 concept=necessary
# Added with the shared concept inventory (concepts.txt).
heading: لماذا يحق لنا معالجة بياناتك concept=why-allowed
heading: على أي أساس نعالج concept=why-allowed
body: حقوق وحريات أساسية weight=2.5 concept=balancing-test
body: مادة 6 weight=2 concept=article-6
body: معالجة ضرورية weight=2.5 concept=processing-necessary
body: بناء على weight=1 concept=on-the-basis-of
# Headings naming the basis of processing without "legal": "Basis for processing (personal data)".
heading: أساس معالجة concept=legal-basis
heading: أساس المعالجة concept=legal-basis
heading: يحق لنا معالجة concept=why-allowed
heading: يسمح لنا بمعالجة concept=why-allowed
heading: على أي أساس concept=why-allowed

[consent]
heading: موافقة concept=your-consent
heading: موافقتك concept=your-consent
heading: سحب موافقة weight=2 concept=withdrawal-of-consent
heading: سحب موافقتك weight=2 concept=withdrawal-of-consent
heading: حصول على موافقة concept=your-consent
heading: إلغاء موافقة concept=withdrawal-of-consent
body: موافقة weight=2 concept=you-consent
body: سحب weight=3 concept=withdraw
body: إلغاء weight=1.5 concept=withdraw
body: صريحة weight=2.5 concept=explicit-consent
body: مسبقة weight=2 concept=explicit-consent
body: توافق weight=1.5 concept=you-agree
body: نقر weight=1.5 concept=opt-in
body: مربع weight=2 concept=opt-in
body: أي وقت weight=1.5 concept=at-any-time
body: لا يؤثر weight=2 concept=without-affecting-lawfulness
body: قبل سحب weight=2 concept=without-affecting-lawfulness
body: رفض weight=1
# Added with the shared concept inventory (concepts.txt).
heading: كيفية سحب موافقة concept=withdrawal-of-consent
body: توافق على weight=2.5 concept=you-consent
body: طوعية weight=2.5 concept=freely-given
body: إذن weight=1.5 concept=permission
body: غيرت رأيك weight=2 concept=change-your-mind

[sharing]
heading: مشاركة weight=1.5 concept=sharing-of-information
heading: مشاركة معلومات concept=sharing-of-information
heading: مشاركة بيانات concept=sharing-of-information
heading: إفصاح weight=2 concept=disclosure-of-information
heading: إفصاح عن concept=disclosure-of-information
heading: كشف عن concept=disclosure-of-information
heading: مع من نشارك concept=who-we-share-with
heading: لمن concept=who-we-share-with
heading: من يتلقى concept=who-we-share-with
heading: من يحصل على concept=who-we-share-with
heading: من لديه حق الوصول إلى concept=who-we-share-with
heading: مع من نتشارك concept=who-we-share-with
heading: نشارك concept=how-we-share
body: نشارك weight=3 concept=share
body: مشاركة weight=2 concept=share
body: إفصاح weight=2.5 concept=disclose
body: نفصح weight=2.5 concept=disclose
body: كشف weight=1.5 concept=disclose
body: طرف ثالث weight=2 concept=third-parties-term
body: أطراف ثالثة weight=2 concept=third-parties-term
body: مقدمي خدمات weight=2 concept=service-providers
body: مزودي خدمات weight=2 concept=service-providers
body: شركات تابعة weight=2 concept=affiliates
body: شركاء weight=1.5 concept=business-partners
body: اندماج weight=2.5 concept=corporate-transaction
body: استحواذ weight=2.5 concept=corporate-transaction
body: بيع weight=1.5 concept=sell
body: نبيع weight=2 concept=sell
body: جهات حكومية weight=2 concept=authorities
body: سلطات weight=1.5 concept=authorities
body: أمر محكمة weight=2.5 concept=legal-process
body: إنفاذ قانون weight=2 concept=authorities
# Added with the shared concept inventory (concepts.txt).
heading: كيف نشارك معلوماتك concept=how-we-share
heading: أطراف ثالثة concept=third-parties
heading: مشاركة مع أطراف ثالثة concept=third-parties
heading: مقدمو خدمات concept=service-providers-heading
heading: مزودو خدمات concept=service-providers-heading
heading: نقل أعمال concept=business-transfers
heading: عمليات اندماج واستحواذ concept=business-transfers
heading: طلبات قانونية concept=legal-requests
heading: إجراءات قانونية concept=legal-requests
heading: هل نبيع معلوماتك concept=sale-of-information
heading: بيع معلومات شخصية concept=sale-of-information
body: نيابة عنا weight=1.5 concept=on-our-behalf
body: شركاء أعمال weight=1.5 concept=business-partners
body: مستلمين weight=2 concept=recipients
body: جهات مستلمة weight=2 concept=recipients
body: إفلاس weight=2.5 concept=corporate-transaction
body: إعادة هيكلة weight=2 concept=corporate-transaction
body: مذكرة استدعاء weight=2.5 concept=legal-process
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: نقل البيانات إلى أطراف ثالثة concept=transfer-to-third-parties
heading: نقل البيانات الشخصية إلى أطراف ثالثة concept=transfer-to-third-parties
heading: نقل البيانات إلى الغير concept=transfer-to-third-parties
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: الاستضافة concept=service-providers-heading
heading: مزود الاستضافة concept=service-providers-heading
heading: شبكة توصيل المحتوى concept=service-providers-heading
heading: معالجو البيانات concept=service-providers-heading
heading: مراقبة الأخطاء concept=service-providers-heading
body: استضافة weight=2 concept=service-providers
body: مستضاف weight=2.5 concept=service-providers
body: مزود استضافة weight=2.5 concept=service-providers
body: شبكة توصيل محتوى weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: منصة سحابية weight=2 concept=service-providers
body: حوسبة سحابية weight=2 concept=service-providers
body: مزود خدمات سحابية weight=2.5 concept=service-providers
body: مراقبة أخطاء weight=2 concept=service-providers
body: اتفاقية معالجة بيانات weight=2 concept=service-providers
# "لمن يتم إعطاء البيانات الشخصية؟" (to whom is personal data given).
heading: إعطاء البيانات concept=who-we-share-with
# Cloud sync and backup: the data goes to a third-party cloud (iCloud, Google Drive).
body: icloud weight=2 concept=service-providers
body: google drive weight=2 concept=service-providers
# "To whom is personal data given/provided?": "لمن يتم إعطاء البيانات الشخصية؟", "لمن نقدم بياناتك".
heading: لمن يتم إعطاء concept=who-we-share-with
heading: لمن يتم تقديم concept=who-we-share-with
heading: لمن نقدم concept=who-we-share-with
# Disclosure required by law ("Other legal requirements"), as English "Legal requirements".
heading: المتطلبات القانونية concept=legal-requests
heading: متطلبات قانونية concept=legal-requests
heading: المتطلبات القانونية الأخرى weight=2 concept=legal-requests
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: المدفوعات weight=2 concept=payments-purchases
heading: معالجة المدفوعات weight=3 concept=payments-purchases
heading: عمليات الشراء داخل التطبيق weight=2 concept=payments-purchases
heading: المشتريات داخل التطبيق weight=2 concept=payments-purchases
heading: الاشتراكات weight=2 concept=payments-purchases

[cookies]
heading: ملفات تعريف ارتباط weight=2 concept=cookies
heading: تعريف ارتباط concept=cookies
heading: كوكيز weight=2 concept=cookies
heading: سياسة ملفات تعريف ارتباط concept=cookies
heading: تقنيات تتبع concept=tracking-technologies
heading: تقنيات مشابهة concept=tracking-technologies
body: ملفات تعريف ارتباط weight=3 concept=cookie
body: تعريف ارتباط weight=3 concept=cookie
body: كوكيز weight=3 concept=cookie
body: cookies weight=3 concept=cookie
body: ملفات نصية weight=2.5 concept=text-files
body: إشارات ويب weight=3 concept=web-beacon
body: منارات ويب weight=3 concept=web-beacon
body: بكسل weight=2.5 concept=web-beacon
body: متصفح weight=1.5 concept=browser
body: تقنيات مشابهة weight=2 concept=tracking-technology
body: تقنيات مماثلة weight=2 concept=tracking-technology
body: تتبع weight=1.5 concept=tracking-technology
body: Google Analytics weight=2.5 concept=analytics-term
body: تحليلات weight=1.5 concept=analytics-term
# Bare «إعدادات» (settings) is in [choices]; here only the browser's settings.
body: تعطيل weight=1 concept=browser-settings
body: جلسة weight=1.5 concept=cookie-lifetime
# Added with the shared concept inventory (concepts.txt).
heading: إشارات ويب concept=web-beacons
heading: علامات بكسل concept=web-beacons
heading: ملفات سجل concept=log-files
heading: تحليلات concept=analytics
body: تخزين محلي weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: دائمة weight=2 concept=cookie-lifetime
body: ضرورية للغاية weight=2.5 concept=cookie-categories
body: وظيفية weight=1.5 concept=cookie-categories
body: ملفات سجل weight=2 concept=log-file
body: SDK weight=2 concept=sdk
body: بصمة جهاز weight=2.5 concept=fingerprinting
body: إعدادات متصفح weight=1.5 concept=browser-settings
body: جهاز weight=0.5 concept=device
heading: تحليلات الويب concept=analytics

[advertising]
heading: إعلانات weight=2 concept=advertising
heading: إعلان concept=advertising
heading: تسويق weight=2 concept=marketing
heading: إعلانات مخصصة concept=interest-based-advertising
heading: اتصالات تسويقية concept=marketing-communications
heading: تسويق مباشر concept=marketing
body: إعلانات weight=2 concept=ads
body: إعلان weight=1.5 concept=ads
body: تسويق weight=2 concept=marketing-purposes
body: تسويقية weight=2 concept=marketing-messages
body: رسائل تسويقية weight=2.5 concept=marketing-messages
body: مخصصة weight=1.5 concept=interest-based
body: معلنين weight=2.5 concept=ad-networks
body: شبكات إعلانية weight=3 concept=ad-networks
body: اهتمامات weight=2 concept=interests
body: عروض weight=1.5 concept=promotions
body: ترويجية weight=2 concept=promotions
body: خصومات weight=1.5 concept=promotions
body: نشرة إخبارية weight=2 concept=marketing-messages
body: حملات weight=1.5
body: معرف إعلانات weight=2.5
body: استهداف weight=2 concept=interest-based
# Added with the shared concept inventory (concepts.txt).
heading: إعلانات وتسويق concept=advertising
heading: إعلانات قائمة على اهتمامات concept=interest-based-advertising
heading: إعلانات مستهدفة concept=interest-based-advertising
heading: اتصالات ترويجية concept=marketing-communications
heading: إعلانات جهات خارجية concept=third-party-advertising
heading: شبكات إعلانية concept=third-party-advertising
body: إعادة استهداف weight=3 concept=retargeting
body: أغراض تسويقية weight=2 concept=marketing-purposes
body: قياس فعالية weight=2 concept=ad-measurement
# Industry opt-out programmes, usually cited by their English names.
body: network advertising initiative weight=3 concept=ad-industry-programs
body: digital advertising alliance weight=3 concept=ad-industry-programs
body: your online choices weight=2.5 concept=ad-industry-programs
body: تحالف الإعلان الرقمي weight=3 concept=ad-industry-programs

[do-not-track]
heading: عدم تتبع weight=2 concept=do-not-track
heading: إشارات عدم تتبع concept=do-not-track
heading: طلب عدم تتبع concept=do-not-track
heading: Do Not Track concept=do-not-track
heading: DNT concept=do-not-track
heading: تحكم عالمي في خصوصية concept=global-privacy-control
body: Do Not Track weight=3 concept=dnt-signal
body: DNT weight=3 concept=dnt-signal
body: GPC weight=3 concept=gpc-signal
body: Global Privacy Control weight=3 concept=gpc-signal
body: إشارات weight=3 concept=dnt-signal
body: إشارة weight=2.5 concept=dnt-signal
body: عدم تتبع weight=2.5 concept=dnt-signal
body: متصفح weight=1 concept=browser-dnt
body: نستجيب weight=2 concept=do-not-respond
body: استجابة weight=1.5 concept=do-not-respond
body: معيار weight=1.5 concept=no-uniform-standard
body: موحد weight=1.5 concept=no-uniform-standard
body: صناعة weight=1 concept=no-uniform-standard
body: آلية weight=1
# Added with the shared concept inventory (concepts.txt).
heading: Global Privacy Control concept=global-privacy-control
heading: إشارات تفضيل concept=preference-signals
heading: إشارات متصفح concept=preference-signals
body: إشارة تفضيل weight=3 concept=opt-out-preference-signal
body: إشارات متصفح weight=2.5 concept=opt-out-preference-signal
body: لا نستجيب weight=2.5 concept=do-not-respond
body: نحترم weight=1.5 concept=honor-signals
body: عبر مواقع weight=2.5 concept=cross-site-tracking

[choices]
heading: خياراتك weight=2 concept=your-choices
heading: اختياراتك concept=your-choices
heading: خيارات concept=your-choices
heading: إلغاء اشتراك weight=3 concept=unsubscribing   # also in headings naming marketing messages
heading: انسحاب concept=opting-out
heading: إدارة تفضيلاتك concept=managing-preferences
heading: تحكم في معلوماتك concept=your-choices
body: خيارات weight=2 concept=choose-not-to
body: اختيار weight=1.5 concept=choose-not-to
body: إلغاء اشتراك weight=2.5 concept=unsubscribe
body: انسحاب weight=2.5 concept=opt-out
body: إلغاء weight=1.5 concept=unsubscribe
body: رفض weight=1.5 concept=decline
body: تفضيلات weight=2 concept=preferences
body: إعدادات weight=1 concept=settings
body: تعطيل weight=1.5 concept=disable
body: إيقاف weight=1.5 concept=disable
body: عدم تقديم weight=2 concept=choose-not-to
body: لا تتمكن weight=2 concept=consequences-of-refusal
body: تحكم weight=1
body: اشتراك weight=1
body: إشعارات weight=1 concept=device-permissions
# Added with the shared concept inventory (concepts.txt).
heading: كيفية انسحاب concept=opting-out
heading: إلغاء اشتراك وانسحاب concept=opting-out
heading: تفضيلات تواصل concept=managing-preferences
body: إيقاف تلقي weight=2.5 concept=unsubscribe
body: رسائل ترويجية weight=2 concept=promotional-emails
body: إعدادات حساب weight=2 concept=settings
body: إشعارات فورية weight=2 concept=device-permissions
body: خدمات موقع weight=2 concept=device-permissions
body: أسفل weight=1.5 concept=unsubscribe-link
body: تلقي weight=0.5 concept=receive

[rights]
heading: حقوقك weight=2 concept=your-rights
heading: حقوق weight=1.5 concept=your-rights
heading: حقوق أصحاب بيانات concept=your-rights
heading: ممارسة حقوقك concept=exercising-rights
heading: حق وصول concept=access-and-correction
heading: حقوق قانونية concept=your-rights
heading: وصول weight=1.5 concept=access-and-correction
heading: تحديث معلومات concept=access-and-correction
body: حقوق weight=2
body: حق weight=1.5
body: ممارسة weight=2.5 concept=exercise-rights
body: وصول weight=2 concept=access
body: نسخة weight=2 concept=copy-of-data
body: تصحيح weight=3 concept=rectification
body: تعديل weight=1.5 concept=rectification
body: حذف weight=2 concept=erasure
body: محو weight=2.5 concept=erasure
body: تقييد weight=2.5 concept=restriction
body: اعتراض weight=3 concept=right-to-object
body: قابلية نقل weight=2.5 concept=portability
body: نقل بيانات weight=2 concept=portability
body: شكوى weight=2 concept=complaint-to-authority
body: سلطة إشرافية weight=2.5 concept=complaint-to-authority
body: جهة رقابية weight=2 concept=complaint-to-authority
body: طلب weight=1 concept=request
# Added with the shared concept inventory (concepts.txt).
heading: وصول وتصحيح concept=access-and-correction
heading: تقديم طلب concept=exercising-rights
heading: كيفية ممارسة حقوقك concept=exercising-rights
heading: وكلاء معتمدون concept=authorized-agents
heading: وكيل مفوض concept=authorized-agents
heading: الوصول إلى بياناتي concept=access-and-correction
heading: تصحيح بياناتي concept=access-and-correction
heading: تعديل بياناتي concept=access-and-correction
heading: ما هي حقوقي concept=your-rights
body: حق وصول weight=3 concept=right-of-access
body: حق اطلاع weight=3 concept=right-of-access
body: غير دقيقة weight=2 concept=rectification
body: حق في نسيان weight=3 concept=erasure
body: تحقق من هويتك weight=2 concept=verify-identity
body: وكيل مفوض weight=2.5 concept=authorized-agent
body: تمييز weight=1.5 concept=non-discrimination
body: أصحاب بيانات weight=2 concept=data-subject-rights

[retention]
heading: احتفاظ weight=2 concept=data-retention
heading: مدة احتفاظ concept=retention-period
heading: فترة احتفاظ concept=retention-period
heading: نحتفظ concept=how-long-we-keep
heading: مدة تخزين concept=retention-period
body: احتفاظ weight=3 concept=retain
body: نحتفظ weight=3 concept=retain
body: مدة weight=2 concept=retention-criteria
body: فترة weight=2 concept=retention-criteria
body: طالما weight=2 concept=as-long-as-necessary
body: لم تعد weight=2 concept=no-longer-needed
body: إتلاف weight=2.5 concept=destroy
body: إخفاء هوية weight=2 concept=anonymise
body: انتهاء weight=1.5 concept=no-longer-needed
body: تقادم weight=2.5 concept=legal-retention-requirements
body: أرشفة weight=1.5 concept=archive
body: حذف weight=1 concept=destroy
body: ضروري weight=1 concept=as-long-as-necessary
body: تخزين weight=1 concept=store
body: سنوات weight=0.5 concept=years
# Added with the shared concept inventory (concepts.txt).
heading: احتفاظ ببيانات concept=data-retention
heading: كم من وقت نحتفظ concept=how-long-we-keep
heading: مدة احتفاظنا ببياناتك concept=how-long-we-keep
heading: تخزين واحتفاظ concept=storage-and-retention
heading: احتفاظ وحذف concept=retention-and-deletion
heading: احتفاظ بالبيانات وحذفها concept=retention-and-deletion
heading: كيف نخزن concept=storage-and-retention
heading: كيف نحتفظ concept=storage-and-retention
heading: كيف يتم تخزين concept=storage-and-retention
body: طالما كان ذلك ضروريا weight=3 concept=as-long-as-necessary
body: لم تعد ضرورية weight=2.5 concept=no-longer-needed
body: معايير weight=2 concept=retention-criteria
body: حسابات غير نشطة weight=2 concept=inactive-accounts
body: حفظ weight=1.5 concept=keep

[security]
heading: أمن weight=1.5 concept=data-security
heading: أمان weight=1.5 concept=data-security
heading: أمن معلومات concept=data-security
heading: أمن بيانات concept=data-security
heading: حماية بيانات concept=how-we-protect
heading: تدابير أمنية concept=security-measures
heading: كيف نحمي concept=how-we-protect
heading: إجراءات أمنية concept=security-measures
body: أمن weight=2 concept=secure
body: أمان weight=2 concept=secure
body: تدابير weight=2 concept=safeguards
body: إجراءات أمنية weight=2.5 concept=safeguards
body: أمنية weight=1.5 concept=secure
body: تشفير weight=3 concept=encryption
body: وصول غير مصرح weight=3 concept=unauthorized-access
body: غير مصرح weight=2.5 concept=unauthorized-access
body: فقدان weight=2 concept=loss-misuse-alteration
body: سرقة weight=1.5 concept=loss-misuse-alteration
body: اختراق weight=2.5 concept=breach
body: جدار حماية weight=2.5 concept=technical-controls
body: جدران حماية weight=2.5 concept=technical-controls
body: SSL weight=3 concept=encryption
body: TLS weight=2.5 concept=encryption
body: سرية weight=1.5 concept=confidentiality
body: ضمان weight=0.5 concept=ensure
# Added with the shared concept inventory (concepts.txt).
heading: حماية معلوماتك concept=how-we-protect
body: تدابير تقنية وتنظيمية weight=3 concept=technical-organisational-measures
body: ضمانات weight=2.5 concept=safeguards
body: مادية weight=1.5 concept=physical-safeguards
body: كلمات مرور weight=2 concept=technical-controls
body: ضوابط وصول weight=2.5 concept=technical-controls
body: حادث أمني weight=3 concept=breach
body: سوء استخدام weight=2 concept=loss-misuse-alteration
body: لا يمكننا ضمان weight=2.5 concept=no-guarantee
body: آمنة تماما weight=2.5 concept=no-guarantee
body: معايير صناعة weight=2 concept=industry-standard
body: نحمي weight=1 concept=protect
body: حماية weight=1 concept=protect
# Personal-data breaches and their notification: a security topic.
heading: خرق البيانات concept=data-security
heading: اختراق البيانات concept=data-security
heading: انتهاك البيانات الشخصية concept=data-security
heading: حوادث أمنية concept=data-security
heading: التشفير concept=data-security
body: خرق البيانات weight=3 concept=breach

[children]
heading: أطفال weight=2 concept=childrens-privacy
heading: خصوصية أطفال concept=childrens-privacy
heading: قاصرون concept=minors
heading: قاصرين concept=minors
heading: بيانات أطفال concept=childrens-privacy
heading: دون سن concept=age-limits
body: أطفال weight=3 concept=children
body: طفل weight=2.5 concept=children
body: قاصرين weight=3 concept=minors-teens
body: قاصر weight=2.5 concept=minor
body: دون سن weight=3 concept=age-threshold
body: أقل من weight=1 concept=age-threshold
body: عاما weight=1 concept=age-threshold
body: سن weight=1.5 concept=age
body: عمر weight=1.5 concept=age
body: والدين weight=2.5 concept=parents-guardians
body: ولي أمر weight=3 concept=parents-guardians
body: أولياء أمور weight=2.5 concept=parents-guardians
body: وصي weight=2 concept=parents-guardians
body: سن رشد weight=2.5 concept=age-threshold
body: COPPA weight=2.5 concept=coppa
# Added with the shared concept inventory (concepts.txt).
heading: قيود عمرية concept=age-limits
heading: أطفال دون سن 13 concept=age-limits
heading: استخدام قاصرين لخدماتنا concept=minors
body: موافقة والدين weight=3 concept=parental-consent
body: موافقة ولي أمر weight=3 concept=parental-consent
body: مراهقين weight=2.5 concept=minors-teens
body: عن علم weight=3 concept=knowingly-collect
body: غير موجهة weight=2 concept=not-directed-to-children
body: إذا علمنا weight=2 concept=if-we-learn

[international]
heading: نقل دولي weight=2 concept=international-transfers
heading: نقل بيانات concept=data-transfers
heading: خارج weight=1.5 concept=international-transfers
heading: عبر حدود weight=2 concept=international-transfers
heading: دوليا concept=international-transfers
heading: مكان تخزين concept=where-we-store
heading: نقل معلومات concept=data-transfers
body: دولي weight=2.5 concept=cross-border
body: دوليا weight=2.5 concept=cross-border
body: عبر حدود weight=3 concept=cross-border
body: خارج weight=2 concept=other-countries
body: دول أخرى weight=2.5 concept=other-countries
body: بلدان أخرى weight=2.5 concept=other-countries
body: بلد weight=1 concept=other-countries
body: نقل weight=1 concept=transfer
# A bare خوادم is any server: the location needs a place word.
body: خوادم weight=0.5 concept=server-location
body: خوادم تقع weight=2 concept=server-location
body: خوادم موجودة weight=2 concept=server-location
body: خوادم الموجودة weight=2 concept=server-location
body: خوادم خارج weight=2 concept=server-location
body: موقع خوادم weight=2 concept=server-location
body: مستوى حماية weight=2 concept=less-protective
body: ملائم weight=1.5 concept=adequacy
# One sentence on transfers to the USA (standard clauses, adequacy) in a subsection on a social network or a cloud service must not outweigh its practice: lighter transfer terms.
body: بنود تعاقدية قياسية weight=2 concept=transfer-safeguards
body: شروط تعاقدية نموذجية weight=2 concept=transfer-safeguards
body: منطقة اقتصادية أوروبية weight=2 concept=eea
body: ولاية قضائية weight=2 concept=jurisdictions
body: تقع weight=1 concept=server-location
body: تخزين weight=1 concept=server-location
# Added with the shared concept inventory (concepts.txt).
heading: أين نخزن معلوماتك concept=where-we-store
heading: موقع معالجة concept=where-we-store
heading: نقل بيانات عبر حدود concept=international-transfers
heading: أين نخزن concept=where-we-store
heading: أين يتم تخزين concept=where-we-store
heading: تخزين البيانات weight=1 concept=where-we-store
body: قواعد مؤسسية ملزمة weight=3 concept=transfer-safeguards
body: ضمانات مناسبة weight=2 concept=transfer-safeguards
body: قرار كفاية weight=2 concept=adequacy
body: ولايات متحدة weight=1 concept=united-states
body: إطار خصوصية بيانات weight=2.5 concept=privacy-frameworks
body: درع خصوصية weight=2 concept=privacy-frameworks
body: جميع أنحاء عالم weight=1.5 concept=around-the-world

[regional]
heading: كاليفورنيا weight=2 concept=california
heading: سكان ولاية concept=us-state-rights
heading: مقيمون concept=jurisdiction-specific
heading: منطقة اقتصادية أوروبية concept=eea-gdpr-notice
heading: أحكام خاصة concept=jurisdiction-specific
heading: إشعارات إقليمية concept=jurisdiction-specific
heading: مناطق معينة concept=jurisdiction-specific
body: كاليفورنيا weight=3 concept=california-law
body: ولاية weight=1.5 concept=state
body: مقيمين weight=2 concept=residents
body: سكان weight=2 concept=residents
body: منطقة اقتصادية أوروبية weight=2 concept=eu-gdpr
body: اتحاد أوروبي weight=2 concept=eu-gdpr
body: مملكة متحدة weight=1.5
body: سويسرا weight=1.5
body: ولايات متحدة weight=1.5
body: نيفادا weight=2.5 concept=us-states
body: برازيل weight=2 concept=brazil-lgpd
body: CCPA weight=2.5 concept=california-law
body: CPRA weight=2 concept=california-law
body: قوانين محلية weight=1.5
body: منطقة weight=1
# Added with the shared concept inventory (concepts.txt).
heading: سكان كاليفورنيا concept=california
heading: حقوق خصوصية في كاليفورنيا concept=california
heading: سكان نيفادا concept=us-state-rights
heading: حقوق خصوصية في ولايات أمريكية concept=us-state-rights
heading: امتثال للائحة عامة لحماية بيانات concept=eea-gdpr-notice
heading: اتحاد أوروبي weight=2 concept=eea-gdpr-notice
heading: مقيمين concept=jurisdiction-specific   # المقيمين في ...: ين is not stripped
body: مستهلكين weight=1.5 concept=consumers
body: عدم بيع weight=3 concept=do-not-sell
body: بيع أو مشاركة weight=3 concept=do-not-sell
body: حوافز مالية weight=3 concept=financial-incentives
body: 12 شهرا سابقة weight=3 concept=preceding-12-months
body: GDPR weight=2.5 concept=eu-gdpr
body: LGPD weight=3 concept=brazil-lgpd
body: كندا weight=2 concept=canada-pipeda
body: فرجينيا weight=3 concept=us-states
body: كولورادو weight=3 concept=us-states
body: إعلانات سلوكية عبر سياقات weight=3 concept=cross-context-advertising
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
heading: ملاحق إقليمية concept=jurisdiction-specific
heading: ملحق إقليمي concept=jurisdiction-specific
heading: قوانين الخصوصية الأمريكية concept=us-state-rights
heading: يابان weight=1 concept=jurisdiction-specific
heading: جمهورية كوريا weight=1 concept=jurisdiction-specific
heading: كوريا الجنوبية weight=1 concept=jurisdiction-specific
heading: مملكة المتحدة weight=1 concept=jurisdiction-specific

[third-party-sites]
heading: روابط weight=2 concept=links-to-other-sites
heading: مواقع أطراف ثالثة concept=third-party-websites
heading: مواقع أخرى concept=third-party-websites
heading: روابط خارجية concept=links-to-other-sites
heading: طرف ثالث concept=third-party-services
heading: جهات خارجية concept=third-party-services
heading: مواقع خارجية concept=third-party-websites
heading: مواقع weight=2 concept=third-party-websites
heading: مواقع إلكترونية weight=2 concept=third-party-websites
body: روابط weight=3 concept=links
body: رابط weight=2.5 concept=links
body: مواقع أخرى weight=2.5 concept=other-sites
body: خارجية weight=1.5 concept=other-sites
body: جهات خارجية weight=2 concept=other-sites
body: لسنا مسؤولين weight=3 concept=not-responsible
body: مسؤولين weight=1.5 concept=not-responsible
body: مسؤولية weight=1.5 concept=not-responsible
body: لا نتحكم weight=2.5 concept=not-responsible
body: ممارسات weight=1.5 concept=their-privacy-policies
body: مكونات إضافية weight=2.5 concept=plugins
body: تواصل اجتماعي weight=1.5 concept=plugins
body: منصات weight=1
body: سياسات خصوصية weight=1 concept=their-privacy-policies
body: مراجعة weight=0.5 concept=review
# Added with the shared concept inventory (concepts.txt).
heading: روابط لمواقع أخرى concept=links-to-other-sites
heading: خدمات أطراف ثالثة concept=third-party-services
heading: مكونات وسائل تواصل اجتماعي concept=social-media-plugins
heading: ميزات وسائل تواصل اجتماعي concept=social-media-plugins
heading: سياسات خصوصية أطراف ثالثة concept=third-party-privacy-policies
heading: ممارسات خصوصية أطراف ثالثة concept=third-party-privacy-policies
body: تطبيقات أطراف ثالثة weight=2 concept=third-party-applications
body: سياسات خصوصية خاصة بها weight=3 concept=their-privacy-policies
body: نشجعك weight=2.5 concept=encourage-review
body: مغادرة موقعنا weight=2.5 concept=leave-our-site
body: محتوى weight=0.5 concept=content
# Headings on the company's presence on social networks (concept social-media-presence).
heading: وسائل التواصل الاجتماعي concept=social-media-presence
heading: شبكات التواصل الاجتماعي concept=social-media-presence
heading: مواقع التواصل الاجتماعي concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: المعلومات التي تجمعها أطراف ثالثة concept=third-party-data-collection
heading: البيانات التي تجمعها أطراف أخرى concept=third-party-data-collection
heading: تجمعها جهات خارجية concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: المحتوى المضمن concept=third-party-services
heading: محتوى الجهات الخارجية concept=third-party-services
heading: محتوى الطرف الثالث concept=third-party-services
heading: مقاطع الفيديو المضمنة concept=third-party-services
heading: خدمات الجهات الخارجية concept=third-party-services
heading: مكتبات الطرف الثالث concept=third-party-services
heading: المزامنة السحابية concept=third-party-services
heading: مزامنة سحابية concept=third-party-services
heading: النسخ الاحتياطي على icloud concept=third-party-services
heading: النسخ الاحتياطي السحابي concept=third-party-services
heading: المكونات الإضافية concept=social-media-plugins
body: مضمن weight=2.5 concept=plugins
body: تضمين weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: محتوى جهات خارجية weight=3 concept=other-sites
body: محتوى طرف ثالث weight=3 concept=other-sites
body: محتوى أطراف ثالثة weight=3 concept=other-sites
body: youtube weight=2 concept=plugins
body: يوتيوب weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: خرائط جوجل weight=2.5 concept=plugins
body: وضع الخصوصية المحسن weight=2.5 concept=plugins
body: سجلت الدخول إلى حسابك weight=1.5 concept=plugins
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: اتصالات الشبكة weight=2 concept=network-connections
heading: طلبات الشبكة weight=2 concept=network-connections
heading: الاتصالات الخارجية weight=2 concept=network-connections
heading: يغادر جهازك weight=2 concept=network-connections
heading: تغادر جهازك weight=2 concept=network-connections
heading: يمر عبر الإنترنت weight=2 concept=network-connections
heading: ترسل عبر الإنترنت weight=2 concept=network-connections
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
heading: تغييرات weight=2 concept=changes-to-policy
heading: تعديلات weight=2 concept=amendments
heading: تحديثات concept=policy-updates
heading: تغييرات على concept=changes-to-policy
heading: تعديل سياسة concept=changes-to-policy
heading: تحديث سياسة concept=policy-updates
heading: تغيير concept=changes-to-policy
body: تغييرات weight=2 concept=change-update
body: تغيير weight=1.5 concept=change-update
body: تعديلات weight=2 concept=change-update
body: تعديل weight=1.5 concept=change-update
body: تحديث weight=1.5 concept=change-update
body: تحديثات weight=1.5 concept=change-update
body: آخر تحديث weight=3 concept=effective-date
body: تاريخ سريان weight=3 concept=effective-date
body: سريان weight=2 concept=effective-date
body: نافذة weight=1.5 concept=effective-immediately
body: وقت لآخر weight=2.5 concept=from-time-to-time
body: نسخة محدثة weight=2 concept=latest-version
body: جوهرية weight=2.5 concept=material-changes
body: استمرارك weight=2 concept=continued-use
body: إخطار weight=1.5 concept=notify-you
body: نشر weight=1 concept=posting
# Added with the shared concept inventory (concepts.txt).
heading: تغييرات على هذه سياسة concept=changes-to-policy
heading: إشعار بالتغييرات concept=notification-of-changes
heading: إخطار بالتغييرات concept=notification-of-changes
heading: مراجعات concept=amendments
heading: تاريخ السريان concept=entry-into-force
heading: تاريخ النفاذ concept=entry-into-force
heading: أحكام ختامية concept=entry-into-force
heading: تعديل سياسة الخصوصية concept=changes-to-policy
heading: تحديث سياسة الخصوصية concept=policy-updates
heading: تعديلات على سياسة concept=amendments
body: بشكل دوري weight=2.5 concept=from-time-to-time
body: استمرار في استخدام weight=3 concept=continued-use
body: مراجعة هذه سياسة weight=2.5 concept=check-back
body: أحدث نسخة weight=2 concept=latest-version
body: فور نشر weight=2.5 concept=effective-immediately
body: نحتفظ بالحق weight=2 concept=reserve-the-right
body: نسخة weight=1 concept=version
body: إشعار weight=0.5 concept=notice
# Where a changed policy is posted: "(we will post the new policy) on this page".
body: على هذه الصفحة weight=1 concept=posting
body: في هذه الصفحة weight=1 concept=posting

[contact]
heading: اتصل بنا weight=2 concept=contact-us
heading: تواصل معنا weight=2 concept=contact-us
heading: معلومات اتصال concept=contact-information
heading: كيفية تواصل concept=how-to-contact
heading: استفسارات concept=questions
heading: مسؤول حماية بيانات concept=data-protection-officer
heading: اتصال concept=contact-us
body: اتصال weight=2 concept=please-contact
body: تواصل weight=2 concept=please-contact
body: استفسارات weight=2.5 concept=questions-comments
body: أسئلة weight=1.5 concept=questions-comments
body: بريد إلكتروني weight=1.5 concept=by-email
body: هاتف weight=1.5 concept=telephone
body: عنوان weight=1 concept=address
body: مسؤول حماية بيانات weight=3 concept=dpo
body: شكاوى weight=1.5 concept=questions-comments
body: مراسلة weight=2 concept=please-contact
body: صندوق بريد weight=2 concept=postal-address
body: خدمة عملاء weight=2 concept=customer-service
body: رد weight=1.5
# Not bare «مسؤول»: it is «responsible» as often as «officer» (المسؤول عن المعالجة).
body: مسؤول خصوصية weight=3 concept=dpo
body: نموذج weight=1 concept=please-contact
# Added with the shared concept inventory (concepts.txt).
heading: كيفية اتصال بنا concept=how-to-contact
heading: بيانات اتصال concept=contact-information
heading: أسئلة concept=questions
heading: أسئلة واستفسارات concept=questions
body: يرجى تواصل weight=3 concept=please-contact
body: عنوان بريدي weight=2 concept=postal-address
body: عبر بريد إلكتروني weight=1.5 concept=by-email
heading: معلومات المشغل concept=contact-information
# The controller's identity and address (art. 13 GDPR): "المتحكم في البيانات", "الجهة المسؤولة".
heading: المتحكم في البيانات concept=contact-information
heading: المتحكم concept=contact-information
heading: مراقب البيانات concept=contact-information
heading: هوية المتحكم concept=contact-information
heading: الجهة المسؤولة concept=contact-information
heading: بمن يمكنني الاتصال concept=how-to-contact
heading: مع من يمكنني التواصل concept=how-to-contact
heading: كيف يمكنني التواصل concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no cue inside it
# counts. Written whole, like boilerplate headings.
# Protection from legal liability is a ground for disclosure, not a security practice.
الحماية من المسؤولية القانونية
# A software update is not a change to the policy.
تحديثات البرامج
تحديث التطبيق
تحديثات التطبيق
التحقق من التحديثات
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
