"""When the client enters a phase, its usual to-dos are offered: the caseworker chooses."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.actions import OfferedAction
from models.codes import OWNER_LABELS
from models.values import format_date
from views.table_columns import label


class ActionOfferDialog(QDialog):
    """The template's actions for a phase, each to tick; nothing is added without "Toevoegen"."""

    def __init__(
        self, phase_title: str, offered: Sequence[OfferedAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Acties voor deze fase"))
        self.offered = list(offered)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Bij <b>{phase}</b> horen meestal deze acties. Vink aan wat jullie afspreken."
            ).format(phase=phase_title)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Voorgestelde acties"))
        for action in self.offered:
            words = f"{action.title} — {label(OWNER_LABELS, action.owner)}"
            if action.due_on:
                words += self.tr(", vóór {day}").format(day=format_date(action.due_on))
            item = QListWidgetItem(words)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(
            self.tr("Toevoegen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Geen toevoegen"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[OfferedAction]:
        """The ticked actions, in the template's order."""
        return [
            action
            for number, action in enumerate(self.offered)
            if (item := self.list.item(number)) is not None
            and item.checkState() == Qt.CheckState.Checked
        ]
