"""Stems and statements keep what restricts their nouns; misread clauses and twice-dated happenings give no key."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from quizgen.clauses import Clause
from quizgen.questions import candidates, ranked_candidates
from quizgen.questions.checks import article_key_problem
from quizgen.questions.complete import misread_clause
from quizgen.questions.context import make_context

PUBLISHED = "2015-09-22"      # a Tuesday


def _prompts(parsed) -> list[str]:
    return [q.prompt for q in candidates(make_context(parsed)) if q.type in ("true_false", "multiple_choice")]


def test_an_object_keeps_its_restrictive_relative_clause(parsed_of):
    """'fined three banks that broke the lending rules' is not cut to 'fined three banks' (a true/false
    statement) nor asked as 'How many banks did it fine?': the banks fined are only those that broke them."""
    parsed = parsed_of("Britain's Office of Fair Trading fined three banks that broke the lending rules on Monday. "
                       "The fines total 40 million pounds, the largest sum in a decade.")
    prompts = _prompts(parsed)
    assert not any("fine" in p and "banks" in p and "rules" not in p for p in prompts), prompts
    assert any("fines total" in p for p in prompts), prompts      # the rest of the article is still asked


def test_a_verb_read_as_a_noun_phrase_gives_no_stem(parsed_of):
    """'Norway is mainly Lutheran and the United Nations rates the Sami ...' misparsed as one clause gives
    'Which country is mainly Lutheran and the United Nations rates ...?', a stem no one can answer."""
    parsed = parsed_of("Norway is mainly Lutheran and the United Nations rates the Sami among the region's most "
                       "protected groups.")
    assert not any("rates the Sami" in p for p in _prompts(parsed))


def test_a_subject_borrowed_across_tenses_is_not_used(parsed_of):
    """'Wikinews observed the exhibit identifies and features Polaroids' read as 'Wikinews features
    Polaroids': the past and the present verb do not share the subject."""
    parsed = parsed_of("Wikinews observed the Lakeside exhibit identifies and features Polaroids of the fashion "
                       "designer Halston Grey, a former resident of Evansville.")
    assert not any(p.startswith("Wikinews") and "Polaroids" in p for p in _prompts(parsed))


def test_a_happening_dated_twice_gives_no_when_question(parsed_of):
    """'Yesterday Pike received a medal at the fair' beside 'Pike was a guest at the fair this weekend':
    'two days ago' is defensible too, so no when question; with one date it is asked."""
    twice = ("Yesterday Dana Pike received a gold medal at the Riverside Science Fair in Ohio. The fair drew "
             "large crowds. Pike was a guest of honour at the Riverside Science Fair in Ohio this weekend, and "
             "she met the judges.")
    once = twice.split(" Pike was")[0]
    asked = [q.prompt for q in ranked_candidates(parsed_of(once)) if q.prompt.startswith("When did Dana Pike")]
    assert asked
    assert not any(q.prompt.startswith("When did Dana Pike") for q in ranked_candidates(parsed_of(twice)))


def test_a_wrong_option_the_article_says_alike_kills_the_question(parsed_of):
    """'Who will serve on the audit review committee?' with Tom Briggs offered as wrong, when the article
    says 'The audit review committee will also include Raj Patel and Tom Briggs': two right options."""
    body = ("Ann Cole will serve on the audit review committee of Halden Bank, the bank said on Monday. Shares of "
            "Halden Bank rose 4% in Oslo. The audit review committee will also include Raj Patel and Tom Briggs, a "
            "bank spokesman said. Lisa Moreno, the chief executive, declined to comment.")
    bank = [q.prompt for q in ranked_candidates(parsed_of(body))]
    assert not any(p.startswith("Who will serve on the audit review committee") for p in bank), bank
    assert any(p.startswith("Who declined to comment") for p in bank), bank


def test_a_first_keeps_its_infinitive(parsed_of):
    """'became the first monarch to retire in three centuries on Friday' is not cut to 'became the first
    monarch on Friday': without its infinitive the 'first' is false; the subject's own infinitive stays too."""
    parsed = parsed_of("Queen Mara of Norland became the first monarch to retire in three centuries on Friday. "
                       "The remaining plants to be sold are the Dunmore Steel Works, a mill owned by Carter Group.")
    prompts = _prompts(parsed)
    assert not any("first monarch" in p and "retire" not in p for p in prompts), prompts
    assert not any(p.startswith("The remaining plants are") for p in prompts), prompts


def test_a_span_given_two_ways_gives_no_key_for_its_start(parsed_of):
    """'from 2004 to 2009' in one sentence and 'from 2006 to 2009' of the same arrears in another: a blank
    for either start has two right answers."""
    first = ("The town told 40 churches to settle unpaid taxes in arrears for the period from 2004 to 2009, "
             "officials said. Shares in the region fell. ")
    second = ("The new rule is not retroactive, so the unpaid taxes claimed in arrears from 2006 to 2009 fall "
              "under the old levy, the mayor said on Monday. The churches have until March to appeal.")

    def blanks(parsed) -> list:
        return [q for q in candidates(make_context(parsed)) if "from _____ to 2009" in q.prompt]
    both, alone = parsed_of(first + second), parsed_of(second)
    assert blanks(both) and all(article_key_problem(q, both) for q in blanks(both))
    assert blanks(alone) and not any(article_key_problem(q, alone) for q in blanks(alone))


def test_a_statement_cut_at_a_clause_opener_is_refused(parse):
    """'According to Ms. Vale, the bank was sold in 1987 when.': the clause after 'when' was cut away."""
    from quizgen.model import Question
    from quizgen.questions.checks import answer_key_problem
    sentence = parse("Ms. Vale said the bank was sold in 1987 when rates rose.")
    q = Question(id="t1", type="true_false", prompt="According to Ms. Vale, the bank was sold in 1987 when.",
                 answer="True", sentence_id=0, choices=("True", "False"))
    assert answer_key_problem(q, sentence[:]) is not None



def test_a_subject_hung_on_a_modifier_is_a_misread_clause():
    """The parser's split of "the king's son and heir apparent Olav will take the crown": 'son' made the
    subject of the adverb 'apparent'. A statement built from it would move 'son and heir apparent' to its end."""
    words = ["the", "king", "'s", "son", "and", "heir", "apparent", "Olav", "will", "take", "the", "crown", "."]
    heads = [1, 3, 1, 6, 3, 3, 9, 9, 9, 9, 11, 9, 9]
    deps = ["det", "poss", "case", "nsubj", "cc", "conj", "advmod", "nsubj", "aux", "ROOT", "det", "dobj", "punct"]
    pos = ["DET", "PROPN", "PART", "NOUN", "CCONJ", "NOUN", "ADJ", "PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    clause = Clause(verb=doc[9], subject=[7], body=[8, 9, 10, 11], fronted=[], sentence_id=0)
    kept = set(range(len(words) - 1))
    assert misread_clause(doc, clause, kept) == "a second subject hangs on a modifier"
