"""Checks for the identifiers a record carries, and masking for anything that might reach a log.

What a message may echo is decided here, one grammar per kind of identifier. A message travels into logs,
tickets and screenshots, so it carries places and expectations, never content: an identifier taken from
the input is echoed only when it matches the grammar of its kind, which no NHS number, name or sentence
can match, and is otherwise named by its position (``medicine at medicines[2]``).

- A record id is a UUID (``c9f4b2e0-5d1a-4e8b-9a57-1f3c2d6e7a01``), as every shipped example has.
- A medicine, assessment or recipient id is a slug: lower-case letters and digits, joined by single ``-``
  or ``.``, starting with a letter, at most 64 characters (``med-methadone``, ``asm-lithium``,
  ``rcp-hv``). The record model accepts more (1 to 64 letters, digits, ``.`` or ``-``), so a record may
  hold an id such as ``9990001111`` or ``Jodie``: it stays valid, and messages name it by position.
- A template id is a slug too, and is echoed only when it names an installed template.

The NHS number check is the Modulus 11 algorithm from the NHS Data Dictionary: weights 10..2 on the
first nine digits, check digit 11 - (sum mod 11), where 11 means 0 and 10 means the number is invalid. All
zeros passes that check but is a placeholder: NHS numbers are issued from ranges starting at 010 (Scotland's
CHI numbers begin with a date of birth), so no one has it.
Registration formats are those UK Core uses for its identifier systems. An HCPC number starts with its
profession's code, two letters (PA, OT) or three (PYL, ODP, HAD): the codes are the HCPC's, data in
``mappings/registers.toml`` [hcpc_professions] with their source.

A SNOMED CT identifier (SCTID), which every dm+d id is, is 6 to 18 digits with no leading zero: the last is
a Verhoeff check digit over the others, and the two before it are the partition, ``00`` or ``10`` for a
concept (SNOMED CT Technical Implementation Guide, "SCTID"). A description or relationship id, or a number
with a mistyped digit, is not a concept and names no medicine.
"""

from __future__ import annotations

import functools
import re
import tomllib

from ..core.resources import data_path

NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number"
ODS_ORGANISATION_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code"
REGISTRATION_SYSTEMS = {
    "GMC": "https://fhir.hl7.org.uk/Id/gmc-number",
    "NMC": "https://fhir.hl7.org.uk/Id/nmc-number",
    "GPhC": "https://fhir.hl7.org.uk/Id/gphc-number",
    "HCPC": "https://fhir.hl7.org.uk/Id/hcpc-number",
    "SWE": "https://medassess.uk/Id/social-work-england-number",
}
"""Register (professional body) to identifier system. Social Work England has no UK Core system,
so it gets a documented local one."""


@functools.cache
def hcpc_profession_codes() -> tuple[str, ...]:
    """The HCPC's profession codes (``mappings/registers.toml`` [hcpc_professions]), read once."""
    raw = tomllib.loads((data_path("mappings") / "registers.toml").read_text(encoding="utf-8"))
    return tuple(sorted(str(code) for code in raw["hcpc_professions"]))


@functools.cache
def _registration_formats() -> dict[str, re.Pattern[str]]:
    professions = "|".join(re.escape(code) for code in hcpc_profession_codes())
    # re.ASCII: "\d" alone is any script's digit ("\u0667" Arabic-Indic, full-width), and no register issues those.
    return {
        "GMC": re.compile(r"\d{7}", re.ASCII),
        "NMC": re.compile(r"\d{2}[A-Z]\d{4}[A-Z]", re.ASCII),
        "GPhC": re.compile(r"2\d{6}", re.ASCII),
        "HCPC": re.compile(rf"(?:{professions})\d{{5,6}}", re.ASCII),
        "SWE": re.compile(r"SW\d{1,6}", re.ASCII),
    }


_REGISTERS = ("GMC", "NMC", "GPhC", "HCPC", "SWE")
_REGISTRATION_DESCRIPTIONS = {
    "GMC": "7 digits",
    "NMC": "8 characters: 2 digits, a letter, 4 digits, a letter (e.g. 12A3456B)",
    "GPhC": "7 digits starting with 2",
    "HCPC": "the profession's code (2 or 3 letters, e.g. PA, OT, PYL) then 5 or 6 digits (e.g. PA12345, PYL12345)",
    "SWE": "SW followed by up to 6 digits",
}
_ODS = re.compile(r"[A-Z0-9]{3,10}")
_RECORD_ID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_SLUG = re.compile(r"[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*")
SLUG_MAX = 64
_SCTID = re.compile(r"[1-9][0-9]{5,17}")
_CONCEPT_PARTITIONS = frozenset({"00", "10"})

# Verhoeff's check digit: multiplication in the dihedral group D5 and the position permutations, each the
# first one applied once more (so the table is built, not copied, and cannot hold a typo).
_VERHOEFF_P1 = (1, 5, 7, 6, 2, 8, 3, 0, 9, 4)
_VERHOEFF_P = [tuple(range(10))]
for _ in range(7):
    _VERHOEFF_P.append(tuple(_VERHOEFF_P1[x] for x in _VERHOEFF_P[-1]))


def _d5(j: int, k: int) -> int:
    if j < 5:
        return (j + k) % 5 + (5 if k >= 5 else 0)
    return (j - k) % 5 + (0 if k >= 5 else 5)


def verhoeff_valid(digits: str) -> bool:
    """True when the last of ``digits`` (ASCII digits only) is the Verhoeff check digit of the others."""
    check = 0
    for position, digit in enumerate(reversed(digits)):
        check = _d5(check, _VERHOEFF_P[position % 8][int(digit)])
    return check == 0


def sctid_problem(value: str) -> str | None:
    """Why ``value`` is not a SNOMED CT concept id (the form of every dm+d id), or None when it is.
    Never echoes the value."""
    if not _SCTID.fullmatch(value):
        return "a dm+d or SNOMED CT id is 6 to 18 digits, not starting with 0"
    if value[-3:-1] not in _CONCEPT_PARTITIONS:
        return "a dm+d or SNOMED CT id names a concept: its partition (the 2nd and 3rd digits from the end) is 00 or 10"
    if not verhoeff_valid(value):
        return "the dm+d or SNOMED CT id fails its Verhoeff check digit (a digit is mistyped)"
    return None


def nhs_number_problem(value: str) -> str | None:
    """Why ``value`` is not a valid NHS number, or None when it is. Never echoes the value."""
    if not re.fullmatch(r"[0-9]{10}", value):  # not "\d": int() reads any script's digits too
        return "an NHS number is exactly 10 digits"
    if len(set(value)) == 1:  # every one of the ten passes Modulus 11, but none is ever issued
        return "an NHS number of one digit repeated is a placeholder: no NHS number is issued of that form"
    total = sum(int(digit) * weight for digit, weight in zip(value[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10 or check != int(value[9]):
        return "the NHS number fails its Modulus 11 check digit"
    return None


def is_valid_nhs_number(value: str) -> bool:
    """True when ``value`` is a 10-digit NHS number whose check digit is right."""
    return nhs_number_problem(value) is None


def registration_problem(body: str, number: str) -> str | None:
    """Why ``number`` is not a well-formed registration with ``body``, or None when it is."""
    pattern = _registration_formats().get(body)
    if pattern is None:
        return f"unknown register {body!r}; expected one of {', '.join(_REGISTERS)}"
    if not pattern.fullmatch(number):
        return f"a {body} number is {_REGISTRATION_DESCRIPTIONS[body]}"
    return None


def is_ods_code(value: str) -> bool:
    """True for the shape of an ODS organisation or site code (3 to 10 upper-case letters/digits)."""
    return bool(_ODS.fullmatch(value))


def mask_nhs_number(value: str) -> str:
    """Keep only the last three digits, e.g. ``*******919``: enough to tell records apart in a log."""
    return "*" * max(len(value) - 3, 0) + value[-3:]


def is_record_id(value: object) -> bool:
    """True for a record id a message may echo: a UUID."""
    return isinstance(value, str) and _RECORD_ID.fullmatch(value) is not None


def is_slug(value: object) -> bool:
    """True for a medicine, assessment, recipient or template id a message may echo (see the module docstring)."""
    return isinstance(value, str) and len(value) <= SLUG_MAX and _SLUG.fullmatch(value) is not None


def record_label(record_id: str, version: int) -> str:
    """How a message names a record version: its id when that is a UUID, never anything else."""
    return f"{record_id} v{version}" if is_record_id(record_id) else f"the record (its id is not a UUID) v{version}"


def local_id_label(kind: str, value: str, index: int) -> str:
    """How a message names a medicine, assessment or recipient: ``medicine med-methadone`` when its id is a
    slug, else by position, ``medicine at medicines[2]``."""
    return f"{kind} {value}" if is_slug(value) else f"{kind} at {kind}s[{index}]"
