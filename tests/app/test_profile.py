"""Who exports: the profile kept in the data folder."""

from __future__ import annotations

import pytest

from app.audit import os_user
from app.errors import UserError
from app.paths import resolve_paths
from app.profile import Profile, clean_profile, load_profile, profile_path, save_profile


def test_profile_without_a_saved_one_names_the_operating_system_user(data_dir) -> None:
    profile = load_profile(resolve_paths(data_dir))
    assert profile == Profile(name=os_user(), organisation=None, role="caseworker")


def test_profile_saved_is_read_back_with_odd_characters(data_dir) -> None:
    paths = resolve_paths(data_dir)
    saved = clean_profile("  Ayşe  van   den Berg ", "Bewind & Co — Zuid", "bewindvoerder")
    save_profile(paths, saved)
    assert load_profile(paths) == Profile(
        "Ayşe van den Berg", "Bewind & Co — Zuid", "bewindvoerder"
    )


@pytest.mark.parametrize(
    ("name", "role", "said"), [("  ", "caseworker", "naam"), ("Els", "baas", "rol")]
)
def test_profile_refuses_no_name_or_unknown_role(name: str, role: str, said: str) -> None:
    with pytest.raises(UserError, match=said):
        clean_profile(name, "", role)


@pytest.mark.parametrize("content", ["{niet json", "[1, 2]", '{"name": 5, "role": "baas"}'])
def test_profile_damaged_file_reads_as_no_profile(data_dir, content: str) -> None:
    paths = resolve_paths(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    profile_path(paths).write_text(content, encoding="utf-8")
    assert load_profile(paths) == Profile(name=os_user(), organisation=None, role="caseworker")


def test_profile_unwritable_folder_is_a_dutch_refusal(data_dir, monkeypatch) -> None:
    paths = resolve_paths(data_dir)

    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("app.profile.replace_file", full)
    with pytest.raises(UserError, match="niet worden bewaard"):
        save_profile(paths, clean_profile("Els", "", "other"))
    assert not profile_path(paths).exists()
