# English lexicon: the reference language of the taxonomy. US, UK and EU drafting styles
# (both -ize and -ise spellings where they differ).
@language en
@name English
@fold-accents yes

[profile]
# Function words first, then words frequent in privacy policies. English has no close
# relative among the shipped languages, so nothing needs weight=3. Loanwords that other
# languages' policies use as-is (data, cookies, online, email, website, marketing, privacy,
# browser) get weight=0.5 so that a Malay, Indonesian or Dutch clause full of them is not
# pulled towards English.
the
of
and
to
a
in
or
you
your
we
our
us
that
for
is
be
by
with
on
as
this
are
may
any
it
from
not
have
at
an
which
will
such
other
can
if
these
their
they
all
has
been
was
were
do
does
its
who
whom
when
where
how
what
there
those
more
also
about
into
only
than
so
but
would
should
must
could
shall
under
through
without
within
upon
after
before
each
some
no
then
them
between
both
because
whether
while
including
include
includes
unless
however
therefore
whose
provide
provided
use
used
using
personal
information
data weight=0.5
privacy weight=0.5
policy
site weight=0.5
website weight=0.5
websites weight=0.5
services
service weight=0.5
third
parties
party
collect
collected
process
processing
share
shared
disclose
disclosure
cookies weight=0.5
email weight=0.5
address
access
request
rights
right
law
laws
applicable
purposes
purpose
consent
account
contact
please
customers
users
user
browser weight=0.5
device
security
protect
necessary
reasonable
time
certain
following
example
otherwise
regarding
related
identify
receive
send
online weight=0.5
marketing weight=0.5
advertising
children
questions
terms
agree
order
business
companies
company
legal
keep
years
year
months
days

[units]
year: year, years, calendar year, calendar years
month: month, months
week: week, weeks
day: day, days, calendar day, calendar days
hour: hour, hours
minute: minute, minutes
business-day: business day, business days, working day, working days

[numbers]
# "a"/"an" count as one only in front of a unit ("within a month", "an hour").
1: one, a, an
2: two
3: three
4: four
5: five
6: six
7: seven
8: eight
9: nine
10: ten
11: eleven
12: twelve
13: thirteen
14: fourteen
15: fifteen
16: sixteen
18: eighteen
20: twenty
24: twenty-four
30: thirty
45: forty-five
60: sixty
72: seventy-two
90: ninety
100: one hundred, a hundred, hundred

[references]
# "online privacy protection act" also catches "Children’s ..." written with a curly apostrophe.
gdpr: general data protection regulation, gdpr, eu gdpr, uk gdpr, regulation (eu) 2016/679
ccpa: california consumer privacy act, ccpa
cpra: california privacy rights act, cpra
coppa: children's online privacy protection act, online privacy protection act, coppa
pdpa: personal data protection act, pdpa
lgpd: general data protection law, lei geral de proteção de dados, lgpd
pipeda: personal information protection and electronic documents act, pipeda
appi: act on the protection of personal information, appi
pipl: personal information protection law, pipl

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
terms of use
terms of service
terms and conditions
governing law
governing law and jurisdiction
applicable law
applicable law and jurisdiction
jurisdiction
severability
entire agreement
no waiver
waiver
force majeure
disclaimer
disclaimers
limitation of liability
indemnification
translations
translation
other translations
language
language versions
prevailing language
english version shall prevail
license
licence
copyright
credits
acknowledgements
table of contents
contents
sections
standard terms and conditions
general terms and conditions
# Closing apparatus and legal notes of a policy: "Legal disclaimer (and governing law)", a list of
# "External resources" or "Useful links", a closing "Thank you".
legal disclaimer
legal disclaimers
legal information and disclaimer
disclaimer and legal information
legal disclaimer and governing law
disclaimer and governing law
governing law and disclaimer
external resources
useful links
useful resources
additional resources
thank you
thank you for your trust
thank you for reading
# A promise section restating the policy's commitments ("Our privacy promise", "We promise to:"):
# a summary of the whole policy, no topic of its own. Negative assurances ("What we do not do",
# "What we never do") are left to their text: they deny collecting, selling, sharing.
our privacy promise
our promise
our promise to you
our privacy commitment
we promise to

# ---------------------------------------------------------------------------------------
# Sections. Hyphens split words the way document text is split, so "third-party" and
# "third party" are one entry; "opt-out" equals "opt out".
copyrights
copyright notice
copyright and intellectual property
copyrights and intellectual property
intellectual property
intellectual property rights
copyright and trademarks
trademarks
copyright and trademark
# Social networks named in the text (brand names, the same in every language).
creative commons license
creative commons licence
creative commons sharealike license
creative commons attribution-sharealike license
# The record a controller keeps under GDPR Art. 30, a legal formality: "Register of processing activities".
register of processing activities
record of processing activities
records of processing activities
# Terms-of-use sections mixed into a privacy page: the user's duties and the licence of posted content.
user responsibility
user responsibilities
responsibility of users
responsibilities of users
responsibility of the user
responsibilities of the user
content licensing
licensing of content
content license
content licence

[intro]
heading: introduction concept=introduction
heading: general information concept=introduction
heading: overview concept=summary
heading: about this policy concept=about-this-policy
heading: scope concept=scope
heading: scope of this policy concept=scope
heading: who we are concept=who-we-are
heading: who is this policy addressed to concept=scope
heading: our commitment to privacy concept=commitment-to-privacy
heading: your acceptance concept=acceptance
heading: privacy policy weight=0.5 concept=privacy-policy-title # the document title, also inside many headings
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that en lacked.
heading: summary weight=0.5 concept=summary
heading: the short version concept=summary
heading: about this notice concept=about-this-policy
heading: applicability concept=scope
heading: about us weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
body: this privacy policy describes weight=2.5 concept=policy-describes
body: this policy applies weight=2.5 concept=policy-applies-to
body: describes how we weight=2 concept=policy-describes
body: applies to weight=1 concept=policy-applies-to
body: does not apply weight=1.5 concept=policy-applies-to
body: by using weight=1.5 concept=by-using
body: by accessing weight=1.5 concept=by-using
body: by visiting weight=1.5 concept=by-using
body: acceptance weight=1.5 concept=acceptance-of-policy
body: accept* weight=1 concept=acceptance-of-policy
body: if you do not agree weight=2 concept=if-you-do-not-agree
body: we are committed weight=2 concept=committed-to-privacy
body: respect your privacy weight=2 concept=committed-to-privacy
body: referred to as weight=1.5 concept=referred-to-as
body: we or us concept=we-us-defined
body: we us or our concept=we-us-defined
body: we us and our concept=we-us-defined
body: we us our concept=we-us-defined
body: us or our concept=we-us-defined
body: terms of use weight=1 concept=terms-of-use
body: please read weight=1.5 concept=please-read
# Added with the shared concept inventory (concepts.txt): terms real policies use that en lacked.
body: this policy describes weight=2.5 concept=policy-describes
body: this policy explains weight=2.5 concept=policy-describes
body: this privacy policy weight=0.5 concept=this-privacy-policy
body: privacy weight=0.3 concept=privacy
body: website weight=0.3 concept=website
body: site weight=0.3 concept=website
body: services weight=0.3 concept=services
body: company weight=0.3 concept=company
body: explains how we concept=policy-describes
body: this privacy notice explains weight=2.5 concept=policy-describes
body: this notice explains weight=2.5 concept=policy-describes
body: policy explains concept=policy-describes
body: is committed to concept=committed-to-privacy
body: are committed to concept=committed-to-privacy
body: committed to protecting concept=committed-to-privacy
body: purpose of this privacy policy concept=policy-describes
body: thank you for concept=by-using
body: thanks for concept=by-using
# The document title in its other names (concept gloss: "Privacy notice", "Privacy statement").
heading: privacy notice weight=0.5 concept=privacy-policy-title
heading: privacy statement weight=0.5 concept=privacy-policy-title
# GDPR-style heading naming the controller as a question: "Who is responsible for (processing) your data?",
# "Who is responsible for the information that we collect?" (the controller, not the collection).
heading: who is responsible weight=4 concept=who-we-are
# Scope and purpose of the document: "What this policy covers", "Purpose of this notice".
heading: what this policy covers concept=scope
heading: what this notice covers concept=scope
heading: purpose of this policy weight=2 concept=about-this-policy
heading: purpose of this notice weight=2 concept=about-this-policy
heading: purpose of this privacy policy weight=2 concept=about-this-policy
heading: purpose of this privacy notice weight=2 concept=about-this-policy
heading: purpose of this document weight=2 concept=about-this-policy
heading: purpose of this statement weight=2 concept=about-this-policy
heading: purpose of this privacy statement weight=2 concept=about-this-policy
heading: our commitment to your privacy concept=commitment-to-privacy
# A summary in front of the policy: "TL;DR", "TLDR" ("too long; didn't read").
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
# Other names of a summary in front of the policy: "Key points", "Quick summary", "At a glance".
heading: key points concept=summary
heading: summary of key points concept=summary
heading: quick summary concept=summary
heading: at a glance concept=summary
heading: privacy at a glance concept=summary
heading: in a nutshell concept=summary
# Who acts as controller or processor, said as the parties' roles (who is responsible).
heading: roles of the parties concept=who-we-are
heading: role of the parties concept=who-we-are
heading: study summary concept=summary
heading: summary of the study concept=summary
heading: in brief concept=summary
heading: in short concept=summary
heading: who runs concept=who-we-are
heading: who operates concept=who-we-are
heading: who is behind concept=who-we-are

[definitions]
heading: definitions concept=definitions
heading: definition of terms concept=definitions
heading: defined terms concept=key-terms
heading: key terms concept=key-terms
heading: glossary concept=key-terms
heading: interpretation concept=interpretation
heading: terms used in this policy concept=key-terms
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that en lacked.
heading: terms defined concept=key-terms
heading: what do we mean by concept=what-we-mean-by
heading: what we mean by concept=what-we-mean-by
body: means weight=2 concept=means
body: shall mean weight=3 concept=means
body: refers to weight=2.5 concept=refers-to
body: is defined as weight=3 concept=means
body: the following definitions weight=3 concept=defined-terms-intro
body: shall have the meaning weight=3 concept=means
body: capitalized terms weight=3 concept=defined-terms-intro
body: for the purposes of this policy weight=2.5 concept=as-used-in-this-policy
body: as used in this policy weight=2.5 concept=as-used-in-this-policy
body: personal data means weight=3 concept=personal-data-means
body: personal information means weight=3 concept=personal-data-means
body: identified or identifiable weight=2.5 concept=identifiable-person
body: natural person weight=2 concept=identifiable-person
body: the term weight=2 concept=defined-terms-intro
body: hereinafter weight=2 concept=hereinafter
body: controller weight=1 concept=gdpr-roles
body: processor weight=1 concept=gdpr-roles
body: data subject weight=1 concept=gdpr-roles
# Added with the shared concept inventory (concepts.txt): terms real policies use that en lacked.
body: includes weight=0.5 concept=includes
body: user weight=0.3 concept=user
body: personal data weight=0.2 concept=personal-data
body: personal information weight=0.2 concept=personal-data

[collection]
heading: information we collect concept=what-we-collect
heading: what information we collect concept=what-we-collect
heading: personal information we collect concept=what-we-collect
heading: data we collect concept=what-we-collect
heading: collection of information concept=collection-of-information
heading: information collected concept=what-we-collect
heading: sources of personal information concept=sources-of-information
heading: information you provide to us concept=information-you-provide
heading: information collected automatically concept=collected-automatically
heading: how we collect information concept=how-we-collect
heading: information we may collect concept=what-we-collect
heading: what information do we collect concept=what-we-collect
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that en lacked.
heading: categories of personal data concept=categories-of-data
heading: categories of personal information concept=categories-of-data
heading: sensitive information concept=categories-of-data
heading: sensitive personal information concept=categories-of-data
heading: sensitive data concept=categories-of-data
heading: recruitment concept=information-you-provide
heading: job applicants concept=information-you-provide
heading: job applications concept=information-you-provide
body: collect* weight=2 concept=we-collect
body: we collect weight=2.5 concept=we-collect
body: gather* weight=1.5 concept=we-collect
body: you provide weight=2 concept=you-provide
body: provide to us weight=1.5 concept=you-provide
body: automatically weight=2 concept=automatically
body: categories of personal information weight=2.5 concept=data-categories
body: sources weight=1.5 concept=sources
# A processing activity lists the data it handles: "The following data is processed and stored:".
body: the following data weight=2.5 concept=following-data
body: the following personal data weight=2.5 concept=following-data
body: the following information weight=2 concept=following-data
body: the following personal information weight=2.5 concept=following-data
body: the following categories of weight=2.5 concept=following-data
body: publicly available weight=2 concept=publicly-available
body: name weight=1 concept=name
# A list of the data collected names the fields: "Full name", "Email address", "Phone number".
body: full name weight=2.5 concept=name
body: first and last name weight=2.5 concept=name
body: email address weight=1.5 concept=contact-details
body: phone number weight=1.5 concept=contact-details
body: mailing address weight=1.5 concept=contact-details
body: ip address weight=2 concept=device-data
body: device identifier* weight=2 concept=device-data
body: browser type weight=2 concept=device-data
body: operating system weight=2 concept=device-data
body: geolocation weight=2 concept=location-data
body: location data weight=2 concept=location-data
body: usage data weight=2 concept=usage-data
body: log data weight=1.5 concept=usage-data
body: demographic weight=1.5 concept=demographic-data
# Added with the shared concept inventory (concepts.txt): terms real policies use that en lacked.
body: payment information weight=1 concept=payment-data
body: contact form weight=1.5 concept=forms
body: registration form weight=1.5 concept=forms
body: account weight=0.3 concept=account
body: information weight=0.1 concept=information
# Headings asking which personal data are processed (GDPR style): "What personal data do we process?"
heading: what personal data concept=what-we-collect
heading: which personal data concept=what-we-collect
# GDPR record-of-processing wording: "Categories of data subjects" (whose data is processed).
heading: categories of data subjects concept=categories-of-data
body: device type weight=2 concept=device-data
# GDPR-template headings on what is processed: "Description and scope of data processing",
# "Extent of processing of personal data" (the scope of processing, not of the policy).
heading: scope of data processing weight=2 concept=collection-of-information
heading: scope of processing weight=2 concept=collection-of-information
heading: extent of processing weight=2 concept=collection-of-information
heading: extent of data processing weight=2 concept=collection-of-information
# Feature headings that name a point of collection: an app's "Permissions" (what it may access),
# "Registration" (what is asked at sign-up).
heading: permissions concept=what-we-collect
heading: app permissions concept=what-we-collect
heading: registration concept=information-you-provide
# Data obtained from others: "Information we receive from third parties" (not sharing).
heading: information we receive weight=2 concept=information-you-provide
heading: information we obtain weight=2 concept=information-you-provide
heading: information you share with us weight=3 concept=information-you-provide
heading: shared with us weight=3 concept=information-you-provide
heading: sharing with us weight=3 concept=information-you-provide
heading: information from third parties weight=2 concept=sources-of-information
heading: information we receive from others weight=2 concept=sources-of-information
heading: information from other sources weight=2 concept=sources-of-information
heading: information received from third parties weight=2 concept=sources-of-information
heading: information from third-party weight=2.5 concept=sources-of-information
heading: information from social media weight=2.5 concept=sources-of-information
heading: information we receive from third-party weight=2.5 concept=sources-of-information
# "information you give us" (concept gloss), beside "you provide".
body: give us weight=1.5 concept=you-provide
# "How we capture and process personal data", "How we collect and process ...".
heading: how we capture concept=how-we-collect
heading: how we collect concept=how-we-collect
heading: what we capture concept=what-we-collect
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects
# (not cookies, whatever "log file" suggests).
heading: crash reports concept=collected-automatically
heading: crash reporting concept=collected-automatically
heading: error reports concept=collected-automatically
heading: diagnostic data concept=collected-automatically
heading: diagnostics concept=collected-automatically
heading: logs concept=collected-automatically
heading: logging concept=collected-automatically
body: crash report* weight=2.5 concept=usage-data
body: crash log* weight=2.5 concept=usage-data
body: crash data weight=2.5 concept=usage-data
body: debug log* weight=2.5 concept=usage-data
body: diagnostic data weight=2 concept=usage-data
body: push token* weight=2.5 concept=device-data
body: push server* weight=2 concept=device-data
# App features: logging in is a point of collection, as registration is; "access data" and login
# credentials are data the user provides (not the right of access).
heading: log in concept=information-you-provide
heading: login concept=information-you-provide
heading: sign in concept=information-you-provide
body: access data weight=1 concept=data-categories
body: login credentials weight=2 concept=data-categories
body: login data weight=2 concept=data-categories
heading: access data concept=categories-of-data
heading: login data concept=categories-of-data
heading: login credentials concept=categories-of-data
# Contacting us as a processing activity (GDPR templates: "Email contact", "Inquiry by email,
# telephone or fax"): what is collected when a person writes in, not the contact section itself.
heading: email contact weight=2 concept=information-you-provide
# What happens to a message's details: "When you contact us", "If you contact us" (the address to
# write to is under contact-us).
heading: when you contact us weight=2 concept=information-you-provide
heading: if you contact us weight=2 concept=information-you-provide
heading: e-mail contact weight=2 concept=information-you-provide
heading: inquiry by email weight=3 concept=information-you-provide
heading: inquiry by e-mail weight=3 concept=information-you-provide
heading: inquiries by email weight=3 concept=information-you-provide
heading: inquiries by e-mail weight=3 concept=information-you-provide
heading: contact form weight=3 concept=information-you-provide
heading: contact forms weight=3 concept=information-you-provide
heading: enquiry form weight=3 concept=information-you-provide
heading: inquiry form weight=3 concept=information-you-provide
body: if you contact us by email weight=2.5 concept=you-provide
body: if you contact us by e-mail weight=2.5 concept=you-provide
body: if you contact us via email weight=2.5 concept=you-provide
body: if you contact us via e-mail weight=2.5 concept=you-provide
# Data-category headings named by a qualifier ("Contact data", "Transaction security data",
# "Accessed data"): a category of data collected, not the contact or security section.
heading: contact data concept=categories-of-data
heading: business contact data concept=categories-of-data
heading: transaction security data weight=3 concept=categories-of-data
heading: accessed data concept=categories-of-data
# Data sent by the device to the service on its own ("Automatic transfer"): collected
# automatically, not an international transfer.
heading: automatic transfer concept=collected-automatically
heading: automatic collection concept=collected-automatically
body: automatically transferred weight=2 concept=automatically
body: transferred automatically weight=2 concept=automatically
body: automatically transmitted weight=2 concept=automatically
# Processing while the app or website is used ("Using the application", "While using the App",
# "Processing when using the website"): what is collected during use.
heading: using the application concept=collected-automatically
heading: using the app concept=collected-automatically
heading: using the website concept=collected-automatically
heading: while using concept=collected-automatically
heading: when using concept=collected-automatically
body: contact requests weight=2 concept=forms
body: if you contact us by telephone weight=2.5 concept=you-provide
heading: personal information processed concept=what-we-collect
heading: personal data processed concept=what-we-collect
# "Process" headings naming the data (not the purpose: "Why we process data" stays use).
heading: data we process concept=what-we-collect
heading: information we process concept=what-we-collect
heading: personal data we process concept=what-we-collect
heading: personal information we process concept=what-we-collect
heading: data processed concept=what-we-collect
heading: types of data processed concept=what-we-collect
# "What we collect" as a relative clause inside a longer heading ("Personal information that we
# collect"); weak, since "How we use the information we collect" is about the use.
heading: data collected weight=0.5 concept=what-we-collect
heading: personal data collected weight=0.5 concept=what-we-collect
heading: collecting and using weight=0.5 concept=what-we-collect
heading: collecting your weight=0.5 concept=what-we-collect
# What a search box or a statistics counter records: "Search queries", "Anonymous statistics".
heading: search queries weight=2 concept=collected-automatically
heading: search query weight=2 concept=collected-automatically
heading: anonymous statistics weight=2 concept=collected-automatically
heading: anonymised statistics weight=2 concept=collected-automatically
heading: anonymized statistics weight=2 concept=collected-automatically
# Data kept on the user's device (local-first apps): what the app handles, so collection,
# even when the text says it never leaves the device.
heading: stays on your device weight=2 concept=on-device-data
heading: stays on your mac weight=2 concept=on-device-data
heading: what stays on your weight=2 concept=on-device-data
heading: processed locally weight=2 concept=on-device-data
heading: locally stored data weight=2 concept=on-device-data
heading: local processing weight=2 concept=on-device-data
heading: local browser processing weight=2 concept=on-device-data
heading: on-device processing weight=2 concept=on-device-data
heading: data on your device weight=2 concept=on-device-data
body: search queries weight=1.5 concept=usage-data

[use]
heading: how we use your information concept=how-we-use
heading: how we use personal information concept=how-we-use
heading: use of information concept=use-of-information
heading: use of personal information concept=use-of-information
heading: purposes of processing concept=purposes-of-processing
heading: purposes of use concept=purposes-of-processing
heading: why we collect your information concept=why-we-collect
heading: what we use your information for concept=how-we-use
# Korean PIPA drafting: "Additional use and provision (of personal information)", "Criteria for
# additional use and provision".
heading: additional use and provision concept=how-we-use
heading: use and provision concept=how-we-use
heading: purpose of collecting concept=why-we-collect
heading: how we use information concept=how-we-use
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that en lacked.
heading: processing of personal data concept=processing-of-personal-data
heading: processing of your personal data concept=processing-of-personal-data
heading: how we process your personal data concept=processing-of-personal-data
body: we use weight=2 concept=we-use
body: purpose* weight=1.5 concept=purposes
body: for the following purposes weight=2.5 concept=following-purposes
body: to provide weight=1.5 concept=to-provide
body: improv* weight=1.5 concept=to-improve
body: personaliz* weight=2 concept=to-personalise
body: personalis* weight=2 concept=to-personalise
body: customiz* weight=1.5 concept=to-personalise
body: fulfil* weight=1.5 concept=to-fulfil
body: communicate with you weight=2 concept=to-communicate
body: communicat* weight=1 concept=to-communicate
body: diagnos* weight=2 concept=to-troubleshoot
body: tailor* weight=1.5 concept=to-personalise
body: market research weight=2 concept=research
body: respond to your weight=1.5 concept=to-respond
body: analyz* weight=1 concept=to-analyse
body: analys* weight=1 concept=to-analyse
body: research weight=1.5 concept=research
body: troubleshoot* weight=2 concept=to-troubleshoot
body: develop new weight=2 concept=to-develop
body: customer support weight=1.5 concept=to-respond
body: profiling weight=2 concept=profiling
body: automated decision* weight=1.5 concept=automated-decisions
body: administer* weight=1.5 concept=to-administer
body: prevent fraud weight=1.5 concept=to-prevent-fraud
# Added with the shared concept inventory (concepts.txt): terms real policies use that en lacked.
body: to send you weight=1 concept=to-send
body: process transactions weight=1.5 concept=to-process-transactions
body: process payments weight=1.5 concept=to-process-transactions
body: to comply with weight=1 concept=to-comply-with-law
body: to evaluate concept=to-analyse
body: to deliver concept=to-fulfil
body: to monitor concept=to-analyse
body: to confirm concept=to-fulfil
body: to identify you concept=to-administer
body: to notify you concept=to-communicate
# Shop purposes: fulfilling orders ("order tracking" is the order's, not web tracking).
body: order tracking weight=2 concept=to-fulfil
body: track your order* weight=2 concept=to-fulfil
body: process your order* weight=2 concept=to-fulfil
body: returns and refunds weight=2 concept=to-fulfil
# Headings asking for what purpose data are processed: "For what purpose are personal data processed?"
heading: for what purpose concept=purposes-of-processing
heading: for what purposes concept=purposes-of-processing
# The reason as a question or clause: "Why we process your data", "Why do we collect ...?".
heading: why we process concept=why-we-collect
heading: why do we process concept=why-we-collect
heading: why do we collect weight=3 concept=why-we-collect
heading: why we use concept=why-we-collect
heading: why do we use concept=why-we-collect
# The purpose asked in the passive ("Why is data stored?", "Why are my data processed?").
heading: why is data stored concept=why-we-collect
heading: why is my data stored concept=why-we-collect
heading: why is data collected concept=why-we-collect
heading: why is data processed concept=why-we-collect
heading: why are data processed concept=why-we-collect
heading: why is my data processed concept=why-we-collect
# Statistics as a purpose ("for statistical purposes", "statistical analysis").
body: statistic* weight=1 concept=to-analyse
# "How we use the information we collect": the use clause with its object spelled out, so that the
# embedded "information we collect" does not take the heading.
heading: how we use the information concept=how-we-use
heading: how we use the personal information concept=how-we-use
heading: how we use your personal information concept=how-we-use
heading: how we use personal data concept=how-we-use
heading: how we use your data concept=how-we-use
heading: how we use your personal data concept=how-we-use
heading: how we use the data concept=how-we-use
heading: why we capture concept=why-we-collect
heading: why we need your data concept=why-we-collect
heading: why we need your information concept=why-we-collect
heading: why we need your personal data concept=why-we-collect
heading: why we need your personal information concept=why-we-collect
# UK government notices: "What we do with your data / information" (the use of it).
heading: what we do with your concept=how-we-use
heading: what do we do with your concept=how-we-use
# "Use of <data>" headings: the use word is the head ("Use of collected data", "Use of location
# data"); "Use of cookies / analytics / third-party services" stay with their object's section.
heading: use of data concept=use-of-information
# De-identified data as a heading: what is done with it (use), not how long data is kept.
heading: de-identified information weight=2 concept=use-of-information
heading: de-identified data weight=2 concept=use-of-information
heading: how information is used concept=how-we-use
heading: how your information is used concept=how-we-use
heading: how personal information is used concept=how-we-use
heading: how data is used concept=how-we-use
heading: how your data is used concept=how-we-use
heading: information collected is used weight=2.5 concept=how-we-use
heading: use of your data concept=use-of-information
heading: use of the data concept=use-of-information
heading: use of personal data concept=use-of-information
heading: use of your personal data concept=use-of-information
heading: use of collected concept=use-of-information
heading: use of the collected concept=use-of-information
heading: use of location concept=use-of-information
heading: use of technical information concept=use-of-information
heading: what do we use your concept=how-we-use
heading: what we use your data for concept=how-we-use
# "Purposes for the collection, processing, sharing ... of personal information": purposes head
# the list of activities ("Purpose of data disclosure" alone stays sharing).
heading: purposes for the collection weight=4 concept=why-we-collect
heading: purpose for the collection weight=3 concept=why-we-collect
heading: purposes of the collection weight=3 concept=why-we-collect
heading: automated decision* concept=automated-decision-making
heading: automatic decision* concept=automated-decision-making
heading: automated individual decision* concept=automated-decision-making
heading: profiling concept=automated-decision-making

[legal-basis]
heading: legal basis for processing concept=legal-basis
heading: legal bases concept=legal-basis
heading: our legal basis concept=legal-basis
heading: lawful basis for processing concept=legal-basis
heading: legal grounds for processing concept=legal-basis
heading: grounds for processing concept=legal-basis
heading: why we are allowed to process your data concept=why-allowed
heading: basis for processing concept=legal-basis
body: legal basis weight=3 concept=legal-basis-term
body: lawful basis weight=3 concept=legal-basis-term
body: legal ground* weight=2.5 concept=legal-basis-term
body: legitimate interest* weight=3 concept=legitimate-interests
body: performance of a contract weight=3 concept=performance-of-contract
body: contract with you weight=2 concept=performance-of-contract
body: necessary for the performance weight=3 concept=performance-of-contract
body: legal obligation* weight=2.5 concept=legal-obligation
body: comply with a legal weight=2 concept=legal-obligation
body: vital interest* weight=3 concept=vital-interests
body: public interest weight=2.5 concept=public-interest
body: article 6 weight=3 concept=article-6
body: processing is necessary weight=2.5 concept=processing-necessary
body: fundamental rights and freedoms weight=2.5 concept=balancing-test
body: balancing test weight=3 concept=balancing-test
body: on the basis of weight=2 concept=on-the-basis-of
body: lawful* weight=1 concept=lawful
body: consent weight=1 concept=consent-as-basis
# Added with the shared concept inventory (concepts.txt): terms real policies use that en lacked.
body: necessary weight=0.5 concept=necessary
# Headings naming the basis of processing without "legal": "Basis for processing (personal data)".
heading: basis for the processing concept=legal-basis
# The bare term heads "Legal basis for data processing", "Legal basis for data disclosure".
heading: legal basis concept=legal-basis
heading: allowed to process concept=why-allowed
heading: permitted to process concept=why-allowed
heading: entitled to process concept=why-allowed
heading: on what basis concept=why-allowed
heading: on what legal basis concept=why-allowed
heading: on what grounds concept=why-allowed

[consent]
heading: consent concept=your-consent
heading: your consent concept=your-consent
heading: withdrawal of consent concept=withdrawal-of-consent
heading: withdrawing your consent concept=withdrawal-of-consent
heading: how to withdraw consent concept=withdrawal-of-consent
heading: consent and its withdrawal concept=withdrawal-of-consent
body: consent to weight=2 concept=you-consent
body: consented weight=2.5 concept=you-consent
body: withdraw* weight=3 concept=withdraw
body: revoke* weight=3 concept=withdraw
body: revocation weight=3 concept=withdraw
body: you consent to weight=3 concept=you-consent
body: you agree to weight=1.5 concept=you-agree
body: express consent weight=2.5 concept=explicit-consent
body: explicit consent weight=2.5 concept=explicit-consent
body: freely given weight=2.5 concept=freely-given
body: opt in weight=2 concept=opt-in
body: affirmative weight=2 concept=opt-in
body: permission weight=1.5 concept=permission
body: change your mind weight=2 concept=change-your-mind
body: lawfulness of processing weight=2.5 concept=without-affecting-lawfulness
body: before its withdrawal weight=2.5 concept=without-affecting-lawfulness
body: at any time weight=1 concept=at-any-time

[sharing]
heading: sharing of information concept=sharing-of-information
heading: how we share your information concept=how-we-share
heading: information we share concept=how-we-share
heading: who we share information with concept=who-we-share-with
heading: with whom information is shared concept=who-we-share-with
heading: to whom concept=who-we-share-with
heading: who is provided with concept=who-we-share-with
heading: who receives concept=who-we-share-with
heading: sharing and disclosure concept=sharing-of-information
heading: aggregate information weight=1.5 concept=sharing-of-information
heading: aggregated information weight=1.5 concept=sharing-of-information
heading: aggregate data weight=1.5 concept=sharing-of-information
heading: aggregated data weight=1.5 concept=sharing-of-information
heading: disclosure of information concept=disclosure-of-information
heading: disclosures to third parties concept=disclosure-of-information
heading: business transfers concept=business-transfers
heading: legal process concept=legal-requests
heading: do we sell your information concept=sale-of-information
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that en lacked.
heading: disclosure concept=disclosure-of-information
heading: third parties concept=third-parties
heading: provision to third parties weight=2 concept=third-parties
heading: provision of personal information to third parties weight=2 concept=third-parties
heading: service providers concept=service-providers-heading
# The forms of "share", not a stem: share* also matched "ShareAlike" (Creative Commons) and "shareholders".
body: share weight=2 concept=share
body: shares weight=2 concept=share
body: shared weight=2 concept=share
body: sharing weight=2 concept=share
body: disclos* weight=2.5 concept=disclose
body: third parties weight=1 concept=third-parties-term
body: service providers weight=2 concept=service-providers
body: affiliat* weight=2 concept=affiliates
body: subsidiaries weight=1.5 concept=affiliates
body: business partners weight=1.5 concept=business-partners
body: vendors weight=1.5 concept=service-providers
body: on our behalf weight=1.5 concept=on-our-behalf
body: recipients weight=2 concept=recipients
body: merger weight=2.5 concept=corporate-transaction
body: acquisition weight=2.5 concept=corporate-transaction
body: bankruptcy weight=2.5 concept=corporate-transaction
body: reorganization weight=2 concept=corporate-transaction
body: business transfer weight=2.5 concept=corporate-transaction
body: law enforcement weight=2 concept=authorities
body: subpoena* weight=2.5 concept=legal-process
body: court order* weight=2.5 concept=legal-process
body: government authorities weight=1.5 concept=authorities
body: good faith belief weight=2.5 concept=legal-process
body: sell weight=1.5 concept=sell
# A plain assurance about selling is a sharing statement (CCPA's "Do Not Sell" stays regional).
body: we do not sell weight=3 concept=sell
body: we don't sell weight=3 concept=sell
body: we never sell weight=3 concept=sell
body: we will not sell weight=3 concept=sell
body: we will never sell weight=3 concept=sell
body: does not sell weight=2.5 concept=sell
body: never sells weight=2.5 concept=sell
body: sell your personal information weight=2 concept=sell
body: sell your data weight=2 concept=sell
body: data broker* weight=2 concept=sell
# Assurances that data is not sent anywhere are statements about passing data on.
body: sent to third parties weight=2 concept=share
body: is not sent weight=1.5 concept=share
body: are not sent weight=1.5 concept=share
body: is never sent weight=1.5 concept=share
body: are never sent weight=1.5 concept=share
body: never sends weight=1.5 concept=share
body: never shares weight=2 concept=share
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: transfer to third parties concept=transfer-to-third-parties
heading: transfer of data to third parties concept=transfer-to-third-parties
heading: transfer of personal data to third parties concept=transfer-to-third-parties
heading: transmission to third parties concept=transfer-to-third-parties
heading: transmission of data to third parties concept=transfer-to-third-parties
# The bare clause heading, whatever object follows ("How we share the information we collect").
heading: how we share concept=how-we-share
heading: how we disclose concept=how-we-share
# Recipients asked as access: "Who has access to your personal data?"
heading: who has access to your concept=who-we-share-with
heading: who has access to concept=who-we-share-with
# Processors under other names (concept gloss: "service providers, vendors, suppliers").
body: suppliers weight=1.5 concept=service-providers
body: subcontractor* weight=2 concept=service-providers
body: sub-processor* weight=2 concept=service-providers
body: subprocessor* weight=2 concept=service-providers
# Japanese (APPI) drafting in English: "Provision to a third party".
heading: provision to third party weight=2 concept=third-parties
heading: provision to a third party weight=2 concept=third-parties
# CCPA/CPRA wording: "Sale or sharing of personal information", "We do not sell your ...".
heading: sale of personal information concept=sale-of-information
heading: sale or sharing concept=sale-of-information
heading: we do not sell weight=2 concept=sale-of-information
heading: do not sell my personal information weight=2 concept=sale-of-information
heading: do not sell my info weight=2 concept=sale-of-information
heading: do not sell or share my personal information weight=2 concept=sale-of-information
heading: legal requirements concept=legal-requests
# "Sharing information", "Information sharing", "Sharing your personal information" (gerund headings).
heading: sharing information concept=sharing-of-information
# What other users of the service can see: "Information visible to other users", "Public profile".
heading: visible to other users concept=sharing-of-information
heading: information visible to others concept=sharing-of-information
heading: information sharing concept=sharing-of-information
heading: sharing your information concept=sharing-of-information
heading: sharing personal information concept=sharing-of-information
heading: sharing your personal information concept=sharing-of-information
heading: sharing of personal information concept=sharing-of-information
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: hosting concept=service-providers-heading
heading: hosting provider concept=service-providers-heading
heading: web hosting concept=service-providers-heading
heading: content delivery network concept=service-providers-heading
heading: processors concept=service-providers-heading
heading: data processors concept=service-providers-heading
heading: error monitoring concept=service-providers-heading
body: data processing agreement weight=2 concept=service-providers
body: data processing addendum weight=2 concept=service-providers
body: data processing contract weight=2 concept=service-providers
body: processor agreement weight=2 concept=service-providers
body: hosted by weight=2.5 concept=service-providers
body: hosting provider* weight=2.5 concept=service-providers
body: to host weight=2 concept=service-providers
body: hosted on weight=1.5 concept=service-providers
body: content delivery network weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: cloud platform weight=2 concept=service-providers
body: cloud computing weight=2 concept=service-providers
body: cloud service provider* weight=2.5 concept=service-providers
body: error monitoring weight=2 concept=service-providers
# Social networks named in the text (their pages, plug-ins and own policies); the CalOPPA-template heading "Do we disclose any information to outside parties?".
heading: do we disclose concept=how-we-share
heading: will we disclose concept=how-we-share
heading: to outside parties concept=how-we-share
# Japanese/Korean-style headings rendered in English: processing entrusted to contractors.
heading: outsourcing weight=2 concept=service-providers-heading
heading: entrustment weight=2 concept=service-providers-heading
body: consign* weight=2 concept=service-providers
body: consignee* weight=2 concept=service-providers
body: entrusted party weight=2 concept=service-providers
body: entrusted parties weight=2 concept=service-providers
heading: third-party access concept=who-we-share-with
# Disclosure to public authorities ("share your information with authorities").
body: with authorities weight=2 concept=authorities
body: to authorities weight=1.5 concept=authorities
body: legal processes weight=2 concept=legal-process
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: payments weight=2 concept=payments-purchases
heading: payment processing weight=3 concept=payments-purchases
heading: in-app purchases weight=2 concept=payments-purchases
heading: in-app purchase weight=2 concept=payments-purchases
heading: subscriptions weight=2 concept=payments-purchases
# GDPR Art. 13(1)(e) item headings naming who receives the data: "Recipient(s) (of the data)", "Receiver(s)".
heading: recipient concept=who-we-share-with
heading: recipients concept=who-we-share-with
heading: recipients of the data concept=who-we-share-with
heading: recipients of personal data concept=who-we-share-with
heading: recipients of your data concept=who-we-share-with
heading: receiver concept=who-we-share-with
heading: receivers concept=who-we-share-with

[cookies]
heading: cookies concept=cookies
heading: cookie policy concept=cookies
heading: use of cookies concept=cookies
heading: cookies and similar technologies concept=tracking-technologies
heading: cookies and tracking technologies concept=tracking-technologies
heading: tracking technologies concept=tracking-technologies
heading: web beacons concept=web-beacons
heading: pixel tags concept=web-beacons
heading: log files concept=log-files
heading: analytics concept=analytics
body: cookie* weight=3 concept=cookie
body: web beacon* weight=3 concept=web-beacon
body: pixel* weight=2.5 concept=web-beacon
body: clear gif* weight=3 concept=web-beacon
body: tracking technolog* weight=2.5 concept=tracking-technology
body: similar technologies weight=2 concept=tracking-technology
body: local storage weight=2.5 concept=local-storage
body: persistent weight=2 concept=cookie-lifetime
body: strictly necessary weight=2.5 concept=cookie-categories
body: functional weight=0.5 concept=cookie-categories
body: functional cookies weight=2 concept=cookie-categories
body: functionality cookies weight=2 concept=cookie-categories
body: google analytics weight=2.5 concept=analytics-term
body: analytic* weight=2 concept=analytics-term
body: log file* weight=2 concept=log-file
body: text file* weight=2.5 concept=text-files
body: sdk* weight=2 concept=sdk
body: device fingerprint* weight=2.5 concept=fingerprinting
body: browser settings weight=1.5 concept=browser-settings
body: tracking weight=1.5 concept=tracking-technology
# Added with the shared concept inventory (concepts.txt): terms real policies use that en lacked.
body: browser weight=0.5 concept=browser
body: device weight=0.5 concept=device
# Other names of browser-side storage and of log files (concept glosses).
body: client-side storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: server log* weight=2 concept=log-file
heading: web analytics concept=analytics
heading: website analytics concept=analytics
heading: analytics tools concept=analytics
# Self-hosted analytics named by the tool (Matomo, formerly Piwik).
heading: matomo concept=analytics
body: matomo weight=2.5 concept=analytics-term
body: piwik weight=2.5 concept=analytics-term
# Analytics, heatmap and session-recording services named by the tool, as Google Analytics is.
heading: microsoft clarity concept=analytics
heading: hotjar concept=analytics
heading: mixpanel concept=analytics
heading: plausible analytics concept=analytics
heading: fathom analytics concept=analytics
body: microsoft clarity weight=2.5 concept=analytics-term
body: hotjar weight=2.5 concept=analytics-term
body: mixpanel weight=2.5 concept=analytics-term
body: amplitude analytics weight=2.5 concept=analytics-term
body: plausible analytics weight=2.5 concept=analytics-term
body: fathom analytics weight=2.5 concept=analytics-term
body: segment.io weight=2.5 concept=analytics-term
body: twilio segment weight=2.5 concept=analytics-term
body: heatmap* weight=2 concept=analytics-term
body: heat map* weight=2 concept=analytics-term
body: session recording* weight=2 concept=analytics-term
body: session replay* weight=2 concept=analytics-term

[advertising]
heading: advertising concept=advertising
heading: marketing concept=marketing
heading: advertising and marketing concept=advertising
heading: interest-based advertising concept=interest-based-advertising
heading: targeted advertising concept=interest-based-advertising
heading: third-party advertising concept=third-party-advertising
heading: marketing communications concept=marketing-communications
heading: direct marketing concept=marketing
heading: promotional communications concept=marketing-communications
body: advertis* weight=2.5 concept=ads
body: ads weight=2 concept=ads
body: ad network* weight=3 concept=ad-networks
body: interest-based weight=3 concept=interest-based
body: targeted weight=2 concept=interest-based
body: behavioral weight=2.5 concept=interest-based
body: behavioural weight=2.5 concept=interest-based
body: retarget* weight=3 concept=retargeting
body: remarketing weight=3 concept=retargeting
body: marketing communication weight=2.5 concept=marketing-messages
body: marketing emails weight=2.5 concept=marketing-messages
body: marketing purposes weight=2 concept=marketing-purposes
body: promotion* weight=2 concept=promotions
body: newsletter* weight=2.5 concept=marketing-messages
body: special offers weight=2 concept=promotions
body: banner* weight=2 concept=ads
body: network advertising initiative weight=3 concept=ad-industry-programs
body: digital advertising alliance weight=3 concept=ad-industry-programs
body: your online choices weight=2.5 concept=ad-industry-programs
body: measure the effectiveness weight=2 concept=ad-measurement
# Added with the shared concept inventory (concepts.txt): terms real policies use that en lacked.
body: interests weight=0.5 concept=interests
# Newsletter and mailing-list headings (concept marketing-communications).
heading: newsletter concept=marketing-communications
heading: mailing list concept=marketing-communications
# "Marketing and personalized communications", "Types of communications", "Communications from us":
# the messages a company sends (marketing and service messages), not the purpose "to personalize".
heading: personalized communications concept=marketing-communications
heading: personalised communications concept=marketing-communications
heading: types of communications concept=marketing-communications
heading: communications from us concept=marketing-communications

[do-not-track]
heading: do not track concept=do-not-track
heading: do not track disclosure concept=do-not-track
heading: how we respond to do not track signals concept=do-not-track
heading: do not track requests concept=do-not-track
heading: global privacy control concept=global-privacy-control
heading: browser signals concept=preference-signals
heading: opt-out preference signals concept=preference-signals
heading: tracking preference signals concept=preference-signals
body: dnt weight=3 concept=dnt-signal
body: do not track signal* weight=3 concept=dnt-signal
body: do not track request* weight=3 concept=dnt-signal
body: do not track setting* weight=3 concept=dnt-signal
body: gpc weight=3 concept=gpc-signal
body: global privacy control signal* weight=3 concept=gpc-signal
body: preference signal* weight=3 concept=opt-out-preference-signal
body: browser signal* weight=2.5 concept=opt-out-preference-signal
body: universal opt-out mechanism weight=3 concept=opt-out-preference-signal
body: uniform standard weight=3 concept=no-uniform-standard
body: we do not respond weight=2.5 concept=do-not-respond
body: does not respond weight=2 concept=do-not-respond
body: recogniz* weight=1.5 concept=honor-signals
body: honor* weight=1.5 concept=honor-signals
body: over time and across weight=2.5 concept=cross-site-tracking
body: across third-party websites weight=2 concept=cross-site-tracking
# Added with the shared concept inventory (concepts.txt): terms real policies use that en lacked.
body: browser weight=0.5 concept=browser-dnt

[choices]
heading: your choices concept=your-choices
heading: your options concept=your-choices
heading: choices regarding your information concept=your-choices
heading: opting out concept=opting-out
heading: how to opt out concept=opting-out
heading: managing your preferences concept=managing-preferences
heading: communication preferences concept=managing-preferences
heading: unsubscribing concept=unsubscribing
heading: your options regarding the collection of information concept=your-choices
heading: opt-in and opt-out concept=opting-out
heading: opposition and removal concept=opting-out
heading: objection and removal concept=opting-out
# Whether providing data or using the service is voluntary ("Is the use of the app voluntary?",
# "You are not obliged to provide ..."): the user's choice and its consequences.
body: not obliged to weight=2 concept=consequences-of-refusal
body: not obligated to weight=2 concept=consequences-of-refusal
body: is voluntary weight=2 concept=choose-not-to
# Field labels of a processing record, run in: "Your control:", "Your controls" (what the user can do about it).
heading: your control concept=your-choices
heading: your controls concept=your-choices
heading: choices you have concept=your-choices
heading: possibility of objection concept=opting-out
body: opt out weight=3 concept=opt-out
body: unsubscribe* weight=3 concept=unsubscribe
body: choose not to weight=2.5 concept=choose-not-to
body: you may choose weight=2 concept=choose-not-to
body: stop receiving weight=2.5 concept=unsubscribe
body: promotional emails weight=2 concept=promotional-emails
body: preferences weight=1.5 concept=preferences
body: preference center weight=3 concept=preferences
body: settings weight=1.5 concept=settings
body: account settings weight=2 concept=settings
body: disable weight=2 concept=disable
body: decline weight=2 concept=decline
body: refuse weight=2 concept=decline
body: turn off weight=2 concept=disable
body: push notifications weight=2 concept=device-permissions
body: location services weight=2 concept=device-permissions
body: at the bottom of weight=1.5 concept=unsubscribe-link
body: may not be able to weight=1.5 concept=consequences-of-refusal
# Added with the shared concept inventory (concepts.txt): terms real policies use that en lacked.
body: receive weight=0.5 concept=receive
# Ending a paid plan or subscription ("Revocation and Cancellation", "Cancelling your subscription").
heading: cancellation concept=your-choices
heading: revocation and cancellation weight=3 concept=your-choices
heading: cancelling your subscription concept=your-choices
heading: canceling your subscription concept=your-choices
body: cancel recurring weight=2 concept=disable
body: cancel your subscription weight=2 concept=disable
# GDPR Art. 13(2)(e) item heading: whether providing the data is required and what follows if
# it is not provided (the user's choice, as "Is the use of the app voluntary?").
heading: provision prescribed or required weight=3 concept=your-choices
heading: provision mandatory or required weight=3 concept=your-choices
heading: obligation to provide weight=3 concept=your-choices
heading: consequences of not providing weight=3 concept=your-choices

[rights]
heading: your rights concept=your-rights
heading: your privacy rights concept=your-rights
heading: your data protection rights concept=your-rights
heading: data subject rights concept=your-rights
heading: user rights concept=your-rights
heading: rights and requests concept=exercising-rights
heading: exercising your rights concept=exercising-rights
heading: access and correction concept=access-and-correction
# Korean/Japanese-style article titles: the requests a data subject can make.
heading: disclosure correction weight=2 concept=access-and-correction
heading: suspension of use weight=2 concept=access-and-correction
heading: account deactivation concept=access-and-correction
heading: deactivation of account concept=access-and-correction
heading: deactivating your account concept=access-and-correction
heading: accessing and updating your information concept=access-and-correction
heading: corrections, updates and deletion concept=access-and-correction
heading: what information can you access concept=access-and-correction
heading: authorized agents concept=authorized-agents
heading: rights of the data subject concept=your-rights
heading: rights of the affected person concept=your-rights
heading: rights of persons affected concept=your-rights
heading: rights of affected persons concept=your-rights
heading: rights of the persons concerned concept=your-rights
# An access request (Japanese APPI "request for disclosure"), not sharing.
heading: request for disclosure weight=2 concept=exercising-rights
heading: requests for disclosure weight=2 concept=exercising-rights
# Rights named after a law: the rights are the topic ("Exercising your CCPA rights"); a heading
# naming only the region ("California residents", "CCPA") stays regional.
heading: exercising your ccpa weight=2 concept=exercising-rights
heading: your ccpa weight=2 concept=your-rights
heading: ccpa rights weight=2 concept=your-rights
heading: ccpa data protection rights weight=2 concept=your-rights
heading: cpra rights weight=2 concept=your-rights
heading: your gdpr weight=2 concept=your-rights
heading: gdpr rights weight=2 concept=your-rights
heading: gdpr data protection rights weight=2 concept=your-rights
body: right to access weight=3 concept=right-of-access
body: right of access weight=3 concept=right-of-access
body: access weight=1.5 concept=access
body: request updates weight=2 concept=rectification
body: rectif* weight=3 concept=rectification
body: correct* weight=2 concept=rectification
body: inaccura* weight=2 concept=rectification
body: delet* weight=2 concept=erasure
body: erasure weight=3 concept=erasure
body: right to be forgotten weight=3 concept=erasure
body: portab* weight=3 concept=portability
body: machine-readable weight=2.5 concept=portability
body: right to object weight=3 concept=right-to-object
body: object to weight=2 concept=right-to-object
body: restrict* weight=1.5 concept=restriction
body: restriction of processing weight=3 concept=restriction
body: lodge a complaint weight=3 concept=complaint-to-authority
body: supervisory authority weight=3 concept=complaint-to-authority
body: data protection authority weight=2.5 concept=complaint-to-authority
body: exercise* weight=2 concept=exercise-rights
body: verify your identity weight=2 concept=verify-identity
body: authorized agent* weight=2.5 concept=authorized-agent
body: discriminat* weight=1.5 concept=non-discrimination
body: data subject* weight=2 concept=data-subject-rights
# Added with the shared concept inventory (concepts.txt): terms real policies use that en lacked.
body: a copy of weight=1 concept=copy-of-data
body: request weight=0.3 concept=request
body: you may access concept=right-of-access
body: you can access concept=right-of-access
body: you may request concept=exercise-rights
body: you can request concept=exercise-rights
body: you may delete concept=erasure
body: you can delete concept=erasure
body: you may update concept=rectification
body: you can update concept=rectification
body: download an archive concept=portability
body: download a copy concept=portability
# Supervisory authorities under their other names ("Spanish Data Protection Agency", "Data Protection Ombudsman").
body: data protection agency weight=2.5 concept=complaint-to-authority
body: data protection ombudsman weight=2.5 concept=complaint-to-authority
# "Users' rights", "Rights of users" (the apostrophe is no word).
heading: users rights concept=your-rights
heading: rights of users concept=your-rights
# Access requests, the right to complain and verification as headings of their own (a bare
# "Complaints" heading is as often about complaining to us, so it is left out).
heading: access to your personal information concept=access-and-correction
heading: access to your information concept=access-and-correction
heading: access to your personal data concept=access-and-correction
heading: right to complain concept=exercising-rights
heading: right to lodge a complaint concept=exercising-rights
heading: making a complaint concept=exercising-rights
heading: how to complain concept=exercising-rights
heading: verifying your request concept=exercising-rights
heading: verification of requests concept=exercising-rights
# How soon requests are answered: "Response timeline:", "Our response time".
heading: response timeline concept=exercising-rights
heading: response timelines concept=exercising-rights
heading: response time concept=exercising-rights
heading: response times concept=exercising-rights
# A request under the right of access, named as such: "Subject access requests (SAR)".
heading: subject access request concept=exercising-rights
heading: subject access requests concept=exercising-rights
body: subject access request* weight=3 concept=right-of-access
# An authority's name ("Korea Internet & Security Agency") is a complaint body, not security.
body: internet & security agency weight=2 concept=complaint-to-authority
body: internet and security agency weight=2 concept=complaint-to-authority
# Korean PIPA drafting: "Remedies for infringement of rights" and the bodies it names.
heading: remedies for infringement concept=exercising-rights
heading: remedies for rights infringement concept=exercising-rights
heading: infringement of rights concept=exercising-rights
heading: can i access concept=access-and-correction
heading: can i correct concept=access-and-correction
heading: can i change concept=access-and-correction
heading: can i see concept=access-and-correction
heading: can i delete concept=access-and-correction
heading: access my data concept=access-and-correction
heading: access my personal data concept=access-and-correction
heading: correct my data concept=access-and-correction
heading: change my data concept=access-and-correction
heading: delete my data concept=access-and-correction
heading: what are my rights concept=your-rights
heading: what rights do i have concept=your-rights
body: dispute mediation weight=2 concept=complaint-to-authority
body: infringement reporting weight=2 concept=complaint-to-authority

[retention]
heading: data retention concept=data-retention
heading: retention period concept=retention-period
heading: retention of personal information concept=data-retention
heading: how long we keep your information concept=how-long-we-keep
heading: how long we retain your information concept=how-long-we-keep
heading: storage and retention concept=storage-and-retention
heading: retention and deletion concept=retention-and-deletion
heading: record retention concept=data-retention
# When data is deleted, asked as a question: a retention practice, not the right to erasure.
heading: when are your data deleted weight=3 concept=how-long-we-keep
heading: when is your data deleted weight=3 concept=how-long-we-keep
heading: when will your data be deleted weight=3 concept=how-long-we-keep
heading: when do we delete weight=3 concept=how-long-we-keep
body: deleted after weight=2.5 concept=destroy
body: erased after weight=2.5 concept=destroy
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that en lacked.
heading: storage period concept=retention-period
# Korea's PIPA wording in English: "Processing and Retention Period", "Destruction of Personal
# Information" (deletion when the period ends).
heading: processing period concept=retention-period
heading: retention and usage period concept=retention-period
heading: destruction of personal information concept=retention-and-deletion
heading: destruction procedure concept=retention-and-deletion
heading: destruction period concept=retention-and-deletion
heading: duration of storage concept=retention-period
heading: storage duration concept=retention-period
heading: duration of data storage concept=retention-period
body: retain* weight=3 concept=retain
body: retention weight=3 concept=retain
body: as long as necessary weight=3 concept=as-long-as-necessary
body: for as long as weight=2.5 concept=as-long-as-necessary
body: no longer needed weight=2.5 concept=no-longer-needed
body: no longer necessary weight=2.5 concept=no-longer-needed
body: keep* weight=1.5 concept=keep
body: kept weight=1.5 concept=keep
body: store* weight=1 concept=store
body: period of time weight=2 concept=retention-criteria
body: criteria weight=1 concept=retention-criteria  # also "criteria for additional use": weak alone
body: criteria used to determine weight=2.5 concept=retention-criteria
body: criteria we use to determine weight=2.5 concept=retention-criteria
body: anonymi* weight=2 concept=anonymise
body: de-identif* weight=1.5 concept=anonymise
body: destroy* weight=2 concept=destroy
body: dispose* weight=2 concept=destroy
body: securely delete weight=2 concept=destroy
body: archiv* weight=2 concept=archive
body: statutes of limitations weight=2.5 concept=legal-retention-requirements
body: record-keeping weight=2.5 concept=legal-retention-requirements
body: inactive weight=2 concept=inactive-accounts
# Added with the shared concept inventory (concepts.txt): terms real policies use that en lacked.
body: years weight=0.5 concept=years
# GDPR-template heading "Data deletion and storage duration" (when data is deleted, not the right to erasure).
heading: data deletion and storage duration concept=retention-and-deletion
heading: how do we store concept=storage-and-retention
heading: how we store concept=storage-and-retention
heading: how is your data stored concept=storage-and-retention
heading: how is my data stored concept=storage-and-retention
heading: how your data is stored concept=storage-and-retention
heading: how do we keep concept=storage-and-retention

[security]
heading: security concept=data-security
heading: data security concept=data-security
heading: information security concept=data-security
heading: security of your information concept=data-security
heading: security measures concept=security-measures
heading: how we protect your information concept=how-we-protect
heading: protecting your information concept=how-we-protect
# "Measures to ensure the safety of personal information" (Korean PIPA drafting in English).
heading: safety of personal information concept=security-measures
heading: measures to ensure the safety concept=security-measures
heading: safety management weight=2 concept=security-measures
heading: safety control measures weight=2 concept=security-measures
body: safety management weight=2 concept=secure
body: safety control measures weight=2.5 concept=secure
heading: protecting your privacy concept=how-we-protect
heading: security and encryption concept=data-security
heading: reasonable protection of information concept=security-measures
heading: protection of your personal data concept=how-we-protect
heading: protection of personal data concept=how-we-protect
# "How do we keep your data safe?" (keeping safe is security, not retention).
heading: keep your data safe weight=2 concept=how-we-protect
heading: keep your information safe weight=2 concept=how-we-protect
heading: keep your personal data safe weight=2 concept=how-we-protect
heading: keep your personal information safe weight=2 concept=how-we-protect
body: secur* weight=2 concept=secure
body: safeguard* weight=2.5 concept=safeguards
body: encrypt* weight=3 concept=encryption
body: ssl weight=3 concept=encryption
body: tls weight=3 concept=encryption
body: unauthorized access weight=3 concept=unauthorized-access
body: technical and organizational measures weight=3 concept=technical-organisational-measures
body: technical and organisational measures weight=3 concept=technical-organisational-measures
body: physical weight=1.5 concept=physical-safeguards
body: firewall* weight=3 concept=technical-controls
body: breach* weight=2.5 concept=breach
body: security incident* weight=3 concept=breach
body: vulnerab* weight=2.5 concept=breach
body: password* weight=2 concept=technical-controls
body: access control* weight=2.5 concept=technical-controls
body: confidential* weight=1.5 concept=confidentiality
body: no method of transmission weight=3 concept=no-guarantee
body: completely secure weight=2.5 concept=no-guarantee
body: cannot guarantee weight=2.5 concept=no-guarantee
body: at your own risk weight=2.5 concept=no-guarantee
body: misuse weight=2 concept=loss-misuse-alteration
body: alteration weight=2.5 concept=loss-misuse-alteration
body: industry-standard weight=2 concept=industry-standard
# Added with the shared concept inventory (concepts.txt): terms real policies use that en lacked.
body: protect weight=1 concept=protect
body: ensure weight=0.5 concept=ensure
# Terms the proposer found that the lexicon lacked.
body: unauthorized weight=1.5 concept=unauthorized-access
body: unauthorised weight=1.5 concept=unauthorized-access
# Personal-data breaches and their notification: a security topic.
heading: data breach concept=data-security
heading: personal data breach concept=data-security
heading: personal data breaches concept=data-security
heading: notification of a personal data breach concept=data-security
heading: breach notification concept=data-security
heading: security breach concept=data-security
heading: security breaches concept=data-security
heading: security incidents concept=data-security
heading: data protection violations concept=data-security
heading: data protection breaches concept=data-security
heading: data incidents concept=data-security
body: personal data breach weight=3 concept=breach
# Breach notification duties (plural: the singular is GDPR Art. 19, a right).
heading: notification obligations concept=data-security
heading: encrypted concept=data-security
heading: encryption concept=data-security
# Breach notification duties: "Notification of the supervisory authority within 72 hours",
# "data protection violation".
body: data protection violation* weight=2.5 concept=breach
body: 72 hours of becoming aware weight=2.5 concept=breach
body: notification of the supervisory authority weight=2.5 concept=breach

[children]
heading: children concept=childrens-privacy
heading: children's privacy concept=childrens-privacy
heading: privacy of children concept=childrens-privacy
heading: information about children concept=childrens-privacy
heading: children under 13 concept=age-limits
heading: minors concept=minors
heading: use of services by minors concept=minors
heading: age restrictions concept=age-limits
body: child* weight=3 concept=children
body: minor weight=0.5 concept=minor # also "minor changes"; "minors" carries the weight
body: under the age of weight=2.5 concept=age-threshold
body: years of age weight=2.5 concept=age-threshold
body: under 13 weight=3 concept=age-threshold
body: under thirteen weight=3 concept=age-threshold
body: under 16 weight=3 concept=age-threshold
body: under 18 weight=2.5 concept=age-threshold
body: parent* weight=2 concept=parents-guardians
body: parental consent weight=3 concept=parental-consent
body: guardian* weight=3 concept=parents-guardians
body: coppa weight=3 concept=coppa
body: knowingly collect weight=3 concept=knowingly-collect
body: not directed to weight=2 concept=not-directed-to-children
body: verifiable weight=2.5 concept=parental-consent
body: teen* weight=2.5 concept=minors-teens
body: age weight=1.5 concept=age
body: if we learn weight=2 concept=if-we-learn
body: delete such information weight=1.5 concept=if-we-learn
# Added with the shared concept inventory (concepts.txt): terms real policies use that en lacked.
body: minors weight=2.5 concept=minors-teens
# Terms the proposer found that the lexicon lacked.
body: not knowingly weight=2.5 concept=knowingly-collect

[international]
heading: international transfers concept=international-transfers
heading: international transfer concept=international-transfers
heading: international transfer of personal information weight=2 concept=international-transfers
# Transfers "overseas" / "to overseas recipients" (Korean, Australian and APPI drafting).
body: overseas weight=2 concept=other-countries
heading: international data transfers concept=international-transfers
heading: cross-border data transfers concept=international-transfers
heading: data transfers concept=data-transfers
heading: transfer of information concept=data-transfers
heading: where we store your information concept=where-we-store
heading: location of processing concept=where-we-store
heading: transfers outside the eea concept=international-transfers
heading: where we store concept=where-we-store
heading: where do we store weight=2 concept=where-we-store
body: transfer* weight=1.5 concept=transfer
body: cross-border weight=3 concept=cross-border
body: outside your country weight=2.5 concept=other-countries
body: outside the european economic area weight=3 concept=eea
body: other countries weight=2.5 concept=other-countries
body: countries other than weight=2.5 concept=other-countries
body: country of residence weight=2.5 concept=other-countries
body: european economic area weight=2 concept=eea
body: eea weight=2 concept=eea
body: united states weight=1.5 concept=united-states
body: standard contractual clauses weight=3 concept=transfer-safeguards
body: adequacy weight=3 concept=adequacy
body: binding corporate rules weight=3 concept=transfer-safeguards
body: data privacy framework weight=3 concept=privacy-frameworks
body: privacy shield weight=3 concept=privacy-frameworks
body: appropriate safeguards weight=2 concept=transfer-safeguards
body: less protective weight=2 concept=less-protective
body: jurisdiction* weight=2 concept=jurisdictions
body: servers located weight=2.5 concept=server-location
body: stored in weight=1.5 concept=server-location
body: around the world weight=1.5 concept=around-the-world
# "foreign country / foreign countries" (APPI and other non-EU drafting) as the destination.
body: foreign countr* weight=2.5 concept=other-countries
# Where the servers stand (de: Serverstandort): "Server locations", "Location of our servers".
heading: server location concept=where-we-store
heading: server locations concept=where-we-store
heading: location of our servers concept=where-we-store
heading: server regions concept=where-we-store
heading: data storage weight=1 concept=where-we-store
heading: storage of data weight=1 concept=where-we-store
heading: storage of your data weight=1 concept=where-we-store
heading: storage of personal data weight=1 concept=where-we-store
heading: where your data is stored concept=where-we-store
heading: where your information is stored concept=where-we-store
heading: where your personal data is stored concept=where-we-store
heading: where do we keep concept=where-we-store
heading: where we keep concept=where-we-store
heading: where is my data concept=where-we-store
heading: where is your data concept=where-we-store
heading: where your data is processed concept=where-we-store
heading: where is data stored concept=where-we-store
heading: where data is stored concept=where-we-store

[regional]
heading: california residents concept=california
heading: notice to california residents concept=california
heading: your california privacy rights concept=california
heading: california privacy rights concept=california
heading: nevada residents concept=us-state-rights
heading: state privacy rights concept=us-state-rights
heading: notice to residents of the european economic area concept=eea-gdpr-notice
heading: compliance with gdpr concept=eea-gdpr-notice
heading: jurisdiction-specific provisions concept=jurisdiction-specific
# European notices naming their readers: "Additional information for EEA users", "Residents of the UK and EEA".
heading: eea users weight=2 concept=eea-gdpr-notice
heading: eea residents weight=2 concept=eea-gdpr-notice
heading: residents of the eea weight=2 concept=eea-gdpr-notice
heading: residents of the uk weight=2 concept=eea-gdpr-notice
heading: uk residents weight=2 concept=eea-gdpr-notice
# California and its codes are cited by every section of a state agency's notice: the heading
# ("California residents", "Your California privacy rights") carries a regional section.
body: california weight=1.5 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: shine the light weight=3 concept=california-law
body: civil code weight=1.5 concept=california-law
body: nevada weight=1 concept=us-states
body: virginia weight=1 concept=us-states
body: colorado weight=1 concept=us-states
body: connecticut weight=1 concept=us-states
body: residents weight=2 concept=residents
body: consumer* weight=1.5 concept=consumers
body: do not sell weight=3 concept=do-not-sell
body: sell or share weight=3 concept=do-not-sell
body: cross-context behavioral advertising weight=3 concept=cross-context-advertising
body: financial incentive* weight=3 concept=financial-incentives
body: preceding 12 months weight=3 concept=preceding-12-months
body: preceding twelve months weight=3 concept=preceding-12-months
# "GDPR" is cited in every section of an EU policy ("Art. 6(1)(f) GDPR"): weak alone, headings and
# "European Union" carry a regional notice.
body: gdpr weight=1.5 concept=eu-gdpr
body: european union weight=2 concept=eu-gdpr
body: brazil weight=1.5 concept=brazil-lgpd
body: lgpd weight=3 concept=brazil-lgpd
body: canada weight=1.5 concept=canada-pipeda
body: pipeda weight=3 concept=canada-pipeda
# Added with the shared concept inventory (concepts.txt): terms real policies use that en lacked.
body: state weight=0.5 concept=state
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
heading: regional annex concept=jurisdiction-specific
heading: regional annexes concept=jurisdiction-specific
heading: regional appendix concept=jurisdiction-specific
heading: regional appendices concept=jurisdiction-specific
heading: regional notices concept=jurisdiction-specific
heading: region-specific concept=jurisdiction-specific
heading: country-specific concept=jurisdiction-specific
heading: supplemental notice concept=jurisdiction-specific
heading: supplementary notice concept=jurisdiction-specific
heading: supplemental privacy notice concept=jurisdiction-specific
heading: residents of concept=jurisdiction-specific
heading: us privacy laws concept=us-state-rights
heading: us state privacy laws concept=us-state-rights
heading: us state privacy rights concept=us-state-rights
heading: u.s. state privacy rights concept=us-state-rights
heading: state privacy laws concept=us-state-rights
heading: japan weight=1 concept=jurisdiction-specific
heading: republic of korea weight=1 concept=jurisdiction-specific
heading: south korea weight=1 concept=jurisdiction-specific
heading: brazil weight=1 concept=jurisdiction-specific
heading: canada weight=1 concept=jurisdiction-specific
heading: switzerland weight=1 concept=jurisdiction-specific
heading: united kingdom weight=1 concept=jurisdiction-specific
heading: australia weight=1 concept=jurisdiction-specific
heading: singapore weight=1 concept=jurisdiction-specific
heading: south africa weight=1 concept=jurisdiction-specific
# "Additional information for certain jurisdictions", "Residents of certain jurisdictions": the
# regional notices, not transfers between jurisdictions.
heading: certain jurisdictions weight=3 concept=jurisdiction-specific
heading: specific jurisdictions weight=3 concept=jurisdiction-specific
body: depending on where you live weight=3 concept=residents
body: jurisdiction-specific weight=2.5 concept=residents
# "Additional information for users in the EEA": a supplement for a region.
heading: users in the eea weight=2 concept=eea-gdpr-notice
heading: users in the european economic area weight=2 concept=eea-gdpr-notice
heading: users in the uk weight=2 concept=eea-gdpr-notice
heading: users in the united kingdom weight=2 concept=eea-gdpr-notice
heading: for users in concept=jurisdiction-specific

[third-party-sites]
heading: third-party websites concept=third-party-websites
heading: third-party links concept=links-to-other-sites
heading: third-party services concept=third-party-services
heading: links to other websites concept=links-to-other-sites
heading: links to other sites concept=links-to-other-sites
heading: other websites concept=third-party-websites
heading: external links concept=links-to-other-sites
heading: social media plugins concept=social-media-plugins
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that en lacked.
heading: privacy policies of third parties weight=2 concept=third-party-privacy-policies
heading: privacy notices of third parties weight=2 concept=third-party-privacy-policies
heading: third-party privacy practices concept=third-party-privacy-policies
# The provider of an embedded tool named in a field of its own: "Provider details:".
heading: provider details concept=third-party-services
# The forms of "link", not a stem: link* also matched "LinkedIn".
body: link weight=2.5 concept=links
body: links weight=2.5 concept=links
body: linked weight=2.5 concept=links
body: linking weight=2.5 concept=links
body: hyperlink* weight=3 concept=links
body: other sites weight=2 concept=other-sites
body: external sites weight=2.5 concept=other-sites
body: third-party sites weight=2.5 concept=other-sites
body: third-party applications weight=2 concept=third-party-applications
body: operated by third parties weight=2.5 concept=other-sites
body: not responsible weight=3 concept=not-responsible
body: no control over weight=2.5 concept=not-responsible
body: their own privacy policies weight=3 concept=their-privacy-policies
body: privacy practices of weight=2.5 concept=their-privacy-policies
body: encourage you to weight=2.5 concept=encourage-review
body: privacy statements weight=2 concept=their-privacy-policies
body: third-party website* weight=2.5 concept=other-sites
body: leave our site weight=2.5 concept=leave-our-site
body: endorse* weight=2.5 concept=not-responsible
body: plugin* weight=2.5 concept=plugins
body: plug-ins weight=2.5 concept=plugins
body: widget* weight=2.5 concept=plugins
# Added with the shared concept inventory (concepts.txt): terms real policies use that en lacked.
body: content weight=0.5 concept=content
body: review weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: social media concept=social-media-presence
heading: social networks concept=social-media-presence
heading: social networking sites concept=social-media-presence
heading: presence on social networks concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: collected by third parties concept=third-party-data-collection
heading: collected by other parties concept=third-party-data-collection
heading: other parties may collect concept=third-party-data-collection
heading: third parties may collect concept=third-party-data-collection
# Terms the proposer found that the lexicon lacked.
body: no responsibility weight=2.5 concept=not-responsible
body: assume no responsibility weight=2.5 concept=not-responsible
# Pointers to other parties' policies: "see their privacy policy", "their respective privacy policies".
body: their privacy policy weight=3 concept=their-privacy-policies
body: their privacy policies weight=3 concept=their-privacy-policies
body: their respective privacy policies weight=3 concept=their-privacy-policies
# Content of other providers embedded in our pages (videos, maps, applets, social media
# plug-ins): what states the embedding weighs against the cookie, transfer and consent words
# that such a subsection always carries.
heading: embedded content concept=third-party-services
heading: third-party content concept=third-party-services
heading: embedded videos concept=third-party-services
heading: social media plug-ins concept=social-media-plugins
body: embedded weight=2.5 concept=plugins
body: embed weight=2.5 concept=plugins
body: embedding weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: third-party content weight=3 concept=other-sites
body: content from third-party weight=3 concept=other-sites
body: content of third-party weight=3 concept=other-sites
body: video portal weight=2.5 concept=plugins
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: privacy-enhanced mode weight=2.5 concept=plugins
body: extended privacy mode weight=2.5 concept=plugins
body: extended privacy protection weight=2.5 concept=plugins
body: logged into your weight=1.5 concept=plugins
body: logged in to your weight=1.5 concept=plugins
# "Content from the third-party provider is only loaded when ...", "applets"; the provider's
# "own privacy policy/statement" a subsection points to.
body: content from the third-party weight=3 concept=other-sites
body: content from third parties weight=3 concept=other-sites
body: applet* weight=2 concept=plugins
body: own privacy policy weight=2.5 concept=their-privacy-policies
body: own privacy statement weight=2.5 concept=their-privacy-policies
body: own privacy notice weight=2.5 concept=their-privacy-policies
# "Our website uses content from ...", "our interest in integrating content from ...", "the
# privacy policies of <provider>".
body: uses content from weight=2.5 concept=plugins
body: integrating content weight=2.5 concept=plugins
body: integrated content weight=2.5 concept=plugins
body: privacy policies of weight=2 concept=their-privacy-policies
# Social networks named in the text (their pages, plug-ins and own policies); the CalOPPA-template heading "Do we disclose any information to outside parties?".
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Outside tools named in a heading ("Third-party libraries", "Third-party software and services").
heading: third-party libraries concept=third-party-services
heading: third-party tools concept=third-party-services
heading: third-party software concept=third-party-services
heading: translation engines concept=third-party-services
heading: third party services concept=third-party-services
heading: use of third-party services concept=third-party-services
heading: third-party sdks concept=third-party-services
heading: third-party integrations concept=third-party-services
heading: third-party plugins concept=third-party-services
# Other apps and providers the service relies on, as a heading of their own ("Use of Third Party
# Applications", "Third-party apps", "Third-party providers").
heading: third-party applications concept=third-party-services
heading: third party applications concept=third-party-services
heading: third-party apps concept=third-party-services
heading: third party apps concept=third-party-services
heading: third-party providers concept=third-party-services
heading: third party providers concept=third-party-services
heading: external services concept=third-party-services
heading: cloud sync concept=third-party-services
heading: cloud synchronization concept=third-party-services
heading: cloud synchronisation concept=third-party-services
heading: cloud backup concept=third-party-services
heading: icloud backup concept=third-party-services
heading: icloud sync concept=third-party-services
heading: icloud synchronization concept=third-party-services
heading: google drive sync concept=third-party-services
heading: sync and backup concept=third-party-services
heading: backup and sync concept=third-party-services
heading: synchronization and backup services concept=third-party-services
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: network connections weight=2 concept=network-connections
heading: network requests weight=2 concept=network-connections
heading: outgoing connections weight=2 concept=network-connections
heading: connections to third-party servers weight=2 concept=network-connections
heading: external connections weight=2 concept=network-connections
heading: data sent outside your device weight=2 concept=network-connections
heading: leaves your device weight=2 concept=network-connections
heading: what goes over the internet weight=2 concept=network-connections
heading: sent over the internet weight=2 concept=network-connections
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
heading: changes to this policy concept=changes-to-policy
heading: changes to this privacy policy concept=changes-to-policy
heading: changes to our privacy policy concept=changes-to-policy
heading: updates to this policy concept=policy-updates
heading: policy updates concept=policy-updates
heading: notification of changes concept=notification-of-changes
heading: amendments concept=amendments
heading: revisions concept=amendments
heading: modifications concept=amendments
heading: changes in privacy policy concept=changes-to-policy
heading: changes to the privacy policy concept=changes-to-policy
heading: changes to the policy concept=changes-to-policy
# "This Privacy Policy is effective from November 4, 2022."
body: is effective from weight=2.5 concept=effective-date
body: effective as of weight=2.5 concept=effective-date
heading: effective date concept=entry-into-force
heading: entry into force concept=entry-into-force
heading: supplementary provisions concept=entry-into-force
heading: addendum concept=entry-into-force
body: change* weight=1.5 concept=change-update
body: updat* weight=2 concept=change-update
body: modif* weight=2 concept=change-update
body: amend* weight=2.5 concept=change-update
body: revis* weight=2 concept=change-update
body: effective date weight=3 concept=effective-date
body: last updated weight=3 concept=effective-date
body: from time to time weight=2.5 concept=from-time-to-time
body: material change* weight=3 concept=material-changes
body: continued use weight=3 concept=continued-use
body: periodically weight=2.5 concept=from-time-to-time
body: check back weight=2.5 concept=check-back
body: review this policy weight=2 concept=check-back
body: latest version weight=2 concept=latest-version
body: effective immediately weight=2.5 concept=effective-immediately
body: reserve the right weight=2 concept=reserve-the-right
body: notify you weight=1.5 concept=notify-you
body: post weight=1 concept=posting
body: posted weight=1 concept=posting
body: posting weight=1 concept=posting
# Added with the shared concept inventory (concepts.txt): terms real policies use that en lacked.
body: version weight=1 concept=version
body: notice weight=0.5 concept=notice
# Where a changed policy is posted: "(we will post the new policy) on this page".
body: on this page weight=1 concept=posting

[contact]
heading: contact us concept=contact-us
heading: contact concept=contact-us
heading: contact information concept=contact-information
heading: how to contact us concept=how-to-contact
heading: questions concept=questions
heading: questions or concerns concept=questions
heading: data protection officer concept=data-protection-officer
heading: get in touch concept=contact-us
# Added with the shared concept inventory (concepts.txt): heading cues real policies use that en lacked.
heading: contacting us concept=contact-us
heading: contacting concept=contact-us
body: please contact weight=3 concept=please-contact
body: any questions weight=2.5 concept=questions-comments
body: questions about this weight=2.5 concept=questions-comments
body: comments weight=1.5 concept=questions-comments
body: concerns weight=1.5 concept=questions-comments
body: inquir* weight=2 concept=questions-comments
body: enquir* weight=2 concept=questions-comments
body: privacy officer weight=3 concept=dpo
body: dpo weight=3 concept=dpo
body: email us weight=3 concept=please-contact
body: write to us weight=3 concept=please-contact
body: reach us weight=2.5 concept=please-contact
body: postal address weight=2 concept=postal-address
body: attn weight=2.5 concept=postal-address
body: telephone weight=1.5 concept=telephone
body: by email weight=1.5 concept=by-email
body: customer service weight=1.5 concept=customer-service
body: suite weight=2 concept=postal-address
# Added with the shared concept inventory (concepts.txt): terms real policies use that en lacked.
body: address weight=0.3 concept=address
# Headings giving the operator's details (concept gloss: "Contact information / details"):
# "Name and address of the controller" (GDPR Art. 13 wording), "Contact details".
heading: contact details concept=contact-information
heading: name and address concept=contact-information
# British "queries" beside inquiries and enquiries, as phrases: a bare "queries" is also a search query.
body: questions and queries weight=1.5 concept=questions-comments
body: questions or queries weight=1.5 concept=questions-comments
body: any queries weight=1.5 concept=questions-comments
body: queries or concerns weight=1.5 concept=questions-comments
body: queries about weight=1.5 concept=questions-comments
# The controller's identity and address (GDPR Art. 13(1)(a)): "Data controller",
# "Information about us as controllers of your data".
heading: data controller concept=contact-information
heading: controller concept=contact-information
heading: controllers concept=contact-information
heading: responsible party concept=contact-information
heading: imprint concept=contact-information
heading: impressum concept=contact-information
heading: legal notice concept=contact-information
heading: colophon concept=contact-information
heading: information on the responsible body concept=contact-information
heading: responsible body concept=contact-information
heading: responsible person concept=contact-information
# The officer to reach under other laws than the GDPR (Korea's PIPA: "Personal Information
# Protection Officer"; "Chief Privacy Officer").
heading: protection officer concept=data-protection-officer
heading: privacy officer concept=data-protection-officer
heading: site operator concept=contact-information
heading: website operator concept=contact-information
heading: operator information concept=contact-information
heading: publisher information concept=contact-information
# "Queries" as a heading of its own ("Queries", "Requests or queries", "Questions and queries").
heading: queries concept=questions
heading: requests or queries concept=questions
heading: questions and queries concept=questions
heading: who can i contact concept=how-to-contact
heading: who do i contact concept=how-to-contact
heading: who should i contact concept=how-to-contact
heading: who to contact concept=how-to-contact
heading: whom to contact concept=how-to-contact
heading: how can i contact concept=how-to-contact
heading: how do i contact concept=how-to-contact
heading: how can you contact us concept=how-to-contact
heading: any questions concept=questions
heading: have questions concept=questions

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no cue inside it
# counts. Written whole, like boilerplate headings.
# App stores are shops, not storage.
app store
apple app store
play store
google play store
# A software update is not a change to the policy.
check for updates
checks for updates
checking for updates
software update
software updates
app update
app updates
automatic updates
update check
update checks
# An authority's name is no security practice.
internet & security agency
# "Means" as a noun (a way of doing), not a definition ("X means Y").
by means of
by any means
by other means
by contractual means
by technical means
by electronic means
by automated means
by automatic means
by lawful means
by lawful and fair means
# Acquiring data is collecting it, not a company acquisition (merger).
acquisition of personal information
acquisition of personal data
acquisition of information
personal information acquisition
personal data acquisition
data acquisition
# System privileges are no data-access right.
root access
root privileges
administrator access
admin access
mac app store
microsoft store
windows store
apple store
# A US state named as a government body (the controller or an agency: "the State of Nevada",
# "Nevada Department of Health") is no notice to the state's residents; regional sections say
# "residents", "your California rights".
state of nevada
state of california
state of virginia
state of colorado
state of connecticut
# Exposure notification (contact-tracing apps): "diagnosis keys" are the keys of infected users,
# not diagnostics (troubleshooting); "contact tracing" is not the contact section.
diagnosis key
diagnosis keys
contact tracing
exposure notification
exposure notifications
# Browser extension stores are shops, not storage.
chrome web store
chrome webstore
edge add-ons store
