"""The tracker's follow-up reading on the fictional follow-up documents written blind for the DEV half's audits
(eval/blind/source/followup_letters/): development data for status reading, never the test half.

    RODATRADEN_DATA_DIR=DIR/index RODATRADEN_COLLECTION=rodatraden_eval python -m eval.tracker_letters [--out FILE]

Each letter (text, pages split by a form feed) is rendered to a PDF with reportlab and read by parse_pdf like any
upload; the gold is the dev half's audits with the letters' statuses added (a letter's recommendation quote is
matched to the gold recommendation of its audit that holds it). The tracker then runs over the library's documents
plus the letters (eval.recommendations_blind.evaluate_blind): link precision, status accuracy, evidence verified.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

from rapidfuzz import fuzz

from eval.recommendations_blind import BLIND, docs_of_index, evaluate_blind

LETTERS = BLIND / "source" / "followup_letters"
# a second batch (2026-12-02, late), written blind in the styles of real follow-ups: a yearly summary following up
# three audits with a status table, an auditors' statement with follow-ups inside other text, partial answers with
# paraphrased and renumbered recommendations, a memo, and a response to another audit that must give no evidence
LETTERS2 = BLIND / "source" / "followup_letters2"
# a third batch (2026-12-05), written blind before any change it measures: a point-by-point response with
# paraphrased recommendations, a later auditors' statement's chapter on earlier audits, a yearly summary's status table,
# a memo where two committees of one recommendation differ, related work that answers nothing, and a response to
# another audit (its verify.py checks every quote on its page)
LETTERS3 = BLIND / "source" / "followup_letters3"
# a fourth batch (2026-12-05, session 18), written blind before any change it measures: a committee's protocol
# extract answering paraphrased recommendations together, a yearly follow-up whose prose refines its status table,
# a response for one of several addressees, a later response updating an earlier one, a city management memo of
# plans and decisions, and a distractor about another audit (its verify.py checks every quote on its page)
LETTERS4 = BLIND / "source" / "followup_letters4"
# a fifth batch (2026-12-05, session 19), written blind before any change it measures: a committee's response with a
# heading per recommendation (one paragraph answering two similar ones differently), the auditors' follow-up report
# with an earlier and a current assessment column, a joint response of two committees that progressed differently,
# a yearly summary's follow-up section among other matters, a protocol extract, and a memo that only mentions an
# audit (its verify.py checks every quote on its page)
LETTERS5 = BLIND / "source" / "followup_letters5"
# a sixth batch (2026-12-05, session 23), written blind before any change it measures: a committee's response in
# prose with no heading per recommendation (status from wording alone, one committee speaking only for itself),
# the auditors' later statement per committee (one recommendation assessed differently per addressee), a yearly
# summary's status table with committees as columns and symbols, a protocol extract with the response attached,
# a memo also discussing a similar-sounding other audit, and a follow-up report with a percentage table
LETTERS6 = BLIND / "source" / "followup_letters6"
# a seventh batch (2026-12-05, session 23), written blind and kept out of that session's tuning: a company board's
# short answer in bullets, a committee's response quoting each recommendation with varied status wording, the
# auditors' follow-up memo whose prose revises its "Status 2025" column, a committee's annual report touching the
# audit in a few sentences, a protocol extract quoting earlier follow-ups (the newest counts), and a memo by topic
LETTERS7 = BLIND / "source" / "followup_letters7"
# an eighth batch (2026-12-05, session 23), written blind after that session's tracker changes, as a fresh check: a
# committee office's draft answer in running text, the auditors' annual report with short passages per committee and
# decoy audits, a traffic-light table with its key, a slide-like status deck, a memo numbering the report's
# unnumbered recommendations in order, and a protocol extract that declines a recommendation
LETTERS8 = BLIND / "source" / "followup_letters8"
# a ninth batch (2026-12-06, session 24), written blind before any change it measured: a committee's answer in prose
# that never repeats the recommendations, a follow-up table aligned with spaces and no rules, the auditors' annual
# report whose chapter also gives statuses of unrelated audits, a memo whose statuses are verbs, a compilation of
# responses per committee numbering the recommendations R1-R8, and a protocol extract
LETTERS9 = BLIND / "source" / "followup_letters9"
# a tenth batch (2026-12-06, session 25), written blind before any change it measured: the auditors' yearly report
# with a follow-up chapter that also covers unrelated audits and a count table, a committee's yttrande in prose with
# dates in the text that partly disagrees, a company board's protocol extract, a tjänsteutlåtande with "Förvaltningens
# bedömning" per recommendation, a follow-up by number with a status table aligned with spaces, a memo per committee
# with paraphrased recommendations and status verbs (the helper's brief is TASK.md)
LETTERS10 = BLIND / "source" / "followup_letters10"
# an eleventh batch (2026-12-06, session 26), written blind before any change it measured: an auditors' statement
# whose appendices hold two committees' replies (one by recommendation number only), a committee's reply to an
# anmärkning that also reports on the recommendations, a status table of symbols (✓ ● ○) and one of colour words,
# one sentence for two committees that progressed differently, a report that quotes each recommendation before
# answering it, a protocol extract on two audits (the helper's brief is TASK.md)
LETTERS11 = BLIND / "source" / "followup_letters11"
# a twelfth batch (2026-12-06, session 27), written blind before any change it measured: an action plan table whose
# status column is sometimes empty (the state read from the action text), two tjänsteskrivelser proposing the
# committee's answer with a "Bedömning" section, replies that disagree with a recommendation, progress as shares and
# counts, a yearly summary with one paragraph per audit named only by its topic, a reply by theme (one paragraph for
# two recommendations, one for none), page breaks inside paragraphs (the helper's brief is TASK.md)
LETTERS12 = BLIND / "source" / "followup_letters12"
# a thirteenth batch (2026-12-06, session 28), written blind and measured before any tracker change: a later year's
# auditors' statement whose chapter on earlier audits treats three of them among other matters, a joint response of
# five committees reporting separately under each recommendation, an auditors' follow-up review ending with new
# recommendations of its own, a response in its own order with paraphrased recommendations, a committee's annual
# report with a section on the year before's audits, a memo that names an audit in passing (the brief is TASK.md)
LETTERS13 = BLIND / "source" / "followup_letters13"
# Batch 14 (session 29, 2026-12-06; written blind before the session's tracker changes were measured on it): the city
# executive board's compiled account with a table per audit whose cells word the status in prose, a protocol extract
# adopting the office's response attached on later pages, a joint letter of two committees (one acting, one
# disagreeing), the auditors' follow-up matrix with symbols and a key, an internal control report turning the
# recommendations into control points, an e-mail exchange that reports nothing (the brief is TASK.md)
LETTERS14 = BLIND / "source" / "followup_letters14"
# Batch 15 (session 30, 2026-12-06; written blind, committed before it was measured): the auditors' next-year chapter
# rating each recommendation in a sentence beside audits not in the list, a traffic-light table with a percent column
# and its key, a response by topic that partly disagrees, a decision memo of plans only, a board's minute that only
# receives the audit, a committee's annual report with a paragraph per audit (the brief is TASK.md)
LETTERS15 = BLIND / "source" / "followup_letters15"
# Batch 16 (session 31; written blind, committed before it was measured): a protocol that adopts the administration's
# answer as its own with the answer as an appendix of dated bullets, one response to two audits in sections with a
# withdrawn promise, the auditors' yearly summary with a symbol table and a correction in prose, a memo by committee,
# an e-mail naming an audit only by its diary number, a supplementary response (the brief is TASK.md)
LETTERS16 = BLIND / "source" / "followup_letters16"
# Batch 17 (session 32; written blind, committed before it was measured): the auditors' follow-up with a "Bedömning:"
# line per recommendation, a second follow-up two years on that settles all but one at once, a company board's
# response in the we-form, a response that letters the recommendations itself and answers two jointly, a protocol
# deciding otherwise than the administration proposed, a committee's annual report whose status cells are sometimes
# empty (the brief is TASK.md)
LETTERS17 = BLIND / "source" / "followup_letters17"
# Batch 18 (session 33; written blind, committed before it was measured): an administration's tjänsteutlåtande with a
# "Förvaltningens bedömning" per recommendation and a disagreement, the auditors' chapter with a colour table and its
# legend, a follow-up with a symbol table that leaves some for later, a protocol naming recommendations only by the
# audit's page, a memo where a committee does not share the auditors' view, an action plan table (the brief is TASK.md)
LETTERS18 = BLIND / "source" / "followup_letters18"
# Batch 19 (session 34; written blind, committed before it was measured): the auditors' yearly summary treating
# several audits in prose, some recommendations named only by subject, an earlier and a later verdict on the same one;
# a committee letter answering two audits; a joint table Rekommendation | Nämndens svar | Tidplan; a response that
# calls a recommendation overtaken by a reorganisation; a protocol that only takes note of one; a memo with the status
# in parentheses (the brief is TASK.md)
LETTERS19 = BLIND / "source" / "followup_letters19"
# Batch 20 (session 35; written blind, committed before it was measured): a committee's annual report with a status
# table (Genomförd / Pågår / Ej påbörjad) among unrelated chapters, a follow-up matrix of one column per committee
# (Ja / Delvis / Nej / –) with prose after it, a joint answer of two committees whose statuses differ, a short e-mail
# reply, a protocol that refers to the recommendations by number and disputes one, a memo full of reservations
# ("inte fullt ut", "har påbörjats men", "saknas dock fortfarande") (the brief is TASK.md)
LETTERS20 = BLIND / "source" / "followup_letters20"
# Batch 21 (session 36; written blind, committed before it was measured): a later year's auditors' statement with a
# chapter on earlier audits among its own findings, a protocol extract adopting the administration's answer as the
# committee's own with the answer as an appendix, a traffic-light follow-up (Grön / Gul / Röd, "klart till ca 60 %"),
# two dated answers to one audit where the later decides, a joint answer in its own order and headings that mentions
# another audit in passing, a Rekommendation | Åtgärd | Ansvarig | Klart table (the brief is TASK.md)
LETTERS21 = BLIND / "source" / "followup_letters21"
# Batch 22 (session 37; written blind, committed before it was measured): an audit office's memo a year on that quotes
# each committee's earlier promise and judges it, a joint answer of two committees referring to recommendations by
# number only ("Punkt 3 och 4"), each saying something of its own part, one disagreeing; a joint answer by subject
# headings where one paragraph answers two recommendations and one is never mentioned; the city's annual report with a
# Genomförd / Pågår / Ej påbörjad table over three audits; a committee refusing a recommendation with its reasons; a
# protocol extract speaking for one of four addressees (the brief is TASK.md)
LETTERS22 = BLIND / "source" / "followup_letters22"
# Batch 23 (session 38; written blind, committed before it was measured): the auditors' statement of a later year with
# a paragraph per earlier audit; a committee's action plan as a Rekommendation | Åtgärd | Ansvarig | Klart senast |
# Status table with deadlines ahead; the audit office's follow-up with a "Bedömning:" line per recommendation; an
# e-mail answer from a department head; a memo following up two audits one after the other; a protocol extract mixing
# what is done with "kommer att" and "för avsikt att" (the brief is TASK.md)
LETTERS23 = BLIND / "source" / "followup_letters23"
# Batch 24 (session 39; written blind, committed before it was measured): a committee's yttrande answering each
# recommendation under its own numbered heading; a later year's statement with a Granskning | Rekommendation | Vidtagna
# åtgärder | Revisorernas bedömning table of wrapped cells; a protocol extract approving the administration's answer;
# follow-ups graded Genomförd / Påbörjad / Ej påbörjad or green / yellow / red with a legend; softer words ("har ännu
# inte prioriterats", "bedöms i huvudsak omhändertagen"); an audit mentioned in passing only (the brief is TASK.md)
LETTERS24 = BLIND / "source" / "followup_letters24"
# Batch 25 (session 40; written blind, committed before it was measured): an action plan table per committee with the
# recommendations paraphrased; a tjänsteutlåtande assessing them in running prose in another order; the audit office's
# annual summary with a paragraph per audit naming several committees; a follow-up of the scanned audit committee by
# committee with statuses in negations and time; a protocol extract that lists two recommendations and answers one;
# a memo on two audits (the brief is TASK.md)
LETTERS25 = BLIND / "source" / "followup_letters25"
# Batch 26 (session 41; written blind, committed before it was measured): the auditors' follow-up report with a
# Rekommendation | Vidtagna åtgärder | Vår bedömning table per committee of long wrapping action cells graded Genomförd
# / Påbörjad / Ej påbörjad; a committee's yttrande answering by point numbers only; stadsledningskontoret's letter on
# three audits, one not among ours; a protocol paragraph adopting the administration's answer with the answer attached;
# an audit report's chapter following up earlier audits a paragraph each; a follow-up of the scanned audit row by row
# (the brief is TASK.md)
LETTERS26 = BLIND / "source" / "followup_letters26"
# Batch 27 (session 42; written blind, committed before it was measured): a committee's annual report mentioning
# statuses in passing, a follow-up table set in plain space-aligned columns with wrapping cells and abbreviated
# committees, a letter answering in another order and merging two recommendations, a tjänsteutlåtande with
# "Förvaltningens bedömning" per recommendation, the auditors' yearly report a sentence or two per audit, and older
# and newer documents on the same audit with different statuses (the brief is TASK.md)
LETTERS27 = BLIND / "source" / "followup_letters27"
# Batch 28 (session 43; written blind, committed before it was measured): a follow-up report's status table of symbols
# (Genomförd / Pågående / Ej påbörjad) with committees abbreviated in a key under it, a yttrande quoting each
# recommendation with "Nämndens svar:" and "Vidtagna/planerade åtgärder:", a response naming the audit only by its
# diary number and date, a board's protocol extract, a one-page PM with bullets per audit, the auditors' yearly report
# giving one recommendation different statuses per committee; statuses as counts, dates and refusals (the brief is
# TASK.md)
LETTERS28 = BLIND / "source" / "followup_letters28"
# Batch 29 (session 44; written blind, committed before it was measured): the auditors' follow-up in prose with
# "Revisorernas bedömning" per recommendation, a stadsdirektör answering for two committees paragraph by paragraph, a
# committee's interim report with a short chapter on audits, a PM table of shortened recommendations, a protocol
# extract answering only some, a committee report among energy statistics; decoy sections on audits not followed up;
# statuses as times, decisions, partial counts, plans and disagreement (the brief is TASK.md)
LETTERS29 = BLIND / "source" / "followup_letters29"
SETS = {"1": (LETTERS,), "2": (LETTERS2,), "3": (LETTERS3,), "4": (LETTERS4,), "5": (LETTERS5,), "6": (LETTERS6,),
        "7": (LETTERS7,), "8": (LETTERS8,), "9": (LETTERS9,), "10": (LETTERS10,), "11": (LETTERS11,),
        "12": (LETTERS12,), "13": (LETTERS13,), "14": (LETTERS14,), "15": (LETTERS15,), "16": (LETTERS16,),
        "17": (LETTERS17,), "18": (LETTERS18,), "19": (LETTERS19,), "20": (LETTERS20,), "21": (LETTERS21,),
        "22": (LETTERS22,), "23": (LETTERS23,), "24": (LETTERS24,), "25": (LETTERS25,), "26": (LETTERS26,),
        "27": (LETTERS27,), "28": (LETTERS28,), "29": (LETTERS29,),
        "all": (LETTERS, LETTERS2, LETTERS3, LETTERS4, LETTERS5, LETTERS6, LETTERS7, LETTERS8, LETTERS9, LETTERS10,
                LETTERS11, LETTERS12, LETTERS13, LETTERS14, LETTERS15, LETTERS16,
                LETTERS17, LETTERS18, LETTERS19, LETTERS20, LETTERS21, LETTERS22, LETTERS23, LETTERS24,
                LETTERS25, LETTERS26, LETTERS27, LETTERS28, LETTERS29)}


def _lacks_glyph(ch: str) -> bool:
    try:
        ch.encode("cp1252")
        return False
    except UnicodeEncodeError:
        return True


def _symbol_font() -> str | None:
    """A TrueType font with the status symbols some letters print (DejaVu Sans, from the system or matplotlib),
    registered once; None when there is none (the symbols then print as the standard font's boxes)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVuSans" in pdfmetrics.getRegisteredFontNames():
        return "DejaVuSans"
    candidates = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")]
    try:
        import matplotlib

        candidates.append(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")
    except ImportError:
        pass
    for font in candidates:
        if font.exists():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(font)))
            return "DejaVuSans"
    return None


def render(text: str, path: Path) -> None:
    """The letter as an A4 PDF: one page per form-feed-separated part; prose lines as paragraphs, and lines with
    " | " between cells as a ruled table (as a real table in a real letter, which ingest then types)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import KeepInFrame, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape as _escape

    style = getSampleStyleSheet()["BodyText"]
    symbols = _symbol_font()

    def escape(text: str) -> str:  # characters the standard fonts lack (✔ ◐ ✖) in a font that has them
        out = _escape(text)
        if symbols is None:
            return out
        return "".join(f'<font name="{symbols}">{ch}</font>' if _lacks_glyph(ch) else ch for ch in out)

    pages: list = []
    for part in text.split("\f"):
        flow: list = []
        rows: list[list] = []
        aligned: list[str] = []  # lines whose columns are aligned with spaces: a table without rules
        for line in part.strip("\n").splitlines() + [""]:
            cells = ALIGNED_RE.split(line.strip())
            if " | " not in line and (len(cells) >= 3 or aligned and (RULE_RE.match(line) or (
                    line[:1].isspace() and line.strip()))):
                aligned.append(line)  # a row, a rule, or an indented line going on in the columns above it
                continue
            if len(aligned) == 1:  # one line with wide gaps is a line, not a table
                flow.append(Paragraph(escape("   ".join(ALIGNED_RE.split(aligned[0].strip()))), style))
            elif aligned:
                flow += [_aligned_table(aligned, style, escape), Spacer(1, 6)]
            aligned = []
            if " | " in line:
                rows.append([Paragraph(escape(c.strip()), style) for c in line.split(" | ")])
                continue
            if rows:
                width = max(len(r) for r in rows)
                rows = [r + [""] * (width - len(r)) for r in rows]
                table = Table(rows, colWidths=[(A4[0] - 100) / width] * width)
                table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                flow += [table, Spacer(1, 8)]
                rows = []
            flow.append(Paragraph(escape(line), style) if line.strip() else Spacer(1, 6))
        # one PDF page per part, as its gold counts pages: a part too long for the page is printed smaller
        pages += [KeepInFrame(A4[0] - 100, A4[1] - 100, flow, mode="shrink"), PageBreak()]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=50,
                      bottomMargin=50).build(pages[:-1])


ALIGNED_RE = re.compile(r"\s{2,}")  # the gap between two columns aligned with spaces
CELL_RE = re.compile(r"\S+(?: \S+)*")  # one cell of such a line: words one space apart
RULE_RE = re.compile(r"^\s*[-=_]{5,}[-=_ ]*$")  # a typed rule under a header or between rows


def aligned_rows(lines: list[str]) -> list[list[str]]:
    """Lines aligned in columns with spaces, as a plain-text table is typed: the columns start where the cells of
    the line with the most cells start; each cell goes to the column it starts in (a wrapped cell's next line,
    indented to its column, leaves the columns before it empty), and lines that start with an empty first column
    go on with the row above them, cell by cell. Rule lines ("-----") end a row and print nothing."""
    spans = [[(m.start(), m.group(0)) for m in CELL_RE.finditer(line)] for line in lines if not RULE_RE.match(line)]
    starts = [a for a, _ in max(spans, key=len)]
    rows: list[list[str]] = []
    fresh = True
    for line in lines:
        if RULE_RE.match(line):
            fresh = True
            continue
        cells = [""] * len(starts)
        for a, text in ((m.start(), m.group(0)) for m in CELL_RE.finditer(line)):
            k = max([i for i, x in enumerate(starts) if x <= a + 2] or [0])
            cells[k] = f"{cells[k]} {text}".strip()
        if rows and not fresh and not cells[0]:
            rows[-1] = [f"{x} {y}".strip() for x, y in zip(rows[-1], cells)]
        else:
            rows.append(cells)
        fresh = False
    return rows


def _aligned_table(lines: list[str], style, escape):
    """Lines aligned in columns with spaces (:func:`aligned_rows`), as a word processor's tab-aligned table prints
    them: the columns' left edges aligned, each cell wrapping inside its column, no rules (ingest reads it from the
    words' positions alone)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, Table, TableStyle

    rows = aligned_rows(lines)
    width = len(rows[0])
    longest = [min(40, max(len(r[k]) for r in rows)) + 4 for k in range(width)]
    frame = A4[0] - 100
    cols = [frame * n / sum(longest) for n in longest]
    table = Table([[Paragraph(escape(c), style) for c in r] for r in rows], colWidths=cols)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _norm(s: str) -> str:
    return " ".join(s.replace("- ", "").split()).lower()


def gold_with_letters(dev: dict, letters: list[dict]) -> tuple[dict, list[str]]:
    """The dev gold plus the letters' follow-ups, each tied to the gold recommendation its quote belongs to."""
    gold = json.loads(json.dumps(dev))
    unmatched: list[str] = []
    recs = {a["doc"]: a["recommendations"] for a in gold["audits"]}
    for letter in letters:
        for f in letter["followups"]:
            audit = f.get("audit") or letter["follows_up"]  # batch 2 names the audit per follow-up
            cands = recs.get(audit, [])
            quote = _norm(f["recommendation_quote"])
            scored = [(fuzz.partial_ratio(quote, _norm(r["text"] + " " + r.get("quote", ""))), r) for r in cands]
            score, best = max(scored, key=lambda x: x[0], default=(0, None))
            if best is None or score < 85:
                unmatched.append(f"{letter['file']}: {f['recommendation_quote'][:60]}")
                continue
            gold["followups"].append({"recommendation": best["id"], "doc": letter["file"], "page": f["page"],
                                      "status": f["status"], "evidence": f["evidence"],
                                      "committee": f.get("addressee")})
    return gold, unmatched


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", type=Path, help="also write the JSON report here")
    p.add_argument("--letters", choices=sorted(SETS), default="all",
                   help="which batch of letters: 1 (tidy letters), 2 (real styles), all (default)")
    args = p.parse_args(argv)
    from assistant.recommendations.followup import FollowupDoc
    from ingest.parse import parse_pdf
    from index.store import open_index
    from rodatraden.settings import get_settings

    settings = get_settings()
    index = open_index(settings)
    dev = json.loads((BLIND / "recommendations_dev.json").read_text(encoding="utf-8"))
    letters = [{**json.loads(p.read_text(encoding="utf-8")), "_dir": d} for d in SETS[args.letters]
               for p in sorted(d.glob("*.json"))]
    docs = docs_of_index(index)
    with tempfile.TemporaryDirectory() as tmp:
        for letter in letters:
            pdf = Path(tmp) / f"{letter['file']}.pdf"
            render((letter["_dir"] / f"{letter['file']}.txt").read_text(encoding="utf-8"), pdf)
            parsed = parse_pdf(pdf)
            docs.append(FollowupDoc(meta=parsed.meta, pages=parsed.pages, tables=parsed.tables))
        gold, unmatched = gold_with_letters(dev, letters)
        gold_path = Path(tmp) / "gold.json"
        gold_path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        details: list[dict] = []
        rep = evaluate_blind(gold_path, docs, index.embedder, "dev+letters", details=details)
    rep.notes += [f"letter quote not matched to a gold recommendation: {u}" for u in unmatched]
    out = rep.model_dump()
    text = json.dumps({k: out[k] for k in ("links", "link_precision", "link_precision_rec", "statuses", "statuses_readable",
                                           "status_accuracy", "status_accuracy_per_document", "evidence", "evidence_verified", "notes")
                       if k in out}, ensure_ascii=False, indent=1)
    print(text)
    if args.out:
        args.out.write_text(json.dumps({**out, "details": details}, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
