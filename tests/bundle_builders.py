"""An independent builder of dossier bundles for tests: bags and ZIPs not made by our writer.

Written from the spec alone (zipfile, pyzipper, hashlib), so the reader is tested against
bundles "another program" makes, and against hostile variants of them, one per refusal.
"""

from __future__ import annotations

import copy
import hashlib
import json
import stat
import struct
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyzipper

CLIENT_ID = "4f1c7a52-8d3e-4b6a-9c1f-2e5d7a8b9c01"
CREDITOR_ID = "a1b2c3d4-0000-4000-8000-000000000001"
COLLECTOR_ID = "a1b2c3d4-0000-4000-8000-000000000002"
DEBT_ID = "d0000000-0000-4000-8000-000000000001"
DOCUMENT_ID = "c0000000-0000-4000-8000-000000000001"
BSN = "111222333"  # passes the elfproef
BASE = "dossier-4f1c7a52"
PROOF = "documenten/0001-claim_statement.pdf"
PROOF_BYTES = b"%PDF-1.4\n% a claim statement\n" + bytes(range(256)) * 8


def dossier(**changes: Any) -> dict[str, Any]:
    """A small, valid dossier.json: a client, a creditor with a collector, a debt, a proof."""
    value: dict[str, Any] = {
        "schema": "dossier",
        "schema_version": 1,
        "exported_at": "2026-11-26T14:03:00+01:00",
        "exported_by": {"name": "B. Bakker", "organisation": "Bewind BV", "role": "bewindvoerder"},
        "client": {
            "id": CLIENT_ID,
            "last_name": "Jansen",
            "first_names": "Eva",
            "bsn": BSN,
            "birth_date": "1988-02-29",
        },
        "journey": {
            "process": "schuldhulp",
            "current_phase": None,
            "events": [],
        },
        "creditors": [
            {"id": CREDITOR_ID, "name": "Woonstad", "kind": "landlord"},
            {"id": COLLECTOR_ID, "name": "Incasso BV", "kind": "collection_agency"},
        ],
        "debts": [
            {
                "id": DEBT_ID,
                "creditor_id": CREDITOR_ID,
                "collector_id": COLLECTOR_ID,
                "principal": "1000.00",
                "interest": "12.50",
                "costs": "40.00",
                "total": "1052.50",
                "confirmed_on": "2026-10-01",
                "status": "confirmed",
                "document_ids": [DOCUMENT_ID],
            }
        ],
        "actions": [
            {"id": str(uuid.UUID(int=7)), "title": "Bel de verhuurder", "debt_id": DEBT_ID}
        ],
        "documents": [
            {
                "id": DOCUMENT_ID,
                "kind": "claim_statement",
                "path": PROOF,
                "sha256": hashlib.sha256(PROOF_BYTES).hexdigest(),
                "size": len(PROOF_BYTES),
                "media_type": "application/pdf",
                "part": 1,
                "debt_id": DEBT_ID,
            }
        ],
    }
    value.update(changes)
    return value


def dossier_bytes(value: dict[str, Any]) -> bytes:
    return json.dumps(value, indent=2, ensure_ascii=False).encode("utf-8")


def manifest(files: dict[str, bytes]) -> bytes:
    return "".join(
        f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in sorted(files.items())
    ).encode()


@dataclass
class Bag:
    """A bag's files by path relative to its base folder, ready to change and to zip.

    Attributes:
        base: The base folder's name.
        payload: Files under data/ (path relative to data/) -> bytes.
        info: bag-info.txt labels -> value (in order).
        tags: Extra or replaced tag files (path relative to the base) -> bytes; None drops one.
    """

    base: str = BASE
    payload: dict[str, bytes] = field(default_factory=dict)
    info: dict[str, str] = field(default_factory=dict)
    tags: dict[str, bytes | None] = field(default_factory=dict)

    def files(self) -> dict[str, bytes]:
        """Every file of the bag, manifests and Oxum computed from the payload."""
        data = {f"data/{path}": content for path, content in self.payload.items()}
        info = {
            "Source-Organization": "Bewind BV",
            "Contact-Name": "B. Bakker",
            "Bagging-Date": "2026-11-26",
            "External-Identifier": CLIENT_ID,
            "Payload-Oxum": f"{sum(map(len, data.values()))}.{len(data)}",
            "Bag-Software-Agent": "AnderProgramma 2.3",
            "Dossier-Schema": "dossier/1",
            **self.info,
        }
        tags: dict[str, bytes] = {
            "bagit.txt": b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
            "bag-info.txt": "".join(f"{k}: {v}\n" for k, v in info.items()).encode(),
            "manifest-sha256.txt": manifest(data),
        }
        for name, content in self.tags.items():
            if content is None:
                tags.pop(name, None)
            elif name != "tagmanifest-sha256.txt":
                tags[name] = content
        if self.tags.get("tagmanifest-sha256.txt", b"") is not None:
            tags["tagmanifest-sha256.txt"] = self.tags.get("tagmanifest-sha256.txt") or manifest(
                {k: v for k, v in tags.items() if k != "tagmanifest-sha256.txt"}
            )
        return {**tags, **data}


def bag(value: dict[str, Any] | None = None, **proofs: bytes) -> Bag:
    """A bag around a dossier (the default one) with its proof and any other payload."""
    payload = {
        "dossier.json": dossier_bytes(value if value is not None else dossier()),
        "overzicht.pdf": b"%PDF-1.4\n% overview\n",
        PROOF: PROOF_BYTES,
    }
    payload.update({path.replace("__", "/"): data for path, data in proofs.items()})
    return Bag(payload=payload)


def write_zip(
    path: Path,
    entries: dict[str, bytes],
    *,
    passphrase: str | None = None,
    deflate: bool = True,
    infos: dict[str, Callable[[zipfile.ZipInfo], None]] | None = None,
) -> Path:
    """A ZIP of ``entries`` (full names); ``infos`` may change an entry's header first."""
    opener: Any = pyzipper.AESZipFile if passphrase else zipfile.ZipFile
    options: dict[str, Any] = {"encryption": pyzipper.WZ_AES} if passphrase else {}
    with opener(path, "w", **options) as archive:
        if passphrase:
            archive.setpassword(passphrase.encode())
        for name, data in entries.items():
            make_info = getattr(archive, "zipinfo_cls", zipfile.ZipInfo)
            info = make_info(name, date_time=(2026, 11, 26, 14, 3, 0))
            info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            if infos and name in infos:
                infos[name](info)
            archive.writestr(info, data)
    return path


def zip_bag(path: Path, made: Bag, *, passphrase: str | None = None, **options: Any) -> Path:
    """The bag as one ZIP with its single base folder."""
    entries = {f"{made.base}/{name}": data for name, data in made.files().items()}
    return write_zip(path, entries, passphrase=passphrase, **options)


def split(
    folder: Path, value: dict[str, Any], proofs: list[bytes], *, group: str | None = None
) -> list[Path]:
    """A split bundle: part 1 with dossier.json, then one proof per further part."""
    group = group or str(uuid.uuid4())
    count = 1 + len(proofs)
    value = copy.deepcopy(value)
    value["documents"] = [
        {
            "id": str(uuid.UUID(int=100 + n)),
            "kind": "other",
            "path": f"documenten/{n:04}-other.pdf",
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
            "part": n + 1,
        }
        for n, data in enumerate(proofs, start=1)
    ]
    value["debts"][0]["document_ids"] = []
    paths = []
    for number in range(1, count + 1):
        if number == 1:
            payload = {"dossier.json": dossier_bytes(value)}
        else:
            payload = {f"documenten/{number - 1:04}-other.pdf": proofs[number - 2]}
        made = Bag(
            base=f"{BASE}-deel-{number}-van-{count}",
            payload=payload,
            info={"Bag-Group-Identifier": group, "Bag-Count": f"{number} of {count}"},
        )
        paths.append(zip_bag(folder / f"bundel-deel-{number}-van-{count}.zip", made))
    return paths


def patch_size(path: Path, name: str, size: int) -> None:
    """Make an entry's headers promise ``size`` unpacked bytes (and keep the rest)."""
    raw = bytearray(path.read_bytes())
    encoded = name.encode()
    local = raw.find(b"PK\x03\x04")
    while local != -1:
        if raw[local + 30 : local + 30 + len(encoded)] == encoded:
            struct.pack_into("<I", raw, local + 22, size)
        local = raw.find(b"PK\x03\x04", local + 4)
    central = raw.find(b"PK\x01\x02")
    while central != -1:
        if raw[central + 46 : central + 46 + len(encoded)] == encoded:
            struct.pack_into("<I", raw, central + 24, size)
        central = raw.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(raw))


def tree(folder: Path) -> dict[str, int]:
    """Every file under ``folder`` with its size: to prove that reading wrote nothing."""
    return {str(p.relative_to(folder)): p.stat().st_size for p in folder.rglob("*") if p.is_file()}
