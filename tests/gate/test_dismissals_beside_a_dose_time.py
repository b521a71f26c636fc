"""MA123: a partner's sedating medicine whose co-sleeping risk a conclusion calls not applicable, the only other
words of the concern a dose's time ("quetiapine 300 mg at night continues"): the time says when he takes it, not
where or with whom the baby sleeps, so the dismissal stands alone and is refused. A dismissal with where the baby
sleeps told, or the nights given, beside it answers. Texts worded apart from the red-team corpora; a disguise
changes no verdict."""

from __future__ import annotations

import random

import pytest

from tests.gate.conclusions import PARTNER, SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

REFUSED = [
    "The advice on bed-sharing with sedating medicines is not applicable, as the tablets are his. His quetiapine "
    "300 mg at night goes on, prescribed by his GP. The health visitor sees the family at 6 weeks.",
    "Co-sleeping: not relevant. Quetiapine 300 mg at night continues unchanged; his GP reviews it in March.",
]
PASSED = [
    "Co-sleeping advice does not apply as written, since he sleeps in the spare room after his quetiapine 300 mg at "
    "night and the baby sleeps in the crib beside the mother. The health visitor sees the family at 6 weeks.",
    "His quetiapine 300 mg at night continues; it sedates him deeply, so he never shares a bed or sofa with the baby "
    "and the mother does the night feeds. The health visitor sees the family at 6 weeks.",
]


@pytest.mark.parametrize("text", REFUSED)
def test_a_dismissal_beside_only_a_dose_time_is_refused(text: str) -> None:
    assert "MA123" in _codes(PARTNER, text)


@pytest.mark.parametrize("text", PASSED)
def test_a_dismissal_with_where_the_baby_sleeps_or_a_plan_stands(text: str) -> None:
    assert "MA123" not in _codes(PARTNER, text)


def test_the_baby_in_a_carers_home_keeps_a_dismissal_with_the_carers_plan() -> None:
    text = (
        "Diazepam 5 mg at night and pregabalin continue; late withdrawal signs are watched for until day 8 by the "
        "carer and the health visitor. Co-sleeping: not applicable, since the baby lives with the foster carer; the "
        "carer's plan: cot in her room."
    )
    assert "MA123" not in _codes(SEDATIVES, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", REFUSED[:1] + PASSED[:1])
def test_a_disguised_dismissal_gets_the_plain_verdict(text: str, seed: int) -> None:
    plain = "MA123" in _codes(PARTNER, text)
    assert ("MA123" in _codes(PARTNER, disguise(text, random.Random(seed)))) == plain
