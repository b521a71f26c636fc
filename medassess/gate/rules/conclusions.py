"""MA1xx: the assessments and their written conclusions."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from ...core.exceptions import TemplateError
from ...record.identifiers import local_id_label
from ...record.model import Assessment, Record
from ...record.template import Item, Predicate, get_template, value_at
from ..concerns import concern_map
from ..decision_part import decision_part_hollow
from ..earlier_plan import copies_an_earlier_plan
from ..facts import RecordFacts, WrittenConclusion, blank
from ..regimen_only import line_only, regimen_only
from ..registry import Area, GateContext, Problem, rule
from ..settings import GateSettings
from ..substance import Analysis, claims_beyond, conclusion_verdict, findings_only
from ..unheld import unheld_set_aside
from ..wording import tokens, words_of_normalised

AREA = Area("conclusions", "Assessments and written conclusions", written_conclusions=True)


@rule("MA101", "medicine-not-assessed", "error", "A medicine that needs a written assessment has none.")
def medicine_not_assessed(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Every medicine that needs a written assessment (one in a high-risk class, or flagged by the clinician;
    the partner's as well as the mother's) is covered by at least one assessment. A partner's medicine whose
    every class harms only in the womb ("womb_only" in mappings/medicine-classes.toml: ACE inhibitors, ARBs,
    warfarin ...) cannot reach the baby and does not sedate: it needs none, with or without the clinician's
    reason, unless it carries a paternal-exposure warning (mycophenolate, ribavirin) or is flagged.

    Why it matters:
    The safeguarding review behind this tool found the assessments of a mother's medicines were not written
    down and shared, and a baby was harmed after discharge. A medicine left out of the assessment is a risk to
    the baby (withdrawal, sedation and unsafe sleep, harm in the womb) that nobody has been told about.

    Example:
    Diazepam and pregabalin listed; the only assessment has "medicine_ids": ["med-pregabalin"].

    Instead:
    Write an assessment covering each such medicine (one assessment may cover several), or remove a medicine
    from the record if it is no longer relevant.
    """
    facts = context.facts
    for index, medicine in enumerate(record.medicines):
        found = facts.needing.get(medicine.id)
        if found is not None and medicine.id not in facts.covered:
            why = ", ".join(c.label for c in found.classes) or "flagged by the clinician"
            whose = "the partner's " if medicine.taken_by == "partner" else ""
            named = local_id_label("medicine", medicine.id, index)
            yield Problem(
                f"{whose}{named} needs a written assessment ({why}), and no assessment covers it",
                f"$.medicines[{index}]",
            )


@rule("MA102", "conclusion-missing", "error", "An assessment of a medicine that needs one has no written conclusion.")
def conclusion_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Each assessment covering a medicine that needs one has a conclusion that is not blank.

    Why it matters:
    The conclusion is what the midwife, health visitor, social worker and foster carer act on. An assessment
    without one leaves them to guess what the clinician decided about the risk to the baby.

    Example:
    An assessment of sodium valproate with impact and recommendations but no "conclusion".

    Instead:
    Write the conclusion in the record itself: what happens with the medicine, what it means for the baby,
    and what the professionals must do.
    """
    for required in context.facts.required_assessments:
        index, a = required.index, required.assessment
        if blank(a.conclusion):
            named = local_id_label("assessment", a.id, index)
            yield Problem(f"{named} has no written conclusion", f"$.assessments[{index}].conclusion")


_CONCLUSION_FAULTS = {
    "placeholder": "is a placeholder, not a written conclusion",
    "hollow": (
        "defers to another document or to later, or dismisses the question, and what remains does not say what "
        "the medicines mean for this mother and baby (expected at least {minimum} content words besides the "
        "pointer, deferral or dismissal)"
    ),
    "unconcerned": (
        "defers to another document or to later, or dismisses the question, and what it says besides speaks of "
        "none of the concerns its medicines raise (expected a word of at least one, such as withdrawal, safe "
        "sleep, breastfeeding, harm in the womb or relapse)"
    ),
    "no-claim": (
        "says only what was done, considered or sent, or what its medicines do in general, not what follows "
        "(expected a statement: what continues or changes, what is likely, what must or must not happen, a dose "
        "or a time)"
    ),
    "unheld": (
        "gives what must be done only to no one who can be held to it (the record's reader, a goal or hope, no one, "
        "an act negated, a placeholder or an indefinite someone) or leaves it still to do or to ask, and what "
        "remains does not say what follows for this mother and baby (expected at least {minimum} content words and "
        "a statement besides, with the acts given to a named role)"
    ),
    "filler": (
        "is not recognisable language (expected at least {share:.0%} of its words to be English, medicine names or "
        "clinical abbreviations)"
    ),
    "repetition": (
        "is mostly repetition (expected at least {distinct:.0%} of its words distinct and no word more than "
        "{one:.0%} of them)"
    ),
    "too-few-words": (
        "has {found} content words (expected at least {minimum} besides medicine names, doses, numbers, hedges and "
        "stop words)"
    ),
    "vague": (
        "says too little particular to this mother and baby: {found} clinical or specific words (expected at least "
        "{specific}; everyday words such as plan, baby, risk, agreed, considered say nothing on their own)"
    ),
    "off-subject": (
        "says too little about the medicines, the pregnancy or the baby: {found} words of that subject (expected at "
        "least {topic}, such as withdrawal, feeding, sleep, sedation, dose, observation or fetal risk)"
    ),
}
"""What each verdict means for a conclusion, for the messages (which never quote the text)."""


def _content(analysis: Analysis) -> frozenset[str]:
    return analysis.content


_FOUND: dict[str, Callable[[Analysis], frozenset[str]]] = {
    "vague": lambda analysis: analysis.specific,
    "off-subject": lambda analysis: analysis.topic_words,
    "hollow": lambda analysis: analysis.topical_content,
}
"""Which words a verdict's message counts."""


def _speaks_of(analysis: Analysis, concerns: Mapping[str, frozenset[str]], written: WrittenConclusion) -> bool:
    """Whether what a deferring or dismissing conclusion says besides speaks of a concern its medicines raise
    (their words in mappings/concerns.toml), outside what decides nothing (watching or a to-do list with no one
    and no time, :func:`claims_beyond`). Pleasantries and history padding a pointer ("She has worked hard with her
    key worker ... Plan for methadone as per the drug service letter.") speak of none. A conclusion whose
    medicines raise none is not held to this."""
    raised = concerns.get(written.path, frozenset())
    if not raised:
        return True
    # What decides nothing (watching or a to-do list with no one and no time) speaks of no concern either.
    judge = analysis.judge
    said = words_of_normalised(judge.without_undecided(analysis.remainder) if judge else analysis.remainder)
    specs = concern_map().specs
    for concern in raised:
        spec = specs.get(concern)
        if spec is not None and (
            spec.terms.found_in(said) or (spec.speaks_of is not None and spec.speaks_of.found_in(said))
        ):
            return True
    return False


def _part_hollow(facts: RecordFacts, minimum: int, settings: GateSettings, concerned: bool, part: str) -> bool:
    """Whether a conclusion's labelled decision part, judged by itself as MA103 judges a conclusion, is a
    placeholder or hollow (it defers or dismisses, leaves too little of its subject and states nothing that
    follows), or, where the conclusion's medicines raise concerns, decides only the medicine's own line with the
    baby's care handed over ([regimen_only])."""
    analysis = facts.analysis(part, settings)
    if concerned and regimen_only(part, analysis, settings, facts.medicine_words, facts.people_words):
        return True
    if not (analysis.placeholder or analysis.defers_or_dismisses or analysis.reports_only):
        return False
    # A pointer beside a plan ("as discussed: levels every 4 weeks, ...") states what follows and stands.
    if analysis.claims:
        return False
    found = conclusion_verdict(facts.verdict(part, minimum, settings), analysis, minimum, settings)
    return found in ("placeholder", "hollow")


def _conclusion_verdicts(context: GateContext) -> tuple[tuple[WrittenConclusion, str], ...]:
    """Each written conclusion with the one verdict that describes it first (hollow, then filler, repetition, too
    few words), worked out once per record for the four rules that report them (:func:`_conclusion_faults`)."""
    settings, facts = context.settings, context.facts
    minimum = settings.min_conclusion_words
    concerns = facts.conclusion_concerns
    verdicts: list[tuple[WrittenConclusion, str]] = []
    for written in facts.conclusions:
        analysis = facts.analysis(written.text, settings)
        found: str = conclusion_verdict(facts.verdict(written.text, minimum, settings), analysis, minimum, settings)
        if found == "substantive" and analysis.defers_or_dismisses and not _speaks_of(analysis, concerns, written):
            found = "unconcerned"
        if found == "substantive" and not claims_beyond(written.text, analysis, facts.list_pieces, settings):
            found = "no-claim"  # the medicines list copied: what she takes, not what follows
        if found == "substantive" and findings_only(written.text):
            found = "no-claim"  # a SOAP note's findings alone: what she says and what was found, no conclusion
        if found == "substantive" and decision_part_hollow(
            written.text,
            functools.partial(_part_hollow, facts, minimum, settings, bool(concerns.get(written.path))),
        ):
            found = "hollow"  # each labelled decision part ("Plan:", ...) defers: the history decides nothing
        if found == "substantive" and copies_an_earlier_plan(written.text):
            found = "no-claim"  # an earlier pregnancy's plan given as now, with no plan of its own for this one
        if (
            found == "substantive"
            and concerns.get(written.path)
            and regimen_only(written.text, analysis, settings, facts.medicine_words, facts.people_words)
        ):
            found = "no-claim"  # the medicine's own line decided, the baby's care only set aside
        if found == "substantive" and (kept := unheld_set_aside(written.text)) is not None:
            # what is given to the reader, hoped for or given to no one set aside: what is left must still decide
            rest = facts.analysis(kept, settings)
            left = conclusion_verdict(facts.verdict(kept, minimum, settings), rest, minimum, settings)
            if (
                left != "substantive"
                or not claims_beyond(kept, rest, facts.list_pieces, settings)
                or (
                    bool(concerns.get(written.path))
                    and line_only(kept, rest, settings, facts.medicine_words, facts.people_words)
                )
            ):
                found = "unheld"  # nothing left, or only the medicine's own line: the baby's care held by no one
        verdicts.append((written, found))
    return tuple(verdicts)


def conclusion_verdicts(context: GateContext) -> tuple[tuple[WrittenConclusion, str], ...]:
    """Each written conclusion with its one verdict ("substantive" where no rule of this area faults it), worked
    out once per record: other areas judge only what this one leaves standing, so one gap is reported once."""
    return context.facts.shared("conclusion-verdicts", context.settings, lambda: _conclusion_verdicts(context))


def _conclusion_faults(context: GateContext, *verdicts: str) -> Iterator[Problem]:
    """A problem for each written conclusion whose verdict is one of ``verdicts``: each conclusion gets the one
    verdict that describes it first (hollow, then filler, repetition, too few words), so one rule reports it."""
    settings, facts = context.settings, context.facts
    minimum = settings.min_conclusion_words
    for written, found in conclusion_verdicts(context):
        if found in verdicts:
            analysis = facts.analysis(written.text, settings)
            message = _CONCLUSION_FAULTS[found].format(
                minimum=minimum,
                specific=settings.min_specific_words,
                topic=settings.min_topic_words,
                found=len(_FOUND.get(found, _content)(analysis)),
                share=settings.min_language_share,
                distinct=settings.min_distinct_share,
                one=settings.max_one_word_share,
            )
            yield Problem(f"{written.subject} {message}", written.path)


@rule(
    "MA103",
    "conclusion-hollow",
    "error",
    "A conclusion defers, dismisses or holds a placeholder, and says nothing substantive besides.",
)
def conclusion_hollow(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    No conclusion (an assessment's, or the overall one) is hollow: only a placeholder ("N/A", "xxx", "-"), or
    text holding a deferral or dismissal anywhere, with fewer than min_conclusion_words content words left
    once it is set aside. Deferrals point elsewhere or to later ("see letter", "please refer to the drug service
    letter", "as per letter dated ...", "the clinic letter covers the baby", "pending review", "awaiting ...", "as
    discussed", "tbc"), or hand the decision to another team or to later ("will be decided by paediatrics", "the
    decision sits with neurology", "will be agreed at the pre-birth meeting", "will be discussed at the next
    clinic", "will be completed once received", "the ward will do as it sees fit", "are for the conference to
    determine", "left to the discretion of the midwife", or to another's plan or view: "paediatrics will act on
    the perinatal team's plan", "neurology will wait for fetal medicine's"; or a team's promise to get in touch, with
    only a vague topic: "the neonatal team will be in touch about what the baby needs"), keep it open ("may change and
    will be kept under consideration", "subject to change", "remain to be worked through", "these need thinking
    about"; a question it follows is left unanswered) or commit to nothing
    ("nothing can be ruled out", "too early to say"): the clause holding one is set aside, as is a clause that takes
    back what it says ("except when it is not", "booked and not booked", "will continue, or will not continue", "unsafe,
    though not unsafe", "neither does nor does not", "allowed nor disallowed"), with the clause before its comma
    when it opens its own ("the baby is scored, unless it is not"); so is one that only writes down what happened
    ("this will be noted in the baby's chart", "the result will be filed", "the carer will make a note of it"), with
    the condition it is the only consequence of ("if the scores exceed 8 twice, this will be logged": a threshold
    that decides nothing; "..., the registrar is called, and this is charted" keeps the act); the words before a
    deferral whose verb is its own are its subject and go with it ("the baby's monitoring is left to", "a taper
    could be discussed"). What is
    said of every baby ("routine observations, as for any baby") says nothing of this one, and what is said of the
    form, the template or the notes ("the form continues overleaf") nothing of the baby: the sentence holding
    it is set aside, up to a later clause of it that turns to this baby ("..., as for any baby, and in this
    family ..."). What happens to the form's parts (its sections, fields, boxes, checklist, headings, sign-off
    or audit: "every section is complete and must stay complete") sets aside the clause holding it.
    Dismissals say there is nothing to say ("no concerns", "nothing of note", "not applicable", "no
    issues"): the phrase is set aside, and the words around it may be its reason. So is a verdict word with no
    content said of each topic in turn, two sentences or more ("Baby fine. Feeding fine. Sleep fine."): each
    topic and its verdict are set aside; one with its reason or measure after it stands ("Feeding fine: ...").
    So is a checklist's mark said of each topic in turn ("Safe sleep - done. Taper - done.": [dismissal]
    checklist_marks), though its topic name a claim; an item with its content after the mark stands.
    Hedges ("at this time", "noted", "currently"), stop words and medicine names never count. Text is
    compared normalised, so look-alike letters and invisible characters change nothing. The phrases are
    data, in mappings/hollow-phrases.toml; the threshold is in mappings/share-gate.toml.
    A conclusion that says something may also point elsewhere ("See also the drug service letter. In
    summary: ..."), and an instruction is not a pointer ("Please see the baby at home within 48 hours").
    What a deferral or dismissal leaves counts only in sentences about the subject (holding a word of
    mappings/perinatal-topic-words.csv, a clinical word or abbreviation, or a medicine's name): padding about
    the weather, the clinic's day or the clinician's leave is no reason; and it must speak of at least one
    concern its medicines raise (their words in mappings/concerns.toml; for a partner's medicine, the baby's
    safe sleep): history and pleasantries around "Plan as per the drug service letter" are no conclusion. A
    plan pointed to is a pointer ("see PNMH plan"). A conclusion written under labels is judged by its decision
    parts ("Plan:", "Recommendation(s):", "Actions:", "Outcome:", "Conclusion:", and beside one a concern's
    heading such as "Baby:" or "Feeding:", each up to the next heading; [decision_part]): where every one is hollow
    by itself (it defers, points elsewhere, waits or hands the decision over, and states nothing that follows, or
    decides only the medicine's line with the baby's care handed over), the history before it decides nothing;
    one pointing back to the text above it ("Plan: as above.") is judged with that text. A form's own prompt
    left in the box
    is set aside like a deferral: text in square or angle brackets, or a prompt verb ending in "here"
    ("[Enter conclusion here - state the risk to the baby ...]").
    And a conclusion states what follows: a word of [claim] in mappings/hollow-phrases.toml (what continues
    or changes, what is likely, what must or must not happen, a verdict, a time) or a measure (a dose, a
    time, a duration: not a number that only counts, nor a date, nor a gestation in an account: "was seen at
    29+2 weeks"; nor a rate or odds, with the verb giving it and what it is of, even of this baby: "this baby
    carries an 11% risk of ...", "her chance of ... is 1 in 1000", nor a level foretold to be an amount: "levels
    in the infant will be low", [risk_figures]; what it leads to stands:
    "..., so the ward scores it for 72 h"), outside quotation marks and the parts set
    aside; a thing said to be itself ("the plan is the plan") states nothing, nor does a question ("will the baby
    withdraw?"; the answer after it stands, and one no answer follows, or only a hedge ("Levels? Possibly.",
    "Feeding? Not sure."; with the hedge), from its opener to its mark, is set aside like a deferral: its words
    are no content and answer no concern, here and for MA124; a need stated before a question that asks its who,
    when or how, "X will need watching - but who watches, and for how long?", is set aside with it) or one asked
    without
    its mark, a clause opening on "what" or "how" to
    where its sentence or heading ends ("Conclusion: what it means for the baby, and what the midwife must do
    about feeding."; not "what the baby needs is ..."), or its verb before its subject ("does it cause sedation
    that could affect caring for the baby;"), or an instruction to the writer, an asking verb of [prompt] before
    a question word ("describe what it means for the baby and set out who does what"), a condition without
    what follows it ("if problems arise, the team will act accordingly") or with only what would or might
    follow ("should the baby show signs, scoring would be considered", "were she to stop, relapse could follow", or
    told before its condition: "methadone would go on if the prescriber agreed"; "if the baby shows signs, the
    midwife will start scoring" decides), alternatives after "depending on" ("depending on the scan, the plan will
    be either ... or ..."), options listed under their heading with no word choosing among them ("Options: (a)
    continue; (b) taper; (c) stop.": [claim] options_chosen), an account that nothing was done ("no plan was made
    for ...", "nothing has yet been decided", "was not looked at"; a negated instruction, "she must not co-sleep",
    decides), a passive
    or perfect account ("has been addressed", "were gone through", "have been framed within the wider context"), a
    label ("is a consideration", "are all relevant topics", "has risks and benefits", "remain the focus"), a wish
    ("would like to continue", "is keen to"; a decision beside it stands), what might have been ("would have been
    continued", "should have been switched", "had the plan been finalised"; "..., but 60 mg continues" decides:
    [claim] counterfactual_modals), what may or may not be ("may or may not be a consideration": [claim]
    possible), watching with no one, no time and no
    threshold in its sentence ("monitoring of mood and feeds", "baby to be monitored"; "the ward monitors the baby
    for 72 hours" decides: [claim] watching), a sentence only of to-do items in the passive naming no one and no
    time ("cot to be checked", "the baby will be monitored, feeding will be supported and support will be offered";
    "after delivery" no time, nor a time of day naming a kind of care: "night feeds will be arranged", [claim]
    topic_times; "will be scored by the midwives for 72 hours" decides: [claim] future_passives), an
    act whose only time names no time, with no number or sign in its clause ("the midwife will observe the baby in
    due course", "advice will be given as needed"; "paracetamol 1 g as needed" decides: [claim] vague_times), a
    sentence only of reasons ("Because ..., and because ..."; or reasons, before or after it, for a clause set aside:
    "... has been carefully considered, because ...; a plan will follow"; "Because
    it passes into milk, she will bottle feed" decides: [claim] reasons_only), a plan said to depend on a result
    awaited ("all depend on the result, expected next week": [claim] awaited_verbs) or a word that only places an
    account in time ("again", "after", "each"). An account of what was done,
    considered or sent ("fetal and neonatal considerations were reviewed", "copied to the SCBU sister and the
    health visitor"), the template's prompts strung together, a quotation of someone else's words, or the
    medicines list copied (the product, its strength and its dose line: "Methadone 1mg/ml oral solution, 60 mg
    once daily, supervised consumption"), or what someone takes said with a taking verb, the medicine and only its
    dose and times to the clause's end ("he takes quetiapine 300 mg at 10 pm"), states nothing: what she takes,
    not what follows. Nor do a SOAP note's findings alone, every sentence under a subjective or objective heading
    and no assessment or plan ("S: feels settled. O: 29+2/40, growth normal on scan."). Nor does what a
    medicine, a class or babies do in general ("methadone is an opioid with a long half-life", "SSRIs are
    associated with poor neonatal adaptation", "crosses the placenta", "up to 40% of exposed babies"): a clause
    whose every claim word is one of [general] claims, with no word of this case (the baby, her, this, the
    midwife) and no measure but a rate ("50 to 80%", "1 in 10"), is not read as a claim, nor is a clause with no
    claim word but such a rate, nor one with no claim word or word of this case that trails such a clause in
    its sentence ("usually by day 3"), nor one holding a share of babies or mothers in general, whatever its verb
    ("about half of babies exposed to methadone need treatment"), nor one telling how often a course goes, its
    measures the course's ("onset is typically 48 to 72 hours", "usually starts on day 2"), nor a property's
    measure written as a note ("half-life around 26 hours"), nor the outcomes evidence links with running on past
    a comma ("..., cleft palate and reduced IQ"); a word of this case inside a condition's name
    ("persistent pulmonary hypertension of the newborn") is no baby's, nor is one of newborns in general ("can
    cause floppiness in the newborn"), nor "this" naming a class ("drugs of this class"); "crosses the placenta,
    so the baby is bottle fed" states what follows. Nor does guidance reported:
    from a clause whose subject is a guideline, a body or a leaflet with a reporting verb ("NICE
    advises that women ...", "the MHRA states that ...", "the leaflet warns that ..."; [general] reporters) to
    the end of its sentence, up to a clause that turns ("so she will bottle feed") or speaks of this case by a
    word other than people in general ("parents") or the guidance's own verdict ("the BNF lists sertraline as
    compatible", a source that lists or classifies it), its measures the guidance's ("observed for at least 72
    hours"), a guideline a reporter there though it pads alone ("per the local guideline"); guidance applied ("as
    NICE advises, she will not breastfeed", "in line with NICE, the baby has 72 hours of scoring") decides. Nor does
    a licence restated: a licence's verdict said of a population or under its condition ("contraindicated in women
    of childbearing potential unless the conditions of the Pregnancy Prevention Programme are fulfilled", "not
    recommended in breastfeeding mothers": [general] licence_verdicts), to the end of its clause, unless what
    follows the verdict speaks of this case ("not recommended for her unless ..."). Nor does a list of risks under a
    heading of risks or of medicines alone ("Risks to the baby: withdrawal; a longer hospital stay; relapse on
    stopping."): an item states something only with a turn ("so"), a word of this case or a claim word no
    preposition or "if" governs ([risk_list]; "Risks: NAS, sedation. Plan: 72h obs on PNW" decides). So is a list
    after a label over topics and its copula, to the end of its part ("The relevant issues are sedation, night care
    and co-sleeping.", "Points to consider include ...": [risk_list] topic_labels; "the issue is sedation, so he
    does no night feeds" decides). So is a list
    under a heading of talk alone ("Discussed:", "Topics discussed:"; [risk_list] talk_headings), and a frequency
    right after an amount ("60 mg od") is the amount's, governed as "on stopping" is. An action list left empty
    ("Actions: nil", "No actions today", "Actions required: none at present") is a dismissal: nothing will be
    done. A medicine with only its dose and times (whose it is, a brand in brackets beside it) as a label
    ("Lithium (Priadel) 800 mg: ...", "Dad's quetiapine 300 mg nocte: ...") or as a sentence of its own
    ("Valproate 500 mg bd at 8/40.", "Sodium valproate 500 mg bd in this pregnancy.", or a title ending on it after
    "re": "Case discussion re Daniel's quetiapine 300 mg nocte.") says what she or he takes. Nor does an
    earlier pregnancy's plan given as now ("Same again.", "copied from the assessment for her first child", "plan
    from her 2019 pregnancy ... re-dated", or an earlier baby's arrangements told: "with her first baby in 2024
    the foster carer did the nights"; [earlier_plan]) with no plan of its own for now: nothing that continues,
    will or must happen, no present statement ("As last time, lithium continues ..." restates the plan and stands).
    Nor does the medicine's own line alone ("Lithium 800 mg nocte continues.", "Both continue.", "Dad's quetiapine
    will be continued": its name, dose and times carried on) where every word said of the baby and the concerns is
    set aside: said only in what decides nothing as above (watching or to-do items with no one and no time, acts
    whose only time names no time, reasons for a decision never made), deferred, told as gone
    through or taken into account, named only in a condition whose consequence is set aside ("if concerns arise
    about feeding, the team will respond accordingly", "should signs appear, action will be taken as required"), a
    heading answered by a habit ("Baby: the usual.") or by nothing, a short part
    that says only "likewise" after one set aside ([regimen_only]), or handed over with no act, time or holder of
    its own: said to be "covered in" or "in the hands of" another's plan or team, "managed in line with" a pathway,
    "kept in mind" or "her choice", what someone "knows about", "the usual precautions apply" ([regimen_only]
    handed_over; a conclusion with no line whose every topic is told as explained or so handed over is read the
    same); a part naming a watch, a review, a feed or a cot of its own, even in bare nouns ("Baby: paediatric
    review, formula feeds."), or a number ("72 hours of scoring ... are in the hands of the ward"), stands.
    Nor does a plan held by no one: what is given only to the record's reader ("you will need to ...", "the reader
    should ...", "whoever receives this letter should ...", "Recipient to action: ...", "please ensure ..." with no
    role after it; "you" and a request so only in a text addressed to no one by role or name), stated as a goal or
    a hope ("The aim is ...", "Objectives: ...", "Target: ...", "we hope ..."; not one naming who meets it), given
    to no one in a double negative ("no one will fail to ...", "nobody will neglect ...") or a care act negated
    ("no levels will be taken"), or given to a holder no reader can name with no number or time in its clause
    ("the team will look after ...", "services will support ...", "relevant professionals will advise ...", "the
    teams concerned will liaise as necessary"; [unheld] vague_holders; not "the team" where the text named its
    team before) is set aside to the end of its sentence, a semicolon or a named role ([unheld] in
    mappings/concerns.toml), and so is a clause stacking three or more negations on one act ("it is not the case
    that the midwife will not fail to ...", "a watch is not not unnecessary": denied or unclear; [stacked_negations]),
    and what is left must still decide as above; the acts beside a goal ("Aim: levels 0.4-0.8; the GP takes them
    monthly"), a request naming a role, a rule of no one ("no one shares a bed with the baby") and two negations
    that resolve ("the midwife will not fail to score the baby") stand. So is an act whose only holder is a
    placeholder ("Baby watched for withdrawal - owner TBC", "lead: ???", "who: [name]", "responsible: XXX"; [unheld]
    holder_labels and holder_placeholders) or the template's prompt after "by" ("scoring 4-hourly by [named
    midwife]", "feeds by ???"; [unheld] agent_labels, prompt_words; "by the midwife [Jo Adams]", "[SCBU]" and "(HV)"
    stand), its part set aside (a role named before the label, "the ward midwives score the baby - owner TBC", or a
    placeholder of a date stands), and a clause opening on an indefinite pronoun, a placeholder or a prompt with a
    modal ("somebody needs to refer her", "whoever is on shift should ...", "XX to observe the baby", "[named
    psychiatrist] to take levels"; [unheld] indefinite_holders, subject_placeholders; not "someone from the
    perinatal team (Dr ...) will ..." nor "if anyone is unsure, ring ..."); and items still to do
    or to ask ([undecided_items] in mappings/hollow-phrases.toml): a short item marked with a to-do ("levels - to be
    addressed", "feeding: TBD", "cot - to follow"; "levels - to be arranged by the perinatal psychiatrist" names
    its holder and stands), a shorthand query ("?levels. ?paeds."; "?NAS - SCBU obs 72h" is answered and stands) and
    a review as needed with no holder or time ("R/v prn.").

    Why it matters:
    The letter a conclusion points to is not shared with the foster carer or health visitor, "pending review"
    is never updated in the shared record, and "No concerns regarding methadone at this time noted." gives no
    reason anyone can check. The professionals caring for the baby receive no conclusion.

    Example:
    "conclusion": "See letter from drug service." or "No concerns regarding methadone at this time noted."

    Instead:
    Write the conclusion itself, e.g. "Methadone 60 mg daily continues; the baby needs observation for
    withdrawal for at least 72 hours; no co-sleeping because of sedation after each dose."
    """
    yield from _conclusion_faults(context, "placeholder", "hollow", "unconcerned", "no-claim", "unheld")


@rule("MA104", "conclusion-too-short", "error", "A conclusion has fewer content words than the configured minimum.")
def conclusion_too_short(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Every written conclusion that is not hollow, filler or repetition has at least min_conclusion_words
    distinct content words (mappings/share-gate.toml). Medicine names, doses and units, numbers, stop words
    and hedges ("noted", "at this time") are not content: they say what she takes, not what it means; nor is
    a word that is no language at all (not English, clinical or a medicine's name: "gnidnep"). And at
    least min_specific_words of them are particular: clinical words and abbreviations, or words rarer than
    everyday English ("withdrawal", "co-sleeping", "observation"), not only words such as "plan", "baby",
    "agreed" and "considered" that fit any record ("Plan for mother and baby as per MDT"). And at least
    min_topic_words distinct words are about its subject, the medicines, the pregnancy and the baby
    (mappings/perinatal-topic-words.csv: feeding, sleep, sedation, withdrawal, observation, dose, fetal risk;
    and the clinical words and abbreviations), min_particular_topic_words of them other than the general ones
    that fit any record (baby, plan, risk, safety, care, advice), so a signature block, an email disclaimer,
    management jargon or an account of a conversation ("the baby's safety was explored at length") is not a
    conclusion however rare its words.

    Why it matters:
    A conclusion that must tell a foster carer about withdrawal signs, sedation and safe sleep cannot be
    said in a word or two; "Continue methadone." leaves out what it means for the baby.

    Example:
    "conclusion": "Continue methadone."

    Instead:
    Say what happens with the medicine, what it means for the baby, and what each professional must do.
    """
    yield from _conclusion_faults(context, "too-few-words", "vague", "off-subject")


@rule("MA113", "conclusion-not-language", "error", "A conclusion is filler, not language.")
def conclusion_not_language(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    At least min_language_share of a conclusion's words are language: English words in wordfreq's English
    list at or above min_word_zipf, medicine names, or the clinical abbreviations and words listed in
    mappings/clinical-abbreviations.csv and mappings/clinical-words.csv. Lorem ipsum, keyboard mash and
    invented words are refused; clinical jargon within ordinary sentences is not. Word salad of English words is
    refused too when it holds at_least of the word pairs English never writes ("the of": [never_english] in
    mappings/hollow-phrases.toml); one is taken for a slip of typing.

    Why it matters:
    Text typed to get past a length check fills the box and tells nobody anything. The foster carer reading
    it at 3 a.m. learns nothing about the baby's withdrawal or safe sleep.

    Example:
    "conclusion": "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."

    Instead:
    Write the conclusion in plain English; a clinical abbreviation the gate does not know can be added to
    mappings/clinical-abbreviations.csv with its meaning.
    """
    yield from _conclusion_faults(context, "filler")


@rule("MA114", "conclusion-repetitive", "error", "A conclusion is mostly repetition.")
def conclusion_repetitive(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    A conclusion of at least repetition_min_words words (stop words left out) has at least
    min_distinct_share of them distinct, and no single word makes up more than max_one_word_share of them
    (mappings/share-gate.toml).

    Why it matters:
    One word or sentence pasted over and over passes a length check and says no more than it did once; the
    record looks complete and the professionals are told nothing new about the baby.

    Example:
    "conclusion": "Baby to be observed. Baby to be observed. Baby to be observed. Baby to be observed."

    Instead:
    Say it once, then say the rest: how long the baby is observed, where, by whom, and what to look for.
    """
    yield from _conclusion_faults(context, "repetition")


@rule(
    "MA115",
    "mixed-script-text",
    "warning",
    "Free text has words mixing letters of different scripts (look-alike characters).",
)
def mixed_script_text(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    No word of the free text the gate reads (conclusions, the assessments' answers, the justification for
    sharing, medicine names and doses) mixes letters of different scripts, such as a Cyrillic e (U+0435) inside a
    Latin word. Unit symbols (µg) and a Greek letter joined by a hyphen ("β-blocker") are not mixed words.
    A warning: the gate judges the text as if the look-alike letters were Latin, so a disguised good
    conclusion passes and a disguised placeholder is refused like the plain one.

    Why it matters:
    Look-alike letters are invisible to a reader but not to software: a receiving system searching for
    "methadone" will not find it spelt with a Cyrillic e, and a disguised phrase has been written to get past a check.

    Example:
    "conclusion": "See letter." typed with two Cyrillic letters e (U+0435) in "See".

    Instead:
    Retype the text on a UK keyboard, or paste it as plain text.
    """
    for path, label, count in context.facts.mixed_script:
        yield Problem(
            f"{label} has {count} word{'s' if count > 1 else ''} mixing letters of different scripts "
            "(expected each word in one script, as typed on a UK keyboard)",
            path,
        )


@rule("MA105", "impact-on-baby-missing", "error", "An assessment does not say what the medicine means for the baby.")
def impact_on_baby_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Each assessment covering a medicine that needs one has an impact on the baby (impact_on_baby.summary)
    that says something: not blank, a placeholder such as "n/a", a deferral or dismissal with nothing else
    ("see letter", "no concerns"), filler or repetition, and at least min_item_words content words. Judged
    like a conclusion (see MA103), with the item's lower threshold.

    Why it matters:
    The impact on the baby is the reason the assessment exists: withdrawal after birth, harm in the womb,
    paediatric review, effects through breast milk. Without it the people caring for the baby do not know
    what to look for.

    Example:
    A lithium assessment with "impact_on_baby": {"breastfeeding": "Not advised."} and no "summary".

    Instead:
    Write the impact on the baby, e.g. "Paediatric review after birth; lithium level within 24 hours of
    birth; watch for floppiness, poor feeding and drowsiness."
    """
    for required in context.facts.required_assessments:
        index, a = required.index, required.assessment
        summary = a.impact_on_baby.summary if a.impact_on_baby else None
        if context.facts.unwritten(summary, context.settings):
            yield Problem(
                f"{local_id_label('assessment', a.id, index)} does not say what the medicine means for the baby",
                f"$.assessments[{index}].impact_on_baby.summary",
            )


@rule("MA106", "recommendations-missing", "error", "An assessment gives no recommendations.")
def recommendations_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Each assessment covering a medicine that needs one has recommendations that say something: not blank, a
    placeholder such as "nil", a deferral or dismissal with nothing else, filler or repetition (judged like a
    conclusion, see MA103, with the item's threshold min_item_words), nor only "go on" or "look again" with
    nothing to act on ("Continue.", "Carry on as before.", "Review."; mappings/hollow-phrases.toml
    [recommendation]). An instruction is an answer: "See the GP in two weeks" is not a pointer, and "Continue
    sertraline." or "Review at 36 weeks." names what or when.

    Why it matters:
    Recommendations turn the assessment into actions: who monitors what, what not to change, who to tell.
    Without them a risk to the baby is known and nobody is asked to do anything about it.

    Example:
    "recommendations": "Nil."

    Instead:
    Write what each professional should do, e.g. "Do not stop valproate abruptly; urgent neurology and
    obstetric referral; detailed anomaly scan."
    """
    for required in context.facts.required_assessments:
        index, a = required.index, required.assessment
        if context.facts.unwritten(a.recommendations, context.settings) or _bare(a.recommendations, context):
            named = local_id_label("assessment", a.id, index)
            yield Problem(f"{named} gives no recommendations", f"$.assessments[{index}].recommendations")


_NEGATIONS = frozenset({"not", "no", "never", "nor", "neither", "cannot", "don", "doesn", "isn", "shouldn"})


def _bare(text: str | None, context: GateContext) -> bool:
    """Whether recommendations only say "go on" or "look again" ([recommendation] bare words, stop words aside),
    with no negation, medicine, person, time or thing to do."""
    if text is None:
        return False
    lexicon = context.settings.lexicon
    written = tokens(text)
    said = [w for w in written if w not in lexicon.stop_words]
    # The negation is looked for among all the words: "not" and "never" are stop words ("Do not continue.").
    return bool(said) and _NEGATIONS.isdisjoint(written) and all(w in lexicon.bare_recommendation for w in said)


@rule("MA107", "overall-conclusion-missing", "error", "Medicines need assessment but there is no overall conclusion.")
def overall_conclusion_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    When any medicine needs a written assessment, the record has an overall conclusion with text.

    Why it matters:
    Medicines act together: methadone and a benzodiazepine both sedate, and both can cause withdrawal in the
    baby. The overall conclusion is the one place that says what they mean together for the baby's care.

    Example:
    Two assessments and no "overall_conclusion".

    Instead:
    Write an overall conclusion across all the medicines, with its author and date.
    """
    if not context.facts.needing:
        return
    conclusion = record.overall_conclusion
    if conclusion is None:
        yield Problem(
            "medicines need a written assessment, but the record has no overall conclusion", "$.overall_conclusion"
        )
    elif blank(conclusion.text):
        yield Problem("the overall conclusion has no text", "$.overall_conclusion.text")


@rule(
    "MA108",
    "assessment-predates-medicine",
    "error",
    "An assessment is dated before a medicine it covers was started or last changed.",
)
def assessment_predates_medicine(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    No assessment (nor the overall conclusion) is dated before the start date or the last change of any
    medicine it covers. The overall conclusion covers every medicine that needs an assessment. Pre-conception
    advice (pre_conception) kept as history beside a current assessment of the same medicines is not judged:
    the current one is.

    Why it matters:
    A conclusion written before a medicine was started, or before its dose was increased, does not cover the
    medicine as she now takes it. A higher methadone dose can mean worse withdrawal for the baby and more
    sedation at night; the professionals would be working from an out-of-date assessment.

    Example:
    Assessment dated 2026-03-02; methadone "last_changed": "2026-03-05" (dose increased from 60 mg to 70 mg).

    Instead:
    Review the assessment after any start or dose change, update its conclusion, and date it on or after
    the change.
    """
    assessments = record.assessments
    current = {mid for a in assessments if not a.pre_conception for mid in a.medicine_ids}
    for index, part in enumerate(context.facts.authored):
        if part.date is None:
            continue
        history = index < len(assessments) and assessments[index].pre_conception
        if history and current.issuperset(part.medicine_ids):
            continue
        for mid in part.medicine_ids:
            medicine = context.facts.medicine(mid)
            latest = max((d for d in (medicine.started, medicine.last_changed) if d is not None), default=None)
            if latest is not None and part.date < latest:
                named = context.facts.medicine_label(mid)
                yield Problem(
                    f"{part.label} is dated before {named} was started or last changed, so it does not "
                    "cover the medicine as now taken",
                    f"{part.path}.date",
                )


_ITEMS_WITH_THEIR_OWN_RULE: dict[str, str] = {
    "edd": "MA004",
    "delivery-date": "MA005",
    "impact-on-baby": "MA105",
    "recommendations": "MA106",
    "conclusion": "MA102",
    "assessment-author": "MA201",
    "assessment-date": "MA205",
    "overall-conclusion": "MA107",
    "overall-conclusion-author": "MA201",
    "overall-conclusion-date": "MA205",
    "lawful-basis": "MA401",
}
"""Template items a more specific rule reports (with a message that says why), so MA109 does not repeat it."""


def _answered(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return not blank(value)
    if isinstance(value, list):
        return bool(value)
    return True


def _applies(item: Item, facts: RecordFacts, assessment: Assessment | None) -> bool:
    if item.mandatory:
        return True
    predicate: Predicate | None = item.required_when
    if predicate is None:
        return False
    record = facts.record
    checks = {
        "antenatal": lambda: record.pregnancy.stage == "antenatal",
        "postnatal": lambda: record.pregnancy.stage == "postnatal",
        "needs-assessment": lambda: assessment is not None and facts.covers_needing(assessment),
        "any-assessment-needed": lambda: bool(facts.needing),
        "social-care-involved": lambda: record.safeguarding.social_care_involved,
        "placement": lambda: record.safeguarding.to_placement,
        "partner-medicines": lambda: facts.partner_medicines,
        "discharged-to-other": lambda: (
            record.pregnancy.stage == "postnatal" and record.safeguarding.discharge_to == "other"
        ),
    }
    return bool(checks[predicate]())


@rule("MA109", "template-item-missing", "error", "A question the template requires is not answered.")
def template_item_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Every item of the record's template version that is mandatory, or required by a condition that holds
    (antenatal, postnatal, social care involved, placement, partner's medicines, a medicine needing
    assessment, a baby discharged to "other" after birth), is answered; a required free-text item of the
    record (such as the baby's sleeping arrangements after birth, or where and with whom a baby discharged to
    "other" goes) is answered in words, not with a placeholder, deferral or pointer ("to be seen", "as
    discussed with HV", "see red book"), nor a verdict alone that names no place or person ("Safe.", "Suitable.":
    [arrangements] in mappings/hollow-phrases.toml), in any disguise. Items with a rule of their own (EDD, conclusions,
    authors, dates, lawful basis, the assessment items MA122 and MA110-MA112 judge) are reported by that rule
    instead.

    Why it matters:
    Each question is there because a review found it missing when a baby was harmed: the gestation that
    dates the plan, the social worker who must be told, the partner whose medicines affect safe sleep.
    An unanswered question is a gap in what the professionals know about the baby's risks.

    Example:
    An antenatal record with no "gestation"; a child protection plan with no "social_worker".

    Instead:
    Answer the item in the template (the message names it and its prompt).
    """
    try:
        template = get_template(record.template.id, record.template.version)
    except TemplateError:
        return  # MA006 reports it.
    for _, item in template.items("record"):
        if item.id in _ITEMS_WITH_THEIR_OWN_RULE or not _applies(item, context.facts, None):
            continue
        value = value_at(record, item.path)
        if not _answered(value):
            yield Problem(f"template item {item.id} is not answered ({item.prompt})", f"$.{item.path}")
        elif (
            item.kind.free_text
            and isinstance(value, str)
            and (context.facts.unwritten(value, context.settings) or _verdict_only(value, context))
        ):
            yield Problem(
                f"template item {item.id} is answered with a placeholder or a pointer, not an answer ({item.prompt})",
                f"$.{item.path}",
            )
    for index, assessment in enumerate(record.assessments):
        for _, item in template.items("assessment"):
            if item.id in _ITEMS_WITH_THEIR_OWN_RULE or not _applies(item, context.facts, assessment):
                continue
            if not _answered(value_at(assessment, item.path)):
                named = local_id_label("assessment", assessment.id, index)
                yield Problem(
                    f"template item {item.id} is not answered in {named} ({item.prompt})",
                    f"$.assessments[{index}].{item.path}",
                )


def _verdict_only(text: str, context: GateContext) -> bool:
    """Whether a record item that asks where and with whom is answered by a verdict alone ("Safe.", "Suitable.":
    [arrangements] verdicts, stop words aside), with no negation, place or person; naming whom they are for adds
    neither ("Suitable for baby.": [arrangements] whom)."""
    lexicon = context.settings.lexicon
    written = tokens(text)
    said = [w for w in written if w not in lexicon.stop_words]
    verdicts, whom = lexicon.arrangement_verdicts, lexicon.arrangement_whom
    return (
        any(w in verdicts for w in said)
        and _NEGATIONS.isdisjoint(written)
        and all(w in verdicts or w in whom for w in said)
    )


DISCHARGE_DETAILS = "safeguarding.discharge_details"
"""Where and with whom a baby discharged to "other" goes: asked by template 1.2.0 (item discharge-details,
which MA109 judges), and by MA128 of a record captured on an earlier version."""


def _template_asks(record: Record, path: str) -> bool:
    """Whether the record's template version has an item bound to ``path`` (False for an unknown version)."""
    try:
        template = get_template(record.template.id, record.template.version)
    except TemplateError:
        return False
    return any(item.path == path for _, item in template.items("record"))


@rule(
    "MA128",
    "discharge-place-missing",
    "error",
    'A baby discharged to "other" after birth has no place or carer recorded.',
)
def discharge_place_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    After birth, a baby whose discharge is recorded as "other" (safeguarding.discharge_to) has, in
    safeguarding.discharge_details, where the baby goes and with whom, in words: not blank, and not a
    placeholder, deferral or pointer ("tbc", "other", "see notes"), in any disguise. Template 1.2.0 asks it
    as its own item (discharge-details), which MA109 judges the same way; this rule asks it of records
    captured on earlier versions, whose form had no such question but whose record can carry the answer.

    Why it matters:
    "Other" names no place. The health visitor, the social worker and a foster or kinship carer must find
    the baby after discharge; a record that says only "other" leaves them with no address and nobody to ask,
    whatever version of the form it was captured with.

    Example:
    "safeguarding": {"discharge_to": "other", ...} with no discharge_details, or "discharge_details": "TBC".

    Instead:
    Say where and with whom the baby goes: "discharge_details": "To the maternal aunt, 4 Elm Road, Hampton,
    with the mother visiting daily; aunt's telephone on the social worker's file." Where the destination is
    one of the listed options, choose it instead of "other".
    """
    s = record.safeguarding
    if record.pregnancy.stage != "postnatal" or s.discharge_to != "other" or _template_asks(record, DISCHARGE_DETAILS):
        return
    where = f"$.{DISCHARGE_DETAILS}"
    if s.discharge_details is None or blank(s.discharge_details):
        yield Problem(
            'the baby is to be discharged to "other" but the record does not say where or with whom (expected '
            "the place and the carer in discharge_details)",
            where,
        )
    elif context.facts.unwritten(s.discharge_details, context.settings):
        yield Problem(
            'where a baby discharged to "other" goes is answered with a placeholder or a pointer, not a place and '
            "a carer",
            where,
        )


def _reported_as_errors(context: GateContext) -> set[tuple[int, str]]:
    """(assessment index, concern) pairs that MA122 or MA123 already refuse: the softer prompts below stay
    silent there, so one gap is reported once (see medassess/gate/rules/coverage.py)."""
    return {(f.index, f.concern) for f in context.facts.concern_findings(context.settings)}


@rule(
    "MA110",
    "neonatal-withdrawal-plan-missing",
    "warning",
    "A medicine can cause neonatal withdrawal and no observation plan for the baby is written.",
)
def neonatal_withdrawal_plan_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    When an assessment covers a medicine whose class can cause neonatal withdrawal or adaptation (opioids,
    benzodiazepines, gabapentinoids, antidepressants, ...), at least one such assessment records the baby's
    observation plan (impact_on_baby.neonatal_withdrawal_plan). The baby has one plan, so it need not be
    repeated in every assessment. A warning: the clinician may have good reason to leave it to maternity.
    Where nothing in the assessment speaks of withdrawal at all, MA122 refuses instead and this stays silent.

    Why it matters:
    Withdrawal signs usually start 48 to 72 hours after birth but can take up to 8 days, often after the
    baby has gone home or to a placement. Observation periods differ between units, so the plan must be
    written, not assumed.

    Example:
    A methadone assessment with no "neonatal_withdrawal_plan".

    Instead:
    Write the local observation plan, e.g. "Observe on the postnatal ward for at least 72 hours per the local
    guideline; health visitor to check for late signs up to day 8."
    """
    concerned = [
        (r.index, r.assessment) for r in context.facts.required_assessments if "neonatal-withdrawal" in r.concerns
    ]
    if any(a.impact_on_baby and not blank(a.impact_on_baby.neonatal_withdrawal_plan) for _, a in concerned):
        return
    reported = _reported_as_errors(context)
    for index, a in concerned:
        if (index, "neonatal-withdrawal") in reported:
            continue
        named = local_id_label("assessment", a.id, index)
        yield Problem(
            f"{named} covers a medicine that can cause neonatal withdrawal, and no assessment gives an "
            "observation plan for the baby",
            f"$.assessments[{index}].impact_on_baby.neonatal_withdrawal_plan",
        )


@rule(
    "MA111",
    "safe-sleep-not-addressed",
    "warning",
    "A sedating medicine is assessed without safe sleep advice recorded.",
)
def safe_sleep_not_addressed(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    When an assessment covers a medicine whose class causes sedation (opioids, benzodiazepines,
    gabapentinoids, antipsychotics, sedating antihistamines, ...), either the assessment addresses safe sleep
    (impact_on_mother.safe_sleep, judged like the other answers: "N/A" or "No concerns" is not advice) or
    the record says safe sleep advice was given (safeguarding.safe_sleep_advice_given). A warning, for the
    clinician to judge. Where nothing in the assessment speaks of sleep at all, or its item dismisses it,
    MA122 or MA123 refuses instead.

    Why it matters:
    A parent who has taken medicine that causes drowsiness must not share a bed or sofa with the baby; sleeping
    with a baby on a sofa raises the risk of sudden infant death up to 50 times. Safe sleep advice has to be
    consistent between professionals and fit the baby's actual sleeping arrangements.

    Example:
    A diazepam assessment with no "safe_sleep", and "safe_sleep_advice_given" not recorded.

    Instead:
    Record the advice given and the sleeping arrangements, e.g. "Never share a bed or sofa with the baby after
    a dose; cot in the parents' room, to be seen at the home visit."
    """
    if record.safeguarding.safe_sleep_advice_given:
        return
    reported = _reported_as_errors(context)
    for required in context.facts.required_assessments:
        index, a, concerns = required.index, required.assessment, required.concerns
        safe_sleep = a.impact_on_mother.safe_sleep if a.impact_on_mother else None
        if (index, "sedation-safe-sleep") in reported:
            continue
        if "sedation-safe-sleep" in concerns and context.facts.unwritten(safe_sleep, context.settings):
            named = local_id_label("assessment", a.id, index)
            yield Problem(
                f"{named} covers a sedating medicine and safe sleep advice is not recorded",
                f"$.assessments[{index}].impact_on_mother.safe_sleep",
            )


@rule(
    "MA112",
    "breastfeeding-not-addressed",
    "warning",
    "An assessment of a medicine that matters for breastfeeding gives no breastfeeding advice.",
)
def breastfeeding_not_addressed(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    When an assessment covers a medicine whose class matters for breastfeeding, it gives breastfeeding
    advice (impact_on_baby.breastfeeding, judged like the other answers: "Compatible with breastfeeding."
    is advice, "Not applicable." is not), unless the record says the baby is bottle fed. A warning. Where
    nothing in the assessment speaks of breastfeeding at all, or its item dismisses it, MA122 or MA123
    refuses instead.

    Why it matters:
    Some medicines pass into breast milk (lithium: breastfeeding not advised); others are compatible and
    stopping breastfeeding for no reason harms the baby too. The midwife and health visitor need the advice
    to support feeding safely.

    Example:
    A sertraline assessment for a mother intending to breastfeed, with no "breastfeeding".

    Instead:
    Record the advice (e.g. from the Specialist Pharmacy Service): "Compatible with breastfeeding."
    """
    if record.pregnancy.infant_feeding == "bottle":
        return
    reported = _reported_as_errors(context)
    for required in context.facts.required_assessments:
        index, a, concerns = required.index, required.assessment, required.concerns
        advice = a.impact_on_baby.breastfeeding if a.impact_on_baby else None
        if (index, "breastfeeding") in reported:
            continue
        if "breastfeeding" in concerns and context.facts.unwritten(advice, context.settings):
            yield Problem(
                f"{local_id_label('assessment', a.id, index)} gives no breastfeeding advice",
                f"$.assessments[{index}].impact_on_baby.breastfeeding",
            )
