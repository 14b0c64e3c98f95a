"""Filters over tracked recommendations and formal criticism, shared by the CLI, the API and the chat answers:
by committee (a part of an addressee's name) and by audit."""

from __future__ import annotations

from assistant.recommendations.models import Criticism, TrackedRecommendation
from assistant.recommendations.text import norm


def matches_committee(t: TrackedRecommendation, committee: str | None) -> bool:
    """Does any addressee of the recommendation contain `committee` (case- and hyphenation-insensitive)?"""
    if not committee:
        return True
    want = norm(committee).replace("-", "")
    names = t.addressees or [t.addressee]
    return any(want in norm(a).replace("-", "") for a in names if a)


def criticism_matches(c: Criticism, audit: str | None, committee: str | None) -> bool:
    """The audit filter is the criticising document's doc_id; the committee filter a part of the committee's name."""
    if audit and c.doc_id != audit.strip().lower():
        return False
    return not committee or norm(committee.strip()).replace("-", "") in norm(c.committee).replace("-", "")
