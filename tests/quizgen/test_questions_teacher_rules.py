"""Rules from a teacher's review: real speakers, real people, facts that stand alone, options of the answer's kind."""
from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest

from quizgen.questions import multiple_choice, order_events, true_false, when, who_said
from quizgen.lexicon import key, load
from quizgen.questions.timeline import label_problem

pytestmark = pytest.mark.slow


PUBLISHED = "2018-02-16"      # publication date of the short texts below


def _leader_names() -> set[str]:
    """Heads of state and government (tests/data/world_leaders.tsv): names no option may bring in unasked."""
    rows = (Path(__file__).parent.parent / "data" / "world_leaders.tsv").read_text(encoding="utf-8").splitlines()
    return {key(r.split("\t")[0]) for r in rows if r and not r.startswith("#")}


# ------------------------------------------------------------------ speakers and people
OBITUARY = (
    "Margaret Ellery, an engineer who designed bridges, died on Saturday at her home in Tynemouth.\n\n"
    "Her best-known work, the Elswick Crossing, a steel arch footbridge over the Tyne, opened in 1974. "
    "From 1978 to 1993 she ran her own firm, Ellery Structures, which employed 40 engineers.\n\n"
    "\"She never raised her voice, and she never lost an argument,\" said Alan Pryce, who worked for her. "
    "\"If Margaret said a beam would hold, it held.\"\n\n"
    "Her son, Tom Ellery, said she had been ill. Her daughter, Claire Webb, lives in Leeds.\n\n"
    "She told students that a bridge \"is a promise that somebody will get home safely.\"")


@pytest.fixture(scope="module")
def obituary(context_of):
    return context_of(OBITUARY, "2016-10-04")


def test_a_name_inside_the_quotation_is_not_the_speaker(obituary):
    qs = who_said.generate(obituary)
    beam = [q for q in qs if "beam would hold" in q.prompt]
    assert beam and all(q.answer == "Alan Pryce" for q in beam)
    assert all("Margaret" not in c for q in beam for c in q.choices)


def test_structures_and_firms_tagged_as_people_are_not_people(obituary):
    people = {m.full for m in obituary.index.of_kind("person")}
    assert "Alan Pryce" in people
    assert not any("Crossing" in p or "Structures" in p or p == "Tyne" for p in people)
    for q in who_said.generate(obituary) + multiple_choice.generate(obituary):
        assert not any("Crossing" in c or "Structures" in c for c in q.choices or ())


def test_quotes_conditionals_and_metaphors_are_not_true_false_facts(obituary):
    prompts = [q.prompt for q in true_false.generate(obituary)]
    assert prompts
    assert not any("beam" in p or "promise" in p or "raised her voice" in p for p in prompts)


# ------------------------------------------------------------------ true/false that stand on their own
QUAKE = (
    "A magnitude 6.1 earthquake struck the southern Peruvian region of Arequipa on Thursday, killing at "
    "least 12 people and injuring more than 140.\n\n"
    "\"The whole house moved like a boat, and then the roof came down,\" said Rosa Quispe, 44, a farmer.\n\n"
    "Southern Peru sits above the boundary where the Nazca plate slides beneath South America. "
    "The magnitude 8.4 earthquake of June 23, 2001, killed more than 100 people in Arequipa.\n\n"
    "Luis Mamani, who leads the fire brigade in Chivay, told reporters that aftershocks may continue. "
    "\"A wall that survived the first shock can fall on the second,\" he said. "
    "Older homes in Chivay can crumble in seconds when the ground shakes.\n\n"
    "Peru's prime minister declared a 60-day state of emergency in four provinces on Friday. "
    "The Peruvian Red Cross said it had flown 2,000 blankets from Lima on Friday. "
    "The Colca Valley draws about 250,000 tourists a year.")


@pytest.fixture(scope="module")
def quake(context_of):
    return context_of(QUAKE)


def test_similes_fragments_and_modal_clauses_make_no_statements(quake):
    prompts = [q.prompt for q in true_false.generate(quake)]
    assert prompts
    for p in prompts:
        assert "like a boat" not in p
        assert p != "Southern Peru sits above the boundary."
        assert "the second" not in p and "can crumble" not in p


def test_unresolved_definite_phrase_is_caught(quake):
    from quizgen.questions.clauses import unresolved_definite
    doc = quake.doc
    sent = next(sp for sp in quake.parsed.spans if "boundary" in sp.text)
    idxs = [t.i for t in sent if t.i <= next(t.i for t in sent if t.text == "boundary")]
    sid = next(s.id for s, sp in zip(quake.parsed.sentences, quake.parsed.spans) if sp is sent)
    assert unresolved_definite(doc, idxs, quake.seen_before(sid))


def test_number_options_count_the_same_thing_and_keep_the_qualifier(quake):
    qs = multiple_choice.generate(quake)
    killed = [q for q in qs if q.prompt.startswith("How many people") and "2001" in q.prompt]
    assert killed
    q = killed[0]
    assert q.answer == "more than 100"
    for c in q.choices:
        assert c.startswith("more than ")
        if c != q.answer:
            assert float(c.split()[-1].replace(",", "")) > 100      # never an option that is also true
        assert "6.1" not in c and "8.4" not in c
    tourists = [q for q in qs if q.prompt.startswith("How many tourists")]
    assert tourists and tourists[0].prompt == "How many tourists a year does the Colca Valley draw?"
    assert tourists[0].answer == "about 250,000"
    for tf in true_false.generate(quake):
        assert "6.1 tourists" not in tf.prompt and "8.4 people" not in tf.prompt


def test_magnitude_has_its_own_unit(quake):
    units = {m.text: m.unit for m in quake.index.mentions if m.kind == "NUMBER"}
    assert units.get("6.1") == "magnitude"
    assert units.get("12") == "people"
    assert quake.picker.values(next(m for m in quake.index.mentions if m.text == "12"), 3)
    assert all("6.1" not in v for v in quake.picker.values(
        next(m for m in quake.index.mentions if m.text == "12"), 3))


def test_no_world_leaders_for_people_who_are_not_heads_of_state(quake):
    leaders = _leader_names()
    qs = who_said.generate(quake) + multiple_choice.generate(quake) + true_false.generate(quake)
    # two people speak here and the third source is a body: no who-said question rather than a body
    # among people (tests/quizgen/test_questions_teacher_rules2.py), so the check runs on the other kinds
    assert any(q.type == "multiple_choice" and q.focus == "who" for q in qs) or \
        any(q.type == "true_false" for q in qs)
    for q in qs:
        for c in q.choices or ():
            assert key(c) not in leaders, q
        assert not any(key(n) in key(q.prompt) for n in ("Xi Jinping", "Donald Trump"))


def test_no_world_leader_the_story_does_not_name_even_for_a_head_of_state(context_of):
    ctx = context_of("Chinese President Xi Jinping spoke to Russian President Vladimir Putin on Wednesday. "
                     "Russia invaded Ukraine on Feb. 24. Anna Berg, a teacher in Kyiv, said schools were shut.",
                     "2022-06-16")
    named = {key(m.full) for m in ctx.index.mentions}
    leaders = _leader_names()
    for who in ("Xi Jinping", "Anna Berg"):
        person = next(m for m in ctx.index.mentions if m.full == who)
        assert not any(key(n) in leaders and key(n) not in named for n in ctx.picker.names(person, 3))


# ------------------------------------------------------------------ organisations
def test_organisation_lists_only_for_the_same_type(context_of):
    ctx = context_of("The State Department said on Monday that it would review the visa rules. "
                     "Officials at the Department of Labor said the review would take weeks. "
                     "Acme Corp. said the rules cost it $3 million last year.", "2022-06-16")
    state = next(m for m in ctx.index.mentions if m.full.endswith("State Department"))
    opts = ctx.picker.names(state, 3)
    listed = {key(o) for o, _ in load().organisations}
    assert not any(key(o) in listed for o in opts), opts


def test_national_variants_prefer_the_articles_nationalities(context_of):
    ctx = context_of("\u201cWe support each other,\u201d the Chinese Foreign Ministry said on Wednesday. "
                     "Russia invaded Ukraine on Feb. 24. Ukrainian officials said talks had stalled.",
                     "2022-06-16")
    variants = [t for _, t in ctx.picker.national_variants("Chinese Foreign Ministry")]
    assert variants[:2] and set(variants[:2]) <= {"Russian Foreign Ministry", "Ukrainian Foreign Ministry"}
    assert not any(v.startswith("Uzbek") for v in variants)


# ------------------------------------------------------------------ who said: limits, attributed statements
def test_at_most_two_questions_per_speaker(context_of):
    quotes = ["We will rebuild the school by spring", "The river rose faster than anyone expected",
              "Every family has been offered a room", "The new bridge will open in March",
              "Volunteers worked through the night"]
    body = " ".join(f"\u201c{q},\u201d said Maria Lopez, the mayor." for q in quotes)
    body += " \u201cThe roads are closed,\u201d said Pedro Gil, a driver. \u201cWe lost two trucks,\u201d said Lia Sousa."
    qs = who_said.generate(context_of(body))
    assert sum(1 for q in qs if q.answer == "Maria Lopez") == who_said.PER_SPEAKER == 2


def test_quoted_readout_becomes_an_attributed_statement(context_of):
    ctx = context_of("\u201cRussia supports the security initiative proposed by China,\u201d the Chinese "
                     "Foreign Ministry said in a readout of the call on Wednesday. Russia invaded Ukraine on "
                     "Feb. 24. China sent food to Ukraine in March.", "2022-06-16")
    prompts = [q.prompt for q in true_false.generate(ctx)]
    quoted = [p for p in prompts if "security initiative" in p]
    assert quoted and all(p.startswith("According to the Chinese Foreign Ministry, ") for p in quoted)


# ------------------------------------------------------------------ timeline labels
def test_labels_with_their_own_date_or_cut_short_make_no_questions(context_of):
    ctx = context_of("After graduating she was turned down by seven firms before joining Hargreave & Lyle "
                     "in June 1953. The magnitude 8.4 earthquake of June 23, 2001, killed more than 100 "
                     "people. She recalled in a 2011 interview that the huts had no toilets. "
                     "Russia invaded Ukraine on Feb. 24, 2022. Rescue teams reached the village on Friday.",
                     "2022-06-16")
    span = ctx.parsed.spans
    assert label_problem("The magnitude 8.4 earthquake of June 23, 2001", "June 23, 2001", span[1])
    assert label_problem("She was turned down by seven firms before joining", "June 1953", span[0])
    assert label_problem("She recalled", "2011", span[2])
    assert label_problem("Russia invaded Ukraine", "Feb. 24, 2022", span[3]) is None
    items = [c for q in order_events.generate(ctx) for c in q.choices]
    prompts = [q.prompt for q in when.generate(ctx)]
    assert not any("2001" in c or c.endswith("joining") for c in items)
    assert not any(p.endswith("joining?") or p.endswith("recall?") for p in prompts)


def test_when_options_are_not_after_publication(context_of):
    ctx = context_of("A smaller tremor earlier this month cracked the walls of a school in Chivay. "
                     "Rescue teams reached the village of Achoma on Friday. "
                     "The region was recovering from a quake on Jan. 14.")
    pub = _dt.date(2018, 2, 16)
    for q in when.generate(ctx):
        for c in q.choices:
            for fmt in ("%B %d, %Y", "%B %Y", "%Y"):
                try:
                    d = _dt.datetime.strptime(c, fmt).date()
                except ValueError:
                    continue
                assert (d.year, d.month) <= (pub.year, pub.month), (q.prompt, c)
