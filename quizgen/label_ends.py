"""Where a timeline label stops before the words that say what happened: the state or place an object
is put in ('made the ruling | available'), the second half of a ratio ('from 18 | to 1'), the verb of
a clause whose subject ends the label ('claimed the apartment | was 30,000 sq ft'), and what a bare
participle of a 'with' phrase did ('with its peak coming | in August'). Each finder gives the source
token indexes the label left out (restored when the label stays short enough), or none."""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from .clauses import reporting_verb
from .complements import completes_head
from .completeness import undated_phrases
from .headlines import date_phrase
from .syntax import FINITE_TAGS
from .wordlists import mapping, tagged, word_set

_STATE_VERBS = tagged("object_predicate_verbs", "state")     # 'made the file (available)'
_PLACE_VERBS = tagged("object_predicate_verbs", "place")     # 'put the plan (on hold)'
_CLAUSE_VERBS = word_set("clause_taking_verbs")              # 'claimed the flat (was 30,000 sq ft)'
_PREP_VERBS = word_set("prepositional_verbs")                # 'served (as head of the church)'
_LINK_VERBS = {verb: frozenset(preps.split(",")) for verb, preps in mapping("object_link_verbs").items()}
_STATE_DEPS = ("acomp", "oprd", "ccomp", "xcomp")
_PLACE_DEPS = ("prt", "prep", "advmod")
ASIDE_MARKS = (",", ";", ":", "(", ")", "[", "]", "–", "—", "--")
_QUOTE_TAGS = ("``", "''")


def next_to(last: Token, lost: Token) -> bool:
    """The left-out part comes after the label's last word, not set off by a comma, dash or bracket
    ('closed at $5.25, down $1.875, a 26% decline' is an aside, not the verb's object)."""
    between = last.doc[last.i + 1:lost.left_edge.i]
    return lost.left_edge.i > last.i and not any(t.text in ASIDE_MARKS for t in between)


def lost_predicate(toks: list[Token], kept: frozenset[int]) -> list[int]:
    """The words from the label's end through what an object-predicate verb of the label says its
    object was made or put ('made the text of the ruling | available to the public', 'kept rates |
    near zero'), when the label ends inside that object; none when it prints them."""
    last = toks[-1]
    for verb, obj in _ended_objects(toks, kept):
        found = _predicate(verb, obj, last)
        if found is not None and found.i not in kept:
            return _through(last, found)
    return []


def lost_link(toks: list[Token], kept: frozenset[int]) -> Token | None:
    """'Ralston attributed its slump' (to higher costs), 'described the White House' (as a collection of
    aides): the phrase a linking verb ties its object to, left out by a label that ends inside that
    object; None when the label prints it or a comma or dash stands between."""
    last = toks[-1]
    for verb, obj in _ended_objects(toks, kept):
        link = _link_phrase(verb, obj)
        if link is not None and link.i not in kept and link.i > last.i and next_to(last, link):
            return link
    return None


def _link_phrase(verb: Token, obj: Token) -> Token | None:
    """The first phrase after the object opened by a preposition the verb ties its object with; the
    parser may hang it on the object ('its slump | partly to higher costs')."""
    preps = _LINK_VERBS.get(verb.lemma_.lower(), frozenset())
    after = [c for c in verb.children if c.i > obj.i] + list(obj.rights)
    return min((c for c in after if c.dep_ == "prep" and c.lower_ in preps), key=lambda c: c.i, default=None)


def link_phrases(link: Token) -> list[list[int]]:
    """The ways to print a linking verb's phrase, longest first: whole; without its asides; its noun
    with the words before it and its first 'of' phrase ('partly to higher costs of ingredients' | in
    the pet food business as well as competitive pressures); none when a date is in it."""
    if _dated(link):
        return []
    whole = phrase_words(link)
    obj = next((c for c in link.children if c.dep_ == "pobj"), None)
    return [whole] if obj is None else [whole, core_words(link.doc, whole), _noun_with_of(link, obj)]


def _noun_with_of(link: Token, obj: Token) -> list[int]:
    """The phrase's words through its noun, and the noun's first 'of' phrase without its asides."""
    head = [x.i for x in link.lefts] + [link.i] + [x.i for x in obj.subtree if x.i <= obj.i]
    of = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    tail = core_words(link.doc, phrase_words(of)) if of is not None else []
    return sorted(_unquoted(link.doc[i] for i in head + tail))


def _ended_objects(toks: list[Token], kept: frozenset[int]) -> list[tuple[Token, Token]]:
    """(verb, object) of each printed object the label's last word stands in."""
    last = toks[-1]
    pairs = [(v, c) for v in toks if v.pos_ == "VERB" for c in v.children if c.dep_ == "dobj" and c.i in kept]
    return [(v, c) for v, c in pairs if c.left_edge.i <= last.i <= c.right_edge.i]


def _predicate(verb: Token, obj: Token, last: Token) -> Token | None:
    """The first word or phrase after the object that says its state or place. The parser may hang a
    state adjective on the object's last noun ('the dam available'), so one after its noun counts."""
    deps = _predicate_deps(verb.lemma_.lower())
    found = [c for c in verb.children if c.i > obj.i and c.dep_ in deps]
    found += _adjectives_after(obj) if "acomp" in deps else []
    found = [c for c in found if c.i > last.i and not _dated(c)]
    return min(found, key=lambda c: c.i) if found else None


def _adjectives_after(obj: Token) -> list[Token]:
    """Adjectives the parser hung after a noun of the object ('the dam available'): English puts an
    adjective of a noun before it, so one after is the object's state."""
    return [t for t in obj.subtree if t.pos_ == "ADJ" and t.dep_ == "amod" and t.head.i < t.i]


def _predicate_deps(lemma: str) -> tuple[str, ...]:
    """The roles the verb's predicate may have: a state, a place, or (of 'keep') either."""
    return (_STATE_DEPS if lemma in _STATE_VERBS else ()) + (_PLACE_DEPS if lemma in _PLACE_VERBS else ())


def _through(last: Token, part: Token) -> list[int]:
    """The indexes after the label's last word through the part's phrase (a particle with the phrase
    after it: 'out | of the pact'); none when a comma or a date stands between."""
    idxs = list(range(last.i + 1, _phrase_end(part) + 1))
    if not next_to(last, part) or any(part.doc[i].ent_type_ in ("DATE", "TIME") for i in idxs):
        return []
    return _unquoted(part.doc[i] for i in idxs)


def _phrase_end(part: Token) -> int:
    """Where the part's phrase ends; a particle's runs on through the phrase after it."""
    end = part.right_edge.i
    after = part.doc[end + 1] if end + 1 < len(part.doc) else None
    if part.dep_ == "prt" and after is not None and after.dep_ == "prep" and not _dated(after):
        return after.right_edge.i
    return end


def _dated(t: Token) -> bool:
    """A phrase of or with a date ('over the Easter weekend' too, which the tagger may miss)."""
    return date_phrase(t) or any(x.ent_type_ in ("DATE", "TIME") for x in t.subtree)


def split_numbers(label: str, toks: list[Token]) -> list[tuple[Token, list[Token]]]:
    """(number, its left-out 'to N') of each ratio or range the label prints half of ('increased from 18
    to 1 to over 25' | 'to 1')."""
    out = []
    for t in toks:
        doc = t.doc
        rest = list(doc[t.i + 1:t.i + 3])
        if not t.like_num or len(rest) < 2 or rest[0].lower_ != "to" or not rest[1].like_num:
            continue
        if t.ent_type_ not in ("DATE", "TIME") and f"{t.text} to {rest[1].text}" not in label:
            out.append((t, rest))
    return out


def stranded_subject(toks: list[Token], kept: frozenset[int]) -> list[int]:
    """The words from the label's end through the verb of the clause its last noun is the subject of
    ('for claiming the apartment | was 30,000 sq ft'): the parser may read that noun as the object of
    the claiming verb; none when the label ends otherwise."""
    last = toks[-1]
    verb = _subject_verb(_phrase_head(last), kept)
    if verb is None:
        return []
    parts = [c for c in verb.rights if c.dep_ in ("attr", "acomp", "dobj", "oprd", "xcomp", "ccomp", "prep")]
    end = parts[0].right_edge.i if parts else verb.i
    idxs = list(range(last.i + 1, end + 1))
    return [] if any(verb.doc[i].text in ASIDE_MARKS for i in idxs) else idxs


def _subject_verb(noun: Token, kept: frozenset[int]) -> Token | None:
    """The left-out finite verb after the noun whose subject it is: its head, or (misread as the object
    of a verb taking a clause) the word right after its phrase."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i + 1 >= len(noun.doc):
        return None
    if noun.dep_ in ("nsubj", "nsubjpass"):
        verb = noun.head
    elif noun.dep_ == "dobj" and noun.head.i in kept and _takes_clause(noun.head):
        verb = noun.doc[noun.right_edge.i + 1]
    else:
        return None
    return verb if verb.i not in kept and verb.i > noun.i and verb.tag_ in FINITE_TAGS else None


def _phrase_head(last: Token) -> Token:
    """The noun whose phrase the label's last word ends ('the apartment in the tower' of 'tower')."""
    noun = last
    while noun.dep_ not in ("nsubj", "nsubjpass", "dobj") and noun.head != noun and \
            noun.head.pos_ not in ("VERB", "AUX") and noun.head.right_edge.i == last.i:
        noun = noun.head
    return noun


def _takes_clause(verb: Token) -> bool:
    return verb.lemma_.lower() in _CLAUSE_VERBS or reporting_verb(verb)


def cut_participle(toks: list[Token], kept: frozenset[int]) -> bool:
    """'Fire season runs with its peak coming' (in August): the label ends on the bare '-ing' verb of a
    'with' phrase with a subject of its own, whose phrase after it is left out."""
    last = toks[-1]
    absolute = last.tag_ == "VBG" and last.dep_ == "pcomp" and last.head.lower_ == "with" and \
        any(c.dep_ == "nsubj" for c in last.children)
    return absolute and any(c.i > last.i and c.i not in kept and c.dep_ in ("prep", "dobj", "advmod", "npadvmod", "attr",
                                                                             "prt") for c in last.children)


def lost_oblique(toks: list[Token], kept: frozenset[int]) -> list[int]:
    """The first undated phrase after an active verb the label ends on ('Pope John Paul I served' | 'as
    head of the church', 'had worked' | 'as a nurse'); none when the label prints a phrase of the verb
    after it. A date is the event's own (printed beside the label); a verb's object or clause is the
    completeness check's."""
    last = toks[-1]
    if not _bare_active(last, kept):
        return []
    parts = [x for c in last.rights if oblique(c) for x in _undated_parts(c)]
    return next((idxs for c, idxs in parts if next_to(last, c)), [])


def _undated_parts(c: Token) -> list[tuple[Token, list[int]]]:
    """(phrase, token indexes to put back) of each undated part of a verb's phrase: the phrase's words
    before a date nested in it ('into the deaths of nine men' | over the last four years), else the
    undated phrases inside it. A phrase inside a dated one cannot follow the verb on its own ('began
    delving of nine men')."""
    lead = _undated_lead(c)
    return [(c, lead)] if lead else [(x, phrase_words(x)) for x in _undated(c)]


def _undated_lead(c: Token) -> list[int]:
    """The words of a preposition's phrase before the first dated phrase nested in it, when the
    phrase's own object comes before that date; none when the phrase is undated or its object is the date."""
    obj = next((x for x in c.children if x.dep_ in ("pobj", "pcomp")), None)
    dated = next((t for t in c.subtree if _date_word(t)), None)
    if c.dep_ != "prep" or obj is None or dated is None:
        return []
    start = _nested_start(dated, obj)
    return _printed_words(c.doc, c.left_edge.i, start) if start > obj.i else []


def _printed_words(doc: Doc, start: int, end: int) -> list[int]:
    """The indexes from start to before end, without quotation marks and the punctuation that would end them."""
    idxs = _unquoted(doc[i] for i in range(start, end))
    while idxs and doc[idxs[-1]].is_punct:
        idxs.pop()
    return idxs


def _nested_start(dated: Token, obj: Token) -> int:
    """Where the outermost modifier inside the object that holds the date starts ('liftoff | back on
    January 28', not 'back | on ...'); -1 when the date is no modifier inside it."""
    inside = _subtree_indexes(obj)
    nested = [a for a in dated.ancestors if a.i in inside and a != obj and a.dep_ in ("prep", "npadvmod", "advmod")]
    return min((a.left_edge.i for a in nested), default=-1)


def _subtree_indexes(t: Token) -> set[int]:
    return {x.i for x in t.subtree}


def _date_word(t: Token) -> bool:
    return t.ent_type_ in ("DATE", "TIME")


def bare_prepositional(toks: list[Token], kept: frozenset[int]) -> bool:
    """'It dates' (to 1971), 'costs resulted' (from the pact effective June 1): the label ends on a verb
    that says nothing without its phrase, and that phrase, left out, holds the date: no repair puts it
    back, and the verb alone is no happening."""
    last = toks[-1]
    return prepositional(last) and _bare_active(last, kept) and any(oblique(c) and c.i not in kept for c in last.rights)


def dated_oblique(toks: list[Token], kept: frozenset[int]) -> list[int]:
    """The token indexes of the first left-out phrase after the label's last verb, date and all."""
    last = toks[-1]
    part = next((c for c in last.rights if oblique(c) and c.i not in kept and next_to(last, c)), None)
    return phrase_words(part) if part is not None else []


def phrase_words(part: Token) -> list[int]:
    """The token indexes of a phrase to put back in a label, without its quotation marks."""
    return _unquoted(part.subtree)


def _unquoted(tokens: Iterable[Token]) -> list[int]:
    """The tokens' indexes, in the order given, without the quotation marks among them."""
    return [t.i for t in tokens if t.tag_ not in _QUOTE_TAGS]


def _bare_active(verb: Token, kept: frozenset[int]) -> bool:
    """An active verb printed without any of its words after it ('was born' in a village needs none)."""
    return verb.pos_ == "VERB" and not any(c.i in kept and c.i > verb.i or c.dep_ == "auxpass" for c in verb.children)


def _undated(c: Token) -> list[Token]:
    """The phrase, or the undated phrases inside it ('for 33 days | as head of the church'); none of a
    date the tagger missed ('over the Easter weekend')."""
    return [x for x in undated_phrases(c) if not date_phrase(x)]


def oblique(c: Token) -> bool:
    """A phrase on the verb that says where, as what or to what: a particle, or a preposition or adverb
    with a phrase of its own ('as head of the church', 'away from the browser'; a bare 'on' before a
    misread name is none)."""
    if c.dep_ == "advmod":          # not 'as soon (as ...)', a time
        return any(x.dep_ == "prep" for x in c.children)
    return c.dep_ == "prt" or c.dep_ == "prep" and any(True for _ in c.children)


def prepositional(verb: Token) -> bool:
    """The verb says nothing without its phrase ('served as', 'dates back to')."""
    return verb.lemma_.lower() in _PREP_VERBS


def verbless_content(toks: list[Token]) -> bool:
    """'Wilkins observed that the starting date of the program' (coincided with ...): a 'that' clause
    after the label's verb printed without any verb of its own."""
    at = next((n for n, t in enumerate(toks[1:], 1) if t.lower_ == "that" and t.dep_ != "det" and toks[n - 1].pos_ == "VERB"), None)
    return at is not None and not any(t.pos_ in ("VERB", "AUX") for t in toks[at + 1:])


def lost_noun_complement(toks: list[Token], kept: frozenset[int]) -> tuple[Token, list[int]] | None:
    """'jumped 0.6 percent after news' (that leaders agreed a deal), 'was greenlit with reports' (that X
    would return), 'had arrests on charges' (including burglary), 'authorized the closure following the
    end' (of the school year): the label ends on the noun of a phrase whose clause, 'of' phrase or (of a
    bare noun) own phrase, what it is, the label leaves out; or on a verb's object whose 'of' phrase or
    clause it leaves out ('signed a letter' of intent). (That phrase's preposition, the left-out
    words' token indexes, none when they hold a date), or None."""
    last = toks[-1]
    lost = _lost_part(last, kept) if _phrase_noun(last, kept) or cut_object(toks, kept) else None
    return (last.head, _left_out_words(lost)) if lost is not None else None


def _lost_part(last: Token, kept: frozenset[int]) -> Token | None:
    """The left-out phrase after the label's last noun that says what it is (_says_which of a phrase's
    noun, _says_what_of of an object)."""
    says = (lambda c: _says_which(c, last)) if last.dep_ == "pobj" else _says_what_of
    return next((c for c in last.rights if c.i not in kept and next_to(last, c) and says(c)), None)


def cut_object(toks: list[Token], kept: frozenset[int]) -> bool:
    """'Milton Roy signed a letter' (of intent to buy X), 'raised accusations' (that ...): the label
    ends on a verb's object whose 'of' phrase or clause, what it is, it leaves out."""
    last = toks[-1]
    return _object_noun(last, kept) and any(c.i not in kept and next_to(last, c) and _says_what_of(c) for c in last.rights)


def _object_noun(t: Token, kept: frozenset[int]) -> bool:
    """A common noun, no date, that is the object of a printed verb ('signed a letter')."""
    return t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.i in kept and t.ent_type_ not in ("DATE", "TIME")


def _says_what_of(c: Token) -> bool:
    """An object's 'of' phrase or its 'that' or 'to' clause: 'signed a letter | of intent to buy X',
    'raised accusations | that ...', 'has the right | to speak for the boy'; not one that holds the
    date (the event's own, printed beside the label) nor a passive 'to' clause, which only says what
    becomes of it ('filed a motion | to be voted on within 72 hours')."""
    if _dated(c) or any(x.dep_ == "auxpass" for x in c.children):
        return False
    return c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS or c.dep_ == "acl" and _says_what(c) or _restrictive(c)


def _phrase_noun(t: Token, kept: frozenset[int]) -> bool:
    """A common noun, no date, that is the object of a printed preposition."""
    return t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.i in kept and \
        t.ent_type_ not in ("DATE", "TIME")


def _says_which(c: Token, noun: Token) -> bool:
    """A noun's 'that' or 'to' clause ('news | that ...', 'plans | to ...'), its 'of' phrase, or the
    phrase of a noun with no word before it ('charges | including ...'): what the noun is. A relative
    clause, or a participle after 'a' ('an incident | involving a balloon'), only adds to a noun it names
    ('his turn | playing the villain' says which turn)."""
    if c.dep_ == "acl":
        return _says_what(c) or not any(x.dep_ == "det" and x.lower_ in ("a", "an") for x in noun.lefts)
    if _restrictive(c):
        return True
    bare = not any(x.dep_ in ("det", "poss", "nummod", "amod", "compound") for x in noun.lefts)
    return c.dep_ == "prep" and (c.lower_ == "of" or bare and not goal_aside(c))


_GOAL_PREPOSITIONS = word_set("goal_prepositions")      # 'sent (into) space'
_LIGHT_VERBS = word_set("light_verbs")            # 'made two donations (to the museum)': the object is the act
# 'talks | with Iran', 'to court | over the fence': a partner or topic says which talks or case
_WHICH_PREPOSITIONS = word_set("which_prepositions")


def object_goal(prep: Token) -> bool:
    """'sent men | to the moon', 'moved the team | to Dallas': where a verb sends its object completes
    the act; a label without it ends cut ('used to send men'). A light verb's act is its object's
    ('made two donations | to the museum' is whole without the phrase)."""
    verb = prep.head
    return prep.lower_ in _GOAL_PREPOSITIONS and completes_head(prep) and verb.lemma_.lower() not in _LIGHT_VERBS and \
        any(c.dep_ == "dobj" and c.i < prep.i for c in verb.children)


def goal_aside(prep: Token) -> bool:
    """'sent its first astronaut into space | aboard a rocket': a phrase the parser hung on the bare
    noun (no word before it) a verb's direction phrase goes to, other than one of partner or topic,
    says how or where the verb's act went, not which goal; the goal is part of the happening and
    stays when a long label gives up its last phrase."""
    return prep.dep_ == "prep" and prep.lower_ not in _WHICH_PREPOSITIONS and _bare_goal(prep.head)


def _bare_goal(noun: Token) -> bool:
    prep = noun.head
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and prep.lower_ in _GOAL_PREPOSITIONS and \
        prep.head.pos_ == "VERB" and not any(c.i < noun.i for c in noun.children)


# 'issued a warning | against travel': what an object is against says what it is, as 'of' does
_OBJECT_PREPS = ("of", "against")


def _restrictive(c: Token) -> bool:
    """A 'that' clause on a noun with 'the' ('two of the goals | that won the cup'): 'the' points
    to the clause, so the noun printed without it says nothing of which ones were meant."""
    noun = c.head
    return c.dep_ == "relcl" and any(x.dep_ == "det" and x.lower_ == "the" for x in noun.lefts) and \
        c.left_edge.lower_ == "that" and c.left_edge.i == noun.i + 1


def _says_what(clause: Token) -> bool:
    """A noun's 'that' or 'to' clause ('news that ...', 'plans to ...')."""
    return any(x.dep_ in ("mark", "aux") and x.lower_ in ("that", "whether", "to") for x in clause.children)


def lost_comparison(toks: list[Token], kept: frozenset[int]) -> list[int] | None:
    """'The index came in at 62.2, higher' (than the 58.9 economists had expected): the label ends on a
    comparative whose 'than' phrase or clause it leaves out; that phrase's token indexes (none when it
    holds a date), or None."""
    last = toks[-1]
    if last.tag_ not in ("JJR", "RBR"):
        return None
    lost = next((c for c in last.rights if c.i not in kept and _than(c)), None)
    if lost is None:
        return None
    return _left_out_words(lost)


def lost_than_clause(toks: list[Token], kept: frozenset[int]) -> list[int] | None:
    """'aims to remove more carbon from the atmosphere' (than it emits): a comparative object of a
    printed verb whose 'than' clause the parser hung on that verb, right after the label's end."""
    last = toks[-1]
    for t in (t for t in toks if t.lower_ in _COMPARED_AMOUNTS and t.dep_ == "amod" and t.head.dep_ == "dobj"):
        lost = _than_of_verb(t.head.head, last, kept)
        if lost is not None:
            return _undated_clause(lost)
    return None


def _than_of_verb(verb: Token, last: Token, kept: frozenset[int]) -> Token | None:
    """The printed verb's 'than' clause after the label's last word, left out and not set off by a comma."""
    if verb.i not in kept:
        return None
    lost = next((c for c in verb.rights if c.i > last.i and c.i not in kept and c.dep_ == "advcl" and _than(c)), None)
    return lost if lost is not None and next_to(last, lost) else None


def _undated_clause(clause: Token) -> list[int]:
    """A left-out clause's words without its date phrases ('than it emits (by 2030)'): the date is the
    event's own, printed beside the label; none when the clause is only a date."""
    # a clause joined after it ('and that by 2050 it hopes ...') is none of the comparison
    dropped = {x.i for c in clause.children if c.dep_ in ("prep", "npadvmod") and _dated(c) or
               c.dep_ in ("cc", "conj", "punct") for x in c.subtree}
    words = [i for i in phrase_words(clause) if i not in dropped]
    return [] if _dated(clause) and not dropped else words


_COMPARED_AMOUNTS = frozenset({"more", "less", "fewer"})     # 'more carbon (than it emits)'


def _left_out_words(lost: Token) -> list[int]:
    """The token indexes of a phrase a label left out, to take back; none when it holds a date: a
    left-out date is the event's own (printed beside the label), so the phrase is only left out."""
    return [] if _dated(lost) else phrase_words(lost)


_ASIDE_DEPS = frozenset({"advcl", "punct", "appos", "relcl", "parataxis", "npadvmod", "dep"})


def core_words(doc: Doc, idxs: list[int]) -> list[int]:
    """The indexes of a left-out phrase without the asides inside it (a name's place, an appositive, a
    clause beside its verb): 'of intent to acquire Automated Systems Inc.(, Orange, Calif.,)'."""
    inside = set(idxs)
    roots = [doc[i] for i in idxs if doc[i].head.i not in inside or doc[i].head.i == i]
    out: list[int] = []
    todo = roots[:1]
    while todo:
        t = todo.pop()
        out.append(t.i)
        todo += [c for c in t.children if c.i in inside and c.dep_ not in _ASIDE_DEPS]
    return sorted(out)


def _than(c: Token) -> bool:
    """A 'than' phrase ('than last year') or clause ('than economists had expected')."""
    return c.lower_ == "than" or any(x.dep_ == "mark" and x.lower_ == "than" for x in c.children)
