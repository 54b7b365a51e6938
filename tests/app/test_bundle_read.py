"""Reading dossier bundles: from other programs accepted, hostile ones refused, nothing written."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tracemalloc
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import bagit
import pytest
from bundle_builders import (
    BASE,
    CLIENT_ID,
    PROOF,
    PROOF_BYTES,
    Bag,
    bag,
    dossier,
    dossier_bytes,
    manifest,
    patch_size,
    split,
    tree,
    write_zip,
    zip_bag,
)

from app.bundle_read import BundleRefused, ReadCancelled, needs_passphrase, read_bundle
from app.bundle_zipread import RATIO_FLOOR

PASSPHRASE = "correct paard batterij nietje"
SEVEN_ZIP = shutil.which("7zz")


def refused(paths: list[Path], passphrase: str | None = None) -> BundleRefused:
    with pytest.raises(BundleRefused) as caught:
        read_bundle(paths, passphrase=passphrase)
    return caught.value


# -- accepted ----------------------------------------------------------------------------


def test_read_bundle_of_another_program_gives_dossier_manifest_and_streams(
    tmp_path: Path,
) -> None:
    path = zip_bag(tmp_path / "b.zip", bag())
    with read_bundle([path]) as bundle:
        assert bundle.dossier["client"]["id"] == CLIENT_ID
        assert bundle.bag_info["Bag-Software-Agent"] == ["AnderProgramma 2.3"]
        assert bundle.manifest[PROOF] == hashlib.sha256(PROOF_BYTES).hexdigest()
        assert bundle.parts == [path]
        with bundle.open(PROOF) as stream:
            assert stream.read() == PROOF_BYTES


def test_read_bundle_decrypts_winzip_aes(tmp_path: Path) -> None:
    path = zip_bag(tmp_path / "b.zip", bag(), passphrase=PASSPHRASE)
    assert needs_passphrase([path])
    with read_bundle([path], passphrase=PASSPHRASE) as bundle, bundle.open(PROOF) as stream:
        assert stream.read() == PROOF_BYTES


def test_read_bundle_accepts_stored_entries(tmp_path: Path) -> None:
    path = zip_bag(tmp_path / "b.zip", bag(), deflate=False)
    with read_bundle([path]) as bundle, bundle.open("dossier.json") as stream:
        assert b'"schema": "dossier"' in stream.read()


def test_read_bundle_accepts_unknown_codes_and_unknown_keys(tmp_path: Path) -> None:
    value = dossier(toekomstig_veld={"iets": 1})
    value["debts"][0]["status"] = "kwijtgescholden_door_rechter"
    value["debts"][0]["extra"] = [1, 2]
    value["creditors"][0]["kind"] = "zorgverzekeraar_buitenland"
    path = zip_bag(tmp_path / "b.zip", bag(value))
    with read_bundle([path]) as bundle:
        assert bundle.dossier["debts"][0]["status"] == "kwijtgescholden_door_rechter"
        assert bundle.dossier["toekomstig_veld"] == {"iets": 1}


def test_read_bundle_accepts_a_bag_made_by_bagit_python_and_zipped_by_7zip(
    tmp_path: Path,
) -> None:
    if SEVEN_ZIP is None:
        pytest.skip("7-Zip is not installed")
    folder = tmp_path / "bag"
    (folder / "documenten").mkdir(parents=True)
    (folder / "dossier.json").write_bytes(dossier_bytes(dossier()))
    (folder / PROOF).write_bytes(PROOF_BYTES)
    bagit.make_bag(
        str(folder),
        {
            "Source-Organization": "Bewind BV",
            "Contact-Name": "B. Bakker",
            "External-Identifier": CLIENT_ID,
            "Dossier-Schema": "dossier/1",
        },
        checksums=["sha256", "sha512"],
    )
    out = tmp_path / "b.zip"
    subprocess.run(
        [SEVEN_ZIP, "a", "-tzip", f"-p{PASSPHRASE}", "-mem=AES256", str(out), str(folder)],
        check=True,
        capture_output=True,
    )
    with read_bundle([out], passphrase=PASSPHRASE) as bundle, bundle.open(PROOF) as stream:
        assert stream.read() == PROOF_BYTES
        assert bundle.bag_info["Dossier-Schema"] == ["dossier/1"]


def test_read_bundle_joins_all_parts_given_in_any_order(tmp_path: Path) -> None:
    proofs = [b"%PDF-1 een", b"%PDF-1 twee"]
    paths = split(tmp_path, dossier(), proofs)
    with read_bundle(paths[::-1]) as bundle:
        assert bundle.parts == paths
        with bundle.open("documenten/0002-other.pdf") as stream:
            assert stream.read() == b"%PDF-1 twee"


def test_read_bundle_reports_progress_up_to_the_total(tmp_path: Path) -> None:
    path = zip_bag(tmp_path / "b.zip", bag(groot__bestand=bytes(3 * 1024**2)))
    seen: list[tuple[int, int]] = []
    read_bundle([path], progress=lambda done, total: seen.append((done, total))).close()
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert seen[-1][0] == seen[-1][1] > 3 * 1024**2


def test_read_bundle_cancel_stops_and_closes(tmp_path: Path) -> None:
    path = zip_bag(tmp_path / "b.zip", bag(groot__bestand=bytes(3 * 1024**2)))
    with pytest.raises(ReadCancelled, match="afgebroken"):
        read_bundle([path], cancel=lambda: True)


def test_read_bundle_streams_large_files_in_chunks(tmp_path: Path) -> None:
    big = bytes(range(256)) * (24 * 1024**2 // 256)
    path = zip_bag(tmp_path / "b.zip", bag(documenten__groot=big), deflate=False)
    tracemalloc.start()
    try:
        with read_bundle([path]) as bundle, bundle.open("documenten/groot") as stream:
            while stream.read(1024**2):
                pass
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024**2


def test_bundle_open_refuses_a_path_not_in_the_bundle(tmp_path: Path) -> None:
    path = zip_bag(tmp_path / "b.zip", bag())
    with read_bundle([path]) as bundle, pytest.raises(BundleRefused, match="staat niet"):
        bundle.open("documenten/9999-other.pdf").__enter__()


# -- refused -----------------------------------------------------------------------------


def _not_zip(tmp: Path) -> list[Path]:
    path = tmp / "b.zip"
    path.write_bytes(b"%PDF-1.4 dit is geen zip\n" * 100)
    return [path]


def _truncated(tmp: Path) -> list[Path]:
    path = zip_bag(tmp / "b.zip", bag())
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    return [path]


def _named(name: str, **header: Any) -> Callable[[Path], list[Path]]:
    def make(tmp: Path) -> list[Path]:
        entries = {f"{BASE}/{n}": d for n, d in bag().files().items()}
        entries[name] = b"kwaad"

        def change(info: Any) -> None:
            for key, value in header.items():
                setattr(info, key, value)

        return [write_zip(tmp / "b.zip", entries, infos={name: change})]

    return make


def _bag(change: Callable[[Bag], None]) -> Callable[[Path], list[Path]]:
    def make(tmp: Path) -> list[Path]:
        made = bag()
        change(made)
        return [zip_bag(tmp / "b.zip", made)]

    return make


def _dossier(change: Callable[[dict[str, Any]], Any]) -> Callable[[Path], list[Path]]:
    def make(tmp: Path) -> list[Path]:
        value = dossier()
        change(value)
        return [zip_bag(tmp / "b.zip", bag(value))]

    return make


def _raw_dossier(raw: bytes) -> Callable[[Path], list[Path]]:
    return _bag(lambda made: made.payload.__setitem__("dossier.json", raw))


def _bad_checksum(made: Bag) -> None:
    wrong = dict(made.payload, **{PROOF: b"andere inhoud"})
    made.tags["manifest-sha256.txt"] = manifest({f"data/{p}": d for p, d in wrong.items()})


def _bomb(tmp: Path) -> list[Path]:
    """An entry whose headers promise 1000 bytes but that inflates to 64 MB of zeros."""
    made = bag()
    made.payload["documenten/0002-other.pdf"] = bytes(1000)
    path = zip_bag(tmp / "b.zip", made)
    name = f"{BASE}/data/documenten/0002-other.pdf"
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
        start = info.header_offset
    raw = bytearray(path.read_bytes())
    # Swap the entry's deflated data for a bomb of the same length, written separately.
    bomb = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = b"".join(bomb.compress(bytes(1024**2)) for _ in range(64)) + bomb.flush()
    local = raw[start : start + 30]
    head = 30 + int.from_bytes(local[26:28], "little") + int.from_bytes(local[28:30], "little")
    end = start + head + info.compress_size
    path.write_bytes(bytes(raw[: start + head]) + packed + bytes(raw[end:]))
    # Offsets after the entry moved: rebuild a valid directory around the swapped data.
    grow = len(packed) - info.compress_size
    _shift_directory(path, start, info.compress_size + grow, grow)
    return [path]


def _shift_directory(path: Path, start: int, packed: int, grow: int) -> None:
    raw = bytearray(path.read_bytes())
    eocd = raw.rfind(b"PK\x05\x06")
    count = int.from_bytes(raw[eocd + 10 : eocd + 12], "little")
    directory = int.from_bytes(raw[eocd + 16 : eocd + 20], "little") + grow
    raw[eocd + 16 : eocd + 20] = directory.to_bytes(4, "little")
    at = directory
    for _ in range(count):
        offset = int.from_bytes(raw[at + 42 : at + 46], "little")
        if offset == start:
            raw[at + 20 : at + 24] = packed.to_bytes(4, "little")
        elif offset > start:
            raw[at + 42 : at + 46] = (offset + grow).to_bytes(4, "little")
        size = 46 + sum(int.from_bytes(raw[at + i : at + i + 2], "little") for i in (28, 30, 32))
        at += size
    raw[start + 18 : start + 22] = packed.to_bytes(4, "little")
    path.write_bytes(bytes(raw))


def _ratio_bomb(tmp: Path) -> list[Path]:
    made = bag()
    made.payload["documenten/0002-other.pdf"] = bytes(RATIO_FLOOR + 1024**2)
    return [zip_bag(tmp / "b.zip", made)]


def _promise_more(tmp: Path) -> list[Path]:
    path = zip_bag(tmp / "b.zip", bag())
    patch_size(path, f"{BASE}/data/{PROOF}", 5000)
    return [path]


def _missing_part(tmp: Path) -> list[Path]:
    paths = split(tmp, dossier(), [b"%PDF een", b"%PDF twee"])
    return [paths[0], paths[2]]


def _other_group(tmp: Path) -> list[Path]:
    (tmp / "a").mkdir()
    (tmp / "b").mkdir()
    first = split(tmp / "a", dossier(), [b"%PDF een"])
    other = split(tmp / "b", dossier(), [b"%PDF een"])
    return [first[0], other[1]]


def _part_twice(tmp: Path) -> list[Path]:
    paths = split(tmp, dossier(), [b"%PDF een"])
    return [paths[0], paths[1], paths[1]]


def _same_part_copied(tmp: Path) -> list[Path]:
    paths = split(tmp, dossier(), [b"%PDF een"])
    copy = tmp / "kopie.zip"
    shutil.copy(paths[0], copy)
    return [paths[0], copy, paths[1]]


HOSTILE: dict[str, tuple[Callable[[Path], list[Path]], str]] = {
    "not a zip": (_not_zip, "geen ZIP-bestand"),
    "truncated": (_truncated, "onvolledig of beschadigd"),
    "absolute path": (_named("/etc/cron.d/x"), "absoluut pad"),
    "dot dot": (_named(f"{BASE}/../../buiten.txt"), "verlaat de bundel"),
    "drive letter": (_named("C:/Windows/x.txt"), "stationsletter"),
    "backslash": (_named(f"{BASE}\\data\\x.txt"), "backslash"),
    "symlink": (
        _named(f"{BASE}/data/link", external_attr=(0o120777 << 16), create_system=3),
        "een link is niet toegestaan",
    ),
    "two top folders": (_named("andere-map/x.txt"), "meer dan één map bovenaan"),
    "file outside the base": (_named("los.txt"), "buiten de map van de bundel"),
    "missing bagit.txt": (_bag(lambda b: b.tags.update({"bagit.txt": None})), "bagit.txt"),
    "missing manifest": (
        _bag(lambda b: b.tags.update({"manifest-sha256.txt": None})),
        "manifest-sha256.txt ontbreekt",
    ),
    "listed file missing": (
        _bag(
            lambda b: (
                b.tags.update(
                    {
                        "manifest-sha256.txt": manifest(
                            {f"data/{p}": d for p, d in b.payload.items()}
                        )
                    }
                )
                or b.payload.pop("overzicht.pdf")
            )
        ),
        "data/overzicht.pdf staat in manifest-sha256.txt maar ontbreekt",
    ),
    "extra payload file": (
        _bag(
            lambda b: (
                b.tags.update(
                    {
                        "manifest-sha256.txt": manifest(
                            {f"data/{p}": d for p, d in b.payload.items()}
                        )
                    }
                )
                or b.payload.update({"extra.txt": b"ongevraagd"})
            )
        ),
        "data/extra.txt staat niet in manifest-sha256.txt",
    ),
    "checksum mismatch": (_bag(_bad_checksum), f"data/{PROOF} klopt niet met manifest"),
    "oxum mismatch": (
        _bag(lambda b: b.info.update({"Payload-Oxum": "12.3"})),
        "Payload-Oxum klopt niet",
    ),
    "tagmanifest mismatch": (
        _bag(
            lambda b: b.tags.update({"tagmanifest-sha256.txt": f"{'0' * 64}  bagit.txt\n".encode()})
        ),
        "bagit.txt klopt niet met tagmanifest-sha256.txt",
    ),
    "bomb beyond its header": (_bomb, "zip-bom"),
    "bomb by ratio": (_ratio_bomb, "zip-bom"),
    "entry shorter than promised": (_promise_more, "beschadigd"),
    "invalid json": (
        _raw_dossier(b'{"schema": "dossier", "schema_version": 1,'),
        "geen geldige JSON",
    ),
    "duplicate json key": (
        _raw_dossier(b'{"schema": "dossier", "schema": "dossier"}'),
        "twee keer in hetzelfde object",
    ),
    "missing required key": (
        _dossier(lambda d: d.pop("creditors")),
        "het verplichte veld creditors ontbreekt",
    ),
    "unsupported schema_version": (
        _dossier(lambda d: d.update(schema_version=2)),
        "schemaversie 2",
    ),
    "money as a number": (
        _dossier(lambda d: d["debts"][0].update(total=1052.5)),
        "debts[0].total: geen bedrag met twee decimalen",
    ),
    "bad date": (
        _dossier(lambda d: d["debts"][0].update(confirmed_on="2026-02-30")),
        'debts[0].confirmed_on: deze datum bestaat niet ("2026-02-30")',
    ),
    "bsn fails the elfproef": (
        _dossier(lambda d: d["client"].update(bsn="123456789")),
        "client.bsn: dit BSN klopt niet (de elfproef faalt)",
    ),
    "dangling id": (
        _dossier(
            lambda d: d["debts"][0].update(creditor_id="99999999-0000-4000-8000-000000000000")
        ),
        "debts[0].creditor_id: verwijst naar een schuldeiser die niet in de bundel staat",
    ),
    "duplicate id": (
        _dossier(lambda d: d["creditors"][1].update(id=d["creditors"][0]["id"])),
        "creditors[1].id: dit id komt twee keer voor",
    ),
    "document not in the bag": (
        _dossier(lambda d: d["documents"][0].update(path="documenten/0009-other.pdf")),
        "documenten/0009-other.pdf staat niet in de bundel",
    ),
    "missing parts": (_missing_part, "Deel 2 van 3 ontbreekt"),
    "parts of different groups": (_other_group, "hoort bij een andere bundel"),
    "a part given twice": (_part_twice, "twee keer gegeven"),
    "the same part in two files": (_same_part_copied, "Deel 1 van 2 is meer dan eens gegeven"),
}


@pytest.mark.parametrize("case", list(HOSTILE), ids=list(HOSTILE))
def test_read_bundle_refuses_hostile_bundle_and_writes_nothing(tmp_path: Path, case: str) -> None:
    make, message = HOSTILE[case]
    paths = make(tmp_path)
    before = tree(tmp_path)
    problem = refused(paths)
    assert any(message in line for line in problem.problems), problem.problems
    assert message in problem.message
    assert tree(tmp_path) == before


def test_read_bundle_wrong_passphrase_is_refused_and_flagged(tmp_path: Path) -> None:
    path = zip_bag(tmp_path / "b.zip", bag(), passphrase=PASSPHRASE)
    problem = refused([path], passphrase="niet dit")
    assert problem.problems == ["Het wachtwoord klopt niet. Controleer het en probeer het opnieuw."]
    assert problem.wrong_passphrase


def test_read_bundle_missing_passphrase_asks_for_it(tmp_path: Path) -> None:
    path = zip_bag(tmp_path / "b.zip", bag(), passphrase=PASSPHRASE)
    problem = refused([path])
    assert "beveiligd met een wachtwoord" in problem.message
    assert problem.wrong_passphrase


def test_read_bundle_missing_parts_names_every_missing_part(tmp_path: Path) -> None:
    paths = split(tmp_path, dossier(), [b"%PDF een", b"%PDF twee", b"%PDF drie"])
    problem = refused([paths[1], paths[3]])
    assert [line for line in problem.problems if "ontbreekt" in line] == [
        "Deel 1 van 4 ontbreekt; er is niets ingelezen.",
        "Deel 3 van 4 ontbreekt; er is niets ingelezen.",
    ]


def test_read_bundle_reports_every_problem_of_dossier_json_at_once(tmp_path: Path) -> None:
    value = dossier()
    value["client"]["bsn"] = "123456789"
    value["debts"][0]["total"] = "12.5"
    problem = refused([zip_bag(tmp_path / "b.zip", bag(value))])
    assert len(problem.problems) == 2
    assert problem.message.count("\n") == 1


def test_read_bundle_reads_our_own_writers_split_encrypted_bundle(db: Any, tmp_path: Path) -> None:
    from datetime import date

    from app.bundle_export import ExportedBy, ExportOptions, export_bundle
    from app.demo import TANYA_ID, add_demo_dossiers
    from app.documents import add_document

    with db.session() as session:
        add_demo_dossiers(session, today=date(2026, 11, 27))
    for number in range(3):
        source = tmp_path / f"bewijs-{number}.pdf"
        source.write_bytes(b"%PDF-1.4\n" + bytes([number]) * 700_000 + b"\n%%EOF\n")
        add_document(db, TANYA_ID, source, kind="claim_statement")
    options = ExportOptions(
        exported_by=ExportedBy("A. de Ridder", "Gemeente Utrecht", "caseworker"),
        passphrase=PASSPHRASE,
        max_part_bytes=1_000_000,
    )
    paths = export_bundle(db, TANYA_ID, tmp_path / "uit.zip", options, today=date(2026, 11, 27))
    assert len(paths) > 1
    with read_bundle(paths, passphrase=PASSPHRASE) as bundle:
        assert bundle.dossier["client"]["id"] == str(TANYA_ID)
        for document in bundle.dossier["documents"]:
            with bundle.open(document["path"]) as stream:
                assert hashlib.sha256(stream.read()).hexdigest() == document["sha256"]
