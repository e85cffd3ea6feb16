"""Benchmark the engine: model load, then timeline and full-lesson build times by article length.

    .venv/bin/python bench/generate.py [--repeat 5]

Prints a table: for the seed article and for 1x, 4x, 16x concatenations of the dev set, the
median time to build the timeline (parse, dates, events) and the full lesson (plus questions),
in ms and in ms per 1,000 words, so that growth with length is visible.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
# bench/queue.py must not shadow the standard library's queue module when a script here runs
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEVSET = ROOT.parent / "shared" / "devset"


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def median_ms(fn, repeat: int) -> float:
    return timed(fn, repeat)[0]


def timed(fn, repeat: int) -> tuple[float, float, object]:
    """Median wall ms, median CPU ms of this process (steadier on a shared machine) and the last result."""
    wall, cpu, got = [], [], None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        got = fn()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return statistics.median(wall), statistics.median(cpu), got


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--hostile", type=int, default=50, metavar="KB",
                    help="also time pasted texts of hostile shape at KB/4, KB/2 and KB (0: skip)")
    args = ap.parse_args()

    rss0 = rss_mb()
    t0 = time.perf_counter()
    import quizgen
    from quizgen import nlp
    from quizgen.article import Article, read_article
    from quizgen.pipeline import analyse
    nlp.load()
    load_s = time.perf_counter() - t0
    print(f"model load: {load_s * 1000:.0f} ms   RSS before: {rss0:.0f} MB   after load: {rss_mb():.0f} MB")

    seed = read_article(ROOT / "seeds" / "xi-putin-call-2022.txt")
    dev = [read_article(p) for p in sorted(DEVSET.glob("*.txt"))] if DEVSET.is_dir() else [seed]
    # warm-up: first calls fill caches (lemmatiser tables, regexes)
    quizgen.lesson_from_article(seed)

    cases = [("seed", seed)]
    for k in (1, 4, 16):
        body = "\n\n".join(a.body for a in dev for _ in range(k))
        cases.append((f"devset x{k}", Article(body=body, title=f"dev x{k}", published=seed.published)))

    print(f"\n{'article':14} {'words':>7} {'timeline ms':>12} {'ms/1k words':>12} {'lesson ms':>10} "
          f"{'ms/1k words':>12} {'events':>7} {'questions':>9} {'cpu tl/1k':>10} {'cpu lesson/1k':>14}")
    per_k: dict[str, tuple[float, float]] = {}
    for name, art in cases:
        words = len(art.body.split())
        repeat = args.repeat if words < 5000 else max(1, args.repeat // 2)
        t_tl, c_tl, _ = timed(lambda: analyse(art), repeat)
        t_full, c_full, lesson = timed(lambda: quizgen.lesson_from_article(art), repeat)
        per_k[name] = (c_tl / words * 1000, c_full / words * 1000)
        print(f"{name:14} {words:7d} {t_tl:12.1f} {t_tl / words * 1000:12.1f} {t_full:10.1f} "
              f"{t_full / words * 1000:12.1f} {len(lesson.events):7d} {len(lesson.questions):9d} "
              f"{per_k[name][0]:10.1f} {per_k[name][1]:14.1f}")
    growth(per_k)
    if args.hostile:
        hostile_shapes(args.hostile, seed.published)
    print(f"\npeak RSS: {_peak_mb():.0f} MB   (python {sys.version.split()[0]}, {os.cpu_count()} CPUs)")
    print("targets: seed timeline < 150 ms, seed full lesson < 250 ms, ms/1k words roughly flat")
    return 0


def growth(per_k: dict[str, tuple[float, float]]) -> None:
    """CPU ms per 1k words of the longest text over that of the dev set once: 1.0 is linear (issue 11)."""
    if "devset x1" not in per_k or len(per_k) < 3:
        return
    longest = list(per_k)[-1]
    (tl1, full1), (tln, fulln) = per_k["devset x1"], per_k[longest]
    print(f"growth {longest} / devset x1 (cpu ms per 1k words; 1.0 = linear): timeline {tln / tl1:.2f}, "
          f"lesson {fulln / full1:.2f}")


_MONTHS = ("January", "March", "May", "July", "September", "November")
_DAYS = ("Monday", "Wednesday", "Friday", "Sunday")


def hostile_text(shape: str, size: int) -> str:
    """Texts of about `size` bytes that once made generation super-linear (issue 15)."""
    dates = [f"{_MONTHS[i % 6]} {1 + i % 28}, {1950 + i % 70}" if i % 3 else f"last {_DAYS[i % 4]}"
             for i in range(size // 10)]
    if shape == "one sentence of dates":
        text = ", and ".join(f"the council met {d}" for d in dates)
    elif shape == "long paragraph, then a line":      # a search from the start of a line retried at each position
        text = " ".join(f"The council met {d}." for d in dates)[:size - 40] + "\n\nThe council adjourned"
    elif shape == "paragraphs of dates":
        text = "\n\n".join(f"The council approved the plan {a} and revised it {b}."
                            for a, b in zip(dates[::2], dates[1::2]))
    else:                                                 # deeply nested HTML around dated sentences
        text = "<div>" * 2000 + " ".join(f"<p>The mayor spoke {d}.</p>" for d in dates) + "</div>" * 2000
    return "Title: Hostile\nPublished: 2022-06-15\n\n" + text[:size] + "."


def hostile_shapes(kb: int, published) -> None:
    """Time per KB must stay flat as the text grows, whatever its shape (bounded generation)."""
    import quizgen
    print(f"\n{'hostile shape':24} {'KB':>5} {'lesson s':>9} {'s per KB':>9} {'events':>7}")
    for shape in ("one sentence of dates", "long paragraph, then a line", "paragraphs of dates", "nested HTML"):
        for size in (kb * 250, kb * 500, kb * 1000):
            text = hostile_text(shape, size)
            t0 = time.perf_counter()
            try:
                lesson = quizgen.build_lesson(text)
                events = len(lesson.events)
            except quizgen.QuizgenError as e:
                events = f"refused: {e}"[:40]
            took = time.perf_counter() - t0
            print(f"{shape:24} {size // 1000:5d} {took:9.2f} {took / (size / 1000):9.3f} {events!s:>7}")


def _peak_mb() -> float:
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    sys.exit(main())
