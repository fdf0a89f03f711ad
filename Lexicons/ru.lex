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

[intro]
heading: введение
heading: общие положения
heading: о настоящей политике
heading: об этой политике
heading: кто мы
heading: сфера применения
heading: область применения
body: настоящ* политик* weight=2
body: политик* конфиденциальност* weight=1.5
body: политик* в отношении обработки weight=2.5
body: распространяется на weight=1.5
body: применяется к weight=1.5
body: оператор* weight=0.5
body: далее weight=1
body: принимаете weight=1.5
body: соглашаетесь weight=1.5
body: пользовательск* соглашени* weight=2
body: описыва* weight=1
body: внимательно weight=1
body: ознаком* weight=1
body: уважа* weight=1.5
body: сайт* weight=0.5

[definitions]
heading: определения
heading: термины и определения
heading: основные понятия
heading: основные термины
heading: используемые термины
heading: понятия и определения
heading: толкование терминов
body: означает weight=2.5
body: понимается weight=2.5
body: термин* weight=2
body: определени* weight=2
body: поняти* weight=2
body: следующ* термин* weight=3
body: прямо или косвенно weight=3
body: определяем* физическ* лиц* weight=3
body: обезличивани* weight=2
body: автоматизированн* обработк* weight=1.5
body: распространени* персональн* данн* weight=1.5
body: субъект* персональн* данн* weight=1.5
body: оператор* weight=1
body: контролер* weight=1.5
body: обработчик* weight=1.5

[collection]
heading: какие данные мы собираем
heading: какую информацию мы собираем
heading: сбор информации
heading: сбор данных
heading: сбор персональных данных
heading: состав персональных данных
heading: категории персональных данных
heading: источники
body: собира* weight=2.5
body: сбор* weight=1.5
body: категори* данн* weight=2
body: категори* персональн* weight=2
body: фамили* weight=1.5
body: отчеств* weight=2
body: имя weight=1
body: номер* телефон* weight=1.5
body: адрес* электронн* почт* weight=1.5
body: дат* рождени* weight=1.5
body: ip-адрес* weight=1.5
body: платежн* данн* weight=1
body: автоматически weight=1.5
body: регистраци* weight=1
body: учетн* запис* weight=1
body: местоположени* weight=1
body: источник* weight=1.5
body: данные об использовании weight=1.5
body: демографическ* weight=1.5

[use]
heading: как мы используем информацию
heading: как мы используем ваши данные
heading: использование информации
heading: использование персональных данных
heading: цели обработки
heading: цели обработки персональных данных
heading: для чего мы используем ваши данные
heading: цели
heading: цели сбора
body: использу* weight=1
body: использовани* weight=1
body: цел* обработк* weight=3
body: в целях weight=2
body: для целей weight=1.5
body: следующих целей weight=2.5
body: обезличенн* информаци* weight=2
body: для того чтобы weight=1
body: предоставлени* услуг* weight=1.5
body: улучшени* weight=2
body: персонализаци* weight=2.5
body: профилировани* weight=2.5
body: обработк* заказ* weight=1.5
body: исполнени* договор* weight=1
body: связ* с вами weight=1
body: аналитик* weight=1
body: предотвращени* мошенничеств* weight=1.5

[legal-basis]
heading: правовые основания обработки
heading: правовые основания обработки персональных данных
heading: правовое основание
heading: законные основания
heading: основания обработки
heading: на каком основании мы обрабатываем данные
heading: правовые основания
body: правов* основани* weight=3
body: законн* основани* weight=3
body: основани* weight=1.5
body: законн* интерес* weight=3
body: правомерн* интерес* weight=2.5
body: исполнени* договор* weight=2
body: заключени* договор* weight=1.5
body: сторон* которого является weight=2.5
body: юридическ* обязанност* weight=2
body: правов* обязанност* weight=2
body: жизненно важн* интерес* weight=2.5
body: общественн* интерес* weight=1.5
body: правомерност* weight=1.5
body: стать* 6 weight=1.5
body: согласи* weight=1

[consent]
heading: согласие
heading: ваше согласие
heading: согласие на обработку персональных данных
heading: отзыв согласия
heading: согласие и его отзыв
heading: согласие пользователя
heading: порядок отзыва согласия
body: согласи* weight=2
body: отзыв* согласи* weight=3
body: отозва* weight=3
body: до отзыв* weight=2
body: соглаша* weight=1.5
body: выража* согласи* weight=2.5
body: дает* согласи* weight=2
body: даёт* согласи* weight=2
body: явн* согласи* weight=2
body: своей волей weight=2.5
body: добровольн* weight=1
body: конклюдентн* weight=2
body: акцепт* weight=2
body: отметк* weight=1
body: в любой момент weight=1

[sharing]
heading: передача данных третьим лицам
heading: передача информации третьим лицам
heading: предоставление данных третьим лицам
heading: раскрытие информации
heading: раскрытие персональных данных
heading: с кем мы делимся информацией
heading: получатели персональных данных
body: трет* лиц* weight=2
body: переда* weight=1.5
body: раскры* weight=2
body: делимся weight=2
body: делиться weight=1.5
body: получател* weight=2
body: поставщик* услуг weight=2
body: подрядчик* weight=2
body: аффилированн* лиц* weight=2.5
body: дочерн* компани* weight=1.5
body: групп* компаний weight=1.5
body: поручени* weight=1.5
body: государственн* орган* weight=1.5
body: правоохранительн* орган* weight=2
body: слияни* weight=2
body: партнер* weight=1
body: продава* weight=1
body: не продаем weight=1.5

[cookies]
heading: файлы cookie
heading: использование файлов cookie
heading: файлы cookie и аналогичные технологии
heading: политика использования файлов cookie
heading: cookie-файлы
heading: технологии отслеживания
heading: веб-маяки и пиксели
body: файл* cookie weight=3
body: cookie weight=2
body: куки weight=2.5
body: веб-маяк* weight=3
body: пиксел* weight=2
body: пиксельн* тег* weight=2
body: технологи* отслеживани* weight=2.5
body: аналогичн* технологи* weight=2
body: сеансов* weight=2
body: настройк* браузер* weight=1.5
body: яндекс.метрик* weight=3
body: метрик* weight=1.5
body: google analytics weight=3
body: лог-файл* weight=2
body: локальн* хранилищ* weight=2

[advertising]
heading: реклама
heading: реклама и маркетинг
heading: маркетинговые коммуникации
heading: рекламные рассылки
heading: маркетинговые сообщения
heading: персонализированная реклама
heading: таргетированная реклама
body: реклам* weight=2.5
body: рекламн* сет* weight=3
body: маркетинг* weight=2
body: рассылк* weight=2
body: таргетирован* weight=3
body: ретаргетинг* weight=3
body: персонализированн* реклам* weight=3
body: поведенческ* weight=2
body: основанн* на интерес* weight=2
body: промо* weight=1.5
body: специальн* предложени* weight=2
body: новостн* weight=1
body: push-уведомлени* weight=1.5
body: смс weight=1
body: sms weight=1

[do-not-track]
heading: функция do not track
heading: сигналы do not track
heading: запрет отслеживания
heading: сигналы не отслеживать
heading: глобальный контроль конфиденциальности
heading: сигналы global privacy control
body: do not track weight=3
body: dnt weight=3
body: не отслеживать weight=3
body: запрет* отслеживани* weight=3
body: global privacy control weight=3
body: gpc weight=3
body: глобальн* контрол* конфиденциальност* weight=3
body: сигнал* weight=2
body: отраслев* стандарт* weight=2
body: стандарт* weight=1
body: не реагиру* weight=2
body: не отвеча* weight=1
body: отслеживани* weight=1
body: браузер* weight=1
body: предпочтени* weight=0.5

[choices]
heading: ваш выбор
heading: ваши возможности выбора
heading: варианты выбора
heading: управление настройками
heading: ваши настройки
heading: отказ от рассылки
heading: как отказаться
body: отказ* weight=1.5
body: отказаться от получени* weight=3
body: отписа* weight=3
body: отписк* weight=3
body: выбор* weight=2
body: настройк* weight=1.5
body: управля* weight=1
body: по своему усмотрению weight=1
body: не предоставлять weight=2
body: отключ* weight=1.5
body: блокир* weight=1
body: личн* кабинет* weight=1.5
body: настройк* аккаунт* weight=1.5
body: параметр* конфиденциальност* weight=1.5
body: рекламн* рассылк* weight=1

[rights]
heading: ваши права
heading: права субъекта персональных данных
heading: права субъектов данных
heading: права пользователя
heading: права пользователей
heading: ваши права в отношении персональных данных
heading: реализация прав
heading: можете получить доступ
body: имеете право weight=2.5
body: права субъект* weight=2.5
body: исправлени* weight=2
body: уточнени* weight=2.5
body: блокировани* weight=2
body: переносимост* weight=3
body: возражени* weight=2.5
body: возража* weight=2
body: ограничени* обработк* weight=2.5
body: обжалова* weight=2.5
body: жалоб* weight=2
body: надзорн* орган* weight=2.5
body: уполномоченн* орган* weight=2
body: роскомнадзор* weight=3
body: автоматизированн* решени* weight=2
body: удалени* weight=1.5
body: получить доступ weight=1.5
body: запрос* обновлени* weight=2
body: уполномоченн* представител* weight=2

[retention]
heading: хранение данных
heading: хранение информации
heading: сроки хранения
heading: срок хранения персональных данных
heading: как долго мы храним данные
heading: хранение и удаление данных
heading: сроки обработки и хранения
body: хран* weight=1.5
body: срок* хранени* weight=3
body: срок* weight=1.5
body: до тех пор weight=1
body: не дольше weight=2.5
body: достижени* цел* weight=2.5
body: уничтож* weight=2
body: удаля* weight=1.5
body: обезличива* weight=1.5
body: истечени* weight=2
body: прекращени* weight=1
body: архив* weight=1
body: резервн* коп* weight=1.5
body: период* weight=1
body: сохраня* weight=1.5

[security]
heading: безопасность
heading: безопасность данных
heading: защита информации
heading: защита персональных данных
heading: меры безопасности
heading: как мы защищаем ваши данные
heading: обеспечение безопасности персональных данных
body: безопасност* weight=2
body: шифрова* weight=3
body: зашифрова* weight=3
body: ssl weight=2
body: tls weight=2
body: несанкционированн* доступ* weight=3
body: неправомерн* доступ* weight=3
body: случайн* доступ* weight=2
body: техническ* мер* weight=2
body: организационн* мер* weight=2
body: утечк* weight=2.5
body: инцидент* weight=2
body: межсетев* экран* weight=2
body: антивирус* weight=2
body: абсолютн* безопасност* weight=2
body: защит* weight=1
body: защища* weight=1.5

[children]
heading: использование сервиса детьми
heading: конфиденциальность детей
heading: персональные данные детей
heading: информация о детях
heading: несовершеннолетние
heading: защита детей
heading: лица младше 18 лет
body: детей weight=3
body: дети weight=3
body: детск* weight=2
body: ребен* weight=3
body: ребён* weight=3
body: несовершеннолетн* weight=3
body: младше weight=2.5
body: моложе weight=2.5
body: не достигш* weight=2.5
body: возраст* weight=1.5
body: родител* weight=2.5
body: законн* представител* weight=2.5
body: опекун* weight=2.5
body: согласи* родител* weight=3
body: coppa weight=3

[international]
heading: трансграничная передача данных
heading: трансграничная передача персональных данных
heading: международная передача данных
heading: передача данных за рубеж
heading: место хранения данных
heading: где хранятся ваши данные
heading: хранение данных за пределами
body: трансграничн* weight=3
body: международн* передач* weight=3
body: за пределы weight=2
body: за пределами weight=2
body: за рубеж* weight=2.5
body: иностранн* государств* weight=2.5
body: другие страны weight=2
body: странах weight=1.5
body: адекватн* weight=2.5
body: стандартн* договорн* weight=3
body: типов* договорн* weight=2
body: локализаци* weight=2.5
body: территори* российской федерации weight=2.5
body: европейск* экономическ* зон* weight=2
body: центр* обработк* данн* weight=2

[regional]
heading: для жителей калифорнии
heading: жители калифорнии
heading: информация для жителей ес
heading: дополнительная информация для пользователей из ес
heading: пользователи из европейского союза
heading: региональные положения
heading: уведомление для отдельных юрисдикций
body: калифорни* weight=3
body: ccpa weight=3
body: cpra weight=3
body: gdpr weight=2
body: оргпд weight=2
body: европейск* союз* weight=2
body: еэз weight=2
body: жител* weight=2
body: резидент* weight=2
body: юрисдикци* weight=2
body: бразили* weight=1.5
body: lgpd weight=2
body: великобритани* weight=1.5
body: местн* законодательств* weight=1.5
body: продаж* персональн* информаци* weight=1.5

[third-party-sites]
heading: сторонние сайты
heading: ссылки на сторонние сайты
heading: ссылки на другие сайты
heading: сайты третьих лиц weight=2
heading: сторонние сервисы
heading: сторонние веб-сайты
heading: сервисы третьих лиц weight=2
body: сторонн* сайт* weight=3
body: сторонн* веб-сайт* weight=3
body: гиперссылк* weight=2.5
body: одобря* weight=2
body: сторонн* сервис* weight=2.5
body: сторонн* ресурс* weight=2.5
body: сайт* третьих лиц weight=2.5
body: ссылк* weight=1.5
body: переход* weight=1.5
body: внешн* weight=1
body: не несем ответственност* weight=2.5
body: не несём ответственност* weight=2.5
body: не контролир* weight=2.5
body: собственн* политик* weight=2
body: не распространяется weight=2.5
body: социальн* сет* weight=1.5
body: плагин* weight=2
body: виджет* weight=2

[changes]
heading: изменения политики
heading: изменения в политике конфиденциальности
heading: изменения настоящей политики
heading: внесение изменений
heading: обновления политики
heading: изменения и обновления
heading: заключительные положения
body: изменени* weight=1.5
body: внесени* изменени* weight=3
body: вносить изменения weight=3
body: обновля* weight=2
body: обновлени* weight=1.5
body: нов* редакци* weight=3
body: редакци* weight=2
body: действующ* редакци* weight=2
body: последн* обновлени* weight=3
body: вступа* в силу weight=3
body: с момента weight=1.5
body: размещени* weight=1.5
body: в одностороннем порядке weight=2.5
body: продолжени* использовани* weight=2
body: актуальн* верси* weight=2.5

[contact]
heading: контакты
heading: контактная информация
heading: контактные данные
heading: свяжитесь с нами
heading: как с нами связаться
heading: обратная связь
heading: реквизиты
body: свяжит* weight=3
body: связаться weight=2.5
body: напиш* weight=2
body: контакт* weight=2
body: обращени* weight=1.5
body: вопрос* weight=1.5
body: электронн* почт* weight=1
body: почтов* адрес* weight=2
body: юридическ* адрес* weight=2.5
body: реквизит* weight=2.5
body: инн weight=2
body: огрн weight=2.5
body: ответственн* за организаци* обработк* weight=3
body: по защите данных weight=2
body: служб* поддержк* weight=2
