import json
exec(open('/tmp/b27/mk_b27.py').read().split('# ---------------- TABLE')[0].split('Q=[]')[1].split('def q')[0]) if False else None
SM="brf-smultronstallet-ytterby-2023"; HU="brf-husarvikens-strand-badenc"; ND="brf-norra-djurgardsstaden-ligatures"; HJ="brf-hjorthagen-scanned"
FY="fiktivt-yttrande-budgetprocessen-2024"; AR="gbg-arsredogorelse-2022"; EN="gbg-granskning-energianvandning-2024"; EX="gbg-granskning-extremism-2024"
HE="gbg-granskning-hedersrelaterat-vald-2023-scan"; HV="gbg-granskning-hemvardsbidrag-2023"; NY="gbg-granskning-nyanlanda-2026"; PS="gbg-granskning-personsakerhet-2024"
PU="gbg-granskning-privata-utforare-2024"; SK="gbg-granskning-skyfall-2022"; TS="gbg-granskning-trygghet-studiero-2024"; VF="gbg-granskning-verksamhetsfordon-2022"
RB="gbg-revisionsberattelse-2024"; BP="granskning-budgetprocessen-2023"; KN="kalmar-nation-arsbokslut-2025"; RUN="run-verksamhetsberattelse-2023-08"; SIM="simrishamn-kfn-budgetskrivelse-investeringar-2027-2031"
F=[]
def f(lang,hist,question,st,answer,numbers,doc,pages,quotes,img=False):
    d={"id":None,"lang":lang,"type":"followup","history":hist,"question":question,"standalone":st,"answer":answer,"numbers":numbers,"doc":doc,"pages":pages,"quotes":quotes}
    if img: d["quote_source"]="image"
    F.append(d)
# ---- elliptical (18)
f("sv",["Vad låg årsavgiften per kvadratmeter på i Brf Smultronstället i Ytterby 2023?"],"Och året innan?",False,
  "2022 var årsavgiften 719 kr/kvm (mot 817 kr/kvm 2023).",["719"],SM,[4],["Energikostnad, kr/kvm 176 163 185 151 154 Årsavgifter, kr/kvm 817 719 690 676 669"])
f("sv",["Hur hög var sjukfrånvaron hos stadsrevisionen i Göteborg 2022?"],"Och 2021?",False,
  "5,0 % år 2021 (mot 2,8 % 2022).",["5,0%"],AR,[45],["Den totala sjukfrånvaron låg under 2022 på 2,8% jämfört med 5,0% under 2021."])
f("sv",["Hur stor budget har verksamheten Bildning inom regionala utvecklingsnämnden i Kalmar 2023?"],"Och för kultur- och organisationsbidrag?",False,
  "82 985 tkr, varav 49 252 tkr var förbrukat efter augusti; prognosen är en budgetavvikelse på 2 879 tkr.",["82 985"],RUN,[16],["Kultur- o organisationsbidrag 82 985 49 252 59 47 586 2 879"])
f("en",["What is the regional development committee's full-year forecast for 2023, in thousands of kronor?"],"What about the budget?",False,
  "The 2023 budget is 204 846 tkr, against a forecast of 197 638 tkr.",["204 846"],RUN,[15],["Summa 204 846 106 668 52 103 927 197 638"])
f("sv",["Vilken helårsprognos lämnade kollektivtrafiknämnden i Region Kalmar län i augusti 2023?"],"Och hälso- och sjukvårdsförvaltningen?",False,
  "Hälso- och sjukvårdsförvaltningen prognostiserade -367 mnkr i augusti (-353 mnkr i april).",["-367"],BP,[27],["Hälso- och sjukvårdsförvaltningen -353 -367 Primärvårdsförvaltningen -36 -35"])
f("sv",["Hur stort underskott budgeterade Region Kalmar län i regionplanen 2023–2025?"],"Och i nästa regionplan?",False,
  "I regionplanen 2024–2026 budgeteras ett underskott på 177 mnkr.",["177"],BP,[6],["Regionen har i regionplanen 2023–2025 budgeterat med ett underskott på 153 mnkr. I regionplanen 2024–2026 budgeteras ett underskott på 177 mnkr."])
f("en",["What was Kalmar Nation's result for 2025?"],"And the year before?",False,
  "In 2024 the result was a loss of 3 001 485,05 kr (against a profit of 645 262,92 kr in 2025).",["-3,001,485.05"],KN,[3],["Resultat efter finansiella poster 645,262.92 -3,001,485.05 Årets resultat 645,262.92 -3,001,485.05"])
f("sv",["Hur många medlemmar hade Brf Hagelbössan 1 i Hjorthagen vid slutet av 2023?"],"Och vid årets början?",False,
  "48 medlemmar vid årets början (50 vid årets slut).",["48"],HJ,[6],["Antalet medlemmar vid räkenskapsårets början var 48 st. Tillkommande medlemmar under året var 6 och avgående medlemmar under året var 4."],img=True)
f("sv",["Hur många medlemmar hade Brf Norra Djurgårdsstaden vid årets slut 2023?"],"Hur många lägenheter bytte ägare under året?",False,
  "Det skedde 10 överlåtelser under året.",["10"],ND,[6],["Vid räkenskapsårets slut fanns det 106 medlemmar i föreningen. Det har under året skett 10 överlåtelser."],img=True)
f("sv",["Vilka rekommendationer fick nämnderna i granskningen av trygghet och studiero i Göteborg?"],"När ska de svara?",False,
  "Grundskolenämnden och utbildningsnämnden ska skicka sina yttranden senast den 19 juni 2025.",["19 juni 2025"],TS,[1],["Skicka yttrandet till stadsrevisionen@stadsrevisionen.goteborg.se senast den 19 juni 2025."])
f("sv",["Vilka nämnder ingick i stadsrevisionens granskning av skyfallshanteringen?"],"Varför valdes just de?",False,
  "Kommunstyrelsen, kretslopp och vattennämnden samt byggnadsnämnden valdes eftersom de har uppdrag som på olika sätt omfattar ett övergripande ansvar för stadens skyfallsarbete.",[],SK,[3],["Dessa nämnder är valda utifrån att de har uppdrag som på olika sätt omfattar ett övergripande ansvar för stadens skyfallsarbete."])
f("sv",["Följer nämnderna reglerna när hemvårdsbidraget ska omprövas?"],"Hur ofta görs det?",False,
  "Hemvårdsbidrag beviljas ett år i taget och omprövas därefter, alltså årligen.",[],HV,[4],["Hemvårdsbidrag beviljas på ett år i taget och ska därefter omprövas."])
f("en",["What did the auditors recommend in the review of private providers in Gothenburg?"],"Which committees is that aimed at?",False,
  "The committee for disability support (nämnden för funktionsstöd) and the elderly care and health committee (äldre samt vård- och omsorgsnämnden).",[],PU,[1],["Vi vill betona vikten av att nämnden för funktionsstöd och äldre samt vård- och omsorgsnämnden vidtar lämpliga åtgärder"])
f("sv",["Hur mycket ska energianvändningen i bostäder och lokaler minska enligt Göteborgs miljö- och klimatprogram?"],"Jämfört med vilket år?",False,
  "Med 30 procent per invånare jämfört med år 2010.",["2010"],EN,[3],["energianvändningen i bostäder och lokaler ska minska med 30 procent per invånare, jämfört med år 2010."])
f("sv",["Hur många lägenheter finns i Brf Husarvikens Strand?"],"Och hur stor yta har de tillsammans?",False,
  "33 lägenheter med en sammanlagd lägenhetsyta på 2 800 kvm, plus 300 kvm förråd/garageyta.",["2 800"],HU,[2],["På tomten har uppförts bostadshus med 33 lägenheter med en sammanlagd lägenhetsyta av 2 800 kvm samt 300 kvm förråd/garageyta."],img=True)
f("sv",["Vilka nämnder fick anmärkning i Göteborgs revisionsberättelse för 2024?"],"Varför fick den andra nämnden kritik?",False,
  "Inköps- och upphandlingsnämnden fick anmärkning för att den beslutat om bojkott av varor från vissa stater, vilket strider mot kommunallagen.",[],RB,[1],["Anledningen är att nämnden fattat ett beslut om bojkott av varor från vissa stater, vilket är i strid mot kommunallagen."])
f("en",["What did Region Kalmar's executive board answer to recommendation 7 on long-term trends in revenue and costs?"],"And what status did it give it?",False,
  "Status: Åtgärdat (done).",[],FY,[3],["En motsvarande trendrapport finns sedan den 1 mars 2024 tillgänglig för samtliga förvaltningar i regionens analysverktyg. Status: Åtgärdat"])
f("sv",["Hur mycket vill kultur- och fritidsnämnden i Simrishamn investera i nya lokaler vid Tobisviksbadet?"],"Vad får det för driftseffekt?",False,
  "100 tkr årligen (exklusive kapitalkostnader), och det finansieras inte inom befintlig driftram.",["100"],SIM,[11],["Vilken driftseffekt, exkl. 100 tkr årligen kapitalkostnader, får projektet tkr?"])
# ---- standalone (12)
f("sv",["Blir det någon avgiftshöjning i Brf Smultronstället 2024?"],"Hos vilken bank har bostadsrättsföreningen i Ytterby sina lån?",True,
  "Alla tre lånen är hos Nordea Hypotek AB.",[],SM,[14],["Nordea Hypotek AB39758324764 3,96% 2025-02-19 7 609 000 0"])
f("sv",["Hur hög var sjukfrånvaron hos stadsrevisionen i Göteborg 2022?"],"Och vad sa lekmannarevisorerna om Göteborg Energis elhandel 2022?",True,
  "De fann omfattande brister och riktade kritik: anmärkning till styrelsen i Göteborg Energi AB och erinran till dotterbolaget Göteborg Energi Din El AB.",[],AR,[6],["riktar därför kritik till styrelsen i Göteborg Energi AB genom en anmärkning och till styrelsen i dotterbolaget Göteborg Energi Din El AB genom en erinran"])
f("sv",["Vad är regionala utvecklingsnämndens helårsprognos för 2023?"],"Hur såg Region Kalmar läns soliditet ut 2022 om man räknar in alla pensionsförpliktelser?",True,
  "Den blev för första gången positiv, +3 procent.",["+3"],BP,[7],["blev 2022 för första gången positivt (+3 procent) om samtliga pensionsförpliktelser räknas in."])
f("en",["What was Kalmar Nation's net turnover in 2025?"],"How many members did the housing cooperative in Ytterby have at the end of 2023?",True,
  "48 members, the same as at the start of the year.",["48"],SM,[4],["Vid räkenskapsårets början var medlemsantalet 48 och under året har det tillkommit 6 och avgått 6 medlemmar. Antalet medlemmar vid räkenskapsårets slut var 48."])
f("sv",["Med hur mycket höjs avgiften i Hagelbössan i Hjorthagen 2024?"],"Och vad säger revisorn i Kalmar nation om gamla kundfordringar?",True,
  "En fordran på 10 000 kr för tobaksautomaten skrevs ned som kundförlust, och övriga äldre fordringar på 42 961 kr följs upp under 2026.",["10 000","42 961"],KN,[9],["En fordran avseende tobaksautomaten i källaren (10 000 kr),","Övriga äldre fordringar om 42 961 kr (avseende åren 2022–2024) följs upp under 2026."])
f("sv",["Vilka verksamheter ingick i granskningen av verksamhetsfordon?"],"Vad rekommenderas kommunstyrelsen i granskningen av förtroendevaldas personsäkerhet?",True,
  "Att ta initiativ till att förtydliga styrningen, ansvarsfördelningen och uppföljningen avseende förtroendevaldas personsäkerhet.",[],PS,[1],["Kommunstyrelsen rekommenderas att ta initiativ till att förtydliga styrningen, ansvarsfördelningen och uppföljningen avseende förtroendevaldas personsäkerhet."])
f("en",["Which committees were covered by the audit of work against violent extremism?"],"When did the auditors sign the report on reducing energy use in homes and premises?",True,
  "On 11 March 2024.",["11 mars 2024"],EN,[1],["Skicka yttrandet till stadsrevisionen@stadsrevisionen.goteborg.se senast den 21 juni 2024. Göteborg den 11 mars 2024"])
f("sv",["Vilka nämnder granskades i arbetet mot hedersrelaterat våld och förtryck?"],"Och vilken nämnd har kommit längst i det systematiska arbetet mot hedersrelaterat våld och förtryck?",True,
  "Utbildningsnämnden.",[],HE,[2],["Vår bedömning är att utbildningsnämnden har kommit längst i sitt systematiska arbete mot hedersrelaterat våld och förtryck."],img=True)
f("en",["How many people were interviewed for the audit of Region Kalmar's budget process?"],"What does the extremism audit ask Gothenburg's city executive board to do?",True,
  "Together with the social welfare committees and other actors, update the overall picture of what the violent extremist environments in Gothenburg look like.",[],EX,[2],["Kommunstyrelsen rekommenderas att tillsammans med socialnämnderna och övriga berörda aktörer uppdatera den samlade lägesbilden över hur de våldsbejakande extremistmiljöerna i Göteborg ser ut."])
f("sv",["Har Brf Norra Djurgårdsstaden några lån med rörlig ränta?"],"Hur är lägenheterna i Brf Smultronstället fördelade på storlek?",True,
  "8 tvåor, 24 treor och 4 femmor (2 rok, 3 rok och 5 rok).",["8","24","4"],SM,[2],["Föreningens lägenheter fördelas på: 8 st 2 rok, 24 st 3 rok och 4 st 5 rok."])
f("sv",["Vad rekommenderas grundskolenämnden om nyanlända elever?"],"Klarar socialnämnden Centrum att erbjuda samhällsorientering i tid?",True,
  "Ja, i huvudsak: revisionskontoret bedömer att nämnden i huvudsak säkerställer att de med rätt till samhällsorientering erbjuds den inom den tid och på det sätt som lagen föreskriver.",[],NY,[2],["Revisionskontoret bedömer att socialnämnden Centrum i huvudsak säkerställer att personer med rätt till samhällsorientering erbjuds detta inom den tid och på det sätt som lagen föreskriver."])
f("en",["Which recommendation on safety and study peace goes only to the compulsory school committee?"],"And how large was the municipal grant to Gothenburg's city audit in 2022?",True,
  "38 352 thousand kronor.",["38 352"],AR,[43],["Stadsrevisionen tilldelas ett kommunbidrag om 38 352 tusen kronor avseende revisionen av nämnderna."])
for i,d in enumerate(F,1): d["id"]=f"f24-{i:03d}"
with open('/work/blind/out/f24.jsonl','w') as fh:
    for d in F: fh.write(json.dumps(d,ensure_ascii=False)+"\n")
import collections
print(len(F),collections.Counter(d['standalone'] for d in F),collections.Counter(d['lang'] for d in F),len(set(d['doc'] for d in F)))
