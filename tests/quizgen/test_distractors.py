"""Distractor rules: same kind, no synonyms, never also true, same form for dates and numbers, deterministic."""
from __future__ import annotations

import re

import pytest

from quizgen.questions.distractors import same_thing, shuffled, value_shape, variants
from quizgen.lexicon import key, load
from quizgen.index import NAME_KINDS


@pytest.mark.parametrize("a,b", [("Xi", "Xi Jinping"), ("China", "Chinese"), ("U.S.", "United States"),
                                 ("Federal Reserve", "the Fed"), ("Beijing", "China"),
                                 ("Vladimir Putin", "Putin")])
def test_same_thing_catches_synonyms_and_parts(a, b):
    assert same_thing(a, b, "PERSON" if " " in a else "")


@pytest.mark.parametrize("a,b", [("Russia", "Ukraine"), ("Xi Jinping", "Vladimir Putin"),
                                 ("European Space Agency", "NATO")])
def test_same_thing_keeps_different_things_apart(a, b):
    assert not same_thing(a, b)


def test_date_variants_keep_the_form_and_never_repeat_the_answer():
    for text in ("Feb. 24", "April 10", "28 January 1986", "Wednesday", "1946", "yesterday"):
        vs = variants(text, "DATE")
        assert len(vs) >= 3, text
        assert text not in vs
        assert all(value_shape(v, "DATE") == value_shape(text, "DATE") for v in vs), (text, vs)
    assert all(re.fullmatch(r"[A-Z][a-z]+\.? \d{1,2}", v) for v in variants("Feb. 24", "DATE"))


def test_number_variants_keep_unit_and_scale():
    vs = variants("$1.5 billion", "MONEY")
    assert len(vs) >= 3 and all(v.startswith("$") and v.endswith(" billion") for v in vs)
    assert all(0.3 <= float(v[1:].split()[0]) <= 4 for v in vs)
    assert all(v.endswith(" minutes") for v in variants("four minutes", "DURATION"))
    assert "25,000" not in variants("25,000", "NUMBER") and all("," in v for v in variants("25,000", "NUMBER"))


@pytest.mark.parametrize("text, kind", [("11.30am", "CARDINAL"), ("6.04 a.m.", "QUANTITY"), ("9:15 pm", "TIME")])
def test_a_clock_time_written_with_a_dot_varies_as_a_time_of_day(text, kind):
    # read as a number, '11.30am' became '13.30am': a time no clock shows
    out = variants(text, kind)
    assert value_shape(text, kind) == "clock" and out
    for v in out:
        hour, minute = re.match(r"(\d{1,2})[.:](\d{2})", v).groups()
        assert 1 <= int(hour) <= 12 and int(minute) < 60 and v[len(hour)] == text[len(text.split(".")[0].split(":")[0])]



def test_a_morning_time_stays_in_the_morning():
    # '11.30am' once became '12.45am': past midnight, hours before the morning the article tells of
    out = variants("11.30am", "TIME")
    assert len(out) == 4 and all(1 <= int(v.split(".")[0]) <= 11 and v.endswith("am") for v in out)


def test_shuffle_is_deterministic_and_independent_of_input_order():
    a = shuffled(["Russia", "China", "Ukraine", "Taiwan"], "q1")
    b = shuffled(["Taiwan", "Ukraine", "China", "Russia"], "q1")
    assert a == b


def test_word_lists_load_from_package_data():
    lex = load()
    assert "china" in lex.country_by_key and lex.country_by_key[key("U.S.")].name == "United States"
    assert len(lex.countries) > 100 and lex.organisations and lex.media


BODY = ("Russia invaded Ukraine on Feb. 24, officials in Kyiv said. "
        "China sought support from Brazil at the meeting. "
        "Russia also sought support from India on Tuesday. "
        "Germany sent aid to Poland last month.")


@pytest.mark.slow
def test_country_distractors_are_countries_not_synonyms_not_in_sentence_and_not_also_true(context_of):
    ctx = context_of(BODY)
    lex = load()
    china = next(m for m in ctx.index.by_sentence[1] if m.text == "China")
    dis = ctx.picker.names(china, 3, verb_lemma="seek")
    assert len(dis) == 3
    assert all(d.lower() in lex.country_by_key for d in dis)            # countries for a country
    assert "Russia" not in dis             # Russia "sought support" too: it would also be true
    assert "Brazil" not in dis             # named in the evidence sentence itself
    assert not any(same_thing("China", d) for d in dis)
    assert dis == ctx.picker.names(china, 3, verb_lemma="seek")        # deterministic


@pytest.mark.slow
def test_person_distractors_use_full_names_from_the_article_first(context_of):
    ctx = context_of("Chinese President Xi Jinping spoke with Russian President Vladimir Putin on Wednesday. "
                     "Xi said the talks went well. Putin thanked him. Joe Biden was not told, "
                     "said Emmanuel Macron, who met Olaf Scholz on Monday.")
    xi = next(m for m in ctx.index.mentions if m.text == "Xi Jinping")
    dis = ctx.picker.names(xi, 3)
    assert "Xi" not in dis and not any("Xi" in d for d in dis)
    assert all(len(d.split()) >= 2 for d in dis)
    short = next(m for m in ctx.index.mentions if m.text == "Xi")
    assert short.full == "Xi Jinping"
    assert all(m.kind in NAME_KINDS for m in ctx.index.mentions if m.text in dis)


@pytest.mark.parametrize("qualifier,direction", [("more than", "up"), ("at least", "up"), ("over", "up"),
                                                  ("fewer than", "down"), ("up to", "down"), ("about", ""),
                                                  ("", "")])
def test_bound_direction_reads_the_qualifier(qualifier, direction):
    from quizgen.questions.distractors import bound_direction
    assert bound_direction(qualifier) == direction


def test_bounded_variants_move_clearly_in_the_safe_direction():
    from quizgen.questions.distractors import bounded_variants
    up = bounded_variants("100", "up")
    down = bounded_variants("2,000", "down")
    assert up and all(float(v.replace(",", "")) >= 200 for v in up)
    assert down and all(float(v.replace(",", "")) <= 1000 for v in down)
    assert all("," in v or float(v) < 1000 for v in down)


# ------------------------------------------------------------------ issue 12: the answer's own world

@pytest.mark.parametrize("text, kind", [
    ("Space Shuttle Columbia", "PERSON"),        # a thing is never offered as a person
    ("John F. Kennedy Airport", "PERSON"),       # nor an airport as a speaker
    ("Imperial Household Law", "ORG"),           # a law is no organisation
    ("Scotland", "ORG"),                         # nor a country
    ("Sweden 1", "ORG"),                         # a score is no name
    ("@POTUS", "MEDIA"),
    ("Great Lakes", "ORG"),                      # a natural feature is no organisation
    ("Maria Gonzalez'", "PERSON"),               # a possessive cut off is no clean name
    ("Pedro Luis Cardinal", "PERSON"),           # cut before its end: a title comes before a name
    ("Council General of", "ORG"),               # cut on a small word
])
def test_mismatched_kinds_are_never_options(text, kind):
    from quizgen.questions.distractors import fits_kind
    assert not fits_kind(text, kind, "Reuters")


@pytest.mark.parametrize("text, kind", [("Mary Ellen Tan", "PERSON"), ("World Health Organization", "ORG"),
                                        ("Associated Press", "MEDIA"),
                                        ("Carole King", "PERSON"), ("Tom Major", "PERSON"),   # titles that are family names
                                        ("Louis Gerstner Jr.", "PERSON"), ("Vincent van Gogh", "PERSON")])
def test_names_of_the_right_kind_fit(text, kind):
    from quizgen.questions.distractors import fits_kind
    assert fits_kind(text, kind, "Someone Else")


def test_an_acronym_is_the_same_thing_as_its_long_name():
    assert same_thing("NPR", "National Public Radio")
    assert same_thing("Election Commission of Pakistan", "ECP")
    assert not same_thing("NPR", "National Rifle Association")


def test_a_person_among_shuttles_gets_no_options():
    """The picker offers people for a person; a shuttle the parser took for one is never among them."""
    from quizgen.article import parse_article
    from quizgen.index import build_index
    from quizgen.pipeline import analyse
    from quizgen.questions.distractors import DistractorPicker
    parsed = analyse(parse_article(
        "Title: Shuttles\n\nSenator John Cornyn praised the Space Shuttle Columbia crew. Anna Berg and "
        "Peter Holm flew on Space Shuttle Atlantis. Maria Lund spoke to the crew of Space Shuttle Discovery.\n"))
    index = build_index(parsed)
    picker = DistractorPicker(index, parsed)
    people = [m for m in index.mentions if m.text.endswith("Cornyn")]
    assert people
    options = picker.names(people[0], 3)
    assert options and not any("Shuttle" in o for o in options)


@pytest.mark.parametrize("name, article, expected", [
    ("CEO Ann Brook", "The plan was backed by CEO Ann Brook.", "Ann Brook"),
    ("Education Ann Brook", "Minister of Education Ann Brook said no.", "Ann Brook"),
    ("Ann Brook", "Ann Brook said no.", "Ann Brook"),
    ("Mary Ann Brook", "Mary Ann Brook said no.", "Mary Ann Brook"),
    ("George W. Brook", "The aides of George W. Brook said no.", "George W. Brook"),
])
def test_a_title_glued_to_a_name_is_left_out_of_the_option(name, article, expected):
    """Options name people alike: no title the tagger glued to the name (rule 5)."""
    from quizgen.questions.distractors import bare_name
    assert bare_name(name, article) == expected


@pytest.mark.parametrize("text, direction, expected", [
    ("450 million", "up", "1 billion"),          # 900 rounds to 1000: written as an article would
    ("$600 thousand", "up", "$1 million"),
    ("40", "up", "100"),
])
def test_bounded_variants_write_a_thousand_of_a_scale_as_the_next_scale(text, direction, expected):
    from quizgen.questions.distractors import bounded_variants
    found = bounded_variants(text, direction)
    assert expected in found and not any("000 million" in v or "000 thousand" in v for v in found)


def test_a_name_given_at_birth_is_the_same_person(context_of):
    """'Pope Marius III, birth name Anton Kessel': two names of one man are never two options (a
    teacher counts one of them wasted, or absurd when he is the one spoken of)."""
    from quizgen.questions.distractors import birth_names, one_name_each
    ctx = context_of("Pope Marius III, birth name Anton Kessel, died on Sunday at the age of 91. "
                     "The singer Lorna Vale, born Lorna Pettigrew, sang at the funeral on Friday. "
                     "Cardinal Ivo Brandt led the prayers.")
    born = birth_names(ctx.doc, ctx.index.mentions)
    assert born.get("lorna pettigrew") == "lorna vale"
    assert born.get("anton kessel", "").endswith("marius iii")
    assert one_name_each("Ivo Brandt", ["Lorna Vale", "Lorna Pettigrew", "Ivo Brandt"], born) == \
        ["Lorna Vale", "Ivo Brandt"]
