import json, collections
exec(open('/work/blind/out/gen_b29.py').read().split("items=[]")[0])
items=[]
def f(lang,history,question,standalone,answer,numbers,doc,pages,quotes):
    d={"lang":lang,"type":"followup","history":history,"question":question,"standalone":standalone,
       "answer":answer,"numbers":numbers,"doc":doc,"pages":pages,"quotes":quotes}
    if doc in IMG: d["quote_source"]="image"
    items.append(d)

# ----- elliptical (standalone False) -----
f("sv",["Hur stor är regionala utvecklingsnämndens budget för 2023?"],"Och helårsprognosen?",False,
  "Helårsprognosen för 2023 är 197 638 tkr, mot en budget på 204 846 tkr.",["197 638"],RUN,[15],
  ["Summa 204 846 106 668 52 103 927 197 638"])
f("en",["How much income had the regional development committee in Kalmar booked from January to August 2023?"],"And what is the forecast for the full year?",False,
  "The full-year forecast for income is 176 020 tkr (shown as -176 020), more than the budgeted 166 311 tkr.",["-176 020"],RUN,[15],
  ["Intäkter -166 311 -119 628 72 -116 590 -176 020"])
f("sv",["Vad kostar den nya konstgräsplanen på Korsavad i Simrishamn?"],"Och den i Skillinge, vilket år ligger den?",False,
  "Konstgräsplanen i Skillinge kostar också 10 000 tkr och ligger i budgeten för 2028.",["10 000"],SIM,[4],
  ["12 N Ny konstgräsplan Skillinge 0 10 000 0 0 0 10 000"])
f("en",["What is Simrishamn's total culture and leisure investment budget for 2027?"],"And for 2028?",False,
  "17 125 tkr in 2028.",["17 125"],SIM,[5],
  ["Summa investeringsbudget 37 525 17 125 7 475 5 775 4 075 71 975"])
f("sv",["Vad var Region Kalmar läns resultat 2022?"],"Och prognosen för 2023?",False,
  "Prognosen för 2023 var ett resultat på -334 mnkr (balanskravsresultat -229 mnkr), efter 198 mnkr 2022.",["-334","-229"],SIR,[7],
  ["2021 787 596 2022 198 504 2023 prognos -334 -229"])
f("sv",["Vilken budgetavvikelse prognostiserade kollektivtrafiknämnden i delårsrapporten per augusti 2023?"],"Och i april?",False,
  "I april 2023 var prognosen -68 mnkr (mot -55 mnkr i augusti).",["-68"],SIR,[27],
  ["Regionala utvecklingsnämnden 4 7 Kollektivtrafiknämnden -68 -55 Finansiella poster 185 242"])
f("en",["What did the regional executive board in Kalmar answer to the auditors' recommendation on a longer time perspective in planning?"],"And what status did it report?",False,
  "Started ('Påbörjat'): a long-term economic analysis for 2025–2034 began in February 2024 and will be updated every year.",[],FIK,[1],
  ["ska visa hur demografi, investeringsbehov och pensionskostnader påverkar regionens ekonomi på tio års sikt.",
   "analysen ska därefter uppdateras årligen inför arbetet med regionplanen. Status: Påbörjat"])
f("sv",["När skickades enkäten om budgetprocessen ut till förvaltningscheferna och ekonomicheferna i Region Kalmar län?"],"Och när ska de rapportera tillbaka om helheten?",False,
  "Regionstyrelsen avser att lämna en samlad återrapportering av arbetet med rekommendationerna i samband med årsredovisningen för 2024.",[],FIK,[3],
  ["Regionstyrelsen avser att lämna en samlad återrapportering av arbetet med rekommendationerna i samband med årsredovisningen för 2024."])
f("sv",["Hur stort kommunbidrag fick stadsrevisionen i Göteborg 2022?"],"Och 2021?",False,
  "36 300 tkr år 2021 (38 352 tkr år 2022).",["36 300"],ARS,[43],
  ["Kommunbidrag 38 352 38 352 36 300 Summa intäkter 43 566 43 462 41 458"])
f("en",["What was the total sick leave at Gothenburg's city audit office in 2022?"],"And the year before?",False,
  "5.0% in 2021, compared with 2.8% in 2022.",["5,0%"],ARS,[45],
  ["Den totala sjukfrånvaron låg under 2022 på 2,8% jämfört med 5,0% under 2021."])
f("sv",["Hur mycket av kompletteringsbudgeten avsatte grundskolenämnden i Göteborg till elevpengen för pensionskostnader?"],"Vem föreslog det?",False,
  "Det var ett yrkande från Socialdemokraterna, Vänsterpartiet och Miljöpartiet, som nämnden biföll.",[],REV,[38],
  ["Socialdemokraterna, Vänsterpartiet och Miljöpartiet har lagt ett yrkande om kompletteringsbudget daterat 2024-03-25."])
f("sv",["Hur röstade inköps- och upphandlingsnämnden om bojkotten av varor i juni 2024?"],"Och vad sa förvaltningsrätten sen?",False,
  "Förvaltningsrätten upphävde bojkottbeslutet i sin dom den 12 september 2024, och domen vann laga kraft den 17 oktober 2024.",[],REV,[48],
  ["Förvaltningsrätten beslutade i sin dom den 12 september 2024 att beslutet om bojkott ska upphävas, vilket vann laga kraft den 17 oktober 2024."])
f("sv",["Hur mycket höjdes årsavgifterna i Brf Hagelbössan 1 från 1 januari 2024?"],"Och hyrorna för hyresrätterna?",False,
  "Hyresintäkterna för bostäder höjdes med 5,8 % från 1 april 2024, godkänt av Hyresgästföreningen och Fastighetsägarna.",["5,8%"],HJO,[8],
  ["Dessutom har vi ökat hyresintäkter för bostäder med 5,8% från och med den 1 april 2024, vilket godkänts av Hyresgästföreningen och Fastighetsägarna."])
f("en",["What was Brf Smultronstället i Ytterby's net turnover in 2023?"],"And the result after financial items?",False,
  "265 tkr in 2023 (compared with −105 tkr in 2022).",["265"],SMU,[4],
  ["Nettoomsättning, tkr 2 698 2 481 2 394 2 235 2 213 Resultat efter finansiella poster, tkr 265 −105 −154 −400 144"])
f("sv",["Hur många lägenheter har Brf Husarvikens Strand?"],"Och hur många p-platser har föreningen?",False,
  "Föreningen disponerar 15 bilplatser och 1 MC-plats i kvarterets gemensamma garage; alla 15 har laddstolpar, varav 7 är aktiverade.",["15"],HUS,[3],
  ["Föreningen disponerar 15 parkeringsplatser för bil samt 1 MC-plats i kvarterets gemensamma garage med en sammanlagd yta om 290 kvm.",
   "Alla 15 parkeringsplatser är försedda med laddstolpar varav 7 st är aktiverade i dagsläget."])
f("en",["Which committees were reviewed in Gothenburg's audit of the work against honour-related violence and oppression?"],"And which of them were judged to have adequate preventive work?",False,
  "The social committees Hisingen and Nordost.",[],HED,[4],
  ["Vår bedömning är att socialnämnderna Hisingen och Nordost har ett ändamålsenligt förebyggande arbete mot hedersrelaterat våld och förtryck."])
f("sv",["Inom vilken tid ska en nyanländ högstadieelev få en individuell studieplan?"],"Och vem ansvarar för att den görs?",False,
  "Skolorna ansvarar för att upprätta studieplanerna i rätt tid och hanterar dem i läroplattformen V-klass.",[],NYA,[6],
  ["I Göteborgs Stad ansvarar skolorna för att upprätta dessa planer i rätt tid och de ska hantera studieplanerna"])
f("sv",["Vad blev Kalmar nations rörelseresultat 2025?"],"Och året innan?",False,
  "2024 var rörelseresultatet -233 tkr (-233 223,54 kr).",["-233","-233,223.54"],KAL,[2,3],
  ["Resultat före finansiella poster, tkr 41 -233 -90 -156",
   "Övriga rörelsekostnader -93.44 -3.55 Summa rörelsekostnader -4,414,980.96 -3,281,068.83 Rörelseresultat 41,232.16 -233,223.54"])

# ----- standalone (standalone True) -----
f("sv",["Hur stor budgetavvikelse väntas för Bildning i regionala utvecklingsnämndens helårsprognos 2023?"],
  "Vilka risker tar regionala utvecklingsnämndens internkontroll upp när det gäller köpt verksamhet?",True,
  "Risk att avtal för konsulttjänster och gästlärare saknas eller att debiteringen inte stämmer med avtalet, samt risk för avvikelser från den nya överenskommelsen om ersättning för mobilitetsstöd.",[],RUN,[19],
  ["risk att avtal för konsulttjänster och gästlärare saknas eller att debitering inte överensstämmer med ingånget avtal",
   "risk för avvikelser från ny överenskommelse för ersättning av mobilitetsstöd och tillhörande avtal för administrativ hantering av dessa stöd"])
f("en",["How much will the Valfisken project with a gaming room in Simrishamn cost in total?"],
  "How large a deficit did Region Kalmar län budget for in its 2024–2026 regional plan?",True,
  "177 million SEK (compared with 153 million SEK in the 2023–2025 plan).",["177"],SIR,[6],
  ["Regionen har i regionplanen 2023–2025 budgeterat med ett underskott på 153 mnkr. I regionplanen 2024–2026 budgeteras ett underskott på 177 mnkr."])
f("sv",["Hur många uppdrag till regiondirektören fanns i Region Kalmar läns regionplan 2023–2025?"],
  "Och vilket resultat exklusive realisationsvinster redovisade Göteborgs Stad 2022?",True,
  "1 681 miljoner kronor, och staden uppfyllde balanskravet.",["1 681"],ARS,[27],
  ["Göteborgs Stad uppfyller balanskravet år 2022 och redovisar ett resultat exklusive realisationsvinster på 1 681 miljoner kronor."])
f("sv",["Vilka brister hittade stadsrevisionen i hanteringen av privata medel för personer med funktionsnedsättning?"],
  "Vad kom granskningen av basala hygienrutiner i äldreomsorgen fram till?",True,
  "Arbetet bedrivs i huvudsak ändamålsenligt, men följsamheten till rutinerna behöver stärkas och ansvaret för att utbilda vikarier mellan verksamheten och bemanningsenheten behöver tydliggöras; två rekommendationer lämnades.",[],ARS,[21],
  ["Stadsrevisionen bedömer att arbetet med basala hygienrutiner i huvudsak bedrivs på ett ändamålsenligt sätt.",
   "Nämnden bör även säkerställa att ansvarsfördelningen är tydlig mellan verksamheten och bemanningsenheten vad gäller utbildning av vikarier."])
f("en",["Why did the auditors direct a formal remark at Gothenburg's compulsory school committee for 2024?"],
  "What share of Gothenburg's school principals say their responsibility is clear within the organisation?",True,
  "61% of the principals say it is clear, and the remaining 39% say it is partly clear.",["61","39"],REV,[25],
  ["Majoriteten av rektorerna (61 procent) svarar att deras ansvar som rektor är tydligt i organisationen och resterande 39 procent anser att det delvis är tydligt."])
f("sv",["Hur många medlemmar hade Brf Hagelbössan 1 vid slutet av 2023?"],
  "Hur många medlemmar hade Brf Norra Djurgårdsstaden vid årets slut?",True,
  "106 medlemmar vid räkenskapsårets slut (104 vid början; 14 tillkom och 12 avgick).",["106"],NDS,[6],
  ["Antalet medlemmar vid räkenskapsårets början var 104 st. Tillkommande medlemmar under året var 14 och avgående medlemmar under året var 12.",
   "Vid räkenskapsårets slut fanns det 106 medlemmar i föreningen."])
f("en",["Which organisations were covered by the audit of energy use in housing and premises in Gothenburg?"],
  "What does the audit say Higab's board should do about its energy target?",True,
  "The board should set a specified target value for total energy use per square metre in 2030; today it only refers to the council's goal of a 30 percent reduction.",[],ENE,[5],
  ["Higabs styrelse har under 2023 tydliggjort att bolaget arbetar utifrån fullmäktiges mål om att minska energianvändningen med 30 procent till år 2030.",
   "Vi bedömer att styrelsen bör fastställa ett specificerat målvärde för den totala energianvändningen per kvadratmeter år 2030."])
f("sv",["Vilka rekommendationer fick grundskolenämnden och utbildningsnämnden i granskningen av trygghet och studiero?"],
  "Vad säger granskningen av verksamhetsfordon om uppföljningen av elbilarna?",True,
  "Elbilarnas förbrukning följs inte upp lika noggrant som övriga bilars drivmedel; det behöver utvecklas eftersom risken för laddning för privat bruk kan öka när antalet elbilar växer.",[],FOR,[3],
  ["Elbilarnas förbrukning följs inte upp på samma noggranna sätt som övriga bilars drivmedelsförbrukning.",
   "Det är viktigt att utveckla denna uppföljning då risken för oegentligheter, i form av laddning för privat bruk, kan antas öka"])
f("sv",["Vilka nämnder handlägger hemvårdsbidrag i Göteborg?"],
  "Vad får hemvårdsbidraget i Göteborg användas till?",True,
  "Till att betala anhöriga för arbetsuppgifter som man normalt inte hjälper varandra med inom föräldraansvaret eller ett hushåll, för personer med betydande svårigheter som vårdas av anhöriga i hemmet.",[],HEM,[3],
  ["ska användas för att betala anhöriga för att utföra sådana arbetsuppgifter som man normalt sett inte hjälper varandra med inom ramen för föräldraansvaret eller en hushållsgemenskap."])
f("en",["How many employees did Kalmar Nation have on average in 2025?"],
  "How many board meetings did Brf Smultronstället i Ytterby hold during 2023?",True,
  "8 minuted board meetings.",["8"],SMU,[3],
  ["Styrelsen har under året hållit 8 protokollförda styrelsemöten. Firman tecknas två i förening av styrelsens ledamöter."])
f("sv",["Vilken nämnd bedriver Göteborgs Stads samlade avhopparverksamhet?"],
  "Ger stadens gemensamma rekryteringsprocess något stöd för att undvika att anställa personer med koppling till våldsbejakande extremism?",True,
  "Nej. Processen saknar metoder och beslutsstöd för att upptäcka sådan koppling, och de granskade nämnderna uppger att den inte ger något stöd.",[],EXT,[5],
  ["Det finns i den gemensamma rekryteringsprocessen inga metoder eller beslutsstöd för att upptäcka om en person har en konstaterad koppling till våldsbejakande extremism."])
f("sv",["Vilken status hade rekommendationen om effekthemtagning i regionstyrelsens yttrande?"],
  "Vem var granskningsledare när Sirona granskade budgetprocessen i Region Kalmar län?",True,
  "Kari Aartojärvi, certifierad kommunal revisor.",[],SIR,[4],
  ["Granskningsledare i uppdraget var Kari Aartojärvi, Certifierad kommunal revisor, och granskare var Johan Assarsson, Senior expert och Amanda von Schinkel, Senior konsult."])

assert len(items)==30
with open('/work/blind/out/f26.jsonl','w') as fh:
    for i,d in enumerate(items,1):
        fh.write(json.dumps({"id":f"f26-{i:03d}",**d},ensure_ascii=False)+"\n")
print(collections.Counter((d['standalone'],d['lang']) for d in items))
print(len(set(d['doc'] for d in items)), collections.Counter(d['doc'] for d in items))
