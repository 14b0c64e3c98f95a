import json
Q=[]
def q(lang,typ,question,answer,numbers,doc,pages,quotes,image=False):
    d={"id":None,"lang":lang,"type":typ,"question":question,"answer":answer,"numbers":numbers,"doc":doc,"pages":pages,"quotes":quotes}
    if image: d["quote_source"]="image"
    Q.append(d)
def u(lang,question,answer,doc):
    Q.append({"id":None,"lang":lang,"type":"unanswerable","question":question,"answer":answer,"numbers":[],"doc":doc,"pages":[],"quotes":[]})

H="brf-hjorthagen-scanned"
q("sv","table","Hur mycket ökade räntekostnaderna för Brf Hagelbössan 1 i Hjorthagen från 2022 till 2023?",
  "Räntekostnaderna ökade från 272 514 kr 2022 till 633 678 kr 2023, alltså med 361 164 kr (mer än en fördubbling).",
  ["-633 678","-272 514"],H,[9],["Räntekostnader och liknande resultatposter 10 -633 678 -272 514"],True)
q("en","table","What was the average interest rate on Hagelbössan's debt in 2023 compared with the year before?",
  "The average interest rate on the debt was 3.23 % in 2023, up from 1.34 % in 2022 (0.84 % in 2021).",
  ["3,23","1,34"],H,[7],["Genomsnittlig skuldränta (%) 3,23 1,34 0,84 0,94 Räntekänslighet (%) 14,76 16,24 17,49 17,57"],True)
q("sv","list","Varför höjer styrelsen i Brf Hagelbössan avgiften så mycket inför 2024?",
  "Avgiften höjs med 25 % från 1 januari 2024 eftersom: lån med tidigare låg ränta gick ut i november 2023, det kommer underhåll av tak och balkong 2024 respektive 2026, och energi- och fjärrvärmekostnaderna ökar.",
  ["25%"],H,[6],["I samband med budgetarbete har styrelsen beslutat om avgiftshöjning med 25% from 1 januari 2024. Orsaken till ökningen är följande:",
   "En del av våra lån där vi tidigare hade låg ränta har gått ut i november 2023.",
   "Vi har kommande underhållsplaner på tak och balkong 2024 respektive 2026. Ökning av energi- och fjärrvärmekostnader."],True)
q("en","fact","Who audited the accounts of the housing cooperative in Hjorthagen (Hagelbössan)?",
  "The auditor is Mats Lehtipalo of ADECO Revisorer, with Birger Nordmark (also ADECO Revisorer) as deputy auditor.",
  [],H,[5],["Revisorer Mats Lehtipalo Revisor ADECO Revisorer Birger Nordmark Revisorssuppleant ADECO Revisorer"],True)
q("en","number","How much does Brf Hagelbössan owe its bank in total, in millions of kronor?",
  "About 19.5 million kronor: the loans from SBAB totalled 19 514 381 kr at the end of 2023 (12 801 799 kr of it short-term).",
  ["19 514 381"],H,[17],["Summa 19 514 381 19 646 743 Varav kortfristig del 12 801 799 12 872 837"],True)
u("en","How much will the roof and balcony renovation at Brf Hagelbössan cost?",
  "The annual report only says that roof and balcony work is planned for 2024–2026; no cost is given.",H)

S="brf-husarvikens-strand-badenc"
q("sv","table","Vad betalade Husarvikens Strand i avgift till samfälligheterna 2023 jämfört med 2022?",
  "Avgiften för samfällighet var 916 441 kr 2023 mot 450 392 kr 2022, en ökning med 466 049 kr.",
  ["916 441","450 392"],S,[12],["Tomträttsavgälder 607 800 542 150 Avgift för samfällighet 916 441 450 392"],True)
q("sv","number","Vad blev resultatet för Brf Husarvikens Strand 2023?",
  "Föreningen gjorde en förlust på 909 600 kr 2023 (året innan -421 790 kr).",
  ["-909 600"],S,[7],["Resultat efter finansiella poster -909 600 -421 790"])
q("en","fact","Why did the Husarvikens Strand cooperative make a bigger loss in 2023?",
  "Mainly because operating costs rose in the joint property associations (samfälligheterna), and because their accrual routines changed so that the 2023 figures cover more than one year and are not comparable with earlier years.",
  [],S,[5],["Det större negativa resultetet för 2023 beror främst på ökade driftskostnader i samfälligheterna",
   "periodiseringsrutinerna i samfälligheterna har förändrats så att 2023 års siffror innehåller en längre period än ett år"],True)
u("sv","Vem är ordförande i Skuleskogens samfällighetsförening som Husarvikens Strand är medlem i?",
  "Det framgår inte. Årsredovisningen anger bara föreningens andel (26 % respektive 25 %) och vilka övriga medlemmar som finns.",S)

N="brf-norra-djurgardsstaden-ligatures"
q("sv","list","Vilka underhållsarbeten gjordes i Brf Norra Djurgårdsstaden under 2023?",
  "Porttelefonsystemet uppdaterades, lysrör på gård, garage och trapphus byttes (tillsammans med GA1), laddboxarna i garaget uppgraderades, brytskydd installerades på portarna och färglossning på utomhusfog på Fågelhundsgatan 14 åtgärdades.",
  [],N,[5],["2023 Uppdatering av porttelefon system Byte till godkända lysrör gård,garage, trapphus utfördes i samarbete med GA1.",
   "En uppgradering av NDS laddboxar i garaget Brytskydd installerat på fastighetens portar Åtgärdat färglossning på utomhus fog Fågelhundsgatan 14"],True)
q("sv","table","Hur mycket betalade Norra Djurgårdsstaden i tomträttsavgäld 2023 jämfört med 2022?",
  "Tomträttsavgälden var 962 tkr 2023 mot 1 300 tkr 2022, alltså 338 tkr lägre.",
  ["962","1 300"],N,[15],["Tomträttsavgälder 962 1 300 Bredband 166 181 Samfällighet 310 229"],True)
q("sv","number","Hur mycket höjs avgifterna i Brf Norra Djurgårdsstaden från årsskiftet 2024?",
  "Avgifterna höjs med 10 % från och med 1 januari 2024.",
  ["10%"],N,[18],["Teknisk förvaltning upprättas med Nabo fr o m 1.2.2024. 10% höjning av avgifterna fr o m 1.1.2024."],True)
u("sv","Vad kostade saneringen mot råttor på gården i Brf Norra Djurgårdsstaden?",
  "Det står inte. Årsredovisningen nämner att Nomor sanerat mot råttor och rengjort anslutande rör, men ingen kostnad för just detta redovisas.",N)

M="brf-smultronstallet-ytterby-2023"
q("sv","list","Vad har Smultronstället i Ytterby fixat och bytt ut under 2023?",
  "Carportar och förråd målades, ledlampor i carportarna byttes, 8 nya förrådsdörrar sattes in, ny dörr till stora soprummet, fläkten i hus nr 4 byttes och tre lås byttes till elektriska Yale Doorman.",
  [],M,[3],["Carportar och förråd har målats. Ledlampor i carportar är bytta. 8 nya förrådsdörrar har satts in (2-8 samt 26-32).",
   "Ny dörr till stora soprummet har satts in. Bytt fläkt, hus nr.4 Bytt tre lås, yale doorman (elektriska) 24, 32, 52."])
q("en","table","Did the Smultronstället cooperative make a profit or a loss in 2023, and how does that compare with 2022?",
  "A profit: the result for 2023 was 264 760 kr, compared with a loss of 105 034 kr in 2022, an improvement of 369 794 kr.",
  ["264 760","-105 034"],M,[7],["Summa finansiella poster -358 817 -215 829 Årets resultat Not 9 264 760 -105 034"])
q("sv","number","Med hur mycket höjdes årsavgiften i Brf Smultronstället 2023?",
  "Årsavgiften höjdes med 10 % från 1 januari 2023 (och en höjning med 3 % är registrerad från 2024).",
  ["10%"],M,[3],["Årsavgiften förändrades fr.o.m. 2023-01-01 med +10%. En förändring av årsavgiften med +3% per 2024-01-01 är registrerad."])
u("en","What interest rate will Smultronstället pay after its Nordea loan is renegotiated in 2025?",
  "This is not stated. The notes only give the current rates (0.76 %, 3.96 % and 1.00 %) and the renegotiation dates.",M)

K="kalmar-nation-arsbokslut-2025"
q("en","table","How much did Kalmar Nation's turnover grow from 2024 to 2025, in thousands of kronor?",
  "Net turnover in the multi-year overview rose from 3 124 tkr in 2024 to 4 265 tkr in 2025, an increase of 1 141 tkr (about 37 %).",
  ["4 265","3 124"],K,[2],["Flerårsöversikt 2025 2024 2023 2022 Nettoomsättning, tkr 4 265 3 124 3 574 2 219"])
q("en","number","What was Kalmar Nation's result for 2025?",
  "A surplus of 645 262.92 kr (about 645 thousand kronor), after a loss of 3 001 485.05 kr in 2024.",
  ["645,262.92"],K,[3],["Resultat efter finansiella poster 645,262.92 -3,001,485.05 Årets resultat 645,262.92 -3,001,485.05"])
q("sv","fact","Vilken fordran skrev Kalmar nation bort i bokslutet och varför?",
  "En fordran på 10 000 kr avseende tobaksautomaten i källaren från föregående år skrevs ned som konstaterad kundförlust, eftersom ekonomiansvarig bedömde att den sannolikt inte skulle betalas.",
  ["10 000 kr"],K,[9],["En fordran avseende tobaksautomaten i källaren (10 000 kr), från föregående räkenskapsår, bedömdes av ekonomiansvarig som osannolik att erhålla och skrevs ned som konstaterad kundförlust."])
u("sv","Hur många medlemmar hade Kalmar nation under 2025?",
  "Det framgår inte av årsbokslutet; där anges bara att medelantalet anställda var 2.",K)

F="fiktivt-yttrande-budgetprocessen-2024"
q("sv","recommendation","Vad svarade regionstyrelsen på revisorernas rekommendation om effekthemtagning?",
  "Att någon modell för att följa upp effekthemtagning ännu inte tagits fram. Regiondirektören ska få i uppdrag att utforma en modell efter delårsrapporten per augusti 2024, som ska tillämpas från budgetåret 2025. Status: ej påbörjat.",
  [],F,[2],["Någon modell för att följa upp effekthemtagning har ännu inte tagits fram.",
   "tillämpas från och med budgetåret 2025. Status: Ej påbörjat"])
q("en","list","In its reply to the auditors, which recommendations does the regional board say are already fully done?",
  "Two are marked as done (Åtgärdat): recommendation 2, an earlier budget process with a new timetable so that operational plans are set by 30 September, and recommendation 7, a five-year trend comparison of the largest income and cost types, with a trend report available since 1 March 2024.",
  [],F,[1,3],["Anvisningarna för verksamhetsplanering har ändrats så att regionstyrelsen och nämnderna ska fastställa sina verksamhetsplaner senast den 30 september. Status: Åtgärdat",
   "En motsvarande trendrapport finns sedan den 1 mars 2024 tillgänglig för samtliga förvaltningar i regionens analysverktyg. Status: Åtgärdat"])
u("en","What status did the regional board give to its answer on setting financial and operational goals for the whole term of office?",
  "No status is given for that recommendation (number 3). The reply describes the goals adopted on 27 February 2024 but has no status line for it.",F)

A="gbg-arsredogorelse-2022"
q("sv","table","Hur gick det för Stadsrevisionens egen ekonomi 2022 jämfört med budget?",
  "Resultatet blev -584 tkr mot budgeterade -500 tkr, alltså en negativ avvikelse på 84 tkr. Minusresultatet var planerat på grund av ombyggnaden av lokalerna.",
  ["-584","-500","-84"],A,[43],["Årets negativa resultat blev -584 tusen kronor mot budgeterade -500 tusen kronor, vilket ger en negativ avvikelse på -84 tusen kronor."])
q("sv","table","Vad kostade en årsarbetare på revisionskontoret i lön 2022 jämfört med året innan?",
  "Lönekostnaden per årsarbetare var 560 tkr 2022 mot 581 tkr 2021, alltså 21 tkr lägre.",
  ["560","581"],A,[46],["Arbetad tid (årsarbetare) 35,1 32,7 33,6 Lönekostnad per årsarbetare 560 581 521"])
q("sv","list","Vilka riskområden fanns med i stadsrevisionens egen samlade riskbild för 2022?",
  "Sex områden: revisionsprocessen, säkerhetsskydd, informationssäkerhet och personuppgiftsbehandlingar, kommunikation, inköp och upphandling samt administrativa rutiner.",
  [],A,[40],["Revisionsprocessen Säkerhetsskydd Informationssäkerhet och personuppgiftsbehandlingar Kommunikation Inköp och upphandling Administrativa rutiner"])
q("en","number","What was Gothenburg's balance requirement result for 2022, in billions of kronor?",
  "About 1.3 billion kronor: the balance requirement result was 1 316 million kronor (result excluding capital gains 1 681 million, of which 365 million was set aside to the reserve).",
  ["1 316"],A,[27],["Årets balanskravsresultat uppgår till 1 316 miljoner kronor."])
q("sv","number","Hur hög var sjukfrånvaron på revisionskontoret 2022?",
  "Den totala sjukfrånvaron var 2,8 % 2022, jämfört med 5,0 % 2021.",
  ["2,8%"],A,[45],["Den totala sjukfrånvaron låg under 2022 på 2,8% jämfört med 5,0% under 2021."])
q("en","fact","In the review of foster family placements, what risk did the auditors highlight about the lack of foster homes?",
  "It is hard to find stable foster families, so children may have to be placed temporarily in emergency homes (jourhem), sometimes for longer than the law allows, which creates uncertainty for the child and more workload for social workers.",
  [],A,[19],["Bristen på familjehem beskrevs som en annan stor risk. Det är svårt att hitta stabila familjehem som klarar av uppdraget",
   "barn kan därför behöva placeras tillfälligt i jourhem, ibland längre tid än vad som är tillåtet enligt lagen."])
q("sv","fact","Vilken kritik fick Göteborg Energi och dess elhandelsbolag enligt årsredogörelsen för 2022?",
  "Lekmannarevisorerna bedömde bristerna i elhandeln som väsentliga och riktade en anmärkning mot styrelsen i Göteborg Energi AB och en erinran mot styrelsen i dotterbolaget Göteborg Energi Din El AB.",
  [],A,[6],["riktar därför kritik till styrelsen i Göteborg Energi AB genom en anmärkning och till styrelsen i dotterbolaget Göteborg Energi Din El AB genom en erinran."])
u("sv","Hur stort underskott i kronor gjorde Din El AB i elhandeln 2022?",
  "Det anges inte. Årsredogörelsen säger bara att Din El AB haft negativa resultat i elhandeln de tre senaste åren, utan belopp.",A)

E="gbg-granskning-energianvandning-2024"
q("en","recommendation","What does the energy audit recommend to the city property committee (stadsfastighetsnämnden)?",
  "To revise and re-adopt its energy efficiency plan and its goal for lower energy use, both decided by the former premises committee. Together with the others it should also handle the measures in the council's energy plan more systematically.",
  [],E,[1],["Stadsfastighetsnämnden rekommenderas att revidera och på nytt fastställa sin energieffektiviseringsplan och det mål för minskad energianvändning som beslutades av den tidigare lokalnämnden."])
q("sv","number","Hur mycket pengar ska Higab lägga på energiåtgärder fram till 2030?",
  "Totalt 200 miljoner kronor ska investeras i särskilda energiåtgärder fram till 2030.",
  ["200 miljoner kronor"],E,[5],["Inom ramen för projektet kommer totalt 200 miljoner kronor att investeras i särskilda energiåtgärder fram till år 2030, i syfte att uppnå energimålet."])
u("sv","Hur mycket minskade Familjebostäders energianvändning per kvadratmeter under 2023?",
  "Det framgår inte. Granskningen beskriver Familjebostäders lokala energimål och organisation men redovisar ingen siffra för minskningen.",E)

X="gbg-granskning-extremism-2024"
q("sv","fact","Vilka nämnder bedöms inte göra ett tillräckligt bra jobb mot våldsbejakande extremism?",
  "Socialnämnderna (Centrum och Nordost) och nämnden för demokrati och medborgarservice. Kommunstyrelsen, grundskolenämnden och utbildningsnämnden bedöms däremot arbeta ändamålsenligt.",
  [],X,[3],["Den sammanvägda bedömningen är att kommunstyrelsen, grundskolenämnden och utbildningsnämnden bedriver ett ändamålsenligt arbete men att socialnämnderna och nämnden för demokrati och medborgarservice inte gör det."])
q("en","recommendation","What is the city executive board asked to do in the audit on violent extremism?",
  "Together with the social committees and other actors concerned, it should update the overall picture of what violent extremist environments in Gothenburg look like (last done in 2018).",
  [],X,[8],["Kommunstyrelsen rekommenderas att tillsammans med socialnämnderna och övriga berörda aktörer uppdatera den samlade lägesbilden över hur de våldsbejakande extremistmiljöerna i Göteborg ser ut."])
u("en","How many returnees from extremist groups live in the Nordost district?",
  "The report does not give a number; it says the Nordost social committee does not have a picture of how many returnees there are.",X)

V="gbg-granskning-hedersrelaterat-vald-2023-scan"
q("sv","number","Hur många rekommendationer lämnades i granskningen av arbetet mot hedersrelaterat våld och förtryck?",
  "Revisionskontoret lämnade åtta rekommendationer.",
  ["åtta"],V,[6],["Utifrån granskningens iakttagelser lämnar revisionskontoret åtta rekommendationer. Samtliga granskade nämnder rekommenderas att säkerställa att personalen får kompetensutveckling"],True)
u("sv","Hur många orosanmälningar om hedersrelaterat våld kom in till socialtjänsten i Göteborg 2022?",
  "Rapportsammandraget anger inget antal. Det säger bara att relativt få anmälningar kommit från skolorna och att statistiken inte ger en rättvisande bild.",V)

W="gbg-granskning-hemvardsbidrag-2023"
q("sv","fact","Vad grundar revisorerna sin bedömning på i granskningen av hemvårdsbidrag?",
  "På intervjuer med förvaltningarna, dokumentstudier och aktgranskning.",
  [],W,[3],["Iakttagelser och bedömningar bygger på intervjuer med förvaltningarna, dokumentstudier och aktgranskning."])
q("sv","recommendation","Vad ska nämnderna ta upp med kommunstyrelsen när det gäller hemvårdsbidraget?",
  "Nämnden för funktionsstöd och äldre samt vård- och omsorgsnämnden rekommenderas att uppmärksamma kommunstyrelsen på att regelverket för hemvårdsbidrag inte upplevs som ändamålsenligt.",
  [],W,[4],["Nämnden för funktionsstöd och äldre samt vård- och omsorgsnämnden rekommenderas att uppmärksamma kommunstyrelsen på att regelverket för hemvårdsbidrag inte upplevs som ändamålsenligt."])
u("sv","Hur mycket pengar betalade Göteborgs Stad ut i hemvårdsbidrag under 2023?",
  "Det står inte i rapportsammandraget; inga belopp för utbetalt hemvårdsbidrag redovisas.",W)

Y="gbg-granskning-nyanlanda-2026"
q("sv","recommendation","Vad rekommenderar revisorerna grundskolenämnden när det gäller nyanlända elever?",
  "Två saker: att årskursplaceringen av nyanlända elever ska baseras på en kunskapsbedömning enligt skollagen, och att arbetet med individuella studieplaner ska förbättras så att både skollagen och den egna riktlinjen följs.",
  [],Y,[1],["Grundskolenämnden rekommenderas att se till att årskursplacering av nyanlända elever baseras på kunskapsbedömning i enlighet med skollagen.",
   "Grundskolenämnden rekommenderas att förbättra arbetet med individuella studieplaner för nyanlända elever, för att säkerställa att såväl skollagen som den egna riktlinjen följs."])
q("sv","fact","När infördes grundskolenämndens nya process för att ta emot nyanlända elever?",
  "Den 1 januari 2025.",
  [],Y,[5],["Nämnden har en ny process för mottagande och bedömning av nyanlända elevers kunskaper som infördes den 1 januari 2025."])

P="gbg-granskning-personsakerhet-2024"
q("en","list","What risks to politicians' safety have Gothenburg's committees and companies identified?",
  "Demonstrations at meetings, undue influence before decisions, and transferred risks, where politicians are active in other political settings and the threat carries over to the committee or company.",
  [],P,[3],["Bland de risker som nämnder och bolag har identifierat nämns demonstrationer vid sammanträden, otillåten påverkan inför beslutsfattande och överförda risker"])
q("sv","fact","Vad är risken med att kommunstyrelsen inte följer upp arbetet med förtroendevaldas säkerhet?",
  "Att brister i det förebyggande och omhändertagande arbetet inte upptäcks och åtgärdas, vilket i förlängningen kan hindra förtroendevalda i uppdragen och lämna dem utan tillräckligt stöd vid hot, våld eller otillåten påverkan.",
  [],P,[4],["Vi bedömer att avsaknaden av uppföljning kan leda till att brister i det förebyggande och omhändertagande arbetet inte identifieras och åtgärdas."])
u("sv","Hur många hot och incidenter mot förtroendevalda i Göteborg registrerades under 2024?",
  "Det framgår inte. Rapporten säger att stadsledningskontoret sammanställer statistik över incidenter, men inga siffror redovisas.",P)

R="gbg-granskning-privata-utforare-2024"
q("en","number","According to the audit of private providers, how much is paid out wrongly from the welfare systems every year?",
  "About 18 billion kronor a year, according to a government inquiry from 2019.",
  ["18 miljarder kronor"],R,[3],["Enligt en statlig utredning från 2019 bedöms de totala felaktiga utbetalningarna från välfärdssystemen uppgå till cirka 18 miljarder kronor varje år."])
q("sv","list","Vilka tjänster omfattades av granskningen av privata utförare?",
  "Fyra insatser: personlig assistans, skyddat boende, konsulentstödda familjehem och hemtjänst enligt lagen om valfrihetssystem (LOV).",
  [],R,[3],["personlig assistans • skyddat boende • konsulentstödda familjehem • hemtjänst enligt lagen om valfrihetssystem (LOV)."])

Z="gbg-granskning-skyfall-2022"
q("en","recommendation","What do the city auditors recommend about handling cloudbursts in Gothenburg?",
  "The city executive board should further develop the city-wide steering of cloudburst work, and the recycling and water committee should prepare the material the city council needs to decide which cloudburst measures to carry out and when.",
  [],Z,[1],["Stadsrevisionen rekommenderar kommunstyrelsen att vidareutveckla den kommunövergripande styrningen av stadens arbete med skyfallshantering.",
   "Stadsrevisionen rekommenderar kretslopp och vattennämnden att göra de framställningar som behövs för att kommunfullmäktige ska kunna fatta nödvändiga och välgrundade beslut om vilka skyfallsåtgärder som ska genomföras och när."])
u("sv","Vad beräknas skyfallsåtgärderna i Göteborg kosta totalt?",
  "Ingen kostnad anges. Rapporten säger bara att kostnaden för att vidta åtgärder kan bli mycket hög.",Z)

T="gbg-granskning-trygghet-studiero-2024"
q("en","fact","Why has the preventive work on safety and calm in Gothenburg's schools got worse?",
  "Because of the savings to balance the budget: fewer adults (school hosts, assistants, break supervisors), larger classes and less money for pupil support have worsened both safety and study calm, and the work has shifted towards reacting rather than preventing.",
  [],T,[3],["Av granskningen framkommer att den ekonomiska situationen med åtgärder för en ekonomi i balans har påverkat det förebyggande arbetet med trygghet och studiero negativt.",
   "färre vuxna (som skolvärdar, elevassistenter och rastvakter), större klasser och mindre resurser till stödinsatser för elever har försämrat både tryggheten och studieron."])
q("sv","recommendation","Vilken rekommendation i granskningen av trygghet och studiero riktas bara till grundskolenämnden?",
  "Att säkerställa att beslut om disciplinära åtgärder följer regelverket (bakgrunden är bland annat en odokumenterad avstängning av en elev).",
  [],T,[1],["Grundskolenämnden rekommenderas att säkerställa att beslut om disciplinära åtgärder följer regelverket."])
u("en","How many pupils were suspended from Gothenburg's schools in 2024?",
  "The report gives no number. It only mentions that one headteacher suspended a pupil without documenting the decision.",T)

O="gbg-granskning-verksamhetsfordon-2022"
q("sv","fact","I stadsrevisionens granskning av verksamhetsfordon och drivmedel: vem följer systematiskt upp hur tjänstebilarna används, och hur ofta?",
  "Endast Göteborg Energi AB gör det; uppföljningen omfattar varje bil men sker bara vart tredje år och kan bara indirekt kopplas till en viss person.",
  [],O,[1],["det endast är Göteborg Energi AB som systematiskt följer upp hur bilarna används, en uppföljning som omfattar varje bil men som bara sker vart tredje år"])
q("en","recommendation","What was Göteborg Energi AB recommended to do in the review of company vehicles?",
  "The lay auditors recommended that it finish the ongoing work on group-wide routines for the vehicles used in its standby (on-call) operations.",
  [],O,[2],["Lekmannarevisorerna rekommenderar Göteborg Energi AB att slutföra det pågående arbetet med att ta fram koncernövergripande rutiner för beredskapsverksamheten."])

B="gbg-revisionsberattelse-2024"
q("en","fact","Why did the compulsory school committee get a formal remark (anmärkning) in the 2024 audit report?",
  "When it distributed the supplementary budget it did not give the independent schools a matching extra amount at the same time, a decision that breaks the Education Act and the Local Government Act.",
  [],B,[1],["Anmärkning har riktats mot grundskolenämnden. Anledningen är att nämnden i samband med att kompletteringsbudgeten skulle fördelas inte samtidigt tilldelade de fristående huvudmännen motsvarande resurstillskott.",
   "huvudmännen motsvarande resurstillskott. Detta beslut strider mot skollagen och kommunallagen."])
q("sv","number","Hur mycket höjdes grundskolenämndens ram i kompletteringsbudgeten 2024?",
  "Kommunbidragsramen höjdes med 100 miljoner kronor för 2024 och framåt.",
  ["100 miljoner kronor"],B,[18],["Beslutet innebar att grundskolenämndens kommunbidragsram höjdes med 100 miljoner kronor för år 2024 och framåt."])
q("sv","number","Hur stor del av ökningen av elevpengen skulle ha gått till de fristående skolorna?",
  "Enligt förvaltningen utgjorde de fristående huvudmännens andel 23 miljoner kronor.",
  ["23 miljoner kronor"],B,[18],["Förvaltningen uppger att de fristående huvudmännens andel av ökningen av elevpengen utgjorde 23 miljoner kronor."])
q("sv","table","Hur fördelade grundskolenämnden ramökningen när den beslutade den 26 mars 2024?",
  "90 miljoner kronor till elevpengen för ökade pensionskostnader, 5 mnkr till kulturskolan, 4 mnkr till insatser för ökad måluppfyllelse och 1 mnkr för att utöka skärgårdstillägget, totalt 100 miljoner.",
  ["90 miljoner kronor","5 mnkr","4 mnkr","1 mnkr"],B,[38],["90 miljoner kronor avsätts till elevpengen för att kompensera skolenheternas ökade kostnader för avtalade förmånsbestämda pensioner.",
   "5 mnkr avsätts till den kommunala kulturskolan för att minska behov av ekonomisk anpassning i den elevnära verksamheten.",
   "4 mnkr avsätts till insatser för ökad måluppfyllelse. - 1 mnkr avsätts för att utöka skärgårdstillägget"])
q("en","table","How close was the vote when the procurement committee decided to boycott goods from certain states?",
  "Very close: 5 yes votes against 4 no votes, so the proposal from V, S and MP was adopted.",
  ["5","4"],B,[52],["Med resultatet 5 ja-röster mot 4 nej-röster beslutar nämnden att bifalla initiativyrkande från V, S och MP."])
u("sv","Hur mycket kostade rättsprocessen kring bojkottbeslutet Göteborgs Stad?",
  "Det framgår inte. Handlingarna beskriver överklagandet, förvaltningsrättens dom och revisionens kritik, men inga kostnader.",B)

G="granskning-budgetprocessen-2023"
q("sv","table","Vad blev Region Kalmar läns resultat 2021, och vad blev balanskravsresultatet?",
  "Resultatet 2021 var 787 mnkr och balanskravsresultatet 596 mnkr.",
  ["787","596"],G,[7],["År Resultat, mnkr Balanskravs-resultat, mnkr5 2018 -76 -92 2019 170 -11 2020 359 420 2021 787 596"])
q("sv","table","Hur nära låg augustiprognosen för hälso- och sjukvårdsförvaltningen det verkliga utfallet 2022?",
  "Augustiprognosen var en budgetavvikelse på -335 mnkr och utfallet blev -341 mnkr, alltså 6 mnkr sämre än prognosen (aprilprognosen var -304).",
  ["-335","-341"],G,[27],["2022, belopp i mnkr Nämnd/verksamhet Prognos april Prognos augusti Utfall i ÅR Regionstyrelsen Hälso- och sjukvårdsförvaltningen -304 -335 -341"])
q("en","table","For 2020, how did the public transport committee's April forecast compare with its actual budget deviation?",
  "The April forecast was -112 million kronor and the outcome was -122 million, so the deficit ended 10 million worse than forecast (the August forecast was -101).",
  ["-112","-122"],G,[26],["Kollektivtrafiknämnden -112 -101 -122 Finansiella poster 227 524 676"])
q("en","number","How big a deficit did Region Kalmar budget for in its plan for 2024–2026?",
  "A deficit of 177 million kronor (the 2023–2025 plan had a deficit of 153 million).",
  ["177 mnkr"],G,[6],["Regionen har i regionplanen 2023–2025 budgeterat med ett underskott på 153 mnkr. I regionplanen 2024–2026 budgeteras ett underskott på 177 mnkr."])
q("sv","fact","Varför anser Sirona att regionens budgetprocess inte är ändamålsenlig?",
  "Eftersom den inte leder till avsedd styreffekt: delar av verksamheten, framför allt hälso- och sjukvården, redovisar ungefär samma avvikelser år efter år både i verksamhetsmål och ekonomiska mål.",
  [],G,[18],["Vår bedömning är att regionstyrelsen inte har säkerställt att Region Kalmar läns budgetprocess är ändamålsenlig och effektiv eftersom den inte leder till avsedd styreffekt.",
   "Delar av verksamheten, framförallt inom hälso- och sjukvården, redovisar ungefär samma avvikelser år efter år vad gäller både verksamhetsmål och ekonomiska mål."])
u("sv","Hur stor var hälso- och sjukvårdsförvaltningens budgetavvikelse i Region Kalmar län 2017?",
  "Det anges inte. Granskningen redovisar avvikelser för 2020–2023 och nämner 2017 års granskning, men ingen siffra för 2017.",G)

U="run-verksamhetsberattelse-2023-08"
q("sv","table","Ligger regionala utvecklingsnämnden över eller under budget enligt helårsprognosen i augusti 2023?",
  "Under budget: budgeten är 204 846 tkr och helårsprognosen 197 638 tkr, vilket ger en prognostiserad positiv budgetavvikelse (överskott) på 7 208 tkr. Efter augusti var 52 % av budgeten förbrukad.",
  ["204 846","197 638","7 208"],U,[15,16],["Summa 204 846 106 668 52 103 927 197 638","Regional utveckling 51 264 15 473 30 20 110 4 205 Summa 204 846 106 668 52 103 927 7 208"])
q("en","table","What is the forecast budget deviation for the regional development activity for 2023, in millions?",
  "About 4.2 million kronor in surplus: the forecast deviation is 4 205 tkr, against a budget of 51 264 tkr (only 30 % used by August).",
  ["4 205"],U,[16],["Regional utveckling 51 264 15 473 30 20 110 4 205"])
q("sv","table","Hur stora var regionala utvecklingsnämndens intäkter efter augusti jämfört med budget?",
  "Intäkterna var 119 628 tkr efter augusti, 72 % av budgeterade 166 311 tkr. Helårsprognosen är 176 020 tkr, alltså högre intäkter än budgeterat (intäkter redovisas med minustecken i tabellen).",
  ["-166 311","-119 628","-176 020"],U,[15],["Intäkter -166 311 -119 628 72 -116 590 -176 020"])
q("sv","fact","Varför räknar regionala utvecklingsförvaltningen med ett överskott mot budget 2023?",
  "På grund av tillfälliga vakanser inom HR och analys, större uttag av partiell föräldraledighet än väntat, ett par längre sjukskrivningar och planerade ledigheter inom bland annat besöksnäring och folkhälsa som inte ersätts med vikarier.",
  [],U,[20],["Prognosen för året är ett överskott jämfört med budget som beror på tillfälliga vakanser inom HR och analys, större uttag av partiell föräldraledighet än förväntat",
   "ett par längre sjukskrivningar och planerade ledigheter inom bland annat inom besöksnäring och folkhälsa senare i år som inte kommer ersättas med vikarier."])
u("en","What was the sick leave rate in the regional development administration in August 2023?",
  "The report has a heading for sick leave but gives no figure.",U)

I="simrishamn-kfn-budgetskrivelse-investeringar-2027-2031"
q("sv","table","Hur mycket vill kultur- och fritidsnämnden i Simrishamn investera 2027, i miljoner kronor?",
  "Ungefär 37,5 miljoner kronor: investeringsbudgeten för 2027 är 37 525 tkr (36 325 tkr i nya projekt plus 1 200 tkr i reinvesteringar). Hela perioden 2027–2031 summerar till 71 975 tkr.",
  ["37 525"],I,[5],["Summa investeringsbudget 37 525 17 125 7 475 5 775 4 075 71 975"])
q("en","table","How much is set aside for the culture bus in Simrishamn, and what will it cost to run each year?",
  "3 000 tkr (3 million kronor) in 2028, with an operating effect of 500 tkr per year.",
  ["3 000 tkr","500 tkr"],I,[24],["Projektnamn Kulturbuss Investeringsutgift 2028: 3 000 tkr Status Nytt","Vilken driftseffekt, exkl. 500 tkr årligen kapitalkostnader, får projektet tkr?"])
q("en","list","What equipment has to be bought before the Korsavad sports centre can reopen?",
  "Examples given are a speed gate for the entrance, cleaning machines for the pool, an oil machine for the bowling hall and lane-rope trolleys for the swimming lanes.",
  [],I,[5],["Exempel på inventarier som behöver köpas in är speedgate till entré, städmaskiner till badet, oljemaskin till bowlinghallen samt linvagnar till simlinor."])
q("en","number","How much would the new buildings at Tobisviksbadet cost, in millions?",
  "22 million kronor (22 000 tkr), all in 2027.",
  ["22 000 tkr"],I,[11],["Projektnamn Nya lokaler Tobisviksbadet Investeringsutgift 2027: 22 000 tkr Status Nytt"])
u("sv","Vad kostade den stora renoveringen av Korsavadsanläggningen?",
  "Det framgår inte. Budgetskrivelsen nämner bara att anläggningen renoverats omfattande; beloppen gäller utrustning för uppstarten (1 000 tkr 2027 och 500 tkr 2028), inte själva renoveringen.",I)

for i,d in enumerate(Q,1): d["id"]=f"b31-{i:03d}"
with open('/work/blind/out/b31.jsonl','w') as f:
    for d in Q: f.write(json.dumps(d,ensure_ascii=False)+"\n")
import collections
print(len(Q),collections.Counter(d['type'] for d in Q),collections.Counter(d['lang'] for d in Q))
print(collections.Counter(d['doc'] for d in Q))
