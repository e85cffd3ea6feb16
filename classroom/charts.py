"""Chart data: a lesson's timeline events (drawn by static/js/timeline.js) and plotly progress figures."""
from __future__ import annotations

import html
import json
import textwrap
from functools import lru_cache
from typing import Any

import plotly.graph_objects as go
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup

from quizgen.model import format_date     # not quizgen.dates: it imports spaCy, which web processes never load

from .lessons import sorted_events
from .models import Attempt, Lesson

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
PALETTE = ["#1f5fa8", "#b35900", "#2e7d32", "#7b1fa2", "#c62828", "#00838f"]


def _plot_text(text: str, width: int = 0) -> str:
    """Article text made safe for plotly's little HTML dialect: escaped, optionally wrapped."""
    lines = textwrap.wrap(text, width) if width else [text]
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def timeline_data(lesson: Lesson) -> list[dict[str, Any]]:
    """The lesson's events in date order, as the timeline component (static/js/timeline.js) draws them.

    Plain data, no layout: label placement depends on the reader's screen and fonts, so the
    browser measures and places the labels (and the no-JS event list stays the fallback).
    """
    return json.loads(_timeline_json(_events_key(lesson)))


def timeline_figure_html(lesson: Lesson) -> Markup | None:
    """The same data as JSON safe inside a <script type="application/json"> (None without events).

    Escaped exactly as Jinja's `tojson` does (<, >, &, ' as \\u escapes), and cached by the events'
    contents, so a corrected event shows at once.
    """
    if not lesson.events:
        return None
    return _timeline_html(_events_key(lesson))


@lru_cache(maxsize=256)
def _timeline_html(events: tuple) -> Markup:
    return htmlsafe_json_dumps(json.loads(_timeline_json(events)))


def _events_key(lesson: Lesson) -> tuple:
    return tuple((e.id, e.date, e.precision, e.label, e.time_text, e.sentence_id, e.future)
                 for e in sorted_events(lesson))


@lru_cache(maxsize=256)
def _timeline_json(events: tuple) -> str:
    rows = [{"id": event_id, "date": date.isoformat(), "when": format_date(date, precision),
             "label": label, "written": time_text or "", "sentence": sentence_id, "future": bool(future)}
            for event_id, date, precision, label, time_text, sentence_id, future in events]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def progress_figure(attempts: list[Attempt]) -> dict[str, Any] | None:
    """Score (%) of each submitted attempt over time, one line per lesson (None without attempts)."""
    if not attempts:
        return None
    by_lesson: dict[int, list[Attempt]] = {}
    for a in attempts:
        by_lesson.setdefault(a.lesson_id, []).append(a)
    fig = go.Figure()
    symbols = ["circle", "square", "diamond", "triangle-up", "x", "star"]
    for i, (_, rows) in enumerate(by_lesson.items()):
        title = rows[0].lesson.title
        fig.add_trace(go.Scatter(
            x=[a.submitted.isoformat() for a in rows], y=[round(a.percent or 0, 1) for a in rows],
            mode="lines+markers", name=_plot_text(title if len(title) <= 40 else title[:38] + "…"),
            marker={"size": 10, "symbol": symbols[i % len(symbols)], "color": PALETTE[i % len(PALETTE)]},
            customdata=[[a.score, a.max_score] for a in rows],
            hovertemplate="%{x|%b %d, %H:%M}: %{customdata[0]} of %{customdata[1]} (%{y}%)<extra></extra>"))
    fig.update_layout(
        height=300, margin={"l": 50, "r": 20, "t": 20, "b": 40}, font={"family": FONT, "size": 13},
        yaxis={"title": {"text": "Score (%)"}, "range": [-5, 105], "fixedrange": True},
        xaxis={"type": "date", "automargin": True},
        legend={"orientation": "h", "y": -0.25}, plot_bgcolor="#ffffff", paper_bgcolor="#ffffff")
    return json.loads(fig.to_json())
