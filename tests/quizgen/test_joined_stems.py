"""Stems a join or a cut left broken (JUDGING rule 1, issue 12): a word printed twice, an aside's lone
opening comma after a subordinator, an additive 'too' that leans on the sentence before, and an
amount whose 'additional'/'extra'/'just' the blank ate."""
from __future__ import annotations

import pytest

from quizgen.index import build_index
from quizgen.questions import candidates
from quizgen.questions.context import make_context
from quizgen.questions.marks import tidy_marks


@pytest.mark.parametrize("prompt, expected", [
    ("What was the fire on the ridge caused by by last Thursday?", "What was the fire on the ridge caused by last Thursday?"),
    ("The ferry sank near the the northern pier.", "The ferry sank near the northern pier."),
    ("Police are checking whether, Tom Hale is linked to the three fires.",
     "Police are checking whether Tom Hale is linked to the three fires."),
    ("The city council, too, voted to fund a second bridge.", "The city council voted to fund a second bridge."),
    ("On which day did the governor visit the harbour too?", "On which day did the governor visit the harbour?"),
])
def test_a_join_or_cut_is_mended(prompt, expected):
    assert tidy_marks(prompt) == expected


@pytest.mark.parametrize("prompt", [
    "Police are checking whether, as the mayor said, Tom Hale is linked to the fires.",   # a whole aside
    "The mayor had had enough of the delays at the pier.",                               # not a join word
    "Who said, \u201cWe are ready too\u201d?",                                              # a quotation
    "The report says that, by 2030, the pier will be gone.",
    "The mayor's sharpest words, though, were aimed at the harbour board.",             # an adverb set off
])
def test_sound_stems_stay(prompt):
    assert tidy_marks(prompt) == prompt


def _blanks(parsed_of, body):
    return {q.prompt: q.answer for q in candidates(make_context(parsed_of(body))) if q.type == "fill_blank"}


@pytest.mark.parametrize("body, prompt, answer", [
    ("The harbour bank recorded an additional $20 million in loan loss reserves in the third quarter.",
     "The harbour bank recorded an additional _____ in loan loss reserves in the third quarter.", "$20 million"),
    ("The owner of a small home will pay an extra $22 per year under the new water plan.",
     "The owner of a small home will pay an extra _____ per year under the new water plan.", "$22"),
])
def test_a_blank_leaves_the_added_word_in_the_stem(parsed_of, body, prompt, answer):
    assert _blanks(parsed_of, body).get(prompt) == answer


def test_an_added_word_is_no_part_of_a_date(parsed_of):
    parsed = parsed_of("Just last month, a guard was hurt when a bomb exploded at another clinic in the town.")
    assert "last month" in {m.text for m in build_index(parsed).mentions}


def test_a_question_drops_a_with_phrase_run_on_after_it():
    assert tidy_marks("How many pupils does the river school have, with 80 pupils in the first year?") == \
        "How many pupils does the river school have?"
    kept = "How many pupils did the school enrol with the new grant?"      # not set off: part of the question
    assert tidy_marks(kept) == kept


def _questions(parsed_of, body):
    return [q.prompt for q in candidates(make_context(parsed_of(body)))]


def test_a_name_keeps_its_capital_before_an_owner_s(parsed_of):
    body = ("Carver Wendt makes water pumps in the river town of Ashby. "
            "Acme Tools bought some 6% of Carver Wendt's common stock in March, before selling it in June.")
    prompts = _questions(parsed_of, body)
    assert any("Carver Wendt's" in p and p.startswith("What share") for p in prompts)
    assert not any("Carver wendt" in p for p in prompts)


def test_a_people_s_name_keeps_its_capital_in_a_question(parsed_of):
    body = ("Ghanaian voters elected a new president on Sunday after a long count. "
            "The mayor spoke to the crowd on Friday.")
    prompts = _questions(parsed_of, body)
    assert any("Ghanaian voters" in p and p.endswith("?") for p in prompts)
    assert not any("ghanaian" in p for p in prompts)


def test_a_participle_after_an_object_is_what_the_object_did(parsed_of):
    body = "The strong quake sent residents of the port city rushing into the streets on Monday."
    prompts = _questions(parsed_of, body)
    assert not any("quake rush" in p for p in prompts)
    assert "On which day did residents of the port city rush into the streets?" in prompts


def test_a_fronted_phrase_is_not_moved_into_a_reported_clause(parsed_of):
    body = ("Today, on the club's 50th birthday, the city council has received reports that the old stadium "
            "is being restored. The stadium opened in 1970.")
    prompts = _questions(parsed_of, body)
    assert "When has the city council received reports that the old stadium is being restored?" in prompts
    assert not any("restored on the club" in p for p in prompts)


def test_a_phrase_of_a_pair_s_second_noun_is_not_asked_in_front(parsed_of):
    body = "The harbour town is a popular tourist destination on the eastern coast and home to about 100,000 people."
    assert not any(p.startswith("To how many") for p in _questions(parsed_of, body))
    body = "The mayor gave the keys and the flag to three visitors on Monday."
    assert "To how many visitors did the mayor give the keys and the flag on Monday?" in _questions(parsed_of, body)
