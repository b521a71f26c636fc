"""MA122/MA103: plans shelved, fallen through, withdrawn by name, suspended or disowned, and the baby's stay read apart
from a dose that stays. A closing sentence that disowns the whole ("it could all change", "an early draft ... do not
act on any of this", "the whole plan is on hold") leaves nothing decided (MA103); one thing open or put off, a
checked draft or a later review stands. A plan named as a withdrawing verb's object ("pulled its offer of a relapse
review") or ending with no one doing it ("came to nothing", "fell through"), with nothing in its place said in its
sentence, holds no one to it (MA122); with its replacement it stands. A dose or a medicine that "stays" ("the dose
stays the same", "60 mg is to stay as it is") keeps the medicine as it is and watches no baby, so beside a
withdrawal watch dropped with nothing in its place it answers nothing; the baby's own stay ("a five-day stay in
transitional care", "the infant stays on the unit") still does. Each both ways, and disguised. Worded apart from the
red-team cases (tests/redteam/fresh123_cases.py, fresh126_cases.py).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess.gate.concerns import answers_another, concern_map
from tests.gate.disguise import disguised
from tests.gate.test_substance import errors, with_conclusion

_FEED_SLEEP = "She keeps the infant in its own cot and is encouraged to breastfeed."

DOSE_STAYS_BESIDE_A_DROPPED_WATCH = [
    f"Methadone 60 mg daily is to stay as it is. The unit's three-day abstinence scoring was dropped owing to bed "
    f"pressures, and no new arrangement was made. {_FEED_SLEEP}",
    f"Methadone stays at its current dose. The unit's three-day abstinence scoring was dropped owing to bed "
    f"pressures, and nothing else has been set up. {_FEED_SLEEP}",
    f"The methadone dose stays the same through to delivery. The neonatal abstinence watch was abandoned as the "
    f"unit closed, with no new arrangement. {_FEED_SLEEP}",
]
BABYS_STAY_STANDS = [
    # the replacement is the baby's own stay
    f"Methadone 60 mg daily is to stay as it is. The unit's three-day abstinence scoring was dropped owing to bed "
    f"pressures, so the infant has a five-day stay in transitional care instead. {_FEED_SLEEP}",
    # the dropped watch beside the infant's stay said in its own clause
    f"Methadone carries on at 60 mg daily. The unit's three-day abstinence scoring was dropped owing to bed "
    f"pressures, and nothing else has been set up; the infant stays on the postnatal unit for five days. "
    f"{_FEED_SLEEP}",
    # a dose that stays, beside a watch in force
    f"Methadone 60 mg daily is to stay as it is, and the midwives score the infant for abstinence on the unit for "
    f"three days. {_FEED_SLEEP}",
]


@pytest.mark.parametrize("text", DOSE_STAYS_BESIDE_A_DROPPED_WATCH)
def test_a_dose_that_stays_answers_no_dropped_watch(text: str) -> None:
    assert "MA122" in errors(with_conclusion(text))


@pytest.mark.parametrize("text", BABYS_STAY_STANDS)
def test_the_babys_stay_still_answers_the_watch(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@pytest.mark.parametrize(
    ("answer", "elsewhere"),
    [
        ("Dose stays the same.", True),
        ("Stays at 60 mg; dose unchanged.", True),
        ("Five-day stay on the unit; dose unchanged.", False),
        ("Infant to stay in for five days; dose the same.", False),
    ],
)
def test_the_withdrawal_item_reads_a_stay_only_where_no_dose_stays(answer: str, elsewhere: bool) -> None:
    assert answers_another(answer, concern_map().specs["neonatal-withdrawal"]) is elsewhere


_PLAN = (
    "Methadone carries on at 60 mg daily; the midwives score the infant for abstinence on the unit for three days. "
    "She keeps the infant in its own cot and is encouraged to breastfeed."
)
DISOWNED = [
    # the whole said to be open to change wholesale
    f"{_PLAN} Nothing here has been talked through with the family yet, so it could all change at the birth.",
    # an early draft, not to be acted on yet
    f"{_PLAN} This is an early draft from the trainee, not yet checked; do not act on any of this.",
    f"{_PLAN} This is a rough draft for the MDT.",
    # the whole plan put on hold
    f"{_PLAN} The whole plan is on hold until the family court sits next spring.",
    f"{_PLAN} All of the above has been paused while she is remanded.",
]
OWNED = [
    f"{_PLAN} Written with the trainee and checked by me before signing.",
    # one thing that may change, one thing not to act on
    f"{_PLAN} The dose may change after the birth if she is drowsy.",
    f"{_PLAN} The old letter from the drug service gave a different dose and is not to be acted on.",
    # one thing put off, a later review of a plan in force
    f"{_PLAN} The taper is on hold until after the birth.",
    f"{_PLAN} The plan is looked at again when the family court has sat next spring.",
]
_REST = (
    "She keeps the infant in its own cot, is encouraged to breastfeed, and the midwives score the infant for "
    "abstinence on the unit for three days."
)
NAMED_AND_WITHDRAWN = [
    # a plan named as a withdrawing verb's object, no one taking it on
    f"Methadone carries on at 60 mg daily. The drug service pulled its offer of a relapse review after the birth, "
    f"and no one else has picked it up. {_REST}",
    # a plan's end with no one doing it ("came to nothing", "fell through"), nothing in its place
    "Methadone carries on at 60 mg daily and she is encouraged to breastfeed. The arrangement for her aunt to sleep "
    "over and settle the infant at night came to nothing when the aunt moved away, and nothing else is in place. "
    "The midwives score the infant for abstinence on the unit for three days.",
    "Methadone carries on at 60 mg daily and she is encouraged to breastfeed; the infant sleeps in its own cot. The "
    "unit's abstinence scoring fell through when the unit closed, and no other arrangement has been made.",
]
NAMED_AND_REPLACED = [
    f"Methadone carries on at 60 mg daily. The drug service pulled its offer of a relapse review after the birth, so "
    f"her key worker now sees her weekly to watch for relapse. {_REST}",
    "Methadone carries on at 60 mg daily and she is encouraged to breastfeed. The arrangement for her aunt to sleep "
    "over came to nothing when the aunt moved away, so her partner now does the night feeds and the infant sleeps "
    "in its own cot. The midwives score the infant for abstinence on the unit for three days.",
]


@pytest.mark.parametrize("text", DISOWNED)
def test_a_closing_sentence_that_disowns_the_whole_leaves_nothing_decided(text: str) -> None:
    assert "MA103" in errors(with_conclusion(text))


@pytest.mark.parametrize("text", OWNED)
def test_a_checked_draft_or_one_thing_open_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@pytest.mark.parametrize("text", NAMED_AND_WITHDRAWN)
def test_a_named_plan_withdrawn_or_fallen_through_with_nothing_in_its_place_answers_nothing(text: str) -> None:
    assert "MA122" in errors(with_conclusion(text))


@pytest.mark.parametrize("text", NAMED_AND_REPLACED)
def test_a_named_plan_withdrawn_with_its_replacement_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


def _answers(text: str) -> set[str]:
    return errors(with_conclusion(text)) & {"MA103", "MA122"}


@settings(max_examples=25, deadline=None)
@given(
    st.data(),
    st.sampled_from(
        DOSE_STAYS_BESIDE_A_DROPPED_WATCH
        + BABYS_STAY_STANDS
        + DISOWNED
        + OWNED
        + NAMED_AND_WITHDRAWN
        + NAMED_AND_REPLACED
    ),
)
def test_stays_in_disguise_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert _answers(hidden) == _answers(text)
