"""Budget tables. cells.py: the general answerer's table strategy, cells addressed from the typed Question (row
labels by its subject, columns by typed header year and measure). The rule-based answerer's table QA: match.py finds
the table, row and column a question names, qa.py answers from them (``TableQA(index).answer(...)``), compare.py
holds two documents' figures side by side."""
