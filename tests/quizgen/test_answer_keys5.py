"""Answer keys the text backs alone (issue 12): no true statement that hangs a second charge's phrase on
the first, no when-question or false date swap on a date a bound opens ('By morning Saturday'), no blank
whose count the aside after it adds up."""
from __future__ import annotations

import pytest

from quizgen.questions.fill_blank import _cloze

pytestmark = pytest.mark.slow


def _prompts(body: str, title: str = "Test story") -> list[tuple[str, str, str]]:
    from quizgen import build_lesson
    text = f"Title: {title}\nPublished: 2013-05-12\n\n{body}\n"
    made = [q for q in build_lesson(text).questions]
    made += [q.twin for q in made if q.twin is not None]      # a statement's other version
    return [(q.type, q.prompt, str(q.answer)) for q in made]


VERDICT = ("SALEM, Ore. -- A Bend, Ore., jury convicted Dale Hollister of first-degree murder in the death of "
           "his wife, Jane Hollister, and second-degree murder in the death of their unborn son.\n\n"
           "The first-degree charge means Hollister could face life in prison. That will be decided by the "
           "jury after a penalty phase.\n\nDale Hollister looked straight ahead as the verdict was read.")

FERRY = ("Greek authorities have arrested the captain of a passenger ferry that ran aground and tipped over "
         "late Friday, killing four people and injuring 20.\n\n"
         "By morning Saturday, the ferry was lying virtually flat off Kefalonia's coast, its side submerged "
         "in the water and a huge gash showing on its hull.\n\n"
         "Passengers said the crew failed to give instructions on how to leave the ship.")


def test_a_conjunct_taken_for_an_apposition_keeps_its_charge() -> None:
    # 'second-degree murder' parsed as an apposition of 'his wife': dropped, its 'in the death of their
    # unborn son' would fall on the first-degree charge, a statement keyed True the text contradicts
    for kind, prompt, _ in _prompts(VERDICT):
        assert "his wife in the death" not in prompt, prompt


def test_no_day_asked_or_swapped_of_a_bounded_date() -> None:
    made = _prompts(FERRY)
    for kind, prompt, answer in made:
        if "flat" in prompt:
            assert kind == "true_false" and "Saturday" in prompt, made   # not asked, not swapped


CAPSIZED = ("Greek authorities have arrested the captain of a passenger ferry that ran aground and tipped over "
            "late Friday, killing four people.\n\nPolice said the captain was arrested late Saturday and is "
            "being investigated for manslaughter.\n\nBy morning Saturday, the ferry was lying virtually flat "
            "off the island's coast, its side submerged in the water.\n\nMore than 300 passengers were "
            "rescued by fishing boats overnight, the coast guard said.")


def test_a_bounded_date_is_not_swapped_for_a_false_statement() -> None:
    # 'lying flat by morning Sunday' holds as well as 'by morning Saturday': no False key on it
    made = _prompts(CAPSIZED, "Ferry capsizes off island")
    assert not [p for kind, p, answer in made if "flat" in p and answer == "False"], made


def test_aside_adding_up_to_the_blank_is_dropped() -> None:
    text = ("The hospital is especially concerned about 85 patients - 20 children and 65 adults - who may "
            "go into kidney failure, director Klaus Weber said.")
    assert _cloze(text, text.index("85"), "85") == (
        "The hospital is especially concerned about _____ patients who may go into kidney failure, "
        "director Klaus Weber said.")
    brackets = "The clinic treated 85 patients (20 children and 65 adults) on Monday."
    assert _cloze(brackets, brackets.index("85"), "85") == "The clinic treated _____ patients on Monday."


def test_aside_of_other_figures_stays() -> None:
    text = "The clinic treated 85 patients - 20 of them children - on Monday."
    assert "20 of them children" in _cloze(text, text.index("85"), "85")
