"""Cases that kill the survivors of round 37's hand mutation of the gate (docs/safety/mutation-testing.md): each
fails on its mutant and passes on the gate, worded apart from the red-team corpora. Where the mutated code is a
rule, both ways: a record or text the rule refuses beside a near miss it passes."""

from __future__ import annotations

from medassess import check
from tests.gate.conclusions import METHADONE, SEDATIVES
from tests.gate.conclusions import conclusion_codes as _example_codes
from tests.gate.test_risk_figures import hollow
from tests.gate.test_substance import TODAY, with_conclusion

# MA103/MA104: what the methadone example's first conclusion decides (substance.py).


def _refused(text: str) -> set[str]:
    return {i.code for i in check(with_conclusion(text), today=TODAY) if i.severity == "error"} & {
        "MA103",
        "MA104",
        "MA122",
    }


# A leaflet's register: in a text that exclaims to the reader, a clause addressed to the reader with no figure is
# advice for anyone (`_ADDRESSED_TO_READER`), though it opens on no bare order.
def test_round_37_clauses_to_the_reader_in_an_exclaiming_text_decide_nothing() -> None:
    exclaimed = (
        "Methadone and the newborn: well done! Your newborn will be checked by your midwife for a few days, and you "
        "can feed him as you like!"
    )
    assert "MA103" in _refused(exclaimed)
    assert _refused(exclaimed.replace("well done! ", "").replace("like!", "like.")) == set()


# An obligation softened: "should" left with only "be" once its participle is set aside decides nothing
# (`_SOFT_MODALS`); the same modal with its act and a time decides.
def test_round_37_a_should_left_with_only_be_decides_nothing() -> None:
    assert "MA103" in _refused(
        "Methadone and sertraline: withdrawal scoring of the newborn on the ward should be discussed."
    )
    assert not _refused(
        "Methadone and sertraline: withdrawal scoring of the newborn on the ward should be done for three days."
    )


# A gerund opening a softened obligation is no claim (`_SOFTENED_GERUND`): "continuing both" is only named as the
# thing to consider, so the text decides nothing at all (not a decision off the concern).
def test_round_37_a_gerund_under_a_softened_obligation_is_no_decision() -> None:
    assert "MA103" in _refused(
        "Methadone and sertraline: continuing both should ideally be considered; keeping the newborn on the ward "
        "for three days may be worth thinking about."
    )


# Guidance reported with no verb (`[general] report_frames`): "according to" a body, then the guidance's own word
# for any baby ("the newborn"), reports; "in line with" adopts it.
def test_round_37_according_to_a_body_reports_its_guidance() -> None:
    assert "MA103" in _refused(
        "Methadone and sertraline: according to national guidance, the newborn should be scored for withdrawal for "
        "72 hours."
    )
    assert not _refused(
        "Methadone and sertraline: in line with national guidance, the newborn should be scored for withdrawal for "
        "72 hours."
    )


# A share foretold (`_SHARE_FIGURE`): up to four words between "of" and the verb ("of the dose she takes").
def test_round_37_a_share_of_four_words_foretold_is_a_figure_not_a_plan() -> None:
    share = "Sertraline 100 mg once a day: under 1% of the dose she takes would pass to the newborn through her milk"
    assert hollow(share + ".")
    assert not hollow(share + ", so breastfeeding goes on and the health visitor weighs the newborn at 2 weeks.")


# A SOAP note's findings alone (`findings_only`) need both kinds of heading: a plan under a lone "O:" states one.
def test_round_37_a_plan_under_one_findings_heading_is_a_conclusion() -> None:
    assert not _refused(
        "O: methadone 60 mg and sertraline 100 mg continue unchanged and the newborn is scored for withdrawal on the "
        "ward for 72 hours."
    )
    assert "MA103" in _refused("S: feels settled on methadone and sertraline. O: 34+1/40, growth normal on scan.")


# A dose label (`_LABEL`): only a word of the record's medicines heading its dose is a label set aside; an order
# with a dose before the colon ("Continue 60 mg daily:") decides.
def test_round_37_an_order_with_a_dose_before_a_colon_is_no_medicines_label() -> None:
    after = ": newborns do not always withdraw, she might not have to cut down, and a longer stay could be discussed."
    assert _refused("Continue 60 mg daily" + after) == set()
    assert "MA103" in _refused("Methadone 60 mg daily" + after)


# An actor named by a rota (`whoever is on`): whoever it is, no one is answerable.
def test_round_37_whoever_is_on_nights_is_no_one_answerable() -> None:
    plan = "Methadone and sertraline continue; {} will score the newborn for withdrawal for 72 hours."
    assert "MA103" in _refused(plan.format("whoever is on nights"))
    assert _refused(plan.format("the night midwife")) == set()


# Signing the form ("be signed"): bookkeeping that decides nothing for the baby; a decision beside it stands.
def test_round_37_a_form_to_be_signed_decides_nothing() -> None:
    assert "MA103" in _refused(
        "The methadone record is complete, with the baby's withdrawal scoring and feeds, and must be signed by the "
        "practice pharmacist."
    )
    assert not _refused(
        "The methadone record must be signed by the practice pharmacist, and methadone 60 mg continues; the newborn "
        "is scored for withdrawal for 72 hours."
    )


# "worth thinking about" as a modal's only predicate: a thought, not a plan.
def test_round_37_scoring_worth_thinking_about_is_no_plan() -> None:
    assert "MA104" in _refused(
        "Methadone and sertraline: withdrawal scoring for the newborn may be worth thinking about."
    )
    assert not _refused(
        "Methadone and sertraline: withdrawal scoring for the newborn on the ward is worth doing for 72 hours."
    )


def _lay_codes(text: str) -> set[str]:
    return _example_codes(METHADONE, text)


# MA122, a lay watcher (`[conclusion] lay_actors`): a cousin set to watch is no observation plan; beside the
# midwife's scoring the cousin helps.
def test_round_37_a_cousin_watching_alone_is_no_observation_plan() -> None:
    lone = "Methadone is unchanged at her current dose. Her cousin will keep an eye on the newborn"
    assert "MA122" in _lay_codes(lone + " for withdrawal signs once they are home.")
    assert "MA122" not in _lay_codes(lone + ", and the midwife scores him for withdrawal for three days.")


# MA122, another medicine's clause (`[conclusion] speaks_on`): a subjectless clause after "and" ("and no problem for
# the newborn, who ...") speaks on of the medicine before it, not of the baby's plan.
def test_round_37_a_subjectless_clause_after_and_speaks_on_of_the_other_medicine() -> None:
    listed = "Diazepam and pregabalin are on her list. "
    other = "Ferrous fumarate 210 mg daily for anaemia continues, and no problem for the newborn, who is formula fed."
    assert "MA122" in _example_codes(SEDATIVES, listed + other)
    assert "MA122" not in _example_codes(
        SEDATIVES,
        "Diazepam and pregabalin continue and sedate her: no bed or sofa sharing, the carer does night feeds and the "
        "health visitor watches for late withdrawal to day 8. " + other,
    )
