"""The sedated parent given the baby's nights (rule MA127): a sentence that says a parent is sedated or hard to wake
and then gives that same parent the night feeds (or feeds by the clock in the small hours, "the 2 am feed"), or the
baby in that parent's bed or on that parent's side of it, answers the safe sleep concern
with the plan that creates the hazard. The words are data in ``mappings/concerns.toml`` (``[night_care]``), read
on normalised text, so look-alike letters and invisible characters hide nothing."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..core.resources import mapping_table
from .text import blanked, normalise

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_SENTENCE_END = re.compile(r"(?<!\d)[.!?](?!\d)")
"""A semicolon joins what a sentence says ("makes him very sedated at night; he will do the night feeds"): it breaks a
clause (below), not the sentence."""
_CLAUSE_BREAK = re.compile(r"(?<!\d)[,;:()](?!\d)|(?<=\d):(?!\d)|\s-\s|\b(?:and|but|while|whilst|whereas)\b")
"""A colon after a number that no number follows ends a heading ("Nights 1-8: ...", "Day 5: ..."), not a time
("10:30"): the sentence's subject stands after it."""
_BREAK_WORDS = frozenset({"and", "but", "while", "whilst", "whereas"})
"""The words :data:`_CLAUSE_BREAK` cuts at."""
_DIGIT = re.compile(r"\d")
_LEADS = frozenset(
    {"so", "and", "then", "therefore", "hence", "thus", "which", "means", "meaning", "that", "now"}
    | {"nevertheless", "nonetheless", "however", "still", "yet", "anyway", "regardless"}
)
"""Words that may open a clause before its subject ("so he does ...", "which means he does ..."), a concession
among them ("...; nevertheless she does ...": the hazard said and set aside)."""

Phrase = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Words:
    hazard: tuple[Phrase, ...]
    hazard_blockers: tuple[Phrase, ...]
    clause_blockers: tuple[Phrase, ...]
    persons: dict[str, frozenset[str]]
    babies: frozenset[str]
    verbs: tuple[Phrase, ...]
    fillers: tuple[Phrase, ...]
    night_care: tuple[Phrase, ...]
    beds: dict[str, tuple[Phrase, ...]]
    bed_forms: tuple[str, ...]
    """The ``beds`` templates ({p} the owner, {o} the person), for a partner named rather than "his"."""
    cots: frozenset[str]
    """The baby's own bed, put on a parent's side of the adults' bed by ``cot_beds``."""
    cot_beds: dict[str, tuple[Phrase, ...]]
    cot_forms: tuple[str, ...]
    meanwhile: tuple[Phrase, ...]
    """A clause's opening words giving the act now, until some later change ("until then"): passed over."""
    night_refs: tuple[Phrase, ...]
    """Words standing for the night care a clause before named ("does them")."""
    after_dose: tuple[Phrase, ...]
    dose_words: tuple[Phrase, ...]
    worn_off: tuple[Phrase, ...]
    partner_subjects: frozenset[str]
    partner_verbs: tuple[Phrase, ...]
    clock_hours: tuple[int, int]
    clock_care: tuple[Phrase, ...]
    clock_before: frozenset[str]
    night_leads: tuple[Phrase, ...] = ()
    """A clause's opening words naming some of the nights ("on other nights", "every other night"): passed over,
    as the parent sedated every night is sedated on those too."""
    watch_verbs: tuple[Phrase, ...] = ()
    """Acts of watching the baby ("checks", "will watch"): the night care where ``night_spans`` follows."""
    night_spans: tuple[Phrase, ...] = ()
    """Words putting a watch through the night ("through the night", "overnight")."""
    listed_between: frozenset[str] = frozenset()
    """Words that may stand between a possessive and the medicines it owns, or between those medicines ("the foster
    carer's own diazepam and pregabalin")."""
    lone_openers: frozenset[str] = frozenset()
    """A condition leaving the sedated parent the lone carer: an opener, a few words, someone else, one of
    ``lone_times`` ("when the foster carer is off")."""
    lone_reach: int = 0
    lone_times: tuple[Phrase, ...] = ()
    carers: frozenset[str] = frozenset()
    antecedents_other: frozenset[str] = frozenset()
    """Words of someone other than the parents, who may be "she" or "he" in the next sentence."""
    hazard_objects: frozenset[str] = frozenset()
    """Hazard words that are verbs whose object is the sedated one ("sedates"): see :func:`_whose`."""
    rota_heads: tuple[Phrase, ...] = ()
    """Words heading a rota of nights ("night rota"): see :func:`_rota_read`."""
    rota_days: tuple[Phrase, ...] = ()
    rota_subject_reach: int = 0
    exception_leads: tuple[Phrase, ...] = ()
    """A clause's opening words telling an exception that is itself an act ("except that he does them when she is
    away"): passed over."""
    lone_until: frozenset[str] = frozenset()
    """Words opening a bound that lasts while someone else is away ("until", "till"): see ``lone_returns``."""
    lone_returns: tuple[Phrase, ...] = ()
    """Someone else's return ("is back", "gets home", "wakes"): after one of ``lone_until`` and someone else, the
    bound is the time the parent is the lone carer ("until Chloe is back from the school run"), not a safe one."""
    sleep_verbs: tuple[Phrase, ...] = ()
    """The parent's own sleep ("naps", "dozes", "falls asleep"): see :func:`_sleeps_with_the_baby`."""
    sleep_places: frozenset[str] = frozenset()
    """Where an adult's sleep with the baby is the hazard ("sofa", "armchair", "bed", "chest")."""
    sleep_with: frozenset[str] = frozenset()
    """Words putting the baby with the sleeping adult ("with", "holding")."""
    baby_things: frozenset[str] = frozenset()
    """Words after a baby word making it a thing of the baby's ("the baby monitor"), not the baby."""
    share_subjects: tuple[Phrase, ...] = ()
    """The adults of the home together, no one named ("the two adults", "both parents", "they")."""
    share_reach: int = 0
    share_verbs: tuple[Phrase, ...] = ()
    """Sharing the baby's care between them ("will share", "split", "take turns with")."""
    share_nights: tuple[Phrase, ...] = ()
    """Words putting the shared care in the night ("at night", "overnight", "the night feeds")."""


def _phrases(values: list[str]) -> tuple[Phrase, ...]:
    """``values`` as word tuples, longest first."""
    return tuple(sorted((tuple(_WORD.findall(normalise(v))) for v in values), key=len, reverse=True))


@functools.cache
def _words() -> _Words:
    """The shipped ``[night_care]`` words (read once)."""
    raw = mapping_table("concerns.toml")["night_care"]
    owners = {"m": ("his", "him"), "f": ("her", "her")}
    return _Words(
        hazard=_phrases(raw["hazard"]),
        hazard_blockers=_phrases(raw["hazard_blockers"]),
        clause_blockers=_phrases(raw["clause_blockers"]),
        persons={g: frozenset(normalise(w) for w in ws) for g, ws in raw["persons"].items()},
        babies=frozenset(normalise(w) for w in raw["babies"]),
        verbs=_phrases(raw["verbs"]),
        fillers=_phrases(raw["fillers"]),
        night_care=_phrases(raw["night_care"]),
        beds={g: _phrases([b.format(p=p, o=o) for b in raw["beds"]]) for g, (p, o) in owners.items()},
        bed_forms=tuple(raw["beds"]),
        cots=frozenset(normalise(w) for w in raw.get("cots", ())),
        cot_beds={g: _phrases([b.format(p=p, o=o) for b in raw.get("cot_beds", ())]) for g, (p, o) in owners.items()},
        cot_forms=tuple(raw.get("cot_beds", ())),
        meanwhile=_phrases(raw.get("meanwhile", [])),
        night_refs=_phrases(raw.get("night_refs", [])),
        after_dose=_phrases(raw["after_dose"]),
        dose_words=_phrases(raw["dose_words"]),
        worn_off=_phrases(raw["worn_off"]),
        partner_subjects=frozenset(normalise(w) for w in raw["partner_subjects"]),
        partner_verbs=tuple(v for v in _phrases(raw["verbs"]) if v not in set(_phrases(raw["partner_verbs_not"]))),
        clock_hours=(int(raw["clock_hours"]["first"]), int(raw["clock_hours"]["last"])),
        clock_care=_phrases(raw["clock_care"]),
        clock_before=frozenset(normalise(w) for w in raw["clock_before"]),
        night_leads=_phrases(raw.get("night_leads", [])),
        watch_verbs=_phrases(raw.get("watch_verbs", [])),
        night_spans=_phrases(raw.get("night_spans", [])),
        listed_between=frozenset(normalise(w) for w in raw.get("listed_between", ())),
        lone_openers=frozenset(normalise(w) for w in raw.get("lone_openers", ())),
        lone_reach=int(raw.get("lone_reach", 0)),
        lone_times=_phrases(raw.get("lone_times", [])),
        carers=frozenset(normalise(w) for w in raw.get("carers", ())),
        antecedents_other=frozenset(normalise(w) for w in raw.get("antecedents_other", ())),
        exception_leads=_phrases(raw.get("exception_leads", [])),
        hazard_objects=frozenset(normalise(w) for w in raw.get("hazard_objects", ())),
        rota_heads=_phrases(raw.get("rota_heads", [])),
        rota_days=_phrases(raw.get("rota_days", [])),
        rota_subject_reach=int(raw.get("rota_subject_reach", 0)),
        lone_until=frozenset(normalise(w) for w in raw.get("lone_until", ())),
        lone_returns=_phrases(raw.get("lone_returns", [])),
        sleep_verbs=_phrases(raw.get("sleep_verbs", [])),
        sleep_places=frozenset(normalise(w) for w in raw.get("sleep_places", ())),
        sleep_with=frozenset(normalise(w) for w in raw.get("sleep_with", ())),
        baby_things=frozenset(normalise(w) for w in raw.get("baby_things", ())),
        share_subjects=_phrases(raw.get("share_subjects", [])),
        share_reach=int(raw.get("share_reach", 0)),
        share_verbs=_phrases(raw.get("share_verbs", [])),
        share_nights=_phrases(raw.get("share_nights", [])),
    )


_FIRST: dict[int, tuple[tuple[Phrase, ...], dict[str, tuple[Phrase, ...]]]] = {}
"""``phrases`` by their first word, longest first as given, keyed by the identity of the tuple (each entry holds its
tuple, so the identity is not reused while it is kept)."""
_MAX_FIRST = 256
"""At most this many tuples indexed at a time, the oldest dropped first. The tables are read once, but a caller may
pass a tuple made for one record (:func:`medicated_subjects`): unbounded, every record left one behind (about 250
bytes a record, 5 MB over 20,000 records, issue 14). A table dropped is indexed again when next asked for."""


def _by_first(phrases: tuple[Phrase, ...]) -> dict[str, tuple[Phrase, ...]]:
    held = _FIRST.get(id(phrases))
    if held is not None and held[0] is phrases:
        return held[1]
    index: dict[str, list[Phrase]] = {}
    for phrase in phrases:
        if phrase:  # an empty phrase matches with length 0: the same as none
            index.setdefault(phrase[0], []).append(phrase)
    by_first = {w: tuple(ps) for w, ps in index.items()}
    if len(_FIRST) >= _MAX_FIRST:
        del _FIRST[next(iter(_FIRST))]
    _FIRST[id(phrases)] = (phrases, by_first)
    return by_first


def longest_at(words: Sequence[str], i: int, phrases: tuple[Phrase, ...]) -> int:
    """The length of the longest of ``phrases`` (longest first, as :func:`_phrases` sorts them) starting at word
    ``i`` of ``words``, or 0 (only those opening on that word are tried). ``words`` may be any sequence (a list of
    this module's clauses, a tuple or list of another reader's); ``phrases`` are indexed by their first word once
    per tuple (:func:`_by_first`), so a caller passes the same tuple each time, not one built per call."""
    if not 0 <= i < len(words):
        return 0
    for phrase in _by_first(phrases).get(words[i], ()):
        if tuple(words[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def holds_any(words: Sequence[str], phrases: tuple[Phrase, ...]) -> bool:
    """Whether any of ``phrases`` starts at any word of ``words`` (any sequence, as :func:`longest_at`)."""
    if _by_first(phrases).keys().isdisjoint(words):  # cheap: no phrase opens on any of its words
        return False
    return any(longest_at(words, i, phrases) for i in range(len(words)))


_HOUR = re.compile(r"(\d{1,2})(am|pm)?")
_HOUR_MINUTES = re.compile(r"(\d{2})(\d{2})(?:h|hrs)?")
_MINUTES = re.compile(r"\d{2}")
_HOUR_WORDS = {
    w: n
    for n, w in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"), start=1
    )
}
_OCLOCK = "o'clock"
_AM_PM = {("am",): 0, ("a", "m"): 0, ("pm",): 12, ("p", "m"): 12}
_LIST_GOES_ON = frozenset({"and", "or", "to"})
"""Words after a night time that carry its list on to the care word ("the 2 am and 5 am feeds"; a clause keeps the
"and" that ends it)."""
_TWENTY_FOUR_UNITS = frozenset({"h", "hr", "hrs", "hours"})


def _clock(words: list[str], j: int) -> tuple[int, int] | None:
    """The clock time written at word ``j``, as (its length in words, its hour 0-23), or None: "2 am", "2am",
    "2.30 am", "0200", "02:00", "23:15 hrs", "four o'clock", "midnight". An hour with neither am/pm, o'clock nor
    a two-digit 24-hour form ("2", "2:00") says no time of day and is none."""
    if not 0 <= j < len(words):
        return None
    word = words[j]
    if word == "midnight":
        return 1, 0
    if (four := _HOUR_MINUTES.fullmatch(word)) is not None:
        hour, minutes = int(four[1]), int(four[2])
        return (1, hour) if hour < 24 and minutes < 60 else None
    if word in _HOUR_WORDS:
        return (2, _HOUR_WORDS[word] % 12) if j + 1 < len(words) and words[j + 1] == _OCLOCK else None
    if (m := _HOUR.fullmatch(word)) is None or not 0 <= (hour := int(m[1])) < 24:
        return None
    if m[2]:
        return (1, hour % 12 + _AM_PM[(m[2],)]) if 1 <= hour <= 12 else None
    n = 1
    minutes = j + 1 < len(words) and _MINUTES.fullmatch(words[j + 1]) is not None
    if minutes:
        n += 1
    for written, add in _AM_PM.items():
        if tuple(words[j + n : j + n + len(written)]) == written:
            return (n + len(written), hour % 12 + add) if 1 <= hour <= 12 else None
    if not minutes and j + 1 < len(words) and words[j + 1] == _OCLOCK and 1 <= hour <= 12:
        return 2, hour % 12
    if minutes and (len(m[1]) == 2 or hour >= 13):  # "02:00", "23:30": a 24-hour time
        return (n + 1, hour) if j + n < len(words) and words[j + n] in _TWENTY_FOUR_UNITS else (n, hour)
    return None


def night_by_the_clock_at(clause: list[str], i: int) -> bool:
    """Whether the words of ``clause`` from ``i`` name the baby's care at a time of the night ("the 3 am feed"):
    :func:`_night_by_the_clock` with the shipped words."""
    return _night_by_the_clock(clause, i, _words())


def night_care_at(clause: list[str], i: int) -> int:
    """The length of the ``[night_care]`` words for the baby's night care at word ``i`` of ``clause`` past any
    ``fillers`` ("the night feeds", "all the nights") counted from ``i``, or 0."""
    found = _words()
    j = i
    while length := longest_at(clause, j, found.fillers):
        j += length
    n = longest_at(clause, j, found.night_care)
    return j - i + n if n else 0


def baby_words() -> frozenset[str]:
    """The ``[night_care]`` words for the baby ("baby", "infant")."""
    return _words().babies


def _night_by_the_clock(clause: list[str], i: int, found: _Words) -> bool:
    """Whether the words from ``i`` name the baby's care at a time of the night (``clock_hours``): a night time
    and then one of ``clock_care``, or the clause's end or a word carrying the list on ("the 2 am feed", "the 2 am
    and 5 am feeds"), or one of ``clock_care``, one of ``clock_before`` and a night time ("the feeds at 02:00")."""
    first, last = found.clock_hours
    if (at := _clock(clause, i)) is not None:
        n, hour = at
        if first <= hour <= last and (
            i + n == len(clause) or clause[i + n] in _LIST_GOES_ON or longest_at(clause, i + n, found.clock_care)
        ):
            return True
    care = longest_at(clause, i, found.clock_care)
    if care and i + care < len(clause) and clause[i + care] in found.clock_before:
        at = _clock(clause, i + care + 1)
        return at is not None and first <= at[1] <= last
    return False


def _whose(
    before: list[str], after: list[str], found: _Words, names: Mapping[str, frozenset[str]] | None = None
) -> str | None:
    """Who the hazard words speak of: the nearest person or baby word up to their end, else the first after; a
    parent's own name (``names``, by gender) up to their end is that parent ("make Kayleigh drowsy"), never one
    after them ("is deeply asleep by 10, so from then Chloe has the baby") but the one right after a verb of
    ``hazard_objects`` ("sedate Kayleigh"). A partner word nearer ("her partner is
    too drowsy") makes it the partner's, whose gender the text does not give: none, and the possessive before it is
    not the sedated one."""
    named = names or {}
    # "sedate Kayleigh": the name right after a verb whose object is the sedated one
    objects = len(before) + 1 if before and before[-1] in found.hazard_objects else len(before)
    for k, word in enumerate([*reversed(before), *after]):
        if word in found.babies or word in found.partner_subjects:
            return None
        for gender, persons in found.persons.items():
            if word in persons or (k < objects and word in named.get(gender, ())):
                return gender
    return None


def _gives_the_nights(
    clause: list[str],
    gender: str,
    found: _Words,
    subjects: frozenset[str] | None = None,
    verbs: tuple[Phrase, ...] | None = None,
    refs: bool = False,
    others: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``clause`` gives the baby's nights to the parent of ``gender``: that parent its subject (a word of
    ``persons``, or of ``subjects`` where given), doing the night care ("he does all the night feeds", or one of
    ``night_refs`` where ``refs``: the night care named before), or the baby in that parent's bed ("the baby
    sleeps in his bed"). Opening words of ``meanwhile`` ("until then"), ``night_leads`` and ``exception_leads``
    ("except that") are passed over; ``others`` (the other parent's own name) is someone else for a condition that
    leaves this parent the lone carer ("when Chloe is away")."""
    if length := (
        longest_at(clause, 0, found.meanwhile)
        or longest_at(clause, 0, found.night_leads)
        or longest_at(clause, 0, found.exception_leads)
    ):
        clause = clause[length:]
    who = found.persons[gender] if subjects is None else subjects
    if holds_any(clause, found.clause_blockers) and holds_any(
        _without_lone_times(clause, gender, who, found, others), found.clause_blockers
    ):
        return False
    if found.babies & set(clause) and holds_any(clause, found.beds[gender]):
        return True
    if found.cots & set(clause) and holds_any(clause, found.cot_beds[gender]):
        return True  # the baby's crib on that parent's side of the bed
    i = 0
    while i < len(clause) and clause[i] in _LEADS:
        i += 1
    if i < len(clause) and clause[i] == "the":
        i += 1
    if i >= len(clause) or clause[i] not in who or clause[i] in {"his", "him", "her", "hers"}:
        return False
    i += 1
    if _sleeps_with_the_baby(clause[i:], found):
        return True  # "he naps on the sofa with the baby"
    if (length := longest_at(clause, i, found.watch_verbs)) and holds_any(clause[i + length :], found.night_spans):
        return True  # "he will check the baby's breathing every hour through the night"
    if not (length := longest_at(clause, i, found.verbs if verbs is None else verbs)):
        return False
    i += length
    while length := longest_at(clause, i, found.fillers):
        i += length
    if refs and longest_at(clause, i, found.night_refs) and i + longest_at(clause, i, found.night_refs) == len(clause):
        return True  # "he does them": the night care named before, and nothing after to say otherwise
    return bool(longest_at(clause, i, found.night_care)) or _night_by_the_clock(clause, i, found)


def _sleeps_with_the_baby(predicate: list[str], found: _Words) -> bool:
    """Whether ``predicate`` (a clause's words after its subject, the parent) opens on the parent's own sleep (one
    of ``sleep_verbs``) and puts the baby with the sleeper (one of ``sleep_with`` right before a baby word, "the"
    or "her" between at most, and no word of ``baby_things`` after it: not "the baby monitor") in one of
    ``sleep_places`` ("naps on the sofa with the baby", "dozes in the armchair holding the baby"). A cot word in
    the clause ("with the baby in its Moses basket beside him") is the baby's own sleep space: not read."""
    if not (length := longest_at(predicate, 0, found.sleep_verbs)):
        return False
    rest = predicate[length:]
    if found.sleep_places.isdisjoint(rest) or not found.cots.isdisjoint(rest):
        return False
    for j, word in enumerate(rest):
        if word not in found.babies or (j + 1 < len(rest) and rest[j + 1] in found.baby_things):
            continue
        k = j - 1
        if k >= 0 and rest[k] in ("the", "her", "his", "their", "our"):
            k -= 1
        if k >= 0 and rest[k] in found.sleep_with:
            return True
    return False


def _shared_without_a_bound(clause: list[str], found: _Words) -> bool:
    """Whether ``clause`` gives the baby's nights to the adults of the home together with no one named: one of
    ``share_subjects`` opening it (past leads), one of ``share_verbs`` within ``share_reach`` words, and after it
    one of ``share_nights`` or the night care ("the two adults in the house will share the baby's care at night"),
    with none of ``clause_blockers``. The sedated adult is one of them: his or her share of the nights is the
    hazard, as the nights given to that adult are."""
    i = 0
    while i < len(clause) and clause[i] in _LEADS:
        i += 1
    if not (length := longest_at(clause, i, found.share_subjects)):
        return False
    i += length
    verb = next(
        (j for j in range(i, min(len(clause), i + found.share_reach + 1)) if longest_at(clause, j, found.share_verbs)),
        None,
    )
    if verb is None or holds_any(clause, found.clause_blockers):
        return False
    after = clause[verb + longest_at(clause, verb, found.share_verbs) :]
    return holds_any(after, found.share_nights) or holds_any(after, found.night_care)


def _without_lone_times(
    clause: list[str], gender: str, who: frozenset[str], found: _Words, named: frozenset[str] = frozenset()
) -> list[str]:
    """``clause`` without each condition that leaves the parent of ``gender`` the lone carer (``lone_openers``, at
    most ``lone_reach`` words, someone else, one of ``lone_times``: "when the foster carer is off"): its other
    blockers are read as before. Someone else is a word of ``carers`` or of the other parent's ``persons``, never
    one of ``who`` or this parent's ``persons``; ``named`` (the other parent's own name) is someone else too."""
    if found.lone_openers.isdisjoint(clause) and found.lone_until.isdisjoint(clause):  # cheap: no opener
        return clause
    others = (found.carers | named | frozenset().union(*found.persons.values())) - found.persons[gender] - who
    kept: list[str] = []
    i = 0
    while i < len(clause):
        if clause[i] in found.lone_openers or clause[i] in found.lone_until:
            times = found.lone_times if clause[i] in found.lone_openers else found.lone_returns
            for j in range(i + 2, min(len(clause), i + 2 + found.lone_reach)):
                length = longest_at(clause, j, times)
                if length and clause[j - 1] in others and not holds_any(clause[i + 1 : j], found.clause_blockers):
                    i = j + length
                    break
            else:
                kept.append(clause[i])
                i += 1
            continue
        kept.append(clause[i])
        i += 1
    return kept


_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
_CO_SUBJECT_REACH = 3
"""At most how many words the second of two joined subjects may take before their verb ("he and her mother take")."""


def _with_co_subjects(clauses: list[list[str]], found: _Words) -> list[list[str]]:
    """``clauses`` with a subject of one word cut from its verb by "and" ("he and Chloe take the night feeds every
    other night": the clause "he and", then "Chloe take ...") joined to the verb after the second subject, so the
    act is said of each ("he take the night feeds ..."): one of two sharing the nights does those nights. Only a
    clause of the one word and "and" is joined; a longer subject ("the foster carer and her husband") is not."""
    if not any(len(c) == 2 and c[1] == "and" for c in clauses):  # cheap: no bare subject before "and"
        return clauses
    out: list[list[str]] = []
    for k, clause in enumerate(clauses):
        following = clauses[k + 1] if k + 1 < len(clauses) else []
        if len(clause) == 2 and clause[1] == "and":
            verb = next((j for j in range(1, min(len(following), _CO_SUBJECT_REACH + 1))
                         if longest_at(following, j, found.verbs)), None)
            if verb is not None:
                out.append([clause[0], *following[verb:]])
                continue
        out.append(clause)
    return out


def _rota_read(clauses: list[list[str]], found: _Words) -> list[list[str]]:
    """``clauses`` (a sentence's) with each entry of a night rota read as its night care said in full: after a
    clause holding one of ``rota_heads`` ("Night rota:"), a clause of a subject of at most ``rota_subject_reach``
    words and then one of ``rota_days`` ("Daniel Tue", "Kayleigh weekends in her own room") is that subject doing
    the nights on those days ("Daniel does the nights Tue"), read as any other clause (its blockers too)."""
    if not found.rota_heads:
        return clauses
    out: list[list[str]] = []
    rota = False
    for clause in clauses:
        if not rota:
            rota = holds_any(clause, found.rota_heads)
            out.append(clause)
            continue
        at = next(
            (
                j
                for j in range(1, min(len(clause), found.rota_subject_reach + 1))
                if longest_at(clause, j, found.rota_days)
            ),
            None,
        )
        if at is None or any(longest_at(clause, j, found.rota_days) for j in range(at)):
            out.append(clause)
            continue
        out.append([*clause[:at], "does", "the", "nights", *clause[at:]])
    return out


def _listed_owner(
    clause: list[str], at: int, listed: Mapping[str, str], names: Mapping[str, frozenset[str]], found: _Words
) -> str | None:
    """The gender of the parent the medicine list gives the medicines of the hazard's clause (before word ``at``),
    where the clause names them as someone else's, no parent's ("the foster carer's diazepam and pregabalin cause
    sedation"): one of ``listed`` (a listed medicine's word, by the gender of its only taker), right after a
    possessive whose owner is no parent, partner, baby or parent's name, past ``listed_between`` words ("and",
    "own"). The medicine list says who takes each medicine, so the hazard is that parent's. None where the clause
    names no listed medicine so, or its medicines are more than one parent's."""
    owners: set[str] = set()
    i = 0
    while i < at:
        word = clause[i]
        if not word.endswith("'s"):
            i += 1
            continue
        owner = word[:-2]
        j = i + 1
        medicines: set[str] = set()
        while j < at and (clause[j] in listed or clause[j] in found.listed_between):
            if clause[j] in listed:
                medicines.add(listed[clause[j]])
            j += 1
        i = j
        if not medicines:
            continue
        parents = found.babies | found.partner_subjects | frozenset(w for ws in found.persons.values() for w in ws)
        if owner in parents or any(owner in ns for ns in names.values()):
            return None  # a parent's, rightly or not: MA120 reads that against the list
        owners |= medicines
    return next(iter(owners)) if len(owners) == 1 else None


def night_care_to_the_sedated(
    text: str,
    names: Mapping[str, frozenset[str]] | None = None,
    listed: Mapping[str, str] | None = None,
    others: frozenset[str] = frozenset(),
) -> bool:
    """Whether a sentence of ``text`` says a parent is sedated or hard to wake, with no negation, condition or
    risk in that clause, and later gives that same parent the baby's night care or bed (``[night_care]``). The
    parent is the clause's subject as one of ``persons`` or a word of ``names`` for that gender (the parent's own
    name: "her diazepam sedates her; Kayleigh does the 4 am bottle"); in a later sentence of the same text only
    a subject naming the parent outright (a ``persons`` word but a pronoun, or the name) is that parent: "she"
    there may be someone the text spoke of since; but for a pronoun opening the very next sentence where the
    hazard's sentence names no one else and ends on the hazard's clause (:func:`_names_only`). A clause naming no
    parent whose sedating medicines are told as someone else's ("the foster carer's diazepam causes sedation")
    speaks of the parent the medicine list gives them to (``listed``: a listed medicine's word by the gender of its
    only taker; :func:`_listed_owner`). ``others``: the words of the names of other people the record names (its
    recipients: "when Sandra is off", Sandra the foster carer), someone else for a condition that leaves the parent
    the lone carer."""
    found = _words()
    normalised = normalise(text)
    if not any(h[0] in normalised for h in found.hazard):  # cheap: no hazard word, nothing to read
        return False
    firsts = _by_first(found.hazard).keys()
    named = names or {}
    sentences = [
        _rota_read(
            _with_co_subjects([_WORD.findall(sentence[a:b]) for a, b in itertools.pairwise(breaks)], found), found
        )
        for sentence in _SENTENCE_END.split(normalised)
        for breaks in ([0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence)), len(sentence)],)
    ]
    for s, clauses in enumerate(sentences):
        for k, clause in enumerate(clauses):
            if firsts.isdisjoint(clause):  # cheap: no hazard phrase opens on any of its words
                continue
            at = next((i for i in range(len(clause)) if longest_at(clause, i, found.hazard)), None)
            if at is None or holds_any(clause, found.hazard_blockers):
                continue
            end = at + longest_at(clause, at, found.hazard)
            gender = _whose(clause[:end], clause[end:], found, named)  # its own words first: "knocks him out"
            if gender is None and listed:
                # A list of medicines is cut at its "and" and commas: the clauses before that it goes on from.
                head, back = clause[:at], k
                while head and head[0] in listed and back > 0:
                    back -= 1
                    head = clauses[back] + head
                gender = _listed_owner(head, len(head), listed, named, found)
            if gender is None:
                continue
            own = named.get(gender, frozenset())
            other = (frozenset().union(*(ns for g, ns in named.items() if g != gender)) | others) - own
            here = found.persons[gender] | own
            if any(_gives_the_nights(c, gender, found, here, others=other) for c in clauses[k + 1 :]):
                return True
            outright = (found.persons[gender] - _PRONOUNS) | own
            if any(
                _gives_the_nights(c, gender, found, outright, others=other)
                for later in sentences[s + 1 :]
                for c in later
            ):
                return True
            if (
                k == len(clauses) - 1
                and s + 1 < len(sentences)
                and sentences[s + 1]
                and _names_only(clauses, gender, found)
                and _gives_the_nights(sentences[s + 1][0], gender, found, here, found.partner_verbs, others=other)
            ):
                return True  # "... make her drowsy. She does the 04:00 feed": the one person named before
    return False


def _names_only(clauses: list[list[str]], gender: str, found: _Words) -> bool:
    """Whether a sentence names no one but the parent of ``gender``: no word of ``carers``, ``antecedents_other``,
    ``babies``, ``partner_subjects`` or the other parent's ``persons``."""
    others = found.carers | found.antecedents_other | found.babies | found.partner_subjects
    others = (others | frozenset().union(*found.persons.values())) - found.persons[gender]
    return all(others.isdisjoint(c) for c in clauses)


_AFTER_DOSE_REACH = 4
"""How many words after "after" a dose word may come ("after his 10 pm dose")."""


def _without_the_dose_time(clause: list[str], found: _Words) -> tuple[list[str], bool]:
    """``clause`` without each "after ... dose" (``after_dose`` with one of ``dose_words`` within a few words and
    none of ``worn_off`` after it), and whether there was one: the night care put right after the dose."""
    kept: list[str] = []
    said = False
    i = 0
    while i < len(clause):
        if length := longest_at(clause, i, found.after_dose):
            for j in range(i + length, min(len(clause), i + length + _AFTER_DOSE_REACH)):
                d = longest_at(clause, j, found.dose_words)
                if d and not holds_any(clause[j + d : j + d + 3], found.worn_off):
                    said = True
                    i = j + d
                    break
            else:
                kept.append(clause[i])
                i += 1
            continue
        kept.append(clause[i])
        i += 1
    return kept, said


@functools.lru_cache(maxsize=64)
def _named_beds(names: frozenset[str], cots: bool = False) -> tuple[Phrase, ...]:
    """``beds`` (``cot_beds`` where ``cots``) with the partner's own name in place of "his" ("on Daniel's side of the
    bed", "in bed with Daniel")."""
    forms = _words().cot_forms if cots else _words().bed_forms
    return _phrases([b.format(p=f"{n}{s}", o=n) for n in sorted(names) for s in ("'s", "'") for b in forms])


def night_care_to_the_sedated_partner(
    text: str, names: frozenset[str], man: bool, sedated: bool, others: frozenset[str] = frozenset()
) -> bool:
    """Whether a clause of ``text`` gives the partner the baby's night care or bed, where the record itself says
    the partner is sedated (``sedated``: the partner's own assessment answers sedation "yes"), or, with a sedating
    medicine only, puts it right after the dose ("does all the night feeds after his 10 pm dose"). The partner is
    the subject as one of ``persons`` for a man (``man``), a partner word or a word of ``names`` (the partner's own
    name, normalised); the baby in a bed or on a side of it named by a word of ``names`` is the partner's.
    Clauses are cut and blocked as for :func:`night_care_to_the_sedated`; "after ... dose" is read as the dose's
    time, not a bound ([night_care] in mappings/concerns.toml). ``others`` (the words of the mother's and other
    people's names) are someone else for a condition that leaves the partner the lone carer ("until Chloe is
    back"). Where the record says the partner is sedated, the nights shared by the adults of the home with no one
    named (:func:`_shared_without_a_bound`) give the partner a share of them, unless a clause of the text bounds the
    partner's care (a partner's subject and one of ``clause_blockers``: "he never does a feed after his dose")."""
    found = _words()
    normalised = normalise(text)
    if (
        "night" not in normalised
        and " bed" not in normalised
        and _OCLOCK not in normalised
        and not _DIGIT.search(normalised)
        and found.sleep_places.isdisjoint(_WORD.findall(normalised))
    ):  # cheap: no night, bed, clock time or place of sleep
        return False
    subjects = found.partner_subjects | names | (found.persons["m"] if man else frozenset())
    gender = "m" if man else "f"
    named_beds = _named_beds(names)
    for sentence in _SENTENCE_END.split(normalised):
        breaks = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence)), len(sentence)]
        named_before = False  # the night care named in an earlier clause of the sentence
        parts = _rota_read(
            _with_co_subjects([_WORD.findall(sentence[a:b]) for a, b in itertools.pairwise(breaks)], found), found
        )
        for part in parts:
            clause, after_dose = _without_the_dose_time(part, found)
            refs, named_before = named_before, named_before or holds_any(clause, found.night_care)
            if not (sedated or after_dose):
                continue
            if (
                named_beds
                and (
                    (found.babies & set(clause) and holds_any(clause, named_beds))
                    or (found.cots & set(clause) and holds_any(clause, _named_beds(names, cots=True)))
                )
                and not holds_any(clause, found.clause_blockers)
            ):
                return True  # the baby in the partner's bed or on the partner's side of it, by name
            if not man and (
                (found.babies & set(clause) and holds_any(clause, found.beds[gender]))
                or (found.cots & set(clause) and holds_any(clause, found.cot_beds[gender]))
            ):
                continue  # "her bed" where the partner is not a man may be the mother's
            if _gives_the_nights(clause, gender, found, subjects, found.partner_verbs, refs, others - names):
                return True
            if sedated and _shared_without_a_bound(clause, found) and not _bounded(normalised, subjects, found):
                return True
    return False


def _bounded(normalised: str, subjects: frozenset[str], found: _Words) -> bool:
    """Whether a clause of ``normalised`` names one of ``subjects`` (the partner) and holds one of
    ``clause_blockers``: the partner's care bounded somewhere in the text ("he never does a feed after his dose")."""
    return any(
        not subjects.isdisjoint(clause) and holds_any(clause, found.clause_blockers)
        for sentence in _SENTENCE_END.split(normalised)
        for clause in (_WORD.findall(part) for part in _CLAUSE_BREAK.split(sentence) if part)
    )


# --- The parent on a sedating medicine given the nights as the whole safe sleep plan (MA122) -------------------


@dataclass(frozen=True, slots=True)
class _Medicated:
    mother_subjects: tuple[Phrase, ...]
    continues: tuple[Phrase, ...]
    stops: tuple[Phrase, ...]
    stop_blockers: tuple[Phrase, ...]
    lowers: frozenset[Phrase] = frozenset()
    """The ``stops`` that lower the dose and leave the medicine taken while they run ("a taper from week 6")."""
    lowered_to_nothing: tuple[Phrase, ...] = ()
    """Words making a lowering an end of the medicine ("tapered off", "to nothing")."""
    bounds: frozenset[Phrase] = frozenset()
    """The ``stops`` that bound a clause's own act ("until", "till")."""
    later: tuple[Phrase, ...] = ()
    """Words setting the nights after some change or at some time ("then", "from week 10", "after that")."""
    time_openers: frozenset[str] = frozenset()
    """Words ending a nights clause that open its time, what another does meanwhile ("while Sandra sleeps")."""
    time_reach: int = 0
    time_not: tuple[Phrase, ...] = ()
    """Words of the baby's sleeping place: a time clause holding one is a plan for the baby's sleep, not blanked."""
    time_apart: tuple[Phrase, ...] = ()
    """Places away from the parent ("next door"): a time clause holding one is blanked whatever ``time_not`` says."""
    time_apart_reach: int = 0
    """The words such a place may add to ``time_reach`` ("while the foster carer sleeps in the other room")."""
    kept_only: frozenset[str] = frozenset()
    """Words narrowing someone else's nights to a condition ("only")."""
    untaken_openers: tuple[Phrase, ...] = ()
    """Words opening that condition ("on nights", "when")."""
    untaken: tuple[Phrase, ...] = ()
    """Words saying the parent has not taken the medicine ("has taken neither", "has had no")."""
    untaken_reach: int = 0
    untaken_fallbacks: tuple[Phrase, ...] = ()
    """Words giving the other nights to someone ("otherwise", "on other nights"): the nights are covered after all."""
    wishes: tuple[Phrase, ...] = ()
    """The parent's wish as a nights clause's verb ("is keen to do"): the nights given where it is supported."""
    supports: tuple[Phrase, ...] = ()
    """Words supporting a wish in a later clause of its sentence ("supports", "agrees with")."""
    support_refs: tuple[Phrase, ...] = ()
    """Words by which that clause points back at the wish ("which", "this")."""
    wish_pronouns: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)
    """The parent's pronoun as a wish's subject, by parent ("mother": "she"; "father": "he")."""
    wish_others: tuple[Phrase, ...] = ()
    """Other adults: a clause before the wish naming one leaves its pronoun unresolved."""


@functools.cache
def _medicated() -> _Medicated:
    """The shipped ``[night_care_medicated]`` words (read once)."""
    raw = mapping_table("concerns.toml")["night_care_medicated"]
    return _Medicated(
        _phrases(raw["mother_subjects"]),
        _phrases(raw["continues"]),
        _phrases(raw["stops"]),
        _phrases(raw["stop_blockers"]),
        frozenset(_phrases(raw.get("lowers", []))),
        _phrases(raw.get("lowered_to_nothing", [])),
        frozenset(_phrases(raw.get("bounds", []))),
        _phrases(raw.get("later", [])),
        frozenset(normalise(w) for w in raw.get("time_openers", ())),
        int(raw.get("time_reach", 0)),
        _phrases(raw.get("time_not", [])),
        _phrases(raw.get("time_apart", [])),
        int(raw.get("time_apart_reach", 0)),
        frozenset(normalise(w) for w in raw.get("kept_only", ())),
        _phrases(raw.get("untaken_openers", [])),
        _phrases(raw.get("untaken", [])),
        int(raw.get("untaken_reach", 0)),
        _phrases(raw.get("untaken_fallbacks", [])),
        _phrases(raw.get("wishes", [])),
        _phrases(raw.get("supports", [])),
        _phrases(raw.get("support_refs", [])),
        {k: _phrases(v) for k, v in raw.get("wish_pronouns", {}).items()},
        _phrases(raw.get("wish_others", [])),
    )


def medicated_subjects(parent: str, names: frozenset[str], man: bool) -> tuple[Phrase, ...]:
    """The words naming outright the parent who takes the medicine, as a clause's subject: ``parent`` "mother"
    (``mother_subjects``) or "partner" (``[night_care] partner_subjects``, a man's ``persons`` but his pronouns),
    with ``names`` (that parent's own name, normalised words)."""
    found = _words()
    if parent == "mother":
        words: tuple[Phrase, ...] = _medicated().mother_subjects
    else:
        people = found.partner_subjects | (found.persons["m"] if man else frozenset())
        words = tuple((w,) for w in sorted(people - {"he", "him", "his"}))
    return tuple(sorted({*words, *((n,) for n in names)}, key=len, reverse=True))


def _nights_by(
    clause: list[str], subjects: tuple[Phrase, ...], found: _Words, verbs: tuple[Phrase, ...] | None = None
) -> bool:
    """Whether ``clause`` opens (past a lead word and "the") on one of ``subjects`` doing the baby's night care,
    with none of the clause blockers in it ("mum does the night feeds on Tuesdays"); its verb one of ``verbs`` in
    place of ``partner_verbs`` where given."""
    if holds_any(clause, found.clause_blockers):
        return False
    i = 0
    while i < len(clause) and clause[i] in _LEADS:
        i += 1
    if i < len(clause) and clause[i] == "the":
        i += 1
    if not (length := longest_at(clause, i, subjects)):
        return False
    i += length
    if not (length := longest_at(clause, i, found.partner_verbs if verbs is None else verbs)):
        return False
    i += length
    while length := longest_at(clause, i, found.fillers):
        i += length
    return bool(longest_at(clause, i, found.night_care))


def _stop_said(clause: list[str], medicated: _Medicated, found: _Words) -> str | None:
    """How ``clause`` stops, tapers or bounds a medicine: None for not at all (no ``stops``, or one of
    ``stop_blockers`` beside: "relapse if stopped"); "lowers" where its only stop words lower the dose (``lowers``)
    and none of ``lowered_to_nothing`` ends it ("a slow taper agreed for the 6-week review"), the medicine taken
    while it runs; "watch" where its only stop words bound an act (``bounds``) and the act is a watch of the baby
    (a ``babies`` or ``watch_verbs`` word: "watch the baby until day 8"), not the medicine; "stops" otherwise."""
    if not holds_any(clause, medicated.stops) or holds_any(clause, medicated.stop_blockers):
        return None
    kinds = {tuple(clause[i : i + n]) for i in range(len(clause)) if (n := longest_at(clause, i, medicated.stops))}
    if kinds <= medicated.lowers and not holds_any(clause, medicated.lowered_to_nothing):
        return "lowers"
    if kinds <= medicated.bounds and (
        not found.babies.isdisjoint(clause) or any(longest_at(clause, i, found.watch_verbs) for i in range(len(clause)))
    ):
        return "watch"
    return "stops"


def _wish_supported(
    clauses: list[list[str]], k: int, subjects: tuple[Phrase, ...], found: _Words, medicated: _Medicated
) -> bool:
    """Whether ``clauses[k]`` gives the nights to one of ``subjects`` as that parent's wish (``wishes``: "she is keen
    to do the night feeds") and a later clause of its sentence supports it (``supports`` with ``support_refs`` and
    no clause blocker: "which everyone supports")."""
    if not medicated.wishes:
        return False
    if not _nights_by(clauses[k], subjects, found, medicated.wishes):
        # the parent's pronoun, named outright in the clause before and no other adult there
        whose = "mother" if set(subjects) & set(medicated.mother_subjects) else "father"
        man = whose == "mother" or bool(set(subjects) & {(w,) for w in found.persons.get("m", ())})
        pronouns = medicated.wish_pronouns.get(whose, ()) if man else ()
        at = k - 1
        while at > 0 and all(w in _LEADS or w in _BREAK_WORDS for w in clauses[at]):
            at -= 1  # ", but": the break word cut as a clause of its own
        before = clauses[at] if at >= 0 else []
        if not (
            pronouns
            and _nights_by(clauses[k], pronouns, found, medicated.wishes)
            and holds_any(before, subjects)
            and not holds_any(before, medicated.wish_others)
        ):
            return False
    return any(
        holds_any(later, medicated.supports)
        and holds_any(later, medicated.support_refs)
        and not holds_any(later, found.clause_blockers)
        for later in clauses[k + 1 :]
    )


def nights_to_the_medicated(normalised: str, subjects: tuple[Phrase, ...]) -> str | None:
    """``normalised`` (a conclusion's normalised text) with each clause blanked that gives the baby's night care to
    the parent who takes the conclusion's sedating medicine (its subject one of ``subjects``), where the text
    continues the medicine (``continues``), stops or bounds it in no clause (``stops`` with none of
    ``stop_blockers``: "relapse if stopped" is no stop) and denies or conditions no drowsiness (``[night_care]``
    hazard with a hazard blocker in its clause); None where no clause gives the nights so or the text does not
    apply (``[night_care_medicated]``). A lowering of the dose still to run ("the GP tapers it from 6 weeks") or a
    bound of the baby's watch ("until day 8") leaves the medicine taken now (:func:`_stop_said`): said in another
    sentence, it keeps the nights read, but for nights in its own sentence and nights set after some change
    (``later``, or a clause blocker, in the nights' own clause or a clause before it in their sentence: "...; then
    Kayleigh does the night feeds", "From week 10, mum does the nights"). A short clause telling the nights' time
    after them (``time_openers``, at most ``time_reach`` words: "... while Sandra sleeps") is theirs and blanked
    with them, unless it names the baby or a sleeping place (``time_not``, ``babies``, ``cots``) other than one
    away from her (``time_apart``: "while the carer sleeps next door")."""
    if "night" not in normalised or not subjects:  # cheap: no night care anywhere
        return None
    found, medicated = _words(), _medicated()
    words = _WORD.findall(normalised)
    if not holds_any(words, medicated.continues):
        return None
    spans: list[tuple[int, int, int, bool]] = []  # a clause's span, its sentence, whether it follows a change
    lowered: set[int] = set()  # the sentences lowering the dose or bounding the baby's watch
    start = 0
    for s, end in enumerate([*(m.end() for m in _SENTENCE_END.finditer(normalised)), len(normalised)]):
        sentence = normalised[start:end]
        breaks = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence)), len(sentence)]
        changed = False  # a clause so far in the sentence sets what follows after some change
        timed = False  # the clause before gave the nights and opened their time ("... while")
        clauses = [_WORD.findall(sentence[a:b]) for a, b in itertools.pairwise(breaks)]
        for k, (a, b) in enumerate(itertools.pairwise(breaks)):
            clause = clauses[k]
            if holds_any(clause, found.hazard) and holds_any(clause, found.hazard_blockers):
                return None  # the parent's drowsiness denied or conditioned: the clinician's judgment
            if (stop := _stop_said(clause, medicated, found)) == "stops":
                return None  # the medicine stopped or bounded: not continued beside the nights
            if stop is not None:
                lowered.add(s)
            later = changed or holds_any(clause, medicated.later)
            apart = timed and holds_any(clause, medicated.time_apart)  # "while the carer sleeps next door"
            reach = medicated.time_reach + (medicated.time_apart_reach if apart else 0)
            if timed and 0 < len(clause) <= reach and (apart or not holds_any(clause, medicated.time_not)) and (
                found.babies.isdisjoint(clause) and found.cots.isdisjoint(clause)
            ):
                # the nights' time ("while Sandra sleeps"), set when they are ("next door" is no later time)
                spans.append((start + a, start + b, s, spans[-1][3]))
            timed = False
            if _nights_by(clause, subjects, found) or _wish_supported(clauses, k, subjects, found, medicated):
                spans.append((start + a, start + b, s, later))
                timed = bool(clause) and clause[-1] in medicated.time_openers
            changed = later or holds_any(clause, found.clause_blockers)
        start = end
    kept = [(a, b) for a, b, s, later in spans if not lowered or (s not in lowered and not later)]
    if not kept:
        return None
    return blanked(normalised, kept)


def nights_kept_on_untaken_nights(normalised: str, subjects: tuple[Phrase, ...]) -> list[tuple[int, int]]:
    """The spans of ``normalised`` (a conclusion's normalised text) giving someone else the baby's night care only
    under a condition that the parent who takes the sedating medicine (one of ``subjects``) has not taken it: a
    clause naming the night care (``[night_care] night_care``) with none of ``subjects`` before one of ``kept_only``
    ("only", no negator right before it: "not only"), then one of ``untaken_openers``, one of ``subjects`` and, within
    ``untaken_reach`` words, one of ``untaken`` ("the foster carer does the night feeds only on nights when Kayleigh
    has taken neither diazepam nor pregabalin"). Whether that condition can ever hold is the medicine list's to say
    (the caller reads its dose lines); the parent's own nights narrowed so ("mum does the night feeds only on nights
    she has had no diazepam") are kept from the hazard and are not read, nor is any text that gives the other nights
    after it (``untaken_fallbacks``: "otherwise", "on other nights her partner does them")."""
    found, medicated = _words(), _medicated()
    if not medicated.kept_only or "night" not in normalised or not subjects:  # cheap: no night care anywhere
        return []
    if medicated.kept_only.isdisjoint(_WORD.findall(normalised)):  # cheap: nothing narrowed
        return []
    spans: list[tuple[int, int]] = []
    start = 0
    for end in [*(m.end() for m in _SENTENCE_END.finditer(normalised)), len(normalised)]:
        sentence = normalised[start:end]
        breaks = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence)), len(sentence)]
        for a, b in itertools.pairwise(breaks):
            clause = _WORD.findall(sentence[a:b])
            k = next((i for i, w in enumerate(clause) if w in medicated.kept_only), None)
            if k is None or (k > 0 and clause[k - 1] in found.clause_blockers):
                continue
            head, tail = clause[:k], clause[k + 1 :]
            if not holds_any(head, found.night_care) or holds_any(head, subjects):
                continue  # no night care narrowed, or the parent's own
            if not (opener := longest_at(tail, 0, medicated.untaken_openers)):
                continue
            who = next((i for i in range(opener, len(tail)) if longest_at(tail, i, subjects)), None)
            if who is None:
                continue
            after = who + longest_at(tail, who, subjects)
            reach = range(after, min(len(tail), after + medicated.untaken_reach + 1))
            if any(longest_at(tail, j, medicated.untaken) for j in reach):
                spans.append((start + a, start + b))
        start = end
    if spans and holds_any(_WORD.findall(normalised[spans[0][1] :]), medicated.untaken_fallbacks):
        return []  # the other nights given to someone after it ("otherwise", "on other nights"): covered after all
    return spans
