"""Fuzzing the readers of outside files: a bundle or a creditor list is read or clearly refused.

Nothing a person can hand the app may end in anything but success or a ``UserError`` (a
Dutch refusal): no crash, no hang, no other exception. Bounded here (about 50 examples per
test); ``PROCESPLAAT_FUZZ_EXAMPLES`` (``make fuzz``) runs as many as it says.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from bundle_builders import BASE, bag, dossier, zip_bag
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.bundle_read import read_bundle
from app.debt_sheet import read_debt_sheet
from app.errors import UserError

EXAMPLES = int(os.environ.get("PROCESPLAAT_FUZZ_EXAMPLES", "50"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TODAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def valid_bundle(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a small valid bundle, as another program would write it."""
    path = zip_bag(tmp_path_factory.mktemp("bundle") / "dossier.zip", bag())
    with read_bundle([path]):  # the starting point itself is read
        pass
    return path.read_bytes()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def file_with(folder: Path, name: str, data: bytes) -> Path:
    path = Path(tempfile.mkdtemp(dir=folder)) / name
    path.write_bytes(data)
    return path


def read_or_refuse_bundle(path: Path, passphrase: str | None = None) -> None:
    """Read the bundle and stream every payload file, or be refused with a Dutch reason."""
    try:
        with read_bundle([path], passphrase=passphrase) as bundle:
            for name in bundle.manifest:  # every payload file streams to its end
                with bundle.open(name) as stream:
                    while stream.read(64 * 1024):
                        pass
    except UserError as exc:
        refusal = exc.message
    else:
        return
    assert refusal.strip(), "a refusal says why"


def read_or_refuse_sheet(path: Path) -> None:
    """Read the creditor list, or be refused with a Dutch reason."""
    try:
        read_debt_sheet(path, today=TODAY)
    except UserError as exc:
        refusal = exc.message
    else:
        return
    assert refusal.strip(), "a refusal says why"


# --- the bundle reader --------------------------------------------------------------------


def test_bundle_missing_a_byte_before_its_first_entry_is_refused(
    valid_bundle: bytes, tmp_path: Path
) -> None:
    path = tmp_path / "dossier.zip"
    path.write_bytes(valid_bundle[1:])  # as a download that lost its first byte
    with pytest.raises(UserError, match="beschadigd"):
        read_bundle([path])


def test_bundle_with_a_broken_deflate_stream_is_refused(
    valid_bundle: bytes, tmp_path: Path
) -> None:
    raw = bytearray(valid_bundle)
    with zipfile.ZipFile(io.BytesIO(valid_bundle)) as archive:
        info = archive.getinfo(f"{BASE}/bagit.txt")
    start = info.header_offset + 30 + len(info.orig_filename.encode()) + len(info.extra)
    raw[start : start + info.compress_size] = b"\xff" * info.compress_size  # block type 3
    path = tmp_path / "dossier.zip"
    path.write_bytes(bytes(raw))
    with pytest.raises(UserError, match="beschadigd"):
        read_bundle([path])


def test_bundle_whose_directory_needs_a_newer_zip_version_is_refused(
    valid_bundle: bytes, tmp_path: Path
) -> None:
    raw = bytearray(valid_bundle)
    raw[raw.find(b"PK\x01\x02") + 6] = 235  # "version needed to extract": 23.5
    path = tmp_path / "dossier.zip"
    path.write_bytes(bytes(raw))
    with pytest.raises(UserError):
        read_bundle([path])


mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(min_value=0), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(min_value=0), st.just(0)),
    st.tuples(st.just("insert"), st.integers(min_value=0), st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("delete"), st.integers(min_value=0), st.integers(1, 64)),
)


def mutate(data: bytes, steps: list[tuple[str, int, Any]]) -> bytes:
    raw = bytearray(data)
    for kind, at, value in steps:
        if not raw:
            break
        at %= len(raw)
        if kind == "flip":
            raw[at] ^= value
        elif kind == "cut":
            del raw[at:]
        elif kind == "insert":
            raw[at:at] = value
        else:
            del raw[at : at + value]
    return bytes(raw)


@FUZZ
@given(steps=st.lists(mutation, min_size=1, max_size=4))
def test_fuzz_bundle_with_flipped_cut_or_inserted_bytes_is_read_or_refused(
    valid_bundle: bytes, scratch: Path, steps: list[tuple[str, int, Any]]
) -> None:
    read_or_refuse_bundle(file_with(scratch, "dossier.zip", mutate(valid_bundle, steps)))


@FUZZ
@given(
    steps=st.lists(
        st.tuples(st.just("flip"), st.integers(min_value=0), st.integers(1, 255)), max_size=2
    ),
    at=st.integers(min_value=0),
)
def test_fuzz_bundle_damaged_in_its_central_directory_is_read_or_refused(
    valid_bundle: bytes, scratch: Path, steps: list[tuple[str, int, Any]], at: int
) -> None:
    # Random flips mostly land in the payload; aim some at the structure the reader trusts.
    start = valid_bundle.rfind(b"PK\x01\x02")
    tail = bytearray(valid_bundle[start:])
    tail[at % len(tail)] ^= 0xFF
    data = mutate(valid_bundle[:start] + bytes(tail), steps)
    read_or_refuse_bundle(file_with(scratch, "dossier.zip", data))


member_name = st.one_of(
    st.sampled_from(
        [
            f"{BASE}/bagit.txt",
            f"{BASE}/bag-info.txt",
            f"{BASE}/manifest-sha256.txt",
            f"{BASE}/tagmanifest-sha256.txt",
            f"{BASE}/data/dossier.json",
            f"{BASE}/data/documenten/0001-claim_statement.pdf",
            f"{BASE}/data/",
            f"{BASE}/../evil.txt",
            "/etc/passwd",
            "C:\\Windows\\x.txt",
            f"{BASE}/data/\u202egnp.exe",
            "",
        ]
    ),
    st.text(min_size=1, max_size=40).map(lambda t: f"{BASE}/{t}"),
)


@pytest.mark.filterwarnings("ignore:Duplicate name")
@FUZZ
@given(
    members=st.lists(
        st.tuples(member_name, st.binary(max_size=300), st.booleans()), min_size=1, max_size=8
    )
)
def test_fuzz_bundle_of_random_zip_members_is_read_or_refused(
    scratch: Path, members: list[tuple[str, bytes, bool]]
) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data, deflate in members:
            info = zipfile.ZipInfo(name or "x", date_time=(2026, 11, 26, 14, 3, 0))
            info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
            archive.writestr(info, data)
    read_or_refuse_bundle(file_with(scratch, "dossier.zip", buffer.getvalue()))


json_value = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=30)
    | st.sampled_from(["", "1052.50", "-1", "2026-02-30", "1e999", "111222333", "0" * 40]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=12,
)


def places(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every key path into a JSON value."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield (*prefix, key)
            yield from places(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield (*prefix, index)
            yield from places(inner, (*prefix, index))


PLACES = list(places(dossier()))


def changed(value: dict[str, Any], place: tuple[Any, ...], new: Any, drop: bool) -> dict[str, Any]:
    value = json.loads(json.dumps(value))
    holder: Any = value
    for key in place[:-1]:
        holder = holder[key]
    if drop:
        del holder[place[-1]]
    else:
        holder[place[-1]] = new
    return value


@FUZZ
@given(
    changes=st.lists(
        st.tuples(st.sampled_from(PLACES), json_value, st.booleans()), min_size=1, max_size=3
    )
)
def test_fuzz_bundle_with_mutated_dossier_json_is_read_or_refused(
    scratch: Path, changes: list[tuple[tuple[Any, ...], Any, bool]]
) -> None:
    value = dossier()
    for place, new, drop in changes:
        try:
            value = changed(value, place, new, drop)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed the place
    path = scratch / f"{os.urandom(8).hex()}.zip"
    read_or_refuse_bundle(zip_bag(path, bag(value)))


@FUZZ
@given(raw=st.binary(max_size=400) | json_value.map(lambda v: json.dumps(v).encode()))
def test_fuzz_bundle_whose_dossier_json_is_any_bytes_is_read_or_refused(
    scratch: Path, raw: bytes
) -> None:
    made = bag()
    made.payload["dossier.json"] = raw
    read_or_refuse_bundle(zip_bag(scratch / f"{os.urandom(8).hex()}.zip", made))


@FUZZ
@given(
    steps=st.lists(mutation, min_size=1, max_size=3), passphrase=st.sampled_from(["goed", "fout"])
)
def test_fuzz_encrypted_bundle_with_damaged_bytes_is_read_or_refused(
    scratch: Path, steps: list[tuple[str, int, Any]], passphrase: str
) -> None:
    whole = zip_bag(scratch / f"{os.urandom(8).hex()}.zip", bag(), passphrase="goed").read_bytes()
    read_or_refuse_bundle(
        file_with(scratch, "dossier.zip", mutate(whole, steps)), passphrase=passphrase
    )


# --- the spreadsheet import ---------------------------------------------------------------

HEADER_WORDS = [
    "Schuldeiser",
    "Incassant",
    "Kenmerk",
    "Bedrag",
    "Openstaand",
    "Datum saldo",
    "Status",
    "Beslag",
    "Hoofdsom",
    "Rente",
    "Kosten",
    "Opmerking",
]
cell_text = st.one_of(
    st.sampled_from(
        [
            "",
            "1.234,56",
            "1,234.56",
            "-0,01",
            "€ 12",
            "1e400",
            "31-02-2026",
            "2026-11-27",
            "01-01-0001",
            "ja",
            "nee",
            "loonbeslag",
            '"',
            "=SUM(A1:A9)",
            "9" * 60,
            "\x00",
            "Eneco",
        ]
    ),
    st.text(max_size=20),
)


@st.composite
def csv_texts(draw: st.DrawFn) -> str:
    separator = draw(st.sampled_from([";", ",", "\t", "|"]))
    header = draw(st.lists(st.sampled_from(HEADER_WORDS) | st.text(max_size=8), max_size=8))
    rows = draw(st.lists(st.lists(cell_text, max_size=9), max_size=6))
    ending = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    return "".join(separator.join(row) + ending for row in [header, *rows])


@FUZZ
@given(
    text=csv_texts(),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]),
)
def test_fuzz_csv_creditor_list_is_read_or_refused(scratch: Path, text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    read_or_refuse_sheet(file_with(scratch, "schuldenlijst.csv", data))


@FUZZ
@given(data=st.binary(max_size=2000), name=st.sampled_from(["lijst.csv", "lijst.xlsx", "lijst"]))
def test_fuzz_creditor_list_of_random_bytes_is_read_or_refused(
    scratch: Path, data: bytes, name: str
) -> None:
    read_or_refuse_sheet(file_with(scratch, name, data))


odd_cell = st.one_of(
    cell_text,
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=False),
    st.decimals(allow_nan=False, allow_infinity=False, places=4),
    st.booleans(),
    st.dates(min_value=date(1900, 3, 1)),
    st.datetimes(min_value=datetime(1900, 3, 1)),
    st.times(),
    st.just(time(0, 0)),
    st.just("=1/0"),
    st.just("#DIV/0!"),
    st.none(),
)


@st.composite
def workbooks(draw: st.DrawFn) -> bytes:
    book = openpyxl.Workbook()
    sheets = [book.active] + [book.create_sheet() for _ in range(draw(st.integers(0, 2)))]
    for sheet in sheets:
        assert sheet is not None
        top = draw(st.integers(1, 12))
        header = draw(st.lists(st.sampled_from(HEADER_WORDS) | odd_cell, max_size=8))
        for column, value in enumerate(header, start=1):
            sheet.cell(row=top, column=column, value=_storable(value))
        for row, values in enumerate(draw(st.lists(st.lists(odd_cell, max_size=9), max_size=5))):
            for column, value in enumerate(values, start=1):
                sheet.cell(row=top + 1 + row, column=column, value=_storable(value))
        if draw(st.booleans()):
            sheet.cell(row=draw(st.integers(1, 5000)), column=draw(st.integers(1, 300)), value="x")
        if draw(st.booleans()):  # last: a merged range's cells take no more values
            sheet.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=2)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _storable(value: Any) -> Any:
    """What openpyxl accepts in a cell: text without control characters, finite floats."""
    if isinstance(value, str):
        return "".join(ch for ch in value if ch >= " " or ch in "\t\n")
    return value


@FUZZ
@given(data=workbooks())
def test_fuzz_xlsx_creditor_list_with_odd_cells_is_read_or_refused(
    scratch: Path, data: bytes
) -> None:
    read_or_refuse_sheet(file_with(scratch, "schuldenlijst.xlsx", data))


@FUZZ
@given(data=workbooks(), steps=st.lists(mutation, min_size=1, max_size=3))
def test_fuzz_xlsx_creditor_list_with_damaged_bytes_is_read_or_refused(
    scratch: Path, data: bytes, steps: list[tuple[str, int, Any]]
) -> None:
    read_or_refuse_sheet(file_with(scratch, "schuldenlijst.xlsx", mutate(data, steps)))
