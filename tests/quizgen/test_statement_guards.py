"""Statements and stems that would misstate their sentence: a restriction cut away, a subject a
misparse lent, a swap naming someone the statement already names, a list member hung elsewhere."""
from __future__ import annotations

import pytest

import quizgen
from quizgen.article import parse_article
from quizgen.pipeline import analyse
from quizgen.questions import candidates, true_false
from quizgen.questions.context import make_context

_HEAD = "Title: {title}\nSource: Test Wire (http://example.com/t)\nPublished: 2009-03-05\n\n"


def _lesson(title: str, *paragraphs: str):
    return quizgen.build_lesson(_HEAD.format(title=title) + "\n\n".join(paragraphs) + "\n")


def _prompts(lesson) -> list[str]:
    return [q.prompt for q in lesson.questions]


_LEAD = "Maria Lopez was elected leader of the national assembly on Wednesday, the first woman to hold the post."


@pytest.mark.parametrize("sentence, cut, needed", [
    ("Chile is the only area outside Europe where flu deaths have occurred.", "only area outside Europe", "where"),
    ("Until Monday, Orion had introduced only software products to make its phones the hub for music, video and maps.",
     "only software products", "to make"),
])
def test_a_singled_out_noun_keeps_what_singles_it_out(sentence: str, cut: str, needed: str):
    lesson = _lesson("Assembly picks a leader", _LEAD, sentence, "Lopez thanked her supporters in a short speech.")
    said = [p for p in _prompts(lesson) if cut in p]
    assert all(needed in p for p in said), said


@pytest.mark.parametrize("sentence", [
    "With the vote the city becomes just the second town to ban plastic bags.",
    "The club is now the third team to reach the final twice.",
    "She was the fourth player to score twice in a final.",
])
def test_a_ranked_noun_keeps_the_infinitive_it_ranks_by(sentence: str):
    """'the second town' without 'to ban plastic bags' ranks it by nothing (judged: 3 of 3 such statements bad)."""
    cut, whole = _restriction_found(sentence, "to", from_head=True)
    assert cut and whole is None


def test_a_false_statement_never_swaps_in_a_name_it_already_holds():
    lesson = _lesson("Opposition leader killed in blast",
                     "Opposition leader Dana Karimova was killed on Thursday when a bomb exploded at a rally in "
                     "the city of Veran, police said.",
                     "Karimova, 54, had returned from exile in October to lead her party in the January elections.",
                     "Karimova leaves behind her husband Omar Sadikov, a businessman from the capital.",
                     "Prime minister Ali Rasulov condemned the attack and declared three days of mourning.")
    statements = [q.prompt for q in lesson.questions if q.type == "true_false" and "husband" in q.prompt]
    assert statements and not any("husband Dana" in s or "husband Karimova" in s for s in statements), statements


@pytest.mark.parametrize("sentence, phrase", [
    ("Officials in Bolivia and Peru are reported to be considering such a ban.", "such a ban"),
    ("Health officials in Lima said on Tuesday they would welcome such a plan.", "such a plan"),
])
def test_such_a_thing_told_before_is_never_asked_alone(sentence: str, phrase: str):
    lesson = _lesson("Chile bans flu imports",
                     "Chile banned imports of live poultry from three countries on Monday to stop the spread of "
                     "bird flu, officials said.", sentence)
    assert not [p for p in _prompts(lesson) if phrase in p]


def test_a_list_member_hung_elsewhere_is_not_left_out():
    lesson = _lesson("Orbis and Nexa to merge",
                     "Orbis and Nexa agreed on Monday to merge in a deal worth $4 billion, the companies said.",
                     "Orbis was created by the 1998 merger of Delta Tools Inc. and Vega Inc. It employs 9,000 "
                     "people in four countries.",
                     "Nexa makes parts for trains and buses in six countries.")
    cut = [p for p in _prompts(lesson) if "Delta Tools" in p and "Vega" not in p]
    assert not cut, cut


def _clause(text: str, verb: str):
    parsed = analyse(parse_article(_HEAD.format(title="Assembly picks a leader") + text))
    ctx = make_context(parsed)
    found = [c for cl in ctx.clauses.values() for c in cl if c.verb.text == verb]
    assert found, verb
    return ctx, found[0]


@pytest.mark.parametrize("text, verb", [
    # a bare verb borrowing a singular subject across a misparse ('Garcia oppose plans ...')
    ("Garcia, 66, had been denounced during the 2008 congressional campaigns by rivals who claimed she would "
     "raise taxes, oppose plans to build new roads and roll back the school budget.", "oppose"),
    # a noun joined to a verb inside the subject ('Ortega widened': her eyes did)
    ("Ortega, 58, grimaced and her eyes widened slightly upon hearing the verdict, and she later released a "
     "statement maintaining her innocence.", "widened"),
])
def test_a_clause_a_misparse_lent_its_subject_misleads(text: str, verb: str):
    parsed = analyse(parse_article(_HEAD.format(title="Assembly picks a leader") + text))
    ctx = make_context(parsed)
    # a verb joined after another subject's clause ('who claimed she would raise ..., oppose') may not
    # borrow the first verb's subject at all (clauses._subject_between): no clause, no statement
    for clause in (c for cl in ctx.clauses.values() for c in cl if c.verb.text == verb):
        idxs = clause.subject + clause.body + clause.fronted
        assert true_false.misleads(ctx.doc, clause, idxs)
    assert not any(verb in q.prompt for q in candidates(ctx) if q.type == "true_false")


@pytest.mark.parametrize("sentence, name", [
    ('"It was a hard case and we did our best," said juror Chappell Hartridge.', "Chappell Hartridge"),
])
def test_a_name_right_after_a_role_is_a_person(sentence: str, name: str):
    parsed = analyse(parse_article(_HEAD.format(title="Jury convicts Ortega") +
                                   "A jury convicted Ana Ortega of fraud on Friday.\n\n" + sentence + "\n"))
    kinds = {m.kind for m in parsed.index.mentions if m.text == name}
    assert kinds == {"PERSON"}, kinds


@pytest.mark.parametrize("sentence, name", [
    ("The plane crashed into a hotel not far from Charles de Gaulle airport.", "Charles de Gaulle"),
])
def test_a_name_before_a_built_thing_is_no_person(sentence: str, name: str):
    parsed = analyse(parse_article(_HEAD.format(title="Jet crashes near Paris") +
                                   "A jet crashed on Tuesday, killing 113 people, officials said.\n\n" + sentence + "\n"))
    assert not [m for m in parsed.index.mentions if m.kind == "PERSON" and name in m.text]


def test_a_dateline_word_keeps_no_capital_in_a_stem():
    lesson = _lesson("Rebels attack police stations",
                     "LIMA, March 3 -- Rebels attacked four police stations in the north late Sunday, killing 12 "
                     "people, police said.",
                     "The rebels, armed with rifles, held two of the stations for hours.",
                     "Troops stormed the buildings on Monday and freed 30 hostages.")
    asked = [p for p in _prompts(lesson) if "police stations" in p and p.startswith("How many")]
    assert asked and all("Rebels" not in p for p in asked), asked


def test_a_clause_whose_content_is_the_quotation_after_a_colon_is_no_statement():
    lesson = _lesson("Garcia sworn in as speaker",
                     "Ana Garcia was sworn in as speaker of the assembly on Thursday, the first woman to hold the post.",
                     'Mayor Tom Hale, a longtime rival, congratulated Garcia and pledged to the new leaders: "I am '
                     'ready to work with all of you."')
    assert not [p for p in _prompts(lesson) if p.rstrip(".").endswith("pledged to the new leaders")]


@pytest.mark.parametrize("text, verb, aside", [
    ("Mayor Tom Hale, a longtime rival, especially regarding the budget fight, congratulated Garcia warmly on "
     "Thursday.", "congratulated", "especially"),
    ("Mayor Tom Hale, particularly on the new budget, told reporters on Thursday that taxes would rise.", "told",
     "particularly"),
])
def test_a_set_off_comment_on_the_subject_is_left_out(text: str, verb: str, aside: str):
    ctx, clause = _clause(text, verb)
    assert aside not in [ctx.doc[i].lower_ for i in clause.subject]


def test_an_including_phrase_on_the_subject_stays():
    ctx, clause = _clause("Several temples and buildings, including the Orbix Tower, were destroyed in the quake on "
                          "Saturday.", "destroyed")
    assert "Orbix" in [ctx.doc[i].text for i in clause.subject]


@pytest.mark.parametrize("sentence, clause_word", [
    ("The senator's spokeswoman, Ann Cole, was in Chicago when the ruling was announced.", "announced"),
    ("The coach was in Madrid while the board voted on his contract.", "voted"),
])
def test_a_state_keeps_the_time_clause_that_bounds_it(sentence: str, clause_word: str):
    """'was in Chicago' cut from 'when the ruling was announced' asks where someone was at no stated time."""
    cut, whole = _restriction_found(sentence, clause_word)
    assert cut and whole is None


def test_a_statement_or_stem_keeps_the_time_of_a_state():
    lesson = _lesson("Court upholds mining ban",
                     "The Montana Supreme Court in Helena upheld a ban on open-pit mining on Tuesday, ending a "
                     "six-year fight.",
                     "The ruling came after a lower court in Billings sided with the company last year.",
                     "The company's high-profile lawyer, Ann Cole, was in Chicago when the verdict was read.",
                     "Residents of the valley cheered outside the courthouse, and protesters in Missoula and Denver "
                     "held rallies.")
    asked = [p for p in _prompts(lesson) if "lawyer" in p and " was in " in p]
    assert all("when" in p for p in asked), asked


def _restriction_found(sentence: str, word: str, from_head: bool = False):
    """What lost_restriction finds with the phrase of `word` (or of its head) cut away, and with nothing cut."""
    from quizgen.nlp import parse
    from quizgen.questions.complete import lost_restriction
    doc = parse(sentence)
    token = next(t for t in doc if t.lower_ == word)
    cut = {t.i for t in (token.head if from_head else token).subtree}
    everything = {t.i for t in doc}
    return lost_restriction(doc, everything - cut), lost_restriction(doc, everything)
