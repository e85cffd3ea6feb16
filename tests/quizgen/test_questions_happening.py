"""'What did X do?' on the main happening of the lead: the named actor's deed, with deeds of other named
actors of the article, in the same plain past, as wrong options."""
from __future__ import annotations

from quizgen import kinds
from quizgen.questions import happening

# other named actors' deeds, each naming something, far enough from the lead to be wrong options
_LATER = ("The weather was mild. Officials met again. "
          "Norway opened a new embassy in Nairobi. Oxfam delivered grain to Mombasa. "
          "Brazil signed a trade deal with Chile. The Red Cross sent nurses to Kisumu. "
          "Uganda hired 300 new teachers.")


def _asked(context_of, lead: str):
    return [q for q in happening.generate(context_of(lead + " " + _LATER)) if q.sentence_id == 0]


def test_the_leads_deed_is_asked_with_other_actors_deeds(context_of):
    qs = _asked(context_of, "Kenya closed the border crossing at Busia on Tuesday.")
    assert [(q.prompt, q.answer, q.type) for q in qs] == [
        ("What did Kenya do?", "closed the border crossing at Busia on Tuesday", "multiple_choice")]
    wrong = set(qs[0].choices) - {qs[0].answer}
    # deeds naming a place, like the answer: not 'hired 300 new teachers'
    assert len(wrong) == 3 and not any("teachers" in w for w in wrong)


def test_a_dated_opening_goes_into_the_question(context_of):
    qs = _asked(context_of, "On Tuesday, Kenya closed the border crossing at Busia.")
    assert [(q.prompt, q.answer) for q in qs] == [("What did Kenya do on Tuesday?", "closed the border crossing at Busia")]


def test_no_question_on_a_described_actor_a_quotation_or_a_possibility(context_of):
    for lead in ("The firm closed the border crossing at Busia on Tuesday.",      # 'the firm': which?
                 '"Kenya closed the border crossing at Busia," a trader said.',    # someone's words
                 "Kenya may close the border crossing at Busia on Tuesday.",       # not a plain past
                 "Kenya did not close the border crossing at Busia on Tuesday."):  # a negation
        assert _asked(context_of, lead) == [], lead


def test_a_described_actors_deed_is_no_wrong_option(context_of):
    # 'the agency' may be the asked actor itself: its deed could be a second right answer
    body = ("Kenya closed the border crossing at Busia on Tuesday. The weather was mild. "
            "The agency opened a new office in Nairobi. Oxfam delivered grain to Mombasa. "
            "Brazil signed a trade deal with Chile. The Red Cross sent nurses to Kisumu. "
            "Tanzania built a new road to Arusha. Norway opened a new embassy in Nairobi.")
    qs = [q for q in happening.generate(context_of(body)) if q.sentence_id == 0]
    assert qs and "opened a new office in Nairobi" not in qs[0].choices and len(qs[0].choices) == 4


def test_multiple_choice_runs_the_deed_generator_too():
    assert "happening" in kinds.get("multiple_choice").more_generators


def test_a_deed_far_from_the_lead_and_the_headline_is_not_asked(context_of):
    body = ("The weather was mild. Officials met again. Roads were open. Shops were busy. " + _LATER +
            " Kenya closed the border crossing at Busia on Tuesday.")
    ctx = context_of(body)
    last = len(ctx.parsed.sentences) - 1
    assert [q for q in happening.generate(ctx) if q.sentence_id == last] == []


def test_a_present_perfect_lead_is_asked_as_the_deed_it_reports(context_of):
    qs = _asked(context_of, "Kenya has closed the border crossing at Busia.")
    assert [(q.prompt, q.answer) for q in qs] == [("What did Kenya do?", "closed the border crossing at Busia")]
    assert len(set(qs[0].choices)) == 4


def test_an_irregular_perfect_becomes_its_past_and_a_state_is_no_deed(context_of):
    qs = _asked(context_of, "Kenya has taken control of the border crossing at Busia.")
    assert [q.answer for q in qs] == ["took control of the border crossing at Busia"]
    for lead in ("Kenya has been a partner of Uganda.", "Kenya will have closed the border at Busia."):
        assert _asked(context_of, lead) == [], lead


_DONE_TO = ("The weather was mild. Officials met again. "
            "Mr. Odhiambo was elected mayor of Nairobi. Safaricom was fined by regulators in Mombasa. "
            "Ms. Wanjiru was appointed envoy to Chile. The Red Cross was thanked in Kisumu. "
            "Uganda hired 300 new teachers.")


def test_a_passive_lead_is_asked_what_happened_to_its_subject(context_of):
    ctx = context_of("Mr. Kamau was arrested in Busia on Tuesday. " + _DONE_TO)
    qs = [q for q in happening.generate(ctx) if q.sentence_id == 0]
    assert [(q.prompt, q.answer) for q in qs] == [("What happened to Mr. Kamau?", "was arrested in Busia on Tuesday")]
    # things done to others, in the same 'was': no active deed, no 'were'
    assert all(c.startswith("was ") for c in qs[0].choices) and len(set(qs[0].choices)) == 4


def test_a_passive_with_were_gets_no_options_in_was(context_of):
    ctx = context_of("The Kamau brothers were arrested in Busia on Tuesday. " + _DONE_TO)
    assert [q for q in happening.generate(ctx) if q.sentence_id == 0] == []
