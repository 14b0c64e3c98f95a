"""Follow-up documents generated with reportlab for the recommendation tracker tests (helpers, no tests).

Written in a different style than the fictional response letter: a table "Rekommendation | Vidtagna åtgärder |
Status" with other status words, and a later activity report that only paraphrases the recommendations."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

_FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
]

# (recommendation reference, action taken, status word) — expected statuses in TABLE_EXPECTED
TABLE_ROWS = [
    ("Rek. 1", "En långsiktig ekonomisk analys för 2025–2034 presenterades för plan- och budgetberedningen i maj 2024.", "Genomfört"),
    ("Rek. 2", "Ny tidplan tillämpad; regionplanen beslutades av fullmäktige i juni 2024.", "Klart"),
    ("Rek. 3", "Finansiella mål och verksamhetsmål för mandatperioden är fastställda.", "Avslutad"),
    ("Rek. 4", "Bilaga med prioriterade åtgärder finns i regionplanen, men åtgärdernas ekonomiska effekt är inte beräknad.", "Delvis genomfört"),
    ("Rek. 5", "Regiondirektören har fått i uppdrag att ta fram en modell för effekthemtagning.", "Pågår"),
    ("Rek. 6", "Inga åtgärder redovisade.", "Inte påbörjat"),
    ("Rek. 7", "Femårsjämförelse av intäkts- och kostnadsslag ingår i den ekonomiska rapporteringen.", "Genomfört"),
    ("Rek. 8", "Ingen utvärdering av budgetprocessens styreffekt har gjorts under 2024.", "Kvarstår"),
]
TABLE_EXPECTED = {1: "atgardad", 2: "atgardad", 3: "atgardad", 4: "delvis", 5: "delvis", 6: "ej_atgardad",
                  7: "atgardad", 8: "ej_atgardad"}
TABLE_DATE = "2024-11-05"

PROSE_PARAGRAPHS = [
    ("Ekonomiskt resultat", "Regionens nettokostnader ökade med 5,1 procent jämfört med föregående år. Resultatet för "
     "året blev −312 mnkr, vilket är 410 mnkr sämre än budget. Underskottet förklaras främst av kostnader för inhyrd "
     "personal och köpt vård."),
    ("Effekt av prioriterade åtgärder", "För att säkerställa att de åtgärder som har prioriterats i budgeten också ger "
     "avsedd ekonomisk effekt har en modell för uppföljning av effekthemtagning tagits fram. Modellen har tillämpats "
     "sedan januari 2025 och effekthemtagningen redovisas i varje månadsrapport."),
    ("Mått och måltal i verksamhetsplanerna", "Arbetet med att föra ned regionplanens indikatorer, mått och måltal "
     "till regionstyrelsens och nämndernas verksamhetsplaner har påbörjats under hösten 2024. Arbetet pågår och en "
     "löpande uppföljning och rapportering av måtten ska ske från och med 2025."),
    ("Kollektivtrafik", "Antalet resor i kollektivtrafiken ökade med 7 procent jämfört med 2023. Kundnöjdheten "
     "låg kvar på samma nivå som tidigare år."),
]
PROSE_EXPECTED = {5: "atgardad", 6: "delvis"}
PROSE_DATE = "2025-02-14"


def _font() -> str:
    for path in _FONT_CANDIDATES:
        if Path(path).exists():
            pdfmetrics.registerFont(TTFont("RecFont", path))
            return "RecFont"
    return "Helvetica"


def _styles():
    font = _font()
    ss = getSampleStyleSheet()
    for name in ("Normal", "Title", "Heading2"):
        ss[name].fontName = font
    return ss, font


def write_table_followup(path: str | Path) -> Path:
    """The auditors' follow-up memo with a status table, dated TABLE_DATE."""
    ss, font = _styles()
    cell = ss["Normal"].clone("cell", fontSize=9, leading=11)
    story = [
        Paragraph("Uppföljning av revisorernas rekommendationer", ss["Title"]),
        Paragraph(f"Datum: {TABLE_DATE}", ss["Normal"]),
        Spacer(1, 0.3 * cm),
        Paragraph("Revisorerna har följt upp regionstyrelsens arbete med rekommendationerna i revisionsrapporten "
                  "Granskning av budgetprocessen i Region Kalmar län. Uppföljningen visar följande läge.", ss["Normal"]),
        Spacer(1, 0.4 * cm),
    ]
    data = [["Rekommendation", "Vidtagna åtgärder", "Status"]]
    data += [[ref, Paragraph(action, cell), status] for ref, action, status in TABLE_ROWS]
    table = Table(data, colWidths=[3.2 * cm, 10 * cm, 3.3 * cm])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [table, Spacer(1, 0.4 * cm),
              Paragraph("Revisorerna kommer att följa upp de rekommendationer som inte är genomförda under 2025.", ss["Normal"])]
    SimpleDocTemplate(str(path), pagesize=A4, title="Uppföljning av revisorernas rekommendationer").build(story)
    return Path(path)


def write_prose_followup(path: str | Path) -> Path:
    """A later activity report that mentions two recommendations by paraphrase only, dated PROSE_DATE."""
    ss, _ = _styles()
    story = [Paragraph("Verksamhetsberättelse 2024 – Regionstyrelsen", ss["Title"]),
             Paragraph(f"Datum: {PROSE_DATE}", ss["Normal"]), Spacer(1, 0.4 * cm)]
    for heading, text in PROSE_PARAGRAPHS:
        story += [Paragraph(heading, ss["Heading2"]), Paragraph(text, ss["Normal"]), Spacer(1, 0.2 * cm)]
    SimpleDocTemplate(str(path), pagesize=A4, title="Verksamhetsberättelse 2024 – Regionstyrelsen").build(story)
    return Path(path)


INLINE_TEXT = [
    "Regionstyrelsens svar på revisionsrapporten Granskning av budgetprocessen i Region Kalmar län",
    "Datum: 2024-05-02",
    "Rekommendationerna 1 och 2 har regionstyrelsen omhändertagit genom att regionfullmäktige den 18 april 2024 "
    "beslutade om en ny tidplan och en tioårig ekonomisk planeringshorisont.",
    "När det gäller punkt 5 har regionstyrelsen i dag inte fattat något beslut om en modell för effekthemtagning.",
    "Rek. 7 Trendanalyser av intäkts- och kostnadsslag Genomfört",
]
INLINE_EXPECTED = {1: "atgardad", 2: "atgardad", 5: "ej_atgardad", 7: "atgardad"}


def write_inline_followup(path: str | Path) -> Path:
    """A short answer that refers to recommendations inline ("Rekommendationerna 1 och 2", "punkt 5", "Rek. 7")."""
    ss, _ = _styles()
    story = [Paragraph(INLINE_TEXT[0], ss["Title"])]
    story += [Paragraph(t, ss["Normal"]) for t in INLINE_TEXT[1:]]
    SimpleDocTemplate(str(path), pagesize=A4, title=INLINE_TEXT[0]).build(story)
    return Path(path)
