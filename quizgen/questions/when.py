"""When did it happen: the date of a timeline event, options written as readable dates."""
from __future__ import annotations

from ..model import Question, format_date
from ..realise import lowercase_ok
from .context import Context, question
from .distractors import shuffled
from .timeline import label_problem, label_question, shift


def generate(ctx: Context) -> list[Question]:
    events = [e for e in ctx.parsed.events if not e.future and e.precision in ("day", "month", "year")]
    out = []
    for e in events:
        prompt = _prompt(ctx, e)
        if prompt is None:
            continue
        answer = format_date(e.date, e.precision)
        opts = _other_dates(events, e, answer, ctx.parsed.article.published)
        choices = tuple(shuffled(opts[:4], prompt))
        # "Monday": the same fact as a question answered "Monday"
        q = question("when", prompt, answer, e.sentence_id, choices=choices, focus="date", event_ids=(e.id,),
                     fact=e.time_text or answer)
        out.append(q)
    return out


def _prompt(ctx: Context, e) -> str | None:
    """'On what date did X happen?' for an event whose label reads well as a question, else None."""
    if label_problem(e.label, e.time_text, _span(ctx, e.sentence_id)):
        return None
    if any(w in ("never", "not", "n't", "no") for w in e.label.lower().split()):
        return None      # "When did the aircraft never recover?": a date for what did not happen
    return label_question(_common_start(e.label, _span(ctx, e.sentence_id)), e.precision, e.future)


def _other_dates(events, e, answer: str, pub) -> list[str]:
    """The answer, the dates of other events of the same precision, then dates shifted from the answer."""
    opts = [answer]
    for o in events:
        if o.precision == e.precision and o.id != e.id:
            r = format_date(o.date, o.precision)
            if r not in opts and o.label != e.label:
                opts.append(r)
        if len(opts) >= 3:
            break
    k = 1
    while len(opts) < 4 and k < 12:
        for sign in (1, -1):
            d = shift(e.date, e.precision, sign * k)
            if pub is not None and _after(d, pub, e.precision):
                continue      # a past event cannot have happened after the article was written
            r = format_date(d, e.precision)
            if r not in opts and len(opts) < 4:
                opts.append(r)
        k += 1
    return opts


def _common_start(label: str, span) -> str:
    """'Results were released' -> 'results were released' when the first word is a common word the
    sentence capitalised only because it opens it (in the question it no longer comes first)."""
    words = label.split()
    first = words[0] if words else ""
    if span is None or not first[:1].isupper():
        return label
    for t in span:
        if t.lower_ == first.lower():
            if t.text[:1].islower() or lowercase_ok(span.doc, t):
                return first[:1].lower() + first[1:] + label[len(first):]
            return label
    return label


def _span(ctx: Context, sentence_id: int):
    return ctx.parsed.spans[sentence_id] if 0 <= sentence_id < len(ctx.parsed.spans) else None


def _after(d, pub, precision: str) -> bool:
    if precision == "year":
        return d.year > pub.year
    if precision == "month":
        return (d.year, d.month) > (pub.year, pub.month)
    return d > pub
