"""MA130: a medicine's dose line states a dose she can take, and the one its conclusion gives."""

from __future__ import annotations

from collections.abc import Iterator

from ...record.model import Record
from ..administration import conclusion_impossible, form, impossible_route
from ..dose_lines import count_contradicts_span, depot_given_too_often, unit_contradicts_count
from ..dose_totals import above_daily_maximum, total_contradicts_its_dose
from ..doses import contradicted, impossible, impossible_level, self_contradicted, volume_for_a_solid
from ..registry import GateContext, Problem, rule
from ..strengths import strength_never_made
from .medicines import AREA as AREA


@rule(
    "MA130",
    "dose-impossible",
    "error",
    "A medicine's dose line gives an amount of nothing or below zero, or one its conclusion contradicts.",
)
def dose_impossible(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    No medicine's dose line gives, as what is taken, an amount of zero or below: a negative amount ("-100 mg",
    "minus 5 ml", with any dash or the minus sign U+2212), or a zero amount in any unit (mg, g, micrograms, ml,
    tablets, capsules, drops, patches, puffs...), in digits or words ("0 mg", "zero tablets", "nil mg"), or a
    line that is nothing but nought ("nil", "none", "0 at night"). Fractions, decimals and ranges are amounts
    above zero ("½ tablet", "0.25 ml", "2.5-5 mg", "one to two tablets"), times are not amounts ("0800 and
    2000"), and lines with no amount ("as directed", "when needed") are not judged. A zero beside an amount
    above zero is a step of a change ("10 mg, reducing to 0 mg"), and a zero in a line that says the medicine
    was stopped is true of it; neither is refused. Units, number words and stop words are data
    (mappings/doses.toml) and the line is read normalised, so full-width digits and invisible characters hide
    nothing.

    Nor does an assessment's conclusion give a medicine it covers a dose that the medicine's dose line contradicts
    with no word of change: an amount of mass (mg, g, micrograms) or volume (ml), in digits or words ("fifty
    milligrams"), written at most four words after the medicine's name in the same sentence ("Methadone 60 mg daily
    should continue"), or up to sixteen where the words between say it continues at it ("is to continue at the dose
    she has been stable on for three months, 90 mg daily"), or else right before the name with nothing between but
    how often ("At 200 mg a day valproate is ..."), or a day's total set off by a comma, a bracket or a dash
    right after such an amount and its frequency ("500 mg twice a day, 1 g a day in all"), must be the line's amount,
    the strength in the product's name, their total, or one to six times or a sixth to a whole of one of them (tablets
    of a strength, doses in a day), mass with mass and volume with volume; an amount given once a day ("fifty milligrams
    once a day"), or "daily" beside a line of one dose once a day ("40 mg daily" beside "20 mg once daily"), must be one
    the line states, or their total; an amount said to be a day's ("a day", "daily", "per day") beside a line of one
    amount taken a known number of times a day ("500 mg bd"), with no range and not as needed, must be the day's total
    (1,000 mg) or the total of the line's amounts; an amount with that same frequency right after it ("5 mg tds" beside
    "5 mg three times a day") must be the line's amount or the strength, not a multiple of them; an amount with no
    frequency in a sentence that says it continues ("200 mg continues"), beside a line of one dose once a day, must be
    the line's amount or the strength (or as many of the strength as the line counts: "two 50 mg tablets"). Amounts
    listed in the order of the medicines listed before them ("methadone (and sertraline) at 60 mg and 100 mg",
    "respectively" or not) are each that medicine's; a medicine and its brand side by side count as one where that makes
    the lists as long, else each has its own amount. The overall conclusion's amounts are compared with each medicine's
    dose line in the same way, where no other medicine of the list shares its ingredient. Nor does a conclusion
    contradict itself: a dose linked to the medicine in a sentence that says it continues ("60 mg daily, unchanged"),
    and in another clause a dose she or he takes ("she takes", "he is taking", "she will take": in a sentence naming no
    other medicine and speaking of no change, "from now on" aside), once a day against several times a day ("at night"
    against "twice daily") or a different dose of a day (an amount with no frequency only where it is neither a multiple
    nor a part of the other). An amount in a sentence that speaks of a change or a limit ("increase to", "from ... to",
    "up to", "below", "if", "taper", "split") is not compared (a reason after it, "because stopping led to relapse", is
    no change; a limit word before a time, "over the next 3 months", "for more than two weeks", is a span, and its
    sentence's amounts are compared; so is "until" with no amount after it, "continues until the review", a word of
    change under a negation with no amount after it, "not to be stopped suddenly", and a dose said to continue before a
    limit in a later clause, "800 mg continues, kept under 1000 mg a day", the limit's own amount aside), nor a dose
    told as the one before a dose now ("was 50 mg, now 60 mg", "previously 75 mg, currently 100 mg": the dose now is
    compared), nor an amount told of a past time, with no word of continuing or of the dose now in its sentence ("in
    2019 on 40 mg her baby needed treatment", "in her last pregnancy she was on 40 mg", "previously on 30 mg": a year
    before the one the text was written in counts; "40 mg daily continues" is compared), nor an amount joined to the
    name by "and", "or", "both" or "with" (another medicine's, or two medicines under one heading). A medicine started
    or changed after the assessment's date is left to MA108. Nor does a conclusion give a volume ("300 ml at night") to
    a medicine listed only as a solid form (tablets, capsules, a patch, a suppository or pessary), an amount its product
    cannot be measured in: an oral solution's volume, a dissolved or dispersible product, a volume of what it is taken
    in ("with 200 ml of water"), a sentence giving it a mass as well, the baby's volume and a change of product are not
    judged. Words and limits are data (mappings/doses.toml). Nor does a conclusion set a medicine's serum level target
    or range that no therapeutic range holds ("lithium: target level 4 to 8 mmol/L", tenfold the 0.4 to 1.0 aimed for):
    a number in the level's unit in a clause of a target, range or aim, in a sentence naming the medicine, with no other
    analyte in the clause (her sodium), or in a later sentence of the same text when no sentence since names another
    medicine or an analyte ("Lithium continues. ... Target range 6-8 mmol/L."); a level measured and reported is not
    judged. Ranges are data ([levels] of
    mappings/doses.toml).
    Nor does a conclusion tell a day's total ("250 mg a day in all", "(1 g in total)") right after a dose taken a
    known number of times a day that it is not that dose times that number ("500 mg twice a day, 250 mg a day in
    all"); a total with no counted dose right before it ("1 g a day in two doses") is not read ([told_total]).
    Nor does a medicine's dose line give a day's ceiling ("no more than 6 g in 24 hours"), a dose times its doses
    a day ("1 g five times a day", "2 g (four tablets) four times a day") or one dose of the day ("80 mg once
    daily", "at night", "mane") above the adult daily maximum of its single ingredient, where that maximum is a
    sourced fact ([daily_maximum] of mappings/doses.toml: paracetamol 4 g, citalopram 40 mg, sertraline 200 mg,
    quetiapine 800 mg, pregabalin 600 mg, sodium valproate 2.5 g, gabapentin 3.6 g; valproate
    semisodium, dosed by weight, is not judged). A count of tablets or capsules ("no more than 10 tablets in 24
    hours") is read as their mass where the product's name gives one strength of that form ([day_maximum_reading]),
    unless a mass bracketed beside it tells the dose ("300 mg (three tablets)": the mass is read). A dose at the
    maximum, a lower ceiling, a weekly dose, a count of no known strength and a medicine with no published maximum
    (lithium, set by its level) are not judged. Nor does a medicine's name give a strength of its tablets or
    capsules that no product of its single ingredient in the code lists comes near ("Citalopram 200mg tablets": 10,
    20 and 40 mg are made): above twice the largest made or below half the smallest ([strengths] of
    mappings/doses.toml); liquids, patches, injections, combinations and a strength between those made are not
    judged.
    A word of change after the dose's clause, told only as a past one with no amount after it ("continues: she
    relapsed each time it was stopped", "as she relapsed when she last stopped"), is the reason the dose stands, not
    a change: the dose said to continue is compared ([past_change]).
    Nor does a dose line's own numbers contradict each other or the product ([line_counts], [depot_interval]): a
    count of the product's form beside, in brackets, an amount that is the count times the strength in its name in
    a unit a thousandfold away ("Two tablets (100 micrograms)" of 50 mg tablets; a product in micrograms, the right
    unit, and an amount that is no unit slip, such as the iron of an iron salt, pass); a count over a span right
    after it ("28 tablets a week", "(one week's supply)") that one counted dose taken a known number of times a day
    does not give (two a day are 14 a week; a line as needed, over a range, on uneven days, with two counts a day,
    a ceiling or a supply of days alone is not judged); or a long-acting depot, given as an injection, at intervals
    far shorter than one dose lasts ("every day", "weekly" for medroxyprogesterone acetate, 12 to 13 weeks: below
    half its interval; "every 12 weeks", "3-monthly" and a line with no interval pass; only depots whose interval
    a public source gives are read).

    Why it matters:
    The dose line is what the midwife, the health visitor and the maternity system read as what she takes. A
    dose of nothing or below zero is a slip of the keyboard or a field filled to get past the form: whatever
    she really takes, and what it means for the baby, is then not on the record that is shared. A conclusion
    at one dose beside a line at another cannot both be true: the reader cannot tell which dose was assessed.

    Example:
    {"id": "med-sertraline", "name": "Sertraline 50mg tablets", "dose": "-100 mg once daily"}; or
    {"name": "Methadone 1mg/ml oral solution", "dose": "6000 mg (6000 ml) once daily"} with the conclusion
    "Methadone 60 mg daily should continue".

    Instead:
    Write the dose she takes ("100 mg once daily"), or, for a medicine she has stopped, say so ("stopped at
    12 weeks") and record the stop date. Make the conclusion and the dose line give the same dose, or say in the
    conclusion that the dose changes ("increase from 60 mg to 70 mg").
    """
    found = list(_dose_problems(record, context))
    yield from found
    # A told day's total is reported where the conclusion's dose is not already held against its line.
    held = {problem.path for problem in found}
    yield from (problem for problem in _totals_told(record) if problem.path not in held)


def _dose_problems(record: Record, context: GateContext) -> Iterator[Problem]:
    for index, medicine in enumerate(record.medicines):
        if medicine.dose and impossible(medicine.dose):
            yield Problem(
                "the dose line gives an amount of nothing or below zero (expected a dose above zero, or the line to "
                "say the medicine was stopped)",
                f"$.medicines[{index}].dose",
            )
    each = {m.id: frozenset(context.facts.classifications[m.id].ingredients) for m in record.medicines}
    for index, medicine in enumerate(record.medicines):
        if medicine.dose and above_daily_maximum(medicine.dose, each[medicine.id], medicine.name):
            yield Problem(
                "the dose line gives a day's ceiling, or a dose times its doses a day, above the medicine's adult "
                "daily maximum (expected a day within the licensed maximum, e.g. paracetamol 4 g or citalopram 40 mg "
                "in 24 hours)",
                f"$.medicines[{index}].dose",
            )
    for index, medicine in enumerate(record.medicines):
        if medicine.name and strength_never_made(medicine.name, each[medicine.id]):
            yield Problem(
                "the medicine's name gives a strength of tablets or capsules far outside any its medicine is made "
                "in (expected the strength on the product, e.g. citalopram 10, 20 or 40 mg tablets)",
                f"$.medicines[{index}].name",
            )
    yield from _line_counts(record)
    yield from _volumes_for_solids(record, each)
    for index, assessment in enumerate(record.assessments):
        for mid in assessment.medicine_ids:
            at, medicine = context.facts.medicines_by_id[mid]
            ingredients = frozenset(context.facts.classifications[mid].ingredients)
            if assessment.conclusion and self_contradicted(
                assessment.conclusion, ingredients, sole=len(assessment.medicine_ids) == 1
            ):
                yield Problem(
                    f"the conclusion gives the medicine at $.medicines[{at}] a dose that continues and another it is "
                    "taken at now (expected one dose, or the change said as a change)",
                    f"$.assessments[{index}].conclusion",
                )
            if assessment.conclusion and impossible_level(assessment.conclusion, ingredients):
                yield Problem(
                    f"the conclusion gives the medicine at $.medicines[{at}] a serum level target no therapeutic "
                    "range holds (expected the level in the range its monitoring aims for, e.g. lithium 0.4 to 1.0 "
                    "mmol/L)",
                    f"$.assessments[{index}].conclusion",
                )
            # A dose changed after the assessment was written is MA108's: the conclusion was true when written.
            changed = medicine.last_changed or medicine.started
            if changed and assessment.date and changed > assessment.date:
                continue
            if (
                assessment.conclusion
                and medicine.dose
                and contradicted(
                    assessment.conclusion,
                    ingredients,
                    medicine.dose,
                    medicine.name,
                    assessment.date.year if assessment.date else None,
                )
            ):
                yield Problem(
                    f"the conclusion gives the medicine at $.medicines[{at}] a dose its dose line contradicts "
                    "(expected the conclusion's dose to agree with the medicine list's dose line)",
                    f"$.assessments[{index}].conclusion",
                )
    overall = record.overall_conclusion
    if overall is None or not overall.text:
        return
    for at, medicine in enumerate(record.medicines):
        # As an assessment's: a dose changed after the overall conclusion was written is MA108's.
        changed = medicine.last_changed or medicine.started
        if changed and overall.date and changed > overall.date:
            continue
        ingredients = each[medicine.id]
        # The overall conclusion names a medicine, not a list entry: where two entries share an ingredient (two
        # strengths of folic acid), its amount may be either's, so neither is held to it.
        if any(ingredients & other for mid, other in each.items() if mid != medicine.id):
            continue
        if impossible_level(overall.text, ingredients):
            yield Problem(
                f"the overall conclusion gives the medicine at $.medicines[{at}] a serum level target no therapeutic "
                "range holds (expected the level in the range its monitoring aims for, e.g. lithium 0.4 to 1.0 "
                "mmol/L)",
                "$.overall_conclusion.text",
            )
        written = overall.date.year if overall.date else None
        if medicine.dose and contradicted(overall.text, ingredients, medicine.dose, medicine.name, written):
            yield Problem(
                f"the overall conclusion gives the medicine at $.medicines[{at}] a dose its dose line contradicts "
                "(expected the conclusion's dose to agree with the medicine list's dose line)",
                "$.overall_conclusion.text",
            )


def _line_counts(record: Record) -> Iterator[Problem]:
    """A dose line whose own numbers cannot all be true: an amount its count of the product's strength gives in
    another unit, a count over a span its dose does not give, a depot given far more often than a dose lasts."""
    for index, medicine in enumerate(record.medicines):
        if not medicine.dose:
            continue
        if unit_contradicts_count(medicine.dose, medicine.name):
            yield Problem(
                "the dose line gives an amount in a unit its count of the product's strength cannot give (expected "
                "the count times the strength in the name, e.g. two 50 mg tablets as 100 mg)",
                f"$.medicines[{index}].dose",
            )
        if count_contradicts_span(medicine.dose):
            yield Problem(
                "the dose line gives a count over a span that its dose and doses a day do not give (expected the "
                "dose times its doses a day times the days, e.g. two tablets once daily as 14 a week)",
                f"$.medicines[{index}].dose",
            )
        if depot_given_too_often(medicine.dose, medicine.name):
            yield Problem(
                "the dose line gives a long-acting depot far more often than one dose lasts (expected the depot's "
                "interval, e.g. every 12 or 13 weeks for a contraceptive injection)",
                f"$.medicines[{index}].dose",
            )


def _totals_told(record: Record) -> Iterator[Problem]:
    """A conclusion whose day's total told as one contradicts the dose and doses a day right before it ("500 mg
    twice a day, 250 mg a day in all")."""
    texts = [(f"$.assessments[{i}].conclusion", a.conclusion) for i, a in enumerate(record.assessments)]
    if record.overall_conclusion is not None:
        texts.append(("$.overall_conclusion.text", record.overall_conclusion.text))
    for path, text in texts:
        if text and total_contradicts_its_dose(text):
            yield Problem(
                "the conclusion gives a day's total that the dose and doses a day right before it contradict "
                "(expected the total to be the dose times its doses a day)",
                path,
            )


def _volumes_for_solids(record: Record, each: dict[str, frozenset[str]]) -> Iterator[Problem]:
    """A conclusion giving a volume to a medicine listed only as a solid form ("300 ml" of tablets): where another
    entry shares its ingredient (an oral solution beside the tablets), the volume may be that one's."""
    texts = [(f"$.assessments[{i}].conclusion", a.conclusion, a.medicine_ids) for i, a in enumerate(record.assessments)]
    if record.overall_conclusion is not None:
        texts.append(("$.overall_conclusion.text", record.overall_conclusion.text, list(each)))
    for at, medicine in enumerate(record.medicines):
        ingredients = each[medicine.id]
        if any(ingredients & other for mid, other in each.items() if mid != medicine.id):
            continue
        for path, text, covered in texts:
            if text and medicine.id in covered and volume_for_a_solid(text, ingredients, medicine.name):
                yield Problem(
                    f"the conclusion gives the medicine at $.medicines[{at}] a volume, which its listed solid form "
                    "cannot be measured in (expected its dose in the unit of the product, e.g. mg for tablets)",
                    path,
                )


@rule(
    "MA131",
    "route-impossible",
    "error",
    "A medicine's dose line gives a route its form cannot be given by.",
)
def route_impossible(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    No medicine's dose line gives a route of administration that the form in the medicine's name cannot take:
    tablets, capsules or an oral liquid injected ("IV", "i.m.", "subcutaneously", "by infusion"), inhaled ("two
    puffs", "nebulised") or worn as a patch; sublingual or buccal tablets or films, or an oral lyophilisate,
    injected, inhaled or worn as a patch; a transdermal patch swallowed ("orally", "PO", "by mouth"), put under the
    tongue, injected, inhaled or inserted; a depot injection ("prolonged-release solution for injection") taken by
    mouth or under the tongue; a suppository or pessary swallowed, injected or inhaled; an inhaler injected, worn or
    inserted; eye, ear or nose drops, sprays or ointments swallowed, injected or inserted; a skin cream, ointment,
    gel, lotion, paste or emollient swallowed, injected or inhaled; a solution for injection worn as a patch;
    tablets, capsules, an oral liquid, a patch, a depot, a suppository or a pessary put in the eye or the ear, up
    the nose ("sniffed", "intranasally") or spread on the skin ("applied to the skin", "topically"); a
    modified-release, prolonged-release or gastro-resistant tablet or capsule, which releases through the gut only,
    given rectally or vaginally ("PR", "inserted rectally"). Routes clinicians do use, however unusual, are not
    refused: plain tablets or capsules given rectally or vaginally, an oral liquid rectally, a progesterone pessary
    rectally, an oral gel applied to the nipples, an injection solution given by mouth, buccally or nebulised,
    atropine eye drops under the tongue, creams applied rectally or vaginally, an oral gel or paste by mouth. A name
    with no form word ("Methadone", "Subutex", "Oramorph") or with two, and a line with no route word ("60 ml once
    daily"), are not judged, nor a clause of the line that speaks of another time, product or possibility
    ("previously injected", "if vomiting, switch to the patch"). A form word after a verb of giving in the line is
    read as its form's route ("given as a daily injection" for an oral solution); "given as a single daily dose"
    names no form. Forms, routes and the pairs refused are data (mappings/administration-routes.toml, from the dm+d
    form and route lists), read on the normalised text, so a disguised line is read as the plain one.

    Nor does a conclusion name a listed medicine with a form or route word in reach that the listed product's
    form cannot take: the word right after the name, or after its amount, units, frequency, "as" or a bracketed
    brand ("the methadone patch" or "methadone 60 mg daily as suppositories" for an oral solution, "lithium depot
    injection" or "citalopram inhaler, two puffs" for tablets, "sertraline 100 mg IV"), and a route word after a
    form word and "given by", "via" or "administered" ("diazepam tablets given by intramuscular injection"), or,
    with no form word, after a verb of giving past the dose ("sertraline 100 mg daily continues, given by
    intramuscular injection"), or set off by commas after the dose ("800 mg at night, as pessaries,", not a
    reason with a verb of its own, ", as injections upset her"); a
    form word is read as the route its form is given by, and as a form the listed product cannot be called
    ("methadone suppositories" or "pessaries" for an oral solution, which may be given rectally but is never a
    suppository; tablets stay open, [not-called]). A sentence that speaks of a possibility, an option or a switch
    ("if she vomits, a patch could be considered"), of another time before the word, or of the baby before the name
    ("the baby's morphine by mouth") is not judged, nor another medicine's form beside hers, nor a medicine the list
    holds in two forms.

    Why it matters:
    The dose line is what the midwife, the health visitor and the maternity system read as how she takes the
    medicine. A line whose route the product cannot take ("Methadone oral solution 60 ml IV") is a slip that
    leaves the receiver unable to tell what she takes or how, and for an opioid or a sedative the route is part
    of the risk to the baby (injecting, a patch that keeps releasing): a shared record must not carry a route
    that cannot be true.

    Example:
    {"name": "Sertraline 50mg tablets", "dose": "50 mg IV once daily"}; or
    {"name": "Fentanyl 12micrograms/hour transdermal patches", "dose": "one patch orally every 72 hours"}; or
    the conclusion "The methadone patch will be continued" beside "Methadone 1mg/ml oral solution".

    Instead:
    Write the route the product is given by ("50 mg by mouth once daily", "one patch every 72 hours"), or, where
    she takes another product (an injection, not the tablets), record that product's name; in a conclusion,
    name the form on the list.
    """
    for index, medicine in enumerate(record.medicines):
        if medicine.dose and impossible_route(medicine.name, medicine.dose):
            yield Problem(
                "the dose line gives a route of administration the form in the medicine's name cannot take "
                "(expected the route its form is given by, e.g. tablets by mouth, a patch on the skin, or the name "
                "of the product she takes)",
                f"$.medicines[{index}].dose",
            )
    # A conclusion naming a listed medicine in a form or by a route its listed product cannot take: where two
    # entries share an ingredient in different forms (tablets and a patch), the conclusion may mean either.
    forms: dict[str, set[str | None]] = {}
    listed: list[tuple[int, str, frozenset[str]]] = []
    for index, medicine in enumerate(record.medicines):
        ingredients = frozenset(context.facts.classifications[medicine.id].ingredients)
        given = form(medicine.name)
        for ingredient in ingredients:
            forms.setdefault(ingredient, set()).add(given)
        if given is not None:
            listed.append((index, given, ingredients))
    for written in context.facts.conclusions:
        for index, given, ingredients in listed:
            if all(forms[i] == {given} for i in ingredients) and conclusion_impossible(
                given, ingredients, written.text
            ):
                yield Problem(
                    f"{written.subject} gives the medicine at $.medicines[{index}] a form or route its listed "
                    "product cannot take (expected the form on the medicine list, or the list to name the product "
                    "she takes)",
                    written.path,
                )
