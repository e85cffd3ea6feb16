"""The article index (quizgen.index): typed mentions of people, places, bodies, numbers and dates, aliases merged."""
from __future__ import annotations

import pytest

from quizgen.index import build_index, clean_number, date_is_specific, wordnum

pytestmark = pytest.mark.slow

LEADERS = ("Chinese President Xi Jinping spoke with Russian President Vladimir Putin on Wednesday. "
           "Xi said the two countries would cooperate. The two leaders last met in Beijing in February.")
LOAN = ("The Federal Reserve agreed on Tuesday to lend $85 billion to the American International Group. "
        "More than 300 people attended the meeting in Washington, the Fed said.")
QUAKE = ("A magnitude 6.1 earthquake struck Peru on Sunday, killing 12 people. "
         "The U.N. sent about 40 doctors.")
FIRM = "Ellery Structures, a Dallas-based promoter, built the Elswick Crossing in 2019."


@pytest.fixture(scope="module")
def index_of(parsed_of):
    cache: dict[str, object] = {}

    def build(body: str):
        if body not in cache:
            cache[body] = build_index(parsed_of(body))
        return cache[body]
    return build


def _by_text(index) -> dict[str, object]:
    return {m.text: m for m in index.mentions}


@pytest.mark.parametrize("body, text, kind", [
    (LEADERS, "Xi Jinping", "PERSON"),           # the title "President" is not part of the name
    (LEADERS, "Beijing", "CITY"),
    (LEADERS, "Wednesday", "DATE"),
    (LOAN, "Federal Reserve", "ORG"),             # "the" dropped from a body's name
    (LOAN, "$85 billion", "MONEY"),
    (LOAN, "Washington", "STATE"),
    (QUAKE, "Peru", "COUNTRY"),
    (QUAKE, "U.N.", "ORG"),                       # the abbreviation's dot is kept
    (FIRM, "2019", "DATE"),
])
def test_mentions_are_typed_finely(index_of, body, text, kind):
    assert _by_text(index_of(body))[text].kind == kind


@pytest.mark.parametrize("body, text, coarse", [
    (LEADERS, "Xi Jinping", "person"), (LOAN, "Federal Reserve", "organisation"),
    (LOAN, "$85 billion", "number"), (QUAKE, "Peru", "country"), (LEADERS, "February", "date"),
])
def test_coarse_kind_groups_what_a_learner_compares(index_of, body, text, coarse):
    assert _by_text(index_of(body))[text].coarse == coarse


@pytest.mark.parametrize("body, short, canon, full", [
    (LEADERS, "Xi", "xi jinping", "Xi Jinping"),          # a short name takes the fullest one used
    (LOAN, "Fed", "federal reserve", "Fed"),              # a known alias keys to the body's full name
    (QUAKE, "U.N.", "united nations", "U.N."),
])
def test_aliases_name_the_same_thing(index_of, body, short, canon, full):
    m = _by_text(index_of(body))[short]
    assert (m.canon, m.full) == (canon, full)


@pytest.mark.parametrize("body, text, qualifier, unit", [
    (LOAN, "300", "More than", "people"),       # the qualifier is kept apart, the counted noun read
    (QUAKE, "40", "about", "doctor"),
    (QUAKE, "6.1", "", "magnitude"),            # a measure named before the number
    (QUAKE, "12", "", "people"),
])
def test_numbers_keep_their_qualifier_and_unit(index_of, body, text, qualifier, unit):
    m = _by_text(index_of(body))[text]
    assert (m.kind, m.qualifier, m.unit) == ("NUMBER", qualifier, unit)


def test_a_count_that_repeats_the_article_is_no_answer(index_of):
    """'the two countries', 'the two leaders': not numbers to ask about."""
    assert not [m for m in index_of(LEADERS).mentions if m.coarse == "number"]


def test_a_firm_named_like_a_person_is_not_a_person(index_of):
    assert not [m for m in index_of(FIRM).mentions if m.kind == "PERSON"]


def test_a_name_used_as_a_modifier_is_marked(index_of):
    dallas = _by_text(index_of(FIRM))["Dallas"]
    assert dallas.modifier and dallas.kind == "CITY"


def test_of_kind_gives_each_thing_once_in_article_order(index_of):
    idx = index_of(LEADERS)
    assert [m.text for m in idx.of_kind("person")] == ["Xi Jinping", "Vladimir Putin"]


def test_mentions_are_filed_by_sentence(index_of, parsed_of):
    idx = index_of(LEADERS)
    parsed = parsed_of(LEADERS)
    assert sorted(idx.by_sentence) == [s.id for s in parsed.sentences] == sorted(idx.sent_keys)
    assert all(m.sentence_id == sid for sid, ms in idx.by_sentence.items() for m in ms)
    assert [m.text for m in idx.by_sentence[1]] == ["Xi"]


@pytest.mark.parametrize("text, specific", [
    ("Feb. 24", True), ("Wednesday", True), ("1990", True), ("last month", True),
    ("the past", False), ("recent years", False),
])
def test_date_is_specific(text, specific):
    assert date_is_specific(text) is specific


@pytest.mark.parametrize("text, cleaned", [
    ("about 40", "40"), ("more than 300", "300"), ("nearly $5 million", "$5 million"), ("12", "12"),
])
def test_clean_number_drops_approximations(text, cleaned):
    assert clean_number(text) == cleaned


@pytest.mark.parametrize("word, value", [("two", 2), ("Ten", 10), ("dozens", None)])
def test_wordnum(word, value):
    assert wordnum(word) == value


@pytest.mark.parametrize("body, word, n, referent", [
    (LEADERS, "Xi", 1, "Xi Jinping"),                        # a short name: the fullest name used
    (LEADERS, "leaders", 0, "Xi Jinping and Vladimir Putin"),   # "the two leaders": the two people named
    (LOAN, "Fed", 0, None),                                  # no referent: the words stand as written
])
def test_the_index_answers_who_a_phrase_refers_to(parsed_of, body, word, n, referent):
    """The index built once by the pipeline is also where 'he' or 'the two leaders' is resolved."""
    parsed = parsed_of(body)
    tok = [t for t in parsed.doc if t.text == word][n]
    assert parsed.index.resolve(tok) == referent


@pytest.mark.parametrize("body, name, full", [(LEADERS, "Putin", "Vladimir Putin"), (LEADERS, "Ortiz", "Ortiz")])
def test_the_index_gives_a_persons_fullest_name(parsed_of, body, name, full):
    assert parsed_of(body).index.person(name) == full


@pytest.mark.parametrize("body, phrase, ids", [
    (LEADERS, "xi", [0, 1]),                  # whole words only: no 'xi' inside another word
    (LEADERS, "two leaders", [2]),
    (LEADERS, "beijing in february", [2]),
    (LOAN, "fed", [1]),                       # not the 'Federal' of the first sentence
    (LOAN, "reserve bank", []),
])
def test_sentences_holding_finds_whole_words_in_sentence_order(index_of, body, phrase, ids):
    index = index_of(body)
    assert index.sentences_holding(phrase) == ids
    # the same answer as reading every sentence's key
    assert ids == [i for i, k in index.sent_keys.items() if f" {phrase} " in f" {k} "]
