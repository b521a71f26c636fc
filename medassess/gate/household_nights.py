"""Another adult of the household, sedated, given the baby's nights or bed (rule MA127).

A grandparent, an adult son or daughter, a lodger, a foster carer's partner: a sentence naming such an adult as
its subject ("Chloe's mother", "the foster carer's husband", "the lodger"), saying of that adult, in an aside or
a clause of its own, a sedating medicine taken now or a sedated state ("who takes promethazine to sleep", "on
gabapentin and drowsy most evenings"), and then giving that adult the baby's night care ("does the 3 am feed",
"covers the night feeds"), or the baby in bed, on a sofa or chair, or overnight with that adult ("has the baby in
her bed", "minds the baby on the sofa"), makes the hazard a parent's sedation makes (:mod:`.night_care`): the plan
puts the baby beside a sedated adult. Care negated, conditional or bounded ("never has the baby overnight",
"holds the baby only in the morning"), care in the daytime, and a medicine stopped or never taken ("who stopped
promethazine in May", "who takes nothing sedating") are no hazard; a condition that leaves the adult the lone
carer ("when Sandra is on a late shift") bounds nothing. The words are data in ``mappings/concerns.toml``
(``[household_nights]``, with ``[night_care]``), read on normalised text, so look-alike letters and invisible
characters hide nothing."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..core.resources import mapping_table
from .classes import medicine_classes
from .names import mentions
from .night_care import baby_words, holds_any, longest_at, night_by_the_clock_at, night_care_at
from .text import normalise, unpossessed

_TOKEN = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*|[,;:()]")
_SENTENCE_END = re.compile(r"(?<!\d)[.!?](?!\d)|\n")
_SEGMENT_END = frozenset({";", ":", "(", ")"})
_COMMA = ","
_SEDATING = "sedation-safe-sleep"
"""The concern of a medicine whose taker may sleep too deeply to share the baby's sleep safely."""

Phrase = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Household:
    persons: frozenset[str]
    """Adults of the household after a possessive ("Chloe's mother", "her brother", "her eldest son")."""
    partners: frozenset[str]
    """Partner words: a third person's only after a possessive that is no parent's ("Sandra's partner")."""
    bare_persons: tuple[Phrase, ...]
    """Adults of the household named alone ("the lodger", "Nan", "the foster carer")."""
    carers: tuple[Phrase, ...]
    """Carers who are never the baby's parents, as possessors ("the foster carer's husband")."""
    parent_possessors: frozenset[str]
    """Possessors that make a partner word a parent ("mum's partner", "the baby's father")."""
    own_kin_context: frozenset[str]
    subject_reach: int
    leads: frozenset[str]
    pronouns: frozenset[str]
    skips: frozenset[str]
    care_verbs: tuple[Phrase, ...]
    shared_sleep: tuple[Phrase, ...]
    places: tuple[Phrase, ...]
    daytime: tuple[Phrase, ...]
    sedated: tuple[Phrase, ...]
    sedation_blockers: tuple[Phrase, ...]
    care_blockers: tuple[Phrase, ...]
    subordinators: frozenset[str]
    lone_openers: frozenset[str]
    lone_reach: int
    lone_times: tuple[Phrase, ...]


def _phrases(values: Sequence[str]) -> tuple[Phrase, ...]:
    """``values`` as word tuples, longest first."""
    found = (tuple(w for w in _TOKEN.findall(normalise(v)) if w not in ",;:()") for v in values)
    return tuple(sorted(found, key=len, reverse=True))


def _words_of(values: Sequence[str]) -> frozenset[str]:
    return frozenset(normalise(v) for v in values)


@functools.cache
def _household() -> _Household:
    """The shipped ``[household_nights]`` words (read once), with ``[night_care]``'s hazard and lone times."""
    raw = mapping_table("concerns.toml")["household_nights"]
    night = mapping_table("concerns.toml")["night_care"]
    return _Household(
        persons=_words_of(raw["persons"]),
        partners=_words_of(raw["partners"]),
        bare_persons=_phrases(raw["bare_persons"]),
        carers=_phrases(raw["carers"]),
        parent_possessors=_words_of(raw["parent_possessors"]),
        own_kin_context=_words_of(raw["own_kin_context"]),
        subject_reach=int(raw["subject_reach"]),
        leads=_words_of(raw["leads"]),
        pronouns=_words_of(raw["pronouns"]),
        skips=_words_of(raw["skips"]),
        care_verbs=_phrases(raw["care_verbs"]),
        shared_sleep=_phrases(raw["shared_sleep"]),
        places=_phrases(raw["places"]),
        daytime=_phrases(raw["daytime"]),
        sedated=_phrases([*night["hazard"], *raw["sedated"]]),
        sedation_blockers=_phrases([*night["hazard_blockers"], *raw["sedation_blockers"]]),
        care_blockers=_phrases(raw["care_blockers"]),
        subordinators=_words_of(raw["subordinators"]),
        lone_openers=_words_of(night["lone_openers"]),
        lone_reach=int(night["lone_reach"]),
        lone_times=_phrases(night["lone_times"]),
    )


def _subject_end(words: Sequence[str], before: Sequence[str], parents: frozenset[str], found: _Household) -> int:
    """Where a subject naming an adult of the household who is no parent ends at the start of ``words`` (0: none):
    a possessive and one of ``persons`` within ``subject_reach`` words ("Chloe's eldest son", "her mother"; not
    after a baby word earlier in the sentence, ``before``), a possessive of no parent and a partner word ("Sandra's
    partner", "the foster carer's husband"), or one of ``bare_persons`` ("the lodger")."""
    i = 1 if words and words[0] in ("the", "a") else 0
    if length := longest_at(words, i, found.bare_persons):
        return i + length
    owner_end = i
    if length := longest_at([*words[:i], *(unpossessed(w) for w in words[i : i + 3])], i, found.carers):
        carer = True
        owner_end = i + length - 1
    else:
        carer = False
    if owner_end >= len(words):
        return 0
    owner = words[owner_end]
    possessive = owner.endswith(("'s", "'"))
    if not (possessive or owner in ("her", "his")):
        return 0
    # a stray comma right after the possessive ("Her, sister takes ...") ends no subject: read past it
    stray = int(owner_end + 1 < len(words) and words[owner_end + 1] == _COMMA)
    for j in range(owner_end + 1 + stray, min(len(words), owner_end + 2 + stray + found.subject_reach)):
        word = words[j]
        if word == _COMMA:
            return 0
        if word in found.persons:
            if found.own_kin_context & set(before) or unpossessed(owner) in found.parent_possessors:
                return 0  # "the baby girl ... her mother", "the baby's mother": the mother herself
            return j + 1
        if word in found.partners:
            parent = unpossessed(owner) in parents or unpossessed(owner) in found.parent_possessors or not possessive
            return 0 if parent and not carer else j + 1
    return 0


def _sedating_named(words: Sequence[str]) -> bool:
    """Whether ``words`` name a medicine whose class bears on sedation and safe sleep."""
    classes = medicine_classes().classes
    for mention in mentions(" ".join(words), fuzzy=False):
        if any(_SEDATING in classes[c].concerns for c in mention.entry.classes if c in classes):
            return True
    return False


def _parts(words: Sequence[str]) -> list[list[str]]:
    """``words`` cut at commas and at "and", "but" and "so" (each part without them); "or" does not cut, so a
    negation reaches past it ("never has the baby overnight or naps with the baby")."""
    out: list[list[str]] = [[]]
    for word in words:
        if word in (_COMMA, "and", "but", "so"):
            out.append([])
        else:
            out[-1].append(word)
    return [p for p in out if p]


def _sedation_said(words: Sequence[str], found: _Household) -> bool:
    """Whether a part of ``words`` says its adult takes a sedating medicine now or is sedated, with none of
    ``sedation_blockers`` in that part ("who stopped promethazine in May", "takes nothing sedating"), up to its
    first of ``subordinators`` ("does the night feeds while she is drowsy" says nothing of the adult)."""
    for whole in _parts(words):
        # "while she is drowsy": a clause of its own, of someone else, ends the adult's
        part = whole[: next((j for j, w in enumerate(whole) if w in found.subordinators), len(whole))]
        if holds_any(part, found.sedation_blockers):
            continue
        if holds_any(part, found.sedated) or _sedating_named(part):
            return True
    return False


def _without_lone_times(words: Sequence[str], found: _Household) -> list[str]:
    """``words`` without each condition that leaves the adult the lone carer (``lone_openers``, at most
    ``lone_reach`` words, one of ``lone_times``: "when Sandra is on a late shift")."""
    kept: list[str] = []
    i = 0
    while i < len(words):
        if words[i] in found.lone_openers:
            end = next(
                (j + n for j in range(i + 2, min(len(words), i + 2 + found.lone_reach))
                 if (n := longest_at(words, j, found.lone_times))),
                None,
            )
            if end is not None:
                i = end
                continue
        kept.append(words[i])
        i += 1
    return kept


def _care_given(words: Sequence[str], found: _Household) -> bool:
    """Whether ``words`` (a clause of the adult's, its subject gone) give the adult the baby's night care or the
    baby in bed, on a sofa or chair or overnight with them, with none of ``care_blockers`` and, for a place, no
    daytime ("holds the baby on the sofa in the morning")."""
    clause = _without_lone_times(words, found)
    if holds_any(clause, found.care_blockers):
        return False
    i = 0
    while i < len(clause) and (clause[i] in found.leads or clause[i] in found.pronouns or clause[i] in found.skips):
        i += 1
    babies = baby_words()
    if length := longest_at(clause, i, found.shared_sleep):
        return not babies.isdisjoint(clause[i + length :])  # "dozes on the sofa with the baby"
    if not (length := longest_at(clause, i, found.care_verbs)):
        return False
    i += length
    if night_care_at(clause, i):
        return True
    if any(night_by_the_clock_at(clause, j) for j in range(i, min(len(clause), i + 3))):
        return True  # "does the 3 am feed", past "the"
    baby = next((j for j in range(i, len(clause)) if clause[j] in babies), None)
    if baby is None or holds_any(clause, found.daytime):
        return False
    return holds_any(clause[baby + 1 :], found.places)


def _predicates(words: Sequence[str], found: _Household) -> list[list[str]]:
    """The adult's own clauses after the subject and its asides: cut at commas and "and", each opening (past
    leads, a pronoun and adverbs) on a verb of care, of use or of state, or on a negation; the first that opens on
    anything else (someone else's clause: "Chloe does the nights") ends them."""
    out: list[list[str]] = []
    for part in _parts(words):
        i = 0
        while i < len(part) and (part[i] in found.leads or part[i] in found.pronouns or part[i] in found.skips):
            i += 1
        if i < len(part) and (
            longest_at(part, i, found.care_verbs)
            or longest_at(part, i, found.shared_sleep)
            or longest_at(part, i, found.care_blockers)
            or longest_at(part, i, found.sedated)
            or part[i] in ("takes", "is", "uses", "has", "was", "sleeps", "dozes", "on")
        ):
            out.append(part)
            continue
        break
    return out


def nights_to_a_sedated_householder(text: str, parents: frozenset[str]) -> bool:
    """Whether a sentence of ``text`` names an adult of the household who is no parent (``parents``: the words of
    the parents' own names) as its subject, says that adult is sedated or takes a sedating medicine now, and gives
    that adult the baby's night care, or the baby in bed, on a sofa or chair or overnight with them."""
    normalised = normalise(text)
    found = _household()
    for sentence in _SENTENCE_END.split(normalised):
        tokens = _TOKEN.findall(sentence)
        start = 0
        for k in range(len(tokens) + 1):
            if k < len(tokens) and tokens[k] not in _SEGMENT_END:
                continue
            segment, before = tokens[start:k], tokens[:start]
            start = k + 1
            i = 0
            while i < len(segment) and segment[i] in found.leads:
                i += 1
            if not (end := _subject_end(segment[i:], before, parents, found)):
                continue
            rest = segment[i + end :]
            asides: list[str] = []
            while rest and rest[0] == _COMMA:
                close = next((j for j in range(1, len(rest)) if rest[j] == _COMMA), len(rest))
                asides += rest[1:close]
                rest = rest[close + 1 :]
            clauses = _predicates(rest, found)
            care = [c for c in clauses if _care_given(c, found)]
            if care and (_sedation_said(asides, found) or any(_sedation_said(c, found) for c in clauses)):
                return True
    return False
