# Filipino (Tagalog) lexicon
# Filipino, the standardized Tagalog of the Philippines, is the national language and, with
# English, an official language of the Philippines; Tagalog is also spoken by Filipino
# communities abroad. BCP 47 tag fil (ISO 639-1 "tl", Tagalog, falls back to this file).
# Legal vocabulary: the Data Privacy Act of 2012 (Republic Act No. 10173, "Batas Republika
# Blg. 10173") and the National Privacy Commission (NPC, Pambansang Komisyon sa Privacy).
# Policies keep the Act's English terms beside Tagalog ones: personal information
# controller/processor, data subject (paksa ng datos), Data Protection Officer (DPO),
# sensitibong personal na impormasyon, pahintulot/pagsang-ayon (consent), lehitimong
# interes, paglabag sa seguridad (breach). Policies are titled "Patakaran sa Privacy" or
# "Abiso sa Privacy"; cookies stay "cookies".
# Conventions: Tagalog policies mix in English words (data, email, browser, third party,
# IP address); section entries list them where Tagalog policies use them, but [profile]
# gives no English word any weight (they are left out).
# Morphology: @prefixes strip the focus and gerund prefixes (pag-, nag-, mag-, ma-, na-, i-,
# ipag-, ipina-, maka-, naka-, ...), and mang-/nang- with the assimilated consonant back
# (mangolekta -> kolekta); roots are written with a trailing * to take the suffixes and the
# linker (kolekta* = kolektahin; impormasyon* = impormasyong). Infixed and reduplicated
# forms (kinokolekta, ginagamit, ibinabahagi, pinapanatili, gumagamit) cannot be stripped
# and are listed as they are. Hyphens split words (pag-iimbak -> pag iimbak, makipag-ugnayan
# -> makipag ugnayan), so hyphenated forms are written with a space.
# Sources read for vocabulary (wording, not text, was taken):
#   0disoft/vibe-coding, src/content/privacy/tl.md and src/content/cookie/tl.md (no licence
#   file in the repository)
@language fil
@name Filipino
@fold-accents yes    # the pahiwatig accents (á, à, â) are rarely written and never tell policy words apart; ñ in loans folds to n
@prefixes ipinag ipina ipag pinag pina nakaka makaka pagka naka maka mang>k mang>p mang>t mang>s nang>k nang>p nang>t nang>s makipag nakipag pakikipag pag nag mag pa ma na i
@suffixes hin han in an

[profile]
# Function words first, then words frequent in Tagalog policies.
# weight=3: Tagalog, not Malay, Indonesian, Spanish or English: ang, ng, mga, ay, namin,
#           ninyo, iyong, kung, upang, maaari, impormasyon ...
# weight=1 or less: words shared with Malay/Indonesian (kami "we", batas, bilang; anak is
#           left out) or Romance languages (o, para, datos); English homographs (at, may,
#           an) and English loanwords (data, personal, email, privacy, cookies) are left out.
ang weight=3
ng weight=3
mga weight=3
sa weight=2
na weight=1
ay weight=3
ito weight=2
iyon weight=3
nito weight=3
namin weight=3
aming weight=3
kami weight=0.5
amin weight=3
ninyo weight=3
inyong weight=3
inyo weight=3
iyong weight=3
iyo weight=3
mo weight=2
ka weight=1
nila weight=3
kanilang weight=3
kanila weight=3
natin weight=3
kung weight=3
upang weight=3
para weight=0.5
o weight=0.5
hindi weight=3
nang weight=3
din weight=2
rin weight=3
lamang weight=3
lang weight=1
ba weight=1
pa weight=1
mayroon weight=3
wala weight=2
maaari weight=3
maaaring weight=3
dapat weight=1
kapag weight=3
dahil weight=3
tulad weight=3
gaya weight=2
bilang weight=1
tungkol weight=3
ayon weight=3
alinsunod weight=3
gayunpaman weight=3
pamamagitan weight=3
kasama weight=2
kabilang weight=3
ibang weight=3
iba weight=1
lahat weight=2
bawat weight=3
anumang weight=3
sumusunod weight=3
ating weight=3
siya weight=2
ginagamit weight=3
gamitin weight=3
paggamit weight=3
impormasyon weight=3
impormasyong weight=3
datos weight=0.5
patakaran weight=3
karapatan weight=3
pahintulot weight=3
serbisyo weight=3
gumagamit weight=3
kumpanya weight=3
kinokolekta weight=3
pagkolekta weight=3
nakolekta weight=3
layunin weight=3
batas weight=1
seguridad weight=3
proteksyon weight=3
pagbabago weight=3
makipag weight=3
ugnayan weight=3
pagproseso weight=3
pagpoproseso weight=3
pagbabahagi weight=3
ibinabahagi weight=3
pagpapanatili weight=3
panahon weight=3
kahilingan weight=3
bata weight=2
magulang weight=3
partido weight=2
ikatlong weight=3
ikatlo weight=3
pahina weight=3

[units]
year: taon, taong
month: buwan, buwang
week: linggo, linggong
day: araw, araw na, arawang
hour: oras
minute: minuto
business-day: araw ng trabaho, araw na may pasok, working day, business day

[numbers]
# Native numbers, the Spanish-derived ones used in dates and ages, and the linker forms
# (tatlumpung araw, labing-anim na taong gulang).
1: isa, isang, uno
2: dalawa, dalawang, dos
3: tatlo, tatlong, tres
4: apat, apat na, kuwatro
5: lima, limang, singko
6: anim, anim na, sais
7: pito, pitong, siyete
8: walo, walong, otso
9: siyam, siyam na, nuwebe
10: sampu, sampung, diyes
12: labindalawa, labindalawang, dose
13: labintatlo, labintatlong, trese
14: labing-apat, labing apat, katorse
15: labinlima, labinlimang, kinse
16: labing-anim, labing anim, disisais
18: labingwalo, labing-walo, labing walo, disiotso
20: dalawampu, dalawampung, beinte
24: dalawampu't apat, beinte kuwatro
30: tatlumpu, tatlumpung, trenta
60: animnapu, animnapung, sesenta
90: siyamnapu, siyamnapung, nobenta
100: isang daan, sandaan, sanlibo

[references]
gdpr: pangkalahatang regulasyon sa proteksyon ng datos, general data protection regulation, gdpr
ccpa: batas sa privacy ng mamimili ng california, california consumer privacy act, ccpa
cpra: california privacy rights act, cpra
coppa: batas sa proteksyon ng privacy ng mga bata online, children's online privacy protection act, coppa
lgpd: lgpd
pipeda: pipeda
# Data Privacy Act of 2012 (Republic Act No. 10173), the Philippines' data protection law;
# filed under pdpa, the id of a national "personal data protection" act (as id.lex does).
pdpa: data privacy act of 2012, data privacy act, batas sa privacy ng datos ng 2012, batas sa privacy ng datos, republic act no. 10173, republic act 10173, ra 10173, r.a. 10173, batas republika blg. 10173

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
mga tuntunin ng paggamit
tuntunin ng paggamit
mga tuntunin ng serbisyo
mga tuntunin at kundisyon
mga tuntunin at kondisyon
namamahalang batas
naaangkop na batas
hurisdiksyon
buong kasunduan
force majeure
pagtatatwa
limitasyon ng pananagutan
mga pagsasalin
mga salin
iba pang mga salin
iba pang salin
lisensya
karapatang-ari
pasasalamat
talaan ng nilalaman

# ---------------------------------------------------------------------------------------
# Sections.

[intro]
heading: panimula concept=introduction
heading: pambungad concept=introduction
heading: introduksyon concept=introduction
heading: pangkalahatang impormasyon concept=introduction
heading: pangkalahatang probisyon concept=introduction
heading: buod concept=summary
heading: pangkalahatang ideya concept=summary
heading: sa madaling salita concept=summary
heading: mga pangunahing punto concept=summary
heading: tungkol sa patakarang ito concept=about-this-policy
heading: tungkol sa abisong ito concept=about-this-policy
heading: tungkol sa patakaran sa privacy na ito concept=about-this-policy
heading: saklaw concept=scope
heading: saklaw ng patakarang ito concept=scope
heading: saklaw ng patakaran concept=scope
heading: kanino nalalapat ang patakarang ito concept=scope
heading: sino kami concept=who-we-are
heading: tungkol sa amin concept=who-we-are
heading: sino ang personal information controller concept=who-we-are
heading: ang aming pangako sa privacy concept=commitment-to-privacy
heading: ang aming pangako concept=commitment-to-privacy
heading: pangako sa iyong privacy concept=commitment-to-privacy
heading: pagtanggap sa patakarang ito concept=acceptance
heading: pagtanggap ng mga tuntunin concept=acceptance
heading: iyong pagsang ayon concept=acceptance
heading: patakaran sa privacy weight=0.5 concept=privacy-policy-title
heading: patakaran ng privacy weight=0.5 concept=privacy-policy-title
heading: abiso sa privacy weight=0.5 concept=privacy-policy-title
heading: paunawa sa privacy weight=0.5 concept=privacy-policy-title
heading: pahayag sa privacy weight=0.5 concept=privacy-policy-title
heading: patakaran sa pagkapribado weight=0.5 concept=privacy-policy-title
body: inilalarawan ng patakarang ito weight=2.5 concept=policy-describes
body: ipinapaliwanag ng patakarang ito weight=2.5 concept=policy-describes
body: nagpapaliwanag weight=2 concept=policy-describes
body: ipinapaliwanag weight=2 concept=policy-describes
body: inilalarawan weight=2 concept=policy-describes
body: nalalapat sa weight=2.5 concept=policy-applies-to
body: hindi nalalapat weight=2.5 concept=policy-applies-to
body: sumasaklaw sa weight=2 concept=policy-applies-to
body: sa paggamit ng weight=1.5 concept=by-using
body: sa pamamagitan ng paggamit weight=1.5 concept=by-using
body: sa pagbisita weight=1.5 concept=by-using
body: sa pag access weight=1.5 concept=by-using
body: tinatanggap mo weight=1.5 concept=acceptance-of-policy
body: tinatanggap ninyo weight=1.5 concept=acceptance-of-policy
body: pagtanggap weight=1 concept=acceptance-of-policy
body: kung hindi ka sumasang ayon weight=2 concept=if-you-do-not-agree
body: kung hindi kayo sumasang ayon weight=2 concept=if-you-do-not-agree
body: kung hindi ka sang ayon weight=2 concept=if-you-do-not-agree
body: nakatuon kami weight=2 concept=committed-to-privacy
body: pinahahalagahan namin weight=2 concept=committed-to-privacy
body: pinapahalagahan namin weight=2 concept=committed-to-privacy
body: nagpapahalaga weight=2 concept=committed-to-privacy
body: iginagalang namin weight=2 concept=committed-to-privacy
body: mula rito ay tinatawag weight=1.5 concept=referred-to-as
body: mula rito ay tinutukoy weight=1.5 concept=referred-to-as
body: tinutukoy bilang weight=1.5 concept=referred-to-as
body: tinatawag na weight=1 concept=referred-to-as
body: mga tuntunin ng serbisyo weight=1 concept=terms-of-use
body: mga tuntunin ng paggamit weight=1 concept=terms-of-use
body: mga tuntunin at kundisyon weight=1 concept=terms-of-use
body: basahin nang mabuti weight=1.5 concept=please-read
body: mangyaring basahin weight=1.5 concept=please-read
body: basahing mabuti weight=1.5 concept=please-read
body: patakaran sa privacy na ito weight=0.5 concept=this-privacy-policy
body: patakarang ito weight=0.5 concept=this-privacy-policy
body: abisong ito weight=0.5 concept=this-privacy-policy
body: privacy weight=0.3 concept=privacy
body: pagkapribado weight=0.3 concept=privacy
body: website weight=0.3 concept=website
body: app weight=0.3 concept=website
body: aplikasyon weight=0.3 concept=website
body: serbisyo* weight=0.3 concept=services
body: kumpanya* weight=0.3 concept=company

[definitions]
heading: mga kahulugan concept=definitions
heading: kahulugan ng mga termino concept=definitions
heading: mga depinisyon concept=definitions
heading: depinisyon concept=definitions
heading: mga termino concept=key-terms
heading: mga pangunahing termino concept=key-terms
heading: mga salitang ginamit concept=key-terms
heading: talahuluganan concept=key-terms
heading: interpretasyon concept=interpretation
heading: interpretasyon at mga kahulugan concept=interpretation
heading: pagpapakahulugan concept=interpretation
heading: ano ang ibig sabihin ng concept=what-we-mean-by
heading: ano ang ibig naming sabihin concept=what-we-mean-by
body: ay nangangahulugang weight=3 concept=means
body: nangangahulugang weight=3 concept=means
body: nangangahulugan weight=3 concept=means
body: ibig sabihin weight=2.5 concept=means
body: tumutukoy sa weight=2.5 concept=refers-to
body: tinutukoy ang weight=2 concept=refers-to
body: ang mga sumusunod na termino weight=3 concept=defined-terms-intro
body: mga sumusunod na kahulugan weight=3 concept=defined-terms-intro
body: termino* weight=1.5 concept=defined-terms-intro
body: para sa layunin ng patakarang ito weight=2.5 concept=as-used-in-this-policy
body: sa patakarang ito weight=1.5 concept=as-used-in-this-policy
body: ginamit sa patakarang ito weight=2.5 concept=as-used-in-this-policy
body: ang personal na impormasyon ay weight=3 concept=personal-data-means
body: personal na impormasyon ay tumutukoy weight=3 concept=personal-data-means
body: makikilala weight=2.5 concept=identifiable-person
body: pagkakakilanlan ng isang indibidwal weight=2.5 concept=identifiable-person
body: matukoy ang pagkakakilanlan weight=2.5 concept=identifiable-person
body: mula rito weight=2 concept=hereinafter
body: personal information controller weight=1 concept=gdpr-roles
body: personal information processor weight=1 concept=gdpr-roles
body: data subject weight=1 concept=gdpr-roles
body: paksa ng datos weight=1 concept=gdpr-roles
body: kasama ang weight=0.5 concept=includes
body: kabilang ang weight=0.5 concept=includes
body: gumagamit weight=0.3 concept=user
body: user weight=0.3 concept=user
body: personal na impormasyon weight=0.2 concept=personal-data
body: personal na datos weight=0.2 concept=personal-data
body: personal na data weight=0.2 concept=personal-data

[collection]
heading: impormasyong kinokolekta namin concept=what-we-collect
heading: personal na impormasyong kinokolekta concept=what-we-collect
heading: mga impormasyong kinokolekta namin concept=what-we-collect
heading: anong impormasyon ang kinokolekta namin concept=what-we-collect
heading: anong impormasyon ang aming kinokolekta concept=what-we-collect
heading: impormasyong aming kinokolekta concept=what-we-collect
heading: nakolektang impormasyon concept=what-we-collect
# App permissions (a bare "pahintulot" is consent): a point of collection, as en "App permissions".
heading: mga pahintulot ng app weight=3 concept=what-we-collect
heading: pahintulot ng app weight=3 concept=what-we-collect
heading: pagkolekta ng impormasyon concept=collection-of-information
heading: pagkolekta ng personal na impormasyon concept=collection-of-information
heading: pangongolekta ng impormasyon concept=collection-of-information
heading: pagkolekta ng datos concept=collection-of-information
heading: pagkolekta ng data concept=collection-of-information
heading: pinagmumulan ng impormasyon concept=sources-of-information
heading: mga pinagmulan ng personal na impormasyon concept=sources-of-information
heading: pinagkukunan ng impormasyon concept=sources-of-information
heading: impormasyong ibinibigay mo concept=information-you-provide
heading: impormasyong ibinibigay ninyo concept=information-you-provide
heading: impormasyong ibinibigay mo sa amin concept=information-you-provide
heading: impormasyong direktang ibinibigay mo concept=information-you-provide
heading: contact form weight=3 concept=information-you-provide
heading: awtomatikong kinokolektang impormasyon concept=collected-automatically
heading: impormasyong awtomatikong kinokolekta concept=collected-automatically
heading: awtomatikong nakolektang impormasyon concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: nananatili sa iyong device weight=2 concept=on-device-data
heading: nananatili sa device mo weight=2 concept=on-device-data
heading: pinoproseso nang lokal weight=2 concept=on-device-data
heading: lokal na pagproseso weight=2 concept=on-device-data
heading: pagproseso sa device weight=2 concept=on-device-data
heading: naka-imbak nang lokal weight=2 concept=on-device-data
heading: paano namin kinokolekta ang impormasyon concept=how-we-collect
heading: paano namin kinokolekta ang iyong impormasyon concept=how-we-collect
heading: paraan ng pagkolekta concept=how-we-collect
heading: mga uri ng personal na impormasyon concept=categories-of-data
heading: mga uri ng impormasyon concept=categories-of-data
heading: mga kategorya ng personal na impormasyon concept=categories-of-data
heading: kategorya ng datos concept=categories-of-data
body: kinokolekta weight=2 concept=we-collect
body: kinolekta weight=2 concept=we-collect
body: nangongolekta weight=2 concept=we-collect
body: kolekta* weight=2 concept=we-collect
body: nakalap weight=2 concept=we-collect
body: kalap* weight=2 concept=we-collect
body: tinitipon weight=2 concept=we-collect
body: tipon* weight=1.5 concept=we-collect
body: ibinibigay mo weight=2 concept=you-provide
body: ibinibigay ninyo weight=2 concept=you-provide
body: ibinigay mo weight=2 concept=you-provide
body: ibinigay ninyo weight=2 concept=you-provide
body: isinumite weight=1.5 concept=you-provide
body: kusang loob weight=1.5 concept=you-provide
body: awtomatiko* weight=2 concept=automatically
body: automatic* weight=2 concept=automatically
body: mga kategorya ng personal na impormasyon weight=2.5 concept=data-categories
body: mga uri ng personal na impormasyon weight=2.5 concept=data-categories
body: uri ng impormasyon weight=2 concept=data-categories
body: pinagmulan weight=1.5 concept=sources
body: pinagmumulan weight=1.5 concept=sources
body: pinagkukunan weight=1.5 concept=sources
body: pampublikong mapagkukunan weight=2 concept=publicly-available
body: pampublikong available weight=2 concept=publicly-available
body: email address weight=1.5 concept=contact-details
body: numero ng telepono weight=1.5 concept=contact-details
body: numero ng mobile weight=1.5 concept=contact-details
body: address ng kalye weight=1.5 concept=contact-details
body: tirahan weight=1.5 concept=contact-details
body: ip address weight=2 concept=device-data
body: uri ng browser weight=2 concept=device-data
body: operating system weight=2 concept=device-data
body: identifier ng device weight=2 concept=device-data
body: impormasyon ng device weight=2 concept=device-data
body: lokasyon* weight=2 concept=location-data
body: geolocation weight=2 concept=location-data
body: kinaroroonan weight=2 concept=location-data
body: log ng pag access weight=2 concept=usage-data
body: access log* weight=2 concept=usage-data
body: oras ng pag access weight=2 concept=usage-data
body: datos ng paggamit weight=2 concept=usage-data
body: demograpiko* weight=1.5 concept=demographic-data
body: kasarian weight=1.5 concept=demographic-data
body: petsa ng kapanganakan weight=1.5 concept=demographic-data
body: kaarawan weight=1.5 concept=demographic-data
body: impormasyon sa pagbabayad weight=1 concept=payment-data
body: impormasyon ng pagbabayad weight=1 concept=payment-data
body: numero ng card weight=1 concept=payment-data
body: form* weight=1.5 concept=forms
body: pagpaparehistro weight=1 concept=forms
body: rehistro* weight=1 concept=forms
body: pangalan weight=1 concept=name
body: palayaw weight=1 concept=name
body: account weight=0.3 concept=account
body: impormasyon* weight=0.1 concept=information
body: datos weight=0.1 concept=information
body: data weight=0.1 concept=information

[use]
heading: paano namin ginagamit ang iyong impormasyon concept=how-we-use
heading: paano namin ginagamit ang inyong impormasyon concept=how-we-use
heading: paano namin ginagamit ang impormasyon concept=how-we-use
heading: paano ginagamit ang iyong impormasyon concept=how-we-use
heading: paano namin gagamitin concept=how-we-use
heading: paggamit ng impormasyon concept=use-of-information
heading: paggamit ng personal na impormasyon concept=use-of-information
heading: paggamit ng datos concept=use-of-information
heading: paggamit ng data concept=use-of-information
heading: mga layunin ng pagproseso concept=purposes-of-processing
heading: layunin ng pagproseso concept=purposes-of-processing
heading: layunin ng paggamit concept=purposes-of-processing
heading: layunin ng pagkolekta at paggamit concept=purposes-of-processing
heading: mga layunin concept=purposes-of-processing
heading: bakit namin kinokolekta ang iyong impormasyon concept=why-we-collect
heading: bakit kami nangongolekta concept=why-we-collect
heading: layunin ng pagkolekta concept=why-we-collect
heading: pagproseso ng personal na impormasyon concept=processing-of-personal-data
heading: pagpoproseso ng personal na impormasyon concept=processing-of-personal-data
heading: pagproseso ng datos concept=processing-of-personal-data
heading: paano namin pinoproseso ang iyong impormasyon concept=processing-of-personal-data
heading: awtomatikong paggawa ng desisyon concept=automated-decision-making
heading: awtomatikong pagpapasya concept=automated-decision-making
heading: awtomatikong desisyon concept=automated-decision-making
heading: automated decision-making concept=automated-decision-making
body: ginagamit namin weight=2 concept=we-use
body: ginagamit weight=2 concept=we-use
body: ginamit weight=1.5 concept=we-use
body: gagamitin weight=2 concept=we-use
body: gamitin weight=1.5 concept=we-use
body: gumagamit kami weight=2 concept=we-use
body: pinoproseso weight=1.5 concept=we-use
body: layunin* weight=1.5 concept=purposes
body: para sa mga sumusunod na layunin weight=2.5 concept=following-purposes
body: sa mga sumusunod na layunin weight=2.5 concept=following-purposes
body: sumusunod na layunin weight=2.5 concept=following-purposes
body: profiling weight=2 concept=profiling
body: pagpoprofile weight=2 concept=profiling
body: awtomatikong paggawa ng desisyon weight=1.5 concept=automated-decisions
body: awtomatikong pagpapasya weight=1.5 concept=automated-decisions
body: pagbibigay ng serbisyo weight=1.5 concept=to-provide
body: pagbibigay at pagpapatakbo weight=1.5 concept=to-provide
body: maibigay ang serbisyo weight=1.5 concept=to-provide
body: magbigay ng mga serbisyo weight=1.5 concept=to-provide
body: pagtupad ng order weight=1.5 concept=to-fulfil
body: pagproseso ng order weight=1.5 concept=to-fulfil
body: paghahatid weight=1 concept=to-fulfil
body: pamamahala ng account weight=1.5 concept=to-administer
body: pamamahala ng miyembro weight=1.5 concept=to-administer
body: pangasiwaan weight=1.5 concept=to-administer
body: pagpapabuti weight=1.5 concept=to-improve
body: mapabuti weight=1.5 concept=to-improve
body: mapahusay weight=1.5 concept=to-improve
body: pagpapahusay weight=1.5 concept=to-improve
body: pagbuo ng mga bagong weight=2 concept=to-develop
body: bumuo ng mga bagong weight=2 concept=to-develop
body: bagong serbisyo weight=2 concept=to-develop
body: personalized weight=2 concept=to-personalise
body: i personalize weight=2 concept=to-personalise
body: iangkop weight=1.5 concept=to-personalise
body: makipag ugnayan sa iyo weight=2 concept=to-communicate
body: makipag ugnayan sa inyo weight=2 concept=to-communicate
body: makipag usap sa iyo weight=2 concept=to-communicate
body: magpadala weight=1 concept=to-send
body: pagpapadala weight=1 concept=to-send
body: ipadala weight=1 concept=to-send
body: pagtugon sa mga katanungan weight=1.5 concept=to-respond
body: tumugon sa iyong weight=1.5 concept=to-respond
body: suporta sa customer weight=1.5 concept=to-respond
body: pagsusuri weight=1 concept=to-analyse
body: suriin weight=1 concept=to-analyse
body: analytics weight=1 concept=to-analyse
body: istatistika weight=1 concept=to-analyse
body: pag aayos ng problema weight=2 concept=to-troubleshoot
body: pag troubleshoot weight=2 concept=to-troubleshoot
body: pagtukoy ng mga error weight=2 concept=to-troubleshoot
body: pananaliksik weight=1.5 concept=research
body: pananaliksik sa merkado weight=2 concept=research
body: pandaraya weight=1.5 concept=to-prevent-fraud
body: panloloko weight=1.5 concept=to-prevent-fraud
body: mapanlinlang weight=1.5 concept=to-prevent-fraud
body: pang aabuso weight=1 concept=to-prevent-fraud
body: transaksyon* weight=1.5 concept=to-process-transactions
body: pagproseso ng pagbabayad weight=1.5 concept=to-process-transactions
body: pagbabayad weight=1 concept=to-process-transactions
body: pagsunod sa batas weight=1 concept=to-comply-with-law
body: sumunod sa batas weight=1 concept=to-comply-with-law
body: legal na obligasyon weight=1 concept=to-comply-with-law

[legal-basis]
heading: legal na batayan concept=legal-basis
heading: legal na batayan ng pagproseso concept=legal-basis
heading: batayan ng pagproseso concept=legal-basis
heading: mga legal na batayan concept=legal-basis
heading: ligal na batayan concept=legal-basis
heading: batayang legal concept=legal-basis
heading: sa anong batayan namin pinoproseso ang iyong impormasyon concept=why-allowed
heading: bakit kami pinapayagang magproseso concept=why-allowed
body: legal na batayan weight=3 concept=legal-basis-term
body: ligal na batayan weight=3 concept=legal-basis-term
body: batayang legal weight=3 concept=legal-basis-term
body: legal basis weight=3 concept=legal-basis-term
body: lehitimong interes weight=3 concept=legitimate-interests
body: lehitimong layunin weight=2.5 concept=legitimate-interests
body: legitimate interest* weight=3 concept=legitimate-interests
body: pangunahing karapatan at kalayaan weight=2.5 concept=balancing-test
body: pagtupad ng kontrata weight=3 concept=performance-of-contract
body: pagganap ng kontrata weight=3 concept=performance-of-contract
body: katuparan ng kontrata weight=3 concept=performance-of-contract
body: legal na obligasyon weight=2.5 concept=legal-obligation
body: obligasyon sa ilalim ng batas weight=2.5 concept=legal-obligation
body: mahahalagang interes weight=3 concept=vital-interests
body: buhay at kalusugan weight=2.5 concept=vital-interests
body: pampublikong interes weight=2.5 concept=public-interest
body: seksyon 12 weight=3 concept=article-6
body: artikulo 6 weight=3 concept=article-6
body: kinakailangan ang pagproseso weight=2.5 concept=processing-necessary
body: kailangan para sa weight=1.5 concept=processing-necessary
body: batay sa weight=2 concept=on-the-basis-of
body: alinsunod sa weight=1.5 concept=on-the-basis-of
body: legal weight=1 concept=lawful
body: naaayon sa batas weight=1 concept=lawful
body: pahintulot weight=1 concept=consent-as-basis
body: kinakailangan weight=0.5 concept=necessary

[consent]
heading: pahintulot concept=your-consent
heading: iyong pahintulot concept=your-consent
heading: pagsang ayon concept=your-consent
heading: iyong pagsang ayon concept=your-consent
heading: pag bawi ng pahintulot concept=withdrawal-of-consent
heading: pagbawi ng pahintulot concept=withdrawal-of-consent
heading: pagbawi ng pagsang ayon concept=withdrawal-of-consent
heading: paano bawiin ang pahintulot concept=withdrawal-of-consent
body: pumapayag weight=2.5 concept=you-consent
body: pumayag weight=2.5 concept=you-consent
body: pahintulot mo weight=2.5 concept=you-consent
body: iyong pahintulot weight=2.5 concept=you-consent
body: paunang pahintulot weight=2.5 concept=you-consent
body: bawi* weight=3 concept=withdraw
body: binabawi weight=3 concept=withdraw
body: binawi weight=3 concept=withdraw
body: pag atras weight=2 concept=withdraw
body: magbago ang isip mo weight=2 concept=change-your-mind
body: nagbago ang iyong isip weight=2 concept=change-your-mind
body: sumasang ayon ka weight=1.5 concept=you-agree
body: sumasang ayon kayo weight=1.5 concept=you-agree
body: sang ayon weight=1.5 concept=you-agree
body: tahasang pahintulot weight=2.5 concept=explicit-consent
body: malinaw na pahintulot weight=2.5 concept=explicit-consent
body: hayagang pahintulot weight=2.5 concept=explicit-consent
body: malayang ibinigay weight=2.5 concept=freely-given
body: kusang loob weight=2 concept=freely-given
body: boluntaryo weight=2 concept=freely-given
body: pag check sa kahon weight=2 concept=opt-in
body: opt in weight=2 concept=opt-in
body: permiso weight=1.5 concept=permission
body: pahintulot* weight=1.5 concept=permission
body: hindi makakaapekto sa legalidad weight=2.5 concept=without-affecting-lawfulness
body: bago ang pagbawi weight=2.5 concept=without-affecting-lawfulness
body: anumang oras weight=1 concept=at-any-time
body: kahit kailan weight=1 concept=at-any-time

[sharing]
heading: pagbabahagi ng impormasyon concept=sharing-of-information
heading: pagbabahagi ng personal na impormasyon concept=sharing-of-information
heading: pagbabahagi at pagbubunyag concept=sharing-of-information
heading: pagbabahagi ng datos concept=sharing-of-information
heading: pagbibigay sa mga third party concept=sharing-of-information
heading: paano namin ibinabahagi ang iyong impormasyon concept=how-we-share
heading: paano namin ibinabahagi ang impormasyon concept=how-we-share
heading: kanino namin ibinabahagi ang iyong impormasyon concept=who-we-share-with
heading: kanino namin ibinabahagi concept=who-we-share-with
heading: mga tatanggap ng impormasyon concept=who-we-share-with
heading: pagbubunyag ng impormasyon concept=disclosure-of-information
heading: pagsisiwalat ng impormasyon concept=disclosure-of-information
heading: pagbubunyag sa mga third party concept=disclosure-of-information
heading: mga third party concept=third-parties
heading: mga ikatlong partido concept=third-parties
heading: pagbabahagi sa mga third party concept=third-parties
heading: mga service provider concept=service-providers-heading
heading: mga tagapagbigay ng serbisyo concept=service-providers-heading
heading: paglilipat ng negosyo concept=business-transfers
heading: pagsasanib at pagbili ng kumpanya concept=business-transfers
heading: mga legal na kahilingan concept=legal-requests
heading: pagpapatupad ng batas concept=legal-requests
heading: legal na proseso concept=legal-requests
heading: ibinebenta ba namin ang iyong impormasyon concept=sale-of-information
heading: pagbebenta ng personal na impormasyon concept=sale-of-information
body: ibinabahagi weight=2 concept=share
body: ibinahagi weight=2 concept=share
body: ibahagi weight=2 concept=share
body: bahagi* weight=1 concept=share
body: pagbabahagi weight=2 concept=share
body: nagbabahagi weight=2 concept=share
body: pagbubunyag weight=2.5 concept=disclose
body: ibunyag weight=2.5 concept=disclose
body: ibinubunyag weight=2.5 concept=disclose
body: isiwalat weight=2.5 concept=disclose
body: pagsisiwalat weight=2.5 concept=disclose
body: ibinibigay sa weight=1.5 concept=disclose
body: third party weight=1 concept=third-parties-term
body: third parties weight=1 concept=third-parties-term
body: ikatlong partido weight=1 concept=third-parties-term
body: panlabas na partido weight=1 concept=third-parties-term
body: service provider* weight=2 concept=service-providers
body: tagapagbigay ng serbisyo weight=2 concept=service-providers
body: vendor* weight=1.5 concept=service-providers
body: panlabas na espesyalista weight=2 concept=service-providers
body: sa ngalan namin weight=1.5 concept=on-our-behalf
body: para sa amin weight=1 concept=on-our-behalf
body: kaakibat weight=2 concept=affiliates
body: mga affiliate weight=2 concept=affiliates
body: subsidiary weight=2 concept=affiliates
body: kasosyo sa negosyo weight=1.5 concept=business-partners
body: business partner* weight=1.5 concept=business-partners
body: kasosyo weight=1.5 concept=business-partners
body: tatanggap weight=2 concept=recipients
body: tumatanggap ng impormasyon weight=2 concept=recipients
body: pagsasanib weight=2.5 concept=corporate-transaction
body: merger weight=2.5 concept=corporate-transaction
body: pagkabangkarote weight=2.5 concept=corporate-transaction
body: pagbebenta ng mga asset weight=2.5 concept=corporate-transaction
body: reorganisasyon weight=2.5 concept=corporate-transaction
body: tagapagpatupad ng batas weight=2 concept=authorities
body: ahensya ng gobyerno weight=2 concept=authorities
body: awtoridad weight=2 concept=authorities
body: pulisya weight=2 concept=authorities
body: investigating agency weight=2 concept=authorities
body: subpoena weight=2.5 concept=legal-process
body: utos ng hukuman weight=2.5 concept=legal-process
body: kautusan ng korte weight=2.5 concept=legal-process
body: mabuting pananampalataya weight=2.5 concept=legal-process
body: ibinebenta weight=1.5 concept=sell
body: ibenta weight=1.5 concept=sell
body: pagbebenta weight=1.5 concept=sell
body: hindi namin ibinebenta weight=1.5 concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: paglilipat ng data sa mga third party concept=transfer-to-third-parties
heading: paglilipat ng datos sa ikatlong partido concept=transfer-to-third-parties
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: mga pagbabayad weight=2 concept=payments-purchases
heading: pagproseso ng pagbabayad weight=3 concept=payments-purchases
heading: mga in-app na pagbili weight=2 concept=payments-purchases
heading: mga subscription weight=2 concept=payments-purchases

[cookies]
heading: cookies concept=cookies
heading: paggamit ng cookies concept=cookies
heading: patakaran sa cookies concept=cookies
heading: patakaran sa cookie concept=cookies
heading: cookies at katulad na teknolohiya concept=tracking-technologies
heading: cookie at katulad na teknolohiya concept=tracking-technologies
heading: mga teknolohiya sa pagsubaybay concept=tracking-technologies
heading: tracking technologies concept=tracking-technologies
heading: web beacons concept=web-beacons
heading: pixel tags concept=web-beacons
heading: log files concept=log-files
heading: mga log file concept=log-files
heading: analytics concept=analytics
heading: mga tool sa analytics concept=analytics
body: cookie* weight=3 concept=cookie
body: maliliit na text file weight=2.5 concept=text-files
body: maliit na text file weight=2.5 concept=text-files
body: maliliit na piraso ng impormasyon weight=2.5 concept=text-files
body: text file* weight=2.5 concept=text-files
body: web beacon* weight=3 concept=web-beacon
body: pixel* weight=3 concept=web-beacon
body: clear gif* weight=3 concept=web-beacon
body: katulad na teknolohiya weight=2.5 concept=tracking-technology
body: teknolohiya sa pagsubaybay weight=2.5 concept=tracking-technology
body: pagsubaybay weight=2 concept=tracking-technology
body: tracking weight=2 concept=tracking-technology
body: web storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: session cookie* weight=2 concept=cookie-lifetime
body: persistent cookie* weight=2 concept=cookie-lifetime
body: sesyon weight=1.5 concept=cookie-lifetime
body: mahahalagang cookies weight=2.5 concept=cookie-categories
body: mahigpit na kinakailangan weight=2.5 concept=cookie-categories
body: functional cookie* weight=2.5 concept=cookie-categories
body: analytics cookie* weight=2.5 concept=cookie-categories
body: google analytics weight=2 concept=analytics-term
body: analytics weight=2 concept=analytics-term
body: log file* weight=2 concept=log-file
body: server log* weight=2 concept=log-file
body: sdk weight=2 concept=sdk
body: fingerprinting weight=2.5 concept=fingerprinting
body: mga setting ng browser weight=1.5 concept=browser-settings
body: setting ng browser weight=1.5 concept=browser-settings
body: browser* weight=0.5 concept=browser
body: device* weight=0.5 concept=device
body: aparato weight=0.5 concept=device

[advertising]
heading: advertising concept=advertising
heading: pag aanunsyo concept=advertising
heading: mga patalastas concept=advertising
heading: advertising at marketing concept=advertising
heading: marketing concept=marketing
heading: direktang marketing concept=marketing
heading: mga komunikasyon sa marketing concept=marketing-communications
heading: mga mensaheng pang promosyon concept=marketing-communications
heading: newsletter concept=marketing-communications
heading: advertising batay sa interes concept=interest-based-advertising
heading: naka target na advertising concept=interest-based-advertising
heading: targeted advertising concept=interest-based-advertising
heading: advertising ng third party concept=third-party-advertising
heading: mga ad network concept=third-party-advertising
body: advertising weight=2.5 concept=ads
body: patalastas weight=2.5 concept=ads
body: anunsyo* weight=1.5 concept=ads
body: mga ad weight=2.5 concept=ads
body: ad network* weight=3 concept=ad-networks
body: mga kasosyo sa advertising weight=3 concept=ad-networks
body: advertising partner* weight=3 concept=ad-networks
body: batay sa interes weight=2.5 concept=interest-based
body: naka target weight=2.5 concept=interest-based
body: targeted weight=2.5 concept=interest-based
body: retargeting weight=3 concept=retargeting
body: remarketing weight=3 concept=retargeting
body: newsletter* weight=2.5 concept=marketing-messages
body: email sa marketing weight=2.5 concept=marketing-messages
body: mga komunikasyon sa marketing weight=2.5 concept=marketing-messages
body: para sa marketing weight=2 concept=marketing-purposes
body: layunin ng marketing weight=2 concept=marketing-purposes
body: marketing weight=2 concept=marketing-purposes
body: promosyon* weight=2 concept=promotions
body: espesyal na alok weight=2 concept=promotions
body: alok* weight=1.5 concept=promotions
body: network advertising initiative weight=3 concept=ad-industry-programs
body: digital advertising alliance weight=3 concept=ad-industry-programs
body: sukatin ang bisa weight=2 concept=ad-measurement
body: pagiging epektibo ng mga ad weight=2 concept=ad-measurement
body: interes* weight=0.5 concept=interests

[do-not-track]
heading: do not track concept=do-not-track
heading: mga signal ng do not track concept=do-not-track
heading: huwag subaybayan concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: mga signal ng browser concept=preference-signals
heading: mga signal ng kagustuhan concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: huwag subaybayan weight=3 concept=dnt-signal
body: gpc weight=3 concept=gpc-signal
body: global privacy control weight=3 concept=gpc-signal
body: signal ng browser weight=3 concept=opt-out-preference-signal
body: signal ng kagustuhan weight=3 concept=opt-out-preference-signal
body: walang pare parehong pamantayan weight=3 concept=no-uniform-standard
body: pare parehong pamantayan weight=3 concept=no-uniform-standard
body: hindi kami tumutugon weight=2.5 concept=do-not-respond
body: hindi tumutugon weight=2.5 concept=do-not-respond
body: kinikilala weight=1.5 concept=honor-signals
body: iginagalang weight=1.5 concept=honor-signals
body: sa iba't ibang website weight=2.5 concept=cross-site-tracking
body: sa paglipas ng panahon weight=2 concept=cross-site-tracking
body: browser weight=0.5 concept=browser-dnt

[choices]
heading: ang iyong mga pagpipilian concept=your-choices
heading: iyong mga pagpipilian concept=your-choices
heading: mga pagpipilian mo concept=your-choices
heading: pag opt out concept=opting-out
heading: paano mag opt out concept=opting-out
heading: opt out concept=opting-out
heading: pamamahala ng iyong mga kagustuhan concept=managing-preferences
heading: mga kagustuhan sa komunikasyon concept=managing-preferences
heading: pag unsubscribe concept=unsubscribing
heading: pag alis sa subscription concept=unsubscribing
body: opt out weight=3 concept=opt-out
body: mag opt out weight=3 concept=opt-out
body: unsubscribe weight=3 concept=unsubscribe
body: mag unsubscribe weight=3 concept=unsubscribe
body: ihinto ang pagtanggap weight=3 concept=unsubscribe
body: hindi na makatanggap weight=3 concept=unsubscribe
body: maaari mong piliin weight=2.5 concept=choose-not-to
body: maaari kayong pumili weight=2.5 concept=choose-not-to
body: piliing hindi weight=2.5 concept=choose-not-to
body: tanggihan weight=2 concept=decline
body: tumanggi weight=2 concept=decline
body: pagtanggi weight=2 concept=decline
body: mga mensaheng pang promosyon weight=2 concept=promotional-emails
body: promotional email* weight=2 concept=promotional-emails
body: kagustuhan* weight=1.5 concept=preferences
body: setting* weight=1.5 concept=settings
body: mga setting weight=1.5 concept=settings
body: i disable weight=2 concept=disable
body: huwag paganahin weight=2 concept=disable
body: patayin weight=2 concept=disable
body: push notification* weight=2 concept=device-permissions
body: serbisyo ng lokasyon weight=2 concept=device-permissions
body: sa ibaba ng bawat email weight=1.5 concept=unsubscribe-link
body: link sa pag unsubscribe weight=1.5 concept=unsubscribe-link
body: maaaring may mga paghihigpit weight=1.5 concept=consequences-of-refusal
body: hindi magagamit weight=1.5 concept=consequences-of-refusal
body: maaaring hindi gumana weight=1.5 concept=consequences-of-refusal
body: tumanggap weight=0.5 concept=receive
body: matanggap weight=0.5 concept=receive

[rights]
heading: ang iyong mga karapatan concept=your-rights
heading: iyong mga karapatan concept=your-rights
heading: mga karapatan mo concept=your-rights
heading: mga karapatan ng gumagamit concept=your-rights
heading: mga karapatan ng data subject concept=your-rights
heading: mga karapatan ng gumagamit at paraan ng paggamit concept=your-rights
heading: karapatan concept=your-rights
heading: paggamit ng iyong mga karapatan concept=exercising-rights
heading: paano gamitin ang iyong mga karapatan concept=exercising-rights
heading: paano gumawa ng kahilingan concept=exercising-rights
heading: pag access at pagwawasto concept=access-and-correction
heading: pag access at pag update ng impormasyon concept=access-and-correction
heading: pagwawasto ng impormasyon concept=access-and-correction
heading: mga awtorisadong ahente concept=authorized-agents
heading: awtorisadong kinatawan concept=authorized-agents
body: karapatang ma access weight=3 concept=right-of-access
body: karapatan sa pag access weight=3 concept=right-of-access
body: karapatang malaman weight=3 concept=right-of-access
body: humiling na tingnan weight=2.5 concept=right-of-access
body: pagwawasto weight=2 concept=rectification
body: iwasto weight=2 concept=rectification
body: itama weight=2 concept=rectification
body: hindi tumpak weight=2 concept=rectification
body: pagtanggal weight=3 concept=erasure
body: tanggalin weight=3 concept=erasure
body: burahin weight=3 concept=erasure
body: pagbura weight=3 concept=erasure
body: tinanggal weight=2.5 concept=erasure
body: portability weight=3 concept=portability
body: madadala weight=2.5 concept=portability
body: karapatang tumutol weight=3 concept=right-to-object
body: tumutol weight=3 concept=right-to-object
body: pagtutol weight=3 concept=right-to-object
body: paghihigpit ng pagproseso weight=3 concept=restriction
body: pagsuspinde ng pagpoproseso weight=3 concept=restriction
body: limitahan weight=2 concept=restriction
body: reklamo* weight=3 concept=complaint-to-authority
body: national privacy commission weight=3 concept=complaint-to-authority
body: pambansang komisyon sa privacy weight=3 concept=complaint-to-authority
body: npc weight=3 concept=complaint-to-authority
body: gamitin ang iyong mga karapatan weight=2 concept=exercise-rights
body: gamitin ang mga karapatan weight=2 concept=exercise-rights
body: i verify ang iyong pagkakakilanlan weight=2 concept=verify-identity
body: pagpapatunay ng pagkakakilanlan weight=2 concept=verify-identity
body: patunayan ang iyong pagkakakilanlan weight=2 concept=verify-identity
body: awtorisadong ahente weight=2.5 concept=authorized-agent
body: diskriminasyon weight=1.5 concept=non-discrimination
body: data subject* weight=2 concept=data-subject-rights
body: kopya* weight=1 concept=copy-of-data
body: access weight=1.5 concept=access
body: kahilingan* weight=0.3 concept=request

[retention]
heading: pagpapanatili ng impormasyon concept=data-retention
heading: pagpapanatili ng datos concept=data-retention
heading: pagpapanatili ng data concept=data-retention
heading: pag iimbak ng impormasyon concept=data-retention
heading: panahon ng pagpapanatili concept=retention-period
heading: panahon ng pagpapanatili at paggamit concept=retention-period
heading: tagal ng pag iimbak concept=retention-period
heading: gaano katagal namin itinatago ang iyong impormasyon concept=how-long-we-keep
heading: gaano katagal namin pinapanatili ang iyong impormasyon concept=how-long-we-keep
heading: gaano katagal namin iniimbak concept=how-long-we-keep
heading: pag iimbak at pagpapanatili concept=storage-and-retention
heading: pagpapanatili at pagsira concept=retention-and-deletion
heading: pagsira ng personal na impormasyon concept=retention-and-deletion
heading: pagpapanatili at pagtanggal concept=retention-and-deletion
body: pinapanatili weight=3 concept=retain
body: pinananatili weight=3 concept=retain
body: panatilihin weight=3 concept=retain
body: pagpapanatili weight=3 concept=retain
body: panatili* weight=2.5 concept=retain
body: hangga't kinakailangan weight=3 concept=as-long-as-necessary
body: hangga't kailangan weight=3 concept=as-long-as-necessary
body: habang kinakailangan weight=3 concept=as-long-as-necessary
body: hindi na kailangan weight=2.5 concept=no-longer-needed
body: hindi na kinakailangan weight=2.5 concept=no-longer-needed
body: pagkamit ng layunin weight=2.5 concept=no-longer-needed
body: itinatago weight=1.5 concept=keep
body: itago weight=1.5 concept=keep
body: tago* weight=1.5 concept=keep
body: tagal ng panahon weight=2 concept=retention-criteria
body: pamantayan weight=2 concept=retention-criteria
body: anonymize weight=2 concept=anonymise
body: gawing anonymous weight=2 concept=anonymise
body: hindi makikilala weight=2 concept=anonymise
body: sinisira weight=2 concept=destroy
body: sirain weight=2 concept=destroy
body: pagsira weight=2 concept=destroy
body: permanenteng tinanggal weight=2 concept=destroy
body: archive weight=2 concept=archive
body: arkibo weight=2 concept=archive
body: hinihingi ng batas weight=2.5 concept=legal-retention-requirements
body: kinakailangan ng mga nauugnay na batas weight=2.5 concept=legal-retention-requirements
body: rekord* weight=1.5 concept=legal-retention-requirements
body: hindi aktibo weight=2 concept=inactive-accounts
body: pagkansela ng membership weight=2 concept=inactive-accounts
body: iniimbak weight=1 concept=store
body: imbak* weight=1 concept=store
body: nakaimbak weight=1 concept=store
body: taon weight=0.5 concept=years

[security]
heading: seguridad concept=data-security
heading: seguridad ng impormasyon concept=data-security
heading: seguridad ng datos concept=data-security
heading: seguridad ng data concept=data-security
heading: mga hakbang sa seguridad concept=security-measures
heading: mga panukalang pangseguridad concept=security-measures
heading: makatwirang proteksyon ng impormasyon concept=security-measures
heading: paano namin pinoprotektahan ang iyong impormasyon concept=how-we-protect
heading: pagprotekta sa iyong impormasyon concept=how-we-protect
heading: proteksyon ng iyong impormasyon concept=how-we-protect
body: seguridad weight=2 concept=secure
body: ligtas weight=2 concept=secure
body: kaligtasan weight=2 concept=secure
body: pananggalang weight=2.5 concept=safeguards
body: mga pananggalang weight=2.5 concept=safeguards
body: safeguard* weight=2.5 concept=safeguards
body: encrypt* weight=3 concept=encryption
body: naka encrypt weight=3 concept=encryption
body: pag encrypt weight=3 concept=encryption
body: ssl weight=3 concept=encryption
body: tls weight=3 concept=encryption
body: hindi awtorisadong pag access weight=3 concept=unauthorized-access
body: walang pahintulot na pag access weight=3 concept=unauthorized-access
body: hindi awtorisado weight=2.5 concept=unauthorized-access
body: pagkawala weight=2 concept=loss-misuse-alteration
body: maling paggamit weight=2 concept=loss-misuse-alteration
body: pagbabago o pagsira weight=2.5 concept=loss-misuse-alteration
body: pang aabuso weight=1.5 concept=loss-misuse-alteration
body: organisasyonal weight=3 concept=technical-organisational-measures
body: teknikal at pang organisasyon weight=3 concept=technical-organisational-measures
body: pisikal weight=1.5 concept=physical-safeguards
body: firewall* weight=2.5 concept=technical-controls
body: kontrol sa pag access weight=2.5 concept=technical-controls
body: password* weight=2 concept=technical-controls
body: paglabag sa seguridad weight=2.5 concept=breach
body: paglabag sa datos weight=2.5 concept=breach
body: data breach weight=2.5 concept=breach
body: insidente sa seguridad weight=2.5 concept=breach
body: vulnerability weight=2.5 concept=breach
body: kahinaan weight=2 concept=breach
body: kumpidensyal* weight=1.5 concept=confidentiality
body: lihim weight=1.5 concept=confidentiality
body: hindi namin magagarantiya weight=2.5 concept=no-guarantee
body: hindi magagarantiya weight=2.5 concept=no-guarantee
body: ganap na ligtas weight=2.5 concept=no-guarantee
body: sariling panganib weight=2.5 concept=no-guarantee
body: pamantayan ng industriya weight=2 concept=industry-standard
body: protektahan weight=1 concept=protect
body: pinoprotektahan weight=1 concept=protect
body: prote* weight=1 concept=protect
body: tiyakin weight=0.5 concept=ensure
body: matiyak weight=0.5 concept=ensure
body: pagtitiyak weight=0.5 concept=ensure

[children]
heading: mga bata concept=childrens-privacy
heading: privacy ng mga bata concept=childrens-privacy
heading: impormasyon ng mga bata concept=childrens-privacy
heading: personal na impormasyon ng mga bata concept=childrens-privacy
heading: mga batang wala pang 13 taong gulang concept=age-limits
heading: limitasyon sa edad concept=age-limits
heading: paghihigpit sa edad concept=age-limits
heading: mga menor de edad concept=minors
heading: paggamit ng mga menor de edad concept=minors
body: bata weight=3 concept=children
body: mga bata weight=3 concept=children
body: batang weight=3 concept=children
body: anak weight=2.5 concept=children
body: menor de edad weight=2.5 concept=minors-teens
body: kabataan weight=2.5 concept=minors-teens
body: tinedyer weight=2.5 concept=minors-teens
body: wala pang weight=2 concept=age-threshold
body: taong gulang weight=2.5 concept=age-threshold
body: mas bata sa weight=2.5 concept=age-threshold
body: magulang* weight=2.5 concept=parents-guardians
body: tagapag alaga weight=2.5 concept=parents-guardians
body: legal na tagapangalaga weight=2.5 concept=parents-guardians
body: pahintulot ng magulang weight=3 concept=parental-consent
body: pahintulot ng kanilang magulang weight=3 concept=parental-consent
body: napapatunayang pahintulot weight=3 concept=parental-consent
body: coppa weight=3 concept=coppa
body: sadyang nangongolekta weight=3 concept=knowingly-collect
body: sinasadya weight=2.5 concept=knowingly-collect
body: sadya weight=2.5 concept=knowingly-collect
body: hindi para sa weight=2 concept=not-directed-to-children
body: hindi nakadirekta sa weight=2 concept=not-directed-to-children
body: hindi inilaan para sa weight=2 concept=not-directed-to-children
body: kung malaman namin weight=2 concept=if-we-learn
body: kung matuklasan namin weight=2 concept=if-we-learn
body: edad weight=1.5 concept=age
body: menor weight=0.5 concept=minor

[international]
heading: internasyonal na paglilipat concept=international-transfers
heading: international transfer concept=international-transfers
heading: paglilipat ng datos sa ibang bansa concept=international-transfers
heading: paglilipat ng impormasyon sa ibang bansa concept=international-transfers
heading: paglilipat sa labas ng pilipinas concept=international-transfers
heading: paglilipat ng datos concept=data-transfers
heading: paglilipat ng impormasyon concept=data-transfers
heading: paglilipat ng data concept=data-transfers
heading: saan namin iniimbak ang iyong impormasyon concept=where-we-store
heading: lokasyon ng pagproseso concept=where-we-store
heading: lugar ng pag iimbak concept=where-we-store
body: paglilipat weight=1.5 concept=transfer
body: ilipat weight=1.5 concept=transfer
body: inililipat weight=1.5 concept=transfer
body: transfer* weight=1.5 concept=transfer
body: cross border weight=3 concept=cross-border
body: internasyonal weight=2 concept=cross-border
body: international transfer weight=3 concept=cross-border
body: ibang bansa weight=2.5 concept=other-countries
body: labas ng iyong bansa weight=2.5 concept=other-countries
body: labas ng pilipinas weight=2.5 concept=other-countries
body: european economic area weight=2 concept=eea
body: eea weight=2 concept=eea
body: estados unidos weight=1.5 concept=united-states
body: united states weight=1.5 concept=united-states
body: standard contractual clauses weight=3 concept=transfer-safeguards
body: binding corporate rules weight=3 concept=transfer-safeguards
body: angkop na pananggalang weight=2.5 concept=transfer-safeguards
body: adequacy weight=3 concept=adequacy
body: sapat na proteksyon weight=2.5 concept=adequacy
body: data privacy framework weight=3 concept=privacy-frameworks
body: privacy shield weight=3 concept=privacy-frameworks
body: mas mababang proteksyon weight=2 concept=less-protective
body: hurisdiksyon* weight=2 concept=jurisdictions
body: server* weight=1.5 concept=server-location
body: matatagpuan sa weight=1.5 concept=server-location
body: naka imbak sa weight=1.5 concept=server-location
body: sa buong mundo weight=1.5 concept=around-the-world

[regional]
heading: mga residente ng california concept=california
heading: para sa mga residente ng california concept=california
heading: mga karapatan sa privacy ng california concept=california
heading: mga residente ng nevada concept=us-state-rights
heading: mga karapatan sa privacy ng mga estado ng us concept=us-state-rights
heading: mga karapatan ayon sa estado concept=us-state-rights
heading: abiso para sa mga residente ng european economic area concept=eea-gdpr-notice
heading: pagsunod sa gdpr concept=eea-gdpr-notice
heading: para sa mga gumagamit sa eu concept=eea-gdpr-notice
heading: mga probisyon para sa partikular na hurisdiksyon concept=jurisdiction-specific
heading: karagdagang impormasyon para sa ilang hurisdiksyon concept=jurisdiction-specific
heading: mga probisyong pangrehiyon concept=jurisdiction-specific
body: california weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: shine the light weight=3 concept=california-law
body: nevada weight=3 concept=us-states
body: virginia weight=3 concept=us-states
body: colorado weight=3 concept=us-states
body: connecticut weight=3 concept=us-states
body: residente weight=2 concept=residents
body: naninirahan weight=2 concept=residents
body: mamimili weight=1.5 concept=consumers
body: consumer* weight=1.5 concept=consumers
body: do not sell weight=3 concept=do-not-sell
body: huwag ibenta weight=3 concept=do-not-sell
body: pagbebenta o pagbabahagi weight=3 concept=do-not-sell
body: cross context behavioral advertising weight=3 concept=cross-context-advertising
body: pinansyal na insentibo weight=3 concept=financial-incentives
body: financial incentive* weight=3 concept=financial-incentives
body: nakaraang 12 buwan weight=3 concept=preceding-12-months
body: nakalipas na 12 buwan weight=3 concept=preceding-12-months
body: nakaraang labindalawang buwan weight=3 concept=preceding-12-months
body: gdpr weight=2.5 concept=eu-gdpr
body: european union weight=2 concept=eu-gdpr
body: unyong europeo weight=2 concept=eu-gdpr
body: brazil weight=2 concept=brazil-lgpd
body: lgpd weight=3 concept=brazil-lgpd
body: canada weight=2 concept=canada-pipeda
body: pipeda weight=3 concept=canada-pipeda
body: estado weight=0.5 concept=state
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
heading: mga website ng third party concept=third-party-websites
heading: mga website ng ikatlong partido concept=third-party-websites
heading: ibang mga website concept=third-party-websites
heading: mga link sa ibang website concept=links-to-other-sites
heading: mga link sa ibang mga site concept=links-to-other-sites
heading: mga link ng third party concept=links-to-other-sites
heading: mga panlabas na link concept=links-to-other-sites
heading: mga serbisyo ng third party concept=third-party-services
heading: serbisyo ng ikatlong partido concept=third-party-services
heading: mga serbisyo ng ikatlong partido concept=third-party-services
heading: mga plugin ng social media concept=social-media-plugins
heading: mga tampok ng social media concept=social-media-plugins
heading: social media concept=social-media-plugins
heading: mga patakaran sa privacy ng third party weight=2 concept=third-party-privacy-policies
heading: patakaran sa privacy ng ibang partido weight=2 concept=third-party-privacy-policies
body: link* weight=2.5 concept=links
body: hyperlink* weight=3 concept=links
body: ibang website weight=2.5 concept=other-sites
body: ibang mga website weight=2.5 concept=other-sites
body: panlabas na website weight=2.5 concept=other-sites
body: website ng third party weight=2.5 concept=other-sites
body: pinapatakbo ng third party weight=2.5 concept=other-sites
body: app ng third party weight=2 concept=third-party-applications
body: serbisyo ng third party weight=2 concept=third-party-applications
body: hindi kami mananagot weight=3 concept=not-responsible
body: hindi kami responsable weight=3 concept=not-responsible
body: wala kaming kontrol weight=3 concept=not-responsible
body: hindi namin kontrolado weight=3 concept=not-responsible
body: kanilang sariling patakaran sa privacy weight=3 concept=their-privacy-policies
body: kanilang mga patakaran sa privacy weight=3 concept=their-privacy-policies
body: patakaran sa privacy ng mga ito weight=3 concept=their-privacy-policies
body: hinihikayat ka naming basahin weight=2.5 concept=encourage-review
body: hinihikayat namin kayo weight=2.5 concept=encourage-review
body: hinihikayat weight=2 concept=encourage-review
body: umalis sa aming website weight=2.5 concept=leave-our-site
body: lisanin ang aming site weight=2.5 concept=leave-our-site
body: plugin* weight=2.5 concept=plugins
body: widget* weight=2.5 concept=plugins
body: nilalaman weight=0.5 concept=content
body: content weight=0.5 concept=content
body: suriin weight=0.5 concept=review
body: tingnan weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: mga social network concept=social-media-presence
heading: presensya sa social media concept=social-media-presence
heading: social media account concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: kinokolekta ng mga third party concept=third-party-data-collection
heading: nakokolekta ng ikatlong partido concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: mga koneksyon sa network weight=2 concept=network-connections
heading: mga network request weight=2 concept=network-connections
heading: umaalis sa iyong device weight=2 concept=network-connections
heading: lumalabas sa iyong device weight=2 concept=network-connections
heading: ipinapadala sa internet weight=2 concept=network-connections
heading: dumadaan sa internet weight=2 concept=network-connections
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
heading: mga pagbabago sa patakarang ito concept=changes-to-policy
heading: mga pagbabago sa patakaran sa privacy concept=changes-to-policy
heading: pagbabago sa patakarang ito concept=changes-to-policy
heading: mga pagbabago sa patakaran concept=changes-to-policy
heading: mga update sa patakarang ito concept=policy-updates
heading: pag update ng patakaran concept=policy-updates
heading: mga update concept=policy-updates
heading: abiso ng mga pagbabago concept=notification-of-changes
heading: pag abiso tungkol sa mga pagbabago concept=notification-of-changes
heading: mga susog concept=amendments
heading: mga pag amyenda concept=amendments
heading: karagdagang mga probisyon concept=amendments
heading: petsa ng bisa concept=entry-into-force
heading: petsa ng pagkakabisa concept=entry-into-force
heading: pagkakabisa concept=entry-into-force
body: pagbabago* weight=2 concept=change-update
body: baguhin weight=2 concept=change-update
body: binago weight=2 concept=change-update
body: update* weight=2 concept=change-update
body: na update weight=2 concept=change-update
body: i update weight=2 concept=change-update
body: pagwawasto weight=1 concept=change-update
body: pagdaragdag weight=1 concept=change-update
body: petsa ng bisa weight=3 concept=effective-date
body: petsa ng epekto weight=3 concept=effective-date
body: may bisa mula weight=3 concept=effective-date
body: huling na update weight=3 concept=effective-date
body: huling binago weight=3 concept=effective-date
body: petsa ng pagpapatupad weight=3 concept=effective-date
body: paminsan minsan weight=2.5 concept=from-time-to-time
body: pana panahon weight=2.5 concept=from-time-to-time
body: mahahalagang pagbabago weight=3 concept=material-changes
body: makabuluhang pagbabago weight=3 concept=material-changes
body: patuloy na paggamit weight=3 concept=continued-use
body: patuloy mong paggamit weight=3 concept=continued-use
body: patuloy na gagamitin weight=3 concept=continued-use
body: regular na suriin weight=2.5 concept=check-back
body: regular na bisitahin weight=2.5 concept=check-back
body: pinakabagong bersyon weight=2 concept=latest-version
body: kasalukuyang bersyon weight=2 concept=latest-version
body: agad na magkakabisa weight=2.5 concept=effective-immediately
body: kaagad weight=1.5 concept=effective-immediately
body: may karapatan kaming baguhin weight=2 concept=reserve-the-right
body: inilalaan namin ang karapatan weight=2 concept=reserve-the-right
body: aabisuhan ka namin weight=1.5 concept=notify-you
body: aabisuhan namin kayo weight=1.5 concept=notify-you
body: ipapaalam namin weight=1.5 concept=notify-you
body: iaanunsyo weight=1.5 concept=notify-you
body: ipo post weight=1 concept=posting
body: ilalathala weight=1 concept=posting
body: sa pahinang ito weight=1 concept=posting
body: bersyon* weight=1 concept=version
body: abiso* weight=0.5 concept=notice
body: paunawa* weight=0.5 concept=notice

[contact]
heading: makipag ugnayan sa amin concept=contact-us
heading: makipag ugnay sa amin concept=contact-us
heading: kontakin kami concept=contact-us
heading: kontak concept=contact-us
heading: paano makipag ugnayan sa amin concept=how-to-contact
heading: paano kami makokontak concept=how-to-contact
heading: impormasyon sa pakikipag ugnayan concept=contact-information
heading: mga detalye sa pakikipag ugnayan concept=contact-information
heading: contact information concept=contact-information
heading: mga tanong concept=questions
heading: mga tanong at alalahanin concept=questions
heading: mga katanungan concept=questions
heading: data protection officer concept=data-protection-officer
heading: privacy officer concept=data-protection-officer
heading: opisyal sa proteksyon ng datos concept=data-protection-officer
body: makipag ugnayan sa amin weight=3 concept=please-contact
body: makipag ugnayan weight=2.5 concept=please-contact
body: kontakin kami weight=3 concept=please-contact
body: mag email sa amin weight=3 concept=please-contact
body: sumulat sa amin weight=3 concept=please-contact
body: tanong* weight=2 concept=questions-comments
body: katanungan weight=2 concept=questions-comments
body: alalahanin weight=1.5 concept=questions-comments
body: puna weight=1.5 concept=questions-comments
body: komento weight=1.5 concept=questions-comments
body: data protection officer weight=3 concept=dpo
body: privacy officer weight=3 concept=dpo
body: dpo weight=3 concept=dpo
body: address ng koreo weight=2 concept=postal-address
body: mailing address weight=2 concept=postal-address
body: telepono weight=1.5 concept=telephone
body: numero ng telepono weight=1.5 concept=telephone
body: sa pamamagitan ng email weight=1.5 concept=by-email
body: sa email weight=1.5 concept=by-email
body: serbisyo sa customer weight=1.5 concept=customer-service
body: customer service weight=1.5 concept=customer-service
body: customer support weight=1.5 concept=customer-service
body: address weight=0.3 concept=address
body: tirahan weight=0.3 concept=address

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
