"""The `print` command: one handout of a client written as a PDF file."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.handouts import WHAT

if TYPE_CHECKING:
    from app.db import Database

__all__ = ["PrintUsageError", "add_print_parser", "print_options", "run_print"]

EXIT_OK = 0
EXIT_USAGE = 2

_WHAT_HELP = "procesplaat, actions (actielijst), card (kaartje, 10 op een A4) of overview"


def add_print_parser(commands: Any) -> argparse.ArgumentParser:
    """Add ``print CLIENT --what ... --out FILE.pdf [--a3] [--amounts] [--show-bsn]``.

    Args:
        commands: The sub-parsers of the program's parser (``add_subparsers()``).

    Returns:
        The ``print`` parser; it is also kept in the parsed arguments for usage errors.
    """
    printing: argparse.ArgumentParser = commands.add_parser(
        "print", help="maak een afdruk als PDF (procesplaat, actielijst, kaartje, overzicht)"
    )
    printing.add_argument("client", metavar="CLIENT", help="klant-id of een uniek begin ervan")
    printing.add_argument("--what", required=True, choices=WHAT, help=f"wat: {_WHAT_HELP}")
    printing.add_argument(
        "--out", required=True, type=Path, metavar="FILE.pdf", help="het PDF-bestand"
    )
    printing.add_argument("--a3", action="store_true", help="procesplaat op A3 in plaats van A4")
    printing.add_argument(
        "--amounts", action="store_true", help="procesplaat met het totaal van de schulden"
    )
    printing.add_argument(
        "--show-bsn",
        action="store_true",
        help="overzicht met het hele BSN (anders alleen de laatste cijfers)",
    )
    printing.set_defaults(print_parser=printing)
    return printing


class PrintUsageError(ValueError):
    """An option that does not go with the chosen handout."""


def print_options(args: argparse.Namespace) -> dict[str, Any]:
    """The options of ``app.handouts.make_handout`` that the command line's flags ask for.

    Raises:
        PrintUsageError: A flag that does not belong to the chosen handout.
    """
    wrong = [
        flag
        for flag, given, belongs in (
            ("--a3", args.a3, args.what == "procesplaat"),
            ("--amounts", args.amounts, args.what == "procesplaat"),
            ("--show-bsn", args.show_bsn, args.what == "overview"),
        )
        if given and not belongs
    ]
    if wrong:
        only = {"--a3": "procesplaat", "--amounts": "procesplaat", "--show-bsn": "overview"}
        raise PrintUsageError(
            "; ".join(f"{flag} kan alleen bij --what {only[flag]}" for flag in wrong)
        )
    if args.what == "procesplaat":
        return {"size": "A3" if args.a3 else "A4", "amounts": args.amounts}
    if args.what == "overview":
        return {"show_bsn": args.show_bsn}
    return {}


def run_print(db: Database, args: argparse.Namespace, *, today: date) -> int:
    """Write the handout the arguments ask for, then print the file's path.

    Args:
        db: The opened database.
        args: The parsed ``print`` arguments.
        today: The day it is printed.

    Returns:
        0 when the file is written; 2 when a flag does not go with the handout (the usage
        and the problem are printed on stderr, nothing is written).

    Raises:
        UserError: No such client (or the prefix fits several), or the file cannot be
            written; the caller prints the Dutch message and exits with 1.
    """
    try:
        options = print_options(args)
    except PrintUsageError as exc:
        parser = getattr(args, "print_parser", None)
        if parser is not None:
            parser.print_usage(sys.stderr)
        print(f"procesplaat print: fout: {exc}", file=sys.stderr)
        return EXIT_USAGE
    from app.clients import find_client_id
    from app.handouts import write_handout

    client_id = find_client_id(db, args.client)
    path = Path(args.out)
    write_handout(db, client_id, args.what, path, today=today, **options)
    print(path)
    return EXIT_OK
