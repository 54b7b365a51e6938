"""Adding proofs as a bewindvoerder would: many at once, a bad one refused, the bin."""

from __future__ import annotations

from builders import add_client
from PIL import Image

from app import documents
from views.main_window import MainWindow
from views.worker import wait_for_background


def open_proofs(qtbot, db, window: MainWindow):
    client_id = add_client(db)
    with qtbot.waitSignal(window.model.modelReset, timeout=10000):
        window.reload()
    window.select_client(client_id)
    page = window.documents_tab.proofs
    qtbot.waitUntil(lambda: page.client_id == client_id)
    return client_id, page


def test_proofs_page_adds_good_files_and_names_the_refused_one(qtbot, db, window, tmp_path) -> None:
    client_id, page = open_proofs(qtbot, db, window)
    photo = tmp_path / "brief van Eneco.png"
    Image.new("RGB", (60, 40), "white").save(photo)
    empty = tmp_path / "leeg.pdf"
    empty.write_bytes(b"")
    page.convert.setChecked(False)  # kept as the photo it is: shown inside the app
    page.add_files([photo, empty])
    qtbot.waitUntil(lambda: "toegevoegd" in page.message.text(), timeout=20000)
    assert "1 toegevoegd" in page.message.text()
    assert "leeg.pdf" in page.message.text()
    (stored,) = documents.list_documents(db, client_id)
    assert page.table.rowCount() == 1
    assert stored.description
    assert "Eneco" in stored.description
    assert not any("Eneco" in p.name for p in db.paths.documents.rglob("*"))  # no name on disk

    page.table.selectRow(0)
    assert page.preview.pixmap() is not None
    assert not page.preview.pixmap().isNull()
    page.delete()
    assert not documents.list_documents(db, client_id)
    page.bin.setChecked(True)
    page.table.selectRow(0)
    page.restore()
    assert len(documents.list_documents(db, client_id)) == 1
    wait_for_background()


def test_proof_dialog_links_a_proof_to_a_debt_and_a_checklist_item(qtbot, db, tmp_path) -> None:
    from app.checklist import choose_checklist, completeness_of
    from views.proof_dialog import ProofDialog

    client_id = add_client(db, debts=(("Eneco", "120.00"),))
    choose_checklist(db, client_id, "kort")
    photo = tmp_path / "saldo.png"
    Image.new("RGB", (30, 30), "white").save(photo)
    document_id = documents.add_document(db, client_id, photo)
    (document,) = documents.list_documents(db, client_id)
    dialog = ProofDialog(db, client_id, document)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("claim_statement"))
    dialog.debt.setCurrentIndex(1)  # Eneco
    dialog.item.setCurrentIndex(1)
    dialog.received.setText("31-02-2026")
    assert not dialog.submit()
    assert "bestaat niet" in dialog.message.text()
    dialog.received.setText("20-11-2026")
    assert dialog.submit()
    (stored,) = documents.list_documents(db, client_id)
    assert stored.id == document_id
    assert stored.kind == "claim_statement"
    assert stored.debt_id is not None
    assert stored.checklist_item_id is not None
    assert completeness_of(db, client_id, today=stored.received_on).total > 0


def test_proofs_page_photos_become_one_compact_pdf_and_the_original_is_kept_on_request(
    qtbot, db, window, tmp_path
) -> None:
    client_id, page = open_proofs(qtbot, db, window)
    pages = []
    for number in (1, 2):
        photo = tmp_path / f"brief blad {number}.jpg"
        Image.new("RGB", (1200, 1600), "white").save(photo, quality=90)
        pages.append(photo)
    page.merge.setChecked(True)
    page.keep.setChecked(True)
    page.add_files(pages)
    qtbot.waitUntil(lambda: "toegevoegd" in page.message.text(), timeout=30000)
    stored = documents.list_documents(db, client_id)
    kinds = sorted(d.media_type or "" for d in stored)
    assert kinds == ["application/pdf", "image/jpeg", "image/jpeg"]
    (merged,) = [d for d in stored if d.media_type == "application/pdf"]
    assert merged.description == "brief blad 1 (+1).pdf"
    assert documents.open_document(db, merged.id).startswith(b"%PDF")
    assert not list(db.paths.documents.glob(".*.convert.pdf"))  # nothing unencrypted left
    wait_for_background()
