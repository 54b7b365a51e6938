"""models.messages: a core message stays its Dutch sentence and keeps what a view translates."""

from __future__ import annotations

import pickle

from models.messages import Message, joined, say


def _english(template: str) -> str:
    words = {
        "De back-up {name} is beschadigd.": "The backup {name} is damaged.",
        "Het lezen is gestopt: {reason}": "Reading stopped: {reason}",
        "de schijf is vol": "the disk is full",
    }
    return words.get(template, template)


def test_say_is_the_dutch_sentence_with_its_template_and_values():
    message = say("De back-up {name} is beschadigd.", name="b.db")
    assert message == "De back-up b.db is beschadigd."
    assert str(message) == "De back-up b.db is beschadigd."
    assert type(str(message)) is str
    assert message.template == "De back-up {name} is beschadigd."
    assert message.values == {"name": "b.db"}
    assert f"Fout: {message}" == "Fout: De back-up b.db is beschadigd."


def test_render_translates_the_template_and_fills_in_the_same_values():
    message = say("De back-up {name} is beschadigd.", name="b.db")
    assert message.render(_english) == "The backup b.db is damaged."


def test_a_message_inside_a_message_is_rendered_in_the_same_language():
    message = say("Het lezen is gestopt: {reason}", reason=say("de schijf is vol"))
    assert message == "Het lezen is gestopt: de schijf is vol"
    assert message.render(_english) == "Reading stopped: the disk is full"


def test_joined_translates_each_part_and_keeps_plain_text_as_it_is():
    parts = [say("de schijf is vol"), "regel 3 {zonder} sjabloon", say("de schijf is vol")]
    message = joined(parts, "\n")
    assert message == "de schijf is vol\nregel 3 {zonder} sjabloon\nde schijf is vol"
    assert (
        message.render(_english) == "the disk is full\nregel 3 {zonder} sjabloon\nthe disk is full"
    )
    assert joined([]) == ""


def test_a_translation_with_a_wrong_placeholder_falls_back_to_dutch():
    message = say("De back-up {name} is beschadigd.", name="b.db")
    assert message.render(lambda _t: "The backup {file} is damaged.") == str(message)


def test_a_message_survives_pickling_with_its_template():
    message = say("Het lezen is gestopt: {reason}", reason=say("de schijf is vol"))
    copy = pickle.loads(pickle.dumps(message))
    assert isinstance(copy, Message)
    assert copy == message
    assert copy.render(_english) == "Reading stopped: the disk is full"
