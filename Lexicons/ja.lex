# Japanese lexicon
# Terms are written as they appear in text, without spaces: ICU dictionary segmentation
# splits entries and documents alike (個人情報の利用目的 -> 個人 | 情報 | の | 利用 | 目的).
# Wording follows Japanese policies written to the 個人情報保護法 (APPI): 利用目的,
# 第三者提供, 共同利用, 安全管理措置, 保有個人データの開示等の請求, お問い合わせ窓口.
@language ja
@name Japanese
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

[intro]
heading: はじめに
heading: 総則
heading: 基本方針
heading: 個人情報保護方針 weight=0.5   # document title; also inside other headings
heading: プライバシーポリシー weight=0.5   # document title; also inside other headings
heading: 適用範囲
heading: 本ポリシーの適用範囲
heading: プライバシーに関する基本方針
body: 本ポリシー weight=2
body: 本プライバシーポリシー weight=2
body: 個人情報保護方針 weight=2
body: 基本方針 weight=1.5
body: 適用 weight=1.5
body: 重要性 weight=2
body: 認識 weight=1.5
body: 社会的責務 weight=2.5
body: 遵守 weight=1.5
body: 関係法令 weight=1
body: 定めます weight=1.5
body: 取り扱い weight=1
body: 株式会社 weight=0.5
body: 以下 weight=0.3
body: 当社 weight=0.3

[definitions]
heading: 定義
heading: 用語の定義
heading: 個人情報の定義
heading: 本ポリシーにおける用語
heading: 用語
heading: 定義について
body: とは weight=2.5
body: をいいます weight=3
body: 意味 weight=2
body: 指します weight=2
body: 以下同じ weight=2.5
body: 本ポリシーにおいて weight=2
body: 生存する個人 weight=3
body: 特定の個人を識別 weight=3
body: 個人識別符号 weight=3
body: 個人関連情報 weight=2
body: 仮名加工情報 weight=2.5
body: 匿名加工情報 weight=2.5
body: 要配慮個人情報 weight=2
body: 保有個人データ weight=1
body: 用語 weight=1

[collection]
heading: 取得する情報
heading: 収集する情報
heading: 当社が取得する情報
heading: 取得する個人情報
heading: 個人情報の取得
heading: 情報の収集
heading: 取得方法
heading: 取得する情報の項目
heading: 取得元 weight=2
heading: 情報源 weight=2
body: 取得 weight=3
body: 収集 weight=2.5
body: 自動的に weight=2
body: ご提供 weight=1.5
body: 入力 weight=1
body: 登録 weight=1
body: 氏名 weight=1.5
body: 生年月日 weight=1.5
body: 電話番号 weight=1.5
body: メールアドレス weight=1.5
body: 住所 weight=1
body: 端末情報 weight=2
body: 端末識別子 weight=2
body: IPアドレス weight=2
body: 位置情報 weight=1.5
body: 閲覧履歴 weight=1.5
body: 購入履歴 weight=1.5
body: アクセスログ weight=2
body: 項目 weight=1
body: 取得元 weight=1.5

[use]
heading: 利用目的
heading: 個人情報の利用目的
heading: 利用目的について
heading: 情報の利用
heading: 個人情報の利用
heading: 取得した情報の利用
heading: 利用目的の変更
heading: どのように利用 weight=2
heading: 目的 weight=2
body: 利用目的 weight=2.5
body: 利用 weight=1
body: 目的 weight=1
body: 提供するため weight=1.5
body: 改善 weight=1.5
body: 開発 weight=1
body: 分析 weight=1
body: 統計 weight=1
body: 本人確認 weight=2
body: 不正 weight=1.5
body: パーソナライズ weight=2
body: 最適化 weight=1.5
body: おすすめ weight=1.5
body: 研究 weight=1
body: 対応 weight=0.5
body: ため weight=0.3

[legal-basis]
heading: 法的根拠
heading: 処理の法的根拠
heading: 個人データの取扱いの法的根拠
heading: 適法な根拠
heading: 取扱いの根拠
heading: 処理の根拠
body: 法的根拠 weight=3
body: 根拠 weight=2
body: 正当な利益 weight=3
body: 正当な事業上の利益 weight=2.5
body: 契約の履行 weight=3
body: 契約 weight=1.5
body: 法的義務 weight=2.5
body: 法令上の義務 weight=2.5
body: 公共の利益 weight=2
body: 重大な利益 weight=2
body: 生命 weight=1
body: 適法 weight=2
body: 同意 weight=0.5
body: GDPR weight=1

[consent]
heading: 同意
heading: 同意の撤回
heading: ご本人の同意
heading: 同意について
heading: 同意の取得
heading: 同意の撤回について
body: 同意 weight=2
body: ご同意 weight=2
body: 撤回 weight=3
body: 同意を得 weight=2
body: 本人の同意 weight=2
body: 同意いただいた weight=2
body: 明示的 weight=2
body: チェックボックス weight=2
body: いつでも weight=1
body: 影響 weight=1
body: 撤回前 weight=2
body: 取り消し weight=1.5
body: みなします weight=1.5

[sharing]
heading: 第三者提供
heading: 個人情報の第三者提供
heading: 第三者への提供
heading: 共同利用
heading: 業務委託
heading: 委託先の監督
heading: 情報の共有
heading: 個人情報の提供
body: 第三者 weight=2
body: 第三者提供 weight=2.5
body: 第三者に提供 weight=2.5
body: 提供 weight=1
body: 共同利用 weight=3
body: 共有 weight=2
body: 委託 weight=2.5
body: 委託先 weight=2.5
body: 業務委託 weight=2
body: 子会社 weight=1.5
body: グループ会社 weight=2
body: 関連会社 weight=2
body: 事業承継 weight=3
body: 合併 weight=2
body: 法令に基づく weight=2
body: 裁判所 weight=1.5
body: 警察 weight=1.5
body: 開示 weight=1.5
body: 売却 weight=1.5
body: あらかじめ weight=1

[cookies]
heading: Cookie
heading: クッキー
heading: Cookieの使用
heading: Cookie等の利用
heading: クッキーおよび類似技術
heading: ウェブビーコン
heading: アクセス解析
heading: Cookie等の外部送信
body: Cookie weight=3
body: クッキー weight=3
body: ウェブビーコン weight=3
body: ピクセルタグ weight=3
body: 類似技術 weight=2
body: 外部送信 weight=2.5
body: ブラウザ weight=1.5
body: アクセス解析 weight=2
body: Googleアナリティクス weight=2.5
body: Google Analytics weight=2.5
body: 計測 weight=1.5
body: トラッキング weight=1.5
body: 識別子 weight=1
body: 無効 weight=1.5
body: ログ weight=1
body: 端末 weight=0.5

[advertising]
heading: 広告
heading: 広告配信
heading: 広告の配信について
heading: ターゲティング広告
heading: 行動ターゲティング広告
heading: マーケティング
heading: 広告およびマーケティング
body: 広告 weight=2
body: 広告配信 weight=2.5
body: 配信 weight=1.5
body: 広告主 weight=2
body: 広告事業者 weight=2.5
body: ターゲティング weight=2.5
body: 行動履歴 weight=2
body: 興味関心 weight=2
body: メールマガジン weight=2.5
body: ダイレクトメール weight=2
body: キャンペーン weight=1.5
body: プロモーション weight=1.5
body: マーケティング weight=2
body: 効果測定 weight=2
body: 広告識別子 weight=2.5
body: 販促 weight=2

[do-not-track]
heading: Do Not Track
heading: DNT
heading: 追跡拒否
heading: トラッキング拒否
heading: Do Not Trackシグナル
heading: グローバル・プライバシー・コントロール
body: Do Not Track weight=3
body: DNT weight=3
body: GPC weight=3
body: Global Privacy Control weight=3
body: シグナル weight=3
body: 信号 weight=2
body: ブラウザ weight=1
body: 応答 weight=1.5
body: 対応 weight=1
body: 業界標準 weight=2
body: 統一 weight=1.5
body: 追跡 weight=1.5
body: トラッキング weight=1
body: 設定 weight=0.5

[choices]
heading: お客様の選択
heading: 選択肢
heading: オプトアウト
heading: 配信停止
heading: 設定の変更
heading: ご自身による管理
heading: 情報の管理
body: オプトアウト weight=3
body: 配信停止 weight=3
body: 停止 weight=1.5
body: 選択 weight=1.5
body: 設定 weight=1
body: 拒否 weight=1.5
body: 無効 weight=1.5
body: 受信 weight=1.5
body: 解除 weight=2
body: 購読 weight=1.5
body: 提供しない weight=2
body: 利用できない weight=2
body: 任意 weight=2
body: 管理 weight=1
body: 変更 weight=0.5

[rights]
heading: 開示等の請求
heading: 開示等の請求手続き
heading: 保有個人データの開示
heading: 開示・訂正・利用停止
heading: 個人情報の開示
heading: お客様の権利
heading: ご本人の権利
heading: 開示請求
heading: 訂正 weight=2
heading: アクセス
body: 開示 weight=2.5
body: 開示等 weight=3
body: 訂正 weight=3
body: 追加 weight=1
body: 削除 weight=2
body: 利用停止 weight=3
body: 消去 weight=2
body: 第三者提供の停止 weight=3
body: 請求 weight=2
body: 保有個人データ weight=3
body: 手数料 weight=2
body: 本人確認 weight=1
body: 権利 weight=1.5
body: データポータビリティ weight=3
body: 異議 weight=2
body: 制限 weight=1.5
body: 監督機関 weight=2
body: 苦情 weight=1

[retention]
heading: 保存期間
heading: 保有期間
heading: 保管期間
heading: 情報の保存
heading: 個人情報の保存
heading: データの保持
heading: 保存期間について
body: 保存 weight=2
body: 保有 weight=1.5
body: 保管 weight=2
body: 保持 weight=2
body: 期間 weight=2
body: 保存期間 weight=2.5
body: 必要な期間 weight=2.5
body: 経過 weight=1.5
body: 遅滞なく weight=2
body: 消去 weight=2
body: 削除 weight=1
body: 廃棄 weight=2
body: 匿名化 weight=1.5
body: 年間 weight=1
body: 法令 weight=0.5

[security]
heading: 安全管理措置
heading: 安全管理
heading: 個人情報の安全管理
heading: セキュリティ
heading: 情報セキュリティ
heading: 安全対策
heading: セキュリティ対策
body: 安全管理 weight=2.5
body: 安全管理措置 weight=3
body: セキュリティ weight=2
body: 漏えい weight=3
body: 漏洩 weight=3
body: 滅失 weight=3
body: 毀損 weight=3
body: 不正アクセス weight=3
body: 暗号化 weight=3
body: SSL weight=3
body: TLS weight=2.5
body: ファイアウォール weight=2.5
body: 従業者 weight=2
body: 監督 weight=1.5
body: 組織的 weight=2
body: 人的 weight=2
body: 物理的 weight=2
body: 技術的 weight=2

[children]
heading: 子ども
heading: お子様
heading: 未成年者
heading: 未成年者の個人情報
heading: 子どものプライバシー
heading: 児童
heading: お子様の個人情報
body: 未成年者 weight=3
body: 子ども weight=2.5
body: お子様 weight=2.5
body: 児童 weight=2
body: 保護者 weight=3
body: 親権者 weight=3
body: 法定代理人 weight=2.5
body: 歳未満 weight=3
body: 未満 weight=1.5
body: 年齢 weight=1.5
body: 成年 weight=1.5
body: 保護者の同意 weight=2.5
body: COPPA weight=2.5

[international]
heading: 外国にある第三者 weight=2
heading: 国外移転
heading: 海外移転
heading: 越境移転
heading: 外国への移転
heading: 国際的な移転
heading: データの保存場所
body: 外国 weight=3
body: 国外 weight=3
body: 海外 weight=2.5
body: 移転 weight=2.5
body: 越境 weight=3
body: 外国にある第三者 weight=3
body: 個人情報保護制度 weight=2.5
body: 相当措置 weight=3
body: 十分性認定 weight=3
body: 標準契約条項 weight=3
body: サーバー weight=1.5
body: 所在 weight=1.5
body: 欧州経済領域 weight=2
body: 日本国外 weight=2.5
body: 国名 weight=1.5

[regional]
heading: 地域別の規定
heading: 地域ごとの補足
heading: 特定地域の居住者
heading: カリフォルニア州の居住者
heading: 欧州経済領域の居住者
heading: EEA居住者
body: カリフォルニア weight=3
body: カリフォルニア州 weight=3
body: 居住者 weight=2
body: 欧州経済領域 weight=2
body: EEA weight=2
body: EU weight=2
body: 英国 weight=1.5
body: スイス weight=1.5
body: 米国 weight=1.5
body: ネバダ weight=2.5
body: CCPA weight=2.5
body: CPRA weight=2
body: 地域 weight=1
body: 州 weight=1
body: 韓国 weight=1
body: 中国 weight=1

[third-party-sites]
heading: 外部サイト weight=2
heading: 外部リンク
heading: 第三者のサイト weight=2
heading: 他のウェブサイトへのリンク weight=2
heading: 第三者サービス weight=2
heading: 外部サービス
heading: 外部サイトへのリンク
heading: 第三者のウェブサイト weight=2
body: リンク weight=2.5
body: 外部サイト weight=2.5
body: 他のウェブサイト weight=2
body: 第三者のウェブサイト weight=2.5
body: 責任を負いません weight=2.5
body: 責任 weight=1.5
body: 一切 weight=1
body: ソーシャルメディア weight=1.5
body: SNS weight=1.5
body: プラグイン weight=2.5
body: 外部サービス weight=2
body: 遷移 weight=2
body: 移動 weight=1.5
body: 運営 weight=1
body: 各社 weight=1

[changes]
heading: 本ポリシーの変更
heading: プライバシーポリシーの変更
heading: 本方針の変更
heading: 改定
heading: 改訂
heading: 変更
heading: 改定履歴
body: 変更 weight=2
body: 改定 weight=2.5
body: 改訂 weight=2.5
body: 改正 weight=1.5
body: 最終改定日 weight=3
body: 制定日 weight=3
body: 施行日 weight=3
body: 効力 weight=2
body: 変更後 weight=2
body: 重要な変更 weight=2.5
body: 随時 weight=2
body: 最新 weight=1.5
body: 掲載 weight=1.5
body: 公表 weight=1.5
body: 通知 weight=1

[contact]
heading: お問い合わせ
heading: お問い合わせ窓口
heading: 連絡先
heading: 個人情報に関するお問い合わせ
heading: 苦情・相談窓口
heading: お客様相談窓口
heading: 個人情報保護管理者
body: お問い合わせ weight=2.5
body: 問い合わせ weight=2
body: 窓口 weight=2.5
body: 連絡先 weight=2
body: 受付時間 weight=2.5
body: 所在地 weight=2
body: 宛先 weight=1.5
body: 個人情報保護管理者 weight=3
body: 代表取締役 weight=2
body: 苦情 weight=1.5
body: 相談 weight=1.5
body: フォーム weight=1.5
body: 土日祝 weight=2
body: 電話 weight=1
body: メール weight=1
body: 株式会社 weight=1
