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

    with qtbot.waitSignal(page.preview.shown, timeout=10000):
        page.table.selectRow(0)
    assert not page.preview.picture.pixmap().isNull()
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


# Looking at a proof ------------------------------------------------------------------------


def _stored_pdf(db, client_id, tmp_path, name="nota.pdf", **kwargs):
    from document_builders import pdf_bytes, write

    return documents.add_document(
        db, client_id, write(tmp_path, name, pdf_bytes(**kwargs)), description=name
    )


def _stored_as_is(db, client_id, data: bytes) -> None:
    """A proof stored without the checks of add_document, as an old bundle might bring one."""
    import hashlib
    import uuid as uuid_module

    from app.document_crypto import encrypt_file
    from models.tables import Document

    source = db.paths.data_dir / "as-is.pdf"
    source.write_bytes(data)
    stored_name = f"{uuid_module.uuid4()}.enc"
    encrypt_file(source, db.paths.documents / stored_name, db.document_key())
    source.unlink()
    with db.session() as session:
        session.add(
            Document(
                client_id=client_id,
                stored_name=stored_name,
                media_type="application/pdf",
                sha256=hashlib.sha256(data).hexdigest(),
                size=len(data),
                description="beveiligd.pdf",
            )
        )


def test_proofs_page_preview_pages_through_a_pdf_and_zooms(qtbot, db, window, tmp_path) -> None:
    client_id, page = open_proofs(qtbot, db, window)
    _stored_pdf(db, client_id, tmp_path, pages=3)
    page.refresh()
    preview = page.preview

    with qtbot.waitSignal(preview.shown, timeout=10000):
        page.table.selectRow(0)
    assert preview.page_label.text() == "1 van 3"
    assert preview.page_label.toolTip() == "Pagina 1 van 3"
    assert not preview.previous_button.isEnabled()
    fitted = preview.picture.pixmap().width()
    assert abs(fitted - preview.target_width()) <= 1  # drawn to the pane's width

    with qtbot.waitSignal(preview.shown, timeout=10000):
        preview.next_button.click()
    assert preview.page_label.text() == "2 van 3"
    with qtbot.waitSignal(preview.shown, timeout=10000):
        preview.zoom_in_button.click()
    assert preview.picture.pixmap().width() > fitted
    wait_for_background()


def test_proofs_page_preview_says_a_protected_pdf_cannot_be_shown(
    qtbot, db, window, tmp_path
) -> None:
    from document_builders import pdf_bytes

    client_id, page = open_proofs(qtbot, db, window)
    _stored_as_is(db, client_id, pdf_bytes(password="geheim"))
    page.refresh()

    page.table.selectRow(0)
    qtbot.waitUntil(lambda: "wachtwoord" in page.preview.picture.text(), timeout=10000)
    assert page.preview.page_label.text() == ""
    assert not page.preview.next_button.isEnabled()
    wait_for_background()


def test_preview_dialog_shows_the_chosen_proof(qtbot, db, tmp_path) -> None:
    from views.document_preview import DocumentPreviewDialog

    client_id = add_client(db)
    document_id = _stored_pdf(db, client_id, tmp_path, pages=2)
    dialog = DocumentPreviewDialog(db, document_id, "nota.pdf")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.view.shown, timeout=10000):
        dialog.show()
    assert dialog.windowTitle() == "nota.pdf"
    assert dialog.view.page_label.text() == "1 van 2"
    wait_for_background()


# Undo, the bin -----------------------------------------------------------------------------


def test_proofs_page_undoes_and_redoes_the_bin(qtbot, db, window, tmp_path) -> None:
    client_id, page = open_proofs(qtbot, db, window)
    _stored_pdf(db, client_id, tmp_path)
    page.refresh()
    page.table.selectRow(0)

    page.delete()
    assert documents.list_documents(db, client_id) == []
    page.undo_stack.undo()
    assert len(documents.list_documents(db, client_id)) == 1
    page.undo_stack.redo()
    assert documents.list_documents(db, client_id) == []

    page.bin.setChecked(True)
    page.table.selectRow(0)
    page.restore()
    assert len(documents.list_documents(db, client_id)) == 1
    page.undo_stack.undo()
    assert documents.list_documents(db, client_id) == []
    wait_for_background()


def test_proofs_page_undoes_a_change_of_details(qtbot, db, window, tmp_path, monkeypatch) -> None:
    from views.proof_dialog import ProofDialog

    client_id, page = open_proofs(qtbot, db, window)
    document_id = _stored_pdf(db, client_id, tmp_path)
    page.refresh()
    page.table.selectRow(0)

    def fill_in(dialog: ProofDialog) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData("letter"))
        dialog.description.setText("Aanmaning")
        dialog.received.setText("02-11-2026")
        return 1 if dialog.submit() else 0

    monkeypatch.setattr(ProofDialog, "exec", fill_in)
    page.edit()
    (changed,) = documents.list_documents(db, client_id)
    assert (changed.kind, changed.description) == ("letter", "Aanmaning")

    page.undo_stack.undo()
    (back,) = documents.list_documents(db, client_id)
    assert (back.id, back.kind, back.description, back.received_on) == (
        document_id,
        "other",
        "nota.pdf",
        None,
    )
    page.undo_stack.redo()
    (again,) = documents.list_documents(db, client_id)
    assert (again.kind, again.description) == ("letter", "Aanmaning")
    wait_for_background()


def test_proof_dialog_refuses_a_received_date_in_the_future(qtbot, db, tmp_path) -> None:
    from datetime import date, timedelta

    from models.values import format_date
    from views.proof_dialog import ProofDialog

    client_id = add_client(db)
    _stored_pdf(db, client_id, tmp_path)
    (document,) = documents.list_documents(db, client_id)
    dialog = ProofDialog(db, client_id, document)
    qtbot.addWidget(dialog)
    dialog.received.setText(format_date(date.today() + timedelta(days=1)))

    assert not dialog.submit()
    assert "toekomst" in dialog.message.text()
    assert documents.list_documents(db, client_id)[0].received_on is None


def test_proofs_page_purges_only_after_confirmation(qtbot, db, window, tmp_path) -> None:
    client_id, page = open_proofs(qtbot, db, window)
    document_id = _stored_pdf(db, client_id, tmp_path)
    documents.delete_document(db, document_id)
    page.bin.setChecked(True)
    page.table.selectRow(0)
    asked: list[str] = []

    page.confirm_purge = lambda name: asked.append(name) or False
    page.purge()
    assert len(documents.list_documents(db, client_id, deleted=True)) == 1

    page.confirm_purge = lambda name: asked.append(name) or True
    page.purge()
    assert asked == ["nota.pdf", "nota.pdf"]
    assert documents.list_documents(db, client_id, deleted=True) == []
    assert page.table.rowCount() == 0
    assert not any(p.suffix == ".enc" for p in db.paths.documents.iterdir())
    wait_for_background()


# The debt proofs in one PDF ----------------------------------------------------------------


def test_proofs_page_merges_debt_proofs_into_the_chosen_file(qtbot, db, window, tmp_path) -> None:
    import io

    from pypdf import PdfReader
    from sqlmodel import select

    from models.tables import Debt

    client_id, page = open_proofs(qtbot, db, window)
    with db.session() as session:
        session.add(Debt(client_id=client_id, creditor_id=_creditor(session), total=1))
    with db.session() as session:
        debt_id = session.exec(select(Debt.id).where(Debt.client_id == client_id)).one()
    document_id = _stored_pdf(db, client_id, tmp_path, pages=2)
    documents.update_document(db, document_id, {"debt_id": debt_id})
    suggested = []
    target = tmp_path / "uit" / "bundel.pdf"
    target.parent.mkdir()

    page.choose_merge_target = lambda path: suggested.append(path) or target
    page.merge_debt_proofs()
    qtbot.waitUntil(lambda: "samengevoegd" in page.message.text(), timeout=20000)

    assert suggested[0].name == "schuldbewijzen-2026-11-26.pdf"
    assert len(PdfReader(io.BytesIO(target.read_bytes())).pages) == 2
    wait_for_background()


def test_proofs_page_says_when_there_are_no_debt_proofs(qtbot, db, window, tmp_path) -> None:
    client_id, page = open_proofs(qtbot, db, window)
    _stored_pdf(db, client_id, tmp_path)
    page.refresh()
    asked = []
    page.choose_merge_target = lambda path: asked.append(path)

    page.merge_debt_proofs()

    assert asked == []
    assert "geen bewijsstukken van schulden" in page.message.text()


def _creditor(session):
    from models.tables import Creditor

    creditor = Creditor(name="Eneco", kind="energy")
    session.add(creditor)
    session.flush()
    return creditor.id
