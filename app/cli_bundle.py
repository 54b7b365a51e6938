"""The bundle commands: export, verify and import (the spec's dossier bundle)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import UserError
from models.messages import say

if TYPE_CHECKING:
    from app.db import Database

__all__ = ["add_bundle_parsers", "run_export", "run_import", "run_verify"]

EXIT_OK = 0
EXIT_REFUSED = 1
MAX_PASSPHRASE = 1024


def add_bundle_parsers(commands: Any) -> None:
    """Add ``export``, ``import`` and ``verify`` as DESIGN.md names them."""
    export = commands.add_parser("export", help="maak een dossierbundel (zip) van een klant")
    export.add_argument("client", metavar="CLIENT", help="klant-id of een uniek begin ervan")
    export.add_argument("--out", required=True, type=Path, metavar="FILE.zip", help="de bundel")
    _passphrase_option(export, "versleutel de bundel (WinZip AES-256) met het wachtwoord in F")
    export.add_argument(
        "--max-part-mb",
        type=_part_mb,
        metavar="N",
        help="splits in delen van hoogstens N MB (voor de mail; bijvoorbeeld 10)",
    )
    export.add_argument("--checklist", metavar="KEY", help="de checklist van het ontvangende loket")
    export.add_argument(
        "--debt-proofs",
        action="store_true",
        help="voeg schuldbewijzen.pdf toe: alle schuldbewijzen in de volgorde van de schuldenlijst",
    )
    verify = commands.add_parser("verify", help="controleer een dossierbundel")
    verify.add_argument("files", nargs="+", type=Path, metavar="FILE.zip", help="alle delen")
    _passphrase_option(verify, "het wachtwoord van een versleutelde bundel staat in F")
    verify.add_argument(
        "--checklist",
        metavar="KEY",
        help="controleer ook of alles van deze checklist er is (anders: exitcode 1)",
    )
    importing = commands.add_parser("import", help="lees een dossierbundel in")
    importing.add_argument("files", nargs="+", type=Path, metavar="FILE.zip", help="alle delen")
    _passphrase_option(importing, "het wachtwoord van een versleutelde bundel staat in F")
    importing.add_argument(
        "--on-conflict",
        choices=("new", "replace", "cancel"),
        help="bestaat de klant al: new (een nieuwe kopie), replace (vervangen), cancel (stoppen)",
    )


def _passphrase_option(parser: argparse.ArgumentParser, text: str) -> None:
    parser.add_argument("--passphrase-file", type=Path, metavar="F", help=text)


def _part_mb(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen geheel getal: {text!r}") from None
    if not 1 <= number <= 10_000:
        raise argparse.ArgumentTypeError("kies een aantal MB van 1 tot 10000")
    return number


def read_passphrase(path: Path | None) -> str | None:
    """The passphrase in a file: its first line, without the line end.

    Raises:
        UserError: the file cannot be read, is empty or is not text.
    """
    if path is None:
        return None
    try:
        raw = path.read_bytes()[: MAX_PASSPHRASE * 4 + 2]
    except OSError as exc:
        raise UserError(say("Het wachtwoordbestand {path} is niet te lezen.", path=path)) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(
            say("Het wachtwoordbestand {path} is geen tekst (UTF-8).", path=path)
        ) from exc
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""
    if not passphrase:
        raise UserError(say("Het wachtwoordbestand {path} is leeg.", path=path))
    if len(passphrase) > MAX_PASSPHRASE:
        raise UserError(
            say(
                "Het wachtwoord in {path} is langer dan {max_passphrase} tekens.",
                path=path,
                max_passphrase=MAX_PASSPHRASE,
            )
        )
    return passphrase


def run_export(db: Database, args: argparse.Namespace, *, today: date) -> int:
    from app.bundle_export import ExportedBy, ExportOptions, export_bundle
    from app.clients import find_client_id
    from app.profile import load_profile

    client_id = find_client_id(db, args.client)
    passphrase = read_passphrase(args.passphrase_file)
    profile = load_profile(db.paths)
    if not args.out.parent.is_dir():
        raise UserError(say("De map {parent} bestaat niet.", parent=args.out.parent))
    options = ExportOptions(
        exported_by=ExportedBy(profile.name, profile.organisation, profile.role),
        checklist_key=args.checklist,
        passphrase=passphrase,
        max_part_bytes=args.max_part_mb * 1_000_000 if args.max_part_mb else None,
        debt_proofs_pdf=args.debt_proofs,
    )
    written = export_bundle(db, client_id, args.out, options, today=today)
    for path in written:
        print(path)
    return EXIT_OK


def run_verify(args: argparse.Namespace) -> int:
    """Verify needs no database: a desk can check a bundle before anything is opened."""
    from app.bundle_verify import verify_bundle

    passphrase = read_passphrase(args.passphrase_file)
    report = verify_bundle(args.files, passphrase=passphrase, checklist_key=args.checklist)
    for line in report.summary:
        print(line)
    for problem in report.problems:
        print(f"fout: {problem}", file=sys.stderr)
    for missing in report.missing:
        print(f"ontbreekt: {missing}", file=sys.stderr if args.checklist else sys.stdout)
    if report.problems:
        print(
            f"procesplaat: de bundel is niet in orde ({len(report.problems)} fouten)",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    if args.checklist and report.missing:
        print(
            f"procesplaat: de bundel is in orde, maar er ontbreken {len(report.missing)} "
            "punten van de checklist",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    print("De bundel is in orde.")
    return EXIT_OK


def run_import(db: Database, args: argparse.Namespace, *, today: date) -> int:
    from app.bundle_import import OnConflict, find_conflict, import_dossier
    from app.bundle_read import read_bundle

    passphrase = read_passphrase(args.passphrase_file)
    with read_bundle(args.files, passphrase=passphrase) as bundle:
        choice = OnConflict(args.on_conflict) if args.on_conflict else None
        conflict = find_conflict(db, bundle.dossier)
        if conflict is not None and choice is None:
            how = "hetzelfde id" if conflict.matched_by == "id" else "hetzelfde BSN"
            print(f"procesplaat: deze klant bestaat al ({how}): {conflict.name}", file=sys.stderr)
            for difference in conflict.differences:
                print(
                    f"  {difference.label}: hier {difference.here!r}, "
                    f"in de bundel {difference.there!r}",
                    file=sys.stderr,
                )
            print(
                "procesplaat: niets ingelezen; kies --on-conflict new, replace of cancel",
                file=sys.stderr,
            )
            return EXIT_REFUSED
        from app.backup import backup_before

        backup_before(db, "voor-import")  # a way back first; no import without it
        notes: list[str] = []
        client_id = import_dossier(
            db,
            bundle.dossier,
            bundle.open,
            manifest=bundle.manifest,
            bag_info=bundle.bag_info,
            on_conflict=choice,
            today=today,
            notes=notes,
        )
    for note in notes:
        print(f"let op: {note}", file=sys.stderr)
    print(client_id)
    return EXIT_OK
