"""Embeds for other sites: the iframe-safe timeline page and the oEmbed 1.0 endpoint."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit

from flask import Blueprint, current_app, jsonify, render_template, request, url_for
from markupsafe import Markup
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import HTTPException
from werkzeug.routing import RequestRedirect

from . import charts
from .extensions import db
from .lessons import find_lesson, lesson_or_404, sorted_events
from .models import Lesson
from .pagecache import conditional, lesson_cache

# Framing is allowed by app.set_security_headers for every view of this blueprint ("embed").
bp = Blueprint("embed", __name__)

DEFAULT_HEIGHT = 480
MIN_HEIGHT, MAX_HEIGHT = 200, 2000
DEFAULT_WIDTH = 640
THEMES = ("light", "dark")
PROVIDER_NAME = "Newsline"


@dataclass(frozen=True)
class EmbedOptions:
    """The options an embed URL may carry; anything invalid has already fallen back to a default."""

    height: int = DEFAULT_HEIGHT
    theme: str = "light"
    start: int | None = None

    def query(self) -> dict[str, str]:
        """The non-default options, as query parameters for an embed URL."""
        params: dict[str, str] = {}
        if self.height != DEFAULT_HEIGHT:
            params["height"] = str(self.height)
        if self.theme != "light":
            params["theme"] = self.theme
        if self.start is not None:
            params["start"] = str(self.start)
        return params


def parse_options(args) -> EmbedOptions:
    """Read height/theme/start from query arguments; bad values are ignored, never an error."""
    height = _int_or_none(args.get("height"))
    if height is None:
        height = DEFAULT_HEIGHT
    height = min(max(height, MIN_HEIGHT), MAX_HEIGHT)
    theme = args.get("theme", "light")
    if theme not in THEMES:
        theme = "light"
    return EmbedOptions(height=height, theme=theme, start=_int_or_none(args.get("start")))


def _int_or_none(value: str | None) -> int | None:
    if value is None:
        return None
    value = value.strip()
    # isdecimal() rather than int(): int() also takes "٣", "1_000" and " +5 ".
    if not value.isascii() or not value.isdecimal() or len(value) > 6:
        return None
    return int(value)


def published_lesson(slug: str) -> Lesson | None:
    """The published lesson with this slug, or None (drafts are never embeddable, whoever asks)."""
    return find_lesson(slug)


def embeddable_lesson(slug: str) -> Lesson:
    """A published lesson; 404 otherwise."""
    return lesson_or_404(slug, what="lesson to embed")


@bp.get("/embed/lessons/<slug>/timeline")
def timeline(slug: str):
    """The lesson's timeline made to live in an iframe: an event list, drawn as a chart when JS runs.

    Reads nothing from the session or cookies and writes none: a third-party page must not
    receive (or need) cookies from us.
    """
    ref = lesson_cache().ref(slug)
    if ref is None or not ref.is_published:
        embeddable_lesson(slug)       # the 404, worded by the one lookup
    options = parse_options(request.args)
    variant = (request.host, options.height, options.theme, options.start)
    body = lesson_cache().get_or_make(
        ("embed", ref.id, ref.version, *variant),
        lambda: _render_timeline(db.session.get(Lesson, ref.id), options).encode())
    return conditional(body, etag=ref.etag("embed", *map(str, variant)), last_modified=ref.updated,
                       mimetype="text/html", shared_as=ref)


def _render_timeline(lesson: Lesson, options: EmbedOptions) -> str:
    events = sorted_events(lesson)
    start = options.start if any(e.id == options.start for e in events) else None
    # The timeline component draws this; the theme is CSS (embed.css, timeline.css).
    figure = charts.timeline_figure_html(lesson)
    chart_height = max(140, min(360, int(options.height * 0.45)))   # the rest is for the event list
    sentences = {s["id"]: s["text"] for s in lesson.sentences or ()}
    return render_template("embed/timeline.html", lesson=lesson, events=events, figure=figure,
                           options=options, start=start, sentences=sentences,
                           chart_height=chart_height, format_date=charts.format_date,
                           lesson_url=url_for("student.lesson", slug=lesson.slug, _external=True))


def embed_url(lesson: Lesson, options: EmbedOptions | None = None) -> str:
    """The absolute URL of the lesson's embeddable timeline, with its non-default options."""
    url = url_for("embed.timeline", slug=lesson.slug, _external=True)
    query = (options or EmbedOptions()).query()
    return f"{url}?{urlencode(query)}" if query else url


def embed_snippet(lesson: Lesson, *, width: int = DEFAULT_WIDTH, height: int = DEFAULT_HEIGHT,
                  options: EmbedOptions | None = None) -> Markup:
    """The iframe HTML another site pastes in (also the `html` of the oEmbed answer)."""
    options = options or EmbedOptions(height=height)
    if options.height != height:
        options = EmbedOptions(height=height, theme=options.theme, start=options.start)
    return Markup(
        '<iframe src="{src}" width="{width}" height="{height}" title="{title}" loading="lazy" '
        'style="border:1px solid #d5dbe3;border-radius:6px;max-width:100%"></iframe>'
    ).format(src=embed_url(lesson, options), width=width, height=height,
             title=f"Timeline: {lesson.title}")


bp.add_app_template_global(embed_snippet, "embed_snippet")


# ------------------------------------------------------------------------------------- oEmbed

class OEmbedError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


@bp.get("/oembed")
def oembed():
    """oEmbed 1.0 (https://oembed.com): a lesson or embed URL of ours -> a `rich` iframe, as JSON."""
    try:
        data = _oembed_data()
    except OEmbedError as e:
        response = jsonify(error=_STATUS_NAMES.get(e.status, "Error"), message=e.message)
        response.status_code = e.status
    else:
        response = jsonify(data)
    # Consumers often fetch oEmbed from the browser; the data is public, so any origin may read it.
    response.headers["Access-Control-Allow-Origin"] = "*"
    # JSON is not a page: unlike the timeline it need not (and must not) be framed.
    response.headers["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'none'"
    response.headers["X-Frame-Options"] = "DENY"
    return response


_STATUS_NAMES = {400: "Bad request", 404: "Not found", 501: "Not implemented"}


def _oembed_data() -> dict:
    url = request.args.get("url", "").strip()
    if not url:
        raise OEmbedError(400, "Give the lesson's address as ?url=, for example "
                               f"?url={url_for('student.index', _external=True)}lessons/<slug>.")
    fmt = request.args.get("format", "json")
    if fmt != "json":
        raise OEmbedError(501, f"Only format=json is supported, not {fmt!r}.")
    maxwidth = _max_dimension("maxwidth")
    maxheight = _max_dimension("maxheight")
    lesson, options = _lesson_for_url(url)
    width = DEFAULT_WIDTH if maxwidth is None else min(DEFAULT_WIDTH, maxwidth)
    height = options.height if maxheight is None else min(options.height, maxheight)
    return {
        "type": "rich",
        "version": "1.0",
        "title": lesson.title,
        "provider_name": PROVIDER_NAME,
        "provider_url": url_for("student.index", _external=True),
        "html": str(embed_snippet(lesson, width=width, height=height, options=options)),
        "width": width,
        "height": height,
        "cache_age": 3600,
    }


def _max_dimension(name: str) -> int | None:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return None
    value = _int_or_none(raw)
    if value is None or value < 1:
        raise OEmbedError(400, f"{name} must be a whole number of pixels, 1 or more.")
    return value


def _lesson_for_url(url: str) -> tuple[Lesson, EmbedOptions]:
    """The published lesson (and embed options) a URL names; OEmbedError(404) if it is not ours."""
    not_ours = OEmbedError(404, "That address is not a Newsline lesson on this site.")
    try:
        parts = urlsplit(url)
    except ValueError:
        raise not_ours from None
    if parts.scheme not in ("http", "https") or parts.netloc.lower() != request.host.lower():
        raise not_ours
    adapter = current_app.url_map.bind(request.host, url_scheme=request.scheme)
    try:
        endpoint, values = adapter.match(parts.path, method="GET")
    except (HTTPException, RequestRedirect):
        raise not_ours from None
    if endpoint not in ("student.lesson", "embed.timeline"):
        raise not_ours
    lesson = published_lesson(values["slug"])
    if lesson is None:
        raise OEmbedError(404, f"There is no published lesson at {parts.path}.")
    # The embed URL's own options (theme, start, height) carry over into the iframe.
    options = parse_options(MultiDict(parse_qsl(parts.query, keep_blank_values=True)))
    return lesson, options
