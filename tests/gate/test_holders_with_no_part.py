"""MA122: an act on the baby held by someone who cannot hold it (mappings/concerns.toml [holders]; medassess/gate/
holders.py): a role with no part in the baby's care (the law, transport, the hospital's estates, pastoral care:
``no_role``) watching, testing or seeing to the baby, whoever else the conclusion names; a watcher word inside such
a title ("the hospital porter") names no watcher; a relative taking the baby's own bloods or level; someone the
text says has died ("her late father", ", who passed away,"). Real carers and professionals, a role's own work
(visiting her, reminding her of appointments) and an aside about someone else stand.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.holders import misheld_acts
from medassess.gate.text import normalise
from tests.gate.conclusions import CITALOPRAM, LITHIUM, METHADONE
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

MISHELD = [
    (METHADONE, "Methadone stays at 60 mg. The hospital security guard will monitor the newborn for withdrawal until "
     "day 5; the community midwife supports breastfeeding, and there is no bed sharing after a dose."),
    (LITHIUM, "Lithium 800 mg at night continues with levels monthly. Her aunt does the newborn's lithium level and "
     "thyroid bloods on day one; bottle feeding is planned."),
    (CITALOPRAM, "Citalopram goes on unchanged. Her grandfather, who passed away in March, will observe the baby's "
     "breathing and tone for two days; breast milk is fine."),
    (METHADONE, "Methadone stays at 60 mg and the ward midwives score the newborn for 72 hours. She is drowsy after "
     "a dose, so there is no bed sharing; the vicar will see to it that the baby sleeps in the Moses basket."),
    # a relative's test on the baby, beside a watcher who shares only a word of its time, not the baby
    (LITHIUM, "Lithium 800 mg at night continues with levels monthly; the perinatal team sees her after the birth. "
     "Her cousin takes the newborn's lithium level after the birth. Bottle feeding is planned."),
    # a place word before a title that is also a family name makes it the role ("the unit porter"), not a name
    (METHADONE, "Methadone stays at 60 mg. The unit porter keeps an eye on the newborn for withdrawal signs until "
     "day 5; breast milk is encouraged and there is no bed sharing after a dose."),
]
SUPPORTED = [
    (LITHIUM, "Lithium 800 mg at night continues with levels monthly. The paediatric team takes the newborn's lithium "
     "level on day one; her aunt drives her to the hospital. Bottle feeding is planned."),
    (METHADONE, "Methadone stays at 60 mg and the ward midwives score the newborn for 72 hours. The hospital chaplain "
     "visits her on the ward at her request. No bed sharing after a dose; breast milk is encouraged."),
    (CITALOPRAM, "Citalopram goes on unchanged. Her mother, whose own sister died last year, will check on her at "
     "home; the midwife watches the baby's breathing and tone for two days. Breast milk is fine."),
    (METHADONE, "Methadone stays at 60 mg and the ward midwives score the newborn for 72 hours. Her probation officer "
     "will remind her of her appointments. No bed sharing after a dose; breast milk is encouraged."),
]


@pytest.mark.parametrize(("where", "text"), MISHELD)
def test_an_act_on_the_baby_held_by_someone_who_cannot_hold_it_is_refused(where: tuple[str, str], text: str) -> None:
    assert "MA122" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), SUPPORTED)
def test_carers_professionals_and_a_role_s_own_work_pass(where: tuple[str, str], text: str) -> None:
    assert "MA122" not in _codes(where, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), MISHELD + SUPPORTED)
def test_a_disguised_holder_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    plain = "MA122" in _codes(where, text)
    assert ("MA122" in _codes(where, disguise(text, random.Random(seed)))) == plain


@pytest.mark.parametrize(
    ("text", "misheld"),
    [
        ("the courier checks the infant's cot each week; the hv visits.", True),
        ("the hospital porter observes the baby overnight; the ward midwife does the feeds.", True),
        ("her solicitor sees that the newborn sleeps on his back; the midwife checks the cot.", True),
        ("her brother takes the baby's bloods on day 2.", True),
        ("her late partner will keep an eye on the baby; the gp reviews her.", True),
        ("her cousin, now deceased, makes sure the crib is used.", True),
        ("the porter takes the baby to the ward; the midwife scores him.", False),
        ("the chaplain sees her on the ward; the paediatrician reviews the baby.", False),
        ("her sister, who works late, will check on her; the midwife watches the baby.", False),
        ("the paediatrician takes the baby's level; her mother holds the baby.", False),
        ("the hospital midwife checks the baby's cot.", False),
        # a title that is also a family name names a person
        ("dr porter will review the baby at birth.", False),
        ("mrs driver observes the infant for 72 hours.", False),
        ("priest will check the newborn on day 2.", False),
        ("the priest will check the newborn on day 2.", True),
        # a relative's test on the baby is held elsewhere only by a part that speaks of the baby
        ("the gp sees her after the birth; her aunt takes the baby's level after the birth.", True),
        ("the paediatrician sees the baby on day 1; her aunt takes the baby's level on day 1.", False),
        # a place word before such a title makes it the role
        ("the clinic driver observes the infant for 72 hours; the gp reviews her.", True),
        ("maternity porter will check the newborn on day 2.", True),
        ("the unit porter wheels her to the scan; the ward midwives score the baby.", False),
        ("dr porter on the unit observes the infant for 72 hours.", False),
    ],
)
def test_who_holds_an_act_on_the_baby(text: str, misheld: bool) -> None:
    assert misheld_acts(normalise(text)) == misheld
