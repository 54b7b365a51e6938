"""A row of buttons that wraps instead of widening the window.

At 150 % scaling or with a longer translation a fixed row of buttons decides how wide the whole
window must be. This layout keeps one row while it fits; when it does not, the buttons on the
right go to a line of their own, and any group wraps further when even that is too narrow.
Any widget can be in it (filters: combo boxes, check boxes, a label), each at its size hint,
centred on its line.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget, QWidgetItem


class ButtonFlow(QLayout):
    """Leading buttons from the left, trailing ones at the right; both wrap when narrow.

    ``heightForWidth`` tells the parent layout how many lines a width needs, so the route
    below moves down instead of the window growing sideways.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._leading: list[QLayoutItem] = []
        self._trailing: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # --- filling ------------------------------------------------------------------------
    def add_leading(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._leading.append(QWidgetItem(widget))
        self.invalidate()

    def add_trailing(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._trailing.append(QWidgetItem(widget))
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._leading.append(item)

    def _items(self) -> list[QLayoutItem]:
        return [*self._leading, *self._trailing]

    def count(self) -> int:
        return len(self._leading) + len(self._trailing)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        items = self._items()
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        if 0 <= index < len(self._leading):
            return self._leading.pop(index)
        index -= len(self._leading)
        if 0 <= index < len(self._trailing):
            return self._trailing.pop(index)
        return None

    # --- sizes --------------------------------------------------------------------------
    def _gap(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        return max(style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing), 6)

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Everything on one line, with a gap between the groups."""
        shown = [item for item in self._items() if not item.isEmpty()]
        gaps = self._gap() * max(len(shown) - 1, 0) + (self._gap() if self._trailing else 0)
        width = sum(item.sizeHint().width() for item in shown) + gaps
        height = max((item.sizeHint().height() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        """As narrow as the widest button: everything else can go to another line."""
        size = QSize()
        for item in self._items():
            size = size.expandedTo(item.minimumSize()).expandedTo(QSize(item.sizeHint().width(), 0))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    # --- placing ------------------------------------------------------------------------
    def _lines(self, items: list[QLayoutItem], width: int) -> list[list[QLayoutItem]]:
        """Items in lines no wider than ``width`` (a too-wide item gets a line to itself)."""
        lines: list[list[QLayoutItem]] = []
        used = 0
        for item in items:
            if item.isEmpty():
                continue
            need = item.sizeHint().width()
            if lines and used + self._gap() + need <= width:
                lines[-1].append(item)
                used += self._gap() + need
            else:
                lines.append([item])
                used = need
        return lines

    def _line_width(self, line: list[QLayoutItem]) -> int:
        return sum(item.sizeHint().width() for item in line) + self._gap() * (len(line) - 1)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (or only measure); the height the lines take."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        width = max(area.width(), 1)
        leading = self._lines(self._leading, width)
        trailing = self._lines(self._trailing, width)
        # Every row holds (line, right-aligned?) pairs; the trailing group joins the last
        # leading line when it fits there, a double gap between the two groups.
        rows: list[list[tuple[list[QLayoutItem], bool]]] = [[(line, False)] for line in leading]
        if (
            rows
            and len(trailing) == 1
            and self._line_width(leading[-1]) + 2 * self._gap() + self._line_width(trailing[0])
            <= width
        ):
            rows[-1].append((trailing[0], True))
        else:
            rows += [[(line, True)] for line in trailing]
        y = area.top()
        for row in rows:
            height = max(item.sizeHint().height() for line, _ in row for item in line)
            for line, right in row:
                x = area.left()
                if right:
                    x = max(x, area.right() + 1 - self._line_width(line))
                for item in line:
                    hint = item.sizeHint()
                    if move:
                        item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                    x += hint.width() + self._gap()
            y += height + self._gap()
        lines_height = y - area.top() - (self._gap() if rows else 0)
        return lines_height + margins.top() + margins.bottom()
