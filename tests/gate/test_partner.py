"""MA129: the conclusion of an assessment covering only the partner's medicines speaks of the partner who takes
them (mappings/partner.toml; found passing by the fifty-eighth fresh corpus, where the father's quetiapine was
concluded on as the mother's: "she should continue her medicine"). Where the relationship names a man, "she"
and "her" alone are the mother; where it names a woman or says nothing of sex, any pronoun counts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from medassess.gate.partner import names_a_man
from tests.gate.disguise import disguised

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "pass" / "postnatal-partner-quetiapine.json"
TODAY = dt.date(2026, 12, 3)
PATH = "$.assessments[0].conclusion"
HIS_MESSAGE = (
    "the conclusion of assessment asm-partner-quetiapine covers only the partner's medicines and never speaks of "
    "the partner (expected the partner named as the one who takes them: he, him, his, the partner, the father or "
    "his name)"
)
ANYONES_MESSAGE = (
    "the conclusion of assessment asm-partner-quetiapine covers only the partner's medicines and never speaks of "
    "the partner (expected the partner named as the one who takes them: the partner, their name or a pronoun)"
)

# Conclusions on the father's quetiapine that give it to the mother, each speaking of the baby.
ABOUT_HER = [
    "Quetiapine: she may carry on with her tablets as prescribed; the baby is bottle fed and sleeps in a Moses "
    "basket beside her bed.",
    "Quetiapine suits her well and her mood has lifted; the midwife will weigh the baby at day 5 and review her "
    "tablets then.",
    "Quetiapine at night: the mother must put the baby down in the cot before she takes it, and the health visitor "
    "checks the cot each visit.",
]
# The near misses: the same plans said of him, by his role, by name or as both parents'.
ABOUT_HIM = [
    "Quetiapine: he may carry on with his tablets as prescribed; the baby is bottle fed and sleeps in a Moses basket "
    "beside the mother's side of the bed.",
    "Quetiapine suits Daniel well; the baby sleeps in the crib and the mother does the night feeds, checked by the "
    "health visitor.",
    "Quetiapine at night: the baby's dad puts the baby down in the cot before taking it, and the health visitor "
    "checks the cot each visit.",
    "Quetiapine: both parents agree the baby sleeps in the crib and never on the sofa; she does the night feeds.",
]


def _record(conclusion: str, relationship: str | None = "The baby's father; lives with the mother and baby") -> Any:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = conclusion
    if relationship is None:
        del data["partner"]["relationship"]
    else:
        data["partner"]["relationship"] = relationship
    return record_from_data(data)


def _ma129(
    conclusion: str, relationship: str | None = "The baby's father; lives with the mother and baby"
) -> list[tuple[str, str]]:
    return [(i.path, i.message) for i in check(_record(conclusion, relationship), today=TODAY) if i.code == "MA129"]


@pytest.mark.parametrize("text", ABOUT_HER)
def test_a_partners_medicine_concluded_on_as_the_mothers_is_refused(text: str) -> None:
    assert _ma129(text) == [(PATH, HIS_MESSAGE)]


@pytest.mark.parametrize("text", ABOUT_HIM)
def test_a_partners_medicine_concluded_on_as_his_passes(text: str) -> None:
    assert _ma129(text) == []


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(ABOUT_HER + ABOUT_HIM).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_disguised_partner_conclusion_is_judged_like_the_plain_one(pair: tuple[str, str]) -> None:
    plain, text = pair
    assert _ma129(text) == _ma129(plain)


# Guidance reported of parents in general speaks of no partner (found passing by the hundredth fresh corpus): "the
# Lullaby Trust advises that parents who are drowsy ..." is not this father; guidance turned to him is.
REPORTED_OF_PARENTS = (
    "Quetiapine: UNICEF Baby Friendly guidance says parents on sedating tablets should keep their baby in a cot "
    "beside the bed; the health visitor checks the cot."
)
REPORTED_THEN_HIS = (
    "Quetiapine: UNICEF Baby Friendly guidance says parents on sedating tablets should keep their baby in a cot, "
    "so the father puts the baby in the crib before his dose; the health visitor checks it."
)


def test_guidance_reported_of_parents_in_general_does_not_speak_of_the_partner() -> None:
    assert _ma129(REPORTED_OF_PARENTS) == [(PATH, HIS_MESSAGE)]
    assert _ma129(REPORTED_THEN_HIS) == []


@settings(max_examples=20, deadline=None)
@given(st.sampled_from([REPORTED_OF_PARENTS, REPORTED_THEN_HIS]).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_guidance_reported_of_parents_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _ma129(pair[1]) == _ma129(pair[0])


@pytest.mark.parametrize(
    "relationship",
    ["Her wife; the baby's other mother", "Partner", None, "Mother's partner, not the baby's father"],
)
def test_where_the_relationship_names_no_man_any_pronoun_speaks_of_the_partner(relationship: str | None) -> None:
    assert _ma129(ABOUT_HER[0], relationship) == []
    assert _ma129(
        "Quetiapine continues at night; the baby sleeps in the crib, checked by the health visitor.", relationship
    ) == [(PATH, ANYONES_MESSAGE)]


@pytest.mark.parametrize(
    ("relationship", "man"),
    [
        ("The baby's father; lives with the mother and baby", True),
        ("Her husband", True),
        ("Boyfriend, lives at his own flat", True),
        ("Stepdad to her older children", True),
        ("Her wife", False),
        ("Girlfriend; the baby's second mum", False),
        ("Mother's partner, not the baby's father", False),
        ("Lives with the mother and baby", False),
    ],
)
def test_the_relationship_names_a_man_only_in_words_that_say_so(relationship: str, man: bool) -> None:
    assert names_a_man(relationship) is man


def test_an_assessment_covering_the_mothers_medicine_too_need_not_speak_of_the_partner() -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["assessments"][0]["medicine_ids"] = ["med-paracetamol", "med-partner-quetiapine"]
    data["assessments"][0]["conclusion"] = ABOUT_HER[0]
    issues = check(record_from_data(data), today=TODAY)
    assert not [i for i in issues if i.code == "MA129"]
