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

[intro]
heading: вступ
heading: загальні положення
heading: про цю політику
heading: політика конфіденційності
heading: хто ми
heading: сфера застосування
heading: про нас
body: ця політика weight=2
body: цієї політики weight=2
body: політик* конфіденційност* weight=1.5
body: поширюється на weight=1.5
body: застосовується до weight=1.5
body: далі weight=1
body: погоджуєтес* weight=1.5
body: приймаєте weight=1.5
body: угод* користувача weight=2
body: описує weight=1
body: уважно weight=1
body: ознайом* weight=1
body: поважа* weight=1.5
body: володіл* weight=0.5
body: сайт* weight=0.5

[definitions]
heading: визначення
heading: терміни та визначення
heading: визначення термінів
heading: основні терміни
heading: терміни
heading: тлумачення термінів
body: означає weight=2.5
body: розуміється weight=2.5
body: вживаються weight=2
body: такому значенні weight=3
body: термін* weight=1.5
body: визначенн* weight=2
body: поняття weight=2
body: ідентифікован* weight=2
body: фізичн* особ* weight=1.5
body: володіл* weight=2
body: розпорядник* weight=2
body: суб'єкт* weight=1.5
body: знеособлен* weight=2
body: контролер* weight=1.5

[collection]
heading: які дані ми збираємо
heading: яку інформацію ми збираємо
heading: збір інформації
heading: збір даних
heading: збирання персональних даних
heading: склад персональних даних
heading: категорії персональних даних
heading: джерела
body: збира* weight=2.5
body: збір* weight=1.5
body: категорі* даних weight=2
body: категорі* персональн* weight=2
body: прізвищ* weight=1.5
body: по батькові weight=2
body: ім'я weight=1
body: номер* телефон* weight=1.5
body: адрес* електронн* пошт* weight=1.5
body: дат* народженн* weight=1.5
body: ip-адрес* weight=1.5
body: платіжн* weight=1
body: автоматично weight=1.5
body: реєстраці* weight=1
body: місцезнаходженн* weight=1
body: джерел* weight=1.5

[use]
heading: як ми використовуємо інформацію
heading: як ми використовуємо ваші дані
heading: використання інформації
heading: використання персональних даних
heading: мета обробки персональних даних
heading: для чого ми використовуємо дані
heading: цілі обробки
heading: цілі
body: використову* weight=1
body: використанн* weight=1
body: мет* обробк* weight=3
body: ціл* обробк* weight=2.5
body: з метою weight=2
body: для цілей weight=1.5
body: для того щоб weight=1
body: наданн* послуг* weight=1.5
body: покращенн* weight=2
body: поліпшенн* weight=2
body: персоналізаці* weight=2.5
body: профілюванн* weight=2.5
body: обробк* замовлен* weight=1.5
body: виконанн* договор* weight=1
body: аналітик* weight=1
body: запобіганн* шахрайств* weight=1.5
body: таких цілей weight=2
body: наступних цілей weight=2

[legal-basis]
heading: правові підстави обробки
heading: правові підстави обробки персональних даних
heading: правова підстава
heading: законні підстави
heading: підстави обробки
heading: на якій підставі ми обробляємо дані
body: правов* підстав* weight=3
body: законн* підстав* weight=3
body: підстав* weight=1.5
body: законн* інтерес* weight=3
body: виконанн* договор* weight=2
body: укладенн* договор* weight=1.5
body: стороною якого weight=2.5
body: юридичн* обов'яз* weight=2
body: передбачен* законом weight=1.5
body: життєво важлив* інтерес* weight=2.5
body: суспільн* інтерес* weight=1.5
body: правомірн* weight=1.5
body: статт* 6 weight=1.5
body: згода weight=1

[consent]
heading: згода користувача
heading: ваша згода
heading: згода на обробку персональних даних
heading: відкликання згоди
heading: згода та її відкликання
heading: надання згоди
body: згода weight=2
body: згоди weight=2
body: згоду weight=2
body: згодою weight=2
body: відклика* weight=3
body: до відкликання weight=2
body: погоджу* weight=1.5
body: надаєте згоду weight=3
body: надаючи згоду weight=2.5
body: явн* згод* weight=2
body: добровільн* weight=1.5
body: будь-який час weight=1
body: письмов* форм* weight=1
body: відмітк* weight=1
body: акцепт* weight=2

[sharing]
heading: передача даних третім особам
heading: передача інформації третім особам
heading: розкриття інформації
heading: розкриття персональних даних
heading: надання доступу до інформації
heading: з ким ми ділимося інформацією
heading: одержувачі персональних даних
body: трет* особ* weight=2
body: переда* weight=1.5
body: розкри* weight=2
body: ділимося weight=2
body: ділитися weight=1.5
body: одержувач* weight=2
body: отримувач* weight=2
body: постачальник* послуг weight=2
body: підрядник* weight=2
body: партнер* weight=1
body: афілійован* weight=2.5
body: дочірн* компані* weight=1.5
body: розпорядник* weight=1.5
body: державн* орган* weight=1.5
body: правоохоронн* орган* weight=2
body: злиття weight=2
body: не продаємо weight=1.5

[cookies]
heading: файли cookie
heading: використання файлів cookie
heading: файли cookie та подібні технології
heading: політика щодо файлів cookie
heading: cookie-файли
heading: технології відстеження
body: файл* cookie weight=3
body: cookie weight=2
body: куки weight=2.5
body: веб-маяк* weight=3
body: піксел* weight=2
body: технологі* відстеженн* weight=2.5
body: подібн* технологі* weight=2
body: аналогічн* технологі* weight=2
body: сеансов* weight=2
body: налаштуванн* браузер* weight=1.5
body: google analytics weight=3
body: лог-файл* weight=2
body: журнал* weight=1
body: локальн* сховищ* weight=2
body: аналітичн* weight=1

[advertising]
heading: реклама
heading: реклама та маркетинг
heading: маркетингові комунікації
heading: маркетингові повідомлення
heading: персоналізована реклама
heading: рекламні розсилки
body: реклам* weight=2.5
body: рекламн* мереж* weight=3
body: маркетинг* weight=2
body: розсилк* weight=2
body: таргетован* weight=3
body: ретаргетинг* weight=3
body: персоналізован* реклам* weight=3
body: поведінков* weight=2
body: на основі інтересів weight=2
body: промо* weight=1.5
body: спеціальн* пропозиці* weight=2
body: новин* weight=1
body: push-сповіщен* weight=1.5
body: sms weight=1
body: смс weight=1

[do-not-track]
heading: функція do not track
heading: сигнали do not track
heading: сигнали не відстежувати
heading: заборона відстеження
heading: глобальний контроль конфіденційності
heading: сигнали global privacy control
body: do not track weight=3
body: dnt weight=3
body: не відстежувати weight=3
body: заборон* відстеженн* weight=3
body: global privacy control weight=3
body: gpc weight=3
body: сигнал* weight=2
body: галузев* стандарт* weight=2
body: стандарт* weight=1
body: не реагу* weight=2
body: не відповіда* weight=1
body: відстеженн* weight=1
body: браузер* weight=1

[choices]
heading: ваш вибір
heading: ваші можливості вибору
heading: налаштування конфіденційності
heading: керування налаштуваннями
heading: відмова від розсилки
heading: як відмовитися
body: відмов* weight=1.5
body: відмовитися від отриманн* weight=3
body: відписа* weight=3
body: відписк* weight=3
body: вибір weight=2
body: вибору weight=2
body: налаштуванн* weight=1.5
body: керува* weight=1
body: на власний розсуд weight=1
body: не надавати weight=2
body: вимкн* weight=1.5
body: блокува* weight=1
body: особист* кабінет* weight=1.5
body: opt-out weight=1

[rights]
heading: ваші права
heading: права суб'єкта персональних даних
heading: права користувачів
heading: ваші права щодо персональних даних
heading: реалізація ваших прав
heading: доступ до
body: право на доступ weight=1.5
body: маєте право weight=2.5
body: отримати доступ weight=1.5
body: виправленн* weight=2
body: видаленн* weight=1.5
body: знищенн* weight=1
body: блокуванн* weight=2
body: переносимост* weight=3
body: перенесенн* даних weight=2
body: заперечен* weight=2.5
body: обмеженн* обробк* weight=2.5
body: оскарж* weight=2.5
body: скарг* weight=2
body: наглядов* орган* weight=2.5
body: уповноважен* верховної ради weight=3
body: автоматизован* рішен* weight=2
body: копі* weight=1
body: запит* на оновленн* weight=2

[retention]
heading: зберігання даних
heading: зберігання інформації
heading: строки зберігання
heading: термін зберігання
heading: як довго ми зберігаємо дані
heading: зберігання та видалення даних
body: зберіга* weight=1.5
body: строк* зберіганн* weight=3
body: термін* зберіганн* weight=3
body: строк* weight=1.5
body: до тих пір weight=1
body: не довше weight=2.5
body: досягненн* мет* weight=2.5
body: знищ* weight=2
body: видаля* weight=1.5
body: знеособлю* weight=1.5
body: закінченн* weight=2
body: сплив* weight=2
body: припиненн* weight=1
body: архів* weight=1
body: резервн* копі* weight=1.5
body: період* weight=1

[security]
heading: безпека
heading: безпека даних
heading: захист інформації
heading: захист персональних даних
heading: заходи безпеки
heading: як ми захищаємо ваші дані
body: безпек* weight=2
body: захист* weight=1
body: захища* weight=1.5
body: шифрува* weight=3
body: зашифрова* weight=3
body: ssl weight=2
body: tls weight=2
body: несанкціонован* доступ* weight=3
body: неправомірн* доступ* weight=2.5
body: технічн* заход* weight=2
body: організаційн* заход* weight=2
body: витік weight=2.5
body: витоку weight=2.5
body: інцидент* weight=2
body: антивірус* weight=2
body: абсолютн* безпек* weight=2
body: втрат* weight=1.5

[children]
heading: використання сервісу дітьми
heading: конфіденційність дітей
heading: персональні дані дітей
heading: інформація про дітей
heading: неповнолітні
heading: захист дітей
body: дітей weight=3
body: діти weight=3
body: дитяч* weight=2
body: дитин* weight=3
body: неповнолітн* weight=3
body: молодш* weight=2.5
body: не досягл* weight=2.5
body: віком weight=1.5
body: віку weight=1.5
body: батьк* weight=2
body: законн* представник* weight=2.5
body: опікун* weight=2.5
body: згод* батьків weight=3
body: coppa weight=3
body: 13 років weight=1.5
body: свідомо weight=1.5

[international]
heading: транскордонна передача даних
heading: транскордонна передача персональних даних
heading: міжнародна передача даних
heading: передача даних за кордон
heading: місце зберігання даних
heading: де зберігаються ваші дані
body: транскордонн* weight=3
body: міжнародн* передач* weight=3
body: за межі weight=2
body: за межами weight=2
body: за кордон* weight=2.5
body: іноземн* держав* weight=2.5
body: інш* країн* weight=2
body: країнах weight=1.5
body: адекватн* weight=2.5
body: належн* захист* weight=2.5
body: стандартн* договірн* weight=3
body: типов* договірн* weight=2
body: європейськ* економічн* зон* weight=2
body: центр* обробк* даних weight=2
body: сервер* weight=1

[regional]
heading: для жителів каліфорнії
heading: мешканці каліфорнії
heading: інформація для користувачів з єс
heading: користувачі з європейського союзу
heading: регіональні положення
heading: додаткові положення для окремих юрисдикцій
body: каліфорні* weight=3
body: ccpa weight=3
body: cpra weight=3
body: gdpr weight=2
body: зрзд weight=2
body: європейськ* союз* weight=2
body: єс weight=1
body: єез weight=2
body: жител* weight=2
body: мешканц* weight=2
body: резидент* weight=2
body: юрисдикці* weight=2
body: бразилі* weight=1.5
body: великобритані* weight=1.5
body: місцев* законодавств* weight=1.5
body: продаж* персональн* інформаці* weight=1.5

[third-party-sites]
heading: сторонні сайти
heading: посилання на сторонні сайти
heading: посилання на інші сайти
heading: сайти третіх осіб weight=2
heading: сторонні сервіси
heading: сервіси третіх сторін weight=2
heading: сторонні веб-сайти
body: сторонн* сайт* weight=3
body: сторонн* сервіс* weight=2.5
body: сторонн* ресурс* weight=2.5
body: сайт* третіх осіб weight=2.5
body: посиланн* weight=1.5
body: перехо* weight=1.5
body: зовнішн* weight=1
body: не несемо відповідальност* weight=2.5
body: відповідальност* weight=1
body: не контролю* weight=2.5
body: власн* політик* weight=2
body: не поширюється weight=2.5
body: соціальн* мереж* weight=1.5
body: плагін* weight=2
body: віджет* weight=2
body: сторонн* веб-сайт* weight=3
body: гіперпосиланн* weight=2.5

[changes]
heading: зміни до політики
heading: зміни до цієї політики
heading: зміни в політиці конфіденційності
heading: внесення змін
heading: оновлення політики
heading: прикінцеві положення
body: змін* weight=1.5
body: внесенн* змін* weight=3
body: вносити зміни weight=3
body: оновлю* weight=2
body: оновленн* weight=1.5
body: нов* редакці* weight=3
body: редакці* weight=2
body: останн* оновленн* weight=3
body: набира* чинност* weight=3
body: з моменту weight=1.5
body: розміщенн* weight=1.5
body: періодично weight=1.5
body: в односторонньому порядку weight=2.5
body: продовженн* використанн* weight=2
body: актуальн* верс* weight=2.5

[contact]
heading: контакти
heading: контактна інформація
heading: зв'яжіться з нами
heading: як з нами зв'язатися
heading: зворотний зв'язок
heading: реквізити
body: зв'яжіт* weight=3
body: зв'язатися weight=2.5
body: напиш* weight=2
body: контакт* weight=2
body: звернен* weight=1.5
body: питанн* weight=1.5
body: електронн* пошт* weight=1
body: поштов* адрес* weight=2
body: юридичн* адрес* weight=2.5
body: реквізит* weight=2.5
body: єдрпоу weight=3
body: відповідальн* особ* weight=2.5
body: служб* підтримк* weight=2
