"""The completeness view: verdict, counts, and what is missing under the checklist's groups."""

from __future__ import annotations

import uuid

from models.checklist import ChecklistItemTemplate, ChecklistTemplate
from models.completeness import Completeness, Missing, MissingKind
from views.completeness_view import CompletenessView

TEMPLATE = ChecklistTemplate(
    "test",
    "Test",
    1,
    (
        ChecklistItemTemplate("identiteitsbewijs", "Identiteitsbewijs", "", "Persoon", True),
        ChecklistItemTemplate("saldo_opgave", "Saldo-opgave per schuld", "", "Schulden", True),
        ChecklistItemTemplate("bkr", "BKR-overzicht", "", "Schulden", True),
    ),
)
ENECO = uuid.UUID(int=1)


def lines(view: CompletenessView) -> list[tuple[str, list[str]]]:
    tree = view.missing
    result = []
    for index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(index)
        result.append((group.text(0), [group.child(i).text(0) for i in range(group.childCount())]))
    return result


def test_completeness_view_says_ready_with_the_counts(qtbot) -> None:
    view = CompletenessView()
    qtbot.addWidget(view)
    view.show_report(Completeness("test", True, (), 3, 3), TEMPLATE)
    assert view.verdict.text() == "Klaar om te versturen"
    assert view.counts.text() == "3 van 3 klaar"
    assert view.missing.isHidden()


def test_completeness_view_groups_what_is_missing_as_the_checklist(qtbot) -> None:
    view = CompletenessView()
    qtbot.addWidget(view)
    stale = "Saldo-opgave van Eneco is ouder dan 6 maanden (1 april 2026)."
    report = Completeness(
        "test",
        False,
        (
            Missing(
                MissingKind.ITEM, "identiteitsbewijs", "Identiteitsbewijs", "Nog niet aangeleverd."
            ),
            Missing(
                MissingKind.STALE_BALANCE, "saldo_opgave", "Saldo-opgave per schuld", stale, ENECO
            ),
            Missing(MissingKind.NO_BALANCE_DATE, None, "Saldo-opgave", "Datum onbekend.", ENECO),
        ),
        1,
        3,
    )
    view.show_report(report, TEMPLATE)
    assert view.verdict.text() == "Nog niet compleet: 3 punt(en) ontbreken"
    assert view.counts.text() == "1 van 3 klaar"
    assert lines(view) == [
        ("Persoon", ["Identiteitsbewijs: Nog niet aangeleverd."]),
        ("Schulden", [f"Saldo-opgave per schuld: {stale}", "Saldo-opgave: Datum onbekend."]),
    ]


def test_completeness_view_show_nothing_clears_a_report(qtbot) -> None:
    view = CompletenessView()
    qtbot.addWidget(view)
    report = Completeness(
        "test",
        False,
        (Missing(MissingKind.ITEM, "bkr", "BKR-overzicht", "Nog niet aangeleverd."),),
        0,
        3,
    )
    view.show_report(report, TEMPLATE)
    view.show_nothing()
    assert view.verdict.text() == "Nog geen checklist gekozen."
    assert view.missing.topLevelItemCount() == 0
    assert view.counts.text() == ""


def test_completeness_view_lists_per_debt_reasons_under_their_item_once(qtbot) -> None:
    import uuid

    from app.resources import load_checklist
    from models.completeness import Completeness, Missing, MissingKind
    from views.completeness_view import CompletenessView

    template = load_checklist("volledig")
    title = template.item("saldo_opgave").title
    report = Completeness(
        template_key="volledig",
        ready=False,
        missing=tuple(
            Missing(MissingKind.DEBT_PROOF, "saldo_opgave", title, f"Geen bewijs: {name}.", uid)
            for name, uid in (("Eneco", uuid.uuid4()), ("KPN", uuid.uuid4()))
        ),
        done=1,
        total=len(template.items),
    )
    view = CompletenessView()
    qtbot.addWidget(view)

    view.show_report(report, template)

    (group,) = [view.missing.topLevelItem(i) for i in range(view.missing.topLevelItemCount())]
    (item,) = [group.child(i) for i in range(group.childCount())]
    assert item.text(0) == f"{title} (2)"
    assert [item.child(i).text(0) for i in range(2)] == ["Geen bewijs: Eneco.", "Geen bewijs: KPN."]
