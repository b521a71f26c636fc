"""Cases that kill the survivors of round 38's hand mutation of the gate (docs/safety/mutation-testing.md): each
fails on its mutant and passes on the gate, worded apart from the red-team corpora. Where the mutated code is a
rule, both ways: a record or text the rule refuses beside a near miss it passes."""

from __future__ import annotations

from medassess import record_from_data
from tests.gate.conclusions import METHADONE
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.test_concern_under_another_heading import _overall_codes
from tests.gate.test_copies import _TRIM_COPY, _TRIM_FIRST, copies, with_conclusions
from tests.gate.test_doses import SELF_CONTRADICTED, conclusion_issues
from tests.gate.test_heading_answers import _sedation
from tests.gate.test_medicine_rules import _joint, issues
from tests.test_rules import complete

# MA122, a concern's plan under a heading naming a medicine that does not raise it (concerns.py `_misplaced`).
_ASTRAY = "Sertraline: 100 mg goes on; she is drowsy after her doses, so the infant never shares her bed.\n"


# Said of its own medicine as well (under that one's heading), the plan is not given to the wrong medicine alone.
def test_round_38_a_plan_under_the_wrong_heading_and_under_its_own_stands() -> None:
    own = (
        "Methadone: 60 mg goes on; she is groggy after each dose, so no bed or sofa sharing with the infant; the ward "
        "scores the newborn for three days."
    )
    astray_only = "Methadone: 60 mg goes on; the ward scores the newborn for three days."
    assert "MA122" not in _overall_codes(_ASTRAY + own)
    assert "MA122" in _overall_codes(_ASTRAY + astray_only)


# Said under a heading naming no medicine ("Baby:"), the plan is said of every medicine: a clause under no medicine's
# heading counts as said elsewhere.
def test_round_38_a_plan_under_the_wrong_heading_and_under_the_baby_s_stands() -> None:
    methadone = "Methadone: 60 mg goes on, as stopping risks relapse; the ward scores the newborn for three days."
    baby = "\nBaby: never in her bed or on the sofa with her, as she is drowsy after doses."
    assert "MA122" not in _overall_codes(_ASTRAY + methadone + baby)
    assert "MA122" in _overall_codes(_ASTRAY + methadone)


# A heading naming one medicine with a word for all of them ("Sertraline and all medicines:") heads every medicine's
# plan, not only that one's.
def test_round_38_a_heading_with_a_joint_word_heads_every_medicine() -> None:
    text = (
        "Methadone: 60 mg goes on, as stopping risks relapse.\n{}: she is drowsy after her doses, so the infant never "
        "shares her bed or sofa; the ward scores the newborn for three days."
    )
    assert "MA122" not in _overall_codes(text.format("Sertraline and all medicines"))
    assert "MA122" in _overall_codes(text.format("Sertraline"))


# MA122, a hand-over to her wish negated (`left_to_her`, not after "not"): "is not up to mum" keeps the plan.
def test_round_38_a_watch_said_not_to_be_up_to_her_is_a_plan() -> None:
    text = (
        "Methadone goes on at the same dose. Whether the newborn is scored for withdrawal on the ward for three days "
        "is {} up to mum{}"
    )
    assert _codes(METHADONE, text.format("not", ": the ward midwives do it.")) == set()
    assert _codes(METHADONE, text.format("entirely", ".")) & {"MA103", "MA104", "MA122"}


# MA119, a bracket that adds a medicine (`in_bracket_aside`): the medicine named outside the bracket too is decided
# by its sentence, so a pointer for it elsewhere is no second conclusion; bracketed only, the pointer is its own.
def test_round_38_a_medicine_named_in_and_beside_a_bracket_is_decided_there() -> None:
    pointer = (
        "; her newborn is scored for opioid withdrawal for three days on the ward. Regarding sertraline, please "
        "refer to the perinatal psychiatrist's letter."
    )
    head = "The methadone (plus her sertraline) carries on unchanged"
    assert issues(_joint(head + ", the sertraline at 100 mg" + pointer), "MA119") == []
    assert issues(_joint(head + pointer), "MA119") != []


# MA119, a part naming a medicine only in a bracket that adds it to nothing else it names (`_named_in_brackets`'
# "fewer than all" guard): the part is that medicine's own, and decides it.
def test_round_38_a_part_naming_only_a_bracketed_medicine_decides_it() -> None:
    head = "Methadone 60 mg carries on; the newborn is scored for opioid withdrawal for three days on the ward."
    pointer = " Regarding sertraline, please refer to the perinatal psychiatrist's letter."
    assert issues(_joint(head + " Unchanged too (and sertraline)." + pointer), "MA119") == []
    assert issues(_joint(head + pointer), "MA119") != []


# MA121, a copy pasted and trimmed, at the shipped `copy_contained_similarity` (0.9): two words of its own in sixteen
# that say something (14/16) is under it and no copy; one (15/16) is a copy.
def test_round_38_a_trimmed_copy_with_two_words_of_its_own_is_no_copy() -> None:
    one = _TRIM_COPY.replace("seizure", "fit")
    assert [p for p, _ in copies(with_conclusions(_TRIM_FIRST, one))] == ["$.assessments[1].conclusion"]
    assert copies(with_conclusions(_TRIM_FIRST, one.replace("midwife", "nurse"))) == []


# MA121, a trimmed copy between two assessments of the same medicines: they may agree (the text naming neither).
def test_round_38_two_assessments_of_the_same_medicines_may_share_a_trimmed_conclusion() -> None:
    data = complete()
    both = [data["assessments"][0]["medicine_ids"][0], data["assessments"][1]["medicine_ids"][0]]
    data["assessments"][0]["conclusion"], data["assessments"][1]["conclusion"] = _TRIM_FIRST, _TRIM_COPY
    assert [p for p, _ in copies(record_from_data(data))] == ["$.assessments[1].conclusion"]
    for assessment in data["assessments"][:2]:
        assessment["medicine_ids"] = list(both)
    assert copies(record_from_data(data)) == []


# MA127, a heading's bare "no" with a comma after it (`_HEADING_ANSWER`): it answers the heading, and does not deny
# the word after the comma ("Bed sharing: no, drowsiness ..." says she is drowsy); the "no" before the word denies it.
def test_round_38_a_heading_s_no_before_a_comma_does_not_deny_what_follows() -> None:
    assert not _sedation("yes").said_otherwise_in("Bed sharing with the infant: no, drowsiness after the evening dose.")
    assert _sedation("yes").said_otherwise_in("No drowsiness after the evening dose, so bed sharing is fine.")


# MA130, a dose restated in one conclusion (`self_contradicted`'s 1% tolerance): a day's dose 5% off the one that
# continues is another dose; the same one restated is not.
def test_round_38_a_restated_dose_five_percent_off_contradicts_the_one_that_continues() -> None:
    text = "Sertraline 100 mg daily remains; she takes {} mg daily. Baby watched for adaptation after birth."
    assert [i for i in conclusion_issues(text.format(95)) if i[1] == SELF_CONTRADICTED] == [
        ("$.assessments[1].conclusion", SELF_CONTRADICTED)
    ]
    assert [i for i in conclusion_issues(text.format(100)) if i[1] == SELF_CONTRADICTED] == []
