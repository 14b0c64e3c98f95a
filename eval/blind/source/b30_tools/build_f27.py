import sys; sys.path.insert(0,'/work/blind/out')
from build_lib import finalize, write
from build_b30 import SY,HS,ND,H,KN,RUN,SIM,BP,FY,AR,RB,EN,EX,SK

def F(lang,history,question,standalone,answer,numbers,doc,quotes,pages=None,image=False):
    d=dict(lang=lang,type='followup',history=history,question=question,standalone=standalone,
           answer=answer,numbers=numbers,doc=doc,quotes=quotes)
    if pages: d['pages']=pages
    if image: d['quote_source']='image'
    return d

items=[
# 1 SY elliptical
F('sv',["Hur stor var Brf Smultronställets nettoomsättning 2023?"],"Och året innan?",False,
  "Nettoomsättningen var 2 480 525 kr 2022 (mot 2 698 234 kr 2023).",["2 480 525"],SY,
  ["Nettoomsättning Not 1 2 698 234 2 480 525 Övriga rörelseintäkter 8 377 223"]),
# 2 SY elliptical en
F('en',["What were the Ytterby housing cooperative's total operating revenues in 2023?"],"What about the costs?",False,
  "Total operating costs were 2 083 033 kr in 2023 (2 369 953 kr in 2022), leaving an operating profit of 623 578 kr.",
  ["2 083 033"],SY,["Summa rörelsekostnader -2 083 033 -2 369 953 Rörelseresultat 623 578 110 795"]),
# 3 SY standalone
F('sv',["Hur många lägenheter har Brf Smultronstället i Ytterby?"],"Vem är ordförande i styrelsen för bostadsrättsföreningen i Ytterby?",True,
  "Martin Lundbjörk är ordförande (från 2023-06-01).",[],SY,
  ["Namn Roll Fr.o.m. Martin Lundbjörk Ordförande 2023-06-01 Gösta Karlsson Ledamot 2023-06-01"]),
# 4 HS elliptical (image)
F('sv',["Vilket företag sköter den ekonomiska förvaltningen åt Brf Husarvikens Strand?"],"Och vem är revisor?",False,
  "Frejs Revisorer AB, med auktoriserade revisorn Magnus Anderström.",[],HS,
  ["Revisor Frejs Revisorer AB Auktoriserad revisor Magnus Anderström"],pages=[4],image=True),
# 5 HS elliptical en (image)
F('en',["How large were Husarvikens Strand's bank loans in total at the end of 2023?"],"How much of that falls due within a year?",False,
  "3 200 000 kr of the 10 200 000 kr is classed as short-term, since that Nordea loan is due for renewal within a year.",
  ["3 200 000"],HS,["Kortfristig del av långfristig skuld 3 200 000 0"],pages=[14],image=True),
# 6 ND elliptical (image)
F('sv',["Hur mycket ökade intäkterna från årsavgifter för bostäderna i Brf Norra Djurgårdsstaden under 2023?"],"Hur mycket var det i procent?",False,
  "Ungefär 4 %: årsavgifterna för bostäder steg från 3 511 tkr till 3 651 tkr, en ökning med 140 tkr.",
  ["3 651","3 511"],ND,["Årsavgifter, bostäder 3 651 3 511 Hyresintäkter, p-platser 585 550"],pages=[14],image=True),
# 7 ND standalone en (image)
F('en',["Who audited Brf Norra Djurgårdsstaden's accounts for 2023?"],"What was Brf Norra Djurgårdsstaden's average interest rate on its loans in 2023?",True,
  "2,07 %, up from 0,77 % in 2022.",["2,07"],ND,
  ["Genomsnittlig skuldränta (%) 2,07 0,77 - - Räntekänslighet (%) 6,08 - - -"],pages=[7],image=True),
# 8 H elliptical (image)
F('sv',["Hur många medlemmar hade Brf Hagelbössan 1 i Hjorthagen vid slutet av 2023?"],"Och hur många överlåtelser gjordes under året?",False,
  "4 överlåtelser (föreningen hade 50 medlemmar vid årets slut).",["4"],H,
  ["Vid räkenskapsårets slut fanns det 50 medlemmar i föreningen. Det har under året skett 4 överlåtelser."],pages=[6],image=True),
# 9 H elliptical (image)
F('sv',["Vilken genomsnittlig skuldränta hade Hagelbössan 1 i Hjorthagen 2023?"],"Och 2022?",False,
  "1,34 % år 2022 (mot 3,23 % 2023).",["1,34"],H,
  ["Genomsnittlig skuldränta (%) 3,23 1,34 0,84 0,94 Räntekänslighet (%) 14,76 16,24 17,49 17,57"],pages=[7],image=True),
# 10 KN elliptical
F('sv',["Hur många anställda hade Kalmar nation i genomsnitt under 2025?"],"Och året innan?",False,
  "3 anställda i genomsnitt 2024 (2 under 2025).",["3"],KN,["Medelantalet anställda har varit 2 (fg år 3) stycken."]),
# 11 KN standalone en
F('en',["What did Kalmar Nation's auditor recommend regarding the 2025 accounts?"],"What was the market value of Kalmar Nation's foundations at the end of 2025?",True,
  "12,536,278.00 kr, against a book (acquisition) value of 8,845,883.52 kr.",["12,536,278.00"],KN,
  ["Stiftelser Anskaffningsvärde * 8,845,883.52 8,453,641.00 Marknadsmässigt värde 12,536,278.00 11,468,519.00"]),
# 12 RUN elliptical
F('sv',["Hur många dialoger och samråd hölls i arbetet med den nya kulturplanen i Kalmar län?"],"Och hur många personer deltog?",False,
  "Totalt 194 personer (i sammanlagt 25 dialoger och samråd).",["194"],RUN,
  ["Resultat och totalt antal dialoger och deltagare ▪ Sammanlagt 25 dialoger och samråd ▪ Totalt 194 personer"]),
# 13 RUN standalone en
F('en',["How much of the regional development committee's salary budget had Region Kalmar used by August 2023?"],
  "Which information-security risks did Region Kalmar's regional development administration follow up in August 2023?",True,
  "Two: the risk that personal-data incidents are not reported, and the risk that staff do not follow the rules on weeding and archiving personal data.",[],RUN,
  ["• Informationssäkerhet - risk att inträffade personuppgiftsincidenter inte anmäls - risk att anställda inte efterlever kraven på gallring och arkivering av personuppgifter"]),
# 14 SIM elliptical
F('sv',["Vad kostar den nya konstgräsplanen i Korsavad enligt Simrishamns investeringsplan?"],"Och den i Skillinge?",False,
  "Också 10 000 tkr, men planerad till 2028 (Korsavad 2027).",["10 000"],SIM,
  ["Projektnamn Ny konstgräsplan Skillinge Investeringsutgift 2028 10 000 tkr"]),
# 15 SIM elliptical en
F('en',["What will happen if the new facilities at Tobisviksbadet in Simrishamn are not built?"],"And when was the renovation of the pools finished?",False,
  "The extensive renovation of Tobisviksbadet's pools and water treatment was completed in spring 2024.",["2024"],SIM,
  ["Den omfattande renoveringen av Tobisviksbadets bassänger och vattenrening avslutades under våren 2024."]),
# 16 SIM standalone
F('sv',["Hur mycket vill Simrishamns kultur- och fritidsnämnd lägga på konstnärlig utsmyckning per år?"],"Vad ska den nya bokbussen i Simrishamn kosta?",True,
  "4 500 tkr, planerat till år 2029 enligt projektbeskrivningen (i sammanställningstabellen står dock 3 000 tkr som total utgift).",["4 500"],SIM,
  ["Investeringsutgift År 2029 4 500 tkr. Projektets totala kalkylerade utgifter uppgår till 4 500 tkr.",
   "13 N Bokbuss 0 0 4 500 0 0 3 000"]),
# 17 BP elliptical
F('sv',["Vem var granskningsledare när Sirona granskade budgetprocessen i Region Kalmar län?"],"Och vem var uppdragsansvarig?",False,
  "Shadi Abbas, Managing Director på Sirona (granskningsledare var Kari Aartojärvi).",[],BP,
  ["oktober 2023 till december 2023. Uppdragsansvarig från Sirona var Shadi Abbas, Managing Director."]),
# 18 BP elliptical en
F('en',["What deficit did Region Kalmar budget for in its regional plan for 2023–2025?"],"And in the plan for 2024–2026?",False,
  "A deficit of 177 mnkr (compared with 153 mnkr in the 2023–2025 plan).",["177"],BP,
  ["med ett underskott på 153 mnkr. I regionplanen 2024–2026 budgeteras ett underskott på 177 mnkr."]),
# 19 BP standalone
F('sv',["Hur stor resultatutjämningsreserv hade Region Kalmar län vid årsskiftet 2022/2023?"],"Vad gav regionstyrelsen nämnderna i uppdrag den 18 april 2023?",True,
  "Att samtliga nämnder och förvaltningar skulle redovisa åtgärder motsvarande 200 mnkr för att säkra en god ekonomisk hushållning på längre sikt, med full effekt senast 2025.",
  ["200"],BP,["Den 18 april 2023 beslutade regionstyrelsen att uppdra till samtliga nämnder och förvaltningar att redovisa åtgärder motsvarande 200 mnkr för att säkra en god ekonomisk hushållning på längre sikt.",
              "Åtgärderna skulle inriktas på att nå full effekt senast 2025."]),
# 20 FY elliptical
F('sv',["Vad svarade regionstyrelsen på rekommendationen om ett längre tidsperspektiv i planering och budgetering?"],"Vilken status har det arbetet?",False,
  "Status: påbörjat. En långsiktig ekonomisk analys för 2025–2034 påbörjades i februari 2024 och ska därefter uppdateras årligen.",[],FY,
  ["analysen ska därefter uppdateras årligen inför arbetet med regionplanen. Status: Påbörjat"]),
# 21 FY standalone
F('sv',["När fastställde regionfullmäktige i Kalmar finansiella mål för resten av mandatperioden?"],"När skickades budgetanvisningarna för regionplan 2025–2027 ut?",True,
  "Den 5 mars 2024.",["5 mars 2024"],FY,
  ["Budgetanvisningarna för regionplan 2025–2027, som skickades ut den 5 mars 2024, utgår från dessa mål"]),
# 22 AR elliptical
F('sv',["Vem var ordförande i Göteborgs stadsrevision under 2022?"],"Hur länge hade han varit med i stadens revision?",False,
  "I 37 år – Bengt Bivall började i stadens revision 1985.",["37","1985"],AR,
  ["mina 37 år i stadens revision. Mycket har förändrats sedan 1985."]),
# 23 AR standalone en
F('en',["How large was the parent-company guarantee that Göteborg Energi gave for its financial trading?"],"How many elected auditors does Gothenburg's city council appoint?",True,
  "22 elected auditors; the council also appoints lay auditors for the city's companies from among them.",["22"],AR,
  ["Enligt Göteborgs Stads revisionsreglemente väljer kommunfullmäktige 22 förtroendevalda revisorer."]),
# 24 RB elliptical
F('sv',["Hur röstade inköps- och upphandlingsnämnden om bojkotten av varor från vissa stater den 13 juni 2024?"],"Vilka reserverade sig?",False,
  "Sarah Ullmark (M), Björn Oxe (M) och Ditte Nörby (L) reserverade sig; Jim Posio (SD) reserverade sig till förmån för egna yrkanden.",[],RB,
  ["Sarah Ullmark (M), Björn Oxe (M) och Ditte Nörby (L) reserverar sig mot besluten. Jim Posio (SD) reserverar sig mot besluten till förmån för egna yrkanden."]),
# 25 RB standalone en
F('en',["When did the administrative court annul the Gothenburg procurement committee's boycott decision?"],"Who chaired the procurement committee's meeting on 13 June 2024?",True,
  "Anna Skarsjö (S) was chair; Sarah Ullmark (M) checked the minutes.",[],RB,
  ["Vid protokollet Sekreterare Kajsa Sultanova Ordförande Justerande Anna Skarsjö (S) Sarah Ullmark (M)"]),
# 26 RB standalone
F('sv',["Hur stor andel av rektorerna i Göteborgs grundskoleförvaltning säger att de har möjlighet till kompetensutveckling?"],"När ska kommunfullmäktige behandla anmärkningen mot grundskolenämnden?",True,
  "Den 24 april 2025 (nämnden skulle yttra sig senast 9 april).",["24 april 2025"],RB,
  ["Nämnden ska senast den 9 april yttra sig gällande detta till kommunfullmäktige. Kommunfullmäktige kommer att behandla ärendet den 24 april 2025."]),
# 27 EN elliptical
F('sv',["Vilka verksamheter ingick i granskningen av Göteborgs arbete för att minska energianvändningen i bostäder och lokaler?"],
  "Vilken av dem hade följt upp sin energieffektiviseringsplan systematiskt för 2023?",False,
  "Bara stadsfastighetsnämnden.",[],EN,
  ["Enbart stadsfastighetsnämnden har genomfört en systematisk uppföljning av sin energieffektiviseringsplan för år 2023."]),
# 28 SK standalone en
F('en',["Which committees were included in Gothenburg's review of cloudburst management?"],
  "What did the auditors recommend to the recycling and water committee in the cloudburst review?",True,
  "To make the submissions needed so that the city council can take necessary, well-founded decisions on which cloudburst measures are to be carried out and when.",[],SK,
  ["Stadsrevisionen rekommenderar kretslopp och vattennämnden att göra de framställningar som behövs för att kommunfullmäktige ska kunna fatta nödvändiga och välgrundade beslut om vilka skyfallsåtgärder som ska genomföras och när."]),
# 29 EX elliptical
F('sv',["Vilket uppdrag har den samlade avhopparverksamheten i Göteborg enligt den nya riktlinjen från september 2023?"],"Vem ansvarar för verksamheten?",False,
  "Socialnämnden Centrum, som bedriver den som en stadenövergripande resurs.",[],EX,
  ["Göteborgs Stads samlade avhopparverksamhet bedrivs av socialnämnden Centrum som en stadenövergripande resurs."]),
# 30 EX standalone (history from trygghet och studiero)
F('sv',["Vilka rekommendationer fick nämnderna i granskningen av trygghet och studiero i Göteborgs skolor?"],
  "Vad säger granskningen av arbetet mot våldsbejakande extremism om stadens gemensamma rekryteringsprocess?",True,
  "Att den inte ger stöd för att förhindra rekrytering av personer med koppling till våldsbejakande extremism: det finns inga metoder eller beslutsstöd för att upptäcka en sådan koppling, och flera är osäkra på rättsläget. Ett pilotprojekt pågår.",
  [],EX,["Det finns i den gemensamma rekryteringsprocessen inga metoder eller beslutsstöd för att upptäcka om en person har en konstaterad koppling till våldsbejakande extremism."]),
]

if __name__=='__main__':
    out,prob=finalize(items,'f27')
    write(out,'/work/blind/out/f27.jsonl')
    print(len(out),'items; problems',prob)
