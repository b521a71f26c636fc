"""MA017: the born baby told seen in a place or state by someone, on a date before its delivery ("the infant was
found lying in the moses basket by the midwife on ...", "the midwife saw the baby settled in its crib on ...";
[born_before_birth] subjects, observed, seers and states in mappings/calendar.toml), is refused as the baby told
asleep in it is; the sleeping place seen with no baby before the birth, the baby seen on or after its birthday, and
a look to come stand. Worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest

from medassess import check, record_from_data
from medassess.gate.written_dates import tells_baby_born_before
from tests.gate.disguise import disguise

ROOT = Path(__file__).resolve().parents[2]
POSTNATAL = ROOT / "examples" / "pass" / "postnatal-foster-placement-diazepam-pregabalin.json"
DELIVERED = dt.date(2026, 6, 8)
TODAY = dt.date(2026, 6, 15)

BEFORE = [
    "Moses basket beside the carer's bed; the infant was found lying in it by the midwife on 2026-06-03.",
    "Crib in the main bedroom. The midwife saw the baby settled in it at the home visit on 4 June 2026.",
    "Carrycot by the bed; baby noted asleep in the carrycot by the social worker on 05/06/2026.",
]
STANDS = [
    # the sleeping place seen ahead of the birth, with no baby in it
    "Moses basket beside the carer's bed; the basket was found clean and flat by the midwife on 2026-06-03.",
    # on or after the birth
    "Moses basket beside the carer's bed; the infant was found lying in it by the midwife on 2026-06-09.",
    "Crib in the main bedroom. The midwife saw the baby settled in it at the home visit on 8 June 2026.",
    # a look to come
    "Carrycot by the bed; the baby will be seen asleep in the carrycot by the social worker on 05/06/2026.",
]


@pytest.mark.parametrize("text", BEFORE)
def test_the_baby_seen_before_its_birth_is_read(text: str) -> None:
    assert tells_baby_born_before(text, DELIVERED)


@pytest.mark.parametrize("text", STANDS)
def test_the_cot_alone_the_baby_after_birth_or_a_look_to_come_stands(text: str) -> None:
    assert not tells_baby_born_before(text, DELIVERED)


def _ma017(sleeping: str) -> list[str]:
    data: dict[str, Any] = json.loads(POSTNATAL.read_text(encoding="utf-8"))
    data["safeguarding"]["sleeping_arrangements"] = sleeping
    return [i.path for i in check(record_from_data(data), today=TODAY) if i.code == "MA017"]


def test_the_rule_refuses_at_the_sleeping_arrangements() -> None:
    assert _ma017(BEFORE[0]) == ["$.safeguarding.sleeping_arrangements"]
    assert _ma017(STANDS[0]) == []
    assert _ma017(STANDS[1]) == []


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", BEFORE + STANDS)
def test_a_disguised_text_gets_the_plain_verdict(text: str, seed: int) -> None:
    assert tells_baby_born_before(disguise(text, random.Random(seed)), DELIVERED) == (text in BEFORE)
