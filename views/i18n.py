"""Markers and helpers for translating words defined outside a widget (tools/i18n reads them)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from models.messages import Message


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


def _message_template(template: str) -> str:
    return QCoreApplication.translate("messages", template)


def message_text(value: BaseException | str) -> str:
    """A message from the core (a user error, or its text) in the UI's language.

    The core writes Dutch and marks its templates with ``models.messages.say``; tools/i18n
    collects them into the context "messages". A plain ``str`` (or an error without a marked
    message) is shown as it is, so nothing is ever lost, only left in Dutch.
    """
    if isinstance(value, BaseException):
        text = getattr(value, "message", None)
        value = text if isinstance(text, str) else str(value)
    if isinstance(value, Message):
        return value.render(_message_template)
    return str(value)


def message_texts(errors: Mapping[str, str]) -> dict[str, str]:
    """A form's refusals (field -> Dutch message) in the UI's language."""
    return {field: message_text(text) for field, text in errors.items()}
