"""Read-only overviews of a dossier for the Procesplaat, Praatplaat, Schulden, Acties and
Documenten tabs, drawn from the dossier.json shape so screen and bundle agree."""

from __future__ import annotations

import html
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.codes import (
    DEBT_STATUS_LABELS,
    DOCUMENT_KIND_LABELS,
    ENFORCEMENT_LABELS,
    OWNER_LABELS,
    label,
)
from models.debts import balance_is_stale
from models.values import format_date, format_money, sum_money

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


def actions_html(dossier: dict[str, Any], today: date) -> str:
    """Open actions per owner, overdue ones marked, then the ones done."""
    actions = dossier["actions"]
    if not actions:
        return f"<p class='muted'>{_e(_tr('Nog geen acties.'))}</p>"
    open_items = sorted(
        (a for a in actions if not a["done_on"]), key=lambda a: a["due_on"] or "9999"
    )
    done = [a for a in actions if a["done_on"]]
    parts = [f"<h2>{_e(_tr('Open acties'))}</h2><table>"]
    for action in open_items:
        late = bool(action["due_on"]) and date.fromisoformat(action["due_on"]) < today
        css = " class='late'" if late else ""
        parts.append(
            f"<tr{css}><td>{_e(_day(action['due_on']))}</td>"
            f"<td>{_e(label(OWNER_LABELS, action['owner']))}</td>"
            f"<td>{_e(action['title'])}</td></tr>"
        )
    parts.append("</table>")
    if done:
        parts.append(f"<h2>{_e(_tr('Gedaan'))}</h2><table class='muted'>")
        for action in done:
            parts.append(
                f"<tr><td>✓ {_e(_day(action['done_on']))}</td>"
                f"<td>{_e(label(OWNER_LABELS, action['owner']))}</td>"
                f"<td>{_e(action['title'])}</td></tr>"
            )
        parts.append("</table>")
    return "".join(parts)


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


class DebtsTab(QWidget):
    """The creditor list, read-only, with the open total."""

    HEADERS = ("Schuldeiser", "Incasso door", "Status", "Bedrag", "Saldo per", "Let op")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setObjectName("debts")
        self.table.setAccessibleName(_tr("Schulden"))
        self.table.setHorizontalHeaderLabels([_tr(h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        layout.addWidget(self.table)
        self.total = QLabel()
        self.total.setObjectName("debts_total")
        layout.addWidget(self.total)

    def show_dossier(self, dossier: dict[str, Any], today: date) -> None:
        names = {c["id"]: c["name"] for c in dossier["creditors"]}
        debts = dossier["debts"]
        self.table.setRowCount(len(debts))
        for row, debt in enumerate(debts):
            confirmed = debt["confirmed_on"]
            stale = balance_is_stale(date.fromisoformat(confirmed) if confirmed else None, today)
            warnings = [label(ENFORCEMENT_LABELS, m["kind"]) for m in debt["enforcement"]]
            if debt["essential"]:
                warnings.append(_tr("vaste last"))
            if stale:
                warnings.append(_tr("saldo verouderd"))
            cells = [
                names.get(debt["creditor_id"], ""),
                names.get(debt["collector_id"], "") if debt["collector_id"] else "",
                label(DEBT_STATUS_LABELS, debt["status"]),
                format_money(Decimal(debt["total"])),
                _day(confirmed),
                ", ".join(warnings),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        open_total = sum_money(Decimal(d["total"]) for d in debts if d["status"] != "settled")
        self.total.setText(
            _tr("Totaal openstaand: {total} bij {count} schuldeisers").format(
                total=format_money(open_total), count=len({d["creditor_id"] for d in debts})
            )
        )
