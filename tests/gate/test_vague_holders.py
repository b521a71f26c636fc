"""Acts given only to a holder no reader can name, with no time (found passing by the hundred-and-forty-fifth fresh
corpus; medassess/gate/unheld.py, [unheld] vague_holders in mappings/concerns.toml).

* MA103: a clause opening on "the team", "services", "relevant professionals", "the multi-agency team", "the teams
  concerned", "everyone involved" ... with a modal and no number or time is set aside; what is left must still
  decide.
* Near misses stand: a named team or role, "the team" with a time, "the team" pointing back to a team the text
  named, and a plan naming "the team" once beside named holders.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.text import normalise
from medassess.gate.unheld import without_vague_holders
from tests.gate.conclusions import CITALOPRAM, LITHIUM, METHADONE, PARTNER, VALPROATE
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

VAGUE = [
    (METHADONE, "Methadone 60 mg once a day goes on. The team will take care of the newborn's abstinence signs, and "
     "services will help with breastfeeding and advise on the cot."),
    (CITALOPRAM, "Citalopram 20 mg carries on. Relevant professionals will keep an eye on the infant's adaptation "
     "and her mood, and all agencies involved should support feeding."),
    (LITHIUM, "Lithium 800 mg at night carries on. The services concerned are involved and will sort out the "
     "levels and the newborn's check between them."),
    (VALPROATE, "Valproate carries on. The relevant teams will consider the fetal exposure and her epilepsy and "
     "should keep in touch as necessary."),
    (PARTNER, "His quetiapine at bedtime. Everyone involved will make sure the infant sleeps safely with him about."),
]
NAMED = [
    # a named team; the team with a time; the team pointing back to a named team
    (LITHIUM, "Lithium 800 mg at night carries on. The perinatal mental health team takes levels every 4 weeks, "
     "weekly from 36 weeks and within a day of delivery; the team will also see her within a week of the birth. "
     "The paediatrician checks the newborn after birth; she bottle feeds, as lithium enters breast milk."),
    (METHADONE, "Methadone 60 mg once a day goes on, since cutting it risks relapse. The team will score the newborn "
     "for abstinence every 4 hours for 72 hours on the postnatal ward, and the health visitor checks for late "
     "signs to day 8. Breastfeeding encouraged; no bed or sofa sharing after her dose."),
    # "the team" once beside named holders
    (CITALOPRAM, "Citalopram 20 mg carries on, as stopping risks relapse. The midwife watches the infant for 48 "
     "hours after delivery for jitteriness and poor feeding; the team will support breastfeeding; the GP reviews "
     "her mood at the six-week check."),
]


@pytest.mark.parametrize(("where", "text"), VAGUE)
def test_acts_given_only_to_vague_holders_decide_nothing(where: tuple[str, str], text: str) -> None:
    assert "MA103" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), NAMED)
def test_acts_of_named_or_timed_holders_stand(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()


@pytest.mark.parametrize(("where", "text"), [*VAGUE[:3], *NAMED])
@pytest.mark.parametrize("seed", [5, 17])
def test_a_disguise_changes_no_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)


def test_only_the_vague_clause_is_set_aside() -> None:
    kept = without_vague_holders(normalise("Sertraline goes on. Services will support feeding, and the midwife "
                                           "observes the infant for 48 h."))
    assert "support feeding" not in kept
    assert "the midwife observes the infant for 48 h" in kept


def test_a_named_team_is_no_vague_holder() -> None:
    text = normalise("The neonatal team will review the infant; the team will advise on feeding.")
    assert without_vague_holders(text) == text
