"""Acts whose only holder is a placeholder or an indefinite pronoun (found passing by the hundred-and-forty-sixth
fresh corpus; medassess/gate/unheld.py, [unheld] holder_labels, holder_placeholders and indefinite_holders in
mappings/concerns.toml).

* MA103: a part whose holder is given as "TBC", "TBA", "to be confirmed", "???", "-", "[name]" or "XXX" ("lead:
  ???", "who - tbd") holds nothing, and nor does a clause opening on "somebody", "someone", "anyone" or "whoever"
  with a modal; what is left must still decide.
* Near misses stand: holders named, a placeholder of something other than the holder (a date), a role named in the
  part before the label, "someone" told by who it is, and "anyone" holding no act beside a real plan.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.text import normalise
from medassess.gate.unheld import without_placeholder_holders
from tests.gate.conclusions import CITALOPRAM, LITHIUM, METHADONE, VALPROATE
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

PLACEHOLDERS = [
    (METHADONE, "Methadone 60 mg daily goes on. Abstinence scoring of the newborn on the postnatal ward (lead: ???). "
     "Home checks for late withdrawal - who: TBA. Safe sleep advice and cot check - responsible: [name]."),
    (LITHIUM, "Lithium 800 mg at night carries on. Serum levels through the third trimester; owner to be confirmed. "
     "Newborn review for floppiness and thyroid function; lead XXX. Infant feeding plan - owner: -."),
    (CITALOPRAM, "Citalopram 20 mg carries on. Watch the infant for jitteriness after delivery - who tbd; support "
     "with breastfeeding - owner tbc; mood review at six weeks - lead: tba."),
]
INDEFINITE = [
    (VALPROATE, "Valproate 500 mg twice daily in the first trimester. Someone has to book the detailed anomaly scan "
     "and somebody should arrange the neurology opinion; anyone can start high-dose folic acid."),
    (METHADONE, "Methadone 60 mg daily goes on. Whoever is on duty should score the newborn for abstinence, and "
     "someone needs to check the crib before discharge."),
]
NAMED = [
    (METHADONE, "Methadone 60 mg daily goes on, as stopping risks relapse. Abstinence scoring of the newborn - lead: "
     "postnatal ward midwives, every 4 hours for 72 hours. Late withdrawal checks at home - who: health visitor, to "
     "day 8. Cot check - responsible: health visitor at the first visit; no sofa or bed sharing after her dose."),
    # a placeholder of a date, not of the holder; a role named before the label
    (LITHIUM, "Lithium 800 mg at night carries on. The perinatal psychiatrist takes levels monthly and weekly from 36 "
     "weeks, clinic date TBC. The paediatrician reviews the newborn after birth for tone, feeding and thyroid "
     "function - owner tbc. She bottle feeds, as lithium passes into breast milk."),
    # "someone" told by who it is; "anyone" holding no act beside a real plan
    (VALPROATE, "Valproate 500 mg twice daily continues until the neurologist reviews it; it is not stopped "
     "suddenly. Someone from the epilepsy service (Dr Haddad) will see her within two weeks, and I prescribed folic "
     "acid 5 mg daily today. The detailed scan at 20 weeks is booked. If anyone is unsure, ring the epilepsy nurse "
     "on 0161 555 0199."),
]


@pytest.mark.parametrize(("where", "text"), [*PLACEHOLDERS, *INDEFINITE])
def test_acts_held_by_a_placeholder_or_an_indefinite_pronoun_decide_nothing(where: tuple[str, str], text: str) -> None:
    assert "MA103" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), NAMED)
def test_acts_of_named_holders_stand(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()


@pytest.mark.parametrize(("where", "text"), [PLACEHOLDERS[1], PLACEHOLDERS[2], INDEFINITE[1], *NAMED])
@pytest.mark.parametrize("seed", [3, 29])
def test_a_disguise_changes_no_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)


def test_only_the_part_held_by_a_placeholder_is_set_aside() -> None:
    kept = without_placeholder_holders(normalise("Levels monthly - owner: TBC; the midwife scores the baby for 72 h."))
    assert "levels monthly" not in kept
    assert "the midwife scores the baby for 72 h" in kept


def test_an_x_ray_is_no_placeholder() -> None:
    text = normalise("Lead: x-ray of the hips at 6 weeks.")
    assert without_placeholder_holders(text) == text
