"""Dependency-tree helpers shared by the event, factuality and attribution stages.

All functions take spaCy tokens and answer one grammatical question: the subject of a clause, the
objects of a verb, the core of a clause, the chain of governing words.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "attr", "oprd"})
CLAUSE_DEPS = frozenset({"ccomp", "relcl", "advcl", "parataxis", "acl", "xcomp", "pcomp"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Verbs whose object is also the subject of their infinitive ("forced the FSA to flee").
OBJECT_CONTROL = frozenset({"force", "compel", "order", "ask", "urge", "push", "allow", "prompt", "encourage"})


def is_passive(verb: Token) -> bool:
    """True when the verb has a passive subject or passive auxiliary."""
    return any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in verb.children)


def own_subject(verb: Token) -> Token | None:
    """The verb's own subject child, with relative pronouns replaced by the noun they refer to."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return _antecedent(verb.head)
            if child.dep_ == "csubj" and child.tag_ == "VBG" and child.i < verb.i:
                # "employees working in two hospitals boycotted duty": the small model makes the participle
                # the subject clause; its own subject is the verb's subject
                return next((c for c in child.children if c.dep_ == "nsubj" and c.i < child.i), child)
            return child
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    for aux in verb.children:  # "X was on Sunday attacked": the parser may hang the subject on the auxiliary
        if aux.dep_ in ("aux", "auxpass") and aux.i < verb.i:
            subject = next((c for c in aux.children if c.dep_ in SUBJECT_DEPS and c.i < aux.i), None)
            if subject is not None:
                return subject
    if (participle := misread_participle(verb)) is not None:
        return own_subject(participle)
    return None


def misread_participle(verb: Token) -> Token | None:
    """ "Two guards posted at the gate were shot dead": the parser may make the participle that describes the
    subject the root, and the real verb, with its own auxiliary but no "and", its conjunct. The participle
    the verb's subject hangs on, or None."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ROOT" or head.tag_ != "VBN" or verb.pos_ != "VERB":
        return None
    if not any(c.dep_ in ("aux", "auxpass") and c.i < verb.i for c in verb.children):
        return None
    if any(c.dep_ in ("aux", "auxpass", "cc") or c.lower_ in (",", ";") and head.i < c.i < verb.i
           for c in head.children) or any(c.dep_ == "cc" for c in verb.children):
        return None  # "were deployed and were attacked", "deployed ..., were attacked": two clauses
    subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < head.i), None)
    return head if subject is not None else None


def _antecedent(noun: Token) -> Token:
    """The noun a relative clause is about: "an attack on Monday that killed five" is about the attack, though
    the parser hangs the clause on the date before it."""
    prep = noun.head
    if noun.ent_type_ in ("DATE", "TIME") and noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN":
        return prep.head
    return noun


def clause_subject(verb: Token, depth: int = 0) -> Token | None:
    """The subject of a verb, inherited from governing verbs for infinitives, gerunds and conjuncts."""
    subject = own_subject(verb)
    if subject is not None or depth > 6:
        return subject
    head = verb.head
    if head == verb:
        return None
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        governor = head.head
        if governor.pos_ == "ADJ" and governor.dep_ == "amod":
            return governor.head  # "an IS leader responsible for beheading ..."
        return clause_subject(governor, depth + 1)
    if verb.dep_ == "prep":
        return clause_subject(head, depth + 1)
    if verb.dep_ == "xcomp" and head.lemma_ in OBJECT_CONTROL:
        obj = first_child(head, OBJECT_DEPS)
        if obj is not None:
            return obj
    if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp", "acl") and head.pos_ in ("VERB", "AUX"):
        return clause_subject(head, depth + 1)
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
        return clause_subject(head.head, depth + 1)  # "France is ready to send troops"
    return None


def first_child(token: Token, deps: Iterable[str]) -> Token | None:
    """The first child whose dependency label is in `deps`."""
    wanted = frozenset(deps)
    return next((c for c in token.children if c.dep_ in wanted), None)


def objects(token: Token) -> list[Token]:
    """Direct objects (and their conjuncts) of a verb."""
    found = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    return [t for obj in found for t in with_conjuncts(obj)]


def prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the given prepositions attached to `token` (and their conjuncts)."""
    wanted = frozenset(preps)
    out: list[Token] = []
    for prep in token.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in wanted:
            for pobj in prep.children:
                if pobj.dep_ in ("pobj", "pcomp"):
                    out.extend(with_conjuncts(pobj))
    return out


def with_conjuncts(token: Token) -> list[Token]:
    """The token and its chain of coordinated tokens ("A, B and C")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(with_conjuncts(child))
    return out


def governors(token: Token) -> Iterator[Token]:
    """The token's ancestors from nearest to the root."""
    while token.head != token:
        token = token.head
        yield token


def clause_core(verb: Token) -> set[int]:
    """Token indices of the verb's clause without embedded clauses of their own."""
    core: set[int] = set()
    stack = [verb]
    while stack:
        tok = stack.pop()
        core.add(tok.i)
        for child in tok.children:
            if child.dep_ in CLAUSE_DEPS and child.pos_ in ("VERB", "AUX"):
                continue
            if child.dep_ == "conj" and child.pos_ == "VERB":
                continue
            stack.append(child)
    return core


def clause_verb(token: Token) -> Token:
    """The verb that heads the clause a token belongs to (the token itself if it is a verb)."""
    current = token
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX") or current.head == current:
            return current
        current = current.head
    return current
