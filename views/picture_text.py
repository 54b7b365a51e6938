"""Text on a painted picture, laid out once and placed on every paint.

A picture such as the procesplaat draws the same few fonts and the same strings on each paint;
making fonts, metrics, elided strings and QStaticText layouts once per picture (until its
contents or zoom change) keeps a full paint within a frame.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QStaticText, QTransform


class PictureText:
    """Fonts at one scale, their metrics, elided strings and prepared texts of one picture."""

    def __init__(self, base: QFont, scale: float = 1.0) -> None:
        self.reset(base, scale)

    def font_of(self, points: float, *, bold: bool = False, italic: bool = False) -> QFont:
        """A font at this zoom; made once per size (a paint asks for the same few often)."""
        key = (points * self.scale, bold, italic)
        font = self._fonts.get(key)
        if font is None:
            font = QFont(self.base)
            font.setPointSizeF(key[0])
            font.setBold(bold)
            font.setItalic(italic)
            self._fonts[key] = font
        return font

    def use(self, painter: QPainter, font: QFont) -> None:
        """Set one of this picture's fonts (from font_of); text drawn next is keyed by it."""
        painter.setFont(font)
        self.current = font

    def _key(self, font: QFont) -> str:
        """A font's key, asked of Qt once per font object (it is not cheap)."""
        key = self._font_keys.get(id(font))
        if key is None:
            key = self._font_keys[id(font)] = font.key()
        return key

    def elided(self, font: QFont, text: str, width: float) -> str:
        """``text`` cut to ``width`` with an ellipsis; remembered until the picture changes."""
        key = (self._key(font), text, width)
        result = self._elided.get(key)
        if result is None:
            metrics = self.metrics(font)
            result = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            self._elided[key] = result
        return result

    def put(
        self,
        painter: QPainter,
        where: QRectF | QPointF,
        text: str,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        *,
        wrap: bool = False,
    ) -> None:
        """Draw text laid out once per picture (QStaticText): a paint only places it.

        ``where`` is a rectangle to align in, or a baseline point as QPainter.drawText takes.
        """
        font = self.current
        width = where.width() if wrap and isinstance(where, QRectF) else -1.0
        key = (self._key(font), text, width)
        static = self._statics.get(key)
        if static is None:
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            if width > 0:
                static.setTextWidth(width)
            static.prepare(QTransform(), font)
            self._statics[key] = static
        size = static.size()
        if isinstance(where, QPointF):
            top_left = QPointF(where.x(), where.y() - self.metrics(font).ascent())
        else:
            x = where.left()
            if align & Qt.AlignmentFlag.AlignRight:
                x = where.right() - size.width()
            elif align & Qt.AlignmentFlag.AlignHCenter:
                x = where.center().x() - size.width() / 2
            y = where.top()
            if align & Qt.AlignmentFlag.AlignVCenter:
                y = where.center().y() - size.height() / 2
            top_left = QPointF(x, y)
        painter.drawStaticText(top_left, static)

    def metrics(self, font: QFont) -> QFontMetricsF:
        metrics = self._metrics.get(self._key(font))
        if metrics is None:
            metrics = self._metrics[self._key(font)] = QFontMetricsF(font)
        return metrics

    def reset(self, base: QFont, scale: float) -> None:
        """Forget everything laid out: the picture, its zoom or its look changed."""
        self.base, self.scale = QFont(base), scale
        self._fonts: dict[tuple[float, bool, bool], QFont] = {}
        self._metrics: dict[str, QFontMetricsF] = {}
        self._elided: dict[tuple[str, str, float], str] = {}
        self._statics: dict[tuple[str, str, float], QStaticText] = {}
        self._font_keys: dict[int, str] = {}
        self.current = self.font_of(9)
