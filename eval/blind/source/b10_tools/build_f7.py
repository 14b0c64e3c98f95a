import json
items = []
def f(lang, history, question, standalone, answer, numbers, doc, pages, quotes, image=False):
    d = {"lang": lang, "type": "followup", "history": history, "question": question,
         "standalone": standalone, "answer": answer, "numbers": numbers,
         "doc": doc, "pages": pages, "quotes": quotes}
    if image: d["quote_source"] = "image"
    items.append(d)

AR="gbg-arsredogorelse-2022"; RU="run-verksamhetsberattelse-2023-08"; SM="brf-smultronstallet-ytterby-2023"
NY="gbg-granskning-nyanlanda-2026"; ND="brf-norra-djurgardsstaden-ligatures"; SI="simrishamn-kfn-budgetskrivelse-investeringar-2027-2031"
FY="fiktivt-yttrande-budgetprocessen-2024"; HU="brf-husarvikens-strand-badenc"; EX="gbg-granskning-extremism-2024"
RB="gbg-revisionsberattelse-2024"; HJ="brf-hjorthagen-scanned"; BP="granskning-budgetprocessen-2023"
KN="kalmar-nation-arsbokslut-2025"; HE="gbg-granskning-hedersrelaterat-vald-2023-scan"

# --- elliptical follow-ups (standalone false) ---
f("sv", ["Hur hög var sjukfrånvaron på Stadsrevisionen i Göteborg 2022?"], "Och året innan?", False,
  "År 2021 låg sjukfrånvaron på 5,0 % (mot 2,8 % 2022).", ["5,0%"], AR, [45],
  ["Den totala sjukfrånvaron låg under 2022 på 2,8% jämfört med 5,0% under 2021."])
f("sv", ["Hur mycket har regionala utvecklingsnämnden i Region Kalmar län budgeterat för lokalhyror 2023?"], "Och vad säger helårsprognosen?", False,
  "Helårsprognosen för lokalhyror är 25 194 tkr, mot en budget på 25 096 tkr.", ["25 194"], RU, [15],
  ["Lokalhyror 25 096 16 578 66 17 205 25 194"])
f("en", ["What was Brf Smultronstället's result for 2023?"], "And the year before?", False,
  "In 2022 the association made a loss of 105 034 kr (compared with a profit of 264 760 kr in 2023).", ["-105 034"], SM, [7],
  ["Summa finansiella poster -358 817 -215 829 Årets resultat Not 9 264 760 -105 034"])
f("sv", ["Vad rekommenderades grundskolenämnden i granskningen av introduktion och utbildning för nyanlända?"], "Och vilka nämnder bedömdes i huvudsak sköta sitt ansvar?", False,
  "Nämnden för arbetsmarknad och vuxenutbildning, socialnämnden Centrum och utbildningsnämnden, som ansvarar för de vuxna nyanlända.", [], NY, [2],
  ["Den sammanvägda bedömningen är att nämnderna med utpekat ansvar för introduktion och utbildning för vuxna som är nya i Sverige i huvudsak säkerställer detta",
   "Detta gäller nämnden för arbetsmark- nad och vuxenutbildning, socialnämnden Centrum samt utbildningsnämnden."])
f("sv", ["Hur stora var Brf Norra Djurgårdsstadens skulder till kreditinstitut vid utgången av 2023?"], "Och hur mycket av det är kortfristigt?", False,
  "16 514 tkr av de 23 758 tkr är kortfristiga (mot 9 783 tkr året innan).", ["16 514"], ND, [18],
  ["Summa 23 758 23 758 Varav kortfristig del 16 514 9 783"], image=True)
f("en", ["How much does Simrishamn plan to spend in 2027 on equipment for restarting the Korsavad facility?"], "And in 2028?", False,
  "500 tkr in 2028 (after 1 000 tkr in 2027); the project's total estimated cost is 5 000 tkr.", ["500"], SI, [5],
  ["Investeringsutgift 2027 1 000 tkr. 2028 500 tkr. Projektets totala kalkylerade utgifter uppgår till 5 000 tkr."])
f("sv", ["Vad svarade regionstyrelsen i Region Kalmar län på rekommendationen att starta budgetprocessen tidigare?"], "Och på den om mål för hela mandatperioden?", False,
  "Regionfullmäktige fastställde den 27 februari 2024 finansiella mål för 2024–2026, bland annat ett resultatmål som genomsnitt över perioden, samt fem övergripande verksamhetsmål. Budgetanvisningarna från 5 mars 2024 utgår från dessa mål.",
  ["27 februari 2024"], FY, [2],
  ["Regionfullmäktige fastställde den 27 februari 2024 finansiella mål för resterande del av mandatperioden, 2024–2026, däribland ett resultatmål räknat som ett genomsnitt över perioden.",
   "Vid samma tillfälle fastställdes fem övergripande verksamhetsmål för mandatperioden."])
f("sv", ["Med hur många procent höjde Brf Husarvikens Strand avgiften inför 2024?"], "Och hur stor blev förlusten 2023?", False,
  "Förlusten 2023 blev 909 600 kr, jämfört med 421 790 kr året innan.", ["-909 600"], HU, [7],
  ["Resultat efter finansiella poster -909 600 -421 790"], image=True)
f("en", ["Which Gothenburg committees were judged not to work effectively against violent extremism and radicalisation?"], "And which ones were?", False,
  "Kommunstyrelsen, grundskolenämnden and utbildningsnämnden were judged to work effectively.", [], EX, [3],
  ["Den sammanvägda bedömningen är att kommunstyrelsen, grundskolenämnden och utbildningsnämnden bedriver ett ändamålsenligt arbete men att socialnämnderna och nämnden för demokrati och medborgarservice inte gör det."])
f("sv", ["Hur stor andel av rektorerna i Göteborgs grundskola anser att de sammantaget har de förutsättningar de behöver?"], "Och bland de biträdande rektorerna?", False,
  "29 procent av de biträdande rektorerna; 47 procent svarar delvis och 24 procent nej.", ["29"], RB, [27],
  ["Av de biträdande rektorerna uppger 29 procent att de sammantaget har de"])
f("sv", ["Hur många protokollförda styrelsemöten höll Brf Smultronstället under 2023?"], "Och Hagelbössan i Hjorthagen?", False,
  "Styrelsen i Brf Hagelbössan 1 i Hjorthagen hade 12 protokollförda sammanträden under 2023.", ["12"], HJ, [5],
  ["Styrelsen har under verksamhetsåret haft 12 protokollförda sammanträden."], image=True)
f("en", ["What full-year budget deviation did Region Kalmar län's health care administration forecast in the August 2023 interim report?"], "And the public transport committee?", False,
  "The public transport committee (kollektivtrafiknämnden) forecast a deviation of -55 mnkr.", ["-55"], BP, [7],
  ["Bedömd helårsprognos i delårsrapporten per augusti 2023 är dock något mindre, -55 mnkr."])

# --- new standalone questions after unrelated history ---
f("sv", ["Hur mycket kostar de nya lokalerna vid Tobisviksbadet?"], "Vilken ränta har Brf Hagelbössans SBAB-lån som villkorsändras i september 2025?", True,
  "3,74 %; lånet uppgick till 6 773 902 kr vid utgången av 2023.", ["3,74","6 773 902"], HJ, [17],
  ["SBAB 19779696 2025-09-10 3,74 % 6 773 902 6 830 551"], image=True)
f("sv", ["Hur många medlemmar hade Brf Norra Djurgårdsstaden vid slutet av 2023?"], "Vad är marknadsvärdet på Kalmar nations stiftelser vid utgången av 2025?", True,
  "12 536 278 kr, medan det bokförda värdet är 8 845 883,52 kr.", ["12,536,278.00"], KN, [6],
  ["Stiftelser Anskaffningsvärde * 8,845,883.52 8,453,641.00 Marknadsmässigt värde 12,536,278.00 11,468,519.00"])
f("sv", ["Vilka insatser omfattades av granskningen av privata utförare i Göteborg?"], "Hur många personer intervjuades i Sironas granskning av budgetprocessen i Region Kalmar län?", True,
  "21 personer, både förtroendevalda och tjänstepersoner.", ["21"], BP, [5],
  ["planering och genomförande av de olika aktiviteterna i budgetprocessen intervjuades 21 personer."])
f("en", ["How many flats are there in Brf Husarvikens Strand?"], "How many dialogues and participants were there in Region Kalmar län's work on the new cultural plan?", True,
  "25 dialogues and consultations with a total of 194 people.", ["25","194"], RU, [13],
  ["▪ Sammanlagt 25 dialoger och samråd ▪ Totalt 194 personer"])
f("sv", ["Vad rekommenderades socialnämnd Sydväst i granskningen av verksamhetsfordon?"], "Senast när ska grundskolenämnden lämna sitt yttrande över granskningen av nyanländas utbildning?", True,
  "Senast den 18 juni 2026.", ["18 juni 2026"], NY, [1],
  ["Skicka yttrandet till stadsrevisionen@stadsrevis- ionen.goteborg.se senast den 18 juni 2026."])
f("sv", ["Hur mycket betalade Brf Smultronstället i räntekostnader 2023?"], "Vad beräknas Simrishamns kulturbuss kosta i drift per år?", True,
  "500 tkr per år i driftseffekt; själva bussen är budgeterad till 3 000 tkr 2028.", ["500"], SI, [24],
  ["Vilken driftseffekt, exkl. 500 tkr årligen kapitalkostnader, får projektet tkr?",
   "Projektnamn Kulturbuss Investeringsutgift 2028: 3 000 tkr Status Nytt"])
f("sv", ["Which committees were audited in Gothenburg's review of the home care allowance?"], "Vad rekommenderades förskolenämnden och grundskolenämnden i granskningen av hedersrelaterat våld och förtryck?", True,
  "Att upprätta rutiner för hur personalen kan upptäcka och agera vid misstanke om att ett barn eller en elev är utsatt, och (tillsammans med socialnämnden Hisingen) att följa upp och utvärdera arbetet. Som alla granskade nämnder ska de också säkerställa kompetensutveckling för personalen.",
  [], HE, [6],
  ["Förskolenämnden och grundskolenämnden rekommenderas att upprätta rutiner för hur personalen kan upptäcka och hur de ska agera vid misstanke",
   "Förskolenämnden, grundskolenämnden och socialnämnden Hisingen rekommenderas att följa upp och utvärdera arbetet mot hedersrelaterat våld och förtryck."], image=True)
f("sv", ["What interest rate does Brf Husarvikens Strand pay on the Nordea loan that resets in October 2024?"], "Vilken nivå på eget kapital anser revisorskollegiet i Göteborg är rimlig för Stadsrevisionen?", True,
  "2 200 tkr. Det egna kapitalet var 3 366 tkr i bokslutet 2022.", ["2 200","3 366"], AR, [44],
  ["Mot bakgrund av detta har revisionskollegiet tidigare beslutat att en rimlig nivå för eget kapital är 2 200 tusen kronor.",
   "Det egna kapitalet uppgår till 3 366 tusen kronor i bokslutet 2022."])

assert len(items) == 20
with open("/work/blind/out/f7.jsonl","w") as fh:
    for i, it in enumerate(items, 1):
        d = {"id": f"f7-{i:03d}"}; d.update(it)
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(items))
