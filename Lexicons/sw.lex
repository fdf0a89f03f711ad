# Swahili lexicon
# Swahili (Kiswahili) is a national and official language of Kenya, Tanzania and Uganda, an
# official language of the African Union and the East African Community, and a lingua
# franca of Rwanda, Burundi and eastern DR Congo.
# Legal vocabulary: Kenya's Data Protection Act, 2019 (Sheria ya Ulinzi wa Data, 2019) and
# its regulator, the Office of the Data Protection Commissioner (Ofisi ya Kamishna wa Ulinzi
# wa Data, ODPC); Tanzania's Personal Data Protection Act, 2022 (Sheria ya Ulinzi wa Taarifa
# Binafsi, 2022) and its Personal Data Protection Commission (Tume ya Ulinzi wa Taarifa
# Binafsi, PDPC). Terms: mdhibiti wa data (controller), mchakataji wa data (processor),
# mhusika wa data (data subject), taarifa binafsi / data ya kibinafsi (personal data),
# kuchakata / usindikaji (processing), idhini / ridhaa (consent), maslahi halali
# (legitimate interest), Afisa wa Ulinzi wa Data (DPO). Policies are titled "Sera ya
# Faragha" (also "Ilani ya Faragha", "Sera ya Usiri"); cookies are "vidakuzi" (also "kuki").
# Conventions: Kenyan and Tanzanian usages are both listed (taarifa/habari/maelezo for
# "information"; kuchakata/kusindika for "process"). Verbs carry their subject, tense,
# relative and object markers as prefixes (tu-na-zo-kusanya "which we collect",
# hu-hifadhi-wa "is kept"): @prefixes strips them (two rounds: tuna + zo), so verbs are
# written as roots with a trailing * for the extensions (kusany* = kusanya, kusanywa;
# hifadhi* = hifadhi, hifadhiwa). Nouns whose class prefix would leave a verb root
# (watumiaji "users" -> tumiaji) are listed whole, which stops the stripping.
# Sources read for vocabulary (wording, not text, was taken):
#   Triggerise/triggerise.github.io, _privacy-policy/swahili.markdown (Kenyan Swahili; no
#     licence file in the repository)
#   ccn-platform/ccn-backend, legal/privacy.policy.customer.md (Tanzanian);
#     DaviesAmedeus/purpose-reels-app, resources/views/front/pages/privacy-policy.blade.php;
#     wonchoe/cursor.style, resources/lang/sw/cookies.php (read in excerpts; licences not
#     checked)
@language sw
@name Swahili
@fold-accents yes    # standard Swahili orthography has no diacritics; folding only absorbs stray accents in loanwords
@prefixes hatu hawa hazi haya hai hau ha tuna tuta tume tuli tunge una uta ume uli ina ita ime ili zina zita zime zili yana yata yame yali ana ata ame ali wana wata wame wali kina kita kime vina vita lina lita hu ku tu wa zi vyo cho zo yo ye po ko mo lo vi ki

[profile]
# Function words first, then words frequent in Swahili policies.
# weight=3: Swahili, not Malay, Indonesian, Tagalog or English: kwa, za, katika, kwenye,
#           ambayo, hii, yako, zako, taarifa, tunakusanya ...
# weight=1 or less: short words other languages also write (na: Tagalog and Slavic; ya:
#           Indonesian "ya"; ni: Tagalog "ni"; tu, au: French; bila: Malay "when"; ili:
#           Croatian "or"; sera: French "will be"); English loanwords (data, app, email)
#           are left out.
na weight=1
ya weight=1.5
wa weight=1.5
za weight=3
kwa weight=3
ni weight=1
la weight=0.5
cha weight=2
vya weight=3
katika weight=3
kwenye weight=3
au weight=0.5
kama weight=2
hii weight=3
hizi weight=3
huu weight=3
hiyo weight=3
hizo weight=3
hayo weight=3
haya weight=2
yako weight=3
zako weight=3
wako weight=3
lako weight=3
chako weight=3
yetu weight=3
zetu weight=3
wetu weight=3
letu weight=3
sisi weight=3
wewe weight=3
nasi weight=3
nawe weight=3
ambayo weight=3
ambazo weight=3
ambao weight=3
ambapo weight=3
kuhusu weight=3
kuhusiana weight=3
pamoja weight=3
lakini weight=3
ili weight=1
kwamba weight=3
pia weight=3
tu weight=0.5
bila weight=1
hadi weight=3
baada weight=3
kabla weight=3
ndani weight=3
nje weight=3
zaidi weight=3
yoyote weight=3
zozote weight=3
wowote weight=3
zote weight=3
wote weight=3
kila weight=3
isipokuwa weight=3
ikiwa weight=3
endapo weight=3
kupitia weight=3
kutoka weight=3
chini weight=3
juu weight=3
kati weight=3
fulani weight=3
tunaweza weight=3
unaweza weight=3
inaweza weight=3
tafadhali weight=3
taarifa weight=3
binafsi weight=3
kibinafsi weight=3
habari weight=3
maelezo weight=3
sera weight=1
faragha weight=3
huduma weight=3
tovuti weight=3
mtumiaji weight=3
watumiaji weight=3
matumizi weight=3
tunakusanya weight=3
kukusanya weight=3
kutumia weight=3
tunatumia weight=3
kuhifadhi weight=3
kushiriki weight=3
madhumuni weight=3
haki weight=3
usalama weight=3
idhini weight=3
sheria weight=3
kisheria weight=3
wahusika weight=3
watoto weight=3
vidakuzi weight=3
kifaa weight=3
mabadiliko weight=3
wasiliana weight=3
mtu weight=2
watu weight=2
muda weight=3
ombi weight=3
maombi weight=3

[units]
year: mwaka, miaka
month: mwezi, miezi
week: wiki, juma, majuma
day: siku
hour: saa
minute: dakika
business-day: siku za kazi, siku ya kazi, siku za kazi za kawaida

[numbers]
# Number words, with the class-agreeing forms used after miaka/miezi/watu (miaka mitano,
# watoto wawili); "kumi na" builds 11-19.
1: moja, mmoja
2: mbili, wawili, miwili
3: tatu, watatu, mitatu
4: nne, wanne, minne
5: tano, watano, mitano
6: sita
7: saba
8: nane, wanane, minane
9: tisa
10: kumi
12: kumi na mbili, kumi na miwili
13: kumi na tatu, kumi na mitatu
14: kumi na nne, kumi na minne
15: kumi na tano, kumi na mitano
16: kumi na sita
18: kumi na nane, kumi na minane
20: ishirini
24: ishirini na nne
30: thelathini
60: sitini
90: tisini
100: mia, mia moja

[references]
gdpr: kanuni ya jumla ya ulinzi wa data, kanuni ya jumla ya ulinzi wa data ya umoja wa ulaya, gdpr
ccpa: sheria ya faragha ya watumiaji ya california, ccpa
cpra: sheria ya haki za faragha ya california, cpra
coppa: sheria ya ulinzi wa faragha ya watoto mtandaoni, coppa
lgpd: lgpd
pipeda: pipeda
# Kenya's Data Protection Act, 2019 and Tanzania's Personal Data Protection Act, 2022 are
# filed under pdpa, the id of a national "personal data protection" act (as id.lex does).
pdpa: sheria ya ulinzi wa data, sheria ya ulinzi wa data 2019, data protection act 2019, sheria ya ulinzi wa taarifa binafsi, sheria ya ulinzi wa taarifa binafsi 2022, personal data protection act 2022, pdpa

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
masharti ya matumizi
sheria na masharti
masharti ya huduma
sheria inayotumika
sheria zinazotumika
sheria inayoongoza
makubaliano kamili
nguvu isiyozuilika
kanusho
kikomo cha dhima
ukomo wa dhima
tafsiri nyingine
matoleo ya lugha
leseni
hakimiliki
shukrani
yaliyomo
jedwali la yaliyomo

# ---------------------------------------------------------------------------------------
# Sections.

[intro]
heading: utangulizi concept=introduction
heading: maelezo ya jumla concept=introduction
heading: masharti ya jumla concept=introduction
heading: muhtasari concept=summary
heading: kwa ufupi concept=summary
heading: mambo muhimu concept=summary
heading: kuhusu sera hii concept=about-this-policy
heading: kuhusu sera hii ya faragha concept=about-this-policy
heading: kuhusu ilani hii concept=about-this-policy
heading: upeo concept=scope
heading: upeo wa sera hii concept=scope
heading: wigo wa sera hii concept=scope
heading: sera hii inamhusu nani concept=scope
heading: sisi ni nani concept=who-we-are
heading: kuhusu sisi concept=who-we-are
heading: kutuhusu concept=who-we-are
heading: mdhibiti wa data concept=who-we-are
heading: ahadi yetu kwa faragha concept=commitment-to-privacy
heading: ahadi yetu kwa faragha yako concept=commitment-to-privacy
heading: dhamira yetu ya faragha concept=commitment-to-privacy
heading: kukubali sera hii concept=acceptance
heading: kukubali masharti concept=acceptance
heading: kukubali kwako concept=acceptance
heading: sera ya faragha weight=0.5 concept=privacy-policy-title
heading: ilani ya faragha weight=0.5 concept=privacy-policy-title
heading: notisi ya faragha weight=0.5 concept=privacy-policy-title
heading: taarifa ya faragha weight=0.5 concept=privacy-policy-title
heading: sera ya usiri weight=0.5 concept=privacy-policy-title
heading: sera ya ulinzi wa data weight=0.5 concept=privacy-policy-title
body: sera hii inaeleza weight=2.5 concept=policy-describes
body: sera hii ya faragha inaeleza weight=2.5 concept=policy-describes
body: inaeleza jinsi weight=2.5 concept=policy-describes
body: inaelezea weight=2 concept=policy-describes
body: inafafanua weight=2 concept=policy-describes
body: inatumika kwa weight=2.5 concept=policy-applies-to
body: haitumiki kwa weight=2.5 concept=policy-applies-to
body: inahusu weight=1.5 concept=policy-applies-to
body: kwa kutumia weight=1.5 concept=by-using
body: kwa kutembelea weight=1.5 concept=by-using
body: kwa kufikia weight=1.5 concept=by-using
body: unakubali weight=1.5 concept=acceptance-of-policy
body: kukubali weight=1.5 concept=acceptance-of-policy
body: ikiwa hukubaliani weight=2 concept=if-you-do-not-agree
body: kama hukubaliani weight=2 concept=if-you-do-not-agree
body: usipokubali weight=2 concept=if-you-do-not-agree
body: tumejitolea weight=2 concept=committed-to-privacy
body: imejizatiti weight=2 concept=committed-to-privacy
body: tumejizatiti weight=2 concept=committed-to-privacy
body: inaheshimu faragha yako weight=2 concept=committed-to-privacy
body: tunaheshimu faragha yako weight=2 concept=committed-to-privacy
body: ni ya muhimu sana weight=1.5 concept=committed-to-privacy
body: hapa baadaye weight=1.5 concept=referred-to-as
body: ambayo itajulikana kama weight=1.5 concept=referred-to-as
body: masharti ya matumizi weight=1 concept=terms-of-use
body: masharti ya huduma weight=1 concept=terms-of-use
body: vigezo na masharti weight=1 concept=terms-of-use
body: tafadhali soma weight=1.5 concept=please-read
body: soma kwa makini weight=1.5 concept=please-read
body: kwa makini weight=1 concept=please-read
body: sera hii ya faragha weight=0.5 concept=this-privacy-policy
body: sera hii weight=0.5 concept=this-privacy-policy
body: ilani hii weight=0.5 concept=this-privacy-policy
body: faragha weight=0.3 concept=privacy
body: usiri weight=0.3 concept=privacy
body: tovuti weight=0.3 concept=website
body: programu weight=0.3 concept=website
body: jukwaa weight=0.3 concept=website
body: huduma weight=0.3 concept=services
body: kampuni weight=0.3 concept=company

[definitions]
heading: ufafanuzi concept=definitions
heading: ufafanuzi wa maneno concept=definitions
heading: fasili concept=definitions
heading: maana ya maneno concept=definitions
heading: istilahi concept=key-terms
heading: maneno muhimu concept=key-terms
heading: istilahi muhimu concept=key-terms
heading: tafsiri concept=interpretation
heading: tafsiri na ufafanuzi concept=interpretation
heading: tunamaanisha nini concept=what-we-mean-by
heading: tunamaanisha nini tukisema concept=what-we-mean-by
heading: nini maana ya concept=what-we-mean-by
body: inamaanisha weight=3 concept=means
body: humaanisha weight=3 concept=means
body: maana yake ni weight=3 concept=means
body: maanisha* weight=2.5 concept=means
body: inarejelea weight=2.5 concept=refers-to
body: inahusu weight=1.5 concept=refers-to
body: maneno yafuatayo weight=3 concept=defined-terms-intro
body: ufafanuzi ufuatao weight=3 concept=defined-terms-intro
body: neno weight=1.5 concept=defined-terms-intro
body: istilahi weight=1.5 concept=defined-terms-intro
body: kwa madhumuni ya sera hii weight=2.5 concept=as-used-in-this-policy
body: katika sera hii weight=1.5 concept=as-used-in-this-policy
body: taarifa binafsi ni weight=3 concept=personal-data-means
body: taarifa za kibinafsi ni weight=3 concept=personal-data-means
body: data ya kibinafsi ni weight=3 concept=personal-data-means
body: ametambulishwa ama anayeweza kutambulishwa weight=2.5 concept=identifiable-person
body: anayeweza kutambulika weight=2.5 concept=identifiable-person
body: kutambulika weight=2 concept=identifiable-person
body: mtu anayetambulika weight=2.5 concept=identifiable-person
body: hapa baadaye weight=2 concept=hereinafter
body: mdhibiti wa data weight=1 concept=gdpr-roles
body: mchakataji wa data weight=1 concept=gdpr-roles
body: mhusika wa data weight=1 concept=gdpr-roles
body: wadhibiti weight=1 concept=gdpr-roles
body: inajumuisha weight=0.5 concept=includes
body: ikiwemo weight=0.5 concept=includes
body: ikiwa ni pamoja na weight=0.5 concept=includes
body: mtumiaji weight=0.3 concept=user
body: watumiaji weight=0.3 concept=user
body: taarifa binafsi weight=0.2 concept=personal-data
body: taarifa za kibinafsi weight=0.2 concept=personal-data
body: data ya kibinafsi weight=0.2 concept=personal-data

[collection]
heading: taarifa tunazokusanya concept=what-we-collect
heading: aina za taarifa tunazokusanya concept=what-we-collect
heading: ni taarifa gani tunazokusanya concept=what-we-collect
heading: ni taarifa gani za kibinafsi tunazochakata concept=what-we-collect
heading: data tunayokusanya concept=what-we-collect
heading: habari tunazokusanya concept=what-we-collect
heading: taarifa zinazokusanywa concept=what-we-collect
# App permissions (a bare "ruhusa" is consent): a point of collection, as en "App permissions".
heading: ruhusa za programu weight=2 concept=what-we-collect
heading: ruhusa za programu tumizi weight=2 concept=what-we-collect
heading: ukusanyaji wa taarifa concept=collection-of-information
heading: ukusanyaji wa taarifa binafsi concept=collection-of-information
heading: ukusanyaji wa data concept=collection-of-information
heading: kukusanya taarifa concept=collection-of-information
heading: vyanzo vya taarifa concept=sources-of-information
heading: vyanzo vya taarifa binafsi concept=sources-of-information
heading: chanzo cha taarifa concept=sources-of-information
heading: taarifa unazotupa concept=information-you-provide
heading: taarifa unazotupatia concept=information-you-provide
heading: taarifa unazotoa concept=information-you-provide
heading: taarifa unazotupa moja kwa moja concept=information-you-provide
heading: fomu ya mawasiliano weight=3 concept=information-you-provide
heading: taarifa zinazokusanywa kiotomatiki concept=collected-automatically
heading: taarifa tunazokusanya kiotomatiki concept=collected-automatically
heading: ukusanyaji wa kiotomatiki concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: kinachobaki kwenye kifaa chako weight=2 concept=on-device-data
heading: inayobaki kwenye kifaa chako weight=2 concept=on-device-data
heading: zinazobaki kwenye kifaa chako weight=2 concept=on-device-data
heading: huchakatwa ndani ya kifaa weight=2 concept=on-device-data
heading: zinazochakatwa ndani ya kifaa weight=2 concept=on-device-data
heading: uchakataji ndani ya kifaa weight=2 concept=on-device-data
heading: uchakataji kwenye kifaa weight=2 concept=on-device-data
heading: jinsi tunavyokusanya taarifa concept=how-we-collect
heading: jinsi tunavyokusanya taarifa zako concept=how-we-collect
heading: namna tunavyokusanya taarifa concept=how-we-collect
heading: aina za taarifa binafsi concept=categories-of-data
heading: aina za taarifa concept=categories-of-data
heading: aina za data concept=categories-of-data
heading: makundi ya taarifa binafsi concept=categories-of-data
# "Payment information" names a category of data collected (not the payments section, whose word it holds).
heading: taarifa za malipo weight=3 concept=categories-of-data
body: tunakusanya weight=2 concept=we-collect
body: kusany* weight=2 concept=we-collect
body: ukusanyaji weight=2 concept=we-collect
body: tunapokea weight=1.5 concept=we-collect
body: tunachukua weight=1.5 concept=we-collect
body: unazotupa weight=2 concept=you-provide
body: unazotupatia weight=2 concept=you-provide
body: unayotupatia weight=2 concept=you-provide
body: unatupa weight=2 concept=you-provide
body: unapotupatia weight=2 concept=you-provide
body: unazotoa weight=2 concept=you-provide
body: kwa hiari weight=1.5 concept=you-provide
body: kiotomatiki weight=2 concept=automatically
body: moja kwa moja weight=1 concept=automatically
body: aina za taarifa binafsi weight=2.5 concept=data-categories
body: aina za taarifa weight=2 concept=data-categories
body: aina za data weight=2 concept=data-categories
body: vyanzo weight=1.5 concept=sources
body: chanzo weight=1.5 concept=sources
body: vyanzo vya umma weight=2 concept=publicly-available
body: zinazopatikana hadharani weight=2 concept=publicly-available
body: anwani ya barua pepe weight=1.5 concept=contact-details
body: barua pepe weight=1 concept=contact-details
body: nambari ya simu weight=1.5 concept=contact-details
body: namba ya simu weight=1.5 concept=contact-details
body: anwani ya posta weight=1.5 concept=contact-details
body: anwani ya ip weight=2 concept=device-data
body: ip address weight=2 concept=device-data
body: aina ya kivinjari weight=2 concept=device-data
body: mfumo wa uendeshaji weight=2 concept=device-data
body: kitambulisho cha kifaa weight=2 concept=device-data
body: vitambulisho vya kifaa weight=2 concept=device-data
body: aina ya kifaa weight=2 concept=device-data
body: eneo weight=1.5 concept=location-data
body: mahali ulipo weight=2 concept=location-data
body: eneo la kijiografia weight=2 concept=location-data
body: data ya matumizi weight=2 concept=usage-data
body: taarifa za matumizi weight=2 concept=usage-data
body: faili za kumbukumbu weight=2 concept=usage-data
body: historia ya kuingia weight=2 concept=usage-data
body: jinsia weight=1.5 concept=demographic-data
body: tarehe ya kuzaliwa weight=1.5 concept=demographic-data
body: umri na jinsia weight=1.5 concept=demographic-data
body: taarifa za malipo weight=1 concept=payment-data
body: kadi za benki weight=1 concept=payment-data
body: taarifa za kadi weight=1 concept=payment-data
body: fomu weight=1.5 concept=forms
body: usajili weight=1 concept=forms
body: kujiandikisha weight=1 concept=forms
body: jina weight=1 concept=name
body: jina kamili weight=1 concept=name
body: akaunti weight=0.3 concept=account
body: taarifa weight=0.1 concept=information
body: habari weight=0.1 concept=information
body: maelezo weight=0.1 concept=information
body: data weight=0.1 concept=information

[use]
heading: jinsi tunavyotumia taarifa zako concept=how-we-use
heading: jinsi tunavyotumia taarifa concept=how-we-use
heading: jinsi tunavyotumia data yako concept=how-we-use
heading: jinsi tunavyotumia habari zako concept=how-we-use
heading: tunatumiaje taarifa zako concept=how-we-use
heading: matumizi ya taarifa concept=use-of-information
heading: matumizi ya taarifa binafsi concept=use-of-information
heading: matumizi ya data concept=use-of-information
heading: matumizi ya habari concept=use-of-information
heading: madhumuni ya uchakataji concept=purposes-of-processing
heading: madhumuni ya kuchakata concept=purposes-of-processing
heading: madhumuni ya matumizi concept=purposes-of-processing
heading: makusudi na msingi wa kutumia taarifa concept=purposes-of-processing
heading: madhumuni concept=purposes-of-processing
heading: kwa nini tunakusanya taarifa zako concept=why-we-collect
heading: kwa nini tunakusanya taarifa concept=why-we-collect
heading: madhumuni ya kukusanya taarifa concept=why-we-collect
heading: uchakataji wa taarifa binafsi concept=processing-of-personal-data
heading: uchakataji wa data binafsi concept=processing-of-personal-data
heading: usindikaji wa taarifa binafsi concept=processing-of-personal-data
heading: jinsi tunavyochakata taarifa zako concept=processing-of-personal-data
heading: kufanya maamuzi ya kiotomatiki concept=automated-decision-making
heading: maamuzi ya kiotomatiki concept=automated-decision-making
heading: uamuzi wa kiotomatiki concept=automated-decision-making
body: tunatumia weight=2 concept=we-use
body: tumia weight=2 concept=we-use # the root left by tu-na-zi-tumia, zi-na-vyo-tumia
body: kutumia weight=2 concept=we-use
body: tutatumia weight=2 concept=we-use
body: hutumika weight=2 concept=we-use
body: hutumiwa weight=2 concept=we-use
body: tunachakata weight=1.5 concept=we-use
body: chakat* weight=1.5 concept=we-use
body: madhumuni weight=1.5 concept=purposes
body: makusudi weight=1.5 concept=purposes
body: kusudi weight=1.5 concept=purposes
body: kwa madhumuni yafuatayo weight=2.5 concept=following-purposes
body: madhumuni yafuatayo weight=2.5 concept=following-purposes
body: makusudi yafuatayo weight=2.5 concept=following-purposes
body: uwekaji wasifu weight=2 concept=profiling
body: profiling weight=2 concept=profiling
body: kufanya maamuzi ya kiotomatiki weight=1.5 concept=automated-decisions
body: maamuzi ya kiotomatiki weight=1.5 concept=automated-decisions
body: kutoa huduma weight=1.5 concept=to-provide
body: kukupa huduma weight=1.5 concept=to-provide
body: kutoa na kuboresha weight=1.5 concept=to-provide
body: kuendesha huduma weight=1.5 concept=to-provide
body: kutekeleza maagizo weight=1.5 concept=to-fulfil
body: kushughulikia maagizo weight=1.5 concept=to-fulfil
body: kuwasilisha bidhaa weight=1 concept=to-fulfil
body: kusimamia akaunti weight=1.5 concept=to-administer
body: kudhibiti akaunti weight=1.5 concept=to-administer
body: kusajili weight=1 concept=to-administer
body: kuboresha weight=1.5 concept=to-improve
body: boresh* weight=1.5 concept=to-improve
body: maboresho weight=1.5 concept=to-improve
body: kutengeneza bidhaa mpya weight=2 concept=to-develop
body: huduma mpya weight=2 concept=to-develop
body: kuendeleza weight=1.5 concept=to-develop
body: kubinafsisha weight=2 concept=to-personalise
body: kulingana na mapendeleo yako weight=2 concept=to-personalise
body: kuwasiliana nawe weight=2 concept=to-communicate
body: kukuwasiliana nawe weight=2 concept=to-communicate
body: kuwasiliana nawe pale inapohitajika weight=2 concept=to-communicate
body: kutuma weight=1 concept=to-send
body: kukutumia weight=1 concept=to-send
body: kujibu maswali weight=1.5 concept=to-respond
body: kujibu maombi weight=1.5 concept=to-respond
body: huduma kwa wateja weight=1.5 concept=to-respond
body: kuchambua weight=1 concept=to-analyse
body: uchambuzi weight=1 concept=to-analyse
body: takwimu weight=1 concept=to-analyse
body: kutatua matatizo weight=2 concept=to-troubleshoot
body: kurekebisha hitilafu weight=2 concept=to-troubleshoot
body: utafiti weight=1.5 concept=research
body: utafiti wa soko weight=2 concept=research
body: kuzuia udanganyifu weight=1.5 concept=to-prevent-fraud
body: udanganyifu weight=1.5 concept=to-prevent-fraud
body: ulaghai weight=1.5 concept=to-prevent-fraud
body: matumizi mabaya weight=1 concept=to-prevent-fraud
body: miamala weight=1.5 concept=to-process-transactions
body: muamala weight=1.5 concept=to-process-transactions
body: malipo weight=1 concept=to-process-transactions
body: kutii sheria weight=1 concept=to-comply-with-law
body: kuzingatia sheria weight=1 concept=to-comply-with-law
body: wajibu wa kisheria weight=1 concept=to-comply-with-law

[legal-basis]
heading: msingi wa kisheria concept=legal-basis
heading: misingi ya kisheria concept=legal-basis
heading: msingi wa kisheria wa uchakataji concept=legal-basis
heading: misingi ya kisheria ya kuchakata concept=legal-basis
heading: uhalali wa uchakataji concept=legal-basis
heading: kwa msingi gani tunachakata taarifa zako concept=why-allowed
heading: kwa nini tunaruhusiwa kuchakata data yako concept=why-allowed
body: msingi wa kisheria weight=3 concept=legal-basis-term
body: misingi ya kisheria weight=3 concept=legal-basis-term
body: msingi halali weight=3 concept=legal-basis-term
body: maslahi halali weight=3 concept=legitimate-interests
body: maslahi yetu halali weight=3 concept=legitimate-interests
body: riba halali weight=2.5 concept=legitimate-interests
body: haki na uhuru wa msingi weight=2.5 concept=balancing-test
body: utekelezaji wa mkataba weight=3 concept=performance-of-contract
body: kutekeleza mkataba weight=3 concept=performance-of-contract
body: kutimiza mkataba weight=3 concept=performance-of-contract
body: wajibu wa kisheria weight=2.5 concept=legal-obligation
body: majukumu ya kisheria weight=2.5 concept=legal-obligation
body: maslahi muhimu weight=3 concept=vital-interests
body: kulinda maisha weight=2.5 concept=vital-interests
body: maslahi ya umma weight=2.5 concept=public-interest
body: kifungu cha 6 weight=3 concept=article-6
body: kifungu cha 30 weight=2.5 concept=article-6
body: uchakataji ni muhimu weight=2.5 concept=processing-necessary
body: ni muhimu kwa weight=1.5 concept=processing-necessary
body: kwa msingi wa weight=2 concept=on-the-basis-of
body: kwa kuzingatia weight=1 concept=on-the-basis-of
body: halali weight=1 concept=lawful
body: kihalali weight=1 concept=lawful
body: idhini weight=1 concept=consent-as-basis
body: ridhaa weight=1 concept=consent-as-basis
body: muhimu weight=0.5 concept=necessary
body: lazima weight=0.5 concept=necessary

[consent]
heading: idhini concept=your-consent
heading: idhini yako concept=your-consent
heading: ridhaa yako concept=your-consent
heading: ridhaa concept=your-consent
heading: kuondoa idhini concept=withdrawal-of-consent
heading: kuondoa ridhaa concept=withdrawal-of-consent
heading: kubatilisha idhini concept=withdrawal-of-consent
heading: jinsi ya kuondoa idhini yako concept=withdrawal-of-consent
body: unakubali weight=2.5 concept=you-consent
body: kwa idhini yako weight=2.5 concept=you-consent
body: umetoa idhini weight=2.5 concept=you-consent
body: utatoa idhini weight=2.5 concept=you-consent
body: kuondoa idhini weight=3 concept=withdraw
body: kuondoa ridhaa weight=3 concept=withdraw
body: ondoa* weight=2.5 concept=withdraw
body: batilish* weight=3 concept=withdraw
body: ukibadilisha nia weight=2 concept=change-your-mind
body: ukibadili mawazo weight=2 concept=change-your-mind
body: unakubaliana weight=1.5 concept=you-agree
body: kukubaliana weight=1.5 concept=you-agree
body: idhini ya wazi weight=2.5 concept=explicit-consent
body: idhini ya dhahiri weight=2.5 concept=explicit-consent
body: kwa hiari weight=2.5 concept=freely-given
body: kwa uhuru weight=2.5 concept=freely-given
body: kuweka alama kwenye kisanduku weight=2 concept=opt-in
body: kujijumuisha weight=2 concept=opt-in
body: ruhusa weight=1.5 concept=permission
body: kibali weight=1.5 concept=permission
body: haitaathiri uhalali weight=2.5 concept=without-affecting-lawfulness
body: uhalali wa uchakataji kabla weight=2.5 concept=without-affecting-lawfulness
body: wakati wowote weight=1 concept=at-any-time

[sharing]
heading: kushiriki taarifa concept=sharing-of-information
heading: kushirikisha taarifa concept=sharing-of-information
heading: kushiriki taarifa na wengine concept=sharing-of-information
heading: kushiriki na ufichuzi concept=sharing-of-information
heading: jinsi tunavyoshiriki taarifa zako concept=how-we-share
heading: jinsi tunavyoshirikisha taarifa zako concept=how-we-share
heading: tunashiriki taarifa zako na nani concept=who-we-share-with
heading: tutashirikisha habari zako za kibinafsi na nani concept=who-we-share-with
heading: wapokeaji wa taarifa concept=who-we-share-with
heading: ufichuzi wa taarifa concept=disclosure-of-information
heading: kufichua taarifa concept=disclosure-of-information
heading: ufichuzi kwa wahusika wengine concept=disclosure-of-information
heading: wahusika wengine concept=third-parties
heading: wahusika wa tatu concept=third-parties
heading: kushiriki na wahusika wengine concept=third-parties
heading: watoa huduma concept=service-providers-heading
heading: watoa huduma wetu concept=service-providers-heading
heading: uhamisho wa biashara concept=business-transfers
heading: muungano na ununuzi wa kampuni concept=business-transfers
heading: maombi ya kisheria concept=legal-requests
heading: vyombo vya sheria concept=legal-requests
heading: mamlaka za kisheria concept=legal-requests
heading: je tunauza taarifa zako concept=sale-of-information
heading: uuzaji wa taarifa binafsi concept=sale-of-information
body: shirik* weight=2 concept=share
body: tunashiriki weight=2 concept=share
body: kushirikisha weight=2 concept=share
body: fichu* weight=2.5 concept=disclose
body: ufichuzi weight=2.5 concept=disclose
body: kufichua weight=2.5 concept=disclose
body: wahusika wengine weight=1 concept=third-parties-term
body: wahusika wa tatu weight=1 concept=third-parties-term
body: watu wengine weight=1 concept=third-parties-term
body: watoa huduma weight=2 concept=service-providers
body: mtoa huduma weight=2 concept=service-providers
body: wasambazaji weight=1.5 concept=service-providers
body: wachuuzi weight=1.5 concept=service-providers
body: kwa niaba yetu weight=1.5 concept=on-our-behalf
body: kampuni tanzu weight=2 concept=affiliates
body: washirika wetu weight=2 concept=affiliates
body: kampuni washirika weight=2 concept=affiliates
body: washirika wa kibiashara weight=1.5 concept=business-partners
body: washirika weight=1.5 concept=business-partners
body: wapokeaji weight=2 concept=recipients
body: mpokeaji weight=2 concept=recipients
body: muungano weight=2.5 concept=corporate-transaction
body: kuunganishwa weight=2.5 concept=corporate-transaction
body: ununuzi wa kampuni weight=2.5 concept=corporate-transaction
body: ufilisi weight=2.5 concept=corporate-transaction
body: kufilisika weight=2.5 concept=corporate-transaction
body: uuzaji wa mali weight=2.5 concept=corporate-transaction
body: vyombo vya sheria weight=2 concept=authorities
body: vyombo vya usalama weight=2 concept=authorities
body: mamlaka za serikali weight=2 concept=authorities
body: mamlaka husika weight=2 concept=authorities
body: polisi weight=2 concept=authorities
body: amri ya mahakama weight=2.5 concept=legal-process
body: mahakama weight=2 concept=legal-process
body: kwa nia njema weight=2.5 concept=legal-process
body: hatuuzi weight=1.5 concept=sell
body: haitauza weight=1.5 concept=sell
body: kuuza weight=1.5 concept=sell
body: kukodisha weight=1 concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: uhamishaji wa data kwa wahusika wengine concept=transfer-to-third-parties
heading: kuhamisha taarifa kwa wahusika wengine concept=transfer-to-third-parties
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: malipo weight=2 concept=payments-purchases
heading: uchakataji wa malipo weight=3 concept=payments-purchases
heading: ununuzi ndani ya programu weight=2 concept=payments-purchases

[cookies]
heading: vidakuzi concept=cookies
heading: sera ya vidakuzi concept=cookies
heading: matumizi ya vidakuzi concept=cookies
heading: kuki concept=cookies
heading: sera ya kuki concept=cookies
heading: vidakuzi na teknolojia zinazofanana concept=tracking-technologies
heading: teknolojia za ufuatiliaji concept=tracking-technologies
heading: vidakuzi na teknolojia nyingine concept=tracking-technologies
heading: vibamba vya wavuti concept=web-beacons
heading: lebo za pikseli concept=web-beacons
heading: faili za kumbukumbu concept=log-files
heading: kumbukumbu za seva concept=log-files
heading: takwimu concept=analytics
heading: uchanganuzi concept=analytics
body: vidakuzi weight=3 concept=cookie
body: kidakuzi weight=3 concept=cookie
body: kuki weight=3 concept=cookie
body: cookie* weight=3 concept=cookie
body: faili ndogo za maandishi weight=2.5 concept=text-files
body: faili ndogo weight=2 concept=text-files
body: faili za maandishi weight=2.5 concept=text-files
body: vibamba vya wavuti weight=3 concept=web-beacon
body: lebo za pikseli weight=3 concept=web-beacon
body: pikseli weight=3 concept=web-beacon
body: teknolojia za ufuatiliaji weight=2.5 concept=tracking-technology
body: teknolojia zinazofanana weight=2.5 concept=tracking-technology
body: ufuatiliaji weight=2 concept=tracking-technology
body: hifadhi ya ndani weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: vidakuzi vya kipindi weight=2 concept=cookie-lifetime
body: vidakuzi vya kudumu weight=2 concept=cookie-lifetime
body: vidakuzi muhimu weight=2.5 concept=cookie-categories
body: vidakuzi vya lazima weight=2.5 concept=cookie-categories
body: vidakuzi vya utendaji weight=2.5 concept=cookie-categories
body: vidakuzi vya takwimu weight=2.5 concept=cookie-categories
body: google analytics weight=2 concept=analytics-term
body: takwimu weight=1.5 concept=analytics-term
body: faili za kumbukumbu weight=2 concept=log-file
body: kumbukumbu za seva weight=2 concept=log-file
body: sdk weight=2 concept=sdk
body: alama za kidijitali za kifaa weight=2.5 concept=fingerprinting
body: fingerprinting weight=2.5 concept=fingerprinting
body: mipangilio ya kivinjari weight=1.5 concept=browser-settings
body: kivinjari weight=0.5 concept=browser
body: vivinjari weight=0.5 concept=browser
body: kifaa weight=0.5 concept=device
body: vifaa weight=0.5 concept=device

[advertising]
heading: matangazo concept=advertising
heading: utangazaji concept=advertising
heading: matangazo na uuzaji concept=advertising
heading: uuzaji concept=marketing
heading: masoko concept=marketing
heading: uuzaji wa moja kwa moja concept=marketing
heading: mawasiliano ya uuzaji concept=marketing-communications
heading: jumbe za matangazo concept=marketing-communications
heading: jarida concept=marketing-communications
heading: matangazo yanayolenga maslahi concept=interest-based-advertising
heading: matangazo yaliyolengwa concept=interest-based-advertising
heading: matangazo ya wahusika wengine concept=third-party-advertising
heading: mitandao ya matangazo concept=third-party-advertising
body: matangazo weight=2.5 concept=ads
body: tangazo weight=2.5 concept=ads
body: utangazaji weight=2.5 concept=ads
body: mitandao ya matangazo weight=3 concept=ad-networks
body: washirika wa matangazo weight=3 concept=ad-networks
body: yanayolenga maslahi weight=2.5 concept=interest-based
body: yaliyolengwa weight=2.5 concept=interest-based
body: kulingana na tabia weight=2.5 concept=interest-based
body: kulenga upya weight=3 concept=retargeting
body: retargeting weight=3 concept=retargeting
body: remarketing weight=3 concept=retargeting
body: jarida weight=2.5 concept=marketing-messages
body: barua pepe za uuzaji weight=2.5 concept=marketing-messages
body: jumbe za matangazo weight=2.5 concept=marketing-messages
body: kwa madhumuni ya uuzaji weight=2 concept=marketing-purposes
body: uuzaji weight=2 concept=marketing-purposes
body: masoko weight=2 concept=marketing-purposes
body: ofa weight=2 concept=promotions
body: promosheni weight=2 concept=promotions
body: matoleo maalum weight=2 concept=promotions
body: network advertising initiative weight=3 concept=ad-industry-programs
body: digital advertising alliance weight=3 concept=ad-industry-programs
body: ufanisi wa matangazo weight=2 concept=ad-measurement
body: kupima ufanisi weight=2 concept=ad-measurement
body: maslahi yako weight=0.5 concept=interests

[do-not-track]
heading: usifuatilie concept=do-not-track
heading: do not track concept=do-not-track
heading: ishara za usifuatilie concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: udhibiti wa faragha wa kimataifa concept=global-privacy-control
heading: ishara za kivinjari concept=preference-signals
heading: ishara za mapendeleo concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: usifuatilie weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: gpc weight=3 concept=gpc-signal
body: global privacy control weight=3 concept=gpc-signal
body: ishara za kivinjari weight=3 concept=opt-out-preference-signal
body: ishara ya mapendeleo weight=3 concept=opt-out-preference-signal
body: kiwango kimoja weight=3 concept=no-uniform-standard
body: hakuna kiwango weight=3 concept=no-uniform-standard
body: hatujibu weight=2.5 concept=do-not-respond
body: haijibu weight=2.5 concept=do-not-respond
body: tunaheshimu weight=1 concept=honor-signals
body: kutambua weight=1 concept=honor-signals
body: kwenye tovuti mbalimbali weight=2.5 concept=cross-site-tracking
body: kwa muda weight=1 concept=cross-site-tracking
body: kivinjari weight=0.5 concept=browser-dnt

[choices]
heading: chaguo zako concept=your-choices
heading: uchaguzi wako concept=your-choices
heading: machaguo yako concept=your-choices
heading: kujiondoa concept=opting-out
heading: jinsi ya kujiondoa concept=opting-out
heading: kudhibiti mapendeleo yako concept=managing-preferences
heading: mapendeleo ya mawasiliano concept=managing-preferences
heading: kujiondoa kwenye usajili concept=unsubscribing
heading: kuacha kupokea barua pepe concept=unsubscribing
body: kujiondoa weight=3 concept=opt-out
body: jiondoe weight=3 concept=opt-out
body: opt out weight=3 concept=opt-out
body: kuacha kupokea weight=3 concept=unsubscribe
body: kujiondoa kwenye orodha weight=3 concept=unsubscribe
body: unsubscribe weight=3 concept=unsubscribe
body: unaweza kuchagua weight=2.5 concept=choose-not-to
body: ukichagua weight=2 concept=choose-not-to
body: chagu* weight=1.5 concept=choose-not-to
body: kukataa weight=2 concept=decline
body: kataa weight=2 concept=decline
body: kukataa vidakuzi weight=2 concept=decline
body: barua pepe za matangazo weight=2 concept=promotional-emails
body: jumbe za promosheni weight=2 concept=promotional-emails
body: mapendeleo weight=1.5 concept=preferences
body: mipangilio weight=1.5 concept=settings
body: zima* weight=2 concept=disable
body: kulemaza weight=2 concept=disable
body: arifa za push weight=2 concept=device-permissions
body: huduma za eneo weight=2 concept=device-permissions
body: chini ya kila barua pepe weight=1.5 concept=unsubscribe-link
body: kiungo cha kujiondoa weight=1.5 concept=unsubscribe-link
body: huenda usiweze weight=1.5 concept=consequences-of-refusal
body: huenda zisifanye kazi weight=1.5 concept=consequences-of-refusal
body: kupokea weight=0.5 concept=receive

[rights]
heading: haki zako concept=your-rights
heading: haki za watumiaji concept=your-rights
heading: haki za mhusika wa data concept=your-rights
heading: haki zako za faragha concept=your-rights
heading: haki gani unazo concept=your-rights
heading: haki gani unazo kuhusiana na habari zako za kibinafsi concept=your-rights
heading: kutumia haki zako concept=exercising-rights
heading: jinsi ya kutumia haki zako concept=exercising-rights
heading: jinsi ya kuwasilisha ombi concept=exercising-rights
heading: ufikiaji na urekebishaji concept=access-and-correction
heading: kufikia na kusahihisha taarifa concept=access-and-correction
heading: kusasisha taarifa zako concept=access-and-correction
heading: mawakala walioidhinishwa concept=authorized-agents
heading: wakala aliyeidhinishwa concept=authorized-agents
body: haki ya kufikia weight=3 concept=right-of-access
body: ufikiaji wa taarifa weight=3 concept=right-of-access
body: kuomba ufikiaji weight=3 concept=right-of-access
body: haki ya kujua weight=3 concept=right-of-access
body: rekebish* weight=2 concept=rectification
body: kubadilisha taarifa weight=2.5 concept=rectification
body: kuzisasisha weight=2 concept=rectification
body: sahihish* weight=2 concept=rectification
body: isiyo sahihi weight=2 concept=rectification
body: zisizo sahihi weight=2 concept=rectification
body: fut* weight=3 concept=erasure
body: ufutaji weight=3 concept=erasure
body: kufuta weight=3 concept=erasure
body: haki ya kusahaulika weight=3 concept=erasure
body: kuhamisha data weight=3 concept=portability
body: uhamishaji wa data weight=3 concept=portability
body: haki ya kupinga weight=3 concept=right-to-object
body: kupinga weight=3 concept=right-to-object
body: pingamizi weight=3 concept=right-to-object
body: kuzuia usindikaji weight=3 concept=restriction
body: kuzuia uchakataji weight=3 concept=restriction
body: kuwekea mipaka weight=3 concept=restriction
body: kulalamika weight=3 concept=complaint-to-authority
body: malalamiko weight=3 concept=complaint-to-authority
body: kamishna wa ulinzi wa data weight=3 concept=complaint-to-authority
body: tume ya ulinzi wa taarifa binafsi weight=3 concept=complaint-to-authority
body: mamlaka ya usimamizi weight=3 concept=complaint-to-authority
body: kutumia haki zako weight=2 concept=exercise-rights
body: kutumia mojawapo ya haki zako weight=2 concept=exercise-rights
body: kuthibitisha utambulisho wako weight=2 concept=verify-identity
body: kuthibitisha utambulisho weight=2 concept=verify-identity
body: wakala aliyeidhinishwa weight=2.5 concept=authorized-agent
body: ubaguzi weight=1.5 concept=non-discrimination
body: kubagua weight=1.5 concept=non-discrimination
body: mhusika wa data weight=2 concept=data-subject-rights
body: wahusika wa data weight=2 concept=data-subject-rights
body: nakala weight=1 concept=copy-of-data
body: ufikiaji weight=1.5 concept=access
body: kufikia weight=1.5 concept=access
body: ombi weight=0.3 concept=request
body: maombi weight=0.3 concept=request

[retention]
heading: uhifadhi wa taarifa concept=data-retention
heading: uhifadhi wa data concept=data-retention
heading: kuhifadhi taarifa concept=data-retention
heading: uhifadhi wa taarifa binafsi concept=data-retention
heading: muda wa kuhifadhi concept=retention-period
heading: kipindi cha kuhifadhi concept=retention-period
heading: muda wa uhifadhi concept=retention-period
heading: tutahifadhi data yako ya kibinafsi kwa muda gani concept=how-long-we-keep
heading: tunahifadhi taarifa zako kwa muda gani concept=how-long-we-keep
heading: kwa muda gani tunahifadhi taarifa zako concept=how-long-we-keep
heading: uhifadhi na utunzaji concept=storage-and-retention
heading: kwa muda gani weight=1.5 concept=how-long-we-keep
heading: tutaweka taarifa zako concept=how-long-we-keep
heading: uhifadhi na ufutaji concept=retention-and-deletion
heading: kuhifadhi na kufuta taarifa concept=retention-and-deletion
body: hifadhi* weight=2.5 concept=retain
body: uhifadhi weight=3 concept=retain
body: tunahifadhi weight=3 concept=retain
body: kwa muda unaohitajika weight=3 concept=as-long-as-necessary
body: kwa muda mrefu kama inavyohitajika weight=3 concept=as-long-as-necessary
body: kwa muda tu unaohitajika weight=3 concept=as-long-as-necessary
body: haihitajiki tena weight=2.5 concept=no-longer-needed
body: hazihitajiki tena weight=2.5 concept=no-longer-needed
body: tunaweka weight=2 concept=keep
body: tutaweka weight=2 concept=keep
body: bakisha weight=2 concept=keep
body: kuweka weight=1 concept=keep
body: zinawekwa weight=1.5 concept=keep
body: kipindi cha muda weight=2 concept=retention-criteria
body: vigezo weight=2 concept=retention-criteria
body: kutokutambulika weight=2 concept=anonymise
body: bila kujulikana weight=2 concept=anonymise
body: anonymize weight=2 concept=anonymise
body: haribu* weight=2 concept=destroy
body: kuharibu weight=2 concept=destroy
body: tunaharibu weight=2 concept=destroy
body: kumbukumbu za kudumu weight=2 concept=archive
body: hifadhi ya kumbukumbu weight=2 concept=archive
body: sheria za kodi weight=2.5 concept=legal-retention-requirements
body: matakwa ya kisheria weight=2.5 concept=legal-retention-requirements
body: kumbukumbu za kihasibu weight=2.5 concept=legal-retention-requirements
body: akaunti zisizotumika weight=2 concept=inactive-accounts
body: zisizotumika weight=2 concept=inactive-accounts
body: kuhifadhiwa weight=1 concept=store
body: miaka weight=0.5 concept=years

[security]
heading: usalama concept=data-security
heading: usalama wa taarifa concept=data-security
heading: usalama wa data concept=data-security
heading: usalama wa taarifa zako concept=data-security
heading: hatua za usalama concept=security-measures
heading: hatua za kiusalama concept=security-measures
heading: hatua za kiufundi na za kiusimamizi concept=security-measures
heading: jinsi tunavyolinda taarifa zako concept=how-we-protect
heading: kulinda taarifa zako concept=how-we-protect
heading: ulinzi wa taarifa zako concept=how-we-protect
body: usalama weight=2 concept=secure
body: salama weight=2 concept=secure
body: hatua za ulinzi weight=2.5 concept=safeguards
body: kinga weight=2 concept=safeguards
body: usimbaji fiche weight=3 concept=encryption
body: usimbaji weight=3 concept=encryption
body: iliyosimbwa weight=3 concept=encryption
body: encryption weight=3 concept=encryption
body: hashing weight=2.5 concept=encryption
body: ssl weight=3 concept=encryption
body: tls weight=3 concept=encryption
body: ufikiaji usioidhinishwa weight=3 concept=unauthorized-access
body: ufikiaji usioruhusiwa weight=3 concept=unauthorized-access
body: usioidhinishwa weight=2.5 concept=unauthorized-access
body: usioruhusiwa weight=2.5 concept=unauthorized-access
body: kupotea weight=2 concept=loss-misuse-alteration
body: upotevu weight=2 concept=loss-misuse-alteration
body: matumizi mabaya weight=2 concept=loss-misuse-alteration
body: uharibifu weight=2 concept=loss-misuse-alteration
body: hatua za kiufundi na za kiusimamizi weight=3 concept=technical-organisational-measures
body: hatua za kiufundi na za kitaasisi weight=3 concept=technical-organisational-measures
body: hatua za kiufundi weight=2.5 concept=technical-organisational-measures
body: ulinzi wa kimwili weight=1.5 concept=physical-safeguards
body: ngome weight=2.5 concept=technical-controls
body: firewall weight=2.5 concept=technical-controls
body: udhibiti wa ufikiaji weight=2.5 concept=technical-controls
body: nenosiri weight=2 concept=technical-controls
body: manenosiri weight=2 concept=technical-controls
body: uvunjaji wa data weight=2.5 concept=breach
body: ukiukaji wa usalama weight=2.5 concept=breach
body: tukio la usalama weight=2.5 concept=breach
body: udhaifu weight=2 concept=breach
body: usiri weight=1.5 concept=confidentiality
body: siri weight=1.5 concept=confidentiality
body: hatuwezi kuhakikisha weight=2.5 concept=no-guarantee
body: hatuwezi kuhakikishia weight=2.5 concept=no-guarantee
body: salama kabisa weight=2.5 concept=no-guarantee
body: kwa hatari yako mwenyewe weight=2.5 concept=no-guarantee
body: viwango vya sekta weight=2 concept=industry-standard
body: kulinda weight=1 concept=protect
body: tunalinda weight=1 concept=protect
body: ulinzi weight=1 concept=protect
body: kuhakikisha weight=0.5 concept=ensure
body: hakikish* weight=0.5 concept=ensure

[children]
heading: watoto concept=childrens-privacy
heading: faragha ya watoto concept=childrens-privacy
heading: taarifa za watoto concept=childrens-privacy
heading: ulinzi wa faragha ya watoto concept=childrens-privacy
heading: watoto chini ya miaka 13 concept=age-limits
heading: vikwazo vya umri concept=age-limits
heading: kikomo cha umri concept=age-limits
heading: watoto wadogo concept=minors
heading: matumizi ya huduma na watoto concept=minors
heading: vijana wadogo concept=minors
body: watoto weight=3 concept=children
body: mtoto weight=3 concept=children
body: vijana weight=2.5 concept=minors-teens
body: chini ya umri wa miaka weight=2.5 concept=age-threshold
body: chini ya miaka weight=2.5 concept=age-threshold
body: umri wa miaka weight=2.5 concept=age-threshold
body: au zaidi weight=1 concept=age-threshold
body: wazazi weight=2.5 concept=parents-guardians
body: mzazi weight=2.5 concept=parents-guardians
body: walezi weight=2.5 concept=parents-guardians
body: mlezi weight=2.5 concept=parents-guardians
body: idhini ya mzazi weight=3 concept=parental-consent
body: idhini ya wazazi weight=3 concept=parental-consent
body: ridhaa ya mzazi weight=3 concept=parental-consent
body: coppa weight=3 concept=coppa
body: kwa kujua weight=2.5 concept=knowingly-collect
body: hatukusanyi kwa kujua weight=3 concept=knowingly-collect
body: kimakusudi weight=2.5 concept=knowingly-collect
body: hazikusudiwi kwa weight=2 concept=not-directed-to-children
body: haikusudiwi kwa weight=2 concept=not-directed-to-children
body: hazilengi weight=2 concept=not-directed-to-children
body: tukigundua weight=2 concept=if-we-learn
body: tukibaini weight=2 concept=if-we-learn
body: umri weight=1.5 concept=age
body: mdogo weight=0.5 concept=minor

[international]
heading: uhamisho wa kimataifa concept=international-transfers
heading: uhamisho wa data wa kimataifa concept=international-transfers
heading: uhamisho wa data nje ya nchi concept=international-transfers
heading: uhamisho wa taarifa nje ya nchi concept=international-transfers
heading: uhamisho wa data kuvuka mipaka concept=international-transfers
heading: uhamisho wa data concept=data-transfers
heading: uhamisho wa taarifa concept=data-transfers
heading: kuhamisha taarifa concept=data-transfers
heading: tunahifadhi wapi taarifa zako concept=where-we-store
heading: mahali pa kuhifadhi data concept=where-we-store
heading: mahali pa uchakataji concept=where-we-store
body: uhamisho weight=1.5 concept=transfer
body: hamish* weight=1.5 concept=transfer
body: kuvuka mipaka weight=3 concept=cross-border
body: mipakani weight=2.5 concept=cross-border
body: nchi nyingine weight=2.5 concept=other-countries
body: nje ya nchi weight=2.5 concept=other-countries
body: nje ya nchi yako weight=2.5 concept=other-countries
body: eneo la kiuchumi la ulaya weight=2 concept=eea
body: eea weight=2 concept=eea
body: marekani weight=1.5 concept=united-states
body: vifungu vya kawaida vya mkataba weight=3 concept=transfer-safeguards
body: standard contractual clauses weight=3 concept=transfer-safeguards
body: kinga zinazofaa weight=2.5 concept=transfer-safeguards
body: kiwango cha kutosha cha ulinzi weight=3 concept=adequacy
body: data privacy framework weight=3 concept=privacy-frameworks
body: privacy shield weight=3 concept=privacy-frameworks
body: ulinzi mdogo weight=2 concept=less-protective
body: mamlaka ya kisheria weight=2 concept=jurisdictions
body: seva weight=1.5 concept=server-location
body: seva zilizoko weight=2.5 concept=server-location
body: duniani kote weight=1.5 concept=around-the-world
body: kote duniani weight=1.5 concept=around-the-world

[regional]
heading: wakazi wa california concept=california
heading: kwa wakazi wa california concept=california
heading: haki za faragha za california concept=california
heading: wakazi wa nevada concept=us-state-rights
heading: haki za faragha za majimbo ya marekani concept=us-state-rights
heading: haki za wakazi wa majimbo concept=us-state-rights
heading: ilani kwa wakazi wa eneo la kiuchumi la ulaya concept=eea-gdpr-notice
heading: utii wa gdpr concept=eea-gdpr-notice
heading: kwa watumiaji wa umoja wa ulaya concept=eea-gdpr-notice
heading: masharti ya maeneo maalum concept=jurisdiction-specific
heading: taarifa za ziada kwa nchi fulani concept=jurisdiction-specific
heading: masharti ya kikanda concept=jurisdiction-specific
body: california weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: shine the light weight=3 concept=california-law
body: nevada weight=3 concept=us-states
body: virginia weight=3 concept=us-states
body: colorado weight=3 concept=us-states
body: connecticut weight=3 concept=us-states
body: wakazi weight=2 concept=residents
body: mkazi weight=2 concept=residents
body: watumiaji wa bidhaa weight=1.5 concept=consumers
body: walaji weight=1.5 concept=consumers
body: usiuze weight=3 concept=do-not-sell
body: kuuza au kushiriki weight=3 concept=do-not-sell
body: matangazo ya kitabia ya muktadha mtambuka weight=3 concept=cross-context-advertising
body: motisha ya kifedha weight=3 concept=financial-incentives
body: miezi 12 iliyopita weight=3 concept=preceding-12-months
body: miezi kumi na miwili iliyopita weight=3 concept=preceding-12-months
body: gdpr weight=2.5 concept=eu-gdpr
body: umoja wa ulaya weight=2 concept=eu-gdpr
body: brazil weight=2 concept=brazil-lgpd
body: lgpd weight=3 concept=brazil-lgpd
body: kanada weight=2 concept=canada-pipeda
body: pipeda weight=3 concept=canada-pipeda
body: jimbo weight=0.5 concept=state
body: majimbo weight=0.5 concept=state
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
heading: tovuti za wahusika wengine concept=third-party-websites
heading: tovuti nyingine concept=third-party-websites
heading: viungo vya tovuti nyingine concept=links-to-other-sites
heading: viungo kwa tovuti nyingine concept=links-to-other-sites
heading: viungo vya nje concept=links-to-other-sites
heading: viungo vya wahusika wengine concept=links-to-other-sites
heading: huduma za wahusika wengine concept=third-party-services
heading: programu jalizi za mitandao ya kijamii concept=social-media-plugins
heading: mitandao ya kijamii concept=social-media-plugins
heading: vipengele vya mitandao ya kijamii concept=social-media-plugins
heading: sera za faragha za wahusika wengine weight=2 concept=third-party-privacy-policies
body: viungo weight=2.5 concept=links
body: kiungo weight=2.5 concept=links
body: tovuti nyingine weight=2.5 concept=other-sites
body: tovuti za nje weight=2.5 concept=other-sites
body: tovuti za wahusika wengine weight=2.5 concept=other-sites
body: zinazoendeshwa na wahusika wengine weight=2.5 concept=other-sites
body: programu za wahusika wengine weight=2 concept=third-party-applications
body: huduma za wahusika wengine weight=2 concept=third-party-applications
body: hatuwajibiki weight=3 concept=not-responsible
body: hatuhusiki weight=3 concept=not-responsible
body: hatuna udhibiti weight=3 concept=not-responsible
body: si wajibu wetu weight=3 concept=not-responsible
body: sera zao za faragha weight=3 concept=their-privacy-policies
body: sera zao wenyewe weight=3 concept=their-privacy-policies
body: tunakuhimiza weight=2.5 concept=encourage-review
body: tunakushauri weight=2.5 concept=encourage-review
body: unapoondoka kwenye tovuti yetu weight=2.5 concept=leave-our-site
body: ukiondoka kwenye tovuti yetu weight=2.5 concept=leave-our-site
body: programu jalizi weight=2.5 concept=plugins
body: plugin* weight=2.5 concept=plugins
body: wijeti weight=2.5 concept=plugins
body: maudhui weight=0.5 concept=content
body: kukagua weight=0.5 concept=review
body: kusoma weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: uwepo wetu kwenye mitandao ya kijamii concept=social-media-presence
heading: vyombo vya habari vya kijamii concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: zinazokusanywa na wahusika wengine concept=third-party-data-collection
heading: inayokusanywa na wahusika wengine concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: miunganisho ya mtandao weight=2 concept=network-connections
heading: maombi ya mtandao weight=2 concept=network-connections
heading: zinazotoka kwenye kifaa chako weight=2 concept=network-connections
heading: kinachotoka kwenye kifaa chako weight=2 concept=network-connections
heading: zinazotumwa kupitia intaneti weight=2 concept=network-connections
heading: kinachopita kwenye intaneti weight=2 concept=network-connections
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
heading: mabadiliko ya sera hii concept=changes-to-policy
heading: mabadiliko ya sera ya faragha concept=changes-to-policy
heading: mabadiliko kwenye sera hii concept=changes-to-policy
heading: mabadiliko katika sera hii concept=changes-to-policy
heading: masasisho ya sera hii concept=policy-updates
heading: kusasisha sera hii concept=policy-updates
heading: masasisho concept=policy-updates
heading: taarifa ya mabadiliko concept=notification-of-changes
heading: kukujulisha kuhusu mabadiliko concept=notification-of-changes
heading: marekebisho concept=amendments
heading: masharti ya mwisho concept=amendments
heading: tarehe ya kuanza kutumika concept=entry-into-force
heading: tarehe ya kuanza kutumika kwa sera hii concept=entry-into-force
body: mabadiliko weight=2 concept=change-update
body: badilish* weight=2 concept=change-update
body: sasish* weight=2 concept=change-update
body: masasisho weight=2 concept=change-update
body: marekebisho weight=1.5 concept=change-update
body: tarehe ya kuanza kutumika weight=3 concept=effective-date
body: ilisasishwa mwisho weight=3 concept=effective-date
body: imesasishwa mwishoni weight=3 concept=effective-date
body: ilisasishwa mara ya mwisho weight=3 concept=effective-date
body: inaanza kutumika weight=3 concept=effective-date
body: mara kwa mara weight=2.5 concept=from-time-to-time
body: mara kwa mara bila taarifa weight=2.5 concept=from-time-to-time
body: mabadiliko makubwa weight=3 concept=material-changes
body: mabadiliko muhimu weight=3 concept=material-changes
body: kuendelea kutumia weight=3 concept=continued-use
body: ukiendelea kutumia weight=3 concept=continued-use
body: kuangalia mara kwa mara weight=2.5 concept=check-back
body: kupitia sera hii mara kwa mara weight=2.5 concept=check-back
body: toleo la karibuni weight=2 concept=latest-version
body: toleo la hivi karibuni weight=2 concept=latest-version
body: toleo la sasa weight=2 concept=latest-version
body: yataanza kutumika mara moja weight=2.5 concept=effective-immediately
body: mara moja weight=1.5 concept=effective-immediately
body: tuna haki ya weight=2 concept=reserve-the-right
body: tutakujulisha weight=1.5 concept=notify-you
body: tutakuarifu weight=1.5 concept=notify-you
body: kukujulisha weight=1.5 concept=notify-you
body: litawekwa kwenye tovuti yetu weight=1 concept=posting
body: kuchapisha weight=1 concept=posting
body: toleo weight=1 concept=version
body: notisi weight=0.5 concept=notice
body: ilani weight=0.5 concept=notice

[contact]
heading: wasiliana nasi concept=contact-us
heading: mawasiliano concept=contact-us
heading: kuwasiliana nasi concept=contact-us
heading: jinsi ya kuwasiliana nasi concept=how-to-contact
heading: namna ya kuwasiliana nasi concept=how-to-contact
heading: maelezo ya mawasiliano concept=contact-information
heading: taarifa za mawasiliano concept=contact-information
heading: anwani yetu concept=contact-information
heading: maswali concept=questions
heading: maswali na maoni concept=questions
heading: maswali au wasiwasi concept=questions
heading: afisa wa ulinzi wa data concept=data-protection-officer
heading: afisa wa faragha concept=data-protection-officer
body: wasiliana nasi weight=3 concept=please-contact
body: tafadhali wasiliana nasi weight=3 concept=please-contact
body: tuandikie weight=3 concept=please-contact
body: tutumie barua pepe weight=3 concept=please-contact
body: unaweza kuwasiliana nasi weight=3 concept=please-contact
body: maswali weight=2 concept=questions-comments
body: swali weight=2 concept=questions-comments
body: maoni weight=1.5 concept=questions-comments
body: wasiwasi weight=1.5 concept=questions-comments
body: afisa wa ulinzi wa data weight=3 concept=dpo
body: afisa wa faragha weight=3 concept=dpo
body: dpo weight=3 concept=dpo
body: sanduku la posta weight=2 concept=postal-address
body: s.l.p weight=2 concept=postal-address
body: anwani ya posta weight=2 concept=postal-address
body: simu weight=1.5 concept=telephone
body: kupitia barua pepe weight=1.5 concept=by-email
body: kwa barua pepe weight=1.5 concept=by-email
body: huduma kwa wateja weight=1.5 concept=customer-service
body: anwani weight=0.3 concept=address

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
