"""What a question's words may not lean on: a pronoun or a "the ..." phrase the learner cannot place,
words inside brackets (the clauses themselves: `quizgen.clauses`)."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..subject_names import SUBJECT_NAMES
from ..wordlists import word_set

_SUBJ_PRON = word_set("subject_pronouns")
_POSS_PRON = {"his", "her", "its", "their"}
_FIRST_SECOND = word_set("first_second_person_possessives")
_NUMERIC_ENTS = {"PERCENT", "CARDINAL", "MONEY", "QUANTITY", "DATE", "TIME", "ORDINAL"}
# 'the first', 'the same', 'the other' standing for a noun of an earlier sentence
_ORDER_WORDS = word_set("sequence_adjectives") | word_set("likeness_adjectives")
# ('at the latest', 'at first' are idioms: a preposition's object is not read)
_ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj")


def inside_brackets(doc: Doc, i: int) -> bool:
    """True when token i sits inside parentheses or square brackets of its sentence."""
    depth = 0
    j = i - 1
    while j >= 0 and i - j < 120:       # back to the sentence start (Token.sent rescans the document)
        t = doc[j]
        if t.text in (")", "]"):
            depth -= 1
        elif t.text in ("(", "["):
            depth += 1
            if depth > 0:
                return True
        if t.is_sent_start:
            break
        j -= 1
    return False


def pronoun_problem(doc: Doc, idxs: list[int], skip: set[int] = frozenset()) -> bool:
    """True when the text keeps a pronoun a learner could not resolve from the question itself."""
    seen_noun = False        # a thing a possessive "its"/"their" can point back to
    seen_person = False      # a name or a subject noun that "his"/"her" can point back to
    keep = set(idxs)
    named = doc.user_data.get(SUBJECT_NAMES, {})      # a 'he' the stem writes as its person's name
    for i in idxs:
        if i in skip or i in named:
            seen_noun = seen_person = True
            continue
        t = doc[i]
        if _unplaced_word(t, seen_noun, seen_person, keep):
            return True
        if t.pos_ in ("PROPN", "NOUN") and t.ent_type_ not in _NUMERIC_ENTS and t.text != "%":
            seen_noun = True
            seen_person = seen_person or _may_be_his_or_hers(t)
    return False


# a 'his' or 'her' after 'a SWAT team used ...' means a person the stem leaves out, not the team
_THING_NOUNS = word_set("thing_nouns")


def _may_be_his_or_hers(t: Token) -> bool:
    """A name, or a noun subject that is no thing or group ('the officer', not 'a SWAT team'); a name
    labelling such a subject ('SWAT' of 'a SWAT team') stands for its thing."""
    if t.pos_ == "PROPN":
        return not (t.dep_ == "compound" and _thing_subject(t.head))
    return t.dep_ in ("nsubj", "nsubjpass") and not _thing_subject(t)


def _thing_subject(t: Token) -> bool:
    """A common noun subject for a thing or group ('team', 'company'), which no 'his' or 'her' means."""
    return t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in _THING_NOUNS


def _bare_pronoun(t: Token) -> bool:
    """"I"/"you", or a personal pronoun standing as a subject or object: nothing in the question names it."""
    low = t.lower_
    if _country_us(t):
        return False
    if low in _FIRST_SECOND:
        return not t.tag_.startswith("NN")      # 'the coal mine' is no 'mine' of a speaker
    if low not in _SUBJ_PRON or _regnal_numeral(t):
        return False
    return t.tag_ in ("PRP", "WP") or t.dep_ in ("nsubj", "dobj", "pobj", "nsubjpass")


def _unplaced_word(t: Token, seen_noun: bool, seen_person: bool, keep: set[int]) -> bool:
    """A pronoun, a possessive with nothing before it, a noun-less 'the first', or 'such a warning' (the
    kind was told in a sentence before)."""
    return _bare_pronoun(t) or _unanchored_possessive(t, seen_noun, seen_person) or _headless_order_word(t) \
        or (t.lower_ == "such" and _unnamed_set(t, keep))


def _headless_order_word(t: Token) -> bool:
    """'The first happened at ...', 'Which state is the same true for?': an order or likeness word with
    no noun stands for one the learner does not see ('the first of the ferries' says which)."""
    return t.pos_ == "ADJ" and t.dep_ in _ARGUMENT_DEPS and t.lower_ in _ORDER_WORDS and \
        not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)


def _country_us(t: Token) -> bool:
    """'talks with the US', 'the US must hold off': the capitals 'US' after 'the' name the country, which
    the tagger may read as the pronoun 'us'; a sentence all in capitals ('LET US GO') keeps the pronoun."""
    return t.text == "US" and t.i > 0 and t.nbor(-1).lower_ == "the" and not t.nbor(-1).text.isupper()


def _regnal_numeral(t: Token) -> bool:
    """The 'I' of 'Pope John Paul I' or 'Elizabeth I': a numeral closing a name, not the pronoun."""
    return t.text == "I" and t.i > 0 and t.nbor(-1).tag_ == "NNP" and t.nbor(-1).text[:1].isupper() \
        and bool(t.nbor(-1).whitespace_)


def _unanchored_possessive(t: Token, seen_noun: bool, seen_person: bool) -> bool:
    """A possessive ("its", "her") with nothing earlier in the question for it to point back to."""
    if t.lower_ not in _POSS_PRON or t.tag_ != "PRP$":
        return False
    if t.lower_ in ("his", "her") and not seen_person:
        return True       # "About 85% of her weekend bookings": whose?
    return not seen_noun


_TIME_NOUNS = word_set("time_nouns")
_ORDINAL_HEADS = word_set("ordinal_heads")


def unresolved_definite(doc: Doc, idxs: list[int], seen_before, named: set[int] = frozenset()) -> bool:
    """True when the text leans on a "the ..." phrase a learner cannot place on its own.

    "the second" (a number or ordinal standing for a noun of an earlier clause) never stands alone;
    a bare "the boundary" stands alone only when the article has already spoken of boundaries.
    `seen_before(word)` says whether the article used the word earlier; `named` are tokens inside names.
    """
    return unplaced_determiner(doc, idxs, seen_before, named) is not None


def unplaced_determiner(doc: Doc, idxs: list[int], seen_before, named: set[int] = frozenset()) -> Token | None:
    """The determiner ('the', 'this', 'each') of the first phrase `unresolved_definite` finds, or None."""
    keep = set(idxs)
    for i in idxs:
        t = doc[i]
        if i in named:
            continue
        if _unnamed_set(t, keep):
            return t       # 'Each amount is the equivalent of 3 months': each of what?
        if t.dep_ != "det":
            continue
        if t.lower_ in ("this", "that", "these", "those"):
            if _vague_demonstrative(t.head, keep):
                return t
        elif t.lower_ == "the" and _unplaced_the(t, keep, named, seen_before):
            return t
    return None


_SET_POINTERS = word_set("set_pointing_determiners")


def unnamed_set_subject(subj: Token | None) -> bool:
    """The sentence's subject picks from a set it never names ('Each amount is the equivalent of ...')."""
    if subj is None:
        return False
    words = {t.i for t in subj.subtree}
    return any(_unnamed_set(t, words) for t in subj.children)


def _unnamed_set(t: Token, keep: set[int]) -> bool:
    """'each', 'both', 'such' before a noun with no other word of its own in the text ('each amount',
    not 'each amount of the fee' nor 'both Apple and Google')."""
    if t.lower_ not in _SET_POINTERS or t.dep_ not in ("det", "predet", "amod"):
        return False
    if any(t.doc[i].dep_ == "cc" for i in keep if i > t.i):
        return False      # 'drew both praise and criticism': a pair the clause names, however parsed
    return _vague_demonstrative(t.head, keep) and not _has_own_words(t.head, t, keep)


def _has_own_words(head: Token, det: Token, keep: set[int]) -> bool:
    """The noun has a kept word besides its determiners ('each amount of the fee'; 'such a ban' has none)."""
    return any(c.i in keep and c.i != det.i and c.dep_ not in ("punct", "case", "det", "predet") for c in head.children)


def _vague_demonstrative(head: Token, keep: set[int]) -> bool:
    """"in this regard", "that decision": which one? ("this week" is plain enough)."""
    return head.i in keep and head.pos_ == "NOUN" and head.lemma_.lower() not in _TIME_NOUNS


def _unplaced_the(t: Token, keep: set[int], named: set[int], seen_before) -> bool:
    """A "the" whose noun neither a modifier, a name nor an earlier mention places."""
    head = t.head
    if head.i not in keep or head.i in named or head.pos_ == "PROPN" or head.ent_type_:
        return False
    if head.pos_ in ("NUM", "ADJ") or head.lower_ in _ORDINAL_HEADS:
        # "the second" stands for an earlier noun; "the injured", "the dead": people, plain enough
        return head.lower_ in _ORDINAL_HEADS or head.pos_ == "NUM"
    if head.pos_ != "NOUN":
        return False
    mods = [c for c in head.children if c.i in keep and c.i != t.i and c.dep_ not in ("punct", "case")]
    if mods:
        return False          # "the historic centre of Arequipa" says which one
    return not seen_before(head.lemma_.lower()) and not seen_before(head.lower_)
