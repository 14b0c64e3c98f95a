"""The tracker's vocabulary, read once from lexicon.toml (lead-ins, recommenders, organs, auditors, statuses)."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel

LEXICON_PATH = Path(__file__).with_name("lexicon.toml")


class CriticismVocab(BaseModel):
    """[criticism] of lexicon.toml: formal criticism and the committee's answer."""

    kinds: list[str]
    kind_labels: dict[str, str]
    against_re: str
    aimed_re: str
    discharge_re: str
    discharge_label: str
    receives_re: str
    negated_re: str
    reason_re: str
    for_re: str
    answer_re: str
    answer_page_re: str

    def rx(self, name: str) -> re.Pattern[str]:
        return _compiled(getattr(self, name), re.I)


class CommitteeVocab(BaseModel):
    """[committee] of lexicon.toml: who a follow-up passage speaks of (the document's sender, company names)."""

    letterhead_stop: frozenset[str] = frozenset()
    sender_re: str
    response_title_re: str
    subject_re: str
    subject_generic: list[str]
    company_forms: list[str]
    committee_end_re: str
    administration_re: str
    passive_agent_re: str
    summing_up_re: str = r"(?!)"
    fronted_re: str = r"(?!)"
    rec_heading_re: str = r"(?!)"
    rec_to_re: str = r"(?!)"
    for_all_re: str = r"(?!)"
    distribution_re: str = r"(?!)"
    coordinator_re: str = r"\s*"  # what joins one more committee to a list of subjects

    def rx(self, name: str) -> re.Pattern[str]:
        return _compiled(getattr(self, name), re.I)


class LinkVocab(BaseModel):
    """[link] of lexicon.toml: which audit a document answers."""

    generic_title_words: frozenset[str]
    response_words: list[str]
    answer_heading_words: frozenset[str] = frozenset()
    several_audits_words: frozenset[str] = frozenset()
    criticism_subject_words: frozenset[str] = frozenset()
    audit_opening_words: frozenset[str] = frozenset()
    decision_words: frozenset[str] = frozenset()
    page_ref_re: str = r"(?!)"
    ordinals: list[str] = []


class Lexicon(BaseModel):
    section_headings: list[str]
    section_heading_re: str
    co_actor_re: str
    recommenders: list[str]
    lead_in_re: str
    forward_re: str
    restating_re: str
    remaining_re: str
    not_labels: frozenset[str] = frozenset()
    organ_column_words: frozenset[str] = frozenset()
    modal_re: str
    recommends_re: str
    recommends_inverted_re: str
    proposes_re: str
    recommended_re: str
    runin_label_re: str
    followup_heading_re: str
    assessment_heading_re: str
    organ_modal_re: str
    organ_advice_re: str
    own_view_re: str = r"(?!)"
    assessing_re: str = r"(?!)"
    opinion_lead_re: str = r"(?!)"
    acting_on_audit_re: str = r"(?!)"
    about_recommendations_re: str
    additive_re: str
    negated_re: str = r"(?!)"
    organ_words: list[str]
    addressee_heading_re: str
    collective_re: str
    each_of_re: str = r"(?!)"
    singular_re: str
    board_of_re: str
    chapter_re: str
    audited_re: str
    sentence_adverbs: list[str]
    table_header_re: str
    auditors: list[str]
    auditors_report_re: str
    diary_re: str
    organisation_re: str
    generic_titles: list[str]
    status_phrases: dict[str, list[str]]
    status_symbols: dict[str, str]
    key_headings: list[str]
    future: list[str]
    partly: list[str]
    not_fully: list[str] = []
    uncertain: list[str]
    deferred_re: str = r"(?!)"
    coordinated_att_re: str = r"(?!)"
    grade_columns: frozenset[str] = frozenset()
    observation_columns: frozenset[str] = frozenset()
    grades: list[str] = []
    inside_phrase_words: frozenset[str] = frozenset()
    share_column_re: str = r"(?!)"
    recommendation_column_re: str = r"(?!)"
    status_column_re: str = r"(?!)"
    numbers_to_re: str = r"(?!)"
    numbers_also_re: str = r"(?!)"
    grade_key_verbs: list[str] = []
    verdict_re: str
    counted_re: str
    criticism_kinds: list[str]
    against_re: str
    criticism: CriticismVocab
    committee: CommitteeVocab
    link: LinkVocab

    def rx(self, name: str, ignore_case: bool = True) -> re.Pattern[str]:
        return _compiled(getattr(self, name), re.I if ignore_case else 0)


@lru_cache(maxsize=64)
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(pattern, flags)


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    data = tomllib.loads(Path(path or LEXICON_PATH).read_text(encoding="utf-8"))
    rec, ident, st, crit = data["recommend"], data["identity"], data["status"], data["criticism"]
    return Lexicon(
        section_headings=rec["section_headings"], section_heading_re=rec["section_heading_re"],
        co_actor_re=rec["co_actor_re"],
        recommenders=rec["recommenders"], lead_in_re=rec["lead_in_re"], forward_re=rec["forward_re"],
        restating_re=rec["restating_re"], remaining_re=rec["remaining_re"], modal_re=rec["modal_re"],
        recommends_re=rec["recommends_re"], recommends_inverted_re=rec["recommends_inverted_re"],
        proposes_re=rec["proposes_re"], recommended_re=rec["recommended_re"], runin_label_re=rec["runin_label_re"],
        followup_heading_re=rec["followup_heading_re"],
        assessment_heading_re=rec["assessment_heading_re"], organ_modal_re=rec["organ_modal_re"],
        organ_advice_re=rec["organ_advice_re"], own_view_re=rec.get("own_view_re", r"(?!)"),
        assessing_re=rec.get("assessing_re", r"(?!)"), opinion_lead_re=rec.get("opinion_lead_re", r"(?!)"),
        acting_on_audit_re=rec.get("acting_on_audit_re", r"(?!)"),
        about_recommendations_re=rec["about_recommendations_re"],
        additive_re=rec["additive_re"], negated_re=rec.get("negated_re", r"(?!)"), coordinated_att_re=rec.get("coordinated_att_re", r"(?!)"),
        grade_columns=frozenset(rec.get("grade_columns", [])),
        observation_columns=frozenset(rec.get("observation_columns", [])),
        grades=rec.get("grades", []), grade_key_verbs=rec.get("grade_key_verbs", []),
        inside_phrase_words=frozenset(rec.get("inside_phrase_words", [])),
        share_column_re=rec.get("share_column_re", r"(?!)"),
        recommendation_column_re=rec.get("recommendation_column_re", r"(?!)"),
        status_column_re=rec.get("status_column_re", r"(?!)"), numbers_to_re=rec.get("numbers_to_re", r"(?!)"),
        numbers_also_re=rec.get("numbers_also_re", r"(?!)"),
        not_labels=frozenset(rec["not_labels"]), organ_column_words=frozenset(rec.get("organ_column_words", [])),
        organ_words=rec["organ_words"], addressee_heading_re=rec["addressee_heading_re"], collective_re=rec["collective_re"],
        each_of_re=rec.get("each_of_re", r"(?!)"), singular_re=rec["singular_re"],
        board_of_re=rec["board_of_re"], chapter_re=rec["chapter_re"], audited_re=rec["audited_re"], sentence_adverbs=rec["sentence_adverbs"], table_header_re=rec["table_header_re"],
        auditors=ident["auditors"], auditors_report_re=ident["auditors_report_re"], diary_re=ident["diary_re"], organisation_re=ident["organisation_re"],
        generic_titles=ident["generic_titles"],
        status_phrases={"atgardad": st["atgardad"], "delvis": st["delvis"],
                        "ej_atgardad": st["ej_atgardad"] + st["disagrees"]},
        status_symbols=st["symbols"], key_headings=st["key_headings"],
        future=st["future"], partly=st["partly"], not_fully=st.get("not_fully", []), uncertain=st["uncertain"], deferred_re=st.get("deferred_re", r"(?!)"), verdict_re=st["verdict_re"],
        counted_re=st["counted_re"],
        criticism_kinds=crit["kinds"], against_re=crit["against_re"], criticism=CriticismVocab(**crit),
        committee=CommitteeVocab(**data["committee"]), link=LinkVocab(**data["link"]),
    )


def recommender_alternation(lex: Lexicon) -> str:
    """Who recommends, as a regular-expression alternation: lexicon [recommend] recommenders (longest first), each
    optionally after an owner's genitive ("Statens revisionskontor", "Kommunens revisorer", "Regionens revisorer")."""
    who = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in sorted(lex.recommenders, key=len, reverse=True))
    return r"(?:[a-zåäöA-ZÅÄÖ]+s\s+)?(?:" + who + ")"


def dehyphenate(s: str) -> str:
    """Join words split at a printed line break ("kommunöver- gripande" -> "kommunövergripande"); keeps
    "vård- och omsorgsnämnden" (a hyphen before och/eller/samt/,)."""
    return re.sub(r"(\w)-\s+(?!(?:och|eller|samt|respektive|resp\.|till)\b)([a-zåäö])", r"\1\2", s)
