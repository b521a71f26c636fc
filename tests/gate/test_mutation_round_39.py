"""Cases that kill the survivors of round 39's hand mutation of the gate (docs/safety/mutation-testing.md): each
fails on its mutant and passes on the gate, worded apart from the red-team corpora. Where the mutated code is a
rule, both ways: a record or text the rule refuses beside a near miss it passes."""

from __future__ import annotations

from medassess.gate.concerns import without_her_wish
from medassess.gate.text import normalise
from medassess.gate.written_times import times_clash
from tests.gate.conclusions import CITALOPRAM
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.test_medicine_rules import _with_overall, issues
from tests.gate.test_open_questions import _faults
from tests.gate.test_options_raised_and_set_aside import _refused
from tests.gate.test_plans_against_their_items import _WATCH as _WARD_WATCH
from tests.gate.test_plans_against_their_items import _ma127, _overall

_CITALOPRAM = "Citalopram 20 mg carries on. "
_WATCH = "watches the newborn for two days for jitteriness and the GP checks her mood at the six-week visit."


# MA103, the record's reader with a modal then a verb of discourse ("the reader will note ..."): what is noted is
# told, not given to the reader to do; "the reader will make sure ..." gives it to the reader.
def test_round_39_the_reader_told_to_note_a_named_role_s_act_is_no_act_given_to_the_reader() -> None:
    assert _codes(CITALOPRAM, _CITALOPRAM + "The reader will note the midwife " + _WATCH) == set()
    assert "MA103" in _codes(
        CITALOPRAM,
        _CITALOPRAM + "The reader will make sure the newborn is watched for two days for jitteriness and her mood "
        "checked at the six-week visit.",
    )


# MA103, a request to no one with a named role right after it ("please ensure the midwife ..."): the role holds the
# act; "please ensure the newborn is watched ..." gives it to no one.
def test_round_39_a_request_naming_the_role_that_acts_stands() -> None:
    assert _codes(CITALOPRAM, _CITALOPRAM + "Please ensure the midwife " + _WATCH.replace(" and", ", and")) == set()
    assert "MA103" in _codes(
        CITALOPRAM,
        _CITALOPRAM + "Please ensure the newborn is watched for two days for jitteriness and her mood is checked at "
        "the six-week visit.",
    )


# MA103, a goal headed by a colon ("Aim: ..."): the next heading's colon ends it, so the plan under "Plan:" stands;
# the goal running on to the sentence's end takes what follows with it.
def test_round_39_a_goal_heading_ends_at_the_next_heading() -> None:
    aim = _CITALOPRAM + "\nAim: a settled infant and a well mother"
    acts = "watch the newborn for two days for jitteriness and check her mood at the six-week visit."
    assert _codes(CITALOPRAM, aim + "\nPlan: " + acts) == set()
    assert _codes(CITALOPRAM, aim + "\nPlan: the midwife " + _WATCH) == set()
    assert "MA103" in _codes(CITALOPRAM, aim + ", with the newborn watched for two days for jitteriness.")


# MA103, a letter addressed to no one by name ("Dear colleague"): its "please ensure" and "you will need to" are
# given to no one; addressed to a named doctor, they are hers.
def test_round_39_a_letter_to_a_colleague_unnamed_gives_its_requests_to_no_one() -> None:
    text = (
        "Dear {}, citalopram 20 mg carries on. Please ensure the newborn is watched for two days for jitteriness and "
        "her mood is checked at the six-week visit."
    )
    assert "MA103" in _codes(CITALOPRAM, text.format("colleague"))
    assert "MA103" in _codes(
        CITALOPRAM,
        "Dear colleague, citalopram 20 mg carries on. You will need to watch the newborn for two days for "
        "jitteriness and check her mood at the six-week visit.",
    )
    assert _codes(CITALOPRAM, text.format("Dr Okafor")) == set()


# MA103, what is left once a goal is set aside must still claim more than the medicines list: the list's product,
# dose, prescriber and dates beside an aim decide nothing; beside the act that meets it, they stand.
def test_round_39_the_medicines_list_left_beside_a_goal_decides_nothing() -> None:
    listed = (
        "Citalopram 20mg tablets, 20 mg once daily, prescribed by Castle Street Surgery since June 2024, dose last "
        "changed January 2025. "
    )
    assert "MA103" in _codes(
        CITALOPRAM, listed + "The aim is that the newborn is watched for two days for jitteriness."
    )
    assert _codes(CITALOPRAM, listed + "The midwife watches the newborn for two days for jitteriness.") == set()


# MA103, a decision after an unnamed later appointment with who acts named before it: the time only is later.
def test_round_39_a_named_actor_before_an_unnamed_later_appointment_holds_the_plan() -> None:
    later = " the newborn's withdrawal scoring and feeding plan after her next antenatal appointment."
    assert not _faults("Methadone 60 mg daily continues. The paediatrician reviews" + later) & {"MA103", "MA104"}
    assert "MA103" in _faults("Methadone 60 mg daily continues. The" + later)


# MA120, a treatment begun in a participle clause of the neonatal team's sentence: only numbers, units and the
# `whose_gap` words may stand between the participle and the name; "starting mum on oral morphine" is hers.
def test_round_39_a_participle_start_with_her_between_is_hers() -> None:
    text = (
        "Methadone 60 mg and sertraline continue. The paediatric team will review the newborn daily on the ward, "
        "starting {} oral morphine {}; there is no co-sleeping."
    )
    assert [p for p, _ in issues(_with_overall(text.format("mum on", "for her wound")), "MA120")] == [
        "$.overall_conclusion.text"
    ]
    assert issues(_with_overall(text.format("", "if scores stay high").replace("  ", " ")), "MA120") == []


# MA017, the last contact of the one who watches: a watch ending the day after it is covered; two days after is not.
def test_round_39_a_last_visit_the_day_before_the_watch_ends_is_no_clash() -> None:
    text = (
        "The community midwife scores the newborn for late withdrawal until day 8; her final midwife visit is on "
        "day {}."
    )
    assert not times_clash(text.format(7))
    assert times_clash(text.format(6))


# MA120, an option set aside by name, then the same medicine started in a later sentence: only the mention inside
# the sentence that sets it aside is set aside; the later start is a medicine she takes, unlisted.
def test_round_39_an_option_set_aside_by_name_then_started_later_is_taken() -> None:
    aside = (
        "Sertraline continues at 100 mg. Her CPN floated pregabalin for the anxiety. We decided against pregabalin "
        "for now."
    )
    assert _refused(aside + " At the six-week check the GP started pregabalin 75 mg twice daily.")
    assert not _refused(aside + " At the six-week check the GP will review the anxiety again.")


# MA127, the overall conclusion laying out options ("Option 1: stop ..."): whether it chooses one is MA103's, so
# the stop it names is no stop against the assessment that continues the medicine; told as the plan, it is.
def test_round_39_an_overall_stop_laid_out_as_an_option_is_no_stop() -> None:
    options = "Option 1: stop sertraline straight away. Option 2: switch to fluoxetine."
    assert _ma127(_overall(_WARD_WATCH + options)) == set()
    told = "Stop sertraline straight away; the GP agrees this with her next week."
    assert _ma127(_overall(_WARD_WATCH + told)) == {"$.overall_conclusion.text"}


# MA122, a review on request "as well as" the planned one: more than the plan beside it, so the clause stands; on
# request alone it is left to her asking.
def test_round_39_a_review_on_request_as_well_as_the_planned_one_stands() -> None:
    both = normalise("The paediatrician reviews the baby on request as well as at the planned check on day 1.")
    assert without_her_wish(both) == both
    alone = normalise("The paediatrician reviews the baby on request.")
    assert "reviews" not in without_her_wish(alone)
