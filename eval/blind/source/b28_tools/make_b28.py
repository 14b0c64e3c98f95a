import json
H='brf-hjorthagen-scanned'; HS='brf-husarvikens-strand-badenc'; NDS='brf-norra-djurgardsstaden-ligatures'
SM='brf-smultronstallet-ytterby-2023'; FY='fiktivt-yttrande-budgetprocessen-2024'; AR='gbg-arsredogorelse-2022'
EN='gbg-granskning-energianvandning-2024'; EX='gbg-granskning-extremism-2024'; HV='gbg-granskning-hedersrelaterat-vald-2023-scan'
HB='gbg-granskning-hemvardsbidrag-2023'; NY='gbg-granskning-nyanlanda-2026'; PS='gbg-granskning-personsakerhet-2024'
PU='gbg-granskning-privata-utforare-2024'; SK='gbg-granskning-skyfall-2022'; TS='gbg-granskning-trygghet-studiero-2024'
VF='gbg-granskning-verksamhetsfordon-2022'; RB='gbg-revisionsberattelse-2024'; BP='granskning-budgetprocessen-2023'
KN='kalmar-nation-arsbokslut-2025'; RUN='run-verksamhetsberattelse-2023-08'; SIM='simrishamn-kfn-budgetskrivelse-investeringar-2027-2031'

Q=[]
def q(lang,typ,question,answer,numbers,doc,pages,quotes,img=False):
    d={"lang":lang,"type":typ,"question":question,"answer":answer,"numbers":numbers,"doc":doc,"pages":pages,"quotes":quotes}
    if img: d["quote_source"]="image"
    Q.append(d)
def u(lang,question,answer,doc):
    Q.append({"lang":lang,"type":"unanswerable","question":question,"answer":answer,"numbers":[],"doc":doc,"pages":[],"quotes":[]})

# ---------------- Brf Hagelbössan 1 i Hjorthagen (scanned) ----------------
q("en","table","How much did Brf Hagelbössan 1 i Hjorthagen pay in interest in 2023, and how much more was that than in 2022?",
  "Interest costs were 633 678 kr in 2023 against 272 514 kr in 2022, i.e. 361 164 kr more.",
  ["633 678","272 514"],H,[9],["Räntekostnader och liknande resultatposter 10 -633 678 -272 514"],True)
q("sv","table","Hur stora är Brf Hagelbössans banklån totalt vid utgången av 2023, och hur mycket av dem räknas som kortfristiga?",
  "Skulderna till kreditinstitut (SBAB) uppgick till 19 514 381 kr per 2023-12-31, varav 12 801 799 kr redovisas som kortfristig del.",
  ["19 514 381","12 801 799"],H,[17],["Summa 19 514 381 19 646 743 Varav kortfristig del 12 801 799 12 872 837"],True)
q("sv","list","Varför höjer Brf Hagelbössan 1 årsavgiften med 25 procent från januari 2024?",
  "Styrelsen anger tre skäl: en del lån med tidigare låg ränta gick ut i november 2023, kommande underhåll av tak och balkong (2024 respektive 2026) samt ökade energi- och fjärrvärmekostnader.",
  ["25"],H,[6],["I samband med budgetarbete har styrelsen beslutat om avgiftshöjning med 25% from 1 januari 2024.",
   "En del av våra lån där vi tidigare hade låg ränta har gått ut i november 2023.",
   "Vi har kommande underhållsplaner på tak och balkong 2024 respektive 2026. - Ökning av energi- och fjärrvärmekostnader."],True)
q("en","recommendation","What did the auditor of Brf Hagelbössan 1 i Hjorthagen recommend to the annual meeting for 2023?",
  "The auditor, Mats Lehtipalo of ADECO Revisorer, recommended that the meeting adopt the income statement and balance sheet, deal with the loss as proposed in the directors' report and grant the board members discharge from liability.",
  [],H,[21,25],["Jag tillstyrker därför att föreningsstämman fastställer resultaträkningen och balansräkningen.",
   "Jag tillstyrker att föreningsstämman behandlar förlusten enligt förslaget i förvaltningsberättelsen och beviljar styrelsens ledamöter ansvarsfrihet för räkenskapsåret."],True)
u("sv","Hur mycket beräknas tak- och balkongrenoveringen i Brf Hagelbössan 1 kosta?",
  "Det framgår inte. Årsredovisningen nämner bara att tak och balkong är planerade 2024–2026 (och att det är ett skäl till avgiftshöjningen), men anger ingen kostnad.",H)
q("sv","number","Hur många av lägenheterna i Brf Hagelbössan 1 är hyresrätter?",
  "9 av föreningens 38 lägenheter är upplåtna med hyresrätt (29 med bostadsrätt).",
  ["9","29"],H,[4],["Av dessa lägenheter är 29 upplåtna med bostadsrätt och 9 med hyresrätt."],True)

# ---------------- Brf Husarvikens Strand ----------------
q("sv","table","Hur mycket lån har Brf Husarvikens Strand, och vilken ränta har det lån som ska villkorsändras först?",
  "Föreningen har tre Nordea-lån på sammanlagt 10 200 000 kr. Först ut är lånet på 3 200 000 kr med 0,70 % ränta som ändras 2024-10-16.",
  ["10 200 000","3 200 000","0,70"],HS,[14],["Nordea 0,70 2024-10-16 3 200 000 3 200 000",
   "Nordea 0,93 2025-10-15 3 600 000 3 600 000 10 200 000 10 200 000"])
q("en","number","What was Brf Husarvikens Strand's result for 2023?",
  "A loss of 909 600 kr (result after financial items -909 600 kr, compared with -421 790 kr in 2022).",
  ["-909 600"],HS,[7],["Summa finansiella poster -110 379 -110 335 Resultat efter finansiella poster -909 600 -421 790"])
q("sv","fact","Varför blev förlusten större i Brf Husarvikens Strand 2023 än året innan?",
  "Främst på grund av ökade driftskostnader i samfälligheterna, och för att samfälligheternas periodisering ändrats så att 2023 års siffror omfattar mer än ett år och inte är jämförbara med tidigare år.",
  [],HS,[5],["Det större negativa resultetet för 2023 beror främst på ökade driftskostnader i samfälligheterna",
   "periodiseringsrutinerna i samfälligheterna har förändrats så att 2023 års siffror innehåller en längre period än ett år"],True)
q("en","table","What was Brf Husarvikens Strand's debt per square metre of owner-occupied floor space in 2023, and what was it in 2020?",
  "3 643 kr per square metre in 2023, down from 3 893 kr in 2020.",
  ["3 643","3 893"],HS,[5],["Skuldsättning kr/kvm uppl med BR 3 643 3 643 3 750 3 893"],True)
u("sv","Vad kommer solpanelerna på Husarvikens Strands tak att kosta?",
  "Det framgår inte. Årsredovisningen säger bara att en utredningsgrupp tillsattes och att utredningen blev klar i januari 2024; någon kostnad anges inte.",HS)

# ---------------- Brf Norra Djurgårdsstaden ----------------
q("sv","table","Hur mycket betalade Brf Norra Djurgårdsstaden i räntor 2023 jämfört med 2022?",
  "Räntekostnaderna var 492 tkr 2023 mot 186 tkr 2022, alltså 306 tkr mer.",
  ["-492","-186"],NDS,[9],["Ränteintäkter och liknande resultatposter 3 2 Räntekostnader och liknande resultatposter 11 -492 -186"])
q("en","table","Which of Brf Norra Djurgårdsstaden's bank loans has the highest interest rate, and when is it up for renegotiation?",
  "The SEB loan of 2 925 thousand kr at 4,62 %, which is due for new terms on 2024-02-28.",
  ["4,62","2 925","2024-02-28"],NDS,[18],["SEB 2024-02-28 4,62 % 2 925 2 925 SEB 2024-02-28 1,16 % 6 844 6 844"])
q("sv","number","Hur mycket fick Brf Norra Djurgårdsstaden i elstöd 2023?",
  "70 tkr (elprisstöd).",["70"],NDS,[14],["Öres- och kronutjämning 0 0 Elprisstöd 70 0 Övriga intäkter 96 0"])
q("en","fact","Did Brf Norra Djurgårdsstaden change its financial manager during 2023?",
  "Yes. On 1 October 2023 the association switched financial manager from SBC to Nabo.",
  ["1.10.2023"],NDS,[6],["Ett byte av ekonomisk förvaltare 1.10.2023 gjordes från SBC till Nabo."],True)
u("sv","Vad blev Brf Norra Djurgårdsstadens resultat efter finansiella poster 2019?",
  "Det framgår inte. Flerårsöversikten i årsredovisningen 2023 täcker bara åren 2020–2023.",NDS)

# ---------------- Brf Smultronstället i Ytterby ----------------
q("sv","table","Hur mycket hade Brf Smultronstället i Ytterby i banklån vid årets slut, och vilket lån har högst ränta?",
  "Lånen hos Nordea Hypotek uppgick till 16 931 500 kr. Högst ränta, 3,96 %, har lånet på 7 609 000 kr med konverteringsdag 2025-02-19.",
  ["16 931 500","3,96","7 609 000"],SM,[14],["Nordea Hypotek AB39758324764 3,96% 2025-02-19 7 609 000 0",
   "Nordea Hypotek AB39788976786 1,00% 2025-05-21 4 085 000 100 000 16 931 500 100 000"])
q("en","table","How much did Brf Smultronstället i Ytterby spend on maintenance in 2023 compared with 2022?",
  "Maintenance costs fell to 39 772 kr in 2023 from 485 619 kr in 2022, a drop of 445 847 kr.",
  ["-39 772","-485 619"],SM,[7],["Driftskostnader Not 2 -1 238 632 -1 098 486 Underhållskostnader Not 3 -39 772 -485 619"])
q("sv","number","Hur mycket satte Brf Smultronstället av till underhållsfonden under 2023?",
  "585 000 kr reserverades till underhållsfonden (samtidigt togs 39 772 kr i anspråk).",
  ["585 000"],SM,[5],["Under året har reservation till underhållsfond gjorts med 585 000 kr samt ianspråktagande skett med 39 772 kr."])
u("en","What was the energy cost per square metre at Brf Smultronstället i Ytterby in 2018?",
  "Not stated. The multi-year overview only covers 2019–2023 (e.g. 154 kr/m² in 2019, 176 kr/m² in 2023).",SM)

# ---------------- Fiktivt yttrande budgetprocessen ----------------
q("sv","recommendation","Vad svarade regionstyrelsen i Region Kalmar län på revisorernas rekommendation att budgetprocessen ska starta tidigare?",
  "Regionstyrelsen beslutade 30 januari 2024 om en ny tidplan. Arbetet med regionplan 2025–2027 inleddes med ett budgetseminarium 15 januari 2024, regionfullmäktige behandlar förslaget 18–19 juni 2024 och verksamhetsplanerna ska fastställas senast 30 september. Status: Åtgärdat.",
  [],FY,[1],["Regionstyrelsen beslutade den 30 januari 2024 om en ny tidplan för budgetprocessen.",
   "förslaget till regionplan behandlas av regionfullmäktige den 18–19 juni 2024.",
   "Anvisningarna för verksamhetsplanering har ändrats så att regionstyrelsen och nämnderna ska fastställa sina verksamhetsplaner senast den 30 september. Status: Åtgärdat"])
q("en","list","In the regional executive board's response to the budget process audit, which recommendations are marked as fully dealt with?",
  "Two: recommendation 2 (start the budget process earlier) and recommendation 7 (follow-up showing long-term trends for income and cost types), both with status 'Åtgärdat'.",
  [],FY,[1,3],["ändrats så att regionstyrelsen och nämnderna ska fastställa sina verksamhetsplaner senast den 30 september. Status: Åtgärdat",
   "En motsvarande trendrapport finns sedan den 1 mars 2024 tillgänglig för samtliga förvaltningar i regionens analysverktyg. Status: Åtgärdat"])
u("sv","Hur mycket beräknas den långsiktiga ekonomiska analysen för 2025–2034 kosta Region Kalmar län?",
  "Det framgår inte. Yttrandet säger bara att analysen påbörjades i februari 2024 och att en första version presenteras 14 maj 2024.",FY)

# ---------------- Årsredogörelse 2022 Göteborg ----------------
q("sv","list","Vilka nämnder och bolag fick kritik av Göteborgs stadsrevision för verksamhetsåret 2022, och vilken grad av kritik?",
  "Grundskolenämnden fick en anmärkning (grundsärskolan), styrelsen i Göteborg Energi AB fick en anmärkning och styrelsen i dotterbolaget Göteborg Energi Din El AB fick en erinran.",
  [],AR,[5,6],["riktar stadsrevisionen kritik till grundskolenämnden i form av en anmärkning.",
   "riktar därför kritik till styrelsen i Göteborg Energi AB genom en anmärkning och till styrelsen i dotterbolaget Göteborg Energi Din El AB genom en erinran."])
q("en","table","How did the Gothenburg City Audit Office's own result for 2022 compare with its budget?",
  "The result was -584 thousand kr against a budgeted -500 thousand kr, a negative deviation of 84 thousand kr.",
  ["-584","-500"],AR,[43],["Årets negativa resultat blev -584 tusen kronor mot budgeterade -500 tusen kronor, vilket ger en negativ avvikelse på -84 tusen kronor."])
q("sv","table","Hur många anställda hade stadsrevisionen i Göteborg 2020, 2021 och 2022?",
  "35 anställda 2020, 31 anställda 2021 och 34 anställda 2022.",
  ["35","31","34"],AR,[45],["Timavlönade 1 1 1 Totalt antal anställda 34 31 35"])
q("en","number","What was the City of Gothenburg's balance requirement result for 2022?",
  "1 316 million kronor, after a provision of 365 million kronor to the earnings equalisation reserve.",
  ["1 316"],AR,[27],["En avsättning till resultatutjämningsreserv har gjorts med 365 miljoner kronor. Årets balanskravsresultat uppgår till 1 316 miljoner kronor."])
q("sv","fact","Vad var stadsrevisionens invändning mot hur Göteborgs Stad redovisar sin konst i årsredovisningen 2022?",
  "Kulturnämnden redovisar varken inköpt eller donerad konst som tillgångar i balansräkningen, vilket enligt stadsrevisionen inte följer LKBR och god redovisningssed; tillgångarna tas därmed upp till ett för lågt belopp.",
  [],AR,[28,30],["Kulturnämnden redovisar för närvarande, i enlighet med instruktion från stadsledningskontoret, ingen inköpt konst som tillgångar i balansräkningen.",
   "Stadsrevisionens bedömning är att tillgångarnas värde i kommunens bokslut och sammanställda redovisning är upptagna till ett för lågt belopp."])
u("sv","Hur hög var sjukfrånvaron bland stadsrevisionens medarbetare 2020?",
  "Det framgår inte. Årsrapporten anger bara sjukfrånvaron för 2022 (2,8 %) och 2021 (5,0 %).",AR)

# ---------------- Energianvändning ----------------
q("en","recommendation","In the audit of Gothenburg's work to cut energy use in homes and premises, what were the auditors' recommendations?",
  "The city property committee (stadsfastighetsnämnden) should revise and re-adopt the energy efficiency plan and energy-reduction target set by the former premises committee; and the city property committee, the sports and associations committee, Familjebostäder i Göteborg AB and Higab AB should handle the measures in the council's energy plan more systematically, clarifying, documenting and integrating when and how they will be carried out.",
  [],EN,[1],["Stadsfastighetsnämnden rekommenderas att revidera och på nytt fastställa sin energieffektiviseringsplan och det mål för minskad energianvändning som beslutades av den tidigare lokalnämnden.",
   "Higab AB rekommenderas att omhänderta åtgärderna i fullmäktiges energiplan mer systematiskt."])
q("sv","fact","Vilken av de granskade verksamheterna hade följt upp sin energieffektiviseringsplan systematiskt för 2023?",
  "Enbart stadsfastighetsnämnden.",[],EN,[3],["Enbart stadsfastighetsnämnden har genomfört en systematisk uppföljning av sin energieffektiviseringsplan för år 2023."])
u("sv","Hur mycket har Familjebostäders energianvändning per kvadratmeter minskat sedan 2010?",
  "Det framgår inte. Rapportsammandraget beskriver mål och arbetssätt men redovisar inga utfall för energianvändningen per kvadratmeter.",EN)

# ---------------- Våldsbejakande extremism ----------------
q("en","list","Which committees did Gothenburg's auditors judge were not working effectively against violent extremism and radicalisation?",
  "The social welfare committees Centrum and Nordost, and the committee for democracy and citizen services (nämnden för demokrati och medborgarservice). The city executive board and the two school committees were judged to work effectively.",
  [],EX,[3],["Den sammanvägda bedömningen är att kommunstyrelsen, grundskolenämnden och utbildningsnämnden bedriver ett ändamålsenligt arbete men att socialnämnderna och nämnden för demokrati och medborgarservice inte gör det."])
q("sv","recommendation","Vad rekommenderades kommunstyrelsen i granskningen av Göteborgs arbete mot våldsbejakande extremism?",
  "Kommunstyrelsen rekommenderas att tillsammans med socialnämnderna och övriga berörda aktörer uppdatera den samlade lägesbilden över hur de våldsbejakande extremistmiljöerna i Göteborg ser ut (lägesbilden har inte uppdaterats sedan 2018).",
  [],EX,[2,7],["Kommunstyrelsen rekommenderas att tillsammans med socialnämnderna och övriga berörda aktörer uppdatera den samlade lägesbilden över hur de våldsbejakande extremistmiljöerna i Göteborg ser ut.",
   "Den stadenövergripande lägesbilden som presenterades 2018 har inte uppdaterats sedan dess."])
u("sv","Hur många återvändande vuxna från extremistmiljöer finns i socialnämnden Nordosts stadsområde?",
  "Det framgår inte; granskningen konstaterar tvärtom att både socialnämnden Nordost och Centrum saknar en bild av hur många återvändare som finns i stadsområdet.",EX)

# ---------------- Hedersrelaterat våld (scan) ----------------
q("sv","list","Vilka nämnder granskades i Göteborgs granskning av arbetet mot hedersrelaterat våld och förtryck?",
  "Förskolenämnden, grundskolenämnden, utbildningsnämnden, socialnämnden Hisingen och socialnämnden Nordost. Socialnämnden Centrum berördes genom sitt samordnande uppdrag men bedömdes inte.",
  [],HV,[1],["Granskningen syftade till att bedöma om förskolenämnden, grundskolenämnden, utbildningsnämnden, socialnämnden Hisingen och socialnämnden Nordost bedriver ett ändamålsenligt arbete mot hedersrelaterat våld och förtryck."],True)
q("en","fact","According to Gothenburg's auditors, which committee had come furthest in its systematic work against honour-related violence and oppression?",
  "The education committee (utbildningsnämnden).",[],HV,[2],
  ["Vår bedömning är att utbildningsnämnden har kommit längst i sitt systematiska arbete mot hedersrelaterat våld och förtryck."],True)
q("sv","recommendation","Vad rekommenderades förskolenämnden och grundskolenämnden i hedersgranskningen när det gäller att upptäcka utsatta barn?",
  "De rekommenderas att upprätta rutiner för hur personalen kan upptäcka och hur de ska agera vid misstanke om att ett barn eller en elev är utsatt för hedersrelaterat våld och förtryck.",
  [],HV,[6],["Förskolenämnden och grundskolenämnden rekommenderas att upprätta rutiner för hur personalen kan upptäcka och hur de ska agera vid misstanke om att ett barn eller en elev är utsatt"],True)

# ---------------- Hemvårdsbidrag ----------------
q("sv","fact","När beslutades Göteborgs Stads regler för hemvårdsbidrag?",
  "Reglerna beslutades av kommunfullmäktige 2005.",["2005"],HB,[4],
  ["Göteborgs Stads regler för hemvårdsbidrag beslutades av kommunfullmäktige 2005."])
q("en","list","What were the recommendations in the Gothenburg audit of the home care allowance?",
  "Both the disability support committee and the elderly care committee were told to strengthen the systematic self-checks of the allowance, strengthen their analysis of risks in case handling, and alert the city executive board that the rules are not felt to be fit for purpose; in addition, the elderly care committee was told to strengthen the systematic steering and control of the allowance.",
  [],HB,[3,4],["rekommenderas att stärka systematiken i egenkontrollen av hemvårdsbidrag.",
   "rekommenderas att stärka analysen av de risker som finns inom handläggningen av hemvårdsbidrag.",
   "att uppmärksamma kommunstyrelsen på att regelverket för hemvårdsbidrag inte upplevs som ändamålsenligt.",
   "Äldre samt vård- och omsorgsnämnden rekommenderas att stärka systematiken i sin styrning och kontroll av hemvårdsbidrag."])
u("en","How much home care allowance was paid out wrongly in Gothenburg in 2023?",
  "Not stated. The audit summary discusses controls and risks of incorrect payments but gives no amount of incorrect payments.",HB)

# ---------------- Nyanlända ----------------
q("sv","recommendation","Vilka rekommendationer fick grundskolenämnden i granskningen av introduktion och utbildning för nyanlända?",
  "Två: att se till att årskursplaceringen av nyanlända elever baseras på en kunskapsbedömning enligt skollagen, och att förbättra arbetet med individuella studieplaner så att både skollagen och den egna riktlinjen följs.",
  [],NY,[1],["Grundskolenämnden rekommenderas att se till att årskursplacering av nyanlända elever baseras på kunskapsbedömning i enlighet med skollagen.",
   "Grundskolenämnden rekommenderas att förbättra arbetet med individuella studieplaner för nyanlända elever, för att säkerställa att såväl skollagen som den egna riktlinjen följs."])
u("sv","Hur många nyanlända elever tog grundskolenämnden i Göteborg emot under 2025?",
  "Det framgår inte; rapportsammandraget redovisar inga antal nyanlända elever.",NY)

# ---------------- Personsäkerhet ----------------
q("en","fact","Since Gothenburg has no formal steering documents for elected officials' security, what does the work rely on instead?",
  "On the texts in the Politikerhandboken (the politicians' handbook), which in practice acts as a steering document although it has not been formally adopted by the city executive board or the city council.",
  [],PS,[3],["Arbetet bedrivs utifrån skrivningarna i Politikerhandboken. Vi har sett att Politikerhandboken får en styrande funktion trots att den inte utgör ett formellt styrdokument"])
q("sv","fact","När ska kommunstyrelsen senast lämna sitt yttrande över granskningen av förtroendevaldas personsäkerhet?",
  "Senast den 19 juni 2025 (missivet är daterat 17 december 2024).",["19 juni 2025"],PS,[1],
  ["Skicka yttrandet till stadsrevisionen@stadsrevisionen.goteborg.se senast den 19 juni 2025."])

# ---------------- Privata utförare ----------------
q("sv","list","Vilka insatser avgränsades granskningen av kontroll och uppföljning av privata utförare till?",
  "Personlig assistans, skyddat boende, konsulentstödda familjehem och hemtjänst enligt lagen om valfrihetssystem (LOV).",
  [],PU,[3],["Granskningen har avgränsats till följande insatser: • personlig assistans • skyddat boende • konsulentstödda familjehem • hemtjänst enligt lagen om valfrihetssystem (LOV)."])
q("sv","number","Hur stora bedöms de felaktiga utbetalningarna från välfärdssystemen vara varje år enligt stadsrevisionens rapport om privata utförare?",
  "Cirka 18 miljarder kronor per år, enligt en statlig utredning från 2019.",["18"],PU,[3],
  ["Enligt en statlig utredning från 2019 bedöms de totala felaktiga utbetalningarna från välfärdssystemen uppgå till cirka 18 miljarder kronor varje år."])
q("sv","fact","Varför är missivet om privata utförare undertecknat av Bengt Bivall och inte av ordföranden?",
  "Vice ordförande Torbjörn Rigemar ersatte ordföranden Jonas Ransgård vid mötet, men Bengt Bivall ersatte i sin tur Rigemar vid beslutet om revisionsrapporten eftersom Rigemar var jävig i förhållande till nämnden för funktionsstöd.",
  [],PU,[1],["Vice ordförande Torbjörn Rigemar ersatte ordförande Jonas Ransgård vid mötet. Bengt Bivall ersatte sedan Torbjörn Rigemar under beslutspunkten för revisionsrapporten, på grund av Rigemars jävsförhållande till nämnden för funktionsstöd."])

# ---------------- Skyfall ----------------
q("sv","recommendation","Vad rekommenderade stadsrevisionen kretslopp och vattennämnden i granskningen av skyfallshanteringen?",
  "Att göra de framställningar som behövs för att kommunfullmäktige ska kunna fatta nödvändiga och välgrundade beslut om vilka skyfallsåtgärder som ska genomföras och när. (Kommunstyrelsen fick rekommendationen att vidareutveckla den kommunövergripande styrningen.)",
  [],SK,[1],["Stadsrevisionen rekommenderar kretslopp och vattennämnden att göra de framställningar som behövs för att kommunfullmäktige ska kunna fatta nödvändiga och välgrundade beslut om vilka skyfallsåtgärder som ska genomföras och när."])
u("sv","Hur många skyfallsanläggningar har byggts i Göteborg hittills?",
  "Det framgår inte. Granskningen säger bara att endast ett fåtal skyfallsanläggningar byggts eller planeras, utan att ange något antal.",SK)

# ---------------- Trygghet och studiero ----------------
q("en","fact","In the Gothenburg audit of safety and study peace in schools, who is usually left responsible for keeping classrooms calm, and how do they feel about it?",
  "The responsibility for study peace is usually placed on the individual teacher, and teachers in both compulsory and upper secondary school say they feel alone in this work; several schools lack a joint school-wide approach.",
  [],TS,[3],["Ansvaret för studieron läggs oftast på den enskilde läraren. Det ges en samstämmig bild av att lärarna, i både grund- och gymnasieskolan, känner sig ensamma i detta arbete."])
u("sv","Hur stor andel av gymnasieeleverna i Göteborg kände sig trygga i skolan 2024?",
  "Det framgår inte som siffra. Sammandraget säger bara att en majoritet av eleverna uppger att de känner sig trygga i skolan.",TS)

# ---------------- Verksamhetsfordon ----------------
q("sv","fact","Hur ofta följer Göteborg Energi AB upp hur bolagets verksamhetsbilar används?",
  "Göteborg Energi följer upp samtliga bilar systematiskt men bara vart tredje år, utifrån uppgifter från de vanliga körjournalerna.",
  [],VF,[3],["Bolaget hämtar regelbundet in uppgifter från de vanliga körjournalerna och samtliga bilar följs upp i intervallet vart tredje år."])
u("en","How many electric cars did the social welfare committee South-West have in its fleet at the time of the vehicle audit?",
  "Not stated. The report only says electric cars are still relatively few, without giving a number for any of the audited organisations.",VF)

# ---------------- Revisionsberättelse 2024 Göteborg ----------------
q("en","fact","Why did Gothenburg's auditors direct a formal remark at the procurement committee for 2024?",
  "Because the committee (inköps- och upphandlingsnämnden) decided to boycott goods from certain states, which is contrary to the Local Government Act. Members who entered reservations or did not take part were exempted.",
  [],RB,[1],["Anmärkning har riktats mot inköps- och upphandlingsnämnden. Anledningen är att nämnden fattat ett beslut om bojkott av varor från vissa stater, vilket är i strid mot kommunallagen."])
q("sv","number","Hur mycket höjdes grundskolenämndens kommunbidragsram genom kompletteringsbudgeten i mars 2024?",
  "Med 100 miljoner kronor för år 2024 och framåt.",["100"],RB,[18],
  ["Beslutet innebar att grundskolenämndens kommunbidragsram höjdes med 100 miljoner kronor för år 2024 och framåt."])
q("en","number","How much of the increase in per-pupil funding for pension costs would have gone to independent schools, according to the school administration?",
  "23 million kronor.",["23"],RB,[18],
  ["Förvaltningen uppger att de fristående huvudmännens andel av ökningen av elevpengen utgjorde 23 miljoner kronor."])
q("sv","number","Hur föll omröstningen i grundskolenämnden den 21 maj 2024 om att verkställa beslutet om kompletteringsbudgeten?",
  "5 ja-röster mot 4 nej-röster för yrkandet från S, V och MP.",["5","4"],RB,[42],
  ["Med 5 ja-röster röster mot 4 nej-röster har grundskolenämnden beslutat enligt yrkandet från S, V och MP."])
q("en","recommendation","How did the Social Democrat, Left Party and Green members of the compulsory school committee answer the auditors' remark?",
  "They said their intention was to distribute resources in line with the Education Act and equal-terms funding, that they believed there was legal room for the procedure, that their views on the funding rules did not drive the proposals, that they paid out the remaining share to independent providers immediately after the court ruling, and that the process shows the legal system works.",
  [],RB,[44],["Vår avsikt med besluten om kompletteringsbudget har varit att säkerställa en fördelning av resurser i enlighet med skollagen och bestämmelserna för bidrag på lika villkor.",
   "rättade vi oss efter domen och betalade omgående ut motsvarande kvarstående andel av kompletterande budget till de enskilda huvudmännen.",
   "Om något så visar denna process att rättssystemet fungerar."])
q("sv","table","Hur stor andel av rektorerna respektive de biträdande rektorerna i grundskolan uppger att de har möjlighet till kompetensutveckling?",
  "71 procent av rektorerna men bara 45 procent av de biträdande rektorerna.",["71","45"],RB,[24],
  ["En majoritet av rektorerna (71 procent) uppger i vår enkät att de har möjlighet till kompetensutveckling.",
   "När det gäller de biträdande rektorerna är det betydligt färre som anser att de har möjlighet till kompetensutveckling (45 procent)."])
u("en","How many city council members voted in favour of the remark against the procurement committee in April 2025?",
  "Not stated. The documents only say the council was to deal with the matter on 24 April 2025; no council vote is recorded.",RB)

# ---------------- Granskning budgetprocessen Region Kalmar ----------------
q("sv","table","Hur väl träffade augustiprognosen för hälso- och sjukvårdsförvaltningens budgetavvikelse 2022 jämfört med utfallet?",
  "Augustiprognosen var -335 mnkr och utfallet blev -341 mnkr, dvs. 6 mnkr sämre än prognosen (aprilprognosen var -304 mnkr).",
  ["-335","-341"],BP,[27],["2022, belopp i mnkr Nämnd/verksamhet Prognos april Prognos augusti Utfall i ÅR Regionstyrelsen Hälso- och sjukvårdsförvaltningen -304 -335 -341"])
q("en","table","What was Region Kalmar län's result in 2021, and what was its balance requirement result that year?",
  "The result was 787 million kronor and the balance requirement result 596 million kronor.",["787","596"],BP,[7],
  ["År Resultat, mnkr Balanskravs-resultat, mnkr5 2018 -76 -92 2019 170 -11 2020 359 420 2021 787 596"])
q("sv","fact","Vem genomförde granskningen av budgetprocessen i Region Kalmar län, och när?",
  "Sirona AB på uppdrag av revisorerna, under perioden oktober–december 2023. Uppdragsansvarig var Shadi Abbas, granskningsledare Kari Aartojärvi, granskare Johan Assarsson och Amanda von Schinkel; projektledare från revisionskontoret var revisionschef Joakim Klasa.",
  [],BP,[4],["Granskningen utfördes av Sirona AB på uppdrag av revisorerna i Region Kalmar län under perioden oktober 2023 till december 2023.",
   "Granskningsledare i uppdraget var Kari Aartojärvi, Certifierad kommunal revisor"])
q("sv","number","Hur stort underskott budgeterade Region Kalmar län i regionplanen 2024–2026?",
  "Ett underskott på 177 mnkr (mot 153 mnkr i regionplanen 2023–2025).",["177"],BP,[6],
  ["Regionen har i regionplanen 2023–2025 budgeterat med ett underskott på 153 mnkr. I regionplanen 2024–2026 budgeteras ett underskott på 177 mnkr."])
q("sv","list","Vilka övergripande mål har Region Kalmar län haft i sina regionplaner 2021–2024?",
  "Fem mål: Nöjda invånare och samarbetspartners; Hållbar utveckling i hela länet; Sveriges bästa kvalitet, tillgänglighet och säkerhet; En av Sveriges bästa arbetsplatser; God ekonomisk hushållning.",
  [],BP,[6],["Nöjda invånare och samarbetspartners • Hållbar utveckling i hela länet • Sveriges bästa kvalitet, tillgänglighet och säkerhet • En av Sveriges bästa arbetsplatser • God ekonomisk hushållning"])
u("en","What was the actual budget outturn for the public transport committee in Region Kalmar län for 2023?",
  "Not stated. The report only has the 2023 forecasts (-68 million kronor in April and -55 million kronor in August); no outturn for 2023 is given.",BP)
q("en","number","How many people were interviewed for the audit of Region Kalmar län's budget process?",
  "21 people, both elected officials and officials.",["21"],BP,[5],
  ["För att få ett fördjupat underlag och för att öka vår förståelse av planering och genomförande av de olika aktiviteterna i budgetprocessen intervjuades 21 personer."])

# ---------------- Kalmar nation ----------------
q("en","table","How much did Kalmar Nation earn from its financial investments in 2025 compared with 2024?",
  "798,561.90 kr in 2025 against 842,883.17 kr in 2024, i.e. 44,321.27 kr less.",
  ["798,561.90","842,883.17"],KN,[3],["Resultat från övriga finansiella Anläggningstillgångar 3 798,561.90 842,883.17"])
q("sv","number","Vad blev Kalmar Nations resultat för 2025?",
  "Ett överskott på 645 262,92 kr (tryckt 645,262.92), efter en förlust på 3 001 485,05 kr året innan.",
  ["645,262.92"],KN,[3],["Resultat efter finansiella poster 645,262.92 -3,001,485.05 Årets resultat 645,262.92 -3,001,485.05"])
q("sv","fact","Vad uppmärksammade revisorn särskilt i granskningen av Kalmar Nations bokslut för 2025?",
  "En äldre kundfordran på 10 000 kr avseende tobaksautomaten i källaren skrevs ned som konstaterad kundförlust; övriga äldre fordringar om 42 961 kr (2022–2024) följs upp under 2026. I övrigt inga anmärkningar, och revisorn rekommenderar att bokslutet godkänns och styrelsen beviljas ansvarsfrihet.",
  ["10 000","42 961"],KN,[9],["En fordran avseende tobaksautomaten i källaren (10 000 kr), från föregående räkenskapsår, bedömdes av ekonomiansvarig som osannolik att erhålla och skrevs ned som konstaterad kundförlust.",
   "Övriga äldre fordringar om 42 961 kr (avseende åren 2022–2024) följs upp under 2026."])
u("en","How many members did Kalmar Nation have in 2025?",
  "Not stated. The annual accounts give staff numbers (2 employees on average) but no membership figure.",KN)

# ---------------- RUN verksamhetsberättelse aug 2023 ----------------
q("sv","table","Vad var regionala utvecklingsnämndens budget för lokalhyror 2023 och vad blev helårsprognosen i augusti?",
  "Budgeten var 25 096 tkr och helårsprognosen 25 194 tkr, alltså 98 tkr över budget.",
  ["25 096","25 194"],RUN,[15],["Lokalhyror 25 096 16 578 66 17 205 25 194"])
q("en","table","In the regional development committee's August 2023 report, which activity accounts for the largest forecast full-year budget deviation?",
  "Regional development (Regional utveckling), with 4 205 thousand kr of the total 7 208 thousand kr; it had also used only 30 % of its budget by August.",
  ["4 205","7 208"],RUN,[16],["Regional utveckling 51 264 15 473 30 20 110 4 205 Summa 204 846 106 668 52 103 927 7 208"])
q("sv","number","Hur mycket har Tillväxtverket beviljat regionala utvecklingsförvaltningen för arbete med landsbygdsutveckling?",
  "Totalt 1,5 mnkr under tre år.",["1,5"],RUN,[20],
  ["Under sommaren har Tillväxtverket beslutat om finansiering med totalt 1,5 mnkr under tre år för arbete med landsbygdsutveckling."])
u("sv","Hur hög var sjukfrånvaron i regionala utvecklingsförvaltningen till och med augusti 2023?",
  "Det framgår inte. Verksamhetsberättelsen har en bild med rubriken Sjukfrånvaron, men inga siffror redovisas.",RUN)

# ---------------- Simrishamn ----------------
q("sv","table","Hur mycket vill kultur- och fritidsnämnden i Simrishamn investera totalt 2027 respektive 2028?",
  "37 525 tkr 2027 och 17 125 tkr 2028 (summa investeringsbudget, inklusive reinvesteringar).",
  ["37 525","17 125"],SIM,[5],["Summa investeringsbudget 37 525 17 125 7 475 5 775 4 075 71 975"])
q("en","table","How much does Simrishamn's culture and leisure committee plan to spend on a new artificial turf pitch at Skillinge, and in which year?",
  "10 000 thousand kr, all of it in 2028.",["10 000"],SIM,[4],["12 N Ny konstgräsplan Skillinge 0 10 000 0 0 0 10 000"])
q("sv","number","Vilken årlig driftkostnad räknar Simrishamn med för den planerade kulturbussen?",
  "500 tkr per år (investeringen är 3 000 tkr 2028).",["500"],SIM,[24],
  ["Vilken driftseffekt, exkl. 500 tkr årligen kapitalkostnader, får projektet tkr?"])
u("en","How many visitors a year does Simrishamn expect at the new year-round sauna at Tobisviksbadet?",
  "Not stated. The budget request describes the sauna and cold-bathing plans but gives no visitor estimate.",SIM)

for i,d in enumerate(Q,1):
    d2={"id":f"b28-{i:03d}"}; d2.update(d); Q[i-1]=d2
with open('/work/blind/out/b28.jsonl','w') as f:
    for d in Q: f.write(json.dumps(d,ensure_ascii=False)+'\n')
import collections
print(len(Q), collections.Counter(d['type'] for d in Q), collections.Counter(d['lang'] for d in Q))
print(collections.Counter(d['doc'] for d in Q))
