"""Verifying bundles: a report of every problem, completeness against a checklist, a summary."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from bundle_builders import CLIENT_ID, PROOF, bag, dossier, split, tree, zip_bag

from app.bundle_read import BundleRefused, ReadCancelled
from app.bundle_verify import verify_bundle
from app.errors import NotFoundError
from app.resources import load_checklist

TODAY = date(2026, 11, 27)
PASSPHRASE = "geheim wachtwoord"


def test_verify_bundle_sound_bundle_has_no_problems_and_a_summary(tmp_path: Path) -> None:
    report = verify_bundle([zip_bag(tmp_path / "b.zip", bag())], today=TODAY)
    assert report.problems == []
    assert report.ok
    assert f"Klant-id: {CLIENT_ID}." in report.summary
    assert "Schulden: 1, samen €\xa01.052,50." in report.summary
    assert "Bewijsstukken: 1." in report.summary


def test_verify_bundle_reports_every_problem_not_only_the_first(tmp_path: Path) -> None:
    value = dossier()
    value["client"]["bsn"] = "123456789"
    made = bag(value)
    made.info["Payload-Oxum"] = "1.1"
    path = zip_bag(tmp_path / "b.zip", made)
    before = tree(tmp_path)
    report = verify_bundle([path], today=TODAY)
    assert not report.ok
    assert any("Payload-Oxum klopt niet" in line for line in report.problems)
    assert any("client.bsn: dit BSN klopt niet" in line for line in report.problems)
    assert report.missing == []
    assert tree(tmp_path) == before


def test_verify_bundle_names_the_missing_parts(tmp_path: Path) -> None:
    paths = split(tmp_path, dossier(), [b"%PDF een", b"%PDF twee"])
    report = verify_bundle(paths[:2], today=TODAY)
    assert report.problems == ["Deel 3 van 3 ontbreekt; er is niets ingelezen."]


def test_verify_bundle_checklist_lists_what_is_missing(tmp_path: Path) -> None:
    report = verify_bundle([zip_bag(tmp_path / "b.zip", bag())], checklist_key="kort", today=TODAY)
    assert report.ok
    assert not report.complete
    template = load_checklist("kort")
    identity = template.item("identiteitsbewijs").title
    assert f"{identity}: Nog niet aangeleverd." in report.missing
    assert any(line.startswith("Checklist ") for line in report.summary)


def test_verify_bundle_counts_a_stale_balance_as_missing(tmp_path: Path) -> None:
    value = dossier()
    value["debts"][0]["confirmed_on"] = "2026-01-15"
    report = verify_bundle(
        [zip_bag(tmp_path / "b.zip", bag(value))], checklist_key="kort", today=TODAY
    )
    assert any("Saldo-opgave van Woonstad is ouder dan 6 maanden" in m for m in report.missing)


def test_verify_bundle_counts_a_debt_without_proof_as_missing(tmp_path: Path) -> None:
    value = dossier()
    value["documents"][0]["debt_id"] = None
    value["debts"][0]["document_ids"] = []
    report = verify_bundle(
        [zip_bag(tmp_path / "b.zip", bag(value))], checklist_key="kort", today=TODAY
    )
    assert any("Nog geen bewijsstuk voor de schuld bij Woonstad." in m for m in report.missing)


def test_verify_bundle_uses_the_bundles_own_checklist_when_none_is_given(tmp_path: Path) -> None:
    value = dossier(
        checklist={"template": "kort", "items": [{"item": "identiteitsbewijs", "state": "checked"}]}
    )
    report = verify_bundle([zip_bag(tmp_path / "b.zip", bag(value))], today=TODAY)
    identity = load_checklist("kort").item("identiteitsbewijs").title
    assert report.missing
    assert not any(line.startswith(f"{identity}:") for line in report.missing)


def test_verify_bundle_without_checklist_says_completeness_was_not_checked(
    tmp_path: Path,
) -> None:
    report = verify_bundle([zip_bag(tmp_path / "b.zip", bag())], today=TODAY)
    assert report.missing == []
    assert "De bundel noemt geen checklist; de volledigheid is niet gecontroleerd." in (
        report.summary
    )


def test_verify_bundle_unknown_checklist_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="bestaat niet"):
        verify_bundle([zip_bag(tmp_path / "b.zip", bag())], checklist_key="gemeente_x")


def test_verify_bundle_wrong_passphrase_raises_so_it_can_be_asked_again(tmp_path: Path) -> None:
    path = zip_bag(tmp_path / "b.zip", bag(), passphrase=PASSPHRASE)
    with pytest.raises(BundleRefused) as caught:
        verify_bundle([path], passphrase="fout")
    assert caught.value.wrong_passphrase
    report = verify_bundle([path], passphrase=PASSPHRASE, today=TODAY)
    assert report.ok
    assert "Beveiligd met een wachtwoord (AES)." in report.summary


def test_verify_bundle_cancel_raises(tmp_path: Path) -> None:
    made = bag(documenten__groot=bytes(2 * 1024**2))
    with pytest.raises(ReadCancelled):
        verify_bundle([zip_bag(tmp_path / "b.zip", made)], cancel=lambda: True)


def test_verify_bundle_proof_path_is_streamed_and_checked(tmp_path: Path) -> None:
    made = bag()
    made.payload[PROOF] = b"%PDF-1.4 ander"
    report = verify_bundle([zip_bag(tmp_path / "b.zip", made)], today=TODAY)
    assert any("documents[0].sha256: verschilt" in line for line in report.problems)


def test_verify_bundle_reports_a_damaged_tag_file_instead_of_raising(tmp_path: Path) -> None:
    path = zip_bag(tmp_path / "b.zip", bag(), deflate=False)
    raw = bytearray(path.read_bytes())
    at = raw.index(b"Source-Organization")
    raw[at] = ord("X")  # the CRC in the ZIP no longer fits
    path.write_bytes(bytes(raw))
    report = verify_bundle([path], today=TODAY)
    assert report.problems == [
        "dossier-4f1c7a52/bag-info.txt is beschadigd of gewijzigd: de CRC-controle faalt."
    ]
