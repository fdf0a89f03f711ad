# Korean lexicon
# Words are space-separated but carry particles (개인정보를, 회사는, 제3자에게): the
# @suffixes line strips them, so long nouns are written bare (개인정보, 처리방침). Verbal nouns and
# stems that take 하다/되다 endings carry a trailing * (수집* matches 수집하는, 수집된,
# 수집합니다). Headings are short cues with * so that spacing variants (파기절차,
# 파기 절차) and endings (변경, 변경에 관한 사항) still match.
# Particles are only stripped from words of 4 or more syllables (개인정보를 -> 개인정보),
# so shorter nouns carry a * as well (쿠키* matches 쿠키를, 권리* matches 권리와).
# Wording follows Korean policies written to the 개인정보 보호법 and its standard
# 개인정보 처리방침 items: 처리 목적, 처리 항목, 보유 및 이용기간, 파기 절차, 제3자 제공,
# 처리 위탁, 국외 이전, 정보주체의 권리, 안전성 확보 조치, 자동 수집 장치, 보호책임자.
@language ko
@name Korean
@heading-head last
@fold-accents no
@suffixes 으로부터 로부터 에게서 에서는 에서 에게 에는 으로 이나 까지 부터 은 는 이 가 을 를 의 에 로 와 과 도 만 나

[profile]
# Frequent words as they appear between spaces (with their particles), then frequent
# privacy-policy words. Hangul identifies Korean by itself, so no weights are needed.
및
또는
등
수
것
그
이
그리고
또한
다만
단
그러나
따라
따라서
위해
위하여
위한
대한
대하여
관한
관하여
통해
통하여
의해
의하여
경우
경우에는
때
후
전
중
내
외
이상
이하
해당
모든
다른
일부
각
기타
다음과
같이
같은
아래
위
있습니다
있는
있으며
있도록
없습니다
없는
않습니다
않는
합니다
하는
하며
하고
하여
한
할
됩니다
되는
되며
된
될
필요한
필요
가능
즉시
이를
이에
회사
회사는
회사의
당사
당사는
이용자
이용자의
이용자는
귀하
귀하의
고객
회원
회원의
정보주체
개인정보
개인정보를
개인정보의
개인정보는
정보
정보를
서비스
서비스를
서비스의
제공
제공합니다
수집
수집하는
이용
이용합니다
처리
처리방침
보호
목적
법령
관련
관계
제공받는
이용하는
동의
동의를
위탁
보유
보관
파기
기간
권리
요청
요구
문의
연락
이메일
주소
전화번호
쿠키
광고
웹사이트
앱
기기
계정
정책
약관
법률
안전성
조치
확보
열람
정정
삭제
항목
필수
선택
운영
관리
변경
고지
공지
시행
내용
방법
절차
사항

[units]
year: 년, 년간, 년이, 년의, 해, 세, 살    # 세 and 살 count years of age ("만 16세")
month: 개월, 개월간, 개월이, 개월의, 달
week: 주, 주일, 주간
business-day: 영업일
day: 일, 일간, 일이, 일의
hour: 시간
minute: 분

[numbers]
# Native numerals (한 달, 두 달, 세 번) and multi-syllable Sino-Korean ones. The bare
# Sino-Korean 일 and 이 are left out on purpose: 일 is also "day" and 이 "this"/a
# particle, and durations are almost always written with digits (30일, 6개월, 3년).
1: 하나, 한
2: 둘, 두
3: 셋, 세
4: 넷, 네
5: 다섯
6: 여섯
7: 일곱
8: 여덟
9: 아홉
10: 열, 십
12: 열두, 십이
13: 열세, 십삼
14: 열네, 십사
16: 열여섯, 십육
18: 열여덟, 십팔
20: 스물, 스무, 이십
30: 서른, 삼십
60: 예순, 육십
90: 아흔, 구십
100: 백

[references]
# Korea's own 개인정보 보호법 (PIPA) and 정보통신망법 have no canonical id yet, so the
# bare name 개인정보 보호법 is not listed: it would be read as another country's law.
gdpr: 일반 개인정보 보호법, 일반개인정보보호법, 일반 개인정보 보호규정, 일반개인정보보호규정, gdpr
ccpa: 캘리포니아 소비자 개인정보 보호법, 캘리포니아 소비자 프라이버시법, 캘리포니아 소비자 개인정보보호법, ccpa
cpra: 캘리포니아 개인정보 보호 권리법, 캘리포니아 프라이버시 권리법, cpra
coppa: 아동 온라인 개인정보 보호법, 아동 온라인 프라이버시 보호법, coppa
pdpa: 싱가포르 개인정보 보호법, 태국 개인정보 보호법, pdpa
lgpd: 브라질 일반 개인정보 보호법, 브라질 개인정보 보호법, lgpd
pipeda: 캐나다 개인정보 보호 및 전자문서법, 개인정보 보호 및 전자문서법, pipeda
appi: 일본 개인정보 보호법, 일본 개인정보보호법, appi
pipl: 중국 개인정보 보호법, 중국 개인정보보호법, pipl

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
이용약관
이용 약관
서비스 이용약관
서비스 약관
준거법
준거법 및 관할
준거법 및 관할권
준거법 및 관할 법원
관할
관할권
관할 법원
분리 가능성
가분성
완전 합의
권리 포기
불가항력
면책 조항
면책
책임의 제한
책임 제한
번역
번역본
기타 번역
다른 번역
기타 번역본
언어 버전
영어 버전 우선
영문판 우선
라이선스
라이센스
저작권
감사의 글
목차
지식재산권
지적재산권
저작권 및 지식재산권
상표
언어
언어 고지
언어 안내
언어에 관한 고지
# 이용약관의 조항(이용자의 책임, 게시물 라이선스)이 개인정보 페이지에 섞인 경우.
이용자의 책임
사용자의 책임
이용자의 의무
회원의 의무
콘텐츠 라이선스

[intro]
heading: 개인정보 처리방침 weight=0.5 concept=privacy-policy-title
heading: 개인정보처리방침 weight=0.5 concept=privacy-policy-title
# Other names of the document in translated policies: 개인정보 보호정책 ("privacy policy"),
# 개인정보 보호 명세서 ("privacy statement"), spaced or not.
heading: 개인정보* 보호정책* weight=0.5 concept=privacy-policy-title
heading: 개인정보* 보호* 정책* weight=0.5 concept=privacy-policy-title
heading: 개인 정보 보호 정책* weight=0.5 concept=privacy-policy-title
heading: 개인정보* 보호* 명세서* weight=0.5 concept=privacy-policy-title
heading: 개인 정보 보호 명세서* weight=0.5 concept=privacy-policy-title
heading: 개요* concept=summary
heading: 총칙* concept=introduction
heading: 서문* concept=introduction
heading: 적용* 범위* concept=scope
heading: 처리방침* 적용* concept=scope
body: 처리방침 weight=2 concept=this-privacy-policy
body: 개인정보처리방침 weight=2 concept=this-privacy-policy
body: 본 방침* weight=2 concept=this-privacy-policy
body: 적용* weight=1 concept=policy-applies-to
body: 중요시* weight=2.5 concept=committed-to-privacy
body: 소중하게 weight=2 concept=committed-to-privacy
body: 준수* weight=1.5 concept=committed-to-privacy
body: 관련* 법령* weight=1
body: 공개* weight=1
body: 주식회사 weight=1 concept=company
body: 귀하* weight=0.5
body: 당사* weight=0.5 concept=company
body: 회사* weight=0.3 concept=company
# Added with the shared concept inventory (concepts.txt).
heading: 소개* concept=introduction
heading: 들어가며 concept=introduction
heading: 요약* concept=summary
heading: 주요* 내용* concept=summary
heading: 짧은 버전* concept=summary    # "The short version"
heading: 본 방침에 대하여 concept=about-this-policy
heading: 처리방침에 관하여 concept=about-this-policy
heading: 적용* 대상* concept=scope
heading: 회사* 소개* weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
heading: 당사* 소개* weight=0.5 concept=who-we-are
heading: 개인정보* 보호* 약속* concept=commitment-to-privacy
heading: 개인정보* 보호에 대한 약속* concept=commitment-to-privacy
heading: 방침* 동의* concept=acceptance
heading: 본 방침의 수락* concept=acceptance
body: 설명합니다 weight=2.5 concept=policy-describes
body: 안내합니다 weight=2 concept=policy-describes
body: 적용되지 weight=2 concept=policy-applies-to
body: 이용함으로써 weight=1.5 concept=by-using
body: 사용함으로써 weight=1.5 concept=by-using
body: 동의하는 것으로 weight=1.5 concept=acceptance-of-policy
body: 동의하지 않는 경우 weight=2 concept=if-you-do-not-agree
body: 이하 회사 weight=1.5 concept=referred-to-as
body: 이용약관 weight=1 concept=terms-of-use
body: 주의* 깊게 읽* weight=1.5 concept=please-read
body: 개인정보* 보호* weight=0.3 concept=privacy
body: 웹사이트 weight=0.3 concept=website
body: 서비스* weight=0.3 concept=services
# Forms written as one word (spacing varies in Korean policies).
heading: 적용범위* concept=scope
body: 이하 당사 weight=1.5 concept=referred-to-as
body: 안내드립니다 weight=2 concept=policy-describes
# "(Our) commitment" headings: 당사의 약속, 개인정보 보호 약속; "About this policy" with 이 as well as 본;
# "Who are we?" questions.
heading: 약속* concept=commitment-to-privacy
heading: 방침에 대하여 concept=about-this-policy
heading: 방침에 관하여 concept=about-this-policy
heading: 누구인가* concept=who-we-are
heading: 누구입니까 concept=who-we-are
heading: 회사에 대하여 weight=0.5 concept=who-we-are
heading: 당사에 대하여 weight=0.5 concept=who-we-are
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
# The notice's own purpose ("이 방침의 목적"): the heading names the document, so it is intro, not use.
heading: 이 방침의 목적 weight=2 concept=about-this-policy
heading: 본 방침의 목적 weight=2 concept=about-this-policy
heading: 처리방침의 목적 weight=2 concept=about-this-policy
heading: 이 고지의 목적 weight=2 concept=about-this-policy
heading: 본 고지의 목적 weight=2 concept=about-this-policy
heading: 한눈에 보기 concept=summary
heading: 한눈에 concept=summary

[definitions]
heading: 정의* concept=definitions
heading: 용어* 정의* concept=definitions
heading: 용어* 설명* concept=key-terms
heading: 주요* 용어* concept=key-terms
heading: 용어* concept=key-terms
heading: 방침에서 사용하는 용어* concept=key-terms
body: 의미합니다 weight=3 concept=means
body: 말합니다 weight=3 concept=means
body: 말한다 weight=2.5 concept=means
body: 뜻합니다 weight=2.5 concept=means
body: 이하* weight=1 concept=hereinafter
body: 식별할 수 있는 weight=2.5 concept=identifiable-person
body: 살아 있는 weight=2.5 concept=identifiable-person
body: 정보주체 weight=1.5 concept=gdpr-roles
body: 가명정보 weight=2.5
body: 민감정보 weight=2
body: 고유식별정보 weight=2
body: 계열사* weight=1
body: 용어* weight=1 concept=defined-terms-intro
body: 포함* weight=0.5 concept=includes
# Added with the shared concept inventory (concepts.txt).
heading: 해석* concept=interpretation
heading: 해석* 및 정의* concept=interpretation
heading: 의미* concept=what-we-mean-by
heading: 무엇을 의미* concept=what-we-mean-by
body: 가리킵니다 weight=2.5 concept=refers-to
body: 다음과 같습니다 weight=2 concept=defined-terms-intro
body: 이 방침에서 weight=2.5 concept=as-used-in-this-policy
body: 개인정보란 weight=3 concept=personal-data-means
body: 개인정보처리자 weight=1 concept=gdpr-roles
body: 이용자* weight=0.3 concept=user
body: 개인정보 weight=0.2 concept=personal-data

[collection]
heading: 수집* 항목* concept=what-we-collect
heading: 수집* 개인정보* concept=what-we-collect
heading: 개인정보* 항목* concept=categories-of-data
heading: 처리* 항목* concept=categories-of-data
heading: 수집* 방법* concept=how-we-collect
heading: 개인정보* 수집* concept=collection-of-information
heading: 수집* 정보* concept=what-we-collect
heading: 수집* 경로* concept=sources-of-information
heading: 출처* weight=2 concept=sources-of-information
body: 수집* weight=3 concept=we-collect
body: 항목* weight=2 concept=data-categories
body: 필수항목 weight=2 concept=data-categories
body: 선택항목 weight=2 concept=data-categories
body: 이름* weight=1 concept=name
body: 휴대전화번호 weight=1.5 concept=contact-details
body: 휴대폰* weight=1.5 concept=contact-details
body: 이메일* weight=1 concept=contact-details
body: 생년월일 weight=1.5 concept=demographic-data
body: 성별* weight=1 concept=demographic-data
body: 아이디* weight=1.5
body: 비밀번호 weight=1.5
body: IP weight=1.5 concept=device-data
body: 접속* 로그* weight=2 concept=usage-data
body: 기기정보 weight=2 concept=device-data
body: 단말기* weight=1.5 concept=device-data
body: 이용* 기록* weight=2 concept=usage-data
body: 자동으로 weight=2 concept=automatically
body: 생성* weight=1.5 concept=automatically
body: 회원가입 weight=1.5 concept=forms
body: 출처* weight=1.5 concept=sources
# A list of the data handled, announced in the text (en: "the following data is processed:").
body: 다음과 같은 개인정보 weight=2.5 concept=following-data
body: 다음의 개인정보 weight=2.5 concept=following-data
body: 다음과 같은 정보 weight=2.5 concept=following-data
body: 다음의 정보 weight=2.5 concept=following-data
# Added with the shared concept inventory (concepts.txt).
heading: 정보* 수집* concept=collection-of-information
heading: 수집하는 개인정보* concept=what-we-collect
heading: 개인정보* 출처* concept=sources-of-information
heading: 제공하는 정보* concept=information-you-provide
heading: 이용자가 제공하는 정보* concept=information-you-provide
# A contact form as a processing activity (what the form collects), as en "Contact form"; "문의" stays contact.
heading: 문의 양식 weight=3 concept=information-you-provide
heading: 문의하기 양식 weight=3 concept=information-you-provide
heading: 문의 폼 weight=3 concept=information-you-provide
heading: 연락 양식 weight=3 concept=information-you-provide
heading: 자동* 수집* 정보* concept=collected-automatically
heading: 자동으로 수집* concept=collected-automatically
heading: 수집하는 방법* concept=how-we-collect
heading: 개인정보* 범주* concept=categories-of-data
body: 제공하는 weight=2 concept=you-provide
body: 범주* weight=2.5 concept=data-categories
body: 공개된 weight=2 concept=publicly-available
body: 위치정보 weight=2 concept=location-data
body: 위치* 정보* weight=2 concept=location-data
body: 운영체제 weight=2 concept=device-data
body: 브라우저* 종류* weight=2 concept=device-data
body: 결제정보 weight=1 concept=payment-data
body: 카드* 정보* weight=1 concept=payment-data
body: 양식* weight=1.5 concept=forms
body: 계정* weight=0.3 concept=account
body: 정보* weight=0.1 concept=information
heading: 수집항목* concept=what-we-collect
heading: 처리항목* concept=categories-of-data
# "Payment information" names a category of data collected (not the payments section, whose word it holds).
heading: 결제 정보 weight=3 concept=categories-of-data
heading: 결제정보 weight=3 concept=categories-of-data
heading: 어떤 정보를 수집* concept=what-we-collect
heading: 어떤 개인정보를 수집* concept=what-we-collect
heading: 수집방법* concept=how-we-collect
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: 크래시 보고서* concept=collected-automatically
heading: 충돌 보고서* concept=collected-automatically
heading: 오류 보고서* concept=collected-automatically
heading: 진단 데이터* concept=collected-automatically
body: 크래시 보고서* weight=2.5 concept=usage-data
body: 크래시 로그* weight=2.5 concept=usage-data
body: 충돌 보고서* weight=2.5 concept=usage-data
body: 디버그 로그* weight=2.5 concept=usage-data
body: 진단 데이터* weight=2 concept=usage-data
# Logs of what users did ("사용 로그", "감사 로그"): data collected while the service runs (en "logs").
heading: 로그 concept=collected-automatically
heading: 사용* 로그* concept=collected-automatically
heading: 이용* 로그* concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: 기기* 남는* weight=2 concept=on-device-data
heading: 디바이스* 남는* weight=2 concept=on-device-data
heading: 로컬* 처리* weight=2 concept=on-device-data
heading: 로컬* 저장* 데이터* weight=2 concept=on-device-data
heading: 기기 내 처리* weight=2 concept=on-device-data
heading: 온디바이스 처리* weight=2 concept=on-device-data
body: 사용* 로그* weight=2 concept=usage-data
body: 이용* 로그* weight=2 concept=usage-data
body: 활동* 로그* weight=2 concept=usage-data
body: 감사 로그* weight=2 concept=usage-data
body: 푸시 토큰* weight=2.5 concept=device-data
# Information received FROM third parties is collection ("제3자로부터의 정보"), not sharing.
heading: 제3자로부터* 받은 정보* concept=sources-of-information
body: 제3자로부터* weight=2.5 concept=sources
# Information received from third parties ("제3자로부터의 정보") and app permissions ("권한", "접근권한 안내").
heading: 제3자로부터* 정보* concept=sources-of-information
heading: 권한* concept=what-we-collect
heading: 접근권한* concept=what-we-collect
# Kinds of data a policy lists as collected (en "usage data", "device information", "demographic").
body: 이용 데이터* weight=2 concept=usage-data
body: 사용 데이터* weight=2 concept=usage-data
body: 기기 정보* weight=2 concept=device-data
body: 디바이스 정보* weight=2 concept=device-data
body: 인구통계* weight=1.5 concept=demographic-data
body: 인구 통계* weight=1.5 concept=demographic-data
# "Information we process" / "Information we access" name the data handled.
heading: 처리하는 정보 weight=2 concept=what-we-collect
heading: 당사가 처리하는 정보 weight=2 concept=what-we-collect
heading: 처리하는 데이터 weight=2 concept=what-we-collect
heading: 접근하는 정보 weight=2 concept=what-we-collect
heading: 액세스하는 정보 weight=2 concept=what-we-collect
heading: 처리되는 정보 weight=2 concept=what-we-collect
heading: 처리되는 개인정보 weight=2 concept=what-we-collect
# 수집 항목의 구분: "필수 항목", "선택 항목 (사용자 동의 시)" — 선택(optional) next to 항목(item) is a data
# category, not the user's choices.
heading: 선택 항목 weight=3 concept=categories-of-data
heading: 필수 항목 weight=3 concept=categories-of-data
heading: 선택 수집 항목 weight=3 concept=categories-of-data
heading: 필수 수집 항목 weight=3 concept=categories-of-data
body: 선택 항목 weight=2 concept=data-categories
body: 필수 항목 weight=2 concept=data-categories

[use]
heading: 처리* 목적* concept=purposes-of-processing
heading: 이용* 목적* concept=purposes-of-processing
heading: 수집* 및 이용* 목적* concept=why-we-collect
heading: 활용* 목적* concept=purposes-of-processing
heading: 개인정보* 이용* concept=use-of-information
heading: 정보* 이용* concept=use-of-information
heading: 이용목적* concept=purposes-of-processing
heading: 어떻게 이용* weight=2 concept=how-we-use
heading: 어떻게 사용* weight=2 concept=how-we-use
# Question headings: "What do we use your information for?"
heading: 어디에 쓰* concept=how-we-use
heading: 어디에 사용* concept=how-we-use
heading: 무엇에 사용* concept=how-we-use
heading: 목적* weight=1 concept=purposes-of-processing
body: 목적* weight=2 concept=purposes
body: 이용* weight=1 concept=we-use
body: 활용* weight=2 concept=we-use
body: 처리* weight=0.5
body: 본인확인 weight=2 concept=to-prevent-fraud
body: 본인* 확인* weight=2 concept=to-prevent-fraud
body: 서비스* 제공* weight=1.5 concept=to-provide
body: 개선* weight=1.5 concept=to-improve
body: 개발* weight=1 concept=to-develop
body: 분석* weight=1.5 concept=to-analyse
body: 통계* weight=1.5 concept=to-analyse
body: 맞춤* weight=2 concept=to-personalise
body: 추천* weight=1.5 concept=to-personalise
body: 부정* 이용* weight=2 concept=to-prevent-fraud
body: 부정이용 weight=2 concept=to-prevent-fraud
body: 민원* weight=1.5 concept=to-respond
body: 상담* weight=1 concept=to-respond
body: 결제* weight=0.5 concept=to-process-transactions
body: 신규* 서비스* weight=1.5 concept=to-develop
# Added with the shared concept inventory (concepts.txt).
heading: 수집* 목적* concept=why-we-collect
heading: 수집하는 이유* concept=why-we-collect
heading: 개인정보* 처리* concept=processing-of-personal-data
heading: 개인정보를 처리하는 방법* concept=processing-of-personal-data
heading: 이용* 방법* concept=how-we-use
body: 다음의 목적* weight=2.5 concept=following-purposes
body: 프로파일링 weight=2 concept=profiling
body: 자동화된 결정* weight=1.5 concept=automated-decisions
body: 이행* weight=1.5 concept=to-fulfil
body: 회원* 관리* weight=1.5 concept=to-administer
body: 연락* weight=2 concept=to-communicate
body: 소통* weight=2 concept=to-communicate
body: 발송* weight=1 concept=to-send
body: 고객* 지원* weight=1.5 concept=to-respond
body: 오류* weight=2 concept=to-troubleshoot
body: 장애* weight=1.5 concept=to-troubleshoot
body: 연구* weight=1.5 concept=research
body: 시장* 조사* weight=2 concept=research
body: 요금* 정산* weight=1.5 concept=to-process-transactions
body: 법령* 준수* weight=1 concept=to-comply-with-law
body: 법적* 의무* 준수* weight=1 concept=to-comply-with-law
heading: 처리목적* concept=purposes-of-processing
heading: 수집목적* concept=why-we-collect
heading: 어떻게 활용* weight=2 concept=how-we-use
# 사용 beside 이용 ("정보의 사용", "정보를 사용하는 방법"), and "use of the information collected".
heading: 정보* 사용* concept=use-of-information
heading: 개인정보* 사용* concept=use-of-information
heading: 수집* 정보* 이용* weight=2 concept=use-of-information
heading: 수집* 정보* 사용* weight=2 concept=use-of-information
heading: 수집* 개인정보* 이용* weight=2 concept=use-of-information
# Purpose headings asked with other verbs ("개인정보를 처리하는 이유", "다음과 같은 목적"), and
# "서비스 제공" as a purpose heading (providing the service), not provision to third parties.
heading: 처리하는 이유 concept=why-we-collect
heading: 사용하는 이유 concept=why-we-collect
heading: 다음 목적* concept=purposes-of-processing
heading: 다음과 같은 목적* concept=purposes-of-processing
body: 다음과 같은 목적* weight=2.5 concept=following-purposes
heading: 서비스 제공 concept=purposes-of-processing
heading: 서비스의 제공 concept=purposes-of-processing
# PIPA item "개인정보의 추가적인 이용·제공 판단 기준": further use compatible with the purpose.
heading: 추가적* 이용* concept=use-of-information
heading: 추가* 이용* concept=use-of-information
heading: 자동화된 의사결정* concept=automated-decision-making
heading: 자동화된 결정* concept=automated-decision-making
heading: 자동화 의사결정* concept=automated-decision-making
heading: 자동화된 의사 결정* concept=automated-decision-making
heading: 프로파일링 concept=automated-decision-making
body: 추가적* 이용* weight=2.5 concept=purposes
body: 추가* 이용* weight=2 concept=purposes
body: 당초 수집 목적* weight=2.5 concept=purposes

[legal-basis]
heading: 법적* 근거* concept=legal-basis
heading: 처리* 근거* concept=legal-basis
heading: 적법* 근거* concept=legal-basis
heading: 법적* 기반* concept=legal-basis
heading: 처리* 법적* 근거* concept=legal-basis
heading: 근거* 법령* concept=legal-basis
# The legal-basis words ("legal basis", "legitimate interests", "Art. 6", "on the basis of", GDPR) stand in
# every subsection of a translated European policy (a plug-in, a host, a form): in a text they weigh
# less than the practice it describes; the headings still name a legal-basis section.
body: 법적* 근거* weight=2 concept=legal-basis-term
body: 근거* weight=1.5 concept=on-the-basis-of
body: 정당한 이익* weight=2 concept=legitimate-interests
body: 계약* 이행* weight=3 concept=performance-of-contract
body: 계약* weight=1.5 concept=performance-of-contract
body: 법적* 의무* weight=2.5 concept=legal-obligation
body: 법령상* 의무* weight=2.5 concept=legal-obligation
body: 공공* 이익* weight=2 concept=public-interest
body: 중대한 이익* weight=2 concept=vital-interests
body: 생명* weight=1.5 concept=vital-interests
body: 적법* weight=2 concept=lawful
body: 동의* 없이 weight=2
body: 제6조 weight=2 concept=article-6
body: 이익* weight=1
body: 동의* weight=0.5 concept=consent-as-basis
# Added with the shared concept inventory (concepts.txt).
heading: 처리할 수 있는 이유* concept=why-allowed
heading: 무엇에 근거하여 concept=why-allowed
body: 기본적* 권리* weight=2.5 concept=balancing-test
body: 처리가 필요* weight=2.5 concept=processing-necessary
body: 필요* weight=0.5 concept=necessary
heading: 법적근거* concept=legal-basis
heading: 처리* 법적* 기반* concept=legal-basis
heading: 처리할 수 있는 근거* concept=why-allowed
heading: 처리가 허용* concept=why-allowed

[consent]
heading: 동의* concept=your-consent
heading: 동의* 철회* concept=withdrawal-of-consent
heading: 철회* concept=withdrawal-of-consent
heading: 동의* 거부*
heading: 거부할 권리*
heading: 동의* 방법* concept=your-consent
body: 동의* weight=1.5 concept=you-consent
body: 철회* weight=3 concept=withdraw
body: 동의* 거부* weight=2.5
body: 거부* weight=1.5
body: 별도* 동의* weight=2.5 concept=explicit-consent
body: 명시적* weight=2 concept=explicit-consent
body: 체크박스 weight=2 concept=opt-in
body: 동의함 weight=2 concept=opt-in
body: 동의하지 weight=2
body: 불이익* weight=2.5
body: 언제든지 weight=1.5 concept=at-any-time
body: 철회* 전 weight=2 concept=without-affecting-lawfulness
body: 선택* 동의* weight=2
body: 필수* 동의* weight=1.5
body: 영향* weight=1 concept=without-affecting-lawfulness
# Added with the shared concept inventory (concepts.txt).
heading: 귀하의 동의* concept=your-consent
heading: 동의의 철회* concept=withdrawal-of-consent
heading: 철회* 방법* concept=withdrawal-of-consent
body: 자발적* weight=2.5 concept=freely-given
body: 허락* weight=1.5 concept=permission
body: 권한* weight=1 concept=permission
body: 동의합니다 weight=1.5 concept=you-agree
# "개인정보 수집에 대한 동의", "개인정보 수집·이용 동의": the consent, not the collection.
heading: 수집에 대한 동의* concept=your-consent
heading: 수집* 및 이용* 동의* concept=your-consent
heading: 수집* 이용* 동의* concept=your-consent

[sharing]
heading: 제3자* 제공* concept=third-parties
heading: 위탁* concept=service-providers-heading
heading: 처리위탁* concept=service-providers-heading
heading: 처리* 위탁* concept=service-providers-heading
heading: 공유* concept=sharing-of-information
heading: 개인정보* 제공* concept=disclosure-of-information
heading: 수탁* concept=service-providers-heading
body: 제3자* weight=2.5 concept=third-parties-term
body: 제공* weight=1 concept=disclose
body: 위탁* weight=2.5 concept=service-providers
body: 재위탁* weight=2.5 concept=service-providers
body: 수탁자* weight=3 concept=service-providers
body: 수탁업체 weight=3 concept=service-providers
body: 위탁업무 weight=2.5 concept=service-providers
body: 제공받는 자 weight=2.5 concept=recipients
body: 공유* weight=2 concept=share
body: 제휴사* weight=2 concept=business-partners
body: 계열사* weight=2 concept=affiliates
body: 협력사* weight=2 concept=business-partners
body: 파트너사 weight=2 concept=business-partners
body: 합병* weight=2 concept=corporate-transaction
body: 양도* weight=2 concept=corporate-transaction
body: 영업양수 weight=2 concept=corporate-transaction
body: 수사기관 weight=2.5 concept=authorities
body: 법원* weight=1.5 concept=legal-process
body: 판매* weight=1.5 concept=sell
body: 법령* weight=1
# Added with the shared concept inventory (concepts.txt).
heading: 정보* 공유* 방법* concept=how-we-share
heading: 공유하는 정보* concept=how-we-share
heading: 제공받는 자* concept=who-we-share-with
heading: 공유* 대상* concept=who-we-share-with
heading: 정보* 공개* concept=disclosure-of-information
heading: 제3자* concept=third-parties
heading: 서비스* 제공업체* concept=service-providers-heading
heading: 영업* 양도* concept=business-transfers
heading: 사업* 양도* concept=business-transfers
heading: 법적* 요청* concept=legal-requests
heading: 법적* 절차* concept=legal-requests
heading: 개인정보* 판매* concept=sale-of-information
body: 서비스* 제공업체* weight=2 concept=service-providers
body: 대신하여 weight=1.5 concept=on-our-behalf
body: 수령인* weight=2 concept=recipients
body: 인수* weight=2.5 concept=corporate-transaction
body: 파산* weight=2.5 concept=corporate-transaction
body: 영장* weight=2.5 concept=legal-process
body: 정부* 기관* weight=1.5 concept=authorities
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: 제3자에게 제공* concept=transfer-to-third-parties
heading: 제3자* 이전* concept=transfer-to-third-parties
heading: 누구와 공유* concept=who-we-share-with
heading: 공유* 및 제공* concept=sharing-of-information
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: 호스팅* concept=service-providers-heading
heading: 콘텐츠 전송 네트워크* concept=service-providers-heading
heading: 오류 모니터링* concept=service-providers-heading
heading: 처리자* concept=service-providers-heading
body: 호스팅* weight=2 concept=service-providers
body: 호스팅* 업체* weight=2.5 concept=service-providers
body: 호스팅* 제공업체* weight=2.5 concept=service-providers
body: 콘텐츠 전송 네트워크* weight=3 concept=service-providers
body: 콘텐츠 전송망* weight=3 concept=service-providers
body: CDN weight=2.5 concept=service-providers
body: 클라우드 플랫폼* weight=2 concept=service-providers
body: 클라우드 컴퓨팅* weight=2 concept=service-providers
body: 데이터 처리 계약* weight=2 concept=service-providers
body: 데이터 처리 부속서* weight=2 concept=service-providers
body: 오류 모니터링* weight=2 concept=service-providers
# "외부에 정보를 공개하나요?" (do we disclose information to outside parties).
heading: 외부* 공개* concept=how-we-share
heading: 외부* 제공* concept=how-we-share
# "서드파티" (third party, transliterated) is as common as 제3자 in translated policies.
body: 서드파티* weight=2.5 concept=third-parties-term
# Cloud sync and backup: the data goes to a third-party cloud (iCloud, Google 드라이브).
body: icloud weight=2 concept=service-providers
body: google 드라이브 weight=2 concept=service-providers
body: 클라우드 동기화* weight=1.5 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: 결제 weight=2 concept=payments-purchases
heading: 결제 처리 weight=3 concept=payments-purchases
heading: 인앱 결제 weight=2 concept=payments-purchases
heading: 인앱 구매 weight=2 concept=payments-purchases
heading: 구독 weight=2 concept=payments-purchases

[cookies]
heading: 쿠키* concept=cookies
heading: 쿠키* 정책* concept=cookies
heading: 자동* 수집* 장치* concept=tracking-technologies
heading: 설치* 운영* 및 거부* concept=cookies
heading: 웹* 비콘* concept=web-beacons
heading: 유사* 기술* concept=tracking-technologies
heading: 추적* 기술* concept=tracking-technologies
body: 쿠키* weight=3 concept=cookie
body: Cookie weight=3 concept=cookie
body: 웹* 비콘* weight=3 concept=web-beacon
body: 웹비콘* weight=3 concept=web-beacon
body: 픽셀* 태그* weight=3 concept=web-beacon
body: 픽셀* weight=2 concept=web-beacon
body: 유사* 기술* weight=2 concept=tracking-technology
body: 자동* 수집* 장치* weight=3 concept=tracking-technology
body: 텍스트* 파일* weight=2.5 concept=text-files
body: 하드디스크 weight=2.5 concept=text-files
body: 인터넷* 옵션* weight=2.5 concept=browser-settings
body: 브라우저 weight=1.5 concept=browser
body: 설치* weight=1.5
body: 저장* weight=0.5
body: 방문* weight=1
body: 구글* 애널리틱스 weight=2.5 concept=analytics-term
body: Google Analytics weight=2.5 concept=analytics-term
body: 분석* 도구* weight=1.5 concept=analytics-term
# Added with the shared concept inventory (concepts.txt).
heading: 픽셀* 태그* concept=web-beacons
heading: 로그* 파일* concept=log-files
heading: 분석* concept=analytics
heading: 웹* 분석* concept=analytics
body: 추적* 기술* weight=2.5 concept=tracking-technology
body: 로컬* 스토리지* weight=2.5 concept=local-storage
body: 로컬 저장소 weight=2 concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: 세션* 쿠키* weight=2 concept=cookie-lifetime
body: 영구* 쿠키* weight=2 concept=cookie-lifetime
body: 필수* 쿠키* weight=2.5 concept=cookie-categories
body: 기능* 쿠키* weight=1.5 concept=cookie-categories
body: 로그* 파일* weight=2 concept=log-file
body: SDK weight=2 concept=sdk
body: 핑거프린팅 weight=2.5 concept=fingerprinting
body: 브라우저* 설정* weight=1.5 concept=browser-settings
body: 기기* weight=0.5 concept=device
# "쿠키는 어떻게 사용되나요?": the topic is the cookie, not use in general.
heading: 쿠키* 어떻게 사용* concept=cookies
heading: 쿠키* 어떻게 이용* concept=cookies
# PIPA item: 개인정보를 자동으로 수집하는 장치의 설치·운영 및 그 거부에 관한 사항
heading: 자동으로 수집하는 장치* concept=tracking-technologies
heading: 설치* 운영* 및 그 거부* concept=cookies
# Analytics services and tracking as such are the cookie section's ("분석 서비스", "방문자 추적").
heading: 분석 서비스* concept=analytics
heading: 추적 concept=tracking-technologies
body: 분석 서비스* weight=2.5 concept=analytics-term
body: 추적기* weight=2 concept=tracking-technology

[advertising]
heading: 광고* concept=advertising
heading: 맞춤형* 광고* concept=interest-based-advertising
heading: 마케팅* concept=marketing
heading: 광고성* 정보* concept=marketing-communications
heading: 행태정보* concept=interest-based-advertising
heading: 광고* 및 마케팅* concept=advertising
heading: 마케팅* 정보* 수신* concept=marketing-communications
body: 광고* weight=2 concept=ads
body: 맞춤형* weight=2.5 concept=interest-based
body: 행태정보 weight=3 concept=interest-based
body: 광고성* weight=3 concept=marketing-messages
body: 광고주* weight=2.5 concept=ad-networks
body: 광고* 네트워크 weight=2.5 concept=ad-networks
body: 광고* 식별자* weight=2.5
body: 마케팅* weight=2 concept=marketing-purposes
body: 이벤트* weight=1.5 concept=promotions
body: 프로모션 weight=1.5 concept=promotions
body: 혜택* weight=1.5 concept=promotions
body: 뉴스레터 weight=2 concept=marketing-messages
body: 수신* 동의* weight=2 concept=marketing-messages
body: 관심사* weight=2 concept=interests
body: 타겟팅* weight=2 concept=interest-based
body: 푸시* weight=1.5 concept=marketing-messages
body: 문자* weight=1
# Added with the shared concept inventory (concepts.txt).
heading: 직접* 마케팅* concept=marketing
heading: 홍보* concept=marketing-communications
heading: 관심* 기반* 광고* concept=interest-based-advertising
heading: 제3자* 광고* concept=third-party-advertising
heading: 광고* 네트워크* concept=third-party-advertising
body: 리타겟팅 weight=3 concept=retargeting
body: 리마케팅 weight=3 concept=retargeting
body: 마케팅* 목적* weight=2 concept=marketing-purposes
body: 광고* 효과* weight=2 concept=ad-measurement
# "귀하와의 커뮤니케이션" (communications with you: updates, newsletters).
heading: 귀하와의 커뮤니케이션* concept=marketing-communications
heading: 고객과의 커뮤니케이션* concept=marketing-communications

[do-not-track]
heading: Do Not Track concept=do-not-track
heading: DNT concept=do-not-track
heading: 추적* 금지* concept=do-not-track
heading: 추적* 거부* concept=do-not-track
heading: 추적* 금지* 신호* concept=do-not-track
heading: 글로벌* 프라이버시 컨트롤* concept=global-privacy-control
body: Do Not Track weight=3 concept=dnt-signal
body: DNT weight=3 concept=dnt-signal
body: GPC weight=3 concept=gpc-signal
body: Global Privacy Control weight=3 concept=gpc-signal
body: 신호* weight=3 concept=dnt-signal
body: 추적* weight=0.5  # tracking alone is cookies' and analytics' word; the signal words decide
body: 브라우저 weight=1 concept=browser-dnt
body: 응답* weight=1.5 concept=do-not-respond
body: 대응* weight=1 concept=do-not-respond
body: 업계* 표준* weight=2 concept=no-uniform-standard
body: 표준* weight=1 concept=no-uniform-standard
body: 통일* weight=1.5 concept=no-uniform-standard
body: 메커니즘 weight=1.5 concept=opt-out-preference-signal
body: 설정* weight=0.5
# Added with the shared concept inventory (concepts.txt).
heading: 선호* 신호* concept=preference-signals
heading: 브라우저* 신호* concept=preference-signals
heading: 옵트아웃* 선호* 신호* concept=preference-signals
body: 선호* 신호* weight=3 concept=opt-out-preference-signal
body: 인식* weight=1.5 concept=honor-signals
body: 여러 웹사이트 weight=2 concept=cross-site-tracking

[choices]
heading: 귀하의 선택* concept=your-choices
heading: 이용자의 선택* concept=your-choices
heading: 선택* 사항* concept=your-choices
heading: 수신* 거부* concept=unsubscribing
heading: 수신거부* concept=unsubscribing
heading: 설정* 관리* concept=managing-preferences
heading: 옵트아웃* concept=opting-out
body: 수신* 거부* weight=3 concept=unsubscribe
body: 수신거부 weight=3 concept=unsubscribe
body: 옵트아웃 weight=3 concept=opt-out
body: 거부* weight=1.5 concept=decline
body: 선택* weight=1.5 concept=choose-not-to
body: 설정* weight=1 concept=settings
body: 해제* weight=2 concept=disable
body: 구독* 취소* weight=2.5 concept=unsubscribe
body: 구독* weight=1
body: 비활성화* weight=2 concept=disable
body: 끄기* weight=1.5 concept=disable
body: 제공하지 weight=1.5 concept=choose-not-to
body: 제한될 weight=1.5 concept=consequences-of-refusal
body: 알림* weight=1 concept=device-permissions
body: 변경* weight=0.5
# Added with the shared concept inventory (concepts.txt).
heading: 선택* 거부* 방법* concept=opting-out
heading: 환경설정* 관리* concept=managing-preferences
heading: 커뮤니케이션* 설정* concept=managing-preferences
heading: 구독* 취소* concept=unsubscribing
body: 수신을 원하지 않* weight=2.5 concept=unsubscribe
body: 광고성* 메일* weight=2 concept=promotional-emails
body: 환경설정* weight=1.5 concept=preferences
body: 계정* 설정* weight=2 concept=settings
body: 푸시* 알림* weight=2 concept=device-permissions
body: 위치* 서비스* weight=2 concept=device-permissions
body: 하단* weight=1.5 concept=unsubscribe-link
body: 수신* weight=0.5 concept=receive
heading: 선택권* concept=your-choices

[rights]
heading: 정보주체* 권리* concept=your-rights
heading: 법정대리인* 권리* concept=your-rights
heading: 이용자* 권리* concept=your-rights
heading: 귀하의 권리* concept=your-rights
heading: 권리* 행사* concept=exercising-rights
heading: 행사방법* concept=exercising-rights
heading: 권익침해*
heading: 구제방법*
heading: 열람* concept=access-and-correction
heading: 수정* weight=1.5 concept=access-and-correction
body: 권리* weight=2
body: 행사* weight=2.5 concept=exercise-rights
body: 열람* weight=3 concept=right-of-access
body: 정정* weight=3 concept=rectification
body: 삭제* weight=2 concept=erasure
body: 처리정지 weight=3 concept=restriction
body: 처리* 정지* weight=3 concept=restriction
body: 이의* weight=2 concept=right-to-object
body: 전송* 요구* weight=3 concept=portability
body: 전송요구권 weight=3 concept=portability
body: 탈퇴* weight=2 concept=erasure
body: 대리인* weight=1.5 concept=authorized-agent
body: 요구* weight=1.5 concept=request
body: 개인정보보호위원회 weight=2.5 concept=complaint-to-authority
body: 권익침해 weight=3 concept=complaint-to-authority
body: 구제* weight=2.5 concept=complaint-to-authority
body: 분쟁조정위원회 weight=2.5 concept=complaint-to-authority
body: 철회* weight=0.5
# Added with the shared concept inventory (concepts.txt).
heading: 열람* 및 정정* concept=access-and-correction
heading: 정정* 및 삭제* concept=access-and-correction
heading: 권리* 행사* 방법* concept=exercising-rights
heading: 대리인* concept=authorized-agents
heading: 권한을 위임받은 대리인* concept=authorized-agents
body: 접근권* weight=3 concept=right-of-access
body: 부정확* weight=2 concept=rectification
body: 잊힐 권리* weight=3 concept=erasure
body: 이동권* weight=3 concept=portability
body: 처리* 제한* weight=3 concept=restriction
body: 감독기관* weight=3 concept=complaint-to-authority
body: 신원* 확인* weight=2 concept=verify-identity
body: 차별* weight=1.5 concept=non-discrimination
body: 정보주체 weight=2 concept=data-subject-rights
body: 사본* weight=1 concept=copy-of-data
body: 접근* weight=1.5 concept=access
heading: 어떤 권리* concept=your-rights
heading: 권리* 의무* concept=your-rights
heading: 열람청구* concept=access-and-correction
heading: 정정할 수 있* concept=access-and-correction
heading: 나의 권리* concept=your-rights

[retention]
heading: 보유* 기간* concept=retention-period
heading: 보유* 및 이용* concept=retention-period
heading: 이용기간* concept=retention-period
heading: 보존* 기간* concept=retention-period
heading: 보관* 기간* concept=retention-period
heading: 파기* concept=retention-and-deletion
heading: 파기* 절차* concept=retention-and-deletion
heading: 파기* 방법* concept=retention-and-deletion
body: 보유* weight=2.5 concept=retain
body: 보관* weight=2.5 concept=keep
body: 보존* weight=2.5 concept=retain
body: 파기* weight=3 concept=destroy
body: 기간* weight=2 concept=retention-criteria
body: 이용기간 weight=2.5 concept=retention-criteria
body: 지체* 없이 weight=2 concept=destroy
body: 지체없이 weight=2 concept=destroy
body: 달성* weight=2 concept=no-longer-needed
body: 분리* weight=1.5 concept=inactive-accounts
body: 휴면* weight=2 concept=inactive-accounts
body: 소각* weight=2.5 concept=destroy
body: 복구* weight=1.5 concept=destroy
body: 재생* weight=1.5 concept=destroy
body: 전자상거래법 weight=1.5 concept=legal-retention-requirements
body: 통신비밀보호법 weight=2 concept=legal-retention-requirements
body: 년 weight=0.5 concept=years
# Added with the shared concept inventory (concepts.txt).
heading: 데이터* 보유* concept=data-retention
heading: 개인정보* 보유* concept=data-retention
heading: 얼마나 오래 보관* concept=how-long-we-keep
heading: 얼마 동안 보유* concept=how-long-we-keep
heading: 보관* 및 보유* concept=storage-and-retention
heading: 저장* 및 보관* concept=storage-and-retention
heading: 보유* 및 파기* concept=retention-and-deletion
# "Data retention policy" headings, also written with 저장 (storage).
heading: 보존* 정책* concept=data-retention
heading: 보관* 정책* concept=data-retention
heading: 저장* 정책* concept=data-retention
body: 필요한 기간 동안 weight=3 concept=as-long-as-necessary
body: 더 이상 필요하지 weight=2.5 concept=no-longer-needed
body: 익명화* weight=2 concept=anonymise
body: 보관* 의무* weight=2.5 concept=legal-retention-requirements
body: 아카이브 weight=2 concept=archive
body: 저장* weight=1 concept=store
heading: 보유기간* concept=retention-period
heading: 처리기간* concept=retention-period
heading: 처리* 및 보유* 기간* concept=retention-period
heading: 보관기간* concept=retention-period
heading: 보존기간* concept=retention-period
heading: 얼마나 오래 concept=how-long-we-keep
heading: 얼마 동안 concept=how-long-we-keep
# "Retention and deletion" written with 과 as well as 및.
heading: 보관과 삭제 weight=2 concept=retention-and-deletion
heading: 보관* 및 삭제* weight=2 concept=retention-and-deletion
heading: 보존* 및 삭제* weight=2 concept=retention-and-deletion
heading: 보존과 삭제 weight=2 concept=retention-and-deletion
heading: 어떻게 보관* concept=storage-and-retention
heading: 어떻게 저장* concept=storage-and-retention

[security]
heading: 안전성* 확보* concept=security-measures
heading: 안전성* concept=security-measures
heading: 확보조치* concept=security-measures
heading: 보안* concept=data-security
heading: 기술적* 관리적* concept=security-measures
heading: 보호* 조치* concept=security-measures
heading: 보안* 조치* concept=security-measures
body: 안전성* weight=2.5 concept=safeguards
body: 암호화* weight=3 concept=encryption
body: 보안* weight=2 concept=secure
body: 해킹* weight=2.5 concept=unauthorized-access
body: 바이러스 weight=2 concept=technical-controls
body: 백신* weight=2 concept=technical-controls
body: 침입차단 weight=3 concept=technical-controls
body: 방화벽* weight=2.5 concept=technical-controls
body: 접근* 통제* weight=2.5 concept=technical-controls
body: 접근* 권한* weight=2 concept=technical-controls
body: 관리적* weight=2.5 concept=technical-organisational-measures
body: 기술적* weight=2.5 concept=technical-organisational-measures
body: 물리적* weight=2 concept=physical-safeguards
body: 유출* weight=2.5 concept=loss-misuse-alteration
body: 변조* weight=2 concept=loss-misuse-alteration
body: 훼손* weight=2 concept=loss-misuse-alteration
body: 분실* weight=2 concept=loss-misuse-alteration
body: 내부관리계획 weight=3 concept=technical-organisational-measures
body: SSL weight=3 concept=encryption
# Added with the shared concept inventory (concepts.txt).
heading: 정보* 보안* concept=data-security
heading: 데이터* 보안* concept=data-security
heading: 정보를 보호하는 방법* concept=how-we-protect
heading: 개인정보* 보호* 방법* concept=how-we-protect
body: 무단* 접근* weight=3 concept=unauthorized-access
body: 비밀번호 weight=2 concept=technical-controls
body: 침해* 사고* weight=2.5 concept=breach
body: 취약점* weight=2.5 concept=breach
body: 데이터* 침해* weight=2.5 concept=breach
body: 기밀* weight=1.5 concept=confidentiality
body: 완벽하게 안전* weight=2.5 concept=no-guarantee
body: 보장할 수 없* weight=2.5 concept=no-guarantee
body: 업계* 표준* weight=2 concept=industry-standard
body: TLS weight=3 concept=encryption
body: 보호* weight=1 concept=protect
body: 보장* weight=0.5 concept=ensure
heading: 어떻게 보호* concept=how-we-protect
heading: 보호하는 방법* concept=how-we-protect
# Personal-data breaches and their notification: a security topic.
heading: 유출* concept=data-security
heading: 개인정보* 유출* concept=data-security
heading: 보안* 사고* concept=data-security
heading: 침해* 사고* concept=data-security
# Breach notification ("개인정보 침해 통지", "유출 통지") is a security topic, not a change notice.
heading: 침해* 통지* weight=2 concept=data-security
heading: 유출* 통지* weight=2 concept=data-security
# The measures PIPA lists one by one, often each a subsection of "안전성 확보조치":
# "접속기록의 보관 및 위변조 방지", "개인정보 취급 직원의 최소화 및 교육", "정기적인 자체 감사 실시",
# "문서보안을 위한 잠금장치 사용", "비인가자에 대한 출입 통제", "해킹 등에 대비한 기술적 대책".
heading: 위변조* 방지* concept=security-measures
heading: 직원의 최소화* concept=security-measures
heading: 자체* 감사* concept=security-measures
heading: 잠금장치* concept=security-measures
heading: 출입* 통제* concept=security-measures
heading: 접근* 통제* concept=security-measures
heading: 내부관리계획* concept=security-measures
heading: 기술적* 대책* concept=security-measures
heading: 암호화* concept=security-measures

[children]
heading: 아동* concept=childrens-privacy
heading: 만 14세 미만* concept=age-limits
heading: 14세 미만* concept=age-limits
heading: 미성년자* concept=minors
heading: 법정대리인* 동의*
heading: 아동* 개인정보* concept=childrens-privacy
body: 아동* weight=2.5 concept=children
body: 만 14세* weight=3 concept=age-threshold
body: 14세* weight=2.5 concept=age-threshold
body: 미만* weight=2 concept=age-threshold
body: 미성년자 weight=3 concept=minors-teens
body: 법정대리인 weight=3 concept=parents-guardians
body: 보호자* weight=2 concept=parents-guardians
body: 부모* weight=2 concept=parents-guardians
body: 나이* weight=1.5 concept=age
body: 연령* weight=1.5 concept=age
body: 청소년* weight=1.5 concept=minors-teens
body: 세 weight=1 concept=age-threshold
body: COPPA weight=2.5 concept=coppa
# Added with the shared concept inventory (concepts.txt).
heading: 어린이* concept=childrens-privacy
heading: 연령* 제한* concept=age-limits
body: 어린이* weight=3 concept=children
body: 법정대리인의 동의* weight=3 concept=parental-consent
body: 부모* 동의* weight=3 concept=parental-consent
body: 고의로 weight=3 concept=knowingly-collect
body: 대상으로 하지 weight=2 concept=not-directed-to-children
body: 알게 된 경우 weight=2 concept=if-we-learn

[international]
heading: 국외* 이전* concept=international-transfers
heading: 국외* concept=international-transfers
heading: 해외* 이전* concept=international-transfers
heading: 국외* 처리위탁* concept=international-transfers
heading: 국제* 전송* concept=international-transfers
heading: 국외* 보관* concept=where-we-store
heading: 국경* 간* concept=international-transfers
body: 국외* weight=3 concept=other-countries
body: 해외* weight=2.5 concept=other-countries
body: 이전* weight=2 concept=transfer
body: 이전되는 국가* weight=3 concept=other-countries
body: 이전* 일시* weight=3 concept=transfer
body: 이전* 방법* weight=2.5 concept=transfer
body: 국가* weight=1.5 concept=other-countries
body: 국경* weight=2.5 concept=cross-border
body: 역외* weight=2.5 concept=other-countries
# A bare 서버 is any server (a chat server, "서버 설정"): the server location needs a place word.
body: 서버* 위치* weight=2 concept=server-location
body: 서버* 소재* weight=2 concept=server-location
body: 위치한 서버* weight=2 concept=server-location
body: 소재한 서버* weight=2 concept=server-location
body: 국외* 서버* weight=2 concept=server-location
body: 해외* 서버* weight=2 concept=server-location
body: 클라우드 weight=1.5 concept=server-location
# The transfer safeguards (standard contractual clauses, adequacy decisions, the Data Privacy Framework)
# stand in one sentence of many subsections about a single social network or cloud service: in a
# text they weigh less than the practice it describes; the headings still name a transfer section.
body: 표준계약조항 weight=2 concept=transfer-safeguards
body: 적정성* 결정* weight=2 concept=adequacy
body: 유럽경제지역 weight=2 concept=eea
body: 소재* weight=1.5 concept=server-location
body: 전송* weight=1 concept=transfer
# Added with the shared concept inventory (concepts.txt).
heading: 데이터* 이전* concept=data-transfers
heading: 개인정보* 이전* concept=data-transfers
heading: 저장* 위치* concept=where-we-store
heading: 처리* 장소* concept=where-we-store
body: 국경* 간 weight=3 concept=cross-border
body: 구속력* 있는 기업* 규칙* weight=2 concept=transfer-safeguards
body: 적절한 보호조치* weight=2 concept=transfer-safeguards
body: 미국* weight=1.5 concept=united-states
body: 데이터* 프라이버시* 프레임워크* weight=2 concept=privacy-frameworks
body: 관할권* weight=2 concept=jurisdictions
body: 전 세계 weight=1.5 concept=around-the-world
body: 보호* 수준* weight=2 concept=less-protective
heading: 국외이전* concept=international-transfers
heading: 해외이전* concept=international-transfers
# "Where is your data stored?"
heading: 어디에 저장* concept=where-we-store
heading: 어디에 보관* concept=where-we-store
heading: 데이터 저장 weight=1 concept=where-we-store
heading: 데이터의 저장 weight=1 concept=where-we-store

[regional]
heading: 지역별* concept=jurisdiction-specific
heading: 특정* 지역* concept=jurisdiction-specific
heading: 국가별* concept=jurisdiction-specific
heading: 캘리포니아* concept=california
heading: 유럽경제지역* concept=eea-gdpr-notice
heading: EU 거주자* concept=eea-gdpr-notice
heading: 추가* 고지* concept=jurisdiction-specific
body: 캘리포니아 weight=3 concept=california-law
body: 거주자* weight=2 concept=residents
body: 유럽경제지역 weight=2 concept=eu-gdpr
body: 유럽연합 weight=2 concept=eu-gdpr
body: EU weight=2 concept=eu-gdpr
body: 영국* weight=1.5
body: 스위스* weight=1.5
body: 미국* weight=1.5
body: 네바다* weight=2.5 concept=us-states
body: 브라질* weight=2 concept=brazil-lgpd
body: CCPA weight=2.5 concept=california-law
body: CPRA weight=2 concept=california-law
body: 관할* weight=1.5
body: 지역* weight=1
body: 주 weight=1 concept=state
# Added with the shared concept inventory (concepts.txt).
heading: 네바다* 거주자* concept=us-state-rights
heading: 미국* 주* 개인정보* 권리* concept=us-state-rights
heading: GDPR 준수* concept=eea-gdpr-notice
body: 소비자* weight=1.5 concept=consumers
body: 판매하지 weight=3 concept=do-not-sell
body: 판매* 또는 공유* weight=3 concept=do-not-sell
body: 교차* 맥락* 행동* 광고* weight=3 concept=cross-context-advertising
body: 금전적* 인센티브* weight=3 concept=financial-incentives
body: 지난 12개월* weight=3 concept=preceding-12-months
body: GDPR weight=2.5 concept=eu-gdpr
body: LGPD weight=3 concept=brazil-lgpd
body: 캐나다* weight=2 concept=canada-pipeda
body: 버지니아* weight=3 concept=us-states
body: 콜로라도* weight=3 concept=us-states
body: 코네티컷* weight=3 concept=us-states
heading: 유럽* 사용자* concept=eea-gdpr-notice
heading: 유럽* 이용자* concept=eea-gdpr-notice
heading: 유럽* 거주자* concept=eea-gdpr-notice
heading: 영국* 거주자* concept=eea-gdpr-notice
heading: 미국* 거주자* concept=us-state-rights
heading: 미국* 주* 개인정보* 보호* 권리* weight=2 concept=us-state-rights
# Regional annexes and law acronyms as headings (APPI, PIPA, PIPL, ...): heading-only, never body terms.
heading: appi concept=jurisdiction-specific
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
heading: 지역별* 부록* concept=jurisdiction-specific
heading: 미국* 개인정보* 보호법* concept=us-state-rights
heading: 일본* weight=1 concept=jurisdiction-specific
heading: 대한민국* weight=1 concept=jurisdiction-specific
heading: 브라질* weight=1 concept=jurisdiction-specific

[third-party-sites]
heading: 제3자* 웹사이트* weight=2 concept=third-party-websites
heading: 외부* 링크* weight=2 concept=links-to-other-sites
heading: 외부* 사이트* weight=2 concept=third-party-websites
heading: 타사* 사이트* weight=2 concept=third-party-websites
heading: 링크* concept=links-to-other-sites
heading: 다른 웹사이트* weight=2 concept=third-party-websites
heading: 제3자* 서비스* weight=2.5 concept=third-party-services
heading: 웹사이트* weight=1.5
body: 링크* weight=3 concept=links
body: 외부* 사이트* weight=2.5 concept=other-sites
body: 다른 웹사이트 weight=2 concept=other-sites
body: 타사* weight=2 concept=other-sites
body: 웹사이트 weight=1
body: 책임지지 weight=2.5 concept=not-responsible
body: 책임* weight=1.5 concept=not-responsible
body: 통제* weight=1.5 concept=not-responsible
body: 관여* weight=2 concept=not-responsible
body: 플러그인 weight=2.5 concept=plugins
body: 소셜* 미디어* weight=1.5 concept=plugins
body: 소셜* 네트워크 weight=1.5 concept=plugins
body: SNS weight=1.5 concept=plugins
body: 각각* weight=0.5 concept=their-privacy-policies
body: 확인* weight=0.5 concept=review
# Added with the shared concept inventory (concepts.txt).
heading: 소셜* 미디어* 플러그인* concept=social-media-plugins
heading: 소셜* 기능* concept=social-media-plugins
heading: 제3자* 개인정보* 처리방침* concept=third-party-privacy-policies
heading: 제3자의 개인정보 처리방침* concept=third-party-privacy-policies
body: 하이퍼링크* weight=3 concept=links
body: 제3자* 애플리케이션* weight=2 concept=third-party-applications
body: 자체* 개인정보* 처리방침* weight=3 concept=their-privacy-policies
body: 검토하시기 바랍니다 weight=2.5 concept=encourage-review
body: 위젯* weight=2.5 concept=plugins
body: 콘텐츠* weight=0.5 concept=content
body: 떠나* weight=2 concept=leave-our-site
# Headings on the company's presence on social networks (concept social-media-presence).
heading: 소셜* 미디어* concept=social-media-presence
heading: 소셜* 네트워크* concept=social-media-presence
heading: SNS concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: 제3자가 수집하는 정보* concept=third-party-data-collection
heading: 제3자에 의한 정보* 수집* concept=third-party-data-collection
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: 삽입된 콘텐츠* concept=third-party-services
heading: 임베드* 콘텐츠* concept=third-party-services
heading: 제3자 콘텐츠* concept=third-party-services
heading: 타사 콘텐츠* concept=third-party-services
heading: 외부 콘텐츠* concept=third-party-services
heading: 제3자 서비스 weight=1.5 concept=third-party-services
heading: 타사 서비스 concept=third-party-services
heading: 외부 서비스 concept=third-party-services
heading: 클라우드 동기화 weight=3 concept=third-party-services
heading: icloud 백업 weight=3 concept=third-party-services
heading: 클라우드 백업 weight=3 concept=third-party-services
heading: 동기화 및 백업 concept=third-party-services
heading: 플러그인* concept=social-media-plugins
heading: 소셜* 플러그인* concept=social-media-plugins
body: 임베드* weight=2.5 concept=plugins
body: 삽입된 weight=2 concept=plugins
body: iframe* weight=3 concept=plugins
body: 제3자 콘텐츠* weight=3 concept=other-sites
body: 타사 콘텐츠* weight=3 concept=other-sites
body: 외부 콘텐츠* weight=2.5 concept=other-sites
body: YouTube weight=2 concept=plugins
body: 유튜브* weight=2 concept=plugins
body: Vimeo weight=2.5 concept=plugins
body: Google 지도* weight=2.5 concept=plugins
body: 구글 지도* weight=2.5 concept=plugins
body: 개인정보 보호* 강화* 모드* weight=2.5 concept=plugins
body: 계정에 로그인* weight=1.5 concept=plugins
# Another party's terms govern the processing ("해당 서비스의 약관 및 개인정보 처리방침").
body: 약관 및 개인정보 처리방침* weight=2.5 concept=their-privacy-policies
body: 약관 및 개인정보처리방침* weight=2.5 concept=their-privacy-policies
body: 약관과 개인정보 처리방침* weight=2.5 concept=their-privacy-policies
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: 네트워크 연결 weight=2 concept=network-connections
heading: 네트워크 통신 weight=2 concept=network-connections
heading: 네트워크 요청 weight=2 concept=network-connections
heading: 외부 연결 weight=2 concept=network-connections
heading: 기기 밖* 전송* weight=2 concept=network-connections
heading: 기기* 벗어나* weight=2 concept=network-connections
heading: 디바이스 밖* 전송* weight=2 concept=network-connections
heading: 인터넷* 통해 전송* weight=2 concept=network-connections
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
heading: 처리방침* 변경* concept=changes-to-policy
heading: 방침* 변경* concept=changes-to-policy
heading: 정책* 변경* concept=changes-to-policy
heading: 변경* 사항* concept=changes-to-policy
heading: 고지의 의무* concept=notification-of-changes
heading: 개정* concept=amendments
heading: 처리방침* 개정* concept=changes-to-policy
# A bare 변경 is any change ("설정 변경" in a list of logged actions): alone it is weak; the
# policy as its object (처리방침을 변경, 방침의 변경, 변경 사항) carries the weight.
body: 변경* weight=1 concept=change-update
body: 처리방침* 변경* weight=2.5 concept=change-update
body: 방침* 변경* weight=2.5 concept=change-update
body: 정책* 변경* weight=2.5 concept=change-update
body: 변경* 사항* weight=2 concept=change-update
body: 변경된 처리방침* weight=2.5 concept=change-update
body: 변경된 방침* weight=2.5 concept=change-update
body: 개정* weight=2.5 concept=change-update
body: 시행* weight=2.5 concept=effective-date
body: 시행일* weight=3 concept=effective-date
body: 시행일자 weight=3 concept=effective-date
body: 공고일자 weight=3 concept=effective-date
body: 공지사항 weight=2.5 concept=posting
body: 고지* weight=2 concept=notify-you
body: 중대한 변경* weight=2.5 concept=material-changes
body: 이전* 처리방침 weight=2 concept=latest-version
body: 수정* weight=1.5 concept=change-update
body: 업데이트 weight=1.5 concept=change-update
body: 본 방침* weight=1
body: 적용* weight=0.5
# Added with the shared concept inventory (concepts.txt).
heading: 처리방침* 업데이트* concept=policy-updates
heading: 방침* 업데이트* concept=policy-updates
heading: 변경* 통지* concept=notification-of-changes
heading: 수정* 사항* concept=amendments
heading: 부칙 concept=entry-into-force
heading: 시행일 concept=entry-into-force
body: 수시로 weight=2.5 concept=from-time-to-time
body: 주기적* weight=2.5 concept=from-time-to-time
body: 계속* 이용* weight=3 concept=continued-use
body: 정기적* 확인* weight=2.5 concept=check-back
body: 최신* 버전* weight=2 concept=latest-version
body: 즉시* 효력* weight=2.5 concept=effective-immediately
body: 권리를 보유* weight=2 concept=reserve-the-right
body: 통지* weight=1.5 concept=notify-you
body: 게시* weight=1 concept=posting
body: 버전* weight=1 concept=version
# Where a changed policy is posted: "(we will post the new policy) on this page".
body: 이 페이지에 weight=1 concept=posting
# The title words (개인정보 처리방침, 개인정보 보호정책) come before 변경: the heading form must
# outweigh the title and its body entry 개인정보처리방침 (weight 2), hence weight=2.5.
heading: 개인정보처리방침* 변경* weight=2.5 concept=changes-to-policy
heading: 개인정보 처리방침* 변경* concept=changes-to-policy
heading: 개인정보* 보호정책* 변경* concept=changes-to-policy
heading: 개인정보* 보호* 정책* 변경* concept=changes-to-policy
heading: 개인정보처리방침* 개정* weight=2.5 concept=amendments
heading: 개인정보 처리방침* 개정* concept=amendments
# "이전의 개인정보 처리방침은 ... 확인하실 수 있습니다" (the previous versions of the policy).
body: 이전* 개인정보 처리방침 weight=2 concept=latest-version
body: 이전* 개인정보처리방침 weight=2 concept=latest-version

[contact]
heading: 문의처* concept=contact-information
heading: 연락처* concept=contact-information
heading: 문의* concept=contact-us
heading: 고객센터* concept=contact-us
heading: 보호책임자* concept=data-protection-officer
heading: 담당부서* concept=contact-information
heading: 개인정보 보호책임자* concept=data-protection-officer
body: 문의* weight=2.5 concept=please-contact
body: 연락처* weight=2.5 concept=please-contact
body: 연락* weight=1.5 concept=please-contact
body: 고객센터 weight=2.5 concept=customer-service
body: 보호책임자 weight=3 concept=dpo
body: 담당부서 weight=2.5 concept=dpo
body: 담당자* weight=2 concept=dpo
body: 대표이사 weight=2
body: 이메일* weight=1.5 concept=by-email
body: 전화* weight=1.5 concept=telephone
body: 주소* weight=1 concept=address
body: 민원* weight=1.5 concept=questions-comments
body: 상담* weight=1.5 concept=questions-comments
body: 신고* weight=1.5 concept=questions-comments
body: 운영시간 weight=2
body: 평일* weight=1.5
# Added with the shared concept inventory (concepts.txt).
heading: 연락* 방법* concept=how-to-contact
heading: 문의* 방법* concept=how-to-contact
heading: 질문* concept=questions
heading: 질문* 및 문의* concept=questions
heading: 데이터* 보호* 책임자* concept=data-protection-officer
heading: 연락하기 concept=contact-us
body: 질문* weight=2.5 concept=questions-comments
body: 의견* weight=1.5 concept=questions-comments
body: 개인정보* 보호* 책임자* weight=3 concept=dpo
body: 우편* weight=2 concept=postal-address
body: 고객* 서비스* weight=1.5 concept=customer-service
heading: 어떻게 연락* weight=2 concept=how-to-contact
heading: 국내대리인* concept=contact-information   # PIPA: the domestic agent of a foreign company, with address and contact
heading: 고충* 처리* 부서* concept=contact-information
# PIPA 고충처리 (complaint handling) names the office to contact.
heading: 고충처리* concept=contact-information
heading: 고충* 처리* concept=contact-information
heading: 사업자* 정보* concept=contact-information
heading: 운영자* 정보* concept=contact-information
# The controller's identity and address (GDPR art. 13(1)(a)): "데이터 관리자", "컨트롤러".
heading: 데이터 관리자* concept=contact-information
heading: 데이터 컨트롤러* concept=contact-information
heading: 컨트롤러* concept=contact-information
# Imperative headings: "Contact us", "Get in touch".
heading: 연락하세요 concept=contact-us
heading: 연락 주세요 concept=contact-us
heading: 연락하십시오 concept=contact-us
heading: 문의하세요 concept=contact-us
heading: 문의하십시오 concept=contact-us
heading: 문의 주세요 concept=contact-us
heading: 누구에게 연락* concept=how-to-contact
heading: 누구에게 문의* concept=how-to-contact
heading: 어디로 문의* concept=how-to-contact
heading: 어디에 문의* concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no cue inside it
# counts. Written whole, like boilerplate headings.
# A software update is not a change to the policy.
소프트웨어 업데이트
앱 업데이트
업데이트 확인
자동 업데이트
# Names of the Act and of the Commission holding 보호 are no security practice.
개인정보 보호법
개인정보 보호위원회
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
# "선택 사항인 ... 앱" (an optional app or feature): optional, not the user's privacy choices.
선택 사항인
선택사항인
