"""Another child, another baby or another pregnancy is not this baby (mappings/concerns.toml [baby]
older_children, not_this_baby, unclear_beside_another): a conclusion whose only baby words speak of an older
child, an earlier baby, someone else's baby, a future pregnancy or a time told by the baby's arrival says nothing
of this baby (MA124), and an item whose only answer places another child or tells an earlier baby's history
answers nothing for this one (MA125). "The baby", "this baby" and "the newborn" beside the other child still
count. Found passing by the ninetieth fresh corpus; the texts here are worded apart from it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import Record, check, record_from_data
from medassess.gate.concerns import speaks_of_the_baby
from tests.gate.builders import disguised
from tests.test_rules import TODAY, complete

SILENT_ON_BABY = [
    # An earlier baby's history.
    "Methadone 60 mg daily continues. Her last baby spent ten days on the special care baby unit with NAS in 2021 "
    "and went home on day 12.",
    # Another family's baby.
    "Methadone continues unchanged. The foster carer's own baby is four months old and keeps to a separate "
    "nursery; the foster carer stores her baby's feeds and the other children's snacks downstairs.",
    # A future pregnancy, not this one.
    "Methadone continues at 60 mg. Before the next pregnancy she is to talk to the drug service about a slow "
    "reduction, and she will use the Pregnancy Prevention Programme leaflet when planning it.",
    # A time told by the baby's arrival says when, not what follows for the baby.
    "Methadone continues for her. Her sister will move in until the baby is born to help with the housework.",
    # The baby named only as who benefits, every act the mother's own care.
    "Methadone continues at 60 mg. For the sake of the baby her iron is checked each month, her GP reviews her "
    "asthma inhaler, and the perinatal team sees her for low mood.",
    # A first baby told with the year it was born: an older child.
    "Methadone continues at 60 mg. Her first baby, born in 2019, was treated for NAS on the special care baby "
    "unit and is now at school; the health visitor sees him for his asthma.",
    # A first baby told as placed now, and a son or daughter aged with no unit or in years: older children.
    "Methadone continues at 60 mg. Her first child lives with his father, who does every night feed; his health "
    "visitor sees him each month.",
    "Methadone continues at 60 mg. Her son, who is 5, has had his paediatric review, his feeding is fine and he "
    "sleeps in his own bed.",
]
SPEAKS_OF_BABY = [
    # A son aged in days may be this baby; a child aged in years beside this baby leaves this baby's care standing.
    "Methadone continues at 60 mg. Her son, aged 3 days, is scored for withdrawal on the postnatal ward for 72 "
    "hours and sleeps in his own cot.",
    "Methadone continues at 60 mg. Her daughter (aged 4) stays with her aunt during the birth, and the baby is "
    "scored for withdrawal on the postnatal ward for 72 hours.",
    # "Her first baby" with no year of birth beside it may be this one.
    "Methadone continues at 60 mg. This is her first baby, so the ward midwife explains NAS scoring and the baby "
    "is observed on the postnatal ward for 72 hours.",
    "Methadone continues at 60 mg. Her first baby, born in 2019, needed no treatment; this baby is observed on "
    "the postnatal ward for 72 hours.",
    "Methadone 60 mg continues. Her last baby spent ten days on the neonatal unit with NAS, so this baby is "
    "observed on the postnatal ward for at least 72 hours.",
    "Methadone continues unchanged. The foster carer's own baby sleeps in a separate nursery, and the baby in "
    "placement sleeps in a cot in the foster carer's room, never in an adult bed.",
    "Methadone continues at 60 mg; the baby in this pregnancy has been exposed, so the anomaly scan is booked. "
    "Before the next pregnancy she is to talk to the drug service about a slow reduction.",
    "Methadone continues; the baby will share a room with his older sister, in his own cot.",
    "Methadone continues. The newborn is watched for withdrawal for 72 hours before the baby goes home.",
    # Who benefits beside a thing done for the baby.
    "Methadone continues at 60 mg. For the baby's benefit she stops smoking, and after her dose she never "
    "co-sleeps or falls asleep holding the baby.",
]


def _with(path: tuple[str, ...], text: str) -> Record:
    data = complete()
    target = data["assessments"][0]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = text
    return record_from_data(data)


def _codes(r: Record) -> set[str]:
    return {i.code for i in check(r, today=TODAY)}


CONCLUSION = ("conclusion",)
SAFE_SLEEP = ("impact_on_mother", "safe_sleep")
WITHDRAWAL_PLAN = ("impact_on_baby", "neonatal_withdrawal_plan")


@pytest.mark.parametrize("text", SILENT_ON_BABY)
def test_a_conclusion_speaking_only_of_another_child_is_refused(text: str) -> None:
    assert "MA124" in _codes(_with(CONCLUSION, text))


@pytest.mark.parametrize("text", SPEAKS_OF_BABY)
def test_this_baby_beside_another_child_passes(text: str) -> None:
    assert "MA124" not in _codes(_with(CONCLUSION, text))


HOLLOW_ITEMS = [
    (SAFE_SLEEP, "Her six-year-old son has a cabin bed in the box room with a night light."),
    (SAFE_SLEEP, "The older children share the front bedroom and a baby monitor is on their landing."),
    (
        WITHDRAWAL_PLAN,
        "Her previous baby stayed on the special care baby unit for a week in 2020 and needed treatment.",
    ),
]
ANSWERING_ITEMS = [
    (
        SAFE_SLEEP,
        "Never share a bed or sofa with the baby after a dose; the baby's cot is in the parents' room and "
        "her son keeps his own room.",
    ),
    (SAFE_SLEEP, "The baby will share a room with her older brother, in her own cot."),
    (
        WITHDRAWAL_PLAN,
        "Her previous baby needed morphine on the neonatal unit; observe this baby on the postnatal "
        "ward for at least 72 hours, HV to check for late signs to day 8.",
    ),
    (WITHDRAWAL_PLAN, "Observe the newborn on the postnatal ward for 72 hours; her toddler stays with his gran."),
    # After a colon the plan is this baby's, the earlier baby only its model.
    (
        WITHDRAWAL_PLAN,
        "As with her previous baby: the midwife watches for tremor and poor feeding for 72 hours and "
        "calls the paediatrician if the score rises.",
    ),
]


@pytest.mark.parametrize(("path", "text"), HOLLOW_ITEMS)
def test_an_item_answering_for_another_child_is_hollow(path: tuple[str, ...], text: str) -> None:
    assert "MA125" in _codes(_with(path, text))


@pytest.mark.parametrize(("path", "text"), ANSWERING_ITEMS)
def test_an_item_answering_for_this_baby_beside_another_child_passes(path: tuple[str, ...], text: str) -> None:
    assert "MA125" not in _codes(_with(path, text))


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [(CONCLUSION, t) for t in SILENT_ON_BABY + SPEAKS_OF_BABY] + HOLLOW_ITEMS + ANSWERING_ITEMS
    ).flatmap(lambda p: st.tuples(st.just(p), disguised(p[1])))
)
def test_a_disguised_text_is_judged_like_the_plain_one(pair: tuple[tuple[tuple[str, ...], str], str]) -> None:
    (path, plain), text = pair
    wanted = {"MA124", "MA125"}
    assert _codes(_with(path, plain)) & wanted == _codes(_with(path, text)) & wanted


def test_a_future_pregnancy_is_the_one_advised_on_before_conception() -> None:
    text = "Valproate continues. For her next pregnancy, a switch before trying, as it causes malformations."
    assert not speaks_of_the_baby(text)
    assert speaks_of_the_baby(text, pre_conception=True)
