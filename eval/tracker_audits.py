"""The tracker's extraction on fictional audit reports written blind in the formats of real Swedish audits
(eval/blind/source/audit_texts/): development data for reading recommendations, never the test half.

    python -m eval.tracker_audits [--out FILE] [--details]

Each report (text, pages split by a form feed) is rendered to a PDF with reportlab (as eval.tracker_letters renders
its letters) and read by parse_pdf like any upload. The gold (one JSON beside each text: every recommendation with
its quote, page, the pages it is printed again on, and its addressees; none for a report without recommendations) is
turned into eval/blind's gold format and scored by eval.recommendations_blind.evaluate_blind: extraction precision
and recall, addressee accuracy, duplicate merges, and recommendations invented for a report that has none.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from eval.recommendations_blind import BLIND, evaluate_blind
from eval.tracker_letters import render

AUDITS = BLIND / "source" / "audit_texts"
# a second batch (2026-12-05, session 19), written blind before any change it measures: PwC, KPMG, EY, Deloitte, BDO,
# a small firm, a city's audit office and Riksrevisionen; bullets under a lead-in, numbered and reworded copies in the
# summary, a recommendations table, "bör" items under subheadings, a missiv, and a follow-up audit with none
AUDITS2 = BLIND / "source" / "audit_texts2"
# a third batch (2026-12-05, session 21), written blind and measured before any change made for it: subheadings per
# committee, a numbered list over a page break, a missiv with shortened copies, Riksrevisionen's "Till regeringen",
# an interleaved "Ansvarig nämnd" table, "X bör" items, a follow-up audit and a pre-study that give none
AUDITS3 = BLIND / "source" / "audit_texts3"
# a fourth batch (2026-12-05, session 22), written blind and measured before any change made for it: a four-column
# table with abbreviated addressees and a key, recommendations only inside assessment paragraphs, a follow-up that
# quotes the earlier ones in the past tense, a missiv with "Nämnd: …" prefixes, lettered items split over a page break
AUDITS4 = BLIND / "source" / "audit_texts4"
# a fifth batch (2026-12-06, session 24), written blind before any change it measured: a yearly summary of several
# audits, an auditors' statement with an appendix per committee and a formal criticism, recommendations only in a
# closing table, numbered in the summary and reworded in each chapter, a follow-up audit with new ones, "bör" inside
# assessments, a region's two boards together, a pre-study without
AUDITS5 = BLIND / "source" / "audit_texts5"
# a sixth batch (2026-12-06, session 25), written blind before any change it measured: a city audit office's short
# summary with bullets over two lines, a yearly summary in the past tense with a chapter that only follows up an earlier
# audit, an auditors' statement with "uppmanar", a two-column table over a page break with a missiv, lettered
# "Förslag till åtgärder" to a company's board, run-in "Rekommendation:" labels after "Bedömning", "Vi föreslår att" and
# "Det är angeläget att", an audit that finds all in order and gives none
AUDITS6 = BLIND / "source" / "audit_texts6"
# a seventh batch (2026-12-06, session 26), written blind before any change it measured: an auditors' statement as one
# package (statement, a section per committee, the committees' replies in an appendix), "behöver" recommendations
# under the assessment heading, imperatives under "Rekommendationer till X", a numbered "Addressee: …" list, several
# organs in one sentence, a summary table of audit questions answered Ja/Delvis/Nej, a missiv asking for an answer,
# a follow-up audit whose earlier recommendations are rated and two new ones given
AUDITS7 = BLIND / "source" / "audit_texts7"
# an eighth batch (2026-12-06, session 27), written blind before any change it measured: a report summary with a
# "Nämnd/styrelse | Rekommendation" table, chapters ending in "Iakttagelse | Bedömning | Rekommendation" tables,
# recommendations without "rekommenderar" ("Vi anser att nämnden bör", "Det rekommenderas att", "uppmanar"), a
# state-agency audit with lists to the government and to an agency, recommendations printed three times with other
# numbers, run-in "Rekommendation N – Label:" in the chapters, a joint audit of a municipality and its companies, an
# audit without recommendations
AUDITS8 = BLIND / "source" / "audit_texts8"
# a ninth batch (2026-12-06, session 29), written blind before any change it measured: recommendations only at the
# end of each chapter, a numbered list over a page break under "Till X:" lines, a yearly auditors' report with
# recommendations in running prose among statements on discharge, a follow-up audit's status table of earlier
# recommendations and two new ones, short forms ("KS", "BUN"), bullets completing "Vi rekommenderar att styrelsen:",
# a scanned-like report with running headers and a "Nr | Rekommendation" table, an audit without recommendations
AUDITS9 = BLIND / "source" / "audit_texts9"
# a tenth batch (2026-12-06, session 30), written blind before any change it measured: a national audit office's
# recommendations to the government and two agencies under sub-headings, a region's "Nr | Rekommendation | Ansvarig
# nämnd | Prioritet" table over a page break, a basic review with "Vi har inga synpunkter" areas, a lettered box
# reworded at the chapters' ends, a company group's "Förslag till åtgärder" among quoted policies, a missiv's numbered
# list repeated in prose, a follow-up audit that gives no new ones, varied recommending verbs with a rhetorical decoy
AUDITS10 = BLIND / "source" / "audit_texts10"
# batch 11 (session 31): a dash list to the board over a page break then a second lead-in, a Ja/Delvis/Nej question
# table before numbered items, bracketed short forms with their key, a company's lay auditors to the board and the VD,
# an earlier audit's recommendations quoted as background, "Förbättringsområden", "samtliga nämnder", none at all
AUDITS11 = BLIND / "source" / "audit_texts11"
# Batch 12 (session 32; written blind, committed before it was measured): recommendations numbered inside the chapters
# and collected in a closing table with an addressee column, an auditors' statement with two in running text, a run-on
# "a) …; b) …" sentence over lines, a follow-up audit that restates the earlier ones as headings, a municipal
# association's board and direktion, "Revisorerna föreslår att" and "Vi ser behov av att", a table with a priority
# column, many "bör" with one "Vi bedömer att nämnden bör överväga att" (the brief is TASK.md)
AUDITS12 = BLIND / "source" / "audit_texts12"
# Batch 13 (session 33; written blind, committed before it was measured): a region's summary bullets repeated reworded
# at the end, a basic review's Nämnd | Iakttagelse | Rekommendation table with empty rows, "Förslag till förbättringar"
# numbered by chapter, lay auditors of a company, one recommendation with dash sub-points, none but "vill uppmärksamma",
# "Därutöver rekommenderas …", a missive with short forms and the report in full (the brief is TASK.md)
AUDITS13 = BLIND / "source" / "audit_texts13"
# Batch 14 (session 34; written blind, committed before it was measured): a "1)", "2)" list over a page break with the
# summary in one sentence, a "Rekommendationer" box per chapter repeated reworded at the end, many assessing "bör"
# with the recommendations only at the close, a Rekommendation | Ansvarig nämnd table, a follow-up audit whose old
# recommendations are not its own, lettered items with "Vi föreslår att" and "Revisorerna uppmanar", a short
# revisionsskrivelse in prose, a survey with none (the brief is TASK.md)
AUDITS14 = BLIND / "source" / "audit_texts14"
# Batch 15 (session 35; written blind, committed before it was measured): "•" bullets after "Vi rekommenderar
# kommunstyrelsen att:" over a page break under a running header and "Sida N av M" footer, recommendations inside body
# paragraphs repeated as a summary list, a lay auditor's report to a company board and its owner, an Iakttagelse |
# Rekommendation | Prioritet table with a cell over two lines, "Revisionens förslag" / "Revisorerna föreslår att", a
# basic review of three committees in sections, a PM's "Vi ser ett behov av att nämnden", "bör" throughout and "Vi
# lämnar inga särskilda rekommendationer" (the brief is TASK.md)
AUDITS15 = BLIND / "source" / "audit_texts15"
# Batch 16 (session 36; written blind, committed before it was measured): a one-page missive with short forms before a
# numbered list in full, a follow-up audit recalling an earlier audit's recommendations before its new ones, a region's
# "Det är angeläget att" / "Revisorerna ser behov av att", sub-points a)-c) to "samtliga stadsdelsnämnder" and
# "berörda nämnder", a Revisionsfråga | Bedömning table before prose recommendations (one over a page break), a national
# audit office's recommendations to the government and two agencies, a company's "Våra rekommendationer" box among
# many "bör", a follow-up with none but the committee's own plans (the brief is TASK.md)
AUDITS16 = BLIND / "source" / "audit_texts16"
# Batch 17 (session 37; written blind, committed before it was measured): a borderless Nr | Iakttagelse |
# Rekommendation table with "–" rows, a summary pointing to numbered sub-sections ("se avsnitt 5.2"), "När det gäller X
# ser vi behov av att" / "Vi anser att nämnden behöver" / "Vi föreslår att" among descriptive assessments, "Förslag till
# åtgärder" bullets to one or two boards or companies, a basic yearly review with "Revisorernas rekommendationer" after
# many quoted rules, R1-R5 labels repeated in a last-page table, a pre-study with none ("kan behöva"), a company's board
# and its owner in separate lists (the brief is TASK.md)
AUDITS17 = BLIND / "source" / "audit_texts17"
# Batch 18 (session 38; written blind, committed before it was measured): a cover letter repeating the last chapter's
# recommendations, a Rekommendation | Ansvarig nämnd | Prioritet table with wrapped cells, a state audit office's
# recommendations to the government and an agency among "bör"/"borde" findings, a yearly summary with one heading per
# committee (recommendations for some only), lettered a)-d) items under "Vi rekommenderar kommunstyrelsen att:" with
# one over a page break, a follow-up restating old recommendations with two new ones, recommendations in running prose
# among quoted rules, a kommunalförbund's direktion and member municipalities (the brief is TASK.md)
AUDITS18 = BLIND / "source" / "audit_texts18"
# Batch 19 (session 39; written blind, committed before it was measured): recommendations closing each chapter and
# repeated reworded in the summary, a Nr | Iakttagelse | Rekommendation | Nämndens kommentar table over two pages,
# "Det är angeläget att" / "Vi anser att nämnden behöver" / "Nämnden bör säkerställa" among rule-quoting findings, an
# auditors' statement with an anmärkning and none, a region's bullets each naming its committee, a lay auditor's
# report to a company's board and its owner over a page break, a state audit office's "Till regeringen" / "Till
# <myndigheten>" lists, a memo following up four audits with new recommendations in two sections (the brief is TASK.md)
AUDITS19 = BLIND / "source" / "audit_texts19"
# Batch 20 (session 40; written blind, committed before it was measured): a one-page missiv listing the recommendations
# in brief before the report gives them in full, a Rekommendation | Ansvarig nämnd | Prioritet table over two pages,
# "Revisorerna rekommenderar kommunstyrelsen att:" / "Vidare rekommenderas … att:" dash lists, a basic review with none,
# a follow-up audit whose table of earlier recommendations does not count, a municipal company's board, vd and owner,
# a region's recommendations in the running text of each chapter's assessment, one recommendation in a framed box
# (the brief is TASK.md)
AUDITS20 = BLIND / "source" / "audit_texts20"
# Batch 21 (session 41; written blind, committed before it was measured): a Nr | Iakttagelse | Rekommendation |
# Nämndens kommentar table of long wrapping cells over two pages, numbered infinitive items under "rekommenderar vi
# socialnämnden att:" and one item to two committees jointly, "Förbättringsområden" bullets beside findings full of
# rule "bör"/"ska", a Revisionsfråga | Svar | Kommentar summary table before a Rekommendationer section, an auditors'
# statement with an anmärkning and two "Vi rekommenderar", a missiv with reworded summary and report, a förstudie with
# none, a region's recommendations to its board and to a regional company's board (the brief is TASK.md)
AUDITS21 = BLIND / "source" / "audit_texts21"
# Batch 22 (session 42; written blind, committed before it was measured): a national audit's recommendations to the
# government and an agency in the summary and the final chapter, a Nr / Rekommendation / Prioritet / Ansvarig table in
# plain space-aligned columns with wrapping cells, a revisionskontor's "rekommenderar grundskolenämnden att" in running
# text, headed Åtgärdsförslag with priorities, "bör" conclusions in a Sammanfattande bedömning, a follow-up audit whose
# earlier recommendations' status table does not count, a granskningsPM with none, a company board's lay audit (the
# brief is TASK.md)
AUDITS22 = BLIND / "source" / "audit_texts22"
# Batch 23 (session 43; written blind, committed before it was measured): a one-page missiv listing the
# recommendations in brief before the report words them in full, numbered recommendations per chapter summed up again,
# a bullet list to two committees running over a page break with one bullet holding two joined by "samt", an
# Iakttagelse / Risk / Rekommendation table, an auditors' statement with criticism and none, a basic review of five
# committees whose addressee is the section heading, "bör" improvement proposals after "bör" observations, a company
# review with one recommendation in running text (the brief is TASK.md)
AUDITS23 = BLIND / "source" / "audit_texts23"
# Batch 24 (session 44; written blind, committed before it was measured): a summary dash list repeated as numbered
# paragraphs with reasons, a revisionsPM whose only recommendations stand in a closing box beside "Det bör övervägas"
# observations, two bodies in one sentence and one recommendation to a förvaltning, a lay auditor's "bör" beside a
# quoted policy's "ska" and "bör", a follow-up audit with one new recommendation after the old ones' statuses, a
# recommendation table over a page break, a review with none, a national agency's numbered sub-sections repeated in
# the summary (the brief is TASK.md)
AUDITS24 = BLIND / "source" / "audit_texts24"
SETS = {"1": (AUDITS,), "2": (AUDITS2,), "3": (AUDITS3,), "4": (AUDITS4,), "5": (AUDITS5,), "6": (AUDITS6,),
        "7": (AUDITS7,), "8": (AUDITS8,), "9": (AUDITS9,), "10": (AUDITS10,), "11": (AUDITS11,), "12": (AUDITS12,),
        "13": (AUDITS13,), "14": (AUDITS14,), "15": (AUDITS15,), "16": (AUDITS16,),
        "17": (AUDITS17,), "18": (AUDITS18,), "19": (AUDITS19,), "20": (AUDITS20,), "21": (AUDITS21,),
        "22": (AUDITS22,), "23": (AUDITS23,), "24": (AUDITS24,),
        "all": (AUDITS, AUDITS2, AUDITS3, AUDITS4, AUDITS5, AUDITS6, AUDITS7, AUDITS8, AUDITS9, AUDITS10, AUDITS11,
                AUDITS12, AUDITS13, AUDITS14, AUDITS15, AUDITS16, AUDITS17, AUDITS18, AUDITS19,
                AUDITS20, AUDITS21, AUDITS22, AUDITS23, AUDITS24)}


def gold_of(reports: list[dict], doc_ids: dict[str, str]) -> dict:
    """The reports' gold in eval/blind's format (audits with recommendations; reports with none listed apart)."""
    audits, without = [], []
    for r in reports:
        doc = doc_ids[r["file"]]
        recs = [{"id": f"{doc}-r{g['n']}", "text": g["text"], "quote": g["quote"],
                 "pages": sorted({int(g["page"]), *map(int, g.get("also_pages") or [])}),
                 "addressees": g.get("addressees") or []} for g in r["recommendations"]]
        if not recs:
            without.append(doc)
        audits.append({"doc": doc, "title": r.get("title"), "organisation": r.get("organisation"),
                       "auditor": r.get("auditor"), "date": r.get("date"), "diary_number": r.get("diary_number"),
                       "recommendations": recs})
    return {"audits": audits, "no_recommendations": without, "followups": [], "criticism": []}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", type=Path, help="also write the JSON report here")
    p.add_argument("--details", action="store_true", help="print each report's gold and extracted recommendations")
    p.add_argument("--set", choices=sorted(SETS), default="all", help="which batch of reports: 1-24 or all (default)")
    args = p.parse_args(argv)
    from assistant.recommendations.followup import FollowupDoc
    from assistant.recommendations.tracker import run
    from index.embedder import make_embedder
    from ingest.parse import parse_pdf
    from rodatraden.settings import get_settings

    reports = [{**json.loads(f.read_text(encoding="utf-8")), "_dir": d} for d in SETS[args.set]
               for f in sorted(d.glob("*.json"))]
    if not reports:
        print(f"no fictional audits in {', '.join(map(str, SETS[args.set]))}", file=sys.stderr)
        return 1
    embedder = make_embedder(get_settings())
    docs, doc_ids = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        for r in reports:
            pdf = Path(tmp) / f"{r['file']}.pdf"
            render((r["_dir"] / f"{r['file']}.txt").read_text(encoding="utf-8"), pdf)
            parsed = parse_pdf(pdf)
            doc_ids[r["file"]] = parsed.meta.doc_id
            docs.append(FollowupDoc(meta=parsed.meta, pages=parsed.pages, tables=parsed.tables))
        gold_path = Path(tmp) / "gold.json"
        gold = gold_of(reports, doc_ids)
        gold_path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        rep = evaluate_blind(gold_path, docs, embedder, "fictional audits")
        if args.details:
            audits, _, _ = run(docs, embedder)
            ours = {a.report_doc_id: a for a in audits}
            for ga in gold["audits"]:
                print(f"\n== {ga['doc']}")
                for g in ga["recommendations"]:
                    print(f"  gold p{g['pages']} {g['addressees']}: {g['text'][:140]}")
                for r in (ours[ga["doc"]].recommendations if ga["doc"] in ours else []):
                    print(f"  ours p{r.pages} {r.addressees}: {r.text[:140]}")
    out = rep.model_dump()
    keys = ("audits", "gold", "extracted", "matched", "extraction_precision", "extraction_recall", "addressee_accuracy",
            "duplicates_gold", "duplicates_merged", "duplicates_split", "from_audits_without", "identity", "notes")
    print(json.dumps({k: out[k] for k in keys}, ensure_ascii=False, indent=1))
    if args.out:
        args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
