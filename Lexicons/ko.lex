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

[intro]
heading: 개인정보 처리방침 weight=0.5
heading: 개인정보처리방침 weight=0.5
heading: 개요*
heading: 총칙*
heading: 서문*
heading: 적용* 범위*
heading: 처리방침* 적용*
body: 처리방침 weight=2
body: 개인정보처리방침 weight=2
body: 본 방침* weight=2
body: 적용* weight=1
body: 중요시* weight=2.5
body: 소중하게 weight=2
body: 준수* weight=1.5
body: 관련* 법령* weight=1
body: 공개* weight=1
body: 주식회사 weight=1
body: 귀하* weight=0.5
body: 당사* weight=0.5
body: 회사* weight=0.3

[definitions]
heading: 정의*
heading: 용어* 정의*
heading: 용어* 설명*
heading: 주요* 용어*
heading: 용어*
heading: 방침에서 사용하는 용어*
body: 의미합니다 weight=3
body: 말합니다 weight=3
body: 말한다 weight=2.5
body: 뜻합니다 weight=2.5
body: 이하* weight=1
body: 식별할 수 있는 weight=2.5
body: 살아 있는 weight=2.5
body: 정보주체 weight=1.5
body: 가명정보 weight=2.5
body: 민감정보 weight=2
body: 고유식별정보 weight=2
body: 계열사* weight=1
body: 용어* weight=1
body: 포함* weight=0.5

[collection]
heading: 수집* 항목*
heading: 수집* 개인정보*
heading: 개인정보* 항목*
heading: 처리* 항목*
heading: 수집* 방법*
heading: 개인정보* 수집*
heading: 수집* 정보*
heading: 수집* 경로*
heading: 출처* weight=2
body: 수집* weight=3
body: 항목* weight=2
body: 필수항목 weight=2
body: 선택항목 weight=2
body: 이름* weight=1
body: 휴대전화번호 weight=1.5
body: 휴대폰* weight=1.5
body: 이메일* weight=1
body: 생년월일 weight=1.5
body: 성별* weight=1
body: 아이디* weight=1.5
body: 비밀번호 weight=1.5
body: IP weight=1.5
body: 접속* 로그* weight=2
body: 기기정보 weight=2
body: 단말기* weight=1.5
body: 이용* 기록* weight=2
body: 자동으로 weight=2
body: 생성* weight=1.5
body: 회원가입 weight=1.5
body: 출처* weight=1.5

[use]
heading: 처리* 목적*
heading: 이용* 목적*
heading: 수집* 및 이용* 목적*
heading: 활용* 목적*
heading: 개인정보* 이용*
heading: 정보* 이용*
heading: 이용목적*
heading: 어떻게 이용* weight=2
heading: 어떻게 사용* weight=2
heading: 목적* weight=2
body: 목적* weight=2
body: 이용* weight=1
body: 활용* weight=2
body: 처리* weight=0.5
body: 본인확인 weight=2
body: 본인* 확인* weight=2
body: 서비스* 제공* weight=1.5
body: 개선* weight=1.5
body: 개발* weight=1
body: 분석* weight=1.5
body: 통계* weight=1.5
body: 맞춤* weight=2
body: 추천* weight=1.5
body: 부정* 이용* weight=2
body: 부정이용 weight=2
body: 민원* weight=1.5
body: 상담* weight=1
body: 결제* weight=1
body: 신규* 서비스* weight=1.5

[legal-basis]
heading: 법적* 근거*
heading: 처리* 근거*
heading: 적법* 근거*
heading: 법적* 기반*
heading: 처리* 법적* 근거*
heading: 근거* 법령*
body: 법적* 근거* weight=3
body: 근거* weight=2
body: 정당한 이익* weight=3
body: 계약* 이행* weight=3
body: 계약* weight=1.5
body: 법적* 의무* weight=2.5
body: 법령상* 의무* weight=2.5
body: 공공* 이익* weight=2
body: 중대한 이익* weight=2
body: 생명* weight=1.5
body: 적법* weight=2
body: 동의* 없이 weight=2
body: 제6조 weight=2
body: 이익* weight=1
body: 동의* weight=0.5

[consent]
heading: 동의*
heading: 동의* 철회*
heading: 철회*
heading: 동의* 거부*
heading: 거부할 권리*
heading: 동의* 방법*
body: 동의* weight=1.5
body: 철회* weight=3
body: 동의* 거부* weight=2.5
body: 거부* weight=1.5
body: 별도* 동의* weight=2.5
body: 명시적* weight=2
body: 체크박스 weight=2
body: 동의함 weight=2
body: 동의하지 weight=2
body: 불이익* weight=2.5
body: 언제든지 weight=1.5
body: 철회* 전 weight=2
body: 선택* 동의* weight=2
body: 필수* 동의* weight=1.5
body: 영향* weight=1

[sharing]
heading: 제3자* 제공*
heading: 위탁*
heading: 처리위탁*
heading: 처리* 위탁*
heading: 공유*
heading: 개인정보* 제공*
heading: 수탁*
body: 제3자* weight=2.5
body: 제공* weight=1
body: 위탁* weight=2.5
body: 재위탁* weight=2.5
body: 수탁자* weight=3
body: 수탁업체 weight=3
body: 위탁업무 weight=2.5
body: 제공받는 자 weight=2.5
body: 공유* weight=2
body: 제휴사* weight=2
body: 계열사* weight=2
body: 협력사* weight=2
body: 파트너사 weight=2
body: 합병* weight=2
body: 양도* weight=2
body: 영업양수 weight=2
body: 수사기관 weight=2.5
body: 법원* weight=1.5
body: 판매* weight=1.5
body: 법령* weight=1

[cookies]
heading: 쿠키*
heading: 쿠키* 정책*
heading: 자동* 수집* 장치*
heading: 설치* 운영* 및 거부*
heading: 웹* 비콘*
heading: 유사* 기술*
heading: 추적* 기술*
body: 쿠키* weight=3
body: Cookie weight=3
body: 웹* 비콘* weight=3
body: 웹비콘* weight=3
body: 픽셀* 태그* weight=3
body: 픽셀* weight=2
body: 유사* 기술* weight=2
body: 자동* 수집* 장치* weight=3
body: 텍스트* 파일* weight=2.5
body: 하드디스크 weight=2.5
body: 인터넷* 옵션* weight=2.5
body: 브라우저 weight=1.5
body: 설치* weight=1.5
body: 저장* weight=1
body: 방문* weight=1
body: 구글* 애널리틱스 weight=2.5
body: Google Analytics weight=2.5
body: 분석* 도구* weight=1.5

[advertising]
heading: 광고*
heading: 맞춤형* 광고*
heading: 마케팅*
heading: 광고성* 정보*
heading: 행태정보*
heading: 광고* 및 마케팅*
heading: 마케팅* 정보* 수신*
body: 광고* weight=2
body: 맞춤형* weight=2.5
body: 행태정보 weight=3
body: 광고성* weight=3
body: 광고주* weight=2.5
body: 광고* 네트워크 weight=2.5
body: 광고* 식별자* weight=2.5
body: 마케팅* weight=2
body: 이벤트* weight=1.5
body: 프로모션 weight=1.5
body: 혜택* weight=1.5
body: 뉴스레터 weight=2
body: 수신* 동의* weight=2
body: 관심사* weight=2
body: 타겟팅* weight=2
body: 푸시* weight=1.5
body: 문자* weight=1

[do-not-track]
heading: Do Not Track
heading: DNT
heading: 추적* 금지*
heading: 추적* 거부*
heading: 추적* 금지* 신호*
heading: 글로벌* 프라이버시 컨트롤*
body: Do Not Track weight=3
body: DNT weight=3
body: GPC weight=3
body: Global Privacy Control weight=3
body: 신호* weight=3
body: 추적* weight=1.5
body: 브라우저 weight=1
body: 응답* weight=1.5
body: 대응* weight=1
body: 업계* 표준* weight=2
body: 표준* weight=1
body: 통일* weight=1.5
body: 메커니즘 weight=1.5
body: 설정* weight=0.5

[choices]
heading: 귀하의 선택*
heading: 이용자의 선택*
heading: 선택* 사항*
heading: 수신* 거부*
heading: 수신거부*
heading: 설정* 관리*
heading: 옵트아웃*
body: 수신* 거부* weight=3
body: 수신거부 weight=3
body: 옵트아웃 weight=3
body: 거부* weight=1.5
body: 선택* weight=1.5
body: 설정* weight=1
body: 해제* weight=2
body: 구독* 취소* weight=2.5
body: 구독* weight=1
body: 비활성화* weight=2
body: 끄기* weight=1.5
body: 제공하지 weight=1.5
body: 제한될 weight=1.5
body: 알림* weight=1
body: 변경* weight=0.5

[rights]
heading: 정보주체* 권리*
heading: 법정대리인* 권리*
heading: 이용자* 권리*
heading: 귀하의 권리*
heading: 권리* 행사*
heading: 행사방법*
heading: 권익침해*
heading: 구제방법*
heading: 열람*
heading: 수정* weight=1.5
body: 권리* weight=2
body: 행사* weight=2.5
body: 열람* weight=3
body: 정정* weight=3
body: 삭제* weight=2
body: 처리정지 weight=3
body: 처리* 정지* weight=3
body: 이의* weight=2
body: 전송* 요구* weight=3
body: 전송요구권 weight=3
body: 탈퇴* weight=2
body: 대리인* weight=1.5
body: 요구* weight=1.5
body: 개인정보보호위원회 weight=2.5
body: 권익침해 weight=3
body: 구제* weight=2.5
body: 분쟁조정위원회 weight=2.5
body: 철회* weight=0.5

[retention]
heading: 보유* 기간*
heading: 보유* 및 이용*
heading: 이용기간*
heading: 보존* 기간*
heading: 보관* 기간*
heading: 파기*
heading: 파기* 절차*
heading: 파기* 방법*
body: 보유* weight=2.5
body: 보관* weight=2.5
body: 보존* weight=2.5
body: 파기* weight=3
body: 기간* weight=2
body: 이용기간 weight=2.5
body: 지체* 없이 weight=2
body: 지체없이 weight=2
body: 달성* weight=2
body: 분리* weight=1.5
body: 휴면* weight=2
body: 소각* weight=2.5
body: 복구* weight=1.5
body: 재생* weight=1.5
body: 전자상거래법 weight=1.5
body: 통신비밀보호법 weight=2
body: 년 weight=0.5

[security]
heading: 안전성* 확보*
heading: 안전성*
heading: 확보조치*
heading: 보안*
heading: 기술적* 관리적*
heading: 보호* 조치*
heading: 보안* 조치*
body: 안전성* weight=2.5
body: 암호화* weight=3
body: 보안* weight=2
body: 해킹* weight=2.5
body: 바이러스 weight=2
body: 백신* weight=2
body: 침입차단 weight=3
body: 방화벽* weight=2.5
body: 접근* 통제* weight=2.5
body: 접근* 권한* weight=2
body: 관리적* weight=2.5
body: 기술적* weight=2.5
body: 물리적* weight=2
body: 유출* weight=2.5
body: 변조* weight=2
body: 훼손* weight=2
body: 분실* weight=2
body: 내부관리계획 weight=3
body: SSL weight=3

[children]
heading: 아동*
heading: 만 14세 미만*
heading: 14세 미만*
heading: 미성년자*
heading: 법정대리인* 동의*
heading: 아동* 개인정보*
body: 아동* weight=2.5
body: 만 14세* weight=3
body: 14세* weight=2.5
body: 미만* weight=2
body: 미성년자 weight=3
body: 법정대리인 weight=3
body: 보호자* weight=2
body: 부모* weight=2
body: 나이* weight=1.5
body: 연령* weight=1.5
body: 청소년* weight=1.5
body: 세 weight=1
body: COPPA weight=2.5

[international]
heading: 국외* 이전*
heading: 국외*
heading: 해외* 이전*
heading: 국외* 처리위탁*
heading: 국제* 전송*
heading: 국외* 보관*
heading: 국경* 간*
body: 국외* weight=3
body: 해외* weight=2.5
body: 이전* weight=2
body: 이전되는 국가* weight=3
body: 이전* 일시* weight=3
body: 이전* 방법* weight=2.5
body: 국가* weight=1.5
body: 국경* weight=2.5
body: 역외* weight=2.5
body: 서버* weight=1.5
body: 클라우드 weight=1.5
body: 표준계약조항 weight=3
body: 적정성* 결정* weight=3
body: 유럽경제지역 weight=2
body: 소재* weight=1.5
body: 전송* weight=1

[regional]
heading: 지역별*
heading: 특정* 지역*
heading: 국가별*
heading: 캘리포니아*
heading: 유럽경제지역*
heading: EU 거주자*
heading: 추가* 고지*
body: 캘리포니아 weight=3
body: 거주자* weight=2
body: 유럽경제지역 weight=2
body: 유럽연합 weight=2
body: EU weight=2
body: 영국* weight=1.5
body: 스위스* weight=1.5
body: 미국* weight=1.5
body: 네바다* weight=2.5
body: 브라질* weight=2
body: CCPA weight=2.5
body: CPRA weight=2
body: 관할* weight=1.5
body: 지역* weight=1
body: 주 weight=1

[third-party-sites]
heading: 제3자* 웹사이트* weight=2
heading: 외부* 링크* weight=2
heading: 외부* 사이트* weight=2
heading: 타사* 사이트* weight=2
heading: 링크*
heading: 다른 웹사이트* weight=2
heading: 제3자* 서비스* weight=2
heading: 웹사이트* weight=1.5
body: 링크* weight=3
body: 외부* 사이트* weight=2.5
body: 다른 웹사이트 weight=2
body: 타사* weight=2
body: 웹사이트 weight=1
body: 책임지지 weight=2.5
body: 책임* weight=1.5
body: 통제* weight=1.5
body: 관여* weight=2
body: 플러그인 weight=2.5
body: 소셜* 미디어* weight=1.5
body: 소셜* 네트워크 weight=1.5
body: SNS weight=1.5
body: 각각* weight=0.5
body: 확인* weight=0.5

[changes]
heading: 처리방침* 변경*
heading: 방침* 변경*
heading: 정책* 변경*
heading: 변경* 사항*
heading: 고지의 의무*
heading: 개정*
heading: 처리방침* 개정*
body: 변경* weight=2
body: 개정* weight=2.5
body: 시행* weight=2.5
body: 시행일* weight=3
body: 시행일자 weight=3
body: 공고일자 weight=3
body: 공지사항 weight=2.5
body: 고지* weight=2
body: 중대한 변경* weight=2.5
body: 이전* 처리방침 weight=2
body: 수정* weight=1.5
body: 업데이트 weight=1.5
body: 본 방침* weight=1
body: 적용* weight=0.5

[contact]
heading: 문의처*
heading: 연락처*
heading: 문의*
heading: 고객센터*
heading: 보호책임자*
heading: 담당부서*
heading: 개인정보 보호책임자*
body: 문의* weight=2.5
body: 연락처* weight=2.5
body: 연락* weight=1.5
body: 고객센터 weight=2.5
body: 보호책임자 weight=3
body: 담당부서 weight=2.5
body: 담당자* weight=2
body: 대표이사 weight=2
body: 이메일* weight=1.5
body: 전화* weight=1.5
body: 주소* weight=1
body: 민원* weight=1.5
body: 상담* weight=1.5
body: 신고* weight=1.5
body: 운영시간 weight=2
body: 평일* weight=1.5
