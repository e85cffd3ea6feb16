"""Engine-built lessons of a chosen size, and what the browser reports about a drawn timeline."""
from __future__ import annotations

import dataclasses
from functools import lru_cache
from pathlib import Path

REALNEWS = Path(__file__).resolve().parents[1] / "data" / "realnews"   # Wikinews, CC BY 2.5


def article_files() -> list[Path]:
    """Real news articles with a header (Title/Published), in a fixed order."""
    return sorted(REALNEWS.glob("*.txt"))


def body(text: str) -> str:
    """An article file's text without its header lines."""
    head, sep, rest = text.partition("\n\n")
    return rest if sep and "Published:" in head else text


def engine_lesson(n_events: int, *, first: str | None = None, prefer: tuple[str, ...] = ()):
    """A lesson the engine built from one real article, or several run together, with `n_events` events.

    Articles are added (in `prefer` order, then by name) until the engine finds at least that many
    events in them run together; the lesson keeps the first `n_events` of them, in the engine's
    order, and the questions that stand on those events only.
    """
    import quizgen

    files = article_files()
    ordered = [p for name in prefer for p in files if name in p.name]
    ordered += [p for p in files if p not in ordered]
    if first:
        ordered.sort(key=lambda p: first not in p.name)
    # Count each article's events once (cached), then run the fewest articles together.
    chosen, expected, lesson = [], 0, None
    for path in ordered:
        chosen.append(path)
        expected += _event_count(str(path))
        if expected < n_events:
            continue
        lesson = quizgen.build_lesson(_joined(chosen))
        if len(lesson.events) >= n_events:
            break
    assert lesson is not None and len(lesson.events) >= n_events, "not enough articles for that many events"
    return trimmed(lesson, n_events)


@lru_cache(maxsize=None)
def _event_count(path: str) -> int:
    import quizgen

    return len(quizgen.build_lesson(Path(path).read_text(encoding="utf-8")).events)


def _joined(paths: list[Path]) -> str:
    """The first article with its header, then the others' bodies (dated against the first's day)."""
    texts = [p.read_text(encoding="utf-8") for p in paths]
    return "\n\n".join([texts[0]] + [body(t) for t in texts[1:]])


def trimmed(lesson, n_events: int):
    """The lesson with only its first `n_events` events (and the questions that still stand)."""
    events = lesson.events[:n_events]
    kept = {e.id for e in events}
    questions = tuple(q for q in lesson.questions if set(q.event_ids or ()) <= kept)
    ids = {q.id for q in questions}
    return dataclasses.replace(lesson, events=events, questions=questions,
                               quiz=tuple(q for q in lesson.quiz if q in ids))


# Every text box of the figure as the reader sees it: the text's own boxes (Range rects), cut to
# what its clipping ancestors show; plus each label box. Hidden pieces (the closed card, visually
# hidden words for screen readers) are not seen, so not counted.
TEXT_BOXES_JS = """
(root) => {
  const fig = root.getBoundingClientRect();
  const visible = (el) => {
    for (let e = el; e && e !== root.parentElement; e = e.parentElement) {
      if (e.hidden || e.classList.contains('visually-hidden')) return false;
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden') return false;
    }
    return true;
  };
  const clipOf = (el) => {
    let c = {left: -1e9, top: -1e9, right: 1e9, bottom: 1e9};
    for (let e = el; e && e !== root; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
        const r = e.getBoundingClientRect();
        c = {left: Math.max(c.left, r.left), top: Math.max(c.top, r.top),
             right: Math.min(c.right, r.right), bottom: Math.min(c.bottom, r.bottom)};
      }
    }
    return c;
  };
  const texts = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let owner = 0;
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.textContent.trim() || !visible(node.parentElement)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const c = clipOf(node.parentElement);
    owner += 1;
    for (const r of range.getClientRects()) {
      const b = {left: Math.max(r.left, c.left), top: Math.max(r.top, c.top),
                 right: Math.min(r.right, c.right), bottom: Math.min(r.bottom, c.bottom)};
      if (b.right - b.left > 0.5 && b.bottom - b.top > 0.5)
        texts.push({owner, text: node.textContent.trim().slice(0, 60), ...b});
    }
  }
  const labels = [...root.querySelectorAll('.tl-item, .tl-gaps .tl-gap')].filter(visible).map((e) => {
    const r = e.getBoundingClientRect();
    return {text: e.textContent.trim().slice(0, 60), left: r.left, top: r.top, right: r.right, bottom: r.bottom};
  });
  return {figure: {left: fig.left, top: fig.top, right: fig.right, bottom: fig.bottom}, texts, labels};
}
"""


def overlaps(boxes: list[dict], *, same_owner_ok: bool = False, slack: float = 0.5) -> list[tuple[str, str]]:
    """Pairs of boxes that overlap by more than `slack` px both ways."""
    found = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if same_owner_ok and a.get("owner") is not None and a.get("owner") == b.get("owner"):
                continue
            if (min(a["right"], b["right"]) - max(a["left"], b["left"]) > slack
                    and min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > slack):
                found.append((a["text"], b["text"]))
    return found


def outside(boxes: list[dict], figure: dict, slack: float = 0.5) -> list[str]:
    """Boxes that leave the figure."""
    return [b["text"] for b in boxes
            if b["left"] < figure["left"] - slack or b["right"] > figure["right"] + slack
            or b["top"] < figure["top"] - slack or b["bottom"] > figure["bottom"] + slack]
