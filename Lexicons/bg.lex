# Bulgarian lexicon
# Wording follows localized Bulgarian policies (Google, eMAG, bTV) and the Bulgarian text of
# the GDPR (администратор, обработващ, субект на данните, обработване, ОРЗД).
@language bg
@name Bulgarian
@fold-accents no     # й is a letter of its own and must not fold to и
# Bulgarian has no cases but a suffixed article (данни/данните, политика/политиката) and a
# clitic that can sit inside a phrase (личните ви данни): stems end in * where the article
# or plural can follow.

[profile]
# Function words first. weight=3: Bulgarian, not Russian or Ukrainian.
# и, или, но, от, можем are also Russian; ви, може, ще also Ukrainian: lower weights.
и weight=2
в
на
за
от weight=2
с
със weight=3
във weight=3
към weight=3
до
по
при
без
през weight=3
след weight=3
между weight=2
чрез weight=3
пред
около weight=2
срещу weight=3
относно weight=3
съгласно weight=3
според weight=3
включително weight=3
се weight=3
да weight=3
ще weight=2
не
че weight=3
като weight=3
ако weight=3
или weight=2
но weight=2
а
когато weight=3
където weight=3
докато weight=3
така weight=3
също weight=3
само weight=3
вече weight=3
още weight=3
както weight=3
дали weight=3
които weight=3
който weight=3
която weight=3
което weight=3
е weight=3
са weight=3
сме weight=3
сте weight=3
бъде weight=3
бъдат weight=3
може
можем weight=2
можете
могат weight=3
трябва weight=3
има weight=3
имате weight=3
имаме weight=3
ние weight=3
вие weight=3
ви
ни weight=2
нас
вас
ваши
вашите weight=3
вашата weight=3
вашия weight=3
нашите weight=3
нашия weight=3
нашата weight=3
тях weight=3
те weight=2
тези weight=3
това weight=3
този weight=3
тази weight=3
техните weight=3
своите weight=3
всички weight=3
всяка weight=3
всеки weight=3
други weight=3
другите weight=3
някои weight=3
ги weight=3
го weight=3
му weight=3
им
си weight=3
тук weight=3
какво weight=3
защо weight=3
обаче weight=3
всякакви weight=3
определени weight=3
съответно weight=3
лицата weight=3
администраторът weight=3
например
данни weight=3
данните weight=3
лични weight=3
личните weight=3
информация
информацията weight=3
обработване weight=3
обработването weight=3
обработка
обработваме weight=3
събираме weight=3
използваме weight=3
използване weight=3
използването weight=3
съгласие weight=3
съгласието weight=3
политиката weight=3
поверителност weight=3
защитата weight=3
сигурност weight=3
сигурността weight=3
услуги
услугите weight=3
услуга weight=3
уебсайт weight=3
уебсайта weight=3
сайта
потребител weight=3
потребители weight=3
потребителите weight=3
бисквитки weight=3
бисквитките weight=3
трети weight=3
лица
страни weight=3
законодателство weight=3
правото weight=3
правата weight=3
имейл weight=3
браузър weight=3
целите weight=3
случаите weight=3
връзка weight=3
съответствие weight=3
необходими weight=3
съответните weight=3
приложимото weight=3
дружеството weight=3
компанията weight=3
достъп weight=3
предоставяме weight=3
предоставяне weight=3

[units]
# година is "year" in Bulgarian (час is "hour").
year: година, години, годината
month: месец, месеца, месеци
week: седмица, седмици
day: ден, дни, дена, денонощие, денонощия
hour: час, часа, часове
minute: минута, минути
business-day: работен ден, работни дни, работни дена

[numbers]
# Both the standard (-надесет) and the colloquial (-найсет) forms.
1: един, една, едно
2: два, две, двама
3: три, трима
4: четири
5: пет
6: шест
7: седем
8: осем
9: девет
10: десет
11: единадесет, единайсет
12: дванадесет, дванайсет
13: тринадесет, тринайсет
15: петнадесет, петнайсет
16: шестнадесет, шестнайсет
18: осемнадесет, осемнайсет
20: двадесет, двайсет
24: двадесет и четири, двайсет и четири
30: тридесет, трийсет
60: шестдесет
90: деветдесет
100: сто

[references]
gdpr: общ регламент относно защитата на данните, общия регламент относно защитата на данните, регламент 2016/679, gdpr, орзд
ccpa: ccpa, калифорнийски закон за защита на личната неприкосновеност на потребителите
cpra: cpra, закон за правата на неприкосновеност на личния живот в калифорния
coppa: coppa, закон за защита на личната неприкосновеност на децата онлайн
lgpd: lgpd, бразилски закон за защита на данните, lei geral de proteção de dados
# Personal Data Protection Act (Закон за защита на личните данни, ЗЗЛД). The id must match
# the English lexicon's id for the same law.
bg-zzld: ззлд, закон за защита на личните данни, закона за защита на личните данни

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
условия за ползване
условия за използване
общи условия
приложимо право
приложимо законодателство
приложимо право и юрисдикция
приложимо право и подсъдност
юрисдикция
подсъдност
делимост
разделност на разпоредбите
пълно споразумение
цялост на споразумението
отказ от права
непреодолима сила
форсмажор
форсмажорни обстоятелства
отказ от отговорност
ограничаване на отговорността
ограничение на отговорността
преводи
превод
други преводи
езикови версии
английската версия има предимство
българската версия има предимство
лиценз
авторски права
авторско право
copyright
благодарности
съдържание
интелектуална собственост

[intro]
heading: въведение concept=introduction
heading: общи положения concept=introduction
heading: за тази политика concept=about-this-policy
heading: относно тази политика concept=about-this-policy
heading: кои сме ние concept=who-we-are
heading: обхват concept=scope
heading: политика за поверителност weight=1 concept=privacy-policy-title
# Added with the shared concept inventory (concepts.txt).
heading: кратко резюме concept=summary
heading: обобщение concept=summary
heading: накратко concept=summary
heading: за настоящата политика concept=about-this-policy
heading: за нас weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
# The controller named as a question: "Who is responsible for the processing of personal data?"
heading: кой е отговорен за обработ* concept=who-we-are
heading: кой отговаря за обработ* concept=who-we-are
heading: кой е администратор на лични* данни concept=who-we-are
heading: обхват на политиката concept=scope
heading: приложно поле concept=scope
heading: нашият ангажимент за поверителност concept=commitment-to-privacy
heading: ангажимент към поверителността concept=commitment-to-privacy
heading: приемане на политиката concept=acceptance
heading: приемане на условията concept=acceptance
heading: политика за защита на личните данни weight=0.5 concept=privacy-policy-title
body: тази политика weight=2 concept=this-privacy-policy
body: настоящата политика weight=2 concept=this-privacy-policy
body: политиката за поверителност weight=1.5 concept=this-privacy-policy
body: политика* за защита на личните данни weight=2 concept=this-privacy-policy
body: се прилага weight=1.5 concept=policy-applies-to
body: наричан* weight=1.5 concept=referred-to-as
body: по-долу weight=1 concept=referred-to-as
body: приемате weight=1.5 concept=acceptance-of-policy
body: съгласявате weight=1.5 concept=acceptance-of-policy
body: общи условия weight=2 concept=terms-of-use
body: описва weight=1 concept=policy-describes
body: внимателно weight=1 concept=please-read
body: запозна* weight=1 concept=please-read
body: уважава* weight=1.5 concept=committed-to-privacy
body: администратор* weight=0.5 concept=company
body: уебсайт* weight=0.5 concept=website
# Added with the shared concept inventory (concepts.txt).
body: като използвате weight=1.5 concept=by-using
body: използвайки weight=1.5 concept=by-using
body: ако не сте съгласни weight=2 concept=if-you-do-not-agree
body: ангажирани weight=2 concept=committed-to-privacy
body: поверителност* weight=0.3 concept=privacy
body: услуг* weight=0.3 concept=services
body: дружеств* weight=0.3 concept=company
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary

[definitions]
heading: определения concept=definitions
heading: дефиниции concept=definitions
heading: термини и определения concept=definitions
heading: основни понятия concept=key-terms
heading: използвани термини concept=key-terms
heading: значение на термините concept=interpretation
# Added with the shared concept inventory (concepts.txt).
heading: тълкуване concept=interpretation
heading: тълкуване и определения concept=interpretation
heading: какво имаме предвид под concept=what-we-mean-by
heading: какво означава concept=what-we-mean-by
heading: речник на термините concept=key-terms
heading: основни термини concept=key-terms
body: означава weight=2.5 concept=means
body: се разбира weight=2.5 concept=means
body: термин* weight=2 concept=defined-terms-intro
body: определението weight=2 concept=defined-terms-intro
body: поняти* weight=2 concept=defined-terms-intro
body: следни* термин* weight=3 concept=defined-terms-intro
body: пряко или непряко weight=3 concept=identifiable-person
body: идентифицира* weight=2 concept=identifiable-person
body: физическ* лиц* weight=1.5 concept=identifiable-person
body: администратор* weight=1.5 concept=gdpr-roles
body: обработващ* weight=2 concept=gdpr-roles
body: субект* на данни* weight=1.5 concept=gdpr-roles
body: псевдонимизаци* weight=2
body: значение weight=1 concept=means
# Added with the shared concept inventory (concepts.txt).
body: лични данни означава weight=3 concept=personal-data-means
body: по-долу weight=2 concept=hereinafter
body: за целите на настоящата политика weight=2.5 concept=as-used-in-this-policy
body: включва* weight=0.5 concept=includes
body: потребител* weight=0.3 concept=user
body: лични данни weight=0.2 concept=personal-data
body: обозначава weight=2.5 concept=refers-to

[collection]
heading: какви данни събираме concept=what-we-collect
heading: каква информация събираме concept=what-we-collect
heading: събиране на информация concept=collection-of-information
heading: събиране на данни concept=collection-of-information
heading: категории лични данни concept=categories-of-data
# "User data" headings name what the service collects.
heading: потребителски данни concept=categories-of-data
heading: данни за потребителите concept=categories-of-data
heading: данни на потребителите concept=categories-of-data
heading: видове лични данни concept=categories-of-data
heading: видове данни concept=categories-of-data
heading: какви данни обработваме concept=what-we-collect
heading: какви лични данни обработваме concept=what-we-collect
heading: лични данни които обработваме concept=what-we-collect
heading: информация която ни предоставяте concept=information-you-provide
heading: източници concept=sources-of-information
heading: източници на лични данни concept=sources-of-information
# Added with the shared concept inventory (concepts.txt).
heading: информация която събираме concept=what-we-collect
heading: събирани данни concept=what-we-collect
heading: събиране на лични данни concept=collection-of-information
heading: данни които ни предоставяте concept=information-you-provide
heading: форма за контакт weight=3 concept=information-you-provide
heading: контактна форма weight=3 concept=information-you-provide
heading: информация, която ни предоставяте concept=information-you-provide
heading: данни, предоставени от вас concept=information-you-provide
heading: предоставени от вас concept=information-you-provide
heading: регистрация concept=information-you-provide
heading: източници на данни concept=sources-of-information
heading: автоматично събирана информация concept=collected-automatically
heading: данни събирани автоматично concept=collected-automatically
heading: информация която събираме автоматично concept=collected-automatically
heading: как събираме данни concept=how-we-collect
heading: как събираме информация concept=how-we-collect
heading: начини на събиране concept=how-we-collect
body: събира* weight=2.5 concept=we-collect
body: категори* лични данни weight=2 concept=data-categories
body: категори* данни* weight=2 concept=data-categories
body: име weight=1 concept=name
body: фамилия weight=1.5 concept=name
body: телефон* номер* weight=1.5 concept=contact-details
body: имейл адрес* weight=1.5 concept=contact-details
body: дата на раждане weight=1.5 concept=demographic-data
body: ip адрес* weight=1.5 concept=device-data
body: егн weight=2.5
body: платежн* weight=1 concept=payment-data
body: автоматично weight=1.5 concept=automatically
body: регистрац* weight=1 concept=forms
body: местоположени* weight=1 concept=location-data
body: източни* weight=1 concept=sources
body: предоставяте weight=1 concept=you-provide
# Added with the shared concept inventory (concepts.txt).
body: ни предоставяте weight=2 concept=you-provide
body: публично достъпн* weight=2 concept=publicly-available
body: тип* браузър* weight=2 concept=device-data
body: операционн* систем* weight=2 concept=device-data
body: идентификатор* на устройств* weight=2 concept=device-data
body: геолокаци* weight=2 concept=location-data
body: данни за използването weight=2 concept=usage-data
body: демографск* weight=1.5 concept=demographic-data
body: формуляр* weight=1.5 concept=forms
body: профил* weight=0.3 concept=account
body: информаци* weight=0.1 concept=information
# Headings asking which personal data are processed (GDPR style): "What personal data do we process?"
heading: какви лични данни concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: разрешения weight=2 concept=what-we-collect
heading: разрешения на приложението weight=2 concept=what-we-collect
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: доклади за сривове concept=collected-automatically
heading: отчети за сривове concept=collected-automatically
heading: отчети за грешки concept=collected-automatically
heading: диагностични данни concept=collected-automatically
heading: диагностика concept=collected-automatically
heading: журнали concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: остава на вашето устройство weight=2 concept=on-device-data
heading: остава на устройството ви weight=2 concept=on-device-data
heading: обработва* локално weight=2 concept=on-device-data
heading: локално обработвани данни weight=2 concept=on-device-data
heading: локално съхранявани данни weight=2 concept=on-device-data
heading: локална обработка weight=2 concept=on-device-data
heading: обработка на устройството weight=2 concept=on-device-data
body: доклад* за срив* weight=2.5 concept=usage-data
body: отчет* за срив* weight=2.5 concept=usage-data
body: журнал* за срив* weight=2.5 concept=usage-data
body: журнал* за отстраняване на грешки weight=2.5 concept=usage-data
body: диагностични данни weight=2 concept=usage-data
body: push токен* weight=2.5 concept=device-data
body: токен* за известия weight=2.5 concept=device-data

[use]
heading: как използваме информацията concept=how-we-use
heading: как използваме вашите данни concept=how-we-use
heading: използване на информацията concept=use-of-information
heading: използване на личните данни concept=use-of-information
heading: цели на обработването concept=purposes-of-processing
heading: за какво използваме личните ви данни concept=how-we-use
heading: как използваме данните concept=how-we-use
heading: как използваме личните ви данни concept=how-we-use
heading: използване на данните concept=use-of-information
heading: използване на данни concept=use-of-information
heading: цели на обработката concept=purposes-of-processing
heading: за какви цели concept=purposes-of-processing
heading: цели concept=purposes-of-processing
# Added with the shared concept inventory (concepts.txt).
heading: защо събираме данни concept=why-we-collect
heading: цел на събирането concept=why-we-collect
heading: обработване на лични данни concept=processing-of-personal-data
heading: обработка на лични данни concept=processing-of-personal-data
heading: как обработваме личните ви данни concept=processing-of-personal-data
body: използва* weight=1 concept=we-use
body: цели* на обработ* weight=3 concept=purposes
body: за целите на weight=2 concept=purposes
body: за целите weight=1.5 concept=purposes
body: с цел weight=1.5 concept=purposes
body: предоставяне на услуги* weight=1.5 concept=to-provide
body: подобряване* weight=2 concept=to-improve
body: персонализ* weight=2.5 concept=to-personalise
body: профилиране weight=2.5 concept=profiling
body: изпълнение на поръчк* weight=1.5 concept=to-fulfil
body: изпълнение на договор* weight=1 concept=to-fulfil
body: анализ* weight=1 concept=to-analyse
body: статистик* weight=1 concept=to-analyse
body: измам* weight=1.5 concept=to-prevent-fraud
body: връзка с вас weight=1 concept=to-communicate
body: за да weight=0.5
body: следните цели weight=2 concept=following-purposes
# Added with the shared concept inventory (concepts.txt).
body: използваме weight=2 concept=we-use
body: обработка на плащания weight=1.5 concept=to-process-transactions
body: обработване на плащания weight=1.5 concept=to-process-transactions
body: администриране weight=1.5 concept=to-administer
body: управление на профил* weight=1.5 concept=to-administer
body: разработване на нови weight=2 concept=to-develop
body: изпращане на weight=1 concept=to-send
body: отговор* на ваши* запитвания weight=1.5 concept=to-respond
body: обслужване на клиенти weight=1.5 concept=to-respond
body: отстраняване на проблеми weight=2 concept=to-troubleshoot
body: отстраняване на грешки weight=2 concept=to-troubleshoot
body: пазарни проучвания weight=2 concept=research
body: проучвания weight=1.5 concept=research
body: спазване на законови* задължения weight=1 concept=to-comply-with-law
body: автоматизирано вземане на решения weight=1.5 concept=automated-decisions
# Headings asking for what purpose data are processed: "For what purpose are personal data processed?"
heading: с каква цел concept=purposes-of-processing
heading: за каква цел concept=purposes-of-processing
# Purpose headings asked with other verbs and "(данните се обработват) за следните цели".
heading: защо обработваме concept=why-we-collect
heading: за какво обработваме concept=why-we-collect
heading: защо съхраняваме concept=why-we-collect
heading: за следните цели concept=purposes-of-processing
heading: автоматизирано вземане на решения concept=automated-decision-making
heading: автоматизиран* решени* concept=automated-decision-making
heading: автоматизиран* индивидуални решени* concept=automated-decision-making

[legal-basis]
heading: правни основания за обработване concept=legal-basis
heading: правно основание concept=legal-basis
heading: правни основания concept=legal-basis
heading: основания за обработване на лични данни concept=legal-basis
heading: законови основания concept=legal-basis
heading: на какво основание обработваме данните concept=why-allowed
# Added with the shared concept inventory (concepts.txt).
heading: защо имаме право да обработваме данните ви concept=why-allowed
# "Правно основание", "законен интерес", "въз основа на" stand in every subsection of a GDPR policy: in a text they weigh less than the practice described; the headings still name a legal-basis section.
body: правн* основани* weight=2 concept=legal-basis-term
body: законн* основани* weight=2 concept=legal-basis-term
body: законов* основани* weight=2 concept=legal-basis-term
body: основани* weight=1 concept=on-the-basis-of
body: законн* интерес* weight=2 concept=legitimate-interests
body: легитимн* интерес* weight=2 concept=legitimate-interests
body: изпълнение на договор* weight=2 concept=performance-of-contract
body: сключване на договор* weight=1.5 concept=performance-of-contract
body: субектът на данните е страна weight=2.5 concept=performance-of-contract
body: законов* задължени* weight=2 concept=legal-obligation
body: правн* задължени* weight=2 concept=legal-obligation
body: жизненоважн* интерес* weight=2.5 concept=vital-interests
body: жизнено важн* интерес* weight=2.5 concept=vital-interests
body: обществен* интерес* weight=1.5 concept=public-interest
body: обществен* задач* weight=2 concept=public-interest # GDPR art. 6(1)(e): a task carried out in the public interest
body: член 6 weight=1.5 concept=article-6
body: чл. 6 weight=1.5 concept=article-6
body: законосъобразност* weight=1.5 concept=lawful
body: съгласие weight=1 concept=consent-as-basis
# Added with the shared concept inventory (concepts.txt).
body: обработването е необходимо weight=2.5 concept=processing-necessary
body: основните права и свободи weight=2.5 concept=balancing-test
body: въз основа на weight=1 concept=on-the-basis-of
body: на основание weight=1 concept=on-the-basis-of
body: необходим* weight=0.5 concept=necessary
# Headings naming the basis of processing without "legal": "Basis for processing (personal data)".
heading: обосновка за обработка concept=legal-basis
heading: основание за обработка concept=legal-basis
heading: основание за обработване concept=legal-basis
# The full phrase: it contains "обработка на лични данни", a [use] heading.
heading: основани* за обработ* на лични* данни concept=legal-basis
heading: обосновка за обработ* на лични* данни concept=legal-basis
heading: на какво основание concept=why-allowed

[consent]
heading: съгласие на потребителя concept=your-consent
heading: вашето съгласие concept=your-consent
heading: съгласие за обработване на лични данни concept=your-consent
heading: оттегляне на съгласието concept=withdrawal-of-consent
heading: съгласие и оттегляне concept=withdrawal-of-consent
heading: предоставяне на съгласие concept=your-consent
# Added with the shared concept inventory (concepts.txt).
heading: съгласие concept=your-consent
heading: как да оттеглите съгласието си concept=withdrawal-of-consent
body: съгласие* weight=2 concept=you-consent
body: оттегл* weight=3 concept=withdraw
body: преди оттеглянето weight=2 concept=without-affecting-lawfulness
body: съгласява* weight=1.5 concept=you-agree
body: давате съгласие* weight=3 concept=you-consent
body: дадено съгласие weight=2 concept=you-consent
body: изрично съгласие weight=2 concept=explicit-consent
body: свободно изразено weight=2.5 concept=freely-given
body: недвусмислен* weight=2 concept=explicit-consent
body: доброволн* weight=1.5 concept=freely-given
body: по всяко време weight=1 concept=at-any-time
body: писмен* weight=1 concept=explicit-consent
body: отметка* weight=1 concept=opt-in
body: информиран* weight=1
# Added with the shared concept inventory (concepts.txt).
body: промените решението си weight=2 concept=change-your-mind
body: разрешени* weight=1.5 concept=permission
body: не засяга законосъобразността weight=2.5 concept=without-affecting-lawfulness

[sharing]
heading: споделяне на информация concept=sharing-of-information
heading: споделяне на данни concept=sharing-of-information
heading: споделяне на лични данни concept=sharing-of-information
heading: разкриване на данни concept=disclosure-of-information
heading: получатели на данните concept=who-we-share-with
heading: с кого споделяме concept=who-we-share-with
heading: разкриване на информация concept=disclosure-of-information
heading: разкриване на лични данни concept=disclosure-of-information
heading: предоставяне на данни на трети лица concept=third-parties
heading: с кого споделяме информацията concept=who-we-share-with
heading: получатели на лични данни concept=who-we-share-with
heading: на кого предоставяме concept=who-we-share-with
heading: предаване на данни на трети страни concept=third-parties
# Added with the shared concept inventory (concepts.txt).
heading: как споделяме информацията concept=how-we-share
heading: как споделяме вашите данни concept=how-we-share
heading: трети страни concept=third-parties
heading: трети лица concept=third-parties
heading: доставчици на услуги concept=service-providers-heading
heading: обработващи лични данни concept=service-providers-heading
heading: прехвърляне на бизнеса concept=business-transfers
heading: сливания и придобивания concept=business-transfers
heading: искания от държавни органи concept=legal-requests
heading: разкриване по закон concept=legal-requests
heading: продажба на лични данни concept=sale-of-information
heading: продаваме ли вашите данни concept=sale-of-information
body: трети лица weight=2 concept=third-parties-term
body: трети страни weight=2 concept=third-parties-term
body: споделя* weight=2 concept=share
body: разкри* weight=2 concept=disclose
body: предава* weight=1.5 concept=share
body: получател* weight=2 concept=recipients
body: доставчи* на услуги weight=2 concept=service-providers
body: подизпълнител* weight=2 concept=service-providers
body: партньор* weight=1 concept=business-partners
body: свързан* дружеств* weight=2.5 concept=affiliates
body: дъщерн* дружеств* weight=1.5 concept=affiliates
body: обработващ* weight=1.5 concept=service-providers
body: държавн* орган* weight=1.5 concept=authorities
body: правоохранителн* орган* weight=2 concept=authorities
body: съдебн* weight=1 concept=legal-process
body: сливане weight=2 concept=corporate-transaction
body: не продаваме weight=1.5 concept=sell
body: предоставя* weight=1.5 concept=share
body: куриер* weight=1.5 concept=service-providers
# Added with the shared concept inventory (concepts.txt).
body: от наше име weight=1.5 concept=on-our-behalf
body: придобиване weight=2.5 concept=corporate-transaction
body: преобразуване weight=2.5 concept=corporate-transaction
body: продажба weight=1.5 concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: предоставяне на лични данни на трети лица concept=transfer-to-third-parties
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: хостинг concept=service-providers-heading
heading: хостинг доставчик concept=service-providers-heading
heading: мрежа за доставка на съдържание concept=service-providers-heading
heading: мониторинг на грешки concept=service-providers-heading
body: хостинг* weight=2 concept=service-providers
body: хоства* weight=2.5 concept=service-providers
body: мрежа за доставка на съдържание weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: облачн* платформ* weight=2 concept=service-providers
body: облачни изчисления weight=2 concept=service-providers
body: доставчи* на облачни услуги weight=2.5 concept=service-providers
body: мониторинг на грешки weight=2 concept=service-providers
body: договор* за обработване на данни weight=2 concept=service-providers
body: споразумени* за обработване на данни weight=2 concept=service-providers
body: на сървърите на weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: плащания weight=2 concept=payments-purchases
heading: обработка на плащания weight=3 concept=payments-purchases
heading: покупки в приложението weight=2 concept=payments-purchases
heading: абонаменти weight=2 concept=payments-purchases

[cookies]
heading: бисквитки concept=cookies
heading: политика за бисквитките concept=cookies
heading: използване на бисквитки concept=cookies
heading: бисквитки и подобни технологии concept=tracking-technologies
heading: файлове cookie concept=cookies
heading: технологии за проследяване concept=tracking-technologies
# Added with the shared concept inventory (concepts.txt).
heading: уеб маяци concept=web-beacons
heading: пикселни маркери concept=web-beacons
heading: лог файлове concept=log-files
heading: сървърни логове concept=log-files
heading: аналитика concept=analytics
heading: уеб анализ concept=analytics
body: бисквитк* weight=3 concept=cookie
body: cookie* weight=2 concept=cookie
body: уеб маяц* weight=3 concept=web-beacon
body: пиксел* weight=2 concept=web-beacon
body: технологи* за проследяване weight=2.5 concept=tracking-technology
body: подобни технологии weight=2 concept=tracking-technology
body: сесийн* weight=2 concept=cookie-lifetime
body: настройки на браузър* weight=1.5 concept=browser-settings
body: google analytics weight=3 concept=analytics-term
body: лог файл* weight=2 concept=log-file
body: локално хранилище weight=2 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: аналитичн* weight=1 concept=analytics-term
heading: аналитични услуги concept=analytics
heading: анализ на трафика concept=analytics
heading: уеб аналитика concept=analytics
heading: инструменти за анализ concept=analytics
body: браузър* weight=1 concept=browser
body: постоянн* weight=0.5 concept=cookie-lifetime
body: идентификатор* weight=0.5
# Added with the shared concept inventory (concepts.txt).
body: текстов* файл* weight=2.5 concept=text-files
body: строго необходим* weight=2.5 concept=cookie-categories
body: функционалн* бисквитк* weight=2.5 concept=cookie-categories
body: sdk weight=2 concept=sdk
body: цифров* отпечат* weight=2.5 concept=fingerprinting
body: устройств* weight=0.5 concept=device

[advertising]
heading: реклама concept=advertising
heading: реклама и маркетинг concept=advertising
heading: маркетингови съобщения concept=marketing-communications
heading: директен маркетинг concept=marketing
heading: персонализирана реклама concept=interest-based-advertising
heading: търговски съобщения concept=marketing-communications
# Added with the shared concept inventory (concepts.txt).
heading: маркетинг concept=marketing
heading: реклама въз основа на интереси concept=interest-based-advertising
heading: таргетирана реклама concept=interest-based-advertising
heading: реклама от трети страни concept=third-party-advertising
heading: рекламни мрежи concept=third-party-advertising
body: реклам* weight=2.5 concept=ads
body: рекламн* мрежи weight=3 concept=ad-networks
body: маркетинг* weight=2 concept=marketing-purposes
body: бюлетин* weight=2 concept=marketing-messages
body: таргетиран* weight=3 concept=interest-based
body: ретаргетинг* weight=3 concept=retargeting
body: персонализиран* реклам* weight=3 concept=interest-based
body: поведенческ* weight=2 concept=interest-based
body: въз основа на интересите weight=2 concept=interest-based
body: промоци* weight=1.5 concept=promotions
body: специални оферти weight=2 concept=promotions
body: търговск* съобщени* weight=2 concept=marketing-messages
body: директн* маркетинг* weight=2 concept=marketing-purposes
body: sms weight=1 concept=marketing-messages
body: известия weight=0.5 concept=marketing-messages
# Added with the shared concept inventory (concepts.txt).
body: рекламни партньори weight=3 concept=ad-networks
body: ремаркетинг* weight=3 concept=retargeting
body: маркетингови цели weight=2 concept=marketing-purposes
body: ефективност* на реклам* weight=2 concept=ad-measurement
body: your online choices weight=3 concept=ad-industry-programs
body: интерес* weight=0.5 concept=interests

[do-not-track]
heading: искания не проследявай concept=do-not-track
heading: сигнали do not track concept=do-not-track
heading: функция do not track concept=do-not-track
heading: сигнали за забрана на проследяването concept=do-not-track
heading: глобален контрол на поверителността concept=global-privacy-control
heading: сигнали global privacy control concept=global-privacy-control
# Added with the shared concept inventory (concepts.txt).
heading: сигнали за предпочитания concept=preference-signals
heading: сигнали от браузъра concept=preference-signals
heading: сигнали за отказ concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: не проследявай* weight=3 concept=dnt-signal
body: забрана на проследяването weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: глобален контрол* на поверителност* weight=3 concept=gpc-signal
body: сигнал* weight=2 concept=opt-out-preference-signal
body: индустриален стандарт weight=2 concept=no-uniform-standard
body: единен стандарт weight=2 concept=no-uniform-standard
body: стандарт* weight=1 concept=no-uniform-standard
body: не отговаря* weight=2 concept=do-not-respond
body: не реагира* weight=2 concept=do-not-respond
body: проследяване weight=1 concept=cross-site-tracking
body: браузър* weight=1 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt).
body: разпознава* weight=1.5 concept=honor-signals
body: с течение на времето weight=2.5 concept=cross-site-tracking
body: на уебсайтове на трети страни weight=2.5 concept=cross-site-tracking

[choices]
heading: вашият избор concept=your-choices
heading: вашите възможности за избор concept=your-choices
heading: вашите избори concept=your-choices
heading: вашите възможности concept=your-choices
heading: управление на настройките concept=managing-preferences
heading: настройки за поверителност concept=managing-preferences
heading: отказ от получаване на съобщения concept=opting-out
heading: как да се откажете concept=opting-out
heading: отписване concept=unsubscribing
heading: как да се отпишете concept=unsubscribing
# Added with the shared concept inventory (concepts.txt).
heading: управление на предпочитанията concept=managing-preferences
heading: предпочитания за комуникация concept=managing-preferences
body: откаж* weight=2 concept=opt-out
body: отказ* weight=1.5 concept=opt-out
body: отпиш* weight=3 concept=unsubscribe
body: отписван* weight=3 concept=unsubscribe
body: профил* weight=1 concept=settings
body: избор* weight=2 concept=choose-not-to
body: настройк* weight=1.5 concept=settings
body: управлява* weight=1 concept=settings
body: по свое усмотрение weight=1 concept=choose-not-to
body: да не предоставяте weight=2 concept=choose-not-to
body: деактивира* weight=1.5 concept=disable
body: изключ* weight=1.5 concept=disable
body: блокира* weight=1 concept=disable
body: вашия профил weight=1.5 concept=settings
body: opt-out weight=1 concept=opt-out
# Added with the shared concept inventory (concepts.txt).
body: предпочитани* weight=1.5 concept=preferences
body: отхвърл* weight=2 concept=decline
body: рекламни съобщения weight=2 concept=promotional-emails
body: маркетингови имейли weight=2 concept=promotional-emails
body: услуги за местоположение weight=2 concept=device-permissions
body: push известия weight=2 concept=device-permissions
body: в долната част weight=1.5 concept=unsubscribe-link
body: няма да можете weight=1.5 concept=consequences-of-refusal
body: получава* weight=0.5 concept=receive

[rights]
heading: вашите права concept=your-rights
heading: права на субектите на данни concept=your-rights
heading: права на субекта на данните concept=your-rights
heading: права на потребителите concept=your-rights
heading: вашите права във връзка с личните данни concept=your-rights
heading: упражняване на права concept=exercising-rights
heading: достъп до concept=access-and-correction
# Added with the shared concept inventory (concepts.txt).
heading: как да упражните правата си concept=exercising-rights
heading: как да подадете искане concept=exercising-rights
heading: упражняване на прав* concept=exercising-rights
heading: как да упражните прав* concept=exercising-rights
heading: достъп и коригиране concept=access-and-correction
heading: достъп до данните и коригирането им concept=access-and-correction
heading: право на достъп concept=access-and-correction
heading: право на коригиране concept=access-and-correction
heading: право на изтриване concept=your-rights
heading: право да бъдеш забравен concept=your-rights
heading: право на ограничаване на обработването concept=your-rights
heading: право на преносимост concept=your-rights
heading: право на възражение concept=your-rights
heading: право на жалба concept=exercising-rights
heading: вашите права като субект на данни concept=your-rights
heading: какви права имате concept=your-rights
heading: упълномощени представители concept=authorized-agents
heading: какви са моите права concept=your-rights
body: имате право weight=2.5 concept=exercise-rights
body: права* на субект* weight=2 concept=data-subject-rights
body: достъп weight=1.5 concept=access
body: коригира* weight=2 concept=rectification
body: изтрива* weight=1.5 concept=erasure
body: заличава* weight=2.5 concept=erasure
body: да бъдеш забравен weight=3 concept=erasure
body: преносимост* weight=3 concept=portability
body: възражени* weight=2.5 concept=right-to-object
body: възрази weight=2 concept=right-to-object
body: ограничаване на обработването weight=2.5 concept=restriction
body: жалб* weight=2 concept=complaint-to-authority
body: надзорн* орган* weight=2.5 concept=complaint-to-authority
body: орган* за защита на данните weight=2.5 concept=complaint-to-authority
body: комисия за защита на личните данни weight=3 concept=complaint-to-authority
body: кзлд weight=3 concept=complaint-to-authority
body: автоматизиран* решени* weight=2
body: копие weight=1 concept=copy-of-data
body: искане weight=0.5 concept=request
# Added with the shared concept inventory (concepts.txt).
body: право на достъп weight=3 concept=right-of-access
body: проверка на самоличност* weight=2 concept=verify-identity
body: потвърд* самоличност* weight=2 concept=verify-identity
body: упълномощен* представител* weight=2.5 concept=authorized-agent
body: дискриминаци* weight=1.5 concept=non-discrimination
body: упражн* прав* weight=2 concept=exercise-rights

[retention]
heading: съхранение на данните concept=data-retention
heading: срок на съхранение concept=retention-period
heading: срокове за съхранение concept=retention-period
heading: срок за съхранение concept=retention-period
heading: съхранение на данни concept=data-retention
heading: съхранение на личните данни concept=data-retention
heading: колко дълго съхраняваме concept=how-long-we-keep
heading: колко време съхраняваме concept=how-long-we-keep
heading: колко дълго съхраняваме данните concept=how-long-we-keep
heading: колко време concept=how-long-we-keep
heading: съхранение на информацията concept=data-retention
heading: съхранение и изтриване на данни concept=retention-and-deletion
# Added with the shared concept inventory (concepts.txt).
heading: колко дълго съхраняваме личните ви данни concept=how-long-we-keep
heading: съхранение и запазване concept=storage-and-retention
heading: място и срок на съхранение concept=storage-and-retention
heading: срок на съхранение и изтриване concept=retention-and-deletion
body: съхранява* weight=1.5 concept=retain
body: съхранени* weight=1.5 concept=retain
body: срок* на съхранени* weight=3 concept=retain
body: срок* weight=1.5 concept=retention-criteria
body: толкова дълго weight=2 concept=as-long-as-necessary
body: пазим weight=2 concept=keep
body: не по-дълго weight=2.5 concept=as-long-as-necessary
body: постигане на целите weight=2.5 concept=no-longer-needed
body: унищож* weight=2 concept=destroy
body: изтрива* weight=1.5 concept=destroy
body: анонимизира* weight=1.5 concept=anonymise
body: изтичане* weight=2 concept=retention-criteria
body: прекратяване* weight=1
body: архив* weight=1 concept=archive
body: резервни копия weight=1.5 concept=archive
body: давност* weight=2 concept=legal-retention-requirements
body: счетоводн* weight=1.5 concept=legal-retention-requirements
body: период* weight=1 concept=retention-criteria
# Added with the shared concept inventory (concepts.txt).
body: вече не са необходими weight=2.5 concept=no-longer-needed
body: неактивн* weight=2 concept=inactive-accounts
body: години weight=0.5 concept=years

[security]
heading: сигурност concept=data-security
heading: сигурност на данните concept=data-security
heading: защита на информацията concept=data-security
heading: защита на личните данни concept=data-security
heading: мерки за сигурност concept=security-measures
heading: как защитаваме вашите данни concept=how-we-protect
# Added with the shared concept inventory (concepts.txt).
heading: как защитаваме информацията concept=how-we-protect
heading: защита на вашите данни concept=how-we-protect
heading: как защитаваме concept=how-we-protect
heading: сигурност на личните данни concept=data-security
heading: сигурност на информацията concept=data-security
heading: технически и организационни мерки concept=security-measures
heading: мерки за защита concept=security-measures
body: сигурността weight=2 concept=secure
body: ниво на сигурност weight=2 concept=secure
body: защит* weight=1 concept=protect
body: криптира* weight=3 concept=encryption
body: шифрова* weight=3 concept=encryption
body: ssl weight=2 concept=encryption
body: tls weight=2 concept=encryption
body: неоторизиран* достъп weight=3 concept=unauthorized-access
body: неразрешен* достъп weight=3 concept=unauthorized-access
body: технически* и организационни мерки weight=3 concept=technical-organisational-measures
body: организационн* мерки weight=2 concept=technical-organisational-measures
body: нарушение на сигурността weight=2.5 concept=breach
body: инцидент* weight=2 concept=breach
body: защитна стена weight=2 concept=technical-controls
body: антивирус* weight=2 concept=technical-controls
body: абсолютна сигурност weight=2 concept=no-guarantee
body: загуба weight=1.5 concept=loss-misuse-alteration
body: парол* weight=1 concept=technical-controls
# Added with the shared concept inventory (concepts.txt).
body: защитни мерки weight=2.5 concept=safeguards
body: предпазни мерки weight=2.5 concept=safeguards
body: физическ* weight=1.5 concept=physical-safeguards
# Not the bare поверителност: it is the word for "privacy" (политика за поверителност).
body: конфиденциалност* weight=1.5 concept=confidentiality
body: поверителността на данните weight=2 concept=confidentiality
body: поверителна информация weight=1.5 concept=confidentiality
body: индустриалн* стандарт* weight=2 concept=industry-standard
body: не можем да гарантираме weight=2.5 concept=no-guarantee
body: гарантира* weight=0.5 concept=ensure
# Personal-data breaches and their notification: a security topic.
heading: нарушение на сигурността на личните данни concept=data-security

[children]
heading: информация за деца concept=childrens-privacy
heading: поверителност на децата concept=childrens-privacy
heading: лични данни на деца concept=childrens-privacy
heading: непълнолетни concept=minors
heading: защита на децата concept=childrens-privacy
heading: използване от деца concept=minors
# Added with the shared concept inventory (concepts.txt).
heading: деца concept=childrens-privacy
heading: възрастови ограничения concept=age-limits
heading: лица под 16 години concept=age-limits
heading: деца под 14 години concept=age-limits
body: деца* weight=3 concept=children
body: дете* weight=3 concept=children
body: детск* weight=2 concept=children
body: непълнолетн* weight=3 concept=minors-teens
body: малолетн* weight=3 concept=minors-teens
body: под 16 години weight=1.5 concept=age-threshold
body: под 14 години weight=1.5 concept=age-threshold
body: ненавършил* weight=2.5 concept=age-threshold
body: навършил* weight=2 concept=age-threshold
body: възраст* weight=1.5 concept=age
body: родител* weight=2.5 concept=parents-guardians
body: закон* представител* weight=2.5 concept=parents-guardians
body: настойни* weight=2.5 concept=parents-guardians
body: съгласие на родител* weight=3 concept=parental-consent
body: coppa weight=3 concept=coppa
body: съзнателно weight=1.5 concept=knowingly-collect
body: умишлено weight=1.5 concept=knowingly-collect
# Added with the shared concept inventory (concepts.txt).
body: не е предназначен* weight=2 concept=not-directed-to-children
body: ако установим weight=2 concept=if-we-learn
body: ако узнаем weight=2 concept=if-we-learn

[international]
heading: международно предаване на данни concept=international-transfers
heading: предаване на данни извън ес concept=international-transfers
heading: трансфер на данни към трети държави concept=international-transfers
heading: предаване на лични данни в трети държави concept=international-transfers
heading: къде се съхраняват данните concept=where-we-store
heading: място на съхранение concept=where-we-store
heading: предаване на данни в чужбина concept=international-transfers
# Added with the shared concept inventory (concepts.txt).
heading: предаване на данни concept=data-transfers
heading: трансфер на данни concept=data-transfers
heading: трансгранично предаване на данни concept=international-transfers
heading: къде съхраняваме данните concept=where-we-store
# One sentence on transfers to the USA (standard clauses, adequacy) in a subsection on a social network or a cloud service must not outweigh its practice: lighter transfer terms.
body: трет* държав* weight=2 concept=other-countries
body: трансфер* weight=1.5 concept=transfer
body: международн* предаване weight=3 concept=cross-border
body: извън ес weight=2.5 concept=eea
body: извън еип weight=2.5 concept=eea
body: европейското икономическо пространство weight=2 concept=eea
body: извън weight=1 concept=other-countries
body: чужбина weight=2.5 concept=other-countries
body: други държави weight=2 concept=other-countries
body: адекватн* weight=2 concept=adequacy
body: стандартн* договорн* клаузи weight=2 concept=transfer-safeguards
body: подходящи гаранции weight=2 concept=transfer-safeguards
body: задължителни фирмени правила weight=2.5 concept=transfer-safeguards
body: сървър* weight=1 concept=server-location
body: център* за данни weight=1.5 concept=server-location
# Added with the shared concept inventory (concepts.txt).
body: трансгранич* weight=3 concept=cross-border
body: предаван* weight=1 concept=transfer
body: сащ weight=1 concept=united-states
body: съединените щати weight=1 concept=united-states
body: privacy shield weight=2 concept=privacy-frameworks
body: data privacy framework weight=2.5 concept=privacy-frameworks
body: по-ниско ниво на защита weight=2 concept=less-protective
body: юрисдикци* weight=2 concept=jurisdictions
body: по целия свят weight=1.5 concept=around-the-world

[regional]
heading: за жителите на калифорния concept=california
heading: жители на калифорния concept=california
heading: информация за потребители от ес concept=eea-gdpr-notice
heading: потребители от европейския съюз concept=eea-gdpr-notice
heading: регионални разпоредби concept=jurisdiction-specific
heading: допълнителни разпоредби за определени юрисдикции concept=jurisdiction-specific
# Added with the shared concept inventory (concepts.txt).
heading: права на жителите на щати в сащ concept=us-state-rights
heading: жители на невада concept=us-state-rights
heading: съответствие с орзд concept=eea-gdpr-notice
body: калифорни* weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: gdpr weight=2 concept=eu-gdpr
body: орзд weight=2 concept=eu-gdpr
body: европейск* съюз weight=2 concept=eu-gdpr
body: ес weight=1 concept=eu-gdpr
body: еип weight=2 concept=eu-gdpr
body: жител* weight=2 concept=residents
body: пребиваващ* weight=2 concept=residents
body: юрисдикци* weight=2
body: щата weight=1.5 concept=state
body: бразили* weight=1.5 concept=brazil-lgpd
body: обединеното кралство weight=1.5
body: местн* законодателств* weight=1.5
body: продажба на лична информация weight=1.5 concept=do-not-sell
# Added with the shared concept inventory (concepts.txt).
body: невада weight=3 concept=us-states
body: вирджиния weight=3 concept=us-states
body: колорадо weight=3 concept=us-states
body: кънектикът weight=3 concept=us-states
# Low: потребител is also the ordinary word for "user", in every section.
body: потребител* weight=0.3 concept=consumers
body: не продавайте weight=3 concept=do-not-sell
body: междуконтекстн* weight=3 concept=cross-context-advertising
body: финансов* стимул* weight=3 concept=financial-incentives
body: предходните 12 месеца weight=3 concept=preceding-12-months
body: lgpd weight=2.5 concept=brazil-lgpd
body: канада weight=2.5 concept=canada-pipeda
body: pipeda weight=2.5 concept=canada-pipeda
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
heading: регионални приложения concept=jurisdiction-specific

[third-party-sites]
heading: сайтове на трети страни weight=2 concept=third-party-websites
heading: уебсайтове на трети лица weight=2 concept=third-party-websites
heading: връзки към други сайтове concept=links-to-other-sites
heading: препратки към други уебсайтове concept=links-to-other-sites
heading: външни връзки concept=links-to-other-sites
heading: услуги на трети страни weight=2 concept=third-party-services
# Added with the shared concept inventory (concepts.txt).
heading: плъгини за социални мрежи concept=social-media-plugins
heading: социални мрежи concept=social-media-plugins
heading: политики за поверителност на трети страни concept=third-party-privacy-policies
heading: политики на трети лица concept=third-party-privacy-policies
body: сайтове на трети weight=2.5 concept=other-sites
body: уебсайтове на трети weight=2.5 concept=other-sites
body: връзки weight=1.5 concept=links
body: хипервръзк* weight=2.5 concept=links
body: препратк* weight=2 concept=links
body: външн* weight=1 concept=other-sites
body: не носим отговорност weight=2.5 concept=not-responsible
body: отговорност* weight=1 concept=not-responsible
body: не контролираме weight=2.5 concept=not-responsible
body: собствен* политик* weight=2 concept=their-privacy-policies
body: не се отнася weight=2 concept=not-responsible
body: социалн* мрежи weight=1.5 concept=plugins
body: плъгин* weight=2 concept=plugins
body: приставк* weight=1.5 concept=plugins
body: не се прилага weight=2.5 concept=not-responsible
body: уеб сайтове на трети weight=2.5 concept=other-sites
# Added with the shared concept inventory (concepts.txt).
body: препоръчваме ви да прочетете weight=2.5 concept=encourage-review
body: препоръчваме да се запознаете weight=2.5 concept=encourage-review
body: приложения на трети страни weight=2 concept=third-party-applications
body: напуснете нашия сайт weight=2.5 concept=leave-our-site
body: съдържание* weight=0.5 concept=content
body: прегледа* weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: социални медии concept=social-media-presence
heading: социалните мрежи concept=social-media-presence
heading: присъствие в социалните мрежи concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: събирани от трети страни concept=third-party-data-collection
heading: събирани от трети лица concept=third-party-data-collection
heading: други страни могат да събират concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: вградено съдържание concept=third-party-services
heading: съдържание от трети страни concept=third-party-services
heading: вградени видеоклипове concept=third-party-services
heading: синхронизация в облака concept=third-party-services
heading: облачна синхронизация concept=third-party-services
heading: услуги на трети лица concept=third-party-services
heading: външни услуги concept=third-party-services
heading: използване на услуги на трети страни concept=third-party-services
heading: библиотеки на трети страни concept=third-party-services
heading: инструменти на трети страни concept=third-party-services
heading: плъгини concept=social-media-plugins
body: вграден* weight=2.5 concept=plugins
body: вграждане weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: съдържание от трети страни weight=3 concept=other-sites
body: съдържание на трети страни weight=3 concept=other-sites
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: подобрена поверителност weight=2.5 concept=plugins
body: влезли в профила си weight=1.5 concept=plugins
body: влезли в акаунта си weight=1.5 concept=plugins
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: мрежови връзки weight=2 concept=network-connections
heading: мрежови заявки weight=2 concept=network-connections
heading: напуска* устройството weight=2 concept=network-connections
heading: напуска* вашето устройство weight=2 concept=network-connections
heading: минава през интернет weight=2 concept=network-connections
heading: изпраща* извън устройството weight=2 concept=network-connections
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
heading: промени в политиката concept=changes-to-policy
heading: промени в тази политика concept=changes-to-policy
heading: промени в политиката за поверителност concept=changes-to-policy
heading: изменения на политиката concept=changes-to-policy
heading: актуализации на политиката concept=policy-updates
heading: актуализации concept=policy-updates
heading: заключителни разпоредби
# Added with the shared concept inventory (concepts.txt).
heading: уведомление за промени concept=notification-of-changes
heading: изменения и допълнения concept=amendments
heading: изменения concept=amendments
heading: влизане в сила concept=entry-into-force
heading: допълнителни разпоредби concept=entry-into-force
body: промен* weight=1.5 concept=change-update
body: промяна weight=1.5 concept=change-update
body: изменени* weight=1.5 concept=change-update
body: изменя* weight=2 concept=change-update
body: актуализира* weight=2 concept=change-update
body: последн* актуализаци* weight=3 concept=effective-date
body: нова редакция weight=2.5 concept=latest-version
body: редакци* weight=2 concept=version
body: в сила от weight=3 concept=effective-date
body: влиза* в сила weight=3 concept=effective-immediately
body: публикува* weight=1.5 concept=posting
body: периодично weight=1.5 concept=from-time-to-time
body: продължи* да използвате weight=2 concept=continued-use
body: актуалн* версия weight=2.5 concept=latest-version
body: преразглежда* weight=1.5 concept=change-update
# Added with the shared concept inventory (concepts.txt).
body: от време на време weight=2.5 concept=from-time-to-time
body: съществени промени weight=3 concept=material-changes
body: редовно да проверявате weight=2.5 concept=check-back
body: запазваме си правото weight=2 concept=reserve-the-right
body: уведом* weight=1.5 concept=notify-you

[contact]
heading: контакти concept=contact-us
heading: контакт с нас concept=contact-us
heading: свържете се с нас concept=contact-us
heading: как да се свържете с нас concept=how-to-contact
heading: данни за контакт concept=contact-information
heading: въпроси и запитвания concept=questions
# Added with the shared concept inventory (concepts.txt).
heading: информация за контакт concept=contact-information
heading: координати за връзка concept=contact-information
heading: въпроси concept=questions
heading: длъжностно лице по защита на данните concept=data-protection-officer
body: свържете weight=3 concept=please-contact
body: пишете ни weight=2 concept=please-contact
body: контакт* weight=2 concept=please-contact
body: запитван* weight=1.5 concept=questions-comments
body: въпрос* weight=1.5 concept=questions-comments
body: електронна поща weight=1 concept=by-email
body: имейл weight=1 concept=by-email
body: пощенски адрес weight=2 concept=postal-address
body: седалище weight=2.5 concept=postal-address
body: адрес на управление weight=2.5 concept=postal-address
body: еик weight=3
body: булстат weight=3
body: длъжностно лице по защита на данните weight=3 concept=dpo
body: обслужване на клиенти weight=1.5 concept=customer-service
body: телефон* weight=0.5 concept=telephone
# Added with the shared concept inventory (concepts.txt).
body: адрес* weight=0.3 concept=address
# The controller's identity and address (администратор на лични данни, art. 13 GDPR).
heading: администратор на лични данни concept=contact-information
heading: администратор на данни concept=contact-information
heading: администратор concept=contact-information
heading: информация за връзка concept=contact-information
heading: към кого мога да се обърна concept=how-to-contact

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
