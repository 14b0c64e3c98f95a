"""The rule-based answerer (the default): extractive.py picks the units that answer and cites them; signals.py reads
what a question asks for, docs.py which documents it names, lists.py answers with list items, period.py with a
statement over several years, followup.py merges an elliptic follow-up with the earlier question."""
