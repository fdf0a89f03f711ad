# Traditional Chinese lexicon (Taiwan, Hong Kong, Macau)
# Terms are written as they appear in text, without spaces: ICU dictionary segmentation
# splits entries and documents alike (個人資料 -> 個人 | 資料).
# Taiwan policies follow the wording of the 個人資料保護法 (蒐集、處理及利用, 當事人, 第三人,
# 特定目的); Hong Kong ones that of the 個人資料(私隱)條例 (收集個人資料聲明, 資料當事人,
# 查閱及改正, 直接促銷, 私隱). Both are listed.
@language zh-Hant
@name Chinese (Traditional)
@fold-accents no

[profile]
# Function words first. weight=3: the form exists only in traditional script (its
# simplified counterpart is in zh-Hans.lex); weight=2: Taiwan/Hong Kong vocabulary that
# mainland texts word differently (資訊, 使用者, 登入).
# Single characters such as 們 or 個 rarely stand alone after segmentation
# (我們 is one word), so the words that contain them are listed as well.
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
須
與 weight=3
為 weight=3
對 weight=3
於 weight=3
將 weight=3
會 weight=3
該 weight=3
這 weight=3
個 weight=3
們 weight=3
說 weight=3
時 weight=3
應 weight=3
這些 weight=3
這種 weight=3
我們 weight=3
他們 weight=3
並 weight=3
並且 weight=3
從 weight=3
後 weight=3
之後 weight=3
沒有 weight=3
無 weight=3
對於 weight=3
關於 weight=3
用於 weight=3
由於 weight=3
為了 weight=3
因為 weight=3
透過 weight=3
通過 weight=3
根據 weight=3
有關 weight=3
相關 weight=3
進行 weight=3
時間 weight=3
個人 weight=2   # also Japanese
請 weight=3
聯絡 weight=3
聯繫 weight=3
問題 weight=3
設備 weight=3
裝置 weight=3
帳戶 weight=3
帳號 weight=3
網路 weight=3
網絡 weight=3
刪除 weight=3
變更 weight=3
條款 weight=3
協議 weight=3
規定 weight=3
適用 weight=3
夥伴 weight=3
廣告 weight=3
行銷 weight=3
產品 weight=3
軟體 weight=3
軟件 weight=3
程式 weight=2
用戶 weight=3
資料 weight=3
資訊 weight=3
數據 weight=3
隱私 weight=3
私隱 weight=3
網站 weight=3
服務 weight=3
保護 weight=3
權利 weight=3
儲存 weight=3
傳輸 weight=3
技術 weight=3
瀏覽 weight=3
兒童 weight=3
監護 weight=3
郵件 weight=3
號碼 weight=3
識別 weight=3
紀錄 weight=3
記錄 weight=3
訂單 weight=3
註冊 weight=3
獲得 weight=3
實現 weight=3
執行 weight=3
範圍 weight=3
已經 weight=3
能夠 weight=3
進一步 weight=3
處理 weight=3
發送 weight=3
說明 weight=3
選擇 weight=3
設定 weight=3
認為 weight=3
法規 weight=3
監管 weight=3
蒐集 weight=3
當事人 weight=3
內容 weight=3
授權 weight=3
使用者 weight=2
登入 weight=2
存取 weight=2
政策
收集
使用
利用
提供
取得
安全
法律
同意
共享
披露
保存
保留
公司
地址
位置
支付
交易
功能
目的
要求
方式
措施
合理
期限
通知
更新
包含
允許

[units]
# 個月 and 個小時 carry the classifier 個; ICU sometimes keeps 六個月 as one word.
year: 年, 歲, 週歲    # 歲 counts years of age
month: 個月, 月
# 周 is left out (周歲, "full years of age", is split by ICU and would read as weeks).
week: 週, 星期, 個星期
business-day: 工作日, 個工作日, 工作天, 個工作天
day: 天, 日
hour: 小時, 個小時
minute: 分鐘

[numbers]
# 兩 is the counting form of 2 (兩年 = two years).
1: 一
2: 二, 兩
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
# Taiwan's 個人資料保護法 (個資法) is given as pdpa (its English name is the Personal
# Data Protection Act). Hong Kong's 個人資料(私隱)條例 (PDPO) has no canonical id yet.
gdpr: 一般資料保護規則, 歐盟一般資料保護規則, 一般資料保護規範, 通用數據保障條例, gdpr
ccpa: 加州消費者隱私法, 加州消費者隱私保護法, 加州消費者隱私法案, ccpa
cpra: 加州隱私權法, 加州隱私權法案, cpra
coppa: 兒童線上隱私保護法, 兒童網路隱私保護法, 兒童網上私隱保護法, coppa
pdpa: 個人資料保護法, 個資法, pdpa
lgpd: 巴西一般個人資料保護法, 巴西通用數據保護法, lgpd
pipeda: 個人資訊保護及電子文件法, pipeda
appi: 日本個人資訊保護法, 個人情報保護法, appi
pipl: 個人信息保護法, 中華人民共和國個人信息保護法, 中國個人資訊保護法, pipl

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
使用條款
服務條款
條款與條件
條款及細則
適用法律
準據法
管轄法律
適用法律與管轄
適用法律與管轄權
準據法與管轄法院
準據法及管轄法院
管轄權
管轄法院
司法管轄
可分割性
可分離性
完整協議
棄權
不可抗力
免責聲明
責任限制
翻譯
其他翻譯
其他翻譯版本
翻譯版本
語言版本
以英文版本為準
英文版本優先
以中文版本為準
許可
授權條款
版權
版權聲明
著作權
致謝
目錄
智慧財產權
知識產權
著作權與智慧財產權
商標
語言
語言聲明
語言說明

[intro]
heading: 前言 concept=introduction
heading: 引言 concept=introduction
heading: 概述 concept=summary
heading: 適用範圍 concept=scope
heading: 本政策之適用範圍 concept=scope
heading: 隱私權政策 weight=0.5 concept=privacy-policy-title   # document title; also inside other headings
heading: 私隱政策 weight=0.5 concept=privacy-policy-title   # document title; also inside other headings
# Other names of the document: "privacy statement" (隱私聲明, 私隱聲明), 隱私政策 as
# mainland-trained translators write it, and 個人資料保護政策.
heading: 隱私政策 weight=0.5 concept=privacy-policy-title
heading: 隱私聲明 weight=0.5 concept=privacy-policy-title
heading: 隱私權聲明 weight=0.5 concept=privacy-policy-title
heading: 私隱聲明 weight=0.5 concept=privacy-policy-title
heading: 隱私保護政策 weight=0.5 concept=privacy-policy-title
heading: 個人資料保護政策 weight=0.5 concept=privacy-policy-title
heading: 關於本政策 concept=about-this-policy
body: 本隱私權政策 weight=2 concept=this-privacy-policy
body: 本政策 weight=1.5 concept=this-privacy-policy
body: 適用於 weight=2 concept=policy-applies-to
body: 非常重視 weight=2.5 concept=committed-to-privacy
body: 尊重 weight=1 concept=committed-to-privacy
body: 保護您的隱私 weight=2 concept=committed-to-privacy
body: 詳細閱讀 weight=2.5 concept=please-read
body: 仔細閱讀 weight=2.5 concept=please-read
body: 即表示您同意 weight=2 concept=acceptance-of-policy
body: 繼續使用 weight=1.5 concept=by-using
body: 說明 weight=1 concept=policy-describes
body: 股份有限公司 weight=1.5 concept=company
body: 有限公司 weight=1 concept=company
body: 產品及服務 weight=0.5 concept=services
body: 我們 weight=0.3 concept=company
# Added with the shared concept inventory (concepts.txt).
heading: 簡介 concept=introduction
heading: 摘要 concept=summary
heading: 重點摘要 concept=summary
heading: 精簡版 concept=summary    # "The short version"
heading: 關於本隱私權政策 concept=about-this-policy
heading: 關於本私隱政策 concept=about-this-policy
heading: 關於我們 weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
heading: 我們是誰 concept=who-we-are
heading: 我們對隱私的承諾 concept=commitment-to-privacy
heading: 隱私權保護承諾 concept=commitment-to-privacy
heading: 接受本政策 concept=acceptance
heading: 您的接受 concept=acceptance
body: 本政策說明 weight=2.5 concept=policy-describes
body: 幫助您了解 weight=2.5 concept=policy-describes
body: 不適用於 weight=2 concept=policy-applies-to
body: 透過使用 weight=1.5 concept=by-using
body: 接受 weight=1 concept=acceptance-of-policy
body: 如果您不同意 weight=2 concept=if-you-do-not-agree
body: 如您不同意 weight=2 concept=if-you-do-not-agree
body: 以下簡稱 weight=1.5 concept=referred-to-as
body: 使用條款 weight=1 concept=terms-of-use
body: 服務條款 weight=1 concept=terms-of-use
body: 隱私 weight=0.3 concept=privacy
body: 網站 weight=0.3 concept=website
# Further names and headings of the document (Taiwan and Hong Kong wording).
heading: 隱私權保護政策 weight=0.5 concept=privacy-policy-title
heading: 私隱政策聲明 weight=0.5 concept=privacy-policy-title
heading: 總則 concept=introduction
heading: 適用對象 concept=scope

heading: 緒言 concept=introduction
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
# The notice's own purpose ("本政策的目的"): the heading names the document, so it is intro, not use.
heading: 本政策的目的 weight=2 concept=about-this-policy
heading: 本隱私權政策的目的 weight=2 concept=about-this-policy
heading: 本聲明的目的 weight=2 concept=about-this-policy
heading: 一覽 concept=summary
heading: 簡要說明 concept=summary

[definitions]
heading: 定義 concept=definitions
heading: 名詞定義 concept=definitions
heading: 用語定義 concept=definitions
heading: 名詞解釋 concept=key-terms
heading: 釋義 concept=interpretation
heading: 詞彙定義 concept=key-terms
heading: 本政策中的定義 concept=definitions
body: 是指 weight=3 concept=means
body: 係指 weight=3 concept=means
body: 指 weight=1.5 concept=means
body: 下稱 weight=2 concept=hereinafter
body: 以下簡稱 weight=2.5 concept=hereinafter
body: 含義 weight=2 concept=means
body: 意指 weight=2.5 concept=means
body: 當事人 weight=1.5 concept=gdpr-roles
body: 資料當事人 weight=2 concept=gdpr-roles
body: 特種個人資料 weight=2
body: 敏感個人資料 weight=1.5
body: 去識別化 weight=2
body: 關係企業 weight=1
body: 包括但不限於 weight=0.5 concept=includes
body: 個人資料 weight=0.5 concept=personal-data
# Added with the shared concept inventory (concepts.txt).
heading: 重要用語 concept=key-terms
heading: 詞彙表 concept=key-terms
heading: 解釋及定義 concept=interpretation
heading: 我們所指的 concept=what-we-mean-by
heading: 是什麼意思 concept=what-we-mean-by
body: 下列用語 weight=3 concept=defined-terms-intro
body: 以下定義 weight=3 concept=defined-terms-intro
body: 本政策所稱 weight=2.5 concept=as-used-in-this-policy
body: 個人資料是指 weight=3 concept=personal-data-means
body: 個人資料係指 weight=3 concept=personal-data-means
body: 得以直接或間接方式識別 weight=2.5 concept=identifiable-person
body: 自然人 weight=2 concept=identifiable-person
body: 資料控制者 weight=1 concept=gdpr-roles
body: 資料使用者 weight=1 concept=gdpr-roles
body: 使用者 weight=0.3 concept=user
body: 指的是 weight=2.5 concept=refers-to
heading: 用詞定義 concept=definitions
heading: 名詞釋義 concept=key-terms
heading: 詞彙解釋 concept=key-terms

# Bare glossary headings: "術語", "詞彙" ("本政策所用詞彙").
heading: 術語 concept=key-terms
heading: 詞彙 concept=key-terms
heading: 所用詞彙 weight=2 concept=key-terms

[collection]
heading: 我們蒐集的資料 concept=what-we-collect
heading: 我們收集的資料 concept=what-we-collect
heading: 我們收集的資訊 concept=what-we-collect
heading: 個人資料之蒐集 concept=collection-of-information
heading: 個人資料的收集 concept=collection-of-information
heading: 資料蒐集 concept=collection-of-information
heading: 蒐集之個人資料類別 concept=categories-of-data
heading: 我們如何收集資料 concept=how-we-collect
heading: 收集個人資料聲明 concept=collection-of-information
heading: 資料來源 weight=2 concept=sources-of-information
heading: 來源 weight=1.5 concept=sources-of-information
body: 蒐集 weight=3 concept=we-collect
body: 採集 weight=2 concept=we-collect
body: 收集 weight=2.5 concept=we-collect
body: 自動收集 weight=2.5 concept=automatically
body: 取得 weight=1.5 concept=we-collect
body: 您提供的 weight=1.5 concept=you-provide
body: 姓名 weight=1.5 concept=name
body: 手機號碼 weight=1.5 concept=contact-details
body: 電話號碼 weight=1 concept=contact-details
body: 電子郵件地址 weight=1.5 concept=contact-details
body: 裝置資訊 weight=2 concept=device-data
body: 裝置識別碼 weight=2 concept=device-data
body: 作業系統 weight=1.5 concept=device-data
# Versions as items of device data, so that 版本 in a list of collected data is not
# read as a new version of the policy.
body: 作業系統版本 weight=2 concept=device-data
body: 軟體版本 weight=1.5 concept=device-data
body: IP位址 weight=2 concept=device-data
body: 瀏覽紀錄 weight=1.5 concept=usage-data
body: 位置資訊 weight=1.5 concept=location-data
body: 身分證 weight=1.5
body: 類別 weight=1 concept=data-categories
body: 註冊 weight=1 concept=forms
body: 來源 weight=0.5 concept=sources
# A list of the data handled, announced in the text (en: "the following data is processed:").
body: 以下資訊 weight=2.5 concept=following-data
body: 以下個人資料 weight=2.5 concept=following-data
body: 以下資料 weight=2.5 concept=following-data
body: 下列資訊 weight=2.5 concept=following-data
body: 下列個人資料 weight=2.5 concept=following-data
# Added with the shared concept inventory (concepts.txt).
heading: 個人資料的類別 concept=categories-of-data
heading: 個人資料類別 concept=categories-of-data
heading: 您提供給我們的資料 concept=information-you-provide
heading: 您提供的資料 concept=information-you-provide
heading: 自動收集的資料 concept=collected-automatically
heading: 自動蒐集的資料 concept=collected-automatically
heading: 我們如何蒐集資料 concept=how-we-collect
heading: 個人資料的來源 concept=sources-of-information
heading: 我們可能收集的資料 concept=what-we-collect
body: 自動蒐集 weight=2.5 concept=automatically
body: 公開管道 weight=2 concept=publicly-available
body: 已公開 weight=2 concept=publicly-available
body: 地理位置 weight=2 concept=location-data
body: 瀏覽器類型 weight=2 concept=device-data
body: 使用紀錄 weight=2 concept=usage-data
body: 日誌資料 weight=1.5 concept=usage-data
body: 人口統計 weight=1.5 concept=demographic-data
body: 付款資訊 weight=1 concept=payment-data
body: 信用卡 weight=1 concept=payment-data
body: 表單 weight=1.5 concept=forms
body: 帳戶 weight=0.3 concept=account
body: 帳號 weight=0.3 concept=account
body: 資料 weight=0.1 concept=information
body: 資訊 weight=0.1 concept=information
# Question headings ("What data do we collect?") and 個資法 wording (資料類別, 蒐集方式).
heading: 蒐集哪些 concept=what-we-collect
heading: 收集哪些 concept=what-we-collect
heading: 收集甚麼 concept=what-we-collect
heading: 收集什麼 concept=what-we-collect
heading: 蒐集之個人資料 concept=what-we-collect
heading: 資料類別 concept=categories-of-data
heading: 個人資料之類別 concept=categories-of-data
# "Payment information" names a category of data collected (not the payments section, whose word it holds).
heading: 付款資訊 weight=3 concept=categories-of-data
heading: 支付資訊 weight=3 concept=categories-of-data
heading: 付款資料 weight=3 concept=categories-of-data
heading: 支付資料 weight=3 concept=categories-of-data
heading: 蒐集方式 concept=how-we-collect
heading: 收集方式 concept=how-we-collect
heading: 收集個人資料 concept=collection-of-information
heading: 個人資料之蒐集方式 concept=how-we-collect
heading: 帳戶註冊 concept=information-you-provide
# A contact form as a processing activity (what the form collects), as en "Contact form"; "聯絡我們" stays contact.
heading: 聯絡表單 weight=3 concept=information-you-provide
heading: 聯絡表格 weight=3 concept=information-you-provide
heading: 聯繫表單 weight=3 concept=information-you-provide
heading: 應用程式權限 concept=what-we-collect
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: 當機報告 concept=collected-automatically
heading: 崩潰報告 concept=collected-automatically
heading: 錯誤報告 concept=collected-automatically
heading: 診斷資料 concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: 留在您的裝置上 weight=2 concept=on-device-data
heading: 留在你的裝置上 weight=2 concept=on-device-data
heading: 保留在您的裝置上 weight=2 concept=on-device-data
heading: 本機處理 weight=2 concept=on-device-data
heading: 瀏覽器本機處理 weight=2 concept=on-device-data
heading: 本地處理 weight=2 concept=on-device-data
heading: 裝置端處理 weight=2 concept=on-device-data
body: 當機報告 weight=2.5 concept=usage-data
body: 崩潰報告 weight=2.5 concept=usage-data
body: 當機記錄 weight=2.5 concept=usage-data
body: 偵錯記錄 weight=2.5 concept=usage-data
body: 除錯日誌 weight=2.5 concept=usage-data
body: 診斷資料 weight=2 concept=usage-data
body: 推播權杖 weight=2.5 concept=device-data
body: 推送令牌 weight=2.5 concept=device-data
# App or extension permissions ("權限說明"), as English "Permissions".
heading: 權限說明 weight=2 concept=what-we-collect
heading: 權限 concept=what-we-collect
# Data an app or extension reads (存取/讀取), as "Information we access".
heading: 我們存取的資訊 weight=2 concept=what-we-collect
heading: 我們存取的資料 weight=2 concept=what-we-collect
heading: 我們讀取的資訊 weight=2 concept=what-we-collect

[use]
heading: 我們如何使用資料 concept=how-we-use
heading: 我們如何使用您的個人資料 concept=how-we-use
heading: 個人資料之利用 concept=use-of-information
heading: 資料的使用 concept=use-of-information
heading: 蒐集之目的 concept=why-we-collect
heading: 使用目的 concept=purposes-of-processing
heading: 利用目的 concept=purposes-of-processing
heading: 個人資料的使用目的 concept=purposes-of-processing
heading: 如何使用 weight=2 concept=how-we-use
heading: 如何利用 weight=2 concept=how-we-use
heading: 目的 weight=2 concept=purposes-of-processing
body: 利用 weight=1.5 concept=we-use
body: 用於 weight=1.5 concept=we-use
body: 使用 weight=0.5 concept=we-use
body: 目的 weight=1 concept=purposes
body: 特定目的 weight=2.5 concept=purposes
body: 提供服務 weight=1.5 concept=to-provide
body: 改善 weight=1.5 concept=to-improve
body: 優化 weight=1.5 concept=to-improve
body: 個人化 weight=2 concept=to-personalise
body: 推薦 weight=1.5 concept=to-personalise
body: 分析 weight=1 concept=to-analyse
body: 統計 weight=1 concept=to-analyse
body: 身分驗證 weight=1.5 concept=to-prevent-fraud
body: 訂單 weight=1 concept=to-process-transactions
body: 客戶服務 weight=1 concept=to-respond
body: 詐騙 weight=1 concept=to-prevent-fraud
body: 研究 weight=1 concept=research
body: 為了 weight=0.5
# Added with the shared concept inventory (concepts.txt).
heading: 我們為何蒐集您的個人資料 concept=why-we-collect
heading: 蒐集目的 concept=why-we-collect
heading: 收集目的 concept=why-we-collect
heading: 個人資料的處理 concept=processing-of-personal-data
heading: 我們如何處理您的個人資料 concept=processing-of-personal-data
heading: 處理目的 concept=purposes-of-processing
body: 下列目的 weight=2.5 concept=following-purposes
body: 以下目的 weight=2.5 concept=following-purposes
body: 用戶畫像 weight=2 concept=profiling
body: 剖析 weight=2 concept=profiling
body: 自動化決策 weight=1.5 concept=automated-decisions
body: 向您提供 weight=1.5 concept=to-provide
body: 履行 weight=1.5 concept=to-fulfil
body: 管理您的帳戶 weight=1.5 concept=to-administer
body: 帳戶管理 weight=1.5 concept=to-administer
body: 改進 weight=1.5 concept=to-improve
body: 開發新 weight=2 concept=to-develop
body: 與您聯繫 weight=2 concept=to-communicate
body: 與您溝通 weight=2 concept=to-communicate
body: 向您發送 weight=1 concept=to-send
body: 寄送 weight=1 concept=to-send
body: 回應您的 weight=1.5 concept=to-respond
body: 排除 weight=1.5 concept=to-troubleshoot
body: 故障 weight=1.5 concept=to-troubleshoot
body: 市場調查 weight=2 concept=research
body: 處理付款 weight=1.5 concept=to-process-transactions
body: 遵守法律 weight=1 concept=to-comply-with-law
body: 遵循法令 weight=1 concept=to-comply-with-law
# 個資法 wording: 處理及利用, 利用之期間、地區、對象及方式 (art. 8 notice item on use);
# question headings on why data is collected.
heading: 處理及利用 concept=use-of-information
heading: 利用之期間、地區、對象及方式 concept=use-of-information
heading: 利用期間、地區、對象及方式 concept=use-of-information
heading: 為何收集 concept=why-we-collect
heading: 為何蒐集 concept=why-we-collect
heading: 為什麼收集 concept=why-we-collect
heading: 為什麼蒐集 concept=why-we-collect
heading: 用途 weight=1.5 concept=purposes-of-processing
heading: 使用您的個人資料 concept=how-we-use
heading: 為何 weight=1.5 concept=why-we-collect

# Taiwan drafting with 之: "個人資料之使用", "資料之利用".
heading: 個人資料之使用 concept=use-of-information
heading: 資料之使用 concept=use-of-information
heading: 資料之利用 concept=use-of-information
# Purpose headings asked with other verbs ("我們為何處理您的個人資料") and "用於以下目的".
heading: 為什麼處理 concept=why-we-collect
heading: 為何處理 concept=why-we-collect
heading: 我們為什麼使用 concept=why-we-collect
heading: 用於以下目的 concept=purposes-of-processing
heading: 基於以下目的 concept=purposes-of-processing
heading: 自動化決策 concept=automated-decision-making
heading: 自動決策 concept=automated-decision-making
heading: 自動化決定 concept=automated-decision-making

[legal-basis]
heading: 法律依據 concept=legal-basis
heading: 處理的法律依據 concept=legal-basis
heading: 處理個人資料的法律基礎 concept=legal-basis
heading: 法律基礎 concept=legal-basis
heading: 合法性基礎 concept=legal-basis
heading: 合法依據 concept=legal-basis
heading: 我們處理資料的依據 concept=why-allowed
# The legal-basis words ("legal basis", "legitimate interests", "Art. 6", "on the basis of", GDPR) stand in
# every subsection of a translated European policy (a plug-in, a host, a form): in a text they weigh
# less than the practice it describes; the headings still name a legal-basis section.
body: 依據 weight=1 concept=on-the-basis-of
body: 基於 weight=1 concept=on-the-basis-of
body: 正當利益 weight=2 concept=legitimate-interests
body: 合法利益 weight=2 concept=legitimate-interests
body: 合法權益 weight=1.5 concept=legitimate-interests
body: 履行契約 weight=3 concept=performance-of-contract
body: 契約 weight=1.5 concept=performance-of-contract
body: 合約 weight=1.5 concept=performance-of-contract
body: 法定義務 weight=2.5 concept=legal-obligation
body: 法律義務 weight=2.5 concept=legal-obligation
body: 公共利益 weight=2 concept=public-interest
body: 重大利益 weight=2 concept=vital-interests
body: 合法性 weight=2 concept=lawful
body: 所必要 weight=1.5 concept=processing-necessary
body: 您的同意 weight=1 concept=consent-as-basis
# Added with the shared concept inventory (concepts.txt).
heading: 我們為何可以處理您的個人資料 concept=why-allowed
body: 法律依據 weight=2 concept=legal-basis-term
body: 合法性基礎 weight=2 concept=legal-basis-term
body: 法律基礎 weight=2 concept=legal-basis-term
body: 基本權利和自由 weight=2.5 concept=balancing-test
body: 第6條 weight=2 concept=article-6
body: 第六條 weight=2 concept=article-6
body: 必要 weight=0.5 concept=necessary
body: 合法 weight=1 concept=lawful
heading: 法源依據 concept=legal-basis
heading: 合法處理依據 concept=legal-basis
# 法律根據 is as common as 法律依據 in Traditional Chinese.
heading: 法律根據 concept=legal-basis
heading: 處理的法律根據 concept=legal-basis
heading: 為何可以處理 concept=why-allowed
heading: 為什麼可以處理 concept=why-allowed
heading: 基於什麼依據 concept=why-allowed
body: 法律根據 weight=2 concept=legal-basis-term

[consent]
heading: 同意 concept=your-consent
heading: 您的同意 concept=your-consent
heading: 撤回同意 concept=withdrawal-of-consent
heading: 同意之撤回 concept=withdrawal-of-consent
heading: 取得同意 concept=your-consent
heading: 撤回同意的權利 concept=withdrawal-of-consent
heading: 如何撤回同意 concept=withdrawal-of-consent
body: 撤回 weight=3 concept=withdraw
body: 撤銷 weight=2 concept=withdraw
body: 同意 weight=1 concept=you-consent
body: 授權 weight=1.5 concept=permission
body: 取得您的同意 weight=2 concept=you-consent
body: 明示同意 weight=2.5 concept=explicit-consent
body: 書面同意 weight=1.5 concept=explicit-consent
body: 勾選 weight=2 concept=opt-in
body: 點選同意 weight=2 concept=opt-in
body: 即視為 weight=1.5 concept=you-agree
body: 不影響 weight=1.5 concept=without-affecting-lawfulness
body: 撤回前 weight=1.5 concept=without-affecting-lawfulness
body: 隨時 weight=1 concept=at-any-time
body: 取消授權 weight=2 concept=withdraw
# Added with the shared concept inventory (concepts.txt).
body: 您同意 weight=1.5 concept=you-agree
body: 自願 weight=2.5 concept=freely-given
body: 許可 weight=1.5 concept=permission
heading: 撤回您的同意 concept=withdrawal-of-consent

[sharing]
heading: 資料分享 concept=sharing-of-information
heading: 資訊分享 concept=sharing-of-information
heading: 個人資料之揭露 concept=disclosure-of-information
heading: 我們如何分享資料 concept=how-we-share
heading: 與第三方分享 concept=third-parties
heading: 向第三人提供 concept=third-parties
heading: 資料的分享與揭露 concept=sharing-of-information
heading: 資料轉移
heading: 委外處理 concept=service-providers-heading
body: 分享 weight=2.5 concept=share
body: 共享 weight=2 concept=share
body: 揭露 weight=2.5 concept=disclose
body: 披露 weight=2 concept=disclose
body: 轉移 weight=1.5
body: 第三人 weight=2 concept=third-parties-term
body: 第三方 weight=1 concept=third-parties-term
body: 合作夥伴 weight=1.5 concept=business-partners
body: 關係企業 weight=2 concept=affiliates
body: 服務供應商 weight=2 concept=service-providers
body: 供應商 weight=1.5 concept=service-providers
body: 委外 weight=2 concept=service-providers
body: 委託 weight=1.5 concept=on-our-behalf
body: 受託 weight=1.5 concept=on-our-behalf
body: 向第三方提供 weight=2.5 concept=disclose
body: 合併 weight=1.5 concept=corporate-transaction
body: 收購 weight=2 concept=corporate-transaction
body: 出售 weight=2 concept=sell
body: 司法機關 weight=2 concept=authorities
body: 執法機關 weight=2 concept=authorities
body: 政府機關 weight=1.5 concept=authorities
body: 法律程序 weight=1.5 concept=legal-process
# Added with the shared concept inventory (concepts.txt).
heading: 我們與誰分享資料 concept=who-we-share-with
heading: 資料分享的對象 concept=who-we-share-with
heading: 資料的揭露 concept=disclosure-of-information
heading: 第三方 weight=0.5 concept=third-parties    # 第三方 also opens 第三方服務/第三方網站 headings: weak alone
heading: 服務供應商 concept=service-providers-heading
heading: 業務移轉 concept=business-transfers
heading: 企業併購 concept=business-transfers
heading: 法律要求 concept=legal-requests
heading: 依法揭露 concept=legal-requests
heading: 我們是否出售您的個人資料 concept=sale-of-information
heading: 個人資料的出售 concept=sale-of-information
body: 子公司 weight=1.5 concept=affiliates
body: 接收者 weight=2 concept=recipients
body: 破產 weight=2.5 concept=corporate-transaction
body: 重組 weight=2 concept=corporate-transaction
body: 代表我們 weight=1.5 concept=on-our-behalf
body: 法院命令 weight=2.5 concept=legal-process
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: 向第三方提供 concept=transfer-to-third-parties
heading: 向第三方傳輸資料 concept=transfer-to-third-parties
heading: 資料傳輸至第三方 concept=transfer-to-third-parties
# 第三人 is the Taiwan statutory word for a third party; question headings ("with whom").
heading: 第三人 weight=0.5 concept=third-parties
heading: 提供予第三人 concept=third-parties
heading: 與誰分享 concept=who-we-share-with
heading: 與誰共享 concept=who-we-share-with
heading: 分享對象 concept=who-we-share-with
heading: 揭露對象 concept=who-we-share-with
heading: 提供對象 concept=who-we-share-with
heading: 誰可以存取 concept=who-we-share-with
heading: 資料共享 concept=sharing-of-information
heading: 委託處理 concept=service-providers-heading
heading: 委託第三方處理 concept=service-providers-heading
heading: 個人資料的披露 concept=disclosure-of-information
heading: 出售個人資料 concept=sale-of-information
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: 託管 concept=service-providers-heading
heading: 網站託管 concept=service-providers-heading
heading: 內容傳遞網路 concept=service-providers-heading
heading: 錯誤監控 concept=service-providers-heading
heading: 資料處理者 concept=service-providers-heading
body: 託管 weight=2 concept=service-providers
body: 託管服務 weight=2.5 concept=service-providers
body: 主機代管 weight=2.5 concept=service-providers
body: 內容傳遞網路 weight=3 concept=service-providers
body: 內容分發網路 weight=3 concept=service-providers
body: CDN weight=2.5 concept=service-providers
body: 雲端平台 weight=2 concept=service-providers
body: 雲端運算 weight=2 concept=service-providers
body: 雲端服務供應商 weight=2.5 concept=service-providers
body: 資料處理協議 weight=2 concept=service-providers
body: 錯誤監控 weight=2 concept=service-providers
# Cloud sync and backup: the data goes to a third-party cloud (iCloud, Google Drive).
body: icloud weight=2 concept=service-providers
body: google drive weight=2 concept=service-providers
body: 雲端同步 weight=1.5 concept=service-providers
# Data sent out of the device or service, as "Information we transmit".
heading: 我們傳輸的資訊 weight=2 concept=transfer-to-third-parties
heading: 我們傳送的資訊 weight=2 concept=transfer-to-third-parties
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: 支付 weight=2 concept=payments-purchases
heading: 付款 weight=3 concept=payments-purchases
heading: 付款處理 weight=2 concept=payments-purchases
heading: 應用程式內購買 weight=2 concept=payments-purchases
heading: 訂閱 weight=2 concept=payments-purchases

[cookies]
heading: Cookie concept=cookies
heading: Cookies concept=cookies
heading: Cookie政策 concept=cookies
heading: Cookie及類似技術 concept=tracking-technologies
heading: Cookie或類似技術 concept=tracking-technologies
heading: Cookie和類似技術 concept=tracking-technologies
heading: Cookie或同類技術 concept=tracking-technologies
heading: Cookie和同類技術 concept=tracking-technologies
heading: 我們如何使用Cookie concept=cookies
heading: 網路信標 concept=web-beacons
heading: 追蹤技術 concept=tracking-technologies
body: Cookie weight=3 concept=cookie
body: 小型文字檔案 weight=2.5 concept=text-files
body: 文字檔 weight=2 concept=text-files
body: 類似技術 weight=1.5 concept=tracking-technology
body: 網路信標 weight=2.5 concept=web-beacon
body: 像素標籤 weight=3 concept=web-beacon
body: 像素 weight=1.5 concept=web-beacon
body: 本機儲存 weight=2 concept=local-storage
body: 本地儲存 weight=2 concept=local-storage
body: 本地存儲 weight=2 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: 持續性 weight=2 concept=cookie-lifetime
body: 工作階段 weight=2 concept=cookie-lifetime
body: 瀏覽器 weight=1.5 concept=browser
body: 清除 weight=1 concept=browser-settings
body: 記住 weight=1.5
body: 記錄檔 weight=1.5 concept=log-file
body: Google Analytics weight=2.5 concept=analytics-term
body: 追蹤 weight=1.5 concept=tracking-technology
body: 偏好 weight=1
# Added with the shared concept inventory (concepts.txt).
heading: 記錄檔 concept=log-files
heading: 日誌檔案 concept=log-files
heading: 分析 concept=analytics
heading: 分析工具 concept=analytics
heading: 像素標籤 concept=web-beacons
body: 瀏覽器設定 weight=1.5 concept=browser-settings
body: 絕對必要 weight=2.5 concept=cookie-categories
body: 功能性 weight=1.5 concept=cookie-categories
body: 分析 weight=2 concept=analytics-term
body: SDK weight=2 concept=sdk
body: 裝置指紋 weight=2.5 concept=fingerprinting
body: 裝置 weight=0.5 concept=device
heading: Cookie之使用 concept=cookies
heading: 網站分析 concept=analytics
heading: 像素 concept=web-beacons

heading: 信標 concept=web-beacons
heading: 網頁信標 concept=web-beacons

[advertising]
heading: 廣告 concept=advertising
heading: 行銷 concept=marketing
heading: 廣告與行銷 concept=advertising
heading: 個人化廣告 weight=2.5 concept=interest-based-advertising
heading: 行銷資訊 concept=marketing-communications
heading: 直接促銷 concept=marketing
heading: 推廣資訊 concept=marketing-communications
heading: 行銷活動 concept=marketing
body: 廣告 weight=1.5 concept=ads
body: 廣告商 weight=2 concept=ad-networks
body: 廣告主 weight=2.5 concept=ad-networks
body: 投放 weight=2.5 concept=ads
body: 精準 weight=2 concept=interest-based
body: 興趣 weight=1.5 concept=interests
body: 推播 weight=2 concept=marketing-messages
body: 促銷 weight=2 concept=promotions
body: 直接促銷 weight=2.5 concept=marketing-messages
body: 優惠 weight=1.5 concept=promotions
body: 電子報 weight=2.5 concept=marketing-messages
body: 推廣 weight=1.5 concept=promotions
body: 廣告聯播網 weight=3 concept=ad-networks
body: 廣告識別碼 weight=2.5
body: 行銷 weight=1.5 concept=marketing-purposes
body: 展示 weight=1 concept=ads
body: 退訂 weight=1.5
# Added with the shared concept inventory (concepts.txt).
heading: 第三方廣告 concept=third-party-advertising
heading: 廣告聯播網 concept=third-party-advertising
heading: 目標式廣告 concept=interest-based-advertising
heading: 興趣導向廣告 concept=interest-based-advertising
body: 再行銷 weight=3 concept=retargeting
body: 重新定向 weight=3 concept=retargeting
body: 行銷目的 weight=2 concept=marketing-purposes
body: 行銷郵件 weight=2.5 concept=marketing-messages
body: 廣告成效 weight=2 concept=ad-measurement
heading: 電子報 concept=marketing-communications
heading: 促銷訊息 concept=marketing-communications
heading: 定向廣告 concept=interest-based-advertising
heading: 精準行銷 concept=interest-based-advertising

heading: 個人化行銷 weight=2.5 concept=interest-based-advertising

[do-not-track]
heading: 請勿追蹤 concept=do-not-track
heading: 拒絕追蹤 concept=do-not-track
heading: 不追蹤 concept=do-not-track
heading: 請勿追蹤訊號 concept=do-not-track
heading: 全球隱私控制 concept=global-privacy-control
heading: Do Not Track concept=do-not-track
body: DNT weight=3 concept=dnt-signal
body: GPC weight=3 concept=gpc-signal
body: Global Privacy Control weight=3 concept=gpc-signal
body: Do Not Track weight=3 concept=dnt-signal
body: 訊號 weight=2.5 concept=dnt-signal
body: 信號 weight=2.5 concept=dnt-signal
body: 瀏覽器 weight=1 concept=browser-dnt
body: 回應 weight=1.5 concept=do-not-respond
body: 統一標準 weight=2 concept=no-uniform-standard
body: 業界標準 weight=2 concept=no-uniform-standard
body: 尚未 weight=1
body: 機制 weight=1
body: 追蹤 weight=1
body: 偏好 weight=1
# Added with the shared concept inventory (concepts.txt).
heading: 偏好訊號 concept=preference-signals
heading: 瀏覽器訊號 concept=preference-signals
heading: 選擇退出偏好訊號 concept=preference-signals
body: 偏好訊號 weight=3 concept=opt-out-preference-signal
body: 瀏覽器訊號 weight=2.5 concept=opt-out-preference-signal
body: 不回應 weight=2.5 concept=do-not-respond
body: 識別 weight=1 concept=honor-signals
body: 跨網站 weight=2.5 concept=cross-site-tracking
heading: Do Not Track訊號 concept=do-not-track

heading: 禁止追蹤 weight=2 concept=do-not-track

[choices]
heading: 您的選擇 concept=your-choices
heading: 選擇 concept=your-choices
heading: 您的選擇權 concept=your-choices
heading: 選擇退出 concept=opting-out
heading: 管理您的偏好設定 concept=managing-preferences
heading: 取消訂閱 concept=unsubscribing
heading: 您對資料的控制 concept=your-choices
body: 選擇 weight=1.5 concept=choose-not-to
body: 退出 weight=1.5 concept=opt-out
body: 取消訂閱 weight=2.5 concept=unsubscribe
body: 退訂 weight=2.5 concept=unsubscribe
body: 偏好設定 weight=2 concept=preferences
body: 關閉 weight=1 concept=disable
body: 設定 weight=0.5 concept=settings
body: 拒絕 weight=1.5 concept=decline
body: 不提供 weight=2 concept=choose-not-to
body: 可能無法 weight=2 concept=consequences-of-refusal
body: 訂閱 weight=1
body: 權限 weight=1.5 concept=device-permissions
body: 停用 weight=1.5 concept=disable
body: 開啟 weight=0.5 concept=settings
body: 控制 weight=1
body: 功能 weight=0.5
# Added with the shared concept inventory (concepts.txt).
heading: 如何選擇退出 concept=opting-out
heading: 通訊偏好 concept=managing-preferences
heading: 退訂 concept=unsubscribing
body: 停止接收 weight=2.5 concept=unsubscribe
body: 推廣訊息 weight=2 concept=promotional-emails
body: 帳戶設定 weight=2 concept=settings
body: 推播通知 weight=2 concept=device-permissions
body: 定位服務 weight=2 concept=device-permissions
body: 底部 weight=1.5 concept=unsubscribe-link
body: 接收 weight=0.5 concept=receive
# Refusing marketing is a choice: these outweigh 行銷/直接促銷 in the same heading.
heading: 拒絕接收 concept=opting-out
heading: 停止接收 concept=unsubscribing
heading: 拒絕直接促銷 concept=opting-out
heading: 您的選項 concept=your-choices
heading: 退出機制 concept=opting-out

# Refusing marketing (拒絕/停止接收行銷資訊) is a choice, not advertising.
heading: 拒絕接收行銷 weight=2 concept=opting-out
heading: 停止接收行銷 weight=2 concept=opting-out
heading: 管理您的偏好 concept=managing-preferences
heading: 隱私設定 concept=managing-preferences

heading: 退出直接促銷 weight=2 concept=opting-out
# Switching a feature off or on in the settings is weak alone; opting out is the choice.
body: 選擇退出 weight=2.5 concept=opt-out
body: 隨時關閉 weight=2 concept=disable

[rights]
heading: 您的權利 concept=your-rights
heading: 您的個人資料權利 concept=your-rights
heading: 當事人權利 concept=your-rights
heading: 資料當事人的權利 concept=your-rights
heading: 您可行使的權利 concept=exercising-rights
heading: 查閱及改正 concept=access-and-correction
heading: 查詢或請求閱覽 concept=access-and-correction
heading: 管理您的個人資料 concept=access-and-correction
heading: 存取 weight=1.5 concept=access-and-correction
heading: 更正 concept=access-and-correction
body: 權利 weight=1.5
body: 行使 weight=2.5 concept=exercise-rights
body: 查詢 weight=1.5 concept=right-of-access
body: 閱覽 weight=2.5 concept=right-of-access
body: 查閱 weight=2.5 concept=right-of-access
body: 複製本 weight=3 concept=copy-of-data
body: 副本 weight=2 concept=copy-of-data
body: 補充 weight=1.5 concept=rectification
body: 更正 weight=3 concept=rectification
body: 改正 weight=2.5 concept=rectification
body: 停止蒐集 weight=3 concept=right-to-object
body: 刪除 weight=2 concept=erasure
body: 可攜 weight=2.5 concept=portability
body: 反對 weight=2 concept=right-to-object
body: 限制 weight=1.5 concept=restriction
body: 申訴 weight=2 concept=complaint-to-authority
body: 主管機關 weight=2 concept=complaint-to-authority
body: 請求 weight=1 concept=request
# Added with the shared concept inventory (concepts.txt).
heading: 行使您的權利 concept=exercising-rights
heading: 如何行使您的權利 concept=exercising-rights
heading: 授權代理人 concept=authorized-agents
heading: 存取、更正及刪除 concept=access-and-correction
body: 存取權 weight=3 concept=right-of-access
body: 查閱權 weight=3 concept=right-of-access
body: 被遺忘權 weight=3 concept=erasure
body: 驗證您的身分 weight=2 concept=verify-identity
body: 核實您的身分 weight=2 concept=verify-identity
body: 授權代理人 weight=2.5 concept=authorized-agent
body: 歧視 weight=1.5 concept=non-discrimination
body: 資料當事人 weight=2 concept=data-subject-rights
body: 不正確 weight=2 concept=rectification
body: 存取 weight=1.5 concept=access
# 個資法 art. 3: 查詢或請求閱覽、請求製給複製本、請求補充或更正、請求停止蒐集、處理或利用、請求刪除.
heading: 當事人之權利 concept=your-rights
heading: 得行使之權利 concept=exercising-rights
heading: 行使權利 concept=exercising-rights
heading: 權利行使 concept=exercising-rights
heading: 請求製給複製本 concept=access-and-correction
heading: 請求補充或更正 concept=access-and-correction
heading: 停止蒐集、處理或利用 concept=exercising-rights
heading: 請求刪除 concept=exercising-rights
heading: 查閱及更正 concept=access-and-correction
heading: 查閱資料要求 concept=access-and-correction
heading: 改正資料要求 concept=access-and-correction
heading: 使用者權利 concept=your-rights
heading: 用戶權利 concept=your-rights
heading: 您的隱私權利 concept=your-rights
heading: 我可以存取 concept=access-and-correction
heading: 如何存取 concept=access-and-correction
heading: 如何更正 concept=access-and-correction
heading: 如何查閱 concept=access-and-correction
heading: 我有哪些權利 concept=your-rights
heading: 我的權利 concept=your-rights

[retention]
heading: 資料保存 concept=data-retention
heading: 資料保留 concept=data-retention
heading: 保存期間 concept=retention-period
heading: 保存期限 concept=retention-period
heading: 保留期限 concept=retention-period
heading: 個人資料之保存 concept=data-retention
heading: 我們保存資料的期間 concept=how-long-we-keep
body: 保存 weight=2 concept=keep
body: 保留 weight=2.5 concept=retain
body: 期間 weight=2 concept=retention-criteria
body: 期限 weight=1.5 concept=retention-criteria
body: 保存期間 weight=2.5 concept=retain
body: 存續期間 weight=2.5 concept=as-long-as-necessary
body: 最短 weight=2 concept=as-long-as-necessary
body: 屆滿 weight=2.5 concept=no-longer-needed
body: 特定目的消失 weight=3 concept=no-longer-needed
body: 不再需要 weight=2 concept=no-longer-needed
body: 銷毀 weight=2 concept=destroy
body: 刪除 weight=1 concept=destroy
body: 匿名化 weight=1.5 concept=anonymise
body: 儲存 weight=1 concept=store
body: 法令 weight=0.5 concept=legal-retention-requirements
# Added with the shared concept inventory (concepts.txt).
heading: 我們保存您的個人資料多久 concept=how-long-we-keep
heading: 保存多久 concept=how-long-we-keep
heading: 保存與刪除 concept=retention-and-deletion
heading: 保留與刪除 concept=retention-and-deletion
heading: 儲存與保存 concept=storage-and-retention
body: 去識別化 weight=1.5 concept=anonymise
body: 封存 weight=2 concept=archive
body: 歸檔 weight=2 concept=archive
body: 法定保存期限 weight=2.5 concept=legal-retention-requirements
body: 未活躍 weight=2 concept=inactive-accounts
body: 年 weight=0.5 concept=years
heading: 保留期間 concept=retention-period
heading: 儲存期間 concept=retention-period
heading: 資料保存期限 concept=retention-period
heading: 保留多久 concept=how-long-we-keep
heading: 保存及刪除 concept=retention-and-deletion
heading: 紀錄保存 concept=data-retention
heading: 保留個人資料 concept=data-retention
heading: 保存您的資料 concept=data-retention
heading: 保存您的個人資料 concept=data-retention
heading: 我們如何儲存 concept=storage-and-retention
heading: 如何儲存 concept=storage-and-retention
heading: 如何保存 concept=storage-and-retention

[security]
heading: 資訊安全 concept=data-security
heading: 資訊的保護 concept=how-we-protect
heading: 資料安全 concept=data-security
heading: 安全 concept=data-security
heading: 安全措施 concept=security-measures
heading: 安全維護 concept=security-measures
heading: 我們如何保護您的資料 concept=how-we-protect
heading: 個人資料的保護 concept=how-we-protect
heading: 資料保安 concept=data-security
body: 加密 weight=3 concept=encryption
body: 安全措施 weight=2 concept=safeguards
body: 保護措施 weight=2 concept=safeguards
body: 安全維護 weight=2.5 concept=safeguards
body: 保安 weight=2 concept=secure
body: SSL weight=3 concept=encryption
body: TLS weight=2.5 concept=encryption
body: 存取控制 weight=2.5 concept=technical-controls
body: 防火牆 weight=2.5 concept=technical-controls
body: 未經授權 weight=2.5 concept=unauthorized-access
body: 外洩 weight=2.5 concept=loss-misuse-alteration
body: 竄改 weight=2.5 concept=loss-misuse-alteration
body: 遺失 weight=1.5 concept=loss-misuse-alteration
body: 毀損 weight=2 concept=loss-misuse-alteration
body: 資安事件 weight=2.5 concept=breach
body: 資料外洩 weight=3 concept=breach
body: 絕對安全 weight=2.5 concept=no-guarantee
body: 保密 weight=1.5 concept=confidentiality
body: 教育訓練 weight=1.5 concept=technical-organisational-measures
body: 安全 weight=1 concept=secure
# Added with the shared concept inventory (concepts.txt).
heading: 保護您的資料 concept=how-we-protect
body: 技術和組織措施 weight=3 concept=technical-organisational-measures
body: 技術及組織措施 weight=3 concept=technical-organisational-measures
body: 實體 weight=1.5 concept=physical-safeguards
body: 密碼 weight=2 concept=technical-controls
body: 漏洞 weight=2.5 concept=breach
body: 無法保證 weight=2.5 concept=no-guarantee
body: 業界標準 weight=2 concept=industry-standard
body: 濫用 weight=2 concept=loss-misuse-alteration
body: 保護 weight=1 concept=protect
body: 確保 weight=0.5 concept=ensure
heading: 保安措施 concept=security-measures
heading: 資訊安全措施 concept=security-measures
heading: 資料保護措施 concept=security-measures
heading: 保護您的個人資料 concept=how-we-protect
heading: 個人資料之安全維護 concept=security-measures
# Personal-data breaches and their notification: a security topic.
heading: 資料外洩 concept=data-security
heading: 個人資料外洩 concept=data-security
heading: 安全事件 concept=data-security
heading: 資安事件 concept=data-security
# "Protecting your privacy" as a heading: what the user and we do to keep data safe.
heading: 保護您的隱私 concept=how-we-protect
heading: 保護你的隱私 concept=how-we-protect
heading: 加密 concept=data-security

[children]
heading: 兒童隱私 concept=childrens-privacy
heading: 兒童 concept=childrens-privacy
heading: 未成年人 concept=minors
heading: 未成年人保護 concept=minors
heading: 兒童的個人資料 concept=childrens-privacy
heading: 兒童及未成年人 concept=minors
heading: 兒童私隱 concept=childrens-privacy
body: 兒童 weight=2.5 concept=children
body: 未成年人 weight=2.5 concept=minors-teens
body: 未成年 weight=2 concept=minors-teens
body: 未滿 weight=3 concept=age-threshold
body: 年滿 weight=1.5 concept=age-threshold
body: 歲 weight=1 concept=age-threshold
body: 法定代理人 weight=3 concept=parents-guardians
body: 監護人 weight=3 concept=parents-guardians
body: 父母 weight=2 concept=parents-guardians
body: 家長 weight=2 concept=parents-guardians
body: 年齡 weight=1.5 concept=age
body: 青少年 weight=1.5 concept=minors-teens
body: 成年 weight=1.5 concept=age-threshold
body: COPPA weight=2.5 concept=coppa
# Added with the shared concept inventory (concepts.txt).
heading: 年齡限制 concept=age-limits
heading: 未滿13歲的兒童 concept=age-limits
heading: 未滿十八歲 concept=age-limits
body: 父母同意 weight=3 concept=parental-consent
body: 法定代理人同意 weight=3 concept=parental-consent
body: 故意收集 weight=3 concept=knowingly-collect
body: 明知 weight=3 concept=knowingly-collect
body: 並非針對 weight=2 concept=not-directed-to-children
body: 如果我們發現 weight=2 concept=if-we-learn
heading: 未成年 concept=minors
heading: 歲以下 concept=age-limits
heading: 兒童及青少年 concept=minors
heading: 青少年 concept=minors
heading: 十八歲以下 concept=age-limits
heading: 十三歲以下 concept=age-limits
heading: 十六歲以下 concept=age-limits

[international]
heading: 跨境傳輸 concept=international-transfers
heading: 國際傳輸 concept=international-transfers
heading: 資料跨境傳輸 concept=international-transfers
heading: 國際資料傳輸 concept=international-transfers
heading: 資料的儲存地點 concept=where-we-store
heading: 資料移轉至境外 concept=international-transfers
heading: 資料轉移至香港以外地區 concept=international-transfers
body: 跨境 weight=3 concept=cross-border
body: 境外 weight=3 concept=other-countries
body: 國際傳輸 weight=2.5 concept=transfer
body: 海外 weight=2 concept=other-countries
body: 其他國家 weight=2 concept=other-countries
body: 國家或地區 weight=2 concept=other-countries
body: 傳輸 weight=1.5 concept=transfer
body: 移轉 weight=2 concept=transfer
body: 轉移 weight=1.5 concept=transfer
# A bare 伺服器 is any server ("伺服器記錄"): the location needs a place word.
body: 伺服器 weight=0.5 concept=server-location
body: 伺服器位於 weight=2 concept=server-location
body: 伺服器所在 weight=2 concept=server-location
body: 境外伺服器 weight=2 concept=server-location
body: 海外伺服器 weight=2 concept=server-location
body: 伺服器所在地 weight=2 concept=server-location
# The transfer safeguards (standard contractual clauses, adequacy decisions, the Data Privacy Framework)
# stand in one sentence of many subsections about a single social network or cloud service: in a
# text they weigh less than the practice it describes; the headings still name a transfer section.
body: 標準契約條款 weight=2 concept=transfer-safeguards
body: 標準合約條款 weight=2 concept=transfer-safeguards
body: 適足性認定 weight=2 concept=adequacy
body: 歐洲經濟區 weight=2 concept=eea
body: 司法管轄區 weight=2.5 concept=jurisdictions
body: 香港以外 weight=2 concept=other-countries
body: 位於 weight=1 concept=server-location
# Added with the shared concept inventory (concepts.txt).
heading: 資料傳輸 concept=data-transfers
heading: 資料的國際傳輸 concept=international-transfers
heading: 個人資料的移轉 concept=data-transfers
heading: 我們在何處儲存您的資料 concept=where-we-store
heading: 資料儲存地點 concept=where-we-store
body: 拘束性企業規則 weight=2 concept=transfer-safeguards
body: 適當保障措施 weight=2 concept=transfer-safeguards
body: 美國 weight=1.5 concept=united-states
body: 資料隱私框架 weight=2 concept=privacy-frameworks
body: 隱私盾 weight=2 concept=privacy-frameworks
body: 保護程度 weight=2 concept=less-protective
body: 世界各地 weight=1.5 concept=around-the-world
body: 儲存於 weight=1.5 concept=server-location
# Hong Kong writes 轉移, Taiwan 移轉 or 傳輸; 境外 is the statutory word for abroad.
heading: 跨境轉移 concept=international-transfers
heading: 跨境移轉 concept=international-transfers
heading: 境外傳輸 concept=international-transfers
heading: 境外轉移 concept=international-transfers
heading: 境外移轉 concept=international-transfers
heading: 國際移轉 concept=international-transfers
heading: 資料處理地點 concept=where-we-store

# Where the data is kept (儲存地點/位置/在哪裡, outweighing 資料儲存 of retention) and the
# Hong Kong PDPO wording "轉移至香港以外地方".
heading: 儲存地點 weight=2 concept=where-we-store
heading: 儲存位置 weight=2 concept=where-we-store
heading: 儲存在哪裡 weight=2 concept=where-we-store
heading: 香港以外 weight=2 concept=international-transfers

heading: 轉移至海外 weight=2 concept=international-transfers
heading: 國際資料轉移 weight=2 concept=international-transfers
heading: 存放地點 weight=2 concept=where-we-store
heading: 資料儲存 weight=1 concept=where-we-store
heading: 資料存儲 weight=1 concept=where-we-store
heading: 數據存儲 weight=1 concept=where-we-store
heading: 數據儲存 weight=1 concept=where-we-store
heading: 資料的儲存 weight=1 concept=where-we-store
heading: 在哪裡儲存 concept=where-we-store
heading: 在何處儲存 concept=where-we-store

[regional]
heading: 特定地區的隱私聲明 concept=jurisdiction-specific
heading: 特定地區的補充條款 concept=jurisdiction-specific
heading: 地區性條款 concept=jurisdiction-specific
heading: 加州居民 concept=california
heading: 加州隱私權 concept=california
heading: 加利福尼亞州居民 concept=california
heading: 歐洲經濟區使用者 concept=eea-gdpr-notice
heading: 歐盟使用者 concept=eea-gdpr-notice
body: 加州 weight=3 concept=california-law
body: 加利福尼亞 weight=3 concept=california-law
body: 居民 weight=2 concept=residents
body: 消費者隱私法 weight=3 concept=california-law
body: CCPA weight=2.5 concept=california-law
body: CPRA weight=2 concept=california-law
body: 歐洲經濟區 weight=2 concept=eu-gdpr
body: 歐盟 weight=2 concept=eu-gdpr
body: 英國 weight=1.5
body: 瑞士 weight=1.5
body: 美國 weight=1.5
body: 巴西 weight=2 concept=brazil-lgpd
body: 香港 weight=1
body: 澳門 weight=1.5
body: 中國大陸 weight=1.5
body: 州 weight=1 concept=state
body: 地區 weight=0.5
# Added with the shared concept inventory (concepts.txt).
heading: 內華達州居民 concept=us-state-rights
heading: 美國各州隱私權 concept=us-state-rights
heading: 歐洲經濟區居民 concept=eea-gdpr-notice
heading: GDPR合規 concept=eea-gdpr-notice
body: 消費者 weight=1.5 concept=consumers
body: 請勿出售 weight=3 concept=do-not-sell
body: 出售或分享 weight=3 concept=do-not-sell
body: 跨情境行為廣告 weight=3 concept=cross-context-advertising
body: 財務誘因 weight=3 concept=financial-incentives
body: 過去12個月 weight=3 concept=preceding-12-months
body: GDPR weight=2.5 concept=eu-gdpr
body: LGPD weight=3 concept=brazil-lgpd
body: 加拿大 weight=2 concept=canada-pipeda
body: PIPEDA weight=3 concept=canada-pipeda
body: 內華達 weight=3 concept=us-states
body: 維吉尼亞 weight=3 concept=us-states
body: 科羅拉多 weight=3 concept=us-states
body: 康乃狄克 weight=3 concept=us-states
heading: 特定司法管轄區 concept=jurisdiction-specific
heading: 加州消費者 concept=california
heading: 美國居民 concept=us-state-rights

heading: 歐洲使用者 weight=2 concept=eea-gdpr-notice
heading: 歐盟居民 weight=2 concept=eea-gdpr-notice
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
heading: 地區附錄 concept=jurisdiction-specific
heading: 區域附錄 concept=jurisdiction-specific
heading: 美國隱私法 concept=us-state-rights
heading: 日本 weight=1 concept=jurisdiction-specific
heading: 韓國 weight=1 concept=jurisdiction-specific
heading: 巴西 weight=1 concept=jurisdiction-specific

[third-party-sites]
heading: 第三方網站 weight=2 concept=third-party-websites
heading: 第三方連結 weight=2 concept=links-to-other-sites
heading: 第三方服務 weight=2 concept=third-party-services
heading: 第三方網站及服務 concept=third-party-websites
heading: 外部連結 concept=links-to-other-sites
heading: 連結至其他網站 concept=links-to-other-sites
heading: 第三方外掛程式 concept=social-media-plugins
body: 連結 weight=2.5 concept=links
body: 超連結 weight=2.5 concept=links
body: 其他網站 weight=2 concept=other-sites
body: 外部網站 weight=2.5 concept=other-sites
body: 第三方網站 weight=2.5 concept=other-sites
body: 外掛程式 weight=2.5 concept=plugins
body: 不負責 weight=2.5 concept=not-responsible
body: 不承擔 weight=2 concept=not-responsible
body: 無法控制 weight=2.5 concept=not-responsible
body: 獨立 weight=1.5
body: 社群媒體 weight=1.5 concept=plugins
body: 社交媒體 weight=1.5 concept=plugins
body: 分享按鈕 weight=2 concept=plugins
body: 嵌入 weight=2.5 concept=plugins
body: 建議您 weight=1 concept=encourage-review
body: 隱私權政策 weight=0.5 concept=their-privacy-policies
# Added with the shared concept inventory (concepts.txt).
heading: 其他網站 concept=third-party-websites
heading: 第三方的隱私權政策 concept=third-party-privacy-policies
heading: 第三方隱私權政策 concept=third-party-privacy-policies
heading: 第三方私隱政策 concept=third-party-privacy-policies
heading: 社群媒體外掛程式 concept=social-media-plugins
heading: 社群媒體功能 concept=social-media-plugins
body: 第三方應用程式 weight=2 concept=third-party-applications
body: 其自身的隱私權政策 weight=3 concept=their-privacy-policies
body: 離開本網站 weight=2.5 concept=leave-our-site
body: 小工具 weight=2.5 concept=plugins
body: 內容 weight=0.5 concept=content
body: 查看 weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: 社群媒體 concept=social-media-presence
heading: 社交媒體 concept=social-media-presence
heading: 社群網路 concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: 第三方收集的資訊 concept=third-party-data-collection
heading: 第三方收集的資料 concept=third-party-data-collection
heading: 外部網站 concept=third-party-websites
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: 嵌入內容 concept=third-party-services
heading: 嵌入的內容 concept=third-party-services
heading: 第三方內容 concept=third-party-services
heading: 嵌入影片 concept=third-party-services
heading: 外部服務 concept=third-party-services
heading: 第三方函式庫 concept=third-party-services
heading: 第三方外掛 concept=third-party-services
heading: 雲端同步 weight=3 concept=third-party-services
heading: icloud備份 weight=3 concept=third-party-services
heading: icloud同步 weight=3 concept=third-party-services
heading: 雲端備份 weight=3 concept=third-party-services
heading: 同步與備份 concept=third-party-services
heading: 同步和備份 concept=third-party-services
heading: 外掛程式 concept=social-media-plugins
body: 嵌入式 weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: 第三方內容 weight=3 concept=other-sites
body: YouTube weight=2 concept=plugins
body: Vimeo weight=2.5 concept=plugins
body: Google 地圖 weight=2.5 concept=plugins
body: Google Maps weight=2.5 concept=plugins
body: 隱私強化模式 weight=2.5 concept=plugins
body: 登入您的帳戶 weight=1.5 concept=plugins
body: 自己的隱私權政策 weight=2.5 concept=their-privacy-policies
# "受 Apple 的服務條款與隱私權政策約束": another party's terms govern the processing.
body: 條款與隱私權政策 weight=2.5 concept=their-privacy-policies
body: 條款和隱私權政策 weight=2.5 concept=their-privacy-policies
body: 條款及隱私權政策 weight=2.5 concept=their-privacy-policies
body: 條款與隱私政策 weight=2.5 concept=their-privacy-policies
body: 隱私權政策約束 weight=2.5 concept=their-privacy-policies
body: 隱私政策約束 weight=2.5 concept=their-privacy-policies
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: 網路連線 weight=2 concept=network-connections
heading: 網路連接 weight=2 concept=network-connections
heading: 網絡連接 weight=2 concept=network-connections
heading: 網路請求 weight=2 concept=network-connections
heading: 網路通訊 weight=2 concept=network-connections
heading: 離開裝置 weight=2 concept=network-connections
heading: 離開您的裝置 weight=2 concept=network-connections
heading: 離開你的裝置 weight=2 concept=network-connections
heading: 透過網際網路傳送 weight=2 concept=network-connections
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
heading: 本政策之修訂 concept=changes-to-policy
heading: 本政策的變更 concept=changes-to-policy
heading: 隱私權政策之修訂 concept=changes-to-policy
heading: 政策更新 concept=policy-updates
heading: 政策變更 concept=changes-to-policy
heading: 隱私政策的修改 concept=changes-to-policy
heading: 修訂通知 concept=notification-of-changes
body: 修訂 weight=2 concept=change-update
body: 修改 weight=2 concept=change-update
body: 修正 weight=2 concept=change-update
body: 變更 weight=2 concept=change-update
body: 更新 weight=1.5 concept=change-update
body: 最新版本 weight=2 concept=latest-version
body: 生效日期 weight=3 concept=effective-date
body: 更新日期 weight=3 concept=effective-date
body: 最後更新 weight=2.5 concept=effective-date
body: 生效 weight=2 concept=effective-date
body: 重大變更 weight=3 concept=material-changes
body: 不時 weight=2 concept=from-time-to-time
body: 公告 weight=2 concept=notify-you
body: 發布 weight=1.5 concept=posting
body: 通知您 weight=1.5 concept=notify-you
body: 版本 weight=1 concept=version
# Added with the shared concept inventory (concepts.txt).
heading: 修訂 concept=amendments
heading: 修訂紀錄 concept=amendments
heading: 變更通知 concept=notification-of-changes
heading: 本政策的更新 concept=policy-updates
heading: 附則 concept=entry-into-force
heading: 生效日期 concept=entry-into-force
heading: 施行日期 concept=entry-into-force
body: 定期 weight=2.5 concept=from-time-to-time
body: 繼續使用 weight=3 concept=continued-use
body: 定期查閱 weight=2.5 concept=check-back
body: 立即生效 weight=2.5 concept=effective-immediately
body: 保留修改 weight=2 concept=reserve-the-right
body: 通知 weight=0.5 concept=notice
# Headings on changing the policy: 修訂 (Taiwan), 修改/修正, 變更.
heading: 修改 concept=amendments
heading: 修正 concept=amendments
heading: 政策之修訂 concept=changes-to-policy
heading: 政策的修訂 concept=changes-to-policy
heading: 政策之變更 concept=changes-to-policy
heading: 政策的變更 concept=changes-to-policy
heading: 聲明的修訂 concept=changes-to-policy
heading: 聲明之修訂 concept=changes-to-policy

[contact]
heading: 聯絡我們 concept=contact-us
heading: 與我們聯繫 concept=contact-us
heading: 如何聯絡我們 concept=how-to-contact
heading: 聯絡方式 concept=contact-information
heading: 聯絡資訊 concept=contact-information
heading: 意見與回饋 concept=questions
heading: 查詢 concept=questions
body: 聯絡 weight=2 concept=please-contact
body: 聯繫 weight=2 concept=please-contact
body: 聯絡我們 weight=2.5 concept=please-contact
body: 電子信箱 weight=2 concept=by-email
body: 電子郵件 weight=1 concept=by-email
body: 電話 weight=1.5 concept=telephone
body: 客服 weight=2 concept=customer-service
body: 客服中心 weight=2 concept=customer-service
body: 專線 weight=2 concept=telephone
body: 郵寄 weight=2 concept=postal-address
body: 地址 weight=1 concept=address
body: 資料保護主任 weight=3 concept=dpo
body: 私隱主任 weight=3 concept=dpo
body: 疑問 weight=2 concept=questions-comments
body: 意見 weight=1.5 concept=questions-comments
body: 回饋 weight=2 concept=questions-comments
body: 回覆 weight=2
body: 查詢 weight=1.5 concept=questions-comments
# Added with the shared concept inventory (concepts.txt).
heading: 資料保護主任 concept=data-protection-officer
heading: 個人資料保護聯絡窗口 concept=data-protection-officer
heading: 疑問 concept=questions
heading: 如有疑問 concept=questions
body: 通訊地址 weight=2 concept=postal-address
body: 客戶服務 weight=1.5 concept=customer-service
body: 資料保護長 weight=3 concept=dpo
heading: 聯絡窗口 concept=contact-information
heading: 聯絡資料 concept=contact-information
heading: 與我們聯絡 concept=contact-us
heading: 營運者資訊 concept=contact-information
heading: 經營者資訊 concept=contact-information
# The controller's identity and address (GDPR art. 13(1)(a)): "資料控制者", "控制者".
heading: 資料控制者 concept=contact-information
heading: 控制者 concept=contact-information
heading: 資料控管者 concept=contact-information
heading: 查詢與投訴 concept=questions
heading: 諮詢與投訴 concept=questions
heading: 諮詢和投訴 concept=questions
heading: 諮詢方式 concept=how-to-contact
heading: 諮詢管道 concept=how-to-contact
heading: 洽詢方式 concept=how-to-contact
heading: 如何諮詢 concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no cue inside it
# counts. Written whole, like boilerplate headings.
# A version of the site or app is not a version of the policy.
靜態版本
網站版本
應用程式版本
免費版本
付費版本
# An RSS subscription is a feature, not a marketing subscription to opt out of.
rss 訂閱
# A software update is not a change to the policy.
軟體更新
應用程式更新
檢查更新
自動更新
# Storage services are providers, not how long data is kept.
儲存服務
雲端儲存
雲端儲存服務
# Names of laws and authorities holding 安全/保護 are no security practice.
個人資料保護法
資通安全管理法
個人資料保護委員會
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
