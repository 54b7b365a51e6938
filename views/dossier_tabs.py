"""Read-only overviews of a dossier for the Procesplaat, Praatplaat, Schulden, Acties and
Documenten tabs, drawn from the dossier.json shape so screen and bundle agree."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QTextBrowser,
    QWidget,
)

from models.codes import (
    DOCUMENT_KIND_LABELS,
    label,
)
from models.values import format_date

if TYPE_CHECKING:
    pass


def _tr(text: str) -> str:
    return QCoreApplication.translate("DossierTabs", text)


def _e(text: object) -> str:
    return html.escape(str(text)) if text is not None else ""


def _day(text: str | None) -> str:
    return format_date(date.fromisoformat(text)) if text else ""


class HtmlTab(QTextBrowser):
    """A tab that shows a dossier as a readable page."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setOpenLinks(False)
        self.document().setDefaultStyleSheet(
            "h2 { margin-bottom: 4px; } .muted { color: #5f5f5f; } .here { color: #0b5394; }"
            " .late { color: #b00020; font-weight: bold; } td { padding: 2px 8px 2px 0; }"
        )


def documents_html(dossier: dict[str, Any]) -> str:
    documents = dossier["documents"]
    if not documents:
        return f"<p class='muted'>{_e(_tr('Nog geen bewijsstukken in dit dossier.'))}</p>"
    rows = "".join(
        f"<tr><td>{_e(label(DOCUMENT_KIND_LABELS, d['kind']))}</td><td>{_e(d['description'])}</td>"
        f"<td>{_e(_day(d['received_on']))}</td></tr>"
        for d in documents
    )
    return f"<table>{rows}</table>"
