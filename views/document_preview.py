"""Looking at a proof inside the app: a pane (and a dialog) that pages and zooms to width.

Decrypting and drawing happen off the GUI thread; only the finished picture is shown. A
result that comes back after the person moved on (another proof, page or width) is dropped.
"""

from __future__ import annotations

import sys
import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.document_preview import Preview, load_preview, render_page
from app.errors import UserError
from views.i18n import message_text
from views.keys import local_shortcut
from views.worker import run_in_background

ZOOM_STEPS = (0.5, 0.75, 1.0, 1.5, 2.0, 3.0)
_FIT = 1.0


def _qimage(preview: Preview, index: int, width: int) -> QImage:
    """Draw a page and hand it over as a QImage (safe to make off the GUI thread)."""
    page = render_page(preview, index, width)
    data = page.tobytes("raw", "RGB")
    image = QImage(data, page.width, page.height, page.width * 3, QImage.Format.Format_RGB888)
    return image.copy()  # detached from ``data``, which goes when this function returns


class DocumentPreview(QWidget):
    """One proof, a page at a time, drawn to the pane's width times the zoom."""

    #: Emitted when a page is on screen (its 0-based number), for tests and the dialog.
    shown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: Preview | None = None
        self.page = 0
        self.zoom = _FIT
        self._generation = 0  # raised on every new request; older results are dropped
        self._busy = False
        self._again = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.previous_button = QPushButton("◀")
        self.previous_button.setAccessibleName(self.tr("Vorige pagina"))
        self.previous_button.setToolTip(self.tr("Vorige pagina (Page Up)"))
        self.previous_button.clicked.connect(lambda: self.go_to(self.page - 1))
        self.page_label = QLabel()
        self.page_label.setObjectName("preview_page")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton("▶")
        self.next_button.setAccessibleName(self.tr("Volgende pagina"))
        self.next_button.setToolTip(self.tr("Volgende pagina (Page Down)"))
        self.next_button.clicked.connect(lambda: self.go_to(self.page + 1))
        self.zoom_out_button = QPushButton("−")
        self.zoom_out_button.setAccessibleName(self.tr("Kleiner"))
        self.zoom_out_button.setToolTip(self.tr("Kleiner (Ctrl+-)"))
        self.zoom_out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.fit_button = QPushButton(self.tr("Passend"))
        self.fit_button.setToolTip(self.tr("Zo breed als het venster (Ctrl+0)"))
        self.fit_button.clicked.connect(lambda: self.set_zoom(_FIT))
        self.zoom_in_button = QPushButton("+")
        self.zoom_in_button.setAccessibleName(self.tr("Groter"))
        self.zoom_in_button.setToolTip(self.tr("Groter (Ctrl++)"))
        self.zoom_in_button.clicked.connect(lambda: self.step_zoom(1))
        for button in (
            self.previous_button,
            self.next_button,
            self.zoom_out_button,
            self.zoom_in_button,
        ):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("MM") + 12)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page_label, 1)
        bar.addWidget(self.next_button)
        bar.addSpacing(8)
        for button in (self.zoom_out_button, self.fit_button, self.zoom_in_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.picture = QLabel()
        self.picture.setObjectName("preview_picture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.picture.setWordWrap(True)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.scroller.setWidget(self.picture)
        layout.addWidget(self.scroller, 1)
        self._resized = QTimer(self)
        self._resized.setSingleShot(True)
        self._resized.setInterval(150)
        self._resized.timeout.connect(self._render)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_PageDown), lambda: self.go_to(self.page + 1)),
            (QKeySequence(Qt.Key.Key_PageUp), lambda: self.go_to(self.page - 1)),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1)),
            (QKeySequence("Ctrl+0"), lambda: self.set_zoom(_FIT)),
        ):
            local_shortcut(keys, self, slot, context)
        self.clear()

    # --- what is shown -------------------------------------------------------------------
    def clear(self, text: str = "") -> None:
        """Show nothing (or a line of text) and forget the proof."""
        self._generation += 1
        self.preview = None
        self.page = 0
        self.picture.clear()
        self.picture.setText(text)
        self._update_bar()

    def say(self, text: str) -> None:
        """Show a message instead of a page (a refusal, "loading")."""
        self.picture.setPixmap(QPixmap())
        self.picture.setText(text)

    def show_document(self, db: Database, document_id: uuid.UUID) -> None:
        """Decrypt and count a stored proof in the background, then show its first page."""
        self.clear(self.tr("Bezig met openen…"))
        generation = self._generation

        def loaded(preview: Preview) -> None:
            if generation == self._generation:
                self.show_preview(preview)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            if isinstance(exc, UserError):
                self.say(message_text(exc))
            else:
                self.say(self.tr("Dit document kan niet getoond worden."))
                sys.excepthook(type(exc), exc, exc.__traceback__)

        run_in_background(lambda: load_preview(db, document_id), loaded, failed)

    def show_preview(self, preview: Preview, page: int = 0) -> None:
        """Show an opened proof at ``page``."""
        self._generation += 1
        self.preview = preview
        self.page = max(0, min(page, preview.page_count - 1))
        self._update_bar()
        self._render()

    def go_to(self, page: int) -> None:
        """Turn to a page (0-based); beyond either end nothing happens."""
        if self.preview is None or not 0 <= page < self.preview.page_count:
            return
        self.page = page
        self._update_bar()
        self._render()

    def set_zoom(self, zoom: float) -> None:
        """Draw pages at ``zoom`` times the pane's width (1.0: exactly as wide)."""
        self.zoom = zoom
        self._update_bar()
        self._render()

    def step_zoom(self, step: int) -> None:
        """One step larger (1) or smaller (-1) on the zoom scale."""
        nearest = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - self.zoom))
        self.set_zoom(ZOOM_STEPS[max(0, min(len(ZOOM_STEPS) - 1, nearest + step))])

    def _update_bar(self) -> None:
        count = self.preview.page_count if self.preview else 0
        # Short, so that it fits a narrow pane; the whole words for a screen reader and tooltip.
        self.page_label.setText(
            self.tr("{page} van {count}").format(page=self.page + 1, count=count) if count else ""
        )
        words = (
            self.tr("Pagina {page} van {count}").format(page=self.page + 1, count=count)
            if count
            else ""
        )
        self.page_label.setToolTip(words)
        self.page_label.setAccessibleName(words or self.tr("Pagina"))
        self.previous_button.setEnabled(count > 0 and self.page > 0)
        self.next_button.setEnabled(count > 0 and self.page < count - 1)
        for button in (self.zoom_out_button, self.fit_button, self.zoom_in_button):
            button.setEnabled(count > 0)
        self.zoom_out_button.setEnabled(count > 0 and self.zoom > ZOOM_STEPS[0])
        self.zoom_in_button.setEnabled(count > 0 and self.zoom < ZOOM_STEPS[-1])

    # --- drawing -------------------------------------------------------------------------
    def target_width(self) -> int:
        """The width in device pixels a page is drawn at: the pane's, times the zoom."""
        bar = self.scroller.verticalScrollBar().sizeHint().width()
        width = max(50, self.scroller.viewport().width() - 4)
        if self.zoom == _FIT:
            width = max(50, width - bar)  # leave room for the scroll bar a tall page brings
        return int(round(width * self.zoom * float(self.devicePixelRatioF())))

    def _render(self) -> None:
        if self.preview is None:
            return
        if self._busy:  # one page at a time; the latest wish is drawn next
            self._again = True
            return
        self._busy, self._again = True, False
        preview, page, width, generation = (
            self.preview,
            self.page,
            self.target_width(),
            self._generation,
        )

        def finish() -> None:
            self._busy = False
            if self._again:
                self._render()

        def drawn(image: Any) -> None:
            current = generation == self._generation and page == self.page
            if current and width == self.target_width() and isinstance(image, QImage):
                pixmap = QPixmap.fromImage(image)
                pixmap.setDevicePixelRatio(self.devicePixelRatioF())
                self.picture.setText("")
                self.picture.setPixmap(pixmap)
                self.picture.setMinimumSize(pixmap.deviceIndependentSize().toSize())
                self.shown.emit(page)
            elif generation == self._generation:
                self._again = True
            finish()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                if isinstance(exc, UserError):
                    self.say(message_text(exc))
                else:
                    self.say(self.tr("Deze pagina kan niet getoond worden."))
                    sys.excepthook(type(exc), exc, exc.__traceback__)
            finish()

        run_in_background(lambda: _qimage(preview, page, width), drawn, failed)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.preview is not None:
            self._resized.start()


class DocumentPreviewDialog(QDialog):
    """A proof on a large window of its own."""

    def __init__(
        self, db: Database, document_id: uuid.UUID, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Bewijsstuk bekijken"))
        layout = QVBoxLayout(self)
        self.view = DocumentPreview()
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        height = int(screen.height() * 0.85) if screen else 900
        self.resize(min(820, int(height * 0.8)), height)
        self.view.show_document(db, document_id)
