"""The data loader: every file in quizgen/data opens with a header line; lists load as written."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from quizgen import wordlists
from quizgen.wordlists import DATA, DataFileError

QUIZGEN = Path(wordlists.__file__).parent


@pytest.mark.parametrize("path", sorted(p for p in DATA.iterdir() if p.is_file() and p.suffix != ".json"),
                         ids=lambda p: p.name)
def test_every_data_file_says_what_it_is_for(path):   # ranker.json (a model) says so in its "about"
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ") and len(first) > 20, f"{path.name}: no header line saying what it is for"


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.name)
def test_word_lists_have_no_repeats_or_stray_spaces(path):
    entries = wordlists._entries(path.name)
    assert entries, path.name
    assert all(e == e.strip() for e in entries), path.name
    if path.name != "given_names.txt":          # several names a line
        assert len(set(entries)) == len(entries), path.name


def test_a_file_without_a_header_is_refused(tmp_path, monkeypatch):
    (tmp_path / "bare.txt").write_text("alpha\nbeta\n", encoding="utf-8")
    monkeypatch.setattr(wordlists, "DATA", tmp_path)
    wordlists._entries.cache_clear()
    try:
        with pytest.raises(DataFileError, match="header"):
            wordlists.words("bare")
    finally:
        wordlists._entries.cache_clear()


@pytest.mark.parametrize("loader, name, expected", [
    (wordlists.words, "month_names", ("January", "February")),          # order kept
    (wordlists.words, "number_words", ("zero", "one", "two")),
])
def test_lists_load_in_file_order(loader, name, expected):
    assert loader(name)[:len(expected)] == expected


@pytest.mark.parametrize("use, word, listed", [
    ("tokenizer", "capt", True), ("tokenizer", "president", False),
    ("name", "president", True), ("statement", "father", True), ("index", "father", False),
])
def test_title_words_are_listed_per_use(use, word, listed):
    assert (word in wordlists.tagged("title_words", use)) is listed


@pytest.mark.parametrize("use, verb, listed", [
    ("clause", "say", True), ("quote", "read", True), ("clause", "read", False),
    ("pronoun", "recall", True), ("tense", "remain", True), ("pronoun", "remain", False),
])
def test_reporting_verbs_are_listed_per_use(use, verb, listed):
    assert (verb in wordlists.tagged("reporting_verbs", use)) is listed


def test_patterns_and_tables_load():
    assert wordlists.pattern("clock_time").startswith("(")
    assert wordlists.mapping("seasons")["autumn"] == "9"
    assert wordlists.rows("date_patterns.tsv")[0][0] == "MON"


def _word_lists_in_code(path: Path) -> list[int]:
    """Lines of set/list/tuple literals of five or more lower-case words (grammar labels excepted)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)) and len(node.elts) >= 5:
            values = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            words = [v for v in values if v.isalpha() and v.islower() and "_" not in v]
            if len(values) == len(node.elts) and len(words) >= 5 and not set(words) <= _GRAMMAR_LABELS:
                found.append(node.lineno)
    return found


_GRAMMAR_LABELS = set("nsubj nsubjpass aux auxpass neg expl prep agent advmod npadvmod acomp dative ccomp xcomp "
                      "dobj conj amod compound appos relcl advcl parataxis discourse intj punct cc mark det poss "
                      "case nummod oprd attr pcomp pobj acl preconj predet meta dep csubj quantmod prt nmod".split())


# a group of five or more alternatives ("(?:said|says|told|...)"), nested groups aside
_ALTERNATION = re.compile(r"\((?:\?:)?((?:[^()|]*\|){4,}[^()|]*)\)")
_LITERAL_WORD = re.compile(r"[A-Za-z][A-Za-z' ]*")


def _word_alternations_in_code(source: str) -> list[int]:
    """Lines of strings (regular expressions) holding an alternation of five or more literal words."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            for m in _ALTERNATION.finditer(node.value):
                if sum(bool(_LITERAL_WORD.fullmatch(a)) for a in m.group(1).split("|")) >= 5:
                    found.append(node.lineno)
    return found


@pytest.mark.parametrize("source, caught", [
    ('X = re.compile(r"\\b(?:said|says|told|stated|claimed)\\b", re.I)', True),
    ('X = rf"^{START}(?:near|outside|suburban|around|greater)\\s+"', True),     # inside an f-string
    ('X = r"\\s(?:when|where|who|what|how many|how much)\\?$"', True),        # phrases count as words
    ('X = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"', True),
    ('X = r"\\b(?:said|says|told|stated)\\b"', False),                           # four words
    ('X = r"(?:\\d{4}|[ap]\\.m\\.|GMT|UTC|ET)"', False),                        # three words, two patterns
    ('X = re.compile(pattern("that_verb"), re.I)', False),                        # read from quizgen/data
])
def test_word_alternations_in_code_are_found(source, caught):
    assert bool(_word_alternations_in_code(source)) is caught


_ENGINE_CODE = sorted(p for p in QUIZGEN.rglob("*.py")
                      if p.name != "article.py" and "timex" not in p.relative_to(QUIZGEN).parts)


@pytest.mark.parametrize("path", _ENGINE_CODE, ids=lambda p: str(p.relative_to(QUIZGEN)))
def test_no_word_list_left_in_code(path):
    assert _word_lists_in_code(path) == [], f"{path}: move the list to quizgen/data"
    assert _word_alternations_in_code(path.read_text(encoding="utf-8")) == [], \
        f"{path}: move the regular expression to quizgen/data/patterns.tsv"
