"""A fictional auditors' statement with formal criticism and a committee's separate answer (helpers, no tests)."""

from __future__ import annotations

from pathlib import Path

from tests.pdfs import write_pdf

STATEMENT_ID = "revisionsberattelse-ekeby-2025"
ANSWER_ID = "socialnamnden-yttrande-ekeby-2026"

STATEMENT = [
    ["Revisionsberättelse för år 2025", "Till kommunfullmäktige i Ekeby kommun.",
     "Vi har granskat styrelsens och nämndernas verksamhet under 2025.",
     "Vi riktar anmärkning mot tekniska nämnden för att nämnden har tecknat avtal utan upphandling.",
     "Anmärkningen avser avtal om snöröjning till ett värde av 4,2 miljoner kronor.",
     "Vi tillstyrker inte att ansvarsfrihet beviljas för socialnämnden.",
     "Skälet är att nämnden under flera år saknat en fungerande intern kontroll.",
     "Vi har inga anmärkningar mot kommunstyrelsen och kultur- och fritidsnämnden.",
     "Ekeby den 18 mars 2026."],
    ["Tekniska nämndens yttrande över anmärkningen", "Tekniska nämnden har getts tillfälle att yttra sig.",
     "Nämnden instämmer i revisorernas bedömning och har infört en rutin för direktupphandling.",
     "Rutinen gäller från och med januari 2026."],
]

ANSWER = [
    ["Socialnämnden", "Yttrande över revisionsberättelsen 2025 och revisorernas anmärkning",
     "Socialnämnden delar inte revisorernas bedömning att den interna kontrollen saknats.",
     "Nämnden har dock beslutat om en ny plan för intern kontroll för 2026.",
     "Ekeby den 20 april 2026."],
]


def write_statement(path: Path) -> Path:
    return write_pdf(path, STATEMENT, title="Revisionsberättelse för år 2025 Ekeby kommun")


def write_answer(path: Path) -> Path:
    return write_pdf(path, ANSWER, title="Socialnämndens yttrande över revisionsberättelsen 2025")
