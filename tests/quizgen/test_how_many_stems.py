"""How-many stems on a counted noun the parse joins to something: a thing listed with it ('22 coaches and
the engine'), another figure ('12 completions and 337 yards'), a hyphened word's other half ('pre-orders'),
or 'further' (further than which, the stem would not say)."""
from __future__ import annotations

import pytest

from bank_prompts import bank_prompts

PUBLISHED = "2022-06-16"


def _prompts(body: str) -> list[str]:
    return bank_prompts(body, PUBLISHED)


TRAIN = ("Express train derails near Patna\n\nA passenger train crashed near Patna, and 22 coaches and the engine "
         "derailed near Patna on Sunday morning.\n\nRescue teams reached the site within an hour and took the "
         "injured to hospital. The railway minister ordered an inquiry into the cause of the derailment.")
GAME = ("Tigers beaten\n\nCoughlin threw seven touchdowns on just 12 completions and 337 yards in the win over the "
        "Tigers on Friday night.\n\nThe team plays its next game at home on Saturday against the Lions.")
PHONE = ("Phone maker reports strong demand\n\nSamsung said Thursday that the company received 650,000 pre-orders "
         "for the Note 8 before its Friday launch.\n\nThe phone goes on sale in South Korea next week. Analysts "
         "expect strong sales of the new model in the United States and Europe.")
PLANT = ("Factory fire injures workers\n\nA fire at a chemical plant in Dover injured nine workers on Tuesday, "
         "officials said. Firefighters rescued 12 other workers from the roof of the building.\n\nThe plant employs "
         "17 further contractors at its warehouse near the harbor, the company said. The cause of the fire is "
         "under investigation by state inspectors.")


def test_a_count_joined_to_a_thing_asks_the_counted_noun_alone():
    prompts = _prompts(TRAIN)
    assert "How many coaches derailed near Patna on Sunday morning?" in prompts
    assert not any("how many coaches and" in p.lower() for p in prompts)


@pytest.mark.parametrize("body, broken", [
    (GAME, "how many completions and"),          # one figure of a list of figures
    (PHONE, "how many pre "),                    # the first half of a hyphened word
    (PHONE, " -orders"),
    (PLANT, "how many further"),                 # further than which?
])
def test_no_how_many_stem_on_a_torn_or_back_pointing_count(body, broken):
    assert not any(broken in p.lower() for p in _prompts(body))


def test_a_plain_count_is_still_asked():
    assert "How many workers did a fire at a chemical plant in Dover injure on Tuesday?" in _prompts(PLANT)


RECORD = ("Record night for Hawks quarterback\n\nQuarterback Dunmore had seven touchdowns on just 12 completions "
          "and 337 yards as the Hawks beat the Tigers on Friday night.\n\nThe Hawks will play the Lions at home "
          "next Friday.")


def test_a_phrase_of_figures_on_the_counted_noun_is_not_fronted_with_it():
    prompts = [p for p in _prompts(RECORD) if p.lower().startswith("how many touchdowns")]
    assert prompts == ["How many touchdowns did Quarterback Dunmore have?"]


OUTAGE = ("Storm leaves thousands in the dark\n\nMore than 300,000 homes and businesses lost power on Thursday "
          "after a late winter storm brought heavy snow and strong winds to the region.\n\nUtility crews from "
          "three states worked through the night to restore service, the company said.")


def test_a_bare_plural_joined_to_the_counted_noun_is_counted_with_it():
    prompts = [p for p in _prompts(OUTAGE) if p.lower().startswith("how many")]
    assert prompts and all(p.lower().startswith("how many homes and businesses") for p in prompts)


@pytest.mark.parametrize("body, broken", [
    ("Bishops meet in Rome\n\nThe council agreed on Monday to serve the world's 1 billion Catholics better. "
     "Bishops from every continent attended the meeting.", "how many the world"),
    ("Mill closes\n\nThe mill laid off its 500 workers on Friday after orders dried up. The town council "
     "called an emergency meeting on the closure.", "how many its"),
])
def test_a_possessive_before_the_count_makes_no_how_many_stem(body, broken):
    assert not any(broken in p.lower() for p in _prompts(body))
