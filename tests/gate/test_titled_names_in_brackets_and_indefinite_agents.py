"""A holder named by title in brackets, and a future passive's agent who is no one (round 49 of hand mutation,
docs/safety/mutation-testing.md; medassess/gate/substance.py, [prompt] bracket_titles and bracket_name_prompts in
mappings/hollow-phrases.toml, [unheld] indefinite_holders in mappings/concerns.toml).

* MA103: brackets holding a title and a name ("[Mrs Okoro] will ...", "<Prof. A. Lindqvist>") name who holds the
  act, as the same name without brackets does, and are no form's prompt; a title before a word a template asks a
  name with ("[Dr name]", "<Mr XX>") is still one.
* MA103: a future passive whose agent is an indefinite pronoun ("the cot will be looked at by anybody", "by whoever
  is on") is held by no one, as "somebody will look at the cot" is; a role after "by" holds it.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.settings import shipped_settings
from medassess.gate.substance import analyse
from tests.gate.conclusions import METHADONE, conclusion_codes
from tests.gate.disguise import disguise

_LINE = "Methadone 60 mg once a day goes on. "
_WATCH = "the baby for abstinence every four hours for three days on the postnatal ward."
TITLED = [
    f"{_LINE}[Mrs Okoro] is to score {_WATCH}",
    f"{_LINE}<Prof. A. Lindqvist> will score {_WATCH}",
    f"{_LINE}[Miss O'Hara-Bell] will score {_WATCH}",
]
NAMELESS = [
    f"{_LINE}Mrs Okoro is to score {_WATCH}",
    f"{_LINE}The ward midwife will score {_WATCH}",
]
PROMPTED = [
    f"{_LINE}[Dr name] will score {_WATCH}",
    f"{_LINE}<Mr XX> will score {_WATCH}",
]
_SLEEP = " Abstinence scores 4-hourly for three days by the ward midwives."
INDEFINITE = [
    f"{_LINE}The Moses basket will be looked at by anybody.",
    f"{_LINE}The Moses basket will be looked at by whoever is on.",
    f"{_LINE}The Moses basket will be looked at by someone else.",
]
AGENTS = [
    f"{_LINE}The Moses basket will be looked at by the health visitor on her first visit.{_SLEEP}",
]


def _defers(text: str) -> bool:
    return analyse(text, shipped_settings(), frozenset({"methadone"})).defers_or_dismisses


@pytest.mark.parametrize("text", [*TITLED, *NAMELESS])
def test_a_titled_name_in_brackets_holds_the_act_as_the_plain_name_does(text: str) -> None:
    assert not _defers(text)
    assert conclusion_codes(METHADONE, text) == set()


@pytest.mark.parametrize("text", PROMPTED)
def test_a_title_before_a_template_word_in_brackets_is_still_a_prompt(text: str) -> None:
    assert _defers(text)


@pytest.mark.parametrize("text", INDEFINITE)
def test_a_future_passive_done_by_no_one_in_particular_decides_nothing(text: str) -> None:
    assert "MA103" in conclusion_codes(METHADONE, text)


@pytest.mark.parametrize("text", AGENTS)
def test_a_future_passive_done_by_a_role_stands(text: str) -> None:
    assert conclusion_codes(METHADONE, text) == set()


@pytest.mark.parametrize("text", [TITLED[0], TITLED[1], PROMPTED[0], INDEFINITE[0], INDEFINITE[1], AGENTS[0]])
@pytest.mark.parametrize("seed", [5, 41])
def test_a_disguise_changes_no_verdict(text: str, seed: int) -> None:
    assert conclusion_codes(METHADONE, disguise(text, random.Random(seed))) == conclusion_codes(METHADONE, text)
