"""Typed objects of the audit recommendation tracker."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from .text import collapse

Status = Literal["atgardad", "delvis", "ej_atgardad", "oklart"]
_ITEM_END = (".", "!", "?", "”", '"', ")")
STATUSES: tuple[str, ...] = ("atgardad", "delvis", "ej_atgardad", "oklart")


class GatheredItem(BaseModel):
    """A recommendation-shaped item as read from the pages, before duplicates are merged: its lines or sentences
    (page, exact text), where it was found (a Rekommendationer section, under a lead-in, a recommending sentence
    anywhere, or a bullet of a summary list) and whether it restates an earlier audit's recommendation."""

    parts: list[tuple[int, str]] = Field(default_factory=list)  # (page, exact text of the line or sentence)
    kind: Literal["section", "lead", "sentence", "bullet"] = "sentence"
    restated: bool = False
    lead: str = ""  # the recommending lead-in the item is listed under ("Vi rekommenderar nämnden att:")
    addressee: str = ""  # the organ a table row names in its own column ("… | Kommunstyrelsen")

    @property
    def text(self) -> str:
        return collapse(" ".join(t for _, t in self.parts))

    @property
    def page(self) -> int:
        return self.parts[0][0]

    def complete(self) -> bool:
        return self.text.endswith(_ITEM_END)


class Recommendation(BaseModel):
    """One recommendation of an audit report ("Regionstyrelsen bör …")."""

    id: str  # f"{report_doc_id}:r{number}", stable across re-ingest
    report_doc_id: str
    number: int  # 1..n in the order of the Rekommendationer section
    addressee: str  # the subject before "bör", e.g. "Regionstyrelsen"
    text: str  # whitespace-collapsed; an exact span of the page text (joined across pages when it continues)
    page: int  # page where it starts (its place in the Rekommendationer section / report body)
    addressees: list[str] = Field(default_factory=list)  # every organ it names ("Nämnderna" resolved)
    pages: list[int] = Field(default_factory=list)  # every page where it is printed (missiv + body)
    places: list[tuple[int, str]] = Field(default_factory=list)  # (page, exact text) of every printing
    earlier: bool = False  # quoted from an earlier audit that is not in the index (tracked here so it is not lost)


class SummaryAssessment(BaseModel):
    report_doc_id: str
    number: int
    text: str
    page: int


class EarlierReviewStatement(BaseModel):
    """What an audit report says about earlier audits and whether their findings remain."""

    report_doc_id: str
    page: int
    quote: str  # exact span of the page text
    reviewed_year: int | None = None  # e.g. 2017 for "granskningen 2017"
    verdict: str | None = None  # the verdict phrase, e.g. "till stor del kvarstår"
    status: Literal["atgardad", "delvis", "ej_atgardad", "oklart"] = "oklart"


class AuditIdentity(BaseModel):
    title: str
    organisation: str | None = None
    auditor: str | None = None
    date: str | None = None  # ISO date printed in the document
    diary_number: str | None = None


class AuditExtraction(BaseModel):
    report_doc_id: str
    title: str
    identity: AuditIdentity | None = None
    merged_duplicates: int = 0  # printings folded into an earlier one (missiv + body)
    restated: list[Recommendation] = Field(default_factory=list)  # earlier audits' recommendations quoted here
    recommendations: list[Recommendation] = Field(default_factory=list)
    summary_assessments: list[SummaryAssessment] = Field(default_factory=list)
    earlier_reviews: list[EarlierReviewStatement] = Field(default_factory=list)
    yearly: bool = False  # the auditors' summary of a year's audits (it tells their recommendations, restated)


class Evidence(BaseModel):
    doc_id: str
    page: int
    quote: str  # exact span of that page's stored text
    date: str | None = None  # document date ("2024-03-19"), else its year ("2024")


class EvidenceUnit(BaseModel):
    """A passage of a follow-up document that may speak to a recommendation."""

    doc_id: str
    page: int
    quote: str  # exact span of page text (the part on `page`)
    text: str  # full text used for judging (may continue onto the next page)
    kind: Literal["numbered", "table_row", "paragraph"]
    number: int | None = None  # explicit recommendation number, when referenced
    explicit_status: str | None = None  # the status cell / "Status: …" value when present
    extra_quotes: list[tuple[int, str]] = Field(default_factory=list)  # (page, quote) for continuations
    block: list[tuple[int, str]] = Field(default_factory=list)  # (page, text) of the whole block, when wider than quote
    # a status matrix's row (matrix.py): (column header, the cell's status words) per committee column
    column_statuses: list[tuple[str, str]] = Field(default_factory=list)
    # the recommendation the unit's heading names by a label the document's own key gives it ("Rekommendation c",
    # the key "c) att säkerställa att …"): the key's words, matched to the audit's recommendations by their content
    restates: str | None = None
    # the audit page its heading names the recommendation by ("Den andra rekommendationen på sidan 1"): `number` is
    # then its place among that page's recommendations, not the audit's numbering
    audit_page: int | None = None


class Judgement(BaseModel):
    status: Status
    reason: str  # short, human-readable: which word or rule decided
    sentence: str | None = None  # the sentence (or status line) of the passage that says it


class LinkedEvidence(BaseModel):
    rec_id: str
    unit: EvidenceUnit
    date: str | None
    score: float  # 1.0 for explicit number references, else the similarity
    judgement: Judgement
    certain: bool = True  # False when the passage's section names the audit only loosely
    # For a recommendation addressed to several committees: the addressees this passage speaks of (under that
    # committee's heading, in its table row, the committee's own response, or the committee named as the one
    # acting); empty when it speaks of the recommendation as a whole. `committee_judgements` holds a committee's
    # own verdict when one passage judges several committees in turn (each committee's sentences read alone).
    speaks_for: list[str] = Field(default_factory=list)
    committee_judgements: dict[str, Judgement] = Field(default_factory=dict)


class DocumentStatus(BaseModel):
    """What one follow-up document says of a recommendation: its own status, with the sentence that says it."""

    doc_id: str
    date: str | None = None
    status: Status
    reason: str  # a readable sentence: why this status, in this document
    cited: Evidence | None = None


class CommitteeStatus(BaseModel):
    """One addressee's own follow-up status of a recommendation addressed to several committees."""

    committee: str  # the addressee, as the recommendation names it
    status: Status
    reason: str  # a readable sentence: why this status, for this committee
    cited: Evidence | None = None  # the sentence that says it, an exact span of its page
    evidence: list[Evidence] = Field(default_factory=list)  # the passages that speak of this committee, latest first
    mentions: list[Evidence] = Field(default_factory=list)  # passages that name the audit and say nothing of it
    history: list[DocumentStatus] = Field(default_factory=list)  # each follow-up document's own status, latest first


class TrackedRecommendation(BaseModel):
    id: str
    report_doc_id: str
    number: int
    addressee: str
    text: str
    page: int
    status: Status
    evidence: list[Evidence] = Field(default_factory=list)  # the passages that say what was done, latest first
    # Passages linked to the recommendation that say nothing of what was done (a memo naming the audit in passing):
    # where it is mentioned, not evidence of a status.
    mentions: list[Evidence] = Field(default_factory=list)
    addressees: list[str] = Field(default_factory=list)
    pages: list[int] = Field(default_factory=list)
    audit_title: str | None = None
    reason: str | None = None  # a readable sentence: why this status
    cited: Evidence | None = None  # the sentence that says the status, an exact span of its page (latest document)
    link: Literal["certain", "uncertain", "none"] = "none"  # how sure the follow-up document is about this audit
    earlier: bool = False  # an earlier audit's recommendation, quoted in this document
    # Per addressee, when the recommendation names several: each committee's own status from the evidence that
    # speaks of it. `status`/`reason`/`cited` stay the recommendation as a whole (the committees' statuses combined).
    by_committee: list[CommitteeStatus] = Field(default_factory=list)
    # The status over time: each follow-up document's own status of the recommendation, latest first (`status` is
    # the latest definite one of these). An auditor sees a response's "kommer att" and a later summary's
    # "omhändertagen" side by side.
    history: list[DocumentStatus] = Field(default_factory=list)
    # Set only in a list filtered by committee (CLI --committee, ?committee=): that committee's own entry of
    # `by_committee`, so the filtered list shows and filters by the committee's status.
    committee_status: CommitteeStatus | None = None


class Criticism(BaseModel):
    """Formal criticism in an auditors' statement: an anmärkning, erinran, kritik or a refused discharge
    (ansvarsfrihet avstyrks) against a committee, what it is for, and the committee's answer when one is found."""

    doc_id: str  # the document that carries the criticism (the auditors' statement)
    page: int
    committee: str  # who was criticised
    kind: str  # anmärkning | erinran | kritik | påpekande | ansvarsfrihet avstyrks
    for_what: str | None = None  # what it is for (a sentence or the clause after "för att …")
    quote: str  # exact span of the page text
    response_doc: str | None = None  # where the committee answers (the same document or its own yttrande)
    response_page: int | None = None
    response_quote: str | None = None  # exact span of that page's text
    id: str = ""  # f"{doc_id}:c{n}", stable across re-ingest
    for_page: int | None = None  # page of `for_what` when it is its own sentence
    doc_title: str | None = None
    date: str | None = None  # the statement's date ("2025-03-19"), else its year
