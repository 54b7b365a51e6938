"""The backup commands: backup (make one now), backups (list them), restore FILE."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import UserError
from app.paths import Paths, resolve_paths
from models.messages import say

if TYPE_CHECKING:
    from app.backup import BackupInfo
    from app.db import Database

__all__ = ["add_backup_parsers", "run_backup", "run_backups", "run_restore"]

EXIT_OK = 0
EXIT_REFUSED = 1
BY_HAND = "handmatig"


def add_backup_parsers(commands: Any) -> None:
    """Add ``backup``, ``backups`` and ``restore``."""
    commands.add_parser("backup", help="maak nu een versleutelde back-up van de database")
    listing = commands.add_parser("backups", help="een regel per back-up, de nieuwste eerst")
    listing.add_argument("--json", action="store_true", help="als JSON")
    restore = commands.add_parser(
        "restore",
        help="zet een back-up terug (eerst gecontroleerd; de huidige database wordt bewaard)",
    )
    restore.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help="de back-up: een pad, of een naam uit de map backups van de gegevensmap",
    )
    restore.add_argument(
        "--yes", action="store_true", help="niet om bevestiging vragen (voor scripts)"
    )


def run_backup(db: Database, args: argparse.Namespace) -> int:
    """``backup``: one verified backup now (rotation included); prints its path."""
    from app.backup import make_backup

    print(make_backup(db, reason=BY_HAND))
    return EXIT_OK


def _paths(args: argparse.Namespace) -> Paths:
    return resolve_paths(getattr(args, "data_dir", None))


def _size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1000))} kB"


def _as_json(info: BackupInfo) -> dict[str, object]:
    return {
        "file": str(info.path),
        "made_at": info.made_at.isoformat(),
        "reason": info.reason,
        "size": info.size,
        "documents": info.documents,
    }


def run_backups(args: argparse.Namespace) -> int:
    """``backups``: lists the data folder's backups; needs neither the database nor its key."""
    from app.backup import list_backups

    found = list_backups(_paths(args))
    if args.json:
        print(json.dumps([_as_json(info) for info in found], indent=2))
        return EXIT_OK
    if not found:
        print("Er zijn nog geen back-ups.")
    for info in found:
        documents = "-" if info.documents is None else str(info.documents)
        print(
            f"{info.made_at:%d-%m-%Y %H:%M}  {info.label:<36} {_size(info.size):>9}  "
            f"{documents:>5} documenten  {info.path.name}"
        )
    return EXIT_OK


def _chosen(paths: Paths, file: Path) -> Path:
    """The file named on the command line, else a backup of that name in the data folder."""
    if file.exists() or file.parent != Path("."):
        return file
    inside = paths.backups / file.name
    return inside if inside.exists() else file


def _confirmed(backup: Path) -> bool:
    if not sys.stdin.isatty():
        return False
    print(
        f"De database wordt vervangen door de back-up {backup.name}. Wat daarna is "
        "veranderd, staat alleen nog in de veiligheidskopie die eerst wordt gemaakt."
    )
    answer = input("Doorgaan? Typ 'ja': ")
    return answer.strip().lower() == "ja"


def run_restore(args: argparse.Namespace) -> int:
    """``restore FILE [--yes]``: checks the backup, copies the current database aside, then
    replaces it. Runs with the database closed: route it before the store is opened.

    Raises:
        UserError: no key, a damaged or foreign backup, one from a newer version.
    """
    from app.backup_restore import restore_backup
    from app.secrets import open_key

    paths = _paths(args)
    backup = _chosen(paths, args.file)
    if not backup.is_file():
        raise UserError(
            say("De back-up {backup} bestaat niet. Er is niets veranderd.", backup=backup)
        )
    if not args.yes and not _confirmed(backup):
        print(
            "procesplaat: niets teruggezet; bevestig met 'ja' of geef --yes mee",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    if not paths.store_info.exists():
        raise UserError(
            say(
                "In {data_dir} staat geen gegevensmap van Procesplaat: de sleutel om de"
                " back-up te lezen ontbreekt. Er is niets veranderd.",
                data_dir=paths.data_dir,
            )
        )
    safety = restore_backup(paths, backup, key=open_key(paths))
    print(f"De back-up {backup.name} is teruggezet.")
    if safety is not None:
        print(f"De database van daarvoor staat in {safety}")
    return EXIT_OK
