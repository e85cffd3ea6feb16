"""Stems a learner can read alone (JUDGING.md rule 8): 'the club' named from the article, 'his death'
given its owner, a bare 'How many people' placed, 'yesterday' dated, or the question refused."""
from __future__ import annotations

import functools

import pytest

from quizgen.article import parse_article
from quizgen.model import Question
from quizgen.pipeline import analyse
from quizgen.questions.context import make_context
from quizgen.questions.references import settle_references

_TEXT = """Title: Harbour town rowing club joins coastal league
Published: 2024-03-06

The Northgate Rowing Club announced on Monday that it would join the Coastal League next season.
The club hired two new coaches in February and opened its boathouse to visitors.
Floods struck Marlow Valley last week.
Rescuers said four people had died in Lendon after the river burst its banks.
Officials said the survey showed most residents wanted a new bridge.
Painter Ada Brenn died in 1990 in Paris.
Critics later praised her last painting.
Mayor Tom Ruiz told reporters yesterday that the bridge would open in June.
Ten people were hurt when a wall fell.
The watchdog group, Fairvote.org, said that 40 stations were closed.
Supporters spread the slogan, #SaveOurPier, on social media within hours.
The slogan was shared 5,000 times by Friday.
"""


@functools.lru_cache(maxsize=1)
def _ctx():
    return make_context(analyse(parse_article(_TEXT)))


def _sid(words: str) -> int:
    return next(s.id for s in _ctx().parsed.sentences if words in s.text)


def _tf(prompt: str, words: str) -> Question:
    return Question("q", "true_false", prompt, "True", _sid(words), choices=("True", "False"))


def _mc(prompt: str, answer: str, words: str) -> Question:
    return Question("q", "multiple_choice", prompt, answer, _sid(words), choices=(answer, "two", "nine"))


def _settled(q: Question) -> list[str]:
    return [x.prompt for x in settle_references(_ctx(), [q])]


def test_the_club_is_named_as_the_article_named_it():
    q = _tf("The club hired two new coaches in February.", "hired two new coaches")
    assert _settled(q) == ["The Northgate Rowing Club hired two new coaches in February."]


def test_a_naming_noun_the_article_never_names_is_refused():
    q = _tf("Officials said the survey showed most residents wanted a new bridge.", "the survey showed")
    assert _settled(q) == []


def test_a_generic_count_takes_the_place_of_its_sentence():
    q = _mc("How many people had died?", "four", "four people had died")
    assert _settled(q) == ["How many people had died in Lendon?"]


def test_a_count_of_other_people_is_refused():
    q = _mc("How many other people were hurt?", "Ten", "Ten people were hurt")
    assert _settled(q) == []


def test_a_count_the_sentence_does_not_place_is_refused():
    q = _mc("How many people were hurt?", "Ten", "Ten people were hurt")
    assert _settled(q) == []


def test_yesterday_becomes_the_date_or_the_question_goes():
    q = _mc("Who told reporters yesterday that the bridge would open in June?", "Tom Ruiz", "told reporters")
    out = _settled(q)
    assert len(out) <= 1 and all("yesterday" not in p for p in out)
    assert not out or "March 5, 2024" in out[0]


def test_a_relative_time_with_no_date_is_refused():
    q = _tf("Four people had died in Lendon six minutes later.", "four people had died")
    assert _settled(q) == []


def test_a_stem_that_names_its_own_things_is_kept_as_written():
    q = _tf("Painter Ada Brenn died in 1990 in Paris.", "Ada Brenn died")
    assert _settled(q) == ["Painter Ada Brenn died in 1990 in Paris."]


def test_a_name_beside_the_noun_stays_in_the_stem():
    q = _tf("The watchdog group has said that 40 stations were closed.", "40 stations")
    assert _settled(q) == ["The watchdog group Fairvote.org has said that 40 stations were closed."]


def test_the_noun_takes_the_name_set_beside_it_before():
    q = _tf("The slogan was shared 5,000 times by Friday.", "shared 5,000 times")
    assert _settled(q) == ["The slogan #SaveOurPier was shared 5,000 times by Friday."]


def test_his_takes_the_one_person_named_just_before():
    q = _tf("Critics later praised her last painting.", "her last painting")
    assert _settled(q) == ["Critics later praised Ada Brenn’s last painting."]


def test_a_description_named_is_not_a_guessed_plural():
    from quizgen import nlp
    from quizgen.questions.stated import actor_problem
    sentence = list(nlp.parse("The two nations said the island had been disputed for 50 years.").sents)[0]
    named = Question("q", "true_false", "The two nations said Pell Island had been disputed for 50 years.",
                     "True", 0, choices=("True", "False"))
    guessed = Question("q", "true_false", "Tom Bell and Ana Ruiz said the island had been disputed for 50 years.",
                       "True", 0, choices=("True", "False"))
    assert actor_problem(named, sentence) is None
    assert actor_problem(guessed, sentence) is not None


def test_the_lesson_builds_its_stems_with_references_settled():
    import re

    from quizgen import build_lesson
    lesson = build_lesson(_TEXT)
    prompts = [q.prompt for q in lesson.questions if q.type in ("true_false", "multiple_choice", "when")]
    assert prompts
    assert not [p for p in prompts if re.search(r"\bthe (club|survey)\b|\byesterday\b", p, re.I)]


def test_a_relative_time_as_an_owner_is_refused():
    q = _tf("Mayor Tom Ruiz told reporters about yesterday's vote.", "told reporters")
    assert _settled(q) == []



def test_a_role_is_not_named_after_someone_the_same_sentence_names_apart():
    """'the president said ... to force Marko Tesh to back down': this president is not Marko Tesh, though
    the article called him 'Elbonia's president Marko Tesh' before."""
    from quizgen import build_lesson
    text = ("President Lane says he is committed to a possible strike on Elbonia, despite objections from other "
            "countries.\n\nThe military buildup in the gulf continues apace, more planes headed from the united states "
            "and senior officials say Elbonia's president Marko Tesh can expect punishing air strikes to continue well "
            "into the future if he doesn't stop building weapons.\n\nNevertheless, the president said Washington "
            "would use force if diplomacy fails to force Marko Tesh to back down.")
    prompts = [q.prompt for q in build_lesson(text, published="1998-02-13").questions]
    assert not any("Marko Tesh said" in p for p in prompts), prompts


_POLL_TEXT = """Title: Town weighs a new bridge
Published: 2024-03-06

In a survey by Harbour Research of 900 residents, 61 percent said Marlow needed a new bridge.
Nine percent said the old bridge should close at once.
Councillors will vote on the plan in May.
Twelve percent opposed any new taxes.
"""


@functools.lru_cache(maxsize=1)
def _poll_ctx():
    return make_context(analyse(parse_article(_POLL_TEXT)))


@pytest.mark.parametrize("kind, prompt, answer, words, expected", [
    ("true_false", "Nine percent said the old bridge should close at once.", "True", "the old bridge should",
     ["In the survey by Harbour Research, nine percent said the old bridge should close at once."]),
    ("fill_blank", "_____ said the old bridge should close at once.", "Nine percent", "the old bridge should",
     ["In the survey by Harbour Research, _____ said the old bridge should close at once."]),
    ("fill_blank", "In a survey by Harbour Research of 900 residents, _____ said Marlow needed a new bridge.",
     "61 percent", "900 residents",
     ["In a survey by Harbour Research of 900 residents, _____ said Marlow needed a new bridge."]),
])
def test_a_bare_share_is_given_the_survey_it_comes_from(kind, prompt, answer, words, expected):
    """A share that is its sentence's subject opens with the survey named before (rule 8)."""
    ctx = _poll_ctx()
    sid = next(s.id for s in ctx.parsed.sentences if words in s.text)
    q = Question("q", kind, prompt, answer, sid, choices=("True", "False") if kind == "true_false" else ())
    assert [x.prompt for x in settle_references(ctx, [q])] == expected


def test_a_share_whose_survey_is_too_far_back_or_unnamed_is_refused():
    """A bare share with no survey in the sentences before it is refused."""
    text = _POLL_TEXT.replace("In a survey by Harbour Research of 900 residents, 61 percent said",
                              "Residents said")
    ctx = make_context(analyse(parse_article(text)))
    sid = next(s.id for s in ctx.parsed.sentences if "Nine percent" in s.text)
    q = Question("q", "true_false", "Nine percent said the old bridge should close at once.", "True", sid,
                 choices=("True", "False"))
    assert settle_references(ctx, [q]) == []


@pytest.mark.parametrize("prompt, words, kept", [
    ("The club hired two new coaches in February and opened its boathouse to visitors.", "hired two new", True),
    ("Its boathouse was opened to visitors.", "hired two new", False),
    ("The club hired two new coaches afterwards.", "hired two new", False),
])
def test_an_its_with_no_owner_before_it_or_an_afterwards_is_refused(prompt, words, kept):
    """'Its ...' and '..., its main rival' point outside the stem; 'afterwards' has no date (rule 8)."""
    assert bool(_settled(_tf(prompt, words))) is kept


def test_a_naming_noun_the_sentence_never_uses_is_refused():
    """A when-stem worded 'the announcement' of a sentence that says 'announced' loses which one (rule 8)."""
    sid = _sid("hired two new")
    made = Question("q", "when", "On what date did the announcement take place?", "February", sid,
                    choices=("February", "March", "May"))
    assert settle_references(_ctx(), [made]) == []


_FLOODS = """Title: Floods hit coastal towns
Published: 2024-03-06

Thirty-two people have been killed in floods near Valparaiso, Chile, in the nation's deadliest disaster in a decade.
Rescue teams arrived on Thursday.
"""


@pytest.mark.parametrize("prompt, answer, expected", [
    ("How many people have been killed in the nation's deadliest disaster?", "Thirty-two",
     "How many people have been killed in Chile's deadliest disaster?"),
    # the stem names the country already: left as it is
    ("How many people have been killed near Valparaiso, Chile, in the nation's deadliest disaster?", "Thirty-two",
     "How many people have been killed near Valparaiso, Chile, in the nation's deadliest disaster?"),
])
def test_a_bare_nation_in_a_stem_is_named(prompt: str, answer: str, expected: str):
    """'the nation's deadliest attack' read alone says no nation: the one the sentence named is put in."""
    ctx = make_context(analyse(parse_article(_FLOODS)))
    q = Question(id="x", type="multiple_choice", prompt=prompt, answer=answer, sentence_id=0)
    assert [s.prompt for s in settle_references(ctx, [q])] == [expected]
