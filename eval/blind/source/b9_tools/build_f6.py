#!/usr/bin/env python3
# Builds /work/blind/out/f6.jsonl (follow-up turns)
import json

F = []
def add(lang, history, question, standalone, answer, numbers, doc, pages, quotes, image=False):
    o = {"id": None, "lang": lang, "type": "followup", "history": history, "question": question,
         "standalone": standalone, "answer": answer, "numbers": numbers, "doc": doc,
         "pages": pages, "quotes": quotes}
    if image:
        o["quote_source"] = "image"
    F.append(o)

# ---------------- elliptical (standalone: false) ----------------
add("sv", ["Hur mycket betalade Brf Husarvikens Strand i tomträttsavgäld 2023?"],
    "Och året innan?", False,
    "År 2022 var tomträttsavgälden 542 150 kr (mot 607 800 kr 2023).",
    ["542 150"], "brf-husarvikens-strand-badenc", [12],
    ["Fastighetsförsäkringar 58 689 51 034 Tomträttsavgälder 607 800 542 150"], image=True)

add("sv", ["Vilket resultat redovisade Region Kalmar län år 2021?"],
    "Och 2022?", False,
    "År 2022 var resultatet 198 mnkr och balanskravsresultatet 504 mnkr.",
    ["198", "504"], "granskning-budgetprocessen-2023", [7],
    ["2020 359 420 2021 787 596 2022 198 504 2023 prognos -334 -229"])

add("sv", ["Vad rekommenderades grundskolenämnden i Göteborg efter granskningen av arbetet mot våldsbejakande extremism?"],
    "Har nämnden gjort det sedan dess?", False,
    "Ja. Vid uppföljningen i revisionsredogörelsen för 2024 bedömde revisionskontoret att nämnden omhändertagit rekommendationen: yrkeskategorier som behöver fördjupad kunskap har identifierats och erbjudits kunskapshöjande insatser, och samtliga medarbetare har utbildats i pågående dödligt våld där radikaliseringsprocessen ingår.",
    [], "gbg-revisionsberattelse-2024", [37],
    ["Yrkeskategorier som behöver fördjupad kunskap har identifierats och dessa har erbjudits kunskapsförhöjande insatser.",
     "6.5.1 Bedömning Revisionskontoret bedömer att nämnden har omhändertagit rekommendationen."])

add("sv", ["Hur många rektorer fanns det i Göteborgs grundskoleförvaltning i oktober 2024?"],
    "Och biträdande rektorer?", False,
    "220 biträdande rektorer (oktober 2024), att jämföra med 67 rektorer.",
    ["220"], "gbg-revisionsberattelse-2024", [23],
    ["Det finns idag (oktober år 2024) 67 rektorer anställda och 220 biträdande rektorer."])

add("en", ["What was Brf Norra Djurgårdsstaden's energy cost per square metre in 2023?"],
    "And the heating cost alone?", False,
    "Heating cost was 101 SEK per sqm of total area in 2023, up from 72 SEK in 2022.",
    ["101", "72"], "brf-norra-djurgardsstaden-ligatures", [7],
    ["Elkostnad per kvm totalyta, kr 50 55 45 32 Värmekostnad per kvm totalyta, kr 101 72 51 31"], image=True)

add("sv", ["Vad rekommenderade stadsrevisionen kretslopp och vattennämnden i granskningen av Göteborgs skyfallshantering?"],
    "Och kommunstyrelsen då?", False,
    "Kommunstyrelsen rekommenderades att vidareutveckla den kommunövergripande styrningen av stadens arbete med skyfallshantering.",
    [], "gbg-granskning-skyfall-2022", [1],
    ["Stadsrevisionen rekommenderar kommunstyrelsen att vidareutveckla den kommunöver- gripande styrningen av stadens arbete med skyfallshantering."])

add("sv", ["Hur stort var stadsrevisionens egna kapital i Göteborg i bokslutet 2022?"],
    "Och vilken nivå anser man är rimlig?", False,
    "Revisionskollegiet har tidigare beslutat att en rimlig nivå för eget kapital är 2 200 tusen kronor (mot 3 366 tkr i bokslutet 2022).",
    ["2 200"], "gbg-arsredogorelse-2022", [44],
    ["Mot bakgrund av detta har revisionskollegiet tidigare beslutat att en rimlig nivå för eget kapital är 2 200 tusen kronor."])

add("en", ["How much does Simrishamn's culture and leisure committee want to invest in a culture bus?"],
    "And the yearly running cost?", False,
    "The operating effect (excluding capital costs) is estimated at 500 thousand SEK per year; the investment itself is 3 000 thousand SEK in 2028.",
    ["500"], "simrishamn-kfn-budgetskrivelse-investeringar-2027-2031", [24],
    ["Vilken driftseffekt, exkl. 500 tkr årligen kapitalkostnader, får projektet tkr?"])

add("sv", ["Vad rekommenderade Sirona om när Region Kalmar läns regionplan ska beslutas och verksamhetsplanerna fastställas?"],
    "Vad svarade regionstyrelsen på det?", False,
    "Regionstyrelsen beslutade den 30 januari 2024 om en ny tidplan. Förslaget till regionplan 2025–2027 behandlas av regionfullmäktige den 18–19 juni 2024 och verksamhetsplanerna ska fastställas senast den 30 september. Rekommendationen anges som åtgärdad.",
    ["30 januari 2024", "18–19 juni 2024"], "fiktivt-yttrande-budgetprocessen-2024", [1],
    ["Regionstyrelsens svar: Regionstyrelsen beslutade den 30 januari 2024 om en ny tidplan för budgetprocessen.",
     "och förslaget till regionplan behandlas av regionfullmäktige den 18–19 juni 2024.",
     "ska fastställa sina verksamhetsplaner senast den 30 september. Status: Åtgärdat"])

add("sv", ["Hur många medlemmar hade Brf Smultronstället i Ytterby vid slutet av 2023?"],
    "Och hur många lägenheter bytte ägare under året?", False,
    "4 bostadsrätter överläts under 2023 (och 0 upplåts). Medlemsantalet var 48 både vid årets början och slut.",
    ["4", "48"], "brf-smultronstallet-ytterby-2023", [4],
    ["Under året har 4 bostadsrätter överlåtits och 0 upplåtits. Vid räkenskapsårets början var medlemsantalet 48"])

# ---------------- standalone (standalone: true) ----------------
add("sv", ["Hur många lägenheter har Brf Husarvikens Strand?"],
    "Vem har reviderat Brf Norra Djurgårdsstadens årsredovisning för 2023?", True,
    "KPMG AB med godkänd revisor Katrine Elbra, tillsammans med den förtroendevalda revisorn Karin Henriksson.",
    [], "brf-norra-djurgardsstaden-ligatures", [21],
    ["Stockholm den dag som framgår av den elektroniska underskriften KPMG AB Katrine Elbra Karin Henriksson Godkänd revisor Förtroendevald revisor"])

add("sv", ["Vad blev Kalmar nations resultat för 2025?"],
    "Vilka nämnder ingick i stadsrevisionens granskning av skyfallshanteringen i Göteborg?", True,
    "Kommunstyrelsen, kretslopp och vattennämnden samt byggnadsnämnden.",
    [], "gbg-granskning-skyfall-2022", [3],
    ["I granskningen ingår kommunstyrelsen, kretslopp och vattennämnden samt byggnads-"])

add("en", ["How many employees did Kalmar Nation have on average in 2025?"],
    "Is there currently a queue to start Swedish for immigrants (sfi) in Gothenburg?", True,
    "No. According to the audit of introduction and education for newcomers, there is currently no queue to start studying sfi.",
    [], "gbg-granskning-nyanlanda-2026", [5],
    ["ett systematiskt arbetssätt för att följa upp att elever blir placerade i rätt tid. För närva- rande finns det inte någon kö för att få börja studera sfi."])

add("sv", ["Vilka bolag ingick i Göteborgs granskning av energianvändningen i bostäder och lokaler?"],
    "När upphävde förvaltningsrätten inköps- och upphandlingsnämndens bojkottbeslut?", True,
    "Förvaltningsrätten upphävde beslutet i en dom den 12 september 2024; domen vann laga kraft den 17 oktober 2024.",
    ["12 september 2024", "17 oktober 2024"], "gbg-revisionsberattelse-2024", [48],
    ["Förvaltningsrätten beslutade i sin dom den 12 september 2024 att beslutet om bojkott ska upphävas, vilket vann laga kraft den 17 oktober 2024."])

add("sv", ["Hur mycket höjde Brf Hagelbössan 1 i Hjorthagen avgiften inför 2024?"],
    "Vilka avgiftshöjningar har Brf Smultronstället i Ytterby gjort för 2023 och 2024?", True,
    "Årsavgiften höjdes med 10 % från 1 januari 2023, och en höjning med 3 % från 1 januari 2024 är registrerad.",
    ["+10%", "+3%"], "brf-smultronstallet-ytterby-2023", [3],
    ["Årsavgiften förändrades fr.o.m. 2023-01-01 med +10%. En förändring av årsavgiften med +3% per 2024-01-01 är registrerad."])

add("sv", ["Vad kostar de nya lokalerna vid Tobisviksbadet?"],
    "Hur många anställda hade stadsrevisionen i Göteborg vid utgången av 2022?", True,
    "34 medarbetare, varav 24 yrkesrevisorer.",
    ["34", "24"], "gbg-arsredogorelse-2022", [45],
    ["Stadsrevisionen hade vid utgången av 2022 totalt 34 medarbetare varav 24 yrkesrevisorer."])

add("en", ["What did Gothenburg's auditors conclude about the elderly care board's handling of home care allowance?"],
    "Who signed the auditors' cover letter on the audit of private providers, and why not the vice chair?", True,
    "It was signed by Bengt Bivall, elected auditor. Vice chair Torbjörn Rigemar, who stood in for chair Jonas Ransgård, was replaced by Bivall for that decision because of a conflict of interest (jäv) in relation to the disability support board.",
    [], "gbg-granskning-privata-utforare-2024", [1],
    ["Bengt Bivall ersatte sedan Torbjörn Rigemar under beslutspunkten för revisionsrapporten, på grund av Rigemars jävsförhållande till nämn- den för funktionsstöd."])

add("sv", ["Hur stor var regionala utvecklingsnämndens budget för 2023 i Region Kalmar län?"],
    "Vilka risker inom informationssäkerhet följdes upp i regionala utvecklingsförvaltningens interna kontroll per augusti 2023?", True,
    "Två risker: att inträffade personuppgiftsincidenter inte anmäls, och att anställda inte efterlever kraven på gallring och arkivering av personuppgifter.",
    [], "run-verksamhetsberattelse-2023-08", [19],
    ["- risk att inträffade personuppgiftsincidenter inte anmäls - risk att anställda inte efterlever kraven på gallring och arkivering av personuppgifter"])

add("sv", ["Hur mycket ska Higab investera i särskilda energiåtgärder fram till 2030?"],
    "Hur stort underskott budgeterade Region Kalmar län i regionplanen 2024–2026?", True,
    "Ett underskott på 177 mnkr (i regionplanen 2023–2025 var det 153 mnkr).",
    ["177"], "granskning-budgetprocessen-2023", [6],
    ["I regionplanen 2024–2026 budgeteras ett underskott på 177 mnkr."])

add("en", ["How many members did Brf Norra Djurgårdsstaden have at the end of 2023?"],
    "What was the market value of Kalmar Nation's own investments (placeringar) at the end of 2025?", True,
    "600 607 SEK at market value, against a book (acquisition) value of 451 336.33 SEK; a year earlier the market value was 554 647 SEK.",
    ["600,607.00", "451,336.33"], "kalmar-nation-arsbokslut-2025", [6],
    ["Anskaffningsvärde * 451,336.33 401,457.00 Marknadsmässigt värde 600,607.00 554,647.00"])

for i, o in enumerate(F, 1):
    o["id"] = f"f6-{i:03d}"
with open("/work/blind/out/f6.jsonl", "w", encoding="utf-8") as f:
    for o in F:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(F))
