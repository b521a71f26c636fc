"""MA121-MA127: each conclusion is its own, every concern an assessment's medicines raise is answered, every
conclusion says what the medicines mean for the baby, no concern's own answer is written hollow, safe sleep
advice is given where a parent is sedated, and no coded answer is contradicted by the assessment's own text.

How these relate to the softer prompts MA110 (withdrawal plan), MA111 (safe sleep) and MA112 (breastfeeding):
MA122 is the error for a concern nothing in the assessment answers, MA123 for one its item dismisses as "not
applicable", and MA125 for one whose item is written but says nothing ("Leaflet given."); the warnings remain
for a concern answered only in free text (the conclusion says "no co-sleeping" but the coded safe-sleep item is
empty), and stay silent where MA122, MA123 or MA125 already report, so
one gap is reported once.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...record.identifiers import local_id_label
from ...record.model import Assessment, Record
from ...record.template import value_at
from ..advice_untold import says_advice_untold
from ..baby_put_off import without_baby_put_off, without_weighed_risk
from ..classes import medicine_classes
from ..concerns import (
    concern_raised_now,
    conclusions_off_concern,
    contradicted_answers,
    lay_watched_conclusions,
    pregnancy_began,
    speaks_of_the_baby,
    without_drug_actors,
    without_objectless,
)
from ..holders import misheld_conclusions, remote_conclusions
from ..household_nights import nights_to_a_sedated_householder
from ..levels_dropped import levels_dropped
from ..narrowed import without_never
from ..night_care import night_care_to_the_sedated, night_care_to_the_sedated_partner
from ..partner import (
    acts_given_to_the_absent_partner,
    gives_his_medicine_sedation_to_her,
    gives_his_sedation_to_her,
    names_a_man,
    speaks_of_the_partner,
)
from ..registry import Area, GateContext, Problem, rule
from ..stops_told import started_later_than_listed, stopped_while_listed
from ..substance import (
    outside_populations,
    withdrawn,
    without_bare_cells,
    without_pointed_elsewhere,
    without_reported,
)
from ..text import normalise
from ..watch_dropped import sleep_checks_dropped, watch_dropped
from ..wording import tokens
from .conclusions import conclusion_verdicts

AREA = Area("coverage", "Every medicine and concern answered, no conclusion copied", written_conclusions=True)


@rule(
    "MA121",
    "conclusion-copied-between-medicines",
    "error",
    "One conclusion is pasted under assessments of different medicines.",
)
def conclusion_copied_between_medicines(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    No conclusion repeats another one written about different medicines: word for word, or with only the medicine
    names, doses and a few characters changed (similarity at or above copy_similarity in mappings/share-
    gate.toml), with its sentences or clauses in another order, in other words (synonyms read alike:
    mappings/synonyms.toml, "infant" for "baby", "bed sharing" for "co-sleeping"), in clinicians' shorthand
    (clinical abbreviations read as their meaning in mappings/clinical-abbreviations.csv, "od", "obs", "72h";
    symbols and shortened words read alike in mappings/synonyms.toml, "@", "&", "w/", "thru"), with its
    clauses reordered and reworded within (the words that say something compared in any order, at or above
    copy_words_similarity), padded with sentences of
    its own (every sentence of one assessment conclusion found in another's), or trimmed (a sentence dropped: of
    two assessments' conclusions, nearly every word that says something of the shorter found in the other, at or
    above copy_contained_similarity). With several assessments, the
    overall conclusion must not repeat one of them either. Text is compared normalised: case, spacing,
    punctuation, look-alike letters from other scripts and invisible characters hide nothing. A conclusion
    repeated because it is a joint one is allowed: when one of the assessments carrying it covers all the
    medicines and the text names each of them.

    Why it matters:
    A conclusion pasted from one medicine to another was written about neither in particular: the second
    medicine's own risks to the baby (a different withdrawal pattern, sedation, breast milk) were never
    concluded on, yet the record looks complete. An overall conclusion that repeats one assessment says nothing
    about the other medicines or what they mean together.

    Example:
    Sertraline's conclusion "Continue sertraline; the risk of relapse outweighs the small risks to the baby."
    and citalopram's "Continue citalopram; the risk of relapse outweighs the small risks to the baby."

    Instead:
    Write each medicine's own conclusion, or one joint assessment covering the medicines whose conclusion names
    each of them; make the overall conclusion say what the medicines mean together for the baby.
    """
    for copy in context.facts.conclusion_copies(context.settings):
        how = "word for word" if copy.exact else "almost word for word, only medicine names or doses changed,"
        yield Problem(
            f"the conclusion of {copy.label} repeats {how} the conclusion at {copy.original_path}, which is "
            "about other medicines",
            copy.path,
        )


def _label(concern: str) -> str:
    found = medicine_classes().concerns.get(concern)
    return found.label.lower() if found is not None else concern


@rule(
    "MA122",
    "concern-unanswered",
    "error",
    "An assessment leaves a concern its medicines raise unanswered.",
)
def concern_unanswered(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Each concern that the classes of an assessment's medicines raise (mappings/medicine-classes.toml) is
    answered in that assessment: in its own item (the safe-sleep advice, the neonatal withdrawal plan, the
    breastfeeding advice), or in the conclusion, recommendations or impact text in the concern's words
    (co-sleeping, withdrawal, breast milk, the anomaly scan, do not stop abruptly, who manages changes ...;
    a clinical abbreviation read by its meaning, "BF" for breastfeeding), or by the record (a bottle-fed
    baby; safe sleep advice given, for the mother's medicines). Words that only sound like the concern do not
    answer it: the baby's sleepiness is not where the baby sleeps, "stopped today" is not what stopping risks.
    Teratogenicity is asked of an antenatal record, of harm to this baby: the pregnancy prevention programme,
    contraception or a specialist's name answer it only in advice given before this pregnancy began
    (pre_conception); a result the baby's summary reports answers it too ("the fetal echocardiogram at 20
    weeks was normal"; a need named there does not); for a high-risk teratogen (valproate, the other
    teratogens, lithium) a harm named only with its level ("the risk of a major malformation is about 1 in 10")
    answers nothing anywhere, the plan for the unborn baby (a scan, fetal medicine) being owed;
    the withdrawal plan until 28 days after birth (the baby's one observation plan, written in another
    assessment of the mother's medicines, serves this one where this one itself speaks of the baby's withdrawal
    or adaptation in its summary, conclusion or recommendations); a partner's medicine raises only sedation and
    safe sleep and relapse if stopped, and its safe sleep is answered in its own assessment. What answers each concern
    is data, in mappings/concerns.toml.
    Each conclusion (an assessment's, and the overall one for all the assessed medicines) is held to its own
    medicines' concerns: one whose concern words are all of concerns they do not raise answers another medicine's
    assessment (NAS scoring for the father's quetiapine, withdrawal observation and co-sleeping for valproate), and
    one with no word of any concern they raise answers none of its own (driving, vaccines, his weight, contraception
    at 24 weeks). A plan whose only actor is the baby, or a household with no one named in it, observes nothing and
    keeps no rule: a clause whose subject is the baby, the family, the household or everyone, or goes on with it,
    and whose verb is what the baby does of itself ("will settle", "will let the carers know", "sleeps through and
    wakes mum", "will be fine") or what a household does with no one answerable ("will keep an eye out", "is aware",
    "will do what is needed"), or a bare passive ("will be weighed"), speaks of no concern, nor does one whose
    subject is the baby's treatment or feeding and whose verb moves with or hangs on something ("the baby's morphine
    will go up and down with the scores", "breastfeeding depends on them"; [conclusion] lone_things), and neither does a
    sentence all of whose clauses have such a subject and one such a verb ("the baby will settle and will sleep in
    its own cot"); "the baby will be observed by the ward midwife for 72 hours", "if the baby does not settle,
    scores are taken", "the baby sleeps in a cot beside her bed" stand ([conclusion] lone_actors, lone_acts). A
    medicine is no actor either: a clause whose subject is a medicine (a name the gate knows, or a class word: "the
    medication") and whose verb only a person can do ("will monitor the baby", "will make sure the baby sleeps
    safely", "will keep the night feeds safe") speaks of no concern, nor does a sentence all of whose clauses have
    a medicine for their subject and one such a verb; "the dose keeps her stable", "morphine will settle the
    withdrawal if needed, started by the neonatal team" and "... continued, and the midwife will monitor the baby"
    stand ([conclusion] drug_actor_words, drug_acts). Nor does a role the conclusion itself says declined, withdrew,
    is not involved, is not yet allocated or that she has none of hold the plan ("no health visitor allocated yet
    ... the health visitor will do the night checks"): its clauses and the saying that it is absent speak of no
    concern; an absence limited to a time or taken back ("not involved antenatally", "previously declined but has
    re-engaged") and a plan for the gap ("the HV takes over once allocated") stand ([conclusion] absent_roles). Nor
    does a plan the conclusion says was withdrawn or turned down with nothing in its place ("... was planned, but the
    ward has cancelled this arrangement and nothing has replaced it", "... were offered, but she has declined both
    and nothing is agreed instead"): the clauses before it in its sentence (or after a semicolon), the sentence
    before where it opens its own ("That was cancelled - no new plan."), and the saying itself speak of no concern;
    a refusal of one thing with the rest standing ("she declined the taper; the dose stays at 10 mg") and a
    withdrawal with its replacement stand ([claim] retraction_objects, retraction_refusals in
    mappings/hollow-phrases.toml). Nor does a plan the same text takes back: under a condition it then says will not
    be met ("only if a bed is free, which there is not"; "where staffing allows; staffing does not allow this"), with
    an "unless" it makes the usual case ("unless she goes home early, as usually happens"), or resting on a service
    it says is suspended, closed or not sent ("at the baby clinic ... the baby clinic is closed"; "after the neurology
    review ... referral to neurology not sent"), or under a condition that can never hold ("if she is still pregnant
    after the birth", a birth before 22 weeks, "past 40 weeks and in the first trimester", "in the first trimester at
    30 weeks", a birth after the baby's own 6-week check, a birth before she conceived, a lithium level no one lives
    at, the baby leaving the antenatal clinic), or only on her stopping now a medicine it says goes on ("only if she
    stops X today will ..." beside "X continues"); a condition met, a fallback ("otherwise ...", "in which case ..."),
    a plain "if she stops X" and what replaces a missing service ("..., so she attends clinic instead") stand
    ([narrowed]); an "unless" made usual by her own history ("as
    she did after her last two births") is read the same, and a staffed service said suspended ("the community
    midwifery service") takes back the parts naming its staff ("the community midwives"). Nor does the record's
    reader named as the holder ("whichever team ends up reading this will need to work out the scoring", "recipient
    to action"; [unheld] readers), nor someone it says has left their post, as a passive's agent or the subject
    opening the clause ("... by <name>, the midwife who retired in January"); a successor named ("since she retired,
    her successor ...") stands ([holders] gone_asides). A concern a
    conclusion speaks of only in clauses given to a medicine, to the reader or to a role it rules out, withdrawn or
    taken back (a
    short heading
    before a colon going with the clause after it, the baby's observation plan read in its item's words too: "will
    review the baby") is not answered, though the assessment's items answer it: the conclusion is what is shared,
    and its plan for that concern rests on no one; a concern it does not speak of at all is judged by the items as
    above. So too a conclusion that continues a parent's sedating medicine and speaks of the baby's sleep only in giving
    that same parent, named outright ("mum", her name; "dad", the partner's name), the night care ("X continues; mum
    does the night feeds"): that is the arrangement the concern is about, not a plan for it; the nights with someone
    else, any other word of safe sleep, the medicine stopped or tapered, or the parent's drowsiness denied stand
    ([night_care_medicated]). A conclusion that gives any part of its plan to a role it itself rules out ("she has
    declined all health visiting ... the health visitor will check the crib"; a service declined, "she declines health
    visiting", rules out its role; "no health visitor is allocated until January" rules it out of every act given no
    month or date of its own; the role as a passive's agent, "to be picked up by the health visitor", is given the act)
    is refused by that alone, whatever its other clauses or the items answer (a decision of the lead engineer): the
    midwife reading it believes a check will happen that cannot. A refusal taken back ("had refused HV input, since
    agreed"), an allocation pending with the act put after it, another role ruled out, the role ruled out of one act
    only ("the HV will not do nights") or a person gone rather than the role ("her previous HV has left")
    stand. So is, by that alone, a conclusion that says a plan for one of its concerns, or a thing the plan needs,
    ended or was withdrawn, whatever the saying's subject, with nothing in its place said after it in its sentence
    ("the checks the unit was to make were called off, and nobody has picked them up", "the basket goes back at the
    weekend; nothing is in place after that", "the placement ends on <day> and nothing is agreed after that"; [claim]
    retraction_ends), or told as done in the past or the perfect
    with its sentence closing and nothing after it anywhere in the conclusion telling what stands instead ("the crib
    went back to the loan scheme last week.", "the night cover has since fallen through."; [ended_bare]; a return to
    come, "goes back once the cot arrives", stands; a person named with what they were to do who withdrew, "the
    carer who was to do the nights withdrew", "her sister was to do the nights but has pulled out" or "... but can
    no longer", or who went away or stepped back, "... has gone home", "... has moved out", is such an end, though a
    baby or a mother going home from the ward is a discharge, and a tail saying only that its holder went, "when
    she moved area", or why a person stepped back, "because of her own health", no reason that keeps it; so is a plan
    dropped or ended whatever its sentence says of when or why, where the next sentence says only that nothing
    replaced it, "Nothing has replaced it yet."), and one that gives an act now or to come to a
    professional it says has left their post, no one named in the post after them in that sentence or the next
    ("the levels are taken by Dr <name>, who has left the practice"; [holders] gone_professionals, gone_current): the
    plan is gone by its own account. A replacement told ("cancelled and replaced by a clinic review"), a watch come
    to its planned end ("ended on day 8 as planned, with no signs"), a thing given back when its successor arrives,
    a fallback or a reason told after the saying ("..., so the GP checks the cot"; "... as she stays on the unit"),
    a medicine stopped, an act done before the holder left and a successor named ("...; Dr <name> now takes them")
    stand. An act still to come whose passive's agent it says has left, no successor named anywhere in it ("the
    crib is checked at each visit by the HV, who has left the service"), is refused so too. Nor
    is a relative, partner, friend or neighbour set to watch the baby or the sedated parent ("her sister will keep an
    eye on the baby", "a friend has offered to check on them") a plan where the conclusion names no one answerable
    (a midwife, the health visitor, a paediatrician, the ward, the GP, the foster carer): family may help beside
    them ([conclusion] lay_actors, lay_acts, watchers). Nor is a clinical act (confirming the cot, a referral, a
    reminder of levels, a review) given to a relative or friend with no one answerable named beside it or holding
    the same thing elsewhere, to someone in a non-clinical job (a receptionist, the counter staff), to a child under
    16 (the baby's care or night feeds), or to the baby itself ("will tell us if there is a problem"); lifts, night
    feeds by an adult and a call to the midwife stand ([holders]). Nor is an act that needs the mother or baby in
    the room (a scan, an examination, bloods) set at a phone or video contact ("will do the scan at her next phone
    call"); a call about the act, its results by phone, or the act booked at a call stand ([holders] present_verbs,
    present_acts, remote_contacts). Its own concerns are read generously there (the
    words of their items, the baby's breathing and colour watched after an SSRI, the baby's feeds and weighing, and
    for any medicine the unborn baby's scans), and a dose's time ("300 mg at night") is not the baby's nights
    ([conclusion] in mappings/concerns.toml). A plan that belongs to a class of medicine (supervised consumption and
    take-home doses for opioid substitution, serum levels and thyroid checks for lithium, a pregnancy prevention
    programme) given to a medicine of no such class answers another medicine's assessment, unless the conclusion names a
    medicine of that class as well, except that in a conclusion on medicines of different classes a clause, or a short
    heading before a colon, naming some of them gives its plan to those ("Diazepam: serum levels weekly" beside lithium;
    a medicine of no class, such as folic acid, is no subject for a plan); where no medicine of its own is named beside
    it, it is not read as the conclusion's own (though where the conclusion then has no word at all of the baby's
    watch after birth or its safe sleep, of those its own medicines raise, the other medicine's plan stands in place
    of its own, and the conclusion is refused whatever the items answer: "her level is checked every 4 weeks" under
    an antidepressant with nothing of the baby's watch; [conclusion] owed_beside_another_plan; a level with no
    analyte named, "her level", "levels monthly", is that plan, a level of something named, "her level of anxiety",
    "blood sugar levels", is not), nor is what it says in a sentence on another medicine ("her inhaler,
    which is safe in breastfeeding"; "vitamin D through pregnancy and breastfeeding; no effect on the baby, who ...": a
    feeding word there says when she takes it, and a clause with no subject of its own speaks on of it). So a conclusion
    on medicines of different classes divided by short headings naming some of them answers a concern one raises under
    that one's heading, in text under no medicine's heading (or one for the baby, a class or the plan), in a clause
    naming it, or said of both: said only under the heading of medicines that do not raise it ("Sertraline: no
    co-sleeping, as she is drowsy ..." beside methadone), to its sentence's end, it is given to the wrong medicine and
    left unsaid of its own.

    Why it matters:
    Each concern is a way the medicine can harm this baby: withdrawal after birth, a sedated parent sharing a
    bed or sofa, the medicine in breast milk, harm in the womb, a mother relapsing after stopping suddenly. An
    assessment silent on one leaves the midwife, health visitor or foster carer without the plan for it.

    Example:
    A diazepam assessment whose safe-sleep item is empty and whose conclusion and recommendations never
    mention sleep, bed, sofa or co-sleeping, in a record where no safe sleep advice is recorded; or a valproate
    conclusion that plans only withdrawal observation and no co-sleeping.

    Instead:
    Answer the item the message names, or say in the conclusion what the concern means for this baby, e.g.
    "Never share a bed or sofa with the baby after a dose; cot in the parents' room."
    """
    for finding in context.facts.concern_findings(context.settings):
        if finding.dismissed or finding.hollow:
            continue
        whose = "the partner's medicine raises" if finding.partner else "its medicines raise"
        where = "in this item" if finding.items_only else "here, or in the conclusion"
        named = local_id_label("assessment", finding.assessment_id, finding.index)
        yield Problem(
            f"{named} does not answer the concern that {whose}: {_label(finding.concern)} (expected {where})",
            finding.path,
        )
    # A conclusion already faulted as hollow, too short or a copy of the list (MA103, MA104 ...) is reported there.
    standing = {w.path for w, found in conclusion_verdicts(context) if found == "substantive"}
    offs = [
        off
        for off in conclusions_off_concern(context.facts, context.settings.lexicon.joint_words)
        if off.path in standing
    ]
    lay_paths = set()
    for lay in lay_watched_conclusions(context.facts):
        lay_paths.add(lay.path)
        if lay.path in standing and all(off.path != lay.path for off in offs):
            yield Problem(
                f"{lay.subject} leaves the watching of the baby or the sedated parent to a relative, partner, "
                "friend or neighbour, with no one answerable named (expected who observes the baby, where and for "
                "how long: the midwife, health visitor, paediatric team, GP or foster carer; family may help beside "
                "them)",
                lay.path,
            )
    for held in misheld_conclusions(context.facts, context.settings.lexicon.stop_words):
        if held.path in standing and held.path not in lay_paths and all(off.path != held.path for off in offs):
            yield Problem(
                f"{held.subject} gives a clinical act (watching the baby, checking the cot, monitoring, a referral or "
                "a review) to someone whose role cannot carry it (a relative, friend or neighbour with no one "
                "answerable holding the same thing, someone in a non-clinical job, a child, or the baby itself) "
                "(expected who does it: the midwife, health visitor, paediatric team, GP, specialist team or foster "
                "carer; family and friends may help beside them)",
                held.path,
            )
    for remote in remote_conclusions(context.facts):
        if remote.path in standing and all(off.path != remote.path for off in offs):
            yield Problem(
                f"{remote.subject} sets an act that needs the mother or baby present (a scan, an examination, bloods) "
                "at a phone or video contact, where it cannot be carried out (expected where and by whom it is done: "
                "the scan in fetal medicine, the examination or bloods at a visit or clinic)",
                remote.path,
            )
    for off in offs:
        expected = "; ".join(_label(c) for c in off.raised)
        if off.misplaced:
            yield Problem(
                f"{off.subject} speaks of {'; '.join(_label(c) for c in off.misplaced)} only under a heading naming "
                "a medicine that does not raise it: it gives that plan to the wrong medicine and leaves it unsaid "
                "of the one that raises it (expected it under that medicine's own heading, or said of both)",
                off.path,
            )
        elif off.unheld:
            yield Problem(
                f"{off.subject} gives the plan for {'; '.join(_label(c) for c in off.unheld)} to no one who can "
                "carry it out (a medicine, the record's reader, a role the conclusion says is absent, or a "
                "condition or service it says is not there), or only in a plan it says was withdrawn with nothing "
                "in its place, and says it nowhere else (expected who does it: the midwife, health visitor, "
                "paediatric team, GP or foster carer)",
                off.path,
            )
        elif off.withdrawn_plan:
            yield Problem(
                f"{off.subject} says its plan for {'; '.join(_label(c) for c in off.withdrawn_plan)} was ended or "
                "withdrawn with nothing in its place: whoever reads it cannot tell which of its other words still "
                "hold (expected what replaces it and who does it, or the plan taken out and the one that stands "
                "written)",
                off.path,
            )
        elif off.gone_holder:
            yield Problem(
                f"{off.subject} gives part of its plan to someone it says has left their post, with no one "
                "named in their place: whoever reads it will count on an act no one is there to do (expected who "
                "holds it now)",
                off.path,
            )
        elif off.medicated_nights:
            yield Problem(
                f"{off.subject} speaks of the baby's sleep only in giving the night care to the parent whose "
                "sedating medicine it continues, or to someone else only on nights that parent has not taken a "
                "medicine the dose lines give every day: that is the arrangement the safe sleep concern is about, "
                "not a plan for it (expected where the baby sleeps and who is alert at night, or why this parent is "
                "not sedated)",
                off.path,
            )
        elif off.absent_role:
            yield Problem(
                f"{off.subject} gives part of its plan to a role it says is not there (declined, not involved or "
                "not yet allocated when the act falls due): whoever reads it will count on a check that cannot "
                "happen (expected the act given to someone who is there, or the absence said to be over)",
                off.path,
            )
        elif off.in_place:
            yield Problem(
                f"{off.subject} holds the plan of another class of medicine ({'; '.join(off.plans)}) for none of its "
                f"own medicines, and says nothing of {expected}: another medicine's plan stands where its own should "
                "be (expected what its own medicines' concerns mean for this baby, or the other medicine named "
                "where its plan is given)",
                off.path,
            )
        elif off.plans:
            yield Problem(
                f"{off.subject} gives its medicines the plan of another class of medicine ({'; '.join(off.plans)}):"
                f" it answers another medicine's assessment (expected what its own medicines' concerns mean for "
                f"this baby: {expected})",
                off.path,
            )
        elif off.spoken:
            yield Problem(
                f"{off.subject} speaks only of concerns its medicines do not raise "
                f"({'; '.join(_label(c) for c in off.spoken)}): it answers another medicine's assessment "
                f"(expected what its own medicines' concerns mean for this baby: {expected})",
                off.path,
            )
        else:
            yield Problem(
                f"{off.subject} speaks of none of the concerns its medicines raise (expected what they mean for "
                f"this baby: {expected})",
                off.path,
            )


@rule(
    "MA123",
    "concern-dismissed",
    "error",
    "An assessment dismisses a concern its medicines raise as not applicable.",
)
def concern_dismissed(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    The item that answers a concern the assessment's medicines raise does not dismiss it: "not applicable",
    "N/A as partner", "not relevant", "none", "no concerns" and the like (in any disguise: look-alike letters,
    invisible characters, spacing and case), with no reason given, are refused. A sedating medicine's safe
    sleep is never dismissed, for the mother or the partner: the answer must speak of sleep, beds, sofas or
    night care, even when safe sleep advice is recorded for the household, and outside the clause that
    dismisses it ("Not relevant to the baby's sleep", "Only the mother's medicines bear on the baby's sleep"
    dismiss; "N/A as he sleeps in the spare room" answers). A conclusion that dismisses safe sleep so (the
    assessment's, or the overall conclusion naming it: "Co-sleeping: not applicable.") is refused too: for a
    partner's medicine, and for the mother's wherever the baby is in her care (not where it goes on discharge
    to a foster or kinship carer without her). Any concern of the mother's medicines called not applicable under a
    heading naming it ("Neonatal withdrawal: not applicable.", "Risk of relapse: n/a."), in an assessment's
    conclusion or the overall one, with no reason after it in its sentence and the concern spoken of in no other
    clause, is dismissed too; so is a partner's safe sleep under its heading whatever the reason ("..., as he is the
    father"), where his conclusion says nothing of where the baby sleeps or who has it at night. A concern that does
    not apply (breastfeeding for a bottle-fed baby) may be called not applicable, and a reasoned "not applicable"
    ("Breastfeeding: N/A, formula feeding by choice") stands.

    Why it matters:
    "Not applicable" reads as an answer and tells the professionals there is nothing to do. A father heavily
    sedated by his night-time medicine is the co-sleeping risk the review describes: dismissing it because
    the medicine is "his" hides the danger to the baby from the health visitor and the foster carer.

    Example:
    A partner's quetiapine assessment with "safe_sleep": "N/A as partner".

    Instead:
    Answer the concern for this baby, e.g. "He must never share a bed, sofa or armchair with the baby and
    does no night feeds after his dose; the baby sleeps in a cot on the mother's side."
    """
    for finding in context.facts.concern_findings(context.settings):
        if not finding.dismissed:
            continue
        whose = "the partner's medicine raises" if finding.partner else "its medicines raise"
        named = local_id_label("assessment", finding.assessment_id, finding.index)
        yield Problem(
            f"{named} dismisses a concern that {whose} instead of answering it: {_label(finding.concern)}",
            finding.path,
        )


@rule(
    "MA124",
    "conclusion-silent-on-baby",
    "error",
    "A conclusion says nothing about what the medicines mean for the baby.",
)
def conclusion_silent_on_baby(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Each conclusion of an assessment of a medicine that needs one, and the overall conclusion, says something
    about the baby: the baby itself (baby, newborn, unborn, fetus, child), the baby's care (observation for
    withdrawal or NAS, SCBU, safe sleep and co-sleeping, the cot, feeding and breast milk, the anomaly scan)
    or a risk that reaches the baby (harm in the womb, the pregnancy prevention programme). Words about the
    mother alone (her dose, levels, relapse, the team that reviews her) do not count, nor does toxicity or
    withdrawal said as hers, in a clause with her labour, her levels or her stopping and no word of the baby or
    the birth ("fluid balance in labour watched to avoid toxicity": [concerns.neonatal-withdrawal] the_mothers,
    as MA122 reads them), nor does a word for a
    child in the name of a service or programme ("Children's Social Care", "Healthy Child Wales Programme"),
    nor the care of an older child: a sentence naming one (a toddler, a four-year-old son, her brother or
    sister), another baby (her previous or last baby, a first baby told beside a year
    before this pregnancy began, the foster carer's own baby) or a future pregnancy, and not
    this baby, speaks of that child ("the baby's older brother will not share a room" names the baby; there "her
    baby" may be the other child's mother's; a future pregnancy is this one in advice given before it), and a
    baby word in a thing's name, a time or only who benefits ("a baby monitor", "before the baby arrives", "for
    the baby's sake her blood pressure is checked") names no baby; the words
    are data in mappings/concerns.toml ([baby]) and are compared normalised, so no disguise changes the verdict.
    What it says only of babies in general does not count either ("up to 80% of exposed babies develop NAS",
    "infants exposed in utero often need treatment"): that is a leaflet's fact, not this baby's care; "..., so
    this baby is observed for 72 hours" does. Nor does the baby's care given to a medicine as the one who does
    it ("pregabalin will do the night feeds", "the medication will keep the baby off the sofa": [conclusion]
    drug_acts, as MA122 reads them): no one is named to do it. Nor does a clause ending on a verb that has lost
    what it acts on ("the baby after the birth will be looked", "the baby is to be careful of": [conclusion]
    objectless): it names no act. Nor does a part of a sentence under a condition that can never hold ("if the
    baby is born at 12 weeks", "if she is still pregnant after the birth": [narrowed] never_*, as MA122 reads
    them): what it gates never comes to this baby. Nor does what the text only points the reader elsewhere for,
    with a topic fronted before the pointer ("for the baby's scoring and sleep, see points 2 and 4 of the alert",
    "Scoring and sleep: refer to the trust guideline": [pointer] in mappings/hollow-phrases.toml, as MA103 sets it
    aside), the last clause of a text cut off mid-clause ("the baby is watched by the"), a plan the text says was
    withdrawn with nothing in its place ("the ward was to score the baby, but that plan has been dropped"), or a
    heading whose cell is bare (blank, a dash, a question mark, a single letter, a bare yes or no, or the template's
    "XXX": "Night feeds: XXX."): they decide nothing for the baby. Nor does a sentence that names the baby only as
    what is put off or handed over, with a deferral and no word of an act, a holder, a time or a place beside it
    ("the baby's plan is to be decided nearer the time", "once the baby is born, things will be looked at as
    needed", "on feeding, she will decide": [baby_put_off] in mappings/concerns.toml), or says the baby's part is
    written elsewhere and not repeated ("for the baby, everything mirrors her birth plan, which I will not repeat
    here"); "the newborn is to be checked by the ward midwives, the timing to be decided" still names the baby's
    act. Where the baby's own part is so put off or pointed elsewhere, the baby's risk weighed against the
    mother's in the reason for her medicine ("greater than the risk to the baby") is no word of the baby either.
    A conclusion that is only a placeholder is reported as such (MA103) instead.

    Why it matters:
    The conclusion is what the midwife, health visitor, social worker and foster carer act on for the baby.
    "Methadone continues under the drug service with monthly review" or "assessment completed, advice given,
    plan in place" read as conclusions, yet leave the people caring for the baby with nothing to watch for and
    nothing to do.

    Example:
    "conclusion": "Lithium continues at 800 mg at night under the perinatal mental health team."

    Instead:
    Say what the medicine means for the baby and what each professional must do, e.g. "Lithium continues;
    paediatric review at birth and a lithium level within 24 hours; breastfeeding not advised."
    """
    facts, settings = context.facts, context.settings
    before = any(a.pre_conception for a in record.assessments)  # a future pregnancy is the one advised on
    began = pregnancy_began(record.pregnancy)  # a first baby told before it is an earlier baby
    for written in facts.conclusions:
        if not any(mid in facts.needing for mid in written.medicine_ids):
            continue
        if facts.is_placeholder(written.text, settings):
            continue
        said = _decided(normalise(outside_populations(written.text, settings)), context)
        if speaks_of_the_baby(
            without_never(without_drug_actors(without_objectless(said))), pre_conception=before, pregnancy_began=began
        ):
            continue
        yield Problem(
            f"{written.subject} says nothing about what its medicines mean for the baby "
            "(expected the baby's care, safe sleep, feeding, withdrawal or harm in the womb)",
            written.path,
        )


def _decided(normalised: str, context: GateContext) -> str:
    """``normalised`` without what it only points elsewhere for or has lost to a cut
    (:func:`without_pointed_elsewhere`: "for the baby's scoring, see points 2 and 4 of the alert", "... the baby is
    watched by the") and without a plan it says was withdrawn with nothing in its place, the saying so with it
    (:func:`withdrawn`: "the ward was to score the baby, but that plan has since been dropped"): what is named there
    decides nothing for the baby (MA124), nor does a heading whose cell is bare (:func:`without_bare_cells`: "Night
    feeds:    .", "Sleeping: XXX."): it names a topic of the baby's and answers nothing, nor a sentence naming the
    baby only as what is put off or handed over (:func:`without_baby_put_off`: "the baby's plan is to be decided
    nearer the time", "on feeding, she will decide")."""
    before = normalised
    normalised = without_bare_cells(without_pointed_elsewhere(normalised, context.settings))
    normalised = without_baby_put_off(normalised, context.settings)
    gone = withdrawn(normalised, context.settings)[1]
    return without_weighed_risk(before, gone if len(gone) == len(normalised) else normalised)


@rule(
    "MA129",
    "conclusion-silent-on-partner",
    "error",
    "A conclusion on the partner's medicines never speaks of the partner who takes them.",
)
def conclusion_silent_on_partner(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    The conclusion of an assessment that covers only the partner's medicines, where one of them needs an
    assessment, speaks of the partner: "partner", "father", "husband", "dad", "both parents" and the like, a
    word of the partner's name that is not in the mother's, or a pronoun that can be the partner's. Where the
    partner's relationship names a man ("the baby's father", "her husband"; a word taken back by a negation,
    "not the baby's father", does not), only his pronouns count (he, him, his): a conclusion in "she" and "her"
    alone is about the mother. Where it names a woman or says nothing of sex, any personal pronoun counts. The
    words are data in mappings/partner.toml and are compared normalised, so no disguise changes the verdict. A
    conclusion that is only a placeholder is reported as such (MA103) instead. Where the partner is a man, a
    conclusion that puts the sedation on the mother ("after her evening dose", "while she is drowsy") and names him
    only as the one handed the night care ("hand the night feeds to dad", "dad does the nights"), with none of his
    pronouns, speaks of her sedation, not his (hers, to_him, he_takes_over in mappings/partner.toml), in any
    wording of her as the one sedated ("mum is too sleepy after it", "it leaves her groggy": her_subjects,
    her_states, sedated, her_makers). So does the overall conclusion that, in a sentence naming a medicine only
    he takes, puts its sedation on her and names him only as the one handed the night care. Where the partner's
    relationship says the partner has no contact with the baby ("does not live with them and has no contact"), a
    conclusion giving the partner an act of the baby's care ("he checks the crib every night") gives it to no one;
    a condition before it ("should contact begin, ..."), a negation, or the text saying the partner is back in the
    baby's life ("visits daily", "now has contact") does not count (no_contact, care_acts, contact_again in
    mappings/partner.toml).

    Why it matters:
    A partner's sedating medicine does not reach the baby through the womb or the breast: what it means is the
    baby asleep beside a parent too drowsy to wake, and who does the night care. A conclusion that gives his
    medicine to the mother ("she should continue her medicine", "no change to her dose is needed") reads as a
    plan, yet the health visitor learns nothing about him, and the record misstates who takes the medicine.

    Example:
    The father's quetiapine, assessed with the conclusion "Quetiapine continues; the mother is advised not to
    co-sleep after her dose."

    Instead:
    Say what his medicine means for the baby and who does what, e.g. "The father's quetiapine sedates him at
    night: he does no night feeds and never shares a bed or sofa with the baby; the health visitor checks."
    """
    facts, settings = context.facts, context.settings
    man = record.partner is not None and names_a_man(record.partner.relationship)
    expected = "he, him, his, the partner, the father or his name" if man else "the partner, their name or a pronoun"
    his = frozenset(
        i for m, c in facts.needing.items() if facts.medicine(m).taken_by == "partner" for i in c.ingredients
    )
    hers = frozenset(
        i for m, c in facts.classifications.items() if facts.medicine(m).taken_by != "partner" for i in c.ingredients
    )
    for written in facts.conclusions:
        if (
            (
                written.path == "$.overall_conclusion.text"
                or his.intersection(
                    i for m in written.medicine_ids if m in facts.needing for i in facts.needing[m].ingredients
                )
            )
            and not facts.is_placeholder(written.text, settings)
            and acts_given_to_the_absent_partner(without_reported(written.text, settings), record)
        ):
            yield Problem(
                f"{written.subject} gives the partner acts of the baby's care while the record says the partner has "
                "no contact with the baby (expected the acts given to someone in the baby's life)",
                written.path,
            )
            continue
        if written.path == "$.overall_conclusion.text":
            if man and not facts.is_placeholder(written.text, settings):
                said = without_reported(written.text, settings)
                if gives_his_medicine_sedation_to_her(said, record, his, hers):
                    yield Problem(
                        f"{written.subject} puts the sedation of the partner's medicine on the mother and hands him "
                        "the night care: it never speaks of his sedation (expected he, him, his or his name beside "
                        "his medicine)",
                        written.path,
                    )
            continue
        if not any(m in facts.needing for m in written.medicine_ids):
            continue
        if any(facts.medicine(m).taken_by != "partner" for m in written.medicine_ids):
            continue
        if facts.is_placeholder(written.text, settings):
            continue
        said = without_reported(written.text, settings)
        if speaks_of_the_partner(said, record) and not gives_his_sedation_to_her(said, record):
            continue
        yield Problem(
            f"{written.subject} covers only the partner's medicines and never speaks of the partner "
            f"(expected the partner named as the one who takes them: {expected})",
            written.path,
        )


@rule(
    "MA125",
    "concern-answer-hollow",
    "error",
    "The answer to a concern an assessment's medicines raise is written but says nothing.",
)
def concern_answer_hollow(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    The item that answers a concern the assessment's medicines raise (the neonatal withdrawal plan, the safe
    sleep advice, the breastfeeding advice), when written, says something: judged like the other answers (see
    MA103), not a placeholder, a question, a deferral or pointer with nothing left ("As per guideline.", "See
    LactMed", "Refer to the BUMPS leaflet.", "As per neurology.", another part of the record: "See
    conclusion."), filler or repetition, nor only a report that something was told, given or known, or of who
    knows ("Leaflet given.", "Paeds aware.", "Usual advice.", "Co-sleeping discussed with dad.", "Guideline applies
    to this baby."), nor only the item's own question restated ("Safe sleep advice given." to "Safe sleep and
    co-sleeping advice given"; with what it implies: "Observation plan for the baby after birth."), nor the
    concern's words only in another sense ("Milk of magnesia is fine.", "a bottle of water", "withdrawal of the
    offer": other_senses in mappings/concerns.toml), nor another concern's or subject's answer with nothing of its
    own ("No co-sleeping." as the breastfeeding advice, "Bottle fed." or "Maternal levels weekly." as the baby's
    observation plan, "Drowsy after each dose." as the safe sleep advice: elsewhere and item_own in
    mappings/concerns.toml; "Not sedating at this dose." gives the reason no safe sleep advice is needed), nor only
    what the medicine, a class or newborns do in general ("Opioids pass into breast milk.", "Can cause floppiness in
    the newborn.", read as MA103 reads a conclusion's; a verdict or a negation beside it stands), in any disguise.
    An item that asks for a plan (the baby's observation for withdrawal: plan in mappings/concerns.toml) is not
    answered by watching with no one, no time, no place and no threshold ("Baby to be observed.", as MA103 reads
    it), however it is done or when it starts ("watched closely from birth and cared for properly": manner words
    and starts are watch_manners and watch_starts in mappings/hollow-phrases.toml) nor by the risk alone
    ("Withdrawal likely.": each clause a word of [plan] risk and none of [plan] acts); in an item asking for the
    impact the risk is the answer. A time in clinical shorthand is read as the words it stands
    for, as a conclusion's measure is: "NAS obs 72h, HV to D8" watches for 72 hours and to day 8 ("4-hrly", "x72h",
    "3/7", "1/52" likewise), while "Leaflet given D2." still only says when a leaflet was given. Where only the item
    answers the concern (a partner's sedating medicine), the answer must speak of where and with whom the baby sleeps or
    who cares for the baby at night (beds, sofas, cots, rooms, night feeds, being alone with the baby: item_terms in
    mappings/concerns.toml; a guideline's or leaflet's name, "safe sleep guidance", is a source, not an answer:
    item_sources), not of how anyone sleeps ("he sleeps soundly on his tablets", "the baby sleeps through"); the
    mother's own answer, where it speaks of sleep at all, is held to the same ("she sleeps soundly through the night" is
    her sleep, not the baby's; "Not advised." is judged as written). A sentence, or a part of one after a semicolon or
    colon, that speaks of another child and not of this baby answers nothing for this one, as in MA124 ("Her toddler
    sleeps in his own room.", "Her previous baby was watched on SCBU."). The reporting words are data
    (mappings/hollow-phrases.toml, [report], with the months of a date: "Talked through with her on 2 March.", and when
    in the pregnancy a talk happened: "Spoke with her at the 28-week visit."; the mother's and partner's own names count
    no more than "her"); a negation makes them say something ("Not advised."). It is reported even when the conclusion
    answers the concern, because the item itself reads as answered. A concern that does not apply (breastfeeding for a
    bottle-fed baby) is not asked.

    Why it matters:
    Receiving systems show each item in its own box: the midwife reads the breastfeeding box, the health
    visitor the safe-sleep box. "Leaflet given." there tells them advice exists somewhere, not what it is, so
    the baby's plan is in nobody's hands while the record looks complete.

    Example:
    A methadone assessment with "neonatal_withdrawal_plan": "As per guideline." or "Paeds aware.".

    Instead:
    Write the answer itself, e.g. "Observe on the postnatal ward for at least 72 hours; health visitor to
    check for late signs up to day 8.", or leave the item empty when the conclusion answers it.
    """
    for finding in context.facts.concern_findings(context.settings):
        if not finding.hollow:
            continue
        named = local_id_label("assessment", finding.assessment_id, finding.index)
        yield Problem(
            f"{named} answers the concern that its medicines raise ({_label(finding.concern)}) with words that say "
            "nothing of it (expected the answer itself, not that advice was given or who is aware)",
            finding.path,
        )


@rule(
    "MA126",
    "safe-sleep-advice-not-given",
    "error",
    "A parent takes a sedating medicine and the record says safe sleep advice was not given.",
)
def safe_sleep_advice_not_given(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    When the mother's or the partner's medicine causes sedation and is still taken (its class raises the
    sedation and safe sleep concern, mappings/medicine-classes.toml), the record does not say that safe sleep
    advice was not given (safeguarding.safe_sleep_advice_given false), nor does a conclusion say so as a fact
    ("Safe sleep advice - not given", "no safe sleep advice was given"; not one naming who it was not given to, a
    time still to come, "yet", or a condition: mappings/concerns.toml `[advice_untold]`). Left unrecorded, the
    assessments' own safe-sleep answers are judged instead (MA111, MA122, MA125).

    Why it matters:
    A parent made drowsy by a medicine must not share a bed, sofa or armchair with the baby. A record shared
    saying no safe sleep advice was given, in a home with a sedated parent, hands the baby's sleep to the
    midwife, health visitor or foster carer as an open risk nobody has acted on.

    Example:
    A record with the father's quetiapine assessed and "safe_sleep_advice_given": false.

    Instead:
    Give the advice and record it ("safe_sleep_advice_given": true), with the actual sleeping arrangements:
    "No bed or sofa sharing with the father after his dose; cot in the parents' room."
    """
    if record.safeguarding.safe_sleep_advice_given is False and concern_raised_now(
        context.facts, "sedation-safe-sleep"
    ):
        yield Problem(
            "safe sleep advice is recorded as not given, and a parent takes a sedating medicine (expected the "
            "advice given and recorded as true)",
            "$.safeguarding.safe_sleep_advice_given",
        )
        return
    told = [w for w in context.facts.conclusions if says_advice_untold(w.text)]
    if told and concern_raised_now(context.facts, "sedation-safe-sleep"):
        yield Problem(
            f"{told[0].subject} says safe sleep advice was not given, and a parent takes a sedating medicine "
            "(expected the advice given, and the conclusion saying so)",
            told[0].path,
        )


_NIGHT_FIELDS = ("conclusion", "recommendations", "impact_on_mother.parenting_capacity", "impact_on_mother.safe_sleep")
"""Where an assessment may give the sedated parent the baby's nights (MA127)."""


@rule(
    "MA127",
    "coded-answer-contradicted",
    "error",
    'An assessment\'s coded answer says the opposite of its own text (sedation "no" beside "hard to wake").',
)
def coded_answer_contradicted(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    A coded answer agrees with what the same assessment writes. Where sedation is answered "no", no clause of the
    conclusion, recommendations, parenting capacity or safe sleep answer plainly says the person is sedated, drowsy,
    sleepy or hard to wake, nor tells deep sleep or slow waking as the medicine's effect ("his amitriptyline makes
    him sleep deeply", "after his dose he is slow to wake"; not "mum is a heavy sleeper" nor "he sleeps deeply by
    nature"). A clause with a negation, a condition, a risk or an instruction to watch ("not drowsy at
    this dose", "if he feels drowsy", "the risk of co-sleeping with a sedated adult", "watch for sedation") does
    not, and nor does one about the baby ("the baby was drowsy at birth"), nor drowsiness listed beside a sign seen
    in a baby with no adult named before it ("the HV asks about drowsiness and poor feeding"). Where sedation is
    answered "yes", no such clause plainly says the medicine does not sedate the person ("quetiapine does not sedate
    him, so he can share the night feeds"); a denial limited to a time of day, a place he was seen or a condition
    ("not drowsy during the day", "not sedated at clinic times", "if he is not drowsy"), advice, one about the baby,
    or one whose clause names before it another medicine and none of the assessment's own ("unlike her sertraline,
    which does not make her drowsy, ...") does not, nor, in an assessment of a sedating medicine beside one that is
    not, one naming only the one that is not ("valproate does not sedate her; midazolam does"). Either way, a clause
    that names none of the assessment's own medicines and gives what it says, just after, to another ("the
    drowsiness after her methadone", "no drowsiness from her sertraline") speaks of that one. Where the
    breastfeeding item, in free text, plainly advises against breastfeeding ("Breastfeeding is not advised on
    lithium"; not "no reason to avoid breastfeeding", nor advice limited to a dose, a condition or an earlier baby),
    no clause of the conclusion or recommendations encourages it or plans it ("breastfeeding is encouraged", "she may
    breastfeed", "she will breastfeed", "breastfeeding planned"); one that lets her choose against advice with a
    plan ("if she chooses to breastfeed against advice, ...") does not, nor a hope told with the bottle ("she had
    hoped to breastfeed but will bottle feed"), nor any where the item itself records her choice to breastfeed.
    Where it says breastfeeding is compatible, no clause of them advises against it ("avoid breastfeeding", "the baby
    should be bottle fed"), nor answers the feeding question, as a heading or a question, by nothing but not knowing
    ("Breastfeeding? Unsure.", "Breastfeeding: not sure"; an answer with its reason or plan, or her choice still to
    make, "undecided", does not). Where the baby's summary gives the medicine's harm to the unborn baby ("a major
    malformation in about 1 in 10 exposed babies"), no clause of them denies any harm to the baby from that same
    medicine ("valproate carries no risk for the unborn baby", "valproate is safe in pregnancy"); a denial of another
    thing's harm ("the dose change itself"), one limited to the milk or after the birth, a condition, or one set
    against the harm in its clause does not.
    Where the safe-sleep item, in free text, plainly advises against co-sleeping ("he must never
    share a bed with the baby"), no clause of the conclusion or recommendations allows it or leaves it to the
    parents ("co-sleeping may be fine if he feels alert", "bed sharing is their choice"; a condition does not soften
    a permission); a negation, a limit to after the medicine stops or a belief corrected ("he thinks co-sleeping is
    fine; ...") does not; the overall conclusion is read so against each assessment's item too, and co-sleeping
    allowed through two stacked negations ("there is no reason she should not co-sleep", "bed sharing is not
    inadvisable") or by a rule's exception covering every time it applies ("must not co-sleep, except at night")
    allows it as plainly ([stacked_negations]). Where the recommendations of an assessment of one medicine continue it
    with no word of stopping, tapering or switching it ("Continue sertraline 100 mg."), no clause of the conclusion
    stops it outright now ("sertraline is being stopped this week"); a taper, a switch, a stop after an event or at a
    time ("once the baby is 6 weeks old"), what stopping risks, a try in the past or her choice against advice does not;
    a stop in the past tense counts only dated now, told actively or passively ("she stopped taking it today", "it
    was stopped this morning after discussion"; not "stopped in 2019 and restarted"). Nor does the overall
    conclusion stop outright now a medicine whose assessment's recommendations continue it, read as above, unless
    it lays out options. The other way round too: where the recommendations stop the medicine outright now ("Stop
    methotrexate now.") with no word of tapering, switching or restarting it, neither that assessment's conclusion
    nor the overall conclusion continues it ("methotrexate 15 mg once a week continues"); a continuing for now or
    until a time, a stop told with it, a negation or her wish does not count. Nor does a conclusion continue
    its medicine ("Methadone 60 mg daily continues through the pregnancy", "carries on") and, in another clause,
    stop it outright now, read so for each medicine of an assessment of two ("both carry on unchanged, and
    pregabalin stops tomorrow"), and in the overall conclusion for each medicine of the record, or say none of it is
    taken now ("he takes no quetiapine now", "she is no longer on methadone": not at a time of day, "takes none in
    the daytime", nor of the other parent, "her partner takes none"); a continuing for now or until a time gives no
    answer. Where the record says the baby is bottle fed, neither the overall conclusion nor an assessment's
    conclusion or recommendations encourages, sets up or plans breastfeeding ("she is encouraged to breastfeed", "the
    midwife will help her put the baby to the breast", "lactation support", "help her establish breastfeeding",
    "she will breastfeed", "exclusive breastfeeding planned"), or tells it as what she does now ("she breastfeeds
    on demand", "the baby is breastfed"; not mothers in general);
    compatibility with breastfeeding, a condition, her choice, or a change of feeding told with it ("now back to the
    breast") does not; and where it says the baby is breastfed, none plans formula or the bottle from birth or
    as the only feeding ("she will formula feed from birth", "exclusive bottle feeding"; not a top-up, mixed or
    expressed milk, a condition or her choice). Nor does a conclusion put the baby, or its sleep, at home with
    the parents where the record discharges it to a foster placement or foster carer ("sleeps ... at home with her
    parents", "went home with her grandmother", "goes home with Rhiannon and his father", a parent's own given name
    read as the parents; not a plan for after the placement, a hope, a condition, the placement as where they go,
    the parent named as the one going, or a negation of the place), nor, where the record discharges it home with
    its parents, give its care or sleep to a foster carer ("the foster carer does the night feeds", "the cot is in
    the foster carer's bedroom"; not another child's, a condition, a plan or the past), nor keep it on the neonatal
    unit where the sleeping arrangements were seen at home ("still on the neonatal unit"; not the past or a
    condition). No conclusion (an assessment's or the overall one) tells a stop as done of a medicine the medicine
    list gives as current, with no stop date and no status of stopped or completed ("sertraline was stopped at
    booking, so ...", "A and B were both weaned off"); a stop negated, conditional or earlier in its clause ("if she
    stopped it", "when she last stopped it"), another course in its sentence ("her previous course", a year), a stop
    dated today, a restart anywhere in the conclusion, or a stopped entry of the same medicine on the list does not
    count ([told_stopped]); nor does one put off to a later time ("will be started at 16 weeks, and not before")
    the start of a medicine the list gives as current and started on or before the assessment's date; a start dated
    today, a restart or a condition does not count ([told_unstarted]). Nor does an assessment's conclusion say the
    baby needs no watching ("not expected to withdraw", "needs no watching", "no NAS scoring is needed", "home
    with no scoring") where its own withdrawal plan or breastfeeding item watches the baby, and the conclusion
    watches nothing itself; a condition before it ("if ... needs no monitoring") or the watch's findings or end
    after it ("no scoring above 4", "no observations outstanding") does not count ([watch_dropped]); a further watch,
    or any watch ended at the ward ("no further observation once off the ward", "no watch for withdrawal is needed
    once the baby leaves the ward", "needs no withdrawal watch once home", "once discharged the withdrawal watch
    ends", "no watch beyond what the ward does"; a ward end before the drop, or opening its sentence, as after it;
    not with a stated day after it), counts only where the item carries the watch past it and the conclusion hands on
    no later window nor watches the baby itself in a clause naming no ward; the overall conclusion is read so too,
    against each assessment's items. Nor does it say the
    baby's sleeping place needs no checks ("no crib checks are needed", "no further checks of the crib") that its own
    item plans, with no check of its own and, for further checks, the planned checks not told done to their end
    ([sleep_checks_dropped]); a condition opening the sentence before a comma conditions the clause after it. A
    reason's own negation after a plan to breastfeed ("she will breastfeed, as lithium does not pass into breast
    milk") does not set the plan aside; a condition or her own account after "as" ("as soon as", "as she had
    hoped") does. Nor does
    an assessment's conclusion, for a lithium medicine current at its date, rule out the levels its own
    recommendations plan ("levels will not be checked again", "no further levels"), put them off past the birth and
    the days after it ("deferred until the baby is three months old"; not a level's timing in hours after the dose
    or the birth), start them at term ("weekly from 40 weeks", with no other schedule and no level at the birth), or
    answer them only with a hedge ("Levels? Maybe."), with no clause of its own that plans a level; a limit to one
    visit, one service or a condition ("not taken today", "not done by the practice; the perinatal team takes
    them", "if she stops"), the baby's level, another analyte's and the dose's sense ("at this level") do not count
    ([levels_dropped]). A restart at a time past the birth ("restarted at the 6-week check") is put off too, and a
    hedge with only its own short condition ("Perhaps, if there is time.") is only a hedge. Levels ruled out after
    the birth or past a gestation ("no levels after delivery", "no further levels beyond 36 weeks", "Levels 4-weekly
    until delivery, none after the birth") drop the level at the birth the recommendations plan, beside a plan for
    the pregnancy, unless a clause of the conclusion plans a level at the birth ("until delivery" is that plan's
    end, no level at it). The overall conclusion is read so too, against each such assessment's recommendations:
    it is the plan the midwife and the obstetrician read, and one that rules out the planned levels refuses. The
    words are data (mappings/concerns.toml,
    [[contradiction]], [told_stopped], [told_unstarted], [watch_dropped], [sleep_checks_dropped],
    [levels_dropped]) and are compared normalised, so look-alike letters and invisible characters hide nothing.

    Whatever the coded answer, no sentence of those texts, nor of the overall conclusion, says a parent is sedated or
    hard to wake and then gives that same parent the baby's nights ("his quetiapine makes him very hard to wake, so
    he does all the night feeds", or feeds by the clock in the small hours: "he does the 2 am feed") or the baby in
    that parent's bed or on that parent's side of it: the plan creates the hazard it answers. A later sentence
    naming that parent outright ("mum", the parent's own name, never "she" or "he") does so too ("her diazepam
    sedates her. Kayleigh does the 4 am bottle"), and so does "she" or "he" opening the very next sentence where
    the hazard's sentence names no one else and ends on it ("mum's tablets make her drowsy. She does the 4 am
    feed"). The medicine list says who takes each medicine: a hazard clause naming no parent that tells a listed
    medicine of one parent's as someone else's ("the foster carer's diazepam causes sedation, so the mother does
    the night feeds") speaks of the parent who takes it. The night
    care with the other parent ("so the mother does all the night feeds"), an evening feed before the dose, or a
    clause negated, conditional or bounded in time ("only after 2 am") does not, though a condition that leaves that
    parent the lone carer ("when the foster carer is off") bounds nothing; nor does a hazard clause with a
    negation, condition or risk ("if he is drowsy"), nor one about the baby ([night_care] in mappings/concerns.toml).
    Where the partner's own assessment answers sedation "yes", the partner's conclusion or recommendations, or the
    overall conclusion, giving the partner the night care or the baby in the partner's bed ("he takes the night
    feeds so she can rest", "Daniel takes sole charge of the baby overnight", the baby "in the big bed on his side",
    "he naps on the sofa with the baby", the nights shared by "the two adults" with no one named and nothing
    bounding his share) makes the same hazard though the sentence never says he is sedated, whatever the medicine's
    class; a bound that lasts only while the other parent is away ("until Chloe is back") bounds nothing; with a
    sedating medicine of the partner's and no such answer, the night care put right after the dose ("does the nights
    after his 10 pm dose") says it. The nights with the mother, a feed before the dose, a clause negated,
    conditional or bounded ("once his dose has worn off") do not count. A night rota gives the nights too: after
    "Night rota:", an entry of a subject and its days ("Daniel Tue, Thu, Sat", "Kayleigh weekends") is that subject
    doing the nights on those days. A parent's name right after "sedate(s)" is the sedated one ("pregabalin sedates
    Kayleigh"), and a condition leaving the parent the lone carer may name anyone the record names besides the
    parents ("when Sandra is off", Sandra the foster carer among its recipients) or a late shift ("when Sandra is
    on a late shift").

    Nor does any of those texts name another adult of the household, no parent ("Chloe's mother", "her eldest
    son", "Sandra's partner", "the foster carer's husband", "the lodger"), as a sentence's subject, say of that
    adult, in an aside or a clause of that adult's own, a sedating medicine taken now or a sedated state ("who
    takes promethazine to sleep", "on gabapentin and drowsy most evenings"), and give that adult the baby's night
    care ("does the 3 am feed"), the baby in bed, on a sofa or chair or overnight with them ("has the baby in her
    bed", "minds the baby on the sofa"), or the baby's sleep beside them ("dozes on the sofa with the baby"): a
    sedated adult sharing the baby's sleep is the hazard, whoever it is. The same adult kept to the daytime ("holds
    the baby only in the morning"), kept from the nights ("never has the baby overnight", "has no night role"), or
    whose medicine is stopped or who takes nothing sedating ("who stopped promethazine in May") does not count, nor
    does a sedation said of someone else in a clause of its own ("does the night feeds while she is drowsy"), nor
    "her partner" or "Chloe's husband" (a parent: read above). The words are data ([household_nights] in
    mappings/concerns.toml).

    Why it matters:
    Receiving systems act on the coded answer: sedation "no" is what a maternity system filters and flags
    on. Beside "very hard to wake for hours after his dose" it tells the midwife, the health visitor and the
    foster carer that the adult sharing the baby's nights is not sedated, the opposite of what the clinician
    found, and the co-sleeping risk drops out of every coded view of the record. A breastfeeding item that
    advises against it beside a conclusion that encourages it gives the midwife and the health visitor
    opposite advice for the same baby, and a conclusion that stops the medicine the recommendations continue
    gives the GP and the pharmacist opposite plans for it. A conclusion that says a current medicine has
    stopped, or that the baby needs no watching its own item plans, lets go of the baby's care on a premise the
    record itself contradicts.

    Example:
    A father's quetiapine 300 mg at night with "sedation": "no" and parenting capacity "very hard to wake
    for several hours after his dose".

    Instead:
    Correct the coded answer ("sedation": "yes"), or, where the medicine truly does not sedate this person,
    say so plainly in the text ("Not drowsy on this dose; alert in the evenings"). Make the breastfeeding
    item and the conclusion give the same advice.
    """
    names = _parents_names(record)
    listed = _listed_takers(record, context)
    others = _others_named(record)
    for index, assessment in enumerate(record.assessments):
        for field in _NIGHT_FIELDS:
            text = value_at(assessment, field)
            if isinstance(text, str) and night_care_to_the_sedated(text, names, listed, others):
                named = local_id_label("assessment", assessment.id, index)
                yield Problem(
                    f"{named} says a parent is sedated and gives that same parent the baby's nights (expected the "
                    "night care and the baby's sleep with someone not sedated)",
                    f"$.assessments[{index}].{field}",
                )
    overall = record.overall_conclusion.text if record.overall_conclusion is not None else None
    if isinstance(overall, str) and night_care_to_the_sedated(overall, names, listed, others):
        yield Problem(
            "the overall conclusion says a parent is sedated and gives that same parent the baby's nights (expected "
            "the night care and the baby's sleep with someone not sedated)",
            "$.overall_conclusion.text",
        )
    else:
        yield from _nights_to_the_sedated_partner(record, context)
    yield from _nights_to_a_sedated_householder(record)
    yield from _stops_told_against_the_list(record)
    overall_drops = overall_unwatched = overall_sleep = False
    for index, assessment in enumerate(record.assessments):
        classes = _current_classes(record, assessment, context)
        if levels_dropped(assessment, classes):
            named = local_id_label("assessment", assessment.id, index)
            yield Problem(
                f"the conclusion of {named} rules out, puts off past the birth or only hedges the blood levels its "
                "own recommendations plan for a current medicine monitored by them (expected the conclusion to keep "
                "the levels' plan, or the recommendations to be corrected)",
                f"$.assessments[{index}].conclusion",
            )
        if isinstance(overall, str):
            overall_drops = overall_drops or levels_dropped(assessment, classes, overall)
        for item in watch_dropped(assessment):
            named = local_id_label("assessment", assessment.id, index)
            yield Problem(
                f"the conclusion of {named} says the baby needs no watching that its own {item.split('.')[-1]} "
                "item plans (expected the conclusion to keep the item's watch, or the item to be corrected)",
                f"$.assessments[{index}].conclusion",
            )
        if isinstance(overall, str) and not overall_unwatched:
            overall_unwatched = any(True for _ in watch_dropped(assessment, overall))
        if isinstance(overall, str) and not overall_sleep:
            overall_sleep = any(True for _ in sleep_checks_dropped(assessment, overall))
        for item in sleep_checks_dropped(assessment):
            named = local_id_label("assessment", assessment.id, index)
            yield Problem(
                f"the conclusion of {named} says the baby's sleeping place needs no checks that its own "
                f"{item.split('.')[-1]} item plans (expected the conclusion to keep the item's checks, or the item "
                "to be corrected)",
                f"$.assessments[{index}].conclusion",
            )
    if overall_unwatched:
        yield Problem(
            "the overall conclusion says the baby needs no watching that an assessment's own items plan (expected "
            "the overall conclusion to keep the watch, or the items to be corrected)",
            "$.overall_conclusion.text",
        )
    if overall_sleep:
        yield Problem(
            "the overall conclusion says the baby's sleeping place needs no checks that an assessment's own items "
            "plan (expected the overall conclusion to keep the checks, or the items to be corrected)",
            "$.overall_conclusion.text",
        )
    if overall_drops:
        yield Problem(
            "the overall conclusion rules out, puts off past the birth or only hedges the blood levels an "
            "assessment's recommendations plan for a current medicine monitored by them (expected the overall "
            "conclusion to keep the levels' plan, or the recommendations to be corrected)",
            "$.overall_conclusion.text",
        )
    for found in contradicted_answers(record):
        c = found.contradiction
        if found.index < 0 and found.where:
            yield Problem(
                f"the {found.where.split('.')[0].replace('_', ' ')} both continues a medicine and stops it now "
                "(expected one plan for each medicine)",
                f"$.{found.where}",
            )
            continue
        if found.index < 0:
            yield Problem(
                f'the record answers {c.label} "{c.answer}" while its conclusions say otherwise (expected the '
                "conclusions to agree with the coded answer, or the answer to be corrected)",
                f"$.{c.item}",
            )
            continue
        named = local_id_label("assessment", found.assessment_id, found.index)
        if found.where and c.answer == "continue":
            yield Problem(
                f"the {found.where.split('.')[0].replace('_', ' ')} stops now a medicine that {named} "
                f"{c.answer}s in its {c.label} (expected one plan for each medicine)",
                f"$.{found.where}",
            )
            continue
        if found.where:
            yield Problem(
                f"the {found.where.split('.')[0].replace('_', ' ')} says otherwise of the {c.label} answer "
                f'"{c.answer}" of {named} (expected one plan for the baby, the same in both)',
                f"$.{found.where}",
            )
            continue
        yield Problem(
            f'{named} answers {c.label} "{c.answer}" while its own text says otherwise (expected the coded '
            "answer to agree with the text, or the text to say plainly why not)",
            f"$.assessments[{found.index}].{c.item}",
        )


def _listed_takers(record: Record, context: GateContext) -> dict[str, str]:
    """Each listed medicine's ingredient (its last word, normalised) by the gender a sentence's "she" or "he" gives
    its only taker (MA127): the mother's as "f" where no partner is a woman, a man partner's as "m". An ingredient
    listed for both parents, or for a woman partner, is left out: the list does not tell whose it is by gender."""
    partner = record.partner
    man = partner is not None and names_a_man(partner.relationship)
    genders = {"mother": "f" if partner is None or man else None, "partner": "m" if man else None}
    takers: dict[str, set[str]] = {}
    known = context.facts.classifications
    for medicine in record.medicines:
        found = known.get(medicine.id)
        for ingredient in found.ingredients if found is not None else ():
            words = tokens(ingredient)
            if words:
                takers.setdefault(words[-1], set()).add(medicine.taken_by)
    listed: dict[str, str] = {}
    for word, who in takers.items():
        gender = genders.get(next(iter(who))) if len(who) == 1 else None
        if gender is not None:
            listed[word] = gender
    return listed


def _parents_names(record: Record) -> dict[str, frozenset[str]]:
    """The words of each parent's own name by the gender a sentence's "she" or "he" gives it (MA127): the mother's
    given names as "f" where no partner is a woman ("her" then is hers), a man partner's names (none of them the
    mother's) as "m"."""
    partner = record.partner
    mothers = frozenset(w for part in (*record.mother.name.given, record.mother.name.family) for w in tokens(part))
    man = partner is not None and names_a_man(partner.relationship)
    names: dict[str, frozenset[str]] = {}
    if partner is None or man:
        names["f"] = frozenset(w for part in record.mother.name.given for w in tokens(part))
    if man and partner is not None and partner.name is not None:
        names["m"] = frozenset(w for part in (*partner.name.given, partner.name.family) for w in tokens(part)) - mothers
    return names


def _others_named(record: Record) -> frozenset[str]:
    """The words of the names of the people the record names besides the parents, its recipients (the foster
    carer, the social worker), none of them a word of a parent's name (MA127: "when Sandra is off")."""
    parents = {w for part in (*record.mother.name.given, record.mother.name.family) for w in tokens(part)}
    if record.partner is not None and record.partner.name is not None:
        parents |= {w for part in (*record.partner.name.given, record.partner.name.family) for w in tokens(part)}
    named = {
        w
        for r in record.recipients
        if r.name is not None
        for part in (*r.name.given, r.name.family)
        for w in tokens(part)
    }
    return frozenset(named - parents)


def _nights_to_a_sedated_householder(record: Record) -> Iterator[Problem]:
    """MA127: another adult of the household, said in the text to be sedated or to take a sedating medicine, given
    the baby's nights or bed (:func:`nights_to_a_sedated_householder`), in an assessment's night fields or the
    overall conclusion."""
    parents = {w for part in (*record.mother.name.given, record.mother.name.family) for w in tokens(part)}
    if record.partner is not None and record.partner.name is not None:
        parents |= {w for part in (*record.partner.name.given, record.partner.name.family) for w in tokens(part)}
    names = frozenset(parents)
    for index, assessment in enumerate(record.assessments):
        for field in _NIGHT_FIELDS:
            text = value_at(assessment, field)
            if isinstance(text, str) and nights_to_a_sedated_householder(text, names):
                named = local_id_label("assessment", assessment.id, index)
                yield Problem(
                    f"{named} says another adult of the household is sedated and gives that adult the baby's nights "
                    "or bed (expected the night care and the baby's sleep with someone not sedated)",
                    f"$.assessments[{index}].{field}",
                )
    overall = record.overall_conclusion.text if record.overall_conclusion is not None else None
    if isinstance(overall, str) and nights_to_a_sedated_householder(overall, names):
        yield Problem(
            "the overall conclusion says another adult of the household is sedated and gives that adult the baby's "
            "nights or bed (expected the night care and the baby's sleep with someone not sedated)",
            "$.overall_conclusion.text",
        )


_PARTNER_PLAN_FIELDS = ("conclusion", "recommendations")
"""Where the partner's own assessment plans his or her nights (MA127, the partner sedated by the record)."""


def _nights_to_the_sedated_partner(record: Record, context: GateContext) -> Iterator[Problem]:
    """MA127: the partner whose own assessment answers sedation "yes" (or whose current medicine is a sedating one,
    with the night care put right after the dose) given the baby's nights in a plan: the conclusion or
    recommendations of the partner's own assessment, or the overall conclusion."""
    partner, facts = record.partner, context.facts
    if partner is None:
        return
    sedating = [
        m
        for m, c in facts.needing.items()
        if facts.medicine(m).taken_by == "partner"
        and facts.medicine(m).stopped is None
        and "sedation-safe-sleep" in c.concerns
    ]
    man = names_a_man(partner.relationship)
    mothers = {w for part in (*record.mother.name.given, record.mother.name.family) for w in tokens(part)}
    names = frozenset(
        {w for part in (*partner.name.given, partner.name.family) for w in tokens(part)} - mothers
        if partner.name is not None
        else set()
    )
    # The partner's own assessments: of a sedating medicine, or answering sedation "yes" whatever the medicine's
    # class (amitriptyline sedates him by the record's own word, though its class names no sedation).
    own = [
        (index, assessment)
        for index, assessment in enumerate(record.assessments)
        if assessment.medicine_ids
        and all(facts.medicine(m).taken_by == "partner" for m in assessment.medicine_ids)
        and (
            set(assessment.medicine_ids) & set(sedating)
            or (assessment.impact_on_mother is not None and assessment.impact_on_mother.sedation == "yes")
        )
    ]
    if not own:
        return
    said = any(a.impact_on_mother is not None and a.impact_on_mother.sedation == "yes" for _, a in own)
    others = frozenset(mothers) | _others_named(record)
    for index, assessment in own:
        for field in _PARTNER_PLAN_FIELDS:
            text = value_at(assessment, field)
            if (
                isinstance(text, str)
                and not night_care_to_the_sedated(text)
                and night_care_to_the_sedated_partner(text, names, man, said, others)
            ):
                named = local_id_label("assessment", assessment.id, index)
                yield Problem(
                    f"{named} gives the partner the baby's nights while the record says the partner's medicine "
                    "sedates them (expected the night care and the baby's sleep with someone not sedated)",
                    f"$.assessments[{index}].{field}",
                )
    overall = record.overall_conclusion.text if record.overall_conclusion is not None else None
    if isinstance(overall, str) and night_care_to_the_sedated_partner(overall, names, man, said, others):
        yield Problem(
            "the overall conclusion gives the partner the baby's nights while the record says the partner's medicine "
            "sedates them (expected the night care and the baby's sleep with someone not sedated)",
            "$.overall_conclusion.text",
        )


def _current_classes(record: Record, assessment: Assessment, context: GateContext) -> frozenset[str]:
    """The classes of the medicines ``assessment`` covers that are current on its date (MA127, [levels_dropped]):
    not stopped or completed, and any stop date after the assessment (a medicine stopped before conception, or
    stopped since, needs no levels)."""
    found: set[str] = set()
    for mid in assessment.medicine_ids:
        medicine = context.facts.medicine(mid)
        if medicine.status in ("stopped", "completed") or (
            medicine.stopped is not None and (assessment.date is None or medicine.stopped <= assessment.date)
        ):
            continue
        found.update(c.id for c in context.facts.classifications[mid].classes)
    return frozenset(found)


def _stops_told_against_the_list(record: Record) -> Iterator[Problem]:
    """MA127: a conclusion telling a stop as done of a medicine the list gives as current (no stop date), or putting
    off to a later time the start of one the list gives as started already."""
    texts = [
        (f"the conclusion of {local_id_label('assessment', a.id, i)}", f"$.assessments[{i}].conclusion", a.conclusion)
        for i, a in enumerate(record.assessments)
    ]
    if record.overall_conclusion is not None:
        texts.append(("the overall conclusion", "$.overall_conclusion.text", record.overall_conclusion.text))
    # The date each conclusion was written on: its assessment's, and for the overall one the latest of them.
    written = {f"$.assessments[{i}].conclusion": a.date for i, a in enumerate(record.assessments)}
    dates = [d for d in written.values() if d is not None]
    written["$.overall_conclusion.text"] = max(dates) if dates else None
    for where, path, text in texts:
        if not isinstance(text, str) or not text:
            continue
        for index in stopped_while_listed(record, text):
            medicine = local_id_label("medicine", record.medicines[index].id, index)
            yield Problem(
                f"{where} says {medicine} has been stopped while the medicine list gives it as current, with no stop "
                "date (expected the conclusion and the list to agree: the stop dated on the list, or the conclusion "
                "corrected)",
                path,
            )
        for index in started_later_than_listed(record, text, written.get(path)):
            medicine = local_id_label("medicine", record.medicines[index].id, index)
            yield Problem(
                f"{where} puts off to a later time the start of {medicine}, which the medicine list gives as started "
                "on or before the assessment's date (expected the conclusion and the list to agree: the start dated "
                "on the list, or the conclusion corrected)",
                path,
            )
