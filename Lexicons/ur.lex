# Urdu lexicon: Urdu as written in Pakistan and India, in the Arabic script of Nastaliq
# usage, with the Urdu letters ٹ ڈ ڑ ں ے ھ and the forms ہ (U+06C1), ی (U+06CC) and
# ک (U+06A9). Nastaliq is a typeface style only: the characters are the same as in Naskh
# text, so nothing in the entries depends on it.
#
# Legal vocabulary: Pakistan has no data-protection act in force; policies cite the
# Prevention of Electronic Crimes Act 2016 (PECA, «الیکٹرانک جرائم کی روک تھام کا ایکٹ»)
# and the pending Personal Data Protection Bill, and Indian Urdu policies the DPDP Act
# 2023 (ڈیجیٹل پرسنل ڈیٹا پروٹیکشن ایکٹ, no canonical id yet, like hi.lex). Wording mixes
# native terms and English loans, both listed: ذاتی معلومات / ذاتی ڈیٹا, رازداری کی
# پالیسی / پرائیویسی پالیسی, رضامندی, قانونی بنیاد, جائز مفادات, کوکیز, تیسرے فریق /
# فریق ثالث, ڈیٹا کنٹرولر.
#
# Writing conventions:
# - Postpositions are separate words (معلومات کا استعمال, آپ کے حقوق), as in Hindi: terms
#   are written as they appear, with oblique and plural forms listed where they matter
#   (بچے, بچوں) and a trailing * on a few stems (کوکی*, اشتہار*, برقرار رکھ*).
# - @fold-accents yes: zer/zabar/pesh, tanween, the superscript alef and the hamza and madda
#   signs are dropped («وقتاً» = «وقتا», «آپ» reads «اپ», «اکاؤنٹ» reads «اکاونٹ»,
#   «مؤثر» = «موثر»). One spelling of such pairs is enough (both would be duplicates).
# - Spelling variants that survive folding are both listed: لیے/لئے, سیکیورٹی/سیکورٹی.
# - Urdu typed with Persian or Arabic letters (ه for ہ, ي for ی) is not matched; ZWNJ,
#   rare in Urdu, is dropped by normalization like in Persian.
# - Headings put the head last, as in Hindi («معلومات کا استعمال», «ہم معلومات کیسے
#   شیئر کرتے ہیں»): @heading-head last.
@language ur
@name Urdu
@fold-accents yes
@heading-head last

[profile]
# Function words first. weight=3 marks words only Urdu uses among the Arabic-script
# languages (ہے، کے، کی، میں، اور، کو، سے، ہیں: most carry ے ں ہ ھ ٹ ڈ, letters Persian and
# Arabic lack). Words shared with Persian (اگر، یا، دیگر، تمام) or Arabic (معلومات، حقوق،
# قانون، خدمات) get 1 or 0.5.
ہے weight=3
ہیں weight=3
کے weight=3
کی weight=3
کا weight=3
میں weight=3
اور weight=3
کو weight=3
سے weight=3
یہ weight=3
کہ weight=3
پر
جو weight=2
ہم weight=3
آپ weight=2
ہمارے weight=3
ہماری weight=3
ہمارا weight=3
ہمیں weight=3
اس weight=2
ان
یا
بھی weight=3
نہیں weight=3
لیے weight=3
لئے weight=3
ساتھ weight=3
تک weight=3
کر weight=2
کرنے weight=3
کرتے weight=3
کرتا weight=3
کرتی weight=3
کیا weight=3
کیے weight=3
کئے weight=3
ہو weight=3
ہوں weight=3
ہوتا weight=3
ہوتی weight=3
ہوتے weight=3
ہوگا weight=3
ہوگی weight=3
تھا weight=3
تھے weight=3
سکتا weight=3
سکتے weight=3
سکتی weight=3
جا weight=2
جاتا weight=3
جاتی weight=3
جاتے weight=3
گا weight=2
گی weight=2
گے weight=3
والے weight=3
والی weight=3
اپنے weight=3
اپنی weight=3
کسی weight=3
کوئی weight=3
کچھ weight=3
تمام
دیگر
جیسے weight=3
اگر
جب weight=3
کیونکہ weight=3
لیکن weight=2
تاہم weight=3
وہ weight=3
جس weight=3
جن weight=3
جسے weight=3
مطابق
بارے weight=3
بعد
پہلے weight=3
دوران
بغیر weight=2
ذریعے weight=3
ذریعہ weight=3
صرف
زیادہ weight=3
ایسے weight=3
ایسی weight=3
ایک weight=3
چاہیے weight=3
گیا weight=3
گئی weight=3
گئے weight=3
دیتے weight=3
کریں weight=3
کرے weight=3
رکھتے weight=3
براہ weight=3
# Words frequent in privacy policies.
معلومات
ذاتی weight=2
ڈیٹا weight=3
رازداری weight=3
پالیسی weight=3
پرائیویسی weight=3
سروس weight=2
سروسز weight=3
خدمات weight=0.5
ویب weight=2
سائٹ weight=3
استعمال weight=2
جمع weight=0.5
فریق weight=2
ثالث weight=0.5
حقوق weight=0.5
حق weight=0.5
تحفظ weight=2
سیکیورٹی weight=3
کوکیز weight=3
اشتہارات weight=3
رضامندی weight=3
اکاؤنٹ weight=3
ڈیوائس weight=3
براؤزر weight=3
ای weight=2
میل weight=2
پتہ weight=3
فون weight=2
کمپنی weight=3
صارف weight=2
صارفین weight=2
قانون weight=0.5
قانونی weight=0.5
درخواست weight=0.5
رابطہ weight=3
شیئر weight=3
اشتراک weight=0.5
منتقلی weight=3
مقاصد
مقصد
بہتر weight=3
فراہم weight=3
مصنوعات weight=2
تبدیلیاں weight=3
تبدیلی weight=3
بچوں weight=3
بچے weight=3
ممالک
مدت weight=0.5
ضروری weight=0.5
متعلق weight=2
لاگو weight=3
حاصل
شامل
ترتیبات weight=3
محفوظ
ذخیرہ weight=3
تیسرے weight=3
اجازت weight=2
حذف
رسائی weight=2

[units]
year: سال, سالوں, برس, برسوں
month: مہینہ, مہینے, مہینوں, ماہ
week: ہفتہ, ہفتے, ہفتوں
day: دن, دنوں, یوم, ایام
hour: گھنٹہ, گھنٹے, گھنٹوں
minute: منٹ, منٹوں
business-day: کاروباری دن, کاروباری دنوں, کام کے دن, کام کے دنوں

[numbers]
# Digits, Urdu (۱۲) or Latin (12), are read as numbers without this list. 72 (بہتر) is
# left out: the same word is «better».
1: ایک
2: دو
3: تین
4: چار
5: پانچ
6: چھ, چھے
7: سات
8: آٹھ
9: نو
10: دس
11: گیارہ
12: بارہ
13: تیرہ
14: چودہ
15: پندرہ
16: سولہ
18: اٹھارہ
20: بیس
24: چوبیس
30: تیس
45: پینتالیس
60: ساٹھ
90: نوے
100: سو, ایک سو

[references]
gdpr: جنرل ڈیٹا پروٹیکشن ریگولیشن, عمومی ڈیٹا تحفظ ضابطہ, ڈیٹا کے تحفظ کا عمومی ضابطہ, ڈیٹا تحفظ کا عمومی ضابطہ, gdpr
ccpa: کیلیفورنیا کنزیومر پرائیویسی ایکٹ, کیلیفورنیا صارف رازداری ایکٹ, ccpa
cpra: کیلیفورنیا پرائیویسی رائٹس ایکٹ, کیلیفورنیا رازداری حقوق ایکٹ, cpra
coppa: چلڈرنز آن لائن پرائیویسی پروٹیکشن ایکٹ, بچوں کی آن لائن رازداری کے تحفظ کا ایکٹ, coppa
pdpa: pdpa
lgpd: برازیل کا جنرل ڈیٹا پروٹیکشن قانون, lgpd
pipeda: pipeda
appi: جاپان کا ذاتی معلومات کے تحفظ کا ایکٹ, appi
pipl: چین کا ذاتی معلومات کے تحفظ کا قانون, pipl
# Pakistan's Prevention of Electronic Crimes Act 2016 and the pending Personal Data
# Protection Bill. These ids have no English entry yet.
pk-peca: الیکٹرانک جرائم کی روک تھام کا ایکٹ, انسداد الیکٹرانک جرائم ایکٹ, پیکا, peca
pk-pdp-bill: پرسنل ڈیٹا پروٹیکشن بل, ذاتی ڈیٹا کے تحفظ کا بل

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
استعمال کی شرائط
شرائط استعمال
سروس کی شرائط
شرائط و ضوابط
قابل اطلاق قانون
نافذ العمل قانون
قابل اطلاق قانون اور دائرہ اختیار
دائرہ اختیار
قانونی دائرہ اختیار
علیحدگی پذیری
مکمل معاہدہ
ناگزیر حالات
ذمہ داری سے دستبرداری
ذمہ داری کی حد
ذمہ داری کی حدود
تراجم
ترجمے
ترجمہ
دیگر تراجم
دیگر ترجمے
انگریزی ورژن کو فوقیت حاصل ہوگی
لائسنس
کاپی رائٹ
حق اشاعت
اظہار تشکر
فہرست مضامین

# ---------------------------------------------------------------------------------------
# Sections.
زبان

[intro]
heading: تعارف concept=introduction
heading: مقدمہ concept=introduction
heading: دیباچہ concept=introduction
heading: خلاصہ concept=summary
heading: جائزہ concept=summary
heading: مختصر جائزہ concept=summary
heading: اہم نکات concept=summary
heading: اس پالیسی کے بارے میں concept=about-this-policy
heading: اس نوٹس کے بارے میں concept=about-this-policy
heading: دائرہ کار concept=scope
heading: اس پالیسی کا دائرہ کار concept=scope
heading: اطلاق concept=scope
heading: یہ پالیسی کن پر لاگو concept=scope
heading: ہم کون ہیں concept=who-we-are
heading: ہمارے بارے میں weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
heading: ہمارا عزم concept=commitment-to-privacy
heading: رازداری کے لیے ہمارا عزم concept=commitment-to-privacy
heading: رازداری سے ہماری وابستگی concept=commitment-to-privacy
heading: قبولیت concept=acceptance
heading: اس پالیسی کی قبولیت concept=acceptance
heading: شرائط کی قبولیت concept=acceptance
heading: رازداری کی پالیسی weight=0.5 concept=privacy-policy-title   # document title; also inside other headings
heading: رازداری پالیسی weight=0.5 concept=privacy-policy-title
heading: پرائیویسی پالیسی weight=0.5 concept=privacy-policy-title
heading: رازداری کا نوٹس weight=0.5 concept=privacy-policy-title
heading: پرائیویسی نوٹس weight=0.5 concept=privacy-policy-title
body: وضاحت کرتی ہے weight=2.5 concept=policy-describes
body: وضاحت کرتا ہے weight=2 concept=policy-describes
body: بیان کرتی ہے weight=2.5 concept=policy-describes
body: بتاتی ہے weight=2 concept=policy-describes
body: لاگو ہوتی ہے weight=2.5 concept=policy-applies-to
body: لاگو نہیں ہوتی weight=2.5 concept=policy-applies-to
body: پر لاگو weight=2 concept=policy-applies-to
body: اطلاق ہوتا ہے weight=2 concept=policy-applies-to
body: استعمال کرکے weight=1.5 concept=by-using
body: استعمال کر کے weight=1.5 concept=by-using
body: استعمال کرتے ہوئے weight=1.5 concept=by-using
body: رسائی حاصل کرکے weight=1.5 concept=by-using
body: قبول weight=1.5 concept=acceptance-of-policy
body: قبولیت weight=1.5 concept=acceptance-of-policy
body: اگر آپ متفق نہیں weight=2 concept=if-you-do-not-agree
body: متفق نہیں ہیں weight=2 concept=if-you-do-not-agree
body: پرعزم ہیں weight=2 concept=committed-to-privacy
body: پر عزم ہیں weight=2 concept=committed-to-privacy
body: احترام کرتے ہیں weight=2 concept=committed-to-privacy
body: کہا جاتا ہے weight=1.5 concept=referred-to-as
body: کے طور پر حوالہ weight=1.5 concept=referred-to-as
body: استعمال کی شرائط weight=1 concept=terms-of-use
body: شرائط و ضوابط weight=1 concept=terms-of-use
body: سروس کی شرائط weight=1 concept=terms-of-use
body: غور سے پڑھیں weight=1.5 concept=please-read
body: احتیاط سے پڑھیں weight=1.5 concept=please-read
body: پڑھیں weight=1 concept=please-read
body: یہ پالیسی weight=0.5 concept=this-privacy-policy
body: اس پالیسی weight=0.5 concept=this-privacy-policy
body: رازداری weight=0.3 concept=privacy
body: پرائیویسی weight=0.3 concept=privacy
body: ویب سائٹ weight=0.3 concept=website
body: ویب سائٹس weight=0.3 concept=website
body: ایپ weight=0.3 concept=website
body: ایپلیکیشن weight=0.3 concept=website
body: خدمات weight=0.3 concept=services
body: سروسز weight=0.3 concept=services
body: مصنوعات weight=0.3 concept=services
body: کمپنی weight=0.3 concept=company
# The policy naming its author: («ہم»، «ہمیں» یا «ہمارا»).
body: ہمیں یا ہمارا weight=2.5 concept=we-us-defined
body: ہم یا ہمارا weight=2.5 concept=we-us-defined
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary

[definitions]
heading: تعریفات concept=definitions
heading: تعریفیں concept=definitions
heading: الفاظ کی تعریف concept=definitions
heading: اصطلاحات concept=key-terms
heading: کلیدی اصطلاحات concept=key-terms
heading: اہم اصطلاحات concept=key-terms
heading: اس پالیسی میں استعمال ہونے والی اصطلاحات concept=key-terms
heading: تشریح concept=interpretation
heading: تشریح اور تعریفات concept=interpretation
heading: ہماری کیا مراد concept=what-we-mean-by
heading: ہماری مراد concept=what-we-mean-by
body: سے مراد weight=3 concept=means
body: مراد ہے weight=3 concept=means
body: کا مطلب ہے weight=3 concept=means
body: مطلب weight=2 concept=means
body: حوالہ دیتا ہے weight=2.5 concept=refers-to
body: کی طرف اشارہ weight=2.5 concept=refers-to
body: درج ذیل تعریفات weight=3 concept=defined-terms-intro
body: مندرجہ ذیل تعریفات weight=3 concept=defined-terms-intro
body: اصطلاح weight=2 concept=defined-terms-intro
body: اس پالیسی کے مقاصد کے لیے weight=2.5 concept=as-used-in-this-policy
body: اس پالیسی میں استعمال weight=2.5 concept=as-used-in-this-policy
body: اس پالیسی میں weight=1.5 concept=as-used-in-this-policy
body: ذاتی ڈیٹا سے مراد weight=3 concept=personal-data-means
body: ذاتی معلومات سے مراد weight=3 concept=personal-data-means
body: قابل شناخت weight=2 concept=identifiable-person
body: قدرتی شخص weight=2 concept=identifiable-person
body: فطری شخص weight=2 concept=identifiable-person
body: جسے بعد میں weight=2 concept=hereinafter
body: بعد ازاں weight=2 concept=hereinafter
body: ڈیٹا کنٹرولر weight=1 concept=gdpr-roles
body: کنٹرولر weight=1 concept=gdpr-roles
body: ڈیٹا پروسیسر weight=1 concept=gdpr-roles
body: پروسیسر weight=1 concept=gdpr-roles
body: ڈیٹا سبجیکٹ weight=1 concept=gdpr-roles
body: ڈیٹا پرنسپل weight=1 concept=gdpr-roles
body: ڈیٹا فڈیوشری weight=1 concept=gdpr-roles
body: شامل weight=0.5 concept=includes
body: صارف weight=0.3 concept=user
body: صارفین weight=0.3 concept=user
body: ذاتی معلومات weight=0.2 concept=personal-data
body: ذاتی ڈیٹا weight=0.2 concept=personal-data
body: شخصی معلومات weight=0.2 concept=personal-data

[collection]
heading: معلومات جو ہم جمع concept=what-we-collect
heading: ہم کون سی معلومات جمع concept=what-we-collect
heading: ہم کیا معلومات جمع concept=what-we-collect
heading: جمع کی گئی معلومات concept=what-we-collect
heading: جمع کردہ معلومات concept=what-we-collect
heading: ہم جمع کرتے ہیں concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: اجازتیں concept=what-we-collect
heading: ایپ کی اجازتیں concept=what-we-collect
heading: معلومات کا جمع کرنا concept=collection-of-information
heading: معلومات جمع کرنا concept=collection-of-information
heading: معلومات کی جمع آوری concept=collection-of-information
heading: ڈیٹا کی جمع آوری concept=collection-of-information
heading: ڈیٹا اکٹھا کرنا concept=collection-of-information
heading: معلومات کے ذرائع concept=sources-of-information
heading: ڈیٹا کے ذرائع concept=sources-of-information
heading: ذرائع concept=sources-of-information
heading: آپ کی فراہم کردہ معلومات concept=information-you-provide
heading: معلومات جو آپ ہمیں فراہم concept=information-you-provide
heading: آپ کی طرف سے فراہم کردہ concept=information-you-provide
heading: رابطہ فارم weight=3 concept=information-you-provide
heading: خودکار طور پر جمع concept=collected-automatically
heading: خود بخود جمع concept=collected-automatically
heading: خودکار طریقے سے concept=collected-automatically
heading: معلومات کیسے جمع concept=how-we-collect
heading: ہم معلومات کیسے جمع concept=how-we-collect
heading: جمع کرنے کا طریقہ concept=how-we-collect
heading: ذاتی ڈیٹا کی اقسام concept=categories-of-data
heading: ذاتی معلومات کی اقسام concept=categories-of-data
heading: معلومات کی اقسام concept=categories-of-data
heading: ڈیٹا کی اقسام concept=categories-of-data
heading: زمرے concept=categories-of-data
body: جمع کرتے ہیں weight=2.5 concept=we-collect
body: جمع کر سکتے ہیں weight=2 concept=we-collect
body: جمع weight=1.5 concept=we-collect
body: اکٹھا weight=2 concept=we-collect
body: جمع آوری weight=2 concept=we-collect
body: حاصل کرتے ہیں weight=1.5 concept=we-collect
body: آپ فراہم کرتے ہیں weight=2 concept=you-provide
body: فراہم کردہ weight=2 concept=you-provide
body: ہمیں فراہم weight=2 concept=you-provide
body: آپ ہمیں دیتے ہیں weight=1.5 concept=you-provide
body: خودکار طور پر weight=2 concept=automatically
body: خود بخود weight=2 concept=automatically
body: خودکار weight=1.5 concept=automatically
body: معلومات کی اقسام weight=2.5 concept=data-categories
body: ڈیٹا کی اقسام weight=2.5 concept=data-categories
body: زمرے weight=2 concept=data-categories
body: زمروں weight=2 concept=data-categories
body: ذرائع weight=1.5 concept=sources
body: عوامی طور پر دستیاب weight=2 concept=publicly-available
body: عوامی ذرائع weight=2 concept=publicly-available
body: ای میل ایڈریس weight=1.5 concept=contact-details
body: ای میل پتہ weight=1.5 concept=contact-details
body: فون نمبر weight=1.5 concept=contact-details
body: موبائل نمبر weight=1.5 concept=contact-details
body: ٹیلیفون نمبر weight=1.5 concept=contact-details
body: ڈاک کا پتہ weight=1.5 concept=contact-details
body: پوسٹل ایڈریس weight=1.5 concept=contact-details
body: آئی پی ایڈریس weight=2 concept=device-data
body: ip ایڈریس weight=2 concept=device-data
body: آئی پی پتہ weight=2 concept=device-data
body: براؤزر کی قسم weight=2 concept=device-data
body: آپریٹنگ سسٹم weight=2 concept=device-data
body: ڈیوائس شناخت کنندہ weight=2 concept=device-data
body: ڈیوائس آئی ڈی weight=2 concept=device-data
body: ڈیوائس کی معلومات weight=2 concept=device-data
body: مقام کا ڈیٹا weight=2 concept=location-data
body: مقام کی معلومات weight=2 concept=location-data
body: محل وقوع weight=2 concept=location-data
body: جغرافیائی محل وقوع weight=2 concept=location-data
body: لوکیشن weight=2 concept=location-data
body: استعمال کا ڈیٹا weight=2 concept=usage-data
body: استعمال کی معلومات weight=2 concept=usage-data
body: لاگ ڈیٹا weight=1.5 concept=usage-data
body: آبادیاتی weight=1.5 concept=demographic-data
body: تاریخ پیدائش weight=1.5 concept=demographic-data
body: جنس weight=1.5 concept=demographic-data
body: ادائیگی کی معلومات weight=1 concept=payment-data
body: کارڈ کی تفصیلات weight=1 concept=payment-data
body: کریڈٹ کارڈ weight=1 concept=payment-data
body: بینک اکاؤنٹ weight=1 concept=payment-data
body: رابطہ فارم weight=1.5 concept=forms
body: رجسٹریشن فارم weight=1.5 concept=forms
body: فارم weight=1.5 concept=forms
body: فارمز weight=1.5 concept=forms
body: رجسٹریشن weight=1 concept=forms
body: نام weight=1 concept=name
body: اکاؤنٹ weight=0.3 concept=account
body: معلومات weight=0.1 concept=information
body: ڈیٹا weight=0.1 concept=information
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: کریش رپورٹس concept=collected-automatically
heading: کریش رپورٹیں concept=collected-automatically
heading: خرابی کی رپورٹس concept=collected-automatically
heading: تشخیصی ڈیٹا concept=collected-automatically
heading: لاگز concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: آپ کے ڈیوائس پر رہتا weight=2 concept=on-device-data
heading: آپ کی ڈیوائس پر رہتا weight=2 concept=on-device-data
heading: آپ کے آلے پر رہتا weight=2 concept=on-device-data
heading: آپ کے mac پر رہتا weight=2 concept=on-device-data
heading: مقامی طور پر پروسیس weight=2 concept=on-device-data
heading: مقامی پروسیسنگ weight=2 concept=on-device-data
heading: مقامی طور پر محفوظ ڈیٹا weight=2 concept=on-device-data
heading: ڈیوائس پر پروسیسنگ weight=2 concept=on-device-data
body: کریش رپورٹ* weight=2.5 concept=usage-data
body: کریش لاگ* weight=2.5 concept=usage-data
body: ڈیبگ لاگ* weight=2.5 concept=usage-data
body: تشخیصی ڈیٹا weight=2 concept=usage-data
body: پش ٹوکن* weight=2.5 concept=device-data
body: push token* weight=2.5 concept=device-data
# "آپ کا مقام" (your location) is location data.
body: آپ کا مقام weight=2 concept=location-data
body: آپ کے مقام weight=2 concept=location-data
# Versions as items of device data, so that ورژن in a list of collected data is not read as
# a new version of the policy.
body: اینڈرائیڈ ورژن weight=1.5 concept=device-data
body: ایپ ورژن weight=1.5 concept=device-data
body: ایپ کا ورژن weight=1.5 concept=device-data
body: آپریٹنگ سسٹم ورژن weight=1.5 concept=device-data
body: براؤزر ورژن weight=1.5 concept=device-data

[use]
heading: معلومات کیسے استعمال concept=how-we-use
heading: ہم آپ کی معلومات کیسے استعمال concept=how-we-use
heading: ہم معلومات کا استعمال کیسے concept=how-we-use
heading: کیسے استعمال کرتے ہیں concept=how-we-use
heading: کس لیے استعمال concept=how-we-use
heading: معلومات کا استعمال concept=use-of-information
heading: ڈیٹا کا استعمال concept=use-of-information
heading: ذاتی معلومات کا استعمال concept=use-of-information
heading: پروسیسنگ کے مقاصد concept=purposes-of-processing
heading: استعمال کے مقاصد concept=purposes-of-processing
heading: مقاصد concept=purposes-of-processing
heading: ہم معلومات کیوں جمع concept=why-we-collect
heading: کیوں جمع کرتے ہیں concept=why-we-collect
heading: جمع کرنے کا مقصد concept=why-we-collect
heading: ذاتی ڈیٹا کی پروسیسنگ concept=processing-of-personal-data
heading: ذاتی معلومات کی پروسیسنگ concept=processing-of-personal-data
heading: ڈیٹا پروسیسنگ concept=processing-of-personal-data
heading: پروسیسنگ concept=processing-of-personal-data
body: استعمال کرتے ہیں weight=2 concept=we-use
body: استعمال کر سکتے ہیں weight=2 concept=we-use
body: مقاصد weight=1.5 concept=purposes
body: مقصد weight=1.5 concept=purposes
body: درج ذیل مقاصد weight=2.5 concept=following-purposes
body: مندرجہ ذیل مقاصد weight=2.5 concept=following-purposes
body: پروفائلنگ weight=2 concept=profiling
body: پروفائل سازی weight=2 concept=profiling
body: خودکار فیصلہ سازی weight=1.5 concept=automated-decisions
body: خودکار فیصلے weight=1.5 concept=automated-decisions
body: خدمات فراہم کرنے weight=1.5 concept=to-provide
body: سروسز فراہم weight=1.5 concept=to-provide
body: فراہم کرنے کے لیے weight=1.5 concept=to-provide
body: آرڈر کی تکمیل weight=1.5 concept=to-fulfil
body: تکمیل weight=1.5 concept=to-fulfil
body: آرڈرز weight=1 concept=to-fulfil
body: اکاؤنٹ کا انتظام weight=1.5 concept=to-administer
body: انتظام کرنے weight=1.5 concept=to-administer
body: بہتر بنانے weight=1.5 concept=to-improve
body: بہتری weight=1.5 concept=to-improve
body: نئی مصنوعات weight=2 concept=to-develop
body: نئی خصوصیات weight=2 concept=to-develop
body: تیار کرنے weight=1.5 concept=to-develop
body: ذاتی نوعیت weight=2 concept=to-personalise
body: حسب ضرورت weight=2 concept=to-personalise
body: ذاتی بنانے weight=2 concept=to-personalise
body: پرسنلائز weight=2 concept=to-personalise
body: آپ سے رابطہ weight=2 concept=to-communicate
body: آپ کے ساتھ رابطہ weight=2 concept=to-communicate
body: بات چیت weight=1.5 concept=to-communicate
body: بھیجنے weight=1 concept=to-send
body: بھیجنا weight=1 concept=to-send
body: جواب دینے weight=1.5 concept=to-respond
body: کسٹمر سپورٹ weight=1.5 concept=to-respond
body: سپورٹ weight=1 concept=to-respond
body: تجزیہ weight=1 concept=to-analyse
body: تجزیے weight=1 concept=to-analyse
body: اعداد و شمار weight=1 concept=to-analyse
body: خرابیوں weight=2 concept=to-troubleshoot
body: مسائل حل weight=2 concept=to-troubleshoot
body: تشخیص weight=1.5 concept=to-troubleshoot
body: مارکیٹ ریسرچ weight=2 concept=research
body: تحقیق weight=1.5 concept=research
body: ریسرچ weight=1.5 concept=research
body: دھوکہ دہی weight=1.5 concept=to-prevent-fraud
body: دھوکا دہی weight=1.5 concept=to-prevent-fraud
body: فراڈ weight=1.5 concept=to-prevent-fraud
body: غلط استعمال weight=1.5 concept=to-prevent-fraud
body: لین دین weight=1.5 concept=to-process-transactions
body: ادائیگیوں weight=1.5 concept=to-process-transactions
body: ادائیگی کی کارروائی weight=1.5 concept=to-process-transactions
body: قانون کی تعمیل weight=1 concept=to-comply-with-law
body: قانونی تقاضوں weight=1 concept=to-comply-with-law
body: قوانین کی پابندی weight=1 concept=to-comply-with-law
# Purpose headings asked with other verbs and "(ڈیٹا) درج ذیل مقاصد کے لیے (پروسیس کیا جاتا ہے)".
heading: کیوں پروسیس کرتے ہیں concept=why-we-collect
heading: کیوں محفوظ رکھتے ہیں concept=why-we-collect
heading: درج ذیل مقاصد کے لیے concept=purposes-of-processing
heading: مندرجہ ذیل مقاصد کے لیے concept=purposes-of-processing
heading: خودکار فیصلہ سازی concept=automated-decision-making
heading: خودکار فیصلے concept=automated-decision-making
heading: خودکار فیصلہ concept=automated-decision-making

[legal-basis]
heading: قانونی بنیاد concept=legal-basis
heading: قانونی بنیادیں concept=legal-basis
heading: پروسیسنگ کی قانونی بنیاد concept=legal-basis
heading: قانونی جواز concept=legal-basis
heading: قانونی اساس concept=legal-basis
heading: کس بنیاد پر concept=why-allowed
heading: ہمیں کس بنیاد پر concept=why-allowed
heading: ہم کیوں پروسیس کر سکتے concept=why-allowed
# "Legal basis", "legitimate interest", "on the basis of" stand in every subsection of a GDPR-style policy: in a text they weigh less than the practice described; the headings still name a legal-basis section.
body: قانونی بنیاد weight=2 concept=legal-basis-term
body: قانونی بنیادیں weight=2 concept=legal-basis-term
body: قانونی جواز weight=2 concept=legal-basis-term
body: قانونی اساس weight=2 concept=legal-basis-term
body: جائز مفادات weight=2 concept=legitimate-interests
body: جائز مفاد weight=2 concept=legitimate-interests
body: بنیادی حقوق اور آزادیوں weight=2.5 concept=balancing-test
body: بنیادی حقوق و آزادی weight=2.5 concept=balancing-test
body: معاہدے کی تکمیل weight=3 concept=performance-of-contract
body: معاہدے پر عمل weight=3 concept=performance-of-contract
body: معاہدہ weight=1.5 concept=performance-of-contract
body: معاہدے weight=1.5 concept=performance-of-contract
body: قانونی ذمہ داری weight=2.5 concept=legal-obligation
body: قانونی ذمہ داریوں weight=2.5 concept=legal-obligation
body: قانونی فرائض weight=2.5 concept=legal-obligation
body: اہم مفادات weight=3 concept=vital-interests
body: حیاتی مفادات weight=3 concept=vital-interests
body: عوامی مفاد weight=2.5 concept=public-interest
body: آرٹیکل 6 weight=2 concept=article-6
body: آرٹیکل ۶ weight=2 concept=article-6
body: دفعہ 6 weight=2 concept=article-6
body: دفعہ ۶ weight=2 concept=article-6
body: پروسیسنگ ضروری ہے weight=2.5 concept=processing-necessary
body: کی بنیاد پر weight=1 concept=on-the-basis-of
body: قانونی طور پر weight=1 concept=lawful
body: جائز weight=1 concept=lawful
body: رضامندی weight=1 concept=consent-as-basis
body: ضروری weight=0.5 concept=necessary

[consent]
heading: رضامندی concept=your-consent
heading: آپ کی رضامندی concept=your-consent
heading: رضامندی واپس لینا concept=withdrawal-of-consent
heading: رضامندی واپس لینے concept=withdrawal-of-consent
heading: رضامندی کی واپسی concept=withdrawal-of-consent
heading: اجازت واپس لینا concept=withdrawal-of-consent
body: رضامندی دیتے ہیں weight=2.5 concept=you-consent
body: رضامندی دی weight=2.5 concept=you-consent
body: رضامند ہیں weight=2.5 concept=you-consent
body: اپنی رضامندی weight=2 concept=you-consent
body: واپس لے weight=3 concept=withdraw
body: واپس لینے weight=3 concept=withdraw
body: واپس لیں weight=3 concept=withdraw
body: واپسی weight=2.5 concept=withdraw
body: منسوخ weight=2 concept=withdraw
body: اپنا ذہن بدل weight=2 concept=change-your-mind
body: ارادہ بدل weight=2 concept=change-your-mind
body: متفق ہیں weight=1.5 concept=you-agree
body: اتفاق کرتے ہیں weight=1.5 concept=you-agree
body: اتفاق weight=1 concept=you-agree
body: واضح رضامندی weight=2.5 concept=explicit-consent
body: صریح رضامندی weight=2.5 concept=explicit-consent
body: تحریری رضامندی weight=2 concept=explicit-consent
body: آزادانہ weight=2.5 concept=freely-given
body: رضاکارانہ weight=2 concept=freely-given
body: اختیاری weight=1.5 concept=freely-given
body: باکس پر نشان weight=2 concept=opt-in
body: چیک باکس weight=2 concept=opt-in
body: اجازت weight=1.5 concept=permission
body: واپسی سے پہلے weight=2.5 concept=without-affecting-lawfulness
body: قانونی حیثیت متاثر weight=2.5 concept=without-affecting-lawfulness
body: کسی بھی وقت weight=1 concept=at-any-time

[sharing]
heading: معلومات کا اشتراک concept=sharing-of-information
heading: ڈیٹا کا اشتراک concept=sharing-of-information
heading: معلومات شیئر کرنا concept=sharing-of-information
heading: اشتراک اور انکشاف concept=sharing-of-information
heading: کیسے شیئر concept=how-we-share
heading: اشتراک کیسے concept=how-we-share
heading: معلومات جو ہم شیئر concept=how-we-share
heading: کس کے ساتھ concept=who-we-share-with
heading: کن کے ساتھ concept=who-we-share-with
heading: معلومات کا انکشاف concept=disclosure-of-information
heading: انکشاف concept=disclosure-of-information
heading: تیسرے فریق concept=third-parties
heading: تیسرے فریقوں concept=third-parties
heading: فریق ثالث concept=third-parties
heading: سروس فراہم کنندگان concept=service-providers-heading
heading: خدمات فراہم کرنے والے concept=service-providers-heading
heading: سروس پرووائیڈرز concept=service-providers-heading
heading: کاروباری منتقلی concept=business-transfers
heading: انضمام اور حصول concept=business-transfers
heading: قانونی تقاضے concept=legal-requests
heading: قانونی درخواستیں concept=legal-requests
heading: قانون نافذ کرنے والے ادارے concept=legal-requests
heading: معلومات کی فروخت concept=sale-of-information
heading: ڈیٹا کی فروخت concept=sale-of-information
heading: کیا ہم آپ کی معلومات فروخت concept=sale-of-information
body: شیئر weight=2 concept=share
body: اشتراک weight=2 concept=share
body: شریک weight=1.5 concept=share
body: انکشاف weight=2.5 concept=disclose
body: ظاہر کرتے weight=2.5 concept=disclose
body: ظاہر کر weight=2 concept=disclose
body: تیسرے فریق weight=1 concept=third-parties-term
body: تیسرے فریقوں weight=1 concept=third-parties-term
body: فریق ثالث weight=1 concept=third-parties-term
body: فریقین ثالث weight=1 concept=third-parties-term
body: سروس فراہم کنندگان weight=2 concept=service-providers
body: خدمات فراہم کنندگان weight=2 concept=service-providers
body: سروس پرووائیڈرز weight=2 concept=service-providers
body: وینڈرز weight=1.5 concept=service-providers
body: ٹھیکیدار weight=1.5 concept=service-providers
body: ہماری طرف سے weight=1.5 concept=on-our-behalf
body: ہماری جانب سے weight=1.5 concept=on-our-behalf
body: ملحقہ weight=2 concept=affiliates
body: ملحق کمپنیوں weight=2 concept=affiliates
body: ذیلی کمپنیوں weight=2 concept=affiliates
body: ذیلی ادارے weight=2 concept=affiliates
body: گروپ کمپنیوں weight=2 concept=affiliates
body: کاروباری شراکت دار weight=1.5 concept=business-partners
body: کاروباری شراکت داروں weight=1.5 concept=business-partners
body: شراکت دار weight=1 concept=business-partners
body: وصول کنندگان weight=2 concept=recipients
body: وصول کنندہ weight=2 concept=recipients
body: انضمام weight=2.5 concept=corporate-transaction
body: حصول weight=1 concept=corporate-transaction   # also «obtaining» (رضامندی کا حصول)
body: دیوالیہ weight=2.5 concept=corporate-transaction
body: تنظیم نو weight=2 concept=corporate-transaction
body: اثاثوں کی فروخت weight=2.5 concept=corporate-transaction
body: قانون نافذ کرنے والے weight=2 concept=authorities
body: سرکاری حکام weight=2 concept=authorities
body: سرکاری ادارے weight=2 concept=authorities
body: حکام weight=1.5 concept=authorities
body: پولیس weight=2 concept=authorities
body: عدالتی حکم weight=2.5 concept=legal-process
body: عدالت کا حکم weight=2.5 concept=legal-process
body: سمن weight=2 concept=legal-process
body: نیک نیتی weight=2.5 concept=legal-process
body: فروخت weight=1.5 concept=sell
body: فروخت نہیں weight=2 concept=sell
body: بیچتے weight=1.5 concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: تیسرے فریق کو ڈیٹا کی منتقلی concept=transfer-to-third-parties
heading: فریق ثالث کو معلومات کی منتقلی concept=transfer-to-third-parties
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: ہوسٹنگ concept=service-providers-heading
heading: ہوسٹنگ فراہم کنندہ concept=service-providers-heading
heading: مواد کی ترسیل کا نیٹ ورک concept=service-providers-heading
heading: ڈیٹا پروسیسرز concept=service-providers-heading
heading: غلطیوں کی نگرانی concept=service-providers-heading
body: ہوسٹنگ weight=2 concept=service-providers
body: ہوسٹ کیا weight=2.5 concept=service-providers
body: ہوسٹنگ فراہم کنندہ weight=2.5 concept=service-providers
body: مواد کی ترسیل کا نیٹ ورک weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: کلاؤڈ پلیٹ فارم weight=2 concept=service-providers
body: کلاؤڈ کمپیوٹنگ weight=2 concept=service-providers
body: کلاؤڈ سروس فراہم کنندہ weight=2.5 concept=service-providers
body: غلطیوں کی نگرانی weight=2 concept=service-providers
body: ڈیٹا پروسیسنگ معاہدہ weight=2 concept=service-providers
# Cloud sync and backup: the data goes to a third-party cloud (iCloud, Google Drive).
body: icloud weight=2 concept=service-providers
body: google drive weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: ادائیگیاں weight=2 concept=payments-purchases
heading: ادائیگی کی کارروائی weight=3 concept=payments-purchases
heading: ایپ میں خریداری weight=2 concept=payments-purchases
heading: سبسکرپشنز weight=2 concept=payments-purchases

[cookies]
heading: کوکیز concept=cookies
heading: کوکی پالیسی concept=cookies
heading: کوکیز کا استعمال concept=cookies
heading: کوکیز اور اسی طرح کی ٹیکنالوجیز concept=tracking-technologies
heading: ٹریکنگ ٹیکنالوجیز concept=tracking-technologies
heading: ملتی جلتی ٹیکنالوجیز concept=tracking-technologies
heading: ویب بیکنز concept=web-beacons
heading: پکسل ٹیگز concept=web-beacons
heading: لاگ فائلیں concept=log-files
heading: لاگ فائلز concept=log-files
heading: تجزیات concept=analytics
heading: اینالیٹکس concept=analytics
body: کوکی* weight=3 concept=cookie
body: cookie* weight=3 concept=cookie
body: ٹیکسٹ فائل* weight=2.5 concept=text-files
body: چھوٹی فائل* weight=2.5 concept=text-files
body: ویب بیکن* weight=3 concept=web-beacon
body: پکسل* weight=2.5 concept=web-beacon
body: ٹریکنگ ٹیکنالوجی* weight=2.5 concept=tracking-technology
body: اسی طرح کی ٹیکنالوجی* weight=2 concept=tracking-technology
body: ملتی جلتی ٹیکنالوجی* weight=2 concept=tracking-technology
body: ٹریکنگ weight=1.5 concept=tracking-technology
body: ٹریک weight=1.5 concept=tracking-technology
body: لوکل اسٹوریج weight=2.5 concept=local-storage
body: مقامی اسٹوریج weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: مستقل weight=1.5 concept=cookie-lifetime
body: سیشن weight=1.5 concept=cookie-lifetime
body: سختی سے ضروری weight=2.5 concept=cookie-categories
body: فنکشنل weight=1.5 concept=cookie-categories
body: فعالیت weight=1.5 concept=cookie-categories
body: گوگل اینالیٹکس weight=2.5 concept=analytics-term
body: google analytics weight=2.5 concept=analytics-term
body: اینالیٹکس weight=2 concept=analytics-term
body: تجزیاتی weight=2 concept=analytics-term
body: لاگ فائل* weight=2 concept=log-file
body: سرور لاگ* weight=2 concept=log-file
body: sdk* weight=2 concept=sdk
body: ایس ڈی کے weight=2 concept=sdk
body: ڈیوائس فنگر پرنٹنگ weight=2.5 concept=fingerprinting
body: فنگر پرنٹنگ weight=2.5 concept=fingerprinting
body: براؤزر کی ترتیبات weight=1.5 concept=browser-settings
body: براؤزر سیٹنگز weight=1.5 concept=browser-settings
body: براؤزر weight=0.5 concept=browser
body: ڈیوائس weight=0.5 concept=device
body: آلہ weight=0.5 concept=device

[advertising]
heading: اشتہارات concept=advertising
heading: اشتہار بازی concept=advertising
heading: تشہیر concept=advertising
heading: مارکیٹنگ concept=marketing
heading: براہ راست مارکیٹنگ concept=marketing
heading: مارکیٹنگ مواصلات concept=marketing-communications
heading: تشہیری پیغامات concept=marketing-communications
heading: دلچسپی پر مبنی اشتہارات concept=interest-based-advertising
heading: ہدف شدہ اشتہارات concept=interest-based-advertising
heading: ٹارگٹڈ اشتہارات concept=interest-based-advertising
heading: تیسرے فریق کے اشتہارات concept=third-party-advertising
heading: اشتہاری نیٹ ورکس concept=third-party-advertising
body: اشتہار* weight=2.5 concept=ads
body: تشہیر* weight=2 concept=ads
body: بینر* weight=2 concept=ads
body: اشتہاری نیٹ ورک* weight=3 concept=ad-networks
body: اشتہاری شراکت دار* weight=3 concept=ad-networks
body: مشتہرین weight=2.5 concept=ad-networks
body: دلچسپی پر مبنی weight=2.5 concept=interest-based
body: ہدف شدہ weight=2.5 concept=interest-based
body: ٹارگٹڈ weight=2.5 concept=interest-based
body: رویے پر مبنی weight=2.5 concept=interest-based
body: ری ٹارگٹنگ weight=3 concept=retargeting
body: ری مارکیٹنگ weight=3 concept=retargeting
body: نیوز لیٹر* weight=2.5 concept=marketing-messages
body: مارکیٹنگ ای میل* weight=2.5 concept=marketing-messages
body: مارکیٹنگ پیغامات weight=2.5 concept=marketing-messages
body: مارکیٹنگ مواصلات weight=2.5 concept=marketing-messages
body: مارکیٹنگ کے مقاصد weight=2 concept=marketing-purposes
body: مارکیٹنگ weight=1.5 concept=marketing-purposes
body: پروموشن* weight=2 concept=promotions
body: خصوصی پیشکش* weight=2 concept=promotions
body: آفرز weight=2 concept=promotions
body: رعایت* weight=1.5 concept=promotions
body: network advertising initiative weight=3 concept=ad-industry-programs
body: digital advertising alliance weight=3 concept=ad-industry-programs
body: your online choices weight=2.5 concept=ad-industry-programs
body: اشتہارات کی تاثیر weight=2 concept=ad-measurement
body: تاثیر کی پیمائش weight=2 concept=ad-measurement
body: مہمات کی تاثیر weight=2 concept=ad-measurement
body: دلچسپیوں weight=0.5 concept=interests
body: دلچسپیاں weight=0.5 concept=interests

[do-not-track]
heading: ٹریک نہ کریں concept=do-not-track
heading: do not track concept=do-not-track
heading: ٹریک نہ کرنے کے سگنلز concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: گلوبل پرائیویسی کنٹرول concept=global-privacy-control
heading: براؤزر سگنلز concept=preference-signals
heading: ترجیحی سگنلز concept=preference-signals
body: dnt weight=3 concept=dnt-signal
body: do not track weight=3 concept=dnt-signal
body: ٹریک نہ کریں weight=3 concept=dnt-signal
body: gpc weight=3 concept=gpc-signal
body: global privacy control weight=3 concept=gpc-signal
body: گلوبل پرائیویسی کنٹرول weight=3 concept=gpc-signal
body: سگنل* weight=2.5 concept=opt-out-preference-signal
body: ترجیحی سگنل* weight=3 concept=opt-out-preference-signal
body: براؤزر سگنل* weight=2.5 concept=opt-out-preference-signal
body: یکساں معیار weight=3 concept=no-uniform-standard
body: متفقہ معیار weight=3 concept=no-uniform-standard
body: جواب نہیں دیتے weight=2.5 concept=do-not-respond
body: ردعمل نہیں weight=2.5 concept=do-not-respond
body: تسلیم weight=1.5 concept=honor-signals
body: وقت کے ساتھ اور weight=2.5 concept=cross-site-tracking
body: مختلف ویب سائٹس weight=2 concept=cross-site-tracking
body: براؤزر weight=0.5 concept=browser-dnt

[choices]
heading: آپ کے انتخاب concept=your-choices
heading: آپ کے اختیارات concept=your-choices
heading: انتخاب کے اختیارات concept=your-choices
heading: آپٹ آؤٹ concept=opting-out
heading: آپٹ آؤٹ کیسے concept=opting-out
heading: دستبرداری concept=opting-out
heading: ترجیحات کا انتظام concept=managing-preferences
heading: مواصلاتی ترجیحات concept=managing-preferences
heading: ان سبسکرائب concept=unsubscribing
heading: سبسکرپشن ختم concept=unsubscribing
body: آپٹ آؤٹ weight=3 concept=opt-out
body: opt out weight=3 concept=opt-out
body: دستبردار weight=3 concept=opt-out
body: ان سبسکرائب weight=3 concept=unsubscribe
body: سبسکرپشن ختم weight=3 concept=unsubscribe
body: وصول کرنا بند weight=2.5 concept=unsubscribe
body: انتخاب کر سکتے ہیں weight=2 concept=choose-not-to
body: نہ کرنے کا انتخاب weight=2.5 concept=choose-not-to
body: انکار weight=2 concept=decline
body: مسترد weight=2 concept=decline
body: تشہیری ای میل* weight=2 concept=promotional-emails
body: پروموشنل ای میل* weight=2 concept=promotional-emails
body: تشہیری پیغامات weight=2 concept=promotional-emails
body: ترجیحات weight=1.5 concept=preferences
body: ترجیحی مرکز weight=3 concept=preferences
body: ترتیبات weight=1.5 concept=settings
body: سیٹنگز weight=1.5 concept=settings
body: اکاؤنٹ کی ترتیبات weight=2 concept=settings
body: غیر فعال weight=2 concept=disable
body: بند کر weight=2 concept=disable
body: آف کر weight=2 concept=disable
body: پش نوٹیفکیشن* weight=2 concept=device-permissions
body: پش اطلاعات weight=2 concept=device-permissions
body: مقام کی خدمات weight=2 concept=device-permissions
body: لوکیشن سروسز weight=2 concept=device-permissions
body: ای میل کے نیچے weight=1.5 concept=unsubscribe-link
body: ان سبسکرائب لنک weight=1.5 concept=unsubscribe-link
body: استعمال نہ کر سکیں weight=1.5 concept=consequences-of-refusal
body: قاصر ہو سکتے weight=1.5 concept=consequences-of-refusal
body: وصول weight=0.5 concept=receive

[rights]
heading: آپ کے حقوق concept=your-rights
heading: آپ کے رازداری کے حقوق concept=your-rights
heading: ڈیٹا کے تحفظ کے حقوق concept=your-rights
heading: صارف کے حقوق concept=your-rights
heading: صارفین کے حقوق concept=your-rights
heading: ڈیٹا سبجیکٹ کے حقوق concept=your-rights
heading: اپنے حقوق کا استعمال concept=exercising-rights
heading: حقوق کا استعمال concept=exercising-rights
heading: درخواست کیسے دیں concept=exercising-rights
heading: رسائی اور تصحیح concept=access-and-correction
heading: معلومات تک رسائی concept=access-and-correction
heading: رسائی تصحیح اور حذف concept=access-and-correction
heading: اپنی معلومات کو اپ ڈیٹ concept=access-and-correction
heading: مجاز نمائندے concept=authorized-agents
heading: مجاز ایجنٹ concept=authorized-agents
heading: بااختیار نمائندے concept=authorized-agents
body: رسائی کا حق weight=3 concept=right-of-access
body: رسائی کے حق weight=3 concept=right-of-access
body: تصحیح weight=2.5 concept=rectification
body: درستگی weight=2 concept=rectification
body: درست کر weight=2 concept=rectification
body: غلط weight=1.5 concept=rectification
body: نامکمل weight=1.5 concept=rectification
body: حذف weight=2 concept=erasure
body: مٹانے weight=2.5 concept=erasure
body: ڈیلیٹ weight=2 concept=erasure
body: حذف کرنے کا حق weight=3 concept=erasure
body: بھول جانے کا حق weight=3 concept=erasure
body: پورٹیبلٹی weight=3 concept=portability
body: منتقلی کا حق weight=3 concept=portability
body: مشین کے پڑھنے weight=2.5 concept=portability
body: مشین ریڈایبل weight=2.5 concept=portability
body: اعتراض کا حق weight=3 concept=right-to-object
body: اعتراض weight=2 concept=right-to-object
body: پروسیسنگ پر پابندی weight=3 concept=restriction
body: پروسیسنگ کو محدود weight=3 concept=restriction
body: محدود کرنے weight=2 concept=restriction
body: پابندی weight=1 concept=restriction   # also «compliance» (قوانین کی پابندی)
body: شکایت درج weight=3 concept=complaint-to-authority
body: شکایت weight=2 concept=complaint-to-authority
body: نگران اتھارٹی weight=3 concept=complaint-to-authority
body: نگراں اتھارٹی weight=3 concept=complaint-to-authority
body: ڈیٹا پروٹیکشن اتھارٹی weight=2.5 concept=complaint-to-authority
body: ریگولیٹری اتھارٹی weight=2.5 concept=complaint-to-authority
body: حقوق کا استعمال weight=2 concept=exercise-rights
body: اپنے حقوق weight=2 concept=exercise-rights
body: شناخت کی تصدیق weight=2 concept=verify-identity
body: آپ کی شناخت weight=1.5 concept=verify-identity
body: مجاز نمائندہ weight=2.5 concept=authorized-agent
body: مجاز ایجنٹ weight=2.5 concept=authorized-agent
body: امتیازی سلوک weight=1.5 concept=non-discrimination
body: امتیاز weight=1.5 concept=non-discrimination
body: ڈیٹا سبجیکٹ* weight=2 concept=data-subject-rights
body: ڈیٹا پرنسپل weight=2 concept=data-subject-rights
body: کاپی weight=1 concept=copy-of-data
body: نقل weight=1 concept=copy-of-data
body: رسائی weight=1.5 concept=access
body: درخواست weight=0.3 concept=request

[retention]
heading: ڈیٹا کو برقرار رکھنا concept=data-retention
heading: معلومات کو برقرار رکھنا concept=data-retention
heading: ڈیٹا کی برقراری concept=data-retention
heading: برقرار رکھنے کی مدت concept=retention-period
heading: محفوظ رکھنے کی مدت concept=retention-period
heading: ذخیرہ کرنے کی مدت concept=retention-period
heading: کب تک concept=how-long-we-keep
heading: کتنے عرصے concept=how-long-we-keep
heading: ذخیرہ اور برقرار رکھنا concept=storage-and-retention
heading: ذخیرہ کاری اور برقراری concept=storage-and-retention
heading: برقرار رکھنا اور حذف concept=retention-and-deletion
heading: برقراری اور حذف concept=retention-and-deletion
body: برقرار رکھ* weight=3 concept=retain
body: برقراری weight=3 concept=retain
body: محفوظ رکھ* weight=2.5 concept=retain
body: جب تک ضروری weight=3 concept=as-long-as-necessary
body: جب تک ضرورت weight=3 concept=as-long-as-necessary
body: جتنی دیر تک weight=2.5 concept=as-long-as-necessary
body: جب تک کہ weight=2 concept=as-long-as-necessary
body: مزید ضرورت نہیں weight=2.5 concept=no-longer-needed
body: مزید ضروری نہیں weight=2.5 concept=no-longer-needed
body: ضرورت نہ رہے weight=2.5 concept=no-longer-needed
body: رکھتے ہیں weight=1.5 concept=keep
body: رکھیں گے weight=1.5 concept=keep
body: معیار weight=1 concept=retention-criteria   # also «standard, quality»
body: معیارات weight=2 concept=retention-criteria
body: مدت کا تعین weight=2 concept=retention-criteria
body: گمنام weight=2 concept=anonymise
body: شناخت ختم weight=2 concept=anonymise
body: تلف weight=2 concept=destroy
body: ضائع weight=2 concept=destroy
body: محفوظ طریقے سے حذف weight=2 concept=destroy
body: آرکائیو weight=2 concept=archive
body: ریکارڈ رکھنے weight=2.5 concept=legal-retention-requirements
body: ٹیکس قوانین weight=2 concept=legal-retention-requirements
body: غیر فعال اکاؤنٹ* weight=2 concept=inactive-accounts
body: غیرفعال اکاؤنٹ* weight=2 concept=inactive-accounts
body: ذخیرہ weight=1 concept=store
body: اسٹور weight=1 concept=store
body: سال weight=0.5 concept=years

[security]
heading: سیکیورٹی concept=data-security
heading: سیکورٹی concept=data-security
heading: ڈیٹا سیکیورٹی concept=data-security
heading: معلومات کی حفاظت concept=data-security
heading: ڈیٹا کی حفاظت concept=data-security
heading: سیکیورٹی اقدامات concept=security-measures
heading: حفاظتی اقدامات concept=security-measures
heading: ہم آپ کی معلومات کی حفاظت کیسے concept=how-we-protect
heading: آپ کی معلومات کا تحفظ concept=how-we-protect
heading: معلومات کا تحفظ concept=how-we-protect
body: سیکیورٹی weight=2 concept=secure
body: سیکورٹی weight=2 concept=secure
body: محفوظ weight=1 concept=secure # also "saved, kept" (محفوظ رکھنا, محفوظ کرنا): weak alone
body: حفاظت weight=1.5 concept=secure
body: حفاظتی اقدامات weight=2.5 concept=safeguards
body: حفاظتی تدابیر weight=2.5 concept=safeguards
body: خفیہ کاری weight=3 concept=encryption
body: انکرپشن weight=3 concept=encryption
body: انکرپٹ weight=3 concept=encryption
body: ssl weight=3 concept=encryption
body: tls weight=3 concept=encryption
body: غیر مجاز رسائی weight=3 concept=unauthorized-access
body: غیر مجاز weight=2 concept=unauthorized-access
body: نقصان weight=2 concept=loss-misuse-alteration
body: غلط استعمال weight=2 concept=loss-misuse-alteration
body: چوری weight=2 concept=loss-misuse-alteration
body: تکنیکی اور تنظیمی اقدامات weight=3 concept=technical-organisational-measures
body: تکنیکی و تنظیمی weight=3 concept=technical-organisational-measures
body: جسمانی weight=1.5 concept=physical-safeguards
body: فائر وال* weight=3 concept=technical-controls
body: فائروال* weight=3 concept=technical-controls
body: پاس ورڈ* weight=2 concept=technical-controls
body: رسائی کنٹرول* weight=2.5 concept=technical-controls
body: خلاف ورزی weight=2 concept=breach
body: سیکیورٹی کی خلاف ورزی weight=2.5 concept=breach
body: سیکیورٹی واقعہ weight=3 concept=breach
body: کمزوری* weight=2.5 concept=breach
body: ہیکنگ weight=2 concept=breach
body: خفیہ weight=1.5 concept=confidentiality
body: صیغہ راز weight=1.5 concept=confidentiality
body: ضمانت نہیں weight=2.5 concept=no-guarantee
body: مکمل طور پر محفوظ weight=2.5 concept=no-guarantee
body: سو فیصد محفوظ weight=2.5 concept=no-guarantee
body: اپنے خطرے پر weight=2.5 concept=no-guarantee
body: صنعتی معیار* weight=2 concept=industry-standard
body: انڈسٹری کے معیار* weight=2 concept=industry-standard
body: تحفظ weight=1 concept=protect
body: حفاظت کرتے weight=1 concept=protect
body: یقینی weight=0.5 concept=ensure
body: ضمانت weight=0.5 concept=ensure
# Secure keeping, not mere saving: "محفوظ طریقے سے", "محفوظ طور پر".
body: محفوظ طریقے weight=2 concept=secure
body: محفوظ طور پر weight=2 concept=secure

[children]
heading: بچوں کی رازداری concept=childrens-privacy
heading: بچے concept=childrens-privacy
heading: بچوں concept=childrens-privacy
heading: بچوں کی معلومات concept=childrens-privacy
heading: سال سے کم عمر concept=age-limits
heading: عمر کی حد concept=age-limits
heading: عمر کی پابندیاں concept=age-limits
heading: نابالغ concept=minors
heading: نابالغوں concept=minors
heading: نابالغ افراد concept=minors
body: بچوں weight=3 concept=children
body: بچے weight=3 concept=children
body: بچہ weight=2.5 concept=children
body: نابالغ* weight=2.5 concept=minors-teens
body: نوعمر* weight=2.5 concept=minors-teens
body: نو عمر weight=2.5 concept=minors-teens
body: سال سے کم عمر weight=2.5 concept=age-threshold
body: سے کم عمر weight=2.5 concept=age-threshold
body: 13 سال weight=3 concept=age-threshold
body: ۱۳ سال weight=3 concept=age-threshold
body: 16 سال weight=3 concept=age-threshold
body: ۱۶ سال weight=3 concept=age-threshold
body: 18 سال weight=2.5 concept=age-threshold
body: ۱۸ سال weight=2.5 concept=age-threshold
body: والدین weight=2.5 concept=parents-guardians
body: سرپرست* weight=3 concept=parents-guardians
body: ماں باپ weight=2.5 concept=parents-guardians
body: والدین کی رضامندی weight=3 concept=parental-consent
body: سرپرست کی رضامندی weight=3 concept=parental-consent
body: coppa weight=3 concept=coppa
body: جان بوجھ کر weight=3 concept=knowingly-collect
body: دانستہ weight=3 concept=knowingly-collect
body: بچوں کے لیے نہیں weight=2 concept=not-directed-to-children
body: بچوں کے لئے نہیں weight=2 concept=not-directed-to-children
body: اگر ہمیں معلوم ہو weight=2 concept=if-we-learn
body: اگر ہمیں پتہ چلے weight=2 concept=if-we-learn
body: اگر ہمیں علم ہو weight=2 concept=if-we-learn
body: عمر weight=1.5 concept=age
# concept `minor` (an ambiguous bare word) has no Urdu counterpart: نابالغ is unambiguous.

[international]
heading: بین الاقوامی منتقلی concept=international-transfers
heading: بین الاقوامی ڈیٹا کی منتقلی concept=international-transfers
heading: سرحد پار منتقلی concept=international-transfers
heading: سرحد پار ڈیٹا concept=international-transfers
heading: ڈیٹا کی منتقلی concept=data-transfers
heading: معلومات کی منتقلی concept=data-transfers
heading: کہاں ذخیرہ concept=where-we-store
heading: ڈیٹا کا مقام concept=where-we-store
heading: پروسیسنگ کا مقام concept=where-we-store
body: منتقل weight=1 concept=transfer
body: منتقلی weight=1 concept=transfer
body: سرحد پار weight=3 concept=cross-border
body: دوسرے ممالک weight=2.5 concept=other-countries
body: دیگر ممالک weight=2.5 concept=other-countries
body: ملک سے باہر weight=2.5 concept=other-countries
body: پاکستان سے باہر weight=2.5 concept=other-countries
body: رہائش کے ملک weight=2.5 concept=other-countries
body: یورپی اقتصادی علاقہ weight=2 concept=eea
body: یورپی اقتصادی علاقے weight=2 concept=eea
body: eea weight=2 concept=eea
body: امریکہ weight=1 concept=united-states
body: ریاستہائے متحدہ weight=1 concept=united-states
body: ریاست ہائے متحدہ weight=1 concept=united-states
# One sentence on transfers to the USA (standard clauses, adequacy) in a subsection on a social network or a cloud service must not outweigh its practice: lighter transfer terms.
body: معیاری معاہداتی شقیں weight=2 concept=transfer-safeguards
body: معیاری معاہدے کی شقیں weight=2 concept=transfer-safeguards
body: پابند کارپوریٹ قواعد weight=3 concept=transfer-safeguards
body: مناسب حفاظتی اقدامات weight=2 concept=transfer-safeguards
body: مناسبیت weight=2 concept=adequacy
body: کفایت کا فیصلہ weight=2 concept=adequacy
body: privacy shield weight=2 concept=privacy-frameworks
body: data privacy framework weight=2.5 concept=privacy-frameworks
body: پرائیویسی شیلڈ weight=2 concept=privacy-frameworks
body: ڈیٹا پرائیویسی فریم ورک weight=2.5 concept=privacy-frameworks
body: کم تحفظ weight=2 concept=less-protective
body: کم حفاظتی weight=2 concept=less-protective
body: دائرہ اختیار weight=2 concept=jurisdictions
# A bare سرور is any server: the location needs a place word.
body: سرور* weight=0.5 concept=server-location
body: سرور* واقع weight=2 concept=server-location
body: سرور* موجود weight=2 concept=server-location
body: بیرون سرور* weight=2 concept=server-location
body: ڈیٹا سینٹر* weight=2 concept=server-location
body: واقع weight=1 concept=server-location
body: دنیا بھر weight=1.5 concept=around-the-world

[regional]
heading: کیلیفورنیا کے رہائشی concept=california
heading: کیلیفورنیا کے رہائشیوں concept=california
heading: کیلیفورنیا رازداری کے حقوق concept=california
heading: کیلیفورنیا concept=california
heading: نیواڈا کے رہائشی concept=us-state-rights
heading: ریاستی رازداری کے حقوق concept=us-state-rights
heading: امریکی ریاستوں concept=us-state-rights
heading: یورپی اقتصادی علاقے کے رہائشی concept=eea-gdpr-notice
heading: یورپی یونین کے رہائشی concept=eea-gdpr-notice
heading: gdpr کی تعمیل concept=eea-gdpr-notice
heading: مخصوص دائرہ اختیار concept=jurisdiction-specific
heading: علاقائی نوٹس concept=jurisdiction-specific
heading: علاقائی concept=jurisdiction-specific
body: کیلیفورنیا weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: نیواڈا weight=3 concept=us-states
body: ورجینیا weight=3 concept=us-states
body: کولوراڈو weight=3 concept=us-states
body: کنیکٹیکٹ weight=3 concept=us-states
body: رہائشی weight=2 concept=residents
body: رہائشیوں weight=2 concept=residents
body: کنزیومر* weight=1.5 concept=consumers
body: صارفین weight=1 concept=consumers
body: فروخت نہ کریں weight=3 concept=do-not-sell
body: فروخت یا شیئر weight=3 concept=do-not-sell
body: فروخت یا اشتراک weight=3 concept=do-not-sell
body: کراس کانٹیکسٹ weight=3 concept=cross-context-advertising
body: مالی مراعات weight=3 concept=financial-incentives
body: مالی ترغیبات weight=3 concept=financial-incentives
body: گزشتہ 12 ماہ weight=3 concept=preceding-12-months
body: گزشتہ ۱۲ ماہ weight=3 concept=preceding-12-months
body: پچھلے 12 مہینوں weight=3 concept=preceding-12-months
body: پچھلے ۱۲ مہینوں weight=3 concept=preceding-12-months
body: گزشتہ بارہ ماہ weight=3 concept=preceding-12-months
body: gdpr weight=2.5 concept=eu-gdpr
body: یورپی یونین weight=2 concept=eu-gdpr
body: برازیل weight=2 concept=brazil-lgpd
body: lgpd weight=3 concept=brazil-lgpd
body: کینیڈا weight=2 concept=canada-pipeda
body: pipeda weight=3 concept=canada-pipeda
body: ریاست weight=0.5 concept=state
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

[third-party-sites]
heading: تیسرے فریق کی ویب سائٹس concept=third-party-websites
heading: دیگر ویب سائٹس concept=third-party-websites
heading: دوسری ویب سائٹس concept=third-party-websites
heading: دیگر ویب سائٹس کے لنکس concept=links-to-other-sites
heading: بیرونی لنکس concept=links-to-other-sites
heading: تیسرے فریق کے لنکس concept=links-to-other-sites
heading: تیسرے فریق کی خدمات concept=third-party-services
heading: فریق ثالث کی خدمات concept=third-party-services
heading: سوشل میڈیا پلگ ان concept=social-media-plugins
heading: سوشل میڈیا کی خصوصیات concept=social-media-plugins
heading: تیسرے فریق کی رازداری کی پالیسیاں concept=third-party-privacy-policies
heading: تیسرے فریقوں کی رازداری پالیسیاں concept=third-party-privacy-policies
body: لنک* weight=2.5 concept=links
body: ہائپر لنک* weight=3 concept=links
body: ہائپرلنک* weight=3 concept=links
body: دیگر ویب سائٹس weight=2.5 concept=other-sites
body: دوسری ویب سائٹس weight=2.5 concept=other-sites
body: بیرونی ویب سائٹس weight=2.5 concept=other-sites
body: تیسرے فریق کی ویب سائٹس weight=2.5 concept=other-sites
body: تیسرے فریق کے زیر انتظام weight=2.5 concept=other-sites
body: تیسرے فریق کی ایپلی کیشنز weight=2 concept=third-party-applications
body: تیسرے فریق کی ایپس weight=2 concept=third-party-applications
body: ذمہ دار نہیں weight=3 concept=not-responsible
body: ذمہ داری قبول نہیں weight=3 concept=not-responsible
body: کوئی کنٹرول نہیں weight=2.5 concept=not-responsible
body: کوئی اختیار نہیں weight=2.5 concept=not-responsible
body: توثیق نہیں weight=2.5 concept=not-responsible
body: ان کی رازداری کی پالیسیاں weight=3 concept=their-privacy-policies
body: ان کی اپنی رازداری weight=3 concept=their-privacy-policies
body: رازداری کے طریقوں weight=2.5 concept=their-privacy-policies
body: ترغیب دیتے ہیں weight=2.5 concept=encourage-review
body: حوصلہ افزائی کرتے ہیں weight=2.5 concept=encourage-review
body: مشورہ دیتے ہیں weight=2.5 concept=encourage-review
body: ہماری ویب سائٹ چھوڑ weight=2.5 concept=leave-our-site
body: ہماری سائٹ چھوڑ weight=2.5 concept=leave-our-site
body: پلگ ان* weight=2.5 concept=plugins
body: ویجیٹ* weight=2.5 concept=plugins
body: ویجٹ* weight=2.5 concept=plugins
body: مواد weight=0.5 concept=content
body: جائزہ weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: سوشل میڈیا concept=social-media-presence
heading: سوشل نیٹ ورکس concept=social-media-presence
heading: سماجی رابطے کی ویب سائٹس concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: تیسرے فریق کی جانب سے جمع کردہ معلومات concept=third-party-data-collection
heading: تیسرے فریق کے ذریعے جمع کی جانے والی معلومات concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: ایمبیڈڈ مواد concept=third-party-services
heading: فریق ثالث کا مواد concept=third-party-services
heading: تیسرے فریق کا مواد concept=third-party-services
heading: ایمبیڈڈ ویڈیوز concept=third-party-services
heading: پلگ انز concept=social-media-plugins
body: ایمبیڈ* weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: فریق ثالث کا مواد weight=3 concept=other-sites
body: تیسرے فریق کا مواد weight=3 concept=other-sites
body: youtube weight=2 concept=plugins
body: یوٹیوب weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: گوگل میپس weight=2.5 concept=plugins
body: اپنے اکاؤنٹ میں لاگ ان weight=1.5 concept=plugins
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: نیٹ ورک کنکشنز weight=2 concept=network-connections
heading: نیٹ ورک کنکشن weight=2 concept=network-connections
heading: بیرونی کنکشنز weight=2 concept=network-connections
heading: ڈیوائس سے باہر جاتا weight=2 concept=network-connections
heading: ڈیوائس سے باہر بھیجا weight=2 concept=network-connections
heading: انٹرنیٹ پر جاتا weight=2 concept=network-connections
heading: انٹرنیٹ کے ذریعے بھیجا weight=2 concept=network-connections
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
heading: اس پالیسی میں تبدیلیاں concept=changes-to-policy
heading: پالیسی میں تبدیلیاں concept=changes-to-policy
heading: رازداری کی پالیسی میں تبدیلیاں concept=changes-to-policy
heading: تبدیلیاں concept=changes-to-policy
heading: اپ ڈیٹس concept=policy-updates
heading: پالیسی اپ ڈیٹس concept=policy-updates
heading: اس پالیسی کی اپ ڈیٹس concept=policy-updates
heading: تبدیلیوں کی اطلاع concept=notification-of-changes
heading: ترامیم concept=amendments
heading: ترمیمات concept=amendments
heading: نظرثانی concept=amendments
heading: تاریخ نفاذ concept=entry-into-force
heading: نفاذ concept=entry-into-force
body: تبدیل* weight=1.5 concept=change-update
body: اپ ڈیٹ* weight=2 concept=change-update
body: ترمیم* weight=2.5 concept=change-update
body: ترامیم weight=2.5 concept=change-update
body: نظرثانی weight=2 concept=change-update
body: نظر ثانی weight=2 concept=change-update
body: موثر تاریخ weight=3 concept=effective-date
body: نفاذ کی تاریخ weight=3 concept=effective-date
body: تاریخ نفاذ weight=3 concept=effective-date
body: آخری بار اپ ڈیٹ weight=3 concept=effective-date
body: آخری اپ ڈیٹ weight=3 concept=effective-date
body: وقتاً فوقتاً weight=2.5 concept=from-time-to-time
body: وقفے وقفے سے weight=2.5 concept=from-time-to-time
body: اہم تبدیلیاں weight=3 concept=material-changes
body: اہم تبدیلی weight=3 concept=material-changes
body: بڑی تبدیلیاں weight=3 concept=material-changes
body: مادی تبدیلیاں weight=3 concept=material-changes
body: مسلسل استعمال weight=3 concept=continued-use
body: استعمال جاری رکھ* weight=3 concept=continued-use
body: باقاعدگی سے weight=2.5 concept=check-back
body: تازہ ترین ورژن weight=2 concept=latest-version
body: موجودہ ورژن weight=2 concept=latest-version
body: فوری طور پر مؤثر weight=2.5 concept=effective-immediately
body: شائع ہوتے ہی weight=2.5 concept=effective-immediately
body: فوری طور پر weight=2 concept=effective-immediately
body: حق محفوظ weight=2 concept=reserve-the-right
body: آپ کو مطلع weight=1.5 concept=notify-you
body: مطلع کریں گے weight=1.5 concept=notify-you
body: اطلاع دیں گے weight=1.5 concept=notify-you
body: شائع weight=1 concept=posting
body: پوسٹ weight=1 concept=posting
body: ورژن weight=1 concept=version
body: نوٹس weight=0.5 concept=notice
body: اطلاع weight=0.5 concept=notice

[contact]
heading: ہم سے رابطہ کریں concept=contact-us
heading: ہم سے رابطہ concept=contact-us
heading: رابطہ concept=contact-us
heading: رابطے کی معلومات concept=contact-information
heading: رابطہ کی تفصیلات concept=contact-information
heading: رابطے کی تفصیلات concept=contact-information
heading: ہم سے کیسے رابطہ concept=how-to-contact
heading: رابطہ کیسے کریں concept=how-to-contact
heading: سوالات concept=questions
heading: سوالات یا خدشات concept=questions
heading: ڈیٹا پروٹیکشن آفیسر concept=data-protection-officer
heading: ڈیٹا کے تحفظ کا افسر concept=data-protection-officer
heading: شکایات افسر concept=data-protection-officer
body: ہم سے رابطہ کریں weight=3 concept=please-contact
body: ہمیں ای میل weight=3 concept=please-contact
body: ہمیں لکھیں weight=3 concept=please-contact
body: کوئی سوال weight=2.5 concept=questions-comments
body: کوئی سوالات weight=2.5 concept=questions-comments
body: سوالات weight=1.5 concept=questions-comments
body: تبصرے weight=1.5 concept=questions-comments
body: خدشات weight=1.5 concept=questions-comments
body: استفسار* weight=2 concept=questions-comments
body: شکایات weight=1.5 concept=questions-comments
body: ڈیٹا پروٹیکشن آفیسر weight=3 concept=dpo
body: ڈیٹا کے تحفظ کا افسر weight=3 concept=dpo
body: پرائیویسی آفیسر weight=3 concept=dpo
body: رازداری افسر weight=3 concept=dpo
body: شکایات افسر weight=2.5 concept=dpo
body: گریوینس آفیسر weight=2.5 concept=dpo
body: dpo weight=3 concept=dpo
body: ڈاک کا پتہ weight=2 concept=postal-address
body: پوسٹل ایڈریس weight=2 concept=postal-address
body: منزل weight=1.5 concept=postal-address
body: سڑک weight=1.5 concept=postal-address
body: روڈ weight=1.5 concept=postal-address
body: ٹیلیفون weight=1.5 concept=telephone
body: فون weight=1.5 concept=telephone
body: ای میل کے ذریعے weight=1.5 concept=by-email
body: کسٹمر سروس weight=1.5 concept=customer-service
body: کسٹمر کیئر weight=1.5 concept=customer-service
body: ہیلپ لائن weight=1.5 concept=customer-service
body: پتہ weight=0.3 concept=address
body: ایڈریس weight=0.3 concept=address
# The controller's identity and address (art. 13 GDPR): "ڈیٹا کنٹرولر".
heading: ڈیٹا کنٹرولر concept=contact-information
heading: کنٹرولر concept=contact-information
heading: ذمہ دار ادارہ concept=contact-information

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no cue inside it
# counts. Written whole, like boilerplate headings.
# A software or app update is not a change to the policy.
سافٹ ویئر اپ ڈیٹ
ایپ اپ ڈیٹ
ایپ اپ ڈیٹس
اپ ڈیٹس چیک
خودکار اپ ڈیٹس
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
