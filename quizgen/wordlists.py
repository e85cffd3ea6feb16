"""The one loader for quizgen/data: word lists and tables, each file opening with a header line.

Format of every file in quizgen/data/:
    line 1      "# " + what the list is for and where it came from (required: the loader checks it)
    other lines one entry a line (a word or phrase; tables: tab-separated columns);
                blank lines and lines starting with "#" are skipped.
"""
from __future__ import annotations

import functools
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


class DataFileError(ValueError):
    """A data file without its header line (every list must say what it is for)."""


@functools.lru_cache(maxsize=None)
def _entries(name: str) -> tuple[str, ...]:
    text = (DATA / name).read_text(encoding="utf-8")
    if not text.startswith("# "):
        raise DataFileError(f"quizgen/data/{name}: the first line must be a '# ' header "
                            "saying what the list is for and where it came from")
    return tuple(line for line in text.splitlines()[1:] if line.strip() and not line.startswith("#"))


def header(name: str) -> str:
    """The header line of a data file, without its '# '."""
    _entries(name)
    return (DATA / name).read_text(encoding="utf-8").splitlines()[0][2:].strip()


def words(name: str) -> tuple[str, ...]:
    """The entries of a word list, in file order (`name` without '.txt')."""
    return tuple(line.strip() for line in _entries(name + ".txt"))


@functools.lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """The entries of a word list as a set, for membership tests."""
    return frozenset(words(name))


def tokens(name: str) -> tuple[str, ...]:
    """The white-space separated words of a list written several to a line."""
    return tuple(w for line in _entries(name + ".txt") for w in line.split())


def rows(filename: str) -> list[list[str]]:
    """The rows of a table (file name with its extension), each cell stripped."""
    return [[c.strip() for c in line.split("\t")] for line in _entries(filename)]


def mapping(name: str) -> dict[str, str]:
    """A two-column table (`name` without '.tsv') as a dict, first column to second, in file order."""
    return {r[0]: r[1] for r in rows(name + ".tsv")}


@functools.lru_cache(maxsize=None)
def pattern(name: str) -> str:
    """A regular expression from quizgen/data/patterns.tsv (compile it where it is used)."""
    return mapping("patterns")[name]


@functools.lru_cache(maxsize=None)
def tagged(name: str, use: str) -> frozenset[str]:
    """The words of a table `word<TAB>uses` (`name` without '.tsv') listed for one use."""
    return frozenset(r[0] for r in rows(name + ".tsv") if use in r[1].split(","))
