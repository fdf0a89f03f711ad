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

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
ข้อกำหนดการใช้งาน
ข้อกำหนดในการใช้งาน
เงื่อนไขการใช้งาน
ข้อกำหนดและเงื่อนไข
ข้อตกลงและเงื่อนไข
ข้อกำหนดและเงื่อนไขการใช้งาน
ข้อกำหนดการให้บริการ
กฎหมายที่ใช้บังคับ
กฎหมายที่บังคับใช้
กฎหมายที่ใช้บังคับและเขตอำนาจศาล
เขตอำนาจศาล
การแยกส่วนของข้อกำหนด
ความเป็นโมฆะบางส่วน
ข้อตกลงทั้งหมด
การสละสิทธิ์
เหตุสุดวิสัย
ข้อสงวนสิทธิ์
ข้อจำกัดความรับผิดชอบ
ข้อจำกัดความรับผิด
การจำกัดความรับผิด
การจำกัดความรับผิดชอบ
คำแปล
การแปล
คำแปลอื่นๆ
คำแปลอื่น ๆ
ฉบับภาษาอังกฤษมีผลบังคับ
ฉบับภาษาไทยมีผลบังคับ
ใบอนุญาต
ลิขสิทธิ์
กิตติกรรมประกาศ
สารบัญ
ทรัพย์สินทางปัญญา
ลิขสิทธิ์และทรัพย์สินทางปัญญา
ภาษา

[intro]
heading: บทนำ weight=1 concept=introduction
heading: ความนำ weight=1 concept=introduction
heading: ทั่วไป weight=1 concept=introduction
heading: ขอบเขต weight=1 concept=scope
heading: ขอบเขตการใช้บังคับ weight=1 concept=scope
heading: นโยบายความเป็นส่วนตัว weight=0.5 concept=privacy-policy-title # document title; also inside other headings
heading: เกี่ยวกับนโยบายนี้ weight=1 concept=about-this-policy
heading: ขอบเขตของนโยบายนี้ weight=1 concept=scope
body: นโยบายความเป็นส่วนตัว weight=1.5 concept=this-privacy-policy
body: นโยบายฉบับนี้ weight=2 concept=this-privacy-policy
body: นโยบายนี้ weight=1.5 concept=this-privacy-policy
body: ใช้บังคับ weight=2 concept=policy-applies-to
body: ครอบคลุม weight=1.5 concept=policy-applies-to
body: ตระหนัก weight=2 concept=committed-to-privacy
body: ความสำคัญ weight=1.5 concept=committed-to-privacy
body: เคารพ weight=1.5 concept=committed-to-privacy
body: โปรดอ่าน weight=2 concept=please-read
body: ทำความเข้าใจ weight=2 concept=please-read
body: ถือว่า weight=1 concept=acceptance-of-policy
body: ยอมรับ weight=1 concept=acceptance-of-policy
body: จำกัด weight=0.5 concept=company
body: บริษัท weight=0.3 concept=company
# Added with the shared concept inventory (concepts.txt).
heading: ภาพรวม concept=summary
heading: สรุป concept=summary
heading: สาระสำคัญ concept=summary
heading: เกี่ยวกับประกาศนี้ concept=about-this-policy
heading: เกี่ยวกับเรา weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
heading: เราคือใคร concept=who-we-are
heading: ความมุ่งมั่นของเราต่อความเป็นส่วนตัวของคุณ concept=commitment-to-privacy
heading: ความมุ่งมั่นในการคุ้มครองข้อมูลส่วนบุคคล concept=commitment-to-privacy
heading: การยอมรับนโยบายนี้ concept=acceptance
heading: การยอมรับของคุณ concept=acceptance
heading: ประกาศความเป็นส่วนตัว weight=0.5 concept=privacy-policy-title
body: นโยบายนี้อธิบาย weight=2.5 concept=policy-describes
body: อธิบายถึง weight=2 concept=policy-describes
body: ไม่ใช้บังคับ weight=2 concept=policy-applies-to
body: โดยการใช้ weight=1.5 concept=by-using
body: โดยการเข้าถึง weight=1.5 concept=by-using
body: หากคุณไม่เห็นด้วย weight=2 concept=if-you-do-not-agree
body: หากท่านไม่เห็นด้วย weight=2 concept=if-you-do-not-agree
body: ซึ่งต่อไปนี้เรียกว่า weight=1.5 concept=referred-to-as
body: ข้อกำหนดการใช้งาน weight=1 concept=terms-of-use
body: เงื่อนไขการให้บริการ weight=1 concept=terms-of-use
body: ความเป็นส่วนตัว weight=0.3 concept=privacy
body: เว็บไซต์ weight=0.3 concept=website
body: แอปพลิเคชัน weight=0.3 concept=website
body: บริการ weight=0.3 concept=services
# The PDPA-era title "นโยบายคุ้มครองข้อมูลส่วนบุคคล" beside นโยบายความเป็นส่วนตัว; "Purpose of this
# policy" names the document (weight 2 as in English), not a use.
heading: นโยบายคุ้มครองข้อมูลส่วนบุคคล weight=0.5 concept=privacy-policy-title
heading: วัตถุประสงค์ของนโยบายนี้ weight=2 concept=about-this-policy
heading: วัตถุประสงค์ของนโยบาย weight=2 concept=about-this-policy
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
heading: โดยสรุป concept=summary
heading: สรุปโดยย่อ concept=summary

[definitions]
heading: คำนิยาม weight=2 concept=definitions
heading: นิยาม weight=1 concept=definitions
heading: นิยามศัพท์ weight=1 concept=key-terms
heading: คำจำกัดความ weight=2 concept=definitions
heading: ความหมาย weight=1 concept=definitions
heading: คำศัพท์ weight=1 concept=key-terms
body: หมายถึง weight=3 concept=means
body: หมายความว่า weight=3 concept=means
body: ต่อไปนี้เรียกว่า weight=2.5 concept=hereinafter
body: เรียกว่า weight=1.5 concept=refers-to
body: เจ้าของข้อมูลส่วนบุคคล weight=1.5 concept=gdpr-roles
body: ผู้ควบคุมข้อมูลส่วนบุคคล weight=2 concept=gdpr-roles
body: ผู้ประมวลผลข้อมูลส่วนบุคคล weight=2 concept=gdpr-roles
body: ข้อมูลส่วนบุคคลที่มีความอ่อนไหว weight=1.5
body: ข้อมูลอ่อนไหว weight=1.5
body: บุคคลธรรมดา weight=2 concept=identifiable-person
body: ระบุตัวบุคคล weight=2.5 concept=identifiable-person
body: ไม่ว่าทางตรงหรือทางอ้อม weight=2.5 concept=identifiable-person
body: ถึงแก่กรรม weight=2 concept=personal-data-means
body: ได้แก่ weight=0.5 concept=includes
# Added with the shared concept inventory (concepts.txt).
heading: การตีความ concept=interpretation
heading: การตีความและคำนิยาม concept=interpretation
heading: อภิธานศัพท์ concept=key-terms
heading: คำศัพท์ที่ใช้ในนโยบายนี้ concept=key-terms
heading: ข้อมูลส่วนบุคคลคืออะไร concept=what-we-mean-by
body: ข้อมูลส่วนบุคคลหมายถึง weight=3 concept=personal-data-means
body: คำนิยามดังต่อไปนี้ weight=3 concept=defined-terms-intro
body: เพื่อวัตถุประสงค์ของนโยบายนี้ weight=2.5 concept=as-used-in-this-policy
body: ในนโยบายนี้ weight=1 concept=as-used-in-this-policy
body: ผู้ใช้ weight=0.3 concept=user
body: ข้อมูลส่วนบุคคล weight=0.2 concept=personal-data

[collection]
heading: ข้อมูลที่เราเก็บรวบรวม weight=2 concept=what-we-collect
heading: ข้อมูลส่วนบุคคลที่เราเก็บรวบรวม weight=2 concept=what-we-collect
heading: การเก็บรวบรวมข้อมูลส่วนบุคคล weight=1 concept=collection-of-information
heading: การเก็บรวบรวมข้อมูล weight=1 concept=collection-of-information
heading: ประเภทของข้อมูลส่วนบุคคล weight=1 concept=categories-of-data
heading: แหล่งที่มาของข้อมูล weight=2 concept=sources-of-information
heading: วิธีการเก็บรวบรวม weight=1 concept=how-we-collect
heading: ข้อมูลที่เราได้รับ weight=1 concept=what-we-collect
body: เก็บรวบรวม weight=3 concept=we-collect
body: รวบรวม weight=2 concept=we-collect
body: ได้รับ weight=1 concept=we-collect
body: แหล่งที่มา weight=2 concept=sources
# A list of the data handled, announced in the text (en: "the following data is processed:").
body: ข้อมูลดังต่อไปนี้ weight=2.5 concept=following-data
body: ข้อมูลต่อไปนี้ weight=2.5 concept=following-data
body: ข้อมูลส่วนบุคคลดังต่อไปนี้ weight=2.5 concept=following-data
body: ชื่อนามสกุล weight=1.5 concept=name
body: นามสกุล weight=1.5 concept=name
body: ที่อยู่ weight=1 concept=contact-details
body: หมายเลขโทรศัพท์ weight=1.5 concept=contact-details
body: อีเมล weight=1 concept=contact-details
body: วันเดือนปีเกิด weight=1.5 concept=demographic-data
body: เลขประจำตัวประชาชน weight=2
body: หมายเลขไอพี weight=2 concept=device-data
body: IP weight=1.5 concept=device-data
body: ข้อมูลอุปกรณ์ weight=2 concept=device-data
body: ตำแหน่งที่ตั้ง weight=1.5 concept=location-data
body: ประวัติการใช้งาน weight=1.5 concept=usage-data
body: โดยอัตโนมัติ weight=2 concept=automatically
body: ลงทะเบียน weight=1 concept=forms
body: สมัครสมาชิก weight=1 concept=forms
# Added with the shared concept inventory (concepts.txt).
heading: ข้อมูลที่คุณให้แก่เรา concept=information-you-provide
heading: ข้อมูลที่ท่านให้แก่เรา concept=information-you-provide
# A contact form as a processing activity (what the form collects), as en "Contact form"; "ติดต่อเรา" stays contact.
heading: แบบฟอร์มติดต่อ weight=3 concept=information-you-provide
heading: แบบฟอร์มติดต่อเรา weight=3 concept=information-you-provide
heading: ข้อมูลที่เก็บรวบรวมโดยอัตโนมัติ concept=collected-automatically
heading: ข้อมูลที่เราเก็บรวบรวมโดยอัตโนมัติ concept=collected-automatically
heading: เราเก็บรวบรวมข้อมูลอย่างไร concept=how-we-collect
heading: แหล่งที่มาของข้อมูลส่วนบุคคล concept=sources-of-information
heading: ข้อมูลส่วนบุคคลที่เก็บรวบรวม concept=what-we-collect
heading: หมวดหมู่ของข้อมูลส่วนบุคคล concept=categories-of-data
# "Payment information" names a category of data collected (not the payments section, whose word it holds).
heading: ข้อมูลการชำระเงิน weight=3 concept=categories-of-data
body: ที่คุณให้ไว้ weight=2 concept=you-provide
body: ที่ท่านให้ไว้ weight=2 concept=you-provide
body: หมวดหมู่ของข้อมูลส่วนบุคคล weight=2.5 concept=data-categories
body: ประเภทของข้อมูลส่วนบุคคล weight=2.5 concept=data-categories
body: แหล่งข้อมูลสาธารณะ weight=2 concept=publicly-available
body: เปิดเผยต่อสาธารณะ weight=2 concept=publicly-available
body: ระบบปฏิบัติการ weight=2 concept=device-data
body: ประเภทเบราว์เซอร์ weight=2 concept=device-data
body: ข้อมูลการใช้งาน weight=2 concept=usage-data
body: ข้อมูลล็อก weight=2 concept=usage-data
body: เพศ weight=1.5 concept=demographic-data
body: ข้อมูลการชำระเงิน weight=1 concept=payment-data
body: บัตรเครดิต weight=1 concept=payment-data
body: แบบฟอร์ม weight=1.5 concept=forms
body: บัญชี weight=0.3 concept=account
body: ข้อมูล weight=0.1 concept=information
heading: การเก็บข้อมูล concept=collection-of-information
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: รายงานข้อขัดข้อง concept=collected-automatically
heading: รายงานการขัดข้อง concept=collected-automatically
heading: ข้อมูลการวินิจฉัย concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: ยังคงอยู่บนอุปกรณ์ของคุณ weight=2 concept=on-device-data
heading: ยังคงอยู่ในอุปกรณ์ของคุณ weight=2 concept=on-device-data
heading: สิ่งที่อยู่บนอุปกรณ์ของคุณ weight=2 concept=on-device-data
heading: ข้อมูลที่อยู่บนอุปกรณ์ของคุณ weight=2 concept=on-device-data
heading: ประมวลผลในเครื่อง weight=2 concept=on-device-data
heading: ประมวลผลภายในเครื่อง weight=2 concept=on-device-data
heading: ประมวลผลบนอุปกรณ์ weight=2 concept=on-device-data
heading: ประมวลผลภายในอุปกรณ์ weight=2 concept=on-device-data
body: รายงานข้อขัดข้อง weight=2.5 concept=usage-data
body: รายงานการขัดข้อง weight=2.5 concept=usage-data
body: บันทึกการแก้ไขข้อบกพร่อง weight=2.5 concept=usage-data
body: ข้อมูลการวินิจฉัย weight=2 concept=usage-data
body: โทเค็นการแจ้งเตือน weight=2.5 concept=device-data
body: push token weight=2.5 concept=device-data
# "Collection and use of information" names the collection first, as in English.
heading: การเก็บและใช้ข้อมูล weight=2 concept=what-we-collect
heading: การเก็บรวบรวมและใช้ข้อมูล weight=2 concept=what-we-collect
heading: การเก็บรวบรวมและการใช้ข้อมูล weight=2 concept=what-we-collect
# App permissions (what the app may access on the device): a point of collection, as en "Permissions".
heading: สิทธิ์ของแอป concept=what-we-collect
heading: สิทธิ์ของแอปพลิเคชัน concept=what-we-collect
heading: การอนุญาตของแอป concept=what-we-collect

[use]
heading: การใช้ข้อมูล weight=1 concept=use-of-information
heading: การใช้ข้อมูลส่วนบุคคล weight=1 concept=use-of-information
heading: วัตถุประสงค์ในการใช้ weight=1 concept=purposes-of-processing
heading: วัตถุประสงค์ในการเก็บรวบรวม weight=2 concept=why-we-collect
heading: วัตถุประสงค์ของการประมวลผล weight=1 concept=purposes-of-processing
heading: เราใช้ข้อมูลของคุณอย่างไร weight=1 concept=how-we-use
heading: วัตถุประสงค์ weight=2 concept=purposes-of-processing
heading: เราใช้ข้อมูล weight=2 concept=how-we-use
body: วัตถุประสงค์ weight=2 concept=purposes
body: ใช้ข้อมูล weight=1.5 concept=we-use
body: ให้บริการ weight=1.5 concept=to-provide
body: ปรับปรุง weight=1.5 concept=to-improve
body: พัฒนา weight=1.5 concept=to-develop
body: วิเคราะห์ weight=1.5 concept=to-analyse
body: ปรับแต่ง weight=2 concept=to-personalise
body: ความสนใจ weight=1
body: ยืนยันตัวตน weight=2
body: ประมวลผล weight=0.5 concept=we-use
body: คำสั่งซื้อ weight=1 concept=to-process-transactions
body: ชำระเงิน weight=1 concept=to-process-transactions
body: ฉ้อโกง weight=1.5 concept=to-prevent-fraud
body: สถิติ weight=1 concept=to-analyse
body: วิจัย weight=1 concept=research
body: บริหารจัดการ weight=1 concept=to-administer
body: เพื่อ weight=0.3
# Added with the shared concept inventory (concepts.txt).
heading: เราใช้ข้อมูลของท่านอย่างไร concept=how-we-use
heading: ทำไมเราจึงเก็บรวบรวมข้อมูลของคุณ concept=why-we-collect
heading: การประมวลผลข้อมูลส่วนบุคคล concept=processing-of-personal-data
heading: เราประมวลผลข้อมูลส่วนบุคคลของคุณอย่างไร concept=processing-of-personal-data
body: วัตถุประสงค์ดังต่อไปนี้ weight=2.5 concept=following-purposes
body: เราใช้ข้อมูลส่วนบุคคล weight=2 concept=we-use
body: การทำโปรไฟล์ weight=2 concept=profiling
body: การตัดสินใจอัตโนมัติ weight=1.5 concept=automated-decisions
body: ดำเนินการตามคำขอ weight=1.5 concept=to-fulfil
body: เพื่อปฏิบัติตามสัญญา weight=1.5 concept=to-fulfil
body: ปรับให้เหมาะสม weight=1.5 concept=to-personalise
body: ติดต่อสื่อสารกับคุณ weight=2 concept=to-communicate
body: ส่งข่าวสาร weight=1 concept=to-send
body: ตอบคำถาม weight=1.5 concept=to-respond
body: บริการลูกค้า weight=1.5 concept=to-respond
body: แก้ไขปัญหา weight=2 concept=to-troubleshoot
body: วิจัยตลาด weight=2 concept=research
body: ป้องกันการฉ้อโกง weight=1.5 concept=to-prevent-fraud
body: ดูแลบัญชี weight=1.5 concept=to-administer
body: ทำธุรกรรม weight=1.5 concept=to-process-transactions
body: พัฒนาผลิตภัณฑ์ใหม่ weight=2 concept=to-develop
body: ปฏิบัติตามกฎหมาย weight=1 concept=to-comply-with-law
heading: วัตถุประสงค์ของการเก็บรวบรวม weight=2 concept=why-we-collect
# Purpose headings asked with other verbs ("ทำไมเราจึงประมวลผลข้อมูลของคุณ") and "เพื่อวัตถุประสงค์ดังต่อไปนี้".
heading: ทำไมเราจึงประมวลผล concept=why-we-collect
heading: เหตุใดเราจึงประมวลผล concept=why-we-collect
heading: ทำไมเราจึงใช้ concept=why-we-collect
heading: เพื่อวัตถุประสงค์ดังต่อไปนี้ concept=purposes-of-processing
heading: การตัดสินใจอัตโนมัติ concept=automated-decision-making
heading: การตัดสินใจโดยอัตโนมัติ concept=automated-decision-making
heading: การตัดสินใจด้วยระบบอัตโนมัติ concept=automated-decision-making
heading: การทำโปรไฟล์ concept=automated-decision-making

[legal-basis]
heading: ฐานทางกฎหมาย weight=3 concept=legal-basis
heading: ฐานในการประมวลผล weight=2 concept=legal-basis
heading: ฐานการประมวลผล weight=2 concept=legal-basis
heading: หลักเกณฑ์ในการประมวลผล weight=1 concept=legal-basis
heading: เหตุผลทางกฎหมาย weight=1 concept=legal-basis
heading: ฐานทางกฎหมายในการประมวลผลข้อมูล weight=1 concept=legal-basis
body: ฐาน weight=2 concept=legal-basis-term
# The legal-basis words ("legal basis", "legitimate interests", "Art. 6", "on the basis of", GDPR) stand in
# every subsection of a translated European policy (a plug-in, a host, a form): in a text they weigh
# less than the practice it describes; the headings still name a legal-basis section.
body: ฐานทางกฎหมาย weight=2 concept=legal-basis-term
body: ประโยชน์โดยชอบด้วยกฎหมาย weight=2 concept=legitimate-interests
body: ประโยชน์อันชอบธรรม weight=2 concept=legitimate-interests
body: ปฏิบัติตามสัญญา weight=3 concept=performance-of-contract
body: สัญญา weight=1.5 concept=performance-of-contract
body: หน้าที่ตามกฎหมาย weight=2.5 concept=legal-obligation
body: ปฏิบัติตามกฎหมาย weight=2 concept=legal-obligation
body: ประโยชน์สาธารณะ weight=2 concept=public-interest
body: ระงับอันตราย weight=3 concept=vital-interests
body: ชีวิตร่างกายหรือสุขภาพ weight=2.5 concept=vital-interests
body: จดหมายเหตุ weight=2 concept=public-interest
body: ชอบด้วยกฎหมาย weight=1.5 concept=lawful
body: มาตรา weight=1 concept=article-6
body: ความยินยอม weight=0.5 concept=consent-as-basis
# Added with the shared concept inventory (concepts.txt).
heading: ฐานทางกฎหมายใดที่เราใช้ในการประมวลผลข้อมูลของคุณ concept=why-allowed
heading: เหตุใดเราจึงประมวลผลข้อมูลของคุณได้ concept=why-allowed
body: มาตรา 24 weight=2 concept=article-6
body: มีความจำเป็นเพื่อ weight=2.5 concept=processing-necessary
body: โดยอาศัยฐาน weight=1.5 concept=on-the-basis-of
body: สิทธิขั้นพื้นฐาน weight=2.5 concept=balancing-test
body: จำเป็น weight=0.5 concept=necessary
heading: ฐานกฎหมาย weight=3 concept=legal-basis
heading: ได้รับอนุญาตให้ประมวลผล concept=why-allowed
heading: มีสิทธิประมวลผล concept=why-allowed
heading: อาศัยฐานใด concept=why-allowed

[consent]
heading: ความยินยอม weight=1 concept=your-consent
heading: การขอความยินยอม weight=1 concept=your-consent
heading: การให้ความยินยอม weight=1 concept=your-consent
heading: การถอนความยินยอม weight=2 concept=withdrawal-of-consent
heading: การเพิกถอนความยินยอม weight=2 concept=withdrawal-of-consent
heading: ความยินยอมของคุณ weight=1 concept=your-consent
body: ความยินยอม weight=2 concept=you-consent
body: ยินยอม weight=1.5 concept=you-consent
body: ถอนความยินยอม weight=3 concept=withdraw
body: ถอน weight=3 concept=withdraw
body: เพิกถอน weight=2.5 concept=withdraw
body: ขอความยินยอม weight=2 concept=you-consent
body: โดยชัดแจ้ง weight=2.5 concept=explicit-consent
body: ทำเครื่องหมาย weight=2 concept=opt-in
body: คลิก weight=1 concept=opt-in
body: ยอมรับ weight=1.5 concept=you-agree
body: ไม่กระทบ weight=2 concept=without-affecting-lawfulness
body: เมื่อใดก็ได้ weight=1.5 concept=at-any-time
body: ตลอดเวลา weight=1 concept=at-any-time
body: ไม่ยินยอม weight=2
# Added with the shared concept inventory (concepts.txt).
heading: วิธีการถอนความยินยอม concept=withdrawal-of-consent
body: เปลี่ยนใจ weight=2 concept=change-your-mind
body: โดยสมัครใจ weight=2.5 concept=freely-given
body: อนุญาต weight=1.5 concept=permission

[sharing]
heading: การเปิดเผยข้อมูล weight=1 concept=disclosure-of-information
heading: การเปิดเผยข้อมูลส่วนบุคคล weight=1 concept=disclosure-of-information
heading: การแบ่งปันข้อมูล weight=1 concept=sharing-of-information
heading: บุคคลภายนอก weight=1 concept=third-parties
heading: ผู้รับข้อมูล weight=1 concept=who-we-share-with
heading: บุคคลที่เราเปิดเผยข้อมูลให้ weight=1 concept=who-we-share-with
heading: การส่งต่อข้อมูล weight=1 concept=sharing-of-information
heading: การเปิดเผย weight=1 concept=disclosure-of-information
body: เปิดเผย weight=2.5 concept=disclose
body: แบ่งปัน weight=2 concept=share
body: ส่งต่อ weight=1.5 concept=share
body: บุคคลภายนอก weight=2 concept=third-parties-term
body: บุคคลที่สาม weight=1.5 concept=third-parties-term
body: ผู้ให้บริการ weight=1.5 concept=service-providers
body: ผู้ประมวลผลข้อมูล weight=1.5 concept=service-providers
body: คู่ค้า weight=1.5 concept=business-partners
body: พันธมิตรทางธุรกิจ weight=2 concept=business-partners
body: บริษัทในเครือ weight=2 concept=affiliates
body: บริษัทในกลุ่ม weight=2 concept=affiliates
body: หน่วยงานของรัฐ weight=2 concept=authorities
body: หน่วยงานราชการ weight=2 concept=authorities
body: คำสั่งศาล weight=2.5 concept=legal-process
body: ควบรวมกิจการ weight=2.5 concept=corporate-transaction
body: โอนกิจการ weight=2 concept=corporate-transaction
body: ขาย weight=1 concept=sell
body: เจ้าพนักงาน weight=1.5 concept=authorities
# Added with the shared concept inventory (concepts.txt).
heading: เราแบ่งปันข้อมูลของคุณอย่างไร concept=how-we-share
heading: ข้อมูลที่เราเปิดเผย concept=how-we-share
heading: การเปิดเผยข้อมูลแก่บุคคลภายนอก concept=third-parties
heading: ผู้ให้บริการ weight=2 concept=service-providers-heading
heading: การควบรวมหรือโอนกิจการ concept=business-transfers
heading: การโอนกิจการ concept=business-transfers
heading: การเปิดเผยตามที่กฎหมายกำหนด concept=legal-requests
heading: คำขอจากหน่วยงานของรัฐ concept=legal-requests
heading: การขายข้อมูลส่วนบุคคล concept=sale-of-information
heading: เราขายข้อมูลของคุณหรือไม่ concept=sale-of-information
body: ในนามของเรา weight=1.5 concept=on-our-behalf
body: ผู้รับข้อมูล weight=2 concept=recipients
body: ล้มละลาย weight=2.5 concept=corporate-transaction
body: ตำรวจ weight=2 concept=authorities
body: หมายเรียก weight=2.5 concept=legal-process
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: การโอนข้อมูลให้แก่บุคคลที่สาม concept=transfer-to-third-parties
heading: การส่งต่อข้อมูลให้บุคคลที่สาม concept=transfer-to-third-parties
heading: การโอนข้อมูลไปยังบุคคลภายนอก concept=transfer-to-third-parties
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: โฮสติ้ง concept=service-providers-heading
heading: ผู้ให้บริการโฮสติ้ง concept=service-providers-heading
heading: เครือข่ายการส่งเนื้อหา concept=service-providers-heading
heading: ผู้ประมวลผลข้อมูลส่วนบุคคล concept=service-providers-heading
heading: การตรวจสอบข้อผิดพลาด concept=service-providers-heading
body: โฮสติ้ง weight=2 concept=service-providers
body: ผู้ให้บริการโฮสติ้ง weight=2.5 concept=service-providers
body: เครือข่ายการส่งเนื้อหา weight=3 concept=service-providers
body: CDN weight=2.5 concept=service-providers
body: แพลตฟอร์มคลาวด์ weight=2 concept=service-providers
body: คลาวด์คอมพิวติ้ง weight=2 concept=service-providers
body: ผู้ให้บริการคลาวด์ weight=2.5 concept=service-providers
body: ข้อตกลงการประมวลผลข้อมูล weight=2 concept=service-providers
body: สัญญาการประมวลผลข้อมูล weight=2 concept=service-providers
# Cloud sync and backup: the data goes to a third-party cloud (iCloud, Google Drive).
body: icloud weight=2 concept=service-providers
body: google drive weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: การชำระเงิน weight=2 concept=payments-purchases
heading: การประมวลผลการชำระเงิน weight=3 concept=payments-purchases
heading: การซื้อในแอป weight=2 concept=payments-purchases
heading: การสมัครสมาชิก weight=2 concept=payments-purchases
# "การซื้อภายในแอป" (in-app purchases) beside การซื้อในแอป.
heading: การซื้อภายในแอป weight=2 concept=payments-purchases

[cookies]
heading: คุกกี้ weight=2 concept=cookies
heading: นโยบายคุกกี้ weight=1 concept=cookies
heading: การใช้คุกกี้ weight=1 concept=cookies
heading: คุกกี้และเทคโนโลยีที่คล้ายกัน weight=1 concept=tracking-technologies
heading: เทคโนโลยีการติดตาม weight=1 concept=tracking-technologies
heading: ประเภทของคุกกี้ weight=1 concept=cookies
body: คุกกี้ weight=3 concept=cookie
body: Cookie weight=3 concept=cookie
body: ไฟล์ขนาดเล็ก weight=3 concept=text-files
body: เว็บบีคอน weight=3 concept=web-beacon
body: พิกเซล weight=2.5 concept=web-beacon
body: เทคโนโลยีที่คล้ายกัน weight=2 concept=tracking-technology
body: เบราว์เซอร์ weight=1.5 concept=browser
body: จดจำ weight=2
body: คุกกี้ที่จำเป็น weight=2 concept=cookie-categories
body: คุกกี้ของบุคคลที่สาม weight=2 concept=cookie
body: การตั้งค่า weight=1 concept=browser-settings
body: ปิดการใช้งาน weight=1 concept=browser-settings
body: ติดตาม weight=1.5 concept=tracking-technology
body: Google Analytics weight=2.5 concept=analytics-term
body: บันทึก weight=1 concept=log-file
# Added with the shared concept inventory (concepts.txt).
heading: เว็บบีคอน concept=web-beacons
heading: พิกเซลแท็ก concept=web-beacons
heading: ไฟล์บันทึก concept=log-files
heading: ล็อกไฟล์ concept=log-files
heading: เครื่องมือวิเคราะห์ concept=analytics
heading: การวิเคราะห์การใช้งาน concept=analytics
body: ไฟล์ข้อความ weight=2.5 concept=text-files
body: Local Storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: คุกกี้ถาวร weight=2 concept=cookie-lifetime
body: คุกกี้ชั่วคราว weight=2 concept=cookie-lifetime
body: คุกกี้เพื่อการทำงาน weight=2.5 concept=cookie-categories
body: คุกกี้เพื่อการวิเคราะห์ weight=2.5 concept=cookie-categories
body: ไฟล์บันทึก weight=2 concept=log-file
body: SDK weight=2 concept=sdk
body: ลายนิ้วมืออุปกรณ์ weight=2.5 concept=fingerprinting
body: การตั้งค่าเบราว์เซอร์ weight=1.5 concept=browser-settings
body: การวิเคราะห์ weight=1.5 concept=analytics-term
body: อุปกรณ์ weight=0.5 concept=device

[advertising]
heading: การโฆษณา weight=1 concept=advertising
heading: โฆษณา weight=1 concept=advertising
heading: การตลาด weight=1 concept=marketing
heading: การตลาดแบบตรง weight=1 concept=marketing
heading: โฆษณาที่ตรงกับความสนใจ weight=1 concept=interest-based-advertising
heading: ข่าวสารทางการตลาด weight=1 concept=marketing-communications
body: โฆษณา weight=2 concept=ads
body: การตลาด weight=2 concept=marketing-purposes
body: ผู้ลงโฆษณา weight=2.5 concept=ad-networks
body: เครือข่ายโฆษณา weight=3 concept=ad-networks
body: โปรโมชั่น weight=2 concept=promotions
body: โปรโมชัน weight=2 concept=promotions
body: ข้อเสนอพิเศษ weight=2 concept=promotions
body: ส่วนลด weight=1.5 concept=promotions
body: ข่าวสาร weight=1.5 concept=marketing-messages
body: ประชาสัมพันธ์ weight=1.5 concept=marketing-messages
body: ความสนใจ weight=1.5 concept=interests
body: กลุ่มเป้าหมาย weight=2 concept=interest-based
body: จดหมายข่าว weight=2 concept=marketing-messages
body: ส่งเสริมการขาย weight=2 concept=promotions
body: สิทธิพิเศษ weight=1.5 concept=promotions
body: SMS weight=1 concept=marketing-messages
# Added with the shared concept inventory (concepts.txt).
heading: การโฆษณาตามความสนใจ concept=interest-based-advertising
heading: โฆษณาของบุคคลภายนอก concept=third-party-advertising
heading: เครือข่ายโฆษณา concept=third-party-advertising
heading: การสื่อสารทางการตลาด concept=marketing-communications
body: รีทาร์เก็ตติ้ง weight=3 concept=retargeting
body: รีมาร์เก็ตติ้ง weight=3 concept=retargeting
body: เพื่อวัตถุประสงค์ทางการตลาด weight=2 concept=marketing-purposes
body: วัดประสิทธิภาพ weight=2 concept=ad-measurement
body: ตามความสนใจ weight=2.5 concept=interest-based
body: พฤติกรรม weight=1.5 concept=interest-based
body: Digital Advertising Alliance weight=3 concept=ad-industry-programs
body: Your Online Choices weight=3 concept=ad-industry-programs

[do-not-track]
heading: Do Not Track weight=1 concept=do-not-track
heading: สัญญาณห้ามติดตาม weight=1 concept=do-not-track
heading: ห้ามติดตาม weight=1 concept=do-not-track
heading: การไม่ติดตาม weight=1 concept=do-not-track
heading: คำขอไม่ให้ติดตาม weight=1 concept=do-not-track
heading: Global Privacy Control weight=1 concept=global-privacy-control
body: Do Not Track weight=3 concept=dnt-signal
body: DNT weight=3 concept=dnt-signal
body: GPC weight=3 concept=gpc-signal
body: Global Privacy Control weight=3 concept=gpc-signal
body: สัญญาณ weight=3 concept=opt-out-preference-signal
body: ส่งสัญญาณ weight=2.5 concept=opt-out-preference-signal
body: ไม่ติดตาม weight=2 concept=dnt-signal
body: ติดตาม weight=1 concept=cross-site-tracking
body: เบราว์เซอร์ weight=1 concept=browser-dnt
body: ตอบสนอง weight=2 concept=do-not-respond
body: มาตรฐาน weight=1.5 concept=no-uniform-standard
body: อุตสาหกรรม weight=1.5 concept=no-uniform-standard
body: กลไก weight=1.5 concept=opt-out-preference-signal
body: การตั้งค่า weight=0.5 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt).
heading: สัญญาณแสดงความต้องการ concept=preference-signals
heading: สัญญาณจากเบราว์เซอร์ concept=preference-signals
heading: สัญญาณการเลือกไม่รับ concept=preference-signals
body: ไม่ตอบสนอง weight=2.5 concept=do-not-respond
body: มาตรฐานเดียวกัน weight=3 concept=no-uniform-standard
body: ข้ามเว็บไซต์ weight=2.5 concept=cross-site-tracking
body: ปฏิบัติตามสัญญาณ weight=1.5 concept=honor-signals

[choices]
heading: ทางเลือกของคุณ weight=1 concept=your-choices
heading: ตัวเลือกของคุณ weight=1 concept=your-choices
heading: ทางเลือก weight=1 concept=your-choices
heading: การเลือกไม่รับ weight=1 concept=opting-out
heading: การจัดการการตั้งค่า weight=1 concept=managing-preferences
heading: การยกเลิกการรับข่าวสาร weight=1 concept=unsubscribing
heading: การยกเลิกการสมัคร weight=1 concept=unsubscribing
body: ทางเลือก weight=2 concept=preferences
body: ตัวเลือก weight=2 concept=preferences
body: เลือก weight=1.5 concept=choose-not-to
body: ยกเลิกการสมัคร weight=2.5 concept=unsubscribe
body: ยกเลิกการรับ weight=2.5 concept=unsubscribe
body: ยกเลิก weight=1.5 concept=unsubscribe
body: ไม่รับ weight=2 concept=opt-out
body: ปิด weight=1 concept=disable
body: การตั้งค่า weight=1.5 concept=settings
body: ปฏิเสธ weight=1.5 concept=decline
body: จัดการ weight=1 concept=preferences
body: ไม่ให้ข้อมูล weight=2 concept=choose-not-to
body: อาจไม่สามารถ weight=2 concept=consequences-of-refusal
body: การแจ้งเตือน weight=1 concept=device-permissions
# Added with the shared concept inventory (concepts.txt).
heading: วิธีการเลือกไม่รับ concept=opting-out
heading: การตั้งค่าการสื่อสาร concept=managing-preferences
body: เลือกไม่รับ weight=3 concept=opt-out
body: อีเมลส่งเสริมการขาย weight=2 concept=promotional-emails
body: ด้านล่างของอีเมล weight=1.5 concept=unsubscribe-link
body: บริการระบุตำแหน่ง weight=2 concept=device-permissions
body: รับ weight=0.5 concept=receive

[rights]
heading: สิทธิของคุณ weight=1 concept=your-rights
heading: สิทธิของท่าน weight=1 concept=your-rights
heading: สิทธิของเจ้าของข้อมูล weight=2 concept=your-rights
heading: สิทธิตามกฎหมาย weight=1 concept=your-rights
heading: การใช้สิทธิ weight=1 concept=exercising-rights
heading: สิทธิเกี่ยวกับข้อมูลส่วนบุคคล weight=1 concept=your-rights
heading: สิทธิ weight=1 concept=your-rights
heading: เข้าถึง weight=1.5 concept=access-and-correction
body: สิทธิ weight=2
body: ใช้สิทธิ weight=2.5 concept=exercise-rights
body: เข้าถึง weight=2 concept=access
body: ขอรับสำเนา weight=3 concept=copy-of-data
body: สำเนา weight=2 concept=copy-of-data
body: แก้ไข weight=2 concept=rectification
body: ทำให้เป็นปัจจุบัน weight=2.5 concept=rectification
body: ลบ weight=2 concept=erasure
body: ทำลาย weight=1.5 concept=erasure
body: ระงับการใช้ weight=3 concept=restriction
body: คัดค้าน weight=3 concept=right-to-object
body: โอนย้าย weight=2.5 concept=portability
body: ร้องเรียน weight=2.5 concept=complaint-to-authority
body: คณะกรรมการคุ้มครองข้อมูลส่วนบุคคล weight=3 concept=complaint-to-authority
body: คำร้อง weight=2 concept=request
body: ยื่นคำขอ weight=2 concept=exercise-rights
# Added with the shared concept inventory (concepts.txt).
heading: การเข้าถึงและแก้ไขข้อมูล concept=access-and-correction
heading: วิธีการใช้สิทธิ concept=exercising-rights
heading: ตัวแทนที่ได้รับมอบอำนาจ concept=authorized-agents
heading: เข้าถึงข้อมูลของฉัน concept=access-and-correction
heading: แก้ไขข้อมูลของฉัน concept=access-and-correction
heading: ฉันมีสิทธิอะไรบ้าง concept=your-rights
heading: สิทธิของฉัน concept=your-rights
body: สิทธิในการเข้าถึง weight=3 concept=right-of-access
body: ไม่ถูกต้อง weight=2 concept=rectification
body: สิทธิในการคัดค้าน weight=3 concept=right-to-object
body: ใช้งานโดยทั่วไปได้ weight=2.5 concept=portability
body: ยืนยันตัวตน weight=2 concept=verify-identity
body: ตัวแทนที่ได้รับมอบอำนาจ weight=2.5 concept=authorized-agent
body: เลือกปฏิบัติ weight=1.5 concept=non-discrimination
body: เจ้าของข้อมูลส่วนบุคคล weight=2 concept=data-subject-rights
body: คำขอ weight=0.3 concept=request

[retention]
heading: ระยะเวลาการเก็บรักษา weight=2 concept=retention-period
heading: ระยะเวลาในการเก็บรักษา weight=2 concept=retention-period
heading: การเก็บรักษาข้อมูล weight=1 concept=data-retention
heading: การเก็บรักษา weight=1 concept=data-retention
heading: ระยะเวลาในการเก็บข้อมูล weight=1 concept=retention-period
heading: ระยะเวลาการจัดเก็บ weight=1 concept=retention-period
heading: เราเก็บข้อมูลไว้นานเท่าใด weight=1 concept=how-long-we-keep
body: เก็บรักษา weight=3 concept=retain
body: ระยะเวลา weight=2 concept=retention-criteria
body: เท่าที่จำเป็น weight=2 concept=as-long-as-necessary
body: อายุความ weight=3 concept=legal-retention-requirements
body: หมดความจำเป็น weight=2.5 concept=no-longer-needed
body: พ้นระยะเวลา weight=2.5 concept=no-longer-needed
body: สิ้นสุด weight=1.5 concept=retention-criteria
body: ลบหรือทำลาย weight=2.5 concept=destroy
body: ทำลาย weight=1.5 concept=destroy
body: ไม่สามารถระบุตัวตน weight=1.5 concept=anonymise
body: จัดเก็บ weight=1.5 concept=store
body: ไม่เกิน weight=1.5 concept=retention-criteria
body: นับแต่ weight=2 concept=retention-criteria
body: ปี weight=0.5 concept=years
# Added with the shared concept inventory (concepts.txt).
heading: การเก็บรักษาข้อมูลส่วนบุคคล concept=data-retention
heading: เราเก็บรักษาข้อมูลของคุณไว้นานเท่าใด concept=how-long-we-keep
heading: การจัดเก็บและการเก็บรักษาข้อมูล concept=storage-and-retention
heading: การเก็บรักษาและการลบข้อมูล concept=retention-and-deletion
body: ตราบเท่าที่จำเป็น weight=3 concept=as-long-as-necessary
body: ทำให้เป็นข้อมูลนิรนาม weight=2 concept=anonymise
body: นิรนาม weight=2 concept=anonymise
body: เก็บไว้ weight=1.5 concept=keep
body: เก็บถาวร weight=2 concept=archive
body: ไม่มีการใช้งาน weight=2 concept=inactive-accounts
body: ตามที่กฎหมายกำหนด weight=1.5 concept=legal-retention-requirements
# "How long (do we keep it)?" and PDPA "การลบหรือทำลาย" (erasure or destruction at the end of retention).
heading: นานเท่าใด concept=how-long-we-keep
heading: นานแค่ไหน concept=how-long-we-keep
heading: การลบหรือทำลาย weight=2 concept=retention-and-deletion
heading: การลบและทำลาย weight=2 concept=retention-and-deletion
heading: การทำลายข้อมูล concept=retention-and-deletion
heading: เราจัดเก็บข้อมูลอย่างไร concept=storage-and-retention
heading: จัดเก็บอย่างไร concept=storage-and-retention

[security]
heading: ความปลอดภัยของข้อมูล weight=1 concept=data-security
heading: การรักษาความปลอดภัย weight=1 concept=data-security
heading: ความมั่นคงปลอดภัย weight=2 concept=data-security
heading: มาตรการรักษาความปลอดภัย weight=1 concept=security-measures
heading: มาตรการรักษาความมั่นคงปลอดภัย weight=1 concept=security-measures
heading: เราปกป้องข้อมูลของคุณอย่างไร weight=1 concept=how-we-protect
heading: ความปลอดภัย weight=1 concept=data-security
body: ความปลอดภัย weight=2 concept=secure
body: มั่นคงปลอดภัย weight=2.5 concept=secure
body: มาตรการ weight=2 concept=safeguards
body: เข้ารหัส weight=3 concept=encryption
body: ไม่ได้รับอนุญาต weight=2.5 concept=unauthorized-access
body: สูญหาย weight=2 concept=loss-misuse-alteration
body: รั่วไหล weight=2.5 concept=breach
body: ละเมิด weight=1.5 concept=breach
body: ไฟร์วอลล์ weight=3 concept=technical-controls
body: SSL weight=3 concept=encryption
body: ทบทวน weight=1
body: ป้องกัน weight=1 concept=protect
body: เหมาะสม weight=0.5
body: เจ้าหน้าที่ที่ได้รับอนุญาต weight=2 concept=technical-controls
body: บริหารจัดการ weight=0.5
# Added with the shared concept inventory (concepts.txt).
heading: การปกป้องข้อมูลของคุณ concept=how-we-protect
body: มาตรการเชิงองค์กรและเชิงเทคนิค weight=3 concept=technical-organisational-measures
body: มาตรการทางเทคนิค weight=2.5 concept=technical-organisational-measures
body: ทางกายภาพ weight=1.5 concept=physical-safeguards
body: รหัสผ่าน weight=2.5 concept=technical-controls
body: การควบคุมการเข้าถึง weight=2.5 concept=technical-controls
body: ความลับ weight=1.5 concept=confidentiality
body: ไม่สามารถรับประกัน weight=2.5 concept=no-guarantee
body: มาตรฐานอุตสาหกรรม weight=2 concept=industry-standard
body: ใช้ในทางที่ผิด weight=2.5 concept=loss-misuse-alteration
body: TLS weight=3 concept=encryption
body: ปกป้อง weight=1 concept=protect
body: ทำให้มั่นใจ weight=0.5 concept=ensure
# Personal-data breaches and their notification: a security topic.
heading: การละเมิดข้อมูลส่วนบุคคล concept=data-security
heading: การรั่วไหลของข้อมูล concept=data-security
heading: เหตุการณ์ด้านความปลอดภัย concept=data-security
heading: การเข้ารหัส concept=data-security

[children]
heading: ข้อมูลส่วนบุคคลของผู้เยาว์ weight=1 concept=minors
heading: ความเป็นส่วนตัวของเด็ก weight=1 concept=childrens-privacy
heading: ข้อมูลของเด็ก weight=1 concept=childrens-privacy
heading: ผู้เยาว์ weight=2 concept=minors
heading: เด็ก weight=1 concept=childrens-privacy
heading: ผู้ไร้ความสามารถ
body: ผู้เยาว์ weight=3 concept=minors-teens
body: เด็ก weight=2 concept=children
body: อายุต่ำกว่า weight=3 concept=age-threshold
body: ต่ำกว่า weight=1 concept=age-threshold
body: บรรลุนิติภาวะ weight=3 concept=age-threshold
body: ผู้ปกครอง weight=2.5 concept=parents-guardians
body: ผู้ใช้อำนาจปกครอง weight=3 concept=parents-guardians
body: ผู้อนุบาล weight=2 concept=parents-guardians
body: ผู้พิทักษ์ weight=2 concept=parents-guardians
body: คนไร้ความสามารถ weight=2
body: คนเสมือนไร้ความสามารถ weight=2
body: อายุ weight=1.5 concept=age
body: COPPA weight=2 concept=coppa
# Added with the shared concept inventory (concepts.txt).
heading: เด็กอายุต่ำกว่า 13 ปี concept=age-limits
heading: ข้อจำกัดด้านอายุ concept=age-limits
heading: การใช้บริการโดยผู้เยาว์ concept=minors
body: ความยินยอมจากผู้ปกครอง weight=3 concept=parental-consent
body: ความยินยอมของผู้ใช้อำนาจปกครอง weight=3 concept=parental-consent
body: โดยเจตนา weight=3 concept=knowingly-collect
body: ไม่ได้มีไว้สำหรับ weight=2 concept=not-directed-to-children
body: หากเราทราบว่า weight=2 concept=if-we-learn
body: วัยรุ่น weight=2.5 concept=minors-teens
heading: ของเด็ก weight=3 concept=childrens-privacy
heading: ของผู้เยาว์ weight=3 concept=minors

[international]
heading: การโอนข้อมูลไปต่างประเทศ weight=1 concept=international-transfers
heading: การส่งหรือโอนข้อมูล weight=1 concept=data-transfers
heading: ต่างประเทศ weight=2 concept=international-transfers
heading: การโอนข้อมูลระหว่างประเทศ weight=1 concept=international-transfers
heading: ข้ามพรมแดน weight=2 concept=international-transfers
heading: สถานที่จัดเก็บข้อมูล weight=1 concept=where-we-store
body: ต่างประเทศ weight=3 concept=other-countries
body: ข้ามพรมแดน weight=3 concept=cross-border
body: ระหว่างประเทศ weight=2 concept=cross-border
body: โอน weight=1.5 concept=transfer
body: ถ่ายโอน weight=2 concept=transfer
body: ส่งหรือโอน weight=2.5 concept=transfer
body: ประเทศปลายทาง weight=3 concept=other-countries
body: มาตรฐานการคุ้มครอง weight=2 concept=adequacy
body: เพียงพอ weight=2 concept=adequacy
# The transfer safeguards (standard contractual clauses, adequacy decisions, the Data Privacy Framework)
# stand in one sentence of many subsections about a single social network or cloud service: in a
# text they weigh less than the practice it describes; the headings still name a transfer section.
body: ข้อสัญญามาตรฐาน weight=2 concept=transfer-safeguards
body: นอกประเทศไทย weight=2.5 concept=other-countries
body: ประเทศอื่น weight=2 concept=other-countries
# A bare เซิร์ฟเวอร์ is any server: the location needs a place word.
body: เซิร์ฟเวอร์ weight=0.5 concept=server-location
body: เซิร์ฟเวอร์ที่ตั้งอยู่ weight=2 concept=server-location
body: เซิร์ฟเวอร์ตั้งอยู่ weight=2 concept=server-location
body: เซิร์ฟเวอร์ในต่างประเทศ weight=2 concept=server-location
body: ที่ตั้งของเซิร์ฟเวอร์ weight=2 concept=server-location
body: คลาวด์ weight=1.5 concept=server-location
# Added with the shared concept inventory (concepts.txt).
heading: การโอนข้อมูล concept=data-transfers
heading: การส่งหรือโอนข้อมูลส่วนบุคคลไปยังต่างประเทศ concept=international-transfers
heading: เราจัดเก็บข้อมูลของคุณไว้ที่ใด concept=where-we-store
heading: การจัดเก็บข้อมูล weight=1 concept=where-we-store
heading: จัดเก็บไว้ที่ใด concept=where-we-store
heading: จัดเก็บที่ไหน concept=where-we-store
body: เขตเศรษฐกิจยุโรป weight=2 concept=eea
body: สหรัฐอเมริกา weight=1.5 concept=united-states
body: ข้อบังคับองค์กรที่มีผลผูกพัน weight=2 concept=transfer-safeguards
body: มาตรการคุ้มครองที่เหมาะสม weight=2 concept=transfer-safeguards
body: Data Privacy Framework weight=2 concept=privacy-frameworks
body: เขตอำนาจศาล weight=2 concept=jurisdictions
body: ทั่วโลก weight=1.5 concept=around-the-world
body: ระดับการคุ้มครองที่ต่ำกว่า weight=2 concept=less-protective

[regional]
heading: ข้อกำหนดเฉพาะภูมิภาค weight=1 concept=jurisdiction-specific
heading: ประกาศสำหรับภูมิภาค weight=1 concept=jurisdiction-specific
heading: ผู้อยู่อาศัยในรัฐแคลิฟอร์เนีย weight=1 concept=california
heading: สำหรับผู้ใช้ในสหภาพยุโรป weight=1 concept=eea-gdpr-notice
heading: ข้อมูลเพิ่มเติมสำหรับบางประเทศ weight=1 concept=jurisdiction-specific
heading: ข้อกำหนดเพิ่มเติมสำหรับแต่ละประเทศ weight=1 concept=jurisdiction-specific
body: แคลิฟอร์เนีย weight=3 concept=california-law
body: ผู้อยู่อาศัย weight=2 concept=residents
body: สหภาพยุโรป weight=2 concept=eu-gdpr
body: เขตเศรษฐกิจยุโรป weight=2.5 concept=eu-gdpr
body: สหราชอาณาจักร weight=1.5 concept=eu-gdpr
body: สหรัฐอเมริกา weight=1.5
body: ภูมิภาค weight=1.5
body: รัฐ weight=1 concept=state
body: กฎหมายท้องถิ่น weight=2
body: สิงคโปร์ weight=1.5
body: มาเลเซีย weight=1.5
body: อินโดนีเซีย weight=1.5
body: บราซิล weight=1.5 concept=brazil-lgpd
body: CCPA weight=2.5 concept=california-law
# Added with the shared concept inventory (concepts.txt).
heading: สิทธิความเป็นส่วนตัวของรัฐแคลิฟอร์เนีย concept=california
heading: ผู้อยู่อาศัยในรัฐเนวาดา concept=us-state-rights
heading: สิทธิความเป็นส่วนตัวตามกฎหมายของรัฐในสหรัฐอเมริกา concept=us-state-rights
heading: การปฏิบัติตาม GDPR concept=eea-gdpr-notice
heading: ผู้อยู่อาศัยในเขตเศรษฐกิจยุโรป concept=eea-gdpr-notice
body: CPRA weight=3 concept=california-law
body: เนวาดา weight=3 concept=us-states
body: เวอร์จิเนีย weight=3 concept=us-states
body: โคโลราโด weight=3 concept=us-states
body: ผู้บริโภค weight=1.5 concept=consumers
body: ไม่ขายหรือแบ่งปัน weight=3 concept=do-not-sell
body: สิ่งจูงใจทางการเงิน weight=3 concept=financial-incentives
body: 12 เดือนที่ผ่านมา weight=3 concept=preceding-12-months
body: GDPR weight=2.5 concept=eu-gdpr
body: LGPD weight=2.5 concept=brazil-lgpd
body: แคนาดา weight=2.5 concept=canada-pipeda
body: PIPEDA weight=2.5 concept=canada-pipeda
body: การโฆษณาตามพฤติกรรมข้ามบริบท weight=3 concept=cross-context-advertising
heading: แต่ละประเทศ concept=jurisdiction-specific
heading: เฉพาะประเทศ concept=jurisdiction-specific
# Regional annexes and law acronyms as headings (APPI, PIPA, PIPL, ...): heading-only, never body terms.
heading: appi concept=jurisdiction-specific
heading: pipa concept=jurisdiction-specific
heading: pipl concept=jurisdiction-specific
heading: lgpd concept=jurisdiction-specific
heading: pipeda concept=jurisdiction-specific
heading: popia concept=jurisdiction-specific
heading: kvkk concept=jurisdiction-specific
heading: vcdpa concept=jurisdiction-specific
heading: cpra concept=jurisdiction-specific
heading: ccpa concept=jurisdiction-specific
heading: nfadp concept=jurisdiction-specific
heading: revdsg concept=jurisdiction-specific
heading: ndsg concept=jurisdiction-specific
heading: fadp concept=jurisdiction-specific
heading: uk gdpr concept=jurisdiction-specific
heading: ภาคผนวกระดับภูมิภาค concept=jurisdiction-specific
heading: ภาคผนวกตามภูมิภาค concept=jurisdiction-specific
heading: ญี่ปุ่น weight=1 concept=jurisdiction-specific
heading: เกาหลีใต้ weight=1 concept=jurisdiction-specific

[third-party-sites]
heading: เว็บไซต์ของบุคคลภายนอก weight=2 concept=third-party-websites
heading: เว็บไซต์ของบุคคลที่สาม weight=2 concept=third-party-websites
heading: ลิงก์ไปยังเว็บไซต์อื่น weight=1 concept=links-to-other-sites
heading: ลิงก์ภายนอก weight=1 concept=links-to-other-sites
heading: บริการของบุคคลภายนอก weight=2 concept=third-party-services
heading: ลิงก์ weight=2 concept=links-to-other-sites
body: ลิงก์ weight=3 concept=links
body: เว็บไซต์อื่น weight=2.5 concept=other-sites
body: ภายนอก weight=1 concept=other-sites
body: ไม่รับผิดชอบ weight=2.5 concept=not-responsible
body: ความรับผิดชอบ weight=1.5 concept=not-responsible
body: ปลั๊กอิน weight=2.5 concept=plugins
body: โซเชียลมีเดีย weight=1.5
body: ไม่อยู่ภายใต้ weight=2 concept=not-responsible
body: ควบคุม weight=1 concept=not-responsible
body: แนวปฏิบัติ weight=1.5 concept=their-privacy-policies
body: นโยบายความเป็นส่วนตัวของ weight=1.5 concept=their-privacy-policies
body: ตรวจสอบ weight=0.5 concept=review
# Added with the shared concept inventory (concepts.txt).
heading: ปลั๊กอินโซเชียลมีเดีย concept=social-media-plugins
heading: ฟีเจอร์โซเชียลมีเดีย concept=social-media-plugins
heading: นโยบายความเป็นส่วนตัวของบุคคลภายนอก concept=third-party-privacy-policies
heading: นโยบายความเป็นส่วนตัวของบุคคลที่สาม concept=third-party-privacy-policies
body: ไฮเปอร์ลิงก์ weight=3 concept=links
body: แอปพลิเคชันของบุคคลภายนอก weight=2 concept=third-party-applications
body: ขอแนะนำให้คุณอ่าน weight=2.5 concept=encourage-review
body: ออกจากเว็บไซต์ของเรา weight=2.5 concept=leave-our-site
body: วิดเจ็ต weight=2.5 concept=plugins
body: เนื้อหา weight=0.5 concept=content
# Headings on the company's presence on social networks (concept social-media-presence).
heading: โซเชียลมีเดีย concept=social-media-presence
heading: เครือข่ายสังคมออนไลน์ concept=social-media-presence
heading: สื่อสังคมออนไลน์ concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: ข้อมูลที่บุคคลที่สามเก็บรวบรวม concept=third-party-data-collection
heading: ข้อมูลที่เก็บรวบรวมโดยบุคคลที่สาม concept=third-party-data-collection
heading: บริการของบุคคลที่สาม weight=2 concept=third-party-services
heading: แอปพลิเคชันของบุคคลที่สาม weight=2 concept=third-party-services
heading: แอปพลิเคชันของบุคคลภายนอก weight=2 concept=third-party-services
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: เนื้อหาที่ฝัง concept=third-party-services
heading: เนื้อหาจากบุคคลที่สาม concept=third-party-services
heading: เนื้อหาของบุคคลที่สาม concept=third-party-services
heading: วิดีโอที่ฝัง concept=third-party-services
heading: ปลั๊กอิน concept=social-media-plugins
body: ฝังเนื้อหา weight=2.5 concept=plugins
body: เนื้อหาที่ฝัง weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: เนื้อหาจากบุคคลที่สาม weight=3 concept=other-sites
body: เนื้อหาของบุคคลที่สาม weight=3 concept=other-sites
body: YouTube weight=2 concept=plugins
body: Vimeo weight=2.5 concept=plugins
body: Google Maps weight=2.5 concept=plugins
body: Google แผนที่ weight=2.5 concept=plugins
body: โหมดความเป็นส่วนตัวขั้นสูง weight=2.5 concept=plugins
body: เข้าสู่ระบบบัญชีของคุณ weight=1.5 concept=plugins
heading: บริการจากบุคคลที่สาม weight=2 concept=third-party-services
heading: บริการบุคคลที่สาม concept=third-party-services
heading: บริการภายนอก concept=third-party-services
heading: การซิงค์คลาวด์ concept=third-party-services
heading: การซิงค์ข้อมูลบนคลาวด์ concept=third-party-services
heading: การสำรองข้อมูล icloud concept=third-party-services
heading: การซิงค์และสำรองข้อมูล concept=third-party-services
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: การเชื่อมต่อเครือข่าย weight=2 concept=network-connections
heading: การเชื่อมต่อภายนอก weight=2 concept=network-connections
heading: ออกจากอุปกรณ์ของคุณ weight=2 concept=network-connections
heading: ส่งผ่านอินเทอร์เน็ต weight=2 concept=network-connections
heading: ส่งออกนอกอุปกรณ์ weight=2 concept=network-connections
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
heading: การเปลี่ยนแปลงนโยบาย weight=2 concept=changes-to-policy
heading: การเปลี่ยนแปลงนโยบายความเป็นส่วนตัว weight=1 concept=changes-to-policy
heading: การแก้ไขเปลี่ยนแปลง weight=1 concept=amendments
heading: การปรับปรุงนโยบาย weight=1 concept=policy-updates
heading: การแก้ไขนโยบาย weight=1 concept=amendments
heading: การเปลี่ยนแปลง weight=1 concept=changes-to-policy
body: เปลี่ยนแปลง weight=2.5 concept=change-update
body: แก้ไข weight=1.5 concept=change-update
body: ปรับปรุง weight=1.5 concept=change-update
body: ฉบับล่าสุด weight=2.5 concept=latest-version
body: ปรับปรุงล่าสุด weight=3 concept=effective-date
body: มีผลบังคับใช้ weight=3 concept=effective-date
body: วันที่มีผล weight=2.5 concept=effective-date
body: เป็นครั้งคราว weight=2.5 concept=from-time-to-time
body: แจ้งให้ทราบ weight=1.5 concept=notify-you
body: ประกาศ weight=1.5 concept=posting
body: ทบทวน weight=1 concept=check-back
body: ฉบับ weight=1 concept=version
body: หน้านี้ weight=1 concept=posting
# Added with the shared concept inventory (concepts.txt).
heading: การแจ้งการเปลี่ยนแปลง concept=notification-of-changes
heading: การแจ้งให้ทราบถึงการเปลี่ยนแปลง concept=notification-of-changes
heading: การปรับปรุงแก้ไขนโยบาย concept=policy-updates
heading: วันที่มีผลบังคับใช้ concept=entry-into-force
heading: การมีผลบังคับใช้ concept=entry-into-force
heading: บทเฉพาะกาล concept=entry-into-force
body: การเปลี่ยนแปลงที่สำคัญ weight=3 concept=material-changes
body: ใช้บริการต่อไป weight=3 concept=continued-use
body: มีผลทันที weight=2.5 concept=effective-immediately
body: ขอสงวนสิทธิ์ weight=2 concept=reserve-the-right
body: เป็นระยะ weight=2.5 concept=from-time-to-time
body: ตรวจสอบนโยบายนี้ weight=2.5 concept=check-back
body: การแจ้ง weight=0.5 concept=notice

[contact]
heading: ติดต่อเรา weight=2 concept=contact-us
heading: การติดต่อเรา weight=1 concept=contact-us
heading: ช่องทางการติดต่อ weight=1 concept=how-to-contact
heading: รายละเอียดการติดต่อ weight=1 concept=contact-information
heading: ข้อมูลติดต่อ weight=1 concept=contact-information
heading: เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล weight=1 concept=data-protection-officer
heading: สอบถามข้อมูลเพิ่มเติม weight=1 concept=questions
body: ติดต่อ weight=2.5 concept=please-contact
body: เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล weight=3 concept=dpo
body: DPO weight=3 concept=dpo
body: สอบถาม weight=2 concept=questions-comments
body: ข้อสงสัย weight=2 concept=questions-comments
body: อีเมล weight=1.5 concept=by-email
body: โทรศัพท์ weight=1.5 concept=telephone
body: ที่อยู่ weight=1 concept=address
body: ศูนย์บริการลูกค้า weight=2 concept=customer-service
body: ถนน weight=1.5 concept=postal-address
body: แขวง weight=1.5 concept=postal-address
body: เขต weight=1 concept=postal-address
body: กรุงเทพมหานคร weight=1.5 concept=postal-address
body: ร้องเรียน weight=1 concept=questions-comments
body: ชั้น weight=1 concept=postal-address
# Added with the shared concept inventory (concepts.txt).
heading: วิธีการติดต่อเรา concept=how-to-contact
heading: ข้อสงสัย concept=questions
heading: คำถาม concept=questions
body: กรุณาติดต่อ weight=3 concept=please-contact
body: ข้อคิดเห็น weight=2.5 concept=questions-comments
body: ทางอีเมล weight=1.5 concept=by-email
body: ฝ่ายบริการลูกค้า weight=1.5 concept=customer-service
body: ที่อยู่ไปรษณีย์ weight=2 concept=postal-address
# The controller's identity and address (PDPA s. 23, GDPR art. 13(1)(a)): "ผู้ควบคุมข้อมูลส่วนบุคคล".
heading: ผู้ควบคุมข้อมูลส่วนบุคคล concept=contact-information
heading: ผู้ควบคุมข้อมูล concept=contact-information
heading: ข้อมูลผู้ควบคุมข้อมูลส่วนบุคคล concept=contact-information
heading: ติดต่อใคร concept=how-to-contact
heading: ติดต่อได้ที่ไหน concept=how-to-contact
heading: ติดต่อได้อย่างไร concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no cue inside it
# counts. Written whole, like boilerplate headings.
# A backup copy (สำเนาสำรอง) is no copy of one's data given on request.
สำเนาสำรอง
# An authority's name is no purpose of use.
สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
