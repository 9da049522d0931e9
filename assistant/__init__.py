"""Cited-answer assistant for review texts.

The core library (everything outside ``assistant.tui``) never imports Textual, so the CLI,
the evaluation harness and other programs can use it without a terminal UI.
"""

__version__ = "0.1.0"
