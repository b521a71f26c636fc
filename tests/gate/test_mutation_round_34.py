"""Cases that kill the survivors of round 34's hand mutation of the gate (docs/safety/mutation-testing.md): each
fails on its mutant and passes on the gate, worded apart from the red-team corpora. Where the mutated code is a
rule, both ways: a record or text the rule refuses beside a near miss it passes."""

from __future__ import annotations

import datetime as dt

from medassess.gate.written_dates import reports_done_after
from tests.gate.test_record_checks import PREGNANCY_START, complete, day, fired


# MA212, an assessment marked pre-conception but dated inside the pregnancy (dates.pregnancy_start_latest): the
# start a recorded gestation gives counts its days as well as its weeks ("20+6" began 146 days before it was
# measured, not 140), so the margin runs from there.
def test_round_34_a_gestations_days_date_the_latest_start_of_the_pregnancy() -> None:
    data = complete()
    # The gestation puts the start ten days after the EDD does (within MA011's tolerance), told with its days.
    later = PREGNANCY_START + dt.timedelta(days=10)
    data["pregnancy"]["gestation"] = {"weeks": 20, "days": 6, "on": day(146, later)}
    data["medicines"][1]["started"] = data["medicines"][1]["last_changed"] = None
    # Fourteen days after that start is inside the margin: the mark stands.
    data["assessments"][1].update(date=day(14, later), pre_conception=True)
    assert fired(data, "MA212") == []
    # Three days past the margin (but inside it if the six days were dropped) lies inside the pregnancy.
    data["assessments"][1]["date"] = day(17, later)
    assert fired(data, "MA212") == ["$.assessments[1].pre_conception"]


# MA017, a past opening a sentence then where it was done ("Reviewed in clinic on ...", written_dates
# `opener_places`) is a note of what was done; with a word of a follow-up later in its clause ("again",
# `opener_plans`) it is a follow-up written short, a plan, wherever that word stands.
def test_round_34_a_follow_up_note_with_its_place_first_is_a_plan() -> None:
    signed = dt.date(2026, 9, 1)
    assert reports_done_after("Checked at home on 2026-09-18 by the health visitor.", signed)
    assert not reports_done_after("Checked at home again on 2026-09-18 by the health visitor.", signed)
    assert not reports_done_after("Visited in the antenatal clinic again on 2026-09-18.", signed)
