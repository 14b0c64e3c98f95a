#!/usr/bin/env python3
# Builds /work/blind/out/b9.jsonl
import json

Q = []
def add(lang, typ, question, answer, numbers, doc, pages, quotes, image=False):
    o = {"id": None, "lang": lang, "type": typ, "question": question, "answer": answer,
         "numbers": numbers, "doc": doc, "pages": pages, "quotes": quotes}
    if image:
        o["quote_source"] = "image"
    Q.append(o)

# ---------------- fiktivt-yttrande-budgetprocessen-2024 ----------------
D = "fiktivt-yttrande-budgetprocessen-2024"
add("sv", "recommendation",
    "Vad svarade regionstyrelsen i Region Kalmar län på revisorernas synpunkt om effekthemtagning, och hur långt har man kommit?",
    "Någon modell för att följa upp effekthemtagning har ännu inte tagits fram (status: ej påbörjat). Regionstyrelsen avser att ge regiondirektören i uppdrag att utforma en sådan modell efter delårsrapporten per augusti 2024, så att den kan tillämpas från budgetåret 2025.",
    ["2024", "2025"], D, [2],
    ["Någon modell för att följa upp effekthemtagning har ännu inte tagits fram.",
     "Regionstyrelsen avser att ge regiondirektören i uppdrag att utforma en sådan modell efter delårsrapporten per augusti 2024",
     "med sikte på att den ska tillämpas från och med budgetåret 2025. Status: Ej påbörjat"])
add("sv", "list",
    "Vilka av revisorernas rekommendationer om budgetprocessen har regionstyrelsen markerat som åtgärdade i sitt yttrande från mars 2024?",
    "Två: rekommendation 2 (tidigare start av budgetprocessen – ny tidplan, regionplan i juni och verksamhetsplaner senast 30 september) och rekommendation 7 (långsiktiga trender för intäkts- och kostnadsslag – femårsjämförelse och trendrapport i analysverktyget).",
    [], D, [1, 3],
    ["ska fastställa sina verksamhetsplaner senast den 30 september. Status: Åtgärdat",
     "En motsvarande trendrapport finns sedan den 1 mars 2024 tillgänglig för samtliga förvaltningar i regionens analysverktyg. Status: Åtgärdat"])
add("sv", "unanswerable",
    "Vad beräknas den långsiktiga ekonomiska analysen för 2025–2034 kosta att ta fram?",
    "Det framgår inte. Yttrandet säger bara att ekonomiavdelningen påbörjade analysen i februari 2024 och att en första version presenteras den 14 maj 2024, men ingen kostnad anges.",
    [], D, [], [])

# ---------------- gbg-granskning-personsakerhet-2024 ----------------
D = "gbg-granskning-personsakerhet-2024"
add("sv", "list",
    "Vilka kommunala bolag ingick när stadsrevisionen granskade säkerheten för Göteborgs förtroendevalda politiker?",
    "Fyra bolag: Boplats Göteborg AB, Higab AB, Göteborgs Hamn AB och Business Region Göteborg AB.",
    [], D, [2],
    ["stadsmiljönämnden, Boplats Göteborg AB, Higab AB, Göteborgs Hamn AB samt Busi- ness Region Göteborg AB."])
add("en", "recommendation",
    "What did Gothenburg's auditors recommend the city executive board do about the personal safety of elected politicians, and by when did they want a response?",
    "The city executive board (kommunstyrelsen) is recommended to take the initiative to clarify the governance, the division of responsibility and the follow-up of elected representatives' personal safety. A written response was requested by 19 June 2025.",
    ["19 juni 2025"], D, [1],
    ["Kommunstyrelsen rekommenderas att ta initiativ till att förtydliga styrningen, ansvarsför- delningen och uppföljningen avseende förtroendevaldas personsäkerhet.",
     "manställas och skickas in vid ett samlat tillfälle. Skicka yttrandet till stadsrevis- ionen@stadsrevisionen.goteborg.se senast den 19 juni 2025."])
add("sv", "unanswerable",
    "Hur många hot och trakasserier mot förtroendevalda i Göteborg registrerades under 2023?",
    "Det framgår inte. Rapporten säger att stadsledningskontoret sammanställer statistik över incidenter varje år, men inga antal redovisas.",
    [], D, [], [])

# ---------------- gbg-granskning-energianvandning-2024 ----------------
D = "gbg-granskning-energianvandning-2024"
add("sv", "number",
    "Hur mycket pengar ska Higab lägga på särskilda energiåtgärder fram till 2030?",
    "Totalt 200 miljoner kronor ska investeras i särskilda energiåtgärder fram till år 2030 inom Higabs energieffektiviseringsprojekt.",
    ["200"], D, [5],
    ["Inom ramen för projektet kommer totalt 200 miljoner kronor att investeras i särskilda energiåtgärder fram till år 2030"])
add("en", "fact",
    "In the audit of energy use in Gothenburg's housing and premises, which board or company had systematically followed up its energy efficiency plan for 2023?",
    "Only the city property board (stadsfastighetsnämnden) had carried out a systematic follow-up of its energy efficiency plan for 2023.",
    ["2023"], D, [6],
    ["har enbart stadsfastighetsnämnden genomfört en systematisk uppföljning av sin energieffektiviseringsplan för år 2023."])
add("sv", "unanswerable",
    "Hur stor var Familjebostäders energianvändning per kvadratmeter år 2023?",
    "Det framgår inte. Rapporten säger att bolaget har ett lokalt energimål och kartlägger sin energianvändning, men anger inga förbrukningssiffror.",
    [], D, [], [])

# ---------------- gbg-granskning-extremism-2024 ----------------
D = "gbg-granskning-extremism-2024"
add("sv", "list",
    "Vilka tre saker ska socialnämnderna Centrum och Nordost göra enligt revisorerna i granskningen av arbetet mot våldsbejakande extremism?",
    "1) Identifiera kunskapsbehoven om våldsbejakande extremism och radikalisering i organisationen och upprätta en utbildningsplan. 2) Genomföra den verksamhetsspecifika planering som stadens riktlinje kräver och implementera åtgärderna. 3) Säkerställa att lägesbilderna innehåller den information om våldsbejakande miljöer som riktlinjen föreskriver.",
    [], D, [7],
    ["identifiera vilka kunskapsbehov rörande våldsbejakande extremism och radikalisering som finns inom den egna organisationen",
     "genomföra den verksamhetsspecifika planering som framgår av Göteborgs Stads riktlinje mot våldsbejakande extremism och radikalisering",
     "säkerställa att lägesbilderna innehåller den information om våldsbejakande miljöer som Göteborgs Stads riktlinje mot våldsbejakande extremism föreskriver."])
add("en", "fact",
    "When was Gothenburg's city-wide situational picture of violent extremist environments last updated?",
    "It was presented in 2018 and has not been updated since. The auditors recommend that the city executive board update it together with the social welfare boards and other actors.",
    ["2018"], D, [7],
    ["Den stadenövergripande lägesbilden som presenterades 2018 har inte uppdaterats sedan dess."])
add("sv", "fact",
    "Vilka nämnder bedömdes arbeta ändamålsenligt mot våldsbejakande extremism och radikalisering, och vilka gjorde det inte?",
    "Kommunstyrelsen, grundskolenämnden och utbildningsnämnden bedömdes bedriva ett ändamålsenligt arbete, medan socialnämnderna (Centrum och Nordost) och nämnden för demokrati och medborgarservice inte gjorde det.",
    [], D, [3],
    ["Den sammanvägda bedömningen är att kommunstyrelsen, grundskolenämnden och utbildningsnämnden bedriver ett ändamålsenligt arbete men att socialnämnderna och nämnden för demokrati och medborgarservice inte gör det."])

# ---------------- gbg-granskning-hedersrelaterat-vald-2023-scan (scanned) ----------------
D = "gbg-granskning-hedersrelaterat-vald-2023-scan"
add("sv", "number",
    "Hur många rekommendationer lämnade revisionskontoret totalt, till samtliga granskade nämnder, i 2023 års granskning av arbetet mot hedersrelaterat våld och förtryck?",
    "Åtta rekommendationer.",
    ["åtta"], D, [6],
    ["Utifrån granskningens iakttagelser lämnar revisionskontoret åtta rekommendationer. Samtliga granskade nämnder rekommenderas att säkerställa att personalen får kompetensutveckling"], image=True)
add("en", "fact",
    "In the Gothenburg audit of work against honour-related violence and oppression, which board was judged to have come furthest?",
    "The education board (utbildningsnämnden) was judged to have come furthest in its systematic work against honour-related violence and oppression.",
    [], D, [2],
    ["Vår bedömning är att utbildningsnämnden har kommit längst i sitt systematiska arbete mot hedersrelaterat våld och förtryck."], image=True)
add("sv", "unanswerable",
    "Hur många orosanmälningar om hedersrelaterat våld gällande barn 0–19 år registrerades i Treserva?",
    "Det framgår inte. Granskningen har tittat på antalet sådana orosanmälningar men anger inget antal; den konstaterar bara att mycket få kommit från skolorna, ingen från förskolan, och att siffrorna inte ger en rättvisande bild.",
    [], D, [], [])

# ---------------- gbg-granskning-hemvardsbidrag-2023 ----------------
D = "gbg-granskning-hemvardsbidrag-2023"
add("sv", "fact",
    "Hur gamla är Göteborgs regler för hemvårdsbidrag – när beslutades de?",
    "Reglerna beslutades av kommunfullmäktige 2005.",
    ["2005"], D, [4],
    ["Göteborgs Stads regler för hemvårdsbidrag beslutades av kommunfullmäktige 2005."])
add("en", "recommendation",
    "Which recommendation on home care allowance (hemvårdsbidrag) was aimed only at the elderly care board, not at the disability support board?",
    "Only the elderly and health care board (äldre samt vård- och omsorgsnämnden) was recommended to strengthen the systematics of its governance and control of the home care allowance.",
    [], D, [4],
    ["Äldre samt vård- och omsorgsnämnden rekommenderas att stärka systematiken i sin styr- ning och kontroll av hemvårdsbidrag."])
add("sv", "unanswerable",
    "Hur mycket betalade Göteborgs Stad ut i hemvårdsbidrag under 2022?",
    "Det framgår inte. Rapportsammandraget beskriver kontroller och regler men anger inga belopp för utbetalt hemvårdsbidrag.",
    [], D, [], [])

# ---------------- gbg-granskning-nyanlanda-2026 ----------------
D = "gbg-granskning-nyanlanda-2026"
add("en", "number",
    "Within what time must a newly arrived pupil in lower secondary school in Gothenburg get an individual study plan?",
    "At the latest two months after reception (once the pupil's knowledge has been assessed). The audit found the board cannot ensure this happens.",
    ["två"], D, [6],
    ["En nyanländ elev i högstadiet, som har fått sina kunskaper bedömda, ska få en individuell studieplan senast två månader efter mottagandet."])
add("sv", "list",
    "Vilka nämnder i Göteborg ansvarar för introduktion och utbildning av nyanlända?",
    "Fyra nämnder: nämnden för arbetsmarknad och vuxenutbildning, socialnämnden Centrum, grundskolenämnden och utbildningsnämnden.",
    [], D, [4],
    ["I Göteborgs Stad är det fyra nämnder som ansvarar för området: nämnden för arbetsmark- nad och vuxenutbildning, socialnämnden Centrum, grundskolenämnden samt utbildnings- nämnden."])
add("sv", "unanswerable",
    "Hur många nyanlända elever tog grundskolenämnden emot under 2025?",
    "Det framgår inte. Rapportsammandraget beskriver mottagningsprocessen men redovisar inget antal mottagna elever.",
    [], D, [], [])

# ---------------- gbg-granskning-privata-utforare-2024 ----------------
D = "gbg-granskning-privata-utforare-2024"
add("sv", "number",
    "Hur mycket pengar betalas felaktigt ut från välfärdssystemen varje år enligt den statliga utredning som stadsrevisionen hänvisar till?",
    "Cirka 18 miljarder kronor per år, enligt en statlig utredning från 2019.",
    ["18", "2019"], D, [3],
    ["Enligt en statlig utredning från 2019 bedöms de totala felaktiga utbetalningarna från välfärdssystemen uppgå till cirka 18 miljarder kronor varje år."])
add("en", "number",
    "The auditors read follow-up reports for a sample of private home-care providers. How many were reviewed and how many of them had deviations?",
    "Reports for ten private providers were reviewed; nine of them had deviations, and the administration had required action plans.",
    ["tio", "nio"], D, [6],
    ["git del av utförarrapporterna för tio privata utförare. Rapporterna visade att nio utförare hade avvikelser och att förvaltningen ställt krav på åtgärdsplaner."])
add("sv", "list",
    "Vilka välfärdsinsatser omfattade granskningen av kontroll och uppföljning av privata utförare?",
    "Personlig assistans, skyddat boende, konsulentstödda familjehem och hemtjänst enligt lagen om valfrihetssystem (LOV).",
    [], D, [3],
    ["• personlig assistans • skyddat boende • konsulentstödda familjehem • hemtjänst enligt lagen om valfrihetssystem (LOV)."])

# ---------------- gbg-granskning-skyfall-2022 ----------------
D = "gbg-granskning-skyfall-2022"
add("sv", "recommendation",
    "Vad ska kretslopp och vattennämnden göra enligt stadsrevisionens granskning av skyfallsarbetet?",
    "Nämnden rekommenderas att göra de framställningar som behövs för att kommunfullmäktige ska kunna fatta nödvändiga och välgrundade beslut om vilka skyfallsåtgärder som ska genomföras och när.",
    [], D, [1],
    ["kretslopp och vattennämnden att göra de framställ- ningar som behövs för att kommunfullmäktige ska kunna fatta nödvändiga och välgrun- dade beslut om vilka skyfallsåtgärder som ska genomföras och när."])
add("en", "fact",
    "When did Gothenburg's city council adopt the thematic addition to the comprehensive plan on flood risks?",
    "On 25 April 2019.",
    ["25 april 2019"], D, [3],
    ["Tematiskt tillägg för översvämningsrisker, antagen av kommunfullmäktige den 25 april 2019, sid. 14."])

# ---------------- gbg-granskning-trygghet-studiero-2024 ----------------
D = "gbg-granskning-trygghet-studiero-2024"
add("sv", "fact",
    "Vilka vuxna har det blivit färre av i skolorna enligt granskningen av trygghet och studiero, och vad har det lett till?",
    "Det har blivit färre skolvärdar, elevassistenter och rastvakter. Tillsammans med större klasser och mindre resurser till stödinsatser har det försämrat både tryggheten och studieron, som en följd av åtgärder för en ekonomi i balans.",
    [], D, [3],
    ["lan lyfter man att färre vuxna (som skolvärdar, elevassistenter och rastvakter), större klas-",
     "ser och mindre resurser till stödinsatser för elever har försämrat både tryggheten och stu-"])
add("sv", "unanswerable",
    "Hur stor andel av eleverna i årskurs 8 i Göteborg kände sig trygga i skolan enligt Skolinspektionens enkät 2024?",
    "Det framgår inte. Rapporten säger bara att en majoritet av eleverna uppger att de känner sig trygga i skolan, utan någon procentsiffra.",
    [], D, [], [])

# ---------------- gbg-granskning-verksamhetsfordon-2022 ----------------
D = "gbg-granskning-verksamhetsfordon-2022"
add("sv", "fact",
    "Hur ofta följer Göteborg Energi upp hur varje tjänstebil används?",
    "Samtliga bilar följs upp vart tredje år, med uppgifter som regelbundet hämtas in från de vanliga körjournalerna.",
    [], D, [3],
    ["Bolaget hämtar regelbundet in uppgifter från de vanliga körjournalerna och samtliga bilar följs upp i intervallet vart tredje år."])
add("en", "fact",
    "In the audit of service vehicles and fuel purchases, which organisation had personal driver logs installed in all of its cars?",
    "Only the parks and nature board (park- och naturnämnden), with some exceptions for older cars.",
    [], D, [4],
    ["Det är endast park- och naturnämnden som har valt att ha personlig körjournal installerad på samtliga bilar (vissa undantag finns som omfattar äldre bilar)."])

# ---------------- gbg-arsredogorelse-2022 ----------------
D = "gbg-arsredogorelse-2022"
add("sv", "table",
    "Hur mycket högre blev stadsrevisionens totala kostnader 2022 än vad som budgeterats?",
    "Summa kostnader blev 44 150 tkr mot budgeterade 43 962 tkr, alltså 188 tkr högre än budget (utfallet 2021 var 40 719 tkr).",
    ["-44 150", "-43 962"], D, [43],
    ["Summa kostnader -44 150 -43 962 -40 719 Intäkter 5 214 5 110 5 158"])
add("sv", "number",
    "Hur förändrades sjukfrånvaron på revisionskontoret i Göteborg mellan 2021 och 2022?",
    "Den totala sjukfrånvaron sjönk från 5,0 % 2021 till 2,8 % 2022. Korttidsfrånvaron ökade från 0,9 till 1,3 %, medan långtidsfrånvaron minskade från 4,2 till 1,5 %.",
    ["5,0", "2,8"], D, [45],
    ["Den totala sjukfrånvaron låg under 2022 på 2,8% jämfört med 5,0% under 2021.",
     "Den långa sjukfrånvaron (över 15 dagar) har minskat till 1,5 procent från 4,2 procent 2021."])
add("sv", "table",
    "Hur många tillsvidareanställda på heltid hade stadsrevisionen 2020, 2021 och 2022?",
    "33 år 2020, 29 år 2021 och 33 år 2022 (totalt antal anställda 35, 31 respektive 34).",
    ["33", "29"], D, [45],
    ["Tillsvidareanställda på heltid 33 29 33 Tillsvidareanställda på deltid 0 0 0"])
add("sv", "table",
    "Varför minskade lönekostnaden per årsarbetare på Göteborgs revisionskontor 2022, och hur stor var den?",
    "Den var 560 tkr per årsarbetare 2022 mot 581 tkr 2021. Minskningen beror på att de som började hade ett lägre löneläge än de som slutade.",
    ["560", "581"], D, [46],
    ["Arbetad tid (årsarbetare) 35,1 32,7 33,6 Lönekostnad per årsarbetare 560 581 521",
     "de som har påbörjat sin anställning har haft ett samlat lägre löneläge än de som har avslutat sin anställning under perioden."])
add("en", "number",
    "What share of the Gothenburg city audit office's professional auditors were certified at the end of 2022?",
    "80 percent, up from just over 60 percent the year before (the own target is more than half).",
    ["80"], D, [38],
    ["Vid utgången av 2022 var andelen certifierade yrkesrevisorer 80 procent vilket är en ökning mot föregående år"])
add("sv", "list",
    "Vilka fyra områden skulle särskilt följas upp i stadsrevisionens interna kontrollplan för 2022?",
    "Revisionsprocessen, säkerhetsskydd, informationssäkerhet och personuppgiftsbehandling samt löneprocessen.",
    [], D, [40],
    ["Det är risker inom fyra områden som lyfts fram i den interna kontrollen och som särskilt skall följas upp:",
     "- Revisionsprocessen - Säkerhetsskydd - Informationssäkerhet och personuppgiftsbehandling - Löneprocess"])
add("sv", "unanswerable",
    "Hur många tips kom in till Göteborgs Stads visselblåsarfunktion under 2022 enligt stadsrevisionens årsredogörelse?",
    "Det framgår inte av årsredogörelsen; den redovisar inga uppgifter om visselblåsarärenden.",
    [], D, [], [])

# ---------------- gbg-revisionsberattelse-2024 ----------------
D = "gbg-revisionsberattelse-2024"
add("sv", "fact",
    "Vilka nämnder i Göteborg fick anmärkning för verksamhetsåret 2024, och varför?",
    "Grundskolenämnden – för att den vid fördelningen av kompletteringsbudgeten inte samtidigt gav de fristående huvudmännen motsvarande resurstillskott (i strid med skollagen och kommunallagen). Inköps- och upphandlingsnämnden – för beslutet om bojkott av varor från vissa stater, som strider mot kommunallagen.",
    ["2024"], D, [1],
    ["Anmärkning har riktats mot grundskolenämnden. Anledningen är att nämnden i samband med att kompletteringsbudgeten skulle fördelas inte samtidigt tilldelade de fristående huvudmännen motsvarande resurstillskott.",
     "Anmärkning har riktats mot inköps- och upphandlingsnämnden. Anledningen är att nämnden fattat ett beslut om bojkott av varor från vissa stater, vilket är i strid mot kommunallagen."])
add("sv", "number",
    "Hur mycket höjdes grundskolenämndens ram i kompletteringsbudgeten i mars 2024?",
    "Kommunbidragsramen höjdes med 100 miljoner kronor för 2024 och framåt.",
    ["100"], D, [18],
    ["slutet innebar att grundskolenämndens kommunbidragsram höjdes med 100 miljoner kronor för år 2024 och framåt."])
add("sv", "list",
    "Hur ville grundskolenämnden fördela ramökningen när den beslutade den 26 mars 2024?",
    "90 miljoner kronor till elevpengen för att kompensera ökade kostnader för förmånsbestämda pensioner, 5 mnkr till den kommunala kulturskolan, 4 mnkr till insatser för ökad måluppfyllelse och 1 mnkr till ett utökat skärgårdstillägg.",
    ["90", "5", "4", "1"], D, [38],
    ["- 90 miljoner kronor avsätts till elevpengen för att kompensera skolenheternas ökade kostnader för avtalade förmånsbestämda pensioner.",
     "- 5 mnkr avsätts till den kommunala kulturskolan för att minska behov av ekonomisk anpassning i den elevnära verksamheten.",
     "- 4 mnkr avsätts till insatser för ökad måluppfyllelse. - 1 mnkr avsätts för att utöka skärgårdstillägget"])
add("sv", "number",
    "Hur många rektorer respektive biträdande rektorer fanns det i Göteborgs grundskoleförvaltning hösten 2024?",
    "67 rektorer och 220 biträdande rektorer (oktober 2024). Antalet skolledare har totalt ökat med 30 procent efter omorganisationen.",
    ["67", "220"], D, [23],
    ["Det finns idag (oktober år 2024) 67 rektorer anställda och 220 biträdande rektorer. Sammantaget har antalet skolledare ökat med 30 procent."])
add("en", "number",
    "In the survey of Gothenburg school leaders, what share of principals and of deputy principals said they overall have the conditions they need to do a good job?",
    "31 percent of principals and 29 percent of deputy principals answered yes (55 % and 47 % answered partly; 14 % and 24 % no).",
    ["31", "29"], D, [27],
    ["När rektorerna gör en sammantagen bedömning av om de har de förutsättningar de behöver för att göra ett bra jobb som rektor så svarar 31 procent ja.",
     "Av de biträdande rektorerna uppger 29 procent att de sammantaget har de förut- sättningar de behöver."])
add("sv", "number",
    "Hur röstade inköps- och upphandlingsnämnden om yrkandet att bojkotta varor från stater som bedriver ockupation?",
    "Nämnden biföll yrkandet från V, S och MP med 5 ja-röster mot 4 nej-röster den 13 juni 2024.",
    ["5", "4"], D, [52],
    ["Med resultatet 5 ja-röster mot 4 nej-röster beslutar nämnden att bifalla initiativyrkande från V, S och MP."])
add("en", "unanswerable",
    "How much did the court proceedings over the procurement board's boycott decision cost the City of Gothenburg?",
    "This is not stated. The documents describe the appeal, the injunction and the administrative court ruling, but give no figure for legal costs.",
    [], D, [], [])

# ---------------- granskning-budgetprocessen-2023 ----------------
D = "granskning-budgetprocessen-2023"
add("sv", "table",
    "Vilket resultat och balanskravsresultat hade Region Kalmar län 2021?",
    "Resultatet var 787 mnkr och balanskravsresultatet 596 mnkr.",
    ["787", "596"], D, [7],
    ["2020 359 420 2021 787 596 2022 198 504 2023 prognos -334 -229"])
add("en", "table",
    "For 2022, how close was the August forecast of the budget deviation for Region Kalmar län's health and medical care administration to the actual outcome?",
    "The August forecast was -335 million SEK and the outcome in the annual report was -341 million SEK, i.e. the outcome was 6 million SEK worse (the April forecast was -304).",
    ["-335", "-341"], D, [27],
    ["Hälso- och sjukvårdsförvaltningen -304 -335 -341 Primärvårdsförvaltningen -4 -6 -4"])
add("sv", "number",
    "Hur stor resultatutjämningsreserv hade Region Kalmar län vid årsskiftet 2022/2023?",
    "341 mnkr, som kan användas 2023 och framåt.",
    ["341"], D, [6],
    ["Vid årsskiftet 2022/2023 har Region Kalmar län en resultatutjämningsreserv på 341 mnkr, som kan användas 2023 och framåt."])
add("sv", "number",
    "Hur många personer intervjuades i Sironas granskning av budgetprocessen?",
    "21 personer – förtroendevalda och tjänstepersoner.",
    ["21"], D, [5],
    ["För att få ett fördjupat underlag och för att öka vår förståelse av planering och genomförande av de olika aktiviteterna i budgetprocessen intervjuades 21 personer."])
add("sv", "list",
    "Vilka övergripande mål har Region Kalmar län haft i sina regionplaner 2021–2024?",
    "Fem mål: Nöjda invånare och samarbetspartners; Hållbar utveckling i hela länet; Sveriges bästa kvalitet, tillgänglighet och säkerhet; En av Sveriges bästa arbetsplatser; God ekonomisk hushållning.",
    [], D, [6],
    ["• Nöjda invånare och samarbetspartners • Hållbar utveckling i hela länet • Sveriges bästa kvalitet, tillgänglighet och säkerhet • En av Sveriges bästa arbetsplatser • God ekonomisk hushållning"])
add("en", "recommendation",
    "According to Sirona's audit of Region Kalmar län's budget process, by when should the region plan be decided and the operational plans adopted?",
    "Sirona recommends starting the budget process earlier so that the regional council can decide the region plan no later than June, and the regional executive board and committees can adopt their operational plans no later than September.",
    [], D, [21],
    ["Regionstyrelsen bör verka för att budgetprocessen startar tidigare så att beslut om regionplan kan tas av regionfullmäktige senast i juni"])
add("sv", "unanswerable",
    "Vad kostade Sironas granskning av budgetprocessen för Region Kalmar län?",
    "Det framgår inte. Rapporten anger vem som utförde granskningen och när, men inget arvode eller någon kostnad.",
    [], D, [], [])

# ---------------- run-verksamhetsberattelse-2023-08 ----------------
D = "run-verksamhetsberattelse-2023-08"
add("sv", "table",
    "Vad budgeterade regionala utvecklingsnämnden för lokalhyror 2023 och vad var helårsprognosen i augusti?",
    "Budgeten var 25 096 tkr och helårsprognosen 25 194 tkr, alltså 98 tkr över budget. Utfallet januari–augusti var 16 578 tkr.",
    ["25 096", "25 194"], D, [15],
    ["Lokalhyror 25 096 16 578 66 17 205 25 194 Övriga kostnader 181 220 109 306 60 107 435 189 099"])
add("en", "table",
    "Which activity area of Region Kalmar län's regional development committee had the largest forecast budget surplus for 2023?",
    "Regional development (Regional utveckling), with a forecast budget deviation of +4 205 thousand SEK, out of a total of 7 208 thousand SEK (culture and organisation grants 2 879, education 124).",
    ["4 205", "7 208"], D, [16],
    ["Regional utveckling 51 264 15 473 30 20 110 4 205 Summa 204 846 106 668 52 103 927 7 208"])
add("sv", "number",
    "Hur mycket extern finansiering för landsbygdsutveckling beviljade Tillväxtverket regionala utvecklingsförvaltningen sommaren 2023?",
    "Totalt 1,5 mnkr under tre år.",
    ["1,5"], D, [20],
    ["Under sommaren har Tillväxtverket beslutat om finansiering med totalt 1,5 mnkr under tre år för arbete med landsbygdsutveckling."])
add("sv", "unanswerable",
    "Hur hög var sjukfrånvaron i procent i regionala utvecklingsförvaltningen per augusti 2023?",
    "Det går inte att utläsa. Verksamhetsberättelsen har en bild med rubriken Sjukfrånvaron, men stapeldiagrammet saknar värden och ingen siffra anges.",
    [], D, [], [])

# ---------------- kalmar-nation-arsbokslut-2025 ----------------
D = "kalmar-nation-arsbokslut-2025"
add("sv", "table",
    "Hur förändrades Kalmar nations nettoomsättning mellan 2024 och 2025 enligt flerårsöversikten?",
    "Den ökade från 3 124 tkr 2024 till 4 265 tkr 2025, alltså med 1 141 tkr.",
    ["3 124", "4 265"], D, [2],
    ["Nettoomsättning, tkr 4 265 3 124 3 574 2 219 Resultat före finansiella poster, tkr 41 -233 -90 -156"])
add("en", "number",
    "How many employees did Kalmar Nation have on average in 2025?",
    "Two employees on average, compared with three the year before.",
    ["2", "3"], D, [6],
    ["Medelantalet anställda har varit 2 (fg år 3) stycken."])
add("sv", "table",
    "Vad var marknadsvärdet på Kalmar nations stiftelser vid årsskiftet 2025 jämfört med det bokförda värdet?",
    "Marknadsvärdet var 12 536 278 kr, medan det redovisade värdet (anskaffningsvärdet) var 8 845 883,52 kr. Året innan var marknadsvärdet 11 468 519 kr.",
    ["12,536,278.00", "8,845,883.52"], D, [6],
    ["Anskaffningsvärde * 8,845,883.52 8,453,641.00 Marknadsmässigt värde 12,536,278.00 11,468,519.00"])
add("sv", "unanswerable",
    "Hur många medlemmar hade Kalmar nation under 2025?",
    "Det framgår inte av årsbokslutet; där anges bara medelantalet anställda, inte antalet medlemmar.",
    [], D, [], [])

# ---------------- brf-husarvikens-strand-badenc (garbled text layer) ----------------
D = "brf-husarvikens-strand-badenc"
add("sv", "number",
    "Hur många lägenheter finns i Brf Husarvikens Strand och hur stora är de?",
    "33 lägenheter med sammanlagt 2 800 kvm: 10 st 2 rum och kök, 10 st 3 rum och kök, 12 st 4 rum och kök och 1 st 5 rum och kök.",
    ["33", "2 800"], D, [2, 3],
    ["På tomten har uppförts bostadshus med 33 lägenheter med en sammanlagd lägenhetsyta av 2 800 kvm",
     "10 st 2 rum och kök 10 st 3 rum och kök 12 st 4 rum och kök 1 st 5 rum och kök"], image=True)
add("en", "table",
    "How much did Brf Husarvikens Strand pay in fees to its joint property associations (samfällighet) in 2023, compared with 2022?",
    "916 441 SEK in 2023 versus 450 392 SEK in 2022 – roughly double.",
    ["916 441", "450 392"], D, [12],
    ["Tomträttsavgälder 607 800 542 150 Avgift för samfällighet 916 441 450 392"], image=True)
add("sv", "fact",
    "Varför blev förlusten så mycket större 2023 i Brf Husarvikens Strand?",
    "Främst på grund av ökade driftskostnader i samfälligheterna, och för att samfälligheternas periodiseringsrutiner ändrats så att 2023 års siffror omfattar en längre period än ett år och inte är jämförbara med tidigare år. Resultatet blev -909 600 kr mot -421 790 kr året innan.",
    [], D, [5],
    ["Det större negativa resultetet för 2023 beror främst på ökade driftskostnader i samfälligheterna samt att periodiseringsrutinerna i samfälligheterna har förändrats"], image=True)
add("sv", "unanswerable",
    "Vilket företag ska installera solpaneler på Husarvikens Strand, och vad kostar installationen?",
    "Det framgår inte. Årsredovisningen säger bara att en utredningsgrupp undersökt solpaneler (klar i januari 2024) och att styrelsen ska enas om en rekommendation inför stämman 2024.",
    [], D, [], [])

# ---------------- brf-norra-djurgardsstaden-ligatures (garbled text layer p2-19) ----------------
D = "brf-norra-djurgardsstaden-ligatures"
add("sv", "number",
    "Hur många medlemmar hade Brf Norra Djurgårdsstaden vid slutet av 2023?",
    "106 medlemmar (104 vid årets början, 14 tillkom och 12 avgick). Det skedde 10 överlåtelser under året.",
    ["106", "104"], D, [6],
    ["Antalet medlemmar vid räkenskapsårets början var 104 st. Tillkommande medlemmar under året var 14 och avgående medlemmar under året var 12.",
     "Vid räkenskapsårets slut fanns det 106 medlemmar i föreningen."], image=True)
add("en", "table",
    "What was Brf Norra Djurgårdsstaden's energy cost per square metre in 2023, and how did it change from 2022?",
    "168 SEK per sqm of total area in 2023, up from 136 SEK in 2022 (heating rose from 72 to 101 SEK/sqm).",
    ["168", "136"], D, [7],
    ["Energikostnad per kvm totalyta 168 136 108 72"], image=True)
add("sv", "fact",
    "Vad har hänt i Brf Norra Djurgårdsstaden efter räkenskapsårets slut 2023?",
    "Ny fastighetsförvaltare (från Sjödalens till Nabo) från 1.7.2024, teknisk förvaltning med Nabo från 1.2.2024, och avgifterna höjs med 10 % från 1.1.2024.",
    ["10%"], D, [18],
    ["Ny fastighetsförvaltare från Sjödalens till Nabo 1.7.2024. Teknisk förvaltning upprättas med Nabo fr o m 1.2.2024. 10% höjning av avgifterna fr o m 1.1.2024."], image=True)
add("sv", "unanswerable",
    "Hur många parkeringsplatser finns i garaget som Brf Norra Djurgårdsstaden hyr ut?",
    "Det framgår inte. Årsredovisningen redovisar hyresintäkter för p-platser (585 tkr 2023) men inte hur många platser det är.",
    [], D, [], [])

# ---------------- brf-smultronstallet-ytterby-2023 ----------------
D = "brf-smultronstallet-ytterby-2023"
add("sv", "table",
    "Hur mycket steg årsavgifterna per kvadratmeter i Brf Smultronstället i Ytterby mellan 2022 och 2023?",
    "Från 719 kr/kvm 2022 till 817 kr/kvm 2023, en ökning med 98 kr/kvm (avgifterna höjdes med 10 % från 1 januari 2023).",
    ["817", "719"], D, [4],
    ["Energikostnad, kr/kvm 176 163 185 151 154 Årsavgifter, kr/kvm 817 719 690 676 669"])
add("sv", "list",
    "Vilket underhåll gjordes i Smultronstället i Ytterby under 2023?",
    "Carportar och förråd målades, ledlampor i carportarna byttes, 8 nya förrådsdörrar sattes in, ny dörr till stora soprummet, ny fläkt i hus nr 4 och tre elektriska lås (yale doorman) byttes.",
    ["8"], D, [3],
    ["Carportar och förråd har målats. Ledlampor i carportar är bytta. 8 nya förrådsdörrar har satts in (2-8 samt 26-32).",
     "Ny dörr till stora soprummet har satts in. Bytt fläkt, hus nr.4 Bytt tre lås, yale doorman (elektriska) 24, 32, 52."])
add("sv", "table",
    "Hur mycket lånar Brf Smultronstället i Ytterby totalt hos Nordea, och vilket lån har högst ränta?",
    "Totalt 16 931 500 kr. Högst ränta har lånet på 7 609 000 kr med 3,96 %, som ska konverteras 2025-02-19.",
    ["16 931 500", "3,96%", "7 609 000"], D, [14],
    ["Nordea Hypotek AB39758324764 3,96% 2025-02-19 7 609 000 0",
     "Nordea Hypotek AB39788976786 1,00% 2025-05-21 4 085 000 100 000 16 931 500 100 000"])
add("en", "unanswerable",
    "What is the budget for Brf Smultronstället's panel replacement and repainting planned for 2026?",
    "Not stated. The annual report only says the association plans panel replacement and repainting in 2026, without any cost estimate.",
    [], D, [], [])

# ---------------- simrishamn-kfn-budgetskrivelse-investeringar-2027-2031 ----------------
D = "simrishamn-kfn-budgetskrivelse-investeringar-2027-2031"
add("sv", "table",
    "Vilket är det dyraste enskilda investeringsprojektet i kultur- och fritidsnämndens investeringsäskande för 2027–2031?",
    "Nya lokaler vid Tobisviksbadet, 22 000 tkr som hela läggs 2027.",
    ["22 000"], D, [4],
    ["7 N Nya lokaler Tobisviksbadet 22 000 0 0 0 0 22 000"])
add("en", "table",
    "What is the total 2027 investment budget in Simrishamn's culture and leisure committee budget letter, and how much of it is reinvestment?",
    "The total investment budget for 2027 is 37 525 thousand SEK, of which 1 200 thousand SEK is reinvestment (new individual projects 36 325).",
    ["37 525", "1200", "36 325"], D, [5],
    ["Summa investeringsbudget 37 525 17 125 7 475 5 775 4 075 71 975",
     "Summa nya enskilda 36 325 15 975 6 275 4 575 2 875 65 975 investeringsprojekt 6016 Reinvesteringar 1200 1 200 1 200 1 200 1 200"])
add("sv", "fact",
    "Vad händer med Tobisviksbadet om det inte blir några nya lokaler?",
    "Då kommer hela anläggningen att behöva stänga – förr eller senare av arbetsmiljö- och/eller säkerhetsskäl, eftersom servicebyggnaderna från 1960-talet inte renoverats.",
    [], D, [11],
    ["Om ingen upprustning sker kommer anläggningen förr eller senare bli tvungen att stänga på grund av arbetsmiljömässiga och/eller säkerhetsskäl."])
add("sv", "fact",
    "Vilka använder konstgräsplanen på Korsavads IP i dag?",
    "Föreningslivet, skolan och Malmö FF:s akademiverksamhet.",
    [], D, [13],
    ["idrottsyta. Planen används idag av föreningslivet, skolan samt Malmö FF:s akademiverksamhet."])
add("sv", "unanswerable",
    "Hur mycket statsbidrag räknar Simrishamns kommun med för den nya konstgräsplanen i Skillinge?",
    "Det framgår inte. Budgetskrivelsen anger investeringen 10 000 tkr år 2028 och en driftseffekt på 50 tkr, men inget om statsbidrag eller extern finansiering.",
    [], D, [], [])

# ---------------- brf-hjorthagen-scanned (Brf Hagelbössan 1 i Hjorthagen) ----------------
D = "brf-hjorthagen-scanned"
add("sv", "list",
    "Hur mycket höjer Brf Hagelbössan 1 i Hjorthagen avgiften från januari 2024, och vilka skäl anger styrelsen?",
    "Avgiften höjs med 25 % från 1 januari 2024. Skälen: lån som tidigare hade låg ränta gick ut i november 2023, kommande underhåll av tak och balkong 2024 respektive 2026, samt ökade energi- och fjärrvärmekostnader.",
    ["25%"], D, [6],
    ["I samband med budgetarbete har styrelsen beslutat om avgiftshöjning med 25% from 1 januari 2024.",
     "- En del av våra lån där vi tidigare hade låg ränta har gått ut i november 2023.",
     "- Vi har kommande underhållsplaner på tak och balkong 2024 respektive 2026. - Ökning av energi- och fjärrvärmekostnader."], image=True)
add("en", "table",
    "What was the average interest rate on Brf Hagelbössan 1 i Hjorthagen's debt in 2023 compared with 2022?",
    "3.23 % in 2023 versus 1.34 % in 2022.",
    ["3,23", "1,34"], D, [7],
    ["Genomsnittlig skuldränta (%) 3,23 1,34 0,84 0,94 Räntekänslighet (%) 14,76 16,24 17,49 17,57"], image=True)
add("sv", "number",
    "Hur många lägenheter har Brf Hagelbössan 1 i Hjorthagen, och hur många av dem är hyresrätter?",
    "38 lägenheter (2 ettor, 6 tvåor och 30 treor); 29 är upplåtna med bostadsrätt och 9 med hyresrätt.",
    ["29", "9"], D, [4],
    ["2 st 1 rum och kök 6 st 2 rum och kök 30 st 3 rum och kök",
     "Av dessa lägenheter är 29 upplåtna med bostadsrätt och 9 med hyresrätt."], image=True)
add("sv", "unanswerable",
    "Vad beräknas tak- och balkongrenoveringen i Brf Hagelbössan 1 i Hjorthagen kosta?",
    "Det framgår inte. Årsredovisningen nämner planerat underhåll av tak och balkong 2024–2026 men anger ingen kostnad.",
    [], D, [], [])

for i, o in enumerate(Q, 1):
    o["id"] = f"b9-{i:03d}"

with open("/work/blind/out/b9.jsonl", "w", encoding="utf-8") as f:
    for o in Q:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(Q))
