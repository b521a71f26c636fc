"""MA122: more plans ended with nothing in their place ([ended_bare] in mappings/hollow-phrases.toml;
:func:`medassess.gate.concerns.withdrawn_unreplaced`):

- a person who withdrew, named with what they were to do ("the aunt who had agreed to cover the overnight feeds
  pulled out", `holder_ends`, `holder_intents`), takes that plan with them; a person who withdrew told bare, or one
  replaced, stands;
- an end whose tail says only why: its holder went ("were called off after the worker retired", `gone_openers`,
  `gone_reasons`), is still told bare; a reason of the baby's, or a successor, stands;
- a late watch ended ("to day 8", `late_windows`) is not stood in for by a ward watch of hours told before it; a
  home watch of its own to a day is;
- "nothing has replaced them" says the plan is gone as "no one has replaced them" does ([claim]
  retraction_unreplaced);
- a later sentence of the mother's own monitoring ("the midwife checks her levels weekly") tells no watch of the
  baby in place of the one called off (mutation round 46's finding); the baby's watch told later does.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from tests.gate.conclusions import METHADONE, PARTNER, SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_SED = (
    "Diazepam and pregabalin continue for now; together they leave her heavily sedated, so she never shares a bed, "
    "sofa or armchair with the infant or feeds lying down. The health visitor watches for late withdrawal to day 8. "
)
_METH = (
    "Methadone carries on at 60 mg. Breast milk is encouraged. She is drowsy after dosing, so the infant never "
    "shares her bed or a settee. "
)
_WARD = "The maternity unit observes the infant for 48 hours. "

REFUSED = [
    # a holder who withdrew with what they were to do
    (SEDATIVES, _SED + "The aunt who had agreed to cover the overnight feeds pulled out last week."),
    (SEDATIVES, _SED + "Her cousin, who was going to do the feeds overnight, has dropped out."),
    # an end whose tail says only that its holder went
    (METHADONE, _METH + _WARD + "The community midwife's abstinence checks to day 7 were called off after the "
     "worker retired."),
    # a late watch ended, a ward watch of hours before it
    (METHADONE, _METH + _WARD + "The home scoring up to day 7 has been cancelled."),
    # nothing, not no one, has replaced it
    (METHADONE, _METH + "The home scoring has been cancelled and nothing has replaced it."),
    # the mother's own monitoring told after the watch called off
    (METHADONE, _METH + "The abstinence scoring at home was called off. The GP takes her levels monthly."),
    (METHADONE, _METH + "The abstinence scoring at home was called off. The health visitor reviews her mood weekly."),
]
PASSED = [
    # a holder who withdrew bare, or replaced
    (SEDATIVES, _SED + "Her partner does the night feeds. Her aunt pulled out last week."),
    (SEDATIVES, _SED + "The aunt who had agreed to cover the overnight feeds pulled out last week; her partner now "
     "does them."),
    (SEDATIVES, _SED + "The aunt who had agreed to cover the overnight feeds pulled out last week. Her partner has "
     "agreed to do the night feeds instead."),
    # a reason of the baby's, or a successor in the tail
    (METHADONE, _METH + "The maternity unit scored the infant for 5 days; the extra checks until day 7 were called "
     "off as the scores stayed low."),
    (METHADONE, _METH + _WARD + "The community midwife's abstinence checks to day 7 were called off after the "
     "worker retired, and her successor took them over."),
    # a home watch to a day told before the late watch ended
    (METHADONE, _METH + "The health visitor scores the infant at home up to day 7. The second home scoring by the "
     "community team has been cancelled."),
    # a window word of a sleeping place, not a watch: the cot told before still stands in for it
    (PARTNER, "His night-time quetiapine leaves him too drowsy to share a bed or settee with the infant or to feed "
     "it overnight; the mother does the nights. The infant sleeps in its own cot by her bed. The borrowed moses "
     "basket at home went back last week."),
    # the baby's watch told after the watch called off
    (METHADONE, _METH + "The abstinence scoring at home was called off. The GP takes her levels monthly and the "
     "health visitor scores the infant at each visit to day 7."),
]


@pytest.mark.parametrize(("where", "text"), REFUSED)
def test_a_plan_ended_with_nothing_in_its_place_is_refused(where: tuple[str, str], text: str) -> None:
    assert "MA122" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), PASSED)
def test_a_bare_leaving_a_reason_of_the_baby_or_a_watch_in_place_passes(where: tuple[str, str], text: str) -> None:
    assert "MA122" not in _codes(where, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), REFUSED + PASSED)
def test_a_disguised_conclusion_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    plain = "MA122" in _codes(where, text)
    assert ("MA122" in _codes(where, disguise(text, random.Random(seed)))) == plain
