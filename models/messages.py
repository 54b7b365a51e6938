"""Dutch messages for a person that the UI can still show in another language.

The core (``app/``, ``models/``) writes its user errors in Dutch and knows nothing of Qt. A
message made with :func:`say` is an ordinary ``str`` holding the Dutch sentence, so the command
line, the logs and every test that compares text keep working. It also remembers the template it
was made from and the values put in, so a view can look the template up in its translation and
fill in the same values (``views.i18n.message_text``). tools/i18n collects every literal
template given to ``say`` in app/ and models/ into the context "messages".

Keep each template a whole sentence (or a few): a translation cannot reorder fragments glued
together in code. Where a plural or a condition changes the sentence, write two templates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["Message", "joined", "say"]


class Message(str):
    """A Dutch sentence that knows its template and values.

    Attributes:
        template: The Dutch text with ``{name}`` placeholders, as written in the code.
        values: What fills the placeholders; a value that is itself a Message is rendered in the
            same language as the sentence around it.
        translatable: False for a joint of several messages (:func:`joined`): its template is
            glue, not a sentence, and is never looked up.
    """

    template: str
    values: dict[str, Any]
    translatable: bool

    def __new__(
        cls, template: str, values: Mapping[str, Any], *, translatable: bool = True
    ) -> Message:
        made = super().__new__(cls, template.format_map(values))
        made.template = template
        made.values = dict(values)
        made.translatable = translatable
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        # A str subclass with attributes: rebuilt from its parts (worker processes, copies).
        return (_rebuild, (self.template, self.values, self.translatable))

    def render(self, translate: Callable[[str], str]) -> str:
        """The message in another language: ``translate`` maps a Dutch template to its translation.

        A translation that cannot be filled in (a placeholder it does not know) falls back to
        the Dutch template, so a slip in a translation never hides the message.
        """
        shown = {
            name: value.render(translate) if isinstance(value, Message) else value
            for name, value in self.values.items()
        }
        template = translate(self.template) if self.translatable else self.template
        try:
            return template.format_map(shown)
        except (KeyError, IndexError, ValueError):
            return self.template.format_map(shown)


def _rebuild(template: str, values: Mapping[str, Any], translatable: bool) -> Message:
    return Message(template, values, translatable=translatable)


def say(template: str, /, **values: Any) -> Message:
    """The Dutch ``template`` filled in with ``values``, as a :class:`Message`.

    ``template`` must be a literal string: tools/i18n reads it from the source to put it in the
    translation files. Values are filled in with ``str.format`` (``{amount}``, ``{count:,}``).
    """
    return Message(template, values)


def joined(parts: Iterable[str], separator: str = " ") -> Message:
    """Several messages shown as one text, each part still translated on its own."""
    items = list(parts)
    glue = separator.replace("{", "{{").replace("}", "}}")
    template = glue.join(f"{{part{index}}}" for index in range(len(items)))
    return Message(template, {f"part{i}": part for i, part in enumerate(items)}, translatable=False)
