# Simplified Chinese lexicon (mainland China, Singapore, Malaysia)
# Terms are written as they appear in text, without spaces: ICU dictionary segmentation
# splits entries and documents alike (个人信息 -> 个人 | 信息).
# Wording follows mainland policies written to GB/T 35273 and the PIPL (个人信息保护法):
# "我们如何收集和使用您的个人信息", "共享、转让、公开披露", "您的权利", "如何联系我们".
@language zh-Hans
@name Chinese (Simplified)
@fold-accents no

[profile]
# Function words first. weight=3: the form exists only in simplified script (its
# traditional counterpart is in zh-Hant.lex); weight=2: mainland vocabulary that
# Taiwan/Hong Kong texts word differently (信息 vs 資訊/資料).
# Single characters such as 们 or 个 rarely stand alone after segmentation
# (我们 is one word), so the words that contain them are listed as well.
的
了
和
或
及
以及
或者
在
是
也
都
被
由
向
以
其
此
本
等
之
中
如
如果
若
但
可
可以
可能
不
我
您
你
其他
任何
所有
包括
例如
除非
需要
必要
与 weight=3
为 weight=3
对 weight=3
于 weight=3
将 weight=3
会 weight=3
该 weight=3
这 weight=3
个 weight=3
们 weight=3
们的 weight=3     # requested form; segmentation normally yields 我们 | 的
说 weight=3
时 weight=3
这些 weight=3
这种 weight=3
我们 weight=3
他们 weight=3
并 weight=3
从 weight=3
后 weight=3
之后 weight=3
没有 weight=3
无 weight=3
对于 weight=3
关于 weight=3
用于 weight=3
由于 weight=3
为了 weight=3
因为 weight=3
通过 weight=3
根据 weight=3
有关 weight=3
相关 weight=3
进行 weight=3
时间 weight=3
个人 weight=3
请 weight=3
联系 weight=3
问题 weight=3
设备 weight=3
账户 weight=3
帐号 weight=3
帐户 weight=3
网络 weight=3
访问 weight=3
删除 weight=3
变更 weight=3
条款 weight=3
协议 weight=3
规定 weight=3
适用 weight=3
伙伴 weight=3
合作
广告 weight=3
市场 weight=3
产品 weight=3
软件 weight=3
应用 weight=3
用户 weight=3
数据 weight=3
隐私 weight=3
网站 weight=3
服务 weight=3
保护 weight=3
权利 weight=3
存储 weight=3
传输 weight=3
技术 weight=3
浏览 weight=3
儿童 weight=3
监护 weight=3
邮件 weight=3
手机 weight=3
号码 weight=3
标识 weight=3
日志 weight=3
订单 weight=3
注册 weight=3
登录 weight=3
获得 weight=3
获取 weight=3
实现 weight=3
执行 weight=3
范围 weight=3
已经 weight=3
能够 weight=3
进一步 weight=3
处理 weight=3
发送 weight=3
说明 weight=3
选择 weight=3
设置 weight=3
认为 weight=3
法规 weight=3
监管 weight=3
信息 weight=2
程序 weight=2
默认 weight=2
政策
收集
使用
提供
安全
法律
同意
共享
披露
保存
保留
公司
未成年
地址
位置
支付
交易
功能
内容
目的
要求
方式
措施
合理
期限
授权
通知
更新
包含
允许

[units]
# 个月 and 个小时 carry the classifier 个; ICU sometimes keeps 六个月 as one word.
year: 年, 岁, 周岁    # 岁 counts years of age ("14周岁")
month: 个月, 月
# 周 is left out: ICU splits 十四周岁 ("14 full years of age") into 十四 | 周 | 岁,
# which would read as 14 weeks; ages stay plain numbers as in the other languages.
week: 星期, 个星期
business-day: 工作日, 个工作日
day: 天, 日
hour: 小时, 个小时
minute: 分钟

[numbers]
# 两 is the counting form of 2 (两年 = two years).
1: 一
2: 二, 两
3: 三
4: 四
5: 五
6: 六
7: 七
8: 八
9: 九
10: 十
12: 十二
13: 十三
14: 十四
15: 十五
16: 十六
18: 十八
20: 二十
24: 二十四
30: 三十
60: 六十
90: 九十
100: 百, 一百

[references]
gdpr: 通用数据保护条例, 欧盟通用数据保护条例, gdpr
ccpa: 加州消费者隐私法, 加利福尼亚州消费者隐私法案, 加州消费者隐私法案, ccpa
cpra: 加州隐私权法, 加州隐私权法案, cpra
coppa: 儿童在线隐私保护法, 儿童网络隐私保护法, coppa
# Singapore's PDPA is 个人资料保护法令 in Singapore Chinese; Thailand's is usually 个人数据保护法.
pdpa: 个人数据保护法, 个人资料保护法, 个人资料保护法令, pdpa
lgpd: 巴西通用数据保护法, 通用个人数据保护法, lgpd
pipeda: 个人信息保护和电子文件法, pipeda
appi: 日本个人信息保护法, appi
pipl: 个人信息保护法, 中华人民共和国个人信息保护法, pipl

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
使用条款
服务条款
条款和条件
条款与条件
适用法律
管辖法律
适用法律和管辖
适用法律与管辖
适用法律和管辖权
适用法律与管辖权
法律适用
管辖权
司法管辖
可分割性
可分性
完整协议
弃权
不弃权
不可抗力
免责声明
责任限制
翻译
其他翻译
其他翻译版本
翻译版本
语言版本
以英文版本为准
英文版本优先
以中文版本为准
许可
许可证
版权
版权声明
致谢
目录
知识产权
版权与知识产权
版权和知识产权
著作权
商标
语言
语言声明
语言说明

[intro]
heading: 引言 concept=introduction
heading: 前言 concept=introduction
heading: 概述 concept=summary
heading: 导言 concept=introduction
heading: 适用范围 concept=scope
heading: 本政策的适用范围 concept=scope
heading: 关于本政策 concept=about-this-policy
heading: 隐私政策 weight=0.5 concept=privacy-policy-title   # document title; also inside other headings
# Other names of the document: "privacy statement", Taiwan-style 隐私权政策, mainland
# 个人信息保护政策 and 隐私保护指引, and 隐私策略 as some translations write it.
heading: 隐私声明 weight=0.5 concept=privacy-policy-title
heading: 隐私权政策 weight=0.5 concept=privacy-policy-title
heading: 隐私保护政策 weight=0.5 concept=privacy-policy-title
heading: 个人信息保护政策 weight=0.5 concept=privacy-policy-title
heading: 隐私保护指引 weight=0.5 concept=privacy-policy-title
heading: 隐私策略 weight=0.5 concept=privacy-policy-title
body: 本隐私政策 weight=2 concept=this-privacy-policy
body: 本政策 weight=1.5 concept=this-privacy-policy
body: 适用于 weight=2 concept=policy-applies-to
body: 非常重视 weight=2.5 concept=committed-to-privacy
body: 深知 weight=2 concept=committed-to-privacy
body: 尊重 weight=1 concept=committed-to-privacy
body: 保护您的隐私 weight=2 concept=committed-to-privacy
body: 仔细阅读 weight=2.5 concept=please-read
body: 充分理解 weight=2.5 concept=please-read
body: 即表示您同意 weight=2 concept=acceptance-of-policy
body: 继续使用 weight=1.5 concept=by-using
body: 运营者 weight=2 concept=company
body: 有限公司 weight=1 concept=company
body: 产品和服务 weight=0.5 concept=services
body: 我们 weight=0.3 concept=company
# Added with the shared concept inventory (concepts.txt).
heading: 简介 concept=introduction
heading: 摘要 concept=summary
heading: 要点 concept=summary
heading: 精简版 concept=summary    # "The short version"
heading: 关于本隐私政策 concept=about-this-policy
heading: 关于我们 weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
heading: 我们是谁 concept=who-we-are
heading: 我们对隐私的承诺 concept=commitment-to-privacy
heading: 隐私保护承诺 concept=commitment-to-privacy
heading: 接受本政策 concept=acceptance
heading: 您的接受 concept=acceptance
body: 帮助您了解 weight=2.5 concept=policy-describes
body: 向您说明 weight=2 concept=policy-describes
body: 不适用于 weight=2 concept=policy-applies-to
body: 通过使用 weight=1.5 concept=by-using
body: 接受 weight=1 concept=acceptance-of-policy
body: 如果您不同意 weight=2 concept=if-you-do-not-agree
body: 如您不同意 weight=2 concept=if-you-do-not-agree
body: 以下简称 weight=1.5 concept=referred-to-as
body: 用户协议 weight=1 concept=terms-of-use
body: 服务协议 weight=1 concept=terms-of-use
body: 隐私 weight=0.3 concept=privacy
body: 网站 weight=0.3 concept=website

# "我们对您隐私的承诺" and the short 隐私承诺.
heading: 对您隐私的承诺 concept=commitment-to-privacy
heading: 隐私承诺 concept=commitment-to-privacy

heading: 总则 concept=introduction
heading: 重要提示 concept=summary
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
# The notice's own purpose ("本政策的目的"): the heading names the document, so it is intro, not use.
heading: 本政策的目的 weight=2 concept=about-this-policy
heading: 本隐私政策的目的 weight=2 concept=about-this-policy
heading: 本声明的目的 weight=2 concept=about-this-policy
heading: 一览 concept=summary
heading: 简要说明 concept=summary

[definitions]
heading: 定义 concept=definitions
heading: 术语定义 concept=definitions
heading: 名词解释 concept=key-terms
heading: 释义 concept=interpretation
heading: 术语 weight=1.5 concept=key-terms
heading: 定义和解释 concept=interpretation
heading: 本政策中的定义 concept=definitions
body: 是指 weight=3 concept=means
body: 指 weight=1.5 concept=means
body: 下称 weight=2 concept=hereinafter
body: 以下简称 weight=2.5 concept=hereinafter
body: 含义 weight=2 concept=means
body: 本政策中 weight=1 concept=as-used-in-this-policy
body: 个人信息主体 weight=2 concept=gdpr-roles
body: 敏感个人信息 weight=1.5
body: 去标识化 weight=2
body: 匿名化 weight=1.5
body: 关联公司 weight=1
body: 包括但不限于 weight=0.5 concept=includes
body: 个人信息 weight=0.5 concept=personal-data
body: 用户 weight=0.3 concept=user
# Added with the shared concept inventory (concepts.txt).
heading: 关键术语 concept=key-terms
heading: 术语表 concept=key-terms
heading: 解释和定义 concept=interpretation
heading: 我们所说的 concept=what-we-mean-by
heading: 是什么意思 concept=what-we-mean-by
body: 下列术语 weight=3 concept=defined-terms-intro
body: 以下定义 weight=3 concept=defined-terms-intro
body: 个人信息是指 weight=3 concept=personal-data-means
body: 已识别或者可识别 weight=2.5 concept=identifiable-person
body: 自然人 weight=2 concept=identifiable-person
body: 个人信息处理者 weight=1 concept=gdpr-roles
body: 数据控制者 weight=1 concept=gdpr-roles
body: 指的是 weight=2.5 concept=refers-to

heading: 名词定义 concept=definitions

[collection]
heading: 我们收集的信息 concept=what-we-collect
heading: 信息收集 concept=collection-of-information
heading: 信息采集 concept=collection-of-information
heading: 我们如何收集信息 concept=how-we-collect
heading: 我们收集哪些信息 concept=what-we-collect
heading: 收集的个人信息 concept=what-we-collect
heading: 个人信息的收集 concept=collection-of-information
heading: 您提供的信息 concept=information-you-provide
heading: 自动收集的信息 concept=collected-automatically
heading: 我们如何收集和使用您的个人信息 concept=how-we-collect
heading: 信息来源 weight=2 concept=sources-of-information
heading: 来源 weight=1.5 concept=sources-of-information
body: 收集 weight=2.5 concept=we-collect
body: 自动收集 weight=2.5 concept=automatically
body: 采集 weight=2 concept=we-collect    # mainland synonym of 收集
body: 获取 weight=1.5 concept=we-collect
body: 您提供的 weight=1.5 concept=you-provide
body: 注册 weight=1 concept=forms
body: 姓名 weight=1.5 concept=name
body: 手机号码 weight=1.5 concept=contact-details
body: 电子邮件地址 weight=1.5 concept=contact-details
body: 收货地址 weight=1.5 concept=contact-details
body: 设备信息 weight=2 concept=device-data
body: 设备型号 weight=2 concept=device-data
body: 设备标识符 weight=2 concept=device-data
# Versions as items of device data (操作系统版本、软件版本号), so that 版本 in a list of
# collected data is not read as a new version of the policy.
body: 操作系统版本 weight=2 concept=device-data
body: 软件版本 weight=1.5 concept=device-data
body: 操作系统 weight=1.5 concept=device-data
body: IP地址 weight=1.5 concept=device-data
body: 日志信息 weight=2 concept=usage-data
body: 位置信息 weight=1.5 concept=location-data
body: 浏览记录 weight=1.5 concept=usage-data
body: 身份证 weight=1.5
body: 从第三方 weight=1 concept=sources
# A list of the data handled, announced in the text (en: "the following data is processed:").
body: 以下信息 weight=2.5 concept=following-data
body: 以下个人信息 weight=2.5 concept=following-data
body: 以下数据 weight=2.5 concept=following-data
body: 下列信息 weight=2.5 concept=following-data
body: 下列个人信息 weight=2.5 concept=following-data
body: 来源 weight=0.5 concept=sources
body: 来源于 weight=1 concept=sources
# Added with the shared concept inventory (concepts.txt).
heading: 个人信息的类别 concept=categories-of-data
heading: 个人信息类别 concept=categories-of-data
heading: 个人信息的类型 concept=categories-of-data
# "Payment information" names a category of data collected (not the payments section, whose word it holds).
heading: 支付信息 weight=3 concept=categories-of-data
heading: 付款信息 weight=3 concept=categories-of-data
heading: 您向我们提供的信息 concept=information-you-provide
heading: 我们自动收集的信息 concept=collected-automatically
heading: 个人信息的来源 concept=sources-of-information
heading: 我们可能收集的信息 concept=what-we-collect
body: 个人信息的类别 weight=2.5 concept=data-categories
body: 公开渠道 weight=2 concept=publicly-available
body: 已公开 weight=2 concept=publicly-available
body: 地理位置 weight=2 concept=location-data
body: 操作日志 weight=2 concept=usage-data
body: 浏览器类型 weight=2 concept=device-data
body: 人口统计 weight=1.5 concept=demographic-data
body: 支付信息 weight=1 concept=payment-data
body: 银行卡 weight=1 concept=payment-data
body: 表单 weight=1.5 concept=forms
body: 账户 weight=0.3 concept=account
body: 账号 weight=0.3 concept=account
body: 信息 weight=0.1 concept=information

# Data the user gives (主动提供) and data obtained from others (从第三方获得/获取/间接获取).
heading: 主动提供 concept=information-you-provide
heading: 提供给我们的信息 concept=information-you-provide
# A contact form as a processing activity (what the form collects), as en "Contact form"; "联系我们" stays contact.
heading: 联系表单 weight=3 concept=information-you-provide
heading: 联系表格 weight=3 concept=information-you-provide
heading: 从第三方获得 weight=2 concept=sources-of-information
heading: 从第三方获取 weight=2 concept=sources-of-information
heading: 间接获取 weight=2 concept=sources-of-information
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: 崩溃报告 concept=collected-automatically
heading: 错误报告 concept=collected-automatically
heading: 诊断数据 concept=collected-automatically
heading: 诊断信息 concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: 留在您的设备上 weight=2 concept=on-device-data
heading: 留在你的设备上 weight=2 concept=on-device-data
heading: 保留在您的设备上 weight=2 concept=on-device-data
heading: 本地处理 weight=2 concept=on-device-data
heading: 浏览器本地处理 weight=2 concept=on-device-data
heading: 本地保存的数据 weight=2 concept=on-device-data
heading: 设备端处理 weight=2 concept=on-device-data
heading: 端侧处理 weight=2 concept=on-device-data
body: 崩溃报告 weight=2.5 concept=usage-data
body: 崩溃日志 weight=2.5 concept=usage-data
body: 调试日志 weight=2.5 concept=usage-data
body: 诊断数据 weight=2 concept=usage-data
body: 推送令牌 weight=2.5 concept=device-data
body: 推送token weight=2.5 concept=device-data
# App or extension permissions ("权限说明"), as English "Permissions".
heading: 权限说明 weight=2 concept=what-we-collect
heading: 权限 concept=what-we-collect
# Kinds of data a policy lists as collected (en "usage data").
body: 使用数据 weight=2 concept=usage-data
# Data an app or extension reads (访问/读取), as "Information we access".
heading: 我们访问的信息 weight=2 concept=what-we-collect
heading: 我们访问的数据 weight=2 concept=what-we-collect
heading: 我们读取的信息 weight=2 concept=what-we-collect

[use]
heading: 我们如何使用信息 concept=how-we-use
heading: 我们如何使用您的个人信息 concept=how-we-use
heading: 信息的使用 concept=use-of-information
heading: 信息使用 concept=use-of-information
heading: 个人信息的使用 concept=use-of-information
heading: 使用目的 concept=purposes-of-processing
heading: 我们使用信息的目的 concept=purposes-of-processing
heading: 个人信息的使用规则 concept=use-of-information
heading: 如何使用 weight=2 concept=how-we-use
# Question headings: "What do we use your information for?"
heading: 用于什么 concept=how-we-use
heading: 用来做什么 concept=how-we-use
heading: 目的 weight=2 concept=purposes-of-processing
body: 用于 weight=1.5 concept=we-use
body: 使用 weight=0.5 concept=we-use
body: 目的 weight=1 concept=purposes
body: 提供服务 weight=1.5 concept=to-provide
body: 改进 weight=1.5 concept=to-improve
body: 优化 weight=1.5 concept=to-improve
body: 个性化 weight=2 concept=to-personalise
body: 推荐 weight=1.5 concept=to-personalise
body: 用户画像 weight=2.5 concept=profiling
body: 分析 weight=1 concept=to-analyse
body: 统计 weight=1 concept=to-analyse
body: 身份验证 weight=1.5 concept=to-prevent-fraud
body: 订单 weight=1 concept=to-process-transactions
body: 客户服务 weight=1 concept=to-respond
body: 欺诈 weight=1 concept=to-prevent-fraud
body: 研究 weight=1 concept=research
body: 开发新产品 weight=1.5 concept=to-develop
body: 为了 weight=0.5
# Added with the shared concept inventory (concepts.txt).
heading: 我们为何收集您的个人信息 concept=why-we-collect
heading: 收集目的 concept=why-we-collect
heading: 收集个人信息的目的 concept=why-we-collect
heading: 个人信息的处理 concept=processing-of-personal-data
heading: 我们如何处理您的个人信息 concept=processing-of-personal-data
heading: 处理目的 concept=purposes-of-processing
body: 以下目的 weight=2.5 concept=following-purposes
body: 下列目的 weight=2.5 concept=following-purposes
body: 自动化决策 weight=1.5 concept=automated-decisions
body: 向您提供 weight=1.5 concept=to-provide
body: 履行 weight=1.5 concept=to-fulfil
body: 管理您的账户 weight=1.5 concept=to-administer
body: 账户管理 weight=1.5 concept=to-administer
body: 改善 weight=1.5 concept=to-improve
body: 开发新功能 weight=2 concept=to-develop
body: 定制 weight=1.5 concept=to-personalise
body: 与您沟通 weight=2 concept=to-communicate
body: 联系您 weight=1.5 concept=to-communicate
body: 向您发送 weight=1 concept=to-send
body: 回应您的 weight=1.5 concept=to-respond
body: 响应您的 weight=1.5 concept=to-respond
body: 排查 weight=2 concept=to-troubleshoot
body: 故障 weight=1.5 concept=to-troubleshoot
body: 市场调研 weight=2 concept=research
body: 完成支付 weight=1.5 concept=to-process-transactions
body: 遵守法律 weight=1 concept=to-comply-with-law

# "信息的用途", "我们为什么收集您的信息" (the reason outweighs the collect verb it names).
heading: 用途 concept=use-of-information
heading: 为什么收集 weight=2 concept=why-we-collect
heading: 为何收集 weight=2 concept=why-we-collect
# Purpose headings asked with other verbs ("我们为什么处理您的个人信息") and "用于以下目的".
heading: 为什么处理 concept=why-we-collect
heading: 为何处理 concept=why-we-collect
heading: 我们为什么使用 concept=why-we-collect
heading: 用于以下目的 concept=purposes-of-processing
heading: 出于以下目的 concept=purposes-of-processing
heading: 自动化决策 concept=automated-decision-making
heading: 自动决策 concept=automated-decision-making
heading: 用户画像 concept=automated-decision-making

[legal-basis]
heading: 法律依据 concept=legal-basis
heading: 处理的法律依据 concept=legal-basis
heading: 处理个人信息的法律基础 concept=legal-basis
heading: 法律基础 concept=legal-basis
heading: 合法性基础 concept=legal-basis
heading: 处理的合法依据 concept=legal-basis
heading: 我们处理信息的依据 concept=why-allowed
heading: 征得授权同意的例外 weight=3 concept=legal-basis
# The legal-basis words ("legal basis", "legitimate interests", "Art. 6", "on the basis of", GDPR) stand in
# every subsection of a translated European policy (a plug-in, a host, a form): in a text they weigh
# less than the practice it describes; the headings still name a legal-basis section.
body: 依据 weight=1 concept=on-the-basis-of
body: 基于 weight=1 concept=on-the-basis-of
body: 合法利益 weight=2 concept=legitimate-interests
body: 正当利益 weight=2 concept=legitimate-interests
body: 合法权益 weight=1.5 concept=legitimate-interests
body: 履行合同 weight=3 concept=performance-of-contract
body: 合同 weight=1 concept=performance-of-contract
body: 法定义务 weight=2.5 concept=legal-obligation
body: 法律义务 weight=2.5 concept=legal-obligation
body: 公共利益 weight=2 concept=public-interest
body: 重大利益 weight=2 concept=vital-interests
body: 切身利益 weight=2 concept=vital-interests
body: 合法性 weight=2 concept=lawful
body: 所必需 weight=1.5 concept=processing-necessary
body: 无需征得 weight=2.5
body: 您的同意 weight=1 concept=consent-as-basis
# Added with the shared concept inventory (concepts.txt).
heading: 我们为何可以处理您的个人信息 concept=why-allowed
body: 法律依据 weight=2 concept=legal-basis-term
body: 合法性基础 weight=2 concept=legal-basis-term
body: 法律基础 weight=2 concept=legal-basis-term
body: 基本权利和自由 weight=2.5 concept=balancing-test
body: 第6条 weight=2 concept=article-6
body: 第六条 weight=2 concept=article-6
body: 必要 weight=0.5 concept=necessary
body: 合法 weight=1 concept=lawful

# PIPL Art. 13 exceptions: "无需征得您同意的情形", "依法无需同意的情形".
heading: 无需征得 weight=2.5 concept=legal-basis
heading: 无需同意 weight=2.5 concept=legal-basis
heading: 无需取得 weight=2.5 concept=legal-basis
heading: 同意的例外 weight=3 concept=legal-basis
heading: 法律根据 concept=legal-basis
heading: 为何可以处理 concept=why-allowed
heading: 为什么可以处理 concept=why-allowed
heading: 基于什么依据 concept=why-allowed
body: 法律根据 weight=2 concept=legal-basis-term

[consent]
heading: 同意 concept=your-consent
heading: 您的同意 concept=your-consent
heading: 撤回同意 concept=withdrawal-of-consent
heading: 同意的撤回 concept=withdrawal-of-consent
heading: 征得同意 concept=your-consent
heading: 授权同意 concept=your-consent
heading: 改变或撤回授权 concept=withdrawal-of-consent
heading: 如何撤回同意 concept=withdrawal-of-consent
body: 撤回 weight=3 concept=withdraw
body: 撤销 weight=2 concept=withdraw
body: 收回 weight=2 concept=withdraw
body: 同意 weight=1 concept=you-consent
body: 授权 weight=1.5 concept=permission
body: 征得 weight=2 concept=you-consent
body: 明示同意 weight=2.5 concept=explicit-consent
body: 单独同意 weight=2.5 concept=explicit-consent
body: 书面同意 weight=1.5 concept=explicit-consent
body: 勾选 weight=2 concept=opt-in
body: 点击同意 weight=2 concept=opt-in
body: 即视为 weight=1.5 concept=you-agree
body: 不影响 weight=1.5 concept=without-affecting-lawfulness
body: 此前 weight=1 concept=without-affecting-lawfulness
body: 取消授权 weight=2 concept=withdraw
body: 关闭权限 weight=1.5 concept=withdraw
# Added with the shared concept inventory (concepts.txt).
body: 您同意 weight=1.5 concept=you-agree
body: 自愿 weight=2.5 concept=freely-given
body: 许可 weight=1.5 concept=permission
body: 随时 weight=1 concept=at-any-time

[sharing]
heading: 信息共享 concept=sharing-of-information
heading: 共享、转让、公开披露 concept=sharing-of-information
heading: 我们如何共享信息 concept=how-we-share
# 分享 is as common as 共享 in headings and text ("我们如何分享您的信息").
heading: 我们如何分享 concept=how-we-share
heading: 信息分享 concept=sharing-of-information
heading: 信息的共享与披露 concept=sharing-of-information
heading: 信息披露 concept=disclosure-of-information
heading: 对外提供 concept=disclosure-of-information
heading: 与第三方共享 concept=third-parties
heading: 委托处理 concept=service-providers-heading
heading: 第三方SDK concept=third-parties
heading: 第三方信息共享清单 concept=who-we-share-with
heading: 我们如何共享、转让、公开披露您的个人信息 concept=how-we-share
body: 共享 weight=2.5 concept=share
body: 分享 weight=1.5 concept=share
body: 披露 weight=2 concept=disclose
body: 公开披露 weight=2 concept=disclose
body: 转让 weight=2 concept=corporate-transaction
body: 第三方 weight=1 concept=third-parties-term
body: 合作伙伴 weight=1.5 concept=business-partners
body: 关联公司 weight=2 concept=affiliates
body: 服务提供商 weight=2 concept=service-providers
body: 供应商 weight=1.5 concept=service-providers
body: 委托 weight=1.5 concept=on-our-behalf
body: 受托 weight=1.5 concept=on-our-behalf
body: 向第三方提供 weight=2.5 concept=disclose
body: 透露 weight=1.5 concept=disclose
body: 对外提供 weight=2 concept=disclose
body: 合并 weight=1.5 concept=corporate-transaction
body: 收购 weight=2 concept=corporate-transaction
body: 破产 weight=1.5 concept=corporate-transaction
body: 资产 weight=1 concept=corporate-transaction
body: 出售 weight=2 concept=sell
body: 司法机关 weight=2 concept=authorities
body: 执法部门 weight=2 concept=authorities
body: 政府部门 weight=1.5 concept=authorities
body: 法律程序 weight=1.5 concept=legal-process
# Added with the shared concept inventory (concepts.txt).
heading: 我们与谁共享信息 concept=who-we-share-with
heading: 信息共享对象 concept=who-we-share-with
heading: 服务提供商 concept=service-providers-heading
heading: 业务转让 concept=business-transfers
heading: 并购 concept=business-transfers
heading: 法律要求 concept=legal-requests
heading: 依法披露 concept=legal-requests
heading: 我们是否出售您的个人信息 concept=sale-of-information
heading: 个人信息的出售 concept=sale-of-information
heading: 第三方 weight=0.5 concept=third-parties    # 第三方 also opens 第三方服务/第三方网站 headings: weak alone
body: 子公司 weight=1.5 concept=affiliates
body: 接收方 weight=2 concept=recipients
body: 重组 weight=2 concept=corporate-transaction
body: 代表我们 weight=1.5 concept=on-our-behalf
body: 执法机关 weight=2 concept=authorities
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: 向第三方提供 concept=transfer-to-third-parties
heading: 向第三方转移数据 concept=transfer-to-third-parties
heading: 向第三方传输数据 concept=transfer-to-third-parties

heading: 业务转移 weight=2 concept=business-transfers
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: 托管 concept=service-providers-heading
heading: 网站托管 concept=service-providers-heading
heading: 内容分发网络 concept=service-providers-heading
heading: 错误监控 concept=service-providers-heading
heading: 数据处理者 concept=service-providers-heading
body: 托管 weight=2 concept=service-providers
body: 托管服务 weight=2.5 concept=service-providers
body: 托管服务提供商 weight=2.5 concept=service-providers
body: 内容分发网络 weight=3 concept=service-providers
body: CDN weight=2.5 concept=service-providers
body: 云平台 weight=2 concept=service-providers
body: 云计算 weight=2 concept=service-providers
body: 云服务提供商 weight=2.5 concept=service-providers
body: 数据处理协议 weight=2 concept=service-providers
body: 错误监控 weight=2 concept=service-providers
# Cloud sync and backup: the data goes to a third-party cloud (iCloud, Google Drive).
body: icloud weight=2 concept=service-providers
body: google drive weight=2 concept=service-providers
body: 云同步 weight=1.5 concept=service-providers
# Data sent out of the device or service, as "Information we transmit".
heading: 我们传输的信息 weight=2 concept=transfer-to-third-parties
heading: 我们发送的信息 weight=2 concept=transfer-to-third-parties
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: 支付 weight=2 concept=payments-purchases
heading: 付款 weight=3 concept=payments-purchases
heading: 支付处理 weight=2 concept=payments-purchases
heading: 应用内购买 weight=2 concept=payments-purchases
heading: 应用内购 weight=2 concept=payments-purchases
heading: 订阅 weight=2 concept=payments-purchases

[cookies]
heading: Cookie concept=cookies
heading: Cookies concept=cookies
heading: Cookie政策 concept=cookies
heading: Cookie和同类技术 concept=tracking-technologies
heading: Cookie及类似技术 concept=tracking-technologies
# PIPL-style headings join the two with 或 as often as with 和 or 及, "Cookie" or "Cookies".
heading: Cookie或同类技术 concept=tracking-technologies
heading: Cookies或同类技术 concept=tracking-technologies
heading: Cookies和同类技术 concept=tracking-technologies
heading: Cookie或类似技术 concept=tracking-technologies
heading: Cookie和类似技术 concept=tracking-technologies
heading: 我们如何使用Cookie concept=cookies
heading: 网络信标 concept=web-beacons
heading: 追踪技术 concept=tracking-technologies
body: Cookie weight=3 concept=cookie
body: 小型数据文件 weight=2.5 concept=text-files
body: 同类技术 weight=2 concept=tracking-technology
body: 类似技术 weight=1.5 concept=tracking-technology
body: 网站信标 weight=2.5 concept=web-beacon
body: 网络信标 weight=2.5 concept=web-beacon
body: 像素标签 weight=3 concept=web-beacon
body: 像素 weight=1.5 concept=web-beacon
body: 本地存储 weight=2 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: 持久性 weight=2 concept=cookie-lifetime
body: 会话 weight=1.5 concept=cookie-lifetime
body: 浏览器 weight=1.5 concept=browser
body: 清除 weight=1 concept=browser-settings
body: 记住 weight=1.5
body: 日志文件 weight=1.5 concept=log-file
body: SDK weight=1.5 concept=sdk
body: Google Analytics weight=2.5 concept=analytics-term
body: 跟踪 weight=1.5 concept=tracking-technology
body: 偏好 weight=1
# Added with the shared concept inventory (concepts.txt).
heading: 日志文件 concept=log-files
heading: 分析 concept=analytics
heading: 分析工具 concept=analytics
heading: 像素标签 concept=web-beacons
heading: 跟踪技术 concept=tracking-technologies
body: 浏览器设置 weight=1.5 concept=browser-settings
body: 严格必要 weight=2.5 concept=cookie-categories
body: 功能性 weight=1.5 concept=cookie-categories
body: 分析 weight=2 concept=analytics-term
body: 设备指纹 weight=2.5 concept=fingerprinting
body: 文本文件 weight=2.5 concept=text-files
body: 设备 weight=0.5 concept=device
heading: 网站分析 concept=analytics

[advertising]
heading: 广告 concept=advertising
heading: 营销 concept=marketing
heading: 广告与营销 concept=advertising
heading: 个性化广告 weight=2.5 concept=interest-based-advertising
heading: 营销信息 concept=marketing-communications
heading: 商业广告 concept=advertising
heading: 推广信息 concept=marketing-communications
heading: 定向推送 concept=interest-based-advertising
body: 广告 weight=1.5 concept=ads
body: 广告商 weight=2 concept=ad-networks
body: 广告主 weight=2.5 concept=ad-networks
body: 投放 weight=2.5 concept=ads
body: 精准 weight=2 concept=interest-based
body: 定向 weight=2 concept=interest-based
body: 兴趣 weight=1.5 concept=interests
body: 推送 weight=1.5 concept=marketing-messages
body: 营销短信 weight=2.5 concept=marketing-messages
body: 促销 weight=2 concept=promotions
body: 优惠 weight=1.5 concept=promotions
body: 商业性信息 weight=2.5 concept=marketing-messages
body: 推广 weight=1.5 concept=promotions
body: 广告联盟 weight=2.5 concept=ad-networks
body: 广告标识符 weight=2.5
body: 展示 weight=1 concept=ads
body: 退订 weight=1.5
# Added with the shared concept inventory (concepts.txt).
heading: 直接营销 concept=marketing
heading: 第三方广告 concept=third-party-advertising
heading: 广告网络 concept=third-party-advertising
heading: 定向广告 concept=interest-based-advertising
heading: 基于兴趣的广告 concept=interest-based-advertising
body: 重定向 weight=3 concept=retargeting
body: 再营销 weight=3 concept=retargeting
body: 营销目的 weight=2 concept=marketing-purposes
body: 广告网络 weight=3 concept=ad-networks
body: 营销邮件 weight=2.5 concept=marketing-messages
body: 广告效果 weight=2 concept=ad-measurement

[do-not-track]
heading: 请勿追踪 concept=do-not-track
heading: 请勿跟踪 concept=do-not-track
heading: 禁止跟踪 concept=do-not-track
heading: 不跟踪 concept=do-not-track
heading: 请勿追踪信号 concept=do-not-track
heading: 全球隐私控制 concept=global-privacy-control
heading: Do Not Track concept=do-not-track
body: DNT weight=3 concept=dnt-signal
body: GPC weight=3 concept=gpc-signal
body: Global Privacy Control weight=3 concept=gpc-signal
body: Do Not Track weight=3 concept=dnt-signal
body: 信号 weight=2.5 concept=dnt-signal
body: 偏好信号 weight=3 concept=opt-out-preference-signal
body: 浏览器 weight=1 concept=browser-dnt
body: 响应 weight=1.5 concept=do-not-respond
body: 回应 weight=1.5 concept=do-not-respond
body: 统一标准 weight=2 concept=no-uniform-standard
body: 行业标准 weight=1.5 concept=no-uniform-standard
body: 尚未 weight=1
body: 机制 weight=1
body: 跟踪 weight=1
body: 追踪 weight=1
# Added with the shared concept inventory (concepts.txt).
heading: 偏好信号 concept=preference-signals
heading: 浏览器信号 concept=preference-signals
heading: 选择退出偏好信号 concept=preference-signals
heading: 全局隐私控制 concept=global-privacy-control
body: 浏览器信号 weight=2.5 concept=opt-out-preference-signal
body: 识别 weight=1 concept=honor-signals
body: 跨网站 weight=2.5 concept=cross-site-tracking
body: 不响应 weight=2.5 concept=do-not-respond
heading: 不追踪 concept=do-not-track

[choices]
heading: 您的选择 concept=your-choices
heading: 选择 concept=your-choices
heading: 您的选择权 concept=your-choices
heading: 选择退出 concept=opting-out
heading: 管理您的偏好 concept=managing-preferences
heading: 退订 concept=unsubscribing
heading: 您对信息的控制 concept=your-choices
heading: 有哪些选择 concept=your-choices    # "What choices do you have?"
heading: 营销信息的退订 concept=unsubscribing
body: 选择 weight=1.5 concept=choose-not-to
body: 退出 weight=1.5 concept=opt-out
body: 取消订阅 weight=2.5 concept=unsubscribe
body: 退订 weight=2.5 concept=unsubscribe
body: 偏好设置 weight=2 concept=preferences
body: 关闭 weight=1 concept=disable
body: 设置 weight=0.5 concept=settings
body: 拒绝 weight=1.5 concept=decline
body: 不提供 weight=2 concept=choose-not-to
body: 可能无法 weight=2 concept=consequences-of-refusal
body: 订阅 weight=1
body: 权限 weight=1.5 concept=device-permissions
body: 系统权限 weight=2 concept=device-permissions
body: 开启 weight=0.5 concept=settings
body: 自主 weight=1.5 concept=choose-not-to
body: 控制 weight=1
body: 功能 weight=0.5
# Added with the shared concept inventory (concepts.txt).
heading: 如何选择退出 concept=opting-out
heading: 沟通偏好 concept=managing-preferences
heading: 偏好管理 concept=managing-preferences
heading: 取消订阅 concept=unsubscribing
body: 停止接收 weight=2.5 concept=unsubscribe
body: 推广信息 weight=2 concept=promotional-emails
body: 偏好 weight=1.5 concept=preferences
body: 账户设置 weight=2 concept=settings
body: 停用 weight=2 concept=disable
body: 推送通知 weight=2 concept=device-permissions
body: 定位服务 weight=2 concept=device-permissions
body: 底部 weight=1.5 concept=unsubscribe-link
body: 接收 weight=0.5 concept=receive

heading: 退订营销 weight=2 concept=unsubscribing
heading: 退订营销信息 weight=2 concept=unsubscribing
heading: 隐私设置 concept=managing-preferences

heading: 营销退订 weight=2 concept=unsubscribing
heading: 通讯偏好 weight=2 concept=managing-preferences
# Switching a feature off or on in the settings is weak alone; opting out is the choice.
body: 选择退出 weight=2.5 concept=opt-out
body: 随时关闭 weight=2 concept=disable

[rights]
heading: 您的权利 concept=your-rights
heading: 用户权利 concept=your-rights
heading: 您享有的权利 concept=your-rights
heading: 个人信息主体的权利 concept=your-rights
heading: 数据主体权利 concept=your-rights
heading: 管理您的个人信息 concept=access-and-correction
heading: 您如何管理您的个人信息 concept=access-and-correction
heading: 访问和更正 concept=access-and-correction
heading: 访问 weight=1.5 concept=access-and-correction
heading: 更正 concept=access-and-correction
body: 权利 weight=1.5
body: 行使 weight=2.5 concept=exercise-rights
body: 访问 weight=1.5 concept=access
body: 查阅 weight=2.5 concept=right-of-access
body: 复制 weight=2 concept=copy-of-data
body: 副本 weight=2 concept=copy-of-data
body: 更正 weight=3 concept=rectification
body: 补充 weight=1.5 concept=rectification
body: 删除 weight=2 concept=erasure
body: 注销账户 weight=2.5 concept=erasure
body: 注销 weight=2 concept=erasure
body: 可携带 weight=2.5 concept=portability
body: 反对 weight=2 concept=right-to-object
body: 限制 weight=1.5 concept=restriction
body: 自动化决策 weight=2
body: 解释说明 weight=1.5
body: 投诉 weight=2 concept=complaint-to-authority
body: 监管机构 weight=2 concept=complaint-to-authority
body: 请求 weight=1 concept=request
# Added with the shared concept inventory (concepts.txt).
heading: 行使您的权利 concept=exercising-rights
heading: 如何行使您的权利 concept=exercising-rights
heading: 响应您的请求 concept=exercising-rights
heading: 授权代理人 concept=authorized-agents
heading: 访问、更正和删除 concept=access-and-correction
body: 访问权 weight=3 concept=right-of-access
body: 删除权 weight=3 concept=erasure
body: 被遗忘权 weight=3 concept=erasure
body: 验证您的身份 weight=2 concept=verify-identity
body: 核实您的身份 weight=2 concept=verify-identity
body: 授权代理人 weight=2.5 concept=authorized-agent
body: 歧视 weight=1.5 concept=non-discrimination
body: 数据主体 weight=2 concept=data-subject-rights
body: 个人信息主体 weight=2 concept=data-subject-rights
body: 不准确 weight=2 concept=rectification
body: 限制处理 weight=3 concept=restriction

# GB/T 35273 template heading that closes the rights list.
heading: 响应您的上述请求 weight=3 concept=exercising-rights

# GB/T 35273 rights headings: "个人信息的查询", "约束信息系统自动决策".
heading: 个人信息的查询 concept=access-and-correction
heading: 查询您的个人信息 concept=access-and-correction
heading: 约束信息系统自动决策 weight=2 concept=your-rights
heading: 我可以访问 concept=access-and-correction
heading: 如何访问 concept=access-and-correction
heading: 如何更正 concept=access-and-correction
heading: 更正我的 concept=access-and-correction
heading: 我有哪些权利 concept=your-rights
heading: 我的权利 concept=your-rights

[retention]
heading: 数据保留 concept=data-retention
heading: 信息保留 concept=data-retention
heading: 保存期限 concept=retention-period
heading: 保留期限 concept=retention-period
heading: 存储期限 concept=retention-period
heading: 个人信息的保存 concept=data-retention
heading: 我们如何保存信息 concept=storage-and-retention
heading: 信息存储 concept=storage-and-retention
body: 保留 weight=2.5 concept=retain
body: 保存 weight=2 concept=keep
body: 期限 weight=1.5 concept=retention-criteria
body: 保存时间 weight=2 concept=retention-criteria
body: 保留期 weight=2 concept=retain
body: 最短 weight=2 concept=as-long-as-necessary
body: 所必需的期限 weight=2 concept=as-long-as-necessary
body: 期满 weight=2.5 concept=no-longer-needed
body: 到期 weight=1.5 concept=no-longer-needed
body: 超出 weight=1.5 concept=no-longer-needed
body: 不再需要 weight=2 concept=no-longer-needed
body: 时限 weight=2 concept=retention-criteria
body: 销毁 weight=2 concept=destroy
body: 匿名化处理 weight=2 concept=anonymise
body: 删除 weight=1 concept=destroy
body: 存储 weight=1 concept=store
body: 法律法规 weight=0.5 concept=legal-retention-requirements
# Added with the shared concept inventory (concepts.txt).
heading: 我们保存您的个人信息多长时间 concept=how-long-we-keep
heading: 保存多久 concept=how-long-we-keep
heading: 保存与删除 concept=retention-and-deletion
heading: 保留与删除 concept=retention-and-deletion
heading: 存储与保留 concept=storage-and-retention
heading: 我们如何存储 concept=storage-and-retention
heading: 如何存储 concept=storage-and-retention
body: 归档 weight=2 concept=archive
body: 诉讼时效 weight=2.5 concept=legal-retention-requirements
body: 不活跃 weight=2 concept=inactive-accounts
body: 年 weight=0.5 concept=years

[security]
heading: 信息安全 concept=data-security
heading: 数据安全 concept=data-security
heading: 安全 concept=data-security
heading: 安全措施 concept=security-measures
heading: 我们如何保护信息 concept=how-we-protect
heading: 我们如何保护您的个人信息 concept=how-we-protect
heading: 个人信息的保护 concept=how-we-protect
heading: 安全事件 concept=data-security
body: 加密 weight=3 concept=encryption
body: 安全措施 weight=2 concept=safeguards
body: 保护措施 weight=2 concept=safeguards
body: 技术措施 weight=2 concept=technical-organisational-measures
body: SSL weight=3 concept=encryption
body: TLS weight=2.5 concept=encryption
body: 访问控制 weight=2.5 concept=technical-controls
body: 防火墙 weight=2.5 concept=technical-controls
body: 未经授权 weight=2.5 concept=unauthorized-access
body: 泄露 weight=2.5 concept=loss-misuse-alteration
body: 篡改 weight=2.5 concept=loss-misuse-alteration
body: 毁损 weight=2 concept=loss-misuse-alteration
body: 丢失 weight=1.5 concept=loss-misuse-alteration
body: 安全事件 weight=2 concept=breach
body: 数据泄露 weight=3 concept=breach
body: 应急预案 weight=2.5 concept=breach
body: 等级保护 weight=2.5 concept=industry-standard
body: 绝对安全 weight=2.5 concept=no-guarantee
body: 保密 weight=1.5 concept=confidentiality
body: 培训 weight=1.5 concept=technical-organisational-measures
body: 安全 weight=1 concept=secure
# Added with the shared concept inventory (concepts.txt).
heading: 安全保护措施 concept=security-measures
heading: 保护您的信息 concept=how-we-protect
body: 技术和组织措施 weight=3 concept=technical-organisational-measures
body: 物理 weight=1.5 concept=physical-safeguards
body: 密码 weight=2 concept=technical-controls
body: 漏洞 weight=2.5 concept=breach
body: 无法保证 weight=2.5 concept=no-guarantee
body: 行业标准 weight=2 concept=industry-standard
body: 滥用 weight=2 concept=loss-misuse-alteration
body: 保护 weight=1 concept=protect
body: 确保 weight=0.5 concept=ensure
# Personal-data breaches and their notification: a security topic.
heading: 数据泄露 concept=data-security
heading: 个人信息泄露 concept=data-security
heading: 安全事件处置 concept=data-security
# "Protecting your privacy" as a heading: what the user and we do to keep data safe.
heading: 保护您的隐私 concept=how-we-protect
heading: 保护你的隐私 concept=how-we-protect
heading: 加密 concept=data-security

[children]
heading: 儿童隐私 concept=childrens-privacy
heading: 儿童 concept=childrens-privacy
heading: 未成年人 concept=minors
heading: 未成年人保护 concept=minors
heading: 未成年人信息的保护 concept=minors
heading: 儿童个人信息保护 concept=childrens-privacy
heading: 我们如何处理儿童的个人信息 concept=childrens-privacy
body: 儿童 weight=2.5 concept=children
body: 未成年人 weight=2.5 concept=minors-teens
body: 未成年 weight=2 concept=minors-teens
body: 未满 weight=3 concept=age-threshold
body: 年满 weight=1.5 concept=age-threshold
body: 周岁 weight=3 concept=age-threshold
body: 岁 weight=1 concept=age-threshold
body: 监护人 weight=3 concept=parents-guardians
body: 监护 weight=2 concept=parents-guardians
body: 父母 weight=2 concept=parents-guardians
body: 家长 weight=2 concept=parents-guardians
body: 年龄 weight=1.5 concept=age
body: 青少年 weight=1.5 concept=minors-teens
body: 儿童个人信息 weight=2 concept=children
body: COPPA weight=2.5 concept=coppa
# Added with the shared concept inventory (concepts.txt).
heading: 年龄限制 concept=age-limits
heading: 14周岁以下的儿童 concept=age-limits
heading: 不满14周岁的儿童 concept=age-limits
body: 父母同意 weight=3 concept=parental-consent
body: 监护人同意 weight=3 concept=parental-consent
body: 儿童个人信息网络保护规定 weight=3 concept=coppa
body: 明知 weight=3 concept=knowingly-collect
body: 面向 weight=2 concept=not-directed-to-children
body: 如果我们发现 weight=2 concept=if-we-learn

[international]
heading: 跨境传输 concept=international-transfers
heading: 国际传输 concept=international-transfers
heading: 信息的跨境转移 concept=international-transfers
heading: 个人信息的存储地点 concept=where-we-store
heading: 数据存储地点 concept=where-we-store
heading: 信息存储和跨境传输 concept=international-transfers
heading: 您的个人信息如何在全球范围转移 concept=international-transfers
heading: 出境 concept=international-transfers
body: 跨境 weight=3 concept=cross-border
body: 境外 weight=3 concept=other-countries
body: 境内 weight=2.5 concept=server-location
body: 出境 weight=2.5 concept=cross-border
body: 海外 weight=2 concept=other-countries
body: 其他国家 weight=2 concept=other-countries
body: 国家或地区 weight=2 concept=other-countries
body: 传输 weight=1.5 concept=transfer
body: 转移 weight=1.5 concept=transfer
# A bare 服务器 is any server ("服务器日志"): the location needs a place word.
body: 服务器 weight=0.5 concept=server-location
body: 服务器位于 weight=2 concept=server-location
body: 服务器所在 weight=2 concept=server-location
body: 境外服务器 weight=2 concept=server-location
body: 海外服务器 weight=2 concept=server-location
body: 服务器所在地 weight=2 concept=server-location
# The transfer safeguards (standard contractual clauses, adequacy decisions, the Data Privacy Framework)
# stand in one sentence of many subsections about a single social network or cloud service: in a
# text they weigh less than the practice it describes; the headings still name a transfer section.
body: 标准合同条款 weight=2 concept=transfer-safeguards
body: 标准合同 weight=2 concept=transfer-safeguards
body: 充分性认定 weight=2 concept=adequacy
body: 欧洲经济区 weight=2 concept=eea
body: 数据保护水平 weight=2 concept=less-protective
body: 安全评估 weight=2 concept=transfer-safeguards
body: 司法管辖区 weight=2.5 concept=jurisdictions
body: 位于 weight=1 concept=server-location
# Added with the shared concept inventory (concepts.txt).
heading: 数据传输 concept=data-transfers
heading: 信息的转移 concept=data-transfers
heading: 个人信息的传输 concept=data-transfers
heading: 我们在哪里存储您的信息 concept=where-we-store
body: 约束性企业规则 weight=2 concept=transfer-safeguards
body: 美国 weight=1.5 concept=united-states
body: 数据隐私框架 weight=2 concept=privacy-frameworks
body: 隐私盾 weight=2 concept=privacy-frameworks
body: 世界各地 weight=1.5 concept=around-the-world
body: 存储在 weight=1.5 concept=server-location

# Where the data is kept: 存储地点/存储位置/存储在哪里 (outweighing 信息存储 of retention).
heading: 存储地点 weight=2 concept=where-we-store
heading: 存储位置 weight=2 concept=where-we-store
heading: 存储在哪里 weight=2 concept=where-we-store
heading: 境外 concept=international-transfers

heading: 在何处处理 weight=2 concept=where-we-store
heading: 在何处存储 weight=2 concept=where-we-store
heading: 存放地点 weight=2 concept=where-we-store
heading: 数据存储 weight=1 concept=where-we-store
heading: 数据储存 weight=1 concept=where-we-store
heading: 数据的存储 weight=1 concept=where-we-store
heading: 在哪里存储 concept=where-we-store
heading: 在哪里处理 concept=where-we-store

[regional]
heading: 特定地区的隐私声明 concept=jurisdiction-specific
heading: 适用于特定地区的补充条款 concept=jurisdiction-specific
heading: 地区性条款 concept=jurisdiction-specific
heading: 加利福尼亚州居民 concept=california
heading: 加州居民 concept=california
heading: 加州隐私权 concept=california
heading: 欧洲经济区用户 concept=eea-gdpr-notice
heading: 欧盟用户 concept=eea-gdpr-notice
body: 加利福尼亚 weight=3 concept=california-law
body: 加州 weight=3 concept=california-law
body: 居民 weight=2 concept=residents
body: 消费者隐私法 weight=3 concept=california-law
body: CCPA weight=2.5 concept=california-law
body: CPRA weight=2 concept=california-law
body: 欧洲经济区 weight=2 concept=eu-gdpr
body: 欧盟 weight=2 concept=eu-gdpr
body: 英国 weight=1.5
body: 瑞士 weight=1.5
body: 美国 weight=1.5
body: 内华达 weight=2.5 concept=us-states
body: 巴西 weight=2 concept=brazil-lgpd
body: 中国大陆 weight=1.5
body: 特别行政区 weight=1.5
body: 州 weight=1 concept=state
body: 地区 weight=0.5
# Added with the shared concept inventory (concepts.txt).
heading: 内华达州居民 concept=us-state-rights
heading: 美国各州隐私权 concept=us-state-rights
heading: 欧洲经济区居民 concept=eea-gdpr-notice
heading: GDPR合规 concept=eea-gdpr-notice
body: 消费者 weight=1.5 concept=consumers
body: 请勿出售 weight=3 concept=do-not-sell
body: 出售或共享 weight=3 concept=do-not-sell
body: 跨情境行为广告 weight=3 concept=cross-context-advertising
body: 经济激励 weight=3 concept=financial-incentives
body: 过去12个月 weight=3 concept=preceding-12-months
body: GDPR weight=2.5 concept=eu-gdpr
body: LGPD weight=3 concept=brazil-lgpd
body: 加拿大 weight=2 concept=canada-pipeda
body: PIPEDA weight=3 concept=canada-pipeda
body: 弗吉尼亚 weight=3 concept=us-states
body: 科罗拉多 weight=3 concept=us-states
body: 康涅狄格 weight=3 concept=us-states

heading: 特定地区 weight=2 concept=jurisdiction-specific
heading: 美国用户 weight=2 concept=us-state-rights
heading: 美国居民 weight=2 concept=us-state-rights

heading: 欧洲用户 weight=2 concept=eea-gdpr-notice
# Regional annexes and law acronyms as headings (APPI, PIPA, PIPL, ...): heading-only, never body terms.
heading: appi concept=jurisdiction-specific
heading: pipa concept=jurisdiction-specific
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
heading: 地区附录 concept=jurisdiction-specific
heading: 区域附录 concept=jurisdiction-specific
heading: 美国隐私法 concept=us-state-rights
heading: 日本 weight=1 concept=jurisdiction-specific
heading: 韩国 weight=1 concept=jurisdiction-specific
heading: 巴西 weight=1 concept=jurisdiction-specific

[third-party-sites]
heading: 第三方网站 weight=2 concept=third-party-websites
heading: 第三方链接 weight=2 concept=links-to-other-sites
heading: 第三方服务 weight=2 concept=third-party-services
heading: 第三方网站和服务 weight=2 concept=third-party-websites
heading: 第三方产品和服务 weight=2 concept=third-party-services
heading: 外部链接 concept=links-to-other-sites
heading: 链接到其他网站 concept=links-to-other-sites
heading: 第三方插件 concept=social-media-plugins
body: 链接 weight=2.5 concept=links
body: 其他网站 weight=2 concept=other-sites
body: 外部网站 weight=2.5 concept=other-sites
body: 第三方网站 weight=2.5 concept=other-sites
body: 跳转 weight=2.5 concept=leave-our-site
body: 插件 weight=2 concept=plugins
body: 不负责 weight=2.5 concept=not-responsible
body: 不承担责任 weight=2 concept=not-responsible
body: 不承担任何责任 weight=2 concept=not-responsible
body: 无法控制 weight=2.5 concept=not-responsible
body: 第三方运营 weight=2 concept=other-sites
body: 独立 weight=1.5
body: 社交媒体 weight=1.5 concept=plugins
body: 分享按钮 weight=2 concept=plugins
body: 接入 weight=1.5 concept=third-party-applications
body: 嵌入 weight=2.5 concept=plugins
body: 建议您 weight=1 concept=encourage-review
body: 隐私政策 weight=0.5 concept=their-privacy-policies
# Added with the shared concept inventory (concepts.txt).
heading: 第三方隐私政策 concept=third-party-privacy-policies
heading: 第三方的隐私政策 concept=third-party-privacy-policies
heading: 第三方隐私政策声明 concept=third-party-privacy-policies
heading: 社交媒体插件 concept=social-media-plugins
heading: 社交媒体功能 concept=social-media-plugins
heading: 其他网站 concept=third-party-websites
body: 超链接 weight=3 concept=links
body: 第三方应用 weight=2 concept=third-party-applications
body: 其自身的隐私政策 weight=3 concept=their-privacy-policies
body: 离开我们的网站 weight=2.5 concept=leave-our-site
body: 内容 weight=0.5 concept=content
body: 查看 weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: 社交媒体 concept=social-media-presence
heading: 社交网络 concept=social-media-presence
heading: 社交平台 concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: 第三方收集的信息 concept=third-party-data-collection
heading: 第三方收集的数据 concept=third-party-data-collection
heading: 第三方可能收集的数据 concept=third-party-data-collection

heading: 第三方应用 weight=2 concept=third-party-services
heading: 第三方平台 weight=2 concept=third-party-services
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: 嵌入内容 concept=third-party-services
heading: 嵌入的内容 concept=third-party-services
heading: 第三方内容 concept=third-party-services
heading: 嵌入视频 concept=third-party-services
heading: 外部服务 concept=third-party-services
heading: 第三方库 concept=third-party-services
heading: 云同步 weight=3 concept=third-party-services
heading: icloud备份 weight=3 concept=third-party-services
heading: icloud同步 weight=3 concept=third-party-services
heading: 云备份 weight=3 concept=third-party-services
heading: 同步与备份 concept=third-party-services
heading: 同步和备份 concept=third-party-services
heading: 插件 concept=social-media-plugins
body: 嵌入式 weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: 第三方内容 weight=3 concept=other-sites
body: YouTube weight=2 concept=plugins
body: Vimeo weight=2.5 concept=plugins
body: 谷歌地图 weight=2.5 concept=plugins
body: Google 地图 weight=2.5 concept=plugins
body: Google Maps weight=2.5 concept=plugins
body: 隐私增强模式 weight=2.5 concept=plugins
body: 登录您的账户 weight=1.5 concept=plugins
body: 登录了您的账户 weight=1.5 concept=plugins
body: 自己的隐私政策 weight=2.5 concept=their-privacy-policies
# "受 Apple 的服务条款与隐私政策约束": another party's terms govern the processing.
body: 条款与隐私政策 weight=2.5 concept=their-privacy-policies
body: 条款和隐私政策 weight=2.5 concept=their-privacy-policies
body: 条款及隐私政策 weight=2.5 concept=their-privacy-policies
body: 隐私政策约束 weight=2.5 concept=their-privacy-policies
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: 网络连接 weight=2 concept=network-connections
heading: 网络请求 weight=2 concept=network-connections
heading: 网络通信 weight=2 concept=network-connections
heading: 外部连接 weight=2 concept=network-connections
heading: 离开设备 weight=2 concept=network-connections
heading: 离开您的设备 weight=2 concept=network-connections
heading: 离开你的设备 weight=2 concept=network-connections
heading: 通过互联网发送 weight=2 concept=network-connections
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
heading: 本政策的变更 concept=changes-to-policy
heading: 本政策的修订 concept=changes-to-policy
heading: 本政策的修改 concept=changes-to-policy
heading: 政策更新 concept=policy-updates
heading: 政策变更 concept=changes-to-policy
heading: 隐私政策的更新 concept=policy-updates
heading: 本隐私政策如何更新 concept=policy-updates
heading: 变更通知 concept=notification-of-changes
body: 变更 weight=2 concept=change-update
body: 修订 weight=2 concept=change-update
body: 修改 weight=2 concept=change-update
body: 更新 weight=1.5 concept=change-update
body: 更新后的 weight=2 concept=latest-version
body: 最新版本 weight=2 concept=latest-version
body: 生效日期 weight=3 concept=effective-date
body: 更新日期 weight=3 concept=effective-date
body: 最近更新 weight=2.5 concept=effective-date
body: 生效 weight=2 concept=effective-date
body: 重大变更 weight=3 concept=material-changes
body: 不时 weight=2 concept=from-time-to-time
body: 公告 weight=2 concept=notify-you
body: 弹窗 weight=2 concept=notify-you
body: 削减 weight=2.5 concept=material-changes
body: 发布 weight=1.5 concept=posting
body: 通知您 weight=1.5 concept=notify-you
body: 版本 weight=1 concept=version
# Added with the shared concept inventory (concepts.txt).
heading: 修订 concept=amendments
heading: 修订记录 concept=amendments
heading: 变更的通知 concept=notification-of-changes
heading: 附则 concept=entry-into-force
heading: 生效日期 concept=entry-into-force
heading: 施行日期 concept=entry-into-force
body: 定期 weight=2.5 concept=from-time-to-time
body: 继续使用 weight=3 concept=continued-use
body: 定期查看 weight=2.5 concept=check-back
body: 立即生效 weight=2.5 concept=effective-immediately
body: 通知 weight=0.5 concept=notice
# Where a changed policy is posted: "(we will post the new policy) on this page".
body: 本页面 weight=1 concept=posting

# The policy named in full: "隐私政策的变更", "本隐私政策的修订", "本政策如何更新".
heading: 隐私政策的变更 weight=2 concept=changes-to-policy
heading: 隐私政策的修订 weight=2 concept=changes-to-policy
heading: 隐私政策的修改 weight=2 concept=changes-to-policy
heading: 隐私政策变更 weight=2 concept=changes-to-policy
heading: 本政策如何更新 weight=2 concept=policy-updates

heading: 本政策的更新 weight=2 concept=policy-updates
heading: 本政策更新 weight=2 concept=policy-updates

[contact]
heading: 联系我们 concept=contact-us
heading: 如何联系我们 concept=how-to-contact
heading: 联系方式 concept=contact-information
heading: 联系信息 concept=contact-information
heading: 意见与反馈 concept=questions
heading: 投诉与建议 weight=2 concept=questions
heading: 个人信息保护负责人 concept=data-protection-officer
body: 联系 weight=2 concept=please-contact
body: 联系我们 weight=2.5 concept=please-contact
body: 邮箱 weight=2 concept=by-email
body: 电子邮件 weight=1 concept=by-email
body: 电话 weight=1.5 concept=telephone
body: 客服 weight=2 concept=customer-service
body: 热线 weight=2 concept=telephone
body: 邮寄 weight=2 concept=postal-address
body: 地址 weight=1 concept=address
body: 注册地址 weight=2.5 concept=postal-address
body: 负责人 weight=2 concept=dpo
body: 数据保护官 weight=3 concept=dpo
body: 疑问 weight=2 concept=questions-comments
body: 意见 weight=1.5 concept=questions-comments
body: 反馈 weight=2 concept=questions-comments
body: 回复 weight=2
body: 工作日 weight=1.5
body: 投诉 weight=1 concept=questions-comments
# Added with the shared concept inventory (concepts.txt).
heading: 数据保护官 concept=data-protection-officer
heading: 疑问 concept=questions
heading: 如有疑问 concept=questions
heading: 与我们联系 concept=contact-us
body: 通信地址 weight=2 concept=postal-address
body: 客户服务 weight=1.5 concept=customer-service
body: 个人信息保护负责人 weight=3 concept=dpo
heading: 问题与建议 concept=questions
heading: 意见和建议 concept=questions
heading: 意见与建议 concept=questions
# PIPL/GB/T 35273 contact point: "个人信息保护专职部门".
heading: 专职部门 weight=2 concept=data-protection-officer
heading: 运营者信息 concept=contact-information
heading: 运营方信息 concept=contact-information
# The controller's identity and address (GDPR art. 13(1)(a)): "数据控制者", "控制者".
heading: 数据控制者 concept=contact-information
heading: 控制者 concept=contact-information
heading: 数据控制人 concept=contact-information
heading: 查询与投诉 concept=questions
heading: 咨询与投诉 concept=questions
heading: 咨询和投诉 concept=questions
heading: 咨询方式 concept=how-to-contact
heading: 咨询渠道 concept=how-to-contact
heading: 如何咨询 concept=how-to-contact
heading: 联系谁 concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no cue inside it
# counts. Written whole, like boilerplate headings.
# A version of the site or app is not a version of the policy.
静态版本
网站版本
应用版本
应用程序版本
免费版本
付费版本
# An RSS subscription is a feature, not a marketing subscription to opt out of.
rss 订阅
# A software update is not a change to the policy.
软件更新
应用更新
检查更新
自动更新
# Storage services are providers, not how long data is kept.
存储服务
云存储
云存储服务
对象存储
# Names of laws and authorities holding 安全/保护 are no security practice.
网络安全法
数据安全法
个人信息保护法
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
