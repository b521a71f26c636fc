"""Whether a recipient's route can deliver, and whether an ODS code is well formed, for the share gate's
rules MA307 to MA310 and MA312. The shapes are data, in ``mappings/routes.toml``, with their sources.

Every function answers with why the value cannot work (a sentence that quotes nothing from the record), or
None when it can.
"""

from __future__ import annotations

import functools
import ipaddress
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, get_args
from urllib.parse import urlsplit

from ..core.resources import data_path
from ..record.model import ROUTE_KINDS, Organisation, RecipientRole, Record
from .english import zipf
from .facts import unwritten
from .settings import GateSettings
from .substance import hand_over_settings
from .text import normalise, normalise_as_typed, words

_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_UPPER_ALNUM = re.compile(r"[A-Z0-9]+")
_LETTER_RUN = re.compile(r"[A-Z]+")


@dataclass(frozen=True, slots=True)
class RouteTables:
    """``mappings/routes.toml``, read once."""

    mesh_min_length: int
    mesh_max_length: int
    mesh_word_min_letters: int
    mesh_word_min_zipf: float
    mesh_word_part_min_letters: int
    mesh_word_max_parts: int
    loopback_names: frozenset[str]
    loopback_suffixes: tuple[str, ...]
    never_resolve_suffixes: tuple[str, ...]
    fhir_schemes: frozenset[str]
    manual_min_words: int
    manual_not_an_instruction: frozenset[str]
    manual_not_an_instruction_patterns: tuple[re.Pattern[str], ...]
    manual_cannot_happen: tuple[re.Pattern[str], ...]
    manual_addresses: tuple[re.Pattern[str], ...]
    manual_hand_over_words: frozenset[str]
    manual_habits: tuple[str, ...]
    manual_habit_clause: re.Pattern[str]
    manual_habit_rest_min_words: int
    manual_hand_over_things: frozenset[str]
    manual_bare_words: frozenset[str]
    manual_manner: re.Pattern[str]
    manual_held_pending_notes: tuple[str, ...]
    manual_held_pending: re.Pattern[str] | None
    """A second copy's note still to confirm and its holder's link and first letters (``held_pending_notes``,
    ``pending_holder_links``, ``pending_not_holders``): :func:`_without_held_pending`."""
    ods_formats: tuple[re.Pattern[str], ...]
    ods_placeholders: frozenset[str]
    phone_national_digits: frozenset[int]
    phone_international_digits: tuple[int, int]


@functools.cache
def route_tables() -> RouteTables:
    raw = tomllib.loads((data_path("mappings") / "routes.toml").read_text(encoding="utf-8"))
    return RouteTables(
        mesh_min_length=int(raw["mesh"]["min_length"]),
        mesh_max_length=int(raw["mesh"]["max_length"]),
        mesh_word_min_letters=int(raw["mesh"]["word_min_letters"]),
        mesh_word_min_zipf=float(raw["mesh"]["word_min_zipf"]),
        mesh_word_part_min_letters=int(raw["mesh"]["word_part_min_letters"]),
        mesh_word_max_parts=int(raw["mesh"]["word_max_parts"]),
        loopback_names=frozenset(str(n).casefold() for n in raw["endpoints"]["loopback_names"]),
        loopback_suffixes=tuple("." + str(n).casefold() for n in raw["endpoints"]["loopback_domains"]),
        never_resolve_suffixes=tuple("." + str(n).casefold() for n in raw["endpoints"]["never_resolve_domains"]),
        fhir_schemes=frozenset(str(s) for s in raw["endpoints"]["fhir_schemes"]),
        manual_min_words=int(raw["manual"]["min_words"]),
        manual_not_an_instruction=frozenset(normalise(str(p)) for p in raw["manual"]["not_an_instruction"]),
        manual_not_an_instruction_patterns=tuple(
            re.compile(str(p)) for p in raw["manual"]["not_an_instruction_patterns"]
        ),
        manual_cannot_happen=tuple(re.compile(str(p)) for p in raw["manual"].get("cannot_happen_patterns", ())),
        manual_addresses=tuple(re.compile(str(p)) for p in raw["manual"]["addresses"]),
        manual_hand_over_words=frozenset(normalise(str(w)) for w in raw["manual"]["hand_over_words"]),
        manual_habits=tuple(normalise(str(p)) for p in raw["manual"]["habit_phrases"]),
        manual_habit_clause=re.compile(
            r"(?<!\w)(?:"
            + "|".join(re.escape(normalise(str(p))) for p in raw["manual"]["habit_phrases"])
            + r")(?!\w)[^,;:.()\[\]\n]*"
        ),
        manual_habit_rest_min_words=int(raw["manual"]["habit_rest_min_words"]),
        manual_hand_over_things=frozenset(normalise(str(w)) for w in raw["manual"]["hand_over_things"]),
        manual_bare_words=frozenset(normalise(str(w)) for w in raw["manual"]["bare_words"]),
        manual_manner=re.compile(
            r"(?<!\w)(?:"
            + "|".join(
                re.escape(normalise(str(p)))
                for p in sorted(raw["manual"]["manner_phrases"], key=lambda p: (-len(str(p)), str(p)))
            )
            + r")(?!\w)"
        ),
        manual_held_pending_notes=tuple(normalise(str(p)) for p in raw["manual"].get("held_pending_notes", ())),
        manual_held_pending=_held_pending(raw["manual"]),
        ods_formats=tuple(re.compile(str(f["pattern"])) for f in raw["ods"]["formats"]),
        ods_placeholders=frozenset(str(p) for p in raw["ods"]["placeholders"]),
        phone_national_digits=frozenset(int(n) for n in raw["telephone"]["national_digits"]),
        phone_international_digits=(
            int(raw["telephone"]["international_min_digits"]),
            int(raw["telephone"]["international_max_digits"]),
        ),
    )


def _held_pending(manual: dict[str, Any]) -> re.Pattern[str] | None:
    """Notes still to confirm (longest first; several in a row, "address TBC, to be confirmed"), then either one of
    the holder's links and a holder (a word of letters after at most an article or a possessive, not one of
    ``pending_not_holders``), or one of ``pending_holder_conditions``, such a holder (and up to two more words of
    its name: "the placement team") and one of ``pending_holder_acts`` ("once the placement team confirms")."""
    notes, links, not_holders, conditions, acts = (
        [normalise(str(p)) for p in manual.get(key, ())]
        for key in (
            "held_pending_notes",
            "pending_holder_links",
            "pending_not_holders",
            "pending_holder_conditions",
            "pending_holder_acts",
        )
    )
    if not notes or not links:
        return None

    def alternation(phrases: list[str]) -> str:
        return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=lambda p: (-len(p), p)))

    refused = rf"(?!(?:{alternation(not_holders)})(?!\w))" if not_holders else ""
    holder = rf"(?:(?:the|her|his|their|our|a|an)\s+)?{refused}[^\W\d_]{{2,}}"
    held = rf"(?:{alternation(links)})\s+{holder}"
    if conditions and acts:
        named = rf"{holder}(?:\s+{refused}[^\W\d_]{{2,}}){{0,2}}?"
        held += rf"|(?:{alternation(conditions)})\s+{named}\s+(?:{alternation(acts)})(?!\w)"
    note = rf"(?:{alternation(notes)})"
    return re.compile(rf"(?<!\w){note}(?:\s*,?\s*{note})*\s*,?\s+(?:{held})")


def _one_character_repeated(value: str) -> bool:
    return len(set(value)) == 1


def _one_part_repeated(value: str) -> bool:
    """The value is one shorter part written again and again ("XXXXXXXX", "X26AB1X26AB1"): typed or pasted
    twice, it is no id."""
    return value in (value + value)[1:-1]


def _placeholder_words(run: str, placeholders: frozenset[str]) -> bool:
    """A run of letters made wholly of placeholder words ("TBC", "TBCTBC", "TBANIL")."""
    sizes = sorted({len(p) for p in placeholders}, reverse=True)

    def splits(rest: str) -> bool:
        return not rest or any(rest[:n] in placeholders and splits(rest[n:]) for n in sizes if n <= len(rest))

    return bool(run) and splits(run)


def _english_words(run: str, tables: RouteTables) -> bool:
    """True when a run of letters is a common English word of at least the table's least length, or splits
    wholly into at most its number of such words, each at least its least part length and one of them at least
    the least word length ("TESTBOX": "test", "box"). Two 3-letter words are not enough: most 3-letter groups
    are an abbreviation wordfreq counts, and an all-letter ODS code and a letter group are 3 and 3."""
    letters = run.casefold()
    if len(letters) < tables.mesh_word_min_letters:
        return False
    common, long_word = tables.mesh_word_min_zipf, tables.mesh_word_min_letters

    def splits(rest: str, parts_left: int, long_seen: bool) -> bool:
        if not rest:
            return long_seen
        if parts_left == 0:
            return False
        return any(
            zipf(rest[:cut]) >= common and splits(rest[cut:], parts_left - 1, long_seen or cut >= long_word)
            for cut in range(tables.mesh_word_part_min_letters, len(rest) + 1)
        )

    return zipf(letters) >= common or splits(letters, tables.mesh_word_max_parts, False)


def mailbox_problem(mailbox: str) -> str | None:
    """Why a MESH mailbox id cannot be one."""
    tables = route_tables()
    if not (tables.mesh_min_length <= len(mailbox) <= tables.mesh_max_length) or not _UPPER_ALNUM.fullmatch(mailbox):
        return (
            f"a MESH mailbox id is {tables.mesh_min_length} to {tables.mesh_max_length} upper-case letters and "
            "digits, starting with the organisation's ODS code"
        )
    if _one_part_repeated(mailbox) or not any(c.isdigit() for c in mailbox) or not any(c.isalpha() for c in mailbox):
        return "a MESH mailbox id has letters and digits (the organisation's ODS code, then the mailbox's own part)"
    if any(shape.fullmatch(mailbox) for shape in tables.ods_formats):
        return "a MESH mailbox id is the organisation's ODS code followed by the mailbox's own part, not the code alone"
    runs = _LETTER_RUN.findall(mailbox)
    if any(_placeholder_words(run, tables.ods_placeholders) for run in runs):
        return "a MESH mailbox id is the one NHS England issued, not a placeholder standing in for it"
    for run in runs:
        if _english_words(run, tables):
            return (
                "a MESH mailbox id is the one NHS England issued (the ODS code, then letters and a number), not an "
                "English word standing in for it"
            )
    return None


def _ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]") if host.startswith("[") else host)
    except ValueError:
        return None


def _is_loopback(host: str) -> bool:
    """``host`` is this machine: a loopback address, or a name that RFC 6761 reserves for it."""
    tables = route_tables()
    name = host.casefold().removesuffix(".")
    if name in tables.loopback_names or name.endswith(tables.loopback_suffixes):
        return True
    address = _ip(host)
    return address is not None and address.is_loopback


LOCAL_ENDPOINT = (
    "names this machine, not the receiver's server (routes to this machine are for test and training sites "
    "that set `local_receivers` in the site configuration)"
)


def _cannot_be_a_receiver(host: str, settings: GateSettings) -> str | None:
    """Why a well-formed host still cannot be another organisation's server, or None."""
    if _is_loopback(host):
        return None if settings.local_endpoints else LOCAL_ENDPOINT
    address = _ip(host)
    if address is not None and (address.is_unspecified or address.is_multicast):
        return "is an address no server answers on (0.0.0.0, :: or a multicast group)"
    if address is not None and address.is_link_local:
        return "is a link-local address (169.254.0.0/16, fe80::/10), reachable only on the sender's own network"
    if address is not None and address.is_reserved:
        return "is a reserved address never assigned to a server (240.0.0.0/4, the broadcast 255.255.255.255)"
    name = host.casefold().removesuffix(".")
    if name.endswith(route_tables().never_resolve_suffixes):
        return "is under a domain reserved never to resolve (RFC 6761), so no server has it"
    return None


def host_problem(host: str, settings: GateSettings | None = None) -> str | None:
    """Why ``host`` names no machine another organisation receives on: neither an IP address nor a fully
    qualified domain name of RFC 1123 labels, or an address or name reserved for this machine (unless the
    settings allow local endpoints), for no machine, or for a domain that never resolves."""
    settings = settings or GateSettings()
    if _ip(host) is None and not _is_loopback(host):
        name = host.casefold().removesuffix(".")
        labels = name.split(".")
        if (
            len(name) > 253
            or len(labels) < 2
            or not all(_LABEL.fullmatch(label) for label in labels)
            or labels[-1].isdigit()
        ):
            return "a host is an IP address or a fully qualified domain name (e.g. interface.trust.nhs.uk)"
    reserved = _cannot_be_a_receiver(host, settings)
    return None if reserved is None else f"the host {reserved}"


def fhir_url_problem(url: str, settings: GateSettings | None = None) -> str | None:
    """Why a FHIR base URL cannot be sent to: https with a host (http only to this machine, where the settings
    allow local endpoints), no credentials, no query or fragment."""
    settings = settings or GateSettings()
    try:
        parts = urlsplit(url)
        host = parts.hostname
        port = parts.port  # raises ValueError for a port that is not a number in range
    except ValueError:
        return "a FHIR base URL is https://, a host and a path (e.g. https://fhir.trust.nhs.uk/R4)"
    if port == 0:
        return "a FHIR base URL's port is 1 to 65535 (port 0 names no server's port)"
    if not host:
        return "a FHIR base URL names the server's host after https://"
    if parts.username is not None or parts.password is not None:
        return "a FHIR base URL must not carry credentials; the site configuration holds them"
    if "?" in url or "#" in url:
        return "a FHIR base URL ends at its path, with no query or fragment (resources are sent under it)"
    local = settings.local_endpoints and _is_loopback(host)
    if parts.scheme not in route_tables().fhir_schemes and not (parts.scheme == "http" and local):
        return "a FHIR base URL uses https (plain http only to this machine, on a test site)"
    return host_problem(host, settings)


def _as_parents(reading: str, parents: tuple[tuple[str, str], ...]) -> str:
    """``reading`` with each of the parents' names (normalised, whole words) read as who they are: "given to
    Jodie so that she can pass it on" is "given to mother so that ...", and left to a parent like it."""
    for name, who in parents:
        reading = re.sub(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])", who, reading)
    return reading


def _without_habit(reading: str, tables: RouteTables) -> str | None:
    """``reading`` with each habit phrase ("as usual") and the rest of its clause read out, or None when the
    habit stands in for the hand-over: what is left holds no hand-over word or too few words to say who hands
    what to whom and when."""
    if not any(habit in reading for habit in tables.manual_habits):  # cheap: no habit phrase, nothing to do
        return reading
    rest = tables.manual_habit_clause.sub(" ", reading)
    if rest == reading:
        return reading
    left = words(rest)
    if len(left) < tables.manual_habit_rest_min_words or not tables.manual_hand_over_words.intersection(left):
        return None
    return rest


def _noted(reading: str, tables: RouteTables) -> bool:
    """``reading`` holds a note that the hand-over is still to be arranged or is left to a parent to pass on."""
    return any(
        re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", reading) for phrase in tables.manual_not_an_instruction
    ) or any(pattern.search(reading) for pattern in tables.manual_not_an_instruction_patterns)


_PART = re.compile(r"[^;.\n]+")
"""A part of a manual route: between semicolons, full stops and line breaks."""


def _without_held_pending(reading: str, tables: RouteTables, settings: GateSettings) -> str:
    """``reading`` with each part blanked that is a second copy's note still to confirm held by someone named
    ("a further copy by post to the agency, address TBC by the social worker"; ``[manual] held_pending_notes``),
    with no other note in it, where another part holds no note and is a complete hand-over by itself: the record
    reaches the recipient by that one. Otherwise ``reading`` as it is."""
    pattern = tables.manual_held_pending
    if pattern is None or not any(note in reading for note in tables.manual_held_pending_notes):
        return reading  # cheap: no note that could be held
    held: list[tuple[int, int]] = []
    parts: list[str | None] = []  # each part; a note's part as None
    own_copy: list[bool] = []  # whether a note's part names a copy or hand-over of its own
    for part in _PART.finditer(reading):
        if not words(part[0]):
            continue
        rest = pattern.sub(" ", part[0])
        if rest != part[0]:
            if not _noted(rest, tables):
                held.append(part.span())
            parts.append(None)
            own_copy.append(bool(tables.manual_hand_over_words.intersection(words(rest))))
        else:
            parts.append(part[0])
            own_copy.append(True)
    if not held:
        return reading
    # A note standing in a part of its own ("...; address TBC by the duty manager") is the note of the part before
    # it (the one after it, where it comes first): that part's copy is still pending, however complete it reads.
    pending: set[int] = set()
    for i, text in enumerate(parts):
        if text is None and not own_copy[i]:
            before = [j for j in range(i - 1, -1, -1) if parts[j] is not None]
            after = [j for j in range(i + 1, len(parts)) if parts[j] is not None]
            pending.update((before or after)[:1])
    complete = any(
        text is not None
        and i not in pending
        and not _noted(text, tables)
        and _problem(text, settings, (), held=False) is None
        for i, text in enumerate(parts)
    )
    if not complete:
        return reading
    for start, end in held:
        reading = reading[:start] + " " * (end - start) + reading[end:]
    return reading


def manual_problem(description: str, settings: GateSettings, parents: tuple[tuple[str, str], ...] = ()) -> str | None:
    """Why a manual hand-over's description is not an instruction someone can carry out. ``parents`` pairs each
    of the mother's and partner's names, normalised, with "mother" or "partner" (:func:`parents_named`)."""
    return _problem(description, settings, parents)


def _problem(
    description: str, settings: GateSettings, parents: tuple[tuple[str, str], ...], *, held: bool = True
) -> str | None:
    """:func:`manual_problem`; ``held``: a second copy's note held by someone named beside a complete hand-over
    is read out (:func:`_without_held_pending`); not when judging a part of the route alone."""
    normal = normalise(description)
    if unwritten(description, hand_over_settings(settings)):
        return "a manual route says how, to whom and when the record is handed over, not a placeholder"
    tables = route_tables()
    # As shown and as typed: an override around a word changes the one, not what the writer meant.
    readings = {_as_parents(r, parents) for r in (normal, normalise_as_typed(description))}
    unhabitual = {_without_habit(r, tables) for r in readings}
    if None in unhabitual:
        return "a manual route gives the hand-over itself, not a note that it goes as usual"
    readings = {r for r in unhabitual if r is not None}
    unheld = {_without_held_pending(r, tables, settings) for r in readings} if held else readings
    if any(_noted(reading, tables) for reading in unheld):
        return "a manual route gives the hand-over itself, not a note that it is still to be arranged"
    if any(pattern.search(reading) for pattern in tables.manual_cannot_happen for reading in readings):
        return (
            "a manual route gives a hand-over someone can carry out: by a person who can hand it over, to an "
            "address the sender holds (not by the baby, nor posted to an address no one has)"
        )
    if len(words(normal)) < tables.manual_min_words:
        return f"a manual route describes the hand-over in at least {tables.manual_min_words} words"
    bare = normal
    for address in tables.manual_addresses:
        bare = address.sub(" ", bare)
    if len(words(bare)) < tables.manual_min_words:
        return (
            "a manual route says who hands what to whom, not only where to find them (a link, an email address "
            "or a telephone number alone)"
        )
    if not any(tables.manual_hand_over_words.intersection(words(reading)) for reading in readings):
        return (
            "a manual route says how the record reaches the recipient (who hands, posts or reads through a copy), "
            "not only that it goes as before or who will be there"
        )
    verbs_only = tables.manual_hand_over_words - tables.manual_hand_over_things
    if all(set(words(reading)) <= verbs_only | tables.manual_bare_words for reading in readings):
        return "a manual route says who hands what to whom, where or when, not only a word of handing it over"
    # A manner that names a copy ("a printed copy", "hard copy") still gives the thing handed, as "copy" does
    # ("Post the printed copy." as "Post the copy."); the copy alone, with no handing, is as bare as a verb alone.
    unmannered = [tables.manual_manner.sub(_copy_or_blank, reading) for reading in readings]
    if unmannered != list(readings) and all(
        set(words(reading)) <= verbs_only | tables.manual_bare_words
        or set(words(reading)) <= _A_COPY | tables.manual_bare_words
        for reading in unmannered
    ):
        return "a manual route says who hands what to whom, where or when, not only how (by hand, in person, on paper)"
    return None


_A_COPY = frozenset({"copy"})
_COPY_WORDS = re.compile(r"(?<!\w)(?:cop(?:y|ies)|hardcopy|print-?out)(?!\w)")


def _copy_or_blank(manner: re.Match[str]) -> str:
    """A manner read out of a manual route: " copy " where it names a copy (the thing handed), else a blank."""
    return " copy " if _COPY_WORDS.search(manner.group()) else " "


def parents_named(record: Record) -> tuple[tuple[str, str], ...]:
    """The mother's and the partner's names (each given name and the family name, normalised), each with who
    they are, for :func:`manual_problem`. Names of fewer than 2 letters are left out."""
    people = [("mother", record.mother.name)]
    if record.partner is not None and record.partner.name is not None:
        people.append(("partner", record.partner.name))
    named = {
        normal: who
        for who, name in people
        for part in (*name.given, name.family)
        if len(normal := normalise(part).strip()) >= 2
    }
    return tuple(sorted(named.items(), key=lambda item: (-len(item[0]), item[0])))


_PHONE_LAYOUT = re.compile(r"[\s().\-/]")
_EXTENSION = re.compile(r"(?:ext(?:ension)?\.?|x)\s*[0-9]{1,6}$")


_PHONE_IN_TEXT = re.compile(
    r"(?<![\w+])(?:\+|0)(?:[0-9\s).\-]|\(0\))*[0-9](?:\s*(?:ext(?:ension)?\.?|x)\s*[0-9]{1,6})?(?![\w])"
)
"""A number written inside a longer value: it starts as a number is dialled (+, 00 or the trunk 0), so a
time or a day range in a note ("9-5") is not read as one; a slash parts two numbers ("... / 07700 ...") and an
opening bracket ends one ("(8.30am to 4.30pm)"), except the "(0)" written after +44."""
_NOT_A_NUMBER = (
    "a telephone number is a UK number (0 and 9 or 10 more digits, as Ofcom numbers them) or an "
    "international one (+ and the country code), and not one digit repeated"
)


def _one_number_problem(written: str, tables: RouteTables) -> tuple[bool, bool]:
    """(can be rung, is a placeholder) for one number as written, with its layout and any extension."""
    number = _EXTENSION.sub("", written).strip()
    number = _PHONE_LAYOUT.sub("", number)
    if number.startswith("00"):
        number = "+" + number[2:]
    if number.startswith("+44"):
        number = "0" + number[3:].removeprefix("0")  # +44 (0)1632 ... is written with the trunk 0 too
    if number.startswith("+"):
        digits = number[1:]
        fits = (
            digits.isdigit()
            and tables.phone_international_digits[0] <= len(digits) <= tables.phone_international_digits[1]
        )
        fits = fits and not digits.startswith("0")
    else:
        digits = number[1:]
        fits = number.isdigit() and number.startswith("0") and len(number) in tables.phone_national_digits
    # one digit repeated as long as a number ("00000 000000"); a short run ("09" in "09:00") is no number at all
    every = "".join(c for c in number if c.isdigit())
    placeholder = len(every) >= tables.phone_international_digits[0] and _one_character_repeated(every)
    return fits and not _one_character_repeated(digits), placeholder


def telephone_problem(telephone: str) -> str | None:
    """Why a contact's telephone number cannot be rung: a placeholder, or not a UK or international number.
    A value may hold its number with a label ("Duty desk:"), a note in brackets ("(Mon-Fri 9-5)") or a second
    number ("... or 07700 900456"): it can be rung when at least one number found in it can, and none of
    them is a placeholder."""
    written = normalise(telephone)
    if not any(c.isdigit() for c in written):
        return "a telephone number is the number itself, not a placeholder"
    tables = route_tables()
    ringable, placeholder = _one_number_problem(written, tables)
    if ringable:
        return None
    if not placeholder and ("+" in written or "0" in written):
        found = [_one_number_problem(m.group(), tables) for m in _PHONE_IN_TEXT.finditer(written)]
        if any(r for r, _ in found) and not any(p for _, p in found):
            return None
    return _NOT_A_NUMBER


def ods_problem(code: str) -> str | None:
    """Why an ODS organisation code has no ODS shape."""
    tables = route_tables()
    if (
        code in tables.ods_placeholders
        or _one_character_repeated(code)
        or not any(c.isalpha() for c in code)
        or not any(p.fullmatch(code) for p in tables.ods_formats)
    ):
        return (
            "an ODS code is 3 or 5 letters and digits (an organisation or site) or a letter and 5 digits "
            "(a GP practice), as ODS issues them"
        )
    return None


def organisations(record: Record) -> Iterator[tuple[str, Organisation]]:
    """Every organisation the record names, with its JSON path."""
    yield "$.mother.registered_practice", record.mother.registered_practice
    for index, medicine in enumerate(record.medicines):
        if medicine.prescriber is not None and medicine.prescriber.organisation is not None:
            yield f"$.medicines[{index}].prescriber.organisation", medicine.prescriber.organisation
    for index, assessment in enumerate(record.assessments):
        if assessment.author is not None and assessment.author.organisation is not None:
            yield f"$.assessments[{index}].author.organisation", assessment.author.organisation
    conclusion = record.overall_conclusion
    if conclusion is not None and conclusion.author is not None and conclusion.author.organisation is not None:
        yield "$.overall_conclusion.author.organisation", conclusion.author.organisation
    if record.attestation is not None and record.attestation.by.organisation is not None:
        yield "$.attestation.by.organisation", record.attestation.by.organisation
    worker = record.safeguarding.social_worker
    if worker is not None and worker.organisation is not None:
        yield "$.safeguarding.social_worker.organisation", worker.organisation
    for index, recipient in enumerate(record.recipients):
        if recipient.organisation is not None:
            yield f"$.recipients[{index}].organisation", recipient.organisation


@functools.cache
def _private_persons() -> tuple[frozenset[str], tuple[str, ...]]:
    """The recipient roles that are private persons and the route kinds only an organisation receives on
    (``mappings/routes.toml`` [recipients]), checked against the record model."""
    raw = tomllib.loads((data_path("mappings") / "routes.toml").read_text(encoding="utf-8"))["recipients"]
    persons, kinds = frozenset(raw["private_persons"]), tuple(raw["organisation_routes"])
    unknown = (persons - set(get_args(RecipientRole))) | (set(kinds) - set(ROUTE_KINDS))
    if unknown:
        raise ValueError(f"mappings/routes.toml [recipients] names roles or route kinds the model lacks: {unknown}")
    return persons, kinds


def route_kind_problem(role: str, kind: str) -> str | None:
    """Why a route of ``kind`` cannot reach a recipient of ``role``, or None when it can: a private person (a
    foster carer) has no system interface to receive on."""
    persons, kinds = _private_persons()
    if role not in persons or kind not in kinds:
        return None
    names = [k.upper() for k in kinds]
    listed = " or ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
    return (
        f"the recipient is a private person, and its route is an organisation's system interface ({listed}), "
        "which cannot reach a person (expected a manual hand-over, such as a letter or a printed copy given to them)"
    )
