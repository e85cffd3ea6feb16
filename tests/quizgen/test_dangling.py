"""Timeline labels and quiz stems that point back ('the company', 'that call', 'Another was announced')
say what they point at when the article leaves one candidate, and never guess between two."""
from __future__ import annotations

import pytest

from quizgen import build_lesson
from quizgen.article import parse_article
from quizgen.label_choice import unplaced_reference
from quizgen.pipeline import analyse
from quizgen.questions import build_bank, unplaced_phrases

pytestmark = pytest.mark.slow

_HEAD = "Title: Office firm cuts jobs\nPublished: 2019-11-21\n\n"
# one company named before 'the company'
ONE = _HEAD + "Lattice Works said on Thursday it would cut 2,400 jobs. Tom Brandt left the company in October."
# two companies named before 'the company itself': the nearer subject is not the one meant
TWO = _HEAD + ("Lattice Works cut 2,400 jobs on Thursday. Brightpath Capital said on Wednesday it would take "
               "control of the office-sharing group. The company itself had 9,500 employees on June 30.")
# 'that call' after 'a phone call'
CALL = _HEAD + ("Kerr made a phone call to the mayor of Pell on May 3. "
                "The transcript of that call was released on June 2.")
# 'that suspension' after 'Kerr suspended ...': the act the sentence before tells, said as its doer's
SUSPENDED = _HEAD + ("Judge Kerr earlier this month suspended the permit of the Pell quarry. "
                     "On Monday, the appeals court paused that suspension.")
EXTENDED = _HEAD + ("Lattice Works extended its offer for Brightpath on Friday. "
                    "On Tuesday, the Brightpath board rejected that extension.")
# 'the talks' of a sentence that never said which, and the same act told placed at its date
TALKS = _HEAD + ("Kerr had hoped to end the border war with Sudra through talks. On September 7, Kerr cancelled "
                 "the talks. Kerr cancelled a meeting with the Sudra envoys at Camp Lowe on September 7, officials said.")
# 'the company' brought in unnamed, beside the one organisation named
UNNAMED = _HEAD + "A small company made the scanner. The FBI seized the scanner on Monday. Agents raided the company on Tuesday."
# a subject 'Another' with no noun
ANOTHER = _HEAD + "The ministry unveiled a solar plan in January. Another was announced by the trade office in March."


def _labels(text: str) -> list[str]:
    return [e.label for e in build_lesson(text).events]


@pytest.mark.parametrize("text, wanted", [
    (ONE, "Tom Brandt left Lattice Works"),                       # the one company named before
    (CALL, "The transcript of the phone call was released"),      # 'that call' said as told before
    (SUSPENDED, "The appeals court paused Judge Kerr’s suspension"),      # 'that suspension': Kerr's act before
    (EXTENDED, "The Brightpath board rejected Lattice Works’ extension"),
])
def test_a_back_pointing_phrase_is_named_from_the_article(text, wanted):
    assert wanted in _labels(text)


@pytest.mark.parametrize("text, wrong", [
    (TWO, "Brightpath Capital had"),        # 'the company itself' of two: never the nearer subject's
    (ANOTHER, "Another was announced"),     # one more of what, the label cannot say
    (TALKS, "Kerr cancelled the talks"),    # the act is on the timeline, told placed
    (UNNAMED, "Agents raided FBI"),         # 'a small company' is the one meant, not the one named
])
def test_no_label_guesses_or_leans_on_an_unseen_sentence(text, wrong):
    assert not any(label.startswith(wrong) for label in _labels(text))


@pytest.mark.parametrize("text, n, phrase", [
    (TWO, 2, "The company"),     # two companies named before
    (TALKS, 1, "the talks"),     # talks of no sort said before
])
def test_a_stem_leaning_on_an_unseen_sentence_comes_after_its_kind(text, n, phrase):
    parsed = analyse(parse_article(text))
    bank = [q for q in build_bank(parsed) if q.sentence_id == n and phrase.lower() in q.prompt.lower()]
    assert bank and set(unplaced_phrases(bank, parsed).values()) == {phrase}


def _sentence(text: str, n: int):
    return analyse(parse_article(text)).spans[n]


@pytest.mark.parametrize("text, n, label, phrase", [
    (TWO, 2, "The company had 9,500 employees", "The company"),     # two companies named before
    (ANOTHER, 1, "Another was announced by the trade office", "Another"),
    (ONE, 1, "Tom Brandt left Lattice Works", None),                 # named: nothing left to place
])
def test_unplaced_reference_finds_what_the_label_leaves_unsaid(text, n, label, phrase):
    assert unplaced_reference(label, _sentence(text, n)) == phrase
