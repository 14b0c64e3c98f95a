"""Optional language-model answers (issue: LLM option). Off by default (RODATRADEN_LLM_BACKEND=none).

Generated answers pass the same trust checks as extractive ones: every [n] must name a given
passage, every number must appear in a cited passage or table cell, and an answer without a
valid citation becomes an abstention.
"""
