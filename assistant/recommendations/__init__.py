"""Audit recommendation tracker: recommendations of audit reports and the follow-up evidence on them.

Entry points: :func:`assistant.recommendations.tracker.track` and :func:`~.tracker.earlier_reviews`."""
