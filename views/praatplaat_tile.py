"""A life domain of the praatplaat drawn as a tile: name, score, change since last time, note.

The score reads without colour: the number and its word in a badge, an arrow with "+1" or
"−1" against last time, and a dashed frame for a domain not yet discussed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from models import life_domains as zrm
from models.values import format_date

BAND = 10  # px: the score's colour down the left of a tile
FOCUS = {False: "#0b3d91", True: "#ffd400"}  # the focus frame, normal and presentation


def _tr(text: str) -> str:
    return QCoreApplication.translate("Praatplaat", text)


def _lines(metrics: QFontMetrics, text: str, width: int, limit: int) -> list[str]:
    """Words wrapped into at most ``limit`` lines; the last one elided if text is left."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > limit > 0:
        lines = [*lines[: limit - 1], " ".join(lines[limit - 1 :])]
    mode = Qt.TextElideMode.ElideRight
    return [metrics.elidedText(line, mode, width) for line in lines[: max(limit, 0)]]


class DomainTile(QWidget):
    """One life domain: name, score with its word and colour, change since last time, note."""

    score_keyed = Signal(str, int)
    note_wanted = Signal(str)
    entered = Signal(str)
    arrow = Signal(str, int, int)

    ARROWS = {Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}
    ARROWS |= {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1)}

    def __init__(self, domain: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"domain_{domain}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.presentation = False
        self.set_state(zrm.DomainState(domain))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(170, 124)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(140, 108)

    def change_text(self) -> str:
        """``"▲ +1 (was 2)"``; for a first score the day it was given."""
        state = self.state
        if state.score is None:
            return _tr("Nog niet besproken")
        if state.previous is None:
            day = format_date(state.scored_on) if state.scored_on else ""
            return _tr("sinds {day}").format(day=day) if day else ""
        return _tr("{change} (was {score})").format(
            change=zrm.describe_change(state.change), score=state.previous
        )

    def set_state(self, state: zrm.DomainState) -> None:
        self.state = state
        self.setAccessibleName(f"{state.domain}: {state.label}")
        said = [self.change_text()] + ([state.note] if state.note and not self.presentation else [])
        self.setAccessibleDescription(". ".join(s for s in said if s))
        tip = zrm.SCORE_MEANINGS[state.score] if state.score else _tr("Nog geen cijfer.")
        if state.previous_on:
            tip += "\n" + _tr("Vorige keer ({day}): {label}").format(
                day=format_date(state.previous_on), label=zrm.score_label(state.previous or 0)
            )
        if state.note and not self.presentation:
            tip += "\n\n" + state.note
        self.setToolTip(tip + "\n\n" + _tr("Toets 1 tot 5 geeft een cijfer, Enter een notitie."))
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = Qt.Key(event.key())
        if event.text() and event.text() in "12345":
            self.score_keyed.emit(self.state.domain, int(event.text()))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.note_wanted.emit(self.state.domain)
        elif key in self.ARROWS:
            self.arrow.emit(self.state.domain, *self.ARROWS[key])
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self.entered.emit(self.state.domain)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        score, dark = self.state.score, self.presentation
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(2.5, 2.5, -2.5, -2.5)
        path = QPainterPath()
        path.addRoundedRect(frame, 8, 8)
        tint = "#1c1c1c" if dark else zrm.SCORE_TINTS[score] if score else zrm.NO_SCORE_TINT
        painter.fillPath(path, QColor(tint))
        if score:  # a band of the score's colour down the left side
            painter.save()
            painter.setClipPath(path)
            band = QRectF(frame.left(), frame.top(), BAND, frame.height())
            painter.fillRect(band, QColor(zrm.SCORE_COLOURS[score]))
            painter.restore()
        focused = self.hasFocus()
        pen = QPen(QColor(FOCUS[dark]) if focused else QColor("#8a8a8a"))
        pen.setWidthF(4 if focused else 1)
        if not score and not focused:
            pen.setStyle(Qt.PenStyle.DashLine)  # not discussed yet: an open outline
        painter.setPen(pen)
        painter.drawPath(path)

        inner = frame.adjusted(BAND + 7, 7, -7, -5).toRect()
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        metrics = QFontMetrics(bold)
        painter.setPen(QColor("#ffffff" if dark else "#1a1a1a"))
        y = _draw(painter, metrics, self.state.domain, inner, inner.top(), 2)
        y += 3
        plain = self.font()
        if score:
            side = metrics.height() + 6
            badge = QRectF(inner.left(), y, side, side)
            painter.setPen(QPen(QColor("#ffffff" if dark else "#4d4d4d"), 1))
            painter.setBrush(QColor(zrm.SCORE_COLOURS[score]))
            painter.drawRoundedRect(badge, 5, 5)
            painter.setPen(QColor(zrm.SCORE_INK[score]))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(score))
            painter.setPen(QColor("#ffffff" if dark else "#1a1a1a"))
            word = inner.adjusted(side + 6, 0, 0, 0)
            lines = _lines(metrics, zrm.SCORE_LABELS[score], word.width(), 2)
            top = y + (side - metrics.lineSpacing() * len(lines)) / 2
            _draw(painter, metrics, zrm.SCORE_LABELS[score], word, int(top), 2)
            y = int(max(badge.bottom(), top + metrics.lineSpacing() * len(lines))) + 3
        painter.setFont(plain)
        metrics = QFontMetrics(plain)
        painter.setPen(QColor("#d0d0d0" if dark else "#4d4d4d"))
        y = _draw(painter, metrics, self.change_text(), inner, y, 1)
        if self.state.note and not dark:
            painter.setPen(QColor("#1a1a1a"))
            left = (inner.bottom() - y) // metrics.lineSpacing()
            _draw(painter, metrics, self.state.note, inner, y, left)
        painter.end()


def _draw(
    painter: QPainter, metrics: QFontMetrics, text: str, box: QRect, y: int, limit: int
) -> int:
    """Draw wrapped text from ``y`` in the box's width; returns the y below it."""
    for line in _lines(metrics, text, box.width(), limit):
        painter.drawText(box.left(), y + metrics.ascent(), line)
        y += metrics.lineSpacing()
    return y
