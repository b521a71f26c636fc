"""Acts with only a vague time, items under a to-do label, and holders left as blank fields (found passing by the
hundred-and-fifty-second and hundred-and-fifty-third fresh corpora; [claim] vague_times and vague_times_open,
[undecided_items] open_list_marks, open_list_nouns and open_list_tails in mappings/hollow-phrases.toml; [unheld]
blank_run_characters and blank_brackets in mappings/concerns.toml).

* MA103: an act whose only time is a frequency with no interval ("regularly", "every so often"), a moment left to
  judgement ("at a fitting juncture" kin: "at an appropriate stage", "as deemed necessary", "when the opportunity
  arises") or "in time" with nothing after it; a to-do list of short topics ("Still to do: ...", "Open questions:
  ...") or topics said to need working out; and an act whose holder is a blank field ("by ____", "Dr ___",
  "Named HV ( )") decide nothing: beside the medicine's own line the conclusion decides nothing.
* Near misses stand: a vague time beside a real interval ("regularly (every 6 hours)", "monthly and now and again
  if unwell"), "in time for discharge", a medicine taken when needed, a to-do list whose items carry a number or a
  holder, a filled field ("Named HV (Jo Adams)") and a genuine query answered after a dash.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.text import normalise
from medassess.gate.undecided_items import without_undecided_items
from medassess.gate.unheld import without_placeholder_holders
from tests.gate.conclusions import CITALOPRAM, LITHIUM, METHADONE, VALPROATE
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

VAGUE = [
    (METHADONE, "Methadone 60 mg once daily. Withdrawal scoring of the newborn in time; the crib to be looked at "
     "at an appropriate stage; help with feeding given as the opportunity arises."),
    (LITHIUM, "Lithium 800 mg at night goes on with serum levels every so often; the newborn to see a paediatrician "
     "at a suitable juncture."),
    (CITALOPRAM, "Citalopram 20 mg goes on. The newborn will be looked at regularly and wherever possible, and mood "
     "reviewed as deemed necessary."),
]
TO_DO = [
    (VALPROATE, "Valproate 500 mg twice daily. Yet to do: anomaly scan booking; neurology opinion; high-dose folic "
     "acid; whether to switch."),
    (CITALOPRAM, "Citalopram 20 mg goes on. Open questions: infant checks after delivery; feeding; her mood."),
    (METHADONE, "Methadone 60 mg once daily. The abstinence scoring, the feeding plan and where the infant sleeps "
     "still need sorting out."),
]
BLANK = [
    (METHADONE, "Methadone 60 mg once daily. Abstinence scoring by ____ every 4 hours for three days; crib check "
     "by ______ on the first home visit; feeding help by __."),
    (CITALOPRAM, "Citalopram 20 mg goes on. Named HV ( ) sees the newborn for jitteriness over 48 hours; mood "
     "check with Dr ___ at the six-week review."),
]
STANDS = [
    (LITHIUM, "Lithium 800 mg at night goes on, as stopping risks relapse. Serum levels monthly, weekly from 36 weeks "
     "and now and again if she is unwell; the paediatrician sees the newborn within 24 hours of birth; she bottle "
     "feeds, as lithium passes into milk."),
    (METHADONE, "Methadone 60 mg once daily goes on, as a cut risks relapse. The ward midwives score withdrawal "
     "regularly (every 6 hours) for 72 hours and finish in time for discharge on day 4; the health visitor sees the "
     "crib on day 10; no bed or sofa sharing after her dose; breastfeeding encouraged."),
    (CITALOPRAM, "Citalopram 20 mg goes on, as stopping risks relapse. To do: infant watch 48 h, ward midwives; "
     "mood review at 6 weeks, GP. Paracetamol when needed for pain is fine while breastfeeding."),
    (CITALOPRAM, "Citalopram 20 mg goes on, as stopping risks relapse. Named HV (Jo Adams) sees the newborn for "
     "jitteriness over 48 hours; breastfeeding supported; mood check with Dr Rahman at the six-week review."),
    (METHADONE, "Methadone 60 mg once daily goes on, as a cut risks relapse. Who does the night feeds? - her "
     "partner, who takes nothing sedating. The ward midwives score withdrawal every 4 hours for 72 hours; the "
     "health visitor sees the crib on day 10; no bed or sofa sharing after her dose."),
]


@pytest.mark.parametrize(("where", "text"), [*VAGUE, *TO_DO, *BLANK])
def test_vague_times_to_do_lists_and_blank_holders_decide_nothing(where: tuple[str, str], text: str) -> None:
    assert "MA103" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), STANDS)
def test_real_times_filled_fields_and_held_items_stand(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()


@pytest.mark.parametrize(("where", "text"), [*VAGUE, *TO_DO, *BLANK, *STANDS])
@pytest.mark.parametrize("seed", [8, 47])
def test_a_disguise_changes_no_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)


@pytest.mark.parametrize(
    "text",
    [
        "Plan. To-do: crib talk with both parents; who feeds at night; a look at the sleeping space.",
        "Plan. Outstanding actions: infant watch, feeding, mood.",
        "Plan. Where the infant sleeps and who feeds at night are still undecided.",
    ],
)
def test_to_do_lists_of_topics_are_set_aside(text: str) -> None:
    kept = without_undecided_items(normalise(text))
    assert kept.strip(" .") == "plan"


@pytest.mark.parametrize(
    "text",
    [
        "Plan. To do: cot check by the health visitor; night feeds by her partner.",
        "Plan. Outstanding: HV to check the cot.",
    ],
)
def test_to_do_items_with_their_holders_stand(text: str) -> None:
    assert without_undecided_items(normalise(text)) == normalise(text)


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("Plan. Scoring by _____ for 72 hours.", True),
        ("Plan. ___ to check the crib.", True),
        ("Plan. Review by Dr ____ at 6 weeks.", True),
        ("Plan. Named midwife [ ] watches the newborn.", True),
        ("Plan. Scoring by the ward midwives for 72 hours.", False),
        ("Plan. Review by Dr Rahman (GP) at 6 weeks.", False),
        ("Plan. Named midwife (Jo Adams) watches the newborn.", False),
    ],
)
def test_blank_fields_hold_no_one(text: str, blanked: bool) -> None:
    normalised = normalise(text)
    assert (without_placeholder_holders(normalised) != normalised) is blanked
