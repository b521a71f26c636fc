"""No copy and paste (MA121): a conclusion repeated under assessments of different medicines, plainly, disguised
or with only the names and doses changed, is refused; conclusions that share a sentence but each say their own
pass, and so does a joint conclusion that covers and names its medicines."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from hypothesis import given, settings

from medassess import GateSettings, Record, check, record_from_data
from medassess.gate.settings import shipped_settings
from tests.gate.builders import disguised
from tests.test_rules import COMPLETE, TODAY, complete, errors

Data = dict[str, Any]
METHADONE = complete()["assessments"][0]["conclusion"]
SERTRALINE = complete()["assessments"][1]["conclusion"]
FOSTER = COMPLETE.parent / "postnatal-foster-placement-diazepam-pregabalin.json"


def copies(r: Record, gate: GateSettings | None = None) -> list[tuple[str, str]]:
    return [(i.path, i.message) for i in check(r, today=TODAY, settings=gate) if i.code == "MA121"]


def with_conclusions(*texts: str, overall: str | None = None) -> Record:
    data = complete()
    for index, text in enumerate(texts):
        data["assessments"][index]["conclusion"] = text
    if overall is not None:
        data["overall_conclusion"]["text"] = overall
    return record_from_data(data)


def test_the_shipped_conclusions_are_not_copies() -> None:
    assert copies(with_conclusions(METHADONE, SERTRALINE)) == []


def test_a_conclusion_pasted_under_another_medicine_is_refused_at_the_copy() -> None:
    found = copies(with_conclusions(METHADONE, METHADONE))
    assert [p for p, _ in found] == ["$.assessments[1].conclusion"]
    assert "$.assessments[0].conclusion" in found[0][1] and "word for word" in found[0][1]
    # Pasted under sertraline, the methadone conclusion also fails to name sertraline (MA119).
    assert errors(with_conclusions(METHADONE, METHADONE)) == {"MA119", "MA121"}


@settings(max_examples=25, deadline=None)
@given(disguised(METHADONE))
def test_a_disguised_copy_is_a_copy(text: str) -> None:
    assert [p for p, _ in copies(with_conclusions(METHADONE, text))] == ["$.assessments[1].conclusion"]


def test_case_spacing_and_punctuation_hide_no_copy() -> None:
    text = METHADONE.upper().replace(". ", " ;  ").replace(",", "")
    assert [p for p, _ in copies(with_conclusions(METHADONE, text))] == ["$.assessments[1].conclusion"]


def test_only_the_medicine_name_changed_is_still_a_copy() -> None:
    pasted = SERTRALINE.replace("Sertraline", "Methadone")
    found = copies(with_conclusions(pasted, SERTRALINE))
    assert [p for p, _ in found] == ["$.assessments[1].conclusion"]
    assert "almost word for word" in found[0][1]


def test_names_and_doses_changed_is_still_a_copy() -> None:
    template = (
        "Continue {} {} mg daily through pregnancy. The baby needs observation after birth and breastfeeding "
        "is supported; the midwife will check the cot at the home visit."
    )
    r = with_conclusions(template.format("methadone", 60), template.format("sertraline", 100))
    assert [p for p, _ in copies(r)] == ["$.assessments[1].conclusion"]


def test_a_copy_with_a_word_changed_is_refused_at_the_default_threshold_only() -> None:
    edited = SERTRALINE.replace("Sertraline", "Methadone").replace("maternity team", "midwife")
    r = with_conclusions(edited, SERTRALINE)
    assert [p for p, _ in copies(r)] == ["$.assessments[1].conclusion"]
    stricter = dataclasses.replace(shipped_settings(), copy_similarity=0.97)
    assert copies(r, stricter) == []


# The methadone conclusion pasted under sertraline with a few words reworded: 0.88 alike once names are masked.
REWORDED = (
    "Sertraline daily should continue through the pregnancy. The baby will likely need observation for neonatal "
    "withdrawal; breastfeeding is supported. Sedation after each dose means no co-sleeping, and the cot is to be "
    "checked at the home visit."
)


def test_a_copy_with_a_few_words_reworded_is_a_copy() -> None:
    assert [p for p, _ in copies(with_conclusions(METHADONE, REWORDED))] == ["$.assessments[1].conclusion"]


# Two words more reworded ("watching" for "observation", "fine" for "supported"): about one word in five differs
# once names are masked, still at or above copy_similarity.
REWORDED_FURTHER = REWORDED.replace("observation", "watching").replace("is supported", "is fine")


def test_a_copy_with_about_one_word_in_five_reworded_is_a_copy() -> None:
    assert [p for p, _ in copies(with_conclusions(METHADONE, REWORDED_FURTHER))] == ["$.assessments[1].conclusion"]


@settings(max_examples=15, deadline=None)
@given(disguised(REWORDED))
def test_a_disguised_reworded_copy_is_a_copy(text: str) -> None:
    assert [p for p, _ in copies(with_conclusions(METHADONE, text))] == ["$.assessments[1].conclusion"]


def test_conclusions_alike_in_shape_but_each_its_own_pass() -> None:
    # Same structure, different substance: what the baby is watched for, for how long, and why.
    own = (
        "Sertraline 100 mg should continue through pregnancy. The baby may be jittery or feed poorly for two days; "
        "breastfeeding is supported. She is not drowsy on it, and relapse is the greater risk if it stops."
    )
    assert copies(with_conclusions(METHADONE, own)) == []


def test_a_copy_with_its_sentences_in_another_order_is_a_copy() -> None:
    sentences = [s.strip() for s in METHADONE.split(".") if s.strip()]
    assert len(sentences) >= 3
    reordered = ". ".join(reversed(sentences)) + "."
    assert [p for p, _ in copies(with_conclusions(METHADONE, reordered))] == ["$.assessments[1].conclusion"]
    # The sentences of two different conclusions, each in its own order, are still two conclusions.
    mixed = ". ".join(reversed([s.strip() for s in SERTRALINE.split(".") if s.strip()])) + "."
    assert copies(with_conclusions(METHADONE, mixed)) == []


def test_a_copy_padded_with_sentences_of_its_own_is_a_copy() -> None:
    padded = METHADONE + " The family have a new puppy and the garden is being landscaped this summer."
    assert [p for p, _ in copies(with_conclusions(METHADONE, padded))] == ["$.assessments[1].conclusion"]
    assert [p for p, _ in copies(with_conclusions(padded, METHADONE))] == ["$.assessments[1].conclusion"]


def test_an_overall_conclusion_gathering_each_assessments_sentences_is_no_copy() -> None:
    assert copies(with_conclusions(METHADONE, SERTRALINE, overall=METHADONE + " " + SERTRALINE)) == []


def test_conclusions_sharing_a_sentence_but_saying_their_own_pass() -> None:
    shared = " The health visitor will see the baby at home within ten days and check the sleeping arrangements."
    assert copies(with_conclusions(METHADONE + shared, SERTRALINE + shared)) == []
    shorter = " Any change of dose is shared with maternity the same week."
    assert copies(with_conclusions(shorter + " " + METHADONE, SERTRALINE + shorter)) == []


def test_the_overall_conclusion_may_not_repeat_one_of_several_assessments() -> None:
    found = copies(with_conclusions(METHADONE, SERTRALINE, overall=METHADONE))
    assert [p for p, _ in found] == ["$.overall_conclusion.text"]


def test_the_overall_conclusion_may_repeat_the_only_assessment() -> None:
    data = json.loads(FOSTER.read_text(encoding="utf-8"))
    data["overall_conclusion"]["text"] = data["assessments"][0]["conclusion"]
    assert copies(record_from_data(data)) == []


def _foster_with_a_second_assessment() -> Data:
    data: Data = json.loads(FOSTER.read_text(encoding="utf-8"))
    data["medicines"].append({"id": "med-paracetamol", "name": "Paracetamol 500mg tablets"})
    data["assessments"].append(
        {
            "id": "asm-paracetamol",
            "medicine_ids": ["med-paracetamol"],
            "conclusion": "Paracetamol for pain after the birth raises no concern for the baby or for bottle feeding.",
        }
    )
    return data


def test_a_joint_conclusion_that_covers_and_names_its_medicines_may_be_repeated() -> None:
    data = _foster_with_a_second_assessment()
    data["overall_conclusion"]["text"] = data["assessments"][0]["conclusion"]
    assert copies(record_from_data(data), None) == []


def test_a_joint_conclusion_that_does_not_name_a_medicine_it_covers_may_not_be_repeated() -> None:
    data = _foster_with_a_second_assessment()
    joint = data["assessments"][0]["conclusion"].replace("Diazepam and pregabalin together", "Her medicines together")
    assert "pregabalin" not in joint.casefold()
    data["assessments"][0]["conclusion"] = joint
    data["overall_conclusion"]["text"] = joint
    assert [p for p, _ in copies(record_from_data(data))] == ["$.overall_conclusion.text"]


def test_one_generic_conclusion_repeated_everywhere_is_refused_at_each_repeat() -> None:
    generic = "Medicines reviewed with her; continue as prescribed and monitor the baby after birth as usual."
    found = copies(with_conclusions(generic, generic, overall=generic))
    assert [p for p, _ in found] == ["$.assessments[1].conclusion", "$.overall_conclusion.text"]
    assert all("$.assessments[0].conclusion" in m for _, m in found)


def test_two_assessments_of_the_same_medicine_are_not_copies_across_medicines() -> None:
    data = complete()
    data["assessments"][1]["medicine_ids"] = ["med-methadone"]
    data["assessments"][1]["conclusion"] = METHADONE
    data["assessments"].append({**complete()["assessments"][1], "id": "asm-sertraline-2"})
    assert copies(record_from_data(data)) == []


def test_a_repeated_placeholder_is_reported_as_a_placeholder_only() -> None:
    r = with_conclusions("See letter from drug service.", "See letter from drug service.")
    assert errors(r) == {"MA103"}


def test_a_conclusion_pasted_hundreds_of_times_is_found_at_every_paste() -> None:
    data = complete()
    base = data["assessments"][1]
    data["medicines"] = [{"id": f"med-{i}", "name": "Sertraline 50mg tablets"} for i in range(300)]
    data["assessments"] = [
        {**base, "id": f"asm-{i}", "medicine_ids": [f"med-{i}"], "conclusion": f"{SERTRALINE} Seen at visit {i}."}
        for i in range(300)
    ]
    found = copies(record_from_data(data))
    assert [p for p, _ in found] == [f"$.assessments[{i}].conclusion" for i in range(1, 300)]


@settings(max_examples=20, deadline=None)
@given(disguised(METHADONE + " The family have a new puppy and the garden is being landscaped this summer."))
def test_a_disguised_padded_copy_is_a_copy(padded: str) -> None:
    assert [p for p, _ in copies(with_conclusions(METHADONE, padded))] == ["$.assessments[1].conclusion"]


# The methadone conclusion pasted under sertraline in other words (mappings/synonyms.toml): "infant" for "baby",
# "monitoring" for "observation", "breast feeding is encouraged", "bed sharing", "crib", "keep on" for "continue".
# Found by a twentieth fresh corpus, whose copy used other synonyms.
IN_OTHER_WORDS = (
    "Sertraline 100 mg daily should keep on through gestation. The infant is likely to need monitoring for neonatal "
    "abstinence; breast feeding is encouraged. Drowsiness following each dosage means no bed sharing and the crib "
    "must be checked at the home visit."
)
# Its clauses in another order within and across sentences.
CLAUSES_REORDERED = (
    "Breastfeeding is supported; the baby is likely to need observation for neonatal withdrawal. The cot must be "
    "checked at the home visit, and sedation after each dose means no co-sleeping. Sertraline 100 mg daily should "
    "continue through pregnancy."
)
# Its own conclusion in the same register, sharing many of those words: no copy.
OWN_IN_THE_SAME_WORDS = (
    "Sertraline 100 mg should carry on through pregnancy, as stopping risks relapse. The infant may be jittery for "
    "two days and the midwife watches feeding; breast feeding is encouraged. She is not drowsy on it, so the crib "
    "needs no extra check."
)


def test_a_copy_in_other_words_or_with_its_clauses_reordered_is_a_copy() -> None:
    for text in (IN_OTHER_WORDS, CLAUSES_REORDERED):
        assert [p for p, _ in copies(with_conclusions(METHADONE, text))] == ["$.assessments[1].conclusion"]


def test_an_own_conclusion_in_the_same_words_is_no_copy() -> None:
    assert copies(with_conclusions(METHADONE, OWN_IN_THE_SAME_WORDS)) == []


@settings(max_examples=15, deadline=None)
@given(disguised(IN_OTHER_WORDS))
def test_a_disguised_copy_in_other_words_is_a_copy(text: str) -> None:
    assert [p for p, _ in copies(with_conclusions(METHADONE, text))] == ["$.assessments[1].conclusion"]


# Found by the twenty-fifth hand-mutation round. The copy in other words with its clauses cut in other places (a
# comma where the original has a full stop, "as" and "with" joining what were sentences): sorting clauses then
# shuffles it, so only the text as written, read alike, finds it.
IN_OTHER_WORDS_RECUT = (
    "Sertraline 100 mg daily should carry on through gestation, as the infant is likely to need monitoring for "
    "neonatal abstinence, with breast feeding supported; drowsiness following each dose means no bed sharing, and "
    "the crib must be checked at the home visit."
)
# The copy in other words padded with news of the family, so the texts are no longer alike as a whole: each of
# its sentences, read alike, is still one of the methadone conclusion's.
_FAMILY_NEWS = (
    " The family moved house in the spring and the grandmother now lives close by, which helps with the older "
    "children. The health visitor has met the family twice at home and the mother attends every appointment."
)
IN_OTHER_WORDS_PADDED = (
    "Sertraline 100 mg daily should carry on through gestation. The infant is likely to need monitoring for "
    "neonatal abstinence; breast feeding is supported. Drowsiness following each dosage means no bed sharing and "
    "the crib must be checked at the home visit." + _FAMILY_NEWS
)


def test_a_copy_in_other_words_recut_or_padded_is_a_copy() -> None:
    for text in (IN_OTHER_WORDS_RECUT, IN_OTHER_WORDS_PADDED):
        assert [p for p, _ in copies(with_conclusions(METHADONE, text))] == ["$.assessments[1].conclusion"]


def test_an_own_conclusion_padded_with_the_same_news_is_no_copy() -> None:
    assert copies(with_conclusions(METHADONE, SERTRALINE + _FAMILY_NEWS)) == []


# A conclusion pasted with its clauses reordered and each clause turned round ("the health visitor will check the
# cot" as "the cot will be checked by the health visitor"): no word sequence survives, but its words do.
TURNED_FIRST = (
    "The health visitor will check the cot and the sleeping place at the first home visit; methadone goes on "
    "because stopping now would put the pregnancy at greater risk."
)
TURNED_SECOND = (
    "Sertraline goes on because stopping now would put the pregnancy at bigger risk; the cot and the sleeping "
    "place will be checked by the health visitor at the first home visit."
)


def test_a_copy_with_its_clauses_reordered_and_turned_round_is_a_copy() -> None:
    found = copies(with_conclusions(TURNED_FIRST, TURNED_SECOND))
    assert found == [
        (
            "$.assessments[1].conclusion",
            "the conclusion of assessment asm-sertraline repeats almost word for word, only medicine names or "
            "doses changed, the conclusion at $.assessments[0].conclusion, which is about other medicines",
        )
    ]


def test_the_words_in_any_order_are_held_to_their_own_threshold() -> None:
    r = with_conclusions(TURNED_FIRST, TURNED_SECOND.replace("first home visit", "home visit"))
    assert [p for p, _ in copies(r)] == ["$.assessments[1].conclusion"]
    stricter = dataclasses.replace(shipped_settings(), copy_words_similarity=0.99)
    # Every word of the shorter is still in the other: a copy trimmed down, until that too is held stricter.
    assert [p for p, _ in copies(r, stricter)] == ["$.assessments[1].conclusion"]
    assert copies(r, dataclasses.replace(stricter, copy_contained_similarity=1.0)) == []


@settings(max_examples=15, deadline=None)
@given(disguised(TURNED_SECOND))
def test_a_disguised_copy_turned_round_is_a_copy(text: str) -> None:
    assert [p for p, _ in copies(with_conclusions(TURNED_FIRST, text))] == ["$.assessments[1].conclusion"]


def test_conclusions_sharing_a_clause_turned_round_but_each_its_own_pass() -> None:
    own_first = (
        "The health visitor will check the cot at the first home visit; methadone goes on, the baby stays on the "
        "ward for withdrawal observation for 72 hours, and there is no co-sleeping after her dose."
    )
    own_second = (
        "Sertraline goes on because relapse is the greater risk; the cot will be checked by the health visitor at "
        "the first home visit, and the midwife watches the baby for jitteriness and poor feeding for two days."
    )
    assert copies(with_conclusions(own_first, own_second)) == []


def test_a_copy_in_other_weighing_words_is_a_copy() -> None:
    # "benefits"/"advantages", "outweigh"/"exceed", "slight"/"small", "staff"/"team", "the same"/"unchanged".
    first = (
        "Methadone stays the same: its benefits for the mother outweigh the slight danger to the baby, whom the "
        "ward staff will monitor after the birth."
    )
    second = (
        "Sertraline stays unchanged: its advantages for the mother exceed the small risk to the infant, whom the "
        "ward team will observe following the birth."
    )
    assert [p for p, _ in copies(with_conclusions(first, second))] == ["$.assessments[1].conclusion"]
    # The same frame with each medicine's own weighing and watching is two conclusions.
    own = (
        "Sertraline stays unchanged: relapse of her depression would harm the baby more than the small risk of "
        "poor adaptation, which the midwife checks for in the first two days."
    )
    assert copies(with_conclusions(first, own)) == []


# A copy rewritten in clinicians' shorthand and symbols (found passing by an eightieth fresh corpus): "@", "&",
# "w/", "thru", "min" (mappings/synonyms.toml) and the clinical abbreviations with a meaning
# (mappings/clinical-abbreviations.csv: "od", "obs", "BF", "72h") are read as the long form before comparing.
_SHORTHAND_COPY = (
    "Sertraline 100 mg od shd continue thru pregnancy. Baby likely to need obs for neonatal w/drawal; BF supported. "
    "Sedation post each dose means no co-sleeping & cot must be checked @ home visit."
)


def test_a_copy_rewritten_in_shorthand_is_a_copy() -> None:
    assert [p for p, _ in copies(with_conclusions(METHADONE, _SHORTHAND_COPY))] == ["$.assessments[1].conclusion"]


def test_a_copy_with_hours_run_into_its_number_is_a_copy() -> None:
    first = "Methadone continues at 60 mg daily; the baby is observed on the ward for at least 72 hours with her."
    second = "Sertraline continues @ 100 mg od; baby obs on ward for min 72h w/ her."
    assert [p for p, _ in copies(with_conclusions(first, second))] == ["$.assessments[1].conclusion"]


def test_conclusions_of_their_own_in_the_same_shorthand_pass() -> None:
    first = (
        "Methadone 60 mg od continues thru pregnancy; baby obs on PNW min 72h for w/drawal & no co-sleeping post "
        "dose; SW & HV to check cot @ home visit."
    )
    second = (
        "Sertraline 100 mg od continues thru pregnancy as relapse risk > small risk to baby; MW to obs baby w/ "
        "mum for jitteriness & poor feeding for 48h; BF supported."
    )
    assert copies(with_conclusions(first, second)) == []


@settings(max_examples=20, deadline=None)
@given(disguised(_SHORTHAND_COPY))
def test_a_disguised_copy_in_shorthand_is_a_copy(text: str) -> None:
    assert [p for p, _ in copies(with_conclusions(METHADONE, text))] == ["$.assessments[1].conclusion"]


# A conclusion pasted under another medicine with one of its sentences dropped and words swapped for synonyms
# ("couch" for "sofa", "till" for "until", "in hospital" for "on the ward", "unaltered" for "unchanged"): the
# texts are no longer alike as a whole, but nearly every word that says something in the shorter is in the
# other (copy_contained_similarity). Found by a twenty-third fresh corpus.
_TRIM_FIRST = (
    "Lamotrigine 200 mg goes on unchanged until she delivers, because a seizure in pregnancy harms them both. The "
    "baby has feeding checks on the ward for two days, then the midwife visits at home. Nobody falls "
    "asleep holding the baby on a sofa or armchair after a broken night."
)
_TRIM_COPY = (
    "Levetiracetam 500 mg goes on unaltered till she delivers, because a seizure in pregnancy harms them both. The "
    "infant has feeding checks in hospital for two days, then the midwife visits at home."
)
# The same sentences in another order, with "couch" and "newborn" swapped in.
_TRIM_REORDERED = (
    "Nobody falls asleep holding the newborn on a couch or armchair after a broken night. The baby has feeding "
    "checks on the ward for two days, then the midwife visits at home. Levetiracetam 500 mg goes on unchanged till "
    "she delivers, because a seizure in pregnancy harms them both."
)
# Its own conclusion, sharing the safe-sleep sentence and the home visit word for word: no copy.
_TRIM_OWN = (
    "Levetiracetam 500 mg continues as her seizures are controlled on it and it passes into milk only a little. The "
    "baby has feeding checks on the ward for two days, then the midwife visits at home. Nobody falls "
    "asleep holding the baby on a sofa or armchair after a broken night."
)


def test_a_copy_trimmed_and_in_other_words_is_a_copy() -> None:
    for text in (_TRIM_COPY, _TRIM_REORDERED):
        assert [p for p, _ in copies(with_conclusions(_TRIM_FIRST, text))] == ["$.assessments[1].conclusion"]
    # Trimmed the other way: the later conclusion holds the earlier, shorter one.
    assert [p for p, _ in copies(with_conclusions(_TRIM_COPY, _TRIM_FIRST))] == ["$.assessments[1].conclusion"]


def test_sharing_standard_sentences_with_a_decision_of_its_own_is_no_copy() -> None:
    assert copies(with_conclusions(_TRIM_FIRST, _TRIM_OWN)) == []
    assert copies(with_conclusions(_TRIM_OWN, _TRIM_FIRST)) == []


def test_a_trimmed_copy_is_held_to_its_own_threshold() -> None:
    # One word of its own in sixteen that say something: 15/16 contained.
    r = with_conclusions(_TRIM_FIRST, _TRIM_COPY.replace("seizure", "fit"))
    assert [p for p, _ in copies(r)] == ["$.assessments[1].conclusion"]
    assert copies(r, dataclasses.replace(shipped_settings(), copy_contained_similarity=0.97)) == []


def test_a_trimmed_copy_of_one_sentence_is_left_to_the_other_tests() -> None:
    # A single sentence found in another conclusion is too little to show a paste: standard advice is shared.
    one = "The infant has feeding checks in hospital for two days, then the midwife visits at home."
    assert copies(with_conclusions(_TRIM_FIRST, one)) == []


@settings(max_examples=15, deadline=None)
@given(disguised(_TRIM_COPY))
def test_a_disguised_trimmed_copy_is_a_copy(text: str) -> None:
    assert [p for p, _ in copies(with_conclusions(_TRIM_FIRST, text))] == ["$.assessments[1].conclusion"]


@settings(max_examples=10, deadline=None)
@given(disguised(_TRIM_OWN))
def test_a_disguised_own_conclusion_sharing_standard_sentences_is_no_copy(text: str) -> None:
    assert copies(with_conclusions(_TRIM_FIRST, text)) == []
