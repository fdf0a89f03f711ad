# Armenian lexicon
# Armenian (հայերեն) is the official language of the Republic of Armenia; this lexicon is
# Eastern Armenian in the reformed (Soviet-era) orthography used in Armenia's laws and on
# Armenian websites. Western Armenian (diaspora: Lebanon, Syria, France, the United States)
# and classical orthography differ in spelling and some vocabulary and are not covered.
# Legal vocabulary: the Law of the Republic of Armenia on Protection of Personal Data
# (ՀՀ «Անձնական տվյալների պաշտպանության մասին» օրենք, 2015): անձնական տվյալներ (personal
# data), անձնական տվյալների մշակում (processing), մշակող (the one who processes: the
# controller), լիազորված անձ (authorised person: the processor), տվյալների սուբյեկտ (data
# subject), համաձայնություն (consent), երրորդ անձ (third party), ուղղում, արգելափակում,
# ոչնչացում (correction, blocking, destruction), Անձնական տվյալների պաշտպանության
# գործակալություն (the supervisory authority). Armenian renderings of the GDPR say
# վերահսկող (controller), օրինական շահ (legitimate interest), իրավական հիմք (legal
# basis). Policies say "Գաղտնիության քաղաքականություն"; cookies are "թխուկներ" or
# "cookie ֆայլեր"/"քուքիներ".
# Real texts read for wording (no text copied): VazgenZadayan/overpack_web_store
# app/[lang]/privacy-policy/page.tsx (Overpack privacy policy, Armenian version; no
# licence stated, read only); my-work-git/gazar-frontend
# src/translate/content/privacy-policy.js (search excerpt only, no licence stated).
# Conventions: Armenian inflects by suffixes (plural -եր/-ներ, genitive -ի/-ության,
# ablative -ից, instrumental -ով/-ությամբ, locative -ում, article -ը/-ն), so nouns and verbs
# are written as stems with a trailing * (տվյալ* = տվյալներ, տվյալների, տվյալները;
# համաձայնությ* = համաձայնություն, համաձայնության, համաձայնությամբ); verbs of the present
# are participle + auxiliary and are written as such (հավաքում ենք). The ligature և, its
# NFKC spelling եւ and the capitals ԵՎ all read as եվ, in entries and text alike: write և.
# The question mark ՞ sits inside its word (Ինչպե՞ս) and stays part of it: question
# headings are written with it and without it.
@language hy
@name Armenian
@fold-accents yes    # Armenian writes no diacritics; ՛ ՜ ՞ are punctuation inside words, not accents, and folding leaves them alone

[profile]
# Function words first, then words frequent in privacy policies. Armenian is the only
# lexicon in Armenian script, so the script alone identifies it; the profile scores clauses.
և
է
են
ենք
եք
էր
որ
որը
որոնք
որի
որոնց
համար
կամ
բայց
սակայն
մեր
մենք
մեզ
ձեր
դուք
ձեզ
այս
այդ
այն
սույն
նաև
ինչպես
եթե
հետ
միջոցով
կողմից
մասին
վերաբերյալ
նպատակով
համապատասխան
ցանկացած
բոլոր
միայն
կարող
պետք
չեն
չի
չենք
դեպքում
դեպքերում
ներառյալ
մասնավորապես
այսուհետ
անձնական
տվյալներ
տվյալները
տվյալների
տվյալներին
տեղեկատվություն
տեղեկատվության
տեղեկություններ
քաղաքականություն
քաղաքականության
գաղտնիության
իրավունք
իրավունքները
օգտատեր
օգտատիրոջ
օգտատերերի
կայք
կայքի
հավելված
ծառայություններ
ծառայությունների
մշակում
մշակման
համաձայնություն
համաձայնության
երրորդ
անձանց
օրենքով
հասցե
էլեկտրոնային

[units]
year: տարի, տարին, տարվա, տարիներ, տարիների, տարում, տարեկան
month: ամիս, ամիսը, ամսվա, ամիսներ, ամիսների, ամսում
week: շաբաթ, շաբաթվա, շաբաթներ, շաբաթների
day: օր, օրը, օրվա, օրեր, օրերի, օրում
hour: ժամ, ժամվա, ժամեր, ժամերի
minute: րոպե, րոպեի, րոպեներ, րոպեների
business-day: աշխատանքային օր, աշխատանքային օրվա, աշխատանքային օրեր, աշխատանքային օրերի, աշխատանքային օրերը

[numbers]
1: մեկ
2: երկու
3: երեք
4: չորս
5: հինգ
6: վեց
7: յոթ
8: ութ
9: ինը
10: տասը, տաս
11: տասնմեկ
12: տասներկու
13: տասներեք
15: տասնհինգ
16: տասնվեց
18: տասնութ
20: քսան
24: քսանչորս
30: երեսուն
60: վաթսուն
90: իննսուն
100: հարյուր

[references]
gdpr: gdpr, տպըկ, տվյալների պաշտպանության ընդհանուր կանոնակարգ, տվյալների պաշտպանության ընդհանուր կանոնակարգի, 2016/679
ccpa: ccpa, կալիֆորնիայի սպառողների գաղտնիության մասին օրենք
cpra: cpra
coppa: coppa
lgpd: lgpd
pipeda: pipeda
# The RA Law on Protection of Personal Data (ՀՕ-49-Ն, 18 May 2015).
am-pdp: անձնական տվյալների պաշտպանության մասին օրենք, անձնական տվյալների պաշտպանության մասին օրենքի, անձնական տվյալների պաշտպանության մասին հհ օրենք, անձնական տվյալների պաշտպանության մասին հհ օրենքի, անձնական տվյալների պաշտպանության մասին օրենքով, անձնական տվյալների պաշտպանության մասին օրենքին

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
օգտագործման պայմաններ
օգտագործման պայմանները
ծառայության մատուցման պայմաններ
կիրառելի իրավունք
կիրառելի օրենսդրություն
կիրառելի իրավունք և իրավասություն
դատական իրավասություն
ամբողջական համաձայնություն
անհաղթահարելի ուժ
ֆորս մաժոր
պատասխանատվության սահմանափակում
պատասխանատվությունից հրաժարում
թարգմանություններ
թարգմանություն
այլ թարգմանություններ
լեզվական տարբերակներ
լիցենզիա
հեղինակային իրավունք
հեղինակային իրավունքներ
երախտագիտություն

# ---------------------------------------------------------------------------------------
# Sections.

[intro]
heading: ներածություն concept=introduction
heading: ընդհանուր դրույթներ concept=introduction
heading: ընդհանուր տեղեկություններ concept=introduction
heading: ընդհանուր տեղեկատվություն concept=introduction
heading: ամփոփում concept=summary
heading: ակնարկ concept=summary
heading: համառոտ concept=summary
heading: հիմնական կետեր concept=summary
heading: այս քաղաքականության մասին concept=about-this-policy
heading: սույն քաղաքականության մասին concept=about-this-policy
heading: գաղտնիության քաղաքականության մասին concept=about-this-policy
heading: կիրառման շրջանակ concept=scope
heading: կիրառման ոլորտ concept=scope
heading: քաղաքականության գործողության ոլորտը concept=scope
heading: ում վրա է տարածվում այս քաղաքականությունը concept=scope
heading: ով ենք մենք concept=who-we-are
heading: ովքեր ենք մենք concept=who-we-are
heading: մեր մասին concept=who-we-are
heading: ընկերության մասին concept=who-we-are
heading: մեր պարտավորությունը concept=commitment-to-privacy
heading: մեր պարտավորությունը ձեր գաղտնիության նկատմամբ concept=commitment-to-privacy
heading: քաղաքականության ընդունում concept=acceptance
heading: պայմանների ընդունում concept=acceptance
heading: գաղտնիության քաղաքականություն weight=0.5 concept=privacy-policy-title
heading: գաղտնիության քաղաքականությունը weight=0.5 concept=privacy-policy-title
heading: անձնական տվյալների մշակման քաղաքականություն weight=0.5 concept=privacy-policy-title
heading: անձնական տվյալների պաշտպանության քաղաքականություն weight=0.5 concept=privacy-policy-title
heading: գաղտնիության ծանուցում weight=0.5 concept=privacy-policy-title
heading: անձնական տվյալների պաշտպանություն weight=0.5 concept=privacy-policy-title
body: սույն գաղտնիության քաղաքականություն* weight=2 concept=this-privacy-policy
body: այս գաղտնիության քաղաքականություն* weight=2 concept=this-privacy-policy
body: սույն քաղաքականությ* weight=1.5 concept=this-privacy-policy
body: գաղտնիության քաղաքականությ* weight=0.5 concept=this-privacy-policy
body: նկարագրում է weight=1.5 concept=policy-describes
body: բացատրում է weight=1.5 concept=policy-describes
body: կարգավորում է weight=1.5 concept=policy-describes
body: տարածվում է weight=2.5 concept=policy-applies-to
body: չի տարածվում weight=2 concept=policy-applies-to
body: կիրառվում է weight=2 concept=policy-applies-to
body: օգտվելով weight=1.5 concept=by-using
body: օգտագործելով մեր weight=1.5 concept=by-using
body: այցելելով weight=1.5 concept=by-using
body: գրանցվելով weight=1 concept=by-using
body: համաձայնվում եք weight=1.5 concept=acceptance-of-policy
body: համաձայնվում է սույն weight=1.5 concept=acceptance-of-policy
body: ընդունում եք weight=1.5 concept=acceptance-of-policy
body: եթե համաձայն չեք weight=2 concept=if-you-do-not-agree
body: չի համաձայնվում weight=2 concept=if-you-do-not-agree
body: պետք է ձեռնպահ մնա weight=2 concept=if-you-do-not-agree
body: հարգում ենք ձեր գաղտնիությունը weight=2 concept=committed-to-privacy
body: պարտավորվում ենք weight=2 concept=committed-to-privacy
body: կարևորում ենք weight=1.5 concept=committed-to-privacy
body: այսուհետ նաև weight=1.5 concept=referred-to-as
body: այսուհետ weight=1.5 concept=referred-to-as
body: օգտագործման պայման* weight=1 concept=terms-of-use
body: օգտվելու կանոն* weight=1 concept=terms-of-use
body: օգտագործման կանոն* weight=1 concept=terms-of-use
body: ուշադիր կարդացեք weight=1.5 concept=please-read
body: խնդրում ենք կարդալ weight=1.5 concept=please-read
body: ուշադիր weight=1 concept=please-read
body: գաղտնիությ* weight=0.3 concept=privacy
body: կայք* weight=0.3 concept=website
body: հավելված* weight=0.3 concept=website
body: ծառայություն* weight=0.3 concept=services
body: ընկերությ* weight=0.3 concept=company

[definitions]
heading: հիմնական հասկացություններ concept=definitions
heading: սահմանումներ concept=definitions
heading: հասկացություններ concept=definitions
heading: հասկացությունների սահմանումներ concept=definitions
heading: տերմիններ concept=key-terms
heading: օգտագործվող տերմիններ concept=key-terms
heading: հիմնական տերմիններ concept=key-terms
heading: օգտագործվող հասկացություններ concept=key-terms
heading: տերմինների բառարան concept=key-terms
heading: մեկնաբանություն concept=interpretation
heading: մեկնաբանություն և սահմանումներ concept=interpretation
heading: ինչ ենք հասկանում concept=what-we-mean-by
heading: ի՞նչ ենք հասկանում concept=what-we-mean-by
body: նշանակում է weight=2.5 concept=means
body: հասկացվում է weight=3 concept=means
body: ներքոշարադրյալ հասկացություններն ունեն weight=3 concept=defined-terms-intro
body: հետևյալ նշանակությունը weight=3 concept=means
body: վերաբերում է weight=2 concept=refers-to
body: հետևյալ հասկացությունները weight=3 concept=defined-terms-intro
body: հետևյալ տերմինները weight=3 concept=defined-terms-intro
body: հասկացություն* weight=1.5 concept=defined-terms-intro
body: տերմին* weight=1.5 concept=defined-terms-intro
body: սույն քաղաքականության իմաստով weight=2.5 concept=as-used-in-this-policy
body: սույն քաղաքականության մեջ օգտագործվող weight=2.5 concept=as-used-in-this-policy
body: անձնական տվյալներ՝ ցանկացած տեղեկատվություն weight=3 concept=personal-data-means
body: ցանկացած տեղեկատվություն weight=2.5 concept=personal-data-means
body: նույնականացված կամ նույնականացվող weight=2.5 concept=identifiable-person
body: որոշակի կամ որոշելի weight=2.5 concept=identifiable-person
body: նույնականացվող weight=2 concept=identifiable-person
body: ֆիզիկական անձ* weight=1.5 concept=identifiable-person
body: այսուհետ weight=1.5 concept=hereinafter
body: մշակող* weight=1 concept=gdpr-roles
body: վերահսկող* weight=1 concept=gdpr-roles
body: լիազորված անձ* weight=1 concept=gdpr-roles
body: տվյալների սուբյեկտ* weight=1 concept=gdpr-roles
body: ներառում է weight=0.5 concept=includes
body: ներառյալ weight=0.5 concept=includes
body: օգտատ* weight=0.3 concept=user
body: անձնական տվյալ* weight=0.2 concept=personal-data

[collection]
heading: ինչ տվյալներ ենք հավաքում concept=what-we-collect
heading: ի՞նչ տվյալներ ենք հավաքում concept=what-we-collect
heading: ինչ անձնական տվյալներ ենք հավաքում concept=what-we-collect
heading: ի՞նչ անձնական տվյալներ ենք հավաքում concept=what-we-collect
heading: ինչ տեղեկություններ ենք հավաքում concept=what-we-collect
heading: հավաքվող տվյալներ concept=what-we-collect
heading: մեր կողմից հավաքվող տեղեկատվություն concept=what-we-collect
heading: անձնական տվյալներ, որոնք ստանում և մշակում է concept=what-we-collect
heading: մշակվող անձնական տվյալներ concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: թույլտվություններ weight=2 concept=what-we-collect
heading: հավելվածի թույլտվություններ weight=2 concept=what-we-collect
heading: տվյալների հավաքում concept=collection-of-information
heading: տվյալների հավաքումը concept=collection-of-information
heading: տվյալների հավաքագրում concept=collection-of-information
heading: տեղեկությունների հավաքագրումը concept=collection-of-information
heading: տեղեկատվության հավաքում concept=collection-of-information
heading: անձնական տվյալների հավաքում concept=collection-of-information
heading: տվյալների աղբյուրներ concept=sources-of-information
heading: անձնական տվյալների աղբյուրները concept=sources-of-information
heading: որտեղից ենք ստանում ձեր տվյալները concept=sources-of-information
heading: ձեր տրամադրած տեղեկատվությունը concept=information-you-provide
heading: ձեր կողմից տրամադրվող տվյալներ concept=information-you-provide
heading: տեղեկատվություն, որը դուք տրամադրում եք concept=information-you-provide
heading: հետադարձ կապի ձև weight=3 concept=information-you-provide
heading: ավտոմատ հավաքվող տվյալներ concept=collected-automatically
heading: ավտոմատ կերպով հավաքվող տեղեկատվություն concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: մնում ձեր սարքում weight=2 concept=on-device-data
heading: մնում է ձեր սարքում weight=2 concept=on-device-data
heading: մնում են ձեր սարքում weight=2 concept=on-device-data
heading: տեղայնորեն մշակվող weight=2 concept=on-device-data
heading: տեղային մշակում weight=2 concept=on-device-data
heading: տեղայնորեն պահվող տվյալներ weight=2 concept=on-device-data
heading: ինչպես ենք հավաքում տվյալները concept=how-we-collect
heading: ինչպե՞ս ենք հավաքում տվյալները concept=how-we-collect
heading: ինչպես ենք հավաքում ձեր տվյալները concept=how-we-collect
heading: ինչպե՞ս ենք հավաքում ձեր տվյալները concept=how-we-collect
heading: անձնական տվյալների կատեգորիաներ concept=categories-of-data
heading: տվյալների կատեգորիաներ concept=categories-of-data
body: հավաքում ենք weight=2.5 concept=we-collect
body: հավաքում է weight=2 concept=we-collect
body: հավաք* weight=2 concept=we-collect
body: ստանում ենք weight=1.5 concept=we-collect
body: ձեռք բեր* weight=1.5 concept=we-collect
body: դուք տրամադրում եք weight=2 concept=you-provide
body: մեզ տրամադրած weight=2 concept=you-provide
body: ձեր տրամադրած weight=2 concept=you-provide
body: օգտատիրոջ կողմից տրամադրված weight=2 concept=you-provide
body: ավտոմատ կերպով weight=2 concept=automatically
body: ավտոմատ weight=1.5 concept=automatically
body: անձնական տվյալների կատեգորիա* weight=2.5 concept=data-categories
body: տվյալների կատեգորիա* weight=2 concept=data-categories
body: աղբյուր* weight=1.5 concept=sources
body: հանրությանը հասանելի weight=2 concept=publicly-available
body: հանրային աղբյուր* weight=2 concept=publicly-available
body: անուն, ազգանուն weight=2 concept=name
body: անուն-ազգանուն* weight=2 concept=name
body: անուն* weight=1 concept=name
body: ազգանուն* weight=1.5 concept=name
body: էլեկտրոնային փոստի հասցե* weight=1.5 concept=contact-details
body: էլ. փոստ* weight=1.5 concept=contact-details
body: հեռախոսահամար* weight=1.5 concept=contact-details
body: հեռախոսի համար* weight=1.5 concept=contact-details
body: փոստային հասցե* weight=1.5 concept=contact-details
body: ip հասցե* weight=2 concept=device-data
body: սարքի տվյալ* weight=2 concept=device-data
body: սարքի նույնականացուցիչ* weight=2 concept=device-data
body: բրաուզերի տեսակ* weight=2 concept=device-data
body: դիտարկիչի տեսակ* weight=2 concept=device-data
body: օպերացիոն համակարգ* weight=2 concept=device-data
body: աշխարհագրական դիրք* weight=2 concept=location-data
body: գտնվելու վայր* weight=2 concept=location-data
body: տեղորոշ* weight=2 concept=location-data
body: օգտագործման տվյալ* weight=2 concept=usage-data
body: այցելության ժամանակ* weight=1.5 concept=usage-data
body: գնումների պատմությ* weight=1.5 concept=usage-data
body: ժողովրդագրական weight=1.5 concept=demographic-data
body: ծննդյան ամսաթիվ* weight=1.5 concept=demographic-data
body: սեռ* weight=1 concept=demographic-data
body: վճարային տվյալ* weight=1 concept=payment-data
body: բանկային ռեկվիզիտ* weight=1 concept=payment-data
body: բանկային քարտ* weight=1 concept=payment-data
body: գրանցման ձև* weight=1.5 concept=forms
body: կոնտակտային ձև* weight=1.5 concept=forms
body: ձևաթուղթ* weight=1.5 concept=forms
body: հաշիվ* weight=0.3 concept=account
body: տեղեկատվությ* weight=0.1 concept=information
body: տվյալ* weight=0.1 concept=information

[use]
heading: ինչպես ենք օգտագործում ձեր տվյալները concept=how-we-use
heading: ինչպե՞ս ենք օգտագործում ձեր տվյալները concept=how-we-use
heading: ինչպես ենք օգտագործում տեղեկատվությունը concept=how-we-use
heading: ինչպե՞ս ենք օգտագործում տեղեկատվությունը concept=how-we-use
heading: ինչի համար ենք օգտագործում ձեր տվյալները concept=how-we-use
heading: ինչի՞ համար ենք օգտագործում ձեր տվյալները concept=how-we-use
heading: տվյալների օգտագործում concept=use-of-information
heading: տվյալների օգտագործումը concept=use-of-information
heading: տեղեկությունների օգտագործումը concept=use-of-information
heading: տեղեկատվության օգտագործում concept=use-of-information
heading: անձնական տվյալների օգտագործում concept=use-of-information
heading: մշակման նպատակներ concept=purposes-of-processing
heading: մշակման նպատակները concept=purposes-of-processing
heading: անձնական տվյալների մշակման նպատակները concept=purposes-of-processing
heading: տվյալների մշակման նպատակները concept=purposes-of-processing
heading: հավաքման և մշակման նպատակները concept=purposes-of-processing
heading: նպատակներ concept=purposes-of-processing
heading: ինչ նպատակներով concept=purposes-of-processing
heading: ինչու ենք հավաքում ձեր տվյալները concept=why-we-collect
heading: ինչո՞ւ ենք հավաքում ձեր տվյալները concept=why-we-collect
heading: ինչու ենք մշակում ձեր տվյալները concept=why-we-collect
heading: ինչո՞ւ ենք մշակում ձեր տվյալները concept=why-we-collect
heading: տվյալների հավաքման նպատակը concept=why-we-collect
heading: անձնական տվյալների մշակում concept=processing-of-personal-data
heading: անձնական տվյալների մշակումը concept=processing-of-personal-data
heading: տվյալների մշակում concept=processing-of-personal-data
heading: ինչպես ենք մշակում ձեր անձնական տվյալները concept=processing-of-personal-data
heading: ինչպե՞ս ենք մշակում ձեր անձնական տվյալները concept=processing-of-personal-data
heading: ավտոմատացված որոշում* concept=automated-decision-making
heading: ավտոմատացված որոշումների կայացում concept=automated-decision-making
body: օգտագործում ենք weight=2 concept=we-use
body: օգտագործում է weight=1.5 concept=we-use
body: նպատակ* weight=1.5 concept=purposes
body: հետևյալ նպատակներով weight=2.5 concept=following-purposes
body: հետևյալ նպատակների համար weight=2.5 concept=following-purposes
body: պրոֆիլավոր* weight=2 concept=profiling
body: ավտոմատացված որոշում* weight=1.5 concept=automated-decisions
body: ավտոմատացված որոշումների կայացում weight=2 concept=automated-decisions
body: ծառայությունների մատուցում* weight=1.5 concept=to-provide
body: ծառայությունների մատուցման weight=1.5 concept=to-provide
body: պատվերների կատարում* weight=1.5 concept=to-fulfil
body: պատվերի ձևակերպ* weight=1.5 concept=to-fulfil
body: պայմանագրերի կատարում* weight=1 concept=to-fulfil
body: հաշվի կառավարում* weight=1.5 concept=to-administer
body: կառավարում* weight=1 concept=to-administer
body: բարելավ* weight=1.5 concept=to-improve
body: նոր ծառայությունների մշակում weight=2 concept=to-develop
body: զարգացում* weight=1.5 concept=to-develop
body: անհատականացված weight=2 concept=to-personalise
body: անհատականացում* weight=2 concept=to-personalise
body: հարմարեցն* weight=1.5 concept=to-personalise
body: ձեզ հետ կապ հաստատելու weight=2 concept=to-communicate
body: հետադարձ կապի հաստատում weight=2 concept=to-communicate
body: ծանուցումների ուղարկում weight=1 concept=to-send
body: ուղարկել* weight=1 concept=to-send
body: հարցումներին պատասխանել* weight=1.5 concept=to-respond
body: պատասխանելու համար weight=1.5 concept=to-respond
body: տեխնիկական աջակցությ* weight=1.5 concept=to-respond
body: հաճախորդների աջակցությ* weight=1.5 concept=to-respond
body: վերլուծությ* weight=1 concept=to-analyse
body: վիճակագր* weight=1 concept=to-analyse
body: սխալների ախտորոշում weight=2 concept=to-troubleshoot
body: խնդիրների լուծում* weight=2 concept=to-troubleshoot
body: շուկայի ուսումնասիրությ* weight=2 concept=research
body: հետազոտությ* weight=1.5 concept=research
body: խարդախությ* weight=1.5 concept=to-prevent-fraud
body: վճարումների մշակում weight=1.5 concept=to-process-transactions
body: վճարումների իրականացում weight=1.5 concept=to-process-transactions
body: գործարք* weight=1 concept=to-process-transactions
body: օրենսդրության պահանջների կատարում weight=1 concept=to-comply-with-law
body: օրենքով սահմանված պարտականությունների կատարում weight=1 concept=to-comply-with-law

[legal-basis]
heading: իրավական հիմք concept=legal-basis
heading: իրավական հիմքեր concept=legal-basis
heading: մշակման իրավական հիմքը concept=legal-basis
heading: մշակման իրավական հիմքերը concept=legal-basis
heading: անձնական տվյալների մշակման իրավական հիմքերը concept=legal-basis
heading: մշակման օրինական հիմքը concept=legal-basis
heading: մշակման օրինականությունը concept=legal-basis
heading: կիրառելի օրենսդրությունն ու ստանդարտները concept=legal-basis
heading: ինչ հիմքով ենք մշակում ձեր տվյալները concept=why-allowed
heading: ի՞նչ հիմքով ենք մշակում ձեր տվյալները concept=why-allowed
heading: ինչու իրավունք ունենք մշակելու ձեր տվյալները concept=why-allowed
body: իրավական հիմք* weight=3 concept=legal-basis-term
body: օրինական հիմք* weight=3 concept=legal-basis-term
body: օրինական շահ* weight=3 concept=legitimate-interests
body: իրավաչափ շահ* weight=3 concept=legitimate-interests
body: հիմնարար իրավունքներ* և ազատություններ* weight=2.5 concept=balancing-test
body: շահերի հավասարակշռ* weight=3 concept=balancing-test
body: պայմանագրի կատարում* weight=3 concept=performance-of-contract
body: պայմանագրի կնքում* weight=2 concept=performance-of-contract
body: պայմանագրի կողմ weight=3 concept=performance-of-contract
body: իրավական պարտավորությ* weight=2.5 concept=legal-obligation
body: օրենքով սահմանված պարտականությ* weight=2.5 concept=legal-obligation
body: կենսական շահ* weight=3 concept=vital-interests
body: հանրային շահ* weight=2.5 concept=public-interest
body: 6-րդ հոդված* weight=3 concept=article-6
body: հոդված 6 weight=3 concept=article-6
body: մշակումն անհրաժեշտ է weight=2.5 concept=processing-necessary
body: հիման վրա weight=2 concept=on-the-basis-of
body: հիմքով weight=2 concept=on-the-basis-of
body: օրինական weight=1 concept=lawful
body: օրինաչափ* weight=1 concept=lawful
body: համաձայնությ* weight=1 concept=consent-as-basis
body: անհրաժեշտ weight=0.5 concept=necessary

[consent]
heading: համաձայնություն concept=your-consent
heading: ձեր համաձայնությունը concept=your-consent
heading: համաձայնություն անձնական տվյալների մշակմանը concept=your-consent
heading: անձնական տվյալների մշակման համաձայնություն concept=your-consent
heading: համաձայնության հետ կանչում concept=withdrawal-of-consent
heading: համաձայնության հետկանչ concept=withdrawal-of-consent
heading: ինչպես հետ կանչել համաձայնությունը concept=withdrawal-of-consent
heading: ինչպե՞ս հետ կանչել համաձայնությունը concept=withdrawal-of-consent
heading: համաձայնությունը և դրա հետ կանչումը concept=withdrawal-of-consent
body: տալիս եմ համաձայնություն weight=2.5 concept=you-consent
body: տվել է իր համաձայնությունը weight=2.5 concept=you-consent
body: տվել եք ձեր համաձայնությունը weight=2.5 concept=you-consent
body: ձեր համաձայնությամբ weight=2.5 concept=you-consent
body: համաձայնությամբ weight=2 concept=you-consent
body: հետ կանչ* weight=3 concept=withdraw
body: հետկանչ* weight=3 concept=withdraw
body: փոխեք ձեր որոշումը weight=2 concept=change-your-mind
body: համաձայն եմ weight=1.5 concept=you-agree
body: համաձայնվում եք weight=1.5 concept=you-agree
body: բացահայտ համաձայնությ* weight=2.5 concept=explicit-consent
body: հստակ համաձայնությ* weight=2.5 concept=explicit-consent
body: գրավոր համաձայնությ* weight=2 concept=explicit-consent
body: կամավոր weight=2 concept=freely-given
body: ազատ կամքով weight=2.5 concept=freely-given
body: նշելով վանդակ* weight=2 concept=opt-in
body: վանդակ* weight=2 concept=opt-in
body: թույլտվությ* weight=1.5 concept=permission
body: չի ազդում weight=2.5 concept=without-affecting-lawfulness
body: մինչև համաձայնության հետ կանչ* weight=2.5 concept=without-affecting-lawfulness
body: ցանկացած պահի weight=1 concept=at-any-time
body: ցանկացած ժամանակ weight=1 concept=at-any-time

[sharing]
heading: տեղեկատվության փոխանցում concept=sharing-of-information
heading: տվյալների կիսում concept=sharing-of-information
heading: տվյալների փոխանցում և բացահայտում concept=sharing-of-information
heading: ինչպես ենք կիսվում ձեր տվյալներով concept=how-we-share
heading: ինչպե՞ս ենք կիսվում ձեր տվյալներով concept=how-we-share
heading: տեղեկատվություն, որով կիսվում ենք concept=how-we-share
heading: ում հետ ենք կիսվում ձեր տվյալներով concept=who-we-share-with
heading: ո՞ւմ հետ ենք կիսվում ձեր տվյալներով concept=who-we-share-with
heading: ում ենք փոխանցում ձեր տվյալները concept=who-we-share-with
heading: ո՞ւմ ենք փոխանցում ձեր տվյալները concept=who-we-share-with
heading: անձնական տվյալների ստացողներ concept=who-we-share-with
heading: տվյալների ստացողներ concept=who-we-share-with
heading: ստացողներ concept=who-we-share-with
heading: տեղեկատվության բացահայտում concept=disclosure-of-information
heading: անձնական տվյալների բացահայտում concept=disclosure-of-information
heading: անձնական տվյալների փոխանցում երրորդ անձանց concept=disclosure-of-information
heading: երրորդ անձանց փոխանցման պայմանները concept=disclosure-of-information
heading: տվյալների փոխանցում երրորդ անձանց concept=disclosure-of-information
heading: երրորդ անձինք concept=third-parties
heading: երրորդ կողմեր concept=third-parties
heading: տվյալների կիսում երրորդ կողմերի հետ concept=third-parties
heading: ծառայություններ մատուցողներ concept=service-providers-heading
heading: ծառայությունների մատակարարներ concept=service-providers-heading
heading: բիզնեսի փոխանցում concept=business-transfers
heading: միաձուլում և ձեռքբերում concept=business-transfers
heading: իրավական պահանջներ concept=legal-requests
heading: իրավապահ մարմիններ concept=legal-requests
heading: արդյոք վաճառում ենք ձեր տվյալները concept=sale-of-information
heading: անձնական տվյալների վաճառք concept=sale-of-information
body: կիսվ* weight=2 concept=share
body: կիսում* weight=2 concept=share
body: բացահայտում* weight=2 concept=disclose
body: բացահայտման weight=2 concept=disclose
body: բացահայտել* weight=2 concept=disclose
body: փոխանցում ենք weight=2 concept=disclose
body: փոխանցել երրորդ weight=2 concept=disclose
body: տրամադրում ենք weight=1.5 concept=disclose
body: երրորդ անձ* weight=1 concept=third-parties-term
body: երրորդ կողմ* weight=1 concept=third-parties-term
body: ծառայություններ մատուցող* weight=2 concept=service-providers
body: մատակարար* weight=1.5 concept=service-providers
body: լիազորված անձ* weight=2 concept=service-providers
body: մեր անունից weight=1.5 concept=on-our-behalf
body: մեր հանձնարարությամբ weight=1.5 concept=on-our-behalf
body: փոխկապակցված ընկերություն* weight=2 concept=affiliates
body: դուստր ընկերություն* weight=2 concept=affiliates
body: խմբի ընկերություն* weight=2 concept=affiliates
body: գործընկեր* weight=1.5 concept=business-partners
body: ստացող* weight=2 concept=recipients
body: միաձուլ* weight=2.5 concept=corporate-transaction
body: ձեռքբեր* weight=2 concept=corporate-transaction
body: սնանկությ* weight=2 concept=corporate-transaction
body: վերակազմակերպ* weight=2 concept=corporate-transaction
body: իրավապահ մարմին* weight=2 concept=authorities
body: պետական մարմին* weight=1.5 concept=authorities
body: տեղական ինքնակառավարման մարմին* weight=1.5 concept=authorities
body: ոստիկանությ* weight=2 concept=authorities
body: դատարանի որոշում* weight=2.5 concept=legal-process
body: դատական ակտ* weight=2.5 concept=legal-process
body: չենք վաճառում weight=1.5 concept=sell
body: վաճառ* weight=1 concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: տվյալների փոխանցում երրորդ կողմերին concept=transfer-to-third-parties
heading: տվյալների փոխանցումը երրորդ անձանց concept=transfer-to-third-parties
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: վճարումներ weight=2 concept=payments-purchases
heading: վճարումների մշակում weight=3 concept=payments-purchases
heading: ներհավելվածային գնումներ weight=2 concept=payments-purchases
heading: բաժանորդագրություններ weight=2 concept=payments-purchases

[cookies]
heading: թխուկներ concept=cookies
heading: թխուկների օգտագործում concept=cookies
heading: թխուկների քաղաքականություն concept=cookies
heading: cookie ֆայլեր concept=cookies
heading: cookies concept=cookies
heading: քուքիներ concept=cookies
heading: թխուկներ և նմանատիպ տեխնոլոգիաներ concept=tracking-technologies
heading: թխուկներ և հետևման այլ տեխնոլոգիաներ concept=tracking-technologies
heading: հետևման տեխնոլոգիաներ concept=tracking-technologies
heading: վեբ փարոսներ concept=web-beacons
heading: պիքսել պիտակներ concept=web-beacons
heading: գրանցամատյանի ֆայլեր concept=log-files
heading: լոգ ֆայլեր concept=log-files
heading: վերլուծություն concept=analytics
heading: վերլուծական գործիքներ concept=analytics
body: թխուկ* weight=3 concept=cookie
body: cookie* weight=3 concept=cookie
body: քուքի* weight=3 concept=cookie
body: տեքստային ֆայլ* weight=2.5 concept=text-files
body: վեբ փարոս* weight=3 concept=web-beacon
body: պիքսել* weight=2.5 concept=web-beacon
body: հետևման տեխնոլոգիա* weight=2.5 concept=tracking-technology
body: նմանատիպ տեխնոլոգիա* weight=2 concept=tracking-technology
body: հետևում* weight=1.5 concept=tracking-technology
body: տեղային պահոց* weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: սեսիոն* weight=2 concept=cookie-lifetime
body: մշտական թխուկ* weight=2 concept=cookie-lifetime
body: անհրաժեշտ թխուկ* weight=2.5 concept=cookie-categories
body: ֆունկցիոնալ թխուկ* weight=2 concept=cookie-categories
body: վերլուծական թխուկ* weight=2 concept=cookie-categories
body: google analytics weight=2.5 concept=analytics-term
body: վերլուծական weight=2 concept=analytics-term
body: գրանցամատյան* weight=2 concept=log-file
body: սերվերի լոգ* weight=2 concept=log-file
body: sdk weight=2 concept=sdk
body: մատնահետք* weight=2.5 concept=fingerprinting
body: բրաուզերի կարգավորում* weight=1.5 concept=browser-settings
body: դիտարկիչի կարգավորում* weight=1.5 concept=browser-settings
body: բրաուզեր* weight=0.5 concept=browser
body: դիտարկիչ* weight=0.5 concept=browser
body: սարք* weight=0.5 concept=device

[advertising]
heading: գովազդ concept=advertising
heading: գովազդ և մարքեթինգ concept=advertising
heading: մարքեթինգ concept=marketing
heading: ուղղակի մարքեթինգ concept=marketing
heading: մարքեթինգային հաղորդագրություններ concept=marketing-communications
heading: գովազդային հաղորդագրություններ concept=marketing-communications
heading: տեղեկագրեր concept=marketing-communications
heading: նորությունների բաժանորդագրություն concept=marketing-communications
heading: թիրախային գովազդ concept=interest-based-advertising
heading: անհատականացված գովազդ concept=interest-based-advertising
heading: հետաքրքրությունների վրա հիմնված գովազդ concept=interest-based-advertising
heading: երրորդ կողմերի գովազդ concept=third-party-advertising
heading: գովազդային ցանցեր concept=third-party-advertising
body: գովազդ* weight=2.5 concept=ads
body: բաններ* weight=2 concept=ads
body: գովազդային ցանց* weight=3 concept=ad-networks
body: գովազդային գործընկեր* weight=3 concept=ad-networks
body: թիրախային weight=2.5 concept=interest-based
body: թիրախավոր* weight=2.5 concept=interest-based
body: հետաքրքրությունների վրա հիմնված weight=2.5 concept=interest-based
body: վարքագծային weight=2.5 concept=interest-based
body: ռեթարգեթինգ* weight=3 concept=retargeting
body: ռեմարքեթինգ* weight=3 concept=retargeting
body: retargeting weight=3 concept=retargeting
body: remarketing weight=3 concept=retargeting
body: տեղեկագ* weight=2.5 concept=marketing-messages
body: գովազդային հաղորդագրությ* weight=2.5 concept=marketing-messages
body: մարքեթինգային հաղորդագրությ* weight=2.5 concept=marketing-messages
body: մարքեթինգային նպատակ* weight=2 concept=marketing-purposes
body: ուղղակի մարքեթինգ* weight=2 concept=marketing-purposes
body: մարքեթինգ* weight=1.5 concept=marketing-purposes
body: ակցիա* weight=2 concept=promotions
body: հատուկ առաջարկ* weight=2 concept=promotions
body: զեղչ* weight=1.5 concept=promotions
body: your online choices weight=2.5 concept=ad-industry-programs
body: network advertising initiative weight=3 concept=ad-industry-programs
body: digital advertising alliance weight=3 concept=ad-industry-programs
body: գովազդի արդյունավետությ* weight=2 concept=ad-measurement
body: արշավների արդյունավետությ* weight=2 concept=ad-measurement
body: հետաքրքրություն* weight=0.5 concept=interests

[do-not-track]
heading: do not track concept=do-not-track
heading: do not track ազդանշաններ concept=do-not-track
heading: չհետևել concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: գաղտնիության գլոբալ վերահսկում concept=global-privacy-control
heading: նախընտրությունների ազդանշաններ concept=preference-signals
heading: բրաուզերի ազդանշաններ concept=preference-signals
body: dnt weight=3 concept=dnt-signal
body: do not track weight=3 concept=dnt-signal
body: չհետևել weight=3 concept=dnt-signal
body: gpc weight=3 concept=gpc-signal
body: global privacy control weight=3 concept=gpc-signal
body: նախընտրությունների ազդանշան* weight=3 concept=opt-out-preference-signal
body: բրաուզերի ազդանշան* weight=2.5 concept=opt-out-preference-signal
body: միասնական ստանդարտ* weight=3 concept=no-uniform-standard
body: չենք արձագանքում weight=2.5 concept=do-not-respond
body: չի արձագանքում weight=2 concept=do-not-respond
body: ճանաչ* weight=1.5 concept=honor-signals
body: տարբեր կայքերում weight=2.5 concept=cross-site-tracking
body: ժամանակի ընթացքում weight=2 concept=cross-site-tracking
body: բրաուզեր* weight=0.5 concept=browser-dnt

[choices]
heading: ձեր ընտրությունները concept=your-choices
heading: ձեր ընտրության հնարավորությունները concept=your-choices
heading: ձեր հնարավորությունները concept=your-choices
heading: հրաժարում concept=opting-out
heading: ինչպես հրաժարվել concept=opting-out
heading: ինչպե՞ս հրաժարվել concept=opting-out
heading: նախընտրությունների կառավարում concept=managing-preferences
heading: հաղորդակցության նախընտրություններ concept=managing-preferences
heading: գաղտնիության կարգավորումներ concept=managing-preferences
heading: բաժանորդագրությունից դուրս գալ concept=unsubscribing
heading: բաժանորդագրության չեղարկում concept=unsubscribing
body: հրաժար* weight=3 concept=opt-out
body: բաժանորդագրությունից դուրս գալ weight=3 concept=unsubscribe
body: բաժանորդագրությ* չեղարկ* weight=3 concept=unsubscribe
body: դադարեցնել ստանալ weight=3 concept=unsubscribe
body: բաժանորդագրությ* weight=2 concept=unsubscribe
body: կարող եք ընտրել weight=2.5 concept=choose-not-to
body: չտրամադրել weight=2.5 concept=choose-not-to
body: մերժ* weight=2 concept=decline
body: գովազդային նամակ* weight=2 concept=promotional-emails
body: նախընտրություն* weight=1.5 concept=preferences
body: կարգավորում* weight=1.5 concept=settings
body: հաշվի կարգավորում* weight=2 concept=settings
body: անջատ* weight=2 concept=disable
body: ապաակտիվ* weight=2 concept=disable
body: push ծանուցում* weight=2 concept=device-permissions
body: տեղորոշման ծառայություն* weight=2 concept=device-permissions
body: նամակի ներքևում weight=1.5 concept=unsubscribe-link
body: չեք կարողանա weight=1.5 concept=consequences-of-refusal
body: կարող է սահմանափակել weight=1.5 concept=consequences-of-refusal
body: ստանալ weight=0.5 concept=receive

[rights]
heading: ձեր իրավունքները concept=your-rights
heading: ինչ իրավունքներ ունեք concept=your-rights
heading: ի՞նչ իրավունքներ ունեք concept=your-rights
heading: տվյալների սուբյեկտի իրավունքները concept=your-rights
heading: տվյալների սուբյեկտների իրավունքները concept=your-rights
heading: օգտատիրոջ իրավունքները concept=your-rights
heading: կողմերի իրավունքները և պարտականությունները concept=your-rights
heading: տվյալների սուբյեկտների լրացուցիչ երաշխիքները concept=your-rights
heading: իրավունքների իրականացում concept=exercising-rights
heading: ձեր իրավունքների իրականացումը concept=exercising-rights
heading: ինչպես իրականացնել ձեր իրավունքները concept=exercising-rights
heading: ինչպե՞ս իրականացնել ձեր իրավունքները concept=exercising-rights
heading: իրավունքներ և հարցումներ concept=exercising-rights
heading: տվյալներին ծանոթանալը և ուղղումը concept=access-and-correction
heading: մուտք ձեր տվյալներին concept=access-and-correction
heading: տվյալների ուղղում և ջնջում concept=access-and-correction
heading: լիազորված ներկայացուցիչներ concept=authorized-agents
body: ծանոթանալու իրավունք* weight=3 concept=right-of-access
body: ծանոթանալ weight=2.5 concept=right-of-access
body: մուտքի իրավունք* weight=3 concept=right-of-access
body: հասանելիությ* weight=1.5 concept=access
body: ուղղում weight=2 concept=rectification
body: ուղղման weight=2 concept=rectification
body: ուղղել* weight=2 concept=rectification
body: թարմացն* weight=1.5 concept=rectification
body: ոչ ճշգրիտ weight=2 concept=rectification
body: ջնջ* weight=3 concept=erasure
body: ոչնչացն* weight=2.5 concept=erasure
body: մոռացված լինելու weight=3 concept=erasure
body: տեղափոխելիությ* weight=3 concept=portability
body: մեքենայընթեռնելի weight=2.5 concept=portability
body: առարկելու իրավունք* weight=3 concept=right-to-object
body: առարկել* weight=2 concept=right-to-object
body: առարկություն* weight=2 concept=right-to-object
body: մշակման սահմանափակ* weight=3 concept=restriction
body: արգելափակ* weight=2.5 concept=restriction
body: սահմանափակ* weight=1.5 concept=restriction
body: բողոք* weight=2.5 concept=complaint-to-authority
body: վերահսկող մարմ* weight=3 concept=complaint-to-authority
body: անձնական տվյալների պաշտպանության գործակալությ* weight=3 concept=complaint-to-authority
body: իրավական պաշտպանությ* weight=2 concept=complaint-to-authority
body: իրականացն* weight=1.5 concept=exercise-rights
body: ինքնությունը հաստատել* weight=2 concept=verify-identity
body: ինքնության ստուգում* weight=2 concept=verify-identity
body: լիազորված ներկայացուցիչ* weight=2.5 concept=authorized-agent
body: խտրականությ* weight=1.5 concept=non-discrimination
body: տվյալների սուբյեկտ* weight=2 concept=data-subject-rights
body: պատճեն* weight=1 concept=copy-of-data
body: հարցում* weight=0.3 concept=request
body: պահանջ* weight=0.3 concept=request

[retention]
heading: տվյալների պահպանում concept=data-retention
heading: տվյալների պահպանումը concept=data-retention
heading: անձնական տվյալների պահպանում concept=data-retention
heading: տեղեկատվության պահպանում concept=data-retention
heading: պահպանման ժամկետ concept=retention-period
heading: պահպանման ժամկետը concept=retention-period
heading: տվյալների պահպանման ժամկետները concept=retention-period
heading: պահպանման ժամանակահատված concept=retention-period
heading: որքան ժամանակ ենք պահպանում ձեր տվյալները concept=how-long-we-keep
heading: որքա՞ն ժամանակ ենք պահպանում ձեր տվյալները concept=how-long-we-keep
heading: որքան ժամանակ են պահպանվում տվյալները concept=how-long-we-keep
heading: որքա՞ն ժամանակ են պահպանվում տվյալները concept=how-long-we-keep
heading: տվյալների պահպանում և պահեստավորում concept=storage-and-retention
heading: պահպանում և ջնջում concept=retention-and-deletion
heading: տվյալների պահպանում և ոչնչացում concept=retention-and-deletion
body: պահպան* weight=2.5 concept=retain
body: պահպանում ենք weight=3 concept=retain
body: պահպանման ժամկետ* weight=3 concept=retain
body: այնքան ժամանակ, որքան weight=3 concept=as-long-as-necessary
body: այնքան ժամանակ որքան weight=3 concept=as-long-as-necessary
body: ոչ ավելին, քան անհրաժեշտ է weight=3 concept=as-long-as-necessary
body: քան անհրաժեշտ է weight=2.5 concept=as-long-as-necessary
body: այլևս անհրաժեշտ չեն weight=2.5 concept=no-longer-needed
body: անհրաժեշտությունը վերանա weight=2.5 concept=no-longer-needed
body: պահում ենք weight=1.5 concept=keep
body: պահվ* weight=1 concept=store
body: պահեստավոր* weight=1 concept=store
body: ժամկետ* weight=2 concept=retention-criteria
body: ժամանակահատված* weight=2 concept=retention-criteria
body: չափանիշ* weight=2 concept=retention-criteria
body: անանուն* weight=2 concept=anonymise
body: ապանձնավոր* weight=2 concept=anonymise
body: ոչնչաց* weight=2 concept=destroy
body: արխիվ* weight=2 concept=archive
body: հաշվապահական հաշվառ* weight=2.5 concept=legal-retention-requirements
body: հայցային վաղեմությ* weight=2.5 concept=legal-retention-requirements
body: ոչ ակտիվ weight=2 concept=inactive-accounts
body: տարի weight=0.5 concept=years
body: տարվա weight=0.5 concept=years

[security]
heading: անվտանգություն concept=data-security
heading: տվյալների անվտանգություն concept=data-security
heading: տվյալների անվտանգությունը concept=data-security
heading: տեղեկատվության անվտանգություն concept=data-security
heading: անձնական տվյալների անվտանգություն concept=data-security
heading: անվտանգության միջոցներ concept=security-measures
heading: պաշտպանության միջոցներ concept=security-measures
heading: պաշտպանության համար կիրառվող միջոց* concept=security-measures
heading: ինչպես ենք պաշտպանում ձեր տվյալները concept=how-we-protect
heading: ինչպե՞ս ենք պաշտպանում ձեր տվյալները concept=how-we-protect
heading: տվյալների պաշտպանությունը concept=how-we-protect
heading: տվյալների պաշտպանություն concept=how-we-protect
body: անվտանգ* weight=2 concept=secure
body: պաշտպանության միջոց* weight=2.5 concept=safeguards
body: երաշխիք* weight=1.5 concept=safeguards
body: գաղտնագր* weight=3 concept=encryption
body: կոդավոր* weight=2.5 concept=encryption
body: ssl weight=3 concept=encryption
body: tls weight=3 concept=encryption
body: չթույլատրված weight=3 concept=unauthorized-access
body: չարտոնված weight=3 concept=unauthorized-access
body: անօրինական մուտք* weight=3 concept=unauthorized-access
body: կորուստ* weight=2.5 concept=loss-misuse-alteration
body: կորստից weight=2.5 concept=loss-misuse-alteration
body: պատահական weight=1.5 concept=loss-misuse-alteration
body: չարաշահ* weight=2.5 concept=loss-misuse-alteration
body: փոփոխումից weight=2 concept=loss-misuse-alteration
body: տեխնիկական և կազմակերպական միջոց* weight=3 concept=technical-organisational-measures
body: կազմակերպական և տեխնիկական միջոց* weight=3 concept=technical-organisational-measures
body: կազմակերպական միջոց* weight=2.5 concept=technical-organisational-measures
body: իրավական, կազմակերպական և տեխնիկական weight=3 concept=technical-organisational-measures
body: ֆիզիկական պաշտպանությ* weight=1.5 concept=physical-safeguards
body: firewall* weight=3 concept=technical-controls
body: գաղտնաբառ* weight=2 concept=technical-controls
body: մուտքի վերահսկ* weight=2.5 concept=technical-controls
body: հակավիրուս* weight=2.5 concept=technical-controls
body: տվյալների արտահոսք* weight=3 concept=breach
body: անվտանգության խախտ* weight=3 concept=breach
body: անվտանգության միջադեպ* weight=3 concept=breach
body: խոցելիությ* weight=2.5 concept=breach
body: գաղտնի weight=1.5 concept=confidentiality
body: գաղտնիությունը weight=1 concept=confidentiality
body: չենք կարող երաշխավորել weight=2.5 concept=no-guarantee
body: լիովին անվտանգ weight=2.5 concept=no-guarantee
body: ձեր ռիսկով weight=2.5 concept=no-guarantee
body: ոլորտի ստանդարտ* weight=2 concept=industry-standard
body: պաշտպանում ենք weight=1 concept=protect
body: պաշտպանելու weight=1 concept=protect
body: պաշտպանված weight=1 concept=protect
body: ապահով* weight=0.5 concept=ensure
body: երաշխավոր* weight=0.5 concept=ensure

[children]
heading: երեխաներ concept=childrens-privacy
heading: երեխաների գաղտնիություն concept=childrens-privacy
heading: երեխաների գաղտնիությունը concept=childrens-privacy
heading: երեխաների անձնական տվյալներ concept=childrens-privacy
heading: երեխաների տվյալները concept=childrens-privacy
heading: տեղեկություններ երեխաների մասին concept=childrens-privacy
heading: 16 տարեկանից ցածր երեխաներ concept=age-limits
heading: տարիքային սահմանափակումներ concept=age-limits
heading: տարիքային սահմանափակում concept=age-limits
heading: անչափահասներ concept=minors
heading: անչափահասների տվյալներ concept=minors
heading: ծառայությունների օգտագործումը անչափահասների կողմից concept=minors
body: երեխա* weight=3 concept=children
body: մանկական weight=2.5 concept=children
body: անչափահաս* weight=2.5 concept=minors-teens
body: դեռահաս* weight=2.5 concept=minors-teens
body: տարեկանից ցածր weight=2.5 concept=age-threshold
body: տարեկանից փոքր weight=2.5 concept=age-threshold
body: տարեկանից բարձր weight=2 concept=age-threshold
body: չափահաս* weight=2 concept=age-threshold
body: ծնող* weight=2.5 concept=parents-guardians
body: խնամակալ* weight=2.5 concept=parents-guardians
body: օրինական ներկայացուցիչ* weight=2.5 concept=parents-guardians
body: ծնողների համաձայնությ* weight=3 concept=parental-consent
body: ծնողի համաձայնությ* weight=3 concept=parental-consent
body: coppa weight=3 concept=coppa
body: գիտակցաբար չենք հավաքում weight=3 concept=knowingly-collect
body: գիտակցաբար weight=2.5 concept=knowingly-collect
body: նախատեսված չեն weight=2 concept=not-directed-to-children
body: նախատեսված չէ weight=2 concept=not-directed-to-children
body: եթե պարզենք weight=2 concept=if-we-learn
body: եթե իմանանք weight=2 concept=if-we-learn
body: տարիք* weight=1.5 concept=age
body: անչափահաս weight=0.5 concept=minor

[international]
heading: տվյալների միջազգային փոխանցում concept=international-transfers
heading: միջազգային փոխանցումներ concept=international-transfers
heading: տվյալների անդրսահմանային փոխանցում concept=international-transfers
heading: տվյալների փոխանցում այլ երկրներ concept=international-transfers
heading: տվյալների փոխանցում հայաստանից դուրս concept=international-transfers
heading: տվյալների փոխանցում concept=data-transfers
heading: անձնական տվյալների փոխանցում concept=data-transfers
heading: տեղեկատվության փոխանցում այլ երկրներ concept=data-transfers
heading: որտեղ ենք պահպանում ձեր տվյալները concept=where-we-store
heading: որտե՞ղ ենք պահպանում ձեր տվյալները concept=where-we-store
heading: տվյալների պահպանման վայրը concept=where-we-store
heading: մշակման վայրը concept=where-we-store
body: փոխանց* weight=1.5 concept=transfer
body: անդրսահմանային weight=3 concept=cross-border
body: այլ երկրներ* weight=2.5 concept=other-countries
body: երրորդ երկրներ* weight=3 concept=other-countries
body: հայաստանի հանրապետությունից դուրս weight=2.5 concept=other-countries
body: ձեր երկրից դուրս weight=2.5 concept=other-countries
body: եվրոպական տնտեսական տարածք* weight=2 concept=eea
body: եվրոպական միությունից դուրս weight=2.5 concept=eea
body: ամերիկայի միացյալ նահանգներ* weight=1.5 concept=united-states
body: ամն weight=1.5 concept=united-states
body: ստանդարտ պայմանագրային դրույթ* weight=3 concept=transfer-safeguards
body: համարժեք երաշխիք* weight=2.5 concept=transfer-safeguards
body: պատշաճ երաշխիք* weight=2.5 concept=transfer-safeguards
body: պաշտպանության համարժեք մակարդակ* weight=3 concept=adequacy
body: data privacy framework weight=3 concept=privacy-frameworks
body: privacy shield weight=3 concept=privacy-frameworks
body: ավելի ցածր մակարդակ* weight=2 concept=less-protective
body: իրավազորությ* weight=2 concept=jurisdictions
body: սերվերներ* weight=2 concept=server-location
body: պահպանվում են հայաստանի հանրապետությունում weight=2.5 concept=server-location
body: ամբողջ աշխարհում weight=1.5 concept=around-the-world

[regional]
heading: կալիֆորնիայի բնակիչների համար concept=california
heading: կալիֆորնիայի բնակիչներ concept=california
heading: ձեր գաղտնիության իրավունքները կալիֆորնիայում concept=california
heading: նևադայի բնակիչներ concept=us-state-rights
heading: ամն նահանգների բնակիչների իրավունքները concept=us-state-rights
heading: տեղեկատվություն եվրոպական միության օգտատերերի համար concept=eea-gdpr-notice
heading: եվրոպական տնտեսական տարածքի օգտատերեր concept=eea-gdpr-notice
heading: gdpr համապատասխանություն concept=eea-gdpr-notice
heading: որոշակի իրավազորությունների դրույթներ concept=jurisdiction-specific
heading: լրացուցիչ տեղեկություններ որոշ իրավազորությունների համար concept=jurisdiction-specific
heading: տարածաշրջանային դրույթներ concept=jurisdiction-specific
body: կալիֆորնիա* weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: shine the light weight=3 concept=california-law
body: նևադա* weight=3 concept=us-states
body: վիրջինիա* weight=3 concept=us-states
body: կոլորադո* weight=3 concept=us-states
body: կոնեկտիկուտ* weight=3 concept=us-states
body: բնակիչ* weight=2 concept=residents
body: ռեզիդենտ* weight=2 concept=residents
body: սպառող* weight=1.5 concept=consumers
body: չվաճառել weight=3 concept=do-not-sell
body: վաճառք կամ կիսում weight=3 concept=do-not-sell
body: միջհամատեքստային վարքագծային գովազդ* weight=3 concept=cross-context-advertising
body: ֆինանսական խթան* weight=3 concept=financial-incentives
body: նախորդ 12 ամիսների weight=3 concept=preceding-12-months
body: վերջին 12 ամիսների weight=3 concept=preceding-12-months
body: gdpr weight=2.5 concept=eu-gdpr
body: եվրոպական միությ* weight=2 concept=eu-gdpr
body: բրազիլիա* weight=2 concept=brazil-lgpd
body: lgpd weight=3 concept=brazil-lgpd
body: կանադա* weight=2 concept=canada-pipeda
body: pipeda weight=3 concept=canada-pipeda
body: նահանգ* weight=0.5 concept=state
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
heading: երրորդ կողմերի կայքեր concept=third-party-websites
heading: երրորդ անձանց կայքեր concept=third-party-websites
heading: այլ կայքեր concept=third-party-websites
heading: հղումներ այլ կայքերի concept=links-to-other-sites
heading: հղումներ երրորդ կողմերի կայքերին concept=links-to-other-sites
heading: արտաքին հղումներ concept=links-to-other-sites
heading: երրորդ կողմերի հղումներ concept=links-to-other-sites
heading: երրորդ կողմերի ծառայություններ concept=third-party-services
heading: երրորդ անձանց ծառայություններ concept=third-party-services
heading: սոցիալական ցանցերի պլագիններ concept=social-media-plugins
heading: սոցիալական ցանցեր concept=social-media-plugins
heading: երրորդ կողմերի գաղտնիության քաղաքականություններ weight=2 concept=third-party-privacy-policies
heading: երրորդ անձանց գաղտնիության քաղաքականություն weight=2 concept=third-party-privacy-policies
body: հղում* weight=2.5 concept=links
body: հիպերհղում* weight=3 concept=links
body: այլ կայքեր* weight=2.5 concept=other-sites
body: արտաքին կայք* weight=2.5 concept=other-sites
body: երրորդ կողմերի կայք* weight=2.5 concept=other-sites
body: երրորդ անձանց կայք* weight=2.5 concept=other-sites
body: երրորդ անձին պատկանող weight=2.5 concept=other-sites
body: երրորդ կողմերի հավելված* weight=2 concept=third-party-applications
body: երրորդ կողմերի ծառայություն* weight=2.5 concept=third-party-applications
body: պատասխանատվություն չի կրում weight=3 concept=not-responsible
body: պատասխանատվություն չենք կրում weight=3 concept=not-responsible
body: պատասխանատու չէ weight=3 concept=not-responsible
body: պատասխանատու չենք weight=3 concept=not-responsible
body: չի վերահսկում weight=3 concept=not-responsible
body: չենք վերահսկում weight=3 concept=not-responsible
body: իրենց գաղտնիության քաղաքականությ* weight=3 concept=their-privacy-policies
body: յուրաքանչյուր կայքի գաղտնիության քաղաքականությ* weight=3 concept=their-privacy-policies
body: խորհուրդ ենք տալիս weight=2.5 concept=encourage-review
body: խորհուրդ է տալիս weight=2.5 concept=encourage-review
body: լքում եք մեր weight=2.5 concept=leave-our-site
body: պլագին* weight=2.5 concept=plugins
body: վիջեթ* weight=2.5 concept=plugins
body: բովանդակությ* weight=0.5 concept=content
body: ծանոթանալ weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: սոցիալական մեդիա concept=social-media-presence
heading: սոցիալական ցանցերում concept=social-media-presence
heading: սոցիալական լրատվամիջոցներ concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: երրորդ կողմերի կողմից հավաքվող տվյալներ concept=third-party-data-collection
heading: երրորդ կողմերի հավաքած տվյալներ concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: ցանցային կապեր weight=2 concept=network-connections
heading: ցանցային միացումներ weight=2 concept=network-connections
heading: արտաքին միացումներ weight=2 concept=network-connections
heading: լքում ձեր սարքը weight=2 concept=network-connections
heading: լքում են ձեր սարքը weight=2 concept=network-connections
heading: ուղարկվում ինտերնետով weight=2 concept=network-connections
heading: ինտերնետով ուղարկվող weight=2 concept=network-connections
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
heading: փոփոխություններ գաղտնիության քաղաքականության մեջ concept=changes-to-policy
heading: գաղտնիության քաղաքականության փոփոխություններ concept=changes-to-policy
heading: սույն քաղաքականության փոփոխություններ concept=changes-to-policy
heading: քաղաքականության փոփոխություններ concept=changes-to-policy
heading: փոփոխություններ concept=changes-to-policy
heading: քաղաքականության թարմացումներ concept=policy-updates
heading: թարմացումներ concept=policy-updates
heading: փոփոխությունների մասին ծանուցում concept=notification-of-changes
heading: փոփոխությունների մասին տեղեկացում concept=notification-of-changes
heading: փոփոխություններ և լրացումներ concept=amendments
heading: այլ դրույթներ concept=amendments
heading: եզրափակիչ դրույթներ concept=amendments
heading: ուժի մեջ մտնելը concept=entry-into-force
heading: ուժի մեջ մտնելու ամսաթիվ concept=entry-into-force
body: փոփոխ* weight=1.5 concept=change-update
body: թարմաց* weight=2 concept=change-update
body: լրացում* weight=1.5 concept=change-update
body: խմբագր* weight=1.5 concept=change-update
body: ուժի մեջ է մտնում weight=3 concept=effective-date
body: ուժի մեջ weight=2.5 concept=effective-date
body: գործողության ամսաթիվ weight=3 concept=effective-date
body: վերջին թարմացում weight=3 concept=effective-date
body: վերջին անգամ թարմացվել է weight=3 concept=effective-date
body: ժամանակ առ ժամանակ weight=2.5 concept=from-time-to-time
body: պարբերաբար weight=1.5 concept=from-time-to-time
body: էական փոփոխություն* weight=3 concept=material-changes
body: շարունակելով օգտագործել weight=3 concept=continued-use
body: շարունակելով օգտվել weight=3 concept=continued-use
body: պարբերաբար ստուգել weight=2.5 concept=check-back
body: պարբերաբար այցելել weight=2.5 concept=check-back
body: վերջին տարբերակ* weight=2 concept=latest-version
body: գործող տարբերակ* weight=2 concept=latest-version
body: անմիջապես weight=1.5 concept=effective-immediately
body: իրավունք է վերապահում weight=2 concept=reserve-the-right
body: իրավունք ենք վերապահում weight=2 concept=reserve-the-right
body: կտեղեկացնենք ձեզ weight=1.5 concept=notify-you
body: ձեզ կտեղեկացնենք weight=1.5 concept=notify-you
body: հրապարակ* weight=1 concept=posting
body: տարբերակ* weight=1 concept=version
body: ծանուցում* weight=0.5 concept=notice

[contact]
heading: կապ մեզ հետ concept=contact-us
heading: կապվեք մեզ հետ concept=contact-us
heading: հետադարձ կապ concept=contact-us
heading: կոնտակտներ concept=contact-us
heading: ինչպես կապվել մեզ հետ concept=how-to-contact
heading: ինչպե՞ս կապվել մեզ հետ concept=how-to-contact
heading: կոնտակտային տվյալներ concept=contact-information
heading: կոնտակտային տեղեկատվություն concept=contact-information
heading: մեր կոնտակտային տվյալները concept=contact-information
heading: հարցեր concept=questions
heading: հարցեր և առաջարկներ concept=questions
heading: հարցեր և դիմումներ concept=questions
heading: տվյալների պաշտպանության պատասխանատու concept=data-protection-officer
heading: տվյալների պաշտպանության պատասխանատուի կոնտակտները concept=data-protection-officer
body: կապ հաստատել մեզ հետ weight=3 concept=please-contact
body: կապվեք մեզ հետ weight=3 concept=please-contact
body: կապ հաստատեք weight=3 concept=please-contact
body: գրեք մեզ weight=3 concept=please-contact
body: կարող եք կապ հաստատել weight=3 concept=please-contact
body: կապ հաստատել weight=2 concept=please-contact
body: հարցեր* weight=2.5 concept=questions-comments
body: հարց weight=2 concept=questions-comments
body: մեկնաբանությ* weight=1.5 concept=questions-comments
body: առաջարկություն* weight=1 concept=questions-comments
body: տվյալների պաշտպանության պատասխանատու* weight=3 concept=dpo
body: dpo weight=3 concept=dpo
body: հվհհ weight=2 concept=postal-address
body: գտնվելու վայրը weight=1.5 concept=postal-address
body: իրավաբանական հասցե* weight=2 concept=postal-address
body: հեռախոս* weight=1.5 concept=telephone
body: էլեկտրոնային փոստով weight=1.5 concept=by-email
body: էլ. փոստով weight=1.5 concept=by-email
body: հաճախորդների սպասարկ* weight=1.5 concept=customer-service
body: հասցե* weight=0.3 concept=address

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no cue inside it
# counts. Written whole, like boilerplate headings.
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
