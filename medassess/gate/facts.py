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
from dataclasses import dataclass
from functools import cached_property

from .._record import Assessment, Clinician, Medicine, Record
from .classes import Classification, classify
from .settings import GateSettings

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


EXPOSURE_CONCERNS = frozenset({"teratogenicity", "neonatal-withdrawal", "breastfeeding"})
"""Concerns that reach the baby through the mother's body. A partner's medicine raises only the others (sedation
and safe sleep, relapse if stopped): the baby is not exposed to it in the womb or through breast milk."""


@dataclass(frozen=True, slots=True)
class Authored:
    """A written, signed part of the record: an assessment or the overall conclusion."""

    path: str
    label: str
    author: Clinician | None
    date: dt.date | None
    required: bool
    medicine_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Signer:
    """Who signed a part of the record: the path to the clinician, what they signed, and whether one is
    required."""

    path: str
    label: str
    clinician: Clinician | None
    required: bool


@dataclass(frozen=True, slots=True)
class WrittenConclusion:
    """A conclusion with text: where it is, what it concludes, the text, and the medicines it covers."""

    path: str
    label: str
    text: str
    medicine_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RequiredAssessment:
    """An assessment covering a medicine that needs one, with the concerns of the medicines it covers."""

    index: int
    assessment: Assessment
    concerns: tuple[str, ...]


class RecordFacts:
    """What several rules read from one record, each computed once on first use, so the gate's cost grows
    with the record's size, not with the number of rules that ask."""

    def __init__(self, record: Record) -> None:
        self.record = record

    @cached_property
    def medicines_by_id(self) -> dict[str, tuple[int, Medicine]]:
        """Each medicine with its index in the record, by id."""
        return {m.id: (index, m) for index, m in enumerate(self.record.medicines)}

    def medicine(self, medicine_id: str) -> Medicine:
        """The medicine with this id (the record model guarantees references resolve)."""
        return self.medicines_by_id[medicine_id][1]

    @cached_property
    def classifications(self) -> dict[str, Classification]:
        """Every medicine's classification, by id."""
        return {m.id: classify(m) for m in self.record.medicines}

    @cached_property
    def needing(self) -> dict[str, Classification]:
        """The medicines that need a written assessment (the mother's and the partner's alike), by id."""
        return {mid: c for mid, c in self.classifications.items() if c.needs_assessment}

    @cached_property
    def covered(self) -> frozenset[str]:
        """The ids of medicines that at least one assessment covers."""
        return frozenset(mid for a in self.record.assessments for mid in a.medicine_ids)

    def covers_needing(self, assessment: Assessment) -> bool:
        """Whether an assessment covers a medicine that needs one."""
        return any(mid in self.needing for mid in assessment.medicine_ids)

    @cached_property
    def authored(self) -> tuple[Authored, ...]:
        """Each assessment, then the overall conclusion when there is one; ``required`` when the record's
        medicines demand it. The overall conclusion covers every medicine that needs an assessment."""
        parts = [
            Authored(
                f"$.assessments[{index}]",
                f"assessment {a.id}",
                a.author,
                a.date,
                self.covers_needing(a),
                tuple(a.medicine_ids),
            )
            for index, a in enumerate(self.record.assessments)
        ]
        c = self.record.overall_conclusion
        if c is not None:
            parts.append(
                Authored(
                    "$.overall_conclusion",
                    "the overall conclusion",
                    c.author,
                    c.date,
                    bool(self.needing),
                    tuple(self.needing),
                )
            )
        return tuple(parts)

    @cached_property
    def signers(self) -> tuple[Signer, ...]:
        """The authors of every authored part, then the attester."""
        found = [Signer(f"{p.path}.author", p.label, p.author, p.required) for p in self.authored]
        if self.record.attestation is not None:
            found.append(Signer("$.attestation.by", "the attestation", self.record.attestation.by, True))
        return tuple(found)

    @cached_property
    def conclusions(self) -> tuple[WrittenConclusion, ...]:
        """Every conclusion written in the record (assessments', then the overall one)."""
        found = [
            WrittenConclusion(
                f"$.assessments[{index}].conclusion", f"assessment {a.id}", a.conclusion, tuple(a.medicine_ids)
            )
            for index, a in enumerate(self.record.assessments)
            if a.conclusion is not None and not blank(a.conclusion)
        ]
        overall = self.record.overall_conclusion
        if overall is not None and overall.text is not None and not blank(overall.text):
            found.append(
                WrittenConclusion(
                    "$.overall_conclusion.text", "the overall conclusion", overall.text, tuple(self.needing)
                )
            )
        return tuple(found)

    @cached_property
    def required_assessments(self) -> tuple[RequiredAssessment, ...]:
        """Assessments of medicines needing one, with the concerns of the medicines they cover."""
        found = []
        for index, a in enumerate(self.record.assessments):
            if not self.covers_needing(a):
                continue
            concerns: dict[str, None] = {}
            for mid in a.medicine_ids:
                classification = self.needing.get(mid)
                if classification is not None:
                    partner = self.medicine(mid).taken_by == "partner"
                    concerns.update(
                        dict.fromkeys(
                            c for c in classification.concerns if not (partner and c in EXPOSURE_CONCERNS)
                        )
                    )
            found.append(RequiredAssessment(index, a, tuple(concerns)))
        return tuple(found)

    @cached_property
    def partner_medicines(self) -> bool:
        """Whether any medicine is the partner's (a template condition, asked once per item and assessment)."""
        return any(m.taken_by == "partner" for m in self.record.medicines)

    def has_recipient(self, *roles: str) -> bool:
        """Whether any recipient has one of these roles."""
        return any(r.role in roles for r in self.record.recipients)
