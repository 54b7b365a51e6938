"""The public key API the lock screen uses: the folder's key information and passphrase keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import UserError
from app.paths import resolve_paths
from app.secrets import (
    derive_key_from_passphrase,
    key_from_passphrase,
    open_key,
    read_key_info,
)

PASSPHRASE = "een goed wachtwoord"


def test_read_key_info_of_a_new_folder_is_none(data_dir: Path) -> None:
    assert read_key_info(resolve_paths(data_dir)) is None


def test_read_key_info_names_the_source_and_never_holds_the_key(data_dir: Path) -> None:
    paths = resolve_paths(data_dir)
    key = open_key(paths)
    info = read_key_info(paths)
    assert info is not None
    assert (info["key_source"], info["store_id"]) == ("keyring", key.store_id)
    assert key.raw.hex() not in paths.store_info.read_text(encoding="utf-8")


@pytest.mark.parametrize("text", ["{niet json", '{"key_source": "usb-stick"}', "[]"])
def test_read_key_info_refuses_damaged_information(data_dir: Path, text: str) -> None:
    paths = resolve_paths(data_dir)
    paths.store_info.parent.mkdir(parents=True)
    paths.store_info.write_text(text, encoding="utf-8")
    with pytest.raises(UserError, match="beschadigd"):
        read_key_info(paths)


def test_key_from_passphrase_gives_the_folders_key_for_its_passphrase(
    data_dir: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROCESPLAAT_PASSPHRASE", PASSPHRASE)
    paths = resolve_paths(data_dir)
    key = open_key(paths)
    info = read_key_info(paths)
    assert info is not None
    assert key_from_passphrase(paths, info, PASSPHRASE) == key
    assert key_from_passphrase(paths, info, "een ander wachtwoord").raw != key.raw


def test_key_from_passphrase_refuses_information_without_a_kdf(data_dir: Path) -> None:
    paths = resolve_paths(data_dir)
    with pytest.raises(UserError, match="beschadigd"):
        key_from_passphrase(paths, {"key_source": "passphrase", "kdf": {"n": 2}}, PASSPHRASE)


def test_derive_key_from_passphrase_depends_on_salt_and_passphrase() -> None:
    one = derive_key_from_passphrase(PASSPHRASE, b"\x01" * 16, n=2**10)
    assert len(one) == 32
    assert derive_key_from_passphrase(PASSPHRASE, b"\x01" * 16, n=2**10) == one
    assert derive_key_from_passphrase(PASSPHRASE, b"\x02" * 16, n=2**10) != one
    assert derive_key_from_passphrase(PASSPHRASE + "!", b"\x01" * 16, n=2**10) != one
