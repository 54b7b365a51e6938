"""What the Schulden tab changes: each change saved through app.debts at once and pushed on
the tab's undo stack; a refusal said above the table in Dutch, nothing stored."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app import debts
from app.db import Database
from app.errors import UserError
from models.values import format_money
from views.debts_model import COL, COLUMNS, DebtTableModel
from views.i18n import message_text, message_texts
from views.undo import Saver

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QLabel, QTableView

    from views.debts_tab import DebtsTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("DebtsTab", text)


class DebtChanges:
    """The Schulden tab's changes (mixed into ``DebtsTab``, which provides the widgets)."""

    _db: Database | None
    client_id: uuid.UUID | None
    _today: date
    _crisis_on: date | None
    model: DebtTableModel
    undo_stack: QUndoStack
    message: QLabel
    table: QTableView
    changed: SignalInstance
    saver: Saver

    def _widget(self) -> QWidget:
        """The tab itself, as the parent of its dialogs."""
        return cast("QWidget", self)

    def refresh(self) -> None:  # provided by the tab
        raise NotImplementedError

    def current_debt(self) -> debts.DebtRow | None:  # provided by the tab
        raise NotImplementedError

    def select_debt(self, debt_id: uuid.UUID) -> None:  # provided by the tab
        raise NotImplementedError

    def say(self, text: str, *, error: bool = False) -> None:
        self.saver.say(text, error=error)

    def run(self, change: Callable[[], Any]) -> Any:
        """Save a change and show the result (``views.undo.Saver.run``)."""
        return self.saver.run(change)

    def _push(self, text: str, undo: Callable[[], Any], redo: Callable[[], Any]) -> None:
        self.saver.push(text, undo, redo)

    def _edit_cell(self, row: debts.DebtRow, field: str, value: object) -> str | None:
        """The model's editor: store one cell's new value, with undo."""
        assert self._db is not None
        db, today = self._db, self._today
        try:
            old = self.run(lambda: debts.update_debt(db, row.id, {field: value}, today=today))
        except UserError as exc:
            return message_text(exc)
        if old:
            new = {field: value}
            self._push(
                _tr("{what} wijzigen").format(
                    what=QCoreApplication.translate("DebtTableModel", COLUMNS[COL[field]].header)
                ),
                lambda: debts.update_debt(db, row.id, old, today=today),
                lambda: debts.update_debt(db, row.id, new, today=today),
            )
        return None

    def _dialog_save(
        self, debt: debts.DebtRow | None
    ) -> Callable[[dict[str, Any]], Mapping[str, str] | None]:
        assert self._db is not None
        assert self.client_id is not None
        db, client, today = self._db, self.client_id, self._today

        def save(values: dict[str, Any]) -> Mapping[str, str] | None:
            creditor, collector = values.pop("creditor"), values.pop("collector")
            if creditor is None:
                return {"creditor": _tr("Kies of typ de schuldeiser.")}
            try:
                if debt is None:
                    new_id = self.run(
                        lambda: debts.add_debt(
                            db,
                            client,
                            creditor_id=creditor,
                            collector_id=collector,
                            fields=values,
                            today=today,
                        )
                    )
                    self._after_add(new_id)
                else:
                    changes = {**values, "creditor_id": creditor, "collector_id": collector}
                    old = self.run(lambda: debts.update_debt(db, debt.id, changes, today=today))
                    if old:
                        again = self._changes_as_stored(debt.id, old)
                        self._push(
                            _tr("Schuld wijzigen"),
                            lambda: debts.update_debt(db, debt.id, old, today=today),
                            lambda: debts.update_debt(db, debt.id, again, today=today),
                        )
            except debts.DebtErrors as exc:
                return message_texts(exc.errors)
            except UserError as exc:
                return {"": message_text(exc)}
            return None

        return save

    def _changes_as_stored(self, debt_id: uuid.UUID, old: Mapping[str, Any]) -> dict[str, Any]:
        """The stored values of the fields a change touched: what its redo puts back."""
        row = next(r for r in self.model.rows() if r.id == debt_id)
        return {name: getattr(row, name) for name in old}

    def _after_add(self, debt_id: uuid.UUID) -> None:
        assert self._db is not None
        db, today = self._db, self._today
        holder: dict[str, Any] = {}

        def undo() -> None:
            holder["snapshot"] = debts.delete_debt(db, debt_id)

        def redo() -> None:
            debts.restore_debt(db, holder["snapshot"])

        self._push(_tr("Schuld toevoegen"), undo, redo)
        self.select_debt(debt_id)
        self._warn_crisis(today)

    def _warn_crisis(self, today: date) -> None:
        """A crisis recorded here moves the first conversation forward: say so at once."""
        crisis = getattr(self, "_crisis_on", None)
        if crisis is not None:
            self.say(
                _tr(
                    "Let op: er is een crisissituatie (sinds {day}). Het eerste gesprek moet "
                    "binnen 3 werkdagen; de procesplaat toont de termijn."
                ).format(day=crisis.strftime("%d-%m-%Y"))
            )

    def new_debt(self) -> None:
        if self._db is None or self.client_id is None:
            return
        from views.debt_dialog import DebtDialog

        dialog = DebtDialog(
            debts.creditor_options(self._db), self._dialog_save(None), self._widget()
        )
        dialog.exec()

    def edit_debt(self) -> None:
        debt = self.current_debt()
        if self._db is None or debt is None:
            return
        from views.debt_dialog import DebtDialog

        dialog = DebtDialog(
            debts.creditor_options(self._db), self._dialog_save(debt), self._widget(), debt=debt
        )
        dialog.exec()

    def edit_measures(self) -> None:
        debt = self.current_debt()
        if self._db is None or debt is None:
            return
        from views.measure_dialog import MeasureDialog

        MeasureDialog(cast("DebtsTab", self), debt).exec()

    def edit_creditor(self) -> None:
        """The creditor of the chosen debt: its details are shared by every client's debts."""
        debt = self.current_debt()
        if self._db is None or debt is None:
            return
        from app import creditors
        from views.creditor_dialog import CreditorDialog

        dialog = CreditorDialog(self._db, creditor_id=debt.creditor_id, parent=self._widget())
        if not dialog.exec():
            return
        self.refresh()
        self.changed.emit()
        old = dialog.undo
        if old:
            db, creditor_id = self._db, debt.creditor_id
            new = {k: v for k, v in creditors.creditor_details(db, creditor_id).items() if k in old}
            self._push(
                _tr("Schuldeiser wijzigen"),
                lambda: creditors.restore_creditor(db, creditor_id, old),
                lambda: creditors.update_creditor(db, creditor_id, new),
            )

    def delete_debt(self) -> None:
        debt = self.current_debt()
        if self._db is None or debt is None:
            return
        db = self._db
        holder: dict[str, Any] = {}

        def remove() -> None:
            holder["snapshot"] = debts.delete_debt(db, debt.id)

        try:
            self.run(remove)
        except UserError:
            return
        self._push(
            _tr("Schuld verwijderen"),
            lambda: debts.restore_debt(db, holder["snapshot"]),
            remove,
        )
        self.say(
            _tr("De schuld bij {name} is verwijderd. Ctrl+Z zet haar terug.").format(
                name=debt.creditor_name
            )
        )

    def import_sheet(self) -> None:
        """Read a creditor list from Excel or CSV; the whole import is one step to undo."""
        if self._db is None or self.client_id is None:
            return
        from views.debt_import_dialog import DebtImportDialog

        dialog = DebtImportDialog(
            self._db, self.client_id, today=self._today, parent=self._widget()
        )
        if not dialog.exec() or dialog.imported is None:
            return
        self.refresh()
        self.changed.emit()
        db, ids = self._db, dialog.imported.debt_ids
        holder: dict[str, Any] = {}

        def undo() -> None:
            holder["snapshots"] = [debts.delete_debt(db, debt_id) for debt_id in ids]

        def redo() -> None:
            for snapshot in holder["snapshots"]:
                debts.restore_debt(db, snapshot)

        self._push(_tr("Schuldenlijst inlezen"), undo, redo)
        self.say(
            _tr("{n} schulden ingelezen, samen {total}. Ctrl+Z maakt dit ongedaan.").format(
                n=dialog.imported.debts, total=format_money(dialog.imported.total)
            )
        )

    def export_sheet(self) -> None:
        if self._db is None or self.client_id is None:
            return
        from views.debt_export import export_debts

        export_debts(self._widget(), self._db, self.client_id, today=self._today)
