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

[intro]
heading: מבוא
heading: כללי
heading: הקדמה
heading: תחולה
heading: היקף
heading: מדיניות פרטיות weight=0.5   # document title; also inside other headings
heading: אודות
body: מדיניות פרטיות weight=2
body: מדיניות זו weight=2
body: חלה weight=2
body: תחולה weight=1.5
body: מכבדים weight=1.5
body: פרטיותך weight=2
body: מחויבים weight=1.5
body: בעיון weight=2
body: מסכים weight=1.5
body: תנאי שימוש weight=1
body: מבוצע weight=0.5
body: חברה weight=0.3
body: אנו weight=0.3

[definitions]
heading: הגדרות weight=2
heading: מונחים
heading: פרשנות
heading: הגדרה
heading: משמעות מונחים
heading: הגדרת מונחים
body: פירושו weight=3
body: משמעו weight=3
body: משמעותו weight=2.5
body: כהגדרתו weight=2.5
body: פירוש weight=2
body: מונח weight=2
body: להלן weight=1.5
body: בעל מאגר weight=2.5
body: מאגר מידע weight=2
body: נושא מידע weight=2
body: מידע רגיש weight=1.5
body: מחזיק weight=1.5
body: לרבות weight=1
body: מידע אישי weight=0.5

[collection]
heading: איסוף weight=2
heading: אוספים weight=2
heading: מידע שנאסף
heading: סוגי מידע
heading: מידע שאנו אוספים
heading: מידע שאתה מוסר
heading: נאסף
heading: מקורות weight=2
heading: מקורות המידע
body: אוספים weight=3
body: איסוף weight=3
body: נאסף weight=2.5
body: אוסף weight=2
body: מוסר weight=1.5
body: מסרת weight=1.5
body: כתובת דואר אלקטרוני weight=1.5
body: מספר טלפון weight=1.5
body: תאריך לידה weight=1.5
body: כתובת IP weight=2
body: מזהה מכשיר weight=2
body: סוג דפדפן weight=1.5
body: מערכת הפעלה weight=1.5
body: מיקום weight=1.5
body: אוטומטי weight=2
body: נתוני שימוש weight=1.5
body: הרשמה weight=1
body: שם weight=0.5
body: מקורות weight=1.5

[use]
heading: שימוש במידע weight=2
heading: שימוש
heading: מטרות weight=2
heading: כיצד אנו משתמשים weight=2
heading: משתמשים במידע
heading: מטרות שימוש
body: מטרות weight=2
body: מטרה weight=1.5
body: שימוש weight=1
body: משתמשים weight=0.5
body: לספק weight=1.5
body: שיפור weight=1.5
body: לשפר weight=1.5
body: פיתוח weight=1
body: התאמה אישית weight=2.5
body: ניתוח weight=1.5
body: סטטיסטי weight=1.5
body: אימות זהות weight=2
body: הונאה weight=1.5
body: שירות לקוחות weight=1
body: מחקר weight=1
body: עיבוד weight=0.5

[legal-basis]
heading: בסיס משפטי weight=2
heading: בסיס חוקי weight=2
heading: עילות
heading: עילה משפטית
heading: בסיס לעיבוד
heading: עילות לעיבוד
body: בסיס משפטי weight=3
body: בסיס חוקי weight=3
body: עילה weight=2.5
body: אינטרס לגיטימי weight=3
body: אינטרסים לגיטימיים weight=3
body: ביצוע חוזה weight=3
body: חוזה weight=1.5
body: הסכם weight=1
body: חובה חוקית weight=2.5
body: חובה משפטית weight=2.5
body: אינטרס ציבורי weight=2
body: אינטרס חיוני weight=2.5
body: לגיטימי weight=1.5
body: הסכמתך weight=1

[consent]
heading: הסכמה weight=1.5
heading: הסכמתך
heading: ביטול הסכמה weight=2
heading: חזרה מהסכמה
heading: משיכת הסכמה
heading: מתן הסכמה
body: הסכמה weight=2
body: מסכים weight=1.5
body: לבטל weight=2
body: ביטול weight=2
body: לחזור בך weight=3
body: חזרה weight=1.5
body: משיכת weight=2.5
body: מפורשת weight=2.5
body: מראש weight=1.5
body: סימון weight=1.5
body: תיבה weight=1.5
body: בכל עת weight=2
body: תשפיע weight=1.5

[sharing]
heading: שיתוף weight=2
heading: מסירת מידע weight=2
heading: העברת מידע
heading: גילוי
heading: צדדים שלישיים weight=0.5
heading: עם מי אנו משתפים
heading: משתפים
body: משתפים weight=2.5
body: שיתוף weight=2
body: מעבירים weight=2
body: העברת weight=1.5
body: מסירת weight=2
body: גילוי weight=1.5
body: צדדים שלישיים weight=2
body: צד שלישי weight=2
body: ספקי שירות weight=2
body: נותני שירותים weight=2
body: חברות קשורות weight=2
body: חברות בנות weight=2
body: שותפים weight=1.5
body: מיזוג weight=2.5
body: רכישה weight=1.5
body: מכירה weight=1.5
body: רשויות weight=2
body: צו שיפוטי weight=2.5
body: אכיפת חוק weight=2
body: הליך משפטי weight=1.5

[cookies]
heading: עוגיות weight=2
heading: Cookies weight=2
heading: קובצי Cookies
heading: טכנולוגיות מעקב
heading: מעקב
heading: מדיניות עוגיות
body: עוגיות weight=3
body: Cookies weight=3
body: קובצי weight=2
body: קבצים קטנים weight=2.5
body: קובץ טקסט weight=2.5
body: משואות רשת weight=3
body: web beacons weight=3
body: פיקסלים weight=2.5
body: פיקסל weight=2.5
body: דפדפן weight=1.5
body: טכנולוגיות דומות weight=2
body: מעקב weight=1.5
body: Google Analytics weight=2.5
body: הגדרות weight=1
body: לחסום weight=1.5
body: חסימת weight=1.5

[advertising]
heading: פרסום weight=1.5
heading: פרסומות weight=1.5
heading: שיווק weight=1.5
heading: דיוור weight=2
heading: דיוור ישיר
heading: דברי פרסומת
heading: פרסום מותאם
body: פרסום weight=2
body: פרסומות weight=2
body: פרסומת weight=2
body: דברי פרסומת weight=3
body: שיווק weight=2
body: שיווקי weight=2
body: דיוור weight=2.5
body: דיוור ישיר weight=3
body: מפרסמים weight=2.5
body: רשתות פרסום weight=3
body: מבצעים weight=1.5
body: הטבות weight=1.5
body: ניוזלטר weight=2
body: עלון weight=1.5
body: תחומי עניין weight=2
body: מותאם weight=1.5

[do-not-track]
heading: Do Not Track
heading: DNT
heading: אל תעקוב weight=2
heading: אי מעקב weight=2
heading: בקשת אי מעקב
heading: בקרת פרטיות גלובלית
body: Do Not Track weight=3
body: DNT weight=3
body: GPC weight=3
body: Global Privacy Control weight=3
body: אות weight=3
body: אותות weight=3
body: אל תעקוב weight=3
body: אי מעקב weight=2.5
body: דפדפן weight=1
body: מגיבים weight=2
body: תקן weight=1.5
body: אחיד weight=1.5
body: תעשייה weight=1
body: מנגנון weight=1

[choices]
heading: אפשרויות weight=1.5
heading: האפשרויות שלך
heading: בחירות
heading: רשימת תפוצה weight=2
heading: ביטול הרשמה
heading: ניהול העדפות
heading: שליטה במידע
body: אפשרויות weight=2
body: בחירה weight=1.5
body: להסיר weight=2
body: הסרה weight=2.5
body: רשימת תפוצה weight=2.5
body: ביטול הרשמה weight=2.5
body: העדפות weight=2
body: הגדרות weight=1
body: לסרב weight=1.5
body: להשבית weight=1.5
body: לכבות weight=1.5
body: אינך חייב weight=2.5
body: מרצונך weight=2.5
body: שליטה weight=1

[rights]
heading: זכויות weight=1.5
heading: זכויותיך weight=2
heading: זכות עיון weight=2
heading: עיון במידע weight=2
heading: מימוש זכויות
heading: תיקון מידע
heading: זכות
heading: גישה weight=1.5
body: זכויות weight=2
body: זכות weight=1.5
body: זכותך weight=2
body: עיון weight=3
body: לעיין weight=3
body: תיקון weight=3
body: לתקן weight=2.5
body: מחיקה weight=2.5
body: למחוק weight=2
body: הגבלה weight=2
body: התנגדות weight=3
body: ניידות weight=3
body: העתק weight=2
body: תלונה weight=2
body: רשות להגנת הפרטיות weight=3
body: רשות פיקוח weight=2
body: מימוש weight=2.5
body: בקשה weight=1

[retention]
heading: שמירת מידע weight=2
heading: שמירה
heading: תקופת שמירה
heading: משך שמירה
heading: כמה זמן
heading: אחסון מידע
body: שמירת weight=2
body: שומרים weight=2.5
body: נשמר weight=2.5
body: תקופה weight=2
body: משך weight=2
body: כל עוד weight=2
body: נדרש weight=1
body: נמחק weight=2
body: השמדה weight=2.5
body: אנונימי weight=1.5
body: התיישנות weight=2.5
body: מחיקה weight=1
body: אחסון weight=1
body: שנים weight=0.5

[security]
heading: אבטחת מידע weight=2
heading: אבטחה weight=2
heading: אבטחת weight=1.5
heading: אמצעי אבטחה
heading: הגנה על מידע
heading: כיצד אנו מגנים
body: אבטחה weight=2
body: אבטחת weight=2
body: אמצעי אבטחה weight=2.5
body: הצפנה weight=3
body: מוצפן weight=2.5
body: גישה בלתי מורשית weight=3
body: בלתי מורשית weight=2.5
body: אובדן weight=2
body: דליפה weight=2.5
body: פריצה weight=2.5
body: חומת אש weight=2.5
body: SSL weight=3
body: TLS weight=2.5
body: סודיות weight=1.5
body: תקנות אבטחת מידע weight=3
body: הרשאות weight=1.5
body: להבטיח weight=1

[children]
heading: קטינים weight=2
heading: ילדים weight=2
heading: פרטיות ילדים
heading: קטין
heading: מתחת לגיל
heading: משתמשים צעירים
body: ילדים weight=2.5
body: ילד weight=2
body: קטינים weight=3
body: קטין weight=3
body: מתחת לגיל weight=3
body: גיל weight=1.5
body: הורים weight=2.5
body: הורה weight=2
body: אפוטרופוס weight=3
body: הסכמת הורים weight=2.5
body: בגיר weight=2
body: בני weight=1
body: COPPA weight=2.5

[international]
heading: מחוץ לישראל weight=2
heading: חו"ל weight=2
heading: חו״ל weight=2
heading: העברה בינלאומית
heading: בין מדינות
heading: מיקום אחסון
heading: מחוץ לגבולות
body: חו"ל weight=3
body: חו״ל weight=3
body: מחוץ לישראל weight=3
body: בינלאומית weight=2.5
body: מדינות אחרות weight=2.5
body: מדינה weight=1
body: העברה weight=1.5
body: שרתים weight=1.5
body: ענן weight=1.5
body: רמת הגנה weight=2
body: נאותה weight=2
body: גבולות weight=2
body: סעיפים חוזיים סטנדרטיים weight=3
body: אזור כלכלי אירופי weight=2

[regional]
heading: תושבי קליפורניה weight=2
heading: קליפורניה weight=2
heading: איחוד אירופי
heading: אזורים מסוימים
heading: הוראות נוספות
heading: תושבי
heading: הודעה לתושבי
body: קליפורניה weight=3
body: תושבי weight=2
body: תושבים weight=2
body: איחוד אירופי weight=2
body: אזור כלכלי אירופי weight=2
body: בריטניה weight=1.5
body: שווייץ weight=1.5
body: ארצות הברית weight=1.5
body: ארה"ב weight=1.5
body: ארה״ב weight=1.5
body: נבדה weight=2.5
body: ברזיל weight=2
body: CCPA weight=2.5
body: CPRA weight=2
body: אזור weight=1

[third-party-sites]
heading: קישורים weight=2
heading: אתרים של צדדים שלישיים
heading: אתרים אחרים
heading: קישורים חיצוניים
heading: צד שלישי
heading: אתרי צד שלישי
heading: שירותים של צדדים שלישיים
heading: אתרים weight=2
body: קישורים weight=3
body: קישור weight=2.5
body: אתרים אחרים weight=2.5
body: אתרי צד שלישי weight=2.5
body: חיצוניים weight=1.5
body: אחראים weight=2
body: אחריות weight=1.5
body: אין לנו שליטה weight=3
body: תוספים weight=2.5
body: רשתות חברתיות weight=1.5
body: שלהם weight=1
body: מומלץ weight=1

[changes]
heading: שינויים weight=2
heading: שינויים במדיניות
heading: עדכונים
heading: עדכון מדיניות
heading: תיקונים
heading: שינוי
body: שינויים weight=2
body: שינוי weight=1.5
body: לשנות weight=2
body: עדכון weight=1.5
body: עדכונים weight=1.5
body: מעודכנת weight=2
body: עודכן לאחרונה weight=3
body: עדכון אחרון weight=3
body: תאריך תחילה weight=2.5
body: תוקף weight=2
body: מעת לעת weight=2.5
body: מהותי weight=2.5
body: נפרסם weight=2
body: הודעה weight=1.5
body: גרסה weight=1.5

[contact]
heading: צור קשר weight=2
heading: יצירת קשר weight=2
heading: פרטי התקשרות
heading: פניות
heading: קשר
heading: ממונה הגנת פרטיות
heading: פנייה אלינו
body: קשר weight=2
body: צור קשר weight=2.5
body: ליצור קשר weight=2.5
body: פנייה weight=2
body: פניות weight=2
body: דוא"ל weight=2
body: דוא״ל weight=2
body: דואר אלקטרוני weight=1.5
body: טלפון weight=1.5
body: כתובת weight=1
body: ממונה weight=2.5
body: ממונה על אבטחת מידע weight=2.5
body: DPO weight=3
body: שאלות weight=1.5
body: תלונות weight=1.5
body: שירות לקוחות weight=1.5
body: מענה weight=1.5
