# Hindi lexicon
# Postpositions are separate words (जानकारी का, सेवाओं के लिए), so terms are written as
# they appear; oblique and plural forms are listed where they matter (बच्चों, बच्चे) and
# a trailing * is used only for a few stems (एकत्र* matches एकत्र, एकत्रित).
# Hyphens split words (माता-पिता -> माता पिता), so hyphenated terms are written with a space.
# Nukta spellings vary (कुकीज़/कुकीज, फ़ोन/फोन): both are listed where both are common.
# Wording follows Indian policies written to the IT Act 2000/SPDI Rules (शिकायत अधिकारी)
# and the DPDP Act 2023 (डेटा प्रिंसिपल, डेटा फिड्यूशरी, सहमति प्रबंधक).
@language hi
@name Hindi
@heading-head last
@fold-accents no

[profile]
# Function words first. weight=2 marks words that tell Hindi from Marathi and Nepali,
# which share the Devanagari script (Marathi आहे/आणि, Nepali छ/र).
का weight=2
की weight=2
के weight=2
में weight=2
है weight=2
हैं weight=2
और weight=2
को
से
पर
यह weight=2
ये
इस
इन
उस
उन
जो
कि weight=2
या
भी
तो
ही
नहीं weight=2
एक
लिए weight=2
द्वारा weight=2
साथ
तक
करना
करने weight=2
करते weight=2
करता
करती
किया weight=2
किए
होगा
होगी
होंगे
हो
होता
होती
होते
था
थे
सकता
सकते
सकती
जा
जाता
जाती
जाते
आप weight=2
आपके weight=2
आपकी weight=2
आपका weight=2
आपको weight=2
हम weight=2
हमारे weight=2
हमारी weight=2
हमारा
हमें
हमसे
अपने
अपनी
अपना
किसी
कोई
कुछ
सभी
अन्य
जैसे
यदि
अगर
जब
क्योंकि
लेकिन
परंतु
अथवा
एवं
तथा
वह
वे
जिस
जिन
जिसे
अनुसार
संबंध
बारे
बाद
पहले
दौरान
बिना
प्रति
ऐसे
ऐसी
ऐसा
केवल
अधिक
जानकारी
सूचना
व्यक्तिगत
निजी
डेटा
गोपनीयता
नीति
सेवा
सेवाओं
सेवाएं
वेबसाइट
उपयोग
इस्तेमाल
एकत्र
संग्रह
साझा
तृतीय
पक्ष
पक्षों
अधिकार
सुरक्षा
कुकीज़
विज्ञापन
सहमति
कानून
कानूनी
ईमेल
फ़ोन
पता
खाता
डिवाइस
ब्राउज़र
ऐप
उत्पादों
ग्राहक
ग्राहकों
उपयोगकर्ता
उपयोगकर्ताओं
कंपनी
बच्चों
संपर्क
परिवर्तन
बदलाव
अवधि
उद्देश्य
उद्देश्यों
प्रदान
प्राप्त
आवश्यक
संबंधित
लागू
अनुरोध
प्रक्रिया
संसाधित
स्थानांतरण

[units]
year: वर्ष, वर्षों, साल, सालों
month: महीने, महीना, महीनों, माह
week: सप्ताह, सप्ताहों, हफ्ते, हफ़्ते, हफ्ता
day: दिन, दिनों
hour: घंटे, घंटा, घंटों
minute: मिनट, मिनटों

[numbers]
1: एक
2: दो
3: तीन
4: चार
5: पांच, पाँच
6: छह, छः
7: सात
8: आठ
9: नौ
10: दस
11: ग्यारह
12: बारह
13: तेरह
14: चौदह
15: पंद्रह
16: सोलह
18: अठारह
20: बीस
24: चौबीस
30: तीस
60: साठ
90: नब्बे
100: सौ

[references]
# India's DPDP Act (डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम) and IT Act (सूचना प्रौद्योगिकी
# अधिनियम) have no canonical id yet.
gdpr: सामान्य डेटा संरक्षण विनियमन, जनरल डेटा प्रोटेक्शन रेगुलेशन, gdpr
ccpa: कैलिफ़ोर्निया उपभोक्ता गोपनीयता अधिनियम, कैलिफोर्निया उपभोक्ता गोपनीयता अधिनियम, ccpa
cpra: कैलिफ़ोर्निया गोपनीयता अधिकार अधिनियम, कैलिफोर्निया गोपनीयता अधिकार अधिनियम, cpra
coppa: बच्चों की ऑनलाइन गोपनीयता सुरक्षा अधिनियम, बाल ऑनलाइन गोपनीयता संरक्षण अधिनियम, coppa
pdpa: pdpa
lgpd: ब्राज़ील का सामान्य डेटा संरक्षण कानून, lgpd
pipeda: pipeda
appi: जापान का व्यक्तिगत जानकारी संरक्षण अधिनियम, appi
pipl: चीन का व्यक्तिगत जानकारी संरक्षण कानून, pipl

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
उपयोग की शर्तें
उपयोग की शर्तों
सेवा की शर्तें
नियम और शर्तें
नियम एवं शर्तें
शासी कानून
लागू कानून
लागू कानून और क्षेत्राधिकार
शासी कानून और क्षेत्राधिकार
क्षेत्राधिकार
अधिकार क्षेत्र
पृथक्करणीयता
संपूर्ण समझौता
अप्रत्याशित घटना
अस्वीकरण
दायित्व की सीमा
दायित्व की सीमाएं
अनुवाद
अन्य अनुवाद
भाषा संस्करण
अंग्रेज़ी संस्करण मान्य होगा
अंग्रेजी संस्करण मान्य होगा
लाइसेंस
कॉपीराइट
प्रतिलिप्याधिकार
आभार
विषय सूची
विषय-सूची
अनुक्रमणिका

[intro]
heading: परिचय weight=1 concept=introduction
heading: प्रस्तावना weight=1 concept=introduction
heading: सामान्य weight=1 concept=introduction
heading: गोपनीयता नीति weight=0.5 concept=privacy-policy-title # document title; also inside other headings
heading: दायरा weight=1 concept=scope
heading: हमारे बारे में weight=1 concept=who-we-are
heading: इस नीति का दायरा weight=1 concept=scope
body: गोपनीयता नीति weight=2 concept=this-privacy-policy
body: यह नीति weight=2 concept=this-privacy-policy
body: इस नीति weight=1.5 concept=this-privacy-policy
body: लागू weight=1.5 concept=policy-applies-to
body: दायरा weight=1.5 concept=policy-applies-to
body: प्रतिबद्ध weight=2 concept=committed-to-privacy
body: सम्मान weight=1.5 concept=committed-to-privacy
body: ध्यानपूर्वक weight=2 concept=please-read
body: ध्यान से weight=2 concept=please-read
body: पढ़ें weight=1.5 concept=please-read
body: सहमत weight=1.5 concept=acceptance-of-policy
body: प्राइवेट लिमिटेड weight=1 concept=company
body: कंपनी weight=0.3 concept=company
body: हम weight=0.3 concept=company
# Added with the shared concept inventory (concepts.txt).
heading: अवलोकन concept=summary
heading: सारांश concept=summary
heading: मुख्य बिंदु concept=summary
heading: इस नीति के बारे में concept=about-this-policy
heading: इस सूचना के बारे में concept=about-this-policy
heading: प्रयोज्यता concept=scope
heading: हम कौन हैं concept=who-we-are
heading: गोपनीयता के प्रति हमारी प्रतिबद्धता concept=commitment-to-privacy
heading: आपकी गोपनीयता के प्रति हमारी प्रतिबद्धता concept=commitment-to-privacy
heading: आपकी स्वीकृति concept=acceptance
heading: इस नीति की स्वीकृति concept=acceptance
heading: गोपनीयता सूचना weight=0.5 concept=privacy-policy-title
heading: गोपनीयता कथन weight=0.5 concept=privacy-policy-title
body: यह नीति बताती है weight=2.5 concept=policy-describes
body: वर्णन करती है weight=2 concept=policy-describes
body: लागू नहीं होती weight=2 concept=policy-applies-to
body: का उपयोग करके weight=1.5 concept=by-using
body: एक्सेस करके weight=1.5 concept=by-using
body: स्वीकार weight=1.5 concept=acceptance-of-policy
body: यदि आप सहमत नहीं हैं weight=2 concept=if-you-do-not-agree
body: इसके बाद weight=1.5 concept=referred-to-as
body: उपयोग की शर्तें weight=1 concept=terms-of-use
body: सेवा की शर्तें weight=1 concept=terms-of-use
body: गोपनीयता weight=0.3 concept=privacy
body: वेबसाइट weight=0.3 concept=website
body: ऐप weight=0.3 concept=website
body: सेवाएं weight=0.3 concept=services
body: सेवाएँ weight=0.3 concept=services

[definitions]
heading: परिभाषाएं weight=2 concept=definitions
heading: परिभाषाएँ weight=2 concept=definitions
heading: परिभाषा weight=1 concept=definitions
heading: शब्दावली weight=1 concept=key-terms
heading: शब्दों के अर्थ weight=1 concept=key-terms
heading: प्रयुक्त शब्द weight=1 concept=key-terms
body: तात्पर्य weight=3 concept=means
body: अभिप्राय weight=2.5 concept=means
body: अर्थ weight=2.5 concept=means
body: संदर्भित weight=2 concept=refers-to
body: कहा गया weight=1.5 concept=hereinafter
body: डेटा प्रिंसिपल weight=3 concept=gdpr-roles
body: डेटा फिड्यूशरी weight=3 concept=gdpr-roles
body: डेटा प्रोसेसर weight=2 concept=gdpr-roles
body: संवेदनशील व्यक्तिगत डेटा weight=2
body: शब्द weight=1 concept=defined-terms-intro
body: से है weight=1 concept=means
body: व्यक्तिगत डेटा weight=0.5 concept=personal-data
body: शामिल weight=0.5 concept=includes
# Added with the shared concept inventory (concepts.txt).
heading: व्याख्या concept=interpretation
heading: व्याख्या और परिभाषाएं concept=interpretation
heading: प्रमुख शब्द concept=key-terms
heading: इस नीति में प्रयुक्त शब्द concept=key-terms
heading: हमारा क्या अभिप्राय है concept=what-we-mean-by
heading: से हमारा क्या तात्पर्य है concept=what-we-mean-by
body: निम्नलिखित परिभाषाएं weight=3 concept=defined-terms-intro
body: व्यक्तिगत डेटा का अर्थ weight=3 concept=personal-data-means
body: इस नीति के प्रयोजनों के लिए weight=2.5 concept=as-used-in-this-policy
body: इस नीति में weight=1 concept=as-used-in-this-policy
body: पहचान योग्य weight=2.5 concept=identifiable-person
body: प्राकृतिक व्यक्ति weight=2 concept=identifiable-person
body: इसके बाद weight=2 concept=hereinafter
body: उपयोगकर्ता weight=0.3 concept=user

[collection]
heading: एकत्र* weight=2 concept=what-we-collect
heading: संग्रह weight=1.5 concept=collection-of-information
heading: इकट्ठा weight=1 concept=what-we-collect
heading: हम कौन सी जानकारी weight=1 concept=what-we-collect
heading: जानकारी का संग्रह weight=1 concept=collection-of-information
heading: प्रदान की गई जानकारी weight=1 concept=information-you-provide
heading: स्रोत weight=2 concept=sources-of-information
heading: जानकारी के स्रोत weight=1 concept=sources-of-information
body: एकत्र* weight=3 concept=we-collect
body: संग्रह* weight=2.5 concept=we-collect
body: इकट्ठा weight=2.5 concept=we-collect
body: प्राप्त weight=1 concept=we-collect
body: प्रदान करते weight=1.5 concept=you-provide
body: नाम weight=1 concept=name
body: ईमेल पता weight=1.5 concept=contact-details
body: फ़ोन नंबर weight=1.5 concept=contact-details
body: फोन नंबर weight=1.5 concept=contact-details
body: जन्म तिथि weight=1.5 concept=demographic-data
body: आईपी पता weight=2 concept=device-data
body: IP weight=1.5 concept=device-data
body: डिवाइस weight=1.5 concept=device-data
body: ऑपरेटिंग सिस्टम weight=1.5 concept=device-data
body: स्थान weight=1.5 concept=location-data
body: लॉग weight=1.5 concept=usage-data
body: स्वचालित रूप से weight=2 concept=automatically
body: पंजीकरण weight=1 concept=forms
body: स्रोत weight=1.5 concept=sources
body: स्रोतों weight=1.5 concept=sources
# Added with the shared concept inventory (concepts.txt).
heading: हम जो जानकारी एकत्र करते हैं concept=what-we-collect
heading: एकत्रित की गई जानकारी concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: अनुमतियाँ concept=what-we-collect
heading: अनुमतियां concept=what-we-collect
heading: ऐप अनुमतियाँ concept=what-we-collect
heading: ऐप अनुमतियां concept=what-we-collect
heading: व्यक्तिगत जानकारी का संग्रह concept=collection-of-information
heading: आपके द्वारा प्रदान की गई जानकारी concept=information-you-provide
heading: संपर्क फ़ॉर्म weight=3 concept=information-you-provide
heading: संपर्क फॉर्म weight=3 concept=information-you-provide
heading: स्वचालित रूप से एकत्रित जानकारी concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: आपके डिवाइस पर रहता weight=2 concept=on-device-data
heading: आपके डिवाइस पर रहने वाला weight=2 concept=on-device-data
heading: स्थानीय रूप से संसाधित weight=2 concept=on-device-data
heading: स्थानीय रूप से प्रोसेस weight=2 concept=on-device-data
heading: स्थानीय रूप से संग्रहीत डेटा weight=2 concept=on-device-data
heading: स्थानीय प्रोसेसिंग weight=2 concept=on-device-data
heading: स्थानीय प्रसंस्करण weight=2 concept=on-device-data
heading: डिवाइस पर प्रोसेसिंग weight=2 concept=on-device-data
heading: हम जानकारी कैसे एकत्र करते हैं concept=how-we-collect
heading: व्यक्तिगत डेटा की श्रेणियां concept=categories-of-data
heading: व्यक्तिगत जानकारी की श्रेणियाँ concept=categories-of-data
# "Payment information" names a category of data collected (not the payments section, whose word it holds).
heading: भुगतान जानकारी weight=3 concept=categories-of-data
heading: भुगतान संबंधी जानकारी weight=3 concept=categories-of-data
# "User data" and "information collected" headings name what the service collects.
heading: उपयोगकर्ता डेटा concept=categories-of-data
heading: उपयोगकर्ता की जानकारी concept=categories-of-data
heading: एकत्रित जानकारी concept=what-we-collect
heading: एकत्र की गई जानकारी concept=what-we-collect
heading: एकत्रित डेटा concept=what-we-collect
heading: एकत्र की जाने वाली जानकारी concept=what-we-collect
heading: डेटा संग्रह concept=collection-of-information
heading: जानकारी का संग्रहण concept=collection-of-information
body: आप हमें प्रदान करते हैं weight=2 concept=you-provide
body: व्यक्तिगत डेटा की श्रेणियां weight=2.5 concept=data-categories
body: सार्वजनिक रूप से उपलब्ध weight=2 concept=publicly-available
body: ब्राउज़र का प्रकार weight=2 concept=device-data
body: स्थान डेटा weight=2 concept=location-data
body: उपयोग डेटा weight=2 concept=usage-data
body: जनसांख्यिकीय weight=1.5 concept=demographic-data
body: भुगतान जानकारी weight=1 concept=payment-data
body: फ़ॉर्म weight=1.5 concept=forms
body: फॉर्म weight=1.5 concept=forms
body: खाता weight=0.3 concept=account
body: जानकारी weight=0.1 concept=information

[use]
heading: उपयोग weight=1.5 concept=use-of-information
heading: जानकारी का उपयोग weight=2 concept=use-of-information
heading: उपयोग कैसे weight=2 concept=how-we-use
heading: इस्तेमाल weight=1 concept=use-of-information
heading: उद्देश्य weight=2 concept=purposes-of-processing
heading: प्रसंस्करण के उद्देश्य weight=1 concept=purposes-of-processing
heading: उपयोग के उद्देश्य concept=purposes-of-processing
heading: डेटा का उपयोग concept=use-of-information
heading: हम जानकारी का उपयोग कैसे करते हैं concept=how-we-use
body: उद्देश्य weight=2 concept=purposes
body: उद्देश्यों weight=2 concept=purposes
body: उपयोग weight=1 concept=we-use
body: इस्तेमाल weight=1 concept=we-use
body: सेवाएं प्रदान weight=1.5 concept=to-provide
body: सुधार weight=1.5 concept=to-improve
body: बेहतर weight=1.5 concept=to-improve
body: विकास weight=1 concept=to-develop
body: वैयक्तिकृत weight=2.5 concept=to-personalise
body: निजीकृत weight=2 concept=to-personalise
body: विश्लेषण weight=1.5 concept=to-analyse
body: सांख्यिकीय weight=1.5 concept=to-analyse
body: सत्यापन weight=1.5
body: धोखाधड़ी weight=1.5 concept=to-prevent-fraud
body: ग्राहक सहायता weight=1.5 concept=to-respond
body: अनुसंधान weight=1 concept=research
body: ऑर्डर weight=1 concept=to-process-transactions
body: भुगतान weight=1 concept=to-process-transactions
# Added with the shared concept inventory (concepts.txt).
heading: हम आपकी जानकारी का उपयोग कैसे करते हैं concept=how-we-use
heading: हम जानकारी क्यों एकत्र करते हैं concept=why-we-collect
heading: संग्रह का उद्देश्य concept=why-we-collect
heading: व्यक्तिगत डेटा का प्रसंस्करण concept=processing-of-personal-data
heading: हम आपके व्यक्तिगत डेटा को कैसे संसाधित करते हैं concept=processing-of-personal-data
heading: स्वचालित निर्णय concept=automated-decision-making
heading: स्वचालित निर्णय लेना concept=automated-decision-making
heading: स्वचालित निर्णय-निर्माण concept=automated-decision-making
body: निम्नलिखित उद्देश्यों के लिए weight=2.5 concept=following-purposes
body: हम उपयोग करते हैं weight=2 concept=we-use
body: प्रोफाइलिंग weight=2 concept=profiling
body: स्वचालित निर्णय weight=1.5 concept=automated-decisions
body: पूरा करने weight=1.5 concept=to-fulfil
body: प्रबंधित weight=1.5 concept=to-administer
body: आपसे संवाद weight=2 concept=to-communicate
body: आपको भेजने weight=1 concept=to-send
body: अनुरोधों का जवाब weight=1.5 concept=to-respond
body: समस्याओं का निवारण weight=2 concept=to-troubleshoot
body: बाजार अनुसंधान weight=2 concept=research
body: लेनदेन weight=1.5 concept=to-process-transactions
body: कानून का पालन weight=1 concept=to-comply-with-law
body: नए उत्पाद weight=2 concept=to-develop

[legal-basis]
heading: कानूनी आधार weight=2 concept=legal-basis
heading: वैध आधार weight=2 concept=legal-basis
heading: विधिक आधार weight=1 concept=legal-basis
heading: आधार weight=1 concept=legal-basis
heading: प्रसंस्करण का आधार weight=1 concept=legal-basis
heading: वैध उपयोग weight=1 concept=legal-basis
body: कानूनी आधार weight=3 concept=legal-basis-term
body: आधार weight=2 concept=legal-basis-term
body: वैध हित weight=3 concept=legitimate-interests
body: वैध हितों weight=3 concept=legitimate-interests
body: अनुबंध weight=1.5 concept=performance-of-contract
body: निष्पादन weight=2.5 concept=performance-of-contract
body: कानूनी दायित्व weight=2.5 concept=legal-obligation
body: कानूनी दायित्वों weight=2.5 concept=legal-obligation
body: सार्वजनिक हित weight=2 concept=public-interest
body: महत्वपूर्ण हित weight=2.5 concept=vital-interests
body: वैध उपयोग weight=2.5 concept=legal-basis-term
body: वैध weight=1.5 concept=lawful
body: सहमति weight=0.5 concept=consent-as-basis
# Added with the shared concept inventory (concepts.txt).
heading: हम आपके डेटा को किस आधार पर संसाधित करते हैं concept=why-allowed
heading: हमें आपके डेटा को संसाधित करने की अनुमति क्यों है concept=why-allowed
body: अनुच्छेद 6 weight=3 concept=article-6
body: के आधार पर weight=2 concept=on-the-basis-of
body: मौलिक अधिकार weight=2.5 concept=balancing-test
body: प्रसंस्करण आवश्यक है weight=2.5 concept=processing-necessary
body: आवश्यक weight=0.5 concept=necessary

[consent]
heading: सहमति weight=1.5 concept=your-consent
heading: आपकी सहमति weight=1 concept=your-consent
heading: सहमति वापस weight=2 concept=withdrawal-of-consent
heading: वापस लेना weight=1 concept=withdrawal-of-consent
heading: सहमति प्रबंधक weight=1 concept=your-consent
heading: सहमति प्राप्त करना weight=1 concept=your-consent
body: सहमति weight=2 concept=you-consent
body: वापस weight=3 concept=withdraw
body: वापस लेने weight=2.5 concept=withdraw
body: स्पष्ट सहमति weight=2.5 concept=explicit-consent
body: पूर्व सहमति weight=2 concept=explicit-consent
body: सहमत weight=1.5 concept=you-agree
body: चेकबॉक्स weight=2 concept=opt-in
body: क्लिक weight=1 concept=opt-in
body: किसी भी समय weight=1.5 concept=at-any-time
body: प्रभावित नहीं weight=2 concept=without-affecting-lawfulness
body: सहमति प्रबंधक weight=2.5
body: अस्वीकार weight=1
# Added with the shared concept inventory (concepts.txt).
heading: सहमति वापस लेना concept=withdrawal-of-consent
body: स्वतंत्र रूप से दी गई weight=2.5 concept=freely-given
body: अनुमति weight=1.5 concept=permission
body: अपना मन बदल weight=2 concept=change-your-mind

[sharing]
heading: साझा weight=2 concept=sharing-of-information
heading: साझा करना weight=1 concept=sharing-of-information
heading: प्रकटीकरण weight=2 concept=disclosure-of-information
heading: प्रकट weight=1 concept=disclosure-of-information
heading: तृतीय पक्षों के साथ weight=1 concept=third-parties
heading: किसके साथ साझा weight=1 concept=who-we-share-with
body: साझा weight=3 concept=share
body: प्रकट weight=2.5 concept=disclose
body: प्रकटीकरण weight=2.5 concept=disclose
body: तृतीय पक्ष weight=2 concept=third-parties-term
body: तृतीय पक्षों weight=2 concept=third-parties-term
body: सेवा प्रदाता weight=2 concept=service-providers
body: सेवा प्रदाताओं weight=2 concept=service-providers
body: सहयोगी कंपनियों weight=2 concept=affiliates
body: सहायक कंपनियों weight=2 concept=affiliates
body: भागीदारों weight=1.5 concept=business-partners
body: विलय weight=2.5 concept=corporate-transaction
body: अधिग्रहण weight=2.5 concept=corporate-transaction
body: बिक्री weight=1.5 concept=sell
body: बेचते weight=2 concept=sell
body: सरकारी एजेंसियों weight=2 concept=authorities
body: कानून प्रवर्तन weight=2 concept=authorities
body: न्यायालय weight=1.5 concept=legal-process
body: अदालत weight=1.5 concept=legal-process
body: कानूनी प्रक्रिया weight=1.5 concept=legal-process
# Added with the shared concept inventory (concepts.txt).
heading: हम आपकी जानकारी कैसे साझा करते हैं concept=how-we-share
heading: जानकारी का साझाकरण concept=sharing-of-information
heading: जानकारी साझा करना concept=sharing-of-information
heading: डेटा साझा करना concept=sharing-of-information
heading: जानकारी का प्रकटीकरण concept=disclosure-of-information
heading: तृतीय पक्षों को प्रकटीकरण concept=disclosure-of-information
heading: तृतीय पक्ष concept=third-parties
heading: सेवा प्रदाता concept=service-providers-heading
heading: व्यावसायिक हस्तांतरण concept=business-transfers
heading: कानूनी अनुरोध concept=legal-requests
heading: कानूनी प्रक्रिया concept=legal-requests
heading: क्या हम आपकी जानकारी बेचते हैं concept=sale-of-information
heading: व्यक्तिगत जानकारी की बिक्री concept=sale-of-information
body: हमारी ओर से weight=1.5 concept=on-our-behalf
body: व्यावसायिक भागीदार weight=1.5 concept=business-partners
body: प्राप्तकर्ता weight=2 concept=recipients
body: दिवालियापन weight=2.5 concept=corporate-transaction
body: पुलिस weight=2 concept=authorities
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: तृतीय पक्षों को डेटा का हस्तांतरण concept=transfer-to-third-parties
heading: तृतीय पक्षों को डेटा का स्थानांतरण concept=transfer-to-third-parties
heading: तृतीय पक्ष को जानकारी का हस्तांतरण concept=transfer-to-third-parties
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: भुगतान weight=2 concept=payments-purchases
heading: भुगतान प्रसंस्करण weight=3 concept=payments-purchases
heading: इन-ऐप खरीदारी weight=2 concept=payments-purchases
heading: सदस्यताएँ weight=2 concept=payments-purchases
heading: सब्सक्रिप्शन weight=2 concept=payments-purchases

[cookies]
heading: कुकीज़ weight=2 concept=cookies
heading: कुकीज weight=2 concept=cookies
heading: कुकी weight=1 concept=cookies
heading: कुकी नीति weight=1 concept=cookies
heading: ट्रैकिंग तकनीकें weight=1 concept=tracking-technologies
heading: समान तकनीकें weight=1 concept=tracking-technologies
body: कुकीज़ weight=3 concept=cookie
body: कुकीज weight=3 concept=cookie
body: कुकी weight=3 concept=cookie
body: cookies weight=3 concept=cookie
body: वेब बीकन weight=3 concept=web-beacon
body: पिक्सेल weight=2.5 concept=web-beacon
body: पिक्सल weight=2.5 concept=web-beacon
body: टेक्स्ट फ़ाइल weight=2.5 concept=text-files
body: ब्राउज़र weight=1.5 concept=browser
body: समान तकनीकों weight=2 concept=tracking-technology
body: ट्रैकिंग weight=1.5 concept=tracking-technology
body: Google Analytics weight=2.5 concept=analytics-term
body: गूगल एनालिटिक्स weight=2.5 concept=analytics-term
body: सेटिंग्स weight=1 concept=browser-settings
body: अक्षम weight=1.5 concept=browser-settings
body: सत्र weight=1.5 concept=cookie-lifetime
# Added with the shared concept inventory (concepts.txt).
heading: वेब बीकन concept=web-beacons
heading: पिक्सेल टैग concept=web-beacons
heading: लॉग फ़ाइलें concept=log-files
heading: लॉग फाइलें concept=log-files
heading: एनालिटिक्स concept=analytics
heading: विश्लेषण concept=analytics
heading: विश्लेषण उपकरण concept=analytics
body: लॉग फ़ाइल weight=2 concept=log-file
body: लॉग फाइल weight=2 concept=log-file
body: स्थानीय भंडारण weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: स्थायी weight=2 concept=cookie-lifetime
body: आवश्यक कुकीज़ weight=2.5 concept=cookie-categories
body: कार्यात्मक weight=2 concept=cookie-categories
body: SDK weight=2 concept=sdk
body: फिंगरप्रिंटिंग weight=2.5 concept=fingerprinting
body: ब्राउज़र सेटिंग्स weight=1.5 concept=browser-settings
body: उपकरण weight=0.5 concept=device

[advertising]
heading: विज्ञापन weight=2 concept=advertising
heading: विपणन weight=2 concept=marketing
heading: मार्केटिंग weight=1 concept=marketing
heading: रुचि आधारित विज्ञापन weight=1 concept=interest-based-advertising
heading: वैयक्तिकृत विज्ञापन weight=1 concept=interest-based-advertising
heading: प्रचार weight=1 concept=marketing-communications
body: विज्ञापन* weight=2 concept=ads
body: विज्ञापनदाताओं weight=2.5 concept=ad-networks
body: विज्ञापन नेटवर्क weight=3 concept=ad-networks
body: विपणन weight=2 concept=marketing-purposes
body: मार्केटिंग weight=2 concept=marketing-purposes
body: प्रचार weight=2 concept=promotions
body: प्रचारात्मक weight=2 concept=promotions
body: ऑफ़र weight=1.5 concept=promotions
body: ऑफर weight=1.5 concept=promotions
body: छूट weight=1.5 concept=promotions
body: न्यूज़लेटर weight=2 concept=marketing-messages
body: रुचियों weight=2 concept=interests
body: रुचि weight=1.5 concept=interest-based
body: लक्षित weight=2 concept=interest-based
body: अभियान weight=1.5 concept=ad-measurement
body: एसएमएस weight=1 concept=marketing-messages
# Added with the shared concept inventory (concepts.txt).
heading: तृतीय पक्ष विज्ञापन concept=third-party-advertising
heading: विज्ञापन नेटवर्क concept=third-party-advertising
heading: विपणन संचार concept=marketing-communications
heading: प्रत्यक्ष विपणन concept=marketing
body: रीटार्गेटिंग weight=3 concept=retargeting
body: रीमार्केटिंग weight=3 concept=retargeting
body: विपणन उद्देश्यों weight=2 concept=marketing-purposes
body: विपणन ईमेल weight=2.5 concept=marketing-messages
body: न्यूजलेटर weight=2 concept=marketing-messages
body: विज्ञापनों की प्रभावशीलता weight=2 concept=ad-measurement
body: Digital Advertising Alliance weight=3 concept=ad-industry-programs
body: Network Advertising Initiative weight=3 concept=ad-industry-programs

[do-not-track]
heading: Do Not Track weight=1 concept=do-not-track
heading: DNT weight=1 concept=do-not-track
heading: डू नॉट ट्रैक weight=1 concept=do-not-track
heading: ट्रैक न करें weight=2 concept=do-not-track
heading: ट्रैक न करने weight=1 concept=do-not-track
heading: ग्लोबल प्राइवेसी कंट्रोल weight=1 concept=global-privacy-control
body: Do Not Track weight=3 concept=dnt-signal
body: DNT weight=3 concept=dnt-signal
body: GPC weight=3 concept=gpc-signal
body: Global Privacy Control weight=3 concept=gpc-signal
body: संकेत weight=3 concept=opt-out-preference-signal
body: सिग्नल weight=3 concept=opt-out-preference-signal
body: ट्रैक न करें weight=3 concept=dnt-signal
body: ब्राउज़र weight=1 concept=browser-dnt
body: प्रतिक्रिया weight=1.5 concept=do-not-respond
body: जवाब weight=1.5 concept=do-not-respond
body: मानक weight=1.5 concept=no-uniform-standard
body: एकसमान weight=1.5 concept=no-uniform-standard
body: उद्योग weight=1 concept=no-uniform-standard
body: तंत्र weight=1 concept=opt-out-preference-signal
# Added with the shared concept inventory (concepts.txt).
heading: Global Privacy Control concept=global-privacy-control
heading: प्राथमिकता संकेत concept=preference-signals
heading: ब्राउज़र संकेत concept=preference-signals
heading: ऑप्ट आउट प्राथमिकता संकेत concept=preference-signals
body: प्रतिक्रिया नहीं देते weight=2.5 concept=do-not-respond
body: वेबसाइटों पर ट्रैक weight=2.5 concept=cross-site-tracking
body: सम्मान weight=1.5 concept=honor-signals

[choices]
heading: आपके विकल्प weight=2 concept=your-choices
heading: विकल्प weight=1 concept=your-choices
heading: ऑप्ट आउट weight=1 concept=opting-out
heading: सदस्यता समाप्त weight=1 concept=unsubscribing
heading: प्राथमिकताएं weight=1 concept=managing-preferences
heading: प्राथमिकताएँ weight=1 concept=managing-preferences
heading: नियंत्रण weight=1 concept=your-choices
body: विकल्प weight=2 concept=preferences
body: चुन* weight=1.5 concept=choose-not-to
body: ऑप्ट आउट weight=3 concept=opt-out
body: सदस्यता समाप्त weight=2.5 concept=unsubscribe
body: अनसब्सक्राइब weight=2.5 concept=unsubscribe
body: प्राथमिकताएं weight=2 concept=preferences
body: प्राथमिकताएँ weight=2 concept=preferences
body: सेटिंग्स weight=1 concept=settings
body: अस्वीकार weight=1.5 concept=decline
body: बंद weight=1.5 concept=disable
body: अक्षम weight=1.5 concept=disable
body: प्रदान नहीं weight=2 concept=choose-not-to
body: स्वैच्छिक weight=2 concept=choose-not-to
body: नियंत्रण weight=1 concept=settings
# Added with the shared concept inventory (concepts.txt).
heading: ऑप्ट आउट कैसे करें concept=opting-out
heading: अपनी प्राथमिकताओं का प्रबंधन concept=managing-preferences
heading: संचार प्राथमिकताएं concept=managing-preferences
heading: अनसब्सक्राइब करना concept=unsubscribing
heading: सदस्यता समाप्त करना concept=unsubscribing
body: प्रचार ईमेल weight=2 concept=promotional-emails
body: पुश सूचनाएं weight=2 concept=device-permissions
body: स्थान सेवाएं weight=2 concept=device-permissions
body: प्राप्त करना बंद weight=3 concept=unsubscribe
body: कुछ सुविधाओं का उपयोग नहीं weight=1.5 concept=consequences-of-refusal
body: प्राप्त weight=0.5 concept=receive
body: ईमेल के नीचे weight=1.5 concept=unsubscribe-link

[rights]
heading: अधिकार weight=1.5 concept=your-rights
heading: आपके अधिकार weight=2 concept=your-rights
heading: अधिकारों weight=1 concept=your-rights
heading: अधिकारों का प्रयोग weight=1 concept=exercising-rights
heading: डेटा प्रिंसिपल के अधिकार weight=1 concept=your-rights
heading: पहुंच और सुधार weight=1 concept=access-and-correction
heading: पहुंच weight=1.5 concept=access-and-correction
heading: पहुँच weight=1.5 concept=access-and-correction
heading: पहुँच का अधिकार concept=access-and-correction
heading: पहुंच का अधिकार concept=access-and-correction
heading: सुधार का अधिकार concept=access-and-correction
heading: मिटाने का अधिकार concept=your-rights
heading: हटाने का अधिकार concept=your-rights
heading: डेटा पोर्टेबिलिटी का अधिकार concept=your-rights
heading: आपत्ति का अधिकार concept=your-rights
heading: प्रसंस्करण को प्रतिबंधित करने का अधिकार concept=your-rights
heading: शिकायत दर्ज करने का अधिकार concept=exercising-rights
heading: आपके गोपनीयता अधिकार concept=your-rights
body: अधिकार weight=2
body: अधिकारों weight=2
body: प्रयोग weight=1.5 concept=exercise-rights
body: पहुंच weight=2 concept=access
body: पहुँच weight=2 concept=access
body: सुधार weight=1.5 concept=rectification
body: संशोधन weight=2.5 concept=rectification
body: हटाने weight=2 concept=erasure
body: मिटाने weight=2.5 concept=erasure
body: आपत्ति weight=3 concept=right-to-object
body: प्रतिबंध weight=2 concept=restriction
body: पोर्टेबिलिटी weight=3 concept=portability
body: शिकायत weight=2 concept=complaint-to-authority
body: शिकायत निवारण weight=2.5 concept=complaint-to-authority
body: डेटा संरक्षण बोर्ड weight=3 concept=complaint-to-authority
body: नामांकन weight=2.5
body: अनुरोध weight=1 concept=request
body: प्रति weight=0.5 concept=copy-of-data
# Added with the shared concept inventory (concepts.txt).
heading: अनुरोध कैसे करें concept=exercising-rights
heading: अधिकृत एजेंट concept=authorized-agents
body: पहुंच का अधिकार weight=3 concept=right-of-access
body: गलत weight=2 concept=rectification
body: अपनी पहचान सत्यापित weight=2 concept=verify-identity
body: अधिकृत एजेंट weight=2.5 concept=authorized-agent
body: भेदभाव weight=1.5 concept=non-discrimination
body: डेटा प्रिंसिपल weight=2 concept=data-subject-rights

[retention]
heading: प्रतिधारण weight=2 concept=data-retention
heading: कितने समय तक weight=2 concept=how-long-we-keep
heading: प्रतिधारण अवधि weight=1 concept=retention-period
heading: भंडारण अवधि concept=retention-period
heading: डेटा प्रतिधारण अवधि concept=retention-period
heading: डेटा भंडारण weight=1 concept=data-retention
heading: भंडारण weight=1 concept=storage-and-retention
heading: जानकारी रखना weight=1 concept=data-retention
body: प्रतिधारण weight=3 concept=retain
body: बनाए रखते weight=2.5 concept=retain
body: बनाए रखेंगे weight=2.5 concept=retain
body: रखते weight=1.5 concept=keep
body: अवधि weight=2 concept=retention-criteria
body: जितने समय weight=2 concept=as-long-as-necessary
body: आवश्यक समय weight=2 concept=as-long-as-necessary
body: समय तक weight=1.5 concept=as-long-as-necessary
body: हटा weight=1.5 concept=destroy
body: नष्ट weight=2.5 concept=destroy
body: गुमनाम weight=2 concept=anonymise
body: अनाम weight=2 concept=anonymise
body: संग्रहीत weight=1.5 concept=store
body: भंडारण weight=1 concept=store
body: वर्षों weight=0.5 concept=years
# Added with the shared concept inventory (concepts.txt).
heading: डेटा प्रतिधारण concept=data-retention
heading: हम आपकी जानकारी कितने समय तक रखते हैं concept=how-long-we-keep
heading: भंडारण और प्रतिधारण concept=storage-and-retention
heading: प्रतिधारण और विलोपन concept=retention-and-deletion
body: जब तक आवश्यक हो weight=3 concept=as-long-as-necessary
body: आवश्यकता नहीं रह जाती weight=2.5 concept=no-longer-needed
body: संग्रहित weight=2 concept=archive
body: निष्क्रिय खाते weight=2 concept=inactive-accounts
body: कानून द्वारा अपेक्षित weight=2 concept=legal-retention-requirements

[security]
heading: सुरक्षा weight=2 concept=data-security
heading: डेटा सुरक्षा weight=1 concept=data-security
heading: सुरक्षा उपाय weight=1 concept=security-measures
heading: जानकारी की सुरक्षा weight=1 concept=data-security
heading: सुरक्षित weight=1 concept=data-security
heading: सुरक्षा प्रथाएं weight=1 concept=security-measures
body: सुरक्षा weight=2 concept=secure
body: सुरक्षित weight=2 concept=secure
body: सुरक्षा उपाय weight=2.5 concept=safeguards
body: उपाय weight=1.5 concept=safeguards
body: एन्क्रिप्शन weight=3 concept=encryption
body: एन्क्रिप्ट weight=3 concept=encryption
body: अनधिकृत पहुंच weight=3 concept=unauthorized-access
body: अनधिकृत weight=2.5 concept=unauthorized-access
body: हानि weight=1.5 concept=loss-misuse-alteration
body: दुरुपयोग weight=2 concept=loss-misuse-alteration
body: उल्लंघन weight=2 concept=breach
body: फ़ायरवॉल weight=2.5 concept=technical-controls
body: SSL weight=3 concept=encryption
body: TLS weight=2.5 concept=encryption
body: गोपनीय weight=1.5 concept=confidentiality
body: ISO weight=1.5 concept=industry-standard
body: उचित weight=0.5
# Added with the shared concept inventory (concepts.txt).
heading: हम आपकी जानकारी की सुरक्षा कैसे करते हैं concept=how-we-protect
heading: आपकी जानकारी की सुरक्षा concept=how-we-protect
body: तकनीकी और संगठनात्मक उपाय weight=3 concept=technical-organisational-measures
body: भौतिक weight=1.5 concept=physical-safeguards
body: पासवर्ड weight=2.5 concept=technical-controls
body: गारंटी नहीं weight=2.5 concept=no-guarantee
body: उद्योग मानक weight=2 concept=industry-standard
body: संरक्षित weight=1 concept=protect
body: सुनिश्चित weight=0.5 concept=ensure

[children]
heading: बच्चों weight=2 concept=childrens-privacy
heading: बच्चे weight=1 concept=childrens-privacy
heading: नाबालिग weight=2 concept=minors
heading: नाबालिगों weight=1 concept=minors
heading: बच्चों की गोपनीयता weight=1 concept=childrens-privacy
heading: बाल weight=1 concept=childrens-privacy
body: बच्चों weight=3 concept=children
body: बच्चे weight=2.5 concept=children
body: बच्चा weight=2 concept=children
body: नाबालिग weight=3 concept=minors-teens
body: नाबालिगों weight=3 concept=minors-teens
body: कम आयु weight=3 concept=age-threshold
body: आयु weight=1.5 concept=age
body: उम्र weight=1.5 concept=age
body: माता पिता weight=3 concept=parents-guardians
body: अभिभावक weight=3 concept=parents-guardians
body: संरक्षक weight=2.5 concept=parents-guardians
body: सत्यापन योग्य सहमति weight=2.5 concept=parental-consent
body: COPPA weight=2.5 concept=coppa
# Added with the shared concept inventory (concepts.txt).
heading: 18 वर्ष से कम आयु के बच्चे concept=age-limits
heading: आयु सीमा concept=age-limits
heading: आयु प्रतिबंध concept=age-limits
body: 18 वर्ष से कम weight=2.5 concept=age-threshold
body: जानबूझकर weight=3 concept=knowingly-collect
body: माता पिता की सहमति weight=3 concept=parental-consent
body: के लिए अभिप्रेत नहीं weight=2 concept=not-directed-to-children
body: यदि हमें पता चलता है weight=2 concept=if-we-learn
body: किशोर weight=2.5 concept=minors-teens

[international]
heading: अंतरराष्ट्रीय weight=2 concept=international-transfers
heading: अंतर्राष्ट्रीय weight=2 concept=international-transfers
heading: स्थानांतरण weight=1.5 concept=data-transfers
heading: हस्तांतरण weight=1.5 concept=data-transfers
heading: डेटा का स्थानांतरण concept=data-transfers
heading: सीमा पार डेटा स्थानांतरण concept=international-transfers
heading: सीमा पार weight=1 concept=international-transfers
heading: भारत के बाहर weight=1 concept=international-transfers
heading: भंडारण स्थान weight=1 concept=where-we-store
body: अंतरराष्ट्रीय weight=2.5 concept=cross-border
body: अंतर्राष्ट्रीय weight=2.5 concept=cross-border
body: सीमा पार weight=3 concept=cross-border
body: स्थानांतरण weight=2 concept=transfer
body: स्थानांतरित weight=2 concept=transfer
body: हस्तांतरण weight=2 concept=transfer
body: भारत के बाहर weight=3 concept=other-countries
body: अन्य देशों weight=2.5 concept=other-countries
body: देश weight=1
body: सर्वर weight=1.5 concept=server-location
body: क्लाउड weight=1.5 concept=server-location
body: मानक संविदात्मक खंड weight=3 concept=transfer-safeguards
body: पर्याप्त सुरक्षा weight=2 concept=adequacy
body: यूरोपीय आर्थिक क्षेत्र weight=2 concept=eea
body: अधिकार क्षेत्र weight=1.5 concept=jurisdictions
# Added with the shared concept inventory (concepts.txt).
heading: अंतरराष्ट्रीय डेटा स्थानांतरण concept=international-transfers
heading: हम आपकी जानकारी कहां संग्रहीत करते हैं concept=where-we-store
heading: डेटा भंडारण weight=1 concept=where-we-store
heading: डेटा का भंडारण weight=1 concept=where-we-store
body: संयुक्त राज्य अमेरिका weight=1.5 concept=united-states
body: बाध्यकारी कॉर्पोरेट नियम weight=3 concept=transfer-safeguards
body: पर्याप्तता निर्णय weight=3 concept=adequacy
body: दुनिया भर में weight=1.5 concept=around-the-world
body: कम सुरक्षात्मक weight=2 concept=less-protective
body: Data Privacy Framework weight=3 concept=privacy-frameworks
body: डेटा गोपनीयता फ्रेमवर्क weight=3 concept=privacy-frameworks

[regional]
heading: कैलिफ़ोर्निया weight=2 concept=california
heading: कैलिफोर्निया weight=2 concept=california
heading: क्षेत्र विशिष्ट weight=1 concept=jurisdiction-specific
heading: यूरोपीय संघ weight=1 concept=eea-gdpr-notice
heading: निवासियों weight=1 concept=jurisdiction-specific
heading: देश विशिष्ट weight=1 concept=jurisdiction-specific
body: कैलिफ़ोर्निया weight=3 concept=california-law
body: कैलिफोर्निया weight=3 concept=california-law
body: निवासी weight=2 concept=residents
body: निवासियों weight=2 concept=residents
body: यूरोपीय संघ weight=2 concept=eu-gdpr
body: यूरोपीय आर्थिक क्षेत्र weight=2 concept=eu-gdpr
body: यूनाइटेड किंगडम weight=1.5 concept=eu-gdpr
body: ब्रिटेन weight=1.5 concept=eu-gdpr
body: स्विट्ज़रलैंड weight=1.5
body: संयुक्त राज्य weight=1.5
body: नेवादा weight=2.5 concept=us-states
body: ब्राज़ील weight=2 concept=brazil-lgpd
body: CCPA weight=2.5 concept=california-law
body: CPRA weight=2 concept=california-law
body: राज्य weight=1 concept=state
body: क्षेत्र weight=1
# Added with the shared concept inventory (concepts.txt).
heading: नेवादा निवासी concept=us-state-rights
heading: अमेरिकी राज्य गोपनीयता अधिकार concept=us-state-rights
heading: GDPR अनुपालन concept=eea-gdpr-notice
body: वर्जीनिया weight=3 concept=us-states
body: कोलोराडो weight=3 concept=us-states
body: उपभोक्ता weight=1.5 concept=consumers
body: बेचें या साझा न करें weight=3 concept=do-not-sell
body: वित्तीय प्रोत्साहन weight=3 concept=financial-incentives
body: पिछले 12 महीनों weight=3 concept=preceding-12-months
body: GDPR weight=2.5 concept=eu-gdpr
body: LGPD weight=2.5 concept=brazil-lgpd
body: कनाडा weight=2.5 concept=canada-pipeda
body: क्रॉस कॉन्टेक्स्ट व्यवहारिक विज्ञापन weight=3 concept=cross-context-advertising
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
heading: तृतीय पक्ष की वेबसाइटें weight=2 concept=third-party-websites
heading: तृतीय पक्ष वेबसाइटें weight=2 concept=third-party-websites
heading: लिंक weight=2 concept=links-to-other-sites
heading: बाहरी लिंक weight=1 concept=links-to-other-sites
heading: अन्य वेबसाइटों weight=1 concept=third-party-websites
heading: तृतीय पक्ष सेवाएं weight=2 concept=third-party-services
heading: तृतीय-पक्ष सेवाएँ concept=third-party-services
heading: तृतीय पक्ष सेवाएँ concept=third-party-services
heading: क्लाउड सिंक concept=third-party-services
heading: क्लाउड सिंक्रनाइज़ेशन concept=third-party-services
heading: बाहरी सेवाएं concept=third-party-services
heading: बाहरी सेवाएँ concept=third-party-services
heading: तृतीय-पक्ष सेवाओं का उपयोग concept=third-party-services
heading: तृतीय पक्ष लाइब्रेरी concept=third-party-services
body: लिंक weight=3 concept=links
body: बाहरी weight=1.5 concept=other-sites
body: अन्य वेबसाइटों weight=2.5 concept=other-sites
body: तृतीय पक्ष वेबसाइटों weight=2.5 concept=other-sites
body: ज़िम्मेदार weight=2.5 concept=not-responsible
body: जिम्मेदार weight=2.5 concept=not-responsible
body: ज़िम्मेदारी weight=1.5 concept=not-responsible
body: जिम्मेदारी weight=1.5 concept=not-responsible
body: नियंत्रण नहीं weight=2.5 concept=not-responsible
body: प्लग इन weight=2.5 concept=plugins
body: प्लगइन weight=2.5 concept=plugins
body: सोशल मीडिया weight=1.5
body: प्रथाओं weight=1.5 concept=their-privacy-policies
body: समीक्षा weight=0.5 concept=review
# Added with the shared concept inventory (concepts.txt).
heading: अन्य वेबसाइटों के लिंक concept=links-to-other-sites
heading: सोशल मीडिया प्लगइन concept=social-media-plugins
heading: सोशल मीडिया सुविधाएं concept=social-media-plugins
heading: तृतीय पक्षों की गोपनीयता नीतियां concept=third-party-privacy-policies
heading: तृतीय पक्ष गोपनीयता प्रथाएं concept=third-party-privacy-policies
body: उनकी गोपनीयता नीतियों weight=3 concept=their-privacy-policies
body: हम आपको प्रोत्साहित करते हैं weight=2.5 concept=encourage-review
body: हमारी वेबसाइट छोड़ weight=2.5 concept=leave-our-site
body: तृतीय पक्ष एप्लिकेशन weight=2 concept=third-party-applications
body: सामग्री weight=0.5 concept=content
# Headings on the company's presence on social networks (concept social-media-presence).
heading: सोशल मीडिया concept=social-media-presence
heading: सोशल नेटवर्क concept=social-media-presence
heading: सोशल मीडिया पर हमारी उपस्थिति concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: तृतीय पक्षों द्वारा एकत्रित जानकारी concept=third-party-data-collection
heading: तृतीय पक्ष द्वारा एकत्र की गई जानकारी concept=third-party-data-collection
heading: अन्य पक्षों द्वारा एकत्रित डेटा concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: नेटवर्क कनेक्शन weight=2 concept=network-connections
heading: बाहरी कनेक्शन weight=2 concept=network-connections
heading: डिवाइस से बाहर जाता weight=2 concept=network-connections
heading: डिवाइस से बाहर भेजा weight=2 concept=network-connections
heading: इंटरनेट पर भेजा weight=2 concept=network-connections
heading: इंटरनेट पर जाता weight=2 concept=network-connections
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
heading: परिवर्तन weight=2 concept=changes-to-policy
heading: बदलाव weight=2 concept=changes-to-policy
heading: संशोधन weight=1 concept=amendments
heading: अपडेट weight=1 concept=policy-updates
heading: नीति में परिवर्तन weight=1 concept=changes-to-policy
heading: अद्यतन weight=1 concept=policy-updates
body: बदलाव weight=2 concept=change-update
body: परिवर्तन weight=2 concept=change-update
body: संशोधन weight=2 concept=change-update
body: संशोधित weight=2 concept=change-update
body: अपडेट weight=1.5 concept=change-update
body: अद्यतन weight=2 concept=change-update
body: अंतिम अपडेट weight=3 concept=effective-date
body: अंतिम बार अपडेट weight=3 concept=effective-date
body: प्रभावी तिथि weight=3 concept=effective-date
body: प्रभावी weight=2 concept=effective-date
body: समय समय पर weight=2.5 concept=from-time-to-time
body: महत्वपूर्ण परिवर्तन weight=2.5 concept=material-changes
body: सूचित weight=1.5 concept=notify-you
body: प्रकाशित weight=1.5 concept=posting
body: संस्करण weight=1.5 concept=version
# Added with the shared concept inventory (concepts.txt).
heading: परिवर्तनों की सूचना concept=notification-of-changes
heading: इस नीति में अपडेट concept=policy-updates
heading: प्रभावी तिथि concept=entry-into-force
heading: लागू होने की तिथि concept=entry-into-force
body: उपयोग जारी रखने weight=3 concept=continued-use
body: नवीनतम संस्करण weight=2 concept=latest-version
body: तुरंत प्रभावी weight=2.5 concept=effective-immediately
body: अधिकार सुरक्षित weight=2 concept=reserve-the-right
body: नियमित रूप से weight=2.5 concept=check-back
body: सूचना weight=0.5 concept=notice

[contact]
heading: संपर्क weight=2 concept=contact-us
heading: हमसे संपर्क करें weight=1 concept=contact-us
heading: संपर्क जानकारी weight=1 concept=contact-information
heading: शिकायत अधिकारी weight=2 concept=data-protection-officer
heading: शिकायत निवारण अधिकारी weight=1 concept=data-protection-officer
heading: प्रश्न और शिकायतें weight=1 concept=questions
body: संपर्क weight=2.5 concept=please-contact
body: हमसे weight=2 concept=please-contact
body: ईमेल weight=1.5 concept=by-email
body: फ़ोन weight=1.5 concept=telephone
body: फोन weight=1.5 concept=telephone
body: पता weight=1 concept=address
body: शिकायत अधिकारी weight=3 concept=dpo
body: डेटा संरक्षण अधिकारी weight=3 concept=dpo
body: अधिकारी weight=1.5 concept=dpo
body: प्रश्न weight=1.5 concept=questions-comments
body: प्रश्नों weight=1.5 concept=questions-comments
body: शिकायतें weight=1.5 concept=questions-comments
body: ग्राहक सेवा weight=1.5 concept=customer-service
body: लिखें weight=1.5 concept=please-contact
body: पत्राचार weight=2 concept=postal-address
# Added with the shared concept inventory (concepts.txt).
heading: हमसे कैसे संपर्क करें concept=how-to-contact
heading: संपर्क विवरण concept=contact-information
heading: प्रश्न concept=questions
heading: डेटा संरक्षण अधिकारी concept=data-protection-officer
body: कृपया संपर्क करें weight=3 concept=please-contact
body: टेलीफोन weight=1.5 concept=telephone
body: डाक पता weight=2 concept=postal-address

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
