"""Which words of a clause a timeline label must keep for the clause to stay complete.

A headline may lose the date, the place, an apposition or a side remark, but not the words that
complete its verb or its object noun: 'posted net income' needs 'of $133.1 million', 'called' needs
'for a new inquiry', 'has the right' needs 'to speak'. The label builder (realise.clause_text) shortens
a label by dropping whole phrases; these predicates say which phrases are adjuncts to drop first and
which complete their head and go only with it."""
from __future__ import annotations

from spacy.tokens import Token

from .clauses import ATTRIBUTION_VERBS, embedded_question
from .wordlists import word_set

_NOUNISH = ("NOUN", "PROPN", "NUM", "PRON")
_NOUN_COMPLEMENTS = word_set("noun_complement_prepositions")     # 'the right to', 'a request for'
_WHERE = word_set("where_prepositions")
_PLACE_ENTS = ("GPE", "LOC", "FAC")
_TIME_ENTS = ("DATE", "TIME")
_HOLDER_PRONOUNS = word_set("relative_holder_pronouns")        # 'those (who left)', 'anyone (who)'
_OBJECT_DEPS = ("dobj", "attr", "oprd", "dative")
_DROPPED = word_set("label_dropped_prepositions")       # 'as', 'despite': left out of every label
_MEASURES = word_set("measure_nouns")                   # 'a 38% jump (in pretax profit)'
_LIMITING = word_set("limiting_adverbs")                # 'have barely broken even', 'no longer owns'
_AFTER_HEAD = ("alone",)                                # 'last week alone': the adverb of the word before it
_LIGHT_VERBS = word_set("light_verbs")                  # 'gave a peek (into the tomb)'
_PARTITIVES = word_set("partitive_words")               # 'joined much of the world (in barring it)'
_DATE_POINTERS = word_set("date_pointing_adverbs")      # 'back (on January 28)', 'earlier (this year)'
_FUTURE_AUX = word_set("future_auxiliaries")             # 'will', 'shall', "'ll"
_PARTICLES = word_set("standalone_particles")            # 'out', 'off', 'up': a verb's particle
_BARE_INFINITIVE_VERBS = word_set("bare_infinitive_verbs")   # 'saw money (flow out)'


def completes_head(t: Token) -> bool:
    """t's phrase completes the word it hangs from, so it goes only with that word: a particle, the
    'of'/'to'/'for' phrase of a noun, a to-infinitive or relative clause a noun needs, the object of
    an inner verb, the preposition a verb or adjective takes ('result in', 'liable for')."""
    head = t.head
    if _bound_word(t):
        return True
    if t.dep_ == "prep":
        return _prep_completes(t, head)
    if t.dep_ in ("acomp", "attr", "oprd"):
        return True                  # 'is ready (to travel)', 'found him liable'
    if t.dep_ == "advmod" and head.pos_ in ("VERB", "AUX") and not adjunct_phrase(t):
        return _sole_complement(t, head)
    if t.dep_ == "dative" or for_to_clause(t):
        return True                  # 'gave status to branches', 'called for the chief to resign'
    return _needed_clause(t, head)


def _bound_word(t: Token) -> bool:
    """A particle, a preposition's object, an inner verb's object, a bare infinitive's particle."""
    return t.dep_ in ("prt", "pobj", "pcomp") or _verb_object(t) or infinitive_particle(t)


def _needed_clause(t: Token, head: Token) -> bool:
    """A clause its noun needs (_completing_clause), or the participle of a standing number."""
    return t.dep_ in ("acl", "relcl") and _noun_head(head) and _completing_clause(t, head) or counting_clause(t)


def counting_clause(t: Token) -> bool:
    """The participle of a number standing for its noun ('including 10 (carrying hazardous materials)'):
    it says what the number counts, and the number says nothing without it. (A relative clause, 'two
    who were hurt', is a clause of its own to the event finder.)"""
    head = t.head
    return t.dep_ == "acl" and head.pos_ == "NUM" and \
        head.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj", "appos", "conj")


def _completing_clause(t: Token, head: Token) -> bool:
    """A noun's clause it needs: a to-infinitive, the clause of 'those (who left)', the verb of an
    embedded question hung on its noun ('questioned how much of an impact (the package will have)')."""
    return to_infinitive(t) or head.lower_ in _HOLDER_PRONOUNS or embedded_question(t)


def _verb_object(t: Token) -> bool:
    return t.dep_ in ("dobj", "xcomp", "ccomp") and t.head.pos_ in ("VERB", "AUX", "ADJ") or gerund_object(t) or \
        predicative_participle(t)


def gerund_object(t: Token) -> bool:
    """'held off ordering evacuations', 'kept asking': a gerund right after its verb (or the verb's
    particle), with no 'while'/'after' of its own, is what the verb does, its object, though the parser
    may call it a side clause; a label without it is cut ('held off'), and one of it alone reverses
    the sense ('ordered evacuations')."""
    gerund = t.tag_ == "VBG" or t.lower_.endswith("ing")        # the tagger may call it a noun
    if not gerund or t.dep_ != "advcl" or t.head.pos_ != "VERB" or t.i < t.head.i:
        return False
    return not any(c.dep_ in ("mark", "aux", "auxpass", "nsubj", "nsubjpass") for c in t.children) and _right_after_verb(t)


def predicative_participle(t: Token) -> bool:
    """'stood (transfixed)', 'remained (closed)': a past participle right after a verb with no object,
    with no comma, 'while' or subject of its own, says the state the verb's subject was in; the parser
    calls it a side clause, and a label without it is cut ('Emotional sky-gazers stood')."""
    if t.tag_ != "VBN" or t.dep_ != "advcl" or t.head.pos_ != "VERB" or t.i != t.head.i + 1:
        return False
    return not any(c.dep_ in ("mark", "aux", "auxpass", "nsubj", "nsubjpass") for c in t.children) and \
        not any(c.dep_ in _OBJECT_DEPS for c in t.head.children)


def _right_after_verb(t: Token) -> bool:
    """Nothing but the head verb's particle between it and t, and the verb has no object of its own."""
    head = t.head
    return all(x.dep_ == "prt" and x.head == head for x in t.doc[head.i + 1:t.i]) and \
        not any(c.dep_ in _OBJECT_DEPS for c in head.children)


def _noun_head(head: Token) -> bool:
    """A noun, or an adjective with its own determiner heading a noun phrase ('were the first (to grow
    it)'), whose to-infinitive says what it ranks."""
    return head.pos_ in _NOUNISH or (head.pos_ == "ADJ" and any(c.dep_ == "det" for c in head.children))


def _prep_completes(prep: Token, head: Token) -> bool:
    if measured_thing(prep):
        return True
    if adjunct_phrase(prep):
        return False
    if light_complement(prep):
        return True                  # 'gave a peek (into the tomb)', 'joined much of the world (in ...)'
    if head.pos_ in _NOUNISH:
        return prep.lower_ in _NOUN_COMPLEMENTS
    if head.pos_ == "ADJ":
        return True                  # 'liable for sexual abuse', 'inaccessible to the public'
    if head.pos_ not in ("VERB", "AUX"):
        return False
    if head.lemma_ in ATTRIBUTION_VERBS or _measured_object_amount(prep, head):
        return False                 # 'announced at a press conference': what is said completes it
    if not any(c.dep_ in _OBJECT_DEPS + ("ccomp", "xcomp") for c in head.children):
        # 'resulted in a charge', 'called for an inquiry', 'accounted for 27%': the first phrase after
        # the verb; a later one is a side remark ('spoke for the boy in immigration matters')
        return _right_after(prep, head) or from_to_pair(prep)
    return from_to_pair(prep) or prep.lower_ in ("to", "into")


def _light_object_phrase(prep: Token, noun: Token) -> bool:
    """'gave a peek (into the first tomb)', 'issued a warning (against travel)': the object of a light
    verb names an act whose phrase right after it says what the act is about; judges called labels
    without it cut off ('Egyptian authorities gave a peek')."""
    determined = any(c.dep_ in ("det", "poss") for c in noun.children)     # not an idiom: 'took place', 'made history'
    return noun.dep_ == "dobj" and noun.pos_ == "NOUN" and noun.head.lemma_.lower() in _LIGHT_VERBS and \
        determined and prep.i in (noun.i + 1, noun.right_edge.i + 1) and noun.i > noun.head.i


def light_complement(prep: Token) -> bool:
    """The phrase a light verb's object or a share object needs, whether the parser hung it on the
    noun or on the verb ('gave a peek (into)', 'joined much of the world (in)')."""
    if prep.dep_ != "prep" or adjunct_phrase(prep):
        return False
    head = prep.head
    if head.pos_ in ("VERB", "AUX"):
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        return obj is not None and (_light_object_phrase(prep, obj) or _after_partitive_object(prep, head))
    return _light_object_phrase(prep, head)


def _after_partitive_object(prep: Token, verb: Token) -> bool:
    """'joined much of the world (in barring the jet)': an object that is only a share ('much of',
    'some of') says with whom, and the phrase right after it what was done; the label without it
    is cut off ('Canada joined much of the world')."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lower_ in _PARTITIVES and obj.pos_ != "NUM" and \
        prep.i == obj.right_edge.i + 1


def measured_thing(prep: Token) -> bool:
    """'a 54% drop (in third-quarter profit)', 'a loss (of $5 million)': what a measure noun measures
    completes it, even where its words read as a date ('third-quarter')."""
    head = prep.head
    return prep.dep_ == "prep" and head.pos_ == "NOUN" and head.lemma_.lower() in _MEASURES and \
        prep.lower_ in ("in", "of") and prep.i == head.i + 1


def _measured_object_amount(prep: Token, verb: Token) -> bool:
    """'posted a 38% jump in pretax profit (to $54.8 million from $39.8 million)': the amounts of a
    measured object say how much, a detail a label too long gives up before the measured thing."""
    return prep.lower_ in ("to", "from") and any(
        c.dep_ == "dobj" and any(measured_thing(p) for p in c.children) for c in verb.children)


def _right_after(prep: Token, verb: Token) -> bool:
    """The preposition follows its verb at once, or its particle or a phrase every label leaves out
    ('resulted in', 'ran out of'); one after another phrase is a side remark ('returned home from
    the station')."""
    skipped = {x.i for c in verb.children if c.dep_ == "prep" and (adjunct_phrase(c) or c.lower_ in _DROPPED)
               for x in c.subtree}         # 'charged (as an adult) with murder'
    return prep.i > verb.i and all(t.dep_ == "prt" or t.i in skipped or t.pos_ == "ADV" and t.lower_.endswith("ly")
                                   for t in verb.doc[verb.i + 1:prep.i])


def _sole_complement(adverb: Token, verb: Token) -> bool:
    """'the talks went well', 'the troops came back': the adverb is all the verb has after it."""
    after = [c for c in verb.children if c.i > verb.i and not c.is_punct and not adjunct_phrase(c)]
    return after == [adverb] and not any(c.dep_ in _OBJECT_DEPS for c in verb.children)


def for_to_clause(v: Token) -> bool:
    """'called for the chief to resign', 'paid for ten members to fly': the verb's complement, which
    the parser reads as a side clause."""
    return v.dep_ == "advcl" and to_infinitive(v) and any(c.dep_ == "mark" and c.lower_ == "for" for c in v.children)


def from_to_pair(prep: Token) -> bool:
    """'changed from the old system to the new one': either half of the pair needs the other."""
    return bool(pair_partners(prep))


def pair_partners(prep: Token) -> list[Token]:
    """The other halves of a 'from ... to' pair: a sister preposition, or one the parser hung inside
    the phrase ('to $22 million, or 24 cents a share, from $36 million' with 'from' under 'cents')."""
    other = {"from": "to", "to": "from"}.get(prep.lower_)
    if other is None or prep.dep_ != "prep":
        return []
    near = [*prep.head.children, *(t for t in prep.subtree if not _clause_between(t, prep))]
    return [c for c in near if c.dep_ == "prep" and c.lower_ == other and c != prep]


def _clause_between(t: Token, top: Token) -> bool:
    """A verb stands between a word and a phrase it lies in ('from the pad used to send men to the moon'):
    the word belongs to that clause, not to the phrase."""
    return any(a.pos_ in ("VERB", "AUX") for a in t.ancestors if a.i != top.i and top.is_ancestor(a))


def to_infinitive(v: Token) -> bool:
    return v.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def adjunct_phrase(t: Token) -> bool:
    """A phrase a headline does without: a time or place phrase ('in Nairobi', 'for five days'), an
    apposition, a parenthesis, a sentence adverb ('tragically')."""
    if t.dep_ == "appos" or _in_brackets(t):
        return True
    if t.dep_ in ("advmod", "npadvmod") and t.pos_ == "ADV" and t.lower_.endswith("ly") and \
            t.head.pos_ in ("VERB", "AUX") and not limiting(t):
        return True
    if t.dep_ != "prep":
        return False
    objects = [c for c in t.children if c.dep_ == "pobj"]
    if any(o.ent_type_ in _TIME_ENTS for o in objects):
        return True
    return t.lower_ in _WHERE and any(o.ent_type_ in _PLACE_ENTS for o in objects)


def limiting(t: Token) -> bool:
    """'barely', 'only', 'never', 'no longer': an adverb whose loss turns what the clause says around."""
    return t.dep_ in ("advmod", "neg") and t.lower_ in _LIMITING


def clings_to_verb(t: Token) -> bool:
    """Words a label keeps with its verb whatever its length: a limiting adverb ('barely'), a bare
    adverb right after a verb with no object ('broke even', read as part of the next phrase), a
    preposition without an object ('flow out (of its accounts)')."""
    if limiting(t):
        return True
    prev = t.doc[t.i - 1] if t.i > 0 else None
    if t.dep_ == "advmod" and t.pos_ == "ADV" and prev is not None and prev.pos_ == "VERB" and \
            t.head in (prev, *(c for c in prev.children if c.dep_ == "prep"), *_dates_after(prev, t)) and \
            not any(c.dep_ in _OBJECT_DEPS for c in prev.children) and not adjunct_phrase(t):
        return True
    return t.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in t.children)


def infinitive_particle(t: Token) -> bool:
    """'has seen $161 million flow (out)': the particle of a bare infinitive the parser read as the
    object noun of a verb like 'see' (the particle hung on that verb or on the noun); without it the
    label stops before what happened to the object (judged cut off)."""
    prev = t.doc[t.i - 1] if t.i > 0 else None
    return t.dep_ in ("advmod", "prt") and t.lower_ in _PARTICLES and prev is not None and \
        prev.dep_ == "dobj" and t.head in (prev, prev.head) and prev.head.lemma_.lower() in _BARE_INFINITIVE_VERBS


def _dates_after(verb: Token, t: Token) -> list[Token]:
    """'broken even (this year)': the verb's date phrase the parser hung its adverb on, unless the
    adverb points at that date ('earlier this year')."""
    if t.lower_ in _DATE_POINTERS:
        return []
    return [c for c in verb.children if c.dep_ == "npadvmod" and c.ent_type_ in _TIME_ENTS and c.i > t.i]


def _in_brackets(t: Token) -> bool:
    doc = t.doc
    left, right = t.left_edge.i, t.right_edge.i
    return left > 0 and doc[left - 1].text == "(" and right + 1 < len(doc) and doc[right + 1].text == ")"


def restatement(t: Token) -> bool:
    """'$133.1 million, or $2.53 a share': an amount said again another way, which a headline drops."""
    return t.dep_ == "conj" and t.head.pos_ == "NUM" and \
        any(c.dep_ == "cc" and c.lower_ == "or" for c in t.head.children)


def bare_adverb(t: Token, keep: set[int]) -> bool:
    """'lost back' (on January 28), 'up' (from $100 million), 'earlier' (this month): an adverb whose
    phrase was left out says nothing alone."""
    if t.pos_ != "ADV" or t.dep_ != "advmod" or any(limiting(c) for c in t.children):
        return False             # 'lost only once': the narrowed adverb is what the clause says
    if t.lower_ in _AFTER_HEAD:
        return t.i > 0 and t.i - 1 not in keep      # '(last week) alone'
    phrase = [c for c in t.children if c.dep_ in ("prep", "npadvmod", "pobj")]
    if phrase:
        return _phrase_left_out(t, phrase, keep)
    return _points_at_left_out_date(t, keep)


def _phrase_left_out(t: Token, phrase: list[Token], keep: set[int]) -> bool:
    return all(c.i not in keep for c in phrase) and not _way_of_moving(t)


def _way_of_moving(t: Token) -> bool:
    """'to move away (from the old browser)', 'walked away (on Monday)': the adverb right after a verb
    with no object says where it went, alone too; without it the label ends on a bare verb (judged cut
    off). 'was up (from $100 million)', 'earlier (this month)', 'closed down ($2)' or 'moving faster
    (than expected)' say nothing alone."""
    head = t.head
    return t.tag_ == "RB" and t.i > head.i and t.lower_ not in _DATE_POINTERS and _objectless_verb(head) and \
        all(x.dep_ == "prt" for x in t.doc[head.i + 1:t.i]) and all(c.dep_ == "prep" for c in t.children)


def _objectless_verb(v: Token) -> bool:
    return v.pos_ == "VERB" and v.lemma_ != "be" and not any(c.dep_ in _OBJECT_DEPS for c in v.children)


def leans_back(t: Token) -> bool:
    """'(last week) alone': an adverb said of the phrase before it, which goes where that phrase goes."""
    return t.dep_ == "advmod" and t.lower_ in _AFTER_HEAD


def _points_at_left_out_date(t: Token, keep: set[int]) -> bool:
    """'back' (on January 28), read as the verb's: the date it points at is left out. Another adverb
    there is the verb's own ('walked away (on Sunday)')."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.lower_ in _DATE_POINTERS and nxt is not None and nxt.i not in keep and nxt.dep_ == "prep" and \
        nxt.head == t.head and adjunct_phrase(nxt) and not _future_particle(t)


def _future_particle(t: Token) -> bool:
    """'will bounce back (in the spring)': 'back' right after a verb put in the future points at no past
    date; it is the verb's particle, and the label without it is cut ('Business will bounce')."""
    verb = t.head
    return t.lower_ == "back" and t.i == verb.i + 1 and \
        any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children)


def hyphened(t: Token) -> bool:
    """A part of a hyphenated word ('high-yield', 'Atlanta-based'), which goes whole or stays."""
    doc = t.doc
    before = t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_
    after = t.i + 1 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_
    return before or after
