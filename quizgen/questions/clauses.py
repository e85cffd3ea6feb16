"""Clauses from the dependency parse, simplified and pronoun-checked (`quizgen.realise` writes them as text)."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..realise import QUOTE_MARKS as _QUOTES, Clause, auxiliaries
from ..wordlists import tagged, word_set
from .inner_punct import comma_between_kept, in_word_hyphen, without_loose_commas

# Children dropped when a clause is simplified: side remarks, not the main fact.
_DROP = {"appos", "relcl", "advcl", "parataxis", "discourse", "intj", "meta", "dep", "preconj"}
_SUBJ_PRON = word_set("subject_pronouns")
_POSS_PRON = {"his", "her", "its", "their"}
_FIRST_SECOND = word_set("first_second_person_possessives")
_SENT_ADVERBS = word_set("sentence_adverbs")
PEOPLE_NOUNS = word_set("people_nouns")
COUNTRY_NOUNS = {"country", "nation", "government"}


def _kept_subtree(tok: Token, keep_root: bool = True) -> list[int]:
    """The token's subtree without side remarks, quote marks and loose punctuation."""
    out = []
    marks: list[Token] = []      # commas and hyphens kept only if the words on both sides are

    def walk(t: Token, top: bool):
        if not top and t.dep_ in _DROP and not _completes_participle(t):
            return
        if t.text in _QUOTES:
            return
        if t.is_punct and t.tag_ != "HYPH" and t.text not in ("%", "$", "&") and not _comma_in_date(t):
            marks.append(t)
            return
        out.append(t.i)
        for c in t.children:
            walk(c, False)

    walk(tok, keep_root)
    kept = set(out)
    out += [t.i for t in marks if in_word_hyphen(t) or comma_between_kept(t, kept)]
    return sorted(out)


def _completes_participle(t: Token) -> bool:
    """'to survive stronger winds' in "stages built to survive stronger winds": without it the
    participle dangles, so it is kept."""
    h = t.head
    return t.dep_ in ("advcl", "xcomp") and h.i != t.i and h.dep_ == "acl" and h.tag_ in ("VBN", "VBG") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def _comma_in_date(t: Token) -> bool:
    """The comma of "June 23, 2001" belongs to the date."""
    doc = t.doc
    return t.text == "," and t.ent_type_ in ("DATE", "TIME") and t.ent_iob_ == "I" and \
        t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I" and doc[t.i + 1].ent_type_ == t.ent_type_


def _in_quote(span: Span, tok: Token) -> bool:
    inside = False
    for t in span:
        if t.i == tok.i:
            return inside
        if t.text in ("\u201c", "\u201d", '"', "``", "''", "\u2018"):
            if t.text in ("\u201c", "``"):
                inside = True
            elif t.text in ("\u201d", "''"):
                inside = False
            else:
                inside = not inside
    return inside


_OPEN_MARKS = {"\u201c", "``"}
_CLOSE_MARKS = {"\u201d", "''"}
_DOUBLE_MARKS = _OPEN_MARKS | _CLOSE_MARKS | {'"'}


def quoted_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens inside double quotation marks, across sentences, reset at each paragraph.

    A mark is read as opening or closing from the spaces around it, so a misdirected closing mark
    ("developed steadily.\u201c") still closes the quotation.
    """
    text = doc.text
    inside = False
    out = set()
    for t in doc:
        if t.is_space and "\n" in t.text:
            inside = False
            continue
        if t.text in _DOUBLE_MARKS:
            inside = _inside_after_mark(text, t, inside)
            continue
        if inside:
            out.add(t.i)
    return frozenset(out)


def _inside_after_mark(text: str, t: Token, inside: bool) -> bool:
    """Whether the text after a double quotation mark is quoted: the spaces around the mark decide
    first, then the mark's own direction; a straight mark with no clue toggles."""
    prev = text[t.idx - 1] if t.idx > 0 else " "
    nxt = text[t.idx + len(t.text)] if t.idx + len(t.text) < len(text) else " "
    if (prev.isspace() or prev in "([\u2014\u2013-:") and not nxt.isspace():
        return True
    if (nxt.isspace() or nxt in ".,;:!?)\u2014") and not prev.isspace():
        return False
    if t.text in _OPEN_MARKS:
        return True
    if t.text in _CLOSE_MARKS:
        return False
    return not inside


_CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}


def conditional(tok: Token) -> bool:
    """True when the token's clause, or a clause above it, is an if-/unless-/as-if clause."""
    h = tok
    for _ in range(30):
        marks = [c for c in h.children if c.dep_ == "mark"]
        if any(m.lower_ in _CONDITIONAL_MARKS for m in marks):
            return True
        if any(m.lower_ == "as" and m.nbor(1).lower_ in ("if", "though") for m in marks
               if m.i + 1 < len(m.doc)):
            return True
        if h.head.i == h.i:
            return False
        h = h.head
    return False


def clauses_of(span: Span, sentence_id: int) -> list[Clause]:
    """Every clause of the sentence whose verb has a subject we can name."""
    out = []
    for v in span:
        if not _is_clause_verb(v):
            continue
        s = _named_subject(v)
        if s is None or not _asserted(v):
            continue
        subject = _subject_tokens(s)
        body, fronted = _body_and_fronted(v, s)
        if _report_without_content(v, body):
            continue      # "Festival director X said in a statement.": what was said was cut away
        if cut_short(span.doc, subject + body + fronted):
            continue
        out.append(Clause(verb=v, subject=subject, body=sorted(body), fronted=sorted(fronted),
                          sentence_id=sentence_id, quoted=_in_quote(span, v)))
    return out


def _is_clause_verb(v: Token) -> bool:
    """A verb heading a main, reported, coordinated or adverbial clause (never an xcomp)."""
    if v.pos_ not in ("VERB", "AUX") or v.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "xcomp") \
            and not (v.dep_ == "ROOT"):
        return False
    if v.dep_ == "xcomp":
        return False
    return not (v.pos_ == "AUX" and v.lemma_ != "be")


def _named_subject(v: Token) -> Token | None:
    """The clause's one subject, when it is not a pronoun or a wh-word."""
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and v.dep_ == "conj" and v.head.dep_ == "ROOT" and v.head.pos_ in ("VERB", "AUX") and \
            not any(c.dep_ == "ccomp" and c.i < v.i for c in v.head.children):
        # a shared subject ("X made judgments ... and promoted peace"), unless a reported clause
        # sits in between: then the verb more likely belongs to that clause
        subj = [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subj) != 1:
        return None
    s = subj[0]
    if s.lower_ in _SUBJ_PRON or s.tag_ in ("WDT", "WP", "EX"):
        return None
    return s


def _asserted(v: Token) -> bool:
    """A finite verb, not negated, not hypothetical: the clause states something that happened."""
    aux = auxiliaries(v)
    finite = aux[0].tag_ in ("MD", "VBZ", "VBP", "VBD") if aux else v.tag_ in ("VBZ", "VBP", "VBD")
    if not finite:
        return False
    if any(c.dep_ == "neg" for c in v.children):
        return False      # questions about what did not happen confuse learners
    return not conditional(v)      # "If Margaret said a beam would hold, ...": nothing happened


def _subject_tokens(s: Token) -> list[int]:
    """The subject's words, without a participle clause hanging from it."""
    return without_loose_commas(s.doc, [i for i in _kept_subtree(s)
                                        if not any(a.dep_ == "acl" and a.tag_ in ("VBN", "VBG") and a.head.i == s.i
                                                   and i in {x.i for x in a.subtree}
                                                   for a in s.children)])


def _body_and_fronted(v: Token, s: Token) -> tuple[list[int], list[int]]:
    """The verb's kept dependants: those after the subject (body) and those before it (fronted)."""
    body = [v.i]
    fronted: list[int] = []
    for c in v.children:
        if _dropped_child(c, v, s):
            continue
        part = _kept_subtree(c)
        if c.i < s.i and c.dep_ not in ("aux", "auxpass"):
            fronted += part
        else:
            body += part
    kept = set(body)
    doc = v.doc
    # a comma of one part before words of another ('in Spain, nearly a decade ago')
    body += [i for i in range(min(kept), max(kept)) if i not in kept and comma_between_kept(doc[i], kept)]
    return body, fronted


def _dropped_child(c: Token, v: Token, s: Token) -> bool:
    """A dependant that is not part of the clause's main fact."""
    if c.i == s.i or c.dep_ in _DROP or c.dep_ in ("cc", "conj", "mark", "punct", "nsubj", "nsubjpass"):
        return True
    if c.text in _QUOTES:
        return True
    if c.dep_ == "advmod" and c.lower_ in _SENT_ADVERBS:
        return True
    if c.dep_ == "prep" and c.lower_ == "according":
        return True
    if c.dep_ == "npadvmod" and c.pos_ == "ADJ" and c.left_edge.i > 0 and \
            c.doc[c.left_edge.i - 1].text == ",":
        return True      # ", the lowest in a decade": a comment on the fact, set off by a comma
    # the quoted content of "..., the readout said": not this clause's fact
    return c.dep_ == "ccomp" and v.dep_ in ("ROOT",) and c.i < v.i


# Verbs that report speech: their clause says nothing without what was said.
_REPORT_VERBS = tagged("reporting_verbs", "clause")
_CONTENT_DEPS = {"ccomp", "xcomp"}


def _report_without_content(verb: Token, body: list[int]) -> bool:
    """True for a reporting verb whose reported content is not part of the clause."""
    kept = set(body)
    if any(c.dep_ == "ccomp" and c.i not in kept for c in verb.children):
        return True       # the quotation before "..., X said" was left out
    if verb.lemma_.lower() not in _REPORT_VERBS:
        return False
    return not any(c.dep_ in _CONTENT_DEPS and c.i in kept for c in verb.children)


# A participle or infinitive needs what completes it: "with stages built" lost "to survive ...".
_COMPLEMENT_DEPS = {"advcl", "xcomp", "ccomp", "dobj", "oprd", "acomp", "agent", "prep"}


def cut_short(doc: Doc, idxs) -> bool:
    """True when a kept verb form other than the clause's own verb lost the words that complete it:
    a participle modifying a noun ("stages built" of "stages built to survive stronger winds") or a
    verb whose object or complement clause was dropped as a side remark."""
    kept = set(idxs)
    for i in kept:
        t = doc[i]
        if t.pos_ != "VERB" or t.dep_ not in ("acl", "amod", "pcomp", "xcomp", "conj"):
            continue
        if t.dep_ == "amod" and t.i < t.head.i:
            continue      # "a reported $12 million": a participle before its noun stands alone
        if any(c.dep_ in _COMPLEMENT_DEPS and c.i not in kept for c in t.children):
            return True
    return False


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
    for i in idxs:
        if i in skip:
            seen_noun = seen_person = True
            continue
        t = doc[i]
        if _bare_pronoun(t) or _unanchored_possessive(t, seen_noun, seen_person):
            return True
        if t.pos_ in ("PROPN", "NOUN") and t.ent_type_ not in _NUMERIC_ENTS and t.text != "%":
            seen_noun = True
            if t.pos_ == "PROPN" or t.dep_ in ("nsubj", "nsubjpass"):
                seen_person = True
    return False


def _bare_pronoun(t: Token) -> bool:
    """"I"/"you", or a personal pronoun standing as a subject or object: nothing in the question names it."""
    low = t.lower_
    if low in _FIRST_SECOND:
        return True
    if low not in _SUBJ_PRON:
        return False
    return t.tag_ in ("PRP", "WP") or t.dep_ in ("nsubj", "dobj", "pobj", "nsubjpass")


def _unanchored_possessive(t: Token, seen_noun: bool, seen_person: bool) -> bool:
    """A possessive ("its", "her") with nothing earlier in the question for it to point back to."""
    if t.lower_ not in _POSS_PRON or t.tag_ != "PRP$":
        return False
    if t.lower_ in ("his", "her") and not seen_person:
        return True       # "About 85% of her weekend bookings": whose?
    return not seen_noun


_NUMERIC_ENTS = {"PERCENT", "CARDINAL", "MONEY", "QUANTITY", "DATE", "TIME", "ORDINAL"}


def resolve_groups(clause: Clause, doc: Doc, persons_before, countries_before) -> bool:
    """Replace "the two leaders" with the names the article gave them; False when it cannot."""
    for i in clause.tokens:
        t = doc[i]
        if not _counted_group(t):
            continue
        if t.dep_ == "poss":
            return False
        names = _group_names(t, clause.sentence_id, persons_before, countries_before)
        if len(names) < 2:
            return False
        sub = sorted(x.i for x in t.subtree if x.i in set(clause.tokens))
        if any(doc[x].dep_ == "poss" or doc[x].lower_ in _POSS_PRON for x in sub if x != t.i):
            return False
        start = min(sub)
        end = max(sub) + 1
        # keep a following "of state" inside the replaced phrase ("the two heads of state")
        clause.group[start] = f"{names[-2]} and {names[-1]}"
        clause.group_span[start] = end
    return True


def _counted_group(t: Token) -> bool:
    """A plural noun counted as a pair: "the two leaders", "both countries"."""
    if t.pos_ != "NOUN" or t.tag_ not in ("NNS",):
        return False
    dets = {c.lower_ for c in t.children if c.dep_ in ("det", "nummod", "predet")}
    return bool({"two", "both"} & dets)


def _group_names(t: Token, sentence_id: int, persons_before, countries_before) -> list[str]:
    """The names earlier in the article that a group of people or of countries stands for; [] otherwise."""
    lemma = t.lemma_.lower()
    if lemma in PEOPLE_NOUNS:
        return persons_before(sentence_id)
    if lemma in COUNTRY_NOUNS:
        return countries_before(sentence_id)
    return []


_TIME_NOUNS = word_set("time_nouns")
_ORDINAL_HEADS = word_set("ordinal_heads")


def unresolved_definite(doc: Doc, idxs: list[int], seen_before, named: set[int] = frozenset()) -> bool:
    """True when the text leans on a "the ..." phrase a learner cannot place on its own.

    "the second" (a number or ordinal standing for a noun of an earlier clause) never stands alone;
    a bare "the boundary" stands alone only when the article has already spoken of boundaries.
    `seen_before(word)` says whether the article used the word earlier; `named` are tokens inside names.
    """
    keep = set(idxs)
    for i in idxs:
        t = doc[i]
        if i in named or t.dep_ != "det":
            continue
        if t.lower_ in ("this", "that", "these", "those"):
            if _vague_demonstrative(t.head, keep):
                return True
        elif t.lower_ == "the" and _unplaced_the(t, keep, named, seen_before):
            return True
    return False


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
