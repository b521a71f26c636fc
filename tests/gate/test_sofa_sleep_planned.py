"""Sleep on a sofa, a settee or in a chair with the baby told as the plan ([stacked_negations] place_plan_modals in
mappings/concerns.toml): "will" before the act, or before the verb of the clause it is joined to by "and", plans
what the Lullaby Trust says never to do, as plainly as "may" grants it (MA127). A negation before it, the act told
as a risk, sitting awake, or a bed or cot planned are judged as before. Found passing by the
hundred-and-thirty-eighth fresh corpus; the texts here are worded apart from it."""

from __future__ import annotations

import random

import pytest

from medassess.gate.negations import allowed_sleep_sharing
from medassess.gate.text import normalise
from tests.gate.conclusions import METHADONE, PARTNER
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_HIS = "His quetiapine goes on at night; the baby is breastfed and the health visitor sees them at 6 weeks."
PLANNED = [
    (PARTNER, _HIS + " He is going to doze in the armchair with the baby after the 10 pm bottle."),
    (PARTNER, _HIS + " On his days off he will give the lunchtime bottle and then nap on the settee with the baby."),
    (METHADONE, "Methadone stays at 60 mg and the ward scores the newborn for 72 hours. She plans to sleep on the "
     "couch with the baby for the first fortnight."),
]
NOT_PLANNED = [
    (PARTNER, _HIS + " He copes in the daytime but never naps with the baby, on a bed or on the settee."),
    (PARTNER, _HIS + " He will hold the baby on the sofa while awake and put her down in the cot to sleep."),
    (PARTNER, _HIS + " There is a risk he will give the bottle and doze in the armchair with her, so the mother "
     "does the feeds after his dose."),
    (PARTNER, _HIS + " He will not do the late feed and sleep on the settee with the baby; the mother does it."),
    (PARTNER, _HIS + " He will nap on the sofa while the baby sleeps in her cot in the same room."),
]


@pytest.mark.parametrize(("where", "text"), PLANNED)
def test_sleep_in_a_dangerous_place_planned_is_refused(where: tuple[str, str], text: str) -> None:
    assert "MA127" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), NOT_PLANNED)
def test_no_such_plan_passes(where: tuple[str, str], text: str) -> None:
    assert "MA127" not in _codes(where, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), PLANNED + NOT_PLANNED)
def test_a_disguised_conclusion_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    plain = "MA127" in _codes(where, text)
    assert ("MA127" in _codes(where, disguise(text, random.Random(seed)))) == plain


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        ("she will do the early feeds and nap in the armchair with him", True),
        ("he is to doze on the couch with the infant", True),
        ("he will share the bed with the baby", False),  # a bed: judged as before, not by this reading
        ("he will sit on the settee with the baby, never asleep", False),
        ("she will rest on the sofa. and nap with the baby on the sofa", False),  # another sentence holds the modal
    ],
)
def test_what_plans_it(text: str, allowed: bool) -> None:
    assert bool(allowed_sleep_sharing(normalise(text))) is allowed
