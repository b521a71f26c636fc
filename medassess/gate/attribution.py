"""Whether the people who sign a record hold together: the register fits the role, a registration number
is one a register could issue, one number belongs to one person, and the signer can be accountable for what
they signed. The tables are data, in ``mappings/registers.toml``, with their sources. Used by the share
gate's rules MA207 to MA210.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass

from ..core.resources import data_path
from ..record.model import Clinician, HumanName
from .text import normalise, words


@dataclass(frozen=True, slots=True)
class RegisterTables:
    """``mappings/registers.toml``, read once."""

    registers_by_role: dict[str, tuple[str, ...]]
    attesting_roles: frozenset[str]
    registration_required_roles: frozenset[str]


@functools.cache
def register_tables() -> RegisterTables:
    raw = tomllib.loads((data_path("mappings") / "registers.toml").read_text(encoding="utf-8"))
    accountability = raw["accountability"]
    return RegisterTables(
        registers_by_role={str(k): tuple(str(r) for r in v) for k, v in raw["registers_by_role"].items()},
        attesting_roles=frozenset(str(r) for r in accountability["attesting_roles"]),
        registration_required_roles=frozenset(str(r) for r in accountability["registration_required_roles"]),
    )


def impossible_number(number: str) -> bool:
    """True for a number no register issues: its digits all zero, or all the same digit (0000000, 2222222)."""
    digits = [c for c in number if c.isdigit()]
    return bool(digits) and (set(digits) == {"0"} or (len(digits) >= 2 and len(set(digits)) == 1))


def registration_key(clinician: Clinician) -> tuple[str, str] | None:
    """(register, number) as a register would file it: spaces and case do not make another number."""
    if clinician.registration is None:
        return None
    return clinician.registration.body, "".join(normalise(clinician.registration.number).split()).upper()


@dataclass(frozen=True, slots=True)
class PersonName:
    """A signer's name as compared: normalised family name (spaces, hyphens and apostrophes folded away) and
    given names (titles left out)."""

    family: str
    given: tuple[str, ...]


def _folded(part: str) -> str:
    """A name part as one string of letters and digits: spaces, hyphens and apostrophes are how a name is
    written, not which name it is ("Mc Allister" and "McAllister", "O'Neill" and "ONeill", "Smith-Jones" and
    "Smith Jones")."""
    return "".join(c for w in words(normalise(part)) for c in w if c.isalnum())


def person_name(name: HumanName) -> PersonName:
    given = tuple(w for g in name.given for w in words(normalise(g)))
    return PersonName(_folded(name.family), given)


def same_person(a: PersonName, b: PersonName) -> bool:
    """Whether two names can be one person's: the same family name, and first given names that agree where
    both are written (an initial agrees with a name it starts: "P" with "Priya"). Titles ("Dr") and middle
    names are not compared, so the same clinician signing two parts with and without them is one person."""
    if a.family != b.family:
        return False
    if not a.given or not b.given:
        return True
    first_a, first_b = a.given[0], b.given[0]
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    return first_a == first_b
