"""Retrieval, answers with verified citations, budget tables, recommendations, HTTP API and CLI."""
