"""Whole-clause checks for stems and statements built from a clause: every kept noun keeps what restricts
it, and a clause the parser misread (its subject or object not stated completely) is not used."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..clauses import ATTRIBUTION_VERBS, Clause
from ..phrasing import inflect_all
from ..wordlists import word_set

_NOMINAL = ("NOUN", "PROPN")
# words that turn a fact around when cut from it: negation, modality, exclusion, 'only'
_MODALS = word_set("cut_modals")
_LIMITERS = word_set("restriction_limiters")
_STATE_TIME_MARKS = word_set("state_time_marks")
_FINITE = ("VBZ", "VBP", "VBD")
_NOMINAL_ROLES = ("attr", "dobj", "pobj", "appos")
_CLAUSE_TAKING = word_set("clause_taking_verbs") | ATTRIBUTION_VERBS
# nouns whose clause says what is claimed or found ('allegations it took part')
_FINDING_NOUNS = word_set("finding_nouns")


def lost_restriction(doc: Doc, kept: set[int]) -> str | None:
    """Why a text made of the `kept` tokens misstates what the sentence says, or None.

    'A child born abroad to an unwed American mother is a citizen' cut to 'A child is a citizen', 'bought
    the shares that Smith owned' cut to 'bought the shares', 'may close' cut to 'close': the kept noun or
    verb lost the words that say which ones or how sure, so the statement (or the stem's answer) changes."""
    for i in sorted(kept):
        tok = doc[i]
        for c in tok.children:
            if c.i in kept or c.is_punct:
                continue
            problem = _lost_child(tok, c, kept)
            if problem:
                return problem
    return None


def _lost_child(tok: Token, c: Token, kept: set[int]) -> str | None:
    """One dropped dependant of a kept word that restricts, negates or hedges it."""
    if c.dep_ == "neg" or (c.dep_ in ("advmod", "prep", "cc", "preconj") and c.lower_ in _LIMITERS):
        return f"it drops '{c.text}'"
    if c.dep_ == "aux" and c.lower_ in _MODALS:
        return f"it drops the modal '{c.text}'"
    if _restricts(tok, c):
        return f"it drops what restricts '{tok.text}' or its object ('{c.text} ...')"
    if _times_a_state(tok, c):
        return f"it drops when the state held ('{c.left_edge.text} ...')"
    return None


def _times_a_state(tok: Token, c: Token) -> bool:
    """The dropped `c` is a 'when'/'while' clause of a state told with 'be' ('was in Paris when the vote
    was held'): without it the stem asks where or what someone was at no stated time."""
    if tok.lemma_ != "be" or tok.dep_ in ("aux", "auxpass") or c.dep_ != "advcl":
        return False
    return any(m.dep_ in ("mark", "advmod") and m.lower_ in _STATE_TIME_MARKS and m.i < c.i for m in c.children)


def _restricts(tok: Token, c: Token) -> bool:
    """The dropped `c` says which ones: of the noun `tok`, or of the singled-out object of the verb `tok`."""
    if tok.pos_ in _NOMINAL and c.dep_ in ("relcl", "acl") and c.i > tok.i:
        return _restrictive(tok, c)
    return c.dep_ in ("advcl", "xcomp") and c.left_edge.lower_ == "to" and _singled_object_before(tok, c)


def _singled(tok: Token) -> bool:
    """'the only area', 'the first emperor', 'the second team', 'the biggest storm': the noun picks out
    one of a kind (an ordinal ranks it: 'the second team' cut from 'to win twice' says nothing)."""
    return any(m.tag_ == "JJS" or m.lower_ in _SINGLING or (m.dep_ == "amod" and m.ent_type_ == "ORDINAL")
               for m in tok.children)


def _singled_object_before(verb: Token, c: Token) -> bool:
    """'had introduced only software products to make its Macs the hub': an infinitive right after an
    object that 'only' or a superlative singles out says which ones, whatever the parser hung it on
    ('was the fourth player (to score twice)': an infinitive read as the verb's own)."""
    return any(o.dep_ in ("dobj", "attr") and o.right_edge.i + 1 == c.left_edge.i and _singled(o) for o in verb.children)


def _restrictive(tok: Token, c: Token) -> bool:
    """A modifier that says which ones, written right after its noun without a comma or dash: a relative
    clause ('the banks that broke the rules', 'a move the agency termed ...'), a participle ('a child born
    abroad', 'costs associated with the move'), an infinitive of a subject ('the properties to be
    acquired') or of a 'first'/'only' ('the first emperor to abdicate'). Set off by a comma it is a side remark and may go; far from its noun, a misattachment."""
    edge = c.left_edge
    before = c.doc[edge.i - 1]
    if before.is_punct or edge.i - tok.i > _NEAR:
        return False
    if _infinitive_opening(edge):   # 'the properties to be acquired are ...'; of an object only after 'first'
        return tok.dep_ in ("nsubj", "nsubjpass") or _singled(tok)
    if c.dep_ == "relcl":       # ('that month' read as a clause is none; 'where' adds a remark on a place,
        # unless the place is singled out: 'the only area where deaths have occurred')
        return c.pos_ in ("VERB", "AUX") and (edge.lower_ == "that" or edge.tag_ in ("WDT", "WP", "WP$")
                                              or _contact_clause(c, edge, tok) or (edge.tag_ == "WRB" and _singled(tok)))
    return c.tag_ in ("VBN", "VBG")


def _infinitive_opening(edge: Token) -> bool:
    """The clause opens with 'to', or with an adverb before it ('the first man ever to play in four
    semi-finals' cut to 'became the first man' was judged meaningless, rule 1)."""
    if edge.lower_ == "to":
        return True
    after = edge.doc[edge.i + 1] if edge.i + 1 < len(edge.doc) else None
    return edge.dep_ == "advmod" and after is not None and after.lower_ == "to" and after.head.i == edge.head.i


# a modifier more words after its noun than this was more likely hung on it by mistake
_NEAR = 4
_SINGLING = frozenset({"first", "only", "last"})


def _content_clause(tok: Token, c: Token, edge: Token) -> bool:
    """'all allegations (it took part in any plot)': a claim noun's clause without 'that' tells what is
    claimed; cut, the stem dismisses or reports every claim of the kind (judged cut off, rule 1)."""
    return tok.lower_ in _FINDING_NOUNS and edge.dep_ == "nsubj" and edge.head.i == c.i


def _contact_clause(c: Token, edge: Token, tok: Token) -> bool:
    """A relative clause without 'that' ('a move the agency termed ...'): it opens with its own subject
    and its verb lacks the object the noun stands for; or a claim noun's clause (_content_clause)."""
    return _content_clause(tok, c, edge) or edge.dep_ in ("nsubj", "det", "compound", "poss") and \
        any(g.dep_ == "nsubj" and g.left_edge.i == edge.i for g in c.children) and \
        not any(g.dep_ in ("dobj", "ccomp", "xcomp") for g in c.children)


def misread_clause(doc: Doc, clause: Clause, kept: set[int]) -> str | None:
    """Why the clause is likely a misparse whose subject or object the realiser cannot state, or None.

    'Myanmar is mainly Buddhist and the United Nations rates the Rohingya ...' parsed with 'rates' as a
    noun phrase's verb inside 'is': a finite verb in a noun's role. 'Wikinews observed the exhibit identifies
    and features Polaroids' read as 'Wikinews ... features Polaroids': a subject shared across 'and' by
    two verbs of different tenses belongs to neither for sure."""
    for i in kept:
        t = doc[i]
        if i != clause.verb.i and t.pos_ == "VERB" and t.tag_ in _FINITE and _in_a_nouns_place(t):
            return f"'{t.text}' is a verb read as a noun phrase"
    if _borrowed_subject_tense_clash(doc, clause):
        return "the subject is shared with a verb of another tense"
    if any(_subject_on_a_modifier(doc[i]) for i in kept):
        return "a second subject hangs on a modifier"
    return _misread_verb(doc, clause, kept) or _cut_inside(doc, kept) or _misread_parts(doc, clause, kept)


def _subject_joins_unlike(clause: Clause) -> str | None:
    """'Stewart, 62, grimaced and her eyes widened' parsed with 'her eyes' joined to 'grimaced' inside the
    subject: a noun and a verb joined by 'and' is a misparse, and the verb's true subject was lost."""
    heads = [clause.verb.doc[i] for i in clause.subject]
    heads = [t for t in heads if t.dep_ in ("nsubj", "nsubjpass")]
    joined = any(t.dep_ == "conj" and {t.pos_, t.head.pos_} in ({"VERB", "NOUN"}, {"VERB", "PROPN"})
                 for h in heads for t in h.subtree)
    return "a noun is joined to a verb inside the subject" if joined else None


def _misread_parts(doc: Doc, clause: Clause, kept: set[int]) -> str | None:
    """A phrase or a verb the parser split in two: a noun's head, a passive 'be' and its participle."""
    return _head_noun_cut_off(doc, kept) or _be_without_its_participle(clause) or _object_read_as_clause(clause, kept) \
        or _subject_joins_unlike(clause) or _joined_without_and(clause)


def _joined_without_and(clause: Clause) -> str | None:
    """'The courier linked back to X's location was identified as Y' parsed as two verbs joined, with
    'X's location' the second one's subject: verbs joined with no 'and', 'or' or comma between them
    are a misparse, and the subject the statement gives the verb is not its own."""
    verb = clause.verb
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i > verb.i or \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    between = verb.doc[verb.head.i + 1:verb.left_edge.i]
    if any(t.dep_ in ("cc", "preconj") or t.is_punct or t.lower_ in ("then", "yet") for t in between):
        return None
    return f"'{verb.head.text}' and '{verb.text}' are read as joined verbs with nothing joining them"


def _object_read_as_clause(clause: Clause, kept: set[int]) -> str | None:
    """'was ferrying the most seriously injured to hospitals' parsed with 'the ... injured' a side
    clause: a determiner cannot open one, so the verb's object was misread, and the statement drops it."""
    doc = clause.verb.doc
    for verb in (doc[i] for i in sorted(kept) if doc[i].pos_ == "VERB"):
        if any(c.dep_ == "dobj" for c in verb.children):
            continue
        lost = next((c for c in verb.children if c.i not in kept and _noun_phrase_as_clause(verb, c)), None)
        if lost is not None:
            return f"'{lost.text}' is read as a side clause; '{verb.text}' lost its object"
    return None


def _noun_phrase_as_clause(verb: Token, c: Token) -> bool:
    """A side clause right after the verb that opens on a determiner: a noun phrase, not a clause."""
    return c.dep_ == "advcl" and c.left_edge.i == verb.i + 1 and c.left_edge.dep_ == "det"


def _be_without_its_participle(clause: Clause) -> str | None:
    """'Mahama was on Sunday declared the winner' parsed as 'was on Sunday' and 'declared the winner':
    a bare 'be' whose passive participle, past its adjunct, the parser made a verb of its own."""
    verb = clause.verb
    if verb.lemma_ != "be" or verb.pos_ != "AUX" or any(c.dep_ in ("attr", "acomp") for c in verb.children):
        return None
    split = next((c for c in verb.children if _split_participle(verb, c)), None)
    return f"'{verb.text} ... {split.text}' is one passive verb read as two" if split is not None else None


def _split_participle(verb: Token, c: Token) -> bool:
    """A past verb conjoined to 'be' with no 'and' or comma between them and no subject of its own."""
    if c.dep_ != "conj" or c.tag_ not in ("VBD", "VBN"):
        return False
    between = verb.doc[verb.i + 1:c.i]
    return not any(t.dep_ == "cc" or t.text in ",;" for t in between) and \
        not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)


def _head_noun_cut_off(doc: Doc, kept: set[int]) -> str | None:
    """'indicted last year in the October 1998 (shooting death of ...)': the parser made the noun after a
    kept word the head of a clause of its own, and the statement keeps a noun phrase's modifiers without
    its head ('in the October 1998'), saying something else."""
    after = max(kept, default=-2) + 1
    if 0 < after < len(doc) and doc[after].pos_ in ("NOUN", "PROPN") and \
            doc[after].dep_ in ("advcl", "xcomp", "ccomp") and doc[after].head.i in kept:
        return f"'{doc[after].text}' is a noun read as a clause's verb; the phrase before it lost its head"
    return None


def _misread_verb(doc: Doc, clause: Clause, kept: set[int]) -> str | None:
    """A participle read as the clause's verb, or a clause object on a verb that takes none."""
    if _participle_as_clause(clause.verb):
        return f"'{clause.verb.text}' describes a noun; it is not a clause's verb"
    if any(_clause_of_a_plain_verb(doc[i], kept) for i in kept):
        return "a clause hangs without 'that' on a verb that takes no clause"
    return None


def _cut_inside(doc: Doc, kept: set[int]) -> str | None:
    """A word the statement cuts in two ('Co-' of 'Co-founder ... Sergey Brin'), or a verb it leaves
    out right before a phrase it keeps ('received support (ranging) from A to B', the parser having
    hung the phrase on the main verb): the statement would read broken or say something else."""
    if not kept:
        return None
    if any(t.text == ";" and t.i not in kept for t in doc[min(kept):max(kept) + 1]):
        # 'with X recovering; however, the team failed to capitalize': words of two clauses made one
        return "it joins words from both sides of a semicolon"
    return next((r for r in (_cut_at(doc, t, kept) for t in doc[min(kept):max(kept) + 1]) if r), None)


def _cut_at(doc: Doc, t: Token, kept: set[int]) -> str | None:
    if t.i in kept and _hyphen_cut(doc, t.i, kept):
        return f"'{t.text}' is cut from its hyphenated word"
    if t.i in kept and _lost_from(doc, t, kept):
        return "a 'to' phrase lost the 'from' it pairs with"
    if t.i not in kept and _verb_like(t) and t.i + 1 in kept and doc[t.i + 1].dep_ == "prep" \
            and doc[t.i + 1].head != t:
        return f"'{t.text}' is left out before the phrase it leads"
    return None


def _verb_like(t: Token) -> bool:
    """A verb, or a word in a verb's role the tagger took for a noun ('ranging' as an adverbial clause)."""
    return t.pos_ == "VERB" or t.tag_ == "VBG" or t.dep_ in ("advcl", "acl", "xcomp")


_FROM_TO_REACH = 10


def _lost_from(doc: Doc, t: Token, kept: set[int]) -> bool:
    """'(ranging from A) to B': a kept 'to' whose 'from' just before it was left out."""
    if t.lower_ != "to" or t.dep_ != "prep":
        return False
    start = max(t.sent.start, t.i - _FROM_TO_REACH)
    froms = [x for x in doc[start:t.i] if x.lower_ == "from" and x.dep_ == "prep"]
    return bool(froms) and froms[-1].i not in kept


def _hyphen_cut(doc: Doc, i: int, kept: set[int]) -> bool:
    """The kept word is glued by a hyphen to a word left out."""
    glued = i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_
    return glued and doc[i + 2].is_alpha and i + 2 not in kept


def _participle_as_clause(v: Token) -> bool:
    """'offers some of the most riveting exchanges heard these days': a past participle after its
    noun read as the verb of a clause object of a verb that takes no clause ('offers'); the clause
    'Some of the exchanges heard these days' has no verb of its own."""
    if not _bare_past_ccomp(v) or v.head.lemma_.lower() in _CLAUSE_TAKING:
        return False
    subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
    return subj is not None and subj.left_edge.i == v.head.i + 1 and \
        v.lower_ in inflect_all(v.lemma_.lower(), "VBN")


def _clause_of_a_plain_verb(t: Token, kept: set[int]) -> bool:
    """'The fee covers all costs (so all donations) will be used for ...': a kept clause object with no
    'that' on a kept verb that takes no clause; the parser read an object and the next clause as one."""
    if t.dep_ != "ccomp" or t.head.i not in kept or t.head.pos_ != "VERB" or t.head.lemma_.lower() in _CLAUSE_TAKING:
        return False
    return _finite_clause(t) and not any(c.dep_ == "mark" for c in t.children)


def _finite_clause(t: Token) -> bool:
    """A finite clause with its own subject ('donations will be used'), not 'helped (them) make',
    'featured Gaga performing'."""
    finite = t.tag_ in _FINITE or any(c.tag_ == "MD" for c in t.children)
    return finite and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)


def _bare_past_ccomp(v: Token) -> bool:
    """A past-tense clause object of a verb, with no 'that' and no auxiliary."""
    return v.dep_ == "ccomp" and v.tag_ == "VBD" and v.head.pos_ == "VERB" and \
        not any(c.dep_ in ("mark", "aux", "auxpass") for c in v.children)


def _subject_on_a_modifier(t: Token) -> bool:
    """A word that is no verb yet has a subject ("Akihito's son and heir apparent Naruhito will ascend":
    'son' the subject of 'apparent'): the parser split one subject in two, and a statement built from the
    clause moves half of it to the end."""
    return t.pos_ not in ("VERB", "AUX") and t.dep_ not in ("ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj") \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)


def _in_a_nouns_place(t: Token) -> bool:
    """A finite verb in a noun's role ('is ... Buddhist and the United Nations rates ...': 'rates' as the
    object or as a noun's conjunct): the parser merged two clauses into one."""
    if not any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") for c in t.children):
        return False      # a lone word ('20 trillion won'): a noun the tagger took for a verb, harmless
    return t.dep_ in _NOMINAL_ROLES or (t.dep_ == "conj" and t.head.pos_ in (*_NOMINAL, "ADJ"))


def _borrowed_subject_tense_clash(doc: Doc, clause: Clause) -> bool:
    """The clause verb borrows its subject from the verb it is joined to, and the two differ in tense
    (past 'observed' and present 'features'): the parser joined a verb of another clause."""
    v = clause.verb
    if v.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return False
    if _tense(v) is None or _tense(v.head) is None or _tense(v) == _tense(v.head):
        return False      # 'fled the scene and remains at large' differs too, but reads right:
    return _verb_taken_for_object(v.head, v)     # only a verb taken for the object gives the misreading


def _verb_taken_for_object(head: Token, v: Token) -> bool:
    """The head's object ends in a plural-looking word right before the 'and' of the joined verb
    ('observed the exhibit identifies and features'): that word was the other clause's verb."""
    obj = [c for c in head.children if c.dep_ == "dobj" and c.i < v.i]
    cc = [c for c in head.children if c.dep_ == "cc" and c.i < v.i]
    return bool(obj and cc) and obj[-1].tag_ == "NNS" and obj[-1].right_edge.i + 1 == cc[-1].i


def _tense(v: Token) -> str | None:
    """'past' or 'present' of a finite verb (its first auxiliary when it has one), else None."""
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass") and c.i < v.i]
    first = aux[0] if aux else v
    if first.tag_ == "VBD":
        return "past"
    if first.tag_ in ("VBZ", "VBP"):
        return "present"
    return None

