# Bengali lexicon
# Bengali (বাংলা) is the language of Bangladesh and of the Indian states of West Bengal and
# Tripura (also Assam's Barak Valley), with large communities abroad.
# Legal vocabulary: Bangladeshi policies follow the Personal Data Protection Ordinance 2025
# (ব্যক্তিগত উপাত্ত সুরক্ষা অধ্যাদেশ, which replaced the draft উপাত্ত সুরক্ষা আইন) and the
# digital-security laws (ডিজিটাল নিরাপত্তা আইন ২০১৮, then সাইবার নিরাপত্তা আইন ২০২৩):
# the law's word for data is উপাত্ত, while policies write তথ্য (information) and the loan
# ডেটা/ডাটা; উপাত্ত নিয়ন্ত্রক/নিয়ন্ত্রণকারী (controller), উপাত্ত প্রক্রিয়াকারী (processor),
# উপাত্ত ধারক/উপাত্ত বিষয় (data subject), সম্মতি (consent), বৈধ স্বার্থ (legitimate interest).
# Indian Bengali policies follow the DPDP Act 2023 (ডিজিটাল ব্যক্তিগত ডেটা সুরক্ষা আইন).
# Policies are titled গোপনীয়তা নীতি, গোপনীয়তার নীতিমালা or প্রাইভেসি পলিসি.
# Conventions: case and plural endings are written onto the noun (তথ্যের, তথ্যগুলি, শিশুদের),
# so nouns are written as stems with a trailing * (তথ্য* = তথ্য, তথ্যের, তথ্যসমূহ); verbs
# are written in the forms policies use (সংগ্রহ করি, সংগ্রহ করা হয়). Spelling varies and
# both forms are listed where both are common: কীভাবে/কিভাবে, ঘণ্টা/ঘন্টা, ইমেইল/ইমেল,
# ডেটা/ডাটা, কুকি/কুকিজ/কুকিস. Hyphens split words (ই-মেইল -> ই মেইল).
# Headings put their head last (তথ্যের ব্যবহার "use of information"): @heading-head last.
# Sources read for vocabulary (wording, not text, was taken):
#   techdiary-dev/techdiary.dev-nuxt2----deprecated, content/_pages/privacy.md (no licence
#     file in the repository)
#   n0k1b/lonthon-frontend, src/pages/PrivacyPolicyPage.js; vadym-bess/comixes-shop,
#     src/pages/cookiePolicy/index.jsx; Redwan-Hussain-Shawon/dozkart,
#     app/privacy-policy.php (read in excerpts; licences not checked)
@language bn
@name Bengali
@heading-head last
@fold-accents no     # vowel signs, hasanta and nukta are combining marks: folding would erase them and merge different words

[profile]
# Bengali is the only shipped language in Bengali script, which decides identification.
# weight=2 marks words that tell Bengali from Assamese, which shares the script
# (Assamese আৰু "and", আমি "we", ৰ/ৱ letters; Bengali এবং, আমরা, র/ব).
এবং weight=2
ও
বা
অথবা
যে
যা
যদি
তবে
কিন্তু
এই
এটি
এটা
সেই
সেগুলি
এগুলি
কোনো
কোন
সব
সকল
প্রতিটি
অন্য
অন্যান্য
আমরা weight=2
আমাদের weight=2
আমাদেরকে
আপনি weight=2
আপনার weight=2
আপনাকে weight=2
তারা
তাদের
জন্য weight=2
থেকে weight=2
সাথে weight=2
সঙ্গে
দ্বারা
মাধ্যমে
প্রতি
পর্যন্ত
সম্পর্কে weight=2
অনুযায়ী
ছাড়া
মধ্যে
পরে
আগে
সময়
যখন
কেবল
শুধুমাত্র
না weight=2
নয়
নেই
করি weight=2
করে weight=2
করা weight=2
করতে weight=2
করেন weight=2
করবেন
করব
করবো
করবে
করুন
হয় weight=2
হবে weight=2
হতে
হয়েছে
হলে
থাকে
থাকতে
পারে weight=2
পারি
পারেন
পারবেন
দিয়ে
দেওয়া
প্রদান
প্রদানের
তথ্য weight=2
তথ্যের weight=2
ব্যক্তিগত weight=2
ডেটা
ডাটা
উপাত্ত
গোপনীয়তা
গোপনীয়তার
নীতি
নীতিমালা
সেবা
সেবার
পরিষেবা
ওয়েবসাইট
ওয়েবসাইটে
অ্যাপ
ব্যবহার
ব্যবহারকারী
ব্যবহারকারীর
ব্যবহারকারীদের
সংগ্রহ
সংরক্ষণ
শেয়ার
তৃতীয়
পক্ষ
পক্ষের
অধিকার
নিরাপত্তা
কুকি
কুকিজ
বিজ্ঞাপন
সম্মতি
আইন
আইনের
আইনি
ইমেইল
ঠিকানা
অ্যাকাউন্ট
ডিভাইস
ব্রাউজার
প্রতিষ্ঠান
কোম্পানি
শিশু
শিশুদের
যোগাযোগ
পরিবর্তন
উদ্দেশ্যে
উদ্দেশ্য
প্রয়োজনীয়
প্রয়োজন
সম্পর্কিত
সংক্রান্ত
অনুরোধ
প্রক্রিয়া
প্রক্রিয়াকরণ

[units]
year: বছর, বছরের, বছরে, বছরেরও, বছরকাল, সাল
month: মাস, মাসের, মাসে, মাসেরও
week: সপ্তাহ, সপ্তাহের, সপ্তাহে
day: দিন, দিনের, দিনে, দিবস
hour: ঘণ্টা, ঘন্টা, ঘণ্টার, ঘন্টার, ঘণ্টায়, ঘন্টায়
minute: মিনিট, মিনিটের, মিনিটে
business-day: কার্যদিবস, কার্যদিবসের, কার্যদিবসে, কর্মদিবস, কর্মদিবসের, কর্মদিবসে

[numbers]
# Numerals (০-৯) are read as digits; these are the number words.
1: এক
2: দুই, দু
3: তিন
4: চার
5: পাঁচ
6: ছয়
7: সাত
8: আট
9: নয়
10: দশ
12: বারো, বার
13: তেরো
15: পনেরো, পনের
16: ষোল, ষোলো
18: আঠারো, আঠার
20: বিশ, কুড়ি
24: চব্বিশ
30: ত্রিশ, তিরিশ
60: ষাট
90: নব্বই
100: একশ, একশো, শত

[references]
gdpr: সাধারণ ডেটা সুরক্ষা প্রবিধান, সাধারণ উপাত্ত সুরক্ষা প্রবিধান, জেনারেল ডেটা প্রোটেকশন রেগুলেশন, gdpr
ccpa: ক্যালিফোর্নিয়া কনজিউমার প্রাইভেসি অ্যাক্ট, ক্যালিফোর্নিয়া ভোক্তা গোপনীয়তা আইন, ccpa
cpra: ক্যালিফোর্নিয়া গোপনীয়তা অধিকার আইন, cpra
coppa: শিশুদের অনলাইন গোপনীয়তা সুরক্ষা আইন, coppa
lgpd: ব্রাজিলের সাধারণ উপাত্ত সুরক্ষা আইন, lgpd
pipeda: pipeda
# Bangladesh: Personal Data Protection Ordinance 2025 (earlier drafted as the Data
# Protection Act); India's DPDP Act 2023 has no canonical id yet and is filed with it as
# the local "personal data protection" law, as id.lex does with UU PDP.
pdpa: ব্যক্তিগত উপাত্ত সুরক্ষা অধ্যাদেশ, ব্যক্তিগত উপাত্ত সুরক্ষা অধ্যাদেশ ২০২৫, উপাত্ত সুরক্ষা আইন, ব্যক্তিগত তথ্য সুরক্ষা আইন, ডিজিটাল ব্যক্তিগত ডেটা সুরক্ষা আইন, pdpa
# Bangladesh: Digital Security Act 2018, replaced by the Cyber Security Act 2023.
bd-dsa-2018: ডিজিটাল নিরাপত্তা আইন, ডিজিটাল নিরাপত্তা আইন ২০১৮
bd-csa-2023: সাইবার নিরাপত্তা আইন, সাইবার নিরাপত্তা আইন ২০২৩

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
ব্যবহারের শর্তাবলী
ব্যবহারের শর্তাবলি
ব্যবহারের শর্তসমূহ
পরিষেবার শর্তাবলী
সেবার শর্তাবলী
শর্তাবলী ও নিয়মাবলী
প্রযোজ্য আইন
প্রযোজ্য আইন ও এখতিয়ার
নিয়ন্ত্রক আইন
এখতিয়ার
বিচারিক এখতিয়ার
পৃথকযোগ্যতা
সম্পূর্ণ চুক্তি
অনিবার্য পরিস্থিতি
দায়মুক্তি
দায়বদ্ধতার সীমাবদ্ধতা
দায়ের সীমাবদ্ধতা
অনুবাদ
অন্যান্য অনুবাদ
ভাষা সংস্করণ
ইংরেজি সংস্করণ প্রাধান্য পাবে
লাইসেন্স
কপিরাইট
কৃতজ্ঞতা
সূচিপত্র

# ---------------------------------------------------------------------------------------
# Sections.

[intro]
heading: ভূমিকা concept=introduction
heading: পরিচিতি concept=introduction
heading: সূচনা concept=introduction
heading: সাধারণ তথ্য concept=introduction
heading: সারসংক্ষেপ concept=summary
heading: সংক্ষিপ্ত বিবরণ concept=summary
heading: এক নজরে concept=summary
heading: মূল বিষয়সমূহ concept=summary
heading: এই নীতি সম্পর্কে concept=about-this-policy
heading: এই গোপনীয়তা নীতি সম্পর্কে concept=about-this-policy
heading: এই নীতিমালা সম্পর্কে concept=about-this-policy
heading: পরিধি concept=scope
heading: এই নীতির পরিধি concept=scope
heading: প্রযোজ্যতা concept=scope
heading: এই নীতি কার জন্য প্রযোজ্য concept=scope
heading: আমরা কারা concept=who-we-are
heading: আমাদের সম্পর্কে concept=who-we-are
heading: আমাদের পরিচয় concept=who-we-are
heading: গোপনীয়তার প্রতি আমাদের প্রতিশ্রুতি concept=commitment-to-privacy
heading: আপনার গোপনীয়তার প্রতি আমাদের অঙ্গীকার concept=commitment-to-privacy
heading: আমাদের প্রতিশ্রুতি concept=commitment-to-privacy
heading: নীতির স্বীকৃতি concept=acceptance
heading: আপনার সম্মতি ও স্বীকৃতি concept=acceptance
heading: শর্তাবলীর স্বীকৃতি concept=acceptance
heading: গোপনীয়তা নীতি weight=0.5 concept=privacy-policy-title
heading: গোপনীয়তার নীতি weight=0.5 concept=privacy-policy-title
heading: গোপনীয়তা নীতিমালা weight=0.5 concept=privacy-policy-title
heading: গোপনীয়তার নীতিমালা weight=0.5 concept=privacy-policy-title
heading: প্রাইভেসি পলিসি weight=0.5 concept=privacy-policy-title
heading: গোপনীয়তা বিজ্ঞপ্তি weight=0.5 concept=privacy-policy-title
body: এই নীতিতে বর্ণনা weight=2.5 concept=policy-describes
body: ব্যাখ্যা করে weight=2 concept=policy-describes
body: বর্ণনা করে weight=2 concept=policy-describes
body: ব্যাখ্যা করেছি weight=2 concept=policy-describes
body: প্রযোজ্য weight=2 concept=policy-applies-to
body: প্রযোজ্য নয় weight=2.5 concept=policy-applies-to
body: প্রযোজ্য হবে weight=2.5 concept=policy-applies-to
body: ব্যবহার করে আপনি weight=1.5 concept=by-using
body: ব্যবহারের মাধ্যমে weight=1.5 concept=by-using
body: ভিজিট করে weight=1.5 concept=by-using
body: সম্মত হন weight=1.5 concept=acceptance-of-policy
body: গ্রহণ করেন weight=1.5 concept=acceptance-of-policy
body: স্বীকৃতি weight=1 concept=acceptance-of-policy
body: যদি আপনি সম্মত না হন weight=2 concept=if-you-do-not-agree
body: সম্মত না হলে weight=2 concept=if-you-do-not-agree
body: প্রতিশ্রুতিবদ্ধ weight=2 concept=committed-to-privacy
body: অঙ্গীকারবদ্ধ weight=2 concept=committed-to-privacy
body: সম্মান করি weight=2 concept=committed-to-privacy
body: অত্যন্ত গুরুত্ব দেয় weight=2 concept=committed-to-privacy
body: সর্বোচ্চ গুরুত্ব দিই weight=2 concept=committed-to-privacy
body: অতঃপর weight=1.5 concept=referred-to-as
body: এখানে উল্লিখিত weight=1 concept=referred-to-as
body: ব্যবহারের শর্তাবলী weight=1 concept=terms-of-use
body: ব্যবহারের শর্তাবলি weight=1 concept=terms-of-use
body: পরিষেবার শর্তাবলী weight=1 concept=terms-of-use
body: শর্তাবলী weight=0.5 concept=terms-of-use
body: মনোযোগ সহকারে পড়ুন weight=1.5 concept=please-read
body: মনোযোগ দিয়ে পড়ুন weight=1.5 concept=please-read
body: অনুগ্রহ করে পড়ুন weight=1.5 concept=please-read
body: এই গোপনীয়তা নীতি weight=0.5 concept=this-privacy-policy
body: এই নীতি weight=0.5 concept=this-privacy-policy
body: এই নীতিমালা weight=0.5 concept=this-privacy-policy
body: গোপনীয়তা* weight=0.3 concept=privacy
body: প্রাইভেসি weight=0.3 concept=privacy
body: ওয়েবসাইট* weight=0.3 concept=website
body: অ্যাপ* weight=0.3 concept=website
body: সাইট* weight=0.3 concept=website
body: সেবা* weight=0.3 concept=services
body: পরিষেবা* weight=0.3 concept=services
body: কোম্পানি* weight=0.3 concept=company
body: প্রতিষ্ঠান* weight=0.3 concept=company

[definitions]
heading: সংজ্ঞা concept=definitions
heading: সংজ্ঞাসমূহ concept=definitions
heading: সংজ্ঞা ও ব্যাখ্যা concept=definitions
heading: শব্দের সংজ্ঞা concept=definitions
heading: গুরুত্বপূর্ণ শব্দাবলী concept=key-terms
heading: মূল শব্দসমূহ concept=key-terms
heading: পরিভাষা concept=key-terms
heading: শব্দকোষ concept=key-terms
heading: ব্যাখ্যা concept=interpretation
heading: ব্যাখ্যা ও সংজ্ঞা concept=interpretation
heading: আমরা কী বোঝাই concept=what-we-mean-by
heading: আমরা কি বোঝাই concept=what-we-mean-by
heading: ব্যক্তিগত তথ্য বলতে কী বোঝায় concept=what-we-mean-by
body: বলতে বোঝায় weight=3 concept=means
body: বোঝায় weight=3 concept=means
body: বোঝাবে weight=3 concept=means
body: অর্থ weight=2 concept=means
body: অর্থে weight=2 concept=means
body: নির্দেশ করে weight=2.5 concept=refers-to
body: উল্লেখ করে weight=2 concept=refers-to
body: নিম্নলিখিত সংজ্ঞা weight=3 concept=defined-terms-intro
body: নিম্নোক্ত শব্দ weight=3 concept=defined-terms-intro
body: শব্দগুলি weight=1.5 concept=defined-terms-intro
body: শব্দসমূহ weight=1.5 concept=defined-terms-intro
body: এই নীতির উদ্দেশ্যে weight=2.5 concept=as-used-in-this-policy
body: এই নীতিতে ব্যবহৃত weight=2.5 concept=as-used-in-this-policy
body: ব্যক্তিগত তথ্য বলতে weight=3 concept=personal-data-means
body: ব্যক্তিগত উপাত্ত অর্থ weight=3 concept=personal-data-means
body: শনাক্ত করা যায় weight=2.5 concept=identifiable-person
body: শনাক্তযোগ্য weight=2.5 concept=identifiable-person
body: সনাক্তযোগ্য weight=2.5 concept=identifiable-person
body: ব্যক্তিকে শনাক্ত weight=2 concept=identifiable-person
body: এরপর থেকে weight=2 concept=hereinafter
body: অতঃপর weight=2 concept=hereinafter
body: নিয়ন্ত্রক weight=1 concept=gdpr-roles
body: নিয়ন্ত্রণকারী weight=1 concept=gdpr-roles
body: প্রক্রিয়াকারী weight=1 concept=gdpr-roles
body: উপাত্ত বিষয় weight=1 concept=gdpr-roles
body: উপাত্ত ধারক weight=1 concept=gdpr-roles
body: অন্তর্ভুক্ত weight=0.5 concept=includes
body: ব্যবহারকারী* weight=0.3 concept=user
body: ব্যক্তিগত তথ্য* weight=0.2 concept=personal-data
body: ব্যক্তিগত ডেটা weight=0.2 concept=personal-data
body: ব্যক্তিগত উপাত্ত weight=0.2 concept=personal-data

[collection]
heading: সংগ্রহঃ weight=1.5 concept=collection-of-information
heading: সংগ্রহ weight=1.5 concept=collection-of-information
heading: আমরা যে তথ্য সংগ্রহ করি concept=what-we-collect
heading: আমরা যেসব তথ্য সংগ্রহ করি concept=what-we-collect
heading: আমরা কী তথ্য সংগ্রহ করি concept=what-we-collect
heading: আমরা কি তথ্য সংগ্রহ করি concept=what-we-collect
heading: আমরা যা সংগ্রহ করি concept=what-we-collect
heading: সংগৃহীত তথ্য concept=what-we-collect
heading: সংগ্রহকৃত তথ্য concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: অনুমতিসমূহ weight=2 concept=what-we-collect
heading: অ্যাপের অনুমতি weight=2 concept=what-we-collect
heading: অ্যাপ অনুমতি weight=2 concept=what-we-collect
heading: তথ্য সংগ্রহ concept=collection-of-information
heading: ব্যক্তিগত তথ্য সংগ্রহ concept=collection-of-information
heading: ডেটা সংগ্রহ concept=collection-of-information
heading: ডাটা সংগ্রহ concept=collection-of-information
heading: তথ্যের উৎস concept=sources-of-information
heading: তথ্যের উৎসসমূহ concept=sources-of-information
heading: আপনার প্রদত্ত তথ্য concept=information-you-provide
heading: আপনি যে তথ্য প্রদান করেন concept=information-you-provide
heading: আপনি আমাদের যে তথ্য দেন concept=information-you-provide
heading: যোগাযোগ ফর্ম weight=3 concept=information-you-provide
heading: স্বয়ংক্রিয়ভাবে সংগৃহীত তথ্য concept=collected-automatically
heading: স্বয়ংক্রিয়ভাবে সংগ্রহ করা তথ্য concept=collected-automatically
heading: লগ ডাটা concept=collected-automatically
heading: লগ ডেটা concept=collected-automatically
heading: ডিভাইস ডাটা concept=collected-automatically
heading: ডিভাইস ডেটা concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: আপনার ডিভাইসে থাকে weight=2 concept=on-device-data
heading: ডিভাইসেই থাকে weight=2 concept=on-device-data
heading: স্থানীয়ভাবে প্রক্রিয়া weight=2 concept=on-device-data
heading: স্থানীয়ভাবে সংরক্ষিত ডেটা weight=2 concept=on-device-data
heading: স্থানীয়ভাবে সংরক্ষিত ডাটা weight=2 concept=on-device-data
heading: স্থানীয়ভাবে সংরক্ষিত তথ্য weight=2 concept=on-device-data
heading: স্থানীয় প্রক্রিয়াকরণ weight=2 concept=on-device-data
heading: ডিভাইসে প্রক্রিয়াকরণ weight=2 concept=on-device-data
heading: আমরা কীভাবে তথ্য সংগ্রহ করি concept=how-we-collect
heading: আমরা কিভাবে তথ্য সংগ্রহ করি concept=how-we-collect
heading: তথ্য সংগ্রহের পদ্ধতি concept=how-we-collect
heading: ব্যক্তিগত তথ্যের ধরন concept=categories-of-data
heading: তথ্যের ধরন concept=categories-of-data
heading: তথ্যের প্রকারভেদ concept=categories-of-data
heading: ব্যক্তিগত তথ্যের শ্রেণি concept=categories-of-data
# "Payment information" names a category of data collected (not the payments section, whose word it holds).
heading: পেমেন্ট তথ্য weight=3 concept=categories-of-data
body: সংগ্রহ করি weight=2.5 concept=we-collect
body: সংগ্রহ করা হয় weight=2.5 concept=we-collect
body: সংগ্রহ করতে weight=2 concept=we-collect
body: সংগ্রহ করে weight=2 concept=we-collect
body: সংগ্রহ* weight=2 concept=we-collect
body: সংগৃহীত weight=2 concept=we-collect
body: সংগ্রহকৃত weight=2 concept=we-collect
body: আপনি প্রদান করেন weight=2 concept=you-provide
body: আপনার প্রদত্ত weight=2 concept=you-provide
body: আপনি আমাদের দেন weight=2 concept=you-provide
body: স্বেচ্ছায় weight=1.5 concept=you-provide
body: স্বয়ংক্রিয়ভাবে weight=2 concept=automatically
body: অটোমেটিক weight=2 concept=automatically
body: তথ্যের ধরন weight=2.5 concept=data-categories
body: তথ্যের শ্রেণি weight=2.5 concept=data-categories
body: উৎস* weight=1.5 concept=sources
body: প্রকাশ্যে উপলব্ধ weight=2 concept=publicly-available
body: সর্বজনীনভাবে উপলব্ধ weight=2 concept=publicly-available
body: ইমেইল ঠিকানা weight=1.5 concept=contact-details
body: ইমেল ঠিকানা weight=1.5 concept=contact-details
body: ফোন নম্বর weight=1.5 concept=contact-details
body: মোবাইল নম্বর weight=1.5 concept=contact-details
body: মোবাইল নাম্বার weight=1.5 concept=contact-details
body: ডাক ঠিকানা weight=1.5 concept=contact-details
body: আইপি ঠিকানা weight=2 concept=device-data
body: আইপি অ্যাড্রেস weight=2 concept=device-data
body: ইন্টারনেট প্রোটোকল weight=2 concept=device-data
body: ব্রাউজারের ধরন weight=2 concept=device-data
body: ব্রাউজারের ধরণ weight=2 concept=device-data
body: অপারেটিং সিস্টেম weight=2 concept=device-data
body: ডিভাইস সনাক্তকারী weight=2 concept=device-data
body: ডিভাইস শনাক্তকারী weight=2 concept=device-data
body: অবস্থান* weight=2 concept=location-data
body: লোকেশন weight=2 concept=location-data
body: ভূ-অবস্থান weight=2 concept=location-data
body: ব্যবহারের তথ্য weight=2 concept=usage-data
body: লগ ডাটা weight=2 concept=usage-data
body: লগ ডেটা weight=2 concept=usage-data
body: জনসংখ্যাতাত্ত্বিক weight=1.5 concept=demographic-data
body: বয়স ও লিঙ্গ weight=1.5 concept=demographic-data
body: জন্ম তারিখ weight=1.5 concept=demographic-data
body: জন্মতারিখ weight=1.5 concept=demographic-data
body: পেমেন্ট তথ্য weight=1 concept=payment-data
body: অর্থপ্রদানের তথ্য weight=1 concept=payment-data
body: কার্ডের তথ্য weight=1 concept=payment-data
body: ফর্ম* weight=1.5 concept=forms
body: নিবন্ধন* weight=1 concept=forms
body: রেজিস্ট্রেশন weight=1 concept=forms
body: নাম weight=1 concept=name
body: অ্যাকাউন্ট* weight=0.3 concept=account
body: তথ্য* weight=0.1 concept=information
body: ডেটা weight=0.1 concept=information
body: ডাটা weight=0.1 concept=information

[use]
heading: ব্যবহারঃ weight=1.5 concept=use-of-information # visarga written as a colon after a heading
heading: ব্যবহার weight=1.5 concept=use-of-information
heading: আমরা কীভাবে আপনার তথ্য ব্যবহার করি concept=how-we-use
heading: আমরা কিভাবে আপনার তথ্য ব্যবহার করি concept=how-we-use
heading: আমরা কীভাবে তথ্য ব্যবহার করি concept=how-we-use
heading: আমরা কিভাবে তথ্য ব্যবহার করি concept=how-we-use
heading: আমরা তথ্য কীভাবে ব্যবহার করি concept=how-we-use
heading: তথ্যের ব্যবহার concept=use-of-information
heading: ব্যক্তিগত তথ্যের ব্যবহার concept=use-of-information
heading: তথ্য ব্যবহার concept=use-of-information
heading: ডেটার ব্যবহার concept=use-of-information
heading: প্রক্রিয়াকরণের উদ্দেশ্য concept=purposes-of-processing
heading: ব্যবহারের উদ্দেশ্য concept=purposes-of-processing
heading: উদ্দেশ্য concept=purposes-of-processing
heading: আমরা কেন তথ্য সংগ্রহ করি concept=why-we-collect
heading: আমরা কেন আপনার তথ্য সংগ্রহ করি concept=why-we-collect
heading: তথ্য সংগ্রহের উদ্দেশ্য concept=why-we-collect
heading: ব্যক্তিগত তথ্য প্রক্রিয়াকরণ concept=processing-of-personal-data
heading: ব্যক্তিগত উপাত্ত প্রক্রিয়াকরণ concept=processing-of-personal-data
heading: তথ্য প্রক্রিয়াকরণ concept=processing-of-personal-data
heading: স্বয়ংক্রিয় সিদ্ধান্ত concept=automated-decision-making
heading: স্বয়ংক্রিয় সিদ্ধান্ত গ্রহণ concept=automated-decision-making
body: ব্যবহার করি weight=2 concept=we-use
body: ব্যবহার করা হয় weight=2 concept=we-use
body: ব্যবহৃত হয় weight=2 concept=we-use
body: ব্যবহার করতে পারি weight=2 concept=we-use
body: উদ্দেশ্য* weight=1.5 concept=purposes
body: নিম্নলিখিত উদ্দেশ্যে weight=2.5 concept=following-purposes
body: নিম্নোক্ত উদ্দেশ্য* weight=2.5 concept=following-purposes
body: নিম্নলিখিত উদ্দেশ্য weight=2.5 concept=following-purposes
body: নিম্নলিখিত কাজে weight=2.5 concept=following-purposes
body: প্রোফাইলিং weight=2 concept=profiling
body: প্রোফাইল তৈরি weight=2 concept=profiling
body: স্বয়ংক্রিয় সিদ্ধান্ত weight=1.5 concept=automated-decisions
body: স্বয়ংক্রিয় সিদ্ধান্ত গ্রহণ weight=1.5 concept=automated-decisions
body: সেবা প্রদান weight=1.5 concept=to-provide
body: পরিষেবা প্রদান weight=1.5 concept=to-provide
body: সেবা প্রদানের weight=1.5 concept=to-provide
body: পরিচালনা ও রক্ষণাবেক্ষণ weight=1.5 concept=to-provide
body: অর্ডার প্রক্রিয়াকরণ weight=1.5 concept=to-fulfil
body: অর্ডার পূরণ weight=1.5 concept=to-fulfil
body: ডেলিভারি weight=1 concept=to-fulfil
body: অ্যাকাউন্ট পরিচালনা weight=1.5 concept=to-administer
body: পরিচালনা করতে weight=1 concept=to-administer
body: উন্নত করতে weight=1.5 concept=to-improve
body: উন্নতি weight=1.5 concept=to-improve
body: উন্নয়ন weight=1.5 concept=to-improve
body: নতুন পণ্য weight=2 concept=to-develop
body: নতুন বৈশিষ্ট্য weight=2 concept=to-develop
body: নতুন ফিচার weight=2 concept=to-develop
body: ব্যক্তিগতকৃত weight=2 concept=to-personalise
body: ব্যক্তিগতকরণ weight=2 concept=to-personalise
body: কাস্টমাইজ weight=2 concept=to-personalise
body: আপনার সাথে যোগাযোগ weight=2 concept=to-communicate
body: আপনার সঙ্গে যোগাযোগ weight=2 concept=to-communicate
body: পাঠাতে weight=1 concept=to-send
body: পাঠানো weight=1 concept=to-send
body: প্রশ্নের উত্তর weight=1.5 concept=to-respond
body: অনুরোধের জবাব weight=1.5 concept=to-respond
body: গ্রাহক সহায়তা weight=1.5 concept=to-respond
body: বিশ্লেষণ* weight=1 concept=to-analyse
body: পরিসংখ্যান* weight=1 concept=to-analyse
body: সমস্যা সমাধান weight=2 concept=to-troubleshoot
body: ত্রুটি নির্ণয় weight=2 concept=to-troubleshoot
body: ত্রুটি সংশোধন weight=2 concept=to-troubleshoot
body: বাজার গবেষণা weight=2 concept=research
body: গবেষণা* weight=1.5 concept=research
body: জালিয়াতি weight=1.5 concept=to-prevent-fraud
body: প্রতারণা weight=1.5 concept=to-prevent-fraud
body: অপব্যবহার রোধ weight=1 concept=to-prevent-fraud
body: লেনদেন* weight=1.5 concept=to-process-transactions
body: পেমেন্ট প্রক্রিয়া weight=1.5 concept=to-process-transactions
body: আইনি বাধ্যবাধকতা পালন weight=1 concept=to-comply-with-law
body: আইন মেনে চলা weight=1 concept=to-comply-with-law
body: প্রযোজ্য আইন মেনে weight=1 concept=to-comply-with-law

[legal-basis]
heading: আইনি ভিত্তি concept=legal-basis
heading: প্রক্রিয়াকরণের আইনি ভিত্তি concept=legal-basis
heading: তথ্য প্রক্রিয়াকরণের আইনগত ভিত্তি concept=legal-basis
heading: আইনগত ভিত্তি concept=legal-basis
heading: প্রক্রিয়াকরণের বৈধতা concept=legal-basis
heading: কোন ভিত্তিতে আমরা আপনার তথ্য প্রক্রিয়া করি concept=why-allowed
heading: কেন আমরা আপনার তথ্য প্রক্রিয়া করতে পারি concept=why-allowed
body: আইনি ভিত্তি* weight=3 concept=legal-basis-term
body: আইনগত ভিত্তি* weight=3 concept=legal-basis-term
body: বৈধ ভিত্তি weight=3 concept=legal-basis-term
body: বৈধ স্বার্থ* weight=3 concept=legitimate-interests
body: ন্যায্য স্বার্থ weight=3 concept=legitimate-interests
body: মৌলিক অধিকার ও স্বাধীনতা weight=2.5 concept=balancing-test
body: চুক্তি সম্পাদন* weight=3 concept=performance-of-contract
body: চুক্তি পালন* weight=3 concept=performance-of-contract
body: চুক্তির বাধ্যবাধকতা weight=3 concept=performance-of-contract
body: আইনি বাধ্যবাধকতা* weight=2.5 concept=legal-obligation
body: আইনগত বাধ্যবাধকতা weight=2.5 concept=legal-obligation
body: আইনী বাধ্যবাধকতা* weight=2.5 concept=legal-obligation
body: গুরুত্বপূর্ণ স্বার্থ weight=3 concept=vital-interests
body: জীবন রক্ষা weight=2.5 concept=vital-interests
body: জনস্বার্থ* weight=2.5 concept=public-interest
body: অনুচ্ছেদ ৬ weight=3 concept=article-6
body: ধারা ৬ weight=3 concept=article-6
body: প্রক্রিয়াকরণ প্রয়োজন weight=2.5 concept=processing-necessary
body: জন্য প্রয়োজনীয় weight=1.5 concept=processing-necessary
body: ভিত্তিতে weight=2 concept=on-the-basis-of
body: বৈধ weight=1 concept=lawful
body: বৈধভাবে weight=1 concept=lawful
body: আইনসম্মত weight=1 concept=lawful
body: সম্মতি weight=1 concept=consent-as-basis
body: প্রয়োজনীয় weight=0.5 concept=necessary

[consent]
heading: সম্মতি concept=your-consent
heading: আপনার সম্মতি concept=your-consent
heading: সম্মতি প্রদান concept=your-consent
heading: সম্মতি প্রত্যাহার concept=withdrawal-of-consent
heading: সম্মতি প্রত্যাহারের অধিকার concept=withdrawal-of-consent
heading: কীভাবে সম্মতি প্রত্যাহার করবেন concept=withdrawal-of-consent
body: সম্মতি দেন weight=2.5 concept=you-consent
body: সম্মতি দিয়েছেন weight=2.5 concept=you-consent
body: সম্মতিতে weight=2.5 concept=you-consent
body: সম্মতি* weight=2 concept=you-consent
body: প্রত্যাহার* weight=3 concept=withdraw
body: বাতিল* weight=2 concept=withdraw
body: মত পরিবর্তন weight=2 concept=change-your-mind
body: সিদ্ধান্ত পরিবর্তন weight=2 concept=change-your-mind
body: সম্মত হন weight=1.5 concept=you-agree
body: সম্মত হচ্ছেন weight=1.5 concept=you-agree
body: সুস্পষ্ট সম্মতি weight=2.5 concept=explicit-consent
body: স্পষ্ট সম্মতি weight=2.5 concept=explicit-consent
body: স্বেচ্ছায় প্রদত্ত weight=2.5 concept=freely-given
body: স্বাধীনভাবে weight=2 concept=freely-given
body: টিক চিহ্ন weight=2 concept=opt-in
body: অপ্ট-ইন weight=2 concept=opt-in
body: অনুমতি* weight=1.5 concept=permission
body: প্রত্যাহারের আগে weight=2.5 concept=without-affecting-lawfulness
body: বৈধতাকে প্রভাবিত করবে না weight=2.5 concept=without-affecting-lawfulness
body: যেকোনো সময় weight=1 concept=at-any-time
body: যে কোনো সময় weight=1 concept=at-any-time
body: যেকোন সময় weight=1 concept=at-any-time

[sharing]
heading: তথ্য সরবরাহঃ concept=sharing-of-information
heading: তথ্য প্রকাশঃ concept=disclosure-of-information
heading: শেয়ার weight=1.5 concept=sharing-of-information
heading: শেয়ারিং weight=1.5 concept=sharing-of-information
heading: তথ্য শেয়ার concept=sharing-of-information
heading: তথ্য শেয়ারিং concept=sharing-of-information
heading: তথ্য আদান-প্রদান concept=sharing-of-information
heading: তথ্য সরবরাহ concept=sharing-of-information
heading: তথ্য ভাগ করে নেওয়া concept=sharing-of-information
heading: আমরা কীভাবে আপনার তথ্য শেয়ার করি concept=how-we-share
heading: আমরা কিভাবে তথ্য শেয়ার করি concept=how-we-share
heading: আমরা কার সাথে তথ্য শেয়ার করি concept=who-we-share-with
heading: আমরা কাদের সাথে তথ্য শেয়ার করি concept=who-we-share-with
heading: তথ্যের প্রাপক concept=who-we-share-with
heading: তথ্য প্রকাশ concept=disclosure-of-information
heading: ব্যক্তিগত তথ্য প্রকাশ concept=disclosure-of-information
heading: তৃতীয় পক্ষের কাছে প্রকাশ concept=disclosure-of-information
heading: তৃতীয় পক্ষ concept=third-parties
heading: তৃতীয় পক্ষের সাথে শেয়ার concept=third-parties
heading: পরিষেবা প্রদানকারী concept=service-providers-heading
heading: সেবা প্রদানকারী concept=service-providers-heading
heading: ব্যবসায়িক হস্তান্তর concept=business-transfers
heading: একীভূতকরণ ও অধিগ্রহণ concept=business-transfers
heading: আইনি প্রয়োজন concept=legal-requests
heading: আইন প্রয়োগকারী সংস্থা concept=legal-requests
heading: আইনগত প্রকাশ concept=legal-requests
heading: আমরা কি আপনার তথ্য বিক্রি করি concept=sale-of-information
heading: তথ্য বিক্রয় concept=sale-of-information
heading: ব্যক্তিগত তথ্য বিক্রি concept=sale-of-information
body: শেয়ার* weight=2 concept=share
body: ভাগ করি weight=2 concept=share
body: ভাগ করে weight=2 concept=share
body: আদান-প্রদান weight=1.5 concept=share
body: প্রকাশ করি weight=2.5 concept=disclose
body: প্রকাশ করা weight=2.5 concept=disclose
body: প্রকাশ করতে weight=2.5 concept=disclose
body: প্রকাশ* weight=1.5 concept=disclose
body: তৃতীয় পক্ষ* weight=1 concept=third-parties-term
body: থার্ড পার্টি weight=1 concept=third-parties-term
body: সেবা প্রদানকারী* weight=2 concept=service-providers
body: পরিষেবা প্রদানকারী* weight=2 concept=service-providers
body: সরবরাহকারী* weight=1.5 concept=service-providers
body: বিক্রেতা* weight=1 concept=service-providers
body: আমাদের পক্ষে weight=1.5 concept=on-our-behalf
body: আমাদের হয়ে weight=1.5 concept=on-our-behalf
body: সহযোগী প্রতিষ্ঠান* weight=2 concept=affiliates
body: অধীনস্থ প্রতিষ্ঠান* weight=2 concept=affiliates
body: সহায়ক প্রতিষ্ঠান* weight=2 concept=affiliates
body: ব্যবসায়িক অংশীদার* weight=1.5 concept=business-partners
body: পার্টনার* weight=1.5 concept=business-partners
body: প্রাপক* weight=2 concept=recipients
body: একীভূতকরণ weight=2.5 concept=corporate-transaction
body: অধিগ্রহণ weight=2.5 concept=corporate-transaction
body: দেউলিয়া* weight=2.5 concept=corporate-transaction
body: পুনর্গঠন weight=2.5 concept=corporate-transaction
body: সম্পদ বিক্রয় weight=2.5 concept=corporate-transaction
body: আইন প্রয়োগকারী সংস্থা* weight=2 concept=authorities
body: সরকারি কর্তৃপক্ষ* weight=2 concept=authorities
body: পুলিশ weight=2 concept=authorities
body: কর্তৃপক্ষ* weight=1.5 concept=authorities
body: আদালত* weight=2.5 concept=legal-process
body: সাবপোনা weight=2.5 concept=legal-process
body: সরল বিশ্বাসে weight=2.5 concept=legal-process
body: বিক্রি করি না weight=1.5 concept=sell
body: বিক্রি* weight=1.5 concept=sell
body: বিক্রয়* weight=1.5 concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: তৃতীয় পক্ষের কাছে তথ্য হস্তান্তর concept=transfer-to-third-parties
heading: তৃতীয় পক্ষকে তথ্য প্রদান concept=transfer-to-third-parties
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: পেমেন্ট weight=2 concept=payments-purchases
heading: পেমেন্ট প্রক্রিয়াকরণ weight=3 concept=payments-purchases
heading: অ্যাপের মধ্যে কেনাকাটা weight=2 concept=payments-purchases
heading: সাবস্ক্রিপশন weight=2 concept=payments-purchases

[cookies]
heading: কুকি concept=cookies
heading: কুকিজ concept=cookies
heading: কুকিস concept=cookies
heading: কুকি নীতি concept=cookies
heading: কুকির ব্যবহার concept=cookies
heading: কুকিজের ব্যবহার concept=cookies
heading: কুকি ও অনুরূপ প্রযুক্তি concept=tracking-technologies
heading: কুকিজ ও ট্র্যাকিং প্রযুক্তি concept=tracking-technologies
heading: ট্র্যাকিং প্রযুক্তি concept=tracking-technologies
heading: ওয়েব বীকন concept=web-beacons
heading: পিক্সেল ট্যাগ concept=web-beacons
heading: লগ ফাইল concept=log-files
heading: লগ ফাইলসমূহ concept=log-files
heading: বিশ্লেষণ concept=analytics
heading: অ্যানালিটিক্স concept=analytics
body: কুকি* weight=3 concept=cookie
body: cookie* weight=3 concept=cookie
body: ছোট টেক্সট ফাইল weight=2.5 concept=text-files
body: ছোট লেখা ফাইল weight=2.5 concept=text-files
body: টেক্সট ফাইল weight=2.5 concept=text-files
body: ছোট ফাইল weight=2 concept=text-files
body: ওয়েব বীকন* weight=3 concept=web-beacon
body: পিক্সেল* weight=3 concept=web-beacon
body: ট্র্যাকিং প্রযুক্তি weight=2.5 concept=tracking-technology
body: অনুরূপ প্রযুক্তি weight=2.5 concept=tracking-technology
body: একই ধরনের প্রযুক্তি weight=2.5 concept=tracking-technology
body: ট্র্যাকিং weight=2 concept=tracking-technology
body: লোকাল স্টোরেজ weight=2.5 concept=local-storage
body: স্থানীয় স্টোরেজ weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: সেশন কুকি* weight=2 concept=cookie-lifetime
body: স্থায়ী কুকি* weight=2 concept=cookie-lifetime
body: অত্যাবশ্যকীয় কুকি* weight=2.5 concept=cookie-categories
body: প্রয়োজনীয় কুকি* weight=2.5 concept=cookie-categories
body: কার্যকরী কুকি* weight=2.5 concept=cookie-categories
body: বিশ্লেষণমূলক কুকি* weight=2.5 concept=cookie-categories
body: গুগল অ্যানালিটিক্স weight=2 concept=analytics-term
body: google analytics weight=2 concept=analytics-term
body: অ্যানালিটিক্স weight=2 concept=analytics-term
body: লগ ফাইল* weight=2 concept=log-file
body: সার্ভার লগ weight=2 concept=log-file
body: এসডিকে weight=2 concept=sdk
body: sdk weight=2 concept=sdk
body: ফিঙ্গারপ্রিন্টিং weight=2.5 concept=fingerprinting
body: ব্রাউজারের সেটিংস weight=1.5 concept=browser-settings
body: ব্রাউজার সেটিংস weight=1.5 concept=browser-settings
body: ব্রাউজার* weight=0.5 concept=browser
body: ডিভাইস* weight=0.5 concept=device

[advertising]
heading: বিজ্ঞাপন concept=advertising
heading: বিজ্ঞাপন ও বিপণন concept=advertising
heading: বিপণন concept=marketing
heading: মার্কেটিং concept=marketing
heading: সরাসরি বিপণন concept=marketing
heading: বিপণন যোগাযোগ concept=marketing-communications
heading: প্রচারমূলক বার্তা concept=marketing-communications
heading: নিউজলেটার concept=marketing-communications
heading: আগ্রহভিত্তিক বিজ্ঞাপন concept=interest-based-advertising
heading: লক্ষ্যযুক্ত বিজ্ঞাপন concept=interest-based-advertising
heading: টার্গেটেড বিজ্ঞাপন concept=interest-based-advertising
heading: তৃতীয় পক্ষের বিজ্ঞাপন concept=third-party-advertising
heading: বিজ্ঞাপন নেটওয়ার্ক concept=third-party-advertising
body: বিজ্ঞাপন* weight=2.5 concept=ads
body: বিজ্ঞাপনদাতা* weight=2.5 concept=ads
body: ব্যানার weight=2 concept=ads
body: বিজ্ঞাপন নেটওয়ার্ক* weight=3 concept=ad-networks
body: বিজ্ঞাপন অংশীদার* weight=3 concept=ad-networks
body: আগ্রহভিত্তিক weight=2.5 concept=interest-based
body: আগ্রহের ভিত্তিতে weight=2.5 concept=interest-based
body: লক্ষ্যযুক্ত weight=2.5 concept=interest-based
body: টার্গেটেড weight=2.5 concept=interest-based
body: আচরণগত weight=2.5 concept=interest-based
body: রিটার্গেটিং weight=3 concept=retargeting
body: রিমার্কেটিং weight=3 concept=retargeting
body: নিউজলেটার* weight=2.5 concept=marketing-messages
body: বিপণন ইমেইল weight=2.5 concept=marketing-messages
body: প্রচারমূলক ইমেইল weight=2.5 concept=marketing-messages
body: বিপণনের উদ্দেশ্যে weight=2 concept=marketing-purposes
body: মার্কেটিং* weight=2 concept=marketing-purposes
body: বিপণন* weight=2 concept=marketing-purposes
body: প্রচার* weight=2 concept=promotions
body: অফার* weight=2 concept=promotions
body: বিশেষ অফার weight=2 concept=promotions
body: network advertising initiative weight=3 concept=ad-industry-programs
body: digital advertising alliance weight=3 concept=ad-industry-programs
body: বিজ্ঞাপনের কার্যকারিতা weight=2 concept=ad-measurement
body: কার্যকারিতা পরিমাপ weight=2 concept=ad-measurement
body: আগ্রহ* weight=0.5 concept=interests

[do-not-track]
heading: ট্র্যাক করবেন না concept=do-not-track
heading: ডু নট ট্র্যাক concept=do-not-track
heading: do not track concept=do-not-track
heading: গ্লোবাল প্রাইভেসি কন্ট্রোল concept=global-privacy-control
heading: global privacy control concept=global-privacy-control
heading: ব্রাউজার সংকেত concept=preference-signals
heading: পছন্দের সংকেত concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: ডু নট ট্র্যাক weight=3 concept=dnt-signal
body: ট্র্যাক করবেন না weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: gpc weight=3 concept=gpc-signal
body: global privacy control weight=3 concept=gpc-signal
body: গ্লোবাল প্রাইভেসি কন্ট্রোল weight=3 concept=gpc-signal
body: ব্রাউজার সংকেত weight=3 concept=opt-out-preference-signal
body: পছন্দের সংকেত weight=3 concept=opt-out-preference-signal
body: অভিন্ন মানদণ্ড weight=3 concept=no-uniform-standard
body: অভিন্ন শিল্প মানদণ্ড weight=3 concept=no-uniform-standard
body: সাড়া দিই না weight=2.5 concept=do-not-respond
body: প্রতিক্রিয়া জানাই না weight=2.5 concept=do-not-respond
body: সম্মান করি weight=1 concept=honor-signals
body: স্বীকৃতি দিই weight=1.5 concept=honor-signals
body: বিভিন্ন ওয়েবসাইটে weight=2 concept=cross-site-tracking
body: সময়ের সাথে weight=2 concept=cross-site-tracking
body: ব্রাউজার weight=0.5 concept=browser-dnt

[choices]
heading: আপনার পছন্দ concept=your-choices
heading: আপনার পছন্দসমূহ concept=your-choices
heading: আপনার বিকল্প concept=your-choices
heading: অপ্ট-আউট concept=opting-out
heading: অপ্ট আউট concept=opting-out
heading: কীভাবে অপ্ট আউট করবেন concept=opting-out
heading: পছন্দ পরিচালনা concept=managing-preferences
heading: যোগাযোগের পছন্দ concept=managing-preferences
heading: সাবস্ক্রিপশন বাতিল concept=unsubscribing
heading: আনসাবস্ক্রাইব concept=unsubscribing
body: অপ্ট আউট weight=3 concept=opt-out
body: অপ্ট-আউট weight=3 concept=opt-out
body: বেছে না নেওয়া weight=2.5 concept=opt-out
body: আনসাবস্ক্রাইব weight=3 concept=unsubscribe
body: সদস্যতা ত্যাগ weight=3 concept=unsubscribe
body: সাবস্ক্রিপশন বাতিল weight=3 concept=unsubscribe
body: গ্রহণ বন্ধ weight=3 concept=unsubscribe
body: বেছে নিতে পারেন weight=2.5 concept=choose-not-to
body: সিদ্ধান্ত নিতে পারেন weight=2.5 concept=choose-not-to
body: প্রত্যাখ্যান* weight=2 concept=decline
body: অস্বীকার weight=2 concept=decline
body: প্রচারমূলক ইমেইল weight=2 concept=promotional-emails
body: প্রচারমূলক বার্তা weight=2 concept=promotional-emails
body: পছন্দ* weight=1.5 concept=preferences
body: সেটিংস* weight=1.5 concept=settings
body: নিষ্ক্রিয়* weight=2 concept=disable
body: বন্ধ করতে weight=2 concept=disable
body: বন্ধ করুন weight=2 concept=disable
body: পুশ নোটিফিকেশন weight=2 concept=device-permissions
body: লোকেশন সেবা weight=2 concept=device-permissions
body: অবস্থান পরিষেবা weight=2 concept=device-permissions
body: প্রতিটি ইমেইলের নিচে weight=1.5 concept=unsubscribe-link
body: ইমেইলের নিচে weight=1.5 concept=unsubscribe-link
body: ব্যবহার করতে নাও পারেন weight=1.5 concept=consequences-of-refusal
body: সঠিকভাবে কাজ নাও করতে পারে weight=1.5 concept=consequences-of-refusal
body: গ্রহণ weight=0.5 concept=receive

[rights]
heading: অধিকার weight=1.5 concept=your-rights
heading: আপনার অধিকার concept=your-rights
heading: আপনার অধিকারসমূহ concept=your-rights
heading: ব্যবহারকারীর অধিকার concept=your-rights
heading: ব্যবহারকারীদের অধিকার concept=your-rights
heading: উপাত্ত বিষয়ের অধিকার concept=your-rights
heading: আপনার গোপনীয়তা অধিকার concept=your-rights
heading: অধিকার প্রয়োগ concept=exercising-rights
heading: কীভাবে আপনার অধিকার প্রয়োগ করবেন concept=exercising-rights
heading: অধিকার প্রয়োগের পদ্ধতি concept=exercising-rights
heading: তথ্য দেখা ও সংশোধন concept=access-and-correction
heading: অ্যাক্সেস ও সংশোধন concept=access-and-correction
heading: তথ্য হালনাগাদ concept=access-and-correction
heading: অনুমোদিত প্রতিনিধি concept=authorized-agents
body: অ্যাক্সেসের অধিকার weight=3 concept=right-of-access
body: প্রবেশাধিকার weight=3 concept=right-of-access
body: জানার অধিকার weight=3 concept=right-of-access
body: সংশোধন* weight=2 concept=rectification
body: ভুল তথ্য weight=2 concept=rectification
body: হালনাগাদ weight=1.5 concept=rectification
body: মুছে ফেল* weight=3 concept=erasure
body: মুছে দেওয়া weight=3 concept=erasure
body: মুছে দিতে weight=3 concept=erasure
body: মোছার weight=3 concept=erasure
body: মুছে ফেলার অধিকার weight=3 concept=erasure
body: ডিলিট weight=2.5 concept=erasure
body: বহনযোগ্যতা weight=3 concept=portability
body: স্থানান্তরযোগ্যতা weight=3 concept=portability
body: মেশিনে পাঠযোগ্য weight=3 concept=portability
body: আপত্তি* weight=3 concept=right-to-object
body: সীমাবদ্ধ* weight=3 concept=restriction
body: সীমিত করার অধিকার weight=3 concept=restriction
body: অভিযোগ দায়ের weight=3 concept=complaint-to-authority
body: অভিযোগ* weight=2.5 concept=complaint-to-authority
body: তত্ত্বাবধায়ক কর্তৃপক্ষ weight=3 concept=complaint-to-authority
body: তদারকি কর্তৃপক্ষ weight=3 concept=complaint-to-authority
body: উপাত্ত সুরক্ষা কর্তৃপক্ষ weight=3 concept=complaint-to-authority
body: অধিকার প্রয়োগ weight=2 concept=exercise-rights
body: প্রয়োগ করতে weight=2 concept=exercise-rights
body: পরিচয় যাচাই weight=2 concept=verify-identity
body: পরিচয় নিশ্চিত weight=2 concept=verify-identity
body: অনুমোদিত প্রতিনিধি weight=2.5 concept=authorized-agent
body: বৈষম্য* weight=1.5 concept=non-discrimination
body: উপাত্ত বিষয় weight=2 concept=data-subject-rights
body: উপাত্তধারী weight=2 concept=data-subject-rights
body: অনুলিপি weight=1 concept=copy-of-data
body: কপি weight=1 concept=copy-of-data
body: অ্যাক্সেস* weight=1.5 concept=access
body: অনুরোধ* weight=0.3 concept=request

[retention]
heading: সংরক্ষণঃ weight=1 concept=data-retention
heading: সংরক্ষণ weight=1 concept=data-retention
heading: তথ্য সংরক্ষণ concept=data-retention
heading: ডেটা সংরক্ষণ concept=data-retention
heading: ব্যক্তিগত তথ্য সংরক্ষণ concept=data-retention
heading: তথ্য ধরে রাখা concept=data-retention
heading: সংরক্ষণের মেয়াদ concept=retention-period
heading: সংরক্ষণের সময়কাল concept=retention-period
heading: তথ্য সংরক্ষণের সময়সীমা concept=retention-period
heading: আমরা কতদিন আপনার তথ্য সংরক্ষণ করি concept=how-long-we-keep
heading: আমরা কত দিন তথ্য রাখি concept=how-long-we-keep
heading: কতদিন তথ্য রাখা হয় concept=how-long-we-keep
heading: সংরক্ষণ ও ধারণ concept=storage-and-retention
heading: ব্যবহার ও সংরক্ষণ concept=storage-and-retention
heading: সংরক্ষণ ও মুছে ফেলা concept=retention-and-deletion
heading: তথ্য সংরক্ষণ ও মুছে ফেলা concept=retention-and-deletion
body: ধরে রাখি weight=3 concept=retain
body: ধরে রাখা weight=3 concept=retain
body: সংরক্ষণ করি weight=2.5 concept=retain
body: সংরক্ষণ করা হয় weight=2.5 concept=retain
body: সংরক্ষণের মেয়াদ weight=3 concept=retain
body: যতদিন প্রয়োজন weight=3 concept=as-long-as-necessary
body: যত দিন প্রয়োজন weight=3 concept=as-long-as-necessary
body: যতক্ষণ প্রয়োজন weight=3 concept=as-long-as-necessary
body: যতদিন আবশ্যক weight=3 concept=as-long-as-necessary
body: আর প্রয়োজন নেই weight=2.5 concept=no-longer-needed
body: আর প্রয়োজন না হলে weight=2.5 concept=no-longer-needed
body: প্রয়োজন শেষ হলে weight=2.5 concept=no-longer-needed
body: রাখি weight=1.5 concept=keep
body: রাখা হয় weight=1.5 concept=keep
body: রাখব weight=1.5 concept=keep
body: সময়কাল weight=2 concept=retention-criteria
body: মানদণ্ড weight=2 concept=retention-criteria
body: বেনামী weight=2 concept=anonymise
body: বেনামে weight=2 concept=anonymise
body: নামহীন weight=2 concept=anonymise
body: পরিচয়হীন weight=2 concept=anonymise
body: ধ্বংস* weight=2 concept=destroy
body: নিরাপদে মুছে weight=2 concept=destroy
body: আর্কাইভ* weight=2 concept=archive
body: সংরক্ষণাগার* weight=2 concept=archive
body: কর আইন weight=2.5 concept=legal-retention-requirements
body: হিসাবরক্ষণ weight=2.5 concept=legal-retention-requirements
body: আইনগতভাবে সংরক্ষণ weight=2.5 concept=legal-retention-requirements
body: নিষ্ক্রিয় অ্যাকাউন্ট* weight=2 concept=inactive-accounts
body: সংরক্ষণ* weight=1 concept=store
body: সংরক্ষিত weight=1 concept=store
body: বছর* weight=0.5 concept=years

[security]
heading: সুরক্ষাঃ weight=1 concept=data-security
heading: নিরাপত্তাঃ concept=data-security
heading: নিরাপত্তা concept=data-security
heading: তথ্যের নিরাপত্তা concept=data-security
heading: তথ্য নিরাপত্তা concept=data-security
heading: ডেটা নিরাপত্তা concept=data-security
heading: ব্যক্তিগত তথ্যের সুরক্ষা concept=data-security
heading: নিরাপত্তা ব্যবস্থা concept=security-measures
heading: নিরাপত্তা ব্যবস্থাসমূহ concept=security-measures
heading: সুরক্ষা ব্যবস্থা concept=security-measures
heading: আমরা কীভাবে আপনার তথ্য সুরক্ষিত রাখি concept=how-we-protect
heading: আমরা কিভাবে আপনার তথ্য সুরক্ষিত রাখি concept=how-we-protect
heading: আপনার তথ্যের সুরক্ষা concept=how-we-protect
heading: তথ্য সুরক্ষা concept=how-we-protect
body: নিরাপত্তা* weight=2 concept=secure
body: নিরাপদ* weight=2 concept=secure
body: সুরক্ষিত weight=2 concept=secure
body: সুরক্ষা ব্যবস্থা weight=2.5 concept=safeguards
body: সুরক্ষামূলক ব্যবস্থা weight=2.5 concept=safeguards
body: এনক্রিপশন weight=3 concept=encryption
body: এনক্রিপ্ট* weight=3 concept=encryption
body: এনক্রিপ্টেড weight=3 concept=encryption
body: ssl weight=3 concept=encryption
body: tls weight=3 concept=encryption
body: এসএসএল weight=3 concept=encryption
body: অননুমোদিত অ্যাক্সেস weight=3 concept=unauthorized-access
body: অননুমোদিত প্রবেশ weight=3 concept=unauthorized-access
body: অননুমোদিত weight=2.5 concept=unauthorized-access
body: ক্ষতি* weight=1.5 concept=loss-misuse-alteration
body: হারানো weight=2 concept=loss-misuse-alteration
body: অপব্যবহার weight=2 concept=loss-misuse-alteration
body: পরিবর্তন বা ধ্বংস weight=2.5 concept=loss-misuse-alteration
body: প্রযুক্তিগত ও সাংগঠনিক ব্যবস্থা weight=3 concept=technical-organisational-measures
body: প্রযুক্তিগত এবং সাংগঠনিক weight=3 concept=technical-organisational-measures
body: সাংগঠনিক ব্যবস্থা weight=3 concept=technical-organisational-measures
body: ভৌত weight=1.5 concept=physical-safeguards
body: ফায়ারওয়াল weight=2.5 concept=technical-controls
body: অ্যাক্সেস নিয়ন্ত্রণ weight=2.5 concept=technical-controls
body: পাসওয়ার্ড* weight=2 concept=technical-controls
body: তথ্য লঙ্ঘন weight=2.5 concept=breach
body: ডেটা লঙ্ঘন weight=2.5 concept=breach
body: নিরাপত্তা লঙ্ঘন weight=2.5 concept=breach
body: নিরাপত্তা ঘটনা weight=2.5 concept=breach
body: দুর্বলতা weight=2 concept=breach
body: গোপনীয়তা রক্ষা weight=1.5 concept=confidentiality
body: গোপন রাখা weight=1.5 concept=confidentiality
body: সম্পূর্ণ নিরাপদ নয় weight=2.5 concept=no-guarantee
body: ১০০% নিরাপদ weight=2.5 concept=no-guarantee
body: নিশ্চয়তা দিতে পারি না weight=2.5 concept=no-guarantee
body: গ্যারান্টি দিতে পারি না weight=2.5 concept=no-guarantee
body: নিজের ঝুঁকিতে weight=2.5 concept=no-guarantee
body: শিল্প মানদণ্ড weight=2 concept=industry-standard
body: শিল্প-মানের weight=2 concept=industry-standard
body: সুরক্ষা* weight=1 concept=protect
body: সুরক্ষিত রাখি weight=1 concept=protect
body: রক্ষা করি weight=1 concept=protect
body: নিশ্চিত* weight=0.5 concept=ensure

[children]
heading: শিশু concept=childrens-privacy
heading: শিশুদের গোপনীয়তা concept=childrens-privacy
heading: শিশুদের তথ্য concept=childrens-privacy
heading: শিশুদের ব্যক্তিগত তথ্য concept=childrens-privacy
heading: ১৩ বছরের কম বয়সী শিশু concept=age-limits
heading: বয়সসীমা concept=age-limits
heading: বয়সের সীমাবদ্ধতা concept=age-limits
heading: নাবালক concept=minors
heading: অপ্রাপ্তবয়স্ক concept=minors
heading: অপ্রাপ্তবয়স্কদের ব্যবহার concept=minors
body: শিশু* weight=3 concept=children
body: বাচ্চা* weight=2.5 concept=children
body: অপ্রাপ্তবয়স্ক* weight=2.5 concept=minors-teens
body: নাবালক* weight=2.5 concept=minors-teens
body: কিশোর* weight=2.5 concept=minors-teens
body: বছরের কম বয়সী weight=2.5 concept=age-threshold
body: বছরের কম বয়সে weight=2.5 concept=age-threshold
body: বছরের নিচে weight=2.5 concept=age-threshold
body: বছরের কম weight=2 concept=age-threshold
body: পিতামাতা* weight=2.5 concept=parents-guardians
body: মা-বাবা weight=2.5 concept=parents-guardians
body: বাবা-মা weight=2.5 concept=parents-guardians
body: অভিভাবক* weight=2.5 concept=parents-guardians
body: পিতামাতার সম্মতি weight=3 concept=parental-consent
body: অভিভাবকের সম্মতি weight=3 concept=parental-consent
body: যাচাইযোগ্য সম্মতি weight=3 concept=parental-consent
body: coppa weight=3 concept=coppa
body: জ্ঞাতসারে weight=2.5 concept=knowingly-collect
body: জেনেশুনে weight=2.5 concept=knowingly-collect
body: ইচ্ছাকৃতভাবে সংগ্রহ করি না weight=3 concept=knowingly-collect
body: উদ্দেশ্যে তৈরি নয় weight=2 concept=not-directed-to-children
body: জন্য নয় weight=1.5 concept=not-directed-to-children
body: জন্য উদ্দিষ্ট নয় weight=2 concept=not-directed-to-children
body: যদি আমরা জানতে পারি weight=2 concept=if-we-learn
body: জানতে পারলে weight=2 concept=if-we-learn
body: বয়স* weight=1.5 concept=age
body: নাবালক weight=0.5 concept=minor

[international]
heading: আন্তর্জাতিক স্থানান্তর concept=international-transfers
heading: আন্তর্জাতিক তথ্য স্থানান্তর concept=international-transfers
heading: আন্তঃসীমান্ত তথ্য স্থানান্তর concept=international-transfers
heading: দেশের বাইরে তথ্য স্থানান্তর concept=international-transfers
heading: তথ্য স্থানান্তর concept=data-transfers
heading: ডেটা স্থানান্তর concept=data-transfers
heading: ব্যক্তিগত তথ্য স্থানান্তর concept=data-transfers
heading: আমরা কোথায় তথ্য সংরক্ষণ করি concept=where-we-store
heading: তথ্য সংরক্ষণের স্থান concept=where-we-store
heading: প্রক্রিয়াকরণের স্থান concept=where-we-store
body: স্থানান্তর* weight=1.5 concept=transfer
body: হস্তান্তর* weight=1.5 concept=transfer
body: আন্তঃসীমান্ত weight=3 concept=cross-border
body: সীমান্তের বাইরে weight=3 concept=cross-border
body: অন্য দেশে weight=2.5 concept=other-countries
body: অন্যান্য দেশে weight=2.5 concept=other-countries
body: দেশের বাইরে weight=2.5 concept=other-countries
body: আপনার দেশের বাইরে weight=2.5 concept=other-countries
body: ইউরোপীয় অর্থনৈতিক অঞ্চল weight=2 concept=eea
body: ইইএ weight=2 concept=eea
body: eea weight=2 concept=eea
body: মার্কিন যুক্তরাষ্ট্র* weight=1.5 concept=united-states
body: যুক্তরাষ্ট্র* weight=1.5 concept=united-states
body: আদর্শ চুক্তির ধারা weight=3 concept=transfer-safeguards
body: স্ট্যান্ডার্ড চুক্তিভিত্তিক ধারা weight=3 concept=transfer-safeguards
body: উপযুক্ত সুরক্ষা weight=2.5 concept=transfer-safeguards
body: পর্যাপ্ততা* weight=3 concept=adequacy
body: data privacy framework weight=3 concept=privacy-frameworks
body: privacy shield weight=3 concept=privacy-frameworks
body: কম সুরক্ষা weight=2 concept=less-protective
body: ভিন্ন হতে পারে weight=1.5 concept=less-protective
body: এখতিয়ার* weight=2 concept=jurisdictions
body: বিচারব্যবস্থা weight=1.5 concept=jurisdictions
body: সার্ভার* weight=1.5 concept=server-location
body: সার্ভারে সংরক্ষিত weight=2.5 concept=server-location
body: বিশ্বব্যাপী weight=1.5 concept=around-the-world
body: বিশ্বজুড়ে weight=1.5 concept=around-the-world

[regional]
heading: ক্যালিফোর্নিয়ার বাসিন্দা concept=california
heading: ক্যালিফোর্নিয়ার বাসিন্দাদের জন্য concept=california
heading: ক্যালিফোর্নিয়া গোপনীয়তা অধিকার concept=california
heading: নেভাডার বাসিন্দা concept=us-state-rights
heading: মার্কিন রাজ্যের গোপনীয়তা অধিকার concept=us-state-rights
heading: রাজ্যভিত্তিক অধিকার concept=us-state-rights
heading: ইউরোপীয় অর্থনৈতিক অঞ্চলের বাসিন্দাদের জন্য concept=eea-gdpr-notice
heading: জিডিপিআর সম্মতি concept=eea-gdpr-notice
heading: ইউরোপীয় ইউনিয়নের ব্যবহারকারী concept=eea-gdpr-notice
heading: নির্দিষ্ট এখতিয়ারের জন্য অতিরিক্ত তথ্য concept=jurisdiction-specific
heading: আঞ্চলিক বিধান concept=jurisdiction-specific
heading: দেশভিত্তিক তথ্য concept=jurisdiction-specific
body: ক্যালিফোর্নিয়া* weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: shine the light weight=3 concept=california-law
body: নেভাডা* weight=3 concept=us-states
body: ভার্জিনিয়া* weight=3 concept=us-states
body: কলোরাডো* weight=3 concept=us-states
body: কানেকটিকাট* weight=3 concept=us-states
body: বাসিন্দা* weight=2 concept=residents
body: ভোক্তা* weight=1.5 concept=consumers
body: বিক্রি করবেন না weight=3 concept=do-not-sell
body: বিক্রয় বা শেয়ার weight=3 concept=do-not-sell
body: আন্তঃপ্রসঙ্গ আচরণগত বিজ্ঞাপন weight=3 concept=cross-context-advertising
body: আর্থিক প্রণোদনা weight=3 concept=financial-incentives
body: পূর্ববর্তী ১২ মাস weight=3 concept=preceding-12-months
body: গত ১২ মাস weight=3 concept=preceding-12-months
body: গত বারো মাস weight=3 concept=preceding-12-months
body: gdpr weight=2.5 concept=eu-gdpr
body: জিডিপিআর weight=2.5 concept=eu-gdpr
body: ইউরোপীয় ইউনিয়ন* weight=2 concept=eu-gdpr
body: ব্রাজিল* weight=2 concept=brazil-lgpd
body: lgpd weight=3 concept=brazil-lgpd
body: কানাডা* weight=2 concept=canada-pipeda
body: pipeda weight=3 concept=canada-pipeda
body: রাজ্য* weight=0.5 concept=state
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
heading: তৃতীয় পক্ষের ওয়েবসাইট concept=third-party-websites
heading: অন্যান্য ওয়েবসাইট concept=third-party-websites
heading: অন্য ওয়েবসাইটের লিংক concept=links-to-other-sites
heading: অন্যান্য সাইটের লিঙ্ক concept=links-to-other-sites
heading: তৃতীয় পক্ষের লিংক concept=links-to-other-sites
heading: বাহ্যিক লিঙ্ক concept=links-to-other-sites
heading: বহিঃস্থ লিংক concept=links-to-other-sites
heading: তৃতীয় পক্ষের সেবা concept=third-party-services
heading: তৃতীয় পক্ষের পরিষেবা concept=third-party-services
heading: সোশ্যাল মিডিয়া প্লাগইন concept=social-media-plugins
heading: সামাজিক মাধ্যম concept=social-media-plugins
heading: সোশ্যাল মিডিয়া concept=social-media-plugins
heading: তৃতীয় পক্ষের গোপনীয়তা নীতি weight=2 concept=third-party-privacy-policies
body: লিংক* weight=2.5 concept=links
body: লিঙ্ক* weight=2.5 concept=links
body: হাইপারলিংক* weight=3 concept=links
body: অন্যান্য ওয়েবসাইট* weight=2.5 concept=other-sites
body: অন্য ওয়েবসাইট* weight=2.5 concept=other-sites
body: বাহ্যিক সাইট* weight=2.5 concept=other-sites
body: তৃতীয় পক্ষের ওয়েবসাইট* weight=2.5 concept=other-sites
body: তৃতীয় পক্ষের সাইট* weight=2.5 concept=other-sites
body: তৃতীয় পক্ষের অ্যাপ* weight=2 concept=third-party-applications
body: তৃতীয় পক্ষের অ্যাপ্লিকেশন weight=2 concept=third-party-applications
body: দায়ী নই weight=3 concept=not-responsible
body: দায়বদ্ধ নই weight=3 concept=not-responsible
body: দায়ী থাকব না weight=3 concept=not-responsible
body: নিয়ন্ত্রণ নেই weight=3 concept=not-responsible
body: তাদের নিজস্ব গোপনীয়তা নীতি weight=3 concept=their-privacy-policies
body: তাদের গোপনীয়তা নীতি weight=3 concept=their-privacy-policies
body: গোপনীয়তা নীতি পর্যালোচনা weight=2.5 concept=encourage-review
body: পরামর্শ দিই weight=2.5 concept=encourage-review
body: উৎসাহিত করি weight=2.5 concept=encourage-review
body: আমাদের সাইট ছেড়ে weight=2.5 concept=leave-our-site
body: আমাদের ওয়েবসাইট ত্যাগ weight=2.5 concept=leave-our-site
body: প্লাগইন* weight=2.5 concept=plugins
body: প্লাগ-ইন weight=2.5 concept=plugins
body: উইজেট* weight=2.5 concept=plugins
body: কন্টেন্ট* weight=0.5 concept=content
body: বিষয়বস্তু* weight=0.5 concept=content
body: পর্যালোচনা* weight=0.5 concept=review
body: যাচাই* weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: সোশ্যাল মিডিয়ায় আমাদের উপস্থিতি concept=social-media-presence
heading: সামাজিক যোগাযোগ মাধ্যম concept=social-media-presence
heading: সোশ্যাল নেটওয়ার্ক concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: তৃতীয় পক্ষ দ্বারা সংগৃহীত তথ্য concept=third-party-data-collection
heading: তৃতীয় পক্ষের সংগৃহীত তথ্য concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: নেটওয়ার্ক সংযোগ weight=2 concept=network-connections
heading: বাহ্যিক সংযোগ weight=2 concept=network-connections
heading: ডিভাইসের বাইরে পাঠানো weight=2 concept=network-connections
heading: ডিভাইস ছেড়ে যায় weight=2 concept=network-connections
heading: ইন্টারনেটের মাধ্যমে পাঠানো weight=2 concept=network-connections
heading: ইন্টারনেটে যা যায় weight=2 concept=network-connections
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
heading: এই নীতির পরিবর্তন concept=changes-to-policy
heading: গোপনীয়তা নীতির পরিবর্তন concept=changes-to-policy
heading: এই গোপনীয়তা নীতির পরিবর্তন concept=changes-to-policy
heading: নীতিমালার পরিবর্তন concept=changes-to-policy
heading: নীতির পরিবর্তন concept=changes-to-policy
heading: নীতির হালনাগাদ concept=policy-updates
heading: নীতির আপডেট concept=policy-updates
heading: হালনাগাদ concept=policy-updates
heading: আপডেট concept=policy-updates
heading: পরিবর্তনের বিজ্ঞপ্তি concept=notification-of-changes
heading: পরিবর্তন সম্পর্কে অবহিতকরণ concept=notification-of-changes
heading: সংশোধনী concept=amendments
heading: সংশোধন concept=amendments
heading: কার্যকর তারিখ concept=entry-into-force
heading: কার্যকর হওয়ার তারিখ concept=entry-into-force
body: পরিবর্তন* weight=2 concept=change-update
body: হালনাগাদ* weight=2 concept=change-update
body: আপডেট* weight=2 concept=change-update
body: সংশোধন* weight=1.5 concept=change-update
body: পরিমার্জন* weight=2 concept=change-update
body: কার্যকর তারিখ weight=3 concept=effective-date
body: কার্যকর হবে weight=3 concept=effective-date
body: সর্বশেষ আপডেট weight=3 concept=effective-date
body: সর্বশেষ হালনাগাদ weight=3 concept=effective-date
body: শেষ আপডেট weight=3 concept=effective-date
body: সময়ে সময়ে weight=2.5 concept=from-time-to-time
body: সময় সময় weight=2.5 concept=from-time-to-time
body: পর্যায়ক্রমে weight=2.5 concept=from-time-to-time
body: উল্লেখযোগ্য পরিবর্তন weight=3 concept=material-changes
body: গুরুত্বপূর্ণ পরিবর্তন weight=3 concept=material-changes
body: ব্যবহার অব্যাহত weight=3 concept=continued-use
body: ব্যবহার চালিয়ে গেলে weight=3 concept=continued-use
body: ব্যবহার চালিয়ে যাওয়া weight=3 concept=continued-use
body: নিয়মিত পর্যালোচনা weight=2.5 concept=check-back
body: নিয়মিত দেখুন weight=2.5 concept=check-back
body: নিয়মিত চেক weight=2.5 concept=check-back
body: সর্বশেষ সংস্করণ weight=2 concept=latest-version
body: বর্তমান সংস্করণ weight=2 concept=latest-version
body: অবিলম্বে কার্যকর weight=2.5 concept=effective-immediately
body: প্রকাশের সাথে সাথে weight=2.5 concept=effective-immediately
body: অধিকার সংরক্ষণ করি weight=2 concept=reserve-the-right
body: আপনাকে জানাব weight=1.5 concept=notify-you
body: আপনাকে অবহিত weight=1.5 concept=notify-you
body: আপনাকে জানিয়ে দেব weight=1.5 concept=notify-you
body: এই পৃষ্ঠায় পোস্ট weight=1 concept=posting
body: পোস্ট* weight=1 concept=posting
body: প্রকাশ করব weight=1 concept=posting
body: সংস্করণ* weight=1 concept=version
body: ভার্সন weight=1 concept=version
body: বিজ্ঞপ্তি* weight=0.5 concept=notice
body: নোটিশ weight=0.5 concept=notice

[contact]
heading: যোগাযোগঃ concept=contact-us
heading: যোগাযোগ concept=contact-us
heading: আমাদের সাথে যোগাযোগ concept=contact-us
heading: আমাদের সাথে যোগাযোগ করুন concept=contact-us
heading: যোগাযোগ করুন concept=contact-us
heading: কীভাবে আমাদের সাথে যোগাযোগ করবেন concept=how-to-contact
heading: কিভাবে আমাদের সাথে যোগাযোগ করবেন concept=how-to-contact
heading: যোগাযোগের উপায় concept=how-to-contact
heading: যোগাযোগের তথ্য concept=contact-information
heading: যোগাযোগের ঠিকানা concept=contact-information
heading: প্রশ্ন concept=questions
heading: প্রশ্ন ও মতামত concept=questions
heading: প্রশ্ন বা উদ্বেগ concept=questions
heading: উপাত্ত সুরক্ষা কর্মকর্তা concept=data-protection-officer
heading: ডেটা সুরক্ষা কর্মকর্তা concept=data-protection-officer
heading: তথ্য সুরক্ষা কর্মকর্তা concept=data-protection-officer
body: আমাদের সাথে যোগাযোগ করুন weight=3 concept=please-contact
body: যোগাযোগ করুন weight=3 concept=please-contact
body: যোগাযোগ করতে পারেন weight=3 concept=please-contact
body: আমাদের লিখুন weight=3 concept=please-contact
body: ইমেইল করুন weight=3 concept=please-contact
body: প্রশ্ন* weight=2 concept=questions-comments
body: মতামত weight=1.5 concept=questions-comments
body: উদ্বেগ weight=1.5 concept=questions-comments
body: জিজ্ঞাসা weight=2 concept=questions-comments
body: সুরক্ষা কর্মকর্তা weight=3 concept=dpo
body: গোপনীয়তা কর্মকর্তা weight=3 concept=dpo
body: dpo weight=3 concept=dpo
body: ডাক ঠিকানা weight=2 concept=postal-address
body: পোস্টাল ঠিকানা weight=2 concept=postal-address
body: ফোন* weight=1.5 concept=telephone
body: টেলিফোন weight=1.5 concept=telephone
body: মোবাইল weight=1 concept=telephone
body: ইমেইলের মাধ্যমে weight=1.5 concept=by-email
body: ইমেইলে weight=1.5 concept=by-email
body: ইমেইল* weight=1 concept=by-email
body: ইমেল* weight=1 concept=by-email
body: গ্রাহক সেবা weight=1.5 concept=customer-service
body: গ্রাহক সহায়তা weight=1.5 concept=customer-service
body: কাস্টমার সার্ভিস weight=1.5 concept=customer-service
body: ঠিকানা* weight=0.3 concept=address

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
