"""Whether a medicine a text names is advised against or contrasted, rather than one she takes.

"Avoid codeine-based painkillers", "instead of valproate", "do not start mirtazapine", "sertraline was
stopped": each names a medicine without saying she takes it, so the record need not list it. The cue phrases are
data (``[mentions]`` in ``mappings/names.toml``) and are read within one sentence of the normalised text:

- after an *against* cue ("avoid", "do not start", "never") or a *hypothetical* one ("than", "could", "if",
  "switch ... to"), every medicine named up to the end of the sentence or the next *resume* cue ("start",
  "continue", "but") is advised against or not taken now;
- after a *contrast* cue ("instead of", "switched from", "stopped"), only the next medicine named is contrasted,
  with any listed beside it by commas, "and" or "or" alone ("tried lamotrigine and levetiracetam"): in
  "switched from sertraline to fluoxetine", fluoxetine is one she takes;
- after a *past* cue ("in her previous pregnancy"), every medicine named up to the end of the sentence or the
  next *past_ends* cue ("now", "this pregnancy", "but") is history, whatever she did with it then;
- after an *earlier_children* cue ("her first baby") and then a *given_to_them* one ("needed") in its sentence, a
  medicine within ``given_reach`` words of the verb, in its clause, was that child's ("her first baby, born in
  2022, needed morphine"), unless a *child_ends* word ("she") turns to someone else;
- an *after* cue in the same clause after the medicine ("codeine should be avoided", "sertraline was stopped",
  "phenobarbital for the baby") marks it too, and so does a denial right before the name ("but no codeine");
- a *weighed* cue after the medicine ("lamotrigine was considered and", "was discussed but ruled out") makes it an
  option weighed, unless a *resume* cue follows in its clause ("was discussed and started") that is not another
  medicine's ("was considered and sertraline continues");
- but a use now stated after the name in its sentence, or in the clause after a semicolon or colon ("is no longer
  prescribed; she buys it online", "was stopped and restarted last month"), wins over all of these.
"""

from __future__ import annotations

import functools
import re
import sys
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..core.resources import data_path
from .english import zipf
from .names import Mention, mentions, name_index
from .phrases import alternation
from .substance import shipped_lexicon
from .text import normalise, unpossessed
from .wording import Phrases, tokens

_WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")
_SENTENCE_END = re.compile(r"(?<!\d)[.;:!?](?!\d)")
_FULL_STOP = re.compile(r"(?<!\d)[.!?](?!\d)|\n")
"""What ends a whole sentence, past its semicolons and colons."""
_CLAUSE_END = re.compile(r"(?<!\d)[,.;:!?](?!\d)|$")
_CLAUSE_MARK = re.compile(r"(?<!\d)[,.;:!?](?!\d)")
_AFTER_REACH = 6
"""How many words after the medicine an after-cue may start ("codeine, if needed at all, should be avoided"
is cut at the comma; "sertraline 50 mg was stopped" is within reach)."""

Phrase = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Cues:
    against: tuple[Phrase, ...]
    contrast: tuple[Phrase, ...]
    resume: tuple[Phrase, ...]
    after: tuple[Phrase, ...]
    negations: frozenset[str] = frozenset()
    """Words that negate a resume cue just after them ("never been prescribed")."""
    negation_reach: int = 0
    just_before: frozenset[str] = frozenset()
    """Words that, right before the name, deny it ("but no codeine", "neither tramadol nor codeine")."""
    mothers: tuple[Phrase, ...] = ()
    """Words right before a name that make it the mother's ("she takes", "her"): see :func:`whose`."""
    partners: tuple[Phrase, ...] = ()
    """Words right before a name that make it the partner's ("he takes", "his", "father's")."""
    babies: tuple[Phrase, ...] = ()
    """Words right before a name that make it the baby's ("the baby's")."""
    babies_after: tuple[Phrase, ...] = ()
    """Words right after a name that make it the baby's ("given by the neonatal team"): see :func:`for_the_baby`."""
    babies_by_pronoun: tuple[Phrase, ...] = ()
    """Words right before a name that make it the baby's, told by a pronoun ("gives him", "treat him with"), when
    one of ``neonatal_givers`` comes earlier in the sentence: see :func:`for_the_baby`."""
    neonatal_givers: tuple[Phrase, ...] = ()
    babys_triggers: tuple[Phrase, ...] = ()
    """What of the baby's, earlier in the name's clause, starts a medicine told by one of ``trigger_verbs`` right
    before the name ("two scores of 9 or more start oral morphine"): see :func:`for_the_baby`."""
    trigger_verbs: tuple[Phrase, ...] = ()
    triggers_not_babys: tuple[Phrase, ...] = ()
    treat_helpers: frozenset[str] = frozenset()
    treat_verbs: tuple[Phrase, ...] = ()
    babys_treated: tuple[Phrase, ...] = ()
    """What a treatment treats, told after one of ``treat_verbs``, that makes it the baby's ("will settle the baby's
    withdrawal"): see :func:`_treats_the_babys`."""
    neonatal_starts: tuple[Phrase, ...] = ()
    """Words opening a clause after the name that, before one of ``neonatal_givers``, make it the baby's ("started
    by the neonatal team"): see :func:`_started_by_a_neonatal_giver`."""
    participle_starts: tuple[Phrase, ...] = ()
    """Words opening a clause right before the name that give it to the sentence's subject ("..., starting oral
    morphine"): see :func:`_started_by_the_subject`."""
    """What, in the clause before the trigger verb, makes the score an adult's ("her pain scores start morphine")."""
    per_weight: frozenset[str] = frozenset()
    """Words for a kilo of body weight: a dose per one right after a name is a baby's ("0.04 mg/kg"): see
    :func:`for_the_baby`."""
    from_a_parent: tuple[Phrase, ...] = ()
    """Words right after the baby's medicine that make it a parent's reaching the baby ("the baby's diazepam
    withdrawal"): see :func:`the_babys_own`."""
    from_a_supplier: frozenset[str] = frozenset()
    """Words after "from her"/"from his" (past "own") that name who supplies the medicine ("from his own GP"): the
    supply, not a parent: see :func:`_reaching_the_child`."""
    whose_gap: frozenset[str] = frozenset()
    whose_reach: int = 0
    past: tuple[Phrase, ...] = ()
    """Words placing what follows in an earlier pregnancy ("in her previous pregnancy"): every medicine named
    after one in its sentence is history, whatever she did then ("she switched to lamotrigine"), until one of
    ``past_ends`` turns to now."""
    past_ends: tuple[Phrase, ...] = ()
    asides: tuple[Phrase, ...] = ()
    """Words opening an aside that names a medicine in passing ("alongside", "as well as"): see :func:`in_passing`."""
    aside_reach: int = 0
    remarks: tuple[Phrase, ...] = ()
    """Words after a name that only say it is on her list ("is also on her list"): see :func:`in_passing`."""
    lead_remarks: tuple[Phrase, ...] = ()
    """Words before a name that only say she takes it ("also on", "she also takes"), the whole of its sentence or
    bracket besides the name and its strength: see :func:`in_passing`."""
    list_joins: frozenset[str] = frozenset()
    """Words that join the names of a list a remark speaks of ("and", "or"): see :func:`in_passing`."""
    bracket_joins: tuple[Phrase, ...] = ()
    """Words opening a bracket that adds a medicine to what its sentence says of another ("(and sertraline)",
    "(plus pregabalin)"): see :func:`in_bracket_aside`."""
    weighed: tuple[Phrase, ...] = ()
    """Words after a name that make it an option weighed, not taken ("was considered and", "was rejected"), unless
    a ``resume`` cue follows in its clause ("was discussed and continues"): see :func:`advised_against`."""
    weighed_by: tuple[Phrase, ...] = ()
    """Words after a name that leave it to someone to weigh ("is for the neurologist to weigh", "will be weighed
    by"), as ``weighed`` does, unless a ``resume`` cue not one of ``turns`` came before ("started, and its dose is
    for the psychiatrist to decide")."""
    turns: frozenset[str] = frozenset()
    after_far_reach: int = 0
    """How far on an ``after`` cue may still mark the name, past its own words: see :func:`_after_its_phrase`."""
    after_far_breaks: frozenset[str] = frozenset()
    earlier_children: tuple[Phrase, ...] = ()
    """Words naming a child born before this baby ("her first baby", "her older son"): a medicine right after
    one of ``given_to_them`` said of that child in its sentence is the child's: see :func:`advised_against`."""
    given_to_them: tuple[Phrase, ...] = ()
    given_reach: int = 0
    child_ends: frozenset[str] = frozenset()
    after_far_joins: frozenset[str] = frozenset()
    """Of ``after_far_breaks``, those that break only where a clause starts after them ("and", "or")."""
    clause_openers: frozenset[str] = frozenset()
    clause_verbs: frozenset[str] = frozenset()
    parenthesis_reach: int = 0
    """How many words an aside between commas right after a name may run: see :func:`_past_its_aside`."""
    parenthesis_auxiliaries: frozenset[str] = frozenset()
    parenthesis_relatives: frozenset[str] = frozenset()
    """Words opening a relative aside ("which", "that"): one may name another medicine ("X, which she took before
    Y, is not restarted"), as it speaks of the name before it: see :func:`_past_its_aside`."""
    denied_use: tuple[Phrase, ...] = ()
    """Words right before a name that say she does not take it now ("has not taken", "is not on", "off"): see
    :func:`_not_taken_now`."""
    denied_use_gap: frozenset[str] = frozenset()
    denied_use_manner: frozenset[str] = frozenset()
    denied_use_breaks: tuple[Phrase, ...] = ()
    answers_no: tuple[Phrase, ...] = ()
    """Words opening an answer that say no to the question or ask before it: see :func:`_answered_no`."""
    asked: tuple[Phrase, ...] = ()
    third_persons: frozenset[str] = frozenset()
    """Words for someone other than the parents and the baby ("sister", "friend"): see :func:`_anothers`."""
    third_person_kin: frozenset[str] = frozenset()
    third_person_children: frozenset[str] = frozenset()
    """Words for a child of the household ("son", "daughter"): whatever the child takes is the child's, but a
    medicine told as reaching the child (``from_a_parent``: "her son's methadone withdrawal") is a parent's."""
    third_person_partners: frozenset[str] = frozenset()
    """Words for a partner ("husband", "partner"): a third person's only after a third person's or another carer's
    possessive ("the foster carer's husband") or after "her"/"his" where another carer is the last named before it:
    see :func:`_a_partners_owner`."""
    other_carers: tuple[Phrase, ...] = ()
    """Words for someone caring who is never a parent ("foster carer", "childminder"): a person for
    ``third_person_partners`` only."""
    own_kin_possessors: frozenset[str] = frozenset()
    own_kin_context: frozenset[str] = frozenset()
    third_person_uses: tuple[Phrase, ...] = ()
    third_person_adjacent: tuple[Phrase, ...] = ()
    """Of ``third_person_uses``, those that are no verb ("on"): the person must be right before them ("a neighbour
    on X"), not earlier ("her sister worries about her on X" is hers)."""
    parent_subjects: frozenset[str] = frozenset()
    clause_joins: frozenset[str] = frozenset()
    shared_uses: tuple[Phrase, ...] = ()
    ended_later: tuple[Phrase, ...] = ()
    """Words later in a name's sentence that end its supply ("ran out"): see :func:`_ended_later`."""
    used_now: tuple[Phrase, ...] = ()
    """Words after a name that say she takes it now ("she buys it", "restarted last month"): see :func:`_used_now`."""
    used_now_hedges: frozenset[str] = frozenset()
    used_now_skip: frozenset[str] = frozenset()
    used_now_objects: frozenset[str] = frozenset()
    used_now_determiners: frozenset[str] = frozenset()
    used_now_forms: frozenset[str] = frozenset()
    used_now_supplies: tuple[Phrase, ...] = ()
    """Of ``used_now``, verbs of supplying her ("supplies", "gives her"): a third person as subject keeps it hers."""
    planned_after: tuple[Phrase, ...] = ()
    """Words after a name that plan its start ("is to be added"): see :func:`_planned_on_a_condition`."""
    planned_conditions: tuple[Phrase, ...] = ()


_YEAR_CUE = "#year"
"""A phrase word that matches any year from 1900 to 2099 ("until #year" matches "until 2019")."""
_YEAR_SLOT = "medassessyearslot"
_END_CUE = "#end"
"""A phrase word that matches only the end of the clause ("was considered #end": "lamotrigine was considered.")."""
_END_SLOT = "medassessendslot"


def _phrase(value: str) -> Phrase:
    words = _WORD.findall(normalise(value.replace(_YEAR_CUE, _YEAR_SLOT).replace(_END_CUE, _END_SLOT)))
    # Each word interned: tens of thousands of phrases share a few thousand words (issue 14's memory).
    return tuple(_YEAR_CUE if w == _YEAR_SLOT else _END_CUE if w == _END_SLOT else sys.intern(w) for w in words)


def cue_phrases(values: Sequence[str]) -> tuple[Phrase, ...]:
    # Longest first, so "do not start" is read before "start".
    return tuple(sorted((_phrase(v) for v in values), key=len, reverse=True))


@functools.cache
def mention_cues() -> dict[str, Any]:
    """mappings/names.toml's ``[mentions]`` table as written (read once, for :func:`cues` and the readings of
    medicines she is not given, :mod:`medassess.gate.untaken`)."""
    raw: dict[str, Any] = tomllib.loads((data_path("mappings") / "names.toml").read_text(encoding="utf-8"))["mentions"]
    return raw


_THE_TEAM = "neonatal team "


def _as_the_neonatal_team(phrases: Sequence[str], teams: Sequence[str], first: Sequence[str] = ()) -> list[str]:
    """``phrases`` with each that opens with "neonatal team" read too with each of ``teams`` in its place, its verb
    also in the plural ("neonatal team starts" gives "scbu starts" and "paediatricians start"), and each of these
    with each of ``first`` between the team and its verb ("paediatric registrar reviews and starts")."""
    found = list(phrases)
    for phrase in phrases:
        if not phrase.startswith(_THE_TEAM):
            continue
        rest = phrase[len(_THE_TEAM) :]
        verb, _, tail = rest.partition(" ")
        plural = verb[:-1] if verb.endswith("s") and not verb.endswith("ss") else verb
        for team in ("neonatal team", *teams):
            for before in ("", *first):
                said = " ".join(filter(None, (team, before)))
                plain = " ".join(filter(None, (said, plural, tail)))
                # After "to" only the verb's plain form is English ("sees the baby to decide on").
                found += [plain] if before.endswith(" to") else [f"{said} {rest}", plain]
    return list(dict.fromkeys(found))


@functools.cache
def cues() -> Cues:
    """The shipped cue phrases (read once)."""
    raw = mention_cues()
    against = cue_phrases([*raw["against"], *raw["hypothetical"]])
    return Cues(
        against,
        contrast=cue_phrases(raw["contrast"]),
        resume=cue_phrases(raw["resume"]),
        after=cue_phrases(raw["after"]),
        planned_after=cue_phrases(raw.get("planned_after", ())),
        planned_conditions=cue_phrases(raw.get("planned_conditions", ())),
        negations=frozenset(normalise(n) for n in raw["negations"]),
        negation_reach=int(raw["negation_reach"]),
        just_before=frozenset(normalise(w) for w in raw.get("just_before", ())),
        mothers=cue_phrases(raw.get("mothers", ())),
        partners=cue_phrases(raw.get("partners", ())),
        babies=cue_phrases(
            _as_the_neonatal_team(
                raw.get("babies", ()), raw.get("neonatal_teams", ()), raw.get("neonatal_teams_first", ())
            )
        ),
        babies_after=cue_phrases(raw.get("babies_after", ())),
        babies_by_pronoun=cue_phrases(raw.get("babies_by_pronoun", ())),
        neonatal_givers=cue_phrases(raw.get("neonatal_givers", ())),
        babys_triggers=cue_phrases(raw.get("babys_triggers", ())),
        trigger_verbs=cue_phrases(raw.get("trigger_verbs", ())),
        triggers_not_babys=cue_phrases(raw.get("triggers_not_babys", ())),
        treat_helpers=frozenset(normalise(w) for w in raw.get("treat_helpers", ())),
        treat_verbs=cue_phrases(raw.get("treat_verbs", ())),
        babys_treated=cue_phrases(raw.get("babys_treated", ())),
        neonatal_starts=cue_phrases(raw.get("neonatal_starts", ())),
        participle_starts=cue_phrases(raw.get("participle_starts", ())),
        per_weight=frozenset(normalise(w) for w in raw.get("per_weight", ())),
        from_a_parent=cue_phrases(raw.get("from_a_parent", ())),
        from_a_supplier=frozenset(normalise(w) for w in raw.get("from_a_supplier", ())),
        whose_gap=frozenset(normalise(w) for w in raw.get("whose_gap", ())),
        whose_reach=int(raw.get("whose_reach", 0)),
        past=cue_phrases(raw.get("past", ())),
        past_ends=cue_phrases(raw.get("past_ends", ())),
        asides=cue_phrases(raw.get("asides", ())),
        aside_reach=int(raw.get("aside_reach", 0)),
        remarks=cue_phrases(raw.get("remarks", ())),
        lead_remarks=cue_phrases(raw.get("lead_remarks", ())),
        list_joins=frozenset(normalise(w) for w in raw.get("list_joins", ())),
        bracket_joins=cue_phrases(raw.get("bracket_joins", ())),
        weighed=cue_phrases(raw.get("weighed", ())),
        weighed_by=cue_phrases(raw.get("weighed_by", ())),
        turns=frozenset(normalise(w) for w in raw.get("turns", ())),
        after_far_reach=int(raw.get("after_far_reach", 0)),
        after_far_breaks=frozenset(normalise(w) for w in raw.get("after_far_breaks", ())),
        earlier_children=cue_phrases(raw.get("earlier_children", ())),
        given_to_them=cue_phrases(raw.get("given_to_them", ())),
        given_reach=int(raw.get("given_reach", 0)),
        child_ends=frozenset(normalise(w) for w in raw.get("child_ends", ())),
        after_far_joins=frozenset(normalise(w) for w in raw.get("after_far_joins", ())),
        clause_openers=frozenset(normalise(w) for w in raw.get("clause_openers", ())),
        clause_verbs=frozenset(normalise(w) for w in raw.get("clause_verbs", ())),
        parenthesis_reach=int(raw.get("parenthesis_reach", 0)),
        parenthesis_auxiliaries=frozenset(normalise(w) for w in raw.get("parenthesis_auxiliaries", ())),
        parenthesis_relatives=frozenset(normalise(w) for w in raw.get("parenthesis_relatives", ())),
        denied_use=cue_phrases(raw.get("denied_use", ())),
        denied_use_gap=frozenset(normalise(w) for w in raw.get("denied_use_gap", ())),
        denied_use_manner=frozenset(normalise(w) for w in raw.get("denied_use_manner", ())),
        denied_use_breaks=cue_phrases(raw.get("denied_use_breaks", ())),
        answers_no=cue_phrases(raw.get("answers_no", ())),
        asked=cue_phrases(raw.get("asked", ())),
        third_persons=frozenset(normalise(w) for w in raw.get("third_persons", ())),
        third_person_kin=frozenset(normalise(w) for w in raw.get("third_person_kin", ())),
        third_person_children=frozenset(normalise(w) for w in raw.get("third_person_children", ())),
        third_person_partners=frozenset(normalise(w) for w in raw.get("third_person_partners", ())),
        other_carers=cue_phrases(raw.get("other_carers", ())),
        own_kin_possessors=frozenset(normalise(w) for w in raw.get("own_kin_possessors", ())),
        own_kin_context=frozenset(normalise(w) for w in raw.get("own_kin_context", ())),
        third_person_uses=cue_phrases(raw.get("third_person_uses", ())),
        third_person_adjacent=cue_phrases(raw.get("third_person_adjacent", ())),
        parent_subjects=frozenset(normalise(w) for w in raw.get("parent_subjects", ())),
        clause_joins=frozenset(normalise(w) for w in raw.get("clause_joins", ())),
        shared_uses=cue_phrases(raw.get("shared_uses", ())),
        ended_later=cue_phrases(raw.get("ended_later", ())),
        used_now=cue_phrases(raw.get("used_now", ())),
        used_now_hedges=frozenset(normalise(w) for w in raw.get("used_now_hedges", ())),
        used_now_skip=frozenset(normalise(w) for w in raw.get("used_now_skip", ())),
        used_now_objects=frozenset(normalise(w) for w in raw.get("used_now_objects", ())),
        used_now_determiners=frozenset(normalise(w) for w in raw.get("used_now_determiners", ())),
        used_now_forms=frozenset(normalise(w) for w in raw.get("used_now_forms", ())),
        used_now_supplies=cue_phrases(raw.get("used_now_supplies", ())),
    )


_A_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def _matches(word: str, cue: str) -> bool:
    return word == cue or (cue == _YEAR_CUE and _A_YEAR.fullmatch(word) is not None)


def phrase_at(words: Sequence[str], i: int, phrases: tuple[Phrase, ...]) -> int:
    """The length of the longest phrase starting at word ``i``, or 0 ("#year" in a phrase matches a year)."""
    first = words[i] if i < len(words) else None
    # Only the phrases that may start here, in their order: those opening on this word, on "#year", and an empty
    # one (it ends the search at length 0). Every phrase was compared with the word before (perf57, issue 14).
    by_first, anywhere = _phrases_by_first(phrases)
    for phrase in by_first.get(first, anywhere) if first is not None else anywhere:
        if len(words) - i >= len(phrase) and all(_matches(w, c) for w, c in zip(words[i:], phrase, strict=False)):
            return len(phrase)
    return 0


def _phrases_by_first(phrases: tuple[Phrase, ...]) -> tuple[dict[str, tuple[Phrase, ...]], tuple[Phrase, ...]]:
    """For each first word of ``phrases``, the phrases :func:`phrase_at` tries at it, in their order (those opening
    on it, on "#year", and any empty one), and those it tries at any other word. Made once per table (the tables
    are read once; keyed by identity as :data:`_BY_FIRST` says)."""
    held = _BY_FIRST.get(id(phrases))
    if held is not None and held[0] is phrases:
        return held[1]
    anywhere = tuple(p for p in phrases if not p or p[0] == _YEAR_CUE)
    firsts = {p[0] for p in phrases if p and p[0] != _YEAR_CUE}
    by_first = {w: tuple(p for p in phrases if not p or p[0] == w or p[0] == _YEAR_CUE) for w in firsts}
    if len(_BY_FIRST) >= _BY_FIRST_MAX:
        del _BY_FIRST[next(iter(_BY_FIRST))]
    _BY_FIRST[id(phrases)] = (phrases, (by_first, anywhere))
    return by_first, anywhere


_BY_FIRST: dict[int, tuple[tuple[Phrase, ...], tuple[dict[str, tuple[Phrase, ...]], tuple[Phrase, ...]]]] = {}
""":func:`_phrases_by_first` by the table's identity; each entry holds its table, so the identity cannot pass on.
Hashing a table of phrases on every call would cost more than the lookup saves."""
_BY_FIRST_MAX = 256
"""At most this many tables indexed at a time, the oldest dropped first (the module's tables number a few dozen)."""


_COORDINATED = re.compile(r"(?:\s|,|/|&|\band\b|\bor\b|\bnor\b)*")
"""What may stand between medicines listed together after one contrast cue ("tried lamotrigine and
levetiracetam", "stopped citalopram, sertraline or fluoxetine")."""


def _listed_after(normalised: str, cue_at: int, mention: Mention, others: Sequence[Mention]) -> bool:
    """Whether ``mention`` is the first medicine named after the contrast cue at ``cue_at``, or one listed with
    it by commas, "and" or "or" alone: in "switched from sertraline to fluoxetine" only sertraline is."""
    between = sorted((m for m in others if cue_at < m.start < mention.start), key=lambda m: m.start)
    if not between:
        return True
    ends = [m.end for m in between]
    starts = [m.start for m in between[1:]] + [mention.start]
    return all(_COORDINATED.fullmatch(normalised, end, start) for end, start in zip(ends, starts, strict=True))


def _denied_just_before(normalised: str, mention: Mention, others: Sequence[Mention], denials: frozenset[str]) -> bool:
    """Whether the word right before ``mention``, or before the first of the medicines listed with it by commas,
    "and" or "or" alone, denies it ("but no codeine", "no codeine or co-codamol")."""
    first = mention
    while True:
        before = [m for m in others if m.end <= first.start and _COORDINATED.fullmatch(normalised, m.end, first.start)]
        if not before:
            break
        first = max(before, key=lambda m: m.end)
    words = _WORD.findall(normalised, max(0, first.start - 40), first.start)
    return bool(words) and words[-1] in denials


def _first_listed(normalised: str, mention: Mention, others: Sequence[Mention]) -> Mention:
    """The first of the medicines listed with ``mention`` by commas, "and" or "or" alone, ending at it."""
    first = mention
    while True:
        before = [m for m in others if m.end <= first.start and _COORDINATED.fullmatch(normalised, m.end, first.start)]
        if not before:
            return first
        first = max(before, key=lambda m: m.end)


def _ends_on(words: Sequence[str], phrases: tuple[Phrase, ...]) -> bool:
    return any(len(words) >= len(p) and tuple(words[len(words) - len(p) :]) == p for p in phrases)


def _any_start(words: Sequence[str], phrases: tuple[Phrase, ...]) -> bool:
    return any(phrase_at(words, i, phrases) for i in range(len(words)))


_CLAUSE_STOP = re.compile(r"(?<!\d),(?!\d)|[;:!?]|\.(?!\d)|$")
"""The end of a clause after a name, where a stop after a year ends it too ("since 2023. His ...")."""
_DOSE_WORD = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:mg|mcg|g|ml)?|mg|mcg|micrograms?|milligrams?|g|ml")


def _not_taken_now(normalised: str, mention: Mention, others: Sequence[Mention], found: Cues) -> bool:
    """Whether a negated verb of use ends right before ``mention``, or before the first of the names listed with it,
    past ``denied_use_gap`` words ("has not had any", "is not on", "off"), with nothing after the name saying she
    takes it still: a manner right after it ("does not take diazepam with alcohol"), or one of ``denied_use_breaks``
    or a ``resume`` cue in its clause ("not on pregabalin until the spring", "not since this morning's dose", "not
    on citalopram, and pregabalin continues")."""
    first = _first_listed(normalised, mention, others)
    start = max((m.end() for m in _SENTENCE_END.finditer(normalised, 0, first.start)), default=0)
    words = _WORD.findall(normalised, start, first.start)
    while words and words[-1] in found.denied_use_gap:
        words.pop()
    if not _ends_on(words, found.denied_use):
        return False
    clause_end = _CLAUSE_STOP.search(normalised, mention.end)
    after = _WORD.findall(normalised, mention.end, clause_end.start() if clause_end else len(normalised))
    rest = [w for w in after if not _DOSE_WORD.fullmatch(w)]
    if rest and rest[0] in found.denied_use_manner:
        return False
    return not (_any_start(after, found.denied_use_breaks) or _any_start(after, found.resume))


_ANSWER_END = re.compile(r"(?<!\d)[.;:!?](?!\d)|\.(?=\s|$)")
"""The end of an answer's sentence, where a stop after a year ends it too ("last took some in 2022. Methadone")."""


def _answered_no(normalised: str, mention: Mention, others: Sequence[Mention], found: Cues) -> bool:
    """Whether ``mention`` is asked about and answered no: its sentence ends on a question mark ("Zimovane? Not for
    a year.") or, after one of ``asked`` or as the label opening its sentence, on a colon ("Asked about pregabalin
    and codeine: none taken", "Tramadol: none since booking"), with no
    ``resume`` cue between the name and the mark, and the answer opens on one of ``answers_no`` with no ``resume``
    cue nor one of ``denied_use_breaks`` in its sentence."""
    end = _SENTENCE_END.search(normalised, mention.end)
    if end is None or end.group() not in "?:":
        return False
    if _any_start(_WORD.findall(normalised, mention.end, end.start()), found.resume):
        return False
    if end.group() == ":":
        start = max((m.end() for m in _SENTENCE_END.finditer(normalised, 0, mention.start)), default=0)
        label = not _WORD.findall(normalised, start, _first_listed(normalised, mention, others).start)
        if not (label or _any_start(_WORD.findall(normalised, start, mention.start), found.asked)):
            return False  # "Methadone: no change" answers nothing; "Tramadol: none since" labels an answer
    clause_end = _CLAUSE_END.search(normalised, end.end())
    answer = _WORD.findall(normalised, end.end(), clause_end.start() if clause_end else len(normalised))
    if not phrase_at([*answer, _END_CUE], 0, found.answers_no):
        return False
    following = _ANSWER_END.search(normalised, end.end())
    sentence = _WORD.findall(normalised, end.end(), following.start() if following else len(normalised))
    return not (_any_start(sentence, found.resume) or _any_start(sentence, found.denied_use_breaks))


def _a_third_person(words: Sequence[str], i: int, found: Cues, earlier: Sequence[str] = ()) -> bool:
    """Whether word ``i`` names someone other than the parents and the baby ("sister", "her mother", "Chloe's
    mother", "friend's", "her eldest son", "the foster carer's husband"). ``earlier``: the words of the sentence
    before ``words``, where the person a "her" or "his" before a partner word points to may be named."""
    word = words[i]
    bare = unpossessed(word)
    if bare in found.third_persons:
        return True
    if bare in found.third_person_children:
        return not (word != bare and i + 1 < len(words))  # "the son's father" is the partner: the noun after decides
    if bare in found.third_person_partners:
        return i > 0 and _a_partners_owner(words, i - 1, found, earlier)
    if bare not in found.third_person_kin or i == 0:
        return False
    if words[i - 1] == "own" and i > 1:
        i -= 1  # "the mother's own mum", "her own mother": read the owner before "own"
    before = words[i - 1]
    if before == "her":
        return not found.own_kin_context & set(words[: i - 1])  # "the baby girl ... her mother" is the mother
    return before.endswith(("'s", "'")) and before not in found.own_kin_possessors


def _another_carer(words: Sequence[str], i: int, found: Cues) -> bool:
    """Whether one of ``other_carers`` ends at word ``i`` ("the foster carer's")."""
    ending = [*words[: i], unpossessed(words[i])]
    return _ends_on(ending, found.other_carers)


def _a_partners_owner(words: Sequence[str], i: int, found: Cues, earlier: Sequence[str]) -> bool:
    """Whether word ``i``, right before a partner word, makes that partner a third person's: a third person's or
    another carer's possessive ("her sister's husband", "the foster carer's partner"), or "her"/"his" where the
    last person named before it, in its sentence or ``earlier``, is another carer ("Sandra, the foster carer, does
    the nights; her husband ..."), not a parent ("she", "mum", "her partner") nor a relative ("her sister visits,
    and her partner ...": the mother's partner as likely)."""
    word = words[i]
    if word.endswith(("'s", "'")):
        bare = unpossessed(word)
        return _another_carer(words, i, found) or (
            bare not in found.third_person_partners
            and (bare in found.third_person_children or _a_third_person(words, i, found, earlier))
        )
    if word not in ("her", "his"):
        return False
    before = [*earlier, *words[:i]]
    for j in range(len(before) - 1, -1, -1):
        if _another_carer(before, j, found):
            return True
        w = unpossessed(before[j])
        if (
            w in found.third_person_partners
            or w in found.parent_subjects
            or w in found.third_person_kin
            or w in found.third_persons
            or w in found.third_person_children
        ):
            return False  # a parent, or a relative whose "her" may as well be the mother's
    return False


def _shared(words: Sequence[str], found: Cues) -> bool:
    """Whether ``words`` say a parent uses it too: one of ``parent_subjects`` with one of ``shared_uses`` within
    two words after it ("which she now shares", "she takes some")."""
    return any(
        w in found.parent_subjects and any(phrase_at(words, j, found.shared_uses) for j in range(i + 1, i + 3))
        for i, w in enumerate(words)
    )


def _reaching_the_child(after: Sequence[str], found: Cues) -> bool:
    """Whether the words ``after`` a child's medicine open on one of ``from_a_parent`` ("withdrawal", "from his
    mum"), but not "from her"/"from his" before one of ``from_a_supplier``, past "own" ("from his own GP", "from
    her pharmacy"): where the medicine comes from, not whose it is."""
    reach = phrase_at(after, 0, found.from_a_parent)
    if not reach:
        return False
    if after[reach - 1] not in ("her", "his"):
        return True
    rest = after[reach:]
    while rest and rest[0] == "own":
        rest = rest[1:]
    return not (rest and rest[0] in found.from_a_supplier)


def _anothers(normalised: str, mention: Mention, others: Sequence[Mention], found: Cues) -> bool:
    """Whether ``mention`` is another person's medicine: named right after that person's possessive ("her friend's
    pregabalin"), or right after a verb of use whose subject, the last person named before it in its sentence, is
    one of ``third_persons`` ("her sister, who lives with her, is on a methadone programme"), and no parent shares
    it in the sentence."""
    first = _first_listed(normalised, mention, others)
    start = max((m.end() for m in _SENTENCE_END.finditer(normalised, 0, first.start)), default=0)
    end_mark = _SENTENCE_END.search(normalised, mention.end)
    after = _WORD.findall(normalised, mention.end, end_mark.start() if end_mark else len(normalised))
    words = _WORD.findall(normalised, start, first.start)
    lead = max((m.end() for m in _FULL_STOP.finditer(normalised, 0, start)), default=0)
    earlier = _WORD.findall(normalised, lead, start)  # the sentence before a semicolon or colon
    if _reaching_the_child(after, found) and found.third_person_children & {unpossessed(w) for w in words}:
        return False  # "her son's methadone withdrawal": a parent's medicine reaching the child
    # The verb before the gap is popped: "was prescribed" ends a verb of use, "prescribed" alone is a gap word.
    verb = next((len(words) - len(p) for p in found.third_person_uses if _ends_on(words, (p,))), None)
    gap = found.denied_use_gap | found.whose_gap
    while words and (words[-1] in gap or _DOSE_WORD.fullmatch(words[-1])):
        words.pop()
    if not words:
        return False
    if words[-1].endswith(("'s", "'")) and _a_third_person(words, len(words) - 1, found, earlier):
        k = len(words) - 1
        while k > 0 and words[k - 1] in found.used_now_determiners:
            k -= 1
        if _ends_on(words[:k], found.used_now) or _ends_on(words[:k], found.shared_uses):
            return False  # "uses her mum's diazepam": another's medicine she takes is hers
        return not (_shared(words, found) or _shared(after, found))
    if verb is None:
        verb = next((len(words) - len(p) for p in found.third_person_uses if _ends_on(words, (p,))), None)
    if verb is None:
        return False
    if phrase_at(words, verb, found.third_person_adjacent) == len(words) - verb:
        return verb > 0 and _a_third_person(words, verb - 1, found, earlier) and not _shared(after, found)
    for i in range(verb - 1, -1, -1):
        if _a_third_person(words, i, found, earlier):
            return not _shared(after, found)
        if words[i] in found.clause_joins and i == verb - 1:
            continue  # two verbs of one subject ("her sister visits and takes it"): the subject is before them
        if words[i] in found.parent_subjects or words[i] in found.clause_joins:
            return False
    return False


_CLAUSE_WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*|(?<!\d)[,;:](?!\d)")
"""A word, or a comma, semicolon or colon that ends a clause (read by :func:`_used_now`)."""


def _used_now(normalised: str, mention: Mention, others: Sequence[Mention], found: Cues) -> bool:
    """Whether a use now is stated of ``mention`` after it ("X is no longer prescribed; she buys it online", "X was
    stopped and restarted last month", "her GP now prescribes 300 mg"): in the rest of its sentence, and of the next
    where a semicolon or colon ends it, up to the next medicine named, one of ``used_now`` not hedged or negated in
    its clause, nor said of a third person, whose object is the medicine (a pronoun, a dose, its form) or nothing."""
    if not found.used_now:
        return False
    end = _ANSWER_END.search(normalised, mention.end)
    if end is not None and end.group() in ";:":
        end = _ANSWER_END.search(normalised, end.end())
    end_at = end.start() if end else len(normalised)
    stop = min([end_at] + [m.start for m in others if m.start >= mention.end])
    words = _CLAUSE_WORD.findall(normalised, mention.end, stop)
    if stop < end_at:  # the clause naming the next medicine is that one's ("and she takes 1 g paracetamol")
        while words and not (words[-1] in ",;:" or words[-1] in found.clause_joins):
            words.pop()
    if not words:
        return False
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(normalised, 0, mention.start)), default=0)
    if _any_start([*_WORD.findall(normalised, sentence_start, mention.start), *words], found.past):
        return False  # "in her previous pregnancy she stopped X and restarted it": history
    # The name's own clause opens before it: "if X is ever restarted" hedges the verb after the name.
    clause: list[str] = []
    for word in _CLAUSE_WORD.findall(normalised, sentence_start, mention.start):
        clause = [] if word in ",;:" or word in found.clause_joins else [*clause, word]
    i = 0
    while i < len(words):
        word = words[i]
        if word in ",;:" or word in found.clause_joins:
            clause, i = [], i + 1
            continue
        length = phrase_at(words, i, found.used_now)
        supplied = bool(length) and phrase_at(words, i, found.used_now_supplies) == length
        if length and _a_use_now(words, i + length, clause, found, supplied):
            return True
        clause.append(word)
        i += 1
    return False


def _a_use_now(
    words: Sequence[str], after: int, clause: Sequence[str], found: Cues, supplied: bool = False
) -> bool:
    """Whether a verb of use ending before word ``after``, with ``clause`` the words of its clause before it, says
    she uses the medicine now: not negated nor hedged, not a third person's (the person read before a parent word,
    so "her mum now uses it" is mum's) unless it is a verb of supplying her (``supplied``: "a friend supplies it"),
    its object the medicine or nothing."""
    if any(w in found.negations or w in found.used_now_hedges for w in clause):
        return False
    for i in range(len(clause) - 1, -1, -1):
        if supplied:
            break
        if _a_third_person(clause, i, found):
            return False
        if clause[i] in found.parent_subjects:
            break
    j = after
    while j < len(words) and words[j] in found.used_now_skip:
        j += 1
    if j >= len(words) or words[j] in ",;:":
        return True
    word = words[j]
    if word in found.used_now_objects or _DOSE_WORD.fullmatch(word):
        return True
    return word in found.used_now_determiners and any(w in found.used_now_forms for w in words[j + 1 : j + 4])


def used_now(normalised: str, mention: Mention, others: Sequence[Mention]) -> bool:
    """Whether a use now is stated of ``mention`` after it (:func:`_used_now`): it wins over any reading that she
    does not take it, here and in :mod:`medassess.gate.untaken` ("advised against X, but she takes 300 mg a day")."""
    return _used_now(normalised, mention, others, cues())


def _ended_later(normalised: str, mention: Mention, others: Sequence[Mention], found: Cues) -> bool:
    """Whether one of ``ended_later`` follows ``mention`` in its sentence, before the next medicine named and with no
    ``resume`` cue before it ("the zopiclone she was given after her first baby ran out in 2023")."""
    end = _ANSWER_END.search(normalised, mention.end)
    stop = min([end.start() if end else len(normalised)] + [m.start for m in others if m.start >= mention.end])
    words = _WORD.findall(normalised, mention.end, stop)
    for i in range(len(words)):
        if phrase_at(words, i, found.ended_later):  # before `resume`: "but never started" is one cue
            return True
        if phrase_at(words, i, found.resume):
            return False
    return False


def not_hers(normalised: str, mention: Mention, others: Sequence[Mention]) -> bool:
    """Whether ``mention`` is named as a medicine neither parent takes now: a negated use before it ("has not taken
    zopiclone since 2023"), a question or screen answered no ("Zimovane? Not for a year."), or another person's
    ("her sister is on methadone")."""
    found = cues()
    return (
        _not_taken_now(normalised, mention, others, found)
        or _answered_no(normalised, mention, others, found)
        or _anothers(normalised, mention, others, found)
        or _ended_later(normalised, mention, others, found)
    )


def advised_against(normalised: str, mention: Mention, others: Sequence[Mention]) -> bool:
    """Whether ``mention`` (found in ``normalised``, among ``others`` from the same text) is advised against or
    contrasted rather than taken, or named as one neither parent takes now (:func:`not_hers`), unless a use now is
    stated of it after it (:func:`_used_now`)."""
    found = cues()
    if _used_now(normalised, mention, others, found):
        return False  # "X is no longer prescribed; she buys it online": the use now wins
    if not_hers(normalised, mention, others):
        return True
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(normalised, 0, mention.start)), default=0)
    before = [(m.start(), m.group()) for m in _WORD.finditer(normalised, sentence_start, mention.start)]
    words = [w for _, w in before]
    against = past = child = False
    contrast_at: int | None = None
    given_end: int | None = None
    i = 0
    while i < len(words):
        if words[i] in found.child_ends:
            child, given_end = False, None
        if length := phrase_at(words, i, found.earlier_children):
            child, given_end = True, None
        elif child and (length := phrase_at(words, i, found.given_to_them)):
            given_end = i + length
        elif length := phrase_at(words, i, found.past):
            past = True
        elif past and (length := phrase_at(words, i, found.past_ends)):
            past = False
        elif length := phrase_at(words, i, found.resume):
            if not found.negations & set(words[max(0, i - found.negation_reach) : i]):
                against, contrast_at = False, None
        elif length := phrase_at(words, i, found.against):
            against = True
        elif length := phrase_at(words, i, found.contrast):
            contrast_at = before[i][0]
        i += length or 1
    if (
        given_end is not None
        and len(words) - given_end <= found.given_reach
        and not found.child_ends & set(words[given_end:])
        and _CLAUSE_MARK.search(normalised, before[given_end - 1][0], mention.start) is None
    ):
        return True  # "her first baby, born in 2022, needed morphine": given to an older child, not hers
    if against or past or _denied_just_before(normalised, mention, others, found.just_before):
        return True
    if contrast_at is not None and _listed_after(normalised, contrast_at, mention, others):
        return True
    clause_end = _CLAUSE_END.search(normalised, mention.end)
    end = clause_end.start() if clause_end else len(normalised)
    after = _WORD.findall(normalised, mention.end, end)
    if any(phrase_at(after, i, found.after) for i in range(min(_AFTER_REACH, len(after)))):
        return True
    if _planned_on_a_condition(words, after, found):
        return True
    starts = {m.start for m in others if m.start >= mention.end}
    named = frozenset(i for i, w in enumerate(_WORD.finditer(normalised, mention.end, end)) if w.start() in starts)
    if _after_its_phrase(after, found, named) or _weighed(after, found, named):
        return True
    return clause_end is not None and _past_its_aside(normalised, clause_end, after, found, starts)


def _planned_on_a_condition(before: list[str], after: list[str], found: Cues) -> bool:
    """Whether a start planned after the name (one of ``planned_after`` within reach in its clause: "is to be
    added") is a possibility or the bound of another use, one of ``planned_conditions`` standing before the name in
    its sentence or after the cue ("until a lamotrigine cross-taper is started", "will be added if the pain
    returns"). A plan with no condition is a medicine to be given, and still needs listing."""
    for i in range(min(_AFTER_REACH, len(after))):
        if length := phrase_at(after, i, found.planned_after):
            rest = after[i + length :]
            return any(phrase_at(before, j, found.planned_conditions) for j in range(len(before))) or any(
                phrase_at(rest, j, found.planned_conditions) for j in range(len(rest))
            )
    return False


def _past_its_aside(
    normalised: str, comma: re.Match[str], after: list[str], found: Cues, starts: set[int]
) -> bool:
    """Whether the name's own verb, an ``after`` or weighing cue, follows an aside set off by commas right after
    its phrase ("topiramate, which a friend suggested, was ruled out"): the words before the first comma only the
    name's own (its dose: no ``resume`` cue nor one of ``after_far_breaks``), an aside of at most
    ``parenthesis_reach`` words up to the next comma, naming no medicine unless it opens on one of
    ``parenthesis_relatives`` ("gabapentin, which she took before pregabalin, is not restarted": a relative aside
    speaks of the name before it), and after that comma the cue at once or past ``parenthesis_auxiliaries`` ("is
    ruled out"), not a clause of its own ("the rest was ruled out")."""
    if comma.group() != "," or found.parenthesis_reach == 0 or len(after) > _AFTER_REACH:
        return False
    if any(w in found.after_far_breaks or phrase_at(after, i, found.resume) for i, w in enumerate(after)):
        return False
    closing = _CLAUSE_END.search(normalised, comma.end())
    if closing is None or closing.group() != ",":
        return False
    aside = _WORD.findall(normalised, comma.end(), closing.start())
    if not 0 < len(aside) <= found.parenthesis_reach:
        return False
    if aside[0] not in found.parenthesis_relatives and any(comma.end() <= s < closing.start() for s in starts):
        return False
    clause_end = _CLAUSE_END.search(normalised, closing.end())
    end = clause_end.start() if clause_end else len(normalised)
    words = [(w.start(), w.group()) for w in _WORD.finditer(normalised, closing.end(), end)]
    verb = [w for _, w in words]
    named = frozenset(i for i, (at, _) in enumerate(words) if at in starts)
    i = 0
    while True:
        if i in named:
            return False
        if phrase_at(verb, i, found.after):
            return True
        if phrase_at(verb, i, found.weighed) or phrase_at(verb, i, found.weighed_by):
            return _weighed(verb[i:], found, frozenset(n - i for n in named if n >= i))
        if i >= len(verb) or verb[i] not in found.parenthesis_auxiliaries:
            return False
        i += 1


def _after_its_phrase(after: list[str], found: Cues, named: frozenset[int]) -> bool:
    """Whether an ``after`` cue past ``_AFTER_REACH``, within ``after_far_reach`` words, is the name's own verb:
    the words before it only lengthen the name's phrase ("the Recivit tablets on her old hospital list were
    stopped"), with no ``resume`` cue, no other medicine's name and none of ``after_far_breaks`` among them; one of
    ``after_far_joins`` breaks only where a clause starts after it (:func:`_opens_a_clause`: "last winter and
    spring were stopped" is one phrase)."""
    for i in range(min(found.after_far_reach, len(after))):
        if i >= _AFTER_REACH and phrase_at(after, i, found.after):
            return True
        join = after[i] in found.after_far_joins
        if i in named or (after[i] in found.after_far_breaks and not join) or phrase_at(after, i, found.resume):
            return False
        if join and _opens_a_clause(after, i + 1, found):
            return False
    return False


def _opens_a_clause(words: list[str], i: int, found: Cues) -> bool:
    """Whether a clause starts at word ``i`` (or nothing follows): a subject pronoun or determiner, a verb, or a
    ``resume`` or ``after`` cue ("and she", "and the", "and is", "and stopped"), not a noun joined to the one before
    ("winter and spring", "tablets and capsules")."""
    if i >= len(words):
        return True
    word = words[i]
    if word in found.clause_openers or word in found.clause_verbs:
        return True
    if word in found.after_far_breaks and word not in found.after_far_joins:
        return True
    return bool(phrase_at(words, i, found.resume) or phrase_at(words, i, found.after))


def _weighed(after: list[str], found: Cues, named: frozenset[int] = frozenset()) -> bool:
    """Whether the words after a name in its clause make it an option weighed ("was considered and is for the
    neurologist to weigh", "was considered but rejected"): one of ``weighed`` within reach, and no ``resume`` cue
    after the last ("was discussed and continues" takes it) but one of another medicine: after another's name
    (``named``: the indexes of the words that start one) or right before it, past ``whose_gap`` words and an owner
    ("was considered and sertraline continues", "was considered, and she continues her sertraline"). One of
    ``weighed_by`` ("is for the neurologist to weigh") weighs it too, in either order with ``weighed`` and after a
    turn ("was discussed but is for the neurologist to weigh"), unless a ``resume`` cue not a turn took it first."""
    words = [*after, _END_CUE]
    weighed = seen = another = taken = False
    i = 0
    while i < len(words):
        reach = seen or i < _AFTER_REACH
        by = reach and not taken and phrase_at(words, i, found.weighed_by)
        if reach and (length := phrase_at(words, i, found.weighed) or by):
            weighed = seen = True
            another = False
        elif i in named:
            another, length = True, 0
        elif (length := phrase_at(words, i, found.resume)) and not (
            another or _names_next(words, i + length, found, named)
        ):
            negated = bool(found.negations & set(words[max(0, i - found.negation_reach) : i]))
            weighed = weighed and negated
            taken = taken or not (negated or words[i] in found.turns)
        i += length or 1
    return weighed


def _names_next(words: list[str], i: int, found: Cues, named: frozenset[int]) -> bool:
    """Whether another medicine's name starts at word ``i``, past ``whose_gap`` words and one-word owners ("her")."""
    owners = {p[0] for p in (*found.mothers, *found.partners) if len(p) == 1}
    while i < len(words) and i not in named and (words[i] in found.whose_gap or words[i] in owners):
        i += 1
    return i in named


Owner = str
"""Whose medicine a text says it is: "mother", "partner" or "baby"."""


@functools.cache
def _owner_phrases() -> tuple[dict[str, tuple[tuple[Owner, Phrase], ...]], tuple[tuple[Owner, Phrase], ...]]:
    """The phrases that say whose a medicine is (mothers', partners', babies', in the order :func:`whose` tries
    them), filed under their last word, with those of no words (which end anywhere) in their places; and those
    alone, for a word no phrase ends on. A name is then compared only with the few phrases that can end before
    it, not with every one."""
    found = cues()
    ordered = [
        (owner, phrase)
        for owner, phrases in (("mother", found.mothers), ("partner", found.partners), ("baby", found.babies))
        for phrase in phrases
    ]
    last_words = {phrase[-1] for _, phrase in ordered if phrase}
    by_last_word = {w: tuple(p for p in ordered if not p[1] or p[1][-1] == w) for w in last_words}
    return by_last_word, tuple(p for p in ordered if not p[1])


@functools.cache
def _owner_suffixes() -> tuple[
    dict[str, tuple[tuple[int, ...], dict[Phrase, tuple[int, Owner]]]],
    tuple[tuple[int, ...], dict[Phrase, tuple[int, Owner]]],
]:
    """:func:`_owner_phrases` keyed by the phrases themselves: under each last word the lengths its phrases have
    (shortest first) and each phrase's first place in the order with its owner. A word some thousand phrases end
    on ("give", "with") is then matched by one look-up per length, not compared with each phrase."""
    by_last_word, empty = _owner_phrases()

    def indexed(ordered: tuple[tuple[Owner, Phrase], ...]) -> tuple[tuple[int, ...], dict[Phrase, tuple[int, Owner]]]:
        first: dict[Phrase, tuple[int, Owner]] = {}
        for n, (owner, phrase) in enumerate(ordered):
            first.setdefault(phrase, (n, owner))
        return tuple(sorted({len(p) for p in first})), first

    return {w: indexed(p) for w, p in by_last_word.items()}, indexed(empty)


def whose(normalised: str, mention: Mention, women: Phrases | None = None) -> Owner | None:
    """Whose medicine ``mention`` is said to be by the words right before it ("she takes", "her", "his",
    "the father's"), with at most ``whose_reach`` numbers, units or ``whose_gap`` words between; None when
    the words before it say neither. Only words of the name's own sentence count: "a cot of his own. Methadone
    continues" says nothing of whose methadone it is. Where the partner is a woman, ``women`` holds the words
    for her (mappings/partner.toml): a mother's word that ends one of them ("the baby's other mother takes",
    "the co-mother's") is the partner's."""
    found = cues()
    start = max(0, mention.start - 80)
    for boundary in _SENTENCE_END.finditer(normalised, start, mention.start):
        start = boundary.end()
    before = _WORD.findall(normalised, start, mention.start)
    by_last_word, empty = _owner_suffixes()
    gap = 0
    while gap < len(before) and gap <= found.whose_reach:
        end = len(before) - gap
        word = before[end - 1]
        lengths, first = by_last_word.get(word, empty)
        best = None  # the first phrase in order ending here: at each length only the words there can be one
        for length in lengths:
            if length > end:
                break
            hit = first.get(tuple(before[end - length : end]))
            if hit is not None and (best is None or hit[0] < best[0]):
                best = (hit[0], hit[1], length)
        if best is not None:
            _, owner, length = best
            if owner == "mother" and women is not None and length:
                return "partner" if _ends_with(women, [*before[: end - length], before[end - length]]) else owner
            return owner
        if not (word in found.whose_gap or any(c.isdigit() for c in word)):
            return None
        gap += 1
    return None


@functools.cache
def _relative_owner() -> re.Pattern[str]:
    raw = mention_cues()
    links = alternation([normalise(w) for w in raw["relative_links"]])
    mothers = alternation([normalise(w) for w in raw["relative_mothers"]])
    partners = alternation([normalise(w) for w in raw["relative_partners"]])
    return re.compile(rf"\s*,?\s*(?:{links})\s+(?:(?P<mother>{mothers})|(?P<partner>{partners}))(?![\w'])")


def whose_after(normalised: str, mention: Mention) -> Owner | None:
    """Whose medicine a relative clause right after ``mention`` says it is ("the methadone, which is her
    boyfriend's prescription"; mappings/names.toml, ``relative_links``): the mother's, the partner's, or None."""
    if "which" not in normalised and "that" not in normalised:
        return None
    m = _relative_owner().match(normalised, mention.end)
    if m is None:
        return None
    return "mother" if m["mother"] is not None else "partner"


def before_her(normalised: str, mention: Mention) -> str | None:
    """The text of its sentence before a bare "her" that owns ``mention`` ("Sian takes her quetiapine", with at most
    ``whose_reach`` numbers, units or ``whose_gap`` words between, as :func:`whose` reads), or None where no "her"
    is right before it. Where the partner is a woman, whose "her" it is may turn on who is named before it."""
    found = cues()
    start = max((m.end() for m in _SENTENCE_END.finditer(normalised, 0, mention.start)), default=0)
    before = list(_WORD.finditer(normalised, start, mention.start))
    for gap, word in enumerate(reversed(before)):
        if word.group() == "her":
            return normalised[start : word.start()]
        if gap >= found.whose_reach or not (word.group() in found.whose_gap or any(c.isdigit() for c in word.group())):
            return None
    return None


def _ends_with(phrases: Phrases, words: Sequence[str]) -> bool:
    """Whether ``words`` end, bar a possessive "s", with one of ``phrases`` ("the baby's other mother's")."""
    found = tokens(" ".join(words))
    joined = " ".join(found[:-1] if len(found) > 1 and found[-1] == "s" else found)
    return any(m.end() == len(joined) for m in phrases.pattern.finditer(joined))


@dataclass(frozen=True, slots=True)
class ProperNames:
    """Words around a one-word brand that make it a person's or a place's name (``[proper_names]`` in
    ``mappings/names.toml``): see :func:`a_name_not_a_medicine`."""

    titles: frozenset[str]
    abbreviated_titles: frozenset[str]
    roles: tuple[Phrase, ...]
    places: frozenset[str]
    given_names: frozenset[str] = frozenset()
    """Given names that may stand between a title or role and a surname that is also a brand ("her midwife, Anna
    Zacco", "Dr Anna Zacco")."""
    given_name_max_zipf: float = 0.0
    """Below this Zipf frequency a word between a title or role and the brand is no everyday English word, so may be
    a given name the list lacks ("her midwife, Eilidh Valclair"): see :func:`_a_given_name`."""
    dosing_verbs: frozenset[str] = frozenset()
    """Rare verbs of giving or dosing that are never a given name ("the nurse titrates Zacco")."""
    form_words: frozenset[str] = frozenset()
    """Dose forms: one right after the brand makes it a medicine ("Valclair tablets")."""
    apposition_reach: int = 0
    """Words an apposition may hold before its role ("Lyrica Mensah, her community midwife,"): see
    :func:`_named_before_a_role`."""
    not_surnames: frozenset[str] = frozenset()
    """Words written right after a medicine that are never the surname after a brand ("Lyrica continues")."""
    manufacturers: frozenset[str] = frozenset()
    """Drug companies: after a brand the product's maker, never a surname ("Lyrica Pfizer")."""
    apposition_not_role: frozenset[str] = frozenset()
    """Words that make an apposition a phrase about a role, not the role ("from her GP")."""


@functools.cache
def proper_names() -> ProperNames:
    root = tomllib.loads((data_path("mappings") / "names.toml").read_text(encoding="utf-8"))
    raw = root["proper_names"]
    return ProperNames(
        titles=frozenset(normalise(w) for w in raw["titles"]),
        abbreviated_titles=frozenset(normalise(w) for w in raw["abbreviated_titles"]),
        roles=cue_phrases(raw["roles"]),
        places=frozenset(normalise(w) for w in raw["places"]),
        given_names=frozenset(normalise(w) for w in raw.get("given_names", ())),
        given_name_max_zipf=float(raw.get("given_name_max_zipf", 0.0)),
        dosing_verbs=frozenset(normalise(w) for w in raw.get("dosing_verbs", ())),
        form_words=frozenset(normalise(w) for w in root.get("form_words", ())),
        apposition_reach=int(raw.get("apposition_reach", 0)),
        not_surnames=frozenset(normalise(w) for w in raw.get("not_surnames", ())),
        manufacturers=frozenset(normalise(w) for w in raw.get("manufacturers", ())),
        apposition_not_role=frozenset(normalise(w) for w in raw.get("apposition_not_role", ())),
    )


_BEFORE_NAME = re.compile(r"([^\W_]+(?:['\-][^\W_]+)*)(\s*[,.]?\s*)$")
_PLACE_AFTER = re.compile(r"\s+([^\W_]+)")


def _a_given_name(word: str, normalised: str, mention: Mention) -> bool:
    """Whether ``word``, right before the brand ``mention``, may be a given name: one of ``given_names``, or a
    word that is no everyday English word (wordfreq below ``given_name_max_zipf``), no rare dosing verb, clinical
    word or abbreviation, and no medicine's name, with no dose form right after the brand ("her midwife, Eilidh
    Valclair"; not "the nurse titrates Valclair", "the nurse prn Valclair", "Eilidh Valclair tablets"). The caller
    still wants a title or role before it."""
    found = proper_names()
    if word in found.given_names:
        return True
    if zipf(word) >= found.given_name_max_zipf or word in found.dosing_verbs or any(c.isdigit() for c in word):
        return False
    lexicon = shipped_lexicon()
    if word in lexicon.abbreviations or word in lexicon.clinical_words or next(name_index().find(word), None):
        return False
    after = _PLACE_AFTER.match(normalised, mention.end)
    return after is None or after.group(1) not in found.form_words


_SURNAME_THEN_APPOSITION = re.compile(r" ([^\W\d_]+(?:['\-][^\W\d_]+)*) ?[,(] ?")
_APPOSITION_END = re.compile(r"[,()]|(?<!\d)[.;:!?](?!\d)|$")


def _named_before_a_role(normalised: str, mention: Mention) -> bool:
    """Whether the brand ``mention`` is a given name before a surname and an apposition naming a role, the mirror
    of a role before the name: "Lyrica Mensah, her community midwife,", "Amias Hart (pharmacist)". The surname-like
    word is no medicine's name, dose form, clinical word, abbreviation, rare dosing verb or one of ``not_surnames``
    or ``manufacturers`` ("Lyrica continues, her GP, agreed", "Lyrica tablets (pharmacist)" and "Lyrica Pfizer, her
    GP," name a medicine), and the apposition is the role's noun phrase, none of ``apposition_not_role`` before the
    role ("Lyrica Hartley, from her GP" names one too)."""
    found = proper_names()
    apposed = _SURNAME_THEN_APPOSITION.match(normalised, mention.end)
    if apposed is None:
        return False
    surname = apposed.group(1)
    lexicon = shipped_lexicon()
    if (
        surname in found.not_surnames
        or surname in found.manufacturers
        or surname in found.form_words
        or surname in found.dosing_verbs
        or surname in lexicon.abbreviations
        or surname in lexicon.clinical_words
        or next(name_index().find(surname), None)
    ):
        return False
    end = _APPOSITION_END.search(normalised, apposed.end())
    words = _WORD.findall(normalised, apposed.end(), end.start() if end else len(normalised))
    return any(
        tuple(words[len(words) - len(role) :]) == role
        and len(words) - len(role) <= found.apposition_reach
        and not found.apposition_not_role & set(words[: len(words) - len(role)])
        for role in found.roles
        if len(role) <= len(words)
    )


def a_name_not_a_medicine(normalised: str, mention: Mention) -> bool:
    """Whether the one-word brand ``mention`` is a person's or a place's name: right after a title ("Dr Turgeon",
    "Prof. Turgeon") or a person's role ("her interpreter, Olena"), or a given name after either
    (:func:`_a_given_name`: "her midwife, Anna Zacco", "her midwife, Eilidh Valclair"), or a given name before a
    surname and a role (:func:`_named_before_a_role`: "Lyrica Mensah, her community midwife,"), or right before a
    place noun ("the Tarka Trail"). The caller decides whether a strength after it makes it a medicine all the same."""
    found = proper_names()
    entry = mention.entry
    # A product's own name read from its dm+d entries ("Espranor 2mg oral lyophilisates" gives "espranor") is a
    # brand too; a generic name is no one's surname.
    proprietary = entry.kind == "brand" or (entry.kind == "product" and entry.name not in entry.ingredients)
    if not proprietary or " " in entry.name or "-" in entry.name:
        return False
    place = _PLACE_AFTER.match(normalised, mention.end)
    if (place is not None and place.group(1) in found.places) or _named_before_a_role(normalised, mention):
        return True
    before = _BEFORE_NAME.search(normalised, max(0, mention.start - 80), mention.start)
    if before is not None and not before.group(2).strip() and _a_given_name(before.group(1), normalised, mention):
        # A surname after a given name: the title or role is read before the given name ("her midwife, Anna Zacco").
        before = _BEFORE_NAME.search(normalised, max(0, before.start(1) - 80), before.start(1))
    if before is None:
        return False
    word, gap = before.group(1), before.group(2)
    if "." in gap:
        return word in found.abbreviated_titles
    if word in found.titles:
        return True
    words = _WORD.findall(normalised, max(0, mention.start - 80), before.end(1))
    return any(tuple(words[len(words) - len(role) :]) == role for role in found.roles if len(role) <= len(words))


_LISTED_WITH = re.compile(r"\s+(?:and|or|nor)\s+[^\W\d_]+(?:-[^\W\d_]+)*")
"""Another name listed right after one ("the baby's methadone and diazepam withdrawal")."""


def _given_a_pronoun(normalised: str, mention: Mention, found: Cues) -> bool:
    """Whether one of ``babies_by_pronoun`` ends right before ``mention``, past numbers, units and ``whose_gap``
    words, with one of ``neonatal_givers`` before it in the sentence ("the neonatal nurse ... gives him morphine")."""
    start = max((m.end() for m in _SENTENCE_END.finditer(normalised, 0, mention.start)), default=0)
    before = _WORD.findall(normalised, start, mention.start)
    end = len(before)
    while end and len(before) - end <= found.whose_reach:
        for phrase in found.babies_by_pronoun:
            if end >= len(phrase) and tuple(before[end - len(phrase) : end]) == phrase:
                giver = before[: end - len(phrase)]
                return any(phrase_at(giver, i, found.neonatal_givers) for i in range(len(giver)))
        word = before[end - 1]
        if not (word in found.whose_gap or any(c.isdigit() for c in word)):
            return False
        end -= 1
    return False


def _started_by_the_babys(normalised: str, mention: Mention, found: Cues) -> bool:
    """Whether one of ``trigger_verbs`` ends right before ``mention``, past numbers, units and ``whose_gap`` words,
    with one of ``babys_triggers`` before it in the clause ("two NAS scores of 8 or more start oral morphine") and
    none of ``triggers_not_babys`` ("her pain scores of 7 start oral morphine")."""
    start = max((m.end() for m in _CLAUSE_MARK.finditer(normalised, 0, mention.start)), default=0)
    before = _WORD.findall(normalised, start, mention.start)
    end = len(before)
    while end and len(before) - end <= found.whose_reach:
        for phrase in found.trigger_verbs:
            if end >= len(phrase) and tuple(before[end - len(phrase) : end]) == phrase:
                trigger = before[: end - len(phrase)]
                return any(phrase_at(trigger, i, found.babys_triggers) for i in range(len(trigger))) and not any(
                    phrase_at(trigger, i, found.triggers_not_babys) for i in range(len(trigger))
                )
        word = before[end - 1]
        if not (word in found.whose_gap or any(c.isdigit() for c in word)):
            return False
        end -= 1
    return False


def _treats_the_babys(after: Sequence[str], found: Cues) -> bool:
    """Whether ``after`` (the words after a name in its clause) says, past numbers, units, ``whose_gap`` words and
    ``treat_helpers``, that it treats the baby: one of ``treat_verbs`` then one of ``babys_treated`` ("will settle
    the baby's withdrawal"; not "will ease her back pain")."""
    i = 0
    while i < len(after) and (after[i] in found.whose_gap or after[i] in found.treat_helpers or _digit(after[i])):
        i += 1
    verb = phrase_at(after, i, found.treat_verbs) if i < len(after) else 0
    return bool(verb) and bool(phrase_at(after, i + verb, found.babys_treated))


def _digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


def _started_by_a_neonatal_giver(normalised: str, mention: Mention, found: Cues) -> bool:
    """Whether one of ``neonatal_starts``, then (past "the") one of ``neonatal_givers``, comes after ``mention`` in
    its own clause or opens the clause right after it in its sentence ("oral morphine ..., started by the neonatal
    team", "..., begun on SCBU"; not "morphine for her hip, started by her GP")."""
    if not any(f" {phrase[0]} " in normalised[mention.end :] for phrase in found.neonatal_starts):
        return False  # cheap: no start word after the name at all
    sentence = _SENTENCE_END.search(normalised, mention.end)
    stop = sentence.start() if sentence else len(normalised)
    first = _CLAUSE_MARK.search(normalised, mention.end, stop)
    spans = [(mention.end, first.start() if first else stop)]
    if first:
        second = _CLAUSE_MARK.search(normalised, first.end(), stop)
        spans.append((first.end(), second.start() if second else stop))
    for n, (start, end) in enumerate(spans):
        words = _WORD.findall(normalised, start, end)
        for i in range(len(words)) if n == 0 else range(min(1, len(words))):
            length = phrase_at(words, i, found.neonatal_starts)
            if not length:
                continue
            at = i + length + (1 if i + length < len(words) and words[i + length] == "the" else 0)
            if phrase_at(words, at, found.neonatal_givers):
                return True
    return False


def _started_by_the_subject(normalised: str, mention: Mention, found: Cues) -> bool:
    """Whether one of ``participle_starts`` opens ``mention``'s clause after a comma and ends right before it, past
    numbers, units and ``whose_gap`` words, in a sentence whose subject (its opening words, past "the") is one of
    ``neonatal_givers`` ("the paediatric team will see the baby ..., starting morphine if ..."; not "she will see
    her GP, starting morphine")."""
    if not any(f" {phrase[0]} " in normalised[: mention.start] for phrase in found.participle_starts):
        return False  # cheap: no participle before the name at all
    clause = next(iter(reversed(list(_CLAUSE_MARK.finditer(normalised, 0, mention.start)))), None)
    if clause is None or clause.group() != ",":
        return False  # the name's clause does not follow a comma
    before = _WORD.findall(normalised, clause.end(), mention.start)
    opens = phrase_at(before, 0, found.participle_starts)
    gap = before[opens:]
    if not opens or len(gap) > found.whose_reach or not all(w in found.whose_gap or _digit(w) for w in gap):
        return False
    start = max((m.end() for m in _SENTENCE_END.finditer(normalised, 0, clause.start())), default=0)
    opening = _WORD.findall(normalised, start, clause.start())[:6]
    at = 1 if opening[:1] == ["the"] else 0
    return bool(phrase_at(opening, at, found.neonatal_givers))


def for_the_baby(normalised: str, mention: Mention) -> bool:
    """Whether ``mention`` is named as the baby's: by the words before it (:func:`whose`: "the baby's", "the baby
    will be given"), or, when those name no owner, by a pronoun after a neonatal giver (:func:`_given_a_pronoun`:
    "the neonatal unit can treat him with phenobarbital"), or by a start the baby's scores trigger
    (:func:`_started_by_the_babys`: "scores of 9 or more start oral morphine"), or by a participle clause of a
    sentence whose subject is a neonatal team (:func:`_started_by_the_subject`: "the paediatric team will see the
    baby, starting morphine if ..."), or by one of ``babies_after`` right after it, past
    numbers, units and ``whose_gap`` words ("given oral morphine by the neonatal team", "phenobarbital from the
    neonatal team"), or by a dose per one of ``per_weight`` there ("oral morphine 0.04 mg/kg")."""
    owner = whose(normalised, mention)
    if owner is not None:
        return owner == "baby"
    found = cues()
    if _given_a_pronoun(normalised, mention, found) or _started_by_the_babys(normalised, mention, found):
        return True
    if _started_by_a_neonatal_giver(normalised, mention, found) or _started_by_the_subject(normalised, mention, found):
        return True
    clause_end = _CLAUSE_END.search(normalised, mention.end)
    words = list(_WORD.finditer(normalised, mention.end, clause_end.start() if clause_end else len(normalised)))
    after = [w.group() for w in words]
    if _treats_the_babys(after, found):
        return True
    gap, skipped, dosed = 0, 0, False
    while gap < len(after) and gap - skipped <= found.whose_reach:
        if phrase_at(after, gap, found.babies_after):
            return True
        if dosed and after[gap] in found.per_weight:
            # A dose per kilo of body weight ("0.04 mg/kg", "40 micrograms per kg") is a baby's.
            return after[gap - 1] == "per" or "/" in normalised[words[gap - 1].end() : words[gap].start()]
        if dosed and after[gap] == "per":
            gap, skipped = gap + 1, skipped + 1
            continue
        if not (after[gap] in found.whose_gap or any(c.isdigit() for c in after[gap])):
            return False
        dosed = dosed or any(c.isdigit() for c in after[gap])
        gap += 1
    return False


def the_babys_own(normalised: str, mention: Mention) -> bool:
    """Whether ``mention`` is the baby's own treatment: named as the baby's (:func:`for_the_baby`: "the baby's own
    oral morphine", "the neonatal team treats with morphine", "given morphine by the neonatal team") and not
    followed, past names listed with it, by one of ``from_a_parent`` ("the baby's diazepam withdrawal", "the
    baby's lithium level": a parent's medicine reaching the baby)."""
    if not for_the_baby(normalised, mention):
        return False
    end = mention.end
    while listed := _LISTED_WITH.match(normalised, end):
        end = listed.end()
    after = _WORD.findall(normalised, end, end + 40)
    return not phrase_at(after, 0, cues().from_a_parent)


def in_passing(normalised: str, mention: Mention) -> str | None:
    """How ``mention`` is named only in passing, stating nothing of it: "aside" in an aside that runs from one of
    the ``asides`` before it in its clause to the clause's end within ``aside_reach`` words ("Alongside methadone,
    sertraline continues"), "remark" when its clause goes on only to say it is on her list, past numbers and
    ``whose_gap`` words ("Valproate 500 mg is also on her list."), or past other names listed with it ("Diazepam
    and pregabalin are on her list."); None otherwise ("Alongside sertraline, methadone continues", "Valproate is
    on her list and continues")."""
    found = cues()
    start = max((m.end() for m in _CLAUSE_MARK.finditer(normalised, 0, mention.start)), default=0)
    end_at = _CLAUSE_END.search(normalised, mention.end)
    end = end_at.start() if end_at else len(normalised)
    before = _WORD.findall(normalised, start, mention.start)
    after = _WORD.findall(normalised, mention.end, end)
    for i in range(len(before)):
        length = phrase_at(before, i, found.asides)
        # The words after the cue to the clause's end, the name counted as one.
        if length and len(before) - i - length + 1 + len(after) <= found.aside_reach:
            return "aside"
    gap = 0
    while gap < len(after) and (after[gap] in found.whose_gap or any(c.isdigit() for c in after[gap])):
        gap += 1
    if gap < len(after) and phrase_at(after, gap, found.remarks) == len(after) - gap:
        return "remark"
    listed = _past_listed_names(normalised, mention, found)
    if listed and phrase_at(listed, 0, found.remarks) == len(listed):
        return "remark"
    return "remark" if _lead_remark(normalised, mention, found) else None


_OPEN_BRACKET = re.compile(r"[(\[]")
_REMARK_END = re.compile(r"(?<!\d)[.;:!?)\]](?!\d)|\n|$")
_CLOSE_BRACKET = re.compile(r"[)\]]")


def in_bracket_aside(normalised: str, mention: Mention) -> bool:
    """Whether ``mention`` is named only in a bracket that adds it to what its sentence says of another medicine,
    opened by one of ``bracket_joins`` ("Methadone (and sertraline) continue"): the words from the bracket's
    opening to the name are exactly the join, and from the name to the bracket's close only numbers and
    ``whose_gap`` words. Not "(and sertraline, which continues at 100 mg)", nor a bracket left open."""
    found = cues()
    if not found.bracket_joins:
        return False
    opened = [m.end() for m in _OPEN_BRACKET.finditer(normalised, 0, mention.start)]
    if not opened or _CLOSE_BRACKET.search(normalised, opened[-1], mention.start) is not None:
        return False
    before = _WORD.findall(normalised, opened[-1], mention.start)
    if not before or phrase_at(before, 0, found.bracket_joins) != len(before):
        return False
    closed = _CLOSE_BRACKET.search(normalised, mention.end)
    if closed is None or _OPEN_BRACKET.search(normalised, mention.end, closed.start()) is not None:
        return False
    after = _WORD.findall(normalised, mention.end, closed.start())
    return all(w in found.whose_gap or any(c.isdigit() for c in w) for w in after)




def _lead_remark(normalised: str, mention: Mention, found: Cues) -> bool:
    """Whether ``mention`` is named only in a remark that she takes it, opened by one of ``lead_remarks`` ("also
    on", "she also takes"): the words from its sentence's, line's or bracket's start to the name are exactly the
    remark, and from the name to that sentence's, line's or bracket's end only numbers and ``whose_gap`` words
    ("(also on pregabalin)", "* Also takes pregabalin 150 mg."). A remark the sentence goes on from ("She also
    takes pregabalin, which continues ...") is no remark."""
    if not found.lead_remarks:
        return False
    marks = [m.end() for m in _SENTENCE_END.finditer(normalised, 0, mention.start)]
    marks += [m.end() for m in _OPEN_BRACKET.finditer(normalised, 0, mention.start)]
    start = max([*marks, normalised.rfind("\n", 0, mention.start) + 1, 0])
    before = _WORD.findall(normalised, start, mention.start)
    if not before or phrase_at(before, 0, found.lead_remarks) != len(before):
        return False
    end_at = _REMARK_END.search(normalised, mention.end)
    end = end_at.start() if end_at else len(normalised)
    after = _WORD.findall(normalised, mention.end, end)
    return all(w in found.whose_gap or any(c.isdigit() for c in w) for w in after)


_NAME_SLOT = "medassessnameslot"
_WORD_OR_COMMA = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*|,")


def _past_listed_names(normalised: str, mention: Mention, found: Cues) -> list[str]:
    """The words of ``mention``'s sentence after the names listed right after it, each joined by a comma or one of
    ``list_joins`` and followed by numbers or ``whose_gap`` words ("diazepam 5 mg, folic acid and pregabalin are on
    her list" gives "are on her list"); none when no name is listed after it."""
    end_at = _SENTENCE_END.search(normalised, mention.end)
    end = end_at.start() if end_at else len(normalised)
    parts, pos = [], mention.end
    for other in sorted(mentions(normalised), key=lambda m: m.start):
        if pos <= other.start and other.end <= end:
            parts += [normalised[pos : other.start], f" {_NAME_SLOT} "]
            pos = other.end
    words = _WORD_OR_COMMA.findall("".join([*parts, normalised[pos:end]]))

    def past_gap(i: int) -> int:
        while i < len(words) and (words[i] in found.whose_gap or any(c.isdigit() for c in words[i])):
            i += 1
        return i

    i, listed = past_gap(0), False
    while True:
        j = i
        while j < len(words) and (words[j] == "," or words[j] in found.list_joins):
            j += 1
        if j == i or j == len(words) or words[j] != _NAME_SLOT:
            break
        i, listed = past_gap(j + 1), True
    return [w for w in words[i:] if w != ","] if listed else []
