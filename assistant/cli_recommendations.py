"""Transitional: the recommendation filters now live in :mod:`assistant.cli.recommendations`.

Only assistant/answer_recommendations.py and assistant/answer_criticism.py still import them from here; delete this
file once those two import lines name the new place."""

from assistant.cli.recommendations import criticism_matches, matches_committee

__all__ = ["criticism_matches", "matches_committee"]
