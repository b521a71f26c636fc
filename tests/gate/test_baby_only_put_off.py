"""MA124: a conclusion whose only words on the baby are in a sentence that puts the baby's care off or hands its
whole topic over ("to be decided nearer the time", "will be considered as required", "on feeding, she will
decide") says nothing of the baby, though what it says of the mother is substance enough for MA103. Each both
ways, and disguised. Worded apart from the red-team cases (tests/redteam/fresh127_cases.py).

A sentence saying the baby's part is written elsewhere and not repeated points elsewhere for it; with the baby's own
part put off or pointed elsewhere, the baby's risk weighed against the mother's in the reason for her medicine ("a
greater danger than the risk to the baby") is no word of the baby either. A deferral beside a named act, holder,
time or place still names the baby's act and stands, as does a pointer beside the baby's own plan, and the weighed
risk beside it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_substance import errors, with_conclusion

# The mother's part only: the doses and why they stand (substance enough for MA103, no word of the baby).
MOTHER = (
    "Methadone 60 mg and sertraline 100 mg carry on unchanged; lowering either now would risk a relapse of her "
    "illness and of her drug use."
)

# The same, with the baby's risk weighed against hers in the reason.
WEIGHED = (
    "Methadone 60 mg and sertraline 100 mg carry on unchanged; lowering either now would risk a relapse of her "
    "illness and of her drug use, a greater danger than the risk to the baby."
)

PUT_OFF = [
    # the baby as the subject of a deferral, with a relative clause saying nothing is decided
    f"{MOTHER} The newborn, for whom no arrangements have been decided, will be considered later.",
    # the baby's care, still to be decided
    f"{MOTHER} Her infant's care is still to be decided closer to the time.",
    # a fronted time naming the baby, then only "as required"
    f"{MOTHER} When the newborn arrives, matters will be considered as required.",
    # a fronted topic of the baby's care handed over to her
    f"{MOTHER} Regarding breastfeeding, she will decide.",
    # a heading of the baby and a bare "undecided"
    f"{MOTHER} The neonate: undecided.",
    # the baby's part said to be written elsewhere and not repeated
    f"{MOTHER} For the newborn, everything follows what the maternity team documented in her notes, which I shall "
    "not repeat here.",
    # the baby's risk weighed in the reason, and the baby's own part only pointed elsewhere
    f"{WEIGHED} For the newborn, see the birth plan.",
]
SAID = [
    # a deferral of the timing only, beside the act and its holder
    f"{MOTHER} The newborn is to be checked for abstinence signs by the ward midwives; the timing is to be decided "
    "nearer the time.",
    # "as needed" beside the watchers and a time
    f"{MOTHER} When the newborn arrives, the ward midwives will check for abstinence signs as needed over 72 hours.",
    # her decision taken with a team, and the reason both ways are open
    f"{MOTHER} Regarding breastfeeding, she will decide with the infant feeding team, as both medicines allow it.",
    # a pointer beside the baby's own plan
    f"{MOTHER} For the baby: 72 hours on the postnatal ward with NAS scoring by the midwives; see also the birth "
    "plan.",
    # a consideration given a time and a place
    f"{MOTHER} The newborn's care will be considered in detail at the 36-week multidisciplinary meeting.",
    # the part said not to be repeated in full, with the act and its holders written
    f"{MOTHER} For the newborn: abstinence checks by the ward midwives for 72 hours, as the maternity team "
    "documented, which is not repeated here in full.",
    # the weighed risk beside the baby's own plan and a pointer
    f"{WEIGHED} For the newborn: abstinence checks by the ward midwives for 72 hours; see also the birth plan.",
]


@pytest.mark.parametrize("text", PUT_OFF)
def test_the_baby_named_only_where_its_care_is_put_off_is_not_spoken_of(text: str) -> None:
    assert "MA124" in errors(with_conclusion(text))


@pytest.mark.parametrize("text", SAID)
def test_a_deferral_beside_the_babys_act_holder_or_time_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(PUT_OFF + SAID))
def test_a_disguised_conclusion_gets_the_plain_verdict(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))
