"""MA120: an option one person raised (suggested, proposed, floated) and the text then set aside by adopting
another view or deciding otherwise is weighed, not a medicine she takes; the same option taken, or the raiser's own
view adopted, is one she takes and must be listed. Each both ways, and disguised. Worded apart from the red-team
cases (tests/redteam/fresh105_cases.py)."""

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


_SET_ASIDE = [
    "Sertraline continues. The perinatal psychiatrist suggested changing to mirtazapine; after talking it through "
    "with her we went with the GP's plan: sertraline 100 mg stays.",
    "Sertraline continues at 100 mg. Her CPN floated pregabalin for the anxiety. We decided against it for now.",
    "Sertraline 100 mg daily. The pain clinic proposed gabapentin for her back. Having weighed it with her, we have "
    "adopted the physiotherapist's approach of exercise and paracetamol.",
    # The sentence that sets it aside names it again as what is set aside (mutation round 38's finding).
    "Sertraline continues at 100 mg. Her CPN floated pregabalin for the anxiety. We decided against pregabalin for "
    "now.",
    "Sertraline 100 mg daily. The pain clinic proposed gabapentin for her back; with her we rejected gabapentin "
    "after weighing it.",
]
_TAKEN = [
    # The raiser's own view adopted.
    "Sertraline continues. The perinatal psychiatrist suggested adding mirtazapine. We have adopted the "
    "psychiatrist's view.",
    # Raised and nothing set aside.
    "Sertraline continues. Her CPN floated pregabalin for the anxiety and she is keen.",
    # Set aside, but the medicine named again as hers.
    "Sertraline 100 mg daily. The pain clinic proposed gabapentin for her back. We went with it: she takes "
    "gabapentin 300 mg at night.",
    # Raised and then adopted, with no one else's view named.
    "Sertraline continues. Her CPN floated pregabalin for the anxiety. We went with it after a long talk.",
    # Raised and then taken in its clause.
    "Sertraline continues. Her CPN suggested and started pregabalin. We decided against changing anything else.",
    # Named again in the setting-aside sentence, but as taken there.
    "Sertraline continues. Her CPN floated pregabalin for the anxiety. We decided against a switch, so pregabalin "
    "is started at 75 mg.",
    # Named after "decided against" with no option raised before it: not read as set aside here.
    "Sertraline continues. We decided against stopping pregabalin 75 mg for now.",
]


@pytest.mark.parametrize("sentence", _SET_ASIDE)
def test_an_option_raised_then_set_aside_need_not_be_listed(sentence: str) -> None:
    assert not _refused(sentence)


@pytest.mark.parametrize("sentence", _TAKEN)
def test_an_option_raised_and_taken_must_be_listed(sentence: str) -> None:
    assert _refused(sentence)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from([*_SET_ASIDE, *_TAKEN]), st.data())
def test_a_disguised_text_is_judged_as_the_plain_one(sentence: str, data: st.DataObject) -> None:
    assert _refused(data.draw(disguised(sentence))) == _refused(sentence)
