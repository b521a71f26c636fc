"""The answer checks added for hollow answers, each judged the same in disguise (look-alike letters from other
scripts, full-width forms, invisible characters, odd case and spaces): a case that must be refused and its near
miss that must pass, plain and disguised, for MA402 (who agreed, who decided and when, or a list of nouns is no
reason), MA008 (who amended the record and when is no change), MA105 (a report of risks
explained), MA125 (a restated prompt, a deferral ending its clause, a pointer to another part of the record, a partner's
answer that never speaks of sleep) and MA119 (a brand that is also an English word, named as the record lists it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import Record, check, record_from_data
from tests.gate.builders import CLASS_MEDICINES, assessment, record
from tests.gate.disguise import disguised
from tests.test_rules import TODAY, complete

Data = dict[str, Any]


def _justification(data: Data, text: str) -> None:
    data["lawful_basis"] = {"basis": "safeguarding-without-consent", "justification": text, "recorded_on": "2026-03-02"}


def _amendment(data: Data, text: str) -> None:
    data.update(status="amended", version=2, amendment_reason=text)


def _summary(data: Data, text: str) -> None:
    data["assessments"][0]["impact_on_baby"]["summary"] = text


def _safe_sleep(data: Data, text: str) -> None:
    data["assessments"][0]["impact_on_mother"]["safe_sleep"] = text


def _withdrawal_plan(data: Data, text: str) -> None:
    data["assessments"][0]["impact_on_baby"]["neonatal_withdrawal_plan"] = text


def _valium_conclusion(data: Data, text: str) -> None:
    data["medicines"][0]["name"] = "Valium 5mg tablets"
    data["medicines"][0].pop("code", None)
    data["assessments"][0]["conclusion"] = text


def _in_complete(put: Callable[[Data, str], None]) -> Callable[[str], Record]:
    def build(text: str) -> Record:
        data = complete()
        put(data, text)
        return record_from_data(data)

    return build


def _partner_safe_sleep(text: str) -> Record:
    name = CLASS_MEDICINES["sedating"]
    built = assessment(
        "med-test", name, in_recommendations=("sedation-safe-sleep",), item_text={"impact_on_mother.safe_sleep": text}
    )
    return record(name, built, taken_by="partner", advice_given=True)


CASES: list[tuple[str, Callable[[str], Record], str, str, str]] = [
    # (code, build, path, refused, near miss)
    (
        "MA402", _in_complete(_justification), "$.lawful_basis.justification",
        "Agreed by the practice safeguarding lead.",
        "The safeguarding lead agreed: asking her would alert a partner who has threatened the baby.",
    ),
    (
        "MA402", _in_complete(_justification), "$.lawful_basis.justification",
        "Shared under the statutory framework and national guidance on confidentiality and patient information.",
        "Shared without consent: she has told the drug service she will take the baby abroad if social care is told.",
    ),
    (
        "MA402", _in_complete(_justification), "$.lawful_basis.justification",
        "As per local protocol, perinatal medication assessments are shared as a matter of course.",
        "Her partner is heavily sedated at night on methadone and she refused consent; the baby sleeps beside him.",
    ),
    (
        "MA402", _in_complete(_justification), "$.lawful_basis.justification",
        "Agreed at the core group on 4 March by the GP, the family's social worker and the specialist midwife.",
        "Agreed at the core group on 4 March: she objected, but the unborn baby's withdrawal watch depends on it.",
    ),
    (
        "MA402", _in_complete(_justification), "$.lawful_basis.justification",
        "Sertraline, methadone, unborn baby, specialist midwife, social worker, neonatal unit.",
        "Sertraline and methadone: the neonatal unit must watch the baby for withdrawal after birth.",
    ),
    (
        "MA008", _in_complete(_amendment), "$.amendment_reason",
        "Amendment made at Riverside Surgery by Dr Okafor on the afternoon of 14 March.",
        "Amendment made at Riverside Surgery by Dr Okafor: the midwife's mailbox was mistyped and is corrected.",
    ),
    (
        "MA105", _in_complete(_summary), "$.assessments[0].impact_on_baby.summary",
        "Risks explained to mother.",
        "Withdrawal risk explained: signs may start 48 to 72 hours after birth.",
    ),
    (
        "MA125", _in_complete(_safe_sleep), "$.assessments[0].impact_on_mother.safe_sleep",
        "Safe sleep advice given.",
        "Safe sleep advice given: cot in the parents' room.",
    ),
    (
        "MA125", _in_complete(_withdrawal_plan), "$.assessments[0].impact_on_baby.neonatal_withdrawal_plan",
        "Paeds to review.",
        "Paeds to review at birth.",
    ),
    (
        "MA125", _in_complete(_withdrawal_plan), "$.assessments[0].impact_on_baby.neonatal_withdrawal_plan",
        "Refer to recommendations.",
        "Refer to recommendations; in brief, the baby stays on the ward for 72 hours of withdrawal scoring.",
    ),
    (
        "MA125", _in_complete(_safe_sleep), "$.assessments[0].impact_on_mother.safe_sleep",
        "Check the overall conclusion.",
        "Check the overall conclusion: the cot stays by her bed and she never shares a bed after a dose.",
    ),
    (
        "MA125", _partner_safe_sleep, "$.assessments[0].impact_on_mother.safe_sleep",
        "Father's medicine; mother is the main carer.",
        "He does no night feeds after his dose and never sleeps beside the baby.",
    ),
    (
        "MA119", _in_complete(_valium_conclusion), "$.assessments[0].conclusion",
        "The tablets continue at 5 mg; they sedate, so no co-sleeping; observe the baby for withdrawal.",
        "Valium continues at 5 mg; it sedates, so no co-sleeping; observe the baby for withdrawal.",
    ),
]


def _refused(build: Callable[[str], Record], code: str, path: str, text: str) -> bool:
    return any(i.code == code and i.path == path for i in check(build(text), today=TODAY))


def test_each_case_is_refused_and_its_near_miss_passes() -> None:
    for code, build, path, refused, near_miss in CASES:
        assert _refused(build, code, path, refused), (code, refused)
        assert not _refused(build, code, path, near_miss), (code, near_miss)


@settings(max_examples=120, deadline=None)
@given(st.data(), st.sampled_from([(c, b, p, t) for c, b, p, r, n in CASES for t in (r, n)]))
def test_a_disguised_answer_is_judged_as_its_plain_form(data: st.DataObject, case: tuple[Any, ...]) -> None:
    code, build, path, plain = case
    hidden = data.draw(disguised(plain))
    assert _refused(build, code, path, hidden) == _refused(build, code, path, plain)


_BLANK_CASES = [
    # (refused, near miss): a conclusion written with blank letters (Hangul fillers, the blank braille pattern)
    # where its spaces are, judged as the words a reader sees.
    (
        "Methadone: for review in due course.",
        "Methadone continues at 60 mg; the baby stays on the ward for five days of withdrawal scoring; no bed sharing.",
    ),
]


@settings(max_examples=60, deadline=None)
@given(st.data(), st.sampled_from([t for pair in _BLANK_CASES for t in pair]))
def test_a_conclusion_spaced_with_blank_letters_is_judged_as_its_plain_form(data: st.DataObject, plain: str) -> None:
    from tests.gate.disguise import BLANKS

    def errors(text: str) -> set[str]:
        data_ = complete()
        data_["assessments"][0]["conclusion"] = text
        found = check(record_from_data(data_), today=TODAY)
        return {i.code for i in found if i.severity == "error" and i.path == "$.assessments[0].conclusion"}

    shown = "".join(data.draw(st.sampled_from(BLANKS)) if c == " " else c for c in plain)
    assert errors(shown) == errors(plain)


def test_blank_letters_for_spaces_refuse_a_hollow_conclusion_and_pass_a_good_one() -> None:
    for refused, near_miss in _BLANK_CASES:
        for blank in ("\u3164", "\u115f", "\u1160", "\uffa0", "\u2800"):
            hollow = refused.replace(" ", blank)
            assert _refused(_in_complete(_conclusion), "MA103", "$.assessments[0].conclusion", hollow)
            hidden = near_miss.replace(" ", blank)
            assert not [
                i for i in check(_in_complete(_conclusion)(hidden), today=TODAY) if i.severity == "error"
            ], blank


def _conclusion(data: Data, text: str) -> None:
    data["assessments"][0]["conclusion"] = text
