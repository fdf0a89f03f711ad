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

# ---------------------------------------------------------------------------------------
# "chính sách bảo mật" is the usual name of the privacy policy itself, so "bảo mật" alone
# says little about the security section and stays low there.

[intro]
heading: giới thiệu
heading: tổng quan
heading: phạm vi áp dụng
heading: về chính sách này
heading: chúng tôi là ai
heading: đối tượng áp dụng
heading: chính sách quyền riêng tư weight=0.5
heading: chính sách bảo mật weight=0.5
body: chính sách này mô tả weight=2.5
body: chính sách này áp dụng weight=2.5
body: áp dụng cho weight=1.5
body: không áp dụng weight=1.5
body: phạm vi weight=1.5
body: bằng việc sử dụng weight=2
body: bằng việc truy cập weight=2
body: khi sử dụng weight=1
body: chấp nhận weight=1.5
body: nếu bạn không đồng ý weight=2
body: cam kết weight=1.5
body: tôn trọng quyền riêng tư weight=2
body: sau đây gọi là weight=2
body: điều khoản sử dụng weight=1
body: vui lòng đọc kỹ weight=2
body: mô tả cách weight=1.5

[definitions]
heading: định nghĩa
heading: giải thích từ ngữ
heading: thuật ngữ
heading: các định nghĩa
heading: diễn giải
heading: thuật ngữ được sử dụng
body: có nghĩa là weight=3
body: được hiểu là weight=3
body: là bất kỳ weight=2
body: được định nghĩa weight=2.5
body: dùng để chỉ weight=2.5
body: trong chính sách này weight=1
body: cho mục đích của chính sách này weight=2.5
body: các từ ngữ dưới đây weight=3
body: viết hoa weight=2.5
body: chủ thể dữ liệu weight=1.5
body: bên kiểm soát dữ liệu weight=1.5
body: bên xử lý dữ liệu weight=1.5
body: thể nhân weight=2
body: xác định được weight=2
body: bao gồm weight=0.5

[collection]
heading: thông tin chúng tôi thu thập
heading: dữ liệu chúng tôi thu thập
heading: thu thập thông tin
heading: thu thập dữ liệu cá nhân
heading: các loại thông tin được thu thập
heading: nguồn thông tin
heading: thông tin bạn cung cấp
heading: thông tin được thu thập tự động
body: thu thập weight=2.5
body: chúng tôi thu thập weight=2.5
body: thu nhận weight=1.5
body: bạn cung cấp weight=2
body: cung cấp cho chúng tôi weight=1.5
body: tự động weight=2
body: loại dữ liệu cá nhân weight=2.5
body: nguồn weight=1.5
body: họ tên weight=1.5
body: địa chỉ email weight=1.5
body: số điện thoại weight=1.5
body: địa chỉ ip weight=2
body: loại trình duyệt weight=2
body: hệ điều hành weight=2
body: vị trí weight=1.5
body: mã định danh thiết bị weight=2
body: dữ liệu nhật ký weight=1.5
body: nhân khẩu học weight=1.5
body: đăng ký weight=1
body: biểu mẫu weight=1.5
body: thông tin thanh toán weight=1.5

[use]
heading: cách chúng tôi sử dụng thông tin
heading: cách chúng tôi sử dụng thông tin của bạn
heading: sử dụng thông tin
heading: mục đích sử dụng thông tin
heading: mục đích xử lý dữ liệu
heading: mục đích thu thập
heading: chúng tôi sử dụng thông tin của bạn để làm gì
body: chúng tôi sử dụng weight=2
body: mục đích weight=1.5
body: cho các mục đích sau weight=2.5
body: cung cấp dịch vụ weight=1.5
body: cải thiện weight=1.5
body: cá nhân hóa weight=2
body: cá nhân hoá weight=2
body: tùy chỉnh weight=1.5
body: xử lý đơn hàng weight=2
body: liên lạc với bạn weight=2
body: phản hồi weight=1.5
body: phân tích weight=1.5
body: nghiên cứu weight=1.5
body: ngăn chặn gian lận weight=2
body: lập hồ sơ weight=2
body: ra quyết định tự động weight=2
body: quản lý tài khoản weight=1.5
body: xác minh danh tính weight=1.5
body: phát triển sản phẩm weight=2

[legal-basis]
heading: cơ sở pháp lý
heading: cơ sở pháp lý cho việc xử lý
heading: căn cứ pháp lý
heading: căn cứ xử lý dữ liệu
heading: cơ sở pháp lý để xử lý dữ liệu cá nhân
heading: lý do xử lý
body: lợi ích hợp pháp weight=3
body: lợi ích chính đáng weight=3
body: thực hiện hợp đồng weight=3
body: hợp đồng với bạn weight=2
body: nghĩa vụ pháp lý weight=2.5
body: tuân thủ nghĩa vụ weight=2
body: lợi ích sống còn weight=3
body: lợi ích công cộng weight=2.5
body: điều 6 weight=3                   # GDPR Article 6
body: cân bằng weight=2
body: quyền và tự do cơ bản weight=2.5
body: dựa trên weight=1.5
body: trên cơ sở weight=2
body: hợp pháp weight=1
body: sự đồng ý weight=1
body: gdpr weight=1

[consent]
heading: sự đồng ý
heading: sự đồng ý của bạn
heading: rút lại sự đồng ý
heading: đồng ý và rút lại sự đồng ý
heading: cách rút lại sự đồng ý
heading: chấp thuận
body: đồng ý weight=2
body: rút lại weight=3
body: thu hồi weight=2.5
body: hủy bỏ weight=1.5
body: huỷ bỏ weight=1.5
body: bất cứ lúc nào weight=1
body: bất kỳ lúc nào weight=1
body: đồng ý rõ ràng weight=2.5
body: đồng ý một cách tự nguyện weight=2.5
body: tự nguyện weight=2
body: cho phép weight=1.5
body: được coi là weight=1.5
body: đổi ý weight=2
body: tính hợp pháp của việc xử lý weight=2.5
body: trước khi rút lại weight=2.5

[sharing]
heading: chia sẻ thông tin
heading: tiết lộ thông tin
heading: chia sẻ và tiết lộ thông tin
heading: chúng tôi chia sẻ thông tin với ai
heading: tiết lộ cho bên thứ ba
heading: chuyển giao doanh nghiệp
heading: chúng tôi có bán thông tin của bạn không
body: chia sẻ weight=2
body: tiết lộ weight=2.5
body: cung cấp cho bên thứ ba weight=2
body: bên thứ ba weight=1
body: nhà cung cấp dịch vụ weight=2
body: công ty liên kết weight=2
body: công ty con weight=1.5
body: đối tác kinh doanh weight=2
body: nhà thầu weight=1.5
body: thay mặt chúng tôi weight=1.5
body: bên nhận weight=2
body: sáp nhập weight=2.5
body: mua lại weight=2.5
body: phá sản weight=2.5
body: tái cơ cấu weight=2
body: cơ quan nhà nước có thẩm quyền weight=2.5
body: cơ quan thực thi pháp luật weight=2.5
body: lệnh của tòa án weight=2.5
body: lệnh của toà án weight=2.5
body: trát đòi weight=2.5
body: quy trình pháp lý weight=2
body: bán weight=1.5
body: cho thuê weight=1.5

[cookies]
heading: cookie
heading: chính sách cookie
heading: sử dụng cookie
heading: cookie và các công nghệ tương tự
heading: cookie và công nghệ theo dõi
heading: công nghệ theo dõi
heading: tệp nhật ký
body: cookie* weight=3
body: tệp cookie weight=3
body: đèn hiệu web weight=3
body: web beacon weight=3
body: pixel weight=2.5
body: công nghệ tương tự weight=2
body: theo dõi weight=1.5
body: bộ nhớ cục bộ weight=2.5
body: lưu trữ cục bộ weight=2.5
body: cookie phiên weight=2.5
body: cookie liên tục weight=2.5
body: cookie cần thiết weight=2.5
body: google analytics weight=2.5
body: phân tích trang web weight=2
body: tệp văn bản nhỏ weight=3
body: cài đặt trình duyệt weight=2
body: chặn weight=1.5

[advertising]
heading: quảng cáo
heading: tiếp thị
heading: quảng cáo và tiếp thị
heading: quảng cáo dựa trên sở thích
heading: quảng cáo của bên thứ ba
heading: truyền thông tiếp thị
heading: tiếp thị trực tiếp
body: quảng cáo được nhắm mục tiêu weight=3
body: mạng quảng cáo weight=3
body: đối tác quảng cáo weight=2.5
body: nhắm mục tiêu weight=2.5
body: dựa trên sở thích weight=3
body: hành vi weight=1.5
body: tiếp thị lại weight=3
body: khuyến mãi weight=2
body: khuyến mại weight=2
body: bản tin weight=2.5
body: ưu đãi đặc biệt weight=2
body: email tiếp thị weight=2.5
body: chiến dịch weight=1.5
body: biểu ngữ weight=2
body: hiệu quả quảng cáo weight=2
body: sở thích của bạn weight=1.5
body: mục đích tiếp thị weight=2

[do-not-track]
heading: không theo dõi
heading: tín hiệu không theo dõi
heading: do not track
heading: cách chúng tôi phản hồi tín hiệu không theo dõi
heading: kiểm soát quyền riêng tư toàn cầu
heading: tín hiệu tùy chọn từ chối
body: yêu cầu không theo dõi weight=3
body: dnt weight=3
body: do not track signal weight=3
body: global privacy control weight=3
body: gpc weight=3
body: tín hiệu weight=2.5
body: tín hiệu trình duyệt weight=3
body: tín hiệu từ chối weight=3
body: không phản hồi weight=2.5
body: tiêu chuẩn thống nhất weight=3
body: nhận diện weight=1
body: tôn trọng weight=1
body: theo thời gian và trên các weight=2
body: cài đặt trình duyệt weight=1.5

[choices]
heading: lựa chọn của bạn
heading: các lựa chọn của bạn
heading: tùy chọn của bạn
heading: tuỳ chọn của bạn
heading: từ chối nhận thông tin
heading: hủy đăng ký
heading: quản lý tùy chọn
body: chọn không tham gia weight=3
body: từ chối weight=2
body: hủy đăng ký nhận weight=3
body: huỷ đăng ký weight=3
body: ngừng nhận weight=2.5
body: email quảng cáo weight=2
body: tùy chọn weight=1.5
body: tuỳ chọn weight=1.5
body: cài đặt weight=1.5
body: cài đặt tài khoản weight=2
body: vô hiệu hóa weight=2
body: vô hiệu hoá weight=2
body: tắt weight=2
body: thông báo đẩy weight=2
body: dịch vụ định vị weight=2
body: liên kết ở cuối weight=1.5
body: có thể không sử dụng được weight=1.5

[rights]
heading: quyền của bạn
heading: quyền của chủ thể dữ liệu
heading: quyền của người dùng
heading: quyền riêng tư của bạn
heading: thực hiện quyền của bạn
heading: truy cập và chỉnh sửa
heading: truy cập và cập nhật thông tin của bạn
body: quyền truy cập weight=3
body: truy cập weight=1
body: chỉnh sửa weight=2
body: cải chính weight=2.5
body: không chính xác weight=2
body: xóa weight=2
body: xoá weight=2
body: quyền được lãng quên weight=3
body: tính di động của dữ liệu weight=3
body: quyền chuyển dữ liệu weight=3
body: định dạng máy đọc được weight=2.5
body: bản sao weight=1.5
body: quyền phản đối weight=3
body: hạn chế xử lý weight=3
body: khiếu nại weight=2.5
body: cơ quan giám sát weight=3
body: cơ quan bảo vệ dữ liệu weight=2.5
body: thực hiện quyền weight=2.5
body: xác minh danh tính của bạn weight=2
body: người đại diện được ủy quyền weight=2.5
body: phân biệt đối xử weight=1.5
body: chủ thể dữ liệu weight=2

[retention]
heading: lưu trữ dữ liệu
heading: thời gian lưu trữ
heading: thời hạn lưu trữ
heading: lưu giữ thông tin
heading: chúng tôi lưu trữ thông tin trong bao lâu
heading: lưu trữ và xóa dữ liệu
body: lưu trữ weight=2
body: lưu giữ weight=2.5
body: thời hạn weight=1.5
body: trong thời gian cần thiết weight=3
body: chừng nào còn cần thiết weight=3
body: không còn cần thiết weight=2.5
body: khoảng thời gian weight=2
body: tiêu chí weight=2
body: ẩn danh hóa weight=2
body: ẩn danh hoá weight=2
body: tiêu hủy weight=2
body: tiêu huỷ weight=2
body: xóa an toàn weight=2
body: lưu trữ hồ sơ weight=2
body: sao lưu weight=1.5
body: thời hiệu weight=2.5               # statute of limitations
body: không hoạt động weight=2

[security]
heading: bảo mật thông tin
heading: bảo mật dữ liệu
heading: an toàn dữ liệu
heading: an ninh thông tin
heading: cách chúng tôi bảo vệ thông tin của bạn
heading: biện pháp bảo mật
heading: bảo vệ thông tin
body: bảo mật weight=1
body: an toàn weight=1.5
body: an ninh weight=2
body: mã hóa weight=3
body: mã hoá weight=3
body: ssl weight=3
body: tls weight=3
body: truy cập trái phép weight=3
body: truy cập không được phép weight=3
body: biện pháp kỹ thuật và tổ chức weight=3
body: biện pháp kỹ thuật weight=2
body: tường lửa weight=3
body: vi phạm dữ liệu weight=3
body: rò rỉ weight=2.5
body: sự cố bảo mật weight=3
body: mật khẩu weight=2
body: kiểm soát truy cập weight=2.5
body: không thể đảm bảo weight=2.5
body: rủi ro của riêng bạn weight=2.5
body: lạm dụng weight=2
body: tiêu chuẩn ngành weight=2

[children]
heading: trẻ em
heading: quyền riêng tư của trẻ em
heading: thông tin của trẻ em
heading: trẻ vị thành niên
heading: trẻ em dưới 13 tuổi
heading: giới hạn độ tuổi
body: trẻ weight=2.5
body: vị thành niên weight=3
body: dưới 13 tuổi weight=3
body: dưới 16 tuổi weight=3
body: dưới 18 tuổi weight=2.5
body: chưa đủ tuổi weight=3
body: cha mẹ weight=3
body: người giám hộ weight=2.5
body: sự đồng ý của cha mẹ weight=3
body: coppa weight=3
body: cố ý thu thập weight=3
body: không hướng đến weight=2
body: thanh thiếu niên weight=2.5
body: độ tuổi weight=1.5
body: nếu chúng tôi phát hiện weight=2

[international]
heading: chuyển dữ liệu quốc tế
heading: chuyển dữ liệu ra nước ngoài
heading: chuyển giao dữ liệu xuyên biên giới
heading: chuyển dữ liệu
heading: nơi lưu trữ dữ liệu
heading: địa điểm xử lý dữ liệu
heading: người dùng quốc tế
body: chuyển giao weight=1.5
body: xuyên biên giới weight=3
body: ra nước ngoài weight=3
body: ngoài lãnh thổ việt nam weight=3
body: quốc gia khác weight=2.5
body: quốc gia nơi bạn cư trú weight=2.5
body: khu vực kinh tế châu âu weight=2.5
body: hoa kỳ weight=1.5
body: điều khoản hợp đồng tiêu chuẩn weight=3
body: quyết định về mức độ đầy đủ weight=3
body: quy tắc doanh nghiệp ràng buộc weight=3
body: biện pháp bảo vệ thích hợp weight=2
body: máy chủ đặt tại weight=2.5
body: được lưu trữ tại weight=1.5
body: thẩm quyền tài phán weight=2
body: trên toàn thế giới weight=1.5

[regional]
heading: cư dân california
heading: quyền riêng tư của cư dân california
heading: thông báo dành cho cư dân california
heading: tuân thủ gdpr
heading: người dùng tại liên minh châu âu
heading: quy định riêng theo khu vực
heading: cư dân nevada
body: california weight=3
body: ccpa weight=3
body: cpra weight=3
body: nevada weight=3
body: virginia weight=3
body: colorado weight=3
body: cư dân weight=2
body: người tiêu dùng weight=1.5
body: không bán weight=2.5
body: bán hoặc chia sẻ weight=3
body: ưu đãi tài chính weight=3
body: 12 tháng qua weight=3
body: gdpr weight=2.5
body: liên minh châu âu weight=2
body: brazil weight=2
body: lgpd weight=3
body: canada weight=2
body: pipeda weight=3

[third-party-sites]
heading: trang web của bên thứ ba
heading: liên kết đến trang web khác
heading: liên kết của bên thứ ba
heading: dịch vụ của bên thứ ba
heading: liên kết bên ngoài
heading: trang web khác
body: liên kết weight=2
body: siêu liên kết weight=3
body: các trang web khác weight=2
body: trang web bên ngoài weight=2.5
body: do bên thứ ba vận hành weight=2.5
body: không chịu trách nhiệm weight=3
body: không kiểm soát weight=2.5
body: chính sách quyền riêng tư của họ weight=3
body: chính sách bảo mật của họ weight=3
body: khuyến khích bạn đọc weight=2.5
body: rời khỏi trang web weight=2.5
body: xác nhận hay bảo đảm weight=1.5
body: plugin weight=2.5
body: tiện ích weight=2
body: mạng xã hội weight=1.5

[changes]
heading: thay đổi chính sách
heading: thay đổi đối với chính sách này
heading: thay đổi chính sách quyền riêng tư
heading: cập nhật chính sách
heading: sửa đổi chính sách
heading: thông báo thay đổi
body: thay đổi weight=1.5
body: cập nhật weight=2
body: sửa đổi weight=2
body: bổ sung weight=1.5
body: ngày hiệu lực weight=3
body: có hiệu lực weight=2
body: cập nhật lần cuối weight=3
body: theo thời gian weight=2
body: thay đổi quan trọng weight=3
body: tiếp tục sử dụng weight=3
body: định kỳ weight=2.5
body: phiên bản mới nhất weight=2
body: bảo lưu quyền weight=2
body: đăng tải weight=2
body: trang này weight=1

[contact]
heading: liên hệ với chúng tôi
heading: liên hệ
heading: thông tin liên hệ
heading: cách liên hệ với chúng tôi
heading: câu hỏi
heading: giải đáp thắc mắc
heading: cán bộ bảo vệ dữ liệu
body: vui lòng liên hệ weight=3
body: nếu bạn có bất kỳ câu hỏi weight=2.5
body: thắc mắc weight=2.5
body: góp ý weight=2
body: ý kiến weight=1.5
body: khiếu nại hoặc yêu cầu weight=2
body: nhân viên phụ trách quyền riêng tư weight=3
body: dpo weight=3
body: gửi email weight=2.5
body: gửi thư weight=2.5
body: địa chỉ liên hệ weight=2
body: điện thoại weight=1.5
body: đường dây nóng weight=2.5
body: hotline weight=2.5
body: bộ phận chăm sóc khách hàng weight=2
