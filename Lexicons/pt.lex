# Portuguese lexicon: Brazil (você, coletar, compartilhar, usuário, LGPD) and Portugal
# (recolher, partilhar, utilizador, RGPD) wording side by side; pt-BR and pt-PT fall back here.
@language pt
@name Portuguese
@fold-accents yes            # "informações" matches "informacoes"

[profile]
# Function words first. weight=3 marks words that tell Portuguese from Spanish
# (não/no, são, também, você, em/en, com/con, uma/una, dados/datos); shared words stay at 1.
# Forms that fold onto another entry are left out: à = a, às = as, nós = nos, é = e, está = esta.
o
a
os
as
de
do                           # Polish "do" too
da
dos weight=3
das weight=3
em weight=3
no
na
nos
nas weight=3
um weight=3
uma weight=3
umas weight=3
e
ou
que
por
para
com weight=3
sem weight=3
sobre
entre
até weight=3
desde
após weight=3
conforme
mediante
durante
pelo weight=3
pela weight=3
pelos weight=3
pelas weight=3
ao weight=3
aos weight=3
seu weight=2
sua weight=2
seus weight=3
suas weight=3
você weight=3
vocês weight=3
nosso weight=3
nossa weight=3
nossos weight=3
nossas weight=3
lhe weight=3
se
este
esta
estes
estas
esse weight=3
essa weight=3
esses weight=3
essas weight=3
isso weight=3
isto weight=3
qual
quais weight=3
quem
quando weight=3
onde
como
não weight=3
são weight=3
ser
ter weight=2
estão weight=3
foi
será
serão weight=3
pode weight=3
podem weight=3
podemos
poderá weight=3
poderão weight=3
deve
devem weight=3
mais weight=2
muito weight=3
qualquer weight=3
outros
outras
todo
todos
cada
mesmo
também weight=3
assim
ainda weight=3
já
apenas weight=3
caso
então weight=3
porque
sempre
meio weight=3
# words frequent in privacy policies
dados weight=3
pessoais weight=3
informações weight=3
informação weight=3
política
privacidade weight=3
tratamento weight=3
site weight=0.5
serviços weight=3
usuário
usuários
utilizador weight=3
utilizadores weight=3
titular
terceiros weight=3
direito
direitos weight=3
proteção weight=3
consentimento weight=3
finalidade weight=3
finalidades weight=3
controlador
responsável weight=3
encarregado weight=3
legítimo
acesso
solicitação weight=3
pedido
e-mail weight=0.5
endereço weight=3
conta weight=3
produtos
empresa
forma
medidas
segurança weight=3
armazenamento weight=3
necessário
aplicável
cliente
clientes
uso
utilização weight=3
coletar weight=3
coletamos weight=3
recolha weight=3
recolhemos weight=3
compartilhar weight=3
partilhar weight=3
fornecer
relação
contato
contacto
seguintes
nome
telefone
navegador
dispositivo
lei
legal weight=0.5
obrigação
contrato
receber
exercer
prazo
data weight=0.5
cookies weight=0.5
tempo
lgpd

[units]
year: ano, anos
month: mês, meses
week: semana, semanas
day: dia, dias
hour: hora, horas
minute: minuto, minutos
business-day: dia útil, dias úteis

[numbers]
1: um, uma
2: dois, duas
3: três
4: quatro
5: cinco
6: seis
7: sete
8: oito
9: nove
10: dez
11: onze
12: doze
13: treze
15: quinze
16: dezesseis, dezasseis       # Brazil, Portugal
18: dezoito
20: vinte
24: vinte e quatro
30: trinta
60: sessenta
90: noventa
100: cem, cento

[references]
gdpr: rgpd, regulamento geral sobre a proteção de dados, regulamento geral de proteção de dados, gdpr, 2016/679
ccpa: ccpa, lei de privacidade do consumidor da califórnia, california consumer privacy act
cpra: cpra, lei de direitos de privacidade da califórnia, california privacy rights act
coppa: coppa, lei de proteção da privacidade online das crianças
lgpd: lgpd, lei geral de proteção de dados, lei geral de proteção de dados pessoais, lei 13.709, 13.709/2018
pipeda: pipeda, lei de proteção de informações pessoais e documentos eletrônicos

[boilerplate]
# Headings that name a legal formality or the document's apparatus, not a privacy topic,
# written whole (numbering aside): a section headed by one is `other`, whatever its text
# mentions, and so are its subsections that name no topic ("French" under "Translations").
termos de uso
termos de utilização
condições de uso
condições de utilização
termos de serviço
termos do serviço
termos e condições
termos e condições de uso
lei aplicável
legislação aplicável
lei aplicável e foro
lei aplicável e jurisdição
legislação aplicável e foro
legislação aplicável e jurisdição
foro
foro competente
eleição de foro
jurisdição
divisibilidade
independência das disposições
nulidade parcial
acordo integral
acordo completo
renúncia
não renúncia
força maior
isenção de responsabilidade
aviso de isenção de responsabilidade
limitação de responsabilidade
limitação da responsabilidade
traduções
tradução
outras traduções
versões linguísticas
idioma prevalecente
prevalência da versão em inglês
a versão em inglês prevalecerá
prevalecerá a versão em inglês
a versão em português prevalecerá
licença
direitos autorais
direitos de autor
direito de autor
copyright
agradecimentos
índice
seções
secções
propriedade intelectual
direitos autorais e propriedade intelectual
direitos de autor e propriedade intelectual
direitos de propriedade intelectual
marcas
exoneração de responsabilidade
# Termos de uso na página de privacidade: deveres do usuário/utilizador, licença dos conteúdos.
responsabilidade do usuário
responsabilidades do usuário
responsabilidade dos usuários
responsabilidade do utilizador
responsabilidades do utilizador
responsabilidade dos utilizadores
obrigações do usuário
obrigações do utilizador
licenciamento de conteúdo
licenciamento de conteúdos
licença de conteúdo

[intro]
heading: introdução concept=introduction
heading: quem somos concept=who-we-are
heading: sobre esta política concept=about-this-policy
heading: âmbito de aplicação concept=scope
heading: escopo concept=scope
heading: objetivo concept=about-this-policy
heading: informações gerais concept=introduction
body: esta política de privacidade weight=0.5 concept=this-privacy-policy
body: aplica-se weight=1.5 concept=policy-applies-to
body: se aplica weight=1.5 concept=policy-applies-to
body: âmbito weight=2 concept=policy-applies-to
body: escopo weight=2 concept=policy-applies-to
body: ao utilizar weight=1.5 concept=by-using
body: ao usar weight=1.5 concept=by-using
body: ao acessar weight=1.5 concept=by-using
body: ao aceder weight=1.5 concept=by-using
body: aceit* weight=1.5 concept=acceptance-of-policy
body: concorda weight=1.5 concept=acceptance-of-policy
body: doravante weight=2 concept=referred-to-as
body: descreve weight=1 concept=policy-describes
body: controlador weight=1.5
body: responsável pelo tratamento weight=1.5
body: cnpj weight=1.5
body: sede weight=1
body: termos de uso weight=1 concept=terms-of-use
body: site weight=0.3 concept=website
# Added with the shared concept inventory (concepts.txt).
heading: resumo concept=summary
heading: visão geral concept=summary
heading: em resumo concept=summary
heading: sobre este aviso concept=about-this-policy
heading: sobre esta política de privacidade concept=about-this-policy
heading: aplicabilidade concept=scope
heading: âmbito desta política concept=scope
heading: a quem se aplica esta política concept=scope
heading: nosso compromisso com a sua privacidade concept=commitment-to-privacy
heading: o nosso compromisso com a privacidade concept=commitment-to-privacy
heading: compromisso com a privacidade concept=commitment-to-privacy
heading: aceitação desta política concept=acceptance
heading: aceitação da política de privacidade concept=acceptance
heading: política de privacidade weight=0.5 concept=privacy-policy-title
heading: aviso de privacidade weight=0.5 concept=privacy-policy-title
heading: declaração de privacidade weight=0.5 concept=privacy-policy-title
body: esta política descreve concept=policy-describes
body: esta política explica concept=policy-describes
body: explica weight=1 concept=policy-describes
body: ao visitar concept=by-using
body: se você não concordar concept=if-you-do-not-agree
body: caso não concorde concept=if-you-do-not-agree
body: se não concordar concept=if-you-do-not-agree
body: estamos comprometidos concept=committed-to-privacy
body: respeitamos a sua privacidade concept=committed-to-privacy
body: leia atentamente concept=please-read
body: termos de utilização concept=terms-of-use
body: termos e condições concept=terms-of-use
body: privacidade weight=0.3 concept=privacy
body: sítio weight=0.3 concept=website
body: serviços weight=0.3 concept=services
body: empresa weight=0.3 concept=company
# "Summary" (pt-BR "Sumário"), "The short version", "At a glance", "Key points".
heading: sumário concept=summary
heading: a versão resumida concept=summary
heading: versão curta concept=summary
heading: num relance concept=summary
heading: pontos principais concept=summary
# The policy naming its author: (“Acme”, “nós”, “nos” ou “nosso”).
body: nós nos ou nosso concept=we-us-defined
body: nós nos e nosso concept=we-us-defined
body: nós ou nos concept=we-us-defined
body: nós ou nosso concept=we-us-defined
heading: sobre nós weight=0.5 concept=who-we-are  # often the controller and its address (contact): the text decides
# A summary in front of the policy: "TL;DR".
heading: tldr concept=summary
heading: tl dr concept=summary
heading: tl;dr concept=summary
heading: em poucas palavras concept=summary
heading: resumidamente concept=summary
heading: em breves palavras concept=summary
heading: quem gere concept=who-we-are
heading: quem está por trás concept=who-we-are

[definitions]
heading: definições concept=definitions
heading: glossário concept=key-terms
heading: termos definidos concept=key-terms
heading: conceitos concept=key-terms
heading: terminologia concept=key-terms
heading: interpretação concept=interpretation
body: significa weight=3 concept=means
body: entende-se por weight=3 concept=means
body: refere-se weight=2 concept=refers-to
body: designa weight=2 concept=means
body: para efeitos de weight=2 concept=as-used-in-this-policy
body: para fins desta weight=2 concept=as-used-in-this-policy
body: nos termos de weight=1
body: definiç* weight=2 concept=defined-terms-intro
body: termo* weight=1 concept=defined-terms-intro
body: dado pessoal weight=1.5 concept=personal-data-means
body: titular dos dados weight=1 concept=gdpr-roles
body: operador weight=1.5 concept=gdpr-roles
body: anonimização weight=1.5
body: pseudonimização weight=1.5
body: qualquer informação weight=1 concept=personal-data-means
body: inclui weight=0.5 concept=includes
# Added with the shared concept inventory (concepts.txt).
heading: definição de termos concept=definitions
heading: interpretação e definições concept=interpretation
heading: termos utilizados nesta política concept=key-terms
heading: o que queremos dizer com concept=what-we-mean-by
heading: o que entendemos por concept=what-we-mean-by
body: as seguintes definições concept=defined-terms-intro
body: informação relacionada a pessoa natural concept=personal-data-means
body: informação relativa a uma pessoa singular concept=personal-data-means
body: identificada ou identificável concept=identifiable-person
body: pessoa natural concept=identifiable-person
body: pessoa singular concept=identifiable-person
body: doravante concept=hereinafter
body: controlador weight=1 concept=gdpr-roles
body: responsável pelo tratamento weight=1 concept=gdpr-roles
body: subcontratante weight=1 concept=gdpr-roles
body: titular weight=1 concept=gdpr-roles
body: dados pessoais weight=0.2 concept=personal-data
body: usuário weight=0.3 concept=user
body: utilizador weight=0.3 concept=user

[collection]
heading: informações que coletamos concept=what-we-collect
# App permissions as a heading ("Permissions"), as English has it.
heading: permissões concept=what-we-collect
heading: permissões do aplicativo concept=what-we-collect
heading: dados que coletamos concept=what-we-collect
heading: quais dados coletamos concept=what-we-collect
heading: dados que recolhemos concept=what-we-collect
heading: recolha de dados concept=collection-of-information
heading: coleta de dados concept=collection-of-information
heading: coleta de informações concept=collection-of-information
heading: categorias de dados concept=categories-of-data
heading: origem dos dados concept=sources-of-information
heading: como obtemos os seus dados concept=how-we-collect
# coleta* (coletar, coletamos, coletados, coleta) and the other forms, not colet*: that also matched "coletivo/coletiva" (collective).
body: coleta* weight=2 concept=we-collect
body: coleto weight=2 concept=we-collect
body: coletou weight=2 concept=we-collect
body: coletem weight=2 concept=we-collect
body: recolh* weight=2 concept=we-collect
body: obtemos weight=1.5 concept=we-collect
body: obtidos weight=1 concept=we-collect
body: categorias de dados weight=2 concept=data-categories
body: nos fornece weight=2 concept=you-provide
body: fornecidos por você weight=2 concept=you-provide
body: automaticamente weight=1.5 concept=automatically
body: formulário* weight=1.5 concept=forms
body: nome completo weight=1.5 concept=name
body: endereço de e-mail weight=1.5 concept=contact-details
body: número de telefone weight=1.5 concept=contact-details
body: endereço ip weight=1.5 concept=device-data
body: dados de navegação weight=1.5 concept=usage-data
body: dados cadastrais weight=2
body: cpf weight=2
body: dados de pagamento weight=1 concept=payment-data
body: tipo de navegador weight=1 concept=device-data
body: geolocalização weight=1 concept=location-data
body: fontes weight=1.5 concept=sources
# A list of the data handled, announced in the text (en: "the following data is processed:").
body: os seguintes dados weight=2.5 concept=following-data
body: as seguintes informações weight=2.5 concept=following-data
body: os seguintes dados pessoais weight=2.5 concept=following-data
# Added with the shared concept inventory (concepts.txt).
heading: informações coletadas concept=what-we-collect
heading: dados recolhidos concept=what-we-collect
heading: recolha de informações concept=collection-of-information
heading: fontes de informação concept=sources-of-information
heading: fontes dos dados pessoais concept=sources-of-information
heading: informações que você nos fornece concept=information-you-provide
# Job applications: the data applicants hand over.
heading: candidatura concept=information-you-provide
heading: candidaturas concept=information-you-provide
heading: candidatos concept=information-you-provide
heading: recrutamento concept=information-you-provide
heading: dados que nos fornece concept=information-you-provide
heading: informações fornecidas por você concept=information-you-provide
heading: informações coletadas automaticamente concept=collected-automatically
heading: dados recolhidos automaticamente concept=collected-automatically
heading: como coletamos seus dados concept=how-we-collect
heading: como recolhemos os seus dados concept=how-we-collect
heading: categorias de dados pessoais concept=categories-of-data
body: nos disponibiliza concept=you-provide
body: publicamente disponíveis concept=publicly-available
body: fontes públicas concept=publicly-available
body: morada concept=contact-details
body: endereço postal concept=contact-details
body: sistema operacional concept=device-data
body: sistema operativo concept=device-data
body: identificador* do dispositivo concept=device-data
body: dados de localização concept=location-data
body: dados de uso concept=usage-data
body: dados de utilização concept=usage-data
body: dados demográficos concept=demographic-data
body: nome weight=1 concept=name
body: conta weight=0.3 concept=account
body: informações weight=0.1 concept=information
# Terms the proposer found that the lexicon lacked.
body: histórico de navegação weight=2 concept=usage-data
# Headings asking which personal data are processed (GDPR style): "What personal data do we process?"
heading: quais dados pessoais concept=what-we-collect
body: fornecidas por você weight=2 concept=you-provide
body: fornecido por você weight=2 concept=you-provide
body: fornecida por você weight=2 concept=you-provide
body: você nos fornece weight=2 concept=you-provide
body: demográfic* weight=1.5 concept=demographic-data
body: cartão de crédito weight=1 concept=payment-data
body: informações de pagamento weight=1 concept=payment-data
# Log data: what the app or server records of its use.
body: dados de registo weight=1.5 concept=usage-data
body: dados de log weight=1.5 concept=usage-data
heading: informações recolhidas concept=what-we-collect
heading: dados coletados concept=what-we-collect
# "What we collect" as a relative clause inside a longer heading ("Personal information that we
# collect"); weak, since "How we use the information we collect" is about the use.
heading: que coletamos weight=0.5 concept=what-we-collect
heading: que recolhemos weight=0.5 concept=what-we-collect
heading: categorias de informações pessoais concept=categories-of-data
# Mobile numbers: Brazil "celular", Portugal "telemóvel".
body: número de celular weight=1.5 concept=contact-details
body: número de telemóvel weight=1.5 concept=contact-details
# Data obtained from others ("Informações que recebemos de terceiros"), not sharing.
heading: informações que recebemos weight=2 concept=information-you-provide
heading: dados que recebemos weight=2 concept=information-you-provide
heading: informações que obtemos weight=2 concept=information-you-provide
heading: dados que obtemos weight=2 concept=information-you-provide
# A contact form as a processing activity (what the form collects), as en "Contact form"; "Contato" stays contact.
heading: formulário de contato weight=3 concept=information-you-provide
heading: formulário de contacto weight=3 concept=information-you-provide
heading: formulários de contato weight=3 concept=information-you-provide
# App notices: crash reports, debug logs, diagnostics and push tokens are data the app collects.
heading: relatórios de falhas concept=collected-automatically
heading: relatórios de erros concept=collected-automatically
heading: dados de diagnóstico concept=collected-automatically
heading: diagnóstico concept=collected-automatically
heading: registros concept=collected-automatically
# Data kept or processed on the user's own device (local-first apps): what the app handles, so collection.
heading: o que fica no seu weight=2 concept=on-device-data
heading: fica no seu dispositivo weight=2 concept=on-device-data
heading: permanece no seu dispositivo weight=2 concept=on-device-data
heading: fica no teu dispositivo weight=2 concept=on-device-data
heading: processados localmente weight=2 concept=on-device-data
heading: dados armazenados localmente weight=2 concept=on-device-data
heading: processamento local weight=2 concept=on-device-data
heading: processamento no dispositivo weight=2 concept=on-device-data
body: relatórios de falhas weight=2.5 concept=usage-data
body: relatórios de falha weight=2.5 concept=usage-data
body: registros de depuração weight=2.5 concept=usage-data
body: dados de diagnóstico weight=2 concept=usage-data
body: token push weight=2.5 concept=device-data
body: token de notificação weight=2.5 concept=device-data
# Coordinated heading "<collection> and use (of information)" (Information Collection and Use): the collection noun leads.
heading: coleta e uso concept=collection-of-information
heading: recolha e utilização concept=collection-of-information

[use]
heading: como usamos suas informações concept=how-we-use
heading: como utilizamos os seus dados concept=how-we-use
heading: uso das informações concept=use-of-information
heading: utilização dos dados concept=use-of-information
heading: finalidade do tratamento concept=purposes-of-processing
heading: finalidades do tratamento concept=purposes-of-processing
heading: para que utilizamos os seus dados concept=how-we-use
heading: para que usamos seus dados concept=how-we-use
heading: como utilizamos concept=how-we-use
heading: como usamos concept=how-we-use
heading: finalidades concept=purposes-of-processing
body: finalidade* weight=2.5 concept=purposes
body: fins weight=2 concept=purposes
body: com a finalidade de weight=2 concept=purposes
body: a fim de weight=1.5 concept=purposes
# The verb's forms, not "utiliz*", which also took "utilizador(es)" (users, pt-PT).
body: utilizamos weight=1.5 concept=we-use
body: utilizar weight=1.5 concept=we-use
body: utiliza weight=1.5 concept=we-use
body: utilizam weight=1.5 concept=we-use
body: utilizará weight=1.5 concept=we-use
body: utilizaremos weight=1.5 concept=we-use
body: utilizado weight=1.5 concept=we-use
body: utilizados weight=1.5 concept=we-use
body: utilizada weight=1.5 concept=we-use
body: utilizadas weight=1.5 concept=we-use
body: utilização weight=1.5 concept=we-use
body: utilizando weight=1.5 concept=we-use
body: usamos weight=1.5 concept=we-use
body: para prestar weight=1.5 concept=to-provide
body: gerenciar weight=1.5 concept=to-administer          # the purpose verb; "gerenciamento" (management) is no purpose
body: gerir weight=1.5 concept=to-administer
body: atender weight=1.5 concept=to-respond
body: processar weight=1 concept=to-process-transactions
body: melhorar weight=1.5 concept=to-improve
body: personaliz* weight=1.5 concept=to-personalise
body: criação de perfis weight=2 concept=profiling
body: definição de perfis weight=2 concept=profiling
body: decisões automatizadas weight=1.5 concept=automated-decisions
body: prevenção de fraudes weight=1.5 concept=to-prevent-fraud
body: estatístic* weight=1 concept=to-analyse
body: enviar weight=1 concept=to-send
# Added with the shared concept inventory (concepts.txt).
heading: por que coletamos seus dados concept=why-we-collect
heading: porque recolhemos os seus dados concept=why-we-collect
heading: finalidade da coleta concept=why-we-collect
heading: tratamento de dados pessoais concept=processing-of-personal-data
heading: tratamento dos seus dados pessoais concept=processing-of-personal-data
heading: como tratamos concept=processing-of-personal-data
body: para as seguintes finalidades concept=following-purposes
body: para as finalidades seguintes concept=following-purposes
body: fornecer concept=to-provide
body: cumprir concept=to-fulfil
body: administrar concept=to-administer
body: desenvolver novos concept=to-develop
body: comunicar com você concept=to-communicate
body: comunicarmos consigo concept=to-communicate
body: analisar concept=to-analyse
body: diagnosticar concept=to-troubleshoot
body: resolver problemas concept=to-troubleshoot
body: pesquisa* concept=research
body: prevenir fraudes concept=to-prevent-fraud
body: processar pagamentos concept=to-process-transactions
body: cumprir obrigações legais concept=to-comply-with-law
# Headings asking for what purpose data are processed: "For what purpose are personal data processed?"
heading: para que finalidade concept=purposes-of-processing
heading: com que finalidade concept=purposes-of-processing
heading: para que fins concept=purposes-of-processing
body: propósito* weight=1.5 concept=purposes
heading: por que precisamos dos seus dados concept=why-we-collect
heading: porque precisamos dos seus dados concept=why-we-collect
# Purpose headings asked with other verbs and "(os dados são tratados) para as seguintes finalidades".
heading: por que tratamos concept=why-we-collect
heading: porque tratamos concept=why-we-collect
heading: por que processamos concept=why-we-collect
heading: para as seguintes finalidades concept=purposes-of-processing
heading: para os seguintes fins concept=purposes-of-processing
# "Uso dos dados coletados / de localização": the use word is the head; "Uso de cookies" and
# "Uso de serviços de terceiros" stay with their object's section.
heading: uso dos dados coletados weight=2 concept=use-of-information
heading: uso dos dados recolhidos weight=2 concept=use-of-information
heading: uso das informações coletadas weight=2 concept=use-of-information
heading: uso dos dados de localização concept=use-of-information
heading: uso de dados de localização concept=use-of-information
heading: utilização dos dados recolhidos weight=2 concept=use-of-information
heading: utilização dos dados coletados weight=2 concept=use-of-information
# "Finalidades da coleta, do tratamento, do compartilhamento ...": purposes head the list.
heading: finalidades da coleta weight=3 concept=why-we-collect
heading: finalidades da recolha weight=3 concept=why-we-collect
heading: finalidade da recolha weight=3 concept=why-we-collect
heading: decisões automatizadas concept=automated-decision-making
heading: decisão automatizada concept=automated-decision-making
heading: decisões individuais automatizadas concept=automated-decision-making
heading: tomada de decisão automatizada concept=automated-decision-making
heading: tomada de decisões automatizada* concept=automated-decision-making
heading: definição de perfis concept=automated-decision-making
heading: criação de perfis concept=automated-decision-making

[legal-basis]
heading: base legal concept=legal-basis
heading: bases legais concept=legal-basis
heading: bases legais para o tratamento concept=legal-basis
heading: fundamento jurídico concept=legal-basis
heading: fundamentos jurídicos concept=legal-basis
heading: licitude do tratamento concept=legal-basis
heading: hipóteses legais concept=legal-basis
body: base legal weight=2 concept=legal-basis-term
body: bases legais weight=2 concept=legal-basis-term
body: fundamento jurídico weight=2 concept=legal-basis-term
body: fundamento legal weight=2 concept=legal-basis-term
body: legítimo interesse weight=2 concept=legitimate-interests
body: interesse legítimo weight=2 concept=legitimate-interests
body: interesses legítimos weight=2 concept=legitimate-interests
body: execução de contrato weight=2.5 concept=performance-of-contract
body: execução do contrato weight=2.5 concept=performance-of-contract
body: procedimentos preliminares weight=2 concept=performance-of-contract
body: diligências pré-contratuais weight=2 concept=performance-of-contract
body: obrigação legal ou regulatória weight=2.5 concept=legal-obligation
body: cumprimento de obrigação legal weight=2.5 concept=legal-obligation
body: obrigação legal weight=2 concept=legal-obligation
body: exercício regular de direitos weight=2.5
body: proteção do crédito weight=2
body: interesse público weight=2 concept=public-interest
body: artigo 6 weight=1.5 concept=article-6
body: artigo 7 weight=1.5 concept=article-6
body: licitude weight=2 concept=lawful
body: hipótese* weight=2 concept=legal-basis-term
body: consentimento weight=1 concept=consent-as-basis
# Added with the shared concept inventory (concepts.txt).
heading: por que podemos tratar os seus dados concept=why-allowed
heading: com que fundamento tratamos os seus dados concept=why-allowed
heading: em que se baseia o tratamento concept=why-allowed
body: o tratamento é necessário concept=processing-necessary
body: direitos e liberdades fundamentais concept=balancing-test
body: ponderação concept=balancing-test
body: com base em weight=1 concept=on-the-basis-of
body: interesses vitais concept=vital-interests
body: proteção da vida concept=vital-interests
body: necessário weight=0.5 concept=necessary
# Headings naming the basis of processing without "legal": "Basis for processing (personal data)".
heading: base para o tratamento concept=legal-basis
heading: fundamento do tratamento concept=legal-basis
# The whole phrase, so that it outweighs the processing heading it contains.
heading: base para o tratamento de dados pessoais concept=legal-basis
heading: base para o tratamento dos seus dados pessoais concept=legal-basis
heading: base jurídica concept=legal-basis
heading: bases jurídicas concept=legal-basis
heading: autorizados a tratar concept=why-allowed
heading: autorizados a processar concept=why-allowed
heading: autorizada a tratar concept=why-allowed
heading: com que fundamento concept=why-allowed
heading: com base em quê concept=why-allowed

[consent]
heading: consentimento concept=your-consent
heading: seu consentimento concept=your-consent
heading: o seu consentimento concept=your-consent
heading: revogação do consentimento concept=withdrawal-of-consent
heading: retirada do consentimento concept=withdrawal-of-consent
heading: como retirar o seu consentimento concept=withdrawal-of-consent
heading: aceitação concept=your-consent
body: consent* weight=2.5 concept=you-consent
body: revog* weight=2.5 concept=withdraw
body: retirar weight=2.5 concept=withdraw
body: retirada weight=2 concept=withdraw
body: a qualquer momento weight=1 concept=at-any-time
body: sem comprometer a licitude weight=2 concept=without-affecting-lawfulness
body: licitude do tratamento efetuado com base no consentimento weight=2 concept=without-affecting-lawfulness
body: manifestação weight=1.5
body: expresso weight=1 concept=explicit-consent
body: inequívoc* weight=1.5 concept=explicit-consent
body: livre weight=0.5 concept=freely-given
body: aceita weight=1 concept=you-agree
body: caixa de seleção weight=1.5 concept=opt-in
body: assinalar weight=1.5 concept=opt-in
body: autoriz* weight=1.5 concept=permission
# Added with the shared concept inventory (concepts.txt).
heading: retirada de consentimento concept=withdrawal-of-consent
heading: como revogar o seu consentimento concept=withdrawal-of-consent
body: consentimento expresso concept=explicit-consent
body: consentimento explícito concept=explicit-consent
body: livremente concept=freely-given
body: mudar de ideia concept=change-your-mind
body: permissão concept=permission
body: antes da sua retirada concept=without-affecting-lawfulness

[sharing]
heading: compartilhamento de dados concept=sharing-of-information
heading: compartilhamento de informações concept=sharing-of-information
heading: partilha de dados concept=sharing-of-information
heading: com quem compartilhamos seus dados concept=who-we-share-with
heading: com quem partilhamos os seus dados concept=who-we-share-with
heading: divulgação de informações concept=disclosure-of-information
heading: destinatários dos dados concept=who-we-share-with
heading: a quem concept=who-we-share-with
heading: comunicação de dados a terceiros concept=disclosure-of-information
body: compartilh* weight=2.5 concept=share
body: partilh* weight=2.5 concept=share
body: destinatário* weight=2.5 concept=recipients
body: divulg* weight=2 concept=disclose
body: revelar weight=1.5 concept=disclose
body: terceiros weight=1 concept=third-parties-term
body: prestadores de serviços weight=2 concept=service-providers
body: fornecedores weight=1.5 concept=service-providers
body: parceiros weight=1.5 concept=business-partners
body: operadores weight=1.5 concept=service-providers
body: subcontratantes weight=2 concept=service-providers
body: empresas do grupo weight=2 concept=affiliates
body: afiliadas weight=1.5 concept=affiliates
body: autoridades weight=1.5 concept=authorities
body: ordem judicial weight=1.5 concept=legal-process
body: requisição weight=1.5 concept=legal-process
body: fusão weight=2 concept=corporate-transaction
body: aquisição weight=1.5 concept=corporate-transaction
body: venda weight=1 concept=sell
body: não vendemos weight=2 concept=sell
# Added with the shared concept inventory (concepts.txt).
heading: partilha de informações concept=sharing-of-information
heading: como compartilhamos suas informações concept=how-we-share
heading: como partilhamos os seus dados concept=how-we-share
heading: informações que compartilhamos concept=how-we-share
heading: divulgação de dados concept=disclosure-of-information
heading: terceiros concept=third-parties
heading: compartilhamento com terceiros concept=third-parties
heading: partilha com terceiros concept=third-parties
heading: prestadores de serviços concept=service-providers-heading
heading: fornecedores de serviços concept=service-providers-heading
heading: operações societárias concept=business-transfers
heading: fusões e aquisições concept=business-transfers
heading: requisições legais concept=legal-requests
heading: obrigações legais e autoridades concept=legal-requests
heading: venda de dados pessoais concept=sale-of-information
heading: vendemos os seus dados concept=sale-of-information
body: em nosso nome concept=on-our-behalf
body: por nossa conta concept=on-our-behalf
body: parceiros comerciais concept=business-partners
body: falência concept=corporate-transaction
body: reorganização societária concept=corporate-transaction
body: autoridades policiais concept=authorities
body: boa-fé concept=legal-process
# Headings on passing data on to others (concept transfer-to-third-parties).
heading: transferência de dados a terceiros concept=transfer-to-third-parties
heading: transferência de dados para terceiros concept=transfer-to-third-parties
body: prestador* de serviço* weight=2 concept=service-providers
body: fornecedor* de serviço* weight=2 concept=service-providers
heading: como compartilhamos concept=how-we-share
heading: como partilhamos concept=how-we-share
heading: com quem compartilhamos concept=who-we-share-with
heading: com quem partilhamos concept=who-we-share-with
heading: fornecimento a terceiros concept=third-parties
heading: quem tem acesso concept=who-we-share-with
# Processors named in a subsection of their own (hosting, CDN, cloud, error monitoring): what
# states processing on our behalf weighs against the transfer and legal-basis words around it.
heading: hospedagem concept=service-providers-heading
heading: alojamento concept=service-providers-heading
heading: provedor de hospedagem concept=service-providers-heading
heading: rede de distribuição de conteúdo concept=service-providers-heading
heading: subcontratantes concept=service-providers-heading
heading: monitoramento de erros concept=service-providers-heading
body: hospedado por weight=1.5 concept=service-providers
body: hospedados por weight=1.5 concept=service-providers
body: hospedada por weight=1.5 concept=service-providers
body: hospedadas por weight=1.5 concept=service-providers
body: alojado por weight=1.5 concept=service-providers
body: alojados por weight=1.5 concept=service-providers
body: provedor de hospedagem weight=2.5 concept=service-providers
body: provedores de hospedagem weight=2.5 concept=service-providers
body: serviço de hospedagem weight=2 concept=service-providers
body: fornecedor de alojamento weight=2.5 concept=service-providers
body: acordo de tratamento de dados weight=2 concept=service-providers
body: acordo de processamento de dados weight=2 concept=service-providers
body: rede de distribuição de conteúdo weight=3 concept=service-providers
body: cdn weight=2.5 concept=service-providers
body: plataforma em nuvem weight=2 concept=service-providers
body: computação em nuvem weight=2 concept=service-providers
body: provedor de serviços em nuvem weight=2.5 concept=service-providers
body: nos servidores de weight=2 concept=service-providers
body: nos servidores da weight=2 concept=service-providers
# Payments, purchases and subscriptions handled by an app store or a payment processor: what is passed on to them (not retention, choices or use).
heading: pagamentos weight=2 concept=payments-purchases
heading: processamento de pagamentos weight=3 concept=payments-purchases
heading: compras no aplicativo weight=2 concept=payments-purchases
heading: compras na aplicação weight=2 concept=payments-purchases
heading: compras no app weight=2 concept=payments-purchases
heading: assinaturas weight=2 concept=payments-purchases
heading: subscrições weight=2 concept=payments-purchases
# "Compras dentro do app / do aplicativo" (in-app purchases).
heading: compras dentro do app weight=2 concept=payments-purchases
heading: compras dentro do aplicativo weight=2 concept=payments-purchases

[cookies]
heading: cookies concept=cookies
heading: política de cookies concept=cookies
heading: uso de cookies concept=cookies
heading: utilização de cookies concept=cookies
heading: cookies e tecnologias semelhantes concept=tracking-technologies
heading: tecnologias de rastreamento concept=tracking-technologies
heading: tecnologias de rastreio concept=tracking-technologies
heading: o que são cookies concept=cookies
body: cookie* weight=3 concept=cookie
body: web beacons weight=2 concept=web-beacon
body: pixel* weight=2 concept=web-beacon
body: pequenos arquivos weight=2.5 concept=text-files
body: pequenos ficheiros weight=2.5 concept=text-files
body: arquivos de texto weight=2 concept=text-files
body: ficheiros de texto weight=2 concept=text-files
body: tecnologias semelhantes weight=2 concept=tracking-technology
body: tecnologias similares weight=2 concept=tracking-technology
body: arquivos de log weight=2 concept=log-file
body: registros de acesso weight=2 concept=log-file
body: google analytics weight=2 concept=analytics-term
body: analític* weight=1.5 concept=analytics-term
body: cookies de sessão weight=2 concept=cookie-lifetime
body: persistentes weight=2 concept=cookie-lifetime
body: rastreamento weight=1.5 concept=tracking-technology
body: rastreio weight=1.5 concept=tracking-technology
body: armazenad* weight=1
body: configurações do navegador weight=1.5 concept=browser-settings
body: definições do navegador weight=1.5 concept=browser-settings
body: navegador weight=1 concept=browser
body: dispositivo weight=0.5 concept=device
# Added with the shared concept inventory (concepts.txt).
heading: web beacons concept=web-beacons
heading: pixels concept=web-beacons
heading: arquivos de log concept=log-files
heading: ficheiros de registo concept=log-files
heading: análise concept=analytics
heading: ferramentas de análise concept=analytics
body: armazenamento local concept=local-storage
body: local storage weight=2.5 concept=local-storage
body: localstorage weight=2.5 concept=local-storage
body: sessionstorage weight=2.5 concept=local-storage
body: estritamente necessários concept=cookie-categories
body: funcionais weight=1.5 concept=cookie-categories
body: ficheiros de registo concept=log-file
body: sdk* concept=sdk
body: impressão digital do dispositivo concept=fingerprinting
body: fingerprinting concept=fingerprinting
body: rastreadores weight=2 concept=tracking-technology
# Log files: Brazil "arquivos de registro", Portugal "registos de acesso".
body: arquivos de registro weight=2 concept=log-file
body: registos de acesso weight=2 concept=log-file
# "Como usamos cookies", "Utilizamos cookies?": the cookies, not the use of data.
heading: usamos cookies concept=cookies
heading: usamos os cookies concept=cookies
heading: utilizamos cookies concept=cookies
heading: utilizamos os cookies concept=cookies
heading: análise web concept=analytics

[advertising]
heading: publicidade concept=advertising
heading: marketing concept=marketing
heading: comunicações de marketing concept=marketing-communications
heading: comunicações comerciais concept=marketing-communications
heading: publicidade personalizada concept=interest-based-advertising
heading: publicidade baseada em interesses concept=interest-based-advertising
heading: newsletter concept=marketing-communications
heading: ofertas e promoções concept=marketing-communications
body: publicidade weight=2.5 concept=ads
body: publicitári* weight=2.5 concept=ads
body: anúncio* weight=2.5 concept=ads
body: anunciantes weight=2.5 concept=ad-networks
body: redes de publicidade weight=2.5 concept=ad-networks
body: comunicações comerciais weight=2.5 concept=marketing-messages
body: comunicações de marketing weight=2.5 concept=marketing-messages
body: marketing weight=2 concept=marketing-purposes
body: promoç* weight=2 concept=promotions
body: promocion* weight=2 concept=promotions
body: newsletter* weight=2 concept=marketing-messages
body: baseada em interesses weight=2 concept=interest-based
body: remarketing weight=2 concept=retargeting
body: campanhas weight=1.5
body: ofertas weight=1.5 concept=promotions
body: interesses weight=0.5 concept=interests
# Added with the shared concept inventory (concepts.txt).
heading: publicidade e marketing concept=advertising
heading: marketing direto concept=marketing
heading: publicidade direcionada concept=interest-based-advertising
heading: publicidade comportamental concept=interest-based-advertising
heading: publicidade de terceiros concept=third-party-advertising
heading: redes de publicidade concept=third-party-advertising
body: publicidade direcionada concept=interest-based
body: comportamental concept=interest-based
body: retargeting concept=retargeting
body: ofertas especiais concept=promotions
body: fins de marketing concept=marketing-purposes
body: medir a eficácia concept=ad-measurement
body: your online choices concept=ad-industry-programs
body: e-mails de marketing weight=2.5 concept=marketing-messages
body: mensagens de marketing weight=2.5 concept=marketing-messages

[do-not-track]
heading: do not track concept=do-not-track
heading: não rastrear concept=do-not-track
heading: sinais de não rastrear concept=do-not-track
heading: sinais do not track concept=do-not-track
heading: controle global de privacidade concept=global-privacy-control
heading: sinais de preferência concept=preference-signals
body: do not track weight=3 concept=dnt-signal
body: não rastrear weight=3 concept=dnt-signal
body: não rastreamento weight=2.5 concept=dnt-signal
body: dnt weight=3 concept=dnt-signal
body: global privacy control weight=3 concept=gpc-signal
body: controle global de privacidade weight=3 concept=gpc-signal
body: controlo global de privacidade weight=3 concept=gpc-signal
body: gpc weight=3 concept=gpc-signal
body: sinal weight=2 concept=opt-out-preference-signal
body: sinais weight=2 concept=opt-out-preference-signal
body: não respondemos weight=2 concept=do-not-respond
body: padrão weight=1.5 concept=no-uniform-standard
body: rastreamento weight=1
body: preferência* weight=1
body: navegador weight=1 concept=browser-dnt
# Added with the shared concept inventory (concepts.txt).
heading: global privacy control concept=global-privacy-control
heading: controlo global de privacidade concept=global-privacy-control
heading: sinais do navegador concept=preference-signals
body: padrão uniforme concept=no-uniform-standard
body: sinal de preferência concept=opt-out-preference-signal
body: reconhec* concept=honor-signals
body: ao longo do tempo weight=1.5 concept=cross-site-tracking

[choices]
heading: suas escolhas concept=your-choices
heading: suas opções concept=your-choices
heading: as suas opções concept=your-choices
heading: cancelar a inscrição concept=unsubscribing
heading: descadastramento concept=unsubscribing
heading: opções de comunicação concept=managing-preferences
heading: preferências de comunicação concept=managing-preferences
heading: controle das suas informações concept=your-choices
body: cancelar a inscrição weight=3 concept=unsubscribe
body: cancelar a subscrição weight=3 concept=unsubscribe
body: descadastr* weight=3 concept=unsubscribe
body: opt-out weight=2 concept=opt-out
body: optar weight=2 concept=choose-not-to
body: pode escolher weight=2.5 concept=choose-not-to
body: opções weight=2
body: escolhas weight=2
body: preferências weight=1.5 concept=preferences
body: desativar weight=1.5 concept=disable
body: recusar weight=1.5 concept=decline
body: não fornecer weight=1.5 concept=choose-not-to
body: configurações weight=1 concept=settings
body: definições weight=1 concept=settings
body: link weight=1 concept=unsubscribe-link
body: decidir weight=1 concept=choose-not-to
body: receber weight=0.5 concept=receive
# Added with the shared concept inventory (concepts.txt).
heading: gerenciar suas preferências concept=managing-preferences
heading: gerir as suas preferências concept=managing-preferences
heading: como optar por não participar concept=opting-out
heading: exclusão voluntária concept=opting-out
heading: cancelar a subscrição concept=unsubscribing
body: opção de exclusão concept=opt-out
body: deixar de receber concept=unsubscribe
body: e-mails promocionais concept=promotional-emails
body: configurações da conta concept=settings
body: notificações push concept=device-permissions
body: serviços de localização concept=device-permissions
body: no rodapé concept=unsubscribe-link
body: não poderá utilizar concept=consequences-of-refusal
body: cancelar o recebimento weight=3 concept=unsubscribe
body: cancelamento do recebimento weight=3 concept=unsubscribe
body: optar por não receber weight=3 concept=opt-out
body: na parte inferior de weight=1.5 concept=unsubscribe-link

[rights]
heading: seus direitos concept=your-rights
heading: os seus direitos concept=your-rights
heading: direitos do titular concept=your-rights
heading: direitos dos titulares concept=your-rights
heading: direitos do titular dos dados concept=your-rights
heading: como exercer os seus direitos concept=exercising-rights
heading: exercício de direitos concept=exercising-rights
heading: quais são os seus direitos concept=your-rights
heading: acessar ou atualizar weight=2 concept=access-and-correction
# Access to one's own data as a right, not the bare word "acesso" (private repositories,
# unauthorized access, who has access).
heading: pode acessar concept=access-and-correction
heading: pode aceder concept=access-and-correction
heading: acessar atualizar concept=access-and-correction              # "Acessar/Atualizar"
heading: acesso aos seus dados concept=access-and-correction
heading: acesso às suas informações concept=access-and-correction
heading: acesso e correção concept=access-and-correction
heading: acesso e retificação concept=access-and-correction
heading: consultar ou atualizar weight=2 concept=access-and-correction
body: direito de acesso weight=3 concept=right-of-access
body: pode acessar weight=2 concept=right-of-access
body: pode aceder weight=2 concept=right-of-access
body: agente* autorizad* weight=2.5 concept=authorized-agent
body: confirmação da existência de tratamento weight=3 concept=right-of-access
body: retificação weight=3 concept=rectification
body: correção weight=2.5 concept=rectification
body: apagamento weight=3 concept=erasure
body: eliminação weight=2.5 concept=erasure
body: bloqueio weight=2 concept=restriction
body: portabilidade weight=3 concept=portability
body: oposição weight=2.5 concept=right-to-object
body: limitação do tratamento weight=3 concept=restriction
body: direito ao esquecimento weight=2.5 concept=erasure
body: revisão de decisões automatizadas weight=2
body: exerc* weight=2.5 concept=exercise-rights
body: direitos weight=1.5
body: autoridade de controle weight=2.5 concept=complaint-to-authority
body: autoridade nacional de proteção de dados weight=3 concept=complaint-to-authority
body: anpd weight=3 concept=complaint-to-authority
body: cnpd weight=3 concept=complaint-to-authority
body: reclamação weight=2 concept=complaint-to-authority
body: petição weight=1.5 concept=complaint-to-authority
body: cópia weight=1 concept=copy-of-data
body: verificar a sua identidade weight=1.5 concept=verify-identity
# Added with the shared concept inventory (concepts.txt).
heading: agentes autorizados concept=authorized-agents
heading: representante autorizado concept=authorized-agents
body: direito de oposição concept=right-to-object
body: inexat* concept=rectification
body: autoridade de controlo concept=complaint-to-authority
body: apresentar reclamação concept=complaint-to-authority
body: titulares dos dados concept=data-subject-rights
body: não discriminação concept=non-discrimination
body: acesso weight=1.5 concept=access
body: solicitação weight=0.3 concept=request
body: pedido weight=0.3 concept=request
# Complaints to the supervisory authority, and what the user can do with the data.
body: autoridade* de supervisão weight=3 concept=complaint-to-authority
body: autoridade* supervisora* weight=3 concept=complaint-to-authority
body: apresentar uma reclamação weight=3 concept=complaint-to-authority
body: pode solicitar concept=exercise-rights
body: pode excluir concept=erasure
body: solicitar a exclusão weight=2.5 concept=erasure
body: pode corrigir concept=rectification
body: corrigir weight=2 concept=rectification
body: retific* weight=3 concept=rectification
# "Atualização cadastral": updating one's registration data (pt-BR).
heading: atualização cadastral concept=access-and-correction
heading: atualização de dados cadastrais concept=access-and-correction
heading: atualização dos dados cadastrais concept=access-and-correction
heading: direitos dos usuários concept=your-rights
heading: direitos dos utilizadores concept=your-rights
# How soon a rights request is answered (en "Response time").
heading: prazo de resposta concept=exercising-rights
heading: prazos de resposta concept=exercising-rights
heading: prazo para resposta concept=exercising-rights
heading: tempo de resposta concept=exercising-rights
heading: posso acessar concept=access-and-correction
heading: posso aceder concept=access-and-correction
heading: posso corrigir concept=access-and-correction
heading: posso retificar concept=access-and-correction
heading: acessar meus dados concept=access-and-correction
heading: aceder aos meus dados concept=access-and-correction
heading: corrigir meus dados concept=access-and-correction
heading: quais são os meus direitos concept=your-rights
heading: quais são meus direitos concept=your-rights
heading: que direitos tenho concept=your-rights
heading: meus direitos concept=your-rights

[retention]
heading: retenção de dados concept=data-retention
heading: conservação dos dados concept=data-retention
heading: período de retenção concept=retention-period
heading: prazo de conservação concept=retention-period
heading: por quanto tempo concept=how-long-we-keep
heading: término do tratamento concept=retention-and-deletion
body: reten* weight=2.5 concept=retain
body: conserv* weight=2.5 concept=retain
body: armazen* weight=1.5 concept=store
body: manter weight=1.5 concept=keep
body: mantidos weight=1.5 concept=keep
body: prazo* weight=2 concept=retention-criteria
body: prazos legais weight=2 concept=legal-retention-requirements
body: período weight=1.5 concept=retention-criteria
body: pelo tempo necessário weight=3 concept=as-long-as-necessary
body: pelo período necessário weight=3 concept=as-long-as-necessary
body: enquanto for necessário weight=3 concept=as-long-as-necessary
body: término do tratamento weight=2.5 concept=no-longer-needed
body: prescrição weight=2 concept=legal-retention-requirements
body: elimin* weight=1.5 concept=destroy
body: excluir weight=1.5 concept=destroy
body: destruir weight=1 concept=destroy
body: anonimiz* weight=1.5 concept=anonymise
body: anos weight=1 concept=years
body: meses weight=1
# Added with the shared concept inventory (concepts.txt).
heading: armazenamento e retenção concept=storage-and-retention
heading: armazenamento e conservação concept=storage-and-retention
heading: retenção e exclusão concept=retention-and-deletion
heading: conservação e eliminação concept=retention-and-deletion
heading: prazo de retenção concept=retention-period
heading: quanto tempo guardamos os seus dados concept=how-long-we-keep
body: deixarem de ser necessários concept=no-longer-needed
body: não forem mais necessários concept=no-longer-needed
body: guard* concept=keep
# "arquivo(s)" is a file (arquivos de log, cookies as small files): only the verb "arquivar".
body: arquivar concept=archive
body: arquivad* concept=archive
body: arquivamos concept=archive
body: arquivamento concept=archive
body: inativ* concept=inactive-accounts
body: critérios concept=retention-criteria
heading: período de armazenamento concept=retention-period
heading: prazo de armazenamento concept=retention-period
heading: duração do armazenamento concept=retention-period
heading: durante quanto tempo concept=how-long-we-keep
heading: como armazenamos concept=storage-and-retention
heading: como guardamos concept=storage-and-retention
heading: como são armazenados concept=storage-and-retention

[security]
heading: segurança concept=data-security
heading: segurança dos dados concept=data-security
heading: segurança da informação concept=data-security
heading: medidas de segurança concept=security-measures
heading: como protegemos concept=how-we-protect
heading: proteção das informações concept=how-we-protect
body: segurança weight=2 concept=secure
body: medidas técnicas e organizativas weight=3 concept=technical-organisational-measures
body: medidas técnicas e administrativas weight=3 concept=technical-organisational-measures
body: medidas técnicas weight=2 concept=technical-organisational-measures
body: criptograf* weight=2.5 concept=encryption
body: encript* weight=2.5 concept=encryption
body: cifrad* weight=2 concept=encryption
body: ssl weight=2 concept=encryption
body: tls weight=2 concept=encryption
body: acesso não autorizado weight=2.5 concept=unauthorized-access
body: acessos não autorizados weight=2.5 concept=unauthorized-access
body: perda weight=1.5 concept=loss-misuse-alteration
body: alteração weight=1.5 concept=loss-misuse-alteration
body: confidencialidade weight=2 concept=confidentiality
body: firewall* weight=2 concept=technical-controls
body: incidente de segurança weight=2.5 concept=breach
body: violação de dados weight=2 concept=breach
body: senha weight=1.5 concept=technical-controls
body: palavra-passe weight=1.5 concept=technical-controls
body: nenhum sistema weight=2 concept=no-guarantee
body: proteger weight=1 concept=protect
body: garantir weight=0.5 concept=ensure
# Added with the shared concept inventory (concepts.txt).
body: salvaguardas concept=safeguards
body: uso indevido concept=loss-misuse-alteration
body: medidas físicas concept=physical-safeguards
body: controle de acesso concept=technical-controls
body: controlo de acessos concept=technical-controls
body: vulnerabilidade* concept=breach
body: não podemos garantir concept=no-guarantee
body: por sua conta e risco concept=no-guarantee
body: padrões do setor concept=industry-standard
body: acesso* não autorizado* weight=3 concept=unauthorized-access
body: não autorizad* weight=1.5 concept=unauthorized-access
body: violaç* weight=1.5 concept=breach
body: invas* weight=1.5 concept=unauthorized-access
body: proteg* weight=1 concept=protect
body: de forma segura weight=2 concept=secure
body: de maneira segura weight=2 concept=secure
heading: dados seguros concept=how-we-protect
heading: informações seguras concept=how-we-protect
# Personal-data breaches and their notification: a security topic.
heading: violação de dados concept=data-security
heading: violação de dados pessoais concept=data-security
heading: violações de dados pessoais concept=data-security
heading: incidentes de segurança concept=data-security
heading: incidente de segurança concept=data-security
heading: criptografia concept=data-security
heading: encriptação concept=data-security
# Breach notification duties: "Notificação à autoridade de controlo no prazo de 72 horas".
body: prazo de 72 horas weight=2.5 concept=breach
body: notificação à autoridade de controlo weight=2.5 concept=breach

[children]
heading: crianças concept=childrens-privacy
heading: menores concept=minors
heading: menores de idade concept=minors
heading: crianças e adolescentes concept=childrens-privacy
heading: privacidade das crianças concept=childrens-privacy
heading: dados de menores concept=childrens-privacy
heading: idade mínima concept=age-limits
body: crianças weight=3 concept=children
body: menores weight=3 concept=minors-teens
body: menor de idade weight=3 concept=minors-teens
body: adolescentes weight=2.5 concept=minors-teens
body: idade weight=2 concept=age
body: pais weight=2.5 concept=parents-guardians
body: responsável legal weight=2.5 concept=parents-guardians
body: responsáveis legais weight=2.5 concept=parents-guardians
body: tutor legal weight=2 concept=parents-guardians
body: consentimento dos pais weight=2.5 concept=parental-consent
body: consentimento parental weight=2 concept=parental-consent
body: melhor interesse weight=2
body: 13 anos weight=2 concept=age-threshold
body: 16 anos weight=2 concept=age-threshold
body: 18 anos weight=1.5 concept=age-threshold
body: intencionalmente weight=1.5 concept=knowingly-collect
body: conscientemente weight=1.5 concept=knowingly-collect
body: coppa weight=3 concept=coppa
# Added with the shared concept inventory (concepts.txt).
heading: menores de 13 anos concept=age-limits
heading: restrições de idade concept=age-limits
heading: uso por menores concept=minors
body: criança concept=children
body: menores de idade weight=2.5 concept=minors-teens
body: não se destina a concept=not-directed-to-children
body: não é direcionado concept=not-directed-to-children
body: se tomarmos conhecimento concept=if-we-learn
body: menor weight=0.5 concept=minor
heading: privacidade infantil concept=childrens-privacy

[international]
heading: transferência internacional de dados concept=international-transfers
heading: transferências internacionais concept=international-transfers
heading: transferências internacionais de dados concept=international-transfers
heading: transferência de dados concept=data-transfers
heading: transferências para fora do eee concept=international-transfers
heading: onde armazenamos weight=2 concept=where-we-store
heading: localização dos dados concept=where-we-store
body: transfer* weight=1.5 concept=transfer
body: internacion* weight=2 concept=cross-border
body: outros países weight=2 concept=other-countries
body: países terceiros weight=2 concept=other-countries
body: fora do brasil weight=2.5 concept=other-countries
body: fora do espaço económico europeu weight=3 concept=eea
body: espaço económico europeu weight=2 concept=eea
body: eee weight=2 concept=eea
body: cláusulas contratuais padrão weight=2 concept=transfer-safeguards
body: cláusulas contratuais-tipo weight=2 concept=transfer-safeguards
body: decisão de adequação weight=3 concept=adequacy
body: nível de proteção adequado weight=2.5 concept=adequacy
body: grau de proteção weight=2 concept=less-protective
body: garantias adequadas weight=2 concept=transfer-safeguards
body: data privacy framework weight=2.5 concept=privacy-frameworks
body: estados unidos weight=1.5 concept=united-states
body: servidores weight=0.5 concept=server-location    # bare word: also the servers of any party ("os servidores do Google")
body: união europeia weight=1 concept=eea
body: localizad* weight=1 concept=server-location
# Added with the shared concept inventory (concepts.txt).
heading: transferências de dados concept=data-transfers
heading: transferências transfronteiriças concept=international-transfers
heading: local de tratamento concept=where-we-store
body: transfronteiriç* concept=cross-border
body: fora do seu país concept=other-countries
body: normas corporativas globais concept=transfer-safeguards
body: regras vinculativas aplicáveis às empresas concept=transfer-safeguards
body: privacy shield concept=privacy-frameworks
body: jurisdiç* concept=jurisdictions
body: armazenados em concept=server-location
body: em todo o mundo concept=around-the-world
body: escudo de privacidade weight=3 concept=privacy-frameworks
body: fora dos estados unidos weight=2.5 concept=other-countries
body: diferentes países weight=2 concept=other-countries
heading: transferência de informações concept=data-transfers
heading: onde são armazenados weight=2 concept=where-we-store
heading: onde são tratados weight=2 concept=where-we-store
heading: onde tratamos weight=2 concept=where-we-store
heading: armazenamento de dados weight=1 concept=where-we-store
heading: armazenamento dos dados weight=1 concept=where-we-store
heading: armazenamento dos seus dados weight=1 concept=where-we-store
heading: onde guardamos concept=where-we-store
heading: onde são guardados concept=where-we-store

[regional]
heading: residentes da califórnia concept=california
heading: aviso para residentes da califórnia concept=california
heading: direitos de privacidade da califórnia concept=california
heading: usuários no brasil concept=jurisdiction-specific
heading: utilizadores no espaço económico europeu concept=eea-gdpr-notice
heading: disposições específicas por país concept=jurisdiction-specific
heading: informações adicionais para determinadas jurisdições concept=jurisdiction-specific
heading: avisos regionais concept=jurisdiction-specific
body: califórnia weight=3 concept=california-law
body: ccpa weight=3 concept=california-law
body: cpra weight=3 concept=california-law
body: lei de privacidade do consumidor da califórnia weight=3 concept=california-law
body: shine the light weight=2.5 concept=california-law
body: resident* weight=2 concept=residents
body: consumidor* weight=1.5 concept=consumers
body: venda de informações pessoais weight=2 concept=do-not-sell
body: informações pessoais sensíveis weight=1.5
body: nevada weight=2.5 concept=us-states
body: virgínia weight=2 concept=us-states
body: lgpd weight=1.5 concept=brazil-lgpd           # main law of Brazilian policies, so only moderately regional
body: brasil weight=1 concept=brazil-lgpd
body: portugal weight=1
body: canadá weight=1.5 concept=canada-pipeda
body: pipeda weight=2.5 concept=canada-pipeda
body: jurisdição weight=1.5
body: estado weight=0.5 concept=state
# Added with the shared concept inventory (concepts.txt).
heading: residentes de nevada concept=us-state-rights
heading: direitos de privacidade estaduais concept=us-state-rights
heading: residentes no espaço económico europeu concept=eea-gdpr-notice
heading: usuários do espaço econômico europeu concept=eea-gdpr-notice
heading: conformidade com o rgpd concept=eea-gdpr-notice
body: vender ou compartilhar concept=do-not-sell
body: publicidade comportamental entre contextos concept=cross-context-advertising
body: incentivos financeiros concept=financial-incentives
body: 12 meses anteriores concept=preceding-12-months
body: últimos 12 meses concept=preceding-12-months
body: colorado concept=us-states
body: connecticut concept=us-states
body: rgpd concept=eu-gdpr
heading: utilizadores no reino unido weight=2 concept=eea-gdpr-notice
heading: residentes no reino unido weight=2 concept=eea-gdpr-notice
heading: usuários no reino unido weight=2 concept=eea-gdpr-notice
# Regional annexes and law acronyms as headings (APPI, PIPA, PIPL, ...): heading-only, never body terms.
heading: appi concept=jurisdiction-specific
heading: pipa concept=jurisdiction-specific
heading: pipl concept=jurisdiction-specific
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
heading: anexos regionais concept=jurisdiction-specific
heading: anexo regional concept=jurisdiction-specific
heading: aviso complementar para residentes concept=jurisdiction-specific
heading: leis de privacidade dos estados unidos concept=us-state-rights
heading: japão weight=1 concept=jurisdiction-specific
heading: coreia do sul weight=1 concept=jurisdiction-specific
heading: república da coreia weight=1 concept=jurisdiction-specific
heading: reino unido weight=1 concept=jurisdiction-specific

[third-party-sites]
heading: links para outros sites concept=links-to-other-sites
heading: sites de terceiros weight=2 concept=third-party-websites
heading: serviços de terceiros weight=3 concept=third-party-services
heading: links externos concept=links-to-other-sites
heading: ligações para outros sítios concept=links-to-other-sites
heading: sítios de terceiros weight=2 concept=third-party-websites
heading: redes sociais concept=social-media-plugins
body: links weight=2.5 concept=links
body: ligações weight=2 concept=links
body: hiperligaç* weight=2 concept=links
body: sites de terceiros weight=3 concept=other-sites
body: sítios de terceiros weight=3 concept=other-sites
body: websites de terceiros weight=3 concept=other-sites
body: não somos responsáveis weight=2.5 concept=not-responsible
body: não nos responsabilizamos weight=2.5 concept=not-responsible
body: suas próprias políticas weight=2.5 concept=their-privacy-policies
body: controle sobre weight=1.5 concept=not-responsible
body: plugin* weight=2 concept=plugins
body: redes sociais weight=2
body: externos weight=1.5 concept=other-sites
body: ao clicar weight=1.5 concept=links
body: recomendamos weight=1 concept=encourage-review
body: conteúdo weight=0.5 concept=content
# Added with the shared concept inventory (concepts.txt).
heading: outros sites concept=third-party-websites
heading: plugins de redes sociais concept=social-media-plugins
heading: políticas de privacidade de terceiros weight=2 concept=third-party-privacy-policies
heading: práticas de privacidade de terceiros concept=third-party-privacy-policies
body: aplicativos de terceiros concept=third-party-applications
body: aplicações de terceiros concept=third-party-applications
body: widgets concept=plugins
body: ao sair do nosso site concept=leave-our-site
body: revisar weight=0.5 concept=review
# Headings on the company's presence on social networks (concept social-media-presence).
heading: mídias sociais concept=social-media-presence
heading: presença nas redes sociais concept=social-media-presence
heading: perfis nas redes sociais concept=social-media-presence
# Headings on what other parties collect themselves (concept third-party-data-collection).
heading: coletados por terceiros concept=third-party-data-collection
heading: recolhidos por terceiros concept=third-party-data-collection
heading: dados coletados por terceiros concept=third-party-data-collection
heading: links de terceiros concept=links-to-other-sites
heading: sítios web de terceiros weight=2 concept=third-party-websites
heading: aplicações de terceiros weight=2 concept=third-party-services
heading: aplicativos de terceiros weight=2 concept=third-party-services
# Social networks named in the text (brand names, the same in every language).
body: facebook weight=1.5 concept=social-network-names
body: instagram weight=1.5 concept=social-network-names
body: linkedin weight=1.5 concept=social-network-names
body: twitter weight=1.5 concept=social-network-names
# Content of other providers embedded in our pages (videos, maps, social media plug-ins): what
# states the embedding weighs against the cookie, transfer and consent words around it.
heading: conteúdo incorporado concept=third-party-services
heading: conteúdos incorporados concept=third-party-services
heading: conteúdo de terceiros concept=third-party-services
heading: conteúdos de terceiros concept=third-party-services
heading: vídeos incorporados concept=third-party-services
heading: plug-ins concept=social-media-plugins
body: incorporado weight=2.5 concept=plugins
body: incorporados weight=2.5 concept=plugins
body: incorporamos weight=2.5 concept=plugins
body: conteúdo incorporado weight=2.5 concept=plugins
body: iframe* weight=3 concept=plugins
body: conteúdo de terceiros weight=3 concept=other-sites
body: conteúdos de terceiros weight=3 concept=other-sites
body: plug-in* weight=2 concept=plugins
body: youtube weight=2 concept=plugins
body: vimeo weight=2.5 concept=plugins
body: google maps weight=2.5 concept=plugins
body: modo de privacidade avançado weight=2.5 concept=plugins
body: conectado à sua conta weight=1.5 concept=plugins
body: applet* weight=2 concept=plugins
body: sua própria política de privacidade weight=2.5 concept=their-privacy-policies
# Outside tools named in a heading ("Uso de motores de tradução e bibliotecas de terceiros").
heading: bibliotecas de terceiros weight=2 concept=third-party-services
heading: ferramentas de terceiros weight=2 concept=third-party-services
heading: software de terceiros weight=2 concept=third-party-services
heading: motores de tradução concept=third-party-services
heading: serviços externos concept=third-party-services
heading: sdks de terceiros concept=third-party-services
heading: sdk de terceiros concept=third-party-services
heading: plugins de terceiros concept=third-party-services
heading: sincronização na nuvem concept=third-party-services
heading: sincronização em nuvem concept=third-party-services
heading: backup do icloud concept=third-party-services
heading: backup na nuvem concept=third-party-services
heading: sincronização com google drive concept=third-party-services
heading: sincronização e backup concept=third-party-services
# Network connections: the outside servers an app or site contacts (a cookie named in passing does not make them cookies).
heading: conexões de rede weight=2 concept=network-connections
heading: ligações de rede weight=2 concept=network-connections
heading: solicitações de rede weight=2 concept=network-connections
heading: conexões externas weight=2 concept=network-connections
heading: sai do seu dispositivo weight=2 concept=network-connections
heading: saem do seu dispositivo weight=2 concept=network-connections
heading: enviados para fora do seu dispositivo weight=2 concept=network-connections
heading: enviados pela internet weight=2 concept=network-connections
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
heading: alterações a esta política concept=changes-to-policy
heading: alterações nesta política concept=changes-to-policy
heading: alterações da política de privacidade concept=changes-to-policy
heading: atualizações desta política concept=policy-updates
heading: mudanças nesta política concept=changes-to-policy
heading: atualização da política concept=policy-updates
heading: modificações concept=amendments
heading: vigência concept=entry-into-force
body: alteraç* weight=2 concept=change-update
body: alterar weight=1.5 concept=change-update
body: atualiz* weight=2 concept=change-update
body: actualiz* weight=1.5 concept=change-update        # pre-1990-reform Portugal spelling
body: modific* weight=2 concept=change-update
body: mudanç* weight=1.5 concept=change-update
body: última atualização weight=3 concept=effective-date
body: data de vigência weight=2.5 concept=effective-date
body: entra em vigor weight=2 concept=effective-immediately
body: em vigor weight=1.5 concept=effective-date
body: periodicamente weight=2 concept=from-time-to-time
body: de tempos em tempos weight=2 concept=from-time-to-time
body: reservamo-nos o direito weight=2 concept=reserve-the-right
body: nos reservamos o direito weight=2 concept=reserve-the-right
body: revisar weight=1.5 concept=check-back
body: rever weight=1 concept=check-back
body: notific* weight=1.5 concept=notify-you
body: publicaremos weight=1.5 concept=posting
body: versão weight=1.5 concept=version
body: aviso weight=0.5 concept=notice
# Added with the shared concept inventory (concepts.txt).
heading: notificação de alterações concept=notification-of-changes
heading: aviso de alterações concept=notification-of-changes
heading: alterações concept=amendments
heading: revisões concept=amendments
heading: entrada em vigor concept=entry-into-force
heading: data de vigência concept=entry-into-force
body: alterações significativas concept=material-changes
body: alterações relevantes concept=material-changes
body: uso continuado concept=continued-use
body: utilização continuada concept=continued-use
body: versão mais recente concept=latest-version
body: versão atual concept=latest-version
body: de tempos a tempos concept=from-time-to-time
# Where a changed policy is posted: "(we will post the new policy) on this page".
body: nesta página weight=1 concept=posting
body: continuar a utilizar concept=continued-use
body: continuar usando concept=continued-use
body: continuar utilizando concept=continued-use

[contact]
heading: contato concept=contact-us
heading: contacto concept=contact-us
heading: fale conosco concept=contact-us
heading: contacte-nos concept=contact-us
heading: como entrar em contato concept=how-to-contact
heading: dados de contato concept=contact-information
heading: encarregado de proteção de dados concept=data-protection-officer
heading: encarregado pelo tratamento de dados pessoais concept=data-protection-officer
heading: dúvidas concept=questions
body: contat* weight=2 concept=please-contact
body: contact* weight=2 concept=please-contact
body: encarregado weight=2.5 concept=dpo
body: encarregado de proteção de dados weight=2.5 concept=dpo
body: dpo weight=2 concept=dpo
body: e-mail weight=0.5 concept=by-email                  # the bare word "email" is everywhere; "por e-mail" is the cue
body: correio eletrônico weight=0.5 concept=by-email
body: endereço postal weight=2 concept=postal-address
body: morada weight=2 concept=postal-address
body: telefone weight=1.5 concept=telephone
body: dúvidas weight=2 concept=questions-comments
body: perguntas weight=2 concept=questions-comments
body: questões weight=1.5 concept=questions-comments
body: fale conosco weight=2.5 concept=please-contact
body: entre em contato weight=2.5 concept=please-contact
body: atendimento weight=1.5 concept=customer-service
body: sac weight=1.5 concept=customer-service
body: rua weight=1 concept=postal-address
body: comentários weight=1 concept=questions-comments
# Added with the shared concept inventory (concepts.txt).
heading: informações de contato concept=contact-information
heading: dados de contacto concept=contact-information
heading: como nos contactar concept=how-to-contact
heading: como entrar em contacto connosco concept=how-to-contact
heading: perguntas concept=questions
heading: dúvidas e sugestões concept=questions
heading: encarregado da proteção de dados concept=data-protection-officer
body: por e-mail concept=by-email
body: por correio eletrónico concept=by-email
body: endereço weight=0.3 concept=address
# Terms the proposer found that the lexicon lacked.
body: alguma dúvida weight=2 concept=questions-comments
body: alguma pergunta weight=2 concept=questions-comments
body: entre em contacto weight=2.5 concept=please-contact
heading: fale com a gente concept=contact-us
heading: aviso legal concept=contact-information
heading: informação legal concept=contact-information
heading: ficha técnica concept=contact-information
# The controller's identity and address: "Controlador", "Responsável pelo tratamento".
heading: controlador dos dados concept=contact-information
heading: controlador concept=contact-information
heading: responsável pelo tratamento concept=contact-information
heading: dados do controlador concept=contact-information
heading: quem posso contatar concept=how-to-contact
heading: quem posso contactar concept=how-to-contact
heading: a quem me posso dirigir weight=3 concept=how-to-contact
heading: a quem posso me dirigir weight=3 concept=how-to-contact
heading: quem contatar concept=how-to-contact
heading: quem contactar concept=how-to-contact

[false-friends]
# Phrases that hold a cue word but mean something else: where one occurs, no entry
# overlapping it counts.
# A backup copy is no security practice of its own.
cópia de segurança
cópias de segurança
# A software update is not a change to the policy.
procurar atualizações
procura atualizações
procurar por atualizações
verificar atualizações
verificar se há atualizações
verificação de atualizações
buscar atualizações
atualização do aplicativo
atualizações do aplicativo
atualização da aplicação
atualizações da aplicação
atualização do app
atualizações do app
atualização de software
atualizações de software
atualização do software
atualizações do software
atualizações automáticas
# The version of an app is not the version of the policy.
versão do aplicativo
versão da aplicação
versão do app
versão do software
arquivo de versão
# App stores are shops, not storage.
app store
apple app store
mac app store
microsoft store
windows store
play store
google play store
apple store
# Rastreamento de contatos e notificações de exposição (apps de saúde): os "contatos" são pessoas
# expostas, não a secção de contacto; as "chaves de diagnóstico" não são diagnósticos da app.
rastreamento de contatos
rastreamento de contactos
rastreio de contactos
rastreio de contatos
contatos de risco
contactos de risco
contato de risco
contacto de risco
contatos próximos
contactos próximos
notificação de exposição
notificações de exposição
chave de diagnóstico
chaves de diagnóstico
