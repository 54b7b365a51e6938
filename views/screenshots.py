"""Screenshots of the main window with the demo dossiers (`make screenshots`), for people to
look at; with ``--guide``, exactly the pictures of the user guide (`make guide`)."""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import keyring

from app.memory_keyring import MemoryKeyring


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="screenshots", help="folder for the PNG files")
    parser.add_argument("--width", type=int, default=1366)
    parser.add_argument("--height", type=int, default=800)
    parser.add_argument(
        "--guide",
        action="store_true",
        help="write exactly the pictures of the user guide (views/guide_shots.py)",
    )
    parser.add_argument(
        "--language", choices=("nl", "en"), default="nl", help="the UI's language (default nl)"
    )
    parser.add_argument(
        "--theme", choices=("light", "dark"), default="light", help="light (default) or dark"
    )
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.guide:
        from views.guide_shots import write_guide

        keyring.set_keyring(MemoryKeyring())
        write_guide(out, width=args.width, height=args.height)
        return 0

    from PySide6.QtWidgets import QApplication

    from app.demo import install_demo
    from app.paths import resolve_paths
    from app.store import open_database
    from views.application import make_application, settings_for
    from views.main_window import TAB_NAMES, MainWindow
    from views.preferences import apply_theme, install_language

    keyring.set_keyring(MemoryKeyring())
    app = make_application()
    if args.language != "nl":
        install_language(app, args.language)
    apply_theme(app, args.theme)
    with tempfile.TemporaryDirectory(prefix="procesplaat-shots-") as folder:
        paths = resolve_paths(folder)
        db = open_database(paths)
        today = date.today()
        tanya = install_demo(db, today=today)[0][0]
        window = MainWindow(db, settings_for(paths), today=today)
        window.resize(args.width, args.height)
        window.show()
        window.reload(tanya)
        _settle(app, lambda: window.current_id == tanya and window.tabs.isVisible())
        _settle(app, lambda: False, rounds=20)
        for number, name in enumerate(TAB_NAMES):
            window.tabs.setCurrentIndex(number)
            _settle(app, lambda: False, rounds=5)
            target = out / f"hoofdvenster-{number + 1}-{name.lower()}.png"
            window.grab().save(str(target))
            print(target)
            if name == "Documenten":  # a proof chosen: its first page in the preview
                window.documents_tab.proofs.table.selectRow(0)
                _settle(app, lambda: False, rounds=60)
                window.grab().save(str(target))
            if name == "Schulden":  # the second page of the tab: income and expenses
                window.debts_tab.pages.setCurrentIndex(1)
                _settle(app, lambda: False, rounds=5)
                target = out / f"hoofdvenster-{number + 1}b-inkomsten-uitgaven.png"
                window.grab().save(str(target))
                print(target)
                window.debts_tab.pages.setCurrentIndex(0)
        for tab, name in ((0, "procesplaat"), (1, "praatplaat")):
            window.tabs.setCurrentIndex(tab)
            window.present()  # presentation mode, full screen (the window's size offscreen)
            _settle(app, lambda: window.presentation is not None, rounds=50)
            if window.presentation is not None:
                window.presentation.showNormal()
                window.presentation.resize(args.width, args.height)
                _settle(app, lambda: False, rounds=10)
                target = out / f"{name}-presentatie.png"
                window.presentation.grab().save(str(target))
                print(target)
                window.presentation.close()
                _settle(app, lambda: False, rounds=5)
        window.tabs.setCurrentIndex(0)
        window.show_week()
        _settle(app, lambda: bool(window.week_items), rounds=400)
        if window.week_window is not None:
            window.week_window.view.set_items(window.week_items, today)
            _settle(app, lambda: False, rounds=10)
            target = out / "mijn-week.png"
            window.week_window.grab().save(str(target))
            print(target)
            window.week_window.close()
        window.tabs.setCurrentIndex(3)
        window.actions_tab.pages.setCurrentIndex(1)
        _settle(app, lambda: False, rounds=5)
        target = out / "hoofdvenster-4b-gesprekken.png"
        window.grab().save(str(target))
        print(target)
        window.actions_tab.pages.setCurrentIndex(0)
        window.tabs.setCurrentIndex(4)
        window.documents_tab.pages.setCurrentIndex(1)
        _settle(app, lambda: False, rounds=5)
        target = out / "hoofdvenster-5b-checklist.png"
        window.grab().save(str(target))
        print(target)
        window.documents_tab.pages.setCurrentIndex(0)
        _bundle_screens(app, db, tanya, today, out, Path(folder))
        window.tabs.setCurrentIndex(0)
        window.search.setText("tan")
        _settle(app, lambda: False, rounds=5)
        window.grab().save(str(out / "hoofdvenster-zoeken.png"))
        window.close()
        from views.worker import wait_for_background

        wait_for_background()
        db.close()
    QApplication.processEvents()
    return 0


def _bundle_screens(app: object, db: Any, client: Any, today: date, out: Path, work: Path) -> None:
    """The export wizard's three steps, a verify report and an import's conflict question."""
    from app.bundle_export import ExportedBy, ExportOptions, export_bundle
    from app.bundle_import import find_conflict
    from app.bundle_verify import verify_bundle
    from views.bundle_dialogs import ConflictDialog, verify_report_dialog
    from views.export_wizard import ExportWizard

    wizard = ExportWizard(db, client, "Verhoef", today=today, folder=work)
    wizard.show()
    for step in ("ontvanger", "compleet", "bestand"):
        _settle(app, lambda: False, rounds=5)
        target = out / f"exporteren-{step}.png"
        wizard.grab().save(str(target))
        print(target)
        wizard.completeness.anyway.setChecked(True)
        wizard.next()
    wizard.close()
    bundle = work / "dossier.zip"
    options = ExportOptions(ExportedBy("Els de Vries", "Gemeente Utrecht", "caseworker"))
    export_bundle(db, client, bundle, options, today=today)
    report = verify_bundle([bundle], checklist_key="volledig", today=today)
    shots: list[tuple[str, Any]] = [("controleren", verify_report_dialog(report))]
    from app.actions import add_action
    from app.bundle_read import read_bundle

    # Since the bundle was made, one more action here: the import shows what differs.
    add_action(db, client, {"title": "Huurspecificatie opvragen"}, today=today)
    with read_bundle([bundle]) as read:
        conflict = find_conflict(db, read.dossier)
    if conflict is not None:
        shots.append(("inlezen-bestaat-al", ConflictDialog(conflict)))
    for name, dialog in shots:
        dialog.show()
        _settle(app, lambda: False, rounds=5)
        target = out / f"{name}.png"
        dialog.grab().save(str(target))
        print(target)
        dialog.close()


def _settle(app: object, done: object, rounds: int = 400) -> None:
    import time

    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()
        if callable(done) and done():
            return
        time.sleep(0.01)


if __name__ == "__main__":
    sys.exit(main())
