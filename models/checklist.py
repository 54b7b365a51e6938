"""Referral checklist templates: what a receiving desk asks for, item by item."""

from __future__ import annotations

from dataclasses import dataclass

from models.codes import DocumentKind
from models.template_reader import TableReader, TemplateError, parse_toml

__all__ = [
    "CHECKLIST_GROUPS",
    "ChecklistItemTemplate",
    "ChecklistTemplate",
    "TemplateError",
    "load_checklist_template",
]

# The groups in the order a desk's form shows them; items keep the file's order within them.
CHECKLIST_GROUPS: tuple[str, ...] = (
    "Persoon",
    "Inkomen",
    "Wonen en vaste lasten",
    "Schulden",
    "Bewind",
    "Overig",
)


@dataclass(frozen=True)
class ChecklistItemTemplate:
    """One thing the desk asks for.

    Attributes:
        key: Stable identifier, written into dossier.json's checklist items.
        title: Short Dutch title.
        description: What exactly is meant, in Dutch.
        group: One of CHECKLIST_GROUPS.
        required: The desk needs it before it takes the referral (unless marked n.v.t.).
        per_debt: One proof per debt rather than one for the whole dossier.
        document_kinds: Document kind codes of the bundle spec that can satisfy the item;
            empty when the item is data in the dossier rather than a document.
    """

    key: str
    title: str
    description: str
    group: str
    required: bool = False
    per_debt: bool = False
    document_kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChecklistTemplate:
    """A receiving desk's referral checklist, items in the order the desk wants them."""

    key: str
    name: str
    version: int
    items: tuple[ChecklistItemTemplate, ...]
    description: str = ""
    merge_debt_proofs: bool = False

    def item(self, key: str) -> ChecklistItemTemplate:
        """The item with this key; KeyError when the checklist has none."""
        for item in self.items:
            if item.key == key:
                return item
        raise KeyError(f"{self.key}: geen onderdeel {key!r}")

    def has_item(self, key: str) -> bool:
        """Whether the checklist has an item with this key."""
        return any(item.key == key for item in self.items)

    def position(self, key: str) -> int:
        """The 0-based place of an item, the order proofs are numbered in a bundle."""
        for index, item in enumerate(self.items):
            if item.key == key:
                return index
        raise KeyError(f"{self.key}: geen onderdeel {key!r}")

    @property
    def groups(self) -> tuple[str, ...]:
        """The groups that have items, in CHECKLIST_GROUPS order."""
        used = {item.group for item in self.items}
        return tuple(group for group in CHECKLIST_GROUPS if group in used)

    def items_in(self, group: str) -> tuple[ChecklistItemTemplate, ...]:
        """The items of one group, in the checklist's order."""
        return tuple(item for item in self.items if item.group == group)

    @property
    def required_items(self) -> tuple[ChecklistItemTemplate, ...]:
        """The items the desk needs before it takes the referral."""
        return tuple(item for item in self.items if item.required)


_TOP_KEYS = ("key", "name", "version", "description", "merge_debt_proofs", "items")
_ITEM_KEYS = ("key", "title", "description", "group", "required", "per_debt", "document_kinds")
_DOCUMENT_KINDS = frozenset(kind.value for kind in DocumentKind)


def _read_item(reader: TableReader, seen: dict[str, str]) -> ChecklistItemTemplate:
    key = reader.key("key")
    if key in seen:
        raise reader.error("key", f"dubbel onderdeel {key!r} (ook in {seen[key]})")
    seen[key] = reader.place
    group = reader.text("group")
    if group not in CHECKLIST_GROUPS:
        allowed = ", ".join(CHECKLIST_GROUPS)
        raise reader.error("group", f"onbekende groep {group!r} (kies uit: {allowed})")
    return ChecklistItemTemplate(
        key=key,
        title=reader.text("title"),
        description=reader.text("description"),
        group=group,
        required=reader.boolean("required", False),
        per_debt=reader.boolean("per_debt", False),
        document_kinds=reader.text_list(
            "document_kinds", choices=_DOCUMENT_KINDS, unknown="onbekende soort document"
        ),
    )


def load_checklist_template(text: str, source: str) -> ChecklistTemplate:
    """Parse and check a referral checklist written in TOML.

    Args:
        text: The TOML text.
        source: Where the text came from (a file name), used in error messages.

    Returns:
        The checked checklist.

    Raises:
        TemplateError: The text is not valid TOML or breaks a rule; the message names the
            place, e.g. "items[4].group".
    """
    top = TableReader(source, "", parse_toml(text, source), _TOP_KEYS)
    key = top.key("key")
    name = top.text("name")
    version = top.integer("version", minimum=1)
    description = top.text("description", "", allow_empty=True)
    merge_debt_proofs = top.boolean("merge_debt_proofs", False)
    seen: dict[str, str] = {}
    items = tuple(_read_item(reader, seen) for reader in top.tables("items", _ITEM_KEYS))
    return ChecklistTemplate(
        key=key,
        name=name,
        version=version,
        items=items,
        description=description,
        merge_debt_proofs=merge_debt_proofs,
    )
