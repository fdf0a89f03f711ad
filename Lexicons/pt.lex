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

[intro]
heading: introdução
heading: quem somos
heading: sobre nós
heading: sobre esta política
heading: âmbito de aplicação
heading: escopo
heading: objetivo
heading: informações gerais
heading: controlador dos dados
heading: responsável pelo tratamento
body: esta política de privacidade weight=0.5
body: aplica-se weight=1.5
body: se aplica weight=1.5
body: âmbito weight=2
body: escopo weight=2
body: ao utilizar weight=1.5
body: ao usar weight=1.5
body: ao acessar weight=1.5
body: ao aceder weight=1.5
body: aceit* weight=1.5
body: concorda weight=1.5
body: doravante weight=2
body: descreve weight=1
body: controlador weight=1.5
body: responsável pelo tratamento weight=1.5
body: cnpj weight=1.5
body: sede weight=1
body: termos de uso weight=1
body: site weight=0.3

[definitions]
heading: definições
heading: glossário
heading: termos definidos
heading: conceitos
heading: terminologia
heading: interpretação
body: significa weight=3
body: entende-se por weight=3
body: refere-se weight=2
body: designa weight=2
body: para efeitos de weight=2
body: para fins desta weight=2
body: nos termos de weight=1
body: definiç* weight=2
body: termo* weight=1
body: dado pessoal weight=1.5
body: titular dos dados weight=1
body: operador weight=1.5
body: anonimização weight=1.5
body: pseudonimização weight=1.5
body: qualquer informação weight=1
body: inclui weight=0.5

[collection]
heading: informações que coletamos
heading: dados que coletamos
heading: quais dados coletamos
heading: dados que recolhemos
heading: recolha de dados
heading: coleta de dados
heading: coleta de informações
heading: categorias de dados
heading: origem dos dados
heading: como obtemos os seus dados
body: colet* weight=2
body: recolh* weight=2
body: obtemos weight=1.5
body: obtidos weight=1
body: categorias de dados weight=2
body: nos fornece weight=2
body: fornecidos por você weight=2
body: automaticamente weight=1.5
body: formulário* weight=1.5
body: nome completo weight=1.5
body: endereço de e-mail weight=1.5
body: número de telefone weight=1.5
body: endereço ip weight=1.5
body: dados de navegação weight=1.5
body: dados cadastrais weight=2
body: cpf weight=2
body: dados de pagamento weight=1
body: tipo de navegador weight=1
body: geolocalização weight=1
body: fontes weight=1.5

[use]
heading: como usamos suas informações
heading: como utilizamos os seus dados
heading: uso das informações
heading: utilização dos dados
heading: finalidade do tratamento
heading: finalidades do tratamento
heading: para que utilizamos os seus dados
heading: para que usamos seus dados
heading: como utilizamos
heading: como usamos
heading: finalidades
body: finalidade* weight=2.5
body: fins weight=2
body: com a finalidade de weight=2
body: a fim de weight=1.5
body: utiliz* weight=1.5
body: usamos weight=1.5
body: para prestar weight=1.5
body: gerenci* weight=1.5
body: gerir weight=1.5
body: atender weight=1.5
body: processar weight=1
body: melhorar weight=1.5
body: personaliz* weight=1.5
body: criação de perfis weight=2
body: definição de perfis weight=2
body: decisões automatizadas weight=1.5
body: prevenção de fraudes weight=1.5
body: estatístic* weight=1
body: enviar weight=1

[legal-basis]
heading: base legal
heading: bases legais
heading: bases legais para o tratamento
heading: fundamento jurídico
heading: fundamentos jurídicos
heading: licitude do tratamento
heading: hipóteses legais
body: base legal weight=3
body: bases legais weight=3
body: fundamento jurídico weight=3
body: fundamento legal weight=3
body: legítimo interesse weight=3
body: interesse legítimo weight=3
body: interesses legítimos weight=3
body: execução de contrato weight=2.5
body: execução do contrato weight=2.5
body: procedimentos preliminares weight=2
body: diligências pré-contratuais weight=2
body: obrigação legal ou regulatória weight=2.5
body: cumprimento de obrigação legal weight=2.5
body: obrigação legal weight=2
body: exercício regular de direitos weight=2.5
body: proteção do crédito weight=2
body: interesse público weight=2
body: artigo 6 weight=2
body: artigo 7 weight=2
body: licitude weight=2
body: hipótese* weight=2
body: consentimento weight=1

[consent]
heading: consentimento
heading: seu consentimento
heading: o seu consentimento
heading: revogação do consentimento
heading: retirada do consentimento
heading: como retirar o seu consentimento
heading: aceitação
body: consent* weight=2.5
body: revog* weight=2.5
body: retirar weight=2.5
body: retirada weight=2
body: a qualquer momento weight=1
body: sem comprometer a licitude weight=2
body: licitude do tratamento efetuado com base no consentimento weight=2
body: manifestação weight=1.5
body: expresso weight=1
body: inequívoc* weight=1.5
body: livre weight=0.5
body: aceita weight=1
body: caixa de seleção weight=1.5
body: assinalar weight=1.5
body: autoriz* weight=1.5

[sharing]
heading: compartilhamento de dados
heading: compartilhamento de informações
heading: partilha de dados
heading: com quem compartilhamos seus dados
heading: com quem partilhamos os seus dados
heading: divulgação de informações
heading: destinatários dos dados
heading: comunicação de dados a terceiros
body: compartilh* weight=2.5
body: partilh* weight=2.5
body: destinatário* weight=2.5
body: divulg* weight=2
body: revelar weight=1.5
body: terceiros weight=1
body: prestadores de serviços weight=2
body: fornecedores weight=1.5
body: parceiros weight=1.5
body: operadores weight=1.5
body: subcontratantes weight=2
body: empresas do grupo weight=2
body: afiliadas weight=1.5
body: autoridades weight=1.5
body: ordem judicial weight=1.5
body: requisição weight=1.5
body: fusão weight=2
body: aquisição weight=1.5
body: venda weight=1
body: não vendemos weight=2

[cookies]
heading: cookies
heading: política de cookies
heading: uso de cookies
heading: utilização de cookies
heading: cookies e tecnologias semelhantes
heading: tecnologias de rastreamento
heading: tecnologias de rastreio
heading: o que são cookies
body: cookie* weight=3
body: web beacons weight=2
body: pixel* weight=2
body: pequenos arquivos weight=2.5
body: pequenos ficheiros weight=2.5
body: arquivos de texto weight=2
body: ficheiros de texto weight=2
body: tecnologias semelhantes weight=2
body: tecnologias similares weight=2
body: arquivos de log weight=2
body: registros de acesso weight=2
body: google analytics weight=2
body: analític* weight=1.5
body: cookies de sessão weight=2
body: persistentes weight=2
body: rastreamento weight=1.5
body: rastreio weight=1.5
body: armazenad* weight=1
body: configurações do navegador weight=1.5
body: definições do navegador weight=1.5
body: navegador weight=1
body: dispositivo weight=0.5

[advertising]
heading: publicidade
heading: marketing
heading: comunicações de marketing
heading: comunicações comerciais
heading: publicidade personalizada
heading: publicidade baseada em interesses
heading: newsletter
heading: ofertas e promoções
body: publicidade weight=2.5
body: publicitári* weight=2.5
body: anúncio* weight=2.5
body: anunciantes weight=2.5
body: redes de publicidade weight=2.5
body: comunicações comerciais weight=2.5
body: comunicações de marketing weight=2.5
body: marketing weight=2
body: promoç* weight=2
body: promocion* weight=2
body: newsletter* weight=2
body: baseada em interesses weight=2
body: remarketing weight=2
body: campanhas weight=1.5
body: ofertas weight=1.5
body: interesses weight=0.5

[do-not-track]
heading: do not track
heading: não rastrear
heading: sinais de não rastrear
heading: sinais do not track
heading: controle global de privacidade
heading: sinais de preferência
body: do not track weight=3
body: não rastrear weight=3
body: não rastreamento weight=2.5
body: dnt weight=3
body: global privacy control weight=3
body: controle global de privacidade weight=3
body: controlo global de privacidade weight=3
body: gpc weight=3
body: sinal weight=2
body: sinais weight=2
body: não respondemos weight=2
body: padrão weight=1.5
body: rastreamento weight=1
body: preferência* weight=1
body: navegador weight=1

[choices]
heading: suas escolhas
heading: suas opções
heading: as suas opções
heading: cancelar a inscrição
heading: descadastramento
heading: opções de comunicação
heading: preferências de comunicação
heading: controle das suas informações
body: cancelar a inscrição weight=3
body: cancelar a subscrição weight=3
body: descadastr* weight=3
body: opt-out weight=2
body: optar weight=2
body: pode escolher weight=2.5
body: opções weight=2
body: escolhas weight=2
body: preferências weight=1.5
body: desativar weight=1.5
body: recusar weight=1.5
body: não fornecer weight=1.5
body: configurações weight=1
body: definições weight=1
body: link weight=1
body: decidir weight=1
body: receber weight=0.5

[rights]
heading: seus direitos
heading: os seus direitos
heading: direitos do titular
heading: direitos dos titulares
heading: direitos do titular dos dados
heading: como exercer os seus direitos
heading: exercício de direitos
heading: quais são os seus direitos
heading: acessar ou atualizar weight=2
heading: acess* weight=1.5               # "acessar/atualizar": access (to your data) is a right
heading: consultar ou atualizar weight=2
body: direito de acesso weight=3
body: pode acessar weight=2
body: pode aceder weight=2
body: agente* autorizad* weight=2.5
body: confirmação da existência de tratamento weight=3
body: retificação weight=3
body: correção weight=2.5
body: apagamento weight=3
body: eliminação weight=2.5
body: bloqueio weight=2
body: portabilidade weight=3
body: oposição weight=2.5
body: limitação do tratamento weight=3
body: direito ao esquecimento weight=2.5
body: revisão de decisões automatizadas weight=2
body: exerc* weight=2.5
body: direitos weight=1.5
body: autoridade de controle weight=2.5
body: autoridade nacional de proteção de dados weight=3
body: anpd weight=3
body: cnpd weight=3
body: reclamação weight=2
body: petição weight=1.5
body: cópia weight=1
body: verificar a sua identidade weight=1.5

[retention]
heading: retenção de dados
heading: conservação dos dados
heading: armazenamento de dados
heading: período de retenção
heading: prazo de conservação
heading: por quanto tempo mantemos seus dados
heading: por quanto tempo conservamos os seus dados
heading: término do tratamento
body: reten* weight=2.5
body: conserv* weight=2.5
body: armazen* weight=1.5
body: manter weight=1.5
body: mantidos weight=1.5
body: prazo* weight=2
body: prazos legais weight=2
body: período weight=1.5
body: pelo tempo necessário weight=3
body: pelo período necessário weight=3
body: enquanto for necessário weight=3
body: término do tratamento weight=2.5
body: prescrição weight=2
body: elimin* weight=1.5
body: excluir weight=1.5
body: destruir weight=1
body: anonimiz* weight=1.5
body: anos weight=1
body: meses weight=1

[security]
heading: segurança
heading: segurança dos dados
heading: segurança da informação
heading: medidas de segurança
heading: como protegemos seus dados
heading: como protegemos os seus dados
heading: proteção das informações
body: segurança weight=2
body: medidas técnicas e organizativas weight=3
body: medidas técnicas e administrativas weight=3
body: medidas técnicas weight=2
body: criptograf* weight=2.5
body: encript* weight=2.5
body: cifrad* weight=2
body: ssl weight=2
body: tls weight=2
body: acesso não autorizado weight=2.5
body: acessos não autorizados weight=2.5
body: perda weight=1.5
body: alteração weight=1.5
body: confidencialidade weight=2
body: firewall* weight=2
body: incidente de segurança weight=2.5
body: violação de dados weight=2
body: senha weight=1.5
body: palavra-passe weight=1.5
body: nenhum sistema weight=2
body: proteger weight=1
body: garantir weight=0.5

[children]
heading: crianças
heading: menores
heading: menores de idade
heading: crianças e adolescentes
heading: privacidade das crianças
heading: dados de menores
heading: idade mínima
body: crianças weight=3
body: menores weight=3
body: menor de idade weight=3
body: adolescentes weight=2.5
body: idade weight=2
body: pais weight=2.5
body: responsável legal weight=2.5
body: responsáveis legais weight=2.5
body: tutor legal weight=2
body: consentimento dos pais weight=2.5
body: consentimento parental weight=2
body: melhor interesse weight=2
body: 13 anos weight=2
body: 16 anos weight=2
body: 18 anos weight=1.5
body: intencionalmente weight=1.5
body: conscientemente weight=1.5
body: coppa weight=3

[international]
heading: transferência internacional de dados
heading: transferências internacionais
heading: transferências internacionais de dados
heading: transferência de dados
heading: transferências para fora do eee
heading: onde armazenamos seus dados
heading: localização dos dados
body: transfer* weight=2.5
body: internacion* weight=2
body: outros países weight=2
body: países terceiros weight=3
body: fora do brasil weight=2.5
body: fora do espaço económico europeu weight=3
body: espaço económico europeu weight=2
body: eee weight=2
body: cláusulas contratuais padrão weight=3
body: cláusulas contratuais-tipo weight=3
body: decisão de adequação weight=3
body: nível de proteção adequado weight=2.5
body: grau de proteção weight=2
body: garantias adequadas weight=2
body: data privacy framework weight=2.5
body: estados unidos weight=1.5
body: servidores weight=1.5
body: união europeia weight=1
body: localizad* weight=1

[regional]
heading: residentes da califórnia
heading: aviso para residentes da califórnia
heading: direitos de privacidade da califórnia
heading: usuários no brasil
heading: utilizadores no espaço económico europeu
heading: disposições específicas por país
heading: informações adicionais para determinadas jurisdições
heading: avisos regionais
body: califórnia weight=3
body: ccpa weight=3
body: cpra weight=3
body: lei de privacidade do consumidor da califórnia weight=3
body: shine the light weight=2.5
body: resident* weight=2
body: consumidor* weight=1.5
body: venda de informações pessoais weight=2
body: informações pessoais sensíveis weight=1.5
body: nevada weight=2.5
body: virgínia weight=2
body: lgpd weight=1.5           # main law of Brazilian policies, so only moderately regional
body: brasil weight=1
body: portugal weight=1
body: canadá weight=1.5
body: pipeda weight=2.5
body: jurisdição weight=1.5
body: estado weight=0.5

[third-party-sites]
heading: links para outros sites
heading: sites de terceiros
heading: serviços de terceiros
heading: links externos
heading: ligações para outros sítios
heading: sítios de terceiros
heading: redes sociais
body: links weight=2.5
body: ligações weight=2
body: hiperligaç* weight=2
body: sites de terceiros weight=3
body: sítios de terceiros weight=3
body: websites de terceiros weight=3
body: não somos responsáveis weight=2.5
body: não nos responsabilizamos weight=2.5
body: suas próprias políticas weight=2.5
body: controle sobre weight=1.5
body: plugin* weight=2
body: redes sociais weight=2
body: externos weight=1.5
body: ao clicar weight=1.5
body: recomendamos weight=1
body: conteúdo weight=0.5

[changes]
heading: alterações a esta política
heading: alterações nesta política
heading: alterações da política de privacidade
heading: atualizações desta política
heading: mudanças nesta política
heading: atualização da política
heading: modificações
heading: vigência
body: alteraç* weight=2
body: alterar weight=1.5
body: atualiz* weight=2
body: actualiz* weight=1.5        # pre-1990-reform Portugal spelling
body: modific* weight=2
body: mudanç* weight=1.5
body: última atualização weight=3
body: data de vigência weight=2.5
body: entra em vigor weight=2
body: em vigor weight=1.5
body: periodicamente weight=2
body: de tempos em tempos weight=2
body: reservamo-nos o direito weight=2
body: nos reservamos o direito weight=2
body: revisar weight=1.5
body: rever weight=1
body: notific* weight=1.5
body: publicaremos weight=1.5
body: versão weight=1.5
body: aviso weight=0.5

[contact]
heading: contato
heading: contacto
heading: fale conosco
heading: contacte-nos
heading: como entrar em contato
heading: dados de contato
heading: encarregado de proteção de dados
heading: encarregado pelo tratamento de dados pessoais
heading: dúvidas
body: contat* weight=2
body: contact* weight=2
body: encarregado weight=2.5
body: encarregado de proteção de dados weight=2.5
body: dpo weight=2
body: e-mail weight=1
body: correio eletrônico weight=1.5
body: endereço postal weight=2
body: morada weight=2
body: telefone weight=1.5
body: dúvidas weight=2
body: perguntas weight=2
body: questões weight=1.5
body: fale conosco weight=2.5
body: entre em contato weight=2.5
body: atendimento weight=1.5
body: sac weight=1.5
body: rua weight=1
body: comentários weight=1
