"""Streamlit chat, documents and recommendations pages (a client of the HTTP API)."""
