"""Small surface faults of question text: a capital left mid-sentence, a doubled comma, a clipped state
abbreviation, a title only the key carries, a 'here' without its place, a lost 'the', a verb taken
into a noun's description."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _questions(context_of, body: str) -> list:
    from quizgen.questions import candidates

    return candidates(context_of(body))


def _texts(qs) -> list[str]:
    out = []
    for q in qs:
        out.append(q.prompt)
        if q.twin is not None:
            out.append(q.twin.prompt)
    return out


@pytest.mark.parametrize("body, bad", [
    # the source phrase of 'according to' carries its comma: the prefix brings its own
    ("According to the Associated Press, the man in custody has been identified as 20-year-old Tom Reed "
     "of Dover. Police arrested him on Friday.", ",,"),
])
def test_no_doubled_comma(context_of, body, bad):
    assert not any(bad in t for t in _texts(_questions(context_of, body)))


@pytest.mark.parametrize("sentence, statement, want", [
    ("Two workers were hurt in the blast at the Leeds plant, a spokesman said.",
     "Two workers were hurt in the blast at the Leeds plant.", "According to Ann Cole, two workers"),
    ("Several homes were flooded in Dover, Tom Ross told reporters.",
     "Several homes were flooded in Dover.", "According to Ann Cole, several homes"),
])
def test_opener_lowered_after_prefix(parse, sentence, statement, want):
    """A word the article capitalises only where it opens a sentence is mid-sentence after the prefix."""
    from quizgen.questions.true_false import with_prefix

    doc = parse(sentence)
    assert with_prefix("According to Ann Cole,", statement, doc).startswith(want)


@pytest.mark.parametrize("body", [
    "Three seconds before liftoff, engineers halted the countdown of the Delta rocket at the Cape. "
    "The launch was moved to Friday, and the crew went home.",
])
def test_swapped_fronted_value_lowered(context_of, body):
    """A false statement's swapped number moves to the end with its phrase, so it is lower case there."""
    import re

    texts = _texts(_questions(context_of, body))
    moved = [t for t in texts if re.search(r"\bseconds before liftoff\.$", t)]
    assert moved and not any(re.search(r"\w [A-Z][a-z]+ seconds before", t) for t in moved)


@pytest.mark.parametrize("body, bad", [
    ("Two days before the election, the party replaced its leader in Lima. The new leader, Ana Ruiz, "
     "spoke on Monday.", "did The new leader"),
    ("The club moved to a new ground in Hull in May. The chairman, Tom Reed, resigned on Friday.",
     "did The chairman"),
])
def test_named_subject_keeps_case(context_of, body, bad):
    """'When did the new leader Ana Ruiz speak?': the name put beside a sentence's opening phrase
    leaves that phrase in the case the question writes it."""
    assert not any(bad in t for t in _texts(_questions(context_of, body)))


@pytest.mark.parametrize("text, kind, want", [
    ("Kan.", "STATE", "Kansas"),
    ("Ore.", "PLACE", "Oregon"),
    ("Ohio", "STATE", "Ohio"),
    ("Ga.", "PERSON", "Ga."),
])
def test_state_in_full(text, kind, want):
    from quizgen.questions.distractors import state_in_full

    assert state_in_full(text, kind) == want


@pytest.mark.parametrize("options, want", [
    (["Incumbent Ann Lopez", "Tom Reed", "Paul Hart"], ["Ann Lopez", "Tom Reed", "Paul Hart"]),
    (["Tom Reed", "Libertarian Mark Dunn", "Paul Hart", "Ann Lopez"], ["Tom Reed", "Mark Dunn", "Paul Hart", "Ann Lopez"]),
])
def test_label_only_on_one_option(options, want):
    from quizgen.questions.distractors import even_titles

    assert even_titles(options) == want


@pytest.mark.parametrize("label", ["Incumbent", "Popular"])
def test_who_options_even(context_of, label):
    """A multiple-choice question on a person: the key carries no label the other names lack."""
    body = (f"Governor Ann Lopez met Tom Reed and Paul Hart in Boston on Monday. {label} Mary Walsh was "
            "considered a safe bet for re-election to the Senate. Tom Reed spent heavily on advertising in the "
            "race. Paul Hart ran as an independent, and Ann Lopez backed Walsh on Tuesday.")
    qs = [q for q in _questions(context_of, body) if q.type == "multiple_choice" and "Mary Walsh" in str(q.answer)]
    assert qs and all(q.answer == "Mary Walsh" for q in qs)


@pytest.mark.parametrize("prompt, dateline, want", [
    ("Spain beat Chile 2-1 at the National Stadium here.", "LIMA, Peru", "at the National Stadium in Lima."),
    ("Spain beat Chile 2-1 at the National Stadium here.", None, "at the National Stadium."),
    ("The team flew from here to Quito.", "LIMA", "flew from Lima to Quito."),
    ("Who said, \u201cWe are here to win\u201d?", "LIMA", "\u201cWe are here to win\u201d?"),
])
def test_here_placed(prompt, dateline, want):
    from quizgen.questions.deixis import placed_here

    assert placed_here(prompt, dateline).endswith(want)


@pytest.mark.parametrize("prompt, bad", [
    ("The team flew from here to Quito.", True),
    ("Who said, \u201cWe are here to win\u201d?", False),
    ("Here is how the vote was counted.", False),
    ("Fans gathered here, in Lima, on Sunday.", False),
])
def test_unplaced_here(prompt, bad):
    from quizgen.questions.deixis import unplaced_here

    assert unplaced_here(prompt) is bad


@pytest.mark.parametrize("headline, body", [
    ("Democrat wins US Senate race", "The race was one of three still open on Friday."),
    ("Union backs Boston transit strike", "The strike began on Monday."),
])
def test_named_form_keeps_the(parse, headline, body):
    """A headline's bare 'US Senate race' put for 'the race' keeps the 'the' of the singular it replaces."""
    from quizgen.referents import earlier_named_form

    doc = parse(f"{headline}\n\n{body}")
    head = body.split()[1].rstrip(".")
    tok = [t for t in doc if t.text == head][-1]
    found = earlier_named_form(tok)
    assert found is not None and found[1].startswith("the ")


@pytest.mark.parametrize("body", [
    "Crews towed booms into place to corral two oil slicks. The number of boats working the slicks rose to 18.",
])
def test_no_verb_in_description(parse, body):
    """'to corral two oil slicks': a verb the parser hangs on the noun is no word of its sort."""
    from quizgen.referents import earlier_description

    doc = parse(body)
    tok = [t for t in doc if t.text in ("slicks", "beaches")][-1]
    found = earlier_description(tok) or ""
    assert "corral" not in found and "clear" not in found


@pytest.mark.parametrize("body, want", [
    ("Crews laid booms around two oil slicks off the coast near Santa Cruz on Monday. The number of boats "
     "working the slicks rose to 18 on Tuesday, officials said.", "working the oil slicks"),
    ("Volunteers cleaned three city beaches in Dover on Saturday. The number of people working the beaches "
     "doubled to 400 on Sunday, the mayor said.", "working the city beaches"),
])
def test_plural_fuller_form_keeps_the(context_of, body, want):
    """'the slicks' named by its fuller form in a stem keeps its 'the' ('working the oil slicks')."""
    texts = [t for t in _texts(_questions(context_of, body)) if "working" in t]
    assert texts and all(want in t for t in texts)
