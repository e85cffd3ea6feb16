"""The helpers that replaced code written twice give what each copy gave (review 'twins')."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.model import TimeExpression

TEXT = ("Mayor Lena Ortiz spoke on Monday. The mayor said the bridge would open. Later the council met, "
        "and Ortiz, the mayor, left. The \"new\" bridge was planned on Friday by the council.")


def _scan_beside_a_person(subj) -> bool:
    """The whole-article scan `referents.title_of_someone_named` made for each subject before."""
    doc, role = subj.doc, subj.lemma_.lower()
    return any(t.lemma_.lower() == role and any(w.ent_type_ == "PERSON" for w in doc[max(t.sent.start, t.i - 3):
               min(t.sent.end, t.i + 4)]) for t in doc[:subj.i])


def test_title_beside_a_name_is_read_once_per_article(parse):
    """A role noun stood beside a person's name before any token exactly when the old scan said so."""
    from quizgen.referents import title_of_someone_named
    doc = parse(TEXT)
    assert [title_of_someone_named(t) for t in doc] == [_scan_beside_a_person(t) for t in doc]
    assert title_of_someone_named(next(t for t in doc if t.lower_ == "mayor" and t.i > 5))


def test_token_ids_as_written_and_in_any_case(parse):
    """One token index answers a word as written and in any case."""
    from quizgen.nlp import token_ids
    doc = parse(TEXT)
    assert list(token_ids(doc, "The")) == [t.i for t in doc if t.text == "The"]
    assert list(token_ids(doc, "The", any_case=True)) == [t.i for t in doc if t.lower_ == "the"]
    assert list(token_ids(doc, "absent")) == []


def test_phrase_words_leave_out_quotation_marks(parse):
    """A phrase put back in a label has no quotation marks."""
    from quizgen.label_ends import phrase_words
    doc = parse(TEXT)
    bridge = next(t for t in doc if t.lower_ == "bridge" and t.i > 30)
    words = [doc[i].text for i in phrase_words(bridge)]
    assert words == ["The", "new", "bridge"]


@pytest.mark.parametrize("precision, future, date, past", [
    ("day", False, dt.date(2024, 3, 1), True),
    ("day", True, dt.date(2024, 3, 1), False),
    ("month", False, dt.date(2024, 3, 1), False),
    ("day", False, None, False),
])
def test_past_day(precision, future, date, past):
    """A day told as past: day-precise, resolved, not looked ahead to."""
    t = TimeExpression(text="x", sentence_id=0, start=0, end=1, date=date, precision=precision, rule="",
                       future=future)
    assert t.past_day is past


def test_a_past_plan_on_a_day_is_the_plan_day(parse):
    """'was planned on Friday' is a past plan in both the tense reader and the clause reader."""
    from quizgen.clauses import _planned_passive
    from quizgen.timex.tense import past_plan
    doc = parse(TEXT)
    planned = next(t for t in doc if t.lower_ == "planned")
    auxes = [c for c in planned.children if c.dep_ in ("aux", "auxpass")]
    assert past_plan(planned, auxes)
    assert not _planned_passive(planned, auxes)


def test_described_and_titled_people_share_the_name_reading(parse):
    """Both resolvers live in `fuller` and read the name the same way."""
    from quizgen.fuller import described_person, titled_person
    doc = parse("Dana Reyes, a three-time Olympian, trained in Oslo. The three-time Olympian won the title.")
    olympian = next(t for t in doc if t.lower_ == "olympian" and t.i > 10)
    assert described_person(olympian) == "Dana Reyes"
    doc = parse("Judge Ann Roe heard the case on Monday. The judge ruled against the city.")
    assert titled_person(next(t for t in doc if t.lower_ == "judge" and t.i > 5)) in ("Judge Ann Roe", "Ann Roe")


def test_every_holiday_the_date_patterns_name_has_its_day_in_the_tagger_table():
    """The scanner's holidays and months are read from the timex tagger's tables (one table each)."""
    from quizgen.dates import MONTHS, resolve
    from quizgen.wordlists import rows
    holiday = dict(rows("date_patterns.tsv"))["holiday"]
    names = holiday.split("(?P<hol>", 1)[1].split(")", 1)[0].split("|")
    for name in names:
        assert resolve("holiday", {"hol": name}, dt.date(2024, 8, 1)) is not None, name
    assert MONTHS["sept"] == MONTHS["sep"] == MONTHS["september"] == 9
