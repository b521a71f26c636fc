"""MA309: a manual route says how the record reaches the recipient. A description that only points back to an
earlier hand-over or habit, or names a person and a place, says nobody hands, posts or reads through anything.

Measured against every manual route in the examples, the tests and the red-team corpora that must pass."""

from __future__ import annotations

import json
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
from tests.redteam.test_fresh_records import ALL

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
    routes = {d for case in ALL if case.expect == PASS for d in _manual_routes(case.build())}
    routes |= {d for case in GOOD for d in _manual_routes(case.build())}
    for path in ROOT.glob("examples/pass/*.json"):
        routes.update(_manual_routes(json.loads(path.read_text(encoding="utf-8"))))
    assert len(routes) > 30
    settings_ = shipped_settings()
    assert [d for d in sorted(routes) if manual_problem(d, settings_) is not None] == []


def test_a_hand_over_word_under_a_right_to_left_override_is_read_as_typed() -> None:
    # Typed "hands", shown reversed: the writer said how it reaches the carer, so the route passes; a route with no
    # hand-over word under the same override is still refused (twenty-sixth hand-mutation round: the words read
    # only as shown refused the first).
    assert _errors("The midwife \u202ehands\u202c it to the foster carer at discharge.") == []
    assert _errors("Foster carer at the \u202edischarge\u202c planning meeting.") == [(PATH, NO_HAND_OVER)]
