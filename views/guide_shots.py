"""The screenshots of the user guide (docs/handleiding.md), made from the running app.

``make guide`` calls ``python -m views.screenshots --guide --out docs/handleiding``: the guide's
pictures are made from the real windows with Tanya's invented demo dossier, so they never go
stale. "Today" is a fixed day, so a new run changes few pictures when no screen changed; the
log and the bundle check still show the real clock of the run.
``GUIDE_IMAGES`` names every picture written; tests/test_guide.py checks the guide against
that list without rendering anything, so importing this module imports no Qt.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from views.main_window import MainWindow

#: The day the pictures show as "today": fixed, so dates in them do not change with each run.
GUIDE_DAY = date(2026, 11, 23)
#: The caseworker in the pictures (invented), as the export's profile and the computer's user.
GUIDE_PERSON = ("Els de Vries", "Gemeente Zoetermeer", "evries")

#: Where the pictures say files are: a caseworker's Documents folder on Windows (invented).
_SHOWN_FOLDER = "C:\\Users\\evries\\Documenten\\"

#: Every picture the generator writes, in the order of the guide.
GUIDE_IMAGES: tuple[str, ...] = (
    "start-wachtwoord.png",
    "procesplaat.png",
    "naar-volgende-fase.png",
    "praatplaat.png",
    "presentatie.png",
    "afdrukken.png",
    "schulden.png",
    "schuld-wijzigen.png",
    "maatregelen.png",
    "schuldenlijst-inlezen.png",
    "acties.png",
    "gesprekken.png",
    "mijn-week.png",
    "documenten.png",
    "checklist.png",
    "exporteren-1-ontvanger.png",
    "exporteren-2-compleet.png",
    "exporteren-3-bestand.png",
    "controleren.png",
    "inlezen-bestaat-al.png",
    "back-ups.png",
    "vergrendeld.png",
    "bewaartermijn.png",
    "logboek.png",
)

# A creditor list as a bewindvoerder keeps it (invented), for the import dialog's picture.
_SHEET = (
    "Schuldeiser;Incassant;Kenmerk;Bedrag;Datum saldo;Status;Beslag\r\n"
    "CJIB;;2026-04471-88;345,00;02-11-2026;bevestigd;\r\n"
    "Vattenfall;Intrum;V-8812-004;1.212,37;15-10-2026;;\r\n"
    "DUO;;OV-77310;2.480,00;01-09-2026;bevestigd;\r\n"
    "Menzis;Flanderijn;M-55-2290;1.020,15;;;loonbeslag\r\n"
)


class GuideShooter:
    """Grabs windows and dialogs into compact PNG files and remembers what it wrote."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.written: list[str] = []

    def grab(self, widget: QWidget, name: str, *, rounds: int = 8, titled: bool = True) -> None:
        """Show ``widget`` (unless shown), let it paint, save it as ``name``.

        A dialog gets a plain title bar drawn above it (offscreen windows have no frame), so
        the reader sees which window the picture shows.
        """
        if name not in GUIDE_IMAGES:
            raise ValueError(f"{name} is not in GUIDE_IMAGES")
        if not widget.isVisible():
            widget.show()
        settle(lambda: False, rounds=rounds)
        from PySide6.QtCore import QBuffer, QIODevice

        picture = widget.grab()
        if titled and widget.windowTitle():
            picture = _with_title_bar(picture, widget.windowTitle())
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        picture.save(buffer, "PNG")
        write_compact_png(bytes(buffer.data().data()), self.out / name)
        self.written.append(name)
        print(self.out / name)


def _with_title_bar(picture: Any, title: str) -> Any:
    """The picture under a simple window title bar with a thin frame around both."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

    ratio = picture.devicePixelRatio()
    width = round(picture.width() / ratio)
    height = round(picture.height() / ratio)
    bar = 30
    framed = QPixmap(round((width + 2) * ratio), round((height + bar + 1) * ratio))
    framed.setDevicePixelRatio(ratio)
    framed.fill(QColor("#d9dde3"))
    painter = QPainter(framed)
    font = QFont(painter.font())
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#202630"))
    painter.drawText(QRect(12, 0, width - 24, bar), Qt.AlignmentFlag.AlignVCenter, title)
    painter.drawPixmap(1, bar, picture)
    painter.setPen(QColor("#9aa3ad"))
    painter.drawRect(0, 0, width + 1, height + bar)
    painter.end()
    return framed


def write_compact_png(png: bytes, target: Path) -> None:
    """A screenshot in at most 256 colours: a third of the size, text stays sharp."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
        small.save(target, "PNG", optimize=True)


def settle(done: Callable[[], bool], rounds: int = 400) -> None:
    """Let Qt (and background work) run until ``done`` or the rounds are over."""
    import time as clock

    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()
        if done():
            return
        clock.sleep(0.01)


def write_guide(out: Path, *, width: int = 1366, height: int = 800) -> list[str]:
    """Write every picture of ``GUIDE_IMAGES`` into ``out``; the names written, in order.

    The data folder is a throwaway one with the demo dossiers; the key lives in memory only.
    """
    import tempfile

    from app.demo import install_demo
    from app.paths import resolve_paths
    from app.profile import Profile, save_profile
    from app.store import open_database
    from views.application import make_application, settings_for
    from views.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    qt_app = make_application()
    _light_theme(qt_app)
    shooter = GuideShooter(out)
    name, organisation, user = GUIDE_PERSON
    with tempfile.TemporaryDirectory(prefix="procesplaat-guide-") as folder:
        paths = resolve_paths(folder)
        _fake_os_user(user)
        db = open_database(paths)
        save_profile(paths, Profile(name, organisation, "caseworker"))
        tanya = install_demo(db, today=GUIDE_DAY)[0][0]
        window = MainWindow(db, settings_for(paths), today=GUIDE_DAY)
        window.resize(width, height)
        window.show()
        window.reload(tanya)
        settle(lambda: window.current_id == tanya and window.tabs.isVisible())
        settle(lambda: False, rounds=20)
        _first_start(shooter)
        _conversation(shooter, window)
        _debts(shooter, window, Path(folder))
        _actions_and_documents(shooter, window)
        _bundle(shooter, window, Path(folder))
        _trust(shooter, window)
        window.close()
        from views.worker import wait_for_background

        wait_for_background()
        db.close()
    missing = [image for image in GUIDE_IMAGES if image not in shooter.written]
    if missing:
        raise RuntimeError(f"guide pictures not written: {', '.join(missing)}")
    return shooter.written


def _light_theme(qt_app: Any) -> None:
    """The guide shows the light theme whatever the machine that makes it prefers."""
    from PySide6.QtCore import Qt

    hints = qt_app.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Light)


def _fake_os_user(user: str) -> None:
    """The computer's user in the pictures is the invented caseworker, not the build machine's."""
    import getpass

    getpass.getuser = lambda: user


def _tab(window: MainWindow, number: int) -> None:
    window.tabs.setCurrentIndex(number)
    settle(lambda: False, rounds=5)


def _first_start(shooter: GuideShooter) -> None:
    from views.dialogs import PassphraseDialog

    dialog = PassphraseDialog(True)
    dialog.resize(500, dialog.sizeHint().height())
    shooter.grab(dialog, "start-wachtwoord.png")
    dialog.close()


def _conversation(shooter: GuideShooter, window: MainWindow) -> None:
    """The procesplaat, the step to the next phase, the praatplaat, presenting, printing."""
    from views.print_dialog import PrintDialog
    from views.route_dialog import EventDialog

    _tab(window, 0)
    shooter.grab(window, "procesplaat.png", titled=False)
    step = EventDialog(
        "Naar fase 9: Ik word overgedragen naar de plangroep",
        day=GUIDE_DAY,
        text="Alle stukken compleet; dossier naar de plangroep",
        words="Ik kan weer ademen!",
        mood=4,
        text_label="Notitie (voor uzelf)",
        parent=window,
    )
    step.resize(560, step.sizeHint().height())
    shooter.grab(step, "naar-volgende-fase.png")
    step.close()
    _tab(window, 1)
    shooter.grab(window, "praatplaat.png", titled=False)
    _tab(window, 0)
    window.present()
    settle(lambda: window.presentation is not None, rounds=50)
    if window.presentation is not None:
        window.presentation.showNormal()
        window.presentation.resize(window.width(), window.height())
        shooter.grab(window.presentation, "presentatie.png", rounds=15, titled=False)
        window.presentation.close()
        settle(lambda: False, rounds=5)
    printing = PrintDialog(window)
    shooter.grab(printing, "afdrukken.png")
    printing.close()


def _debts(shooter: GuideShooter, window: MainWindow, work: Path) -> None:
    """The creditor list, one debt, its measures, and a bewindvoerder's list read in."""
    from views.debt_dialog import DebtDialog
    from views.debt_import_dialog import DebtImportDialog
    from views.measure_dialog import MeasureDialog

    _tab(window, 2)
    shooter.grab(window, "schulden.png", titled=False)
    tab = window.debts_tab
    model = tab.table.model()
    for row in range(model.rowCount()):
        if str(model.index(row, 0).data()).startswith("Woonstichting"):
            tab.table.selectRow(row)
    settle(lambda: False, rounds=5)
    debt = tab.current_debt()
    if debt is not None:
        from app import debts

        edit = DebtDialog(debts.creditor_options(window.db), lambda *_: None, tab, debt=debt)
        shooter.grab(edit, "schuld-wijzigen.png")
        edit.close()
        measures = MeasureDialog(tab, debt)
        measures.resize(780, measures.sizeHint().height())
        shooter.grab(measures, "maatregelen.png")
        measures.close()
    sheet = work / "schuldenlijst-bewindvoerder.csv"
    sheet.write_bytes(_SHEET.encode("utf-8-sig"))
    assert window.current_id is not None
    reading = DebtImportDialog(window.db, window.current_id, today=GUIDE_DAY, parent=window)
    reading.resize(1000, 640)
    reading.show()
    reading.open_file(sheet)
    settle(lambda: reading.preview is not None, rounds=400)
    reading.path_edit.setText(_SHOWN_FOLDER + sheet.name)  # not the build machine's temp folder
    shooter.grab(reading, "schuldenlijst-inlezen.png")
    reading.close()


def _actions_and_documents(shooter: GuideShooter, window: MainWindow) -> None:
    """Her action list, the conversations, the week, her proofs and the desk's checklist."""
    _tab(window, 3)
    window.actions_tab.pages.setCurrentIndex(0)
    shooter.grab(window, "acties.png", titled=False)
    window.actions_tab.pages.setCurrentIndex(1)
    shooter.grab(window, "gesprekken.png", titled=False)
    window.actions_tab.pages.setCurrentIndex(0)
    _tab(window, 0)
    window.show_week()
    settle(lambda: bool(window.week_items), rounds=400)
    if window.week_window is not None:
        window.week_window.view.set_items(window.week_items, GUIDE_DAY)
        window.week_window.resize(1000, 560)
        shooter.grab(window.week_window, "mijn-week.png", rounds=10)
        window.week_window.close()
    _tab(window, 4)
    window.documents_tab.pages.setCurrentIndex(0)
    window.documents_tab.proofs.table.selectRow(0)
    settle(lambda: False, rounds=60)
    shooter.grab(window, "documenten.png", titled=False)
    window.documents_tab.pages.setCurrentIndex(1)
    shooter.grab(window, "checklist.png", titled=False)
    window.documents_tab.pages.setCurrentIndex(0)
    _tab(window, 0)


def _bundle(shooter: GuideShooter, window: MainWindow, work: Path) -> None:
    """The export wizard's three steps, a checked bundle and a bundle read in twice."""
    from app.actions import add_action
    from app.bundle_export import ExportedBy, ExportOptions, export_bundle
    from app.bundle_import import find_conflict
    from app.bundle_read import read_bundle
    from app.bundle_verify import verify_bundle
    from views.bundle_dialogs import ConflictDialog, verify_report_dialog
    from views.export_wizard import ExportWizard

    db, client = window.db, window.current_id
    assert client is not None
    wizard = ExportWizard(db, client, "Verhoef", today=GUIDE_DAY, folder=work)
    wizard.resize(760, 540)
    wizard.file.out.setText(_SHOWN_FOLDER + Path(wizard.file.out.text()).name)
    for secret in (wizard.file.passphrase, wizard.file.again):
        secret.setText("voorbeeld-wachtwoord")  # shown as dots: what the reader will see
    for number, step in enumerate(("ontvanger", "compleet", "bestand"), start=1):
        shooter.grab(wizard, f"exporteren-{number}-{step}.png")
        wizard.completeness.anyway.setChecked(True)
        wizard.next()
    wizard.close()
    bundle = work / "dossier-Verhoef.zip"
    name, organisation, _user = GUIDE_PERSON
    options = ExportOptions(ExportedBy(name, organisation, "caseworker"))
    export_bundle(db, client, bundle, options, today=GUIDE_DAY)
    report = verify_bundle([bundle], checklist_key="volledig", today=GUIDE_DAY)
    checked = verify_report_dialog(report)
    shooter.grab(checked, "controleren.png")
    checked.close()
    # Since the bundle was made, one more action here: reading it in shows what differs.
    add_action(db, client, {"title": "Huurspecificatie opvragen"}, today=GUIDE_DAY)
    with read_bundle([bundle]) as read:
        conflict = find_conflict(db, read.dossier)
    if conflict is not None:
        question = ConflictDialog(conflict)
        shooter.grab(question, "inlezen-bestaat-al.png")
        question.close()


def _trust(shooter: GuideShooter, window: MainWindow) -> None:
    """Backups, the lock screen, the retention term and the log."""
    from app import clients
    from app.backup import make_backup
    from views.audit_view import AuditWindow
    from views.backup_dialog import BackupDialog
    from views.lock import LockScreen
    from views.retention_dialog import RetentionDialog

    db = window.db
    for days, reason in ((2, "dagelijks"), (1, "dagelijks"), (0, "dagelijks"), (0, "handmatig")):
        moment = datetime.combine(GUIDE_DAY - timedelta(days=days), time(8 + 4 * days, 12))
        if reason == "handmatig":
            moment = moment.replace(hour=14, minute=37)
        make_backup(db, reason=reason, now=moment)
    backups = BackupDialog(db, window)
    backups.resize(800, 440)
    backups.show()
    settle(lambda: backups.model.rowCount() > 0, rounds=200)
    shooter.grab(backups, "back-ups.png")
    backups.close()
    lock = LockScreen()
    lock.prepare("keyring")
    lock.resize(640, 360)
    shooter.grab(lock, "vergrendeld.png", titled=False)
    lock.close()
    # One demo dossier closed long ago, so the retention list has something to offer.
    gone = next(
        row for row in clients.list_client_rows(db, today=GUIDE_DAY) if row.id != window.current_id
    )
    clients.close_client(db, gone.id, on=GUIDE_DAY.replace(year=GUIDE_DAY.year - 6))
    retention = RetentionDialog(db, window, today=GUIDE_DAY)
    retention.resize(760, 420)
    shooter.grab(retention, "bewaartermijn.png")
    retention.close()
    log = AuditWindow(db, window, today=GUIDE_DAY)
    log.resize(1000, 560)
    log.show()
    settle(lambda: False, rounds=60)
    shooter.grab(log, "logboek.png")
    log.close()
