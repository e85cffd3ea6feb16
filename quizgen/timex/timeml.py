"""TimeML output: the text with TIMEX3 tags, the format other temporal tools read and score."""
from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape, quoteattr

from .model import Timex


def to_timeml(text: str, times: list[Timex], *, published: dt.date | None = None, doc_id: str = "") -> str:
    """A TimeML document: DCT (when known) and the text with one TIMEX3 tag per expression."""
    out, pos = [], 0
    for k, t in enumerate(sorted(times, key=lambda t: t.start), start=1):
        if t.start < pos:
            continue
        out.append(escape(text[pos:t.start]))
        mod = f" mod={quoteattr(t.mod)}" if t.mod else ""
        out.append(f'<TIMEX3 tid="t{k}" type="{t.type}" value={quoteattr(t.value)}{mod}>'
                   f"{escape(text[t.start:t.end])}</TIMEX3>")
        pos = t.end
    out.append(escape(text[pos:]))
    head = ['<?xml version="1.0" ?>', "<TimeML>"]
    if doc_id:
        head.append(f"<DOCID>{escape(doc_id)}</DOCID>")
    if published is not None:
        head.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value="{published.isoformat()}" temporalFunction="false" '
                    f'functionInDocument="CREATION_TIME">{published.isoformat()}</TIMEX3></DCT>')
    return "\n".join(head) + "\n<TEXT>" + "".join(out) + "</TEXT>\n</TimeML>\n"
