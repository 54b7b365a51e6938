"""Renders packaging/icons/procesplaat.svg into the icon files each system wants.

The SVG is the one source: Qt draws it (QtSvg ships with PySide6-Essentials), Pillow packs
the PNGs into a Windows .ico and a macOS .icns. The results are committed, so a build needs
neither step; run this again after changing the SVG:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent / "icons"
SOURCE = ICONS / "procesplaat.svg"
WINDOW_ICON = ICONS.parent.parent / "resources" / "icons" / "procesplaat.png"
#: Sizes of the loose PNGs: the Linux desktop file and the window icon pick among these.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """One square rendering, antialiased, on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = bytes(rgba.constBits())
    return Image.frombytes("RGBA", (size, size), data, "raw", "RGBA", rgba.bytesPerLine())


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"make_icons: {SOURCE} is not a valid SVG", file=sys.stderr)
        return 1
    for size in PNG_SIZES:
        render(renderer, size).save(ICONS / f"procesplaat-{size}.png", optimize=True)
    # the window's own icon, which the program reads from its resources at start
    render(renderer, 256).save(WINDOW_ICON, optimize=True)
    big = render(renderer, 1024)
    big.save(ICONS / "procesplaat.ico", sizes=[(s, s) for s in ICO_SIZES])
    big.save(ICONS / "procesplaat.icns")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
