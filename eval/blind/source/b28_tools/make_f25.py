import json, collections
H='brf-hjorthagen-scanned'; HS='brf-husarvikens-strand-badenc'; NDS='brf-norra-djurgardsstaden-ligatures'
SM='brf-smultronstallet-ytterby-2023'; FY='fiktivt-yttrande-budgetprocessen-2024'; AR='gbg-arsredogorelse-2022'
EX='gbg-granskning-extremism-2024'; HV='gbg-granskning-hedersrelaterat-vald-2023-scan'
NY='gbg-granskning-nyanlanda-2026'; PS='gbg-granskning-personsakerhet-2024'
PU='gbg-granskning-privata-utforare-2024'; RB='gbg-revisionsberattelse-2024'; BP='granskning-budgetprocessen-2023'
KN='kalmar-nation-arsbokslut-2025'; RUN='run-verksamhetsberattelse-2023-08'; SIM='simrishamn-kfn-budgetskrivelse-investeringar-2027-2031'

F=[]
def f(lang,history,question,standalone,answer,numbers,doc,pages,quotes,img=False):
    d={"lang":lang,"type":"followup","history":history,"question":question,"standalone":standalone,
       "answer":answer,"numbers":numbers,"doc":doc,"pages":pages,"quotes":quotes}
    if img: d["quote_source"]="image"
    F.append(d)

# ---------------- elliptical (standalone false) ----------------
f("sv",["Hur mycket betalade Brf Hagelbössan 1 i Hjorthagen i räntor under 2023?"],"Och året innan?",False,
  "År 2022 var räntekostnaderna 272 514 kr (mot 633 678 kr 2023).",["272 514"],H,[9],
  ["Räntekostnader och liknande resultatposter 10 -633 678 -272 514"],True)
f("en",["What was Brf Husarvikens Strand's result after financial items in 2023?"],"And in 2021?",False,
  "In 2021 the result after financial items was -571 thousand kr (2023: -910 thousand kr).",["-571"],HS,[5],
  ["Resultat efter finansiella poster Tkr -910 -422 -571 -375"],True)
f("sv",["Hur mycket höjdes avgifterna i Brf Norra Djurgårdsstaden under 2023?"],"Och inför 2024?",False,
  "Avgifterna höjdes med 10 % från och med 1 januari 2024 (efter 4 % under 2023).",["10"],NDS,[18],
  ["Teknisk förvaltning upprättas med Nabo fr o m 1.2.2024. 10% höjning av avgifterna fr o m 1.1.2024."],True)
f("sv",["Vad låg årsavgiften per kvadratmeter på i Brf Smultronstället i Ytterby 2023?"],"Och 2019?",False,
  "669 kr per kvm år 2019 (mot 817 kr per kvm 2023).",["669"],SM,[4],
  ["Energikostnad, kr/kvm 176 163 185 151 154 Årsavgifter, kr/kvm 817 719 690 676 669"])
f("en",["How much did Brf Smultronstället i Ytterby pay in interest in 2023?"],"And the year before?",False,
  "In 2022 interest and similar costs were 215 888 kr (2023: 362 122 kr).",["-215 888"],SM,[7],
  ["Räntekostnader och liknande resultatposter Not 8 -362 122 -215 888"])
f("sv",["Hur hög var den totala sjukfrånvaron på stadsrevisionen i Göteborg 2022?"],"Och året innan?",False,
  "År 2021 var den totala sjukfrånvaron 5,0 % (2,8 % år 2022).",["5,0"],AR,[45],
  ["Den totala sjukfrånvaron låg under 2022 på 2,8% jämfört med 5,0% under 2021."])
f("en",["What was the Gothenburg City Audit Office's salary cost per full-time equivalent in 2022?"],"And in 2020?",False,
  "521 thousand kr per full-time equivalent in 2020 (560 in 2022, 581 in 2021).",["521"],AR,[46],
  ["Arbetad tid (årsarbetare) 35,1 32,7 33,6 Lönekostnad per årsarbetare 560 581 521"])
f("sv",["Vad var regionala utvecklingsnämndens budget för lön och arbetsgivaravgifter 2023?"],"Och vad är helårsprognosen?",False,
  "Helårsprognosen i augusti var 153 873 tkr, mot en budget på 159 188 tkr.",["153 873"],RUN,[15],
  ["Lön och arbetsgivaravgifter 159 188 97 103 61 92 770 153 873"])
f("sv",["Hur mycket hade regionala utvecklingsnämnden förbrukat inom Bildning till och med augusti 2023?"],"Vad var budgeten?",False,
  "Budgeten för Bildning 2023 var 70 597 tkr (utfall jan–aug 41 943 tkr, 59 %).",["70 597"],RUN,[16],
  ["Bildning 70 597 41 943 59 36 231 124"])
f("sv",["Hur stor blev kollektivtrafiknämndens budgetavvikelse 2021 enligt årsredovisningen i Region Kalmar län?"],"Och 2020?",False,
  "År 2020 blev utfallet -122 mnkr (prognos april -112, augusti -101); 2021 var utfallet -72 mnkr.",["-122"],BP,[26],
  ["Regionala utvecklingsnämnden 2 0 4 Kollektivtrafiknämnden -112 -101 -122 Finansiella poster 227 524 676"])
f("sv",["Vilket resultat redovisade Region Kalmar län för 2022?"],"Och balanskravsresultatet?",False,
  "Balanskravsresultatet 2022 var 504 mnkr (resultatet 198 mnkr).",["504"],BP,[7],
  ["2020 359 420 2021 787 596 2022 198 504 2023 prognos -334 -229"])
f("en",["What was Kalmar Nation's net turnover in 2025 according to the multi-year overview?"],"And in 2022?",False,
  "2 219 thousand kr in 2022 (4 265 thousand kr in 2025).",["2 219"],KN,[2],
  ["Nettoomsättning, tkr 4 265 3 124 3 574 2 219"])
f("sv",["Hur mycket vill kultur- och fritidsnämnden i Simrishamn investera i nya lokaler vid Tobisviksbadet?"],"Vilken driftseffekt får det?",False,
  "Projektet beräknas ge en driftseffekt på 100 tkr årligen, och det finansieras inte inom befintlig driftram.",["100"],SIM,[11],
  ["Vilken driftseffekt, exkl. 100 tkr årligen kapitalkostnader, får projektet tkr? Finansieras projektet inom befintligt Nej"])
f("sv",["Vilken status har rekommendation 5 om effekthemtagning i regionstyrelsens yttrande till revisorerna i Region Kalmar län?"],"Och rekommendation 4?",False,
  "Rekommendation 4 (tydligare prioriteringar) har status Påbörjat: regionplanen 2025–2027 ska få en bilaga med högst tio prioriterade åtgärder och förvaltningarna ska lämna förslag senast 15 april 2024.",
  ["15 april 2024"],FY,[2],
  ["Regionplan 2025–2027 kommer att innehålla en särskild bilaga med högst tio prioriterade åtgärder för regionen som helhet.",
   "Förvaltningarna har fått i uppdrag att senast den 15 april 2024 lämna förslag på åtgärder med beräknad ekonomisk effekt. Arbetet pågår men är ännu inte slutfört. Status: Påbörjat"])
f("sv",["Vilka nämnder riktade Göteborgs revisorer anmärkning mot för verksamhetsåret 2024?"],"Vem har skrivit under revisionsberättelsen?",False,
  "Revisionsberättelsen är undertecknad i Göteborg den 8 april 2025 av de förtroendevalda revisorerna (22 namn), med Jonas Ransgård och Torbjörn Rigemar först.",
  ["8 april 2025"],RB,[4],["Göteborg den 8 april 2025 Jonas Ransgård Torbjörn Rigemar Bengt Bivall Sven Andersson"])
f("sv",["Vilka nämnder rekommenderades att följa upp och utvärdera arbetet mot hedersrelaterat våld och förtryck?"],
  "Och vilka bedömdes redan följa upp arbetet på ett systematiskt sätt?",False,
  "Utbildningsnämnden och socialnämnden Nordost.",[],HV,[6],
  ["Vår bedömning är att utbildningsnämnden och socialnämnden Nordost i huvudsak och på ett systematiskt sätt följer upp och utvärderar arbetet mot hedersrelaterat våld och förtryck."],True)
f("sv",["Hur många privata hemtjänstutförares rapporter gick revisionskontoret igenom i granskningen av privata utförare?"],
  "Hur många av dem hade avvikelser?",False,
  "Nio av de tio utförarna hade avvikelser, och förvaltningen hade ställt krav på åtgärdsplaner.",[],PU,[6],
  ["Revisionskontoret har tagit del av utförarrapporterna för tio privata utförare. Rapporterna visade att nio utförare hade avvikelser och att förvaltningen ställt krav på åtgärdsplaner."])
f("en",["In the Gothenburg audit of work against violent extremism, which committee was told to clarify the purpose and task of the resource team?"],
  "And what were the two social welfare committees told to do together?",False,
  "The social welfare committees Centrum and Nordost were both told to identify knowledge needs and draw up a training plan, carry out the operation-specific planning required by the city's guideline, and make sure their situation pictures contain the information the guideline prescribes.",
  [],EX,[1],["identifiera vilka kunskapsbehov rörande våldsbejakande extremism och radikalisering som finns inom den egna organisationen samt upprätta en utbildningsplan för att tillgodose behovet.",
   "genomföra den verksamhetsspecifika planering som framgår av Göteborgs Stads riktlinje mot våldsbejakande extremism och radikalisering",
   "säkerställa att lägesbilderna innehåller den information om våldsbejakande miljöer som Göteborgs Stads riktlinje mot våldsbejakande extremism föreskriver."])

# ---------------- standalone (new subject) ----------------
f("en",["What was Brf Husarvikens Strand's loss in 2023?"],
  "And what does the auditor say about Brf Smultronstället i Ytterby's 2023 accounts – is discharge for the board recommended?",True,
  "Yes. Susanne Andersson (BoRevision) recommends that the meeting dispose of the result as proposed and grant the board members discharge from liability for 2023.",
  [],SM,[16],["Jag tillstyrker att föreningsstämman disponerar resultatet enligt förslaget i förvaltningsberättelsen och beviljar styrelsens ledamöter ansvarsfrihet för räkenskapsåret."])
f("sv",["Hur mycket är Brf Norra Djurgårdsstadens lån hos SEB på sammanlagt?"],
  "Hur många lägenheter och lokaler finns i Brf Norra Djurgårdsstaden?",True,
  "69 bostadsrätter om totalt 5 455 kvm och 1 lokal om 78 kvm.",["69","5 455","78"],NDS,[4],
  ["Föreningen har 69 bostadsrätter om totalt 5 455 kvm och 1 lokal om 78 kvm."],True)
f("en",["How large a deficit did Region Kalmar län budget for in its regional plan 2023–2025?"],
  "And what did the City of Gothenburg's auditors conclude about the city's 2024 annual report?",True,
  "They found the accounts fair in all material respects and recommended that the 2024 annual report be approved; the result was mainly consistent with the financial goals, but it could not be judged against the operational goals because these lack target values.",
  [],RB,[4],["Vi bedömer att räkenskaperna i allt väsentligt är rättvisande.",
   "Vi bedömer att det inte går att avgöra om resultatet i årsredovisningen är förenligt med de verksamhetsmål fullmäktige beslutat om.",
   "Vi tillstyrker att Göteborgs Stads årsredovisning för 2024 godkänns."])
f("sv",["Vad rekommenderades kommunstyrelsen i granskningen av förtroendevaldas personsäkerhet?"],
  "Vilka risker för förtroendevalda har nämnder och bolag i Göteborg själva pekat ut?",True,
  "Demonstrationer vid sammanträden, otillåten påverkan inför beslutsfattande och överförda risker, där politiker är aktiva i andra sammanhang och hotet överförs till nämnden eller bolaget.",
  [],PS,[3],["Bland de risker som nämnder och bolag har identifierat nämns demonstrationer vid sammanträden, otillåten påverkan inför beslutsfattande och överförda risker"])
f("sv",["Vilka rekommendationer fick grundskolenämnden i granskningen av introduktion och utbildning för nyanlända?"],
  "Hur snabbt görs kunskapsbedömningen av nyanlända elever i Göteborgs grundskolor enligt stadsrevisionen?",True,
  "Inom två månader, i enlighet med skollagen; däremot placeras eleverna efter ålder innan kunskaperna bedömts.",[],NY,[6],
  ["Granskningen pekar på att bedömningen av en nyanländ elevs kunskaper görs inom två månader i enlighet med skollagen."])
f("en",["Which committees were covered by the Gothenburg audit of cloudburst management?"],
  "And how much does Simrishamn plan to invest in a new artificial turf pitch at Korsavad?",True,
  "10 000 thousand kr, budgeted for 2027.",["10 000"],SIM,[4],["8 N Ny konstgräsplan Korsavad 10 000 0 0 0 0 10 000"])
f("sv",["Hur mycket kostade trädgårdsarbetet i Brf Hagelbössan 1 i Hjorthagen under 2023?"],
  "Hur mycket har Brf Smultronstället i Ytterby innestående på avräkningskontot hos HSB?",True,
  "1 187 214 kr vid utgången av 2023 (427 586 kr året innan).",["1 187 214"],SM,[14],
  ["Avräkningskonto HSB Göteborg ek.för. 1 187 214 427 586"])
f("en",["How many employees did Kalmar Nation have on average in 2025?"],
  "And what did Kalmar Nation's auditor recommend about the 2025 accounts?",True,
  "The auditor, Kent Lundgren, recommended that the nation meeting approve the 2025 accounts and grant the board discharge for the year.",
  [],KN,[9],["rekommenderar jag att Kalmar Nations bokslut för verksamhetsåret 2025 godkänns av nationens nationsmöte och att styrelsen beviljas ansvarsfrihet"])
f("sv",["När registrerades Brf Hagelbössan 1 i Hjorthagen?"],
  "Vilket år byggdes huset på fastigheten Smultronstället 1 i Kungälv?",True,
  "Nybyggnadsåret är 1993 (föreningen förvärvade fastigheten 2006-06-07).",["1993"],SM,[2],
  ["Fastighet Förvärvsdatum Nybyggnadsår byggnad Smultronstället 1 2006-06-07 1993"])
f("en",["What did the lay auditors recommend to Göteborg Energi AB in the audit of work vehicles?"],
  "And which decisions did the lay auditors say Göteborg Energi AB's board should have taken to the city council in 2022?",True,
  "Matters of principle such as a capital injection to Din El AB, a parent-company guarantee of 100 million euro for financial trading, a large investment in a new bio steam boiler and the decision to start an economic association.",
  ["100"],AR,[6],["Det gällde bland annat ett kapitaltillskott till Din El AB och en moderbolagsgaranti på 100 miljoner euro som säkerhet för den finansiella handeln.",
   "Det rörde också en omfattande investering i en ny bioångpanna och beslut om uppstart av en ekonomisk förening."])
f("sv",["Hur stora åtgärder skulle nämnderna i Region Kalmar län redovisa enligt regionstyrelsens beslut den 18 april 2023?"],
  "När ska regionfullmäktige behandla förslaget till regionplan 2025–2027 enligt regionstyrelsens yttrande?",True,
  "Den 18–19 juni 2024.",["18–19 juni 2024"],FY,[1],
  ["Arbetet med regionplan 2025–2027 inleddes med ett budgetseminarium den 15 januari 2024, och förslaget till regionplan behandlas av regionfullmäktige den 18–19 juni 2024."])
f("sv",["Hur mycket lån har Brf Husarvikens Strand?"],
  "Hur stor andel har Brf Norra Djurgårdsstaden i Garphyttans samfällighetsförening?",True,
  "35,9 procent (Garphyttans SFF, som förvaltar gård och garage).",["35.9"],NDS,[6],
  ["Föreningen är medlem i Garphyttans SFF, med en andel på 35.9%."],True)

for i,d in enumerate(F,1):
    d2={"id":f"f25-{i:03d}"}; d2.update(d); F[i-1]=d2
with open('/work/blind/out/f25.jsonl','w') as o:
    for d in F: o.write(json.dumps(d,ensure_ascii=False)+'\n')
print(len(F), collections.Counter(d['standalone'] for d in F), collections.Counter(d['lang'] for d in F), len(set(d['doc'] for d in F)))
print(collections.Counter(d['doc'] for d in F))
