"""A product strength no product of its medicine is made in, for the share gate's rule MA130: "Citalopram 200mg
tablets", where citalopram tablets are 10, 20 and 40 mg. The strengths made are read from the dm+d product names of
the code lists the gate ships (``mappings/codelists/*.csv``), each a sourced list; the margin is data
(``[strengths]`` of ``mappings/doses.toml``).

Only a name giving one ingredient, one strength by mass and one counted form (tablets, capsules, caplets) is read,
and only against the tablets, capsules and caplets of that ingredient the lists name: liquids, patches, injections
and combinations are never judged.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass

from ..core.resources import data_path, mapping_table
from .dose_totals import product_strength
from .text import normalise

# A dm+d name of one ingredient's tablets, capsules or caplets: the ingredient's words, then the strength and its
# unit, then the form ("Sodium valproate 500mg gastro-resistant tablets", "Fentanyl 200microgram lozenges" not).
_MADE = re.compile(
    r"(?P<words>[a-z][a-z -]*?)\s+(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>mg|g|micrograms?|mcg)\s"
    r"(?:[a-z -]*\s)?(?:tablets?|capsules?|caplets?)(?![a-z])"
)
_GRAMS = {"g": 1.0, "mg": 1e-3, "microgram": 1e-6, "micrograms": 1e-6, "mcg": 1e-6}


@dataclass(frozen=True, slots=True)
class _Made:
    least: float
    """The smallest strength in grams of the ingredient's tablets, capsules and caplets in the lists."""
    most: float
    """The largest."""


@functools.cache
def _margin() -> float:
    return float(mapping_table("doses.toml")["strengths"]["margin"])


@functools.cache
def _made() -> dict[str, _Made]:
    """Each ingredient word's range of strengths made as tablets, capsules or caplets, from the code lists' names
    of one ingredient ("Citalopram 20mg tablets"; not "Co-codamol 30mg/500mg tablets", nor a brand with no unit)."""
    names: set[str] = set()
    for path in sorted((data_path("mappings") / "codelists").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            names.update(row.get("dmd_name") or row.get("term") or "" for row in csv.DictReader(handle))
    found: dict[str, list[float]] = {}
    for raw in names:
        name = raw.lower()
        if "/" in name or "+" in name or " and " in name:
            continue  # a concentration or a combination: never read
        made = _MADE.match(name)
        if made is None:
            continue
        for word in made["words"].split():
            found.setdefault(word, []).append(float(made["n"]) * _GRAMS[made["unit"]])
    return {word: _Made(min(values), max(values)) for word, values in found.items()}


def strength_never_made(name: str, ingredients: frozenset[str]) -> bool:
    """Whether a product's ``name`` of a medicine with one ingredient gives a strength of its tablets, capsules or
    caplets that no product of that ingredient in the gate's code lists comes near: above the largest made times
    ``[strengths].margin`` or below the smallest divided by it ("Citalopram 200mg tablets": 40 mg the largest). A
    name with no one counted form and one mass, a combination, and an ingredient the lists hold no such products of,
    are not judged."""
    if len(ingredients) != 1:
        return False
    strength = product_strength(name)
    if strength is None:
        return False
    made = _made().get(normalise(next(iter(ingredients))))
    if made is None:
        return False
    margin = _margin()
    return strength[1] > made.most * margin or strength[1] < made.least / margin
