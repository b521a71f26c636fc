"""Items still to do or to ask (found passing by the hundred-and-forty-sixth fresh corpus;
medassess/gate/undecided_items.py, [undecided_items] in mappings/hollow-phrases.toml).

* MA103: a list whose every item is marked as still to do ("feeding - TBD; cot - to follow"), queries in shorthand
  ("?withdrawal. ?feeds.") and a review as needed with no holder or time ("F/u as required.") decide nothing once
  set aside.
* Near misses stand: the same items each with its decision, an item with its holder after the mark, and a query
  answered after a dash.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random
import tomllib

import pytest

from medassess.core.resources import data_path
from medassess.gate.undecided_items import lines_normalised, without_undecided_items
from tests.gate.conclusions import CITALOPRAM, LITHIUM, METHADONE, PARTNER
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

UNDECIDED = [
    (CITALOPRAM, "Citalopram 20 mg od: adaptation signs in the newborn - to be decided; breastfeeding on citalopram - "
     "to follow; postnatal mood and relapse risk - pending; safe sleep and night feeds - to be sorted."),
    (CITALOPRAM, "Citalopram 20 mg od, MH stable. Midwife aware. ?jittery baby. ?feeds. ?sleep. Review prn."),
    (LITHIUM, "Plan for lithium 800 mg at night:\n- serum levels: to be confirmed\n- newborn review - outstanding\n"
     "- infant feeding - to be sorted"),
    # still to do, an open list of topics, queries whose arrows lead nowhere, a query of five words (fixh48)
    (CITALOPRAM, "Citalopram 20 mg od.\nNewborn adaptation - still to sort out.\nBreastfeeding - yet to be decided.\n"
     "Mood follow-up - still to arrange."),
    (PARTNER, "Quetiapine 300 mg at night for him. Points from the home visit still unresolved: who does the night "
     "feeds, where the baby sleeps and dozing on the sofa."),
    (LITHIUM, "Lithium 800 mg at night continues. ?levels =>. ?neonatal review -. ?feeding ->."),
    (METHADONE, "Methadone 60 mg daily continues. ?safe sleeping arrangements once home."),
]
DECIDED = [
    (METHADONE, "Methadone 60 mg daily continues. Neonatal abstinence watch: ward midwives score every 4 hours for "
     "72 hours; cot and safe sleep - health visitor checks the cot at the first visit, no bed sharing after her "
     "dose; breastfeeding - encouraged; late withdrawal checks at home - health visitor to day 8."),
    # an item with its holder after the mark; a query answered after a dash
    (LITHIUM, "Lithium 800 mg at night continues. Serum levels - to be arranged by the perinatal psychiatrist, "
     "monthly and weekly from 36 weeks. ?Floppy baby - paediatric review on the postnatal ward within 24 hours of "
     "birth, with thyroid function. Infant feeding: formula, as lithium passes into breast milk."),
    (CITALOPRAM, "Citalopram 20 mg od continues. ?Adaptation signs - midwife observes the baby for 48 h after "
     "delivery, paediatrician if jittery or feeding poorly. Breastfeeding supported. GP reviews her mood at 6/52."),
    # the points each agreed; queries answered after an arrow or dash; "still to be" with its holder (fixh48)
    (PARTNER, "Quetiapine 300 mg at night continues for him. Points from the home visit, all now agreed: night feeds - "
     "his wife, every night; sleeping place - cot beside her bed; no dozing with the baby on the sofa; health visitor "
     "rechecks the cot at 6-8 weeks."),
    (METHADONE, "Methadone 60 mg daily continues. ?Late withdrawal at home -> health visitor checks on days 5 and 10. "
     "?Feeding - breastfeeding encouraged. Ward midwives score the baby 4-hourly for 72 hours."),
    (CITALOPRAM, "Citalopram 20 mg od continues. Newborn adaptation - still to be watched by the ward midwife for 48 "
     "hours. Breastfeeding supported. GP reviews her mood at 6 weeks."),
]


@pytest.mark.parametrize(("where", "text"), UNDECIDED)
def test_items_still_to_do_or_to_ask_decide_nothing(where: tuple[str, str], text: str) -> None:
    assert "MA103" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), DECIDED)
def test_items_with_their_decisions_stand(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()


@pytest.mark.parametrize(("where", "text"), [*UNDECIDED, *DECIDED])
@pytest.mark.parametrize("seed", [7, 41])
def test_a_disguise_changes_no_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)


def test_only_the_item_still_to_do_is_set_aside() -> None:
    kept = without_undecided_items(lines_normalised("Feeding - TBD; the midwife scores the baby for 72 h."))
    assert "feeding" not in kept
    assert "the midwife scores the baby for 72 h" in kept


def test_an_answered_query_and_a_timed_review_are_kept() -> None:
    text = lines_normalised("?NAS - obs for 72 h. Review at 6 weeks.")
    assert without_undecided_items(text) == text


def _shipped(key: str) -> list[str]:
    table = tomllib.loads((data_path("mappings") / "hollow-phrases.toml").read_text(encoding="utf-8"))
    return list(table["undecided_items"][key])


@pytest.mark.parametrize("mark", _shipped("to_do_marks"))
def test_every_to_do_mark_passes_the_cheap_pre_check(mark: str) -> None:
    # the pre-check's literals come from the marks themselves, so no mark is turned away before its pattern is tried,
    # written plainly, broken over a line or in look-alike letters
    for written in (mark, mark.replace(" ", "\n"), disguise(mark, random.Random(3))):
        assert "cot" not in without_undecided_items(lines_normalised(f"Cot check - {written}."))


@pytest.mark.parametrize("needed", _shipped("as_needed"))
def test_every_review_as_needed_passes_the_cheap_pre_check(needed: str) -> None:
    for written in (needed, disguise(needed, random.Random(5))):
        assert "review" not in without_undecided_items(lines_normalised(f"Review {written}."))


@pytest.mark.parametrize("opened", _shipped("open_list_marks"))
def test_every_open_list_mark_passes_the_cheap_pre_check(opened: str) -> None:
    # an open-list label's words feed the pre-check too, so no such label is turned away before its pattern is tried
    for written in (opened, disguise(opened, random.Random(7))):
        assert "cot" not in without_undecided_items(lines_normalised(f"Points {written}: feeds, cot."))


def test_a_text_with_no_item_is_returned_as_it_is() -> None:
    text = lines_normalised("Ward midwives score the baby for 72 h; health visitor reviews on day 8.")
    assert without_undecided_items(text) is text
def test_an_answer_after_a_dash_is_not_counted_as_the_query() -> None:
    text = lines_normalised("?Withdrawal - ward obs 72h, HV day 5.")
    assert without_undecided_items(text) == text
