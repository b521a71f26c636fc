"""What the share gate's rules read from a record: settings, and the facts several rules share.

Requirements follow the clinician's decisions: an assessment is required for each medicine that needs one
(high-risk class or flagged, see :mod:`medassess.gate.classes`), so a record with only paracetamol and a
laxative is asked for none. Whatever is written is checked whether it was required or not: a placeholder
conclusion that is shared misleads as much as a missing one.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass

from .._record import Assessment, Clinician, Record
from .._resources import data_path
from .classes import Classification, classify
from .registry import GateSettings


@functools.cache
def shipped_settings() -> GateSettings:
    raw = tomllib.loads((data_path("mappings") / "share-gate.toml").read_text(encoding="utf-8"))
    return GateSettings(
        min_conclusion_chars=int(raw["min_conclusion_chars"]),
        placeholders=tuple(str(p).casefold() for p in raw["placeholders"]),
    )


# ------------------------------------------------------------------------------------------------------------
# Helpers shared by the rules.

_SPACE = re.compile(r"\s+")
_POINTER = "..."
"""A placeholder phrase ending in "..." is a pointer prefix: "see ..." matches "see letter from the clinic"."""


def normalise_phrase(text: str) -> str:
    return _SPACE.sub(" ", text.casefold()).strip().rstrip(".,;:!?").strip()


def blank(text: str | None) -> bool:
    return text is None or not text.strip()


@functools.lru_cache(maxsize=8)
def _phrases(placeholders: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The settings' placeholders, normalised once: whole phrases, and pointer prefixes ("see ..." as "see")."""
    whole = frozenset(normalise_phrase(p) for p in placeholders if not p.endswith(_POINTER))
    pointers = tuple(normalise_phrase(p.removesuffix(_POINTER)) for p in placeholders if p.endswith(_POINTER))
    return whole, pointers


def is_placeholder(text: str, settings: GateSettings, *, pointers: bool = True) -> bool:
    """True when ``text`` stands in for a conclusion without being one: only punctuation, one of the settings'
    placeholder phrases (case, spacing and trailing punctuation ignored), or, with ``pointers``, a pointer to
    another document such as "See letter from drug service"."""
    normal = normalise_phrase(text)
    if not any(c.isalnum() for c in normal):
        return True
    whole, prefixes = _phrases(settings.placeholders)
    if normal in whole:
        return True
    return pointers and any(normal == p or normal.startswith(p + " ") for p in prefixes)


def unwritten(text: str | None, settings: GateSettings) -> bool:
    """Blank, or a placeholder phrase. Pointers are not applied: "See the GP in two weeks" is a recommendation."""
    return text is None or not text.strip() or is_placeholder(text, settings, pointers=False)


def medicines_needing(record: Record) -> dict[str, Classification]:
    """The medicines that need a written assessment (the mother's and the partner's alike), by id."""
    found = {m.id: classify(m) for m in record.medicines}
    return {mid: c for mid, c in found.items() if c.needs_assessment}


def covers_needing(assessment: Assessment, needing: dict[str, Classification]) -> bool:
    return any(mid in needing for mid in assessment.medicine_ids)


@dataclass(frozen=True, slots=True)
class Authored:
    """A written, signed part of the record: an assessment or the overall conclusion."""

    path: str
    label: str
    author: Clinician | None
    date: dt.date | None
    required: bool
    medicine_ids: tuple[str, ...]


def authored_parts(record: Record) -> Iterator[Authored]:
    """Each assessment, then the overall conclusion when there is one; ``required`` when the record's medicines
    demand it. The overall conclusion covers every medicine that needs an assessment."""
    needing = medicines_needing(record)
    for index, a in enumerate(record.assessments):
        yield Authored(
            f"$.assessments[{index}]",
            f"assessment {a.id}",
            a.author,
            a.date,
            covers_needing(a, needing),
            tuple(a.medicine_ids),
        )
    if record.overall_conclusion is not None:
        c = record.overall_conclusion
        yield Authored(
            "$.overall_conclusion", "the overall conclusion", c.author, c.date, bool(needing), tuple(needing)
        )


def signers(record: Record) -> Iterator[tuple[str, str, Clinician | None, bool]]:
    """(path to the clinician, what they signed, the clinician, whether one is required)."""
    for part in authored_parts(record):
        yield f"{part.path}.author", part.label, part.author, part.required
    if record.attestation is not None:
        yield "$.attestation.by", "the attestation", record.attestation.by, True


def written_conclusions(record: Record) -> Iterator[tuple[str, str, str]]:
    """(path, label, text) of every conclusion written in the record."""
    for index, a in enumerate(record.assessments):
        if a.conclusion is not None and not blank(a.conclusion):
            yield f"$.assessments[{index}].conclusion", f"assessment {a.id}", a.conclusion
    text = record.overall_conclusion.text if record.overall_conclusion else None
    if text is not None and not blank(text):
        yield "$.overall_conclusion.text", "the overall conclusion", text


EXPOSURE_CONCERNS = frozenset({"teratogenicity", "neonatal-withdrawal", "breastfeeding"})
"""Concerns that reach the baby through the mother's body. A partner's medicine raises only the others (sedation
and safe sleep, relapse if stopped): the baby is not exposed to it in the womb or through breast milk."""


def required_assessments(record: Record) -> Iterator[tuple[int, Assessment, tuple[str, ...]]]:
    """(index, assessment, concerns of the medicines it covers) for assessments of medicines needing one."""
    needing = medicines_needing(record)
    for index, a in enumerate(record.assessments):
        if covers_needing(a, needing):
            concerns: dict[str, None] = {}
            for mid in a.medicine_ids:
                if mid in needing:
                    partner = record.medicine(mid).taken_by == "partner"
                    concerns.update(
                        dict.fromkeys(c for c in needing[mid].concerns if not (partner and c in EXPOSURE_CONCERNS))
                    )
            yield index, a, tuple(concerns)


def has_recipient(record: Record, *roles: str) -> bool:
    return any(r.role in roles for r in record.recipients)

