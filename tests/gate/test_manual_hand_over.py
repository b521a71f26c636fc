"""MA309: a manual route says how the record reaches the recipient. A description that only points back to an
earlier hand-over or habit, or names a person and a place, says nobody hands, posts or reads through anything.

Measured against every manual route in the examples, the tests and the red-team corpora that must pass."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from medassess.gate.routes import manual_problem
from medassess.gate.settings import shipped_settings
from tests.gate.disguise import disguised
from tests.redteam.cases import PASS
from tests.redteam.good_cases import GOOD
from tests.redteam.test_fresh_records import ALL, KNOWN_WRONG

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
PATH = "$.recipients[2].route.description"
NO_HAND_OVER = (
    "recipient rcp-hv (health-visitor) has a manual route that is not an instruction: a manual route "
    "says how the record reaches the recipient (who hands, posts or reads through a copy), not only that it goes "
    "as before or who will be there"
)
REFUSED = [
    "As per last time.",
    "Done the same way as for her last baby.",
    "Just like the previous placement.",
    "Foster carer at the discharge planning meeting.",
]
NEAR_MISSES = [
    "Posted as before: first class to the placement address on the day of discharge.",
    "As last time, the ward midwife hands her a printed copy at discharge.",
    "Emailed by the practice administrator to the health visiting team on the day of discharge.",
    "Foster carer collects it at the discharge planning meeting.",
    # The form, a copy or the checklist handed over is the hand-over's subject, not paperwork set aside as it is
    # in a conclusion ("the form continues overleaf").
    "Posted by the ward clerk to the health visiting team on the day of discharge.",
    "Copy of the form given to the foster carer by hand at the discharge meeting.",
    "The midwife hands the foster carer a printed copy of the record and the checklist at discharge.",
    # Going through it with them is how it reaches them (twenty-sixth hand-mutation round: "through" removed
    # from hand_over_words refused both).
    "The health visitor goes through it with the foster carer at the first home visit.",
    "Midwife talks the foster carer through the plan on the ward before discharge.",
]


def _errors(description: str) -> list[tuple[str, str]]:
    data: dict[str, Any] = json.loads(COMPLETE.read_text(encoding="utf-8"))
    data["recipients"][2]["route"] = {"kind": "manual", "description": description}
    return [(i.path, i.message) for i in check(record_from_data(data)) if i.code == "MA309"]


def test_the_recipient_is_the_one_the_messages_name() -> None:
    data = json.loads(COMPLETE.read_text(encoding="utf-8"))
    assert (data["recipients"][2]["id"], data["recipients"][2]["role"]) == ("rcp-hv", "health-visitor")


@pytest.mark.parametrize("description", REFUSED)
def test_a_route_that_says_no_hand_over_is_refused(description: str) -> None:
    assert _errors(description) == [(PATH, NO_HAND_OVER)]


@pytest.mark.parametrize("description", NEAR_MISSES)
def test_a_route_that_says_how_passes(description: str) -> None:
    assert _errors(description) == []


@settings(max_examples=60, deadline=None)
@given(st.data(), st.sampled_from(REFUSED + NEAR_MISSES))
def test_a_disguised_route_is_judged_as_its_plain_form(data: st.DataObject, plain: str) -> None:
    hidden = data.draw(disguised(plain))
    assert manual_problem(hidden, shipped_settings()) == manual_problem(plain, shipped_settings())


def _manual_routes(data: object) -> list[str]:
    recipients = data.get("recipients", []) if isinstance(data, dict) else []
    return [
        r["route"]["description"]
        for r in recipients
        if isinstance(r, dict) and isinstance(r.get("route"), dict) and r["route"].get("kind") == "manual"
    ]


def test_every_manual_route_that_must_pass_says_how() -> None:
    # A must-pass case the gate is known to get wrong is a strict xfail of the corpus suite until its fix lands.
    routes = {
        d for case in ALL if case.expect == PASS and case.name not in KNOWN_WRONG for d in _manual_routes(case.build())
    }
    routes |= {d for case in GOOD for d in _manual_routes(case.build())}
    for path in ROOT.glob("examples/pass/*.json"):
        routes.update(_manual_routes(json.loads(path.read_text(encoding="utf-8"))))
    assert len(routes) > 30
    settings_ = shipped_settings()
    assert [d for d in sorted(routes) if manual_problem(d, settings_) is not None] == []


def test_a_conclusion_still_sets_aside_what_it_says_of_the_form() -> None:
    """Only the hand-over is judged without the paperwork phrases, the months, places and documents as report words
    and the item's subjects ("at discharge" says when a route hands over), and what only writes a thing down: the
    lexicon a conclusion is judged with keeps them, and the hand-over's lexicon differs from it in nothing else."""
    lexicon = shipped_settings().lexicon
    assert lexicon.paperwork and lexicon.paperwork_in_clause
    assert "march" in lexicon.report_dates and lexicon.report_dates <= lexicon.report_words
    assert "home" in lexicon.report_places and lexicon.report_places <= lexicon.report_words
    hand_over = lexicon.for_hand_over()
    assert (hand_over.paperwork, hand_over.paperwork_in_clause) == ((), ())
    # What only writes a thing down ("it will be filed in her notes") is how a route hands over the form.
    assert lexicon.recorded and hand_over.recorded == ()
    assert "letter" in lexicon.report_documents and lexicon.report_documents <= lexicon.report_words
    assert hand_over.report_words == (
        lexicon.report_words - lexicon.report_dates - lexicon.report_places - lexicon.report_documents
    )
    assert "discharge" in lexicon.report_subjects and not hand_over.report_subjects
    assert "feeding" in lexicon.report_talked_subjects and not hand_over.report_talked_subjects
    assert (
        replace(
            hand_over,
            paperwork=lexicon.paperwork,
            paperwork_in_clause=lexicon.paperwork_in_clause,
            recorded=lexicon.recorded,
            report_words=lexicon.report_words,
            report_subjects=lexicon.report_subjects,
            report_talked_subjects=lexicon.report_talked_subjects,
        )
        == lexicon
    )


LEFT_TO_A_PARENT = (
    "recipient rcp-hv (health-visitor) has a manual route that is not an instruction: a manual route gives the "
    "hand-over itself, not a note that it is still to be arranged"
)


@pytest.mark.parametrize(
    "description",
    [
        # The mother named instead of called "the mother" (found passing by a thirtieth fresh corpus), and the
        # relay in a purpose clause.
        "Printed copy given to Jodie so that she can pass it on to the health visitor when she next sees her.",
        "Copy given to mum so that she can hand it to the health visitor at the new birth visit.",
        "Jodie Marsh-Example will take her copy round to the health visiting team.",
        # What she says or offers to do is still left to her (found passing by a forty-ninth fresh corpus).
        "Jodie has agreed she will show her copy to the health visitor at the new birth visit.",
        "Mum said she would hand the printed plan to the foster carer herself.",
    ],
)
def test_a_route_left_to_the_mother_by_her_name_is_refused(description: str) -> None:
    assert _errors(description) == [(PATH, LEFT_TO_A_PARENT)]


@pytest.mark.parametrize(
    "description",
    [
        "Printed copy handed to the health visitor by the ward midwife at discharge, with Jodie present.",
        "Read through with Jodie and the health visitor at the new birth visit; a copy left with the health visitor.",
        "Posted to the health visiting team by the practice so that they can plan the new birth visit.",
        "Jodie said the health visitor may visit on day 10; the ward midwife hands the health visitor a printed "
        "copy at discharge.",
    ],
)
def test_a_route_naming_the_mother_beside_a_hand_over_passes(description: str) -> None:
    assert _errors(description) == []


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_the_mothers_name_in_disguise_is_read_as_the_mother(data: st.DataObject) -> None:
    plain = "Printed copy given to Jodie so that she can pass it on to the health visitor when she next sees her."
    assert _errors(data.draw(disguised(plain))) == _errors(plain) == [(PATH, LEFT_TO_A_PARENT)]


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(
        [
            "Jodie has agreed she will show her copy to the health visitor at the new birth visit.",
            "Mum said she would hand the printed plan to the foster carer herself.",
            "Jodie said the health visitor may visit on day 10; the ward midwife hands the health visitor a printed "
            "copy at discharge.",
        ]
    ).flatmap(lambda t: st.tuples(st.just(t), disguised(t)))
)
def test_what_the_mother_says_she_will_hand_on_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _errors(pair[1]) == _errors(pair[0])


def test_a_hand_over_word_under_a_right_to_left_override_is_read_as_typed() -> None:
    # Typed "hands", shown reversed: the writer said how it reaches the carer, so the route passes; a route with no
    # hand-over word under the same override is still refused (twenty-sixth hand-mutation round: the words read
    # only as shown refused the first).
    assert _errors("The midwife \u202ehands\u202c it to the foster carer at discharge.") == []
    assert _errors("Foster carer at the \u202edischarge\u202c planning meeting.") == [(PATH, NO_HAND_OVER)]


# Found passing by the fifty-seventh fresh corpus: a hand-over left to when the sender is able or has time names no
# time, as "whenever" does not. One with who and when beside a conditional stands. Worded apart from the corpus.
LEFT_TO_CONVENIENCE = [
    "Will post it on as and when.",
    "Practice to email a copy when time allows.",
    "Ward clerk hands it over if able.",
]
HAND_OVER_WITH_A_TIME = [
    "Posted first class by the ward clerk to the health visiting team on the day of discharge, if the baby goes home.",
    "The midwife hands a printed copy to the health visitor at the new birth visit on day 10, when she is able to "
    "attend, or posts it that day.",
]


@pytest.mark.parametrize("description", LEFT_TO_CONVENIENCE)
def test_a_hand_over_left_to_the_senders_convenience_is_refused(description: str) -> None:
    assert _errors(description) == [(PATH, LEFT_TO_A_PARENT)]


@pytest.mark.parametrize("description", HAND_OVER_WITH_A_TIME)
def test_a_hand_over_with_who_and_when_passes(description: str) -> None:
    assert _errors(description) == []


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(LEFT_TO_CONVENIENCE + HAND_OVER_WITH_A_TIME).flatmap(lambda t: st.tuples(st.just(t), disguised(t)))
)
def test_a_hand_over_left_to_convenience_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _errors(pair[1]) == _errors(pair[0])


AS_USUAL = (
    "recipient rcp-hv (health-visitor) has a manual route that is not an instruction: a manual route gives the "
    "hand-over itself, not a note that it goes as usual"
)
HABIT_ALONE = [
    "Via the usual route.",
    "Usual arrangements, as agreed.",
    "Letter handed over as usual.",
    "Copy to the health visitor as usual for new births",
    "The usual way: copy given.",
]
HABIT_BESIDE_AN_INSTRUCTION = [
    "The practice administrator posts a printed copy to the health visiting team on the day of discharge, as usual "
    "for this team.",
    "As usual, the community midwife hands a printed copy to the health visitor at the handover meeting on day 10.",
    "Printed copy given to the health visitor at the new birth visit by the GP (the usual route for our practice).",
]


@pytest.mark.parametrize("description", HABIT_ALONE)
def test_a_habit_in_place_of_the_hand_over_is_refused(description: str) -> None:
    assert _errors(description) == [(PATH, AS_USUAL)]


@pytest.mark.parametrize("description", HABIT_BESIDE_AN_INSTRUCTION)
def test_a_habit_beside_a_full_hand_over_is_a_remark(description: str) -> None:
    assert _errors(description) == []


@settings(max_examples=40, deadline=None)
@given(st.data(), st.sampled_from(HABIT_ALONE + HABIT_BESIDE_AN_INSTRUCTION))
def test_a_disguised_habit_is_judged_as_its_plain_form(data: st.DataObject, plain: str) -> None:
    hidden = data.draw(disguised(plain))
    assert (manual_problem(hidden, shipped_settings()) is None) == (manual_problem(plain, shipped_settings()) is None)


# A hand-over verb with nothing else (no one handing or receiving, no place, no time, nothing handed) is no
# instruction anyone could carry out; one of those beside it makes it one.
VERB_ONLY = ["Hand it across.", "Send it on.", "Will post it.", "Pass across as needed."]
VERB_WITH_SOMETHING = [
    "The social worker hands it across.",
    "Send it to the health visiting team.",
    "Post the copy.",
    "Pass across on 14 June.",
]
VERB_ONLY_MESSAGE = (
    "recipient rcp-hv (health-visitor) has a manual route that is not an instruction: a manual route says who "
    "hands what to whom, where or when, not only a word of handing it over"
)


@pytest.mark.parametrize("description", VERB_ONLY)
def test_a_hand_over_verb_alone_is_refused(description: str) -> None:
    assert _errors(description) == [(PATH, VERB_ONLY_MESSAGE)]


@pytest.mark.parametrize("description", VERB_WITH_SOMETHING)
def test_a_hand_over_verb_with_a_person_place_time_or_thing_passes(description: str) -> None:
    assert _errors(description) == []


@settings(max_examples=60, deadline=None)
@given(st.data(), st.sampled_from(VERB_ONLY + VERB_WITH_SOMETHING))
def test_a_disguised_bare_hand_over_is_judged_as_its_plain_form(data: st.DataObject, plain: str) -> None:
    hidden = data.draw(disguised(plain))
    assert manual_problem(hidden, shipped_settings()) == manual_problem(plain, shipped_settings())


# A manner of handing over with nothing else (found passing by a ninety-fifth fresh corpus): how it goes, but no one
# handing or receiving, no place, no time, nothing else handed. Beside any of those it stands. Worded apart from the
# corpus.
MANNER_ONLY = [
    "In person.",
    "On paper, printed out.",
    "Paper copy.",
    "Sent by post.",
    "Given face to face.",
]
MANNER_WITH_SOMETHING = [
    "In person, by the community midwife at the new birth visit.",
    "Hard copy handed to the health visitor at the day 10 visit.",
    "Sent by post to the health visiting team on the day of discharge.",
    "Copy given in person.",
    # a manner naming a copy gives the thing handed, as "copy" alone does beside a verb
    "Hard copy, handed over.",
    "Post the printed copy.",
    "By hand to the practice reception on Monday.",
]
MANNER_ONLY_MESSAGE = (
    "recipient rcp-hv (health-visitor) has a manual route that is not an instruction: a manual route says who "
    "hands what to whom, where or when, not only how (by hand, in person, on paper)"
)


@pytest.mark.parametrize("description", MANNER_ONLY)
def test_a_manner_of_handing_over_alone_is_refused(description: str) -> None:
    assert _errors(description) == [(PATH, MANNER_ONLY_MESSAGE)]


@pytest.mark.parametrize("description", MANNER_WITH_SOMETHING)
def test_a_manner_with_a_person_place_time_or_thing_passes(description: str) -> None:
    assert _errors(description) == []


@settings(max_examples=60, deadline=None)
@given(st.data(), st.sampled_from(MANNER_ONLY + MANNER_WITH_SOMETHING))
def test_a_disguised_manner_alone_is_judged_as_its_plain_form(data: st.DataObject, plain: str) -> None:
    hidden = data.draw(disguised(plain))
    assert manual_problem(hidden, shipped_settings()) == manual_problem(plain, shipped_settings())


# A hand-over that cannot happen as written: handed over by the newborn, or posted to an address the sender says it
# does not have. The baby's people or things, an address held, and the baby handed over with the copy pass.
CANNOT_HAPPEN = [
    "Paper copy given to the kinship carer by the newborn when they leave the unit.",
    "Letter sent to the health visitor at an address the practice does not hold yet.",
    "A printed copy is posted to the kinship carer, no known address so far.",
]
CAN_HAPPEN = [
    "Paper copy given to the kinship carer by the newborn's grandmother when they leave the unit.",
    "Paper copy given to the kinship carer with the baby by the ward midwife when they leave the unit.",
    "Letter sent to the health visitor at the address the practice holds for the team.",
    "A printed copy is posted to the kinship carer's address on file on the day of discharge.",
    "Copy handed to the kinship carer at discharge by the ward, with no address change needed.",
]


@pytest.mark.parametrize("description", CANNOT_HAPPEN)
def test_a_hand_over_by_the_baby_or_to_no_address_is_refused(description: str) -> None:
    found = _errors(description)
    assert [path for path, _ in found] == [PATH]
    assert "someone can carry out" in found[0][1]


@pytest.mark.parametrize("description", CAN_HAPPEN)
def test_a_hand_over_by_a_person_to_a_held_address_passes(description: str) -> None:
    assert _errors(description) == []


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(CANNOT_HAPPEN + CAN_HAPPEN))
def test_a_disguised_hand_over_that_cannot_happen_is_judged_as_its_plain_form(data: st.DataObject, plain: str) -> None:
    hidden = data.draw(disguised(plain))
    assert manual_problem(hidden, shipped_settings()) == manual_problem(plain, shipped_settings())


# Found passing by the hundred-and-twenty-seventh fresh corpus: the hand-over's address or time left as "TBC" ("Email to
# the health visitor, address TBC.") is still to be confirmed, as "to be confirmed" written out is. Worded apart from
# the corpus.
STILL_TO_CONFIRM = [
    "Letter to the health visiting team, address tbc.",
    "Ward clerk emails a copy on discharge day; recipient's email TBA.",
]
CONFIRMED = [
    "Letter posted by the ward clerk to the health visiting team at the address on the referral, on discharge day.",
    "Letter posted by the ward clerk to the health visiting team on discharge day (time of posting tbc).",
]


@pytest.mark.parametrize("description", STILL_TO_CONFIRM)
def test_a_hand_over_with_its_address_tbc_is_refused(description: str) -> None:
    assert _errors(description) == [(PATH, LEFT_TO_A_PARENT)]
    assert _errors(description.upper()) == [(PATH, LEFT_TO_A_PARENT)]


@pytest.mark.parametrize("description", CONFIRMED)
def test_a_hand_over_with_its_address_passes(description: str) -> None:
    assert _errors(description) == []


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(STILL_TO_CONFIRM + CONFIRMED).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_an_address_tbc_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _errors(pair[1]) == _errors(pair[0])


# Found refused though complete by the hundred-and-thirty-first fresh corpus: a second copy's address still to
# confirm, its confirmation held by someone named, beside a part that is a complete hand-over by itself, is a
# remark; the record reaches the recipient by the complete one. A note held by no one, a parent or a manner, a part
# with another note besides, and a route whose only hand-over is the pending one stay refused. Worded apart from the
# corpus.
SECOND_COPY_HELD = [
    "Printed copy given to the kinship carer by the ward midwife at discharge and talked through; a further copy "
    "goes to the agency's office, address to be confirmed by the supervising social worker.",
    "The health visitor hands the carer a printed copy at the first home visit. Another copy is posted to the "
    "placement team, address TBC with their duty manager.",
    # notes in a row, then their holder; the holder as the one whose act the note waits on (a team too)
    "Printed copy given to the kinship carer by the ward midwife at discharge; a further copy for the agency, email "
    "TBC, to be confirmed by Ola Reyes, duty social worker.",
    "The health visitor hands the carer a printed copy at the first home visit. A copy for the agency's office is "
    "to follow when the fostering duty desk confirms the postcode.",
    "The health visitor hands the carer a printed copy at the first home visit. Another copy goes to the court "
    "team, address to be confirmed once their clerk has confirmed it.",
]
ONLY_PENDING_OR_UNHELD = [
    # the pending copy is the only hand-over
    "A further copy goes to the agency's office by post, address to be confirmed by the supervising social worker.",
    "Letter posted to the placement team, address TBC with their duty manager.",
    # beside a complete hand-over, but held by no one, by a parent or by a manner
    "Printed copy given to the kinship carer by the ward midwife at discharge; a further copy by post to the agency, "
    "address TBC.",
    "Printed copy given to the kinship carer by the ward midwife at discharge; a further copy by post to the agency, "
    "address TBC by someone.",
    "Printed copy given to the kinship carer by the ward midwife at discharge; a further copy by post to the agency, "
    "address TBC by mum.",
    "Printed copy given to the kinship carer by the ward midwife at discharge; a further copy to the agency, address "
    "TBC by post.",
    # the held note's part holds another note besides
    "Printed copy given to the kinship carer by the ward midwife at discharge; a further copy, address TBC by the "
    "social worker, mum to pass it on.",
    # waiting on a parent, a pronoun or no one, beside a complete hand-over
    "Printed copy given to the kinship carer by the ward midwife at discharge; a further copy to the agency is to "
    "follow once mum confirms the address.",
    "Printed copy given to the kinship carer by the ward midwife at discharge; a further copy to the agency is to "
    "follow once she confirms the address.",
    # a hand-over that waits on what a parent tells (the parent's own name is read as a parent)
    "Printed copy to be handed to the kinship carer once Jodie confirms where she will be staying.",
    "Copy to go to the health visitor when the mother lets us know which team covers her.",
    # the other part is no complete hand-over
    "As usual; a further copy by post to the agency, address TBC by the supervising social worker.",
    "Copy to be handed to the carer, time to be confirmed by the ward; a further copy to the agency, address TBC by "
    "the supervising social worker.",
]


@pytest.mark.parametrize("description", SECOND_COPY_HELD)
def test_a_second_copy_pending_with_a_named_holder_beside_a_complete_hand_over_passes(description: str) -> None:
    assert _errors(description) == []


@pytest.mark.parametrize("description", ONLY_PENDING_OR_UNHELD)
def test_a_pending_copy_alone_or_held_by_no_one_is_refused(description: str) -> None:
    assert _errors(description) != []


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(SECOND_COPY_HELD + ONLY_PENDING_OR_UNHELD).flatmap(lambda t: st.tuples(st.just(t), disguised(t)))
)
def test_a_second_copy_pending_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _errors(pair[1]) == _errors(pair[0])


# A hand-over that waits on what a parent tells is refused above (ONLY_PENDING_OR_UNHELD); one told with what a
# parent did or does beside it stands.
PARENT_BESIDE = [
    "Printed copy handed to the health visitor at the new birth visit, after Jodie had read it through.",
    "Read through with the health visitor at the new birth visit when the mother is present, and a copy left.",
    "Printed copy handed to the health visitor by the ward midwife at discharge; the mother confirmed she agrees.",
]


@pytest.mark.parametrize("description", PARENT_BESIDE)
def test_a_hand_over_beside_what_a_parent_did_passes(description: str) -> None:
    assert _errors(description) == []
# Found passing by the hundred-and-thirty-third fresh corpus: a held note standing in a part of its own, with no copy
# or hand-over of its own there ("...; address to be confirmed by the duty manager"), is the note of the part before
# it: where that part is the only hand-over, the only hand-over is still pending, and it stays refused. Beside a
# second, complete hand-over it is a remark on the copy before it. Worded apart from the corpus.
NOTE_ON_THE_ONLY_COPY = [
    "Letter to be sent by post to the kinship carer; address to be confirmed by the duty manager.",
    "A printed copy is to go to the placement by post. Address TBC with the supervising social worker.",
]
NOTE_ON_A_SECOND_COPY = [
    "Printed copy given to the kinship carer by the ward midwife at discharge and talked through. A further copy is "
    "posted to the agency; address to be confirmed by the duty manager.",
    "A further copy is posted to the agency; address TBC with the duty manager. Printed copy given to the kinship "
    "carer by the ward midwife at discharge and talked through.",
]


@pytest.mark.parametrize("description", NOTE_ON_THE_ONLY_COPY)
def test_a_held_note_on_the_only_hand_over_is_refused(description: str) -> None:
    assert _errors(description) != []


@pytest.mark.parametrize("description", NOTE_ON_A_SECOND_COPY)
def test_a_held_note_on_a_second_copy_beside_a_complete_one_passes(description: str) -> None:
    assert _errors(description) == []


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(NOTE_ON_THE_ONLY_COPY + NOTE_ON_A_SECOND_COPY).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_a_held_note_on_its_own_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _errors(pair[1]) == _errors(pair[0])
