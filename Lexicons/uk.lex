# Ukrainian lexicon
# Wording follows localized Ukrainian policies (Google, Prom.ua, Rozetka) and the terms of
# the Law of Ukraine "On Personal Data Protection" (володілець, розпорядник, суб'єкт ...).
@language uk
@name Ukrainian
@fold-accents no     # й, ї, є, ґ are letters of their own
# Apostrophe: Ukrainian text writes ' (U+0027), ’ (U+2019) or ʼ (U+02BC) inside words such
# as п'ять, зв'язатися. Matching treats ' ’ ʼ as one apostrophe, so each entry is written once.

[profile]
# Function words first. weight=3: Ukrainian, not Russian or Bulgarian.
# ви, ми, може, ще are also frequent Bulgarian words, для and ваших also Russian: weight 1.
і weight=3
й weight=2
та weight=3
в
у
на
з weight=2
із weight=3
зі weight=3
не
до
за
по
про weight=2
при
від weight=3
для
без
між weight=3
після weight=3
під weight=3
через
що weight=3
як weight=3
або weight=3
чи weight=3
але weight=3
якщо weight=3
коли weight=3
щоб weight=3
щодо weight=3
також weight=3
лише weight=3
тільки weight=3
вже weight=3
ще
тому
зокрема weight=3
наприклад weight=3
відповідно weight=3
згідно weight=3
протягом weight=3
стосовно weight=3
разі weight=3
випадку weight=3
числі weight=3
це weight=3
ці weight=3
цей weight=3
цієї weight=3
цього weight=3
цих weight=3
цій weight=3
які weight=3
який weight=3
яка weight=3
яке weight=3
яких weight=3
якими weight=3
ви
вас
вам
вами
ваш
ваші weight=3
вашої weight=3
вашого weight=3
ваших
вашу
ми
нас
нам
наш
наші weight=3
нашої weight=3
нашого weight=3
наших
вони weight=3
його weight=3
її weight=3
їх weight=3
їхні weight=3
їхніх weight=3
свої weight=3
своїх weight=3
своєї weight=3
всі weight=3
усі weight=3
всіх weight=3
будь weight=3
інші weight=3
інших weight=3
іншим weight=3
є weight=3
має weight=3
мають weight=3
маєте weight=3
може
можемо weight=3
можете
можуть weight=3
бути weight=3
буде weight=3
будуть weight=3
були weight=3
метою weight=3
мети weight=3
дані weight=3
даних weight=3
даними weight=3
персональні weight=3
персональних weight=3
інформація weight=3
інформації weight=3
інформацію weight=3
обробка weight=3
обробки weight=3
обробку weight=3
згода weight=3
згоди weight=3
згоду weight=3
політики weight=3
конфіденційності weight=3
користувач weight=3
користувача weight=3
користувачів weight=3
сайту weight=2
сайті weight=3
послуги weight=3
послуг weight=3
сервісу weight=2
особам weight=3
третім weight=3
третіх weight=3
законодавства weight=3
законодавством weight=3
україни weight=3
захисту weight=3
безпеки weight=3
зберігання weight=3
термін weight=3
використання weight=3
використовуємо weight=3
обробляємо weight=3
збираємо weight=3
отримуємо weight=3
надаємо weight=3
файли weight=3
електронної weight=3
пошти weight=3
пристрою weight=3
компанії weight=3
володілець weight=3
розпорядник weight=3

[units]
year: рік, роки, років, року, році
month: місяць, місяці, місяців, місяця
week: тиждень, тижні, тижнів, тижня
day: день, дні, днів, дня, доба, доби, діб
hour: година, години, годин, годину
minute: хвилина, хвилини, хвилин, хвилину
business-day: робочий день, робочих дні, робочих днів

[numbers]
# Whole words (number words are looked up word by word, not by stem): the nominative
# and the oblique form used after prepositions (протягом тридцяти днів).
1: один, одна, одне, одного, однієї, одну
2: два, дві, двох
3: три, трьох
4: чотири, чотирьох
5: п'ять, п’ять, пʼять, п'яти, п’яти, пʼяти
6: шість, шести
7: сім, семи
8: вісім, восьми
9: дев'ять, дев’ять, девʼять, дев'яти, дев’яти, девʼяти
10: десять, десяти
11: одинадцять, одинадцяти
12: дванадцять, дванадцяти
13: тринадцять, тринадцяти
15: п'ятнадцять, п’ятнадцять, пʼятнадцять, п'ятнадцяти, п’ятнадцяти, пʼятнадцяти
16: шістнадцять, шістнадцяти
18: вісімнадцять, вісімнадцяти
20: двадцять, двадцяти
24: двадцять чотири, двадцяти чотирьох
30: тридцять, тридцяти
60: шістдесят, шістдесяти
90: дев'яносто, дев’яносто, девʼяносто
100: сто, ста

[references]
gdpr: загальний регламент про захист даних, загального регламенту про захист даних, загальний регламент захисту даних, gdpr, зрзд
ccpa: ccpa, закон каліфорнії про захист прав споживачів на конфіденційність, закон каліфорнії про конфіденційність споживачів
cpra: cpra, закон каліфорнії про права на конфіденційність
coppa: coppa, закон про захист конфіденційності дітей в інтернеті
lgpd: lgpd, загальний закон бразилії про захист даних, lei geral de proteção de dados
# Law of Ukraine No. 2297-VI "On Personal Data Protection". The id must match the English
# lexicon's id for the same law.
ua-2297-vi: закон україни про захист персональних даних, закону україни про захист персональних даних, 2297-vi

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
умови використання
умови користування
угода користувача
умови надання послуг
застосовне право
застосовне законодавство
застосовне право та юрисдикція
застосовне право і юрисдикція
юрисдикція
підсудність
подільність
подільність положень
повнота угоди
відмова від прав
форс-мажор
обставини непереборної сили
непереборна сила
відмова від відповідальності
обмеження відповідальності
переклади
переклад
інші переклади
мовні версії
англійська версія має переважну силу
українська версія має переважну силу
ліцензія
авторські права
авторське право
copyright
подяки
зміст
розділи
інтелектуальна власність
авторські права та інтелектуальна власність
торговельні марки

[intro]
heading: вступ concept=introduction
heading: загальні положення concept=introduction
heading: про цю політику concept=about-this-policy
heading: політика конфіденційності weight=1 concept=privacy-policy-title
heading: хто ми concept=who-we-are
heading: сфера застосування concept=scope
heading: про нас weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
# The controller named as a question: "Who is responsible for the processing of (your) data?"
heading: хто відповідає за обробку concept=who-we-are
heading: хто є володільцем concept=who-we-are
heading: хто є контролером concept=who-we-are
# Added with the shared concept inventory (concepts.txt).
heading: короткий огляд concept=summary
heading: огляд concept=summary
heading: коротко про головне concept=summary
heading: про це повідомлення concept=about-this-policy
heading: про політику конфіденційності concept=about-this-policy
heading: сфера дії concept=scope
heading: сфера застосування політики concept=scope
heading: наші зобов'язання щодо конфіденційності concept=commitment-to-privacy
heading: наше ставлення до конфіденційності concept=commitment-to-privacy
heading: прийняття умов політики concept=acceptance
heading: прийняття політики concept=acceptance
heading: політика щодо обробки персональних даних weight=0.5 concept=privacy-policy-title
# declined forms (stems) and question headings
heading: загальні відомості concept=introduction
heading: загальн* положен* concept=introduction
heading: про цю політик* concept=about-this-policy
heading: сфер* застосуванн* concept=scope
heading: сфер* дії concept=scope
heading: про володільц* concept=who-we-are
heading: відомості про володільц* concept=who-we-are
heading: інформація про володільц* concept=who-we-are
heading: хто є володільц* concept=who-we-are
heading: хто відповідає за ваші дані concept=who-we-are
body: ця політика weight=2 concept=this-privacy-policy
body: цієї політики weight=2 concept=this-privacy-policy
body: політик* конфіденційност* weight=1.5 concept=this-privacy-policy
body: поширюється на weight=1.5 concept=policy-applies-to
body: застосовується до weight=1.5 concept=policy-applies-to
body: далі weight=1 concept=referred-to-as
body: погоджуєтес* weight=1.5 concept=acceptance-of-policy
body: приймаєте weight=1.5 concept=acceptance-of-policy
body: угод* користувача weight=2 concept=terms-of-use
body: описує weight=1 concept=policy-describes
body: уважно weight=1 concept=please-read
body: ознайом* weight=1 concept=please-read
body: поважа* weight=1.5 concept=committed-to-privacy
body: володіл* weight=0.5 concept=company
body: сайт* weight=0.5 concept=website
# Added with the shared concept inventory (concepts.txt).
body: використовуючи weight=1.5 concept=by-using
body: користуючись weight=1.5 concept=by-using
body: якщо ви не погоджуєтеся weight=2 concept=if-you-do-not-agree
body: якщо ви не згодні weight=2 concept=if-you-do-not-agree
body: зобов'язуємося weight=1.5 concept=committed-to-privacy
body: конфіденційн* weight=0.3 concept=privacy
body: послуг* weight=0.3 concept=services
body: компані* weight=0.3 concept=company
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
heading: стисло concept=summary
heading: коротко concept=summary
heading: хто керує concept=who-we-are

[definitions]
heading: визначення concept=definitions
heading: терміни та визначення concept=definitions
heading: визначення термінів concept=definitions
heading: основні терміни concept=key-terms
heading: терміни concept=key-terms
heading: тлумачення термінів concept=interpretation
# Added with the shared concept inventory (concepts.txt).
heading: тлумачення concept=interpretation
heading: тлумачення та визначення concept=interpretation
heading: що ми маємо на увазі під concept=what-we-mean-by
heading: що означає concept=what-we-mean-by
heading: основні поняття concept=key-terms
heading: глосарій concept=key-terms
# declined forms (stems)
heading: термін* та визначен* concept=definitions
heading: термін* і визначен* concept=definitions
heading: термін* та скорочен* concept=definitions
heading: визначен* термін* concept=definitions
heading: основн* поняти* concept=key-terms
heading: основн* термін* concept=key-terms
heading: терміни що використовуються concept=key-terms
body: означає weight=2.5 concept=means
body: розуміється weight=2.5 concept=means
body: вживаються weight=2 concept=as-used-in-this-policy
body: такому значенні weight=3 concept=means
body: термін* weight=1.5 concept=defined-terms-intro
body: визначенн* weight=2 concept=defined-terms-intro
body: поняття weight=2 concept=defined-terms-intro
body: ідентифікован* weight=2 concept=identifiable-person
body: фізичн* особ* weight=1.5 concept=identifiable-person
body: володіл* weight=2 concept=gdpr-roles
body: розпорядник* weight=2 concept=gdpr-roles
body: суб'єкт* weight=1.5 concept=gdpr-roles
body: знеособлен* weight=2
body: контролер* weight=1.5 concept=gdpr-roles
# Added with the shared concept inventory (concepts.txt).
body: персональні дані відомості weight=3 concept=personal-data-means
body: персональн* дан* означа* weight=3 concept=personal-data-means
body: далі weight=2 concept=hereinafter
body: наступн* визначенн* weight=3 concept=defined-terms-intro
body: для цілей цієї політики weight=2.5 concept=as-used-in-this-policy
body: включа* weight=0.5 concept=includes
body: користувач* weight=0.3 concept=user
body: персональн* дан* weight=0.2 concept=personal-data
body: позначає weight=2.5 concept=refers-to

[collection]
heading: які дані ми збираємо concept=what-we-collect
# App permissions as a heading ("Permissions"), as English has it.
heading: дозволи concept=what-we-collect
heading: дозволи застосунку concept=what-we-collect
heading: яку інформацію ми збираємо concept=what-we-collect
heading: збір інформації concept=collection-of-information
heading: збір даних concept=collection-of-information
heading: збирання персональних даних concept=collection-of-information
heading: склад персональних даних concept=categories-of-data
heading: категорії персональних даних concept=categories-of-data
heading: джерела concept=sources-of-information
# Added with the shared concept inventory (concepts.txt).
heading: які персональні дані ми збираємо concept=what-we-collect
heading: інформація яку ми збираємо concept=what-we-collect
heading: дані які ми збираємо concept=what-we-collect
heading: збір персональних даних concept=collection-of-information
heading: джерела персональних даних concept=sources-of-information
heading: джерела отримання даних concept=sources-of-information
heading: інформація яку ви надаєте concept=information-you-provide
heading: дані які ви надаєте concept=information-you-provide
heading: інформація що надається вами concept=information-you-provide
heading: інформація яку ми збираємо автоматично concept=collected-automatically
heading: автоматично зібрана інформація concept=collected-automatically
heading: дані що збираються автоматично concept=collected-automatically
heading: як ми збираємо дані concept=how-we-collect
heading: як ми збираємо інформацію concept=how-we-collect
heading: способи збору даних concept=how-we-collect
body: збира* weight=2.5 concept=we-collect
body: збір* weight=1.5 concept=we-collect
body: категорі* даних weight=2 concept=data-categories
body: категорі* персональн* weight=2 concept=data-categories
body: прізвищ* weight=1.5 concept=name
body: по батькові weight=2 concept=name
body: ім'я weight=1 concept=name
body: номер* телефон* weight=1.5 concept=contact-details
body: адрес* електронн* пошт* weight=1.5 concept=contact-details
body: дат* народженн* weight=1.5 concept=demographic-data
body: ip-адрес* weight=1.5 concept=device-data
body: платіжн* weight=1 concept=payment-data
body: автоматично weight=1.5 concept=automatically
body: реєстраці* weight=1 concept=forms
body: місцезнаходженн* weight=1 concept=location-data
body: джерел* weight=1.5 concept=sources
# A list of the data handled, announced in the text (en: "the following data is processed:").
body: такі дані weight=2.5 concept=following-data
body: наступні дані weight=2.5 concept=following-data
body: такі персональні дані weight=2.5 concept=following-data
body: таку інформацію weight=2.5 concept=following-data
# Added with the shared concept inventory (concepts.txt).
body: ви надаєте weight=2 concept=you-provide
body: надан* вами weight=2 concept=you-provide
body: загальнодоступн* weight=2 concept=publicly-available
body: тип* браузер* weight=2 concept=device-data
body: операційн* систем* weight=2 concept=device-data
body: ідентифікатор* пристро* weight=2 concept=device-data
body: геолокаці* weight=2 concept=location-data
body: геопозиці* weight=2 concept=location-data
body: дан* журнал* weight=1.5 concept=usage-data
body: дан* логів weight=1.5 concept=usage-data
body: дан* про використання weight=2 concept=usage-data
body: демографічн* weight=1.5 concept=demographic-data
body: заповню* форм* weight=1.5 concept=forms
body: обліков* запис* weight=0.3 concept=account
body: інформаці* weight=0.1 concept=information
# Headings asking which personal data are processed (GDPR style): "What personal data do we process?"
heading: які персональні дані concept=what-we-collect
# declined forms (stems) and question headings
heading: які дані ми обробляємо concept=what-we-collect
heading: які персональні дані ми обробляємо concept=what-we-collect
heading: які дані ми отримуємо concept=what-we-collect
heading: яку інформацію ми отримуємо concept=what-we-collect
heading: яку інформацію ми обробляємо concept=what-we-collect
heading: перелік персональн* дан* concept=categories-of-data
heading: перелік даних concept=categories-of-data
heading: категорі* персональн* дан* concept=categories-of-data
heading: категорі* суб'єкт* concept=categories-of-data
heading: склад і обсяг concept=categories-of-data
heading: склад та обсяг concept=categories-of-data
heading: обсяг персональн* дан* concept=categories-of-data
# "User data" headings name what the service collects.
heading: дані користувачів concept=categories-of-data
heading: дані користувача concept=categories-of-data
heading: збір* дан* concept=collection-of-information
heading: збір* інформаці* concept=collection-of-information
heading: збиранн* дан* concept=collection-of-information
heading: збиранн* персональн* дан* concept=collection-of-information
heading: збір і використанн* concept=collection-of-information   # collection is named first
heading: збір та використанн* concept=collection-of-information
heading: збір та обробк* concept=collection-of-information
heading: джерел* отриманн* concept=sources-of-information
heading: джерел* дан* concept=sources-of-information
heading: джерел* інформаці* concept=sources-of-information
heading: дані які ви нам надаєте concept=information-you-provide
heading: інформація яку ви нам надаєте concept=information-you-provide
heading: надані вами concept=information-you-provide
# A contact form as a processing activity (what the form collects), as en "Contact form"; "Контакти" stays contact.
heading: форма зворотного зв'язку weight=3 concept=information-you-provide
heading: контактна форма weight=3 concept=information-you-provide
heading: отримуємо автоматично concept=collected-automatically
heading: збираємо автоматично concept=collected-automatically
heading: автоматично зібран* concept=collected-automatically
heading: автоматично отриман* concept=collected-automatically
heading: дозвол* застосунк* concept=what-we-collect
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: звіти про збої concept=collected-automatically
heading: звіти про помилки concept=collected-automatically
heading: діагностичн* дан* concept=collected-automatically
heading: діагностика concept=collected-automatically
heading: журнали concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: залиша* на вашому пристрої weight=2 concept=on-device-data
heading: залиша* на пристрої weight=2 concept=on-device-data
heading: що залиша* на вашому weight=2 concept=on-device-data
heading: обробля* локально weight=2 concept=on-device-data
heading: локальн* обробк* weight=2 concept=on-device-data
heading: локально збережен* дан* weight=2 concept=on-device-data
heading: обробк* на пристрої weight=2 concept=on-device-data
body: звіт* про збо* weight=2.5 concept=usage-data
body: журнал* збоїв weight=2.5 concept=usage-data
body: журнал* налагодженн* weight=2.5 concept=usage-data
body: діагностичн* дан* weight=2 concept=usage-data
body: push-токен* weight=2.5 concept=device-data
body: токен* сповіщен* weight=2.5 concept=device-data

[use]
heading: як ми використовуємо інформацію concept=how-we-use
heading: як ми використовуємо ваші дані concept=how-we-use
heading: використання інформації concept=use-of-information
heading: використання персональних даних concept=use-of-information
heading: мета обробки персональних даних concept=purposes-of-processing
heading: для чого ми використовуємо дані concept=how-we-use
heading: цілі обробки concept=purposes-of-processing
heading: цілі concept=purposes-of-processing
# Added with the shared concept inventory (concepts.txt).
heading: використання даних concept=use-of-information
heading: мета збору даних concept=why-we-collect
heading: навіщо ми збираємо дані concept=why-we-collect
heading: навіщо ми це робимо concept=why-we-collect
heading: для чого ми це робимо concept=why-we-collect
heading: для чого ми збираємо інформацію concept=why-we-collect
heading: обробка персональних даних concept=processing-of-personal-data
heading: як ми обробляємо персональні дані concept=processing-of-personal-data
heading: порядок обробки персональних даних concept=processing-of-personal-data
# declined forms (stems) and question headings
heading: мет* обробк* concept=purposes-of-processing   # мета обробки, метою обробки
heading: ціл* обробк* concept=purposes-of-processing
heading: мет* використанн* concept=purposes-of-processing
heading: для яких цілей concept=purposes-of-processing
heading: з якою метою concept=purposes-of-processing
heading: мет* збор* concept=why-we-collect
heading: мет* збиранн* concept=why-we-collect
heading: як ми використовуємо ваш* concept=how-we-use   # not bare "як ми використовуємо": "як ми використовуємо файли cookie"
heading: як ми використовуємо інформаці* concept=how-we-use
heading: як ми використовуємо дані concept=how-we-use
heading: як ми використовуємо персональн* concept=how-we-use
heading: як ми використовуємо отриман* concept=how-we-use
heading: як ми використовуємо зібран* concept=how-we-use
heading: для чого використовуються concept=how-we-use
heading: навіщо ми використовуємо concept=how-we-use
heading: використанн* інформаці* concept=use-of-information
heading: використанн* персональн* дан* concept=use-of-information
heading: як ми обробляємо ваш* concept=processing-of-personal-data
heading: порядок і умови обробк* concept=processing-of-personal-data
heading: умови обробк* персональн* дан* concept=processing-of-personal-data
body: використову* weight=1 concept=we-use
body: використанн* weight=1 concept=we-use
body: мет* обробк* weight=3 concept=purposes
body: ціл* обробк* weight=2.5 concept=purposes
body: з метою weight=2 concept=purposes
body: для цілей weight=1.5 concept=purposes
body: для того щоб weight=1
body: наданн* послуг* weight=1.5 concept=to-provide
body: покращенн* weight=2 concept=to-improve
body: поліпшенн* weight=2 concept=to-improve
body: персоналізаці* weight=2.5 concept=to-personalise
body: профілюванн* weight=2.5 concept=profiling
body: обробк* замовлен* weight=1.5 concept=to-process-transactions
body: виконанн* договор* weight=1 concept=to-fulfil
body: аналітик* weight=1 concept=to-analyse
body: запобіганн* шахрайств* weight=1.5 concept=to-prevent-fraud
body: таких цілей weight=2 concept=following-purposes
body: наступних цілей weight=2 concept=following-purposes
# Added with the shared concept inventory (concepts.txt).
body: ми використовуємо weight=2 concept=we-use
body: з такою метою weight=2.5 concept=following-purposes
body: адміністрування weight=1.5 concept=to-administer
body: керування обліков* запис* weight=1.5 concept=to-administer
body: розробк* нов* weight=2 concept=to-develop
body: індивідуалізаці* weight=2 concept=to-personalise
body: зв'язку з вами weight=2 concept=to-communicate
body: зв'язатися з вами weight=2 concept=to-communicate
body: надсилання weight=1 concept=to-send
body: відповід* на ваш* запит* weight=1.5 concept=to-respond
body: обробк* звернен* weight=1.5 concept=to-respond
body: статистичн* weight=1 concept=to-analyse
body: аналіз* weight=1 concept=to-analyse
body: усуненн* несправност* weight=2 concept=to-troubleshoot
body: усуненн* помил* weight=2 concept=to-troubleshoot
body: маркетингов* досліджен* weight=2 concept=research
body: досліджен* weight=1.5 concept=research
body: обробк* платеж* weight=1.5 concept=to-process-transactions
body: виконанн* вимог законодавств* weight=1 concept=to-comply-with-law
body: автоматизован* прийнятт* рішен* weight=1.5 concept=automated-decisions
heading: навіщо нам потрібні ваші дані concept=why-we-collect
# Purpose headings asked with other verbs and "(дані обробляються) у таких цілях".
heading: навіщо ми обробляємо concept=why-we-collect
heading: чому ми обробляємо concept=why-we-collect
heading: для чого ми обробляємо concept=why-we-collect
heading: навіщо ми зберігаємо concept=why-we-collect
heading: у таких цілях concept=purposes-of-processing
heading: мет* збору та обробк* concept=why-we-collect
heading: автоматизован* ухвален* рішен* concept=automated-decision-making
heading: автоматизован* прийнятт* рішен* concept=automated-decision-making
heading: автоматизован* рішен* concept=automated-decision-making
heading: профілюванн* concept=automated-decision-making

[legal-basis]
heading: правові підстави обробки concept=legal-basis
heading: правові підстави обробки персональних даних concept=legal-basis
heading: правова підстава concept=legal-basis
heading: законні підстави concept=legal-basis
heading: підстави обробки concept=legal-basis
heading: на якій підставі ми обробляємо дані concept=why-allowed
# Added with the shared concept inventory (concepts.txt).
heading: правові підстави concept=legal-basis
heading: на якій підставі ми обробляємо персональні дані concept=why-allowed
heading: чому ми маємо право обробляти ваші дані concept=why-allowed
# declined forms (stems) and question headings
heading: правов* підстав* concept=legal-basis   # правові підстави, правова підстава, правових підстав
heading: законн* підстав* concept=legal-basis
heading: юридичн* підстав* concept=legal-basis
heading: підстав* обробк* concept=legal-basis
heading: підстав* для обробк* concept=legal-basis
heading: на якій підставі concept=why-allowed
heading: на яких підставах concept=why-allowed
heading: маємо право обробляти concept=why-allowed
heading: вправі обробляти concept=why-allowed
# "Правова підстава", "законний інтерес", "на підставі" stand in every subsection of a GDPR-style policy: in a text they weigh less than the practice described; the headings still name a legal-basis section.
body: правов* підстав* weight=2 concept=legal-basis-term
body: законн* підстав* weight=2 concept=legal-basis-term
body: підстав* weight=1 concept=on-the-basis-of
body: законн* інтерес* weight=2 concept=legitimate-interests
body: виконанн* договор* weight=2 concept=performance-of-contract
body: укладенн* договор* weight=1.5 concept=performance-of-contract
body: стороною якого weight=2.5 concept=performance-of-contract
body: юридичн* обов'яз* weight=2 concept=legal-obligation
body: передбачен* законом weight=1.5 concept=legal-obligation
body: життєво важлив* інтерес* weight=2.5 concept=vital-interests
body: суспільн* інтерес* weight=1.5 concept=public-interest
body: правомірн* weight=1.5 concept=lawful
body: статт* 6 weight=1.5 concept=article-6
body: згода weight=1 concept=consent-as-basis
# Added with the shared concept inventory (concepts.txt).
body: легітимн* інтерес* weight=2 concept=legitimate-interests
body: обробк* необхідн* weight=2.5 concept=processing-necessary
body: основоположн* прав* і свобод* weight=2.5 concept=balancing-test
body: на підставі weight=1 concept=on-the-basis-of
body: необхідн* weight=0.5 concept=necessary

[consent]
heading: згода користувача concept=your-consent
heading: ваша згода concept=your-consent
heading: згода на обробку персональних даних concept=your-consent
heading: відкликання згоди concept=withdrawal-of-consent
heading: згода та її відкликання concept=withdrawal-of-consent
heading: надання згоди concept=your-consent
# Added with the shared concept inventory (concepts.txt).
heading: згода concept=your-consent
heading: як відкликати згоду concept=withdrawal-of-consent
heading: порядок відкликання згоди concept=withdrawal-of-consent
# declined forms (stems)
heading: згод* на обробк* concept=your-consent
heading: згод* суб'єкт* concept=your-consent
heading: згод* користувач* concept=your-consent
heading: відкликанн* згод* concept=withdrawal-of-consent
heading: відкликати згоду concept=withdrawal-of-consent
heading: відкликати свою згоду concept=withdrawal-of-consent
body: згода weight=2 concept=you-consent
body: згоди weight=2 concept=you-consent
body: згоду weight=2 concept=you-consent
body: згодою weight=2 concept=you-consent
body: відклика* weight=3 concept=withdraw
body: до відкликання weight=2 concept=without-affecting-lawfulness
body: погоджу* weight=1.5 concept=you-agree
body: надаєте згоду weight=3 concept=you-consent
body: надаючи згоду weight=2.5 concept=you-consent
body: явн* згод* weight=2 concept=explicit-consent
body: добровільн* weight=1.5 concept=freely-given
body: будь-який час weight=1 concept=at-any-time
body: письмов* форм* weight=1 concept=explicit-consent
body: відмітк* weight=1 concept=opt-in
body: акцепт* weight=2 concept=you-agree
# Added with the shared concept inventory (concepts.txt).
body: передума* weight=2 concept=change-your-mind
body: дозвіл* weight=1.5 concept=permission
body: не впливає на законність weight=2.5 concept=without-affecting-lawfulness
body: відкликанн* згод* weight=3 concept=withdraw

[sharing]
heading: передача даних третім особам concept=third-parties
heading: передача інформації третім особам concept=third-parties
heading: розкриття інформації concept=disclosure-of-information
heading: розкриття персональних даних concept=disclosure-of-information
heading: надання доступу до інформації concept=sharing-of-information
heading: з ким ми ділимося інформацією concept=who-we-share-with
heading: одержувачі персональних даних concept=who-we-share-with
# Added with the shared concept inventory (concepts.txt).
heading: передача персональних даних concept=sharing-of-information
heading: передача даних concept=sharing-of-information
heading: передача інформації concept=sharing-of-information
heading: передача та розкриття інформації concept=sharing-of-information
heading: як ми передаємо ваші дані concept=how-we-share
heading: як ми ділимося інформацією concept=how-we-share
heading: кому ми передаємо дані concept=who-we-share-with
heading: кому concept=who-we-share-with
heading: треті особи concept=third-parties
heading: постачальники послуг concept=service-providers-heading
heading: підрядники concept=service-providers-heading
heading: передача бізнесу concept=business-transfers
heading: реорганізація злиття та поглинання concept=business-transfers
heading: запити державних органів concept=legal-requests
heading: розкриття на вимогу закону concept=legal-requests
heading: продаж персональних даних concept=sale-of-information
heading: чи продаємо ми ваші дані concept=sale-of-information
body: трет* особ* weight=2 concept=third-parties-term
body: переда* weight=1.5 concept=share
body: розкри* weight=2 concept=disclose
body: ділимося weight=2 concept=share
body: ділитися weight=1.5 concept=share
body: одержувач* weight=2 concept=recipients
body: отримувач* weight=2 concept=recipients
body: постачальник* послуг weight=2 concept=service-providers
body: підрядник* weight=2 concept=service-providers
body: партнер* weight=1 concept=business-partners
body: афілійован* weight=2.5 concept=affiliates
body: дочірн* компані* weight=1.5 concept=affiliates
body: розпорядник* weight=1.5 concept=service-providers
body: державн* орган* weight=1.5 concept=authorities
body: правоохоронн* орган* weight=2 concept=authorities
body: злиття weight=2 concept=corporate-transaction
body: не продаємо weight=1.5 concept=sell
# Added with the shared concept inventory (concepts.txt).
body: від нашого імені weight=1.5 concept=on-our-behalf
body: груп* компаній weight=2 concept=affiliates
body: реорганізаці* weight=2.5 concept=corporate-transaction
body: поглинанн* weight=2.5 concept=corporate-transaction
body: рішенн* суду weight=2.5 concept=legal-process
body: судов* запит* weight=2.5 concept=legal-process
body: прода* weight=1.5 concept=sell
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: передача персональних даних третім особам concept=transfer-to-third-parties
heading: передача даних третім сторонам concept=transfer-to-third-parties
# declined forms (stems) and question headings
heading: передач* дан* третім concept=transfer-to-third-parties
heading: передач* інформаці* третім concept=transfer-to-third-parties
heading: передач* персональн* дан* третім concept=transfer-to-third-parties
heading: надання даних третім concept=third-parties
heading: третім особам concept=third-parties
heading: третім сторонам concept=third-parties
heading: розкритт* інформаці* concept=disclosure-of-information
heading: розкритт* дан* concept=disclosure-of-information
heading: розкритт* персональн* дан* concept=disclosure-of-information
heading: одержувач* дан* concept=who-we-share-with
heading: одержувач* інформаці* concept=who-we-share-with
heading: одержувач* персональн* дан* concept=who-we-share-with
heading: отримувач* дан* concept=who-we-share-with
heading: категорі* одержувач* concept=who-we-share-with
heading: з ким ми ділимося concept=who-we-share-with
heading: з ким ми можемо поділитися concept=who-we-share-with
heading: хто має доступ concept=who-we-share-with
heading: розпорядник* concept=service-providers-heading   # розпорядник персональних даних (processor)
heading: постачальник* послуг concept=service-providers-heading
heading: продаж* дан* concept=sale-of-information
heading: чи продаємо ми concept=sale-of-information
heading: на вимогу закону concept=legal-requests
heading: запит* державн* орган* concept=legal-requests
heading: злиття та поглинання concept=business-transfers
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: хостинг concept=service-providers-heading
heading: хостинг-провайдер* concept=service-providers-heading
heading: мережа доставки контенту concept=service-providers-heading
heading: обробники concept=service-providers-heading
heading: моніторинг помилок concept=service-providers-heading
body: хостинг* weight=2 concept=service-providers
body: хостинг-провайдер* weight=2.5 concept=service-providers
body: мереж* доставки контенту weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: хмарн* платформ* weight=2 concept=service-providers
body: хмарн* обчислен* weight=2 concept=service-providers
body: постачальник* хмарн* weight=2.5 concept=service-providers
body: моніторинг* помилок weight=2 concept=service-providers
body: договір* про обробку даних weight=2 concept=service-providers
body: угод* про обробку даних weight=2 concept=service-providers
body: за дорученням weight=1.5 concept=on-our-behalf
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: платежі weight=2 concept=payments-purchases
heading: обробка платежів weight=3 concept=payments-purchases
heading: покупки в застосунку weight=2 concept=payments-purchases
heading: покупки в додатку weight=2 concept=payments-purchases
heading: підписки weight=2 concept=payments-purchases
heading: оплата weight=2 concept=payments-purchases

[cookies]
heading: файли cookie concept=cookies
heading: використання файлів cookie concept=cookies
heading: файли cookie та подібні технології concept=tracking-technologies
heading: політика щодо файлів cookie concept=cookies
heading: cookie-файли concept=cookies
heading: технології відстеження concept=tracking-technologies
# Added with the shared concept inventory (concepts.txt).
heading: веб-маяки та пікселі concept=web-beacons
heading: піксельні теги concept=web-beacons
heading: лог-файли concept=log-files
heading: файли журналів concept=log-files
heading: журнали сервера concept=log-files
heading: аналітика concept=analytics
heading: веб-аналітика concept=analytics
heading: аналітичні сервіси concept=analytics
# declined forms (stems)
heading: файл* cookie concept=cookies   # файли cookie, файлів cookie
heading: cookie-файл* concept=cookies
heading: файл* куки concept=cookies
heading: куки concept=cookies
heading: аналогічн* технологі* concept=tracking-technologies
heading: подібн* технологі* concept=tracking-technologies
heading: технологі* відстеженн* concept=tracking-technologies
heading: веб-маяк* concept=web-beacons
heading: піксел* concept=web-beacons
heading: лог-файл* concept=log-files
heading: журнал* сервер* concept=log-files
heading: аналітичн* сервіс* concept=analytics
heading: аналітичн* інструмент* concept=analytics
body: файл* cookie weight=3 concept=cookie
body: cookie weight=2 concept=cookie
body: куки weight=2.5 concept=cookie
body: веб-маяк* weight=3 concept=web-beacon
body: піксел* weight=2 concept=web-beacon
body: технологі* відстеженн* weight=2.5 concept=tracking-technology
body: подібн* технологі* weight=2 concept=tracking-technology
body: аналогічн* технологі* weight=2 concept=tracking-technology
body: сеансов* weight=2 concept=cookie-lifetime
body: налаштуванн* браузер* weight=1.5 concept=browser-settings
body: google analytics weight=3 concept=analytics-term
body: лог-файл* weight=2 concept=log-file
body: журнал* weight=1 concept=log-file
body: локальн* сховищ* weight=2 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: аналітичн* weight=1 concept=analytics-term
# Added with the shared concept inventory (concepts.txt).
body: текстов* файл* weight=2.5 concept=text-files
body: постійн* файл* cookie weight=2 concept=cookie-lifetime
body: суворо необхідн* weight=2.5 concept=cookie-categories
body: функціональн* файл* weight=2.5 concept=cookie-categories
body: sdk weight=2 concept=sdk
body: цифров* відбит* weight=2.5 concept=fingerprinting
body: браузер* weight=0.5 concept=browser
body: пристр* weight=0.5 concept=device
heading: вебаналітика concept=analytics

[advertising]
heading: реклама concept=advertising
heading: реклама та маркетинг concept=advertising
heading: маркетингові комунікації concept=marketing-communications
heading: маркетингові повідомлення concept=marketing-communications
heading: персоналізована реклама concept=interest-based-advertising
heading: рекламні розсилки concept=marketing-communications
# Added with the shared concept inventory (concepts.txt).
heading: маркетинг concept=marketing
heading: прямий маркетинг concept=marketing
heading: таргетована реклама concept=interest-based-advertising
heading: реклама на основі інтересів concept=interest-based-advertising
heading: реклама третіх осіб concept=third-party-advertising
heading: стороння реклама concept=third-party-advertising
heading: рекламні мережі concept=third-party-advertising
# declined forms (stems)
heading: рекламн* розсил* concept=marketing-communications
heading: рекламн* повідомлен* concept=marketing-communications
heading: рекламн* матеріал* concept=marketing-communications
heading: маркетингов* розсил* concept=marketing-communications
heading: маркетингов* повідомлен* concept=marketing-communications
heading: маркетингов* матеріал* concept=marketing-communications
heading: маркетингов* комунікаці* concept=marketing-communications
heading: інформаційн* розсил* concept=marketing-communications
heading: персоналізован* реклам* concept=interest-based-advertising
heading: таргетован* реклам* concept=interest-based-advertising
heading: поведінков* реклам* concept=interest-based-advertising
heading: рекламн* мереж* concept=third-party-advertising
heading: рекламн* партнер* concept=third-party-advertising
body: реклам* weight=2.5 concept=ads
body: рекламн* мереж* weight=3 concept=ad-networks
body: маркетинг* weight=2 concept=marketing-purposes
body: розсилк* weight=2 concept=marketing-messages
body: таргетован* weight=3 concept=interest-based
body: ретаргетинг* weight=3 concept=retargeting
body: персоналізован* реклам* weight=3 concept=interest-based
body: поведінков* weight=2 concept=interest-based
body: на основі інтересів weight=2 concept=interest-based
body: промо* weight=1.5 concept=promotions
body: спеціальн* пропозиці* weight=2 concept=promotions
body: новин* weight=1 concept=marketing-messages
body: push-сповіщен* weight=1.5 concept=marketing-messages
body: sms weight=1 concept=marketing-messages
body: смс weight=1 concept=marketing-messages
# Added with the shared concept inventory (concepts.txt).
body: рекламн* партнер* weight=3 concept=ad-networks
body: ремаркетинг* weight=3 concept=retargeting
body: маркетингов* ціл* weight=2 concept=marketing-purposes
body: ефективност* реклам* weight=2 concept=ad-measurement
body: your online choices weight=3 concept=ad-industry-programs
body: інтерес* weight=0.5 concept=interests

[do-not-track]
heading: функція do not track concept=do-not-track
heading: сигнали do not track concept=do-not-track
heading: сигнали не відстежувати concept=do-not-track
heading: заборона відстеження concept=do-not-track
heading: глобальний контроль конфіденційності concept=global-privacy-control
heading: сигнали global privacy control concept=global-privacy-control
# Added with the shared concept inventory (concepts.txt).
heading: сигнали вподобань concept=preference-signals
heading: сигнали браузера concept=preference-signals
heading: сигнали відмови від відстеження concept=preference-signals
# other forms
heading: не відстежувати concept=do-not-track
heading: do not track concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: сигнал* вподобан* concept=preference-signals
heading: сигнал* браузер* concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: не відстежувати weight=3 concept=dnt-signal
body: заборон* відстеженн* weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: сигнал* weight=2 concept=opt-out-preference-signal
body: галузев* стандарт* weight=2 concept=no-uniform-standard
body: стандарт* weight=1 concept=no-uniform-standard
body: не реагу* weight=2 concept=do-not-respond
body: не відповіда* weight=1 concept=do-not-respond
body: відстеженн* weight=1 concept=cross-site-tracking
body: браузер* weight=1 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt).
body: глобальн* контрол* конфіденційност* weight=3 concept=gpc-signal
body: єдиного стандарту weight=3 concept=no-uniform-standard
body: розпізна* weight=1.5 concept=honor-signals
body: на сторонніх сайтах weight=2.5 concept=cross-site-tracking
body: з плином часу weight=2.5 concept=cross-site-tracking

[choices]
heading: ваш вибір concept=your-choices
heading: ваші можливості вибору concept=your-choices
heading: налаштування конфіденційності concept=managing-preferences
heading: керування налаштуваннями concept=managing-preferences
heading: відмова від розсилки concept=unsubscribing
heading: як відмовитися concept=opting-out
# Added with the shared concept inventory (concepts.txt).
heading: варіанти вибору concept=your-choices
heading: відмова від отримання concept=opting-out
heading: відмова від обробки concept=opting-out
heading: керування підписками concept=managing-preferences
heading: налаштування сповіщень concept=managing-preferences
heading: відписка від розсилки concept=unsubscribing
heading: як відписатися concept=unsubscribing
# declined forms (stems)
heading: ваші можливості concept=your-choices
heading: можливост* вибору concept=your-choices
heading: керуванн* даними concept=managing-preferences
heading: керуванн* вашими даними concept=managing-preferences
heading: керуванн* налаштуван* concept=managing-preferences
heading: керуванн* підписк* concept=managing-preferences
heading: налаштуван* конфіденційності concept=managing-preferences
heading: налаштуван* сповіщен* concept=managing-preferences
heading: відмов* від розсил* concept=unsubscribing
heading: відписк* concept=unsubscribing
heading: відмов* від отриманн* concept=opting-out
heading: відмов* від маркетинг* concept=opting-out
body: відмов* weight=1.5 concept=opt-out
body: відмовитися від отриманн* weight=3 concept=unsubscribe
body: відписа* weight=3 concept=unsubscribe
body: відписк* weight=3 concept=unsubscribe
body: вибір weight=2 concept=choose-not-to
body: вибору weight=2 concept=choose-not-to
body: налаштуванн* weight=1.5 concept=settings
body: керува* weight=1 concept=settings
body: на власний розсуд weight=1 concept=choose-not-to
body: не надавати weight=2 concept=choose-not-to
body: вимкн* weight=1.5 concept=disable
body: блокува* weight=1 concept=disable
body: особист* кабінет* weight=1.5 concept=settings
body: opt-out weight=1 concept=opt-out
# Added with the shared concept inventory (concepts.txt).
body: вподобан* weight=1.5 concept=preferences
body: відхил* weight=2 concept=decline
body: рекламн* розсилк* weight=2 concept=promotional-emails
body: служб* геолокаці* weight=2 concept=device-permissions
body: push-сповіщен* weight=2 concept=device-permissions
body: у нижній частині weight=1.5 concept=unsubscribe-link
body: не зможете weight=1.5 concept=consequences-of-refusal
body: отриму* weight=0.5 concept=receive

[rights]
heading: ваші права concept=your-rights
heading: права суб'єкта персональних даних concept=your-rights
heading: права користувачів concept=your-rights
heading: ваші права щодо персональних даних concept=your-rights
heading: реалізація ваших прав concept=exercising-rights
heading: доступ до concept=access-and-correction
# Added with the shared concept inventory (concepts.txt).
heading: права суб'єктів даних concept=your-rights
heading: як реалізувати свої права concept=exercising-rights
heading: здійснення прав concept=exercising-rights
heading: як подати запит concept=exercising-rights
heading: доступ та виправлення concept=access-and-correction
heading: доступ до даних та їх виправлення concept=access-and-correction
heading: уповноважені представники concept=authorized-agents
# declined forms (stems) and question headings
heading: прав* суб'єкт* concept=your-rights   # права суб'єкта / суб'єктів персональних даних
heading: прав* користувач* concept=your-rights
heading: ваших прав concept=your-rights
heading: які права concept=your-rights
heading: якими правами concept=your-rights
heading: права та обов'язки concept=your-rights
heading: права і обов'язки concept=your-rights
heading: реалізаці* прав concept=exercising-rights
heading: здійсненн* прав concept=exercising-rights
heading: як скористатися своїми правами concept=exercising-rights
heading: доступ* до персональн* дан* concept=access-and-correction
heading: виправленн* дан* concept=access-and-correction
heading: уповноважен* представник* concept=authorized-agents
heading: доступ до моїх даних concept=access-and-correction
heading: виправити мої дані concept=access-and-correction
heading: змінити мої дані concept=access-and-correction
heading: видалити мої дані concept=access-and-correction
heading: які в мене права concept=your-rights
heading: які у мене права concept=your-rights
heading: мої права concept=your-rights
body: право на доступ weight=1.5 concept=right-of-access
body: маєте право weight=2.5 concept=exercise-rights
body: отримати доступ weight=1.5 concept=right-of-access
body: виправленн* weight=2 concept=rectification
body: видаленн* weight=1.5 concept=erasure
body: знищенн* weight=1 concept=erasure
body: блокуванн* weight=2 concept=restriction
body: переносимост* weight=3 concept=portability
body: перенесенн* даних weight=2 concept=portability
body: заперечен* weight=2.5 concept=right-to-object
body: обмеженн* обробк* weight=2.5 concept=restriction
body: оскарж* weight=2.5 concept=complaint-to-authority
body: скарг* weight=2 concept=complaint-to-authority
body: наглядов* орган* weight=2.5 concept=complaint-to-authority
body: уповноважен* верховної ради weight=3 concept=complaint-to-authority
body: автоматизован* рішен* weight=2
body: копі* weight=1 concept=copy-of-data
body: запит* на оновленн* weight=2 concept=rectification
# Added with the shared concept inventory (concepts.txt).
body: право на видалення weight=3 concept=erasure
body: право бути забутим weight=3 concept=erasure
body: здійсн* свої права weight=2 concept=exercise-rights
body: підтверд* особ* weight=2 concept=verify-identity
body: уповноважен* представник* weight=2.5 concept=authorized-agent
body: дискримінаці* weight=1.5 concept=non-discrimination
body: суб'єкт* персональн* даних weight=2 concept=data-subject-rights
body: доступ* weight=1.5 concept=access
body: запит* weight=0.3 concept=request

[retention]
heading: зберігання даних concept=data-retention
heading: зберігання інформації concept=data-retention
heading: строки зберігання concept=retention-period
heading: термін зберігання concept=retention-period
heading: як довго ми зберігаємо дані concept=how-long-we-keep
heading: зберігання та видалення даних concept=retention-and-deletion
# Added with the shared concept inventory (concepts.txt).
heading: як довго ми зберігаємо персональні дані concept=how-long-we-keep
heading: строк зберігання персональних даних concept=retention-period
heading: місце та строки зберігання concept=storage-and-retention
heading: порядок зберігання даних concept=storage-and-retention
heading: зберігання та знищення персональних даних concept=retention-and-deletion
# declined forms (stems) and question headings
heading: строк* зберіганн* concept=retention-period   # строк, строки, строків зберігання
heading: термін* зберіганн* concept=retention-period
heading: строк* обробк* concept=retention-period
heading: зберіганн* дан* concept=data-retention
heading: зберіганн* інформаці* concept=data-retention
heading: зберіганн* персональн* дан* concept=data-retention
heading: як довго ми зберігаємо concept=how-long-we-keep
heading: як довго зберігаються concept=how-long-we-keep
heading: скільки часу ми зберігаємо concept=how-long-we-keep
heading: зберіганн* та видаленн* concept=retention-and-deletion
heading: зберіганн* і видаленн* concept=retention-and-deletion
heading: зберіганн* та знищенн* concept=retention-and-deletion
heading: знищенн* персональн* дан* concept=retention-and-deletion
heading: знищенн* дан* concept=retention-and-deletion
heading: видаленн* та знищенн* concept=retention-and-deletion
heading: припиненн* обробк* concept=retention-and-deletion
heading: як ми зберігаємо concept=storage-and-retention
heading: як зберігаються concept=storage-and-retention
body: зберіга* weight=1.5 concept=retain
body: строк* зберіганн* weight=3 concept=retain
body: термін* зберіганн* weight=3 concept=retain
body: строк* weight=1.5 concept=retention-criteria
body: до тих пір weight=1 concept=as-long-as-necessary
body: не довше weight=2.5 concept=as-long-as-necessary
body: досягненн* мет* weight=2.5 concept=no-longer-needed
body: знищ* weight=2 concept=destroy
body: видаля* weight=1.5 concept=destroy
body: знеособлю* weight=1.5 concept=anonymise
body: закінченн* weight=2 concept=retention-criteria
body: сплив* weight=2 concept=retention-criteria
body: припиненн* weight=1
body: архів* weight=1 concept=archive
body: резервн* копі* weight=1.5 concept=archive
body: період* weight=1 concept=retention-criteria
# Added with the shared concept inventory (concepts.txt).
body: протягом строку необхідного weight=3 concept=as-long-as-necessary
body: більше не потрібн* weight=2.5 concept=no-longer-needed
body: строк* позовної давності weight=2.5 concept=legal-retention-requirements
body: податков* законодавств* weight=2.5 concept=legal-retention-requirements
body: бухгалтерськ* облік* weight=2.5 concept=legal-retention-requirements
body: неактивн* weight=2 concept=inactive-accounts
body: збереже* weight=1.5 concept=keep
body: років weight=0.5 concept=years

[security]
heading: безпека concept=data-security
heading: безпека даних concept=data-security
heading: захист інформації concept=data-security
heading: захист персональних даних concept=data-security
heading: заходи безпеки concept=security-measures
heading: як ми захищаємо ваші дані concept=how-we-protect
# Added with the shared concept inventory (concepts.txt).
heading: захист ваших даних concept=how-we-protect
heading: як ми захищаємо інформацію concept=how-we-protect
heading: заходи захисту персональних даних concept=security-measures
heading: забезпечення безпеки персональних даних concept=data-security
# declined forms (stems) and question headings
heading: безпек* дан* concept=data-security
heading: безпек* інформаці* concept=data-security
heading: безпек* персональн* дан* concept=data-security
heading: забезпеченн* безпеки concept=data-security
heading: захист* дан* concept=data-security
heading: захист* інформаці* concept=data-security
heading: захист* персональн* дан* concept=data-security
heading: захист* ваших даних concept=how-we-protect
heading: заход* безпеки concept=security-measures
heading: заход* захисту concept=security-measures
heading: заход* щодо захисту concept=security-measures
heading: заход* щодо забезпечення безпеки concept=security-measures
heading: як ми захищаємо concept=how-we-protect
heading: як ми забезпечуємо безпеку concept=how-we-protect
heading: як ми забезпечуємо захист concept=how-we-protect
body: безпек* weight=2 concept=secure
body: захист* weight=1 concept=protect
body: захища* weight=1.5 concept=protect
body: шифрува* weight=3 concept=encryption
body: зашифрова* weight=3 concept=encryption
body: ssl weight=2 concept=encryption
body: tls weight=2 concept=encryption
body: несанкціонован* доступ* weight=3 concept=unauthorized-access
body: неправомірн* доступ* weight=2.5 concept=unauthorized-access
body: технічн* заход* weight=2 concept=technical-organisational-measures
body: організаційн* заход* weight=2 concept=technical-organisational-measures
body: витік weight=2.5 concept=breach
body: витоку weight=2.5 concept=breach
body: інцидент* weight=2 concept=breach
body: антивірус* weight=2 concept=technical-controls
body: абсолютн* безпек* weight=2 concept=no-guarantee
body: втрат* weight=1.5 concept=loss-misuse-alteration
# Added with the shared concept inventory (concepts.txt).
body: заход* захист* weight=2.5 concept=safeguards
body: фізичн* weight=1.5 concept=physical-safeguards
body: міжмережев* екран* weight=2.5 concept=technical-controls
body: парол* weight=2.5 concept=technical-controls
# Not the bare конфіденційність: it is also "privacy" (політика конфіденційності).
body: забезпеченн* конфіденційност* weight=2 concept=confidentiality
body: дотриманн* конфіденційност* weight=2 concept=confidentiality
body: конфіденційн* інформаці* weight=1.5 concept=confidentiality
body: галузев* стандарт* weight=2 concept=industry-standard
body: не можемо гарантувати weight=2.5 concept=no-guarantee
body: забезпеч* weight=0.5 concept=ensure
# Personal-data breaches and their notification: a security topic.
heading: витік даних concept=data-security
heading: витоки даних concept=data-security
heading: порушення безпеки персональних даних concept=data-security
heading: інциденти безпеки concept=data-security
body: витік* даних weight=3 concept=breach
# A bare "Конфіденційність" heading inside a policy is the duty to keep data confidential
# (as en "Confidentiality"), not the policy's title ("Політика конфіденційності" stays intro).
heading: конфіденційність concept=data-security
heading: шифруванн* concept=data-security

[children]
heading: використання сервісу дітьми concept=minors
heading: конфіденційність дітей concept=childrens-privacy
heading: персональні дані дітей concept=childrens-privacy
heading: інформація про дітей concept=childrens-privacy
heading: неповнолітні concept=minors
heading: захист дітей concept=childrens-privacy
# Added with the shared concept inventory (concepts.txt).
heading: діти concept=childrens-privacy
heading: вікові обмеження concept=age-limits
heading: особи молодше 18 років concept=age-limits
heading: діти до 14 років concept=age-limits
# declined forms; no bare "діт*"
heading: дітей concept=childrens-privacy
heading: дітьми concept=minors
heading: діти до concept=age-limits
heading: діти віком до concept=age-limits
heading: діти молодше concept=age-limits
heading: неповнолітн* concept=minors
heading: віков* обмеженн* concept=age-limits
heading: ос* молодше concept=age-limits
heading: ос* віком до concept=age-limits
body: дітей weight=3 concept=children
body: діти weight=3 concept=children
body: дитяч* weight=2 concept=children
body: дитин* weight=3 concept=children
body: неповнолітн* weight=3 concept=minors-teens
body: молодш* weight=2.5 concept=age-threshold
body: не досягл* weight=2.5 concept=age-threshold
body: віком weight=1.5 concept=age
body: віку weight=1.5 concept=age
body: батьк* weight=2 concept=parents-guardians
body: законн* представник* weight=2.5 concept=parents-guardians
body: опікун* weight=2.5 concept=parents-guardians
body: згод* батьків weight=3 concept=parental-consent
body: coppa weight=3 concept=coppa
body: 13 років weight=1.5 concept=age-threshold
body: свідомо weight=1.5 concept=knowingly-collect
# Added with the shared concept inventory (concepts.txt).
body: навмисно weight=2 concept=knowingly-collect
body: не призначен* weight=2 concept=not-directed-to-children
body: якщо нам стане відомо weight=2 concept=if-we-learn

[international]
heading: транскордонна передача даних concept=international-transfers
heading: транскордонна передача персональних даних concept=international-transfers
heading: міжнародна передача даних concept=international-transfers
heading: передача даних за кордон concept=international-transfers
heading: місце зберігання даних concept=where-we-store
heading: де зберігаються ваші дані concept=where-we-store
# Added with the shared concept inventory (concepts.txt).
# A bare "Передача даних" heading is disclosure to others (see [sharing]); a transfer
# abroad names the countries.
heading: передача даних в інші країни concept=data-transfers
heading: передача даних до третіх країн concept=data-transfers
heading: передача інформації в інші країни concept=data-transfers
heading: де ми зберігаємо дані concept=where-we-store
# declined forms (stems) and question headings
heading: транскордонн* передач* concept=international-transfers
heading: міжнародн* передач* concept=international-transfers
heading: передач* дан* за кордон concept=international-transfers
heading: передач* за межі concept=international-transfers
heading: передач* в інш* країн* concept=data-transfers
heading: передач* до інш* країн* concept=data-transfers
heading: передач* до трет* країн* concept=data-transfers
heading: передач* в трет* країн* concept=data-transfers
heading: де зберігаються concept=where-we-store
heading: де ми зберігаємо concept=where-we-store
heading: місц* зберіганн* concept=where-we-store
heading: місц* обробк* concept=where-we-store
body: транскордонн* weight=3 concept=cross-border
body: міжнародн* передач* weight=3 concept=cross-border
body: за межі weight=2 concept=other-countries
body: за межами weight=2 concept=other-countries
body: за кордон* weight=2.5 concept=other-countries
body: іноземн* держав* weight=2.5 concept=other-countries
body: інш* країн* weight=2 concept=other-countries
body: країнах weight=1.5 concept=other-countries
body: адекватн* weight=2 concept=adequacy
body: належн* захист* weight=2.5 concept=transfer-safeguards
# One sentence on transfers to the USA (standard clauses, adequacy) in a subsection on a social network or a cloud service must not outweigh its practice: lighter transfer terms.
body: стандартн* договірн* weight=2 concept=transfer-safeguards
body: типов* договірн* weight=2 concept=transfer-safeguards
body: європейськ* економічн* зон* weight=2 concept=eea
body: центр* обробк* даних weight=2 concept=server-location
body: сервер* weight=1 concept=server-location
# Added with the shared concept inventory (concepts.txt).
body: передач* weight=1 concept=transfer
body: сша weight=1 concept=united-states
body: сполучен* штат* weight=1 concept=united-states
body: privacy shield weight=2 concept=privacy-frameworks
body: data privacy framework weight=2.5 concept=privacy-frameworks
body: обов'язков* корпоративн* правил* weight=3 concept=transfer-safeguards
body: менш сувор* weight=2 concept=less-protective
body: юрисдикці* weight=2 concept=jurisdictions
body: по всьому світу weight=1.5 concept=around-the-world

[regional]
heading: для жителів каліфорнії concept=california
heading: мешканці каліфорнії concept=california
heading: інформація для користувачів з єс concept=eea-gdpr-notice
heading: користувачі з європейського союзу concept=eea-gdpr-notice
heading: регіональні положення concept=jurisdiction-specific
heading: додаткові положення для окремих юрисдикцій concept=jurisdiction-specific
# Added with the shared concept inventory (concepts.txt).
heading: права жителів штатів сша concept=us-state-rights
heading: мешканці невади concept=us-state-rights
heading: права на конфіденційність у каліфорнії concept=california
heading: відповідність gdpr concept=eea-gdpr-notice
# declined forms (stems)
heading: мешканц* каліфорні* concept=california
heading: жител* каліфорні* concept=california
heading: мешканц* європейськ* concept=eea-gdpr-notice
heading: жител* європейськ* concept=eea-gdpr-notice
heading: мешканц* єс concept=eea-gdpr-notice
heading: користувач* з єс concept=eea-gdpr-notice
heading: користувач* з європейськ* concept=eea-gdpr-notice
heading: мешканц* невад* concept=us-state-rights
heading: мешканц* штат* concept=us-state-rights
heading: окрем* юрисдикці* concept=jurisdiction-specific
heading: для мешканців concept=jurisdiction-specific
body: каліфорні* weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: gdpr weight=2 concept=eu-gdpr
body: зрзд weight=2 concept=eu-gdpr
body: європейськ* союз* weight=2 concept=eu-gdpr
body: єс weight=1 concept=eu-gdpr
body: єез weight=2 concept=eu-gdpr
body: жител* weight=2 concept=residents
body: мешканц* weight=2 concept=residents
body: резидент* weight=2 concept=residents
body: юрисдикці* weight=2
body: бразилі* weight=1.5 concept=brazil-lgpd
body: великобритані* weight=1.5
body: місцев* законодавств* weight=1.5
body: продаж* персональн* інформаці* weight=1.5 concept=do-not-sell
# Added with the shared concept inventory (concepts.txt).
body: lgpd weight=2.5 concept=brazil-lgpd
body: невад* weight=3 concept=us-states
body: вірджині* weight=3 concept=us-states
body: колорадо weight=3 concept=us-states
body: коннектикут* weight=3 concept=us-states
body: споживач* weight=1.5 concept=consumers
body: не продавати weight=3 concept=do-not-sell
body: міжконтекстн* weight=3 concept=cross-context-advertising
body: фінансов* стимул* weight=3 concept=financial-incentives
body: попередні 12 місяців weight=3 concept=preceding-12-months
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
heading: регіональні додатки concept=jurisdiction-specific
heading: регіональний додаток concept=jurisdiction-specific
heading: додаткове повідомлення для мешканців concept=jurisdiction-specific
heading: закони сша про конфіденційність concept=us-state-rights
heading: японія weight=1 concept=jurisdiction-specific
heading: республіка корея weight=1 concept=jurisdiction-specific
heading: південна корея weight=1 concept=jurisdiction-specific

[third-party-sites]
heading: сторонні сайти concept=third-party-websites
heading: посилання на сторонні сайти concept=links-to-other-sites
heading: посилання на інші сайти concept=links-to-other-sites
heading: сайти третіх осіб weight=2 concept=third-party-websites
heading: сторонні сервіси concept=third-party-services
heading: сервіси третіх сторін weight=2 concept=third-party-services
heading: сторонні веб-сайти concept=third-party-websites
# Added with the shared concept inventory (concepts.txt).
heading: зовнішні посилання concept=links-to-other-sites
heading: плагіни соціальних мереж concept=social-media-plugins
heading: соціальні мережі concept=social-media-plugins
heading: політики конфіденційності третіх осіб concept=third-party-privacy-policies
heading: політика конфіденційності третіх сторін concept=third-party-privacy-policies
body: сторонн* сайт* weight=3 concept=other-sites
body: сторонн* сервіс* weight=2.5 concept=third-party-applications
body: сторонн* ресурс* weight=2.5 concept=other-sites
body: сайт* третіх осіб weight=2.5 concept=other-sites
body: посиланн* weight=1.5 concept=links
body: перехо* weight=1.5 concept=leave-our-site
body: зовнішн* weight=1 concept=other-sites
body: не несемо відповідальност* weight=2.5 concept=not-responsible
body: відповідальност* weight=1 concept=not-responsible
body: не контролю* weight=2.5 concept=not-responsible
body: власн* політик* weight=2 concept=their-privacy-policies
body: не поширюється weight=2.5 concept=not-responsible
body: соціальн* мереж* weight=1.5 concept=plugins
body: плагін* weight=2 concept=plugins
body: віджет* weight=2 concept=plugins
body: сторонн* веб-сайт* weight=3 concept=other-sites
body: гіперпосиланн* weight=2.5 concept=links
# Added with the shared concept inventory (concepts.txt).
body: рекомендуємо ознайомитися weight=2.5 concept=encourage-review
body: сторонн* додат* weight=2 concept=third-party-applications
body: схвалю* weight=2 concept=not-responsible
body: контент* weight=0.5 concept=content
body: ознайом* weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: соціальних мережах concept=social-media-presence
heading: соціальні медіа concept=social-media-presence
heading: сторінки в соціальних мережах concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: збирають треті сторони concept=third-party-data-collection
heading: збираються третіми особами concept=third-party-data-collection
heading: збираються третіми сторонами concept=third-party-data-collection
# declined forms (stems)
heading: сторонн* сайт* concept=third-party-websites
heading: сторонн* веб-сайт* concept=third-party-websites
heading: сторонн* ресурс* concept=third-party-websites
heading: сайт* третіх осіб concept=third-party-websites
heading: ресурс* третіх осіб concept=third-party-websites
heading: посиланн* на сторонн* concept=links-to-other-sites
heading: посиланн* на інш* concept=links-to-other-sites
heading: посиланн* на сайт* concept=links-to-other-sites
heading: зовнішн* посиланн* concept=links-to-other-sites
heading: плагін* соціальн* concept=social-media-plugins
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: вбудован* контент* concept=third-party-services
heading: вбудован* вміст* concept=third-party-services
heading: контент третіх сторін concept=third-party-services
heading: вміст третіх сторін concept=third-party-services
heading: сторонн* контент* concept=third-party-services
heading: вбудован* відео concept=third-party-services
heading: плагіни concept=social-media-plugins
body: вбудован* weight=2.5 concept=plugins
body: вбудовува* weight=2.5 concept=plugins
body: вбудовуванн* weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: контент* третіх сторін weight=3 concept=other-sites
body: вміст* третіх сторін weight=3 concept=other-sites
body: сторонн* контент* weight=3 concept=other-sites
body: сторонн* вміст* weight=3 concept=other-sites
body: відеохостинг* weight=2.5 concept=plugins
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: режим* підвищен* конфіденційност* weight=2.5 concept=plugins
body: увійшли до сво* обліков* запис* weight=1.5 concept=plugins
body: увійшли в сво* обліков* запис* weight=1.5 concept=plugins
# Outside tools named in a heading ("Використання механізмів перекладу та сторонніх бібліотек").
heading: сторонн* бібліотек* concept=third-party-services
heading: сторонн* інструмент* concept=third-party-services
heading: механізм* перекладу concept=third-party-services
heading: сторонні служби concept=third-party-services
heading: зовнішні сервіси concept=third-party-services
heading: хмарна синхронізація concept=third-party-services
heading: синхронізація з хмарою concept=third-party-services
heading: резервне копіювання в icloud concept=third-party-services
heading: синхронізація та резервне копіювання concept=third-party-services
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: мережеві підключення weight=2 concept=network-connections
heading: мережеві з'єднання weight=2 concept=network-connections
heading: мережеві запити weight=2 concept=network-connections
heading: зовнішні підключення weight=2 concept=network-connections
heading: залиша* ваш пристрій weight=2 concept=network-connections
heading: покида* ваш пристрій weight=2 concept=network-connections
heading: надсила* за межі пристрою weight=2 concept=network-connections
heading: потрапля* в інтернет weight=2 concept=network-connections
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
heading: зміни до політики concept=changes-to-policy
heading: зміни до цієї політики concept=changes-to-policy
heading: зміни в політиці конфіденційності concept=changes-to-policy
heading: внесення змін concept=amendments
heading: оновлення політики concept=policy-updates
heading: прикінцеві положення concept=entry-into-force
# Added with the shared concept inventory (concepts.txt).
heading: оновлення цієї політики concept=policy-updates
heading: зміни та оновлення concept=policy-updates
heading: повідомлення про зміни concept=notification-of-changes
heading: зміни та доповнення concept=amendments
heading: набрання чинності concept=entry-into-force
heading: дата набрання чинності concept=entry-into-force
# declined forms (stems)
heading: змін* до політик* concept=changes-to-policy
heading: змін* до цієї політик* concept=changes-to-policy
heading: змін* цієї політик* concept=changes-to-policy
heading: змін* політик* concept=changes-to-policy
heading: змін* в політиц* concept=changes-to-policy
heading: змін* у політиц* concept=changes-to-policy
heading: оновленн* політик* concept=policy-updates
heading: оновленн* цієї політик* concept=policy-updates
heading: внесенн* змін concept=amendments
heading: змін* та доповнен* concept=amendments
heading: зміни concept=amendments
heading: повідомленн* про зміни concept=notification-of-changes
heading: набранн* чинност* concept=entry-into-force
heading: прикінцев* положен* concept=entry-into-force
body: змін* weight=1.5 concept=change-update
body: внесенн* змін* weight=3 concept=change-update
body: вносити зміни weight=3 concept=change-update
body: оновлю* weight=2 concept=change-update
body: оновленн* weight=1.5 concept=change-update
body: нов* редакці* weight=3 concept=latest-version
body: редакці* weight=2 concept=version
body: останн* оновленн* weight=3 concept=effective-date
body: набира* чинност* weight=3 concept=effective-immediately
body: з моменту weight=1.5 concept=effective-immediately
body: розміщенн* weight=1.5 concept=posting
body: періодично weight=1.5 concept=from-time-to-time
body: в односторонньому порядку weight=2.5 concept=reserve-the-right
body: продовженн* використанн* weight=2 concept=continued-use
body: актуальн* верс* weight=2.5 concept=latest-version
body: нов* верс* weight=2.5 concept=latest-version
body: оновит* weight=2 concept=change-update
body: оновим* weight=2 concept=change-update
body: опублік* weight=1 concept=posting
body: публіку* weight=1 concept=posting
# Added with the shared concept inventory (concepts.txt).
body: час від часу weight=2.5 concept=from-time-to-time
body: суттєв* змін* weight=3 concept=material-changes
body: істотн* змін* weight=3 concept=material-changes
body: регулярно перевіря* weight=2.5 concept=check-back
body: залиша* за собою право weight=2 concept=reserve-the-right
body: повідом* weight=1.5 concept=notify-you
body: дата набрання чинності weight=3 concept=effective-date
# Where a changed policy is posted: "(we will post the new policy) on this page".
body: на цій сторінці weight=1 concept=posting

[contact]
heading: контакти concept=contact-us
heading: контактна інформація concept=contact-information
heading: зв'яжіться з нами concept=contact-us
heading: як з нами зв'язатися concept=how-to-contact
heading: зворотний зв'язок concept=contact-us
heading: реквізити concept=contact-information
# Added with the shared concept inventory (concepts.txt).
heading: контактні дані concept=contact-information
heading: питання concept=questions
heading: питання та пропозиції concept=questions
heading: відповідальна особа за обробку персональних даних concept=data-protection-officer
heading: інспектор з захисту даних concept=data-protection-officer
heading: особа відповідальна за захист персональних даних concept=data-protection-officer
# declined forms (stems) and question headings
heading: контактн* інформаці* concept=contact-information
heading: контактн* дан* concept=contact-information
heading: як зв'язатися concept=how-to-contact
heading: зв'язок з нами concept=contact-us
heading: зворотн* зв'яз* concept=contact-us
heading: питанн* та пропозиці* concept=questions
heading: питанн* і звернен* concept=questions
heading: відповідальн* особ* concept=data-protection-officer
heading: особ* відповідальн* concept=data-protection-officer
heading: інспектор* з захисту concept=data-protection-officer
heading: уповноважен* з питань захисту concept=data-protection-officer
body: зв'яжіт* weight=3 concept=please-contact
body: зв'язатися weight=2.5 concept=please-contact
body: напиш* weight=2 concept=please-contact
body: контакт* weight=2 concept=please-contact
body: звернен* weight=1.5 concept=questions-comments
body: питанн* weight=1.5 concept=questions-comments
body: питань weight=1.5 concept=questions-comments # genitive plural, not reached by питанн*
body: електронн* пошт* weight=1 concept=by-email
body: поштов* адрес* weight=2 concept=postal-address
body: юридичн* адрес* weight=2.5 concept=postal-address
body: реквізит* weight=2.5
body: єдрпоу weight=3
body: відповідальн* особ* weight=2.5 concept=dpo
body: служб* підтримк* weight=2 concept=customer-service
# Added with the shared concept inventory (concepts.txt).
body: телефон* weight=1.5 concept=telephone
body: адрес* weight=0.3 concept=address
heading: відомості про оператора concept=contact-information
heading: інформація про оператора concept=contact-information
# The controller's identity and address (володілець персональних даних, art. 13 GDPR).
heading: володілець персональних даних concept=contact-information
heading: володілець concept=contact-information
heading: контролер даних concept=contact-information
heading: контролер concept=contact-information
# Infinitive "Зв'язатися з нами" (Contact us).
heading: зв'язатися з нами concept=contact-us
heading: до кого звертатися concept=how-to-contact
heading: до кого звернутися concept=how-to-contact
heading: куди звертатися concept=how-to-contact
heading: з ким зв'язатися concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no entry
# overlapping it counts.
# A software update is not a change to the policy.
перевірк* оновлень
оновлен* застосунку
оновлен* додатка
оновлен* програмного забезпечення
оновлен* програми
автоматичн* оновлен*
# The version of an app is not the version of the policy.
версі* застосунку
версі* додатка
# An authority's name is no security practice.
служба безпеки україни
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
