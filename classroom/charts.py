"""Plotly figures as plain JSON-ready dicts: a lesson's timeline and a learner's progress."""
from __future__ import annotations

import datetime as dt
import html
import json
import textwrap
from functools import lru_cache
from typing import Any

import plotly.graph_objects as go
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup

from .lessons import sorted_events
from .models import Attempt, Lesson

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
PALETTE = ["#1f5fa8", "#b35900", "#2e7d32", "#7b1fa2", "#c62828", "#00838f"]


def format_date(d: dt.date, precision: str) -> str:
    """quizgen.dates.format_date, repeated here: that module imports spaCy, which web processes never load."""
    if precision == "year":
        return str(d.year)
    if precision == "month":
        return f"{d.strftime('%B')} {d.year}"
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def _plot_text(text: str, width: int = 0) -> str:
    """Article text made safe for plotly's little HTML dialect: escaped, optionally wrapped."""
    lines = textwrap.wrap(text, width) if width else [text]
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def timeline_figure(lesson: Lesson) -> dict[str, Any] | None:
    """The lesson's events on a date axis as a plotly figure dict (None without events)."""
    if not lesson.events:
        return None
    return json.loads(_timeline_json(_events_key(lesson), _sentences_key(lesson)))


def timeline_figure_html(lesson: Lesson) -> Markup | None:
    """The same figure as JSON safe to put inside a <script type="application/json"> element.

    Escaped exactly as Jinja's `tojson` does (<, >, &, ' as \\u escapes), and cached, because
    building a plotly figure costs milliseconds on every page view otherwise.
    """
    if not lesson.events:
        return None
    return _timeline_html(_events_key(lesson), _sentences_key(lesson))


@lru_cache(maxsize=256)
def _timeline_html(events: tuple, sentences: tuple) -> Markup:
    return htmlsafe_json_dumps(json.loads(_timeline_json(events, sentences)))


def _events_key(lesson: Lesson) -> tuple:
    return tuple((e.id, e.date, e.precision, e.label, e.time_text, e.sentence_id, e.position)
                 for e in sorted_events(lesson))


def _sentences_key(lesson: Lesson) -> tuple:
    return tuple((s["id"], s["text"]) for s in lesson.sentences or ())


@lru_cache(maxsize=256)
def _timeline_json(events: tuple, sentences: tuple) -> str:
    texts = dict(sentences)
    lanes = [1, 2, 3]
    xs, ys, labels, custom, positions = [], [], [], [], []
    for i, (event_id, date, precision, label, time_text, sentence_id, _) in enumerate(events):
        xs.append(date.isoformat())
        ys.append(lanes[i % len(lanes)])
        short = label if len(label) <= 32 else label[:30].rstrip() + "…"
        labels.append(_plot_text(short))
        # Edge labels lean inwards so that a narrow (phone) chart does not cut them off.
        third = len(events) / 3
        positions.append("top right" if i < third and len(events) > 1 else
                         "top left" if i >= 2 * third and len(events) > 1 else "top center")
        evidence = texts.get(sentence_id, "")
        custom.append([sentence_id, str(event_id), _plot_text(label, 44),
                       format_date(date, precision), _plot_text(time_text), _plot_text(evidence, 48)])
    fig = go.Figure(go.Scatter(
        x=xs, y=ys, mode="markers+text", text=labels, textposition=positions,
        textfont={"size": 12}, customdata=custom, cliponaxis=False,
        marker={"size": 16, "color": PALETTE[0], "line": {"width": 2, "color": "#ffffff"},
                "symbol": "circle"},
        hovertemplate=("<b>%{customdata[2]}</b><br>%{customdata[3]} "
                       "(written “%{customdata[4]}”)<br><br><i>%{customdata[5]}</i><extra></extra>"),
        name="Events"))
    # Stems from each event down to the axis, so the lanes still read as points in time.
    fig.update_layout(
        shapes=[{"type": "line", "xref": "x", "yref": "y", "x0": x, "x1": x, "y0": 0, "y1": y,
                 "line": {"color": "#9aa7b5", "width": 1}} for x, y in zip(xs, ys)],
        height=300, margin={"l": 20, "r": 20, "t": 20, "b": 40},
        font={"family": FONT, "size": 13}, showlegend=False, hovermode="closest",
        hoverlabel={"align": "left", "bgcolor": "#ffffff", "font": {"size": 13}},
        xaxis={"type": "date", "showgrid": True, "gridcolor": "#e6e9ee", "zeroline": False,
               "fixedrange": False, "automargin": True},
        yaxis={"visible": False, "range": [0, 4], "fixedrange": True},
        plot_bgcolor="#ffffff", paper_bgcolor="#ffffff", dragmode="pan")
    # Pad the axis so the first and last labels are not cut off at the plot's edges.
    days = [dt.date.fromisoformat(x) for x in xs]
    pad = dt.timedelta(days=max(20, (max(days) - min(days)).days // 8))
    fig.update_xaxes(range=[(min(days) - pad).isoformat(), (max(days) + pad).isoformat()])
    return fig.to_json()


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
