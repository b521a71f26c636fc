"""The medicine name index: names as clinicians write them, both ways (must match / must not match)."""

from __future__ import annotations

import csv
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from medassess.core.resources import data_path
from medassess.gate.classes import medicine_classes
from medassess.gate.names import compact, identify, mentions, name_index
from medassess.gate.text import normalise
from tests.gate import disguise


@pytest.mark.parametrize(
    ("written", "klass", "ingredient", "how"),
    [
        ("Subutex 8mg sublingual tablets (Indivior UK Ltd)", "opioid-substitution", "buprenorphine", "brand"),
        ("Methadose oral concentrate", "opioid-substitution", "methadone", "brand"),
        ("Physeptone 1mg/ml mixture", "opioid-substitution", "methadone", "name"),  # listed in the class table
        ("Epilim Chrono 500 tablets", "teratogenic", "valproate", "brand"),
        ("Lyrica 75mg capsules", "gabapentinoid", "pregabalin", "brand"),
        ("Oramorph 10mg/5ml oral solution", "opioid", "morphine", "brand"),
        ("Tramacet 37.5mg/325mg tablets", "opioid", "tramadol", "brand"),
        ("Zapain 30mg/500mg capsules", "opioid", "codeine", "brand"),
        ("Phenergan 25mg tablets", "sedating", "promethazine", "brand"),
        ("Co-dydramol 10mg/500mg tablets", "opioid", "dihydrocodeine", "name"),
        ("Phenobarbital 30mg tablets", "antiepileptic", "phenobarbital", "name"),
        ("Primidone 250mg tablets", "antiepileptic", "primidone", "name"),
        ("Methotrexate 2.5mg tablets", "teratogenic-other", "methotrexate", "name"),
        ("Warfarin 3mg tablets", "teratogenic-other", "warfarin", "name"),
        ("Mycophenolate mofetil 500mg tablets", "teratogenic-other", "mycophenolate", "name"),
        ("Ramipril 5mg capsules", "teratogenic-other", "ramipril", "name"),
        ("Chlorphenamine 4mg tablets", "sedating", "chlorphenamine", "name"),
        ("Mirtazapine 15mg tablets", "sedating-other", "mirtazapine", "name"),
        ("Night Nurse capsules", "sedating", "promethazine", "name"),
        ("MTX 10mg weekly", "teratogenic-other", "methotrexate", "abbreviation"),
    ],
)
def test_names_as_written_are_recognised(written: str, klass: str, ingredient: str, how: str) -> None:
    found = identify(written)
    assert klass in found.classes
    assert ingredient in found.ingredients
    assert found.matched_by == how


@pytest.mark.parametrize("written", ["co-dydramol", "co dydramol", "Codydramol", "CO‑DYDRAMOL", "co\u00addydramol"])
def test_names_are_hyphen_space_and_case_insensitive(written: str) -> None:
    found = identify(written)
    assert found.ingredients == ("dihydrocodeine", "paracetamol")
    assert found.classes == ("opioid",)


@pytest.mark.parametrize(
    ("disguised", "plain"),
    [
        ("M\u0435th\u0430done", "Methadone"),  # Cyrillic e and a
        ("Meth\u200badone", "Methadone"),  # zero-width space
        ("Ｓｕｂｕｔｅｘ", "Subutex"),  # full-width letters
        ("Lyri\u0441a", "Lyrica"),  # Cyrillic es
        ("di\u00adazepam", "diazepam"),  # soft hyphen
    ],
)
def test_disguised_names_are_judged_as_the_plain_name(disguised: str, plain: str) -> None:
    assert identify(disguised).classes == identify(plain).classes != ()


@pytest.mark.parametrize(
    ("misspelt", "ingredient"),
    [
        ("Setraline 50mg tablets", "sertraline"),
        ("Diazapam 5mg", "diazepam"),
        ("Quetiapene 100mg", "quetiapine"),
        ("Pregablin 75mg capsules", "pregabalin"),
        ("Metadone mixture", "methadone"),
        ("Lamotrigene 100mg", "lamotrigine"),
        ("Codiene phosphate 30mg", "codeine"),
        ("Mirtazepine 15mg", "mirtazapine"),
        ("Olanzepine 5mg", "olanzapine"),
        # One edit in a six-letter brand (similarity 5/6 = 0.833, at min_similarity 0.83).
        ("Epilum 200mg tablets", "valproate"),
        ("Lyrika 75mg capsules", "pregabalin"),
        ("Valiun 5mg tablets", "diazepam"),
    ],
)
def test_realistic_misspellings_match_their_medicine(misspelt: str, ingredient: str) -> None:
    found = identify(misspelt)
    assert found.matched_by == "fuzzy"
    assert found.ingredients == (ingredient,)


# A medicine's own name (the medicines list) is matched from five letters (mappings/names.toml
# name_min_length): a letter dropped from a six-letter brand leaves five.
@pytest.mark.parametrize(
    ("misspelt", "ingredient"),
    [
        ("Kepra 500mg tablets", "levetiracetam"),
        ("Eplim Chrono 500 tablets", "valproate"),
        ("Epilm 200mg", "valproate"),
        ("Lyrca 75mg capsules", "pregabalin"),
        ("Valum 5mg tablets", "diazepam"),
    ],
)
def test_a_letter_dropped_from_a_six_letter_brand_in_a_medicines_name_matches(misspelt: str, ingredient: str) -> None:
    found = identify(misspelt)
    assert found.matched_by == "fuzzy"
    assert found.ingredients == (ingredient,)


@pytest.mark.parametrize(
    "name",
    [
        "Senna 7.5mg tablets",  # a medicine of no concern, listed: never a slip of another
        "Zocor 20mg tablets",  # a real brand of no concern, not in the index: two edits from every name
        "Zomig 2.5mg tablets",
        "Adcal-D3 chewable tablets",
        "Kepr 500mg",  # four letters: too short even in a name
        "Pepra 500mg",  # two edits from Keppra
        "Lyric 75mg",  # an English word
    ],
)
def test_short_words_of_a_medicines_name_that_slip_no_name_of_concern_do_not_match(name: str) -> None:
    found = identify(name)
    assert found.matched_by != "fuzzy" and found.classes == ()


@pytest.mark.parametrize(
    ("written", "ingredient"),
    [
        ("Xanex 500microgram tablets", "alprazolam"),
        ("Zydal 50mg capsules", "tramadol"),
        ("Nytel tablets", "diphenhydramine"),
        ("Nitol tablets", "diphenhydramine"),  # "y" is a vowel too: Nytol with "i" for "y"
    ],
)
def test_a_vowel_for_a_vowel_in_a_five_letter_brand_in_a_medicines_name_matches(written: str, ingredient: str) -> None:
    found = identify(written)
    assert found.matched_by == "fuzzy" and found.ingredients == (ingredient,)


@pytest.mark.parametrize("written", ["Xanux", "Xbnax 1mg", "Zocor 20mg", "Senna", "Manex 5mg"])
def test_other_five_letter_changes_or_english_words_are_no_vowel_slip(written: str) -> None:
    """A consonant changed ("Xbnax"), two vowels changed, or a known medicine is not read as a brand of concern;
    "Xanux" changes one vowel of Xanax into another and so is Xanax."""
    found = identify(written)
    assert (found.classes != ()) is (written == "Xanux")


@pytest.mark.parametrize("text", ["Kepra reviewed by neurology", "Impat on the baby is small", "Eplim to continue"])
def test_free_text_keeps_six_letters_for_a_slip(text: str) -> None:
    """In a conclusion a five-letter word one edit from a brand is as often a slip of an English word ("impat",
    one edit from Vimpat) or a person's name, so only the medicines list reads five-letter slips."""
    assert not [m for m in mentions(text) if m.fuzzy]


@given(st.sampled_from(["Kepra 500mg tablets", "Eplim Chrono 500 tablets", "Lyrca 75mg capsules"]), st.data())
@settings(max_examples=30, deadline=None)
def test_a_disguised_short_slip_in_a_medicines_name_is_judged_as_plain(written: str, data: st.DataObject) -> None:
    from tests.gate.disguise import disguised

    plain = identify(written)
    assert plain.classes
    found = identify(data.draw(disguised(written)))
    assert (found.ingredients, found.classes) == (plain.ingredients, plain.classes)


@pytest.mark.parametrize(
    ("misspelt", "ingredient"),
    [
        ("Prebagalin 75mg capsules", "pregabalin"),  # two letters swapped across one
        ("Zoplicone 7.5mg tablets", "zopiclone"),  # three neighbouring letters rotated
        ("Olazanpine 10mg", "olanzapine"),
    ],
)
def test_letters_reordered_within_a_syllable_match_their_medicine(misspelt: str, ingredient: str) -> None:
    found = identify(misspelt)
    assert found.matched_by == "fuzzy"
    assert found.ingredients == (ingredient,)


@pytest.mark.parametrize("far", ["Pregalinab 75mg capsules", "Zoneplicon 7.5mg tablets", "Anolzapine 10mg"])
def test_letters_reordered_across_more_than_the_window_do_not_match(far: str) -> None:
    assert identify(far).matched_by == "none"


# Spelt as they sound: more than one edit from the name, so only the sound key (mappings/names.toml [fuzzy],
# Metaphone with the respellings listed there) finds them.
_SPELT_BY_SOUND = [
    ("Subutecks 8mg sublingual tablets", "buprenorphine"),  # a brand: x written "cks"
    ("Metadoan 1mg/ml oral solution", "methadone"),  # th written t, "one" written "oan"
    ("Methadoan mixture", "methadone"),
    ("Setrayleen 50mg tablets", "sertraline"),  # British English does not sound the r of "ser-"
    ("Cetraline 50mg tablets", "sertraline"),
    ("Kwetiapeen 25mg tablets", "quetiapine"),  # qu written kw, "ine" written "een"
    ("Pregabaleen 75mg capsules", "pregabalin"),
    ("Lamotrijeen 100mg tablets", "lamotrigine"),
    ("Fenergan 25mg tablets", "promethazine"),  # a brand: ph written f
    ("Lirika 75mg capsules", "pregabalin"),  # a brand: y written i and c written k, two edits in six letters
    ("Buprenorfeen 8mg sublingual tablets", "buprenorphine"),
    ("Trazodoan 50mg capsules", "trazodone"),
    ("Warfareen 3mg tablets", "warfarin"),
    # A sound codeine shares with Kaodene (codeine with kaolin): whichever was meant, it holds codeine.
    ("Codeen 15mg tablets", "codeine"),
    ("Kodeyne 30mg tablets", "codeine"),  # k for c and y for i: "kodin" spelt alike by sound, one edit away
]


@pytest.mark.parametrize(("written", "ingredient"), _SPELT_BY_SOUND)
def test_names_spelt_as_they_sound_match_their_medicine(written: str, ingredient: str) -> None:
    found = identify(written)
    assert found.matched_by == "fuzzy"
    assert found.ingredients == (ingredient,)
    assert found.classes


def test_a_reading_of_digits_is_not_then_spelt_alike_by_sound() -> None:
    # The spellings of one sound are written alike (phonetic_spelling_folds) only for a word as written: "Kodeen"
    # is codeine, but "K0deen" would need two guesses (0 read as o, then "ee" as "i"), and a guess on a guess is
    # not a match; it stays unrecognised, so MA117 asks for it (twenty-fifth hand-mutation round).
    assert identify("Kodeen 30mg tablets").ingredients == ("codeine",)
    found = identify("K0deen 30mg tablets")
    assert (found.ingredients, found.matched_by) == ((), "none")
    assert not mentions("She takes K0deen at night for pain.")


def test_names_spelt_as_they_sound_are_found_in_free_text() -> None:
    found = mentions("Continues Subutecks 8 mg and Setrayleen 50 mg; Metadoan was stopped in May.")
    assert [m.entry.ingredients for m in found] == [("buprenorphine",), ("sertraline",), ("methadone",)]
    assert all(m.fuzzy for m in found)


@pytest.mark.parametrize(
    "written",
    [
        # Other real medicines, however close they sound: never a medicine of concern.
        "Cetirizine 10mg tablets",
        "Methyldopa 250mg tablets",
        "Mebeverine 135mg tablets",
        "Setirizeen 10mg tablets",  # cetirizine spelt by sound: a medicine of no concern, not sertraline
        "Parasetamol 500mg tablets",  # paracetamol spelt by sound
        # A sound two medicines share is no match: oxycodone and Oxactin (fluoxetine) sound alike.
        "Oxycodoan 5mg capsules",
        # English words, however they sound, and typing slips of common English words.
        "Storyline",  # sounds like sertraline (STRLN)
        "Finnegan",  # sounds like Phenergan
        "Midtown",  # sounds like methadone
        "Dugeon",  # a slip for "dungeon", which sounds like a buprenorphine brand (Tephine)
        "Lecount",  # a slip for "account", which sounds like a pregabalin brand
        # Short words: fewer than min_length letters.
        "Lirik",
        "Kodin",
        # English words respelt by sound, which the spellings folded alike would bring near a medicine.
        "Tryppyn",  # trippin
        "Belieph",  # belief
        "Aketik",  # acetic
        "Kodine",  # one letter from iodine
    ],
)
def test_sound_alikes_of_other_medicines_english_words_and_short_words_do_not_match(written: str) -> None:
    assert identify(written).classes == ()
    assert not [m for m in mentions(f"She has {written} today.") if m.entry.of_concern]


@pytest.mark.parametrize(
    ("written", "sounds_like"),
    [
        ("Sunstone", "synastone"),  # rare English words wordfreq lists: never matched by sound
        ("Terrapin", "triapin"),
        ("Subotaks", "subutex"),  # unknown words sharing a key, but too far in letters (phonetic_min_similarity)
        ("Mutaton", "methadone"),
    ],
)
def test_words_that_only_share_a_medicines_sound_key_do_not_match(written: str, sounds_like: str) -> None:
    index = name_index()
    key = index.sound_key(compact(normalise(written)))
    assert key == index.sound_key(sounds_like) and key in index.phonetic_keys()
    assert identify(sounds_like).classes
    assert identify(written).classes == ()


def test_every_sound_the_index_accepts_is_one_ingredients_and_ambiguous_sounds_are_dropped() -> None:
    """Over the whole index (names of concern, known medicines and medicines of no concern alike): every sound
    key the phonetic layer accepts is the key of names of one set of ingredients, or of names that all hold
    one name's ingredients (codeine, Kaodene); keys that two medicines share exist and are never accepted."""
    from collections import defaultdict

    index = name_index()
    by_key: defaultdict[str, set[tuple[str, ...]]] = defaultdict(set)
    for name in index.phonetic_names():
        entry = index.lookup(name)
        by_key[index.sound_key(name)].add(entry.ingredients if entry is not None else (name,))
    accepted = index.phonetic_keys()
    assert len(accepted) > 500
    assert accepted <= by_key.keys()

    def held_by_all(found: set[tuple[str, ...]]) -> bool:
        least = min(found, key=len)
        return all(set(least) <= set(other) for other in found)

    assert {k for k in accepted if not held_by_all(by_key[k])} == set()
    ambiguous = {k for k, found in by_key.items() if not held_by_all(found)}
    assert ambiguous and not ambiguous & accepted
    # A sound names of different ingredients share is accepted only as the ingredients all of them hold.
    shared = {k for k in accepted if len(by_key[k]) > 1}
    assert shared == {index.sound_key("codeine")}
    assert identify("Codeen").ingredients == ("codeine",)


def test_a_medicine_of_no_concern_respelt_by_sound_is_never_taken_for_one_of_concern() -> None:
    """Precision: common respellings by sound of every known medicine and medicine of no concern (ph as f, c as
    k or s, th as t, "ine" as "een", "one" as "oan", y as i, x as ks) match no medicine of concern."""
    import itertools

    respell = [("ph", "f"), ("c", "k"), ("c", "s"), ("th", "t"), ("ine", "een"), ("one", "oan"), ("y", "i"),
               ("x", "ks"), ("qu", "kw"), ("ee", "ea")]
    index = name_index()
    names = [n for n in index.phonetic_names() if not (e := index.lookup(n)) or not e.of_concern]
    assert len(names) > 50
    wrong = {}
    for name in names:
        for (a, b), (c, d) in itertools.combinations(respell, 2):
            variant = name.replace(a, b).replace(c, d)
            if variant != name and (found := identify(variant)).classes:
                wrong[variant] = found.ingredients
    assert wrong == {}


@given(st.sampled_from([written for written, _ in _SPELT_BY_SOUND]), st.data())
@settings(max_examples=60, deadline=None)
def test_a_disguised_name_spelt_by_sound_is_judged_as_the_plain_one(written: str, data: st.DataObject) -> None:
    from tests.gate.disguise import disguised

    plain = identify(written)
    found = identify(data.draw(disguised(written)))
    assert (found.ingredients, found.classes, found.matched_by) == (plain.ingredients, plain.classes, "fuzzy")


# A digit for the letter it looks like (UTS #39 confusables: 0 for O, 1 for l and I), inside a word, and a name
# run into its strength with no space: the name as written.
_DIGITS_FOR_LETTERS = [
    ("Pregaba1in 75mg capsules", "pregabalin"),
    ("Z0piclone 7.5mg tablets", "zopiclone"),
    ("Meth0d0ne 1mg/ml oral solution", "methadone"),
    ("Ep1lim Chrono 500 tablets", "valproate"),
    ("Tramadol50mg capsules", "tramadol"),
    # Found by mutation testing (December 2026): three digits in one word are read, the most the index reads.
    ("Z0p1c1one 7.5mg tablets", "zopiclone"),
    ("Pr0meth0z1ne 25mg tablets", "promethazine"),
    # A brand of five letters run into its strength: too short for the fuzzy match, read as the name apart.
    ("Xanax1mg tablets", "alprazolam"),
    # A one read as i, where reading it as l leaves the word too far from any name.
    ("M1rtazap1ne 15mg tablets", "mirtazapine"),
]


@pytest.mark.parametrize(("written", "ingredient"), _DIGITS_FOR_LETTERS)
def test_digits_for_look_alike_letters_and_names_run_into_a_strength_are_the_name(
    written: str, ingredient: str
) -> None:
    found = identify(written)
    assert ingredient in found.ingredients
    assert found.classes


@pytest.mark.parametrize("text", ["HbA1c 48 mmol/mol", "Vitamin B12 injection", "Vitamin D3 1000 units", "Hb 110g/l"])
def test_words_with_digits_that_name_no_medicine_of_concern_stay_unrecognised(text: str) -> None:
    assert identify(text).classes == ()


@given(st.sampled_from([written for written, _ in _DIGITS_FOR_LETTERS]), st.data())
@settings(max_examples=40, deadline=None)
def test_a_disguised_name_with_digits_for_letters_is_judged_as_the_plain_one(written: str, data: st.DataObject) -> None:
    from tests.gate.disguise import disguised

    plain = identify(written)
    found = identify(data.draw(disguised(written)))
    assert (found.ingredients, found.classes) == (plain.ingredients, plain.classes)


@pytest.mark.parametrize(
    "written",
    [
        "Paracetamol500mg tablets",
        "Ferrous fumarate210mg tablets",
        "Fybogel Mango 3.5g effervescent granules sachets",
        # Found by mutation testing (December 2026): "flavour" is a qualifier too, not an unknown word.
        "Fybogel Orange Flavour 3.5g effervescent granules sachets",
    ],
)
def test_medicines_of_no_concern_run_into_a_strength_or_with_a_flavour_are_recognised(written: str) -> None:
    found = identify(written)
    assert found.no_concern and found.classes == ()


@pytest.mark.parametrize(
    ("written", "ingredient"),
    [
        ("Trarnadol 50mg capsules", "tramadol"),
        ("Prornethazine 25mg tablets", "promethazine"),
        # Found by mutation testing (December 2026): every pair of the table is read, up to three times in a word.
        ("Vvarfarin 3mg tablets", "warfarin"),
        ("Clihyclrococleine 30mg tablets", "dihydrocodeine"),
    ],
)
def test_letter_pairs_that_look_like_one_letter_are_read_as_it(written: str, ingredient: str) -> None:
    # UTS #39 confusables: "rn" is confusable with "m", "vv" with "w", "cl" with "d".
    found = identify(written)
    assert ingredient in found.ingredients and found.classes


@given(
    st.sampled_from(
        [
            "Trarnadol 50mg capsules",
            "Prornethazine 25mg tablets",
            "Vvarfarin 3mg tablets",
            "Clihyclrococleine 30mg tablets",
        ]
    ),
    st.data(),
)
@settings(max_examples=30, deadline=None)
def test_a_disguised_letter_pair_reading_is_judged_as_the_plain_one(written: str, data: st.DataObject) -> None:
    from tests.gate.disguise import disguised

    plain = identify(written)
    found = identify(data.draw(disguised(written)))
    assert (found.ingredients, found.classes) == (plain.ingredients, plain.classes) != ((), ())


@pytest.mark.parametrize("text", ["A modern return to the morning clinic", "The clinic will clarify the plan"])
def test_english_words_holding_letter_pairs_are_not_read_as_medicines(text: str) -> None:
    assert [m for m in mentions(text) if m.entry.of_concern] == []


def test_digits_for_letters_are_found_in_free_text() -> None:
    found = mentions("She continues Pregaba1in at night and Z0piclone when she cannot sleep.")
    assert [m.entry.ingredients for m in found] == [("pregabalin",), ("zopiclone",)]


def test_a_medicine_of_no_concern_read_through_letter_pairs_is_never_cleared_as_of_no_concern() -> None:
    # Found by mutation testing (December 2026): letter pairs and digits are read to find a medicine of concern
    # only, as a near miss is; "Paracetarnol" is no name the gate may pass as harmless, written plainly it is.
    assert identify("Paracetamol 500mg tablets").no_concern
    found = identify("Paracetarnol 500mg tablets")
    assert not found.no_concern and found.classes == ()


@given(st.data())
@settings(max_examples=30, deadline=None)
def test_a_disguised_medicine_of_no_concern_read_through_letter_pairs_is_never_cleared(data: st.DataObject) -> None:
    from tests.gate.disguise import disguised

    assert not identify(data.draw(disguised("Paracetarnol 500mg tablets"))).no_concern


def test_more_than_three_digits_in_a_word_are_not_read_as_letters() -> None:
    # Found by mutation testing (December 2026): each digit may be read two ways, so at most three are read.
    assert identify("Z0p1c1one 7.5mg tablets").ingredients == ("zopiclone",)
    assert identify("Z0p1c10ne 7.5mg tablets").classes == ()


@pytest.mark.parametrize(
    ("text", "ingredients"),
    [
        # Found by mutation testing (December 2026): a name of the fuzzy match's least length (six letters) run
        # into its strength is read in free text too; three letters before digits are no name.
        ("She takes Lyrica75mg at night.", [("pregabalin",)]),
        ("She takes Epilim500 twice a day.", [("valproate",)]),
        ("Her HbA1c is 48 and her Hb 110g/l.", []),
        # A shorter name is read only when it is exactly a name of concern.
        ("She takes Xanax1mg at night.", [("alprazolam",)]),
        ("She takes Tylex30 for pain.", [("codeine", "paracetamol")]),
        ("She takes Xanux1mg and Kepr500 at night.", []),
        ("Vitamin D3 1000 units daily and B12 injections.", []),
    ],
)
def test_a_six_letter_name_run_into_its_strength_is_found_in_free_text(
    text: str, ingredients: list[tuple[str, ...]]
) -> None:
    assert [m.entry.ingredients for m in mentions(text) if m.entry.of_concern] == ingredients


@given(st.sampled_from(["She takes Lyrica75mg at night.", "She takes Epilim500 twice a day."]), st.data())
@settings(max_examples=30, deadline=None)
def test_a_disguised_name_run_into_its_strength_is_found_like_the_plain_one(text: str, data: st.DataObject) -> None:
    from tests.gate.disguise import disguised

    plain = [m.entry.ingredients for m in mentions(text)]
    assert [m.entry.ingredients for m in mentions(data.draw(disguised(text)))] == plain != []


@pytest.mark.parametrize(
    ("spaced", "ingredient"),
    [
        ("Q U E T I A P I N E 25mg tablets", "quetiapine"),
        ("m e t h a d o n e", "methadone"),
        ("L I T H I U M", "lithium"),
    ],
)
def test_a_name_written_letter_by_letter_is_the_name(spaced: str, ingredient: str) -> None:
    assert identify(spaced).ingredients == (ingredient,)
    assert [m.entry.ingredients for m in mentions(f"Takes {spaced} daily")] == [(ingredient,)]


@pytest.mark.parametrize("text", ["a b c d e", "M E T H A", "Q U E T I A P I N E S", "L I T H I U M M"])
def test_single_letters_that_spell_no_whole_name_are_not_a_name(text: str) -> None:
    assert identify(text).ingredients == ()


def _reorderings(word: str, window: int) -> set[str]:
    """Every word made by reordering the letters of ``word`` within ``window`` neighbouring letters."""
    import itertools

    out = set()
    for start in range(len(word) - 1):
        part = word[start : start + window]
        for order in itertools.permutations(part):
            out.add(word[:start] + "".join(order) + word[start + len(part) :])
    return out - {word}


def test_a_reordered_medicine_of_no_concern_is_never_taken_for_one_of_concern() -> None:
    """Precision of the reordering match: every local reordering of every known medicine of no concern (and
    of every other known medicine name) either matches nothing or matches no medicine of concern."""
    import tomllib

    from medassess.core.resources import data_path
    from medassess.gate.names import compact
    from medassess.gate.text import normalise

    names = tomllib.loads((data_path("mappings") / "names.toml").read_text(encoding="utf-8"))
    window = int(names["fuzzy"]["reordered_window"])
    known = {compact(normalise(k)) for k in names["known_medicines"]}
    known = {k for k in known if k.isalpha() and len(k) >= 6 and not identify(k).classes}
    assert len(known) > 20
    wrong = {}
    for name in sorted(known):
        for variant in _reorderings(name, window):
            found = identify(variant)
            if found.classes:
                wrong[variant] = found.ingredients
    assert wrong == {}


@pytest.mark.parametrize(
    "near_miss",
    [
        "Cetirizine 10mg tablets",  # an antihistamine that does not sedate, not cyclizine
        "Methyldopa 250mg tablets",  # a pregnancy antihypertensive, not methadone
        "Diltiazem 60mg tablets",  # not diazepam
        "Hydralazine 25mg tablets",  # not hydroxyzine
        "Fluconazole 150mg capsule",  # not fluoxetine
        "Amiloride 5mg tablets",  # not amisulpride
        "Carbimazole 5mg",  # its own class (teratogenic), never carbamazepine
        "Clonidine 25microgram tablets",  # not clonazepam
        "Labetalol 100mg tablets",
        "Nifedipine 10mg",
    ],
)
def test_near_misses_to_other_real_medicines_do_not_match(near_miss: str) -> None:
    found = identify(near_miss)
    assert found.matched_by != "fuzzy"
    if "carbimazole" not in near_miss.lower():
        assert found.classes == ()


@pytest.mark.parametrize(
    "text",
    [
        "The mother is coding the notes",  # "coding" is English, not codeine
        "Lamination of the report",
        "Lithe and well",  # short words are never fuzzy-matched
        "Morphing plans",
        "Diazo",
        "She writes lyrics",  # one edit from Lyrica, but English
        "Sandoz generic",  # a maker, far from every six-letter brand
    ],
)
def test_english_words_and_short_words_are_never_fuzzy_matched(text: str) -> None:
    assert not [m for m in mentions(text) if m.fuzzy]


def test_no_concern_medicines_are_recognised_and_unknown_ones_are_not() -> None:
    for name in (
        "Paracetamol 500mg tablets",
        "Folic acid 400microgram tablets",
        "Lactulose 3.1-3.7g/5ml oral solution",
        "Gaviscon Advance oral suspension",
        "Senna 7.5mg tablets",
        "Ferrous fumarate 210mg tablets",
    ):
        found = identify(name)
        assert found.no_concern and not found.classes, name
    for name in ("Doublebase gel", "Paracetamol and xylometazoline", "Levothyroxine 50microgram tablets"):
        assert not identify(name).no_concern, name


def test_a_combination_with_a_medicine_of_concern_is_of_concern_whatever_else_it_holds() -> None:
    found = identify("Co-codamol 30mg/500mg tablets")
    assert found.classes == ("opioid",) and not found.no_concern
    assert set(found.ingredients) == {"codeine", "paracetamol"}


def test_mentions_have_positions_in_the_normalised_text() -> None:
    text = "Continue Physeptone and Setraline; avoid co\u2011codamol."
    normalised = normalise(text)
    found = mentions(text)
    assert [normalised[m.start : m.end] for m in found] == ["physeptone", "setraline", "co-codamol"]
    assert [m.fuzzy for m in found] == [False, True, False]
    assert [m.entry.ingredients[0] for m in found] == ["methadone", "sertraline", "codeine"]


def test_everyday_brand_names_are_not_looked_for_in_free_text() -> None:
    assert identify("Sleep Aid tablets").classes  # a medicine named so is recognised
    assert not mentions("She uses no sleep aid and has a night nurse on the ward.")


# A one-word name is not read from separate common English words (split_word_min_zipf in mappings/names.toml):
# "the night calm" is no Nightcalm (found refused by a forty-seventh fresh corpus). Joined or hyphenated it is the
# name, and a name of several words or a hyphenated one may still be written spaced.
_SPLIT_INTO_WORDS = [
    "She has been vegan in both pregnancies and eats well.",
    "The paediatrician reads a lyric a night to calm the ward.",
    "She is pro pain relief in labour and has written a birth plan.",
    "Evenings are quiet; the night calm and the cot ready.",
]
_WRITTEN_AS_ONE = [
    ("She takes Nightcalm most nights.", "nightcalm"),
    ("She takes NIGHT-CALM most nights.", "nightcalm"),
    ("Veganin for her headaches.", "veganin"),
    ("Vegan-in for her headaches.", "veganin"),
    ("Li liquid 10 ml twice daily.", "li-liquid"),
    ("Co dydramol for pain.", "co-dydramol"),
]


@pytest.mark.parametrize("text", _SPLIT_INTO_WORDS)
def test_a_one_word_name_is_not_read_from_separate_english_words(text: str) -> None:
    assert [m.entry.name for m in mentions(text) if not m.fuzzy] == []


@pytest.mark.parametrize(("text", "name"), _WRITTEN_AS_ONE)
def test_a_one_word_name_joined_or_hyphenated_and_a_spaced_name_of_several_words_are_read(text: str, name: str) -> None:
    assert [m.entry.name for m in mentions(text)] == [name]


@given(st.sampled_from(_SPLIT_INTO_WORDS + [t for t, _ in _WRITTEN_AS_ONE]), st.data())
@settings(max_examples=40, deadline=None)
def test_a_disguised_split_or_joined_name_is_read_like_the_plain_one(text: str, data: st.DataObject) -> None:
    assert [m.entry for m in mentions(data.draw(disguise.disguised(text)))] == [m.entry for m in mentions(text)]


def test_abbreviations_are_whole_words_only() -> None:
    assert [m.entry.ingredients for m in mentions("LTG 100 mg twice daily")] == [("lamotrigine",)]
    assert not mentions("the level was normal")


@given(st.sampled_from(["methadone", "pregabalin", "lamotrigine", "subutex", "co-dydramol", "tramacet"]), st.data())
@settings(max_examples=60, deadline=None)
def test_a_disguised_name_is_found_like_the_plain_name(name: str, data: st.DataObject) -> None:
    """Insert invisible characters and swap letters for look-alikes: the mention is the same medicine."""
    lookalikes = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "i": "\u0456"}
    disguised = ""
    for char in name:
        if char in lookalikes and data.draw(st.booleans()):
            char = lookalikes[char]
        disguised += char
        if data.draw(st.booleans()):
            disguised += data.draw(st.sampled_from(["\u200b", "\u00ad", "\u200d", "\ufeff"]))
    plain = mentions(f"Continue {name} at the same dose.")
    found = mentions(f"Continue {disguised} at the same dose.")
    assert [m.entry for m in found] == [m.entry for m in plain] != []


def test_every_brand_in_the_shipped_table_is_recognised() -> None:
    import csv

    from medassess.core.resources import data_path

    with (data_path("mappings") / "brand-names.csv").open(encoding="utf-8") as handle:
        brands = {row["brand"] for row in csv.DictReader(handle)}
    unrecognised = sorted(b for b in brands if name_index().lookup(b) is None)
    assert unrecognised == []


def test_fenfluramine_is_an_antiepileptic_by_ingredient_and_brand() -> None:
    # In no code list found here (newer than the gm-sde snapshot): recognised by name from its emc SmPC
    # (ATC N03AX26), so an unassessed Fintepla is not silently harmless.
    for written in ("Fintepla 2.2mg/ml oral solution", "Fenfluramine 2.2mg/ml oral solution"):
        found = identify(written)
        assert found.ingredients == ("fenfluramine",) and found.classes == ("antiepileptic",)


def test_keys_are_compact() -> None:
    assert compact("co-dydramol") == compact("co dydramol") == "codydramol"


def test_index_is_built_once() -> None:
    # How fast a lookup is belongs to the benchmarks (benchmarks/gate_scale.py), not to a timed test.
    index = name_index()
    assert name_index() is index


def test_a_brand_the_lists_give_without_its_ingredient_stands_for_the_lists_class() -> None:
    """Ativan and Migraleve Pink are in the benzodiazepine and opioid lists under their brand only; promazine is
    in the antipsychotic list (and is not misread as promethazine); a generic combination's first ingredient
    (ibuprofen of "Ibuprofen 200mg / Codeine 12.8mg tablets") is not taken for the combination."""
    assert identify("Ativan 1mg tablets").classes == ("benzodiazepine-z-drug",)
    assert identify("Migraleve Pink tablets").classes == ("opioid",)
    promazine = identify("Promazine 25mg tablets")
    assert promazine.classes == ("antipsychotic",) and promazine.matched_by != "fuzzy"
    assert identify("Ibuprofen 200mg tablets").classes == ()


@pytest.mark.parametrize(
    ("generic", "brand"),
    [
        # A generic the lists give only as a product stem is the ingredient its brands are made of (the brand
        # table's ingredient, from the dm+d AMP's VMP), with or without its salt (found refused by a
        # twenty-sixth fresh corpus: Nozinan and levomepromazine were two unrelated names).
        ("Levomepromazine 25mg tablets", "Nozinan 25mg tablets"),
        ("Levomepromazine maleate 25mg tablets", "Nozinan 25mg tablets"),
        ("Reboxetine 4mg tablets", "Edronax 4mg tablets"),
        ("Pericyazine 10mg tablets", "Neulactil 10mg tablets"),
    ],
)
def test_a_generic_listed_only_as_a_product_stem_is_the_ingredient_of_its_brands(generic: str, brand: str) -> None:
    found = identify(generic)
    assert found.ingredients and found.ingredients == identify(brand).ingredients
    assert found.classes == identify(brand).classes


def test_a_stem_no_brand_is_made_of_stands_for_its_lists_class_only() -> None:
    # Near miss: a stem the brand table never gives as a brand's ingredient keeps no ingredient of its own.
    found = identify("Lormetazepam 1mg tablets")
    assert found.ingredients == () and found.classes == ("benzodiazepine-z-drug",)


@given(st.sampled_from(["Levomepromazine maleate 25mg tablets", "Reboxetine 4mg tablets"]), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_generic_stem_is_its_ingredient_like_the_plain_one(written: str, data: st.DataObject) -> None:
    from tests.gate.disguise import disguised

    assert identify(data.draw(disguised(written))).ingredients == identify(written).ingredients != ()


def test_a_slip_between_medicines_of_concern_is_all_of_them_in_a_name_and_nothing_in_free_text() -> None:
    found = identify("Losinopril 10mg tablets")  # one edit from lisinopril and from fosinopril
    assert found.classes == ("teratogenic-other",) and found.matched_by == "fuzzy"
    assert set(found.ingredients) == {"lisinopril", "fosinopril"}
    assert not mentions("Losinopril each morning.")
    # Near a medicine of no concern as well (Optimax, Epimax): unread.
    assert identify("Eptimax cream").classes == ()


_SHORTHAND = [
    # (a medicine's name in clinicians' shorthand, the ingredient): mappings/names.toml [shorthand] (found unread
    # by the twenty-second and twenty-sixth fresh corpora).
    ("Sod val 200mg gastro-resistant tablets", "valproate"),
    ("Morph sulph 30mg m/r tablets", "morphine"),
    ("Levomeprom 25mg tablets", "levomepromazine"),
    ("HYDROMORPH 2.6mg capsules", "hydromorphone"),
    ("Zuclopenth 2mg tablets", "zuclopenthixol"),
    ("Bup/nal 2mg/0.5mg sublingual tablets", "buprenorphine"),
    ("Diaz 2mg tablets", "diazepam"),
    ("Tram 50mg capsules", "tramadol"),
    ("Pregab 75mg capsules", "pregabalin"),
    ("Gabap 300mg capsules", "gabapentin"),
    ("Quet 25mg tablets", "quetiapine"),
    ("Mirtaz 15mg tablets", "mirtazapine"),
    ("Carbamaz 200mg m/r tablets", "carbamazepine"),
]


@pytest.mark.parametrize(("written", "ingredient"), _SHORTHAND)
def test_clinicians_shorthand_in_a_medicines_name_is_the_medicine(written: str, ingredient: str) -> None:
    found = identify(written)
    assert ingredient in found.ingredients and found.classes and found.matched_by == "abbreviation"


@pytest.mark.parametrize(
    "written",
    # Near misses: shorter than the shorthand, a shorthand word alone, words that only begin like it.
    [
        "Levomep 25mg tablets",
        "Sod 200mg tablets",
        "Val 200mg tablets",
        "Morph bath oil",
        "Hydro cream 1%",
        "Tra 50mg capsules",
        "Preg 75mg capsules",
        "Gaba 300mg capsules",
    ],
)
def test_less_than_the_shorthand_is_no_medicine(written: str) -> None:
    assert identify(written).classes == ()


def _shorthand_table() -> dict[str, str]:
    import tomllib

    from medassess.core.resources import data_path

    table: dict[str, str] = tomllib.loads((data_path("mappings") / "names.toml").read_text(encoding="utf-8"))[
        "shorthand"
    ]
    return table


def test_each_shorthand_begins_the_words_of_its_medicine_and_of_no_other_medicine() -> None:
    """The measure [shorthand] states: each word begins a word of the name it stands for, in order, and every
    name of the whole index whose words so begin is the same medicine."""

    def begins(short: list[str], name: list[str]) -> bool:
        rest = iter(name)
        return all(any(w.startswith(s) for w in rest) for s in short)

    index = name_index()
    for short, full in _shorthand_table().items():
        words = normalise(short).replace("/", " ").split()
        assert begins(words, normalise(full).split()), short
        meant = set(identify(full).ingredients)
        others = {
            key
            for key, entry in index._exact.items()
            if entry.kind != "shorthand" and begins(words, entry.name.replace("-", " ").split())
        }
        assert meant and all(meant <= set(index._exact[k].ingredients) for k in others), (short, others)


def test_shorthand_of_english_words_or_few_letters_is_read_only_in_a_medicines_name() -> None:
    # "sod val" and "diaz" (a surname) are English enough, or short enough, to mean other things in free text.
    assert identify("Sod val 500mg tablets").classes and identify("Diaz 5mg tablets").classes
    assert not mentions("Dr Diaz says the sod val is fine.")
    assert not mentions("She takes the tram to the quet room at the clinic.")
    assert [m.entry.ingredients for m in mentions("Morph sulph and levomeprom at night.")] == [
        ("morphine",),
        ("levomepromazine",),
    ]


@given(st.sampled_from([w for w, _ in _SHORTHAND]), st.data())
@settings(max_examples=30, deadline=None)
def test_disguised_shorthand_is_read_like_the_plain_one(written: str, data: st.DataObject) -> None:
    from tests.gate.disguise import disguised

    assert identify(data.draw(disguised(written))).ingredients == identify(written).ingredients


@given(st.sampled_from(["Prebagalin 75mg capsules", "Zoplicone 7.5mg", "Q U E T I A P I N E 25mg"]), st.data())
@settings(max_examples=45, deadline=None)
def test_a_disguised_slip_or_spaced_name_is_found_like_the_plain_one(written: str, data: st.DataObject) -> None:
    from tests.gate.disguise import disguised

    plain = identify(written)
    assert plain.ingredients
    assert identify(data.draw(disguised(written))).ingredients == plain.ingredients


# The second wave of class lists (codelists/*-more.csv, baclofen.csv; sources in codelists/more-classes.md): whole
# classes and their UK brands, recognised by name without a dm+d code.
@pytest.mark.parametrize(
    ("written", "klass", "ingredient"),
    [
        ("Vimpat 50mg tablets", "antiepileptic", "lacosamide"),  # Read v2 drug group of lacosamide
        ("Zonegran 25mg capsules", "antiepileptic", "zonisamide"),
        ("Fycompa 4mg tablets", "antiepileptic", "perampanel"),
        ("Zarontin 250mg/5ml oral solution", "antiepileptic", "ethosuximide"),
        ("Sabril 500mg tablets", "antiepileptic", "vigabatrin"),
        ("Briviact 75mg tablets", "antiepileptic", "brivaracetam"),
        ("Diacomit 500mg capsules", "antiepileptic", "stiripentol"),
        ("Stiripentol 250mg capsules", "antiepileptic", "stiripentol"),
        ("Stesolid 10mg rectal tubes", "benzodiazepine-z-drug", "diazepam"),  # gm-sde diazepam set
        ("Buccastem M 3mg buccal tablets", "sedating", "prochlorperazine"),
        ("Stugeron 15mg tablets", "sedating", "cinnarizine"),
        ("Cinnarizine 15mg tablets", "sedating", "cinnarizine"),
        ("Triprolidine 2.5mg tablets", "sedating", "triprolidine"),  # CPRD res178 sedating antihistamine
        ("Ketalar 10mg/ml solution for injection", "sedating-other", "ketamine"),
        ("Clomethiazole 192mg capsules", "sedating-other", "clomethiazole"),
        ("Lioresal 5mg/5ml oral solution", "dependence-forming", "baclofen"),
        ("Opsumit 10mg tablets", "teratogenic-other", "macitentan"),
        ("Volibris 10mg tablets", "teratogenic-other", "ambrisentan"),
        ("Rebetol 200mg capsules", "teratogenic-other", "ribavirin"),
        ("Cytotec 200microgram tablets", "teratogenic-other", "misoprostol"),
        ("Teriflunomide 14mg tablets", "teratogenic-other", "teriflunomide"),
    ],
)
def test_brands_and_ingredients_of_the_wider_classes_are_recognised(written: str, klass: str, ingredient: str) -> None:
    found = identify(written)
    assert klass in found.classes
    assert ingredient in found.ingredients


@pytest.mark.parametrize(
    "look_alike",
    [
        "Voltarol 50mg gastro-resistant tablets",  # diclofenac alone, not Arthrotec (diclofenac with misoprostol)
        "Diclofenac sodium 50mg gastro-resistant tablets",
        "Clarityn Allergy 10mg tablets",  # loratadine: an antihistamine that does not sedate, unlike Stugeron
        "Zirtek Allergy 10mg tablets",  # cetirizine
        "Fexofenadine 120mg tablets",
        "Benadryl Allergy One A Day 10mg tablets",  # cetirizine: the Benadryl brand of res178 is not taken up
        "Ketotifen 0.025% eye drops",  # ketotifen eye drops do not sedate; oral ketotifen is not listed either
        "Motilium 10mg tablets",  # domperidone: an antiemetic that does not sedate, unlike Stemetil or Valoid
        "Ondansetron 4mg tablets",
        "Bactroban 2% ointment",
    ],
)
def test_look_alikes_of_no_concern_in_the_same_families_are_not_recognised(look_alike: str) -> None:
    assert identify(look_alike).classes == ()


@pytest.mark.parametrize(
    ("code", "name", "klass"),
    [
        ("14199511000001103", "Vimpat 100mg tablets (UCB Pharma Ltd)", "antiepileptic"),
        ("69311000001106", "Stugeron 15mg tablets", "sedating"),
    ],
)
def test_a_coded_product_of_the_wider_lists_is_classed_by_its_code(code: str, name: str, klass: str) -> None:
    from medassess.gate.classes import classify
    from medassess.record.model import Coding, Medicine

    medicine = Medicine(id="med-test", name="Tablets", code=Coding(system="http://snomed.info/sct", code=code))
    found = classify(medicine)
    assert klass in {c.id for c in found.classes}
    assert found.matched_by == "code" and found.needs_assessment


# A brand family: the UK brand list names some brands only with a release form ("Dilantin Infatabs", "Timonil
# Retard"); clinicians write the family name alone ("Dilantin 100mg capsules"). The family name stands for the
# ingredient when every listed brand of the family is the one ingredient in another release form; a family whose
# listed brands are line extensions ("Nurofen Plus", "Solpadeine Max", "Panadol NightPain") is not, as its
# plain product is another medicine (ibuprofen, paracetamol).
@pytest.mark.parametrize(
    ("written", "klass", "ingredient"),
    [
        ("Dilantin 100mg capsules", "antiepileptic", "phenytoin"),
        ("Timonil 200mg tablets", "antiepileptic", "carbamazepine"),
        ("Curatil 400mg tablets", "antiepileptic", "carbamazepine"),
        ("Nobligan 50mg capsules", "opioid", "tramadol"),
        ("Dolocodon 10mg tablets", "opioid", "oxycodone"),
        ("Fentalis 25micrograms/hour patches", "opioid", "fentanyl"),
        ("MST 10mg tablets", "opioid", "morphine"),
        ("DHC 60mg tablets", "opioid", "dihydrocodeine"),
        ("Dilantiin 100mg capsules", "antiepileptic", "phenytoin"),  # misspelt
        ("Timonill 200mg", "antiepileptic", "carbamazepine"),
    ],
)
def test_a_brand_family_written_without_its_release_form_is_the_brand(
    written: str, klass: str, ingredient: str
) -> None:
    found = identify(written)
    assert klass in found.classes
    assert ingredient in found.ingredients


@pytest.mark.parametrize(
    "written",
    [
        "Nurofen 200mg tablets",  # Nurofen Plus has codeine; Nurofen is ibuprofen
        "Cuprofen 400mg tablets",
        "Solpadeine Headache tablets",  # Solpadeine Max and Plus have codeine
        "Panadol 500mg tablets",  # Panadol NightPain has diphenhydramine
        "Benylin Mucus Cough syrup",
        "Calpol 120mg/5ml oral suspension",  # Calpol Night has diphenhydramine
        "Zipamol 500mg tablets",  # only Zipamol Plus is listed, a line extension
    ],
)
def test_a_family_whose_listed_brands_are_line_extensions_is_not_the_extension(written: str) -> None:
    assert identify(written).classes == ()


def test_a_short_family_name_is_read_in_a_medicines_name_but_not_in_free_text() -> None:
    """"MST" is morphine in the medicines list; in a social worker's text it is multisystemic therapy."""
    assert not [m for m in mentions("The family is open to MST and the DHC team visits weekly.") if m.entry.classes]
    assert [m.entry.ingredients for m in mentions("She takes Dilantin 100mg twice a day.")] == [("phenytoin",)]


@given(st.sampled_from(["Dilantin 100mg capsules", "Timonil 200mg tablets", "Nobligan 50mg capsules"]), st.data())
@settings(max_examples=30, deadline=None)
def test_a_disguised_brand_family_is_judged_as_the_plain_one(written: str, data: st.DataObject) -> None:
    from tests.gate.disguise import disguised

    plain = identify(written)
    assert plain.classes
    found = identify(data.draw(disguised(written)))
    assert (found.ingredients, found.classes) == (plain.ingredients, plain.classes)


@pytest.mark.parametrize(
    ("written", "ingredient"),
    [
        ("Lactulos 3.35g/5ml oral solution", "lactulose"),  # a letter dropped
        ("Lactuolse 3.35g/5ml oral solution", "lactulose"),  # two letters swapped
        ("Paracetemol 500mg caplets", "paracetamol"),  # a vowel for a vowel
        ("Colecalciferool 400unit capsules", "colecalciferol"),  # a letter doubled
    ],
)
def test_a_close_slip_of_a_medicine_of_no_concern_in_a_medicines_name_is_that_medicine(
    written: str, ingredient: str
) -> None:
    found = identify(written)
    assert found.no_concern and not found.classes, written
    assert found.ingredients == (ingredient,)


@pytest.mark.parametrize(
    "written",
    [
        "Lactitol 10g oral powder sachets",  # another real laxative, two letters from lactulose: not read as it
        "Paroxetine 20mg tablets",  # of concern, and nearer no name of no concern
        "Parecoxib 40mg injection",  # a different medicine, too far from paracetamol
        "Sennapod tablets",  # two letters more than senna: no close slip
    ],
)
def test_a_name_not_close_enough_to_a_medicine_of_no_concern_is_not_cleared(written: str) -> None:
    assert not identify(written).no_concern, written


def test_concern_matching_wins_over_a_slip_of_no_concern() -> None:
    """A word as near a medicine of concern as the concern threshold allows is read as that medicine, never
    cleared as a slip of one of no concern, however near that one is too."""
    index = name_index()
    for word in index.phonetic_names():
        entry = index.lookup(word)
        if entry is None or not entry.of_concern:
            continue
        for slip in {word[:i] + word[i + 1 :] for i in range(len(word))}:
            if index.no_concern_slip(slip) is not None:
                assert index.lookup(slip) is None
                near = process.extractOne(
                    slip, [word], scorer=DamerauLevenshtein.normalized_similarity, score_cutoff=0.83
                )
                assert near is None, (word, slip)


def test_free_text_does_not_read_slips_of_medicines_of_no_concern() -> None:
    assert not mentions("Paracetemol and lactulos as needed.")


@settings(max_examples=40, deadline=None)
@given(st.data(), st.sampled_from(["Paracetemol 500mg caplets", "Lactitol 10g oral powder sachets"]))
def test_a_disguised_slip_of_no_concern_is_judged_as_the_plain_one(data: st.DataObject, written: str) -> None:
    assert identify(data.draw(disguise.disguised(written))).no_concern == identify(written).no_concern


@pytest.mark.parametrize(
    ("written", "ingredient"),
    [
        ("Valium 2mg tablets", "diazepam"),
        ("VALIUM", "diazepam"),
        ("Ativan 1mg tablets", "lorazepam"),
    ],
)
def test_a_historic_brand_absent_from_dm_d_stands_for_its_ingredient(written: str, ingredient: str) -> None:
    found = identify(written)
    assert found.ingredients == (ingredient,)
    assert "benzodiazepine-z-drug" in found.classes
    assert found.matched_by == "brand"


def test_a_historic_brand_is_looked_for_in_free_text_though_english_knows_the_word() -> None:
    """wordfreq counts "valium" as common English because of the medicine: a curated brand is still its name."""
    assert [m.entry.ingredients for m in mentions("Her valium goes down by 1 mg a fortnight.")] == [("diazepam",)]
    assert [m.entry.ingredients for m in mentions("Ativan at night has stopped.")] == [("lorazepam",)]
    assert [m.entry.ingredients for m in mentions("The dentist gave her DF118 for the abscess.")] == [
        ("dihydrocodeine",)
    ]
    assert not mentions("Form DF11 was filed.")
    from tests.redteam.disguise import homoglyphs

    hidden = homoglyphs("The dentist gave her DF118 for the abscess.", "aeoD")
    assert [m.entry.ingredients for m in mentions(hidden)] == [("dihydrocodeine",)]
    found = identify("DF118 Forte 40mg tablets")
    assert (found.ingredients, found.classes, found.matched_by) == (("dihydrocodeine",), ("opioid",), "brand")


def test_every_historic_brand_is_sourced_and_names_a_medicine_of_concern() -> None:
    import csv

    from medassess.core.resources import data_path

    with (data_path("mappings") / "historic-brand-names.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    assert rows
    for row in rows:
        assert row["source"].startswith("http"), row
        found = identify(row["brand"])
        assert found.ingredients == (row["ingredient"],) and found.classes, row


def test_a_slip_as_near_a_medicine_of_no_concern_as_near_two_of_concern_stays_unread() -> None:
    # "Epimal": as near Epimax (an emollient, no concern) as near Epimaz and Epival; whichever was meant
    # may be the emollient, so the word is not read as the medicines of concern. Beside it, a slip between two
    # medicines of concern only ("Oxcarbamazepine") is read as both.
    assert identify("Epimal 200mg tablets").classes == ()
    assert set(identify("Oxcarbamazepine 300mg tablets").ingredients) == {"carbamazepine", "oxcarbazepine"}


def test_a_slip_in_clinicians_shorthand_is_not_read() -> None:
    # Shorthand is an exact form only, never a candidate for a slip nor a sound: a slip in a shortened name is a
    # guess at a guess, and is asked about (MA117) rather than read. The shorthand as written is read.
    assert identify("Hydromorph 1.3mg capsules").ingredients == ("hydromorphone",)
    assert identify("Hydromorf 1.3mg capsules").classes == ()
    assert identify("Zuclopent 10mg tablets").classes == ()
    assert not mentions("Levomeprum 6 mg at night for her nausea.")


def test_shorthand_is_looked_for_in_free_text_from_five_letters_when_not_english() -> None:
    # The rule [shorthand] states, on the shipped table: "bup/nal" (6 letters, no English word) is read in free
    # text like "levomeprom"; and on shorthand of no English word (wordfreq Zipf 0) that the table does not
    # hold, 4 letters are read only in a medicine's name, 5 and more in free text too.
    from medassess.gate.names import NameEntry, _add_shorthand, _Builder

    assert [m.entry.ingredients for m in mentions("On bup/nal 16/4 daily, supervised at the chemist.")] == [
        ("buprenorphine",)
    ]
    builder = _Builder({"benzodiazepine-z-drug": ("clonazepam",)}, english_zipf=2.5)
    builder.add(NameEntry("clonazepam", "ingredient", ("clonazepam",), ("benzodiazepine-z-drug",)))
    _add_shorthand(builder, {"clnz": "clonazepam", "clonz": "clonazepam", "clonaz": "clonazepam"})
    assert builder.entries["clnz"].everyday
    assert not builder.entries["clonz"].everyday and not builder.entries["clonaz"].everyday


# Two edits or more apart as written, but one at most once the spellings of one sound are written alike in both
# the word and the name (ph as f, c as k, y as i, ee as i): a sound spelling whose sound key other medicines share.
_FOLDED_NEAR = [
    ("Oxicodon 10mg capsules", "oxycodone"),
    ("Fenobarbitone 30mg tablets", "phenobarbital"),
]


@pytest.mark.parametrize(("written", "ingredient"), _FOLDED_NEAR)
def test_names_near_once_spelt_alike_by_sound_match_their_medicine(written: str, ingredient: str) -> None:
    found = identify(written)
    assert found.ingredients == (ingredient,)
    assert found.matched_by == "fuzzy"


@pytest.mark.parametrize(
    "text",
    [
        # Common English words as near a medicine once so folded as the medicine is: the English word.
        "A moraine of dirty laundry by the cot.",
        "Morfine sulfate 10mg tablets",  # one letter from moraine, as Kodine from iodine: unread in free text
        "Iodine supplements are taken daily.",
        "He works nights coding and teaches karate.",
        "They refine the veneer of the mandolin.",
    ],
)
def test_english_words_near_a_medicine_once_spelt_alike_by_sound_do_not_match(text: str) -> None:
    assert [m.entry.name for m in mentions(text) if m.entry.of_concern] == []


@given(st.sampled_from([written for written, _ in _FOLDED_NEAR]), st.data())
@settings(max_examples=30, deadline=None)
def test_a_disguised_name_near_once_spelt_alike_is_judged_as_the_plain_one(written: str, data: st.DataObject) -> None:
    from tests.gate.disguise import disguised

    plain = identify(written)
    found = identify(data.draw(disguised(written)))
    assert (found.ingredients, found.classes, found.matched_by) == (plain.ingredients, plain.classes, "fuzzy")


def _former_names() -> list[tuple[str, str]]:
    from medassess.core.resources import data_path

    path = data_path("mappings") / "former-names.csv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return [(row.split(",")[0], row.split(",")[1]) for row in lines[1:]]


@pytest.mark.parametrize(("former", "current"), _former_names())
def test_a_former_name_is_its_current_medicine_and_nothing_else(former: str, current: str) -> None:
    """mappings/former-names.csv, measured for precision: each former name reads as its current medicine (its
    ingredients and classes), is no common English word, and is no other medicine's name in any list."""
    from medassess.gate.english import zipf

    index = name_index()
    now, then = index.lookup(current), index.lookup(former)
    assert now is not None and now.of_concern
    assert then is not None and (then.ingredients, then.classes) == (now.ingredients, now.classes)
    assert zipf(former) < 2.5
    assert compact(normalise(former)) != compact(normalise(current))


@pytest.mark.parametrize(
    ("written", "ingredient"),
    [("Dothiepin 75mg tablets", "dosulepin"), ("Methotrimeprazine 6mg tablets", "levomepromazine"),
     ("Meperidine 50mg/ml injection", "pethidine"), ("Chlorpheniramine 2mg/5ml oral solution", "chlorphenamine")],
)  # fmt: skip
def test_a_medicine_written_by_its_former_name_is_its_current_ingredient(written: str, ingredient: str) -> None:
    assert identify(written).ingredients == (ingredient,)
    assert identify(written).matched_by == "name"


@pytest.mark.parametrize("text", ["She used to take dothiepin at night.", "Chlorpheniramine 4 mg at night."])
def test_a_former_name_in_free_text_is_mentioned_as_its_current_ingredient(text: str) -> None:
    assert {i for m in mentions(text) for i in m.entry.ingredients} <= {"dosulepin", "chlorphenamine"}
    assert mentions(text)


@pytest.mark.parametrize(
    ("written", "classes"),
    [
        # Mutation round 27: a release word after a brand family of varied medicines leaves the family's own
        # product; any other word unknown to the index is a member it does not know.
        ("Migraleve modified release tablets", ("opioid",)),
        ("Feminax prolonged release tablets", ("opioid",)),
        ("Feminax Express 342mg tablets", ()),
    ],
)
def test_a_release_word_after_a_varied_brand_family_keeps_the_family(written: str, classes: tuple[str, ...]) -> None:
    assert identify(written).classes == classes


@pytest.mark.parametrize(
    ("written", "ingredient"),
    [
        ("Morfine sulphate 5mg modified-release capsules", "morphine"),  # ph as f, though near "moraine"
        ("Phortral 25mg tablets", "pentazocine"),  # f as ph
    ],
)
def test_a_medicine_name_spelt_exactly_as_a_name_of_concern_sounds_is_that_medicine(
    written: str, ingredient: str
) -> None:
    found = identify(written)
    assert (found.ingredients, found.matched_by) == ((ingredient,), "fuzzy")


@pytest.mark.parametrize("written", ["Moringa leaf capsules", "Morphy steam inhaler", "Sefalexin 250mg capsules"])
def test_a_name_not_spelt_exactly_as_a_name_of_concern_sounds_is_not_one(written: str) -> None:
    assert identify(written).ingredients in ((), ("cefalexin",))
    assert not identify(written).classes


@given(st.sampled_from(["Morfine sulphate 5mg modified-release capsules", "Moringa leaf capsules"]), st.data())
@settings(max_examples=30, deadline=None)
def test_a_disguised_medicine_name_spelt_exactly_by_sound_is_judged_as_the_plain_one(
    written: str, data: st.DataObject
) -> None:
    hidden = data.draw(disguise.disguised(written))
    assert identify(hidden).ingredients == identify(written).ingredients


def test_no_english_word_reads_as_a_medicine_spelt_by_sound() -> None:
    # Every word wordfreq lists (Zipf 1 or more, its list's floor) is left alone, and no word of the medicine
    # lexicons is read as another medicine: the reading weighs only words no index or dictionary knows.
    from medassess.gate.english import common_words

    index = name_index()
    assert [w for w in common_words(1.0) if w.isalpha() and index.sound_exact(w) is not None] == []
    assert [n for n in index.phonetic_names() if index.sound_exact(n) is not None] == []
    # And, spelt by sound, no common English word is a name of concern the reading could be confused with.
    assert index.sound_exact("morfine") is not None


@pytest.mark.parametrize(
    "written",
    [
        # Each appears in the class lists only beside a medicine of concern, in a combination product whose name
        # gives its strength before the partner's ("X 10 mg and Y 20 mg oral tablet"): alone it is not of
        # concern (found refused by a seventy-seventh fresh corpus: a calcium-channel blocker and a thiazide
        # filed as ACE inhibitors/ARBs).
        "Amlodipine 10mg tablets",
        "Hydrochlorothiazide 12.5mg tablets",
        "Diltiazem malate 120mg tablets",
        "Paracetamol 500mg tablets",
        "Ibuprofen 400mg tablets",
        "Indapamide 2.5mg tablets",
        "Atenolol 50mg tablets",
        "Chlortalidone 25mg tablets",
        "Ezetimibe 10mg tablets",
        "Metformin 500mg tablets",
    ],
)
def test_an_ingredient_does_not_take_the_classes_of_its_partners_in_a_combination(written: str) -> None:
    assert identify(written).classes == (), written


@pytest.mark.parametrize(
    ("written", "ingredient"),
    [
        ("Perindopril 4mg / Amlodipine 5mg tablets", "perindopril"),
        ("Amlodipine 5 mg and valsartan 160 mg oral tablet", "valsartan"),
        ("Hydrochlorothiazide 12.5 mg and losartan 50 mg oral tablet", "losartan"),
        ("Diltiazem malate 180 mg and enalapril maleate 5 mg oral tablet", "enalapril"),
        ("Paracetamol 500mg with codeine 8mg tablets", "codeine"),
        ("Co-codamol 8mg/500mg tablets", "codeine"),
    ],
)
def test_a_combination_belongs_to_the_classes_of_its_ingredients(written: str, ingredient: str) -> None:
    found = identify(written)
    assert found.classes and ingredient in found.ingredients, written


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(["Amlodipine 10mg tablets", "Amlodipine 5 mg and valsartan 160 mg oral tablet"]))
def test_a_disguised_combination_partner_is_judged_as_the_plain_one(data: st.DataObject, written: str) -> None:
    assert identify(data.draw(disguise.disguised(written))).classes == identify(written).classes


def test_no_product_stem_of_concern_is_only_the_first_ingredient_of_a_listed_combination() -> None:
    """Across the class lists: the words before the first strength of a combination product ("Amlodipine" of
    "Amlodipine 10 mg and olmesartan 20 mg oral tablet") are of concern only where they name an ingredient
    the index knows (a class ingredient, brand or listed single product), never by the list alone."""
    joined = re.compile(r"^([a-z][a-z ]+?) \d[\d.]* ?(?:mg|microgram\w*|g)\b.*?\b(?:and|with)\b ", re.IGNORECASE)
    files = {f for c in medicine_classes().classes.values() for f in c.codelists}
    for filename in sorted(files):
        with (data_path("mappings") / "codelists" / filename).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(line for line in handle if not line.startswith("#")):
                product = row.get("dmd_name") or row.get("term") or ""
                found = joined.match(product)
                if found is None:
                    continue
                alone = identify(found.group(1) + " 10mg tablets")
                assert not alone.classes or alone.ingredients, (filename, product)


def test_a_renin_inhibitor_the_lists_hold_only_in_combination_is_of_concern_by_its_own_name() -> None:
    found = identify("Aliskiren 300mg tablets")
    assert found.classes == ("teratogenic-other",) and found.ingredients == ("aliskiren",)


# A brand of several words with one word misspelt, in a medicine's own name (NameIndex._brand_word_mentions): each
# distinctive word is matched by itself, by the fuzzy threshold or its spelling by sound; every other word exact.
@pytest.mark.parametrize(
    ("written", "ingredient"),
    [
        ("Kilkoph Expectorant 100ml", "diphenhydramine"),  # the first word spelt by sound (ph as f)
        ("Numark Chesti Cough Expectorant", "diphenhydramine"),  # a letter for another inside the name
        ("Kovonia Hot Dose Cough syrup", "diphenhydramine"),  # spelt by sound (a hard c as k)
        ("Numark Chesty Cough Expectorent", "diphenhydramine"),  # the last word misspelt
        ("Pulmo Bayly 90ml", "codeine"),  # one letter for another in the second word
    ],
)
def test_a_misspelt_word_of_a_brand_of_several_words_is_matched(written: str, ingredient: str) -> None:
    found = identify(written)
    assert ingredient in found.ingredients and found.classes, written
    assert found.matched_by == "fuzzy"


@pytest.mark.parametrize(
    "written",
    [
        "Covonia Dry and Tickly linctus",  # the range's other product: no diphenhydramine
        "Covonia Chesty Cough mixture",
        "Kilkef Expectorint",  # two words misspelt: no exact word to hold the brand
        "Covonia Day Time Formula",  # an English word of the brand changed is another product
        "Tixylix Chesty Cough",  # a brand of concern's first word before other words: another member
        "Pulmo Bailey",  # "bailey" is an English word (a name), not a slip
    ],
)
def test_a_near_miss_of_a_brand_of_several_words_is_not_that_brand(written: str) -> None:
    assert identify(written).classes == (), written


@pytest.mark.parametrize(
    ("written", "ingredient"),
    [("Kilkof linctus 100ml", "diphenhydramine"), ("KILKOF", "diphenhydramine")],
)
def test_the_distinctive_first_word_of_a_brand_alone_names_it(written: str, ingredient: str) -> None:
    found = identify(written)
    assert found.ingredients == (ingredient,) and found.matched_by == "brand"


@pytest.mark.parametrize(
    "written",
    [
        "Nurofen 200mg tablets",  # Nurofen Plus has codeine: plain Nurofen is ibuprofen only (a line extension)
        "Calpol 250mg/5ml oral suspension",  # Calpol Night: the plain product is paracetamol
        "Actelsar 40mg tablets",  # "HCT": a short word, a line extension
        "Covonia 150ml",  # a range: Covonia Hot Dose, Night Time, and others the lists do not show
        "Pulmo 90ml",  # "Bailly" is English to wordfreq: not every word of the brand is distinctive
        "Kilkof Chesty",  # another word after the first: an unknown member, not the brand
    ],
)
def test_a_first_word_of_a_line_extension_or_a_range_alone_is_not_the_brand(written: str) -> None:
    assert identify(written).classes == (), written


@given(st.data(), st.sampled_from(["Kilkoph Expectorant 100ml", "Kilkof linctus", "Covonia 150ml"]))
def test_a_disguised_brand_word_reading_is_judged_as_the_plain_one(data: st.DataObject, written: str) -> None:
    assert identify(data.draw(disguise.disguised(written))).classes == identify(written).classes


def test_a_brand_with_no_dm_d_product_of_its_ingredient_stands_for_it() -> None:
    # Meptazinol has no product in the dm+d lists: its brand is a curated row (historic-brand-names.csv).
    found = identify("MEPTID tablets")
    assert found.ingredients == ("meptazinol",) and "opioid" in found.classes
    assert [m.entry.ingredients for m in mentions("She stopped the meptid last week.")] == [("meptazinol",)]


# A brand that is the medicine of no concern alone is that medicine ("Panadol" is Haleon's paracetamol, emc SmPC):
# no reason is needed. The brand's products of other ingredients keep their own class by their longer names, and a
# word after the brand that is no qualifier still needs a reason. Found refused by the hundred-and-tenth fresh
# corpus; worded apart from it.
@pytest.mark.parametrize("written", ["Panadol 500 mg caplets", "PANADOL Advance 500mg film-coated tablets", "Panadol"])
def test_a_plain_brand_of_a_medicine_of_no_concern_is_that_medicine(written: str) -> None:
    found = identify(written)
    assert found.no_concern and found.classes == () and found.ingredients == ("paracetamol",)


@pytest.mark.parametrize(
    ("written", "klass"),
    [("Panadol Ultra 12.8mg/500mg tablets", "opioid"), ("Panadol NightPain tablets", "sedating")],
)
def test_the_brand_s_products_of_other_ingredients_stay_of_concern(written: str, klass: str) -> None:
    found = identify(written)
    assert not found.no_concern and klass in found.classes


def test_another_word_after_a_plain_brand_still_needs_a_reason() -> None:
    assert not identify("Panadol Sinus Relief tablets").no_concern


# Kratom (mitragynine) is no licensed medicine and has no dm+d entry: listed by name in the opioid class (local
# classification, sourced in mappings/codelists/more-classes.md), so a product named so is of concern whatever
# reason of no concern is given. Found passing by the hundred-and-tenth fresh corpus; worded apart from it.
@pytest.mark.parametrize(
    "written", ["Kratom powder, 2 g in tea", "Red vein kratom leaf capsules", "Mitragynine extract"]
)
def test_kratom_is_of_the_opioid_class_by_name(written: str) -> None:
    found = identify(written)
    assert "opioid" in found.classes and not found.no_concern


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_a_disguised_brand_or_kratom_is_judged_as_the_plain_name(data: st.DataObject) -> None:
    plain = data.draw(
        st.sampled_from(["Panadol 500 mg caplets", "Panadol Ultra 12.8mg/500mg tablets", "Kratom powder"])
    )
    written = data.draw(disguise.disguised(plain))
    assert (identify(written).no_concern, identify(written).classes) == (
        identify(plain).no_concern,
        identify(plain).classes,
    )
