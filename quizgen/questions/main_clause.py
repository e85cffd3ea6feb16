"""The main happening of a long sentence: its main clause without the side clauses hung on it, and
whether the sentence tells the story's main happening (the lead, or the headline's words)."""
from __future__ import annotations

import dataclasses

from ..clauses import Clause, completes_object, conditional, needed_infinitive
from ..lexicon import content_words

# the lead: the first sentences of a news story carry its main happening
LEAD_SENTENCES = 3


def tells_main_story(ctx, sentence_id: int) -> bool:
    """A sentence of the lead, or one with two content words of the headline."""
    if sentence_id < LEAD_SENTENCES:
        return True
    title = content_words(getattr(getattr(ctx.parsed, "article", None), "title", "") or "", at_apostrophe=True)
    return len(title & content_words(ctx.parsed.sentences[sentence_id].text, at_apostrophe=True)) >= 2


# what a clause's main fact can do without: a clause of its own hung on the verb ("after luggage
# tripped pilgrims", asked by its own clause), a coordinated verb and its joining word
_SIDE_DEPS = frozenset({"advcl", "conj", "cc", "parataxis"})


def main_clause(clause: Clause) -> Clause:
    """The clause without the side clauses hung on its verb, and without an undated adjunct written
    before its subject ("After three hours of deliberation,", not "On Monday,"): the main happening
    alone. A clause with a condition ("if ...", "unless ...") keeps it: without it the happening
    would read as certain."""
    doc = clause.verb.doc
    side = _side_tokens(clause.verb)
    if any(doc[i].dep_ == "mark" and conditional(doc[i]) for i in side):
        return clause
    body = [i for i in clause.body if i not in side]
    while body and (doc[body[-1]].text in ",;:-\u2013\u2014" or doc[body[-1]].dep_ == "cc"):
        body = body[:-1]      # "reduce benefits and": the joining word of what was cut stays behind
    fronted = [i for i in clause.fronted if i not in side]
    return dataclasses.replace(clause, body=body, fronted=fronted if _dated(doc, fronted) else [])


def _side_tokens(verb) -> set[int]:
    # 'sent residents rushing into the streets': the participle completes the object, no side clause
    return {t.i for c in verb.children
            if (c.dep_ in _SIDE_DEPS and not needed_infinitive(c) and not completes_object(verb, c)) or _clause_in_prep(c)
            for t in c.subtree}


def _dated(doc, idxs: list[int]) -> bool:
    """A date or time written as one ('Monday', 'Sept. 7', '2005'), not 'a week'."""
    return any(doc[i].ent_type_ in ("DATE", "TIME") and doc[i].pos_ in ("PROPN", "NUM") for i in idxs)


def _clause_in_prep(tok) -> bool:
    """'after luggage from a bus tripped pilgrims': a preposition whose object is a clause, or one set
    off by a comma after the verb (an afterthought, not the main fact)."""
    if tok.dep_ != "prep":
        return False
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("pcomp", "pobj") for t in tok.children) or \
        (tok.i > tok.head.i and tok.doc[tok.i - 1].text == ",")


