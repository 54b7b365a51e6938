"""The completeness report on screen: what a referral still lacks, grouped as the checklist."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import (
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.checklist import ChecklistTemplate
from models.completeness import Completeness, Missing

# A balance problem in a checklist without a balance item still belongs with the debts.
DEBTS_GROUP = "Schulden"


class CompletenessView(QWidget):
    """A read-only view of one completeness report: a verdict, the counts and what is missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("completenessVerdict")
        self.counts = QLabel(self)
        self.missing = QTreeWidget(self)
        self.missing.setHeaderHidden(True)
        self.missing.setRootIsDecorated(False)
        self.missing.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.counts)
        layout.addWidget(self.missing, 1)
        self.show_nothing()

    def show_nothing(self) -> None:
        """Empty the view: no checklist chosen yet."""
        self.verdict.setText(self.tr("Nog geen checklist gekozen."))
        self.counts.clear()
        self.missing.clear()
        self.missing.hide()

    def show_report(self, report: Completeness, template: ChecklistTemplate) -> None:
        """Show a report, what is missing under the checklist's groups in its order.

        Args:
            report: The completeness report.
            template: The checklist the report was made against, for its groups.
        """
        self.missing.clear()
        if report.ready:
            self.verdict.setText(self.tr("Klaar om te versturen"))
        else:
            self.verdict.setText(
                self.tr("Nog niet compleet: %n punt(en) ontbreken", "", len(report.missing))
            )
        self.counts.setText(
            self.tr("{done} van {total} klaar").format(done=report.done, total=report.total)
        )
        self.missing.setVisible(not report.ready)
        for group, lines in self._grouped(report, template):
            heading = QTreeWidgetItem(self.missing, [group])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            debts_of = Counter(m.title for m in lines if m.debt_id is not None)
            per_debt: dict[str, QTreeWidgetItem] = {}
            for missing in lines:
                if missing.debt_id is None or debts_of[missing.title] < 2:
                    line = QTreeWidgetItem(heading, [f"{missing.title}: {missing.reason}"])
                else:
                    # Many debts under one item: the item once, each debt's reason beneath it,
                    # so that the creditor's name is not cut off behind the item's title.
                    parent = per_debt.get(missing.title)
                    if parent is None:
                        count = debts_of[missing.title]
                        parent = QTreeWidgetItem(heading, [f"{missing.title} ({count})"])
                        per_debt[missing.title] = parent
                        parent.setExpanded(True)
                    line = QTreeWidgetItem(parent, [missing.reason])
                line.setToolTip(0, missing.reason)
            heading.setExpanded(True)

    @staticmethod
    def _grouped(
        report: Completeness, template: ChecklistTemplate
    ) -> list[tuple[str, list[Missing]]]:
        groups: dict[str, list[Missing]] = {group: [] for group in template.groups}
        for missing in report.missing:
            key = missing.item_key
            group = template.item(key).group if key and template.has_item(key) else DEBTS_GROUP
            groups.setdefault(group, []).append(missing)
        return [(group, lines) for group, lines in groups.items() if lines]
