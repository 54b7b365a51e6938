"""The enforcement measures on one debt: see them, add one, remove one (each undoable)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from app import debt_measures, debts
from app.errors import UserError
from models.codes import ENFORCEMENT_LABELS
from models.values import format_date
from views.debts_model import label
from views.i18n import message_text, message_texts

if TYPE_CHECKING:
    from views.debts_tab import DebtsTab


class MeasureDialog(QDialog):
    """Dwangbevel, beslag, ontruiming, afsluiting…: what a creditor has done about a debt."""

    def __init__(self, tab: DebtsTab, debt: debts.DebtRow) -> None:
        super().__init__(tab)
        self.tab, self.debt_id = tab, debt.id
        self.setWindowTitle(self.tr("Maatregelen: {name}").format(name=debt.creditor_name))
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Maatregelen"))
        layout.addWidget(self.list)
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.remove_button.clicked.connect(self.remove)
        layout.addWidget(self.remove_button)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Maatregel"))
        self.kind.addItem(self.tr("(kies)"), "")
        for code in ENFORCEMENT_LABELS:
            self.kind.addItem(label(ENFORCEMENT_LABELS, code), str(code))
        self.since = QLineEdit()
        self.since.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.until = QLineEdit()
        self.until.setPlaceholderText(self.tr("dd-mm-jjjj (leeg: loopt nog)"))
        self.note = QLineEdit()
        for words, widget in (
            (self.tr("Maatregel"), self.kind),
            (self.tr("Sinds"), self.since),
            (self.tr("Tot"), self.until),
            (self.tr("Notitie"), self.note),
        ):
            widget.setAccessibleName(words)
            form.addRow(words, widget)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("measure_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Toevoegen"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._fill()
        self.kind.setFocus()

    def _row(self) -> debts.DebtRow | None:
        return next((r for r in self.tab.model.rows() if r.id == self.debt_id), None)

    def _fill(self) -> None:
        self.list.clear()
        row = self._row()
        for measure in row.measures if row else ():
            text = label(ENFORCEMENT_LABELS, measure.kind)
            if measure.since:
                text += self.tr(" sinds {day}").format(day=format_date(measure.since))
            if measure.until:
                text += self.tr(" tot {day}").format(day=format_date(measure.until))
            if measure.crisis:
                text += self.tr(" — crisis: eerste gesprek binnen 3 werkdagen")
            if measure.note:
                text += f" ({measure.note})"
            item = QListWidgetItem(text)
            item.setData(256, measure.id)
            self.list.addItem(item)
        self.remove_button.setEnabled(self.list.count() > 0)

    def add(self) -> None:
        assert self.tab._db is not None
        db, today, debt_id = self.tab._db, self.tab._today, self.debt_id
        raw: dict[str, Any] = {
            "kind": self.kind.currentData(),
            "since": self.since.text(),
            "until": self.until.text(),
            "note": self.note.text(),
        }
        try:
            measure = self.tab.run(lambda: debt_measures.add_measure(db, debt_id, raw, today=today))
        except debts.DebtErrors as exc:
            self.message.setText(" ".join(message_texts(exc.errors).values()))
            return
        except UserError as exc:
            self.message.setText(message_text(exc))
            return
        holder: dict[str, Any] = {}

        def undo() -> None:
            holder["values"] = debt_measures.delete_measure(db, measure)

        self.tab._push(
            self.tr("Maatregel toevoegen"),
            undo,
            lambda: debt_measures.restore_measure(db, holder["values"]),
        )
        self.message.setText(self.tr("Opgeslagen."))
        self.tab._warn_crisis(today)
        for edit in (self.since, self.until, self.note):
            edit.clear()
        self.kind.setCurrentIndex(0)
        self._fill()

    def remove(self) -> None:
        item = self.list.currentItem() or self.list.item(0)
        if item is None or self.tab._db is None:
            return
        db, measure = self.tab._db, item.data(256)
        holder: dict[str, Any] = {}

        def remove() -> None:
            holder["values"] = debt_measures.delete_measure(db, measure)

        try:
            self.tab.run(remove)
        except UserError as exc:
            self.message.setText(message_text(exc))
            return
        self.tab._push(
            self.tr("Maatregel verwijderen"),
            lambda: debt_measures.restore_measure(db, holder["values"]),
            remove,
        )
        self._fill()
