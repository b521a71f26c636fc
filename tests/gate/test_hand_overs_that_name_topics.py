"""MA103: a hand-over that only names topics or vouches for what someone knows, with no act, time or holder of its
own ("the newborn's scoring and feeding are covered in the team's plan", "... are in the hands of the ward", "kept in
mind", "her choice", "the grandmother knows about sleep", "the standard precautions apply"), beside the medicine's
line or with no line at all, gives the baby nothing ([regimen_only] `handed_over` in mappings/hollow-phrases.toml).
The same words beside a plan of their own stand: a number in the part, an act before the standard it follows, a plan
after a colon, a holder who does something. Each both ways, and disguised. Worded apart from the red-team cases
(tests/redteam/fresh124_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess.gate.regimen_only import regimen_only
from medassess.gate.settings import shipped_settings
from medassess.gate.substance import analyse
from tests.gate.disguise import disguised
from tests.gate.test_substance import RECORD_MEDICINES, errors, with_conclusion

SHIPPED = shipped_settings()

HANDED_OVER = [
    # topics said to be covered in another's plan, a relative clause that names no topic after it
    "Methadone 60 mg each morning: withdrawal scoring, the cot and breast milk for the newborn are all covered in "
    "the community team's care plan, which the practice has a copy of.",
    # topics in a team's hands, who are vouched for
    "Methadone 60 mg carries on. The newborn's withdrawal scoring, the cot and the feeds are in the hands of the "
    "neonatal unit, who know the family well.",
    # the newborn managed in line with a pathway, the feeds likewise
    "Methadone 60 mg remains unchanged; the newborn will be managed according to the hospital's opioid pathway, "
    "feeds likewise.",
    # what a carer knows about, then a dismissal
    "Methadone 60 mg continues. Her grandmother knows about withdrawal and the cot, so nothing more is required for "
    "the baby.",
    # labels, then a pointer back that keeps them in mind
    "Methadone 60 mg continues. Newborn: withdrawal is a risk and the cot is a concern; these will be borne in mind "
    "by the team.",
    # a habit that applies, and feeding left as her decision
    "Methadone 60 mg continues. As for the newborn, the standard precautions apply, and breast milk is her decision.",
    # no medicine line: every topic in what was explained and what she understood
    "Withdrawal scoring for the newborn, her sleepiness after each dose and breast milk were explained to her at "
    "length, and she understood.",
    # what a carer knows about, its topics listed after a comma to the sentence's end (found passing by the
    # hundred-and-thirty-sixth fresh corpus)
    "Methadone 60 mg each morning continues. Her aunt is aware of withdrawal, breast milk and the cot.",
    "Methadone 60 mg carries on. The grandmother knows all about tremor, feeds, bottles and the cot.",
]
PLAN_BESIDE = [
    # a number in the part writes the plan down
    "Methadone 60 mg continues. Withdrawal scoring for 72 hours and the day-10 cot check are in the hands of the "
    "neonatal unit.",
    # a relative clause that gives the team's act
    "Methadone 60 mg carries on. The newborn's care is in the hands of the neonatal unit, who score her for "
    "withdrawal; she breastfeeds, and the newborn never sleeps in her bed.",
    # what the health visitor knows, then what she does after "and"
    "Methadone 60 mg continues. The health visitor knows about withdrawal and checks the newborn for tremor; she "
    "breastfeeds, and the newborn never sleeps in her bed.",
    # what the foster carer is aware of, then what she will do
    "Methadone 60 mg continues. The foster carer is aware of withdrawal and will give every night feed while the "
    "newborn is scored on the ward; she breastfeeds by day and never sleeps with the newborn.",
    # the team's own acts after the hand-over
    "Methadone 60 mg carries on. The neonatal unit, who know the family well, score the newborn for withdrawal "
    "on the ward; she breastfeeds; a cot by the bed, never the sofa.",
    # an act before the standard it follows
    "Methadone 60 mg remains unchanged; the ward observes the newborn for withdrawal in line with the hospital's "
    "opioid pathway, and breastfeeding is encouraged.",
    # the pathway's acts after a colon
    "Methadone 60 mg remains unchanged; the newborn is managed in line with the hospital's opioid pathway: the "
    "ward scores for withdrawal and the health visitor checks the cot.",
    # what the carer knows and does
    "Methadone 60 mg continues. Her grandmother knows the withdrawal signs and does the night feeds, so the "
    "newborn never sleeps beside her sleepy mother.",
    # the precautions listed, and feeding her decision with its reason
    "Methadone 60 mg continues. As for the newborn, the standard precautions apply: withdrawal scoring on the ward "
    "and a cot by the bed. Breast milk is her decision; it is compatible with a steady dose.",
    # explained beside a plan
    "Explained to her at length: the ward scores the newborn for methadone withdrawal, she breastfeeds, and the "
    "newborn sleeps in a cot by the bed.",
    # what a carer knows about, then after a comma what she does, or the list closed and a plan after it
    "Methadone 60 mg continues. Her aunt is aware of withdrawal, watches for tremor and poor feeds, and calls the "
    "midwife if she sees either; the newborn never sleeps in her bed.",
    "Methadone 60 mg continues. Her aunt knows about withdrawal, breast milk and the cot; the health visitor scores "
    "the newborn for tremor at every visit, she breastfeeds and the newborn never sleeps in her bed.",
]


def _regimen_only(text: str) -> bool:
    return regimen_only(text, analyse(text, SHIPPED, RECORD_MEDICINES), SHIPPED, RECORD_MEDICINES)


@pytest.mark.parametrize("text", HANDED_OVER)
def test_a_hand_over_that_only_names_topics_is_refused(text: str) -> None:
    assert _regimen_only(text)
    assert "MA103" in errors(with_conclusion(text))


@pytest.mark.parametrize("text", PLAN_BESIDE)
def test_a_hand_over_beside_its_plan_stands(text: str) -> None:
    assert not _regimen_only(text)
    assert errors(with_conclusion(text)) == set()


def test_no_line_and_no_hand_over_is_left_to_the_other_readings() -> None:
    assert not _regimen_only("The ward scores the newborn for withdrawal and the health visitor checks the cot.")


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(HANDED_OVER + PLAN_BESIDE))
def test_a_disguised_hand_over_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert ("MA103" in errors(with_conclusion(hidden))) == ("MA103" in errors(with_conclusion(text)))
    assert _regimen_only(hidden) == _regimen_only(text)
