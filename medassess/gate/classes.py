"""Medicine classes that need a written perinatal assessment (data in ``mappings/medicine-classes.toml``).

Classification is by dm+d id first, from the classes' code lists; dm+d re-issues VMP ids, so an id and its
verified predecessor or successor (``mappings/dmd-reissued-vmps.csv``) classify alike. A medicine that no list
matches (no code, a local code, or an id outside every list) is recognised by its name through the one name
index (:mod:`medassess.gate.names`): ingredient or product name, brand, recognised abbreviation or a
misspelling at the documented threshold. The same index recognises the common medicines that raise no
perinatal concern (``mappings/no-concern-medicines.toml``), so an uncoded medicine nobody recognises is known
to be unrecognised rather than taken as harmless.
"""

from __future__ import annotations

import csv
import functools
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass

from ..core.resources import data_path
from ..record.codesystems import DMD_SYSTEM
from ..record.model import Medicine, Record


@dataclass(frozen=True, slots=True)
class Concern:
    """Something a class of medicine means for the mother or baby, which the assessment must address."""

    id: str
    label: str
    prompt: str


@dataclass(frozen=True, slots=True)
class MedicineClass:
    """A high-risk class of medicine."""

    id: str
    label: str
    concerns: tuple[str, ...]
    ingredients: tuple[str, ...]
    codelists: tuple[str, ...]
    review_code: str | None
    womb_only: bool = False
    """Its harm reaches the baby only in the womb: a partner's medicine of it does not, unless one of its
    ``paternal_exposure`` ingredients (mappings/medicine-classes.toml)."""
    paternal_exposure: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Classification:
    """Why a medicine needs (or does not need) a written assessment."""

    classes: tuple[MedicineClass, ...]
    flagged: bool
    matched_by: str
    """How the decision was reached, for the safeguarding lead: "code" (a class list), "name" (ingredient or
    product name), "brand", "abbreviation", "fuzzy" (a misspelling), "flag" (only the clinician's flag) or
    "none" (no class: see ``no_concern``)."""
    ingredients: tuple[str, ...] = ()
    """The ingredients recognised in the medicine's name (empty when the name is not recognised)."""
    no_concern: bool = False
    """The name is a common medicine that raises no perinatal concern (mappings/no-concern-medicines.toml)."""

    @property
    def needs_assessment(self) -> bool:
        return self.flagged or bool(self.classes)

    @property
    def womb_only(self) -> bool:
        """Whether, taken by the partner, the medicine cannot reach the baby: recognised by name, not flagged, and
        every class harms only in the womb with none of its paternal-exposure ingredients named."""
        named = set(self.ingredients)
        return bool(self.classes and named) and not self.flagged and all(
            c.womb_only and not named & set(c.paternal_exposure) for c in self.classes
        )

    @property
    def concerns(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for cls in self.classes:
            seen.update(dict.fromkeys(cls.concerns))
        return tuple(seen)


class ClassCatalogue:
    """The loaded class table with its code index."""

    def __init__(
        self,
        concerns: dict[str, Concern],
        classes: list[MedicineClass],
        by_code: dict[str, tuple[str, ...]],
        exposure_windows: dict[str, int] | None = None,
    ):
        self.concerns = concerns
        self.classes = {c.id: c for c in classes}
        self._by_code = by_code
        self.exposure_windows = dict(exposure_windows or {})
        """Days before conception a stopped medicine still exposes the baby, per concern (absent: none)."""
        # The share gate asks about each medicine once per rule, and name matching is the cost of a check:
        # remember answers (they depend only on code, name and flag) for the medicines of recent records.
        self._cached = functools.lru_cache(maxsize=4096)(self._classify)

    def classify(self, medicine: Medicine) -> Classification:
        """The classes a medicine falls in, and whether it needs a written assessment."""
        code = medicine.code
        system, value = (code.system, code.code) if code is not None else (None, None)
        return self._cached(system, value, medicine.name, medicine.flagged)

    def _classify(self, system: str | None, code: str | None, name: str, flagged: bool) -> Classification:
        from .names import identify  # the name index reads this catalogue, so it is imported on first use

        named = identify(name)
        if system == DMD_SYSTEM and code is not None:
            ids = self._by_code.get(code)
            if ids:
                return Classification(tuple(self.classes[i] for i in ids), flagged, "code", named.ingredients)
        if named.classes:
            classes = tuple(self.classes[i] for i in named.classes)
            return Classification(classes, flagged, named.matched_by, named.ingredients)
        how = "flag" if flagged else "none"
        return Classification((), flagged, how, named.ingredients, named.no_concern)

    def exposure_window(self, classification: Classification) -> int:
        """The longest window, in days before conception, in which a stopped medicine of these classes still
        exposes the baby (0 when none of its concerns has one)."""
        return max((self.exposure_windows.get(c, 0) for c in classification.concerns), default=0)

    def needing_assessment(self, record: Record) -> list[Medicine]:
        """The record's medicines that need a written assessment, in record order."""
        return [m for m in record.medicines if self.classify(m).needs_assessment]


def _codelist_ids(filename: str) -> Iterable[str]:
    with (data_path("mappings") / "codelists" / filename).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for column in ("dmd_id", "code"):
                value = (row.get(column) or "").strip()
                if value.isdigit():
                    yield value


@functools.cache
def medicine_classes() -> ClassCatalogue:
    """The shipped class table (loaded once)."""
    raw = tomllib.loads((data_path("mappings") / "medicine-classes.toml").read_text(encoding="utf-8"))
    concerns = {cid: Concern(cid, c["label"], c["prompt"]) for cid, c in raw["concerns"].items()}
    classes: list[MedicineClass] = []
    index: dict[str, list[str]] = {}
    for entry in raw["classes"]:
        unknown = set(entry["concerns"]) - concerns.keys()
        if unknown:
            raise ValueError(f"medicine class {entry['id']!r} names unknown concerns {sorted(unknown)}")
        cls = MedicineClass(
            id=entry["id"],
            label=entry["label"],
            concerns=tuple(entry["concerns"]),
            ingredients=tuple(entry.get("ingredients", ())),
            codelists=tuple(entry.get("codelists", ())),
            review_code=entry.get("review_code"),
            womb_only=bool(entry.get("womb_only", False)),
            paternal_exposure=tuple(entry.get("paternal_exposure", ())),
        )
        classes.append(cls)
        for filename in cls.codelists:
            for dmd_id in _codelist_ids(filename):
                ids = index.setdefault(dmd_id, [])
                if cls.id not in ids:
                    ids.append(cls.id)
    for previous_id, current_id in _reissued_vmps():
        merged = list(dict.fromkeys([*index.get(previous_id, ()), *index.get(current_id, ())]))
        if merged:
            index[previous_id] = index[current_id] = merged
    windows = {concern: int(days) for concern, days in raw.get("exposure_windows", {}).items()}
    unknown_windows = windows.keys() - concerns.keys()
    if unknown_windows:
        raise ValueError(f"exposure windows name unknown concerns {sorted(unknown_windows)}")
    # One tuple for each list of classes, shared by every code that has it: 22,500 codes have about 20 lists,
    # and a tuple each was about 2 MiB of every process (issue 14's memory).
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    by_code: dict[str, tuple[str, ...]] = {}
    for code, ids in index.items():
        found = tuple(ids)
        by_code[code] = shared.setdefault(found, found)
    return ClassCatalogue(concerns, classes, by_code, windows)


def _reissued_vmps() -> Iterable[tuple[str, str]]:
    with (data_path("mappings") / "dmd-reissued-vmps.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield row["previous_id"], row["current_id"]


def classify(medicine: Medicine) -> Classification:
    """Classify one medicine with the shipped class table."""
    return medicine_classes().classify(medicine)
