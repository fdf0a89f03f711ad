# Hebrew lexicon
# The article ה and the prefixes ו ב ל מ ש כ attach to words (המידע, למידע, שאנו,
# ובאתר): @prefixes strips them, so single words are written bare (מידע, צדדים
# שלישיים); headings are written as they appear. Niqqud is ignored (@fold-accents yes).
# Abbreviations are listed with both the ASCII quote and gershayim (דוא"ל, דוא״ל).
# Wording follows Israeli policies written to חוק הגנת הפרטיות and its regulations
# (מאגר מידע, זכות עיון, תקנות אבטחת מידע, דברי פרסומת) as well as GDPR-style ones.
@language he
@name Hebrew
@fold-accents yes
@prefixes וכש ושה וה וב ול ומ וש וכ שה שב של שמ מה כש ו ה ב ל מ ש כ

[profile]
# Function words first, then frequent privacy-policy words. weight=2 marks words
# that tell Hebrew from Yiddish, which shares the script.
של weight=2
את weight=2
על
עם
או
גם weight=2
כי
אם
לא
זה
זו
זאת weight=2
אלה weight=2
אשר weight=2
כל
כגון weight=2
לרבות weight=2
בין
אך weight=2
אולם weight=2
יותר
כמו
כדי
לפי weight=2
בהתאם weight=2
אנו weight=2
אנחנו weight=2
אתה
שלך weight=2
שלנו weight=2
אותך weight=2
אותו
אותה
לך
לנו
שלהם weight=2
הם
היא
הוא
יש
אין
עשוי weight=2
עשויים weight=2
עשויה weight=2
ייתכן weight=2
יכול
יכולים
רשאי weight=2
רשאים weight=2
מנת weight=2
במקרה weight=2
ככל weight=2
כאשר weight=2
באמצעות weight=2
אודות weight=2
עבור weight=2
תחת
לגבי weight=2
למשל weight=2
לעיל weight=2
להלן weight=2
כן
עוד
רק
כך
מי
מה
כיצד weight=2
אילו weight=2
וכן weight=2
כפי weight=2
אחר
אחרים
נוסף
בנוסף weight=2
בעת weight=2
ללא weight=2
מידע
אישי
פרטיות
מדיניות
שירות
שירותים
אתר
אתרים
משתמש
משתמשים
חברה
צדדים
שלישיים
צד
שלישי
איסוף
שימוש
העברת
עוגיות
פרסום
אבטחה
אבטחת
זכויות
זכות
הסכמה
הסכמתך
חוק
הגנת
דואר
אלקטרוני
טלפון
כתובת
חשבון
מכשיר
דפדפן
אפליקציה
מוצרים
לקוחות
לקוח
עדכון
שינויים
ילדים
קטינים
תקופה
מטרות
מטרה
עיבוד
נתונים
שמירת
מסירת
מאגר
פרטים
פרטי
בקשה
גישה
שם
מספר
ישראל
לספק
לקבל
לשפר
לאפשר
ניתן
נדרש
בהסכמתך
למסור
אבל
לכן
כלומר
אף
היה
יהיה
להיות
שום
כמה
מאוד

[units]
# Dual forms carry the count in the word: "שנתיים" is two years.
year: שנה, שנים
month: חודש, חודשים
week: שבוע, שבועות
day: יום, ימים
hour: שעה, שעות
minute: דקה, דקות
2 year: שנתיים
2 month: חודשיים
2 week: שבועיים
2 day: יומיים
2 hour: שעתיים

[numbers]
# Masculine and feminine forms. "two" is written שניים (plene) so that it does not
# collide with שנים "years"; 12 (שנים עשר) keeps the standard spelling.
1: אחד, אחת
2: שניים, שתיים, שני, שתי
3: שלוש, שלושה
4: ארבע, ארבעה
5: חמש, חמישה
6: שש, שישה
7: שבע, שבעה
8: שמונה
9: תשע, תשעה
10: עשר, עשרה
12: שנים עשר, שתים עשרה
13: שלושה עשר, שלוש עשרה
14: ארבעה עשר, ארבע עשרה
15: חמישה עשר, חמש עשרה
16: שישה עשר, שש עשרה
18: שמונה עשר, שמונה עשרה
20: עשרים
24: עשרים וארבע, עשרים וארבעה
30: שלושים
60: שישים
90: תשעים
100: מאה

[references]
# Israel's own חוק הגנת הפרטיות has no canonical id yet.
gdpr: תקנות הגנת המידע הכלליות, התקנות הכלליות להגנת מידע, הרגולציה האירופית להגנת מידע, gdpr
ccpa: חוק פרטיות הצרכן של קליפורניה, חוק הגנת פרטיות הצרכן בקליפורניה, ccpa
cpra: חוק זכויות הפרטיות של קליפורניה, cpra
coppa: חוק הגנת פרטיות ילדים ברשת, חוק הגנת הפרטיות המקוונת של ילדים, coppa
pdpa: pdpa
lgpd: חוק הגנת המידע הכללי של ברזיל, lgpd
pipeda: pipeda
appi: חוק הגנת המידע האישי של יפן, appi
pipl: חוק הגנת המידע האישי של סין, pipl

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
תנאי שימוש
תנאי השימוש
תנאי שירות
תנאי השירות
הדין החל
דין חל
הדין החל וסמכות שיפוט
הדין החל וסמכות השיפוט
סמכות שיפוט
סמכות השיפוט
הפרדה בין הוראות
הסכם מלא
ויתור
כוח עליון
הסרת אחריות
כתב ויתור
הגבלת אחריות
שיפוי
תרגומים
תרגום
תרגומים אחרים
גרסאות שפה
הנוסח האנגלי גובר
הנוסח העברי גובר
רישיון
רשיון
זכויות יוצרים
תודות
תוכן העניינים
תוכן עניינים
קניין רוחני
זכויות יוצרים וקניין רוחני
שפה
הודעת שפה

[intro]
heading: מבוא concept=introduction
heading: כללי concept=introduction
heading: הקדמה concept=introduction
heading: תחולה concept=scope
heading: היקף concept=scope
heading: מדיניות פרטיות weight=0.5 concept=privacy-policy-title   # document title; also inside other headings
heading: אודות weight=0.5 concept=who-we-are
body: מדיניות פרטיות weight=2 concept=this-privacy-policy
body: מדיניות זו weight=2 concept=this-privacy-policy
body: חלה weight=2 concept=policy-applies-to
body: תחולה weight=1.5 concept=policy-applies-to
body: מכבדים weight=1.5 concept=committed-to-privacy
body: פרטיותך weight=2 concept=committed-to-privacy
body: מחויבים weight=1.5 concept=committed-to-privacy
body: בעיון weight=2 concept=please-read
body: מסכים weight=1.5 concept=acceptance-of-policy
body: תנאי שימוש weight=1 concept=terms-of-use
body: מבוצע weight=0.5
body: חברה weight=0.3 concept=company
body: אנו weight=0.3 concept=company
# Added with the shared concept inventory (concepts.txt).
heading: סקירה כללית concept=summary
heading: תקציר concept=summary
heading: עיקרי המדיניות concept=summary
heading: אודות מדיניות זו concept=about-this-policy
heading: על מדיניות זו concept=about-this-policy
heading: תחולת המדיניות concept=scope
heading: מי אנחנו concept=who-we-are
heading: אודותינו weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
heading: המחויבות שלנו לפרטיותך concept=commitment-to-privacy
heading: מחויבותנו לפרטיות concept=commitment-to-privacy
heading: הסכמתך למדיניות concept=acceptance
heading: קבלת התנאים concept=acceptance
body: מדיניות זו מתארת weight=2.5 concept=policy-describes
body: מסבירה כיצד weight=2 concept=policy-describes
body: אינה חלה weight=2 concept=policy-applies-to
body: שימוש באתר weight=1.5 concept=by-using
body: גלישה באתר weight=1.5 concept=by-using
body: הסכמה למדיניות weight=1.5 concept=acceptance-of-policy
body: אם אינך מסכים weight=2 concept=if-you-do-not-agree
body: להלן החברה weight=1.5 concept=referred-to-as
body: נא לקרוא weight=1.5 concept=please-read
body: פרטיות weight=0.3 concept=privacy
body: אתר weight=0.3 concept=website
body: שירותים weight=0.3 concept=services
# The policy naming its author: ("אנו", "שלנו" או "אותנו").
body: אנו או שלנו weight=2.5 concept=we-us-defined
body: אנחנו או שלנו weight=2.5 concept=we-us-defined
body: שלנו או אותנו weight=2.5 concept=we-us-defined
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary

[definitions]
heading: הגדרות weight=2 concept=definitions
heading: מונחים concept=key-terms
heading: פרשנות concept=interpretation
heading: הגדרה concept=definitions
heading: משמעות מונחים concept=key-terms
heading: הגדרת מונחים concept=definitions
body: פירושו weight=3 concept=means
body: משמעו weight=3 concept=means
body: משמעותו weight=2.5 concept=means
body: כהגדרתו weight=2.5 concept=means
body: פירוש weight=2 concept=means
body: מונח weight=2 concept=defined-terms-intro
body: להלן weight=1.5 concept=hereinafter
body: בעל מאגר weight=2.5 concept=gdpr-roles
body: מאגר מידע weight=2
body: נושא מידע weight=2 concept=gdpr-roles
body: מידע רגיש weight=1.5
body: מחזיק weight=1.5 concept=gdpr-roles
body: לרבות weight=1 concept=includes
body: מידע אישי weight=0.5 concept=personal-data
# Added with the shared concept inventory (concepts.txt).
heading: מונחים מרכזיים concept=key-terms
heading: מילון מונחים concept=key-terms
heading: פרשנות והגדרות concept=interpretation
heading: למה אנו מתכוונים concept=what-we-mean-by
heading: מה הכוונה ב concept=what-we-mean-by
body: מתייחס ל weight=2.5 concept=refers-to
body: ההגדרות הבאות weight=3 concept=defined-terms-intro
body: לצורך מדיניות זו weight=2.5 concept=as-used-in-this-policy
body: מידע אישי פירושו weight=3 concept=personal-data-means
body: מזוהה או ניתן לזיהוי weight=2.5 concept=identifiable-person
body: אדם מזוהה weight=2.5 concept=identifiable-person
body: בקר weight=1 concept=gdpr-roles
body: מעבד weight=1 concept=gdpr-roles
body: משתמש weight=0.3 concept=user

[collection]
heading: איסוף weight=2 concept=collection-of-information
heading: אוספים weight=2 concept=what-we-collect
heading: מידע שנאסף concept=what-we-collect
heading: סוגי מידע concept=categories-of-data
heading: מידע שאנו אוספים concept=what-we-collect
heading: מידע שאתה מוסר concept=information-you-provide
heading: נאסף concept=what-we-collect
heading: מקורות weight=2 concept=sources-of-information
heading: מקורות המידע concept=sources-of-information
body: אוספים weight=3 concept=we-collect
body: איסוף weight=3 concept=we-collect
body: נאסף weight=2.5 concept=we-collect
body: אוסף weight=2 concept=we-collect
body: מוסר weight=1.5 concept=you-provide
body: מסרת weight=1.5 concept=you-provide
body: כתובת דואר אלקטרוני weight=1.5 concept=contact-details
body: מספר טלפון weight=1.5 concept=contact-details
body: תאריך לידה weight=1.5 concept=demographic-data
body: כתובת IP weight=2 concept=device-data
body: מזהה מכשיר weight=2 concept=device-data
body: סוג דפדפן weight=1.5 concept=device-data
body: מערכת הפעלה weight=1.5 concept=device-data
body: מיקום weight=1.5 concept=location-data
body: אוטומטי weight=2 concept=automatically
body: נתוני שימוש weight=1.5 concept=usage-data
body: הרשמה weight=1 concept=forms
body: שם weight=0.5 concept=name
body: מקורות weight=1.5 concept=sources
# Added with the shared concept inventory (concepts.txt).
heading: איסוף מידע concept=collection-of-information
heading: איסוף מידע אישי concept=collection-of-information
heading: מידע שאנו עשויים לאסוף concept=what-we-collect
heading: קטגוריות של מידע אישי concept=categories-of-data
heading: סוגי המידע האישי concept=categories-of-data
# "User data" headings name what the service collects.
heading: נתוני משתמשים concept=categories-of-data
heading: נתוני המשתמשים concept=categories-of-data
heading: מידע על משתמשים concept=categories-of-data
heading: סוגי המידע concept=categories-of-data
heading: איזה מידע נאסף concept=what-we-collect
heading: המידע הנאסף concept=what-we-collect
heading: מידע שאתה מספק לנו concept=information-you-provide
# A contact form as a processing activity (what the form collects), as en "Contact form"; "צור קשר" stays contact.
heading: טופס יצירת קשר weight=3 concept=information-you-provide
heading: טופס צור קשר weight=3 concept=information-you-provide
heading: מידע שנאסף באופן אוטומטי concept=collected-automatically
heading: מידע הנאסף אוטומטית concept=collected-automatically
heading: כיצד אנו אוספים מידע concept=how-we-collect
heading: אופן איסוף המידע concept=how-we-collect
heading: נאספים concept=what-we-collect
heading: נתונים שנאספים concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: הרשאות weight=2 concept=what-we-collect
heading: הרשאות האפליקציה weight=2 concept=what-we-collect
heading: הרשאות אפליקציה weight=2 concept=what-we-collect
body: אוטומטית weight=2 concept=automatically
body: קטגוריות של מידע weight=2.5 concept=data-categories
body: זמין לציבור weight=2 concept=publicly-available
body: מקורות פומביים weight=2 concept=publicly-available
body: כתובת דואר weight=1.5 concept=contact-details
body: נתוני מיקום weight=2 concept=location-data
body: נתוני יומן weight=1.5 concept=usage-data
body: דמוגרפי weight=1.5 concept=demographic-data
body: פרטי תשלום weight=1 concept=payment-data
body: כרטיס אשראי weight=1 concept=payment-data
body: טופס weight=1.5 concept=forms
body: חשבון weight=0.3 concept=account
body: מידע weight=0.1 concept=information
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: דוחות קריסה concept=collected-automatically
heading: דיווחי קריסה concept=collected-automatically
heading: דוחות שגיאה concept=collected-automatically
heading: נתוני אבחון concept=collected-automatically
heading: יומנים concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: נשאר במכשיר שלך weight=2 concept=on-device-data
heading: נשארים במכשיר שלך weight=2 concept=on-device-data
heading: עיבוד מקומי weight=2 concept=on-device-data
heading: מעובדים באופן מקומי weight=2 concept=on-device-data
heading: מעובד באופן מקומי weight=2 concept=on-device-data
heading: נתונים המאוחסנים באופן מקומי weight=2 concept=on-device-data
heading: עיבוד במכשיר weight=2 concept=on-device-data
body: דוחות קריסה weight=2.5 concept=usage-data
body: דיווחי קריסה weight=2.5 concept=usage-data
body: יומני קריסה weight=2.5 concept=usage-data
body: יומני ניפוי באגים weight=2.5 concept=usage-data
body: נתוני אבחון weight=2 concept=usage-data
body: אסימון התראות weight=2.5 concept=device-data
body: אסימוני התראות weight=2.5 concept=device-data
body: push token* weight=2.5 concept=device-data

[use]
heading: שימוש במידע weight=2 concept=use-of-information
heading: שימוש concept=use-of-information
heading: מטרות weight=2 concept=purposes-of-processing
heading: כיצד אנו משתמשים weight=2 concept=how-we-use
heading: משתמשים במידע concept=how-we-use
heading: מטרות שימוש concept=purposes-of-processing
body: מטרות weight=2 concept=purposes
body: מטרה weight=1.5 concept=purposes
body: שימוש weight=1 concept=we-use
body: משתמשים weight=0.5 concept=we-use
body: לספק weight=1.5 concept=to-provide
body: שיפור weight=1.5 concept=to-improve
body: לשפר weight=1.5 concept=to-improve
body: פיתוח weight=1 concept=to-develop
body: התאמה אישית weight=2.5 concept=to-personalise
body: ניתוח weight=1.5 concept=to-analyse
body: סטטיסטי weight=1.5 concept=to-analyse
body: אימות זהות weight=2 concept=to-prevent-fraud
body: הונאה weight=1.5 concept=to-prevent-fraud
body: שירות לקוחות weight=1 concept=to-respond
body: מחקר weight=1 concept=research
body: עיבוד weight=0.5
# Added with the shared concept inventory (concepts.txt).
heading: לשם מה אנו משתמשים במידע concept=how-we-use
heading: מדוע אנו אוספים מידע concept=why-we-collect
heading: מטרות האיסוף concept=why-we-collect
heading: מטרת איסוף המידע concept=why-we-collect
heading: עיבוד מידע אישי concept=processing-of-personal-data
heading: כיצד אנו מעבדים את המידע האישי שלך concept=processing-of-personal-data
body: אנו משתמשים weight=2 concept=we-use
body: למטרות הבאות weight=2.5 concept=following-purposes
body: פרופיילינג weight=2 concept=profiling
body: יצירת פרופיל weight=2 concept=profiling
body: החלטות אוטומטיות weight=1.5 concept=automated-decisions
body: לבצע הזמנות weight=1.5 concept=to-fulfil
body: ניהול חשבון weight=1.5 concept=to-administer
body: לפתח מוצרים חדשים weight=2 concept=to-develop
body: ליצור איתך קשר weight=2 concept=to-communicate
body: לשלוח לך weight=1 concept=to-send
body: להשיב לפניותיך weight=1.5 concept=to-respond
body: לאבחן תקלות weight=2 concept=to-troubleshoot
body: תקלות weight=1.5 concept=to-troubleshoot
body: מחקר שוק weight=2 concept=research
body: עיבוד תשלומים weight=1.5 concept=to-process-transactions
body: לעמוד בדרישות הדין weight=1 concept=to-comply-with-law
# Purpose headings asked with other verbs and "(המידע מעובד) למטרות הבאות".
heading: מדוע אנו מעבדים concept=why-we-collect
heading: למה אנו מעבדים concept=why-we-collect
heading: מדוע אנו שומרים concept=why-we-collect
heading: למטרות הבאות concept=purposes-of-processing
heading: מטרות איסוף concept=purposes-of-processing
heading: מטרות השימוש concept=purposes-of-processing
heading: מטרות השימוש במידע concept=purposes-of-processing
heading: למה אנו משתמשים במידע concept=how-we-use
heading: השימוש שאנו עושים במידע concept=how-we-use
heading: החלטות אוטומטיות concept=automated-decision-making
heading: החלטה אוטומטית concept=automated-decision-making
heading: קבלת החלטות אוטומטית concept=automated-decision-making

[legal-basis]
heading: בסיס משפטי weight=2 concept=legal-basis
heading: בסיס חוקי weight=2 concept=legal-basis
heading: עילות concept=legal-basis
heading: עילה משפטית concept=legal-basis
heading: בסיס לעיבוד concept=legal-basis
heading: עילות לעיבוד concept=legal-basis
# "Legal basis", "legitimate interest", "on the basis of" stand in every subsection of a GDPR-style policy: in a text they weigh less than the practice described; the headings still name a legal-basis section.
body: בסיס משפטי weight=2 concept=legal-basis-term
body: בסיס חוקי weight=2 concept=legal-basis-term
body: עילה weight=2.5 concept=legal-basis-term
body: אינטרס לגיטימי weight=2 concept=legitimate-interests
body: אינטרסים לגיטימיים weight=2 concept=legitimate-interests
body: ביצוע חוזה weight=3 concept=performance-of-contract
body: חוזה weight=1.5 concept=performance-of-contract
body: הסכם weight=1 concept=performance-of-contract
body: חובה חוקית weight=2.5 concept=legal-obligation
body: חובה משפטית weight=2.5 concept=legal-obligation
body: אינטרס ציבורי weight=2 concept=public-interest
body: אינטרס חיוני weight=2.5 concept=vital-interests
body: לגיטימי weight=1.5 concept=lawful
body: הסכמתך weight=1 concept=consent-as-basis
# Added with the shared concept inventory (concepts.txt).
heading: מדוע מותר לנו לעבד את המידע שלך concept=why-allowed
heading: על סמך מה אנו מעבדים concept=why-allowed
body: זכויות וחירויות יסוד weight=2.5 concept=balancing-test
body: סעיף 6 weight=2 concept=article-6
body: העיבוד נחוץ weight=2.5 concept=processing-necessary
body: על בסיס weight=1 concept=on-the-basis-of
body: כדין weight=1 concept=lawful
body: נחוץ weight=0.5 concept=necessary

[consent]
heading: הסכמה weight=1.5 concept=your-consent
heading: הסכמתך concept=your-consent
heading: ביטול הסכמה weight=2 concept=withdrawal-of-consent
heading: חזרה מהסכמה concept=withdrawal-of-consent
heading: משיכת הסכמה concept=withdrawal-of-consent
heading: מתן הסכמה concept=your-consent
body: הסכמה weight=2 concept=you-consent
body: מסכים weight=1.5 concept=you-agree
body: לבטל weight=2 concept=withdraw
body: ביטול weight=2 concept=withdraw
body: לחזור בך weight=3 concept=withdraw
body: חזרה weight=1.5 concept=withdraw
body: משיכת weight=2.5 concept=withdraw
body: מפורשת weight=2.5 concept=explicit-consent
body: מראש weight=1.5 concept=explicit-consent
body: סימון weight=1.5 concept=opt-in
body: תיבה weight=1.5 concept=opt-in
body: בכל עת weight=2 concept=at-any-time
body: תשפיע weight=1.5 concept=without-affecting-lawfulness
# Added with the shared concept inventory (concepts.txt).
body: מרצון חופשי weight=2.5 concept=freely-given
body: הרשאה weight=1.5 concept=permission
body: לשנות את דעתך weight=2 concept=change-your-mind

[sharing]
heading: שיתוף weight=2 concept=sharing-of-information
heading: מסירת מידע weight=2 concept=disclosure-of-information
heading: העברת מידע concept=disclosure-of-information
heading: גילוי concept=disclosure-of-information
heading: גילוי מידע concept=disclosure-of-information
heading: העברת מידע לצד שלישי weight=2 concept=transfer-to-third-parties
heading: צדדים שלישיים weight=0.5 concept=third-parties
heading: עם מי אנו משתפים concept=who-we-share-with
heading: משתפים concept=how-we-share
body: משתפים weight=2.5 concept=share
body: שיתוף weight=2 concept=share
body: מעבירים weight=2 concept=disclose
body: העברת weight=1.5 concept=disclose
body: מסירת weight=2 concept=disclose
body: גילוי weight=1.5 concept=disclose
body: צדדים שלישיים weight=2 concept=third-parties-term
body: צד שלישי weight=2 concept=third-parties-term
body: ספקי שירות weight=2 concept=service-providers
body: נותני שירותים weight=2 concept=service-providers
body: חברות קשורות weight=2 concept=affiliates
body: חברות בנות weight=2 concept=affiliates
body: שותפים weight=1.5 concept=business-partners
body: מיזוג weight=2.5 concept=corporate-transaction
body: רכישה weight=1.5 concept=corporate-transaction
body: מכירה weight=1.5 concept=sell
body: רשויות weight=2 concept=authorities
body: צו שיפוטי weight=2.5 concept=legal-process
body: אכיפת חוק weight=2 concept=authorities
body: הליך משפטי weight=1.5 concept=legal-process
# Added with the shared concept inventory (concepts.txt).
heading: שיתוף מידע concept=sharing-of-information
heading: שיתוף וגילוי concept=sharing-of-information
heading: כיצד אנו משתפים מידע concept=how-we-share
heading: ספקי שירות concept=service-providers-heading
heading: העברות עסקיות concept=business-transfers
heading: מיזוג או רכישה concept=business-transfers
heading: דרישות חוקיות concept=legal-requests
heading: הליכים משפטיים concept=legal-requests
heading: האם אנו מוכרים את המידע שלך concept=sale-of-information
heading: מכירת מידע אישי concept=sale-of-information
body: מטעמנו weight=1.5 concept=on-our-behalf
body: בשמנו weight=1.5 concept=on-our-behalf
body: נמענים weight=2 concept=recipients
body: פשיטת רגל weight=2.5 concept=corporate-transaction
body: ארגון מחדש weight=2 concept=corporate-transaction
body: משטרה weight=2 concept=authorities
body: מוכרים weight=1.5 concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: העברת מידע לצדדים שלישיים concept=transfer-to-third-parties
heading: העברת נתונים לצדדים שלישיים concept=transfer-to-third-parties
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: אירוח concept=service-providers-heading
heading: ספק אירוח concept=service-providers-heading
heading: רשת להפצת תוכן concept=service-providers-heading
heading: מעבדי מידע concept=service-providers-heading
heading: ניטור שגיאות concept=service-providers-heading
body: אירוח weight=2 concept=service-providers
body: ספק אירוח weight=2.5 concept=service-providers
body: ספקי אירוח weight=2.5 concept=service-providers
body: מתארח אצל weight=2.5 concept=service-providers
body: רשת להפצת תוכן weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: פלטפורמת ענן weight=2 concept=service-providers
body: מחשוב ענן weight=2 concept=service-providers
body: ספק שירותי ענן weight=2.5 concept=service-providers
body: ניטור שגיאות weight=2 concept=service-providers
body: הסכם עיבוד נתונים weight=2 concept=service-providers
body: הסכם עיבוד מידע weight=2 concept=service-providers
# Cloud sync and backup: the data goes to a third-party cloud (iCloud, Google Drive).
body: icloud weight=2 concept=service-providers
body: google drive weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: תשלומים weight=2 concept=payments-purchases
heading: עיבוד תשלומים weight=3 concept=payments-purchases
heading: רכישות בתוך האפליקציה weight=2 concept=payments-purchases
heading: רכישות באפליקציה weight=2 concept=payments-purchases
heading: מינויים weight=2 concept=payments-purchases

[cookies]
heading: עוגיות weight=2 concept=cookies
heading: Cookies weight=2 concept=cookies
heading: קובצי Cookies concept=cookies
heading: טכנולוגיות מעקב concept=tracking-technologies
heading: מעקב concept=tracking-technologies
heading: מדיניות עוגיות concept=cookies
body: עוגיות weight=3 concept=cookie
body: Cookies weight=3 concept=cookie
body: קובצי weight=2 concept=cookie
body: קבצים קטנים weight=2.5 concept=text-files
body: קובץ טקסט weight=2.5 concept=text-files
body: משואות רשת weight=3 concept=web-beacon
body: web beacons weight=3 concept=web-beacon
body: פיקסלים weight=2.5 concept=web-beacon
body: פיקסל weight=2.5 concept=web-beacon
body: דפדפן weight=1.5 concept=browser
body: טכנולוגיות דומות weight=2 concept=tracking-technology
body: מעקב weight=1.5 concept=tracking-technology
body: Google Analytics weight=2.5 concept=analytics-term
# Bare «הגדרות» (settings) is any settings; here only the browser's (הגדרות הדפדפן).
body: לחסום weight=1.5 concept=browser-settings
body: חסימת weight=1.5 concept=browser-settings
# Added with the shared concept inventory (concepts.txt).
heading: עוגיות וטכנולוגיות דומות concept=tracking-technologies
heading: משואות רשת concept=web-beacons
heading: תגי פיקסל concept=web-beacons
heading: קובצי יומן concept=log-files
heading: אנליטיקה concept=analytics
heading: כלי ניתוח concept=analytics
body: אחסון מקומי weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: עוגיות קבועות weight=2 concept=cookie-lifetime
body: עוגיות הפעלה weight=2 concept=cookie-lifetime
body: הכרחיות weight=2.5 concept=cookie-categories
body: פונקציונליות weight=1.5 concept=cookie-categories
body: אנליטיקה weight=2 concept=analytics-term
body: קובצי יומן weight=2 concept=log-file
body: SDK weight=2 concept=sdk
body: טביעת אצבע דיגיטלית weight=2.5 concept=fingerprinting
body: הגדרות הדפדפן weight=1.5 concept=browser-settings
body: מכשיר weight=0.5 concept=device

[advertising]
heading: פרסום weight=1.5 concept=advertising
heading: פרסומות weight=1.5 concept=advertising
heading: שיווק weight=1.5 concept=marketing
heading: דיוור weight=2 concept=marketing-communications
heading: דיוור ישיר concept=marketing
heading: דברי פרסומת concept=marketing-communications
heading: פרסום מותאם concept=interest-based-advertising
body: פרסום weight=2 concept=ads
body: פרסומות weight=2 concept=ads
body: פרסומת weight=2 concept=ads
body: דברי פרסומת weight=3 concept=marketing-messages
body: שיווק weight=2 concept=marketing-purposes
body: שיווקי weight=2 concept=marketing-purposes
body: דיוור weight=2.5 concept=marketing-messages
body: דיוור ישיר weight=3 concept=marketing-messages
body: מפרסמים weight=2.5 concept=ad-networks
body: רשתות פרסום weight=3 concept=ad-networks
body: מבצעים weight=1.5 concept=promotions
body: הטבות weight=1.5 concept=promotions
body: ניוזלטר weight=2 concept=marketing-messages
body: עלון weight=1.5 concept=marketing-messages
body: תחומי עניין weight=2 concept=interests
body: מותאם weight=1.5 concept=interest-based
# Added with the shared concept inventory (concepts.txt).
heading: פרסום ושיווק concept=advertising
heading: פרסום מבוסס תחומי עניין concept=interest-based-advertising
heading: פרסום ממוקד concept=interest-based-advertising
heading: פרסום של צדדים שלישיים concept=third-party-advertising
heading: רשתות פרסום concept=third-party-advertising
heading: הודעות שיווקיות concept=marketing-communications
body: ממוקד weight=2 concept=interest-based
body: רימרקטינג weight=3 concept=retargeting
body: טירגוט מחדש weight=3 concept=retargeting
body: מטרות שיווק weight=2 concept=marketing-purposes
body: הצעות מיוחדות weight=2 concept=promotions
body: מדידת יעילות weight=2 concept=ad-measurement
# Industry opt-out programmes, usually cited by their English names.
body: network advertising initiative weight=3 concept=ad-industry-programs
body: digital advertising alliance weight=3 concept=ad-industry-programs
body: your online choices weight=2.5 concept=ad-industry-programs

[do-not-track]
heading: Do Not Track concept=do-not-track
heading: DNT concept=do-not-track
heading: אל תעקוב weight=2 concept=do-not-track
heading: אי מעקב weight=2 concept=do-not-track
heading: בקשת אי מעקב concept=do-not-track
heading: בקרת פרטיות גלובלית concept=global-privacy-control
body: Do Not Track weight=3 concept=dnt-signal
body: DNT weight=3 concept=dnt-signal
body: GPC weight=3 concept=gpc-signal
body: Global Privacy Control weight=3 concept=gpc-signal
body: אות weight=3 concept=dnt-signal
body: אותות weight=3 concept=dnt-signal
body: אל תעקוב weight=3 concept=dnt-signal
body: אי מעקב weight=2.5 concept=dnt-signal
body: דפדפן weight=1 concept=browser-dnt
body: מגיבים weight=2 concept=do-not-respond
body: תקן weight=1.5 concept=no-uniform-standard
body: אחיד weight=1.5 concept=no-uniform-standard
body: תעשייה weight=1 concept=no-uniform-standard
body: מנגנון weight=1
# Added with the shared concept inventory (concepts.txt).
heading: Global Privacy Control concept=global-privacy-control
heading: אותות העדפה concept=preference-signals
heading: אותות דפדפן concept=preference-signals
body: אות העדפה weight=3 concept=opt-out-preference-signal
body: אותות דפדפן weight=2.5 concept=opt-out-preference-signal
body: איננו מגיבים weight=2.5 concept=do-not-respond
body: מכבדים weight=1.5 concept=honor-signals
body: לאורך זמן ובין אתרים weight=2.5 concept=cross-site-tracking

[choices]
heading: אפשרויות weight=1.5 concept=your-choices
heading: האפשרויות שלך concept=your-choices
heading: בחירות concept=your-choices
heading: רשימת תפוצה weight=2 concept=unsubscribing
heading: ביטול הרשמה concept=unsubscribing
heading: ניהול העדפות concept=managing-preferences
heading: שליטה במידע concept=your-choices
body: אפשרויות weight=2 concept=choose-not-to
body: בחירה weight=1.5 concept=choose-not-to
body: להסיר weight=2 concept=unsubscribe
body: הסרה weight=2.5 concept=unsubscribe
body: רשימת תפוצה weight=2.5 concept=unsubscribe
body: ביטול הרשמה weight=2.5 concept=unsubscribe
body: העדפות weight=2 concept=preferences
body: הגדרות weight=1 concept=settings
body: לסרב weight=1.5 concept=decline
body: להשבית weight=1.5 concept=disable
body: לכבות weight=1.5 concept=disable
body: אינך חייב weight=2.5 concept=choose-not-to
body: מרצונך weight=2.5 concept=choose-not-to
body: שליטה weight=1
# Added with the shared concept inventory (concepts.txt).
heading: ביטול הסכמה לדיוור concept=opting-out
heading: הסרה מרשימת תפוצה concept=unsubscribing
heading: הסרה מרשימת התפוצה concept=unsubscribing
heading: כיצד לבטל הסכמה concept=opting-out
heading: העדפות תקשורת concept=managing-preferences
body: אופט אאוט weight=3 concept=opt-out
body: להפסיק לקבל weight=2.5 concept=unsubscribe
body: הודעות פרסומיות weight=2 concept=promotional-emails
body: הגדרות חשבון weight=2 concept=settings
body: התראות דחיפה weight=2 concept=device-permissions
body: שירותי מיקום weight=2 concept=device-permissions
body: בתחתית weight=1.5 concept=unsubscribe-link
body: ייתכן שלא תוכל weight=1.5 concept=consequences-of-refusal
body: לקבל weight=0.5 concept=receive

[rights]
heading: זכויות weight=1.5 concept=your-rights
heading: זכויותיך weight=2 concept=your-rights
heading: זכות עיון weight=2 concept=access-and-correction
heading: עיון במידע weight=2 concept=access-and-correction
heading: מימוש זכויות concept=exercising-rights
heading: תיקון מידע concept=access-and-correction
heading: זכות concept=your-rights
heading: גישה weight=1.5 concept=access-and-correction
body: זכויות weight=2
body: זכות weight=1.5
body: זכותך weight=2
body: עיון weight=3 concept=right-of-access
body: לעיין weight=3 concept=right-of-access
body: תיקון weight=3 concept=rectification
body: לתקן weight=2.5 concept=rectification
body: מחיקה weight=2.5 concept=erasure
body: למחוק weight=2 concept=erasure
body: הגבלה weight=2 concept=restriction
body: התנגדות weight=3 concept=right-to-object
body: ניידות weight=3 concept=portability
body: העתק weight=2 concept=copy-of-data
body: תלונה weight=2 concept=complaint-to-authority
body: רשות להגנת הפרטיות weight=3 concept=complaint-to-authority
body: רשות פיקוח weight=2 concept=complaint-to-authority
body: מימוש weight=2.5 concept=exercise-rights
body: בקשה weight=1 concept=request
# Added with the shared concept inventory (concepts.txt).
heading: עיון ותיקון concept=access-and-correction
heading: הזכות לעיין concept=access-and-correction
heading: זכות לתיקון concept=access-and-correction
heading: הזכות לתיקון concept=access-and-correction
heading: בקשת עיון concept=access-and-correction
heading: עיון, תיקון ומחיקה concept=access-and-correction
heading: הזכות למחיקה concept=your-rights
heading: מחיקת מידע concept=your-rights
heading: מימוש הזכויות שלך concept=exercising-rights
heading: זכויות ובקשות concept=exercising-rights
heading: סוכנים מורשים concept=authorized-agents
heading: נציג מורשה concept=authorized-agents
body: זכות גישה weight=3 concept=right-of-access
body: לא מדויק weight=2 concept=rectification
body: הזכות להישכח weight=3 concept=erasure
body: לאמת את זהותך weight=2 concept=verify-identity
body: נציג מורשה weight=2.5 concept=authorized-agent
body: אפליה weight=1.5 concept=non-discrimination
body: נושאי מידע weight=2 concept=data-subject-rights
body: גישה weight=1.5 concept=access

[retention]
heading: שמירת מידע weight=2 concept=data-retention
heading: שמירה concept=data-retention
heading: תקופת שמירה concept=retention-period
heading: משך שמירה concept=retention-period
heading: משך השמירה concept=retention-period
heading: תקופת השמירה concept=retention-period
heading: שמירת נתונים concept=data-retention
heading: כמה זמן concept=how-long-we-keep
body: שמירת weight=2 concept=retain
body: שומרים weight=2.5 concept=keep
body: נשמר weight=2.5 concept=keep
body: תקופה weight=2 concept=retention-criteria
body: משך weight=2 concept=retention-criteria
body: כל עוד weight=2 concept=as-long-as-necessary
body: נדרש weight=1 concept=as-long-as-necessary
body: נמחק weight=2 concept=destroy
body: השמדה weight=2.5 concept=destroy
body: אנונימי weight=1.5 concept=anonymise
body: התיישנות weight=2.5 concept=legal-retention-requirements
body: מחיקה weight=1 concept=destroy
body: אחסון weight=1 concept=store
body: שנים weight=0.5 concept=years
# Added with the shared concept inventory (concepts.txt).
heading: כמה זמן אנו שומרים את המידע concept=how-long-we-keep
heading: אחסון ושמירה concept=storage-and-retention
heading: שמירה ומחיקה concept=retention-and-deletion
heading: שמירת מידע ומחיקתו concept=retention-and-deletion
body: כל עוד הדבר נדרש weight=3 concept=as-long-as-necessary
body: אינו נדרש עוד weight=2.5 concept=no-longer-needed
body: קריטריונים weight=2 concept=retention-criteria
body: התממה weight=2 concept=anonymise
body: ארכיון weight=2 concept=archive
body: חשבונות לא פעילים weight=2 concept=inactive-accounts

[security]
heading: אבטחת מידע weight=2 concept=data-security
heading: אבטחה weight=2 concept=data-security
heading: אבטחת weight=1.5 concept=data-security
heading: אמצעי אבטחה concept=security-measures
heading: הגנה על מידע concept=how-we-protect
heading: כיצד אנו מגנים concept=how-we-protect
body: אבטחה weight=2 concept=secure
body: אבטחת weight=2 concept=secure
body: אמצעי אבטחה weight=2.5 concept=safeguards
body: הצפנה weight=3 concept=encryption
body: מוצפן weight=2.5 concept=encryption
body: גישה בלתי מורשית weight=3 concept=unauthorized-access
body: בלתי מורשית weight=2.5 concept=unauthorized-access
body: אובדן weight=2 concept=loss-misuse-alteration
body: דליפה weight=2.5 concept=breach
body: פריצה weight=2.5 concept=breach
body: חומת אש weight=2.5 concept=technical-controls
body: SSL weight=3 concept=encryption
body: TLS weight=2.5 concept=encryption
body: סודיות weight=1.5 concept=confidentiality
body: תקנות אבטחת מידע weight=3 concept=industry-standard
body: הרשאות weight=1.5 concept=technical-controls
body: להבטיח weight=1 concept=ensure
# Added with the shared concept inventory (concepts.txt).
heading: הגנה על המידע שלך concept=how-we-protect
body: אמצעים טכנולוגיים וארגוניים weight=3 concept=technical-organisational-measures
body: אמצעים ארגוניים weight=2.5 concept=technical-organisational-measures
body: אמצעי הגנה weight=2.5 concept=safeguards
body: פיזיים weight=1.5 concept=physical-safeguards
body: סיסמאות weight=2 concept=technical-controls
body: אירוע אבטחה weight=3 concept=breach
body: שימוש לרעה weight=2 concept=loss-misuse-alteration
body: איננו יכולים להבטיח weight=2.5 concept=no-guarantee
body: מאובטח לחלוטין weight=2.5 concept=no-guarantee
body: תקנים מקובלים weight=2 concept=industry-standard
body: להגן weight=1 concept=protect
# Personal-data breaches and their notification: a security topic.
heading: דליפת מידע concept=data-security
heading: אירוע אבטחה concept=data-security
heading: אירועי אבטחה concept=data-security
heading: אבטחת המידע concept=data-security

[children]
heading: קטינים weight=2 concept=minors
heading: ילדים weight=2 concept=childrens-privacy
heading: פרטיות ילדים concept=childrens-privacy
heading: קטין concept=minors
heading: מתחת לגיל concept=age-limits
heading: משתמשים צעירים concept=minors
body: ילדים weight=2.5 concept=children
body: ילד weight=2 concept=children
body: קטינים weight=3 concept=minors-teens
body: קטין weight=3 concept=minors-teens
body: מתחת לגיל weight=3 concept=age-threshold
body: גיל weight=1.5 concept=age
body: הורים weight=2.5 concept=parents-guardians
body: הורה weight=2 concept=parents-guardians
body: אפוטרופוס weight=3 concept=parents-guardians
body: הסכמת הורים weight=2.5 concept=parental-consent
body: בגיר weight=2 concept=age-threshold
body: בני weight=1 concept=age-threshold
body: COPPA weight=2.5 concept=coppa
# Added with the shared concept inventory (concepts.txt).
heading: הגבלות גיל concept=age-limits
heading: ילדים מתחת לגיל 13 concept=age-limits
heading: שימוש בשירותים על ידי קטינים concept=minors
body: בני נוער weight=2.5 concept=minors-teens
body: הסכמת הורה weight=3 concept=parental-consent
body: ביודעין weight=3 concept=knowingly-collect
body: אינו מיועד weight=2 concept=not-directed-to-children
body: אם נגלה weight=2 concept=if-we-learn

[international]
heading: מחוץ לישראל weight=2 concept=international-transfers
heading: חו"ל weight=2 concept=international-transfers
heading: חו״ל weight=2 concept=international-transfers
heading: העברה בינלאומית concept=international-transfers
heading: בין מדינות concept=international-transfers
heading: מיקום אחסון concept=where-we-store
heading: מחוץ לגבולות concept=international-transfers
body: חו"ל weight=3 concept=other-countries
body: חו״ל weight=3 concept=other-countries
body: מחוץ לישראל weight=3 concept=other-countries
body: בינלאומית weight=2.5 concept=cross-border
body: מדינות אחרות weight=2.5 concept=other-countries
body: מדינה weight=1 concept=other-countries
body: העברה weight=1 concept=transfer
# A bare שרתים is any server: the location needs a place word.
body: שרתים weight=0.5 concept=server-location
body: שרתים הממוקמים weight=2 concept=server-location
body: שרתים הנמצאים weight=2 concept=server-location
body: שרתים ממוקמים weight=2 concept=server-location
body: שרתים מחוץ weight=2 concept=server-location
body: ענן weight=1.5 concept=server-location
body: רמת הגנה weight=2 concept=less-protective
body: נאותה weight=2 concept=adequacy
body: גבולות weight=2 concept=cross-border
# One sentence on transfers to the USA (standard clauses, adequacy) in a subsection on a social network or a cloud service must not outweigh its practice: lighter transfer terms.
body: סעיפים חוזיים סטנדרטיים weight=2 concept=transfer-safeguards
body: אזור כלכלי אירופי weight=2 concept=eea
# Added with the shared concept inventory (concepts.txt).
heading: העברת נתונים concept=data-transfers
heading: העברת מידע לחו"ל concept=international-transfers
heading: העברת מידע אל מחוץ לישראל weight=2 concept=international-transfers
heading: העברת מידע מחוץ לישראל weight=2 concept=international-transfers
heading: היכן אנו מאחסנים את המידע שלך concept=where-we-store
heading: מיקום עיבוד המידע concept=where-we-store
heading: היכן המידע נשמר weight=2 concept=where-we-store   # outweighs נשמר (retention)
heading: היכן נשמר המידע weight=2 concept=where-we-store
heading: היכן מאוחסן המידע concept=where-we-store
heading: אחסון מידע weight=1 concept=where-we-store
heading: אחסון נתונים weight=1 concept=where-we-store
heading: אחסון המידע weight=1 concept=where-we-store
body: חוצה גבולות weight=3 concept=cross-border
body: כללי תאגיד מחייבים weight=3 concept=transfer-safeguards
body: אמצעי הגנה מתאימים weight=2 concept=transfer-safeguards
body: החלטת הלימות weight=2 concept=adequacy
body: ארצות הברית weight=1 concept=united-states
body: מסגרת פרטיות המידע weight=2.5 concept=privacy-frameworks
body: מגן הפרטיות weight=2 concept=privacy-frameworks
body: סמכות שיפוט weight=2 concept=jurisdictions
body: ברחבי העולם weight=1.5 concept=around-the-world

[regional]
heading: תושבי קליפורניה weight=2 concept=california
heading: קליפורניה weight=2 concept=california
heading: איחוד אירופי concept=eea-gdpr-notice
heading: אזורים מסוימים concept=jurisdiction-specific
heading: הוראות נוספות concept=jurisdiction-specific
heading: תושבי concept=jurisdiction-specific
heading: הודעה לתושבי concept=jurisdiction-specific
body: קליפורניה weight=3 concept=california-law
body: תושבי weight=2 concept=residents
body: תושבים weight=2 concept=residents
body: איחוד אירופי weight=2 concept=eu-gdpr
body: אזור כלכלי אירופי weight=2 concept=eu-gdpr
body: בריטניה weight=1.5
body: שווייץ weight=1.5
body: ארצות הברית weight=1.5
body: ארה"ב weight=1.5
body: ארה״ב weight=1.5
body: נבדה weight=2.5 concept=us-states
body: ברזיל weight=2 concept=brazil-lgpd
body: CCPA weight=2.5 concept=california-law
body: CPRA weight=2 concept=california-law
body: אזור weight=1
# Added with the shared concept inventory (concepts.txt).
heading: תושבי נבדה concept=us-state-rights
heading: זכויות פרטיות במדינות ארה"ב concept=us-state-rights
heading: תושבי האזור הכלכלי האירופי concept=eea-gdpr-notice
heading: עמידה ב-GDPR concept=eea-gdpr-notice
body: צרכנים weight=1.5 concept=consumers
body: אל תמכרו weight=3 concept=do-not-sell
body: מכירה או שיתוף weight=3 concept=do-not-sell
body: תמריצים כספיים weight=3 concept=financial-incentives
body: 12 החודשים האחרונים weight=3 concept=preceding-12-months
body: GDPR weight=2.5 concept=eu-gdpr
body: LGPD weight=3 concept=brazil-lgpd
body: קנדה weight=2 concept=canada-pipeda
body: וירג'יניה weight=3 concept=us-states
body: קולורדו weight=3 concept=us-states
body: מדינה weight=0.5 concept=state
body: פרסום התנהגותי חוצה הקשרים weight=3 concept=cross-context-advertising
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
heading: נספחים אזוריים concept=jurisdiction-specific
heading: נספח אזורי concept=jurisdiction-specific
heading: חוקי הפרטיות בארצות הברית concept=us-state-rights
heading: יפן weight=1 concept=jurisdiction-specific
heading: קוריאה הדרומית weight=1 concept=jurisdiction-specific

[third-party-sites]
heading: קישורים weight=2 concept=links-to-other-sites
heading: אתרים של צדדים שלישיים concept=third-party-websites
heading: אתרים אחרים concept=third-party-websites
heading: קישורים חיצוניים concept=links-to-other-sites
heading: צד שלישי concept=third-party-services
heading: אתרי צד שלישי concept=third-party-websites
heading: שירותים של צדדים שלישיים concept=third-party-services
heading: אתרים weight=2 concept=third-party-websites
body: קישורים weight=3 concept=links
body: קישור weight=2.5 concept=links
body: אתרים אחרים weight=2.5 concept=other-sites
body: אתרי צד שלישי weight=2.5 concept=other-sites
body: חיצוניים weight=1.5 concept=other-sites
body: אחראים weight=2 concept=not-responsible
body: אחריות weight=1.5 concept=not-responsible
body: אין לנו שליטה weight=3 concept=not-responsible
body: תוספים weight=2.5 concept=plugins
body: רשתות חברתיות weight=1.5 concept=plugins
body: שלהם weight=1 concept=their-privacy-policies
body: מומלץ weight=1 concept=encourage-review
# Added with the shared concept inventory (concepts.txt).
heading: קישורים לאתרים אחרים concept=links-to-other-sites
heading: קישורים לאתרים חיצוניים concept=links-to-other-sites
heading: תוספים של רשתות חברתיות concept=social-media-plugins
heading: רשתות חברתיות concept=social-media-plugins
heading: מדיניות הפרטיות של צדדים שלישיים concept=third-party-privacy-policies
body: אפליקציות של צדדים שלישיים weight=2 concept=third-party-applications
body: מדיניות הפרטיות שלהם weight=3 concept=their-privacy-policies
body: אנו ממליצים לך weight=2.5 concept=encourage-review
body: תעזוב את האתר weight=2.5 concept=leave-our-site
body: וידג'טים weight=2.5 concept=plugins
body: תוכן weight=0.5 concept=content
body: לעיין weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: מדיה חברתית concept=social-media-presence
heading: רשתות חברתיות שלנו concept=social-media-presence
heading: הנוכחות שלנו ברשתות החברתיות concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: מידע שנאסף על ידי צדדים שלישיים concept=third-party-data-collection
heading: נאסף על ידי צדדים שלישיים concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: תוכן מוטמע concept=third-party-services
heading: תוכן של צד שלישי concept=third-party-services
heading: תוכן צד שלישי concept=third-party-services
heading: סרטונים מוטמעים concept=third-party-services
heading: שירותי צד שלישי concept=third-party-services
heading: שירותים של צד שלישי concept=third-party-services
heading: שירותי צד ג concept=third-party-services
heading: ספריות צד שלישי concept=third-party-services
heading: סנכרון בענן concept=third-party-services
heading: גיבוי icloud concept=third-party-services
heading: גיבוי בענן concept=third-party-services
heading: תוספים concept=social-media-plugins
body: מוטמע weight=2.5 concept=plugins
body: מוטמעים weight=2.5 concept=plugins
body: הטמעה weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: תוכן צד שלישי weight=3 concept=other-sites
body: תוכן של צד שלישי weight=3 concept=other-sites
body: תוכן של צדדים שלישיים weight=3 concept=other-sites
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: מצב פרטיות משופרת weight=2.5 concept=plugins
body: מחובר לחשבון weight=1.5 concept=plugins
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: חיבורי רשת weight=2 concept=network-connections
heading: בקשות רשת weight=2 concept=network-connections
heading: חיבורים חיצוניים weight=2 concept=network-connections
heading: יוצא מהמכשיר weight=2 concept=network-connections
heading: יוצאים מהמכשיר weight=2 concept=network-connections
heading: נשלח דרך האינטרנט weight=2 concept=network-connections
heading: עובר דרך האינטרנט weight=2 concept=network-connections
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
heading: שינויים weight=2 concept=changes-to-policy
heading: שינויים במדיניות concept=changes-to-policy
heading: עדכונים concept=policy-updates
heading: עדכון מדיניות concept=policy-updates
heading: עדכון המדיניות concept=policy-updates
heading: עדכונים למדיניות concept=policy-updates
heading: שינויים במדיניות זו concept=changes-to-policy
heading: תיקונים concept=amendments
heading: שינוי concept=changes-to-policy
body: שינויים weight=2 concept=change-update
body: שינוי weight=1.5 concept=change-update
body: לשנות weight=2 concept=change-update
body: עדכון weight=1.5 concept=change-update
body: עדכונים weight=1.5 concept=change-update
body: מעודכנת weight=2 concept=latest-version
body: עודכן לאחרונה weight=3 concept=effective-date
body: עדכון אחרון weight=3 concept=effective-date
body: תאריך תחילה weight=2.5 concept=effective-date
body: תוקף weight=2 concept=effective-date
body: מעת לעת weight=2.5 concept=from-time-to-time
body: מהותי weight=2.5 concept=material-changes
body: נפרסם weight=2 concept=posting
body: הודעה weight=1.5 concept=notify-you
body: גרסה weight=1.5 concept=version
# Added with the shared concept inventory (concepts.txt).
heading: הודעה על שינויים concept=notification-of-changes
heading: עדכון על שינויים concept=notification-of-changes
heading: תיקונים למדיניות concept=amendments
heading: תחילה concept=entry-into-force
heading: תאריך תחולה concept=entry-into-force
heading: תוקף concept=entry-into-force
body: המשך השימוש weight=3 concept=continued-use
body: לבדוק מדיניות זו weight=2.5 concept=check-back
body: הגרסה העדכנית weight=2 concept=latest-version
body: ייכנסו לתוקף מיד weight=2.5 concept=effective-immediately
body: שומרת לעצמה את הזכות weight=2 concept=reserve-the-right
body: שומרים לעצמנו את הזכות weight=2 concept=reserve-the-right
# Verb forms and plurals: "אנו עשויים לעדכן", "נעדכן", "נפרסם גרסאות חדשות של הצהרה זו".
body: לעדכן weight=1.5 concept=change-update
body: נעדכן weight=2 concept=change-update
body: גרסאות weight=1.5 concept=version
body: גרסאות חדשות weight=2.5 concept=latest-version
body: הגרסה החדשה weight=2 concept=latest-version

[contact]
heading: צור קשר weight=2 concept=contact-us
heading: יצירת קשר weight=2 concept=contact-us
heading: פרטי התקשרות concept=contact-information
heading: פניות concept=questions
heading: קשר concept=contact-us
heading: ממונה הגנת פרטיות concept=data-protection-officer
heading: פנייה אלינו concept=how-to-contact
body: קשר weight=2 concept=please-contact
body: צור קשר weight=2.5 concept=please-contact
body: ליצור קשר weight=2.5 concept=please-contact
body: פנייה weight=2 concept=please-contact
body: פניות weight=2 concept=questions-comments
body: דוא"ל weight=2 concept=by-email
body: דוא״ל weight=2 concept=by-email
body: דואר אלקטרוני weight=1.5 concept=by-email
body: טלפון weight=1.5 concept=telephone
body: כתובת weight=1 concept=address
body: ממונה weight=2.5 concept=dpo
body: ממונה על אבטחת מידע weight=2.5 concept=dpo
body: DPO weight=3 concept=dpo
body: שאלות weight=1.5 concept=questions-comments
body: תלונות weight=1.5 concept=questions-comments
body: שירות לקוחות weight=1.5 concept=customer-service
body: מענה weight=1.5
# Added with the shared concept inventory (concepts.txt).
heading: כיצד ליצור איתנו קשר concept=how-to-contact
heading: דרכי התקשרות concept=how-to-contact
heading: שאלות concept=questions
heading: שאלות ופניות concept=questions
heading: ממונה הגנת מידע concept=data-protection-officer
heading: קצין הגנת מידע concept=data-protection-officer
body: כתובת למשלוח דואר weight=2 concept=postal-address
heading: פרטי המפעיל concept=contact-information
# The controller's identity and address (art. 13 GDPR): "בעל השליטה במידע", "בקר הנתונים".
heading: בעל השליטה במידע concept=contact-information
heading: בעל השליטה concept=contact-information
heading: בקר הנתונים concept=contact-information
heading: בקר המידע concept=contact-information

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no cue inside it
# counts. Written whole, like boilerplate headings.
# A software or app update is not a change to the policy.
עדכון האפליקציה
עדכון תוכנה
בדיקת עדכונים
עדכונים אוטומטיים
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
