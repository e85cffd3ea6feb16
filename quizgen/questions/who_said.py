"""Who said it: attributed quotes and readouts, the speaker among other people or bodies of the article."""
from __future__ import annotations

import re

from ..completeness import reparse
from ..syntax import SUBJECT_DEPS
from ..index import NAME_KINDS, Mention, wordnum
from ..lexicon import key, word_at
from ..model import Question
from ..wordlists import pattern, word_set
from .attributions import SPEAKER_KINDS
from .context import Context, phrase_in, question
from .distractors import (distinct, even_name_forms, even_titles, fits_kind, name_tokens, one_name_each, org_noun,
                          shuffled, used_as_person)
from .unlikely_speakers import unlikely_speakers
from .worth import PASSER_BY, passer_by

_SAID_FORMS = word_set("said_forms")
_NAME_SUFFIXES = word_set("name_suffixes")
_CHILD_NOUNS = word_set("child_nouns")
_HARMED_VERBS = word_set("harmed_verbs")
_HARM_NOUNS = word_set("harm_nouns")
_SILENT_ROLES = word_set("unquoted_role_nouns")
_CUT_ENDINGS = word_set("clause_cut_endings")
# bodies that rule or vote but are not quoted as a voice of their own (a county court is quoted for its rulings, not as a voice)
_UNQUOTED_BODIES = word_set("unquoted_bodies")
# 'our Nestle Foods', 'we at Acme': the quotation names the speaker's own organisation
_OWN_BODY = re.compile(r"\b(?:[Oo]ur|[Ww]e at)\s+([A-Z][\w&'’-]+)")
_DYING_VERBS = frozenset({"die", "drown"})
ADULT_AGE = 18
_AGE_BEFORE = re.compile(r"\b(\w+)-year-old(?:\s+[A-Za-z]+){0,2}\s*$")   # "6-year-old (Cuban rafter) Elian"
_AGE_AFTER = re.compile(r"^\s*,\s*(?:(?:an?|the)\s+)?(?:(\d{1,2})\s*,|(\w+)-year-old)")  # "Elian, 6," / ", the six-year-old"
_NOUN_AFTER = re.compile(r"^\s*,\s*(?:an?|the)\s+(\w+)(?:\s+(\w+))?")        # "Tom, a (young) boy,"


_POSSESSIVE = re.compile(r"['\u2019]s\b")

_NOT_NAME_START = frozenset({"AUX", "VERB", "PRON", "ADV", "SCONJ", "CCONJ", "ADP"})
PER_SPEAKER = 2      # more quotes of one speaker make near-identical questions


def _sources(ctx: Context) -> list[Mention]:
    """Everyone the article reports as saying something, quoted or not ("the Red Cross said it had
    flown...", "according to the Geophysical Institute"): fair options for who said a quotation."""
    out = []
    for s, span in zip(ctx.parsed.sentences, ctx.parsed.spans):
        ments = [m for m in ctx.index.by_sentence.get(s.id, []) if m.kind in SPEAKER_KINDS]
        heads = [subj for _, subj in ctx.parsed.clauses.quoting(span)]
        heads += [c for t in span if t.lower_ == "to" and t.i > 0 and t.doc[t.i - 1].lower_ == "according"
                  for c in t.children if c.dep_ == "pobj"]
        for h in heads:
            for m in ments:
                if m.start <= h.i < m.end and m.full == m.text:
                    out.append(m)
    return out


def _quote_quality(q: str) -> tuple:
    """Better quotes first: a whole sentence, no report inside the report, not cut short."""
    words = q.split()
    nested = any(w.lower().strip(",") in _SAID_FORMS
                 for w in words[:5])
    return (nested, not q[:1].isupper(), q.endswith("\u2026"), abs(len(words) - 10))


def generate(ctx: Context) -> list[Question]:
    found = ctx.attributions
    keep = _best_quotes(found)
    speakers: list[Mention] = []
    for sp in [sp for _, sp, _ in found] + _sources(ctx):
        if sp.canon not in {x.canon for x in speakers}:
            speakers.append(sp)
    out = []
    # the harmed, the long dead and the makers of works say nothing in the story, unless it quotes them
    children = _children(ctx) | ((_silent_people(ctx) | unlikely_speakers(ctx)) - {sp.canon for sp in speakers})
    for sid, sp, q in found:
        if sid not in keep or not _askable(ctx, sid, sp, q):
            continue
        # a quotation that is itself a question or an exclamation ends the stem ("... humanity?")
        prompt = f"Who said, \u201c{q}\u201d" + ("" if q.rstrip().endswith(("?", "!")) else "?")
        answer = sp.full
        if phrase_in(answer, prompt):
            continue
        dis = _wrong_speakers(ctx, found, [o for o in speakers if o.canon not in children], sid, sp, q,
                              children)
        # a body among people (or a person among bodies) gives the answer away: never mixed
        if len(dis) < 2:
            continue
        # a title on one option only ('Ambassador Ann Brook' among bare names) gives it away
        answer, *dis = even_titles([answer, *dis])
        if sp.kind == "PERSON":     # a family name alone among full names ('Inslee') stands out
            answer, *dis = even_name_forms([answer, *dis])
        choices = tuple(shuffled([answer, *dis], prompt))
        out.append(question("who_said", prompt, answer, sid, choices=choices, focus=_focus(ctx, sp)))
    return out


def _askable(ctx: Context, sid: int, sp: Mention, q: str) -> bool:
    """Whose words these are can be told for sure: the quotation is whole and does not name its speaker."""
    return not (shared_name(ctx, sp) or not whole_quote(ctx, sid, q) or gives_speaker(ctx, sp, q))


def _focus(ctx: Context, sp: Mention) -> str:
    """The speaker's kind, marked when the speaker is a passer-by quoted for colour: the question
    stays in the bank for the teacher, out of the default quiz (worth.quiz_doubt)."""
    title = getattr(getattr(ctx.parsed, "article", None), "title", None)
    return sp.coarse + (PASSER_BY if passer_by(ctx.doc, ctx.index.mentions, sp, title) else "")


def whole_quote(ctx: Context, sid: int, q: str) -> bool:
    """A quotation a reader can take as said: not cut mid-clause ('... cope very effectively with') and
    not opening on a bare verb whose subject stayed outside it ('make an important contribution')."""
    words = re.findall(r"[\w’']+", q)
    if not words or words[-1].lower() in _CUT_ENDINGS or _not_the_quotation(ctx, sid, q):
        return False
    if words[0][:1].isupper():
        return True
    span = ctx.parsed.spans[sid] if sid < len(ctx.parsed.spans) else None
    first = next((t for t in span if t.text == words[0]), None) if span is not None else None
    return _not_verb(first) and has_subject(q)


def _not_the_quotation(ctx: Context, sid: int, q: str) -> bool:
    """Words that are not the speaker's whole saying: the quotation runs on past its mark, they are
    the reporter's tag, or they open on a relative pronoun left from the sentence before."""
    if _runs_on(ctx, sid, q):
        return True
    span = ctx.parsed.spans[sid] if sid < len(ctx.parsed.spans) else None
    toks = _tokens_of(span, q)
    return _reporters_words(ctx, span, toks) or _opens_on_relative(toks, q)


def _tokens_of(span, q: str) -> list:
    """The sentence's tokens the quotation covers (none when it is not found as written)."""
    at = span.text.find(q.rstrip(" \u2026")) if span is not None else -1
    if at < 0:
        return []
    lo = span.start_char + at
    hi = lo + len(q.rstrip(" \u2026"))
    return [t for t in span if lo <= t.idx < hi and not t.is_punct]


def _reporters_words(ctx: Context, span, toks: list) -> bool:
    """The words hold the sentence's verb of saying, outside the quotation marks: the reporter's tag
    after a closing mark ('..." Watson told affiliate KFSM', '..." he said in response'), not what the
    speaker said."""
    inside = {t.i for t in toks}
    return bool(toks) and any(v.i in inside and v.i not in ctx.quoted for v, _ in ctx.parsed.clauses.quoting(span))


def _opens_on_relative(toks: list, q: str) -> bool:
    """'Which as we all know in 2014, has only increased ...': a quotation going on from the one
    before opens on a relative pronoun whose antecedent stayed behind; read alone it says nothing
    (a quoted question, 'Which way now?', is whole)."""
    return bool(toks) and toks[0].tag_ in ("WDT", "WP", "WP$") and toks[0].dep_ not in ("det",) and \
        not q.rstrip(" \u2026").endswith("?")


def _not_verb(first) -> bool:
    return first is None or first.tag_ not in ("VB", "VBP", "VBZ", "VBD", "VBG", "MD")


def has_subject(q: str) -> bool:
    """The quotation read on its own is a clause with its own subject, not a phrase lifted from the
    reporter's sentence ('to fully focus on ...', 'for more than 50 years', 'repeatedly warned ...')."""
    doc = reparse(q.rstrip(" \u2026"))
    return any(c.dep_ in SUBJECT_DEPS for t in doc if t.dep_ == "ROOT" for c in t.children)


# the quotation's noun phrase goes on outside its marks: '"We have the smoking gun" that proves ...'
_RUNS_ON = re.compile(pattern("quotation_runs_on"))


def _runs_on(ctx: Context, sid: int, q: str) -> bool:
    """The sentence goes on with the quotation's clause past its closing mark; the words quoted are
    only the start of what it says."""
    sents = ctx.parsed.sentences
    text = sents[sid].text if 0 <= sid < len(sents) else ""
    at = text.find(q)
    return at >= 0 and bool(_RUNS_ON.match(text[at + len(q):]))


def gives_speaker(ctx: Context, sp: Mention, q: str) -> bool:
    """The quotation names the speaker's own organisation ('our Nestle Foods', 'we at Acme'), one the
    article names beside the speaker: it gives the answer away."""
    owned = {m.group(1) for m in _OWN_BODY.finditer(q)}
    if not owned:
        return False
    beside = {m.sentence_id for m in ctx.index.mentions if m.canon == sp.canon}
    texts = [s.text.replace(q, "") for s in ctx.parsed.sentences if s.id in beside]
    return any(re.search(rf"\b{re.escape(w)}\b", t) for w in owned for t in texts)


def _best_quotes(found) -> set[int]:
    """Sentence ids of each speaker's best PER_SPEAKER quotations."""
    by_speaker: dict[str, list[tuple[int, Mention, str]]] = {}
    for item in found:
        by_speaker.setdefault(item[1].canon, []).append(item)
    keep = set()
    for items in by_speaker.values():
        for item in sorted(items, key=lambda it: (_quote_quality(it[2]), it[0]))[:PER_SPEAKER]:
            keep.add(item[0])
    return keep


def _named_in_quote(ctx: Context, found, sid: int, sp: Mention, q: str) -> tuple[set[str], list[str]]:
    """Names inside the quotation, or inside the run of quotation it continues: they said nothing
    here ("Xi Jinping pointed out that ..." in a ministry's readout), so they are never an option."""
    run = {s for s, sp2, _ in found if sp2.canon == sp.canon and ctx.paragraph.get(s) == ctx.paragraph.get(sid)
           and s <= sid}
    quoted_names = {m.canon for m in ctx.index.mentions if phrase_in(m.text, q) or
                    (m.sentence_id in run and m.start in ctx.quoted) or _family_name_in(m, q)}
    return quoted_names, [m.full for m in ctx.index.mentions if m.canon in quoted_names]


def _family_name_in(m: Mention, q: str) -> bool:
    """The quotation speaks of the person by family name ('Because Judge Ortiz-Vale is ...'), whatever
    the tagger made of that mention: it talks about them in the third person, so they did not say it."""
    if m.kind != "PERSON":
        return False
    words = [w for w in (m.full or m.text).split() if w.lower().rstrip(".") not in _NAME_SUFFIXES]
    if len(words) < 2 or len(words[-1]) < 3 or not words[-1][:1].isupper():
        return False
    return word_at(words[-1], q) is not None


def shared_name(ctx: Context, sp: Mention) -> bool:
    """The speaker is named by a part of a name that two people of the article share ('Gonzalez told
    ...' with a Lazaro and a Juan Miguel Gonzalez): whose words they are cannot be told for sure."""
    if sp.kind != "PERSON" or key(sp.text) == key(sp.full):
        return False
    part = name_tokens(sp.text)
    people = {m.canon for m in ctx.index.mentions
              if m.kind == "PERSON" and len(key(m.text).split()) > 1 and part <= name_tokens(m.text)}
    return len(people) > 1


def _children(ctx: Context) -> set[str]:
    """People the article gives an age under 18 or calls a boy, girl or child beside their name: they
    are no fair option for who said a quotation."""
    doc, out = ctx.doc, set()
    for m in ctx.index.mentions:
        if m.kind != "PERSON":
            continue
        before, after = doc[max(0, m.start - 6):m.start].text, doc[m.end:m.end + 6].text
        if _POSSESSIVE.search(after):
            after = ""        # "Juan, the 6-year-old boy's father": the age is someone else's
        ages = [_age(next(g for g in a.groups() if g)) for a in (_AGE_BEFORE.search(before), _AGE_AFTER.match(after))
                if a is not None]
        noun = _NOUN_AFTER.match(after)
        if any(a is not None and a < ADULT_AGE for a in ages) or \
                (noun and {w.lower() for w in noun.groups() if w} & _CHILD_NOUNS):
            out.add(m.canon)
    return out


def _silent_people(ctx: Context) -> set[str]:
    """People the article shows killed or harmed, dead, or as a suspect or fugitive: unless it quotes
    them, they are absurd as the speaker of a quotation, and so are they by the name they were born
    with ('Benedict XVI, birth name Joseph Ratzinger, died ...')."""
    silent = {m.canon for m in ctx.index.mentions if m.kind == "PERSON" and _harmed_or_suspect(ctx.doc, m)}
    return silent | {ctx.born_as[c] for c in silent if c in ctx.born_as}


def _harmed_or_suspect(doc, m: Mention) -> bool:
    """The mention is the object of a killing, the subject of 'died', or named with a silent role."""
    head = next((t for t in doc[m.start:m.end] if not m.start <= t.head.i < m.end or t.head.i == t.i), None)
    if head is None:
        return False
    return any(_harmed_noun(t) for t in _name_and_appositions(head)) or _dead_by_clause(head) or \
        _silent_role(doc, m, head)


def _name_and_appositions(head) -> list:
    """The name's head and the nouns set beside it ('his wife, Laci Peterson': the wife was murdered;
    'Alfred Nobel, the inventor, who died': the clause may hang on either)."""
    out = [head] + [c for c in head.children if c.dep_ == "appos"]
    return out + [head.head] if head.dep_ == "appos" else out


def _harmed_noun(tok) -> bool:
    """The word is the object of a killing, the subject of 'died', or the victim of 'the shooting of'."""
    verb = tok.head.lemma_.lower()
    if (tok.dep_ in ("nsubjpass", "dobj") and verb in _HARMED_VERBS) or \
            (tok.dep_ == "nsubj" and verb in _DYING_VERBS):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _HARM_NOUNS


def _dead_by_clause(head) -> bool:
    """'Walter Brandt, the inventor of the drill, who died in 1896': a 'who' clause on the name or
    inside its apposition (the parser may hang it on the apposition's last noun) says the person
    died or was killed."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ == "who" and t.head.dep_ == "relcl" and
               _harmed_noun(t) and _nouns_up_to(t.head.head, head) for t in head.subtree)


def _nouns_up_to(tok, head) -> bool:
    """The path from the word up to the name runs through no verb: the clause is the name's own, not
    one of a clause further in ('the mayor, who met a man who was shot')."""
    while tok.i != head.i:
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _silent_role(doc, m: Mention, head) -> bool:
    """'the suspect, Otto Kramm', 'fugitive Otto Kramm', 'Otto Kramm, the gunman'."""
    roles = [c for c in head.children if c.dep_ in ("compound", "appos", "amod")]
    roles += [head.head] if head.dep_ == "appos" else []
    roles += list(doc[max(0, m.start - 2):m.start])
    return any(t.lemma_.lower() in _SILENT_ROLES for t in roles)


def _age(word: str) -> int | None:
    """An age written in digits or in words ('6', 'six')."""
    return int(word) if word.isdigit() else wordnum(word.lower())


def _wrong_speakers(ctx: Context, found, speakers: list[Mention], sid: int, sp: Mention, q: str,
                    children: set[str]) -> list[str]:
    """Up to three other speakers or people of the article of the speaker's kind, none named in the
    quotation and none a child; never a name from the word lists (a world leader the story never
    mentions is absurd as the speaker of its quotation)."""
    answer = sp.full
    quoted_names, in_quote = _named_in_quote(ctx, found, sid, sp, q)
    if sp.kind == "PERSON":
        # a product or brand the tagger took for a person ('Baby Ruth') is never beside people
        in_quote = in_quote + not_people(ctx)
    in_quote = in_quote + _silent_bodies(ctx, sp)
    quoted_names = quoted_names | children
    # other speakers of the article first (they are its sources), then the same body of another
    # country the article names, then other names of its kind; never one of another kind
    # (a name in the quotation is blocked as itself only: "Margaret" leaves her son "Tom Ellery")
    skip = quoted_names | {sp.canon}
    same = [(o, o.full) for o in speakers if o.canon not in skip and o.coarse == sp.coarse]
    named = [(m, m.full) for m in ctx.index.of_kind(sp.coarse) if m.canon not in skip]
    variants = ctx.picker.national_variants(sp.full) if sp.kind == "ORG" else []
    nearby = ctx.picker.national_variants(sp.full, nearby=True) if sp.kind == "ORG" else []
    dis = ctx.picker.take(answer, sp.kind, [same, variants, named], 3, -1, None)
    dis = [d for d in dis if key(d) not in {key(x) for x in in_quote}]
    kept = distinct(answer, dis, sp.kind)      # 'CDC' beside 'Centers for Disease Control and Prevention'
    more = _more_names(ctx, sp, kept, in_quote + [d for d in dis if d not in kept], children, nearby)
    return one_name_each(answer, distinct(answer, more, sp.kind), ctx.born_as)


def _silent_bodies(ctx: Context, sp: Mention) -> list[str]:
    """The article's names of the speaker's kind that could not have said a quotation."""
    return sorted({m.full for m in ctx.index.of_kind(sp.coarse) if not _could_say(m.full, sp)})


def _could_say(option: str, sp: Mention) -> bool:
    """An option that could be the speaker: a measure or a law says nothing, nor does a court beside
    a speaker that is no court."""
    if not fits_kind(option, sp.kind, sp.full):
        return False
    return sp.kind == "PERSON" or org_noun(option) not in _UNQUOTED_BODIES or org_noun(option) == org_noun(sp.full)


def not_people(ctx: Context) -> list[str]:
    """The article's names tagged as people that it never writes as a person (no title, role, verb
    of saying or given name)."""
    cached = ctx.doc.user_data.get("quizgen_not_people")
    if cached is not None and cached[0] is ctx.index.mentions:
        return list(cached[1])      # the same for every quotation: read once (each read was quadratic)
    names = {m.full or m.text for m in ctx.index.mentions if m.kind == "PERSON"}
    out = sorted(n for n in names if not used_as_person(ctx.doc, ctx.index.mentions, n))
    ctx.doc.user_data["quizgen_not_people"] = (ctx.index.mentions, tuple(out))
    return out


def thing_name_ends(ctx: Context) -> frozenset[str]:
    """Names tagged as people that end the longer name of a body or place the article also tags
    ('Hadron Collider' of 'Large Hadron Collider'): no person, never asked or offered as 'who'."""
    cached = ctx.doc.user_data.get("quizgen_thing_name_ends")
    if cached is not None and cached[0] is ctx.index.mentions:
        return cached[1]
    things = _thing_names(ctx)
    out = frozenset(m.text for m in ctx.index.mentions
                    if m.kind == "PERSON" and _ends_a_thing_name(key(m.text), things))
    ctx.doc.user_data["quizgen_thing_name_ends"] = (ctx.index.mentions, out)
    return out


def _thing_names(ctx: Context) -> set[str]:
    """The keys of the article's names of bodies and places ('Are Urban Meyer' tagged as a body at a
    question's start is no name of a thing)."""
    return {key(m.text) for m in ctx.index.mentions if m.kind in NAME_KINDS and m.kind != "PERSON"
            and ctx.doc[m.start].pos_ not in _NOT_NAME_START}


def _ends_a_thing_name(k: str, things: set[str]) -> bool:
    return " " in k and any(o.endswith(" " + k) for o in things)


def _more_names(ctx: Context, sp: Mention, dis: list[str], in_quote: list[str], children: set[str],
                nearby: list) -> list[str]:
    """Fill up to three options with the article's other names of the speaker's kind, then with the
    same body of a neighbouring country."""
    if len(dis) < 3:
        more = ctx.picker.names(sp, 6, sentence_id=-1, extra_block=[*in_quote, *dis, sp.full], article_only=True)
        dis = dis + [d for d in more if d not in dis and key(d) not in children][: 3 - len(dis)]
    if len(dis) < 3:
        # never a world leader the story does not name (judged: Jiang Zemin beside Fidel Castro, edited)
        dis = dis + ctx.picker.take(sp.full, sp.kind, [nearby], 3 - len(dis), -1, None,
                                    extra_block=[*in_quote, *dis])
    return dis
