"""Clinical acts held by someone with no role that can carry them (mappings/concerns.toml, [holders], read beside
[conclusion] lay_actors, lay_kin, lay_modals, lay_acts and watchers; MA122).

A conclusion may name who helps; it cannot give a clinical act (watching the baby for withdrawal, checking the cot,
monitoring levels, making a referral, reviewing) to someone whose role cannot carry it: a relative, partner, friend
or neighbour with no one answerable holding the same thing; someone in a non-clinical job (a receptionist, the
counter staff, a dog walker); a role whose work is the mother's medicine (the community pharmacist) set to an act
on the baby; a child under the age of an adult carer, the nights given to it in the passive too ("the night feeds
are done by her N-year-old"); or the baby itself ("the baby will tell us if there is a problem"). Support acts
stand: night feeds by an adult relative, lifts to appointments, a reminder beside a professional's monitoring, a
call to the midwife, booking a clinician's visit, the pharmacist's supervised dose."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..core.resources import mapping_table
from .phrases import alternation
from .text import blanked, normalise
from .wording import words_of_normalised
from .written_dates import tells_past

if TYPE_CHECKING:
    from .facts import RecordFacts, WrittenConclusion


_alternation = functools.partial(alternation, normalised=True, any_spaces=True, word_endings=True, gaps=True)
"""Normalised phrases as a regex alternation of whole phrases, longest first; "..." stands for up to three words,
a trailing "*" for any ending of the word."""


@dataclass(frozen=True, slots=True)
class _Holders:
    hint: frozenset[str]
    """Words of every holder: a text holding none gives no act to one of them (a cheap test before the pattern)."""
    babies: frozenset[str]
    """Words of the baby: a holder only with one of ``signals``."""
    signals: frozenset[str]
    """The first words of the baby's acts of telling or showing."""
    acts: frozenset[str]
    """The first word of every act: a text holding none gives no act to anyone (a cheap test before the pattern)."""
    firsts: frozenset[str]
    """Every word a holder may open on (a determiner, a possessor's word ending "'s", a qualifier, an actor's first
    word; or a figure, an age): the pattern is tried only at those words."""
    held: re.Pattern[str]
    """A holder (group ``lay``, ``norole``, ``child`` with ``age``, ``aged`` or ``paren``, or ``baby``), an aside
    about them, a modal, and an act (group ``tests``, ``watch``, ``clinical``, ``care`` or ``signal``)."""
    passive: re.Pattern[str]
    """The baby's care told in the passive with a child after it ("the night feeds are done by her N-year-old"), or
    someone no one can name (group ``anyone``: "... by whoever happens to be around")."""
    passive_hint: frozenset[str]
    """Words of the passive's verbs: a text holding none tells no care in the passive (a cheap test)."""
    dispensed: re.Pattern[str]
    """A role whose work is the mother's medicine (a community pharmacist) given an act on the baby."""
    dispensing: frozenset[str]
    """Words of those roles: a text holding none gives them no act (a cheap test)."""
    watchers: re.Pattern[str]
    """Those who can hold the act: a midwife, health visitor, paediatric team, the ward, GP, foster carer; and the
    routes of an emergency (999, an ambulance)."""
    adult_age: int
    reminders: frozenset[str]
    """The acts of reminding (normalised): only a reminder may be of her appointments in general."""
    general: frozenset[str]
    """Words of her appointments in general (their content form): a reminder of only these is held by any other
    part of the text naming an answerable role."""
    dead: frozenset[str] = frozenset()
    """Words before a holder saying they have died (``dead_qualifiers``: "her late mother")."""
    dead_asides: tuple[str, ...] = ()
    """How an aside after a holder opens when it says they have died (``dead_asides``: ", who died last year,")."""
    baby_nouns: frozenset[str] = frozenset()
    """The one-word ``babies`` ("baby", "newborn"): an act's object naming one is an act on the baby."""
    surnames: frozenset[str] = frozenset()
    """``no_role_names``: titles that are family names too, a role only after a determiner, possessor or place."""
    name_titles: frozenset[str] = frozenset()
    """``name_titles``: a ``no_role`` word right after one is a name ("Dr Porter")."""
    hands_on: frozenset[str] = frozenset()
    """The clinical acts done to the baby itself (``hands_on_acts``: "make sure", "score", "examine"), not the
    arranging of them."""
    titles: re.Pattern[str] | None = None
    """The titles of the roles with no part in the baby's care (``no_role``, a place word of ``no_role_places``
    before it): a watcher word inside one ("the hospital porter") names no watcher."""


_WORD = re.compile(r"(?<![\w'])[^\W_][\w'-]*")
"""A word or figure of normalised text, where a holder may open."""

_PART_END = re.compile(r"[;!?\n]|\.(?=\s|$)")
"""Where the part of a sentence holding an act ends: a semicolon, a sentence's end."""
_SENTENCE_END = re.compile(r"[!?\n]|\.(?=\s|$)")
"""Where a sentence ends (a part's end that is no semicolon)."""


@functools.cache
def _holders() -> _Holders | None:
    raw = mapping_table("concerns.toml")
    table: dict[str, Any] = raw.get("holders", {})
    conclusion: dict[str, Any] = raw.get("conclusion", {})
    if not table or not conclusion.get("lay_actors"):
        return None
    babies = _alternation(conclusion.get("lay_not_possessors", ()))
    possessor = rf"(?:her|his|their|(?!(?:{babies})'s)[^\W\d_]+'s)"
    dead_qualifiers = tuple(normalise(w) for w in table.get("dead_qualifiers", ()))
    qualifiers = (
        "maternal", "paternal", "own", "older", "younger", "close", "elderly", "family", "local", "practice",
        *dead_qualifiers,
    )
    qualifier = rf"(?:(?:{'|'.join(qualifiers)}|pharmacy)\s+)*"
    dets = ("the", "a", "an", "one", "her", "his", "their", "this")
    det = rf"(?:(?:the|a|an|one|{possessor})\s+)?"
    age = r"(?P<age>\d{1,2})\s*(?:-\s*|\s+)years?\s*(?:-\s*|\s+)old"
    kids = _alternation(table["children"])
    # "her 9-year-old (son)", "her son, aged 9,", "their son (9)", "their son (aged 9)", "their son (9 years old)"
    paren = r"\(\s*(?:aged\s+)?(?P<paren>\d{1,2})(?:\s*(?:years?|yrs?)(?:\s*(?:-\s*)?old)?)?\s*\)"
    child = (
        rf"(?:{det}(?:{age})(?:\s+(?:{kids}))?|{possessor}\s+(?:{kids})\s*,?\s*aged\s+(?P<aged>\d{{1,2}})\s*,?"
        rf"|{possessor}\s+(?:{kids})\s*{paren})"
    )
    # a place word before a no-role title is part of it ("the ward porter"): the title is a role, never a name
    role_places = tuple(table.get("no_role_places", ("hospital",)))
    place = rf"(?:(?:{_alternation(role_places)})\s+)?"
    who = (
        rf"(?P<lay>{det}{qualifier}(?:{_alternation(conclusion['lay_actors'])})"
        rf"|{possessor}\s+{qualifier}(?:{_alternation(conclusion.get('lay_kin', ('mother',)))}))"
        rf"|(?P<norole>{det}{qualifier}{place}(?:{_alternation(table['no_role'])}))"
        rf"|(?P<child>{child})"
        rf"|(?P<baby>(?:the|this|her|their)\s+(?:{_alternation(table['babies'])}))"
    )
    # the baby said to be well, then set to tell with its subject left out: "the baby will be fine ... and will ..."
    reassured = table.get("baby_reassured", ())
    reach = int(table.get("baby_reassured_reach", 0))
    also = (
        rf"(?(baby)(?P<also>\s+(?:{_alternation(reassured)})[^,;.:!?\n]{{0,{reach}}}?\s+and)?)" if reassured else ""
    )
    # what may stand between the holder and the act: an aside in commas, a relative clause, where they are from
    aside = r"(?P<aside>\s*,\s*[^,;.:]{1,80}?,|\s+(?:who|that|from|of|at|in|next\s+door)\s+[^,;.:]{1,60}?)?"
    modal = rf"(?:(?:{_alternation(conclusion.get('lay_modals', ('will',)))})\s+)?"
    adverbs = conclusion.get("lone_adverbs", ())
    adverb = rf"(?:(?:{_alternation(adverbs)})\s+)?" if adverbs else ""
    acts = (
        rf"(?:(?P<tests>{_alternation(table.get('test_acts', ('take bloods',)))})"
        rf"|(?P<watch>{_alternation(conclusion['lay_acts'])})"
        rf"|(?P<clinical>{_alternation(table['clinical_acts'])})"
        rf"|(?P<care>{_alternation(table['care_acts'])})"
        rf"|(?P<signal>{_alternation(table['signal_acts'])}))"
    )
    held = re.compile(rf"(?:{who}){also}{aside}\s+{modal}{adverb}{acts}(?![\w'-])")
    cared = _alternation(table.get("passive_care", ("night feeds",)))
    passive_verbs = table.get("passive_verbs", ("are done by",))
    anyone = table.get("passive_anyone", ())
    # someone no one can name ("by whoever happens to be around"), ending its clause: a team after it names who
    nobody = rf"|(?P<anyone>{_alternation(anyone)})(?=\s*(?:[,;.!?)\n]|$))" if anyone else ""
    passive = re.compile(
        rf"(?<![\w'])(?:the\s+)?(?:{cared})\s+(?:{_alternation(passive_verbs)})\s+"
        rf"(?:(?P<child>{child})(?![\w'-]){nobody})"
    )
    roles = table.get("dispensing_roles", ("pharmacist",))
    baby_words = _alternation(table["babies"])
    on_baby = (
        rf"(?:(?:{_alternation(table.get('neonatal_verbs', ('score',)))})\s+(?:(?:the|this|her|their)\s+)?"
        rf"(?:{baby_words})|(?:{_alternation(table.get('neonatal_lone', ('score',)))}))"
    )
    dispensed = re.compile(
        rf"(?<![\w'])(?:{det}{qualifier}(?:{_alternation(roles)})){aside}\s+{modal}{adverb}{on_baby}(?![\w'-])"
    )
    firsts = {*dets, *qualifiers, "pharmacy", *(normalise(p).split()[0] for p in role_places)} | {
        normalise(p).split()[0] for p in (*conclusion["lay_actors"], *table["no_role"])
    }
    watchers = [*conclusion["watchers"], *table.get("escalation", ())]
    hint = {w for key in ("no_role", "children") for p in table[key] for w in words_of_normalised(normalise(p))}
    lay = (*conclusion["lay_actors"], *conclusion.get("lay_kin", ()))
    hint |= {w for p in lay for w in words_of_normalised(normalise(p))}
    hint |= {"year", "years", "aged"}
    # the baby as a holder only with one of its acts of telling or showing (words of no other holder's acts)
    signals = {w for p in table["signal_acts"] for w in words_of_normalised(normalise(p))[:1]}
    acts_first = {
        w
        for key in ("clinical_acts", "care_acts", "signal_acts")
        for p in table[key]
        for w in words_of_normalised(normalise(p))[:1]
    }
    acts_first |= {w for p in conclusion["lay_acts"] for w in words_of_normalised(normalise(p))[:1]}
    acts_first |= {w for p in table.get("test_acts", ()) for w in words_of_normalised(normalise(p))[:1]}
    return _Holders(
        frozenset(hint),
        frozenset(words_of_normalised(normalise(" ".join(table["babies"])))),
        frozenset(signals),
        frozenset(acts_first),
        frozenset(firsts),
        held,
        passive,
        frozenset(w for p in passive_verbs for w in words_of_normalised(normalise(p))[-2:-1]),
        dispensed,
        frozenset(w for p in roles for w in words_of_normalised(normalise(p))) - {"community", "staff", "team"},
        re.compile(rf"(?<![\w'])(?:{_alternation(watchers)})(?![\w'])"),
        int(table.get("adult_age", 16)),
        frozenset(normalise(p) for p in table.get("general_acts", ())),
        frozenset(w.rstrip("s") for p in table.get("general_subjects", ()) for w in words_of_normalised(normalise(p))),
        frozenset(dead_qualifiers),
        tuple(normalise(p) for p in table.get("dead_asides", ())),
        frozenset(normalise(p) for p in table["babies"] if " " not in p.strip()),
        frozenset(normalise(p) for p in table.get("no_role_names", ())),
        frozenset(normalise(p) for p in table.get("name_titles", ())),
        frozenset(" ".join(normalise(p).split()) for p in table.get("hands_on_acts", ())),
        re.compile(
            rf"(?<![\w'])(?:(?:{_alternation(table.get('no_role_places', ('hospital',)))})\s+)?"
            rf"(?:{_alternation(table['no_role'])})(?![\w'-])"
        ),
    )


def _a_name(found: _Holders, normalised: str, m: re.Match[str]) -> bool:
    """Whether the no-role title of ``m`` is a person's name: right after one of ``name_titles`` ("dr porter"), or
    one of ``no_role_names`` standing bare ("porter will check", not "the porter will check")."""
    before = _LAST_WORD.search(normalised, max(0, m.start() - 20), m.start())
    if before is not None and before[1] in found.name_titles:
        return True
    return " ".join(m["norole"].split()) in found.surnames


_LAST_WORD = re.compile(r"([^\W\d_][\w'-]*)\W*$")


def _dead(found: _Holders, m: re.Match[str]) -> bool:
    """Whether the holder of ``m`` is said to have died: "her late mother", "her uncle, who died in May,"."""
    holder = m["lay"] or m["norole"]
    if holder is None:
        return False
    if found.dead and not found.dead.isdisjoint(holder.split()):
        return True
    aside = " ".join((m["aside"] or "").strip(" ,").split())
    return any(aside == p or aside.startswith(f"{p} ") for p in found.dead_asides)


def _hands_on(found: _Holders, m: re.Match[str]) -> bool:
    """Whether the act of ``m`` is done to the baby itself: a watch, a test, or one of ``hands_on_acts``."""
    if m["watch"] is not None or m["tests"] is not None:
        return True
    return m["clinical"] is not None and " ".join(m["clinical"].split()) in found.hands_on


def _names_watcher(found: _Holders, normalised: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``normalised[start:end]`` names someone answerable (``watchers``), a watcher word inside the title of
    a role with no part in the baby's care ("the hospital chaplain") not counted."""
    end = len(normalised) if end is None else end
    hits = list(found.watchers.finditer(normalised, start, end))
    if not hits or found.titles is None:
        return bool(hits)
    titles = [(t.start(), t.end()) for t in found.titles.finditer(normalised, start, end)]
    return any(not any(a <= w.start() < b for a, b in titles) for w in hits)


def misheld_acts(normalised: str, stop_words: frozenset[str] = frozenset()) -> bool:
    """Whether ``normalised`` gives a clinical act to someone whose role cannot carry it, with no one answerable
    holding it: a relative, partner, friend or neighbour set to watch (the conclusion names no one answerable at
    all), or set to a clinical act (confirming the cot, a referral, a reminder of levels) that no answerable role
    holds in the same part of the sentence or in another part sharing its subject ("her sister reminds her when
    levels are due; the GP takes levels monthly" stands); someone in a non-clinical job given such an act the same
    way; a child under ``adult_age`` given any care of the baby unless a role is named beside it; the baby set to
    tell or show us with no one answerable named."""
    found = _holders()
    if found is None:
        return False
    words = set(words_of_normalised(normalised))
    if not found.dispensing.isdisjoint(words) and found.dispensed.search(normalised) is not None:
        return True  # the dispensing pharmacist set to an act on the baby
    if not found.passive_hint.isdisjoint(words) and _passive_child(found, normalised):
        return True
    if found.acts.isdisjoint(words) or (
        found.hint.isdisjoint(words) and (found.babies.isdisjoint(words) or found.signals.isdisjoint(words))
    ):
        return False  # cheap: no act, or no holder at all
    matches = []
    last = 0
    for w in _WORD.finditer(normalised):
        word = w.group()
        if w.start() < last or not (word in found.firsts or word.endswith("'s") or word[0].isdigit()):
            continue  # cheap: the pattern only where a holder may open
        if (m := found.held.match(normalised, w.start())) is not None:
            matches.append(m)
            last = m.end()
    if not matches:
        return False
    parts = _parts(normalised)
    for m in matches:
        part = next(((a, b) for a, b in parts if a <= m.start() < b), (0, len(normalised)))
        if m["norole"] is not None and _a_name(found, normalised, m):
            continue  # "Dr Porter will review the baby": a person's name, not the porter
        if _dead(found, m):
            return True  # someone the text says has died holds nothing
        named_here = _names_watcher(found, normalised, part[0], part[1])
        if m["baby"] is not None:
            also = m.groupdict().get("also")
            if also is not None and _names_watcher(found, normalised, m.start("also"), m.end("also")):
                continue  # "the baby will be fine with the midwife's checks and ...": a watcher named in it
            if m["signal"] is not None and not _baby_watched(found, normalised, m, parts):
                return True
            continue
        if m["signal"] is not None:
            continue
        if m["child"] is not None:
            years = int(m["age"] or m["aged"] or m["paren"])
            if years < found.adult_age and not named_here:
                return True
            continue
        if m["care"] is not None:
            continue  # care an adult may give: night feeds, settling the baby
        if m["lay"] is not None and m["watch"] is not None:
            if found.watchers.search(normalised) is None:
                return True  # a relative's watch beside no one answerable anywhere
            continue
        if named_here:
            continue
        subject = _content(normalised[m.end() : part[1]], stop_words)
        on_baby = any(w.split("'")[0] in found.baby_nouns for w in subject)
        if m["norole"] is not None and on_baby and _hands_on(found, m):
            return True  # an act on the baby by a role with no part in its care: no one holds it, whoever else helps
        general = (
            m["clinical"] in found.reminders and bool(subject & found.general) and subject <= found.general | _PERSONS
        )
        # A relative's test on the baby itself ("her aunt takes the baby's level") is held elsewhere only by a part
        # that speaks of the baby too: a watcher sharing a word of its time ("the team sees her after the birth")
        # holds her care, not the baby's sample.
        baby_test = (
            m["lay"] is not None
            and m["tests"] is not None
            and any(w.split("'")[0] in found.baby_nouns for w in m["tests"].split())
        )
        shared = any(
            _names_watcher(found, normalised, a, b)
            and (general or subject & _content(normalised[a:b], stop_words))
            and (not baby_test or any(w.split("'")[0] in found.baby_nouns for w in normalised[a:b].split()))
            for a, b in parts
            if (a, b) != part
        )
        if not shared:
            return True
    return False


def _baby_watched(found: _Holders, normalised: str, m: re.Match[str], parts: list[tuple[int, int]]) -> bool:
    """Whether someone answerable watches the baby that ``m`` sets to tell or show: a watcher named outside the
    telling ("the baby will show the midwife" names only the one told) in a part of the text that names the baby
    ("the midwife sees the baby daily; the baby will let us know ..."). A watcher named only for the mother ("the GP
    reviews her mood") watches no baby."""
    for a, b in parts:
        pieces = [(a, b)] if not a <= m.start() < b else [(a, m.start()), (m.end(), b)]
        for start, end in pieces:
            if end > start and _names_watcher(found, normalised, start, end):
                said = words_of_normalised(normalised[a:b])
                if any(w.split("'")[0] in found.baby_nouns or w == "it" for w in said):
                    return True
    return False


_PERSONS = frozenset(
    {"her", "him", "them", "she", "they", "about", "own", "all", "any", "every", "each", "next", "upcoming"}
)
"""Words of a reminder's object that say whom it reminds or which of them, not what of (in their content form)."""


def _passive_child(found: _Holders, normalised: str) -> bool:
    """Whether ``normalised`` tells the baby's care in the passive as held by a child under the adult age, or by
    someone no one can name ("whoever happens to be around"), with no role named in the same part of the
    sentence."""
    for m in found.passive.finditer(normalised):
        if m["anyone"] is None and int(m["age"] or m["aged"] or m["paren"]) >= found.adult_age:
            continue
        part = next(((a, b) for a, b in _parts(normalised) if a <= m.start() < b), (0, len(normalised)))
        if found.watchers.search(normalised, part[0], part[1]) is None:
            return True
    return False


def _parts(normalised: str) -> list[tuple[int, int]]:
    bounds = [0, *(m.end() for m in _PART_END.finditer(normalised)), len(normalised)]
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def _content(text: str, stop_words: frozenset[str]) -> frozenset[str]:
    """The words of ``text`` that say what it is about: not stop words, not shorter than three letters."""
    return frozenset(w.rstrip("s") for w in words_of_normalised(text) if len(w) > 2 and w not in stop_words)


def misheld_conclusions(facts: RecordFacts, stop_words: frozenset[str]) -> Iterator[WrittenConclusion]:
    """Each written conclusion, of medicines that raise concerns, that gives a clinical act to someone whose role
    cannot carry it (:func:`misheld_acts`)."""
    raised_at = facts.conclusion_concerns
    for written in facts.conclusions:
        if raised_at.get(written.path) and misheld_acts(normalise(written.text), stop_words):
            yield written


_NOT_THE_ACT = r"(?:of|about|for|on|with|after|from|to|results?|reviews?|reports?|findings)(?![^\W_])"
"""A word between a verb and a scan or bloods that makes them what the verb is about, not what it does ("does a
review of the bloods", "takes the results of the scan"): the act itself is done elsewhere."""


_TURNS = r"(?:and|then|but|or|results?|which|who|after|before|once)(?![^\W_])"
"""A word between the act and the contact that turns to another act or time ("takes her bloods at the surgery and
gives the results over the phone"): the contact is not where the act is done."""


@functools.cache
def _remote() -> tuple[frozenset[str], re.Pattern[str]] | None:
    """The words every remote contact holds (the cheap test) and the pattern of an act that needs her present set at
    one ([holders] present_verbs, present_acts, remote_contacts; a verb that is the act itself with its object:
    hands_on_verbs at any of them, sight_verbs at voice_contacts)."""
    table: dict[str, Any] = mapping_table("concerns.toml").get("holders", {})
    verbs, acts, contacts = (table.get(k, ()) for k in ("present_verbs", "present_acts", "remote_contacts"))
    if not verbs or not acts or not contacts:
        return None
    hint = frozenset(w for c in contacts for w in normalise(c).split() if w in ("phone", "telephone", "video"))
    to_contact = rf"(?:(?!(?<![^\W_]){_TURNS})[^,;.:!?\n]){{0,80}}?(?<![^\W_])"
    patterns = [
        rf"(?<![^\W_])(?:{_alternation(verbs)})(?:\s+(?!{_NOT_THE_ACT})[^\W\d_][\w'-]*){{0,3}}?\s+"
        rf"(?:{_alternation(acts)})(?![^\W_]){to_contact}(?:{_alternation(contacts)})(?![^\W_])"
    ]
    # A verb that is itself the act, with its object right after it ("weigh the baby on a video call", "inspect
    # the crib and the baby's sleeping place during a phone call"): hands-on acts at any remote contact, acts of
    # sight at a voice-only one ([holders] hands_on_verbs, sight_verbs, voice_contacts, hands_on_objects).
    hands_on, sight, voice = (table.get(k, ()) for k in ("hands_on_verbs", "sight_verbs", "voice_contacts"))
    objects = table.get("hands_on_objects", ())
    noun_phrase = (
        rf"(?:the|her|his|their|its|a|an)\s+(?:[^\W\d_][\w'-]*\s+){{0,2}}?(?:{_alternation(objects)})(?![^\W_])"
        r"(?!'s(?![^\W_]))"  # "the baby's notes": the baby names whose, not what is examined
    )
    obj = rf"{noun_phrase}(?:\s+(?:and|or)\s+{noun_phrase})?"
    # A place she is seen at, or a word joining another contact, between them: the act is done there.
    elsewhere = table.get("hands_on_elsewhere", ())
    turns = rf"{_TURNS}|(?:{_alternation(elsewhere)})(?![^\W_])" if elsewhere else _TURNS
    to_call = rf"(?:(?!(?<![^\W_])(?:{turns}))[^,;.:!?\n]){{0,80}}?(?<![^\W_])"
    # A second act of the same subject joined by "and" right after the object ("weighs the baby and checks the crib
    # at the phone contact"): the one contact named is where both are done. "And" opening a new subject, a time or a
    # place ([holders] hands_on_joined_not: "and the HV ...", "and on day 12 ...") turns away from the act.
    joined_not = table.get("hands_on_joined_not", ())
    if joined_not:
        to_call = (
            rf"(?:\s+and\s+(?!(?:{_alternation(joined_not)})(?![^\W_]))[^\W\d_][\w'-]*{to_call}|{to_call})"
        )
    for doing, at in ((hands_on, contacts), (sight, voice)):
        if doing and at and objects:
            patterns.append(
                rf"(?<![^\W_])(?:{_alternation(doing)})\s+{obj}(?![^\W_]){to_call}(?:{_alternation(at)})(?![^\W_])"
            )
    return hint, re.compile("|".join(f"(?:{p})" for p in patterns))


def remote_hands_on(normalised: str) -> bool:
    """Whether ``normalised`` sets an act that needs the mother or baby present (a scan, an examination, bloods) at a
    phone or video contact, within one part of a sentence: "will carry out the scan herself at her next phone call".
    A call about the act ("phones her about the scan") has no verb doing it and stands."""
    found = _remote()
    if found is None or found[0].isdisjoint(words_of_normalised(normalised)):
        return False
    return found[1].search(normalised) is not None


def remote_conclusions(facts: RecordFacts) -> Iterator[WrittenConclusion]:
    """Each written conclusion, of medicines that raise concerns, that sets an act needing her present at a phone or
    video contact (:func:`remote_hands_on`)."""
    raised_at = facts.conclusion_concerns
    for written in facts.conclusions:
        if raised_at.get(written.path) and remote_hands_on(normalise(written.text)):
            yield written


@dataclass(frozen=True, slots=True)
class _Gone:
    hint: frozenset[str]
    """The telling words of ``gone_asides`` ("retired", "left"): a text holding none says no one has gone (a cheap
    test before the patterns)."""
    agent: re.Pattern[str]
    """A passive's agent ("by" and up to six words), an aside naming their role, and one of ``gone_asides``."""
    subject: re.Pattern[str]
    """Up to six words opening a clause, an aside naming their role, and one of ``gone_asides``."""
    replaced: re.Pattern[str]
    """One of ``gone_replaced``: who took the post over is named."""
    professional: re.Pattern[str] | None = None
    """One of ``gone_professionals``: the holder gone is named as one who holds a post."""
    current: re.Pattern[str] | None = None
    """One of ``gone_current``: the act given them is now or to come."""
    successor: re.Pattern[str] | None = None
    """One of ``gone_successors``: someone holds the post after them."""
    relatives: re.Pattern[str] | None = None
    """One of ``gone_relatives``: the one gone is family or a friend, gone from work, not from a post in care."""
    purposes: re.Pattern[str] | None = None
    """One of ``gone_purposes``: what the act is for ("to have her levels taken"), its participle no account."""
    conceded: re.Pattern[str] | None = None
    """One of ``gone_concessions``, the holder's words (``who``) and one of ``gone_asides`` as a verb ("though Dr
    <name> retired last month"), ending its clause or before one of ``gone_after``."""


_GONE_COMMON = frozenset(
    {"who", "has", "had", "is", "now", "since", "the", "with", "for", "no", "in", "here", "on", "area", "team",
     "practice", "trust", "works", "away", "long-term", "leave", "to", "another", "a", "different", "service",
     "post", "job", "jobs"}
)
"""Words of ``gone_asides`` too common to tell a text apart (the cheap test reads the others)."""

_GONE_OPENS = re.compile(r"(?<=[,:(])\s*(?:(?:and|but|while|whilst|whereas)\s+)?|(?<=\s)(?:and|but)\s+")
"""Where a clause whose subject may be gone opens past its part's start: after a comma or colon, after "and" or
"but"."""


@functools.cache
def _gone() -> _Gone | None:
    table: dict[str, Any] = mapping_table("concerns.toml").get("holders", {})
    asides = table.get("gone_asides", ())
    if not asides:
        return None
    word = r"(?:(?!(?:who|which|whose|that|and|but|by)(?![\w']))[^\W\d_][\w'-]*)"
    phrase = rf"{word}(?:\s+{word}){{0,5}}"
    aside = rf"(?:\s*,\s*{phrase})?"
    after = _alternation(table.get("gone_after", ("in",)))
    places = table.get("gone_workplaces", ())
    # The place of work left may carry up to two words of its own ("who has left the drug service", "the community
    # midwifery team"), in an aside as after a concession.
    workplace = rf"|\s+the(?:\s+{word}){{0,2}}\s+(?:{_alternation(places)})(?![\w'])" if places else ""
    gone = rf"\s*,?\s+(?:{_alternation(asides)})(?=\s*(?:[,;.!?)\n]|$)|\s+(?:{after})(?![\w']){workplace})"
    hint = {w for p in asides for w in words_of_normalised(normalise(p))} - _GONE_COMMON
    # The leaving as a verb after a concession ("though Dr <name> has retired"): the asides opening on "who", without
    # it; the holder's words as few as the verb allows.
    verbs = [a.removeprefix("who ") for a in asides if a.startswith("who ")]
    concessions = table.get("gone_concessions", ())
    conceded = (
        re.compile(
            rf"(?<![\w'])(?:{_alternation(concessions)})\s+(?P<who>{word}(?:\s+{word}){{0,5}}?)\s+"
            rf"(?:{_alternation(verbs)})(?=\s*(?:[,;.!?)\n]|$)|\s+(?:{after})(?![\w']){workplace})"
        )
        if verbs and concessions
        else None
    )
    found = _Gone(
        frozenset(hint),
        re.compile(rf"(?<![\w'])by\s+{phrase}{aside}{gone}"),
        re.compile(rf"{phrase}{aside}{gone}"),
        re.compile(rf"(?<![\w'])(?:{_alternation(table.get('gone_replaced', ('successor',)))})(?![\w'])"),
        *(
            re.compile(rf"(?<![\w'])(?:{_alternation(table[key])})(?![\w'])") if table.get(key) else None
            for key in ("gone_professionals", "gone_current", "gone_successors", "gone_relatives", "gone_purposes")
        ),
    )
    return dataclasses.replace(found, conceded=conceded)


def _gone_spans(normalised: str) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """The parts :func:`without_gone_holders` blanks, each with the sayings that its holder has gone."""
    found = _gone()
    if found is None or found.hint.isdisjoint(words_of_normalised(normalised)):
        return []  # cheap: no one is said to have gone
    spans: list[tuple[int, int, list[tuple[int, int]]]] = []
    for a, b in _parts(normalised):
        if found.replaced.search(normalised, a, b) is not None:
            continue
        first = a + len(normalised[a:b]) - len(normalised[a:b].lstrip())
        opens = [first, *(o.end() for o in _GONE_OPENS.finditer(normalised, a, b))]
        agents = list(found.agent.finditer(normalised, a, b))
        starts = [max(o for o in opens if o <= m.start()) for m in agents]
        subjects = [m for o in opens if (m := found.subject.match(normalised, o, b)) is not None]
        starts += [m.start() for m in subjects]
        if starts:
            spans.append((min(starts), b, [m.span() for m in (*agents, *subjects)]))
    return spans


def plans_held_by_gone(normalised: str) -> bool:
    """Whether ``normalised`` gives an act still to be done to someone it says has left their post, with no one
    named to take it over (:func:`without_gone_holders`): a plan the reader counts on that no one is there to carry
    out, whatever else answers the concern, as a role said absent is (MA122). An act told as done before they left
    ("the cot was checked on day 3 by the HV, who has since retired") is an account, not a plan, and stands; so do
    any such act in a text that names a successor anywhere (``gone_replaced``) and one held by a relative gone from
    work (``gone_relatives`` in the holder's own words: "her father, who has retired, will be there in the
    evenings"); a relative elsewhere in the part ("her mother drives her to have the levels taken by <name>, who has
    left the practice") holds nothing of the act."""
    spans = _gone_spans(normalised)
    found = _gone()
    if not spans or found is None or found.replaced.search(normalised) is not None:
        return False  # a successor named anywhere ("...; her successor does so from next week") may hold it
    for start, end, sayings in spans:
        told = blanked(normalised, sayings)[start:end]
        if found.relatives is not None and all(found.relatives.search(normalised, a, b) for a, b in sayings):
            continue  # a relative gone from work ("her father, who has retired, will be there") held no post
        # What the act is for ("drives her to have the levels taken") is to come: its tense is told before it.
        purpose = found.purposes.search(told) if found.purposes is not None else None
        tense = told[: purpose.start()] if purpose is not None else told
        if re.search(r"[^\W\d_]{2,}", told) is not None and not tells_past(tense):
            return True  # an act left beside the leaving, not told as done ("has since retired" alone is none)
    return False


def without_gone_holders(normalised: str) -> str:
    """``normalised`` with each part of a sentence (to a semicolon) blanked in place, from the opening of its clause,
    where the act is held by someone the text says has left their post (``[holders] gone_asides``): a passive's
    agent ("the baby is scored by <name>, the community midwife who retired in January") or the subject opening the
    clause ("<name>, who has left the practice, will check the cot"). A part naming who took the post over
    (``gone_replaced``: "her successor", "the locum covering her") stands, as does a leaving told as a time ("since
    she retired, her successor ...") or said of someone else than the holder."""
    spans = [(a, b) for a, b, _ in _gone_spans(normalised)]
    return blanked(normalised, spans) if spans else normalised


def given_to_the_gone(normalised: str) -> bool:
    """Whether ``normalised`` gives an act now or to come to a professional it says has left their post (``[holders]
    gone_professionals``, ``gone_current``: "the levels are arranged by Dr <name>, who has retired from the
    practice"; "<name>, the HV who has left, will check the cot"), with no one named in the post after them in that
    sentence or the next, however many parts each holds (``gone_replaced``, ``gone_successors``): the plan rests on
    no one, whatever else the text says (MA122, as for a role the text rules out). An act done before they left ("Dr
    <name>, who has since retired, started the levels") and a relative gone from work (``gone_relatives`` in the
    holder's own words, whatever professional is named after them: "by her father, who has retired, with the HV")
    stand."""
    found = _gone()
    if (
        found is None
        or found.professional is None
        or found.current is None
        or found.hint.isdisjoint(words_of_normalised(normalised))
    ):
        return False  # cheap: no one is said to have gone
    parts = _parts(normalised)
    ends = [m.end() for m in _SENTENCE_END.finditer(normalised)]
    for at, (a, b) in enumerate(parts):
        # The rest of its sentence and the next one, however many parts each holds, or the next two parts where they
        # reach further: where a successor would be named.
        after = parts[at + 1 : at + 3]
        later_end = max(
            next(iter(ends[bisect.bisect_left(ends, b) + 1 :]), len(normalised)), after[-1][1] if after else b
        )
        if found.replaced.search(normalised, a, later_end) is not None or (
            found.successor is not None and found.successor.search(normalised, b, later_end) is not None
        ):
            continue
        first = a + len(normalised[a:b]) - len(normalised[a:b].lstrip())
        opens = [first, *(o.end() for o in _GONE_OPENS.finditer(normalised, a, b))]
        for agent in found.agent.finditer(normalised, a, b):
            opening = max(o for o in opens if o <= agent.start())
            if _a_relative(found, normalised, agent.start(), agent.end()):
                continue  # the one gone is family ("by her father, who has retired, with the HV"): no post left
            if (
                found.professional.search(normalised, agent.start(), min(b, agent.end() + 30)) is not None
                and found.current.search(normalised, opening, agent.start()) is not None
            ):
                return True
        for o in opens:
            subject = found.subject.match(normalised, o, b)
            if (
                subject is not None
                and not _a_relative(found, normalised, subject.start(), subject.end())
                and found.professional.search(normalised, subject.start(), min(b, subject.end() + 30)) is not None
                and found.current.search(normalised, subject.end(), b) is not None
            ):
                return True
        if found.conceded is not None and _conceded_gone(normalised, found, found.conceded, a, b, opens):
            return True
    return False


def _a_relative(found: _Gone, normalised: str, start: int, end: int) -> bool:
    """Whether the holder's own words and their leaving (``start``-``end`` of ``normalised``) name a relative
    (``gone_relatives``): one gone from work, who held no post in the baby's care."""
    return found.relatives is not None and found.relatives.search(normalised, start, end) is not None


def _conceded_gone(
    normalised: str, found: _Gone, conceded: re.Pattern[str], a: int, b: int, opens: list[int]
) -> bool:
    """Whether the part ``a``-``b`` of ``normalised`` opens a clause on a professional given an act now or to come,
    then concedes that the same holder has gone ("Dr <name> reviews her mood at six weeks, though Dr <name> retired
    last month"): the act rests on no one. The same words only (a pronoun or another name may be someone else), not
    an act told as done before ("Dr <name> started it in 2022, though Dr <name> has since retired"), nor a relative."""
    for m in conceded.finditer(normalised, a, b):
        who = m.group("who")
        # A professional by the holder's words or by the post left right after the verb ("though <name> left the
        # drug service last month").
        if found.professional is None or (
            found.professional.search(who) is None
            and found.professional.search(normalised, m.end(), min(b, m.end() + 30)) is None
        ):
            continue
        if found.relatives is not None and found.relatives.search(who) is not None:
            continue
        for o in opens:
            if o >= m.start() or not re.match(rf"{re.escape(who)}(?![\w'])", normalised[o : m.start()]):
                continue
            told = normalised[o + len(who) : m.start()]
            if re.search(r"[^\W\d_]{2,}", told) is not None and not tells_past(told):
                return True
    return False
