"""Markers and helpers for translating words defined outside a widget (tools/i18n reads them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, lupdate's too)
    """Mark ``text`` for translation in ``context``; it is translated where it is shown.

    PySide's own marker is typed as returning ``object``; this one keeps the ``str``.
    """
    return text


def code_words(words: str) -> str:
    """A model's Dutch label (``models.*_LABELS``) in the UI's language.

    tools/i18n collects every such label into the context "Codes", so a new label in models/
    shows up in the .ts without being listed again here.
    """
    return QCoreApplication.translate("Codes", words)
