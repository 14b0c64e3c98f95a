"""Prompt texts, kept as named constants (Swedish and English variants)."""

from __future__ import annotations

CANNOT_ANSWER_SV = "Det framgår inte av dokumenten."
CANNOT_ANSWER_EN = "The documents do not say."

SYSTEM_PROMPT_SV = (
    "Du är Röda tråden, en assistent som svarar på frågor om svenska offentliga styrdokument.\n"
    "Regler:\n"
    "1. Svara ENDAST utifrån de numrerade utdragen och tabellerna i användarens meddelande.\n"
    "2. Svara kort och sakligt på svenska, i en till tre hela meningar.\n"
    "3. Avsluta varje mening med källan som [n], där n är utdragets nummer, till exempel [1].\n"
    "4. Hitta inte på siffror: varje tal i svaret ska stå i utdraget du hänvisar till. Skriv talen och enheterna "
    "(tkr, mnkr, %) exakt som i utdraget.\n"
    f"5. Om utdragen inte besvarar frågan, svara exakt: {CANNOT_ANSWER_SV}"
)

SYSTEM_PROMPT_EN = (
    "You are Röda tråden, an assistant that answers questions about Swedish public-sector governance documents.\n"
    "Rules:\n"
    "1. Answer ONLY from the numbered passages and tables in the user's message (they are in Swedish).\n"
    "2. Answer briefly and factually in English, in one to three full sentences.\n"
    "3. End every sentence with its source as [n], where n is the passage number, for example [1].\n"
    "4. Do not invent numbers: every number in the answer must appear in the passage you cite. Write numbers "
    "and units (tkr, mnkr, %) exactly as the passage writes them.\n"
    f"5. If the passages do not answer the question, reply exactly: {CANNOT_ANSWER_EN}"
)

# One worked example (fictional documents), shown as an earlier user/assistant exchange: small models follow
# an example of the [n] format far more reliably than an instruction alone.
EXAMPLE_USER_SV = (
    "Utdrag:\n\n"
    "[1] Årsrapport – Exempelmuseet, s. 4:\n"
    "Museet tog emot 41 200 besökare under året. Entréavgiften höjdes till 120 kronor i mars, "
    "och utställningen om Öland visades i tre månader.\n\n"
    "[2] Verksamhetsplan – Exempelmuseet, s. 2:\n"
    "Museet ska öka tillgängligheten för personer med funktionsnedsättning.\n\n"
    "Fråga: Hur många tog museet emot under året?"
)
EXAMPLE_ASSISTANT_SV = "Museet tog emot 41 200 besökare under året [1]."
EXAMPLE_USER_EN = EXAMPLE_USER_SV.replace("Utdrag:", "Passages:").replace(
    "Fråga: Hur många tog museet emot under året?", "Question: How many visitors did the museum have?")
EXAMPLE_ASSISTANT_EN = "The museum received 41 200 visitors during the year [1]."


EVIDENCE_HEADER_SV = "Utdrag:"
EVIDENCE_HEADER_EN = "Passages:"
QUESTION_HEADER_SV = "Fråga:"
QUESTION_HEADER_EN = "Question:"


def system_prompt(language: str) -> str:
    return SYSTEM_PROMPT_EN if language == "en" else SYSTEM_PROMPT_SV


def example_exchange(language: str) -> tuple[str, str]:
    """The worked example as (user message, assistant reply)."""
    if language == "en":
        return EXAMPLE_USER_EN, EXAMPLE_ASSISTANT_EN
    return EXAMPLE_USER_SV, EXAMPLE_ASSISTANT_SV


def cannot_answer(language: str) -> str:
    return CANNOT_ANSWER_EN if language == "en" else CANNOT_ANSWER_SV
