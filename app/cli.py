"""The command line, with the exit codes of DESIGN.md.

```
procesplaat [--data-dir DIR] COMMAND ...
  demo [--clients N]            add the demo dossiers (Tanya and others) and N generated ones
  list [--json]                 one line per client: id, name, phase, total debt
  show CLIENT [--json]          one dossier; --json prints the dossier.json of the bundle spec
  print CLIENT --what procesplaat|actions|card|overview --out FILE.pdf
  export CLIENT --out FILE.zip [--passphrase-file F] [--max-part-mb N] [--checklist KEY]
  import FILE.zip... [--passphrase-file F] [--on-conflict new|replace|cancel]
  verify FILE.zip... [--passphrase-file F] [--checklist KEY]
  backup | backups [--json] | restore FILE [--yes]
  audit [CLIENT] [--action ACTION] [--who NAME] [--since YYYY-MM-DD] [--until YYYY-MM-DD]
        [--limit N] [--json]
  retention [--years N | --set-years N | --destroy CLIENT... [--yes]] [--json]
  access CLIENT --out FOLDER [--passphrase-file F]
```
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from app.cli_backup import add_backup_parsers, run_backup, run_backups, run_restore
from app.cli_bundle import add_bundle_parsers, run_export, run_import, run_verify
from app.cli_parser import DutchParser
from app.cli_print import add_print_parser, run_print
from app.cli_retention import retention_writes, run_retention
from app.cli_trust import add_trust_parsers, run_access, run_audit
from app.errors import UserError
from app.paths import Paths, resolve_paths

if TYPE_CHECKING:  # the database stack is imported only when a command needs it
    from app.db import Database

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_BUG = 3  # DESIGN.md: anything but 0, 1, 2 is a bug


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("procesplaat")
    except PackageNotFoundError:
        return "0+unknown"


class _VersionAction(argparse.Action):
    """--version, looked up only when asked (reading package metadata costs start-up time)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"procesplaat {app_version()}")
        parser.exit()


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen geheel getal: {text!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError("moet 0 of meer zijn")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = DutchParser(
        prog="procesplaat",
        description="Procesplaat: schuldhulp en bewind, de route van de klant in beeld.",
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="toon de versie")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="map met database en documenten "
        "(standaard: $PROCESPLAAT_DATA_DIR of de gebruikersmap)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open het programma met de demodossiers"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="opdrachten")
    demo = commands.add_parser("demo", help="voeg de demodossiers (Tanya en anderen) toe")
    demo.add_argument(
        "--clients",
        type=_positive,
        default=0,
        metavar="N",
        help="voeg ook N gegenereerde dossiers toe",
    )
    listing = commands.add_parser("list", help="een regel per klant")
    listing.add_argument("--json", action="store_true", help="als JSON")
    show = commands.add_parser("show", help="een dossier")
    show.add_argument("client", metavar="CLIENT", help="klant-id of een uniek begin ervan")
    show.add_argument("--json", action="store_true", help="als dossier.json (bundelformaat)")
    add_print_parser(commands)
    add_bundle_parsers(commands)
    add_backup_parsers(commands)
    add_trust_parsers(commands)
    return parser


def _today() -> date:
    return date.today()


def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    from app.demo import install_demo

    ids, generated = install_demo(db, today=_today(), generated=args.clients or 0)
    print(f"{len(ids)} demodossiers staan klaar.")
    if args.clients:
        print(f"{generated} gegenereerde dossiers toegevoegd.")
    return EXIT_OK


def cmd_list(db: Database, args: argparse.Namespace) -> int:
    from app.clients import list_client_rows
    from models.values import format_money, money_to_json

    rows = sorted(list_client_rows(db, today=_today()), key=lambda r: r.sort_name.lower())
    if args.json:
        payload = [
            {
                "id": str(row.id),
                "name": row.name,
                "phase": row.phase,
                "total_debt": money_to_json(row.total_debt),
                "next_deadline": row.next_deadline.isoformat() if row.next_deadline else None,
                "status": row.status,
            }
            for row in rows
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    for row in rows:
        phase = _fit(f"{row.phase_number:>2} {row.phase_title}" if row.phase else "-", 30)
        closed = "  (gesloten)" if row.status == "closed" else ""
        print(
            f"{row.id}  {_fit(row.name, 30):<30}  {phase:<30} "
            f"{format_money(row.total_debt):>14}{closed}"
        )
    return EXIT_OK


def _fit(text: str, width: int) -> str:
    """Cut text to a column, with an ellipsis where it was cut."""
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_show(db: Database, args: argparse.Namespace) -> int:
    from app.clients import find_client_id
    from app.dossier_json import read_dossier

    dossier = read_dossier(db, find_client_id(db, args.client), today=_today())
    if args.json:
        print(json.dumps(dossier, ensure_ascii=False, indent=2))
    else:
        print(_dossier_text(dossier))
    return EXIT_OK


def _dossier_text(dossier: dict[str, Any]) -> str:
    from decimal import Decimal

    from app.resources import load_process
    from models.identifiers import mask_bsn
    from models.people import full_name
    from models.values import format_date, format_money

    def day(text: str | None) -> str:
        return format_date(date.fromisoformat(text)) if text else "-"

    client = dossier["client"]
    template = load_process(dossier["journey"]["process"])
    phase_key = dossier["journey"]["current_phase"]
    phase = template.phase(phase_key) if phase_key else None
    names = {c["id"]: c["name"] for c in dossier["creditors"]}
    lines = [
        full_name(client["first_names"], client["prefix"], client["last_name"]),
        f"  id          {client['id']}",
        f"  geboren     {day(client['birth_date'])}",
        f"  BSN         {mask_bsn(client['bsn']) if client['bsn'] else '-'}",
        f"  fase        {phase.number}. {phase.caseworker_title}" if phase else "  fase        -",
        f"  schulden    {len(dossier['debts'])}",
    ]
    total = Decimal("0.00")
    for debt in dossier["debts"]:
        amount = Decimal(debt["total"])
        total += amount
        name = _fit(names.get(debt["creditor_id"], "?"), 36)
        lines.append(f"    {name:<36} {format_money(amount):>14}")
    lines.append(f"    {'Totaal':<36} {format_money(total):>14}")
    open_actions = sorted(
        (a for a in dossier["actions"] if not a["done_on"]), key=lambda a: a["due_on"] or "9999"
    )
    lines.append(f"  open acties {len(open_actions)}")
    today = _today().isoformat()
    for action in open_actions:
        late = "  (te laat)" if action["due_on"] and action["due_on"] < today else ""
        lines.append(f"    {day(action['due_on']):<10} {action['title']}{late}")
    return "\n".join(lines)


def cmd_print(db: Database, args: argparse.Namespace) -> int:
    """print CLIENT --what ...: a handout as PDF (app/cli_print.py)."""
    return run_print(db, args, today=_today())


def cmd_export(db: Database, args: argparse.Namespace) -> int:
    """export CLIENT --out FILE.zip ...: the dossier bundle (app/cli_bundle.py)."""
    return run_export(db, args, today=_today())


def cmd_import(db: Database, args: argparse.Namespace) -> int:
    """import FILE.zip... [--on-conflict ...]: a dossier bundle read in (app/cli_bundle.py)."""
    return run_import(db, args, today=_today())


def cmd_retention(db: Database, args: argparse.Namespace) -> int:
    """retention [...]: dossiers past their term; save the term; destroy (app/cli_retention.py)."""
    return run_retention(db, args, today=_today())


def cmd_access(db: Database, args: argparse.Namespace) -> int:
    """access CLIENT --out FOLDER: a right-of-access export (app/cli_trust.py)."""
    return run_access(db, args, today=_today())


COMMANDS = {
    "demo": cmd_demo,
    "list": cmd_list,
    "show": cmd_show,
    "print": cmd_print,
    "export": cmd_export,
    "import": cmd_import,
    "backup": run_backup,
    "audit": run_audit,
    "retention": cmd_retention,
    "access": cmd_access,
}

#: Commands of ``instance.WRITING_COMMANDS`` that write only with some options: they hold the
#: data folder only then, so that merely looking runs beside the window.
WRITES_ONLY_WHEN = {"retention": retention_writes}


def _report_bug(paths: Paths, exc: BaseException) -> int:
    """A bug: the traceback goes to the log (code and types, never a dossier's values)."""
    from app.logs import log_bug

    where = log_bug(paths, exc)
    print(
        "procesplaat: er ging iets mis in het programma"
        + (f"; de details staan in {where}" if where else ""),
        file=sys.stderr,
    )
    return EXIT_BUG


#: Commands that must not open the store: verify checks a bundle before anything is opened,
#: backups lists without the key, restore replaces the database while it is closed.
WITHOUT_DATABASE = {"verify": run_verify, "backups": run_backups, "restore": run_restore}


def run_without_database(args: argparse.Namespace) -> int:
    """A command of ``WITHOUT_DATABASE``, with the same exit codes."""
    try:
        return WITHOUT_DATABASE[args.command](args)
    except UserError as exc:
        print(f"procesplaat: {exc.message}", file=sys.stderr)
        return EXIT_REFUSED
    except Exception as exc:
        return _report_bug(resolve_paths(args.data_dir), exc)


def run_command(args: argparse.Namespace) -> int:
    """Run one command-line command; user errors print one line and give exit code 1.

    A command that writes (``instance.WRITING_COMMANDS``) holds the data folder as the window
    does, so that it never writes under an open window; reading ones run beside it.
    """
    from app import instance

    only_when = WRITES_ONLY_WHEN.get(args.command)
    writes = args.command in instance.WRITING_COMMANDS and (only_when is None or only_when(args))
    if not writes:
        return _run_command(args)
    try:
        held = instance.hold(resolve_paths(args.data_dir))
    except UserError as exc:
        print(f"procesplaat: {exc.message}", file=sys.stderr)
        return EXIT_REFUSED
    with held:
        return _run_command(args)


def _run_command(args: argparse.Namespace) -> int:
    from app.store import open_database

    if args.command in WITHOUT_DATABASE:
        return run_without_database(args)
    try:
        db = open_database(resolve_paths(args.data_dir))
    except UserError as exc:
        print(f"procesplaat: {exc.message}", file=sys.stderr)
        return EXIT_REFUSED
    try:
        return COMMANDS[args.command](db, args)
    except UserError as exc:
        print(f"procesplaat: {exc.message}", file=sys.stderr)
        return EXIT_REFUSED
    except Exception as exc:
        return _report_bug(db.paths, exc)
    finally:
        db.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point without the GUI (used by the launcher for every COMMAND)."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        print("procesplaat: geef een opdracht (zie --help)", file=sys.stderr)
        return EXIT_USAGE
    return run_command(args)
