"""One company under all the names an article gives it: its long and short names, a role or a
product written after its name, a tag the tagger gives its name only here and there (issue 12, rule 8)."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .lexicon import key, load as load_lexicon
from .memo import per_document
from .wordlists import word_set

_ROLE_TAILS = word_set("company_role_tails")
_MISTAGS = ("GPE", "NORP", "LOC")     # tags the tagger gives a company's name in some sentences


def without_role_tail(name: str) -> str:
    """'Acme CIO', 'Acme executives' -> 'Acme': a role after a company's name is one of its people,
    the name still names the company."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in _ROLE_TAILS:
        words = words[:-1]
    return " ".join(words)


def named_as_company(ent: Span) -> bool:
    """The tagger's organisation, or a name it tags a place or a people here ('Acme is nearing ...')
    while it tags the same words an organisation elsewhere in the article, when no place is so named."""
    if ent.label_ == "ORG":
        return True
    return ent.label_ in _MISTAGS and key(ent.text) in _org_keys(ent.doc) and not _known_place(key(ent.text))


@per_document
def _org_keys(doc: Doc) -> frozenset[str]:
    """The names the tagger tags an organisation somewhere in the article."""
    return frozenset(key(e.text) for e in doc.ents if e.label_ == "ORG")


def _known_place(name: str) -> bool:
    lexicon = load_lexicon()
    return name in lexicon.country_by_key or name in lexicon.demonyms or name in lexicon.states \
        or name in lexicon.cities


def product_names(names: list[str], things: frozenset[str]) -> dict[str, str]:
    """'Acme Fibrelink TV' beside 'Acme Holdings' and a 'Fibrelink TV' of its own: the product is written
    after its maker's name, so the long name is the maker ('Acme') and the product alone, or a word of
    it ('Fibrelink'), names no company (''); a name that ends in one of the article's `things` ('the
    Acme Pad') is a product too (''). Gives each name that is either; other names are not in it."""
    named = set(names)
    words_of = {name: tuple(name.split()) for name in named}
    found: dict[str, str] = {}
    for name, words in words_of.items():
        split = _maker_and_product(name, words, things, words_of)
        if split is not None:
            maker, product = split
            found[name] = maker
            if maker:
                found[product] = ""
    found.update(_within_products(found, words_of))
    return found


def _within_products(found: dict[str, str], words_of: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """A name made of some of a product's words ('Fibrelink' of 'Fibrelink TV') names no company either."""
    products = [set(words_of[name]) for name, maker in found.items() if maker == "" and name in words_of]
    return {name: "" for name, words in words_of.items() if any(set(words) < p for p in products)}


def _maker_and_product(name: str, words: tuple[str, ...], things: frozenset[str],
                       words_of: dict[str, tuple[str, ...]]) -> tuple[str, str] | None:
    """The first split of a name into a maker and a product: ('', product) for a thing of the article,
    (maker, product) for a product the article also names alone; None if the name is no product."""
    for k in range(1, len(words)):
        maker, product = words[:k], " ".join(words[k:])
        if product in things:
            return "", product
        if product in words_of and _maker_named_elsewhere(maker, name, words_of):
            return " ".join(maker), product
    return None


def _maker_named_elsewhere(maker: tuple[str, ...], name: str, words_of: dict[str, tuple[str, ...]]) -> bool:
    """Another name of the article begins with the maker's words and goes on with no product of its own."""
    k = len(maker)
    return any(other != name and words[:k] == maker and words[k:] != words_of[name][k:]
               for other, words in words_of.items())
