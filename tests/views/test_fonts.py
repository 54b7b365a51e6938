"""Qt finds real fonts: without them it draws boxes and nobody would notice."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontMetrics, QGuiApplication, QImage, QPainter


def test_fonts_are_installed_for_qt(qapp) -> None:
    assert QFontDatabase.families(), (
        "Qt finds no fonts: install fonts-dejavu-core (see packaging/system-deps.sh)"
    )


def test_fonts_default_font_has_the_glyphs_of_dutch_money_and_names(qapp) -> None:
    metrics = QFontMetrics(QGuiApplication.font())
    missing = [ch for ch in "€ëéïöüçĳŠ" if not metrics.inFontUcs4(ord(ch))]
    assert missing == [], f"the default font lacks {missing}: text would show as boxes"


def test_fonts_text_is_drawn_as_distinct_glyphs(qapp) -> None:
    """Two different words must not render to the same pixels (tofu boxes would)."""

    def render(text: str) -> QImage:
        image = QImage(200, 40, QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        painter.drawText(5, 25, text)
        painter.end()
        return image

    first, second = render("Schuld €"), render("Tanya ë")
    assert first != second
    assert first != render("")
