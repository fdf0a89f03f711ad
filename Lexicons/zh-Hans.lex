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

[intro]
heading: 引言
heading: 前言
heading: 概述
heading: 导言
heading: 适用范围
heading: 本政策的适用范围
heading: 关于本政策
heading: 隐私政策 weight=0.5   # document title; also inside other headings
body: 本隐私政策 weight=2
body: 本政策 weight=1.5
body: 适用于 weight=2
body: 非常重视 weight=2.5
body: 深知 weight=2
body: 尊重 weight=1
body: 保护您的隐私 weight=2
body: 仔细阅读 weight=2.5
body: 充分理解 weight=2.5
body: 即表示您同意 weight=2
body: 继续使用 weight=1.5
body: 运营者 weight=2
body: 有限公司 weight=1
body: 产品和服务 weight=0.5
body: 我们 weight=0.3

[definitions]
heading: 定义
heading: 术语定义
heading: 名词解释
heading: 释义
heading: 术语
heading: 定义和解释
heading: 本政策中的定义
body: 是指 weight=3
body: 指 weight=1.5
body: 下称 weight=2
body: 以下简称 weight=2.5
body: 含义 weight=2
body: 本政策中 weight=1
body: 个人信息主体 weight=2
body: 敏感个人信息 weight=1.5
body: 去标识化 weight=2
body: 匿名化 weight=1.5
body: 关联公司 weight=1
body: 包括但不限于 weight=0.5
body: 个人信息 weight=0.5
body: 用户 weight=0.3

[collection]
heading: 我们收集的信息
heading: 信息收集
heading: 我们如何收集信息
heading: 我们收集哪些信息
heading: 收集的个人信息
heading: 个人信息的收集
heading: 您提供的信息
heading: 自动收集的信息
heading: 我们如何收集和使用您的个人信息
heading: 信息来源 weight=2
heading: 来源 weight=1.5
body: 收集 weight=2.5
body: 自动收集 weight=2.5
body: 获取 weight=1.5
body: 您提供的 weight=1.5
body: 注册 weight=1
body: 姓名 weight=1.5
body: 手机号码 weight=1.5
body: 电子邮件地址 weight=1.5
body: 收货地址 weight=1.5
body: 设备信息 weight=2
body: 设备型号 weight=2
body: 设备标识符 weight=2
body: 操作系统 weight=1.5
body: IP地址 weight=1.5
body: 日志信息 weight=2
body: 位置信息 weight=1.5
body: 浏览记录 weight=1.5
body: 身份证 weight=1.5
body: 从第三方 weight=1
body: 来源 weight=0.5
body: 来源于 weight=1

[use]
heading: 我们如何使用信息
heading: 我们如何使用您的个人信息
heading: 信息的使用
heading: 信息使用
heading: 个人信息的使用
heading: 使用目的
heading: 我们使用信息的目的
heading: 个人信息的使用规则
heading: 如何使用 weight=2
heading: 目的 weight=2
body: 用于 weight=1.5
body: 使用 weight=0.5
body: 目的 weight=1
body: 提供服务 weight=1.5
body: 改进 weight=1.5
body: 优化 weight=1.5
body: 个性化 weight=2
body: 推荐 weight=1.5
body: 用户画像 weight=2.5
body: 分析 weight=1
body: 统计 weight=1
body: 身份验证 weight=1.5
body: 订单 weight=1
body: 客户服务 weight=1
body: 欺诈 weight=1
body: 研究 weight=1
body: 开发新产品 weight=1.5
body: 为了 weight=0.5

[legal-basis]
heading: 法律依据
heading: 处理的法律依据
heading: 处理个人信息的法律基础
heading: 法律基础
heading: 合法性基础
heading: 处理的合法依据
heading: 我们处理信息的依据
heading: 征得授权同意的例外
body: 依据 weight=1.5
body: 基于 weight=1
body: 合法利益 weight=3
body: 正当利益 weight=3
body: 合法权益 weight=1.5
body: 履行合同 weight=3
body: 合同 weight=1
body: 法定义务 weight=2.5
body: 法律义务 weight=2.5
body: 公共利益 weight=2
body: 重大利益 weight=2
body: 切身利益 weight=2
body: 合法性 weight=2
body: 所必需 weight=1.5
body: 无需征得 weight=2.5
body: 您的同意 weight=1

[consent]
heading: 同意
heading: 您的同意
heading: 撤回同意
heading: 同意的撤回
heading: 征得同意
heading: 授权同意
heading: 改变或撤回授权
heading: 如何撤回同意
body: 撤回 weight=3
body: 撤销 weight=2
body: 收回 weight=2
body: 同意 weight=1
body: 授权 weight=1.5
body: 征得 weight=2
body: 明示同意 weight=2.5
body: 单独同意 weight=2.5
body: 书面同意 weight=1.5
body: 勾选 weight=2
body: 点击同意 weight=2
body: 即视为 weight=1.5
body: 不影响 weight=1.5
body: 此前 weight=1
body: 取消授权 weight=2
body: 关闭权限 weight=1.5

[sharing]
heading: 信息共享
heading: 共享、转让、公开披露
heading: 我们如何共享信息
heading: 信息的共享与披露
heading: 信息披露
heading: 对外提供
heading: 与第三方共享
heading: 委托处理
heading: 第三方SDK
heading: 第三方信息共享清单
heading: 我们如何共享、转让、公开披露您的个人信息
body: 共享 weight=2.5
body: 披露 weight=2
body: 公开披露 weight=2
body: 转让 weight=2
body: 第三方 weight=1
body: 合作伙伴 weight=1.5
body: 关联公司 weight=2
body: 服务提供商 weight=2
body: 供应商 weight=1.5
body: 委托 weight=1.5
body: 合并 weight=1.5
body: 收购 weight=2
body: 破产 weight=1.5
body: 资产 weight=1
body: 出售 weight=2
body: 司法机关 weight=2
body: 执法部门 weight=2
body: 政府部门 weight=1.5
body: 法律程序 weight=1.5

[cookies]
heading: Cookie
heading: Cookies
heading: Cookie政策
heading: Cookie和同类技术
heading: Cookie及类似技术
heading: 我们如何使用Cookie
heading: 网络信标
heading: 追踪技术
body: Cookie weight=3
body: 小型数据文件 weight=2.5
body: 同类技术 weight=2
body: 类似技术 weight=1.5
body: 网站信标 weight=2.5
body: 网络信标 weight=2.5
body: 像素标签 weight=3
body: 像素 weight=1.5
body: 本地存储 weight=2
body: 持久性 weight=2
body: 会话 weight=1.5
body: 浏览器 weight=1.5
body: 清除 weight=1
body: 记住 weight=1.5
body: 日志文件 weight=1.5
body: SDK weight=1.5
body: Google Analytics weight=2.5
body: 跟踪 weight=1.5
body: 偏好 weight=1

[advertising]
heading: 广告
heading: 营销
heading: 广告与营销
heading: 个性化广告
heading: 营销信息
heading: 商业广告
heading: 推广信息
heading: 定向推送
body: 广告 weight=1.5
body: 广告商 weight=2
body: 广告主 weight=2.5
body: 投放 weight=2.5
body: 精准 weight=2
body: 定向 weight=2
body: 兴趣 weight=1.5
body: 推送 weight=1.5
body: 营销短信 weight=2.5
body: 促销 weight=2
body: 优惠 weight=1.5
body: 商业性信息 weight=2.5
body: 推广 weight=1.5
body: 广告联盟 weight=2.5
body: 广告标识符 weight=2.5
body: 展示 weight=1
body: 退订 weight=1.5

[do-not-track]
heading: 请勿追踪
heading: 请勿跟踪
heading: 禁止跟踪
heading: 不跟踪
heading: 请勿追踪信号
heading: 全球隐私控制
heading: Do Not Track
body: DNT weight=3
body: GPC weight=3
body: Global Privacy Control weight=3
body: Do Not Track weight=3
body: 信号 weight=2.5
body: 偏好信号 weight=3
body: 浏览器 weight=1
body: 响应 weight=1.5
body: 回应 weight=1.5
body: 统一标准 weight=2
body: 行业标准 weight=1.5
body: 尚未 weight=1
body: 机制 weight=1
body: 跟踪 weight=1
body: 追踪 weight=1

[choices]
heading: 您的选择
heading: 选择
heading: 您的选择权
heading: 选择退出
heading: 管理您的偏好
heading: 退订
heading: 您对信息的控制
heading: 营销信息的退订
body: 选择 weight=1.5
body: 退出 weight=1.5
body: 取消订阅 weight=2.5
body: 退订 weight=2.5
body: 偏好设置 weight=2
body: 关闭 weight=1.5
body: 设置 weight=1
body: 拒绝 weight=1.5
body: 不提供 weight=2
body: 可能无法 weight=2
body: 订阅 weight=1.5
body: 权限 weight=1.5
body: 系统权限 weight=2
body: 开启 weight=1
body: 自主 weight=1.5
body: 控制 weight=1
body: 功能 weight=0.5

[rights]
heading: 您的权利
heading: 用户权利
heading: 您享有的权利
heading: 个人信息主体的权利
heading: 数据主体权利
heading: 管理您的个人信息
heading: 您如何管理您的个人信息
heading: 访问和更正
heading: 访问 weight=1.5
heading: 更正
body: 权利 weight=1.5
body: 行使 weight=2.5
body: 访问 weight=1.5
body: 查阅 weight=2.5
body: 复制 weight=2
body: 副本 weight=2
body: 更正 weight=3
body: 补充 weight=1.5
body: 删除 weight=2
body: 注销账户 weight=2.5
body: 注销 weight=2
body: 可携带 weight=2.5
body: 反对 weight=2
body: 限制 weight=1.5
body: 自动化决策 weight=2
body: 解释说明 weight=1.5
body: 投诉 weight=2
body: 监管机构 weight=2
body: 请求 weight=1

[retention]
heading: 数据保留
heading: 信息保留
heading: 保存期限
heading: 保留期限
heading: 存储期限
heading: 个人信息的保存
heading: 我们如何保存信息
heading: 信息存储
body: 保留 weight=2.5
body: 保存 weight=2
body: 期限 weight=2.5
body: 保存时间 weight=2
body: 保留期 weight=2
body: 最短 weight=2
body: 所必需的期限 weight=2
body: 期满 weight=2.5
body: 到期 weight=1.5
body: 超出 weight=1.5
body: 不再需要 weight=2
body: 时限 weight=2
body: 销毁 weight=2
body: 匿名化处理 weight=2
body: 删除 weight=1
body: 存储 weight=1
body: 法律法规 weight=0.5

[security]
heading: 信息安全
heading: 数据安全
heading: 安全
heading: 安全措施
heading: 我们如何保护信息
heading: 我们如何保护您的个人信息
heading: 个人信息的保护
heading: 安全事件
body: 加密 weight=3
body: 安全措施 weight=2
body: 保护措施 weight=2
body: 技术措施 weight=2
body: SSL weight=3
body: TLS weight=2.5
body: 访问控制 weight=2.5
body: 防火墙 weight=2.5
body: 未经授权 weight=2.5
body: 泄露 weight=2.5
body: 篡改 weight=2.5
body: 毁损 weight=2
body: 丢失 weight=1.5
body: 安全事件 weight=2
body: 应急预案 weight=2.5
body: 等级保护 weight=2.5
body: 绝对安全 weight=2.5
body: 保密 weight=1.5
body: 培训 weight=1.5
body: 安全 weight=1

[children]
heading: 儿童隐私
heading: 儿童
heading: 未成年人
heading: 未成年人保护
heading: 未成年人信息的保护
heading: 儿童个人信息保护
heading: 我们如何处理儿童的个人信息
body: 儿童 weight=2.5
body: 未成年人 weight=2.5
body: 未成年 weight=2
body: 未满 weight=3
body: 年满 weight=1.5
body: 周岁 weight=3
body: 岁 weight=1
body: 监护人 weight=3
body: 监护 weight=2
body: 父母 weight=2
body: 家长 weight=2
body: 年龄 weight=1.5
body: 青少年 weight=1.5
body: 儿童个人信息 weight=2
body: COPPA weight=2.5

[international]
heading: 跨境传输
heading: 国际传输
heading: 信息的跨境转移
heading: 个人信息的存储地点
heading: 数据存储地点
heading: 信息存储和跨境传输
heading: 您的个人信息如何在全球范围转移
heading: 出境
body: 跨境 weight=3
body: 境外 weight=3
body: 境内 weight=2.5
body: 出境 weight=2.5
body: 海外 weight=2
body: 其他国家 weight=2
body: 国家或地区 weight=2
body: 传输 weight=1.5
body: 转移 weight=1.5
body: 服务器 weight=1.5
body: 标准合同条款 weight=3
body: 标准合同 weight=2.5
body: 充分性认定 weight=3
body: 欧洲经济区 weight=2
body: 数据保护水平 weight=2
body: 安全评估 weight=2
body: 司法管辖区 weight=2.5
body: 位于 weight=1

[regional]
heading: 特定地区的隐私声明
heading: 适用于特定地区的补充条款
heading: 地区性条款
heading: 加利福尼亚州居民
heading: 加州居民
heading: 加州隐私权
heading: 欧洲经济区用户
heading: 欧盟用户
body: 加利福尼亚 weight=3
body: 加州 weight=3
body: 居民 weight=2
body: 消费者隐私法 weight=3
body: CCPA weight=2.5
body: CPRA weight=2
body: 欧洲经济区 weight=2
body: 欧盟 weight=2
body: 英国 weight=1.5
body: 瑞士 weight=1.5
body: 美国 weight=1.5
body: 内华达 weight=2.5
body: 巴西 weight=2
body: 中国大陆 weight=1.5
body: 特别行政区 weight=1.5
body: 州 weight=1
body: 地区 weight=0.5

[third-party-sites]
heading: 第三方网站 weight=2
heading: 第三方链接 weight=2
heading: 第三方服务 weight=2
heading: 第三方网站和服务 weight=2
heading: 第三方产品和服务
heading: 外部链接
heading: 链接到其他网站
heading: 第三方插件
body: 链接 weight=2.5
body: 其他网站 weight=2
body: 外部网站 weight=2.5
body: 第三方网站 weight=2.5
body: 跳转 weight=2.5
body: 插件 weight=2
body: 不负责 weight=2.5
body: 不承担责任 weight=2
body: 无法控制 weight=2.5
body: 第三方运营 weight=2
body: 独立 weight=1.5
body: 社交媒体 weight=1.5
body: 分享按钮 weight=2
body: 接入 weight=1.5
body: 嵌入 weight=1.5
body: 建议您 weight=1
body: 隐私政策 weight=0.5

[changes]
heading: 本政策的变更
heading: 本政策的修订
heading: 本政策的修改
heading: 政策更新
heading: 政策变更
heading: 隐私政策的更新
heading: 本隐私政策如何更新
heading: 变更通知
body: 变更 weight=2
body: 修订 weight=2
body: 修改 weight=2
body: 更新 weight=1.5
body: 更新后的 weight=2
body: 最新版本 weight=2
body: 生效日期 weight=3
body: 更新日期 weight=3
body: 最近更新 weight=2.5
body: 生效 weight=2
body: 重大变更 weight=3
body: 不时 weight=2
body: 公告 weight=2
body: 弹窗 weight=2
body: 削减 weight=2.5
body: 发布 weight=1.5
body: 通知您 weight=1.5
body: 版本 weight=1.5

[contact]
heading: 联系我们
heading: 如何联系我们
heading: 联系方式
heading: 联系信息
heading: 意见与反馈
heading: 投诉与建议
heading: 个人信息保护负责人
body: 联系 weight=2
body: 联系我们 weight=2.5
body: 邮箱 weight=2
body: 电子邮件 weight=1
body: 电话 weight=1.5
body: 客服 weight=2
body: 热线 weight=2
body: 邮寄 weight=2
body: 地址 weight=1
body: 注册地址 weight=2.5
body: 负责人 weight=2
body: 数据保护官 weight=3
body: 疑问 weight=2
body: 意见 weight=1.5
body: 反馈 weight=2
body: 回复 weight=2
body: 工作日 weight=1.5
body: 投诉 weight=1
