# Russian lexicon
# Wording follows localized Russian policies (Yandex, VK, Ozon, Google) and the terms of
# Federal Law 152-FZ "On Personal Data" (оператор, субъект, обезличивание, уточнение ...).
@language ru
@name Russian
@fold-accents no     # й and ё are letters of their own; й must never fold to и
# Most Russian text writes е for ё: where a term has ё, the е spelling is listed as well.

[profile]
# Function words first. weight=3: Russian, not Ukrainian or Bulgarian.
# weight=2: Russian and Bulgarian (or Ukrainian) but not all three.
и weight=2
в
не
на
с
что weight=3
по
для
это weight=3
как
или
к
мы weight=3
вы weight=3
из weight=2
от
а
о
об
за
при
до
у
со weight=3
во weight=3
ко weight=2
после weight=3
если weight=3
также weight=3
когда weight=3
чтобы weight=3
только weight=3
уже weight=3
еще weight=3
ещё weight=3
где weight=2
так
то
же weight=2
но
который weight=3
которая weight=3
которое weight=3
которые weight=3
которых weight=3
которым weight=3
такие weight=2
этот weight=3
эта weight=3
этой weight=3
этого weight=3
этом weight=3
эти weight=3
этих weight=3
этим weight=3
данной weight=3
данного weight=3
его
ее
её weight=3
их
они weight=3
она weight=3
нас
нам
нами
вас
вам
вами
ваш
ваши weight=2
ваших
вашей weight=3
вашего weight=3
вашу
наш
наши weight=2
наших
нашего weight=3
нашей weight=3
свои
своих weight=3
своей weight=3
все
всех weight=3
любые weight=3
других weight=3
иных weight=3
более weight=3
менее weight=3
однако weight=3
может
можем
могут weight=3
можете
быть weight=3
будет weight=3
будут weight=3
были weight=3
является weight=3
являются weight=3
должны weight=3
вправе weight=3
случае weight=3
числе weight=3
течение weight=3
соответствии weight=3
отношении weight=3
связи weight=2
целях weight=3
целей weight=3
данные weight=3
данных weight=3
данным weight=3
персональные weight=3
персональных weight=3
информация
информации weight=3
информацию weight=3
согласие weight=3
согласия weight=3
обработка
обработки weight=2
обработку weight=3
политики
конфиденциальности weight=3
пользователь weight=3
пользователя weight=3
пользователей weight=3
сайте weight=3
услуг weight=3
сервиса weight=2
лицам weight=2
третьим weight=3
третьих weight=3
законодательством weight=3
законодательства weight=3
российской weight=3
федерации weight=3
защиты weight=2
безопасности weight=3
хранения weight=3
использование weight=3
использования weight=3
используем weight=3
обрабатываем weight=3
собираем weight=3
получаем weight=3
предоставляем weight=3
файлы weight=3
электронной weight=3
почты weight=3
браузера weight=2
услугами weight=2
сведения weight=3

[units]
year: год, года, лет, году, годы, годом
month: месяц, месяца, месяцев, месяцы
week: неделя, недели, недель, неделю
day: день, дня, дней, сутки, суток
hour: час, часа, часов
minute: минута, минуты, минут, минуту
business-day: рабочий день, рабочих дня, рабочих дней

[numbers]
# Whole words (number words are looked up word by word, not by stem): the nominative
# and the oblique form used after prepositions (в течение тридцати дней).
1: один, одна, одно, одного, одной, одну
2: два, две, двух
3: три, трех, трёх
4: четыре, четырех, четырёх
5: пять, пяти
6: шесть, шести
7: семь, семи
8: восемь, восьми
9: девять, девяти
10: десять, десяти
11: одиннадцать, одиннадцати
12: двенадцать, двенадцати
13: тринадцать, тринадцати
15: пятнадцать, пятнадцати
16: шестнадцать, шестнадцати
18: восемнадцать, восемнадцати
20: двадцать, двадцати
24: двадцать четыре, двадцати четырех, двадцати четырёх
30: тридцать, тридцати
60: шестьдесят, шестидесяти
90: девяносто, девяноста
100: сто, ста

[references]
gdpr: общий регламент по защите данных, общего регламента по защите данных, gdpr, оргпд, регламент 2016/679
ccpa: ccpa, закон калифорнии о защите прав потребителей на неприкосновенность частной жизни, закон калифорнии о конфиденциальности потребителей
cpra: cpra, закон калифорнии о правах на неприкосновенность частной жизни
coppa: coppa, закон о защите конфиденциальности детей в интернете
lgpd: lgpd, общий закон бразилии о защите данных, lei geral de proteção de dados
# Federal Law of 27.07.2006 No. 152-FZ "On Personal Data". The id must match the one used
# by the English lexicon for the same law.
ru-152-fz: 152-фз, федеральный закон о персональных данных, закон о персональных данных

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
условия использования
пользовательское соглашение
условия обслуживания
условия предоставления услуг
применимое право
применимое законодательство
применимое право и юрисдикция
применимое право и подсудность
применимое право и разрешение споров
# Dispute resolution ("разрешение" here is resolving, not a permission).
разрешение споров
порядок разрешения споров
разрешение споров и применимое право
юрисдикция
подсудность
делимость
делимость положений
автономность положений
полнота соглашения
отказ от прав
форс-мажор
обстоятельства непреодолимой силы
непреодолимая сила
отказ от ответственности
ограничение ответственности
переводы
перевод
другие переводы
языковые версии
преимущественная сила английской версии
английская версия имеет преимущественную силу
русская версия имеет преимущественную силу
лицензия
авторские права
авторское право
copyright
благодарности
содержание
оглавление
разделы
интеллектуальная собственность
авторские права и интеллектуальная собственность
права на интеллектуальную собственность
товарные знаки

[intro]
heading: введение concept=introduction
heading: общие положения concept=introduction
heading: о настоящей политике concept=about-this-policy
heading: об этой политике concept=about-this-policy
heading: кто мы concept=who-we-are
heading: сфера применения concept=scope
heading: область применения concept=scope
# Added with the shared concept inventory (concepts.txt).
heading: краткое изложение concept=summary
heading: краткий обзор concept=summary
heading: обзор concept=summary
heading: о нас weight=0.5 concept=who-we-are  # often the operator and its address (contact): the text decides
# The controller named as a question: "Who is responsible for the processing of (your) data?"
heading: кто отвечает за обработку concept=who-we-are
heading: кто является оператором concept=who-we-are
heading: кто является контролером concept=who-we-are
heading: область действия concept=scope
heading: наши обязательства по защите конфиденциальности concept=commitment-to-privacy
heading: наше отношение к конфиденциальности concept=commitment-to-privacy
heading: принятие условий политики concept=acceptance
heading: принятие политики concept=acceptance
heading: политика конфиденциальности weight=0.5 concept=privacy-policy-title
heading: политика в отношении обработки персональных данных weight=0.5 concept=privacy-policy-title
# declined forms (stems) and question headings
heading: общие сведения concept=introduction
heading: общ* положени* concept=introduction
heading: о настоящ* политик* concept=about-this-policy
heading: сфер* применени* concept=scope
heading: област* применени* concept=scope
heading: сфер* действи* concept=scope
heading: об оператор* concept=who-we-are
heading: сведения об оператор* concept=who-we-are
heading: информация об оператор* concept=who-we-are
heading: кто является оператор* concept=who-we-are
heading: кто отвечает за ваши данные concept=who-we-are
body: настоящ* политик* weight=2 concept=this-privacy-policy
body: политик* конфиденциальност* weight=1.5 concept=this-privacy-policy
body: политик* в отношении обработки weight=2.5 concept=this-privacy-policy
body: распространяется на weight=1.5 concept=policy-applies-to
body: применяется к weight=1.5 concept=policy-applies-to
body: оператор* weight=0.5 concept=company
body: далее weight=1 concept=referred-to-as
body: принимаете weight=1.5 concept=acceptance-of-policy
body: соглашаетесь weight=1.5 concept=acceptance-of-policy
body: пользовательск* соглашени* weight=2 concept=terms-of-use
body: описыва* weight=1 concept=policy-describes
body: внимательно weight=1 concept=please-read
body: ознаком* weight=1 concept=please-read
body: уважа* weight=1.5 concept=committed-to-privacy
body: сайт* weight=0.5 concept=website
# Added with the shared concept inventory (concepts.txt).
body: используя weight=1.5 concept=by-using
body: пользуясь weight=1.5 concept=by-using
body: если вы не согласны weight=2 concept=if-you-do-not-agree
body: обязуемся weight=1.5 concept=committed-to-privacy
body: конфиденциальност* weight=0.3 concept=privacy
body: услуг* weight=0.3 concept=services
body: компани* weight=0.3 concept=company
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
heading: вкратце concept=summary
heading: коротко о главном concept=summary
heading: кто управляет concept=who-we-are

[definitions]
heading: определения concept=definitions
heading: термины и определения concept=definitions
heading: основные понятия concept=key-terms
heading: основные термины concept=key-terms
heading: используемые термины concept=key-terms
heading: понятия и определения concept=definitions
heading: толкование терминов concept=interpretation
# Added with the shared concept inventory (concepts.txt).
heading: толкование concept=interpretation
heading: толкование и определения concept=interpretation
heading: что мы понимаем под concept=what-we-mean-by
heading: что означает concept=what-we-mean-by
heading: глоссарий concept=key-terms
# declined forms (stems)
heading: термин* и определени* concept=definitions
heading: термин* и сокращени* concept=definitions
heading: определени* термин* concept=definitions
heading: основн* понят* concept=key-terms
heading: основн* термин* concept=key-terms
heading: используем* термин* concept=key-terms
heading: список термин* concept=key-terms
body: означает weight=2.5 concept=means
body: понимается weight=2.5 concept=means
body: термин* weight=2 concept=defined-terms-intro
body: определени* weight=2 concept=defined-terms-intro
body: поняти* weight=2 concept=defined-terms-intro
body: следующ* термин* weight=3 concept=defined-terms-intro
body: прямо или косвенно weight=3 concept=identifiable-person
body: определяем* физическ* лиц* weight=3 concept=identifiable-person
body: обезличивани* weight=2
body: автоматизированн* обработк* weight=1.5
body: распространени* персональн* данн* weight=1.5
# 152-ФЗ policies say "оператор" and "субъект персональных данных" in every section: weak evidence.
body: субъект* персональн* данн* weight=0.3 concept=gdpr-roles
body: оператор* weight=0.2 concept=gdpr-roles
body: контролер* weight=1.5 concept=gdpr-roles
body: обработчик* weight=1.5 concept=gdpr-roles
# Added with the shared concept inventory (concepts.txt).
body: персональн* данн* любая информация weight=3 concept=personal-data-means
body: далее weight=2 concept=hereinafter
body: именуем* weight=2 concept=hereinafter
body: для целей настоящей политики weight=2.5 concept=as-used-in-this-policy
body: в настоящей политике используются weight=2.5 concept=as-used-in-this-policy
body: пользовател* weight=0.3 concept=user
body: персональн* данн* weight=0.1 concept=personal-data
body: обозначает weight=2.5 concept=refers-to
body: включа* weight=0.5 concept=includes

[collection]
heading: какие данные мы собираем concept=what-we-collect
heading: какую информацию мы собираем concept=what-we-collect
heading: сбор информации concept=collection-of-information
heading: сбор данных concept=collection-of-information
heading: сбор персональных данных concept=collection-of-information
heading: состав персональных данных concept=categories-of-data
heading: категории персональных данных concept=categories-of-data
heading: источники concept=sources-of-information
# Added with the shared concept inventory (concepts.txt).
heading: какие персональные данные мы собираем concept=what-we-collect
heading: собираемая информация concept=what-we-collect
heading: собираемые данные concept=what-we-collect
heading: источники персональных данных concept=sources-of-information
heading: источники получения данных concept=sources-of-information
heading: информация которую вы предоставляете concept=information-you-provide
heading: данные которые вы предоставляете concept=information-you-provide
heading: предоставляемые вами данные concept=information-you-provide
heading: автоматически собираемые данные concept=collected-automatically
heading: автоматически собираемая информация concept=collected-automatically
heading: данные собираемые автоматически concept=collected-automatically
heading: как мы собираем данные concept=how-we-collect
heading: как мы собираем информацию concept=how-we-collect
heading: способы сбора данных concept=how-we-collect
body: собира* weight=2.5 concept=we-collect
body: сбор* weight=1.5 concept=we-collect
# Perfective forms: собрать, собранные, соберём.
body: собра* weight=2 concept=we-collect
body: собер* weight=2 concept=we-collect
body: категори* данн* weight=2 concept=data-categories
body: категори* персональн* weight=2 concept=data-categories
body: фамили* weight=1.5 concept=name
body: отчеств* weight=2 concept=name
body: имя weight=1 concept=name
body: номер* телефон* weight=1.5 concept=contact-details
body: адрес* электронн* почт* weight=1.5 concept=contact-details
body: дат* рождени* weight=1.5 concept=demographic-data
body: ip-адрес* weight=1.5 concept=device-data
body: платежн* данн* weight=1 concept=payment-data
body: автоматически weight=1.5 concept=automatically
body: регистраци* weight=1 concept=forms
body: учетн* запис* weight=1 concept=account
body: местоположени* weight=1 concept=location-data
body: источник* weight=1.5 concept=sources
# A list of the data handled, announced in the text (en: "the following data is processed:").
body: следующие данные weight=2.5 concept=following-data
body: следующие персональные данные weight=2.5 concept=following-data
body: следующую информацию weight=2.5 concept=following-data
body: следующая информация weight=2.5 concept=following-data
body: следующие категории weight=2.5 concept=following-data
body: данные об использовании weight=1.5 concept=usage-data
body: демографическ* weight=1.5 concept=demographic-data
# Added with the shared concept inventory (concepts.txt).
body: вы предоставляете weight=2 concept=you-provide
body: предоставленн* вами weight=2 concept=you-provide
body: общедоступн* weight=2 concept=publicly-available
body: тип* браузер* weight=2 concept=device-data
body: операционн* систем* weight=2 concept=device-data
body: идентификатор* устройств* weight=2 concept=device-data
body: геолокаци* weight=2 concept=location-data
body: геопозици* weight=2 concept=location-data
body: данн* журнал* weight=1.5 concept=usage-data
body: данн* логов weight=1.5 concept=usage-data
body: заполня* форм* weight=1.5 concept=forms
body: информаци* weight=0.1 concept=information
# Headings asking which personal data are processed (GDPR style): "What personal data do we process?"
heading: какие персональные данные concept=what-we-collect
# declined forms (stems) and question headings
heading: какие данные мы обрабатываем concept=what-we-collect
heading: какие персональные данные мы обрабатываем concept=what-we-collect
heading: какие данные мы получаем concept=what-we-collect
heading: какую информацию мы получаем concept=what-we-collect
heading: какую информацию мы обрабатываем concept=what-we-collect
heading: собираем* данн* concept=what-we-collect
heading: собираем* информаци* concept=what-we-collect
heading: собираем* персональн* данн* concept=what-we-collect
heading: перечень обрабатываем* concept=categories-of-data
heading: перечень персональн* данн* concept=categories-of-data
heading: категори* персональн* данн* concept=categories-of-data
heading: категори* обрабатываем* concept=categories-of-data
heading: категори* субъект* concept=categories-of-data   # "категории субъектов персональных данных" (152-ФЗ)
heading: объем и категори* concept=categories-of-data   # "объем и категории обрабатываемых персональных данных"
heading: объём и категори* concept=categories-of-data
heading: сбор* данн* concept=collection-of-information
heading: сбор* информаци* concept=collection-of-information
heading: сбор* персональн* данн* concept=collection-of-information
heading: сбор и использовани* concept=collection-of-information   # "сбор и использование данных": collection is named first
heading: сбор и обработк* concept=collection-of-information
heading: источник* получени* concept=sources-of-information
heading: источник* данн* concept=sources-of-information
heading: источник* информаци* concept=sources-of-information
heading: данн* которые вы предоставляете concept=information-you-provide
heading: информаци* которую вы предоставляете concept=information-you-provide
heading: предоставляем* вами concept=information-you-provide
heading: автоматически собираем* concept=collected-automatically
heading: автоматически получаем* concept=collected-automatically
heading: получаем автоматически concept=collected-automatically
heading: собираем автоматически concept=collected-automatically
heading: разрешени* приложени* concept=what-we-collect
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: отчеты о сбоях concept=collected-automatically
heading: отчёты о сбоях concept=collected-automatically
heading: отчеты об ошибках concept=collected-automatically
heading: отчёты об ошибках concept=collected-automatically
heading: диагностическ* данн* concept=collected-automatically
heading: диагностика concept=collected-automatically
heading: журналы concept=collected-automatically
body: отчет* о сбо* weight=2.5 concept=usage-data
body: отчёт* о сбо* weight=2.5 concept=usage-data
body: журнал* сбоев weight=2.5 concept=usage-data
body: журнал* отладки weight=2.5 concept=usage-data
body: отладочн* журнал* weight=2.5 concept=usage-data
body: диагностическ* данн* weight=2 concept=usage-data
body: push-токен* weight=2.5 concept=device-data
body: токен* push-уведомлени* weight=2.5 concept=device-data
body: токен* уведомлени* weight=2.5 concept=device-data
# Permissions an app or a browser extension asks for (en: "Permissions", "App permissions").
# Not a bare "разрешения": "Порядок разрешения споров" is dispute resolution.
heading: запрашиваемые разрешения concept=what-we-collect
heading: необходимые разрешения concept=what-we-collect
heading: разрешения и доступ* concept=what-we-collect
# Bare "Разрешения" as a heading is an app's permissions ("Permissions"); dispute resolution
# ("разрешение споров") is kept out by a false friend.
heading: разрешения weight=1.5 concept=what-we-collect
heading: разрешени* расширени* concept=what-we-collect
# Data the user provides or the device sends on its own, and data categories named by a qualifier:
# "Данные, предоставляемые пользователем", "Автоматическая передача", "Обрабатываемая информация".
heading: предоставляем* пользовател* concept=information-you-provide
heading: данн* предоставляем* concept=information-you-provide
# A contact form as a processing activity (what the form collects), as en "Contact form"; "Контакты" stays contact.
heading: форма обратной связи weight=3 concept=information-you-provide
heading: контактная форма weight=3 concept=information-you-provide
heading: форма для связи weight=3 concept=information-you-provide
heading: автоматическ* передач* concept=collected-automatically
heading: автоматический сбор concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: оста* на вашем устройстве weight=2 concept=on-device-data
heading: оста* на устройстве weight=2 concept=on-device-data
heading: что оста* на вашем weight=2 concept=on-device-data
heading: обрабатыва* локально weight=2 concept=on-device-data
heading: локальн* обработк* weight=2 concept=on-device-data
heading: локально хранящи* данн* weight=2 concept=on-device-data
heading: локально храним* данн* weight=2 concept=on-device-data
heading: обработк* на устройстве weight=2 concept=on-device-data
heading: персональн* информаци* обрабатываем* concept=what-we-collect
heading: обрабатываем* персональн* данн* concept=what-we-collect
heading: обрабатываем* данн* concept=what-we-collect
body: автоматически переда* weight=2 concept=automatically
body: автоматически передаваем* weight=2 concept=automatically

[use]
heading: как мы используем информацию concept=how-we-use
heading: как мы используем ваши данные concept=how-we-use
heading: использование информации concept=use-of-information
heading: использование персональных данных concept=use-of-information
heading: цели обработки concept=purposes-of-processing
heading: цели обработки персональных данных concept=purposes-of-processing
heading: для чего мы используем ваши данные concept=how-we-use
heading: цели concept=purposes-of-processing
heading: цели сбора concept=why-we-collect
# Added with the shared concept inventory (concepts.txt).
heading: использование данных concept=use-of-information
heading: зачем мы собираем данные concept=why-we-collect
heading: зачем мы это делаем concept=why-we-collect
heading: для чего мы это делаем concept=why-we-collect
heading: для чего мы собираем информацию concept=why-we-collect
heading: обработка персональных данных concept=processing-of-personal-data
heading: как мы обрабатываем персональные данные concept=processing-of-personal-data
heading: порядок и условия обработки персональных данных concept=processing-of-personal-data
body: использу* weight=1 concept=we-use
body: использовани* weight=1 concept=we-use
body: цел* обработк* weight=3 concept=purposes
body: в целях weight=2 concept=purposes
body: для целей weight=1.5 concept=purposes
body: следующих целей weight=2.5 concept=following-purposes
body: обезличенн* информаци* weight=2
body: для того чтобы weight=1
body: предоставлени* услуг* weight=1.5 concept=to-provide
body: улучшени* weight=2 concept=to-improve
body: персонализаци* weight=2.5 concept=to-personalise
body: профилировани* weight=2.5 concept=profiling
body: обработк* заказ* weight=1.5 concept=to-process-transactions
body: исполнени* договор* weight=1 concept=to-fulfil
body: связ* с вами weight=1 concept=to-communicate
body: аналитик* weight=1 concept=to-analyse
body: предотвращени* мошенничеств* weight=1.5 concept=to-prevent-fraud
# Added with the shared concept inventory (concepts.txt).
body: мы используем weight=2 concept=we-use
body: оказани* услуг* weight=1.5 concept=to-provide
body: администрировани* weight=1.5 concept=to-administer
body: управлени* учетн* запис* weight=1.5 concept=to-administer
body: разработк* нов* weight=2 concept=to-develop
body: направлени* уведомлени* weight=1 concept=to-send
body: отправк* weight=1 concept=to-send
body: ответ* на запрос* weight=1.5 concept=to-respond
body: обработк* обращени* weight=1.5 concept=to-respond
body: статистическ* weight=1 concept=to-analyse
body: анализ* weight=1 concept=to-analyse
body: устранени* неполадок weight=2 concept=to-troubleshoot
body: устранени* ошибок weight=2 concept=to-troubleshoot
body: маркетингов* исследовани* weight=2 concept=research
body: исследовани* weight=1.5 concept=research
body: обработк* платеж* weight=1.5 concept=to-process-transactions
body: соблюдени* требований законодательств* weight=1 concept=to-comply-with-law
body: автоматизированн* принят* решени* weight=1.5 concept=automated-decisions
# Headings asking for what purpose data are processed: "For what purpose are personal data processed?"
heading: с какой целью concept=purposes-of-processing
heading: в каких целях concept=purposes-of-processing
# declined forms (stems) and question headings
heading: цел* обработк* concept=purposes-of-processing   # цели обработки, целях обработки, цель обработки
heading: цел* использовани* concept=purposes-of-processing
heading: для каких целей concept=purposes-of-processing
heading: цел* сбора concept=why-we-collect
heading: как мы используем ваш* concept=how-we-use   # not bare "как мы используем": "как мы используем файлы cookie"
heading: как мы используем информаци* concept=how-we-use
heading: как мы используем данн* concept=how-we-use
heading: как мы используем персональн* concept=how-we-use
heading: как мы используем полученн* concept=how-we-use
heading: как мы используем собранн* concept=how-we-use
heading: для чего мы используем concept=how-we-use
heading: для чего используются concept=how-we-use
heading: зачем мы используем concept=how-we-use
heading: использовани* информаци* concept=use-of-information
heading: использовани* данн* concept=use-of-information
heading: использовани* персональн* данн* concept=use-of-information
heading: как мы обрабатываем ваш* concept=processing-of-personal-data
heading: как мы обрабатываем информаци* concept=processing-of-personal-data
heading: услови* обработк* персональн* данн* concept=processing-of-personal-data
heading: порядок обработк* concept=processing-of-personal-data
heading: зачем нам нужны ваши данные concept=why-we-collect
# Purpose headings asked with other verbs and "(данные обрабатываются) в следующих целях";
# 152-ФЗ: "Цели сбора и обработки персональных данных".
heading: зачем мы обрабатываем concept=why-we-collect
heading: почему мы обрабатываем concept=why-we-collect
heading: для чего мы обрабатываем concept=why-we-collect
heading: зачем мы храним concept=why-we-collect
heading: в следующих целях concept=purposes-of-processing
heading: цел* сбора и обработк* concept=why-we-collect
heading: цел* сбора персональн* данн* concept=why-we-collect
# "Использование собранных данных / данных о местоположении": the use word is the head.
heading: использование собранн* concept=use-of-information
heading: автоматизированн* принят* решени* concept=automated-decision-making
heading: автоматизированн* решени* concept=automated-decision-making
heading: автоматическ* принят* решени* concept=automated-decision-making
heading: профилировани* concept=automated-decision-making

[legal-basis]
heading: правовые основания обработки concept=legal-basis
heading: правовые основания обработки персональных данных concept=legal-basis
heading: правовое основание concept=legal-basis
heading: законные основания concept=legal-basis
heading: основания обработки concept=legal-basis
heading: на каком основании мы обрабатываем данные concept=why-allowed
heading: правовые основания concept=legal-basis
# Added with the shared concept inventory (concepts.txt).
heading: почему мы вправе обрабатывать ваши данные concept=why-allowed
heading: на каком основании мы обрабатываем персональные данные concept=why-allowed
# "Правовое основание", "законный интерес", "на основании" stand in every subsection of a GDPR-style
# policy (a plug-in, a host, a form): in a text they weigh less than the practice described; the
# headings still name a legal-basis section.
body: правов* основани* weight=2 concept=legal-basis-term
body: законн* основани* weight=2 concept=legal-basis-term
body: основани* weight=1 concept=on-the-basis-of
body: законн* интерес* weight=2 concept=legitimate-interests
body: правомерн* интерес* weight=2 concept=legitimate-interests
body: исполнени* договор* weight=2 concept=performance-of-contract
body: заключени* договор* weight=1.5 concept=performance-of-contract
body: сторон* которого является weight=2.5 concept=performance-of-contract
body: юридическ* обязанност* weight=2 concept=legal-obligation
body: правов* обязанност* weight=2 concept=legal-obligation
body: жизненно важн* интерес* weight=2.5 concept=vital-interests
body: общественн* интерес* weight=1.5 concept=public-interest
body: правомерност* weight=1.5 concept=lawful
body: стать* 6 weight=1.5 concept=article-6
body: согласи* weight=1 concept=consent-as-basis
# Added with the shared concept inventory (concepts.txt).
body: обработк* необходим* weight=2.5 concept=processing-necessary
body: основн* прав* и свобод* weight=2.5 concept=balancing-test
body: на основании weight=1 concept=on-the-basis-of
body: правомерн* weight=1 concept=lawful
body: необходим* weight=0.5 concept=necessary
# Headings naming the basis of processing without "legal": "Basis for processing (personal data)".
heading: основание для обработки concept=legal-basis
heading: основания для обработки concept=legal-basis
# declined forms (stems) and question headings
heading: правов* основани* concept=legal-basis   # правовые основания, правового основания, правовое основание
heading: законн* основани* concept=legal-basis
heading: юридическ* основани* concept=legal-basis
heading: основани* обработк* concept=legal-basis
heading: основани* для обработк* concept=legal-basis
heading: на каком основании concept=why-allowed
heading: на каких основаниях concept=why-allowed
heading: почему мы можем обрабатывать concept=why-allowed
heading: вправе обрабатывать concept=why-allowed
heading: имеем право обрабатывать concept=why-allowed

[consent]
heading: согласие concept=your-consent
heading: ваше согласие concept=your-consent
heading: согласие на обработку персональных данных concept=your-consent
heading: отзыв согласия concept=withdrawal-of-consent
heading: согласие и его отзыв concept=withdrawal-of-consent
heading: согласие пользователя concept=your-consent
heading: порядок отзыва согласия concept=withdrawal-of-consent
# Added with the shared concept inventory (concepts.txt).
heading: как отозвать согласие concept=withdrawal-of-consent
# declined forms (stems)
heading: согласи* на обработк* concept=your-consent
heading: согласи* субъект* concept=your-consent
heading: согласи* пользовател* concept=your-consent
heading: отзыв* согласи* concept=withdrawal-of-consent   # отзыв согласия, отзыва согласия
heading: отозвать согласие concept=withdrawal-of-consent
heading: отозвать своё согласие concept=withdrawal-of-consent
heading: отозвать свое согласие concept=withdrawal-of-consent
body: согласи* weight=2 concept=you-consent
body: отзыв* согласи* weight=3 concept=withdraw
body: отозва* weight=3 concept=withdraw
body: до отзыв* weight=2 concept=without-affecting-lawfulness
body: соглаша* weight=1.5 concept=you-agree
body: выража* согласи* weight=2.5 concept=you-consent
body: дает* согласи* weight=2 concept=you-consent
body: даёт* согласи* weight=2 concept=you-consent
body: явн* согласи* weight=2 concept=explicit-consent
body: своей волей weight=2.5 concept=freely-given
body: добровольн* weight=1 concept=freely-given
body: конклюдентн* weight=2 concept=opt-in
body: акцепт* weight=2 concept=you-agree
body: отметк* weight=1 concept=opt-in
body: в любой момент weight=1 concept=at-any-time
# Added with the shared concept inventory (concepts.txt).
body: передума* weight=2 concept=change-your-mind
body: разрешени* weight=1.5 concept=permission
body: не влияет на законность weight=2.5 concept=without-affecting-lawfulness

[sharing]
heading: передача данных третьим лицам concept=third-parties
heading: передача информации третьим лицам concept=third-parties
heading: предоставление данных третьим лицам concept=third-parties
heading: раскрытие информации concept=disclosure-of-information
heading: раскрытие персональных данных concept=disclosure-of-information
heading: с кем мы делимся информацией concept=who-we-share-with
heading: получатели персональных данных concept=who-we-share-with
# Added with the shared concept inventory (concepts.txt).
heading: передача персональных данных concept=sharing-of-information
heading: передача данных concept=sharing-of-information
heading: передача информации concept=sharing-of-information
heading: передача и раскрытие информации concept=sharing-of-information
heading: как мы передаем ваши данные concept=how-we-share
heading: как мы делимся информацией concept=how-we-share
heading: кому мы передаем данные concept=who-we-share-with
heading: кому concept=who-we-share-with
heading: третьи лица concept=third-parties
heading: поставщики услуг concept=service-providers-heading
heading: подрядчики concept=service-providers-heading
heading: передача бизнеса concept=business-transfers
heading: реорганизация слияние и поглощение concept=business-transfers
heading: запросы государственных органов concept=legal-requests
heading: раскрытие по требованию закона concept=legal-requests
heading: продажа персональных данных concept=sale-of-information
heading: продаем ли мы ваши данные concept=sale-of-information
body: трет* лиц* weight=2 concept=third-parties-term
body: переда* weight=1.5 concept=share
body: раскры* weight=2 concept=disclose
body: делимся weight=2 concept=share
body: делиться weight=1.5 concept=share
body: получател* weight=2 concept=recipients
body: поставщик* услуг weight=2 concept=service-providers
body: подрядчик* weight=2 concept=service-providers
body: аффилированн* лиц* weight=2.5 concept=affiliates
body: дочерн* компани* weight=1.5 concept=affiliates
body: групп* компаний weight=1.5 concept=affiliates
body: поручени* weight=1.5 concept=on-our-behalf
body: государственн* орган* weight=1.5 concept=authorities
body: правоохранительн* орган* weight=2 concept=authorities
body: слияни* weight=2 concept=corporate-transaction
body: партнер* weight=1 concept=business-partners
body: продава* weight=1 concept=sell
body: не продаем weight=1.5 concept=sell
# Added with the shared concept inventory (concepts.txt).
body: реорганизаци* weight=2.5 concept=corporate-transaction
body: поглощени* weight=2.5 concept=corporate-transaction
body: судебн* запрос* weight=2.5 concept=legal-process
body: решени* суд* weight=2.5 concept=legal-process
body: от нашего имени weight=1.5 concept=on-our-behalf
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: передача персональных данных третьим лицам concept=transfer-to-third-parties
# declined forms (stems) and question headings
heading: передач* данн* третьим concept=transfer-to-third-parties
heading: передач* информаци* третьим concept=transfer-to-third-parties
heading: передач* персональн* данн* третьим concept=transfer-to-third-parties
heading: предоставлени* данн* третьим concept=third-parties
heading: предоставлени* информаци* третьим concept=third-parties
heading: третьим лицам concept=third-parties
heading: третьим сторонам concept=third-parties
heading: раскрыти* информаци* concept=disclosure-of-information
heading: раскрыти* данн* concept=disclosure-of-information
heading: раскрыти* персональн* данн* concept=disclosure-of-information
heading: получател* данн* concept=who-we-share-with
heading: получател* информаци* concept=who-we-share-with
heading: получател* персональн* данн* concept=who-we-share-with
heading: категори* получател* concept=who-we-share-with
heading: с кем мы делимся concept=who-we-share-with
heading: с кем мы можем поделиться concept=who-we-share-with
heading: кто имеет доступ concept=who-we-share-with
heading: совместн* использовани* concept=sharing-of-information
heading: поручени* обработк* concept=service-providers-heading   # 152-ФЗ: поручение обработки другому лицу
heading: обработк* по поручению concept=service-providers-heading
heading: поставщик* услуг concept=service-providers-heading
heading: обработчик* данн* concept=service-providers-heading
heading: продаж* данн* concept=sale-of-information
heading: продаж* персональн* данн* concept=sale-of-information
heading: продаём ли мы concept=sale-of-information
heading: продаем ли мы concept=sale-of-information
heading: по требованию закона concept=legal-requests
heading: запрос* государственн* орган* concept=legal-requests
heading: слияни* и поглощени* concept=business-transfers
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: хостинг concept=service-providers-heading
heading: хостинг-провайдер* concept=service-providers-heading
heading: сеть доставки контента concept=service-providers-heading
heading: обработчики concept=service-providers-heading
heading: мониторинг ошибок concept=service-providers-heading
body: хостинг* weight=2 concept=service-providers
body: хостинг-провайдер* weight=2.5 concept=service-providers
body: сеть доставки контента weight=3 concept=service-providers
body: сети доставки контента weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: облачн* платформ* weight=2 concept=service-providers
body: облачн* вычислени* weight=2 concept=service-providers
body: поставщик* облачн* weight=2.5 concept=service-providers
body: мониторинг* ошибок weight=2 concept=service-providers
body: договор* об обработке данных weight=2 concept=service-providers
body: соглашени* об обработке данных weight=2 concept=service-providers
body: по поручению оператора weight=2 concept=on-our-behalf
body: на серверах компании weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: платежи weight=2 concept=payments-purchases
heading: обработка платежей weight=3 concept=payments-purchases
heading: покупки в приложении weight=2 concept=payments-purchases
heading: подписки weight=2 concept=payments-purchases
heading: оплата weight=2 concept=payments-purchases

[cookies]
heading: файлы cookie concept=cookies
heading: использование файлов cookie concept=cookies
heading: файлы cookie и аналогичные технологии concept=tracking-technologies
heading: политика использования файлов cookie concept=cookies
heading: cookie-файлы concept=cookies
heading: технологии отслеживания concept=tracking-technologies
heading: веб-маяки и пиксели concept=web-beacons
# Added with the shared concept inventory (concepts.txt).
heading: пиксельные теги concept=web-beacons
heading: лог-файлы concept=log-files
heading: файлы журналов concept=log-files
heading: журналы сервера concept=log-files
heading: аналитика concept=analytics
heading: веб-аналитика concept=analytics
heading: аналитические сервисы concept=analytics
# declined forms (stems)
heading: файл* cookie concept=cookies   # файлы cookie, файлов cookie
heading: cookie-файл* concept=cookies
heading: файл* куки concept=cookies
heading: куки concept=cookies
heading: аналогичн* технологи* concept=tracking-technologies
heading: подобн* технологи* concept=tracking-technologies
heading: технологи* отслеживани* concept=tracking-technologies
heading: веб-маяк* concept=web-beacons
heading: пиксел* concept=web-beacons
heading: лог-файл* concept=log-files
heading: журнал* сервер* concept=log-files
heading: аналитическ* сервис* concept=analytics
heading: аналитическ* инструмент* concept=analytics
body: файл* cookie weight=3 concept=cookie
body: cookie weight=2 concept=cookie
body: куки weight=2.5 concept=cookie
body: веб-маяк* weight=3 concept=web-beacon
body: пиксел* weight=2 concept=web-beacon
body: пиксельн* тег* weight=2 concept=web-beacon
body: технологи* отслеживани* weight=2.5 concept=tracking-technology
body: аналогичн* технологи* weight=2 concept=tracking-technology
body: сеансов* weight=2 concept=cookie-lifetime
body: настройк* браузер* weight=1.5 concept=browser-settings
body: яндекс.метрик* weight=3 concept=analytics-term
body: метрик* weight=1.5 concept=analytics-term
body: google analytics weight=3 concept=analytics-term
body: лог-файл* weight=2 concept=log-file
body: локальн* хранилищ* weight=2 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
# Added with the shared concept inventory (concepts.txt).
body: текстов* файл* weight=2.5 concept=text-files
body: постоянн* файл* cookie weight=2 concept=cookie-lifetime
body: строго необходим* weight=2.5 concept=cookie-categories
body: функциональн* файл* weight=2.5 concept=cookie-categories
body: sdk weight=2 concept=sdk
body: цифров* отпечат* weight=2.5 concept=fingerprinting
body: браузер* weight=0.5 concept=browser
body: устройств* weight=0.5 concept=device

[advertising]
heading: реклама concept=advertising
heading: реклама и маркетинг concept=advertising
heading: маркетинговые коммуникации concept=marketing-communications
heading: рекламные рассылки concept=marketing-communications
heading: маркетинговые сообщения concept=marketing-communications
heading: персонализированная реклама concept=interest-based-advertising
heading: таргетированная реклама concept=interest-based-advertising
# Added with the shared concept inventory (concepts.txt).
heading: маркетинг concept=marketing
heading: прямой маркетинг concept=marketing
heading: реклама третьих лиц concept=third-party-advertising
heading: сторонняя реклама concept=third-party-advertising
heading: рекламные сети concept=third-party-advertising
heading: реклама на основе интересов concept=interest-based-advertising
# declined forms (stems)
heading: рекламн* рассылк* concept=marketing-communications
heading: рекламн* сообщени* concept=marketing-communications
heading: рекламн* материал* concept=marketing-communications
heading: маркетингов* рассылк* concept=marketing-communications
heading: маркетингов* сообщени* concept=marketing-communications
heading: маркетингов* материал* concept=marketing-communications
heading: маркетингов* коммуникаци* concept=marketing-communications
heading: информационн* рассылк* concept=marketing-communications
heading: новостн* рассылк* concept=marketing-communications
heading: персонализированн* реклам* concept=interest-based-advertising
heading: таргетированн* реклам* concept=interest-based-advertising
heading: поведенческ* реклам* concept=interest-based-advertising
heading: рекламн* сет* concept=third-party-advertising
heading: рекламн* партнер* concept=third-party-advertising
heading: рекламн* партнёр* concept=third-party-advertising
body: реклам* weight=2.5 concept=ads
body: рекламн* сет* weight=3 concept=ad-networks
body: маркетинг* weight=2 concept=marketing-purposes
body: рассылк* weight=2 concept=marketing-messages
body: таргетирован* weight=3 concept=interest-based
body: ретаргетинг* weight=3 concept=retargeting
body: персонализированн* реклам* weight=3 concept=interest-based
body: поведенческ* weight=2 concept=interest-based
body: основанн* на интерес* weight=2 concept=interest-based
body: промо* weight=1.5 concept=promotions
body: специальн* предложени* weight=2 concept=promotions
body: новостн* weight=1 concept=marketing-messages
body: push-уведомлени* weight=1.5 concept=marketing-messages
body: смс weight=1 concept=marketing-messages
body: sms weight=1 concept=marketing-messages
# Added with the shared concept inventory (concepts.txt).
body: рекламн* партнер* weight=3 concept=ad-networks
body: ремаркетинг* weight=3 concept=retargeting
body: маркетингов* цел* weight=2 concept=marketing-purposes
body: эффективност* реклам* weight=2 concept=ad-measurement
body: your online choices weight=3 concept=ad-industry-programs
body: интерес* weight=0.5 concept=interests

[do-not-track]
heading: функция do not track concept=do-not-track
heading: сигналы do not track concept=do-not-track
heading: запрет отслеживания concept=do-not-track
heading: сигналы не отслеживать concept=do-not-track
heading: глобальный контроль конфиденциальности concept=global-privacy-control
heading: сигналы global privacy control concept=global-privacy-control
# Added with the shared concept inventory (concepts.txt).
heading: сигналы предпочтений concept=preference-signals
heading: сигналы браузера concept=preference-signals
heading: сигналы отказа от отслеживания concept=preference-signals
# other forms
heading: не отслеживать concept=do-not-track
heading: do not track concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: сигнал* предпочтени* concept=preference-signals
heading: сигнал* браузер* concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: не отслеживать weight=3 concept=dnt-signal
body: запрет* отслеживани* weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: глобальн* контрол* конфиденциальност* weight=3 concept=gpc-signal
body: сигнал* weight=2 concept=opt-out-preference-signal
body: отраслев* стандарт* weight=2 concept=no-uniform-standard
body: стандарт* weight=1 concept=no-uniform-standard
body: не реагиру* weight=2 concept=do-not-respond
body: не отвеча* weight=1 concept=do-not-respond
body: отслеживани* weight=1 concept=cross-site-tracking
body: браузер* weight=1 concept=browser-dnt
body: предпочтени* weight=0.5 concept=opt-out-preference-signal
# Added with the shared concept inventory (concepts.txt).
body: единого стандарта weight=3 concept=no-uniform-standard
body: распознава* weight=1.5 concept=honor-signals
body: на сторонних сайтах weight=2.5 concept=cross-site-tracking
body: с течением времени weight=2.5 concept=cross-site-tracking

[choices]
heading: ваш выбор concept=your-choices
heading: ваши возможности выбора concept=your-choices
heading: варианты выбора concept=your-choices
heading: управление настройками concept=managing-preferences
heading: ваши настройки concept=managing-preferences
heading: отказ от рассылки concept=unsubscribing
heading: как отказаться concept=opting-out
# Added with the shared concept inventory (concepts.txt).
heading: отказ от получения concept=opting-out
heading: отказ от обработки concept=opting-out
heading: управление подписками concept=managing-preferences
heading: настройки уведомлений concept=managing-preferences
heading: отписка от рассылки concept=unsubscribing
heading: как отписаться concept=unsubscribing
# declined forms (stems)
heading: ваши возможности concept=your-choices
heading: возможност* выбора concept=your-choices
heading: управлени* данными concept=managing-preferences
heading: управлени* вашими данными concept=managing-preferences
heading: управлени* настройк* concept=managing-preferences
heading: управлени* подписк* concept=managing-preferences
heading: настройк* конфиденциальности concept=managing-preferences
heading: настройк* уведомлени* concept=managing-preferences
heading: отказ* от рассылк* concept=unsubscribing
heading: отписк* concept=unsubscribing
heading: отказ* от получени* concept=opting-out
heading: отказ* от маркетинг* concept=opting-out
body: отказ* weight=1.5 concept=opt-out
body: отказаться от получени* weight=3 concept=unsubscribe
body: отписа* weight=3 concept=unsubscribe
body: отписк* weight=3 concept=unsubscribe
body: выбор* weight=2 concept=choose-not-to
body: настройк* weight=1.5 concept=settings
body: управля* weight=1 concept=settings
body: по своему усмотрению weight=1 concept=choose-not-to
body: не предоставлять weight=2 concept=choose-not-to
body: отключ* weight=1.5 concept=disable
body: блокир* weight=1 concept=disable
body: личн* кабинет* weight=1.5 concept=settings
body: настройк* аккаунт* weight=1.5 concept=settings
body: параметр* конфиденциальност* weight=1.5 concept=settings
body: рекламн* рассылк* weight=1 concept=promotional-emails
# Added with the shared concept inventory (concepts.txt).
body: предпочтени* weight=1.5 concept=preferences
body: отклон* weight=2 concept=decline
body: служб* геолокаци* weight=2 concept=device-permissions
body: push-уведомлени* weight=2 concept=device-permissions
body: в нижней части weight=1.5 concept=unsubscribe-link
body: не сможете weight=1.5 concept=consequences-of-refusal
body: получа* weight=0.5 concept=receive

[rights]
heading: ваши права concept=your-rights
heading: права субъекта персональных данных concept=your-rights
heading: права субъектов данных concept=your-rights
heading: права пользователя concept=your-rights
heading: права пользователей concept=your-rights
heading: ваши права в отношении персональных данных concept=your-rights
heading: реализация прав concept=exercising-rights
heading: можете получить доступ concept=access-and-correction
# Added with the shared concept inventory (concepts.txt).
heading: как реализовать свои права concept=exercising-rights
heading: осуществление прав concept=exercising-rights
heading: как подать запрос concept=exercising-rights
heading: доступ и исправление concept=access-and-correction
heading: доступ к данным и их исправление concept=access-and-correction
heading: уполномоченные представители concept=authorized-agents
# declined forms (stems) and question headings
heading: прав* субъект* concept=your-rights   # права субъекта / субъектов персональных данных
heading: прав* пользовател* concept=your-rights
heading: ваших прав concept=your-rights
heading: какие права concept=your-rights
heading: какими правами concept=your-rights
heading: права и обязанности concept=your-rights
heading: реализаци* прав concept=exercising-rights
heading: реализаци* ваших прав concept=exercising-rights
heading: осуществлени* прав concept=exercising-rights
heading: как воспользоваться своими правами concept=exercising-rights
heading: доступ* к персональн* данн* concept=access-and-correction
heading: уточнени* персональн* данн* concept=access-and-correction   # 152-ФЗ: уточнение, блокирование, уничтожение
heading: исправлени* данн* concept=access-and-correction
heading: уполномоченн* представител* concept=authorized-agents
body: имеете право weight=2.5 concept=exercise-rights
body: права субъект* weight=2.5 concept=data-subject-rights
body: исправлени* weight=2 concept=rectification
body: уточнени* weight=2.5 concept=rectification
body: блокировани* weight=2 concept=restriction
body: переносимост* weight=3 concept=portability
body: возражени* weight=2.5 concept=right-to-object
body: возража* weight=2 concept=right-to-object
body: ограничени* обработк* weight=2.5 concept=restriction
body: обжалова* weight=2.5 concept=complaint-to-authority
body: жалоб* weight=2 concept=complaint-to-authority
body: надзорн* орган* weight=2.5 concept=complaint-to-authority
body: уполномоченн* орган* weight=2 concept=complaint-to-authority
body: роскомнадзор* weight=3 concept=complaint-to-authority
body: автоматизированн* решени* weight=2
body: удалени* weight=1.5 concept=erasure
body: получить доступ weight=1.5 concept=right-of-access
body: запрос* обновлени* weight=2 concept=rectification
body: уполномоченн* представител* weight=2 concept=authorized-agent
# Added with the shared concept inventory (concepts.txt).
body: право на доступ weight=3 concept=right-of-access
body: право на удаление weight=3 concept=erasure
body: право быть забытым weight=3 concept=erasure
body: осуществ* свои права weight=2 concept=exercise-rights
body: подтверд* личност* weight=2 concept=verify-identity
body: удостовер* личност* weight=2 concept=verify-identity
body: дискриминаци* weight=1.5 concept=non-discrimination
body: копи* данн* weight=1 concept=copy-of-data
body: доступ* weight=1.5 concept=access
body: запрос* weight=0.3 concept=request
# 152-ФЗ: "Ответы на обращения (запросы) субъектов", "Актуализация, исправление ... персональных данных".
heading: ответ* на обращени* concept=exercising-rights
heading: ответ* на запрос* concept=exercising-rights
heading: обращени* субъект* concept=exercising-rights
heading: запрос* субъект* concept=exercising-rights
heading: актуализаци* concept=access-and-correction
heading: обязанност* оператор* concept=your-rights
heading: доступ к моим данным concept=access-and-correction
heading: исправить мои данные concept=access-and-correction
heading: изменить мои данные concept=access-and-correction
heading: удалить мои данные concept=access-and-correction
heading: какие у меня права concept=your-rights
heading: мои права concept=your-rights
# A single right as the heading: "Право ограничить обработку", "возразить против обработки".
body: ограничить обработку weight=2.5 concept=restriction
body: возразить против weight=2.5 concept=right-to-object

[retention]
heading: хранение данных concept=data-retention
heading: хранение информации concept=data-retention
heading: сроки хранения concept=retention-period
heading: срок хранения персональных данных concept=retention-period
heading: как долго мы храним данные concept=how-long-we-keep
heading: хранение и удаление данных concept=retention-and-deletion
heading: сроки обработки и хранения concept=retention-period
# Added with the shared concept inventory (concepts.txt).
heading: как долго мы храним персональные данные concept=how-long-we-keep
heading: место и сроки хранения concept=storage-and-retention
heading: порядок хранения данных concept=storage-and-retention
heading: хранение и уничтожение персональных данных concept=retention-and-deletion
# declined forms (stems) and question headings
heading: срок* хранени* concept=retention-period   # срок, сроки, сроков хранения
heading: срок* обработк* concept=retention-period
heading: хранени* данн* concept=data-retention
heading: хранени* информаци* concept=data-retention
heading: хранени* персональн* данн* concept=data-retention
heading: как долго мы храним concept=how-long-we-keep
heading: как долго хранятся concept=how-long-we-keep
heading: как долго мы сохраняем concept=how-long-we-keep
heading: сколько времени мы храним concept=how-long-we-keep
heading: хранени* и удалени* concept=retention-and-deletion
heading: хранени* и уничтожени* concept=retention-and-deletion
heading: уничтожени* персональн* данн* concept=retention-and-deletion
heading: уничтожени* данн* concept=retention-and-deletion
heading: прекращени* обработк* concept=retention-and-deletion   # 152-ФЗ: условия прекращения обработки
heading: как мы храним concept=storage-and-retention
heading: как хранятся concept=storage-and-retention
# Forms of хранить, not хран* or храни*: хранилище (a store, a repository) is no retention.
body: храним* weight=1.5 concept=retain
body: хранит* weight=1.5 concept=retain
body: храня* weight=1.5 concept=retain
body: хранени* weight=1.5 concept=retain
body: срок* хранени* weight=3 concept=retain
body: срок* weight=1.5 concept=retention-criteria
body: до тех пор weight=1 concept=as-long-as-necessary
body: не дольше weight=2.5 concept=as-long-as-necessary
body: достижени* цел* weight=2.5 concept=no-longer-needed
body: уничтож* weight=2 concept=destroy
body: удаля* weight=1.5 concept=destroy
body: обезличива* weight=1.5 concept=anonymise
body: истечени* weight=2 concept=retention-criteria
body: прекращени* weight=1
body: архив* weight=1 concept=archive
body: резервн* коп* weight=1.5 concept=archive
body: период* weight=1 concept=retention-criteria
body: сохраня* weight=1.5 concept=keep
# Added with the shared concept inventory (concepts.txt).
body: в течение срока необходимого weight=3 concept=as-long-as-necessary
body: утрат* необходимост* weight=2.5 concept=no-longer-needed
body: срок* исковой давности weight=2.5 concept=legal-retention-requirements
body: налогов* законодательств* weight=2.5 concept=legal-retention-requirements
body: бухгалтерск* учет* weight=2.5 concept=legal-retention-requirements
body: неактивн* weight=2 concept=inactive-accounts
body: лет weight=0.5 concept=years

[security]
heading: безопасность concept=data-security
heading: безопасность данных concept=data-security
heading: защита информации concept=data-security
heading: защита персональных данных concept=data-security
heading: меры безопасности concept=security-measures
heading: как мы защищаем ваши данные concept=how-we-protect
heading: обеспечение безопасности персональных данных concept=data-security
# Added with the shared concept inventory (concepts.txt).
heading: защита ваших данных concept=how-we-protect
heading: как мы защищаем информацию concept=how-we-protect
heading: меры по защите персональных данных concept=security-measures
# declined forms (stems) and question headings
heading: безопасност* данн* concept=data-security
heading: безопасност* информаци* concept=data-security
heading: безопасност* персональн* данн* concept=data-security
heading: обеспечени* безопасност* concept=data-security
heading: защит* данн* concept=data-security
heading: защит* информаци* concept=data-security
heading: защит* персональн* данн* concept=data-security
heading: защит* ваших данн* concept=how-we-protect
heading: мер* безопасност* concept=security-measures
heading: мер* защит* concept=security-measures
heading: мер* по защит* concept=security-measures
heading: мер* по обеспечению безопасност* concept=security-measures
heading: как мы защищаем concept=how-we-protect
heading: как мы обеспечиваем безопасност* concept=how-we-protect
heading: как мы обеспечиваем защит* concept=how-we-protect
body: безопасност* weight=2 concept=secure
body: шифрова* weight=3 concept=encryption
body: зашифрова* weight=3 concept=encryption
body: ssl weight=2 concept=encryption
body: tls weight=2 concept=encryption
body: несанкционированн* доступ* weight=3 concept=unauthorized-access
body: неправомерн* доступ* weight=3 concept=unauthorized-access
body: случайн* доступ* weight=2 concept=unauthorized-access
body: техническ* мер* weight=2 concept=technical-organisational-measures
body: организационн* мер* weight=2 concept=technical-organisational-measures
body: утечк* weight=2.5 concept=breach
body: инцидент* weight=2 concept=breach
body: межсетев* экран* weight=2 concept=technical-controls
body: антивирус* weight=2 concept=technical-controls
body: абсолютн* безопасност* weight=2 concept=no-guarantee
body: защит* weight=1 concept=protect
body: защища* weight=1.5 concept=protect
# Added with the shared concept inventory (concepts.txt).
body: мер* защит* weight=2.5 concept=safeguards
body: утрат* weight=2.5 concept=loss-misuse-alteration
body: физическ* weight=1.5 concept=physical-safeguards
# Not the bare конфиденциальность: it is also "privacy" (политика конфиденциальности).
body: обеспечени* конфиденциальност* weight=2 concept=confidentiality
body: соблюдени* конфиденциальност* weight=2 concept=confidentiality
body: конфиденциальн* информаци* weight=1.5 concept=confidentiality
body: отраслев* стандарт* weight=2 concept=industry-standard
body: не можем гарантировать weight=2.5 concept=no-guarantee
body: парол* weight=2.5 concept=technical-controls
body: обеспеч* weight=0.5 concept=ensure
# Personal-data breaches and their notification: a security topic.
heading: утечка данных concept=data-security
heading: утечки данных concept=data-security
heading: нарушение безопасности персональных данных concept=data-security
heading: инциденты безопасности concept=data-security
heading: уведомление об утечке concept=data-security
body: утечк* данных weight=3 concept=breach
# 152-ФЗ: "Конфиденциальность персональных данных" (the duty not to disclose them).
heading: конфиденциальност* персональн* данн* concept=data-security
# A bare "Конфиденциальность" heading inside a policy is the duty to keep data confidential
# (as en "Confidentiality"), not the policy's title ("Политика конфиденциальности" stays intro).
heading: конфиденциальность concept=data-security
heading: шифровани* concept=data-security
body: сохраняется ее конфиденциальность weight=2 concept=confidentiality
body: сохраняется их конфиденциальность weight=2 concept=confidentiality

[children]
heading: использование сервиса детьми concept=minors
heading: конфиденциальность детей concept=childrens-privacy
heading: персональные данные детей concept=childrens-privacy
heading: информация о детях concept=childrens-privacy
heading: несовершеннолетние concept=minors
heading: защита детей concept=childrens-privacy
heading: лица младше 18 лет concept=age-limits
# Added with the shared concept inventory (concepts.txt).
heading: возрастные ограничения concept=age-limits
heading: лица младше 14 лет concept=age-limits
heading: дети concept=childrens-privacy
# declined forms; no bare "дет*" (детали, детальный)
heading: детей concept=childrens-privacy
heading: детьми concept=minors
heading: дети младше concept=age-limits
heading: дети до concept=age-limits
heading: несовершеннолетн* concept=minors
heading: возрастн* ограничени* concept=age-limits
heading: лиц* младше concept=age-limits
heading: лиц* моложе concept=age-limits
heading: лиц* не достигш* concept=age-limits
body: детей weight=3 concept=children
body: дети weight=3 concept=children
body: детск* weight=2 concept=children
body: ребен* weight=3 concept=children
body: ребён* weight=3 concept=children
body: несовершеннолетн* weight=3 concept=minors-teens
body: младше weight=2.5 concept=age-threshold
body: моложе weight=2.5 concept=age-threshold
body: не достигш* weight=2.5 concept=age-threshold
body: возраст* weight=1.5 concept=age
body: родител* weight=2.5 concept=parents-guardians
body: законн* представител* weight=2.5 concept=parents-guardians
body: опекун* weight=2.5 concept=parents-guardians
body: согласи* родител* weight=3 concept=parental-consent
body: coppa weight=3 concept=coppa
# Added with the shared concept inventory (concepts.txt).
body: сознательно weight=2 concept=knowingly-collect
body: намеренно weight=2 concept=knowingly-collect
body: не предназначен* weight=2 concept=not-directed-to-children
body: если нам станет известно weight=2 concept=if-we-learn

[international]
heading: трансграничная передача данных concept=international-transfers
heading: трансграничная передача персональных данных concept=international-transfers
heading: международная передача данных concept=international-transfers
heading: передача данных за рубеж concept=international-transfers
heading: место хранения данных concept=where-we-store
heading: где хранятся ваши данные concept=where-we-store
heading: хранение данных за пределами concept=where-we-store
# Added with the shared concept inventory (concepts.txt).
# A bare "Передача данных" heading is disclosure to others (see [sharing]); a transfer
# abroad names the countries.
heading: передача данных в другие страны concept=data-transfers
heading: передача данных в третьи страны concept=data-transfers
heading: передача информации в другие страны concept=data-transfers
heading: где мы храним данные concept=where-we-store
# declined forms (stems) and question headings
heading: трансграничн* передач* concept=international-transfers
heading: международн* передач* concept=international-transfers
heading: передач* данн* за рубеж concept=international-transfers
heading: передач* данн* за границ* concept=international-transfers
heading: передач* за пределы concept=international-transfers
heading: передач* в друг* стран* concept=data-transfers
heading: передач* в трет* стран* concept=data-transfers
heading: передач* данн* в иностранн* concept=data-transfers
heading: где хранятся concept=where-we-store
heading: где мы храним concept=where-we-store
heading: мест* хранени* concept=where-we-store
heading: мест* обработк* concept=where-we-store
heading: локализаци* concept=where-we-store
body: трансграничн* weight=3 concept=cross-border
body: международн* передач* weight=3 concept=cross-border
body: за пределы weight=2 concept=other-countries
body: за пределами weight=2 concept=other-countries
body: за рубеж* weight=2.5 concept=other-countries
body: иностранн* государств* weight=2.5 concept=other-countries
body: другие страны weight=2 concept=other-countries
body: странах weight=1.5 concept=other-countries
body: адекватн* weight=2 concept=adequacy
# One sentence on transfers to the USA (standard clauses, adequacy) in a subsection on a social
# network or a cloud service must not outweigh its practice: lighter transfer terms.
body: стандартн* договорн* weight=2 concept=transfer-safeguards
body: типов* договорн* weight=2 concept=transfer-safeguards
body: локализаци* weight=2.5 concept=server-location
body: территори* российской федерации weight=2.5 concept=server-location
body: европейск* экономическ* зон* weight=2 concept=eea
body: центр* обработк* данн* weight=2 concept=server-location
# Added with the shared concept inventory (concepts.txt).
body: передач* weight=1 concept=transfer
body: сша weight=1 concept=united-states
body: соединенн* штат* weight=1 concept=united-states
body: privacy shield weight=2 concept=privacy-frameworks
body: data privacy framework weight=2.5 concept=privacy-frameworks
body: обязательн* корпоративн* правил* weight=3 concept=transfer-safeguards
body: менее строг* weight=2 concept=less-protective
body: юрисдикци* weight=2 concept=jurisdictions
body: по всему миру weight=1.5 concept=around-the-world
body: сервер* расположен* weight=2.5 concept=server-location

[regional]
heading: для жителей калифорнии concept=california
heading: жители калифорнии concept=california
heading: информация для жителей ес concept=eea-gdpr-notice
heading: дополнительная информация для пользователей из ес concept=eea-gdpr-notice
heading: пользователи из европейского союза concept=eea-gdpr-notice
heading: региональные положения concept=jurisdiction-specific
heading: уведомление для отдельных юрисдикций concept=jurisdiction-specific
# Added with the shared concept inventory (concepts.txt).
heading: права жителей штатов сша concept=us-state-rights
heading: жители невады concept=us-state-rights
heading: права на конфиденциальность в калифорнии concept=california
heading: соответствие gdpr concept=eea-gdpr-notice
# declined forms (stems)
heading: жител* калифорни* concept=california
heading: жител* европейск* concept=eea-gdpr-notice
heading: жител* ес concept=eea-gdpr-notice
heading: жител* еэз concept=eea-gdpr-notice
heading: пользовател* из европейск* concept=eea-gdpr-notice
heading: пользовател* из ес concept=eea-gdpr-notice
heading: жител* невад* concept=us-state-rights
heading: жител* штат* concept=us-state-rights
heading: отдельн* юрисдикци* concept=jurisdiction-specific
heading: для жителей concept=jurisdiction-specific
body: калифорни* weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: gdpr weight=2 concept=eu-gdpr
body: оргпд weight=2 concept=eu-gdpr
body: европейск* союз* weight=2 concept=eu-gdpr
body: еэз weight=2 concept=eu-gdpr
body: жител* weight=2 concept=residents
body: резидент* weight=2 concept=residents
body: юрисдикци* weight=2
body: бразили* weight=1.5 concept=brazil-lgpd
body: lgpd weight=2 concept=brazil-lgpd
body: великобритани* weight=1.5
body: местн* законодательств* weight=1.5
body: продаж* персональн* информаци* weight=1.5 concept=do-not-sell
# Added with the shared concept inventory (concepts.txt).
body: невад* weight=3 concept=us-states
body: вирджини* weight=3 concept=us-states
body: колорадо weight=3 concept=us-states
body: коннектикут* weight=3 concept=us-states
body: потребител* weight=1.5 concept=consumers
body: не продавать weight=3 concept=do-not-sell
body: межконтекстн* weight=3 concept=cross-context-advertising
body: финансов* стимул* weight=3 concept=financial-incentives
body: предшествующ* 12 месяц* weight=3 concept=preceding-12-months
body: канад* weight=2.5 concept=canada-pipeda
body: pipeda weight=2.5 concept=canada-pipeda
body: штат* weight=0.5 concept=state
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
heading: региональные приложения concept=jurisdiction-specific
heading: региональное приложение concept=jurisdiction-specific
heading: дополнительное уведомление для жителей concept=jurisdiction-specific
heading: законы сша о конфиденциальности concept=us-state-rights
heading: япония weight=1 concept=jurisdiction-specific
heading: республика корея weight=1 concept=jurisdiction-specific
heading: южная корея weight=1 concept=jurisdiction-specific
heading: бразилия weight=1 concept=jurisdiction-specific
heading: великобритания weight=1 concept=jurisdiction-specific

[third-party-sites]
heading: сторонние сайты concept=third-party-websites
heading: ссылки на сторонние сайты concept=links-to-other-sites
heading: ссылки на другие сайты concept=links-to-other-sites
heading: сайты третьих лиц weight=2 concept=third-party-websites
heading: сторонние сервисы concept=third-party-services
heading: сторонние веб-сайты concept=third-party-websites
heading: сервисы третьих лиц weight=2 concept=third-party-services
# Added with the shared concept inventory (concepts.txt).
heading: внешние ссылки concept=links-to-other-sites
heading: плагины социальных сетей concept=social-media-plugins
heading: социальные сети concept=social-media-plugins
heading: политики конфиденциальности третьих лиц concept=third-party-privacy-policies
heading: политика конфиденциальности третьих лиц concept=third-party-privacy-policies
body: сторонн* сайт* weight=3 concept=other-sites
body: сторонн* веб-сайт* weight=3 concept=other-sites
body: гиперссылк* weight=2.5 concept=links
body: одобря* weight=2 concept=not-responsible
body: сторонн* сервис* weight=2.5 concept=third-party-applications
body: сторонн* ресурс* weight=2.5 concept=other-sites
body: сайт* третьих лиц weight=2.5 concept=other-sites
body: ссылк* weight=1.5 concept=links
body: переход* weight=1.5 concept=leave-our-site
body: внешн* weight=1 concept=other-sites
body: не несем ответственност* weight=2.5 concept=not-responsible
body: не несём ответственност* weight=2.5 concept=not-responsible
body: не контролир* weight=2.5 concept=not-responsible
body: собственн* политик* weight=2 concept=their-privacy-policies
body: не распространяется weight=2.5 concept=not-responsible
body: социальн* сет* weight=1.5 concept=plugins
body: плагин* weight=2 concept=plugins
body: виджет* weight=2 concept=plugins
# Added with the shared concept inventory (concepts.txt).
body: рекомендуем ознакомиться weight=2.5 concept=encourage-review
body: сторонн* приложени* weight=2 concept=third-party-applications
body: контент* weight=0.5 concept=content
body: ознаком* weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: социальных сетях concept=social-media-presence
heading: социальные медиа concept=social-media-presence
heading: страницы в социальных сетях concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: собираемые третьими лицами concept=third-party-data-collection
heading: собираемая третьими сторонами concept=third-party-data-collection
heading: сбор данных третьими лицами concept=third-party-data-collection
# declined forms (stems)
heading: сторонн* сайт* concept=third-party-websites
heading: сторонн* веб-сайт* concept=third-party-websites
heading: сторонн* ресурс* concept=third-party-websites
heading: сайт* третьих лиц concept=third-party-websites
heading: ресурс* третьих лиц concept=third-party-websites
heading: ссылк* на сторонн* concept=links-to-other-sites
heading: ссылк* на друг* concept=links-to-other-sites
heading: ссылк* на сайт* concept=links-to-other-sites
heading: внешн* ссылк* concept=links-to-other-sites
heading: плагин* социальн* concept=social-media-plugins
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: встроенн* контент* concept=third-party-services
heading: встраиваем* контент* concept=third-party-services
heading: контент третьих лиц concept=third-party-services
heading: сторонн* контент* concept=third-party-services
heading: встроенн* видео concept=third-party-services
heading: плагины concept=social-media-plugins
body: встроен* weight=2.5 concept=plugins
body: встраива* weight=2.5 concept=plugins
body: встраивани* weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: контент* третьих лиц weight=3 concept=other-sites
body: сторонн* контент* weight=3 concept=other-sites
body: содержимо* сторонн* weight=3 concept=other-sites
body: видеохостинг* weight=2.5 concept=plugins
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: режим* повышенн* конфиденциальност* weight=2.5 concept=plugins
body: вошли в сво* аккаунт* weight=1.5 concept=plugins
body: вошли в сво* учетн* запис* weight=1.5 concept=plugins
body: вошли в сво* учётн* запис* weight=1.5 concept=plugins
# Outside tools named in a heading ("Использование механизмов перевода и сторонних библиотек").
heading: сторонн* библиотек* concept=third-party-services
heading: сторонн* инструмент* concept=third-party-services
heading: сторонн* программ* concept=third-party-services
heading: механизм* перевода concept=third-party-services
heading: сторонние службы concept=third-party-services
heading: внешние сервисы concept=third-party-services
heading: сторонние sdk concept=third-party-services
heading: облачная синхронизация concept=third-party-services
heading: синхронизация с облаком concept=third-party-services
heading: резервное копирование в icloud concept=third-party-services
heading: резервная копия icloud concept=third-party-services
heading: синхронизация и резервное копирование concept=third-party-services
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: сетевые подключения weight=2 concept=network-connections
heading: сетевые соединения weight=2 concept=network-connections
heading: сетевые запросы weight=2 concept=network-connections
heading: внешние подключения weight=2 concept=network-connections
heading: покида* ваше устройство weight=2 concept=network-connections
heading: покида* устройство weight=2 concept=network-connections
heading: отправля* за пределы устройства weight=2 concept=network-connections
heading: уход* в интернет weight=2 concept=network-connections
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
heading: изменения политики concept=changes-to-policy
heading: изменения в политике конфиденциальности concept=changes-to-policy
heading: изменения настоящей политики concept=changes-to-policy
heading: внесение изменений concept=amendments
heading: обновления политики concept=policy-updates
heading: изменения и обновления concept=policy-updates
heading: заключительные положения concept=entry-into-force
# Added with the shared concept inventory (concepts.txt).
heading: уведомление об изменениях concept=notification-of-changes
heading: изменения и дополнения concept=amendments
heading: обновления настоящей политики concept=policy-updates
heading: вступление в силу concept=entry-into-force
heading: дата вступления в силу concept=entry-into-force
# declined forms (stems)
heading: изменени* политик* concept=changes-to-policy
heading: изменени* настоящ* политик* concept=changes-to-policy
heading: изменени* в политик* concept=changes-to-policy
heading: изменени* в настоящ* concept=changes-to-policy
heading: изменени* условий политик* concept=changes-to-policy
heading: обновлени* политик* concept=policy-updates
heading: обновлени* настоящ* политик* concept=policy-updates
heading: внесени* изменени* concept=amendments
heading: изменени* и дополнени* concept=amendments
heading: изменения concept=amendments
heading: уведомлени* об изменени* concept=notification-of-changes
heading: вступлени* в силу concept=entry-into-force
heading: заключительн* положени* concept=entry-into-force
body: изменени* weight=1.5 concept=change-update
body: внесени* изменени* weight=3 concept=change-update
body: вносить изменения weight=3 concept=change-update
body: обновля* weight=2 concept=change-update
body: обновлени* weight=1.5 concept=change-update
body: нов* редакци* weight=3 concept=latest-version
body: редакци* weight=2 concept=version
body: действующ* редакци* weight=2 concept=latest-version
body: последн* обновлени* weight=3 concept=effective-date
body: вступа* в силу weight=3 concept=effective-immediately
body: с момента weight=1.5 concept=effective-immediately
body: размещени* weight=1.5 concept=posting
body: в одностороннем порядке weight=2.5 concept=reserve-the-right
body: продолжени* использовани* weight=2 concept=continued-use
body: актуальн* верси* weight=2.5 concept=latest-version
body: нов* верси* weight=2.5 concept=latest-version
body: обнови* weight=2 concept=change-update
body: опубликова* weight=1 concept=posting
body: публику* weight=1 concept=posting
# Added with the shared concept inventory (concepts.txt).
body: время от времени weight=2.5 concept=from-time-to-time
body: периодически weight=2.5 concept=from-time-to-time
body: существенн* изменени* weight=3 concept=material-changes
body: регулярно проверя* weight=2.5 concept=check-back
body: оставля* за собой право weight=2 concept=reserve-the-right
body: уведом* weight=1.5 concept=notify-you
body: дата вступления в силу weight=3 concept=effective-date
# Where a changed policy is posted: "(we will post the new policy) on this page".
body: на этой странице weight=1 concept=posting

[contact]
heading: контакты concept=contact-us
heading: контактная информация concept=contact-information
heading: контактные данные concept=contact-information
heading: свяжитесь с нами concept=contact-us
heading: как с нами связаться concept=how-to-contact
heading: обратная связь concept=contact-us
heading: реквизиты concept=contact-information
# Added with the shared concept inventory (concepts.txt).
heading: вопросы concept=questions
heading: вопросы и предложения concept=questions
heading: ответственный за обработку персональных данных concept=data-protection-officer
heading: ответственный за организацию обработки персональных данных concept=data-protection-officer
heading: инспектор по защите данных concept=data-protection-officer
# declined forms (stems) and question headings
heading: контактн* информаци* concept=contact-information
heading: контактн* данн* concept=contact-information
heading: как связаться concept=how-to-contact
heading: связь с нами concept=contact-us
heading: обратн* связ* concept=contact-us
heading: вопрос* и предложени* concept=questions
heading: вопрос* и обращени* concept=questions
heading: ответственн* за организаци* обработк* concept=data-protection-officer
heading: лиц* ответственн* concept=data-protection-officer
heading: инспектор* по защите concept=data-protection-officer
heading: сотрудник* по защите данн* concept=data-protection-officer
heading: уполномоченн* по защите concept=data-protection-officer
body: свяжит* weight=3 concept=please-contact
body: связаться weight=2.5 concept=please-contact
body: напиш* weight=2 concept=please-contact
body: контакт* weight=2 concept=please-contact
body: обращени* weight=1.5 concept=questions-comments
body: вопрос* weight=1.5 concept=questions-comments
body: электронн* почт* weight=1 concept=by-email
body: почтов* адрес* weight=2 concept=postal-address
body: юридическ* адрес* weight=2.5 concept=postal-address
body: реквизит* weight=2.5
body: инн weight=2
body: огрн weight=2.5
body: ответственн* за организаци* обработк* weight=3 concept=dpo
body: по защите данных weight=2 concept=dpo
body: служб* поддержк* weight=2 concept=customer-service
# Added with the shared concept inventory (concepts.txt).
body: телефон* weight=1.5 concept=telephone
body: адрес* weight=0.3 concept=address
heading: выходные данные concept=contact-information
heading: сведения об операторе concept=contact-information
heading: информация об операторе concept=contact-information
# The operator's identity and address (the controller, ст. 18.1 152-ФЗ, art. 13 GDPR).
heading: оператор concept=contact-information
heading: оператор персональных данных concept=contact-information
heading: контролер данных concept=contact-information
heading: контролёр данных concept=contact-information
heading: контролер concept=contact-information
heading: контролёр concept=contact-information
# Infinitive "Связаться с нами" (Contact us).
heading: связаться с нами concept=contact-us
heading: к кому обращаться concept=how-to-contact
heading: к кому обратиться concept=how-to-contact
heading: куда обращаться concept=how-to-contact
heading: с кем связаться concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no entry
# overlapping it counts.
# A software update is not a change to the policy.
проверк* обновлений
провер* наличие обновлений
обновлени* приложения
обновлени* программного обеспечения
обновлени* программы
автоматическ* обновлени*
# The version of an app is not the version of the policy.
верси* приложения
верси* программы
# "Разрешение" of disputes is resolving them, not a permission.
разрешени* споров
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
