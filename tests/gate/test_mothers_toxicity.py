"""MA124 and MA122: toxicity said of the mother ("her levels are kept low to avoid toxicity", "serotonin toxicity in
labour is avoided") says nothing of the baby and answers no withdrawal or adaptation concern of the baby's; said
with no word of the mother, or with a word of the baby or the birth, it stays the baby's ("toxicity may show after
the birth"). Both ways, and disguised. Worded apart from the red-team cases (tests/redteam/fresh145_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess.gate.concerns import addresses, concern_map, speaks_of_the_baby
from tests.gate.disguise import disguised
from tests.gate.test_conclusion_of_another_class import SERTRALINE, _codes

HERS = [
    "Sertraline 100 mg continues for her mood; serotonin toxicity in labour is avoided by giving no tramadol.",
    "Sertraline 100 mg continues; maternal toxicity is unlikely at this dose. Her GP reviews her mood at six weeks.",
    "Sertraline 100 mg continues, with a check of her levels during labour to avoid toxicity.",
]
THE_BABYS = [
    # no word of the mother in the clause: the baby's, as before
    "Sertraline 100 mg continues; serotonergic toxicity may show in the first two days, so the midwife watches "
    "for it for 48 hours.",
    # a word of the birth beside the mother's: the baby's
    "Sertraline 100 mg continues; toxicity after her delivery is looked for by the ward midwife for 48 hours.",
]


@pytest.mark.parametrize("text", HERS)
def test_the_mothers_toxicity_says_nothing_of_the_baby(text: str) -> None:
    assert not speaks_of_the_baby(text)
    assert "MA124" in _codes(SERTRALINE, text)


@pytest.mark.parametrize("text", THE_BABYS)
def test_toxicity_with_no_word_of_the_mother_or_with_the_birth_is_the_babys(text: str) -> None:
    assert speaks_of_the_baby(text)
    assert "MA124" not in _codes(SERTRALINE, text)


@settings(max_examples=15, deadline=None)
@given(st.data(), st.sampled_from(HERS + THE_BABYS))
def test_a_disguised_toxicity_is_judged_like_the_plain_one(data: st.DataObject, text: str) -> None:
    assert speaks_of_the_baby(data.draw(disguised(text))) == speaks_of_the_baby(text)


@pytest.mark.parametrize("text", HERS)
def test_the_mothers_toxicity_answers_no_withdrawal_concern(text: str) -> None:
    spec = concern_map().specs["neonatal-withdrawal"]
    assert not addresses(text.split(";", 1)[-1], spec)


@pytest.mark.parametrize("text", THE_BABYS)
def test_the_babys_toxicity_answers_the_withdrawal_concern(text: str) -> None:
    assert addresses(text, concern_map().specs["neonatal-withdrawal"])


# Her setting opening the sentence before a comma ("During labour, ...") is read with the clause it opens: toxicity
# avoided there is hers. Anywhere else, or with a word of the baby, the clause is read alone (found passing by the
# hundred-and-fiftieth fresh corpus).
HER_SETTING = [
    "Sertraline 100 mg continues. During labour, no tramadol or pethidine is given so as to avoid toxicity.",
]
NOT_HER_SETTING = [
    # the setting is no opening: the clause after the comma stands alone, the baby's
    "Sertraline 100 mg continues and the dose stays in labour, but toxicity may show in the first two days; the "
    "midwife watches for 48 hours.",
    # a word of the baby in the clause it opens
    "Sertraline 100 mg continues. During labour, the team avoid pethidine, and the newborn is watched for "
    "toxicity for 48 hours.",
]


@pytest.mark.parametrize("text", HER_SETTING)
def test_toxicity_in_a_clause_her_setting_opens_is_hers(text: str) -> None:
    assert not speaks_of_the_baby(text)
    assert "MA124" in _codes(SERTRALINE, text)


@pytest.mark.parametrize("text", NOT_HER_SETTING)
def test_toxicity_her_setting_does_not_open_stays_the_babys(text: str) -> None:
    assert speaks_of_the_baby(text)
    assert "MA124" not in _codes(SERTRALINE, text)


@settings(max_examples=10, deadline=None)
@given(st.data(), st.sampled_from(HER_SETTING + NOT_HER_SETTING))
def test_a_disguised_setting_is_judged_like_the_plain_one(data: st.DataObject, text: str) -> None:
    assert speaks_of_the_baby(data.draw(disguised(text))) == speaks_of_the_baby(text)
