"""HTTP API for staff and the Streamlit UI. Entry point: :func:`assistant.api.app.create_app`."""

from assistant.api.app import create_app

__all__ = ["create_app"]
