"""Recall of dated happenings: every clause one date governs, and a dated act noun said as its clause."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen import build_lesson

PUBLISHED = "1989-10-28"        # a Saturday: 'Friday' is Oct. 27, 'Tuesday' Oct. 24


def _labels(text: str) -> dict[str, dt.date]:
    return {e.label: e.date for e in build_lesson(text, published=PUBLISHED).events}


def test_fronted_date_governs_each_joined_clause():
    """'During the quarter, X issued A and repurchased B': two happenings of the quarter, each its own event."""
    labels = _labels("During the quarter, Harbor Mills issued 2 million new shares and repurchased "
                     "400,000 older ones for its pension plan.")
    assert labels.get("Harbor Mills issued 2 million new shares") == dt.date(1989, 7, 1)
    assert labels.get("Harbor Mills repurchased 400,000 older ones for its pension plan") == dt.date(1989, 7, 1)


def test_while_clause_shares_the_date():
    """'X rose Friday, while Y fell': the contrast clause happened that day too, with its own subject."""
    labels = _labels("In heavy trading Friday, Lakeview shares rose $2 to $18, while Ridgefield shares "
                     "fell $1 to $21.")
    assert labels.get("Ridgefield shares fell $1 to $21") == dt.date(1989, 10, 27)
    assert labels.get("Lakeview shares rose $2 to $18") == dt.date(1989, 10, 27)


def test_joined_clause_with_its_own_date_is_not_copied():
    """'X did A on Monday and will do B in March': B has its own date; A's date is not given to it."""
    events = build_lesson("The council approved the budget on Monday and will vote on taxes in March.",
                          published=PUBLISHED).events
    assert [e.date for e in events if "taxes" in e.label] in ([], [dt.date(1990, 3, 1)])


def test_joined_clause_of_a_comparison_base_is_not_dated():
    """'rose from a year earlier, and profit grew 40%': the base year is no date of the second clause."""
    events = build_lesson("Revenue at Harbor Mills rose 15% from a year earlier, and its quarterly profit "
                          "grew 40% to $3 million.", published=PUBLISHED).events
    assert not any("profit" in e.label and e.date.year == 1988 for e in events)


def test_joined_clause_with_only_a_pronoun_object_is_left():
    """'and the mayor signed it': no headline on its own."""
    labels = _labels("The council approved the budget on Monday, and the mayor signed it.")
    assert "The council approved the budget" in labels
    assert not any(label.endswith(" it") for label in labels)


def test_dated_act_noun_with_its_doer_becomes_a_clause():
    """'Tuesday's declaration by X that it is prepared to bid' -> 'X declared it is prepared to bid'."""
    labels = _labels("The merger follows Tuesday's declaration by Norwell Foods that it is prepared to bid "
                     "for the whole company.")
    assert labels == {"Norwell Foods declared it is prepared to bid for the whole company": dt.date(1989, 10, 24)}


def test_dated_act_noun_of_an_owner_names_what_was_done():
    """'Friday's sale of the unit by the group': the irregular noun 'sale' is said 'sold'."""
    labels = _labels("Analysts praised Friday's sale of the packaging unit by Ridgefield Holdings.")
    assert labels.get("Ridgefield Holdings sold the packaging unit") == dt.date(1989, 10, 27)


def test_joined_clause_with_its_own_dated_adverbial_is_not_copied():
    """'but the name arose after troops left a flag in 1984': the joined clause is dated by its own clause."""
    events = build_lesson("The quarrel dates to 1971, but the name arose after troops left a flag on the "
                          "island in 1984.", published=PUBLISHED).events
    assert not any("name arose" in e.label and e.date.year == 1971 for e in events)


def test_clause_after_and_with_own_subject_needs_a_fronted_date():
    """'X arrived April 2, and Y ordered ...': the date ends the first clause and is not Y's."""
    events = build_lesson("Gonzalez arrived in the United States April 2, and the minister ordered the relatives "
                          "to surrender the child.", published=PUBLISHED).events
    assert not any("minister" in e.label for e in events)


def test_date_inside_the_subject_dates_no_joined_clause():
    """'they said Friday's focus on stocks telegraphed X and showed Y': the date names the subject."""
    events = build_lesson("Dealers said Friday's focus on the top-tier stocks telegraphed active overseas "
                          "selling and showed the broad fears over the economy.", published=PUBLISHED).events
    assert not any("showed" in e.label for e in events)


def test_participle_description_dates_no_joined_clause():
    """'its strategy -- started last month and expected to be applied soon --': a description, no act."""
    events = build_lesson("Anheuser said its new strategy -- started in some markets last month and expected to "
                          "be applied soon in selected markets nationwide -- will mean lower earnings.",
                          published=PUBLISHED).events
    assert not any("expected" in e.label for e in events)


def test_undated_lead_happening_takes_the_date_of_its_later_noun():
    """'X said it agreed to sell Y.' ... 'Friday's sale ...': the lead's happening, dated Friday."""
    labels = _labels("Harbor Mills said it agreed to sell its packaging unit to Ridgefield Holdings for "
                     "$370 million. Friday's sale ends a long search for a buyer.")
    assert labels.get("Harbor Mills agreed to sell its packaging unit to Ridgefield Holdings") == \
        dt.date(1989, 10, 27)


def test_later_noun_of_another_thing_does_not_date_the_lead():
    """'the sale in 1988 of another unit' is another sale than the lead's."""
    labels = _labels("Harbor Mills sold its packaging unit. The company said the sale in 1988 of another "
                     "unit helped profits.")
    assert "Harbor Mills sold its packaging unit" not in labels


def test_dated_happening_subject_dates_each_of_its_acts():
    """'The bombings on Aug. 7 killed 259 people and injured 5,500': both acts were the bombings' that day."""
    labels = _labels("The bombings on Aug. 7 killed 259 people, including 12 Americans, and injured more "
                     "than 5,500.")
    assert labels.get("The bombings injured more than 5,500") == dt.date(1989, 8, 7)


def test_present_dated_clause_dates_no_joined_past_clause():
    """'It follows the 2018 establishment of a group ..., termed X': a misread past beside a present clause."""
    events = build_lesson("It follows the 2018 establishment of a working group between the two countries with "
                          "the aim of resolving the dispute, termed the 'Whisky War'.", published=PUBLISHED).events
    assert not any("termed" in e.label for e in events)


def test_fronted_date_governs_clauses_listed_after_semicolons():
    """'Yesterday, A beat B; C beat D; and E lost to F': one date, three results."""
    labels = _labels("Yesterday, on the fifth day of the tournament, Sweden defeated Korea 1 – 0; Belgium "
                     "defeated Panama 3 – 0; and Tunisia lost 1 – 2 to England.")
    assert {d for d in labels.values()} == {dt.date(1989, 10, 27)}
    assert any(label.startswith("Belgium defeated Panama") for label in labels)
    assert any(label.startswith("Tunisia lost") for label in labels)


def test_dated_act_noun_takes_a_that_clause_the_parser_hung_above_it():
    """'follows Tuesday's declaration by X, which holds a stake, that it is prepared to bid'."""
    labels = _labels("The move follows Tuesday's declaration by Norwell Foods, which holds a 12% stake in "
                     "Ridgefield, that it is prepared to bid for the entire company.")
    assert labels.get("Norwell Foods declared it is prepared to bid for the entire company") == \
        dt.date(1989, 10, 24)


def test_subordinate_dated_clause_lends_no_date_to_a_following_and():
    """'spoke Wednesday ... since Russia invaded Ukraine on Feb. 24 and appeared to ...': the 'and'
    clause is the leaders', not Russia's on Feb. 24."""
    events = build_lesson("The two leaders spoke on the phone Wednesday for their first conversation since "
                          "Russia invaded Ukraine on Feb. 24 and appeared to strengthen their commitment.",
                          published="2022-06-16").events
    assert not any("appeared" in e.label and e.date == dt.date(2022, 2, 24) for e in events)


@pytest.mark.parametrize("text, word", [
    ("The footbridge opened in 1974 and later won a national design award.", "award"),
    ("In the 1990s she turned to teaching, and for 15 years she chaired the northern branch.", "chaired"),
    ("A smaller tremor in February cracked the walls of a school but caused no injuries.", "injuries"),
])
def test_joined_clause_at_its_own_time_or_denied_takes_no_date(text, word):
    """'and later won', 'and for 15 years she chaired', 'but caused no injuries': not a happening of the date."""
    assert not any(word in e.label for e in build_lesson(text, published=PUBLISHED).events)


def test_clause_hung_on_the_later_noun_does_not_make_it_another_thing():
    """'before the 7-2 vote Friday that it may be the hardest decision of their careers': the 'of' is the
    parser's misplaced clause's, not the vote's; the vote is the lead's, dated Friday."""
    labels = _labels("Harbor Mills voted to close its packaging plant in Ohio. Board members heard warnings "
                     "before the 7-2 vote Friday that it may be the hardest decision of their careers.")
    assert labels.get("Harbor Mills voted to close its packaging plant in Ohio") == dt.date(1989, 10, 27)


def test_happening_named_after_a_split_date_is_dated_not_the_clause():
    """'became an ally after the September 11, 2001 attacks on X' (the parser hangs 'attacks' on 'became'):
    the attacks were that day, the clause after."""
    events = build_lesson("Yemen became a close ally after the September 11, 2001 attacks on the United States.",
                          published="2006-05-01").events
    assert {e.label: e.date for e in events}.get("The attacks on the United States took place") == \
        dt.date(2001, 9, 11)
    assert not any("partner" in e.label for e in events)
