# Thai lexicon
# Terms are written as they appear in text, without spaces: ICU dictionary segmentation
# splits entries and documents alike (ข้อมูลส่วนบุคคล -> ข้อมูล | ส่วน | บุคคล), so a
# term here may be several words to the matcher.
# Wording follows Thai policies written to the พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562
# (PDPA): เจ้าของข้อมูลส่วนบุคคล, ผู้ควบคุมข้อมูลส่วนบุคคล, ฐานทางกฎหมาย, การเปิดเผย,
# ระยะเวลาการเก็บรักษา, สิทธิของเจ้าของข้อมูล, เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล.
@language th
@name Thai
@fold-accents no

[profile]
# Single words as ICU segments them (ส่วนบุคคล is ส่วน | บุคคล), function words first.
# Thai script identifies Thai by itself, so no weights are needed.
ที่
และ
การ
ของ
ใน
เป็น
ได้
จะ
มี
ให้
ไม่
หรือ
ว่า
กับ
จาก
โดย
เพื่อ
ไป
มา
แล้ว
นี้
นั้น
ซึ่ง
อาจ
ต้อง
ตาม
เมื่อ
หาก
ถ้า
แต่
ก็
ยัง
อื่น
อยู่
ความ
ทำ
ไว้
เกี่ยว
ระหว่าง
ภายใน
ต่อ
แก่
ด้วย
คือ
ทั้ง
ทุก
บาง
อย่าง
เช่น
รวม
ถึง
ได้แก่
เรา
คุณ
ท่าน
ผู้
ดัง
กล่าว
ดังนี้
โปรด
กรุณา
ทราบ
เกี่ยวข้อง
ภายนอก
ก่อน
หลัง
ตลอด
เท่านั้น
ใดๆ
ใด
ทั้งนี้
นอกจาก
อย่างไร
ก็ตาม
เพิ่ม
สามารถ
ดำเนิน
จัด
เข้า
ข้อมูล
ส่วน
บุคคล
บริษัท
บริการ
ใช้
เว็บไซต์
นโยบาย
ตัว
เก็บ
รวบรวม
เปิด
เผย
ประมวล
ผล
สิทธิ
ยินยอม
กฎหมาย
คุ้มครอง
ติดต่อ
บัญชี
อุปกรณ์
ระบบ
ลูกค้า
สมาชิก
ระยะ
เวลา
วัตถุประสงค์
จำเป็น
มาตรการ
ปลอดภัย
คุกกี้
โฆษณา
ตลาด
แอปพลิเคชัน
อีเมล
โทรศัพท์
หมายเลข
ชื่อ
ธุรกรรม
สินค้า
ชำระ
ตำแหน่ง
ประเภท
ประเทศ
ไทย
แก้ไข
ลบ
ปรับปรุง
คำขอ
แจ้ง
พันธมิตร
เจ้าของ
ควบคุม
เหมาะ
สม
ระบุ
ป้องกัน
พัฒนา
วิเคราะห์
เทคโนโลยี
ออนไลน์
กรณี
ประโยชน์
สัญญา
หน้าที่
บังคับ
มาตรา
ฉบับ
เปลี่ยนแปลง
ทาง
จึง
รับ
ส่ง
ขอ
หน่วย
ถูก
ตรวจ
เพียง

[units]
year: ปี
month: เดือน
week: สัปดาห์, อาทิตย์
day: วัน
hour: ชั่วโมง
minute: นาที

[numbers]
# Compound numerals are split by segmentation (สิบสอง -> สิบ | สอง) and match as phrases.
# Thai digits (๑ ๒ ๓) are digits, not words, and are not listed.
1: หนึ่ง
2: สอง
3: สาม
4: สี่
5: ห้า
6: หก
7: เจ็ด
8: แปด
9: เก้า
10: สิบ
11: สิบเอ็ด
12: สิบสอง
13: สิบสาม
14: สิบสี่
15: สิบห้า
16: สิบหก
18: สิบแปด
20: ยี่สิบ
24: ยี่สิบสี่
30: สามสิบ
60: หกสิบ
90: เก้าสิบ
100: ร้อย, หนึ่งร้อย

[references]
gdpr: ระเบียบการคุ้มครองข้อมูลส่วนบุคคลของสหภาพยุโรป, กฎหมายคุ้มครองข้อมูลส่วนบุคคลของสหภาพยุโรป, gdpr
ccpa: กฎหมายคุ้มครองความเป็นส่วนตัวของผู้บริโภคแห่งรัฐแคลิฟอร์เนีย, ccpa
cpra: กฎหมายว่าด้วยสิทธิความเป็นส่วนตัวแห่งรัฐแคลิฟอร์เนีย, cpra
coppa: กฎหมายคุ้มครองความเป็นส่วนตัวออนไลน์ของเด็ก, coppa
pdpa: พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล, พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล, กฎหมายคุ้มครองข้อมูลส่วนบุคคล, pdpa
lgpd: กฎหมายคุ้มครองข้อมูลส่วนบุคคลของบราซิล, lgpd
pipeda: กฎหมายคุ้มครองข้อมูลส่วนบุคคลและเอกสารอิเล็กทรอนิกส์ของแคนาดา, pipeda
appi: กฎหมายคุ้มครองข้อมูลส่วนบุคคลของญี่ปุ่น, appi
pipl: กฎหมายคุ้มครองข้อมูลส่วนบุคคลของจีน, pipl

[intro]
heading: บทนำ
heading: ความนำ
heading: ทั่วไป
heading: ขอบเขต
heading: ขอบเขตการใช้บังคับ
heading: นโยบายความเป็นส่วนตัว weight=0.5   # document title; also inside other headings
heading: เกี่ยวกับนโยบายนี้
heading: ขอบเขตของนโยบายนี้
body: นโยบายความเป็นส่วนตัว weight=1.5
body: นโยบายฉบับนี้ weight=2
body: นโยบายนี้ weight=1.5
body: ใช้บังคับ weight=2
body: ครอบคลุม weight=1.5
body: ตระหนัก weight=2
body: ความสำคัญ weight=1.5
body: เคารพ weight=1.5
body: โปรดอ่าน weight=2
body: ทำความเข้าใจ weight=2
body: ถือว่า weight=1
body: ยอมรับ weight=1
body: จำกัด weight=0.5
body: บริษัท weight=0.3

[definitions]
heading: คำนิยาม weight=2
heading: นิยาม
heading: นิยามศัพท์
heading: คำจำกัดความ weight=2
heading: ความหมาย
heading: คำศัพท์
body: หมายถึง weight=3
body: หมายความว่า weight=3
body: ต่อไปนี้เรียกว่า weight=2.5
body: เรียกว่า weight=1.5
body: เจ้าของข้อมูลส่วนบุคคล weight=1.5
body: ผู้ควบคุมข้อมูลส่วนบุคคล weight=2
body: ผู้ประมวลผลข้อมูลส่วนบุคคล weight=2
body: ข้อมูลส่วนบุคคลที่มีความอ่อนไหว weight=1.5
body: ข้อมูลอ่อนไหว weight=1.5
body: บุคคลธรรมดา weight=2
body: ระบุตัวบุคคล weight=2.5
body: ไม่ว่าทางตรงหรือทางอ้อม weight=2.5
body: ถึงแก่กรรม weight=2
body: ได้แก่ weight=0.5

[collection]
heading: ข้อมูลที่เราเก็บรวบรวม weight=2
heading: ข้อมูลส่วนบุคคลที่เราเก็บรวบรวม weight=2
heading: การเก็บรวบรวมข้อมูลส่วนบุคคล
heading: การเก็บรวบรวมข้อมูล
heading: ประเภทของข้อมูลส่วนบุคคล
heading: แหล่งที่มาของข้อมูล weight=2
heading: วิธีการเก็บรวบรวม
heading: ข้อมูลที่เราได้รับ
body: เก็บรวบรวม weight=3
body: รวบรวม weight=2
body: ได้รับ weight=1
body: แหล่งที่มา weight=2
body: ชื่อนามสกุล weight=1.5
body: นามสกุล weight=1.5
body: ที่อยู่ weight=1
body: หมายเลขโทรศัพท์ weight=1.5
body: อีเมล weight=1
body: วันเดือนปีเกิด weight=1.5
body: เลขประจำตัวประชาชน weight=2
body: หมายเลขไอพี weight=2
body: IP weight=1.5
body: ข้อมูลอุปกรณ์ weight=2
body: ตำแหน่งที่ตั้ง weight=1.5
body: ประวัติการใช้งาน weight=1.5
body: โดยอัตโนมัติ weight=2
body: ลงทะเบียน weight=1
body: สมัครสมาชิก weight=1

[use]
heading: การใช้ข้อมูล
heading: การใช้ข้อมูลส่วนบุคคล
heading: วัตถุประสงค์ในการใช้
heading: วัตถุประสงค์ในการเก็บรวบรวม
heading: วัตถุประสงค์ของการประมวลผล
heading: เราใช้ข้อมูลของคุณอย่างไร
heading: วัตถุประสงค์ weight=2
heading: เราใช้ข้อมูล weight=2
body: วัตถุประสงค์ weight=2
body: ใช้ข้อมูล weight=1.5
body: ให้บริการ weight=1.5
body: ปรับปรุง weight=1.5
body: พัฒนา weight=1.5
body: วิเคราะห์ weight=1.5
body: ปรับแต่ง weight=2
body: ความสนใจ weight=1
body: ยืนยันตัวตน weight=2
body: ประมวลผล weight=0.5
body: คำสั่งซื้อ weight=1
body: ชำระเงิน weight=1
body: ฉ้อโกง weight=1.5
body: สถิติ weight=1
body: วิจัย weight=1
body: บริหารจัดการ weight=1
body: เพื่อ weight=0.3

[legal-basis]
heading: ฐานทางกฎหมาย weight=3
heading: ฐานในการประมวลผล weight=2
heading: ฐานการประมวลผล weight=2
heading: หลักเกณฑ์ในการประมวลผล
heading: เหตุผลทางกฎหมาย
heading: ฐานทางกฎหมายในการประมวลผลข้อมูล
body: ฐาน weight=2
body: ฐานทางกฎหมาย weight=3
body: ประโยชน์โดยชอบด้วยกฎหมาย weight=3
body: ประโยชน์อันชอบธรรม weight=3
body: ปฏิบัติตามสัญญา weight=3
body: สัญญา weight=1.5
body: หน้าที่ตามกฎหมาย weight=2.5
body: ปฏิบัติตามกฎหมาย weight=2
body: ประโยชน์สาธารณะ weight=2
body: ระงับอันตราย weight=3
body: ชีวิตร่างกายหรือสุขภาพ weight=2.5
body: จดหมายเหตุ weight=2
body: ชอบด้วยกฎหมาย weight=1.5
body: มาตรา weight=1
body: ความยินยอม weight=0.5

[consent]
heading: ความยินยอม
heading: การขอความยินยอม
heading: การให้ความยินยอม
heading: การถอนความยินยอม weight=2
heading: การเพิกถอนความยินยอม weight=2
heading: ความยินยอมของคุณ
body: ความยินยอม weight=2
body: ยินยอม weight=1.5
body: ถอนความยินยอม weight=3
body: ถอน weight=3
body: เพิกถอน weight=2.5
body: ขอความยินยอม weight=2
body: โดยชัดแจ้ง weight=2.5
body: ทำเครื่องหมาย weight=2
body: คลิก weight=1
body: ยอมรับ weight=1.5
body: ไม่กระทบ weight=2
body: เมื่อใดก็ได้ weight=1.5
body: ตลอดเวลา weight=1
body: ไม่ยินยอม weight=2

[sharing]
heading: การเปิดเผยข้อมูล
heading: การเปิดเผยข้อมูลส่วนบุคคล
heading: การแบ่งปันข้อมูล
heading: บุคคลภายนอก
heading: ผู้รับข้อมูล
heading: บุคคลที่เราเปิดเผยข้อมูลให้
heading: การส่งต่อข้อมูล
heading: การเปิดเผย
body: เปิดเผย weight=2.5
body: แบ่งปัน weight=2
body: ส่งต่อ weight=1.5
body: บุคคลภายนอก weight=2
body: บุคคลที่สาม weight=1.5
body: ผู้ให้บริการ weight=1.5
body: ผู้ประมวลผลข้อมูล weight=1.5
body: คู่ค้า weight=1.5
body: พันธมิตรทางธุรกิจ weight=2
body: บริษัทในเครือ weight=2
body: บริษัทในกลุ่ม weight=2
body: หน่วยงานของรัฐ weight=2
body: หน่วยงานราชการ weight=2
body: คำสั่งศาล weight=2.5
body: ควบรวมกิจการ weight=2.5
body: โอนกิจการ weight=2
body: ขาย weight=1
body: เจ้าพนักงาน weight=1.5

[cookies]
heading: คุกกี้ weight=2
heading: นโยบายคุกกี้
heading: การใช้คุกกี้
heading: คุกกี้และเทคโนโลยีที่คล้ายกัน
heading: เทคโนโลยีการติดตาม
heading: ประเภทของคุกกี้
body: คุกกี้ weight=3
body: Cookie weight=3
body: ไฟล์ขนาดเล็ก weight=3
body: เว็บบีคอน weight=3
body: พิกเซล weight=2.5
body: เทคโนโลยีที่คล้ายกัน weight=2
body: เบราว์เซอร์ weight=1.5
body: จดจำ weight=2
body: คุกกี้ที่จำเป็น weight=2
body: คุกกี้ของบุคคลที่สาม weight=2
body: การตั้งค่า weight=1
body: ปิดการใช้งาน weight=1
body: ติดตาม weight=1.5
body: Google Analytics weight=2.5
body: บันทึก weight=1

[advertising]
heading: การโฆษณา
heading: โฆษณา
heading: การตลาด
heading: การตลาดแบบตรง
heading: โฆษณาที่ตรงกับความสนใจ
heading: ข่าวสารทางการตลาด
body: โฆษณา weight=2
body: การตลาด weight=2
body: ผู้ลงโฆษณา weight=2.5
body: เครือข่ายโฆษณา weight=3
body: โปรโมชั่น weight=2
body: โปรโมชัน weight=2
body: ข้อเสนอพิเศษ weight=2
body: ส่วนลด weight=1.5
body: ข่าวสาร weight=1.5
body: ประชาสัมพันธ์ weight=1.5
body: ความสนใจ weight=1.5
body: กลุ่มเป้าหมาย weight=2
body: จดหมายข่าว weight=2
body: ส่งเสริมการขาย weight=2
body: สิทธิพิเศษ weight=1.5
body: SMS weight=1

[do-not-track]
heading: Do Not Track
heading: สัญญาณห้ามติดตาม
heading: ห้ามติดตาม
heading: การไม่ติดตาม
heading: คำขอไม่ให้ติดตาม
heading: Global Privacy Control
body: Do Not Track weight=3
body: DNT weight=3
body: GPC weight=3
body: Global Privacy Control weight=3
body: สัญญาณ weight=3
body: ส่งสัญญาณ weight=2.5
body: ไม่ติดตาม weight=2
body: ติดตาม weight=1
body: เบราว์เซอร์ weight=1
body: ตอบสนอง weight=2
body: มาตรฐาน weight=1.5
body: อุตสาหกรรม weight=1.5
body: กลไก weight=1.5
body: การตั้งค่า weight=0.5

[choices]
heading: ทางเลือกของคุณ
heading: ตัวเลือกของคุณ
heading: ทางเลือก
heading: การเลือกไม่รับ
heading: การจัดการการตั้งค่า
heading: การยกเลิกการรับข่าวสาร
heading: การยกเลิกการสมัคร
body: ทางเลือก weight=2
body: ตัวเลือก weight=2
body: เลือก weight=1.5
body: ยกเลิกการสมัคร weight=2.5
body: ยกเลิกการรับ weight=2.5
body: ยกเลิก weight=1.5
body: ไม่รับ weight=2
body: ปิด weight=1
body: การตั้งค่า weight=1.5
body: ปฏิเสธ weight=1.5
body: จัดการ weight=1
body: ไม่ให้ข้อมูล weight=2
body: อาจไม่สามารถ weight=2
body: การแจ้งเตือน weight=1

[rights]
heading: สิทธิของคุณ
heading: สิทธิของท่าน
heading: สิทธิของเจ้าของข้อมูล weight=2
heading: สิทธิตามกฎหมาย
heading: การใช้สิทธิ
heading: สิทธิเกี่ยวกับข้อมูลส่วนบุคคล
heading: สิทธิ
heading: เข้าถึง weight=1.5
body: สิทธิ weight=2
body: ใช้สิทธิ weight=2.5
body: เข้าถึง weight=2
body: ขอรับสำเนา weight=3
body: สำเนา weight=2
body: แก้ไข weight=2
body: ทำให้เป็นปัจจุบัน weight=2.5
body: ลบ weight=2
body: ทำลาย weight=1.5
body: ระงับการใช้ weight=3
body: คัดค้าน weight=3
body: โอนย้าย weight=2.5
body: ร้องเรียน weight=2.5
body: คณะกรรมการคุ้มครองข้อมูลส่วนบุคคล weight=3
body: คำร้อง weight=2
body: ยื่นคำขอ weight=2

[retention]
heading: ระยะเวลาการเก็บรักษา weight=2
heading: ระยะเวลาในการเก็บรักษา weight=2
heading: การเก็บรักษาข้อมูล
heading: การเก็บรักษา
heading: ระยะเวลาในการเก็บข้อมูล
heading: ระยะเวลาการจัดเก็บ
heading: เราเก็บข้อมูลไว้นานเท่าใด
body: เก็บรักษา weight=3
body: ระยะเวลา weight=2
body: เท่าที่จำเป็น weight=2
body: อายุความ weight=3
body: หมดความจำเป็น weight=2.5
body: พ้นระยะเวลา weight=2.5
body: สิ้นสุด weight=1.5
body: ลบหรือทำลาย weight=2.5
body: ทำลาย weight=1.5
body: ไม่สามารถระบุตัวตน weight=1.5
body: จัดเก็บ weight=1.5
body: ไม่เกิน weight=1.5
body: นับแต่ weight=2
body: ปี weight=0.5

[security]
heading: ความปลอดภัยของข้อมูล
heading: การรักษาความปลอดภัย
heading: ความมั่นคงปลอดภัย weight=2
heading: มาตรการรักษาความปลอดภัย
heading: มาตรการรักษาความมั่นคงปลอดภัย
heading: เราปกป้องข้อมูลของคุณอย่างไร
heading: ความปลอดภัย
body: ความปลอดภัย weight=2
body: มั่นคงปลอดภัย weight=2.5
body: มาตรการ weight=2
body: เข้ารหัส weight=3
body: ไม่ได้รับอนุญาต weight=2.5
body: สูญหาย weight=2
body: รั่วไหล weight=2.5
body: ละเมิด weight=1.5
body: ไฟร์วอลล์ weight=3
body: SSL weight=3
body: ทบทวน weight=1
body: ป้องกัน weight=1
body: เหมาะสม weight=0.5
body: เจ้าหน้าที่ที่ได้รับอนุญาต weight=2
body: บริหารจัดการ weight=0.5

[children]
heading: ข้อมูลส่วนบุคคลของผู้เยาว์
heading: ความเป็นส่วนตัวของเด็ก
heading: ข้อมูลของเด็ก
heading: ผู้เยาว์ weight=2
heading: เด็ก
heading: ผู้ไร้ความสามารถ
body: ผู้เยาว์ weight=3
body: เด็ก weight=2
body: อายุต่ำกว่า weight=3
body: ต่ำกว่า weight=1
body: บรรลุนิติภาวะ weight=3
body: ผู้ปกครอง weight=2.5
body: ผู้ใช้อำนาจปกครอง weight=3
body: ผู้อนุบาล weight=2
body: ผู้พิทักษ์ weight=2
body: คนไร้ความสามารถ weight=2
body: คนเสมือนไร้ความสามารถ weight=2
body: อายุ weight=1.5
body: COPPA weight=2

[international]
heading: การโอนข้อมูลไปต่างประเทศ
heading: การส่งหรือโอนข้อมูล
heading: ต่างประเทศ weight=2
heading: การโอนข้อมูลระหว่างประเทศ
heading: ข้ามพรมแดน weight=2
heading: สถานที่จัดเก็บข้อมูล
body: ต่างประเทศ weight=3
body: ข้ามพรมแดน weight=3
body: ระหว่างประเทศ weight=2
body: โอน weight=1.5
body: ถ่ายโอน weight=2
body: ส่งหรือโอน weight=2.5
body: ประเทศปลายทาง weight=3
body: มาตรฐานการคุ้มครอง weight=2
body: เพียงพอ weight=2
body: ข้อสัญญามาตรฐาน weight=3
body: นอกประเทศไทย weight=2.5
body: ประเทศอื่น weight=2
body: เซิร์ฟเวอร์ weight=1.5
body: คลาวด์ weight=1.5

[regional]
heading: ข้อกำหนดเฉพาะภูมิภาค
heading: ประกาศสำหรับภูมิภาค
heading: ผู้อยู่อาศัยในรัฐแคลิฟอร์เนีย
heading: สำหรับผู้ใช้ในสหภาพยุโรป
heading: ข้อมูลเพิ่มเติมสำหรับบางประเทศ
heading: ข้อกำหนดเพิ่มเติมสำหรับแต่ละประเทศ
body: แคลิฟอร์เนีย weight=3
body: ผู้อยู่อาศัย weight=2
body: สหภาพยุโรป weight=2
body: เขตเศรษฐกิจยุโรป weight=2.5
body: สหราชอาณาจักร weight=1.5
body: สหรัฐอเมริกา weight=1.5
body: ภูมิภาค weight=1.5
body: รัฐ weight=1
body: กฎหมายท้องถิ่น weight=2
body: สิงคโปร์ weight=1.5
body: มาเลเซีย weight=1.5
body: อินโดนีเซีย weight=1.5
body: บราซิล weight=1.5
body: CCPA weight=2.5

[third-party-sites]
heading: เว็บไซต์ของบุคคลภายนอก weight=2
heading: เว็บไซต์ของบุคคลที่สาม weight=2
heading: ลิงก์ไปยังเว็บไซต์อื่น
heading: ลิงก์ภายนอก
heading: บริการของบุคคลภายนอก
heading: ลิงก์ weight=2
body: ลิงก์ weight=3
body: เว็บไซต์อื่น weight=2.5
body: ภายนอก weight=1
body: ไม่รับผิดชอบ weight=2.5
body: ความรับผิดชอบ weight=1.5
body: ปลั๊กอิน weight=2.5
body: โซเชียลมีเดีย weight=1.5
body: ไม่อยู่ภายใต้ weight=2
body: ควบคุม weight=1
body: แนวปฏิบัติ weight=1.5
body: นโยบายความเป็นส่วนตัวของ weight=1.5
body: ตรวจสอบ weight=0.5

[changes]
heading: การเปลี่ยนแปลงนโยบาย weight=2
heading: การเปลี่ยนแปลงนโยบายความเป็นส่วนตัว
heading: การแก้ไขเปลี่ยนแปลง
heading: การปรับปรุงนโยบาย
heading: การแก้ไขนโยบาย
heading: การเปลี่ยนแปลง
body: เปลี่ยนแปลง weight=2.5
body: แก้ไข weight=1.5
body: ปรับปรุง weight=1.5
body: ฉบับล่าสุด weight=2.5
body: ปรับปรุงล่าสุด weight=3
body: มีผลบังคับใช้ weight=3
body: วันที่มีผล weight=2.5
body: เป็นครั้งคราว weight=2.5
body: แจ้งให้ทราบ weight=1.5
body: ประกาศ weight=1.5
body: ทบทวน weight=1
body: ฉบับ weight=1
body: หน้านี้ weight=1

[contact]
heading: ติดต่อเรา weight=2
heading: การติดต่อเรา
heading: ช่องทางการติดต่อ
heading: รายละเอียดการติดต่อ
heading: ข้อมูลติดต่อ
heading: เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล
heading: สอบถามข้อมูลเพิ่มเติม
body: ติดต่อ weight=2.5
body: เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล weight=3
body: DPO weight=3
body: สอบถาม weight=2
body: ข้อสงสัย weight=2
body: อีเมล weight=1.5
body: โทรศัพท์ weight=1.5
body: ที่อยู่ weight=1
body: ศูนย์บริการลูกค้า weight=2
body: ถนน weight=1.5
body: แขวง weight=1.5
body: เขต weight=1
body: กรุงเทพมหานคร weight=1.5
body: ร้องเรียน weight=1
body: ชั้น weight=1
