# Persian (Farsi) lexicon: Persian as written in Iran (Farsi) and Afghanistan (Dari), in
# the Arabic script with the Persian letters پ چ ژ گ and the Persian forms ی (U+06CC) and
# ک (U+06A9). Dari spellings are listed where they differ in common policy wording
# (Dari «معلومات» beside Iranian «اطلاعات», «ساکنین» beside «ساکنان»), and so are the
# purist coinages of volunteer translations (سوم‌شخص, هم‌رسانی, نگارش, افزاره, کارساز).
#
# Legal vocabulary: Iran has no general data-protection act yet (a personal-data protection
# bill, «لایحه حمایت از داده‌ها و حریم خصوصی», has been pending since 2018); Iranian
# policies cite the Electronic Commerce Act of 2004 («قانون تجارت الکترونیکی») and the
# Computer Crimes Act («قانون جرایم رایانه‌ای»), and borrow GDPR terms in translation:
# اطلاعات شخصی / داده‌های شخصی, کنترل‌کننده و پردازشگر داده, مبنای قانونی, منافع مشروع,
# رضایت, حق دسترسی, حق اعتراض, کوکی‌ها. Afghan (Dari) policies use the same vocabulary.
#
# Writing conventions:
# - ZWNJ (U+200C, نیم‌فاصله) disappears in normalization (NFKC casefolding drops default-
#   ignorable characters): «می‌کنیم» and «میکنیم» are the same word, «داده‌ها» equals
#   «دادهها». Entries are therefore written either with ZWNJ or joined (never both: they
#   would be duplicates), and the SPACED spelling that informal text uses instead of ZWNJ
#   («می کنیم», «داده ها», «جمع آوری») is listed beside it as a second entry.
# - @fold-accents yes: harakat and tanween are dropped («لطفاً» = «لطفا»), and so are the
#   hamza and madda signs: «آ» matches «ا», «تأیید» matches «تایید», «مسئول» reads
#   «مسيول». One spelling of such pairs is enough (both would be duplicates).
# - No @prefixes/@suffixes: plural -ها/-ان, ezafe -ی and pronoun clitics (اطلاعاتتان) are
#   matched with a trailing * on stems (داده*, کوکی*), and verb forms are listed whole
#   (استفاده می‌کنیم / استفاده می کنیم), since stripping ی or ان from Persian words is unsafe.
# - Text typed with the Arabic letters ي and ك (old keyboards) is not matched by section
#   entries; the profile lists a few such spellings of the commonest words so that such a
#   document is still identified as Persian.
# - Persian headings put the head first (ezafe: «اشتراک‌گذاری اطلاعات»): no @heading-head.
@language fa
@name Persian
@fold-accents yes

[profile]
# Function words first. weight=3 marks words that Persian uses and Arabic and Urdu do not
# (است، این، که، را، می، ما، شما، های ...); words shared with Urdu (اطلاعات، اگر، یا) or
# with Arabic (به، حقوق، قانون، خدمات) get 1 or 0.5. «آن» folds to «ان», which is also
# Arabic «أن/إن» and Urdu «ان»: weight 1. Dari «معلومات» is left out (Urdu and Arabic).
است weight=3
این weight=3
که weight=3
را weight=3
می weight=3
ما weight=3
شما weight=3
های weight=3
ها weight=2
از weight=2
در weight=2
به
با weight=2
برای weight=3
یا
و weight=0.5
آن
آنها weight=3
هر weight=2
هم
نیز weight=3
تا weight=2
اگر
چه weight=2
چگونه weight=3
نحوه weight=3
شود weight=3
شده weight=3
میشود weight=3
باشد weight=3
کنید weight=3
کنیم weight=3
کند weight=3
کنند weight=3
کرد weight=2
کرده weight=2
داریم weight=3
دارد weight=2
دارید weight=3
خواهد weight=3
خواهیم weight=3
هیچ weight=2
دیگر
بر
بین
پس
همچنین weight=3
توسط weight=3
طریق weight=2
مورد weight=2
موارد weight=2
جهت weight=2
بدون
مانند weight=2
زیر weight=2
بیشتر weight=2
همه weight=2
برخی weight=3
چنین weight=2
اینکه weight=3
آنچه weight=3
زمانی weight=2
وقتی weight=2
اما
ولی weight=2
خود
هستیم weight=3
هستند weight=3
نیست weight=3
میکنیم weight=3
میدهیم weight=3
میتوانید weight=3
نمی weight=2
یک weight=2
باید weight=3
ممکن
سایر weight=2
قرار weight=2
# Arabic-keyboard spellings (ي, ك) of the commonest Persian words.
كه weight=2
اين weight=2
براي weight=2
مي weight=2
هاي weight=2
# Words frequent in privacy policies.
اطلاعات
شخصی
حریم weight=3
خصوصی weight=2
داده weight=3
دادهها weight=3
سیاست
حفظ weight=0.5
استفاده weight=2
خدمات weight=0.5
وبسایت weight=2
سایت weight=2
کاربر weight=3
کاربران weight=3
جمعآوری weight=3
پردازش weight=3
اشتراک
اشخاص weight=2
ثالث
حقوق weight=0.5
امنیت weight=2
کوکیها weight=3
کوکی
تبلیغات weight=2
حساب weight=0.5
دستگاه weight=3
مرورگر weight=3
ایمیل
آدرس weight=2
تلفن weight=2
شرکت
قانون weight=0.5
قوانین
رضایت weight=3
درخواست
تماس weight=3
ارسال
نگهداری weight=3
انتقال
افشا weight=2
اهداف weight=2
هدف weight=2
بهبود weight=3
ارائه weight=3
محصولات weight=2
مشتریان weight=2
بهروزرسانی weight=3
تغییرات weight=2
کودکان weight=3
کشور weight=3
کشورها weight=3
زمان weight=2
مدت
قبیل weight=2
مربوط weight=2
لازم
ضروری
طبق weight=2
مطابق
لطفا weight=3
مجاز
دسترسی weight=2
حذف
اصلاح
امکان
شامل
شماره weight=2
ثبت
حفاظت weight=2
محافظت weight=2
دریافت

[units]
# ZWNJ plurals («سال‌ها») normalize to the joined word («سالها»). Adjectival -ه forms
# («دوره ۳۰ روزه», «۱۲ ماهه») are listed with the unit.
year: سال, سالها, سال ها, ساله
month: ماه, ماهها, ماه ها, ماهه
week: هفته, هفتهها, هفته ها
day: روز, روزها, روز ها, روزه
hour: ساعت, ساعتها, ساعت ها
minute: دقیقه, دقیقهها, دقیقه ها
business-day: روز کاری, روزهای کاری, روز کار

[numbers]
# Digits, Persian (۱۲) or Latin (12), are read as numbers without this list.
1: یک, یکی
2: دو
3: سه
4: چهار
5: پنج
6: شش, شیش
7: هفت
8: هشت
9: نه
10: ده
11: یازده
12: دوازده
13: سیزده
14: چهارده
15: پانزده, پونزده
16: شانزده
18: هجده, هیجده
20: بیست
24: بیست و چهار
30: سی
45: چهل و پنج
60: شصت
72: هفتاد و دو
90: نود
100: صد, یکصد

[references]
gdpr: مقررات عمومی حفاظت از داده, مقررات عمومی حفاظت از دادهها, مقررات عمومی حفاظت از داده ها, مقررات عمومی حفاظت از دادههای اتحادیه اروپا, قانون عمومی حفاظت از دادهها, آیین نامه عمومی حفاظت از داده, gdpr, جی دی پی آر
ccpa: قانون حریم خصوصی مصرف کنندگان کالیفرنیا, قانون حریم خصوصی مصرفکنندگان کالیفرنیا, ccpa
cpra: قانون حقوق حریم خصوصی کالیفرنیا, cpra
coppa: قانون حفاظت از حریم خصوصی آنلاین کودکان, قانون حمایت از حریم خصوصی آنلاین کودکان, coppa
pdpa: pdpa
lgpd: قانون عمومی حفاظت از دادههای برزیل, lgpd
pipeda: قانون حفاظت از اطلاعات شخصی و اسناد الکترونیکی, pipeda
appi: قانون حفاظت از اطلاعات شخصی ژاپن, appi
pipl: قانون حفاظت از اطلاعات شخصی چین, pipl
# Iran's Electronic Commerce Act (قانون تجارت الکترونیکی, 1382/2004; its articles 58-59
# and 71-73 protect «داده پیام‌های شخصی») and the pending personal-data bill. These ids
# have no English entry yet.
ir-eca: قانون تجارت الکترونیکی, قانون تجارت الکترونیک
ir-pdp-bill: لایحه حمایت از دادهها و حریم خصوصی, لایحه حمایت از داده ها و حریم خصوصی, لایحه حفاظت از دادههای شخصی, لایحه صیانت و حفاظت از دادههای شخصی

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
شرایط استفاده
شرایط خدمات
شرایط و ضوابط
قانون حاکم
قانون قابل اجرا
قانون حاکم و صلاحیت قضایی
صلاحیت قضایی
تفکیک‌پذیری
جدایی‌پذیری
توافق کامل
عدم چشم‌پوشی
قوه قاهره
فورس ماژور
سلب مسئولیت
محدودیت مسئولیت
ترجمه‌ها
ترجمه ها
ترجمه
سایر ترجمه‌ها
سایر ترجمه ها
ترجمه‌های دیگر
ترجمه های دیگر
نسخه‌های زبانی
نسخه های زبانی
نسخه انگلیسی ملاک است
حق نشر
کپی‌رایت
کپی رایت
قدردانی
فهرست مطالب

# ---------------------------------------------------------------------------------------
# Sections.
مالکیت معنوی
حقوق مالکیت معنوی
زبان

[intro]
heading: مقدمه concept=introduction
heading: پیشگفتار concept=introduction
heading: کلیات concept=introduction
heading: خلاصه concept=summary
heading: مرور کلی concept=summary
heading: نگاه کلی concept=summary
heading: نکات کلیدی concept=summary
heading: درباره این سیاست concept=about-this-policy
heading: درباره این سیاستنامه concept=about-this-policy
heading: درباره این اطلاعیه concept=about-this-policy
heading: دامنه شمول concept=scope
heading: دامنه کاربرد concept=scope
heading: حوزه شمول concept=scope
heading: قلمرو concept=scope
heading: این سیاست شامل چه کسانی concept=scope
heading: ما چه کسی هستیم concept=who-we-are
heading: ما کی هستیم concept=who-we-are
heading: درباره ما weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
heading: تعهد ما به حریم خصوصی concept=commitment-to-privacy
heading: تعهد ما به حفظ حریم خصوصی concept=commitment-to-privacy
heading: پذیرش این سیاست concept=acceptance
heading: پذیرش شما concept=acceptance
heading: پذیرش شرایط concept=acceptance
heading: سیاست حفظ حریم خصوصی weight=0.5 concept=privacy-policy-title   # document title; also inside other headings
heading: سیاست حریم خصوصی weight=0.5 concept=privacy-policy-title
heading: حریم خصوصی weight=0.5 concept=privacy-policy-title
heading: بیانیه حریم خصوصی weight=0.5 concept=privacy-policy-title
heading: اطلاعیه حریم خصوصی weight=0.5 concept=privacy-policy-title
heading: سند حریم خصوصی weight=0.5 concept=privacy-policy-title
heading: سیاست محرمانگی weight=0.5 concept=privacy-policy-title
heading: پالیسی حریم خصوصی weight=0.5 concept=privacy-policy-title
heading: سیاستنامه حریم خصوصی weight=0.5 concept=privacy-policy-title
# «این سیاست ... را توضیح می‌دهد»: the verb closes the sentence, so it is matched alone.
body: توضیح میدهد weight=2 concept=policy-describes
body: توضیح می دهد weight=2 concept=policy-describes
body: شرح میدهد weight=2 concept=policy-describes
body: شرح می دهد weight=2 concept=policy-describes
body: تشریح میکند weight=2 concept=policy-describes
body: تشریح می کند weight=2 concept=policy-describes
body: اعمال میشود weight=2 concept=policy-applies-to
body: اعمال می شود weight=2 concept=policy-applies-to
body: اعمال نمیشود weight=2.5 concept=policy-applies-to
body: اعمال نمی شود weight=2.5 concept=policy-applies-to
body: پوشش میدهد weight=1.5 concept=policy-applies-to
body: پوشش می دهد weight=1.5 concept=policy-applies-to
body: با استفاده از این weight=1.5 concept=by-using
body: با استفاده از وبسایت weight=1.5 concept=by-using
body: با استفاده از خدمات weight=1.5 concept=by-using
body: با دسترسی به weight=1.5 concept=by-using
body: با بازدید از weight=1.5 concept=by-using
body: پذیرش weight=1.5 concept=acceptance-of-policy
body: میپذیرید weight=1.5 concept=acceptance-of-policy
body: می پذیرید weight=1.5 concept=acceptance-of-policy
body: پذیرفته اید weight=1.5 concept=acceptance-of-policy
body: پذیرفتهاید weight=1.5 concept=acceptance-of-policy
body: اگر موافق نیستید weight=2 concept=if-you-do-not-agree
body: چنانچه موافق نیستید weight=2 concept=if-you-do-not-agree
body: در صورت عدم موافقت weight=2.5 concept=if-you-do-not-agree
body: متعهد هستیم weight=2 concept=committed-to-privacy
body: متعهدیم weight=2 concept=committed-to-privacy
body: احترام میگذاریم weight=2 concept=committed-to-privacy
body: احترام می گذاریم weight=2 concept=committed-to-privacy
body: نامیده میشود weight=1.5 concept=referred-to-as
body: نامیده می شود weight=1.5 concept=referred-to-as
body: نامیده میشوند weight=1.5 concept=referred-to-as
body: شرایط استفاده weight=1 concept=terms-of-use
body: شرایط و ضوابط weight=1 concept=terms-of-use
body: قوانین و مقررات weight=1 concept=terms-of-use
body: با دقت بخوانید weight=1.5 concept=please-read
body: به دقت مطالعه weight=1.5 concept=please-read
body: با دقت مطالعه weight=1.5 concept=please-read
body: مطالعه کنید weight=1 concept=please-read
body: این سیاست weight=0.5 concept=this-privacy-policy
body: این سیاستنامه weight=0.5 concept=this-privacy-policy
body: حریم خصوصی weight=0.3 concept=privacy
body: وبسایت weight=0.3 concept=website
body: وب سایت weight=0.3 concept=website
body: سایت weight=0.3 concept=website
body: تارنما weight=0.3 concept=website
body: اپلیکیشن weight=0.3 concept=website
body: خدمات weight=0.3 concept=services
body: محصولات weight=0.3 concept=services
body: شرکت weight=0.3 concept=company
# The policy naming its author: (از این پس «ما»), («ما» نامیده می‌شود).
body: از این پس ما weight=2.5 concept=we-us-defined
body: ما نامیده میشود weight=2.5 concept=we-us-defined
body: ما نامیده می شود weight=2.5 concept=we-us-defined
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary

[definitions]
heading: تعاریف concept=definitions
heading: تعریف اصطلاحات concept=definitions
heading: تعریف واژگان concept=definitions
heading: اصطلاحات concept=key-terms
heading: اصطلاحات کلیدی concept=key-terms
heading: واژهنامه concept=key-terms
heading: واژه نامه concept=key-terms
heading: اصطلاحات به کار رفته concept=key-terms
heading: اصطلاحات بهکاررفته concept=key-terms
heading: تفسیر concept=interpretation
heading: تفسیر و تعاریف concept=interpretation
heading: منظور ما از concept=what-we-mean-by
heading: منظور از concept=what-we-mean-by
body: به معنای weight=2.5 concept=means
body: به معنی weight=2.5 concept=means
body: عبارت است از weight=3 concept=means
body: عبارتند از weight=2 concept=means
body: منظور از weight=2.5 concept=means
body: یعنی weight=1.5 concept=means
body: اطلاق میشود weight=2.5 concept=refers-to
body: اطلاق می شود weight=2.5 concept=refers-to
body: اشاره دارد weight=2.5 concept=refers-to
body: اشاره میکند weight=2 concept=refers-to
body: اشاره می کند weight=2 concept=refers-to
body: تعاریف زیر weight=3 concept=defined-terms-intro
body: اصطلاحات زیر weight=3 concept=defined-terms-intro
body: اصطلاح weight=2 concept=defined-terms-intro
body: از نظر این سیاست weight=2.5 concept=as-used-in-this-policy
body: در این سیاست weight=1.5 concept=as-used-in-this-policy
body: در این سیاستنامه weight=2 concept=as-used-in-this-policy
body: منظور از اطلاعات شخصی weight=3 concept=personal-data-means
body: منظور از داده شخصی weight=3 concept=personal-data-means
body: منظور از دادههای شخصی weight=3 concept=personal-data-means
body: اطلاعات شخصی به معنای weight=3 concept=personal-data-means
body: شخص حقیقی weight=2 concept=identifiable-person
body: شناسایی شده یا قابل شناسایی weight=2.5 concept=identifiable-person
body: قابل شناسایی weight=2 concept=identifiable-person
body: از این پس weight=2 concept=hereinafter
body: زین پس weight=1.5 concept=hereinafter
body: کنترل کننده weight=1 concept=gdpr-roles
body: کنترلکننده weight=1 concept=gdpr-roles
body: پردازشگر weight=1 concept=gdpr-roles
body: پردازش کننده weight=1 concept=gdpr-roles
body: موضوع داده weight=1 concept=gdpr-roles
body: صاحب داده weight=1 concept=gdpr-roles
body: مسئول پردازش weight=1 concept=gdpr-roles
body: شامل weight=0.5 concept=includes
body: کاربر weight=0.3 concept=user
body: کاربران weight=0.3 concept=user
body: اطلاعات شخصی weight=0.2 concept=personal-data
body: داده شخصی weight=0.2 concept=personal-data
body: دادههای شخصی weight=0.2 concept=personal-data
body: داده های شخصی weight=0.2 concept=personal-data
body: اطلاعات فردی weight=0.2 concept=personal-data

[collection]
# «جمع‌آوری» has three spellings: with ZWNJ (normalized to جمعاوری), joined, and spaced
# (جمع آوری). A * on «جمع*» in a heading phrase covers the first two and the spaced one.
heading: اطلاعاتی که جمع* concept=what-we-collect
heading: اطلاعاتی که ما جمع* concept=what-we-collect
heading: اطلاعاتی که ممکن است جمع* concept=what-we-collect
heading: دادههایی که جمع* concept=what-we-collect
heading: داده هایی که جمع* concept=what-we-collect
heading: چه اطلاعاتی concept=what-we-collect
heading: اطلاعات جمعآوری* concept=what-we-collect
heading: اطلاعات جمع آوری* concept=what-we-collect
heading: جمعآوری اطلاعات concept=collection-of-information
heading: جمع آوری اطلاعات concept=collection-of-information
heading: جمعآوری داده* concept=collection-of-information
heading: جمع آوری داده* concept=collection-of-information
heading: گردآوری اطلاعات concept=collection-of-information
heading: گردآوری داده* concept=collection-of-information
heading: ممکن است گردآوری* concept=what-we-collect
heading: اطلاعاتی که گردآوری* concept=what-we-collect
heading: دادههایی که گردآوری* concept=what-we-collect
heading: ممکن است جمع آوری کنیم concept=what-we-collect
heading: ممکن است جمعآوری کنیم concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: مجوزها concept=what-we-collect
heading: مجوزهای برنامه concept=what-we-collect
heading: مجوزهای اپلیکیشن concept=what-we-collect
heading: دسترسی‌های برنامه concept=what-we-collect
heading: منابع اطلاعات concept=sources-of-information
heading: منابع داده* concept=sources-of-information
heading: منابع اطلاعات شخصی concept=sources-of-information
heading: اطلاعاتی که به ما ارائه* concept=information-you-provide
heading: اطلاعاتی که شما ارائه* concept=information-you-provide
heading: اطلاعاتی که در اختیار ما concept=information-you-provide
heading: اطلاعاتی که شما در اختیار concept=information-you-provide
heading: اطلاعات ارائه شده توسط شما concept=information-you-provide
heading: اطلاعات ارائهشده توسط شما concept=information-you-provide
heading: فرم تماس weight=3 concept=information-you-provide
heading: به صورت خودکار concept=collected-automatically
heading: بهصورت خودکار concept=collected-automatically
heading: به طور خودکار concept=collected-automatically
heading: بهطور خودکار concept=collected-automatically
heading: نحوه جمع* concept=how-we-collect
heading: روشهای جمع* concept=how-we-collect
heading: روش های جمع* concept=how-we-collect
heading: چگونه اطلاعات شما را جمع* concept=how-we-collect
heading: دستهبندی اطلاعات concept=categories-of-data
heading: دسته بندی اطلاعات concept=categories-of-data
heading: دستههای اطلاعات concept=categories-of-data
heading: دسته های اطلاعات concept=categories-of-data
heading: دستههای داده* concept=categories-of-data
heading: انواع اطلاعات concept=categories-of-data
heading: انواع داده* concept=categories-of-data
body: جمعآوری* weight=2 concept=we-collect
body: جمع آوری* weight=2 concept=we-collect
body: گردآوری* weight=2 concept=we-collect
body: جمع میکنیم weight=2.5 concept=we-collect
body: جمع می کنیم weight=2.5 concept=we-collect
body: دریافت میکنیم weight=1.5 concept=we-collect
body: دریافت می کنیم weight=1.5 concept=we-collect
body: ارائه میدهید weight=2 concept=you-provide
body: ارائه می دهید weight=2 concept=you-provide
body: ارائه میکنید weight=2 concept=you-provide
body: ارائه می کنید weight=2 concept=you-provide
body: در اختیار ما قرار weight=2 concept=you-provide
body: وارد میکنید weight=1.5 concept=you-provide
body: وارد می کنید weight=1.5 concept=you-provide
body: به صورت خودکار weight=2 concept=automatically
body: بهصورت خودکار weight=2 concept=automatically
body: به طور خودکار weight=2 concept=automatically
body: بهطور خودکار weight=2 concept=automatically
body: خودکار weight=1.5 concept=automatically
body: دستههای اطلاعات weight=2.5 concept=data-categories
body: دسته های اطلاعات weight=2.5 concept=data-categories
body: دستههای داده* weight=2.5 concept=data-categories
body: دسته های داده* weight=2.5 concept=data-categories
body: انواع اطلاعات weight=2 concept=data-categories
body: انواع داده* weight=2 concept=data-categories
body: منابع weight=1.5 concept=sources
body: در دسترس عموم weight=2 concept=publicly-available
body: منابع عمومی weight=2 concept=publicly-available
body: به صورت عمومی در دسترس weight=2 concept=publicly-available
body: آدرس ایمیل weight=1.5 concept=contact-details
body: نشانی ایمیل weight=1.5 concept=contact-details
body: پست الکترونیک weight=1.5 concept=contact-details
body: پست الکترونیکی weight=1.5 concept=contact-details
body: شماره تلفن weight=1.5 concept=contact-details
body: شماره تماس weight=1.5 concept=contact-details
body: شماره موبایل weight=1.5 concept=contact-details
body: شماره همراه weight=1.5 concept=contact-details
body: آدرس پستی weight=1.5 concept=contact-details
body: نشانی پستی weight=1.5 concept=contact-details
body: آدرس ip weight=2 concept=device-data
body: نشانی ip weight=2 concept=device-data
body: آدرس آی پی weight=2 concept=device-data
body: آدرس آیپی weight=2 concept=device-data
body: نشانی آیپی weight=2 concept=device-data
body: نوع مرورگر weight=2 concept=device-data
body: سیستم عامل weight=2 concept=device-data
body: سیستمعامل weight=2 concept=device-data
body: شناسه دستگاه weight=2 concept=device-data
body: شناسههای دستگاه weight=2 concept=device-data
body: اطلاعات دستگاه weight=2 concept=device-data
body: موقعیت مکانی weight=2 concept=location-data
body: موقعیت جغرافیایی weight=2 concept=location-data
body: اطلاعات مکانی weight=2 concept=location-data
body: مکانیابی weight=2 concept=location-data
body: مکان یابی weight=2 concept=location-data
body: اطلاعات استفاده weight=2 concept=usage-data
body: دادههای استفاده weight=2 concept=usage-data
body: نحوه استفاده شما weight=1.5 concept=usage-data
body: تاریخچه مرور weight=1.5 concept=usage-data
# Log data: «ثبت وقایع» / «ثبت رویدادها» is the formal word for logging («لاگ» is in [cookies]).
body: ثبت وقایع weight=1.5 concept=usage-data
body: ثبت رویداد* weight=1.5 concept=usage-data
body: دادههای لاگ weight=1.5 concept=usage-data
body: داده های لاگ weight=1.5 concept=usage-data
body: اطلاعات لاگ weight=1.5 concept=usage-data
body: جمعیتشناختی weight=1.5 concept=demographic-data
body: جمعیت شناختی weight=1.5 concept=demographic-data
body: تاریخ تولد weight=1.5 concept=demographic-data
body: جنسیت weight=1.5 concept=demographic-data
body: اطلاعات پرداخت weight=1 concept=payment-data
body: اطلاعات کارت weight=1 concept=payment-data
body: شماره کارت weight=1 concept=payment-data
body: اطلاعات بانکی weight=1 concept=payment-data
body: فرم تماس weight=1.5 concept=forms
body: فرم ثبت نام weight=1.5 concept=forms
body: فرم ثبتنام weight=1.5 concept=forms
body: فرمها weight=1.5 concept=forms
body: فرم weight=1 concept=forms
body: نام weight=1 concept=name
body: نام و نام خانوادگی weight=1.5 concept=name
body: حساب کاربری weight=0.3 concept=account
body: حساب weight=0.3 concept=account
body: اطلاعات weight=0.1 concept=information
body: داده weight=0.1 concept=information
body: دادهها weight=0.1 concept=information
body: معلومات weight=0.1 concept=information
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: گزارش های خرابی concept=collected-automatically
heading: گزارش خرابی concept=collected-automatically
heading: گزارش های خطا concept=collected-automatically
heading: داده های تشخیصی concept=collected-automatically
heading: لاگ ها concept=collected-automatically
body: گزارش خرابی weight=2.5 concept=usage-data
body: گزارش های خرابی weight=2.5 concept=usage-data
body: گزارش کرش weight=2.5 concept=usage-data
body: لاگ های اشکال زدایی weight=2.5 concept=usage-data
body: داده های تشخیصی weight=2 concept=usage-data
body: توکن اعلان weight=2.5 concept=device-data
body: توکن پوش weight=2.5 concept=device-data
body: push token* weight=2.5 concept=device-data
# Joined (ZWNJ) spellings beside the spaced ones above.
heading: گزارشهای خرابی concept=collected-automatically
heading: گزارشهای خطا concept=collected-automatically
heading: دادههای تشخیصی concept=collected-automatically
heading: لاگها concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: روی دستگاه شما می‌ماند weight=2 concept=on-device-data
heading: در دستگاه شما می‌ماند weight=2 concept=on-device-data
heading: روی دستگاه شما باقی می‌ماند weight=2 concept=on-device-data
heading: پردازش محلی weight=2 concept=on-device-data
heading: به صورت محلی پردازش* weight=2 concept=on-device-data
heading: بهصورت محلی پردازش* weight=2 concept=on-device-data
heading: پردازش روی دستگاه weight=2 concept=on-device-data
body: گزارشهای خرابی weight=2.5 concept=usage-data
body: لاگهای اشکالزدایی weight=2.5 concept=usage-data
body: دادههای تشخیصی weight=2 concept=usage-data
# Versions as items of device data, so that نسخه/نگارش in a list of collected data is not
# read as a new version of the policy.
body: نسخه اندروید weight=1.5 concept=device-data
body: نگارش اندروید weight=1.5 concept=device-data
body: نسخه سیستم عامل weight=1.5 concept=device-data
body: نگارش سیستم عامل weight=1.5 concept=device-data
body: نسخه برنامه weight=1.5 concept=device-data
body: نگارش برنامه weight=1.5 concept=device-data
body: نسخه مرورگر weight=1.5 concept=device-data
body: نسخه اپلیکیشن weight=1.5 concept=device-data

[use]
heading: چگونه از اطلاعات concept=how-we-use
heading: چگونه از داده* concept=how-we-use
heading: نحوه استفاده از اطلاعات concept=how-we-use
heading: نحوه استفاده از داده* concept=how-we-use
heading: استفاده ما از اطلاعات concept=how-we-use
heading: اطلاعات شما را برای چه concept=how-we-use
heading: استفاده از اطلاعات concept=use-of-information
heading: استفاده از داده* concept=use-of-information
heading: کاربرد اطلاعات concept=use-of-information
heading: اهداف پردازش concept=purposes-of-processing
heading: اهداف استفاده concept=purposes-of-processing
heading: مقاصد پردازش concept=purposes-of-processing
heading: هدف از پردازش concept=purposes-of-processing
heading: اهداف concept=purposes-of-processing
heading: چرا اطلاعات concept=why-we-collect
heading: چرا دادههای concept=why-we-collect
heading: هدف از جمع* concept=why-we-collect
heading: دلیل جمع* concept=why-we-collect
heading: پردازش اطلاعات شخصی concept=processing-of-personal-data
heading: پردازش دادههای شخصی concept=processing-of-personal-data
heading: پردازش داده های شخصی concept=processing-of-personal-data
heading: پردازش داده* concept=processing-of-personal-data
heading: نحوه پردازش concept=processing-of-personal-data
body: استفاده میکنیم weight=2 concept=we-use
body: استفاده می کنیم weight=2 concept=we-use
body: استفاده مینماییم weight=2 concept=we-use
body: استفاده می نماییم weight=2 concept=we-use
body: بهره میبریم weight=1.5 concept=we-use
body: اهداف weight=1.5 concept=purposes
body: به منظور weight=1.5 concept=purposes
body: هدف weight=1 concept=purposes
body: اهداف زیر weight=2.5 concept=following-purposes
body: مقاصد زیر weight=2.5 concept=following-purposes
body: منظورهای زیر weight=2.5 concept=following-purposes
body: پروفایلسازی* weight=2 concept=profiling
body: پروفایل سازی weight=2 concept=profiling
body: نمایهسازی weight=2 concept=profiling
body: نمایه سازی weight=2 concept=profiling
body: تصمیمگیری خودکار weight=1.5 concept=automated-decisions
body: تصمیم گیری خودکار weight=1.5 concept=automated-decisions
body: تصمیمات خودکار weight=1.5 concept=automated-decisions
body: ارائه خدمات weight=1.5 concept=to-provide
body: برای ارائه weight=1.5 concept=to-provide
body: انجام سفارش* weight=1.5 concept=to-fulfil
body: تکمیل سفارش* weight=1.5 concept=to-fulfil
body: انجام درخواست* weight=1.5 concept=to-fulfil
body: انجام تعهدات weight=1.5 concept=to-fulfil
body: مدیریت حساب* weight=1.5 concept=to-administer
body: مدیریت وبسایت weight=1.5 concept=to-administer
body: مدیریت وب سایت weight=1.5 concept=to-administer
body: بهبود* weight=1.5 concept=to-improve
body: ارتقا weight=1.5 concept=to-improve
body: ارتقاء weight=1.5 concept=to-improve
body: توسعه محصولات weight=2 concept=to-develop
body: توسعه خدمات weight=2 concept=to-develop
body: ویژگیهای جدید weight=2 concept=to-develop
body: ویژگی های جدید weight=2 concept=to-develop
body: توسعه weight=1 concept=to-develop
body: شخصیسازی* weight=2 concept=to-personalise
body: شخصی سازی weight=2 concept=to-personalise
body: سفارشیسازی* weight=2 concept=to-personalise
body: سفارشی سازی weight=2 concept=to-personalise
body: ارتباط با شما weight=2 concept=to-communicate
body: برقراری ارتباط weight=2 concept=to-communicate
body: تماس با شما weight=1.5 concept=to-communicate
body: برای ارسال weight=1 concept=to-send
body: ارسال weight=0.5 concept=to-send
body: پاسخ به درخواست* weight=1.5 concept=to-respond
body: پاسخگویی weight=1.5 concept=to-respond
body: پشتیبانی مشتری* weight=1.5 concept=to-respond
body: پشتیبانی weight=1 concept=to-respond
body: تجزیه و تحلیل weight=1.5 concept=to-analyse
body: تحلیل weight=1 concept=to-analyse
body: آمار weight=1 concept=to-analyse
body: آماری weight=1 concept=to-analyse
body: عیبیابی weight=2 concept=to-troubleshoot
body: عیب یابی weight=2 concept=to-troubleshoot
body: رفع اشکال weight=2 concept=to-troubleshoot
body: رفع مشکلات weight=2 concept=to-troubleshoot
body: تحقیقات بازار weight=2 concept=research
body: تحقیقات weight=1.5 concept=research
body: پژوهش weight=1.5 concept=research
body: جلوگیری از تقلب weight=2 concept=to-prevent-fraud
body: پیشگیری از تقلب weight=2 concept=to-prevent-fraud
body: تقلب weight=1.5 concept=to-prevent-fraud
body: کلاهبرداری weight=1.5 concept=to-prevent-fraud
body: سوء استفاده weight=1.5 concept=to-prevent-fraud
body: پردازش تراکنش* weight=1.5 concept=to-process-transactions
body: پردازش پرداخت* weight=1.5 concept=to-process-transactions
body: پردازش سفارش* weight=1.5 concept=to-process-transactions
body: تراکنش* weight=1 concept=to-process-transactions
body: رعایت قوانین weight=1 concept=to-comply-with-law
body: انطباق با قوانین weight=1 concept=to-comply-with-law
body: تبعیت از قوانین weight=1 concept=to-comply-with-law
# Purpose headings asked with other verbs and "(داده ها) برای اهداف زیر (پردازش می شوند)".
heading: چرا داده های شما را پردازش می کنیم concept=why-we-collect
heading: چرا اطلاعات شما را پردازش می کنیم concept=why-we-collect
heading: برای اهداف زیر concept=purposes-of-processing
heading: به منظورهای زیر concept=purposes-of-processing
heading: چرا دادههای شما را پردازش میکنیم concept=why-we-collect
heading: چرا اطلاعات شما را پردازش میکنیم concept=why-we-collect
heading: تصمیمگیری خودکار concept=automated-decision-making
heading: تصمیم گیری خودکار concept=automated-decision-making
heading: تصمیمات خودکار concept=automated-decision-making

[legal-basis]
heading: مبنای قانونی concept=legal-basis
heading: مبانی قانونی concept=legal-basis
heading: مبنای قانونی پردازش concept=legal-basis
heading: مبنای حقوقی concept=legal-basis
heading: پایه قانونی concept=legal-basis
heading: اساس قانونی concept=legal-basis
heading: بر چه اساسی concept=why-allowed
heading: به چه دلیل مجاز concept=why-allowed
heading: چرا مجاز به پردازش concept=why-allowed
# "Legal basis", "legitimate interest", "on the basis of" stand in every subsection of a GDPR-style policy: in a text they weigh less than the practice described; the headings still name a legal-basis section.
body: مبنای قانونی weight=2 concept=legal-basis-term
body: مبانی قانونی weight=2 concept=legal-basis-term
body: مبنای حقوقی weight=2 concept=legal-basis-term
body: پایه قانونی weight=2 concept=legal-basis-term
body: اساس قانونی weight=2 concept=legal-basis-term
body: منافع مشروع weight=2 concept=legitimate-interests
body: منفعت مشروع weight=2 concept=legitimate-interests
body: حقوق و آزادیهای اساسی weight=2.5 concept=balancing-test
body: حقوق و آزادی های اساسی weight=2.5 concept=balancing-test
body: آزمون توازن weight=3 concept=balancing-test
body: اجرای قرارداد weight=3 concept=performance-of-contract
body: انجام قرارداد weight=3 concept=performance-of-contract
body: قرارداد با شما weight=2 concept=performance-of-contract
body: قرارداد weight=1.5 concept=performance-of-contract
body: تعهدات قانونی weight=2.5 concept=legal-obligation
body: تعهد قانونی weight=2.5 concept=legal-obligation
body: الزام قانونی weight=2.5 concept=legal-obligation
body: الزامات قانونی weight=2.5 concept=legal-obligation
body: منافع حیاتی weight=3 concept=vital-interests
body: منافع عمومی weight=2.5 concept=public-interest
body: منفعت عمومی weight=2.5 concept=public-interest
body: مصلحت عمومی weight=2.5 concept=public-interest
body: ماده ۶ weight=2 concept=article-6
body: ماده 6 weight=2 concept=article-6
body: پردازش ضروری است weight=2.5 concept=processing-necessary
body: پردازش لازم است weight=2.5 concept=processing-necessary
body: بر اساس weight=1 concept=on-the-basis-of
body: براساس weight=1 concept=on-the-basis-of
body: بر مبنای weight=1 concept=on-the-basis-of
body: قانونی weight=1 concept=lawful
body: مشروع weight=1 concept=lawful
body: رضایت weight=1 concept=consent-as-basis
body: ضروری weight=0.5 concept=necessary
body: لازم weight=0.5 concept=necessary

[consent]
heading: رضایت concept=your-consent
heading: رضایت شما concept=your-consent
heading: رضایت و موافقت concept=your-consent
heading: پس گرفتن رضایت concept=withdrawal-of-consent
heading: پسگرفتن رضایت concept=withdrawal-of-consent
heading: انصراف از رضایت concept=withdrawal-of-consent
heading: لغو رضایت concept=withdrawal-of-consent
heading: ابطال رضایت concept=withdrawal-of-consent
heading: رضایت و لغو آن concept=withdrawal-of-consent
body: رضایت میدهید weight=2.5 concept=you-consent
body: رضایت می دهید weight=2.5 concept=you-consent
body: رضایت دادهاید weight=2.5 concept=you-consent
body: رضایت داده اید weight=2.5 concept=you-consent
body: رضایت شما weight=2 concept=you-consent
body: رضایت weight=1.5 concept=you-consent
body: پس گرفتن weight=2.5 concept=withdraw
body: پسگرفتن weight=2.5 concept=withdraw
body: پس بگیرید weight=3 concept=withdraw
body: لغو رضایت weight=3 concept=withdraw
body: ابطال weight=2.5 concept=withdraw
body: لغو weight=1.5 concept=withdraw
body: نظرتان تغییر کرد weight=2 concept=change-your-mind
body: نظر خود را تغییر weight=2 concept=change-your-mind
body: موافقت میکنید weight=1.5 concept=you-agree
body: موافقت می کنید weight=1.5 concept=you-agree
body: موافقت weight=1 concept=you-agree
body: رضایت صریح weight=2.5 concept=explicit-consent
body: رضایت آگاهانه weight=2.5 concept=explicit-consent
body: رضایت کتبی weight=2 concept=explicit-consent
body: آزادانه weight=2.5 concept=freely-given
body: داوطلبانه weight=2 concept=freely-given
body: اختیاری weight=1.5 concept=freely-given
body: علامت زدن weight=2 concept=opt-in
body: تیک weight=2 concept=opt-in
body: کادر weight=1.5 concept=opt-in
body: اجازه weight=1.5 concept=permission
body: مجوز weight=1.5 concept=permission
body: قانونی بودن پردازش weight=2.5 concept=without-affecting-lawfulness
body: مشروعیت پردازش weight=2.5 concept=without-affecting-lawfulness
body: قبل از لغو weight=2.5 concept=without-affecting-lawfulness
body: پیش از لغو weight=2.5 concept=without-affecting-lawfulness
body: هر زمان weight=1 concept=at-any-time
body: هر موقع weight=1 concept=at-any-time

[sharing]
heading: اشتراکگذاری اطلاعات concept=sharing-of-information
heading: بهاشتراکگذاری* concept=sharing-of-information
heading: اشتراک گذاری اطلاعات concept=sharing-of-information
heading: اشتراکگذاری داده* concept=sharing-of-information
heading: اشتراک گذاری داده* concept=sharing-of-information
heading: اشتراکگذاری و افشا* concept=sharing-of-information
heading: اشتراک گذاری و افشا* concept=sharing-of-information
heading: نحوه اشتراک* concept=how-we-share
heading: اطلاعاتی که به اشتراک concept=how-we-share
heading: چگونه اطلاعات شما را به اشتراک concept=how-we-share
heading: با چه کسانی concept=who-we-share-with
heading: با چه کسی concept=who-we-share-with
heading: افشای اطلاعات concept=disclosure-of-information
heading: افشای داده* concept=disclosure-of-information
heading: افشا concept=disclosure-of-information
heading: افشاء concept=disclosure-of-information
heading: اشخاص ثالث concept=third-parties
heading: شخص ثالث concept=third-parties
heading: ارائه دهندگان خدمات concept=service-providers-heading
heading: ارائهدهندگان خدمات concept=service-providers-heading
heading: پیمانکاران concept=service-providers-heading
heading: ادغام و تملک concept=business-transfers
heading: نقل و انتقالات تجاری concept=business-transfers
heading: انتقال کسب و کار concept=business-transfers
heading: درخواستهای قانونی concept=legal-requests
heading: درخواست های قانونی concept=legal-requests
heading: مراجع قانونی concept=legal-requests
heading: مراجع قضایی concept=legal-requests
heading: فروش اطلاعات concept=sale-of-information
heading: فروش داده* concept=sale-of-information
heading: آیا اطلاعات شما را میفروشیم concept=sale-of-information
body: اشتراکگذاری* weight=2 concept=share
body: بهاشتراک* weight=2 concept=share
body: همرسانی* weight=2 concept=share
body: اشتراک گذاری weight=2 concept=share
body: به اشتراک میگذاریم weight=2.5 concept=share
body: به اشتراک می گذاریم weight=2.5 concept=share
body: به اشتراک بگذاریم weight=2 concept=share
body: به اشتراک weight=1.5 concept=share
body: در اختیار اشخاص ثالث weight=2.5 concept=share
body: در اختیار دیگران weight=2 concept=share
body: افشا* weight=2.5 concept=disclose
body: فاش weight=2 concept=disclose
body: اشخاص ثالث weight=1 concept=third-parties-term
body: شخص ثالث weight=1 concept=third-parties-term
body: طرفهای ثالث weight=1 concept=third-parties-term
body: طرف سوم weight=1 concept=third-parties-term
body: سومشخص* weight=1 concept=third-parties-term
body: سوم شخص* weight=1 concept=third-parties-term
body: ارائه دهندگان خدمات weight=2 concept=service-providers
body: ارائهدهندگان خدمات weight=2 concept=service-providers
body: ارائه دهنده خدمات weight=2 concept=service-providers
body: ارائهدهنده خدمات weight=2 concept=service-providers
body: پیمانکاران weight=1.5 concept=service-providers
body: تامین کنندگان weight=1.5 concept=service-providers
body: تامینکنندگان weight=1.5 concept=service-providers
body: از طرف ما weight=1.5 concept=on-our-behalf
body: از جانب ما weight=1.5 concept=on-our-behalf
body: به نمایندگی از ما weight=1.5 concept=on-our-behalf
body: شرکتهای وابسته weight=2 concept=affiliates
body: شرکت های وابسته weight=2 concept=affiliates
body: شرکتهای تابعه weight=2 concept=affiliates
body: شرکت های تابعه weight=2 concept=affiliates
body: شرکتهای گروه weight=2 concept=affiliates
body: شرکت های گروه weight=2 concept=affiliates
body: زیرمجموعه* weight=1.5 concept=affiliates
body: شرکای تجاری weight=1.5 concept=business-partners
body: شرکای ما weight=1.5 concept=business-partners
body: شرکا weight=1 concept=business-partners
body: دریافت کنندگان weight=2 concept=recipients
body: دریافتکنندگان weight=2 concept=recipients
body: گیرندگان weight=2 concept=recipients
body: ادغام weight=2.5 concept=corporate-transaction
body: تملک weight=2 concept=corporate-transaction
body: ورشکستگی weight=2.5 concept=corporate-transaction
body: تجدید ساختار weight=2 concept=corporate-transaction
body: فروش دارایی* weight=2.5 concept=corporate-transaction
body: انتقال کسب و کار weight=2.5 concept=corporate-transaction
body: واگذاری weight=2 concept=corporate-transaction
body: مراجع قانونی weight=2 concept=authorities
body: مراجع قضایی weight=2 concept=authorities
body: مقامات دولتی weight=2 concept=authorities
body: نهادهای دولتی weight=2 concept=authorities
body: ضابطین قضایی weight=2 concept=authorities
body: نیروی انتظامی weight=2 concept=authorities
body: پلیس weight=2 concept=authorities
body: حکم دادگاه weight=2.5 concept=legal-process
body: دستور دادگاه weight=2.5 concept=legal-process
body: دستور قضایی weight=2.5 concept=legal-process
body: احضاریه weight=2.5 concept=legal-process
body: با حسن نیت weight=2.5 concept=legal-process
body: فروش weight=1.5 concept=sell
body: نمیفروشیم weight=2 concept=sell
body: نمی فروشیم weight=2 concept=sell
body: میفروشیم weight=1.5 concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: انتقال داده به اشخاص ثالث concept=transfer-to-third-parties
heading: انتقال اطلاعات به اشخاص ثالث concept=transfer-to-third-parties
heading: ارائه اطلاعات به اشخاص ثالث concept=transfer-to-third-parties
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: میزبانی concept=service-providers-heading
heading: ارائه دهنده میزبانی concept=service-providers-heading
heading: شبکه تحویل محتوا concept=service-providers-heading
heading: پردازشگران داده concept=service-providers-heading
heading: نظارت بر خطا concept=service-providers-heading
body: ارائه دهنده میزبانی weight=2.5 concept=service-providers
body: شبکه تحویل محتوا weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: پلتفرم ابری weight=2 concept=service-providers
body: رایانش ابری weight=2 concept=service-providers
body: ارائه دهنده خدمات ابری weight=2.5 concept=service-providers
body: نظارت بر خطا weight=2 concept=service-providers
body: قرارداد پردازش داده weight=2 concept=service-providers
heading: ارائهدهنده میزبانی concept=service-providers-heading
body: ارائهدهنده میزبانی weight=2.5 concept=service-providers
body: ارائهدهنده خدمات ابری weight=2.5 concept=service-providers
# Cloud sync and backup: the data goes to a third-party cloud (iCloud, Google Drive).
body: icloud weight=2 concept=service-providers
body: google drive weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: پرداخت‌ها weight=2 concept=payments-purchases
heading: پردازش پرداخت weight=3 concept=payments-purchases
heading: خریدهای درون‌برنامه‌ای weight=2 concept=payments-purchases
heading: اشتراک‌ها weight=2 concept=payments-purchases

[cookies]
heading: کوکیها concept=cookies
heading: کوکی ها concept=cookies
heading: کوکی concept=cookies
heading: سیاست کوکی* concept=cookies
heading: استفاده از کوکی* concept=cookies
heading: فناوریهای ردیابی concept=tracking-technologies
heading: فناوری های ردیابی concept=tracking-technologies
heading: فناوریهای مشابه concept=tracking-technologies
heading: فناوری های مشابه concept=tracking-technologies
heading: وب بیکن* concept=web-beacons
heading: بیکنهای وب concept=web-beacons
heading: برچسبهای پیکسلی concept=web-beacons
heading: فایلهای گزارش concept=log-files
heading: فایل های گزارش concept=log-files
heading: فایلهای لاگ concept=log-files
heading: فایل های لاگ concept=log-files
heading: تجزیه و تحلیل concept=analytics
heading: ابزارهای تحلیلی concept=analytics
heading: آنالیتیکس concept=analytics
body: کوکی* weight=3 concept=cookie
body: cookie* weight=3 concept=cookie
body: فایلهای متنی weight=2.5 concept=text-files
body: فایل های متنی weight=2.5 concept=text-files
body: فایل متنی weight=2.5 concept=text-files
body: وب بیکن* weight=3 concept=web-beacon
body: بیکن* weight=2.5 concept=web-beacon
body: پیکسل* weight=2.5 concept=web-beacon
body: web beacon* weight=3 concept=web-beacon
body: فناوریهای ردیابی weight=2.5 concept=tracking-technology
body: فناوری های ردیابی weight=2.5 concept=tracking-technology
body: فناوریهای مشابه weight=2 concept=tracking-technology
body: فناوری های مشابه weight=2 concept=tracking-technology
body: ردیابی weight=1.5 concept=tracking-technology
body: ردگیری weight=1.5 concept=tracking-technology
body: ذخیرهسازی محلی weight=2.5 concept=local-storage
body: ذخیره سازی محلی weight=2.5 concept=local-storage
body: حافظه محلی weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: دائمی weight=2 concept=cookie-lifetime
body: ماندگار weight=2 concept=cookie-lifetime
body: جلسه weight=1.5 concept=cookie-lifetime
body: نشست weight=1.5 concept=cookie-lifetime
body: کاملا ضروری weight=2.5 concept=cookie-categories
body: عملکردی weight=1.5 concept=cookie-categories
body: کارکردی weight=1.5 concept=cookie-categories
body: گوگل آنالیتیکس weight=2.5 concept=analytics-term
body: google analytics weight=2.5 concept=analytics-term
body: آنالیتیکس weight=2 concept=analytics-term
body: تحلیلی weight=2 concept=analytics-term
body: فایلهای گزارش weight=2 concept=log-file
body: فایل های گزارش weight=2 concept=log-file
body: فایل گزارش weight=2 concept=log-file
body: لاگ weight=2 concept=log-file   # not لاگ*: it would match «لاگین» (login)
body: لاگها weight=2 concept=log-file
body: sdk* weight=2 concept=sdk
body: کیت توسعه نرمافزار weight=2 concept=sdk
body: کیت توسعه نرم افزار weight=2 concept=sdk
body: اثر انگشت دستگاه weight=2.5 concept=fingerprinting
body: انگشت نگاری weight=2.5 concept=fingerprinting
body: تنظیمات مرورگر weight=1.5 concept=browser-settings
body: مرورگر weight=0.5 concept=browser
body: دستگاه weight=0.5 concept=device
body: افزاره* weight=0.5 concept=device
# کلوچک is the Academy's word for a browser cookie (used by careful translations).
heading: کلوچک* concept=cookies
body: کلوچک* weight=3 concept=cookie

[advertising]
heading: تبلیغات concept=advertising
heading: تبلیغات و بازاریابی concept=advertising
heading: بازاریابی concept=marketing
heading: بازاریابی مستقیم concept=marketing
heading: ارتباطات بازاریابی concept=marketing-communications
heading: ارتباطات تبلیغاتی concept=marketing-communications
heading: پیامهای تبلیغاتی concept=marketing-communications
heading: پیام های تبلیغاتی concept=marketing-communications
heading: تبلیغات هدفمند concept=interest-based-advertising
heading: تبلیغات مبتنی بر علایق concept=interest-based-advertising
heading: تبلیغات مبتنی بر علاقه concept=interest-based-advertising
heading: تبلیغات رفتاری concept=interest-based-advertising
heading: تبلیغات شخص ثالث concept=third-party-advertising
heading: تبلیغات اشخاص ثالث concept=third-party-advertising
heading: شبکههای تبلیغاتی concept=third-party-advertising
heading: شبکه های تبلیغاتی concept=third-party-advertising
body: تبلیغ* weight=2.5 concept=ads
body: آگهی* weight=2 concept=ads
body: بنر* weight=2 concept=ads
body: شبکههای تبلیغاتی weight=3 concept=ad-networks
body: شبکه های تبلیغاتی weight=3 concept=ad-networks
body: شبکه تبلیغاتی weight=3 concept=ad-networks
body: شرکای تبلیغاتی weight=3 concept=ad-networks
body: تبلیغ کنندگان weight=2.5 concept=ad-networks
body: هدفمند weight=2.5 concept=interest-based
body: مبتنی بر علایق weight=2.5 concept=interest-based
body: مبتنی بر علاقه weight=2.5 concept=interest-based
body: رفتاری weight=2 concept=interest-based
body: ریتارگتینگ weight=3 concept=retargeting
body: ریمارکتینگ weight=3 concept=retargeting
body: بازاریابی مجدد weight=3 concept=retargeting
body: هدفگیری مجدد weight=3 concept=retargeting
body: هدف گیری مجدد weight=3 concept=retargeting
body: خبرنامه* weight=2.5 concept=marketing-messages
body: پیامهای بازاریابی weight=2.5 concept=marketing-messages
body: پیام های بازاریابی weight=2.5 concept=marketing-messages
body: ایمیلهای بازاریابی weight=2.5 concept=marketing-messages
body: پیامک تبلیغاتی weight=2.5 concept=marketing-messages
body: پیامکهای تبلیغاتی weight=2.5 concept=marketing-messages
body: اهداف بازاریابی weight=2 concept=marketing-purposes
body: مقاصد بازاریابی weight=2 concept=marketing-purposes
body: بازاریابی weight=1.5 concept=marketing-purposes
body: پیشنهادهای ویژه weight=2 concept=promotions
body: پیشنهادات ویژه weight=2 concept=promotions
body: تخفیف* weight=2 concept=promotions
body: کمپین* weight=1.5 concept=promotions
body: network advertising initiative weight=3 concept=ad-industry-programs
body: digital advertising alliance weight=3 concept=ad-industry-programs
body: your online choices weight=2.5 concept=ad-industry-programs
body: اثربخشی تبلیغات weight=2 concept=ad-measurement
body: سنجش اثربخشی weight=2 concept=ad-measurement
body: اندازهگیری اثربخشی weight=2 concept=ad-measurement
body: اندازه گیری اثربخشی weight=2 concept=ad-measurement
body: علایق weight=0.5 concept=interests
body: علاقهمندیها weight=0.5 concept=interests

[do-not-track]
heading: عدم ردیابی concept=do-not-track
heading: ردیابی نکن concept=do-not-track
heading: do not track concept=do-not-track
heading: سیگنالهای عدم ردیابی concept=do-not-track
heading: سیگنال های عدم ردیابی concept=do-not-track
heading: درخواست عدم ردیابی concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: کنترل جهانی حریم خصوصی concept=global-privacy-control
heading: سیگنالهای مرورگر concept=preference-signals
heading: سیگنال های مرورگر concept=preference-signals
heading: سیگنالهای ترجیحات concept=preference-signals
heading: سیگنال های ترجیحات concept=preference-signals
body: dnt weight=3 concept=dnt-signal
body: do not track weight=3 concept=dnt-signal
body: عدم ردیابی weight=3 concept=dnt-signal
body: ردیابی نکن weight=3 concept=dnt-signal
body: gpc weight=3 concept=gpc-signal
body: global privacy control weight=3 concept=gpc-signal
body: کنترل جهانی حریم خصوصی weight=3 concept=gpc-signal
body: سیگنال* weight=2.5 concept=opt-out-preference-signal
body: سیگنال ترجیح* weight=3 concept=opt-out-preference-signal
body: سیگنالهای ترجیح* weight=3 concept=opt-out-preference-signal
body: سیگنال مرورگر weight=2.5 concept=opt-out-preference-signal
body: استاندارد یکسان weight=3 concept=no-uniform-standard
body: استاندارد واحد weight=3 concept=no-uniform-standard
body: استاندارد یکپارچه weight=3 concept=no-uniform-standard
body: پاسخ نمیدهیم weight=2.5 concept=do-not-respond
body: پاسخ نمی دهیم weight=2.5 concept=do-not-respond
body: واکنش نشان نمیدهیم weight=2.5 concept=do-not-respond
body: واکنش نشان نمی دهیم weight=2.5 concept=do-not-respond
body: به رسمیت weight=1.5 concept=honor-signals
body: در طول زمان و در weight=2.5 concept=cross-site-tracking
body: در وبسایتهای مختلف weight=2 concept=cross-site-tracking
body: در وب سایت های مختلف weight=2 concept=cross-site-tracking
body: در سایتهای مختلف weight=2 concept=cross-site-tracking
body: مرورگر weight=0.5 concept=browser-dnt

[choices]
heading: انتخابهای شما concept=your-choices
heading: انتخاب های شما concept=your-choices
heading: گزینههای شما concept=your-choices
heading: گزینه های شما concept=your-choices
heading: اختیارات شما concept=your-choices
heading: انصراف concept=opting-out
heading: نحوه انصراف concept=opting-out
heading: مدیریت ترجیحات concept=managing-preferences
heading: ترجیحات ارتباطی concept=managing-preferences
heading: تنظیمات ارتباطی concept=managing-preferences
heading: لغو اشتراک concept=unsubscribing
heading: لغو عضویت concept=unsubscribing
body: انصراف weight=3 concept=opt-out
body: opt out weight=3 concept=opt-out
body: لغو اشتراک weight=3 concept=unsubscribe
body: لغو عضویت weight=3 concept=unsubscribe
body: توقف دریافت weight=2.5 concept=unsubscribe
body: میتوانید انتخاب کنید weight=2 concept=choose-not-to
body: می توانید انتخاب کنید weight=2 concept=choose-not-to
body: انتخاب کنید که weight=2.5 concept=choose-not-to
body: امتناع weight=2 concept=decline
body: خودداری weight=2 concept=decline
body: رد کنید weight=2 concept=decline
body: رد کردن weight=2 concept=decline
body: ایمیلهای تبلیغاتی weight=2 concept=promotional-emails
body: ایمیل های تبلیغاتی weight=2 concept=promotional-emails
body: پیامهای تبلیغاتی weight=2 concept=promotional-emails
body: پیام های تبلیغاتی weight=2 concept=promotional-emails
body: ترجیحات weight=1.5 concept=preferences
body: مرکز ترجیحات weight=3 concept=preferences
body: تنظیمات weight=1.5 concept=settings
body: تنظیمات حساب weight=2 concept=settings
body: غیرفعال weight=2 concept=disable
body: غیر فعال weight=2 concept=disable
body: خاموش کنید weight=2 concept=disable
body: خاموش کردن weight=2 concept=disable
body: اعلانهای فوری weight=2 concept=device-permissions
body: اعلان های فوری weight=2 concept=device-permissions
body: خدمات موقعیت مکانی weight=2 concept=device-permissions
body: دسترسی به موقعیت مکانی weight=2 concept=device-permissions
body: پایین هر ایمیل weight=1.5 concept=unsubscribe-link
body: انتهای هر ایمیل weight=1.5 concept=unsubscribe-link
body: لینک لغو اشتراک weight=1.5 concept=unsubscribe-link
body: ممکن است نتوانید weight=1.5 concept=consequences-of-refusal
body: قادر نخواهید بود weight=1.5 concept=consequences-of-refusal
body: دریافت weight=0.5 concept=receive

[rights]
heading: حقوق شما concept=your-rights
heading: حقوق حریم خصوصی شما concept=your-rights
heading: حقوق کاربران concept=your-rights
heading: حقوق موضوع داده* concept=your-rights
heading: حقوق صاحبان داده* concept=your-rights
heading: حقوق شما در رابطه با concept=your-rights
heading: اعمال حقوق concept=exercising-rights
heading: نحوه اعمال حقوق concept=exercising-rights
heading: استیفای حقوق concept=exercising-rights
heading: نحوه ارسال درخواست concept=exercising-rights
heading: دسترسی و اصلاح concept=access-and-correction
heading: دسترسی به اطلاعات شما concept=access-and-correction
heading: دسترسی اصلاح و حذف concept=access-and-correction
heading: اصلاح اطلاعات concept=access-and-correction
heading: ویرایش اطلاعات concept=access-and-correction
heading: نماینده مجاز concept=authorized-agents
heading: نمایندگان مجاز concept=authorized-agents
body: حق دسترسی weight=3 concept=right-of-access
body: اصلاح weight=2 concept=rectification
body: تصحیح weight=2.5 concept=rectification
body: نادرست weight=2 concept=rectification
body: ناقص weight=1.5 concept=rectification
body: ویرایش weight=1.5 concept=rectification
body: حذف weight=2 concept=erasure
body: پاک کردن weight=2 concept=erasure
body: حق حذف weight=3 concept=erasure
body: حق فراموش شدن weight=3 concept=erasure
body: قابلیت انتقال weight=3 concept=portability
body: انتقالپذیری weight=3 concept=portability
body: انتقال پذیری weight=3 concept=portability
body: قابل خواندن توسط ماشین weight=2.5 concept=portability
body: حق اعتراض weight=3 concept=right-to-object
body: اعتراض weight=2 concept=right-to-object
body: محدودیت پردازش weight=3 concept=restriction
body: محدود کردن پردازش weight=3 concept=restriction
body: حق محدودیت weight=3 concept=restriction
body: محدود کردن weight=1.5 concept=restriction
body: ثبت شکایت weight=3 concept=complaint-to-authority
body: طرح شکایت weight=3 concept=complaint-to-authority
body: شکایت weight=2 concept=complaint-to-authority
body: مرجع نظارتی weight=3 concept=complaint-to-authority
body: مقام نظارتی weight=3 concept=complaint-to-authority
body: نهاد نظارتی weight=3 concept=complaint-to-authority
body: اعمال حقوق weight=2 concept=exercise-rights
body: استفاده از حقوق weight=2 concept=exercise-rights
body: تایید هویت weight=2 concept=verify-identity
body: احراز هویت weight=2 concept=verify-identity
body: نماینده مجاز weight=2.5 concept=authorized-agent
body: نماینده قانونی weight=2 concept=authorized-agent
body: تبعیض weight=1.5 concept=non-discrimination
body: موضوع داده* weight=2 concept=data-subject-rights
body: صاحبان داده* weight=2 concept=data-subject-rights
body: نسخهای از weight=1 concept=copy-of-data
body: نسخه ای از weight=1 concept=copy-of-data
body: رونوشت weight=1 concept=copy-of-data
body: دسترسی weight=1.5 concept=access
body: درخواست weight=0.3 concept=request

[retention]
heading: نگهداری اطلاعات concept=data-retention
heading: نگهداری داده* concept=data-retention
heading: نگهداشت داده* concept=data-retention
# Bare «نگهداری» also means keeping or maintenance and stands in lists of verbs
# («گردآوری، نگه‌داری یا پردازش»): it names retention only where nothing else does.
heading: نگهداری weight=0.5 concept=data-retention
heading: مدت نگهداری concept=retention-period
heading: دوره نگهداری concept=retention-period
heading: مدت زمان نگهداری concept=retention-period
heading: مدت ذخیرهسازی concept=retention-period
heading: مدت ذخیره سازی concept=retention-period
heading: چه مدت concept=how-long-we-keep
heading: تا چه مدت concept=how-long-we-keep
heading: ذخیرهسازی و نگهداری concept=storage-and-retention
heading: ذخیره سازی و نگهداری concept=storage-and-retention
heading: ذخیره و نگهداری concept=storage-and-retention
heading: نگهداری و حذف concept=retention-and-deletion
heading: نگهداری و امحا concept=retention-and-deletion
# «نگهداری» is also storing and upkeep («گردآوری، نگه‌داری و پردازش»): less than «نگهداشت».
body: نگهداری weight=2 concept=retain
body: نگهداشت weight=3 concept=retain
body: نگه داری weight=2 concept=retain
body: نگه میداریم weight=3 concept=retain
body: نگه می داریم weight=3 concept=retain
body: حفظ میکنیم weight=2 concept=retain
body: حفظ می کنیم weight=2 concept=retain
body: تا زمانی که لازم weight=3 concept=as-long-as-necessary
body: تا زمانی که ضروری weight=3 concept=as-long-as-necessary
body: تا زمانی که weight=2 concept=as-long-as-necessary
body: مادامی که weight=2.5 concept=as-long-as-necessary
body: دیگر مورد نیاز نباشد weight=2.5 concept=no-longer-needed
body: دیگر لازم نباشد weight=2.5 concept=no-longer-needed
body: دیگر ضروری نباشد weight=2.5 concept=no-longer-needed
body: دیگر نیازی weight=2.5 concept=no-longer-needed
body: نگه داشتن weight=1.5 concept=keep
body: نگه داشته weight=1.5 concept=keep
body: مدت زمان weight=2 concept=retention-criteria
body: معیارها weight=2 concept=retention-criteria
body: معیار weight=1.5 concept=retention-criteria
body: ناشناس* weight=2 concept=anonymise
body: گمنام* weight=2 concept=anonymise
body: بی نام weight=2 concept=anonymise
body: امحا weight=2 concept=destroy
body: امحاء weight=2 concept=destroy
body: نابود weight=2 concept=destroy
body: معدوم weight=2 concept=destroy
body: حذف ایمن weight=2 concept=destroy
body: بایگانی weight=2 concept=archive
body: آرشیو weight=2 concept=archive
body: مرور زمان weight=2.5 concept=legal-retention-requirements
body: الزامات نگهداری weight=2.5 concept=legal-retention-requirements
body: قوانین مالیاتی weight=2 concept=legal-retention-requirements
body: حسابهای غیرفعال weight=2 concept=inactive-accounts
body: حساب های غیرفعال weight=2 concept=inactive-accounts
body: حساب غیرفعال weight=2 concept=inactive-accounts
body: ذخیره* weight=1 concept=store
body: سال weight=0.5 concept=years

[security]
heading: امنیت concept=data-security
heading: امنیت اطلاعات concept=data-security
heading: امنیت داده* concept=data-security
heading: امنیت اطلاعات شما concept=data-security
heading: امنیت و رمزنگاری concept=data-security
heading: اقدامات امنیتی concept=security-measures
heading: تدابیر امنیتی concept=security-measures
heading: اقدامات حفاظتی concept=security-measures
heading: روشهای امنیتی concept=security-measures
heading: روش های امنیتی concept=security-measures
heading: چگونه از اطلاعات شما محافظت concept=how-we-protect
heading: نحوه حفاظت از اطلاعات concept=how-we-protect
heading: حفاظت از اطلاعات concept=how-we-protect
heading: محافظت از اطلاعات concept=how-we-protect
body: امنیت* weight=2 concept=secure
body: امن weight=2 concept=secure
body: ایمن weight=1.5 concept=secure
body: تدابیر حفاظتی weight=2.5 concept=safeguards
body: اقدامات حفاظتی weight=2.5 concept=safeguards
body: تمهیدات weight=2 concept=safeguards
body: رمزنگاری* weight=3 concept=encryption
body: رمزگذاری* weight=3 concept=encryption
body: رمز گذاری weight=3 concept=encryption
body: ssl weight=3 concept=encryption
body: tls weight=3 concept=encryption
body: https weight=2.5 concept=encryption
body: دسترسی غیرمجاز weight=3 concept=unauthorized-access
body: دسترسی غیر مجاز weight=3 concept=unauthorized-access
body: غیرمجاز weight=2 concept=unauthorized-access
body: سوءاستفاده weight=2 concept=loss-misuse-alteration
body: سوء استفاده weight=2 concept=loss-misuse-alteration
body: تغییر غیرمجاز weight=2.5 concept=loss-misuse-alteration
body: از دست رفتن weight=2.5 concept=loss-misuse-alteration
body: تخریب weight=2 concept=loss-misuse-alteration
body: اقدامات فنی و سازمانی weight=3 concept=technical-organisational-measures
body: تدابیر فنی و سازمانی weight=3 concept=technical-organisational-measures
body: فیزیکی weight=1.5 concept=physical-safeguards
body: فایروال* weight=3 concept=technical-controls
body: دیواره آتش weight=3 concept=technical-controls
body: دیوار آتش weight=3 concept=technical-controls
body: کنترل دسترسی weight=2.5 concept=technical-controls
body: رمز عبور weight=2 concept=technical-controls
body: گذرواژه weight=2 concept=technical-controls
body: کلمه عبور weight=2 concept=technical-controls
body: نقض داده* weight=2.5 concept=breach
body: نقض امنیت* weight=2.5 concept=breach
body: حادثه امنیتی weight=3 concept=breach
body: رخداد امنیتی weight=3 concept=breach
body: آسیبپذیری weight=2.5 concept=breach
body: آسیب پذیری weight=2.5 concept=breach
body: نشت اطلاعات weight=2.5 concept=breach
body: نفوذ weight=2 concept=breach
body: محرمانه weight=1.5 concept=confidentiality
body: محرمانگی weight=1.5 concept=confidentiality
body: تضمین نمیکنیم weight=2.5 concept=no-guarantee
body: تضمین نمی کنیم weight=2.5 concept=no-guarantee
body: نمیتوانیم تضمین weight=2.5 concept=no-guarantee
body: نمی توانیم تضمین weight=2.5 concept=no-guarantee
body: کاملا امن weight=2.5 concept=no-guarantee
body: صد در صد امن weight=2.5 concept=no-guarantee
body: مسئولیت خود weight=2 concept=no-guarantee
body: استانداردهای صنعت weight=2 concept=industry-standard
body: استانداردهای صنعتی weight=2 concept=industry-standard
body: استاندارد صنعت weight=2 concept=industry-standard
body: محافظت weight=1 concept=protect
body: حفاظت weight=1 concept=protect
body: تضمین weight=0.5 concept=ensure
body: اطمینان weight=0.5 concept=ensure
# Personal-data breaches and their notification: a security topic.
heading: نقض داده concept=data-security
heading: نشت داده concept=data-security
heading: نقض امنیت داده concept=data-security
heading: حوادث امنیتی concept=data-security

[children]
heading: کودکان concept=childrens-privacy
heading: حریم خصوصی کودکان concept=childrens-privacy
heading: اطلاعات کودکان concept=childrens-privacy
heading: محدودیت سنی concept=age-limits
heading: کودکان زیر ۱۳ سال concept=age-limits
heading: کودکان زیر 13 سال concept=age-limits
heading: حداقل سن concept=age-limits
heading: افراد زیر سن قانونی concept=minors
heading: خردسالان concept=minors
heading: نوجوانان concept=minors
heading: استفاده افراد زیر concept=minors
body: کودک* weight=3 concept=children
body: اطفال weight=2.5 concept=children
body: بچه* weight=2 concept=children
body: خردسال* weight=2.5 concept=minors-teens
body: زیر سن قانونی weight=2.5 concept=minors-teens
body: نوجوان* weight=2.5 concept=minors-teens
body: صغیر weight=2.5 concept=minors-teens
body: زیر ۱۳ سال weight=3 concept=age-threshold
body: زیر 13 سال weight=3 concept=age-threshold
body: زیر ۱۶ سال weight=3 concept=age-threshold
body: زیر 16 سال weight=3 concept=age-threshold
body: زیر ۱۸ سال weight=2.5 concept=age-threshold
body: زیر 18 سال weight=2.5 concept=age-threshold
body: کمتر از ۱۸ سال weight=2.5 concept=age-threshold
body: کمتر از 18 سال weight=2.5 concept=age-threshold
body: سن کمتر از weight=2.5 concept=age-threshold
body: سال سن weight=2.5 concept=age-threshold
body: والدین weight=2.5 concept=parents-guardians
body: پدر و مادر weight=2.5 concept=parents-guardians
body: سرپرست* weight=2.5 concept=parents-guardians
body: قیم weight=2.5 concept=parents-guardians
body: ولی قانونی weight=3 concept=parents-guardians
body: اولیا* weight=2.5 concept=parents-guardians
body: رضایت والدین weight=3 concept=parental-consent
body: رضایت ولی weight=3 concept=parental-consent
body: coppa weight=3 concept=coppa
body: آگاهانه جمع* weight=3 concept=knowingly-collect
body: آگاهانه اطلاعات weight=3 concept=knowingly-collect
body: عمدا weight=2 concept=knowingly-collect
body: برای کودکان طراحی نشده weight=2 concept=not-directed-to-children
body: در نظر گرفته نشده weight=2 concept=not-directed-to-children
body: طراحی نشده weight=2 concept=not-directed-to-children
body: اگر متوجه شویم weight=2 concept=if-we-learn
body: در صورتی که متوجه شویم weight=2 concept=if-we-learn
body: چنانچه متوجه شویم weight=2 concept=if-we-learn
body: اگر مطلع شویم weight=2 concept=if-we-learn
body: در صورت اطلاع weight=2 concept=if-we-learn
body: سن weight=1.5 concept=age
# concept `minor` (an ambiguous bare word) has no Persian counterpart: صغیر is unambiguous.

[international]
heading: انتقال بینالمللی concept=international-transfers
heading: انتقال بین المللی concept=international-transfers
heading: انتقالات بینالمللی concept=international-transfers
heading: انتقالات بین المللی concept=international-transfers
heading: انتقال فرامرزی concept=international-transfers
heading: انتقال به خارج از کشور concept=international-transfers
heading: انتقال دادهها concept=data-transfers
heading: انتقال داده* concept=data-transfers
heading: انتقال اطلاعات concept=data-transfers
heading: محل ذخیرهسازی concept=where-we-store
heading: محل ذخیره سازی concept=where-we-store
heading: محل نگهداری اطلاعات concept=where-we-store
heading: مکان پردازش concept=where-we-store
heading: کجا ذخیره concept=where-we-store
heading: ذخیرهسازی دادهها weight=1 concept=where-we-store
heading: ذخیره سازی دادهها weight=1 concept=where-we-store
heading: ذخیره سازی داده ها weight=1 concept=where-we-store
heading: ذخیرهسازی اطلاعات weight=1 concept=where-we-store
heading: ذخیره سازی اطلاعات weight=1 concept=where-we-store
body: انتقال weight=1 concept=transfer
body: منتقل weight=1 concept=transfer
body: فرامرزی weight=3 concept=cross-border
body: برونمرزی weight=3 concept=cross-border
body: برون مرزی weight=3 concept=cross-border
body: کشورهای دیگر weight=2.5 concept=other-countries
body: سایر کشورها weight=2.5 concept=other-countries
body: خارج از کشور weight=2.5 concept=other-countries
body: خارج از ایران weight=2.5 concept=other-countries
body: کشور محل اقامت weight=2.5 concept=other-countries
body: کشوری غیر از weight=2.5 concept=other-countries
body: منطقه اقتصادی اروپا weight=2 concept=eea
body: خارج از منطقه اقتصادی اروپا weight=3 concept=eea
body: eea weight=2 concept=eea
body: ایالات متحده weight=1 concept=united-states
body: آمریکا weight=1 concept=united-states
# One sentence on transfers to the USA (standard clauses, adequacy) in a subsection on a social network or a cloud service must not outweigh its practice: lighter transfer terms.
body: بندهای قراردادی استاندارد weight=2 concept=transfer-safeguards
body: شروط قراردادی استاندارد weight=2 concept=transfer-safeguards
body: قواعد الزام آور شرکتی weight=3 concept=transfer-safeguards
body: قواعد الزامآور شرکتی weight=3 concept=transfer-safeguards
body: تضمینهای مناسب weight=2 concept=transfer-safeguards
body: تضمین های مناسب weight=2 concept=transfer-safeguards
body: تصمیم کفایت weight=2 concept=adequacy
body: کفایت weight=2 concept=adequacy
body: سطح حفاظت کافی weight=3 concept=adequacy
body: privacy shield weight=2 concept=privacy-frameworks
body: data privacy framework weight=2.5 concept=privacy-frameworks
body: سپر حریم خصوصی weight=2 concept=privacy-frameworks
body: چارچوب حریم خصوصی داده* weight=2.5 concept=privacy-frameworks
body: سطح حفاظت کمتر weight=2 concept=less-protective
body: حفاظت کمتری weight=2 concept=less-protective
body: حوزه قضایی weight=2 concept=jurisdictions
body: حوزههای قضایی weight=2 concept=jurisdictions
body: حوزه های قضایی weight=2 concept=jurisdictions
body: صلاحیت قضایی weight=2 concept=jurisdictions
# A bare سرور is any server: the location needs a place word.
body: سرور* weight=0.5 concept=server-location
body: سرور* واقع weight=2 concept=server-location
body: سرور* مستقر weight=2 concept=server-location
body: سرور* خارج weight=2 concept=server-location
body: محل سرور* weight=2 concept=server-location
body: مراکز داده weight=2 concept=server-location
body: کارساز* weight=0.5 concept=server-location
body: کارساز* واقع weight=2 concept=server-location
body: کارساز* مستقر weight=2 concept=server-location
body: واقع در weight=1.5 concept=server-location
body: سراسر جهان weight=1.5 concept=around-the-world
body: سراسر دنیا weight=1.5 concept=around-the-world

[regional]
heading: ساکنان کالیفرنیا concept=california
heading: ساکنین کالیفرنیا concept=california
heading: حقوق حریم خصوصی کالیفرنیا concept=california
heading: کالیفرنیا concept=california
heading: ساکنان نوادا concept=us-state-rights
heading: ساکنان ایالتهای concept=us-state-rights
heading: ساکنان ایالت های concept=us-state-rights
heading: حقوق حریم خصوصی ایالتی concept=us-state-rights
heading: ساکنان منطقه اقتصادی اروپا concept=eea-gdpr-notice
heading: ساکنان اتحادیه اروپا concept=eea-gdpr-notice
heading: کاربران اتحادیه اروپا concept=eea-gdpr-notice
heading: انطباق با gdpr concept=eea-gdpr-notice
heading: مقررات خاص حوزه قضایی concept=jurisdiction-specific
heading: مقررات منطقهای concept=jurisdiction-specific
heading: مقررات منطقه ای concept=jurisdiction-specific
heading: اطلاعات تکمیلی برای حوزه concept=jurisdiction-specific
body: کالیفرنیا weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: قانون مدنی کالیفرنیا weight=2.5 concept=california-law
body: نوادا weight=3 concept=us-states
body: ویرجینیا weight=3 concept=us-states
body: کلرادو weight=3 concept=us-states
body: کانتیکت weight=3 concept=us-states
body: ساکنان weight=2 concept=residents
body: ساکنین weight=2 concept=residents
body: مقیم weight=2 concept=residents
body: مصرف کنندگان weight=1.5 concept=consumers
body: مصرفکنندگان weight=1.5 concept=consumers
body: مصرف کننده weight=1.5 concept=consumers
body: نفروشید weight=3 concept=do-not-sell
body: فروش یا اشتراک گذاری weight=3 concept=do-not-sell
body: فروش یا اشتراکگذاری weight=3 concept=do-not-sell
body: تبلیغات رفتاری بین زمینهای weight=3 concept=cross-context-advertising
body: تبلیغات رفتاری بین زمینه ای weight=3 concept=cross-context-advertising
body: مشوقهای مالی weight=3 concept=financial-incentives
body: مشوق های مالی weight=3 concept=financial-incentives
body: انگیزههای مالی weight=3 concept=financial-incentives
body: ۱۲ ماه گذشته weight=3 concept=preceding-12-months
body: 12 ماه گذشته weight=3 concept=preceding-12-months
body: دوازده ماه گذشته weight=3 concept=preceding-12-months
body: ۱۲ ماه قبل weight=3 concept=preceding-12-months
body: 12 ماه قبل weight=3 concept=preceding-12-months
body: gdpr weight=2.5 concept=eu-gdpr
body: اتحادیه اروپا weight=2 concept=eu-gdpr
body: مقررات عمومی حفاظت از داده* weight=2.5 concept=eu-gdpr
body: برزیل weight=2 concept=brazil-lgpd
body: lgpd weight=3 concept=brazil-lgpd
body: کانادا weight=2 concept=canada-pipeda
body: pipeda weight=3 concept=canada-pipeda
body: ایالت weight=0.5 concept=state
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
heading: پیوست‌های منطقه‌ای concept=jurisdiction-specific
heading: پیوست منطقه‌ای concept=jurisdiction-specific
heading: قوانین حریم خصوصی ایالات متحده concept=us-state-rights
heading: ژاپن weight=1 concept=jurisdiction-specific
heading: کره جنوبی weight=1 concept=jurisdiction-specific

[third-party-sites]
heading: وبسایتهای شخص ثالث concept=third-party-websites
heading: وب سایت های شخص ثالث concept=third-party-websites
heading: وبسایتهای دیگر concept=third-party-websites
heading: وب سایت های دیگر concept=third-party-websites
heading: سایتهای دیگر concept=third-party-websites
heading: سایت های دیگر concept=third-party-websites
heading: پیوند به سایتهای دیگر concept=links-to-other-sites
heading: لینک به سایتهای دیگر concept=links-to-other-sites
heading: لینکهای خارجی concept=links-to-other-sites
heading: لینک های خارجی concept=links-to-other-sites
heading: پیوندهای خارجی concept=links-to-other-sites
heading: لینکهای شخص ثالث concept=links-to-other-sites
heading: پیوندهای شخص ثالث concept=links-to-other-sites
heading: خدمات شخص ثالث concept=third-party-services
heading: خدمات اشخاص ثالث concept=third-party-services
heading: سرویسهای شخص ثالث concept=third-party-services
heading: سرویس های شخص ثالث concept=third-party-services
heading: خدمات سومشخص* concept=third-party-services
heading: خدمات برخط concept=third-party-services
heading: افزونههای شبکههای اجتماعی concept=social-media-plugins
heading: افزونه های شبکه های اجتماعی concept=social-media-plugins
heading: شبکههای اجتماعی concept=social-media-plugins
heading: شبکه های اجتماعی concept=social-media-plugins
heading: سیاستهای حریم خصوصی اشخاص ثالث concept=third-party-privacy-policies
heading: سیاست های حریم خصوصی اشخاص ثالث concept=third-party-privacy-policies
heading: سیاست حفظ حریم خصوصی اشخاص ثالث concept=third-party-privacy-policies
body: لینک* weight=2.5 concept=links
body: پیوند* weight=2.5 concept=links
body: هایپرلینک* weight=3 concept=links
body: سایتهای دیگر weight=2.5 concept=other-sites
body: سایت های دیگر weight=2.5 concept=other-sites
body: وبسایتهای دیگر weight=2.5 concept=other-sites
body: وب سایت های دیگر weight=2.5 concept=other-sites
body: سایر وبسایتها weight=2.5 concept=other-sites
body: سایر سایتها weight=2.5 concept=other-sites
body: وبسایتهای شخص ثالث weight=2.5 concept=other-sites
body: وب سایت های شخص ثالث weight=2.5 concept=other-sites
body: سایتهای خارجی weight=2.5 concept=other-sites
body: توسط اشخاص ثالث اداره weight=2.5 concept=other-sites
body: برنامههای شخص ثالث weight=2 concept=third-party-applications
body: برنامه های شخص ثالث weight=2 concept=third-party-applications
body: اپلیکیشنهای شخص ثالث weight=2 concept=third-party-applications
# «مسئولیت» and «مسؤولیت» are both written; with hamza signs folded they still differ.
body: مسئولیتی نداریم weight=3 concept=not-responsible
body: مسؤولیتی نداریم weight=3 concept=not-responsible
body: مسئولیتی در قبال weight=3 concept=not-responsible
body: مسؤولیتی در قبال weight=3 concept=not-responsible
body: مسئول نیستیم weight=3 concept=not-responsible
body: مسؤول نیستیم weight=3 concept=not-responsible
body: کنترلی نداریم weight=2.5 concept=not-responsible
body: هیچ کنترلی weight=2.5 concept=not-responsible
body: تایید نمیکنیم weight=2.5 concept=not-responsible
body: سیاستهای حریم خصوصی آنها weight=3 concept=their-privacy-policies
body: سیاست های حریم خصوصی آنها weight=3 concept=their-privacy-policies
body: سیاست حفظ حریم خصوصی آنها weight=3 concept=their-privacy-policies
body: شیوههای حفظ حریم خصوصی weight=2.5 concept=their-privacy-policies
body: رویههای حریم خصوصی weight=2.5 concept=their-privacy-policies
body: توصیه میکنیم weight=2.5 concept=encourage-review
body: توصیه می کنیم weight=2.5 concept=encourage-review
body: تشویق میکنیم weight=2.5 concept=encourage-review
body: تشویق می کنیم weight=2.5 concept=encourage-review
body: ترک سایت weight=2.5 concept=leave-our-site
body: خروج از سایت weight=2.5 concept=leave-our-site
body: از سایت ما خارج weight=2.5 concept=leave-our-site
body: افزونه* weight=2.5 concept=plugins
body: پلاگین* weight=2.5 concept=plugins
body: ویجت* weight=2.5 concept=plugins
body: محتوا weight=0.5 concept=content
body: محتوای weight=0.5 concept=content
body: بررسی weight=0.5 concept=review
body: مطالعه weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: رسانههای اجتماعی concept=social-media-presence
heading: رسانه های اجتماعی concept=social-media-presence
heading: شبکههای اجتماعی ما concept=social-media-presence
heading: حضور در شبکههای اجتماعی concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: جمع آوری شده توسط اشخاص ثالث concept=third-party-data-collection
heading: اطلاعاتی که اشخاص ثالث جمع آوری میکنند concept=third-party-data-collection
# These hold the [collection] cue «ممکن است گردآوری/جمع» (may collect) and must outweigh it.
heading: سومشخصها ممکن است گردآوری weight=3 concept=third-party-data-collection
heading: اشخاص ثالث ممکن است گردآوری weight=3 concept=third-party-data-collection
heading: اشخاص ثالث ممکن است جمع* weight=3 concept=third-party-data-collection
heading: گردآوری شده توسط اشخاص ثالث concept=third-party-data-collection
heading: گردآوریشده توسط اشخاص ثالث concept=third-party-data-collection
heading: گردآوریشده توسط سومشخص* concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: محتوای جاسازی شده concept=third-party-services
heading: محتوای شخص ثالث concept=third-party-services
heading: محتوای اشخاص ثالث concept=third-party-services
heading: ویدیوهای جاسازی شده concept=third-party-services
heading: افزونه ها concept=social-media-plugins
body: جاسازی شده weight=2.5 concept=plugins
body: جاسازی weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: محتوای شخص ثالث weight=3 concept=other-sites
body: محتوای اشخاص ثالث weight=3 concept=other-sites
body: youtube weight=2 concept=plugins
body: یوتیوب weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: نقشه گوگل weight=2.5 concept=plugins
body: حالت حریم خصوصی پیشرفته weight=2.5 concept=plugins
body: وارد حساب کاربری خود شده weight=1.5 concept=plugins
heading: محتوای جاسازیشده concept=third-party-services
heading: ویدیوهای جاسازیشده concept=third-party-services
heading: کتابخانههای شخص ثالث concept=third-party-services
heading: همگامسازی ابری concept=third-party-services
heading: همگام سازی ابری concept=third-party-services
heading: پشتیبانگیری ابری concept=third-party-services
heading: همگام سازی و پشتیبان گیری concept=third-party-services
heading: همگامسازی و پشتیبانگیری concept=third-party-services
heading: افزونهها concept=social-media-plugins
body: جاسازیشده weight=2.5 concept=plugins
# "لطفاً برای جزییات به سیاست‌های محرمانگی خودشان مراجعه کنید": their own privacy policies
# (محرمانگی is a second word for privacy in policy titles).
body: سیاستهای محرمانگی خودشان weight=3 concept=their-privacy-policies
body: سیاست محرمانگی خودشان weight=3 concept=their-privacy-policies
body: سیاستهای حریم خصوصی خودشان weight=3 concept=their-privacy-policies
body: سیاست حریم خصوصی خودشان weight=3 concept=their-privacy-policies
body: سیاستهای محرمانگی آنها weight=3 concept=their-privacy-policies
body: سیاست محرمانگی آنها weight=3 concept=their-privacy-policies
body: سیاست حریم خصوصی آنها weight=3 concept=their-privacy-policies
# Embedded content: "نموداری تعبیه شده", "محتوای تعبیه‌شده".
body: تعبیه شده weight=2.5 concept=plugins
body: تعبیهشده weight=2.5 concept=plugins
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: اتصالات شبکه weight=2 concept=network-connections
heading: درخواست‌های شبکه weight=2 concept=network-connections
heading: اتصالات خارجی weight=2 concept=network-connections
heading: از دستگاه شما خارج weight=2 concept=network-connections
heading: از طریق اینترنت ارسال* weight=2 concept=network-connections
heading: ارسال به خارج از دستگاه weight=2 concept=network-connections
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
# «به‌روزرسانی» (normalized بهروزرسانی), «به روز رسانی» and «بروزرسانی» are all written.
heading: تغییرات در این سیاست concept=changes-to-policy
heading: تغییر در سیاست* concept=changes-to-policy
heading: تغییرات سیاست* concept=changes-to-policy
heading: تغییرات در سیاست حریم خصوصی concept=changes-to-policy
heading: تغییرات concept=changes-to-policy
heading: بهروزرسانی* concept=policy-updates
heading: به روز رسانی* concept=policy-updates
heading: بروزرسانی* concept=policy-updates
heading: اطلاعرسانی تغییرات concept=notification-of-changes
heading: اطلاع رسانی تغییرات concept=notification-of-changes
heading: اعلان تغییرات concept=notification-of-changes
heading: اطلاع از تغییرات concept=notification-of-changes
heading: اصلاحیه* concept=amendments
heading: اصلاحات concept=amendments
heading: بازنگری* concept=amendments
heading: تاریخ اجرا concept=entry-into-force
heading: تاریخ لازم‌الاجرا concept=entry-into-force
heading: لازم‌الاجرا شدن concept=entry-into-force
body: تغییر* weight=1.5 concept=change-update
body: بهروزرسانی* weight=2 concept=change-update
body: به روز رسانی* weight=2 concept=change-update
body: بروزرسانی* weight=2 concept=change-update
body: بهروز weight=1.5 concept=change-update
body: اصلاحیه* weight=2.5 concept=change-update
body: بازنگری* weight=2 concept=change-update
body: تاریخ اجرا weight=3 concept=effective-date
body: تاریخ لازم الاجرا weight=3 concept=effective-date
body: تاریخ لازمالاجرا weight=3 concept=effective-date
body: آخرین بهروزرسانی weight=3 concept=effective-date
body: آخرین به روز رسانی weight=3 concept=effective-date
body: آخرین بروزرسانی weight=3 concept=effective-date
body: تاریخ اعتبار weight=2.5 concept=effective-date
body: هر از گاهی weight=2.5 concept=from-time-to-time
body: گاه به گاه weight=2.5 concept=from-time-to-time
body: دورهای weight=2 concept=from-time-to-time
body: دوره ای weight=2 concept=from-time-to-time
body: تغییرات اساسی weight=3 concept=material-changes
body: تغییرات مهم weight=3 concept=material-changes
body: تغییرات عمده weight=3 concept=material-changes
body: تغییرات قابل توجه weight=3 concept=material-changes
body: ادامه استفاده weight=3 concept=continued-use
body: استفاده مستمر weight=3 concept=continued-use
body: به طور منظم weight=2.5 concept=check-back
body: بهطور منظم weight=2.5 concept=check-back
body: به طور مرتب weight=2.5 concept=check-back
body: بهطور مرتب weight=2.5 concept=check-back
body: مرتبا weight=2 concept=check-back
body: آخرین نسخه weight=2 concept=latest-version
body: نسخه فعلی weight=2 concept=latest-version
body: نسخه جاری weight=2 concept=latest-version
body: بلافاصله weight=2.5 concept=effective-immediately
body: از زمان انتشار weight=2.5 concept=effective-immediately
body: فورا weight=2 concept=effective-immediately
body: محفوظ میداریم weight=2 concept=reserve-the-right
body: محفوظ می داریم weight=2 concept=reserve-the-right
body: برای خود محفوظ weight=2 concept=reserve-the-right
body: به شما اطلاع weight=1.5 concept=notify-you
body: اطلاع خواهیم داد weight=1.5 concept=notify-you
body: اطلاعرسانی weight=1.5 concept=notify-you
body: اطلاع رسانی weight=1.5 concept=notify-you
body: انتشار weight=1 concept=posting
body: منتشر weight=1 concept=posting
body: درج weight=1 concept=posting
body: نسخه weight=1 concept=version
body: نگارش weight=1 concept=version
body: اطلاعیه weight=0.5 concept=notice
body: اعلان weight=0.5 concept=notice

[contact]
heading: تماس با ما concept=contact-us
heading: ارتباط با ما concept=contact-us
heading: با ما تماس بگیرید concept=contact-us
heading: تماس concept=contact-us
heading: اطلاعات تماس concept=contact-information
heading: راههای ارتباطی concept=contact-information
heading: راه های ارتباطی concept=contact-information
heading: مشخصات تماس concept=contact-information
heading: نحوه تماس با ما concept=how-to-contact
heading: چگونه با ما تماس concept=how-to-contact
heading: نحوه ارتباط با ما concept=how-to-contact
heading: سوالات concept=questions
heading: پرسشها concept=questions
heading: پرسش ها concept=questions
heading: سوالات و نگرانیها concept=questions
heading: مسئول حفاظت از داده* concept=data-protection-officer
heading: مسؤول حفاظت از داده* concept=data-protection-officer
heading: افسر حفاظت از داده* concept=data-protection-officer
body: با ما تماس بگیرید weight=3 concept=please-contact
body: با ما در تماس باشید weight=3 concept=please-contact
body: با ما ارتباط برقرار weight=3 concept=please-contact
body: به ما ایمیل weight=3 concept=please-contact
body: مکاتبه weight=2 concept=please-contact
body: هرگونه سوال weight=2.5 concept=questions-comments
body: هر گونه سوال weight=2.5 concept=questions-comments
body: سوال weight=1.5 concept=questions-comments
body: سوالات weight=1.5 concept=questions-comments
body: پرسش* weight=1.5 concept=questions-comments
body: نظرات weight=1.5 concept=questions-comments
body: پیشنهادات weight=1.5 concept=questions-comments
body: انتقادات weight=1.5 concept=questions-comments
body: نگرانی* weight=1.5 concept=questions-comments
body: ابهام weight=1.5 concept=questions-comments
body: مسئول حفاظت از داده* weight=3 concept=dpo
body: مسؤول حفاظت از داده* weight=3 concept=dpo
body: افسر حفاظت از داده* weight=3 concept=dpo
body: مسئول حریم خصوصی weight=3 concept=dpo
body: dpo weight=3 concept=dpo
body: آدرس پستی weight=2 concept=postal-address
body: نشانی weight=2 concept=postal-address
body: کد پستی weight=2 concept=postal-address
body: صندوق پستی weight=2 concept=postal-address
body: خیابان weight=2 concept=postal-address
body: پلاک weight=2 concept=postal-address
body: طبقه weight=1.5 concept=postal-address
body: تلفن weight=1.5 concept=telephone
body: شماره تماس weight=1.5 concept=telephone
body: از طریق ایمیل weight=1.5 concept=by-email
body: از طریق پست الکترونیک weight=1.5 concept=by-email
body: رایانامه weight=1.5 concept=by-email
body: خدمات مشتریان weight=1.5 concept=customer-service
body: پشتیبانی مشتریان weight=1.5 concept=customer-service
body: واحد پشتیبانی weight=1.5 concept=customer-service
body: مرکز تماس weight=1.5 concept=customer-service
body: آدرس weight=0.3 concept=address
heading: اطلاعات اپراتور concept=contact-information
# The controller's identity and address (art. 13 GDPR): "کنترل کننده داده".
heading: کنترل کننده داده concept=contact-information
heading: کنترل کننده داده ها concept=contact-information
heading: کنترل کننده concept=contact-information
heading: مسئول پردازش concept=contact-information
heading: کنترلکننده داده concept=contact-information
heading: کنترلکننده دادهها concept=contact-information
heading: کنترلکننده concept=contact-information

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no cue inside it
# counts. Written whole, like boilerplate headings.
# A software or app update is not a change to the policy.
به‌روزرسانی نرم‌افزار
به‌روزرسانی برنامه
به‌روزرسانی اپلیکیشن
بررسی به‌روزرسانی
به‌روزرسانی خودکار
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
