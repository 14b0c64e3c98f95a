import json
RUN="run-verksamhetsberattelse-2023-08"
SIM="simrishamn-kfn-budgetskrivelse-investeringar-2027-2031"
SIR="granskning-budgetprocessen-2023"
FIK="fiktivt-yttrande-budgetprocessen-2024"
ARS="gbg-arsredogorelse-2022"
REV="gbg-revisionsberattelse-2024"
KAL="kalmar-nation-arsbokslut-2025"
HJO="brf-hjorthagen-scanned"
HUS="brf-husarvikens-strand-badenc"
NDS="brf-norra-djurgardsstaden-ligatures"
SMU="brf-smultronstallet-ytterby-2023"
ENE="gbg-granskning-energianvandning-2024"
EXT="gbg-granskning-extremism-2024"
HED="gbg-granskning-hedersrelaterat-vald-2023-scan"
HEM="gbg-granskning-hemvardsbidrag-2023"
NYA="gbg-granskning-nyanlanda-2026"
PER="gbg-granskning-personsakerhet-2024"
PRI="gbg-granskning-privata-utforare-2024"
SKY="gbg-granskning-skyfall-2022"
TRY="gbg-granskning-trygghet-studiero-2024"
FOR="gbg-granskning-verksamhetsfordon-2022"
IMG={HJO,HUS,NDS,HED}
items=[]
def q(lang,typ,question,answer,numbers,doc,pages,quotes):
    d={"lang":lang,"type":typ,"question":question,"answer":answer,"numbers":numbers,"doc":doc,"pages":pages,"quotes":quotes}
    if doc in IMG and quotes: d["quote_source"]="image"
    items.append(d)
def u(lang,question,doc,answer=None):
    items.append({"lang":lang,"type":"unanswerable","question":question,
      "answer":answer or ("Det framgår inte av dokumenten." if lang=="sv" else "The documents do not say."),
      "numbers":[],"doc":doc,"pages":[],"quotes":[]})

# ---------------- RUN ----------------
q("sv","table","regionala utvecklingsnämnden budget 2023 och helårsprognos totalt?",
  "Budgeten för 2023 är 204 846 tkr och helårsprognosen 197 638 tkr (utfall jan–aug 106 668 tkr).",
  ["204 846","197 638"],RUN,[15],["Summa 204 846 106 668 52 103 927 197 638"])
q("en","table","In the regional development committee's August 2023 report, which of its three activities is forecast to give the largest positive budget deviation for the full year, and by how much?",
  "Regional development (Regional utveckling), with a forecast deviation of 4 205 tkr, out of a total forecast deviation of 7 208 tkr.",
  ["4 205","7 208"],RUN,[16],["Regional utveckling 51 264 15 473 30 20 110 4 205","Summa 204 846 106 668 52 103 927 7 208"])
q("sv","table","Hur mycket mer gick till löner och arbetsgivaravgifter under januari–augusti 2023 jämfört med samma period 2022 i regionala utvecklingsförvaltningen?",
  "Utfallet jan–aug 2023 var 97 103 tkr mot 92 770 tkr jan–aug 2022, alltså 4 333 tkr mer.",
  ["97 103","92 770"],RUN,[15],["Lön och arbetsgivaravgifter 159 188 97 103 61 92 770 153 873"])
q("en","number","How much funding did Tillväxtverket decide to give the Kalmar region for rural development work, and over how long?",
  "A total of 1.5 million SEK (1,5 mnkr) spread over three years.",
  ["1,5"],RUN,[20],["Under sommaren har Tillväxtverket beslutat om finansiering med totalt 1,5 mnkr under tre år för arbete med landsbygdsutveckling."])
q("sv","fact","Jag sitter i regionala utvecklingsnämnden och undrar varför prognosen för 2023 pekar på ett överskott mot budget – vad beror det på?",
  "Överskottet beror på tillfälliga vakanser inom HR och analys, större uttag av partiell föräldraledighet än väntat, ett par längre sjukskrivningar och planerade ledigheter (bl.a. inom besöksnäring och folkhälsa) som inte ersätts med vikarier.",
  [],RUN,[20],["Prognosen för året är ett överskott jämfört med budget som beror på tillfälliga vakanser inom HR och analys, större uttag av",
               "partiell föräldraledighet än förväntat, ett par längre sjukskrivningar och planerade ledigheter inom bland annat inom besöksnäring och folkhälsa"])
q("sv","list","Vilka områden följs upp i regionala utvecklingsnämndens interna kontroll per augusti 2023?",
  "Personal; möten, kurser, konferenser, resor, representation och gåvor; avtalstrohet och leverantörsfakturor; intäkter och kundfakturering; köpt verksamhet; informationssäkerhet; samt övrigt (kontering av kostnader).",
  [],RUN,[18,19],["Personal - risk att rutin för lönehantering inte följs avseende signering av utanordningslista",
                  "Möten, kurser, konferenser, resor, representation och gåvor - risk att riktlinjen för kurser, konferenser och studieresor inte följs",
                  "Avtalstrohet och leverantörsfakturor - risk att lagen om offentlig upphandling inte följs när inköp sker utanför upphandlad leverantör",
                  "Intäkter och kundfakturering - risk att intäkter uteblir eller blir felaktiga",
                  "Köpt verksamhet - risk att avtal för konsulttjänster och gästlärare saknas",
                  "Informationssäkerhet - risk att inträffade personuppgiftsincidenter inte anmäls"])
u("en","How much did the regional development administration in Kalmar spend on consultants between January and August 2023?",RUN,
  "The documents do not say; the August 2023 report only shows broad cost types (e.g. other costs), not consultant costs.")

# ---------------- SIMRISHAMN ----------------
q("sv","table","Hur mycket vill kultur- och fritidsnämnden i Simrishamn investera totalt år 2027, och hur mycket för hela perioden 2027–2031?",
  "37 525 tkr år 2027 och totalt 71 975 tkr för 2027–2031.",
  ["37 525","71 975"],SIM,[5],["Summa investeringsbudget 37 525 17 125 7 475 5 775 4 075 71 975"])
q("en","table","How much in total does Simrishamn's culture and leisure committee plan to spend on new artificial turf pitches, and in which years?",
  "20 000 tkr in total: 10 000 tkr for Korsavad in 2027 and 10 000 tkr for Skillinge in 2028.",
  ["10 000"],SIM,[4],["8 N Ny konstgräsplan Korsavad 10 000 0 0 0 0 10 000","12 N Ny konstgräsplan Skillinge 0 10 000 0 0 0 10 000"])
q("sv","number","kulturbuss simrishamn vad kostar den och vilket år",
  "Kulturbussen är budgeterad till 3 000 tkr år 2028, med en driftseffekt på 500 tkr årligen.",
  ["3 000","500"],SIM,[4,24],["20 N Kulturbuss 0 3 000 0 0 0 3 000","Vilken driftseffekt, exkl. 500 tkr årligen kapitalkostnader, får projektet tkr?"])
q("en","fact","Why does Simrishamn want to build new facilities at Tobisviksbadet?",
  "The service buildings (kiosk, changing rooms, restaurant) have not been renovated since they were built in the 1960s, maintenance is neglected and they do not meet today's needs. The new facilities would also allow a year-round sauna and winter/cold bathing.",
  [],SIM,[11],["Servicebyggnaderna som rymmer kiosk, omklädningsrum och restaurang har inte genomgått någon nämnvärd renovering sedan de byggdes på 1960-talet.",
               "Underhållet på lokalerna är eftersatt och inte anpassade efter det behov som finns idag."])
q("sv","list","Vilka investeringar på Korsavad finns med i Simrishamns investeringsbudget 2027–2031?",
  "Utrustning för uppstart av Korsavadsanläggningen (1 000 tkr 2027 och 500 tkr 2028), ny konstgräsplan på Korsavad (10 000 tkr 2027) och belysning av A-planen på Korsavad (1 400 tkr 2030).",
  [],SIM,[4],["1 P 6289 Utrustning uppstart 1 000 500 0 0 0 1 500","8 N Ny konstgräsplan Korsavad 10 000 0 0 0 0 10 000","19 N Belysning A-plan Korsavad 0 0 0 1400 0 1 400"])
u("en","What was the actual outcome of Simrishamn culture and leisure committee's investments in 2025?",SIM,
  "The documents do not say; the investment document only contains budget and plan figures for 2027–2031.")
u("sv","Hur mycket kostade renoveringen av Tobisviksbadets bassänger som blev klar 2024?",SIM,
  "Det framgår inte. Dokumentet nämner bara att renoveringen av bassänger och vattenrening avslutades våren 2024, inte vad den kostade.")

# ---------------- SIRONA ----------------
q("sv","table","Vilket resultat och vilket balanskravsresultat hade Region Kalmar län 2021?",
  "Resultatet 2021 var 787 mnkr och balanskravsresultatet 596 mnkr.",
  ["787","596"],SIR,[7],["2020 359 420 2021 787 596 2022 198 504"])
q("en","table","In the review of Kalmar region's budget process, how close was the August forecast of the health and medical care administration's budget deviation for 2022 to the actual outcome?",
  "The August forecast was -335 mnkr and the outcome in the annual report -341 mnkr, i.e. 6 mnkr worse than forecast (the April forecast was -304 mnkr).",
  ["-335","-341"],SIR,[27],["2022, belopp i mnkr Nämnd/verksamhet Prognos april Prognos augusti Utfall i ÅR Regionstyrelsen Hälso- och sjukvårdsförvaltningen -304 -335 -341"])
q("sv","number","Hur stor resultatutjämningsreserv hade Region Kalmar län vid årsskiftet 2022/2023?",
  "341 mnkr, som kan användas 2023 och framåt.",
  ["341"],SIR,[6],["Vid årsskiftet 2022/2023 har Region Kalmar län en resultatutjämningsreserv på 341 mnkr, som kan användas 2023 och framåt."])
q("sv","number","Hur många personer intervjuades i Sironas granskning av budgetprocessen i Region Kalmar län?",
  "21 personer, både förtroendevalda och tjänstepersoner.",
  ["21"],SIR,[5],["För att få ett fördjupat underlag och för att öka vår förståelse av planering och genomförande av de olika aktiviteterna i budgetprocessen intervjuades 21 personer."])
q("sv","fact","När gav regionstyrelsen i Region Kalmar län alla nämnder i uppdrag att ta fram åtgärder för 200 mnkr, och när skulle åtgärderna ha full effekt?",
  "Beslutet togs den 18 april 2023 och åtgärderna skulle nå full effekt senast 2025.",
  ["200"],SIR,[15],["Den 18 april 2023 beslutade regionstyrelsen att uppdra till samtliga nämnder och förvaltningar att redovisa åtgärder motsvarande 200 mnkr för att säkra en god ekonomisk hushållning på längre sikt.",
               "Åtgärderna skulle inriktas på att nå full effekt senast 2025."])
q("en","fact","Why did Region Kalmar län decide to temporarily depart from its long-term surplus target of two percent?",
  "Because of high inflation, which among other things drives up the region's pension costs. It therefore proposed using money from its income equalisation reserve in 2023 and 2024.",
  [],SIR,[6],["regionen kortsiktigt kommer att göra ett avsteg från det långsiktiga överskottsmålet om två procent med anledning av hög inflation",
              "som bland annat påverkar regionens pensionskostnader. Därför föreslås att regionen 2023 och 2024 disponerar medel ur"])
q("sv","list","Vilka övergripande mål har Region Kalmar län haft i sina regionplaner 2021–2024?",
  "Fem mål: Nöjda invånare och samarbetspartners; Hållbar utveckling i hela länet; Sveriges bästa kvalitet, tillgänglighet och säkerhet; En av Sveriges bästa arbetsplatser; God ekonomisk hushållning.",
  [],SIR,[6],["Nöjda invånare och samarbetspartners • Hållbar utveckling i hela länet • Sveriges bästa kvalitet, tillgänglighet och säkerhet • En av Sveriges bästa arbetsplatser • God ekonomisk hushållning"])
q("en","recommendation","What does the audit of Kalmar region's budget process recommend about the timing of the budget work?",
  "The regional executive board should make the budget process start earlier, so that the regional council can decide on the regional plan by June at the latest and the board and committees can adopt their activity plans by September at the latest.",
  [],SIR,[21],["Regionstyrelsen bör verka för att budgetprocessen startar tidigare så att beslut om regionplan kan tas av regionfullmäktige senast i juni",
               "regionstyrelsen och nämnderna kan fastställa verksamhetsplanerna senast i september."])
u("sv","Vad blev det faktiska utfallet för hälso- och sjukvårdsförvaltningens budgetavvikelse 2023 enligt årsredovisningen?",SIR,
  "Det framgår inte. Granskningen redovisar bara prognoserna för 2023 (april -353 mnkr, augusti -367 mnkr); utfallskolumnen för 2023 är tom.")

# ---------------- FIKTIVT YTTRANDE ----------------
q("sv","fact","När ska regionfullmäktige i Region Kalmar län behandla förslaget till regionplan 2025–2027?",
  "Den 18–19 juni 2024 (arbetet inleddes med ett budgetseminarium den 15 januari 2024).",
  [],FIK,[1],["Arbetet med regionplan 2025–2027 inleddes med ett budgetseminarium den 15 januari 2024, och förslaget till regionplan behandlas av regionfullmäktige den 18–19 juni 2024."])
q("en","list","In its response to the auditors, which recommendations did the regional executive board report as already completed?",
  "Two: recommendation 2 (start the budget process earlier – a new timetable was decided on 30 January 2024) and recommendation 7 (show longer-term trends – the financial reporting now includes a five-year comparison and a trend report is available).",
  [],FIK,[1,3],["Regionstyrelsens svar: Regionstyrelsen beslutade den 30 januari 2024 om en ny tidplan för budgetprocessen.",
                "ska fastställa sina verksamhetsplaner senast den 30 september. Status: Åtgärdat",
                "En motsvarande trendrapport finns sedan den 1 mars 2024 tillgänglig för samtliga förvaltningar i regionens analysverktyg. Status: Åtgärdat"])
q("sv","recommendation","Vad svarade regionstyrelsen i sitt yttrande på rekommendationen om effekthemtagning?",
  "Någon modell för att följa upp effekthemtagning finns ännu inte. Regionstyrelsen avser att ge regiondirektören i uppdrag att ta fram en sådan efter delårsrapporten per augusti 2024, för att tillämpas från budgetåret 2025. Status: Ej påbörjat.",
  [],FIK,[2],["Någon modell för att följa upp effekthemtagning har ännu inte tagits fram.",
              "Regionstyrelsen avser att ge regiondirektören i uppdrag att utforma en sådan modell efter delårsrapporten per augusti 2024",
              "med sikte på att den ska tillämpas från och med budgetåret 2025. Status: Ej påbörjat"])
u("en","What status did the regional executive board give to the recommendation on carrying the regional plan's indicators and targets into the activity plans?",FIK,
  "The response gives no status for that recommendation (number 6); the board only says it will come back to the issue.")

# ---------------- ÅRSREDOGÖRELSE 2022 ----------------
q("sv","table","Hur stort kommunbidrag fick stadsrevisionen i Göteborg 2022, och hur gick resultatet jämfört med budget?",
  "Kommunbidraget var 38 352 tkr. Resultatet blev -584 tkr mot budgeterade -500 tkr, alltså en negativ avvikelse på 84 tkr.",
  ["38 352","-584","-500"],ARS,[43],["Kommunbidrag 38 352 38 352 36 300 Summa intäkter 43 566 43 462 41 458 Periodens resultat -584 -500 739"])
q("en","table","How did the cost of the elected auditors in Gothenburg's city audit compare with the budget in 2022?",
  "They cost 2 563 tkr against a budget of 2 970 tkr, i.e. 407 tkr below budget (2 600 tkr in 2021).",
  ["-2 563","-2 970"],ARS,[43],["Förtroendevalda revisorer -2 563 -2 970 -2 600 Sakkunnigt biträde -33 409 -33 428 -31 996"])
q("sv","number","Hur stor andel av stadsrevisionens yrkesrevisorer i Göteborg var certifierade i slutet av 2022?",
  "80 procent, upp från drygt 60 procent året innan.",
  ["80"],ARS,[38],["Vid utgången av 2022 var andelen certifierade yrkesrevisorer 80 procent vilket är en ökning mot föregående år då andelen certifierade yrkesrevisorer var drygt 60%."])
q("en","number","What was the City of Gothenburg's balance requirement result for 2022, and how much was set aside to the income equalisation reserve?",
  "The balance requirement result was 1 316 million SEK, after setting aside 365 million SEK to the income equalisation reserve.",
  ["1 316","365"],ARS,[27],["En avsättning till resultatutjämningsreserv har gjorts med 365 miljoner kronor. Årets balanskravsresultat uppgår till 1 316 miljoner kronor."])
q("sv","fact","Varför riktade stadsrevisionen en anmärkning mot grundskolenämnden i årsredogörelsen för 2022?",
  "På grund av omfattande och allvarliga brister i grundsärskolan: elever fick inte den undervisning och det stöd de har rätt till, bedömning och dokumentation av kunskaper brast och skolförfattningarna följdes inte fullt ut. Nämnden hade brustit i sin interna styrning och kontroll.",
  [],ARS,[5],["Det fanns exempel på att elever inte hade fått den lärarledda undervisning de har rätt till.",
              "Vi bedömer att nämnden inte har säkerställt att grundsärskolan bedrivs på ett ändamålsenligt sätt eftersom skolförfattningarnas bestämmelser för skolformen inte har följts fullt ut.",
              "riktar stadsrevisionen kritik till grundskolenämnden i form av en anmärkning"])
q("en","fact","What criticism did the lay auditors direct at Göteborg Energi and its subsidiary Din El in 2022, and why?",
  "The board of Göteborg Energi AB received a formal remark (the most serious grade) and the board of Göteborg Energi Din El AB a milder reprimand. Reasons: matters of principle such as a capital injection to Din El and a 100 million euro parent company guarantee were not brought to the city council, Din El's electricity trading had made losses for three years, and internal control and risk management in the trading (including speculative trading) were deficient.",
  [],ARS,[6],["Det gällde bland annat ett kapitaltillskott till Din El AB och en moderbolagsgaranti på 100 miljoner euro som säkerhet för den finansiella handeln.",
              "Under de tre senaste åren har dotterbolaget Din El AB uppvisat negativa resultat för elhandeln.",
              "riktar därför kritik till styrelsen i Göteborg Energi AB genom en anmärkning och till styrelsen i dotterbolaget Göteborg Energi Din El AB genom en erinran."])
q("sv","list","Vilka bostadsbolag ingick i lekmannarevisorernas granskning av skyddsrum?",
  "Bostads AB Poseidon, Familjebostäder i Göteborg AB, Gårdstensbostäder AB och Göteborgs Stads bostadsaktiebolag.",
  [],ARS,[22],["Granskningen har omfattat Bostads AB Poseidon, Familjebostäder i Göteborg AB, Gårdstensbostäder AB och Göteborgs Stads bostadsaktiebolag."])
u("sv","Hur mycket pengar lade Göteborgs Stad totalt på konsulter under 2022?",ARS,
  "Det framgår inte. Granskningen av konsultanvändning beskriver brister i styrning och upphandling men anger inga totala kostnader.")

# ---------------- REVISIONSBERÄTTELSE 2024 ----------------
q("sv","table","Hur stor andel av rektorerna respektive de biträdande rektorerna i Göteborgs grundskola anser att de har möjlighet till kompetensutveckling?",
  "71 procent av rektorerna men bara 45 procent av de biträdande rektorerna.",
  ["71","45"],REV,[24],["En majoritet av rektorerna (71 procent) uppger i vår enkät att de har möjlighet till kompetensutveckling.",
                        "När det gäller de biträdande rektorerna är det betydligt färre som anser att de har möjlighet till kompetensutveckling (45 procent)."])
q("en","number","By how much did the city council raise the compulsory school committee's budget frame in the March 2024 supplementary budget in Gothenburg?",
  "By 100 million SEK for 2024 and onwards.",
  ["100"],REV,[18],["Beslutet innebar att grundskolenämndens kommunbidragsram höjdes med 100 miljoner kronor för år 2024 och framåt."])
q("sv","number","Hur stor del av höjningen av elevpengen i kompletteringsbudgeten skulle ha gått till de fristående huvudmännen?",
  "23 miljoner kronor enligt förvaltningen.",
  ["23"],REV,[18],["Förvaltningen uppger att de fristående huvudmännens andel av ökningen av elevpengen utgjorde 23 miljoner kronor."])
q("sv","number","antal rektorer och bitr rektorer i grundskoleförvaltningen göteborg",
  "I oktober 2024 fanns 67 rektorer och 220 biträdande rektorer anställda.",
  ["67","220"],REV,[23],["Det finns idag (oktober år 2024) 67 rektorer anställda och 220 biträdande rektorer."])
q("sv","list","Vilka nämnder fick anmärkning i revisionsberättelsen för Göteborgs Stad 2024, och vad handlade kritiken om?",
  "Två nämnder: grundskolenämnden, som vid fördelningen av kompletteringsbudgeten inte samtidigt gav de fristående huvudmännen motsvarande resurstillskott (strider mot skollagen och kommunallagen), och inköps- och upphandlingsnämnden, som beslutade om bojkott av varor från vissa stater (strider mot kommunallagen).",
  [],REV,[1],["Anledningen är att nämnden i samband med att kompletteringsbudgeten skulle fördelas inte samtidigt tilldelade de fristående huvudmännen motsvarande resurstillskott.",
              "Anmärkning har riktats mot inköps- och upphandlingsnämnden. Anledningen är att nämnden fattat ett beslut om bojkott av varor från vissa stater"])
q("sv","recommendation","Vilken äldre rekommendation om brandskydd har grundskolenämnden i Göteborg fortfarande kvar, och varför?",
  "Rekommendationen från 2023 om att bedriva ett systematiskt brandskyddsarbete kvarstår, eftersom nämnden inte i alla delar har omhändertagit den. Nämnden behöver se till att det finns aktuella, dokumenterade riskanalyser och att utrymningsövningar och egenkontroller genomförs i alla verksamheter.",
  [],REV,[36],["Revisionskontoret bedömer att nämnden inte i alla delar har omhändertagit rekommendationen.",
               "Vi bedömer att nämnden behöver se till att det finns aktuella och dokumenterade riskanalyser samt att utrymningsövningar och egenkontroller genomförs i samtliga verksamheter."])
u("sv","Vilket ekonomiskt resultat redovisade grundskolenämnden i Göteborg för 2024?",REV,
  "Det framgår inte. Revisionsredogörelsen säger bara att nämnden bedrivit verksamheten inom de ekonomiska ramarna, utan att ange något resultat.")

# ---------------- KALMAR NATION ----------------
q("sv","table","Vad blev Kalmar nations årsresultat 2025 jämfört med 2024?",
  "2025 blev resultatet 645 262,92 kr, mot en förlust på 3 001 485,05 kr 2024.",
  ["645,262.92","-3,001,485.05"],KAL,[3],["Resultat efter finansiella poster 645,262.92 -3,001,485.05 Årets resultat 645,262.92 -3,001,485.05"])
q("en","table","Which item in the income statement explains most of Kalmar Nation's large loss in 2024?",
  "A write-down of financial fixed assets and short-term investments of 3 329 706 kr, which made the financial items total -2 768 261,51 kr.",
  ["-3,329,706.00"],KAL,[3],["Nedskrivningar av finansiella anläggningstillgångar och kortfristiga placeringar 0.00 -3,329,706.00 Räntekostnader och liknande resultatposter -195,193.00 -284,054.79"])
u("sv","hur många medlemmar har kalmar nation",KAL,
  "Det framgår inte av årsbokslutet.")

# ---------------- HJORTHAGEN (scanned) ----------------
q("sv","table","Vad blev årets resultat för Brf Hagelbössan 1 i Hjorthagen 2023 jämfört med 2022?",
  "-175 526 kr 2023 mot -114 243 kr 2022, alltså en större förlust.",
  ["-175 526","-114 243"],HJO,[9],["RESULTAT EFTER FINANSIELLA POSTER -175 526 -114 243 ÅRETS RESULTAT -175 526 -114 243"])
q("sv","table","Jag sitter i styrelsen för Brf Hagelbössan 1 och undrar hur mycket räntekostnaderna egentligen ökade från 2022 till 2023?",
  "Från 272 514 kr till 633 678 kr, en ökning med 361 164 kr.",
  ["-633 678","-272 514"],HJO,[9],["Räntekostnader och liknande resultatposter 10 -633 678 -272 514"])
q("sv","number","Hur många av lägenheterna i Brf Hagelbössan 1 är hyresrätter?",
  "9 lägenheter är hyresrätter; 29 är upplåtna med bostadsrätt.",
  ["9","29"],HJO,[4],["Av dessa lägenheter är 29 upplåtna med bostadsrätt och 9 med hyresrätt."])
q("en","fact","Why did the Hagelbössan 1 housing association raise its fees by 25% from January 2024?",
  "Because some loans that had a low interest rate expired in November 2023, because roof and balcony maintenance is coming in 2024 and 2026, and because energy and district heating costs have increased.",
  ["25%"],HJO,[6],["I samband med budgetarbete har styrelsen beslutat om avgiftshöjning med 25% from 1 januari 2024.",
               "En del av våra lån där vi tidigare hade låg ränta har gått ut i november 2023.",
               "Vi har kommande underhållsplaner på tak och balkong 2024 respektive 2026. - Ökning av energi- och fjärrvärmekostnader."])
u("sv","Vad beräknas tak- och balkongrenoveringen i Brf Hagelbössan 1 kosta?",HJO,
  "Det framgår inte. Årsredovisningen anger bara att tak och balkong är planerat underhåll 2024–2026, utan kostnad.")

# ---------------- HUSARVIKEN (garbled text) ----------------
q("sv","table","Hur mycket mer betalade Brf Husarvikens Strand i avgift för samfällighet 2023 än 2022?",
  "916 441 kr 2023 mot 450 392 kr 2022, alltså 466 049 kr mer.",
  ["916 441","450 392"],HUS,[12],["Tomträttsavgälder 607 800 542 150 Avgift för samfällighet 916 441 450 392"])
q("en","fact","Why was the loss larger for Husarvikens Strand in 2023 than the year before?",
  "Mainly because of increased operating costs in the joint property associations, and because their accrual routines changed so that the 2023 figures cover a period longer than one year and are not comparable with earlier years.",
  [],HUS,[5],["Det större negativa resultetet för 2023 beror främst på ökade driftskostnader i samfälligheterna samt att periodiseringsrutinerna i samfälligheterna har förändrats",
              "så att 2023 års siffror innehåller en längre period än ett år, och är således inte jämförbara med tidigare år."])
u("en","Did the Husarvikens Strand association decide to install solar panels on its roofs?",HUS,
  "The documents do not say. An investigation was finished in January 2024 and the board was to agree on a recommendation before the 2024 meeting, but no decision is reported.")

# ---------------- NORRA DJURGÅRDSSTADEN (ligatures) ----------------
q("en","table","What was Brf Norra Djurgårdsstaden's site leasehold fee in 2023 compared with 2022?",
  "962 thousand SEK in 2023 compared with 1 300 thousand SEK in 2022.",
  ["962","1 300"],NDS,[15],["Fastighetsförsäkringar 46 99 Självrisker 0 24 Tomträttsavgälder 962 1 300 Bredband 166 181"])
q("sv","number","Hur mycket höjs avgifterna i Brf Norra Djurgårdsstaden från 2024?",
  "Med 10 % från och med 1 januari 2024.",
  ["10%"],NDS,[18],["Teknisk förvaltning upprättas med Nabo fr o m 1.2.2024. 10% höjning av avgifterna fr o m 1.1.2024."])
u("en","What was Brf Norra Djurgårdsstaden's energy cost per square metre in 2019?",NDS,
  "The documents do not say; the multi-year overview only covers 2020–2023.")

# ---------------- SMULTRONSTÄLLET ----------------
q("sv","table","resultat 2023 brf smultronstället",
  "Årets resultat 2023 blev 264 760 kr, mot -105 034 kr 2022.",
  ["264 760","-105 034"],SMU,[7],["Summa finansiella poster -358 817 -215 829 Årets resultat Not 9 264 760 -105 034"])
q("en","table","How much does Brf Smultronstället i Ytterby owe the bank in total, and how large is the debt expected to be in five years?",
  "16 931 500 kr at year-end 2023; with 100 000 kr amortised next year, the debt is expected to be 16 431 500 kr in five years.",
  ["16 931 500","16 431 500"],SMU,[14],["16 931 500 100 000 Nästa års amortering beräknas uppgå till 100 000",
                                        "Om fem år beräknas nuvarande skulder till kreditinstitut uppgå till 16 431 500"])
q("en","number","By how much did Brf Smultronstället i Ytterby raise the annual fee in 2023, and what change is registered for 2024?",
  "The fee rose by 10% from 1 January 2023, and a further 3% increase from 1 January 2024 is registered.",
  ["+10%","+3%"],SMU,[3],["Årsavgiften förändrades fr.o.m. 2023-01-01 med +10%. En förändring av årsavgiften med +3% per 2024-01-01 är registrerad."])
u("sv","vad kostar panelbytet 2026 i smultronstälet",SMU,
  "Det framgår inte. Årsredovisningen säger bara att föreningen planerar panelbyte och ommålning 2026.")

# ---------------- ENERGI ----------------
q("en","number","How much will Higab invest in specific energy measures up to 2030?",
  "A total of 200 million SEK up to 2030.",
  ["200"],ENE,[5],["Inom ramen för projektet kommer totalt 200 miljoner kronor att investeras i särskilda energiåtgärder fram till år 2030, i syfte att uppnå energimålet."])
u("sv","Hur mycket minskade Familjebostäders energianvändning per kvadratmeter under 2023?",ENE,
  "Det framgår inte. Granskningen beskriver Familjebostäders energimål och organisation men redovisar inga utfall.")

# ---------------- EXTREMISM ----------------
q("en","recommendation","What is the City Executive Board recommended to do in the audit of Gothenburg's work against violent extremism?",
  "Together with the social committees and other actors, it should update the overall picture of what violent extremist environments in Gothenburg look like – the city-wide picture from 2018 has not been updated since.",
  [],EXT,[7,8],["Den stadenövergripande lägesbilden som presenterades 2018 har inte uppdaterats sedan dess.",
                "Kommunstyrelsen rekommenderas att tillsammans med socialnämnderna och övriga berörda aktörer uppdatera den samlade lägesbilden över hur de våldsbejakande extremistmiljöerna i Göteborg ser ut."])
q("sv","list","Vilka nämnder ingick i granskningen av Göteborgs Stads arbete mot våldsbejakande extremism?",
  "Kommunstyrelsen, socialnämnderna Centrum och Nordost, grundskolenämnden, utbildningsnämnden och nämnden för demokrati och medborgarservice.",
  [],EXT,[1],["Granskningen har omfattat kommunstyrelsen, socialnämnderna Centrum och Nordost, grundskolenämnden, utbildningsnämnden och nämnden för demokrati och medborgarservice."])

# ---------------- HEDERS (scan) ----------------
q("sv","fact","Vilken nämnd har enligt revisionen kommit längst i arbetet mot hedersrelaterat våld och förtryck?",
  "Utbildningsnämnden.",
  [],HED,[2],["Vår bedömning är att utbildningsnämnden har kommit längst i sitt systematiska arbete mot hedersrelaterat våld och förtryck."])
q("en","recommendation","In the honour-related violence audit, what are the social committees Hisingen and Nordost recommended to do for people who report a concern about a child?",
  "They should make sure the person who made the report gets feedback on whether an investigation has been opened, not opened or is already ongoing (if the reporter has asked for such feedback).",
  [],HED,[6],["Socialnämnden Hisingen och socialnämnden Nordost rekommenderas att säkerställa att det sker en återkoppling till den som gjort en orosanmälan om en utredning har inletts, inte inletts eller redan pågår"])

# ---------------- HEMVÅRDSBIDRAG ----------------
q("sv","recommendation","Vilka rekommendationer fick äldre samt vård- och omsorgsnämnden i granskningen av hemvårdsbidrag?",
  "Tillsammans med nämnden för funktionsstöd: stärka systematiken i egenkontrollen, stärka analysen av riskerna i handläggningen och uppmärksamma kommunstyrelsen på att regelverket inte upplevs som ändamålsenligt. Dessutom, för nämnden ensam: stärka systematiken i sin styrning och kontroll av hemvårdsbidrag.",
  [],HEM,[3,4],["Nämnden för funktionsstöd och äldre samt vård- och omsorgsnämnden rekommenderas att stärka systematiken i egenkontrollen av hemvårdsbidrag.",
                "att stärka analysen av de risker som finns inom handläggningen av hemvårdsbidrag.",
                "att uppmärksamma kommunstyrelsen på att regelverket för hemvårdsbidrag inte upplevs som ändamålsenligt.",
                "omsorgsnämnden rekommenderas att stärka systematiken i sin styrning och kontroll av hemvårdsbidrag."])
u("en","How many people receive home care allowance in Gothenburg?",HEM,
  "The documents do not say; the audit does not give the number of recipients.")

# ---------------- NYANLÄNDA ----------------
q("en","recommendation","What is the compulsory school committee recommended to do about newly arrived pupils?",
  "Make sure that placing newly arrived pupils in a year group is based on an assessment of their knowledge as the Education Act requires, and improve the work with individual study plans so that both the law and its own guideline are followed.",
  [],NYA,[1],["Grundskolenämnden rekommenderas att se till att årskursplacering av nyanlända elever baseras på kunskapsbedömning i enlighet med skollagen.",
              "Grundskolenämnden rekommenderas att förbättra arbetet med individuella studieplaner för nyanlända elever, för att säkerställa att såväl skollagen som den egna riktlinjen följs."])
u("sv","Hur många nyanlända elever tog grundskolenämnden i Göteborg emot under 2025?",NYA,
  "Det framgår inte. Granskningen beskriver processen för mottagandet men anger inga antal elever.")

# ---------------- PERSONSÄKERHET ----------------
q("en","list","Which city-owned companies were included in the review of elected officials' personal security in Gothenburg?",
  "Boplats Göteborg AB, Higab AB, Göteborgs Hamn AB and Business Region Göteborg AB.",
  [],PER,[2],["Boplats Göteborg AB, Higab AB, Göteborgs Hamn AB samt Business Region Göteborg AB."])
q("sv","fact","Vad styr i dag säkerhetsarbetet kring förtroendevalda i Göteborg enligt granskningen av personsäkerhet?",
  "Det finns inga formella beslut eller styrdokument; arbetet bedrivs utifrån Politikerhandboken, som får en styrande funktion trots att den inte är ett formellt styrdokument beslutat av kommunstyrelsen eller fullmäktige.",
  [],PER,[3],["Granskningen visar att det saknas formella beslut och styrdokument som reglerar hur säkerhetsarbetet runt de förtroendevalda ska bedrivas i Göteborgs Stad.",
              "Vi har sett att Politikerhandboken får en styrande funktion trots att den inte utgör ett formellt styrdokument beslutat av kommunstyrelsen eller kommunfullmäktige."])

# ---------------- PRIVATA UTFÖRARE ----------------
q("sv","number","Hur mycket bedöms de felaktiga utbetalningarna från välfärdssystemen uppgå till varje år?",
  "Cirka 18 miljarder kronor per år, enligt en statlig utredning från 2019.",
  ["18"],PRI,[3],["Enligt en statlig utredning från 2019 bedöms de totala felaktiga utbetalningarna från välfärdssystemen uppgå till cirka 18 miljarder kronor varje år."])
u("sv","Hur många privata assistansbolag anlitas av nämnden för funktionsstöd i Göteborg?",PRI,
  "Det framgår inte. Granskningen rekommenderar tvärtom att nämnden sammanställer vilka assistansutförare den ersätter.")

# ---------------- SKYFALL ----------------
q("en","fact","What is Gothenburg's long-term goal for flooding, and why do the administrations think it is not enough to guide the cloudburst work?",
  "The goal is that Gothenburg shall be made robust against today's and future floods by securing basic social functions and major societal values. It is seen as more of a vision than a goal: 'robust city' is hard to break down, leaves too much room for interpretation and does not say what should be achieved or at what pace.",
  [],SKY,[3],["Göteborg ska göras robust mot dagens och framtidens översvämningar genom att säkra grundläggande samhällsfunktioner och stora samhällsvärden.",
              "Förvaltningen för kretslopp och vatten menar att målet i sig självt är formulerat på ett sätt som snarare kan betraktas som en vision än ett mål."])
u("sv","Vad beräknas skyfallsåtgärderna i Göteborg kosta totalt?",SKY,
  "Det framgår inte. Granskningen konstaterar bara att kostnaderna kan bli mycket höga, utan belopp.")

# ---------------- TRYGGHET ----------------
q("sv","fact","Varför har det förebyggande arbetet med trygghet och studiero i Göteborgs grund- och gymnasieskolor blivit sämre enligt granskningen?",
  "Åtgärderna för en ekonomi i balans har slagit mot det förebyggande arbetet: färre vuxna (skolvärdar, elevassistenter, rastvakter), större klasser och mindre resurser till stödinsatser, och elevhälsans förebyggande arbete har nedprioriterats. Arbetet har förskjutits mot åtgärdande insatser.",
  [],TRY,[3],["Av granskningen framkommer att den ekonomiska situationen med åtgärder för en ekonomi i balans har påverkat det förebyggande arbetet med trygghet och studiero negativt.",
              "lyfter man att färre vuxna (som skolvärdar, elevassistenter och rastvakter), större klasser och mindre resurser till stödinsatser för elever har försämrat både tryggheten och studieron."])
u("en","How many pupils were suspended from Gothenburg's schools in 2024?",TRY,
  "The documents do not say; the audit only mentions one case where a principal suspended a pupil without documenting the decision.")

# ---------------- VERKSAMHETSFORDON ----------------
q("sv","fact","Vilken av de granskade verksamheterna har personlig körjournal installerad i alla sina bilar?",
  "Park- och naturnämnden (med vissa undantag för äldre bilar).",
  [],FOR,[4],["Det är endast park- och naturnämnden som har valt att ha personlig körjournal installerad på samtliga bilar (vissa undantag finns som omfattar äldre bilar)."])
q("sv","recommendation","Vilka rekommendationer lämnades i granskningen av verksamhetsfordon och inköp av drivmedel?",
  "Socialnämnd Sydväst ska slutföra arbetet med förvaltningsövergripande rutiner för verksamhetsfordon, och Göteborg Energi AB ska (enligt lekmannarevisorerna) slutföra arbetet med koncernövergripande rutiner för beredskapsverksamheten.",
  [],FOR,[2],["Stadsrevisionen rekommenderar socialnämnd Sydväst att slutföra det pågående arbetet med att ta fram förvaltningsövergripande rutiner för användningen av verksamhetsfordon.",
              "Lekmannarevisorerna rekommenderar Göteborg Energi AB att slutföra det pågående arbetet med att ta fram koncernövergripande rutiner för beredskapsverksamheten."])

assert len(items)==80, len(items)
with open('/work/blind/out/b29.jsonl','w') as f:
    for i,d in enumerate(items,1):
        d={"id":f"b29-{i:03d}",**d}
        f.write(json.dumps(d,ensure_ascii=False)+"\n")
import collections
print(collections.Counter(d['type'] for d in items), collections.Counter(d['lang'] for d in items))
print(collections.Counter(d['doc'] for d in items))
