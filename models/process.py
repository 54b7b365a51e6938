"""Process templates: the phases of the route, their stages, actions and deadline rules."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from models.calendar import add_months, add_weeks, add_working_days, next_working_day_on_or_after
from models.codes import CreditorKind, EnforcementKind, Owner
from models.template_reader import TableReader, parse_toml

MOOD_MIN = 1
MOOD_MAX = 5


class DeadlineUnit(StrEnum):
    """The unit a deadline's amount counts in."""

    WEEKS = "weeks"
    WORKING_DAYS = "working_days"
    MONTHS = "months"


class DeadlineAnchor(StrEnum):
    """The event a deadline counts from."""

    # The day the client entered anchor_phase.
    PHASE = "phase"
    # The later of entering anchor_phase (the request) and the day the crisis was recorded.
    CRISIS = "crisis"
    # The day a moratorium started (a milestone, not a phase).
    MORATORIUM = "moratorium"


@dataclass(frozen=True)
class Stage:
    """A group of phases, as the NVVK/DDAS stages (aanmelding, intake en stabilisatie, ...)."""

    key: str
    name: str


@dataclass(frozen=True)
class ActionTemplate:
    """A to-do that is proposed when the client enters a phase."""

    title: str
    owner: Owner
    due_days: int | None = None
    note: str = ""

    def due_on(self, entered_on: date) -> date | None:
        """The due date for a client who entered the phase on the given day."""
        if self.due_days is None:
            return None
        return entered_on + timedelta(days=self.due_days)


@dataclass(frozen=True)
class Phase:
    """One phase of the route, with the client's and the caseworker's words for it."""

    key: str
    number: int
    stage: str
    client_title: str
    caseworker_title: str
    what_happens: str
    client_can_do: tuple[str, ...] = ()
    typical_quote: str = ""
    typical_mood: int = 3
    actions: tuple[ActionTemplate, ...] = ()
    setback: bool = False
    setback_during: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeadlineRule:
    """A deadline as data: what starts it, how long it runs, and what meets it."""

    kind: str
    label: str
    anchor: DeadlineAnchor
    amount: int
    unit: DeadlineUnit
    anchor_phase: str | None = None
    met_by_phase: str | None = None
    extend_to_working_day: bool = False
    note: str = ""

    def due_from(self, anchor_on: date) -> date:
        """The due date for a deadline that started on anchor_on."""
        if self.unit is DeadlineUnit.WORKING_DAYS:
            due = add_working_days(anchor_on, self.amount)
        elif self.unit is DeadlineUnit.WEEKS:
            due = add_weeks(anchor_on, self.amount)
        else:
            due = add_months(anchor_on, self.amount)
        # Algemene termijnenwet art. 1: a legal term ending on a weekend or holiday runs on
        # to the next working day.
        return next_working_day_on_or_after(due) if self.extend_to_working_day else due


@dataclass(frozen=True)
class CrisisTrigger:
    """A situation that makes the first conversation urgent (3 working days)."""

    key: str
    label: str
    enforcement_kinds: tuple[str, ...] = ()
    creditor_kinds: tuple[str, ...] = ()
    legal: bool = False
    enabled: bool = True
    note: str = ""

    def matches(self, enforcement_kind: str, creditor_kind: str | None = None) -> bool:
        """Whether an enforcement on a debt of a creditor of this kind is this trigger."""
        if enforcement_kind not in self.enforcement_kinds:
            return False
        return not self.creditor_kinds or creditor_kind in self.creditor_kinds


@dataclass(frozen=True)
class ProcessTemplate:
    """A whole route: stages, phases in order, deadline rules and crisis triggers."""

    key: str
    name: str
    version: int
    stages: tuple[Stage, ...]
    phases: tuple[Phase, ...]
    deadlines: tuple[DeadlineRule, ...] = ()
    crisis_triggers: tuple[CrisisTrigger, ...] = ()
    description: str = ""
    _index: Mapping[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = {phase.key: position for position, phase in enumerate(self.phases)}
        object.__setattr__(self, "_index", index)

    def phase(self, key: str) -> Phase:
        """The phase with this key; KeyError when the template has none."""
        return self.phases[self.index_of(key)]

    def index_of(self, key: str) -> int:
        """The 0-based position of a phase in the template's order."""
        try:
            return self._index[key]
        except KeyError:
            raise KeyError(f"{self.key}: geen fase {key!r}") from None

    def has_phase(self, key: str) -> bool:
        """Whether the template has a phase with this key."""
        return key in self._index

    @property
    def route(self) -> tuple[Phase, ...]:
        """The phases that are steps of the route, without the setbacks."""
        return tuple(phase for phase in self.phases if not phase.setback)

    def next_phase(self, key: str) -> Phase | None:
        """The next step after a phase, skipping setbacks; None after the last step.

        A setback has no fixed next step (the client goes back to where she was), so for a
        setback this is None too.
        """
        if self.phase(key).setback:
            return None
        for phase in self.phases[self.index_of(key) + 1 :]:
            if not phase.setback:
                return phase
        return None

    def stage(self, key: str) -> Stage:
        """The stage with this key; KeyError when the template has none."""
        for stage in self.stages:
            if stage.key == key:
                return stage
        raise KeyError(f"{self.key}: geen fase-groep {key!r}")

    def stage_of(self, phase_key: str) -> Stage:
        """The stage a phase belongs to."""
        return self.stage(self.phase(phase_key).stage)

    def phases_in(self, stage_key: str) -> tuple[Phase, ...]:
        """The phases of one stage, in order."""
        return tuple(phase for phase in self.phases if phase.stage == stage_key)

    def deadline_rule(self, kind: str) -> DeadlineRule | None:
        """The deadline rule of this kind, if the template has one."""
        return next((rule for rule in self.deadlines if rule.kind == kind), None)

    def crisis_triggers_for(
        self, enforcement_kind: str, creditor_kind: str | None = None
    ) -> tuple[CrisisTrigger, ...]:
        """The enabled crisis triggers an enforcement on a debt sets off."""
        return tuple(
            trigger
            for trigger in self.crisis_triggers
            if trigger.enabled and trigger.matches(enforcement_kind, creditor_kind)
        )


_TOP_KEYS = (
    "key",
    "name",
    "version",
    "description",
    "stages",
    "phases",
    "deadlines",
    "crisis_triggers",
)
_STAGE_KEYS = ("key", "name")
_PHASE_KEYS = (
    "key",
    "number",
    "stage",
    "client_title",
    "caseworker_title",
    "what_happens",
    "client_can_do",
    "typical_quote",
    "typical_mood",
    "actions",
    "setback",
    "setback_during",
)
_ACTION_KEYS = ("title", "owner", "due_days", "note")
_DEADLINE_KEYS = (
    "kind",
    "label",
    "anchor",
    "anchor_phase",
    "amount",
    "unit",
    "met_by_phase",
    "extend_to_working_day",
    "note",
)
_TRIGGER_KEYS = ("key", "label", "enforcement_kinds", "creditor_kinds", "legal", "enabled", "note")


def _unique_key(reader: TableReader, name: str, seen: dict[str, str], what: str) -> str:
    """Read a key field and refuse one that an earlier table already used."""
    value = reader.key(name)
    if value in seen:
        raise reader.error(name, f"dubbele {what} {value!r} (ook in {seen[value]})")
    seen[value] = reader.place
    return value


def _phase_ref(reader: TableReader, name: str, phase_keys: Iterable[str]) -> str:
    """Read a field that names a phase of this template."""
    value = reader.text(name)
    if value not in phase_keys:
        raise reader.error(name, f"onbekende fase {value!r}")
    return value


def _read_action(reader: TableReader) -> ActionTemplate:
    return ActionTemplate(
        title=reader.text("title"),
        owner=reader.choice("owner", Owner, "onbekende eigenaar"),
        due_days=reader.optional_integer("due_days", minimum=0),
        note=reader.text("note", "", allow_empty=True),
    )


def _read_phase(reader: TableReader, position: int, stage_order: Mapping[str, int]) -> Phase:
    number = reader.integer("number")
    if number != position + 1:
        raise reader.error("number", f"moet {position + 1} zijn (de plaats in de lijst)")
    stage = reader.text("stage")
    if stage not in stage_order:
        raise reader.error("stage", f"onbekende fase-groep {stage!r}")
    setback = reader.boolean("setback", False)
    if setback and not reader.has("setback_during"):
        raise reader.error("setback_during", "ontbreekt (nodig bij setback = true)")
    if not setback and reader.has("setback_during"):
        raise reader.error("setback_during", "hoort alleen bij een terugval (setback = true)")
    return Phase(
        key=reader.key("key"),
        number=number,
        stage=stage,
        client_title=reader.text("client_title"),
        caseworker_title=reader.text("caseworker_title"),
        what_happens=reader.text("what_happens"),
        client_can_do=reader.text_list("client_can_do"),
        typical_quote=reader.text("typical_quote", "", allow_empty=True),
        typical_mood=reader.integer("typical_mood", minimum=MOOD_MIN, maximum=MOOD_MAX),
        actions=tuple(
            _read_action(action)
            for action in reader.tables("actions", _ACTION_KEYS, required=False)
        ),
        setback=setback,
        setback_during=reader.text_list("setback_during"),
    )


def _check_setback(reader: TableReader, phase: Phase, phases: Mapping[str, Phase]) -> None:
    """A setback strikes during ordinary phases: never during itself or another setback."""
    if phase.setback and not phase.setback_during:
        raise reader.error("setback_during", "mag niet leeg zijn")
    for index, key in enumerate(phase.setback_during):
        place = f"setback_during[{index}]"
        if key not in phases:
            raise reader.error(place, f"onbekende fase {key!r}")
        if phases[key].setback:
            raise reader.error(place, f"fase {key!r} is zelf een terugval")


def _read_deadline(reader: TableReader, phase_keys: Collection[str]) -> DeadlineRule:
    anchor = reader.choice("anchor", DeadlineAnchor, "onbekend startmoment")
    anchor_phase: str | None = None
    if anchor is DeadlineAnchor.MORATORIUM:
        if reader.has("anchor_phase"):
            raise reader.error("anchor_phase", "hoort niet bij anchor = 'moratorium'")
    else:
        anchor_phase = _phase_ref(reader, "anchor_phase", phase_keys)
    met_by = _phase_ref(reader, "met_by_phase", phase_keys) if reader.has("met_by_phase") else None
    return DeadlineRule(
        kind=reader.key("kind"),
        label=reader.text("label"),
        anchor=anchor,
        amount=reader.integer("amount", minimum=1),
        unit=reader.choice("unit", DeadlineUnit, "onbekende eenheid"),
        anchor_phase=anchor_phase,
        met_by_phase=met_by,
        extend_to_working_day=reader.boolean("extend_to_working_day", False),
        note=reader.text("note", "", allow_empty=True),
    )


def _read_trigger(reader: TableReader) -> CrisisTrigger:
    return CrisisTrigger(
        key=reader.key("key"),
        label=reader.text("label"),
        enforcement_kinds=reader.text_list(
            "enforcement_kinds",
            choices={k.value for k in EnforcementKind},
            unknown="onbekende maatregel",
        ),
        creditor_kinds=reader.text_list(
            "creditor_kinds",
            choices={k.value for k in CreditorKind},
            unknown="onbekende soort schuldeiser",
        ),
        legal=reader.boolean("legal", False),
        enabled=reader.boolean("enabled", True),
        note=reader.text("note", "", allow_empty=True),
    )


def load_process_template(text: str, source: str) -> ProcessTemplate:
    """Parse and check a process template written in TOML.

    Args:
        text: The TOML text.
        source: Where the text came from (a file name), used in error messages.

    Returns:
        The checked template.

    Raises:
        TemplateError: The text is not valid TOML or breaks a rule; the message names the
            place, e.g. "phases[3].stage".
    """
    top = TableReader(source, "", parse_toml(text, source), _TOP_KEYS)
    key = top.key("key")
    name = top.text("name")
    version = top.integer("version", minimum=1)
    description = top.text("description", "", allow_empty=True)

    seen: dict[str, str] = {}
    stages = tuple(
        Stage(key=_unique_key(stage, "key", seen, "fase-groep"), name=stage.text("name"))
        for stage in top.tables("stages", _STAGE_KEYS)
    )
    stage_order = {stage.key: position for position, stage in enumerate(stages)}

    seen = {}
    phase_readers = top.tables("phases", _PHASE_KEYS)
    phases: list[Phase] = []
    for position, reader in enumerate(phase_readers):
        _unique_key(reader, "key", seen, "fase")
        phase = _read_phase(reader, position, stage_order)
        # The timeline draws stages as consecutive bands, so a phase may not go back to an
        # earlier stage.
        if phases and stage_order[phase.stage] < stage_order[phases[-1].stage]:
            raise reader.error(
                "stage",
                f"fase-groep {phase.stage!r} komt vóór {phases[-1].stage!r} van de vorige fase",
            )
        phases.append(phase)
    by_key = {phase.key: phase for phase in phases}
    for reader, phase in zip(phase_readers, phases, strict=True):
        _check_setback(reader, phase, by_key)
    if all(phase.setback for phase in phases):
        raise top.error("phases", "minstens één fase mag geen terugval zijn")

    seen = {}
    deadlines = []
    for reader in top.tables("deadlines", _DEADLINE_KEYS, required=False):
        _unique_key(reader, "kind", seen, "termijn")
        deadlines.append(_read_deadline(reader, by_key))

    seen = {}
    triggers = []
    for reader in top.tables("crisis_triggers", _TRIGGER_KEYS, required=False):
        _unique_key(reader, "key", seen, "crisissituatie")
        triggers.append(_read_trigger(reader))

    return ProcessTemplate(
        key=key,
        name=name,
        version=version,
        stages=stages,
        phases=tuple(phases),
        deadlines=tuple(deadlines),
        crisis_triggers=tuple(triggers),
        description=description,
    )
