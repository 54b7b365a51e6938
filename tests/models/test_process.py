"""Tests for process templates (models.process) and the shipped ones (app.resources)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from app import resources
from app.paths import resources_dir
from app.resources import load_process, process_keys
from models.codes import Owner
from models.process import (
    DeadlineAnchor,
    DeadlineUnit,
    ProcessTemplate,
    load_process_template,
)
from models.template_reader import TemplateError

SOURCE = "mini.toml"

# A small valid template; each error case below changes exactly one fragment of it.
MINI = """\
key = "mini"
name = "Mini"
version = 1

[[stages]]
key = "aanmelding"
name = "Aanmelding"

[[stages]]
key = "intake"
name = "Intake"

[[phases]]
key = "aanvraag"
number = 1
stage = "aanmelding"
client_title = "Ik vraag hulp"
caseworker_title = "Aanmelding"
what_happens = "Je meldt je aan."
client_can_do = ["Ik bel de gemeente."]
typical_mood = 2

[[phases.actions]]
title = "Bellen"
owner = "client"
due_days = 3

[[phases]]
key = "gesprek"
number = 2
stage = "intake"
client_title = "Ik praat"
caseworker_title = "Intake"
what_happens = "Je praat met de gemeente."
typical_mood = 4

[[phases]]
key = "terugval"
number = 3
stage = "intake"
client_title = "Ik krijg een brief"
caseworker_title = "Terugval"
what_happens = "Een schuldeiser stuurt een brief."
typical_mood = 1
setback = true
setback_during = ["gesprek"]

[[phases]]
key = "klaar"
number = 4
stage = "intake"
client_title = "Ik ben klaar"
caseworker_title = "Afsluiting"
what_happens = "Het traject stopt."
typical_mood = 5

[[deadlines]]
kind = "eerste_gesprek"
label = "Eerste gesprek"
anchor = "phase"
anchor_phase = "aanvraag"
amount = 4
unit = "weeks"
met_by_phase = "gesprek"

[[crisis_triggers]]
key = "eviction"
label = "Huisuitzetting"
enforcement_kinds = ["eviction"]
"""


def mini_with(old: str, new: str) -> str:
    """MINI with one fragment replaced; the fragment must occur exactly once."""
    assert MINI.count(old) == 1, old
    return MINI.replace(old, new)


@pytest.fixture
def shipped() -> ProcessTemplate:
    return load_process("schuldhulp")


def test_load_process_template_mini_is_valid() -> None:
    template = load_process_template(MINI, SOURCE)
    assert [phase.key for phase in template.phases] == ["aanvraag", "gesprek", "terugval", "klaar"]
    assert template.phase("aanvraag").actions[0].owner is Owner.CLIENT
    assert template.deadlines[0].unit is DeadlineUnit.WEEKS
    assert template.deadlines[0].anchor is DeadlineAnchor.PHASE


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        pytest.param('name = "Mini"\n', "", "mini.toml: name: ontbreekt", id="missing-name"),
        pytest.param(
            "version = 1",
            'version = "1"',
            "mini.toml: version: moet een geheel getal zijn, niet tekst ('1')",
            id="version-type",
        ),
        pytest.param(
            "version = 1",
            "version = 0",
            "mini.toml: version: moet minstens 1 zijn, niet 0",
            id="version-zero",
        ),
        pytest.param(
            'key = "mini"',
            'key = "Mini Proces"',
            "mini.toml: key: ongeldige sleutel 'Mini Proces': gebruik kleine letters, cijfers "
            "en '_'",
            id="bad-key",
        ),
        pytest.param(
            'client_title = "Ik praat"',
            'client_titel = "Ik praat"',
            "mini.toml: phases[1].client_titel: onbekende sleutel; bedoelt u 'client_title'?",
            id="misspelt-key",
        ),
        pytest.param(
            'client_title = "Ik praat"',
            'client_title = ""',
            "mini.toml: phases[1].client_title: mag niet leeg zijn",
            id="empty-title",
        ),
        pytest.param(
            'stage = "intake"\nclient_title = "Ik praat"',
            'stage = "intak"\nclient_title = "Ik praat"',
            "mini.toml: phases[1].stage: onbekende fase-groep 'intak'",
            id="unknown-stage",
        ),
        pytest.param(
            'stage = "intake"\nclient_title = "Ik ben klaar"',
            'stage = "aanmelding"\nclient_title = "Ik ben klaar"',
            "mini.toml: phases[3].stage: fase-groep 'aanmelding' komt vóór 'intake' van de "
            "vorige fase",
            id="stage-backwards",
        ),
        pytest.param(
            'key = "klaar"',
            'key = "gesprek"',
            "mini.toml: phases[3].key: dubbele fase 'gesprek' (ook in phases[1])",
            id="duplicate-phase",
        ),
        pytest.param(
            'key = "intake"\nname = "Intake"',
            'key = "aanmelding"\nname = "Intake"',
            "mini.toml: stages[1].key: dubbele fase-groep 'aanmelding' (ook in stages[0])",
            id="duplicate-stage",
        ),
        pytest.param(
            "number = 2",
            "number = 3",
            "mini.toml: phases[1].number: moet 2 zijn (de plaats in de lijst)",
            id="wrong-number",
        ),
        pytest.param(
            "typical_mood = 4",
            "typical_mood = 7",
            "mini.toml: phases[1].typical_mood: moet tussen 1 en 5 liggen, niet 7",
            id="mood-range",
        ),
        pytest.param(
            "typical_mood = 4",
            "typical_mood = true",
            "mini.toml: phases[1].typical_mood: moet een geheel getal zijn, niet een "
            "ja/nee-waarde (true)",
            id="mood-bool",
        ),
        pytest.param(
            "typical_mood = 4\n",
            "",
            "mini.toml: phases[1].typical_mood: ontbreekt",
            id="mood-missing",
        ),
        pytest.param(
            'client_can_do = ["Ik bel de gemeente."]',
            'client_can_do = "Ik bel de gemeente."',
            "mini.toml: phases[0].client_can_do: moet een lijst zijn, niet tekst "
            "('Ik bel de gemeente.')",
            id="can-do-not-list",
        ),
        pytest.param(
            'client_can_do = ["Ik bel de gemeente."]',
            "client_can_do = [1]",
            "mini.toml: phases[0].client_can_do[0]: moet tekst zijn, niet een geheel getal (1)",
            id="can-do-item-type",
        ),
        pytest.param(
            'owner = "client"',
            'owner = "klant"',
            "mini.toml: phases[0].actions[0].owner: onbekende eigenaar 'klant' (kies uit: "
            "client, caseworker, administrator, partner)",
            id="unknown-owner",
        ),
        pytest.param(
            "due_days = 3",
            "due_days = -1",
            "mini.toml: phases[0].actions[0].due_days: moet minstens 0 zijn, niet -1",
            id="negative-due-days",
        ),
        pytest.param(
            'setback_during = ["gesprek"]',
            'setback_during = ["gesprak"]',
            "mini.toml: phases[2].setback_during[0]: onbekende fase 'gesprak'",
            id="setback-unknown-phase",
        ),
        pytest.param(
            'setback_during = ["gesprek"]',
            'setback_during = ["terugval"]',
            "mini.toml: phases[2].setback_during[0]: fase 'terugval' is zelf een terugval",
            id="setback-during-itself",
        ),
        pytest.param(
            'setback_during = ["gesprek"]\n',
            "",
            "mini.toml: phases[2].setback_during: ontbreekt (nodig bij setback = true)",
            id="setback-without-during",
        ),
        pytest.param(
            'setback_during = ["gesprek"]',
            "setback_during = []",
            "mini.toml: phases[2].setback_during: mag niet leeg zijn",
            id="setback-during-empty",
        ),
        pytest.param(
            "setback = true\n",
            "",
            "mini.toml: phases[2].setback_during: hoort alleen bij een terugval (setback = true)",
            id="during-without-setback",
        ),
        pytest.param(
            'unit = "weeks"',
            'unit = "dagen"',
            "mini.toml: deadlines[0].unit: onbekende eenheid 'dagen' (kies uit: weeks, "
            "working_days, months)",
            id="unknown-unit",
        ),
        pytest.param(
            'anchor = "phase"',
            'anchor = "aanvraag"',
            "mini.toml: deadlines[0].anchor: onbekend startmoment 'aanvraag' (kies uit: "
            "phase, crisis, moratorium)",
            id="unknown-anchor",
        ),
        pytest.param(
            'anchor_phase = "aanvraag"',
            'anchor_phase = "aanvrag"',
            "mini.toml: deadlines[0].anchor_phase: onbekende fase 'aanvrag'",
            id="unknown-anchor-phase",
        ),
        pytest.param(
            'anchor_phase = "aanvraag"\n',
            "",
            "mini.toml: deadlines[0].anchor_phase: ontbreekt",
            id="missing-anchor-phase",
        ),
        pytest.param(
            'anchor = "phase"',
            'anchor = "moratorium"',
            "mini.toml: deadlines[0].anchor_phase: hoort niet bij anchor = 'moratorium'",
            id="moratorium-with-phase",
        ),
        pytest.param(
            'met_by_phase = "gesprek"',
            'met_by_phase = "gesprekk"',
            "mini.toml: deadlines[0].met_by_phase: onbekende fase 'gesprekk'",
            id="unknown-met-by-phase",
        ),
        pytest.param(
            "amount = 4",
            "amount = 0",
            "mini.toml: deadlines[0].amount: moet minstens 1 zijn, niet 0",
            id="zero-amount",
        ),
        pytest.param(
            'enforcement_kinds = ["eviction"]',
            'enforcement_kinds = ["huisuitzetting"]',
            "mini.toml: crisis_triggers[0].enforcement_kinds[0]: onbekende maatregel "
            "'huisuitzetting' (kies uit: bank_garnishment, benefit_offset, "
            "contract_dissolution, detention, disconnection, enforcement_order, eviction, "
            "goods_seizure, judgment, summons, wage_garnishment)",
            id="unknown-enforcement-kind",
        ),
    ],
)
def test_load_process_template_error_names_the_place(old: str, new: str, message: str) -> None:
    with pytest.raises(TemplateError) as caught:
        load_process_template(mini_with(old, new), SOURCE)
    assert str(caught.value) == message


def test_load_process_template_rejects_duplicate_deadline_kind() -> None:
    second = MINI[MINI.index("[[deadlines]]") : MINI.index("[[crisis_triggers]]")]
    text = MINI.replace("[[crisis_triggers]]", second + "[[crisis_triggers]]")
    with pytest.raises(TemplateError) as caught:
        load_process_template(text, SOURCE)
    assert str(caught.value) == (
        "mini.toml: deadlines[1].kind: dubbele termijn 'eerste_gesprek' (ook in deadlines[0])"
    )


def test_load_process_template_rejects_toml_syntax_error() -> None:
    with pytest.raises(TemplateError, match=r"^mini\.toml: geen geldige TOML: .*line 3"):
        load_process_template(mini_with("version = 1", "version = "), SOURCE)


def test_template_error_is_a_value_error_with_parts() -> None:
    error = TemplateError("a.toml", "phases[3].stage", "onbekende fase-groep 'intak'")
    assert isinstance(error, ValueError)
    assert (error.source, error.place) == ("a.toml", "phases[3].stage")
    assert str(error) == "a.toml: phases[3].stage: onbekende fase-groep 'intak'"


def test_shipped_template_has_11_phases_in_order(shipped: ProcessTemplate) -> None:
    assert [phase.key for phase in shipped.phases] == [
        "problemen",
        "hulp_zoeken",
        "contact_gemeente",
        "toegelaten",
        "gegevens_verzamelen",
        "intake",
        "acties_wachten",
        "schuldeisers_benaderen",
        "plangroep",
        "schuldregeling",
        "nazorg",
    ]
    assert [phase.number for phase in shipped.phases] == list(range(1, 12))


def test_shipped_template_stages_follow_the_domain_table(shipped: ProcessTemplate) -> None:
    assert [stage.key for stage in shipped.stages] == [
        "voor_aanmelding",
        "aanmelding",
        "intake_stabilisatie",
        "schuldregeling",
        "nazorg",
    ]
    assert [phase.stage for phase in shipped.phases] == [
        "voor_aanmelding",
        "voor_aanmelding",
        "aanmelding",
        "aanmelding",
        "intake_stabilisatie",
        "intake_stabilisatie",
        "intake_stabilisatie",
        "intake_stabilisatie",
        "schuldregeling",
        "schuldregeling",
        "nazorg",
    ]
    assert shipped.stage("voor_aanmelding").name == "Nog niet in beeld"
    assert shipped.stage_of("intake").name == "Intake en stabilisatie"


def test_shipped_template_uses_the_seed_words(shipped: ProcessTemplate) -> None:
    assert shipped.phase("problemen").client_title == "Ik heb financiële problemen"
    assert shipped.phase("hulp_zoeken").client_title == "Ik zoek hulp bij schulden"
    assert shipped.phase("problemen").typical_quote == "Kom ik hier ooit vanaf?"
    assert shipped.phase("hulp_zoeken").typical_quote == "Help, ik verzuip!"
    assert shipped.phase("toegelaten").typical_quote == "Ik kan weer ademen!"
    for phase in shipped.phases:
        assert phase.client_can_do, phase.key
        assert phase.actions, phase.key


def test_shipped_template_mood_follows_the_emotion_curve(shipped: ProcessTemplate) -> None:
    mood = {phase.number: phase.typical_mood for phase in shipped.phases}
    lows, highs = (1, 2, 8), (4, 6, 9)
    assert max(mood[n] for n in lows) < min(mood[n] for n in highs)
    for n in highs:
        assert mood[n] > mood[n - 1]
        assert mood[n] > mood[n + 1]


def test_shipped_template_setback_strikes_during_5_to_9(shipped: ProcessTemplate) -> None:
    setback = shipped.phase("schuldeisers_benaderen")
    assert setback.setback
    assert setback.setback_during == (
        "gegevens_verzamelen",
        "intake",
        "acties_wachten",
        "plangroep",
    )
    assert [phase.key for phase in shipped.phases if phase.setback] == ["schuldeisers_benaderen"]


def test_shipped_template_deadline_rules(shipped: ProcessTemplate) -> None:
    rules = {rule.kind: (rule.amount, rule.unit.value) for rule in shipped.deadlines}
    assert rules == {
        "first_conversation": (4, "weeks"),
        "first_conversation_crisis": (3, "working_days"),
        "decision": (8, "weeks"),
        "moratorium_end": (6, "months"),
        "arrangement_end": (18, "months"),
    }


def test_shipped_template_crisis_triggers_match_enforcements(shipped: ProcessTemplate) -> None:
    assert [t.key for t in shipped.crisis_triggers_for("eviction")] == ["eviction"]
    assert [t.key for t in shipped.crisis_triggers_for("disconnection", "energy")] == [
        "disconnection"
    ]
    assert [
        t.key for t in shipped.crisis_triggers_for("contract_dissolution", "health_insurer")
    ] == ["health_insurance_termination"]
    assert shipped.crisis_triggers_for("contract_dissolution", "telecom") == ()
    # Offered for a municipality's crisis protocol, but off by default.
    assert shipped.crisis_triggers_for("bank_garnishment") == ()


def test_next_phase_skips_the_setback(shipped: ProcessTemplate) -> None:
    after = shipped.next_phase("acties_wachten")
    assert after is not None
    assert after.key == "plangroep"


def test_next_phase_none_after_last_and_for_setback(shipped: ProcessTemplate) -> None:
    assert shipped.next_phase("nazorg") is None
    assert shipped.next_phase("schuldeisers_benaderen") is None


def test_index_of_and_phase_lookup(shipped: ProcessTemplate) -> None:
    assert shipped.index_of("intake") == 5
    assert shipped.phase("intake").caseworker_title == "Intake"
    assert len(shipped.route) == 10
    assert [p.key for p in shipped.phases_in("aanmelding")] == ["contact_gemeente", "toegelaten"]
    with pytest.raises(KeyError, match="onbekend"):
        shipped.phase("onbekend")


def test_action_template_due_on_counts_calendar_days(shipped: ProcessTemplate) -> None:
    action = shipped.phase("intake").actions[0]
    assert action.due_on(date(2026, 3, 2)) == date(2026, 3, 3)


def test_load_process_returns_cached_template() -> None:
    assert load_process() is load_process("schuldhulp")


def test_process_keys_lists_the_shipped_template() -> None:
    assert "schuldhulp" in process_keys()


@pytest.mark.parametrize("key", ["bestaat_niet", "../checklists/kort", "Schuldhulp"])
def test_load_process_unknown_key_is_refused(key: str) -> None:
    with pytest.raises(TemplateError, match="bestaat niet"):
        load_process(key)


def test_resources_dir_is_the_repository_folder() -> None:
    assert resources_dir() == Path(resources.__file__).resolve().parent.parent / "resources"
    assert (resources_dir() / "processes" / "schuldhulp.toml").is_file()


def test_resources_dir_uses_meipass_when_frozen(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"
