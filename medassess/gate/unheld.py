"""A plan held by no one (mappings/concerns.toml, [unheld]; read with the clauses whose actor is no one who can hold
the plan, for MA103, MA122 and MA124): acts given to the record's reader ("you will need to score the baby", "the
reader should arrange the taper", "whoever receives this letter should book levels", "whichever team reads this
should ...", "receiving team to organise", "Recipient to action: ...", "please ensure he never shares a bed"),
goals and wishes in place of acts ("The aim is a safe discharge", "Target: levels in range", "We hope the baby stays
safe", "Our wish is that ..."), no one as the actor of a double negative ("no one will fail to check the cot",
"nobody will neglect the crib") or of a care act in any tense ("nobody is going to check levels") and a care act
negated ("no levels will be taken"). A shared record is read by
many; what is given to its reader, hoped for or given to no one is in no one's hands."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from ..core.resources import mapping_table
from . import memo
from .negations import without_stacked
from .phrases import alternation
from .text import blanked, normalise
from .undecided_items import lines_normalised, without_undecided_items


@dataclass(frozen=True, slots=True)
class _Unheld:
    hint: tuple[str, ...]
    """Literal pieces of every opening: a text holding none holds no such clause (a cheap test before any pattern)."""
    opening: re.Pattern[str]
    """A clause opening on a reader with a modal, a call to the reader, a goal, a hope, no one with a double negative
    or a negated care act; the group names which (``reader``, ``request``, ``goal``, ``nobody``, ``negated``)."""
    unaddressed: re.Pattern[str]
    """A clause opening on "you" with a modal, or a request to no one (``request``): read only in a text addressed to
    no one by role or name."""
    addressed: re.Pattern[str]
    """The text's opening addressing someone: ``who`` is the addressee."""
    unnamed: frozenset[str]
    mother: re.Pattern[str]
    """Words that speak to the mother of her own ("your baby"): the text's "you" is her."""
    end: re.Pattern[str]
    """Where such a clause ends: a sentence's end, a semicolon, a later colon, or a break before a named role."""
    role_acts: re.Pattern[str]
    """A named role with a modal after it ("for the midwife to ..."): a goal naming who meets it stands."""
    role_next: re.Pattern[str]
    """A named role right after a request ("please ensure the midwife ...")."""
    firsts: frozenset[str]
    """The first word of every opening: a clause opening on none is not matched (a cheap test before the patterns)."""
    heading_words: int = 0
    """The most words of a heading before a colon that goes with the clause set aside after it."""
    given: re.Pattern[str] | None = None
    """The plan given to the record's reader after what it gives ("... are for whichever team reads this to
    arrange", "... is left to the receiving team"): searched anywhere; the whole sentence is set aside."""


_alternation = functools.partial(alternation, normalised=True, any_spaces=True, word_endings=True)
"""Normalised phrases as a regex alternation of whole phrases, longest first; "*" ends a word that may go on."""


_START = r"\s*(?:(?:and|but|then|so|or)\s+)?"
_CLAUSE_STARTS = re.compile(r"[.;:!?,(]|(?<=\s)(?=(?:and|but|so|then|or)\s)")
"""Where a clause may open: after punctuation, or before a join (the patterns are matched only there, not at every
character)."""
_FIRST_WORD = re.compile(r"\s*(?:(?:and|but|then|so|or)\s+)?([^\W\d_]+)")
"""A clause's first word past a join: one no opening begins with rules the clause out before the patterns."""
_DET = r"(?:(?:the|her|his|their|a|an|our|your|any|each|every)\s+)?"


@functools.cache
def _unheld() -> _Unheld | None:
    raw = mapping_table("concerns.toml")
    table: dict[str, Any] = raw.get("unheld", {})
    if not table:
        return None
    watchers = _alternation(raw["conclusion"]["watchers"])
    modals = _alternation(table["reader_modals"])
    discourse = _alternation(table["reader_discourse"])
    nobody_modals = _alternation(table["nobody_modals"])
    acts = rf"(?:{_alternation(table['negated_care_modals'])})\s+(?:(?:any|further|now|then)\s+)?"
    acts += rf"(?:{_alternation(table['negated_care_acts'])})"
    # "whichever team reads this", "any professional receiving this letter": whoever the record reaches
    things = rf"(?:\s+(?:{_alternation(table['reader_things'])}))?"
    # "picks this up", "takes this letter on": the verb's particle after "this"
    split = "".join(
        rf"|(?:{_alternation([verb])})\s+this{things}\s+(?:{_alternation([particle])})(?![\w'])"
        for verb, particle in table.get("reader_reading_split", ())
    )
    anyone = (
        rf"(?:{_alternation(table['reader_anyone'])})\s+"
        rf"(?:(?:[^\W\d_][\w'-]*\s+){{0,2}}?(?:{_alternation(table['reader_bodies'])})\s+)?"
        rf"(?:(?:that|who|which)\s+)?(?:(?:{_alternation(table['reader_reading'])})\s+this{things}{split})"
        # where it is read, before the modal: "whoever ends up reading this on the labour ward will have to ..."
        r"(?:\s+(?:on|at|in)\s+(?:[^\W\d_][\w'-]*\s+){0,2}?[^\W\d_][\w'-]*)?"
    )
    reader = rf"(?:{_alternation(table['readers'])}|{anyone})"
    given = None
    if table.get("reader_given_for") or table.get("reader_given_to"):
        to_verb = rf"\s+to\s+(?!(?:{discourse})(?![\w']))[^\W\d_]"
        given = re.compile(
            rf"(?<![\w'])(?:(?:{_alternation(table.get('reader_given_for', ()))})\s+{reader}{to_verb}"
            rf"|(?:{_alternation(table.get('reader_given_to', ()))})\s+{reader}(?![\w'])"
            rf"(?!\s+to\s+(?:{discourse})(?![\w'])))"
        )
    opening = (
        rf"{_START}(?:"
        rf"(?P<reader>(?:{_alternation(table['readers'])}|{anyone})(?:\s+|'\s*)(?:{modals})(?![\w'])"
        rf"(?!\s+(?:{discourse})(?![\w'])))"
        rf"|(?P<call>(?:{_alternation(table['reader_calls'])})(?![\w']))"
        rf"|(?P<goal>(?:{_alternation(table['goals'])})\s*(?::|\s-\s|\s+(?:{_alternation(table['goal_copulas'])})(?![\w'])))"
        rf"|(?P<hope>(?:{_alternation(table['hopes'])})(?![\w']))"
        rf"|(?P<nobody>(?:{_alternation(table['nobody'])})\s+(?:(?:{nobody_modals})\s+)?"
        rf"(?:{_alternation(table['double_negatives'])})(?![\w']))"
        rf"|(?P<nobody_act>(?:{_alternation(table['nobody'])})\s+(?:{_alternation(table['nobody_act_modals'])})\s+"
        rf"(?:(?:also|then|now|ever|actually|really|routinely)\s+)?"
        rf"(?:{_alternation([*raw['conclusion']['drug_acts'], *table['nobody_acts']])})(?![\w']))"
        rf"|(?P<negated>no\s+(?:[^\W\d_][\w'-]*\s+){{1,3}}?{acts}(?![\w']))"
        r")"
    )
    unaddressed = (
        rf"{_START}(?:(?:{_alternation(table['readers_unaddressed'])})(?:\s+|'\s*)(?:{modals})(?![\w'])"
        rf"(?!\s+(?:{discourse})(?![\w']))|(?P<request>(?:{_alternation(table['requests_unaddressed'])})(?![\w'])))"
    )
    hint = {
        "reader", "recipient", "whoever", "receiving", "action", "over to", "aim", "goal", "objective", "target",
        "desired", "outcome", "hope", "ambition", "intention", "aspiration", "ideal", "no one", "no-one", "nobody",
        "none of", "no professional", "not one", "no ", "you", "please", "kindly", "whichever", "whatever", "wish",
        *(f"{r} this" for r in table["reader_reading"]),
        *(f"{verb} this" for verb, _ in table.get("reader_reading_split", ())),
    }
    return _Unheld(
        tuple(sorted(hint)),
        re.compile(opening),
        re.compile(unaddressed),
        re.compile(rf"^\s*(?:{_alternation(table['addressed'])})\s+(?P<who>[^,:;.!?]{{0,60}})"),
        frozenset(normalise(n) for n in table["unnamed_addressees"]),
        re.compile(rf"(?<![\w'])(?:{_alternation(table['mother_addressed'])})(?![\w'])"),
        re.compile(
            r"[;!?]|\.(?=\s|$)|(?:,|\s(?=(?:and|but|while|whereas|so|then)\s))\s*"
            rf"(?:(?:and|but|while|whereas|so|then)\s+)?{_DET}(?:{watchers})(?![\w'])"
        ),
        re.compile(rf"(?<![\w'])(?:{watchers})\s+(?:team\s+)?(?:will|to|should|must|shall|can|ll)(?![\w'])"),
        re.compile(rf"\s*(?:that\s+)?{_DET}(?:{watchers})(?![\w'])"),
        frozenset(
            re.findall(r"[^\W\d_]+", normalise(p))[0]
            for key in (
                "readers", "readers_unaddressed", "reader_calls", "requests_unaddressed", "goals", "hopes", "nobody",
            )
            for p in table[key]
        )
        | {"no"}
        | {normalise(w) for w in table["reader_anyone"]},
        int(table.get("heading_words", 0)),
        given,
    )


_HEADING_BREAK = re.compile(r"[;!?\n]|\.(?=\s)")
"""Where the sentence's part before a colon may begin: after a semicolon or a sentence's end."""


def _with_heading(normalised: str, start: int, most: int) -> int:
    """``start``, or the start of a short heading right before it where the clause opens after a colon ("The
    baby's watch and the mood review: recipient to arrange"): what the heading names is what was given away."""
    before = normalised[:start].rstrip()
    if not before.endswith(":") or most <= 0:
        return start
    breaks = [b.end() for b in _HEADING_BREAK.finditer(before, 0, len(before) - 1)]
    at = breaks[-1] if breaks else 0
    heading = before[at:-1]
    if ":" in heading or not 0 < len(heading.split()) <= most:
        return start
    return at


_LIST_NUMBER = re.compile(r"\s*\(?\d{1,2}[.)](?=\s)")
"""A numbered list's item number ("1.", "2)", "(3)") opening what follows a heading's colon."""
_NUMBER_DOT = re.compile(r"(?:^|[\s:(])\d{1,2}\.$")
"""A full stop that only ends an item's number ("2." in "... 2. a safe delivery")."""


def _listed_goals_end(normalised: str, opened: int, end: int, found: _Unheld) -> int:
    """Where a numbered list of goals under a heading ends ("Aims: 1. levels in range. 2. a safe delivery. 3. no
    relapse.", "Aims: 1. levels in range; 2. a well baby"): each item is a goal of the heading, not a sentence of its
    own, so the goals run over the full stops and semicolons between items to the end of the last item, another
    mark, or an item naming who acts ("3. the midwife will score the baby"), which stands. ``end`` where the
    heading opens no numbered list."""
    if _LIST_NUMBER.match(normalised, opened) is None:
        return end
    at = opened
    while (stop := found.end.search(normalised, at)) is not None:
        if normalised[stop.start()] not in ".;":
            return stop.start()
        if _NUMBER_DOT.search(normalised, max(0, stop.start() - 3), stop.start() + 1) is not None:
            at = stop.end()  # the item's own number
            continue
        if _LIST_NUMBER.match(normalised, stop.end()) is None:
            return stop.start()
        after = found.end.search(normalised, _LIST_NUMBER.match(normalised, stop.end()).end())  # type: ignore[union-attr]
        item_end = after.start() if after is not None else len(normalised)
        if found.role_acts.search(normalised, stop.end(), item_end) is not None:
            return stop.start()  # "3. the midwife will score the baby": an act with its owner
        if normalised[stop.start()] == ";" and (
            " - " in normalised[stop.end() : item_end] or found.role_next.search(normalised, stop.end(), item_end)
        ):
            return stop.start()  # "; 2. a well baby - paeds review after birth": a goal with who meets it
        at = stop.end()
    return len(normalised)


_READER_KINDS = frozenset({"reader", "call"})
"""The openings that give the plan to the record's reader by name ("whichever team reads this will ...",
"Recipient to action: ..."): not "you" or a request, which may speak to the mother, nor a goal, hope or no one."""


@functools.lru_cache(maxsize=memo.TEXTS)  # pure in the text; several readings ask of the same one
def without_readers(normalised: str) -> str:
    """``normalised`` with each clause blanked in place that gives the plan to the record's reader by name (the
    ``reader`` and ``call`` openings of :func:`without_unheld`): read by MA122 as a plan given to no one."""
    return _without(normalised, _READER_KINDS)


@functools.lru_cache(maxsize=memo.TEXTS)  # pure in the text; several readings ask of the same one
def without_unheld(normalised: str) -> str:
    """``normalised`` with each clause blanked in place that gives the plan to no one: to the record's reader ("you
    will need to ...", "the reader should ...", "whoever receives this letter should ...", "Recipient to action:
    ...", "please ensure ..." with no role after it; "you" and a request only where the text is addressed to no one
    by role or name: "Dear health visitor, please weigh him on day 5" holds the act, and so does a text speaking to
    the mother of her own, "your baby", "your midwife"), a goal or hope ("the aim is
    ...", "Target: ...", "we hope ..."; not one naming who meets it: "the aim is for the midwife to ..."), no one in
    a double negative ("no one will fail to ...", "nobody will neglect ...": "no one shares a bed with the baby" is a
    rule and stands) or a care act negated ("no levels will be taken"). Each runs from its opening to the end of its
    sentence, a semicolon or a break before a named role ("..., and the midwife observes"); a goal or hope also to a
    colon after it (the next heading)."""
    return _without(normalised, None)


def _without(normalised: str, kinds: frozenset[str] | None) -> str:
    """:func:`without_unheld`, keeping only the openings of ``kinds`` where given."""
    found = _unheld()
    if found is None or not any(h in normalised for h in found.hint):
        return normalised  # cheap: literal tests before any pattern
    spans: list[tuple[int, int]] = []
    starts = [0, *(m.end() for m in _CLAUSE_STARTS.finditer(normalised))]
    starts = [at for at in starts if (w := _FIRST_WORD.match(normalised, at)) is not None and w[1] in found.firsts]
    if not starts and found.given is None:
        return normalised
    patterns = [found.opening]
    addressed = found.addressed.match(normalised)
    to_no_one = addressed is None or " ".join(addressed["who"].split()) in found.unnamed or not addressed["who"].strip()
    to_mother = "your" in normalised and found.mother.search(normalised) is not None  # "your baby": "you" is her
    if to_no_one and not to_mother:
        patterns.append(found.unaddressed)
    openings = [m for p in patterns for at in starts if (m := p.match(normalised, at)) is not None]
    if found.given is not None and (kinds is None or "reader" in kinds):
        for m in found.given.finditer(normalised):
            # "Levels ... are for whichever team reads this to arrange": the sentence's subject was given away
            breaks = [b.end() for b in _HEADING_BREAK.finditer(normalised, 0, m.start())]
            stop = found.end.search(normalised, m.end())
            spans.append((breaks[-1] if breaks else 0, stop.start() if stop is not None else len(normalised)))
    for m in openings:
        kind = {k for k, v in m.groupdict().items() if v is not None}
        if kinds is not None and not kind & kinds:
            continue
        if "request" in kind and found.role_next.match(normalised, m.end()):
            continue  # "please ensure the midwife ...": a role holds it
        stop = found.end.search(normalised, m.end())
        end = stop.start() if stop is not None else len(normalised)
        if "goal" in kind and normalised[: m.end()].rstrip().endswith((":", "-")):
            end = _listed_goals_end(normalised, m.end(), end, found)
        if kind & {"goal", "hope"}:
            colon = normalised.find(":", m.end(), end)
            end = colon if colon != -1 else end  # "Aim: safe discharge Plan: ...": the next heading ends it
            if found.role_acts.search(normalised, m.end(), end):
                continue  # "the aim is for the midwife to observe ...": the goal names who meets it
        spans.append((_with_heading(normalised, m.start(), found.heading_words), end))
    if not spans:
        return normalised
    return blanked(normalised, spans)


@dataclass(frozen=True, slots=True)
class _Vague:
    hint: tuple[str, ...]
    """Literal pieces of every holder: a text holding none gives no act to a vague holder (a cheap test first)."""
    opening: re.Pattern[str]
    """A clause opening on a vague holder with a modal; ``holder`` is the holder."""
    firsts: frozenset[str]
    anaphoric: frozenset[str]
    """The holders that may point back to a team or service the text named before."""
    named: re.Pattern[str]
    """A team or service with a word before it (``word``), to tell a named one from a vague one."""
    qualifiers: frozenset[str]
    timed: re.Pattern[str]
    """A number or a time ([claim] watch_times): the act is timed and stands."""


@functools.cache
def _vague() -> _Vague | None:
    table: dict[str, Any] = mapping_table("concerns.toml").get("unheld", {})
    holders = table.get("vague_holders", ())
    if not holders:
        return None
    untimed = set(table.get("vague_holder_untimed", ()))
    claim: dict[str, Any] = mapping_table("hollow-phrases.toml").get("claim", {})
    times = [t for t in claim.get("watch_times", ()) if t not in untimed]
    asides = _alternation(table.get("vague_holder_asides", ()) or ["also"])
    opening = (
        rf"{_START}(?P<holder>{_alternation(holders)})(?:\s+(?:{asides}))*\s+(?:{_alternation(table['reader_modals'])})"
        rf"(?![\w'])(?!\s+(?:{_alternation(table['reader_discourse'])})(?![\w']))"
    )
    return _Vague(
        ("team", "service", "professional", "agenc", "involved", "people", "network"),
        re.compile(opening),
        frozenset(re.findall(r"[^\W\d_]+", normalise(h))[0] for h in holders),
        frozenset(" ".join(normalise(h).split()) for h in table.get("vague_holders_anaphoric", ())),
        re.compile(r"(?<![\w'-])(?P<word>[^\W\d_][\w'-]*)\s+(?:team|teams|service|services)(?![\w'])"),
        frozenset(normalise(w) for w in table.get("vague_team_qualifiers", ())),
        re.compile(rf"\d|(?<![\w'])(?:{_alternation(times)})(?![\w'])") if times else re.compile(r"\d"),
    )


@functools.lru_cache(maxsize=memo.TEXTS)  # pure in the text
def without_vague_holders(normalised: str) -> str:
    """``normalised`` with each clause blanked in place that gives an act only to a holder no reader can name, with
    no number or time ("the team will look after the withdrawal", "services will support feeding", "relevant
    professionals will advise on sleep"; [unheld] vague_holders): read by MA103 as a plan held by no one. A clause
    with a number or a time stands ("the team scores the baby for 72 hours"), and so does "the team" where the text
    named its team before it ("the perinatal team ...; the team will also ...")."""
    found, clauses = _vague(), _unheld()
    if found is None or clauses is None or not any(h in normalised for h in found.hint):
        return normalised  # cheap: literal tests before any pattern
    starts = [0, *(m.end() for m in _CLAUSE_STARTS.finditer(normalised))]
    spans: list[tuple[int, int]] = []
    for at in starts:
        first = _FIRST_WORD.match(normalised, at)
        if first is None or first[1] not in found.firsts or (m := found.opening.match(normalised, at)) is None:
            continue
        holder = " ".join(m["holder"].split())
        if holder in found.anaphoric and any(
            n["word"] not in found.qualifiers for n in found.named.finditer(normalised, 0, m.start("holder"))
        ):
            continue  # "the team" after the text named its team: that team holds it
        stop = clauses.end.search(normalised, m.end())
        end = stop.start() if stop is not None else len(normalised)
        if found.timed.search(normalised, m.start(), end) is not None:
            continue  # "the team will score the baby for 72 hours": timed
        spans.append((m.start(), end))
    return blanked(normalised, spans) if spans else normalised


@dataclass(frozen=True, slots=True)
class _Placeholders:
    hint: tuple[str, ...]
    """Literal pieces of every holder's label and indefinite holder (a cheap test before any pattern)."""
    marker: re.Pattern[str]
    """A holder's label with a placeholder for its holder ending its part ("owner TBC", "lead: ???", "who: [name]")."""
    roles: re.Pattern[str]
    """A named role or a title: the part names its holder before the label."""
    indefinite: re.Pattern[str]
    """A clause opening on an indefinite pronoun with a modal ("somebody needs to", "whoever is on should")."""
    firsts: frozenset[str]
    """The first word of every indefinite holder (a cheap test before the pattern)."""
    agent: re.Pattern[str] | None = None
    """An agent's word with a placeholder or a bracketed text (``who``) right after it ("by [named midwife]")."""
    subject: re.Pattern[str] | None = None
    """A clause opening on a placeholder or a bracketed text (``who``) with a modal ("XX to observe", "[HV] will")."""
    prompt_words: frozenset[str] = frozenset()
    """The words a template's prompt is made of: a bracketed text only of these holds no one."""
    place: re.Pattern[str] | None = None
    """A place's preposition and what may stand between it and a role ("on the postnatal "), ending where the role
    starts: that role is where the act happens, not who holds it ([unheld] role_places)."""
    blank: re.Pattern[str] | None = None
    """A blank field: a run of underscores or empty brackets ("___", "( )"), which holds no one."""
    titled_blank: re.Pattern[str] | None = None
    """A role or a title with a blank field right after it ("named midwife ( )", "Dr ____")."""


_BRACKETED = r"\[[^\[\]\n]{1,80}\]|<[^<>\n]{1,80}>"
"""A text in square or angle brackets: a template's prompt where every word is one of ``prompt_words``."""
_PROMPT_HINTS = ("[", "<", "xx", "tbc", "tba", "tbd", "?", "_", "()", "( )")
"""Literal pieces of every agent's or subject's placeholder and prompt (a cheap test before the patterns)."""


def _marks(marks: Any) -> str:
    """Placeholders as a regex alternation, longest first: a word ends at a word's end, marks ("???") as written."""
    return "|".join(
        re.escape(m) if not re.search(r"\w", m) else rf"{_alternation([m])}(?![\w'])"
        for m in sorted((normalise(m) for m in marks), key=lambda m: (-len(m), m))
    )


def _holds_no_one(who: str, prompts: frozenset[str], blank: re.Pattern[str] | None = None) -> bool:
    """Whether ``who`` (a placeholder, a blank field or a text in brackets) holds no one: a placeholder, a blank
    ("___", "[ ]"), or a prompt whose every word is one of ``prompts`` ("[HV name]", "<named midwife>"); not a name
    ("[Jo Adams]") or a unit ("[SCBU]")."""
    if who[:1] not in ("[", "<") or (blank is not None and blank.fullmatch(who) is not None):
        return True
    found = re.findall(r"[^\W\d_]+", who)
    return bool(found) and all(w in prompts for w in found)


_PART_BREAK = re.compile(r"[;\n]|[.!](?=\s|$)")
"""Where an act's part ends: a semicolon, a line's end or a sentence's end (a question mark may be the holder)."""


@functools.cache
def _placeholders() -> _Placeholders | None:
    raw = mapping_table("concerns.toml")
    table: dict[str, Any] = raw.get("unheld", {})
    labels, marks = table.get("holder_labels", ()), table.get("holder_placeholders", ())
    indefinite = table.get("indefinite_holders", ())
    if not (labels and marks) or not indefinite:
        return None
    placeholders = _marks(marks)
    marker = (
        rf"(?<![\w'])(?:{_alternation(labels)})\s*(?:[:=]|-(?!-)|\s-\s)?\s*(?:{placeholders}|\[[^\]\n]*\])"
        r"(?=\s*(?:[;,.:!?)\n]|$)|\s-)"
    )
    asides = _alternation(table.get("indefinite_holder_asides", ()) or ["also"])
    opening = (
        rf"{_START}(?P<holder>{_alternation(indefinite)})(?:\s+(?:{asides}))*\s+(?:{_alternation(table['reader_modals'])})"
        rf"(?![\w'])(?!\s+(?:{_alternation(table['reader_discourse'])})(?![\w']))"
    )
    watchers = _alternation(raw["conclusion"]["watchers"])
    titles = _alternation(table.get("holder_titles", ()) or ["dr"])
    agents, subjects = table.get("agent_labels", ()), table.get("subject_placeholders", ())
    least = max(int(table.get("blank_run_least", 2)), 1)
    blanks = [
        *(rf"{re.escape(c)}{{{least},}}" for c in table.get("blank_run_characters", ())),
        *(r"\s*".join(re.escape(c) for c in b.replace(" ", "")) for b in table.get("blank_brackets", ())),
    ]
    blank = rf"(?:{'|'.join(sorted(set(blanks), key=len, reverse=True))})" if blanks else None
    either = f"|{blank}" if blank else ""
    agent = (
        rf"(?<![\w'])(?:{_alternation(agents)})\s+(?P<who>{blank or _BRACKETED}{either and '|' + _BRACKETED}"
        rf"|(?:{_marks(table['agent_placeholders'])})(?=[\s;,.:!)\]]|$))"
    )
    subject = (
        rf"{_START}(?P<who>{blank or _BRACKETED}{either and '|' + _BRACKETED}|(?:{_marks(subjects)}))\s*"
        rf"(?:{_alternation(table['reader_modals'])})(?![\w'])"
    )
    titled = rf"(?<![\w'])(?:{watchers}|{titles})\s*(?P<who>{blank})" if blank else None
    return _Placeholders(
        tuple(sorted({re.findall(r"[^\W\d_]+", normalise(h))[0] for h in [*labels, *indefinite]})),
        re.compile(marker),
        re.compile(rf"(?<![\w'])(?:{watchers}|{titles})(?![\w'])"),
        re.compile(opening),
        frozenset(re.findall(r"[^\W\d_]+", normalise(h))[0] for h in indefinite),
        re.compile(agent) if agents and table.get("agent_placeholders") else None,
        re.compile(subject) if subjects else None,
        frozenset(w for p in table.get("prompt_words", ()) for w in re.findall(r"[^\W\d_]+", normalise(p))),
        (
            re.compile(rf"(?<![\w'])(?:{_alternation(places)})\s+(?:(?!by\s)[^\W\d_][\w'-]*\s+){{0,3}}$")
            if (places := table.get("role_places", ()))
            else None
        ),
        re.compile(blank) if blank else None,
        re.compile(titled) if titled else None,
    )


@functools.lru_cache(maxsize=memo.TEXTS)  # pure in the text
def without_placeholder_holders(normalised: str) -> str:
    """``normalised`` with each part blanked in place whose act's only holder is a placeholder ("Baby watched for NAS
    after birth - owner TBC", "Cot check (lead: ???)", "who: [name]"; [unheld] holder_labels and holder_placeholders)
    or whose agent is a placeholder or a template's prompt ("scoring by [named midwife]", "feeds by ???"; [unheld]
    agent_labels, agent_placeholders, prompt_words), from the end of the sentence, semicolon or line before it to the
    next, and each clause whose holder is an indefinite pronoun, a placeholder or a prompt with a modal ("somebody
    needs to refer her", "whoever is on shift should ...", "XX to observe the baby"; [unheld] indefinite_holders,
    subject_placeholders) to the end of its sentence, a semicolon or a break before a named role: read by MA103 as a
    plan held by no one. A part naming its holder before the label stands ("the ward midwives score the baby -
    owner TBC"), and so does a holder told by who it is ("someone from the perinatal team (Dr Okafor) will ...")."""
    found, clauses = _placeholders(), _unheld()
    prompted = any(h in normalised for h in _PROMPT_HINTS)
    if found is None or clauses is None or not (prompted or any(h in normalised for h in found.hint)):
        return normalised  # cheap: literal tests before any pattern
    labels = list(found.marker.finditer(normalised))
    if prompted and found.agent is not None:
        # "NAS scoring by [named midwife]", "feeds by ???": the agent's place holds a placeholder or a prompt
        labels += [
            m for m in found.agent.finditer(normalised) if _holds_no_one(m["who"], found.prompt_words, found.blank)
        ]
    if prompted and found.titled_blank is not None:
        # "Named midwife ( ) watches the baby", "review by Dr ____": the name's field left blank
        labels += list(found.titled_blank.finditer(normalised))
    spans: list[tuple[int, int]] = []
    for label in labels:
        breaks = [b.end() for b in _PART_BREAK.finditer(normalised, 0, label.start())]
        start = breaks[-1] if breaks else 0
        if breaks and not re.search(r"[^\W_]", normalised[start : label.start()]):
            # "Levels monthly; owner TBC": the label stands alone, the act's part is before it
            start = breaks[-2] if len(breaks) > 1 else 0
        if any(
            found.place is None or found.place.search(normalised, start, role.start()) is None
            for role in found.roles.finditer(normalised, start, label.start())
        ):
            continue  # "the ward midwives score the baby - owner TBC": the act names its holder ("on the ward" none)
        stop = _PART_BREAK.search(normalised, label.end())
        spans.append((start, stop.start() if stop is not None else len(normalised)))
    for at in [0, *(c.end() for c in _CLAUSE_STARTS.finditer(normalised))]:
        first = _FIRST_WORD.match(normalised, at)
        m = found.indefinite.match(normalised, at) if first is not None and first[1] in found.firsts else None
        if m is None and prompted and found.subject is not None:
            m = found.subject.match(normalised, at)
            if m is not None and (
                normalised[m.start("who") - 1 : m.start("who")] not in ("", " ", "(", "\n")
                or not _holds_no_one(m["who"], found.prompt_words, found.blank)
            ):
                m = None  # "46,xx to be confirmed": no clause's subject; "[Dr Patel] will": a name
        if m is None:
            continue
        stop = clauses.end.search(normalised, m.end())
        spans.append((m.start(), stop.start() if stop is not None else len(normalised)))
    return blanked(normalised, spans) if spans else normalised


def unheld_set_aside(text: str) -> str | None:
    """What ``text`` says once the clauses giving the plan to no one are set aside (:func:`without_unheld`), or to a
    holder no reader can name with no time (:func:`without_vague_holders`), to a placeholder or an indefinite pronoun
    (:func:`without_placeholder_holders`), and the items still to do or to ask
    (:func:`medassess.gate.undecided_items.without_undecided_items`), or None where it holds none: a conclusion that
    leaves too little, or no statement, decides nothing (MA103)."""
    normalised = " ".join(normalise(text).split())
    lines = lines_normalised(text)
    # a holder's label with a placeholder ("Owner: TBC.") is read as the act's before as an item still to do alone
    undecided = without_undecided_items(without_placeholder_holders(lines))
    items = normalise(undecided) if undecided != lines else normalise(text)
    kept = " ".join(without_placeholder_holders(without_vague_holders(without_unheld(without_stacked(items)))).split())
    return None if kept == normalised else kept
