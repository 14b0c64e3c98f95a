"""Filters over tracked recommendations and formal criticism, shared by the CLI, the API and the chat answers:
by committee (a part of an addressee's name) and by audit."""

from __future__ import annotations

from assistant.recommendations.committees import same_committee
from assistant.recommendations.models import CommitteeStatus, Criticism, TrackedRecommendation
from assistant.recommendations.text import norm


def _names(name: str, committee: str) -> bool:
    """`committee` (a part of a name, or the name written differently) is `name`."""
    return norm(committee).replace("-", "") in norm(name).replace("-", "") or same_committee(name, committee)


def matches_committee(t: TrackedRecommendation, committee: str | None) -> bool:
    """Does any addressee of the recommendation contain `committee` (case- and hyphenation-insensitive)?"""
    if not committee:
        return True
    names = t.addressees or [t.addressee]
    return any(_names(a, committee) for a in names if a)


def committee_entry(t: TrackedRecommendation, committee: str | None) -> CommitteeStatus | None:
    """The committee's own status of a recommendation addressed to several (None when not judged separately)."""
    if not committee:
        return None
    return next((c for c in t.by_committee if _names(c.committee, committee)), None)


def for_committee(items: list[TrackedRecommendation], committee: str | None, status: str | None = None
                  ) -> list[TrackedRecommendation]:
    """The recommendations addressed to `committee`, each with that committee's own status set
    (`committee_status`); a status filter then applies to the committee's status, not the whole's."""
    out: list[TrackedRecommendation] = []
    for t in items:
        if not matches_committee(t, committee):
            continue
        own = committee_entry(t, committee)
        if status and (own.status if own else t.status) != status:
            continue
        out.append(t.model_copy(update={"committee_status": own}) if own else t)
    return out


def criticism_matches(c: Criticism, audit: str | None, committee: str | None) -> bool:
    """The audit filter is the criticising document's doc_id; the committee filter a part of the committee's name."""
    if audit and c.doc_id != audit.strip().lower():
        return False
    return not committee or norm(committee.strip()).replace("-", "") in norm(c.committee).replace("-", "")
