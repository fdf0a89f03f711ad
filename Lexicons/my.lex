# Burmese (Myanmar) lexicon
# Burmese is written without spaces between words (spaces mark phrases): ICU dictionary
# segmentation splits entries and documents alike (ကိုယ်ရေးအချက်အလက်များကို ->
# ကိုယ် | ရေး | အချက်အလက် | များ | ကို), so terms are written as they appear in text and
# the plural များ and the particles (ကို, ၏, သည်, တွင်) need not be written.
# Loanwords ICU does not know are split into syllables (ကွတ်ကီး -> ကွ | တ် | ကီး); they still
# match as phrases.
# Standard Unicode spelling only (not Zawgyi). Both spellings of market (စျေး, ဈေး) and of
# website (ဝက်ဘ်ဆိုက်, ဝဘ်ဆိုက်, ဝက်ဘ်ဆိုဒ်) are listed.
# Wording follows Burmese privacy policies: ကိုယ်ရေးအချက်အလက်ဆိုင်ရာ မူဝါဒ, စုဆောင်းခြင်း,
# အသုံးပြုခြင်း, မျှဝေခြင်း, ထုတ်ဖော်ခြင်း, သိမ်းဆည်းခြင်း, လုံခြုံရေး, သဘောတူညီချက်.
# Burmese is verb-final: a heading's head comes last ("... စုဆောင်းပုံ၊ အသုံးပြုပုံနှင့်
# မျှဝေပုံနှင့် စပ်လျဉ်းသည့် သင့်ရွေးချယ်မှုများ" is about choices).
@language my
@name Burmese
@heading-head last
@fold-accents no

[profile]
# Single words as ICU segments them, function words first. The Myanmar script identifies
# Burmese among the shipped languages by itself, so no weights are needed.
သည်
ကို
၏
နှင့်
များ
တွင်
မှ
ဖြင့်
အတွက်
သော
သည့်
ရန်
ပါ
မည်
နိုင်
ခြင်း
မှု
ထား
ပြီး
သို့
၌
လည်း
သို့မဟုတ်
ဖြစ်
ရှိ
သာ
မဟုတ်
ကြ
တို့
ကျွန်ုပ်
သင်
သင့်
ထို
ဤ
ယင်း
အား
ဟု
ကဲ့သို့
စသည်
အပါအဝင်
ပေါ်
အရ
အခါ
လျှင်
ပါက
ခဲ့
နေ
ပေး
သက်ဆိုင်
အဖြစ်
မည်သို့
အချို့
အားလုံး
ပုံ
နည်း
ဆိုင်ရာ
အနေဖြင့်
ထံ
ကြောင့်
အောက်
အထိ
အတွင်း
အခြား
ဆက်လက်
တစ်
ခု
ရာ
ပြုလုပ်
ဆောင်ရွက်
လုပ်ဆောင်
အချက်အလက်
ကိုယ်
ရေး
စုဆောင်း
အသုံးပြု
မျှဝေ
ထုတ်ဖော်
လုံခြုံ
ကာ
ကွယ်
ဝန်ဆောင်မှု
ကုမ္ပဏီ
မူ
ဝါဒ
ခွင့်
ပြု
သဘောတူ
အခွင့်အရေး
ဥပဒေ
ဆက်
အီး
မေး
ဖုန်း
လိပ်စာ
ကြော်ငြာ
အဖွဲ့
အစည်း
ကလေး
ကာလ
သိမ်းဆည်း
ဖျက်
ပြင်ဆင်
ပြောင်းလဲ
ရည်ရွယ်ချက်
လိုအပ်
စက်ပစ္စည်း
သူ
နိုင်ငံ
တောင်း
ဆို
အကြောင်းကြား
ရယူ
ပို့
လက်ခံ
သတင်း
စီမံ
ထိန်းချုပ်
ဝင်
တာဝန်
အာဏာပိုင်
ပညာ
တင်
ရွေးချယ်
အမည်
တည်နေရာ
လွှဲပြောင်း
စာချုပ်
ဆုံးဖြတ်
အကျိုးစီးပွား
ပံ့ပိုး
သေချာ
ကန့်သတ်
အသက်
မိဘ
တတိယ
ပါတီ
ပတ်သက်
ဘူး
သနည်း
နိုင်သည်
ပါသည်
အရာ
ဖို့
နောက်
မီ
စေ
ကြောင်း
အနေ
အသစ်
နောက်ဆုံး
ကျေးဇူးပြု
ထိုသို့
ဥပမာ
အပြင်
ပြည့်
သုံး
ယခု
လက်ရှိ
အမျိုး
အစား
ရက်
လ
နှစ်
ကြိမ်
မှတ်တမ်း
စနစ်
ကွန်ရက်
လိုင်း
လုပ်ငန်း
ဖောက်သည်
ဝယ်ယူ
ငွေ
ပေးချေ
အတည်ပြု
လုံလောက်
သင့်လျော်
အစီအမံ
ကိုယ်စား
ကတိ
စည်းမျဉ်း
စည်းကမ်း
အာမခံ
အထောက်အထား

[units]
# နှစ် is "year" (and "two"); the count comes before the unit (၁၂ လ, ၃၀ ရက်, ၂ နှစ်).
year: နှစ်
month: လ
week: ပတ်, အပတ်
day: ရက်
hour: နာရီ
minute: မိနစ်

[numbers]
# Myanmar digits (၁ ၂ ၃) are digits, not words, and are not listed. နှစ် (two) is left out:
# the same word is the year unit.
1: တစ်
3: သုံး
4: လေး
5: ငါး
6: ခြောက်
7: ခုနစ်, ခုနှစ်
8: ရှစ်
9: ကိုး
10: ဆယ်, တစ်ဆယ်
12: ဆယ့်နှစ်
13: ဆယ့်သုံး
16: ဆယ့်ခြောက်
18: ဆယ့်ရှစ်
20: နှစ်ဆယ်
30: သုံးဆယ်
60: ခြောက်ဆယ်
90: ကိုးဆယ်
100: တစ်ရာ

[references]
gdpr: ဥရောပသမဂ္ဂ အထွေထွေဒေတာကာကွယ်ရေး စည်းမျဉ်း, gdpr
ccpa: ကယ်လီဖိုးနီးယား စားသုံးသူ ကိုယ်ရေးအချက်အလက် အက်ဥပဒေ, ccpa
coppa: coppa

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside).
အသုံးပြုမှု စည်းမျဉ်းများ
အသုံးပြုမှုဆိုင်ရာ စည်းမျဉ်းများ
ဝန်ဆောင်မှု စည်းမျဉ်းများ
ဝန်ဆောင်မှုဆိုင်ရာ စည်းမျဉ်းများ
စည်းကမ်းချက်များနှင့် သတ်မှတ်ချက်များ
စည်းမျဉ်းများနှင့် စည်းကမ်းချက်များ
စည်းကမ်းချက်များ
သက်ဆိုင်သော ဥပဒေ
အုပ်ချုပ်သည့် ဥပဒေ
ဥပဒေနှင့် တရားစီရင်ပိုင်ခွင့်
တရားစီရင်ပိုင်ခွင့်
တာဝန်ကင်းလွတ်ခွင့်
တာဝန်ယူမှု ကန့်သတ်ချက်
ဘာသာပြန်ဆိုချက်များ
ဘာသာပြန်များ
ဘာသာပြန်ခြင်း
ဘာသာစကား
လိုင်စင်
မူပိုင်ခွင့်
ဉာဏပစ္စည်း မူပိုင်ခွင့်
မာတိကာ

[intro]
heading: နိဒါန်း concept=introduction
heading: မိတ်ဆက် concept=introduction
heading: မိတ်ဆက်ခြင်း concept=introduction
heading: အထွေထွေ concept=introduction
heading: အကျဉ်းချုပ် concept=summary
heading: အနှစ်ချုပ် concept=summary
heading: အတိုချုပ် concept=summary
heading: အတိုချုံး concept=summary
heading: ခြုံငုံသုံးသပ်ချက် concept=summary
heading: အဓိကအချက်များ concept=summary
heading: ဤမူဝါဒအကြောင်း concept=about-this-policy
heading: ဤမူဝါဒ၏ ရည်ရွယ်ချက် weight=2 concept=about-this-policy
heading: နယ်ပယ် concept=scope
heading: ဤမူဝါဒ၏ နယ်ပယ် concept=scope
heading: အကျုံးဝင်မှု concept=scope
heading: ကျွန်ုပ်တို့အကြောင်း weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
heading: ကျွန်ုပ်တို့ မည်သူဖြစ်သနည်း concept=who-we-are
heading: ကိုယ်ရေးအချက်အလက် ကာကွယ်ရန် ကျွန်ုပ်တို့၏ ကတိကဝတ် concept=commitment-to-privacy
heading: ကျွန်ုပ်တို့၏ ကတိကဝတ် concept=commitment-to-privacy
heading: ဤမူဝါဒကို လက်ခံခြင်း concept=acceptance
heading: သင်၏ လက်ခံမှု concept=acceptance
heading: ကိုယ်ရေးအချက်အလက်ဆိုင်ရာ မူဝါဒ weight=0.5 concept=privacy-policy-title
heading: ကိုယ်ရေးအချက်အလက် မူဝါဒ weight=0.5 concept=privacy-policy-title
heading: ကိုယ်ရေးကိုယ်တာ မူဝါဒ weight=0.5 concept=privacy-policy-title
heading: ကိုယ်ရေးအချက်အလက် ကာကွယ်ရေး မူဝါဒ weight=0.5 concept=privacy-policy-title
heading: ကိုယ်ရေးအချက်အလက်ဆိုင်ရာ ထုတ်ပြန်ချက် weight=0.5 concept=privacy-policy-title
body: ဤမူဝါဒ weight=1.5 concept=this-privacy-policy
body: ဤကိုယ်ရေးအချက်အလက်ဆိုင်ရာ မူဝါဒ weight=2 concept=this-privacy-policy
body: ဤကိုယ်ရေးကိုယ်တာ မူဝါဒ weight=2 concept=this-privacy-policy
body: ဤမူဝါဒတွင် ရှင်းပြ weight=2.5 concept=policy-describes
body: ဤမူဝါဒသည် ရှင်းပြ weight=2.5 concept=policy-describes
body: ဖော်ပြထားသည် weight=1 concept=policy-describes
body: အကျုံးဝင် weight=2 concept=policy-applies-to
body: အကျုံးမဝင် weight=2 concept=policy-applies-to
body: သက်ရောက်သည် weight=1.5 concept=policy-applies-to
body: အသုံးပြုခြင်းဖြင့် weight=1.5 concept=by-using
body: ဝင်ရောက်ခြင်းဖြင့် weight=1.5 concept=by-using
body: လက်ခံ weight=1 concept=acceptance-of-policy
body: သဘောမတူပါက weight=2 concept=if-you-do-not-agree
body: သဘောမတူလျှင် weight=2 concept=if-you-do-not-agree
body: လေးစား weight=1.5 concept=committed-to-privacy
body: ကတိကဝတ် weight=2 concept=committed-to-privacy
body: ဟု ရည်ညွှန်း weight=1.5 concept=referred-to-as
body: ဟုခေါ်ဆို weight=1.5 concept=referred-to-as
body: အသေအချာ ဖတ်ရှု weight=2 concept=please-read
body: ဂရုတစိုက် ဖတ်ရှု weight=2 concept=please-read
body: ဝန်ဆောင်မှု စည်းမျဉ်းများ weight=1 concept=terms-of-use
body: အသုံးပြုမှု စည်းမျဉ်းများ weight=1 concept=terms-of-use
body: ကိုယ်ရေးကိုယ်တာ weight=0.3 concept=privacy
body: ဝက်ဘ်ဆိုက် weight=0.3 concept=website
body: ဝဘ်ဆိုက် weight=0.3 concept=website
body: ဝက်ဘ်ဆိုဒ် weight=0.3 concept=website
body: အက်ပ် weight=0.3 concept=website
body: အပလီကေးရှင်း weight=0.3 concept=website
body: ဝန်ဆောင်မှု weight=0.3 concept=services
body: ကုမ္ပဏီ weight=0.3 concept=company

[definitions]
heading: အဓိပ္ပာယ်ဖွင့်ဆိုချက်များ weight=2 concept=definitions
heading: အဓိပ္ပာယ်ဖွင့်ဆိုချက် concept=definitions
heading: စကားရပ်များ၏ အဓိပ္ပာယ် concept=key-terms
heading: ဝေါဟာရများ concept=key-terms
heading: ဤမူဝါဒတွင် အသုံးပြုသော ဝေါဟာရများ concept=key-terms
heading: အဓိပ္ပာယ်ကောက်ယူခြင်း concept=interpretation
heading: အဓိပ္ပာယ်ကောက်ယူခြင်းနှင့် အဓိပ္ပာယ်ဖွင့်ဆိုချက်များ concept=interpretation
heading: ဆိုသည်မှာ အဘယ်နည်း concept=what-we-mean-by
heading: ဆိုသည်မှာ ဘာလဲ concept=what-we-mean-by
body: ဆိုသည်မှာ weight=3 concept=means
body: ကို ဆိုလိုသည် weight=3 concept=means
body: ဟု အဓိပ္ပာယ်ရသည် weight=3 concept=means
body: ကို ရည်ညွှန်းသည် weight=2.5 concept=refers-to
body: ကို ရည်ညွှန်း weight=2 concept=refers-to
body: အောက်ပါ အဓိပ္ပာယ်ဖွင့်ဆိုချက်များ weight=3 concept=defined-terms-intro
body: ဤမူဝါဒ၏ ရည်ရွယ်ချက်အတွက် weight=2.5 concept=as-used-in-this-policy
body: ဤမူဝါဒတွင် အသုံးပြုထားသည့် weight=2.5 concept=as-used-in-this-policy
body: ကိုယ်ရေးအချက်အလက် ဆိုသည်မှာ weight=3 concept=personal-data-means
body: ဖော်ထုတ်နိုင်သော weight=2.5 concept=identifiable-person
body: သဘာဝပုဂ္ဂိုလ် weight=2 concept=identifiable-person
body: ယခုမှစ၍ weight=2 concept=hereinafter
body: ဒေတာထိန်းချုပ်သူ weight=1 concept=gdpr-roles
body: ဒေတာ ထိန်းချုပ်သူ weight=1 concept=gdpr-roles
body: ဒေတာလုပ်ဆောင်သူ weight=1 concept=gdpr-roles
body: ဒေတာပိုင်ရှင် weight=1 concept=gdpr-roles
body: အပါအဝင် weight=0.5 concept=includes
body: အသုံးပြုသူ weight=0.3 concept=user
body: ကိုယ်ရေးအချက်အလက် weight=0.2 concept=personal-data
body: ကိုယ်ရေးဒေတာ weight=0.2 concept=personal-data

[collection]
heading: ကျွန်ုပ်တို့ စုဆောင်းသော အချက်အလက် weight=2 concept=what-we-collect
heading: ကျွန်ုပ်တို့ စုဆောင်းသည့် အချက်အလက် weight=2 concept=what-we-collect
heading: စုဆောင်းသော အချက်အလက် concept=what-we-collect
heading: စုဆောင်းသည့် အချက်အလက် concept=what-we-collect
heading: စုဆောင်းသော ကိုယ်ရေးအချက်အလက် concept=what-we-collect
heading: အချက်အလက် စုဆောင်းခြင်း concept=collection-of-information
heading: အချက်အလက် စုဆောင်းမှု concept=collection-of-information
heading: ဒေတာ စုဆောင်းခြင်း concept=collection-of-information
heading: ကိုယ်ရေးအချက်အလက် စုဆောင်းခြင်း concept=collection-of-information
heading: စုဆောင်းခြင်း concept=collection-of-information
heading: အချက်အလက် ရင်းမြစ်များ weight=2 concept=sources-of-information
heading: ကိုယ်ရေးအချက်အလက် ရင်းမြစ်များ concept=sources-of-information
heading: သင်ပေးသော အချက်အလက် concept=information-you-provide
heading: သင်ပေးအပ်သော အချက်အလက် concept=information-you-provide
heading: သင်ကျွန်ုပ်တို့ထံ ပေးအပ်သော အချက်အလက် concept=information-you-provide
heading: အလိုအလျောက် စုဆောင်းသော အချက်အလက် concept=collected-automatically
heading: အလိုအလျောက် စုဆောင်းခြင်း concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: သင့်စက်ပစ္စည်းပေါ်တွင် ကျန်ရှိသော weight=2 concept=on-device-data
heading: စက်ပစ္စည်းပေါ်တွင်သာ ကျန်ရှိ weight=2 concept=on-device-data
heading: စက်ပစ္စည်းပေါ်တွင် လုပ်ဆောင်ခြင်း weight=2 concept=on-device-data
heading: ဒေသတွင်း လုပ်ဆောင်ခြင်း weight=2 concept=on-device-data
heading: ဒေသတွင်း လုပ်ဆောင်သော ဒေတာ weight=2 concept=on-device-data
heading: ကျွန်ုပ်တို့ အချက်အလက်ကို မည်သို့ စုဆောင်းသနည်း concept=how-we-collect
heading: စုဆောင်းပုံ concept=how-we-collect
heading: စုဆောင်းနည်း concept=how-we-collect
heading: ကိုယ်ရေးအချက်အလက် အမျိုးအစားများ concept=categories-of-data
heading: အချက်အလက် အမျိုးအစားများ concept=categories-of-data
heading: ငွေပေးချေမှု အချက်အလက် weight=3 concept=categories-of-data
body: စုဆောင်း weight=3 concept=we-collect
body: စုဆောင်းခြင်း weight=2 concept=we-collect
body: ရရှိ weight=1 concept=we-collect
body: သင်ပေးသော weight=2 concept=you-provide
body: သင်ပေးအပ်သော weight=2 concept=you-provide
body: သင်ပေးပို့သော weight=2 concept=you-provide
body: အလိုအလျောက် weight=2 concept=automatically
body: ကိုယ်ရေးအချက်အလက် အမျိုးအစား weight=2.5 concept=data-categories
body: အချက်အလက် အမျိုးအစား weight=2 concept=data-categories
body: အောက်ပါ အချက်အလက် weight=2.5 concept=following-data
body: အောက်ပါ ကိုယ်ရေးအချက်အလက် weight=2.5 concept=following-data
body: ရင်းမြစ် weight=1.5 concept=sources
body: အများပြည်သူ ရရှိနိုင်သော weight=2 concept=publicly-available
body: အီးမေးလ်လိပ်စာ weight=1.5 concept=contact-details
body: ဖုန်းနံပါတ် weight=1.5 concept=contact-details
body: နေရပ်လိပ်စာ weight=1.5 concept=contact-details
body: IP လိပ်စာ weight=2 concept=device-data
body: အိုင်ပီ လိပ်စာ weight=2 concept=device-data
body: ဘရောက်ဇာ အမျိုးအစား weight=2 concept=device-data
body: လည်ပတ်မှုစနစ် weight=2 concept=device-data
body: စက်ပစ္စည်း အချက်အလက် weight=2 concept=device-data
body: တည်နေရာ weight=1.5 concept=location-data
body: တည်နေရာ ဒေတာ weight=2 concept=location-data
body: အသုံးပြုမှု ဒေတာ weight=2 concept=usage-data
body: မှတ်တမ်း ဒေတာ weight=2 concept=usage-data
body: လူဦးရေဆိုင်ရာ weight=1.5 concept=demographic-data
body: ကျား မ weight=1.5 concept=demographic-data
body: မွေးနေ့ weight=1.5 concept=demographic-data
body: ငွေပေးချေမှု အချက်အလက် weight=1 concept=payment-data
body: ခရက်ဒစ်ကတ် weight=1 concept=payment-data
body: ဖောင် weight=1.5 concept=forms
body: စာရင်းသွင်း weight=1 concept=forms
body: အမည် weight=1 concept=name
body: အကောင့် weight=0.3 concept=account
body: အချက်အလက် weight=0.1 concept=information
body: ဒေတာ weight=0.1 concept=information
body: မက်တာဒေတာ weight=1.5 concept=device-data

[use]
heading: ကျွန်ုပ်တို့ အချက်အလက်ကို အသုံးပြုပုံ weight=2 concept=how-we-use
heading: အသုံးပြုပုံ concept=how-we-use
heading: ကျွန်ုပ်တို့ အချက်အလက်ကို မည်သို့ အသုံးပြုသနည်း concept=how-we-use
heading: အချက်အလက် အသုံးပြုခြင်း concept=use-of-information
heading: ကိုယ်ရေးအချက်အလက် အသုံးပြုခြင်း concept=use-of-information
heading: ဒေတာ အသုံးပြုခြင်း concept=use-of-information
heading: အသုံးပြုခြင်း concept=use-of-information
heading: ရည်ရွယ်ချက်များ concept=purposes-of-processing
heading: အသုံးပြုရသည့် ရည်ရွယ်ချက် concept=purposes-of-processing
heading: စီမံဆောင်ရွက်ခြင်း၏ ရည်ရွယ်ချက် concept=purposes-of-processing
heading: ကျွန်ုပ်တို့ အဘယ်ကြောင့် စုဆောင်းသနည်း concept=why-we-collect
heading: စုဆောင်းရခြင်း ရည်ရွယ်ချက် concept=why-we-collect
heading: စုဆောင်းရသည့် ရည်ရွယ်ချက် concept=why-we-collect
heading: ကိုယ်ရေးအချက်အလက် စီမံဆောင်ရွက်ခြင်း concept=processing-of-personal-data
heading: ဒေတာ စီမံဆောင်ရွက်ခြင်း concept=processing-of-personal-data
heading: အလိုအလျောက် ဆုံးဖြတ်ချက် concept=automated-decision-making
body: အသုံးပြု weight=1.5 concept=we-use
body: အသုံးပြုပါသည် weight=2 concept=we-use
body: ရည်ရွယ်ချက် weight=1.5 concept=purposes
body: အောက်ပါ ရည်ရွယ်ချက်များအတွက် weight=2.5 concept=following-purposes
body: ပရိုဖိုင်ပြုလုပ်ခြင်း weight=2 concept=profiling
body: အလိုအလျောက် ဆုံးဖြတ်ချက် weight=1.5 concept=automated-decisions
body: ဝန်ဆောင်မှုများ ပေးရန် weight=1.5 concept=to-provide
body: ပံ့ပိုးပေးရန် weight=1.5 concept=to-provide
body: ဖြည့်ဆည်းရန် weight=1.5 concept=to-fulfil
body: စီမံခန့်ခွဲရန် weight=1.5 concept=to-administer
body: တိုးတက်ကောင်းမွန်စေရန် weight=1.5 concept=to-improve
body: ပိုမိုကောင်းမွန်စေရန် weight=1.5 concept=to-improve
body: မြှင့်တင်ရန် weight=1 concept=to-improve
body: ဖွံ့ဖြိုးတိုးတက်စေရန် weight=2 concept=to-develop
body: ထုတ်ကုန်အသစ် weight=2 concept=to-develop
body: စိတ်ကြိုက်ပြင်ဆင်ရန် weight=2 concept=to-personalise
body: သင်နှင့် ဆက်သွယ်ရန် weight=2 concept=to-communicate
body: သင့်ထံ ပေးပို့ရန် weight=1 concept=to-send
body: တုံ့ပြန်ရန် weight=1.5 concept=to-respond
body: ဖြေကြားရန် weight=1.5 concept=to-respond
body: ခွဲခြမ်းစိတ်ဖြာရန် weight=1 concept=to-analyse
body: စာရင်းအင်း weight=1 concept=to-analyse
body: ပြဿနာများကို ဖြေရှင်းရန် weight=2 concept=to-troubleshoot
body: သုတေသန weight=1.5 concept=research
body: လိမ်လည်မှု weight=1.5 concept=to-prevent-fraud
body: ငွေပေးချေမှုများ လုပ်ဆောင်ရန် weight=1.5 concept=to-process-transactions
body: ဥပဒေကို လိုက်နာရန် weight=1 concept=to-comply-with-law
body: ဥပဒေနှင့် ကိုက်ညီစေရန် weight=1 concept=to-comply-with-law

[legal-basis]
heading: ဥပဒေဆိုင်ရာ အခြေခံ concept=legal-basis
heading: ဥပဒေအခြေခံ concept=legal-basis
heading: တရားဝင် အခြေခံ concept=legal-basis
heading: စီမံဆောင်ရွက်ရန် ဥပဒေဆိုင်ရာ အခြေခံ concept=legal-basis
heading: မည်သည့် အခြေခံဖြင့် concept=why-allowed
heading: မည်သည့် ဥပဒေအခြေခံဖြင့် concept=why-allowed
body: ဥပဒေဆိုင်ရာ အခြေခံ weight=3 concept=legal-basis-term
body: တရားဝင် အခြေခံ weight=3 concept=legal-basis-term
body: တရားဝင် အကျိုးစီးပွား weight=3 concept=legitimate-interests
body: အခြေခံ အခွင့်အရေးနှင့် လွတ်လပ်ခွင့် weight=2.5 concept=balancing-test
body: စာချုပ်ကို ဆောင်ရွက်ရန် weight=3 concept=performance-of-contract
body: စာချုပ် weight=1.5 concept=performance-of-contract
body: ဥပဒေဆိုင်ရာ တာဝန် weight=2.5 concept=legal-obligation
body: ဥပဒေဆိုင်ရာ ဝတ္တရား weight=2.5 concept=legal-obligation
body: အရေးကြီးသော အကျိုးစီးပွား weight=3 concept=vital-interests
body: ပြည်သူ့အကျိုးစီးပွား weight=2.5 concept=public-interest
body: အပိုဒ် ၆ weight=3 concept=article-6
body: ပုဒ်မ ၆ weight=3 concept=article-6
body: အပေါ် အခြေခံ၍ weight=2 concept=on-the-basis-of
body: တရားဝင် weight=1 concept=lawful
body: သဘောတူညီချက် weight=1 concept=consent-as-basis
body: လိုအပ် weight=0.5 concept=necessary

[consent]
heading: သဘောတူညီချက် concept=your-consent
heading: သင်၏ သဘောတူညီချက် concept=your-consent
heading: သဘောတူညီမှု concept=your-consent
heading: သဘောတူညီချက် ရုပ်သိမ်းခြင်း concept=withdrawal-of-consent
heading: သဘောတူညီချက်ကို ရုပ်သိမ်းခြင်း concept=withdrawal-of-consent
body: သဘောတူညီ weight=2.5 concept=you-consent
body: သဘောတူညီချက် weight=2.5 concept=you-consent
body: ရုပ်သိမ်း weight=3 concept=withdraw
body: စိတ်ပြောင်းလဲ weight=2 concept=change-your-mind
body: သဘောတူ weight=1.5 concept=you-agree
body: ပြတ်သားသော သဘောတူညီချက် weight=2.5 concept=explicit-consent
body: ထင်ရှားသော သဘောတူညီချက် weight=2.5 concept=explicit-consent
body: ဆန္ဒအလျောက် weight=2.5 concept=freely-given
body: အမှန်ခြစ် weight=2 concept=opt-in
body: ခွင့်ပြုချက် weight=1.5 concept=permission
body: ရုပ်သိမ်းခြင်းမပြုမီ weight=2.5 concept=without-affecting-lawfulness
body: အချိန်မရွေး weight=1 concept=at-any-time

[sharing]
heading: အချက်အလက် မျှဝေခြင်း concept=sharing-of-information
heading: ကိုယ်ရေးအချက်အလက် မျှဝေခြင်း concept=sharing-of-information
heading: မျှဝေခြင်း concept=sharing-of-information
heading: မျှဝေခြင်းနှင့် ထုတ်ဖော်ခြင်း concept=sharing-of-information
heading: ကျွန်ုပ်တို့ အချက်အလက်ကို မျှဝေပုံ concept=how-we-share
heading: မျှဝေပုံ concept=how-we-share
heading: ကျွန်ုပ်တို့ မျှဝေသော အချက်အလက် concept=how-we-share
heading: မည်သူနှင့် မျှဝေသနည်း concept=who-we-share-with
heading: အချက်အလက်ကို မည်သူနှင့် မျှဝေသနည်း concept=who-we-share-with
heading: ထုတ်ဖော်ခြင်း concept=disclosure-of-information
heading: အချက်အလက် ထုတ်ဖော်ခြင်း concept=disclosure-of-information
heading: ထုတ်ဖော်ပြသခြင်း concept=disclosure-of-information
heading: ပြင်ပအဖွဲ့အစည်းများ concept=third-parties
heading: တတိယအဖွဲ့အစည်းများ concept=third-parties
heading: တတိယပါတီများ concept=third-parties
heading: ဝန်ဆောင်မှုပေးသူများ concept=service-providers-heading
heading: လုပ်ငန်း လွှဲပြောင်းခြင်း concept=business-transfers
heading: စီးပွားရေး လွှဲပြောင်းမှုများ concept=business-transfers
heading: ဥပဒေဆိုင်ရာ တောင်းဆိုမှုများ concept=legal-requests
heading: ဥပဒေစိုးမိုးရေး concept=legal-requests
heading: အချက်အလက် ရောင်းချခြင်း concept=sale-of-information
heading: သင့်အချက်အလက်ကို ရောင်းချပါသလား concept=sale-of-information
heading: ပြင်ပအဖွဲ့အစည်းများထံ လွှဲပြောင်းခြင်း concept=transfer-to-third-parties
heading: တတိယအဖွဲ့အစည်းများထံ လွှဲပြောင်းခြင်း concept=transfer-to-third-parties
heading: ငွေပေးချေမှုများ concept=payments-purchases
heading: အက်ပ်အတွင်း ဝယ်ယူမှုများ concept=payments-purchases
body: မျှဝေ weight=2 concept=share
body: ထုတ်ဖော် weight=2.5 concept=disclose
body: ပြင်ပအဖွဲ့အစည်း weight=1 concept=third-parties-term
body: တတိယအဖွဲ့အစည်း weight=1 concept=third-parties-term
body: တတိယပါတီ weight=1 concept=third-parties-term
body: ဝန်ဆောင်မှုပေးသူ weight=2 concept=service-providers
body: ကျွန်ုပ်တို့ကိုယ်စား weight=1.5 concept=on-our-behalf
body: ဆက်စပ်ကုမ္ပဏီ weight=2 concept=affiliates
body: လုပ်ငန်းခွဲ weight=2 concept=affiliates
body: ကုမ္ပဏီခွဲ weight=2 concept=affiliates
body: စီးပွားရေး မိတ်ဖက် weight=1.5 concept=business-partners
body: လက်ခံရရှိသူ weight=2 concept=recipients
body: ပေါင်းစည်းခြင်း weight=2.5 concept=corporate-transaction
body: ဒေဝါလီ weight=2.5 concept=corporate-transaction
body: ပိုင်ဆိုင်မှု ရောင်းချ weight=2.5 concept=corporate-transaction
body: ဥပဒေစိုးမိုးရေး weight=2 concept=authorities
body: အစိုးရ အာဏာပိုင် weight=2 concept=authorities
body: ရဲတပ်ဖွဲ့ weight=2 concept=authorities
body: တရားရုံးအမိန့် weight=2.5 concept=legal-process
body: ဆင့်ခေါ်စာ weight=2.5 concept=legal-process
body: ရောင်းချ weight=1.5 concept=sell

[cookies]
heading: ကွတ်ကီး concept=cookies
heading: ကွတ်ကီး မူဝါဒ concept=cookies
heading: ကွတ်ကီး အသုံးပြုခြင်း concept=cookies
heading: ခြေရာခံ နည်းပညာများ concept=tracking-technologies
heading: အလားတူ နည်းပညာများ concept=tracking-technologies
heading: ခြေရာခံခြင်း နည်းပညာ concept=tracking-technologies
heading: ဝဘ် ဘီကွန် concept=web-beacons
heading: ပစ်ဆယ် တဂ် concept=web-beacons
heading: မှတ်တမ်းဖိုင်များ concept=log-files
heading: ခွဲခြမ်းစိတ်ဖြာမှု concept=analytics
heading: ခွဲခြမ်းစိတ်ဖြာခြင်း concept=analytics
body: ကွတ်ကီး weight=3 concept=cookie
body: cookie* weight=3 concept=cookie
body: စာသားဖိုင် weight=2.5 concept=text-files
body: ဘီကွန် weight=3 concept=web-beacon
body: ပစ်ဆယ် weight=3 concept=web-beacon
body: ခြေရာခံ weight=2.5 concept=tracking-technology
body: အလားတူ နည်းပညာ weight=2.5 concept=tracking-technology
body: ဒေသတွင်း သိုလှောင်မှု weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: ဆက်ရှင် weight=2 concept=cookie-lifetime
body: အမြဲတမ်း ကွတ်ကီး weight=2 concept=cookie-lifetime
body: မရှိမဖြစ် လိုအပ်သော weight=2.5 concept=cookie-categories
body: Google Analytics weight=2 concept=analytics-term
body: ခွဲခြမ်းစိတ်ဖြာမှု weight=1.5 concept=analytics-term
body: မှတ်တမ်းဖိုင် weight=2 concept=log-file
body: ဆာဗာ မှတ်တမ်း weight=2 concept=log-file
body: SDK weight=2 concept=sdk
body: လက်ဗွေ weight=2.5 concept=fingerprinting
body: ဘရောက်ဇာ ဆက်တင် weight=1.5 concept=browser-settings
body: ဘရောက်ဇာ weight=0.5 concept=browser
body: စက်ပစ္စည်း weight=0.5 concept=device

[advertising]
heading: ကြော်ငြာ concept=advertising
heading: ကြော်ငြာခြင်း concept=advertising
heading: ကြော်ငြာနှင့် စျေးကွက်ရှာဖွေရေး concept=advertising
heading: စျေးကွက်ရှာဖွေရေး concept=marketing
heading: ဈေးကွက်ရှာဖွေရေး concept=marketing
heading: တိုက်ရိုက် စျေးကွက်ရှာဖွေရေး concept=marketing
heading: စျေးကွက်ရှာဖွေရေး ဆက်သွယ်မှုများ concept=marketing-communications
heading: ပရိုမိုးရှင်း ဆက်သွယ်မှုများ concept=marketing-communications
heading: စိတ်ဝင်စားမှုအပေါ် အခြေခံသော ကြော်ငြာ concept=interest-based-advertising
heading: ပစ်မှတ်ထား ကြော်ငြာ concept=interest-based-advertising
heading: ပြင်ပ ကြော်ငြာ concept=third-party-advertising
heading: ကြော်ငြာ ကွန်ရက်များ concept=third-party-advertising
body: ကြော်ငြာ weight=2.5 concept=ads
body: ကြော်ငြာ ကွန်ရက် weight=3 concept=ad-networks
body: ကြော်ငြာ မိတ်ဖက် weight=3 concept=ad-networks
body: ပစ်မှတ်ထား weight=2.5 concept=interest-based
body: စိတ်ဝင်စားမှုအပေါ် အခြေခံ weight=2.5 concept=interest-based
body: ပြန်လည် ပစ်မှတ်ထား weight=3 concept=retargeting
body: သတင်းလွှာ weight=2.5 concept=marketing-messages
body: စျေးကွက်ရှာဖွေရေး weight=2 concept=marketing-purposes
body: ဈေးကွက်ရှာဖွေရေး weight=2 concept=marketing-purposes
body: ပရိုမိုးရှင်း weight=2 concept=promotions
body: အထူး ကမ်းလှမ်းချက် weight=2 concept=promotions
body: ကြော်ငြာ ထိရောက်မှု weight=2 concept=ad-measurement
body: စိတ်ဝင်စားမှု weight=0.5 concept=interests

[do-not-track]
heading: Do Not Track concept=do-not-track
heading: ခြေရာမခံပါနှင့် concept=do-not-track
heading: Global Privacy Control concept=global-privacy-control
heading: ဦးစားပေး အချက်ပြမှုများ concept=preference-signals
heading: ဘရောက်ဇာ အချက်ပြမှုများ concept=preference-signals
body: DNT weight=3 concept=dnt-signal
body: Do Not Track weight=3 concept=dnt-signal
body: GPC weight=3 concept=gpc-signal
body: Global Privacy Control weight=3 concept=gpc-signal
body: ဦးစားပေး အချက်ပြ weight=3 concept=opt-out-preference-signal
body: တစ်ပုံစံတည်းသော စံနှုန်း weight=3 concept=no-uniform-standard
body: တုံ့ပြန်ခြင်း မပြု weight=2.5 concept=do-not-respond
body: လေးစားလိုက်နာ weight=1.5 concept=honor-signals
body: ဝက်ဘ်ဆိုက်များ တစ်လျှောက် weight=2.5 concept=cross-site-tracking
body: ဘရောက်ဇာ weight=0.5 concept=browser-dnt

[choices]
heading: သင့်ရွေးချယ်မှုများ concept=your-choices
heading: သင်၏ ရွေးချယ်မှုများ concept=your-choices
heading: ရွေးချယ်မှုများ concept=your-choices
heading: ရွေးချယ်စရာများ concept=your-choices
heading: ငြင်းပယ်ခြင်း concept=opting-out
heading: opt out concept=opting-out
heading: ဦးစားပေးမှုများ စီမံခြင်း concept=managing-preferences
heading: ဆက်သွယ်ရေး ဦးစားပေးမှုများ concept=managing-preferences
heading: စာရင်းသွင်းမှု ပယ်ဖျက်ခြင်း concept=unsubscribing
heading: စာရင်းမှ ထွက်ခြင်း concept=unsubscribing
body: opt out weight=3 concept=opt-out
body: စာရင်းသွင်းမှု ပယ်ဖျက် weight=3 concept=unsubscribe
body: စာရင်းမှ ထွက် weight=3 concept=unsubscribe
body: လက်ခံရယူခြင်း ရပ်တန့် weight=3 concept=unsubscribe
body: ရွေးချယ်နိုင် weight=2.5 concept=choose-not-to
body: ရွေးချယ် weight=1.5 concept=choose-not-to
body: ငြင်းဆို weight=2 concept=decline
body: ငြင်းပယ် weight=2 concept=decline
body: ပရိုမိုးရှင်း အီးမေးလ် weight=2 concept=promotional-emails
body: ဦးစားပေးမှု weight=1.5 concept=preferences
body: ဆက်တင် weight=1.5 concept=settings
body: ပိတ်ထား weight=2 concept=disable
body: ပိတ်နိုင် weight=2 concept=disable
body: အသိပေးချက်များ ပိတ် weight=2 concept=device-permissions
body: တည်နေရာ ဝန်ဆောင်မှု weight=2 concept=device-permissions
body: အီးမေးလ်၏ အောက်ခြေ weight=1.5 concept=unsubscribe-link
body: အသုံးပြုနိုင်မည် မဟုတ် weight=1.5 concept=consequences-of-refusal
body: လက်ခံရရှိ weight=0.5 concept=receive

[rights]
heading: သင်၏ အခွင့်အရေးများ concept=your-rights
heading: သင့်အခွင့်အရေးများ concept=your-rights
heading: အခွင့်အရေးများ concept=your-rights
heading: ဒေတာပိုင်ရှင်၏ အခွင့်အရေးများ concept=your-rights
heading: အသုံးပြုသူ အခွင့်အရေးများ concept=your-rights
heading: ကိုယ်ရေးအချက်အလက် အခွင့်အရေးများ concept=your-rights
heading: သင်၏ အခွင့်အရေးများကို ကျင့်သုံးခြင်း concept=exercising-rights
heading: အခွင့်အရေးများ ကျင့်သုံးခြင်း concept=exercising-rights
heading: တောင်းဆိုချက် ပြုလုပ်နည်း concept=exercising-rights
heading: ဝင်ရောက်ကြည့်ရှုခြင်းနှင့် ပြင်ဆင်ခြင်း concept=access-and-correction
heading: ရယူခြင်းနှင့် ပြင်ဆင်ခြင်း concept=access-and-correction
heading: ပြင်ဆင်ခြင်းနှင့် ဖျက်ခြင်း concept=access-and-correction
heading: သင့်အချက်အလက်ကို ဝင်ရောက်ကြည့်ရှုခြင်း concept=access-and-correction
heading: ခွင့်ပြုထားသော ကိုယ်စားလှယ် concept=authorized-agents
heading: ခွင့်ပြုထားသော ကိုယ်စားလှယ်များ concept=authorized-agents
body: ဝင်ရောက်ကြည့်ရှုခွင့် weight=3 concept=right-of-access
body: ရယူပိုင်ခွင့် weight=3 concept=right-of-access
body: ရယူသုံးစွဲခွင့် weight=3 concept=right-of-access
body: ဝင်ရောက်သုံးစွဲခွင့် weight=3 concept=right-of-access
body: SAR weight=2 concept=right-of-access
body: ပြင်ဆင်ခွင့် weight=3 concept=rectification
body: ပြင်ဆင်ပိုင်ခွင့် weight=3 concept=rectification
body: ဖျက်ခွင့် weight=3 concept=erasure
body: ဖျက်ပိုင်ခွင့် weight=3 concept=erasure
body: ပြင်ဆင် weight=2 concept=rectification
body: ပြုပြင် weight=1.5 concept=rectification
body: မှားယွင်း weight=2 concept=rectification
body: ဖျက်ပစ် weight=3 concept=erasure
body: ဖျက်ခြင်း weight=3 concept=erasure
body: ဖျက်ရန် weight=2.5 concept=erasure
body: မေ့ပျောက်ခံပိုင်ခွင့် weight=3 concept=erasure
body: သယ်ဆောင်နိုင်မှု weight=3 concept=portability
body: ကန့်ကွက် weight=3 concept=right-to-object
body: ကန့်သတ် weight=2.5 concept=restriction
body: တိုင်ကြား weight=3 concept=complaint-to-authority
body: ကြီးကြပ်ရေး အာဏာပိုင် weight=3 concept=complaint-to-authority
body: ကျင့်သုံး weight=2 concept=exercise-rights
body: အထောက်အထား အတည်ပြု weight=2 concept=verify-identity
body: ကိုယ်စားလှယ် weight=2 concept=authorized-agent
body: ခွဲခြားဆက်ဆံ weight=1.5 concept=non-discrimination
body: ဒေတာပိုင်ရှင် weight=2 concept=data-subject-rights
body: မိတ္တူ weight=1 concept=copy-of-data
body: အခွင့်အရေး weight=1.5
body: ပိုင်ခွင့် weight=1.5
body: ဝင်ရောက်ကြည့်ရှု weight=1.5 concept=access
body: တောင်းဆို weight=0.3 concept=request

[retention]
heading: ဒေတာ သိမ်းဆည်းခြင်း concept=data-retention
heading: အချက်အလက် သိမ်းဆည်းခြင်း concept=data-retention
heading: အချက်အလက် သိမ်းဆည်းထားခြင်း concept=data-retention
heading: ကိုယ်ရေးအချက်အလက် သိမ်းဆည်းထားခြင်း concept=data-retention
heading: သိမ်းဆည်းထားခြင်း concept=data-retention
heading: သိမ်းဆည်းထားမည့် ကာလ concept=retention-period
heading: သိမ်းဆည်းသည့် ကာလ concept=retention-period
heading: မည်မျှကြာ သိမ်းဆည်းထားသနည်း concept=how-long-we-keep
heading: မည်မျှကြာအောင် သိမ်းဆည်းထားသနည်း concept=how-long-we-keep
heading: သိုလှောင်ခြင်းနှင့် သိမ်းဆည်းခြင်း concept=storage-and-retention
heading: သိမ်းဆည်းခြင်းနှင့် ဖျက်ခြင်း concept=retention-and-deletion
heading: သိမ်းဆည်းခြင်းနှင့် ဖျက်ပစ်ခြင်း concept=retention-and-deletion
body: သိမ်းဆည်းထား weight=3 concept=retain
body: လိုအပ်သရွေ့ weight=3 concept=as-long-as-necessary
body: လိုအပ်သလောက် weight=2.5 concept=as-long-as-necessary
body: မလိုအပ်တော့ weight=2.5 concept=no-longer-needed
body: ထိန်းသိမ်းထား weight=1.5 concept=keep
body: ကာလ weight=1.5 concept=retention-criteria
body: အမည်မသိ weight=2 concept=anonymise
body: ဖျက်ဆီး weight=2 concept=destroy
body: မော်ကွန်း weight=2 concept=archive
body: အခွန်ဆိုင်ရာ weight=2 concept=legal-retention-requirements
body: အသုံးမပြုသော အကောင့် weight=2 concept=inactive-accounts
body: သိုလှောင် weight=1 concept=store
body: သိမ်းဆည်း weight=1 concept=store
body: နှစ် weight=0.5 concept=years

[security]
heading: ဒေတာ လုံခြုံရေး concept=data-security
heading: အချက်အလက် လုံခြုံရေး concept=data-security
heading: လုံခြုံရေး concept=data-security
heading: သင့်အချက်အလက်၏ လုံခြုံရေး concept=data-security
heading: လုံခြုံရေး အစီအမံများ concept=security-measures
heading: လုံခြုံရေး ဆိုင်ရာ အစီအမံများ concept=security-measures
heading: ကျွန်ုပ်တို့ သင့်အချက်အလက်ကို ကာကွယ်ပုံ concept=how-we-protect
heading: ကာကွယ်ပုံ concept=how-we-protect
heading: အချက်အလက် ကာကွယ်ခြင်း concept=how-we-protect
body: လုံခြုံ weight=2 concept=secure
body: လုံခြုံရေး weight=2 concept=secure
body: လုံခြုံမှု weight=1.5 concept=secure
body: အကာအကွယ် weight=2.5 concept=safeguards
body: ကုဒ်ဝှက် weight=3 concept=encryption
body: စာဝှက် weight=3 concept=encryption
body: SSL weight=3 concept=encryption
body: TLS weight=3 concept=encryption
body: ခွင့်ပြုချက်မရှိဘဲ weight=3 concept=unauthorized-access
body: ခွင့်ပြုချက်မဲ့ weight=3 concept=unauthorized-access
body: ဆုံးရှုံး weight=2.5 concept=loss-misuse-alteration
body: အလွဲသုံးစား weight=2.5 concept=loss-misuse-alteration
body: နည်းပညာနှင့် အဖွဲ့အစည်းဆိုင်ရာ အစီအမံ weight=3 concept=technical-organisational-measures
body: ရုပ်ပိုင်းဆိုင်ရာ weight=1.5 concept=physical-safeguards
body: စကားဝှက် weight=2.5 concept=technical-controls
body: မီးတံတိုင်း weight=2.5 concept=technical-controls
body: ပေါက်ကြား weight=2.5 concept=breach
body: ချိုးဖောက်မှု weight=2 concept=breach
body: အားနည်းချက် weight=2 concept=breach
body: လျှို့ဝှက် weight=1.5 concept=confidentiality
body: အာမခံ၍ မရ weight=2.5 concept=no-guarantee
body: အာမခံနိုင်ခြင်း မရှိ weight=2.5 concept=no-guarantee
body: စံနှုန်း weight=1 concept=industry-standard
body: ကာကွယ် weight=1 concept=protect
body: သေချာစေ weight=0.5 concept=ensure

[children]
heading: ကလေးများ concept=childrens-privacy
heading: ကလေးများ၏ ကိုယ်ရေးအချက်အလက် concept=childrens-privacy
heading: ကလေးငယ်များ concept=childrens-privacy
heading: အသက်ကန့်သတ်ချက် concept=age-limits
heading: အသက် ကန့်သတ်ချက်များ concept=age-limits
heading: အရွယ်မရောက်သေးသူများ concept=minors
heading: အရွယ်မရောက်သူများ concept=minors
body: ကလေး weight=3 concept=children
body: ကလေးငယ် weight=3 concept=children
body: အရွယ်မရောက် weight=2.5 concept=minors-teens
body: ဆယ်ကျော်သက် weight=2.5 concept=minors-teens
body: နှစ်အောက် weight=2.5 concept=age-threshold
body: အသက်မပြည့် weight=2.5 concept=age-threshold
body: မိဘ weight=2.5 concept=parents-guardians
body: အုပ်ထိန်းသူ weight=2.5 concept=parents-guardians
body: မိဘ၏ သဘောတူညီချက် weight=3 concept=parental-consent
body: COPPA weight=3 concept=coppa
body: သိလျက်နှင့် weight=3 concept=knowingly-collect
body: ရည်ရွယ်ထားခြင်း မရှိ weight=2 concept=not-directed-to-children
body: သိရှိရပါက weight=2 concept=if-we-learn
body: အသက် weight=1.5 concept=age

[international]
heading: နိုင်ငံတကာ ဒေတာ လွှဲပြောင်းခြင်း concept=international-transfers
heading: နိုင်ငံတကာ လွှဲပြောင်းမှုများ concept=international-transfers
heading: နယ်စပ်ဖြတ်ကျော် ဒေတာလွှဲပြောင်းခြင်း concept=international-transfers
heading: ဒေတာ လွှဲပြောင်းခြင်း concept=data-transfers
heading: အချက်အလက် လွှဲပြောင်းခြင်း concept=data-transfers
heading: မည်သည့်နေရာတွင် သိမ်းဆည်းသနည်း concept=where-we-store
heading: ဒေတာ သိမ်းဆည်းသည့် နေရာ concept=where-we-store
heading: စီမံဆောင်ရွက်သည့် နေရာ concept=where-we-store
body: လွှဲပြောင်း weight=1.5 concept=transfer
body: နယ်စပ်ဖြတ်ကျော် weight=3 concept=cross-border
body: အခြားနိုင်ငံများ weight=2.5 concept=other-countries
body: အခြား နိုင်ငံ weight=2.5 concept=other-countries
body: နိုင်ငံခြား weight=2 concept=other-countries
body: ဥရောပ စီးပွားရေး ဒေသ weight=2 concept=eea
body: EEA weight=2 concept=eea
body: အမေရိကန်ပြည်ထောင်စု weight=1.5 concept=united-states
body: စံ စာချုပ်ဆိုင်ရာ အပိုဒ်များ weight=3 concept=transfer-safeguards
body: သင့်လျော်သော အကာအကွယ်များ weight=3 concept=transfer-safeguards
body: လုံလောက်မှု ဆုံးဖြတ်ချက် weight=3 concept=adequacy
body: Privacy Shield weight=3 concept=privacy-frameworks
body: Data Privacy Framework weight=3 concept=privacy-frameworks
body: ကာကွယ်မှု နည်းပါး weight=2 concept=less-protective
body: တရားစီရင်ပိုင်ခွင့် weight=2 concept=jurisdictions
body: တည်ရှိသော ဆာဗာ weight=2.5 concept=server-location
body: ဆာဗာ weight=0.5 concept=server-location
body: ကမ္ဘာတစ်ဝှမ်း weight=1.5 concept=around-the-world

[regional]
heading: ကယ်လီဖိုးနီးယား နေထိုင်သူများ concept=california
heading: ကယ်လီဖိုးနီးယား ကိုယ်ရေးအချက်အလက် အခွင့်အရေးများ concept=california
heading: ကယ်လီဖိုးနီးယား concept=california
heading: နီဗားဒါး နေထိုင်သူများ concept=us-state-rights
heading: ပြည်နယ် ကိုယ်ရေးအချက်အလက် အခွင့်အရေးများ concept=us-state-rights
heading: အမေရိကန် ပြည်နယ်များ concept=us-state-rights
heading: ဥရောပ စီးပွားရေး ဒေသ နေထိုင်သူများ concept=eea-gdpr-notice
heading: GDPR လိုက်နာမှု concept=eea-gdpr-notice
heading: ဥရောပသမဂ္ဂ အသုံးပြုသူများ concept=eea-gdpr-notice
heading: ဒေသဆိုင်ရာ ပြဋ္ဌာန်းချက်များ concept=jurisdiction-specific
heading: နိုင်ငံအလိုက် ပြဋ္ဌာန်းချက်များ concept=jurisdiction-specific
heading: ccpa concept=jurisdiction-specific
heading: lgpd concept=jurisdiction-specific
heading: pipeda concept=jurisdiction-specific
body: ကယ်လီဖိုးနီးယား weight=3 concept=california-law
body: CCPA weight=2.5 concept=california-law
body: CPRA weight=3 concept=california-law
body: နီဗားဒါး weight=3 concept=us-states
body: ဗာဂျီးနီးယား weight=3 concept=us-states
body: ကော်လိုရာဒို weight=3 concept=us-states
body: နေထိုင်သူ weight=2 concept=residents
body: စားသုံးသူ weight=1.5 concept=consumers
body: မရောင်းချပါနှင့် weight=3 concept=do-not-sell
body: ငွေကြေးဆိုင်ရာ မက်လုံး weight=3 concept=financial-incentives
body: ပြီးခဲ့သော ၁၂ လ weight=3 concept=preceding-12-months
body: GDPR weight=2.5 concept=eu-gdpr
body: ဥရောပသမဂ္ဂ weight=2.5 concept=eu-gdpr
body: ဘရာဇီး weight=2.5 concept=brazil-lgpd
body: LGPD weight=2.5 concept=brazil-lgpd
body: ကနေဒါ weight=2.5 concept=canada-pipeda
body: PIPEDA weight=2.5 concept=canada-pipeda
body: ပြည်နယ် weight=0.5 concept=state

[third-party-sites]
heading: ပြင်ပ ဝက်ဘ်ဆိုက်များ concept=third-party-websites
heading: တတိယပါတီ ဝက်ဘ်ဆိုက်များ concept=third-party-websites
heading: အခြား ဝက်ဘ်ဆိုက်များ concept=third-party-websites
heading: အခြား ဝက်ဘ်ဆိုက်များသို့ လင့်ခ်များ concept=links-to-other-sites
heading: ပြင်ပ လင့်ခ်များ concept=links-to-other-sites
heading: လင့်ခ်များ concept=links-to-other-sites
heading: တတိယပါတီ ဝန်ဆောင်မှုများ concept=third-party-services
heading: ပြင်ပ ဝန်ဆောင်မှုများ concept=third-party-services
heading: လူမှုမီဒီယာ ပလပ်ဂင်များ concept=social-media-plugins
heading: တတိယပါတီ ကိုယ်ရေးအချက်အလက် မူဝါဒများ concept=third-party-privacy-policies
heading: လူမှုမီဒီယာ concept=social-media-presence
heading: လူမှုကွန်ရက် concept=social-media-presence
heading: ပြင်ပအဖွဲ့အစည်းများ စုဆောင်းသော အချက်အလက် concept=third-party-data-collection
heading: တတိယပါတီများ စုဆောင်းသော အချက်အလက် concept=third-party-data-collection
heading: ကွန်ရက် ချိတ်ဆက်မှုများ weight=2 concept=network-connections
heading: စက်ပစ္စည်းမှ ထွက်ခွာ weight=2 concept=network-connections
heading: အင်တာနက်မှတစ်ဆင့် ပို့ weight=2 concept=network-connections
heading: စက်ပစ္စည်း ပြင်ပသို့ ပို့ weight=2 concept=network-connections
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
body: လင့်ခ် weight=3 concept=links
body: လင့် weight=2 concept=links
body: အခြား ဝက်ဘ်ဆိုက် weight=2.5 concept=other-sites
body: ပြင်ပ ဝက်ဘ်ဆိုက် weight=2.5 concept=other-sites
body: တတိယပါတီ အပလီကေးရှင်း weight=2 concept=third-party-applications
body: တာဝန်မယူ weight=3 concept=not-responsible
body: တာဝန်ရှိမည် မဟုတ် weight=3 concept=not-responsible
body: ထိန်းချုပ်နိုင်ခြင်း မရှိ weight=2.5 concept=not-responsible
body: ၎င်းတို့၏ ကိုယ်ရေးအချက်အလက် မူဝါဒ weight=3 concept=their-privacy-policies
body: ဖတ်ရှုရန် တိုက်တွန်း weight=2.5 concept=encourage-review
body: ဝက်ဘ်ဆိုက်မှ ထွက်ခွာ weight=2.5 concept=leave-our-site
body: ပလပ်ဂင် weight=2.5 concept=plugins
body: ဝစ်ဂျက် weight=2.5 concept=plugins
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
body: အကြောင်းအရာ weight=0.5 concept=content
body: ပြန်လည်သုံးသပ် weight=0.5 concept=review

[changes]
heading: ဤမူဝါဒ ပြောင်းလဲမှုများ weight=2 concept=changes-to-policy
heading: မူဝါဒ ပြောင်းလဲမှုများ concept=changes-to-policy
heading: မူဝါဒ အပြောင်းအလဲများ concept=changes-to-policy
heading: အပြောင်းအလဲများ concept=changes-to-policy
heading: ပြောင်းလဲမှုများ concept=changes-to-policy
heading: ပြောင်းလဲခြင်း concept=changes-to-policy
heading: မူဝါဒ မွမ်းမံမှုများ concept=policy-updates
heading: ဤမူဝါဒကို မွမ်းမံခြင်း concept=policy-updates
heading: မွမ်းမံခြင်း concept=policy-updates
heading: ပြောင်းလဲမှုများကို အကြောင်းကြားခြင်း concept=notification-of-changes
heading: အသက်ဝင်သည့် ရက်စွဲ concept=entry-into-force
heading: စတင်အသက်ဝင်သည့်နေ့ concept=entry-into-force
heading: ပြင်ဆင်ချက်များ concept=amendments
heading: ပြင်ဆင်ပြောင်းလဲခြင်း concept=amendments
body: ပြောင်းလဲ weight=2.5 concept=change-update
body: အပြောင်းအလဲ weight=2.5 concept=change-update
body: မွမ်းမံ weight=2 concept=change-update
body: ပြင်ဆင်ချက် weight=1.5 concept=change-update
body: နောက်ဆုံး ဗားရှင်း weight=2 concept=latest-version
body: နောက်ဆုံးမွမ်းမံ weight=3 concept=effective-date
body: နောက်ဆုံး မွမ်းမံ weight=3 concept=effective-date
body: အသက်ဝင်သည့် ရက်စွဲ weight=3 concept=effective-date
body: အခါအားလျော်စွာ weight=2.5 concept=from-time-to-time
body: ရံဖန်ရံခါ weight=2.5 concept=from-time-to-time
body: သိသာထင်ရှားသော ပြောင်းလဲမှု weight=3 concept=material-changes
body: ဆက်လက်အသုံးပြု weight=3 concept=continued-use
body: ဆက်လက် အသုံးပြု weight=3 concept=continued-use
body: ပုံမှန် စစ်ဆေး weight=2.5 concept=check-back
body: ချက်ချင်း အသက်ဝင် weight=2.5 concept=effective-immediately
body: ပိုင်ခွင့်ကို ထိန်းသိမ်းထား weight=2 concept=reserve-the-right
body: အကြောင်းကြား weight=1.5 concept=notify-you
body: ဤစာမျက်နှာ weight=1 concept=posting
body: ဗားရှင်း weight=1 concept=version
body: အသိပေးချက် weight=0.5 concept=notice

[contact]
heading: ကျွန်ုပ်တို့ကို ဆက်သွယ်ရန် weight=2 concept=contact-us
heading: ကျွန်ုပ်တို့ကို ဆက်သွယ်ပါ weight=2 concept=contact-us
heading: ဆက်သွယ်ရန် concept=contact-us
heading: ဆက်သွယ်ပါ concept=contact-us
heading: ဆက်သွယ်ရန် အချက်အလက် concept=contact-information
heading: ဆက်သွယ်ရန် လိပ်စာ concept=contact-information
heading: ဆက်သွယ်ရမည့် အချက်အလက် concept=contact-information
heading: ကျွန်ုပ်တို့ကို မည်သို့ ဆက်သွယ်ရမည်နည်း concept=how-to-contact
heading: ဆက်သွယ်နည်း concept=how-to-contact
heading: မေးခွန်းများ concept=questions
heading: မေးမြန်းလိုသည်များ concept=questions
heading: ဒေတာ ကာကွယ်ရေး အရာရှိ concept=data-protection-officer
heading: ဒေတာကာကွယ်ရေးအရာရှိ concept=data-protection-officer
body: ဆက်သွယ် weight=2.5 concept=please-contact
body: ကျေးဇူးပြု၍ ဆက်သွယ် weight=3 concept=please-contact
body: မေးခွန်း weight=2.5 concept=questions-comments
body: စိုးရိမ်ပူပန်မှု weight=2 concept=questions-comments
body: အကြံပြုချက် weight=2 concept=questions-comments
body: စုံစမ်းမေးမြန်း weight=2.5 concept=questions-comments
body: ဒေတာကာကွယ်ရေးအရာရှိ weight=3 concept=dpo
body: ဒေတာ ကာကွယ်ရေး အရာရှိ weight=3 concept=dpo
body: DPO weight=3 concept=dpo
body: စာတိုက်လိပ်စာ weight=2 concept=postal-address
body: မြို့နယ် weight=1.5 concept=postal-address
body: ရန်ကုန် weight=1.5 concept=postal-address
body: တယ်လီဖုန်း weight=1.5 concept=telephone
body: ဖုန်း weight=1 concept=telephone
body: အီးမေးလ်ဖြင့် weight=1.5 concept=by-email
body: အီးမေးလ် weight=1 concept=by-email
body: ဖောက်သည် ဝန်ဆောင်မှု weight=1.5 concept=customer-service
body: လိပ်စာ weight=0.3 concept=address

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no cue inside it
# counts. Written whole.
# National security is a ground for disclosure to authorities, not data security.
အမျိုးသား လုံခြုံရေး
# ကိုယ်ရေးလုံခြုံမှု ("personal safety") is a word for privacy, not for security.
ကိုယ်ရေးလုံခြုံမှု
နိုင်ငံတော် လုံခြုံရေး
