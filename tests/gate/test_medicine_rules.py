"""MA117-MA120 and exposure windows, each both ways: a record where the rule must fire, a near miss where not."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from medassess.gate.facts import RecordFacts
from tests.gate.disguise import disguised
from tests.redteam.disguise import homoglyphs
from tests.test_rules import COMPLETE, TODAY, complete

Data = dict[str, Any]
DMD = "https://dmd.nhs.uk"


def issues(data: Data, code: str) -> list[tuple[str, str]]:
    return [(i.path, i.message) for i in check(record_from_data(data), today=TODAY) if i.code == code]


def with_medicine(**medicine: Any) -> Data:
    data = complete()
    data["medicines"].append({"id": "med-extra", **medicine})
    return data


# ------------------------------------------------------------------------------------------------------------
# MA117 medicine-unrecognised


@pytest.mark.parametrize("name", ["Doublebase gel", "Xailin night eye ointment", "Paracetamol and xylometazoline"])
def test_an_unrecognised_uncoded_medicine_without_a_reason_is_refused(name: str) -> None:
    found = issues(with_medicine(name=name), "MA117")
    assert [p for p, _ in found] == ["$.medicines[2].not_of_concern_reason"]
    assert name.split()[0].lower() not in found[0][1].lower()  # the message quotes no input


@pytest.mark.parametrize("reason", [None, "", "n/a", "None.", "ok fine"])
def test_a_placeholder_or_too_short_reason_does_not_count(reason: str | None) -> None:
    assert issues(with_medicine(name="Doublebase gel", not_of_concern_reason=reason), "MA117")


@pytest.mark.parametrize(
    "medicine",
    [
        {"name": "Doublebase gel", "not_of_concern_reason": "Emollient applied to dry skin; not absorbed."},
        {"name": "Paracetamol 500mg tablets"},
        {"name": "Folic acid 400microgram tablets"},
        {"name": "Gaviscon Advance oral suspension"},
        # An emollient brand one letter from a brand of concern (Epimaz, carbamazepine) is the emollient, listed in
        # mappings/no-concern-medicines.toml (found by a twenty-second fresh corpus).
        {"name": "Epimax original cream"},
        {"name": "Ep\u0456max \u200boriginal cream"},
        {"name": "Doublebase gel", "flagged": True},
        {"name": "Amoxicillin 500mg capsules", "code": {"system": DMD, "code": "323509004", "display": "x"}},
    ],
)
def test_recognised_coded_flagged_or_explained_medicines_pass_ma117(medicine: Data) -> None:
    assert not issues(with_medicine(**medicine), "MA117")


@pytest.mark.parametrize(
    ("name", "needs_assessment"),
    [("Epimax original cream", False), ("Epimaz 200mg tablets", True), ("Ep\u0456maz 200mg tablets", True)],
)
def test_a_listed_emollient_is_not_read_as_the_brand_of_concern_it_is_one_letter_from(
    name: str, needs_assessment: bool
) -> None:
    assert bool(issues(with_medicine(name=name), "MA101")) is needs_assessment


# A close slip of a medicine of no concern is that medicine; a word as far from it as another laxative, or a
# slip of a medicine of concern, is not cleared so.
_NO_CONCERN_SLIPS = [
    ("Lactulos 3.35g/5ml oral solution", "MA117", False),
    ("Paracetemol 500mg caplets", "MA117", False),
    ("Lactitol 10g oral powder sachets", "MA117", True),
    ("Paroxetene 20mg tablets", "MA101", True),  # paroxetine, of concern: needs its assessment
]


@pytest.mark.parametrize(("name", "code", "refused"), _NO_CONCERN_SLIPS)
def test_a_close_slip_of_a_medicine_of_no_concern_passes_and_a_far_one_is_refused(
    name: str, code: str, refused: bool
) -> None:
    assert bool(issues(with_medicine(name=name), code)) is refused


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_NO_CONCERN_SLIPS), st.data())
def test_a_disguised_slip_of_a_medicine_of_no_concern_is_judged_as_the_plain_one(
    case: tuple[str, str, bool], data: st.DataObject
) -> None:
    name, code, refused = case
    assert bool(issues(with_medicine(name=data.draw(disguised(name))), code)) is refused


# Everyday medicines of no perinatal concern (mappings/no-concern-medicines.toml) written bare pass; a close
# relative not on that list (less evidence in pregnancy) still needs the clinician's reason, and a sedating
# antihistamine is of concern however everyday it is.
_EVERYDAY = [
    ("Lansoprazole 30mg orodispersible tablets", "MA117", False),
    ("Omeprazole 20mg gastro-resistant capsules", "MA117", False),
    ("Loratadine 5mg/5ml oral solution", "MA117", False),
    ("Cetirizine 10mg tablets", "MA117", False),
    ("Clotrimazole 2% cream", "MA117", False),
    ("Salbutamol 100micrograms/dose inhaler", "MA117", False),
    ("Beclometasone 100micrograms/dose inhaler", "MA117", False),
    ("Esomeprazole 20mg gastro-resistant tablets", "MA117", True),
    ("Fexofenadine 120mg tablets", "MA117", True),
    ("Chlorphenamine 4mg tablets", "MA101", True),
]


@pytest.mark.parametrize(("name", "code", "refused"), _EVERYDAY)
def test_everyday_medicines_of_no_concern_pass_and_their_unlisted_relatives_are_refused(
    name: str, code: str, refused: bool
) -> None:
    assert bool(issues(with_medicine(name=name), code)) is refused


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_EVERYDAY), st.data())
def test_a_disguised_everyday_medicine_is_judged_as_the_plain_one(
    case: tuple[str, str, bool], data: st.DataObject
) -> None:
    name, code, refused = case
    assert bool(issues(with_medicine(name=data.draw(disguised(name))), code)) is refused


# A two-letter slip of a medicine the record already holds (its assessment's conclusion names it, or another
# entry lists it) is that medicine; the same slip of a medicine the record does not hold, or three letters off,
# is no medicine medassess recognises (mappings/names.toml [fuzzy] held_max_edits).
def _renamed(mid: str, name: str) -> Data:
    data = complete()
    for medicine in data["medicines"]:
        if medicine["id"] == mid:
            medicine["name"] = name
            medicine.pop("code")
    return data


def _slip_record(case: str) -> Data:
    if case == "assessed":  # sertraline, assessed and concluded on by name, written two letters off
        return _renamed("med-sertraline", "Sertrilime 50mg tablets")
    if case == "listed":  # methadone, listed by its right name too, and a second entry two letters off
        return with_medicine(name="Mithadome 1mg/ml oral solution")
    if case == "three-off":  # three letters off the assessed sertraline
        return _renamed("med-sertraline", "Sertrilimo 50mg tablets")
    return with_medicine(name="Diazapan 5mg tablets")  # diazepam, which this record neither lists nor assesses


_HELD_SLIPS = [("assessed", False), ("listed", False), ("three-off", True), ("not-held", True)]


@pytest.mark.parametrize(("case", "refused"), _HELD_SLIPS)
def test_a_two_letter_slip_of_a_medicine_the_record_holds_is_that_medicine(case: str, refused: bool) -> None:
    data = _slip_record(case)
    assert bool(issues(data, "MA117")) is refused
    assert refused or not issues(data, "MA120")


def test_a_two_letter_slip_of_a_held_medicine_needs_its_assessment() -> None:
    data = with_medicine(name="Mithadome 1mg/ml oral solution")
    assert [p for p, _ in issues(data, "MA101")] == ["$.medicines[2]"]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_HELD_SLIPS), st.data())
def test_a_disguised_slip_of_a_held_medicine_is_judged_as_the_plain_one(
    case: tuple[str, bool], data: st.DataObject
) -> None:
    record = _slip_record(case[0])
    for medicine in record["medicines"]:
        if "code" not in medicine:
            medicine["name"] = data.draw(disguised(medicine["name"]))
    assert bool(issues(record, "MA117")) is case[1]


# ------------------------------------------------------------------------------------------------------------
# MA118 concerning-medicine-uncoded (a warning)


def test_an_uncoded_medicine_of_concern_is_warned_not_refused() -> None:
    data = with_medicine(name="Phenergan 25mg tablets")
    found = [i for i in check(record_from_data(data), today=TODAY) if i.code == "MA118"]
    assert {i.path for i in found} >= {"$.medicines[2].code"}
    assert all(i.severity == "warning" for i in found)


def test_a_coded_medicine_of_concern_is_not_warned() -> None:
    data = complete()
    data["medicines"][0]["code"] = {"system": DMD, "code": "42128311000001104", "display": "Diazepam 5mg tablets"}
    assert not issues(data, "MA118")


# ------------------------------------------------------------------------------------------------------------
# MA119 conclusion-omits-medicine


def _joint(conclusion: str) -> Data:
    """Methadone and sertraline under one assessment with this conclusion."""
    data = complete()
    data["assessments"][0]["medicine_ids"] = ["med-methadone", "med-sertraline"]
    data["assessments"][0]["conclusion"] = conclusion
    del data["assessments"][1]
    return data


@pytest.mark.parametrize(
    "conclusion",
    [
        "Continue at the same dose through pregnancy; observe the baby for withdrawal and no co-sleeping.",
        "Methadone 60 mg continues; observe the baby for withdrawal for 72 hours and no co-sleeping.",
        "Continue the SSRI and the opioid substitution; observe the baby for withdrawal, no co-sleeping.",
    ],
)
def test_a_joint_conclusion_that_omits_a_medicine_is_refused(conclusion: str) -> None:
    assert {p for p, _ in issues(_joint(conclusion), "MA119")} == {"$.assessments[0].conclusion"}


@pytest.mark.parametrize(
    "conclusion",
    [
        "Methadone and sertraline continue; observe the baby for withdrawal for 72 hours; no co-sleeping.",
        "Physeptone and Lustral continue unchanged; observe the baby for withdrawal; no co-sleeping at home.",
        "M\u0435thadone and sertr\u200baline continue; observe the baby for withdrawal; no co-sleeping at home.",
        "Metadone and setraline continue unchanged; observe the baby for withdrawal; no co-sleeping at home.",
        "Metadoan and Setrayleen continue unchanged; observe the baby for withdrawal; no co-sleeping at home.",
    ],
)
def test_a_joint_conclusion_naming_each_medicine_in_any_form_passes(conclusion: str) -> None:
    assert not issues(_joint(conclusion), "MA119")


_METHADONE_PART = (
    "Methadone 60 mg continues: the baby is scored for withdrawal for 72 hours on the ward; breastfeeding is "
    "encouraged and there is no co-sleeping after a dose."
)


@pytest.mark.parametrize(
    "sertraline_part",
    [
        "Sertraline: see the perinatal mental health letter.",
        "Sertraline: awaiting the psychiatrist's view.",
        "Sertraline - no concerns.",
        "Sertraline: not applicable.",
        "Sertraline; plan as per psychiatry.",
        "Sertraline: no change.",
        # A report of what was done, with the date or "today" it was done.
        "Sertraline: reviewed on 2 March by the perinatal team.",
        "Sertraline: discussed today with the perinatal team.",
        "Sertraline: the psychiatrist's letter of 1 March applies.",
        "Sertraline: the psychiatrist's view is awaited.",
    ],
)
def test_a_joint_conclusion_that_only_defers_or_dismisses_one_of_its_medicines_is_refused(sertraline_part: str) -> None:
    found = issues(_joint(f"{_METHADONE_PART} {sertraline_part}"), "MA119")
    assert found == [
        (
            "$.assessments[0].conclusion",
            "the conclusion of assessment asm-methadone names medicine med-sertraline only to defer or dismiss it: "
            "say what is decided about it",
        )
    ]


@pytest.mark.parametrize(
    "sertraline_part",
    [
        # Something decided about it, beside a pointer or a dismissal.
        "Sertraline: see the psychiatry letter for the dose; relapse is likely if it stops, so it continues.",
        "Sertraline: no concerns, as she has been well on it for a year and stopping risks relapse.",
        "Sertraline continues at 100 mg.",
        "Sertraline: unchanged.",
        # A pointer inside the same conclusion, and what follows the pointer about it.
        "Sertraline: as above, the same watch on the ward covers it.",
        "Sertraline: awaiting the psychiatrist's view. Until then it continues, as stopping risks relapse.",
        # Said of both medicines together before either is taken alone.
        "Both medicines continue and the baby is watched for 72 hours. Sertraline: see the psychiatry letter.",
    ],
)
def test_a_joint_conclusion_deciding_something_of_each_medicine_passes(sertraline_part: str) -> None:
    assert issues(_joint(f"{_METHADONE_PART} {sertraline_part}"), "MA119") == []


# A sentence that only acknowledges one medicine (its name and a recording word: "is noted") leaves it: the unnamed part
# after it goes on with what came before, not with the medicine acknowledged (found passing once a joint
# assessment's false MA127 was read right, by a ninety-seventh fresh corpus). With content beside the name, or a
# part after it that opens on "it", the part stays that medicine's.
ACKNOWLEDGED_THEN = [
    ("Sertraline is noted. No co-sleeping after a dose; the health visitor checks at each visit.", True),
    ("Sertraline: noted. The ward watches the baby for 72 hours.", True),
    ("Sertraline is also noted. Breastfeeding is encouraged.", True),
    ("Sertraline is noted for relapse risk. It continues at 100 mg, as stopping risks relapse.", False),
    ("Sertraline is noted. It continues at 100 mg, as stopping risks relapse.", False),
    ("Sertraline continues at 100 mg. The ward watches the baby for 72 hours.", False),
    # An acknowledgement that a semicolon joins to the next item hands that item to its medicine: the list goes on.
    ("Sertraline noted; keep to 100 mg daily, the GP reviewing mood at 6 weeks.", False),
    ("Sertraline is logged; continue 100 mg daily with a mood review at 6 weeks.", False),
    ("Sertraline noted. Keep to 100 mg daily, the GP reviewing mood at 6 weeks.", True),
    ("The health visitor checks the cot at each visit; sertraline is noted.", True),
    # A bare name heads what follows: nothing is acknowledged.
    ("Sertraline. Continue 100 mg, as relapse is likely if it stops.", False),
    ("Sertraline; continue 100 mg, as relapse is likely if it stops.", False),
    ("Regarding sertraline. Continue 100 mg, as relapse is likely if it stops.", False),
]


@pytest.mark.parametrize(("sertraline_part", "refused"), ACKNOWLEDGED_THEN)
def test_a_part_after_an_acknowledged_medicine_goes_on_before_it(sertraline_part: str, refused: bool) -> None:
    assert bool(issues(_joint(f"{_METHADONE_PART} {sertraline_part}"), "MA119")) is refused


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(ACKNOWLEDGED_THEN), st.data())
def test_a_disguised_acknowledgement_is_judged_like_the_plain_one(case: tuple[str, bool], data: st.DataObject) -> None:
    part, refused = case
    assert bool(issues(_joint(f"{_METHADONE_PART} {data.draw(disguised(part))}"), "MA119")) is refused


# A dose the medicine moves to, written short ("down to", "up to", "now on" right before an amount), decides it as
# "reduce to" does; the same words before no amount, or after a past ("was down to"), and a bare pointer, do not.
DOSE_MOVES = [
    ("Sertraline: coming down to 75 mg at breakfast.", False),
    ("Sertraline - now on 75 mg at breakfast.", False),
    ("Sertraline: up to 150 mg from next week.", False),
    ("Sertraline dropping to 75 mg at breakfast.", False),
    ("Sertraline: was down to 75 mg last spring.", True),
    ("Sertraline: down to the psychiatrist.", True),
    ("Sertraline: refer to the clinic letter.", True),
]


@pytest.mark.parametrize(("sertraline_part", "refused"), DOSE_MOVES)
def test_a_dose_the_medicine_moves_to_decides_it(sertraline_part: str, refused: bool) -> None:
    assert bool(issues(_joint(f"{_METHADONE_PART} {sertraline_part}"), "MA119")) is refused


def test_a_dose_move_alone_in_a_conclusion_names_its_medicine_with_a_decision() -> None:
    data = complete()
    data["assessments"][1]["conclusion"] = "sertraline: coming down to 75 mg at breakfast."
    assert issues(data, "MA119") == []
    data["assessments"][1]["conclusion"] = "sertraline: see the clinic letter."
    assert issues(data, "MA103")  # a pointer alone is a placeholder, left to MA103


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(DOSE_MOVES), st.data())
def test_a_disguised_dose_move_is_judged_like_the_plain_one(case: tuple[str, bool], data: st.DataObject) -> None:
    part, refused = case
    assert bool(issues(_joint(f"{_METHADONE_PART} {data.draw(disguised(part))}"), "MA119")) is refused


def test_a_joint_conclusion_that_opens_on_both_medicines_then_defers_one_passes() -> None:
    conclusion = (
        "Methadone and sertraline both continue; the baby is scored for withdrawal and adaptation for 72 hours. "
        "Sertraline: see the psychiatry letter."
    )
    assert issues(_joint(conclusion), "MA119") == []


def _three(conclusion: str) -> Data:
    """Methadone, sertraline and a listed pregabalin under one assessment with this conclusion."""
    data = _joint(conclusion)
    pregabalin = copy.deepcopy(data["medicines"][1])
    pregabalin.update(id="med-pregabalin", name="Pregabalin 100mg capsules", dose="100 mg twice daily")
    del pregabalin["code"]
    data["medicines"].append(pregabalin)
    data["assessments"][0]["medicine_ids"].append("med-pregabalin")
    return data


def _own_issues(data: Data) -> list[tuple[str, str]]:
    return [(p, m) for p, m in issues(data, "MA119") if p == "$.assessments[0].conclusion"]


# A joint word ("together", "both", "all") in a part that itself lists two or more of the conclusion's medicines
# speaks of those it lists, not of one it leaves out to defer in a later item (found passing by a ninety-sixth
# fresh corpus); in a part that lists none, it still speaks of them all.
_LISTED_TOGETHER = (
    "Pregabalin and methadone carry on unchanged, and together they make her drowsy, so the baby sleeps in "
    "the cot; "
)


@pytest.mark.parametrize(
    ("rest", "refused"),
    [
        ("sertraline: per the perinatal psychiatrist's letter; the baby is scored for withdrawal for 72 hours.", True),
        ("for sertraline, see the psychiatry clinic's plan; scores for withdrawal on the ward for three days.", True),
        ("sertraline: reduce to 50 mg each morning; see the psychiatry letter for the rest of the plan.", False),
        ("sertraline stays at 100 mg; the baby is scored for withdrawal for 72 hours.", False),
    ],
)
def test_a_joint_word_in_a_part_listing_medicines_speaks_of_those_listed(rest: str, refused: bool) -> None:
    assert bool(_own_issues(_three(_LISTED_TOGETHER + rest))) is refused


def test_a_joint_word_in_a_part_listing_none_speaks_of_all() -> None:
    conclusion = (
        "All three carry on unchanged and together make her drowsy, so the baby sleeps in the cot; pregabalin, "
        "methadone and sertraline are each at their listed doses; sertraline: see the psychiatry letter too."
    )
    assert _own_issues(_three(conclusion)) == []


@settings(max_examples=15, deadline=None)
@given(st.data())
def test_a_disguised_joint_word_beside_a_deferral_is_judged_like_the_plain_one(data: st.DataObject) -> None:
    rest = "sertraline: per the perinatal psychiatrist's letter; the baby is scored for withdrawal for 72 hours."
    assert _own_issues(_three(data.draw(disguised(_LISTED_TOGETHER + rest))))


@given(st.sampled_from(["Sertraline: see the perinatal mental health letter.", "Sertraline - no concerns."]), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_deferral_of_one_medicine_is_judged_like_the_plain_one(part: str, data: st.DataObject) -> None:
    plain = issues(_joint(f"{_METHADONE_PART} {part}"), "MA119")
    assert plain
    assert issues(_joint(f"{_METHADONE_PART} {data.draw(disguised(part))}"), "MA119") == plain


# A marked question naming a medicine asks, and decides nothing; the answer right after it decides what the
# question named (found by a fifty-fifth fresh corpus): "yes", "no: it continues". A question left unanswered, an
# answer that decides nothing, or one that turns at once to another medicine still leaves it undecided.
_ASKED = "Is sertraline stopped before the birth?"


@pytest.mark.parametrize(
    ("sertraline_part", "refused"),
    [
        (_ASKED, True),
        (f"{_ASKED} Unsure.", True),
        (f"{_ASKED} Maybe.", True),
        (f"{_ASKED} To be confirmed.", True),
        (f"{_ASKED} No, it carries on at 100 mg, as she relapsed the last time it was stopped.", False),
        (f"{_ASKED} Yes; she chose to stop it in the first trimester and has stayed well with talking therapy.", False),
        # A bare yes affirms the question in its own words (found refused by a fifty-ninth fresh corpus); a bare no
        # denies without saying what instead, and "yes" to a question of worry or review decides nothing.
        ("Keep sertraline at 100 mg through the birth? Yes.", False),
        ("Continue sertraline? Yes, 100 mg.", False),
        ("Continue sertraline? No.", True),
        ("Is sertraline a worry? No.", True),
        ("Any concerns about sertraline? Yes.", True),
        ("Sertraline reviewed? Yes.", True),
    ],
)  # fmt: skip
def test_a_marked_question_is_decided_by_the_answer_after_it(sertraline_part: str, refused: bool) -> None:
    found = issues(_joint(f"{_METHADONE_PART} {sertraline_part}"), "MA119")
    expected = [
        (
            "$.assessments[0].conclusion",
            "the conclusion of assessment asm-methadone names medicine med-sertraline only to defer or dismiss it: "
            "say what is decided about it",
        )
    ]
    assert found == (expected if refused else [])


def test_an_answer_deciding_what_a_question_named_beside_one_it_names_passes() -> None:
    conclusion = (
        "Are methadone and sertraline changed in pregnancy? No, though the methadone dose is reviewed at 32 weeks; "
        "the baby is scored for withdrawal for 72 hours and there is no co-sleeping after a dose."
    )
    assert issues(_joint(conclusion), "MA119") == []


def _partner_quetiapine(overall: str) -> Data:
    """The shipped record where the father takes quetiapine and the mother only paracetamol."""
    data: Data = json.loads((COMPLETE.parent / "postnatal-partner-quetiapine.json").read_text(encoding="utf-8"))
    data["overall_conclusion"]["text"] = overall
    return data


_NIGHTS = "; no co-sleeping with the baby on a bed or sofa, and the baby sleeps in its own crib."


# A conclusion whose one decision is about another of her medicines, not the one it covers: the part naming the
# covered medicine only notes it, and the part that decides speaks of the other (found by a twentieth fresh
# corpus). The same parts beside a decision about the covered medicine pass.
@pytest.mark.parametrize(
    ("overall", "refused"),
    [
        ("Quetiapine of the father's: recorded. Paracetamol 500 mg up to four times a day stays compatible with "
         "breastfeeding, and the baby needs no extra checks for it.", True),
        ("The partner's quetiapine was discussed with him. Regular paracetamol continues for her perineal pain; it "
         "does not reach the baby in amounts that matter.", True),
        ("The partner's quetiapine makes him hard to wake, so he never sleeps beside the baby and does no night "
         "feeds. Paracetamol continues for her pain and is compatible with breastfeeding.", False),
        ("Paracetamol continues for her pain. The father's quetiapine: he is drowsy at night, so the mother does "
         "the night feeds and the baby sleeps in its own crib, never on the sofa.", False),
    ],
)  # fmt: skip
def test_a_conclusion_deciding_only_another_of_her_medicines_is_refused(overall: str, refused: bool) -> None:
    found = issues(_partner_quetiapine(overall), "MA119")
    if refused:
        assert found == [
            (
                "$.overall_conclusion.text",
                "the overall conclusion names medicine med-partner-quetiapine only to defer or dismiss it: say what "
                "is decided about it",
            )
        ]
    else:
        assert found == []


@pytest.mark.parametrize(
    ("overall", "refused"),
    [
        ("Does the father's quetiapine change after the birth? No, paracetamol continues for her perineal pain and "
         "is compatible with breastfeeding.", True),
        ("Does the father's quetiapine change after the birth? No: it stays at 300 mg at night, so he never shares a "
         "bed or sofa with the baby, and paracetamol continues for her pain.", False),
    ],
)  # fmt: skip
def test_an_answer_turning_at_once_to_another_medicine_leaves_the_question_undecided(
    overall: str, refused: bool
) -> None:
    found = issues(_partner_quetiapine(overall), "MA119")
    assert bool(found) == refused


@given(
    st.sampled_from(
        [
            f"{_ASKED} Unsure.",
            f"{_ASKED} No, it carries on at 100 mg, as she relapsed the last time it was stopped.",
            "Continue sertraline? Yes, 100 mg.",
            "Is sertraline a worry? No.",
        ]
    ),
    st.data(),
)
@settings(max_examples=20, deadline=None)
def test_a_disguised_question_and_answer_is_judged_like_the_plain_one(part: str, data: st.DataObject) -> None:
    plain = issues(_joint(f"{_METHADONE_PART} {part}"), "MA119")
    assert issues(_joint(f"{_METHADONE_PART} {data.draw(disguised(part))}"), "MA119") == plain


@given(st.data())
@settings(max_examples=15, deadline=None)
def test_a_conclusion_deciding_only_another_medicine_is_judged_alike_in_disguise(data: st.DataObject) -> None:
    text = (
        "The partner's quetiapine was discussed with him. Regular paracetamol continues for her perineal pain; it "
        "does not reach the baby in amounts that matter."
    )
    plain = issues(_partner_quetiapine(text), "MA119")
    assert plain
    assert issues(_partner_quetiapine(data.draw(disguised(text))), "MA119") == plain


@pytest.mark.parametrize(
    "overall",
    [
        "She takes quetiapine 100 mg at night and is very hard to wake, so the father does the night feeds" + _NIGHTS,
        "Her nightly quetiapine makes her hard to rouse, so the father does the night feeds" + _NIGHTS,
        "The mother's quetiapine sedates her at night; the father does the night feeds" + _NIGHTS,
    ],
)
def test_a_partners_medicine_named_as_the_mothers_is_refused(overall: str) -> None:
    found = issues(_partner_quetiapine(overall), "MA120")
    labels = medicine_classes_label("quetiapine")
    assert found == [
        (
            "$.overall_conclusion.text",
            f"the overall conclusion names a medicine of concern ({labels}) as the mother's that the record's "
            "medicine list gives only to the partner",
        )
    ]


@pytest.mark.parametrize(
    "overall",
    [
        "The father's quetiapine makes him very hard to wake at night, so the mother does the night feeds" + _NIGHTS,
        "Her partner's quetiapine makes him drowsy at night, so she does the night feeds" + _NIGHTS,
        "She takes no quetiapine; his quetiapine makes him drowsy, so she does the night feeds" + _NIGHTS,
        "She keeps his quetiapine locked away from the baby; he is drowsy after it, so she does the night feeds"
        + _NIGHTS,
        # The baby's exposure, told as his: no parent's medicine.
        "Watch him for late withdrawal from his quetiapine exposure in the womb; the father does no night feeds"
        + _NIGHTS,
    ],
)
def test_a_partners_medicine_named_as_his_or_beside_her_passes(overall: str) -> None:
    assert issues(_partner_quetiapine(overall), "MA120") == []


# A near misspelling of the partner's medicine named as hers is read as his medicine given to her, as the exact
# name is, by the same slip conditions as an unlisted medicine (unlisted_slip_min_length, wordfreq Zipf 0); "she
# also takes" owns it as "she takes" does (found passing by a forty-eighth fresh corpus: "She also takes
# Quetiapene 50 mg at night").
_SLIPS_AS_HERS = [
    "Her quetiapin 25 mg leaves her groggy in the mornings, so the father does the early feeds" + _NIGHTS,
    "Mum also takes kwetiapine at bedtime and sleeps through crying, so the father does the night feeds" + _NIGHTS,
    "She is also on quetiapine 25 mg and is slow to wake, so the father does the night feeds" + _NIGHTS,
]


@pytest.mark.parametrize("overall", _SLIPS_AS_HERS)
def test_a_slip_of_the_partners_medicine_named_as_the_mothers_is_refused(overall: str) -> None:
    assert issues(_partner_quetiapine(overall), "MA120") == [
        (
            "$.overall_conclusion.text",
            f"the overall conclusion names a medicine of concern ({medicine_classes_label('quetiapine')}) as the "
            "mother's that the record's medicine list gives only to the partner",
        )
    ]


@pytest.mark.parametrize(
    "overall",
    [
        "His quetiapin 25 mg leaves him groggy in the mornings, so the mother does the early feeds" + _NIGHTS,
        "Dad also takes kwetiapine at bedtime and sleeps through crying, so she does the night feeds" + _NIGHTS,
        "She also keeps his quetiapin in a locked box; he is slow to wake, so she does the night feeds" + _NIGHTS,
    ],
)
def test_a_slip_of_the_partners_medicine_named_as_his_passes(overall: str) -> None:
    assert issues(_partner_quetiapine(overall), "MA120") == []


@given(st.sampled_from(_SLIPS_AS_HERS), st.data())
@settings(max_examples=10, deadline=None)
def test_a_disguised_slip_named_as_the_mothers_is_judged_like_the_plain_one(overall: str, data: st.DataObject) -> None:
    plain = issues(_partner_quetiapine(overall), "MA120")
    assert plain
    assert issues(_partner_quetiapine(data.draw(disguised(overall))), "MA120") == plain


# Where the partner's relationship says she is a woman (her wife, the baby's other mother), a mother's word that
# ends a word for her ("the co-mother takes", "the non-birth mother's") is the partner's (found refused by a
# fifty-ninth fresh corpus); the birth mother, "mum" or "the baby's mother" stay the mother's, and with a man as
# the partner every mother's word is hers.
def _female_partner_quetiapine(overall: str) -> Data:
    data = _partner_quetiapine(overall)
    data["partner"]["name"]["given"] = ["Danielle"]
    data["partner"]["relationship"] = "Her civil partner, a woman, and co-mother of the baby; lives with them"
    return data


_HERS_AS_CO_MOTHER = [
    "The other mum takes quetiapine 300 mg at night and sleeps through crying, so the birth mother feeds" + _NIGHTS,
    "The non-birth mother's quetiapine leaves her groggy until morning, so she does no night feeds" + _NIGHTS,
    "Baby's second mum is on quetiapine and is slow to wake, so the birth mother does the night feeds" + _NIGHTS,
]
_HERS_AS_THE_BIRTH_MOTHER = [
    "The birth mother takes quetiapine at night and is hard to wake, so her partner does the night feeds" + _NIGHTS,
    "The baby's mother is on quetiapine 300 mg and sleeps heavily, so the nights are her partner's" + _NIGHTS,
    "Mum takes quetiapine and is slow to wake, so the co-mother does the night feeds" + _NIGHTS,
]


@pytest.mark.parametrize("overall", _HERS_AS_CO_MOTHER)
def test_a_woman_partners_medicine_named_as_the_other_mothers_passes(overall: str) -> None:
    assert issues(_female_partner_quetiapine(overall), "MA120") == []


@pytest.mark.parametrize("overall", _HERS_AS_THE_BIRTH_MOTHER)
def test_a_woman_partners_medicine_named_as_the_birth_mothers_is_refused(overall: str) -> None:
    assert issues(_female_partner_quetiapine(overall), "MA120") == [
        (
            "$.overall_conclusion.text",
            f"the overall conclusion names a medicine of concern ({medicine_classes_label('quetiapine')}) as the "
            "mother's that the record's medicine list gives only to the partner",
        )
    ]


@pytest.mark.parametrize("overall", _HERS_AS_CO_MOTHER)
def test_an_other_mother_beside_a_man_as_the_partner_is_the_mother(overall: str) -> None:
    assert [path for path, _ in issues(_partner_quetiapine(overall), "MA120")] == ["$.overall_conclusion.text"]


@given(st.sampled_from(_HERS_AS_CO_MOTHER + _HERS_AS_THE_BIRTH_MOTHER), st.data())
@settings(max_examples=15, deadline=None)
def test_a_disguised_other_mother_is_judged_like_the_plain_one(overall: str, data: st.DataObject) -> None:
    plain = issues(_female_partner_quetiapine(overall), "MA120")
    assert bool(plain) == (overall in _HERS_AS_THE_BIRTH_MOTHER)
    assert issues(_female_partner_quetiapine(data.draw(disguised(overall))), "MA120") == plain


# Where the partner is a woman, "her" before the partner's listed medicine, with the partner named before it in its
# sentence (her own name, "the co-mother", "her wife", "the partner") and the mother's own name not named after,
# is the partner's (found refused by a sixty-fourth fresh corpus: "Sian takes her quetiapine"). With nothing
# naming the partner before it in its sentence, with the mother named between, or with a man as the partner,
# "her" stays the mother's.
_HER_AFTER_THE_WOMAN_PARTNER = [
    "Danielle is drowsy for hours after her quetiapine 300 mg, so the birth mother does the night feeds" + _NIGHTS,
    "Her wife Danielle keeps her nightly quetiapine locked away and is slow to wake, so Chloe feeds at night"
    + _NIGHTS,
    "The partner, who sleeps very deeply after her evening quetiapine, does no night feeds" + _NIGHTS,
]
_HER_AS_THE_MOTHER_BESIDE_A_WOMAN_PARTNER = [
    "Her quetiapine leaves her very drowsy, so Danielle does the night feeds" + _NIGHTS,
    "Danielle does the daytime care and Chloe takes her quetiapine at bedtime, so Danielle feeds at night" + _NIGHTS,
    "Danielle does the daytime care. Her quetiapine at bedtime leaves her slow to wake, so no night feeds" + _NIGHTS,
]


@pytest.mark.parametrize("overall", _HER_AFTER_THE_WOMAN_PARTNER)
def test_her_after_a_woman_partner_named_is_the_partners(overall: str) -> None:
    assert issues(_female_partner_quetiapine(overall), "MA120") == []


@pytest.mark.parametrize("overall", _HER_AS_THE_MOTHER_BESIDE_A_WOMAN_PARTNER)
def test_her_not_after_a_woman_partner_named_is_the_mothers(overall: str) -> None:
    assert issues(_female_partner_quetiapine(overall), "MA120") == [
        (
            "$.overall_conclusion.text",
            f"the overall conclusion names a medicine of concern ({medicine_classes_label('quetiapine')}) as the "
            "mother's that the record's medicine list gives only to the partner",
        )
    ]


@pytest.mark.parametrize("overall", _HER_AFTER_THE_WOMAN_PARTNER)
def test_her_after_a_man_partner_named_is_the_mothers(overall: str) -> None:
    data = _partner_quetiapine(overall.replace("Danielle", "Daniel").replace("Her wife", "Her husband"))
    assert [path for path, _ in issues(data, "MA120")] == ["$.overall_conclusion.text"]


@given(st.sampled_from(_HER_AFTER_THE_WOMAN_PARTNER + _HER_AS_THE_MOTHER_BESIDE_A_WOMAN_PARTNER), st.data())
@settings(max_examples=15, deadline=None)
def test_a_disguised_her_beside_a_woman_partner_is_judged_like_the_plain_one(overall: str, data: st.DataObject) -> None:
    plain = issues(_female_partner_quetiapine(overall), "MA120")
    assert bool(plain) == (overall in _HER_AS_THE_MOTHER_BESIDE_A_WOMAN_PARTNER)
    assert issues(_female_partner_quetiapine(data.draw(disguised(overall))), "MA120") == plain


def test_the_mothers_medicine_named_as_the_partners_is_refused() -> None:
    data = complete()
    data["overall_conclusion"]["text"] = (
        "His methadone 60 mg and her sertraline continue; the baby is scored for withdrawal for 72 hours, "
        "breastfeeding is encouraged and there is no co-sleeping."
    )
    assert [p for p, _ in issues(data, "MA120")] == ["$.overall_conclusion.text"]
    data["overall_conclusion"]["text"] = data["overall_conclusion"]["text"].replace("His", "Her")
    assert issues(data, "MA120") == []


# A brand that is also an English word (Sonata, zaleplon; Xanax, alprazolam) is read in a conclusion only where it
# is hers or his, or dosed: "she takes Sonata 10 mg", "her Xanax"; a piano sonata is no medicine.
_EVERYDAY_BRANDS = [
    ("Methadone 60 mg continues; she also takes Sonata 10 mg most nights, so there must be no co-sleeping.", True),
    ("Methadone 60 mg continues and her Xanax adds to the drowsiness: another adult does the night feeds.", True),
    ("Methadone 60 mg continues; she plays the baby a piano sonata at bedtime and there is no co-sleeping.", False),
    ("Methadone 60 mg continues; the Sonata ward midwives will score withdrawal for 72 hours, no co-sleeping.", False),
    ("Methadone 60 mg continues; her MST worker visits weekly and there must be no co-sleeping.", False),
]


@pytest.mark.parametrize(("text", "refused"), _EVERYDAY_BRANDS)
def test_an_english_word_brand_is_read_where_it_is_hers_or_dosed(text: str, refused: bool) -> None:
    data = complete()
    data["assessments"][0]["conclusion"] = text
    assert [p for p, _ in issues(data, "MA120")] == (["$.assessments[0].conclusion"] if refused else [])


def test_an_english_word_brand_she_takes_that_the_list_holds_passes() -> None:
    data = with_medicine(name="Sonata 10mg capsules")
    data["assessments"][0]["conclusion"] = _EVERYDAY_BRANDS[0][0]
    assert issues(data, "MA120") == []


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_EVERYDAY_BRANDS), st.data())
def test_a_disguised_english_word_brand_is_judged_as_the_plain_one(
    case: tuple[str, bool], data: st.DataObject
) -> None:
    record = complete()
    record["assessments"][0]["conclusion"] = data.draw(disguised(case[0]))
    assert bool(issues(record, "MA120")) is case[1]


# A one-word brand read only where it is written as one word (split_word_min_zipf in mappings/names.toml): "the
# night calm" is no Nightcalm, "Night-calm" is (found refused by a forty-seventh fresh corpus).
_NIGHTCALM = "Methadone 60 mg continues; {} there must be no co-sleeping."


@pytest.mark.parametrize(
    ("words", "refused"),
    [
        ("the home stays dark, the night calm, so", False),
        ("she is vegan in her diet and", False),
        ("she adds Night-calm at bedtime, so", True),
        ("she adds NIGHTCALM at bedtime, so", True),
    ],
)
def test_a_one_word_brand_is_read_only_as_one_word(words: str, refused: bool) -> None:
    data = complete()
    data["assessments"][0]["conclusion"] = _NIGHTCALM.format(words)
    expected = (
        "the conclusion of assessment asm-methadone names a medicine of concern (Sedating antihistamines (safe "
        "sleep and co-sleeping)) that the record's medicine list does not include"
    )
    assert issues(data, "MA120") == ([("$.assessments[0].conclusion", expected)] if refused else [])


# A one-word brand right after a title or a person's role word ("Sister Olena", "the registrar, Turgeon"), or right
# before a place noun ("Tarka Road surgery"), is a person's or a place's name, not a medicine (mappings/names.toml
# [proper_names]; found refused by a forty-eighth fresh corpus). Hers, dosed, or plainly taken it is still read.
_PROPER_NAMES = "Methadone 60 mg continues; {} and there must be no co-sleeping."


@pytest.mark.parametrize(
    "words",
    [
        "Sister Olena on the labour ward will score the baby for 72 hours,",
        "Prof. Turgeon agreed the plan by phone,",
        "the registrar, Turgeon, explained the withdrawal scoring,",
        "her health visitor Olena sees them weekly at home,",
        "the baby is weighed at the Tarka Road surgery each week,",
        "she moves to Olena House, a mother-and-baby unit, next month,",
    ],
)
def test_a_brand_read_as_a_persons_or_places_name_passes(words: str) -> None:
    assert issues(_with_conclusion(_PROPER_NAMES.format(words)), "MA120") == []


@pytest.mark.parametrize(
    ("words", "ingredient"),
    [
        ("her Olena 20 mg each morning lifts her mood,", "fluoxetine"),
        ("her registrar started Olena last week,", "fluoxetine"),
        ("the interpreter explained that Olena 20 mg goes on,", "fluoxetine"),
        ("Tarka goes on for her blood pressure", "trandolapril"),
        # Mutation round 29: a full stop after a title or role word ends the sentence unless the title is one of
        # `abbreviated_titles` ("Prof."): "the midwife. Olena goes on" names her medicine.
        ("the plan was agreed with the midwife. Olena goes on for her mood", "fluoxetine"),
        ("we spoke through her interpreter. Olena goes on each morning", "fluoxetine"),
    ],
)
def test_a_brand_she_takes_beside_a_persons_word_is_refused(words: str, ingredient: str) -> None:
    data = complete()
    data["assessments"][0]["conclusion"] = _PROPER_NAMES.format(words)
    expected = (
        f"the conclusion of assessment asm-methadone names a medicine of concern ({medicine_classes_label(ingredient)})"
        " that the record's medicine list does not include"
    )
    assert issues(data, "MA120") == [("$.assessments[0].conclusion", expected)]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            ("Dr Olena, the consultant psychiatrist, agreed the plan by phone,", False),
            ("the family walk the baby along the Tarka Trail most days,", False),
            ("she also takes Olena 20 mg each morning,", True),
        ]
    ),
    st.data(),
)
def test_a_disguised_persons_or_places_name_is_judged_as_the_plain_one(
    case: tuple[str, bool], data: st.DataObject
) -> None:
    plain, disguised_data = complete(), complete()
    plain["assessments"][0]["conclusion"] = _PROPER_NAMES.format(case[0])
    disguised_data["assessments"][0]["conclusion"] = data.draw(disguised(_PROPER_NAMES.format(case[0])))
    assert issues(disguised_data, "MA120") == issues(plain, "MA120")
    assert bool(issues(plain, "MA120")) is case[1]


# The mother's medicine and dose given to the baby (found by a forty-sixth fresh corpus): a medicine of concern named
# as the baby's, with the dose the list gives her in the same clause. The baby's own treatment, the baby's
# withdrawal beside her dose, or the baby's exposure is not.
_GIVEN_TO_THE_BABY = [
    "Her baby's sertraline 100 mg carries on each morning; the baby is watched for jitteriness for 48 hours after "
    "birth, methadone continues and breastfeeding is encouraged with no co-sleeping.",
    "Methadone and sertraline continue. Infant's methadone 60 ml daily is collected from the pharmacy, and the baby "
    "is scored for withdrawal for 72 hours with no co-sleeping.",
]


@pytest.mark.parametrize("overall", _GIVEN_TO_THE_BABY)
def test_the_mothers_medicine_and_dose_given_to_the_baby_is_refused(overall: str) -> None:
    data = complete()
    data["overall_conclusion"]["text"] = overall
    found = issues(data, "MA120")
    assert len(found) == 1
    path, message = found[0]
    assert path == "$.overall_conclusion.text"
    assert message.startswith("the overall conclusion names a medicine of concern (")
    assert message.endswith(
        ") as the baby's, at the dose the record's medicine list gives the mother (expected the mother's medicine "
        "named as the mother's)"
    )


@pytest.mark.parametrize(
    "overall",
    [
        "The baby's methadone withdrawal is scored for 72 hours while her methadone 60 mg continues; sertraline "
        "continues and there is no co-sleeping.",
        "Methadone 60 mg and sertraline continue; if scores stay high the baby's oral morphine starts at 40 "
        "micrograms/kg, and there is no co-sleeping.",
        "The baby's sertraline exposure at 100 mg is small; sertraline and methadone 60 mg continue, the baby is "
        "scored for withdrawal for 72 hours and there is no co-sleeping.",
        "Her sertraline 100 mg and methadone 60 mg continue; the baby's methadone level is not needed, the baby is "
        "scored for withdrawal for 72 hours and there is no co-sleeping.",
        # Mutation round 29: an amount in the clause that is not the dose the list gives her (a feed's volume) gives
        # the baby none of her medicine.
        "Her methadone 60 mg and sertraline continue; the baby's methadone withdrawal score is taken after each 90 ml "
        "feed for 72 hours, and there is no co-sleeping.",
    ],
)
def test_the_babys_withdrawal_treatment_or_exposure_beside_her_dose_passes(overall: str) -> None:
    assert issues(_with_overall(overall), "MA120") == []


@given(st.sampled_from(_GIVEN_TO_THE_BABY), st.data())
@settings(max_examples=10, deadline=None)
def test_a_disguised_medicine_given_to_the_baby_is_judged_like_the_plain_one(overall: str, data: st.DataObject) -> None:
    plain, disguised_data = complete(), complete()
    plain["overall_conclusion"]["text"] = overall
    disguised_data["overall_conclusion"]["text"] = data.draw(disguised(overall))
    assert issues(disguised_data, "MA120") == issues(plain, "MA120") != []


# The baby's own treatment, a medicine of concern the list need not hold (found refused by a forty-seventh fresh
# corpus: "the neonatal team starts the baby's own oral morphine"): named as the baby's, or as what the neonatal
# team treats the baby with. A parent's medicine reaching the baby, named as the baby's withdrawal, level or
# exposure, is still one the list must hold.
_THE_BABYS_OWN = [
    "Methadone 60 mg and sertraline continue. On the ward the infant's morphine is weaned over five days once "
    "scores settle, and there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue; when scores reach 8 twice the neonatal team treats with oral "
    "morphine, and breastfeeding goes on with no co-sleeping.",
    "Methadone 60 mg and sertraline continue. The baby is started on phenobarbital by the paediatricians for "
    "withdrawal seizures; there is no co-sleeping at home.",
]
_FROM_A_PARENT = [
    (
        "Methadone 60 mg and sertraline continue. The newborn's diazepam withdrawal is scored on the ward for a "
        "week; there is no co-sleeping.",
        ["Benzodiazepines and z-drugs"],
    ),
    (
        "Methadone 60 mg and sertraline continue. The baby's morphine and diazepam exposure means a week on the "
        "ward; there is no co-sleeping.",
        ["Opioids", "Benzodiazepines and z-drugs"],
    ),
    (
        "Methadone 60 mg and sertraline continue. The infant's lithium level is taken at 24 hours and there is no "
        "co-sleeping.",
        ["Lithium"],
    ),
]


@pytest.mark.parametrize("overall", _THE_BABYS_OWN)
def test_the_babys_own_treatment_needs_no_place_on_the_list(overall: str) -> None:
    assert issues(_with_overall(overall), "MA120") == []


@pytest.mark.parametrize(("overall", "labels"), _FROM_A_PARENT)
def test_a_parents_medicine_reaching_the_baby_is_still_one_the_list_must_hold(overall: str, labels: list[str]) -> None:
    assert issues(_with_overall(overall), "MA120") == [
        (
            "$.overall_conclusion.text",
            f"the overall conclusion names a medicine of concern ({label}) that the record's medicine list does "
            "not include",
        )
        for label in labels
    ]


def test_the_babys_own_treatment_at_the_mothers_listed_dose_is_still_refused() -> None:
    data = complete()
    data["overall_conclusion"]["text"] = (
        "Sertraline continues. The neonatal team gives methadone 60 mg once daily from birth, and there is no "
        "co-sleeping."
    )
    assert [p for p, _ in issues(data, "MA120")] == ["$.overall_conclusion.text"]


@given(st.sampled_from(_THE_BABYS_OWN + [text for text, _ in _FROM_A_PARENT]), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_babys_own_treatment_is_judged_like_the_plain_one(overall: str, data: st.DataObject) -> None:
    assert issues(_with_overall(data.draw(disguised(overall))), "MA120") == issues(_with_overall(overall), "MA120")


# The baby as the receiver of a medicine in any tense, active or passive, or the neonatal team as its giver, makes
# it the baby's (found by a fifty-second fresh corpus): at the dose the list gives the mother it is her medicine
# given to the baby and refused; the baby's own treatment needs no place on the list; a parent's medicine reaching
# the baby ("withdrawal scored by the neonatal team") still does.
_RECEIVED_BY_THE_BABY = [
    "Methadone and sertraline continue. From day one the infant will be given methadone 60 mg each morning for "
    "withdrawal signs, and there is no co-sleeping.",
    "Sertraline continues. The neonatal team will give methadone 60 mg at each feed on the ward; there is no "
    "co-sleeping.",
]
_THE_BABYS_TREATMENT_TOLD_AFTER = [
    "Methadone 60 mg and sertraline continue. The newborn is weighed daily and started on oral morphine by the "
    "paediatric team should scores climb; there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue. Severe withdrawal in babies can need phenobarbital from the "
    "neonatal unit; there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue. The infant will be given oral morphine at 40 micrograms/kg if scores "
    "stay high; there is no co-sleeping.",
]
_REACHING_THE_BABY_TOLD_AFTER = (
    "Methadone 60 mg and sertraline continue. Diazepam withdrawal is scored by the neonatal team for a week; there "
    "is no co-sleeping."
)


@pytest.mark.parametrize("overall", _RECEIVED_BY_THE_BABY)
def test_the_mothers_dose_received_by_the_baby_is_refused(overall: str) -> None:
    assert issues(_with_overall(overall), "MA120") == [
        (
            "$.overall_conclusion.text",
            "the overall conclusion names a medicine of concern (Opioid substitution therapy) as the baby's, at the "
            "dose the record's medicine list gives the mother (expected the mother's medicine named as the "
            "mother's)",
        )
    ]


@pytest.mark.parametrize("overall", _THE_BABYS_TREATMENT_TOLD_AFTER)
def test_the_babys_treatment_given_by_the_neonatal_team_needs_no_place_on_the_list(overall: str) -> None:
    assert issues(_with_overall(overall), "MA120") == []


def test_a_parents_medicine_reaching_the_baby_told_with_the_neonatal_team_is_still_refused() -> None:
    assert issues(_with_overall(_REACHING_THE_BABY_TOLD_AFTER), "MA120") == [
        (
            "$.overall_conclusion.text",
            "the overall conclusion names a medicine of concern (Benzodiazepines and z-drugs) that the record's "
            "medicine list does not include",
        )
    ]


@given(
    st.sampled_from(_RECEIVED_BY_THE_BABY + _THE_BABYS_TREATMENT_TOLD_AFTER + [_REACHING_THE_BABY_TOLD_AFTER]),
    st.data(),
)
@settings(max_examples=20, deadline=None)
def test_a_disguised_receiver_or_giver_is_judged_like_the_plain_one(overall: str, data: st.DataObject) -> None:
    assert issues(_with_overall(data.draw(disguised(overall))), "MA120") == issues(_with_overall(overall), "MA120")


# The baby told by a pronoun after a neonatal giver, and other verbs of receiving (found by a fifty-sixth fresh
# corpus: mappings/names.toml [mentions] `babies_by_pronoun`, `neonatal_givers`, `babies`): the baby's own treatment
# needs no place on the list, the mother's dose so received is refused, and "him" with no neonatal giver before it
# may be the father, so his medicine must still be listed.
_THE_BABYS_BY_PRONOUN = [
    "Methadone 60 mg and sertraline continue. If his scores climb, the paediatrician will treat him with oral "
    "morphine; there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue. The neonatal nurses start her on phenobarbital only if she has a "
    "seizure; there is no co-sleeping.",
    # Dosing is giving (found refused by a sixtieth fresh corpus).
    "Methadone 60 mg and sertraline continue. Should his scores stay high, the neonatal doctors dose him with oral "
    "morphine; there is no co-sleeping.",
]
_THE_MOTHERS_DOSE_RECEIVED = [
    "Methadone and sertraline continue. The neonatal nurses will give him methadone 60 mg each morning; there is no "
    "co-sleeping.",
    "Methadone and sertraline continue. From birth the newborn receives methadone 60 mg every day; there is no "
    "co-sleeping.",
    "Methadone and sertraline continue. On the ward the baby is dosed with methadone 60 mg at noon; there is no "
    "co-sleeping.",
    "Methadone and sertraline continue. The neonatal doctors dose him with methadone 60 mg daily; there is no "
    "co-sleeping.",
]
_HIM_WITH_NO_NEONATAL_GIVER = (
    "Methadone 60 mg and sertraline continue. The GP gives him diazepam for his back pain; there is no co-sleeping."
)


@pytest.mark.parametrize("overall", _THE_BABYS_BY_PRONOUN)
def test_the_babys_treatment_told_by_a_pronoun_after_a_neonatal_giver_passes(overall: str) -> None:
    assert issues(_with_overall(overall), "MA120") == []


@pytest.mark.parametrize("overall", _THE_MOTHERS_DOSE_RECEIVED)
def test_the_mothers_dose_received_by_the_baby_in_other_words_is_refused(overall: str) -> None:
    assert issues(_with_overall(overall), "MA120") == [
        (
            "$.overall_conclusion.text",
            "the overall conclusion names a medicine of concern (Opioid substitution therapy) as the baby's, at the "
            "dose the record's medicine list gives the mother (expected the mother's medicine named as the "
            "mother's)",
        )
    ]


def test_a_medicine_given_to_him_with_no_neonatal_giver_is_still_refused() -> None:
    assert issues(_with_overall(_HIM_WITH_NO_NEONATAL_GIVER), "MA120") == [
        (
            "$.overall_conclusion.text",
            "the overall conclusion names a medicine of concern (Benzodiazepines and z-drugs) that the record's "
            "medicine list does not include",
        )
    ]


@given(
    st.sampled_from(_THE_BABYS_BY_PRONOUN + _THE_MOTHERS_DOSE_RECEIVED + [_HIM_WITH_NO_NEONATAL_GIVER]), st.data()
)
@settings(max_examples=20, deadline=None)
def test_a_disguised_pronoun_or_receiving_verb_is_judged_like_the_plain_one(overall: str, data: st.DataObject) -> None:
    assert issues(_with_overall(data.draw(disguised(overall))), "MA120") == issues(_with_overall(overall), "MA120")


# The neonatal unit by any of its names is the neonatal team, in every verb form read for it, and a dose per kilo of
# body weight is a baby's dose (found refused by an eighty-eighth fresh corpus): the baby's own treatment so told needs
# no place on the list. The mother starting a medicine, dosed per kilo or not, is still hers.
_THE_UNIT_TREATS = [
    "Methadone 60 mg and sertraline continue. Should withdrawal scores climb, NICU starts oral morphine and weans it "
    "over a week; there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue. For seizures the NNU will give phenobarbital; there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue. The paediatricians start morphine by mouth only for high scores; there "
    "is no co-sleeping.",
    "Methadone 60 mg and sertraline continue. On the ward, morphine 50 micrograms/kg four-hourly if scores stay "
    "high; there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue. When scores reach 8, oral morphine 0.05 mg per kg six-hourly is "
    "begun; there is no co-sleeping.",
]
# The baby's doctors one by one are the neonatal team too, and what they do first before giving it ("reviews and
# starts") leaves the medicine the baby's (found refused by a ninety-fourth fresh corpus). Her own doctor starting
# one is still hers.
_THE_UNIT_TREATS += [
    "Methadone 60 mg and sertraline continue. With two high withdrawal scores the neonatologist examines and gives "
    "phenobarbital; there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue. If scores stay high the paediatrician sees the baby and starts oral "
    "morphine; there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue. The neonatal registrar will review and start morphine by mouth for "
    "high scores; there is no co-sleeping.",
]
# The team deciding on it, or seeing the baby to decide on it, is the team's choice of the baby's treatment (found
# refused by a hundred-and-eleventh fresh corpus); her GP deciding on it for her pain is still hers.
_THE_UNIT_TREATS += [
    "Methadone 60 mg and sertraline continue. On high scores the neonatologist reviews the baby to decide about "
    "phenobarbital; there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue. The paediatric team will decide on oral morphine if scores stay high; "
    "there is no co-sleeping.",
]
_THE_MOTHER_STARTS = [
    "Methadone 60 mg and sertraline continue. After the section her GP reviews and starts oral morphine for pain; "
    "there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue. She starts oral morphine 10 mg for her back pain; there is no "
    "co-sleeping.",
    "Methadone 60 mg and sertraline continue. Mum starts morphine 10 mg twice daily after the section; there is no "
    "co-sleeping.",
    "Methadone 60 mg and sertraline continue. Her oral morphine 0.1 mg/kg continues for pain; there is no "
    "co-sleeping.",
]
_THE_MOTHER_STARTS += [
    "Methadone 60 mg and sertraline continue. After the section her GP sees her to decide on oral morphine for "
    "pain; there is no co-sleeping.",
]


@pytest.mark.parametrize("overall", _THE_UNIT_TREATS)
def test_the_neonatal_unit_by_any_name_or_a_dose_per_kilo_is_the_babys_treatment(overall: str) -> None:
    assert issues(_with_overall(overall), "MA120") == []


@pytest.mark.parametrize("overall", _THE_MOTHER_STARTS)
def test_the_mother_starting_a_medicine_is_still_hers(overall: str) -> None:
    assert [p for p, _ in issues(_with_overall(overall), "MA120")] == ["$.overall_conclusion.text"]


@given(st.sampled_from(_THE_UNIT_TREATS + _THE_MOTHER_STARTS), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_unit_or_per_kilo_dose_is_judged_like_the_plain_one(overall: str, data: st.DataObject) -> None:
    assert issues(_with_overall(data.draw(disguised(overall))), "MA120") == issues(_with_overall(overall), "MA120")


# A start the baby's withdrawal scores trigger, or a medicine given where only babies are treated, is the baby's
# treatment (found refused by a hundred-and-first fresh corpus); a start of the mother's, or her pain scores, is not.
_STARTED_FOR_THE_BABY = [
    "Methadone 60 mg and sertraline continue. Three withdrawal scores above 8 trigger oral morphine; there is no "
    "co-sleeping.",
    "Methadone 60 mg and sertraline continue. Finnegan scores of 12 start morphine by mouth; there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue. If withdrawal is severe he will have phenobarbital in SCBU; there is no "
    "co-sleeping.",
    "Methadone 60 mg and sertraline continue. Severe withdrawal is treated with oral morphine for NAS; there is no "
    "co-sleeping.",
]
_STARTED_FOR_THE_MOTHER = [
    "Methadone 60 mg and sertraline continue. Her pain scores of 7 or more start oral morphine; there is no "
    "co-sleeping.",
    "Methadone 60 mg and sertraline continue. She has started morphine 10 mg for her hip; there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue. High scores mean she starts oral morphine; there is no co-sleeping.",
]


@pytest.mark.parametrize("overall", _STARTED_FOR_THE_BABY)
def test_a_start_triggered_by_the_babys_scores_or_on_the_unit_is_the_babys(overall: str) -> None:
    assert issues(_with_overall(overall), "MA120") == []


@pytest.mark.parametrize("overall", _STARTED_FOR_THE_MOTHER)
def test_a_start_of_the_mothers_beside_scores_is_still_hers(overall: str) -> None:
    assert [p for p, _ in issues(_with_overall(overall), "MA120")] == ["$.overall_conclusion.text"]


@given(st.sampled_from(_STARTED_FOR_THE_BABY + _STARTED_FOR_THE_MOTHER), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_start_for_the_baby_is_judged_like_the_plain_one(overall: str, data: st.DataObject) -> None:
    assert issues(_with_overall(data.draw(disguised(overall))), "MA120") == issues(_with_overall(overall), "MA120")


# Whose medicine a name is, is read from the words before it in its own sentence: a cue ending the sentence
# before ("a cot of his own.") says nothing of the name that opens the next (found refused by a thirty-eighth
# fresh corpus).
_ACROSS = "The baby sleeps in a cot of his own{} Methadone 60 mg and her sertraline continue; the baby is scored for " \
    "withdrawal for 72 hours, breastfeeding is encouraged and there is no co-sleeping."  # fmt: skip


@pytest.mark.parametrize("boundary", [".", "!", ";", ".\n"])
def test_an_owner_word_ending_the_sentence_before_does_not_own_the_next_name(boundary: str) -> None:
    data = complete()
    data["overall_conclusion"]["text"] = _ACROSS.format(boundary)
    assert issues(data, "MA120") == []


def test_an_owner_word_two_sentences_before_does_not_own_the_name() -> None:
    """Mutation round 28: the name's own sentence starts after the last sentence end before it, not the first ("his"
    in a sentence between two others owns nothing in the third)."""
    data = complete()
    data["overall_conclusion"]["text"] = "Home is calm. " + _ACROSS.format(".")
    assert issues(data, "MA120") == []


def test_an_owner_word_in_the_same_sentence_still_owns_the_name() -> None:
    data = complete()
    data["overall_conclusion"]["text"] = _ACROSS.format(",").replace("own, Methadone", "own, his methadone")
    assert [p for p, _ in issues(data, "MA120")] == ["$.overall_conclusion.text"]


@given(st.data())
@settings(max_examples=20, deadline=None)
def test_an_owner_word_across_a_sentence_is_judged_alike_in_disguise(data: st.DataObject) -> None:
    text = _ACROSS.format(".")
    assert issues(_with_overall(data.draw(disguised(text))), "MA120") == []


def _with_overall(text: str) -> Data:
    data = complete()
    data["overall_conclusion"]["text"] = text
    return data


def _with_conclusion(text: str) -> Data:
    """The complete record with its first assessment's (methadone's) conclusion replaced."""
    data = complete()
    data["assessments"][0]["conclusion"] = text
    return data


@given(st.sampled_from(["She takes quetiapine 100 mg at night", "The father's quetiapine at night"]), st.data())
@settings(max_examples=20, deadline=None)
def test_whose_medicine_is_read_alike_in_disguise(opening: str, data: st.DataObject) -> None:
    tail = ", so the other parent does the night feeds" + _NIGHTS
    plain = issues(_partner_quetiapine(opening + tail), "MA120")
    assert issues(_partner_quetiapine(data.draw(disguised(opening)) + tail), "MA120") == plain


def medicine_classes_label(ingredient: str) -> str:
    from medassess.gate.classes import medicine_classes
    from medassess.gate.names import identify

    catalogue = medicine_classes()
    return ", ".join(catalogue.classes[c].label for c in identify(ingredient).classes)


@pytest.mark.parametrize("name", ["Timonil 200mg tablets", "Dilantin 100mg capsules", "MST 10mg tablets"])
def test_a_brand_family_name_alone_in_the_medicines_list_needs_its_assessment(name: str) -> None:
    assert [p for p, _ in issues(with_medicine(name=name), "MA101")] == ["$.medicines[2]"]


def test_a_family_of_line_extensions_alone_in_the_medicines_list_is_not_taken_for_the_extension() -> None:
    """Plain Nurofen is ibuprofen (Nurofen Plus has codeine): no assessment demanded, but its classification is."""
    data = with_medicine(name="Nurofen 200mg tablets")
    assert issues(data, "MA101") == []
    assert [p for p, _ in issues(data, "MA117")] == ["$.medicines[2].not_of_concern_reason"]


def test_a_combination_product_is_named_by_its_ingredient_of_concern_not_its_paracetamol() -> None:
    data = complete()
    data["medicines"][0]["name"] = "Co-codamol 30mg/500mg tablets"
    path = "$.assessments[0].conclusion"

    def omitted(conclusion: str) -> bool:
        data["assessments"][0]["conclusion"] = conclusion
        return path in {p for p, _ in issues(data, "MA119")}

    assert omitted("Paracetamol-containing painkiller continues; no co-sleeping; observe.")
    assert not omitted("Co-codamol continues for now; no co-sleeping; observe for withdrawal.")
    assert not omitted("The codeine continues for now; no co-sleeping; observe for withdrawal.")


def test_a_brand_that_is_also_an_everyday_word_is_named_by_the_name_the_record_lists() -> None:
    # "Valium" is common enough in English that the name index does not look for it in free text at large; a
    # conclusion about the record's own "Valium 5mg tablets" still names it by that brand.
    data = complete()
    data["medicines"][0]["name"] = "Valium 5mg tablets"
    data["medicines"][0].pop("code", None)
    path = "$.assessments[0].conclusion"

    def omitted(conclusion: str) -> bool:
        data["assessments"][0]["conclusion"] = conclusion
        return path in {p for p, _ in issues(data, "MA119")}

    assert not omitted("Valium continues at 5 mg; it sedates, so no co-sleeping; observe the baby for withdrawal.")
    assert not omitted("Diazepam continues at 5 mg; it sedates, so no co-sleeping; observe the baby for withdrawal.")
    assert omitted("The tablets continue at 5 mg; they sedate, so no co-sleeping; observe the baby for withdrawal.")


_BY_SOUND = [
    # (medicine, needs its assessment): codeine spelt by sound, with a reason it raises no concern, is still
    # codeine; an English word respelt by sound is no medicine of concern, and its reason classifies it.
    ({"name": "Codeen 15mg tablets", "not_of_concern_reason": "Short course after the birth for perineal pain."}, True),
    ({"name": "Kodeyne 30mg tablets", "not_of_concern_reason": "Three days only, for pain after the section."}, True),
    ({"name": "Tryppyn herbal tea", "not_of_concern_reason": "A herbal tea with no active medicine in it."}, False),
    # Spelt exactly as a name of concern sounds (ph as f), though one letter from an English word ("moraine"):
    # in a medicine's own name it is that medicine. A supplement's word near no name once so spelt is not.
    (
        {"name": "Morfine sulphate 5mg modified-release capsules", "not_of_concern_reason": "Two days only."},
        True,
    ),
    ({"name": "Phortral 25mg tablets", "not_of_concern_reason": "A week's course for back pain."}, True),
    ({"name": "Moringa leaf capsules", "not_of_concern_reason": "A food supplement with no active medicine."}, False),
]


@pytest.mark.parametrize(("medicine", "unassessed"), _BY_SOUND)
def test_a_medicine_of_concern_spelt_by_sound_needs_its_assessment(medicine: Data, unassessed: bool) -> None:
    assert bool(issues(with_medicine(**medicine), "MA101")) is unassessed


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_BY_SOUND), st.data())
def test_a_disguised_medicine_spelt_by_sound_is_judged_as_the_plain_one(
    case: tuple[Data, bool], data: st.DataObject
) -> None:
    medicine, unassessed = case
    hidden = {**medicine, "name": data.draw(disguised(medicine["name"]))}
    assert bool(issues(with_medicine(**hidden), "MA101")) is unassessed


_SHORTENED = [
    # (medicine, needs its assessment): a medicine of concern in clinicians' shorthand, with a reason it raises no
    # concern, is still that medicine; a word that only begins like one ("Hydro"), with its reason, is classified
    # by the reason.
    ({"name": "Hydromorph 1.3mg capsules", "not_of_concern_reason": "Two days, for pain after the section."}, True),
    ({"name": "Sod val 200mg e/c tablets", "not_of_concern_reason": "For years, for epilepsy; she is well."}, True),
    ({"name": "Hydro cream 1%", "not_of_concern_reason": "Mild steroid cream for eczema on her hands only."}, False),
]


@pytest.mark.parametrize(("medicine", "unassessed"), _SHORTENED)
def test_a_medicine_of_concern_in_shorthand_needs_its_assessment(medicine: Data, unassessed: bool) -> None:
    assert bool(issues(with_medicine(**medicine), "MA101")) is unassessed


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_SHORTENED), st.data())
def test_disguised_shorthand_is_judged_as_the_plain_one(case: tuple[Data, bool], data: st.DataObject) -> None:
    medicine, unassessed = case
    hidden = {**medicine, "name": data.draw(disguised(medicine["name"]))}
    assert bool(issues(with_medicine(**hidden), "MA101")) is unassessed


_BETWEEN = [
    # (medicine, needs its assessment): a slip one edit from two benzodiazepines (flurazepam, lorazepam) is of
    # concern whichever was meant (found unread by a twenty-sixth fresh corpus: "Oxcarbamazepine"); a slip as near
    # an emollient of no concern as a brand of concern (Epimax, Epimaz) is left to its reason.
    ({"name": "Florazepam 15mg capsules", "not_of_concern_reason": "At night, for sleep, for years."}, True),
    ({"name": "Epimae cream", "not_of_concern_reason": "An emollient for dry skin on her hands; not absorbed."}, False),
]


@pytest.mark.parametrize(("medicine", "unassessed"), _BETWEEN)
def test_a_slip_between_medicines_all_of_concern_needs_its_assessment(medicine: Data, unassessed: bool) -> None:
    assert bool(issues(with_medicine(**medicine), "MA101")) is unassessed


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_BETWEEN), st.data())
def test_a_disguised_slip_between_medicines_is_judged_as_the_plain_one(
    case: tuple[Data, bool], data: st.DataObject
) -> None:
    medicine, unassessed = case
    hidden = {**medicine, "name": data.draw(disguised(medicine["name"]))}
    assert bool(issues(with_medicine(**hidden), "MA101")) is unassessed


_BEGUN = [
    # (the conclusion of the assessment covering the record's "Bupren 8mg sublingual tablets", linked): a
    # shortened name in the list is the medicine of concern its assessment's conclusion names in full, when that
    # name begins so (found refused by a twenty-sixth fresh corpus: "Bup"); a conclusion naming another medicine
    # leaves the shortened name unrecognised.
    ("Buprenorphine 8 mg daily continues; the baby is watched for withdrawal and there is no co-sleeping.", True),
    ("Methadone 60 mg daily continues; the baby is watched for withdrawal and there is no co-sleeping.", False),
]


def _begun_linked(conclusion: str) -> bool:
    data = complete()
    data["medicines"][0] = {**data["medicines"][0], "name": "Bupren 8mg sublingual tablets"}
    data["medicines"][0].pop("code")
    data["assessments"][0]["conclusion"] = conclusion
    data["overall_conclusion"]["text"] = "Sertraline continues. " + conclusion
    found = issues(data, "MA117") + issues(data, "MA120")
    return not found


@pytest.mark.parametrize(("conclusion", "linked"), _BEGUN)
def test_a_shortened_name_is_the_medicine_its_assessment_names_in_full(conclusion: str, linked: bool) -> None:
    assert _begun_linked(conclusion) is linked


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_BEGUN), st.data())
def test_a_disguised_conclusion_links_a_shortened_name_like_the_plain_one(
    case: tuple[str, bool], data: st.DataObject
) -> None:
    conclusion, linked = case
    assert _begun_linked(data.draw(disguised(conclusion))) is linked


def test_an_unlinked_shortened_name_is_refused_at_its_reason_and_quotes_nothing() -> None:
    data = complete()
    data["medicines"][0] = {**data["medicines"][0], "name": "Bupren 8mg sublingual tablets"}
    data["medicines"][0].pop("code")
    assert issues(data, "MA117") == [
        (
            "$.medicines[0].not_of_concern_reason",
            "medicine med-methadone has no dm+d code and its name is not one medassess recognises: record its dm+d "
            "code, flag it for assessment, or give the clinician's reason it raises no perinatal concern",
        )
    ]


_LISTED_AS_GENERIC = [
    # (conclusion about the record's "Diazepam 5mg tablets", names it): a historic brand is its name.
    ("Her Valium comes down by 1 mg a fortnight; it sedates, so no bed sharing; the baby is scored 5 days.", True),
    ("The tablets come down by 1 mg a fortnight; they sedate, so no bed sharing; the baby is scored 5 days.", False),
]


def _diazepam_concluded(conclusion: str) -> bool:
    data = complete()
    data["medicines"][0]["name"] = "Diazepam 5mg tablets"
    data["medicines"][0].pop("code", None)
    data["assessments"][0]["conclusion"] = conclusion
    return "$.assessments[0].conclusion" not in {p for p, _ in issues(data, "MA119")}


@pytest.mark.parametrize(("conclusion", "named"), _LISTED_AS_GENERIC)
def test_a_historic_brand_in_a_conclusion_names_the_generic_the_record_lists(conclusion: str, named: bool) -> None:
    assert _diazepam_concluded(conclusion) is named


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_LISTED_AS_GENERIC), st.data())
def test_a_disguised_historic_brand_is_judged_as_the_plain_one(case: tuple[str, bool], data: st.DataObject) -> None:
    conclusion, named = case
    assert _diazepam_concluded(data.draw(disguised(conclusion))) is named


@pytest.mark.parametrize(
    ("conclusion", "named"),
    [
        ("Methadone and Lyrca continue; observe the baby for withdrawal for 72 hours; no co-sleeping.", True),
        ("Methadone 60 mg and Lyrca 75 mg continue; observe the baby for withdrawal; no co-sleeping.", True),
        ("Methadone and L\u0443rca continue; observe the baby for withdrawal; no co-sleep\u00ading at home.", True),
        # A slip of another medicine's brand (Keppra), an English word, a slip two letters short: not named.
        ("Methadone and Kepra continue; observe the baby for withdrawal for 72 hours; no co-sleeping.", False),
        ("Methadone and lyric continue; observe the baby for withdrawal for 72 hours; no co-sleeping.", False),
        ("Methadone and Lyca continue; observe the baby for withdrawal for 72 hours; no co-sleeping.", False),
    ],
)
def test_a_five_letter_slip_of_a_covered_medicines_brand_names_it(conclusion: str, named: bool) -> None:
    """In free text at large a five-letter word is not read as a medicine; in a conclusion known to cover
    pregabalin, a slip of its brand Lyrica is that medicine."""
    data = _joint(conclusion)
    data["medicines"][1]["name"] = "Pregabalin 75mg capsules"
    data["medicines"][1].pop("code", None)
    omitted = "$.assessments[0].conclusion" in {p for p, _ in issues(data, "MA119")}
    assert omitted is not named


_SALT_LISTED = [
    # (conclusion of the assessment covering the record's "Levomepromazine maleate 25mg tablets", names it): the
    # generic named without its salt, or by its brand, is the listed salt form (found refused by a twenty-sixth
    # fresh corpus); another phenothiazine is not.
    ("Levomepromazine at night sedates her: no bed sharing, and her partner does the night feeds.", True),
    ("Her Nozinan at night sedates her: no bed sharing, and her partner does the night feeds.", True),
    ("Chlorpromazine at night sedates her: no bed sharing, and her partner does the night feeds.", False),
]


def _salt_listed(conclusion: str) -> tuple[bool, bool]:
    """(MA119 finds the conclusion names the listed salt form, MA120 finds it names no unlisted medicine)."""
    data = complete()
    data["medicines"][1] = {**data["medicines"][1], "name": "Levomepromazine maleate 25mg tablets"}
    data["medicines"][1].pop("code")
    data["assessments"][1]["conclusion"] = conclusion
    data["overall_conclusion"]["text"] = "Methadone and levomepromazine continue: " + conclusion
    path = "$.assessments[1].conclusion"
    return path not in {p for p, _ in issues(data, "MA119")}, path not in {p for p, _ in issues(data, "MA120")}


@pytest.mark.parametrize(("conclusion", "named"), _SALT_LISTED)
def test_a_generic_named_without_its_salt_names_the_listed_salt_form(conclusion: str, named: bool) -> None:
    assert _salt_listed(conclusion) == (named, named)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_SALT_LISTED), st.data())
def test_a_disguised_generic_without_its_salt_is_judged_as_the_plain_one(
    case: tuple[str, bool], data: st.DataObject
) -> None:
    conclusion, named = case
    assert _salt_listed(data.draw(disguised(conclusion))) == (named, named)


def test_the_overall_conclusion_must_name_every_medicine_needing_assessment() -> None:
    data = complete()
    data["overall_conclusion"]["text"] = "Continue methadone unchanged; no co-sleeping; observe the baby after birth."
    assert [p for p, _ in issues(data, "MA119")] == ["$.overall_conclusion.text"]


# ------------------------------------------------------------------------------------------------------------
# MA120 conclusion-names-unlisted-medicine


@pytest.mark.parametrize(
    "sentence",
    [
        "Sertraline continues alongside diazepam at night.",
        "She takes Subutex as well as sertraline.",
        "Sertraline and co-dydramol continue.",
        "Stopped citalopram, started sertraline and pregabalin.",  # pregabalin is taken: not contrasted
        "Switched from citalopram to sertraline; lamotrigine continues.",
        "Sertraline continues with Lyr\u0456ca at night.",  # disguised brand
        "Transferred from citalopram to sertraline; diazepam continues at night.",  # diazepam is taken
        "No on-top use; she takes diazepam at night with sertraline.",  # the negation ends with its sentence
        "She has been prescribed diazepam and continues sertraline.",  # prescribed, not negated
        "Sertraline continues; she takes pregabalin before bed.",  # "before" a time of day is not history
        "Sertraline continues; no change to her diazepam.",  # "no" right before the name only denies it
        "Sertraline and diazepam for the mother continue.",  # hers, not the baby's
        # "no" is not right before the list.
        "No change to the doses of sertraline or diazepam; no co-sleeping after the night dose.",
        "Switched from citalopram to sertraline with diazepam at night.",  # the list ends at "to"
        # A restart said plainly, and a start already made, are medicines she takes (near misses of the cues
        # for a medicine to avoid restarting and a start planned for later).
        "Sertraline continues; she will restart diazepam at night after the birth.",
        "Sertraline continues; a diazepam taper was started last week.",
        "Sertraline continues; pregabalin was added last month for nerve pain.",  # an addition made: taken
        # An earlier pregnancy, then now: "now" and "this pregnancy" end the history.
        "In her previous pregnancy sertraline alone sufficed; now she takes diazepam at night as well.",
        "In her first pregnancy she managed without, but this pregnancy she takes pregabalin with sertraline.",
        "Sertraline continues; she may need more rest, but takes diazepam at night.",  # "but" resumes
        "She tried citalopram, then diazepam now continues beside sertraline.",  # "then" ends the list
        # Every gap of the list must be a list's: "and" joins the first two, "then" still ends it.
        "She tried citalopram and fluoxetine, then diazepam now continues beside sertraline.",
        # What replaced a medicine is taken now (found passing by a forty-ninth fresh corpus).
        "Sertraline continues; her methadone has been replaced by diazepam at night.",
        "Sertraline continues; her methadone was replaced with pregabalin last month.",
    ],
)
def test_a_conclusion_relying_on_an_unlisted_medicine_of_concern_is_refused(sentence: str) -> None:
    data = complete()
    data["assessments"][1]["conclusion"] = sentence + " The maternity team will watch the baby after birth."
    found = issues(data, "MA120")
    assert [p for p, _ in found] == ["$.assessments[1].conclusion"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sertraline continues; avoid codeine-based painkillers.",
        "Sertraline continues instead of citalopram.",
        "Do not start mirtazapine; sertraline continues.",
        "Switched from citalopram to sertraline last year.",
        "Sertraline continues; citalopram was stopped in 2024.",
        "Sertraline continues; diazepam was replaced by sertraline's higher dose in 2024.",  # the one replaced
        "Sertraline continues; she replaced pregabalin with exercise and sleep hygiene.",
        "Sertraline continues; codeine and tramadol should be avoided.",
        "Sertraline continues; she should avoid co-codamol, tramadol and morphine.",
        "Sertraline continues, and she has no night nurse or sleep aid.",  # everyday words, not brands
        "Sertraline continues; the coding of the notes is complete.",  # never a fuzzy match here
        "Sertraline continues with paracetamol for pain.",  # a medicine of no concern
        # History in other words, and a medicine she is said not to take.
        "Transferred from Subutex to sertraline in 2024.",
        "Sertraline continues; she was tapered off diazepam in 2023.",
        "Sertraline continues; the drug service confirms no on-top use of street diazepam since 2025.",
        "Sertraline continues; she denies any use of pregabalin.",
        "Sertraline continues; urine screens negative for benzodiazepines and methadone.",
        "Sertraline continues; she had a trial of pregabalin in 2022.",
        "Sertraline continues; she was on citalopram before this pregnancy.",
        "Sertraline continues; she has never been prescribed pregabalin.",
        "Citalopram was tried first in 2023; sertraline continues.",
        "Sertraline continues; she took lamotrigine until 2019.",
        # Denied right before the name, and medicines for the baby.
        "Sertraline continues; paracetamol and ibuprofen after the birth but no codeine.",
        "Sertraline continues; neither tramadol nor codeine for pain after the birth.",
        "Sertraline continues; no codeine or co-codamol for pain while she feeds.",  # the denial reaches the list
        "Sertraline continues; phenobarbital is second line for the baby if withdrawal signs persist.",
        "Sertraline continues; if scores stay high the baby may need oral morphine on the neonatal unit.",
        "Sertraline continues; the baby may need oral morphine on the neonatal unit.",  # no "if" to lean on
        # What an earlier baby was given (found by a twentieth fresh corpus).
        "Sertraline continues; her first baby was given phenobarbital on the neonatal unit, so this one is watched.",
        "Sertraline continues; her son's newborn needed oral morphine for withdrawal in 2021.",
        "Sertraline continues; no alcohol nor diazepam in the evenings.",  # "nor" right before the name
        # A contrast reaches the medicines listed with the first after it.
        "Sertraline continues; she tried citalopram and fluoxetine before settling on it.",
        "Sertraline continues; she stopped citalopram, fluoxetine or paroxetine each within weeks.",
        "Sertraline continues; she drinks no alcohol nor takes diazepam.",
        # A medicine she must not take up again, and one whose start is planned for later (found refused by the
        # twenty-sixth and twenty-seventh fresh corpora).
        "Sertraline continues; she should not restart the diazepam she used in her twenties.",
        "Sertraline continues; do not restart pregabalin without the pain team.",
        "Sertraline continues until a pregabalin trial is started next week.",
        "Sertraline continues; diazepam will be started only if her anxiety returns after the birth.",
        # A start or an addition planned, on a condition or later, and one ruled out after the name; a medicine the
        # baby may need with the baby further back in the sentence (found refused by a thirtieth fresh corpus).
        "Sertraline continues; if her mood dips after the birth the perinatal team will start diazepam.",
        "Sertraline continues; pregabalin will be added only if the nerve pain returns.",
        "Sertraline continues; diazepam is not to be added for her sleep.",
        "Sertraline continues; the baby stays on the ward for scoring and may need oral morphine on the unit.",
        # What she did in an earlier pregnancy, whatever it was (found refused by a thirty-second fresh corpus).
        "In her previous pregnancy she switched to pregabalin and felt worse, so sertraline continues now.",
        "During her first pregnancy she was started on diazepam; sertraline continues.",
    ],
)
def test_advice_against_or_contrast_with_an_unlisted_medicine_passes(sentence: str) -> None:
    data = complete()
    data["assessments"][1]["conclusion"] = sentence + " The maternity team will watch the baby after birth."
    assert not issues(data, "MA120")


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            "Transferred from Subutex to sertraline in 2024.",
            "Sertraline continues; she has never been prescribed pregabalin.",
            "Sertraline continues; she took lamotrigine until 2019.",
            "Sertraline continues; paracetamol and ibuprofen after the birth but no codeine.",
            "Sertraline continues; phenobarbital is second line for the baby if withdrawal signs persist.",
            "Sertraline continues; the baby may need oral morphine on the neonatal unit.",
            "Sertraline continues; her first baby was given phenobarbital on the unit, so this one is watched.",
            "Sertraline continues alongside diazepam at night.",
            "Sertraline continues; she should not restart the diazepam she used in her twenties.",
            "Sertraline continues until a pregabalin trial is started next week.",
            "Sertraline continues; a diazepam taper was started last week.",
            "Sertraline continues; if her mood dips after the birth the perinatal team will start diazepam.",
            "Sertraline continues; diazepam is not to be added for her sleep.",
            "In her previous pregnancy she switched to pregabalin and felt worse, so sertraline continues now.",
            "Sertraline continues; her methadone has been replaced by diazepam at night.",
            "Sertraline continues; diazepam was replaced by sertraline's higher dose in 2024.",
        ]
    ).flatmap(lambda t: st.tuples(st.just(t), disguised(t)))
)
def test_a_disguised_history_or_denial_is_read_like_the_plain_one(pair: tuple[str, str]) -> None:
    found = []
    for sentence in pair:
        data = complete()
        data["assessments"][1]["conclusion"] = sentence + " The maternity team will watch the baby after birth."
        found.append(bool(issues(data, "MA120")))
    assert found[0] == found[1] == (pair[0].endswith(("at night.", "last week.")))


# Advice against starting or taking a medicine said with a subject and a negated modal ("she must not start X for
# sleep", found refused by a seventy-first fresh corpus) is advice against it, as "do not start X" is; the same
# modal affirmed, or a negation of something else, leaves it hers.
_NEGATED_MODAL = [
    "Sertraline continues; the mother mustn't take pregabalin for her back pain.",
    "Sertraline continues; she must not be started on diazepam to help her settle at night.",
    "Sertraline continues; she shouldn't use zopiclone to get off to sleep.",
    "Sertraline continues; she must not begin pregabalin while she is pregnant.",
]
_MODAL_NOT_NEGATED = [
    "Sertraline continues; she must take her diazepam at night for her anxiety.",
    "Sertraline continues; she must not miss her evening diazepam.",
]


@pytest.mark.parametrize("sentence", _NEGATED_MODAL + _MODAL_NOT_NEGATED)
def test_a_negated_modal_before_an_unlisted_medicine_advises_against_it(sentence: str) -> None:
    data = complete()
    data["assessments"][1]["conclusion"] = sentence + " The maternity team will watch the baby after birth."
    expected = [] if sentence in _NEGATED_MODAL else ["$.assessments[1].conclusion"]
    assert [p for p, _ in issues(data, "MA120")] == expected


@given(st.sampled_from(_NEGATED_MODAL + _MODAL_NOT_NEGATED), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_negated_modal_is_read_like_the_plain_one(sentence: str, data: st.DataObject) -> None:
    found = []
    for text in (sentence, data.draw(disguised(sentence))):
        record = complete()
        record["assessments"][1]["conclusion"] = text + " The maternity team will watch the baby after birth."
        found.append([p for p, _ in issues(record, "MA120")])
    assert found[0] == found[1]


def test_an_unlisted_mention_is_reported_once_per_class_and_quotes_nothing() -> None:
    data = complete()
    data["assessments"][1]["conclusion"] = "Sertraline continues with diazepam and diazepam again at night."
    found = issues(data, "MA120")
    assert len(found) == 1 and "diazepam" not in found[0][1].lower()


# ------------------------------------------------------------------------------------------------------------
# Exposure windows: RecordFacts.needing


def _stopped(name: str, stopped: str, taken_by: str = "mother") -> RecordFacts:
    data = complete()  # EDD 2026-05-15: conception estimated 2025-08-08
    data["medicines"].append({"id": "med-old", "name": name, "stopped": stopped, "taken_by": taken_by})
    if taken_by == "partner":
        data["partner"] = {"relationship": "partner"}
    return RecordFacts(record_from_data(data))


@pytest.mark.parametrize(
    ("name", "stopped", "needed"),
    [
        ("Sodium valproate 500mg tablets", "2025-01-10", True),  # teratogenicity: within 3 years of conception
        ("Sodium valproate 500mg tablets", "2021-06-01", False),  # beyond every window
        ("Diazepam 5mg tablets", "2025-08-01", True),  # withdrawal: within the 14-day dating margin
        ("Diazepam 5mg tablets", "2025-06-01", False),  # stopped two months before conception
        ("Diazepam 5mg tablets", "2025-12-01", True),  # stopped during the pregnancy
        ("Quetiapine 100mg tablets", "2025-05-01", False),  # sedation: no window before conception
    ],
)
def test_a_stopped_medicine_counts_only_within_its_exposure_window(name: str, stopped: str, needed: bool) -> None:
    assert ("med-old" in _stopped(name, stopped).needing) is needed


def test_a_partners_stopped_medicine_has_no_window_before_conception() -> None:
    assert "med-old" not in _stopped("Sodium valproate 500mg tablets", "2025-01-10", "partner").needing


def test_without_a_conception_estimate_every_stopped_medicine_counts() -> None:
    data = complete()
    del data["pregnancy"]["edd"]
    del data["pregnancy"]["gestation"]
    data["medicines"].append({"id": "med-old", "name": "Diazepam 5mg tablets", "stopped": "2010-01-01"})
    assert "med-old" in RecordFacts(record_from_data(copy.deepcopy(data))).needing


def test_conception_is_estimated_conservatively_from_edd_gestation_or_delivery() -> None:
    data = complete()
    facts = RecordFacts(record_from_data(data))
    # EDD 2026-05-15 gives 2025-08-08; 29+2 weeks on 2026-03-02 gives 2025-08-10: the earlier is kept.
    assert facts.conception == dt.date(2026, 5, 15) - dt.timedelta(days=280)
    data["pregnancy"] = {"stage": "postnatal", "delivery_date": "2026-03-04"}
    longest = RecordFacts(record_from_data(data)).settings.longest_pregnancy_days
    assert RecordFacts(record_from_data(data)).conception == dt.date(2026, 3, 4) - dt.timedelta(days=longest)


def _shortened_recognised(name: str, conclusion: str) -> bool:
    data = complete()
    data["medicines"][0] = {**data["medicines"][0], "name": name}
    data["medicines"][0].pop("code")
    data["assessments"][0]["conclusion"] = conclusion
    return not issues(data, "MA117")


_VALPROATE = "Sodium valproate 200 mg twice daily goes on with folic acid 5 mg; the baby is reviewed."
_SHORTENED_AMONG_OTHERS = [
    # (the record's shortened name, the conclusion of the assessment covering it, recognised): "Clo" begins
    # clozapine and clonazepam, so a conclusion naming both leaves unknown which the list means, and one naming
    # clozapine alone links it; a medicine of no concern the conclusion also names is not what a shortened name is
    # read as ("Lac": lacosamide, not lactulose), nor is one of no concern alone ("Parac": paracetamol).
    (
        "Clo 25mg tablets",
        "Clozapine 25 mg at night goes on and clonazepam is stopped; the baby is watched for sedation.",
        False,
    ),
    ("Clo 25mg tablets", "Clozapine 25 mg at night goes on; the baby is watched for sedation and feeds.", True),
    (
        "Lac 100mg tablets",
        "Lacosamide 100 mg twice daily goes on, with lactulose for constipation; the baby is watched for drowsiness.",
        True,
    ),
    ("Parac 500mg tablets", "Paracetamol 1 g four times a day is fine in breastfeeding; the baby is well.", False),
    # Its words begin the name's words in order, each word once ("Sodium valp", not "Val sod" nor "Valp valp").
    ("Sodium valp 200mg tablets", _VALPROATE, True),
    ("Val sod 200mg tablets", _VALPROATE, False),
    ("Valp valp 200mg tablets", _VALPROATE, False),
]


@pytest.mark.parametrize(("name", "conclusion", "recognised"), _SHORTENED_AMONG_OTHERS)
def test_a_shortened_name_is_the_one_medicine_of_concern_its_conclusion_names_that_it_begins(
    name: str, conclusion: str, recognised: bool
) -> None:
    assert _shortened_recognised(name, conclusion) is recognised


# A brand family whose members are different medicines (Migraleve Yellow: codeine; Migraleve Ultra: a triptan):
# a member the index does not know is not the family's plain product.
_FAMILY_MEMBERS = [
    ({"name": "Migraleve Ultra 50mg tablets", "not_of_concern_reason": "Two doses only, for migraine."}, False),
    ({"name": "Feminax 500mg tablets", "not_of_concern_reason": "Three days only, for period pain."}, True),
    ({"name": "Migraleve Yellow tablets", "not_of_concern_reason": "Two doses only, for migraine."}, True),
]


@pytest.mark.parametrize(("medicine", "unassessed"), _FAMILY_MEMBERS)
def test_an_unknown_member_of_a_varied_brand_family_is_not_its_plain_product(medicine: Data, unassessed: bool) -> None:
    assert bool(issues(with_medicine(**medicine), "MA101")) is unassessed


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_FAMILY_MEMBERS), st.data())
def test_a_disguised_family_member_is_judged_as_the_plain_one(case: tuple[Data, bool], data: st.DataObject) -> None:
    medicine, unassessed = case
    hidden = {**medicine, "name": data.draw(disguised(medicine["name"]))}
    assert bool(issues(with_medicine(**hidden), "MA101")) is unassessed


def _unlisted_slip(sentence: str) -> list[tuple[str, str]]:
    data = complete()
    data["assessments"][1]["conclusion"] = "Sertraline continues. " + sentence + " The baby is watched after birth."
    return issues(data, "MA120")


def test_an_unlisted_medicine_of_concern_misspelt_in_a_conclusion_is_refused() -> None:
    assert _unlisted_slip("She also takes pregabalen for nerve pain.") == [
        (
            "$.assessments[1].conclusion",
            "the conclusion of assessment asm-sertraline names a medicine of concern "
            f"({medicine_classes_label('pregabalin')}) that the record's medicine list does not include",
        )
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "She keeps a carafe of water by the bed.",  # a rare English word one letter from Carace
        "Her sertralin dose is unchanged.",  # a slip of a listed medicine
        "She takes no pregabalen now.",  # a slip of a medicine she is said not to take
    ],
)
def test_rare_english_words_and_slips_of_listed_or_denied_medicines_pass(sentence: str) -> None:
    assert _unlisted_slip(sentence) == []


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_a_disguised_unlisted_slip_is_judged_as_the_plain_one(data: st.DataObject) -> None:
    plain = "She also takes pregabalen for nerve pain."
    assert [p for p, _ in _unlisted_slip(data.draw(disguised(plain)))] == [p for p, _ in _unlisted_slip(plain)]


def _concluded(assessment: int, conclusion: str, base: str = "antenatal-methadone-sertraline.json") -> Data:
    """A shipped record with one assessment's conclusion replaced."""
    data: Data = json.loads((COMPLETE.parent / base).read_text(encoding="utf-8"))
    data["assessments"][assessment]["conclusion"] = conclusion
    return data


# A conclusion whose own medicine is only its heading, with a body that decides on another of the record's medicines
# (found by a thirty-third fresh corpus): every claim is that medicine's, so none counts for the one assessed. The
# body naming its own medicine too, opening on something else, or a heading that itself decides, is the conclusion's.
_HEADED_OVER_ANOTHER = [
    (0, "Methadone plan: sertraline 50 mg is kept going through pregnancy, and the baby will be watched for "
        "jitteriness and poor feeding for 48 hours.", "antenatal-methadone-sertraline.json"),
    (1, "Sertraline notes: the methadone dose is unchanged at 60 mg; the baby is scored for neonatal withdrawal on "
        "the ward for three days and never shares her bed.", "antenatal-methadone-sertraline.json"),
    (0, "Father's quetiapine: her paracetamol for perineal pain carries on, as little reaches breast milk; the baby "
        "needs nothing extra for it.", "postnatal-partner-quetiapine.json"),
]  # fmt: skip


@pytest.mark.parametrize(("assessment", "conclusion", "base"), _HEADED_OVER_ANOTHER)
def test_a_conclusion_whose_own_medicine_only_heads_another_ones_decisions_is_refused(
    assessment: int, conclusion: str, base: str
) -> None:
    data = _concluded(assessment, conclusion, base)
    asm = data["assessments"][assessment]
    assert issues(data, "MA119") == [
        (
            f"$.assessments[{assessment}].conclusion",
            f"the conclusion of assessment {asm['id']} names medicine {asm['medicine_ids'][0]} only as the heading "
            "of what it says of another medicine: say what is decided about it",
        )
    ]


@pytest.mark.parametrize(
    ("assessment", "conclusion", "base"),
    [
        # The body names its own medicine beside the other one.
        (0, "Methadone plan: sertraline 50 mg is kept going, and methadone 60 mg continues too; the baby is scored "
            "for withdrawal for 72 hours on the ward and nobody co-sleeps with the baby after a dose.",
         "antenatal-methadone-sertraline.json"),
        # The body opens on its own decision and names the other medicine later.
        (1, "Sertraline: it continues at 50 mg, since relapse is the greater risk, and the baby already observed "
            "for methadone withdrawal is watched for jitteriness on the same chart.",
         "antenatal-methadone-sertraline.json"),
        # A heading that decides, then the other medicine.
        (0, "Methadone 60 mg continues and the baby is scored for withdrawal for 72 hours, with no co-sleeping "
            "after a dose: sertraline is kept going as well.", "antenatal-methadone-sertraline.json"),
        # The other medicine set against its own.
        (0, "Father's quetiapine: unlike her paracetamol, his quetiapine leaves him too drowsy for night feeds, so "
            "the mother does them and the baby never sleeps on a bed or sofa with him.",
         "postnatal-partner-quetiapine.json"),
    ],
)  # fmt: skip
def test_a_conclusion_deciding_on_its_own_medicine_beside_another_passes(
    assessment: int, conclusion: str, base: str
) -> None:
    data = _concluded(assessment, conclusion, base)
    where = f"$.assessments[{assessment}].conclusion"
    assert [i.code for i in check(record_from_data(data), today=TODAY) if i.path == where] == []


@given(st.sampled_from(_HEADED_OVER_ANOTHER), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_heading_over_another_medicine_is_judged_like_the_plain_one(
    case: tuple[int, str, str], data: st.DataObject
) -> None:
    assessment, conclusion, base = case
    plain = issues(_concluded(assessment, conclusion, base), "MA119")
    assert plain
    assert issues(_concluded(assessment, data.draw(disguised(conclusion)), base), "MA119") == plain


# A conclusion naming its own medicine only in passing (found by a forty-sixth fresh corpus): in an aside ("as well
# as X", "besides X") beside what it decides of another of the record's medicines, or in a remark that it is on her
# list. The aside about the other medicine, a remark followed by a decision, or a list remark that goes on are the
# conclusion's own.
_NAMED_IN_PASSING = [
    (0, "Sertraline 50 mg is kept going through pregnancy as well as her methadone; the baby is watched for "
        "jitteriness and poor feeding for 48 hours.", "antenatal-methadone-sertraline.json", "heading"),
    (1, "Besides her sertraline, the methadone dose is unchanged at 60 mg; the baby is scored for neonatal "
        "withdrawal on the ward for three days and never shares her bed.", "antenatal-methadone-sertraline.json",
     "heading"),
    (0, "The paracetamol for perineal pain carries on, as little reaches breast milk, and the baby needs nothing "
        "extra for it. The father's quetiapine is also on his list.", "postnatal-partner-quetiapine.json",
     "defer"),
    # Mutation round 30: an aside of exactly `aside_reach` (5) words from its cue to the clause's end, the name
    # counted as one; and one opened by "alongside" (`asides`).
    (0, "Sertraline 50 mg is kept going through pregnancy as well as her daily dose of methadone; the baby is "
        "watched for jitteriness for 48 hours.", "antenatal-methadone-sertraline.json", "heading"),
    (1, "Alongside her sertraline, methadone stays at 60 mg; her newborn is scored on the ward for opioid "
        "withdrawal for three days and sleeps in his own cot.", "antenatal-methadone-sertraline.json", "heading"),
]  # fmt: skip


@pytest.mark.parametrize(("assessment", "conclusion", "base", "how"), _NAMED_IN_PASSING)
def test_a_conclusion_naming_its_own_medicine_only_in_passing_is_refused(
    assessment: int, conclusion: str, base: str, how: str
) -> None:
    data = _concluded(assessment, conclusion, base)
    asm = data["assessments"][assessment]
    heading = "only as the heading of what it says of another medicine"
    said = "only to defer or dismiss it" if how == "defer" else heading
    assert issues(data, "MA119") == [
        (
            f"$.assessments[{assessment}].conclusion",
            f"the conclusion of assessment {asm['id']} names medicine {asm['medicine_ids'][0]} {said}: say what is "
            "decided about it",
        )
    ]


@pytest.mark.parametrize(
    ("assessment", "conclusion", "base"),
    [
        # The other medicine in the aside, its own decided.
        (0, "As well as her sertraline, methadone 60 mg is kept going; the baby is scored for withdrawal for 72 hours "
            "on the ward and nobody co-sleeps with the baby after a dose.", "antenatal-methadone-sertraline.json"),
        # A list remark, then what is decided of it.
        (0, "Methadone is also on her list. It continues at 60 mg, the baby is scored for withdrawal for 72 hours on "
            "the ward and she never co-sleeps after a dose.", "antenatal-methadone-sertraline.json"),
        # On her list and more in the same clause.
        (0, "Methadone is on her list and continues at 60 mg; the baby is scored for withdrawal for 72 hours on the "
            "ward and she never co-sleeps after a dose.", "antenatal-methadone-sertraline.json"),
        # An aside with no other medicine: the part still speaks of its own.
        (0, "In addition to methadone 60 mg, the baby is scored for withdrawal for 72 hours on the ward and she "
            "never co-sleeps after a dose.", "antenatal-methadone-sertraline.json"),
        # Mutation round 30: the cue farther than `aside_reach` words from the clause's end: no aside, it is taken.
        (0, "She keeps taking sertraline as well as methadone 60 mg every morning from the chemist; the newborn is "
            "scored for withdrawal for 72 hours on the ward.", "antenatal-methadone-sertraline.json"),
    ],
)  # fmt: skip
def test_a_conclusion_deciding_on_a_medicine_it_also_names_in_passing_passes(
    assessment: int, conclusion: str, base: str
) -> None:
    data = _concluded(assessment, conclusion, base)
    assert issues(data, "MA119") == []


@given(st.sampled_from(_NAMED_IN_PASSING), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_mention_in_passing_is_judged_like_the_plain_one(
    case: tuple[int, str, str, str], data: st.DataObject
) -> None:
    assessment, conclusion, base, _ = case
    plain = issues(_concluded(assessment, conclusion, base), "MA119")
    assert plain
    assert issues(_concluded(assessment, data.draw(disguised(conclusion)), base), "MA119") == plain


# The same in a joint conclusion (found by a forty-seventh fresh corpus): one of its medicines named only in an
# aside while every claim is about the other is not concluded on; the aside's medicine decided in a part of its
# own, or both in one claim, is.
_JOINT_IN_PASSING = [
    "Besides her sertraline, the methadone stays at 60 mg. The newborn is scored on the ward for three days for "
    "opioid withdrawal and she never shares a bed with him after a dose.",
    "The methadone dose is unchanged at 60 mg as well as sertraline; her newborn is scored for opioid withdrawal "
    "for 72 hours on the postnatal ward.",
]
_JOINT_ASIDE_THEN_DECIDED = [
    # The aside's medicine decided in a sentence of its own.
    "Besides her sertraline, the methadone stays at 60 mg. Sertraline 100 mg continues too, and the newborn is "
    "scored on the ward for three days for withdrawal.",
    # Both in one claim.
    "Methadone and sertraline both continue unchanged alongside her counselling; the newborn is scored for opioid "
    "withdrawal for 72 hours on the postnatal ward.",
]


@pytest.mark.parametrize("conclusion", _JOINT_IN_PASSING + _JOINT_ASIDE_THEN_DECIDED)
def test_a_joint_conclusion_naming_one_medicine_only_in_an_aside_is_refused(conclusion: str) -> None:
    expected = (
        [
            (
                "$.assessments[0].conclusion",
                "the conclusion of assessment asm-methadone names medicine med-sertraline only as the heading of "
                "what it says of another medicine: say what is decided about it",
            )
        ]
        if conclusion in _JOINT_IN_PASSING
        else []
    )
    assert issues(_joint(conclusion), "MA119") == expected


@given(st.sampled_from(_JOINT_IN_PASSING + _JOINT_ASIDE_THEN_DECIDED), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_joint_aside_is_judged_like_the_plain_one(conclusion: str, data: st.DataObject) -> None:
    plain = issues(_joint(conclusion), "MA119")
    assert issues(_joint(data.draw(disguised(conclusion))), "MA119") == plain


# A list of names remarked on together ("Methadone and sertraline are both on her list.") names each only in
# passing, as the remark on one does (found passing by a seventy-first fresh corpus); the list remark that goes
# on to decide, or a decision for each afterwards, concludes on both.
_LISTED_IN_A_REMARK = [
    "Sertraline 100 mg and methadone are both on her list. Methadone stays at 60 mg; the newborn is scored for "
    "opioid withdrawal for 72 hours on the postnatal ward and she never shares a bed with him after a dose.",
    "Sertraline, folic acid and methadone are on her repeat list. The methadone stays at 60 mg, and the newborn "
    "is scored for opioid withdrawal for 72 hours on the postnatal ward.",
]
_LISTED_THEN_DECIDED = [
    "Sertraline 100 mg and methadone are both on her list and both continue; the newborn is scored for opioid "
    "withdrawal for 72 hours on the postnatal ward.",
    "Sertraline and methadone are on her list. Both continue unchanged, and the newborn is scored for opioid "
    "withdrawal for 72 hours on the postnatal ward.",
]


@pytest.mark.parametrize("conclusion", _LISTED_IN_A_REMARK + _LISTED_THEN_DECIDED)
def test_a_joint_conclusion_naming_one_medicine_only_in_a_list_remark_is_refused(conclusion: str) -> None:
    expected = (
        [
            (
                "$.assessments[0].conclusion",
                "the conclusion of assessment asm-methadone names medicine med-sertraline only to defer or dismiss "
                "it: say what is decided about it",
            )
        ]
        if conclusion in _LISTED_IN_A_REMARK
        else []
    )
    assert issues(_joint(conclusion), "MA119") == expected


@given(st.sampled_from(_LISTED_IN_A_REMARK + _LISTED_THEN_DECIDED), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_list_remark_is_judged_like_the_plain_one(conclusion: str, data: st.DataObject) -> None:
    plain = issues(_joint(conclusion), "MA119")
    assert issues(_joint(data.draw(disguised(conclusion))), "MA119") == plain


# ------------------------------------------------------------------------------------------------------------
# Former names (mappings/former-names.csv): an old British Approved Name or a US name is the same medicine, in
# the medicine list and in conclusions (found by a thirty-seventh fresh corpus: dothiepin, meperidine).


@pytest.mark.parametrize(
    "name",
    [
        "Dothiepin hydrochloride 25mg capsules",
        "Chlormethiazole 192mg capsules",
        "Meperidine hydrochloride 50mg tablets",
    ],
)
def test_a_medicine_listed_by_its_former_name_needs_its_assessment(name: str) -> None:
    data = with_medicine(name=name, not_of_concern_reason="Prescribed by the GP some years ago for her back.")
    assert [p for p, _ in issues(data, "MA101")] == ["$.medicines[2]"]


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_a_disguised_former_name_is_judged_like_the_plain_one(data: st.DataObject) -> None:
    name = data.draw(disguised("Dothiepin hydrochloride 25mg capsules"))
    record = with_medicine(name=name, not_of_concern_reason="Prescribed by the GP some years ago for her back.")
    assert [p for p, _ in issues(record, "MA101")] == ["$.medicines[2]"]


def _sertraline_as(listed: str, concluded: str) -> Data:
    """The example's sertraline replaced by another antidepressant, listed and concluded on by these names."""
    data = complete()
    medicine = data["medicines"][1]
    medicine["name"] = f"{listed} 75mg capsules"
    medicine["dose"] = "One capsule (75 mg) at night"
    del medicine["code"]  # no dm+d code is borrowed: an uncoded medicine of concern only draws MA118
    data["assessments"][1]["conclusion"] = (
        f"{concluded} 75 mg at night should continue: relapse of her depression is the greater risk, and the "
        "midwife watches the baby for jitteriness after birth."
    )
    data["overall_conclusion"]["text"] = data["overall_conclusion"]["text"].replace("sertraline", concluded)
    return data


@pytest.mark.parametrize(
    ("listed", "concluded"),
    [("Dothiepin", "dosulepin"), ("Dosulepin", "dothiepin"), ("Dothiepin", "Dothiepin (dosulepin)")],
)
def test_a_medicine_listed_and_concluded_on_by_its_current_and_former_names_passes(listed: str, concluded: str) -> None:
    found = check(record_from_data(_sertraline_as(listed, concluded)), today=TODAY)
    assert [(i.code, i.path) for i in found if i.severity == "error"] == []


def test_a_conclusion_naming_a_former_name_of_a_medicine_not_listed_is_refused() -> None:
    data = _sertraline_as("Dosulepin", "dosulepin")
    data["assessments"][0]["conclusion"] += " She also takes meperidine for back pain at night."
    assert [p for p, _ in issues(data, "MA120")] == ["$.assessments[0].conclusion"]


# An option weighed, not taken (mappings/names.toml [mentions] `weighed`; found refused by a fifty-second fresh
# corpus): a medicine said after it to have been considered, discussed, weighed or rejected is no one's yet, unless
# a start or continuation follows in its clause; "considered" with a judgment after it ("considered helpful") is
# no option weighed.
_WEIGHED = [
    "Methadone 60 mg and sertraline continue. A move from sertraline to fluoxetine was weighed and is left to the "
    "perinatal psychiatrist; there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue; buprenorphine was discussed with her keyworker but ruled out, and "
    "there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue and there is no co-sleeping. For her sleep, adding mirtazapine was "
    "considered.",
]
_TAKEN_AFTER_ALL = [
    "Methadone 60 mg and sertraline continue; mirtazapine was discussed with her and started at night, and there is "
    "no co-sleeping.",
    "Methadone 60 mg and sertraline continue; mirtazapine was considered helpful for her sleep and there is no "
    "co-sleeping.",
]


@pytest.mark.parametrize("overall", _WEIGHED)
def test_an_option_weighed_needs_no_place_on_the_list(overall: str) -> None:
    assert issues(_with_overall(overall), "MA120") == []


@pytest.mark.parametrize("overall", _TAKEN_AFTER_ALL)
def test_an_option_weighed_and_then_taken_or_judged_is_refused(overall: str) -> None:
    assert issues(_with_overall(overall), "MA120") == [
        (
            "$.overall_conclusion.text",
            "the overall conclusion names a medicine of concern (Antidepressants, Other sedating medicines: "
            "mirtazapine, trazodone, z-drugs, other hypnotics, cannabinoids, ketamine (safe sleep and co-sleeping)) "
            "that the record's medicine list does not include",
        )
    ]


def test_an_everyday_brand_named_alone_is_found() -> None:
    # Mutation round 30: a text naming no other medicine must still be searched for a one-word brand that is also
    # an English word ("Sonata", zaleplon; the quick skip of `_owned_everyday_brands` by `keys_of`).
    data = complete()
    data["overall_conclusion"]["text"] = "She takes Sonata at night; there is no co-sleeping."
    assert [p for p, _ in issues(data, "MA120")] == ["$.overall_conclusion.text"]


def test_a_weighing_word_beyond_reach_of_the_name_leaves_it_hers() -> None:
    # Mutation round 30: "was considered" more than the reach of words after the name (its dose, how often, what
    # for) weighs nothing named: the unlisted pregabalin is still refused.
    data = complete()
    data["overall_conclusion"]["text"] = (
        "Methadone 60 mg and sertraline continue, and pregabalin 150 mg twice daily for her back pain at night was "
        "considered; there is no co-sleeping."
    )
    assert [p for p, _ in issues(data, "MA120")] == ["$.overall_conclusion.text"]


@given(st.sampled_from(_WEIGHED + _TAKEN_AFTER_ALL), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_option_weighed_is_judged_like_the_plain_one(overall: str, data: st.DataObject) -> None:
    assert issues(_with_overall(data.draw(disguised(overall))), "MA120") == issues(_with_overall(overall), "MA120")


# A plural verb after a list of alternatives weighs each, and a start or continuation of another medicine after it
# takes no weighed one (found refused by a fifty-sixth fresh corpus): "were all discussed" in `weighed`, and a
# `resume` cue after another medicine's name, or right before it, belongs to that medicine.
_WEIGHED_IN_A_LIST = [
    "Methadone 60 mg and sertraline continue. Halving the dose or changing to mirtazapine were all discussed; she "
    "prefers to stay as she is, and there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue; mirtazapine was considered and sertraline continues at night, and "
    "there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue; mirtazapine was considered and she continues her sertraline, and "
    "there is no co-sleeping.",
]
_WEIGHED_IN_A_LIST_THEN_TAKEN = [
    "Methadone 60 mg and sertraline continue; mirtazapine or trazodone were each discussed and started at night, "
    "and there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue; mirtazapine was discussed and started beside sertraline, and there "
    "is no co-sleeping.",
]


@pytest.mark.parametrize("overall", _WEIGHED_IN_A_LIST)
def test_an_option_weighed_in_a_list_or_before_another_continues_needs_no_place(overall: str) -> None:
    assert issues(_with_overall(overall), "MA120") == []


@pytest.mark.parametrize("overall", _WEIGHED_IN_A_LIST_THEN_TAKEN)
def test_options_weighed_in_a_list_and_then_taken_are_refused(overall: str) -> None:
    assert issues(_with_overall(overall), "MA120") == [
        (
            "$.overall_conclusion.text",
            "the overall conclusion names a medicine of concern (Antidepressants, Other sedating medicines: "
            "mirtazapine, trazodone, z-drugs, other hypnotics, cannabinoids, ketamine (safe sleep and co-sleeping)) "
            "that the record's medicine list does not include",
        )
    ]


@given(st.sampled_from(_WEIGHED_IN_A_LIST + _WEIGHED_IN_A_LIST_THEN_TAKEN), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_list_of_options_is_judged_like_the_plain_one(overall: str, data: st.DataObject) -> None:
    assert issues(_with_overall(data.draw(disguised(overall))), "MA120") == issues(_with_overall(overall), "MA120")


# An option left to someone to weigh (mappings/names.toml [mentions] `weighed_by`; found refused by a sixty-fifth
# fresh corpus): the verbs of discussing or weighing and who is to decide combine in any order, after "but" too
# ("was raised but is for her psychiatrist to decide"), and the decision-maker alone weighs it ("is to be
# considered by the perinatal team"). A start or a taking before who decides keeps it hers.
_CARE = " The baby is scored for withdrawal for 72 hours on the ward, breastfeeding is encouraged, and no co-sleeping."
_LEFT_TO_WEIGH = [
    "Methadone 60 mg and sertraline continue; a change to mirtazapine was talked about but is for the perinatal "
    "psychiatrist to decide." + _CARE,
    "Methadone 60 mg and sertraline continue. Adding mirtazapine was talked through and will be weighed by her "
    "psychiatrist at clinic." + _CARE,
    "Methadone 60 mg and sertraline continue. Mirtazapine for her sleep is to be considered by the perinatal "
    "team." + _CARE,
]
_LEFT_TO_WEIGH_BUT_TAKEN = [
    "Methadone 60 mg and sertraline continue; mirtazapine was discussed and started at night and its dose is for "
    "her psychiatrist to decide." + _CARE,
    "Methadone 60 mg and sertraline continue; mirtazapine was raised and she now takes it with the dose left to "
    "her psychiatrist to weigh." + _CARE,
]


@pytest.mark.parametrize("overall", _LEFT_TO_WEIGH)
def test_an_option_left_to_someone_to_weigh_needs_no_place_on_the_list(overall: str) -> None:
    assert issues(_with_overall(overall), "MA120") == []


@pytest.mark.parametrize("overall", _LEFT_TO_WEIGH_BUT_TAKEN)
def test_an_option_taken_before_someone_weighs_its_dose_is_refused(overall: str) -> None:
    assert issues(_with_overall(overall), "MA120") == [
        (
            "$.overall_conclusion.text",
            "the overall conclusion names a medicine of concern (Antidepressants, Other sedating medicines: "
            "mirtazapine, trazodone, z-drugs, other hypnotics, cannabinoids, ketamine (safe sleep and co-sleeping)) "
            "that the record's medicine list does not include",
        )
    ]


@given(st.sampled_from(_LEFT_TO_WEIGH + _LEFT_TO_WEIGH_BUT_TAKEN), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_option_left_to_weigh_is_judged_like_the_plain_one(overall: str, data: st.DataObject) -> None:
    assert issues(_with_overall(data.draw(disguised(overall))), "MA120") == issues(_with_overall(overall), "MA120")


# A surname that is also a brand after a given name after a title or role is a person's name (mappings/names.toml
# [proper_names] `given_names`; found refused by a fifty-second fresh corpus): "the registrar, Omar Zacco". A given
# name alone before the brand, or a verb between the role and the brand, reads no person.
_GIVEN_THEN_SURNAME = [
    "the neonatal registrar, Omar Zacco, explained the scoring,",
    "Sister Aoife Olena scores the baby for 72 hours,",
    # Mutation round 30 ("anna" of `given_names`).
    "the community midwife, Anna Zacco, weighs him on day 5,",
]
_NO_PERSON_BEFORE = [
    "her midwife Anna gives Zacco at night,",
    "Anna Zacco helps her sleep,",
]


@pytest.mark.parametrize("words", _GIVEN_THEN_SURNAME)
def test_a_brand_after_a_given_name_after_a_role_is_a_persons_name(words: str) -> None:
    assert issues(_with_conclusion(_PROPER_NAMES.format(words)), "MA120") == []


@pytest.mark.parametrize("words", _NO_PERSON_BEFORE)
def test_a_brand_after_a_given_name_alone_or_a_verb_is_refused(words: str) -> None:
    assert issues(_with_conclusion(_PROPER_NAMES.format(words)), "MA120") == [
        (
            "$.assessments[0].conclusion",
            "the conclusion of assessment asm-methadone names a medicine of concern (Other antiepileptics, "
            "Benzodiazepines and z-drugs) that the record's medicine list does not include",
        )
    ]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_GIVEN_THEN_SURNAME + _NO_PERSON_BEFORE), st.data())
def test_a_disguised_given_name_and_surname_is_judged_as_the_plain_one(words: str, data: st.DataObject) -> None:
    text = _PROPER_NAMES.format(words)
    assert issues(_with_conclusion(data.draw(disguised(text))), "MA120") == issues(_with_conclusion(text), "MA120")


# A given name the list lacks (found refused by a fifty-sixth fresh corpus): after a title or role, a word that is
# no everyday English word, no rare dosing verb, clinical abbreviation or medicine, then the brand with no strength
# or dose form after it (mappings/names.toml [proper_names] `given_name_max_zipf`, `dosing_verbs`).
_UNLISTED_GIVEN_THEN_SURNAME = [
    "the perinatal pharmacist Chidinma Zacco checks each supply,",
    "Dr Mairead Olena, the consultant neurologist, agrees,",
    "her care coordinator, Temitope Zacco, visits every week,",
]
_NO_GIVEN_NAME_BEFORE = [
    "the neurologist titrates Zacco at night,",
    "her keyworker, Chidinma Zacco 10 mg at night,",
    "her keyworker, Chidinma Zacco tablets at night,",
    "the nurse prn Zacco at night,",
    "Chidinma Zacco helps her settle,",
]


@pytest.mark.parametrize("words", _UNLISTED_GIVEN_THEN_SURNAME)
def test_a_brand_after_an_unlisted_given_name_after_a_role_is_a_persons_name(words: str) -> None:
    assert issues(_with_conclusion(_PROPER_NAMES.format(words)), "MA120") == []


@pytest.mark.parametrize("words", _NO_GIVEN_NAME_BEFORE)
def test_a_brand_after_a_dosing_verb_a_dose_or_no_role_is_refused(words: str) -> None:
    assert issues(_with_conclusion(_PROPER_NAMES.format(words)), "MA120") == [
        (
            "$.assessments[0].conclusion",
            "the conclusion of assessment asm-methadone names a medicine of concern (Other antiepileptics, "
            "Benzodiazepines and z-drugs) that the record's medicine list does not include",
        )
    ]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_UNLISTED_GIVEN_THEN_SURNAME + _NO_GIVEN_NAME_BEFORE), st.data())
def test_a_disguised_unlisted_given_name_is_judged_as_the_plain_one(words: str, data: st.DataObject) -> None:
    text = _PROPER_NAMES.format(words)
    assert issues(_with_conclusion(data.draw(disguised(text))), "MA120") == issues(_with_conclusion(text), "MA120")


# A brand read from its dm+d product names ("Espranor 2mg oral lyophilisates") is a brand all the same: after a
# role and a given name it is a surname (found refused by a sixtieth fresh corpus); with a strength after it, or a
# verb that gives it, it is the medicine.
_PRODUCT_NAME_AS_SURNAME = "her keyworker, Thandiwe Espranor, agrees the plan,"
_PRODUCT_NAME_DOSED = ["her keyworker, Thandiwe Espranor 2 mg at night,", "her keyworker gives Espranor at night,"]


def test_a_brand_read_from_its_product_names_after_a_given_name_is_a_persons_name() -> None:
    assert issues(_with_conclusion(_PROPER_NAMES.format(_PRODUCT_NAME_AS_SURNAME)), "MA120") == []


@pytest.mark.parametrize("words", _PRODUCT_NAME_DOSED)
def test_a_brand_read_from_its_product_names_dosed_or_given_is_refused(words: str) -> None:
    assert issues(_with_conclusion(_PROPER_NAMES.format(words)), "MA120") == [
        (
            "$.assessments[0].conclusion",
            "the conclusion of assessment asm-methadone names a medicine of concern (Opioid substitution therapy) "
            "that the record's medicine list does not include",
        )
    ]


@settings(max_examples=15, deadline=None)
@given(st.sampled_from([_PRODUCT_NAME_AS_SURNAME, *_PRODUCT_NAME_DOSED]), st.data())
def test_a_disguised_product_name_as_surname_is_judged_as_the_plain_one(words: str, data: st.DataObject) -> None:
    text = _PROPER_NAMES.format(words)
    assert issues(_with_conclusion(data.draw(disguised(text))), "MA120") == issues(_with_conclusion(text), "MA120")


# ------------------------------------------------------------------------------------------------------------
# A partner's medicine whose only harm is in the womb (found refused by a fifty-fourth fresh corpus): taken by the
# father it cannot reach the baby and does not sedate him, so it needs no assessment, with or without the
# clinician's reason (as his omeprazole; found refused without one by the seventieth fresh corpus). With a
# paternal-exposure warning (mycophenolate; valproate's own class), flagged, or taken by the mother, it does.
_HIS_REASON = "His tablet for high blood pressure: it does not reach the baby and does not make him sleepy."
_HIS = {"taken_by": "partner", "not_of_concern_reason": _HIS_REASON}


def _partners_extra(**medicine: Any) -> Data:
    data: Data = json.loads((COMPLETE.parent / "postnatal-partner-quetiapine.json").read_text(encoding="utf-8"))
    data["medicines"].append({"id": "med-extra", **medicine})
    return data


def _new_errors(data: Data) -> set[tuple[str, str]]:
    shipped = _partners_extra(name="Paracetamol 500mg tablets")
    found = [
        {(i.code, i.path) for i in check(record_from_data(d), today=TODAY) if i.severity == "error"}
        for d in (data, shipped)
    ]
    return found[0] - found[1]


UNASSESSED = {("MA101", "$.medicines[2]"), ("MA119", "$.overall_conclusion.text")}


@pytest.mark.parametrize(
    ("medicine", "refused"),
    [
        ({"name": "Losartan 50mg tablets", "taken_by": "partner", "not_of_concern_reason": _HIS_REASON}, False),
        ({"name": "Lisinopril 10mg tablets", "taken_by": "partner", "not_of_concern_reason": _HIS_REASON}, False),
        ({"name": "Losartan 50mg tablets", "taken_by": "partner"}, False),
        ({"name": "Losartan 50mg tablets", "taken_by": "partner", "not_of_concern_reason": "n/a"}, False),
        ({"name": "Losartan 50mg tablets", "not_of_concern_reason": _HIS_REASON}, True),
        ({"name": "Losartan 50mg tablets", **_HIS, "flagged": True}, True),
        ({"name": "Mycophenolic acid 360mg tablets", **_HIS}, True),
        ({"name": "Epilim Chrono 500 tablets", **_HIS}, True),
    ],
)
def test_a_partners_medicine_harmful_only_in_the_womb_needs_no_assessment(
    medicine: Data, refused: bool
) -> None:
    assert _new_errors(_partners_extra(**medicine)) == (UNASSESSED if refused else set())


@settings(max_examples=20, deadline=None)
@given(st.sampled_from([_HIS_REASON, "n/a"]).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_disguised_reason_for_a_partners_medicine_is_judged_like_the_plain_one(pair: tuple[str, str]) -> None:
    plain, text = pair
    found = [
        _new_errors(_partners_extra(name="Losartan 50mg tablets", taken_by="partner", not_of_concern_reason=t))
        for t in (plain, text)
    ]
    assert found[0] == found[1] == set()


# Found by hand mutation (round 31, docs/safety/mutation-testing.md), both ways: a partner's line naming a womb-only
# medicine beside one of another class (every class must be womb-only, not any), and mycophenolate by its own name
# (the paternal-exposure warning names it, not only mycophenolic acid), need an assessment; the womb-only medicine
# alone, with his reason, does not.
@pytest.mark.parametrize(
    ("medicine", "refused"),
    [
        ({"name": "Lisinopril 10mg tablets and diazepam 2mg tablets", **_HIS}, True),
        ({"name": "Mycophenolate mofetil 500mg tablets", **_HIS}, True),
        ({"name": "Lisinopril 10mg tablets", **_HIS}, False),
    ],
)
def test_what_round_31_found_of_womb_only_medicines_is_read_both_ways(medicine: Data, refused: bool) -> None:
    assert _new_errors(_partners_extra(**medicine)) == (UNASSESSED if refused else set())


# Found refused by the seventieth fresh corpus: a partner's womb-only medicine listed with no reason at all. It is
# recognised and classed, cannot reach the baby and does not sedate: nothing to assess. His sedating medicine, his
# mycophenolate or ribavirin (paternal-exposure warnings), or a line adding a sedating medicine, still need one.
_WOMB_ONLY_BARE = ["Candesartan cilexetil 8mg tablets", "Perindopril erbumine 4mg tablets", "Warfarin 3mg tablets"]
_PARTNER_NEEDS = [
    "Ribavirin 200mg capsules",
    "Mycophenolate mofetil 250mg capsules",
    "Promethazine 25mg tablets",
    "Irbesartan 150mg tablets with zopiclone 7.5mg tablets",
]


@pytest.mark.parametrize("name", _WOMB_ONLY_BARE + _PARTNER_NEEDS)
def test_a_partners_womb_only_medicine_needs_no_reason_and_the_others_still_need_assessing(name: str) -> None:
    refused = name in _PARTNER_NEEDS
    assert _new_errors(_partners_extra(name=name, taken_by="partner")) == (UNASSESSED if refused else set())


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(_WOMB_ONLY_BARE + _PARTNER_NEEDS).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_disguised_partners_medicine_without_a_reason_is_judged_like_the_plain_one(pair: tuple[str, str]) -> None:
    plain, text = pair
    found = [_new_errors(_partners_extra(name=t, taken_by="partner")) for t in (plain, text)]
    assert found[0] == found[1] == (UNASSESSED if plain in _PARTNER_NEEDS else set())


# Found by hand mutation (round 31), both ways: a word for a woman partner earlier in the sentence does not make a
# later mother's word hers; only one that the mother's word ends ("the co-mother takes") does.
_MUT31_BIRTH_MOTHERS = [
    "While the co-mother works late, mum takes quetiapine and is slow to wake, so the nights wait for her wife"
    + _NIGHTS,
]
_MUT31_CO_MOTHERS = [
    "While mum works late, the co-mother takes quetiapine and is slow to wake, so the birth mother does the nights"
    + _NIGHTS,
]


@pytest.mark.parametrize("overall", _MUT31_BIRTH_MOTHERS + _MUT31_CO_MOTHERS)
def test_what_round_31_found_of_other_mothers_is_read_both_ways(overall: str) -> None:
    found = [path for path, _ in issues(_female_partner_quetiapine(overall), "MA120")]
    assert found == (["$.overall_conclusion.text"] if overall in _MUT31_BIRTH_MOTHERS else [])


# Found by hand mutation (round 31), both ways: a `whose_gap` word between the name and the neonatal team ("oral
# morphine daily by the neonatal team") keeps it the baby's treatment; a word that is not one ends the look.
_MUT31_BABYS = (
    "Methadone 60 mg continues; the baby is scored on the ward for 72 hours and severe withdrawal is treated with "
    "oral morphine daily by the neonatal team."
)
_MUT31_NOT_THE_BABYS = (
    "Methadone 60 mg continues; the baby is scored on the ward for 72 hours and she takes oral morphine daily for "
    "pain, also seen by the neonatal team."
)


def test_what_round_31_found_of_the_babys_treatment_is_read_both_ways() -> None:
    assert issues(_with_conclusion(_MUT31_BABYS), "MA120") == []
    assert [path for path, _ in issues(_with_conclusion(_MUT31_NOT_THE_BABYS), "MA120")] == [
        "$.assessments[0].conclusion"
    ]


def test_what_round_31_found_of_a_co_mother_relationship_is_read_both_ways() -> None:
    # "co-mother" alone in the relationship says the partner is a woman ("co-mother" of partner.toml `woman`).
    data = _female_partner_quetiapine(_HERS_AS_CO_MOTHER[0])
    data["partner"]["relationship"] = "Co-mother of the baby; lives with them"
    assert issues(data, "MA120") == []
    data["partner"]["relationship"] = "Father of the baby; lives with them"
    assert [path for path, _ in issues(data, "MA120")] == ["$.overall_conclusion.text"]


# ------------------------------------------------------------------------------------------------------------
# A medicine ruled out past its own longer phrase (found refused by a sixty-seventh fresh corpus: "the Bupramyl
# patch she was once offered for back pain was never started")

_RULED_OUT_FAR = [
    "Sertraline continues; the Lyrica capsules from her previous GP practice were never started.",
    "Sertraline continues; the Zimovane tablets the out-of-hours doctor gave her last winter are not restarted.",
    "Sertraline continues; the Oramorph solution on her old discharge letter was stopped in March.",
    # "and" joining two nouns or two times inside the name's phrase (mappings/names.toml `after_far_joins`)
    "Sertraline continues; the Lyrica capsules and tablets from her previous GP were never started.",
    "Sertraline continues; the Oramorph solution from the autumn or winter admissions was stopped in March.",
]
_TAKEN_FAR = [
    # The name has a verb of its own, or another clause starts, before the words that stop something.
    ("Sertraline continues; the Lyrica capsules from her previous GP practice help now the shingles pain has "
     "stopped.", "Gabapentinoids"),
    ("Sertraline continues; the Lyrica capsules she takes at night work and the nerve pain injections were stopped.",
     "Gabapentinoids"),
    ("Sertraline continues; Oramorph solution from the hospice is given as the oxycodone was stopped.", "Opioids"),
    # "and" starting a clause: a determiner or a subject pronoun after it
    ("Sertraline continues; the Lyrica capsules from her previous GP suit her and the nerve pain injections were "
     "stopped.", "Gabapentinoids"),
    ("Sertraline continues; the Oramorph solution from the hospice eases the pain and she stopped the patches.",
     "Opioids"),
]


@pytest.mark.parametrize("sentence", _RULED_OUT_FAR)
def test_a_medicine_ruled_out_after_its_longer_phrase_passes(sentence: str) -> None:
    data = complete()
    data["assessments"][1]["conclusion"] = sentence + " The maternity team will watch the baby after birth."
    assert not issues(data, "MA120")


@pytest.mark.parametrize(("sentence", "label"), _TAKEN_FAR)
def test_a_medicine_with_its_own_verb_before_a_stop_is_still_refused(sentence: str, label: str) -> None:
    data = complete()
    data["assessments"][1]["conclusion"] = sentence + " The maternity team will watch the baby after birth."
    assert issues(data, "MA120") == [
        (
            "$.assessments[1].conclusion",
            f"the conclusion of assessment asm-sertraline names a medicine of concern ({label}) that the record's "
            "medicine list does not include",
        )
    ]


# The mirror of a role before a name (found refused by the seventieth fresh corpus: a midwife and a pharmacist
# whose given names are brands, named before their role): a one-word brand, one surname-like word and an
# apposition naming a role is a person's name. A dose, a dose form, a verb after the brand, no surname, or a role
# that does not end its apposition leave it a medicine.
_NAMED_BEFORE_THE_ROLE = [
    "Olena Kowalczyk, her perinatal psychiatrist, agreed the plan by phone,",
    "Turgeon Blake (keyworker) sees her weekly at the clinic,",
    "the plan was agreed with Olena Byrne, our health visitor,",
    # a surname near a drug company's name but not one, and a role with qualifiers only
    "Olena Tevez, her community midwife, agreed the plan,",
]
_BRAND_BEFORE_A_ROLE_IS_HERS = [
    "Olena 20 mg, her psychiatrist, goes on each morning,",
    "Olena capsules (psychiatrist) go on each morning,",
    "she started on Olena, the psychiatrist, last week,",
    "Olena continues, her psychiatrist, Dr Shah, agreed,",
    "Olena Kowalczyk, her psychiatrist says, goes on each morning,",
    # a drug company's name after the brand is its maker (mappings/names.toml `manufacturers`), not a surname
    "she collects Olena Teva, her pharmacist,",
    "Olena Sandoz (pharmacist) goes on each morning,",
    # a phrase about a role is no role apposition (`apposition_not_role`)
    "she collects Olena Marsh, via the pharmacist,",
    "she is given Olena Byrne, by her health visitor,",
]


@pytest.mark.parametrize("words", _NAMED_BEFORE_THE_ROLE)
def test_a_brand_named_before_a_surname_and_a_role_is_a_persons_name(words: str) -> None:
    assert issues(_with_conclusion(_PROPER_NAMES.format(words)), "MA120") == []


@pytest.mark.parametrize("words", _BRAND_BEFORE_A_ROLE_IS_HERS)
def test_a_brand_before_a_role_with_a_dose_a_form_a_verb_or_no_surname_is_refused(words: str) -> None:
    assert issues(_with_conclusion(_PROPER_NAMES.format(words)), "MA120") == [
        (
            "$.assessments[0].conclusion",
            f"the conclusion of assessment asm-methadone names a medicine of concern "
            f"({medicine_classes_label('fluoxetine')}) that the record's medicine list does not include",
        )
    ]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(_RULED_OUT_FAR + [t for t, _ in _TAKEN_FAR]).flatmap(lambda t: st.tuples(st.just(t), disguised(t)))
)
def test_a_disguised_far_ruling_out_is_read_like_the_plain_one(pair: tuple[str, str]) -> None:
    found = []
    for sentence in pair:
        data = complete()
        data["assessments"][1]["conclusion"] = sentence + " The maternity team will watch the baby after birth."
        found.append(bool(issues(data, "MA120")))
    assert found[0] == found[1] == (pair[0] not in _RULED_OUT_FAR)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_NAMED_BEFORE_THE_ROLE + _BRAND_BEFORE_A_ROLE_IS_HERS), st.data())
def test_a_disguised_brand_before_a_role_is_judged_as_the_plain_one(words: str, data: st.DataObject) -> None:
    text = _PROPER_NAMES.format(words)
    assert issues(_with_conclusion(data.draw(disguised(text))), "MA120") == issues(_with_conclusion(text), "MA120")


# A conclusion naming the partner's listed brand by its distinctive first word (found refused by the seventieth
# fresh corpus: "Nirolex night cough linctus" for "Nirolex Night Time Coughs oral solution"): the brand's own word
# picks out the one listed product. A generic word of the name ("expectorant"), or a brand word two listed products
# share, names neither.
_KILKOF_PLAN = " at bedtime leaves him slow to wake, so the baby never sleeps beside him and he does no night feeds."


def _partner_kilkof(conclusion: str, *, twin: bool = False) -> Data:
    data = _partners_extra(name="Paracetamol 500mg tablets")
    data["medicines"][1]["name"] = "Kilkof Expectorant oral solution"
    if twin:
        data["medicines"][2]["name"] = "Kilkof Dry Cough linctus"
        data["medicines"][2]["taken_by"] = "partner"
    data["assessments"][0]["conclusion"] = conclusion
    data["overall_conclusion"]["text"] = (
        "The mother's paracetamol raises no concern. The father's diphenhydramine sedates him at night: no "
        "co-sleeping with him and no night feeds by him after a dose."
    )
    return data


_KILKOF_NAMED = ["His Kilkof mixture" + _KILKOF_PLAN, "The father's KILKOF" + _KILKOF_PLAN]
_KILKOF_NOT_NAMED = ["His expectorant" + _KILKOF_PLAN, "His cough mixture" + _KILKOF_PLAN]
_KILKOF_OMITTED = (
    "the conclusion of assessment asm-partner-quetiapine does not name medicine med-partner-quetiapine, which it covers"
)


@pytest.mark.parametrize("conclusion", _KILKOF_NAMED + _KILKOF_NOT_NAMED)
def test_a_brands_distinctive_word_names_the_one_listed_product(conclusion: str) -> None:
    found = issues(_partner_kilkof(conclusion), "MA119")
    assert found == ([] if conclusion in _KILKOF_NAMED else [("$.assessments[0].conclusion", _KILKOF_OMITTED)])


def test_a_brand_word_two_listed_products_share_names_neither() -> None:
    assert issues(_partner_kilkof(_KILKOF_NAMED[0], twin=True), "MA119") == [
        ("$.assessments[0].conclusion", _KILKOF_OMITTED)
    ]


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(_KILKOF_NAMED + _KILKOF_NOT_NAMED), st.data())
def test_a_disguised_brand_word_is_judged_as_the_plain_one(conclusion: str, data: st.DataObject) -> None:
    plain = issues(_partner_kilkof(conclusion), "MA119")
    assert issues(_partner_kilkof(data.draw(disguised(conclusion))), "MA119") == plain


# A word spelt exactly as a medicine of concern sounds is read in a conclusion as in the medicine list (names.py
# sound_exact: wordfreq does not know it at all, no common English word sounds so, one medicine only):
# "Tryapyn" is Triapin (ramipril), "Sionel" Syonell (valproate), neither a near misspelling as written (found
# passing by a seventy-second fresh corpus: "the Morfine he takes", "her Phortral"). Beside them, ordinary words
# near those sounds name nothing ("morphology", "fortnight", "dizzy").
_SOUND_SPELT = [
    ("Methadone 60 mg continues and her Tryapyn for blood pressure goes on too; the baby is scored for 72 hours.",
     "ramipril"),
    ("Methadone 60 mg continues; she still takes Sionel for her epilepsy, and the baby is scored for 72 hours.",
     "valproate"),
]
_SOUND_NEAR = [
    "Methadone 60 mg continues; the morphology scan was normal and the baby is scored for 72 hours.",
    "Methadone 60 mg continues; she feels dizzy each fortnight and the baby is scored for 72 hours.",
]


@pytest.mark.parametrize(("text", "ingredient"), _SOUND_SPELT)
def test_a_medicine_spelt_by_sound_in_a_conclusion_is_refused_when_unlisted(text: str, ingredient: str) -> None:
    data = complete()
    data["assessments"][0]["conclusion"] = text
    labels = medicine_classes_label(ingredient)
    assert issues(data, "MA120") == [
        (
            "$.assessments[0].conclusion",
            f"the conclusion of assessment asm-methadone names a medicine of concern ({labels}) that the record's "
            "medicine list does not include",
        )
    ]


@pytest.mark.parametrize("text", _SOUND_NEAR)
def test_words_near_a_medicines_sound_name_nothing(text: str) -> None:
    data = complete()
    data["assessments"][0]["conclusion"] = text
    assert issues(data, "MA120") == []


@settings(max_examples=20, deadline=None)
@given(st.sampled_from([t for t, _ in _SOUND_SPELT] + _SOUND_NEAR), st.data())
def test_a_disguised_sound_spelling_is_judged_as_the_plain_one(text: str, data: st.DataObject) -> None:
    plain, hidden = complete(), complete()
    plain["assessments"][0]["conclusion"] = text
    hidden["assessments"][0]["conclusion"] = data.draw(disguised(text))
    assert issues(hidden, "MA120") == issues(plain, "MA120")


# A medicine a child born before this baby needed, was given or received is that child's treatment, not hers,
# told with an aside between the child and the verb (found refused by the seventy-fourth fresh corpus). The
# mother or the partner as the subject, or another clause, takes the medicine back.
_EARLIER_CHILDS = [
    "Methadone continues. Her older daughter, delivered at 35 weeks, was given oral morphine for withdrawal, so "
    "this baby stays on the ward for five days.",
    "Continue methadone and sertraline. Her eldest son, born in 2019 elsewhere, required phenobarbital after "
    "birth; the neonatal team is aware.",
]
_HERS_BESIDE_A_CHILD = [
    "Methadone continues. Her older daughter was unsettled at the move, and she was given diazepam for it in June.",
    "Continue methadone and sertraline. Her eldest son needed a lot of support, so she received pregabalin too.",
    "Continue methadone and sertraline. Her toddler needed a new school place; diazepam 5 mg at night helps her.",
]


@pytest.mark.parametrize("overall", _EARLIER_CHILDS + _HERS_BESIDE_A_CHILD)
def test_a_medicine_an_earlier_child_was_given_is_not_hers(overall: str) -> None:
    data = complete()
    data["overall_conclusion"]["text"] = overall
    found = issues(data, "MA120")
    assert bool(found) == (overall in _HERS_BESIDE_A_CHILD)


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(_EARLIER_CHILDS + _HERS_BESIDE_A_CHILD))
def test_a_disguised_earlier_childs_medicine_is_judged_like_the_plain(data: st.DataObject, overall: str) -> None:
    plain, disguised_data = complete(), complete()
    plain["overall_conclusion"]["text"] = overall
    disguised_data["overall_conclusion"]["text"] = data.draw(disguised(overall))
    assert issues(disguised_data, "MA120") == issues(plain, "MA120")


# A grown child's medicine told with where it comes from ("from his own GP") is the child's, as it is told bare;
# the same words naming a parent ("from his mum") make it a parent's reaching the child, and the mother's own
# unlisted medicine stays refused (found refused by the hundred-and-fifty-third fresh corpus).
_CHILDS_FROM_A_SUPPLIER = [
    "Methadone continues. Her older daughter, 22, is on pregabalin from her own pharmacy and has no care of the "
    "baby at night.",
    "Continue methadone and sertraline. Amy's son, aged 20, takes zopiclone from his doctor; he never holds the "
    "baby when drowsy.",
]
_A_PARENTS_BESIDE_A_CHILD = [
    "Methadone continues. Her older daughter, 22, is on pregabalin from her mum and has no care of the baby.",
    "Continue methadone and sertraline. Amy's son, aged 20, visits; she takes zopiclone from her own GP.",
]


@pytest.mark.parametrize("overall", _CHILDS_FROM_A_SUPPLIER + _A_PARENTS_BESIDE_A_CHILD)
def test_a_grown_childs_medicine_from_a_supplier_is_the_childs(overall: str) -> None:
    data = complete()
    data["overall_conclusion"]["text"] = overall
    assert bool(issues(data, "MA120")) == (overall in _A_PARENTS_BESIDE_A_CHILD)


@settings(max_examples=20, deadline=None)
@given(st.data(), st.sampled_from(_CHILDS_FROM_A_SUPPLIER + _A_PARENTS_BESIDE_A_CHILD))
def test_a_disguised_childs_supplied_medicine_is_judged_like_the_plain(data: st.DataObject, overall: str) -> None:
    plain, hidden = complete(), complete()
    plain["overall_conclusion"]["text"] = overall
    hidden["overall_conclusion"]["text"] = data.draw(disguised(overall))
    assert issues(hidden, "MA120") == issues(plain, "MA120")


# A list of items parted by semicolons: an item naming no medicine after one that only defers goes on with what
# came before the deferral, not the medicine deferred (found passing by the seventy-fourth fresh corpus); an item
# opening on "it" or "this" speaks of the medicine just named.
_DEFERRED_MID_LIST = [
    "Methadone 60 mg carries on and withdrawal is scored on the ward for three days; sertraline is for the "
    "perinatal psychiatrist to decide; the baby sleeps in the cot, never in the parents' bed.",
    "Keep methadone at 60 mg with 72 hours of withdrawal scoring; as to sertraline, refer to the clinic letter of "
    "March; breastfeeding is encouraged and the health visitor checks the cot.",
]
_DECIDED_MID_LIST = [
    "Methadone 60 mg carries on and withdrawal is scored on the ward for three days; sertraline is for the "
    "perinatal psychiatrist to review; it continues at 50 mg meanwhile, and the baby sleeps in the cot.",
    "Keep methadone at 60 mg with 72 hours of withdrawal scoring; sertraline carries on at 50 mg, the clinic "
    "agreeing; breastfeeding is encouraged and the health visitor checks the cot.",
]
_DEFERRED_MID_LIST_MESSAGE = (
    "the conclusion of assessment asm-methadone names medicine med-sertraline only to defer or dismiss it: say what "
    "is decided about it"
)


@pytest.mark.parametrize("conclusion", _DEFERRED_MID_LIST + _DECIDED_MID_LIST)
def test_an_item_after_a_deferral_in_a_list_goes_on_with_what_came_before(conclusion: str) -> None:
    found = issues(_joint(conclusion), "MA119")
    refused = conclusion in _DEFERRED_MID_LIST
    assert found == ([("$.assessments[0].conclusion", _DEFERRED_MID_LIST_MESSAGE)] if refused else [])


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(_DEFERRED_MID_LIST + _DECIDED_MID_LIST))
def test_a_disguised_list_item_after_a_deferral_is_judged_like_the_plain(data: st.DataObject, conclusion: str) -> None:
    plain = issues(_joint(conclusion), "MA119")
    assert issues(_joint(data.draw(disguised(conclusion))), "MA119") == plain


# A name set off by an aside between commas keeps its verb after the aside (mappings/names.toml [mentions]
# `parenthesis_reach`, `parenthesis_auxiliaries`; found refused by a seventy-sixth fresh corpus): "mirtazapine,
# which her friend suggested for sleep, was ruled out" weighs mirtazapine. A new clause after the aside (its own
# subject) or another medicine's verb there leaves the name hers.
_SET_OFF = [
    "Methadone 60 mg and sertraline continue; mirtazapine, which a friend had mentioned for her sleep, was ruled out "
    "as well, and there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue; pregabalin, asked about for her back pain at the last visit, is not "
    "advised, and there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue. Mirtazapine, she was told, should be avoided; there is no co-sleeping.",
]
_SET_OFF_NEAR = [
    "Methadone 60 mg and sertraline continue; she takes mirtazapine, as her GP advised, the rest was ruled out, and "
    "there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue; mirtazapine, taken at night for her sleep, continues, and there is no "
    "co-sleeping.",
    "Methadone 60 mg and sertraline continue; mirtazapine, with sertraline, which she also takes, is not advised "
    "to stop, and there is no co-sleeping.",
]


@pytest.mark.parametrize("overall", _SET_OFF)
def test_a_name_set_off_by_an_aside_keeps_its_verb(overall: str) -> None:
    assert issues(_with_overall(overall), "MA120") == []


@pytest.mark.parametrize("overall", _SET_OFF_NEAR)
def test_a_new_clause_or_a_taking_after_an_aside_leaves_the_name_hers(overall: str) -> None:
    assert [p for p, _ in issues(_with_overall(overall), "MA120")] == ["$.overall_conclusion.text"]


@given(st.sampled_from(_SET_OFF + _SET_OFF_NEAR), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_name_set_off_by_an_aside_is_judged_like_the_plain_one(overall: str, data: st.DataObject) -> None:
    assert issues(_with_overall(data.draw(disguised(overall))), "MA120") == issues(_with_overall(overall), "MA120")
@pytest.mark.parametrize(
    ("name", "refused"),
    [
        # A single ingredient is not of concern for the classes of its partners in combination products (found
        # refused by a seventy-seventh fresh corpus); the combination still needs its assessment.
        ("Amlodipine 10mg tablets", False),
        ("Hydrochlorothiazide 12.5mg tablets", False),
        ("Amlodipine 10mg / Valsartan 160mg tablets", True),
        ("Hydrochlorothiazide 12.5 mg and losartan 50 mg oral tablet", True),
    ],
)
def test_a_combination_partner_alone_needs_no_assessment(name: str, refused: bool) -> None:
    data = with_medicine(name=name, not_of_concern_reason="For blood pressure; not sedating, reviewed by the GP.")
    assert bool(issues(data, "MA101")) is refused, name


# Shorthand the name index knows but does not look for in free text at large, being English words ("sod val") or
# short ("diaz", "tram"), names the medicine in a conclusion that covers it, as it does in a medicine list (MA117):
# found refused by an eightieth fresh corpus. Shorthand for another medicine does not.
_VALPROATE = "valproate-unplanned-pregnancy.json"
_FOSTER = "postnatal-foster-placement-diazepam-pregabalin.json"
_NAMED_BY_SHORTHAND = [
    ("Sod val stays at 500 mg twice a day until the epilepsy nurse reviews her on Friday, since a sudden stop risks "
     "fits; a detailed anomaly scan is arranged and high-dose folic acid has begun.", _VALPROATE),
    ("VPA stays at 500 mg twice a day until the epilepsy nurse reviews her on Friday, since a sudden stop risks "
     "fits; a detailed anomaly scan is arranged.", _VALPROATE),
    ("Diaz 5 mg three times a day and pregabalin 150 mg twice a day carry on; both make her drowsy, so no bed "
     "sharing and the carer does night feeds; the baby is watched for late withdrawal to day 8.", _FOSTER),
]  # fmt: skip


@pytest.mark.parametrize(("conclusion", "base"), _NAMED_BY_SHORTHAND)
def test_a_conclusion_naming_its_medicine_by_known_shorthand_passes_ma119(conclusion: str, base: str) -> None:
    assert issues(_concluded(0, conclusion, base), "MA119") == []


def test_shorthand_for_another_medicine_does_not_name_the_one_covered() -> None:
    conclusion = (
        "Diaz stays at 5 mg three times a day until the epilepsy nurse reviews her on Friday; a detailed anomaly "
        "scan is arranged."
    )
    assert [p for p, _ in issues(_concluded(0, conclusion, _VALPROATE), "MA119")] == ["$.assessments[0].conclusion"]


@given(st.sampled_from(_NAMED_BY_SHORTHAND), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_shorthand_name_is_judged_like_the_plain_one(case: tuple[str, str], data: st.DataObject) -> None:
    conclusion, base = case
    assert issues(_concluded(0, data.draw(disguised(conclusion)), base), "MA119") == []


# A covered medicine named only in a remark that she takes it, opened before the name ("also on", "she also takes",
# mappings/names.toml `lead_remarks`), the whole of its bracket, sentence or line besides its strength, is named in
# passing: nothing is decided about it (found passing by an eightieth fresh corpus). A remark the sentence or bracket
# goes on from decides.
_LEAD_REMARKED = [
    "Diazepam 5 mg three times a day is reduced slowly from the next review (she also takes pregabalin 150 mg). No "
    "bed sharing; the carer does night feeds; the baby is watched for late withdrawal to day 8.",
    "Diazepam 5 mg three times a day is reduced slowly from the next review. No bed sharing; the carer does night "
    "feeds; the baby is watched for late withdrawal to day 8.\n- Also on pregabalin.",
]


@pytest.mark.parametrize("conclusion", _LEAD_REMARKED)
def test_a_covered_medicine_named_only_in_a_remark_that_she_takes_it_is_refused(conclusion: str) -> None:
    assert issues(_concluded(0, conclusion, _FOSTER), "MA119") == [
        (
            "$.assessments[0].conclusion",
            "the conclusion of assessment asm-diazepam-pregabalin names medicine med-pregabalin only to defer or "
            "dismiss it: say what is decided about it",
        )
    ]


@pytest.mark.parametrize(
    "conclusion",
    [
        "Diazepam 5 mg three times a day is reduced slowly from the next review (she also takes pregabalin, which "
        "carries on unchanged). No bed sharing; the carer does night feeds; late withdrawal watched to day 8.",
        "Diazepam 5 mg three times a day is reduced slowly from the next review. She also takes pregabalin, kept at "
        "150 mg for now. No bed sharing; the carer does night feeds; late withdrawal watched to day 8.",
        "Diazepam 5 mg three times a day is reduced slowly from the next review. Also on pregabalin: it continues "
        "at 150 mg. No bed sharing; the carer does night feeds; late withdrawal watched to day 8.",
    ],
)
def test_a_remark_that_she_takes_it_followed_by_a_decision_passes(conclusion: str) -> None:
    assert issues(_concluded(0, conclusion, _FOSTER), "MA119") == []


@given(st.sampled_from(_LEAD_REMARKED), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_remark_that_she_takes_it_is_judged_like_the_plain_one(
    conclusion: str, data: st.DataObject
) -> None:
    plain = issues(_concluded(0, conclusion, _FOSTER), "MA119")
    assert plain
    assert issues(_concluded(0, data.draw(disguised(conclusion)), _FOSTER), "MA119") == plain


# A start or an addition planned after the name with no condition is a medicine to be given, which the list must
# hold ("X is to be introduced as a second mood stabiliser"; found passing by a seventy-sixth fresh corpus); the
# same plan on a condition or bounding another use, ruled out, or weighed and turned down is no medicine of hers.
_PLANNED_START = [
    "Sertraline continues; pregabalin is to be introduced next week for her nerve pain.",
    "Sertraline continues, and diazepam will be added at night from tomorrow.",
    "Sertraline continues; zopiclone will be commenced for sleep after the birth.",
]
_PLANNED_NOT_TAKEN = [
    "Sertraline continues; pregabalin is to be introduced only if her nerve pain returns.",
    "Sertraline continues; diazepam will be added if her anxiety returns after the birth.",
    "Sertraline continues until a pregabalin trial is started next week.",
    "Sertraline continues; diazepam was considered and rejected for her sleep.",
    "Sertraline continues; zopiclone is not to be added for sleep.",
    "Sertraline continues; zopiclone would not be added while she feeds.",
]


@pytest.mark.parametrize("sentence", _PLANNED_START + _PLANNED_NOT_TAKEN)
def test_a_planned_start_with_no_condition_needs_the_medicine_listed(sentence: str) -> None:
    data = complete()
    data["assessments"][1]["conclusion"] = sentence + " The maternity team will watch the baby after birth."
    expected = ["$.assessments[1].conclusion"] if sentence in _PLANNED_START else []
    assert [p for p, _ in issues(data, "MA120")] == expected


@given(st.sampled_from(_PLANNED_START + _PLANNED_NOT_TAKEN), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_planned_start_is_read_like_the_plain_one(sentence: str, data: st.DataObject) -> None:
    found = []
    for text in (sentence, data.draw(disguised(sentence))):
        record = complete()
        record["assessments"][1]["conclusion"] = text + " The maternity team will watch the baby after birth."
        found.append([p for p, _ in issues(record, "MA120")])
    assert found[0] == found[1]


# A short heading naming several of the conclusion's medicines, with a body that names some of them but not all
# (found passing by the ninety-fourth fresh corpus): the body decides only those it names. A word for them all in
# the body, a body naming none (it speaks of all), the others decided after, or a long opening sentence that is
# no heading, conclude on each.
_HEADING_OVER_SOME = [
    "Sertraline and methadone: the sertraline dose stays at 100 mg, and the newborn is watched for jitteriness and "
    "poor feeding for 48 hours on the ward.",
    "Plan for methadone and sertraline: keep methadone at 60 mg; her newborn is scored for opioid withdrawal for "
    "three days and never shares a bed with her.",
]
_HEADING_OVER_ALL = [
    "Sertraline and methadone: each stays at its present dose; the newborn is scored for opioid withdrawal for "
    "72 hours on the postnatal ward.",
    "Sertraline and methadone: unchanged doses, with the newborn scored for opioid withdrawal for 72 hours on the "
    "postnatal ward.",
    "Sertraline and methadone: the methadone stays at 60 mg and the newborn is scored for withdrawal for three "
    "days. Sertraline 100 mg continues, with the baby watched for jitteriness.",
    # The body opens on all of them, then names one.
    "Sertraline and methadone: unchanged, methadone kept at 60 mg; the newborn is scored for opioid withdrawal for "
    "72 hours on the postnatal ward.",
    # The heading decides before its colon.
    "Sertraline and methadone stay as they are: methadone at 60 mg; the newborn is scored for opioid withdrawal "
    "for 72 hours on the postnatal ward.",
]


@pytest.mark.parametrize("conclusion", _HEADING_OVER_SOME + _HEADING_OVER_ALL)
def test_a_joint_heading_whose_body_decides_only_some_of_its_medicines_is_refused(conclusion: str) -> None:
    got = issues(_joint(conclusion), "MA119")
    if conclusion in _HEADING_OVER_ALL:
        assert got == []
    else:
        left = "med-sertraline" if conclusion.startswith("Plan") else "med-methadone"
        assert got == [
            (
                "$.assessments[0].conclusion",
                f"the conclusion of assessment asm-methadone names medicine {left} only as the heading of what it "
                "says of another medicine: say what is decided about it",
            )
        ]


@given(st.sampled_from(_HEADING_OVER_SOME + _HEADING_OVER_ALL), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_joint_heading_is_judged_like_the_plain_one(conclusion: str, data: st.DataObject) -> None:
    plain = issues(_joint(conclusion), "MA119")
    assert issues(_joint(data.draw(disguised(conclusion))), "MA119") == plain


# MA130: "down to" and "back to" move the dose as "reduce to" does, so the amount after them is a new dose, not one
# the line (sertraline 100 mg once daily) contradicts; the amount alone is still compared.
@pytest.mark.parametrize(
    ("conclusion", "refused"),
    [
        ("Sertraline: down to 50 mg each morning; the baby is watched for jitteriness for two days.", False),
        ("Sertraline back to 50 mg each morning; the baby is watched for jitteriness for two days.", False),
        ("Sertraline 50 mg each morning goes on; the baby is watched for jitteriness for two days.", True),
    ],
)
def test_a_dose_moved_down_to_is_no_contradicted_dose(conclusion: str, refused: bool) -> None:
    data = complete()
    data["assessments"][1]["conclusion"] = conclusion
    assert bool(issues(data, "MA130")) is refused


# A bracket that only adds a medicine to what its sentence says of another ("Methadone (and sertraline) continue")
# is a mention where the conclusion gives that medicine a part of its own: its own part decides, and one that only
# points elsewhere leaves it unconcluded. With no part of its own, or a word for both, the bracket's sentence
# decides for both ([mentions] bracket_joins in mappings/names.toml).
_BRACKET_THEN_OWN_POINTER = [
    "The methadone (plus her sertraline) carries on unchanged; her newborn is scored for opioid withdrawal for three "
    "days on the ward. Regarding sertraline, please refer to the perinatal psychiatrist's letter.",
    "Keep methadone 60 mg going (and also sertraline 100 mg), with the newborn scored on the ward for three days "
    "for withdrawal. For the sertraline: as per the mental health team's letter.",
]
_BRACKET_DECIDES_FOR_BOTH = [
    # No part of its own: the sentence's decision carries the bracket.
    "Keep methadone going (and her sertraline) at today's doses; the newborn is scored on the ward for opioid "
    "withdrawal and adaptation for three days.",
    # Its own part decides.
    "The methadone (plus her sertraline) carries on unchanged; her newborn is scored for opioid withdrawal for three "
    "days on the ward. Sertraline stays at 100 mg, as stopping risks a relapse.",
    # A word for both.
    "Methadone (and sertraline) both carry on unchanged; her newborn is scored for withdrawal for three days on the "
    "ward. Regarding sertraline, please refer to the perinatal psychiatrist's letter too.",
    # Not a bare addition: the bracket says what happens to it.
    "Methadone (and sertraline, which stays at 100 mg) carries on; her newborn is scored for withdrawal for three "
    "days on the ward. Regarding sertraline, please refer to the perinatal psychiatrist's letter too.",
]


@pytest.mark.parametrize("conclusion", _BRACKET_THEN_OWN_POINTER + _BRACKET_DECIDES_FOR_BOTH)
def test_a_bracketed_addition_decides_only_where_the_medicine_has_no_part_of_its_own(conclusion: str) -> None:
    expected = (
        [
            (
                "$.assessments[0].conclusion",
                "the conclusion of assessment asm-methadone names medicine med-sertraline only to defer or dismiss "
                "it: say what is decided about it",
            )
        ]
        if conclusion in _BRACKET_THEN_OWN_POINTER
        else []
    )
    assert issues(_joint(conclusion), "MA119") == expected


@given(st.sampled_from(_BRACKET_THEN_OWN_POINTER + _BRACKET_DECIDES_FOR_BOTH), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_bracketed_addition_is_judged_like_the_plain_one(conclusion: str, data: st.DataObject) -> None:
    plain = issues(_joint(conclusion), "MA119")
    assert issues(_joint(data.draw(disguised(conclusion))), "MA119") == plain


# A neonatal treatment whose sentence says it treats the baby's withdrawal, or that a neonatal team or unit starts
# it, is the baby's (found refused by a hundred-and-sixth fresh corpus); her own morphine for her pain is not.
_TREATS_THE_BABY = [
    "Methadone 60 mg and sertraline continue. Morphine by mouth can ease neonatal withdrawal if it is severe; there "
    "is no co-sleeping.",
    "Methadone 60 mg and sertraline continue. Oral morphine would control the infant's abstinence syndrome; there is "
    "no co-sleeping.",
    "Methadone 60 mg and sertraline continue. If needed, phenobarbital, begun by the paediatricians, treats the "
    "newborn; there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue. Should scores rise, oral morphine is the treatment, started on SCBU; "
    "there is no co-sleeping.",
]
_TREATS_THE_MOTHER = [
    "Methadone 60 mg and sertraline continue. Oral morphine will ease her back pain; there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue. She uses morphine for her hip, started by her GP; there is no "
    "co-sleeping.",
    "Methadone 60 mg and sertraline continue. Morphine will settle her own withdrawal; there is no co-sleeping.",
]


@pytest.mark.parametrize("overall", _TREATS_THE_BABY)
def test_a_treatment_of_the_babys_withdrawal_or_started_by_the_unit_is_the_babys(overall: str) -> None:
    assert issues(_with_overall(overall), "MA120") == []


@pytest.mark.parametrize("overall", _TREATS_THE_MOTHER)
def test_a_treatment_of_the_mothers_pain_is_still_hers(overall: str) -> None:
    assert [p for p, _ in issues(_with_overall(overall), "MA120")] == ["$.overall_conclusion.text"]


@given(st.sampled_from(_TREATS_THE_BABY + _TREATS_THE_MOTHER), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_treatment_of_the_baby_is_judged_like_the_plain_one(overall: str, data: st.DataObject) -> None:
    assert issues(_with_overall(data.draw(disguised(overall))), "MA120") == issues(_with_overall(overall), "MA120")


# A treatment begun in a participle clause ("..., starting oral morphine if ...") is begun by its sentence's subject:
# where that is a neonatal team or unit the treatment is the baby's (found refused by a hundred-and-twelfth fresh
# corpus); where the subject is the mother, or the team is not the sentence's subject, it is read as before.
_STARTED_BY_THE_SUBJECT = [
    "Methadone 60 mg and sertraline continue. The neonatal unit will admit the newborn for three days and observe "
    "closely, commencing oral morphine should the abstinence picture worsen; there is no co-sleeping.",
    "Methadone 60 mg and sertraline continue. The paediatricians will review the infant daily, starting on morphine "
    "when withdrawal is marked; there is no co-sleeping.",
]
_STARTED_BY_ANOTHER = [
    "Methadone 60 mg and sertraline continue. She will see her GP next week, starting morphine for her hip; there is "
    "no co-sleeping.",
    "Methadone 60 mg and sertraline continue. After the neonatal unit discharges the newborn she plans to go home, "
    "starting morphine for her hip; there is no co-sleeping.",
]


@pytest.mark.parametrize("overall", _STARTED_BY_THE_SUBJECT)
def test_a_start_in_a_participle_clause_of_the_neonatal_teams_sentence_is_the_babys(overall: str) -> None:
    assert issues(_with_overall(overall), "MA120") == []


@pytest.mark.parametrize("overall", _STARTED_BY_ANOTHER)
def test_a_start_in_a_participle_clause_of_another_subjects_sentence_is_still_refused(overall: str) -> None:
    assert [p for p, _ in issues(_with_overall(overall), "MA120")] == ["$.overall_conclusion.text"]


@given(st.sampled_from(_STARTED_BY_THE_SUBJECT + _STARTED_BY_ANOTHER), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_participle_start_is_judged_like_the_plain_one(overall: str, data: st.DataObject) -> None:
    assert issues(_with_overall(data.draw(disguised(overall))), "MA120") == issues(_with_overall(overall), "MA120")


# Advice against buying a medicine (over the counter, online) is advice against taking it ("she has been told not to
# buy Nytol for sleep", found refused by a hundred-and-twenty-fourth fresh corpus); buying it, or a negation of
# something else before the purchase, leaves it hers.
_NOT_TO_BUY = [
    "Sertraline continues; she has been told not to buy promethazine or Nytol to help her sleep.",
    "Sertraline continues; she must not buy chlorphenamine over the counter while she is this drowsy.",
    "Sertraline continues; she should not purchase diazepam online.",
    "Sertraline continues; do not buy Piriton for the baby's father's hay fever without asking.",
]
_BUYS = [
    "Sertraline continues; she buys Nytol over the counter most nights to help her sleep.",
    "Sertraline continues; she must not forget that she buys promethazine for sleep.",
]


@pytest.mark.parametrize("sentence", _NOT_TO_BUY + _BUYS)
def test_advice_not_to_buy_an_unlisted_medicine_advises_against_it(sentence: str) -> None:
    data = complete()
    data["assessments"][1]["conclusion"] = sentence + " The maternity team will watch the baby after birth."
    expected = [] if sentence in _NOT_TO_BUY else ["$.assessments[1].conclusion"]
    assert [p for p, _ in issues(data, "MA120")] == expected
    disguised_data = complete()
    disguised_data["assessments"][1]["conclusion"] = (
        homoglyphs(sentence, "aeo") + " The maternity team will watch the baby after birth."
    )
    assert [p for p, _ in issues(disguised_data, "MA120")] == expected
