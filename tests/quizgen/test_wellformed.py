"""wellformed.garbled: texts that cannot be well-formed English, and well-formed ones it leaves alone."""
from __future__ import annotations

import pytest

from quizgen.label_choice import label_fault
from quizgen.model import Question
from quizgen.nlp import parse
from quizgen.questions.worth import wording_doubt
from quizgen.wellformed import faults, garbled


@pytest.mark.parametrize("text,fault", [
    ("The bank agreed to buy Norfolk Mills (NMI", "unbalanced marks"),
    ("The mayor said \u201cwe will rebuild the bridge", "unbalanced marks"),
    ("The driver's injuries began about", "dangling end"),
    ("The rifle was bought at a store from a federally licensed", "dangling end"),
    ("In which year was the rifle bought from a legally registered?", "dangling end"),
    ("The council released two reports and the", "dangling end"),
    ("Maria Lopez was defeated watched races", "glued verbs"),
    ("On which day was Maria Lopez defeated watched races?", "glued verbs"),
    ("The meetings in neighbouring which city will focus?", "misplaced question word"),
    ("On which day was what left of the old barn?", "misplaced question word"),
])
def test_garbled(text: str, fault: str) -> None:
    assert fault in faults(text)


@pytest.mark.parametrize("text", [
    "The bank agreed to buy Norfolk Mills (NMI) for $2 billion.",
    "Who did the only vote against the plan come from?",
    "Ten were rescued from the mine, with several still unaccounted for.",
    "The firm's profit rose 3 percent to the present level.",
    "The new rate has averaged 2 percent to the present",
    "Which town is among the largest in the region?",
    "Does the plan sound a little strange?",
    "Shares of the firm rose $2 to $18 each",
    "In which year did the company say what it would build?",
    "The team said it was ready to play in the 1990's",
    "Who said, \u201cWe expect a further decline in the \u2026\u201d?",
])
def test_wellformed(text: str) -> None:
    assert garbled(text) is None


def _cloze(prompt: str, answer: str) -> Question:
    return Question(id="q1", type="fill_blank", prompt=prompt, answer=answer, sentence_id=0)


@pytest.mark.parametrize("prompt,answer,doubted", [
    ("The council bought the land from a _____ registered.", "legally", True),
    ("The council bought the land from a _____ owner.", "private", False),
])
def test_cloze_is_read_with_its_answer(prompt: str, answer: str, doubted: bool) -> None:
    assert (wording_doubt(_cloze(prompt, answer)) is not None) is doubted


@pytest.mark.parametrize("sentence,label,garbled_label", [
    ("The bank agreed to buy Norfolk Mills (NMI) on Monday.", "The bank agreed to buy Norfolk Mills (NMI", True),
    ("The bank agreed to buy Norfolk Mills on Monday.", "The bank agreed to buy Norfolk Mills", False),
])
def test_label_fault(sentence: str, label: str, garbled_label: bool) -> None:
    sent = next(iter(parse(sentence).sents))
    assert (label_fault(label, sent) == "garbled") is garbled_label


@pytest.mark.parametrize("text,stray", [
    ("According to the police,, the driver was arrested.", True),
    ("The firm signed a deal with Acme Corp .", True),
    ("How long has the tax been,, a burden?", True),
    ("According to the police, the driver was arrested.", False),
    ("The rate fell to .5 percent.", False),
])
def test_stray_punctuation(text: str, stray: bool) -> None:
    assert ("stray punctuation" in faults(text)) is stray


@pytest.mark.parametrize("text", [
    "The minister told reporters that the strike was not over",
    "The rebels took over",
    "The storm had hit the town before",
])
def test_particle_end_is_no_cut(text: str) -> None:
    assert "dangling end" not in faults(text)


@pytest.mark.parametrize("text, flagged", [
    ("How many the town's farmers are both young and old enough to vote?", True),
    ("How many these days still farm the valley?", False),
    ("How many a day do the ferries carry?", False),
    ("How many very old trees fell in the storm?", False),
    ("How many more people joined the march?", False),
    ("How many really count?", False),
    ("How many officially registered voters are there?", False),
])
def test_how_many_with_a_stray_word(text, flagged):
    from quizgen.wellformed import faults
    assert ("how many with a stray word" in faults(text)) == flagged


@pytest.mark.parametrize("text, flagged", [
    ("According to Ann Reed, prior to Reed's visit, the board closed the mill.", True),
    ("According to Ann Reed, Reed's deputy closed the mill.", True),
    ("According to Ann Reed, the board closed the mill in 1990.", False),
    ("According to the county, the mill closed in 1990.", False),
])
def test_an_attribution_names_its_speaker_again(text, flagged):
    assert ("attribution repeated" in faults(text)) == flagged


@pytest.mark.parametrize("text, flagged", [
    ("According to the fire chief, the blast started inside the kitchen clearly.", True),
    ("The board's plan depends upon the support of the voters ultimately.", True),
    ("In which year did the ferry line open with two boats nearly?", True),
    ("The mayor spoke clearly.", False),
    ("The old bridge has finally reopened.", False),
    ("The council said the tax was, \"in the end, a loss for us all, clearly\".", False),
])
def test_a_comment_adverb_tacked_on_the_end(text, flagged):
    assert ("comment adverb tacked on" in faults(text)) == flagged


@pytest.mark.parametrize("text, flagged", [
    ("How many medals did the medals include?", True),
    ("How many pupils does the school have with 120 pupils in the first year?", True),
    ("How many pupils does the school have?", False),
    ("How many medals did the swimmer win at the games?", False),
])
def test_the_counted_noun_comes_back(text, flagged):
    assert ("counted noun again" in faults(text)) == flagged


@pytest.mark.parametrize("text, flagged", [
    ("Two more were hurt at the harbour.", True),
    ("Hundreds more crowded the square on Sunday.", True),
    ("An additional 300 others are in shelters.", True),
    ("Two more ferries were hurt at the harbour.", False),
    ("Five sailors died and two more were hurt at the harbour.", False),
    ("The storm hit the harbour and four others along the coast.", False),
])
def test_a_count_of_others_the_text_never_names(text, flagged):
    assert ("others of no named count" in faults(text)) == flagged
