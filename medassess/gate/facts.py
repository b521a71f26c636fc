"""What the share gate's rules read from a record: settings, and the facts several rules share.

Requirements follow the clinician's decisions: an assessment is required for each medicine that needs one
(high-risk class or flagged, see :mod:`medassess.gate.classes`), so a record with only paracetamol and a
laxative is asked for none. Whatever is written is checked whether it was required or not: a placeholder
conclusion that is shared misleads as much as a missing one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from ..record.identifiers import local_id_label
from ..record.model import Assessment, Clinician, ImpactOnBaby, ImpactOnMother, Medicine, Record
from .classes import Classification, classify, medicine_classes
from .dates import pregnancy_start, shift
from .names import NameEntry, mentions, name_index
from .settings import GateSettings, shipped_settings
from .substance import Analysis, Verdict, analyse, asks_only, list_pieces, medicine_words, people_words, verdict
from .text import mixed_script_words
from .wording import tokens

if TYPE_CHECKING:
    from .concerns import ConcernFinding
    from .copies import ConclusionCopy

_T = TypeVar("_T")

# ------------------------------------------------------------------------------------------------------------
# Helpers shared by the rules. Written answers are judged on substance (medassess.gate.substance): the same
# judgement, disguise-proof and with deferrals and dismissals found anywhere, at the strictness of the answer.


def blank(text: str | None) -> bool:
    return text is None or not text.strip()


def is_placeholder(text: str, settings: GateSettings, medicines: frozenset[str] = frozenset()) -> bool:
    """True when ``text``, as a conclusion, stands in for one without being one: only punctuation, a whole-text
    placeholder, or a deferral or dismissal with too few content words left (``min_conclusion_words``).
    ``medicines`` are the words that name medicines (not content); rules pass the record's."""
    found = verdict(analyse(text, settings, medicines), settings.min_conclusion_words, settings)
    return found in {"placeholder", "hollow"}


def unwritten(text: str | None, settings: GateSettings, medicines: frozenset[str] = frozenset()) -> bool:
    """Blank, or not a substantive answer to a template item: a placeholder, hollow, filler, repetition, a
    question, or fewer content words than ``min_item_words``. "See the GP in two weeks" is an answer: an
    instruction is no pointer."""
    if text is None or blank(text) or asks_only(text):
        return True
    return verdict(analyse(text, settings, medicines), settings.min_item_words, settings) != "substantive"


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

    @property
    def subject(self) -> str:
        """How a message names it: "the overall conclusion", or "the conclusion of assessment <id>"."""
        return self.label if self.path == "$.overall_conclusion.text" else f"the conclusion of {self.label}"


@dataclass(frozen=True, slots=True)
class RequiredAssessment:
    """An assessment covering a medicine that needs one, with the concerns of the medicines it covers."""

    index: int
    assessment: Assessment
    concerns: tuple[str, ...]


_PARTNER_CONCERN = "sedation-safe-sleep"
"""What a partner's medicine always bears on, whatever its class raises: the baby's sleep beside him."""


class RecordFacts:
    """What several rules read from one record, each computed once on first use, so the gate's cost grows
    with the record's size, not with the number of rules that ask."""

    def __init__(self, record: Record, settings: GateSettings | None = None) -> None:
        self.record = record
        self.settings = settings if settings is not None else shipped_settings()
        self._analyses: dict[str, Analysis] = {}
        """Analyses with ``self.settings``, by text (a key holding the settings would hash the lexicon)."""
        self._other_analyses: dict[tuple[str, GateSettings], Analysis] = {}

    @cached_property
    def medicine_words(self) -> frozenset[str]:
        """Words that name medicines, the record's own included: names are not what a conclusion says."""
        names = [m.name for m in self.record.medicines]
        names += [m.code.display for m in self.record.medicines if m.code is not None and m.code.display]
        return medicine_words(names)

    @cached_property
    def people_words(self) -> frozenset[str]:
        """The words of the mother's and the partner's names: a name is not what a conclusion says."""
        names = [self.record.mother.name]
        if self.record.partner is not None and self.record.partner.name is not None:
            names.append(self.record.partner.name)
        return people_words(part for name in names for part in (*name.given, name.family))

    @cached_property
    def list_pieces(self) -> tuple[str, ...]:
        """The medicines list as a conclusion would copy it (:func:`medassess.gate.substance.list_pieces`): each
        product's name and dose line, normalised and cut into pieces."""
        entries = [m.name for m in self.record.medicines]
        entries += [m.code.display for m in self.record.medicines if m.code is not None and m.code.display]
        entries += [m.dose for m in self.record.medicines if m.dose]
        return list_pieces(entries)

    def analysis(self, text: str, settings: GateSettings) -> Analysis:
        """What ``text`` contains, analysed once per record and settings however many rules ask."""
        if settings is self.settings:
            found = self._analyses.get(text)
            if found is None:
                found = self._analyses[text] = analyse(text, settings, self.medicine_words, self.people_words)
            return found
        key = (text, settings)
        found = self._other_analyses.get(key)
        if found is None:
            found = self._other_analyses[key] = analyse(text, settings, self.medicine_words, self.people_words)
        return found

    def verdict(self, text: str, minimum: int, settings: GateSettings) -> Verdict:
        """What ``text`` amounts to as an answer needing ``minimum`` content words."""
        return verdict(self.analysis(text, settings), minimum, settings)

    def reason_missing(self, text: str | None, settings: GateSettings) -> bool:
        """Whether a reason the record gives for itself (an amendment, a medicine of no concern) is blank or
        says too little: judged like a conclusion, at ``min_reason_words``."""
        return text is None or blank(text) or self.verdict(text, settings.min_reason_words, settings) != "substantive"

    def is_placeholder(self, text: str, settings: GateSettings) -> bool:
        """:func:`is_placeholder` with this record's medicine names."""
        return self.verdict(text, settings.min_conclusion_words, settings) in {"placeholder", "hollow"}

    def unwritten(self, text: str | None, settings: GateSettings) -> bool:
        """:func:`unwritten` with this record's medicine names."""
        return (
            text is None
            or blank(text)
            or asks_only(text)
            or self.verdict(text, settings.min_item_words, settings) != "substantive"
        )

    @cached_property
    def medicines_by_id(self) -> dict[str, tuple[int, Medicine]]:
        """Each medicine with its index in the record, by id."""
        return {m.id: (index, m) for index, m in enumerate(self.record.medicines)}

    def medicine_label(self, medicine_id: str) -> str:
        """How a message names a medicine: ``medicine <id>`` when its id may be echoed, else by position."""
        return local_id_label("medicine", medicine_id, self.medicines_by_id[medicine_id][0])

    def medicine(self, medicine_id: str) -> Medicine:
        """The medicine with this id (the record model guarantees references resolve)."""
        return self.medicines_by_id[medicine_id][1]

    @cached_property
    def classifications(self) -> dict[str, Classification]:
        """Every medicine's classification, by id. A medicine whose name is not recognised, covered by an
        assessment whose conclusion names in full a medicine of concern that its name begins ("Bup 8mg SL
        tabs" and "buprenorphine"), is that medicine: the clinician assessed it as one of concern
        (:meth:`medassess.gate.names.NameIndex.begun_by`). So is one whose name is a slip, up to two letters, of
        a medicine of concern the record already holds (:meth:`medassess.gate.names.NameIndex.held_slip`)."""
        found = {m.id: classify(m) for m in self.record.medicines}
        catalogue = medicine_classes()
        for assessment in self.record.assessments:
            for mid in assessment.medicine_ids:
                known = found.get(mid)
                if known is None or known.classes or known.ingredients or known.no_concern or not assessment.conclusion:
                    continue
                entry = name_index().begun_by(self.medicine(mid).name, assessment.conclusion)
                if entry is not None:
                    classes = tuple(catalogue.classes[c] for c in entry.classes)
                    found[mid] = Classification(classes, known.flagged, "abbreviation", entry.ingredients)
        for mid, known in list(found.items()):
            if known.classes or known.ingredients or known.no_concern:
                continue
            entry = name_index().held_slip(self.medicine(mid).name, self._held(mid, found))
            if entry is not None:
                classes = tuple(catalogue.classes[c] for c in entry.classes)
                found[mid] = Classification(classes, known.flagged, "fuzzy", entry.ingredients)
        return found

    def _held(self, mid: str, found: dict[str, Classification]) -> list[NameEntry]:
        """The medicines of concern the record holds besides one entry: the other entries' ingredients, and the
        names the conclusions of the assessments covering it give exactly."""
        index = name_index()
        named = [i for other, c in found.items() if other != mid and c.classes for i in c.ingredients]
        held = [e for e in map(index.lookup, named) if e is not None]
        for assessment in self.record.assessments:
            if mid in assessment.medicine_ids and assessment.conclusion:
                held += [m.entry for m in mentions(assessment.conclusion, fuzzy=False)]
        return held

    @cached_property
    def conception(self) -> dt.date | None:
        """The earliest the pregnancy can have started (:func:`medassess.gate.dates.pregnancy_start`), None when
        the record says nothing that dates it."""
        return pregnancy_start(self.record.pregnancy, self.settings)

    def exposes(self, medicine: Medicine, classification: Classification) -> bool:
        """Whether a medicine still bears on this pregnancy: not stopped, stopped after conception, or stopped
        within the exposure window of one of its concerns (mappings/medicine-classes.toml). Without a
        conception estimate every medicine counts."""
        if medicine.stopped is None or self.conception is None or classification.flagged:
            return True
        # A partner's medicine never reached the baby in the womb: no window reaches back before conception.
        partner = medicine.taken_by == "partner"
        window = 0 if partner else medicine_classes().exposure_window(classification)
        return medicine.stopped >= shift(self.conception, -window)

    @cached_property
    def needing(self) -> dict[str, Classification]:
        """The medicines that need a written assessment (the mother's and the partner's alike), by id: those of
        a class or flagged, unless stopped before the pregnancy and outside every exposure window, or the
        partner's, harmful only in the womb (recognised, not flagged, no paternal-exposure warning): it cannot reach
        the baby and does not sedate, so, like his omeprazole, it needs nothing."""
        return {
            mid: c
            for mid, c in self.classifications.items()
            if c.needs_assessment and self.exposes(self.medicine(mid), c) and not self._partners_harmless(mid, c)
        }

    def _partners_harmless(self, mid: str, classification: Classification) -> bool:
        return self.medicine(mid).taken_by == "partner" and classification.womb_only

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
                local_id_label("assessment", a.id, index),
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
                f"$.assessments[{index}].conclusion",
                local_id_label("assessment", a.id, index),
                a.conclusion,
                tuple(a.medicine_ids),
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
    def free_texts(self) -> tuple[tuple[str, str, str], ...]:
        """Every free text the gate reads, as (path, what it is, text): conclusions, the answers of each
        assessment, the justification for sharing, and the medicines' names and doses."""
        found: list[tuple[str, str, str | None]] = []
        for index, m in enumerate(self.record.medicines):
            found += [(f"$.medicines[{index}].name", f"the name of {local_id_label('medicine', m.id, index)}", m.name)]
            found += [(f"$.medicines[{index}].dose", f"the dose of {local_id_label('medicine', m.id, index)}", m.dose)]
        for index, a in enumerate(self.record.assessments):
            path, label = f"$.assessments[{index}]", local_id_label("assessment", a.id, index)
            baby = a.impact_on_baby or ImpactOnBaby()
            mother = a.impact_on_mother or ImpactOnMother()
            found += [
                (f"{path}.conclusion", f"the conclusion of {label}", a.conclusion),
                (f"{path}.recommendations", f"the recommendations of {label}", a.recommendations),
                (f"{path}.impact_on_baby.summary", f"the impact on the baby in {label}", baby.summary),
                (
                    f"{path}.impact_on_baby.neonatal_withdrawal_plan",
                    f"the withdrawal plan in {label}",
                    baby.neonatal_withdrawal_plan,
                ),
                (f"{path}.impact_on_baby.breastfeeding", f"the breastfeeding advice in {label}", baby.breastfeeding),
                (f"{path}.impact_on_mother.safe_sleep", f"the safe sleep advice in {label}", mother.safe_sleep),
                (
                    f"{path}.impact_on_mother.parenting_capacity",
                    f"the parenting capacity in {label}",
                    mother.parenting_capacity,
                ),
            ]
        overall = self.record.overall_conclusion
        if overall is not None:
            found.append(("$.overall_conclusion.text", "the overall conclusion", overall.text))
        basis = self.record.lawful_basis
        if basis is not None:
            found.append(("$.lawful_basis.justification", "the justification for sharing", basis.justification))
        return tuple((path, label, text) for path, label, text in found if text and not blank(text))

    @cached_property
    def dated_texts(self) -> tuple[tuple[str, str], ...]:
        """Every free text written as words that may give a date, as (path, text): the free texts but the
        medicines' names and doses (:attr:`free_texts`), the safeguarding items in words (where the baby goes and
        sleeps) and the reasons a medicine is of no concern (MA017)."""
        found = [(path, text) for path, _label, text in self.free_texts if not path.startswith("$.medicines[")]
        for index, m in enumerate(self.record.medicines):
            found.append((f"$.medicines[{index}].not_of_concern_reason", m.not_of_concern_reason or ""))
        safeguarding = self.record.safeguarding
        found.append(("$.safeguarding.discharge_details", safeguarding.discharge_details or ""))
        found.append(("$.safeguarding.sleeping_arrangements", safeguarding.sleeping_arrangements or ""))
        return tuple((path, text) for path, text in found if text and not blank(text))

    @cached_property
    def mixed_script(self) -> tuple[tuple[str, str, int], ...]:
        """The free texts with words that mix scripts, as (path, what it is, how many such words)."""
        counted = ((path, label, mixed_script_words(text)) for path, label, text in self.free_texts)
        return tuple(found for found in counted if found[2])

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

    @cached_property
    def conclusion_words(self) -> dict[str, tuple[str, ...]]:
        """The words of each written conclusion after normalisation, by the conclusion's path."""
        return {c.path: tokens(c.text) for c in self.conclusions}

    @cached_property
    def conclusion_concerns(self) -> dict[str, frozenset[str]]:
        """The concerns each assessment's conclusion answers to, by its path, and all of them for the overall one:
        those its medicines raise, and for a partner's medicine the baby's safe sleep (MA103)."""
        found: dict[str, frozenset[str]] = {}
        for r in self.required_assessments:
            partner = any(self.medicine(mid).taken_by == "partner" for mid in r.assessment.medicine_ids)
            found[f"$.assessments[{r.index}].conclusion"] = frozenset(r.concerns) | (
                {_PARTNER_CONCERN} if partner else frozenset()
            )
        found["$.overall_conclusion.text"] = frozenset(c for concerns in found.values() for c in concerns)
        return found

    @cached_property
    def _by_settings(self) -> dict[str, tuple[GateSettings, Any]]:
        return {}

    def _once(self, key: str, settings: GateSettings, compute: Callable[[], _T]) -> _T:
        """``compute()`` once per record and settings (the engine checks a record with one settings object)."""
        cached = self._by_settings.get(key)
        if cached is not None and cached[0] is settings:
            value: _T = cached[1]
            return value
        value = compute()
        self._by_settings[key] = (settings, value)
        return value

    def concern_findings(self, settings: GateSettings) -> tuple[ConcernFinding, ...]:
        """Concerns that an assessment leaves unanswered or dismisses (mappings/concerns.toml), for MA122, MA123
        and the softer prompts MA110 to MA112."""
        # concerns.py reads these facts, so it is imported when first needed rather than at module load: once a
        # record, when the findings are first asked for, not on each asking.
        def evaluate() -> tuple[ConcernFinding, ...]:
            from .concerns import evaluate_concerns

            return evaluate_concerns(self, settings)

        return self._once("concerns", settings, evaluate)

    def conclusion_copies(self, settings: GateSettings) -> tuple[ConclusionCopy, ...]:
        """Conclusions pasted under assessments of other medicines (MA121)."""

        def find() -> tuple[ConclusionCopy, ...]:
            from .copies import find_copies  # imported when first needed, as concerns.py is

            return find_copies(self, settings)

        return self._once("copies", settings, find)

    def shared(self, key: str, settings: GateSettings, compute: Callable[[], _T]) -> _T:
        """``compute()`` once per record and settings for every rule that asks under ``key``: what a rule module
        works out alike for several of its rules (:meth:`_once`)."""
        return self._once(key, settings, compute)
