"""The language layer's one realiser: the chosen tokens of a clause (`clauses.Clause`) as text, for
event labels (headlines) and for statements and questions alike."""
from __future__ import annotations

import calendar
import re
from typing import Protocol

from spacy.tokens import Doc, Token

from .clauses import QUOTE_MARKS, Clause, auxiliaries, joined_to_date, misread_clause_opener, subject_of
from .complements import (infinitive_particle, adjunct_phrase, predicative_participle, bare_adverb, clings_to_verb, completes_head, counting_clause, for_to_clause, from_to_pair, gerund_object,
                          hyphened, limiting, pair_partners, restatement)
from .lexicon import names_a_people
from .memo import per_document
from .phrasing import agree_singular, base_form, capitalise, do_form, inflect, inflect_all, verb_base
from .syntax import after_comma, joined_verb, paired_second
from .small_clauses import scheduling_participle
from .timex.lexicon import DAY_PARTS
from .wordlists import pattern, word_set, words

_TRUE_AUX = word_set("auxiliary_lemmas")
_DATE_ONLY_PREPS = word_set("date_only_prepositions")
# entity types whose words keep their capitals inside a question ("About 505,000 students" does not)
NAME_ENTS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
Replacements = dict[int, tuple[int, str]]     # start index -> (end index, text put in place of the tokens)


class Resolver(Protocol):
    """What realising a noun phrase asks of the article index: a self-contained phrase for a pronoun or short name."""

    def resolve(self, head: Token) -> str | None: ...


# --------------------------------------------------------------------------- tokens -> text
def realise(doc: Doc, idxs: list[int], replace: Replacements | None = None, *, headline: bool = False) -> str:
    """Text of the chosen tokens in the order given; `replace` maps a start index to (end, text) put in
    its place. Where words were left out, a question glues marks such as "," and "'s" to the word before;
    a headline (`headline=True`, event labels) drops punctuation beside the gap and loses leading and
    trailing commas and colons."""
    replace = replace or {}
    idxs = _without_emptied_commas(doc, idxs, replace)
    kept = set(idxs)
    parts: list[str] = []
    prev = None
    skip_from, skip_until = -1, -1
    for n, i in enumerate(idxs):
        if skip_from <= i < skip_until:
            continue      # inside a replaced span (a fronted adjunct realised after it is not)
        if i in replace:
            end, text = replace[i]
            skip_from, skip_until = i, end
            if text:
                # "$" + "17.375": a replacement keeps the text's own spacing after its neighbour
                glued = prev == i - 1 and not doc[prev].whitespace_
                parts.append("" if not parts or glued else " ")
                parts.append(text)
            prev = end - 1
            continue
        if headline and _loose_punct(doc[i], kept, n):
            continue
        if prev is not None and parts:
            parts.append(_separator(doc, prev, i, headline))
        parts.append(doc[i].text)
        prev = i
        if _lost_possessive(doc, i, kept, replace):
            # "the Miami relatives' lawsuit": the owner keeps its apostrophe even where the
            # clause's token choice dropped it as a quotation mark
            parts.append(doc[i + 1].text)
            prev = i + 1
    text = "".join(parts)
    return _tidy_headline(text) if headline else " ".join(text.split())


def _without_emptied_commas(doc: Doc, idxs: list[int], replace: Replacements) -> list[int]:
    """'been, for 75 years, a bedrock promise' without its phrase: the commas that set the phrase off
    go with it (never 'been,, a'); two commas that are neighbours in the text keep one."""
    drop: set[int] = set()
    for a, b in zip(idxs, idxs[1:]):
        if a < b and doc[a].text == "," and doc[b].text == "," and a not in replace and b not in replace:
            drop |= {b} if b == a + 1 else {a, b}
    return [i for i in idxs if i not in drop] if drop else idxs


def _lost_possessive(doc: Doc, i: int, kept: set[int], replace: Replacements) -> bool:
    """The possessive mark right after a kept owner was not chosen with it."""
    j = i + 1
    return j < len(doc) and j not in kept and j not in replace and doc[j].tag_ == "POS" and \
        doc[j].head.i == i and bool(doc[j].text.strip())


def _loose_punct(tok: Token, kept: set[int], n: int) -> bool:
    """A comma, dash or bracket next to a left-out word ("Cape Canaveral, aboard"): a headline drops it."""
    i = tok.i
    return tok.is_punct and tok.text in ",;:—–-()" and (i + 1 not in kept or i - 1 not in kept or n == 0)


_CLAUSE_DASHES = ("—", "–", "--")


def _separator(doc: Doc, prev: int, i: int, headline: bool) -> str:
    """What goes between two kept tokens: the text's own space when they are neighbours; across a gap a
    space, except that a question glues a clitic, comma, full stop, percent sign or hyphen to its word."""
    if i == prev + 1:
        return doc[prev].whitespace_
    t = doc[i]
    if headline:
        return " "
    if _dash_between(doc, prev, i):
        # 'the heart of X’s brand – his real estate empire': an apposition set off by a dash keeps it
        return f"{doc[prev].whitespace_}{doc[prev + 1].text}{doc[prev + 1].whitespace_}"
    if t.dep_ == "case" or t.text in (",", ".", "%", "n't") or t.tag_ == "HYPH" or (doc[prev].tag_ == "HYPH"):
        return ""
    return " "


def _dash_between(doc: Doc, prev: int, i: int) -> bool:
    """Only a dash, left out, stands between two kept words."""
    return i == prev + 2 and doc[prev + 1].text in _CLAUSE_DASHES and doc[prev].is_alpha and doc[i].is_alpha


def _tidy_headline(text: str) -> str:
    text = re.sub(r"\s+([,.;:!?’”)])", r"\1", text)
    text = re.sub(r"([(“‘])\s+", r"\1", text)
    return re.sub(r"\s+", " ", text).strip(" ,;:")


# --------------------------------------------------------------------------- headlines (event labels)
_PARTITIVES = word_set("partitive_words")
_QUANTITY_NOUNS = word_set("quantity_nouns")      # 'the number (of patients waiting)': the 'of' says of what
MAX_LABEL_WORDS = 12
HARD_LABEL_WORDS = 14      # a complete label may run this long rather than lose a complement
_DROP_DEPS = {"advcl", "punct", "cc", "mark", "parataxis", "discourse", "intj", "dep", "meta",
              "conj", "preconj", "appos", "relcl", "csubj"}
_FILLER_ADVERBS = word_set("filler_adverbs_label")
_CHARGE_ADVERBS = word_set("charge_adverbs")       # 'allegedly forced his way in': a charge, not a fact
# connectives that tie a sentence to the one before ("Besides the message, ...")
_OPENER_WORDS = word_set("discourse_openers")
_COMMENT_PHRASES = word_set("comment_phrases")     # 'By all accounts,': stays in front
_DROPPED_PREPS = word_set("label_dropped_prepositions")
_AMOUNT_HEDGES = word_set("amount_hedges")
_WHERE_PREPS = word_set("where_prepositions")
_FRAME_PREPS = word_set("group_frame_prepositions")
_TIME_NOUNS = word_set("time_nouns")


def clause_text(verb: Token, blocked: set[int], referents: Resolver, *, subject: bool, taken: int = 0) -> str:
    """Subject + verb group + complements of one clause, trimmed to a headline's length less the `taken`
    words a frame around it needs ('The court ruled' before what it ruled)."""
    verb = _pair_head(verb)
    doc = verb.doc
    subj_tok, aside = _stranded_subject(verb) or (subject_of(verb), set())
    blocked = blocked | aside
    subj = subject_phrase(verb, subj_tok, blocked, referents) if subject else ""
    subj, keep = _fitted_with_subject(verb, _clause_tokens(verb, blocked, subj_tok), subj, subj_tok, blocked, referents,
                                      taken)
    words = realise(doc, sorted(keep), _shared_auxiliaries(verb, keep), headline=True)
    if subject and not subj and verb.tag_ == "VBG" and verb.dep_ == "advcl":
        subj, words = _participle_as_past(verb, words, blocked, referents)
    return f"{subj} {words}".strip() if subj else words


def _participle_as_past(verb: Token, words: str, blocked: set[int], referents: Resolver) -> tuple[str, str]:
    """"Speaking from the balcony on Sunday evening, he told them" -> "He spoke from the balcony": an
    adverbial participle told of its head's subject, or of the head's object right before it ('sent
    residents rushing' -> 'residents rushed'); ("", words) when no subject can be named."""
    obj = _object_before(verb)
    head_subj = subject_of(verb.head) if obj is None else (None if obj.tag_ == "PRP" else obj)
    past = inflect(verb.lemma_, "VBD")
    if head_subj is None or not past:
        return "", words
    return subject_phrase(verb.head, head_subj, blocked, referents), words.replace(verb.text, past, 1)


def _object_before(verb: Token) -> Token | None:
    """'sent residents (rushing into the streets)': the head verb's object right before the participle,
    with no comma between, is who does what the participle says (not the head's subject: the quake
    did not rush)."""
    return next((o for o in verb.head.children if o.dep_ == "dobj" and o.right_edge.i + 1 == verb.left_edge.i
                 and o.i < verb.i), None)


def _pair_head(verb: Token) -> Token:
    """The first verb of a pair for its second: 'damaged 300 homes' of 'destroyed or damaged 300 homes'
    says less than the sentence."""
    return verb.head if paired_second(verb) else verb


def _fitted_with_subject(verb: Token, whole: set[int], subj: str, subj_tok: Token | None, blocked: set[int],
                         referents: Resolver, taken: int = 0) -> tuple[str, set[int]]:
    """The subject and the clause's words fitted beside it (and `taken` words of a frame); a subject's
    place phrase goes first when the two run over a headline's length (_unplaced_subject)."""
    used = len(subj.split()) + taken
    keep = _fitted(verb, whole, MAX_LABEL_WORDS - used, HARD_LABEL_WORDS - used)
    shorter = _unplaced_subject(subj, subj_tok, blocked, referents) if _over(subj, keep, verb.doc) else subj
    if shorter == subj:
        return subj, keep
    used = len(shorter.split()) + taken
    return shorter, _fitted(verb, whole, MAX_LABEL_WORDS - used, HARD_LABEL_WORDS - used)


def _unplaced_subject(subj: str, head: Token | None, blocked: set[int], referents: Resolver) -> str:
    """'The Missouri River at the St. Joseph juncture (had reached nearly 26 feet)': a label over a
    headline's length gives up where its subject stood (a place phrase after the noun) before any word
    of what happened; the phrase that names it ('of the company') stays."""
    if head is None or head.pos_ not in ("NOUN", "PROPN") or referents.resolve(head):
        return subj
    placed = {x.i for c in head.children if _placing(c) for x in c.subtree}
    shorter = np_text(head, blocked | placed, referents) if placed else ""
    return shorter if shorter and len(shorter.split()) < len(subj.split()) else subj


def _over(subj: str, keep: set[int], doc: Doc) -> bool:
    return bool(subj) and len(subj.split()) + _label_length(keep, doc) > MAX_LABEL_WORDS


def _placing(c: Token) -> bool:
    """A 'where' phrase after a noun that only places it."""
    head = c.head
    return c.dep_ == "prep" and c.i > head.i and c.lower_ in _WHERE_PREPS and not completes_head(c) and \
        (_place_object(c) or bool(head.ent_type_))


def _place_object(prep: Token) -> bool:
    """'in the U.S.': a place named ('a factor in the loss' is what the noun is about, no place; after a
    name, 'the Missouri River at the St. Joseph juncture', any such phrase only places it)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.ent_type_ in ("GPE", "LOC", "FAC")


def _shared_auxiliaries(verb: Token, keep: set[int]) -> Replacements:
    """'X was ordained a priest and made a bishop': a passive participle coordinated with a passive
    verb group shares its auxiliaries, which its own label must say ('X was made a bishop', not 'X
    made a bishop', which turns the passive around)."""
    head = verb.head
    if verb.dep_ != "conj" or verb.i not in keep or head.i in keep or \
            any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return {}          # printed beside its head, it has the head's auxiliaries before it
    auxes = auxiliaries(head)
    if not any(a.dep_ == "auxpass" for a in auxes) or not _passive_conjunct(verb, head):
        return {}
    return {verb.i: (verb.i + 1, " ".join([*(a.lower_ for a in auxes), verb.text]))}


_COMPLEMENT_DEPS = ("dobj", "oprd", "attr")


def _passive_conjunct(verb: Token, head: Token) -> bool:
    """Whether the coordinated verb reads as a passive too: a participle no past tense shares
    ('taken'), one led by 'by' ('replaced by X'), or one with a complement beside a passive that has
    one ('named chair ... and appointed minister'); 'was arrested and made a statement' stays active."""
    lemma = base_form(verb)
    participles = set(inflect_all(lemma, "VBN"))
    if verb.lower_ not in participles:
        return False
    if verb.lower_ not in set(inflect_all(lemma, "VBD")) or any(c.dep_ == "agent" for c in verb.children):
        return True
    return any(c.dep_ in _COMPLEMENT_DEPS for c in head.children) and \
        any(c.dep_ in _COMPLEMENT_DEPS for c in verb.children)


_SUBORDINATING_PREPS = ("since", "after", "before", "until")
_PARENTHESIS_MARKS = ("--", "—", "–", ",")


def _stranded_subject(verb: Token) -> tuple[Token, set[int]] | None:
    """'X has been under pressure since takeover speculators -- including Y -- surfaced': the parser
    read 'since' as a preposition and joined 'surfaced' to the main verb; the noun right before the verb
    (past a parenthesis) is its subject, not the main clause's X: (subject, the parenthesis's words to
    leave out); None when the verb has its own. So is a name the parser joined to a date before it
    ('named X the winner on Friday and Russia offered'), whatever subject it gave the verb."""
    before = _before_parenthesis(verb)
    if before is None or before[0].pos_ not in ("NOUN", "PROPN"):
        return None
    noun, aside = before
    if joined_to_date(noun) and noun.head.i < noun.i < verb.i or _prepositional_subject(noun, verb):
        return noun, aside
    return None


def _prepositional_subject(noun: Token, verb: Token) -> bool:
    """'since takeover speculators surfaced': a subjectless joined verb after a subordinator read as a
    preposition, whose object is the verb's subject."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    return noun.dep_ == "pobj" and noun.head.lower_ in _SUBORDINATING_PREPS and verb.head.i < noun.head.i


def _before_parenthesis(verb: Token) -> tuple[Token, set[int]] | None:
    """The word before the verb, past a parenthesis set off by dashes or commas just before it, with
    the parenthesis's words; None for an unclosed one."""
    doc = verb.doc
    i = verb.i - 1
    if i <= 0 or doc[i].text not in _PARENTHESIS_MARKS:
        return doc[max(i, 0)], set()
    opener = next((j for j in range(i - 1, verb.head.i, -1) if doc[j].text == doc[i].text), None)
    return (doc[opener - 1], set(range(opener, i + 1))) if opener is not None else None


def subject_phrase(verb: Token, subj: Token | None, blocked: set[int], referents: Resolver) -> str:
    """A label's subject as a self-contained phrase: a relative pronoun gives way to its noun."""
    if subj is None:
        return ""
    if subj.tag_ in ("WP", "WDT") and subj.head.dep_ == "relcl":
        head = subj.head.head                 # "the Carr Fire, which killed ... and destroyed ..."
        return np_text(_name_of_description(head, referents) or head, blocked, referents)
    if subj.lower_ in _NUMBER_TAGS and not referents.resolve(subj):
        governing = _governing_subject(verb, _NUMBER_TAGS[subj.lower_])
        if governing is not None:     # "Challenger was lost when it exploded": it = Challenger
            return np_text(governing, blocked, referents)
    return np_text(subj, blocked | _apposed_conjunct(verb, subj), referents)


def _name_of_description(noun: Token, referents: Resolver) -> Token | None:
    """The name a relative clause's description stands beside (issue 11): 'Maya Ortiz, 19, a physics
    student who switched ...', 'Vexa Corp., the chipmaker, which reported ...' (an apposition) and 'She
    is a three-time Olympian who won ...' (a copula's subject), when that is a name or a pronoun the
    article resolves; None when the antecedent is a name itself or nothing names it."""
    if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
        return noun.head
    if _named_word(noun) and noun.ent_type_ != "NORP":
        return None          # 'Bishop Leo I, who served ...' names him itself; 'Olympian' describes
    owner = _described_by(noun)
    if owner is None or not (_named_word(owner) or owner.pos_ == "PRON" and referents.resolve(owner)):
        return None
    return owner


def _described_by(noun: Token) -> Token | None:
    """What the noun is said of: the word it is set beside ('X, a chipmaker'), or the subject of its
    'is' ('She is a runner'); None for another noun."""
    if noun.dep_ == "appos":
        return noun.head
    return subject_of(noun.head) if noun.dep_ == "attr" and noun.head.lemma_ == "be" else None


_NAMING_ENTS = NAME_ENTS - {"NORP", "LANGUAGE"}      # 'Olympian' is a description, 'Maya Ortiz' a name


def _named_word(t: Token) -> bool:
    """A name, not a common noun or a pronoun: 'Maya Ortiz', 'Vexa Corp.'."""
    return t.ent_type_ in _NAMING_ENTS or t.pos_ == "PROPN"


def _apposed_conjunct(verb: Token, subj: Token) -> set[int]:
    """'Slepian, 52, and the father of four boys, was shot': a comma-set 'and ...' before a singular
    verb describes the one subject (the parser made it a second person); its words, to leave out."""
    if not _singular_finite(verb):
        return set()
    doc = subj.doc
    for conj in (c for c in subj.children if c.dep_ == "conj" and c.i > subj.i):
        if _comma_and_before(conj):
            cc = doc[conj.left_edge.i - 1]
            return {cc.i, cc.i - 1, *(t.i for t in conj.subtree)}
    return set()


def _comma_and_before(conj: Token) -> bool:
    """', and' right before a conjunct's words."""
    i = conj.left_edge.i
    return i > 1 and conj.doc[i - 1].lower_ == "and" and conj.doc[i - 2].text == ","


def _singular_finite(verb: Token) -> bool:
    """The verb or its auxiliary agrees with a singular subject ('was shot', 'has left', 'says')."""
    finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ == "VBZ" or t.lower_ == "was" for t in finite)


_NUMBER_TAGS = {"it": ("NN", "NNP"), "they": ("NNS", "NNPS")}


def _governing_subject(verb: Token, tags: tuple[str, ...]) -> Token | None:
    """The noun subject of the clause a pronoun's clause hangs from ('when it exploded', 'and it
    landed'), if it agrees in number; None when the clause stands alone."""
    t = verb
    for _ in range(3):
        if t.dep_ not in ("advcl", "conj", "ccomp", "xcomp") or t.head == t:
            return None
        t = t.head
        subj = subject_of(t)
        if subj is not None:
            return subj if subj.tag_ in tags else None
    return None


def _left_out_of_noun(t: Token, head: Token) -> bool:
    """A noun phrase's appositive, clause, aside between commas or long phrase (not the 'of' of a
    partitive, "one of the probe's four reaction wheels", nor of an amount, "the number of patients")."""
    partitive = t.dep_ == "prep" and t.head == head and t.lower_ == "of" and \
        head.lower_ in _PARTITIVES | _QUANTITY_NOUNS
    return t.dep_ in ("appos", "relcl", "acl", "advcl") or _set_off(t) or \
        (t.dep_ == "prep" and len(list(t.subtree)) > 6 and not partitive and not _parties_of(t, head))


def _parties_of(prep: Token, head: Token) -> bool:
    """'the feud (between the militia chief and the army)': the parties say which feud, talks or
    rivalry; without them 'the feud' points at a sentence the reader does not see (rule 8)."""
    return prep.lower_ in ("between", "among") and prep.head == head and head.pos_ == "NOUN" and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _set_off(t: Token) -> bool:
    """A phrase between commas on its noun ('cars, including 10 carrying fuel, derailed'): an aside; so is
    one a bracket opens ('600 people (over 100 in the first hour)': the parser may hang only its first words
    on the noun, and the label read 'people over 100 showed up')."""
    doc, first, last = t.doc, t.left_edge.i, t.right_edge.i
    on_noun = t.dep_ == "prep" and t.head.pos_ in ("NOUN", "PROPN") and first > 0
    return on_noun and (doc[first - 1].text == "(" or
                        after_comma(t) and last + 1 < len(doc) and doc[last + 1].text == ",")


def np_text(head: Token, blocked: set[int], referents: Resolver) -> str:
    """A noun phrase without its appositives, relative clauses and long modifiers; pronouns resolved."""
    resolved = referents.resolve(head)
    if resolved:
        return resolved
    keep = {t.i for t in head.subtree}
    for t in head.subtree:
        if t == head:
            continue
        if _left_out_of_noun(t, head):
            keep -= {x.i for x in t.subtree}
    keep -= blocked
    return realise(head.doc, sorted(drop_orphans(keep, head.doc)), headline=True)


def subtree_text(head: Token, blocked: set[int]) -> str:
    """The words of a token's phrase as a headline writes them, without the blocked ones (a date's)."""
    return realise(head.doc, [t.i for t in head.subtree if t.i not in blocked], headline=True)




def _clause_tokens(verb: Token, blocked: set[int], subj: Token | None) -> set[int]:
    """The verb's own words for a label: no subject, side clauses, fillers or dates."""
    doc = verb.doc
    keep = {t.i for t in verb.subtree}
    joints = _pair_joints(verb)
    for c in verb.children:       # the subject is written separately (a misparse may give two)
        if c.dep_ in ("nsubj", "nsubjpass") or c == subj or _left_out(c, verb, joints):
            keep -= _phrase_left_out(c, verb)
    if subj is not None:
        keep -= {t.i for t in subj.subtree}
    for t in verb.subtree:
        if t != verb and t.i in keep and not _stays_in_label(t, joints):
            keep -= _side_clause_tokens(t)
    keep -= _dated_phrases(blocked & keep, doc) | _orphaned_date_prepositions(blocked, keep, doc)
    keep -= blocked
    keep -= _measured_phrases(verb, keep)
    keep -= _lone_old_values(verb, keep)
    keep -= _second_objects(verb, keep)
    keep = drop_orphans(keep, doc)
    keep -= _emptied_schedulings(keep, doc)
    return _with_scores(_with_hyphenated(keep | _commas_before_change(verb, keep), doc), doc, blocked)


def _emptied_schedulings(keep: set[int], doc: Doc) -> set[int]:
    """'faces a final vote (set) | for June 10': a participle that puts its noun at a date says nothing
    once the date is left out."""
    return {i for i in keep if scheduling_participle(doc[i])
            and any(doc[i].children) and not any(c.i in keep for c in doc[i].children)}


def _commas_before_change(verb: Token, keep: set[int]) -> set[int]:
    """'reached $1.45 billion, down 22 percent': the comma before a kept change phrase of the verb stays,
    as without it the change reads as part of the amount ('$1.45 billion down 22 percent')."""
    doc = verb.doc
    return {c.i for c in verb.children if c.dep_ == "punct" and c.text == "," and c.i - 1 in keep and
            c.i + 1 in keep and doc[c.i + 1].head == verb and doc[c.i + 1].dep_ == "advmod" and
            any(x.i in keep for x in doc[c.i + 1].children)}


def _stays_in_label(t: Token, joints: set[int]) -> bool:
    """A side clause or apposition the label keeps: 'those (who left the royal family)', the second
    verb of a pair, a name apposed to its noun."""
    return (t.dep_ in ("relcl", "advcl") and completes_head(t)) or t.i in joints or named_apposition(t)


def named_apposition(t: Token) -> bool:
    """'won with pop star (Netta)', 'hired the lawyer (Ann Lee)': a short name apposed to a common noun
    says who the noun is; the label without it ends on a bare role or an unresolved 'the lawyer'."""
    words = list(t.subtree)
    return t.dep_ == "appos" and t.pos_ == "PROPN" and t.head.pos_ == "NOUN" and t.i > t.head.i \
        and len(words) <= 4 and all(w.pos_ == "PROPN" for w in words) and t.ent_type_ not in ("DATE", "TIME")


def _phrase_left_out(c: Token, verb: Token) -> set[int]:
    """The dependant's words; the adverb right after the verb that the parser hung on the phrase after
    it stays with the verb ('broken even (this year)')."""
    return {t.i for t in c.subtree if not (t.i == verb.i + 1 and t.head != verb and clings_to_verb(t))}


def _left_out(c: Token, verb: Token, joints: set[int]) -> bool:
    return _label_drops(c, verb) and not for_to_clause(c) and c.i not in joints


def _pair_joints(verb: Token) -> set[int]:
    """The 'or' and the second verb of a pair ('destroyed or damaged 300 homes'): the label keeps them."""
    second = joined_verb(verb)
    if second is None:
        return set()
    return {second.i} | {t.i for t in verb.doc[verb.i + 1:second.i] if t.dep_ == "cc"}


def _lone_old_values(verb: Token, keep: set[int]) -> set[int]:
    """'rose (a lower-than-expected 5% to $238 million) from $226 million': once the new value is left
    out, the old one alone would read as the change; it goes too."""
    out: set[int] = set()
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "from" and c.i in keep:
            news = [p for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "to" and p.i != c.i]
            if news and all(p.i not in keep for p in news):
                out |= {x.i for x in c.subtree}
    return out


def _measured_phrases(verb: Token, keep: set[int]) -> set[int]:
    """'occurred 700 kilometers (450 miles) from each other': the phrase right after a left-out
    measure belongs to it and goes with it."""
    out: set[int] = set()
    for c in verb.children:
        if c.dep_ != "npadvmod" or c.i in keep or not any(n.dep_ == "nummod" for n in c.children):
            continue
        nxt = next((t for t in verb.doc[c.right_edge.i + 1:] if not t.is_punct), None)
        if nxt is not None and nxt.dep_ == "prep" and nxt.head == verb and not from_to_pair(nxt):
            out |= {x.i for x in nxt.subtree}
    return out


def _dated_phrases(dates: set[int], doc: Doc) -> set[int]:
    """'in a 2011 interview': the phrase goes with its date, unless it completes a noun ('a 47% decline
    in fourth-quarter earnings' keeps 'in earnings', or the decline is of nothing)."""
    out: set[int] = set()
    for i in dates:
        tok = doc[i]
        prep = tok.head.head
        if tok.dep_ in ("nummod", "compound", "amod") and tok.head.dep_ == "pobj" and prep.dep_ == "prep" and \
                not (prep.head.pos_ == "NOUN" and completes_head(prep)) and not _year_of_named(tok):
            out |= {x.i for x in prep.subtree}      # 'a drop in third-quarter profit' keeps 'in profit'
    return out


def _year_of_named(tok: Token) -> bool:
    """'won the race in the (2016) Olympics': the year of a named occasion goes alone, as the phrase
    says which race; 'in a 2011 interview' says only when, and goes whole."""
    return tok.like_num and len(tok.text) == 4 and tok.head.pos_ == "PROPN" and tok.head.ent_type_ not in ("DATE", "TIME")


def _orphaned_date_prepositions(dates: set[int], keep: set[int], doc: Doc) -> set[int]:
    """'marched throughout (last week)': a preposition the parser left without its object right before
    a date had that date for its object, and goes with it."""
    # read from the clause's words: `dates` holds every date word of the article
    return {i for i in keep if i + 1 in dates and i not in dates and doc[i].dep_ == "prep" and
            doc[i].lower_ in _DATE_ONLY_PREPS and not any(c.dep_ in ("pobj", "pcomp") for c in doc[i].children)}


def _with_hyphenated(keep: set[int], doc: Doc) -> set[int]:
    """'re-opened' read as 're', '-', 'opened': a kept part keeps the whole word."""
    for i in sorted(keep):
        if i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and \
                not doc[i + 1].whitespace_ and doc[i + 2].is_alpha:
            keep = keep | {i + 1, i + 2}
    return keep


def _with_scores(keep: set[int], doc: Doc, blocked: set[int]) -> set[int]:
    """'beat Italy 3-1', 'ruled 5-4': the parser splits a score into two numbers around the dash, one
    an object and one a measure; a label keeping one half reads 'beat Italy 3', so a kept half keeps
    the whole score (not one the label leaves out as a date)."""
    for i in sorted(keep):
        first = i if _score(doc[i]) else i - 2
        whole = set(range(first, first + 3))
        if first >= 0 and _score(doc[first]) and not whole & blocked:
            keep = keep | whole
    return keep


def _label_drops(c: Token, verb: Token) -> bool:
    """A dependant of the verb left out of its label: fronted words, side remarks, fillers."""
    return _fronted(c, verb) or _side_dep(c) or (c.dep_ in ("npadvmod", "tmod") and not _measure_after(c, verb)) or \
        (c.dep_ == "advmod" and (c.lower_ in _FILLER_ADVERBS and not _limited(c) or c.tag_ == "WRB")) or \
        (c.dep_ == "prep" and _dropped_prep(c, verb)) or \
        (c.dep_ == "ccomp" and c.i < verb.i) or _object_after_comma(c, verb)


def _measured_time(c: Token) -> bool:
    """'lost contact (about an hour into the trip)': a phrase a time measure leans on says only when;
    the measure left out (as an npadvmod is), it would read as where ('lost contact into the trip').
    'after the vote' or 'before dawn' still say when without their measure."""
    return c.lower_ in _MEASURED_TIME_PREPOSITIONS and \
        any(x.dep_ == "npadvmod" and x.ent_type_ in ("DATE", "TIME") for x in c.children)


_MEASURED_TIME_PREPOSITIONS = frozenset({"into"})


def _side_dep(c: Token) -> bool:
    return c.dep_ in _DROP_DEPS and not gerund_object(c) and not predicative_participle(c)


def _fronted(c: Token, verb: Token) -> bool:
    """A word before the verb that is none of its subject or verb group ('On Monday', 'However'); a
    charge's 'allegedly' stays, as without it the label states the charge as fact."""
    return c.i < verb.i and c.dep_ not in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "expl", "prt") and \
        not _in_verb_group(c, verb) and c.lower_ not in _CHARGE_ADVERBS


def _dropped_prep(prep: Token, verb: Token) -> bool:
    """'according to', 'despite', 'amid' phrases are asides; an 'as' phrase after a verb with no object
    is the role it tells ('worked as a porter', 'served as ambassador'), which the label keeps."""
    if prep.lower_ not in _DROPPED_PREPS:
        return _measured_time(prep) or misread_clause_opener(prep)
    role = prep.lower_ == "as" and prep.i > verb.i and any(c.dep_ == "pobj" for c in prep.children)
    return not (role and not any(c.dep_ in ("dobj", "attr", "acomp", "oprd", "ccomp", "xcomp") for c in verb.children))


def _object_after_comma(c: Token, verb: Token) -> bool:
    """'lifted off from the center on STS-1, the first mission': an object set off by a comma after
    the verb's other phrases restates the noun before it (the parser made it the verb's object);
    as an object it would read 'lifted off the first mission'."""
    before = c.left_edge.i - 1
    if c.dep_ != "dobj" or before <= verb.i or c.doc[before].text != ",":
        return False
    if any(x.i > c.right_edge.i and x.dep_ != "punct" for x in verb.children):
        return False      # 'adding A in 1961, B in 1970': a gapped list, each object with its own phrase
    return any(verb.i < x.i < before and x.dep_ != "dobj" for x in verb.children if x.dep_ != "punct")


def _second_objects(verb: Token, keep: set[int]) -> set[int]:
    """'suffered a breach, as well as a wave of attacks': a second object after a kept one is a
    conjunct the parser lost track of; a label keeps the first ('suffered a breach', not 'suffered a
    breach a wave'). A gapped list's objects each have their own date, blocked in each other's label."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i in keep]
    out: set[int] = set()
    for first, second in zip(objects, objects[1:]):
        if not _split_object(first, second):
            out |= {x.i for x in second.subtree}
    return out


def _split_object(first: Token, second: Token) -> bool:
    """'robbed the downtown First Victoria bank': a bare common noun the parser made an object of its
    own right before the next object, nothing between them, is the next one's modifier; one object."""
    return first.right_edge.i + 1 == second.left_edge.i and first.tag_ == "NN" and \
        not any(c.i > first.i for c in first.children) and second.pos_ in ("NOUN", "PROPN")


_MEASURE_ENTS = ("PERCENT", "MONEY")
_SETTING_ENTS = ("DATE", "TIME", "QUANTITY")


def _measure_after(c: Token, verb: Token) -> bool:
    """'has fallen 2.08%', 'defeated Panama 3-0': an amount after the verb says how much it happened and
    completes it, where a time phrase ('this year', 'Monday') is an adjunct a headline can lose."""
    if c.i < verb.i or c.ent_type_ in _SETTING_ENTS:
        return False      # 'crashed 300 meters (from each other)' says where, an adjunct
    return c.ent_type_ in _MEASURE_ENTS or _score(c) or any(n.dep_ == "nummod" and n.ent_type_ not in _SETTING_ENTS
                                               for n in c.children)


def _score(c: Token) -> bool:
    """'beat Rovers 4-1': a number joined by a hyphen or dash to the next is a score."""
    doc = c.doc
    return c.like_num and c.i + 2 < len(doc) and doc[c.i + 1].text in ("-", "–") and doc[c.i + 2].like_num \
        and not c.whitespace_ and not doc[c.i + 1].whitespace_


def _limited(c: Token) -> bool:
    """'had lost only once': a filler word a limiting adverb narrows is the news itself."""
    return any(limiting(x) for x in c.children)


def _in_verb_group(c: Token, verb: Token) -> bool:
    """'have barely broken', 'no longer owns': a limiting adverb among the verb's auxiliaries belongs
    to the verb group, as its loss turns what the label says around."""
    return limiting(c) and all(t.dep_ in ("aux", "auxpass", "neg", "advmod") for t in verb.doc[c.i + 1:verb.i])


def _side_clause_tokens(t: Token) -> set[int]:
    """Tokens a relative, appositive or coordinated clause (or a wh-word's phrase) takes out of a label."""
    if t.dep_ in ("relcl", "appos", "advcl", "parataxis") or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")):
        out = {x.i for x in t.subtree}
        if t.dep_ == "conj":
            # with the words of the coordinator ('rather than', 'as well as'), or 'rather' is left dangling
            out |= {y.i for x in t.head.children if x.dep_ == "cc" and x.i < t.i for y in x.subtree}
        return out
    if t.tag_ in ("WDT", "WP", "WP$") and t.dep_ != "nsubj":
        gone = t.head if t.tag_ == "WP$" else t          # "whose budget", "in which"
        out = {x.i for x in gone.subtree}
        if t.head.dep_ == "prep" or t.dep_ == "pobj":
            out.add(t.head.i)
        return out
    return set()


def drop_orphans(keep: set[int], doc: Doc) -> set[int]:
    """Prepositions left without their object go too ("on" once "Feb. 24" is gone), and so do
    coordinators left without a conjunct."""
    keep = keep - _lone_coordinators(keep, doc)
    changed = True
    while changed:
        changed = False
        for i in sorted(keep):
            tok = doc[i]
            objects = [c for c in tok.children if c.dep_ in ("pobj", "pcomp")]
            # 'flow out (of its accounts)' stays; so does a score's number read as a preposition ('3-2')
            particle = not objects and tok.pos_ in ("ADP", "ADV", "NUM") or particle_before_day(tok)
            if tok.dep_ == "prep" and not particle and not any(c.i in keep for c in objects):
                keep = keep - {x.i for x in tok.subtree if not _has_kept_verb_below(x, keep)} - {tok.i}
                changed = True
    return keep


def particle_before_day(prep: Token) -> bool:
    """'will be sworn in Saturday', 'moved in Friday': 'in' never introduces a day ('on Saturday', 'on
    Feb. 3'), so before one it is the verb's particle the parser took for the day's preposition; it
    stays when the day goes ('sworn in', not 'sworn by the chief justice')."""
    if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return len(objects) == 1 and bool(_A_DAY.fullmatch(" ".join(t.text for t in objects[0].subtree)))


_WEEKDAYS = "|".join(calendar.day_name)
_MONTHS = "|".join(words("month_names") + words("month_abbreviations"))
# a day of the week ('Saturday', 'Saturday night') or of a month ('Feb. 3'), never a month or a year
_A_DAY = re.compile(rf"(?:(?:{_WEEKDAYS})(?:\s+{DAY_PARTS})?|(?:{_MONTHS})\s*\.?\s+\d{{1,2}})", re.I)


def _lone_coordinators(keep: set[int], doc: Doc) -> set[int]:
    """'The epidemics in Sudan, Angola, and Uganda caused', misread with 'Uganda' as a second subject:
    the subject printed alone keeps no conjunct, so its 'and' would dangle ('The epidemics and caused')."""
    return {i for i in keep if doc[i].dep_ == "cc" and doc[i].head.i in keep and not _all_but(doc[i]) and
            not _inside_name(doc[i], keep) and not any(c.dep_ == "conj" and c.i in keep for c in doc[i].head.children)}


def _inside_name(cc: Token, keep: set[int]) -> bool:
    """'"Body And Soul"': an 'and' inside a name, between two of its kept words, is part of the name
    (the parser gave it no conjunct); left out, the title reads 'Body Soul'."""
    i = cc.i
    return cc.ent_iob_ == "I" and 0 < i < len(cc.doc) - 1 and {i - 1, i + 1} <= keep and \
        cc.doc[i + 1].ent_iob_ == "I"


def _all_but(cc: Token) -> bool:
    """'held the job for all (but) a few months': a 'but' right after its head with no conjunct to
    join means 'except'; left out, the label says the opposite ('for all a few months')."""
    head = cc.head
    return cc.lower_ == "but" and head.i == cc.i - 1 and not any(c.dep_ == "conj" for c in head.children)


def _has_kept_verb_below(tok: Token, keep: set[int]) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("xcomp", "acl", "relcl", "advcl") and tok.i in keep


def _fitted(verb: Token, keep: set[int], budget: int, hard: int) -> set[int]:
    """The clause's words cut down to the budget by whole phrases: first what a headline does without
    (dates, places, appositions, sentence adverbs, an amount said again), then other phrases but never
    one that completes its verb or noun ('posted net income' keeps 'of $133.1 million'), then side
    clauses and side phrases of the verb whole, and last adjectives and noun modifiers. A complete
    label may run over the budget; only over the hard limit (all a headline may have) does any phrase
    go, rightmost and innermost first, as the label checks then judge."""
    doc = verb.doc
    keep = _without_bare_adverbs(keep, doc)
    keep = _unhedged(verb, keep, budget)
    for tier, limit in ((_adjunct_subtrees, budget), (_loose_subtrees, budget), (_inner_clauses, budget),
                        (_verb_phrases, budget), (_modifiers, budget), (_optional_subtrees, hard)):
        units = _old_values_first(tier(verb, keep), doc)
        while _label_length(keep, doc) > limit and units:
            keep = _without_bare_adverbs(drop_orphans(keep - _with_old_value(units.pop(), doc), doc), doc)
    return keep


def _old_values_first(units: list[set[int]], doc: Doc) -> list[set[int]]:
    """'rose from $36 million to $42 million': the old value goes before the new one (pop() takes the
    last unit first), wherever the text puts it."""
    units = list(units)
    for n, unit in enumerate(units):
        olds = {c.i for i in unit if doc[i].lower_ == "to" for c in pair_partners(doc[i])}
        m = next((k for k in range(n) if olds & units[k] and not units[k] & unit), None)
        if m is not None:
            units[m], units[n] = units[n], units[m]
    return units


def _with_old_value(unit: set[int], doc: Doc) -> set[int]:
    """'rose 5% (to $238 million) from $226 million': the new value goes only with the old one, as
    'rose from $226 million' alone reads as the change itself."""
    tops = [doc[i] for i in unit if doc[i].head.i not in unit]
    unit = unit - {i for i in unit if i < min(t.i for t in tops) and clings_to_verb(doc[i])}   # 'broke even (on)'
    olds = [c for t in tops if t.lower_ == "to" for c in pair_partners(t)]
    return unit.union(*({x.i for x in c.subtree} for c in olds))


def _label_length(keep: set[int], doc: Doc) -> int:
    """Words as printed: '$133.1' and "Delta's" are one word each."""
    return sum(any(ch.isalnum() for ch in w) for w in realise(doc, sorted(keep), headline=True).split())


def _without_bare_adverbs(keep: set[int], doc: Doc) -> set[int]:
    return {i for i in keep if not bare_adverb(doc[i], keep)}


def _unhedged(verb: Token, keep: set[int], budget: int) -> set[int]:
    """'arrived (more than) two hours early at the airport': when leaving out the words that only
    soften a number makes the label fit, they go rather than a phrase ('about 31%' stays when a
    phrase must go anyway)."""
    doc = verb.doc
    hedges: set[int] = set()
    for t in verb.subtree:
        start = t.i
        while t.like_num and start - 1 in keep and doc[start - 1].lower_ in _AMOUNT_HEDGES:
            start -= 1
        hedges |= set(range(start, t.i)) if t.i in keep else set()
    fits = hedges and _label_length(keep, doc) > budget >= _label_length(keep - hedges, doc)
    return keep - hedges if fits else keep


def _adjunct_subtrees(verb: Token, keep: set[int]) -> list[set[int]]:
    """Phrases a headline does without, rightmost last (pop() takes it first)."""
    # a short name apposed to a common noun says which one it is ('buy phone service (Skype)'): no adjunct
    out = [{x.i for x in t.subtree} & keep for t in verb.subtree
           if t != verb and t.i in keep and (adjunct_phrase(t) and not named_apposition(t) or restatement(t))]
    for s in out:
        s |= {x for x in _restated_marks(s, verb.doc)}
    # 'since the end of June' goes whole: 'of June' alone would leave 'since the end'
    out = [s for s in out if s and not any(s < other for other in out)]
    return sorted(out, key=lambda s: (max(s), min(s)))


def _restated_marks(s: set[int], doc: Doc) -> set[int]:
    """The ', or' before an amount said again goes with it."""
    i = min(s) - 1
    out = set()
    while i >= 0 and (doc[i].is_punct or doc[i].dep_ == "cc") and doc[i].text not in ("(", ")"):
        out.add(i)
        i -= 1
    return out if any(doc[j].lower_ == "or" for j in out) else set()


def _loose_subtrees(verb: Token, keep: set[int]) -> list[set[int]]:
    """The optional phrases whose loss leaves the label whole: none that completes its head, no
    number or name cut inside ('$133.1 million', 'Financial Institutions Reform')."""
    return [s for s in _optional_subtrees(verb, keep) if not any(_bound(verb.doc[i]) for i in s
                                                                 if verb.doc[i].head.i not in s)]


def _bound(t: Token) -> bool:
    return completes_head(t) or clings_to_verb(t) or hyphened(t) or t.dep_ in ("compound", "nummod", "amod") \
        or _quoted(t)   # 'silver medal'; '"highly confident"' is the speaker's wording, kept as said


def _quoted(t: Token) -> bool:
    """Inside quotation marks: an odd number of quote marks before the word in its sentence."""
    return sum(x.text in QUOTE_MARKS for x in t.doc[t.sent.start:t.i]) % 2 == 1


def _verb_phrases(verb: Token, keep: set[int]) -> list[set[int]]:
    """The verb's own later phrases, whole, rightmost last: a label still too long keeps its main
    clause ('signed a letter', 'found the former president liable') rather than end mid-phrase."""
    out = [{x.i for x in t.subtree} & keep for t in verb.children
           if t.i in keep and t.i > verb.i and t.dep_ in ("prep", "advmod", "npadvmod", "dative", "agent")
           and not completes_head(t)]
    return sorted((s for s in out if s), key=lambda s: (max(s), min(s)))


def _modifiers(verb: Token, keep: set[int]) -> list[set[int]]:
    """Adjectives ('unsolved shootings'), rightmost last: the last words a label too long gives up,
    never an ordinal, a nationality, nor one after 'a' ('a broad inquiry'), nor one after its noun
    ('made the text of its ruling available'), often a verb's object complement the parser hung there."""
    out = [{x.i for x in t.subtree} & keep for t in verb.subtree
           if t.i in keep and _spare_adjective(t) and not infinitive_read_as_adjective(t)]
    return sorted((s for s in out if s), key=lambda s: (max(s), min(s)))


def _spare_adjective(t: Token) -> bool:
    # a superlative ('the highest phase', 'the largest companies') goes only with its noun: 'the phase' dangles
    return t.dep_ == "amod" and t.pos_ == "ADJ" and t.ent_type_ not in ("ORDINAL", "NORP") and t.i < t.head.i and \
        t.tag_ != "JJS" and \
        not any(hyphened(x) for x in t.subtree) and _spare_for_noun(t)


def _spare_for_noun(t: Token) -> bool:
    """Its noun is no 'a' noun ('a broad inquiry') nor a time noun modifying the next noun ('their
    (fiscal) year revenue', which left out reads 'their year revenue', nonsense)."""
    head = t.head
    return head.pos_ == "NOUN" and not any(d.lower_ in ("a", "an") for d in head.children) and \
        not (head.dep_ == "compound" and head.lower_ in _TIME_NOUNS)


def _inner_clauses(verb: Token, keep: set[int]) -> list[set[int]]:
    """Clauses inside the label's objects ('to acquire ...', 'who left ...'), rightmost last."""
    out = [{x.i for x in t.subtree} & keep for t in verb.subtree
           if t.i in keep and t.head != verb and t != verb and t.pos_ in ("VERB", "AUX") and
           t.dep_ in ("acl", "relcl", "xcomp", "ccomp", "advcl") and not completes_head(t)]
    return sorted((s for s in out if s), key=lambda s: (max(s), -min(s)))


def _optional_subtrees(verb: Token, keep: set[int]) -> list[set[int]]:
    """Phrases a headline can lose; pop() returns the rightmost, innermost first."""
    out = []
    for t in verb.subtree:
        if t.i not in keep or t == verb or _must_stay(t, verb) or not _droppable_role(t, verb):
            continue
        sub = {x.i for x in t.subtree} & keep
        if sub:
            out.append(sub)
    out.sort(key=lambda s: (max(s), min(s)))
    return out


def _must_stay(t: Token, verb: Token) -> bool:
    """A phrase whose loss would mislead, whatever its role: one name of a list cut from it (the list
    goes whole or stays), a number's part ("$461 million" without "461" says no amount), or a word
    that clings to the verb ('have barely broken')."""
    if _in_list(t, verb) or _inside_list(t, verb) or _bare_count(t) or counting_clause(t):
        return True
    return t.head != verb and t.head.tag_ == "CD" and t.dep_ in ("compound", "nummod") or clings_to_verb(t) or \
        infinitive_read_as_adjective(t) or infinitive_particle(t)


def infinitive_read_as_adjective(t: Token) -> bool:
    """'waded through debris to (free) bodies': an adjective right after a preposition 'to' that is also
    a verb's base form is often the verb of a purpose clause the parser misread; left out, the label
    reads 'to bodies' (judged garbled), so it stays with its noun ('to commercial flights' may lose it)."""
    before = t.doc[t.i - 1] if t.i > 0 else None
    return t.pos_ == "ADJ" and t.dep_ == "amod" and before is not None and before.lower_ == "to" and \
        before.dep_ == "prep" and t.head.head == before and verb_base(t.text)


def _bare_count(t: Token) -> bool:
    """'nearly 26 feet', '12 percent': a number its noun has no determiner besides is the amount the
    noun measures; without it 'had reached nearly feet' is garbled ('the two leaders' may lose 'two')."""
    return t.dep_ == "nummod" and t.head.pos_ == "NOUN" and not any(d.dep_ in ("det", "poss") for d in t.head.children)


_DROPPABLE_DEPS = ("prep", "agent", "advmod", "npadvmod", "acomp", "dative", "oprd")
_DROPPABLE_INNER_DEPS = ("ccomp", "xcomp", "dobj", "conj", "amod", "compound", "acl", "relcl", "appos", "nummod")


def _droppable_role(t: Token, verb: Token) -> bool:
    """A role a headline can do without: an adjunct of the verb, a part of one of its phrases
    (not of the verb itself), or a long reported clause."""
    if _after_noun_adjective(t.head) or completes_head(t) and _inside_after_noun_adjective(t, verb):
        return False      # 'a bill similar (to one (that ...))': the adjective's phrase goes whole, never cut
    return t.dep_ in _DROPPABLE_DEPS or (t.head != verb and t.dep_ in _DROPPABLE_INNER_DEPS) or \
        (t.dep_ == "ccomp" and len(list(t.subtree)) > 6)


def _inside_after_noun_adjective(t: Token, verb: Token) -> bool:
    """A word of an after-noun adjective's phrase, below the adjective."""
    head = t.head
    while head != verb and head.head != head:
        if _after_noun_adjective(head):
            return True
        head = head.head
    return False


def _after_noun_adjective(t: Token) -> bool:
    """'a bill (similar to one ...)', 'a nightclub (popular with tourists)': an adjective after its noun
    says what its phrase says; judges called 'passed a bill similar' cut off."""
    return t.pos_ == "ADJ" and t.dep_ in ("amod", "acl") and t.head.pos_ in ("NOUN", "PROPN") and t.i > t.head.i


def _in_list(t: Token, verb: Token) -> bool:
    """A word of a listed item after the first ('Poland, the Czech Republic and Hungary')."""
    while t != verb and t.head != t:
        if t.dep_ == "conj" and t.pos_ not in ("VERB", "AUX"):
            return True
        t = t.head
    return False


def _inside_list(t: Token, verb: Token) -> bool:
    """A phrase between a list's first item and a later one ('of Poland' in 'the ministers of
    Poland, the Czech Republic and Hungary' as the parser reads it)."""
    span = [x.i for x in t.subtree]
    return any(c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX") and c.head.i < span[0] and span[-1] < c.i
               for c in verb.subtree)


def _words(keep: set[int], doc: Doc) -> list[str]:
    return [doc[i].text for i in keep if not doc[i].is_punct]


_DANGLING = re.compile(pattern("dangling_words"), re.I)


def finish(text: str) -> str:
    """A headline's last touches: no dangling 'and'/'of' or odd quote mark, 14 words at most, a capital."""
    text = text.strip(" ,;:-–—\"“”‘’'")
    text = _DANGLING.sub("", text)
    if text.count("“") != text.count("”") or text.count('"') % 2:
        text = text.replace("“", "").replace("”", "").replace('"', "")
    text = re.sub(r"\s+", " ", text).strip(" ,;:")
    if not text:
        return ""
    words = text.split()
    if len(words) > HARD_LABEL_WORDS:
        text = " ".join(words[:HARD_LABEL_WORDS])
    return capitalise(text)


# --------------------------------------------------------------------------- statements and questions

def _group_replacements(clause: Clause) -> Replacements:
    """Each group phrase of the clause ('the two leaders') with its span and the names that replace it."""
    return {s: (clause.group_span[s], txt) for s, txt in clause.group.items()}


def replacements(clause: Clause) -> Replacements:
    """The clause's group names ("Xi Jinping and Vladimir Putin") and its fronted adjunct in lower case."""
    rep = _group_replacements(clause)
    if clause.fronted:
        doc = clause.verb.doc
        rep.update(_measure_of_mark(clause))
        for k, v in lower_fronted(doc, clause).items():
            rep.setdefault(k, v)
    return rep


_MEASURED_MARKS = frozenset({"after", "before", "since", "until"})


def _measure_of_mark(clause: Clause) -> Replacements:
    """'one day' of 'one day after Lehman filed ...': a measure that belongs with the left-out 'after',
    so the clause's question or statement leaves it out too."""
    v = clause.verb
    if not any(c.dep_ == "mark" and c.lower_ in _MEASURED_MARKS for c in v.children):
        return {}
    out: Replacements = {}
    for c in v.children:
        span = sorted(x.i for x in c.subtree)
        if c.dep_ == "npadvmod" and c.i in clause.fronted and span == list(range(span[0], span[-1] + 1)):
            out[span[0]] = (span[-1] + 1, "")
    return out


def statement(clause: Clause, doc: Doc, swap: dict[int, tuple[int, str]] | None = None) -> str:
    """The clause as a plain declarative sentence ("The Treasury took control of ... on Sept. 7.")."""
    if clause.fronted and _front_stays(doc, clause):
        return _fronted_statement(clause, doc, swap)
    rep = replacements(clause)
    rep.update(_lowered_swap(doc, clause, swap or {}))
    idxs = restored(doc, clause.subject) + restored(doc, clause.body) + restored(doc, clause.fronted)
    text = realise(doc, idxs, rep)
    text = capitalise(_lower_first(doc, clause, text))
    return text if text.endswith(".") else text + "."     # "at 7 a.m." keeps one full stop


def _lowered_swap(doc: Doc, clause: Clause, swap: Replacements) -> Replacements:
    """A swapped value that opens the fronted adjunct ('Three seconds before liftoff, ...' -> 'Four')
    goes to the end with it, so it loses its capital as the article's word would ('... four seconds
    before liftoff'); a name put in its place keeps its capital."""
    lowered = lower_fronted(doc, clause)
    out = dict(swap)
    for k, (end, text) in swap.items():
        first = text.split(" ", 1)[0]
        if k in lowered and doc[k].pos_ in _PLAIN_OPENERS and first[1:].islower() and \
                first not in midsentence_capitals(doc):
            out[k] = (end, text[:1].lower() + text[1:])
    return out


# the parts of speech of a fronted first word that is no name ('Three', 'Since', 'Last')
_PLAIN_OPENERS = frozenset({"NUM", "DET", "ADP", "ADV", "ADJ", "SCONJ"})


def restored(doc: Doc, part: list[int]) -> list[int]:
    """A clause part (in text order) with the marks its kept words need back: a coordinator between
    two kept phrases ('from A, next to B, and from C', 'a breach, as well as a wave'), brackets round
    kept words ('Movimento 5 Stelle (M5S)'). Left out, the statement reads 'from A, next to B from C'."""
    if not part or part != sorted(part):
        return part
    kept = set(part)
    add: set[int] = set()
    for t in doc[part[0]:part[-1] + 1]:
        if t.i in kept:
            continue
        if _lost_coordinator(t, kept):
            left = t.left_edge.i
            add |= {x.i for x in t.subtree} | ({left - 1} if doc[left - 1].text == "," else set())
        elif t.text == "(":
            add |= _bracket_pair(doc, t.i, kept)
    return sorted(kept | add) if add else part


def _lost_coordinator(t: Token, kept: set[int]) -> bool:
    """A left-out 'and' whose head and a later phrase of that head stay, while no verb it joins went."""
    head = t.head
    if t.dep_ != "cc" or head.i not in kept:
        return False
    if any(c.dep_ == "conj" and c.i not in kept for c in head.children):
        return False       # 'arrived and left': the 'and' went with the verb it joins
    return any(c.i > t.i and c.i in kept and c.dep_ not in ("punct", "cc") for c in head.children)


def _bracket_pair(doc: Doc, opener: int, kept: set[int]) -> set[int]:
    """The brackets at `opener` and its ')' when every word between them is kept and they are not."""
    closer = next((j for j in range(opener + 1, min(len(doc), opener + 12)) if doc[j].text == ")"), None)
    if closer is None or closer == opener + 1 or closer in kept:
        return set()
    inside = range(opener + 1, closer)
    return {opener, closer} if all(i in kept for i in inside) else set()


def _front_stays(doc: Doc, clause: Clause) -> bool:
    """A fronted adjunct moved to the end would land in a clause the verb reports or completes ('Castro
    said that the father would travel to the United States in Havana'), or it comments on the whole
    sentence ('Formally, ...', 'Besides the message, ...'), or names the group the sentence picks from
    ('Of the big makers, only one ...'), or would follow a time the body already ends on ('... than
    last year in the latest quarter'): it stays in front."""
    return _sentence_adverbial(doc, clause) or _ends_in_report(doc, clause) or _group_frame(doc, clause) or \
        _ends_in_time(doc, clause)


def _group_frame(doc: Doc, clause: Clause) -> bool:
    """'Of the big computer makers,', 'Among the bowlers,': a fronted phrase naming the group the
    sentence picks from, set off by a comma; at the end it hangs on the last noun ('... chips of the
    big computer makers'). A superlative takes it at the end ('X is the most robust of all economies')."""
    first, last = doc[clause.fronted[0]], clause.fronted[-1]
    set_off = doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")
    superlative = any(doc[i].tag_ in ("JJS", "RBS") for i in clause.body)
    return first.lower_ in _FRAME_PREPS and first.dep_ == "prep" and set_off and not superlative


def _ends_in_time(doc: Doc, clause: Clause) -> bool:
    """The body ends on a time ('... earnings of $33 million last year'): a fronted time phrase put
    after it reads as one muddled time ('last year in the latest quarter')."""
    body = [i for i in clause.body if not doc[i].is_punct]
    return bool(body) and doc[body[-1]].ent_type_ in ("DATE", "TIME") and \
        any(doc[i].ent_type_ in ("DATE", "TIME") or doc[i].lemma_.lower() in _TIME_NOUNS for i in clause.fronted)


def _ends_in_inner_clause(doc: Doc, clause: Clause) -> bool:
    """The body's last word belongs to a clause inside it with a subject of its own ('reports that
    the stadium is being restored'): a phrase put after it would tell of that clause."""
    if not clause.body:
        return False
    t = doc[max(clause.body)]
    while t.i != clause.verb.i and t.head.i != t.i:
        if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ccomp", "acl", "relcl", "advcl") and \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return True
        t = t.head
    return False


def _ends_in_report(doc: Doc, clause: Clause) -> bool:
    """The clause's body holds a clause the verb reports or completes, with words of its own: words
    put after the body land in that clause."""
    return any(doc[i].dep_ in ("ccomp", "xcomp") and doc[i].head.i == clause.verb.i and
               any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp", "xcomp") for c in doc[i].children)
               for i in clause.body)


def _sentence_adverbial(doc: Doc, clause: Clause) -> bool:
    """'Formally, the U.S. has ...', 'Ultimately, success depends ...': an adverb (or a connective
    such as 'besides') set off by a comma at the head of the sentence speaks of the whole statement;
    at its end it reads as tacked on ('... with Bushehr formally')."""
    fronted = set(clause.fronted)
    tops = [doc[i] for i in clause.fronted if doc[i].head.i not in fronted]
    # the adverb heads the fronted words from their first on ('Not surprisingly,' opens on its 'not')
    if not tops or tops[0].left_edge.i != clause.fronted[0]:
        return False
    top, last = tops[0], max(x.i for x in tops[0].subtree)
    set_off = last + 1 < len(doc) and doc[last + 1].text == ","
    return set_off and (_adverb_or_opener(top) or fronted_connective(doc, clause) or
                        _fronted_words(doc, clause) in _COMMENT_PHRASES)


def _adverb_or_opener(top: Token) -> bool:
    return (top.pos_ == "ADV" and top.dep_ == "advmod") or top.lower_ in _OPENER_WORDS


def fronted_connective(doc: Doc, clause: Clause) -> bool:
    """'For example,': the fronted words are a connective that ties the sentence to the one before."""
    return bool(clause.fronted) and _fronted_words(doc, clause) in _OPENER_WORDS


def _fronted_words(doc: Doc, clause: Clause) -> str:
    """The fronted words as one lower-case phrase, without their comma ('by all accounts')."""
    return doc[clause.fronted[0]:clause.fronted[-1] + 1].text.lower().strip(" ,")


def _fronted_statement(clause: Clause, doc: Doc, swap: dict[int, tuple[int, str]] | None) -> str:
    """'In Havana, Cuban President Fidel Castro said that ...': the adjunct in front, with its comma."""
    rep = _group_replacements(clause)
    rep.update(swap or {})
    front = realise(doc, clause.fronted, rep)
    rest = realise(doc, clause.subject + clause.body, rep)
    first = doc[clause.subject[0]] if clause.subject else None
    if first is not None and clause.subject[0] not in rep and (first.lower_ == "the" or lowercase_ok(doc, first)):
        rest = rest[:1].lower() + rest[1:]
    text = capitalise(f"{front.rstrip(',')}, {rest}")
    return text if text.endswith(".") else text + "."


def _lower_first(doc: Doc, clause: Clause, text: str) -> str:
    return text


def lower_fronted(doc: Doc, clause: Clause) -> dict[int, tuple[int, str]]:
    """A fronted adjunct moved to the end loses its capital ("Since the beginning ..." -> "since ...")."""
    if not clause.fronted:
        return {}
    t = doc[clause.fronted[0]]
    if t.tag_ in ("NNP", "NNPS") or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or not t.text[:1].isupper():
        return {}
    return {t.i: (t.i + 1, t.text[:1].lower() + t.text[1:])}


def _subject_text(doc: Doc, clause: Clause, rep) -> str:
    text = realise(doc, clause.subject, rep)
    first = doc[clause.subject[0]] if clause.subject else None
    if first is not None and clause.subject[0] not in rep and (first.lower_ == "the" or (
            first.tag_ not in ("NNP", "NNPS") and first.ent_type_ not in NAME_ENTS and first.text != "I"
            and not _capital_run(doc, first)) or lowercase_ok(doc, first)):
        text = text[:1].lower() + text[1:]
    return text


@per_document
def midsentence_capitals(doc: Doc) -> frozenset[str]:
    """Words the article capitalises inside a sentence: names, even when the tagger says otherwise."""
    out = set()
    for t in doc[1:]:
        prev = doc[t.i - 1]
        if t.is_sent_start or not t.text[:1].isupper() or prev.is_space or \
                prev.text in QUOTE_MARKS or prev.text in (":", "\u2014", "\u2013", "--", "(", "-") or prev.is_sent_start and prev.is_punct:
            continue
        out.add(t.text)
    return frozenset(out)


def lowercase_ok(doc: Doc, t: Token) -> bool:
    """A capital that only opens the sentence ("Results were released", "About 300 people", "Crews"):
    no name entity or demonym, not an acronym, not followed by another capitalised word, and never capitalised
    inside a sentence of the article ("Curiosity" is, so it stays)."""
    if not t.text[:1].isupper() or t.text == "I" or t.ent_type_ in NAME_ENTS or \
            (t.text.isupper() and len(t.text) > 1) or not t.is_alpha:
        return False
    if names_a_people(t.text):
        return False      # a people ('Ghanaian', 'Scots') keeps its capital though the tagger missed it
    if _capital_run(doc, t):
        return False
    return t.text not in midsentence_capitals(doc)


def _capital_run(doc: Doc, t: Token) -> bool:
    """'Riverbend Sound': a capitalised word followed by another one is part of a name."""
    return t.i + 1 < len(doc) and t.text[:1].isupper() and doc[t.i + 1].text[:1].isupper() and \
        doc[t.i + 1].is_alpha


def subject_question(clause: Clause, doc: Doc, wh: str, plural_subject: bool) -> str | None:
    """Ask for the subject: "Which country invaded Ukraine on Feb. 24?"."""
    rep = replacements(clause)
    body = list(clause.body)
    fin = _finite(clause)
    words = {}
    if plural_subject and fin is not None:
        sing = agree_singular(doc[fin])
        if sing is None or (fin == clause.verb.i and joined_verb(clause.verb) is not None):
            return None
        words[fin] = (fin + 1, sing)
    rep.update(words)
    wh, fronted = _question_lead(doc, clause, clause.fronted, wh)
    text = realise(doc, restored(doc, body) + restored(doc, fronted), rep)
    return capitalise(f"{wh} {text}") + "?"


def _question_lead(doc: Doc, clause: Clause, fronted: list[int], wh: str) -> tuple[str, list[int]]:
    """'Formally, which country has no problem with ...?': a sentence adverbial leads the question too
    (with its comma); other fronted words go after the verb's phrases, or are left out where they would
    land in a reported clause ('When has X received reports that the stadium is restored on its
    birthday?'). Returns (lead, fronted left)."""
    if fronted and not _sentence_adverbial(doc, clause) and _ends_in_inner_clause(doc, clause):
        return wh, []
    if not fronted or fronted != clause.fronted or not _sentence_adverbial(doc, clause):
        return wh, fronted
    if fronted_connective(doc, clause):
        return wh, []       # 'For example, which place ...?' leans on a sentence the learner does not see
    rep = _group_replacements(clause)
    return f"{capitalise(realise(doc, fronted, rep).rstrip(' ,'))}, {wh.lower()}", []


def _finite(clause: Clause) -> int | None:
    v = clause.verb
    aux = [c.i for c in auxiliaries(v)]
    if aux:
        return aux[0]
    return v.i if v.tag_ in ("VBZ", "VBP", "VBD") else None


def _inverted_head(v: Token, aux: list[Token], body: list[int], rep: dict) -> tuple[str, list[int]] | None:
    """The word that goes before the subject in a question (auxiliary, 'be', or do-support), and the
    body without it; do-support puts the verb in its base form (in `rep`)."""
    if aux:
        return aux[0].lower_, [i for i in body if i != aux[0].i]
    if v.lemma_ == "be" and v.tag_ in ("VBZ", "VBP", "VBD"):
        return v.lower_, [i for i in body if i != v.i]
    head = do_form(v)
    if head is None:
        return None
    rep.update(_base_forms(v))
    return head, body


def _base_forms(v: Token) -> Replacements:
    """The verb in its base form after do-support, and the second verb of its pair ('did the storm
    destroy or damage')."""
    return {verb.i: (verb.i + 1, base_form(verb)) for verb in (v, joined_verb(v)) if verb is not None}


def fronted_question(clause: Clause, doc: Doc, wh: str, remove: set[int],
                     extra: dict[int, tuple[int, str]] | None = None) -> str | None:
    """Ask for a non-subject part with inversion/do-support: "Who did X speak to on the phone?"."""
    v = clause.verb
    rep = replacements(clause)
    rep.update(extra or {})
    aux = auxiliaries(v)
    if aux and aux[0].tag_ != "MD" and aux[0].lemma_.lower() not in _TRUE_AUX or _out_of_a_pair(v, remove):
        return None       # "helped arrange": a verb the parser took for an auxiliary
    body = [i for i in clause.body if i not in remove]
    fronted = [i for i in clause.fronted if i not in remove]
    subj = _subject_text(doc, clause, rep)
    inverted = _inverted_head(v, aux, body, rep)
    if inverted is None:
        return None
    head, body = inverted
    wh, fronted = _question_lead(doc, clause, fronted, wh)
    rest = realise(doc, restored(doc, body) + restored(doc, fronted), rep)
    if not rest and head in ("did", "does", "do"):
        return None
    return _question(wh, head, subj, rest)


def _out_of_a_pair(v: Token, remove: set[int]) -> bool:
    """'is a destination on the coast and home (to 100,000 people)': a phrase asked for right after the
    second noun of what a 'be' says belongs to that noun (whatever the parse says); asked for in
    front, it leaves the noun bare ('To how many people is the town a destination and home?')."""
    doc, first = v.doc, min(remove, default=0)
    before = doc[first - 1] if first > 0 else None
    return v.lemma_ == "be" and before is not None and before.dep_ == "conj" and before.pos_ == "NOUN" and \
        doc[first].dep_ == "prep"


def _question(*parts: str) -> str:
    """The non-empty parts joined into a capitalised question."""
    return capitalise(" ".join(x for x in parts if x)) + "?"


def _active_verb(v: Token, auxes: list[Token]) -> str | None:
    """The active form of a passive verb group in the same tense ("was bought" -> "bought"), or None."""
    lemma = base_form(v)
    words = [a.lower_ for a in auxes]
    if words in (["was"], ["were"]):
        return inflect(lemma, "VBD")
    if words in (["is"], ["are"]):
        return inflect(lemma, "VBZ")
    if len(words) == 2 and words[1] == "been" and words[0] in ("has", "have", "had"):
        return ("had " if words[0] == "had" else "has ") + v.lower_
    if len(words) == 2 and words[1] == "be" and auxes[0].tag_ == "MD":
        return f"{words[0]} {lemma}"
    return None


def agent_question(clause: Clause, doc: Doc, wh: str, remove: set[int]) -> str | None:
    """Ask for the agent of a passive in the active voice: "The festival was bought by X for $12 million"
    -> "Which organization bought the festival for $12 million?" (never "Who was it bought by for ...?").
    None when the tense or the verb's other arguments make the active form unsafe."""
    v = clause.verb
    auxes = auxiliaries(v)
    if not _plain_passive(v, auxes):
        return None
    verb = _active_verb(v, auxes)
    if not verb:
        return None
    rep = replacements(clause)
    obj = _subject_text(doc, clause, rep)
    aux_idx = {a.i for a in auxes}
    rest = [i for i in clause.body + clause.fronted if i not in remove and i not in aux_idx and i != v.i]
    text = realise(doc, rest, rep)
    return _question(wh, verb, obj, text)


def _plain_passive(v: Token, auxes: list[Token]) -> bool:
    """A passive participle with no object or complement of its own, safe to turn active."""
    if v.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in auxes) or joined_verb(v) is not None:
        return False
    return not any(c.dep_ in ("dobj", "oprd", "xcomp", "ccomp", "attr", "dative") for c in v.children)

