"""Fill in the blank on the main clause of a long sentence: the key number or name of the lead or the
headline's story, the figure of any other sentence, blanked in the statement the clause model states completely."""
from __future__ import annotations

from ..model import Question
from ..nlp import text_of
from .context import Context, phrase_in, question, word_count
from .fill_blank import BLANK, LONGEST, accepted, blank_worthy, neutral_article
from .main_clause import main_clause, tells_main_story
from .true_false import stated, true_statement, value_swap, with_prefix

# what a blank on the main happening asks first: how many (killed, rescued), then who, then where
_ORDER = {"NUMBER": 0, "MONEY": 0, "PERCENT": 0, "PERSON": 1, "ORG": 1, "COUNTRY": 1, "MEDIA": 2,
          "CITY": 2, "STATE": 2, "PLACE": 2}
# away from the main story a long sentence is asked only for its figure (how many, how much): a
# name there is most often a passer-by (worth.py), while a figure is what the paragraph reports
_FIGURES = frozenset({"NUMBER", "MONEY", "PERCENT"})


def generate(ctx: Context) -> list[Question]:
    """One blank per long sentence (too long for a whole-sentence blank): on the main story's number
    or name, elsewhere on a figure."""
    out: list[Question] = []
    for s in ctx.parsed.sentences:
        if word_count(s.text) > LONGEST:
            q = _sentence_blank(ctx, s.id, _ORDER.keys() if tells_main_story(ctx, s.id) else _FIGURES)
            if q is not None:
                out.append(q)
    return out


def _sentence_blank(ctx: Context, sentence_id: int, kinds) -> Question | None:
    """The first clause (the main one first) that states completely and has a blank worth asking."""
    clauses = sorted(ctx.clauses.get(sentence_id, []), key=lambda c: c.verb.dep_ != "ROOT")
    for clause in clauses:
        made = true_statement(ctx, clause)
        if made is None:
            clause = main_clause(clause)
            made = true_statement(ctx, clause)
        if made is None:
            continue
        whole, prefix = made
        toks = set(clause.tokens)
        ments = [m for m in ctx.index.by_sentence.get(sentence_id, [])
                 if m.kind in kinds and not m.modifier and set(range(m.start, m.end)) <= toks]
        for m in sorted(ments, key=lambda m: (_ORDER[m.kind], m.start)):
            q = _blank(ctx, clause, m, whole, prefix)
            if q is not None:
                return q
    return None


def _blank(ctx: Context, clause, m, whole: str, prefix: str) -> Question | None:
    """The statement with the mention's value blanked (its qualifier, 'over', 'about', stays)."""
    doc = ctx.doc
    if not blank_worthy(doc, m) or whole.count(m.text) != 1 or m.text not in doc[m.start:m.end].text:
        return None
    prompt = with_prefix(prefix, stated(clause, doc, value_swap(doc, m, BLANK)))
    if prompt.count(BLANK) != 1 or phrase_in(m.text, prompt) or prompt.replace(BLANK, m.text) != whole:
        return None      # the blank must stand exactly where the value stood in the stated clause
    return question("fill_blank", neutral_article(prompt), m.text, clause.sentence_id, focus=m.coarse,
                    accept=accepted(m.text, m.full, text_of(doc)))
