"""Readers that once scanned the whole article per candidate (issue 11: linear to 50k words): each gives
what the whole-article scan it replaced gave, on small texts."""
from __future__ import annotations

import re

import pytest

from quizgen.index import ArticleIndex, Mention
from quizgen.model import TimeExpression, times_by_sentence

GLUED_TEXTS = [
    "The Minister of Education Ann Brook Lee spoke. Later, friends of Ann Brook Lee met.",
    "Friends of Ann Brook Lee met. The Minister of Education Ann Brook Lee spoke.",
    "A proof of Ann Brook Lee.",                         # 'of' inside a word: no match
    "Ann Brook Lee was there.\nChair  for \t Ann Brook Lee",
    "The head of Ann Brook Leeds spoke; the aide for Ann Brook Lee left.",
    "of Ann Brook Lee",                                  # no word before 'of'
    "Secretary_General of Ann Brook Lee, and Ann Brook Lee again.",
    "Ann Brook Lee",
]


@pytest.mark.parametrize("article", GLUED_TEXTS)
@pytest.mark.parametrize("name", ["Ann Brook Lee", "Education Ann Brook Lee", "Brook Lee of X"])
def test_glued_word_is_the_first_match_of_the_whole_text_pattern(article, name):
    from quizgen.questions.distractors import _glued_word
    found = re.search(rf"\b(\w+)\s+(?:of|for)\s+{re.escape(name)}(?!\w)", article)
    assert _glued_word(name, article) == (found.group(1) if found else None)


def test_a_title_glued_by_of_is_still_dropped():
    from quizgen.questions.distractors import bare_name
    article = "The Minister of Education Ann Brook spoke on Monday."
    assert bare_name("Education Ann Brook", article) == "Ann Brook"
    assert bare_name("Education Ann Brook", "Education Ann Brook spoke.") == "Education Ann Brook"


def _time(sentence_id: int, start: int) -> TimeExpression:
    return TimeExpression(text="Monday", sentence_id=sentence_id, start=start, end=start + 6, date=None,
                          precision="day", rule="")


def test_times_by_sentence_keeps_each_sentences_times_in_order():
    times = [_time(2, 50), _time(0, 1), _time(2, 40), _time(5, 90)]
    grouped = times_by_sentence(times)
    assert grouped == {2: [times[0], times[2]], 0: [times[1]], 5: [times[3]]}
    assert times_by_sentence([]) == {}


def test_index_reads_a_whole_mention_answer_once_until_the_mentions_change():
    index = ArticleIndex(mentions=[Mention(text="Ann Brook", kind="PERSON", start=0, end=2, sentence_id=0)])
    reads = []

    def people(ix: ArticleIndex) -> int:
        reads.append(1)
        return sum(m.kind == "PERSON" for m in ix.mentions)

    assert [index.kept(people), index.kept(people)] == [1, 1] and len(reads) == 1
    index.mentions.append(Mention(text="Bo Lin", kind="PERSON", start=5, end=7, sentence_id=1))
    assert index.kept(people) == 2 and len(reads) == 2       # a longer list is read anew


def test_a_capitals_country_is_accepted_only_where_the_article_names_it():
    from quizgen.questions.fill_blank import accepted
    assert "Iraq" in accepted("Baghdad", "", "Talks in Baghdad. Iraq agreed.")
    assert "Iraq" not in accepted("Baghdad", "", "Talks in Baghdad. Iraqis agreed.")


@pytest.fixture(scope="module")
def parse():
    from quizgen import nlp
    return nlp.parse


def _written_with_the_by_scan(doc, words) -> bool:
    """referents._written_with_the as it was: a scan of every token of the document."""
    from quizgen.referents import _the_before
    n, text = len(words), words.text
    heads = [t for t in doc if t.lower_ == words[-1].lower_ and t.dep_ not in ("compound", "nmod") and
             t.i >= n - 1 and doc[t.i - n + 1:t.i + 1].text == text]
    written = [_the_before(doc, t.i - n + 1) for t in heads]
    return sum(written) * 2 > len(written)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The Harbor Council met at the Supreme Court. Later the Supreme Court ruled, and Supreme Court judges "
    "left. Volusia County voted; in Volusia County the count went on.",
    "The Grand Canal froze. Boats on the old Grand Canal stopped, and Grand Canal traffic fell.",
])
def test_written_with_the_is_the_whole_scan(parse, text):
    from quizgen.referents import _written_with_the
    doc = parse(text)
    spans = [doc[a:b] for a in range(len(doc)) for b in range(a + 1, min(a + 4, len(doc)) + 1)]
    for words in spans:
        assert _written_with_the(doc, words) == _written_with_the_by_scan(doc, words), words.text


@pytest.mark.slow
def test_game_play_sentences_are_counted_once_per_article(parse):
    from quizgen.tagged_dates import _GAME_PLAY, _game_play_sentences
    doc = parse("He scored a touchdown in the third quarter. The team scored again. Fans cheered.")
    expected = len({t.sent.start for t in doc if t.lemma_.lower() in _GAME_PLAY})
    assert _game_play_sentences(doc) == expected == 2
    assert any(v == 2 for k, v in doc.user_data.items() if "game_play" in str(k))


def _countries_before_by_scan(head) -> dict[str, bool]:
    """referents._countries_before as it was: every entity before the phrase, read anew."""
    from quizgen.lexicon import load
    from quizgen.nlp import ents_over
    from quizgen.referents import _country_of
    named: dict[str, bool] = {}
    for e in ents_over(head.doc, 0, head.left_edge.i):
        country = _country_of(e, load())
        if country is not None:
            named[country] = named.get(country, False) or e.label_ in ("GPE", "NORP")
    return named


def _states_before_by_scan(head) -> list[str]:
    from quizgen.lexicon import key, load
    from quizgen.nlp import ents_over
    from quizgen.referents import _bare_state, _state_of
    if not _bare_state(head) or any(_state_of(t) for t in head.doc[:head.left_edge.i]):
        return []
    states = load().states
    return list(dict.fromkeys(states[key(e.text)] for e in ents_over(head.doc, 0, head.left_edge.i)
                              if e.label_ == "GPE" and key(e.text) in states))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Egyptian officials met in Cairo. The country will vote. Later Kenya and Egypt signed a deal, and the "
    "country said it would build a road. The state of Bavaria was not asked; the state said nothing.",
    "Voters in Ohio and Texas went to the polls. The state counted fast. Then Ohio again: the state "
    "reported late, and the country watched. Mexican voters in Mexico stayed home.",
])
def test_countries_and_states_before_are_the_whole_scans(parse, text):
    from quizgen.referents import _countries_before, states_before
    doc = parse(text)
    for head in doc:
        assert _countries_before(head) == _countries_before_by_scan(head), head.i
        assert states_before(head) == _states_before_by_scan(head), head.i


@pytest.mark.slow
def test_token_indexes_are_the_whole_scans(parse):
    from quizgen.nlp import token_ids
    from quizgen.questions.why import _lemma_counts
    doc = parse("Ultimately, Ann Lee said the vote failed. The Vote was close; ann lee voted, and votes fell.")
    for word in ("ann", "Ann", "the", "The", "vote", "Vote", "ultimately", ",", "absent"):
        assert list(token_ids(doc, word, any_case=True)) == [t.i for t in doc if t.lower_ == word.lower()]
        assert list(token_ids(doc, word)) == [t.i for t in doc if t.text == word]
        assert _lemma_counts(doc)[word] == sum(1 for t in doc if t.lemma_.lower() == word)


def test_span_index_is_the_first_span_holding_the_token():
    from types import SimpleNamespace

    from quizgen.questions.references import _span_index
    spans = [SimpleNamespace(start=a, end=b) for a, b in ((0, 4), (4, 9), (9, 10), (12, 20))]
    for i in list(range(10)) + list(range(12, 20)):
        assert _span_index(spans, i) == next(k for k, sp in enumerate(spans) if sp.start <= i < sp.end)
    with pytest.raises(StopIteration):        # a token in no span, as the scan it replaced
        _span_index(spans, 10)
