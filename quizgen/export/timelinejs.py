"""Knight Lab TimelineJS3 JSON: the lesson's timeline, each event at the precision it is known."""
from __future__ import annotations

import datetime as dt
import html
import json
import re

from ..model import Event, Lesson
from . import clean

_NOT_ID = re.compile(r"[^A-Za-z0-9_-]+")


def _date(d: dt.date, precision: str) -> dict:
    # TimelineJS shows "2022" for a year-only date and "February 2022" without a day, so a
    # month or year precision must not be padded out to a made-up day.
    out = {"year": d.year}
    if precision in ("month", "day"):
        out["month"] = d.month
    if precision == "day":
        out["day"] = d.day
    return out


def _h(text: str | None) -> str:
    # TimelineJS inserts headline and text as HTML: article text must arrive escaped.
    return html.escape(clean(text or ""), quote=False)


def event_slide(lesson: Lesson, e: Event, unique_id: str) -> dict:
    """One event as a TimelineJS slide: date, headline, evidence sentence."""
    sentence = next((s.text for s in lesson.sentences if s.id == e.sentence_id), "")
    body = f"<p>{_h(sentence)}</p>" if sentence else ""
    if e.future:
        body = "<p><em>Expected (the article speaks of it as still to come).</em></p>" + body
    slide = {"start_date": _date(e.date, e.precision),
             "text": {"headline": _h(e.label), "text": body},
             "unique_id": unique_id}
    if e.date_end and e.date_end != e.date:
        slide["end_date"] = _date(e.date_end, e.precision)
    return slide


def to_timelinejs(lesson: Lesson) -> str:
    """The lesson's events as a TimelineJS3 JSON document (UTF-8 text)."""
    about = ", ".join(x for x in (clean(lesson.source or ""), lesson.published and
                                  lesson.published.strftime("%-d %B %Y")) if x)
    doc = {"title": {"text": {"headline": _h(lesson.title) or "Timeline",
                              "text": f"<p>{_h(about)}</p>" if about else ""}},
           "events": []}
    taken: set[str] = set()
    for e in sorted(lesson.events, key=lambda e: (e.date, e.id)):
        base = "event-" + (_NOT_ID.sub("-", clean(e.id)).strip("-") or "x")
        uid, n = base, 2
        while uid in taken:
            uid, n = f"{base}-{n}", n + 1
        taken.add(uid)
        doc["events"].append(event_slide(lesson, e, uid))
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
