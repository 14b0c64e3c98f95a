"""Budget tables: match.py finds the table, row and column a question names, qa.py answers from them
(``TableQA(index).answer(...)``), compare.py holds two documents' figures side by side."""
