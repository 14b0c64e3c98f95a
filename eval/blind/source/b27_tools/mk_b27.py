import json
Q=[]
def q(lang,typ,question,answer,numbers,doc,pages,quotes,img=False):
    d={"id":None,"lang":lang,"type":typ,"question":question,"answer":answer,"numbers":numbers,"doc":doc,"pages":pages,"quotes":quotes}
    if img: d["quote_source"]="image"
    Q.append(d)
SM="brf-smultronstallet-ytterby-2023"; HU="brf-husarvikens-strand-badenc"; ND="brf-norra-djurgardsstaden-ligatures"; HJ="brf-hjorthagen-scanned"
FY="fiktivt-yttrande-budgetprocessen-2024"; AR="gbg-arsredogorelse-2022"; EN="gbg-granskning-energianvandning-2024"; EX="gbg-granskning-extremism-2024"
HE="gbg-granskning-hedersrelaterat-vald-2023-scan"; HV="gbg-granskning-hemvardsbidrag-2023"; NY="gbg-granskning-nyanlanda-2026"; PS="gbg-granskning-personsakerhet-2024"
PU="gbg-granskning-privata-utforare-2024"; SK="gbg-granskning-skyfall-2022"; TS="gbg-granskning-trygghet-studiero-2024"; VF="gbg-granskning-verksamhetsfordon-2022"
RB="gbg-revisionsberattelse-2024"; BP="granskning-budgetprocessen-2023"; KN="kalmar-nation-arsbokslut-2025"; RUN="run-verksamhetsberattelse-2023-08"; SIM="simrishamn-kfn-budgetskrivelse-investeringar-2027-2031"
# ---------------- TABLE (18)
q("sv","table","Hur mycket betalade bostadsrättsinnehavarna i Ytterby i årsavgift per kvadratmeter 2023 jämfört med året innan?",
  "Årsavgifterna var 817 kr/kvm 2023 mot 719 kr/kvm 2022.",["817","719"],SM,[4],["Energikostnad, kr/kvm 176 163 185 151 154 Årsavgifter, kr/kvm 817 719 690 676 669"])
q("en","table","How much did the interest costs of Brf Smultronstället go up between 2022 and 2023?",
  "Interest costs rose from 215 888 kr in 2022 to 362 122 kr in 2023, an increase of about 146 000 kr.",["362 122","215 888"],SM,[7],["Räntekostnader och liknande resultatposter Not 8 -362 122 -215 888"])
q("en","table","Which of the housing cooperative in Ytterby's loans carries the highest interest rate, and when is it up for renegotiation?",
  "The Nordea Hypotek loan of 7 609 000 kr at 3,96 %, with conversion date 2025-02-19.",["3,96%","7 609 000","2025-02-19"],SM,[14],["Nordea Hypotek AB39758324764 3,96% 2025-02-19 7 609 000 0"])
q("sv","table","Hur stort var underskottet efter finansiella poster för Brf Husarvikens Strand 2023 jämfört med 2022?",
  "Resultatet efter finansiella poster var -910 tkr 2023 mot -422 tkr 2022, alltså ett större underskott.",["-910","-422"],HU,[5],["Resultat efter finansiella poster Tkr -910 -422 -571 -375"],img=True)
q("en","table","What did energy cost per square metre for Brf Norra Djurgårdsstaden in 2023 compared with 2022?",
  "168 kr per sqm of total area in 2023, up from 136 kr in 2022.",["168","136"],ND,[7],["Energikostnad per kvm totalyta 168 136 108 72"],img=True)
q("sv","table","Vad hade bostadsrättsföreningen i Hjorthagen för genomsnittlig ränta på sina lån 2023, och hur var det året innan?",
  "Den genomsnittliga skuldräntan var 3,23 % 2023 mot 1,34 % 2022.",["3,23","1,34"],HJ,[7],["Genomsnittlig skuldränta (%) 3,23 1,34 0,84 0,94 Räntekänslighet (%) 14,76 16,24 17,49 17,57"],img=True)
q("sv","table","Hur gick stadsrevisionens egen ekonomi 2022 mot budget?",
  "Resultatet blev -584 tkr mot budgeterade -500 tkr, en negativ avvikelse på -84 tkr.",["-584","-500","-84"],AR,[43],["Årets negativa resultat blev -584 tusen kronor mot budgeterade -500 tusen kronor, vilket ger en negativ avvikelse på -84 tusen kronor."])
q("en","table","How many people worked at Gothenburg's city audit office at the end of 2022, and how many the year before?",
  "34 employees at the end of 2022, compared with 31 in 2021 (and 35 in 2020).",["34","31"],AR,[45],["Timavlönade 1 1 1 Totalt antal anställda 34 31 35","Stadsrevisionen hade vid utgången av 2022 totalt 34 medarbetare varav 24 yrkesrevisorer."])
q("sv","table","Ökade eller minskade lönekostnaden per årsarbetare hos stadsrevisionen i Göteborg mellan 2021 och 2022?",
  "Den minskade, från 581 tkr 2021 till 560 tkr 2022.",["560","581"],AR,[46],["Arbetad tid (årsarbetare) 35,1 32,7 33,6 Lönekostnad per årsarbetare 560 581 521"])
q("sv","table","Vad var helårsprognosen för regionala utvecklingsnämnden 2023 jämfört med budgeten, i tusental kronor?",
  "Helårsprognosen var 197 638 tkr mot en budget på 204 846 tkr, alltså ett överskott mot budget (7 208 tkr).",["197 638","204 846"],RUN,[15],["Summa 204 846 106 668 52 103 927 197 638"])
q("sv","table","Hur stor andel av budgeten för regional utveckling hade förbrukats efter augusti 2023?",
  "30 procent: utfallet jan–aug var 15 473 tkr av en budget på 51 264 tkr.",["30","15 473","51 264"],RUN,[16],["Regional utveckling 51 264 15 473 30 20 110 4 205"])
q("en","table","In Region Kalmar's regional development committee report for August 2023, what were premises rents budgeted at and what is the full-year forecast?",
  "Budget 25 096 tkr; full-year forecast 25 194 tkr (16 578 tkr spent January–August).",["25 096","25 194"],RUN,[15],["Lokalhyror 25 096 16 578 66 17 205 25 194"])
q("sv","table","Hur mycket budgeterar Simrishamns kultur- och fritidsnämnd totalt för investeringar 2027 och hur mycket 2031?",
  "37 525 tkr år 2027 och 4 075 tkr år 2031 (totalt 71 975 tkr för perioden).",["37 525","4 075"],SIM,[5],["Summa investeringsbudget 37 525 17 125 7 475 5 775 4 075 71 975"])
q("sv","table","Hur mycket vill nämnden i Simrishamn lägga på en ny konstgräsplan i Skillinge, och vilket år?",
  "10 000 tkr, planerat till 2028.",["10 000"],SIM,[4],["Ny konstgräsplan Skillinge 0 10 000 0 0 0 10 000"])
q("en","table","What was the student nation's net turnover in 2025 compared with 2024, in thousands of kronor?",
  "Kalmar Nation's net turnover was 4 265 tkr in 2025 against 3 124 tkr in 2024.",["4 265","3 124"],KN,[2],["Nettoomsättning, tkr 4 265 3 124 3 574 2 219"])
q("sv","table","Vad var Kalmar nations stiftelser värda till marknadsvärde vid årsskiftet 2025, jämfört med det bokförda värdet?",
  "Marknadsvärdet var 12 536 278 kr medan det redovisade (anskaffnings)värdet var 8 845 883,52 kr.",["12,536,278.00","8,845,883.52"],KN,[6],["Anskaffningsvärde * 8,845,883.52 8,453,641.00 Marknadsmässigt värde 12,536,278.00 11,468,519.00"])
q("sv","table","Hur stora var Brf Norra Djurgårdsstadens kortfristiga skulder till kreditinstitut vid årets slut jämfört med året innan?",
  "16 514 tkr vid utgången av 2023 mot 9 783 tkr 2022 (de långfristiga minskade till 7 244 tkr).",["16 514","9 783"],ND,[11],["Skulder till kreditinstitut 16 514 9 783 Leverantörsskulder 116 157"],img=True)
q("sv","table","Vad prognostiserade kollektivtrafiknämnden i Region Kalmar län för 2023 i april respektive augusti?",
  "-68 mnkr i april och -55 mnkr i augusti.",["-68","-55"],BP,[27],["Regionala utvecklingsnämnden 4 7 Kollektivtrafiknämnden -68 -55 Finansiella poster 185 242"])
# ---------------- NUMBER (14)
q("sv","number","Blir det någon avgiftshöjning för bostadsrättsföreningen i Ytterby 2024?",
  "Ja, årsavgiften höjs med 3 % från 2024-01-01.",["3%"],SM,[3],["En förändring av årsavgiften med +3% per 2024-01-01 är registrerad."])
q("sv","number","Med hur många procent höjs avgiften i Brf Hagelbössan 1 i Hjorthagen från 2024?",
  "Med 25 % från 1 januari 2024.",["25%"],HJ,[6],["I samband med budgetarbete har styrelsen beslutat om avgiftshöjning med 25% from 1 januari 2024."],img=True)
q("en","number","How many of the charging posts in the Husarvikens Strand garage are actually activated?",
  "7 of the 15 charging posts are activated.",["7","15"],HU,[3],["Alla 15 parkeringsplatser är försedda med laddstolpar varav 7 st är aktiverade i dagsläget."],img=True)
q("sv","number","Hur mycket fick Brf Norra Djurgårdsstaden i elstöd?",
  "Elstödet gav ett tillskott på 70 tkr.",["70"],ND,[6],["Elstöd söktes samt utfallet blev ett tillskott på 70 tkr."],img=True)
q("en","number","What share of Gothenburg's city auditors' professional auditors were certified at the end of 2022?",
  "80 percent, up from just over 60 percent the year before.",["80"],AR,[38],["Vid utgången av 2022 var andelen certifierade yrkesrevisorer 80 procent vilket är en ökning mot föregående år"])
q("sv","number","Hur hög var sjukfrånvaron på revisionskontoret i Göteborg 2022 jämfört med 2021?",
  "2,8 % 2022 jämfört med 5,0 % 2021.",["2,8%","5,0%"],AR,[45],["Den totala sjukfrånvaron låg under 2022 på 2,8% jämfört med 5,0% under 2021."])
q("sv","number","Hur många miljoner tänker Higab investera i energiåtgärder fram till 2030?",
  "Totalt 200 miljoner kronor.",["200"],EN,[5],["Inom ramen för projektet kommer totalt 200 miljoner kronor att investeras i särskilda energiåtgärder fram till år 2030"])
q("sv","number","Hur stor resultatutjämningsreserv hade Region Kalmar län vid årsskiftet 2022/2023?",
  "341 mnkr.",["341"],BP,[6],["Vid årsskiftet 2022/2023 har Region Kalmar län en resultatutjämningsreserv på 341 mnkr, som kan användas 2023 och framåt."])
q("en","number","How many people were interviewed in the audit of Region Kalmar's budget process?",
  "21 people, both elected officials and civil servants.",["21"],BP,[5],["För att få ett fördjupat underlag och för att öka vår förståelse av planering och genomförande av de olika aktiviteterna i budgetprocessen intervjuades 21 personer."])
q("sv","number","Hur mycket pengar avsatte grundskolenämnden i Göteborg till elevpeng för ökade pensionskostnader våren 2024?",
  "90 miljoner kronor av ramökningen.",["90"],RB,[7],["att avsätta 90 miljoner kronor av ramökningen till elevpeng för att kompensera skolenheternas ökade kostnader för avtalade förmånsbestämda pensioner"])
q("sv","number","Hur mycket fick regionala utvecklingsförvaltningen från Tillväxtverket för landsbygdsutveckling?",
  "Totalt 1,5 mnkr under tre år.",["1,5"],RUN,[20],["Under sommaren har Tillväxtverket beslutat om finansiering med totalt 1,5 mnkr under tre år för arbete med landsbygdsutveckling."])
q("en","number","How many people took part in the dialogues for Region Kalmar's new culture plan?",
  "194 people in total, across 25 dialogues and consultations.",["194","25"],RUN,[13],["Resultat och totalt antal dialoger och deltagare ▪ Sammanlagt 25 dialoger och samråd ▪ Totalt 194 personer"])
q("sv","number","Hur många anställda hade Kalmar nation i genomsnitt 2025?",
  "Medelantalet anställda var 2 (3 året innan).",["2","3"],KN,[6],["Medelantalet anställda har varit 2 (fg år 3) stycken."])
q("sv","number","Vad beräknas hela projektet med utrustning för uppstarten av Korsavadsanläggningen kosta totalt?",
  "Projektets totala kalkylerade utgifter är 5 000 tkr (varav 1 000 tkr 2027 och 500 tkr 2028).",["5 000"],SIM,[5],["Investeringsutgift 2027 1 000 tkr. 2028 500 tkr. Projektets totala kalkylerade utgifter uppgår till 5 000 tkr."])
# ---------------- FACT (14)
q("en","fact","When is the regional council due to decide on Region Kalmar's regional plan for 2025–2027?",
  "On 18–19 June 2024, according to the regional executive board's response.",["18–19 juni 2024"],FY,[1],["förslaget till regionplan behandlas av regionfullmäktige den 18–19 juni 2024"])
q("sv","fact","När antog kommunfullmäktige i Göteborg det tematiska tillägget om översvämningsrisker?",
  "Den 25 april 2019.",["25 april 2019"],SK,[3],["Tematiskt tillägg för översvämningsrisker, antagen av kommunfullmäktige den 25 april 2019, sid. 14."])
q("sv","fact","Vilken av de granskade verksamheterna följer systematiskt upp hur tjänstebilarna används, och hur ofta?",
  "Bara Göteborg Energi AB; varje bil följs upp vart tredje år.",[],VF,[1],["Granskningen har visat att det endast är Göteborg Energi AB som systematiskt följer upp hur bilarna används"])
q("en","fact","By when must the city executive board reply to the auditors about the personal safety of elected politicians?",
  "By 19 June 2025.",["19 juni 2025"],PS,[1],["Skicka yttrandet till stadsrevisionen@stadsrevisionen.goteborg.se senast den 19 juni 2025."])
q("sv","fact","Hur gamla är Göteborgs regler för hemvårdsbidrag?",
  "De beslutades av kommunfullmäktige 2005.",["2005"],HV,[4],["Göteborgs Stads regler för hemvårdsbidrag beslutades av kommunfullmäktige 2005."])
q("en","fact","Did Gothenburg's auditors recommend that the city council grant discharge from liability for 2024?",
  "Yes. They recommended discharge for the members of the executive board and committees, and approval of the 2024 annual report, despite remarks against two committees.",[],RB,[4],["Vi tillstyrker att kommunfullmäktige beviljar ledamöterna i styrelse och nämnder ansvarsfrihet för verksamhetsåret 2024."])
q("sv","fact","När upphävde förvaltningsrätten grundskolenämndens beslut om pensionspengarna?",
  "Den 13 juni 2024 upphävdes besluten från 26 mars och 21 maj.",["13 juni 2024"],RB,[7],["Den 13 juni 2024 upphävde förvaltningsrätten besluten från 26 mars samt 21 maj."])
q("en","fact","Did the auditor of the student nation in Lund recommend that the board be discharged from liability?",
  "Yes. The auditor Kent Lundgren recommended that the 2025 accounts be approved by the nation meeting and that the board be granted discharge.",[],KN,[9],["rekommenderar jag att Kalmar Nations bokslut för verksamhetsåret 2025 godkänns av nationens nationsmöte och att styrelsen beviljas ansvarsfrihet"])
q("sv","fact","Har Brf Norra Djurgårdsstaden några lån med rörlig ränta?",
  "Ja, två av föreningens lån sattes om till rörlig ränta, och föreningen har gjort uppehåll i amorteringen.",[],ND,[6],["2 av föreningens lån sattes om till rörlig ränta. Vi gör ett uppehåll i amortering av lån till dess att vi ser att ränteläget förbättras."],img=True)
q("sv","fact","Varför har skolornas förebyggande arbete med trygghet och studiero i Göteborg blivit sämre enligt revisorerna?",
  "Den ekonomiska situationen med åtgärder för en ekonomi i balans har påverkat det förebyggande arbetet negativt.",[],TS,[3],["Av granskningen framkommer att den ekonomiska situationen med åtgärder för en ekonomi i balans har påverkat det förebyggande arbetet med trygghet och studiero negativt."])
q("en","fact","Who carried out the audit of Region Kalmar's budget process, and when?",
  "Sirona AB, on behalf of the region's auditors, between October and December 2023.",[],BP,[4],["Granskningen utfördes av Sirona AB på uppdrag av revisorerna i Region Kalmar län under perioden oktober 2023 till december 2023."])
q("sv","fact","När är sista dag för nämnderna att svara på granskningen om hedersrelaterat våld?",
  "Yttrandet ska skickas senast den 21 juni 2024 (missivet är daterat 19 september 2023).",["21 juni 2024"],HE,[1],["Skicka yttrandet till stadsrevisionen@stadsrevisionen.goteborg.se senast den 21 juni 2024"],img=True)
q("en","fact","When did the auditors sign off the review of introduction and education for newly arrived people, and by when must the compulsory school committee reply?",
  "The cover letter is dated 3 February 2026, and the reply is due by 18 June 2026.",["3 februari 2026","18 juni 2026"],NY,[1],["Skicka yttrandet till stadsrevisionen@stadsrevisionen.goteborg.se senast den 18 juni 2026.","Göteborg den 3 februari 2026 För revisorsgruppen, enligt uppdrag"])
q("sv","fact","Varför var det Bengt Bivall som skrev under missivet om privata utförare och inte vice ordföranden?",
  "Torbjörn Rigemar hade ersatt ordföranden men fick lämna beslutspunkten på grund av jäv i förhållande till nämnden för funktionsstöd, så Bengt Bivall ersatte honom.",[],PU,[1],["Bengt Bivall ersatte sedan Torbjörn Rigemar under beslutspunkten för revisionsrapporten, på grund av Rigemars jävsförhållande till nämnden för funktionsstöd."])
# ---------------- LIST (8)
q("sv","list","Vilka kommunala bolag ingick i granskningen av förtroendevaldas personsäkerhet?",
  "Boplats Göteborg AB, Higab AB, Göteborgs Hamn AB och Business Region Göteborg AB.",[],PS,[2],["stadsmiljönämnden, Boplats Göteborg AB, Higab AB, Göteborgs Hamn AB samt Business Region Göteborg AB."])
q("en","list","Which organisations were covered by the audit of service vehicles and fuel purchases?",
  "Göteborg Energi AB, the park and nature committee, the premises committee (lokalnämnden) and social welfare committee Sydväst.",[],VF,[1],["Stadsrevisionen har granskat användning av verksamhetsfordon samt inköp av drivmedel hos Göteborg Energi AB, park- och naturnämnden, lokalnämnden samt socialnämnd Sydväst."])
q("sv","list","Vilket underhåll gjordes i Smultronstället under 2023?",
  "Carportar och förråd målades, LED-lampor i carportar byttes, 8 nya förrådsdörrar och en ny dörr till stora soprummet sattes in, fläkten i hus nr 4 byttes och tre lås byttes till elektriska Yale Doorman.",["8"],SM,[3],["Carportar och förråd har målats. Ledlampor i carportar är bytta. 8 nya förrådsdörrar har satts in (2-8 samt 26-32).","Ny dörr till stora soprummet har satts in. Bytt fläkt, hus nr.4 Bytt tre lås, yale doorman (elektriska) 24, 32, 52."])
q("en","list","Which committees were covered by the audit of Gothenburg's work against violent extremism?",
  "The city executive board, the social welfare committees Centrum and Nordost, the compulsory school committee, the education committee and the committee for democracy and citizen services.",[],EX,[1],["Granskningen har omfattat kommunstyrelsen, socialnämnderna Centrum och Nordost, grundskolenämnden, utbildningsnämnden och nämnden för demokrati och medborgarservice."])
q("sv","list","Vilka övergripande mål har Region Kalmar län haft i sina regionplaner?",
  "Nöjda invånare och samarbetspartners; Hållbar utveckling i hela länet; Sveriges bästa kvalitet, tillgänglighet och säkerhet; En av Sveriges bästa arbetsplatser; God ekonomisk hushållning.",[],BP,[6],["Nöjda invånare och samarbetspartners • Hållbar utveckling i hela länet • Sveriges bästa kvalitet, tillgänglighet och säkerhet • En av Sveriges bästa arbetsplatser • God ekonomisk hushållning"])
q("sv","list","Varför höjer föreningen i Hjorthagen avgiften så kraftigt?",
  "Lån med låg ränta gick ut i november 2023, kommande underhåll av tak och balkonger (2024 och 2026) samt ökade energi- och fjärrvärmekostnader.",[],HJ,[6],["En del av våra lån där vi tidigare hade låg ränta har gått ut i november 2023.","Vi har kommande underhållsplaner på tak och balkong 2024 respektive 2026."],img=True)
q("sv","list","Vilka risker tog regionala utvecklingsförvaltningen upp om informationssäkerhet i internkontrollen i augusti 2023?",
  "Risk att inträffade personuppgiftsincidenter inte anmäls och risk att anställda inte följer kraven på gallring och arkivering av personuppgifter.",[],RUN,[19],["• Informationssäkerhet - risk att inträffade personuppgiftsincidenter inte anmäls - risk att anställda inte efterlever kraven på gallring och arkivering av personuppgifter"])
q("en","list","What questions did the audit of Gothenburg's cloudburst management try to answer?",
  "Whether there are long-term goals and strategies, whether the division of responsibilities is appropriate, and whether follow-up of the city's overall cloudburst work is sufficient.",[],SK,[2],["Finns det långsiktiga mål och strategier för stadens samlade arbete med skyfallshantering?","Är uppföljningen av stadens samlade arbete med skyfallshantering tillräcklig?"])
# ---------------- RECOMMENDATION (8)
q("sv","recommendation","Vad rekommenderar revisorerna nämnderna att göra när det gäller hemvårdsbidraget?",
  "Båda nämnderna ska stärka systematiken i egenkontrollen och analysen av riskerna i handläggningen samt uppmärksamma kommunstyrelsen på att regelverket inte upplevs som ändamålsenligt; äldre samt vård- och omsorgsnämnden ska dessutom stärka styrning och kontroll.",[],HV,[3,4],["rekommenderas att stärka systematiken i egenkontrollen av hemvårdsbidrag.","Äldre samt vård- och omsorgsnämnden rekommenderas att stärka systematiken i sin styrning och kontroll av hemvårdsbidrag."])
q("en","recommendation","What did the city auditors recommend after reviewing Gothenburg's cloudburst work, and to whom?",
  "The city executive board should further develop the city-wide governance of cloudburst management, and the recycling and water committee should prepare what the city council needs to decide which measures to carry out and when.",[],SK,[1],["Stadsrevisionen rekommenderar kommunstyrelsen att vidareutveckla den kommunövergripande styrningen av stadens arbete med skyfallshantering."])
q("sv","recommendation","Vad ska stadsfastighetsnämnden göra enligt granskningen av energianvändningen?",
  "Revidera och på nytt fastställa energieffektiviseringsplanen och målet för minskad energianvändning som den tidigare lokalnämnden beslutade, samt omhänderta åtgärderna i fullmäktiges energiplan mer systematiskt.",[],EN,[1],["Stadsfastighetsnämnden rekommenderas att revidera och på nytt fastställa sin energieffektiviseringsplan och det mål för minskad energianvändning som beslutades av den tidigare lokalnämnden."])
q("en","recommendation","What are the auditors asking the compulsory school committee to fix regarding newly arrived pupils?",
  "Base grade placement of newly arrived pupils on an assessment of their knowledge as the Education Act requires, and improve the work with individual study plans.",[],NY,[1],["Grundskolenämnden rekommenderas att se till att årskursplacering av nyanlända elever baseras på kunskapsbedömning i enlighet med skollagen."])
q("sv","recommendation","Vilka rekommendationer fick nämnderna i granskningen av privata utförare?",
  "Nämnden för funktionsstöd och äldre samt vård- och omsorgsnämnden ska utreda om tillämpningen av sekretessregler är alltför restriktiv och stärka kontrollen och uppföljningen av privata utförare.",[],PU,[2],["rekommenderas att utreda om tillämpningen av sekretessregler är alltför restriktiv för att kunna genomföra effektiva kontroller."])
q("sv","recommendation","Vilken av revisorernas rekommendationer om budgetprocessen hade regionstyrelsen i Kalmar inte ens börjat med i mars 2024?",
  "Rekommendation 5 om effekthemtagning: någon modell finns inte, regiondirektören ska få i uppdrag att ta fram en efter delårsrapporten per augusti 2024 för tillämpning från budgetåret 2025.",[],FY,[2],["Någon modell för att följa upp effekthemtagning har ännu inte tagits fram.","med sikte på att den ska tillämpas från och med budgetåret 2025. Status: Ej påbörjat"])
q("sv","recommendation","Vilken rekommendation om trygghet och studiero riktas bara till grundskolenämnden?",
  "Att säkerställa att beslut om disciplinära åtgärder följer regelverket.",[],TS,[1],["Grundskolenämnden rekommenderas att säkerställa att beslut om disciplinära åtgärder följer regelverket."])
q("en","recommendation","What does the extremism audit recommend for social welfare committee Centrum specifically?",
  "Clarify and communicate the purpose and mandate of the resource team against violent extremism, and alert the city executive board to wording in its regulations that does not match the new organisation of defector support.",[],EX,[1,2],["Socialnämnden Centrum rekommenderas att tydliggöra och kommunicera syfte och uppdrag för resursteamet mot våldsbejakande extremism och radikalisering."])
# ---------------- UNANSWERABLE (18)
U=[("sv","Hur mycket kostade det att måla carportarna och förråden i Smultronstället?",SM),
("sv","Vad blev Brf Husarvikens Strands resultat efter finansiella poster 2019?",HU),
("sv","Vad kostade bytet av ekonomisk förvaltare från SBC till Nabo för Brf Norra Djurgårdsstaden?",ND),
("sv","Hur mycket tjänade Kalmar nation på sin bal 2025?",KN),
("sv","Vilken budget hade verksamheten Bildning inom regionala utvecklingsnämnden för 2022?",RUN),
("sv","Hur mycket har kultur- och fritidsnämnden i Simrishamn planerat att investera 2032?",SIM),
("en","How large was the municipal grant to Gothenburg's city audit for 2023?",AR),
("sv","Hur stort underskott budgeterar Region Kalmar län i regionplanen för 2025–2027?",BP),
("sv","Vad beräknas den långsiktiga ekonomiska analysen för 2025–2034 kosta regionen?",FY),
("en","How much did the delayed payments cost Gothenburg's independent schools in lost interest?",RB),
("sv","Hur många personer i Göteborg får hemvårdsbidrag i dag?",HV),
("sv","Hur många hot mot förtroendevalda i Göteborg registrerades under 2023?",PS),
("en","How many electric cars does the city of Gothenburg lease today?",VF),
("sv","Hur många elever stängdes av i Göteborgs kommunala grundskolor under 2023?",TS),
("sv","Hur mycket pengar har Göteborg satsat på resursteamen heder?",HE),
("en","How much did Familjebostäder reduce its energy use per square metre in 2023?",EN),
("sv","Vad kostar ett månadskort i kollektivtrafiken för pensionärer i Stockholm?",None),
("en","What is the municipal tax rate in Kungälv for 2024?",None)]
for l,qq,d in U:
    q(l,"unanswerable",qq,"Det framgår inte av dokumenten." if l=="sv" else "The documents do not say.",[],d,[],[])
for i,d in enumerate(Q,1): d["id"]=f"b27-{i:03d}"
with open('/work/blind/out/b27.jsonl','w') as f:
    for d in Q: f.write(json.dumps(d,ensure_ascii=False)+"\n")
import collections
print(len(Q),collections.Counter(d['type'] for d in Q),collections.Counter(d['lang'] for d in Q))
