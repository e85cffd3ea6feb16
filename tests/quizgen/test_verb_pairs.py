"""A pair of verbs sharing everything after them ('destroyed or severely damaged 300 homes', 'killed or
wounded 40 soldiers') is said whole: a stem, statement or label of the second verb alone changes what was
said ('wounded 40 soldiers'), and one of the first alone is cut ('The tornado destroyed'). An adverb before
a clause's 'after' ('soon after') stays with the clause the 'after' clause hangs from."""
from __future__ import annotations

import pytest

from quizgen import build_lesson
from quizgen.questions.timeline import label_question

FLOOD = ("Floods hit the region\n\nAbout 300 homes were destroyed or severely damaged in the floods on Wednesday, "
         "the mayor said.\n\nThe river rose above its banks after three days of heavy rain. Emergency crews "
         "worked through the night to reach families in the lower valley.")
RAID = ("Army base attacked\n\nRebels killed or wounded 40 soldiers in a raid on an army base in the north on "
        "Saturday.\n\nThe army sent reinforcements to the region on Sunday. The government promised to rebuild "
        "the base within a year.")
TORNADO = ("Tornado strikes valley\n\nThe tornado destroyed or damaged 120 houses across the valley on Wednesday."
           "\n\nVolunteers cleared roads in the town on Thursday. The governor visited the area on Friday and met "
           "families who lost their homes.")


def _lesson(body: str) -> dict:
    return build_lesson("Published: 2024-09-12\n\n" + body).to_dict()


def _texts(body: str) -> list[str]:
    lesson = _lesson(body)
    return [q["prompt"] for q in lesson["questions"]] + [e["label"] for e in lesson["events"]]


@pytest.mark.parametrize("body, first, second", [
    (FLOOD, "destroyed", "damaged"),
    (RAID, "kill", "wound"),
    (RAID, "killed", "wounded"),
    (TORNADO, "destroy", "damage"),
    (TORNADO, "destroyed", "damaged"),
])
def test_a_verb_pair_is_never_said_by_half(body, first, second):
    texts = _texts(body)
    halves = [t for t in texts if (f" {first} " in f" {t} ") != (f" {second} " in f" {t} ")]
    assert not halves, halves


@pytest.mark.parametrize("body, wanted", [
    (FLOOD, "How many homes were destroyed or severely damaged"),
    (RAID, "How many soldiers did rebels kill or wound"),
    (TORNADO, "How many houses did the tornado destroy or damage"),
    (TORNADO, "The tornado destroyed or damaged 120 houses"),
])
def test_a_verb_pair_is_asked_whole(body, wanted):
    texts = _texts(body)
    assert any(t.startswith(wanted) for t in texts), texts


@pytest.mark.parametrize("label, stem", [
    ("Rebels killed or wounded 40 soldiers", "did Rebels kill or wound 40 soldiers?"),
    ("The storm destroyed or severely damaged 300 homes", "did the storm destroy or severely damage 300 homes?"),
    ("The council approved and signed the new budget", "did the council approve and sign the new budget?"),
])
def test_a_label_with_a_verb_pair_asks_both_in_the_base_form(label, stem):
    assert label_question(label, "day").endswith(stem)


PHOTOS = ("Suspects named\n\nThe two suspects were identified {adverb} after the photos were posted online on Monday, "
          "police chief Ann Roe said.\n\nThe police asked the public for help on Sunday. Both men were arrested at "
          "their homes later in the week.")


@pytest.mark.parametrize("adverb", ["soon", "shortly"])
def test_an_adverb_before_after_stays_with_the_main_clause(adverb):
    """'identified soon after the photos were posted': the clause of 'after' told alone leaves 'soon' out
    ('When were the photos posted online soon?' is broken)."""
    texts = _texts(PHOTOS.format(adverb=adverb))
    broken = [t for t in texts if t.startswith("When") and f" {adverb}" in t]
    assert not broken, broken


@pytest.mark.parametrize("body, label", [
    ("Analysts on Wednesday questioned how much of an impact the new package will have.",
     "Analysts questioned how much of an impact the new package will have"),
    ("Investors on Monday asked how much of the debt the bank would repay.",
     "Investors asked how much of the debt the bank would repay"),
])
def test_an_embedded_question_keeps_its_verb_in_a_label(parsed_of, body, label):
    """'questioned how much of an impact' is cut: the verb of the embedded question goes with it."""
    labels = [e.label for e in parsed_of(body, "2019-11-08").events]
    assert label in labels, labels


@pytest.mark.parametrize("body", [
    "Movies can be bought or rented for between $2 to $18 at the store.",
    "Movies can be rented for between $2 to $18 at the store.",
])
def test_one_end_of_a_range_is_not_asked_as_the_amount(body):
    """'for between $2 to $18': 'For how much can movies be rented?' keyed '$18' is wrong."""
    texts = _texts(f"Store opens\n\nThe new online store opened on Monday. {body}\n\nThe company expects strong "
                   "sales in the first year.")
    assert not [t for t in texts if t.startswith("For how much")], texts


@pytest.mark.parametrize("body, label", [
    ("The British bank walked away on Sunday after it could not obtain the approvals it needed.",
     "The British bank walked away"),
    ("Junk-fund holders have barely broken even this year, the report said.",
     "Junk-fund holders have barely broken even"),
])
def test_a_verbs_own_adverb_stays_when_its_date_goes(parsed_of, body, label):
    """'walked away (on Sunday)', 'broken even (this year)': the adverb is the verb's, not the date's; a
    label without it is cut ('The bank walked')."""
    labels = [e.label for e in parsed_of(body, "1989-10-19").events]
    assert label in labels, labels


def test_alone_after_an_asked_date_goes_with_it(context_of):
    """'streamed out last week alone': asked for the date, the stem leaves 'alone' out too."""
    from quizgen.questions import multiple_choice
    body = ("About $60 million streamed out last week alone, double the level of the week before. Investors "
            "pulled money from junk funds for a third month.")
    prompts = [q.prompt for q in multiple_choice.generate(context_of(body, "1989-10-19"))]
    asked = [p for p in prompts if p.startswith("When")]
    assert asked and not [p for p in asked if "alone" in p], prompts
