import json
IMG = "image"
items = []
def q(lang, typ, question, answer, numbers, doc, pages, quotes, image=False):
    d = {"lang": lang, "type": typ, "question": question, "answer": answer,
         "numbers": numbers, "doc": doc, "pages": pages, "quotes": quotes}
    if image and quotes:
        d["quote_source"] = IMG
    items.append(d)

HJ = "brf-hjorthagen-scanned"
q("sv","table","Hur mycket ökade räntekostnaderna i Brf Hagelbössan 1 i Hjorthagen mellan 2022 och 2023?",
  "Räntekostnaderna steg från 272 514 kr 2022 till 633 678 kr 2023, alltså en ökning med drygt 361 000 kr.",
  ["633 678","272 514"], HJ, [9],
  ["Räntekostnader och liknande resultatposter 10 -633 678 -272 514"], image=True)
q("sv","number","Hur mycket höjs årsavgiften i Hagelbössan från januari 2024?",
  "Styrelsen har beslutat om en avgiftshöjning med 25 % från 1 januari 2024.",
  ["25%"], HJ, [6],
  ["I samband med budgetarbete har styrelsen beslutat om avgiftshöjning med 25% from 1 januari 2024."], image=True)
q("en","fact","How many of the flats in Brf Hagelbössan 1 i Hjorthagen are tenant-owned and how many are rented out?",
  "Of the 38 flats, 29 are held as bostadsrätt (tenant-owned) and 9 are rental flats (hyresrätt).",
  ["29","9"], HJ, [4],
  ["Av dessa lägenheter är 29 upplåtna med bostadsrätt och 9 med hyresrätt."], image=True)
q("sv","unanswerable","Vad beräknas takrenoveringen i Brf Hagelbössan 1 kosta?",
  "Det framgår inte. Årsredovisningen nämner bara att tak och balkong planeras 2024–2026 men anger ingen kostnad.",
  [], HJ, [], [])

HU = "brf-husarvikens-strand-badenc"
q("sv","table","Hur mycket betalade Brf Husarvikens Strand i avgift till samfälligheterna 2023 jämfört med året innan?",
  "Avgiften för samfällighet var 916 441 kr 2023 mot 450 392 kr 2022, alltså ungefär en fördubbling.",
  ["916 441","450 392"], HU, [12],
  ["Tomträttsavgälder 607 800 542 150 Avgift för samfällighet 916 441 450 392"], image=True)
q("sv","number","Med hur många procent höjde Husarvikens Strand avgiften inför 2024?",
  "Styrelsen beslutade om en avgiftshöjning på 5 % inför 2024, bland annat för att ett lån ska omsättas till högre ränta.",
  ["5%"], HU, [5],
  ["Det tillsammans med övriga kostnadsjusteringar som skett under året innebar att styrelsen tog beslut om en avgiftshöjning på 5% inför 2024."], image=True)
q("en","fact","How many of the parking spaces used by Brf Husarvikens Strand have working EV chargers?",
  "All 15 parking spaces have charging posts, but only 7 of them are activated at present.",
  ["15","7"], HU, [3],
  ["Alla 15 parkeringsplatser är försedda med laddstolpar varav 7 st är aktiverade i dagsläget."], image=True)
q("sv","unanswerable","Vad kom utredningen om solpaneler i Husarvikens Strand fram till – ska föreningen installera dem?",
  "Det framgår inte. Utredningen blev klar i januari 2024 och lämnades till styrelsen, som ska enas om en rekommendation inför stämman 2024, men resultatet redovisas inte.",
  [], HU, [], [])

ND = "brf-norra-djurgardsstaden-ligatures"
q("sv","number","Hur många medlemmar hade Brf Norra Djurgårdsstaden när 2023 var slut?",
  "106 medlemmar (104 vid årets början, 14 tillkom och 12 avgick).",
  ["106"], ND, [6],
  ["Vid räkenskapsårets slut fanns det 106 medlemmar i föreningen."], image=True)
q("sv","table","Hur mycket ökade kostnaden för uppvärmning i Brf Norra Djurgårdsstaden från 2022 till 2023?",
  "Uppvärmningen kostade 557 tkr 2023 mot 394 tkr 2022, en ökning med 163 tkr.",
  ["557","394"], ND, [15],
  ["Fastighetsel 274 300 Uppvärmning 557 394 Vatten 101 49"], image=True)
q("sv","unanswerable","Hur många laddboxar finns i garaget hos Brf Norra Djurgårdsstaden?",
  "Det anges inte. Årsredovisningen nämner bara att föreningens laddboxar i garaget uppgraderats och att laddbox gav 6 tkr i intäkter, inte hur många de är.",
  [], ND, [], [])

SM = "brf-smultronstallet-ytterby-2023"
q("sv","table","Hur har årsavgiften per kvadratmeter utvecklats i Brf Smultronstället sedan 2019?",
  "Den har ökat från 669 kr/kvm 2019 till 817 kr/kvm 2023 (719 kr 2022, 690 kr 2021 och 676 kr 2020).",
  ["817","669"], SM, [4],
  ["Årsavgifter, kr/kvm 817 719 690 676 669 Årsavgifter/totala intäkter, % 91 0 0 0 0"])
q("en","table","How much did Brf Smultronstället spend on electricity in 2023 compared with 2022?",
  "Electricity cost 315 572 kr in 2023 against 292 315 kr in 2022, about 23 000 kr more.",
  ["315 572","292 315"], SM, [12],
  ["Reparationer 205 928 113 586 El 315 572 292 315 Vatten 216 589 200 510"])
q("sv","list","Vilket underhåll gjordes i Brf Smultronstället under 2023?",
  "Carportar och förråd målades, ledlampor i carportarna byttes, 8 nya förrådsdörrar och en ny dörr till stora soprummet sattes in, fläkten i hus 4 byttes och tre lås byttes till elektriska Yale Doorman.",
  ["8"], SM, [3],
  ["Carportar och förråd har målats. Ledlampor i carportar är bytta. 8 nya förrådsdörrar har satts in (2-8 samt 26-32).",
   "Ny dörr till stora soprummet har satts in. Bytt fläkt, hus nr.4 Bytt tre lås, yale doorman (elektriska) 24, 32, 52."])
q("sv","unanswerable","Vad har Smultronstället budgeterat för panelbytet och ommålningen 2026?",
  "Det står inte. Årsredovisningen säger bara att föreningen planerar panelbyte och ommålning 2026, utan något belopp.",
  [], SM, [], [])

FY = "fiktivt-yttrande-budgetprocessen-2024"
q("sv","recommendation","Vad svarade regionstyrelsen i Region Kalmar län på revisorernas rekommendation om effekthemtagning?",
  "Någon modell för att följa upp effekthemtagning finns inte än. Regionstyrelsen tänker ge regiondirektören i uppdrag att ta fram en efter delårsrapporten per augusti 2024, så att den kan användas från budgetåret 2025. Status: ej påbörjat.",
  ["2024","2025"], FY, [2],
  ["Någon modell för att följa upp effekthemtagning har ännu inte tagits fram.",
   "Regionstyrelsen avser att ge regiondirektören i uppdrag att utforma en sådan modell efter delårsrapporten per augusti 2024, med sikte på att den ska tillämpas från och med budgetåret 2025."])
q("sv","list","Vilka av revisorernas rekommendationer om budgetprocessen anger regionstyrelsen i Region Kalmar län som åtgärdade?",
  "Två: rekommendation 2 (tidigare start, med ny tidplan och verksamhetsplaner senast 30 september) och rekommendation 7 (femårsjämförelse och trendrapport över intäkts- och kostnadsslag).",
  [], FY, [1,3],
  ["Anvisningarna för verksamhetsplanering har ändrats så att regionstyrelsen och nämnderna ska fastställa sina verksamhetsplaner senast den 30 september. Status: Åtgärdat",
   "En motsvarande trendrapport finns sedan den 1 mars 2024 tillgänglig för samtliga förvaltningar i regionens analysverktyg. Status: Åtgärdat"])
q("en","fact","When is Region Kalmar län's regional council due to deal with the proposed regional plan for 2025–2027?",
  "On 18–19 June 2024.",
  ["18–19 juni 2024"], FY, [1],
  ["Arbetet med regionplan 2025–2027 inleddes med ett budgetseminarium den 15 januari 2024, och förslaget till regionplan behandlas av regionfullmäktige den 18–19 juni 2024."])
q("sv","unanswerable","Hur stor besparing väntas de prioriterade åtgärderna i Region Kalmar läns regionplan 2025–2027 ge?",
  "Det framgår inte. Förvaltningarna skulle lämna förslag med beräknad ekonomisk effekt senast 15 april 2024, men arbetet pågick och inga belopp redovisas.",
  [], FY, [], [])

AR = "gbg-arsredogorelse-2022"
q("sv","table","Hur stort underskott gjorde Stadsrevisionen i Göteborg 2022 jämfört med budget?",
  "Resultatet blev -584 tkr mot budgeterade -500 tkr, en negativ avvikelse på 84 tkr.",
  ["-584","-500","-84"], AR, [43],
  ["Årets negativa resultat blev -584 tusen kronor mot budgeterade -500 tusen kronor, vilket ger en negativ avvikelse på -84 tusen kronor."])
q("en","table","How many employees did Gothenburg's city audit office (Stadsrevisionen) have at the end of 2022, 2021 and 2020?",
  "34 in 2022, 31 in 2021 and 35 in 2020.",
  ["34","31","35"], AR, [45],
  ["Timavlönade 1 1 1 Totalt antal anställda 34 31 35"])
q("sv","table","Varför sjönk lönekostnaden per årsarbetare hos Stadsrevisionen i Göteborg 2022, och hur mycket?",
  "Den gick från 581 tkr 2021 till 560 tkr 2022, eftersom de som anställdes hade ett lägre löneläge än de som slutade.",
  ["560","581"], AR, [46],
  ["Arbetad tid (årsarbetare) 35,1 32,7 33,6 Lönekostnad per årsarbetare 560 581 521",
   "de som har påbörjat sin anställning har haft ett samlat lägre löneläge än de som har avslutat sin anställning under perioden."])
q("sv","fact","Hur länge hade Bengt Bivall suttit i Göteborgs stadsrevision när han avgick som ordförande?",
  "I 37 år (han började 1985); de senaste fyra åren som ordförande.",
  ["37"], AR, [3],
  ["Som avgående ordförande efter de senaste fyra åren må det vara tillåtet att något reflektera över mina 37 år i stadens revision."])

EN = "gbg-granskning-energianvandning-2024"
q("sv","number","Hur mycket ska Higab investera i särskilda energiåtgärder fram till 2030?",
  "Totalt 200 miljoner kronor inom bolagets energieffektiviseringsprojekt.",
  ["200"], EN, [5],
  ["Inom ramen för projektet kommer totalt 200 miljoner kronor att investeras i särskilda energiåtgärder fram till år 2030, i syfte att uppnå energimålet."])
q("sv","recommendation","Vad ska stadsfastighetsnämnden göra enligt revisorernas granskning av energianvändningen i stadens lokaler?",
  "Revidera och på nytt fastställa energieffektiviseringsplanen och målet för minskad energianvändning som den tidigare lokalnämnden beslutade, samt (tillsammans med övriga) hantera åtgärderna i fullmäktiges energiplan mer systematiskt.",
  [], EN, [1],
  ["Stadsfastighetsnämnden rekommenderas att revidera och på nytt fastställa sin energieffektiviseringsplan och det mål för minskad energianvändning som beslutades av den tidigare lokalnämnden."])
q("en","fact","In the Gothenburg audit of energy use in housing and premises, which organisation had systematically followed up its energy efficiency plan for 2023?",
  "Only stadsfastighetsnämnden (the city property committee).",
  ["2023"], EN, [3],
  ["Enbart stadsfastighetsnämnden har genomfört en systematisk uppföljning av sin energieffektiviseringsplan för år 2023."])
q("sv","unanswerable","Hur stor var Familjebostäders energianvändning per kvadratmeter 2023?",
  "Det redovisas inte. Granskningen beskriver bolagets arbete och mål men anger inga siffror för energianvändningen.",
  [], EN, [], [])

EX = "gbg-granskning-extremism-2024"
q("sv","fact","När togs Göteborgs samlade lägesbild över våldsbejakande extremistmiljöer senast fram?",
  "2018 – den har inte uppdaterats sedan dess.",
  ["2018"], EX, [7],
  ["Den stadenövergripande lägesbilden som presenterades 2018 har inte uppdaterats sedan dess."])
q("en","recommendation","What did Gothenburg's auditors recommend to socialnämnden Centrum about the resource team against violent extremism?",
  "To clarify and communicate the team's purpose and mission (the team was little known and rarely used).",
  [], EX, [1],
  ["Socialnämnden Centrum rekommenderas att tydliggöra och kommunicera syfte och uppdrag för resursteamet mot våldsbejakande extremism och radikalisering."])
q("sv","unanswerable","Hur många återvändare från extremistmiljöer finns i socialnämnden Nordosts stadsområde?",
  "Det framgår inte – granskningen konstaterar tvärtom att nämnden saknar en bild av hur många återvändare som finns.",
  [], EX, [], [])

HE = "gbg-granskning-hedersrelaterat-vald-2023-scan"
q("sv","number","Hur många rekommendationer lämnades i Göteborgs granskning av arbetet mot hedersrelaterat våld och förtryck?",
  "Åtta rekommendationer.",
  ["åtta"], HE, [6],
  ["Utifrån granskningens iakttagelser lämnar revisionskontoret åtta rekommendationer. Samtliga granskade nämnder rekommenderas att säkerställa att personalen får kompetensutveckling"], image=True)
q("sv","fact","Vilken nämnd hade kommit längst i arbetet mot hedersrelaterat våld enligt stadsrevisionen?",
  "Utbildningsnämnden.",
  [], HE, [2],
  ["Vår bedömning är att utbildningsnämnden har kommit längst i sitt systematiska arbete mot hedersrelaterat våld och förtryck."], image=True)
q("en","list","Which committees were covered by the Gothenburg audit of work against honour-related violence and oppression?",
  "Förskolenämnden, grundskolenämnden, utbildningsnämnden, socialnämnden Hisingen and socialnämnden Nordost; socialnämnden Centrum was only touched on through its coordinating role.",
  [], HE, [1],
  ["Granskningen syftade till att bedöma om förskolenämnden, grundskolenämnden, utbildningsnämnden, socialnämnden Hisingen och socialnämnden Nordost bedriver ett ändamålsenligt arbete mot hedersrelaterat våld och förtryck."], image=True)
q("sv","unanswerable","Hur många orosanmälningar om hedersrelaterat våld kom in för barn och unga i Göteborg?",
  "Det anges inte. Rapporten hänvisar till statistik i Treserva och säger att siffrorna inte ger en rättvisande bild, men redovisar inga antal.",
  [], HE, [], [])

HV = "gbg-granskning-hemvardsbidrag-2023"
q("sv","fact","Hur gamla är Göteborgs regler för hemvårdsbidrag – när antogs de?",
  "2005.",
  ["2005"], HV, [4],
  ["Göteborgs Stads regler för hemvårdsbidrag beslutades av kommunfullmäktige 2005."])
q("en","recommendation","Apart from the joint recommendations, what did the auditors specifically recommend to äldre samt vård- och omsorgsnämnden about the home care allowance?",
  "To strengthen the systematic approach in its governance and control of the allowance, since it lacks guidance and handles cases differently within the administration.",
  [], HV, [4],
  ["Äldre samt vård- och omsorgsnämnden rekommenderas att stärka systematiken i sin styr- ning och kontroll av hemvårdsbidrag.",
   "bedömer vi att nämnden behöver stärka styrningen av hur bidraget handläggs."])
q("sv","unanswerable","Hur många personer fick hemvårdsbidrag i Göteborg under 2022?",
  "Det framgår inte; granskningen redovisar inga uppgifter om antal mottagare eller utbetalade belopp.",
  [], HV, [], [])

NY = "gbg-granskning-nyanlanda-2026"
q("sv","fact","Sedan när har grundskolenämnden sin nya process för att ta emot nyanlända elever?",
  "Sedan 1 januari 2025, men den följs inte fullt ut och är inte tillräckligt känd.",
  ["1 januari 2025"], NY, [5],
  ["Nämnden har en ny process för mottagande och bedömning av nyanlända elevers",
   "som infördes den 1 januari 2025. Men processen för mottagandet av nyanlända elever följs inte fullt ut i praktiken"])
q("en","number","How soon must a newly arrived pupil in lower secondary school get an individual study plan?",
  "No later than two months after reception (once their knowledge has been assessed).",
  ["två"], NY, [6],
  ["En nyanländ elev i högstadiet, som har fått sina kunskaper bedömda, ska få en individuell studieplan senast två månader efter mottagandet."])
q("sv","list","Vilka nämnder i Göteborg ansvarar för introduktion och utbildning av nyanlända?",
  "Fyra: nämnden för arbetsmarknad och vuxenutbildning, socialnämnden Centrum, grundskolenämnden och utbildningsnämnden.",
  ["fyra"], NY, [4],
  ["I Göteborgs Stad är det fyra nämnder som ansvarar för området: nämnden för arbetsmark- nad och vuxenutbildning, socialnämnden Centrum, grundskolenämnden samt utbildnings- nämnden."])
q("sv","unanswerable","Hur många nyanlända elever tog grundskolenämnden emot under 2025?",
  "Det står inte i rapportsammandraget; antal elever redovisas inte.",
  [], NY, [], [])

PS = "gbg-granskning-personsakerhet-2024"
q("sv","fact","Vad styr i praktiken säkerhetsarbetet kring Göteborgs förtroendevalda?",
  "Politikerhandboken – trots att den inte är ett formellt styrdokument beslutat av kommunstyrelsen eller fullmäktige.",
  [], PS, [3],
  ["Vi har sett att Politikerhandboken får en sty- rande funktion trots att den inte utgör ett formellt styrdokument beslutat av kommunsty- relsen eller kommunfullmäktige."])
q("en","recommendation","What did the Gothenburg auditors recommend the city executive board regarding the personal safety of elected representatives?",
  "To take the initiative to clarify governance, the division of responsibility and follow-up of elected representatives' personal safety.",
  [], PS, [1],
  ["Kommunstyrelsen rekommenderas att ta initiativ till att förtydliga styrningen, ansvarsför- delningen och uppföljningen avseende förtroendevaldas personsäkerhet."])
q("sv","unanswerable","Hur många hot- eller våldsincidenter mot förtroendevalda i Göteborg registrerades 2024?",
  "Det framgår inte. Stadsledningskontoret sammanställer statistik över incidenterna, men siffrorna redovisas inte i granskningen.",
  [], PS, [], [])

PU = "gbg-granskning-privata-utforare-2024"
q("sv","number","Hur stora beräknas de felaktiga utbetalningarna från välfärdssystemen vara per år enligt granskningen av privata utförare?",
  "Cirka 18 miljarder kronor per år, enligt en statlig utredning från 2019.",
  ["18","2019"], PU, [3],
  ["Enligt en statlig utredning från 2019 bedöms de totala felaktiga utbetalningarna från välfärdssystemen uppgå till cirka 18 miljarder kronor varje år."])
q("en","number","In the review of private home-care providers, how many of the ten provider reports showed deviations?",
  "Nine of the ten providers had deviations, and the administration demanded action plans.",
  ["tio","nio"], PU, [6],
  ["Revisionskontoret har ta- git del av utförarrapporterna för tio privata utförare. Rapporterna visade att nio utförare hade avvikelser"])
q("sv","list","Vilka insatser omfattade granskningen av kontroll och uppföljning av privata utförare?",
  "Personlig assistans, skyddat boende, konsulentstödda familjehem och hemtjänst enligt LOV.",
  [], PU, [3],
  ["• personlig assistans • skyddat boende • konsulentstödda familjehem • hemtjänst enligt lagen om valfrihetssystem (LOV)."])

SK = "gbg-granskning-skyfall-2022"
q("sv","fact","När antog Göteborgs fullmäktige tillägget till översiktsplanen som handlar om översvämningsrisker?",
  "Den 25 april 2019.",
  ["25 april 2019"], SK, [3],
  ["4 Tematiskt tillägg för översvämningsrisker, antagen av kommunfullmäktige den 25 april 2019, sid. 14."])
q("sv","recommendation","Vad rekommenderade stadsrevisionen kretslopp och vattennämnden i skyfallsgranskningen?",
  "Att göra de framställningar som behövs för att kommunfullmäktige ska kunna fatta välgrundade beslut om vilka skyfallsåtgärder som ska genomföras och när.",
  [], SK, [1],
  ["rekommenderar kretslopp och vattennämnden att göra de framställ- ningar som behövs för att kommunfullmäktige ska kunna fatta nödvändiga och välgrun- dade beslut om vilka skyfallsåtgärder som ska genomföras och när."])
q("en","fact","According to Stadsrevisionen's summary on cloudburst management, why can't Gothenburg simply carry out flood measures in existing buildings?",
  "There is no binding legislation for existing buildings and the municipality lacks full control, because responsibility for climate adaptation of existing buildings lies with each property owner.",
  [], SK, [2],
  ["I befintlig bebyggelse saknas en tvingande lagstiftning och kommuner har inte heller full rådighet att genomföra nödvändiga åtgärder eftersom ansvaret för klimatanpassning av befintlig bebyggelse åligger respektive fastighetsägare."])
q("sv","unanswerable","Hur många skyfallsanläggningar har byggts i Göteborg hittills?",
  "Något antal anges inte; granskningen säger bara att endast ett fåtal skyfallsanläggningar har byggts eller planeras.",
  [], SK, [], [])

TS = "gbg-granskning-trygghet-studiero-2024"
q("sv","fact","I vilka årskurser tyckte en majoritet av Göteborgs elever att det inte alltid är arbetsro på lektionerna?",
  "I årskurs 5 och 8 i grundskolan; i gymnasiets andra år gällde det nära hälften av eleverna (Skolinspektionens enkät 2024).",
  ["5","8"], TS, [3],
  ["Trots det upplever en majoritet av eleverna i årskurserna 5 och 8 i grundskolan och nära hälften av eleverna som går andra året i gymnasieskolan"])
q("en","recommendation","In the audit of safety and study peace in Gothenburg schools, which recommendation was aimed only at the compulsory school committee?",
  "That grundskolenämnden must ensure that decisions on disciplinary measures (such as suspensions) follow the rules.",
  [], TS, [1],
  ["Grundskolenämnden rekommenderas att säkerställa att beslut om disciplinära åtgärder följer regelverket."])
q("sv","unanswerable","Hur många kränkningsanmälningar gjordes till rektorerna i Göteborgs grundskolor under 2024?",
  "Det redovisas inte; granskningen konstaterar bara att personalen inte alltid anmäler kränkningar till rektorn.",
  [], TS, [], [])

VF = "gbg-granskning-verksamhetsfordon-2022"
q("sv","fact","Hur ofta följer Göteborg Energi upp hur varje tjänstebil används?",
  "Vart tredje år; bolaget hämtar in uppgifter från körjournalerna och alla bilar följs upp i det intervallet.",
  [], VF, [3],
  ["Bolaget hämtar regelbundet in uppgifter från de vanliga körjournalerna och samtliga bilar följs upp i intervallet vart tredje år."])
q("en","fact","In the 2022 audit of work vehicles, which organisation had personal driver logs installed in all its cars?",
  "Only park- och naturnämnden (with some exceptions for older cars).",
  [], VF, [4],
  ["Det är endast park- och naturnämnden som har valt att ha personlig körjournal installerad på samtliga bilar (vissa undantag finns som omfattar äldre bilar)."])
q("sv","recommendation","Vad behöver Göteborg Energi AB göra enligt lekmannarevisorernas granskning av verksamhetsfordon?",
  "Slutföra arbetet med att ta fram en koncernövergripande rutin för fordonen i beredskapsverksamheten.",
  [], VF, [3],
  ["Göteborg Energi AB, som i allt väsentligt har tillfredsställande rutiner, behöver slutföra arbetet med att ta fram en koncernövergripande rutin för de fordon som används inom"])

RB = "gbg-revisionsberattelse-2024"
q("sv","number","Hur mycket höjdes grundskolenämndens ram i kompletteringsbudgeten 2024, och hur mycket ville nämnden lägga på elevpengen för pensioner?",
  "Ramen höjdes med 100 miljoner kronor; nämnden avsatte 90 miljoner kronor till elevpengen för ökade pensionskostnader.",
  ["100","90"], RB, [18],
  ["att grundskolenämndens kommunbidragsram höjdes med 100 miljoner kronor för år 2024 och framåt.",
   "avsätta 90 miljoner kronor till elevpengen för att kompensera skolenheternas ökade kostnader för avtalade förmånsbestämda pensioner"])
q("sv","number","Hur många rektorer och biträdande rektorer fanns i Göteborgs grundskoleförvaltning hösten 2024?",
  "67 rektorer och 220 biträdande rektorer (oktober 2024).",
  ["67","220"], RB, [23],
  ["Det finns idag (oktober år 2024) 67 rektorer anställda och 220 biträdande rektorer."])
q("sv","table","Hur stor andel av rektorerna respektive de biträdande rektorerna i Göteborgs grundskola säger att de har möjlighet till kompetensutveckling?",
  "71 procent av rektorerna men bara 45 procent av de biträdande rektorerna.",
  ["71","45"], RB, [24],
  ["En majoritet av rektorerna (71 procent) uppger i vår enkät att de har möjlighet till kompetensutveckling.",
   "När det gäller de biträdande rektorerna är det betydligt färre som anser att de har möjlighet till kompetensutveckling (45 procent)."])
q("sv","fact","Vilket datum skulle Göteborgs kommunfullmäktige pröva ansvarsfriheten för 2024?",
  "Den 24 april 2025.",
  ["24 april 2025"], RB, [1],
  ["Revisionsberättelsen överlämnas till kommunfullmäktiges sammanträde den 24 april 2025 för beslut om ansvarsfrihet för kommunens styrelse och nämnder."])
q("sv","fact","Varför fick inköps- och upphandlingsnämnden i Göteborg en anmärkning för 2024?",
  "För att nämnden beslutade om bojkott av varor från vissa stater, vilket strider mot kommunallagen.",
  [], RB, [1],
  ["Anmärkning har riktats mot inköps- och upphandlingsnämnden. Anledningen är att nämnden fattat ett beslut om bojkott av varor från vissa stater, vilket är i strid mot kommunallagen."])

BP = "granskning-budgetprocessen-2023"
q("sv","table","Vilket resultat redovisade Region Kalmar län 2021 och hur stort var balanskravsresultatet?",
  "Resultatet 2021 var 787 mnkr och balanskravsresultatet 596 mnkr.",
  ["787","596"], BP, [7],
  ["År Resultat, mnkr Balanskravs-resultat, mnkr5 2018 -76 -92 2019 170 -11 2020 359 420 2021 787 596"])
q("en","table","How close was Region Kalmar län's August forecast for the health care administration's 2022 budget deviation to the actual outcome?",
  "The August forecast was -335 mnkr and the outcome in the annual report was -341 mnkr, so the deficit ended 6 mnkr larger than forecast (the April forecast was -304).",
  ["-335","-341"], BP, [27],
  ["2022, belopp i mnkr Nämnd/verksamhet Prognos april Prognos augusti Utfall i ÅR Regionstyrelsen Hälso- och sjukvårdsförvaltningen -304 -335 -341"])
q("sv","number","Hur stor resultatutjämningsreserv hade Region Kalmar län vid årsskiftet 2022/2023?",
  "341 mnkr, som kan användas 2023 och framåt.",
  ["341"], BP, [6],
  ["Vid årsskiftet 2022/2023 har Region Kalmar län en resultatutjämningsreserv på 341 mnkr, som kan användas 2023 och framåt."])
q("sv","fact","Vilket uppdrag gav regionstyrelsen i Region Kalmar län nämnderna i april 2023 för att klara ekonomin?",
  "Den 18 april 2023 fick alla nämnder och förvaltningar i uppdrag att redovisa åtgärder motsvarande 200 mnkr, med full effekt senast 2025.",
  ["200"], BP, [15],
  ["Den 18 april 2023 beslutade regionstyrelsen att uppdra till samtliga nämnder och förvaltningar att redovisa åtgärder motsvarande 200 mnkr för att säkra en god ekonomisk hushållning på längre sikt."])
q("en","unanswerable","What was Region Kalmar län's final result for 2023?",
  "Not stated. The audit was done in late 2023 and only gives the forecast (-334 mnkr); no final 2023 result is reported.",
  [], BP, [], [])

KN = "kalmar-nation-arsbokslut-2025"
q("sv","table","Hur gick rörelseresultatet för Kalmar nation 2025 jämfört med 2024?",
  "Rörelseresultatet (resultat före finansiella poster) blev 41 tkr 2025 mot -233 tkr 2024.",
  ["41","-233"], KN, [2],
  ["Resultat före finansiella poster, tkr 41 -233 -90 -156"])
q("en","fact","When was Kalmar nation in Lund founded?",
  "In 1696.",
  ["1696"], KN, [2],
  ["Kalmar Nation är en ideell studentorganisation som sedan sin grundning, 1696, har arbetat för att främja välbefinnandet och gemenskapen bland studenter vid Lunds universitet."])
q("sv","recommendation","Vad rekommenderar revisorn för Kalmar nation inför nationsmötet?",
  "Att bokslutet för 2025 godkänns av nationsmötet och att styrelsen beviljas ansvarsfrihet.",
  ["2025"], KN, [9],
  ["Utifrån den genomförda granskningen rekommenderar jag att Kalmar Nations bokslut för verksamhetsåret 2025 godkänns av nationens nationsmöte och att styrelsen beviljas ansvarsfrihet för det gångna verksamhetsåret."])
q("sv","unanswerable","Hur många medlemmar hade Kalmar nation 2025?",
  "Det framgår inte av årsbokslutet; medlemsantal redovisas inte.",
  [], KN, [], [])

RU = "run-verksamhetsberattelse-2023-08"
q("sv","table","Hur mycket hade regionala utvecklingsnämnden i Region Kalmar län gjort av med på lokalhyror till och med augusti 2023?",
  "16 578 tkr av en årsbudget på 25 096 tkr, alltså 66 procent; helårsprognosen var 25 194 tkr.",
  ["16 578","25 096"], RU, [15],
  ["Lokalhyror 25 096 16 578 66 17 205 25 194"])
q("en","table","What full-year budget deviation did the regional development committee forecast for its Regional utveckling activity in 2023?",
  "A positive deviation of 4 205 tkr (the total for all activities was 7 208 tkr).",
  ["4 205"], RU, [16],
  ["Regional utveckling 51 264 15 473 30 20 110 4 205"])
q("sv","number","Hur mycket har Tillväxtverket beviljat till Region Kalmar läns arbete med landsbygdsutveckling?",
  "Totalt 1,5 mnkr under tre år.",
  ["1,5"], RU, [20],
  ["Under sommaren har Tillväxtverket beslutat om finansiering med totalt 1,5 mnkr under tre år för arbete med landsbygdsutveckling."])
q("sv","unanswerable","Hur hög var sjukfrånvaron i regionala utvecklingsförvaltningen under 2023?",
  "Det går inte att utläsa; verksamhetsberättelsen visar bara ett stapeldiagram utan värden eller skala.",
  [], RU, [], [])

SI = "simrishamn-kfn-budgetskrivelse-investeringar-2027-2031"
q("sv","table","Hur stor är kultur- och fritidsnämndens totala investeringsbudget i Simrishamn för 2027?",
  "37 525 tkr, varav 36 325 tkr nya projekt och 1 200 tkr reinvesteringar.",
  ["37 525"], SI, [5],
  ["Summa investeringsbudget 37 525 17 125 7 475 5 775 4 075 71 975"])
q("sv","number","Vad beräknas de nya lokalerna vid Tobisviksbadet kosta?",
  "22 000 tkr, budgeterat 2027.",
  ["22 000"], SI, [11],
  ["Projektnamn Nya lokaler Tobisviksbadet Investeringsutgift 2027: 22 000 tkr"])
q("en","fact","Why does Simrishamn's culture and leisure committee want to buy a culture bus?",
  "The municipality covers a large area with about 60 villages outside the main town and limited public transport, so the bus is meant to give everyone better access to culture, both by transporting groups and by taking activities out to the villages.",
  ["60"], SI, [24],
  ["Simrishamns kommun har en stor geografisk yta med cirka 60 byar utanför centralorten och begränsade allmänna kommunikationer.",
   "Syftet med investeringen är att köpa in en kulturbuss som stärker tillgängligheten till kultur i hela kommunen."])
q("sv","table","Hur mycket vill kultur- och fritidsnämnden i Simrishamn lägga på nya konstgräsplaner, och vilka år?",
  "20 000 tkr totalt: 10 000 tkr för Korsavad 2027 och 10 000 tkr för Skillinge 2028.",
  ["10 000"], SI, [4],
  ["8 N Ny konstgräsplan Korsavad 10 000 0 0 0 0 10 000",
   "12 N Ny konstgräsplan Skillinge 0 10 000 0 0 0 10 000"])
q("sv","unanswerable","Hur många besökare hade Tobisviksbadet förra sommaren?",
  "Det anges inte; budgetskrivelsen innehåller inga besökssiffror för badet.",
  [], SI, [], [])

assert len(items) == 80, len(items)
with open("/work/blind/out/b10.jsonl","w") as f:
    for i, it in enumerate(items, 1):
        d = {"id": f"b10-{i:03d}"}
        d.update(it)
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(items))
