"""Statements true to the text (attribution kept, sane swaps, clean wording) and date questions a
learner answers from the text alone (the text's own weekday or holiday, never a calendar date)."""
from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from quizgen.model import Question
from quizgen.questions import distractors, stated, true_false, when
from quizgen.clauses import clauses_of
from quizgen.realise import statement

pytestmark = pytest.mark.slow

PUBLISHED = "2022-06-18"      # a Saturday


@pytest.mark.parametrize("written, precision, grain", [
    ("Thursday", "day", "weekday"),
    ("last Wednesday", "day", "weekday"),
    ("Monday night", "day", "weekday"),
    ("June 16", "day", "date"),
    ("Nov. 25", "day", "date"),
    ("yesterday", "day", "date"),
    ("Thanksgiving Day", "day", "holiday"),
    ("Christmas Day", "day", "holiday"),
    ("the day before last Tuesday", "day", None),
    ("last month", "month", "date"),
    ("in the spring", "month", None),
    ("1979", "year", "date"),
])
def test_text_grain(written, precision, grain):
    assert when.text_grain(written, precision) == grain


@pytest.mark.parametrize("body, lead, answer", [
    ("The mayor of Riverton opened the new harbour bridge on Thursday.", "On which day", "Thursday"),
    ("The Riverton ferry was found drifting off the coast on Christmas Day.", "On which day", "Christmas Day"),
    ("The mayor of Riverton opened the new harbour bridge on June 14.", "On what date", "June 14, 2022"),
])
def test_when_asks_at_the_texts_own_grain(context_of, body, lead, answer):
    published = "2022-12-28" if "Christmas" in body else None
    qs = when.generate(context_of(body, published))
    assert qs, body
    q = qs[0]
    assert q.prompt.startswith(lead) and q.answer == answer
    assert answer in q.choices and len(set(q.choices)) == len(q.choices)


@pytest.mark.parametrize("body", [
    "The Riverton council made a reasonable decision on Thursday in closing the old harbour bridge.",
    "The Riverton council made the right decision on Thursday when it closed the old harbour bridge.",
])
def test_when_never_asks_the_date_of_a_judgement(context_of, body):
    assert not when.generate(context_of(body))


@pytest.mark.parametrize("text, verb, reporter", [
    ("Mayor Ann Brook declared on Monday that it is only a matter of days before the Riverton harbour "
     "bridge will be reopened to traffic.", "reopened", "declared"),
    ("The only road into Riverton is the old river road, she said, and the council wants a new one.",
     "is", "said"),
    ("Since the bridge is so old, Ann Brook said, the council has the right to close it.", "has", "said"),
    ("Mayor Ann Brook said the council would close the old harbour bridge.", "said", None),
    ("The council closed the old harbour bridge on Monday.", "closed", None),
])
def test_reported_by_finds_the_speakers_verb(parse, text, verb, reporter):
    doc = parse(text)
    tok = next(t for t in doc if t.text == verb)
    found = true_false.reported_by(tok)
    assert (found.text if found is not None else None) == reporter


@pytest.mark.parametrize("name, text, kind, takes", [
    ("Cuba", "He flew to the United States and then to Cuba.", "COUNTRY", False),
    ("U.S.", "He lives in the U.S. now.", "COUNTRY", True),
    ("Philippines", "He lives in Spain.", "COUNTRY", True),
    ("Peru", "He lives in Spain.", "COUNTRY", False),
    ("Paris", "He lives in Spain.", "CITY", False),
])
def test_place_names_take_the_as_written(name, text, kind, takes):
    assert true_false.takes_the(name, text, kind) is takes


@pytest.mark.parametrize("name, text, kind, wrong, replaced, put", [
    ("United States", "He flew to the United States on Monday.", "COUNTRY", "Cuba", "the United States", "Cuba"),
    ("Cuba", "He flew to Cuba on Monday and lived in the U.S. later.", "COUNTRY", "U.S.", "Cuba", "the U.S."),
    ("Cuba", "He flew to Cuba on Monday.", "COUNTRY", "Peru", "Cuba", "Peru"),
    ("Riverton Herald", "He read the Riverton Herald on Monday.", "MEDIA", "The Daily Star", "the Riverton Herald",
     "The Daily Star"),
    # the mention's span holds its own "the": it goes with a name that takes none ("in the Kenya" read as nonsense)
    ("the United States", "A peak in every state in the United States was climbed.", "COUNTRY", "Kenya",
     "the United States", "Kenya"),
    # "an" agrees with the name put in place ("an Serum ..." read as nonsense), "a" too
    ("HDL", "The attacks are repelled by an HDL in the blood.", "ORG", "Serum Guard", "an HDL", "a Serum Guard"),
    ("Serum Guard", "The attacks are repelled by a Serum Guard in the blood.", "ORG", "HDL", "a Serum Guard",
     "an HDL"),
])
def test_value_swap_keeps_the_article_right(parse, name, text, kind, wrong, replaced, put):
    doc = parse(text)
    words = name.split()
    start = next(t.i for t in doc if t.text == words[0] and doc[t.i:t.i + len(words)].text == name)
    m = SimpleNamespace(start=start, end=start + len(words), text=name.removeprefix("the "), kind=kind)
    (a, (b, w)), = true_false.value_swap(doc, m, wrong).items()
    assert doc[a:b].text == replaced and w == put


@pytest.mark.parametrize("body, value, holds", [
    ("By Monday, the Riverton council had approved the new harbour budget.", "Monday", True),
    ("On Monday, the Riverton council approved the new harbour budget.", "Monday", False),
])
def test_a_bound_date_swap_may_hold_too(context_of, body, value, holds):
    ctx = context_of(body)
    start = next(t.i for t in ctx.doc if t.text == value)
    m = SimpleNamespace(start=start, end=start + 1, text=value, kind="DATE")
    assert true_false._may_hold_too(ctx, m, "Tuesday") is holds


@pytest.mark.parametrize("body, wanted", [
    ("Lawyers for the city moved to dismiss the Riverton farmers' lawsuit, arguing that they had no standing.",
     "farmers' lawsuit"),
    ("In Riverton, Mayor Ann Brook said that the council would close the old harbour bridge to traffic.",
     "In Riverton, Mayor Ann Brook said"),
])
def test_statement_wording(context_of, body, wanted):
    ctx = context_of(body)
    texts = [statement(c, ctx.doc) for cs in ctx.clauses.values() for c in cs]
    assert any(wanted in t for t in texts), texts


@pytest.mark.parametrize("text, slip", [
    ("The mayor's spokesman _ get a new office in the Riverton town hall.", True),
    ("The mayor's spokesmen get a new office in the Riverton town hall.", False),
    ("The mayor's spokesman gets a new office in the Riverton town hall.", False),
])
def test_a_garbled_verb_is_an_agreement_slip(parse, text, slip):
    doc = parse(text)
    clause = next(c for c in clauses_of(doc[:], 0) if c.verb.lemma_ == "get")
    assert true_false._agreement_slip(clause) is slip


@pytest.mark.parametrize("text, prompt, cut", [
    ("The boy was found clinging to a tube off the coast of Riverton after his mother, uncle and others "
     "died at sea.", "When was the boy found clinging to a tube off the coast of Riverton after his mother?", True),
    ("The boy was found clinging to a tube off the coast of Riverton after his mother, uncle and others "
     "died at sea.", "When was the boy found clinging to a tube off the coast of Riverton?", False),
])
def test_a_question_cut_at_the_first_of_a_listed_subject(parse, text, prompt, cut):
    doc = parse(text)
    q = Question("q", "multiple_choice", prompt, "Monday", 0, choices=("Monday", "Friday"), focus="when")
    assert (stated._cut_list(q, doc[:]) is not None) is cut


@pytest.mark.parametrize("text, prompt", [
    ("The council closed the old bridge over the Riverton canal, officials said on Monday.",
     "The council closed the old bridge over the Riverton canal."),
    ("Brook sued the council under the 2021 Harbour Safety Act, which has allowed sailors a year to sue.",
     "Brook sued the council under the 2021 Harbour Safety Act."),
])
def test_a_statement_before_its_speaker_is_not_cut(parse, text, prompt):
    q = Question("q", "true_false", prompt, "True", 0, choices=("True", "False"), focus="fact")
    assert stated._cut_list(q, parse(text)[:]) is None


@pytest.mark.parametrize("text, statement_text, expected", [
    ("Officials said currently 190 schools in Riverton have joined.", "Currently 190 schools have joined.",
     "According to Ann Brook, currently 190 schools have joined."),
    ("Officials said China sent food to Riverton.", "China sent food to Riverton.",
     "According to Ann Brook, China sent food to Riverton."),
    ("Officials said the council closed the bridge.", "The council closed the bridge.",
     "According to Ann Brook, the council closed the bridge."),
])
def test_with_prefix_lowers_only_common_words(parse, text, statement_text, expected):
    assert true_false.with_prefix("According to Ann Brook,", statement_text, parse(text)) == expected


@pytest.mark.parametrize("text, name, kind, expected", [
    ("CNN reported that the council closed the bridge.", "CNN", "MEDIA", "CNN"),
    ("The Foreign Ministry said that the council closed the bridge.", "Foreign Ministry", "ORG",
     "the Foreign Ministry"),
])
def test_speaker_names_take_the_as_the_article_writes_them(text, name, kind, expected):
    speaker = SimpleNamespace(full=name, text=name, kind=kind)
    assert true_false._speaker_name(speaker, text) == expected


@pytest.mark.parametrize("prompt, bare", [
    ("Brandon McManus' was intercepted by Kony Ealy.", True),
    ("Elian Gonzalez' was found on a tube.", True),
    ("The Broncos scored with McManus' field goal.", False),
])
def test_a_possessive_without_its_noun(prompt, bare):
    q = Question("q", "true_false", prompt, "False", 0, choices=("True", "False"), focus="fact")
    assert (stated._bare_possessive(q) is not None) is bare


@pytest.mark.parametrize("answer, never", [
    ("Thanksgiving Day", {"Thanksgiving Day", "Thanksgiving"}),
    ("Christmas Day", {"Christmas Day", "Christmas", "Christmas Eve"}),
])
def test_other_holidays_are_other_days(answer, never):
    opts = when._other_holidays(answer)
    assert len(opts) == 3 and not set(opts) & never and all(o.endswith("Day") for o in opts)


@pytest.mark.parametrize("text, replace_word, put, wanted", [
    ("On Monday, the mayor opened the new bridge in Riverton.", "Riverton", "Oslo",
     "the mayor opened the new bridge in Oslo On Monday"),
])
def test_a_fronted_adjunct_survives_a_later_replacement(parse, text, replace_word, put, wanted):
    from quizgen.realise import realise
    doc = parse(text)
    words = [t.i for t in doc if not t.is_punct]
    fronted = [i for i in words if i < 3]
    at = next(t.i for t in doc if t.text == replace_word)
    assert realise(doc, [i for i in words if i >= 3] + fronted, {at: (at + 1, put)}) == wanted


@pytest.mark.parametrize("text, verb", [
    ("The Riverton bank agreed on Tuesday to lend money, one day after Brook Holdings filed the largest "
     "bankruptcy case in the town's history.", "filed"),
])
def test_a_measure_of_a_left_out_after_is_left_out_too(parse, text, verb):
    doc = parse(text)
    clause = next(c for c in clauses_of(doc[:], 0) if c.verb.text == verb)
    assert "one day" not in statement(clause, doc)


# ------------------------------------------------------------------ issue 12: swaps that stay true

def _false_statements(ctx) -> list[str]:
    return [q.prompt for q in true_false.generate(ctx) if q.answer == "False"]


def test_a_place_swap_never_uses_the_place_it_lies_in(context_of):
    """'Lunford, Belmark' writes one place inside the other: a statement with either is true."""
    ctx = context_of("The pilgrims gathered in Lunford, Belmark, on Friday. "
                     "The caravan of pilgrims reached Lunford after three days of walking through the hills.")
    start = max(t.i for t in ctx.doc if t.text == "Lunford")
    m = SimpleNamespace(start=start, end=start + 1, text="Lunford", kind="CITY")
    assert true_false._may_hold_too(ctx, m, "Belmark")
    assert not true_false._may_hold_too(ctx, m, "Toronto")


@pytest.mark.parametrize("body, wrong, paired", [
    # the silver medal went to a team from Norway: 'teams from Norway ...' is true
    ("Teams from Chile, Peru and Kenya are among the 90 teams in the tournament in Madrid. "
     "This year the Dutch team won the tournament, with the silver medal going to Norway.", "Norway", True),
    ("Teams from Chile, Peru and Kenya are among the 90 teams in the tournament in Madrid. "
     "Norway sent its ambassador to the closing dinner.", "Norway", False),
])
def test_a_swap_the_article_says_of_the_same_subject_is_refused(context_of, body, wrong, paired):
    ctx = context_of(body)
    clause = next(c for c in ctx.clauses.get(0, []) if c.verb.lemma_ == "be")
    start = next(t.i for t in ctx.doc if t.text == "Chile")
    m = SimpleNamespace(start=start, end=start + 1, text="Chile", kind="COUNTRY")
    assert true_false._paired_elsewhere(ctx, clause, m, wrong) is paired


def test_a_company_the_tagger_took_for_a_person_is_not_swapped_for_a_person():
    """'Dalton Reed Corp.': the name is a company's even where the article drops 'Corp.'."""
    text = "Shares of Dalton Reed Corp. rose. Dalton Reed fended off a bid from Crane Co."
    assert distractors.written_as_firm(text, "Dalton Reed")
    assert not distractors.written_as_firm("Dalton Reed, the chief executive, said he was pleased.", "Dalton Reed")


def test_a_statement_that_cuts_a_name_is_not_made(context_of):
    """'Hale was awarded the Stanley Cup Most Valuable Player Award': the clause keeps 'the Stanley Cup'
    and drops the rest of the award's name; 'Hale was awarded the Stanley Cup' is false."""
    ctx = context_of("Dana Hale ended the game with six tackles and was awarded the Stanley Cup Most Valuable "
                     "Player Award.")
    made = [true_false.true_statement(ctx, c) for c in ctx.clauses.get(0, [])]
    assert not any(m and m[0].rstrip(".").endswith("Stanley Cup") for m in made), made
    assert not true_false._cuts_a_name(ctx.doc, {t.i for t in ctx.doc})


def test_a_thing_tagged_as_a_person_is_not_swapped_for_a_person():
    """'Orbex's Sky Dragon will undergo changes': no false version puts a person in the craft's place."""
    text = "Orbex\u2019s Sky Dragon will undergo some changes. Maya Trent will fly on it."
    assert distractors.not_a_person(text, "Orbex\u2019s Sky Dragon")
    assert distractors.not_a_person("Shares of Dalton Reed Corp. rose.", "Dalton Reed")
    assert not distractors.not_a_person(text, "Maya Trent")


def test_a_statement_never_keeps_one_of_a_listed_subject(context_of):
    """'Kay Dunn, 51, treasurer, and Lee Marsh, 60, were named directors': a statement on Kay Dunn
    alone reads 'Kay Dunn were named directors' and hides the other."""
    ctx = context_of("Kay Dunn, 51, treasurer, and Lee Marsh, 60, who runs the lending group, were named "
                     "directors of the Harbor Bank.")
    made = [true_false.true_statement(ctx, c) for c in ctx.clauses.get(0, [])]
    assert not any(m and m[0].startswith("Kay Dunn were") for m in made), made
    clause = next(c for c in ctx.clauses.get(0, []) if c.verb.lemma_ == "name")
    assert true_false._drops_a_conjunct(ctx.doc, clause, {ctx.doc[i].i for i in clause.subject})
    assert not true_false._drops_a_conjunct(ctx.doc, clause, {t.i for t in ctx.doc})


def test_a_statement_never_drops_part_of_a_listed_object(context_of):
    """'promoted after his boss Rina Sato and his mother': 'after his boss' alone says less than the
    text and misleads (the parser hangs 'and his mother' on the dropped apposition)."""
    ctx = context_of("Kenji Ota was promoted after his boss Rina Sato and his mother in Osaka.")
    made = [true_false.true_statement(ctx, c) for c in ctx.clauses.get(0, [])]
    assert not any(m and m[0].startswith("Kenji Ota was promoted after his boss.") for m in made), made


def test_a_dropped_apposition_that_only_guesses_between_names_keeps_the_statement(context_of):
    """', probably Ghana or Costa Rica' after 'a third nation' is a guess, not a list the statement cuts."""
    ctx = context_of("Ruiz said a group of traders in Lagos was studying the possibility of moving the market "
                     "and its stalls to a third nation, probably Ghana or Costa Rica.")
    made = [true_false.true_statement(ctx, c) for c in ctx.clauses.get(0, [])]
    assert any(m and m[0].endswith("to a third nation.") for m in made), made


def test_a_name_after_a_role_noun_is_not_swapped_as_a_place(context_of):
    """'fashion designer Halden' tagged as a town: 'fashion designer Riverton' would be absurd."""
    ctx = context_of("The museum shows photographs of fashion designer Halden in Riverton.")
    clause = ctx.clauses.get(0, [])[0]
    start = next(t.i for t in ctx.doc if t.text == "Halden")
    m = SimpleNamespace(start=start, end=start + 1, text="Halden", kind="CITY")
    assert true_false._unswappable(ctx, clause, m)
    start = next(t.i for t in ctx.doc if t.text == "Riverton")
    assert not true_false._unswappable(ctx, clause, SimpleNamespace(start=start, end=start + 1, text="Riverton",
                                                                    kind="CITY"))


def test_a_country_swap_never_names_the_country_its_adjective_already_gives():
    """'the French Embassy in France's capital' is absurd, not false."""
    assert true_false._country_twice("A bomb hit the French Embassy in France's capital.", "France")
    assert not true_false._country_twice("A bomb hit the French Embassy in Kenya's capital.", "Kenya")


@pytest.mark.parametrize("text, broken", [
    ("Sales dropped 11% to $1.52 billion from $1.43 billion.", True),
    ("Profit rose to $140 million from $155 million.", True),
    ("Profit was $140 million, up from $155 million.", True),
    ("Output climbed from 20 million tons to 18 million tons.", True),
    ("Sales fell 30% to $1.52 billion from $1.60 billion.", True),
    ("Sales dropped 11% to $1.52 billion from $1.71 billion.", False),
    ("Profit rose to $155 million from $140 million.", False),
    ("Profit was $140 million, down 10% from $155 million.", False),
    ("The jobless rate rose 2 points to 5% from 3%.", False),
    # a period that ends before it starts
    ("The talks will adjourn from March 24 to March 4.", True),
    ("The talks will adjourn from March 24 to April 4.", False),
    ("The office is closed from Dec. 20 to Jan. 5.", False),
])
def test_a_change_keeps_its_direction_and_percentage(text, broken):
    from quizgen.questions.change_sense import contradicts_itself
    assert contradicts_itself(text) is broken


@pytest.mark.parametrize("text, broken", [
    # a number written as a word is a figure of the change too; a bare first amount takes the second's unit
    ("The board wants the bank to increase its rate from three to 2 percent.", True),
    ("The board wants the bank to increase its rate from zero to 2 percent.", False),
    ("Enrolment fell to forty-five students from thirty.", True),
    ("Enrolment fell to thirty students from forty-five.", False),
    ("The club grew from twelve members to 9 members.", True),
    # a tally written in words is not a change, nor a range
    ("The council voted seven to one to close the pool.", False),
])
def test_a_change_written_in_words_keeps_its_direction(text, broken):
    """'raise its rate from three to 2 percent' gives a false version away as plainly as figures do."""
    from quizgen.questions.change_sense import contradicts_itself
    assert contradicts_itself(text) is broken


def test_a_false_rate_change_never_runs_against_its_verb(context_of):
    """A swap of the target in 'increase the rate from zero to 1 percent' never makes the start above it."""
    from quizgen.questions.change_sense import contradicts_itself
    ctx = context_of("Mara Quist, a bank governor, wants the central bank to increase its lending rate from zero to "
                     "1 percent. Two other governors back the plan, Quist said. Nine governors sit on the board.")
    clause = next(c for c in ctx.clauses.get(0, []) if true_false.true_statement(ctx, c))
    true_text, prefix = true_false.true_statement(ctx, clause)
    start = next(m for m in ctx.index.mentions if m.text == "zero")
    q = true_false.false_twin(ctx, clause, [start], true_text, prefix)
    assert q is None or not re.search(r"from (?:one|two|three|nine) to 1 percent", q.prompt), q.prompt
    assert q is None or not contradicts_itself(q.prompt), q.prompt


def test_a_false_change_statement_never_turns_a_fall_into_a_rise(context_of):
    """'sales fell to $2.9 billion from $2.5 billion' gives itself away: a false version that swaps
    an amount keeps 'fell' true to the two amounts (another value, or no false version)."""
    from quizgen.questions.change_sense import contradicts_itself
    ctx = context_of("Harbor Foods Inc. reported on Tuesday that its third-quarter sales fell to $2.4 billion "
                     "from $2.5 billion a year earlier.")
    clause = next(c for c in ctx.clauses.get(0, []) if true_false.true_statement(ctx, c))
    true_text, prefix = true_false.true_statement(ctx, clause)
    money = [m for m in ctx.index.mentions if m.kind == "MONEY"]
    assert money
    for m in money:
        q = true_false.false_twin(ctx, clause, [m], true_text, prefix)
        assert q is None or not contradicts_itself(q.prompt), q.prompt


@pytest.mark.parametrize("body", [
    "The Riverton plant has made steel wire since 1983.",
    "Riverton has charged a toll on the harbour bridge since January.",
    "The Riverton ferry ran twice a day from March on.",
])
def test_when_never_asks_the_start_of_a_span_as_the_date(context_of, body):
    """'since 1983': the plant made wire in 1984 too, so 'In which year ...?' has more than one right
    option; the date that starts a span is never the answer of a when question."""
    assert not when.generate(context_of(body))


def test_when_still_asks_a_plain_date(context_of):
    assert when.generate(context_of("The Riverton plant made steel wire in 1983."))


def test_a_statement_keeps_the_modifier_that_restricts_its_subject(context_of):
    """'A child born abroad to an unwed American mother is ... a citizen' is not cut to 'A child is ... a
    citizen' (false for a father's child); set off by a comma the modifier is an aside and may go."""
    ctx = context_of("Under the law, a child born abroad to an unwed American mother is automatically considered "
                     "a U.S. citizen. The ruling, issued on Monday by a divided court, upheld the law for now.")
    prompts = [q.prompt for q in true_false.generate(ctx)]
    assert not any(p.startswith("A child is") for p in prompts), prompts


def test_neither_is_kept_in_a_true_statement():
    """'neither the public nor the resources have been affected': without 'neither' the statement says yes."""
    from quizgen import build_lesson
    lesson = build_lesson("Title: Spill\nPublished: 2015-09-07\n\nA barge leaked slurry oil into the river on "
                          "Saturday, the Coast Guard said. Petty Officer Dan Ortiz says neither the public nor the "
                          "natural resources have been affected by the oil yet. Crews placed 2,000 feet of boom "
                          "around the barge on Sunday.")
    said = [q.prompt for q in lesson.questions if q.type == "true_false" and "nor the natural" in q.prompt]
    assert said and all("neither the public" in p for p in said), said


@pytest.mark.parametrize("text, broken", [
    # a range runs low to high
    ("The mayor said 90 to 60 cabins burned near the lake.", True),
    ("The mayor said 60 to 90 cabins burned near the lake.", False),
    # a shortfall or a beat agrees with its two amounts
    ("The bakery reported sales of $84 million, falling short of forecasts of $80 million.", True),
    ("The bakery reported sales of $74 million, falling short of forecasts of $80 million.", False),
    ("The bakery's margin was 4.2 percent this year, over 5.1 percent last year.", True),
    ("The bakery's margin was 6.2 percent this year, over 5.1 percent last year.", False),
    # a share of one whole stays within 100 percent
    ("Turnout in the town vote was 140 percent.", True),
    ("Turnout in the town vote was 64 percent.", False),
    ("Okafor won 61 percent of the votes cast, compared with Lind's 44 percent.", True),
    ("Okafor won 53 percent of the votes cast, compared with Lind's 44 percent.", False),
    # a tally, a bare count beside another thing, a change: not a range or a comparison
    ("The council voted 7 to 2 to close the pool.", False),
    ("The toll from the magnitude-7 quake topped 300.", False),
    ("Membership fees rose 150 percent this year.", False),
])
def test_amounts_agree_with_the_words_between_them(text, broken):
    """A false version's swapped amount must not break a range, a comparison or a share of 100 percent."""
    from quizgen.questions.change_sense import contradicts_itself
    assert contradicts_itself(text) is broken


@pytest.mark.parametrize("body", [
    "The Harbor Foods bakery unit said net income fell 22% in the third quarter. "
    "Excluding a charge, net fell 9%. Sales at its flour mills rose 4%, and costs rose 14%.",
])
def test_a_false_figure_is_not_one_the_article_says_of_the_same_verb(context_of, body):
    """'said net income fell 22%' swapped to 9% when 'net fell 9%' is said too: the false version may be true."""
    ctx = context_of(body)
    clause = next(c for c in ctx.clauses.get(0, []) if true_false.true_statement(ctx, c))
    true_text, prefix = true_false.true_statement(ctx, clause)
    pct = [m for m in ctx.index.mentions if m.kind == "PERCENT" and m.sentence_id == 0]
    assert pct
    q = true_false.false_twin(ctx, clause, pct, true_text, prefix)
    assert q is None or "9%" not in q.prompt, q.prompt
