"""The one place that decides where Procesplaat keeps its files."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Procesplaat"
DATA_DIR_ENV = "PROCESPLAAT_DATA_DIR"
#: A server database (PostgreSQL URL) instead of the data folder's encrypted file.
DATABASE_URL_ENV = "PROCESPLAAT_DATABASE_URL"


@dataclass(frozen=True)
class Paths:
    """Every file and folder of one data folder."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "procesplaat.db"

    @property
    def store_info(self) -> Path:
        """Non-secret facts about the store: its id and where its key lives."""
        return self.data_dir / "store.json"

    @property
    def documents(self) -> Path:
        return self.data_dir / "documenten"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def settings(self) -> Path:
        return self.data_dir / "instellingen.ini"


def default_data_dir() -> Path:
    """The platform's user data folder for Procesplaat."""
    import platformdirs  # only here: a start with its folder given does not need it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """The paths for an explicit folder, else $PROCESPLAAT_DATA_DIR, else the default."""
    if data_dir is not None:
        chosen = Path(data_dir)
    elif os.environ.get(DATA_DIR_ENV):
        chosen = Path(os.environ[DATA_DIR_ENV])
    else:
        chosen = default_data_dir()
    return Paths(chosen.expanduser().resolve())


def resources_dir() -> Path:
    """The folder with the program's data files.

    From a source checkout or an installed package it is the repository's resources/ folder;
    in a PyInstaller build the bundle unpacks it under sys._MEIPASS.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
