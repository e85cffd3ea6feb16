"""Quiz size (issue 12): a statement's twin of the other key keeps a quiz's statements mixed without
dropping one, and numbers after a preposition are asked with their unit ('In how many towns ...?')."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from quizgen.article import parse_article
from quizgen.model import Question, Sentence
from quizgen.pipeline import analyse
from quizgen.questions import select_quiz, with_notes
from quizgen.questions import how_many, true_false
from quizgen.questions.context import make_context


def _tf(qid: str, prompt: str, answer: str, sid: int, twin: Question | None = None) -> Question:
    return Question(id=qid, type="true_false", prompt=prompt, answer=answer, sentence_id=sid,
                    choices=("True", "False"), focus="fact", score=0.7, twin=twin)


_STATEMENTS = [
    ("The mayor opened the new bridge over the river.", "The mayor opened the new tunnel under the river."),
    ("The council paid for the school repairs alone.", "The province paid for the school repairs alone."),
    ("Nine farmers sold their land to the railway.", "Nine farmers sold their land to the airport."),
    ("The choir sang at the harvest festival in Lyon.", "The choir sang at the harvest festival in Nice."),
]


def _bank(n: int) -> list[Question]:
    return [_tf(f"t{i}", true, "True", i, twin=_tf(f"f{i}", false, "False", i))
            for i, (true, false) in enumerate(_STATEMENTS[:n])]


def _parsed(n: int):
    return SimpleNamespace(sentences=[Sentence(id=i, text=f"Sentence {i}.", start=0, end=1, paragraph=i)
                                      for i in range(n)])


@pytest.mark.parametrize("n", [3, 4])
def test_quiz_of_statements_all_true_takes_a_twin_instead_of_dropping_one(n):
    """Statements all keyed True: one is traded for its false twin, none is dropped."""
    bank = _bank(n)
    quiz = select_quiz(bank, _parsed(n), size=10)
    assert len(quiz) == n
    assert any(i.startswith("f") for i in quiz)


def test_bank_lists_the_twin_the_quiz_took():
    """The teacher's bank shows the statement in the form the quiz asks it."""
    bank = _bank(3)
    quiz = select_quiz(bank, _parsed(3), size=10)
    listed = {q.id for q in with_notes(bank, quiz, _parsed(3))}
    assert set(quiz) <= listed and len(listed) == 3


def _ctx(text: str):
    return make_context(analyse(parse_article(text)))


_TOWN = ("Storm hits the coast\n\nA powerful storm struck the coast of Norway on Monday. "
         "The storm destroyed homes in 45 villages, officials said. Rescue teams worked in 12 towns through "
         "the night. Shares of the insurer fell by 8 percent on Tuesday. The company sold its headquarters "
         "for $40 million in 2019. About 300 people were moved to shelters. The firm employs 2,000 workers.")
_VOTE = ("Election result\n\nThe Labour Party won 52 percent of the vote in the election on Sunday. "
         "The Green Party won 7 percent of the vote in 2018. Turnout fell by 4 percent. Voters in 30 "
         "districts went to the polls, and 20 percent of voters stayed home.")


@pytest.mark.parametrize("text,stem,answer", [
    (_TOWN, "In how many villages did the storm destroy homes?", "45"),
    (_TOWN, "In how many towns did rescue teams work through the night?", "12"),
    (_TOWN, "By how much did shares of the insurer fall on Tuesday?", "8 percent"),
    (_TOWN, "For how much did the company sell its headquarters in 2019?", "$40 million"),
    (_VOTE, "What share of the vote did the Green Party win in 2018?", "7 percent"),
    (_VOTE, "What share of voters stayed home?", "20 percent"),
])
def test_number_after_a_preposition_is_asked_with_its_unit(text, stem, answer):
    made = {q.prompt: q for q in how_many.generate(_ctx(text))}
    assert stem in made
    q = made[stem]
    assert q.answer == answer and answer in q.choices and len(q.choices) == 4
    assert len({tuple(c.split()[1:]) for c in q.choices}) == 1      # one unit for every option


@pytest.mark.parametrize("text", [
    "Profits\n\nIts profit rose by 3 percent last year after the merger with the bank. Sales fell by 9 percent.",
    "Profits\n\nThe bank said its profit rose by 3 percent, and sales fell by 9 percent in 2020.",
    "Flaws\n\nThe browser has 300 known flaws. 3 percent of these are rated critical, and 9 percent are minor.",
])
def test_number_a_learner_cannot_place_is_not_asked(text):
    """'Its profit', 'of these' name no one: the stem would not say whose profit rose, or of what."""
    assert not [q for q in how_many.generate(_ctx(text)) if q.answer == "3 percent"]


def test_statement_carries_its_twin_of_the_other_key():
    text = ("Port strike\n\nDock workers in Rotterdam ended their strike on Monday after talks with the port "
            "authority. Workers in Antwerp joined the strike in March. The union of Rotterdam dock workers has "
            "4,000 members.")
    qs = [q for q in true_false.generate(_ctx(text)) if q.twin is not None]
    assert qs and all(q.twin.answer != q.answer and q.twin.sentence_id == q.sentence_id for q in qs)


@pytest.mark.parametrize("text,answer", [
    ("Site news\n\nMore than 80 percent of the stories on the site are in languages other than French, more than "
     "9,000 stories, written by local volunteers. About 15 percent of readers live abroad.", "More than 80 percent"),
])
def test_share_with_an_aside_or_options_over_the_whole_is_not_asked(text, answer):
    """An aside inside 'of ...' garbles the stem."""
    made = how_many.generate(_ctx(text))
    assert not [q for q in made if q.answer == answer]
    assert all(q.prompt.startswith(("What share", "By how much")) for q in made)


def test_a_share_never_takes_options_over_the_whole():
    """'250 percent' of the voters gives the share away: the article's changes are no options for a
    share (once the question was dropped for them; now its options are other shares)."""
    made = how_many.generate(_ctx("Poll\n\nAbout 40 percent of the voters backed the plan on Sunday. Prices rose "
                                  "by 250 percent in a decade. Exports grew by 300 percent. Rents rose by 120 percent."))
    share = [q for q in made if q.answer == "About 40 percent"]
    assert all(int(c.split()[1]) <= 100 for q in share for c in q.choices), [q.choices for q in share]


@pytest.mark.parametrize("text", [
    "Spill report\n\nThe agency said 60 percent of the fuel had either been pumped out, burned or skimmed; "
    "evaporated; or sunk to the seabed.",
    "Harvest\n\nAbout 30 percent of the grain was dried, milled and sold in the town last autumn.",
])
def test_share_counting_joined_verbs_is_not_asked_of_the_first(text):
    """The share is of all the joined verbs: asked of the first alone, it keys a wrong figure."""
    assert not [q for q in how_many.generate(_ctx(text)) if "percent" in q.answer]


def test_share_of_a_single_verb_is_still_asked():
    text = "Harvest\n\nAbout 30 percent of the grain was sold in the town last autumn. Prices rose by 5 percent."
    assert [q for q in how_many.generate(_ctx(text)) if q.answer == "About 30 percent"]
