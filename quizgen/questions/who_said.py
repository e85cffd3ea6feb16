"""Who said it: attributed quotes and readouts, the speaker among other people or bodies of the article."""
from __future__ import annotations

import re

from ..model import Question
from .context import Context, phrase_in, question
from .distractors import shuffled
from .lexicon import key
from .mentions import Mention

SAY_VERBS = {"say", "tell", "add", "read", "continue", "state", "write", "declare", "note", "insist",
             "argue", "warn", "explain", "ask", "reply", "respond", "announce", "conclude", "emphasize",
             "stress", "point", "comment", "remark", "report"}
_OPEN = "\u201c\""
_QUOTE_RE = re.compile(r"[\u201c\"]([^\u201c\u201d\"]{12,}?)(?:[\u201d\"\u201c]|$)")


def _speaker_of(ctx: Context, span, sid: int, owners: dict[str, Mention]) -> Mention | None:
    ments = ctx.index.by_sentence.get(sid, [])
    for t in span:
        if t.lemma_.lower() not in SAY_VERBS or t.pos_ not in ("VERB", "AUX"):
            continue
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj:
            continue
        s = subj[0]
        cands = [s] + [c for c in s.children if c.dep_ == "appos"]
        for c in cands:
            for m in ments:
                if m.start <= c.i < m.end and m.kind in ("PERSON", "ORG", "MEDIA", "COUNTRY"):
                    # a body that said it "in a readout" owns later sentences where "the readout" speaks
                    for ch in t.children:
                        if ch.dep_ == "prep" and ch.lower_ == "in":
                            for p in ch.children:
                                if p.dep_ == "pobj":
                                    owners[p.lemma_.lower()] = m
                    return m
        if s.pos_ == "NOUN" and s.lemma_.lower() in owners:
            return owners[s.lemma_.lower()]
        if s.lower_ in ("he", "she"):
            # "she said": the one person the paragraph has named so far
            para = ctx.paragraph.get(sid)
            named = {m.canon: m for m in ctx.index.mentions if m.kind == "PERSON" and m.start < s.i
                     and ctx.paragraph.get(m.sentence_id) == para}
            if len(named) == 1:
                return next(iter(named.values()))
    return None


def _quote(text: str) -> str | None:
    m = _QUOTE_RE.search(text)
    if not m:
        return None
    q = m.group(1).strip(" ,.")
    words = q.split()
    if len(words) < 4:
        return None
    if len(words) > 16:
        q = " ".join(words[:14]).rstrip(",;:") + " …"
    return q


def generate(ctx: Context) -> list[Question]:
    owners: dict[str, Mention] = {}
    found: list[tuple[int, Mention, str]] = []
    last: tuple[int, Mention] | None = None      # (paragraph, speaker) of the last attributed quote
    for s, span in zip(ctx.parsed.sentences, ctx.parsed.spans):
        has_quote = any(ch in s.text for ch in "\u201c\u201d\"")
        if not has_quote:
            last = None if last and last[0] != s.paragraph else last
            continue
        sp = _speaker_of(ctx, span, s.id, owners)
        q = _quote(s.text) or (_quote("\u201c" + s.text) if sp is None and last else None)
        if sp is not None and q:
            found.append((s.id, sp, q))
            last = (s.paragraph, sp)
        elif sp is None and last is not None and last[0] == s.paragraph and q:
            found.append((s.id, last[1], q))        # the same speaker's quotation goes on
    speakers = []
    for _, sp, _ in found:
        if sp.canon not in {x.canon for x in speakers}:
            speakers.append(sp)
    out = []
    for sid, sp, q in found:
        prompt = f"Who said, \u201c{q}\u201d?"
        answer = sp.full
        if phrase_in(answer, prompt):
            continue
        in_quote = [m.full for m in ctx.index.mentions if phrase_in(m.text, q)]
        others = [(o, o.full) for o in speakers if o.canon != sp.canon and o.coarse == sp.coarse]
        dis = ctx.picker._take(answer, sp.kind, [others], 3, -1, None, extra_block=in_quote)
        if len(dis) < 3:
            more = ctx.picker.names(sp, 3, sentence_id=-1, extra_block=[*in_quote, *dis, answer])
            dis += [d for d in more if d not in dis][: 3 - len(dis)]
        if len(dis) < 2:
            continue
        choices = tuple(shuffled([answer, *dis], prompt))
        out.append(question("who_said", prompt, answer, sid, choices=choices, focus=sp.coarse))
    return out
