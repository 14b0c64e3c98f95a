import json,collections
Q=[]
def f(lang,history,question,standalone,answer,numbers,doc,pages,quotes,image=False):
    d={"id":None,"lang":lang,"type":"followup","history":history,"question":question,"standalone":standalone,
       "answer":answer,"numbers":numbers,"doc":doc,"pages":pages,"quotes":quotes}
    if image: d["quote_source"]="image"
    Q.append(d)
S="brf-husarvikens-strand-badenc"; M="brf-smultronstallet-ytterby-2023"; A="gbg-arsredogorelse-2022"
H="brf-hjorthagen-scanned"; K="kalmar-nation-arsbokslut-2025"; G="granskning-budgetprocessen-2023"
Y="gbg-granskning-nyanlanda-2026"; E="gbg-granskning-energianvandning-2024"; B="gbg-revisionsberattelse-2024"
I="simrishamn-kfn-budgetskrivelse-investeringar-2027-2031"; U="run-verksamhetsberattelse-2023-08"
W="gbg-granskning-hemvardsbidrag-2023"; O="gbg-granskning-verksamhetsfordon-2022"; Z="gbg-granskning-skyfall-2022"
R="gbg-granskning-privata-utforare-2024"

# ---- elliptical (18)
f("sv",["Vad blev årets resultat för Brf Husarvikens Strand 2023?"],"Och 2022?",False,
  "2022 var resultatet -421 790 kr, alltså en mindre förlust än 2023 (-909 600 kr).",
  ["-421 790"],S,[7],["Resultat efter finansiella poster -909 600 -421 790"])
f("en",["Hur mycket höjs avgiften i Brf Husarvikens Strand inför 2024?"],"And why?",False,
  "Because a loan will be renewed later in 2024 at a higher interest rate than today, which together with other cost adjustments during the year made the board decide on a 5 % fee increase.",
  ["5%"],S,[5],["I budgetarbetet inför 2024 observeras att ett lån kommer att omsättas under den senare delen av året till en högre ränta än den nuvarande.",
   "Det tillsammans med övriga kostnadsjusteringar som skett under året innebar att styrelsen tog beslut om en avgiftshöjning på 5% inför 2024."],True)
f("sv",["Hur mycket höjdes årsavgiften i Brf Smultronstället i Ytterby 2023?"],"Och till 2024?",False,
  "Inför 2024 är en höjning med 3 % registrerad, från 1 januari 2024.",
  ["3%"],M,[3],["Årsavgiften förändrades fr.o.m. 2023-01-01 med +10%. En förändring av årsavgiften med +3% per 2024-01-01 är registrerad."])
f("sv",["Vem var ordförande i Stadsrevisionen i Göteborg under 2022?"],"Och vice ordförande?",False,
  "Vice ordförande var Sven Andersson (M); ordförande var Bengt Bivall (V).",
  [],A,[32],["Bengt Bivall, ordförande (V ) Sven Andersson, vice ordförande (M) Monika Bandi (D)"])
f("en",["Hur mycket höjer Brf Hagelbössan i Hjorthagen årsavgiften från januari 2024?"],"And the rent for the rental flats?",False,
  "Rents for the rental flats go up by 5.8 % from 1 April 2024, approved by the tenants' union and the property owners' association (the annual fee rises by 25 % from 1 January 2024).",
  ["5,8%"],H,[8],["Dessutom har vi ökat hyresintäkter för bostäder med 5,8% från och med den 1 april 2024, vilket godkänts av Hyresgästföreningen och Fastighetsägarna."],True)
f("sv",["Vad blev Kalmar nations resultat 2025?"],"Och året innan?",False,
  "2024 gjorde nationen en förlust på 3 001 485,05 kr, främst på grund av en nedskrivning av finansiella anläggningstillgångar på 3 329 706 kr.",
  ["-3,001,485.05","-3,329,706.00"],K,[3],["Nedskrivningar av finansiella anläggningstillgångar och kortfristiga placeringar 0.00 -3,329,706.00",
   "Resultat efter finansiella poster 645,262.92 -3,001,485.05 Årets resultat 645,262.92 -3,001,485.05"])
f("sv",["Vad rekommenderar revisorn om Kalmar nations bokslut för 2025?"],"Vem är det som har skrivit revisionsberättelsen?",False,
  "Revisionsberättelsen är skriven av Kent Lundgren, revisor för verksamhetsåret 2025.",
  [],K,[8],["Revisionsberättelse 2025 Kalmar nation vid Lunds Universitet The Seniors Board Kent Lundgren Revisor"])
f("sv",["Hur stort underskott budgeterade Region Kalmar län i regionplanen 2023–2025?"],"Fanns det någon reserv att ta av?",False,
  "Ja, vid årsskiftet 2022/2023 hade regionen en resultatutjämningsreserv på 341 mnkr som kan användas från 2023.",
  ["341 mnkr"],G,[6],["Vid årsskiftet 2022/2023 har Region Kalmar län en resultatutjämningsreserv på 341 mnkr, som kan användas 2023 och framåt."])
f("en",["What budget deviation did Region Kalmar's health care administration forecast in August 2023?"],"And the public transport committee?",False,
  "The public transport committee's full-year forecast in August 2023 was a deviation of -55 million kronor, smaller than in earlier years (up to about 100 million a year).",
  ["-55 mnkr"],G,[7],["Bedömd helårsprognos i delårsrapporten per augusti 2023 är dock något mindre, -55 mnkr."])
f("sv",["Vilka rekommendationer fick grundskolenämnden i granskningen av introduktion och utbildning för nyanlända?"],"Och vilka andra nämnder delar ansvaret för området?",False,
  "Förutom grundskolenämnden ansvarar nämnden för arbetsmarknad och vuxenutbildning, socialnämnden Centrum och utbildningsnämnden, totalt fyra nämnder.",
  [],Y,[4],["I Göteborgs Stad är det fyra nämnder som ansvarar för området: nämnden för arbetsmarknad och vuxenutbildning, socialnämnden Centrum, grundskolenämnden samt utbildningsnämnden."])
f("sv",["Vad rekommenderas stadsfastighetsnämnden i granskningen av energianvändningen i bostäder och lokaler?"],"Och Higab?",False,
  "Higab rekommenderas, liksom de andra, att ta hand om åtgärderna i fullmäktiges energiplan mer systematiskt. Revisorerna anser också att Higabs styrelse bör fastställa ett specificerat målvärde för den totala energianvändningen per kvadratmeter.",
  [],E,[2,3],["Styrelsen bör fastställa ett specificerat målvärde för den totala energianvändningen per kvadratmeter.",
   "Stadsfastighetsnämnden, idrotts- och föreningsnämnden, Familjebostäder i Göteborg AB och Higab AB rekommenderas att omhänderta åtgärderna i fullmäktiges energiplan mer systematiskt."])
f("en",["Vilken kritik riktades mot grundskolenämnden i revisionsberättelsen för Göteborgs Stad 2024?"],"Which other committee got a remark, and why?",False,
  "The procurement committee (inköps- och upphandlingsnämnden) also got a remark, because it decided to boycott goods from certain states, which breaks the Local Government Act.",
  [],B,[1],["Anmärkning har riktats mot inköps- och upphandlingsnämnden. Anledningen är att nämnden fattat ett beslut om bojkott av varor från vissa stater, vilket är i strid mot kommunallagen."])
f("sv",["Hur röstade inköps- och upphandlingsnämnden om att bojkotta varor från vissa stater?"],"Vilka röstade nej?",False,
  "Nej röstade Sarah Ullmark (M), Björn Oxe (M), Ditte Nörby (L) och Jim Posio (SD).",
  [],B,[52],["Nej-röster: Sarah Ullmark (M), Björn Oxe (M), Ditte Nörby (L) och Jim Posio (SD)."])
f("sv",["Hur mycket äskar kultur- och fritidsnämnden i Simrishamn för nya lokaler vid Tobisviksbadet?"],"Vad händer om det inte blir av?",False,
  "Då måste hela anläggningen stänga; utan upprustning blir den förr eller senare tvungen att stänga av arbetsmiljö- eller säkerhetsskäl.",
  [],I,[11],["Konsekvens vid ej genomförd Om investeringen inte genomförs kommer hela anläggningen",
   "Om ingen upprustning sker kommer anläggningen förr eller senare bli tvungen att stänga på grund av arbetsmiljömässiga och/eller säkerhetsskäl."])
f("en",["How much is budgeted for a new artificial turf pitch at Korsavad in Simrishamn?"],"And the one in Skillinge?",False,
  "The new artificial turf pitch at Skillinge IP is also 10 million kronor (10 000 tkr), planned for 2028 instead of 2027.",
  ["10 000 tkr"],I,[15],["Projektnamn Ny konstgräsplan Skillinge Investeringsutgift 2028 10 000 tkr Status Nytt"])
f("sv",["Vad är helårsprognosen för regionala utvecklingsnämnden 2023?"],"Och i procent av budgeten?",False,
  "Prognosen 197 638 tkr motsvarar cirka 96,5 % av budgeten på 204 846 tkr.",
  ["197 638","204 846"],U,[15],["Summa 204 846 106 668 52 103 927 197 638"])
f("en",["Which committees in Gothenburg handle the home-care allowance (hemvårdsbidrag)?"],"And when were the city's rules for it adopted?",False,
  "The rules were adopted by the city council in 2005.",
  ["2005"],W,[4],["Göteborgs Stads regler för hemvårdsbidrag beslutades av kommunfullmäktige 2005."])
f("sv",["Vilken verksamhet följer systematiskt upp hur tjänstebilarna används enligt granskningen av verksamhetsfordon?"],"Och vilken nämnd har personliga körjournaler i alla bilar?",False,
  "Park- och naturnämnden är den enda som har personlig körjournal installerad på samtliga bilar (med vissa undantag för äldre bilar).",
  [],O,[4],["Det är endast park- och naturnämnden som har valt att ha personlig körjournal installerad på samtliga bilar"])

# ---- standalone (12)
f("sv",["Vad blev resultatet för Brf Smultronstället i Ytterby 2023?"],"Vilka lån har Smultronstället och hos vilken bank?",True,
  "Tre lån hos Nordea Hypotek på totalt 16 931 500 kr: 5 237 500 kr till 0,76 % (villkorsändras 2026-08-19), 7 609 000 kr till 3,96 % (2025-02-19) och 4 085 000 kr till 1,00 % (2025-05-21). Nästa års amortering är 100 000 kr.",
  ["16 931 500","5 237 500","7 609 000","4 085 000"],M,[14],
  ["Nordea Hypotek AB39758216694 0,76% 2026-08-19 5 237 500 0 Nordea Hypotek AB39758324764 3,96% 2025-02-19 7 609 000 0",
   "Nordea Hypotek AB39788976786 1,00% 2025-05-21 4 085 000 100 000 16 931 500 100 000"])
f("sv",["Vem reviderade Brf Norra Djurgårdsstaden 2023?"],"Vem reviderade Brf Smultronstället i Ytterby?",True,
  "Susanne Andersson från BoRevision AB, vald av stämman som revisor.",
  [],M,[3],["Revisorer har varit: Susanne Andersson, BoRevision AB, vald av stämman som revisor."])
f("en",["Hur mycket höjdes avgifterna i Brf Norra Djurgårdsstaden 2023?"],"What interest rate does the Husarvikens Strand cooperative pay on its Nordea loan that is renegotiated in October 2024?",True,
  "0.70 % on that loan of 3 200 000 kr (renegotiation date 2024-10-16). Its other two Nordea loans carry 1.58 % and 0.93 %.",
  ["0,70","3 200 000"],S,[14],["Nordea 0,70 2024-10-16 3 200 000 3 200 000 Nordea 1,58 2026-02-18 3 400 000 3 400 000"],True)
f("sv",["Vad rekommenderar stadsrevisionen kommunstyrelsen när det gäller skyfall?"],"Vilket långsiktigt mål om översvämningar har kommunfullmäktige beslutat?",True,
  "Att Göteborg ska göras robust mot dagens och framtidens översvämningar genom att säkra grundläggande samhällsfunktioner och stora samhällsvärden. Revisorerna anser dock att målet inte ger tillräcklig vägledning.",
  [],Z,[3],["Göteborg ska göras robust mot dagens och framtidens översvämningar genom att säkra grundläggande samhällsfunktioner och stora samhällsvärden."])
f("sv",["Vilka varor ville inköps- och upphandlingsnämnden i Göteborg sluta köpa in?"],"När upphävde förvaltningsrätten bojkottbeslutet, och när vann domen laga kraft?",True,
  "Förvaltningsrätten upphävde beslutet i sin dom den 12 september 2024, och domen vann laga kraft den 17 oktober 2024.",
  [],B,[48],["Förvaltningsrätten beslutade i sin dom den 12 september 2024 att beslutet om bojkott ska upphävas, vilket vann laga kraft den 17 oktober 2024."])
f("sv",["Vad svarade regionstyrelsen i Region Kalmar län på rekommendationen om ett längre tidsperspektiv i budgeteringen?"],"Vilka övergripande mål har Region Kalmar län haft i regionplanerna 2021–2024?",True,
  "Fem mål: nöjda invånare och samarbetspartners, hållbar utveckling i hela länet, Sveriges bästa kvalitet, tillgänglighet och säkerhet, en av Sveriges bästa arbetsplatser samt god ekonomisk hushållning.",
  [],G,[6],["Nöjda invånare och samarbetspartners • Hållbar utveckling i hela länet • Sveriges bästa kvalitet, tillgänglighet och säkerhet • En av Sveriges bästa arbetsplatser • God ekonomisk hushållning"])
f("en",["What is the overall assessment in the audit of Gothenburg's work against honour-related violence?"],"Why did the city auditors criticise the compulsory school committee in their 2022 annual report?",True,
  "Because the review found extensive and serious shortcomings in the special school for pupils with intellectual disabilities (grundsärskolan), for example pupils not getting the teaching and support they are entitled to; the auditors gave the committee a formal remark (anmärkning).",
  [],A,[5],["Vår granskning visade att det fanns omfattande och allvarliga brister i grundsärskolan.",
   "Mot bakgrund av ovanstående brister i granskningen av grundsärskolan riktar stadsrevisionen kritik till grundskolenämnden i form av en anmärkning."])
f("sv",["Hur gick det för Stadsrevisionens ekonomi 2022 jämfört med budget?"],"Hur många anställda hade Stadsrevisionen i slutet av 2022?",True,
  "34 medarbetare, varav 24 yrkesrevisorer.",
  ["34","24"],A,[45],["Stadsrevisionen hade vid utgången av 2022 totalt 34 medarbetare varav 24 yrkesrevisorer."])
f("en",["Hur mycket äskar kultur- och fritidsnämnden i Simrishamn för en kulturbuss?"],"What would a sorting system for the library in Simrishamn cost, and in which year?",True,
  "1 500 tkr (1.5 million kronor), planned for 2030.",
  ["1500 tkr"],I,[19],["Projektnamn Sorteringsanläggning Biblioteket Investeringsutgift 2030 1500 tkr Status Nytt"])
f("sv",["Hur stort var regionala utvecklingsnämndens utfall januari–augusti 2023?"],"Vilka risker följs upp i internkontrollen när det gäller köpt verksamhet?",True,
  "Två risker: att avtal för konsulttjänster och gästlärare saknas eller att debiteringen inte stämmer med avtalet, och avvikelser från den nya överenskommelsen om ersättning för mobilitetsstöd med tillhörande avtal.",
  [],U,[19],["risk att avtal för konsulttjänster och gästlärare saknas eller att debitering inte överensstämmer med ingånget avtal",
   "risk för avvikelser från ny överenskommelse för ersättning av mobilitetsstöd och tillhörande avtal för administrativ hantering av dessa stöd"])
f("en",["How many of the ten private home-care providers that were checked had deviations?"],"What checks does Spink make on the private providers during the contract period?",True,
  "Spink checks suppliers daily through Creditsafe, asks IVO every six months for withdrawn permits, requires criminal-record extracts for all members of the foster family when an order is placed, and can stop recommending a provider that does not behave.",
  [],R,[5],["Utöver att göra dagliga kontroller av leverantörerna genom systemet Creditsafe begär man halvårsvis uppgifter om återkallade tillstånd från IVO.",
   "Om en utförare inte sköter sig kan Spink besluta om ett rekommendationsstopp till förvaltningarna."])
f("sv",["Vad bedömer revisorerna om arbetet med trygghet och studiero i Göteborgs skolor?"],"Hur ofta omprövas hemvårdsbidraget i Göteborg?",True,
  "Varje år: hemvårdsbidrag beviljas ett år i taget och ska därefter omprövas.",
  [],W,[4],["Hemvårdsbidrag beviljas på ett år i taget och ska därefter omprövas."])

for i,d in enumerate(Q,1): d["id"]=f"f28-{i:03d}"
with open('/work/blind/out/f28.jsonl','w') as fo:
    for d in Q: fo.write(json.dumps(d,ensure_ascii=False)+"\n")
print(len(Q),collections.Counter(d['standalone'] for d in Q),collections.Counter(d['lang'] for d in Q),len(set(d['doc'] for d in Q)))
