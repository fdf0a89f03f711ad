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

# ---------------------------------------------------------------------------------------
# Sections. Hyphens split words the way document text is split, so "third-party" and
# "third party" are one entry; "opt-out" equals "opt out".

[intro]
heading: introduction
heading: overview
heading: about this policy
heading: scope
heading: scope of this policy
heading: who we are
heading: who is this policy addressed to
heading: our commitment to privacy
heading: your acceptance
heading: privacy policy weight=0.5         # the document title, also inside many headings
body: this privacy policy describes weight=2.5
body: this policy applies weight=2.5
body: describes how we weight=2
body: applies to weight=1
body: does not apply weight=1.5
body: by using weight=1.5
body: by accessing weight=1.5
body: by visiting weight=1.5
body: acceptance weight=1.5
body: accept* weight=1
body: if you do not agree weight=2
body: we are committed weight=2
body: respect your privacy weight=2
body: referred to as weight=1.5
body: terms of use weight=1
body: please read weight=1.5

[definitions]
heading: definitions
heading: definition of terms
heading: defined terms
heading: key terms
heading: glossary
heading: interpretation
heading: terms used in this policy
body: means weight=2
body: shall mean weight=3
body: refers to weight=2.5
body: is defined as weight=3
body: the following definitions weight=3
body: shall have the meaning weight=3
body: capitalized terms weight=3
body: for the purposes of this policy weight=2.5
body: as used in this policy weight=2.5
body: personal data means weight=3
body: personal information means weight=3
body: identified or identifiable weight=2.5
body: natural person weight=2
body: the term weight=2
body: hereinafter weight=2
body: controller weight=1
body: processor weight=1
body: data subject weight=1

[collection]
heading: information we collect
heading: what information we collect
heading: personal information we collect
heading: data we collect
heading: collection of information
heading: information collected
heading: sources of personal information
heading: information you provide to us
heading: information collected automatically
heading: how we collect information
heading: information we may collect
heading: what information do we collect
body: collect* weight=2
body: we collect weight=2.5
body: gather* weight=1.5
body: you provide weight=2
body: provide to us weight=1.5
body: automatically weight=2
body: categories of personal information weight=2.5
body: sources weight=1.5
body: publicly available weight=2
body: name weight=1
body: email address weight=1.5
body: phone number weight=1.5
body: mailing address weight=1.5
body: ip address weight=2
body: device identifier* weight=2
body: browser type weight=2
body: operating system weight=2
body: geolocation weight=2
body: location data weight=2
body: usage data weight=2
body: log data weight=1.5
body: demographic weight=1.5

[use]
heading: how we use your information
heading: how we use personal information
heading: use of information
heading: use of personal information
heading: purposes of processing
heading: purposes of use
heading: why we collect your information
heading: what we use your information for
heading: purpose of collecting
heading: how we use information
body: we use weight=2
body: purpose* weight=1.5
body: for the following purposes weight=2.5
body: to provide weight=1.5
body: improv* weight=1.5
body: personaliz* weight=2
body: personalis* weight=2
body: customiz* weight=1.5
body: fulfil* weight=1.5
body: communicate with you weight=2
body: communicat* weight=1
body: diagnos* weight=2
body: tailor* weight=1.5
body: market research weight=2
body: respond to your weight=1.5
body: analyz* weight=1
body: analys* weight=1
body: research weight=1.5
body: troubleshoot* weight=2
body: develop new weight=2
body: customer support weight=1.5
body: profiling weight=2
body: automated decision* weight=1.5
body: administer* weight=1.5
body: prevent fraud weight=1.5

[legal-basis]
heading: legal basis for processing
heading: legal bases
heading: our legal basis
heading: lawful basis for processing
heading: legal grounds for processing
heading: grounds for processing
heading: why we are allowed to process your data
body: legal basis weight=3
body: lawful basis weight=3
body: legal ground* weight=2.5
body: legitimate interest* weight=3
body: performance of a contract weight=3
body: contract with you weight=2
body: necessary for the performance weight=3
body: legal obligation* weight=2.5
body: comply with a legal weight=2
body: vital interest* weight=3
body: public interest weight=2.5
body: article 6 weight=3
body: processing is necessary weight=2.5
body: fundamental rights and freedoms weight=2.5
body: balancing test weight=3
body: on the basis of weight=2
body: lawful* weight=1
body: consent weight=1

[consent]
heading: consent
heading: your consent
heading: withdrawal of consent
heading: withdrawing your consent
heading: how to withdraw consent
heading: consent and its withdrawal
body: consent to weight=2
body: consented weight=2.5
body: withdraw* weight=3
body: revoke* weight=3
body: revocation weight=3
body: you consent to weight=3
body: you agree to weight=1.5
body: express consent weight=2.5
body: explicit consent weight=2.5
body: freely given weight=2.5
body: opt in weight=2
body: affirmative weight=2
body: permission weight=1.5
body: change your mind weight=2
body: lawfulness of processing weight=2.5
body: before its withdrawal weight=2.5
body: at any time weight=1

[sharing]
heading: sharing of information
heading: how we share your information
heading: information we share
heading: who we share information with
heading: with whom information is shared
heading: sharing and disclosure
heading: disclosure of information
heading: disclosures to third parties
heading: business transfers
heading: legal process
heading: do we sell your information
body: share* weight=2
body: disclos* weight=2.5
body: third parties weight=1
body: service providers weight=2
body: affiliat* weight=2
body: subsidiaries weight=1.5
body: business partners weight=1.5
body: vendors weight=1.5
body: on our behalf weight=1.5
body: recipients weight=2
body: merger weight=2.5
body: acquisition weight=2.5
body: bankruptcy weight=2.5
body: reorganization weight=2
body: business transfer weight=2.5
body: law enforcement weight=2
body: subpoena* weight=2.5
body: court order* weight=2.5
body: government authorities weight=1.5
body: good faith belief weight=2.5
body: sell weight=1.5

[cookies]
heading: cookies
heading: cookie policy
heading: use of cookies
heading: cookies and similar technologies
heading: cookies and tracking technologies
heading: tracking technologies
heading: web beacons
heading: pixel tags
heading: log files
heading: analytics
body: cookie* weight=3
body: web beacon* weight=3
body: pixel* weight=2.5
body: clear gif* weight=3
body: tracking technolog* weight=2.5
body: similar technologies weight=2
body: local storage weight=2.5
body: persistent weight=2
body: strictly necessary weight=2.5
body: functional weight=1.5
body: google analytics weight=2.5
body: analytic* weight=2
body: log file* weight=2
body: text file* weight=2.5
body: sdk* weight=2
body: device fingerprint* weight=2.5
body: browser settings weight=1.5
body: tracking weight=1.5

[advertising]
heading: advertising
heading: marketing
heading: advertising and marketing
heading: interest-based advertising
heading: targeted advertising
heading: third-party advertising
heading: marketing communications
heading: direct marketing
heading: promotional communications
body: advertis* weight=2.5
body: ads weight=2
body: ad network* weight=3
body: interest-based weight=3
body: targeted weight=2
body: behavioral weight=2.5
body: behavioural weight=2.5
body: retarget* weight=3
body: remarketing weight=3
body: marketing communication weight=2.5
body: marketing emails weight=2.5
body: marketing purposes weight=2
body: promotion* weight=2
body: newsletter* weight=2.5
body: special offers weight=2
body: banner* weight=2
body: network advertising initiative weight=3
body: digital advertising alliance weight=3
body: your online choices weight=2.5
body: measure the effectiveness weight=2

[do-not-track]
heading: do not track
heading: do not track disclosure
heading: how we respond to do not track signals
heading: do not track requests
heading: global privacy control
heading: browser signals
heading: opt-out preference signals
heading: tracking preference signals
body: dnt weight=3
body: do not track signal* weight=3
body: do not track request* weight=3
body: do not track setting* weight=3
body: gpc weight=3
body: global privacy control signal* weight=3
body: preference signal* weight=3
body: browser signal* weight=2.5
body: universal opt-out mechanism weight=3
body: uniform standard weight=3
body: we do not respond weight=2.5
body: does not respond weight=2
body: recogniz* weight=1.5
body: honor* weight=1.5
body: over time and across weight=2.5
body: across third-party websites weight=2

[choices]
heading: your choices
heading: your options
heading: choices regarding your information
heading: opting out
heading: how to opt out
heading: managing your preferences
heading: communication preferences
heading: unsubscribing
heading: your options regarding the collection of information
heading: opt-in and opt-out
body: opt out weight=3
body: unsubscribe* weight=3
body: choose not to weight=2.5
body: you may choose weight=2
body: stop receiving weight=2.5
body: promotional emails weight=2
body: preferences weight=1.5
body: preference center weight=3
body: settings weight=1.5
body: account settings weight=2
body: disable weight=2
body: decline weight=2
body: refuse weight=2
body: turn off weight=2
body: push notifications weight=2
body: location services weight=2
body: at the bottom of weight=1.5
body: may not be able to weight=1.5

[rights]
heading: your rights
heading: your privacy rights
heading: your data protection rights
heading: data subject rights
heading: user rights
heading: rights and requests
heading: exercising your rights
heading: access and correction
heading: accessing and updating your information
heading: corrections, updates and deletion
heading: what information can you access
heading: authorized agents
body: right to access weight=3
body: right of access weight=3
body: access weight=1.5
body: request updates weight=2
body: rectif* weight=3
body: correct* weight=2
body: inaccura* weight=2
body: delet* weight=2
body: erasure weight=3
body: right to be forgotten weight=3
body: portab* weight=3
body: machine-readable weight=2.5
body: right to object weight=3
body: object to weight=2
body: restrict* weight=1.5
body: restriction of processing weight=3
body: lodge a complaint weight=3
body: supervisory authority weight=3
body: data protection authority weight=2.5
body: exercise* weight=2
body: verify your identity weight=2
body: authorized agent* weight=2.5
body: discriminat* weight=1.5
body: data subject* weight=2

[retention]
heading: data retention
heading: retention period
heading: retention of personal information
heading: how long we keep your information
heading: how long we retain your information
heading: storage and retention
heading: retention and deletion
heading: record retention
body: retain* weight=3
body: retention weight=3
body: as long as necessary weight=3
body: for as long as weight=2.5
body: no longer needed weight=2.5
body: no longer necessary weight=2.5
body: keep* weight=1.5
body: kept weight=1.5
body: store* weight=1
body: period of time weight=2
body: criteria weight=2
body: anonymi* weight=2
body: de-identif* weight=1.5
body: destroy* weight=2
body: dispose* weight=2
body: securely delete weight=2
body: archiv* weight=2
body: statutes of limitations weight=2.5
body: record-keeping weight=2.5
body: inactive weight=2

[security]
heading: security
heading: data security
heading: information security
heading: security of your information
heading: security measures
heading: how we protect your information
heading: protecting your information
heading: security and encryption
heading: reasonable protection of information
body: secur* weight=2
body: safeguard* weight=2.5
body: encrypt* weight=3
body: ssl weight=3
body: tls weight=3
body: unauthorized access weight=3
body: technical and organizational measures weight=3
body: technical and organisational measures weight=3
body: physical weight=1.5
body: firewall* weight=3
body: breach* weight=2.5
body: security incident* weight=3
body: vulnerab* weight=2.5
body: password* weight=2
body: access control* weight=2.5
body: confidential* weight=1.5
body: no method of transmission weight=3
body: completely secure weight=2.5
body: cannot guarantee weight=2.5
body: at your own risk weight=2.5
body: misuse weight=2
body: alteration weight=2.5
body: industry-standard weight=2

[children]
heading: children
heading: children's privacy
heading: privacy of children
heading: information about children
heading: children under 13
heading: minors
heading: use of services by minors
heading: age restrictions
body: child* weight=3
body: minor weight=0.5                 # also "minor changes"; "minors" carries the weight
body: under the age of weight=2.5
body: years of age weight=2.5
body: under 13 weight=3
body: under thirteen weight=3
body: under 16 weight=3
body: under 18 weight=2.5
body: parent* weight=2
body: parental consent weight=3
body: guardian* weight=3
body: coppa weight=3
body: knowingly collect weight=3
body: not directed to weight=2
body: verifiable weight=2.5
body: teen* weight=2.5
body: age weight=1.5
body: if we learn weight=2
body: delete such information weight=1.5

[international]
heading: international transfers
heading: international data transfers
heading: cross-border data transfers
heading: data transfers
heading: transfer of information
heading: where we store your information
heading: location of processing
heading: transfers outside the eea
body: transfer* weight=1.5
body: cross-border weight=3
body: outside your country weight=2.5
body: outside the european economic area weight=3
body: other countries weight=2.5
body: countries other than weight=2.5
body: country of residence weight=2.5
body: european economic area weight=2
body: eea weight=2
body: united states weight=1.5
body: standard contractual clauses weight=3
body: adequacy weight=3
body: binding corporate rules weight=3
body: data privacy framework weight=3
body: privacy shield weight=3
body: appropriate safeguards weight=2
body: less protective weight=2
body: jurisdiction* weight=2
body: servers located weight=2.5
body: stored in weight=1.5
body: around the world weight=1.5

[regional]
heading: california residents
heading: notice to california residents
heading: your california privacy rights
heading: california privacy rights
heading: nevada residents
heading: state privacy rights
heading: notice to residents of the european economic area
heading: compliance with gdpr
heading: jurisdiction-specific provisions
body: california weight=3
body: ccpa weight=3
body: cpra weight=3
body: shine the light weight=3
body: civil code weight=2.5
body: nevada weight=3
body: virginia weight=3
body: colorado weight=3
body: connecticut weight=3
body: residents weight=2
body: consumer* weight=1.5
body: do not sell weight=3
body: sell or share weight=3
body: cross-context behavioral advertising weight=3
body: financial incentive* weight=3
body: preceding 12 months weight=3
body: preceding twelve months weight=3
body: gdpr weight=2.5
body: european union weight=2
body: brazil weight=2
body: lgpd weight=3
body: canada weight=2
body: pipeda weight=3

[third-party-sites]
heading: third-party websites
heading: third-party links
heading: third-party services
heading: links to other websites
heading: links to other sites
heading: other websites
heading: external links
heading: social media plugins
body: link* weight=2.5
body: hyperlink* weight=3
body: other sites weight=2
body: external sites weight=2.5
body: third-party sites weight=2.5
body: third-party applications weight=2
body: operated by third parties weight=2.5
body: not responsible weight=3
body: no control over weight=2.5
body: their own privacy policies weight=3
body: privacy practices of weight=2.5
body: encourage you to weight=2.5
body: privacy statements weight=2
body: third-party website* weight=2.5
body: leave our site weight=2.5
body: endorse* weight=2.5
body: plugin* weight=2.5
body: plug-ins weight=2.5
body: widget* weight=2.5

[changes]
heading: changes to this policy
heading: changes to this privacy policy
heading: changes to our privacy policy
heading: updates to this policy
heading: policy updates
heading: notification of changes
heading: amendments
heading: revisions
heading: modifications
heading: changes in privacy policy
body: change* weight=1.5
body: updat* weight=2
body: modif* weight=2
body: amend* weight=2.5
body: revis* weight=2
body: effective date weight=3
body: last updated weight=3
body: from time to time weight=2.5
body: material change* weight=3
body: continued use weight=3
body: periodically weight=2.5
body: check back weight=2.5
body: review this policy weight=2
body: latest version weight=2
body: effective immediately weight=2.5
body: reserve the right weight=2
body: notify you weight=1.5
body: post* weight=1

[contact]
heading: contact us
heading: contact
heading: contact information
heading: how to contact us
heading: questions
heading: questions or concerns
heading: data protection officer
heading: get in touch
body: please contact weight=3
body: any questions weight=2.5
body: questions about this weight=2.5
body: comments weight=1.5
body: concerns weight=1.5
body: inquir* weight=2
body: enquir* weight=2
body: privacy officer weight=3
body: dpo weight=3
body: email us weight=3
body: write to us weight=3
body: reach us weight=2.5
body: postal address weight=2
body: attn weight=2.5
body: telephone weight=1.5
body: by email weight=1.5
body: customer service weight=1.5
body: suite weight=2
