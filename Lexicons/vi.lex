# Vietnamese lexicon. Vietnamese does not inflect, so there are no affixes and no trailing *;
# words are syllables separated by spaces and terms are written as such.
# Tone and vowel marks distinguish words (ma, má, mà, mã, mạ, mả), hence no accent folding.
# Two placements of the tone mark coexist (old "hoà, thoả, tuỳ, xoá, lí" and new "hòa, thỏa,
# tùy, xóa, lý"); NFKC does not unify them, so key terms are listed in both spellings.
@language vi
@name Vietnamese
@fold-accents no

[profile]
# Function words first, then syllables frequent in privacy policies. Vietnamese has no
# close relative among the shipped languages; its marked letters (đ, ư, ơ, ă, â, ê, ô) are
# distinctive on their own, so every word keeps weight 1. Loanwords written as in English
# (email, cookie, website) get 0.5.
và
của
các
là
được
có
cho
trong
với
không
này
những
để
một
người
khi
từ
về
theo
hoặc
đến
bạn
chúng
tôi
đã
sẽ
cũng
như
nếu
thì

nhưng
bởi
do
tại
trên
ra
vào
sau
trước
đó
đây
nào
bất
kỳ
mọi
mỗi
nhiều
rất
đang
còn
chỉ
hay
cả
nhằm
qua
giữa
dưới
ngoài
lại
thể
cần
phải
việc
sự
bị
nên
hơn
vẫn

ai
đều
chưa
tất
họ
cùng
nơi
ở
làm
nhất
điều
số
loại
trường
hợp
thời
gian
năm
ngày
khác
hãy
xin
vui
lòng
quý
khách
hàng
thông
tin
dữ
liệu

nhân
quyền
riêng
chính
sách
bảo
mật
vệ
dịch
vụ
sử
dụng
thu
thập
trang
web
cung
cấp
xử

bên
thứ
ba
chia
sẻ
lưu
trữ
truy
cập
đồng
ý
pháp
luật
yêu
cầu
mục
đích
liên
hệ
địa
email weight=0.5
điện
thoại
trẻ
em
quảng
cáo
tiếp
thị
thay
đổi
cookie weight=0.5
website weight=0.5
thiết
trình
duyệt
công
ty
ứng
tài
khoản
an
toàn
biện
quy
định
nghĩa
cơ
sở
quan
nhà
nước
đối
tác
mạng
xã
hội
trực
tuyến
đăng

phép

[units]
# No plural forms. "năm" is also the number five; "tiếng" (hours) is colloquial.
year: năm
month: tháng
week: tuần
day: ngày
hour: giờ, tiếng
minute: phút
business-day: ngày làm việc

[numbers]
# "tư" is 4 in compounds and formal counting, "lăm" is 5 after "mươi"/"mười".
1: một
2: hai
3: ba
4: bốn, tư
5: năm, lăm
6: sáu
7: bảy
8: tám
9: chín
10: mười
11: mười một
12: mười hai
13: mười ba
14: mười bốn
15: mười lăm
16: mười sáu
18: mười tám
20: hai mươi
24: hai mươi bốn, hai mươi tư
30: ba mươi
45: bốn mươi lăm
60: sáu mươi
72: bảy mươi hai
90: chín mươi
100: một trăm, trăm

[references]
# Vietnam's own Personal Data Protection Law (Luật Bảo vệ dữ liệu cá nhân) is filed under
# pdpa, its English name; Decree 13/2023/NĐ-CP has no canonical id and is not listed.
# PIPL is given with "của trung quốc": the bare "luật bảo vệ thông tin cá nhân" also
# occurs inside the PIPEDA and APPI names.
gdpr: quy định chung về bảo vệ dữ liệu, quy định bảo vệ dữ liệu chung, gdpr
ccpa: đạo luật quyền riêng tư của người tiêu dùng california, ccpa
cpra: đạo luật về quyền riêng tư california, cpra
coppa: đạo luật bảo vệ quyền riêng tư trực tuyến của trẻ em, coppa
pdpa: đạo luật bảo vệ dữ liệu cá nhân, luật bảo vệ dữ liệu cá nhân, pdpa
lgpd: luật chung về bảo vệ dữ liệu của brazil, lgpd
pipeda: đạo luật bảo vệ thông tin cá nhân và văn bản điện tử, pipeda
appi: đạo luật về bảo vệ thông tin cá nhân, appi
pipl: luật bảo vệ thông tin cá nhân của trung quốc, pipl

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
điều khoản sử dụng
điều khoản dịch vụ
điều khoản và điều kiện
điều khoản và điều kiện sử dụng
luật điều chỉnh
luật pháp điều chỉnh
luật áp dụng
luật áp dụng và thẩm quyền giải quyết
luật điều chỉnh và giải quyết tranh chấp
luật điều chỉnh và thẩm quyền xét xử
thẩm quyền tài phán
quyền tài phán
thẩm quyền xét xử
tính độc lập của các điều khoản
hiệu lực từng phần
toàn bộ thỏa thuận
toàn bộ thoả thuận
thỏa thuận toàn bộ
thoả thuận toàn bộ
không từ bỏ quyền
sự kiện bất khả kháng
bất khả kháng
tuyên bố miễn trừ trách nhiệm
miễn trừ trách nhiệm
giới hạn trách nhiệm
giới hạn trách nhiệm pháp lý
bản dịch
các bản dịch
bản dịch khác
các bản dịch khác
phiên bản ngôn ngữ
bản tiếng anh được ưu tiên áp dụng
giấy phép
bản quyền
lời cảm ơn
mục lục

# ---------------------------------------------------------------------------------------
# "chính sách bảo mật" is the usual name of the privacy policy itself, so "bảo mật" alone
# says little about the security section and stays low there.
sở hữu trí tuệ
quyền sở hữu trí tuệ
bản quyền và sở hữu trí tuệ
ngôn ngữ
thông báo ngôn ngữ

[intro]
heading: giới thiệu weight=1 concept=introduction
heading: tổng quan weight=1 concept=summary
heading: phạm vi áp dụng weight=1 concept=scope
heading: về chính sách này weight=1 concept=about-this-policy
heading: chúng tôi là ai weight=1 concept=who-we-are
heading: đối tượng áp dụng weight=1 concept=scope
heading: chính sách quyền riêng tư weight=0.5 concept=privacy-policy-title
heading: chính sách bảo mật weight=0.5 concept=privacy-policy-title
body: chính sách này mô tả weight=2.5 concept=policy-describes
body: chính sách này áp dụng weight=2.5 concept=policy-applies-to
body: áp dụng cho weight=1.5 concept=policy-applies-to
body: không áp dụng weight=1.5 concept=policy-applies-to
body: phạm vi weight=1.5 concept=policy-applies-to
body: bằng việc sử dụng weight=2 concept=by-using
body: bằng việc truy cập weight=2 concept=by-using
body: khi sử dụng weight=1 concept=by-using
body: chấp nhận weight=1.5 concept=acceptance-of-policy
body: nếu bạn không đồng ý weight=2 concept=if-you-do-not-agree
body: cam kết weight=1.5 concept=committed-to-privacy
body: tôn trọng quyền riêng tư weight=2 concept=committed-to-privacy
body: sau đây gọi là weight=2 concept=referred-to-as
body: điều khoản sử dụng weight=1 concept=terms-of-use
body: vui lòng đọc kỹ weight=2 concept=please-read
body: mô tả cách weight=1.5 concept=policy-describes
# Added with the shared concept inventory (concepts.txt).
heading: lời mở đầu concept=introduction
heading: tóm tắt concept=summary
heading: những điểm chính concept=summary
heading: về thông báo này concept=about-this-policy
heading: phạm vi concept=scope
heading: phạm vi của chính sách này concept=scope
heading: về chúng tôi weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
heading: cam kết của chúng tôi về quyền riêng tư concept=commitment-to-privacy
heading: cam kết bảo vệ quyền riêng tư concept=commitment-to-privacy
heading: sự chấp thuận của bạn concept=acceptance
heading: chấp nhận chính sách concept=acceptance
heading: thông báo về quyền riêng tư weight=0.5 concept=privacy-policy-title
heading: chính sách về quyền riêng tư weight=0.5 concept=privacy-policy-title
body: chính sách này giải thích weight=2.5 concept=policy-describes
body: điều khoản dịch vụ weight=1 concept=terms-of-use
body: chính sách quyền riêng tư này weight=0.5 concept=this-privacy-policy
body: chính sách bảo mật này weight=0.5 concept=this-privacy-policy
body: quyền riêng tư weight=0.3 concept=privacy
body: trang web weight=0.3 concept=website
body: ứng dụng weight=0.3 concept=website
body: dịch vụ weight=0.3 concept=services
body: công ty weight=0.3 concept=company
# "Purpose of this policy" names the document (weight 2 as in English), not a use.
heading: mục đích của chính sách này weight=2 concept=about-this-policy
heading: mục đích của chính sách weight=2 concept=about-this-policy
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
heading: tóm lược concept=summary
heading: tóm tắt nhanh concept=summary

[definitions]
heading: định nghĩa weight=1 concept=definitions
heading: giải thích từ ngữ weight=1 concept=interpretation
heading: thuật ngữ weight=1 concept=key-terms
heading: các định nghĩa weight=1 concept=definitions
heading: diễn giải weight=1 concept=interpretation
heading: thuật ngữ được sử dụng weight=1 concept=key-terms
body: có nghĩa là weight=3 concept=means
body: được hiểu là weight=3 concept=means
body: là bất kỳ weight=2 concept=personal-data-means
body: được định nghĩa weight=2.5 concept=means
body: dùng để chỉ weight=2.5 concept=refers-to
body: trong chính sách này weight=1 concept=as-used-in-this-policy
body: cho mục đích của chính sách này weight=2.5 concept=as-used-in-this-policy
body: các từ ngữ dưới đây weight=3 concept=defined-terms-intro
body: viết hoa weight=2.5 concept=defined-terms-intro
body: chủ thể dữ liệu weight=1.5 concept=gdpr-roles
body: bên kiểm soát dữ liệu weight=1.5 concept=gdpr-roles
body: bên xử lý dữ liệu weight=1.5 concept=gdpr-roles
body: thể nhân weight=2 concept=identifiable-person
body: xác định được weight=2 concept=identifiable-person
body: bao gồm weight=0.5 concept=includes
# Added with the shared concept inventory (concepts.txt).
heading: bảng thuật ngữ concept=key-terms
heading: các thuật ngữ chính concept=key-terms
heading: định nghĩa và giải thích từ ngữ concept=interpretation
heading: chúng tôi muốn nói gì khi dùng concept=what-we-mean-by
heading: thế nào là dữ liệu cá nhân concept=what-we-mean-by
body: dữ liệu cá nhân là weight=3 concept=personal-data-means
body: dữ liệu cá nhân có nghĩa là weight=3 concept=personal-data-means
body: sau đây gọi tắt là weight=2 concept=hereinafter
body: sau đây gọi là weight=2 concept=hereinafter
body: người dùng weight=0.3 concept=user
body: dữ liệu cá nhân weight=0.2 concept=personal-data
# "Một số khái niệm", "Các khái niệm" (notions) introduce the defined terms.
heading: khái niệm concept=key-terms

[collection]
heading: thông tin chúng tôi thu thập weight=1 concept=what-we-collect
heading: dữ liệu chúng tôi thu thập weight=1 concept=what-we-collect
heading: thu thập thông tin weight=1 concept=collection-of-information
heading: thu thập dữ liệu cá nhân weight=1 concept=collection-of-information
heading: các loại thông tin được thu thập weight=1 concept=categories-of-data
heading: nguồn thông tin weight=1 concept=sources-of-information
heading: thông tin bạn cung cấp weight=1 concept=information-you-provide
heading: thông tin được thu thập tự động weight=1 concept=collected-automatically
body: thu thập weight=2.5 concept=we-collect
body: chúng tôi thu thập weight=2.5 concept=we-collect
body: thu nhận weight=1.5 concept=we-collect
body: bạn cung cấp weight=2 concept=you-provide
body: cung cấp cho chúng tôi weight=1.5 concept=you-provide
body: tự động weight=2 concept=automatically
body: loại dữ liệu cá nhân weight=2.5 concept=data-categories
body: nguồn weight=1.5 concept=sources
# A list of the data handled, announced in the text (en: "the following data is processed:").
body: các dữ liệu sau weight=2.5 concept=following-data
body: các thông tin sau weight=2.5 concept=following-data
body: những thông tin sau weight=2.5 concept=following-data
body: dữ liệu sau đây weight=2.5 concept=following-data
body: thông tin sau đây weight=2.5 concept=following-data
body: họ tên weight=1.5 concept=name
body: địa chỉ email weight=1.5 concept=contact-details
body: số điện thoại weight=1.5 concept=contact-details
body: địa chỉ ip weight=2 concept=device-data
body: loại trình duyệt weight=2 concept=device-data
body: hệ điều hành weight=2 concept=device-data
body: vị trí weight=1.5 concept=location-data
body: mã định danh thiết bị weight=2 concept=device-data
body: dữ liệu nhật ký weight=1.5 concept=usage-data
body: nhân khẩu học weight=1.5 concept=demographic-data
body: đăng ký weight=1 concept=forms
body: biểu mẫu weight=1.5 concept=forms
body: thông tin thanh toán weight=1.5 concept=payment-data
# Added with the shared concept inventory (concepts.txt).
heading: thông tin được thu thập concept=what-we-collect
heading: dữ liệu cá nhân chúng tôi thu thập concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions"; a bare "quyền" is a right.
heading: quyền ứng dụng concept=what-we-collect
heading: quyền của ứng dụng concept=what-we-collect
heading: quyền truy cập của ứng dụng weight=3 concept=what-we-collect
heading: nguồn dữ liệu cá nhân concept=sources-of-information
heading: thông tin bạn cung cấp cho chúng tôi concept=information-you-provide
heading: biểu mẫu liên hệ weight=3 concept=information-you-provide
heading: thông tin chúng tôi thu thập tự động concept=collected-automatically
heading: cách chúng tôi thu thập thông tin concept=how-we-collect
heading: cách chúng tôi thu thập thông tin của bạn concept=how-we-collect
heading: các loại dữ liệu cá nhân concept=categories-of-data
body: các loại thông tin cá nhân weight=2.5 concept=data-categories
body: công khai weight=2 concept=publicly-available
body: nguồn công khai weight=2 concept=publicly-available
body: dữ liệu vị trí weight=2 concept=location-data
body: định vị weight=2 concept=location-data
body: dữ liệu sử dụng weight=2 concept=usage-data
body: địa chỉ bưu chính weight=1.5 concept=contact-details
body: thông tin thẻ weight=1 concept=payment-data
body: tên weight=1 concept=name
body: tài khoản weight=0.3 concept=account
body: thông tin weight=0.1 concept=information
# E-commerce policies: "(Mục đích và) phạm vi thu thập thông tin" (extent of collection, not
# the policy's scope).
heading: phạm vi thu thập weight=2 concept=collection-of-information
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: báo cáo sự cố concept=collected-automatically
heading: dữ liệu chẩn đoán concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: ở lại trên thiết bị của bạn weight=2 concept=on-device-data
heading: vẫn nằm trên thiết bị của bạn weight=2 concept=on-device-data
heading: xử lý cục bộ weight=2 concept=on-device-data
heading: dữ liệu được xử lý cục bộ weight=2 concept=on-device-data
heading: xử lý trên thiết bị weight=2 concept=on-device-data
heading: xử lý ngay trên thiết bị weight=2 concept=on-device-data
body: báo cáo sự cố weight=2 concept=usage-data
body: nhật ký sự cố weight=2 concept=usage-data
body: nhật ký gỡ lỗi weight=2.5 concept=usage-data
body: dữ liệu chẩn đoán weight=2 concept=usage-data
body: mã thông báo đẩy weight=2.5 concept=device-data
body: push token weight=2.5 concept=device-data

[use]
heading: cách chúng tôi sử dụng thông tin weight=1 concept=how-we-use
heading: cách chúng tôi sử dụng thông tin của bạn weight=1 concept=how-we-use
heading: sử dụng thông tin weight=1 concept=use-of-information
heading: mục đích sử dụng thông tin weight=1 concept=purposes-of-processing
heading: mục đích xử lý dữ liệu weight=1 concept=purposes-of-processing
heading: mục đích thu thập weight=1 concept=why-we-collect
heading: chúng tôi sử dụng thông tin của bạn để làm gì weight=1 concept=how-we-use
body: chúng tôi sử dụng weight=2 concept=we-use
body: mục đích weight=1.5 concept=purposes
body: cho các mục đích sau weight=2.5 concept=following-purposes
body: cung cấp dịch vụ weight=1.5 concept=to-provide
body: cải thiện weight=1.5 concept=to-improve
body: cá nhân hóa weight=2 concept=to-personalise
body: cá nhân hoá weight=2 concept=to-personalise
body: tùy chỉnh weight=1.5 concept=to-personalise
body: xử lý đơn hàng weight=2 concept=to-process-transactions
body: liên lạc với bạn weight=2 concept=to-communicate
body: phản hồi weight=1.5 concept=to-respond
body: phân tích weight=1.5 concept=to-analyse
body: nghiên cứu weight=1.5 concept=research
body: ngăn chặn gian lận weight=2 concept=to-prevent-fraud
body: lập hồ sơ weight=2 concept=profiling
body: ra quyết định tự động weight=2 concept=automated-decisions
body: quản lý tài khoản weight=1.5 concept=to-administer
body: xác minh danh tính weight=1.5
body: phát triển sản phẩm weight=2 concept=to-develop
# Added with the shared concept inventory (concepts.txt).
heading: sử dụng dữ liệu cá nhân concept=use-of-information
heading: mục đích xử lý concept=purposes-of-processing
heading: tại sao chúng tôi thu thập thông tin của bạn concept=why-we-collect
heading: xử lý dữ liệu cá nhân concept=processing-of-personal-data
heading: cách chúng tôi xử lý dữ liệu cá nhân của bạn concept=processing-of-personal-data
body: tuỳ chỉnh weight=1.5 concept=to-personalise
body: thực hiện đơn hàng weight=1.5 concept=to-fulfil
body: thực hiện hợp đồng weight=1.5 concept=to-fulfil
body: gửi cho bạn weight=1 concept=to-send
body: hỗ trợ khách hàng weight=1.5 concept=to-respond
body: thống kê weight=1 concept=to-analyse
body: khắc phục sự cố weight=2 concept=to-troubleshoot
body: nghiên cứu thị trường weight=2 concept=research
body: xử lý thanh toán weight=1.5 concept=to-process-transactions
body: xử lý giao dịch weight=1.5 concept=to-process-transactions
body: tuân thủ pháp luật weight=1 concept=to-comply-with-law
body: quản trị weight=1.5 concept=to-administer
heading: phạm vi sử dụng weight=2 concept=use-of-information
heading: tại sao chúng tôi thu thập weight=3 concept=why-we-collect
heading: vì sao chúng tôi thu thập weight=3 concept=why-we-collect
# Purpose headings asked with other verbs ("Tại sao chúng tôi xử lý dữ liệu của bạn") and
# "cho các mục đích sau".
heading: tại sao chúng tôi xử lý concept=why-we-collect
heading: vì sao chúng tôi xử lý concept=why-we-collect
heading: tại sao chúng tôi sử dụng concept=why-we-collect
heading: cho các mục đích sau concept=purposes-of-processing
heading: quyết định tự động concept=automated-decision-making
heading: ra quyết định tự động hóa concept=automated-decision-making
heading: quyết định tự động hóa concept=automated-decision-making

[legal-basis]
heading: cơ sở pháp lý weight=1 concept=legal-basis
heading: cơ sở pháp lý cho việc xử lý weight=1 concept=legal-basis
heading: căn cứ pháp lý weight=1 concept=legal-basis
heading: căn cứ xử lý dữ liệu weight=1 concept=legal-basis
heading: cơ sở pháp lý để xử lý dữ liệu cá nhân weight=1 concept=legal-basis
heading: lý do xử lý weight=1 concept=why-allowed
# The legal-basis words ("legal basis", "legitimate interests", "Art. 6", "on the basis of", GDPR) stand in
# every subsection of a translated European policy (a plug-in, a host, a form): in a text they weigh
# less than the practice it describes; the headings still name a legal-basis section.
body: lợi ích hợp pháp weight=2 concept=legitimate-interests
body: lợi ích chính đáng weight=2 concept=legitimate-interests
body: thực hiện hợp đồng weight=3 concept=performance-of-contract
body: hợp đồng với bạn weight=2 concept=performance-of-contract
body: nghĩa vụ pháp lý weight=2.5 concept=legal-obligation
body: tuân thủ nghĩa vụ weight=2 concept=legal-obligation
body: lợi ích sống còn weight=3 concept=vital-interests
body: lợi ích công cộng weight=2.5 concept=public-interest
body: điều 6 weight=2 concept=article-6 # GDPR Article 6
body: cân bằng weight=2 concept=balancing-test
body: quyền và tự do cơ bản weight=2.5 concept=balancing-test
body: dựa trên weight=1 concept=on-the-basis-of
body: trên cơ sở weight=1.5 concept=on-the-basis-of
body: hợp pháp weight=1 concept=lawful
body: sự đồng ý weight=1 concept=consent-as-basis
body: gdpr weight=0.5
# Added with the shared concept inventory (concepts.txt).
heading: tại sao chúng tôi được phép xử lý dữ liệu của bạn concept=why-allowed
heading: chúng tôi xử lý dữ liệu của bạn dựa trên cơ sở nào concept=why-allowed
body: cơ sở pháp lý weight=2 concept=legal-basis-term
body: căn cứ pháp lý weight=2 concept=legal-basis-term
body: việc xử lý là cần thiết weight=2.5 concept=processing-necessary
body: cần thiết weight=0.5 concept=necessary
heading: căn cứ xử lý weight=2 concept=legal-basis
heading: cơ sở xử lý weight=2 concept=legal-basis
heading: được phép xử lý concept=why-allowed
heading: dựa trên cơ sở nào concept=why-allowed
heading: căn cứ nào concept=why-allowed

[consent]
heading: sự đồng ý weight=1 concept=your-consent
heading: sự đồng ý của bạn weight=1 concept=your-consent
heading: rút lại sự đồng ý weight=1 concept=withdrawal-of-consent
heading: đồng ý và rút lại sự đồng ý weight=1 concept=withdrawal-of-consent
heading: cách rút lại sự đồng ý weight=1 concept=withdrawal-of-consent
heading: chấp thuận weight=1 concept=your-consent
body: đồng ý weight=2 concept=you-consent
body: rút lại weight=3 concept=withdraw
body: thu hồi weight=2.5 concept=withdraw
body: hủy bỏ weight=1.5 concept=withdraw
body: huỷ bỏ weight=1.5 concept=withdraw
body: bất cứ lúc nào weight=1 concept=at-any-time
body: bất kỳ lúc nào weight=1 concept=at-any-time
body: đồng ý rõ ràng weight=2.5 concept=explicit-consent
body: đồng ý một cách tự nguyện weight=2.5 concept=freely-given
body: tự nguyện weight=2 concept=freely-given
body: cho phép weight=1.5 concept=permission
body: được coi là weight=1.5 concept=you-agree
body: đổi ý weight=2 concept=change-your-mind
body: tính hợp pháp của việc xử lý weight=2.5 concept=without-affecting-lawfulness
body: trước khi rút lại weight=2.5 concept=without-affecting-lawfulness
# Added with the shared concept inventory (concepts.txt).
body: bạn đồng ý với weight=1.5 concept=you-agree
body: đánh dấu vào ô weight=2 concept=opt-in
body: chọn tham gia weight=2 concept=opt-in
body: thay đổi quyết định weight=2 concept=change-your-mind
heading: đồng ý xử lý weight=2 concept=your-consent

[sharing]
heading: chia sẻ thông tin weight=1 concept=sharing-of-information
heading: tiết lộ thông tin weight=1 concept=disclosure-of-information
heading: chia sẻ và tiết lộ thông tin weight=1 concept=sharing-of-information
heading: chúng tôi chia sẻ thông tin với ai weight=1 concept=who-we-share-with
heading: tiết lộ cho bên thứ ba weight=1 concept=disclosure-of-information
heading: chuyển giao doanh nghiệp weight=1 concept=business-transfers
heading: chúng tôi có bán thông tin của bạn không weight=1 concept=sale-of-information
body: chia sẻ weight=2 concept=share
body: tiết lộ weight=2.5 concept=disclose
body: cung cấp cho bên thứ ba weight=2 concept=disclose
body: bên thứ ba weight=1 concept=third-parties-term
body: nhà cung cấp dịch vụ weight=2 concept=service-providers
body: công ty liên kết weight=2 concept=affiliates
body: công ty con weight=1.5 concept=affiliates
body: đối tác kinh doanh weight=2 concept=business-partners
body: nhà thầu weight=1.5 concept=service-providers
body: thay mặt chúng tôi weight=1.5 concept=on-our-behalf
body: bên nhận weight=2 concept=recipients
body: sáp nhập weight=2.5 concept=corporate-transaction
body: mua lại weight=2.5 concept=corporate-transaction
body: phá sản weight=2.5 concept=corporate-transaction
body: tái cơ cấu weight=2 concept=corporate-transaction
body: cơ quan nhà nước có thẩm quyền weight=2.5 concept=authorities
body: cơ quan thực thi pháp luật weight=2.5 concept=authorities
body: lệnh của tòa án weight=2.5 concept=legal-process
body: lệnh của toà án weight=2.5 concept=legal-process
body: trát đòi weight=2.5 concept=legal-process
body: quy trình pháp lý weight=2 concept=legal-process
body: bán weight=1.5 concept=sell
body: cho thuê weight=1.5 concept=sell
# Added with the shared concept inventory (concepts.txt).
heading: cách chúng tôi chia sẻ thông tin của bạn concept=how-we-share
heading: thông tin chúng tôi chia sẻ concept=how-we-share
heading: bên thứ ba concept=third-parties
heading: chia sẻ với bên thứ ba concept=third-parties
heading: nhà cung cấp dịch vụ concept=service-providers-heading
heading: yêu cầu pháp lý concept=legal-requests
heading: cơ quan thực thi pháp luật concept=legal-requests
heading: bán thông tin cá nhân concept=sale-of-information
body: nhà cung cấp weight=2 concept=service-providers
body: bên tiếp nhận weight=2 concept=recipients
body: công an weight=2 concept=authorities
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: chuyển giao dữ liệu cho bên thứ ba concept=transfer-to-third-parties
heading: chuyển dữ liệu cho bên thứ ba concept=transfer-to-third-parties
heading: cung cấp thông tin cho bên thứ ba concept=transfer-to-third-parties
# E-commerce policies: "Những người hoặc tổ chức có thể được tiếp cận với thông tin".
heading: được tiếp cận với thông tin concept=who-we-share-with
heading: được tiếp cận thông tin concept=who-we-share-with
heading: công bố thông tin concept=disclosure-of-information
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: hosting concept=service-providers-heading
heading: mạng phân phối nội dung concept=service-providers-heading
heading: bên xử lý dữ liệu concept=service-providers-heading
heading: giám sát lỗi concept=service-providers-heading
body: hosting weight=2 concept=service-providers
body: được lưu trữ bởi weight=2 concept=service-providers
body: nhà cung cấp dịch vụ lưu trữ weight=2.5 concept=service-providers
body: mạng phân phối nội dung weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: nền tảng đám mây weight=2 concept=service-providers
body: điện toán đám mây weight=2 concept=service-providers
body: nhà cung cấp dịch vụ đám mây weight=2.5 concept=service-providers
body: thỏa thuận xử lý dữ liệu weight=2 concept=service-providers
body: hợp đồng xử lý dữ liệu weight=2 concept=service-providers
body: giám sát lỗi weight=2 concept=service-providers
# Cloud sync and backup: the data goes to a third-party cloud (iCloud, Google Drive).
body: icloud weight=2 concept=service-providers
body: google drive weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: xử lý thanh toán weight=2 concept=payments-purchases
heading: thanh toán và gói đăng ký weight=2 concept=payments-purchases
heading: mua hàng trong ứng dụng weight=2 concept=payments-purchases
heading: gói đăng ký weight=2 concept=payments-purchases
# "Mua trong ứng dụng" (in-app purchases) beside mua hàng trong ứng dụng.
heading: mua trong ứng dụng weight=2 concept=payments-purchases

[cookies]
heading: cookie weight=1 concept=cookies
heading: chính sách cookie weight=1 concept=cookies
heading: sử dụng cookie weight=1 concept=cookies
heading: cookie và các công nghệ tương tự weight=1 concept=tracking-technologies
heading: cookie và công nghệ theo dõi weight=1 concept=tracking-technologies
heading: công nghệ theo dõi weight=1 concept=tracking-technologies
heading: tệp nhật ký weight=1 concept=log-files
body: cookie* weight=3 concept=cookie
body: tệp cookie weight=3 concept=cookie
body: đèn hiệu web weight=3 concept=web-beacon
body: web beacon weight=3 concept=web-beacon
body: pixel weight=2.5 concept=web-beacon
body: công nghệ tương tự weight=2 concept=tracking-technology
body: theo dõi weight=1.5 concept=tracking-technology
body: bộ nhớ cục bộ weight=2.5 concept=local-storage
body: lưu trữ cục bộ weight=2.5 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: cookie phiên weight=2.5 concept=cookie-lifetime
body: cookie liên tục weight=2.5 concept=cookie-lifetime
body: cookie cần thiết weight=2.5 concept=cookie-categories
body: google analytics weight=2.5 concept=analytics-term
body: phân tích trang web weight=2 concept=analytics-term
body: tệp văn bản nhỏ weight=3 concept=text-files
body: cài đặt trình duyệt weight=2 concept=browser-settings
body: chặn weight=1.5 concept=browser-settings
# Added with the shared concept inventory (concepts.txt).
heading: đèn hiệu web concept=web-beacons
heading: thẻ pixel concept=web-beacons
heading: phân tích concept=analytics
heading: công cụ phân tích concept=analytics
body: tệp nhật ký weight=2 concept=log-file
body: nhật ký máy chủ weight=2 concept=log-file
body: sdk weight=2 concept=sdk
body: dấu vân tay thiết bị weight=2.5 concept=fingerprinting
body: cookie chức năng weight=2.5 concept=cookie-categories
body: cookie hiệu suất weight=2.5 concept=cookie-categories
body: trình duyệt weight=0.5 concept=browser
body: thiết bị weight=0.5 concept=device

[advertising]
heading: quảng cáo weight=1 concept=advertising
heading: tiếp thị weight=1 concept=marketing
heading: quảng cáo và tiếp thị weight=1 concept=advertising
heading: quảng cáo dựa trên sở thích weight=1 concept=interest-based-advertising
heading: quảng cáo của bên thứ ba weight=1 concept=third-party-advertising
heading: truyền thông tiếp thị weight=1 concept=marketing-communications
heading: tiếp thị trực tiếp weight=1 concept=marketing
body: quảng cáo được nhắm mục tiêu weight=3 concept=interest-based
body: mạng quảng cáo weight=3 concept=ad-networks
body: đối tác quảng cáo weight=2.5 concept=ad-networks
body: nhắm mục tiêu weight=2.5 concept=interest-based
body: dựa trên sở thích weight=3 concept=interest-based
body: hành vi weight=1.5 concept=interest-based
body: tiếp thị lại weight=3 concept=retargeting
body: khuyến mãi weight=2 concept=promotions
body: khuyến mại weight=2 concept=promotions
body: bản tin weight=2.5 concept=marketing-messages
body: ưu đãi đặc biệt weight=2 concept=promotions
body: email tiếp thị weight=2.5 concept=marketing-messages
body: chiến dịch weight=1.5 concept=ad-measurement
body: biểu ngữ weight=2 concept=ads
body: hiệu quả quảng cáo weight=2 concept=ad-measurement
body: sở thích của bạn weight=1.5 concept=interests
body: mục đích tiếp thị weight=2 concept=marketing-purposes
# Added with the shared concept inventory (concepts.txt).
heading: quảng cáo nhắm mục tiêu concept=interest-based-advertising
heading: mạng quảng cáo concept=third-party-advertising
heading: thông tin khuyến mại concept=marketing-communications
body: quảng cáo weight=2.5 concept=ads
body: remarketing weight=3 concept=retargeting
body: retargeting weight=3 concept=retargeting
body: network advertising initiative weight=3 concept=ad-industry-programs
body: digital advertising alliance weight=3 concept=ad-industry-programs
body: your online choices weight=3 concept=ad-industry-programs

[do-not-track]
heading: không theo dõi weight=1 concept=do-not-track
heading: tín hiệu không theo dõi weight=1 concept=do-not-track
heading: do not track weight=1 concept=do-not-track
heading: cách chúng tôi phản hồi tín hiệu không theo dõi weight=1 concept=do-not-track
heading: kiểm soát quyền riêng tư toàn cầu weight=1 concept=global-privacy-control
heading: tín hiệu tùy chọn từ chối weight=1 concept=preference-signals
body: yêu cầu không theo dõi weight=3 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: do not track signal weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: tín hiệu weight=2.5 concept=opt-out-preference-signal
body: tín hiệu trình duyệt weight=3 concept=opt-out-preference-signal
body: tín hiệu từ chối weight=3 concept=opt-out-preference-signal
body: không phản hồi weight=2.5 concept=do-not-respond
body: tiêu chuẩn thống nhất weight=3 concept=no-uniform-standard
body: nhận diện weight=1 concept=honor-signals
body: tôn trọng weight=1 concept=honor-signals
body: theo thời gian và trên các weight=2 concept=cross-site-tracking
body: cài đặt trình duyệt weight=1.5 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt).
heading: global privacy control concept=global-privacy-control
heading: tín hiệu trình duyệt concept=preference-signals
heading: tín hiệu tuỳ chọn từ chối concept=preference-signals
body: tín hiệu không theo dõi weight=3 concept=dnt-signal
body: kiểm soát quyền riêng tư toàn cầu weight=3 concept=gpc-signal

[choices]
heading: lựa chọn của bạn weight=1 concept=your-choices
heading: các lựa chọn của bạn weight=1 concept=your-choices
heading: tùy chọn của bạn weight=1 concept=your-choices
heading: tuỳ chọn của bạn weight=1 concept=your-choices
heading: từ chối nhận thông tin weight=1 concept=opting-out
heading: hủy đăng ký weight=1 concept=unsubscribing
heading: quản lý tùy chọn weight=1 concept=managing-preferences
body: chọn không tham gia weight=3 concept=opt-out
body: từ chối weight=2 concept=decline
body: hủy đăng ký nhận weight=3 concept=unsubscribe
body: huỷ đăng ký weight=3 concept=unsubscribe
body: ngừng nhận weight=2.5 concept=unsubscribe
body: email quảng cáo weight=2 concept=promotional-emails
body: tùy chọn weight=1.5 concept=preferences
body: tuỳ chọn weight=1.5 concept=preferences
body: cài đặt weight=1.5 concept=settings
body: cài đặt tài khoản weight=2 concept=settings
body: vô hiệu hóa weight=2 concept=disable
body: vô hiệu hoá weight=2 concept=disable
body: tắt weight=2 concept=disable
body: thông báo đẩy weight=2 concept=device-permissions
body: dịch vụ định vị weight=2 concept=device-permissions
body: liên kết ở cuối weight=1.5 concept=unsubscribe-link
body: có thể không sử dụng được weight=1.5 concept=consequences-of-refusal
# Added with the shared concept inventory (concepts.txt).
heading: huỷ đăng ký concept=unsubscribing
heading: cách chọn không tham gia concept=opting-out
heading: chọn tham gia và chọn không tham gia concept=opting-out
heading: quản lý tuỳ chọn concept=managing-preferences
heading: tùy chọn liên lạc concept=managing-preferences
body: hủy đăng ký weight=3 concept=unsubscribe
body: bạn có thể chọn không weight=2.5 concept=choose-not-to
body: tin nhắn quảng cáo weight=2 concept=promotional-emails
body: nhận weight=0.5 concept=receive
heading: quyền lựa chọn concept=your-choices
heading: lựa chọn về thông tin concept=your-choices
heading: lựa chọn về dữ liệu concept=your-choices

[rights]
heading: quyền của bạn weight=1 concept=your-rights
heading: quyền của chủ thể dữ liệu weight=1 concept=your-rights
heading: quyền của người dùng weight=1 concept=your-rights
heading: quyền riêng tư của bạn weight=1 concept=your-rights
heading: thực hiện quyền của bạn weight=1 concept=exercising-rights
heading: truy cập và chỉnh sửa weight=1 concept=access-and-correction
heading: truy cập và cập nhật thông tin của bạn weight=1 concept=access-and-correction
body: quyền truy cập weight=3 concept=right-of-access
body: truy cập weight=1 concept=access
body: chỉnh sửa weight=2 concept=rectification
body: cải chính weight=2.5 concept=rectification
body: không chính xác weight=2 concept=rectification
body: xóa weight=2 concept=erasure
body: xoá weight=2 concept=erasure
body: quyền được lãng quên weight=3 concept=erasure
body: tính di động của dữ liệu weight=3 concept=portability
body: quyền chuyển dữ liệu weight=3 concept=portability
body: định dạng máy đọc được weight=2.5 concept=portability
body: bản sao weight=1.5 concept=copy-of-data
body: quyền phản đối weight=3 concept=right-to-object
body: hạn chế xử lý weight=3 concept=restriction
body: khiếu nại weight=2.5 concept=complaint-to-authority
body: cơ quan giám sát weight=3 concept=complaint-to-authority
body: cơ quan bảo vệ dữ liệu weight=2.5 concept=complaint-to-authority
body: thực hiện quyền weight=2.5 concept=exercise-rights
body: xác minh danh tính của bạn weight=2 concept=verify-identity
body: người đại diện được ủy quyền weight=2.5 concept=authorized-agent
body: phân biệt đối xử weight=1.5 concept=non-discrimination
body: chủ thể dữ liệu weight=2 concept=data-subject-rights
# Added with the shared concept inventory (concepts.txt).
heading: quyền và yêu cầu concept=exercising-rights
heading: cách gửi yêu cầu concept=exercising-rights
heading: chỉnh sửa, cập nhật và xóa concept=access-and-correction
heading: người đại diện được ủy quyền concept=authorized-agents
heading: người đại diện được uỷ quyền concept=authorized-agents
body: người đại diện được uỷ quyền weight=2.5 concept=authorized-agent
body: yêu cầu weight=0.3 concept=request
heading: quyền và nghĩa vụ concept=your-rights
heading: quyền của khách hàng concept=your-rights
heading: truy cập dữ liệu của tôi concept=access-and-correction
heading: chỉnh sửa dữ liệu của tôi concept=access-and-correction
heading: thay đổi dữ liệu của tôi concept=access-and-correction
heading: tôi có những quyền gì concept=your-rights
heading: quyền của tôi concept=your-rights

[retention]
heading: thời gian lưu trữ weight=1 concept=retention-period
heading: thời hạn lưu trữ weight=1 concept=retention-period
heading: lưu giữ thông tin weight=1 concept=data-retention
heading: chúng tôi lưu trữ thông tin trong bao lâu weight=1 concept=how-long-we-keep
heading: lưu trữ và xóa dữ liệu weight=1 concept=retention-and-deletion
body: lưu trữ weight=2 concept=store
body: lưu giữ weight=2.5 concept=retain
body: thời hạn weight=1.5 concept=retention-criteria
body: trong thời gian cần thiết weight=3 concept=as-long-as-necessary
body: chừng nào còn cần thiết weight=3 concept=as-long-as-necessary
body: không còn cần thiết weight=2.5 concept=no-longer-needed
body: khoảng thời gian weight=2 concept=retention-criteria
body: tiêu chí weight=2 concept=retention-criteria
body: ẩn danh hóa weight=2 concept=anonymise
body: ẩn danh hoá weight=2 concept=anonymise
body: tiêu hủy weight=2 concept=destroy
body: tiêu huỷ weight=2 concept=destroy
body: xóa an toàn weight=2 concept=destroy
body: lưu trữ hồ sơ weight=2 concept=archive
body: sao lưu weight=1.5 concept=archive
body: thời hiệu weight=2.5 concept=legal-retention-requirements # statute of limitations
body: không hoạt động weight=2 concept=inactive-accounts
# Added with the shared concept inventory (concepts.txt).
heading: lưu giữ dữ liệu concept=data-retention
heading: chúng tôi lưu giữ thông tin của bạn trong bao lâu concept=how-long-we-keep
heading: lưu trữ và lưu giữ dữ liệu concept=storage-and-retention
heading: lưu trữ và xoá dữ liệu concept=retention-and-deletion
heading: lưu trữ như thế nào concept=storage-and-retention
heading: lưu trữ dữ liệu như thế nào concept=storage-and-retention
body: xoá an toàn weight=2 concept=destroy
body: giữ lại weight=1.5 concept=keep
body: năm weight=0.5 concept=years

[security]
heading: bảo mật thông tin weight=1 concept=data-security
heading: bảo mật dữ liệu weight=1 concept=data-security
heading: an toàn dữ liệu weight=1 concept=data-security
heading: an ninh thông tin weight=1 concept=data-security
heading: cách chúng tôi bảo vệ thông tin của bạn weight=1 concept=how-we-protect
heading: biện pháp bảo mật weight=1 concept=security-measures
heading: bảo vệ thông tin weight=1 concept=how-we-protect
body: bảo mật weight=1 concept=secure
body: an toàn weight=1.5 concept=secure
body: an ninh weight=2 concept=secure
body: mã hóa weight=3 concept=encryption
body: mã hoá weight=3 concept=encryption
body: ssl weight=3 concept=encryption
body: tls weight=3 concept=encryption
body: truy cập trái phép weight=3 concept=unauthorized-access
body: truy cập không được phép weight=3 concept=unauthorized-access
body: biện pháp kỹ thuật và tổ chức weight=3 concept=technical-organisational-measures
body: biện pháp kỹ thuật weight=2 concept=technical-organisational-measures
body: tường lửa weight=3 concept=technical-controls
body: vi phạm dữ liệu weight=3 concept=breach
body: rò rỉ weight=2.5 concept=breach
body: sự cố bảo mật weight=3 concept=breach
body: mật khẩu weight=2 concept=technical-controls
body: kiểm soát truy cập weight=2.5 concept=technical-controls
body: không thể đảm bảo weight=2.5 concept=no-guarantee
body: rủi ro của riêng bạn weight=2.5 concept=no-guarantee
body: lạm dụng weight=2 concept=loss-misuse-alteration
body: tiêu chuẩn ngành weight=2 concept=industry-standard
# Added with the shared concept inventory (concepts.txt).
heading: bảo mật và mã hóa concept=data-security
heading: biện pháp an ninh concept=security-measures
body: biện pháp bảo vệ weight=2.5 concept=safeguards
body: mất mát weight=2.5 concept=loss-misuse-alteration
body: vật lý weight=1.5 concept=physical-safeguards
body: bảo mật thông tin weight=1.5 concept=confidentiality
body: lỗ hổng weight=2 concept=breach
body: bảo vệ weight=1 concept=protect
body: đảm bảo weight=0.5 concept=ensure
# Personal-data breaches and their notification: a security topic.
heading: vi phạm dữ liệu concept=data-security
heading: rò rỉ dữ liệu concept=data-security
heading: sự cố an ninh concept=data-security
heading: mã hóa concept=data-security
body: rò rỉ dữ liệu weight=3 concept=breach
# "(thông tin) sẽ được lưu trữ một cách an toàn": stored securely; "thông tin mật": confidential information.
body: một cách an toàn weight=2 concept=secure
body: lưu trữ an toàn weight=2.5 concept=secure
body: thông tin mật weight=1.5 concept=confidentiality
body: bí mật weight=1.5 concept=confidentiality

[children]
heading: trẻ em weight=1 concept=childrens-privacy
heading: quyền riêng tư của trẻ em weight=1 concept=childrens-privacy
heading: thông tin của trẻ em weight=1 concept=childrens-privacy
heading: trẻ vị thành niên weight=1 concept=minors
heading: trẻ em dưới 13 tuổi weight=1 concept=age-limits
heading: giới hạn độ tuổi weight=1 concept=age-limits
body: trẻ weight=2.5 concept=children
body: vị thành niên weight=3 concept=minors-teens
body: dưới 13 tuổi weight=3 concept=age-threshold
body: dưới 16 tuổi weight=3 concept=age-threshold
body: dưới 18 tuổi weight=2.5 concept=age-threshold
body: chưa đủ tuổi weight=3 concept=age-threshold
body: cha mẹ weight=3 concept=parents-guardians
body: người giám hộ weight=2.5 concept=parents-guardians
body: sự đồng ý của cha mẹ weight=3 concept=parental-consent
body: coppa weight=3 concept=coppa
body: cố ý thu thập weight=3 concept=knowingly-collect
body: không hướng đến weight=2 concept=not-directed-to-children
body: thanh thiếu niên weight=2.5 concept=minors-teens
body: độ tuổi weight=1.5 concept=age
body: nếu chúng tôi phát hiện weight=2 concept=if-we-learn
# Added with the shared concept inventory (concepts.txt).
heading: người chưa thành niên concept=minors
body: người chưa thành niên weight=2.5 concept=minors-teens
body: tuổi weight=1.5 concept=age

[international]
heading: chuyển dữ liệu quốc tế weight=1 concept=international-transfers
heading: chuyển dữ liệu ra nước ngoài weight=1 concept=international-transfers
heading: chuyển giao dữ liệu xuyên biên giới weight=1 concept=international-transfers
heading: chuyển dữ liệu weight=1 concept=data-transfers
heading: nơi lưu trữ dữ liệu weight=1 concept=where-we-store
heading: địa điểm xử lý dữ liệu weight=1 concept=where-we-store
heading: người dùng quốc tế weight=1 concept=international-transfers
body: chuyển giao weight=1.5 concept=transfer
body: xuyên biên giới weight=3 concept=cross-border
body: ra nước ngoài weight=3 concept=other-countries
body: ngoài lãnh thổ việt nam weight=3 concept=other-countries
body: quốc gia khác weight=2.5 concept=other-countries
body: quốc gia nơi bạn cư trú weight=2.5 concept=other-countries
body: khu vực kinh tế châu âu weight=2.5 concept=eea
body: hoa kỳ weight=1.5 concept=united-states
# The transfer safeguards (standard contractual clauses, adequacy decisions, the Data Privacy Framework)
# stand in one sentence of many subsections about a single social network or cloud service: in a
# text they weigh less than the practice it describes; the headings still name a transfer section.
body: điều khoản hợp đồng tiêu chuẩn weight=2 concept=transfer-safeguards
body: quyết định về mức độ đầy đủ weight=2 concept=adequacy
body: quy tắc doanh nghiệp ràng buộc weight=2 concept=transfer-safeguards
body: biện pháp bảo vệ thích hợp weight=2 concept=transfer-safeguards
body: máy chủ đặt tại weight=2.5 concept=server-location
body: được lưu trữ tại weight=1.5 concept=server-location
body: thẩm quyền tài phán weight=2 concept=jurisdictions
body: trên toàn thế giới weight=1.5 concept=around-the-world
# Added with the shared concept inventory (concepts.txt).
heading: chuyển giao thông tin concept=data-transfers
heading: chúng tôi lưu trữ thông tin của bạn ở đâu concept=where-we-store
body: eea weight=2 concept=eea
body: khung quyền riêng tư dữ liệu weight=2 concept=privacy-frameworks
body: data privacy framework weight=2 concept=privacy-frameworks
body: privacy shield weight=2 concept=privacy-frameworks
body: ít bảo vệ hơn weight=2 concept=less-protective
heading: nơi lưu trữ weight=2 concept=where-we-store
heading: địa điểm lưu trữ weight=2 concept=where-we-store
heading: lưu trữ dữ liệu weight=1 concept=where-we-store
heading: ra nước ngoài concept=international-transfers
heading: xuyên biên giới concept=international-transfers
heading: chuyển thông tin quốc tế concept=international-transfers
heading: lưu trữ ở đâu concept=where-we-store
heading: được lưu trữ ở đâu concept=where-we-store

[regional]
heading: cư dân california weight=1 concept=california
heading: quyền riêng tư của cư dân california weight=1 concept=california
heading: thông báo dành cho cư dân california weight=1 concept=california
heading: tuân thủ gdpr weight=1 concept=eea-gdpr-notice
heading: người dùng tại liên minh châu âu weight=1 concept=eea-gdpr-notice
heading: quy định riêng theo khu vực weight=1 concept=jurisdiction-specific
heading: cư dân nevada weight=1 concept=us-state-rights
body: california weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: nevada weight=3 concept=us-states
body: virginia weight=3 concept=us-states
body: colorado weight=3 concept=us-states
body: cư dân weight=2 concept=residents
body: người tiêu dùng weight=1.5 concept=consumers
body: không bán weight=2.5 concept=do-not-sell
body: bán hoặc chia sẻ weight=3 concept=do-not-sell
body: ưu đãi tài chính weight=3 concept=financial-incentives
body: 12 tháng qua weight=3 concept=preceding-12-months
body: gdpr weight=2.5 concept=eu-gdpr
body: liên minh châu âu weight=2 concept=eu-gdpr
body: brazil weight=2 concept=brazil-lgpd
body: lgpd weight=3 concept=brazil-lgpd
body: canada weight=2 concept=canada-pipeda
body: pipeda weight=3 concept=canada-pipeda
# Added with the shared concept inventory (concepts.txt).
heading: quyền riêng tư theo luật các bang của hoa kỳ concept=us-state-rights
heading: thông báo dành cho cư dân khu vực kinh tế châu âu concept=eea-gdpr-notice
heading: thông tin bổ sung cho một số khu vực pháp lý concept=jurisdiction-specific
body: connecticut weight=3 concept=us-states
body: quảng cáo hành vi theo ngữ cảnh chéo weight=3 concept=cross-context-advertising
body: 12 tháng trước weight=3 concept=preceding-12-months
body: tiểu bang weight=0.5 concept=state
heading: khu vực kinh tế châu âu weight=2 concept=eea-gdpr-notice
heading: người dùng tại châu âu weight=2 concept=eea-gdpr-notice
heading: theo khu vực concept=jurisdiction-specific
heading: từng quốc gia concept=jurisdiction-specific
heading: tiểu bang concept=us-state-rights
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
heading: phụ lục khu vực concept=jurisdiction-specific
heading: phụ lục theo khu vực concept=jurisdiction-specific
heading: nhật bản weight=1 concept=jurisdiction-specific
heading: hàn quốc weight=1 concept=jurisdiction-specific

[third-party-sites]
heading: trang web của bên thứ ba weight=2 concept=third-party-websites
heading: liên kết đến trang web khác weight=1 concept=links-to-other-sites
heading: liên kết của bên thứ ba weight=1 concept=links-to-other-sites
heading: dịch vụ của bên thứ ba weight=2 concept=third-party-services
heading: liên kết bên ngoài weight=1 concept=links-to-other-sites
heading: trang web khác weight=1 concept=third-party-websites
body: liên kết weight=2 concept=links
body: siêu liên kết weight=3 concept=links
body: các trang web khác weight=2 concept=other-sites
body: trang web bên ngoài weight=2.5 concept=other-sites
body: do bên thứ ba vận hành weight=2.5 concept=other-sites
body: không chịu trách nhiệm weight=3 concept=not-responsible
body: không kiểm soát weight=2.5 concept=not-responsible
body: chính sách quyền riêng tư của họ weight=3 concept=their-privacy-policies
body: chính sách bảo mật của họ weight=3 concept=their-privacy-policies
body: khuyến khích bạn đọc weight=2.5 concept=encourage-review
body: rời khỏi trang web weight=2.5 concept=leave-our-site
body: xác nhận hay bảo đảm weight=1.5 concept=not-responsible
body: plugin weight=2.5 concept=plugins
body: tiện ích weight=2 concept=plugins
body: mạng xã hội weight=1.5
# Added with the shared concept inventory (concepts.txt).
heading: plugin mạng xã hội concept=social-media-plugins
heading: tính năng mạng xã hội concept=social-media-plugins
heading: chính sách quyền riêng tư của bên thứ ba concept=third-party-privacy-policies
heading: chính sách bảo mật của bên thứ ba concept=third-party-privacy-policies
body: ứng dụng của bên thứ ba weight=2 concept=third-party-applications
body: nội dung weight=0.5 concept=content
body: xem xét weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: mạng xã hội concept=social-media-presence
heading: truyền thông xã hội concept=social-media-presence
heading: sự hiện diện trên mạng xã hội concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: do bên thứ ba thu thập concept=third-party-data-collection
heading: dữ liệu bên thứ ba thu thập concept=third-party-data-collection
heading: ứng dụng của bên thứ ba weight=2 concept=third-party-services
heading: website của bên thứ ba weight=2 concept=third-party-websites
heading: liên kết tới concept=links-to-other-sites
heading: liên kết đến concept=links-to-other-sites
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: nội dung nhúng concept=third-party-services
heading: nội dung được nhúng concept=third-party-services
heading: nội dung của bên thứ ba concept=third-party-services
heading: video nhúng concept=third-party-services
heading: dịch vụ bên thứ ba concept=third-party-services
heading: dịch vụ bên ngoài concept=third-party-services
heading: thư viện bên thứ ba concept=third-party-services
heading: sdk của bên thứ ba concept=third-party-services
heading: đồng bộ hóa đám mây concept=third-party-services
heading: đồng bộ đám mây concept=third-party-services
heading: sao lưu icloud concept=third-party-services
heading: sao lưu đám mây concept=third-party-services
heading: đồng bộ và sao lưu concept=third-party-services
body: nhúng weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: nội dung của bên thứ ba weight=3 concept=other-sites
body: nội dung bên thứ ba weight=3 concept=other-sites
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: chế độ bảo mật nâng cao weight=2.5 concept=plugins
body: đăng nhập vào tài khoản weight=1.5 concept=plugins
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: kết nối mạng weight=2 concept=network-connections
heading: yêu cầu mạng weight=2 concept=network-connections
heading: kết nối bên ngoài weight=2 concept=network-connections
heading: rời khỏi thiết bị weight=2 concept=network-connections
heading: gửi ra ngoài thiết bị weight=2 concept=network-connections
heading: được gửi qua internet weight=2 concept=network-connections
heading: đi qua internet weight=2 concept=network-connections
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
heading: thay đổi chính sách weight=1 concept=changes-to-policy
heading: thay đổi đối với chính sách này weight=1 concept=changes-to-policy
heading: thay đổi chính sách quyền riêng tư weight=1 concept=changes-to-policy
heading: cập nhật chính sách weight=1 concept=policy-updates
heading: sửa đổi chính sách weight=1 concept=amendments
heading: thông báo thay đổi weight=1 concept=notification-of-changes
body: thay đổi weight=1.5 concept=change-update
body: cập nhật weight=2 concept=change-update
body: sửa đổi weight=2 concept=change-update
body: bổ sung weight=1.5 concept=change-update
body: ngày hiệu lực weight=3 concept=effective-date
body: có hiệu lực weight=2 concept=effective-date
body: cập nhật lần cuối weight=3 concept=effective-date
body: theo thời gian weight=2 concept=from-time-to-time
body: thay đổi quan trọng weight=3 concept=material-changes
body: tiếp tục sử dụng weight=3 concept=continued-use
body: định kỳ weight=2.5 concept=from-time-to-time
body: phiên bản mới nhất weight=2 concept=latest-version
body: bảo lưu quyền weight=2 concept=reserve-the-right
body: đăng tải weight=2 concept=posting
body: trang này weight=1 concept=posting
# Added with the shared concept inventory (concepts.txt).
heading: sửa đổi, bổ sung concept=amendments
heading: cập nhật chính sách này concept=policy-updates
heading: ngày hiệu lực concept=entry-into-force
heading: hiệu lực thi hành concept=entry-into-force
heading: điều khoản thi hành concept=entry-into-force
body: có hiệu lực ngay weight=2.5 concept=effective-immediately
body: thường xuyên xem lại weight=2.5 concept=check-back
body: thông báo cho bạn weight=1.5 concept=notify-you
body: phiên bản weight=1 concept=version
body: thông báo weight=0.5 concept=notice
# Where a changed policy is posted: "(we will post the new policy) on this page".
body: trên trang này weight=1 concept=posting
heading: hiệu lực concept=entry-into-force

[contact]
heading: liên hệ với chúng tôi weight=1 concept=contact-us
heading: liên hệ weight=1 concept=contact-us
heading: thông tin liên hệ weight=1 concept=contact-information
heading: cách liên hệ với chúng tôi weight=1 concept=how-to-contact
heading: câu hỏi weight=1 concept=questions
heading: giải đáp thắc mắc weight=1 concept=questions
heading: cán bộ bảo vệ dữ liệu weight=1 concept=data-protection-officer
body: vui lòng liên hệ weight=3 concept=please-contact
body: nếu bạn có bất kỳ câu hỏi weight=2.5 concept=questions-comments
body: thắc mắc weight=2.5 concept=questions-comments
body: góp ý weight=2 concept=questions-comments
body: ý kiến weight=1.5 concept=questions-comments
body: khiếu nại hoặc yêu cầu weight=2 concept=questions-comments
body: nhân viên phụ trách quyền riêng tư weight=3 concept=dpo
body: dpo weight=3 concept=dpo
body: gửi email weight=2.5 concept=please-contact
body: gửi thư weight=2.5 concept=please-contact
body: địa chỉ liên hệ weight=2 concept=postal-address
body: điện thoại weight=1.5 concept=telephone
body: đường dây nóng weight=2.5 concept=telephone
body: hotline weight=2.5 concept=telephone
body: bộ phận chăm sóc khách hàng weight=2 concept=customer-service
# Added with the shared concept inventory (concepts.txt).
heading: câu hỏi và thắc mắc concept=questions
heading: nhân viên bảo vệ dữ liệu concept=data-protection-officer
body: qua email weight=1.5 concept=by-email
body: chăm sóc khách hàng weight=1.5 concept=customer-service
body: địa chỉ weight=0.3 concept=address
# E-commerce policies: "Địa chỉ của đơn vị thu thập và quản lý thông tin (cá nhân)".
heading: đơn vị thu thập và quản lý thông tin weight=2 concept=contact-information
heading: đơn vị thu thập và quản lí thông tin weight=2 concept=contact-information
heading: thông tin đơn vị vận hành concept=contact-information
# The controller's identity and address (GDPR art. 13(1)(a)): "Bên kiểm soát dữ liệu".
heading: bên kiểm soát dữ liệu concept=contact-information
heading: bên kiểm soát concept=contact-information
heading: người kiểm soát dữ liệu concept=contact-information
heading: liên hệ với ai concept=how-to-contact
heading: liên hệ ở đâu concept=how-to-contact
heading: tôi có thể liên hệ concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no cue inside it
# counts. Written whole, like boilerplate headings.
# A software update or app version is not a change to the policy.
cập nhật phần mềm
cập nhật ứng dụng
kiểm tra cập nhật
phiên bản ứng dụng
# The cybersecurity police department's name is no security practice of the company.
cục an ninh mạng
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
