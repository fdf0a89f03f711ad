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

[intro]
heading: въведение
heading: общи положения
heading: за тази политика
heading: относно тази политика
heading: кои сме ние
heading: обхват
heading: политика за поверителност
body: тази политика weight=2
body: настоящата политика weight=2
body: политиката за поверителност weight=1.5
body: политика* за защита на личните данни weight=2
body: се прилага weight=1.5
body: наричан* weight=1.5
body: по-долу weight=1
body: приемате weight=1.5
body: съгласявате weight=1.5
body: общи условия weight=2
body: описва weight=1
body: внимателно weight=1
body: запозна* weight=1
body: уважава* weight=1.5
body: администратор* weight=0.5
body: уебсайт* weight=0.5

[definitions]
heading: определения
heading: дефиниции
heading: термини и определения
heading: основни понятия
heading: използвани термини
heading: значение на термините
body: означава weight=2.5
body: се разбира weight=2.5
body: термин* weight=2
body: определението weight=2
body: поняти* weight=2
body: следни* термин* weight=3
body: пряко или непряко weight=3
body: идентифицира* weight=2
body: физическ* лиц* weight=1.5
body: администратор* weight=1.5
body: обработващ* weight=2
body: субект* на данни* weight=1.5
body: псевдонимизаци* weight=2
body: значение weight=1

[collection]
heading: какви данни събираме
heading: каква информация събираме
heading: събиране на информация
heading: събиране на данни
heading: категории лични данни
heading: лични данни които обработваме
heading: информация която ни предоставяте
heading: източници
heading: източници на лични данни
body: събира* weight=2.5
body: категори* лични данни weight=2
body: категори* данни* weight=2
body: име weight=1
body: фамилия weight=1.5
body: телефон* номер* weight=1.5
body: имейл адрес* weight=1.5
body: дата на раждане weight=1.5
body: ip адрес* weight=1.5
body: егн weight=2.5
body: платежн* weight=1
body: автоматично weight=1.5
body: регистрац* weight=1
body: местоположени* weight=1
body: източни* weight=1
body: предоставяте weight=1

[use]
heading: как използваме информацията
heading: как използваме вашите данни
heading: използване на информацията
heading: използване на личните данни
heading: цели на обработването
heading: за какво използваме личните ви данни
heading: цели
body: използва* weight=1
body: цели* на обработ* weight=3
body: за целите на weight=2
body: с цел weight=1.5
body: предоставяне на услуги* weight=1.5
body: подобряване* weight=2
body: персонализ* weight=2.5
body: профилиране weight=2.5
body: изпълнение на поръчк* weight=1.5
body: изпълнение на договор* weight=1
body: анализ* weight=1
body: статистик* weight=1
body: измам* weight=1.5
body: връзка с вас weight=1
body: за да weight=0.5
body: следните цели weight=2

[legal-basis]
heading: правни основания за обработване
heading: правно основание
heading: правни основания
heading: основания за обработване на лични данни
heading: законови основания
heading: на какво основание обработваме данните
body: правн* основани* weight=3
body: законн* основани* weight=2.5
body: законов* основани* weight=2.5
body: основани* weight=1.5
body: законн* интерес* weight=3
body: легитимн* интерес* weight=2.5
body: изпълнение на договор* weight=2
body: сключване на договор* weight=1.5
body: субектът на данните е страна weight=2.5
body: законов* задължени* weight=2
body: правн* задължени* weight=2
body: жизненоважн* интерес* weight=2.5
body: жизнено важн* интерес* weight=2.5
body: обществен* интерес* weight=1.5
body: член 6 weight=1.5
body: чл. 6 weight=1.5
body: законосъобразност* weight=1.5
body: съгласие weight=1

[consent]
heading: съгласие на потребителя
heading: вашето съгласие
heading: съгласие за обработване на лични данни
heading: оттегляне на съгласието
heading: съгласие и оттегляне
heading: предоставяне на съгласие
body: съгласие* weight=2
body: оттегл* weight=3
body: преди оттеглянето weight=2
body: съгласява* weight=1.5
body: давате съгласие* weight=3
body: дадено съгласие weight=2
body: изрично съгласие weight=2
body: свободно изразено weight=2.5
body: недвусмислен* weight=2
body: доброволн* weight=1.5
body: по всяко време weight=1
body: писмен* weight=1
body: отметка* weight=1
body: информиран* weight=1

[sharing]
heading: споделяне на информация
heading: разкриване на информация
heading: разкриване на лични данни
heading: предоставяне на данни на трети лица
heading: с кого споделяме информацията
heading: получатели на лични данни
heading: на кого предоставяме
heading: предаване на данни на трети страни
body: трети лица weight=2
body: трети страни weight=2
body: споделя* weight=2
body: разкри* weight=2
body: предава* weight=1.5
body: получател* weight=2
body: доставчи* на услуги weight=2
body: подизпълнител* weight=2
body: партньор* weight=1
body: свързан* дружеств* weight=2.5
body: дъщерн* дружеств* weight=1.5
body: обработващ* weight=1.5
body: държавн* орган* weight=1.5
body: правоохранителн* орган* weight=2
body: съдебн* weight=1
body: сливане weight=2
body: не продаваме weight=1.5
body: предоставя* weight=1.5
body: куриер* weight=1.5

[cookies]
heading: бисквитки
heading: политика за бисквитките
heading: използване на бисквитки
heading: бисквитки и подобни технологии
heading: файлове cookie
heading: технологии за проследяване
body: бисквитк* weight=3
body: cookie* weight=2
body: уеб маяц* weight=3
body: пиксел* weight=2
body: технологи* за проследяване weight=2.5
body: подобни технологии weight=2
body: сесийн* weight=2
body: настройки на браузър* weight=1.5
body: google analytics weight=3
body: лог файл* weight=2
body: локално хранилище weight=2
body: аналитичн* weight=1
body: браузър* weight=1
body: постоянн* weight=0.5
body: идентификатор* weight=0.5

[advertising]
heading: реклама
heading: реклама и маркетинг
heading: маркетингови съобщения
heading: директен маркетинг
heading: персонализирана реклама
heading: търговски съобщения
body: реклам* weight=2.5
body: рекламн* мрежи weight=3
body: маркетинг* weight=2
body: бюлетин* weight=2
body: таргетиран* weight=3
body: ретаргетинг* weight=3
body: персонализиран* реклам* weight=3
body: поведенческ* weight=2
body: въз основа на интересите weight=2
body: промоци* weight=1.5
body: специални оферти weight=2
body: търговск* съобщени* weight=2
body: директн* маркетинг* weight=2
body: sms weight=1
body: известия weight=0.5

[do-not-track]
heading: искания не проследявай
heading: сигнали do not track
heading: функция do not track
heading: сигнали за забрана на проследяването
heading: глобален контрол на поверителността
heading: сигнали global privacy control
body: do not track weight=3
body: dnt weight=3
body: не проследявай* weight=3
body: забрана на проследяването weight=3
body: global privacy control weight=3
body: gpc weight=3
body: глобален контрол* на поверителност* weight=3
body: сигнал* weight=2
body: индустриален стандарт weight=2
body: единен стандарт weight=2
body: стандарт* weight=1
body: не отговаря* weight=2
body: не реагира* weight=2
body: проследяване weight=1
body: браузър* weight=1

[choices]
heading: вашият избор
heading: вашите възможности за избор
heading: управление на настройките
heading: настройки за поверителност
heading: отказ от получаване на съобщения
heading: как да се откажете
heading: отписване
heading: как да се отпишете
body: откаж* weight=2
body: отказ* weight=1.5
body: отпиш* weight=3
body: отписван* weight=3
body: профил* weight=1
body: избор* weight=2
body: настройк* weight=1.5
body: управлява* weight=1
body: по свое усмотрение weight=1
body: да не предоставяте weight=2
body: деактивира* weight=1.5
body: изключ* weight=1.5
body: блокира* weight=1
body: вашия профил weight=1.5
body: opt-out weight=1

[rights]
heading: вашите права
heading: права на субектите на данни
heading: права на субекта на данните
heading: права на потребителите
heading: вашите права във връзка с личните данни
heading: упражняване на права
heading: достъп до
body: имате право weight=2.5
body: права* на субект* weight=2
body: достъп weight=1.5
body: коригира* weight=2
body: изтрива* weight=1.5
body: заличава* weight=2.5
body: да бъдеш забравен weight=3
body: преносимост* weight=3
body: възражени* weight=2.5
body: възрази weight=2
body: ограничаване на обработването weight=2.5
body: жалб* weight=2
body: надзорн* орган* weight=2.5
body: комисия за защита на личните данни weight=3
body: кзлд weight=3
body: автоматизиран* решени* weight=2
body: копие weight=1
body: искане weight=0.5

[retention]
heading: съхранение на данните
heading: срок на съхранение
heading: срокове за съхранение
heading: колко дълго съхраняваме данните
heading: колко време
heading: съхранение на информацията
heading: съхранение и изтриване на данни
body: съхранява* weight=1.5
body: съхранени* weight=1.5
body: срок* на съхранени* weight=3
body: срок* weight=1.5
body: толкова дълго weight=2
body: пазим weight=2
body: не по-дълго weight=2.5
body: постигане на целите weight=2.5
body: унищож* weight=2
body: изтрива* weight=1.5
body: анонимизира* weight=1.5
body: изтичане* weight=2
body: прекратяване* weight=1
body: архив* weight=1
body: резервни копия weight=1.5
body: давност* weight=2
body: счетоводн* weight=1.5
body: период* weight=1

[security]
heading: сигурност
heading: сигурност на данните
heading: защита на информацията
heading: защита на личните данни
heading: мерки за сигурност
heading: как защитаваме вашите данни
body: сигурността weight=2
body: ниво на сигурност weight=2
body: защит* weight=1
body: криптира* weight=3
body: шифрова* weight=3
body: ssl weight=2
body: tls weight=2
body: неоторизиран* достъп weight=3
body: неразрешен* достъп weight=3
body: технически* и организационни мерки weight=3
body: организационн* мерки weight=2
body: нарушение на сигурността weight=2.5
body: инцидент* weight=2
body: защитна стена weight=2
body: антивирус* weight=2
body: абсолютна сигурност weight=2
body: загуба weight=1.5
body: парол* weight=1

[children]
heading: информация за деца
heading: поверителност на децата
heading: лични данни на деца
heading: непълнолетни
heading: защита на децата
heading: използване от деца
body: деца* weight=3
body: дете* weight=3
body: детск* weight=2
body: непълнолетн* weight=3
body: малолетн* weight=3
body: под 16 години weight=1.5
body: под 14 години weight=1.5
body: ненавършил* weight=2.5
body: навършил* weight=2
body: възраст* weight=1.5
body: родител* weight=2.5
body: закон* представител* weight=2.5
body: настойни* weight=2.5
body: съгласие на родител* weight=3
body: coppa weight=3
body: съзнателно weight=1.5
body: умишлено weight=1.5

[international]
heading: международно предаване на данни
heading: предаване на данни извън ес
heading: трансфер на данни към трети държави
heading: предаване на лични данни в трети държави
heading: къде се съхраняват данните
heading: място на съхранение
heading: предаване на данни в чужбина
body: трет* държав* weight=3
body: трансфер* weight=2.5
body: международн* предаване weight=3
body: извън ес weight=2.5
body: извън еип weight=2.5
body: европейското икономическо пространство weight=2
body: извън weight=1
body: чужбина weight=2.5
body: други държави weight=2
body: адекватн* weight=2.5
body: стандартн* договорн* клаузи weight=3
body: подходящи гаранции weight=2
body: задължителни фирмени правила weight=2.5
body: сървър* weight=1
body: център* за данни weight=1.5

[regional]
heading: за жителите на калифорния
heading: жители на калифорния
heading: информация за потребители от ес
heading: потребители от европейския съюз
heading: регионални разпоредби
heading: допълнителни разпоредби за определени юрисдикции
body: калифорни* weight=3
body: ccpa weight=3
body: cpra weight=3
body: gdpr weight=2
body: орзд weight=2
body: европейск* съюз weight=2
body: ес weight=1
body: еип weight=2
body: жител* weight=2
body: пребиваващ* weight=2
body: юрисдикци* weight=2
body: щата weight=1.5
body: бразили* weight=1.5
body: обединеното кралство weight=1.5
body: местн* законодателств* weight=1.5
body: продажба на лична информация weight=1.5

[third-party-sites]
heading: сайтове на трети страни weight=2
heading: уебсайтове на трети лица weight=2
heading: връзки към други сайтове
heading: препратки към други уебсайтове
heading: външни връзки
heading: услуги на трети страни weight=2
body: сайтове на трети weight=2.5
body: уебсайтове на трети weight=2.5
body: връзки weight=1.5
body: хипервръзк* weight=2.5
body: препратк* weight=2
body: външн* weight=1
body: не носим отговорност weight=2.5
body: отговорност* weight=1
body: не контролираме weight=2.5
body: собствен* политик* weight=2
body: не се отнася weight=2
body: социалн* мрежи weight=1.5
body: плъгин* weight=2
body: приставк* weight=1.5
body: не се прилага weight=2.5
body: уеб сайтове на трети weight=2.5

[changes]
heading: промени в политиката
heading: промени в тази политика
heading: промени в политиката за поверителност
heading: изменения на политиката
heading: актуализации на политиката
heading: заключителни разпоредби
body: промен* weight=1.5
body: промяна weight=1.5
body: изменени* weight=1.5
body: изменя* weight=2
body: актуализира* weight=2
body: последн* актуализаци* weight=3
body: нова редакция weight=2.5
body: редакци* weight=2
body: в сила от weight=3
body: влиза* в сила weight=3
body: публикува* weight=1.5
body: периодично weight=1.5
body: продължи* да използвате weight=2
body: актуалн* версия weight=2.5
body: преразглежда* weight=1.5

[contact]
heading: контакти
heading: контакт с нас
heading: свържете се с нас
heading: как да се свържете с нас
heading: данни за контакт
heading: въпроси и запитвания
body: свържете weight=3
body: пишете ни weight=2
body: контакт* weight=2
body: запитван* weight=1.5
body: въпрос* weight=1.5
body: електронна поща weight=1
body: имейл weight=1
body: пощенски адрес weight=2
body: седалище weight=2.5
body: адрес на управление weight=2.5
body: еик weight=3
body: булстат weight=3
body: длъжностно лице по защита на данните weight=3
body: обслужване на клиенти weight=1.5
body: телефон* weight=0.5
