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

[intro]
heading: परिचय
heading: प्रस्तावना
heading: सामान्य
heading: गोपनीयता नीति weight=0.5   # document title; also inside other headings
heading: दायरा
heading: हमारे बारे में
heading: इस नीति का दायरा
body: गोपनीयता नीति weight=2
body: यह नीति weight=2
body: इस नीति weight=1.5
body: लागू weight=1.5
body: दायरा weight=1.5
body: प्रतिबद्ध weight=2
body: सम्मान weight=1.5
body: ध्यानपूर्वक weight=2
body: ध्यान से weight=2
body: पढ़ें weight=1.5
body: सहमत weight=1.5
body: प्राइवेट लिमिटेड weight=1
body: कंपनी weight=0.3
body: हम weight=0.3

[definitions]
heading: परिभाषाएं weight=2
heading: परिभाषाएँ weight=2
heading: परिभाषा
heading: शब्दावली
heading: शब्दों के अर्थ
heading: प्रयुक्त शब्द
body: तात्पर्य weight=3
body: अभिप्राय weight=2.5
body: अर्थ weight=2.5
body: संदर्भित weight=2
body: कहा गया weight=1.5
body: डेटा प्रिंसिपल weight=3
body: डेटा फिड्यूशरी weight=3
body: डेटा प्रोसेसर weight=2
body: संवेदनशील व्यक्तिगत डेटा weight=2
body: शब्द weight=1
body: से है weight=1
body: व्यक्तिगत डेटा weight=0.5
body: शामिल weight=0.5

[collection]
heading: एकत्र* weight=2
heading: संग्रह weight=1.5
heading: इकट्ठा
heading: हम कौन सी जानकारी
heading: जानकारी का संग्रह
heading: प्रदान की गई जानकारी
heading: स्रोत weight=2
heading: जानकारी के स्रोत
body: एकत्र* weight=3
body: संग्रह* weight=2.5
body: इकट्ठा weight=2.5
body: प्राप्त weight=1
body: प्रदान करते weight=1.5
body: नाम weight=1
body: ईमेल पता weight=1.5
body: फ़ोन नंबर weight=1.5
body: फोन नंबर weight=1.5
body: जन्म तिथि weight=1.5
body: आईपी पता weight=2
body: IP weight=1.5
body: डिवाइस weight=1.5
body: ऑपरेटिंग सिस्टम weight=1.5
body: स्थान weight=1.5
body: लॉग weight=1.5
body: स्वचालित रूप से weight=2
body: पंजीकरण weight=1
body: स्रोत weight=1.5
body: स्रोतों weight=1.5

[use]
heading: उपयोग weight=1.5
heading: जानकारी का उपयोग weight=2
heading: उपयोग कैसे weight=2
heading: इस्तेमाल
heading: उद्देश्य weight=2
heading: प्रसंस्करण के उद्देश्य
body: उद्देश्य weight=2
body: उद्देश्यों weight=2
body: उपयोग weight=1
body: इस्तेमाल weight=1
body: सेवाएं प्रदान weight=1.5
body: सुधार weight=1.5
body: बेहतर weight=1.5
body: विकास weight=1
body: वैयक्तिकृत weight=2.5
body: निजीकृत weight=2
body: विश्लेषण weight=1.5
body: सांख्यिकीय weight=1.5
body: सत्यापन weight=1.5
body: धोखाधड़ी weight=1.5
body: ग्राहक सहायता weight=1.5
body: अनुसंधान weight=1
body: ऑर्डर weight=1
body: भुगतान weight=1

[legal-basis]
heading: कानूनी आधार weight=2
heading: वैध आधार weight=2
heading: विधिक आधार
heading: आधार
heading: प्रसंस्करण का आधार
heading: वैध उपयोग
body: कानूनी आधार weight=3
body: आधार weight=2
body: वैध हित weight=3
body: वैध हितों weight=3
body: अनुबंध weight=1.5
body: निष्पादन weight=2.5
body: कानूनी दायित्व weight=2.5
body: कानूनी दायित्वों weight=2.5
body: सार्वजनिक हित weight=2
body: महत्वपूर्ण हित weight=2.5
body: वैध उपयोग weight=2.5
body: वैध weight=1.5
body: सहमति weight=0.5

[consent]
heading: सहमति weight=1.5
heading: आपकी सहमति
heading: सहमति वापस weight=2
heading: वापस लेना
heading: सहमति प्रबंधक
heading: सहमति प्राप्त करना
body: सहमति weight=2
body: वापस weight=3
body: वापस लेने weight=2.5
body: स्पष्ट सहमति weight=2.5
body: पूर्व सहमति weight=2
body: सहमत weight=1.5
body: चेकबॉक्स weight=2
body: क्लिक weight=1
body: किसी भी समय weight=1.5
body: प्रभावित नहीं weight=2
body: सहमति प्रबंधक weight=2.5
body: अस्वीकार weight=1

[sharing]
heading: साझा weight=2
heading: साझा करना
heading: प्रकटीकरण weight=2
heading: प्रकट
heading: तृतीय पक्षों के साथ
heading: किसके साथ साझा
body: साझा weight=3
body: प्रकट weight=2.5
body: प्रकटीकरण weight=2.5
body: तृतीय पक्ष weight=2
body: तृतीय पक्षों weight=2
body: सेवा प्रदाता weight=2
body: सेवा प्रदाताओं weight=2
body: सहयोगी कंपनियों weight=2
body: सहायक कंपनियों weight=2
body: भागीदारों weight=1.5
body: विलय weight=2.5
body: अधिग्रहण weight=2.5
body: बिक्री weight=1.5
body: बेचते weight=2
body: सरकारी एजेंसियों weight=2
body: कानून प्रवर्तन weight=2
body: न्यायालय weight=1.5
body: अदालत weight=1.5
body: कानूनी प्रक्रिया weight=1.5

[cookies]
heading: कुकीज़ weight=2
heading: कुकीज weight=2
heading: कुकी
heading: कुकी नीति
heading: ट्रैकिंग तकनीकें
heading: समान तकनीकें
body: कुकीज़ weight=3
body: कुकीज weight=3
body: कुकी weight=3
body: cookies weight=3
body: वेब बीकन weight=3
body: पिक्सेल weight=2.5
body: पिक्सल weight=2.5
body: टेक्स्ट फ़ाइल weight=2.5
body: ब्राउज़र weight=1.5
body: समान तकनीकों weight=2
body: ट्रैकिंग weight=1.5
body: Google Analytics weight=2.5
body: गूगल एनालिटिक्स weight=2.5
body: सेटिंग्स weight=1
body: अक्षम weight=1.5
body: सत्र weight=1.5

[advertising]
heading: विज्ञापन weight=2
heading: विपणन weight=2
heading: मार्केटिंग
heading: रुचि आधारित विज्ञापन
heading: वैयक्तिकृत विज्ञापन
heading: प्रचार
body: विज्ञापन* weight=2
body: विज्ञापनदाताओं weight=2.5
body: विज्ञापन नेटवर्क weight=3
body: विपणन weight=2
body: मार्केटिंग weight=2
body: प्रचार weight=2
body: प्रचारात्मक weight=2
body: ऑफ़र weight=1.5
body: ऑफर weight=1.5
body: छूट weight=1.5
body: न्यूज़लेटर weight=2
body: रुचियों weight=2
body: रुचि weight=1.5
body: लक्षित weight=2
body: अभियान weight=1.5
body: एसएमएस weight=1

[do-not-track]
heading: Do Not Track
heading: DNT
heading: डू नॉट ट्रैक
heading: ट्रैक न करें weight=2
heading: ट्रैक न करने
heading: ग्लोबल प्राइवेसी कंट्रोल
body: Do Not Track weight=3
body: DNT weight=3
body: GPC weight=3
body: Global Privacy Control weight=3
body: संकेत weight=3
body: सिग्नल weight=3
body: ट्रैक न करें weight=3
body: ब्राउज़र weight=1
body: प्रतिक्रिया weight=1.5
body: जवाब weight=1.5
body: मानक weight=1.5
body: एकसमान weight=1.5
body: उद्योग weight=1
body: तंत्र weight=1

[choices]
heading: आपके विकल्प weight=2
heading: विकल्प
heading: ऑप्ट आउट
heading: सदस्यता समाप्त
heading: प्राथमिकताएं
heading: प्राथमिकताएँ
heading: नियंत्रण
body: विकल्प weight=2
body: चुन* weight=1.5
body: ऑप्ट आउट weight=3
body: सदस्यता समाप्त weight=2.5
body: अनसब्सक्राइब weight=2.5
body: प्राथमिकताएं weight=2
body: प्राथमिकताएँ weight=2
body: सेटिंग्स weight=1
body: अस्वीकार weight=1.5
body: बंद weight=1.5
body: अक्षम weight=1.5
body: प्रदान नहीं weight=2
body: स्वैच्छिक weight=2
body: नियंत्रण weight=1

[rights]
heading: अधिकार weight=1.5
heading: आपके अधिकार weight=2
heading: अधिकारों
heading: अधिकारों का प्रयोग
heading: डेटा प्रिंसिपल के अधिकार
heading: पहुंच और सुधार
heading: पहुंच weight=1.5
heading: पहुँच weight=1.5
body: अधिकार weight=2
body: अधिकारों weight=2
body: प्रयोग weight=1.5
body: पहुंच weight=2
body: पहुँच weight=2
body: सुधार weight=1.5
body: संशोधन weight=2.5
body: हटाने weight=2
body: मिटाने weight=2.5
body: आपत्ति weight=3
body: प्रतिबंध weight=2
body: पोर्टेबिलिटी weight=3
body: शिकायत weight=2
body: शिकायत निवारण weight=2.5
body: डेटा संरक्षण बोर्ड weight=3
body: नामांकन weight=2.5
body: अनुरोध weight=1
body: प्रति weight=0.5

[retention]
heading: प्रतिधारण weight=2
heading: कितने समय तक weight=2
heading: प्रतिधारण अवधि
heading: डेटा भंडारण
heading: भंडारण
heading: जानकारी रखना
body: प्रतिधारण weight=3
body: बनाए रखते weight=2.5
body: बनाए रखेंगे weight=2.5
body: रखते weight=1.5
body: अवधि weight=2
body: जितने समय weight=2
body: आवश्यक समय weight=2
body: समय तक weight=1.5
body: हटा weight=1.5
body: नष्ट weight=2.5
body: गुमनाम weight=2
body: अनाम weight=2
body: संग्रहीत weight=1.5
body: भंडारण weight=1
body: वर्षों weight=0.5

[security]
heading: सुरक्षा weight=2
heading: डेटा सुरक्षा
heading: सुरक्षा उपाय
heading: जानकारी की सुरक्षा
heading: सुरक्षित
heading: सुरक्षा प्रथाएं
body: सुरक्षा weight=2
body: सुरक्षित weight=2
body: सुरक्षा उपाय weight=2.5
body: उपाय weight=1.5
body: एन्क्रिप्शन weight=3
body: एन्क्रिप्ट weight=3
body: अनधिकृत पहुंच weight=3
body: अनधिकृत weight=2.5
body: हानि weight=1.5
body: दुरुपयोग weight=2
body: उल्लंघन weight=2
body: फ़ायरवॉल weight=2.5
body: SSL weight=3
body: TLS weight=2.5
body: गोपनीय weight=1.5
body: ISO weight=1.5
body: उचित weight=0.5

[children]
heading: बच्चों weight=2
heading: बच्चे
heading: नाबालिग weight=2
heading: नाबालिगों
heading: बच्चों की गोपनीयता
heading: बाल
body: बच्चों weight=3
body: बच्चे weight=2.5
body: बच्चा weight=2
body: नाबालिग weight=3
body: नाबालिगों weight=3
body: कम आयु weight=3
body: आयु weight=1.5
body: उम्र weight=1.5
body: माता पिता weight=3
body: अभिभावक weight=3
body: संरक्षक weight=2.5
body: सत्यापन योग्य सहमति weight=2.5
body: COPPA weight=2.5

[international]
heading: अंतरराष्ट्रीय weight=2
heading: अंतर्राष्ट्रीय weight=2
heading: स्थानांतरण weight=1.5
heading: हस्तांतरण weight=1.5
heading: सीमा पार
heading: भारत के बाहर
heading: भंडारण स्थान
body: अंतरराष्ट्रीय weight=2.5
body: अंतर्राष्ट्रीय weight=2.5
body: सीमा पार weight=3
body: स्थानांतरण weight=2
body: स्थानांतरित weight=2
body: हस्तांतरण weight=2
body: भारत के बाहर weight=3
body: अन्य देशों weight=2.5
body: देश weight=1
body: सर्वर weight=1.5
body: क्लाउड weight=1.5
body: मानक संविदात्मक खंड weight=3
body: पर्याप्त सुरक्षा weight=2
body: यूरोपीय आर्थिक क्षेत्र weight=2
body: अधिकार क्षेत्र weight=1.5

[regional]
heading: कैलिफ़ोर्निया weight=2
heading: कैलिफोर्निया weight=2
heading: क्षेत्र विशिष्ट
heading: यूरोपीय संघ
heading: निवासियों
heading: देश विशिष्ट
body: कैलिफ़ोर्निया weight=3
body: कैलिफोर्निया weight=3
body: निवासी weight=2
body: निवासियों weight=2
body: यूरोपीय संघ weight=2
body: यूरोपीय आर्थिक क्षेत्र weight=2
body: यूनाइटेड किंगडम weight=1.5
body: ब्रिटेन weight=1.5
body: स्विट्ज़रलैंड weight=1.5
body: संयुक्त राज्य weight=1.5
body: नेवादा weight=2.5
body: ब्राज़ील weight=2
body: CCPA weight=2.5
body: CPRA weight=2
body: राज्य weight=1
body: क्षेत्र weight=1

[third-party-sites]
heading: तृतीय पक्ष की वेबसाइटें weight=2
heading: तृतीय पक्ष वेबसाइटें weight=2
heading: लिंक weight=2
heading: बाहरी लिंक
heading: अन्य वेबसाइटों
heading: तृतीय पक्ष सेवाएं weight=2
body: लिंक weight=3
body: बाहरी weight=1.5
body: अन्य वेबसाइटों weight=2.5
body: तृतीय पक्ष वेबसाइटों weight=2.5
body: ज़िम्मेदार weight=2.5
body: जिम्मेदार weight=2.5
body: ज़िम्मेदारी weight=1.5
body: जिम्मेदारी weight=1.5
body: नियंत्रण नहीं weight=2.5
body: प्लग इन weight=2.5
body: प्लगइन weight=2.5
body: सोशल मीडिया weight=1.5
body: प्रथाओं weight=1.5
body: समीक्षा weight=0.5

[changes]
heading: परिवर्तन weight=2
heading: बदलाव weight=2
heading: संशोधन
heading: अपडेट
heading: नीति में परिवर्तन
heading: अद्यतन
body: बदलाव weight=2
body: परिवर्तन weight=2
body: संशोधन weight=2
body: संशोधित weight=2
body: अपडेट weight=1.5
body: अद्यतन weight=2
body: अंतिम अपडेट weight=3
body: अंतिम बार अपडेट weight=3
body: प्रभावी तिथि weight=3
body: प्रभावी weight=2
body: समय समय पर weight=2.5
body: महत्वपूर्ण परिवर्तन weight=2.5
body: सूचित weight=1.5
body: प्रकाशित weight=1.5
body: संस्करण weight=1.5

[contact]
heading: संपर्क weight=2
heading: हमसे संपर्क करें
heading: संपर्क जानकारी
heading: शिकायत अधिकारी weight=2
heading: शिकायत निवारण अधिकारी
heading: प्रश्न और शिकायतें
body: संपर्क weight=2.5
body: हमसे weight=2
body: ईमेल weight=1.5
body: फ़ोन weight=1.5
body: फोन weight=1.5
body: पता weight=1
body: शिकायत अधिकारी weight=3
body: डेटा संरक्षण अधिकारी weight=3
body: अधिकारी weight=1.5
body: प्रश्न weight=1.5
body: प्रश्नों weight=1.5
body: शिकायतें weight=1.5
body: ग्राहक सेवा weight=1.5
body: लिखें weight=1.5
body: पत्राचार weight=2
