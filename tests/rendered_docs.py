"""Fictional audit and follow-up texts rendered to real PDFs (eval.tracker_letters.render) and read by parse_pdf, as
typed documents for the tracker: the shared set-up of the recommendation tests on rendered documents."""

from __future__ import annotations

from pathlib import Path

from assistant.recommendations.followup import FollowupDoc
from eval.tracker_letters import render
from ingest.parse import parse_pdf


def rendered_docs(tmp: Path, texts: dict[str, str]) -> list[FollowupDoc]:
    """One document per ``{name: text}`` (pages split at form feeds), titled by the text's first line (the title as
    given at upload: these tests are not about identity)."""
    out = []
    for name, text in texts.items():
        pdf = tmp / f"{name}.pdf"
        render(text, pdf)
        parsed = parse_pdf(pdf)
        out.append(FollowupDoc(meta=parsed.meta.model_copy(update={"title": text.strip().split("\n")[0]}),
                               pages=parsed.pages, tables=parsed.tables))
    return out


def rendered_recommendations(tmp: Path, name: str, text: str):
    """The recommendations extracted from one fictional audit text rendered to ``tmp/name``."""
    from assistant.recommendations.extract import extract_recommendations_full

    pdf = tmp / name
    render(text, pdf)
    parsed = parse_pdf(pdf)
    return extract_recommendations_full(parsed.meta, parsed.pages)[0]


def audit_report(title: str, date: str, intro: str, heading: str, paragraphs: list[str]) -> str:
    """A short fictional audit report of Exempelby kommun's auditors: a title, an introduction and one section of
    conclusions (``heading``) whose ``paragraphs`` the test is about, then the signature."""
    body = "\n\n".join(paragraphs)
    return (f"{title}\nRevisionsrapport\nRevisorerna, Exempelby kommun\nDatum: {date}\n\n1 Inledning\n{intro}\n\n"
            f"{heading}\n{body}\n\nFör Exempelby kommuns revisorer\n")
