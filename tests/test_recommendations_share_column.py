"""A status table with a column of how much is done beside its status column ("Status | Andel genomförd"): the
status column gives the status, the share is a measure of progress (segment.current_status_column). Invented
headers."""

from __future__ import annotations

from assistant.recommendations.segment import current_status_column


def test_a_share_column_is_not_the_status_column():
    assert current_status_column(["Nr", "Rekommendation", "Nämnd", "Status", "Andel genomförd", "Kommentar"]) == 3
    assert current_status_column(["Nr", "Åtgärd", "Status", "Genomförandegrad (%)"]) == 2
    assert current_status_column(["Nr", "Rekommendation", "Status 2024", "Status 2025"]) == 3
