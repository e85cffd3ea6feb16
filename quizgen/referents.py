"""Who a pronoun or a short name refers to: 'he' -> 'Nelson Mandela', 'the two leaders' -> 'A and B'."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable

from spacy.tokens import Doc, Span, Token
from .bodies import only_body_of_kind
from .clauses import quoted_tokens
from .company_names import named_as_company, product_names, without_role_tail
from .company_trades import trade_misfit
from .fronted_names import fronted_name
from .inner_punct import in_word_hyphen
from .realise import Resolver
from .lexicon import is_demonym, key, load as load_lexicon, news_outlet
from .phrasing import with_owner
from .pronoun_agreement import role_subject, sex_agrees
from .memo import per_document
from .same_surname import shared_surname_people, shared_surnames, titled_form
from .nlp import ents_of, ents_over, token_ids
from .person_names import NAME_TITLES, name_text
from .wordlists import mapping, pattern, rows, tagged, word_set

_PERSON_PLURALS = pattern("person_plurals")
_PAIR = re.compile(rf"^(?:the\s+two|both|the\s+pair\s+of)\s+(?:\w+\s+)?{_PERSON_PLURALS}$", re.I)
_HE_SHE = {"he", "she", "him", "her"}
_POSS = {"his": "he", "her": "she", "its": "it"}
_REPORTING = tagged("reporting_verbs", "pronoun")
_ORG_NOUNS = word_set("org_role_nouns")
_SEX_WORDS = mapping("person_genders")          # 'mrs' -> female, 'father' -> male, 'maria' -> female
_PRONOUN_SEX = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
_POINTING = word_set("pointing_determiners")       # 'such groups', 'those withdrawals', 'their offer'
_POINTING_DEPS = ("det", "predet", "amod", "poss")
POSSESSIVE_POINTERS = frozenset(_POSS) | {"their"}
_ANTECEDENT_WINDOW = 1000   # tokens back (a short article) in which 'this shooting' may find 'a mass shooting at X'
# nouns for a person left unnamed ('says a doctor from Hebron'): a later 'he' may be that one
_PERSON_NOUNS = word_set("person_role_nouns") | word_set("people_nouns") | word_set("agent_nouns") \
    | word_set("unnamed_person_nouns")
_INDEFINITE = frozenset({"a", "an", "another"})
_TIME_NOUNS = word_set("time_nouns")
PRONOUN_NAMES = "quizgen_pronoun_names"      # doc.user_data key: token index of a pronoun -> what it means
TOLD_SEXES = "quizgen_told_sexes"            # doc.user_data key: token index of a person name -> its told sex
# the person in focus is one the article does not name: a pronoun meaning them is left as written
UNNAMED = "\0unnamed"


def _named_by_kind(head: Token) -> str | None:
    """'the company', 'the world's biggest carmaker', 'the state', 'the agency': the one company, state
    or body of that kind the article named before; None when it named none or several."""
    deps = [c for c in head.children if c.dep_ not in ("punct", "prep", "relcl", "acl", "appos")]
    if _is_the_company(head, deps):
        return _company_or_main(head)
    if _described_company(head, deps):
        return only_company_before(head)
    return only_state_before(head) or only_body_of_kind(head)


class Referents:
    """Precomputed referents for one article, used to make labels and questions self-contained."""

    def __init__(self, doc: Doc, spans: list[Span]):
        self.doc = doc
        self.full_name: dict[str, str] = {}      # any name token -> first full mention
        self.people: list[str] = []              # distinct people in order of first mention
        ents = list(doc.ents)                    # doc.ents rebuilds its spans on every access
        self._ent_of = {i: ent for ent in ents for i in range(ent.start, ent.end)}
        for ent in ents:
            if ent.label_ == "PERSON":
                self._add_person(name_text(ent))
        self.sex: dict[str, str] = {}            # full name -> 'female' / 'male', when the text tells
        self._name_at: dict[int, str] = {}       # a person mention's first token -> the person it names
        self._name_mentions(ents)
        told_sex = dict(self.sex)                # as the text tells it, before the pronouns add theirs
        self._sentence_starts = [span.start for span in spans]   # Token.sent rescans the document
        self._referent: dict[int, str] = {}
        self._people_before: dict[int, list[str]] = {}
        # 'a man came in': where an unnamed person is brought in, and the sex their noun tells (or None)
        self._newcomer_at: list[int] = []
        self._newcomer_sex: list[str | None] = []
        self._told_of_newcomer = False      # this sentence left a reported 'he' to a newcomer
        self._newcomer_carried = False      # the sentence before did, and nobody came in focus since
        self._walk(spans)
        # a stem or label that prints the name for a pronoun keeps that part of its clause (completeness)
        doc.user_data[PRONOUN_NAMES] = dict(self._referent)
        # 'Kellyanne Conway became his campaign manager': a 'his' no woman's name may own (other_sex)
        doc.user_data[TOLD_SEXES] = {i: self.sex[name] for ent in ents if ent.label_ == "PERSON"
                                     and (name := self._name_at.get(ent.start)) in self.sex
                                     for i in range(ent.start, ent.end)}
        # the 'he'/'she' subjects a stem may write as the name (subject_names reads this module's words)
        from .subject_bodies import tied_bodies
        from .subject_groups import tied_groups
        from .subject_names import SUBJECT_NAMES, tied_subjects
        quoted = quoted_tokens(doc)
        doc.user_data[SUBJECT_NAMES] = tied_subjects(doc, spans, self._referent, told_sex, quoted,
                                                     self._mention_name, self.people)
        doc.user_data[SUBJECT_NAMES].update(tied_bodies(spans, quoted))    # an organisation's 'it'
        doc.user_data[SUBJECT_NAMES].update(tied_groups(spans, quoted))    # a plural group's 'they'

    def _add_person(self, name: str) -> None:
        """A person's name as written: a new person unless it is a short form of one named before."""
        parts = name.split()
        if not parts:
            return
        if len(parts) == 1 and parts[0] in self.full_name:
            return       # "Putin" after "Vladimir Putin"
        if self._new_person(name):
            self.people.append(name)
        for p in filter(_telling_name_part, parts):
            self.full_name.setdefault(p, name)

    def _new_person(self, name: str) -> bool:
        """A name not listed yet, nor (a single word) the surname of one listed."""
        if name in self.people:
            return False
        return len(name.split()) >= 2 or not any(name == p.split()[-1] for p in self.people)

    def _name_mentions(self, ents: list[Span]) -> None:
        """Who each person mention names, read in article order: a surname alone is the person last
        named in full with it ('Juan Miguel Gonzalez ... Gonzalez wrote' is the father, though the boy
        Elian Gonzalez came first); and the sex the text gives each person."""
        latest: dict[str, str] = {}
        shared = shared_surname_people(self.doc)
        for ent in ents:
            if ent.label_ != "PERSON":
                continue
            name = name_text(ent)
            parts = name.split()
            sex = _sex_of(ent)
            full = self._named_at(ent.start, name, latest, shared)
            if not sex_agrees(sex, self.sex.get(full)):
                full = name     # 'Mr Obama' after 'Michelle Obama': not her, so the name as written
            self._name_at[ent.start] = full
            if len(parts) >= 2:         # named in full here: 'Elian' alone does not reclaim 'Gonzalez'
                latest.update({p: full for p in full.split() if _telling_name_part(p)})
            if sex and full not in self.sex:
                self.sex[full] = sex

    def _named_at(self, start: int, name: str, latest: dict[str, str], shared: dict[int, str | None]) -> str:
        """The person a name at `start` names: a surname two people have is the nearest one's, or as
        written (same_surname); another surname alone the one last named in full with it."""
        if start in shared:
            return _plain_name(shared[start]) or name
        parts = name.split()
        return latest.get(parts[0], self.person(name)) if len(parts) == 1 else self.person(name)

    def _mention_name(self, ent: Span) -> str:
        """The person a mention names ('Gonzalez' is the one last named in full with it)."""
        return self._name_at.get(ent.start) or self.person(name_text(ent))

    # ------------------------------------------------------------------ public
    def person(self, name: str) -> str:
        """The fullest form of a name mentioned in the article ('Putin' -> 'Vladimir Putin'); a name of
        two words only within a fuller one that has both ('Juan Gonzalez' is not 'Elian Gonzalez')."""
        parts = name.split()
        if len(parts) == 1 and parts[0] in shared_surnames(self.doc):
            return name     # two people have it: which one only its place in the text can tell
        if len(parts) == 1 and parts[0] in self.full_name:
            return self.full_name[parts[0]]
        last = parts[-1] if parts else name
        fuller = self.full_name.get(last, "")
        if fuller.endswith(last) and len(parts) <= 2 and all(p in fuller.split() for p in parts):
            return fuller
        return name

    def resolve(self, head: Token) -> str | None:
        """A self-contained phrase for a noun phrase head, or None to use the words as written."""
        low = head.lower_
        if low == "it" and _expletive(head):
            return None
        if head.pos_ == "PRON" or low in _HE_SHE or low in ("it", "they", "who"):
            return self._referent.get(head.i)
        if _PAIR.match(_words_without_clauses(head).strip()):
            return self._pair(head)
        name = self._named_person(head) or fronted_name(head)
        if name is not None:
            return name
        if head.dep_ != "poss":
            return self._possessed(head) or _company_owned(head) or self._pointed(head)
        return None

    def _pointed(self, head: Token) -> str | None:
        """'Such groups' -> 'hate groups', 'the company' -> 'Upjohn': a phrase that points back,
        named by its antecedent when the article gives one confidently; None otherwise."""
        pointer = pointing_word(head)
        if pointer is not None:
            return earlier_description(head) if pointer.lower_ not in POSSESSIVE_POINTERS else None
        return _named_by_kind(head)

    def _pair(self, head: Token) -> str | None:
        """'the two leaders': the first two people named before the sentence."""
        before = self._people_before.get(self._sentence_start(head.i), self.people)
        if len(before) >= 2:
            return f"{before[0]} and {before[1]}"
        return None

    def _named_person(self, head: Token) -> str | None:
        """The full name of a person the phrase names, itself, in apposition or by an epithet."""
        apposed = self._apposed_person(head)
        if apposed is not None:
            return apposed
        if head.ent_type_ == "PERSON" and head.dep_ != "compound":
            ent = self._ent_of.get(head.i)
            if ent is not None and not any(c.dep_ in ("conj",) for c in head.children):
                return self._name_at.get(ent.start) or self.person(name_text(ent))
        return self.epithet_person(head)

    def _apposed_person(self, head: Token) -> str | None:
        """'Its chief executive, Richard S. Fuld Jr.' -> the full name of the person set beside the phrase."""
        for c in head.children:
            if c.dep_ == "appos" and c.ent_type_ == "PERSON":
                ent = self._ent_of.get(c.i)
                if ent is not None:
                    return self.person(name_text(ent))
        return None

    def epithet_person(self, head: Token) -> str | None:
        """'The Latvian', 'the 30-year-old': a noun standing for a person named before by nationality
        or age is the one whose earlier mention carries the same word ('Latvian Jelena Ostapenko',
        'Ostapenko, 20,'), else the one person named before the sentence and not in it; None when the
        article leaves a choice."""
        word = epithet_word(head)
        aged = aged_person_noun(head) if word is None else None
        if word is None and aged is None:
            return self._role_named(head)
        start = self._sentence_start(head.i)
        carried = self._epithets_before(start)
        marked = {p for p, words in carried.items() if (word or aged) in words}
        if len(marked) == 1:
            return re.sub(rf"^{re.escape(head.text)} ", "", marked.pop())    # 'Latvian Anna Berg' read as a name
        # 'the 81-year-old leader' is the one person the article gave that age, never a guess; a role
        # noun ('the 49-year-old driver') may still say which one
        if marked or aged:
            return self._role_named(head, marked)
        return self._only_other(head, start, carried)

    def _role_named(self, head: Token, marked: set[str] | None = None) -> str | None:
        """The person a role epithet names (`role_person`); None when others carry the epithet's age."""
        return self.role_person(head) if not marked and role_epithet(head) is not None else None

    def role_person(self, head: Token) -> str | None:
        """'The GOP candidate', 'the 49-year-old driver' (`role_epithet`): the one person an earlier mention
        gave that role ('driver Ana Roe'), else the one person named before and not in the sentence, else,
        for a subject, the one person the sentence before named as its subject; None when the article
        leaves a choice or spoke of an unnamed one ('a driver')."""
        start = self._sentence_start(head.i)
        word = head.lemma_.lower()
        if _said_unnamed(self.doc[:start], word):
            return None
        carried = self._epithets_before(start)
        fits = {p for p in self._people_before.get(start, []) if word in self._roles_given(p, start)}
        if fits:
            name = fits.pop() if len(fits) == 1 else None
        else:
            name = self._only_other(head, start, carried) or self._previous_subject(head, start, carried)
        return name if name is not None and self._sex_fits(name, word) else None

    def _sex_fits(self, name: str, word: str) -> bool:
        """'the actress' is no man the text told of."""
        sex = _SEX_WORDS.get(word)
        return not sex or self.sex.get(name, sex) == sex

    def _roles_given(self, name: str, before: int) -> set[str]:
        """The nouns written just before or as an aside after a mention of the person ('driver Ana Roe',
        'Ana Roe, the driver,'), before token `before`."""
        words: set[str] = set()
        for ent in set(self._ent_of.values()):
            if ent.label_ == "PERSON" and ent.end <= before and self._name_at.get(ent.start) == name:
                around = list(self.doc[max(ent.start - 3, 0):ent.start]) + list(self.doc[ent.end:ent.end + 4])
                words |= {t.lemma_.lower() for t in around if t.pos_ == "NOUN"}
        return words

    def _previous_subject(self, head: Token, start: int, carried: dict[str, set[str]]) -> str | None:
        """A subject 'the driver' goes on telling of the person the sentence before had as its subject,
        when that sentence names no other person than as an owner ('X was killed as he tried to protect
        Y's victory'); None otherwise."""
        k = bisect.bisect_left(self._sentence_starts, start) - 1
        named = self._people_not_owners(self._sentence_starts[k], start) if k >= 0 else {}
        if head.dep_ not in ("nsubj", "nsubjpass") or len(named) != 1:
            return None
        name, dep = named.popitem()
        here = {self._name_at.get(i) for i in range(start, head.sent.end)}
        return name if dep in ("nsubj", "nsubjpass") and name not in here and not carried.get(name) else None

    def _people_not_owners(self, start: int, end: int) -> dict[str, str]:
        """The people named between the two tokens other than as an owner, each with its mention's role."""
        ents = [e for e in set(self._ent_of.values()) if e.label_ == "PERSON" and start <= e.start < end]
        return {self._name_at.get(e.start) or self.person(name_text(e)): e.root.dep_
                for e in ents if e.root.dep_ != "poss"}

    def _only_other(self, head: Token, start: int, carried: dict[str, set[str]]) -> str | None:
        """The one person named before the sentence and not in it, with no nationality or age of
        their own ('French President Ana Roux' is not 'the Latvian'); None when there are more."""
        here = {self._name_at.get(i) for i in range(start, head.sent.end)}
        others = [p for p in self._people_before.get(start, []) if p not in here and not carried.get(p)]
        return others[0] if len(others) == 1 else None

    def _epithets_before(self, before: int) -> dict[str, set[str]]:
        """Each person named before token `before`: the nationalities and ages their mentions carry."""
        carried: dict[str, set[str]] = {}
        for ent in set(self._ent_of.values()):
            if ent.label_ == "PERSON" and ent.end <= before:
                name = self._name_at.get(ent.start) or self.person(name_text(ent))
                carried.setdefault(name, set()).update(_carried_epithets(ent))
        return carried

    def _possessed(self, head: Token) -> str | None:
        """'his wife' -> 'Nelson Mandela’s wife' when 'his' is resolved."""
        poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in _POSS), None)
        if poss is None or poss.i not in self._referent:
            return None
        owner = self._referent[poss.i]
        return f"{owner}’s " + " ".join(t.text for t in _after_possessive(head, poss))

    def _sentence_start(self, i: int) -> int:
        k = bisect.bisect_right(self._sentence_starts, i) - 1
        return self._sentence_starts[k] if k >= 0 else 0

    # ------------------------------------------------------------------ walking the article
    def _walk(self, spans: list[Span]) -> None:
        """Read the article in order, keeping who and what is in focus, to resolve its pronouns."""
        focus = _Focus()
        seen_people: list[str] = []
        for span in spans:
            self._people_before[span.start] = list(seen_people)
            self._note_people(span, seen_people)
            for t in filter(_newcomer, span):
                self._newcomer_at.append(t.i)
                self._newcomer_sex.append(_SEX_WORDS.get(t.lemma_.lower()))
            self._newcomer_carried = self._told_of_newcomer and focus.person == UNNAMED
            self._told_of_newcomer = False
            for tok in span:
                self._read_token(tok, span, focus)
            focus.person = self._identified(span) or focus.person

    def _read_token(self, tok: Token, span: Span, focus: _Focus) -> None:
        """One word of the walk: a name moves the focus; a subject, an object 'him'/'her' or a
        possessive is resolved against it."""
        named = self._name_at.get(tok.i) or self._name_the_tagger_missed(tok)
        if named:
            focus.named(named)
        if tok.dep_ in ("nsubj", "nsubjpass"):
            self._subject(tok, focus)
        elif object_pronoun(tok):
            self._refer(tok, self._object_referent(tok, focus))
        elif thing_object(tok):
            self._refer(tok, self._only_thing_before(tok))
        self._read_possessive(tok, span, focus)

    def _object_referent(self, pron: Token, focus: _Focus) -> str | None:
        """An object 'him'/'her' never means its own clause's subject ('Bush tapped him'): then it is the
        person named last before it who may be meant."""
        ref = self._agreeing(pron, focus.person or focus.latest(), focus)
        own = self._own_subject(pron)
        if ref is None or ref != own:
            return ref
        wanted = _PRONOUN_SEX.get(pron.lower_)
        return next((p for p in reversed(focus.recent) if p != own and self.sex.get(p, wanted) == wanted), None)

    def _only_thing_before(self, pron: Token) -> str | None:
        """What an object 'it'/'them' means when only one thing can be meant: the one noun of its number
        in its sentence before it and the sentence before ('The ransomware spreads by text. Researchers
        found it'), not its own clause's subject nor a person, time or number; None for several or none."""
        start = self._sentence_start(pron.i)
        start = self._sentence_start(start - 1) if start > 0 else 0
        own = _own_words(pron)
        # the first mention of each noun: 'the new vaccine' ... 'the vaccine' is one thing
        found = {t.lemma_.lower(): t for t in reversed(pron.doc[start:pron.i]) if t.i not in own and _may_mean(pron, t)}
        # of several, the main clause's object or subject when the pronoun hangs below it
        one = next(iter(found.values())) if len(found) == 1 else _main_clause_thing(pron, own)
        return _thing_said(one) if one is not None and pron.i not in quoted_tokens(pron.doc) else None

    def _own_subject(self, pron: Token) -> str | None:
        """The person the subject of a pronoun's own clause names, or None."""
        subj = _clause_subject(pron.head.head if pron.dep_ == "pobj" else pron.head)
        if subj is None:
            return None
        if subj.i in self._referent:
            return self._referent[subj.i]
        ent = self._ent_of.get(subj.i)
        return self._name_of(ent) if ent is not None and ent.label_ == "PERSON" else None

    def _read_possessive(self, tok: Token, span: Span, focus: _Focus) -> None:
        """'his'/'her' means the person in focus (or, with none, the subject ahead); 'its' the thing."""
        if tok.dep_ == "poss" and tok.lower_ in ("his", "her"):
            ref = self._agreeing(tok, focus.person or focus.latest(), focus)
            if not self._unsure_owner(tok, ref):
                self._refer(tok, ref or self._cataphoric(tok, span))
        elif tok.dep_ == "poss" and tok.lower_ == "its":
            # 'About 16% of its sales': the thing the sentence's subject displaced
            thing = focus.thing_before if _owns_itself(tok, focus) else focus.thing
            if thing:
                self._referent[tok.i] = thing

    def _unsure_owner(self, pron: Token, ref: str | None) -> bool:
        """'Wallace pressed Trump on ... his triplex': either may own it; 'Benedict's body will lie in
        state, with his funeral ...': the sentence names another before it than the one in focus."""
        if self._rivals(pron) >= 2:
            return True
        return bool(ref) and (self._other_named_before(pron, ref) or self._speaker_as_owner(pron, ref))

    def _speaker_as_owner(self, pron: Token, ref: str) -> bool:
        """'Officers engaged with Weaver. A SWAT team blew open his room, Delaney said': the owner read is
        the one who tells of it, in a clause whose doer is someone else, while the sentence or the one
        before names another of the pronoun's sex, whom the story is about: his room is not surely the
        speaker's."""
        verb = _reported_verb(pron)
        if verb is None or ref not in (_speaker(verb, self), self._according_to(verb)):
            return False
        subj = _clause_subject(verb)
        if subj is not None and ref in (self._referent.get(subj.i), self._name_at.get(subj.i)):
            return False      # 'Delaney said he lost his keys': the speaker does it, and owns them
        return self._another_of_sex_near(pron, ref)

    def _another_of_sex_near(self, pron: Token, ref: str) -> bool:
        """The pronoun's sentence, up to it, or the one before names someone but `ref` whose sex may be
        the pronoun's, by a name the tagger marked or one it missed ('officers engaged with Weaver')."""
        start = self._sentence_start(pron.i)
        start = self._sentence_start(start - 1) if start > 0 else 0
        wanted = _PRONOUN_SEX.get(pron.lower_)
        named = {self._name_at.get(t.i) or self._name_the_tagger_missed(t) for t in pron.doc[start:pron.i]}
        return any(p and p != ref and self.sex.get(p, wanted) == wanted for p in named)

    def _according_to(self, verb: Token) -> str | None:
        """The person 'according to X' on the verb names, or None."""
        source = _according_source(verb)
        ent = self._ent_of.get(source.i) if source is not None else None
        return self._name_of(ent) if ent is not None and ent.label_ == "PERSON" else None

    def _other_named_before(self, pron: Token, ref: str) -> bool:
        """The pronoun's own sentence names, before it, someone of its sex other than `ref`."""
        return bool(self._named_of_sex(pron, self._sentence_start(pron.i)) - {ref})

    def _rivals(self, pron: Token) -> int:
        """How many people of the pronoun's sex the sentence before it and the one before name."""
        start = self._sentence_start(pron.i)
        start = self._sentence_start(start - 1) if start > 0 else 0
        return len(self._named_of_sex(pron, start))

    def _named_of_sex(self, pron: Token, start: int) -> set[str]:
        """The people named from token `start` up to the pronoun whose sex is the pronoun's, or unknown."""
        wanted = _PRONOUN_SEX.get(pron.lower_)
        named = {self._name_at[i] for i in range(start, pron.i) if i in self._name_at}
        return {p for p in named if self.sex.get(p, wanted) == wanted}

    def _identified(self, span: Span) -> str | None:
        """'the suspect is a 14-year-old student, named Colt Gray', 'the motive of Colt Gray is unknown': a
        sentence that says who someone is, or how a thing of theirs is, puts that person in focus, though
        no name is its subject; None otherwise."""
        root = span.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        attr = next((c for c in root.children if c.dep_ == "attr"), None)
        common = subj is not None and not subj.ent_type_ and subj.pos_ == "NOUN"
        if root.lemma_ != "be" or not common:
            return None
        return self._one_person_in(attr) if attr is not None else self._owner_described(subj)

    def _owner_described(self, subj: Token) -> str | None:
        """'The motive of Carl Webb is unknown': a state told of one person's thing puts that person in
        focus (the next 'he' is Carl Webb, not the official who spoke before)."""
        of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return self._one_person_in(of) if of is not None else None

    def _one_person_in(self, phrase: Token) -> str | None:
        """The person a phrase names, when it names exactly one."""
        named = [t for t in phrase.subtree if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"]
        ent = self._ent_of.get(named[0].i) if len(named) == 1 else None
        return self._name_of(ent) if ent is not None else None

    def _name_of(self, ent: Span) -> str:
        """The person a person mention names."""
        return self._name_at.get(ent.start) or self.person(name_text(ent))

    def _cataphoric(self, pron: Token, span: Span) -> str | None:
        """'Invited to a debate during his visit, Iranian president X engaged ...': with nobody named
        before it, a his/her ahead of the sentence's subject means that subject, when a person of
        the pronoun's sex may be."""
        subj = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        ent = self._ent_of.get(subj.i) if subj is not None and subj.i > pron.i else None
        if ent is None or ent.label_ != "PERSON":
            return None
        name = self._name_of(ent)
        wanted = _PRONOUN_SEX.get(pron.lower_)
        return name if self.sex.get(name, wanted) == wanted else None

    def _agreeing(self, pron: Token, person: str | None, focus: _Focus) -> str | None:
        """The person a he/she/his/her means: `person` (the one in focus) when the text gives no other
        sex, else the person last named whose sex may be the pronoun's; None when nobody fits or the
        one in focus is unnamed."""
        if person == UNNAMED:
            return None
        wanted = _PRONOUN_SEX.get(pron.lower_)
        if wanted is None or person is None or self.sex.get(person) == wanted:
            return person
        if person not in self.sex:
            # 'Gov. Lee Roe appointed Mary Kane ... She got': the one in focus may be of either sex, while
            # a woman named just before surely is of the pronoun's: no sure reading, so no name. Only for
            # 'she'/'her': news names far more men, so one of untold sex still most likely takes a 'he'
            return None if wanted == "female" and self._told_rival(pron, person, wanted) else person
        return next((p for p in reversed(focus.recent) if self.sex.get(p, wanted) == wanted), None)

    def _told_rival(self, pron: Token, person: str, wanted: str) -> bool:
        """The pronoun's sentence, up to it, or the one before names someone but `person` whose sex the
        text tells (a title, a given name, a pronoun it was called by) and is the pronoun's."""
        start = self._sentence_start(pron.i)
        start = self._sentence_start(start - 1) if start > 0 else 0
        named = {self._name_at[i] for i in range(start, pron.i) if i in self._name_at}
        return any(p != person and self.sex.get(p) == wanted for p in named)

    def _note_people(self, span: Span, seen_people: list[str]) -> None:
        """Add the people a sentence names to those seen so far, in order."""
        for tok in span:
            if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B":
                ent = self._ent_of.get(tok.i)
                if ent is not None:
                    name = self.person(name_text(ent))
                    if name and name not in seen_people:
                        seen_people.append(name)

    def _subject(self, tok: Token, focus: _Focus) -> None:
        """A subject: a person or thing now in focus, or a pronoun resolved against the focus."""
        low = tok.lower_
        if _person_subject(tok):
            focus.person = self.resolve(tok) or _np_plain(tok)
        elif self._name_the_tagger_missed(tok):
            focus.person = self._name_the_tagger_missed(tok)
        elif low in ("he", "she", "it") or low == "who" and tok.head.dep_ == "relcl":
            self._pronoun_subject(tok, focus)
        elif tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in ("DATE", "TIME"):
            self._thing_subject(tok, focus)
            self._role_subject(tok, focus)

    def _role_subject(self, tok: Token, focus: _Focus) -> None:
        """'The candidate hailed X's letter, but he ...': he is the candidate (named or not), not X."""
        role = role_subject(tok, self.resolve)
        if role is not None:
            focus.person = role or UNNAMED

    def _pronoun_subject(self, tok: Token, focus: _Focus) -> None:
        """A subject 'he', 'she', 'it' or a relative 'who', resolved against the focus."""
        low = tok.lower_
        if low in ("he", "she"):
            self._he_she(tok, focus)
        elif low == "it":
            # the main clause's "it" continues the last subject; a subordinate one
            # ("the test, since it was introduced") means the nearest noun before it
            self._refer(tok, focus.thing if tok.head.dep_ == "ROOT" else _subordinate_it(tok))
        else:
            self._refer(tok, self._relative_who(tok), focus)

    def _he_she(self, tok: Token, focus: _Focus) -> None:
        """A subject 'he'/'she': the speaker of its frame or the person in focus, whose sex it now tells
        ('Carroll said she ...': a later 'him' is someone else)."""
        reporter = _reporter(tok, self)
        if reporter and (self._newcomer_carried or self._newcomer_near(tok)):
            focus.person = UNNAMED    # 'A man came in. Reed said he sat ...': he is not surely Reed
            self._told_of_newcomer = True
            return
        self._refer(tok, self._agreeing(tok, reporter or focus.person, focus), focus)
        if tok.i in self._referent:
            self.sex.setdefault(self._referent[tok.i], _PRONOUN_SEX[tok.lower_])

    def _newcomer_near(self, pron: Token) -> bool:
        """The pronoun's sentence, up to it, or the one before brings in an unnamed person ('a man', 'a
        customer') whose sex may be the pronoun's: the one a reported 'he' tells of may be that one."""
        start = self._sentence_start(pron.i)
        start = self._sentence_start(start - 1) if start > 0 else 0
        wanted = _PRONOUN_SEX.get(pron.lower_)
        first = bisect.bisect_left(self._newcomer_at, start)
        last = bisect.bisect_left(self._newcomer_at, pron.i)
        return any(sex in (None, wanted) for sex in self._newcomer_sex[first:last])

    def _thing_subject(self, tok: Token, focus: _Focus) -> None:
        """A subject that is a thing: the one a later 'it' means, unless it is an aside's subject."""
        if _unnamed_person(tok) or _new_role_holder(tok):
            focus.person = UNNAMED
            return
        if _aside_subject(tok):
            return
        # 'Such risk taking is ...': a phrase pointing back is no new thing a later 'it' may mean;
        # 'Apple and Google ...': a later 'it' means neither, and the resolver is unsure
        focus.thing_before, focus.thing_head = focus.thing, tok
        # 'The firm said ...': the company it is, when the article says which; 'Analysts say X is ...
        # It expects': an 'it' is one thing, never several nor people (it is left as written then)
        focus.thing = None if _listed(tok) or _not_an_it(tok) else \
            self._pointed(tok) if pointing_word(tok) is not None else self._pointed(tok) or _np_plain(tok)

    def _name_the_tagger_missed(self, tok: Token) -> str | None:
        """'Carroll said she ...' where the tagger did not mark 'Carroll' a person: a lone proper noun
        that is a word of one person's name the article gave ('E. Jean Carroll')."""
        if tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON" or tok.dep_ == "compound" or len(tok.text) < 3:
            return None
        return self.full_name.get(tok.text)

    def _refer(self, tok: Token, ref: str | None, focus: _Focus | None = None) -> None:
        """Record what a pronoun refers to; given the `focus`, the person it names is now the one in focus
        ("he", "who"; an "it" moves no focus)."""
        if ref:
            self._referent[tok.i] = ref
            if focus is not None:
                focus.person = ref

    def _relative_who(self, tok: Token) -> str | None:
        """'Klaus Wendt, who runs a bakery': the person the relative clause hangs from."""
        head = tok.head.head
        ref = self.resolve(head) if head.ent_type_ == "PERSON" or _person_appos(head) \
            or head.dep_ == "appos" else None
        if ref is None and head.dep_ == "appos" and head.head.ent_type_ == "PERSON":
            ref = self.resolve(head.head)
        return ref


@dataclass
class _Focus:
    """The person and the thing a pronoun most likely means at this point of the article."""

    person: str | None = None
    thing: str | None = None
    recent: list[str] = field(default_factory=list)      # people in the order last named, latest last
    thing_head: Token | None = None                      # the subject that made `thing`
    thing_before: str | None = None                      # the thing in focus before it

    def latest(self) -> str | None:
        """The person last named, for a pronoun before any person was a subject."""
        return self.recent[-1] if self.recent else None

    def named(self, name: str) -> None:
        """A person named at this point becomes the latest one a pronoun may mean."""
        if name in self.recent:
            self.recent.remove(name)
        self.recent.append(name)


def _not_an_it(subj: Token) -> bool:
    """A subject no later 'it' may mean: a common noun in the plural ('analysts', 'shares') or a
    person ('the driver'), whom 'they' or 'he'/'she' would take up."""
    return subj.tag_ == "NNS" or person_noun(subj)


def _owns_itself(its: Token, focus: _Focus) -> bool:
    """'About 16% of its sales': the thing in focus is the phrase the 'its' stands in, an amount, or
    several ('Two rowers left its camp')."""
    head = focus.thing_head
    return head is not None and (head in its.ancestors or head.ent_type_ in NOT_THINGS or head.tag_ in ("NNS", "NNPS"))


def _own_phrases(pron: Token) -> set[int]:
    """The nouns a pronoun's phrase hangs in ('two videos | of them'), and the subject of the verb it
    hangs on: none of them is what the pronoun means."""
    nouns = {t.i for t in pron.ancestors if t.pos_ in ("NOUN", "PROPN")}
    verb = next((t for t in pron.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subj = _clause_subject(verb) if verb is not None else None
    return nouns | ({t.i for t in subj.subtree} if subj is not None else set())


def _own_words(pron: Token) -> set[int]:
    """What an object pronoun cannot mean: its own clause's subject, the phrase it stands in, its verb's
    subject ('The rebels released two videos of them')."""
    subj = _clause_subject(pron.head.head if pron.dep_ == "pobj" else pron.head)
    return ({t.i for t in subj.subtree} if subj is not None else set()) | _own_phrases(pron)


def _main_clause_thing(pron: Token, own: set[int]) -> Token | None:
    """'People had handled the coins, because banks began selling kits of them', 'The ransomware has been
    active since July, when researchers found it': an object pronoun in a clause hung below its
    sentence's main clause means that clause's object, else its subject, when that one may be meant."""
    root = pron.sent.root
    if root in (pron.head, pron.head.head) or _in_reported_clause(pron):
        return None
    parts = [c for dep in ("dobj", "nsubj", "nsubjpass") for c in root.children if c.dep_ == dep]
    return next((c for c in parts if c.i < pron.i and c.i not in own and _may_mean(pron, c)), None)


def _in_reported_clause(tok: Token) -> bool:
    """The word stands in a clause of what someone said or confirmed ('confirming the nations agreed to
    divide it'), whose pronouns are the speaker's, not the main clause's."""
    while tok.dep_ != "ROOT" and tok.head != tok:
        if tok.dep_ == "ccomp":
            return True
        tok = tok.head
    return False


def _clause_subject(verb: Token) -> Token | None:
    """The subject of a verb's clause; a conjoined verb without one shares its head's ('named Alito
    and tapped him')."""
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _unnamed_person(subj: Token) -> bool:
    """'says a doctor from Hebron', 'A man was arrested': a main clause's subject that brings in a person
    the article does not name, whom a following 'he' means rather than anyone named before."""
    return subj.head.dep_ == "ROOT" and _indefinite_person(subj, ("compound",))


def _newcomer(tok: Token) -> bool:
    """'A man walked in', 'police arrested a customer': a person the article brings in without a name,
    by an indefinite person noun as a clause's subject or object."""
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj") and _indefinite_person(tok, ("compound", "appos"))


def _indefinite_person(tok: Token, name_deps: tuple[str, ...]) -> bool:
    """'a man', 'a doctor from Hebron': a person noun after an indefinite determiner, with no name
    beside it (a PERSON word, or a proper noun joined by one of `name_deps`)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _PERSON_NOUNS:
        return False
    kids = list(tok.children)
    named = any(c.ent_type_ == "PERSON" or c.dep_ in name_deps and c.pos_ == "PROPN" for c in kids)
    return not named and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in kids)


def _new_role_holder(subj: Token) -> bool:
    """'The archbishop of Lorvale has spent his career ...' after the pope was named: a main clause's
    subject naming a role the article gave no one named before ('Archbishop Ana Roux'), made specific
    by its own words; a following 'he'/'his' means that holder, whom the article does not name, not
    the person in focus (teachers marked such keys wrong)."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in _PERSON_NOUNS or subj.head.dep_ != "ROOT":
        return False
    kids = list(subj.children)
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in kids)
    return the and _made_specific(kids) and not _named_beside(kids) and not title_of_someone_named(subj)


def _made_specific(kids: list[Token]) -> bool:
    """'the mayor of Porto', 'the city's new mayor': words of its own say which holder of the role."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "for", "from", "in") or c.dep_ in ("amod", "compound")
               for c in kids)


def _named_beside(kids: list[Token]) -> bool:
    """'the mayor, Ana Roux', 'the mayor Ana Roux': the phrase names its holder."""
    return any(c.ent_type_ == "PERSON" or c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in kids)


def title_of_someone_named(subj: Token) -> bool:
    """The role noun stood beside a person's name before ('President Ana Roux', 'Roux, the president'):
    the subject may well mean that person."""
    return _first_beside_a_person(subj.doc).get(subj.lemma_.lower(), len(subj.doc)) < subj.i


@per_document
def _first_beside_a_person(doc: Doc) -> dict[str, int]:
    """Each word's (lemma's) first token index with a person's name within three words of it in its
    sentence: read once per article, not by a scan of the article for each subject."""
    person = [t.ent_type_ == "PERSON" for t in doc]
    first: dict[str, int] = {}
    for sent in doc.sents:
        for t in sent:
            lemma = t.lemma_.lower()
            if lemma not in first and any(person[max(sent.start, t.i - 3):min(sent.end, t.i + 4)]):
                first[lemma] = t.i
    return first


def _listed(subj: Token) -> bool:
    """One item of a list of subjects ('fuel, wages and rents'): no thing a later 'it' means."""
    return subj.dep_ == "conj" or any(c.dep_ == "conj" for c in subj.children)


def _aside_subject(subj: Token) -> bool:
    """The subject of a clause without a finite verb ('with fuel, wages and rents all rising'): an aside
    that tells no agent of the story, so the thing in focus before it stays."""
    verb = subj.head
    finite = verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or \
        any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)
    return verb.pos_ in ("VERB", "AUX") and not finite


def _after_possessive(head: Token, poss: Token) -> list[Token]:
    """The words of a noun phrase from its possessive to its head, without clauses ('his [own] wife')."""
    def in_clause(t: Token) -> bool:
        return any(a.dep_ in ("relcl", "appos", "acl") for a in t.ancestors if a != head and head in a.ancestors)
    return [t for t in head.subtree if t != poss and t.dep_ not in ("relcl", "appos", "acl", "punct")
            and poss.i < t.i <= head.i and not in_clause(t)]


def _subordinate_it(tok: Token) -> str | None:
    """What a subordinate clause's 'it' means: the nearest noun before it, but never a plural one
    ('saw attendance reach 11,000 visitors when it exhibited': 'it' is no visitors); with no singular
    noun between, the sentence's singular subject ('The museum saw ... when it exhibited')."""
    reporter = _reporting_org(tok)
    if reporter is not None:
        return _reporter_named(reporter)
    noun = _nearest_noun_token(tok)
    if noun is None or noun.tag_ not in ("NNS", "NNPS"):
        return _np_plain(noun) if noun is not None else None
    root = tok.sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _np_plain(subj) if subj is not None and subj.tag_ in ("NN", "NNP") and subj.i < tok.i else None


def _reporter_named(reporter: Token) -> str:
    """'the company said it ...': the company's name when the article is sure which it is, else its words."""
    deps = [c for c in reporter.children if c.dep_ not in ("punct", "prep", "relcl", "acl", "appos")]
    described = only_company_before(reporter) if _described_company(reporter, deps) else None
    return the_company_named(reporter) or described or _np_plain(reporter)


def _reporting_org(tok: Token) -> Token | None:
    """'In addition, Unisys said it reduced ...': the 'it' of a reported clause is the company that
    reports it, not the nearest noun ('addition'); None when the reporter is no company."""
    said = tok.head.head if tok.head.dep_ == "ccomp" else None
    if said is None or said.lemma_ not in _REPORTING:
        return None
    subj = next((c for c in said.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or not (subj.ent_type_ == "ORG" or subj.lemma_.lower() in _ORG_NOUNS | _ONE_COMPANY_NOUNS):
        return None
    return subj


def _nearest_noun_token(tok: Token) -> Token | None:
    """The nearest common noun before `tok` in its own sentence (a token, so its number shows)."""
    doc = tok.doc
    for i in range(tok.i - 1, max(-1, tok.i - 26), -1):
        prev = doc[i]
        if prev.pos_ == "NOUN" and prev.ent_type_ not in ("DATE", "TIME") and prev.dep_ != "compound":
            return prev
        if prev.is_sent_start:
            break
    return None


def _telling_name_part(part: str) -> bool:
    """A word of a person's name that tells them apart: more than a letter, and no title ('Dr.')."""
    return len(part) > 1 and part.lower() not in NAME_TITLES


def _words_without_clauses(head: Token) -> str:
    """The words of a noun phrase without its clauses, appositions and punctuation ('the two leaders')."""
    return " ".join(t.text for t in head.subtree if t.dep_ not in ("relcl", "appos", "acl", "punct")
                    and not any(a.dep_ in ("relcl", "appos", "acl") for a in t.ancestors if a in head.subtree
                                and a != head))


def _has_words_after(head: Token) -> bool:
    """The noun has words of its own after it (not just punctuation)."""
    return any(c.i > head.i and c.dep_ != "punct" for c in head.children)


def _person_subject(tok: Token) -> bool:
    """A person's name as the subject (not 'the Elswick Crossing'), or a phrase with one beside it."""
    return tok.ent_type_ == "PERSON" and not _has_the(tok) or _person_appos(tok)


def _has_the(tok: Token) -> bool:
    """'the Elswick Crossing' is a thing even when tagged as a person."""
    head = tok if tok.dep_ != "compound" else tok.head
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _person_appos(tok: Token) -> bool:
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children)


def _reporter(pron: Token, referents: Referents) -> str | None:
    """'Gareth Lewis ... said he booked a room', 'Since May, he says, he has treated ...': 'he' is the one
    who said it."""
    return _speaker(pron.head, referents, pron)


def _speaker(verb: Token, referents: Referents, pron: Token | None = None) -> str | None:
    """Who the saying that frames the verb's clause names as its speaker, or None."""
    frame = _frame(verb)
    subj = None if frame is None else next((c for c in frame.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj == pron:
        return None
    if subj.ent_type_ == "PERSON":
        return referents.resolve(subj)
    return referents._name_the_tagger_missed(subj) or referents._referent.get(subj.i)


def _reported_verb(tok: Token) -> Token | None:
    """The verb of the reported clause a word stands in ('A team blew open [his] room, X said': 'blew'),
    or None when no saying frames its clause."""
    for verb in (t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")):
        if _frame(verb) is not None or _according_source(verb) is not None:
            return verb
        if verb.dep_ in ("ccomp", "ROOT", "relcl"):
            return None
    return None


def _according_source(verb: Token) -> Token | None:
    """'According to X, a team blew open ...': the word X, or None."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"), None)
    to = next((c for c in prep.children if c.lower_ == "to"), None) if prep is not None else None
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


def _frame(verb: Token) -> Token | None:
    """The saying that frames a clause: the verb it reports to ('said he booked'), or one set inside it
    ('Since May, he says, he has treated ...'); None when none is."""
    frame = verb.head if verb.dep_ == "ccomp" else \
        next((c for c in verb.children if c.dep_ == "parataxis"), None)
    return frame if frame is not None and frame.lemma_ in _REPORTING else None


def _np_plain(tok: Token) -> str:
    """Determiner, modifiers and head of a noun phrase, without clauses or reflexives."""
    words = [t for t in _plain_words(tok) if t.lower_ not in ("itself", "himself", "herself", "themselves")]
    text = "".join(t.text + ("" if _hyphen_joined(t, words[k + 1:k + 2]) else " ") for k, t in enumerate(words))
    text = text.rstrip() + _rest_of_name(tok)
    return re.sub(r"\s+([’']s)\b", r"\1", text)


def _hyphen_joined(t: Token, after: list[Token]) -> bool:
    """The next kept word is glued to this one by an in-word hyphen ('Cupertino' '-' 'based')."""
    return bool(after) and after[0].i == t.i + 1 and (in_word_hyphen(t) or in_word_hyphen(after[0]))


def _plain_words(tok: Token) -> list[Token]:
    """The noun's words before it that _np_plain keeps: its determiner and modifiers, a superlative
    with its 'most' ('the world's most valuable chipmaker', not 'the world's valuable chipmaker')."""
    kept = {x.i for c in tok.children if c.i < tok.i and c.dep_ in _PLAIN_MODIFIERS for x in c.subtree}

    def plain(t: Token) -> bool:
        # a hyphenated modifier keeps all its words: 'the Cupertino-based company', not 'the based company'
        return t.dep_ in _PLAIN_MODIFIERS + ("case",) or t.i in kept and (t.tag_ == "RBS" or _in_hyphened_word(t))
    return [t for t in tok.subtree if t.i < tok.i and plain(t) or t == tok]


_PLAIN_MODIFIERS = ("det", "amod", "compound", "nummod", "poss")


def _in_hyphened_word(t: Token) -> bool:
    """The token is a hyphen inside a word, or a part such a hyphen joins."""
    doc = t.doc
    return in_word_hyphen(t) or any(0 <= j < len(doc) and in_word_hyphen(doc[j]) for j in (t.i - 1, t.i + 1))


def _rest_of_name(tok: Token) -> str:
    """' of Investigation' after 'The Federal Bureau': a name the tagger marks goes whole, its 'of'
    phrase included, or the phrase names something else."""
    doc, end = tok.doc, tok.i + 1
    while tok.ent_type_ and end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == tok.ent_type_:
        end += 1
    return " " + doc[tok.i + 1:end].text if end > tok.i + 1 else ""


def _sex_of(ent: Span) -> str | None:
    """The sex the text gives a person: a title or kin noun before the name ('Mrs.', 'his sister
    Juanita'), one in apposition ('Juanita Castro, Fidel's sister'), or a given name of one sex."""
    doc = ent.doc
    words = [doc[ent.start - 1]] if ent.start > 0 else []
    words += [ent[0], *(c for c in ent.root.children if c.dep_ == "appos")]
    if ent.root.dep_ == "appos":
        words.append(ent.root.head)
    for w in words:
        sex = _SEX_WORDS.get(w.lower_.rstrip("."), "") if w.pos_ in ("NOUN", "PROPN") else ""
        if sex:
            return sex
    return None


_NOMINAL_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
_AGE_WORDS = ("-", "year", "-", "old")


def epithet_word(head: Token) -> str | None:
    """The nationality ('latvian') or age ('30') by which a bare 'the Latvian' / 'the 30-year-old'
    stands for a person; None for any other noun phrase ('the Latvian team', 'the Chinese')."""
    if head.dep_ not in _NOMINAL_ROLES:
        return None
    return head.lower_ if _bare_demonym(head) else _age_of(head)


_ROLE_EPITHETS = word_set("epithet_role_nouns")
_NOT_THE_ONE = word_set("sequence_adjectives") | word_set("counterpart_adjectives")


def role_epithet(head: Token) -> int | None:
    """'the GOP candidate', 'the 49-year-old driver', 'the singer': the index of the 'the' opening a role
    noun said of one person, with only describing words between; None for any other phrase ('the other
    driver', 'the last candidate', 'the candidate for mayor', 'the singer's song')."""
    if head.dep_ not in _NOMINAL_ROLES or head.tag_ != "NN" or head.lemma_.lower() not in _ROLE_EPITHETS:
        return None
    det = head.doc[head.left_edge.i]
    if det.lower_ != "the" or det.head != head or head.right_edge.i != head.i:
        return None
    return det.i if all(_describing_one(t) for t in head.doc[det.i + 1:head.i]) else None


def _describing_one(t: Token) -> bool:
    """A word between 'the' and a role noun that says what the one person is, not which of several
    ('the other', 'the second', 'the fellow') nor whose; the 'old' of '49-year-old' is an age."""
    if t.ent_type_ in ("PERSON", "ORDINAL") or t.tag_ in ("JJS", "RBS", "POS", "PRP$"):
        return False
    return t.lower_ not in _NOT_THE_ONE or t.lower_ == "old" and t.doc[t.i - 1].text == "-"


def _said_unnamed(before: Span, word: str) -> bool:
    """'a driver', 'another candidate' before: the noun was said of someone not named."""
    return any(t.lemma_.lower() == word and t.pos_ == "NOUN" and
               any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in t.children) for t in before)


def _bare_demonym(head: Token) -> bool:
    """'the Latvian' alone: no other word of its own, and no title ('according to The Australian')."""
    det = head.doc[head.i - 1] if head.i > 0 else None
    if det is None or det.lower_ != "the" or det.dep_ != "det" or not _person_demonym(head):
        return False
    return [c.i for c in head.children if c.dep_ != "punct"] == [det.i] and (det.text == "the" or det.is_sent_start)


def _person_demonym(head: Token) -> bool:
    """'Latvian', 'Israeli': a country's demonym that names one person ('the Chinese', 'the British'
    name a people; 'the Taliban' is no country's)."""
    return head.tag_ == "NNP" and head.lower_.endswith(("an", "i")) and is_demonym(head.text)


def _age_of(head: Token) -> str | None:
    """'the 30-year-old' -> '30': the number of a bare age noun."""
    doc = head.doc
    if head.lower_ != "old" or head.i < 5 or doc[head.i - 5].lower_ != "the":
        return None
    if [t.lower_ for t in doc[head.i - 3:head.i + 1]] != list(_AGE_WORDS) or not doc[head.i - 4].like_num:
        return None
    return doc[head.i - 4].text


def aged_person_noun(head: Token) -> str | None:
    """'the 81-year-old leader', 'the 69-year-old autocratic leader' -> '81': the age of a person's noun
    described by its age (and plain adjectives) alone; None for any other phrase ('the 30-year-old
    mother of two', 'the 81-year-old's brother')."""
    if head.dep_ not in _NOMINAL_ROLES or not person_noun(head):
        return None
    old = next((c for c in head.children if c.dep_ == "amod" and c.lower_ == "old"), None)
    return _age_of(old) if old is not None and _only_age_and_adjectives(head, old) else None


def _only_age_and_adjectives(head: Token, old: Token) -> bool:
    """The noun's words are the 'the' opening its age, the age and adjectives after it."""
    others = [c for c in head.children if c != old and c.dep_ != "punct"]
    if not others or others[0].lower_ != "the" or others[0].i != old.i - 5:
        return False
    return all(c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > old.i for c in others[1:])


_AGE_BEFORE = re.compile(r"(\d+)-year-old$")


def _carried_epithets(ent: Span) -> set[str]:
    """The nationalities and ages a person's mention is written with: 'Latvian Jelena Ostapenko',
    'French President Ana Roux', 'Ostapenko, the Latvian', '30-year-old Ana Berg', 'Ana Berg, 30,'."""
    doc = ent.doc
    own = [t for t in ent.root.subtree if t.i < ent.end]     # the name and the words before it
    words = {t.lower_ for t in own if is_demonym(t.text)} | _aside_epithets(ent)
    age = _AGE_BEFORE.search("".join(t.lower_ for t in doc[max(ent.start - 5, 0):ent.start]))
    return words | ({age.group(1)} if age else set())


def _aside_epithets(ent: Span) -> set[str]:
    """'Ana Berg, 30,', 'Ostapenko (Latvian)', 'Ostapenko, the Latvian': what an aside after a name says."""
    after = list(ent.doc[ent.end:ent.end + 3])
    if not after or after[0].text not in (",", "("):
        return set()
    age = {after[1].text} if len(after) > 1 and after[1].like_num else set()
    return age | {t.lower_ for t in after[1:] if is_demonym(t.text)}


def _plain_name(who: str | None) -> str | None:
    """A person's full name to print for a surname; None for a titled form ('King Hussein'), which the
    surname's own words already carry."""
    return who if who is not None and not titled_form(who) else None


# how far back the earlier mention of a bare 'the shares' may be (tokens: a few sentences)
_DESCRIPTION_WINDOW = 90
_PHRASE_BREAKS = frozenset({",", "(", ")", '"', "\u201c", "\u201d"})
_NAME_ENTS = frozenset({"ORG", "PERSON", "GPE", "NORP", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT"})


def earlier_named_form(head: Token) -> tuple[int, str] | None:
    """The article's own fuller name for a bare 'the shares', 'the hashtag': the nearest earlier mention
    of the same noun, when a name modifies it there ('Jaguar shares', 'the #StandWith hashtag') or is
    built on it ('the Nasdaq Composite Index' ... 'the index'); None when the phrase has modifiers of its
    own, or the nearest earlier mention is itself bare (not reliable).
    Given as (index where the phrase 'the ...' starts, the name)."""
    start = _the_phrase_start(head)
    if start is None:
        return _owning_name(head)
    bare = _bare_the(head)
    window = head.doc[max(0, start - _DESCRIPTION_WINDOW):start]
    for t in reversed(window):
        named = _mention_name(t, head, bare)
        if named and t.lemma_.lower() != head.lemma_.lower() and not _one_name_for(head, window, named):
            return None          # 'the plane' after a named jet and a named airliner: either
        if named is not None:
            return (start, named) if named else None
    return None


def _mention_name(t: Token, head: Token, bare: bool) -> str | None:
    """The name an earlier mention `t` of the noun gives it; '' when `t` is a mention naming nothing
    sure, None when `t` is no mention of the noun. A bare general noun ('the plane') is also
    mentioned by the narrower kind the article first named the thing by ('the Orvan Air jet')."""
    if t.pos_ == "NOUN" and t.tag_ == head.tag_ and _same_or_narrower(t, head, bare):
        # 'Eastern Airlines, a Texas Air Corp. subsidiary' ... 'the subsidiary' (set apart or, misparsed, fronted)
        return _apposed_name(t) or fronted_name(t) or (_named_np(t) if bare else None) or ""
    return _built_name(t, head) if bare else None


def _same_or_narrower(t: Token, head: Token, bare: bool) -> bool:
    """`t` is the noun itself, or for a bare one a narrower kind it stands for ('jet' for 'the plane')."""
    return t.lemma_ == head.lemma_ or bare and t.lemma_.lower() in _narrower_kinds(head)


_COVERED_KINDS = {r[0]: frozenset(r[1].split()) for r in rows("covering_nouns.tsv")}


def _narrower_kinds(head: Token) -> frozenset[str]:
    """The kinds a general noun stands for again ('plane': 'jet', 'airliner'); none for other nouns."""
    return _COVERED_KINDS.get(head.lemma_.lower(), frozenset())


def _one_name_for(head: Token, window: Span, named: str) -> bool:
    """Every mention before the bare noun, of its own kind or a narrower one, gives that name: an
    unnamed one may be the thing itself ('A magnitude 7 earthquake struck ... the strongest since the
    Izmit earthquake ... the quake')."""
    names = {_mention_name(t, head, True) for t in window}
    return names - {None} == {named}


def _owning_name(head: Token) -> tuple[int, str] | None:
    """'The county's election officials' after 'Volusia County': a bare owner 'the N's' named as
    `_built_name` names a bare 'the N' (only that way: its nearest earlier mention is a name)."""
    if not _bare_owner(head):
        return None
    for t in reversed(head.doc[max(0, head.i - 1 - _DESCRIPTION_WINDOW):head.i - 1]):
        named = "" if t.pos_ == "NOUN" and t.lemma_ == head.lemma_ else _built_name(t, head)
        if named is not None:
            return (head.i - 1, named) if named else None
    return None


def _bare_owner(head: Token) -> bool:
    """'the county's': a common noun with only 'the' and its possessive mark."""
    deps = [c for c in head.children if c.dep_ != "punct"]
    return head.pos_ == "NOUN" and not head.ent_type_ and head.dep_ == "poss" and len(deps) == 2 and \
        deps[0].lower_ == "the" and deps[0].i == head.i - 1 and deps[1].dep_ == "case"


# names a bare 'the index', 'the county' may stand for: a thing's or a place's, not a person's or a people's
_THING_NAME_ENTS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"})
_TIME_WORDS = word_set("time_nouns")


def _built_name(t: Token, head: Token) -> str | None:
    """'the Nasdaq Composite Index' ... 'the index': the name whose last word is the bare noun, when that
    is its nearest earlier mention (as the article names a thing, then calls it by its kind) and no
    other name built on the noun stands in that sentence or the one before ('Hans Island lies between
    Ellesmere Island and Greenland'). '' when `t` is the noun of a name that says no one name; None
    when `t` is no mention of the noun."""
    if not _names_noun(t, head):
        return None
    name = _name_ending_in(t)
    if not name:
        return ""
    sent = t.sent
    since = t.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    others = {_name_ending_in(w) for w in t.doc[since:head.i] if w.lower_ == t.lower_ and w.pos_ == "PROPN"}
    return name if others == {name} else ""


def _names_noun(t: Token, head: Token) -> bool:
    """`t` is the noun written as the last word of a name ('Index' for 'the index'); a time noun is not
    ('Lunar New Year' ... 'the year' is a time, not the festival)."""
    words = (head.lower_, head.lemma_.lower(), *_narrower_kinds(head))
    return t.pos_ == "PROPN" and t.lower_ in words and head.tag_ == "NN" and head.lower_ not in _TIME_WORDS


def _name_ending_in(t: Token) -> str:
    """The capitalised name whose last word is `t` ('the Nasdaq Composite Index', 'Volusia County'),
    with the 'the' the article gives it; '' when the name goes on past it ('Measure 114', 'Working Group
    on Afghan Women'), has an owner before it ("Macy's Thanksgiving Day Parade") or is a title."""
    words = _capitalised_name(t)
    if words is None or _name_goes_on(t):
        return ""
    before = t.doc[words.start - 1] if words.start > 0 else None
    if before is not None and before.tag_ == "POS":
        return ""
    # a 'the' the tagger took into the name ('The Harmon Index') is the name's own
    own_the = before is not None and before.lower_ == "the" and before.ent_type_ != ""
    return ("the " if own_the or _written_with_the(t.doc, words) else "") + words.text


def _capitalised_name(t: Token) -> Span | None:
    """The words of the thing's name that ends in `t` (without a leading 'the'), each capitalised: 'Letters
    to a Girl' is a title, no girl a later 'the girl' means."""
    ent = _thing_name_over(t)
    if ent is None:
        return None
    words = ent[1:] if ent[0].lower_ == "the" else ent
    if len(words) < 2 or not all(w.text[:1].isupper() or w.like_num for w in words):
        return None
    return words


def _written_with_the(doc, words: Span) -> bool:
    """'at the Supreme Court' but 'in Volusia County': whether the article writes the name with 'the' where
    it stands as a noun of its own (not as a modifier: 'Supreme Court oral arguments')."""
    n, text = len(words), words.text
    heads = [doc[i] for i in token_ids(doc, words[-1].lower_, any_case=True)]
    heads = [t for t in heads if t.dep_ not in ("compound", "nmod") and t.i >= n - 1 and
             doc[t.i - n + 1:t.i + 1].text == text]
    written = [_the_before(doc, t.i - n + 1) for t in heads]
    return sum(written) * 2 > len(written)


def _the_before(doc, start: int) -> bool:
    """'the Supreme Court', 'the real Supreme Court': a 'the' before the name, or before an adjective before it."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.pos_ == "ADJ" and start > 1:
        before = doc[start - 2]
    return before is not None and before.lower_ == "the"


def _thing_name_over(t: Token) -> Span | None:
    """The name of a thing or place that ends in `t`: the tagger's, else the proper nouns compounded on it."""
    ent = next(iter(ents_over(t.doc, t.i, t.i + 1)), None) or _proper_compound(t)
    if ent is None or ent.end != t.i + 1 or ent.label_ and ent.label_ not in _THING_NAME_ENTS:
        return None
    return ent


def _proper_compound(t: Token) -> Span | None:
    """'Nasdaq Composite Index' the tagger left untagged: the capitalised words compounded just before
    a proper noun (as a span without a label)."""
    start = t.i
    while start > 0 and t.doc[start - 1].pos_ == "PROPN" and t.doc[start - 1].dep_ == "compound" and \
            t.doc[start - 1].head.i == t.i and t.doc[start - 1].text[:1].isupper():
        start -= 1
    if start > 0 and t.doc[start - 1].pos_ == "PROPN":
        return None          # 'New York Stock Exchange Index' parsed in pieces: no part of it is the name
    return t.doc[start:t.i + 1] if start < t.i else None


# words that carry a name on past its noun ('Working Group on Afghan Women'); 'in' and 'at' place it instead
_NAME_JOINERS = frozenset({"of", "on", "for", "and", "&"})


def _name_goes_on(t: Token) -> bool:
    """'Measure 114', 'Working Group on Afghan Women': a number or a capitalised phrase after the noun;
    'Agriculture Secretary Mark Fenwick': a title before a person's name."""
    if t.lower_ in NAME_TITLES or t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.i > t.i:
        return True
    after = t.doc[t.i + 1:t.i + 3]
    # 'the Clean Rivers Act on Monday': a day after 'on' is when, no word of the name
    return len(after) > 0 and (after[0].like_num or after[0].lower_ in _NAME_JOINERS and len(after) > 1 and
                               after[1].text[:1].isupper() and after[1].ent_type_ not in ("DATE", "TIME"))


def _the_phrase_start(head: Token) -> int | None:
    """Where 'the (modifiers) noun' starts, for a common noun with nothing after it; else None."""
    if head.pos_ != "NOUN" or head.ent_type_ or _has_words_after(head):
        return None
    det = next((c for c in head.children if c.dep_ == "det"), None)
    return det.i if det is not None and det.lower_ == "the" and det.i == head.left_edge.i else None


def _apposed_name(t: Token) -> str | None:
    """The name a description stands beside ('Eastern Airlines, a Texas Air Corp. subsidiary')."""
    if t.dep_ != "appos" or t.head.pos_ != "PROPN" or t.head.ent_type_ not in _NAME_ENTS:
        return None
    name = next(iter(ents_over(t.doc, t.head.i, t.head.i + 1)), None)
    return name_text(name) if name is not None and name.end <= t.i else None


def _bare_the(head: Token) -> bool:
    """'the shares' alone: a common noun whose only dependant is 'the'."""
    if head.pos_ != "NOUN" or head.ent_type_:
        return False
    deps = [c for c in head.children if c.dep_ != "punct"]
    return len(deps) == 1 and deps[0].dep_ == "det" and deps[0].lower_ == "the" and deps[0].i == head.i - 1


def _named_np(t: Token) -> str | None:
    """The mention's determiner, modifiers and noun when a name is among its modifiers and no pronoun."""
    words = [w for w in t.subtree if w.i <= t.i]
    if not _name_among_modifiers(words):
        return None
    first = words[0]
    text = _with_the(_np_plain(t), first)
    if t.tag_ == "NN" and not any(w.dep_ in ("det", "poss") for w in words):
        # 'US Senate race' of a headline put for 'the race': a singular noun keeps the 'the' it replaces
        return "the " + text if len(text.split()) == len(words) else None
    return text if len(text.split()) == _written_words(words) or first.dep_ == "det" else None


def _written_words(words: list[Token]) -> int:
    """How many words the tokens make as written: "Kopp's car" is two (the possessive 's joins its owner)."""
    return sum(1 for w in words if not (w.dep_ == "case" and w.lower_ in ("'s", "’s")))


def _name_among_modifiers(words: list[Token]) -> bool:
    """A mention of at most seven words, with a name among those before its noun and no pronoun, break
    or contrast."""
    if any(map(_no_naming_word, words)) or len(words) > 7:
        return False
    return any(w.pos_ == "PROPN" or w.ent_type_ in _NAME_ENTS for w in words[:-1])


def _with_the(text: str, first: Token) -> str:
    """The mention's words opened by a lower-case 'the' in place of its own determiner ('a Texas Air Corp.
    subsidiary' named again is 'the ...')."""
    if first.dep_ == "det" and first.lower_ != "the":
        text = "the " + text.split(" ", 1)[1]
    if text.startswith("The "):
        text = "the" + text[3:]
    return text


def _no_naming_word(w: Token) -> bool:
    """A pronoun, a break, or a contrast: 'the other Lakeside club' is not the club a later 'the club' means."""
    return w.pos_ == "PRON" or w.text in _PHRASE_BREAKS or w.lower_ in _CONTRASTING


_MEASURES = word_set("owned_measure_nouns")
_CONTRASTING = word_set("unanchored_comparatives")
_COMPANY_NOUNS = frozenset({"company", "concern", "firm"})
_CORPORATE = re.compile(pattern("corporate_suffix"))
_OWNER_LOOKBACK = 2        # sentences before the stem's own in which its owner may be the subject


def opening_owner(sentence: Span) -> tuple[int, int, str] | None:
    """The owner a stem's opening subject leaves out: 'Net income fell' -> 'Armco's net income',
    'Its sales' -> 'Armco's sales', 'The company' -> 'Armco', when the nearest earlier subject
    naming a company (the same sentence's, then the two before) is the only one there. Given as
    (first token, end token, replacement); None when the opening needs no owner or none is found."""
    subj = opening_subject(sentence)
    if subj is None:
        return None
    kind = _ownerless(subj)
    owner = _nearest_org_subject(sentence, subj.i) if kind else None
    if owner is None:
        return None
    start = subj.left_edge.i
    if kind == "whole":
        return start, subj.i + 1, owner
    words = _owned_words(sentence.doc[start:subj.i + 1], kind)
    return (start, subj.i + 1, with_owner(owner, words)) if words else None


def _owned_words(opening: Span, kind: str) -> str:
    """The opening's words its owner's name goes before ('sales' of 'the company's sales'), or ''."""
    words = [t.text for t in opening if t.dep_ not in ("poss", "case") and not (t.dep_ == "det" and t.lower_ == "the")]
    if kind == "company_poss" and len(words) > 1:
        words = words[1:]           # "the company's sales": the company's noun goes with its owner
    if not words:
        return ""                   # the parser made the company's noun the possessive: nothing else is left
    words[0] = words[0] if words[0][1:2].isupper() else words[0].lower()
    return " ".join(words)


def unowned_opening(sentence: Span) -> bool:
    """The stem's opening subject is a company's figure or the company itself, not named ('Sales
    dropped', 'The company said', 'Its revenue') and the article gives no one owner for it."""
    subj = opening_subject(sentence)
    return subj is not None and _ownerless(subj) is not None and opening_owner(sentence) is None


def opening_subject(sentence: Span) -> Token | None:
    """The subject that opens the sentence: the main verb's, or that of what it reports ('Sales
    dropped 12%, the company said')."""
    verbs = [sentence.root, *(c for c in sentence.root.children if c.dep_ == "ccomp")]
    subjects = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    return next((s for s in subjects if s.left_edge.i == sentence.start), None)


def _ownerless(subj: Token) -> str | None:
    """How an opening subject lacks its owner: 'whole' (it, the company), 'measure' (bare 'Revenue',
    'the shares', 'its sales'), 'company_poss' ('the company's sales'); None when it names one."""
    deps = [c for c in subj.children if c.dep_ not in ("punct", "prep", "relcl", "acl", "appos")]
    if _is_the_company(subj, deps):
        return "whole"
    if not _unnamed_measure(subj):
        return None          # 'Shares of Coors fell': its owner is named
    poss = next((c for c in deps if c.dep_ == "poss"), None)
    if poss is not None:
        return _possessed_measure(poss)
    return "measure" if _plainly_modified(deps) else None


def _is_the_company(subj: Token, deps: list[Token]) -> bool:
    """'The company', 'the firm': the subject is the unnamed company itself. A bare 'it' is not taken:
    'It had been due to expire Friday' may mean a bid, not the company named last."""
    return subj.lemma_.lower() in _COMPANY_NOUNS and subj.tag_ == "NN" and _only_the(deps)   # "the concerns" are worries


def _described_company(head: Token, deps: list[Token]) -> bool:
    """'The credit-card company', 'the computer maker', 'the California-based chipmaker', 'the world's
    most valuable chipmaker': 'the' and words that say what or where the company is, not which one."""
    if head.lemma_.lower() not in _ONE_COMPANY_NOUNS or head.tag_ != "NN" or not deps:
        return False
    the = deps[0].dep_ == "det" and deps[0].lower_ == "the"
    described = deps[1:] if the else deps     # 'the world's ...' has its 'the' on 'world'
    return (the or _scope_owner(deps[0])) and bool(described) and all(_describing_word(c) for c in described)


def _describing_word(c: Token) -> bool:
    """A modifier that describes a company without naming it: a common adjective or noun ('most
    valuable', 'computer'), where it is based ('California-based'), the field it leads ('the world's')."""
    return _common_modifier(c) or _based_in(c) or _scope_owner(c)


def _common_modifier(c: Token) -> bool:
    """'computer', 'most valuable': lower-case words, with no more than adverbs below them."""
    common = c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN") and c.text.islower()
    return common and all(x.dep_ == "advmod" and x.text.islower() for x in c.subtree if x != c)


def _based_in(c: Token) -> bool:
    """'California-based': where the company is based, a place name and its hyphen."""
    return c.dep_ == "amod" and c.lower_.endswith("based") and \
        all(x.pos_ in ("PROPN", "PUNCT") for x in c.subtree if x != c)


def _scope_owner(c: Token) -> bool:
    """'the world's', 'the nation's': the field a company is described as leading."""
    return c.dep_ == "poss" and c.lemma_.lower() in _SCOPE_NOUNS and \
        all(x.dep_ == "case" or x.lower_ == "the" for x in c.subtree if x != c)


_SCOPE_NOUNS = word_set("scope_nouns")


def _company_owned(head: Token) -> str | None:
    """'the company's shares', 'the chipmaker's revenue' -> 'Nvidia's shares': a figure owned by the
    unnamed company, named by the company the article means (as for a bare 'the company'); None when
    in doubt."""
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ != "NOUN" or head.pos_ != "NOUN":
        return None
    name = _unnamed_company(poss)
    return f"{_owner_form(name)} {_after_owner(head, poss)}" if name else None


def _owner_form(name: str) -> str:
    """'Veltro Motors' -> 'Veltro Motors’', "McDonald's" stays, 'Nvidia' -> 'Nvidia’s'."""
    if name.endswith(("’s", "'s")):
        return name
    return f"{name}’" if name.endswith("s") else f"{name}’s"


def _after_owner(head: Token, poss: Token) -> str:
    """The noun phrase's words after its possessive phrase ('(the company's) shares')."""
    own = {x.i for x in poss.subtree}
    return " ".join(t.text for t in head.subtree if t.i not in own and poss.i < t.i <= head.i and not t.is_punct)


def _unnamed_company(noun: Token) -> str | None:
    """The company a bare ('the company') or described ('the Oslo-based firm') noun stands for."""
    deps = [c for c in noun.children if c.dep_ not in ("punct", "prep", "relcl", "acl", "appos", "case")]
    if _is_the_company(noun, deps):
        return _company_or_main(noun)
    return only_company_before(noun) if _described_company(noun, deps) else only_body_of_kind(noun)


def _unnamed_measure(subj: Token) -> bool:
    """A company figure ('sales', 'shares') that names no owner itself: no entity, no 'of X'."""
    named = subj.ent_type_ or any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children)
    return subj.lower_ in _MEASURES and not named


def _possessed_measure(poss: Token) -> str | None:
    """How a figure's possessive leaves its owner unnamed: 'its sales' ('measure'), 'the company's
    sales' ('company_poss'); None when the possessive names the owner."""
    if poss.lower_ == "its":
        return "measure"
    owned = [c for c in poss.children if c.dep_ not in ("case", "punct")]
    return "company_poss" if poss.lemma_.lower() in _COMPANY_NOUNS and _only_the(owned) else None


def _plainly_modified(deps: list[Token]) -> bool:
    """Only 'the' and common adjectives or nouns before the figure ('the quarterly sales'), no name."""
    return all(c.dep_ == "det" and c.lower_ == "the" or c.dep_ in ("amod", "compound") and c.pos_ != "PROPN"
               and not c.ent_type_ for c in deps)


# an object 'it' means one thing, 'them' several: the tags a noun it may stand for has
_THING_OBJECTS = {"it": ("NN", "NNP"), "them": ("NNS", "NNPS")}
NOT_THINGS = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
# 'made it clear that', 'found it hard to': an 'it' standing before what the verb says is empty
_EMPTY_IT_DEPS = frozenset({"ccomp", "xcomp", "oprd", "acomp"})


def thing_object(tok: Token) -> bool:
    """'it' or 'them' as an object that stands for something ('found it', 'sold them'), not the empty
    'it' of 'made it clear that ...'."""
    if tok.lower_ not in _THING_OBJECTS or tok.dep_ not in ("dobj", "pobj", "dative"):
        return False
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return not any(c.dep_ in _EMPTY_IT_DEPS and c.i > tok.i for c in verb.children)


def _may_mean(pron: Token, t: Token) -> bool:
    """The noun `t` may be what an object 'it' (one thing, no person) or 'them' (several) means."""
    if t.tag_ not in _THING_OBJECTS[pron.lower_] or not _may_be_thing(t):
        return False
    return pron.lower_ != "it" or t.lemma_.lower() not in _PERSON_NOUNS


def _thing_said(thing: Token) -> str | None:
    """The noun phrase a thing-pronoun stands for, as it reads inside a sentence ('the ransomware'); None
    when it leans on a pronoun itself ('their land')."""
    if any(w.pos_ == "PRON" for w in thing.subtree if w.i < thing.i):
        return None
    text = _np_plain(thing)
    return text if thing.pos_ == "PROPN" or text[:1].islower() else text[:1].lower() + text[1:]


def _may_be_thing(t: Token) -> bool:
    """A noun a thing-pronoun may stand for: a noun's head, no person, time, number or name's part."""
    return t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound" and t.ent_type_ not in NOT_THINGS \
        and t.lemma_.lower() not in _TIME_NOUNS


def pronoun_referent(tok: Token, sent: Span, referents: Resolver) -> str | None:
    """Whom or what the resolver (`referents.resolve`) says a pronoun means, when every use of that word
    in its sentence means the same (a printed word is then surely that one); None otherwise."""
    who = referents.resolve(tok)
    same = [t for t in sent if t.lower_ == tok.lower_ and t != tok]
    if not who or any(referents.resolve(t) != who for t in same) or tok.lower_ == "its" and not _has_name(who):
        return None       # 'its' is the thing last in focus, a guess unless that thing has a name
    return re.sub(r"^The\b", "the", who)       # it stands inside a sentence: its printer capitalises


def _has_name(phrase: str) -> bool:
    """'Apple', 'the Church of Scientology'; not 'the firm', 'demand' nor another's thing ('Internet
    Explorer's market share')."""
    words = phrase.split()
    return any(w[:1].isupper() for w in words[1:] or words) and not re.search(r"[’']s\b|s[’'](?!\w)", phrase)


def other_sex(pron: Token, t: Token) -> bool:
    """The person word `t` is one a 'his'/'her'/'him' cannot mean: a name of the other sex as the article
    tells it (a title, a given name, a 'she' it was called by), or a noun of the other sex ('the actress')."""
    wanted = _PRONOUN_SEX.get(pron.lower_)
    told = t.doc.user_data.get(TOLD_SEXES, {}).get(t.i) if t.ent_type_ == "PERSON" else \
        _SEX_WORDS.get(t.lemma_.lower()) if t.pos_ == "NOUN" else None
    return wanted is not None and told is not None and told != wanted


def person_noun(tok: Token) -> bool:
    """A common noun for a person ('the mayor', 'a woman', 'his father'), whom a 'his'/'her' may mean."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in _PERSON_NOUNS or tok.lemma_.lower() in _SEX_WORDS)


def object_pronoun(tok: Token) -> bool:
    """'him' or 'her' as an object ('told him', 'with her')."""
    return tok.lower_ in ("him", "her") and tok.dep_ in ("dobj", "pobj", "dative")


def _only_the(deps: list[Token]) -> bool:
    return len(deps) == 1 and deps[0].dep_ == "det" and deps[0].lower_ == "the"


def _windows_back(sentence: Span, before: int, lookback: int = _OWNER_LOOKBACK) -> list[Span]:
    """Where an owner may be named, nearest first: this sentence up to `before`, then the sentences just before it."""
    doc = sentence.doc
    windows = [doc[sentence.start:before]]
    sent = sentence
    for _ in range(lookback):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        windows.append(sent)
    return windows


def _nearest_org_subject(sentence: Span, before: int) -> str | None:
    """The company the nearest earlier subject names: of the sentence's own earlier clauses, else of
    the sentences just before; None when that sentence has two companies as subjects or none."""
    itself = _itself(sentence.doc[before]) if before < sentence.end else False
    for window in _windows_back(sentence, before):
        found = _window_company(window, _subject_role, itself)
        if found != "":
            return found
    return None


def company_subject_back(sentence: Span, lookback: int) -> str | None:
    """'Acme's move ... Analysts agree. The online behemoth said': the company the nearest sentence
    before `sentence` that names any company names as its one subject or owner; None when that
    sentence names it in no such role, names two, or no sentence of the `lookback` before names one."""
    for window in _windows_back(sentence, sentence.start, lookback)[1:]:
        if not _org_names(_actors(window, lambda t: t.ent_type_ == "ORG")):
            continue
        found = _window_company(window, lambda t: _subject_role(t) or t.dep_ == "poss", False)
        return found or None
    return None


def _subject_role(t: Token) -> bool:
    """A subject, or one of several joined ('A and B posted gains': two owners)."""
    return t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass")


def _window_company(window: Span, role: Callable[[Token], bool], itself: bool) -> str | None:
    """The one company `window` names in `role`: '' when it names none; None when it names two, or
    names one beside another company that leaves 'the company' in doubt: 'the company itself' sets
    the company apart from another named there, and an owner's aside ('X, which owns a third of Y,')
    brings in Y, the company the paragraph may be about. A news outlet as a source is no actor."""
    actors = _actors(window, role)
    names = _org_names(actors)
    if len(names) != 1:
        return None if names else ""
    others = _org_names(_actors(window, lambda t: t.ent_type_ == "ORG")) - names
    in_doubt = bool(others) and (itself or bool(_org_names(_asides(actors)) - names))
    return None if in_doubt else names.pop()


def _actors(window: Span, role: Callable[[Token], bool]) -> list[Token]:
    """The words of `window` in `role`, but for a news outlet named as a source."""
    return [t for t in window if role(t) and not _source_outlet(t)]


def _asides(actors: list[Token]) -> list[Token]:
    """The words of the clauses and appositions set beside the actors ('X, which owns Y,')."""
    return [w for t in actors for c in t.children if c.dep_ in ("relcl", "appos", "acl") for w in c.subtree]


def _org_names(tokens: Iterable[Token]) -> set[str]:
    return {name for name in map(_org_name, tokens) if name}


def _itself(head: Token) -> bool:
    """'The company itself': set apart from another company named with it."""
    return any(c.lower_ == "itself" for c in head.children) or \
        head.i + 1 < len(head.doc) and head.doc[head.i + 1].lower_ == "itself"


def _source_outlet(t: Token) -> bool:
    """A news outlet named as the source of a report ('The Daily Herald reported', 'according to the
    Daily Herald'): it tells of the actors, it is never one of them."""
    ent = next(iter(ents_over(t.doc, t.i, t.i + 1)), None)
    if ent is None or not news_outlet([w.text for w in ent]):
        return False
    root = ent.root
    reports = root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in _REPORTING
    return reports or root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"


def _org_name(tok: Token) -> str | None:
    """The company a subject names: an ORG name, as the article writes it there."""
    ent = next(iter(ents_over(tok.doc, tok.i, tok.i + 1)), None)
    if ent is None or not named_as_company(ent) or ent.text in _thing_names(tok.doc) or _person_named(ent):
        return None
    # 'Armco Inc.' is 'Armco' when it owns ('Armco's sales'); 'Armco executives' is 'Armco'
    return without_role_tail(_CORPORATE.sub("", re.sub(r"^[Tt]he\s+", "", name_text(ent)))) or None


def _person_named(ent: Span) -> bool:
    """A one-word 'company' the article names as a person elsewhere ('Neumark' after 'Adam
    Neumark'): the tagger's ORG for a surname; 'the company' is never that person."""
    doc = ent.doc
    got = doc.user_data.get("quizgen_person_words")
    if got is None:
        got = doc.user_data["quizgen_person_words"] = frozenset(
            t.text for e in doc.ents if e.label_ == "PERSON" for t in e)
    return len(ent) == 1 and ent.text in got


@per_document
def _thing_names(doc: Doc) -> frozenset[str]:
    """One-word names the article writes as things, not companies: after a lower-case 'the' ('the
    iPad'; an acronym such as 'the BBC' may be a company) or in the plural ('300,000 iPads'). The
    tagger may call them ORG, yet 'the company' is never one of them."""
    words = {t.text for t in doc if t.pos_ == "PROPN"}
    after_the = {t.text for t in doc[1:] if _one_word_after_the(t)}
    plural = {t.text[:-1] for t in doc if t.text.endswith("s") and t.text[:-1] in words}
    return frozenset(after_the | plural)


def _one_word_after_the(t: Token) -> bool:
    """'the iPad': a one-word name, not an acronym, after a lower-case 'the'."""
    doc = t.doc
    alone = t.i + 1 == len(doc) or doc[t.i + 1].pos_ not in ("PROPN", "NOUN")
    return t.pos_ == "PROPN" and doc[t.i - 1].text == "the" and not t.text.isupper() and alone


def pointing_word(head: Token) -> Token | None:
    """The determiner or possessive pronoun by which a noun phrase points back to something named
    earlier ('such groups', 'those withdrawals', 'their offer'); None when it has none."""
    found = next((c for c in head.children if c.i < head.i and c.dep_ in _POINTING_DEPS
                  and c.lower_ in _POINTING), None)
    return None if found is not None and _such_as(found) else found


def _such_as(pointer: Token) -> bool:
    """'such groups as the Klan' introduces examples, it points back to nothing."""
    return pointer.lower_ == "such" and any(c.dep_ == "prep" and c.lower_ == "as" for c in pointer.head.children)


def earlier_description(head: Token) -> str | None:
    """'Such groups' after 'hate groups', 'this shooting' after 'a mass shooting at X': the nearest
    earlier mention of the same noun that describes it (a modifier or a name of its own), without its
    determiner; None when there is none, the nearest is one of a list ('the militia movement and
    church groups': such groups may be both), or a nearer mention or name may be the thing meant."""
    doc = head.doc
    for t in reversed(doc[max(0, head.i - _ANTECEDENT_WINDOW):head.left_edge.i]):
        if not _same_noun(t, head):
            continue
        if t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children):
            return None
        words = _described(t)
        if words:
            return None if _demonstrative(head) and _named_since(t, head) else _as_told(words, head)
        if thing_of_its_own(t):
            return None
    return None


def _same_noun(t: Token, head: Token) -> bool:
    """An earlier mention of the head's noun in its own number, not a modifier nor itself pointing back."""
    return t.pos_ == "NOUN" and t.lemma_ == head.lemma_ and t.tag_ == head.tag_ and t.dep_ != "compound" \
        and pointing_word(t) is None


def _as_told(words: list[str], head: Token) -> str:
    """The describing words as a phrase: 'hate groups', 'the mass shooting'."""
    return " ".join(words) if head.tag_ == "NNS" else "the " + " ".join(words)


def thing_of_its_own(t: Token) -> bool:
    """A mention that brings in one more thing of its kind, not one told of before: owned ('Blair's
    vehicle'), brought in with 'a' ('a second vehicle') or named beside it ('the film Red Sky'). A
    later 'the N' or 'that N' means the nearest such one, never an older, fuller mention."""
    if t.dep_ == "compound":
        return False
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _INDEFINITE
               or c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_) for c in t.children)


def _demonstrative(head: Token) -> bool:
    """'this film', 'that movie': one thing pointed at, the most recent of its kind."""
    return any(c.dep_ == "det" and c.lower_ in ("this", "that") for c in head.children)


# names that cannot be the thing a demonstrative points at: times, figures, places, peoples
_NOT_A_THING = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "GPE",
                          "LOC", "NORP"})
_NAMING_PLACES = ("pobj", "dobj", "attr", "appos")       # where a thing named since may stand


def _named_since(t: Token, head: Token) -> bool:
    """A name between the mention and 'that N', in its sentence or the one before, that may be the
    thing itself ('starred in the Moon film. Then she made Red Sky. That film ...'): the demonstrative
    may point at it, so the older description is no safe reading. A person's or title's name may look
    alike ('Lucy in the Sky' is tagged a person), so only an agent ('by X') is passed over."""
    doc = head.doc
    sent = head.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else 0
    return any(w.pos_ == "PROPN" and w.dep_ in _NAMING_PLACES and w.head.lower_ != "by"
               and w.ent_type_ not in _NOT_A_THING
               for w in doc[max(start, t.right_edge.i + 1):head.left_edge.i])


def _described(t: Token) -> list[str]:
    """The words that describe an earlier mention: its modifiers and head, and an 'at/of/in' name
    ('a mass shooting at Apalachee High School near ...' -> 'mass shooting at Apalachee High School');
    [] for a bare one."""
    mods = _describing_modifiers(t)
    place = _named_place(t)
    if not mods and place is None:
        return []
    # the description starts at the first modifier's own first word ('mass' of 'a mass shooting')
    start = mods[0].left_edge.i if mods else t.i
    if clause_read_as_noun(t.doc[start:t.i]):
        return []
    words = _modified_noun(t, start)
    if place is not None:
        words += [place.head] + [w for w in place.subtree if w.i <= place.i and w.dep_ != "det"]
    return glued_words(words)


def clause_read_as_noun(words: Span) -> bool:
    """'A barge leaked slurry oil into the river': a past verb right after a noun among a mention's
    modifiers is a clause the parser read as one noun phrase ('the barge leaked slurry oil' is no name)."""
    return any(w.tag_ in ("VBD", "VBN") and w.i > words.start and w.doc[w.i - 1].pos_ in ("NOUN", "PROPN")
               for w in words)


def glued_words(words: list[Token]) -> list[str]:
    """The words as written, without punctuation but for a hyphen that joins two of them
    ('cross-state' stays one word, not 'cross state')."""
    out: list[str] = []
    last: Token | None = None
    for w in words:
        if w.is_punct:
            continue
        hyphen = w.doc[w.i - 1] if w.i > 0 else None
        if last is not None and hyphen is not None and w.i == last.i + 2 and hyphen.text == "-" \
                and not last.whitespace_ and not hyphen.whitespace_:
            out[-1] += hyphen.text + w.text
        else:
            out.append(w.text)
        last = w
    return out


def _modified_noun(t: Token, start: int) -> list[Token]:
    """The noun with the describing modifiers before it, from `start` on; a modifier's coordinated words
    come with it ('a cash and stock transaction' is no 'cash transaction')."""
    words: list[Token] = []
    for w in t.subtree:
        if w == t or (w.i < t.i and (w.dep_ in _DESCRIBING_DEPS or _joined_to(w, words))):
            words.append(w)
    return [w for w in words if w.i >= start]


def _joined_to(w: Token, words: list[Token]) -> bool:
    """'and stock' of 'cash and stock': a conjunction or conjunct hung on a word already taken."""
    return w.dep_ in ("cc", "conj") and any(w.head.i == x.i for x in words)


# the modifiers that say what sort of thing a noun is ('mass shooting', 'hate groups')
_DESCRIBING_DEPS = ("amod", "compound", "nmod")
# a date or a count ('Monday's shooting', 'two groups') tells which one, not what sort
_COUNTING_ENTS = ("DATE", "TIME", "CARDINAL", "ORDINAL")


def _describing_modifiers(t: Token) -> list[Token]:
    """The modifiers before a noun that describe it, not those that date, count or point."""
    return [w for w in t.children if w.i < t.i and w.dep_ in _DESCRIBING_DEPS
            and w.ent_type_ not in _COUNTING_ENTS and w.lower_ not in _POINTING and not finite_or_bare_verb(w)]


def finite_or_bare_verb(w: Token) -> bool:
    """'to corral two oil slicks': a base-form or finite verb the parser hung on the noun as a
    modifier is the clause's verb, never a word that says what sort the noun is."""
    return w.tag_ in ("VB", "VBP", "VBZ", "VBD", "MD")


def _named_place(t: Token) -> Token | None:
    """The name an 'at/of/in' phrase hangs on a noun ('a shooting at Apalachee High School'), or None."""
    return next((c for p in t.children if p.dep_ == "prep" and p.lower_ in ("at", "of", "in")
                 for c in p.children if c.dep_ == "pobj" and c.ent_type_ in _NAME_ENTS), None)


def _company_named_before(head: Token) -> str | None:
    """'The company' is the one company named as a subject or owner (or its modifier: 'an Upjohn
    spokesman') in the nearest of this sentence and the two before that names any; None for two.
    'The company itself' sets it apart from another: with two companies named before, either may be it."""
    return _company_named_near(head) or None


def _company_named_near(head: Token) -> str | None:
    """_company_named_before, but '' when none of the sentences looked at names a company."""
    if _itself(head) and len(companies_before(head.doc, head.left_edge.i)) > 1:
        return None
    for window in _windows_back(head.sent, head.left_edge.i):
        found = _window_company(window, _owning_role, _itself(head))
        if found != "":
            return found
    return ""


def the_company_named(head: Token) -> str | None:
    """A bare 'the company' (no 'itself'): the company the nearest sentences name as a subject or owner
    (_company_named_before); when they name none, the company the story is about (_main_company);
    None when either is in doubt."""
    deps = [c for c in head.children if c.dep_ not in ("punct", "prep", "relcl", "acl", "appos")]
    if not _is_the_company(head, deps) or company_in_doubt(head):
        return None
    return _company_or_main(head)


def _company_or_main(head: Token) -> str | None:
    found = _company_named_near(head)
    return _main_company(head) or _lead_most_named(head) if found == "" else _near_or_lead(head, found)


def _lead_most_named(head: Token) -> str | None:
    """The company the first sentence names, when the article named it before the noun more than once
    and more often than any other: far from any name, 'the company' is the one the story leads with."""
    lead = _lead_company(head.doc)
    (top, most), (_, second) = _most_named(head)
    if lead is None or top != _company_of(lead, companies_before(head.doc, head.left_edge.i)):
        return None
    return lead if most >= 2 and most > second else None


def _near_or_lead(head: Token, near: str | None) -> str | None:
    """'Petrova shares rose 10%. The listing surpassed Kingfield Holding's offering. The company had
    announced ...': the company named near 'the company' is an aside when the article named it once, as
    a comparison's other side: the company is then the one the story's first sentence names, when the
    article named it more than once, else in doubt (None). A nearer company, while the first sentence's
    company is named there too, competes with it: neither is named (None)."""
    if near is None:
        return None
    lead = _lead_company(head.doc)
    before = head.left_edge.i
    names = companies_before(head.doc, before)
    if lead is not None and _company_of(near, names) == _company_of(lead, names):
        return near
    if _named_once_aside(head.doc, _company_of(near, names), before):
        return lead if lead is not None and _named_more_than_once(head, lead) else None
    return near if lead is None or not _named_near(head, lead) else None


def _named_near(head: Token, company: str) -> bool:
    """A word of the company's name is in the sentences `_company_named_near` reads, in any role."""
    words = set(company.split())
    return any(t.text in words for window in _windows_back(head.sent, head.left_edge.i) for t in window)


def _named_more_than_once(head: Token, company: str) -> bool:
    """The article named the company more than once before the noun."""
    return _company_counts(head)[_company_of(company, companies_before(head.doc, head.left_edge.i))] >= 2


def _acting(t: Token) -> bool:
    """A word of a name that is a subject, or the owner of one ('Acme's shares fell')."""
    t = t.head if t.dep_ == "compound" else t
    return _subject_role(t.head if t.dep_ == "poss" else t)


def _named_once_aside(doc: Doc, company: str, before: int) -> bool:
    """The article named the company once before token `before`, and not as a subject or a subject's
    owner: 'surpassing Kingfield Holding's offering' compares, it brings in no actor 'the company' means."""
    names = companies_before(doc, before)
    mentions = [start for start, name in _company_mentions(doc) if start < before and _company_of(name, names) == company]
    if len(mentions) != 1:
        return False
    ent = next((e for e in ents_over(doc, mentions[0], mentions[0] + 1) if e.start == mentions[0]), None)
    return ent is not None and _compared(ent.root)


def _compared(t: Token) -> bool:
    """A name that is no subject nor a subject's owner, under a word that compares ('surpassing
    Kingfield's offering', 'more than Kingfield raised'): the other side of a comparison."""
    return not _acting(t) and any(a.lemma_.lower() in _COMPARING for a in t.ancestors)


_COMPARING = word_set("comparing_words") | word_set("comparison_verbs")


@per_document
def _lead_company(doc: Doc) -> str | None:
    """The one company the article's first sentence names, or None for none or several."""
    end = _lead_end(doc)
    lead = {name for start, name in _company_mentions(doc) if start < end}
    names = companies_before(doc, end)
    lead = {_company_of(name, names) for name in lead}
    return lead.pop() if len(lead) == 1 else None


@per_document
def _lead_end(doc: Doc) -> int:
    """Where the article's first sentence ends: a blanked title or dateline before it is no sentence."""
    return next((s.end for s in doc.sents if any(t.is_alpha for t in s)), 0)


_MAIN_MENTIONS = 5        # how often the story named its company before a 'the company' far from any name
_MAIN_RATIO = 4           # ... and how many times as often as any other company


def _main_company(head: Token) -> str | None:
    """The company the article named at least _MAIN_MENTIONS times before the noun and _MAIN_RATIO
    times as often as any other ('Unisys' sixteen times, an analysts' firm once): paragraphs on,
    'the company' is still it. None for a story about two or more companies."""
    (top, most), (_, second) = _most_named(head)
    return top if top and most >= _MAIN_MENTIONS and most >= _MAIN_RATIO * second else None


def _company_counts(head: Token) -> Counter:
    """How often the article named each company before the noun."""
    before = head.left_edge.i
    names = companies_before(head.doc, before)
    return Counter(_company_of(name, names) for start, name in _company_mentions(head.doc) if start < before)


def _most_named(head: Token) -> list[tuple[str, int]]:
    """The two companies named most often before the noun, with their counts ('', 0 for none)."""
    return (_company_counts(head).most_common(2) + [("", 0), ("", 0)])[:2]


def _company_of(name: str, names: list[str]) -> str:
    """Which of the companies `companies_before` gives a mention's name is ('Verizon' is 'Verizon
    Communications')."""
    words = set(name.split())
    return next((c for c in names if words <= set(c.split()) or set(c.split()) <= words), name)


def _owning_role(t: Token) -> bool:
    """A word that names who acts or owns: a subject, a possessive, one joined to either ('A and B
    announced': two owners, not the first), or a name modifying any of them."""
    roles = ("nsubj", "nsubjpass", "poss")
    if t.dep_ == "compound":
        t = t.head
    return t.dep_ in roles or t.dep_ == "conj" and t.head.dep_ in roles


def company_in_doubt(head: Token) -> bool:
    """'Acme sued Beta Industries. The company said ...': the nearest of this sentence and the two
    before that names a company names two, in any role; a timeline line read alone must not guess
    which one 'the company' is."""
    for window in _windows_back(head.sent, head.left_edge.i):
        names = _org_names(_actors(window, lambda t: t.ent_type_ == "ORG"))
        if names:
            return len(names) > 1
    return False


_ONE_COMPANY_NOUNS = word_set("company_nouns")


def only_company_before(head: Token) -> str | None:
    """'the company', 'the airline': the one company the article named before it, when it named exactly
    one (a short form 'Lattice' is 'Lattice Works'); None for none or several (never a guess between
    two), when the noun's own sentence names that company elsewhere ('Brightpath bought the
    company': the company is another), and when the noun's trade does not fit it (see trade_misfit)."""
    if head.tag_ != "NN" or head.lemma_.lower() not in _ONE_COMPANY_NOUNS:
        return None
    names = companies_before(head.doc, head.left_edge.i)
    if len(names) != 1 or _brought_in_before(head) or _named_once_aside(head.doc, names[0], head.left_edge.i):
        return None
    if _named_in_own_sentence(head, names[0]) or trade_misfit(head, names[0]):
        return None
    return names[0]


def _named_in_own_sentence(head: Token, name: str) -> bool:
    """A word of the company's name elsewhere in the noun's sentence, outside its own phrase (and the
    subject of a joined clause, _joined_clause_subject): 'Brightpath bought the company' is another one."""
    own = {t.i for t in head.subtree} | _joined_clause_subject(head)
    words = set(name.split())
    return any(t.text in words for t in head.sent if t.i not in own)


def _joined_clause_subject(head: Token) -> set[int]:
    """'Acme cut its dividend and the company's shares fell': for a noun in the subject of a clause
    joined by 'and' to one before, or set under it by 'after'/'as'/'when' ('Acme shares jumped after
    the chipmaker reported ...', issue 11), that clause's subject (the same company, not another), else none."""
    t = _subject_verb(head)
    if t.pos_ not in ("VERB", "AUX") or not (t.dep_ == "conj" or _subordinate_clause(t)):
        return set()
    return {w.i for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i for w in c.subtree}


def _subject_verb(head: Token) -> Token:
    """The verb whose subject (or its owner or compound) the noun is; else the last word climbed to."""
    t = head
    while t.dep_ in ("poss", "compound", "nsubj", "nsubjpass") and t.head is not t:
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            break
    return t


_TELLING_MARKS = word_set("subordinating_time_marks")        # 'after', 'as', 'when'


def _subordinate_clause(verb: Token) -> bool:
    """A clause set under the one before it by 'after', 'as', 'when', 'because' or 'since'."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TELLING_MARKS for c in verb.children)


def only_state_before(head: Token) -> str | None:
    """'the state' with no word of its own: the one US state the article named before it (a dateline's
    'Okla.' counts); None for none or several, or when the article brought one in unnamed ('a state')."""
    named = states_before(head)
    return named[0] if len(named) == 1 and not _brought_in_before(head) else None


def states_before(head: Token) -> list[str]:
    """For a bare 'the state', the distinct US states the article named before it; [] for another
    phrase, or when the article spoke of a state by another's name ('the state of Bavaria')."""
    if not _bare_state(head) or _first_state_of(head.doc) < head.left_edge.i:
        return []
    starts, states = _state_mentions(head.doc)
    return list(dict.fromkeys(states[:bisect.bisect_left(starts, head.left_edge.i)]))


@per_document
def _state_mentions(doc: Doc) -> tuple[list[int], list[str]]:
    """The start of each place entity naming a US state, and the state: read once per document, not once
    per 'the state' (each read every entity before it)."""
    states = load_lexicon().states
    found = [(e.start, states[key(e.text)]) for e in ents_of(doc) if e.label_ == "GPE" and key(e.text) in states]
    return [start for start, _ in found], [state for _, state in found]


@per_document
def _first_state_of(doc: Doc) -> int:
    """The first 'the state of <name>' token (`_state_of`), or the document's length."""
    return next((t.i for t in doc if _state_of(t)), len(doc))


def _bare_state(head: Token) -> bool:
    """'the state' alone: not 'the state of emergency' nor 'the southern state' (another thing, or more)."""
    return head.lower_ == "state" and _bare_noun(head)


_COUNTRY_NOUNS = word_set("country_nouns")     # 'the country', 'the nation'


def only_country_before(head: Token, *, any_role: bool = False) -> str | None:
    """A subject 'the country' with no word of its own: the one country the article named before it,
    by name or by its people ('Egyptian President X resigned. The country is now ruled by ...'); None
    for none or several, or for an object ('to enter the country' may be the reporter's own). With
    `any_role`, an owner ('the country's emperor') too, and an object when a sentence just before
    named that country and its own sentence names no other ('Canada ... cases in the country')."""
    roles = ("nsubj", "nsubjpass", "poss") if any_role else ("nsubj", "nsubjpass")
    if head.lower_ not in _COUNTRY_NOUNS or not _bare_noun(head) or head.dep_ not in roles and not any_role:
        return None
    named = _countries_before(head)
    if len(named) != 1 or not all(named.values()):
        return None
    country = next(iter(named))
    if head.dep_ not in roles and not _named_just_before(head, country):
        return None
    return country


_PAIR_COUNTS = frozenset({"two", "both"})


def two_countries_before(head: Token) -> str | None:
    """'The nations', 'the two countries' as a subject or object: 'A and B' when the article named
    exactly two countries before it (as places or peoples), in the order it named them; None for
    any other phrase ('the two NATO countries', 'the countries of the region') or count."""
    if not _bare_pair_of_countries(head):
        return None
    named = _countries_before(head)
    return " and ".join(named) if len(named) == 2 and all(named.values()) else None


def _bare_pair_of_countries(head: Token) -> bool:
    """'the nations', 'the two countries': 'the', perhaps a 'two' or 'both', and no other word of their own."""
    if head.tag_ != "NNS" or head.lemma_.lower() not in ("country", "nation") or head.dep_ not in _NOMINAL_ROLES:
        return False
    kids = [c for c in head.children if c.dep_ != "punct"]
    return bool(kids) and kids[0].lower_ == "the" and all(c.lower_ in _PAIR_COUNTS for c in kids[1:])


def _named_just_before(head: Token, country: str) -> bool:
    """The country was named in the noun's sentence or the few before it, and its sentence names no
    other country (an object 'the country' far from the name may be the reporter's own)."""
    lexicon = load_lexicon()
    sentence = head.sent
    if any(_country_of(e, lexicon) not in (None, country) for e in ents_over(head.doc, sentence.start, sentence.end)):
        return False
    windows = _windows_back(sentence, head.left_edge.i)
    return any(_country_of(e, lexicon) == country for w in windows for e in ents_over(head.doc, w.start, w.end))


def _country_of(e: Span, lexicon) -> str | None:
    """The country an entity names, by its name or by its people."""
    country = lexicon.country_by_key.get(key(e.text)) or \
        (lexicon.demonyms.get(key(e.text)) if e.label_ == "NORP" else None)
    return country.name if country is not None else None


def _countries_before(head: Token) -> dict[str, bool]:
    """Each country named before the phrase -> whether the tagger took it once for a place or its
    people (a country it took for a person, 'Mali', still makes two countries)."""
    starts, found = _country_mentions(head.doc)
    named: dict[str, bool] = {}
    for country, as_place in found[:bisect.bisect_left(starts, head.left_edge.i)]:
        named[country] = named.get(country, False) or as_place
    return named


@per_document
def _country_mentions(doc: Doc) -> tuple[list[int], list[tuple[str, bool]]]:
    """The start of each entity naming a country, and (the country, whether the tagger took it for a
    place or its people): read once per document, not once per 'the country'."""
    lexicon = load_lexicon()
    found = [(e.start, (country, e.label_ in ("GPE", "NORP"))) for e in ents_of(doc)
             for country in [_country_of(e, lexicon)] if country is not None]
    return [start for start, _ in found], [named for _, named in found]


def _bare_noun(head: Token) -> bool:
    """The noun alone with its 'the' ('the state', not 'the state of emergency' nor 'the southern state')."""
    return head.tag_ == "NN" and all(c.dep_ in ("det", "case", "punct") for c in head.children)


def _state_of(t: Token) -> bool:
    """'the state of Bavaria': a state named by a name of another kind than a US state's."""
    return t.lemma_ == "state" and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)


def _brought_in_before(head: Token) -> bool:
    """'A Dallas company made the device. The FBI seized it. The company said ...': the article brought
    in one of the noun's kind without its name; 'the company' may be that one, not the one named."""
    first = _first_brought_in(head.doc).get(head.lemma_)
    return first is not None and first < head.left_edge.i


@per_document
def _first_brought_in(doc: Doc) -> dict[str, int]:
    """For each noun lemma, the first token bringing in a thing of its own of that kind (read once per
    document: every 'the company' asks)."""
    first: dict[str, int] = {}
    for t in doc:
        if t.pos_ == "NOUN" and t.lemma_ not in first and thing_of_its_own(t):
            first[t.lemma_] = t.i
    return first


def companies_before(doc: Doc, before: int) -> list[str]:
    """The distinct companies named before token `before`, each by the form the article uses most (of
    as many, the longest: 'Lattice Works' over 'Lattice', 'Verizon' named ten times over a 'Verizon
    CIO' the tagger took for a name); a name whose words are all in another's is that one. News
    outlets, which tell of the story, are none of them."""
    starts, named = _companies_so_far(doc)
    return list(named[bisect.bisect_left(starts, before)])


@per_document
def _companies_so_far(doc: Doc) -> tuple[list[int], list[tuple[str, ...]]]:
    """The first token of each company mention, and what `companies_before` answers before the k-th
    of them: built in one pass, as each mention's company depends only on those before it (counting
    again from the start for every 'the company' made long articles quadratic)."""
    groups: list[Counter] = []          # each company's forms with how often each was used
    forms: list[set[frozenset[str]]] = []
    best: list[str] = []
    starts, named = [], [()]
    for start, name in _company_mentions(doc):
        words = frozenset(name.split())
        k = next((k for k, fs in enumerate(forms) if any(words <= f or f <= words for f in fs)), None)
        if k is None:
            groups.append(Counter([name]))
            forms.append({words})
            best.append(name)
        else:
            groups[k][name] += 1
            forms[k].add(words)
            best[k] = max(groups[k], key=lambda n, g=groups[k]: (g[n], len(n)))
        starts.append(start)
        named.append(tuple(best))
    return starts, named


_BODY_KINDS = mapping("org_nouns")      # 'University' -> university, 'Corp' -> company
_BUSINESS_KINDS = word_set("business_kinds")
_TRADING_VENUES = word_set("trading_venue_words")


def _no_business(ent: Span) -> bool:
    """'Columbia University', 'Congress', 'the United Nations', 'the Toronto Stock Exchange' (where the
    shares trade): a body 'the company' never means, so no rival to the one company named."""
    kinds = {_BODY_KINDS[w.lower_] for w in ent if w.lower_ in _BODY_KINDS}
    return bool(kinds - _BUSINESS_KINDS) or key(ent.text) in load_lexicon().org_alias or \
        any(w.lower_ in _TRADING_VENUES for w in ent)


@per_document
def _company_mentions(doc: Doc) -> list[tuple[int, str]]:
    """(first token, name) of each company the article names, read once per document: every
    organisation but a news outlet (it tells of the story) or a body of another kind."""
    ents = [e for e in doc.ents if _company_of_the_story(e)]
    mentions = [(e.start, name) for e in ents for name in [_org_name(e.root)] if name]
    makers = product_names([name for _, name in mentions], _thing_names(doc))     # 'Acme Fibrelink TV' is Acme's product
    return [(start, makers.get(name, name)) for start, name in mentions if makers.get(name, name)]


def _company_of_the_story(ent: Span) -> bool:
    return named_as_company(ent) and not news_outlet([w.text for w in ent]) and not _no_business(ent) \
        and not _not_a_company(ent)


def _not_a_company(ent: Span) -> bool:
    """'a Falcon 9 rocket', '30 Boeing 787 jets': a maker's name before a model number names a product,
    whose maker is no actor of the story; 'its failed IPO': a name owned by 'its' or 'their' is a thing
    the tagger took for a company."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    model = after is not None and after.like_num and after.head == ent.root.head and ent.root.dep_ in ("nmod", "compound")
    return model or any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in ent.root.children) or _city_after_place_word(ent)


_PLACE_WORDS = word_set("place_prepositions")


def _city_after_place_word(ent: Span) -> bool:
    """'told reporters in Marseille': a known city the tagger took for an organisation, after a word that
    places it, is where something happened, never what 'the company' means."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.lower_ in _PLACE_WORDS and key(ent.text) in load_lexicon().cities


def _expletive(it: Token) -> bool:
    """'it was revealed that ...', 'it is likely that ...', 'it seems that ...': an 'it' that stands for
    the clause after the verb, which names nothing to resolve it to."""
    verb = it.head
    if it.dep_ not in ("nsubj", "nsubjpass") or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return False
    return it.dep_ == "nsubjpass" or verb.lemma_ in ("be", "seem", "appear")
