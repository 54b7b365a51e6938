"""The log file in the data folder: tracebacks of bugs, never the values of a dossier.

An exception's message may quote what a person typed (a name, a BSN in a parse error), so
tracebacks are written as the exception's type and the code's frames only.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path
from types import TracebackType

from app.paths import Paths

log = logging.getLogger("procesplaat")

LOG_NAME = "procesplaat.log"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class WithoutValuesFormatter(logging.Formatter):
    """Formats tracebacks as type and frames: the message of the exception is left out."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached the full traceback, message included, on the record.
        plain = logging.makeLogRecord(record.__dict__)
        plain.exc_info, plain.exc_text = None, None
        text = super().format(plain)
        if record.exc_info:
            text += "\n" + self.formatException(record.exc_info)
        return text

    def formatException(self, ei: ExcInfo | tuple[None, None, None]) -> str:  # noqa: N802
        kind, _, tb = ei
        if kind is None:
            return ""
        frames = "".join(traceback.format_list(traceback.extract_tb(tb)))
        return f"Traceback (most recent call last):\n{frames}{kind.__module__}.{kind.__qualname__}"


def log_file(paths: Paths) -> Path:
    return paths.logs / LOG_NAME


def setup_logging(paths: Paths) -> Path:
    """A rotating log file in the data folder (once per process); returns its path.

    Raises:
        OSError: the data folder cannot be written.
    """
    target = log_file(paths)
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == str(target):
            return target
    paths.logs.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        target, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(WithoutValuesFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return target


def log_bug(paths: Paths, exc: BaseException) -> Path | None:
    """Write a bug's traceback to the log; its path, or None when it could not be written."""
    try:
        target = setup_logging(paths)
    except OSError:
        return None
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    return target
