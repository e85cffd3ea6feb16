"""Word lists shipped in quizgen/data: countries, places, organisations, media, roles."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .wordlists import rows as _rows, tokens, word_set


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")      # a word with its "'s" or "n't" ("Obama's")
_BARE_WORD = re.compile(r"[^\W_]+")                    # the same, cut at an apostrophe ("Obama", "s")
_STOP = word_set("ranker_stopwords")


def content_words(text: str, *, min_length: int = 3, at_apostrophe: bool = False) -> set[str]:
    """The text's content words in lower case (not a stop word, at least `min_length` letters): what
    a headline and a question or a sentence are compared by. `at_apostrophe` cuts "Obama's" into
    "obama" and "s" rather than keeping it whole."""
    found = (_BARE_WORD if at_apostrophe else _WORD).findall(text.lower())
    return {w for w in found if w not in _STOP and len(w) >= min_length}


def word_at(words: str, text: str, *, ignore_case: bool = False) -> re.Match | None:
    """Where `words` stand in `text` as whole words (not inside a longer word or a hyphened one), or None."""
    if not words:
        return None
    return re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text, re.I if ignore_case else 0)


@functools.lru_cache(maxsize=1 << 16)
def key(s: str) -> str:
    """Comparison key: lower case, curly quotes and 'the' dropped, punctuation squeezed."""
    s = s.replace("\u2019", "'").replace("\u2018", "'").lower().strip()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[^\w' ]+", " ", s)
    return " ".join(s.split())


_MEDIA_HEADS = word_set("media_head_words")
_PEOPLE_NAMES = word_set("people_names")


def news_outlet(words: list[str]) -> bool:
    """A name that is a news outlet ('The New York Times', 'Harbour Herald'): a listed one, or a name
    of two words or more ending in an outlet's word."""
    return key(" ".join(words)) in load().media_keys or (len(words) > 1 and words[-1].lower() in _MEDIA_HEADS)


@dataclass(frozen=True)
class Country:
    name: str
    demonym: str
    capital: str
    region: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    countries: tuple[Country, ...]
    country_by_key: dict            # name/alias/abbreviation key -> Country
    demonyms: dict                  # demonym key -> Country
    capitals: dict                  # capital key -> Country
    states: dict                    # state name or abbreviation key -> state name
    state_names: tuple[str, ...]
    cities: dict                    # city key -> country name (capitals included)
    city_names: tuple[str, ...]
    organisations: tuple[tuple[str, str], ...]   # (name, kind)
    org_alias: dict                 # alias key -> canonical name
    media: tuple[str, ...]
    media_keys: frozenset
    roles: tuple[str, ...]
    given_names: frozenset


@functools.lru_cache(maxsize=1)
def load() -> Lexicon:
    countries, by_key, demonyms, capitals = _countries()
    states, state_names = _states()
    cities, city_names = _cities(countries)
    orgs, org_alias = _organisations()
    media = tuple(r[0] for r in _rows("media.txt"))
    roles = tuple(r[0] for r in _rows("roles.txt"))
    given = frozenset(tokens("given_names"))
    return Lexicon(tuple(countries), by_key, demonyms, capitals, states, tuple(state_names), cities,
                   tuple(city_names), tuple(orgs), org_alias, media,
                   frozenset(key(m) for m in media), roles, given)


def is_demonym(word: str) -> bool:
    """'Ghanaian', 'Latvian': the name of a country's people, by the country list."""
    return key(word) in load().demonyms


def names_a_people(word: str) -> bool:
    """'Ghanaian', 'Americans', 'Scots': a demonym, its plural, or a people's own name
    (data/people_names.txt), which keeps its capital wherever it stands."""
    low = key(word)
    return is_demonym(word) or (low.endswith("s") and is_demonym(word[:-1])) or low in _PEOPLE_NAMES


def _countries() -> tuple[list[Country], dict, dict, dict]:
    """The countries, and lookups by name or alias, by demonym and by capital (the first row wins)."""
    countries, by_key, demonyms, capitals = [], {}, {}, {}
    for row in _rows("countries.tsv"):
        row += [""] * (5 - len(row))
        c = Country(row[0], row[1], row[2], row[3], tuple(a for a in row[4].split(",") if a))
        countries.append(c)
        for n in (c.name, *c.aliases):
            by_key.setdefault(key(n), c)
        demonyms.setdefault(key(c.demonym), c)
        capitals.setdefault(key(c.capital), c)
    return countries, by_key, demonyms, capitals


def _states() -> tuple[dict[str, str], list[str]]:
    """US state names, looked up by name or by postal abbreviation."""
    states, state_names = {}, []
    for name, abbr in _rows("us_states.txt"):
        state_names.append(name)
        states[key(name)] = name
        states[key(abbr)] = name
    return states, state_names


def _cities(countries: list[Country]) -> tuple[dict[str, str], list[str]]:
    """City -> country from the city list, with every capital added."""
    cities, city_names = {}, []
    for city, country in _rows("cities.tsv"):
        cities[key(city)] = country
        city_names.append(city)
    for c in countries:
        if key(c.capital) not in cities:
            cities[key(c.capital)] = c.name
            city_names.append(c.capital)
    return cities, city_names


def _organisations() -> tuple[list[tuple[str, str]], dict[str, str]]:
    """(name, kind) of each organisation, and alias key -> canonical name."""
    orgs, org_alias = [], {}
    for row in _rows("organisations.tsv"):
        row += [""] * (3 - len(row))
        orgs.append((row[0], row[1]))
        org_alias[key(row[0])] = row[0]
        for a in row[2].split(","):
            if a:
                org_alias[key(a)] = row[0]
    return orgs, org_alias
