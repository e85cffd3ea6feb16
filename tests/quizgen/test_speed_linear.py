"""Linear-cost readers: each gives what the whole-article scan it replaced gave, on small texts."""
from __future__ import annotations

import datetime as dt
import difflib
import re

import pytest

from quizgen.article import Article
from quizgen.model import Question, Sentence
from quizgen.ranker import ArticleView

TEXTS = [
    "Ana Ruiz opened the bridge in Lisbon on Monday. The mayor of Porto, Rui Costa, attended. "
    "Ana Ruiz said the bridge cost 40 million euros.",
    "The Harbor Council met in Dover. It approved the plan on Tuesday, and Kim Lee of Acme Corp. "
    "spoke.\n\nLater, Dover's council voted again in Calais and in Dover.",
]


def _ratio_alike(a: str, b: str, least: float) -> bool:
    """Ranking's test of two stems as it was written before: difflib's ratio, after a length check."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 0.25 * max(len(a), len(b)):
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= least


@pytest.mark.parametrize("phrase", ["dover", "in dover", "the", "council met", "a a", "co.", "'s council",
                                    "dover's", "calais and in", "ruiz", "", "x"])
@pytest.mark.parametrize("text", [TEXTS[1], "a a a a. A a, a-a co. co.co. the the The"])
def test_count_is_the_whole_word_count(text, phrase):
    """The indexed count equals whole-word, non-overlapping matches over the whole (lower-cased) text."""
    view = ArticleView(title=None, sentences=[Sentence(id=0, text=text, start=0, end=len(text), paragraph=0)])
    low = phrase.strip().lower()
    expected = len(re.findall(r"(?<!\w)" + re.escape(low) + r"(?!\w)", text.lower())) if low else 0
    assert view.count(phrase) == expected and view.count(phrase) == expected    # memoised read agrees


@pytest.mark.parametrize("a, b", [
    ("when did the council approve the plan?", "when did the council approve the plans?"),
    ("when did the council approve the plan?", "who opened the new bridge in the city?"),
    ("which city hosted the summit on trade?", "which city hosted the summit on trade in may?"),
    ("the mayor opened the bridge.", "the mayor opened the bridge."),
    ("zzzz qqqq xxxx", "aaaa bbbb cccc"),
])
@pytest.mark.parametrize("same_ask", [True, False])
def test_near_duplicate_is_the_ratio_test(a, b, same_ask):
    from collections import Counter

    from quizgen.questions.ranking import _ALIKE, _SAME, _near_duplicate
    asked_a, asked_b = ("x", "x") if same_ask else ("x", "y")
    expected = _ratio_alike(a, b, _SAME) or (_ratio_alike(a, b, _ALIKE) and same_ask)
    assert _near_duplicate(a, asked_a, Counter(a), [(b, asked_b, Counter(b))]) == expected


@pytest.mark.parametrize("n", [8, 30])
def test_ranking_skips_the_ratio_of_stems_without_letters_in_common(monkeypatch, n):
    """Stems that share too few letters are never handed to difflib (it was called twice per pair)."""
    from quizgen.questions.ranking import rank
    calls = []
    real = difflib.SequenceMatcher.ratio
    monkeypatch.setattr(difflib.SequenceMatcher, "ratio", lambda self: calls.append(1) or real(self))
    letters = "bcdfghjklmnpqrstvwxz"
    qs = [Question(id=f"q{i}", type="multiple_choice", prompt=(letters[i % 20] * 12 + "?"), answer=f"a{i}",
                   sentence_id=i, choices=(f"a{i}", "b", "c"), focus="person") for i in range(n)]
    rank(qs, {}, n)
    assert not calls


@pytest.fixture(scope="module")
def parsed_texts():
    from quizgen.pipeline import analyse
    return [analyse(Article(body=t, title="T", published=dt.date(2022, 6, 15))) for t in TEXTS]


@pytest.mark.slow
@pytest.mark.parametrize("which", [0, 1])
def test_entities_in_a_span_are_spacys(parsed_texts, which):
    from quizgen.nlp import ents_in, ents_over
    doc = parsed_texts[which].doc
    spans = list(parsed_texts[which].spans) + [doc[a:b] for a in range(0, len(doc), 3) for b in (a + 2, a + 7)]
    for span in spans:
        assert [(e.start, e.end) for e in ents_in(span)] == [(e.start, e.end) for e in span.ents]
    for t in doc:
        assert [(e.start, e.end) for e in ents_over(doc, t.i, t.i + 1)] == \
            [(e.start, e.end) for e in doc.ents if e.start <= t.i < e.end]


@pytest.mark.slow
@pytest.mark.parametrize("which, option", [(0, "Ana Ruiz"), (0, "bridge"), (0, "Porto"), (1, "Dover"),
                                           (1, "council"), (1, "Calais and in Dover"), (1, "Nowhere")])
def test_spans_holding_an_option_are_the_spans_whose_text_has_it(parsed_texts, which, option):
    from quizgen.questions.checks import _spans_holding
    parsed = parsed_texts[which]
    assert _spans_holding(parsed, option) == [i for i, sp in enumerate(parsed.spans) if option in sp.text]


def _one_sentence_of_dates(n: int) -> str:
    months = ("January", "March", "May", "July")
    dates = [f"{months[i % 4]} {1 + i % 28}, {1950 + i % 70}" for i in range(n)]
    return "Title: Run-on\nPublished: 2022-06-15\n\n" + ", and ".join(f"the board met {d}" for d in dates) + "."


@pytest.mark.slow
@pytest.mark.parametrize("n", [60, 240])
def test_one_giant_sentence_of_dates_still_builds(n):
    """A pasted run-on 'sentence' of hundreds of dates builds a lesson (read in bounded pieces)."""
    import quizgen
    lesson = quizgen.build_lesson(_one_sentence_of_dates(n))
    assert lesson.events and len(lesson.sentences) > 1


def _mention(text: str, kind: str, i: int):
    from quizgen.index import Mention
    return Mention(text=text, kind=kind, start=i, end=i + 1, sentence_id=i, canon=text.lower(), full=text)


@pytest.mark.parametrize("coarse, expected", [("person", ["Ana Ruiz", "Rui Costa"]), ("country", ["Chile"])])
def test_of_kind_is_read_once_and_again_when_the_mentions_change(coarse, expected):
    """of_kind keeps its answer for the built mentions (it read them all per option list) and reads a
    new list anew."""
    from quizgen.index import ArticleIndex
    idx = ArticleIndex(mentions=[_mention("Ana Ruiz", "PERSON", 0), _mention("Chile", "COUNTRY", 1),
                                 _mention("Ana Ruiz", "PERSON", 2), _mention("Rui Costa", "PERSON", 3)])
    first = idx.of_kind(coarse)
    assert [m.text for m in first] == expected and idx._kinds[coarse][2] == tuple(first)
    first.clear()                                            # a caller's list is its own
    assert [m.text for m in idx.of_kind(coarse)] == expected
    idx.mentions = [_mention("Ana Ruiz", "PERSON", 0)]
    assert [m.text for m in idx.of_kind(coarse)] == (expected[:1] if coarse == "person" else [])
