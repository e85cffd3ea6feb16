"""True-false statements: a clause as the article says it, or with one fact swapped for a wrong one."""
from __future__ import annotations

from ..model import Question
from .clauses import pronoun_problem, statement
from .context import Context, phrase_in, question, word_count
from .distractors import stable_hash
from .lexicon import key
from .mentions import NAME_KINDS

_SWAP_ORDER = {"PERSON": 0, "COUNTRY": 0, "ORG": 1, "MEDIA": 1, "CITY": 1, "STATE": 1, "PLACE": 2,
               "DATE": 2, "NUMBER": 3, "MONEY": 3, "PERCENT": 3, "DURATION": 3, "QUANTITY": 4, "TIME": 3}


def generate(ctx: Context) -> list[Question]:
    out: list[Question] = []
    doc = ctx.doc
    for s in ctx.parsed.sentences:
        for clause in ctx.clauses.get(s.id, []):
            idxs = clause.subject + clause.body + clause.fronted
            group_tokens = {i for a, b in clause.group_span.items() for i in range(a, b)}
            if pronoun_problem(doc, sorted(idxs), group_tokens):
                continue
            if _opinion(clause.verb):
                continue
            true_text = statement(clause, doc)
            n = word_count(true_text)
            if n < 6 or n > 26 or len(clause.body) < 2:
                continue
            toks = set(clause.tokens)
            ments = [m for m in ctx.index.by_sentence.get(s.id, [])
                     if set(range(m.start, m.end)) <= toks and m.kind in _SWAP_ORDER and not m.modifier]
            ments.sort(key=lambda m: (_SWAP_ORDER[m.kind], m.start))
            want_false = bool(ments) and stable_hash("tf", true_text) % 2 == 0
            q = None
            if want_false or (ments and len(out) % 2 == 1):
                q = _false(ctx, clause, ments, true_text)
            if q is None:
                q = question("true_false", true_text, "True", s.id, choices=("True", "False"), focus="fact")
            out.append(q)
    return out


_OPINION_MODALS = {"should", "must", "ought", "might", "could", "may"}


def _opinion(verb) -> bool:
    """'... should raise red signals': a writer's judgement or a guess, not a checkable fact."""
    chain = [verb, *([verb.head] if verb.dep_ in ("xcomp", "conj") else [])]
    return any(c.dep_ == "aux" and c.lower_ in _OPINION_MODALS for v in chain for c in v.children)


def _false(ctx: Context, clause, ments, true_text: str) -> Question | None:
    doc = ctx.doc
    v = clause.verb
    for m in ments:
        if m.kind == "PERSON" and m.start > 0 and _is_title(doc[m.start - 1]):
            continue      # "Archbishop Desmond Tutu": another name would keep the wrong title
        if m.kind in NAME_KINDS:
            if m.full != m.text:
                continue
            # an organisation from a word list reads as absurd in a statement ("the state's Bank
            # of England"): swap only with names the article itself uses
            wrong = ctx.picker.names(m, 1, verb_lemma=v.lemma_.lower(),
                                     article_only=m.kind in ("ORG", "MEDIA"))
        else:
            wrong = ctx.picker.values(m, 1)
        if not wrong:
            continue
        w = wrong[0]
        # keep the article's own qualifiers ("about") and replace just the value
        a, b = m.start, m.end
        span_text = doc[a:b].text
        lead = span_text[: span_text.find(m.text)] if m.text in span_text else ""
        lead_tokens = len(lead.split())
        swap = {a + lead_tokens: (b, w)}
        text = statement(clause, doc, swap)
        if text == true_text or not _not_true_elsewhere(ctx, text, w, v.lemma_.lower(), clause.sentence_id):
            continue
        if phrase_in(m.text, text) and not phrase_in(m.text, w):
            continue      # the true value is still in the statement
        return question("true_false", text, "False", clause.sentence_id, choices=("True", "False"),
                        focus="fact", explanation=f"The article says: {true_text}")
    return None


_TITLE_WORDS = {"archbishop", "bishop", "pope", "king", "queen", "prince", "princess", "president",
                "prime", "minister", "chancellor", "senator", "governor", "mayor", "judge", "general",
                "captain", "capt.", "gen.", "sen.", "gov.", "rep.", "dr.", "mr.", "mrs.", "ms.", "sir",
                "dame", "lord", "lady", "rev.", "father", "sister", "coach", "chief", "secretary"}


def _is_title(tok) -> bool:
    return tok.lower_ in _TITLE_WORDS


def _not_true_elsewhere(ctx: Context, text: str, wrong: str, verb_lemma: str, sentence_id: int) -> bool:
    """The swapped statement must not be something another sentence of the article says."""
    wk = key(wrong)
    for s, span in zip(ctx.parsed.sentences, ctx.parsed.spans):
        if s.id == sentence_id:
            continue
        if wk and f" {wk} " in f" {ctx.index.sent_keys[s.id]} " and \
                any(t.lemma_.lower() == verb_lemma for t in span):
            return False
    return True
