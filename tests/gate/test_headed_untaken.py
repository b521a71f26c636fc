"""MA120 on medicines listed under a heading that says she does not take them, worded apart from the red-team
corpora.

A reconciliation's or a summary's heading ("Stopped:", "Withheld:", "Never started:", "Earlier medicines:",
"Alternatives discussed:", "Options weighed:", "..., now stopped:") governs the items listed after it, up to the next
heading or the sentence end: each is set aside as not taken, with its dose and its aside. A medicine given and then
stopped in one sentence ("was given ... and was stopped") is set aside too. Headings of medicines she takes
("Current medicines:", "Started:", "Continue:"), an empty list followed by a medicine she takes ("Stopped: none;
she still takes ..."), and a restart told after the list still refuse."""

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
    "Reconciled with the surgery list. Stopped: tramadol 50 mg, which her dentist gave her, stopped at booking. "
    "Continued: sertraline 50 mg daily.",
    "Sertraline continues. Discontinued: zopiclone 7.5 mg at night (stopped in the first trimester).",
    "Sertraline continues. Withheld: dihydrocodeine, held since the scan because it adds to her drowsiness.",
    "Sertraline continues. Never started: gabapentin, offered by the pain team; she said no.",
    "Sertraline continues. Declined: mirtazapine for sleep.",
    "Sertraline continues. Earlier medicines: quetiapine 2016-2019 (sedation), lithium 2019-2021.",
    "Sertraline continues. Past medicines: fluoxetine and venlafaxine, both before this pregnancy.",
    "Sertraline continues. Alternatives discussed: mirtazapine, which she did not want.",
    "Options considered: moving to fluoxetine; keeping sertraline. Chosen: keeping sertraline at 50 mg.",
    "Sertraline continues. Avoided: codeine for her back pain, because of the baby.",
    "Sertraline continues. Theatre medicines, now stopped: ondansetron 4 mg, and oxycodone 5 mg given twice.",
    "Sertraline continues. Previous: pregabalin 75 mg twice daily, ended in May.",
    # The items told on new lines (which the text's reading joins with spaces).
    "Sertraline continues.\nStopped:\n- tramadol 50 mg\nContinued:\n- sertraline 50 mg",
    # Given and then stopped, in one sentence.
    "Sertraline continues. Oramorph was given in recovery after the section and was stopped the next morning.",
    "Sertraline continues. Cyclizine was used on the labour ward for sickness and then stopped on day 1.",
    # An option raised, then set aside by a later sentence that does not name it.
    "At the first visit the midwife suggested switching from sertraline to mirtazapine. Once the scan was normal "
    "we agreed to stay on sertraline; the switch will not go ahead.",
    # A past over-the-counter habit.
    "Sertraline continues. She used to buy Phenergan to sleep but has not bought any since the scan.",
    # A list whose items are split by semicolons, however many: the heading governs each item to the list's end.
    "Alternatives discussed: mirtazapine; venlafaxine 75 mg; duloxetine. Chosen: sertraline carries on at 50 mg.",
    "Sertraline continues. Stopped: zopiclone 7.5 mg at night; and pregabalin 75 mg, both at booking.",
    # A dose, a form or a route between the name and "was given".
    "Sertraline continues. Dihydrocodeine 30 mg tablets were given after the section and then stopped on day 2.",
    "Sertraline continues. Oxycodone 5 mg oral solution was used once in recovery and was stopped that evening.",
    # A bracketed note naming what replaced the item speaks of the replacement, not of the item.
    "Discontinued: venlafaxine 75 mg (changed to sertraline last spring). Continue: sertraline 50 mg daily.",
    "Continue: sertraline 50 mg. Stopped: mirtazapine (2023).",
    "Continue: sertraline 100 mg. Stopped: fluoxetine (2024).",
    "Alternatives considered: lamotrigine; levetiracetam. Chosen: continue sertraline 50 mg.",
]

_TAKEN = [
    "Current medicines: sertraline 50 mg, pregabalin 150 mg twice daily.",
    "Sertraline continues. Started: pregabalin 75 mg twice daily.",
    "Sertraline continues. Continue: diazepam 2 mg at night.",
    "Sertraline continues. Stopped: nothing; she still takes co-codamol for her back.",
    "Sertraline continues. Stopped: none. She takes zopiclone 7.5 mg at night.",
    "Sertraline continues. Stopped: co-codamol 30/500 at booking. She restarted co-codamol last week for back pain.",
    "Sertraline continues. Stopped: tramadol, and she now takes codeine 30 mg instead.",
    "Sertraline continues. Stopped and restarted: zopiclone 7.5 mg at night.",
    "Sertraline continues. Oramorph was given in recovery after the section and continues at night.",
    "Sertraline continues. She takes pregabalin 150 mg; its dose was stopped from rising.",
    # Generic heading words that list what she may take now.
    "Sertraline continues. Past medical history: epilepsy, controlled on lamotrigine 100 mg twice daily.",
    "Sertraline continues. Treatment options: pregabalin 75 mg at night, which she takes.",
    "Sertraline continues. Held at the pharmacy: zopiclone 7.5 mg, collected weekly.",
    "Sertraline continues. Dose held: pregabalin 150 mg twice daily, not increased in pregnancy.",
    # After a semicolon, a sentence that is no item of the list ends it.
    "Sertraline continues. Alternatives discussed: mirtazapine; she now takes quetiapine 25 mg at night.",
    "Sertraline continues. Stopped: tramadol; pregabalin 75 mg continues at night.",
    "Sertraline continues. Stopped: tramadol 50 mg (she restarted it in May).",
    "Sertraline continues. Oxycodone 5 mg capsules were given after the section and continue at night.",
]


@pytest.mark.parametrize("sentence", _UNTAKEN)
def test_a_medicine_under_a_heading_of_untaken_need_not_be_listed(sentence: str) -> None:
    assert not _refused(sentence)


@pytest.mark.parametrize("sentence", _TAKEN)
def test_a_medicine_she_takes_under_a_heading_must_be_listed(sentence: str) -> None:
    assert _refused(sentence)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from([*_UNTAKEN, *_TAKEN]), st.data())
def test_a_disguised_heading_is_judged_as_the_plain_one(sentence: str, data: st.DataObject) -> None:
    assert _refused(data.draw(disguised(sentence))) == _refused(sentence)
