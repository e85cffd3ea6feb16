"""True/false keys the answer-key check refuses: a statement that drops a word turning what it says
(a negation, 'each' over a list), a false statement that swaps the name in the subject of a state;
a place swap the article says of the same group; a fuller form that keeps a modifier's coordinated words."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.article import parse_article
from quizgen.model import Question
from quizgen.pipeline import analyse
from quizgen.questions import candidates, make_context
from quizgen.fuller import fuller_form
from quizgen.questions.checks import answer_key_problem
from quizgen.questions.true_false import SAYS


def _sentence(text: str):
    return next(iter(nlp.parse(text).sents))


def _tf(prompt: str, answer: str = "True", true_text: str = "") -> Question:
    return Question("q", "true_false", prompt, answer, 0, choices=("True", "False"),
                    explanation=SAYS + true_text if true_text else "")


@pytest.mark.parametrize("text, prompt, answer, true_text", [
    # two counts in all: 'one count' alone is wrong, and 'two counts' would be right
    ("Martin Cole of Dover is charged with one count each of fraud and forgery, court records show.",
     "Martin Cole of Dover is charged with one count.", "True", ""),
    ("Martin Cole of Dover is charged with one count each of fraud and forgery, court records show.",
     "Martin Cole of Milford is charged with one count.", "False",
     "Martin Cole of Dover is charged with one count."),
    # the 'neither' lost: the statement says yes where the sentence says no
    ("Neither the bridge nor the tunnel in Lima had been damaged by the quake on Monday.",
     "The bridge nor the tunnel in Lima had been damaged by the quake on Monday.", "True", ""),
    # a state the article gives of one person, said of another: the article does not deny it of them
    ("The motive of Dale Hunter remains unknown, but the investigation in Ohio continues.",
     "The motive of Rosa Diaz remains unknown.", "False", "The motive of Dale Hunter remains unknown."),
    ("And Henry Lam will be lucky to sell his flats at half their price in Kowloon.",
     "Grace Wong will be lucky to sell his flats at half their price in Kowloon.", "False",
     "Henry Lam will be lucky to sell his flats at half their price in Kowloon."),
    # ... or in its complement: the article says nothing of the other place's biggest problem
    ("High winds were the biggest problem in Ohio during the storm on Sunday.",
     "High winds were the biggest problem in Iowa during the storm on Sunday.", "False",
     "High winds were the biggest problem in Ohio during the storm on Sunday."),
])
def test_refused(text, prompt, answer, true_text):
    assert answer_key_problem(_tf(prompt, answer, true_text), _sentence(text)) is not None


@pytest.mark.parametrize("text, prompt, answer, true_text", [
    # 'each' of one thing only: five grants they are
    ("The council approved five grants each worth $2,000 for small farms in Iowa.",
     "The council approved five grants for small farms in Iowa.", "True", ""),
    # a happening, not a state: the swapped name did not do it
    ("Dale Hunter won the city marathon in Denver on Sunday.",
     "Rosa Diaz won the city marathon in Denver on Sunday.", "False",
     "Dale Hunter won the city marathon in Denver on Sunday."),
    # a figure swapped in a state is a plain wrong figure
    ("More than 40,000 people remain displaced by the floods in Sindh.",
     "More than 60,000 people remain displaced by the floods in Sindh.", "False",
     "More than 40,000 people remain displaced by the floods in Sindh."),
])
def test_kept(text, prompt, answer, true_text):
    assert answer_key_problem(_tf(prompt, answer, true_text), _sentence(text)) is None


def test_fuller_form_keeps_coordinated_modifier():
    doc = nlp.parse("Acme agreed to buy Zenith in a cash and stock transaction on Monday. "
                    "The transaction is worth $12 billion.")
    head = [t for t in doc if t.text == "transaction"][-1]
    assert fuller_form(head) == "the cash and stock transaction"


def test_place_swap_said_of_the_same_group():
    """'Democrats won ... in Illinois' is true when another sentence has a Democrat winning there."""
    body = ("Title: Governors races end\nPublished: 2018-11-07\n\n"
            "Democrats won the race for governor in Michigan on Tuesday.\n\n"
            "Democrat Tom Baker easily defeated Gov. Ann Rhodes in Illinois.\n\n"
            "Republicans held the governorship in Ohio on Tuesday.\n")
    parsed = analyse(parse_article(body))
    statements = [q for c in candidates(make_context(parsed)) for q in (c, c.twin) if q is not None
                  and q.type == "true_false" and q.sentence_id == 0]
    assert statements and not any("Illinois" in q.prompt for q in statements)


def _statements_of(body: str, sentence_id: int) -> list[str]:
    parsed = analyse(parse_article(body))
    return [q.prompt for c in candidates(make_context(parsed)) for q in (c, c.twin) if q is not None
            and q.type == "true_false" and q.sentence_id == sentence_id]


@pytest.mark.parametrize("sentence, made", [
    # the writer vouching for a claim: an opinion, neither key is a fact
    ("Obviously, three years is a long time for the fans of the show in Chicago.", False),
    ("Three years is, clearly, a long time for the fans of the show in Chicago.", False),
    # not set off by commas: how it was done
    ("The Boston city council clearly rejected the budget cuts proposed by Mayor Ann Diaz on Monday.", True),
])
def test_writer_vouching(sentence, made):
    body = f"Title: Show returns\nPublished: 2019-05-02\n\n{sentence}\n\nThe show returns to Chicago on Friday.\n"
    assert bool(_statements_of(body, 0)) is made
