"""Typing in a debt, keyboard first: the creditor completes from the directory, Enter saves.

The dialog only collects text; ``save`` (the tab's) stores it and answers with the Dutch
message per refused field, which appears under that field while the rest stays as typed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.debts import CreditorOption, CreditorPick, DebtRow
from models.codes import CATEGORY_LABELS, DEBT_STATUS_LABELS, DEBTOR_LABELS
from models.values import format_date, format_money
from views.i18n import QT_TRANSLATE_NOOP, code_words, message_texts
from views.theme import set_ink

#: field -> Dutch message, or None when stored.
Saver = Callable[[dict[str, Any]], Mapping[str, str] | None]

_TEXT_FIELDS = (
    ("reference", QT_TRANSLATE_NOOP("DebtDialog", "Kenmerk")),
    ("customer_number", QT_TRANSLATE_NOOP("DebtDialog", "Klantnummer")),
    ("total", QT_TRANSLATE_NOOP("DebtDialog", "Totaal openstaand")),
    ("principal", QT_TRANSLATE_NOOP("DebtDialog", "Hoofdsom")),
    ("interest", QT_TRANSLATE_NOOP("DebtDialog", "Rente")),
    ("costs", QT_TRANSLATE_NOOP("DebtDialog", "Kosten")),
    ("original_amount", QT_TRANSLATE_NOOP("DebtDialog", "Oorspronkelijk bedrag")),
    ("origin_date", QT_TRANSLATE_NOOP("DebtDialog", "Ontstaan op")),
    ("confirmed_on", QT_TRANSLATE_NOOP("DebtDialog", "Saldo-opgave van")),
)
_FLAGS = (
    ("preferential", QT_TRANSLATE_NOOP("DebtDialog", "Preferent (voorrang)")),
    ("business", QT_TRANSLATE_NOOP("DebtDialog", "Zakelijke schuld")),
    (
        "essential",
        QT_TRANSLATE_NOOP("DebtDialog", "Vaste last (wonen, energie, water, zorgverzekering)"),
    ),
)


class CreditorField(QComboBox):
    """An editable list of creditors: known ones and the directory's, completed as you type."""

    def __init__(self, options: Sequence[CreditorOption], *, optional: bool) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.options = list(options)
        if optional:
            self.addItem("", None)
        for option in self.options:
            suffix = "" if option.creditor_id else self.tr(" (uit de lijst)")
            self.addItem(option.label + suffix, option)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentIndex(-1 if not optional else 0)
        edit = self.lineEdit()
        assert edit is not None  # the box is editable
        edit.setPlaceholderText(self.tr("Typ de naam, bijvoorbeeld Belastingdienst"))

    def choose(self, creditor_id: object) -> None:
        for index in range(self.count()):
            option = self.itemData(index)
            if isinstance(option, CreditorOption) and option.creditor_id == creditor_id:
                self.setCurrentIndex(index)
                return

    def pick(self) -> CreditorPick | None:
        """What the person chose or typed; None when the field is empty."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        option = self.itemData(index) if index >= 0 else None
        if option is None:  # typed without choosing: the name itself may be a known one
            folded = text.casefold()
            option = next((o for o in self.options if o.label.casefold() == folded), None)
        if isinstance(option, CreditorOption):
            if option.placeholder:
                return CreditorPick(directory_key=option.directory_key)
            return CreditorPick(option.creditor_id, option.directory_key, option.label)
        placeholder = next(
            (o for o in self.options if o.placeholder and _names_placeholder(text, o.label)),
            None,
        )
        if placeholder is not None:  # "Gemeente Zoetermeer": the municipality placeholder
            return CreditorPick(directory_key=placeholder.directory_key, name=text)
        return CreditorPick(name=text)


class DebtDialog(QDialog):
    """A new debt, or one to change; "Opslaan en volgende" keeps it open for the next."""

    def __init__(
        self,
        options: Sequence[CreditorOption],
        save: Saver,
        parent: QWidget | None = None,
        *,
        debt: DebtRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schuld wijzigen") if debt else self.tr("Nieuwe schuld"))
        self._save = save
        self.saved_count = 0
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.errors: dict[str, QLabel] = {}
        self.creditor = CreditorField(options, optional=False)
        self.collector = CreditorField(options, optional=True)
        self.fields: dict[str, QWidget] = {"creditor": self.creditor, "collector": self.collector}
        self._row(form, "creditor", self.tr("Schuldeiser"), self.creditor)
        self._row(form, "collector", self.tr("Incasso door"), self.collector)
        self.debtor = self._codes(DEBTOR_LABELS)
        self._row(form, "debtor", self.tr("Schuldenaar"), self.debtor)
        self.texts: dict[str, QLineEdit] = {}
        for field, words in _TEXT_FIELDS:
            edit = QLineEdit()
            if field in ("origin_date", "confirmed_on"):
                edit.setPlaceholderText(self.tr("dd-mm-jjjj"))
            self.texts[field] = edit
            self._row(form, field, self.tr(words), edit)
        self.status = self._codes(DEBT_STATUS_LABELS)
        self._row(form, "status", self.tr("Status"), self.status)
        self.category = self._codes(CATEGORY_LABELS, optional=True)
        self._row(form, "category", self.tr("Soort (DDAS)"), self.category)
        self.flags: dict[str, QCheckBox] = {}
        for field, words in _FLAGS:
            box = QCheckBox(self.tr(words))
            box.setAccessibleName(self.tr(words))
            self.flags[field] = box
            self._row(form, field, "", box)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        self._row(form, "note", self.tr("Notitie"), self.note)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("debt_message")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.next_button: QPushButton | None = None
        if debt is None:
            self.next_button = QPushButton(self.tr("Opslaan en volgende (Ctrl+Enter)"))
            buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.next_button.clicked.connect(lambda: self.submit(keep_open=True))
            QShortcut(QKeySequence("Ctrl+Return"), self, lambda: self.submit(keep_open=True))
        self.save_button.clicked.connect(lambda: self.submit(keep_open=False))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if debt is not None:
            self._fill(debt)
        else:  # a new debt takes its creditor's standing and kind; the person may change them
            self.creditor.currentIndexChanged.connect(self._creditor_chosen)
        self.creditor.setFocus()

    def _creditor_chosen(self, index: int) -> None:
        option = self.creditor.itemData(index) if index >= 0 else None
        if not isinstance(option, CreditorOption):
            return
        self.flags["preferential"].setChecked(option.preferential)
        if option.category:
            self.category.setCurrentIndex(max(self.category.findData(option.category), 0))

    def _row(self, form: QFormLayout, field: str, words: str, widget: QWidget) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{field}")
        set_ink(error, "error")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.errors[field] = error
        if words:
            widget.setAccessibleName(words)
        form.addRow(words, box)

    def _codes(self, labels: dict[str, str], *, optional: bool = False) -> QComboBox:
        combo = QComboBox()
        if optional:
            combo.addItem(self.tr("(nog niet bekend)"), None)
        for code, text in labels.items():
            combo.addItem(code_words(text), str(code))
        return combo

    def _fill(self, debt: DebtRow) -> None:
        self.creditor.choose(debt.creditor_id)
        if debt.collector_id:
            self.collector.choose(debt.collector_id)
        for field, edit in self.texts.items():
            value = getattr(debt, field)
            if value is None:
                continue
            if field in ("origin_date", "confirmed_on"):
                edit.setText(format_date(value))
            elif field in ("reference", "customer_number"):
                edit.setText(value)
            else:
                edit.setText(format_money(value).replace("€", "").strip())
        for combo, value in ((self.debtor, debt.debtor), (self.status, debt.status)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.category.setCurrentIndex(max(self.category.findData(debt.category), 0))
        for field, box in self.flags.items():
            box.setChecked(bool(getattr(debt, field)))
        self.note.setPlainText(debt.note or "")

    def values(self) -> dict[str, Any]:
        """What is typed, as the schuldenlijst's use cases take it."""
        return {
            "creditor": self.creditor.pick(),
            "collector": self.collector.pick(),
            "debtor": self.debtor.currentData(),
            "status": self.status.currentData(),
            "category": self.category.currentData(),
            **{field: edit.text() for field, edit in self.texts.items()},
            **{field: box.isChecked() for field, box in self.flags.items()},
            "note": self.note.toPlainText(),
        }

    def show_errors(self, errors: Mapping[str, str]) -> None:
        errors = message_texts(errors)
        for field, label in self.errors.items():
            label.setText(errors.get(field, ""))
            label.setVisible(field in errors)
        unplaced = [text for field, text in errors.items() if field not in self.errors]
        set_ink(self.message, "error")
        self.message.setText(" ".join(unplaced))
        first = next((f for f in self.errors if f in errors), None)
        widget = self.fields.get(first or "") or self.texts.get(first or "")
        if widget is not None:
            widget.setFocus()

    def submit(self, *, keep_open: bool) -> bool:
        errors = self._save(self.values())
        if errors:
            self.show_errors(errors)
            return False
        self.saved_count += 1
        if keep_open:
            self._clear()
            set_ink(self.message, "ok")
            self.message.setText(self.tr("Opgeslagen. Typ de volgende schuld."))
            return True
        self.accept()
        return True

    def _clear(self) -> None:
        self.show_errors({})
        self.creditor.setCurrentIndex(-1)
        self.creditor.clearEditText()
        self.collector.setCurrentIndex(0)
        for edit in self.texts.values():
            edit.clear()
        for box in self.flags.values():
            box.setChecked(False)
        self.note.clear()
        self.creditor.setFocus()


def _names_placeholder(text: str, label: str) -> bool:
    """Whether typed text such as "Gemeente Zoetermeer" names the placeholder "Gemeente (eigen
    gemeente)": its first word, then a name."""
    word = label.split(" (")[0].casefold()
    return text.casefold().startswith(word + " ") and len(text) > len(word) + 1
