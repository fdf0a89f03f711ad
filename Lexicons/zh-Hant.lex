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

[intro]
heading: 前言
heading: 引言
heading: 概述
heading: 適用範圍
heading: 本政策之適用範圍
heading: 隱私權政策 weight=0.5   # document title; also inside other headings
heading: 私隱政策 weight=0.5   # document title; also inside other headings
heading: 關於本政策
body: 本隱私權政策 weight=2
body: 本政策 weight=1.5
body: 適用於 weight=2
body: 非常重視 weight=2.5
body: 尊重 weight=1
body: 保護您的隱私 weight=2
body: 詳細閱讀 weight=2.5
body: 仔細閱讀 weight=2.5
body: 即表示您同意 weight=2
body: 繼續使用 weight=1.5
body: 說明 weight=1
body: 股份有限公司 weight=1.5
body: 有限公司 weight=1
body: 產品及服務 weight=0.5
body: 我們 weight=0.3

[definitions]
heading: 定義
heading: 名詞定義
heading: 用語定義
heading: 名詞解釋
heading: 釋義
heading: 詞彙定義
heading: 本政策中的定義
body: 是指 weight=3
body: 係指 weight=3
body: 指 weight=1.5
body: 下稱 weight=2
body: 以下簡稱 weight=2.5
body: 含義 weight=2
body: 意指 weight=2.5
body: 當事人 weight=1.5
body: 資料當事人 weight=2
body: 特種個人資料 weight=2
body: 敏感個人資料 weight=1.5
body: 去識別化 weight=2
body: 關係企業 weight=1
body: 包括但不限於 weight=0.5
body: 個人資料 weight=0.5

[collection]
heading: 我們蒐集的資料
heading: 我們收集的資料
heading: 我們收集的資訊
heading: 個人資料之蒐集
heading: 個人資料的收集
heading: 資料蒐集
heading: 蒐集之個人資料類別
heading: 我們如何收集資料
heading: 收集個人資料聲明
heading: 資料來源 weight=2
heading: 來源 weight=1.5
body: 蒐集 weight=3
body: 收集 weight=2.5
body: 自動收集 weight=2.5
body: 取得 weight=1.5
body: 您提供的 weight=1.5
body: 姓名 weight=1.5
body: 手機號碼 weight=1.5
body: 電話號碼 weight=1
body: 電子郵件地址 weight=1.5
body: 裝置資訊 weight=2
body: 裝置識別碼 weight=2
body: 作業系統 weight=1.5
body: IP位址 weight=2
body: 瀏覽紀錄 weight=1.5
body: 位置資訊 weight=1.5
body: 身分證 weight=1.5
body: 類別 weight=1
body: 註冊 weight=1
body: 來源 weight=0.5

[use]
heading: 我們如何使用資料
heading: 我們如何使用您的個人資料
heading: 個人資料之利用
heading: 資料的使用
heading: 蒐集之目的
heading: 使用目的
heading: 利用目的
heading: 個人資料的使用目的
heading: 如何使用 weight=2
heading: 如何利用 weight=2
heading: 目的 weight=2
body: 利用 weight=1.5
body: 用於 weight=1.5
body: 使用 weight=0.5
body: 目的 weight=1
body: 特定目的 weight=2.5
body: 提供服務 weight=1.5
body: 改善 weight=1.5
body: 優化 weight=1.5
body: 個人化 weight=2
body: 推薦 weight=1.5
body: 分析 weight=1
body: 統計 weight=1
body: 身分驗證 weight=1.5
body: 訂單 weight=1
body: 客戶服務 weight=1
body: 詐騙 weight=1
body: 研究 weight=1
body: 為了 weight=0.5

[legal-basis]
heading: 法律依據
heading: 處理的法律依據
heading: 處理個人資料的法律基礎
heading: 法律基礎
heading: 合法性基礎
heading: 合法依據
heading: 我們處理資料的依據
body: 依據 weight=1.5
body: 基於 weight=1
body: 正當利益 weight=3
body: 合法利益 weight=3
body: 合法權益 weight=1.5
body: 履行契約 weight=3
body: 契約 weight=1.5
body: 合約 weight=1.5
body: 法定義務 weight=2.5
body: 法律義務 weight=2.5
body: 公共利益 weight=2
body: 重大利益 weight=2
body: 合法性 weight=2
body: 所必要 weight=1.5
body: 您的同意 weight=1

[consent]
heading: 同意
heading: 您的同意
heading: 撤回同意
heading: 同意之撤回
heading: 取得同意
heading: 撤回同意的權利
heading: 如何撤回同意
body: 撤回 weight=3
body: 撤銷 weight=2
body: 同意 weight=1
body: 授權 weight=1.5
body: 取得您的同意 weight=2
body: 明示同意 weight=2.5
body: 書面同意 weight=1.5
body: 勾選 weight=2
body: 點選同意 weight=2
body: 即視為 weight=1.5
body: 不影響 weight=1.5
body: 撤回前 weight=1.5
body: 隨時 weight=1
body: 取消授權 weight=2

[sharing]
heading: 資料分享
heading: 資訊分享
heading: 個人資料之揭露
heading: 我們如何分享資料
heading: 與第三方分享
heading: 向第三人提供
heading: 資料的分享與揭露
heading: 資料轉移
heading: 委外處理
body: 分享 weight=2.5
body: 共享 weight=2
body: 揭露 weight=2.5
body: 披露 weight=2
body: 轉移 weight=1.5
body: 第三人 weight=2
body: 第三方 weight=1
body: 合作夥伴 weight=1.5
body: 關係企業 weight=2
body: 服務供應商 weight=2
body: 供應商 weight=1.5
body: 委外 weight=2
body: 委託 weight=1.5
body: 合併 weight=1.5
body: 收購 weight=2
body: 出售 weight=2
body: 司法機關 weight=2
body: 執法機關 weight=2
body: 政府機關 weight=1.5
body: 法律程序 weight=1.5

[cookies]
heading: Cookie
heading: Cookies
heading: Cookie政策
heading: Cookie及類似技術
heading: 我們如何使用Cookie
heading: 網路信標
heading: 追蹤技術
body: Cookie weight=3
body: 小型文字檔案 weight=2.5
body: 文字檔 weight=2
body: 類似技術 weight=1.5
body: 網路信標 weight=2.5
body: 像素標籤 weight=3
body: 像素 weight=1.5
body: 本機儲存 weight=2
body: 持續性 weight=2
body: 工作階段 weight=2
body: 瀏覽器 weight=1.5
body: 清除 weight=1
body: 記住 weight=1.5
body: 記錄檔 weight=1.5
body: Google Analytics weight=2.5
body: 追蹤 weight=1.5
body: 偏好 weight=1

[advertising]
heading: 廣告
heading: 行銷
heading: 廣告與行銷
heading: 個人化廣告
heading: 行銷資訊
heading: 直接促銷
heading: 推廣資訊
heading: 行銷活動
body: 廣告 weight=1.5
body: 廣告商 weight=2
body: 廣告主 weight=2.5
body: 投放 weight=2.5
body: 精準 weight=2
body: 興趣 weight=1.5
body: 推播 weight=2
body: 促銷 weight=2
body: 直接促銷 weight=2.5
body: 優惠 weight=1.5
body: 電子報 weight=2.5
body: 推廣 weight=1.5
body: 廣告聯播網 weight=3
body: 廣告識別碼 weight=2.5
body: 行銷 weight=1.5
body: 展示 weight=1
body: 退訂 weight=1.5

[do-not-track]
heading: 請勿追蹤
heading: 拒絕追蹤
heading: 不追蹤
heading: 請勿追蹤訊號
heading: 全球隱私控制
heading: Do Not Track
body: DNT weight=3
body: GPC weight=3
body: Global Privacy Control weight=3
body: Do Not Track weight=3
body: 訊號 weight=2.5
body: 信號 weight=2.5
body: 瀏覽器 weight=1
body: 回應 weight=1.5
body: 統一標準 weight=2
body: 業界標準 weight=2
body: 尚未 weight=1
body: 機制 weight=1
body: 追蹤 weight=1
body: 偏好 weight=1

[choices]
heading: 您的選擇
heading: 選擇
heading: 您的選擇權
heading: 選擇退出
heading: 管理您的偏好設定
heading: 取消訂閱
heading: 您對資料的控制
body: 選擇 weight=1.5
body: 退出 weight=1.5
body: 取消訂閱 weight=2.5
body: 退訂 weight=2.5
body: 偏好設定 weight=2
body: 關閉 weight=1.5
body: 設定 weight=1
body: 拒絕 weight=1.5
body: 不提供 weight=2
body: 可能無法 weight=2
body: 訂閱 weight=1.5
body: 權限 weight=1.5
body: 停用 weight=1.5
body: 開啟 weight=1
body: 控制 weight=1
body: 功能 weight=0.5

[rights]
heading: 您的權利
heading: 您的個人資料權利
heading: 當事人權利
heading: 資料當事人的權利
heading: 您可行使的權利
heading: 查閱及改正
heading: 查詢或請求閱覽
heading: 管理您的個人資料
heading: 存取 weight=1.5
heading: 更正
body: 權利 weight=1.5
body: 行使 weight=2.5
body: 查詢 weight=1.5
body: 閱覽 weight=2.5
body: 查閱 weight=2.5
body: 複製本 weight=3
body: 副本 weight=2
body: 補充 weight=1.5
body: 更正 weight=3
body: 改正 weight=2.5
body: 停止蒐集 weight=3
body: 刪除 weight=2
body: 可攜 weight=2.5
body: 反對 weight=2
body: 限制 weight=1.5
body: 申訴 weight=2
body: 主管機關 weight=2
body: 請求 weight=1

[retention]
heading: 資料保存
heading: 資料保留
heading: 保存期間
heading: 保存期限
heading: 保留期限
heading: 個人資料之保存
heading: 我們保存資料的期間
heading: 資料儲存
body: 保存 weight=2
body: 保留 weight=2.5
body: 期間 weight=2
body: 期限 weight=2.5
body: 保存期間 weight=2.5
body: 存續期間 weight=2.5
body: 最短 weight=2
body: 屆滿 weight=2.5
body: 特定目的消失 weight=3
body: 不再需要 weight=2
body: 銷毀 weight=2
body: 刪除 weight=1
body: 匿名化 weight=1.5
body: 儲存 weight=1
body: 法令 weight=0.5

[security]
heading: 資訊安全
heading: 資料安全
heading: 安全
heading: 安全措施
heading: 安全維護
heading: 我們如何保護您的資料
heading: 個人資料的保護
heading: 資料保安
body: 加密 weight=3
body: 安全措施 weight=2
body: 保護措施 weight=2
body: 安全維護 weight=2.5
body: 保安 weight=2
body: SSL weight=3
body: TLS weight=2.5
body: 存取控制 weight=2.5
body: 防火牆 weight=2.5
body: 未經授權 weight=2.5
body: 外洩 weight=2.5
body: 竄改 weight=2.5
body: 遺失 weight=1.5
body: 毀損 weight=2
body: 資安事件 weight=2.5
body: 絕對安全 weight=2.5
body: 保密 weight=1.5
body: 教育訓練 weight=1.5
body: 安全 weight=1

[children]
heading: 兒童隱私
heading: 兒童
heading: 未成年人
heading: 未成年人保護
heading: 兒童的個人資料
heading: 兒童及未成年人
heading: 兒童私隱
body: 兒童 weight=2.5
body: 未成年人 weight=2.5
body: 未成年 weight=2
body: 未滿 weight=3
body: 年滿 weight=1.5
body: 歲 weight=1
body: 法定代理人 weight=3
body: 監護人 weight=3
body: 父母 weight=2
body: 家長 weight=2
body: 年齡 weight=1.5
body: 青少年 weight=1.5
body: 成年 weight=1.5
body: COPPA weight=2.5

[international]
heading: 跨境傳輸
heading: 國際傳輸
heading: 資料跨境傳輸
heading: 國際資料傳輸
heading: 資料的儲存地點
heading: 資料移轉至境外
heading: 資料轉移至香港以外地區
body: 跨境 weight=3
body: 境外 weight=3
body: 國際傳輸 weight=2.5
body: 海外 weight=2
body: 其他國家 weight=2
body: 國家或地區 weight=2
body: 傳輸 weight=1.5
body: 移轉 weight=2
body: 轉移 weight=1.5
body: 伺服器 weight=1.5
body: 標準契約條款 weight=3
body: 標準合約條款 weight=3
body: 適足性認定 weight=3
body: 歐洲經濟區 weight=2
body: 司法管轄區 weight=2.5
body: 香港以外 weight=2
body: 位於 weight=1

[regional]
heading: 特定地區的隱私聲明
heading: 特定地區的補充條款
heading: 地區性條款
heading: 加州居民
heading: 加州隱私權
heading: 加利福尼亞州居民
heading: 歐洲經濟區使用者
heading: 歐盟使用者
body: 加州 weight=3
body: 加利福尼亞 weight=3
body: 居民 weight=2
body: 消費者隱私法 weight=3
body: CCPA weight=2.5
body: CPRA weight=2
body: 歐洲經濟區 weight=2
body: 歐盟 weight=2
body: 英國 weight=1.5
body: 瑞士 weight=1.5
body: 美國 weight=1.5
body: 巴西 weight=2
body: 香港 weight=1
body: 澳門 weight=1.5
body: 中國大陸 weight=1.5
body: 州 weight=1
body: 地區 weight=0.5

[third-party-sites]
heading: 第三方網站 weight=2
heading: 第三方連結 weight=2
heading: 第三方服務 weight=2
heading: 第三方網站及服務
heading: 外部連結
heading: 連結至其他網站
heading: 第三方外掛程式
body: 連結 weight=2.5
body: 超連結 weight=2.5
body: 其他網站 weight=2
body: 外部網站 weight=2.5
body: 第三方網站 weight=2.5
body: 外掛程式 weight=2.5
body: 不負責 weight=2.5
body: 不承擔 weight=2
body: 無法控制 weight=2.5
body: 獨立 weight=1.5
body: 社群媒體 weight=1.5
body: 社交媒體 weight=1.5
body: 分享按鈕 weight=2
body: 嵌入 weight=1.5
body: 建議您 weight=1
body: 隱私權政策 weight=0.5

[changes]
heading: 本政策之修訂
heading: 本政策的變更
heading: 隱私權政策之修訂
heading: 政策更新
heading: 政策變更
heading: 隱私政策的修改
heading: 修訂通知
body: 修訂 weight=2
body: 修改 weight=2
body: 修正 weight=2
body: 變更 weight=2
body: 更新 weight=1.5
body: 最新版本 weight=2
body: 生效日期 weight=3
body: 更新日期 weight=3
body: 最後更新 weight=2.5
body: 生效 weight=2
body: 重大變更 weight=3
body: 不時 weight=2
body: 公告 weight=2
body: 發布 weight=1.5
body: 通知您 weight=1.5
body: 版本 weight=1.5

[contact]
heading: 聯絡我們
heading: 與我們聯繫
heading: 如何聯絡我們
heading: 聯絡方式
heading: 聯絡資訊
heading: 意見與回饋
heading: 查詢
body: 聯絡 weight=2
body: 聯繫 weight=2
body: 聯絡我們 weight=2.5
body: 電子信箱 weight=2
body: 電子郵件 weight=1
body: 電話 weight=1.5
body: 客服 weight=2
body: 客服中心 weight=2
body: 專線 weight=2
body: 郵寄 weight=2
body: 地址 weight=1
body: 資料保護主任 weight=3
body: 私隱主任 weight=3
body: 疑問 weight=2
body: 意見 weight=1.5
body: 回饋 weight=2
body: 回覆 weight=2
body: 查詢 weight=1.5
