"""MA120 on more ways of saying a named medicine is not taken, worded apart from the red-team corpora.

Not taken: given up, "no more", replaced by another medicine, last used at a past time, not since a life stage,
past use with none since, offered and declined, a course finished in a past year, suggested but never started,
an answer told with its subject ("she has used neither"), "no street X", managed without, a condition ("if X is
ever restarted"). Advice against: a poor choice, unsuitable. Options: a list of names weighed as the options. The
baby's treatment: other tenses of not needing it, a team that did not start it, a need denied ("does not cause
withdrawal needing X"). Each has a near miss where she takes it, which is refused."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from tests.gate.disguise import disguised
from tests.test_rules import TODAY, complete

_TAIL = " The maternity team will watch the baby for 72 hours after birth."


def _refused(sentence: str) -> bool:
    data = complete()
    data["assessments"][1]["conclusion"] = sentence + _TAIL
    found = check(record_from_data(data), today=TODAY)
    return any(i.code == "MA120" and i.path == "$.assessments[1].conclusion" for i in found)


_UNTAKEN = [
    "Sertraline continues. She has given up diazepam and now relies on a breathing app.",
    "Sertraline continues. No more codeine for the headaches; paracetamol is enough.",
    "Sertraline continues. Citalopram was switched to sertraline in the first trimester.",
    "Sertraline continues. She last used pregabalin in 2023 and is glad to be off it.",
    "Sertraline continues. Lamotrigine not since her teens.",
    "Sertraline continues. Tramadol was taken for a fortnight in 2022 and has not been used since.",
    "Sertraline continues. She had one dose of codeine on the ward after delivery and none since.",
    "Sertraline continues. Pregabalin was offered by the pain clinic and she refused it.",
    "Sertraline continues. The codeine he was given for his knee finished in 2024.",
    "Sertraline continues. Mirtazapine was mentioned by the crisis team but never started.",
    "Sertraline continues. Diazepam and pregabalin: he has taken neither.",
    "Sertraline continues. Urine screens show no street diazepam this year.",
    "Sertraline continues. She now copes without zopiclone.",
    "Sertraline continues. If pregabalin is ever started again, the GP must review the plan.",
    "Sertraline continues. Codeine would be a poor choice for his back pain.",
    "Sertraline continues. Lamotrigine is also unsuitable for her and is not planned.",
    "Sertraline continues. Pregabalin or gabapentin are the options the pain clinic will weigh.",
    "Sertraline continues. Most newborns exposed to sertraline do not need morphine.",
    "Sertraline continues. The paediatric team did not need to start phenobarbital.",
    "Sertraline continues. Sertraline alone rarely causes withdrawal requiring morphine.",
]

_TAKEN = [
    "Sertraline continues. She has given up alcohol and takes diazepam at night.",
    "Sertraline continues. She takes no more codeine than 30 mg a day for the headaches.",
    "Sertraline continues. Citalopram was switched to the evening and continues at 20 mg.",
    "Sertraline continues. She last took pregabalin this morning.",
    "Sertraline continues. Pregabalin was offered by the pain clinic and she takes it daily.",
    "Sertraline continues. Urine screens are clear and she takes diazepam 5 mg at night.",
    "Sertraline continues. She cannot sleep without zopiclone.",
    "Sertraline continues. Pregabalin was restarted last week and she takes it nightly.",
    "Sertraline continues. We advised against codeine, but she takes 60 mg a day from her own supply.",
    "Sertraline continues. Pregabalin is the option she chose and she takes it daily.",
]


@pytest.mark.parametrize("sentence", _UNTAKEN)
def test_a_medicine_no_one_takes_need_not_be_listed(sentence: str) -> None:
    assert not _refused(sentence)


@pytest.mark.parametrize("sentence", _TAKEN)
def test_a_medicine_she_takes_must_be_listed(sentence: str) -> None:
    assert _refused(sentence)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from([*_UNTAKEN, *_TAKEN]), st.data())
def test_a_disguised_text_is_judged_as_the_plain_one(sentence: str, data: st.DataObject) -> None:
    assert _refused(data.draw(disguised(sentence))) == _refused(sentence)
