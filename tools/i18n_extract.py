"""Find the UI's translatable Dutch strings in the source, with the context Qt looks them up in.

Why not ``pyside6-lupdate``: its Python parser names the context after whatever object ``tr`` is
called on (``parent.tr(...)`` lands in a context called "parent", which Qt never asks for) and
does not see this project's ``_tr(text)`` helpers that call ``QCoreApplication.translate`` with a
fixed context. This extractor follows the rules Qt uses at run time instead:

- ``self.tr(text[, disambiguation[, n]])`` in class C: context C (PySide walks the class's MRO,
  so the class that holds the call is the one to file it under);
- ``QCoreApplication.translate(context, text[, disambiguation[, n]])``;
- a helper ``def _tr(text): return QCoreApplication.translate("Ctx", text)``: calls to it in the
  same module (or importing it) are in "Ctx";
- ``QT_TRANSLATE_NOOP(context, text)`` and ``QT_TR_NOOP(text)`` mark strings translated later;
- the Dutch labels of the models' codes (every ``*_LABELS`` dict in ``models``), shown through
  ``views.table_columns.label`` in the context "Codes";
- the templates of the core's messages to a person (``say(template, **values)`` from
  ``models.messages`` in app/ and models/), shown through ``views.i18n.message_text`` in the
  context "messages".

A call it cannot place (``x.tr(...)`` on another object, a text that is not a literal) is
reported, so the check can name it.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from dataclasses import dataclass, field
from pathlib import Path

CODES_CONTEXT = "Codes"
MESSAGES_CONTEXT = "messages"
MESSAGES_MODULE = "models.messages"
MESSAGE_MARKER = "say"
_APP_CLASSES = {"QCoreApplication", "QApplication", "QGuiApplication"}


@dataclass
class Message:
    """One string to translate; the key is (context, source, comment)."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[Path, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass(frozen=True)
class Problem:
    """A translation call that cannot be extracted, with where it is and why."""

    path: Path
    line: int
    reason: str
    blocking: bool  # True: the string will never be translated at run time


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _arg(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    if len(call.args) > position:
        return call.args[position]
    for kw in call.keywords:
        if kw.arg == keyword:
            return kw.value
    return None


def _helper_context(func: ast.FunctionDef) -> str | None:
    """The fixed context of a ``def _tr(text): return QCoreApplication.translate(ctx, text)``."""
    if not func.args.args:
        return None
    param = func.args.args[0].arg
    for node in ast.walk(func):
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Call):
            call = node.value
            if _is_translate(call) and len(call.args) >= 2:
                context = _literal(call.args[0])
                text = call.args[1]
                if context is not None and isinstance(text, ast.Name) and text.id == param:
                    return context
    return None


def _is_translate(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in _APP_CLASSES
    )


def module_helpers(tree: ast.Module) -> dict[str, str]:
    """Names of this module's translate helpers and their contexts."""
    helpers: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            context = _helper_context(node)
            if context is not None:
                helpers[node.name] = context
    return helpers


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: Path, helpers: dict[str, str], classes: set[str]) -> None:
        self.path = path
        self.helpers = helpers
        self.classes = classes
        self.stack: list[str] = []
        self.messages: list[Message] = []
        self.problems: list[Problem] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.stack.append(node.name)
        self.generic_visit(node)
        self.stack.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self._take(node)
        self.generic_visit(node)

    def _problem(self, node: ast.Call, reason: str, *, blocking: bool) -> None:
        self.problems.append(Problem(self.path, node.lineno, reason, blocking))

    def _add(self, node: ast.Call, context: str, text: ast.expr | None, offset: int) -> None:
        """Record the call's message; ``offset`` is where the text sits among the arguments."""
        source = _literal(text)
        if source is None:
            kind = "an f-string" if isinstance(text, ast.JoinedStr) else "not a literal"
            self._problem(node, f"text is {kind}: mark its values for translation", blocking=False)
            return
        comment = _literal(_arg(node, offset + 1, "disambiguation")) or ""
        numerus = _arg(node, offset + 2, "n") is not None
        message = Message(context, source, comment, numerus, [(self.path, node.lineno)])
        self.messages.append(message)

    def _take(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            receiver = func.value
            if isinstance(receiver, ast.Name) and receiver.id in ("self", "cls") and self.stack:
                self._add(node, self.stack[-1], _arg(node, 0, "sourceText"), 0)
            elif isinstance(receiver, ast.Name) and receiver.id in self.classes:
                self._add(node, receiver.id, _arg(node, 0, "sourceText"), 0)
            else:
                self._problem(
                    node,
                    "tr() on another object: its context is only known at run time",
                    blocking=True,
                )
        elif _is_translate(node):
            context = _literal(_arg(node, 0, "context"))
            text = _arg(node, 1, "sourceText")
            if context is None:
                self._problem(
                    node, "translate() with a context that is not a literal", blocking=True
                )
            elif not isinstance(text, ast.Name):  # a helper passes its parameter on: skip
                self._add(node, context, text, 1)
        elif isinstance(func, ast.Name):
            if func.id in self.helpers:
                self._add(node, self.helpers[func.id], _arg(node, 0, "text"), 0)
            elif func.id == "QT_TRANSLATE_NOOP":
                context = _literal(_arg(node, 0, "context"))
                if context is not None:
                    self._add(node, context, _arg(node, 1, "sourceText"), 1)
            elif func.id == "QT_TR_NOOP" and self.stack:
                self._add(node, self.stack[-1], _arg(node, 0, "sourceText"), 0)


def _imported_helpers(
    tree: ast.Module, helpers_by_module: dict[str, dict[str, str]]
) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in helpers_by_module:
            theirs = helpers_by_module[node.module]
            for alias in node.names:
                if alias.name in theirs:
                    found[alias.asname or alias.name] = theirs[alias.name]
    return found


def _module_name(path: Path, root: Path) -> str:
    return ".".join(path.relative_to(root).with_suffix("").parts)


def extract_sources(paths: list[Path], root: Path) -> tuple[list[Message], list[Problem]]:
    """Every translatable string in ``paths`` (Python files under ``root``), and what failed."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in paths}
    helpers_by_module = {_module_name(p, root): module_helpers(t) for p, t in trees.items()}
    messages: list[Message] = []
    problems: list[Problem] = []
    for path, tree in trees.items():
        helpers = dict(helpers_by_module[_module_name(path, root)])
        helpers.update(_imported_helpers(tree, helpers_by_module))
        classes = {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
        visitor = _Visitor(path.relative_to(root), helpers, classes)
        visitor.visit(tree)
        messages.extend(visitor.messages)
        problems.extend(visitor.problems)
    return messages, problems


# Label dicts outside models/ that the views show through the "Codes" context.
EXTRA_LABELS = {"app.profile": ("ROLES",)}


def code_labels() -> list[Message]:
    """The Dutch labels of every code in ``models`` (dicts named ``*_LABELS``), context Codes."""
    import models

    names = [f"models.{info.name}" for info in pkgutil.iter_modules(models.__path__)]
    messages: list[Message] = []
    for module_name in sorted(names) + sorted(EXTRA_LABELS):
        module = importlib.import_module(module_name)
        wanted = EXTRA_LABELS.get(module_name)
        for name, value in sorted(vars(module).items()):
            chosen = name in wanted if wanted else name.endswith("_LABELS")
            if not (chosen and isinstance(value, dict)):
                continue
            where = Path(*module_name.split(".")).with_suffix(".py")
            for text in value.values():
                if isinstance(text, str):
                    messages.append(Message(CODES_CONTEXT, text, "", False, [(where, 0)]))
    return messages


def merge(messages: list[Message]) -> dict[tuple[str, str, str], Message]:
    """One message per key, keeping every place it is used."""
    merged: dict[tuple[str, str, str], Message] = {}
    for message in messages:
        if message.key in merged:
            kept = merged[message.key]
            kept.numerus = kept.numerus or message.numerus
            for location in message.locations:
                if location not in kept.locations:
                    kept.locations.append(location)
        else:
            merged[message.key] = Message(
                message.context,
                message.source,
                message.comment,
                message.numerus,
                list(message.locations),
            )
    return merged


def _imports_marker(tree: ast.Module) -> set[str]:
    """The names ``say`` goes by in a module that imports it from ``models.messages``."""
    return {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == MESSAGES_MODULE
        for alias in node.names
        if alias.name == MESSAGE_MARKER
    }


def message_templates(paths: list[Path], root: Path) -> tuple[list[Message], list[Problem]]:
    """Every literal template given to ``say`` in ``paths``, context "messages".

    A template that is not a literal (an f-string, a name) can never be looked up, so it is a
    blocking problem: the values belong in ``say``'s keywords.
    """
    messages: list[Message] = []
    problems: list[Problem] = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        if MESSAGE_MARKER not in text:
            continue
        tree = ast.parse(text, str(path))
        names = _imports_marker(tree)
        if not names:
            continue
        where = path.relative_to(root)
        calls = sorted(
            (n for n in ast.walk(tree) if isinstance(n, ast.Call)),
            key=lambda n: (n.lineno, n.col_offset),
        )
        for node in calls:
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in names
            ):
                continue
            source = _literal(node.args[0]) if node.args else None
            if source is None:
                problems.append(
                    Problem(where, node.lineno, "say() needs a literal template", blocking=True)
                )
            else:
                messages.append(
                    Message(MESSAGES_CONTEXT, source, "", False, [(where, node.lineno)])
                )
    return messages, problems
