"""Shared fixtures: every test gets its own data folder, a memory keyring and no $HOME."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.memory_keyring import MemoryKeyring
from views.pyside_import import use_pyside

use_pyside()  # the modules the tests import after PySide6 are not read a second time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class NoKeyring(KeyringBackend):
    """A machine without a usable keyring."""

    priority = 0  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.NoKeyringError("no keyring")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.NoKeyringError("no keyring")


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test reads or writes the real home, data folder, keyring or passphrase."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("PROCESPLAAT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("PROCESPLAAT_PASSPHRASE", raising=False)
    monkeypatch.delenv("PROCESPLAAT_DATABASE_URL", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    return backend


@pytest.fixture
def no_keyring() -> None:
    keyring.set_keyring(NoKeyring())


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db(data_dir: Path):
    """An empty encrypted store in the test's own data folder, closed afterwards."""
    from builders import open_db

    database = open_db(data_dir)
    yield database
    database.close()
