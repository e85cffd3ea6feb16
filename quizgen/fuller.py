"""What a bare 'the N' means: the name or fuller form the article gave it before ('the island' -> 'Pell
Island', 'the wage' -> 'the minimum wage', 'the judge' -> 'Judge Ann Roe'); read by stems and timeline labels."""
from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from .memo import per_document
from .nlp import ents_of
from .referents import (clause_read_as_noun, earlier_description, earlier_named_form, finite_or_bare_verb,
                        glued_words, only_company_before, only_country_before, only_state_before,
                        thing_of_its_own)
from .person_names import TITLE_NOUNS
from .wordlists import word_set

_ANAPHORIC_NOUNS = word_set("anaphoric_nouns")
_NAMING_NOUNS = word_set("naming_nouns")
_INSTITUTIONS = word_set("institution_nouns")
# entities that are names of one thing a description can stand for ('the island' -> 'Pell Island')
_NAME_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART", "NORP"})
# names a noun can stand for; a title ('Letters to a Girl') is no thing 'the girl' means
_BUILT_ON_NOUN = _NAME_LABELS - {"WORK_OF_ART", "NORP"}
_MENTIONS_BACK = 3        # earlier mentions of the noun read for a name beside it
_CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_FULLER_BACK = 3          # sentences before a bare noun read for its fuller form
_FULLER_TOKENS = 200      # at most so many tokens back
_SEQUENCE = word_set("sequence_adjectives")
_CONTRASTING = word_set("unanchored_comparatives")
_DESCRIBING = frozenset({"amod", "compound", "nmod"})
_INTRODUCING = word_set("introducing_determiners")
_FIGURES = frozenset({"CARDINAL", "PERCENT", "MONEY", "QUANTITY"})
_FULLER_WORDS = 6         # a longer 'fuller form' is a clause of its own, not a name for the thing
_NAMING_PARTICIPLES = word_set("naming_participles")
_NAME_JOINERS = frozenset({"of", "on", "for", "&"})     # 'Working Group on Afghan Women'


def anaphoric(head: Token) -> bool:
    """A subject or object noun, or the object of a verb's preposition ('objected to the deal'), that
    stands for an act or event told before ('the move was met with ...')."""
    verb = head.head.head
    # 'according to the report' names a source, not an act
    argument = head.dep_ in _CORE_DEPS or head.dep_ == "pobj" and verb.pos_ in ("VERB", "AUX") and \
        verb.lower_ != "according"
    return head.lemma_.lower() in _ANAPHORIC_NOUNS and argument


def fuller_form(head: Token) -> str | None:
    """The fuller form one of the few sentences before gives a bare noun ('the wage' after 'the minimum
    wage'; 'this area' after 'the H2 area'), without its determiner for a plural; None when none of
    them describes it, or the article told of two sorts ('the Afghan team', 'the European team', 'the
    last match'): the bare noun may mean either."""
    near = _one_sort_near(head)
    if near is None:
        return None
    # 'the Trump Tower apartment valuation': a mention modifying another noun is read as well
    fuller = earlier_description(head) or _as_described(near, head.tag_ == "NNS")
    return fuller if len(fuller.split()) <= _FULLER_WORDS else None


def named_sort(head: Token) -> bool:
    """The mention fuller_form reads describes the noun with a noun or a name ('the Trump Tower
    apartment', 'the SQL file'), not with adjectives alone ('the heavy storm' names it no better)."""
    near = _one_sort_near(head)
    return near is not None and any(m.pos_ in ("NOUN", "PROPN") for m in _modifiers(near))


def told_apart_before(head: Token) -> bool:
    """Before the noun's sentence the article spoke of one of its kind with the words that say which
    ('the minimum wage', 'the city of Iwaki', 'the last match'), brought one in ('a deal') or, naming
    none before, told the act the noun names ('debated' ... 'the debate'): a bare 'the N' after it
    leans on that sentence. A figure's noun ('a score of 24-10') brings in nothing, and a thing the
    article spoke of as 'the game' from the first is the story's own, whatever one 'his final game' says."""
    doc, start = head.doc, head.sent.start
    positions, told_so_far = _told_by_mention(doc, head.lemma_, head.tag_)
    n = bisect.bisect_left(positions, start)
    if n:
        return told_so_far[0] == 1 or told_so_far[n - 1] > 1
    return any(t.pos_ == "VERB" and t.lemma_ == head.lemma_ for t in doc[_window_start(head):start])


def _told_by_mention(doc, lemma: str, tag: str) -> tuple[list[int], list[int]]:
    """The positions of a noun's mentions that are no figures, and after each how many so far said
    which one or brought one in; read once per document (every 'the N' of a long text asks it)."""
    cache = doc.user_data.setdefault("quizgen_told_by_mention", {})
    got = cache.get((lemma, tag))
    if got is None:
        positions = [i for i in _sorts_by_mention(doc, lemma, tag)[0] if not _figure(doc[i])]
        counts, told = [], 0
        for i in positions:
            told += _sort_of(doc[i]) != () or _brought_in(doc[i])
            counts.append(told)
        got = cache[(lemma, tag)] = (positions, counts)
    return got


def _brought_in(t: Token) -> bool:
    """'a deal', 'another offer': a mention that brings one in."""
    return any(c.dep_ == "det" and c.lower_ in _INTRODUCING for c in t.children)


def _figure(t: Token) -> bool:
    """'a score of 24-10', 'a rate of 5 percent': the noun gives a figure, no thing of its own."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.like_num or o.ent_type_ in _FIGURES for o in c.subtree)
               for c in t.children)


def _as_described(t: Token, plural: bool) -> str:
    """A mention with the words that describe it ('Trump Tower apartment'), with 'the' when singular."""
    mods = _modifiers(t)
    start = min((m.left_edge.i for m in mods), default=t.i)
    if clause_read_as_noun(t.doc[start:t.i]):
        return ""
    words = glued_words([w for w in t.doc[start:t.i + 1] if w.dep_ not in ("det", "poss", "case")])
    return " ".join(words) if plural else "the " + " ".join(words)



def _one_sort_near(head: Token) -> Token | None:
    """The nearest mention describing the noun, when the article described it before as one sort
    only and did so in the few sentences before (a form from further back only may be another thing
    of the same kind)."""
    doc = head.doc
    positions, sorts_so_far = _sorts_by_mention(doc, head.lemma_, head.tag_)
    n = bisect.bisect_left(positions, head.left_edge.i)
    if n == 0 or len(sorts_so_far[n - 1]) != 1 or None in sorts_so_far[n - 1]:
        return None
    start = _window_start(head)
    for i in reversed(positions[:n]):
        if i < start:
            return None
        if _sort_of(doc[i]):
            return doc[i]
        if thing_of_its_own(doc[i]):
            return None         # 'the Tays car ... Blair's car ... the car': the nearest is Blair's
    return None


def _sorts_by_mention(doc, lemma: str, tag: str) -> tuple[list[int], list[frozenset]]:
    """The positions of a noun's mentions of one tag, and after each the sorts told so far (at most
    two kept: more tell nothing new), read once per document: a stem's 'the N' asks of every mention
    before it, and a long text repeats its nouns thousands of times."""
    cache = doc.user_data.setdefault("quizgen_sorts_by_mention", {})
    got = cache.get((lemma, tag))
    if got is None:
        positions = [i for i in nouns_by_lemma(doc).get(lemma, []) if doc[i].tag_ == tag]
        seen: set = set()
        states = []
        for i in positions:
            sort = _sort_of(doc[i])
            if sort != () and len(seen - {None}) < 2:
                seen.add(sort)
            states.append(frozenset(seen))
        got = cache[(lemma, tag)] = (positions, states)
    return got


def _window_start(head: Token) -> int:
    """Where the few sentences before the noun's own start."""
    doc = head.doc
    starts = [t.i for t in doc[max(0, head.i - _FULLER_TOKENS):head.i + 1] if t.is_sent_start]
    return starts[-_FULLER_BACK - 1] if len(starts) > _FULLER_BACK else max(0, head.i - _FULLER_TOKENS)


def _sort_of(t: Token) -> tuple[str, ...] | None:
    """The words that say what sort a mention is ('minimum' of 'the minimum wage', 'Iwaki' of 'the city
    of Iwaki'); () for a bare one, None for one told apart by order or time ('the last match')."""
    mods = _modifiers(t)
    if any(map(_sequencing, mods)):
        return None
    return tuple(w.lower_ for w in mods + _place_names(t))


def _place_names(t: Token) -> list[Token]:
    """The names of an 'at/of/in' phrase on the noun ('the city of Iwaki')."""
    preps = [p for p in t.children if p.dep_ == "prep" and p.lower_ in ("at", "of", "in")]
    return [c for p in preps for c in p.children if c.dep_ == "pobj" and c.ent_type_]


def _modifiers(t: Token) -> list[Token]:
    """The words before a mention that say what sort it is; for a noun modifying another ('the Harbor
    Tower apartment valuation') the parser may hang them on that other noun."""
    owners = [t, t.head] if t.dep_ == "compound" and t.head.i > t.i else [t]
    return [c for o in owners for c in o.children
            if c.i < t.i and c.dep_ in _DESCRIBING and not c.like_num and not finite_or_bare_verb(c)]


def _sequencing(w: Token) -> bool:
    """'last', 'latest', 'second': a modifier that tells one of several apart by order or time."""
    return w.lower_ in _SEQUENCE or w.tag_ in ("JJS", "RBS") or w.ent_type_ == "ORDINAL"


@per_document
def nouns_by_lemma(doc) -> dict[str, list[int]]:
    """The positions of the document's nouns by lemma, read once per document (each stem's 'the N'
    read the whole article before it)."""
    got: dict[str, list[int]] = {}
    for t in doc:
        if t.pos_ == "NOUN":
            got.setdefault(t.lemma_, []).append(t.i)
    return got


def apposed(head: Token) -> str | None:
    """The name beside the noun ('the security firm, Acme.com,', 'the hashtag, #Name')."""
    for c in head.children:
        if c.dep_ != "appos":
            continue
        start = c.left_edge.i
        if start > 0 and head.doc[start - 1].text in ("#", "@") and not head.doc[start - 1].whitespace_:
            start -= 1           # the tagger may hang a hashtag's '#' on the noun
        end = c.right_edge.i if not any(w.dep_ in ("relcl", "acl", "prep") for w in c.children) else c.i
        text = head.doc[start:end + 1].text.strip(" ,")      # 'Fannie Mae and Freddie Mac' whole
        if c.ent_type_ in _NAME_LABELS or c.pos_ == "PROPN" or text[:1] in "#@":
            return text
    return None


def antecedent(head: Token) -> str | None:
    """What the article named 'the N' before: a name built on N ('Pell Island', 'Measure 12'), the
    article's own fuller form ('the #Hashtag hashtag'), an earlier 'N, Name' / 'N by Name', or for
    'the company' the one company the article named before."""
    found = earlier_named_form(head)
    if found is not None:
        return found[1]
    return _entity_with_noun(head) or _described_before(head) or only_company_before(head) or only_state_before(head) or \
        only_country_before(head)


def _entity_with_noun(head: Token) -> str | None:
    """The name the article built on the noun before ('the island' -> 'Pell Island'): of several,
    the one named most often, then the first."""
    word = head.lemma_.lower()
    if head.tag_ != "NN" or word not in _NAMING_NOUNS | _INSTITUTIONS:
        return None              # 'the girls' are people; 'the bank' may be any of several banks
    names = _names_built_on(head, word)
    if not names or word not in _NAMING_NOUNS and len(set(names)) > 1:
        return None              # 'the board' after two boards were named: either
    counts = Counter(names)
    return max(names, key=lambda n: (counts[n], -names.index(n)))


def named_several(head: Token) -> bool:
    """The article built two or more names on the noun before ('the Bootleg Fire', 'the Dixie Fire'
    ... 'the fire'): a bare 'the N' may stand for either."""
    word = head.lemma_.lower()
    return head.tag_ == "NN" and word in _INSTITUTIONS and len(set(_names_built_on(head, word))) > 1


def _names_built_on(head: Token, word: str) -> list[str]:
    """The names before `head` whose capitalised word is the noun ('Pell Island' for 'island')."""
    cache = _built_names(head.doc)
    found = cache.get(word)
    if found is None:          # read once per document and noun: every 'the council' of a long text asks
        found = cache[word] = _all_built_on(head.doc, word)
    return [name for start, name in found[:bisect.bisect_left(found, (head.i, ""))]]


@per_document
def _built_names(doc) -> dict[str, list[tuple[int, str]]]:
    return {}


def _all_built_on(doc, word: str) -> list[tuple[int, str]]:
    """(start, name) of every name in the document built on the noun, in order."""
    found = []
    for ent in ents_of(doc):
        at = next((t.i for t in ent if t.text[:1].isupper() and word in (t.lemma_.lower(), t.lower_)
                   and not any(d.lower_ == "the" for d in ent if ent.start < d.i < t.i)), None)   # not 'Walk Around the World'
        if ent.label_ in _BUILT_ON_NOUN and at is not None and ent.text[:1].isalnum():
            found.append((ent.start, name_text(_cut_at(ent, at))))
    return found


def _cut_at(ent: Span, at: int) -> Span:
    """The name up to the noun it is built on ('Northgate Rowing Club' of a span running on into
    more names); a number after the noun stays ('Measure 12')."""
    end = at + 1
    while end < len(ent.doc) and end <= at + 2 and ent.doc[end].like_num:
        end += 1
    return ent.doc[ent.start:end]


def name_text(ent: Span) -> str:
    """A name as the article writes it, with its 'the' when the article gives it one."""
    text = ent.text.strip()
    if ent[0].lower_ == "the":
        return "the " + text.split(" ", 1)[1] if " " in text else text
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return f"the {text}" if before is not None and before.lower_ == "the" else text


def _described_before(head: Token) -> str | None:
    """An earlier mention of the noun with a name beside it: 'the hashtag, #Name' -> 'the hashtag
    #Name'; 'a survey by Name' -> 'the survey by Name'."""
    before = nouns_by_lemma(head.doc).get(head.lemma_, [])
    n = bisect.bisect_left(before, head.i)
    for t in [head.doc[i] for i in before[max(0, n - _MENTIONS_BACK):n]][::-1]:
        described = mention_described(t)
        if described is not None:
            return described
    return None


def mention_described(t: Token) -> str | None:
    """One earlier mention told with its name: as a name's modifier or apposition, with a name of its
    own beside it, or with the 'by' of who made it; None when it has none, or when the mention sets its
    thing beside another ('the next-largest telescope, the Kelby Dish': not the one the article is about)."""
    if _set_beside_another(t):
        return None
    if t.dep_ in ("compound", "appos") and t.head.pos_ == "PROPN" and t.head.ent_type_ in _NAME_LABELS:
        return _subtree_text(t.head)     # 'the security firm Acme' ... 'the firm'
    own = apposed(t)
    if own is not None:
        return f"the {t.text} {own}"
    called = _called_name(t)
    if called is not None:
        return called
    by = _made_by(t)
    return None if by is None else f"the {t.text} by {_subtree_text(by)}"


def _called_name(t: Token) -> str | None:
    """The name 'a group called the Riverside Council' / 'a charity named Bright Futures' / 'a panel
    known as ...' gives the noun it brings in, as the article writes it; None without such a name."""
    if not _brought_in(t):
        return None              # 'the group called for calm': no name given, a verb
    verb = next((c for c in t.children if c.dep_ == "acl" and c.lower_ in _NAMING_PARTICIPLES and c.i == t.i + 1), None)
    if verb is None:
        return None
    doc = t.doc
    start = verb.i + 1
    if verb.lower_ == "known" and start < len(doc) and doc[start].lower_ == "as":
        start += 1
    return _name_from(doc, start)


def _name_from(doc, start: int) -> str | None:
    """The capitalised name starting at `start` (an optional 'the' first), its 'of'/'on' parts kept
    ('the Working Group on Afghan Women'); None when no capitalised word starts there."""
    first = start + 1 if start < len(doc) and doc[start].lower_ == "the" else start
    end = first
    while end < len(doc) and (_capitalised(doc[end]) or end > first and _joins_name(doc, end)):
        end += 1
    return doc[start:end].text if end > first else None


def _capitalised(w: Token) -> bool:
    return w.text[:1].isupper() and (w.is_alpha or w.pos_ == "PROPN")


def _joins_name(doc, i: int) -> bool:
    """'on' of 'Working Group on Afghan Women': a small word with a capitalised one after it."""
    return doc[i].lower_ in _NAME_JOINERS and i + 1 < len(doc) and _capitalised(doc[i + 1])


def _set_beside_another(t: Token) -> bool:
    """'the other firm', 'the next-largest dish', 'the second-biggest bank': a mention that names one
    of the noun's kind compared with another, so its name is not what a later bare 'the N' means."""
    before = [w for w in t.subtree if w.i < t.i]
    if any(w.lower_ in _CONTRASTING for w in before):
        return True
    return any(_ranked_after_another(w) for w in before if w.tag_ in ("JJS", "RBS"))


def _ranked_after_another(superlative: Token) -> bool:
    """'next-largest', 'second biggest': a rank word before the superlative, hyphenated or not."""
    doc, i = superlative.doc, superlative.i
    rank = doc[i - 2] if i > 1 and doc[i - 1].text == "-" else doc[i - 1] if i > 0 else None
    return rank is not None and rank.lower_ in _SEQUENCE


def _made_by(t: Token) -> Token | None:
    """The organisation of 'a survey by Name' right after the noun, or None."""
    by = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if by is None or by.lower_ != "by" or by.head.i != t.i:
        return None
    return next((o for o in by.children if o.dep_ == "pobj" and o.ent_type_ == "ORG"), None)


def _subtree_text(t: Token) -> str:
    """A name token with the compounds before it ('Vantage Research')."""
    return " ".join(w.text for w in t.subtree if w.i <= t.i and (w is t or w.dep_ in ("compound", "flat"))
                    and w.pos_ == "PROPN")


# ---------------------------------------------------------------- 'the judge' -> 'Judge Ann Roe'
_TITLE_DEPS = frozenset({"compound", "amod", "nmod"})


def titled_person(head: Token) -> str | None:
    """The one person the article named before the noun's sentence with the noun as title ('Agriculture
    Secretary Ann Veneman' ... 'the secretary'; 'Ann Roe, the judge'; 'the judge, Ann Roe'), written
    'Secretary Ann Veneman' when the article capitalised the title before the name, else the name;
    None when it named none or several people so (the learner could not tell which)."""
    if head.tag_ != "NN" and not _capitalised_title(head):
        return None
    before = _told_before(head, _people_titled(head.doc))
    if len({surname for surname, _ in before}) != 1:
        return None
    return max((w for _, w in before), key=len)


@per_document
def _people_titled(doc) -> dict[str, list[tuple[int, str, str]]]:
    """Title noun -> (start, surname, as written) of each person mention the article gives it."""
    found: dict[str, list[tuple[int, str, str]]] = {}
    for ent in (e for e in ents_of(doc) if e.label_ == "PERSON"):
        lead = _title_words(ent)
        name = _full_name(ent, lead) or _titled_surname(ent, lead)
        for t in [] if name is None else lead + _apposed_nouns(ent):
            found.setdefault(t.lemma_.lower(), []).append((ent.start, name[-1].text, _titled_name(t, lead, name)))
    return found


def _told_before(head: Token, people: dict[str, list[tuple]]) -> list[tuple]:
    """The rows of a people table (noun -> (start, ...) of each person mention) under the head's noun,
    of mentions before the head's sentence, without their start."""
    return [row[1:] for row in people.get(head.lemma_.lower(), []) if row[0] < head.sent.start]


def _capitalised_title(head: Token) -> bool:
    """'the President', 'the Prime Minister' written with a capital: a title noun the tagger reads as a name."""
    return head.tag_ == "NNP" and head.lower_ in TITLE_NOUNS and not head.ent_type_


def _titled_surname(ent: Span, lead: list[Token]) -> list[Token] | None:
    """'President Bush': a surname alone right after its capitalised title, written so, names one person
    (the title tells which Bush); None for any other single word."""
    name = [t for t in ent if not t.is_punct and t.lower_ not in ("'s", "’s") and t not in lead]
    if len(name) != 1 or not name[0].text[:1].isupper():
        return None
    return name if any(_titled_name(t, lead, name) != name[0].text for t in lead) else None


def _full_name(ent: Span, lead: Sequence[Token] = ()) -> list[Token] | None:
    """The words of the name without its title; None for a surname alone (it may be anyone's)."""
    name = [t for t in ent if not t.is_punct and t.lower_ not in ("'s", "’s") and t not in lead]
    return name if len(name) >= 2 and all(t.text[:1].isupper() for t in name) else None


def _titled_name(title: Token, lead: list[Token], name: list[Token]) -> str:
    """'Judge Ann Roe' where the article capitalised a known title right before the name, else 'Ann Roe'."""
    text = " ".join(t.text for t in name)
    titled = title in lead and title.i == name[0].i - 1 and title.is_title and title.lower_ in TITLE_NOUNS
    return f"{title.text} {text}" if titled else text


def _title_words(ent: Span) -> list[Token]:
    """The title nouns of a name: inside the entity ('Judge Ann Roe') or the noun right before it that
    modifies it ('District Judge Ann Roe', 'Iranian leader Omar Zand'); a word before that says whose
    or of what ('company chairman') is no title the person goes by."""
    doc = ent.doc
    lead = [t for t in ent[:-1] if t.lower_.rstrip(".") in TITLE_NOUNS]
    before = doc[ent.start - 1] if ent.start else None
    if before is not None and before.dep_ in _TITLE_DEPS and ent.start <= before.head.i < ent.end and \
            before.pos_ in ("NOUN", "PROPN") and not before.ent_type_:
        lead.append(before)
    return lead


def _apposed_nouns(ent: Span) -> list[Token]:
    """'Ann Roe, the judge,' / 'the judge, Ann Roe': a common noun set beside the name."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.tag_ == "NN"]
    if root.dep_ == "appos" and root.head.tag_ == "NN":
        nouns.append(root.head)
    return [n for n in nouns if _with_article(n)]


def _with_article(noun: Token) -> bool:
    return any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in noun.children)


# ---------------------------------------------------------------- 'the three-time Olympian' -> 'Dana Reyes'
# A person told by a description the article gave one named person before ('Dana Reyes, a three-time
# Olympian, ...' / 'Gail Monroe is a veteran reporter' ... 'The three-time Olympian won the title'): a
# timeline line prints the name, since the learner reading the line alone cannot tell who is meant.
_DESCRIBING_DEPS = frozenset({"det", "amod", "compound", "nummod", "punct", "npadvmod"})
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def described_person(head: Token) -> str | None:
    """The one named person whose earlier description (an apposition or 'X is a ...') has the noun
    and every word before it ('three-time'); None for a noun no one or several were described by,
    or one with words of its own ('the reporter who broke the story')."""
    if not _definite_description(head):
        return None
    words = {t.lower_ for t in head.subtree if t != head and t.dep_ != "det" and not t.is_punct}
    names = {name for name, desc in _told_before(head, _descriptions(head.doc)) if words <= desc}
    return names.pop() if len(names) == 1 else None


def _definite_description(head: Token) -> bool:
    """'The (three-time) Olympian' as a subject or object: 'the' and describing words only, no name."""
    if head.dep_ not in _ROLES or not _common_or_group(head):
        return False
    kids = list(head.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and all(map(_describing_word, kids))


def _common_or_group(head: Token) -> bool:
    """A common noun, or a capitalised one of a group ('Olympian'), not a person's name."""
    if head.ent_type_ == "PERSON":
        return False
    return head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.ent_type_ == "NORP"


def _describing_word(c: Token) -> bool:
    return c.dep_ in _DESCRIBING_DEPS and c.pos_ != "PROPN"


@per_document
def _descriptions(doc: Doc) -> dict[str, list[tuple[int, str, frozenset[str]]]]:
    """Noun -> (start, full name, the description's words) of each person the article described by it."""
    found: dict[str, list[tuple[int, str, frozenset[str]]]] = {}
    for ent in (e for e in ents_of(doc) if e.label_ == "PERSON"):
        name = _full_name(ent) or _surname_of_one(ent)
        for noun in _describing_nouns(ent.root) if name else ():
            words = frozenset(t.lower_ for t in noun.subtree)
            found.setdefault(noun.lemma_.lower(), []).append((ent.start, " ".join(t.text for t in name), words))
    return found


def _surname_of_one(ent: Span) -> list[Token] | None:
    """'Reyes, a three-time Olympian,' after 'Dana Reyes': the full name of the one person named before
    whose last word the lone name is; None for none or several ('Ann Reyes', 'Tom Reyes')."""
    words = [t for t in ent if not t.is_punct and t.lower_ not in ("'s", "’s")]
    if len(words) != 1:
        return None
    fulls = {}
    for name in _full_names_before(ent):
        if name[-1].text == words[0].text:
            fulls[tuple(t.text for t in name)] = name
    return next(iter(fulls.values())) if len(fulls) == 1 else None


def _full_names_before(ent: Span) -> list[list[Token]]:
    """The full names of the people the article named before the mention."""
    found = (_full_name(e) for e in ents_of(ent.doc) if e.label_ == "PERSON" and e.end <= ent.start)
    return [name for name in found if name]


def _describing_nouns(root: Token) -> list[Token]:
    """'Dana Reyes, a three-time Olympian,' and 'Dana Reyes is a three-time Olympian': the noun said of
    the name with an article of its own."""
    nouns = [c for c in root.children if c.dep_ == "appos"]
    verb = root.head
    if root.dep_ == "nsubj" and verb.lemma_ == "be":
        nouns += [c for c in verb.children if c.dep_ == "attr"]
    return [n for n in nouns if _common_or_group(n) and _with_article(n)]
