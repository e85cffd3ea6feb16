"""Whether a text the engine prints (stem, statement, filled cloze, timeline label) re-parses as
well-formed English: shapes no correct sentence has, found on its own parse (completeness.reparse)."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .completeness import reparse
from .realise import MAX_LABEL_WORDS
from .wordlists import pattern, tagged, word_set

_PARTICLES = word_set("standalone_particles")     # 'the fight was over', 'rebels took over'
_WH_TAGS = ("WDT", "WP", "WP$", "WRB")
_FINITE = ("VBD", "VBZ", "VBP")
_NEEDS_NOUN = ("a", "an", "the")     # an article never ends its noun phrase
_MEASURE = ("little", "bit", "lot", "few")   # 'a little late': the article belongs to a measure word
_STANDALONE = word_set("standalone_determiners")     # 'agreed to that', 'half'
_ELLIPSIS = ("\u2026", "...")
_EMBEDDED = ("relcl", "ccomp", "advcl", "csubj", "pcomp", "acl", "xcomp")
# a mark doubled (',,', ', .'), a space before a mark ('Corp .'), an empty bracket
_STRAY_MARK = re.compile(r"[,;:]\s*[,;:.?!]|\s[,;:.?!](?!\d)|\(\s*\)")
_PAIRS = (("(", ")"), ("[", "]"), ("\u201c", "\u201d"))
# abbreviations that need a number or a name after them ('Nos. 7', 'Sen. Lee'): the dot was read as a sentence end
_ABBREVIATIONS = word_set("number_abbreviations") | tagged("title_words", "tokenizer")
# a hyphen glued to a word that only ever opens a phrase ('increase-in tuition and fees-for'): a dash lost
_GLUED_FUNCTION = re.compile(pattern("glued_function_word"))
# half a hyphenated word ('receive -orders', 'equal to r- the'); 'pre- and post-war' suspends its hyphen
_HALF_WORD = re.compile(r"(?:^|\s)-[A-Za-z]|\b[A-Za-z]+- (?!and\b|or\b|to\b)")
# the present perfect never takes a past date: 'In which year has the law changed?'
_PERFECT_AT_DATE = re.compile(pattern("perfect_at_date"))
_PLURAL_SENSE = word_set("plural_agreement_nouns")    # 'were the police', British 'were the team'
_DEMONSTRATIVES = ("this", "that", "these", "those")
_DO = ("do", "does", "did")
_HAVE = ("has", "had", "have")
_PLURAL_AUX = ("were", "are", "have")
_SINGULAR_AUX = ("was", "is", "has")
_NUMBER_WORDS = word_set("number_words")
# verbs that say nothing without what was said or announced ('When did NASA announce at a press conference?')
_SAYING = tagged("reporting_verbs", "clause") | tagged("reporting_verbs", "content")
_SAID_PARTS = ("dobj", "ccomp", "xcomp", "dative", "attr", "advcl", "prt", "oprd")
_SAID_ABOUT = ("about", "of", "on", "for")     # 'say about the plan', 'announce for office'
# the prefix the statement builders print before a claim; a source of more words is no plain name
_ATTRIBUTED = re.compile(r"According to (?:the )?([^,]+), (\S+)")
_SHORT_SOURCE = 6
# a dateline ('Accra, Jan. 3, GNA - ...') or a section label ('Oregon: ...', 'District 2: ...') left
# before the sentence: the text copies a line's heading, not a sentence of the story
_LEAD_LABEL = re.compile(r"^(?:[A-Z][\w .]*, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]+)[,.]? ?\(?[A-Z]{2,}\)?"
                         r"\s*[-\u2013\u2014]|[A-Z][\w.&'-]*(?: (?:[A-Z][\w.&'-]*|\d+)){0,3}: [A-Z])")
# 'How many 2,267 kilograms of cargo ...': the counted noun already carries a figure
_HOW_MANY_FIGURE = re.compile(r"\b[Hh]ow (?:many|much) [\d$\u00a3\u20ac#]")
# verbs that may leave their question unsaid ('did not say when.'); any other keeps a cut clause
_OPEN_QUESTION = word_set("open_question_verbs")
_STRANDED = word_set("stranded_prepositions")
_WH_OPENERS = frozenset(w for w in word_set("question_openers") if w.startswith(("wh", "how")))
_BARE_WH = ("when", "where", "how", "why")
_VAGUE_COUNTS = word_set("vague_quantities")     # 'several', 'dozens': a count of its own
_TACKED = word_set("tacked_comment_adverbs")     # 'clearly', 'ultimately', 'nearly'
# 'for example', 'by comparison' at the very end, no comma before: moved off the sentence's front
_TACKED_LINK = re.compile(r"\w (?:" + "|".join(re.escape(p) for p in word_set("tacked_discourse_phrases"))
                          + r")[.?!]?$", re.IGNORECASE)
# 'how heavily', 'how much' closing a statement: an embedded question printed as if it were a claim
_HOW_DEGREE = ("ADV", "ADJ")
# what the article's typing left in the text: an HTML entity's name without its marks between two
# names ('Savings amp Loan', from '&amp;'), or a currency sign set apart from its figure ('$ 1.18';
# 'US$ 20,000' is a style of its own)
_TYPING_RESIDUE = re.compile(r"\b[A-Z][\w.]* amp [A-Z]|(?<![A-Za-z])[$\u00a3\u20ac] \d")


def garbled(text: str) -> str | None:
    """Why the text cannot be well-formed English, or None (the first fault found)."""
    found = faults(text)
    return found[0] if found else None


def faults(text: str) -> list[str]:
    """Every named fault of the text (bench/wellformed_verdicts.py measures each on judged items)."""
    text = text.strip()
    words = [t for t in reparse(text) if not t.is_punct and not t.is_space] if text else []
    if not words:
        return []
    return [name for name, found in _CHECKS if found(text, words)]


def _quotes_in(text: str) -> bool:
    """The text holds a quotation mark: a quotation keeps its speaker's order and words."""
    return any(mark in text for mark in '"\u201c\u201d')


def _unbalanced_text(text: str, words: list[Token]) -> bool:
    return unbalanced(text)


def _stray_text(text: str, words: list[Token]) -> bool:
    return _STRAY_MARK.search(text) is not None


def _dangling_text(text: str, words: list[Token]) -> bool:
    return not _elided(text) and _dangling_end(words, text.endswith("?"))


def _glued_text(text: str, words: list[Token]) -> bool:
    return _glued_verbs(words)


def _misplaced_text(text: str, words: list[Token]) -> bool:
    # a quotation's own words ('Who said, "... but how ..."?') are no part of the question's order
    return text.endswith("?") and not _quotes_in(text) and _misplaced_wh(words)


def unbalanced(text: str) -> bool:
    """An opening bracket or quotation mark without its closing one, or the reverse."""
    return any(text.count(a) != text.count(b) for a, b in _PAIRS) or text.count('"') % 2 == 1


def _elided(text: str) -> bool:
    """A quotation cut on purpose ('... a further decline in the ...'): its end is no sentence end."""
    return text.rstrip("?.!\u201d\"' ").endswith(_ELLIPSIS)


def _dangling_end(words: list[Token], question: bool) -> bool:
    """The text stops on a word that needs more after it: a preposition without its object ('began
    about'; a question may strand one: 'Who did it come from?'), a determiner or an adjective run
    without its noun ('from a federally licensed')."""
    last = words[-1]
    if last.tag_ in ("DT", "CC", "TO", "PRP$") and last.lower_ not in _STANDALONE:
        return True
    if last.tag_ == "POS" and not words[-2].text[-1:].isdigit():    # "the 1990's" is a plural
        return True
    if not question and _bare_preposition(last):
        return True
    return _determiner_run(words)


def _bare_preposition(last: Token) -> bool:
    """A preposition without its object, not one a passive or an adjective strands ('paid for',
    'still unaccounted for')."""
    if last.dep_ != "prep" or last.tag_ != "IN" or last.lower_ in _PARTICLES or \
            any(c.dep_ == "pobj" for c in last.children):
        return False
    head = last.head
    # the parse may read a stranding participle as a past verb ('unaccounted/VBD for')
    participle = head.tag_ in ("VBN", "JJ") or (head.tag_ == "VBD" and head.lower_.endswith("ed"))
    return not (participle and head.i == last.i - 1)


def _determiner_run(words: list[Token]) -> bool:
    """An article followed only by a modified adjective or participle to the end of the text ('from a
    federally licensed'): its noun was cut. One adjective alone may stand as the noun ('the present',
    'the injured'), and so may a superlative ('among the largest')."""
    last = words[-1]
    if last.tag_ == "JJS" or (last.pos_ != "ADJ" and last.tag_ != "VBN"):
        return False
    for n, t in enumerate(reversed(words)):
        if t.lower_ in _NEEDS_NOUN:
            return n >= 2 and t.nbor().lower_ not in _MEASURE
        if t.pos_ not in ("ADJ", "ADV") and t.tag_ != "VBN":
            return False
    return False


def _glued_verbs(words: list[Token]) -> bool:
    """Two verbs back to back with nothing joining them ('was defeated watched races'): a past verb
    followed by a finite one, or a passive's participle followed by another past form that the parse
    can only read as a modifier of the next noun."""
    pairs = [(a, b) for a, b in zip(words, words[1:])
             if b.i == a.i + 1 and a.pos_ == "VERB" and a.tag_ in ("VBN", "VBD")]
    return any((b.pos_ == "VERB" and b.tag_ in _FINITE) or _past_modifier_after_passive(a, b, words) for a, b in pairs)


def _past_modifier_after_passive(a: Token, b: Token, words: list[Token]) -> bool:
    if b.tag_ not in ("VBN", "VBD", "JJ") or b.dep_ != "amod" or not b.lower_.endswith("ed"):
        return False
    # a question puts its 'was' first: 'On which day was X defeated watched races?'
    return any(c.dep_ == "auxpass" for c in a.children) or any(w.lemma_ == "be" for w in words[:a.i])


def _misplaced_wh(words: list[Token]) -> bool:
    """A question whose question word stands after its opening phrase, not relative to a noun ('The
    talks in neighbouring which country will focus?', 'On which day was what left?')."""
    whs = [t for t in words if t.tag_ in _WH_TAGS or (t.lower_ == "how" and t.i > 0)]
    opening = _opening_wh(words)
    if opening is None:
        # in a subject ('A bombing in which city wounded a nurse?') the question word follows a
        # preposition, never a modifier
        return any(map(_after_modifier, whs)) or not all(map(_relative, whs))
    # 'On which day was what left?': a second question word right after 'be' asks two things
    return any(t != opening and (t.nbor(-1).lemma_ == "be" or not _relative(t)) for t in whs)


def _after_modifier(t: Token) -> bool:
    return t.i > 0 and t.nbor(-1).pos_ in ("ADJ", "NOUN", "PROPN")


def _opening_wh(words: list[Token]) -> Token | None:
    """The question word of the opening phrase: first, or after a preposition ('In how many')."""
    for t in words[:3]:
        if t.tag_ in _WH_TAGS or t.lower_ == "how":
            return t
        if t.tag_ != "IN":
            return None
    return None


def _relative(t: Token) -> bool:
    """A relative word ('the firm which', 'the day when') or one heading an embedded clause ('said
    what he saw'): an ancestor clause that starts at or just before it."""
    return any(a.dep_ in _EMBEDDED and a.left_edge.i >= t.i - 2 for a in t.ancestors) or \
        (t.dep_ in _EMBEDDED and t.left_edge.i >= t.i - 2)


def _abbreviation_text(text: str, words: list[Token]) -> bool:
    """A capitalised abbreviation that needs a number or a name after it ('on Nos did Stenson'), not
    followed by one: the text was cut at the abbreviation's dot."""
    for a, b in zip(words, words[1:] + [None]):
        if a.i > 0 and a.text[:1].isupper() and a.lower_.rstrip(".") in _ABBREVIATIONS and \
                (b is None or not (b.text[:1].isupper() or b.text[:1].isdigit())):
            return True
    return False


def _hyphen_text(text: str, words: list[Token]) -> bool:
    return _GLUED_FUNCTION.search(text) is not None or _HALF_WORD.search(text) is not None


def _perfect_text(text: str, words: list[Token]) -> bool:
    return _PERFECT_AT_DATE.match(text) is not None


def _inverted(text: str, words: list[Token]) -> Token | None:
    """The first finite verb of a question that opens on a question adverb or a prepositional question
    phrase ('When did', 'On which day were'): its subject follows it."""
    if not text.endswith("?"):
        return None
    opening = _opening_wh(words)
    if opening is None or (opening.i == 0 and opening.tag_ != "WRB") or \
            (opening.lower_ == "how" and opening.nbor().lower_ in ("many", "much")):
        return None
    for t in opening.doc[opening.i + 1:]:
        if t.tag_ in _FINITE + ("MD",):
            return t
    return None


def _do_past_text(text: str, words: list[Token]) -> bool:
    """'On which day did an upgrade rocket boosted a satellite?': do-support followed by a past form of
    the main verb, with no relative clause between them."""
    aux = _inverted(text, words)
    if aux is None or aux.lower_ not in _DO:
        return False
    for t in aux.doc[aux.i + 1:]:
        if t.tag_ in ("WDT", "WP") or t.lower_ == "that" or t.text == ",":
            return False
        if t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN":
            # a past form only: a plural noun read as a verb ('did Ralston shares close') is VBZ, and
            # 'set', 'put' read as past forms are base forms too
            return t.tag_ == "VBD" and t.lower_ != t.lemma_.lower()
    return False


def _have_main_text(text: str, words: list[Token]) -> bool:
    """'In which month had Emirates a fleet?': an inverted 'had' with no participle after it is the main
    verb 'have', which a question asks with do-support."""
    aux = _inverted(text, words)
    return aux is not None and aux.lower_ in _HAVE and \
        not any(t.tag_ in ("VB", "VBD", "VBN", "VBZ", "VBP") for t in aux.doc[aux.i + 1:])


def _agreement_text(text: str, words: list[Token]) -> bool:
    """'On which day were the powerful explosion purged a gas line?': an inverted auxiliary whose number
    differs from its subject's, a plain noun phrase right after it (a determiner, modifiers, a noun)."""
    aux = _inverted(text, words)
    if aux is None or aux.lower_ not in _PLURAL_AUX + _SINGULAR_AUX:
        return False
    head = _subject_head(aux.doc[aux.i + 1:])
    if head is None:
        return False
    if aux.lower_ in _PLURAL_AUX:
        return head.tag_ == "NN" and head.lower_ not in _PLURAL_SENSE
    return head.tag_ == "NNS" and not head.lower_.endswith("ss")


def _subject_head(after: Span) -> Token | None:
    """The noun that ends the plain noun phrase opening `after`, or None when no such phrase (a name,
    a pronoun, a coordination or a possessive makes the number unsure)."""
    if not after or after[0].lower_ not in _NEEDS_NOUN + _DEMONSTRATIVES:
        return None
    head = None
    for t in after[1:]:
        if t.tag_ in ("NN", "NNS"):
            head = t
        elif t.tag_ in ("NNP", "NNPS", "POS", "CC", "PRP$"):
            return None
        elif t.tag_ not in ("JJ", "JJR", "JJS", "CD", "HYPH", "RBS", "RBR") and not (t.tag_ == "VBN" and head is None):
            break
    return head


def _attribution_case_text(text: str, words: list[Token]) -> bool:
    """'According to Jane Roe, Five of the injured ...': the claim's first word keeps the capital it had
    opening its sentence, though it is no name ('Five', 'County health departments')."""
    m = _ATTRIBUTED.match(text)
    if m is None or not (m.group(2)[:1].isupper() and m.group(2)[1:2].islower()):
        return False
    first = next((t for t in words if t.idx == m.start(2)), None)
    return first is not None and (first.tag_ not in ("NNP", "NNPS") or first.lower_ in _NUMBER_WORDS)


def _attribution_repeated_text(text: str, words: list[Token]) -> bool:
    """'According to Bill Ackman, Ackman has called ...', 'According to Urban Meyer, prior to Meyer's
    rebuke, ...': the claim names its own speaker again, so the attribution says the same thing
    twice, or credits the speaker with the writer's account of him."""
    m = _ATTRIBUTED.match(text)
    if m is None:
        return False
    source = m.group(1).split()
    last = source[-1]
    return len(source) <= _SHORT_SOURCE and last[:1].isupper() and \
        re.search(rf"(?<![\w.]){re.escape(last)}(?!\w)", text[m.start(2):]) is not None


def _capital_number_text(text: str, words: list[Token]) -> bool:
    """'its engines Four seconds before', 'Another Six suspects': a number word keeps a sentence
    opener's capital in mid-sentence, between a lower-case word or a determiner and a lower-case word
    (so no name such as 'Six Flags' or 'the Big Four banks')."""
    return any(t.i > 0 and t.tag_ == "CD" and t.text[:1].isupper() and t.lower_ in _NUMBER_WORDS and
               (t.nbor(-1).text[:1].islower() or t.nbor(-1).tag_ == "DT") and
               t.i + 1 < len(t.doc) and t.nbor().text[:1].islower() for t in words)


def _lead_label_text(text: str, words: list[Token]) -> bool:
    return _LEAD_LABEL.match(text) is not None


def _how_many_figure_text(text: str, words: list[Token]) -> bool:
    return _HOW_MANY_FIGURE.search(text) is not None


def _how_many_stray_text(text: str, words: list[Token]) -> bool:
    """'How many the world's Catholics ...': a determiner (not the 'a' of 'how many a day') or a plain
    adverb between 'how many/much' and its noun, a word of the sentence the question form left in place."""
    return any(a.lower_ == "how" and b.lower_ in ("many", "much") and c.lower_ not in _STANDALONE and
               (c.tag_ in ("DT", "PDT") and c.lower_ not in _NEEDS_NOUN[:2] or _adverb_before_noun(c))
               for a, b, c in zip(words, words[1:], words[2:]))


def _adverb_before_noun(t: Token) -> bool:
    """'so' of 'How many so cases': an adverb of the counted word right before the counted noun."""
    return t.dep_ == "advmod" and t.i + 1 < len(t.doc) and t.nbor().pos_ in ("NOUN", "PROPN")


def _bare_saying_text(text: str, words: list[Token]) -> bool:
    """'On what date did Chris Hosey say in a news conference?': a do-question on a verb of saying or
    announcing without what was said."""
    aux = _inverted(text, words)
    if aux is None or aux.lower_ not in _DO:
        return False
    verb = aux.head
    if verb.tag_ != "VB" or verb.lemma_ not in _SAYING:
        return False
    return not any(c.dep_ in _SAID_PARTS or (c.dep_ == "prep" and c.i > verb.i and c.lower_ in _SAID_ABOUT)
                   for c in verb.children)


def _trailing_wh_text(text: str, words: list[Token]) -> bool:
    """'Paribas was denationalized in 1989 when.', 'Who stripped the ball from Newton when?': the text
    ends on a question word whose clause was cut, not one a verb of saying or knowing leaves bare."""
    last = words[-1]
    if _trailing_how(text, words):
        return True
    if len(words) <= 2 or last.lower_ not in _BARE_WH or not text.rstrip(".?!").endswith(last.text):
        return False      # a quotation may end on one ('"... but when and how"')
    head = last.head
    # 'did not reveal how' leaves the question unsaid; 'revealed his process how' cut a clause
    return head.lemma_.lower() not in _OPEN_QUESTION or any(c.dep_ == "dobj" for c in head.children)


def _trailing_how(text: str, words: list[Token]) -> bool:
    """'Hillary Clinton relied upon big donors how heavily.': a statement ending on 'how' and the
    degree it asks about is the embedded question of a lead-in ('... reveals how heavily ...') whose
    verb was cut, printed as a claim (judged: 3 of 3 rejected; with the bare question word, 12 of 12)."""
    if text.endswith("?") or len(words) <= 3 or _quotes_in(text):
        return False
    last = words[-1]
    # 'did not say how much' leaves the question unsaid on purpose
    return words[-2].lower_ == "how" and last.pos_ in _HOW_DEGREE and \
        last.head.lemma_.lower() not in _OPEN_QUESTION


def _tacked_link_text(text: str, words: list[Token]) -> bool:
    """'Creme Egg sales plunged for example.', '... cost for 2,443 aircraft by comparison?': a phrase
    linking to the sentence before, moved from the front to the end of the printed text (judged: 9
    of 9 edited or rejected). A quotation keeps its own order."""
    return _TACKED_LINK.search(text.strip()) is not None and not _quotes_in(text)


def _stranded_text(text: str, words: list[Token]) -> bool:
    """'Which organization was the final match played at?', 'Where did the first World Cup stage in
    qualifying for?': a question left ending on a preposition fronted the wrong phrase or lost a noun."""
    if not text.endswith("?") or _quotes_in(text):
        return False      # a quotation may end on one: 'Who said, "... too high to begin with"?'
    last = words[-1]
    # 'What did the council vote on?': a preposition of the question's own verb is plain English
    return len(words) > 3 and words[0].lower_ in _WH_OPENERS and \
        last.lower_ in _STRANDED and last.pos_ == "ADP" and last.head.dep_ != "ROOT"


def _lone_respectively_text(text: str, words: list[Token]) -> bool:
    """'... far below the shares of Hershey and Mars respectively.': 'respectively' pairs two lists, so
    a text ending on it with fewer than two coordinations lost one of them (the figures were cut)."""
    return words[-1].lower_ == "respectively" and sum(t.dep_ == "cc" for t in words) < 2


def _two_counts_text(text: str, words: list[Token]) -> bool:
    """'How many coaches and the engine derailed?', 'How many flights for NASA and several other
    flights had ...?': the counted phrase joins one with a count or determiner of its own, so the
    question counts two things at once."""
    many = next((t for t in words[:4] if t.lower_ in ("many", "much") and t.i > 0 and t.nbor(-1).lower_ == "how"), None)
    if many is None or many.head.i <= many.i:
        return False
    noun = many.head
    return any(_own_count(t, noun) for t in noun.subtree if t.dep_ == "conj" and t.i > noun.i)


def _own_count(conj: Token, noun: Token) -> bool:
    """The joined phrase carries a count ('337 yards', 'several flights') or, joined to the counted
    noun itself, a determiner ('and the engine')."""
    if in_breakdown(conj, noun):
        return False
    own = [c for c in conj.children if c.i < conj.i]
    counted = any(c.tag_ == "CD" or c.lower_ in _VAGUE_COUNTS for c in own)
    return counted or (conj.head.i == noun.i and any(c.dep_ == "det" for c in own))


def in_breakdown(conj: Token, noun: Token) -> bool:
    """'members, including seven princesses and five princes': the joined counts break the total down."""
    return any(a.lower_ == "including" for a in conj.ancestors if a.i > noun.i)


_COUNT_CUT_PREPS = word_set("count_cut_prepositions")
_YEAR_LIKE = re.compile(r"1[5-9]\d\d|20\d\d")


def _cut_complement_text(text: str, words: list[Token]) -> bool:
    """A question that stops where its phrase needs more: 'in a deal worth?' (worth what),
    'did they agree on four?' (four of what): the words after were cut (judged: all edited or rejected)."""
    if not text.endswith("?") or len(words) < 3:
        return False
    last, before = words[-1], words[-2]
    if last.lower_ == "worth":
        return True
    count = last.like_num and not _YEAR_LIKE.fullmatch(last.text) or last.lower_ in _NUMBER_WORDS
    return count and before.lower_ in _COUNT_CUT_PREPS


_RELATIVE_PRONOUNS = ("which", "whom", "whose")
_RELATIVE_ADVERBS = ("where", "when")


def _relative_subject_text(text: str, words: list[Token]) -> bool:
    """A statement whose subject is a relative pronoun cut from its noun ('Many of which were
    scheduled to reopen', 'Which had closed') or a relative adverb standing as one ('Stores where
    decided to wait'): the clause the relative word belonged to was printed without its antecedent."""
    if text.endswith("?"):
        return False
    root = next((n for n, t in enumerate(words) if t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT"), len(words))
    # only the words before the main verb are its subject
    return any(_relative_as_subject(words, n) for n in range(min(root, len(words) - 1)))


def _relative_as_subject(words: list[Token], n: int) -> bool:
    t, after = words[n], words[n + 1]
    if t.lower_ in _RELATIVE_PRONOUNS:
        return n == 0 or words[n - 1].lower_ == "of"
    return t.lower_ in _RELATIVE_ADVERBS and n > 0 and after.tag_ in _FINITE and after.i == t.i + 1


def _tacked_adverb_text(text: str, words: list[Token]) -> bool:
    """'... occurred outside the building clearly.', '... ship with Windows XP nearly?': a comment
    adverb moved off the front of its sentence, or a hedge whose number was cut, ends the text away
    from the word it belongs to (judged: 18 of 18 edited or rejected). A quotation keeps its own order."""
    last = words[-1]
    return last.lower_ in _TACKED and last.pos_ == "ADV" and last.head.i < last.i - 1 and \
        not _quotes_in(text)


def _counted_again_text(text: str, words: list[Token]) -> bool:
    """'How many Grammy Awards did the awards include?', 'How many students ... with 528 students in
    9th grade?': the counted noun comes back later in the question, which either asks the thing to
    contain itself or carries a figure of the same thing (judged: all edited or rejected)."""
    noun = _counted_noun(words)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(t.i > noun.i + 1 and t.pos_ in ("NOUN", "PROPN") and _singular(t) == _singular(noun) for t in words)


def _counted_noun(words: list[Token]) -> Token | None:
    """The noun 'how many/much' counts, when the question opens on it."""
    many = next((t for t in words[:4] if t.lower_ in ("many", "much") and t.i > 0 and t.nbor(-1).lower_ == "how"), None)
    return many.head if many is not None and many.head.i > many.i else None


def _singular(t: Token) -> str:
    """The noun's lemma without a plural 's' ('Awards', which the tagger leaves as a name, is 'award')."""
    return t.lemma_.lower().removesuffix("s")


def _others_subject_text(text: str, words: list[Token]) -> bool:
    """'Two more were killed on the island.', 'Thousands more lined the course.': a subject that counts
    more of, or others than, something the text never names; the story's earlier count was cut away
    (judged rule 8: all edited). A count before it names what they are ('55 died and 69 more ...')."""
    if _quotes_in(text):
        return False
    for n, (a, b) in enumerate(zip(words, words[1:])):
        if b.i == a.i + 1 and _a_count(a) and b.lower_ in ("more", "others") and \
                "nsubj" in (a.dep_[:5], b.dep_[:5]) and not _names_what(b) and not any(map(_a_count, words[:n])):
            return True
    return False


def _a_count(t: Token) -> bool:
    return t.tag_ == "CD" or t.lower_ in _NUMBER_WORDS or t.lower_ in _VAGUE_COUNTS


def _names_what(more: Token) -> bool:
    """'two more people', 'six more foreign tourists': a noun after the count says what is counted."""
    return more.i + 1 < len(more.doc) and more.nbor().pos_ in ("NOUN", "PROPN", "ADJ")


def _typing_residue_text(text: str, words: list[Token]) -> bool:
    """'Aetna Life amp Casualty', 'Crane sank $ 1.18': the source's typing, not English (judged: 12 of
    13 edited or rejected; bench/garbled_kinds.py)."""
    return _TYPING_RESIDUE.search(text) is not None


_CHECKS = (("unbalanced marks", _unbalanced_text), ("stray punctuation", _stray_text), ("dangling end", _dangling_text), ("glued verbs", _glued_text),
           ("misplaced question word", _misplaced_text), ("cut at an abbreviation", _abbreviation_text),
           ("hyphen-glued phrase", _hyphen_text),
           ("perfect at a date", _perfect_text), ("do with a past form", _do_past_text),
           ("have without do", _have_main_text), ("auxiliary agreement", _agreement_text),
           ("capital after attribution", _attribution_case_text), ("attribution repeated", _attribution_repeated_text),
           ("capital number word", _capital_number_text), ("dateline or label lead", _lead_label_text),
           ("how many with a figure", _how_many_figure_text),
           ("how many with a stray word", _how_many_stray_text), ("saying without its content", _bare_saying_text),
           ("question word at the end", _trailing_wh_text),
           ("linking phrase tacked on", _tacked_link_text), ("stranded preposition", _stranded_text),
           ("respectively without two lists", _lone_respectively_text), ("two things counted", _two_counts_text),
           ("cut complement", _cut_complement_text), ("relative word as subject", _relative_subject_text),
           ("comment adverb tacked on", _tacked_adverb_text), ("counted noun again", _counted_again_text),
           ("others of no named count", _others_subject_text), ("typing residue", _typing_residue_text))


# --- timeline labels (issue 11): faults of a label printed on its own line -------------------------

def label_faults(text: str) -> list[str]:
    """Every named fault of a timeline label: those of any printed text (faults) and those a label has
    alone (bench/wellformed_verdicts.py measures each on judged labels)."""
    return faults(text) + [name for name, found in _LABEL_CHECKS if found(text.strip())]


def _over_headline_text(text: str) -> bool:
    """More words than a headline has: judged bad 55 times in 57 on the unseen sets."""
    return len(text.split()) > MAX_LABEL_WORDS


def _bare_saying_end_text(text: str) -> bool:
    """'Fox told', 'Eliot Spitzer called', 'Donna Shalala says UNOS': a verb of saying at the label's
    end, or followed only by a name, with nothing of what was said."""
    words = text.rstrip(".").split()
    tail = [w for w in words[1:] if w[:1].islower()]
    return len(words) > 1 and bool(tail) and tail[-1].lower() in _SAYING_WORDS and \
        all(w[:1].isupper() for w in words[words.index(tail[-1]) + 1:])


_SAYING_WORDS = frozenset(w + end for w in _SAYING for end in ("s", "d", "ed")) | {"said", "told", "tells"}
_LABEL_CHECKS = (("over a headline's length", _over_headline_text), ("saying at the end", _bare_saying_end_text))
