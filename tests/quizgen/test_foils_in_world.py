"""Issue 12: wrong options from the answer's world: the rival a light verb does not make also true, the
story's own region for a listed country, a share near the answer, a side's players within a side."""
from __future__ import annotations

import pytest

PUBLISHED = "2018-07-15"


def _mention(ctx, text):
    return next(m for m in ctx.index.mentions if m.text == text)


MATCH = ("Croatia came out of the blocks aggressively in the World Cup final on Sunday. "
         "France took the lead when a free kick was headed into the Croatian net. "
         "France came from behind twice to win 4-2 in Moscow.")


@pytest.mark.slow
def test_a_rival_doing_a_light_verb_with_other_complements_stays_an_option(context_of):
    # 'came from behind' is not 'came out of the blocks': the opponent is the first fair option
    ctx = context_of(MATCH)
    croatia = next(m for m in ctx.index.mentions if m.text == "Croatia" and m.sentence_id == 0)
    assert "France" in ctx.picker.names(croatia, 3, verb_lemma="come")


@pytest.mark.slow
def test_a_rival_doing_a_light_verb_with_the_same_complement_is_no_option(context_of):
    # 'France took the lead' elsewhere: France is no option for 'Which country took the lead ...?'
    body = ("Croatia took the lead in the first minute of the cup final on Sunday. "
            "France took the lead again after the break and won 4-2.")
    ctx = context_of(body)
    croatia = next(m for m in ctx.index.mentions if m.text == "Croatia" and m.sentence_id == 0)
    assert "France" not in ctx.picker.names(croatia, 3, verb_lemma="take")


QUAKE = ("Rescuers dug through the rubble on Monday after Saturday's earthquake in Pakistan killed "
         "more than 20,000 people. The quake struck the mountains of Kashmir in northern Pakistan. "
         "India sent troops to its side of the border. Pakistan sent soldiers to the worst-hit villages. "
         "The United States will be sending helicopters to aid in the rescue effort, officials said. "
         "President Pervez Musharraf appealed for more help for Pakistan.")


@pytest.mark.slow
def test_no_listed_country_outside_the_story_is_offered(context_of):
    # Canada and Mexico beside a United States that helps a Pakistan quake stand outside the story;
    # India and Pakistan also sent help, so no country of the story is a fair option either
    ctx = context_of(QUAKE, "2005-10-10")
    dis = ctx.picker.names(_mention(ctx, "United States"), 3, verb_lemma="send")
    assert set(dis) <= {"India", "Pakistan"} and not {"Canada", "Mexico"} & set(dis), dis


@pytest.mark.slow
def test_a_listed_country_the_article_makes_also_true_is_no_option(context_of):
    # 'Mexico sent a team': Mexico, though a listed neighbour of the answer, also sent help
    body = ("The United States will send helicopters to the flooded island, officials said on Monday. "
            "Mexico sent a team of doctors and nurses on Sunday.")
    ctx = context_of(body, "2005-10-10")
    dis = ctx.picker.names(_mention(ctx, "United States"), 3, verb_lemma="send")
    assert "Mexico" not in dis, dis


VOTE = ("Former president Anna Marquez narrowly won the presidential runoff on Sunday. "
        "Marquez had 50.9% of the votes, while her rival had 49.1%, the election authority said. "
        "Just over 2 million votes separated the two candidates with 99.5% of the vote counted.")


@pytest.mark.slow
def test_a_share_option_stays_near_the_answer(context_of):
    ctx = context_of(VOTE, "2022-10-31")
    values = ctx.picker.values(_mention(ctx, "50.9%"), 3)
    assert values and "99.5%" not in values and all(30 <= float(v.rstrip("%")) <= 71 for v in values), values


SIDE = ("Westfield United reached the cup final on Sunday, beating Harbour Town 2-1 in a tense football "
        "semi-final. The visitors' task was tough enough with 11 players, but the sending-off of their "
        "captain made it harder.")


@pytest.mark.slow
def test_a_count_of_a_sides_players_stays_within_a_side(context_of):
    ctx = context_of(SIDE, "2012-05-06")
    values = ctx.picker.values(_mention(ctx, "11"), 3)
    assert values and all(int(v) <= 11 for v in values), values


@pytest.mark.slow
def test_a_count_of_players_is_free_where_no_sport_is_named(context_of):
    ctx = context_of(SIDE.replace("football ", ""), "2012-05-06")
    assert any(int(v) > 11 for v in ctx.picker.values(_mention(ctx, "11"), 3))
