"""Foils from the article's own world: no invented body, no dead person as a speaker, no clock time
running on into the next sentence (judged rule 5, sets 36-41)."""
from __future__ import annotations

import pytest

from quizgen.questions import who_said

PUBLISHED = "2014-10-10"

_PRIZE = ("Two campaigners for children's rights won the peace prize on Friday, the Norwegian Nobel Committee said. "
          "\u201cChildren must be heard,\u201d the Norwegian Nobel Committee said in its citation. "
          "Officials in Sweden, Pakistan and Britain welcomed the decision. "
          "\u201cWe support each other,\u201d the Pakistani Foreign Ministry said on Friday.")


def test_a_body_unique_in_the_world_gets_no_other_nationality(context_of):
    ctx = context_of(_PRIZE)
    assert ctx.picker.national_variants("Norwegian Nobel Committee") == []
    assert ctx.picker.national_variants("Norwegian Nobel Committee", nearby=True) == []


def test_a_body_every_country_has_still_gets_the_articles_nationalities(context_of):
    ctx = context_of(_PRIZE)
    variants = {t for _, t in ctx.picker.national_variants("Pakistani Foreign Ministry")}
    assert "Swedish Foreign Ministry" in variants


def test_who_said_never_offers_an_invented_committee(context_of):
    for q in who_said.generate(context_of(_PRIZE)):
        assert not any(c.endswith("Nobel Committee") and c != q.answer for c in q.choices), q.choices


@pytest.mark.parametrize("body, silent", [
    # a founder who died long ago, in a 'who died' clause the parser hangs on the apposition's last noun
    ("The prize was founded by Walter Brandt, the Danish inventor of the steam drill, who died in 1896. "
     "\u201cWe will rebuild the school by spring,\u201d said Maria Lopez, the mayor. "
     "\u201cThe river rose faster than anyone expected,\u201d said Pedro Gil, a driver. "
     "\u201cThe roads are closed,\u201d said Tom Ellery, a farmer.", "Walter Brandt"),
    # a murder victim named in apposition to the noun the verb takes
    ("A jury convicted Carl Dunmore of murdering his wife, Ellen Marsh, on Friday. "
     "\u201cThis part of the trial is over,\u201d said Judge Frank Ortiz. "
     "\u201cJustice was done today,\u201d said Ben Hale, the prosecutor.", "Ellen Marsh"),
])
def test_the_dead_are_no_speakers(context_of, body, silent):
    qs = who_said.generate(context_of(body))
    assert qs
    assert not any(silent in c for q in qs for c in q.choices)


def test_a_clock_time_stops_before_the_next_sentences_first_word(context_of):
    ctx = context_of("A housekeeper went to the bedroom at around 3:30 p.m. Unable to wake him, she called a friend. "
                     "The friend called 911 at 3:31 p.m., police said.", "2008-01-23")
    times = [m.text for m in ctx.index.mentions if m.kind == "TIME"]
    assert "around 3:30 p.m." in times and not any("Unable" in t for t in times)


def test_a_time_is_never_offered_twice_with_and_without_around(context_of):
    ctx = context_of("At around 1:00 am, the council gathered to pass the motion. "
                     "The ban was lifted at 4:30 am on Wednesday. "
                     "Around 4:30 am, the mayor announced that the ban was over. "
                     "Police left the square at around 2:15 am.", "2024-12-04")
    answer = next(m for m in ctx.index.mentions if m.kind == "TIME" and "1:00" in m.text)
    opts = ctx.picker.values(answer, 3)
    bare = [o.lower().removeprefix("around ") for o in opts]
    assert opts and len(bare) == len(set(bare)), opts


def test_a_person_the_tagger_took_for_a_body_is_no_organisation_option(context_of):
    ctx = context_of("The European Union is sending aid to the region, officials said on Monday. "
                     "Janez Lenarčič, the European Commissioner for Crisis Management, asked members to give food. "
                     "The World Trade Organization and the United Nations also sent teams.", "2023-02-13")
    eu = next(m for m in ctx.index.mentions if m.full == "European Union")
    tagged = {m.full for m in ctx.index.mentions if m.kind == "ORG"}
    assert "Janez Lenarčič" in tagged or "Janez Lenar\u010di\u010d" in tagged  # the tagger's slip the rule is for
    assert not any("Lenar" in o for o in ctx.picker.names(eu, 3))
