"""A plan the same text takes back by a fact it states (mappings/concerns.toml, [narrowed]; read with the clauses
whose actor is no one who can hold the plan, for MA122): a plan under a condition the text then says will not be
met ("only if the ward has room, which it will not"; "where staffing allows; staffing does not allow this"), an
"unless" it makes the usual case ("unless discharged sooner, which is the usual pattern"), and a plan resting on a
service it says is suspended or a referral it says was not sent ("at home visits, although home visits are
suspended"; "... to follow the neurology appointment. Referral to neurology not sent"), and a plan under a
condition that can never hold ("if she is still pregnant after the birth", "if the delivery comes before the
12-week scan", "should she deliver at 16 weeks", "once she is past 40 weeks and in the first trimester", "if she
is still in the first trimester at 30 weeks", "if the birth falls after the baby's 6-week check", "if the baby is
born before she conceived", "if the baby's lithium level is above 50 mmol/L", "once the baby leaves the antenatal
clinic"); such a level is a number MA017 refuses wherever it is written (:func:`names_impossible_level`).
A plan under a condition that is met or can be, with a fallback, or with what replaces a missing service stands."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from ..core.resources import mapping_table
from .phrases import alternation
from .substance import medicine_words
from .text import blanked, normalise


@dataclass(frozen=True, slots=True)
class _Narrowed:
    condition: re.Pattern[str]
    """A condition: its opener and its words (``cond``) to the next comma, semicolon or sentence end."""
    which_denied: re.Pattern[str]
    """Right after a condition: ", which" and its denial; ``tail`` what follows a negation."""
    next_denied: re.Pattern[str]
    """Opening the next clause: a lead, a subject (``subject``) and a negation; ``tail`` what follows it."""
    tail_words: frozenset[str]
    habitual_leads: frozenset[str]
    """Leads that make a bare "is not" after them a habit ("usually she is not")."""
    unless_usual: re.Pattern[str]
    service_denied: re.Pattern[str]
    """A service said not to be there; ``key`` its name ("home visits", "neurology")."""
    replaced: re.Pattern[str]
    limits: re.Pattern[str]
    staffed: frozenset[str] = frozenset()
    """Service words whose kind names their staff too ("the community midwifery service": "community midwives")."""
    kind_not: frozenset[str] = frozenset()
    """Words before a service that do not name its kind ("the", "and")."""
    fallback: re.Pattern[str] | None = None
    """What happens then, after an "unless" made the usual case ("in which case ...")."""
    never: _Never | None = None


@dataclass(frozen=True, slots=True)
class _Never:
    """The ``never_*`` readings of ``[narrowed]``: a condition that can never hold."""

    condition: re.Pattern[str]
    """One of ``never_openers`` and its words (``cond``) to the next comma, semicolon or sentence end."""
    pregnant_after: re.Pattern[str]
    """One of ``still_pregnant``, then one of ``after_birth`` not followed by "of"."""
    birth_before: re.Pattern[str]
    """One of ``births`` (not before one of ``birth_things``), then "before" and a gestation (``weeks``)."""
    birth_at_by: re.Pattern[str] | None
    """One of ``births``, up to two of ``birth_at_fillers``, then one of ``birth_at`` and a gestation (``weeks``)."""
    birth_at: re.Pattern[str]
    """One of ``births``, at most three of ``birth_at_links``, then "at" and a gestation (``weeks``)."""
    birth_history: re.Pattern[str]
    """One of ``birth_history`` or a year: a past birth, a fact and no condition."""
    inverted: re.Pattern[str]
    """One of ``never_inverted``, then one of ``inverted_subjects`` opening its words (``cond``) to the next comma,
    semicolon or sentence end."""
    lower: re.Pattern[str]
    """One of ``after_bounds`` and a gestation (``weeks``)."""
    upper: re.Pattern[str]
    """One of ``before_bounds`` and a gestation (``weeks``), or one of ``trimesters`` (``trimester``)."""
    trimesters: dict[str, int]
    viable_weeks: int
    baby_leaves: re.Pattern[str]
    point: re.Pattern[str] | None = None
    """One of ``trimester_points`` and a gestation (``weeks``): a point, past a trimester named beside it."""
    birth_after_own: re.Pattern[str] | None = None
    """One of ``births``, a few links, one of ``birth_after`` and one of ``baby_events``: a birth after the baby's
    own event."""
    level_above: re.Pattern[str] | None = None
    """A medicine of ``never_levels`` (``med``), its level, one of ``level_above`` and a number (``n``) in mmol."""
    never_levels: dict[str, float] | None = None
    birth_before_start: re.Pattern[str] | None = None
    """One of ``births``, a few links, one of ``birth_before`` and one of ``conception_events``: a birth before the
    pregnancy began."""
    told_levels: dict[str, float] | None = None
    """Each medicine's ceiling for a level told as a result (``told_levels``, one of ``told_level_words`` before it)."""
    told_words: frozenset[str] = frozenset()


_alternation = functools.partial(alternation, normalised=True, any_spaces=True)
"""Normalised phrases as an alternation, longest first, any spaces between their words."""


def _phrase(phrases: Any) -> str:
    return alternation(phrases, normalised=True, any_spaces=True, none_before=r"\w'", none_after=r"\w'")


_PART = re.compile(r"[^;\n.!?]+(?:[.!?](?!\s|$)[^;\n.!?]*)*")
"""A sentence, or its part to a semicolon."""
_SENTENCE = re.compile(r"[^\n.!?]+(?:[.!?](?!\s|$)[^\n.!?]*)*")
_WORDS = re.compile(r"[^\W\d_][\w'-]*")
_HINTS = ("not", "n't", "never", "rarely", "seldom", "unless", "unlikely", "suspended", "closed", "unavailable",
          "on hold", "paused", "impossible")
"""Words one of the shapes needs: a text holding none takes nothing back (a cheap test before any pattern)."""


@functools.cache
def _narrowed() -> _Narrowed | None:
    table: dict[str, Any] = mapping_table("concerns.toml").get("narrowed", {})
    if not table:
        return None
    adverbs = rf"(?:(?:{_alternation(table['denial_adverbs'])})\s+)?"
    habitual = rf"(?:{_alternation(table['habitual_adverbs'])})\s+(?:{_alternation(table['habitual_negations'])})"
    negation = rf"(?:{adverbs}(?:{_alternation(table['negations'])})|{habitual})(?![\w'])"
    which = (
        r"\s*,?\s*(?:-\s*)?which\s+(?:"
        rf"(?:{_alternation(table['denied_which'])})(?![\w'])"
        rf"|(?:(?:{_alternation(table['denial_subjects'])})\s+)?{negation}(?P<tail>[^,;.!?\n]*)"
        r")"
    )
    lead = rf"(?:(?P<lead>{_alternation(table['denial_leads'])})\s*,?\s+)?"
    det = r"(?:(?:the|her|his|their|our|its)\s+)?"
    nxt = (
        rf"\s*{lead}(?:(?:{_alternation(table['denial_subjects'])})|{det}(?P<subject>[^\W\d_][\w'-]*))\s+"
        rf"(?:{negation}|(?P<bare>{_alternation(table['habitual_negations'])})(?![\w']))"
        r"(?P<tail>[^,;.!?\n]*)(?=[,;.!?\n]|$)"
    )
    service = (
        r"(?<![\w'])(?:"
        r"(?:referral|referrals)\s+to\s+(?:the\s+)?(?P<key>[^\W\d_][\w'-]*(?:\s+team)?)"
        rf"|(?P<key2>(?:[^\W\d_][\w'-]*\s+)?(?:{_alternation(table['services'])}))"
        r")(?![\w'])"
        r"(?:\s+(?:in|for|at|across|within)\s+(?:this|the|her|our|their|that)\s+[^\W\d_][\w'-]*)?"
        r"\s+(?:(?:is|are|was|were|has|have|had|been|remain|remains|being|still)\s+)*(?:currently\s+)?"
        rf"(?:{_alternation(table['service_denied'])})(?![\w'])"
    )
    return _Narrowed(
        re.compile(rf"(?<![\w'])(?:{_alternation(table['conditions'])})\s+(?P<cond>[^,;.!?\n]{{1,80}}?)(?=[,;.!?\n]|\s-\s|$)"),
        re.compile(which),
        re.compile(nxt),
        frozenset(normalise(w) for w in table["denial_tail"]),
        frozenset(normalise(w) for w in (*table["habitual_adverbs"], "most nights", "most days", "most of the time")),
        re.compile(rf"(?<![\w'])unless\s+[^,;.!?\n]{{1,80}}?,\s*(?:{_alternation(table['unless_usual'])})(?![\w'])"),
        re.compile(service),
        re.compile(_phrase(table["service_replaced"])),
        re.compile(_phrase(table["service_limits"])),
        frozenset(normalise(w) for w in table.get("service_staffed", ())),
        frozenset(normalise(w) for w in table.get("service_kind_not", ())),
        re.compile(_phrase(table["unless_fallback"])) if table.get("unless_fallback") else None,
        _never(table) if "never_openers" in table else None,
    )


_GESTATION = r"(?:the\s+)?(?P<weeks>\d{1,2})(?:\+\d)?(?:/40(?!\d)|[- ]weeks?(?![\w']))"
"""A gestation in weeks: "12 weeks", "the 12-week scan", "16/40", "16+3/40"."""


def _never(table: dict[str, Any]) -> _Never:
    trimesters = {normalise(k): int(v) for k, v in table["trimesters"].items()}
    return _Never(
        re.compile(rf"(?<![\w'])(?:{_alternation(table['never_openers'])})\s+(?P<cond>[^,;.!?\n]{{1,100}}?)"
                   r"(?=[,;.!?\n]|\s-\s|$)"),
        re.compile(rf"{_phrase(table['still_pregnant'])}.*?{_phrase(table['after_birth'])}(?!\s+of(?![\w']))"),
        re.compile(
            rf"{_phrase(table['births'])}(?!\s+(?:{_alternation(table['birth_things'])})(?![\w']))"
            rf"(?:\s+[^\W\d_][\w'-]*){{0,3}}?\s+before\s+{_GESTATION}"
        ),
        re.compile(
            rf"{_phrase(table['births'])}(?:\s+(?:{_alternation(table['birth_at_fillers'])})(?![\w'])){{0,2}}"
            rf"\s+(?:{_alternation(table['birth_at'])})\s+{_GESTATION}"
        )
        if table.get("birth_at")
        else None,
        re.compile(
            rf"{_phrase(table['births'])}(?:\s+(?:{_alternation(table['birth_at_links'])})){{0,3}}\s+at\s+{_GESTATION}"
        ),
        re.compile(rf"{_phrase(table['birth_history'])}|(?<!\d)(?:19|20)\d\d(?!\d)"),
        re.compile(
            rf"(?<![\w'])(?:{_alternation(table['never_inverted'])})\s+"
            rf"(?P<cond>(?:{_alternation(table['inverted_subjects'])})(?![\w'])[^,;.!?\n]{{0,100}}?)(?=[,;.!?\n]|\s-\s|$)"
        ),
        re.compile(rf"{_phrase(table['after_bounds'])}\s+{_GESTATION}"),
        re.compile(
            rf"{_phrase(table['before_bounds'])}\s+{_GESTATION}|(?P<trimester>{_phrase(list(trimesters))})"
        ),
        trimesters,
        int(table["viable_weeks"]),
        re.compile(
            r"(?<![\w'])(?:baby|newborn|infant)(?![\w']).*?"
            rf"{_phrase(table['leaves'])}\s+(?:the\s+)?{_phrase(table['antenatal_places'])}"
        ),
        re.compile(rf"{_phrase(table['trimester_points'])}\s+{_GESTATION}") if table.get("trimester_points") else None,
        re.compile(
            rf"{_phrase(table['births'])}"
            rf"(?:\s+(?:{_alternation([*table['birth_at_links'], *table.get('birth_after_links', ())])})"
            r"(?![\w'])){0,3}"
            rf"\s+{_phrase(table['birth_after'])}\s+{_phrase(table['baby_events'])}"
        )
        if table.get("baby_events")
        else None,
        re.compile(
            rf"(?P<med>{_phrase(list(table['never_levels']))})(?:\s+[^\W\d_][\w'-]*){{0,8}}?\s+"
            rf"(?:{_alternation(table['level_words'])})(?![\w'])(?:,?\s+[^\W\d_][\w'-]*){{0,4}}?,?\s+"
            rf"(?P<how>{_alternation(table['level_above'])})\s*(?P<n>\d{{1,4}}(?:\.\d+)?)\s*mmol"
        )
        if table.get("never_levels")
        else None,
        {normalise(k): float(v) for k, v in table.get("never_levels", {}).items()},
        re.compile(
            rf"{_phrase(table['births'])}"
            rf"(?:\s+(?:{_alternation([*table['birth_at_links'], *table.get('birth_after_links', ())])})"
            r"(?![\w'])){0,3}"
            rf"\s+{_phrase(table['birth_before'])}\s+{_phrase(table['conception_events'])}"
        )
        if table.get("conception_events") and table.get("birth_before")
        else None,
        told_levels={normalise(k): float(v) for k, v in table.get("told_levels", {}).items()},
        told_words=frozenset(normalise(w) for w in table.get("told_level_words", ())),
    )


_NEVER_HINTS = (
    "pregnant", "week", "/40", "trimester", "antenatal", "booking", "early pregnancy", "mmol", "check", "visit",
    "examination", "nipe", "discharge", "heel prick", "immunisation", "concei", "concep", "pregnancy",
)
"""Words one of the never-holding conditions needs (a cheap test before any pattern)."""


_INSIDE = re.compile(r"(?<![\w'])(?:in|within|during)\s+(?:the\s+|her\s+)?\Z")
"""Right before a trimester: she is inside it ("still in the first trimester at 30 weeks"), not out of or past it
("once out of the first trimester at 14 weeks" holds)."""


def _never_holds(cond: str, never: _Never) -> bool:
    """Whether the words of a condition say what can never hold (``[narrowed]`` ``never_*``)."""
    if never.pregnant_after.search(cond) or never.baby_leaves.search(cond):
        return True
    if any(int(m["weeks"]) < never.viable_weeks for m in never.birth_before.finditer(cond)):
        return True
    if never.birth_at_by is not None and any(
        int(m["weeks"]) < never.viable_weeks for m in never.birth_at_by.finditer(cond)
    ) and not never.birth_history.search(cond):
        return True
    if any(int(m["weeks"]) < never.viable_weeks for m in never.birth_at.finditer(cond)) and not (
        never.birth_history.search(cond)
    ):
        return True
    if never.birth_after_own is not None and never.birth_after_own.search(cond):
        return True
    if never.birth_before_start is not None and never.birth_before_start.search(cond):
        return True
    if never.level_above is not None and never.never_levels and any(
        float(m["n"]) > never.never_levels[" ".join(m["med"].split())] for m in never.level_above.finditer(cond)
    ):
        return True
    lowest = [int(m["weeks"]) for m in never.lower.finditer(cond)]
    points = [int(m["weeks"]) for m in never.point.finditer(cond)] if never.point is not None else []
    if points and any(
        any(n > never.trimesters[" ".join(m["trimester"].split())] for n in points)
        for m in never.upper.finditer(cond)
        if m["trimester"] is not None and _INSIDE.search(cond, 0, m.start()) is not None
    ):
        return True
    if not lowest:
        return False
    for m in never.upper.finditer(cond):
        if m["trimester"] is not None:
            last = never.trimesters[" ".join(m["trimester"].split())]
            if any(n > last for n in lowest):
                return True
        elif any(int(m["weeks"]) <= n for n in lowest):
            return True
    return False


def names_impossible_level(text: str) -> bool:
    """Whether ``text`` gives a medicine's level in the blood no living person has (``[narrowed] never_levels``:
    "the baby's lithium level at birth is above 50 mmol/L"), as a condition or as a result: either way a number
    that cannot be right (MA017)."""
    plain = normalise(text)
    if "mmol" not in plain:
        return False
    found = _narrowed()
    never = found.never if found is not None else None
    if never is None or never.level_above is None or not never.never_levels:
        return False
    if any(float(m["n"]) > _ceiling(never, m["med"], m["how"]) for m in never.level_above.finditer(plain)):
        return True
    return (
        _names_impossible_bare_level(plain, never)
        or _names_impossible_listed_level(plain, never)
        or _names_impossible_verbless_level(plain, never)
    )


@functools.cache
def _verbless_levels() -> re.Pattern[str] | None:
    """A medicine of ``told_levels`` with its number right after it, a colon or "=" at most between: a level word
    before the medicine (``pre``) or after it (``post``), the medicine (``med``), the number (``n``) and its unit
    (``unit``: one of ``level_units``, or a bare "mmol") (``[narrowed]``)."""
    table: dict[str, Any] = mapping_table("concerns.toml").get("narrowed", {})
    if not table.get("told_levels") or not table.get("level_words"):
        return None
    words = _alternation(table["level_words"])
    units = [*table.get("level_units", ()), "mmol"]
    return re.compile(
        rf"(?:(?<![\w'])(?P<pre>{words})\s+)?(?P<med>{_phrase(list(table['told_levels']))})"
        rf"(?P<post>(?:\s+(?:{words})(?![\w'])){{0,2}})\s*[:=]?\s*(?P<n>\d{{1,4}}(?:\.\d+)?)\s*"
        rf"(?P<unit>{_alternation(units)})(?![\w/])"
    )


def _names_impossible_verbless_level(plain: str, never: _Never) -> bool:
    """Whether ``plain`` (normalised) tells a level of a medicine of ``told_levels`` with no verb ("latest lithium
    level 48 mmol/l", "serum lithium: 48 mmol/l", "lithium 48 mmol/l") above the ceiling a told result has: a
    level word beside the medicine, or a unit of concentration (``level_units``), makes the number a level; a bare
    "mmol" with no level word is an amount and is not read (MA017)."""
    pattern = _verbless_levels()
    if pattern is None or not never.told_levels:
        return False
    for m in pattern.finditer(plain):
        if not (m["pre"] or m["post"].strip() or m["unit"] != "mmol"):
            continue  # "lithium 10.8 mmol": an amount of it, not a level
        if float(m["n"]) > never.told_levels.get(" ".join(m["med"].split()), float("inf")):
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Listed:
    """The ``[narrowed]`` readings of a list of results naming its medicine once (:func:`_listed_levels`)."""

    head: re.Pattern[str]
    """The medicine (``med``) or a level word alone (``lone``: "Levels: ..." after the text named the medicine), a
    level word, at most ``listed_head_words`` words of when ("this pregnancy"), a date in numbers, and the list's
    first number in mmol (``n``)."""
    meds: re.Pattern[str]
    """A medicine of ``told_levels`` (``med``), read back from a level word alone."""
    number: re.Pattern[str]
    """A later number in mmol (``n``)."""
    bare: re.Pattern[str]
    """A later number with no unit, after a mark or word that joins a list (``n``): it carries the list's unit."""
    run: re.Pattern[str]
    """Numbers joined to one before ("3, 10 and 17"), skipped to read what follows the last of them."""
    tail: re.Pattern[str]
    """What may follow a bare result: the end of its clause or one of ``listed_tails`` ("on", "in", "at")."""
    others: re.Pattern[str] | None


_NUMERIC_DATE = r"(?:(?:19|20)\d\d-\d\d-\d\d|\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d)(?![\w.]\d|[/-])"
"""A date in numbers before a result of a list ("2026-04-07 0.7", "07/04/2026 0.7"): the result is the number after."""


@functools.cache
def _listed_levels() -> _Listed | None:
    """A list of results naming the medicine once, before its first number in mmol ("lithium 0.68 mmol/L on ...,
    0.74 mmol/L on ... and 7.1 mmol/L on ...", "lithium levels this pregnancy: 0.62 mmol/L on ..., 0.58 on ...")
    (``[narrowed]`` told_levels, listed_head_words, listed_tails, level_others)."""
    table: dict[str, Any] = mapping_table("concerns.toml").get("narrowed", {})
    if not table.get("told_levels"):
        return None
    words = int(table.get("listed_head_words", 0))
    # A word of when may stand before the first number, not a comparison or a condition ("ever exceeds 12 mmol/L").
    not_when = _alternation(table.get("listed_head_not", ["if"]))
    value = r"\d{1,4}(?:\.\d+)?"
    level = _phrase(table.get("level_words", ["level"]))
    meds = _phrase(list(table["told_levels"]))
    return _Listed(
        re.compile(
            rf"(?:(?P<med>{meds})(?:\s+(?:{level}))?|(?<![\w'])(?P<lone>{level}))"
            rf"(?:\s+(?!(?:{not_when})(?![\w']))[^\W\d_][\w'-]*){{0,{words}}}?"
            rf"\s*:?\s*(?:{_NUMERIC_DATE}\s+)?(?P<n>{value})\s*mmol(?!\s*/\s*mol)"
        ),
        re.compile(rf"(?<![\w'])(?P<med>{meds})(?![\w'])"),
        re.compile(rf"(?<![\w.])(?P<n>{value})\s*mmol(?!\s*/\s*mol)"),
        re.compile(
            rf"(?:[,;&]|(?<![\w'])(?:and|then)(?![\w']))\s*(?:then\s+)?(?:{_NUMERIC_DATE}\s+)?(?P<n>{value})(?![\w.])"
        ),
        re.compile(rf"(?:\s*(?:[,&-]|(?<![\w'])(?:and|or|to)(?![\w']))\s*{value}(?![\w.]))*"),
        re.compile(rf"\s*(?:$|[,;.)]|(?:{_alternation(table.get('listed_tails', ['on']))})(?![\w']))"),
        re.compile(_phrase(table["level_others"])) if table.get("level_others") else None,
    )


_YEAR = re.compile(r"(?:19|20)\d\d")
"""A year ("2026"): a bare number that is one is no result."""


def _named_before(plain: str, start: int, found: _Listed) -> str | None:
    """The medicine of ``told_levels`` a level word alone at ``start`` is of: the last analyte named before it in
    ``plain``, where that is such a medicine and not another analyte (``level_others``: "her sodium. Levels: ...")."""
    meds = list(found.meds.finditer(plain, 0, start))
    if not meds:
        return None
    last = meds[-1]
    if found.others is not None and found.others.search(plain, last.end(), start) is not None:
        return None
    return last["med"]


def _names_impossible_listed_level(plain: str, never: _Never) -> bool:
    """Whether ``plain`` (normalised) lists results of a medicine of ``told_levels`` naming it once, before the first
    number in mmol, and a later number in the same sentence, with no other analyte (``level_others``) before it, is
    above the ceiling a told result of that medicine has (MA017: the fourth of four lithium results at
    71 mmol/L). A later number with no unit after a list's mark ("0.58 on 9 March") carries the list's unit; one
    joined to a month, a unit of its own or a time ("3, 10 and 17 March", "12 hours", "10:00"), or a year, is none."""
    found = _listed_levels()
    if found is None or not never.told_levels:
        return False
    for m in found.head.finditer(plain):
        if found.others is not None and found.others.search(m.group(0)) is not None:
            continue  # her sodium named between the medicine and the number: not its result
        sentence = _SENTENCE.match(plain, max(plain.rfind(c, 0, m.start()) for c in ".!?\n") + 1)
        end = sentence.end() if sentence is not None else len(plain)
        med = m["med"] if m["med"] is not None else _named_before(plain, m.start(), found)
        if med is None:
            continue
        ceiling = never.told_levels.get(" ".join(med.split()), float("inf"))
        stop = end
        if found.others is not None and (other := found.others.search(plain, m.end(), end)) is not None:
            stop = other.start()  # her sodium, her TSH: another analyte's results from here
        values = [float(n["n"]) for n in found.number.finditer(plain, m.end(), stop)]
        for n in found.bare.finditer(plain, m.end(), stop):
            if _YEAR.fullmatch(n["n"]):
                continue
            run = found.run.match(plain, n.end(), stop)
            after = run.end() if run is not None else n.end()
            if found.tail.match(plain[:stop], after):
                values.append(float(n["n"]))
        if any(v > ceiling for v in values):
            return True
    return False


def _ceiling(never: _Never, med: str, how: str) -> float:
    """The level of ``med`` a text can tell after the word ``how``: ``told_levels`` after a result's word ("was",
    "came to"), else ``never_levels``."""
    med, how = " ".join(med.split()), " ".join(how.split())
    ceiling = (never.never_levels or {}).get(med, float("inf"))
    if how in never.told_words and never.told_levels and med in never.told_levels:
        return min(never.told_levels[med], ceiling)
    return ceiling


@functools.cache
def _trimester_at() -> tuple[re.Pattern[str], dict[str, int]] | None:
    """A trimester she is in ("in", "within" or "during" before it) with one of ``trimester_points`` and a gestation
    right after it (``[narrowed]``: "in the first trimester at 30 weeks"), and each trimester's last week."""
    table: dict[str, Any] = mapping_table("concerns.toml").get("narrowed", {})
    if not table.get("trimesters") or not table.get("trimester_points"):
        return None
    trimesters = {normalise(k): int(v) for k, v in table["trimesters"].items()}
    return (
        re.compile(
            rf"(?<![\w'])(?:in|within|during)\s+(?:the\s+|her\s+)?(?P<trimester>{_phrase(list(trimesters))})"
            rf"\s+{_phrase(table['trimester_points'])}\s+{_GESTATION}"
        ),
        trimesters,
    )


def names_impossible_order(text: str) -> bool:
    """Whether ``text`` tells, as a fact or a plan and not only as a condition, what cannot happen in that order: a
    trimester with a week past its end right after it ("exposure in the first trimester at 30 weeks", ``[narrowed]``
    trimesters, trimester_points), or a birth after an event of the baby's own life ("the baby will be born after its
    6-week check", ``[narrowed]`` baby_events). Either way a date or a week is wrong (MA017)."""
    plain = normalise(text)
    if "trimester" in plain:
        found = _trimester_at()
        if found is not None:
            pattern, trimesters = found
            for m in pattern.finditer(plain):
                if int(m["weeks"]) > trimesters[" ".join(m["trimester"].split())]:
                    return True
    if "after" in plain or "following" in plain or "later than" in plain:
        narrowed = _narrowed()
        never = narrowed.never if narrowed is not None else None
        if never is not None and never.birth_after_own is not None and never.birth_after_own.search(plain):
            return True
    return False


@functools.cache
def _bare_levels() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None] | None:
    """A level with no medicine beside it, one of ``level_above`` and a number (``n``) in mmol; the medicines of
    ``never_levels`` (``med``); the analytes of ``level_others`` (``[narrowed]``)."""
    table: dict[str, Any] = mapping_table("concerns.toml").get("narrowed", {})
    if not table.get("never_levels") or not table.get("level_words") or not table.get("level_above"):
        return None
    return (
        re.compile(
            rf"{_phrase(table['level_words'])}(?:,?\s+[^\W\d_][\w'-]*){{0,4}}?,?\s+"
            rf"(?P<how>{_alternation(table['level_above'])})\s*(?P<n>\d{{1,4}}(?:\.\d+)?)\s*mmol(?!\s*/\s*mol)"
        ),
        re.compile(rf"(?P<med>{_phrase(list(table['never_levels']))})"),
        re.compile(_phrase(table["level_others"])) if table.get("level_others") else None,
    )


def _names_impossible_bare_level(plain: str, never: _Never) -> bool:
    """Whether ``plain`` (normalised) tells a level with no medicine beside it that no living person has of the
    medicine of ``never_levels`` it named last before it, in a sentence naming no other analyte (``[narrowed]
    level_others``: "Lithium continues. ... only if her level is above 40 mmol/L")."""
    found = _bare_levels()
    if found is None:
        return False
    bare, medicine, others = found
    for m in bare.finditer(plain):
        named = [n["med"] for n in medicine.finditer(plain, 0, m.start())]
        if not named:
            continue
        sentence = _SENTENCE.match(plain, max(plain.rfind(c, 0, m.start()) for c in ".!?\n") + 1)
        if others is not None and sentence is not None and others.search(sentence.group()) is not None:
            continue  # her sodium, her glucose: another analyte's level
        if float(m["n"]) > _ceiling(never, named[-1], m["how"]):
            return True
    return False


def _never_spans(normalised: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``normalised`` (sentences to a semicolon) holding a condition that can never hold."""
    found = _narrowed()
    never = found.never if found is not None else None
    if never is None or not any(h in normalised for h in _NEVER_HINTS):
        return []
    spans: list[tuple[int, int]] = []
    for m in never.condition.finditer(normalised):
        if _never_holds(m["cond"], never):
            spans.extend((a, b) for a, b in parts if a <= m.start() < b)
    for m in never.inverted.finditer(normalised):
        if _CLAUSE_OPENS.search(normalised, 0, m.start()) is not None and _never_holds(m["cond"], never):
            spans.extend((a, b) for a, b in parts if a <= m.start() < b)
    return spans


def without_never(normalised: str) -> str:
    """``normalised`` with each part of a sentence (to a semicolon) holding a condition that can never hold blanked
    in place ("if the baby is born at 12 weeks, the neonatal team scores the baby"): what it gates never comes, so it
    says nothing of this baby (MA124) either; the other readings of :func:`without_narrowed` are MA122's alone."""
    spans = _never_spans(normalised, [(m.start(), m.end()) for m in _PART.finditer(normalised)])
    return blanked(normalised, spans) if spans else normalised


_CLAUSE_OPENS = re.compile(r"(?:^|[.;:!?,(\-]|(?<![\w'])(?:and|but|or))\s*\Z")
"""What may stand right before an inverted conditional's auxiliary: the text's start, a clause's punctuation, or a
conjunction (searched in the text before it: "... the ward scores; should she ...")."""


def _stem(word: str) -> str:
    return word[:5]


def _denies(tail: str, cond: str, found: _Narrowed) -> bool:
    """Whether what follows a negation says no more than the condition did: nothing, its own words, or a time
    ("... does not allow this", "they do not", "it will not in May"); "she does not want to stop" says more."""
    words = _WORDS.findall(tail)
    if len(words) > 4:
        return False
    own = {_stem(w) for w in _WORDS.findall(cond) if len(w) > 3}
    return all(w in found.tail_words or _stem(w) in own for w in words)


def without_narrowed(normalised: str) -> str:
    """``normalised`` with each part of a sentence (to a semicolon) blanked in place whose plan the same text takes
    back: a condition followed, in its clause or opening the next, by its denial ("only if the ward has room, which
    it will not"; "if staffing allows; staffing does not allow this"; "on nights when they remember; most nights
    they do not": the part holding the condition to the denial's end), an "unless" made the usual case ("unless
    discharged sooner, which is the usual pattern"), and every part naming a service the text says is suspended,
    closed or not sent ("home visits are suspended", "referral to neurology not sent"), unless its sentence or the
    next says what replaces it or that it came back ("so she attends clinic instead") or limits the closure to
    certain times. A condition met ("which it has confirmed") or a fallback ("otherwise ...", "in which case ...")
    takes nothing back."""
    found = _narrowed()
    if found is None:
        return normalised
    never = _never_spans(normalised, [(m.start(), m.end()) for m in _PART.finditer(normalised)])
    never += _stop_only_spans(normalised, [(m.start(), m.end()) for m in _PART.finditer(normalised)])
    if not any(h in normalised for h in _HINTS):
        return blanked(normalised, never) if never else normalised  # cheap: literal tests before any pattern
    parts = [(m.start(), m.end()) for m in _PART.finditer(normalised)]
    spans: list[tuple[int, int]] = list(never)

    def part_at(at: int) -> int:
        return next((i for i, (a, b) in enumerate(parts) if a <= at < b), len(parts) - 1)

    if any(w in normalised for w in ("if", "where", "when", "provided", "providing", "long as", "subject to")):
        for m in found.condition.finditer(normalised):
            cond = m["cond"]
            w = found.which_denied.match(normalised, m.end())
            if w is not None and (w["tail"] is None or _denies(w["tail"], cond, found)):
                spans.append((parts[part_at(m.start())][0], w.end()))
                continue
            here = part_at(m.start())
            if here + 1 >= len(parts) or normalised[m.end() : parts[here][1]].strip(" ,-"):
                continue  # the condition does not end its part: what follows it is another clause
            n = found.next_denied.match(normalised, parts[here + 1][0])
            if n is None or not _denies(n["tail"], cond, found):
                continue
            if n["bare"] is not None and (n["lead"] is None or " ".join(n["lead"].split()) not in found.habitual_leads):
                continue  # "is not" with no habit before it: the trigger is not here yet
            if n["subject"] is not None and _stem(n["subject"]) not in {_stem(x) for x in _WORDS.findall(cond)}:
                continue  # a subject of its own, not the condition's: another statement
            spans.append((parts[here][0], n.end()))
    if "unless" in normalised:
        for m in found.unless_usual.finditer(normalised):
            a, b = parts[part_at(m.start())]
            if found.fallback is not None and found.fallback.search(normalised, m.end(), b) is not None:
                continue  # what happens then: "..., in which case the community midwife scores at home"
            spans.append((a, max(b, m.end())))
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(normalised)]
    for m in found.service_denied.finditer(normalised):
        key = " ".join((m["key"] or m["key2"]).split())
        at = next((i for i, (a, b) in enumerate(sentences) if a <= m.start() < b), None)
        if at is None:
            continue
        around = normalised[sentences[at][0] : sentences[at + 1][1] if at + 1 < len(sentences) else sentences[at][1]]
        if found.replaced.search(around) is not None or found.limits.search(around) is not None:
            continue  # what replaces it, or a closure only at certain times
        name = r"\s+".join(re.escape(w) for w in key.split())
        named = re.compile(rf"(?<![\w']){name}(?![\w'])")
        spans.extend((a, b) for a, b in parts if named.search(normalised, a, b) is not None)
        spans.extend(_staff_parts(normalised, parts, key, m.start(), found))
        spans.append((m.start(), m.end()))
    if not spans:
        return normalised
    return blanked(normalised, spans)


@dataclass(frozen=True, slots=True)
class _StopOnly:
    condition: re.Pattern[str]
    """One of ``stop_only_openers``, ``stop_subjects`` and ``stop_verbs``, a word (``med``), one of ``stop_when``."""
    continues: str
    """``stop_continues`` as an alternation."""


@functools.cache
def _stop_only() -> _StopOnly | None:
    table: dict[str, Any] = mapping_table("concerns.toml").get("narrowed", {})
    if not table.get("stop_only_openers"):
        return None
    return _StopOnly(
        re.compile(
            rf"{_phrase(table['stop_only_openers'])}\s+(?:{_alternation(table['stop_subjects'])})\s+"
            rf"(?:{_alternation(table['stop_verbs'])})\s+(?:(?:her|his|the|their|taking|with)\s+)?"
            rf"(?P<med>[^\W\d_][\w'-]*)(?:\s+[^\W\d_][\w'-]*)?\s+(?:{_alternation(table['stop_when'])})(?![\w'])"
        ),
        _alternation(table["stop_continues"]),
    )


def _stop_only_spans(normalised: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``normalised`` holding a plan gated only on her stopping now a medicine that the same text, in
    another part, says goes on (``[narrowed] stop_*``): "only if she stops <medicine> today will ...", beside
    "<medicine> stays at 60 mg"."""
    if "only" not in normalised:
        return []  # cheap: no exclusive condition
    found = _stop_only()
    if found is None:
        return []
    spans: list[tuple[int, int]] = []
    for m in found.condition.finditer(normalised):
        med = m["med"]
        if med not in medicine_words(()):
            continue  # not a medicine she stops: "only if she stops breastfeeding"
        name = re.escape(med)
        goes_on = re.compile(
            rf"(?<![\w']){name}(?![\w'])[^.;!?\n]{{0,80}}?(?<![\w'])(?:{found.continues})(?![\w'])"
            rf"|(?<![\w'])(?:{found.continues})(?:\s+(?:on|with|taking|her|the)){{0,2}}\s+{name}(?![\w'])"
        )
        here = next(((a, b) for a, b in parts if a <= m.start() < b), None)
        if here is None:
            continue
        if any(goes_on.search(normalised, a, b) is not None for a, b in parts if (a, b) != here):
            spans.append(here)
    return spans


_LAST_WORD = re.compile(r"([^\W\d_][\w'-]*)\s*$")


def _staff_parts(
    normalised: str, parts: list[tuple[int, int]], key: str, at: int, found: _Narrowed
) -> list[tuple[int, int]]:
    """The parts naming the staff of a staffed service said not to be there: for "the community midwifery service
    is suspended", each part with a word beginning as "community" and one beginning as "midwifery" do ("the
    community midwives score the baby"); "home visits" and a service with no kind named link none."""
    words = key.split()
    if len(words) < 2 or words[-1] not in found.staffed:
        return []
    kind = words[:-1]
    before = _LAST_WORD.search(normalised, max(0, at - 40), at)
    if before is not None and before[1] not in found.kind_not:
        kind.insert(0, before[1])
    stems = {_stem(w) for w in kind if len(w) > 3}
    if not stems:
        return []
    return [(a, b) for a, b in parts if stems <= {_stem(w) for w in _WORDS.findall(normalised, a, b)}]
