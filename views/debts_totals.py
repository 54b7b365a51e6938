"""The schuldenlijst's totals as a short block of text under the table."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from models.codes import CATEGORY_LABELS, DEBT_STATUS_LABELS
from models.debts import DebtTotals
from models.values import format_money
from views.i18n import code_words


def _tr(text: str) -> str:
    return QCoreApplication.translate("DebtTotals", text)


def _pairs(items: list[tuple[str, str]]) -> str:
    return " · ".join(f"{html.escape(name)} <b>{html.escape(amount)}</b>" for name, amount in items)


def totals_html(totals: DebtTotals, *, shown: int, of: int) -> str:
    """Grand total, by status, by DDAS category, and preferential against concurrent."""
    if of == 0:
        return html.escape(
            _tr("Nog geen schulden. Voeg er een toe met Ctrl+Shift+N of lees een lijst in.")
        )
    heading = (
        _tr("Totaal van {n} schulden").format(n=totals.count)
        if shown == of
        else _tr("Totaal van de {n} getoonde schulden (van {of})").format(n=shown, of=of)
    )
    statuses = [
        (
            code_words(DEBT_STATUS_LABELS.get(code, code)),
            format_money(amount),
        )
        for code, amount in totals.by_status.items()
    ]
    categories = [
        (
            code_words(CATEGORY_LABELS.get(code, code)) if code else _tr("soort onbekend"),
            format_money(amount),
        )
        for code, amount in totals.by_category.items()
    ]
    lines = [
        f"<b>{html.escape(heading)}: {html.escape(format_money(totals.total))}</b>"
        + " &nbsp; ("
        + html.escape(_tr("openstaand {amount}").format(amount=format_money(totals.open_total)))
        + ")",
        html.escape(_tr("Per status")) + ": " + _pairs(statuses),
        html.escape(_tr("Per soort")) + ": " + _pairs(categories),
        _pairs(
            [
                (_tr("Preferent"), format_money(totals.preferential)),
                (_tr("Concurrent"), format_money(totals.concurrent)),
            ]
        ),
    ]
    return "<br>".join(lines)
