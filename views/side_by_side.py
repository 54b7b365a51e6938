"""Blocks next to each other while they fit, under each other when the window is narrow.

Two lists side by side (income and expenses) decide how wide the whole window must be: at
150 % scaling or with a longer translation that is wider than a laptop screen. This layout keeps
them next to each other in equal columns when there is room and stacks them when there is not,
so it only ever asks for the width of its widest block.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class SideBySide(QLayout):
    """Blocks in a row of equal columns when each gets its minimum width, else in a column.

    ``minimumSize`` is the widest block's width, so the window never grows for the row;
    ``heightForWidth`` tells the parent layout when stacking needs more height.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # --- filling ------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self.invalidate()
            return item
        return None

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    # --- sizes --------------------------------------------------------------------------
    def _gap(self, orientation: Qt.Orientation) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if orientation == Qt.Orientation.Horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        return max(style.pixelMetric(metric), 6)

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation.Horizontal | Qt.Orientation.Vertical

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        """The least height the arrangement chosen for this width needs."""
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        shown = self._shown()
        if self.fits_in_a_row(inner):
            height = max((item.minimumSize().height() for item in shown), default=0)
        else:
            height = sum(item.minimumSize().height() for item in shown)
            height += self._gap(Qt.Orientation.Vertical) * max(len(shown) - 1, 0)
        return height + margins.top() + margins.bottom()

    def _margins(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Side by side, each block as it would like to be."""
        shown = self._shown()
        gaps = self._gap(Qt.Orientation.Horizontal) * max(len(shown) - 1, 0)
        width = sum(item.sizeHint().width() for item in shown) + gaps
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height) + self._margins()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        """As narrow as the widest block (the others go underneath), one block high."""
        size = QSize(0, 0)
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size + self._margins()

    def fits_in_a_row(self, width: int) -> bool:
        """Whether every block gets at least its minimum width next to the others."""
        shown = self._shown()
        gaps = self._gap(Qt.Orientation.Horizontal) * max(len(shown) - 1, 0)
        return sum(item.minimumSize().width() for item in shown) + gaps <= width

    # --- placing ------------------------------------------------------------------------
    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        area = rect.marginsRemoved(self.contentsMargins())
        shown = self._shown()
        if not shown:
            return
        if self.fits_in_a_row(area.width()):
            gap = self._gap(Qt.Orientation.Horizontal)
            widths = _shares(
                area.width() - gap * (len(shown) - 1),
                [item.minimumSize().width() for item in shown],
            )
            x = area.left()
            for item, width in zip(shown, widths, strict=True):
                item.setGeometry(QRect(x, area.top(), width, area.height()))
                x += width + gap
            return
        gap = self._gap(Qt.Orientation.Vertical)
        heights = _shares(
            area.height() - gap * (len(shown) - 1),
            [item.minimumSize().height() for item in shown],
        )
        y = area.top()
        for item, height in zip(shown, heights, strict=True):
            item.setGeometry(QRect(area.left(), y, area.width(), height))
            y += height + gap


def _shares(total: int, minimums: list[int]) -> list[int]:
    """``total`` split as evenly as the minimums allow (a block below its minimum gets that,
    the others share the rest evenly); the last share takes the rounding."""
    fixed: dict[int, int] = {}
    while True:
        free = [n for n in range(len(minimums)) if n not in fixed]
        if not free:
            break
        each = (total - sum(fixed.values())) // len(free)
        short = [n for n in free if minimums[n] > each]
        if not short:
            break
        for n in short:
            fixed[n] = minimums[n]
    free = [n for n in range(len(minimums)) if n not in fixed]
    shares = [fixed.get(n, 0) for n in range(len(minimums))]
    if free:
        left = total - sum(fixed.values())
        each = left // len(free)
        for n in free:
            shares[n] = each
        shares[free[-1]] += left - each * len(free)
    return shares
