# Japanese lexicon
# Terms are written as they appear in text, without spaces: ICU dictionary segmentation
# splits entries and documents alike (個人情報の利用目的 -> 個人 | 情報 | の | 利用 | 目的).
# Wording follows Japanese policies written to the 個人情報保護法 (APPI): 利用目的,
# 第三者提供, 共同利用, 安全管理措置, 保有個人データの開示等の請求, お問い合わせ窓口.
@language ja
@name Japanese
@heading-head last
@fold-accents no

[profile]
# Particles and auxiliaries first (kana exists only in Japanese: weight=2), then
# katakana loanwords (weight=2) and kanji words of Japanese policies; weight=3 marks
# Japanese-only kanji forms (当社, 対応, 関連, 個人情報), plain kanji shared with
# Chinese (提供, 目的, 安全) keep weight 1.
の weight=2
に weight=2
は weight=2
を weight=2
が weight=2
で weight=2
と weight=2
も weight=2
へ weight=2
や weight=2
か weight=2
から weight=2
まで weight=2
より weight=2
など weight=2
について weight=2
により weight=2
による weight=2
において weight=2
として weight=2
に関する weight=2
に対して weight=2
ため weight=2
こと weight=2
もの weight=2
これ weight=2
それ weight=2
この weight=2
その weight=2
また weight=2
および weight=2
又は weight=2
または weight=2
もしくは weight=2
若しくは weight=2
ます weight=2
です weight=2
せん weight=2
し weight=2
て weight=2
た weight=2
れる weight=2
ある weight=2
いる weight=2
おり weight=2
する weight=2
した weight=2
できる weight=2
ない weight=2
なお weight=2
ただし weight=2
よう weight=2
すべて weight=2
いう weight=2
いい weight=2
ほか weight=2
いずれ weight=2
お weight=2
お客様 weight=3
当社 weight=3
弊社 weight=3
個人情報 weight=3   # two words after segmentation (個人 | 情報)
情報 weight=3
取扱い weight=3
取り扱い weight=3
取扱 weight=3
対応 weight=3
関連 weight=3
関係 weight=3
措置 weight=3
当該 weight=3
開示 weight=3
含む weight=3
通じ weight=3
場合 weight=2
際 weight=2
取得 weight=2
第三者 weight=2
本人 weight=2
訂正 weight=2
請求 weight=2
保有 weight=2
改定 weight=2
登録 weight=2
会員 weight=2
端末 weight=2
閲覧 weight=2
履歴 weight=2
氏名 weight=2
住所 weight=2
商品 weight=2
購入 weight=2
決済 weight=2
連絡 weight=2
確認 weight=2
送信 weight=2
受信 weight=2
設定 weight=2
サービス weight=2
ウェブサイト weight=2
クッキー weight=2
プライバシー weight=2
ポリシー weight=2
データ weight=2
アクセス weight=2
メール weight=2
アドレス weight=2
アカウント weight=2
アプリ weight=2
ユーザー weight=2
クレジットカード weight=2
ログ weight=2
# Single kanji that exist only in Japanese (shinjitai) forms: identification also scores
# the characters of Han and kana words one by one.
対 weight=2
関 weight=2
権 weight=2
処 weight=2
様 weight=2
変 weight=2
応 weight=2
証 weight=2
続 weight=2
経 weight=2
覧 weight=2
収 weight=2
営 weight=2
従 weight=2
利用
提供
管理
目的
範囲
同意
削除
停止
保護
法令
法律
安全
委託
共同
窓口
広告
個人 weight=2
方針 weight=2
必要
適切
上記
以下
以上
一部
等
各
他
方法
内容
機能
統計
分析
改善
開発
保存
期間
規定
変更
電話
番号
位置

[units]
# か月 is split by segmentation (か | 月) and still matches as a phrase.
year: 年, 年間, 歳    # 歳 counts years of age ("16歳未満")
month: か月, ヶ月, カ月, ケ月, ヵ月, 箇月, か月間, ヶ月間, 月
week: 週間, 週
business-day: 営業日
day: 日, 日間
hour: 時間
minute: 分, 分間

[numbers]
1: 一
2: 二
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
100: 百

[references]
# 個人情報保護法 is Japan's APPI; a Chinese or Korean law is named with its country.
gdpr: 一般データ保護規則, EU一般データ保護規則, gdpr
ccpa: カリフォルニア州消費者プライバシー法, カリフォルニア州消費者プライバシー保護法, ccpa
cpra: カリフォルニア州プライバシー権法, cpra
coppa: 児童オンラインプライバシー保護法, coppa
pdpa: 個人データ保護法, シンガポール個人データ保護法, pdpa
lgpd: ブラジル一般個人データ保護法, 一般個人データ保護法, lgpd
pipeda: 個人情報保護および電子文書法, pipeda
appi: 個人情報保護法, 個人情報の保護に関する法律, appi
pipl: 中国個人情報保護法, 中華人民共和国個人情報保護法, pipl

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
利用規約
利用条件
サービス利用規約
準拠法
準拠法及び管轄
準拠法および管轄
準拠法と管轄
準拠法・管轄
準拠法及び管轄裁判所
準拠法および管轄裁判所
準拠法および裁判管轄
管轄
管轄裁判所
合意管轄
裁判管轄
分離可能性
可分性
完全合意
権利放棄
不可抗力
免責事項
免責
責任の制限
責任制限
翻訳
その他の翻訳
他の翻訳
言語版
優先言語
英語版の優先
英語版が優先
英語版が優先します
ライセンス
著作権
謝辞
目次
知的財産権
知的財産
著作権および知的財産権
著作権等
商標
言語
言語について
言語に関する通知
言語に関するお知らせ

[intro]
heading: はじめに concept=introduction
heading: 総則 concept=introduction
heading: 基本方針 concept=commitment-to-privacy
heading: 個人情報保護方針 weight=0.5 concept=privacy-policy-title   # document title; also inside other headings
heading: プライバシーポリシー weight=0.5 concept=privacy-policy-title   # document title; also inside other headings
# Other names of the document: "privacy statement" and "privacy notice".
heading: プライバシーステートメント weight=0.5 concept=privacy-policy-title
heading: プライバシー声明 weight=0.5 concept=privacy-policy-title
heading: プライバシーに関する声明 weight=0.5 concept=privacy-policy-title
heading: プライバシーについての声明 weight=0.5 concept=privacy-policy-title
heading: プライバシー通知 weight=0.5 concept=privacy-policy-title
heading: プライバシーに関する通知 weight=0.5 concept=privacy-policy-title
heading: 適用範囲 concept=scope
heading: 本ポリシーの適用範囲 concept=scope
heading: プライバシーに関する基本方針 concept=commitment-to-privacy
body: 本ポリシー weight=2 concept=this-privacy-policy
body: 本プライバシーポリシー weight=2 concept=this-privacy-policy
body: 個人情報保護方針 weight=2 concept=this-privacy-policy
body: 基本方針 weight=1.5 concept=this-privacy-policy
body: 適用 weight=1.5 concept=policy-applies-to
body: 重要性 weight=2 concept=committed-to-privacy
body: 認識 weight=1.5 concept=committed-to-privacy
body: 社会的責務 weight=2.5 concept=committed-to-privacy
body: 遵守 weight=1.5 concept=committed-to-privacy
body: 関係法令 weight=1
body: 定めます weight=1.5 concept=policy-describes
body: 取り扱い weight=1
body: 株式会社 weight=0.5 concept=company
body: 以下 weight=0.3 concept=referred-to-as
body: 当社 weight=0.3 concept=company
# Added with the shared concept inventory (concepts.txt).
heading: 概要 concept=summary
heading: 要約 concept=summary
heading: ポイント concept=summary
heading: ショートバージョン concept=summary    # "The short version"
heading: 簡易版 concept=summary
heading: 本ポリシーについて concept=about-this-policy
heading: プライバシーポリシーについて concept=about-this-policy
heading: 適用対象 concept=scope
heading: 当社について weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
heading: 事業者の名称 concept=who-we-are
heading: 会社概要 concept=who-we-are
heading: プライバシーへの取り組み concept=commitment-to-privacy
heading: 本ポリシーへの同意 concept=acceptance
heading: 本ポリシーの承諾 concept=acceptance
body: 本ポリシーは weight=2 concept=this-privacy-policy
body: について説明します weight=2.5 concept=policy-describes
body: 定めるものです weight=2.5 concept=policy-describes
body: 適用されません weight=2 concept=policy-applies-to
body: 適用されます weight=2.5 concept=policy-applies-to
body: ご利用いただくことにより weight=1.5 concept=by-using
body: 利用することにより weight=1.5 concept=by-using
body: 同意したものとみなします weight=1.5 concept=acceptance-of-policy
body: 同意いただけない場合 weight=2 concept=if-you-do-not-agree
body: 同意しない場合 weight=2 concept=if-you-do-not-agree
body: 努めます weight=1.5 concept=committed-to-privacy
body: 以下「当社」 weight=1.5 concept=referred-to-as
body: 利用規約 weight=1 concept=terms-of-use
body: よくお読み weight=1.5 concept=please-read
body: プライバシー weight=0.3 concept=privacy
body: ウェブサイト weight=0.3 concept=website
body: サービス weight=0.3 concept=services
heading: 当社の名称 concept=who-we-are
heading: 事業者の氏名又は名称 concept=who-we-are
heading: 個人情報取扱事業者 concept=who-we-are

# 前文 (the preamble of a Japanese policy) and "…に関する当社の取り組み"; 取り組み is weak
# alone, since "セキュリティへの取り組み" is about security.
heading: 前文 concept=introduction
heading: 取り組み weight=0.5 concept=commitment-to-privacy

heading: 序文 concept=introduction
heading: 基本的な考え方 weight=0.5 concept=commitment-to-privacy
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
# The notice's own purpose ("本方針の目的"): the heading names the document, so it is intro, not use.
heading: 本方針の目的 weight=2 concept=about-this-policy
heading: 本ポリシーの目的 weight=2 concept=about-this-policy
heading: このポリシーの目的 weight=2 concept=about-this-policy
heading: プライバシーポリシーの目的 weight=2 concept=about-this-policy
heading: ひと目でわかる concept=summary
heading: 一目でわかる concept=summary
# "プライバシーを尊重" (respects your privacy): the company's commitment, not a DNT signal.
body: プライバシーを尊重 weight=2 concept=committed-to-privacy

[definitions]
heading: 定義 concept=definitions
heading: 用語の定義 concept=definitions
heading: 個人情報の定義 concept=key-terms
heading: 本ポリシーにおける用語 concept=key-terms
heading: 用語 concept=key-terms
heading: 定義について concept=definitions
body: とは weight=2.5 concept=means
body: をいいます weight=3 concept=means
body: 意味 weight=2 concept=means
body: 指します weight=2 concept=refers-to
body: 以下同じ weight=2.5 concept=hereinafter
body: 本ポリシーにおいて weight=2 concept=as-used-in-this-policy
body: 生存する個人 weight=3 concept=identifiable-person
body: 特定の個人を識別 weight=3 concept=identifiable-person
body: 個人識別符号 weight=3 concept=identifiable-person
body: 個人関連情報 weight=2
body: 仮名加工情報 weight=2.5
body: 匿名加工情報 weight=2.5
body: 要配慮個人情報 weight=2
body: 保有個人データ weight=1
body: 用語 weight=1 concept=defined-terms-intro
# Added with the shared concept inventory (concepts.txt).
heading: 用語集 concept=key-terms
heading: 主な用語 concept=key-terms
heading: 解釈 concept=interpretation
heading: 定義および解釈 concept=interpretation
heading: とは concept=what-we-mean-by
heading: 個人情報とは concept=what-we-mean-by
body: 次の各号 weight=2.5 concept=defined-terms-intro
body: 以下の用語 weight=3 concept=defined-terms-intro
body: 個人情報とは weight=3 concept=personal-data-means
body: 管理者 weight=1 concept=gdpr-roles
body: データ主体 weight=1 concept=gdpr-roles
body: 含みます weight=0.5 concept=includes
body: ユーザー weight=0.3 concept=user
body: 個人情報 weight=0.2 concept=personal-data

[collection]
heading: 取得する情報 concept=what-we-collect
heading: 収集する情報 concept=what-we-collect
heading: 当社が取得する情報 concept=what-we-collect
heading: 取得する個人情報 concept=what-we-collect
heading: 個人情報の取得 concept=collection-of-information
heading: 情報の収集 concept=collection-of-information
heading: 取得方法 concept=how-we-collect
heading: 取得する情報の項目 concept=categories-of-data
heading: 取得元 weight=2 concept=sources-of-information
heading: 情報源 weight=2 concept=sources-of-information
# "Information we collect from third parties": the source, not sharing.
heading: 第三者から収集する情報 concept=sources-of-information
heading: 第三者から取得する情報 concept=sources-of-information
body: 取得 weight=3 concept=we-collect
body: 収集 weight=2.5 concept=we-collect
body: 自動的に weight=2 concept=automatically
body: ご提供 weight=1.5 concept=you-provide
body: 入力 weight=1 concept=forms
body: 登録 weight=1 concept=forms
body: 氏名 weight=1.5 concept=name
body: 生年月日 weight=1.5 concept=demographic-data
body: 電話番号 weight=1.5 concept=contact-details
body: メールアドレス weight=1.5 concept=contact-details
body: 住所 weight=1 concept=contact-details
body: 端末情報 weight=2 concept=device-data
body: 端末識別子 weight=2 concept=device-data
body: IPアドレス weight=2 concept=device-data
body: 位置情報 weight=1.5 concept=location-data
body: 閲覧履歴 weight=1.5 concept=usage-data
body: 購入履歴 weight=1.5 concept=usage-data
body: アクセスログ weight=2 concept=usage-data
body: 項目 weight=1 concept=data-categories
body: 取得元 weight=1.5 concept=sources
# A list of the data handled, announced in the text (en: "the following data is processed:").
body: 以下の情報 weight=2.5 concept=following-data
body: 以下の個人情報 weight=2.5 concept=following-data
body: 以下のデータ weight=2.5 concept=following-data
body: 次の情報 weight=2.5 concept=following-data
body: 次の個人情報 weight=2.5 concept=following-data
# Added with the shared concept inventory (concepts.txt).
heading: 当社が収集する情報 concept=what-we-collect
heading: 収集する個人情報 concept=what-we-collect
heading: 個人情報の収集 concept=collection-of-information
heading: 情報の取得 concept=collection-of-information
heading: 個人情報の取得元 concept=sources-of-information
heading: お客様からご提供いただく情報 concept=information-you-provide
heading: お客様にご提供いただく情報 concept=information-you-provide
heading: ご提供いただく情報 concept=information-you-provide
heading: 自動的に取得する情報 concept=collected-automatically
heading: 自動的に収集される情報 concept=collected-automatically
heading: 情報の取得方法 concept=how-we-collect
heading: 個人情報の取得方法 concept=how-we-collect
heading: 取得する個人情報の項目 concept=categories-of-data
heading: 個人情報の種類 concept=categories-of-data
body: ご提供いただ weight=2 concept=you-provide
body: 個人情報の項目 weight=2.5 concept=data-categories
body: 公開されている weight=2 concept=publicly-available
body: ブラウザの種類 weight=2 concept=device-data
body: OS weight=2 concept=device-data
body: 利用履歴 weight=2 concept=usage-data
body: 性別 weight=1.5 concept=demographic-data
body: 決済情報 weight=1 concept=payment-data
body: クレジットカード weight=1 concept=payment-data
body: フォーム weight=1.5 concept=forms
body: アカウント weight=0.3 concept=account
body: 情報 weight=0.1 concept=information
# Question headings ("What information do we collect?") and APPI art. 20 (適正な取得).
heading: どのような情報 concept=what-we-collect
heading: どのような個人情報 concept=what-we-collect
heading: 情報の種類 concept=categories-of-data
heading: 取得する項目 concept=categories-of-data
# "Payment information" names a category of data collected (not the payments section, whose word it holds).
heading: 支払い情報 weight=3 concept=categories-of-data
heading: お支払い情報 weight=3 concept=categories-of-data
heading: 決済情報 weight=3 concept=categories-of-data
heading: 支払情報 weight=3 concept=categories-of-data
heading: 適正な取得 concept=collection-of-information
heading: 登録情報 concept=information-you-provide
heading: アプリの権限 concept=what-we-collect

heading: 提供いただく情報 concept=information-you-provide
heading: 提供いただいた情報 concept=information-you-provide
heading: ご提供いただいた情報 concept=information-you-provide
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: クラッシュレポート concept=collected-automatically
heading: エラーレポート concept=collected-automatically
heading: 診断データ concept=collected-automatically
heading: 診断情報 concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: デバイスに留まる weight=2 concept=on-device-data
heading: 端末に留まる weight=2 concept=on-device-data
heading: 端末内で完結 weight=2 concept=on-device-data
heading: ローカルで処理 weight=2 concept=on-device-data
heading: ローカル処理 weight=2 concept=on-device-data
heading: ローカルに保存されるデータ weight=2 concept=on-device-data
heading: オンデバイス処理 weight=2 concept=on-device-data
heading: 端末内での処理 weight=2 concept=on-device-data
body: クラッシュレポート weight=2.5 concept=usage-data
body: クラッシュログ weight=2.5 concept=usage-data
body: デバッグログ weight=2.5 concept=usage-data
body: 診断データ weight=2 concept=usage-data
body: プッシュトークン weight=2.5 concept=device-data
body: プッシュ通知トークン weight=2.5 concept=device-data
# App or extension permissions ("権限について", "権限に関する説明"), as English "Permissions".
heading: 権限 concept=what-we-collect
# Passive form of information the user provides ("お客様から当社に提供される情報").
heading: 提供される情報 concept=information-you-provide
# A contact form as a processing activity (what the form collects), as en "Contact form"; "お問い合わせ" stays contact.
heading: お問い合わせフォーム weight=3 concept=information-you-provide
heading: 問い合わせフォーム weight=3 concept=information-you-provide
heading: お問合せフォーム weight=3 concept=information-you-provide
# Kinds of data a policy lists as collected (en "usage data", "device information", "demographic").
body: 利用データ weight=2 concept=usage-data
body: 使用データ weight=2 concept=usage-data
body: 利用状況 weight=1 concept=usage-data
body: デバイス情報 weight=2 concept=device-data
body: デバイスの情報 weight=2 concept=device-data
body: 人口統計 weight=1.5 concept=demographic-data
# Data an app or extension reads, as "Information we access"; data "we process".
heading: アクセスするデータ weight=2 concept=what-we-collect
heading: アクセスする情報 weight=2 concept=what-we-collect
heading: 当社が処理する情報 weight=2 concept=what-we-collect
heading: 処理する情報 weight=2 concept=what-we-collect

[use]
heading: 利用目的 concept=purposes-of-processing
heading: 個人情報の利用目的 concept=purposes-of-processing
heading: 利用目的について concept=purposes-of-processing
heading: 情報の利用 concept=use-of-information
heading: 個人情報の利用 concept=use-of-information
heading: 取得した情報の利用 concept=use-of-information
heading: 利用目的の変更 concept=purposes-of-processing
heading: どのように利用 weight=2 concept=how-we-use
# Question headings: "What do we use your information for?"
heading: 何に使用 concept=how-we-use
heading: 何に利用 concept=how-we-use
heading: 目的 weight=2 concept=purposes-of-processing
body: 利用目的 weight=2.5 concept=purposes
body: 利用 weight=1 concept=we-use
body: 目的 weight=1 concept=purposes
body: 提供するため weight=1.5 concept=to-provide
body: 改善 weight=1.5 concept=to-improve
body: 開発 weight=1 concept=to-develop
body: 分析 weight=1 concept=to-analyse
body: 統計 weight=1 concept=to-analyse
body: 本人確認 weight=2 concept=to-prevent-fraud
body: 不正 weight=1.5 concept=to-prevent-fraud
body: パーソナライズ weight=2 concept=to-personalise
body: 最適化 weight=1.5 concept=to-personalise
body: おすすめ weight=1.5 concept=to-personalise
body: 研究 weight=1 concept=research
body: 対応 weight=0.5 concept=to-respond
body: ため weight=0.3
# Added with the shared concept inventory (concepts.txt).
heading: 情報の利用方法 concept=how-we-use
heading: 個人情報の利用方法 concept=how-we-use
heading: 収集した情報の使用方法 concept=how-we-use
heading: 収集の目的 concept=why-we-collect
heading: 取得の目的 concept=why-we-collect
heading: 個人情報を収集する目的 concept=why-we-collect
heading: 個人データの取扱い concept=processing-of-personal-data
heading: 個人データの処理 concept=processing-of-personal-data
heading: 個人情報の取扱い concept=processing-of-personal-data
body: 利用します weight=2 concept=we-use
body: 以下の目的 weight=2.5 concept=following-purposes
body: 次の目的 weight=2.5 concept=following-purposes
body: プロファイリング weight=2 concept=profiling
body: 自動化された意思決定 weight=1.5 concept=automated-decisions
body: 履行 weight=1.5 concept=to-fulfil
body: 管理 weight=1 concept=to-administer
body: 新サービス weight=2 concept=to-develop
body: 新機能 weight=2 concept=to-develop
body: ご連絡 weight=2 concept=to-communicate
body: 送付 weight=1 concept=to-send
body: 送信 weight=1 concept=to-send
body: お問い合わせへの対応 weight=1.5 concept=to-respond
body: 障害 weight=2 concept=to-troubleshoot
body: 市場調査 weight=2 concept=research
body: 決済 weight=1.5 concept=to-process-transactions
body: 代金 weight=1.5 concept=to-process-transactions
body: 法令に基づく weight=1 concept=to-comply-with-law
# 匿名加工情報 and 仮名加工情報 sections say how such data is made and used.
heading: 使用目的 concept=purposes-of-processing
heading: どのように使用 concept=how-we-use
heading: 何のため concept=why-we-collect
heading: 匿名加工情報 weight=1.5 concept=processing-of-personal-data
heading: 仮名加工情報 weight=1.5 concept=processing-of-personal-data

# 使用 beside 利用: "情報の使用", "お客様の情報の使用方法".
heading: 情報の使用 concept=use-of-information
heading: 情報の使用方法 concept=how-we-use
# Purpose headings asked with other verbs: "なぜ個人情報を処理するのか", "以下の目的で".
heading: 処理する理由 concept=why-we-collect
heading: 取り扱う理由 concept=why-we-collect
heading: 以下の目的 concept=purposes-of-processing
heading: 次の目的 concept=purposes-of-processing
heading: 自動化された意思決定 concept=automated-decision-making
heading: 自動意思決定 concept=automated-decision-making
heading: 自動化された個人の意思決定 concept=automated-decision-making
heading: プロファイリング concept=automated-decision-making

[legal-basis]
heading: 法的根拠 concept=legal-basis
heading: 処理の法的根拠 concept=legal-basis
heading: 個人データの取扱いの法的根拠 concept=legal-basis
heading: 適法な根拠 concept=legal-basis
heading: 取扱いの根拠 concept=legal-basis
heading: 処理の根拠 concept=legal-basis
heading: 根拠法令 concept=legal-basis  # "情報処理における根拠法令": the laws processing rests on
# The legal-basis words ("legal basis", "legitimate interests", "Art. 6", "on the basis of", GDPR) stand in
# every subsection of a translated European policy (a plug-in, a host, a form): in a text they weigh
# less than the practice it describes; the headings still name a legal-basis section.
body: 法的根拠 weight=2 concept=legal-basis-term
body: 根拠 weight=2 concept=on-the-basis-of
body: 正当な利益 weight=2 concept=legitimate-interests
body: 正当な事業上の利益 weight=2.5 concept=legitimate-interests
body: 契約の履行 weight=3 concept=performance-of-contract
body: 契約 weight=1.5 concept=performance-of-contract
body: 法的義務 weight=2.5 concept=legal-obligation
body: 法令上の義務 weight=2.5 concept=legal-obligation
body: 公共の利益 weight=2 concept=public-interest
body: 重大な利益 weight=2 concept=vital-interests
body: 生命 weight=1 concept=vital-interests
body: 適法 weight=2 concept=lawful
body: 同意 weight=0.5 concept=consent-as-basis
body: GDPR weight=0.5
# Added with the shared concept inventory (concepts.txt).
heading: 当社が個人データを処理できる理由 concept=why-allowed
heading: どのような根拠に基づいて処理するか concept=why-allowed
heading: 処理できる理由 concept=why-allowed
heading: 処理できる根拠 concept=why-allowed
heading: 取り扱うことができる理由 concept=why-allowed
body: 基本的権利および自由 weight=2.5 concept=balancing-test
body: 第6条 weight=2 concept=article-6
body: 処理が必要 weight=2.5 concept=processing-necessary
body: に基づき weight=2 concept=on-the-basis-of
body: 必要 weight=0.5 concept=necessary

[consent]
heading: 同意 concept=your-consent
heading: 同意の撤回 concept=withdrawal-of-consent
heading: ご本人の同意 concept=your-consent
heading: 同意について concept=your-consent
heading: 同意の取得 concept=your-consent
heading: 同意の撤回について concept=withdrawal-of-consent
body: 同意 weight=2 concept=you-consent
body: ご同意 weight=2 concept=you-consent
body: 撤回 weight=3 concept=withdraw
body: 同意を得 weight=2 concept=you-consent
body: 本人の同意 weight=2 concept=you-consent
body: 同意いただいた weight=2 concept=you-consent
body: 明示的 weight=2 concept=explicit-consent
body: チェックボックス weight=2 concept=opt-in
body: いつでも weight=1 concept=at-any-time
body: 影響 weight=1 concept=without-affecting-lawfulness
body: 撤回前 weight=2 concept=without-affecting-lawfulness
body: 取り消し weight=1.5 concept=withdraw
body: みなします weight=1.5 concept=you-agree
# Added with the shared concept inventory (concepts.txt).
heading: 同意の撤回方法 concept=withdrawal-of-consent
body: 任意 weight=2.5 concept=freely-given
body: 許可 weight=1.5 concept=permission
body: オプトイン weight=2 concept=opt-in

[sharing]
heading: 第三者提供 concept=third-parties
heading: 個人情報の第三者提供 concept=third-parties
heading: 第三者への提供 concept=third-parties
heading: 共同利用 concept=who-we-share-with
heading: 業務委託 concept=service-providers-heading
heading: 委託先の監督 concept=service-providers-heading
heading: 情報の共有 concept=sharing-of-information
heading: 個人情報の提供 concept=disclosure-of-information
body: 第三者 weight=2 concept=third-parties-term
body: 第三者提供 weight=2.5 concept=disclose
body: 第三者に提供 weight=2.5 concept=disclose
body: 提供 weight=1 concept=disclose
body: 共同利用 weight=3 concept=recipients
body: 共有 weight=2 concept=share
body: 委託 weight=2.5 concept=service-providers
body: 委託先 weight=2.5 concept=service-providers
body: 業務委託 weight=2 concept=service-providers
body: 子会社 weight=1.5 concept=affiliates
body: グループ会社 weight=2 concept=affiliates
body: 関連会社 weight=2 concept=affiliates
body: 事業承継 weight=3 concept=corporate-transaction
body: 合併 weight=2 concept=corporate-transaction
body: 法令に基づく weight=2 concept=legal-process
body: 裁判所 weight=1.5 concept=legal-process
body: 警察 weight=1.5 concept=authorities
body: 開示 weight=1.5 concept=disclose
body: 売却 weight=1.5 concept=sell
body: あらかじめ weight=1
# Added with the shared concept inventory (concepts.txt).
heading: 情報の共有方法 concept=how-we-share
heading: 共有する情報 concept=how-we-share
heading: 共有先 concept=who-we-share-with
heading: 提供先 concept=who-we-share-with
heading: 情報の開示 concept=disclosure-of-information
heading: 個人情報の開示 concept=disclosure-of-information
heading: サービスプロバイダー concept=service-providers-heading
heading: 事業譲渡 concept=business-transfers
heading: 事業承継 concept=business-transfers
heading: 法令に基づく開示 concept=legal-requests
heading: 個人情報の販売 concept=sale-of-information
heading: 個人情報の売却 concept=sale-of-information
body: サービスプロバイダー weight=2 concept=service-providers
body: 提携先 weight=1.5 concept=business-partners
body: ビジネスパートナー weight=1.5 concept=business-partners
body: 提供先 weight=2 concept=recipients
body: 代わりに weight=1.5 concept=on-our-behalf
body: 買収 weight=2.5 concept=corporate-transaction
body: 事業譲渡 weight=2.5 concept=corporate-transaction
body: 捜査機関 weight=2 concept=authorities
body: 行政機関 weight=1.5 concept=authorities
body: 令状 weight=2.5 concept=legal-process
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: 第三者へのデータの提供 concept=transfer-to-third-parties
heading: 第三者への個人情報の提供 concept=transfer-to-third-parties
heading: 第三者への移転 concept=transfer-to-third-parties
heading: 誰と共有 concept=who-we-share-with
heading: 共有する相手 concept=who-we-share-with
heading: 委託 weight=1.5 concept=service-providers-heading
heading: 委託先 concept=service-providers-heading
heading: 外部委託 concept=service-providers-heading
heading: 個人関連情報の第三者提供 concept=third-parties
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: ホスティング concept=service-providers-heading
heading: コンテンツ配信ネットワーク concept=service-providers-heading
heading: エラー監視 concept=service-providers-heading
heading: 処理者 concept=service-providers-heading
body: ホスティング weight=2 concept=service-providers
body: ホスティングサービス weight=2.5 concept=service-providers
body: ホスティング事業者 weight=2.5 concept=service-providers
body: コンテンツ配信ネットワーク weight=3 concept=service-providers
body: CDN weight=2.5 concept=service-providers
body: クラウドプラットフォーム weight=2 concept=service-providers
body: クラウドコンピューティング weight=2 concept=service-providers
body: データ処理契約 weight=2 concept=service-providers
body: データ処理補足契約 weight=2 concept=service-providers
body: エラー監視 weight=2 concept=service-providers
body: 当社に代わって weight=2 concept=on-our-behalf
# Cloud sync and backup: the data goes to a third-party cloud (iCloud, Google ドライブ).
body: icloud weight=2 concept=service-providers
body: google ドライブ weight=2 concept=service-providers
body: クラウド同期 weight=1.5 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: お支払い weight=2 concept=payments-purchases
heading: 支払い weight=3 concept=payments-purchases
heading: 決済 weight=2 concept=payments-purchases
heading: アプリ内課金 weight=2 concept=payments-purchases
heading: アプリ内購入 weight=2 concept=payments-purchases
heading: 課金 weight=2 concept=payments-purchases
heading: 定期購入 weight=2 concept=payments-purchases

[cookies]
heading: Cookie concept=cookies
heading: クッキー concept=cookies
heading: Cookieの使用 concept=cookies
heading: Cookie等の利用 concept=tracking-technologies
heading: クッキーおよび類似技術 concept=tracking-technologies
heading: ウェブビーコン concept=web-beacons
heading: アクセス解析 concept=analytics
heading: Cookie等の外部送信 concept=tracking-technologies
body: Cookie weight=3 concept=cookie
body: クッキー weight=3 concept=cookie
body: ウェブビーコン weight=3 concept=web-beacon
body: ピクセルタグ weight=3 concept=web-beacon
body: 類似技術 weight=2 concept=tracking-technology
body: 外部送信 weight=2.5 concept=tracking-technology
body: ブラウザ weight=1.5 concept=browser
body: アクセス解析 weight=2 concept=analytics-term
body: Googleアナリティクス weight=2.5 concept=analytics-term
body: Google Analytics weight=2.5 concept=analytics-term
body: 計測 weight=1.5 concept=analytics-term
body: トラッキング weight=1.5 concept=tracking-technology
body: 識別子 weight=1
body: 無効 weight=1.5 concept=browser-settings
body: ログ weight=1 concept=log-file
body: 端末 weight=0.5 concept=device
# Added with the shared concept inventory (concepts.txt).
heading: Cookieポリシー concept=cookies
heading: クッキーポリシー concept=cookies
heading: トラッキング技術 concept=tracking-technologies
heading: Cookieおよび類似の技術 concept=tracking-technologies
heading: ピクセルタグ concept=web-beacons
heading: ログファイル concept=log-files
heading: アクセスログ concept=log-files
heading: 分析ツール concept=analytics
body: テキストファイル weight=2.5 concept=text-files
body: ローカルストレージ weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: 永続的 weight=2 concept=cookie-lifetime
body: セッション weight=1.5 concept=cookie-lifetime
body: 必須 weight=2 concept=cookie-categories
body: 機能性 weight=1.5 concept=cookie-categories
body: ログファイル weight=2 concept=log-file
body: SDK weight=2 concept=sdk
body: フィンガープリント weight=2.5 concept=fingerprinting
body: ブラウザの設定 weight=1.5 concept=browser-settings
# Cookie等 and 外部送信 (Telecommunications Business Act rules on sending user data out).
heading: Cookie等 concept=tracking-technologies
heading: クッキー等 concept=tracking-technologies
heading: 外部送信 concept=tracking-technologies
heading: 情報収集モジュール concept=tracking-technologies
body: 情報収集モジュール weight=2.5 concept=sdk
heading: ウェブ解析 concept=analytics
# "クッキーとは" ("What are cookies?"): the topic, not a definition section.
heading: クッキーとは concept=cookies
heading: cookieとは concept=cookies
heading: 類似技術 weight=2 concept=tracking-technologies
heading: 類似の技術 weight=2 concept=tracking-technologies

[advertising]
heading: 広告 concept=advertising
heading: 広告配信 concept=advertising
heading: 広告の配信について concept=advertising
heading: ターゲティング広告 concept=interest-based-advertising
heading: 行動ターゲティング広告 concept=interest-based-advertising
heading: マーケティング concept=marketing
heading: 広告およびマーケティング concept=advertising
body: 広告 weight=2 concept=ads
body: 広告配信 weight=2.5 concept=ads
body: 配信 weight=1.5 concept=ads
body: 広告主 weight=2 concept=ad-networks
body: 広告事業者 weight=2.5 concept=ad-networks
body: ターゲティング weight=2.5 concept=interest-based
body: 行動履歴 weight=2 concept=interest-based
body: 興味関心 weight=2 concept=interests
body: メールマガジン weight=2.5 concept=marketing-messages
body: ダイレクトメール weight=2 concept=marketing-messages
body: キャンペーン weight=1.5 concept=promotions
body: プロモーション weight=1.5 concept=promotions
body: マーケティング weight=2 concept=marketing-purposes
body: 効果測定 weight=2 concept=ad-measurement
body: 広告識別子 weight=2.5
body: 販促 weight=2 concept=promotions
# Added with the shared concept inventory (concepts.txt).
heading: ダイレクトマーケティング concept=marketing
heading: 販促活動 concept=marketing
heading: マーケティング通信 concept=marketing-communications
heading: メールマガジンの配信 concept=marketing-communications
heading: 興味関心に基づく広告 concept=interest-based-advertising
heading: 第三者による広告 concept=third-party-advertising
heading: 第三者配信広告 concept=third-party-advertising
heading: 広告ネットワーク concept=third-party-advertising
body: 広告ネットワーク weight=3 concept=ad-networks
body: 行動ターゲティング weight=2.5 concept=interest-based
body: リターゲティング weight=3 concept=retargeting
body: リマーケティング weight=3 concept=retargeting
body: ニュースレター weight=2.5 concept=marketing-messages
body: 広告の効果 weight=2 concept=ad-measurement
heading: メールマガジン concept=marketing-communications
heading: ダイレクトメール concept=marketing-communications

[do-not-track]
heading: Do Not Track concept=do-not-track
heading: DNT concept=do-not-track
heading: 追跡拒否 concept=do-not-track
heading: トラッキング拒否 concept=do-not-track
heading: Do Not Trackシグナル concept=do-not-track
heading: グローバル・プライバシー・コントロール concept=global-privacy-control
body: Do Not Track weight=3 concept=dnt-signal
body: DNT weight=3 concept=dnt-signal
body: GPC weight=3 concept=gpc-signal
body: Global Privacy Control weight=3 concept=gpc-signal
body: シグナル weight=3 concept=dnt-signal
body: 信号 weight=2 concept=dnt-signal
body: ブラウザ weight=1 concept=browser-dnt
body: 応答 weight=1.5 concept=do-not-respond
body: 対応 weight=1 concept=do-not-respond
body: 業界標準 weight=2 concept=no-uniform-standard
body: 統一 weight=1.5 concept=no-uniform-standard
body: 追跡 weight=1.5
body: トラッキング weight=1
body: 設定 weight=0.5
# Added with the shared concept inventory (concepts.txt).
heading: Global Privacy Control concept=global-privacy-control
heading: オプトアウト・プリファレンス・シグナル concept=preference-signals
heading: ブラウザのシグナル concept=preference-signals
body: オプトアウト・プリファレンス・シグナル weight=3 concept=opt-out-preference-signal
body: ブラウザシグナル weight=2.5 concept=opt-out-preference-signal
body: 応答しません weight=2.5 concept=do-not-respond
body: 尊重 weight=1.5 concept=honor-signals
body: 複数のウェブサイト weight=2 concept=cross-site-tracking

[choices]
heading: お客様の選択 concept=your-choices
heading: 選択肢 concept=your-choices
heading: オプトアウト concept=opting-out
heading: 配信停止 weight=2 concept=unsubscribing
heading: 設定の変更 concept=managing-preferences
heading: ご自身による管理 concept=your-choices
heading: ご自身の情報の管理 concept=managing-preferences
body: オプトアウト weight=3 concept=opt-out
body: 配信停止 weight=3 concept=unsubscribe
body: 停止 weight=1.5 concept=unsubscribe
body: 選択 weight=1.5 concept=choose-not-to
body: 設定 weight=1 concept=settings
body: 拒否 weight=1.5 concept=decline
body: 無効 weight=1.5 concept=disable
body: 受信 weight=1.5 concept=receive
body: 解除 weight=2 concept=unsubscribe
body: 購読 weight=1.5
body: 提供しない weight=2 concept=choose-not-to
body: 利用できない weight=2 concept=consequences-of-refusal
body: 任意 weight=2 concept=choose-not-to
body: 管理 weight=1
body: 変更 weight=0.5
# Added with the shared concept inventory (concepts.txt).
heading: お客様の選択肢 concept=your-choices
heading: オプトアウトの方法 concept=opting-out
heading: 配信設定 concept=managing-preferences
heading: 受信設定の管理 concept=managing-preferences
heading: メール配信の停止 concept=unsubscribing
heading: 購読の解除 concept=unsubscribing
body: 購読解除 weight=3 concept=unsubscribe
body: 配信を希望しない weight=2.5 concept=choose-not-to
body: 広告メール weight=2 concept=promotional-emails
body: 受信設定 weight=1.5 concept=preferences
body: アカウント設定 weight=2 concept=settings
body: オフ weight=2 concept=disable
body: プッシュ通知 weight=2 concept=device-permissions
body: 位置情報サービス weight=2 concept=device-permissions
body: 末尾 weight=1.5 concept=unsubscribe-link

heading: プライバシー設定 concept=managing-preferences

[rights]
heading: 開示等の請求 concept=exercising-rights
heading: 開示等の請求手続き concept=exercising-rights
heading: 保有個人データの開示 concept=access-and-correction
heading: 開示・訂正・利用停止 concept=access-and-correction
heading: 個人情報の開示 concept=access-and-correction
heading: お客様の権利 concept=your-rights
heading: ご本人の権利 concept=your-rights
heading: 開示請求 concept=exercising-rights
heading: 訂正 weight=2 concept=access-and-correction
heading: アクセス concept=access-and-correction
body: 開示 weight=2.5 concept=right-of-access
body: 開示等 weight=3 concept=exercise-rights
body: 訂正 weight=3 concept=rectification
body: 追加 weight=1 concept=rectification
body: 削除 weight=2 concept=erasure
body: 利用停止 weight=3 concept=restriction
body: 消去 weight=2 concept=erasure
body: 第三者提供の停止 weight=3 concept=right-to-object
body: 請求 weight=2 concept=request
body: 保有個人データ weight=3
body: 手数料 weight=2
body: 本人確認 weight=1 concept=verify-identity
body: 権利 weight=1.5
body: データポータビリティ weight=3 concept=portability
body: 異議 weight=2 concept=right-to-object
body: 制限 weight=1.5 concept=restriction
body: 監督機関 weight=2 concept=complaint-to-authority
body: 苦情 weight=1 concept=complaint-to-authority
# Added with the shared concept inventory (concepts.txt).
heading: あなたの権利 concept=your-rights
heading: データ主体の権利 concept=your-rights
heading: 権利の行使 concept=exercising-rights
heading: 権利の行使方法 concept=exercising-rights
heading: 開示・訂正等 concept=access-and-correction
heading: 代理人による請求 concept=authorized-agents
heading: 授権代理人 concept=authorized-agents
body: アクセス権 weight=3 concept=right-of-access
body: 不正確 weight=2 concept=rectification
body: 忘れられる権利 weight=3 concept=erasure
body: 苦情を申し立て weight=3 concept=complaint-to-authority
body: 権利を行使 weight=2 concept=exercise-rights
body: 代理人 weight=2.5 concept=authorized-agent
body: 差別 weight=1.5 concept=non-discrimination
body: データ主体 weight=2 concept=data-subject-rights
body: 写し weight=1 concept=copy-of-data
body: コピー weight=1 concept=copy-of-data
body: アクセス weight=1.5 concept=access
# APPI arts. 32-35: 開示等の求め (older wording), 訂正等, 利用停止等, 第三者提供記録.
heading: 開示等の求め concept=exercising-rights
heading: 開示等 concept=exercising-rights
heading: 訂正等 concept=access-and-correction
heading: 利用停止 concept=access-and-correction
heading: 利用停止等 concept=access-and-correction
heading: 保有個人データ weight=1.5 concept=exercising-rights
heading: ユーザーの権利 concept=your-rights
heading: 利用者の権利 concept=your-rights
heading: 個人情報の利用停止 concept=access-and-correction
heading: 第三者提供の停止 weight=3 concept=access-and-correction
# APPI art. 33(5): disclosure of the records of provision to third parties is a request of the
# data subject, not sharing ("第三者提供記録の開示").
heading: 第三者提供記録の開示 concept=access-and-correction
heading: 第三者提供記録 concept=access-and-correction
body: 第三者提供記録 weight=3 concept=right-of-access
# Resolving a dispute over the handling of one's data sits with complaints and remedies.
heading: 紛争解決 concept=exercising-rights
heading: 紛争の解決 concept=exercising-rights
heading: 訂正できますか concept=access-and-correction
heading: 削除できますか concept=access-and-correction
heading: 自分のデータにアクセス concept=access-and-correction
heading: 私の権利 concept=your-rights
heading: どのような権利 concept=your-rights
body: 紛争解決 weight=1 concept=complaint-to-authority

[retention]
heading: 保存期間 concept=retention-period
heading: 保有期間 concept=retention-period
heading: 保管期間 concept=retention-period
heading: 情報の保存 concept=data-retention
heading: 個人情報の保存 concept=data-retention
heading: データの保持 concept=data-retention
heading: 保存期間について concept=retention-period
body: 保存 weight=1.5 concept=keep
body: 保有 weight=1.5 concept=keep
body: 保管 weight=2 concept=keep
body: 保持 weight=2 concept=retain
body: 期間 weight=2 concept=retention-criteria
body: 保存期間 weight=2.5 concept=retain
body: 必要な期間 weight=2.5 concept=as-long-as-necessary
body: 経過 weight=1.5 concept=no-longer-needed
body: 遅滞なく weight=2 concept=destroy
body: 消去 weight=2 concept=destroy
body: 削除 weight=1 concept=destroy
body: 廃棄 weight=2 concept=destroy
body: 匿名化 weight=1.5 concept=anonymise
body: 年間 weight=1 concept=years
body: 法令 weight=0.5 concept=legal-retention-requirements
# Added with the shared concept inventory (concepts.txt).
heading: 情報の保持期間 concept=how-long-we-keep
heading: 個人情報の保存期間 concept=how-long-we-keep
heading: 保存および削除 concept=retention-and-deletion
heading: 保存と削除 concept=retention-and-deletion
heading: 保管および保存 concept=storage-and-retention
heading: データの保存と保持 concept=storage-and-retention
body: 必要がなくなった weight=2.5 concept=no-longer-needed
body: 不要となった weight=2.5 concept=no-longer-needed
body: アーカイブ weight=2 concept=archive
body: 法定保存期間 weight=2.5 concept=legal-retention-requirements
body: 非アクティブ weight=2 concept=inactive-accounts
body: 格納 weight=1 concept=store
heading: 保存期限 concept=retention-period
heading: 保持期間 concept=retention-period
heading: どのくらいの期間 concept=how-long-we-keep
heading: いつまで保存 concept=how-long-we-keep
heading: 廃棄 weight=1.5 concept=retention-and-deletion
heading: 保存と廃棄 concept=retention-and-deletion
heading: どのように保存 concept=storage-and-retention
heading: どのように保管 concept=storage-and-retention

[security]
heading: 安全管理措置 concept=security-measures
heading: 安全管理 concept=security-measures
heading: 個人情報の安全管理 concept=security-measures
heading: セキュリティ concept=data-security
heading: 情報セキュリティ concept=data-security
heading: 安全対策 concept=security-measures
heading: セキュリティ対策 concept=security-measures
body: 安全管理 weight=2.5 concept=safeguards
body: 安全管理措置 weight=3 concept=safeguards
body: セキュリティ weight=2 concept=secure
body: 漏えい weight=3 concept=loss-misuse-alteration
body: 漏洩 weight=3 concept=loss-misuse-alteration
body: 滅失 weight=3 concept=loss-misuse-alteration
body: 毀損 weight=3 concept=loss-misuse-alteration
body: 不正アクセス weight=3 concept=unauthorized-access
body: 暗号化 weight=3 concept=encryption
body: SSL weight=3 concept=encryption
body: TLS weight=2.5 concept=encryption
body: ファイアウォール weight=2.5 concept=technical-controls
body: 従業者 weight=2 concept=technical-organisational-measures
body: 監督 weight=1.5 concept=technical-organisational-measures
body: 組織的 weight=2 concept=technical-organisational-measures
body: 人的 weight=2 concept=technical-organisational-measures
body: 物理的 weight=2 concept=physical-safeguards
body: 技術的 weight=2 concept=technical-organisational-measures
# Added with the shared concept inventory (concepts.txt).
heading: データセキュリティ concept=data-security
heading: 個人情報の保護 concept=how-we-protect
heading: 情報の保護 concept=how-we-protect
heading: 当社の情報保護の方法 concept=how-we-protect
body: アクセス制御 weight=2.5 concept=technical-controls
body: パスワード weight=2 concept=technical-controls
body: セキュリティインシデント weight=3 concept=breach
body: 脆弱性 weight=2.5 concept=breach
body: データ侵害 weight=3 concept=breach
body: 機密 weight=1.5 concept=confidentiality
body: 完全に安全 weight=2.5 concept=no-guarantee
body: 保証できません weight=2.5 concept=no-guarantee
body: 業界標準 weight=2 concept=industry-standard
body: 改ざん weight=2.5 concept=loss-misuse-alteration
body: 保護 weight=1 concept=protect
body: 確保 weight=0.5 concept=ensure
heading: 講じた措置 concept=security-measures
heading: 安全性 concept=data-security
heading: 漏えい等 concept=data-security
# Personal-data breaches and their notification: a security topic.
heading: 漏えい concept=data-security
heading: 漏洩 concept=data-security
heading: 情報漏えい concept=data-security
heading: 個人データの漏えい concept=data-security
heading: セキュリティインシデント concept=data-security
# The personal-information management system (PMS, JIS Q 15001) is the security programme.
heading: 個人情報保護マネジメントシステム weight=2 concept=security-measures
heading: 情報の管理 concept=security-measures
heading: 個人情報の管理 concept=security-measures
heading: データの管理 concept=security-measures
heading: 暗号化 concept=data-security

[children]
heading: 子ども concept=childrens-privacy
heading: お子様 concept=childrens-privacy
heading: 未成年者 concept=minors
heading: 未成年者の個人情報 concept=minors
heading: 子どものプライバシー concept=childrens-privacy
heading: 児童 concept=childrens-privacy
heading: お子様の個人情報 concept=childrens-privacy
body: 未成年者 weight=3 concept=minors-teens
body: 子ども weight=2.5 concept=children
body: お子様 weight=2.5 concept=children
body: 児童 weight=2 concept=children
body: 保護者 weight=3 concept=parents-guardians
body: 親権者 weight=3 concept=parents-guardians
body: 法定代理人 weight=2.5 concept=parents-guardians
body: 歳未満 weight=3 concept=age-threshold
body: 未満 weight=1.5 concept=age-threshold
body: 年齢 weight=1.5 concept=age
body: 成年 weight=1.5 concept=age-threshold
body: 保護者の同意 weight=2.5 concept=parental-consent
body: COPPA weight=2.5 concept=coppa
# Added with the shared concept inventory (concepts.txt).
heading: 年齢制限 concept=age-limits
heading: 13歳未満のお子様 concept=age-limits
heading: 16歳未満の方 concept=age-limits
heading: 未成年者の利用 concept=minors
heading: 未成年の方のご利用 concept=minors
body: 子供 weight=3 concept=children
body: 青少年 weight=2.5 concept=minors-teens
body: 親権者の同意 weight=3 concept=parental-consent
body: 故意に weight=3 concept=knowingly-collect
body: 意図的に weight=2.5 concept=knowingly-collect
body: 対象としていません weight=2 concept=not-directed-to-children
body: 判明した場合 weight=2 concept=if-we-learn
heading: 未成年 concept=minors
heading: 歳未満 concept=age-limits

heading: 年少者 concept=minors

[international]
heading: 外国にある第三者 weight=2 concept=international-transfers
heading: 国外移転 concept=international-transfers
heading: 海外移転 concept=international-transfers
heading: 越境移転 concept=international-transfers
heading: 外国への移転 concept=international-transfers
heading: 国際的な移転 concept=international-transfers
heading: データの保存場所 concept=where-we-store
body: 外国 weight=3 concept=other-countries
body: 国外 weight=3 concept=other-countries
body: 海外 weight=2.5 concept=other-countries
body: 移転 weight=2.5 concept=transfer
body: 越境 weight=3 concept=cross-border
body: 外国にある第三者 weight=3 concept=other-countries
body: 個人情報保護制度 weight=2.5 concept=less-protective
# The transfer safeguards (standard contractual clauses, adequacy decisions, the Data Privacy Framework)
# stand in one sentence of many subsections about a single social network or cloud service: in a
# text they weigh less than the practice it describes; the headings still name a transfer section.
body: 相当措置 weight=2 concept=transfer-safeguards
body: 十分性認定 weight=2 concept=adequacy
body: 標準契約条項 weight=2 concept=transfer-safeguards
# A bare サーバー is any server (a chat server, "サーバー設定"): the location needs a place word.
body: サーバー weight=0.5 concept=server-location
body: サーバーの所在 weight=2 concept=server-location
body: 所在するサーバー weight=2 concept=server-location
body: 設置されたサーバー weight=2 concept=server-location
body: 海外のサーバー weight=2 concept=server-location
body: 国外のサーバー weight=2 concept=server-location
body: 海外サーバー weight=2 concept=server-location
body: 所在 weight=1.5 concept=server-location
body: 欧州経済領域 weight=2 concept=eea
body: 日本国外 weight=2.5 concept=other-countries
body: 国名 weight=1.5
# Added with the shared concept inventory (concepts.txt).
heading: データの移転 concept=data-transfers
heading: 個人情報の移転 concept=data-transfers
heading: 情報の移転 concept=data-transfers
heading: 情報の保管場所 concept=where-we-store
heading: データの処理場所 concept=where-we-store
body: 拘束的企業準則 weight=2 concept=transfer-safeguards
body: 適切な保護措置 weight=2 concept=transfer-safeguards
body: 米国 weight=1.5 concept=united-states
body: データプライバシーフレームワーク weight=2 concept=privacy-frameworks
body: プライバシーシールド weight=2 concept=privacy-frameworks
body: 法域 weight=2 concept=jurisdictions
body: 世界各国 weight=1.5 concept=around-the-world
body: EEA weight=2 concept=eea
# APPI: handling data in a foreign country (外国において取り扱う) and where it is kept.
heading: 外国における concept=where-we-store
heading: 外国において concept=where-we-store
heading: 保存場所 concept=where-we-store
heading: 保管場所 concept=where-we-store
heading: データの保存 weight=1 concept=where-we-store
heading: データ保存 weight=1 concept=where-we-store
heading: データの保管 weight=1 concept=where-we-store
heading: 外国への提供 concept=international-transfers
heading: 海外への移転 concept=international-transfers

heading: 外国の第三者 weight=3 concept=international-transfers
heading: どこに保存 concept=where-we-store
heading: どこに保管 concept=where-we-store

[regional]
heading: 地域別の規定 concept=jurisdiction-specific
heading: 地域ごとの補足 concept=jurisdiction-specific
heading: 特定地域の居住者 concept=jurisdiction-specific
heading: カリフォルニア州の居住者 concept=california
heading: 欧州経済領域の居住者 concept=eea-gdpr-notice
heading: EEA居住者 concept=eea-gdpr-notice
body: カリフォルニア weight=3 concept=california-law
body: カリフォルニア州 weight=3 concept=california-law
body: 居住者 weight=2 concept=residents
body: 欧州経済領域 weight=2 concept=eu-gdpr
body: EEA weight=2 concept=eu-gdpr
body: EU weight=2 concept=eu-gdpr
body: 英国 weight=1.5
body: スイス weight=1.5
body: 米国 weight=1.5
body: ネバダ weight=2.5 concept=us-states
body: CCPA weight=2.5 concept=california-law
body: CPRA weight=2 concept=california-law
body: 地域 weight=1
body: 州 weight=1 concept=state
body: 韓国 weight=1
body: 中国 weight=1
# Added with the shared concept inventory (concepts.txt).
heading: カリフォルニア州のプライバシー権 concept=california
heading: カリフォルニア州居住者の皆様へ concept=california
heading: ネバダ州の居住者 concept=us-state-rights
heading: 米国の州のプライバシー権 concept=us-state-rights
heading: GDPRの遵守 concept=eea-gdpr-notice
heading: 欧州の利用者 concept=eea-gdpr-notice
body: 消費者 weight=1.5 concept=consumers
body: 販売しない weight=3 concept=do-not-sell
body: 販売または共有 weight=3 concept=do-not-sell
body: クロスコンテキスト行動広告 weight=3 concept=cross-context-advertising
body: 経済的インセンティブ weight=3 concept=financial-incentives
body: 過去12か月 weight=3 concept=preceding-12-months
body: GDPR weight=2.5 concept=eu-gdpr
body: ブラジル weight=2 concept=brazil-lgpd
body: LGPD weight=3 concept=brazil-lgpd
body: カナダ weight=2 concept=canada-pipeda
body: バージニア weight=3 concept=us-states
body: コロラド weight=3 concept=us-states
body: コネチカット weight=3 concept=us-states
heading: 米国居住者 concept=us-state-rights

heading: 地域別 weight=2 concept=jurisdiction-specific

# "…にお住まいの方" (residents of a region) names a regional notice.
heading: お住まいの方 weight=2 concept=jurisdiction-specific
# Regional annexes and law acronyms as headings (APPI, PIPA, PIPL, ...): heading-only, never body terms.
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
heading: 地域別付録 concept=jurisdiction-specific
heading: 地域別の付録 concept=jurisdiction-specific
heading: 地域別補遺 concept=jurisdiction-specific
heading: 米国のプライバシー法 concept=us-state-rights
heading: 大韓民国 weight=1 concept=jurisdiction-specific
heading: 韓国 weight=1 concept=jurisdiction-specific
heading: ブラジル weight=1 concept=jurisdiction-specific
# A country as the heading of a jurisdiction appendix (付録 B：日本).
heading: 日本 weight=1 concept=jurisdiction-specific
heading: 日本の居住者 concept=jurisdiction-specific

[third-party-sites]
heading: 外部サイト weight=2 concept=third-party-websites
heading: 外部リンク concept=links-to-other-sites
heading: 第三者のサイト weight=2 concept=third-party-websites
heading: 他のウェブサイトへのリンク weight=2 concept=links-to-other-sites
heading: 第三者サービス weight=2 concept=third-party-services
heading: 外部サービス concept=third-party-services
heading: 外部サイトへのリンク concept=links-to-other-sites
heading: 第三者のウェブサイト weight=2 concept=third-party-websites
body: リンク weight=2.5 concept=links
body: 外部サイト weight=2.5 concept=other-sites
body: 他のウェブサイト weight=2 concept=other-sites
body: 第三者のウェブサイト weight=2.5 concept=other-sites
body: 責任を負いません weight=2.5 concept=not-responsible
body: 責任 weight=1.5 concept=not-responsible
body: 一切 weight=1
body: ソーシャルメディア weight=1.5 concept=plugins
body: SNS weight=1.5 concept=plugins
body: プラグイン weight=2.5 concept=plugins
body: 外部サービス weight=2 concept=third-party-applications
body: 遷移 weight=2 concept=leave-our-site
body: 移動 weight=1.5 concept=leave-our-site
body: 運営 weight=1 concept=other-sites
body: 各社 weight=1 concept=their-privacy-policies
# Added with the shared concept inventory (concepts.txt).
heading: ソーシャルメディアプラグイン concept=social-media-plugins
heading: ソーシャルプラグイン concept=social-media-plugins
heading: 第三者のプライバシーポリシー concept=third-party-privacy-policies
heading: 外部サービスのプライバシーポリシー concept=third-party-privacy-policies
body: ハイパーリンク weight=3 concept=links
body: 第三者のアプリケーション weight=2 concept=third-party-applications
body: プライバシーポリシーをご確認 weight=2.5 concept=encourage-review
body: 各社のプライバシーポリシー weight=3 concept=their-privacy-policies
body: ウィジェット weight=2.5 concept=plugins
body: コンテンツ weight=0.5 concept=content
body: 確認 weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: ソーシャルメディア concept=social-media-presence
heading: ソーシャルネットワーク concept=social-media-presence
heading: SNS concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: 第三者が収集する情報 concept=third-party-data-collection
heading: 第三者による情報の収集 concept=third-party-data-collection
heading: 第三者が収集するデータ concept=third-party-data-collection
heading: 第三者のサービス weight=2 concept=third-party-services
heading: 他社のサービス concept=third-party-services
heading: 他サイト concept=third-party-websites
heading: 他のサイト concept=third-party-websites
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: 埋め込みコンテンツ concept=third-party-services
heading: 第三者のコンテンツ concept=third-party-services
heading: 外部コンテンツ concept=third-party-services
heading: 埋め込み動画 concept=third-party-services
heading: プラグイン concept=social-media-plugins
body: 埋め込み weight=2.5 concept=plugins
body: 埋め込まれ weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: 第三者のコンテンツ weight=3 concept=other-sites
body: 外部コンテンツ weight=2.5 concept=other-sites
body: YouTube weight=2 concept=plugins
body: Vimeo weight=2.5 concept=plugins
body: Google マップ weight=2.5 concept=plugins
body: Google Maps weight=2.5 concept=plugins
body: プライバシー強化モード weight=2.5 concept=plugins
body: アカウントにログイン weight=1.5 concept=plugins
body: 独自のプライバシーポリシー weight=2.5 concept=their-privacy-policies
# "(the processing) follows Apple's terms and policies": another party's terms govern it.
body: 規約とポリシー weight=2.5 concept=their-privacy-policies
body: 規約およびポリシー weight=2.5 concept=their-privacy-policies
body: 規約及びプライバシーポリシー weight=2.5 concept=their-privacy-policies
body: 規約とプライバシーポリシー weight=2.5 concept=their-privacy-policies
heading: 第三者ライブラリ concept=third-party-services
heading: 外部ライブラリ concept=third-party-services
heading: サードパーティサービス weight=2 concept=third-party-services
heading: サードパーティーサービス weight=2 concept=third-party-services
heading: サードパーティライブラリ concept=third-party-services
heading: クラウド同期 weight=3 concept=third-party-services
heading: icloudバックアップ weight=3 concept=third-party-services
heading: icloud同期 weight=3 concept=third-party-services
heading: クラウドバックアップ weight=3 concept=third-party-services
heading: 同期とバックアップ concept=third-party-services
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: ネットワーク接続 weight=2 concept=network-connections
heading: ネットワーク通信 weight=2 concept=network-connections
heading: 外部通信 weight=2 concept=network-connections
heading: 外部サーバーへの接続 weight=2 concept=network-connections
heading: 端末外に送信 weight=2 concept=network-connections
heading: デバイス外に送信 weight=2 concept=network-connections
heading: 端末の外に送信 weight=2 concept=network-connections
heading: インターネット経由で送信 weight=2 concept=network-connections
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
heading: 本ポリシーの変更 concept=changes-to-policy
heading: プライバシーポリシーの変更 concept=changes-to-policy
heading: 本方針の変更 concept=changes-to-policy
heading: 改定 concept=amendments
heading: 改訂 concept=amendments
heading: 変更 concept=changes-to-policy
heading: 改定履歴 concept=amendments
body: 変更 weight=2 concept=change-update
body: 改定 weight=2.5 concept=change-update
body: 改訂 weight=2.5 concept=change-update
body: 改正 weight=1.5 concept=change-update
body: 最終改定日 weight=3 concept=effective-date
body: 制定日 weight=3 concept=effective-date
body: 施行日 weight=3 concept=effective-date
body: 効力 weight=2 concept=effective-immediately
body: 変更後 weight=2 concept=latest-version
body: 重要な変更 weight=2.5 concept=material-changes
body: 随時 weight=2 concept=from-time-to-time
body: 最新 weight=1.5 concept=latest-version
body: 掲載 weight=1.5 concept=posting
body: 公表 weight=1.5 concept=posting
body: 通知 weight=1 concept=notify-you
# Added with the shared concept inventory (concepts.txt).
heading: 本ポリシーの改定 concept=changes-to-policy
heading: プライバシーポリシーの改定 concept=changes-to-policy
heading: 本ポリシーの更新 concept=policy-updates
heading: ポリシーの更新 concept=policy-updates
heading: 変更の通知 concept=notification-of-changes
heading: 変更のお知らせ concept=notification-of-changes
heading: 附則 weight=2 concept=entry-into-force    # supplementary provisions: only the effective date follows
heading: 施行日 concept=entry-into-force
heading: 制定日 concept=entry-into-force
body: 更新 weight=2 concept=change-update
body: 最終更新日 weight=3 concept=effective-date
body: 定期的 weight=2.5 concept=from-time-to-time
body: 継続して利用 weight=3 concept=continued-use
body: 引き続き weight=2 concept=continued-use
body: 定期的にご確認 weight=2.5 concept=check-back
body: 直ちに効力 weight=2.5 concept=effective-immediately
body: 権利を留保 weight=2 concept=reserve-the-right
body: お知らせ weight=1.5 concept=notify-you
body: 版 weight=1 concept=version
# Where a changed policy is posted: "(we will post the new policy) on this page".
body: 本ページ weight=1 concept=posting
heading: 見直し concept=amendments
heading: 改正 concept=amendments

[contact]
heading: お問い合わせ concept=contact-us
heading: お問い合わせ窓口 concept=contact-information
heading: 連絡先 concept=contact-information
heading: 個人情報に関するお問い合わせ concept=contact-us
heading: 苦情・相談窓口 concept=questions
heading: お客様相談窓口 concept=questions
heading: 個人情報保護管理者 concept=data-protection-officer
body: お問い合わせ weight=2.5 concept=please-contact
body: 問い合わせ weight=2 concept=please-contact
body: 窓口 weight=2.5 concept=customer-service
body: 連絡先 weight=2 concept=please-contact
body: 受付時間 weight=2.5
body: 所在地 weight=2 concept=postal-address
body: 宛先 weight=1.5 concept=postal-address
body: 個人情報保護管理者 weight=3 concept=dpo
body: 代表取締役 weight=2
body: 苦情 weight=1.5 concept=questions-comments
body: 相談 weight=1.5 concept=questions-comments
body: フォーム weight=1.5 concept=please-contact
body: 土日祝 weight=2
body: 電話 weight=1 concept=telephone
body: メール weight=1 concept=by-email
body: 株式会社 weight=1
# Added with the shared concept inventory (concepts.txt).
heading: お問い合わせ先 concept=contact-information
heading: お問い合わせ方法 concept=how-to-contact
heading: 連絡方法 concept=how-to-contact
heading: ご質問 concept=questions
heading: ご質問・お問い合わせ concept=questions
heading: データ保護責任者 concept=data-protection-officer
heading: データ保護オフィサー concept=data-protection-officer
body: ご連絡ください weight=3 concept=please-contact
body: ご質問 weight=2.5 concept=questions-comments
body: ご意見 weight=1.5 concept=questions-comments
body: データ保護責任者 weight=3 concept=dpo
body: 郵送 weight=2 concept=postal-address
body: メールにて weight=1.5 concept=by-email
body: カスタマーサポート weight=1.5 concept=customer-service
body: 住所 weight=0.3 concept=address
# お問合せ and 問合せ are common spellings of お問い合わせ.
heading: お問合せ concept=contact-us
heading: お問合わせ concept=contact-us
heading: 問い合わせ先 concept=contact-information
heading: 問合せ先 concept=contact-information
heading: 相談窓口 concept=questions
heading: 個人情報保護責任者 concept=data-protection-officer
body: お問合せ weight=2.5 concept=please-contact
heading: 当社へのご連絡 weight=3.5 concept=contact-us
heading: 当社への連絡 weight=3.5 concept=contact-us
heading: 運営者情報 concept=contact-information
heading: 運営者 concept=contact-information
heading: 事業者情報 concept=contact-information
heading: 運営会社 concept=contact-information
# The controller's identity and address (GDPR art. 13(1)(a)): "データ管理者", "管理者の連絡先".
heading: データ管理者 concept=contact-information
heading: 管理者 concept=contact-information
heading: 管理者の連絡先 concept=contact-information
heading: 誰に連絡 concept=how-to-contact
heading: どこに問い合わせ concept=how-to-contact
heading: 相談先 concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no cue inside it
# counts. Written whole, like boilerplate headings.
# The name of the Act (APPI) holds 個人情報の保護: it is no security practice.
個人情報の保護に関する法律
# A software update is not a change to the policy.
ソフトウェアの更新
アプリの更新
個人情報保護法
個人情報保護委員会
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
