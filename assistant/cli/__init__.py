"""The `rodatraden` command: app.py parses the arguments and hands each subcommand to its module here
(documents, ask, serve, recommendations, doctor; progress draws the ingest bars). Entry point: :func:`main`."""

from assistant.cli.app import build_parser, main

__all__ = ["build_parser", "main"]
