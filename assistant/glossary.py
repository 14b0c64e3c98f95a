"""A small bilingual glossary of budget and audit terms.

Used to expand English questions with the Swedish words the documents use (keyword search,
sentence scoring, table row/column matching), and to map a few Swedish near-synonyms onto
the words tables use ("förbrukat" -> "utfall").
"""

from __future__ import annotations

import re

from ingest.text import stem

# English phrase -> Swedish terms. Longer phrases first wins (see expand_terms).
EN_SV: dict[str, list[str]] = {
    "budget deviation": ["budgetavvikelse", "avvikelse"],
    "budget variance": ["budgetavvikelse", "avvikelse"],
    "deviation": ["avvikelse", "budgetavvikelse"],
    "variance": ["avvikelse"],
    "deficit": ["underskott"],
    "surplus": ["överskott"],
    "forecast": ["prognos"],
    "forecasts": ["prognos", "prognoser"],
    "april forecast": ["prognos april"],
    "august forecast": ["prognos augusti"],
    "full-year forecast": ["helårsprognos"],
    "full year forecast": ["helårsprognos"],
    "outcome": ["utfall"],
    "outcomes": ["utfall"],
    "actual": ["utfall"],
    "result": ["resultat"],
    "results": ["resultat"],
    "balance requirement": ["balanskravsresultat", "balanskrav"],
    "budget": ["budget"],
    "budget process": ["budgetprocessen", "budgetprocess"],
    "budget framework": ["budgetram"],
    "recommendation": ["rekommendation", "rekommenderar", "bör"],
    "recommendations": ["rekommendationer", "rekommenderar", "bör"],
    "recommend": ["rekommenderar", "bör"],
    "recommended": ["rekommenderade", "bör"],
    "committee": ["nämnd", "nämnden"],
    "committees": ["nämnder", "nämnderna"],
    "administration": ["förvaltning", "förvaltningen"],
    "board": ["styrelse", "styrelsen"],
    "regional executive board": ["regionstyrelsen"],
    "executive board": ["regionstyrelsen"],
    "regional council": ["regionfullmäktige"],
    "council": ["fullmäktige"],
    "regional plan": ["regionplan", "regionplanen"],
    "audit": ["granskning", "granskningen", "revision"],
    "audited": ["granskning", "granskningen", "utfördes"],
    "review": ["granskning", "granskningen"],
    "auditors": ["revisorerna", "revisionen"],
    "auditor": ["revisor", "revisorerna"],
    "assessment": ["bedömning"],
    "verdict": ["bedömning", "samlade bedömning"],
    "overall": ["samlade", "övergripande"],
    "public transport": ["kollektivtrafik", "kollektivtrafiknämnden"],
    "public transport committee": ["kollektivtrafiknämnden"],
    "regional development": ["regional utveckling", "regionala utvecklingsnämnden"],
    "regional development committee": ["regionala utvecklingsnämnden"],
    "health care": ["hälso- och sjukvård", "hälso- och sjukvårdsförvaltningen"],
    "healthcare": ["hälso- och sjukvård", "hälso- och sjukvårdsförvaltningen"],
    "health and medical care": ["hälso- och sjukvård", "hälso- och sjukvårdsförvaltningen"],
    "primary care": ["primärvård", "primärvårdsförvaltningen"],
    "psychiatry": ["psykiatri", "psykiatriförvaltningen"],
    "dental": ["folktandvården"],
    "households": ["hushåll"],
    "household": ["hushåll"],
    "broadband": ["bredband"],
    "fixed broadband": ["fast bredband"],
    "target": ["mål", "målvärde"],
    "targets": ["mål", "målvärden"],
    "goal": ["mål"],
    "goals": ["mål", "delmål"],
    "objective": ["mål"],
    "sub-goals": ["delmål"],
    "indicator": ["mått", "indikator"],
    "indicators": ["mått", "indikatorer"],
    "measures": ["åtgärder", "mått"],
    "measure": ["åtgärd", "mått"],
    "actions": ["åtgärder"],
    "equity ratio": ["soliditet"],
    "solidity": ["soliditet"],
    "pension": ["pension", "pensionsförpliktelser"],
    "efficiency requirement": ["effektiviseringskrav"],
    "efficiency": ["effektivisering", "effektiv"],
    "effects": ["effekter", "effekthemtagning"],
    "realising": ["effekthemtagning"],
    "realizing": ["effekthemtagning"],
    "steering effect": ["styreffekt"],
    "impact": ["styreffekt", "genomslag", "effekt"],
    "evaluate": ["värdera", "utvärdera"],
    "evaluating": ["värdera", "utvärdera"],
    "internal control": ["intern kontroll", "internkontroll"],
    "risk": ["risk"],
    "risks": ["risker", "risk"],
    "sick leave": ["sjukfrånvaro"],
    "employees": ["anställda", "medarbetare"],
    "staff": ["personal", "medarbetare"],
    "salaries": ["lön", "lönekostnader"],
    "wages": ["lön"],
    "revenue": ["intäkter"],
    "income": ["intäkter"],
    "costs": ["kostnader"],
    "cost": ["kostnad", "kostnader"],
    "respond": ["svar", "yttrande", "anvisningar"],
    "responded": ["svar", "yttrande"],
    "response": ["svar", "yttrande"],
    "fixed": ["kvarstår", "åtgärdats"],
    "remain": ["kvarstår"],
    "status": ["kvarstår", "åtgärdats"],
    "shortcomings": ["brister"],
    "problem": ["brister", "problem"],
    "sound financial management": ["god ekonomisk hushållning"],
    "financial management": ["ekonomisk hushållning"],
    "good financial management": ["god ekonomisk hushållning"],
    "reserve": ["resultatutjämningsreserv"],
    "tourism": ["besöksnäring", "gästnätter"],
    "guest nights": ["gästnätter"],
    "innovation index": ["innovationsindex"],
    "culture": ["kultur", "kulturplan"],
    "education": ["bildning", "utbildning"],
    "forecast accuracy": ["träffsäkerhet", "prognos"],
    "accuracy": ["träffsäkerhet"],
    "schedule": ["tidplan"],
    "timeline": ["tidplan"],
    "annual report": ["årsredovisning", "årsredovisningen"],
    "activity report": ["verksamhetsberättelse"],
    "interim report": ["delårsrapport"],
    "operations": ["verksamhet", "verksamheten"],
    "activities": ["aktiviteter", "verksamhet"],
    "region": ["region", "regionen"],
    "share": ["andel"],
    "percent": ["procent"],
    "million": ["mnkr"],
    "msek": ["mnkr"],
    "thousand": ["tkr"],
    "ksek": ["tkr"],
    "largest": ["största"],
    "smallest": ["minsta"],
    "cost of": ["kostnad"],
    "value": ["värde"],
    "brackets": ["parentes"],
}

# Swedish near-synonyms -> the words tables and reports tend to use.
SV_SV: dict[str, list[str]] = {
    "förbrukat": ["utfall"],
    "förbrukats": ["utfall"],
    "förbrukning": ["utfall"],
    "använt": ["utfall"],
    "kostnad": ["utfall"],
    "överskott": ["budgetavvikelse", "avvikelse"],
    "underskott": ["budgetavvikelse", "avvikelse"],
    "budgetunderskott": ["budgetavvikelse", "underskott"],
    "budgetöverskott": ["budgetavvikelse", "överskott"],
    "lönekostnader": ["lön", "arbetsgivaravgifter"],
    "lönekostnaderna": ["lön", "arbetsgivaravgifter"],
    "augustiprognos": ["prognos augusti"],
    "augustiprognosen": ["prognos augusti"],
    "aprilprognos": ["prognos april"],
    "aprilprognosen": ["prognos april"],
    "träffsäkra": ["prognos", "utfall", "träffsäkerhet"],
    "träffsäkerhet": ["prognos", "utfall"],
    "helåret": ["helårsprognos"],
    "helår": ["helårsprognos"],
    "rekommenderas": ["bör", "rekommenderar"],
    "rekommenderade": ["bör", "rekommenderar"],
    "rekommendationer": ["bör", "rekommenderar"],
    "rekommendation": ["bör", "rekommenderar"],
    "anställda": ["medarbetare", "anställda"],
    "sjukfrånvaro": ["sjukfrånvaro"],
    "status": ["kvarstår", "åtgärdats", "åtgärdat"],
    "rättats": ["åtgärdats", "kvarstår"],
    "rättat": ["åtgärdat", "kvarstår"],
}

_PHRASES = sorted(EN_SV, key=len, reverse=True)
_SV_STEMS = {stem(k): k for k in SV_SV}


def expand_terms(question: str, lang: str | None = None) -> list[str]:
    """Swedish terms for the glossary phrases found in the question (English phrases are
    matched on word boundaries, longest first; a word used by a longer phrase is not reused)."""
    q = question.lower()
    out: list[str] = []
    used: list[tuple[int, int]] = []
    if lang != "sv":
        for ph in _PHRASES:
            for m in re.finditer(rf"(?<![\w-]){re.escape(ph)}(?![\w-])", q):
                if any(a < m.end() and m.start() < b for a, b in used):
                    continue
                used.append((m.start(), m.end()))
                out.extend(EN_SV[ph])
    for w in re.findall(r"[\wåäö]+", q):
        out.extend(SV_SV.get(w, []) or SV_SV.get(_SV_STEMS.get(stem(w), ""), []))
    seen: set[str] = set()
    return [t for t in out if not (t in seen or seen.add(t))]


def expand_query(question: str, lang: str | None = None) -> str:
    """The question with its Swedish glossary terms appended (for keyword search)."""
    extra = expand_terms(question, lang)
    return question if not extra else question + " " + " ".join(extra)


# Swedish table words -> English, for showing table headers and row labels to English questions. A header or
# label is shown in English only when every word is known ("Prognos april" -> "Forecast April (Prognos april)");
# the Swedish original always stays visible next to it.
SV_EN_WORDS: dict[str, str] = {
    "prognos": "forecast", "prognoser": "forecasts", "helårsprognos": "full-year forecast", "utfall": "outcome",
    "budget": "budget", "avvikelse": "deviation", "budgetavvikelse": "budget deviation", "relation": "ratio",
    "andel": "share", "resultat": "result", "balanskravsresultat": "balance requirement result",
    "balanskravs-resultat": "balance requirement result", "år": "year", "i": "in", "och": "and", "o": "and",
    "övr": "other", "övriga": "other", "summa": "total", "totalt": "total", "intäkter": "revenue",
    "kostnader": "costs", "lokalhyror": "premises rent", "kapitaltjänstkostnader": "capital costs",
    "finansiella": "financial", "poster": "items", "lön": "salaries", "arbetsgivaravgifter": "employer contributions",
    "nämnd": "committee", "verksamhet": "activity", "förvaltning": "administration", "bildning": "education",
    "utbildn": "training", "personalkostn": "staff costs", "kultur": "culture", "organisationsbidrag": "organisation grants",
    "regional": "regional", "utveckling": "development", "regionservice": "regional services",
    "centraladministrerad": "centrally administered", "prognostiserat": "forecast", "bokslut": "accounts",
    "januari": "January", "februari": "February", "mars": "March", "april": "April", "maj": "May", "juni": "June",
    "juli": "July", "augusti": "August", "september": "September", "oktober": "October", "november": "November",
    "december": "December", "jan": "Jan", "feb": "Feb", "mar": "Mar", "apr": "Apr", "jun": "Jun", "jul": "Jul",
    "aug": "Aug", "sep": "Sep", "okt": "Oct", "nov": "Nov", "dec": "Dec",
}
SV_EN_LABELS: dict[str, str] = {  # whole labels: the bodies of a Swedish region
    "regionstyrelsen": "Regional executive board", "regionfullmäktige": "Regional council",
    "kollektivtrafiknämnden": "Public transport committee", "regionala utvecklingsnämnden": "Regional development committee",
    "regional utvecklingsnämnd/förvaltning": "Regional development committee/administration",
    "hälso- och sjukvårdsförvaltningen": "Health and medical care administration",
    "primärvårdsförvaltningen": "Primary care administration", "psykiatriförvaltningen": "Psychiatry administration",
    "folktandvården": "Public dental service", "it-förvaltningen": "IT administration",
    "utfall i år": "Outcome in the annual report", "nämnd/verksamhet": "Committee/activity",
}
_UNITS = {"kr", "tkr", "mnkr", "mdkr", "sek", "msek", "st", "km"}  # kept as they are
_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:-[A-Za-zÀ-ÖØ-öø-ÿ]+)*|[^A-Za-zÀ-ÖØ-öø-ÿ]+")


def english_label(text: str) -> str | None:
    """English for a Swedish table header or row label when every word of it is known, else None (also when the
    English would read the same, as for "Budget 2023 (tkr)")."""
    t = re.sub(r"\s+", " ", text).strip()
    whole = SV_EN_LABELS.get(t.lower())
    if whole:
        return whole
    out = []
    for tok in _TOKEN.findall(t):
        if not tok[0].isalpha():
            out.append(tok)
            continue
        if tok.lower() in _UNITS:
            out.append(tok)
            continue
        if tok == "ÅR":  # the annual report (årsredovisning), as tables abbreviate it
            out.append("annual report")
            continue
        en = SV_EN_WORDS.get(tok.lower())
        if en is None and "-" in tok:  # "jan-aug"
            parts = [SV_EN_WORDS.get(p.lower()) for p in tok.split("-")]
            en = "–".join(parts) if all(parts) else None
        if en is None:
            return None
        out.append(en)
    eng = "".join(out)
    eng = eng[:1].upper() + eng[1:]
    return None if eng.lower() == t.lower() else eng


def shown_label(text: str, lang: str) -> str:
    """``text`` for Swedish; for English "English (Swedish)" when the glossary knows every word."""
    if lang == "sv":
        return text
    en = english_label(text)
    return f"{en} ({text})" if en else text
