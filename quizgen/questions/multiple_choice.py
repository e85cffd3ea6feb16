"""Multiple choice who / what / where / when / how many, asked as real questions about one clause."""
from __future__ import annotations

from ..index import NAME_KINDS, Mention
from ..model import Question
from ..wordlists import word_set
from .clauses import Clause, agent_question, fronted_question, inside_brackets, pronoun_problem, subject_question
from .context import Context, phrase_in, question, word_count
from .distractors import org_noun, qualified, shuffled

_PLACE = {"COUNTRY", "CITY", "STATE", "PLACE"}
_WHERE_PREPS = word_set("where_prepositions")
_PREPS_NOT_ASKED = word_set("prepositions_not_asked")
_DATE_PREPS = {"on", "in", "at", "during"}
_TITLE_DEPS = {"det", "compound", "amod", "poss", "case", "punct", "nummod", "quantmod", "advmod"}


def which(m: Mention) -> str:
    """The question word for a mention's kind."""
    if m.kind == "PERSON":
        return "who"
    if m.kind == "COUNTRY":
        return "which country"
    if m.kind == "CITY":
        return "which city"
    if m.kind == "STATE":
        return "which state"
    if m.kind == "PLACE":
        return "which place"
    if m.kind == "MEDIA":
        return "which news organization"
    if m.kind == "ORG":
        return "which " + org_noun(m.text)
    return "what"


def generate(ctx: Context) -> list[Question]:
    out = []
    for s in ctx.parsed.sentences:
        for clause in ctx.clauses.get(s.id, []):
            for m in ctx.index.by_sentence.get(s.id, []):
                q = _for_mention(ctx, clause, m)
                if q is not None:
                    out.append(q)
    return out


def _in_clause_chain(tok, verb) -> bool:
    """The token's head is the clause verb or an xcomp verb hanging from it ("agreed to lend")."""
    h = tok
    while h.dep_ == "xcomp" and h.head.i != h.i:
        h = h.head
        if h.i == verb.i:
            return True
    return tok.i == verb.i


def _for_mention(ctx: Context, clause: Clause, m: Mention) -> Question | None:
    doc = ctx.doc
    ment = set(range(m.start, m.end))
    toks = set(clause.tokens)
    if not ment <= toks:
        return None
    if m.kind in NAME_KINDS and m.full != m.text or m.modifier:
        return None          # a short name ("Xi") would stand out among full names
    root = doc[m.start:m.end].root
    v = clause.verb
    wh = None
    mode = None
    remove: set[int] = set()
    extra = {}
    plural_subject = False
    if root.i in clause.subject:
        rest = [i for i in clause.subject if i not in ment]
        head_tok = next((doc[i] for i in clause.subject if doc[i].dep_ in ("nsubj", "nsubjpass")), None)
        if head_tok is not None and head_tok.i in ment and \
                all(doc[i].dep_ in _TITLE_DEPS or doc[i].ent_type_ == "NORP" for i in rest) and \
                not any(c.dep_ == "conj" for c in head_tok.children):
            if m.kind in NAME_KINDS:
                wh, mode = which(m), "subject"
            elif m.kind in ("MONEY",):
                wh, mode = "how much", "subject"
        elif m.kind in NAME_KINDS - {"PERSON"} and root.dep_ == "pobj" and root.head.lower_ in ("of", "from", "at", "in"):
            # nested in the subject: "Members of which club cheered ...?"
            a, b = m.start, m.end
            while a > 0 and doc[a - 1].dep_ == "det" and doc[a - 1].head.i == root.i:
                a -= 1
            extra = {a: (b, which(m))}
            mode = "inplace"
        if head_tok is not None and (head_tok.tag_ in ("NNS", "NNPS") or
                                     any(c.dep_ == "conj" for c in head_tok.children)):
            plural_subject = True
        if mode == "subject" and m.kind == "PERSON" and root.tag_ == "NNPS":
            return None
    elif root.dep_ == "dobj" and _in_clause_chain(root.head, v):
        unit = {t.i for t in root.subtree} & toks
        if not _only_det(doc, unit - ment):
            return None
        remove = unit
        if m.kind in NAME_KINDS:
            wh, mode = which(m), "front"
        elif m.kind == "MONEY":
            wh, mode = "how much", "front"
    elif root.dep_ == "pobj" and root.head.dep_ in ("prep", "agent") and _in_clause_chain(root.head.head, v):
        prep = root.head
        if any(c.i != root.i for c in prep.children):
            return None       # "with X as pilot": the preposition carries more than its object
        unit = {t.i for t in root.subtree} & toks
        if not _only_det(doc, unit - ment):
            return None
        if m.kind in _PLACE and prep.lower_ in _WHERE_PREPS:
            wh, mode, remove = "where", "front", unit | {prep.i}
        elif m.kind in ("DATE",) and prep.lower_ in _DATE_PREPS:
            wh, mode, remove = "when", "front", unit | {prep.i}
        elif m.kind == "TIME" and prep.lower_ == "at":
            wh, mode, remove = "at what time", "front", unit | {prep.i}
        elif m.kind == "DURATION" and prep.lower_ == "for":
            wh, mode, remove = "how long", "front", unit | {prep.i}
        elif m.kind in NAME_KINDS and prep.dep_ == "agent":
            wh, mode, remove = which(m), "agent", unit | {prep.i}     # asked in the active voice
        elif m.kind in NAME_KINDS and prep.lower_ not in _PREPS_NOT_ASKED:
            wh, mode, remove = which(m), "front", unit      # the preposition stays: "Who did X speak to?"
    elif m.kind in ("DATE", "TIME") and root.dep_ in ("npadvmod", "tmod") and _in_clause_chain(root.head, v):
        unit = {t.i for t in root.subtree} & toks
        wh, mode, remove = ("when" if m.kind == "DATE" else "at what time"), "front", unit
    elif m.kind in ("NUMBER",) and root.dep_ == "nummod":
        noun = root.head
        if noun.tag_ not in ("NNS", "NNPS") or noun.i not in toks:
            return None
        unit = {t.i for t in noun.subtree} & toks
        # the number's own "the"/"about" go, a determiner further in stays ("tourists a year")
        kept = sorted(i for i in unit if i not in ment and not (
            doc[i].dep_ in ("det", "quantmod") and doc[i].head.i in (noun.i, root.i)))
        from .clauses import render
        phrase = "how many " + render(doc, kept)
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == v.i:
            extra = {min(unit): (max(unit) + 1, phrase)}
            mode = "inplace"
            plural_subject = False
        elif noun.dep_ == "dobj" and _in_clause_chain(noun.head, v):
            wh, mode, remove = phrase, "front", unit
        else:
            return None
    if mode is None:
        return None
    if mode in ("front", "agent"):
        remove = remove | ment      # the whole value goes, its unit word too ("26 trillion won")
    if inside_brackets(doc, m.start):
        return None                 # "(130 kph)" restates another unit: a conversion, not reading
    # build the prompt
    if mode == "subject":
        prompt = subject_question(clause, doc, wh.capitalize(), plural_subject)
        left = [i for i in clause.body + clause.fronted]
    elif mode == "front":
        if v.tag_ in ("VBN", "VBG") and not any(c.dep_ in ("aux", "auxpass") for c in v.children):
            return None
        prompt = fronted_question(clause, doc, wh.capitalize(), remove)
        left = [i for i in clause.subject + clause.body + clause.fronted if i not in remove]
    elif mode == "agent":
        prompt = agent_question(clause, doc, wh.capitalize(), remove)
        left = [i for i in clause.subject + clause.body + clause.fronted if i not in remove]
    else:  # inplace, inside the subject: no inversion
        from .clauses import render, _replacements
        rep = _replacements(clause)
        rep.update(extra)
        text = render(doc, clause.subject + clause.body + clause.fronted, rep)
        prompt = text[:1].upper() + text[1:] + "?"
        left = [i for i in clause.subject + clause.body + clause.fronted
                if not any(a <= i < b for a, (b, _) in extra.items())]
    if not prompt:
        return None
    group_tokens = {i for s0, e0 in clause.group_span.items() for i in range(s0, e0)}
    if pronoun_problem(doc, sorted(left), group_tokens):
        return None
    n = word_count(prompt)
    if n < 4 or n > 30:
        return None
    answer = m.text
    numeric = m.kind in ("NUMBER", "MONEY", "PERCENT", "QUANTITY", "DURATION")
    if numeric and m.qualifier:
        answer = qualified(m.text, m.qualifier)      # "more than 100", as the article says it
    if phrase_in(answer, prompt) or phrase_in(m.text, prompt):
        return None
    if m.kind in NAME_KINDS:
        dis = ctx.picker.names(m, 3, verb_lemma=v.lemma_.lower())
        if m.kind == "ORG" and len(dis) == 3:
            noun = org_noun(m.text)
            if noun != "organization" and any(org_noun(d) != noun for d in dis):
                # the options are not all of the kind the question names: ask more generally
                generic = "organization"
                prompt = prompt.replace(f"which {noun}", f"which {generic}").replace(
                    f"Which {noun}", f"Which {generic}")
    else:
        dis = ctx.picker.values(m, 3)
        if numeric and m.qualifier:
            dis = [qualified(d, m.qualifier) for d in dis]
    if len(dis) < 3 or any(phrase_in(d, prompt) for d in dis):
        return None
    choices = tuple(shuffled([answer, *dis], prompt))
    focus = {"who": "who", "where": "where", "when": "when", "at what time": "time",
             "how long": "duration", "how much": "number"}.get(wh or "", "")
    if not focus:
        focus = "how many" if (wh or "").startswith("how many") or (extra and "how many" in
                                                                   next(iter(extra.values()))[1]) \
            else ("which " + m.coarse)
    return question("multiple_choice", prompt, answer, clause.sentence_id, choices=choices, focus=focus)


def _only_det(doc, idxs: set[int]) -> bool:
    return all(doc[i].dep_ in ("det", "quantmod", "advmod", "case") for i in idxs)
