"""Clinical acts held by someone whose role cannot carry them (MA122; [holders] and [conclusion] lay_actors,
lay_acts, watchers in mappings/concerns.toml; medassess/gate/holders.py).

A relative or friend set to a clinical act no answerable role holds, someone in a non-clinical job given one, a
child under 16 given the baby's care, and the baby set to tell us are refused; support acts (a lift, night feeds by
an adult, booking a clinician's visit, a call to the midwife, a reminder beside a professional's monitoring) pass.
A disguise changes no verdict. Texts worded apart from the red-team corpora."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from medassess.gate.holders import misheld_acts
from medassess.gate.text import normalise
from tests.gate.conclusions import CITALOPRAM, LITHIUM, METHADONE, SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

ROOT = Path(__file__).resolve().parents[2]





MISHELD = [
    (
        METHADONE,
        "Methadone is unchanged. The neonatal unit observes the newborn for three days. Because her dose "
        "makes her drowsy there is to be no bed sharing; the cleaner at her hostel will make sure the crib is used.",
    ),
    (
        METHADONE,
        "Methadone is unchanged at 70 mg and bottle feeding is planned. Her uncle, who lives upstairs, will check "
        "the newborn for tremor and sneezing once home.",
    ),
    (
        LITHIUM,
        "Lithium at night continues; she formula feeds. A colleague at her office will chase her serum "
        "lithium results each month; the paediatrician sees the newborn at birth.",
    ),
    (
        SEDATIVES,
        "Diazepam and pregabalin continue and leave her sleepy: no bed or sofa sharing. Her 13 year old daughter "
        "will get up with the newborn overnight.",
    ),
    (
        CITALOPRAM,
        "Citalopram 20 mg is unchanged. The newborn will let us know if anything is wrong by crying more than "
        "usual; feeding is her choice.",
    ),
    (
        LITHIUM,
        "Lithium at night continues; she formula feeds. Her fiance will sort out her specialist "
        "review and the blood tests it needs.",
    ),
    (
        LITHIUM,
        "Priadel 800 mg nocte goes on, with levels monthly, weekly from 36/40 and a day after delivery; formula "
        "feeding agreed, and the perinatal team sees her in week one as relapse is likeliest then. The newborn "
        "should be okay at home and will tell us if something is up.",
    ),
    (
        METHADONE,
        "Methadone is unchanged; the dispensing chemist, who supervises each dose, is to examine the newborn for "
        "tremor daily after discharge. No bed sharing after her dose.",
    ),
    (
        LITHIUM,
        "Lithium at night continues; she formula feeds. Her brother is going to take her bloods every month "
        "and more often near term; the paediatrician sees the newborn at birth.",
    ),
    (
        SEDATIVES,
        "Diazepam and pregabalin continue and leave her sleepy: no bed or sofa sharing. The overnight care will "
        "be done by her boy (aged 10).",
    ),
]
SUPPORTED = [
    (
        SEDATIVES,
        "Diazepam and pregabalin continue and leave her sleepy: no bed or sofa sharing. Her aunt gives the night "
        "feeds, and the health visitor checks the Moses basket at the first visit.",
    ),
    (
        LITHIUM,
        "Lithium at night continues, with serum levels monthly from the GP and weekly from 36 weeks; her "
        "brother drives her to each blood test. She formula feeds; the paediatrician sees the newborn at birth.",
    ),
    (
        METHADONE,
        "Methadone is unchanged. The ward scores the newborn for withdrawal for 72 hours; the surgery "
        "receptionist books the health visitor's first home visit. No bed sharing after her dose.",
    ),
    (
        CITALOPRAM,
        "Citalopram 20 mg is unchanged. Her husband will phone the community midwife if the newborn is shaky or "
        "feeds poorly; the midwife reviews the newborn daily for the first 48 hours.",
    ),
    (
        SEDATIVES,
        "Diazepam and pregabalin continue and leave her sleepy: no bed or sofa sharing. Her 20-year-old daughter "
        "gets up with the newborn overnight; the health visitor watches for late withdrawal to day 8.",
    ),
    (
        LITHIUM,
        "Lithium at night continues. The GP takes lithium levels monthly; her mother reminds her when the "
        "levels are due. She formula feeds; the paediatrician sees the newborn at birth.",
    ),
    (
        LITHIUM,
        "Lithium at night continues. Her father will remind her of upcoming appointments; the perinatal "
        "psychiatrist holds her care and sees her monthly. She formula feeds; the paediatrician sees the newborn "
        "at birth.",
    ),
    (
        METHADONE,
        "Methadone is unchanged; the dispensing chemist supervises each dose and tells the keyworker of any she "
        "misses. The ward scores the newborn for withdrawal for 72 hours. No bed sharing after her dose.",
    ),
]


@pytest.mark.parametrize(("where", "text"), MISHELD)
def test_a_clinical_act_held_by_no_answerable_role_is_refused(where: tuple[str, str], text: str) -> None:
    assert "MA122" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), SUPPORTED)
def test_support_beside_an_answerable_role_passes(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), MISHELD + SUPPORTED)
def test_a_disguised_text_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)


@pytest.mark.parametrize(
    ("text", "misheld"),
    [
        ("the shop assistant will confirm the cot is in use", True),
        ("her 15-year-old brother will settle the newborn at night", True),
        ("her son, aged 11, will do the night feeds", True),
        ("a friend will organise the neurology appointment", True),
        ("this baby will show us when it is unwell", True),
        # adults' support, a role named beside the act, and an adult child
        ("her 17-year-old son will do the night feeds", False),
        ("a friend will organise the neurology appointment with the GP", False),
        ("her partner will call 999 if the baby stops breathing", False),
        ("her mother will settle the baby", False),
        ("the baby will show signs of withdrawal", False),
        # a reminder of her appointments in general is held by any part naming an answerable role; a reminder of
        # anything more needs a part sharing its subject, and with no such role at all it is misheld
        ("her partner reminds her about each clinic visit. the perinatal team reviews her mood monthly", False),
        ("her partner reminds her about each clinic visit. folic acid continues", True),
        ("her partner reminds her when bloods are due; the midwife sees her fortnightly", True),
        ("a neighbour will organise her appointments; the midwife sees her fortnightly", True),
        # a dispensing role given an act on the baby; its own work stands
        ("the local chemist is to weigh the newborn each morning on the unit", True),
        ("the pharmacy team will do the nas scoring after delivery", True),
        ("the chemist will dispense her dose daily and tell the keyworker of missed doses", False),
        ("the pharmacist will review her medicines and advise on breast milk transfer", False),
        # a relative set to test the mother's blood, unless someone answerable holds the levels
        ("his father is going to take her bloods each fortnight at their house", True),
        ("her aunt will check the serum levels each week", True),
        ("her aunt drives her to clinic, where the nurse will check the serum levels each week", False),
        ("her partner will take her to have her levels checked", False),
        # a child's age in brackets, a child given the bottles, a child after a passive
        ("her daughter (12) will settle the newborn overnight", True),
        ("their boy (aged 9) gives the night bottles", True),
        ("at home the overnight care will fall to her 10-year-old", True),
        ("the feeds are done by their 8 year old son while she sleeps", True),
        ("her daughter (19) will settle the newborn overnight", False),
        ("the night bottles are given by her 18-year-old daughter", False),
        ("her son (12) fetches the nappies while the foster carer does the nights", False),
        # the baby said to be well, then set to tell with its subject left out; a watcher named in between, or a
        # clause of its own with a role, holds it
        ("the newborn should be okay at home and will tell us if something is up", True),
        ("the infant will probably be fine at home and lets us know when hungry", True),
        ("the newborn should be okay with the midwife checking daily and will tell us if something is up", False),
        ("the newborn should be okay at home, and the health visitor will tell us if something is up", False),
        ("the newborn should be okay and will feed well", False),
    ],
)
def test_who_holds_a_clinical_act(text: str, misheld: bool) -> None:
    assert misheld_acts(normalise(text), frozenset({"the", "her", "his", "with", "when", "will"})) is misheld
