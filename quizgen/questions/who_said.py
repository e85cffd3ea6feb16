"""Who said it: attributed quotes and readouts, the speaker among other people or bodies of the article."""
from __future__ import annotations

from ..index import Mention
from ..lexicon import key
from ..model import Question
from ..wordlists import word_set
from .attributions import SPEAKER_KINDS, reporting_verbs
from .context import Context, phrase_in, question
from .distractors import shuffled

_SAID_FORMS = word_set("said_forms")


PER_SPEAKER = 2      # more quotes of one speaker make near-identical questions


def _sources(ctx: Context) -> list[Mention]:
    """Everyone the article reports as saying something, quoted or not ("the Red Cross said it had
    flown...", "according to the Geophysical Institute"): fair options for who said a quotation."""
    out = []
    for s, span in zip(ctx.parsed.sentences, ctx.parsed.spans):
        ments = [m for m in ctx.index.by_sentence.get(s.id, []) if m.kind in SPEAKER_KINDS]
        heads = [subj for _, subj in reporting_verbs(span, ctx.quoted)]
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
    for sid, sp, q in found:
        if sid not in keep:
            continue
        prompt = f"Who said, \u201c{q}\u201d?"
        answer = sp.full
        if phrase_in(answer, prompt):
            continue
        dis = _wrong_speakers(ctx, found, speakers, sid, sp, q)
        # a body among people (or a person among bodies) gives the answer away: never mixed
        if len(dis) < 2:
            continue
        choices = tuple(shuffled([answer, *dis], prompt))
        out.append(question("who_said", prompt, answer, sid, choices=choices, focus=sp.coarse))
    return out


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
                    (m.sentence_id in run and m.start in ctx.quoted)}
    return quoted_names, [m.full for m in ctx.index.mentions if m.canon in quoted_names]


def _wrong_speakers(ctx: Context, found, speakers: list[Mention], sid: int, sp: Mention, q: str) -> list[str]:
    """Up to three other speakers or names of the speaker's kind, none named in the quotation."""
    answer = sp.full
    quoted_names, in_quote = _named_in_quote(ctx, found, sid, sp, q)
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
    if len(dis) < 3:
        more = ctx.picker.names(sp, 3, sentence_id=-1, extra_block=[*in_quote, *dis, answer])
        dis += [d for d in more if d not in dis][: 3 - len(dis)]
    if len(dis) < 3:
        more = ctx.picker.take(answer, sp.kind, [nearby], 3 - len(dis), -1, None,
                               extra_block=[*in_quote, *dis])
        dis += more
    return dis
