"""tools.i18n: the extractor's contexts, the .ts merge, the pseudo-translation and the check."""

from __future__ import annotations

import textwrap
from pathlib import Path

from tools.i18n import Entry, collect, fill, offences, stretch, updated
from tools.i18n_extract import Message, extract_sources, merge, message_templates


def _extract(tmp_path: Path, source: str) -> tuple[list[Message], list[str]]:
    package = tmp_path / "views"
    package.mkdir()
    path = package / "sample.py"
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    messages, problems = extract_sources([path], tmp_path)
    return messages, [problem.reason for problem in problems if problem.blocking]


def test_extract_files_self_tr_under_the_class_that_calls_it(tmp_path):
    messages, _ = _extract(
        tmp_path,
        """
        class Outer:
            def build(self):
                return self.tr("Opslaan"), self.tr("%n dagen", "", 3)
        """,
    )
    assert [(m.context, m.source, m.numerus) for m in messages] == [
        ("Outer", "Opslaan", False),
        ("Outer", "%n dagen", True),
    ]


def test_extract_files_helper_calls_under_the_helpers_context(tmp_path):
    messages, _ = _extract(
        tmp_path,
        """
        from PySide6.QtCore import QCoreApplication

        def _tr(text):
            return QCoreApplication.translate("Fixed", text)

        HEADERS = (QT_TRANSLATE_NOOP("Table", "Naam"),)

        def show():
            return _tr("Klaar")
        """,
    )
    assert {(m.context, m.source) for m in messages} == {("Table", "Naam"), ("Fixed", "Klaar")}


def test_extract_refuses_tr_on_an_object_whose_class_is_known_only_at_run_time(tmp_path):
    _, blocking = _extract(tmp_path, "def ask(parent):\n    return parent.tr('Stoppen')\n")
    assert len(blocking) == 1
    assert "run time" in blocking[0]


def test_update_keeps_translations_and_marks_strings_that_left_the_code_vanished():
    kept = Entry("C", "Opslaan", translations=["Save"], state="")
    gone = Entry("C", "Weg", translations=["Gone"], state="")
    messages = merge([Message("C", "Opslaan"), Message("C", "Nieuw")])
    entries = {e.source: e for e in updated(messages, [kept, gone], drop_vanished=False)}
    assert (entries["Opslaan"].translations, entries["Opslaan"].state) == (["Save"], "")
    assert entries["Nieuw"].state == "unfinished"
    assert entries["Weg"].state == "vanished"
    dropped = updated(messages, [kept, gone], drop_vanished=True)
    assert "Weg" not in {e.source for e in dropped}


def test_check_names_untranslated_missing_and_placeholder_mismatches():
    messages = merge(
        [
            Message("C", "{n} schulden"),
            Message("C", "Leeg"),
            Message("C", "Nieuw"),
            Message("C", "%1 ok"),
        ]
    )
    entries = [
        Entry("C", "{n} schulden", translations=["{count} debts"], state=""),
        Entry("C", "Leeg", state="unfinished"),
        Entry("C", "%1 ok", translations=["%1 fine"], state=""),
    ]
    found = offences(entries, messages)
    assert any("'{n} schulden'" in line and "placeholders" in line for line in found)
    assert any("'Leeg'" in line and "not translated" in line for line in found)
    assert any("'Nieuw'" in line and "not in the .ts" in line for line in found)
    assert not any("%1 ok" in line for line in found)


def test_pseudo_translation_keeps_what_the_program_needs_intact():
    source = "<b>{name}</b> &Opslaan %1 %n (*.pdf) &amp; {{x}}"
    pseudo = stretch(source)
    for kept in ("<b>", "</b>", "{name}", "&O", "%1", "%n", "(*.pdf)", "&amp;", "{{x}}"):
        assert kept in pseudo
    assert pseudo != source


def test_pseudo_translation_makes_every_line_about_forty_percent_longer():
    source = "Nieuwe klant aanmaken\nDossier sluiten"
    lines = stretch(source).split("\n")
    assert len(lines) == 2
    for original, stretched in zip(source.split("\n"), lines, strict=True):
        assert len(stretched) >= 1.35 * len(original)


def test_fill_puts_translations_in_and_names_sources_it_cannot_find():
    entries = [Entry("Tab", "Schulden"), Entry("Tab", "Acties")]
    unknown = fill(entries, {"Tab": {"Schulden": "Debts", "Acites": "Actions"}})
    assert unknown == ["[Tab] 'Acites'"]
    assert (entries[0].translations, entries[0].state) == (["Debts"], "")
    assert (entries[1].translations, entries[1].state) == ([""], "unfinished")


def test_extract_collects_the_cores_say_templates_into_messages(tmp_path):
    package = tmp_path / "app"
    package.mkdir()
    path = package / "sample.py"
    path.write_text(
        textwrap.dedent(
            """
            from models.messages import say

            def check(name, template):
                if not name:
                    raise ValueError(say("Vul een naam in."))
                raise ValueError(say("De naam {name} is te lang.", name=name))

            def loose(template):
                return say(template)
            """
        ),
        encoding="utf-8",
    )
    messages, problems = message_templates([path], tmp_path)
    assert [(m.context, m.source) for m in messages] == [
        ("messages", "Vul een naam in."),
        ("messages", "De naam {name} is te lang."),
    ]
    assert [(p.line, p.blocking) for p in problems] == [(10, True)]


def test_a_say_without_the_import_is_not_the_marker(tmp_path):
    path = tmp_path / "other.py"
    path.write_text('def say(x):\n    return x\n\nsay("Niet van ons.")\n', encoding="utf-8")
    assert message_templates([path], tmp_path) == ([], [])


def test_collect_holds_the_user_errors_of_app_and_models():
    messages, problems = collect()
    held = {source for context, source, _ in messages if context == "messages"}
    assert "Dit is geen dossierbundel: het bestand is geen ZIP-bestand." in held
    assert "{words} kan niet negatief zijn." in held
    assert not [p for p in problems if p.blocking and "say()" in p.reason]
