"""Whether written text says something about this mother and baby: substance measured in words.

A conclusion, a template answer or a justification is judged on its normalised form
(:func:`medassess.gate.text.normalise`, so a disguise is judged like the plain text) in four ways:

- **Hollow**: only a placeholder, or a deferral ("see letter", "pending review", "as discussed") or a
  dismissal ("no concerns", "not applicable") found anywhere in the text, with too little left once the
  deferral's clause, the dismissal, hedges ("at this time", "noted"), stop words and medicine names are set
  aside. A substantive text may also point elsewhere, and an instruction ("please see the baby") is no pointer.
  A text that only reports that something was told, given or known, or who knows ("Leaflet given.", "Paeds
  aware.", "Risks explained to mother."), is hollow too: every content word it has is a reporting word.
- **Filler**: too few of its words are language (English by wordfreq's frequency list, a medicine's name,
  a clinical abbreviation or word): lorem ipsum, keyboard mash, pseudo-words.
- **Repetition**: mostly one word, or a few words over and over.
- **Too few content words** for what it is (a conclusion needs more than an item's answer).

The lexicon is data (``mappings/hollow-phrases.toml``, ``mappings/clinical-abbreviations.csv``,
``mappings/clinical-words.csv``) and the thresholds are settings (``mappings/share-gate.toml``).
"""

from __future__ import annotations

import bisect
import csv
import dataclasses
import functools
import itertools
import re
import sys
import threading
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ..core.resources import data_path, mapping_table
from ..record.template import get_template, template_versions
from . import memo
from .english import zipf
from .retractions import contingency, explained_end
from .text import normalise, words
from .wording import SENTENCE_END, abbreviation_meanings
from .written_dates import month_words

if TYPE_CHECKING:
    from .settings import GateSettings

Verdict = Literal["substantive", "placeholder", "hollow", "filler", "repetition", "too-few-words"]
"""What a text amounts to, in the order the judgement tries them (the first that holds)."""

ConclusionVerdict = Literal[Verdict, "vague", "off-subject", "no-claim"]
"""What a conclusion amounts to: a text's verdict, or, for one that is otherwise substantive, too little
particular to the case (``vague``), too little about its subject (``off-subject``), or no statement of what
follows (``no-claim``: an account of what was done, considered or sent)."""


@dataclass(frozen=True, slots=True)
class DisownedPair:
    """The whole named (``subjects``: "all of the above", "written by the") and, later in its clause or sentence,
    said not to be checked, reviewed or discussed (``predicates``): nothing in the text is an accountable
    clinician's decision (``[[disowned_whole.pairs]]``; :meth:`_Judge._retracted_end`)."""

    subjects: tuple[str, ...]
    predicates: tuple[str, ...]
    sentence: bool
    """Whether the predicate may stand in a later clause of the subject's sentence (False: in its clause)."""
    closings: tuple[str, ...] | None
    """What alone may stand between the predicate and its clause's end ("with her", "yet"); None: anything may.
    With it the predicate must end its clause, so "not discussed with her partner" names someone else."""
    not_named: tuple[str, ...] = ()
    """Words that, right after the subject, make it one thing named ("the above letter", "the above dose"): then
    it is not the whole."""
    opening: bool = False
    """Whether the subject must open its sentence or clause ("Written by the FY2 and ..."), perhaps after one of
    ``openers`` ("this was"): "the birth plan was written by the team" names another document's author."""
    openers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The phrases and word lists substance is judged with, normalised (see ``mappings/hollow-phrases.toml``)."""

    deferrals: tuple[str, ...]
    pointer_verbs: tuple[str, ...]
    pointer_nouns: tuple[str, ...]
    pointer_gap: int
    dismissals: tuple[str, ...]
    hedges: tuple[str, ...]
    stop_words: frozenset[str]
    dose_words: frozenset[str]
    abbreviations: frozenset[str]
    """Every clinical abbreviation listed: all are language."""
    content_abbreviations: frozenset[str]
    """Those that say something (NAS, SCBU, HV); dose shorthand (OD, BD) does not."""
    clinical_words: frozenset[str]
    hedges_kept: tuple[str, ...] = ()
    """Phrases holding a hedge word that are not filler ("this time": a turn to now, not "at this time")."""
    never_english: tuple[str, ...] = ()
    """Word pairs English grammar never puts side by side ("the of"): ``never_english_at_least`` of them in one
    text is word salad, not language (``[never_english]``)."""
    never_english_at_least: int = 0
    score_totals: tuple[str, ...] = ("5", "10")
    """The totals rating scales are scored out of ("EPDS 5/30"): a score rates, it does not measure (``[scores]``)."""
    topic_words: frozenset[str] = frozenset()
    clinical_phrases: tuple[str, ...] = ()
    """Phrases of everyday words that together name something clinical ("dead to the world", "hard to wake";
    ``mappings/clinical-phrases.csv``): each found counts once as a word particular to the case and a topic
    word, as a clinical word does."""
    """What a conclusion about a mother's medicines and her baby is about (``mappings/perinatal-topic-words.csv``):
    baby, feeding, sleep, sedation, withdrawal, monitoring, dose, fetal risk, care."""
    general_topic_words: frozenset[str] = frozenset()
    """Those of the topic words that fit any record (baby, plan, risk, safety, care, advice)."""
    prompt_verbs: tuple[str, ...] = ()
    prompt_ends: tuple[str, ...] = ()
    prompt_gap: int = 0
    prompts: tuple[str, ...] = ()
    """A form's own prompt left in the box: a prompt verb followed by one of the ends, or one of these."""
    bracket_titles: tuple[str, ...] = ()
    """Titles before a person's name ("dr", "miss"): brackets holding one and a name ("[Dr Patel]") name someone,
    and are no form's prompt (``[prompt] bracket_titles``)."""
    bracket_name_prompts: tuple[str, ...] = ()
    """Words a template asks a name with ("name", "surname", "xx"): after a title in brackets ("[Dr name]") the
    text is still the form's prompt (``[prompt] bracket_name_prompts``)."""
    question_subjects: tuple[str, ...] = ()
    """What a question asked without its mark is about, after a determiner ("does the baby need the ward"): with
    "do" or "does" before it, the clause asks (:attr:`_Patterns.asked_about`)."""
    prompt_implied: tuple[tuple[str, frozenset[str]], ...] = ()
    """What a prompt's word implies (``[prompt] implied``): "neonatal" asks of the baby after birth, so an answer
    naming them restates it as much as one naming "neonatal" does."""
    asking_verbs: tuple[str, ...] = ()
    """Verbs that ask the writer for an answer when a question word follows ("describe what ... means for the
    baby", "set out who does what"): the clause is a prompt, not a plan (:attr:`_Patterns.asking`)."""
    asking_documents: tuple[str, ...] = ()
    """What the writer is asked to fill in, as the subject of an asking verb ("the overall conclusion must state
    what ..."; ``[prompt] asking_documents``)."""
    universal: tuple[str, ...] = ()
    """What is said of every baby ("as for any baby"): the sentence holding one is set aside."""
    paperwork: tuple[str, ...] = ()
    """What is said of the form, the template or the notes ("overleaf", "the record will be updated"): set aside
    with its sentence, like ``universal``. Not in what a manual route is judged with, where handing over "the
    form" or a copy is the point (:meth:`for_hand_over`)."""
    paperwork_in_clause: tuple[str, ...] = ()
    """The form's parts ("every section", "the checklist"): set aside with their clause, like a deferral."""
    attention_verbs: tuple[str, ...] = ()
    attention_places: tuple[str, ...] = ()
    """An instruction only to attend ("bear methadone in mind", "keep it in view"; ``[claim] attention_verbs`` then
    up to eight words and one of ``attention_places``): no act, no one, no time (:meth:`_Judge._without_attention`)."""
    praise_words: frozenset[str] = frozenset()
    praised_works: frozenset[str] = frozenset()
    """Praise ("thorough", "outstanding") and what it praises ("assessment", "work"): what a praised assessment does
    or will be ("a thorough assessment that gives full weight to ...") is no statement about mother and baby
    (``[praise]``; :meth:`_Judge._without_praised_work`)."""
    universal_turns: tuple[str, ...] = ()
    """Words by which a sentence turns from every baby to this one ("this baby", "in this family"): the clause
    holding one, and what follows it in the sentence, stands."""
    pointer_after_nouns: tuple[str, ...] = ()
    borrowed_verbs: tuple[str, ...] = ()
    """The baby's care given only as another's ("managed exactly as her sister's baby was": ``[pointer]
    borrowed_verbs``, with ``borrowed_as``, ``borrowed_ends`` and ``borrowed_tail_not``): pointed elsewhere."""
    borrowed_as: tuple[str, ...] = ()
    borrowed_ends: tuple[str, ...] = ()
    borrowed_tail_not: tuple[str, ...] = ()
    pointer_sources: tuple[str, ...] = ()
    """Sources of guidance pointed to ("see LactMed"), among ``pointer_nouns``: named after an answer in their
    clause they cite it ("Compatible per UKDILAS."), and the answer stands."""
    guidance_pointer_verbs: tuple[str, ...] = ()
    """Verbs that send the reader to a guideline or policy instead of the plan ("refer to the local guideline"),
    with ``guidance_nouns`` (``[pointer]``)."""
    guidance_nouns: tuple[str, ...] = ()
    numbered_parts: tuple[str, ...] = ()
    """The parts of another document pointed to by number ("items 1-4", "points 2, 4 and 7"), after one of
    ``numbered_verbs`` or alone in their clause (``[pointer]``; see ``_patterns``)."""
    numbered_verbs: tuple[str, ...] = ()
    plan_pointer_verbs: tuple[str, ...] = ()
    plan_nouns: tuple[str, ...] = ()
    """A plan pointed to ("see PNMH plan", "as per the care plan"): only after these verbs, since "observe per
    the local guideline" names a standard and "the plan is ..." gives it."""
    """What a document named first is said to do when it holds the conclusion ("the letter covers ...")."""
    clause_end_deferrals: tuple[str, ...] = ()
    """Deferrals only where they end their clause ("GP to review.", not "to review the baby at birth")."""
    examinations: tuple[str, ...] = ()
    """Deferrals that are an examination when the baby is their subject ("the baby is to be reviewed by a
    paediatrician after birth"), not a decision put off ("the dose is to be reviewed")."""
    examined: tuple[str, ...] = ()
    """The subjects that make one of ``examinations`` an examination: the baby, the newborn."""
    unnamed_later: tuple[str, ...] = ()
    """Deferrals to after an appointment no one is named for ("after the next appointment"): a clause naming who
    acts before one (one of ``later_actors`` then a verb) stands (:func:`_set_aside`)."""
    later_actors: tuple[str, ...] = ()
    bare_hand_over_departments: tuple[str, ...] = ()
    """Departments that may be handed a party with an empty verb ("paediatrics will handle the baby"): see
    ``_Patterns.bare_hand_over``."""
    bare_hand_over_groups: tuple[str, ...] = ()
    bare_hand_over_verbs: tuple[str, ...] = ()
    contact_hand_over_verbs: tuple[str, ...] = ()
    """Verbs of getting in touch later ("will be in touch"): a department's contact with nothing decided, see
    ``_Patterns.contact_hand_over``."""
    contact_hand_over_topics: tuple[str, ...] = ()
    contact_hand_over_whom: tuple[str, ...] = ()
    verdict_words: frozenset[str] = frozenset()
    cut_off_words: frozenset[str] = frozenset()
    """Words no finished text ends on ("and", "the", "by", "will"): a text ending on one with no mark after it is cut
    off mid-clause, and its last clause answers nothing (``[truncated] last_words``; :func:`_cut_off`)."""
    within_text_pointers: tuple[str, ...] = ()
    """Pointers to another part of the same conclusion ("as above", "as for"): see rule MA119."""
    joint_words: frozenset[str] = frozenset()
    back_references: frozenset[str] = frozenset()
    """Words opening a part that speak of what the part before it named ("it continues"): see ``MA119``."""
    claim_words: tuple[str, ...] = ()
    """Words that state what follows ("continues", "likely", "must", "until"): see :attr:`Analysis.claims`."""
    weak_claim_words: frozenset[str] = frozenset()
    """Claim words too weak to make the words before a pointer a statement of their own ("is", "will")."""
    hypothetical_claims: tuple[str, ...] = ()
    """Claim words that only suppose ("would", "might"): after a condition they decide nothing (``[claim]``)."""
    possible_claims: tuple[str, ...] = ()
    """Modals of possibility ("could", "might", "may be"): what follows one decides nothing when it holds a
    condition ("could be switched if neurology agree"; ``[claim]``)."""
    possible_choices: tuple[str, ...] = ()
    """Those that offer a choice: what follows one decides nothing when it holds alternatives ("could start at 6 or
    at 12 weeks"), where "may" permits ("she may breastfeed or bottle feed")."""
    possible_alone: tuple[str, ...] = ()
    """Those that decide nothing even alone ("the dose might be lowered in time")."""
    counterfactual_modals: tuple[str, ...] = ()
    """Modals that with a perfect state what might have been ("would have been tapered", "should have been
    switched"; ``[claim] counterfactual_modals``, :meth:`_Judge._without_counterfactuals`)."""
    counterfactual_between: tuple[str, ...] = ()
    counterfactual_participles: tuple[str, ...] = ()
    wishes: tuple[str, ...] = ()
    """What someone would like, prefers or hopes ("would like to", "is keen to"): what one governs decides nothing
    (``[claim] wishes``; :meth:`_Judge._without_wishes`)."""
    assumed_perfect_asides: tuple[str, ...] = ()
    """Asides of assumption inside a future perfect ("will, no doubt, have been"): with its "will" read as the
    perfect's auxiliary (``[claim] assumed_perfect_asides``; :attr:`_Patterns.assumed_perfect`)."""
    opinions: tuple[str, ...] = ()
    """Verbs giving a view ("feels", "is of the view", "suggests"): after one of ``opinion_holders`` the clause reports
    another's opinion and decides nothing unless adopted (``[claim] opinions``; :meth:`_Judge._without_opinions`)."""
    opinion_holders: tuple[str, ...] = ()
    """Services and professionals whose view ``opinions`` report ("the drug service", "neurology", "his CPN")."""
    opinion_adopted: tuple[str, ...] = ()
    """Words adopting a view reported ("we agree", "concur"): in its sentence or opening the next, the view stands."""
    watching: tuple[str, ...] = ()
    """Watching with nobody, no time and no threshold ("monitoring of", "to be monitored"): not a claim in a sentence
    holding none of ``watch_anchors`` nor a number (``[claim] watching``; :meth:`_Judge._without_unowned_watching`)."""
    watch_anchors: tuple[str, ...] = ()
    watch_manners: tuple[str, ...] = ()
    """How watching is done, with no one, time nor threshold ("closely", "appropriately"): read as part of the
    watching phrase beside it (``[claim] watch_manners``)."""
    watch_starts: tuple[str, ...] = ()
    """When watching starts, with no length ("after delivery", "from birth"): in an item asking for a plan no time
    of it (``[claim] watch_starts``; :func:`watches_only_unowned`)."""
    dose_line_words: frozenset[str] = frozenset()
    """Words of a medicine's dose line that carry nothing on ("at", "night", "three", "times": ``[regimen_only]
    line_words`` but ``carried_on``): with the medicine's name and amount they only name it
    (:meth:`_Judge._only_named`)."""
    topic_times: tuple[str, ...] = ()
    """Times of day that, before one of ``topic_time_heads``, name a kind of care, not when it is done ("night
    feeds", "night-time arrangements"; ``[claim] topic_times``): no time of a to-do item
    (:meth:`_Judge._without_unowned_to_do`)."""
    topic_time_heads: tuple[str, ...] = ()
    """The care a time of day names (``[claim] topic_time_heads``: "feeds", "arrangements")."""
    vague_times: tuple[str, ...] = ()
    """Times that name no time ("in due course", "as needed"; ``[claim] vague_times``)."""
    vague_times_open: tuple[str, ...] = ()
    """Times that name no time unless one of ``vague_time_followers`` comes next ("in time", not "in time for
    discharge"; ``[claim] vague_times_open``)."""
    vague_time_followers: tuple[str, ...] = ()
    """The words after one of ``vague_times_open`` that give it its time (``[claim] vague_time_followers``)."""
    watch_timings: tuple[str, ...] = ()
    """``[claim] watch_times`` and ``watch_thresholds``: a time or a sign, with no owner."""
    future_passives: tuple[str, ...] = ()
    """What opens a future passive's verb in a to-do list ("will be"; ``[claim] future_passives``)."""
    future_passive_tail: int = 0
    indefinite_agents: tuple[str, ...] = ()
    """Agents who are no one ("someone", "anyone", "whoever"; ``[unheld] indefinite_holders`` in concerns.toml):
    a future passive's "by" before one names no holder ("the cot will be checked by someone")."""
    """The most words after the participle of a future passive to-do item (``[claim] future_passive_tail``)."""
    to_be_kept: tuple[str, ...] = ()
    """Participles of what happens to a medicine ("methadone to be continued"): a to-do item naming no one and no
    time still decides with one of these (``[claim] to_be_kept``; :meth:`_Judge._without_unowned_to_do`)."""
    """Who watches, when, or past what limit (``[claim] watch_owners``, ``watch_times``, ``watch_thresholds``)."""
    awaited_verbs: tuple[str, ...] = ()
    """What a plan depends on ("depends on"): before a result (``awaited_results``), a deferral (``[claim]``)."""
    awaited_results: tuple[str, ...] = ()
    listed_line_notes: frozenset[str] = frozenset()
    """The words of a note in brackets after a listed medicine's dose ("(supervised)"): the line in shorthand still
    (``[claim] listed_line_notes``, :func:`claims_beyond`)."""
    reasons_only: tuple[str, ...] = ()
    """What opens a reason ("because", "given that"): a sentence only of reasons decides nothing (``[claim]``)."""
    choices: tuple[str, ...] = ()
    """A choice among alternatives left to later ("the couple will think about which suits them"): a deferral that
    sets aside, with its clause, the alternatives offered before it (``[deferral] choices``)."""
    account_participles: tuple[str, ...] = ()
    """Participles of an account of what was done ("addressed", "discussed", "gone"): see ``_Patterns.auxiliary``."""
    option_nouns: tuple[str, ...] = ()
    """What names alternatives offered ("options", "alternatives"): opening a sentence whose verb is an account
    ("the options ... were set out"), they report a choice offered, not one made (``[claim] options``)."""
    option_choices: tuple[str, ...] = ()
    """Words that choose among options listed under a heading of ``option_nouns`` ("Options: (a) ...; (b) ...";
    "chosen", "preferred"): without one, the list offers and decides nothing (``[claim] options_chosen``)."""
    dose_moves: tuple[str, ...] = ()
    """Words that move a medicine to a dose ("down to", "up to", "now on"): right before an amount, a dose decided
    for the medicine its part names (``[claim] dose_moves``; MA119), unless after one of ``dose_moves_past``."""
    dose_moves_past: frozenset[str] = frozenset()
    """Words that make a dose move right after them a report ("was down to 50 mg": ``[claim] dose_moves_past``)."""
    weighed_open: tuple[str, ...] = ()
    """A weighing reported, or a balance said to be close ("finely poised", "a judgement call", "weighed up"): with
    one, a conclusion claims only with a word of ``weighed_outcomes`` (``[claim] weighed_open``)."""
    weighed_passive: tuple[str, ...] = ()
    """A passive weighing ("were weighed", "been considered"): one as ``weighed_open`` only after a word of
    ``weighed_subjects`` in its clause (``[claim] weighed_passive``, ``weighed_subjects``)."""
    weighed_subjects: tuple[str, ...] = ()
    path_gerunds: tuple[str, ...] = ()
    """What may be done to the medicine, as a gerund opening a clause ("staying on", "switching"): with a word of
    ``path_consequences`` later in it, an option told by what it would bring (``[claim] path_gerunds``)."""
    path_consequences: tuple[str, ...] = ()
    weighed_outcomes: tuple[str, ...] = ()
    truth_frames: tuple[str, ...] = ()
    """What says whether something is true or can be said ("untrue", "the case", "be said"): with
    ``stacked_negations`` of ``negators`` in its clause, the clause cancels itself (``[claim] truth_frames``)."""
    negators: tuple[str, ...] = ()
    stacked_negations: int = 0
    conditional_moods: tuple[str, ...] = ()
    """The conditional mood ("would", "could"): with a verb of its own, no condition and no frame of reported speech
    before it in its sentence, what it governs decides nothing (``[claim] conditional_moods``;
    :meth:`_Judge._without_conditional_mood`)."""
    conditional_between: frozenset[str] = frozenset()
    conditional_decides: frozenset[str] = frozenset()
    conditional_frames: tuple[str, ...] = ()
    conditional_participles: frozenset[str] = frozenset()
    retraction_phrases: tuple[str, ...] = ()
    disowned_whole: tuple[str, ...] = ()
    """What disowns the whole text wherever it stands ("[template text, replace before sending]", "the social
    worker's view, not mine"; ``[disowned_whole] phrases``): nothing in it is the author's decision
    (:meth:`_Judge._retracted_end`)."""
    disowned_pairs: tuple[DisownedPair, ...] = ()
    """The whole named, then said not to be checked, reviewed or discussed (:class:`DisownedPair`)."""
    """What takes back everything before it ("scrap that", "disregard the above"; ``[claim] retraction_phrases``,
    with ``retraction_subjects`` and ``retraction_predicates``; :meth:`_Judge._without_retracted`)."""
    retraction_subjects: tuple[str, ...] = ()
    retraction_predicates: tuple[str, ...] = ()
    retraction_scopes: tuple[str, ...] = ()
    """The whole of what was written ("all of the above", "any of this", "the plan"): after one of
    ``retraction_verbs`` that ends its clause ("delete all of this."), or before one of ``retraction_participles``
    ("all of the above withdrawn"), a retraction (``[claim] retraction_scopes``)."""
    retraction_verbs: tuple[str, ...] = ()
    retraction_auxiliaries: tuple[str, ...] = ()
    retraction_participles: tuple[str, ...] = ()
    retraction_pronouns: tuple[str, ...] = ()
    retraction_unreplaced: tuple[str, ...] = ()
    """A pronoun for what went before, a finite auxiliary and one of ``retraction_participles``, then in its sentence
    one of ``retraction_unreplaced`` ("it has been cancelled and no new plan is in place"): a retraction
    (``[claim] retraction_pronouns``)."""
    retraction_unbooked_determiners: tuple[str, ...] = ()
    retraction_unbooked_states: tuple[str, ...] = ()
    """One of ``retraction_unbooked_determiners``, one of ``retraction_plan_nouns`` and one of
    ``retraction_unbooked_states`` ("no scoring is now arranged", "no further scan has been booked"): the plan's own
    kind of act booked nowhere, read as one of ``retraction_unreplaced``."""
    retraction_active_auxiliaries: tuple[str, ...] = ()
    retraction_objects: tuple[str, ...] = ()
    """The same in the active voice: one of ``retraction_participles`` (after one of
    ``retraction_active_auxiliaries`` or none) with one of ``retraction_objects`` as its object, then in its sentence
    one of ``retraction_unreplaced`` ("the ward has cancelled this arrangement and nothing has replaced it"): a
    retraction (``[claim] retraction_objects``)."""
    retraction_plan_nouns: tuple[str, ...] = ()
    retraction_answered: tuple[str, ...] = ()
    """A pronoun for what went before, or one of ``retraction_plan_nouns`` said earlier in the text, a finite
    auxiliary and one of ``retraction_participles`` ending its clause, with none of ``retraction_answered`` (what
    replaces it, or why) in the rest of its sentence ("..., but this has now been cancelled."): a plan withdrawn
    bare (``[claim] retraction_plan_nouns``; :meth:`_Judge.withdrawn`)."""
    retraction_plan_modifiers: int = 0
    retraction_plan_postmodifier_openers: tuple[str, ...] = ()
    retraction_plan_postmodifier_words: int = 0
    retraction_plan_postmodifier_not: tuple[str, ...] = ()
    """A phrase after the plan's noun in a bare withdrawal, saying where, of whom or for what ("the scoring on the
    ward has been cancelled"): one of the openers and at most so many words, none of them one of the last (a verb
    or a word joining another clause)."""
    retraction_plan_not_modifiers: tuple[str, ...] = ()
    """At most how many words may stand between "the" and one of ``retraction_plan_nouns`` in a bare withdrawal ("the
    fetal medicine referral has been withdrawn"): words that name one plan of its kind, none of them one of
    ``retraction_plan_not_modifiers`` (a word that opens or joins another phrase: "the", "of", "and")."""
    retraction_not_done: tuple[str, ...] = ()
    """What a care step joined by "and" to a bare withdrawal is said not to be ("... the referral has been
    withdrawn and the scan will not be booked"): a negated act taken back with it, not a plan (``[claim]
    retraction_not_done``; :meth:`_Judge._bare_withdrawals`)."""
    retraction_intransitives: tuple[str, ...] = ()
    """A plan's own end told with no one doing it ("has fallen through", "came to nothing"): read, with nothing in
    its place said in its sentence, as a finite auxiliary with one of ``retraction_participles`` is
    (``[claim] retraction_intransitives``; :meth:`_Judge._bare_withdrawals`)."""
    retraction_simple_pasts: tuple[str, ...] = ()
    retraction_ends: tuple[str, ...] = ()
    retraction_replacements: tuple[str, ...] = ()
    retraction_fallbacks: tuple[str, ...] = ()
    """What stands for the time being, told after a saying that nothing is in a plan's place, in its sentence ("...
    and no one has replaced them, so the GP checks the cot"): the plan is not gone (``[claim] retraction_fallbacks``;
    :func:`fallback_after`)."""
    """A plan or a thing it needs said to end (a finite auxiliary with one of ``retraction_participles``, one of
    ``retraction_intransitives`` or of ``retraction_ends``: "goes back on Friday"), then in its sentence one of
    ``retraction_unreplaced``, with none of ``retraction_replacements`` between: the plan is gone by the text's own
    account, whatever its subject (``[claim] retraction_ends``; :func:`told_unreplaced`)."""
    retraction_named_determiners: tuple[str, ...] = ()
    """A plan named as the object of a withdrawing verb (one of ``retraction_participles`` or
    ``retraction_simple_pasts``, after one of ``retraction_named_determiners``: "the team withdrew its offer of a
    mood review"), then in its sentence one of ``retraction_unreplaced`` ("and nobody else has taken it on"): the
    plan named is withdrawn with nothing in its place (:meth:`_Judge.withdrawn`)."""
    retraction_refusals: tuple[str, ...] = ()
    retraction_refused: tuple[str, ...] = ()
    """One of ``retraction_refusals`` with one of ``retraction_refused`` for what was offered, then in its sentence
    one of ``retraction_unreplaced`` ("she has declined both and nothing is agreed instead"): a retraction
    (``[claim] retraction_refusals``)."""
    """What a weighing or two paths lead to ("chose", "continues", "on balance", "advises"): see
    :meth:`_Judge._weighed_without_outcome` (``[claim] weighed_outcomes``)."""
    general_claims: tuple[str, ...] = ()
    """Claim words that also state what a medicine or a class does in general ("is", "can", "causes", "crosses"):
    a clause whose every claim word is one of these, with no word of this case, states no decision."""
    case_words: tuple[str, ...] = ()
    """Words that tie a clause to this mother and baby ("the baby", "her", "this"): see ``general_claims``."""
    class_phrases: tuple[str, ...] = ()
    risk_headings: tuple[str, ...] = ()
    """Words of a heading over a list of risks ("risks", "risk profile"): see :meth:`_Judge._without_risk_lists`."""
    topic_labels: tuple[str, ...] = ()
    """Nouns of a label over topics ("issues", "considerations", "factors"): with a copula after them, the label of
    a list, its items read as a risk list's are (:meth:`_Judge._without_topic_labels`)."""
    topic_label_verbs: tuple[str, ...] = ()
    """The copulas after such a label ("are", "is", "include"): see ``topic_labels``."""
    talk_headings: frozenset[str] = frozenset()
    """Words of a heading of talk ("Discussed:", "Topics discussed:"), all its words one of them: a list of what
    was talked of, read as a risk list (:meth:`_Judge._without_risk_lists`)."""
    risk_governors: frozenset[str] = frozenset()
    """Words before a claim word in a listed risk that make it part of the risk ("on stopping", "if stopped")."""
    risk_figure_nouns: tuple[str, ...] = ()
    """Words a rate or odds is of ("risk", "chance", "odds"): see :meth:`_Judge._without_risk_figures`."""
    risk_figure_verbs: tuple[str, ...] = ()
    """Verbs that give a rate or odds to its subject ("carries", "will have")."""
    foretold_level_nouns: tuple[str, ...] = ()
    """Words for a level or an amount ("levels", "concentration"): one foretold to be one of ``foretold_amounts``
    ("levels in the infant will be low") is a prediction, not a plan (:meth:`_Judge._without_foretold_levels`)."""
    foretold_amounts: tuple[str, ...] = ()
    """A medicine's class named with "this" ("drugs of this class", "this type of medicine"): no word of this case."""
    population_shares: tuple[str, ...] = ()
    """Shares of a population ("half", "most", "a third"): with one of ``populations`` after them ("about half of
    babies exposed to methadone"), what babies do in general, whatever the verb (:meth:`_Judge._without_general`)."""
    populations: tuple[str, ...] = ()
    population_marks: tuple[str, ...] = ()
    """Words that mark a population in general before its noun ("exposed babies") or after it (``population_after``:
    "babies exposed in utero", "infants of mothers on methadone"), as a share or a rate ("up to 80% of babies") does:
    see ``population_shares``."""
    population_after: tuple[str, ...] = ()
    associations: tuple[str, ...] = ()
    """What evidence links a class with ("associated with", "linked with"): after a passive or perfect auxiliary
    ("have been linked with"), what studies found of everyone (:meth:`_Judge._without_general`)."""
    properties: tuple[str, ...] = ()
    """A medicine's measured properties ("half-life", "relative infant dose"): a measure after one is the
    medicine's, no measure of this case (:meth:`_Judge._of_this_case`)."""
    frequency_hedges: tuple[str, ...] = ()
    """How often, in general ("typically", "usually"): a clause holding one and no word of this case tells a course
    in general; its measures are the course's (:meth:`_Judge._without_general`, :meth:`_Judge._measures`)."""
    licence_verdicts: tuple[str, ...] = ()
    """A licence's verdicts ("contraindicated", "licensed"): said of a population or under a licence's condition,
    of no one (``[general] licence_verdicts``, :meth:`_Judge._without_licence_terms`)."""
    licence_conditions: tuple[str, ...] = ()
    """The populations a share is of ("babies", "newborns", "women"): see ``population_shares``."""
    reporters: tuple[str, ...] = ()
    """Guidance and its bodies as a sentence's subject ("NICE", "the MHRA", "the guideline", "the leaflet"): with one
    of ``report_verbs`` after them, guidance reported in general (:meth:`_Judge._without_general`)."""
    report_verbs: tuple[str, ...] = ()
    """Verbs that report guidance ("says", "states", "advises", "warns"): see ``reporters``."""
    report_applied: tuple[str, ...] = ()
    """Words before a reporter that apply its guidance ("as NICE advises, ...", "in line with"): see ``reporters``."""
    report_frames: tuple[str, ...] = ()
    """Words before a reporter that report its guidance with no verb ("according to NICE, ..."): the rest of the
    sentence is reported as after a reporting verb; see ``reporters``."""
    report_headings: tuple[str, ...] = ()
    """Reporters that, as a heading before a colon ("National guidance: ..."), report what follows in the sentence;
    see ``reporters``."""
    report_people: frozenset[str] = frozenset()
    """Case words that, in reported guidance, name people in general ("parents", "the mother"): see ``reporters``."""
    report_verdicts: frozenset[str] = frozenset()
    """Case words that, in reported guidance, are the guidance's verdict, not one on her medicine ("the BNF lists
    sertraline as compatible"): see ``reporters``."""
    report_pointers: tuple[str, ...] = ()
    """Words that point back at the guidance reported ("that", "those"): after one of ``report_pointer_uses`` and
    before one of ``report_pointer_nouns`` ("on that schedule"), a clause applying it to this case, not the
    guidance's own words; see ``reporters``."""
    report_pointer_uses: tuple[str, ...] = ()
    """Prepositions and verbs that put the guidance pointed back at to use ("on", "following"): see
    ``report_pointers``."""
    report_pointer_nouns: tuple[str, ...] = ()
    """What guidance gives that a plan may point back at ("schedule", "advice"): see ``report_pointers``."""
    report_named_titles: tuple[str, ...] = ()
    report_that_subjects: tuple[str, ...] = ()
    """Case words that, right after "that" in reported guidance, are the subject of what the guidance says ("NICE
    advises that the baby is reviewed"): any baby, not this one; see ``reporters``."""
    """Titles before a person's name ("dr", "mrs"): a clause of reported guidance naming someone by title and name
    ("Dr Shah has followed it") speaks of this case; see ``reporters``."""
    empty_predicates: tuple[str, ...] = ()
    empty_acts: tuple[str, ...] = ()
    """Acts that name nothing done ("see to it", "handle what is needed"): see ``_Patterns.empty_act``."""
    leaflet_orders: tuple[str, ...] = ()
    """The words opening a bare order to the reader ("don't", "remember", "talk"; ``[claim] leaflet_orders``): in a
    leaflet's register, advice for anyone (see ``_Patterns.leaflet_order``)."""
    """What "is", "are" or "has" may say of a thing without stating anything ("a consideration", "relevant
    topics", "risks"): see ``_Patterns.auxiliary``."""
    open_predicates: tuple[str, ...] = ()
    """What a "whether" clause as the subject may be said to be while its question is open ("remains open", "is
    still undecided"): see ``_Patterns.whether_open``."""
    restated_answers: tuple[str, ...] = ()
    """The template's coded answers as "Label: value" ("sedation: no"): see ``_Patterns.restated_answer``."""
    restated_date_labels: tuple[str, ...] = ()
    restated_gestation_words: tuple[str, ...] = ()
    restated_feeding: tuple[str, ...] = ()
    """The record's EDD, gestation and feeding answer restated as a sentence: see ``_Patterns.restated_facts``."""
    history_markers: tuple[str, ...] = ()
    """Past-time markers ("in her first pregnancy", "last year"): see :meth:`_Judge._without_history`."""
    other_possessives: tuple[str, ...] = ()
    other_people: tuple[str, ...] = ()
    """A clause opening with one of ``other_possessives`` and one of these ("her sister", "the father's brother")
    speaks of another person: see :meth:`_Judge._without_history`."""
    service_phrases: tuple[str, ...] = ()
    """What is said of the service, not this case ("fully staffed", "meets monthly"): read as a past-time marker is
    (:meth:`_Judge._without_history`)."""
    history_turns: tuple[str, ...] = ()
    """Words by which a clause turns from the history or the other person to this case ("so", "this baby")."""
    history_marked_turns: tuple[str, ...] = ()
    past_verbs: tuple[str, ...] = ()
    """Verbs in the past ("was", "became", "have been"): a clause after the history told with one, whose claim
    words are all past, is still the account (:meth:`_Judge._past_account`)."""
    """Those by which a clause holding the marker or the other person itself turns ("so", "this", "now"): in it,
    "the baby" and "she" are the past baby and the other person."""
    cancelling: tuple[str, ...] = ()
    """Phrases that take back what their clause says ("except when it is not"): ``[cancelling]``."""
    clause_end_cancelling: tuple[str, ...] = ()
    """Those that take it back only where they end it ("continues and does not.")."""
    holding_verbs: tuple[str, ...] = ()
    """Verbs that hold a deferral open ("kept under review", "stays under consideration"): no statement of their
    own before it."""
    hand_over_verbs: tuple[str, ...] = ()
    hand_over_ends: tuple[str, ...] = ()
    deference_verbs: tuple[str, ...] = ()
    deference_nouns: tuple[str, ...] = ()
    deference_not_whose: tuple[str, ...] = ()
    """A verb of deferring to another ("act on", "wait for"; ``[deferral] deference_verbs``), before whose plan or view
    (``deference_nouns``) or whose alone at the clause's end: the decision handed to a plan the record does not hold.
    Not the baby's own (``deference_not_whose``: "follow the baby's feeding plan" is the baby's plan)."""
    recorded: tuple[str, ...] = ()
    recorded_places: tuple[str, ...] = ()
    recorded_hints: tuple[str, ...] = ()
    recorded_bare: tuple[str, ...] = ()
    recorded_participles: tuple[str, ...] = ()
    """What only writes down what happened (``[deferral.recorded]``: "this will be noted", "make a note of it"), and
    the prepositions of where or for whom it is written ("in the chart", "for the core group"); every phrase holds
    one of ``recorded_hints`` (its verb's letters: "note", "log"). ``recorded_bare``: the verbs of recording that
    record after any subject ("the risk logged on the system"), several joined by "and" ("noted and filed");
    ``recorded_participles``: its participles alone ("noted", "logged": a medicine only acknowledged, "Midazolam is
    noted.")."""
    """A verb that only takes things on ("arrange", "settle"; ``[deferral] hand_over_verbs``) after a modal, and a
    hand-off ending its clause ("as they see fit"; ``[deferral] hand_over_ends``): what the verb takes on is handed
    over, from the modal (:func:`_set_aside`)."""
    """Words by which a part of a conclusion speaks of all its medicines ("both", "each"): see rule MA119."""
    """Words that give a verdict on what the question asks ("fine", "safe", "compatible"): ``[verdict]``."""
    restating_justification: frozenset[str] = frozenset()
    """Words that only name a legal basis, the sharing or a policy (``[justification]``): in a justification for
    sharing without consent they are not counted as its content words."""
    bare_recommendation: frozenset[str] = frozenset()
    """Words that, alone, recommend nothing: an instruction with no object or a plan kept as it was ("Continue.",
    "Carry on as before.", "Review."): ``[recommendation]``."""
    arrangement_verdicts: frozenset[str] = frozenset()
    """Words that alone judge a place without naming one ("Safe.", "Suitable."): ``[arrangements]``, rule MA109."""
    arrangement_whom: frozenset[str] = frozenset()
    """Whom the arrangements are for ("Suitable for baby."): beside a verdict no place and no carer."""
    report_words: frozenset[str] = frozenset()
    """Words that only report that something was told, given or known, or who knows it (``[report]``): a text
    whose every content word is one of these says nothing of the answer itself."""
    report_dates: frozenset[str] = frozenset()
    """The months' names among ``report_words`` (``[report] dates``): the day a talk happened ("on 2 March")."""
    report_places: frozenset[str] = frozenset()
    """The places among ``report_words`` (``[report] places``): where a talk happened ("in clinic room 4")."""
    report_documents: frozenset[str] = frozenset()
    """The documents among ``report_words`` (``[report] documents``): where a plan is written ("Plan in notes.")."""
    report_subjects: frozenset[str] = frozenset()
    """The item's own subject named (``[report] subjects``: "safer sleep", "sedation"): report words only in a
    text that holds one of ``report_telling`` and otherwise only report words."""
    report_talked_subjects: frozenset[str] = frozenset()
    """Topics only talked about (``[report] talked_subjects``: "feeding"): report words only in a text that holds
    one of ``report_talk`` and otherwise only report words ("Feeding discussed.")."""
    report_telling: frozenset[str] = frozenset()
    """Words of telling, giving or knowing (``[report] telling``): beside them, ``report_subjects`` only report."""
    report_observing: frozenset[str] = frozenset()
    """Words of watching the baby (``[report] observing``): beside them, ``report_subjects`` say where and stand."""
    report_titles: frozenset[str] = frozenset()
    """Titles among ``report_words`` (``[report] titles``: "mrs"): a parent's name after one is no content."""
    report_talk: frozenset[str] = frozenset()
    """Words that a talk happened (``[report] talk``): beside them, ``report_times`` only say when."""
    report_times: frozenset[str] = frozenset()
    """Words of a time in pregnancy or after birth ("weeks", "days"; ``[report] times``): in a text that reports
    a talk and says nothing more, when the talk happened ("Spoke with her at the 28-week visit.")."""
    checklist_marks: tuple[str, ...] = ()
    """A checklist's marks with no content (``[dismissal] checklist_marks``: "done"): said of a topic in turn, two
    sentences or more, each is a dismissal (:attr:`_Patterns.checklist_mark`)."""
    bare_verdicts: tuple[str, ...] = ()
    """Verdict words with no content (``[dismissal] bare_verdicts``: "fine", "ok"): said of a bare topic in turn,
    two sentences or more ("Baby fine. Sleep fine."), each is a dismissal (:attr:`_Patterns.bare_verdict`)."""

    def for_hand_over(self) -> Lexicon:
        """This lexicon without what is said of the form and the notes: a manual route hands over the form, a
        copy or the checklist, and says so ("posted by the ward clerk", "a copy of the form handed to her"); and
        without the day, the place or the document as a report word: a route says when and where it hands over
        what ("at the meeting on 12 June", "at home", "the letter"); nor an item's subject as one: a route is no
        item, and says when it hands over ("at discharge")."""
        return dataclasses.replace(
            self,
            paperwork=(),
            paperwork_in_clause=(),
            recorded=(),
            report_words=self.report_words - self.report_dates - self.report_places - self.report_documents,
            report_subjects=frozenset(),
            report_talked_subjects=frozenset(),
        )


def _rows(name: str) -> Iterator[dict[str, str]]:
    with (data_path("mappings") / name).open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        yield from csv.DictReader(lines)


def _normalised(phrases: Iterable[str]) -> tuple[str, ...]:
    # Longest first, so an alternation prefers "no concerns regarding" style phrases to their prefixes.
    return tuple(sorted({normalise(p) for p in phrases}, key=lambda p: (-len(p), p)))


def _word_set(table: dict[str, list[str]], *keys: str) -> frozenset[str]:
    """The words of ``table``'s lists under ``keys``, normalised, as one set."""
    return frozenset(normalise(w) for key in keys for w in table.get(key, ()))


def _later(table: dict[str, list[str]]) -> Iterator[str]:
    """The decision put off to later in the future passive: each auxiliary with each participle of deciding
    ("will be agreed", "is to be settled"; ``[deferral.later]``)."""
    for auxiliary in table.get("auxiliaries", ()):
        for participle in table.get("participles", ()):
            yield f"{auxiliary} {participle}"


def _recorded(table: dict[str, list[str]]) -> Iterator[str]:
    """What only writes down what happened (``[deferral.recorded]``): each back-reference with each auxiliary and
    each verb of recording ("this will be noted", "the result is filed"), each demonstrative with each auxiliary and
    each verb of noticing ("this will be observed"), and each verb of recording with each back-reference for its
    object ("make a note of it", "write it down")."""
    for subject, auxiliary, participle in itertools.product(
        table.get("subjects", ()), table.get("auxiliaries", ()), table.get("participles", ())
    ):
        yield f"{subject} {auxiliary} {participle}"
    for subject, auxiliary, participle in itertools.product(
        table.get("demonstratives", ()), table.get("auxiliaries", ()), table.get("noticed", ())
    ):
        yield f"{subject} {auxiliary} {participle}"
    for act, thing in itertools.product(table.get("acts", ()), table.get("objects", ())):
        yield f"{act} {thing}"
    # A verb of recording after any subject and an auxiliary ("the advice is recorded"): its own subject is read
    # before it (:func:`_set_aside`), not listed; without an auxiliary, see :func:`_recorded_pattern`.
    for auxiliary, participle in itertools.product(table.get("auxiliaries", ()), table.get("bare", ())):
        yield f"{auxiliary} {participle}"
    for act, thing, particle in itertools.product(
        table.get("acts_split", ()), table.get("objects", ()), table.get("particles", ())
    ):
        yield f"{act} {thing} {particle}"


def _restated_answers(claim: dict[str, Any]) -> Iterator[str]:
    """Each label with each coded value as "label: value" (``[claim] restated_labels``, ``restated_values``), the
    shipped templates' items and answer options among them, but ``restated_kept`` (care instructions)."""
    labels, values = set(claim.get("restated_labels", ())), set(claim.get("restated_values", ()))
    for version in template_versions():
        for section in get_template(version=version).sections:
            for item in section.items:
                if item.value_type in ("choice", "boolean", "text"):
                    labels.add(item.id.replace("-", " "))
                values.update(option.value.replace("-", " ") for option in item.options)
    kept = {normalise(pair) for pair in claim.get("restated_kept", ())}
    pairs = (f"{label}: {value}" for label in labels for value in values)
    yield from (pair for pair in pairs if normalise(pair) not in kept)


def _nil_actions(table: dict[str, list[str]]) -> Iterator[str]:
    """An action list left empty: each of ``action_labels`` with each of ``action_nil`` after a colon or a dash
    ("Actions: nil", "Action points - none"): nothing will be done."""
    for label in table.get("action_labels", ()):
        for nil in table.get("action_nil", ()):
            yield f"{label}: {nil}"
            yield f"{label} - {nil}"


def _quantified(table: dict[str, list[str]]) -> Iterator[str]:
    """Each of ``[universal] quantifiers`` with each of its ``quantified`` and each of its ``verbs`` straight after
    ("every pregnant woman should", "all babies are"): a statement of everyone in the class, with nothing between
    the class and its verb that narrows it to this case ("all babies of mothers on methadone are ...")."""
    for quantifier, subject, verb in itertools.product(
        table.get("quantifiers", ()), table.get("quantified", ()), table.get("verbs", ())
    ):
        yield f"{quantifier} {subject} {verb}"


@functools.cache
def shipped_lexicon() -> Lexicon:
    """The lexicon shipped in ``mappings/`` (read once)."""
    raw = tomllib.loads((data_path("mappings") / "hollow-phrases.toml").read_text(encoding="utf-8"))
    abbreviations = {
        normalise(r["abbreviation"]): r["content"].strip() == "yes" for r in _rows("clinical-abbreviations.csv")
    }
    topics = list(_rows("perinatal-topic-words.csv"))
    return Lexicon(
        deferrals=_normalised(
            (
                *raw["deferral"]["phrases"],
                *raw["deferral"].get("choices", ()),
                *_later(raw["deferral"].get("later", {})),
                *raw["deferral"].get("unnamed_later", ()),
            )
        ),
        unnamed_later=_normalised(raw["deferral"].get("unnamed_later", ())),
        bare_hand_over_departments=_normalised(raw["deferral"].get("bare_hand_over_departments", ())),
        bare_hand_over_groups=_normalised(raw["deferral"].get("bare_hand_over_groups", ())),
        bare_hand_over_verbs=_normalised(raw["deferral"].get("bare_hand_over_verbs", ())),
        contact_hand_over_verbs=_normalised(raw["deferral"].get("contact_hand_over_verbs", ())),
        contact_hand_over_topics=_normalised(raw["deferral"].get("contact_hand_over_topics", ())),
        contact_hand_over_whom=_normalised(raw["deferral"].get("contact_hand_over_whom", ())),
        later_actors=_normalised(raw.get("claim", {}).get("watch_owners", ())),
        paperwork=_normalised(raw.get("paperwork", {}).get("phrases", ())),
        paperwork_in_clause=_normalised(raw.get("paperwork", {}).get("in_clause", ())),
        clause_end_deferrals=_normalised(raw["deferral"].get("at_clause_end", ())),
        examinations=_normalised(raw["deferral"].get("examined", {}).get("phrases", ())),
        examined=_normalised(raw["deferral"].get("examined", {}).get("subjects", ())),
        pointer_verbs=_normalised(raw["pointer"]["verbs"]),
        pointer_nouns=_normalised((*raw["pointer"]["nouns"], *raw["pointer"].get("sources", ()))),
        pointer_gap=int(raw["pointer"]["max_gap"]),
        pointer_after_nouns=_normalised(raw["pointer"].get("after_nouns", ())),
        borrowed_verbs=_normalised(raw["pointer"].get("borrowed_verbs", ())),
        borrowed_as=_normalised(raw["pointer"].get("borrowed_as", ())),
        borrowed_ends=_normalised(raw["pointer"].get("borrowed_ends", ())),
        borrowed_tail_not=_normalised(raw["pointer"].get("borrowed_tail_not", ())),
        pointer_sources=_normalised(raw["pointer"].get("sources", ())),
        guidance_pointer_verbs=_normalised(raw["pointer"].get("guidance_verbs", ())),
        guidance_nouns=_normalised(raw["pointer"].get("guidance_nouns", ())),
        numbered_parts=_normalised(raw["pointer"].get("numbered_parts", ())),
        numbered_verbs=_normalised(raw["pointer"].get("numbered_verbs", ())),
        plan_pointer_verbs=_normalised(raw["pointer"].get("plan_verbs", ())),
        plan_nouns=_normalised(raw["pointer"].get("plan_nouns", ())),
        universal=_normalised((*raw.get("universal", {}).get("phrases", ()), *_quantified(raw.get("universal", {})))),
        universal_turns=_normalised(raw.get("universal", {}).get("turns", ())),
        attention_verbs=_normalised(raw.get("claim", {}).get("attention_verbs", ())),
        attention_places=_normalised(raw.get("claim", {}).get("attention_places", ())),
        praise_words=frozenset(normalise(w) for w in raw.get("praise", {}).get("words", ())),
        praised_works=frozenset(normalise(w) for w in raw.get("praise", {}).get("works", ())),
        cut_off_words=frozenset(normalise(w) for w in raw.get("truncated", {}).get("last_words", ())),
        within_text_pointers=_normalised(raw["deferral"].get("within_text", ())),
        joint_words=frozenset(normalise(w) for w in raw["deferral"].get("joint_words", ())),
        back_references=frozenset(normalise(w) for w in raw["deferral"].get("back_references", ())),
        claim_words=_normalised(raw.get("claim", {}).get("words", ())),
        weak_claim_words=frozenset(normalise(w) for w in raw.get("claim", {}).get("weak", ())),
        hypothetical_claims=_normalised(raw.get("claim", {}).get("hypothetical", ())),
        possible_claims=_normalised(raw.get("claim", {}).get("possible", ())),
        possible_alone=_normalised(raw.get("claim", {}).get("possible_alone", ())),
        possible_choices=_normalised(raw.get("claim", {}).get("possible_choices", ())),
        counterfactual_modals=_normalised(raw.get("claim", {}).get("counterfactual_modals", ())),
        counterfactual_between=_normalised(raw.get("claim", {}).get("counterfactual_between", ())),
        counterfactual_participles=_normalised(raw.get("claim", {}).get("counterfactual_participles", ())),
        wishes=_normalised(raw.get("claim", {}).get("wishes", ())),
        assumed_perfect_asides=_normalised(raw.get("claim", {}).get("assumed_perfect_asides", ())),
        opinions=_normalised(raw.get("claim", {}).get("opinions", ())),
        opinion_holders=_normalised(raw.get("claim", {}).get("opinion_holders", ())),
        opinion_adopted=_normalised(raw.get("claim", {}).get("opinion_adopted", ())),
        watching=_normalised(raw.get("claim", {}).get("watching", ())),
        watch_manners=_normalised(raw.get("claim", {}).get("watch_manners", ())),
        watch_starts=_normalised(raw.get("claim", {}).get("watch_starts", ())),
        watch_anchors=_normalised(
            w for key in ("watch_owners", "watch_times", "watch_thresholds") for w in raw.get("claim", {}).get(key, ())
        ),
        reasons_only=_normalised(raw.get("claim", {}).get("reasons_only", ())),
        to_be_kept=_normalised(raw.get("claim", {}).get("to_be_kept", ())),
        future_passives=_normalised(raw.get("claim", {}).get("future_passives", ())),
        indefinite_agents=_normalised(mapping_table("concerns.toml").get("unheld", {}).get("indefinite_holders", ())),
        vague_times=_normalised(raw.get("claim", {}).get("vague_times", ())),
        vague_times_open=_normalised(raw.get("claim", {}).get("vague_times_open", ())),
        vague_time_followers=_normalised(raw.get("claim", {}).get("vague_time_followers", ())),
        topic_times=_normalised(raw.get("claim", {}).get("topic_times", ())),
        dose_line_words=frozenset(
            normalise(w)
            for w in raw.get("regimen_only", {}).get("line_words", ())
            if w not in raw.get("regimen_only", {}).get("carried_on", ())
        ),
        topic_time_heads=_normalised(raw.get("claim", {}).get("topic_time_heads", ())),
        watch_timings=_normalised(
            w for key in ("watch_times", "watch_thresholds") for w in raw.get("claim", {}).get(key, ())
        ),
        future_passive_tail=int(raw.get("claim", {}).get("future_passive_tail", 0)),
        awaited_verbs=_normalised(raw.get("claim", {}).get("awaited_verbs", ())),
        listed_line_notes=frozenset(_normalised(raw.get("claim", {}).get("listed_line_notes", ()))),
        awaited_results=_normalised(raw.get("claim", {}).get("awaited_results", ())),
        choices=_normalised(raw["deferral"].get("choices", ())),
        holding_verbs=_normalised(raw["deferral"].get("holding_verbs", ())),
        hand_over_verbs=_normalised(raw["deferral"].get("hand_over_verbs", ())),
        hand_over_ends=_normalised(raw["deferral"].get("hand_over_ends", ())),
        deference_verbs=_normalised(raw["deferral"].get("deference_verbs", ())),
        deference_nouns=_normalised(raw["deferral"].get("deference_nouns", ())),
        deference_not_whose=_normalised(raw["deferral"].get("deference_not_whose", ())),
        recorded=_normalised(_recorded(raw["deferral"].get("recorded", {}))),
        recorded_places=_normalised(raw["deferral"].get("recorded", {}).get("places", ())),
        recorded_hints=_normalised(raw["deferral"].get("recorded", {}).get("hints", ())),
        recorded_bare=_normalised(raw["deferral"].get("recorded", {}).get("bare", ())),
        recorded_participles=_normalised(raw["deferral"].get("recorded", {}).get("participles", ())),
        cancelling=_normalised(raw.get("cancelling", {}).get("phrases", ())),
        clause_end_cancelling=_normalised(raw.get("cancelling", {}).get("at_clause_end", ())),
        account_participles=_normalised(raw.get("claim", {}).get("accounts", ())),
        option_nouns=_normalised(raw.get("claim", {}).get("options", ())),
        option_choices=_normalised(raw.get("claim", {}).get("options_chosen", ())),
        dose_moves=_normalised(raw.get("claim", {}).get("dose_moves", ())),
        dose_moves_past=frozenset(normalise(w) for w in raw.get("claim", {}).get("dose_moves_past", ())),
        weighed_open=_normalised(raw.get("claim", {}).get("weighed_open", ())),
        weighed_passive=_normalised(raw.get("claim", {}).get("weighed_passive", ())),
        weighed_subjects=_normalised(raw.get("claim", {}).get("weighed_subjects", ())),
        path_gerunds=_normalised(raw.get("claim", {}).get("path_gerunds", ())),
        path_consequences=_normalised(raw.get("claim", {}).get("path_consequences", ())),
        weighed_outcomes=_normalised(raw.get("claim", {}).get("weighed_outcomes", ())),
        truth_frames=_normalised(raw.get("claim", {}).get("truth_frames", ())),
        negators=_normalised(raw.get("claim", {}).get("negators", ())),
        stacked_negations=int(raw.get("claim", {}).get("stacked_negations", 0)),
        conditional_moods=_normalised(raw.get("claim", {}).get("conditional_moods", ())),
        conditional_between=frozenset(normalise(w) for w in raw.get("claim", {}).get("conditional_between", ())),
        conditional_decides=frozenset(normalise(w) for w in raw.get("claim", {}).get("conditional_decides", ())),
        conditional_frames=_normalised(raw.get("claim", {}).get("conditional_frames", ())),
        conditional_participles=frozenset(
            normalise(w) for w in raw.get("claim", {}).get("conditional_participles", ())
        ),
        retraction_phrases=_normalised(raw.get("claim", {}).get("retraction_phrases", ())),
        disowned_whole=_normalised(raw.get("disowned_whole", {}).get("phrases", ())),
        disowned_pairs=tuple(
            DisownedPair(
                subjects=_normalised(pair["subjects"]),
                predicates=_normalised(pair["predicates"]),
                sentence=pair.get("scope", "clause") == "sentence",
                closings=_normalised(pair["closings"]) if "closings" in pair else None,
                not_named=_normalised(pair.get("not_named", ())),
                opening=bool(pair.get("opening", False)),
                openers=_normalised(pair.get("openers", ())),
            )
            for pair in raw.get("disowned_whole", {}).get("pairs", ())
        ),
        retraction_subjects=_normalised(raw.get("claim", {}).get("retraction_subjects", ())),
        retraction_predicates=_normalised(raw.get("claim", {}).get("retraction_predicates", ())),
        retraction_scopes=_normalised(raw.get("claim", {}).get("retraction_scopes", ())),
        retraction_verbs=_normalised(raw.get("claim", {}).get("retraction_verbs", ())),
        retraction_auxiliaries=_normalised(raw.get("claim", {}).get("retraction_auxiliaries", ())),
        retraction_participles=_normalised(raw.get("claim", {}).get("retraction_participles", ())),
        retraction_pronouns=_normalised(raw.get("claim", {}).get("retraction_pronouns", ())),
        retraction_unreplaced=_normalised(raw.get("claim", {}).get("retraction_unreplaced", ())),
        retraction_unbooked_determiners=_normalised(raw.get("claim", {}).get("retraction_unbooked_determiners", ())),
        retraction_unbooked_states=_normalised(raw.get("claim", {}).get("retraction_unbooked_states", ())),
        retraction_active_auxiliaries=_normalised(raw.get("claim", {}).get("retraction_active_auxiliaries", ())),
        retraction_objects=_normalised(raw.get("claim", {}).get("retraction_objects", ())),
        retraction_intransitives=_normalised(raw.get("claim", {}).get("retraction_intransitives", ())),
        retraction_simple_pasts=_normalised(raw.get("claim", {}).get("retraction_simple_pasts", ())),
        retraction_ends=_normalised(raw.get("claim", {}).get("retraction_ends", ())),
        retraction_replacements=_normalised(raw.get("claim", {}).get("retraction_replacements", ())),
        retraction_fallbacks=_normalised(raw.get("claim", {}).get("retraction_fallbacks", ())),
        retraction_named_determiners=_normalised(raw.get("claim", {}).get("retraction_named_determiners", ())),
        retraction_refusals=_normalised(raw.get("claim", {}).get("retraction_refusals", ())),
        retraction_refused=_normalised(raw.get("claim", {}).get("retraction_refused", ())),
        retraction_plan_nouns=_normalised(raw.get("claim", {}).get("retraction_plan_nouns", ())),
        retraction_answered=_normalised(raw.get("claim", {}).get("retraction_answered", ())),
        retraction_not_done=_normalised(raw.get("claim", {}).get("retraction_not_done", ())),
        retraction_plan_modifiers=int(raw.get("claim", {}).get("retraction_plan_modifiers", 0)),
        retraction_plan_postmodifier_openers=_normalised(
            raw.get("claim", {}).get("retraction_plan_postmodifier_openers", ())
        ),
        retraction_plan_postmodifier_words=int(raw.get("claim", {}).get("retraction_plan_postmodifier_words", 0)),
        retraction_plan_postmodifier_not=_normalised(raw.get("claim", {}).get("retraction_plan_postmodifier_not", ())),
        retraction_plan_not_modifiers=_normalised(raw.get("claim", {}).get("retraction_plan_not_modifiers", ())),
        general_claims=_normalised(raw.get("general", {}).get("claims", ())),
        case_words=_normalised(raw.get("general", {}).get("case_words", ())),
        class_phrases=_normalised(
            [
                *raw.get("general", {}).get("class_phrases", ()),
                *raw.get("general", {}).get("alternative_phrases", ()),
                *raw.get("general", {}).get("population_phrases", ()),
            ]
        ),
        risk_headings=_normalised(raw.get("risk_list", {}).get("headings", ())),
        topic_labels=_normalised(raw.get("risk_list", {}).get("topic_labels", ())),
        topic_label_verbs=_normalised(raw.get("risk_list", {}).get("topic_label_verbs", ())),
        talk_headings=frozenset(_normalised(raw.get("risk_list", {}).get("talk_headings", ()))),
        risk_governors=frozenset(
            _normalised(
                (*raw.get("risk_list", {}).get("governors", ()), *raw.get("risk_list", {}).get("amount_units", ()))
            )
        ),
        risk_figure_nouns=_normalised(raw.get("risk_figures", {}).get("nouns", ())),
        risk_figure_verbs=_normalised(raw.get("risk_figures", {}).get("verbs", ())),
        foretold_level_nouns=_normalised(raw.get("risk_figures", {}).get("level_nouns", ())),
        foretold_amounts=_normalised(raw.get("risk_figures", {}).get("foretold_amounts", ())),
        population_shares=_normalised(raw.get("general", {}).get("shares", ())),
        populations=_normalised(raw.get("general", {}).get("populations", ())),
        population_marks=_normalised(raw.get("general", {}).get("population_marks", ())),
        population_after=_normalised(raw.get("general", {}).get("population_after", ())),
        associations=_normalised(raw.get("general", {}).get("associations", ())),
        properties=_normalised(raw.get("general", {}).get("properties", ())),
        frequency_hedges=_normalised(raw.get("general", {}).get("frequency_hedges", ())),
        licence_verdicts=_normalised(raw.get("general", {}).get("licence_verdicts", ())),
        licence_conditions=_normalised(raw.get("general", {}).get("licence_conditions", ())),
        reporters=_normalised(raw.get("general", {}).get("reporters", ())),
        report_verbs=_normalised(raw.get("general", {}).get("report_verbs", ())),
        report_applied=_normalised(raw.get("general", {}).get("report_applied", ())),
        report_frames=_normalised(raw.get("general", {}).get("report_frames", ())),
        report_headings=_normalised(raw.get("general", {}).get("report_headings", ())),
        report_people=frozenset(_normalised(raw.get("general", {}).get("report_people", ()))),
        report_verdicts=frozenset(_normalised(raw.get("general", {}).get("report_verdicts", ()))),
        report_pointers=_normalised(raw.get("general", {}).get("report_pointers", ())),
        report_pointer_uses=_normalised(raw.get("general", {}).get("report_pointer_uses", ())),
        report_pointer_nouns=_normalised(raw.get("general", {}).get("report_pointer_nouns", ())),
        report_named_titles=_normalised(raw.get("general", {}).get("report_named_titles", ())),
        report_that_subjects=_normalised(raw.get("general", {}).get("report_that_subjects", ())),
        empty_predicates=_normalised(raw.get("claim", {}).get("empty_predicates", ())),
        empty_acts=_normalised(raw.get("claim", {}).get("empty_acts", ())),
        leaflet_orders=_normalised(raw.get("claim", {}).get("leaflet_orders", ())),
        open_predicates=_normalised(raw.get("claim", {}).get("open_predicates", ())),
        restated_answers=_normalised(_restated_answers(raw.get("claim", {}))),
        restated_date_labels=_normalised(raw.get("claim", {}).get("restated_date_labels", ())),
        restated_gestation_words=_normalised(raw.get("claim", {}).get("restated_gestation_words", ())),
        restated_feeding=_normalised(raw.get("claim", {}).get("restated_feeding", ())),
        history_markers=_normalised(raw.get("history", {}).get("markers", ())),
        other_possessives=_normalised(raw.get("history", {}).get("possessives", ())),
        other_people=_normalised(raw.get("history", {}).get("people", ())),
        service_phrases=_normalised(raw.get("service", {}).get("phrases", ())),
        history_turns=_normalised(raw.get("history", {}).get("turns", ())),
        history_marked_turns=_normalised(raw.get("history", {}).get("marked_turns", ())),
        past_verbs=_normalised(raw.get("history", {}).get("past_verbs", ())),
        prompt_verbs=_normalised(raw["prompt"]["verbs"]),
        prompt_ends=_normalised(raw["prompt"]["ends"]),
        prompt_gap=int(raw["prompt"]["max_gap"]),
        prompts=_normalised(raw["prompt"]["phrases"]),
        bracket_titles=_normalised(raw["prompt"].get("bracket_titles", ())),
        bracket_name_prompts=_normalised(raw["prompt"].get("bracket_name_prompts", ())),
        prompt_implied=tuple(
            (normalise(k), frozenset(normalise(w) for w in v)) for k, v in raw["prompt"].get("implied", {}).items()
        ),
        asking_verbs=_normalised(raw["prompt"].get("asking_verbs", ())),
        asking_documents=_normalised(raw["prompt"].get("asking_documents", ())),
        question_subjects=_normalised(raw["prompt"].get("question_subjects", ())),
        dismissals=_normalised([*raw["dismissal"]["phrases"], *_nil_actions(raw["dismissal"])]),
        bare_verdicts=_normalised(raw["dismissal"].get("bare_verdicts", ())),
        checklist_marks=_normalised(raw["dismissal"].get("checklist_marks", ())),
        hedges=_normalised(raw["hedges"]["phrases"]),
        hedges_kept=_normalised(raw["hedges"].get("kept", ())),
        report_words=_word_set(raw["report"], "words", "dates", "places", "titles", "documents"),
        report_documents=_word_set(raw["report"], "documents"),
        report_titles=_word_set(raw["report"], "titles"),
        report_dates=_word_set(raw["report"], "dates"),
        report_places=_word_set(raw["report"], "places"),
        report_subjects=_word_set(raw["report"], "subjects"),
        report_talked_subjects=_word_set(raw["report"], "talked_subjects"),
        report_telling=_word_set(raw["report"], "telling"),
        report_observing=_word_set(raw["report"], "observing"),
        report_talk=_word_set(raw["report"], "talk"),
        report_times=_word_set(raw["report"], "times"),
        restating_justification=frozenset(normalise(w) for w in raw["justification"]["restating"]),
        bare_recommendation=frozenset(normalise(w) for w in raw.get("recommendation", {}).get("bare", ())),
        arrangement_verdicts=frozenset(normalise(w) for w in raw.get("arrangements", {}).get("verdicts", ())),
        arrangement_whom=frozenset(normalise(w) for w in raw.get("arrangements", {}).get("whom", ())),
        verdict_words=frozenset(normalise(w) for w in raw["verdict"]["words"]),
        stop_words=frozenset(normalise(w) for w in raw["stop_words"]["words"]),
        dose_words=frozenset(normalise(w) for w in raw["dose_words"]["words"]),
        never_english=_normalised(raw.get("never_english", {}).get("pairs", ())),
        never_english_at_least=int(raw.get("never_english", {}).get("at_least", 0)),
        score_totals=tuple(str(t) for t in raw.get("scores", {}).get("out_of", (5, 10))),
        abbreviations=frozenset(abbreviations),
        content_abbreviations=frozenset(a for a, content in abbreviations.items() if content),
        clinical_words=frozenset(normalise(r["word"]) for r in _rows("clinical-words.csv")),
        clinical_phrases=_normalised(r["phrase"] for r in _rows("clinical-phrases.csv")),
        topic_words=frozenset(normalise(r["word"]) for r in topics),
        general_topic_words=frozenset(normalise(r["word"]) for r in topics if r["group"] == "general"),
    )


# ------------------------------------------------------------------------------------------------------------
# The medicine vocabulary: names are not content (a conclusion must say more than what she takes), but they
# are language. One function, so a fuller name index can replace it.

_CODELIST_WORD_MAX_ZIPF = 3.0
"""dm+d product names also hold ordinary English ("paediatric", "children's"): a product-name word counts as a
medicine's name only when it is rarer in English than this, so "paediatric review" keeps its content."""


MEDICINE_WORDS = "medicine-words.txt"
"""The file in mappings/ holding :func:`listed_medicine_words_from_sources`, worked out when the sources change
(``python -m medassess.gate.medicine_words``; a test checks it is current), so no process spends a second and
a half on it."""


@functools.cache
def _listed_medicine_words() -> frozenset[str]:
    """Words of the classes' ingredient names and of the dm+d product names in their code lists (as
    :func:`listed_medicine_words_from_sources` finds them, read from the file that holds them)."""
    text = (data_path("mappings") / MEDICINE_WORDS).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def listed_medicine_words_from_sources() -> frozenset[str]:
    """Words of the classes' ingredient names and of the dm+d product names in their code lists."""
    raw = tomllib.loads((data_path("mappings") / "medicine-classes.toml").read_text(encoding="utf-8"))
    found = {w for cls in raw["classes"] for name in cls["ingredients"] for w in _name_words(name)}
    for path in sorted((data_path("mappings") / "codelists").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                name = row.get("dmd_name") or row.get("term") or ""
                found.update(w for w in _name_words(name) if zipf(w) < _CODELIST_WORD_MAX_ZIPF)
    # A clinical word in a product name ("paediatric" oral solution) stays a clinical word in a conclusion.
    return frozenset(found) - shipped_lexicon().clinical_words


def _name_words(name: str) -> Iterator[str]:
    lexicon = shipped_lexicon()
    for word in words(normalise(name)):
        for part in (word, *word.split("-")):
            letters = _letters(part)
            if len(letters) > 2 and letters not in lexicon.stop_words and letters not in lexicon.dose_words:
                yield letters


def people_words(names: Iterable[str]) -> frozenset[str]:
    """The words of people's names (given and family names), as :func:`analyse` compares them."""
    return frozenset(w for name in names for w in _name_words(name))


def medicine_words(names: Iterable[str]) -> frozenset[str]:
    """Words that name medicines: the record's own medicine names (``names``), the classes' ingredients and
    the dm+d product names of their code lists, normalised; dose units and forms left out."""
    return _listed_medicine_words() | frozenset(w for name in names for w in _name_words(name))


# ------------------------------------------------------------------------------------------------------------
# Phrase patterns, compiled once per lexicon.


def _word_from(*alternatives: str) -> str:
    r"""``\b(?:<alternatives>)`` written so the regex engine searches for their first letters: a pattern opening
    with ``\b`` or a lookbehind is tried at every place in the text, one opening with letters only where one
    stands. Each alternative opens with a letter; those sharing it are grouped in their order, and the ``\b`` is a
    look back from that letter (``(?<!\w.)``). Alternatives opening with different letters never match at one
    place, so the matches are the same."""
    by_letter: dict[str, list[str]] = {}
    for alternative in alternatives:
        by_letter.setdefault(alternative[0], []).append(alternative[1:])
    return "(?:" + "|".join(rf"{c}(?<!\w.)(?:{'|'.join(rests)})" for c, rests in by_letter.items()) + ")"


_DIGITS = re.compile(r"\d+")
_POSSESSIVE = re.compile(r"'s?$")
LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
"""A line break as :meth:`str.splitlines` reads one: where a conclusion's line, and a clause, ends."""
_CLAUSE_END = re.compile(r"[,;:!?()\[\]\n]|\.(?=\s|$)|\s-\s")
_BRACKETED = re.compile(r"\[[^\]\n]*\]|<(?=[^\W\d_])[^<>\n]*(?<=[^\W_]|[.)])>")
"""A form's prompt left in the box: in square brackets, or in angle brackets holding words ("<enter the plan
here>"), not a "<" that means less than ("<24h") running to the ">" of an arrow ("->")."""
"""Text in square or angle brackets: a form's prompt, never how a clinician writes an aside."""
_QUOTED = re.compile(r"[\"'\u201c](?<![^\s(\[].)([^\"\u201c\u201d\n]{12,}?)[\"'\u201d](?=[\s.,;:)\]!?]|$)")
"""A quotation of a dozen characters or more: in double or single quotation marks (normalised text has single
curly quotes as apostrophes), opening after a space or bracket and closing before a space or punctuation, so
an apostrophe inside a word ("father's") opens none. Written to begin with the mark, the place before it looked
back on after: a pattern beginning with a mark is searched for by that mark, one beginning with a lookbehind is
tried at every place in the text (the same matches, several times faster)."""
_QUOTES = ('"', "'", "\u201c")
"""The marks a quotation (:data:`_QUOTED`) opens with."""
_MONTHS = month_words()
"""Every month's name and abbreviation, from ``mappings/calendar.toml`` (as MA017 reads them)."""
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=lambda w: (-len(w), w))) + ")"
_DATE = re.compile(
    rf"\b(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?(?:,?\s+\d{{4}})?"
    rf"|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|{_MONTH}\.?\s+\d{{4}}|(?:19|20)\d{{2}})\b"
)
"""A date in normalised text ("14 may 2026", "2 march", "03/03/2026", "2026-03-02", "may 2026", a year): when
something was done, which states nothing of what follows."""


def _measure(score_totals: Iterable[str]) -> re.Pattern[str]:
    """A number that measures: a dose, a time, a duration, a gestation ("60 mg", "72h", "D8", "36/40", "2/7",
    "3 in 1,000"). A number that only counts ("3 professionals, 2 meetings, 1 plan") states nothing of what follows,
    nor does a score out of a scale's total (``score_totals``: "risk 3/5", "EPDS 5/30"), which rates without
    deciding."""
    totals = "|".join(sorted({re.escape(t) for t in score_totals} or {"(?!)"}))
    return re.compile(
        r"\d+(?:[.,]\d+)?\s*(?:mg|mcg|\u00b5g|micrograms?|milligrams?|g|grams?|ml|mls|l|mmol|%|h|hrs?|hours?|d|days?"
        rf"|wks?|weeks?|months?|nights?|times|x|am|pm|/\s*(?!(?:{totals})(?!\d|[.,]\d))\d+|-\s*\d+|to\s+\d+|in\s+\d+)"
        r"(?![^\W\d_])|\b(?:d|day|days|week|weeks|wk|x)\s*\d+"
    )


_MEASURE = _measure(("5", "10"))
"""A measure, scores out of 5 or 10 aside: the lexicon's own (``_Patterns.measure``) sets its scales' totals aside."""
_RATE = re.compile(
    r"\d(?:\d*(?:[.,]\d+)?\s*(?:(?:-|to|and)\s*\d+(?:[.,]\d+)?\s*)?%"
    r"|\d*(?:\s*(?:-|to|or)\s*\d+)?\s+(?:in|out\s+of)\s+\d+)"
)
"""A rate: how many babies in general ("10%", "50 to 80%", "1 in 10", "3 to 4 in 10", "3 out of 100"), not a measure
of this case. Written to begin with one digit (``\\d+`` as ``\\d\\d*``), so the search skips to the digits rather
than trying every place."""
_DIGIT = re.compile(r"\d")
_SPACE_RUN = re.compile(r"\s+")
_GESTATION = re.compile(r"\d(?<!\w.)\d?\s*\+\s*[0-6](?:\s*/\s*40|\s*(?:weeks?|wks?)\b)?")
"""A gestation in weeks and days ("29+2", "29+2/40", "29+2 weeks"): in an account, when it was done. Its leading
``\\b`` is a look back from its first digit, so the search skips to the digits."""
_COPULA = re.compile(_word_from("is", "are", r"remains?", r"stays?", r"will\s+be", r"continues?\s+to\s+be") + r"\b")
_WILL_BE_WHAT = re.compile(r"\bwill\s+be\s+what\s+(?:it|they|he|she|we|you)\s+will\s+be\b")
_TAUTOLOGY_WORDS = 4
"""How many words on each side of "is" a thing said to be itself may have ("the care plan is the care plan")."""
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "these", "those"})
_HAVING = frozenset({"carries", "carry", "has", "have", "poses", "pose", "brings", "bring", "needs", "need", "holds"})
"""Verbs by which a thing said to be itself names what has it: "the risk is the risk that valproate carries", "the
review will be the review the baby needs" say of the thing only that it is the one it is."""
_EMPTY_NOUNS = frozenset(
    {"topic", "topics", "subject", "subjects", "consideration", "considerations", "factor", "factors", "thing"}
    | {"things"}
)
"""Nouns that say of what they follow only that it is spoken of: "withdrawal and sleep continue to be topics"."""
_SAME_AGAIN_WORDS = frozenset({"as", "what", "whatever", "where", "wherever", "how", "however"})
_SAME_AGAIN_PRONOUNS = frozenset({"it", "they"})
_CLAUSE_MARK = re.compile(r"[,;:.!?\n]")
_SAME_AGAIN_LAST = 8
"""How near its clause's end the "as", "what" or "where" of a thing said again stands ("whatever it turns out
to be")."""
_RAISING = frozenset({"turns", "turn", "turned", "proves", "prove", "seems", "seem", "happens", "happen"})
_AUXILIARY_RUN = frozenset(
    {
        "will",
        "shall",
        "would",
        "can",
        "could",
        "must",
        "should",
        "may",
        "might",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "to",
        "continues",
        "continue",
        "remains",
        "remain",
        "stays",
        "stay",
        "going",
    }
)
_BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "am"})
_DO = frozenset({"do", "does", "did", "done", "doing"})


def _restated_facts(lexicon: Lexicon) -> re.Pattern[str]:
    """A sentence, line or ;-part of the pregnancy's dates and feeding answer alone, one of them a date: see
    ``_Patterns.restated_facts``."""
    gestation = r"\d{1,2}\s*\+\s*[0-6](?:\s*/\s*40)?(?:\s*(?:weeks?|wks?))?"
    dated = (
        rf"(?:(?:{_alternation(lexicon.restated_date_labels)})\s*{_DATE.pattern}|{gestation}"
        rf"(?:\s+(?:{_alternation(lexicon.restated_gestation_words)}))?)(?![^\W_])"
    )
    part = rf"(?:{dated}|(?:{_alternation(lexicon.restated_feeding)})(?![^\W_]))"
    joined = r"\s*(?:,|\band\b|,\s*and\b)\s*"
    return re.compile(rf"(?:^|(?<=[\n;.!?]))\s*(?:{part}{joined})*{dated}(?:{joined}{part})*\s*(?=[\n;.!?]|$)")


def _spaces(match: re.Match[str]) -> str:
    """As many spaces as the match is long: a part set aside keeps the words on either side apart."""
    return " " * len(match[0])


def _without_conditional_outcomes(text: str) -> str:
    """``text`` with what a condition opening its clause leads to blanked where that holds a condition of its own
    after it ("depending on how the pregnancy goes, the newborn is watched as and when needed"): an outcome that
    holds only when needed decides nothing. A claim before an "and" stands ("if his scores rise, he is given
    morphine and weighed as and when needed"). After "depending on" (or "dependent on"), the rest of the sentence
    is blanked where it offers alternatives ("depending on the scan, the plan will be either to continue or to
    switch"): which one holds is not yet known, so neither is decided. The blanking ends with the ;-part of the
    last alternatives: a clause after a semicolon that offers none ("...; either way she is seen at 6 weeks")
    states what holds whatever comes true."""
    spans = []
    for sentence in _SENTENCE.finditer(text):
        if not any(map(sentence[0].__contains__, _CONDITION_HINTS)):
            continue  # no condition can open in it
        condition = _CONDITION.search(text, sentence.start(), sentence.end())
        if condition is None:
            continue
        if _DEPENDING.match(condition[0]) is not None:
            menus = list(_MENU.finditer(text, condition.end(), sentence.end()))
            if menus:
                part_end = text.find(";", menus[-1].end(), sentence.end())
                spans.append((condition.end(), sentence.end() if part_end < 0 else part_end))
                continue
        for m in _CONDITION_AFTER.finditer(text, condition.end(), sentence.end()):
            start = max(text.rfind(c, 0, m.start()) for c in ",;:.!?\n") + 1
            joined = text.rfind(" and ", start, m.start())
            spans.append((start if joined < 0 else joined + len(" and "), m.end()))
    return _blank_out(text, spans) if spans else text


def _without_question_series(text: str, asks: Callable[[str, int, int], re.Match[str] | None]) -> str:
    """``text`` with each clause blanked that opens on the verb of a yes-or-no question (:data:`_ASKING_VERB`) in a
    sentence asking one without its mark (``asks``: "does methadone cause withdrawal; does it affect feeding"):
    questions in a row name what to answer, whatever their subjects. "Has a stable dose; she will breastfeed" asks
    none."""
    if asks(text, 0, len(text)) is None:
        return text  # a question a sentence asks is one the whole text asks: most ask none, told in one search
    spans = []
    for sentence in _SENTENCE.finditer(text):
        if asks(text, sentence.start(), sentence.end()) is None:
            continue
        clauses = _CLAUSE.finditer(text, sentence.start(), sentence.end())
        spans += [m.span() for m in clauses if _ASKING_VERB.match(m[0])]
    return _blank_out(text, spans) if spans else text


def _stem(word: str) -> str:
    """``word`` without its inflection, enough to tell two forms of one verb or a verb from its noun ("sleeps" and
    "sleep", "planned" and "plan", "is" and "be", "does" and "do")."""
    word = word.removesuffix("'s")
    if word in _BE:
        return "be"
    if word in _DO:
        return "do"
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou" else word


def _said_again(text: str) -> list[tuple[int, int]]:
    """The spans of each clause's part that says a thing does what it does ("withdrawal will be managed as
    withdrawal is managed", "sertraline will do what it does", "is what it is", "are decided as decided", "will
    be as safe as it is", "will be whatever it turns out to be", "the plan is as planned"): after "as", "what",
    "where" or "how", its own verb again (or a word of the clause before it), closing the clause, with no subject,
    "it" or "they", or one the clause has already named. From the verbs leading to it to the clause's end. "The
    baby sleeps where her mother sleeps", "continues as it is" and "is managed as before" state something."""
    spans = []
    for clause in _CLAUSE.finditer(text):
        if _SAME_AGAIN_WORDS.isdisjoint(clause[0].split()[-_SAME_AGAIN_LAST:]):
            continue  # the verb said again closes the clause, a few words after its "as", "what" or "where"
        runs = list(_WORD_RUN.finditer(clause[0]))
        found = [r[0] for r in runs]
        for i in range(max(1, len(found) - _SAME_AGAIN_LAST), len(found)):
            if found[i] not in _SAME_AGAIN_WORDS:
                continue
            tail = found[i + 1 :]
            if tail[-2:] == ["to", "be"]:
                tail = tail[:-2]
                if tail[-1:] == ["out"]:
                    tail = tail[:-1]
                if not tail or tail[-1] not in _RAISING:
                    continue
                tail = [*tail[:-1], "be"]
            if not 1 <= len(tail) <= 4:
                continue
            verb, subject = tail[-1], [w for w in tail[:-1] if w not in _DETERMINERS]
            before = [w.removesuffix("'s") for w in found[:i]]
            if (
                subject
                and not (subject == [subject[0]] and subject[0] in _SAME_AGAIN_PRONOUNS)
                and (subject[-1].removesuffix("'s") not in before)
            ):
                continue
            first = i - 1
            if first >= 2 and found[first - 1] == "as":  # "will be as safe as it is"
                first -= 2
            stem = _stem(verb)
            if _stem(found[first]) != stem and all(_stem(w) != stem for w in before if w[:1] == stem[:1]):
                continue
            while first > 0 and found[first - 1] in _AUXILIARY_RUN:
                first -= 1
            spans.append((clause.start() + runs[first].start(), clause.end()))
            break
    return spans


def _itself_after(text: str, clause_start: int, start: int, end: int) -> int | None:
    """Where a predicate that only names again what its clause speaks of ends ("the arrangement is the arrangement",
    "stays the usual watch", "is the risk that valproate carries", "continues to be a baby", "continue to be
    topics"), ``start`` being where the copula ends, ``clause_start`` and ``end`` where its clause begins and ends:
    its noun one the clause has before the copula, closing the clause or followed only by what has it. None where
    it says more ("the risk is the risk of withdrawal", "the safest place is the cot")."""
    after = list(_WORD_RUN.finditer(text, start, end))
    k = 0
    while k < len(after) and after[k][0] in _DETERMINERS:
        k += 1
    if len(after) > k + 6:  # an adjective, the noun, "that" and three words at most
        return None
    named: set[str] | None = None
    for head in range(k, min(k + 2, len(after))):
        noun = after[head][0]
        if not (head == k and noun in _EMPTY_NOUNS):
            if named is None:
                named = {w.removesuffix("'s") for w in _WORD_RUN.findall(text, clause_start, start)}
            if noun not in named:
                continue
        rest = [r[0] for r in after[head + 1 :]]
        if rest and rest[0] in ("that", "which"):
            rest = rest[1:]
        if not rest or (len(rest) <= 3 and rest[-1] in _HAVING):
            return after[-1].end() if rest else after[head].end()
    return None


def _without_tautologies(text: str) -> str:
    """``text`` with each thing said to be itself blanked ("the plan is the plan", "risks are risks", "will be
    what they will be", "the arrangement is the arrangement", "will be managed as it is managed"): a statement
    word that states nothing."""
    if "what" in text:
        text = _WILL_BE_WHAT.sub(" ", text)
    spans = _said_again(text) if any(f" {w} " in text for w in _SAME_AGAIN_WORDS) else []
    marks: list[int] | None = None  # where each clause begins, found once and only for a copula not said again
    for m in _COPULA.finditer(text):
        before = _WORD_RUN.findall(text, max(0, m.start() - 60), m.start())[-_TAUTOLOGY_WORDS:]
        after = _WORD_RUN.findall(text, m.end(), m.end() + 60)[:_TAUTOLOGY_WORDS]
        if any(before[-k:] == after[:k] for k in range(1, min(len(before), len(after)) + 1)):
            spans.append((m.start(), m.end()))
            continue
        if marks is None:
            marks = [0, *(mark.end() for mark in _CLAUSE_MARK.finditer(text)), len(text) + 1]
        at = bisect.bisect_right(marks, m.start()) - 1
        itself = _itself_after(text, marks[at], m.end(), marks[at + 1] - 1)
        if itself is not None:
            spans.append((m.start(), itself))
    for start, end in reversed(spans):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_WORD_RUN = re.compile(r"[\w']+")
_AS_FAR_AS = re.compile(r"(?<![^\W_])(?:where|as\s+far\s+as)(?:\s+[\w']+){1,4}?\s+(?:is|are)\s+concerned(?![^\W_])")
"""A topic named ("where the baby is concerned", "as far as feeding is concerned"): its "is" states nothing."""
_RELATIVE_OPENING = re.compile(
    r"(?<![^\W_])(?:that|which)(?:\s+(?:will|would|shall|should|can|could|may|might|must|is|are|has|have|be|been"
    r"|also|surely|certainly|now))*\s+[^\W\d_]+"
)
"""A relative clause's opening: its pronoun, its auxiliaries and its verb ("that will be", "which gives")."""
_PRAISE_GLUE = frozenset({"a", "an", "the", "this", "and", "very", "most", "truly", "highly", "really", "so", "such"})
"""Words that join praise to what it praises ("a careful and very thorough assessment")."""
_PRAISE_TOPIC = frozenset({"on", "of", "about", "for", "into", "around", "regarding"})
"""Words after the praised work that open what it was about ("outstanding work on fetal risk")."""
_PRAISED_COPULA = re.compile(r"(?:^|(?<=[:;.!?\n]))\s*(?:this|it|that)\s+(?:is|was)(?![^\W_])")
"""A sentence that opens "this is", "it was": what it says of the assessment, when only praise follows
(:meth:`_Judge._without_praised_work`)."""
_CLAUSE_CLOSE = re.compile(r"[,;:.!?\n]")
_CLAUSE = re.compile(r"[^,;:.!?\n]+")
_BARE_BABY = re.compile(r"\s*(?:(?:and|but|so|then)\s+)?baby(?![^\W_]|'|\s+(?:of|in)\s)")
"""A clause that opens on "baby" with no article, as notes write of the baby in hand ("Baby sleeps in own cot.",
"baby to stay on the ward"): this case. Facts of babies in general have an article or a plural ("a baby can be
sleepy", "babies sleep"); "baby of a mother on methadone" is no one baby."""
_MEASURED_CLAUSE = re.compile(r"(?:[^,;:.!?\n]|(?<=\d),(?=\s*\d))+")
"""A clause as :data:`_CLAUSE` reads one, but a comma between two numbers joins a list of them ("scans at 28, 32
and 36 weeks"): the unit after the last measures each, and the clause says what (:meth:`_Judge._measures`), or
that it is this case's, not a general fact (:meth:`_Judge._without_general`)."""
_SENTENCE = re.compile(r"[^.!?\n]+")
_LIST_ITEM = re.compile(r"[^,;]+")
_RELATIVE = re.compile(r"\s*(?:which|who|whom|whose)\b")
_CONSEQUENCE = re.compile(r"\s*which\s+(?:is\s+why|means|is\s+the\s+reason|explains\s+why)\b")
"""A relative clause that draws what follows from the clause before it ("..., which is why sertraline
continues"): like "so", it turns from the history when it states a decision of its own."""
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_AND = re.compile(r"(?<![^\W_])and(?![^\W_])")
"""A step joined on ("... withdrawn and the scan is booked")."""
_NEGATION_WORD = re.compile(r"n(?<![^\W_].)(?:o|othing|one|either|ot|ever)(?![^\W_])")
"""A word that opens a negated account or negates its auxiliary ("no", "nothing", "none", "neither", "not",
"never"; :func:`_negated_account`): a text without one holds no such account, which one search tells where
reading each clause would take many (most texts hold "no" or "ne" inside some word, "known", "need")."""
_QUESTION = re.compile(r"[^.!?\n]*\?")
"""A question, from where its sentence starts: asking is not stating ("Will the baby withdraw after birth?"); the
answer after it stands ("Breastfeeding? Yes, encouraged.")."""
_BARE_CELL = re.compile(
    r"(?:^|(?<=[\n;.!?]))[^\n;:.!?]{1,60}?(?:\s*:|\s+[-\u2013\u2014]+)\s*"
    r"(?:[-\u2013\u2014?]+|y|n|yes|no|n/a|tbc|x{3,})?\s*(?=[\n;.]|$)"
)
"""A heading whose cell is blank, a dash, a question mark, a single letter, a bare yes or no, or the template's
"XXX" still to be filled, to where its sentence ends ("Night feeds:    .", "Levels - Y.", "Paeds: N.", "Sleeping:
XXX."): a form's label with no answer, or an answer with nothing of what follows, states nothing, as a question
answered only "yes" does. A cell with words stands ("Levels: monthly, weekly from 36/40.", "Breastfeeding: not
advised."). "XXX" found passing by the hundred-and-thirtieth fresh corpus (f130-cl-dzp-xxx-cells)."""


def _without_handed_over(normalised: str) -> str:
    """``normalised`` with the baby's watch, sleep or night care handed to the parent's wish blanked in place
    (concerns.py ``without_her_wish``: "where the baby sleeps is whatever she prefers"): what is left to her wish
    decides nothing, so its words are no content."""
    return _her_wish()(normalised)


@functools.cache
def _her_wish() -> Callable[[str], str]:
    """concerns.py's ``without_her_wish``, imported once on first use (concerns reads this module's readers): an
    import statement run on every call cost more than the reading it guards on most texts."""
    from .concerns import without_her_wish

    return without_her_wish


def without_bare_cells(normalised: str) -> str:
    """``normalised`` with each heading whose cell is bare (:data:`_BARE_CELL`: "Levels: -.", "Paeds: N.",
    "Sleep:   .") blanked in place: the heading names a topic and answers nothing, whatever the rest decides."""
    if ":" in normalised or " -" in normalised or "\u2013" in normalised or "\u2014" in normalised:
        return _BARE_CELL.sub(_spaces, normalised)
    return normalised


_INDIRECT_QUESTION = re.compile(
    r"(?:^|(?<=[\n,;:.!?(]))\s*(?:and\s+|or\s+)?(?:what|how)\b(?![^\n;:.!?]*\b(?:is|are|was|were)\b)[^\n;:.!?]*"
)
"""A question asked without its mark, opening its clause and running to where its sentence or heading ends ("...:
what its use means for the baby, and what the midwife must now do about feeding."): it names what to answer, not
the answer. Not one that is the subject of what follows ("what the baby needs is 72 hours on the ward")."""
_WHETHER_SUBJECT = re.compile(
    r"(?:^|(?<=[\n;:.!?(]))\s*whether\b[^\n;:.!?]*?,?\s+(?:and|or)\s+whether\b[^\n;:.!?]*?(?=\b(?:are|were)\b)"
    r"|(?:^|(?<=[\n,;:.!?(]))\s*(?:and\s+|or\s+)?whether\b[^\n,;:.!?]*(?=\b(?:is|are|was|were|remains)\b)"
)
"""A "whether" clause that is the subject of its sentence, up to its verb ("whether citalopram can continue is the
matter considered"), or "whether" clauses joined by "and" or "or" up to their plural verb ("whether X goes on, and
whether Y is seen, are ..."): a question named, not answered; what its verb says is judged alone ("... was the
question, and the answer is yes")."""
_INVERTED_QUESTION = re.compile(
    r"(?:^|(?<=[\n,;:.!?(]))\s*(?:and\s+|or\s+)?(?:do|does|did|is|are|will|can|could|would|has|have)\s+"
    r"(?:it|she|he|they|we|you)\b[^\n;:.!?]*"
)
"""A yes-or-no question asked without its mark, its verb before its subject at the opening of its clause and
running to where its sentence ends ("...: does it cause sedation that could affect caring for the baby;"): it
names what to answer. Not a condition ("should she ...", "were he ...", :data:`_CONDITION`) nor a verb whose
subject is left out ("does the night feeds")."""
_READER = r"(?<![^\W_])(?:you|your|yours|yourself)(?![^\W_])"
_EXCLAIMED_TO_READER = re.compile(rf"{_READER}[^.!?\n]*!")
"""An exclamation to the reader ("Keep your appointments!", "You can do it!"): the register of a leaflet or a
poster, which exhorts the patient and decides nothing (:meth:`_Judge._claims`)."""
_ADDRESSED_TO_READER = re.compile(rf"[^,;:.!?\n\d]*{_READER}[^,;:.!?\n\d]*(?=[,;:.!?\n]|$)")
"""A clause addressed to the reader with no figure in it ("talk to your midwife about feeding", "keep your
appointments"): in a text that exclaims to the reader (:data:`_EXCLAIMED_TO_READER`), leaflet advice for anyone,
not a plan told to this mother; a clause with a dose or a time ("you will continue lithium 400 mg") is told to
her and stands, and so does every clause of a text that does not exclaim."""
_EXCLAIMED_TITLE = re.compile(r"\s*[^.!?\n]*[^\W\d_][^.!?\n]*!")
"""A text opening on an exclamation, its title or first sentence ("Top tips for X in pregnancy!"): with bare
orders after it, a leaflet's register (:meth:`_Judge._claims`)."""
_INVERTED_HINT = re.compile(r"(?:do|does|did|is|are|will|can|could|would|has|have)\s+(?:it|she|he|they|we|you)\b")
"""The verb and pronoun every :data:`_INVERTED_QUESTION` holds: a text without them asks none. Written to begin
with the verbs' letters, so the search skips every other place, where the question's opening is tried at each
(a third of the time on the texts a claim is read from)."""
_ASKING_VERB = re.compile(r"\s*(?:and\s+|or\s+)?(?:do|does|did|is|are|will|can|could|would|has|have)\s+\w")
"""A clause opening on the verb of a yes-or-no question, whatever its subject ("does methadone cause withdrawal"):
in a sentence that asks one without its mark (:data:`_INVERTED_QUESTION`), it is asked too
(:func:`_without_question_series`)."""
_JOINED_QUESTION = re.compile(
    r"\b(?:what|how)\b[^\n,;:.!?]*?(?<!\bas\s)\band\s+(?:what|who|how|when|where|whether|which)\b[^\n,;:.!?]*"
)
"""Questions asked without their marks and joined by "and", wherever the first opens ("methadone and the newborn
what scoring he needs and who does it"): they name what to answer, not the answer. "As and when" is no
second question."""
_CONDITION = re.compile(
    r"(?:^|(?<=[\n,;:.!?(\[]))\s*(?:(?:and|but|or|then)\s+)?(?:if|unless|in\s+case|in\s+the\s+event|whenever|depending\s+on|dependent\s+on|as\s+and\s+when)\b"
    r"[^\n,;:.!?]*|(?:^|(?<=[\n;.!?]))\s*(?:(?:and|but|or)\s+)?(?:should|where|were)\b[^\n,;:.!?]*(?=,)"
    r"|(?<=,)\s*(?:and|but|or)\s+(?:should|were)\s+(?:the|she|he|they|we|it|her|his|their|baby|mum|mother|father)\b"
    r"[^\n,;:.!?]*(?=,)"
    r"|(?<=:)\s*(?:should|were)\s+(?:the|she|he|they|we|it|her|his|their|baby|mum|mother|father)\b[^\n,;:.!?]*(?=,)"
)
"""A condition that opens its clause ("if problems arise with the baby", "should withdrawal become an issue,"):
what holds if it comes true is in the clause after it, which must state something of its own ("the team will act
accordingly" does not); "and if ...", "where she is drowsy, ..." and the inverted "were she to stop, ...", "and
were the baby breastfed, ..." open one too, and so does one after ", and" or a label's colon whose subject follows
its verb ("..., and should the baby be jittery, ...", "Sertraline 50 mg: should the baby be jittery, ..."; not "...,
and were seen, ...", a plain past, nor "Baby: should be scored, ...", an instruction)."""
_INVERTED_OPENING = re.compile(r"\s*(?:(?:and|but|or)\s+)?(?:should|were)(?![^\W_])")
"""The word opening an inverted condition ("should she wish to stop, ..."): a wish inside one keeps it, so the
condition is still read (:data:`_CONDITION`) and what would follow it still only supposes."""
_CONDITION_WORDS = ("if", "unless", "case", "event", "whenever", "should", "where", "were", "depend", "as and when")
"""What :data:`_CONDITION` cannot match without: one of these in the text (``case`` of "in case", ``event`` of
"in the event")."""
_CONDITIONAL_NEGATIONS = frozenset({"not", "never"})
"""A conditional negated is a firm refusal ("she would not stop valproate", "he would never sleep with the baby on a
sofa", "could not be safe"): it decides (:meth:`_Judge._without_conditional_mood`)."""
_CONDITION_HINTS = ("if", "unless", "case", "event", "when", "should", "where", "were", "depend")
"""As :data:`_CONDITION_WORDS`, with "when" for "as and when" however it is spaced (a blanked part may widen the
spaces): one of these is in every match, so a sentence without one is not searched."""
_OPEN = re.compile(
    r"\b(?:if|unless|depending\s+on|dependent\s+on|as\s+and\s+when|provided|providing|so\s+long\s+as|as\s+long\s+as"
    r"|on\s+condition|assuming)\b"
)
"""What keeps a possibility open (:meth:`_Judge._without_possibilities`): a condition after it, however it is
worded ("provided she engages", "so long as", "on condition that", "assuming")."""
_CONDITION_AFTER = re.compile(r"\b(?:depending\s+on|dependent\s+on|as\s+and\s+when)\b[^\n,;:.!?]*")
"""A condition after what it governs, to its clause's end ("observation of the baby depending on how she is",
"feeding as and when"): the condition states nothing; what comes before it is judged alone."""
_OR_BEFORE = re.compile(r"\s*(?:or|either)\b")
_OR_AFTER = re.compile(r"\s*,?\s*or\b")
"""A possibility offered as one of alternatives by another clause ("could continue, or could be reduced")."""
_MENU = re.compile(r"\beither\b(?!\s+(?:way|case|event)\b)[^\n;:.!?]*?\bor\b[^\n,;:.!?]*")
"""Alternatives offered, "either ... or ...": not "either way" or "in either case", which say what holds
whichever comes true."""
_MENU_ITEM = re.compile(r",|\bor\b|\beither\b")
_MENU_ANY = frozenset({"", "both", "neither", "none", "all"})
"""Alternatives that choose nothing among the others ("..., or both")."""
_SOFT_MODALS = ("should", "must", "may", "might", "could", "can")
_DANGLING = re.compile(
    _word_from(
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "been",
        r"will\s+be",
        r"continues?\s+to\s+be",
        *(rf"{modal}(?:\s+(?:ideally|perhaps|possibly|maybe|usefully|also))*\s+be" for modal in _SOFT_MODALS),
        r"to\s+be",
    )
    + r"(?:\s+(?:all|both|also|just|only|duly|ideally|perhaps|possibly|maybe|gently|usefully|further))*"
    + r"(?:\s+(?:a|an|the|something\s+to|one\s+to))?\s*(?=[,.;:!?]|$)"
)
"""A verb left with nothing after it once its hedge or its medicine's name is set aside ("methadone is [noted]",
"continues to be a [medicine]"), a modal's too ("observation should ideally be [considered]", "may be something
to [bear in mind]", "feeding to be gently [explored]"): it states nothing. Found passing by the hundredth fresh
corpus (f100-do-*): an obligation softened to a thought decides nothing."""
_SOFTENED_GERUND = re.compile(
    r"(?:^|(?<=[\n;:.!?]))\s*(?:(?:and|but|so)\s+)?[^\W\d_]{2,}ing(?:\s+[^\W\d_][\w'-]*){0,4}?\s+"
    rf"(?:{'|'.join(_SOFT_MODALS)})(?:\s+(?:ideally|perhaps|possibly|maybe|usefully|also))*\s+be"
    r"(?:\s+(?:ideally|perhaps|possibly|maybe|gently|usefully|further))*\s*(?=[,.;:!?]|$)"
)
"""A gerund opening its clause as the subject of a softened obligation whose participle is set aside
("Continuing lithium should ideally be [considered]", "stopping it may be [worth thinking about]"): the act is
only named as the thing to think about, so the gerund ("continuing") is no claim, and the modal dangles as
:data:`_DANGLING`'s does. Found passing by the hundred-and-second fresh corpus (f102-so-*)."""
_TOPIC_SUFFIXES = ("s", "es", "ed", "d", "ing", "ly")
_SHORT_SENTENCE_WORDS = 4
"""A sentence of at most this many content words is about the subject with one topic word ("Bottle fed.");
a longer one needs two."""


_INNER_NUMBER = re.compile(r"(?<=[^\W\d_]{2})\d+(?=[^\W\d_]{2})")
"""A number between two runs of at least two letters ("next2me", "face2face"): a word's stand-in, not a measure."""


@functools.lru_cache(maxsize=memo.WORDS)
def _letters(word: str) -> str:
    """A word's letters: digits, a possessive and outer hyphens dropped ("60mg" -> "mg", "mother's" -> "mother"); a
    number standing for a word between two runs of letters joins them as a hyphen does ("next2me" -> "next-me",
    read as "next-to-me" is, not as one unknown word)."""
    return _DIGITS.sub("", _INNER_NUMBER.sub("-", _POSSESSIVE.sub("", word))).strip("-'")


def _alternation(phrases: Iterable[str]) -> str:
    """A pattern matching any of ``phrases``, the longest first where several match at one place, as the
    alternation of the phrases longest first would, but written as a trie (phrases sharing a beginning share
    its pattern), so the regex engine tries the few phrases that start as the text does rather than each in
    turn: a fraction of the time on hundreds of phrases. Where several phrases match at one place they lie
    on one path of the trie, which is tried longest first.

    Words within a phrase are separated by any run of spaces or a line break, so a phrase broken over two
    lines is still found."""
    return _trie(_tree(phrases), r"\s+")


def _tree(strings: Iterable[str]) -> dict[str, dict[str, Any]]:
    """``strings`` as a tree of their characters, a string's end marked by the key ""."""
    root: dict[str, dict[str, Any]] = {}
    for string in strings:
        node = root
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}
    return root


def _first_words(phrases: Iterable[str]) -> tuple[str, ...] | None:
    """What a text holds wherever :func:`_alternation` of ``phrases`` matches in it: one of these, each a phrase's
    first word (its words may be parted by any run of spaces) that holds no other's ("recommended", not
    "unrecommended"). None when some phrase has no word, so may match anywhere."""
    firsts = {phrase.split()[0] if phrase.split() else "" for phrase in phrases}
    if "" in firsts:
        return None
    return tuple(sorted(w for w in firsts if not any(o != w and o in w for o in firsts)))


def _rarest_words(phrases: Iterable[str]) -> tuple[str, ...] | None:
    """What a text holds wherever :func:`_alternation` of ``phrases`` matches in it, as :func:`_first_words` tells,
    but of each phrase its rarest word in English ("like" of "would like to"), so fewer texts hold one: every word
    of a phrase is matched as it is written."""
    return _first_words(" ".join(sorted(phrase.split(), key=lambda w: (zipf(w), -len(w), w))[:1]) for phrase in phrases)


def _first_verbs(phrases: Iterable[str]) -> tuple[str, ...] | None:
    """The first word of each of ``phrases`` (a text holding none holds no phrase), or None when there are none."""
    found = tuple(sorted({p.split()[0] for p in phrases if p.split()}))
    return found or None


def _last_words(phrases: Iterable[str]) -> tuple[str, ...] | None:
    """The last word of each of ``phrases`` (a text holding none holds no phrase), or None when there are none."""
    found = tuple(sorted({p.split()[-1] for p in phrases if p.split()}))
    return found or None


def _may_hold(text: str, literals: tuple[str, ...] | None) -> bool:
    """Whether ``text`` holds one of ``literals`` (:func:`_first_words`; None: it may hold anything)."""
    if literals is None:
        return True
    if len(literals) < _HOLDS_AT_LEAST:
        return any(map(text.__contains__, literals))  # at C speed: no generator per literal
    # Keyed by the tuple's identity: hashing a tuple of hundreds of literals on every call cost more than the
    # search saves. The entry holds its tuple, so the identity cannot pass to another tuple while it lives.
    entry = _HOLDS.get(id(literals))
    if entry is None or entry[0] is not literals:
        entry = _HOLDS[id(literals)] = (literals, _holds(literals))
    return entry[1](text) is not None


_HOLDS_AT_LEAST = 16
"""From this many literals one search for them all (:func:`_holds`) is quicker than one ``in`` for each."""
_HOLDS: dict[int, tuple[tuple[str, ...], Callable[[str], object]]] = {}
"""Each tuple of literals' search (:func:`_holds`), made once: the tuples are the settings' hints, few and kept."""


def _holds(literals: tuple[str, ...]) -> Callable[[str], object]:
    """A search finding one of ``literals`` anywhere in a text (as ``in`` does, inside words too): the literals as
    one trie, so the text is read once rather than once per literal."""
    if not literals:
        return lambda text: None  # none to hold
    return re.compile(_trie(_tree(literals), re.escape(" "))).search


def _may_hold_each(text: str, hints: Iterable[tuple[str, ...] | None]) -> bool:
    """Whether ``text`` holds one of each of ``hints`` (:func:`_may_hold`)."""
    return all(_may_hold(text, literals) for literals in hints)


def _trie(node: dict[str, dict[str, Any]], space: str) -> str:
    """The pattern of a tree of characters (:func:`_tree`), a space matched by ``space``."""
    branches = [
        (space if char == " " else re.escape(char)) + _trie(child, space)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    # Where a phrase ends here and others go on, the longer are tried first (a greedy optional part).
    return f"(?:{body})?" if "" in node else body


_ALL_PATTERNS = frozenset(
    {"deferral", "cancelling", "universal", "dismissal", "clinical_phrase", "history", "general", "date"}
)
"""Every pattern a :class:`_Prefilter` serves: each may match where there is none to tell."""

_RUN = re.compile(r"[^\W_]+")
"""A run of letters and digits (a hyphen, an apostrophe, a space or a mark ends it)."""

_Alternatives = tuple[tuple[str, ...], ...]
"""A pattern's alternatives, each the groups of phrases it needs all of (see :class:`_Prefilter`)."""

_DENIED = "<denied>"
"""The group of a word said then denied ("booked and not booked", "planned or unplanned", "will continue, or will
not continue", "unsafe, though not unsafe", "neither does nor does not"): a text that has one has a conjunction
after a space and, after the spaces and at most one word that follow it, "not " or a word beginning "un",
"non", "in" or "dis" (:data:`_DENIED_HINT`)."""
_DENIED_HINT = re.compile(r"\s(?:and|or|nor|though|but)\s+(?:[^\W\d_]+\s+)?(?:not\s|un|non|in|dis)")
_YEAR = "<year>"
"""The group of a year something happened in ("in 2018", :data:`_IN_YEAR`)."""
_DATE_FOUND = "<date>"
"""The group of a date (:data:`_DATE`): a month's name as a word of its own, :data:`_DATE_DIGITS`, or a year
(19xx or 20xx) as a word of its own."""
_DATE_DIGITS = re.compile(r"\d[/.\-]\d{1,2}[/.\-]\d")
"""Three numbers joined by slashes, full stops or hyphens ("03/03/2026", "2026-03-02"): what every date of digits
alone holds, where a strength ("1mg/ml"), a gestation ("36/40") or a decimal ("0.5") holds two at most. Written to
begin with a digit, so the search skips every other character at once."""
_ASCII_MARKS = str.maketrans({c: " " for c in map(chr, range(128)) if not c.isalnum()})
"""Every ASCII character that is not a letter or digit, as a space: an ASCII text's runs are then its words."""


def _runs(text: str) -> frozenset[str]:
    """The runs of letters and digits in ``text`` (:data:`_RUN`)."""
    if text.isascii():  # the common case, at a fraction of the cost
        return frozenset(text.translate(_ASCII_MARKS).split())
    return frozenset(_RUN.findall(text))


def _has_year(text: str, runs: frozenset[str]) -> bool:
    """Whether a run of ``text`` is a year, 19xx or 20xx."""
    return ("19" in text or "20" in text) and any(len(r) == 4 and r[:2] in ("19", "20") for r in runs)


def _in_year(text: str, runs: frozenset[str]) -> bool:
    return ("in" in runs or "during" in runs) and _has_year(text, runs)


@dataclass(frozen=True, slots=True)
class _Prefilter:
    """Which of the settings' phrase patterns can match a text at all, told from the text's runs of letters and
    digits at the cost of one search, so a text is searched only by the patterns that may find something: most
    texts defer, dismiss, take back or tell history nowhere, and each pattern tries every place in the text.

    A bounded pattern (:func:`_bounded`) matches a phrase only where each of the phrase's runs is a whole run of
    the text: the pattern's bounds end its first and last, and the phrase's own spaces and marks end the others.
    So a text without every run of some phrase of a group cannot match that group, and a pattern whose every
    alternative needs such a group cannot match at all. An empty group, or a phrase without letters or digits,
    may match anywhere, as the empty alternation would."""

    index: dict[str, tuple[tuple[str, frozenset[str]], ...]]
    """Each phrase's runs and group, filed under its rarest run (a topic word last, a stop word next to last,
    the rest by their frequency in English), so few texts have it."""
    keys: frozenset[str]
    always: frozenset[str]
    """The groups that may match in any text."""
    patterns: tuple[tuple[str, frozenset[str], _Alternatives], ...]
    """Each pattern's name, the groups any of which it may match alone, and the alternatives needing several."""

    @classmethod
    def of(
        cls,
        groups: dict[str, Iterable[str]],
        patterns: dict[str, _Alternatives],
        topics: frozenset[str],
        stop_words: frozenset[str],
    ) -> _Prefilter:
        """The prefilter of ``patterns`` over ``groups``; ``topics`` and ``stop_words``: the words texts here
        have most, topic words the most."""
        index: dict[str, list[tuple[str, frozenset[str]]]] = {}
        always = set()
        for group, phrases in groups.items():
            found = False
            for phrase in phrases:
                found = True
                # Interned: the same few thousand words recur across tens of thousands of phrases (issue 14's memory).
                runs = frozenset(map(sys.intern, _RUN.findall(phrase)))
                if runs:
                    key = min(runs, key=lambda r: (r in topics, r in stop_words, zipf(r), -len(r), r))
                    index.setdefault(key, []).append((group, runs))
                else:
                    always.add(group)
            if not found:
                always.add(group)
        return cls(
            {key: tuple(found) for key, found in index.items()},
            frozenset(index),
            frozenset(always),
            tuple(
                (
                    name,
                    frozenset(needed[0] for needed in alternatives if len(needed) == 1),
                    tuple(needed for needed in alternatives if len(needed) > 1),
                )
                for name, alternatives in patterns.items()
            ),
        )

    def may_match(self, text: str) -> frozenset[str]:
        """The names of the patterns that may match in ``text``, remembered for recent texts: a text's analysis,
        its deferrals and what it points elsewhere for each ask it of the same text (:data:`_MAY_MATCH`)."""
        key = (id(self), text)
        hit = _MAY_MATCH.get(key)
        if hit is not None and hit[0] is self:
            return hit[1]
        found = self._may_match(text)
        if len(_MAY_MATCH) >= _MAY_MATCH_MAX:
            _MAY_MATCH.clear()  # a record asks of its own few texts: a fresh memo loses little
        _MAY_MATCH[key] = (self, found)
        return found

    def _may_match(self, text: str) -> frozenset[str]:
        runs = _runs(text)
        present = set(self.always) if self.always else set()
        for key in self.keys.intersection(runs):
            for group, need in self.index[key]:
                if need <= runs:
                    present.add(group)
        if _DENIED_HINT.search(text) is not None:
            present.add(_DENIED)
        if _in_year(text, runs):
            present.add(_YEAR)
        if not runs.isdisjoint(_MONTHS) or _DATE_DIGITS.search(text) is not None or _has_year(text, runs):
            present.add(_DATE_FOUND)
        may = []
        for name, alone, together in self.patterns:
            if not alone.isdisjoint(present) or any(map(present.issuperset, together)):
                may.append(name)
        return frozenset(may)


_MAY_MATCH: dict[tuple[int, str], tuple[_Prefilter, frozenset[str]]] = {}
""":meth:`_Prefilter.may_match` by the prefilter's identity and the text: hashing a prefilter hashes its whole index.
Each entry holds its prefilter, so the identity cannot pass to another while the entry lives."""
_MAY_MATCH_MAX = 2048


@dataclass(frozen=True, slots=True)
class _Patterns:
    deferral: re.Pattern[str]
    dismissal: re.Pattern[str]
    hedge: re.Pattern[str]
    phrase_words: frozenset[str]
    hedge_kept: re.Pattern[str] | None = None
    pointer: re.Pattern[str] | None = None
    """The deferrals that send the reader elsewhere (``[pointer]``: a document, a plan, a guideline, numbered parts
    of another document), the first alternatives of ``deferral`` (:func:`without_pointed_elsewhere`)."""
    measure: re.Pattern[str] = _MEASURE
    """A number that measures, a score out of one of ``Lexicon.score_totals`` aside (:func:`_measure`)."""
    universal: re.Pattern[str] | None = None
    universal_turn: re.Pattern[str] | None = None
    claim: re.Pattern[str] | None = None
    checklist_mark: re.Pattern[str] | None = None
    """A sentence of one to three words of a topic, a colon, a dash or nothing, and a mark of
    ``Lexicon.checklist_marks`` only, to its end ("Safe sleep - done."): a box ticked, not what was decided."""
    checklist_mark_hint: tuple[str, ...] = ()
    bare_verdict: re.Pattern[str] | None = None
    bare_verdict_hint: tuple[str, ...] = ()
    """A sentence of one or two words of a topic (perhaps under a colon) and a verdict word of
    ``Lexicon.bare_verdicts`` only, to its end ("Feeding fine.", "Sleep is ok;", "Newborn: fine"): with a reason
    or a measure after it, it is no sentence of its own."""
    strong_claim: re.Pattern[str] | None = None
    cited_source: re.Pattern[str] | None = None
    """A source of guidance (``Lexicon.pointer_sources``): a pointer to one cites it after an answer."""
    stop_words: frozenset[str] = frozenset()
    hypothetical: re.Pattern[str] | None = None
    possible: re.Pattern[str] | None = None
    """A modal of possibility and what follows it in its clause, up to an "and" (``Lexicon.possible_claims``)."""
    possible_alone: re.Pattern[str] | None = None
    possible_choice: re.Pattern[str] | None = None
    whether_open: re.Pattern[str] | None = None
    """A "whether" clause as the subject, its verb and a predicate saying the question is open
    (``Lexicon.open_predicates``), to where its clause ends or an "and" opens another: a question left open."""
    restated_answer: re.Pattern[str] | None = None
    """A template's coded answer as "Label: value" filling its sentence, line or ;-part alone
    (``Lexicon.restated_answers``): the form's answer copied back, no decision."""
    restated_facts: re.Pattern[str] | None = None
    """A sentence, line or ;-part that only lists the EDD or a gestation, and perhaps the feeding answer
    (``Lexicon.restated_date_labels``, ``restated_gestation_words``, ``restated_feeding``): the record's own
    facts copied back, no decision."""
    wish: re.Pattern[str] | None = None
    """A wish and what follows it in its clause, up to an "and" (``Lexicon.wishes``)."""
    empty_act: re.Pattern[str] | None = None
    """A modal, perhaps an aside in commas, and an act that names nothing done ("will, at the first visit, handle
    what is needed"; ``Lexicon.empty_acts``, "..." standing for up to four words): it states nothing."""
    wish_hint: tuple[str, ...] | None = None
    leaflet_order: re.Pattern[str] | None = None
    """A clause opening on a bare order (``Lexicon.leaflet_orders``: "Don't stop suddenly", "remember to rest") with
    no figure in it, to its end: in a leaflet's register (:data:`_EXCLAIMED_TO_READER`, :data:`_EXCLAIMED_TITLE`)
    advice for anyone, as a clause addressed to the reader is (:meth:`_Judge._claims`)."""
    assumed_perfect: re.Pattern[str] | None = None
    """The "will" of a future perfect and any aside of assumption after it ("will, no doubt, have been told"):
    presumed, read as the perfect's auxiliary (``Lexicon.assumed_perfect_asides``)."""
    opinion: re.Pattern[str] | None = None
    """One of ``Lexicon.opinion_holders``, perhaps "'s" and up to two other words, then one of ``Lexicon.opinions``:
    another's view reported (:meth:`_Judge._without_opinions`)."""
    opinion_hint: tuple[str, ...] | None = None
    """What :attr:`opinion` cannot match without: an opinion verb's rarest word (:func:`_rarest_words`)."""
    opinion_adopted: re.Pattern[str] | None = None
    """One of ``Lexicon.opinion_adopted``: the view reported is adopted."""
    """What :attr:`wish` cannot match without: a wish's rarest word (:func:`_rarest_words`)."""
    counterfactual: re.Pattern[str] | None = None
    """A modal with a perfect ("would normally have been continued"), or a past condition opening its clause ("had
    the plan been finalised"): what might have been (``Lexicon.counterfactual_modals``)."""
    counterfactual_hint: tuple[str, ...] | None = None
    """What :attr:`counterfactual` cannot match without (:func:`_may_hold`): its perfect's "have" or "'ve", or the
    "had" opening a clause. The pattern opens on any of its modals and is tried from every place in a text."""
    choice: re.Pattern[str] | None = None
    negated_account: re.Pattern[str] | None = None
    """An account that nothing was done: "no plan was made", "nothing has yet been decided", "neither ... nor ...
    has been arranged", "was not looked at" (:meth:`_Judge._without_negated_accounts`)."""
    general_claim: re.Pattern[str] | None = None
    """A whole claim match that states only a general property (``Lexicon.general_claims``)."""
    case_word: re.Pattern[str] | None = None
    class_phrase: re.Pattern[str] | None = None
    risk_heading: re.Pattern[str] | None = None
    topic_label: re.Pattern[str] | None = None
    """A label over topics and its copula opening a sentence ("The relevant issues for the baby are ..."; group
    ``label``): :meth:`_Judge._without_topic_labels`."""
    risk_figure: re.Pattern[str] | None = None
    """A rate or odds with what it is of (``Lexicon.risk_figure_nouns``): :meth:`_Judge._without_risk_figures`."""
    foretold_level: re.Pattern[str] | None = None
    """A level foretold to be an amount (``Lexicon.foretold_level_nouns``): :meth:`_Judge._without_foretold_levels`."""
    foretold_level_hint: tuple[str, ...] | None = None
    """A medicine's class named with "this", or an alternative that is "suitable" (``Lexicon.class_phrases``): set
    aside before a case word is sought."""
    licence: re.Pattern[str] | None = None
    """A licence's verdict said of a population or under its condition, to its clause's end ("contraindicated in
    women of childbearing potential unless ...": ``Lexicon.licence_verdicts``); ``said`` is what follows the
    verdict."""
    licence_hint: tuple[str, ...] | None = None
    """What :attr:`licence` cannot match without: a verdict's word (:func:`_first_words`)."""
    population: re.Pattern[str] | None = None
    """A share of a population in general ("about half of babies exposed", "most newborns"): see
    ``Lexicon.population_shares``."""
    population_hints: tuple[tuple[str, ...] | None, ...] = ()
    """What :attr:`population` cannot match without: a share's rarest word and a population's
    (:func:`_rarest_words`), each."""
    association: re.Pattern[str] | None = None
    """Evidence of a class: a passive or perfect auxiliary, perhaps an adverb, and one of ``Lexicon.associations``
    ("have been linked with", "is strongly associated with")."""
    association_hint: tuple[str, ...] | None = None
    """What :attr:`association` cannot match without: an association's rarest word."""
    property_measure: re.Pattern[str] | None = None
    """One of ``Lexicon.properties``, at most three words, and the number or range measuring it ("a variable
    half-life of 15 to 60 hours")."""
    property_hint: tuple[str, ...] | None = None
    """What :attr:`property_measure` cannot match without: a property's rarest word."""
    frequency: re.Pattern[str] | None = None
    """One of ``Lexicon.frequency_hedges`` ("typically", "tends to")."""
    frequency_hint: tuple[str, ...] | None = None
    """What :attr:`frequency` cannot match without: a hedge's rarest word."""
    report: re.Pattern[str] | None = None
    """Guidance reported: a reporter, at most three other words, a reporting verb ("the MHRA further states"), with
    the applying word before it, if any, in group ``applied`` (``Lexicon.reporters``)."""
    report_hints: tuple[tuple[str, ...] | None, ...] = ()
    """What :attr:`report` cannot match without: a reporter's rarest word and a reporting verb's, each."""
    report_frame: re.Pattern[str] | None = None
    """Guidance reported with no verb: one of ``Lexicon.report_frames``, at most two other words, a reporter
    ("according to the NICE guideline")."""
    report_frame_hints: tuple[tuple[str, ...] | None, ...] = ()
    """What :attr:`report_frame` cannot match without: a frame's rarest word and a reporter's, each."""
    examination: re.Pattern[str] | None = None
    """The baby as the subject of one of ``Lexicon.examinations`` ("the baby is to be reviewed"), the phrase in
    group ``phrase``: an examination of the baby, not a deferral."""
    examination_hint: tuple[str, ...] | None = None
    """What :attr:`examination` cannot match without: a phrase's rarest word."""
    unnamed_later: frozenset[str] = frozenset()
    """``Lexicon.unnamed_later``: deferrals that a clause naming who acts before them does not make."""
    later_actor: re.Pattern[str] | None = None
    bare_hand_over: re.Pattern[str] | None = None
    """A department or team (``Lexicon.bare_hand_over_departments``, or up to three words ending in one of
    ``bare_hand_over_groups``), perhaps a modal, an empty verb (``bare_hand_over_verbs``) and up to two words of
    object to where its clause ends ("paediatrics will handle the baby"): who holds it, with no act."""
    bare_hand_over_hint: tuple[str, ...] | None = None
    contact_hand_over: re.Pattern[str] | None = None
    """A department or team (as for ``bare_hand_over``), perhaps a modal, a verb of getting in touch
    (``Lexicon.contact_hand_over_verbs``: "will be in touch"), whom (``contact_hand_over_whom``: "with the family"), and
    nothing more to where its clause ends, or only a vague topic (``contact_hand_over_topics``: "about what the
    baby needs", no figure): a contact promised, with nothing decided."""
    contact_hand_over_hint: tuple[str, ...] | None = None
    """One of ``Lexicon.later_actors`` then a verb: after a modal ("the GP will stop it"), or one ending in "s"
    ("the consultant reviews her"); a role only listed ("paeds and PMHT input") is no actor."""
    later_agent: re.Pattern[str] | None = None
    """A passive with its agent, one of ``Lexicon.later_actors`` after "by", anywhere in the clause ("the cot is to
    be checked after her next visit by the HV"): who acts is named, only the time is later."""
    bracket_named: re.Pattern[str] | None = None
    """The inside of brackets that names a person: one of ``Lexicon.bracket_titles`` (perhaps with a full stop)
    and one to three words of letters, none of ``Lexicon.bracket_name_prompts`` ("[Dr Patel]", "<Mrs J. Adams>"):
    a name where a holder stands, not a form's prompt ("[Dr name]", "[named midwife]")."""
    report_titled: re.Pattern[str] | None = None
    """A person named by title and name (one of ``Lexicon.report_named_titles`` and a word of letters: "dr
    shah"), whom guidance in general never names."""
    report_that_subject: re.Pattern[str] | None = None
    """"That" and one of ``Lexicon.report_that_subjects`` after it (the subject in group ``subject``): what
    reported guidance says of any baby ("advises that the baby is reviewed")."""
    report_heading: re.Pattern[str] | None = None
    """A clause that is only a heading of guidance (matched whole, before its colon): at most two words not
    applying it, one of ``Lexicon.report_headings`` and at most one word after ("National guidance", "NICE
    CG192")."""
    report_heading_hint: tuple[str, ...] | None = None
    """What :attr:`report_heading` cannot match without: a heading's rarest word."""
    report_pointer: re.Pattern[str] | None = None
    """The guidance reported pointed back at and put to use: one of ``Lexicon.report_pointer_uses``, one of
    ``Lexicon.report_pointers``, at most one other word, one of ``Lexicon.report_pointer_nouns`` ("on that
    schedule", "following those recommendations"), or a run of spaces where a noun was set aside before the text's
    claims are read (process words such as "schedule" are, ``[hedge]``)."""
    reporter_hedges: frozenset[str] = frozenset()
    """The hedges that are also reporters ("guideline"): kept where they report (:func:`_set_aside`)."""
    clinical_phrase: re.Pattern[str] | None = None
    history: re.Pattern[str] | None = None
    """A past-time marker, or a clause's opening naming another person (``Lexicon.history_markers``,
    ``Lexicon.other_people``)."""
    history_turn: re.Pattern[str] | None = None
    history_marked_turn: re.Pattern[str] | None = None
    past_verb: re.Pattern[str] | None = None
    """A verb in the past: one of ``Lexicon.past_verbs``, or a word in -ed after a pronoun ("she stopped")."""
    """A phrase of ``Lexicon.clinical_phrases``."""
    cancelling: re.Pattern[str] | None = None
    """What takes back its clause: the ``[cancelling]`` phrases, and a word said then denied ("booked and not
    booked", "planned or unplanned", "neither planned nor unplanned")."""
    held: re.Pattern[str] | None = None
    recorded: re.Pattern[str] | None = None
    """What only writes down what happened, with nothing after it but where or for whom to its clause's end ("this
    will be noted in the baby's chart", "the carer will make a note of it"; :attr:`Lexicon.recorded`)."""
    recorded_hint: tuple[str, ...] | None = None
    """What :attr:`recorded` cannot match without: its verb's letters (:attr:`Lexicon.recorded_hints`)."""
    hand_over: re.Pattern[str] | None = None
    """A modal and a verb that only takes things on ("will arrange", "to sort out"; :attr:`Lexicon.hand_over_verbs`)."""
    hand_over_end: re.Pattern[str] | None = None
    """A hand-off that leaves the how to others ("as they see fit"; :attr:`Lexicon.hand_over_ends`)."""
    asked_about: re.Pattern[str] | None = None
    """A question asked without its mark, "do" or "does" opening its clause before a subject and its verb, to
    where its sentence ends (:meth:`_Judge._asked_about`): the subject is one of ``Lexicon.question_subjects``
    after a determiner, or the group ``medicine``, which must be a word of a medicine's name."""
    asking: re.Pattern[str] | None = None
    """An instruction to the writer opening its clause, an asking verb and a question word ("describe what it
    means for the baby and set out who does what"), to where its sentence ends: it names what to answer."""
    asking_hint: tuple[str, ...] | None = None
    """What :attr:`asking` cannot match without: an asking verb's rarest word. The pattern opens on a space run
    and is tried from every place in a text."""
    """The verbs that hold a deferral open, ending the words before it ("... and shall stay ")."""
    prefilter: _Prefilter | None = None
    """Which of ``deferral``, ``cancelling``, ``universal``, ``dismissal``, ``clinical_phrase``, ``history`` and
    ``general_claim`` may match a text, and whether it may hold a date (:meth:`_Prefilter.may_match`)."""
    cut_off_words: frozenset[str] = frozenset()
    """Words no finished text ends on (``Lexicon.cut_off_words``; :func:`_cut_off`)."""
    auxiliary: re.Pattern[str] | None = None
    """A passive or perfect auxiliary before a participle of an account ("has been addressed", "was discussed",
    "have all been gone through") or before what was set aside as a hedge, and a copula before a predicate that
    states nothing ("is a consideration", "are all relevant topics", "has risks"): it makes an account or a
    label, not a statement. Before any other participle or predicate it stands ("is heavily sedated at night",
    "is reduced", "has a high risk")."""


_CLAUSE_ENDS = r"(?=\s*(?:[,;:!?()\[\]\n]|\.(?:\s|$)|$))"
"""Where a clause ends: its punctuation, a full stop before a space, or the end of the text."""


def _watching(phrases: Iterable[str], manners: Iterable[str]) -> str:
    """A pattern of a watching phrase with the manner words beside it, one before and any after ("closely
    monitored", "watched carefully and appropriately"), and the next such phrase joined to it by "and" or "or"
    ("watched closely and looked after properly"): a join between two watchings says no more than either."""
    watching, manners = _alternation(phrases), tuple(manners)
    if manners:
        manner = _alternation(manners)
        watching = rf"(?:(?:{manner})\s+)?(?:{watching})(?:\s+(?:and\s+)?(?:{manner})(?![^\W_]))*"
    return rf"{watching}(?:\s+(?:and|or)\s+{watching}(?![^\W_]))*"


def _bounded(body: str) -> re.Pattern[str]:
    """``body`` as whole words. Written letter first where :func:`_letter_led` can (the same matches, faster)."""
    led = _letter_led(body)
    if led is not None:
        return re.compile(rf"(?:{led})(?![^\W_])")
    return re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])")


_LETTER_LED_MOST = 12
"""The most first letters a pattern written letter first may open with: the engine then looks for those letters
alone, which pays while they are few; with most of the alphabet the look back first is the faster."""


def _letter_led(body: str) -> str | None:
    r"""``(?<![^\W_])(?:<body>)`` written to open with letters: each top-level alternative of ``body`` (groups
    ``(?:...)`` holding only alternatives opened up) that opens with an ASCII letter or digit not repeated by a
    quantifier, the look back put after that character (``c(?<![^\W_].)``, which looks at the character before
    ``c`` as the look back before it did: ``c`` is no line break, so ``.`` matches it). The regex engine then tries
    only the places holding one of those characters, not every place. None when an alternative opens otherwise,
    or more than :data:`_LETTER_LED_MOST` characters open them."""
    alternatives = _opened(body)
    if alternatives is None or len({a[0] for a in alternatives}) > _LETTER_LED_MOST:
        return None
    return "|".join(a[0] + r"(?<![^\W_].)" + a[1:] for a in alternatives)


def _opened(body: str) -> list[str] | None:
    """The top-level alternatives of ``body``, a group holding only alternatives opened into its own, or None
    where one does not open with a single ASCII letter or digit (:func:`_letter_led`)."""
    found: list[str] = []
    for alternative in _top_level(body, "|"):
        if alternative.startswith("(?:") and len(_top_level(alternative, ")")) == 2 and alternative.endswith(")"):
            inner = _opened(alternative[3:-1])  # "(?:X|Y)" and nothing after it
            if inner is None:
                return None
            found += inner
        elif alternative[:1].isascii() and alternative[:1].isalnum() and alternative[1:2] not in ("?", "*", "+", "{"):
            found.append(alternative)
        else:
            return None
    return found


def _top_level(pattern: str, mark: str) -> list[str]:
    """``pattern`` cut at each ``mark`` ("|" or ")") outside escapes, character sets and (for "|") groups; a
    ``)`` closes the group its own level opened, so "(?:X)" cut at ")" is ["(?:X", ""] alone."""
    pieces, depth, start, i, in_set = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            i += 1 + (pattern[i + 1 : i + 2] == "^")
            i += pattern[i : i + 1] == "]"  # a "]" first in a set is one of its characters
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if mark == ")" and depth == 0:
                pieces.append(pattern[start:i])
                start = i + 1
        elif char == "|" and mark == "|" and depth == 0:
            pieces.append(pattern[start:i])
            start = i + 1
        i += 1
    pieces.append(pattern[start:])
    return pieces


_EMPTY_ACT_MODAL = _letter_led(r"will|shall|must|should|would|can|is\s+to|are\s+to|to")
r"""What opens an empty act, ``(?<![^\W_])(?:will|shall|must|should|would|can|(?:(?:is|are)\s+)?to)`` written
letter first (:func:`_letter_led`): the same alternatives tried in the same order."""


_IN_YEAR = r"(?:in|during)\s+(?:19|20)\d{2}"
"""A year something happened in ("in 2018"): a past-time marker whatever the list holds."""


def _history(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A past-time marker or what is said of the service anywhere, or another person opening a clause (after
    "and", "but" or "while") but for what will happen to them: "her son will be scored for withdrawal on the
    ward" is this baby, "her sister will do the night feeds" this case's plan."""
    markers = (*lexicon.history_markers, *lexicon.service_phrases)
    found = [_IN_YEAR, *([_alternation(markers)] if markers else [])]
    if lexicon.other_possessives and lexicon.other_people:
        found.append(
            rf"^\s*(?:(?:and|but|while|whereas)\s+)?(?:{_alternation(lexicon.other_possessives)})"
            rf"(?:\s+[^\W\d_][\w'-]*){{0,2}}?\s+(?:{_alternation(lexicon.other_people)})(?:'s?)?(?!\s+(?:will|shall)(?![^\W_]))"
        )
    return _bounded("|".join(found))


_DEFINITION = re.compile(
    r"^\s*(?P<subject>(?:[^\W\d_][\w'/-]*\s+){0,6}?[^\W\d_][\w'/-]*)\s+(?:is|are)\s+(?:a|an)\s+"
    r"(?P<predicate>(?:(?!(?<![^\W_])(?:and|but|so|which|that|who|whose|where|while|though|although)(?![^\W_]))"
    r"[^\n,;:.!?])*)"
)
"""A definition opening its clause: a subject, "is" or "are", "a" or "an", and the predicate, up to a word that
opens another predicate or clause ("and", "which", "so"). See :meth:`_Judge._definition`."""


_DAY_NUMBER = re.compile(r"(?<![^\W_])(?:(?:on\s+)?(?:day|d)\s*\d+|\d+(?:st|nd|rd|th)\s+day)(?![^\W_])")
"""A day of life ("day 5", "on day 5", "d5", "5th day"): in a clause told in the past, when it happened."""
_DAY_NUMBER_HINT = re.compile(r"d(?:ay)?\s*\d|\d(?:st|nd|rd|th)\s+day")
"""What :data:`_DAY_NUMBER` cannot match without, found at a fraction of the cost: that pattern opens on a look back,
so it is tried in full from every place in a text."""


_SUBJECT_PREPOSITIONS = frozenset(
    {"for", "of", "to", "with", "on", "about", "regarding", "re", "around", "after", "before", "in", "from", "by"}
)
"""Words after which a definition's subject names what something else is for or of (:meth:`_Judge._definition`)."""


_PROPERTY_BREAKS = "(?:so|therefore|hence|thus|then|and|but|plus)"
"""Words that end what a property's measure may reach over ("a long half-life so obs for 72 hours" measures the
baby's stay after "so")."""


_ATTRIBUTIVE = re.compile(r"(?:[^\W\d_]+ed|[^\W\d_]+ing)\s+[^\W\d_]")
"""A change word in -ed or -ing before the word it qualifies ("reduced IQ", "increasing risk")."""
_ATTRIBUTIVE_AFTER = frozenset({"", "and", "or", "nor", "a", "an", "the", "with", "of", "in", "to", "some", "any"})
"""Words after which such a change word names a thing changed, not a change made ("and reduced IQ")."""


_PERFECT_AFTER = re.compile(r"\s+(?:been|[^\W\d_]+(?:ed|en))(?![^\W_])")
"""What makes a "has" or "have" before it a perfect ("have been clear", "has stopped")."""


_PERFECT = r"(?:was|were|has|have|had)(?:\s+(?:yet|so\s+far|ever|been|also|all|both|either))*"
"""A past or perfect auxiliary, with what may stand between it and its participle ("has yet been")."""


_COUNTERFACTUAL_HINT = ("have", "'ve", "had", "were", "should")
"""What :func:`_counterfactual`'s pattern cannot match without: its perfect's "have" or "'ve", the "had" of a
past condition, or the "were" or "should" of a future one inverted."""


def _counterfactual(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A modal, perhaps an adverb or a negation, and a perfect (``have`` before "been", a listed participle or one
    in -ed: "should have been switched", "would normally have done"; not "should have a review"), or "had", at most
    three words and "been" opening a clause ("had the plan been finalised"), or the future subjunctive inverted
    there ("were methadone to continue", "should sedation prove a problem")."""
    if not lexicon.counterfactual_modals:
        return None
    between = rf"(?:\s+(?:{_alternation(lexicon.counterfactual_between)}))" if lexicon.counterfactual_between else ""
    listed = rf"{_alternation(lexicon.counterfactual_participles)}|" if lexicon.counterfactual_participles else ""
    perfect = (
        rf"(?:{_alternation(lexicon.counterfactual_modals)}){between}{{0,2}}(?:\s+have|'ve)"
        rf"{between}{{0,2}}\s+(?:been|{listed}[^\W\d_]+ed)(?![^\W_])"
    )
    inverted = r"(?:^|(?<=[\n,;:.!?(]))\s*(?:(?:and|but)\s+)?(?:had\s+(?:[^\W\d_]+\s+){1,3}?(?:not\s+)?been" + (
        # the future subjunctive inverted: "were methadone to continue", "should sedation prove a problem"
        r"|were\s+(?:[^\W\d_]+\s+){1,3}?to\s+[^\W\d_]+"
        r"|should\s+(?:[^\W\d_]+\s+){1,3}?(?:prove|occur|arise|happen|develop|become|emerge|appear|seem))(?![^\W_])"
    )
    return re.compile(rf"(?<![^\W_])(?:{perfect})|{inverted}")


def _negated_account(participles: Iterable[str]) -> re.Pattern[str]:
    """A clause saying that nothing was done: opening with "no", "nothing", "none" or "neither" and going on to a
    past or perfect participle ("no plan was made for ...", "nothing has yet been decided"), or with "not" or
    "never" after its auxiliary ("was not looked at", "has never been discussed"). Not a negated instruction
    ("must not co-sleep", "will not be stopped", "is not advised") or a present state ("no change is needed")."""
    known = rf"{_alternation(participles)}|" if participles else ""
    participle = rf"(?:\s+(?:{known}(?!been(?![^\W_]))[^\W\d_]+(?:ed|en))(?![^\W_])|\s{{3,}}|\s*$)"
    return re.compile(
        rf"^\s*(?:(?:and|but|so)\s+)?(?:no|nothing|none|neither)(?![^\W_])[^,;:.!?\n]*?(?<![^\W_]){_PERFECT}"
        rf"{participle}|(?<![^\W_]){_PERFECT}\s+(?:not|never)(?:\s+(?:yet|so\s+far|ever|been))*{participle}"
        rf"|{_UNDECIDED_NOTE}"
    )


_UNDECIDED_NOTE = (
    r"^(?=[^,;:.!?\n]*?(?<![^\W_])(?:yet|so\s+far)(?![^\W_]))\s*(?:(?:and|but|so)\s+)?"
    r"(?:(?:\(\s*\w{1,4}\s*\)|the|options?|either|both|and|or)\s*)*"
    r"(?:not|neither|none|nothing|no)(?![^\W_])[^,;:.!?\n]*?(?<![^\W_])"
    r"(?:chosen|decided|agreed|selected|settled|finalised|finalized)(?![^\W_])"
)
"""A choice told as not made yet in note style, with no auxiliary ("Not (a) or (b) chosen yet.", "neither option
decided so far", "(a) or (b) not chosen yet"; only labels or "option" before the negation): an account that
nothing was decided, as "nothing has yet been decided" is (:func:`_negated_account`). Without "yet" or "so far" a
negated choice may refuse the options ("neither (a) nor (b) chosen: (c) instead")."""


_RECORDED_PLACE_WORDS = 8
"""How many words may say where or for whom a thing is written down ("for the core group at the next meeting")."""
_RECORDED_PLACE_STOP = ("and", "or", "but", "then", "so", "until", "unless", "if", "when", "while", "before", "after")
"""Words that end where or for whom a thing is written, starting another act or a time ("... and the registrar
called", "... until day 8"): a note beside an act or with a time is no note alone."""


def _recorded_pattern(lexicon: Lexicon) -> re.Pattern[str] | None:
    """What only writes down what happened, to its clause's end (:attr:`_Patterns.recorded`): one of
    ``Lexicon.recorded``, then perhaps where or for whom (one of ``Lexicon.recorded_places`` and up to
    :data:`_RECORDED_PLACE_WORDS` words, no digit and none of :data:`_RECORDED_PLACE_STOP`)."""
    if not lexicon.recorded:
        return None
    place = ""
    if lexicon.recorded_places:
        stop = _alternation(_RECORDED_PLACE_STOP)
        word = rf"(?!(?:{stop})(?![^\W_]))[^\W\d_][\w'-]*"
        place = rf"(?:\s+(?:{_alternation(lexicon.recorded_places)})(?:\s+{word}){{1,{_RECORDED_PLACE_WORDS}}})?"
    phrases = _alternation(lexicon.recorded)
    if lexicon.recorded_bare:
        # A verb of recording straight after its subject's last word ("the risk logged on the system"), several
        # joined by "and" recording as one ("noted and filed"); alone ("Noted.") it has no subject and is no
        # statement at all, judged as too few words.
        bare = _alternation(lexicon.recorded_bare)
        phrases = rf"(?<=[^\W_]\s)(?:{bare})(?:\s+and\s+(?:{bare}))*|(?:(?:{bare})\s+and\s+)*(?:{phrases})"
    return _bounded(rf"(?:{phrases}){place}{_CLAUSE_ENDS}")


_FIGURE = r"(?:\d+(?:\.\d+)?(?:\s*(?:-|to)\s*\d+(?:\.\d+)?)?\s*(?:%|per\s*cent(?![^\W_]))|(?:\d+|one)\s+in\s+\d[\d,]*)"
"""A rate or odds: a percentage or range of them ("11%", "10-15 per cent"), or "N in M" ("1 in 500")."""
_ABOUT = (
    r"(?:(?:about|around|approximately|roughly|nearly|almost|up\s+to|over|under|less\s+than|more\s+than|"
    r"at\s+least|only|a|an)\s+)*"
)
"""Words that soften or bound a figure ("about an 11% risk", "up to 1 in 4")."""
_FIGURE_OF_END = (
    r"(?=\s*[\n,;:.!?]|$|\s+(?:so|therefore|hence|thus|which|because|but|"
    r"and(?!\s+(?:(?:a|an|about|around|approximately)\s+)?(?:\d|one\s+in)|\s+of\s))(?![^\W_]))"
)
"""Where what a figure is a risk of ends: its clause's end, a turn, or an "and" that does not give another figure."""


def _risk_figure(nouns: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern[str] | None:
    """A rate or odds with what it is of (:meth:`_Judge._without_risk_figures`): "(carries) an 11% risk of X
    (and a 40% risk of Y)", "(her) 50% relapse risk", "chance of X is 1 in 1000 (and of Y 1 in 4)", "relapse risk
    is 50%"."""
    if not nouns:
        return None
    noun = rf"(?:{_alternation(nouns)})(?![^\W_])"
    verb = rf"(?:(?<![^\W_])(?:{_alternation(verbs)})\s+)?" if verbs else ""
    of = rf"(?:\s+of\s+[^\n,;:.!?]*?{_FIGURE_OF_END})?"
    before = rf"{verb}{_ABOUT}{_FIGURE}\s+(?:[^\W\d_][\w'-]*\s+){{0,2}}?{noun}{of}"
    after = (
        rf"(?<![^\W_]){noun}(?:\s+of\s+[^\n,;:.!?]*?)?\s+(?:is|are|was|will\s+be|would\s+be|stands\s+at|of|at)\s+"
        rf"{_ABOUT}{_FIGURE}(?:\s+and\s+of\s+[^\n,;:.!?]*?\s+(?:is\s+)?{_ABOUT}{_FIGURE})*"
    )
    return re.compile(rf"(?<![^\W_])(?:{before}|{after}|{_SHARE_FIGURE})")


_LABEL_POSTMODIFIER = r"(?:\s+here|\s+(?:for|of|in|to|regarding|around|about|with)(?:\s+[^\W\d_][\w'-]*){1,4}?)?"
"""What may follow a label's noun before its copula ("for the baby", "to consider", "here")."""


def _topic_label(nouns: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern[str] | None:
    """A label over topics opening a sentence, a part or what follows a colon: up to three words, one of ``nouns``,
    what may follow it and one of ``verbs`` ("the key issues for this baby are", "points to consider include")."""
    if not nouns or not verbs:
        return None
    return re.compile(
        r"(?:^|(?<=[.;:!?\n]))\s*(?P<label>(?:[^\W\d_][\w'-]*\s+){0,3}?"
        rf"(?:{_alternation(nouns)}){_LABEL_POSTMODIFIER})\s+(?:{_alternation(verbs)})(?![^\W_])"
    )


def _foretold_level(nouns: tuple[str, ...], amounts: tuple[str, ...]) -> re.Pattern[str] | None:
    """A level foretold to be an amount (:meth:`_Judge._without_foretold_levels`): one of ``nouns`` and up to four
    words with no "and" or turn, "will be" (or "would be", "is expected to be", ...), perhaps "very", then one of
    ``amounts`` (several joined by "or"), to where its clause ends or a turn opens ("levels in the infant will be
    low or undetectable", "the amount reaching the baby would be negligible")."""
    if not nouns or not amounts:
        return None
    amount = rf"(?:{_alternation(amounts)})(?![^\W_])"
    return re.compile(
        rf"(?<![^\W_])(?:{_alternation(nouns)})"
        r"(?:\s+(?!(?:and|or|so|then|but)(?![^\W_]))[^\W\d_][\w'-]*){0,4}?"
        r"\s+(?:will|would|should|is\s+expected\s+to|are\s+expected\s+to|is\s+likely\s+to|are\s+likely\s+to)"
        r"\s+be\s+(?:(?:very|much|only|extremely|clinically|probably|likely|too)\s+)*"
        rf"{amount}(?:\s+or\s+(?:(?:very|much|only|extremely|clinically)\s+)*{amount})*"
        rf"[^\n,;:.!?]*?{_FIGURE_OF_END}"
    )


_SHARE_FIGURE = (
    rf"{_ABOUT}\d+(?:\.\d+)?(?:\s*(?:-|to)\s*\d+(?:\.\d+)?)?\s*(?:%|per\s*cent(?![^\W_]))\s+of"
    r"(?:\s+(?!(?:and|or|so|then|but)(?![^\W_]))[^\W\d_][\w'-]*){1,4}?"
    r"\s+(?:will|would|is\s+expected\s+to|are\s+expected\s+to|is\s+likely\s+to|are\s+likely\s+to)\s+"
    rf"[^\n,;:.!?]*?{_FIGURE_OF_END}"
)
"""A share given as a percentage as the subject of what it is foretold to do ("about 0.5% of the maternal dose will
reach the baby in breast milk", "10% of her level would pass to it"): a figure foretold, not a plan; its subject
is up to four words with no "and" or turn, so a plan after an "and" stands ("50% of the dose and the midwife will
...")."""


@functools.lru_cache(maxsize=8)
def _patterns(lexicon: Lexicon) -> _Patterns:
    gap = rf"(?:\s+[^\s,;:.!?()]+){{0,{lexicon.pointer_gap}}}?"
    nouns = _alternation(lexicon.pointer_nouns)
    pointer = rf"(?:{_alternation(lexicon.pointer_verbs)}){gap}\s+(?:{nouns})"
    if lexicon.pointer_after_nouns:  # an empty alternation would match anywhere
        pointer += rf"|(?:{nouns}){gap}\s+(?:{_alternation(lexicon.pointer_after_nouns)})"
    if lexicon.borrowed_verbs and lexicon.borrowed_as and lexicon.borrowed_ends:
        # "managed exactly as her sister's baby was last year": whose care in up to six words, when or where in up to
        # six more (none that carries the care itself), to the sentence's end: after a comma, semicolon or colon the
        # care goes on ("observed as her first baby was, for 72 hours on the ward").
        tail_not = (
            rf"(?!(?:{_alternation(lexicon.borrowed_tail_not)})(?![^\W_]))" if lexicon.borrowed_tail_not else ""
        )
        pointer += (
            rf"|(?:{_alternation(lexicon.borrowed_verbs)})\s+(?:{_alternation(lexicon.borrowed_as)})"
            r"(?:\s+[^\s,;:.!?()]+){1,6}?"
            rf"\s+(?:{_alternation(lexicon.borrowed_ends)})(?:\s+{tail_not}[^\s,;:.!?()]+){{0,6}}"
            r"(?=\s*(?:[.!?\n]|$))"
        )
    if lexicon.plan_pointer_verbs and lexicon.plan_nouns:
        # Two words at most between ("see the PNMH plan"): "see her to check the feeding plan" is an instruction.
        plans, near = _alternation(lexicon.plan_nouns), r"(?:\s+[^\s,;:.!?()]+){0,2}?"
        pointer += rf"|(?:{_alternation(lexicon.plan_pointer_verbs)}){near}\s+(?:{plans})"
    if lexicon.guidance_pointer_verbs and lexicon.guidance_nouns:
        # "refer to the neonatal abstinence guideline": up to four words between, none a word that makes the guideline
        # the standard of an act named first ("refer to paediatrics as per the guideline" refers the baby).
        guides, standard = _alternation(lexicon.guidance_nouns), r"(?:as|per|by|under|using|following|in|with|and)"
        near = rf"(?:\s+(?!{standard}(?![^\W_]))[^\s,;:.!?()]+){{0,4}}?"
        # Two topics of one guideline over "and" ("the Trust safe sleep and NAS policy"): one or two words after
        # it, the first no determiner and no verb, then the guideline; "paediatrics and the guideline" are two.
        word = r"[^\s,;:.!?()]+"
        joined = (
            r"(?:\s+and\s+(?!(?:the|a|an|this|that|our|her|his|their|its|follow|use|see|check|apply|per|as)"
            rf"(?![^\W_])){word}(?:\s+(?!{standard}(?![^\W_])){word})?)?"
        )
        pointer += rf"|(?:{_alternation(lexicon.guidance_pointer_verbs)}){near}{joined}\s+(?:{guides})"
    if lexicon.numbered_parts:
        # "items 1-4 of the checklist", "points 2, 4 and 7 of the perinatal plan for levels, the baby and feeding":
        # the numbers over commas, whose document, and the topics it is pointed to for, to the end of the part.
        number = r"(?:[^\W\d_]?\d{1,3}[^\W\d_]?)"
        more = rf"(?:\s*(?:,|-|\u2013|to|and|&|or)\s*{number})*"
        numbered = rf"(?:{_alternation(lexicon.numbered_parts)})\s+{number}{more}"
        whose = r"(?:\s+(?:of|in|on|from)(?:\s+(?!for(?![^\W_]))[^\W\d_][\w'-]*){1,5}(?![\w'-]))?"
        topics = r"(?:\s+for\s+[^.;:!?\n]*)?"
        if lexicon.numbered_verbs:
            near = r"(?:\s+[^\W\d_][\w'-]*){0,2}?"
            pointer += rf"|(?:{_alternation(lexicon.numbered_verbs)}){near}\s+{numbered}{whose}{topics}"
        # Alone in its clause ("HV roles: items 5 and 6."): nothing but where the answer is.
        pointer += rf"|{numbered}{whose}(?=\s*(?:[;.!?\n]|$))"
    # A prompt lists what to write, so its words may run over commas ("enter the risk, the feeding plan ... here").
    prompt_gap = rf"(?:\s+[^\s;:.!?()]+){{0,{lexicon.prompt_gap}}}?"
    prompts = [_alternation(lexicon.prompts)] if lexicon.prompts else []
    if lexicon.prompt_verbs and lexicon.prompt_ends:  # an empty alternation would match anywhere
        verbs, ends = _alternation(lexicon.prompt_verbs), _alternation(lexicon.prompt_ends)
        prompts.append(rf"(?:{verbs}){prompt_gap}\s+(?:{ends})")
    at_end = []
    if lexicon.clause_end_deferrals:  # an empty alternation would match anywhere
        at_end.append(rf"(?:{_alternation(lexicon.clause_end_deferrals)}){_CLAUSE_ENDS}")
    if lexicon.deference_verbs and lexicon.deference_nouns:
        # "act on the perinatal team's plan", "wait for neurology's": whose, then its plan or view, or the clause's end.
        not_whose = (
            rf"(?!(?:the\s+|this\s+)?(?:{_alternation(lexicon.deference_not_whose)})')"
            if lexicon.deference_not_whose
            else ""
        )
        whose = rf"{not_whose}(?:[^\W\d_][\w-]*\s+){{0,3}}?[^\W\d_][\w-]*'s?"
        then = rf"(?:\s+[^\W\d_][\w-]*)?\s+(?:{_alternation(lexicon.deference_nouns)})|{_CLAUSE_ENDS}"
        at_end.append(rf"(?:{_alternation(lexicon.deference_verbs)})\s+{whose}(?:{then})")
    phrases = (
        *lexicon.deferrals,
        *lexicon.clause_end_deferrals,
        *lexicon.deference_verbs,
        *lexicon.deference_nouns,
        *lexicon.recorded,
        *lexicon.pointer_verbs,
        *lexicon.pointer_nouns,
        *lexicon.pointer_after_nouns,
        *lexicon.borrowed_verbs,
        *lexicon.borrowed_as,
        *lexicon.borrowed_ends,
        *lexicon.plan_pointer_verbs,
        *lexicon.plan_nouns,
        *lexicon.guidance_pointer_verbs,
        *lexicon.guidance_nouns,
        *lexicon.numbered_parts,
        *lexicon.numbered_verbs,
        *lexicon.dismissals,
        *lexicon.hedges,
        *lexicon.prompt_verbs,
        *lexicon.prompt_ends,
        *lexicon.prompts,
        *lexicon.universal,
        *lexicon.paperwork,
        *lexicon.paperwork_in_clause,
    )
    # The form's parts are set aside with their clause, as a deferral is; what is said of the form or the notes
    # with its sentence, as what is said of every baby is.
    in_clause = _normalised((*lexicon.deferrals, *lexicon.paperwork_in_clause))
    with_sentence = _normalised((*lexicon.universal, *lexicon.paperwork))
    return _Patterns(
        prefilter=_prefilter(lexicon, in_clause, with_sentence),
        deferral=_bounded("|".join([pointer, *prompts, *at_end, _alternation(in_clause)])),
        dismissal=_bounded(_alternation(lexicon.dismissals)),
        hedge=_bounded(_alternation(lexicon.hedges)),
        hedge_kept=_bounded(_alternation(lexicon.hedges_kept)) if lexicon.hedges_kept else None,
        pointer=_bounded(pointer),
        measure=_measure(lexicon.score_totals),
        phrase_words=frozenset(_letters(w) for p in phrases for w in words(p)),
        universal=_bounded(_alternation(with_sentence)) if with_sentence else None,
        universal_turn=_bounded(_alternation(lexicon.universal_turns)) if lexicon.universal_turns else None,
        claim=_bounded(_alternation(lexicon.claim_words)) if lexicon.claim_words else None,
        bare_verdict=(
            re.compile(
                r"(?:^|(?<=[.;:!\n]))[\s*\-\u2022]*(?P<topic>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)?)(?:\s*:\s*|\s+)"
                r"(?:(?:is|are|was|were|all|both|also|seems?|looks?)\s+)?"
                rf"(?:{_alternation(lexicon.bare_verdicts)})(?:\s+(?:too|as\s+well))?(?=\s*(?:[.;!\n]|$))"
            )
            if lexicon.bare_verdicts
            else None
        ),
        bare_verdict_hint=lexicon.bare_verdicts,
        checklist_mark=(
            re.compile(
                r"(?:^|(?<=[.;!\n]))[\s*\-\u2022]*(?P<topic>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2}?)"
                r"(?:\s*:\s*|\s+[-\u2013\u2014]+\s*|\s+)"
                rf"(?:{_alternation(lexicon.checklist_marks)})(?=\s*(?:[.;!\n]|$))"
            )
            if lexicon.checklist_marks
            else None
        ),
        checklist_mark_hint=lexicon.checklist_marks,
        cited_source=_bounded(_alternation(lexicon.pointer_sources)) if lexicon.pointer_sources else None,
        cut_off_words=lexicon.cut_off_words,
        stop_words=lexicon.stop_words,
        strong_claim=(
            _bounded(_alternation(strong))
            if (strong := [w for w in lexicon.claim_words if w not in lexicon.weak_claim_words])
            else None
        ),
        hypothetical=(_bounded(_alternation(lexicon.hypothetical_claims)) if lexicon.hypothetical_claims else None),
        possible=(
            _bounded(rf"(?:{_alternation(lexicon.possible_claims)})(?:(?!(?<!as)\s+and\s)[^,;:.!?\n])*")
            if lexicon.possible_claims
            else None
        ),
        possible_alone=_bounded(_alternation(lexicon.possible_alone)) if lexicon.possible_alone else None,
        possible_choice=_bounded(_alternation(lexicon.possible_choices)) if lexicon.possible_choices else None,
        whether_open=(
            re.compile(
                r"(?:^|(?<=[\n,;:.!?(]))\s*(?:and\s+|or\s+)?whether\b[^\n,;:.!?]*?"
                r"(?<![^\W_])(?:(?:is|are|was|were|remains?|stays?|has|have|had)"
                r"(?:\s+(?:still|yet|as\s+yet|so\s+far|been|left))*"
                rf"\s+(?:{_alternation(lexicon.open_predicates)})"
                # or what it hangs on ("whether it stays at 100 mg will depend on how she feels"): still open
                rf"|(?:(?:will|would|may|might|must|can|could|should|is\s+going\s+to)(?:\s+(?:still|all|only))*\s+)?"
                rf"(?:{_alternation(lexicon.awaited_verbs)}))"
                r"(?![^\W_])(?:(?!\s+and\s)[^\n,;:.!?])*"
            )
            if lexicon.open_predicates
            else None
        ),
        restated_answer=(
            re.compile(rf"(?:^|(?<=[\n;.!?]))\s*(?:{_alternation(lexicon.restated_answers)})\s*(?=[\n;.!?]|$)")
            if lexicon.restated_answers
            else None
        ),
        restated_facts=_restated_facts(lexicon) if lexicon.restated_date_labels else None,
        wish=(
            # up to an "and" that opens another clause; "and that ..." is a second object of the wish
            _bounded(rf"(?:{_alternation(lexicon.wishes)})(?:(?!\s+and\s+(?!that\b))[^,;:.!?\n])*")
            if lexicon.wishes
            else None
        ),
        wish_hint=_rarest_words(lexicon.wishes),
        assumed_perfect=re.compile(
            r"(?<![^\W_])will(?:\s*,?\s*(?:"
            + (_alternation(lexicon.assumed_perfect_asides) if lexicon.assumed_perfect_asides else "(?!)")
            + r")(?![^\W_])\s*,?)*(?=\s+have\s+(?:been|[^\W\d_]+(?:ed|en))(?![^\W_]))"
        ),
        opinion=(
            _bounded(
                # the holder, or a determiner (and perhaps one word) before a blank where one was set aside as a
                # report word ("the drug service", "the paediatric team": :func:`_set_aside`), perhaps with its
                # "'s" left ("the health visitor's view is")
                rf"(?:(?:the|his|her|their|our)(?:\s+[^\W\d_]+)?\s{{3,}}(?:(?:'s|s')\s+)?(?=[^\W\d_])"
                rf"|(?:{_alternation(lexicon.opinion_holders)})"
                rf"(?:'s|s')?\s+)(?:(?!(?:and|or|i|we)\b)[^\W\d_]+\s+){{0,2}}?(?:{_alternation(lexicon.opinions)})"
            )
            if lexicon.opinions and lexicon.opinion_holders
            else None
        ),
        opinion_hint=_rarest_words(lexicon.opinions),
        opinion_adopted=_bounded(_alternation(lexicon.opinion_adopted)) if lexicon.opinion_adopted else None,
        counterfactual=_counterfactual(lexicon),
        counterfactual_hint=_COUNTERFACTUAL_HINT,
        leaflet_order=(
            re.compile(
                rf"(?:^|(?<=[\n,;:.!?]))\s*(?:(?:and|but|so|or|then)\s+)?(?:{_alternation(lexicon.leaflet_orders)})"
                r"(?![^\W_])[^,;:.!?\n\d]*(?=[,;:.!?\n]|$)"
            )
            if lexicon.leaflet_orders
            else None
        ),
        empty_act=(
            re.compile(
                rf"(?:{_EMPTY_ACT_MODAL})"
                r"(?:\s*,[^,;:.!?\n]{1,60},)?\s+(?:also\s+)?(?:"
                + "|".join(
                    r"(?:\s+[^\W_]+){0,4}?\s+".join(r"\s+".join(map(re.escape, p.split())) for p in act.split("..."))
                    for act in sorted(lexicon.empty_acts, key=len, reverse=True)
                )
                + r")(?![^\W_])(?!\s+that\b)"
            )
            if lexicon.empty_acts
            else None
        ),
        choice=_bounded(_alternation(lexicon.choices)) if lexicon.choices else None,
        negated_account=_negated_account(lexicon.account_participles),
        general_claim=(re.compile(rf"(?:{_alternation(lexicon.general_claims)})") if lexicon.general_claims else None),
        case_word=_bounded(_alternation(lexicon.case_words)) if lexicon.case_words else None,
        class_phrase=_bounded(_alternation(lexicon.class_phrases)) if lexicon.class_phrases else None,
        risk_heading=_bounded(_alternation(lexicon.risk_headings)) if lexicon.risk_headings else None,
        topic_label=_topic_label(lexicon.topic_labels, lexicon.topic_label_verbs),
        risk_figure=_risk_figure(lexicon.risk_figure_nouns, lexicon.risk_figure_verbs),
        foretold_level=_foretold_level(lexicon.foretold_level_nouns, lexicon.foretold_amounts),
        foretold_level_hint=_rarest_words(lexicon.foretold_level_nouns),
        licence=(
            _bounded(
                rf"(?:not\s+)?(?:{_alternation(lexicon.licence_verdicts)})(?P<said>"
                # no other verdict between: each is read from its own words ("licensed for ... and is contraindicated")
                rf"(?:(?!(?<![^\W_])(?:{_alternation(lexicon.licence_verdicts)})(?![^\W_]))[^\n,;:.!?])*?(?<![^\W_])"
                rf"(?:(?:in|for)\s+(?:[^\W\d_]+\s+){{0,2}}?(?:{_alternation(lexicon.populations)})(?![^\W_])"
                rf"|(?:{_alternation(lexicon.licence_conditions)})(?![^\W_]))[^\n,;:.!?]*)"
            )
            if lexicon.licence_verdicts and lexicon.licence_conditions and lexicon.populations
            else None
        ),
        licence_hint=_first_words(lexicon.licence_verdicts),
        population=_population(lexicon),
        population_hints=(_rarest_words(lexicon.populations),),
        association=(
            _bounded(
                r"(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:[^\W\d_]+ly\s+){0,2}"
                rf"(?:{_alternation(lexicon.associations)})"
            )
            if lexicon.associations
            else None
        ),
        association_hint=_rarest_words(lexicon.associations),
        property_measure=(
            _bounded(
                rf"(?:{_alternation(lexicon.properties)})(?:\s+(?!{_PROPERTY_BREAKS}(?![^\W_]))[^\W\d_]+){{0,3}}?"
                r"\s+\d[\d.,]*(?:\s*(?:-|to|and)\s*\d[\d.,]*)?(?:\s*[^\W\d_]+)?"
            )
            if lexicon.properties
            else None
        ),
        property_hint=_rarest_words(lexicon.properties),
        frequency=_bounded(_alternation(lexicon.frequency_hedges)) if lexicon.frequency_hedges else None,
        frequency_hint=_rarest_words(lexicon.frequency_hedges),
        clinical_phrase=_bounded(_alternation(lexicon.clinical_phrases)) if lexicon.clinical_phrases else None,
        report_hints=(_rarest_words(lexicon.reporters), _rarest_words(lexicon.report_verbs)),
        reporter_hedges=frozenset(lexicon.hedges) & frozenset(lexicon.reporters),
        report_frame_hints=(_rarest_words(lexicon.report_frames), _rarest_words(lexicon.reporters)),
        examination=(
            _bounded(
                r"(?:(?:the|this|her|their|our)\s+)?"
                rf"(?:{_alternation(lexicon.examined)})\s+(?:(?:is|are|will|also|then|now)\s+)*"
                rf"(?P<phrase>{_alternation(lexicon.examinations)})"
            )
            if lexicon.examinations and lexicon.examined
            else None
        ),
        examination_hint=_rarest_words(lexicon.examinations),
        unnamed_later=frozenset(lexicon.unnamed_later),
        bare_hand_over=(
            _bounded(
                rf"(?:the\s+)?(?:(?:{_alternation(lexicon.bare_hand_over_departments)})"
                rf"|(?:[^\W\d_][\w'-]*\s+){{0,3}}?(?:{_alternation(lexicon.bare_hand_over_groups)}))\s+"
                r"(?:(?:will|shall|can|to|is\s+to|are\s+to|also|then|now)\s+)*"
                rf"(?:{_alternation(lexicon.bare_hand_over_verbs)})\s+"
                r"[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)?(?=\s*(?:$|[,;:.!?\n)]|(?:and|but)(?![^\W_])))"
            )
            if lexicon.bare_hand_over_verbs and (lexicon.bare_hand_over_departments or lexicon.bare_hand_over_groups)
            else None
        ),
        bare_hand_over_hint=_first_verbs(lexicon.bare_hand_over_verbs),
        contact_hand_over=(
            _bounded(
                rf"(?:the\s+)?(?:(?:{_alternation(lexicon.bare_hand_over_departments)})"
                rf"|(?:[^\W\d_][\w'-]*\s+){{0,3}}?(?:{_alternation(lexicon.bare_hand_over_groups)}))\s+"
                r"(?:(?:will|shall|can|to|is\s+to|are\s+to|also|then|now)\s+)*"
                rf"(?:{_alternation(lexicon.contact_hand_over_verbs)})"
                rf"(?:\s+(?:with\s+)?(?:{_alternation(lexicon.contact_hand_over_whom)}))?"
                rf"(?:\s+(?:about|regarding|over|on|to\s+discuss)\s+(?:{_alternation(lexicon.contact_hand_over_topics)})"
                r"(?:\s+[^\W\d_][\w'-]*){0,8})?"
                r"(?=\s*(?:$|[,;:.!?\n)]|(?:and|but)(?![^\W_])))"
            )
            if lexicon.contact_hand_over_verbs
            and lexicon.contact_hand_over_topics
            and lexicon.contact_hand_over_whom
            and (lexicon.bare_hand_over_departments or lexicon.bare_hand_over_groups)
            else None
        ),
        contact_hand_over_hint=_rarest_words(lexicon.contact_hand_over_verbs),
        later_actor=(
            _bounded(
                rf"(?:{_alternation(lexicon.later_actors)})\s+(?:(?:also|then|now|only)\s+)?"
                r"(?:(?:will|shall|can|must|is\s+to|are\s+to|to)\s+[^\W\d_]+|[^\W\d_]*[^\W\d_s']s)"
            )
            if lexicon.later_actors and lexicon.unnamed_later
            else None
        ),
        later_agent=(
            _bounded(
                r"(?:is|are|be|been|being)\s+(?:[^\W\d_]+\s+){0,3}?[^\W\d_]+(?:ed|en|wn|ne)(?![^\W_])"
                r"[^.;:!?\n]{0,80}?(?<![^\W_])by\s+(?:(?:the|her|their|his|a|an|our)\s+)?(?:[^\W\d_]+\s+)?"
                rf"(?:{_alternation(lexicon.later_actors)})"
            )
            if lexicon.later_actors and lexicon.unnamed_later
            else None
        ),
        report_frame=(
            _bounded(
                rf"(?:{_alternation(lexicon.report_frames)})\s+(?:[^\W\d_]+\s+){{0,2}}?"
                rf"(?:{_alternation(lexicon.reporters)})"
            )
            if lexicon.report_frames and lexicon.reporters
            else None
        ),
        report_heading_hint=_rarest_words(lexicon.report_headings),
        report_pointer=(
            _bounded(
                rf"(?:{_alternation(lexicon.report_pointer_uses)})\s+(?:{_alternation(lexicon.report_pointers)})"
                rf"(?:\s+(?:[^\W\d_]+\s+)?(?:{_alternation(lexicon.report_pointer_nouns)})|\s{{5}})"
            )
            if lexicon.report_pointers and lexicon.report_pointer_uses and lexicon.report_pointer_nouns
            else None
        ),
        bracket_named=(
            re.compile(
                rf"\s*(?:{_alternation(lexicon.bracket_titles)})\.?"
                rf"(?:\s+(?!(?:{_alternation(lexicon.bracket_name_prompts)})(?![\w']))"
                r"[^\W\d_]+(?:['.-][^\W\d_]*)*){1,3}"
                r"\s*"
            )
            if lexicon.bracket_titles and lexicon.bracket_name_prompts
            else None
        ),
        report_titled=(
            _bounded(rf"(?:{_alternation(lexicon.report_named_titles)})\s+[^\W\d_]{{2,}}")
            if lexicon.report_named_titles
            else None
        ),
        report_that_subject=(
            re.compile(rf"(?<![^\W_])that\s+(?P<subject>{_alternation(lexicon.report_that_subjects)})(?![^\W_])")
            if lexicon.report_that_subjects
            else None
        ),
        report_heading=(
            re.compile(
                rf"\s*(?!(?:{_alternation(lexicon.report_applied)})(?![^\W_]))(?:[^\W\d_]+\s+){{0,2}}?"
                rf"(?:{_alternation(lexicon.report_headings)})(?:\s+\w+)?\s*"
            )
            if lexicon.report_headings
            else None
        ),
        report=(
            _bounded(
                rf"(?:(?P<applied>{_alternation(lexicon.report_applied)})\s+(?:[^\W\d_]+\s+){{0,2}}?)?"
                rf"(?:{_alternation(lexicon.reporters)})\s+(?:(?!(?:and|or)\b)\w+\s+){{0,3}}?"
                rf"(?:{_alternation(lexicon.report_verbs)})"
            )
            if lexicon.reporters and lexicon.report_verbs and lexicon.report_applied
            else None
        ),
        history=_history(lexicon),
        history_turn=_bounded(_alternation(lexicon.history_turns)) if lexicon.history_turns else None,
        history_marked_turn=(
            _bounded(_alternation(lexicon.history_marked_turns)) if lexicon.history_marked_turns else None
        ),
        past_verb=(
            _bounded(rf"{_alternation(lexicon.past_verbs)}|(?:she|he|they|we|i)\s+(?:[^\W\d_]+ly\s+)?[^\W\d_]+ed")
            if lexicon.past_verbs
            else None
        ),
        auxiliary=re.compile(
            _word_from("is", "are", "was", "were", "has", "have", "had", "been", r"remain(?:s|ed)?")
            + r"(?=(?:\s+(?:all|both|each|also|just|only|duly|been|\w+ly))*(?:"
            # before what was set aside, as a hedge ("have been [discussed] with her")
            r"\s{3,}"
            # before a participle of an account ("has been addressed")
            + (rf"|\s+(?:{_alternation(lexicon.account_participles)})(?![^\W_])" if lexicon.account_participles else "")
            # before a predicate that states nothing ("is a consideration", "are all relevant topics", "has risks")
            + (
                r"|\s+(?:(?:a|an|all|also|both|the|some|many|several|various|certain|real|key|potential|possible"
                rf"|relevant|important)\s+){{0,3}}(?:{_alternation(lexicon.empty_predicates)})(?![^\W_])"
                if lexicon.empty_predicates
                else ""
            )
            + "))"
        ),
        cancelling=_bounded(
            "|".join(
                [
                    r"(?:neither\s+)?([^\W\d_]{3,}),?\s+(?:and|or|nor|though|but)\s+"
                    r"(?:(?:will|does|do|is|are|can|may|should|must)\s+)?(?:not\s+|un|non-?|in|dis)\1",
                    r"neither\s+([^\W\d_]{3,})\s+nor\s+\2\s+not",
                    *([_alternation(lexicon.cancelling)] if lexicon.cancelling else []),
                    *(
                        [rf"(?:{_alternation(lexicon.clause_end_cancelling)}){_CLAUSE_ENDS}"]
                        if lexicon.clause_end_cancelling
                        else []
                    ),
                ]
            )
        ),
        held=(
            re.compile(rf"(?:(?<![^\W_])(?:{_alternation(lexicon.holding_verbs)})\s+)+$")
            if lexicon.holding_verbs
            else None
        ),
        recorded=_recorded_pattern(lexicon),
        recorded_hint=lexicon.recorded_hints or None,
        hand_over=(
            _bounded(rf"(?:will|shall|to|can|may)\s+(?:{_alternation(lexicon.hand_over_verbs)})")
            if lexicon.hand_over_verbs
            else None
        ),
        hand_over_end=_bounded(_alternation(lexicon.hand_over_ends)) if lexicon.hand_over_ends else None,
        asked_about=(
            re.compile(
                r"(?:^|(?<=[\n,;:.!?(]))\s*(?:(?:and|or)\s+)?(?:do|does)\s+(?:(?:the|her|his|their|this|that)\s+"
                rf"(?:{_alternation(lexicon.question_subjects)})|(?:(?:the|her|his|their|this|that)\s+)?"
                r"(?P<medicine>[^\W\d_][\w-]*))\s+(?=[^\W\d_])[^\n;:.!?]*"
            )
            if lexicon.question_subjects
            else None
        ),
        asking=(
            re.compile(
                rf"(?:^|(?<=[\n,;:.!?(]))\s*(?:(?:and|or|then|please)\s+)?{_asked_of(lexicon.asking_documents)}"
                rf"(?:{_alternation(lexicon.asking_verbs)})"
                r"\s+(?:what|how|who|whom|whose|whether|which|why|when|where)\b[^\n;:.!?]*"
            )
            if lexicon.asking_verbs
            else None
        ),
        asking_hint=_rarest_words(lexicon.asking_verbs),
    )


_MODALS = r"(?:must|should|shall|will|needs\s+to|has\s+to|is\s+to|ought\s+to)"


def _asked_of(documents: tuple[str, ...]) -> str:
    """A pattern, optional, for the document an asking verb is aimed at ("the overall conclusion must ", "this
    section should "): the writer is told what to answer, as by the verb alone."""
    if not documents:
        return ""
    return (
        r"(?:(?:the|this|each|every|your|our)(?:\s+(?:[^\W\d_]+\s+){0,2}?"
        # the document's name may have been set aside already, as paperwork
        rf"(?:{_alternation(documents)})|\s{{3,}}(?:[^\W\d_]+(?=\s))?)\s+{_MODALS}\s+)?"
    )


@functools.cache
def _condition_names() -> re.Pattern[str] | None:
    """What the clinical abbreviations of more than one word stand for (mappings/clinical-abbreviations.csv):
    a condition's or a unit's name, whose "the newborn" or "infant" is no particular baby; one of more than four
    words also without its first ("pulmonary hypertension of the newborn"), as it is often written."""
    meanings = [m for m in abbreviation_meanings().values() if len(m) > 1]
    names = [" ".join(m) for m in meanings] + [" ".join(m[1:]) for m in meanings if len(m) > 4]
    return _bounded(_alternation(names)) if names else None


_RATE_BODY = (
    r"\d+(?:[.,]\d+)?\s*(?:(?:-|to|and)\s*\d+(?:[.,]\d+)?\s*)?%"
    r"|\d+(?:\s*(?:-|to|or)\s*\d+)?\s+(?:in|out\s+of)\s+\d+"
)
"""A rate as :data:`_RATE` matches it, written to open a pattern ("80%", "1 in 10")."""


def _population(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A population in general: a share of it ("half of babies exposed", "most newborns"), a rate of it ("up to
    80% of exposed babies", "1 in 10 infants") or the population marked as in general ("exposed babies", "babies
    exposed in utero", "infants of mothers on methadone"): see ``Lexicon.population_shares``."""
    if not lexicon.populations:
        return None
    populations = _alternation(lexicon.populations)
    before = [_RATE_BODY]
    if lexicon.population_shares or lexicon.population_marks:
        before.append(_alternation((*lexicon.population_shares, *lexicon.population_marks)))
    body = rf"(?:{'|'.join(before)})\s+(?:of\s+)?(?:[^\W\d_]+\s+){{0,2}}?(?:{populations})"
    if lexicon.population_after:
        body += rf"|(?:{populations})\s+(?:{_alternation(lexicon.population_after)})"
    return _bounded(body)


def _prefilter(lexicon: Lexicon, in_clause: tuple[str, ...], with_sentence: tuple[str, ...]) -> _Prefilter:
    """What each pattern of :func:`_patterns` and :func:`_history` that a prefilter serves needs: its
    alternatives, as they are built there, each the groups of phrases it holds."""
    deferral: list[tuple[str, ...]] = [("pointer_verbs", "pointer_nouns"), ("in_clause",)]
    if lexicon.pointer_after_nouns:
        deferral.append(("pointer_nouns", "pointer_after_nouns"))
    if lexicon.plan_pointer_verbs and lexicon.plan_nouns:
        deferral.append(("plan_pointer_verbs", "plan_nouns"))
    if lexicon.borrowed_verbs and lexicon.borrowed_as and lexicon.borrowed_ends:
        deferral.append(("borrowed_verbs", "borrowed_as", "borrowed_ends"))
    if lexicon.guidance_pointer_verbs and lexicon.guidance_nouns:
        deferral.append(("guidance_pointer_verbs", "guidance_nouns"))
    if lexicon.numbered_parts:
        deferral.append(("numbered_parts",))
    if lexicon.prompts:
        deferral.append(("prompts",))
    if lexicon.prompt_verbs and lexicon.prompt_ends:
        deferral.append(("prompt_verbs", "prompt_ends"))
    if lexicon.clause_end_deferrals:
        deferral.append(("clause_end_deferrals",))
    if lexicon.deference_verbs and lexicon.deference_nouns:
        deferral.append(("deference_verbs",))
    cancelling: list[tuple[str, ...]] = [(_DENIED,)]
    if lexicon.cancelling:
        cancelling.append(("cancelling",))
    if lexicon.clause_end_cancelling:
        cancelling.append(("clause_end_cancelling",))
    markers = (*lexicon.history_markers, *lexicon.service_phrases)
    history: list[tuple[str, ...]] = [(_YEAR,)]
    if markers:
        history.append(("history_markers",))
    if lexicon.other_possessives and lexicon.other_people:
        history.append(("other_possessives", "other_people"))
    groups: dict[str, Iterable[str]] = {
        name: getattr(lexicon, name)
        for name in (
            "pointer_verbs",
            "pointer_nouns",
            "pointer_after_nouns",
            "borrowed_verbs",
            "borrowed_as",
            "borrowed_ends",
            "plan_pointer_verbs",
            "plan_nouns",
            "guidance_pointer_verbs",
            "guidance_nouns",
            "numbered_parts",
            "prompts",
            "prompt_verbs",
            "prompt_ends",
            "clause_end_deferrals",
            "deference_verbs",
            "cancelling",
            "clause_end_cancelling",
            "dismissals",
            "clinical_phrases",
            "other_possessives",
            "other_people",
        )
    }
    groups |= {"in_clause": in_clause, "universal": with_sentence, "history_markers": markers}
    groups["general_claims"] = lexicon.general_claims
    patterns: dict[str, _Alternatives] = {
        "general": (("general_claims",),),
        "date": ((_DATE_FOUND,),),
        "deferral": tuple(deferral),
        "cancelling": tuple(cancelling),
        "universal": (("universal",),) if with_sentence else (),
        "dismissal": (("dismissals",),),
        "clinical_phrase": (("clinical_phrases",),) if lexicon.clinical_phrases else (),
        "history": tuple(history),
    }
    return _Prefilter.of(groups, patterns, lexicon.topic_words, lexicon.stop_words)


# ------------------------------------------------------------------------------------------------------------
# The analysis of one text, and the verdict at a given strictness.


@dataclass(frozen=True, slots=True)
class Analysis:
    """What one text contains, counted once; :func:`verdict` applies the thresholds."""

    placeholder: bool
    """No letters or digits at all, or only a whole-text placeholder from the settings."""
    defers_or_dismisses: bool
    content: frozenset[str]
    """Distinct content words left outside deferral clauses, dismissals and hedges."""
    specific: frozenset[str]
    """The words particular enough to say something of this mother and baby: content words that are clinical
    words and abbreviations or rarer than everyday English (``specific_max_zipf``), clinical phrases of
    everyday words ("dead to the world", ``Lexicon.clinical_phrases``), and numbers. "Plan agreed
    for mother and baby as per MDT" has only everyday words; "observe for withdrawal on SCBU for 72 hours, no
    co-sleeping" has several."""
    language_words: int
    """Words with at least two letters, judged for language."""
    recognised: int
    """Of those, how many are English, a medicine's name, a clinical abbreviation or word."""
    recognised_content: int
    """Distinct content words that are common English (``bilingual_min_zipf``), clinical or a medicine's name:
    a conclusion in English beside another language (a bilingual Welsh-English record) has many; lorem ipsum,
    whose words English borrows only rarely, has few."""
    topical_content: frozenset[str]
    """The content words of the sentences that are about the subject (each holds a topic word, a clinical word
    or abbreviation, or a medicine's name): what is left to count when a text defers or dismisses, so padding
    about the weather or the clinic's day does not pass for a conclusion."""
    topic_words: frozenset[str]
    """Distinct topic words outside deferral clauses, dismissals and hedges (medicine names aside)."""
    negated: bool
    """A negation outside the set-aside phrases ("not", "never", "don't"): it turns a report into a statement."""
    verdict: bool
    """A verdict word anywhere (``[verdict]``: "fine", "safe", "compatible"): with the question's own topic it
    answers it ("Breastfeeding fine.")."""
    reports_only: bool
    """Every content word only reports that something was told, given or known, or names who knows
    (``Lexicon.report_words``), and nothing negates: "Leaflet given.", "Paeds aware.", "Risks explained to
    mother." ("Not advised." advises against, so it says something)."""
    repeated_words: int
    """Words with letters other than stop words, for repetition."""
    distinct_words: int
    most_common: int
    remainder: str = ""
    """The normalised text with its deferral clauses, dismissals, hedges and prompts blanked out: what it says
    besides them, for the rules that ask what that speaks of."""
    unknown: frozenset[str] = frozenset()
    """The content words that are no language at all (not English, clinical or a medicine's name)."""
    never_english: int = 0
    """How many word pairs English never puts side by side (``Lexicon.never_english``) the text holds."""
    judge: _Judge | None = dataclasses.field(default=None, compare=False, repr=False)
    """The judge that reads :attr:`claims` from the remainder when a rule asks (None: it claims)."""
    may: frozenset[str] | None = dataclasses.field(default=None, compare=False, repr=False)
    """The patterns that may match in the remainder (:meth:`_Prefilter.may_match`), when known."""
    text: str = dataclasses.field(default="", compare=False, repr=False)
    """The text analysed: whether it weighs risks or options (:meth:`_Judge.weighs`), which the remainder may have
    blanked ("carefully weighed" is a hedge)."""
    retracted: int = dataclasses.field(default=0, compare=False, repr=False)
    """Where the text's last retraction's clause ends (0: none): the remainder before it claims nothing
    (:meth:`_Judge._retracted_end`)."""

    @property
    def claims(self) -> bool:
        """A statement of what follows outside quotations and set-aside parts: a word of ``[claim]`` in
        mappings/hollow-phrases.toml ("continues", "likely", "must", "never", "until") or a number. "Fetal and
        neonatal considerations were reviewed" states nothing; "withdrawal is likely from day 2" does.

        Read only when a rule asks (most texts are never asked, and the reading is the dearest part of an
        analysis), once per remainder (:meth:`_Judge.claims`)."""
        if self.judge is None:
            return True
        remainder = _blank_out(self.remainder, [(0, self.retracted)]) if self.retracted else self.remainder
        return self.judge.claims(remainder, self.may, self.judge.weighs_once(self.text))


def _clause_bounds(text: str) -> list[int]:
    """Start offsets of each clause, then the end of the text."""
    return [0, *(m.end() for m in _CLAUSE_END.finditer(text)), len(text)]


def _clauses(bounds: list[int], start: int, end: int) -> tuple[int, int]:
    """The span of the clauses from the one holding ``start`` to the one holding the match's last character."""
    first = bisect.bisect_right(bounds, start) - 1
    last = bisect.bisect_right(bounds, max(start, end - 1)) - 1
    return bounds[first], bounds[min(last + 1, len(bounds) - 1)]


_PASSIVE_PERFECT = re.compile(r"\s+have\s+been(?![^\W_])")
"""A future perfect's passive after its "will" ("will have been drawn up"): what was done by others, presumed."""
_DRAWN_PREDICTION = re.compile(
    r",\s*(?:and\s+)?(?:so|therefore|thus|hence|which means|meaning)(?![^\W_])(?=[^;:.!?\n,]*(?<![^\W_])will(?![^\W_]))"
)
"""A consequence after a presumed outcome's clause that predicts ("..., so his sedation will no longer matter")."""


def _blank_out(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span replaced by spaces (so words on either side stay apart)."""
    pieces, at = [], 0
    for start, end in sorted(spans):
        if end > at:
            pieces += [text[at : max(at, start)], " " * (end - max(at, start))]
            at = end
    pieces.append(text[at:])
    return "".join(pieces)


@functools.lru_cache(maxsize=8)
def _placeholders(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalise(p) for p in phrases)


def _unchained(word: str) -> list[str]:
    """A hyphenated word whose parts repeat ("withdrawal-withdrawal-withdrawal") as its parts, so repetition
    glued into one token is counted as the repetition it is; any other word as it is ("next-to-me")."""
    parts = [p for p in word.split("-") if p]
    return parts if len(parts) > len(set(parts)) else [word]


def _half_latin(word: str) -> bool:
    """A word still part Latin, part another script once look-alikes are mapped: a disguise normalisation could
    not undo ("c" + Cherokee letters), which says nothing however it looks."""
    return any(c.isascii() and c.isalpha() for c in word) and any(not c.isascii() and c.isalpha() for c in word)


_REPORT_SUFFIXES = ("s", "es", "ed", "d")
_NOUN_ENDS = ("ation", "ment")
"""Ends by which a prompt's noun is made of a verb ("observation", "assessment"): a restated prompt may use the
verb's gerund for it ("observing", "assessing"); see :func:`restates`."""
_NEGATIONS = frozenset({"not", "no", "never", "nor", "neither", "cannot"})
"""The words that negate ("not", "never"): "Not advised." advises, it does not report advice. A contraction
("aren't") is a content word of its own, so a text holding one never only reports."""


def _report_word(word: str, lexicon: Lexicon) -> bool:
    """Whether a word only reports (listed, or a listed word's plural or -ed form; hyphenated, every part).
    Rules ask through their settings' judge (``_Judge.report``), which remembers each word's answer."""
    report = lexicon.report_words
    if word in report or any(word.endswith(end) and word[: -len(end)] in report for end in _REPORT_SUFFIXES):
        return True
    parts = [p for p in word.split("-") if p]
    return len(parts) > 1 and all(p in lexicon.stop_words or _report_word(p, lexicon) for p in parts)


def _topic_word(word: str, lexicon: Lexicon) -> bool:
    """Whether a word (its letters) is one of the subject's: listed, a listed word's plural, -ed, -ing or -ly
    form, a clinical word or an abbreviation that says something, or hyphenated with such a part."""
    topic = lexicon.topic_words
    if word in topic or word in lexicon.clinical_words or word in lexicon.content_abbreviations:
        return True
    if any(word.endswith(end) and word[: -len(end)] in topic for end in _TOPIC_SUFFIXES if len(word) > len(end) + 2):
        return True
    return "-" in word and any(part != word and _topic_word(part, lexicon) for part in word.split("-") if part)


def topic_word(word: str, lexicon: Lexicon) -> bool:
    """:func:`_topic_word`, remembered for recent words: the readers of a regimen (:mod:`.regimen_only`) ask it of
    every word of a text, about 70 a record, most of them the same English words from record to record (issue 14).
    Keyed by the lexicon's identity, as :data:`_HOLDS` is: hashing a lexicon hashes every list it holds."""
    entry = _TOPIC.get(id(lexicon))
    if entry is None or entry[0] is not lexicon:
        if len(_TOPIC) >= _TOPIC_LEXICONS:
            _TOPIC.clear()  # a process judges with one or two settings: others are tests'
        entry = _TOPIC[id(lexicon)] = (lexicon, {})
    known = entry[1]
    found = known.get(word)
    if found is None:
        if len(known) >= memo.WORDS:
            known.clear()  # a record asks a few hundred words: a fresh memo loses little
        found = known[word] = _topic_word(word, lexicon)
    return found


_TOPIC: dict[int, tuple[Lexicon, dict[str, bool]]] = {}
""":func:`topic_word`'s answers by the lexicon's identity, each entry holding its lexicon (so the identity cannot
pass to another while it lives): at most :data:`_TOPIC_LEXICONS` lexicons, :data:`memo.WORDS` words each."""
_TOPIC_LEXICONS = 4


@functools.lru_cache(maxsize=64)
def _asked(question: str) -> frozenset[str]:
    """The words of a template item's prompt, and the parts of its hyphenated ones, normalised."""
    asked = {_letters(w) for w in words(normalise(question))}
    return frozenset(asked | {part for w in asked for part in w.split("-") if part})


def _stems(word: str) -> set[str]:
    """``word`` and what is left of it without each topic suffix it ends in ("considered": "consider")."""
    ends = (end for end in _TOPIC_SUFFIXES if word.endswith(end) and len(word) > len(end) + 2)
    return {word, *(word[: -len(end)] for end in ends)}


def restates(analysis: Analysis, question: str, settings: GateSettings) -> bool:
    """Whether an answer only restates its ``question`` (a template item's prompt), with nothing besides but
    reporting words: "Safe sleep advice given." to "Safe sleep and co-sleeping advice given". A negation says
    something ("No co-sleeping."), and so does any word the question does not hold ("Cot in the parents'
    room."), and so does a verdict on the question's topic ("Breastfeeding fine.", "Fine with breastfeeding")."""
    if not analysis.content or analysis.negated or analysis.verdict:
        return False
    # A noun of the prompt restated as its verb's gerund ("observing" for "observation"): compared by stem. Not
    # its other forms: "Observed with the paediatric review after birth." tells when.
    asked = _asked(question) | {
        w[: -len(end)] + "ing" for w in _asked(question) for end in _NOUN_ENDS if w.endswith(end)
    }
    # What the prompt implies restates it written out beside the prompt's own words ("Observation plan for the
    # baby after birth."), not alone ("Paeds to review at birth.") nor inside an abbreviation ("SCBU").
    implied = asked | {w for word, more in _judge(settings).lexicon.prompt_implied if word in asked for w in more}
    if not any(_stems(w) & asked for w in analysis.content):
        implied = asked
    reports = _judge(settings).report

    meanings = abbreviation_meanings()

    def restated(word: str) -> bool:
        # An abbreviation restates the question when what it stands for is asked ("BF" for breastfeeding).
        return bool(_stems(word) & implied) or reports(word) or bool(set(meanings.get(word, ())) & asked)

    return all(restated(w) for w in analysis.content)


@functools.lru_cache(maxsize=memo.TEXTS)
def normalised_lines(text: str) -> str:
    """``text`` normalised line by line, lines kept apart by a line break: a line ends a clause. Remembered for
    recent texts: the analysis, :func:`asks_only` and :func:`claims_beyond` each ask it of the same text."""
    return "\n".join(line for line in (normalise(raw) for raw in LINE_BREAK.split(text)) if line)


_Parts = tuple[tuple[str, tuple[str, ...]], ...]
"""Words with what decides them once the record's medicine names are known (see :meth:`_Judge._content_shape`
and :meth:`_Judge._unrecognised`)."""


@dataclass(frozen=True, slots=True)
class _Words:
    """Candidate content words: those that are content unless they name a medicine (``plain``), and hyphenated
    ones that are content unless they, or all their parts left, do (``parts``)."""

    plain: frozenset[str]
    parts: _Parts

    def content(self, medicines: frozenset[str]) -> frozenset[str]:
        found = self.plain - medicines
        if self.parts:
            more = {w for w, left in self.parts if w not in medicines and any(p not in medicines for p in left)}
            if more:
                found |= more
        return found


_WordJudged = tuple[tuple[str, ...] | None, tuple[str, ...] | None, tuple[str, ...] | None, bool, bool]
"""A word's content shape (:meth:`_Judge._content_shape`), what decides whether it is recognised at
``min_word_zipf`` and, a candidate content word, at ``bilingual_min_zipf`` (:meth:`_Judge._unrecognised`),
whether it is a topic word, and whether, a candidate content word, it is particular to a case."""


def _named(word: str, need: tuple[str, ...], medicines: frozenset[str]) -> bool:
    return word in medicines or all(p in medicines for p in need)


@dataclass(frozen=True, slots=True)
class _Text:
    """What one text holds whatever the record's medicines: the normalised text's phrases set aside, its words
    counted and each judged as far as it can be without the medicine names. Pure in the text and the settings,
    so :class:`_Judge` keeps it for a text met again; :func:`analyse` finishes it with the record's names."""

    placeholder: bool
    defers_or_dismisses: bool
    content: _Words
    """The words left once phrases are set aside that may be content."""
    recognised: int
    """How many words (at least two letters) are recognised whatever the medicines' names."""
    recognised_if_named: tuple[tuple[str, int, tuple[str, ...]], ...]
    """The others, with how often each occurs: recognised when they (or all the parts given) name medicines."""
    unrecognised_content: _Parts
    unknown_content: _Parts
    """Candidate content words that are no language at all (not English at ``min_word_zipf``, a clinical word or
    abbreviation) unless they (or the parts) name medicines: "gnidnep" is no reason, however many."""
    """Candidate content words not recognised at ``bilingual_min_zipf`` unless they (or the parts) name medicines."""
    particular: frozenset[str]
    """Candidate content words particular to a case (clinical, abbreviations, rarer than ``specific_max_zipf``)."""
    language_words: int
    repeated_words: int
    distinct_words: int
    most_common: int
    sentences: tuple[tuple[frozenset[str], frozenset[str], _Words], ...]
    """Each sentence of the remainder: its words' letters, those that are topic words, and its content words."""
    phrases: frozenset[str]
    """The clinical phrases of the remainder (``Lexicon.clinical_phrases``), each its words spaced once."""
    numbers: frozenset[str]
    """The numbers of the remainder."""
    negated: bool
    """A negation in the remainder (:data:`_NEGATIONS`)."""
    verdict: bool = False
    """A verdict word anywhere in the text (``Lexicon.verdict_words``)."""
    remainder: str = ""
    """The normalised text with what is set aside blanked out."""
    may: frozenset[str] = frozenset()
    """The patterns that may match in the remainder (:meth:`_Prefilter.may_match`): what :meth:`_Judge.claims`
    needs besides it, read only when a rule asks (:attr:`Analysis.claims`)."""
    retracted: int = 0
    """Where the text's last retraction's clause ends, read before anything is set aside (0: none): what comes
    before it is taken back (:meth:`_Judge._retracted_end`)."""


class _Judge:
    """The settings' compiled patterns and bounded memos of pure work: each text's :class:`_Text`, and each
    word's judgements in the forms that leave the record's medicine names to be asked per record."""

    def __init__(self, settings: GateSettings) -> None:
        self.settings = settings
        self.lexicon = settings.lexicon
        self.patterns = _patterns(settings.lexicon)
        lexicon = self.lexicon
        self.never_content = lexicon.stop_words | lexicon.dose_words
        self.known = (
            lexicon.stop_words
            | lexicon.dose_words
            | lexicon.abbreviations
            | lexicon.clinical_words
            | self.patterns.phrase_words
        )
        self.placeholders = _placeholders(settings.placeholders)
        # Alternatives opening a sentence whose verb is an account ("the options of continuing or stopping ... were
        # set out", "continuing, reducing or stopping were explained"): a choice offered, none made.
        self.options_told = (
            re.compile(
                r"(?:^|(?<=[\n;:.!?]))\s*(?:(?:the|her|all|both|these|those|two|three|four|possible|treatment)\s+)*"
                rf"(?:(?:{_alternation(lexicon.option_nouns)})(?![^\W_])"
                r"|[^\W\d_]+ing\b[^\n;:.!?]{0,60}?\bor\s+[^\W\d_]+ing\b)"
                r"[^\n;:.!?]*?\b(?:is|are|was|were|been)\s+(?:(?:all|each|both|also|fully|\w+ly)\s+)*"
                rf"(?:{_alternation(lexicon.account_participles)})(?![^\W_])"
            )
            if lexicon.option_nouns and lexicon.account_participles
            else None
        )
        # Options listed under their heading, from the heading to where its sentence ends ("Options for X: (a)
        # continue; (b) taper; (c) stop."): offered, none chosen, unless a word of choosing is among them.
        self.options_listed = (
            re.compile(
                r"(?:^|(?<=[\n.!?]))\s*(?:[^\W\d_]+\s+){0,3}?"
                rf"(?:{_alternation(lexicon.option_nouns)})(?![^\W_])[^\n;:.!?]{{0,80}}:(?:[^\n.!?]|\.(?=\S))*"
                # what each of them would mean, in the sentence after ("Each carries its own risks.")
                r"(?:[.!?]\s*(?:each|either|any\s+of|every\s+one|all\s+of\s+(?:them|these|those))\b"
                r"(?:[^\n.!?]|\.(?=\S))*)?"
            )
            if lexicon.option_nouns
            else None
        )
        self.option_chosen = _bounded(_alternation(lexicon.option_choices)) if lexicon.option_choices else None
        # A weighing reported, or options told each by what it would bring (:meth:`_weighed_without_outcome`).
        self.weighed = (
            re.compile(
                rf"(?<![^\W_])(?:(?P<open>{_alternation(lexicon.weighed_open)})"
                rf"|(?:{_alternation(lexicon.weighed_subjects)})(?![^\W_])[^\n;:.!?]{{0,80}}?(?<![^\W_])"
                rf"(?:{_alternation(lexicon.weighed_passive)}))(?![^\W_])"
            )
            if lexicon.weighed_open and lexicon.weighed_passive and lexicon.weighed_subjects
            else None
        )
        self.weighed_hint = _first_words((*lexicon.weighed_open, *lexicon.weighed_passive))
        self.path = (
            re.compile(
                r"(?:^|(?<=[\n;:.!?,])|(?<![^\W_])(?:while|whereas|but|and|or|alternatively|equally|conversely)\s)"
                r"\s*(?:on\s+the\s+other\s+hand,?\s*)?"
                rf"(?:{_alternation(lexicon.path_gerunds)})(?![^\W_])[^\n;:.!?,]{{0,80}}?(?<![^\W_])"
                rf"(?:{_alternation(lexicon.path_consequences)})(?![^\W_])"
            )
            if lexicon.path_gerunds and lexicon.path_consequences
            else None
        )
        self.path_hint = _first_words(lexicon.path_gerunds)
        # A frame of truth with negations stacked on it (:meth:`_without_stacked_negations`).
        self.truth_frame = (
            _bounded(_alternation(lexicon.truth_frames))
            if lexicon.truth_frames and lexicon.negators and lexicon.stacked_negations
            else None
        )
        self.negator = _bounded(_alternation(lexicon.negators)) if lexicon.negators else None
        # The conditional mood, and what frames it as reported or conditioned (:meth:`_without_conditional_mood`).
        self.conditional_mood = (
            _bounded(_alternation(lexicon.conditional_moods)) if lexicon.conditional_moods else None
        )
        self.conditional_frame = (
            _bounded(_alternation(lexicon.conditional_frames)) if lexicon.conditional_frames else None
        )
        # A retraction of everything before it (:meth:`_without_retracted`).
        retracting = [
            *([_alternation(lexicon.retraction_phrases)] if lexicon.retraction_phrases else []),
            *(
                [
                    rf"(?:{_alternation(lexicon.retraction_subjects)})\s+"
                    rf"(?:{_alternation(lexicon.retraction_predicates)})"
                ]
                if lexicon.retraction_subjects and lexicon.retraction_predicates
                else []
            ),
        ]
        scopes = lexicon.retraction_scopes
        if scopes and lexicon.retraction_verbs:
            # A verb that takes back the whole ("withdraw all of the above", "not going ahead with any of this"),
            # its scope ending the clause: "disregard any plan to co-sleep" names one thing. Not after a negation
            # ("do not ignore this.").
            retracting.append(
                r"(?<!not\s)(?<!n't\s)(?<!never\s)"
                rf"(?:{_alternation(lexicon.retraction_verbs)})\s+(?:{_alternation(scopes)})"
                r"(?=\s*(?:[-\u2013\u2014,;:.!?\n)\]]|and(?![^\W_])|$))"
            )
        long_scopes = [s for s in scopes if " " in s]  # "this" or "the" before a participle is an article
        if long_scopes and lexicon.retraction_participles:
            auxiliary = rf"(?:(?:{_alternation(lexicon.retraction_auxiliaries)})\s+)?" if (
                lexicon.retraction_auxiliaries
            ) else ""
            retracting.append(
                rf"(?:{_alternation(long_scopes)})\s+{auxiliary}(?:{_alternation(lexicon.retraction_participles)})"
            )
        finite = [a for a in lexicon.retraction_auxiliaries if a not in ("to be", "now")]
        # Nothing in the plan's place: one of the phrases, or the plan's own kind of act booked nowhere ("no scoring
        # is now arranged"), read as a pattern rather than every phrase it makes.
        unreplaced = _alternation(lexicon.retraction_unreplaced)
        unbooked = (
            lexicon.retraction_unbooked_determiners,
            lexicon.retraction_plan_nouns,
            lexicon.retraction_unbooked_states,
        )
        if all(unbooked):
            unreplaced += "|" + r"\s+".join(f"(?:{_alternation(part)})" for part in unbooked)
        if lexicon.retraction_pronouns and lexicon.retraction_unreplaced and finite and lexicon.retraction_participles:
            # A pronoun may be one thing ("the taper was offered but it was withdrawn"); with nothing in its place
            # said in the same sentence, the whole plan is taken back.
            retracting.append(
                rf"(?:{_alternation(lexicon.retraction_pronouns)})\s+(?:{_alternation(finite)})\s+"
                rf"(?:{_alternation(lexicon.retraction_participles)})(?![^\W_])[^.;:!?\n]{{0,60}}?"
                rf"(?<![^\W_])(?:{unreplaced})"
            )
        if lexicon.retraction_objects and lexicon.retraction_unreplaced and lexicon.retraction_participles:
            # The active voice ("the ward has since cancelled this arrangement and nothing has replaced it"): the
            # plan as the verb's object, nothing in its place in the same sentence.
            active = rf"(?:(?:{_alternation(lexicon.retraction_active_auxiliaries)})\s+)?" if (
                lexicon.retraction_active_auxiliaries
            ) else ""
            retracting.append(
                rf"{active}(?:{_alternation(lexicon.retraction_participles)})\s+"
                rf"(?:{_alternation(lexicon.retraction_objects)})(?![^\W_])[^.;:!?\n]{{0,60}}?"
                rf"(?<![^\W_])(?:{unreplaced})"
            )
        refusing = bool(lexicon.retraction_refusals and lexicon.retraction_refused and lexicon.retraction_unreplaced)
        if refusing:
            # What she turned down ("has declined both and nothing is agreed instead"), nothing in its place said in
            # the same sentence: the plan offered is gone. Not after a negation ("she has not refused it").
            retracting.append(
                r"(?<!not\s)(?<!n't\s)(?<!never\s)"
                rf"(?:{_alternation(lexicon.retraction_refusals)})\s+(?:{_alternation(lexicon.retraction_refused)})"
                rf"(?![^\W_])[^.;:!?\n]{{0,80}}?(?<![^\W_])(?:{unreplaced})"
            )
        disowning = [_alternation(lexicon.disowned_whole)] if lexicon.disowned_whole else []
        for pair in lexicon.disowned_pairs:
            # The whole named, then in its clause (or sentence) said unchecked, unreviewed or undiscussed; with
            # ``closings``, nothing but one of them between the predicate and its clause's end.
            gap = r"[^.!?\n]" if pair.sentence else r"[^.,;:!?\n]"
            ending = (
                rf"(?:\s+(?:{_alternation(pair.closings)}))?(?=\s*(?:[.,;:!?\n]|$))" if pair.closings is not None
                else r"(?![^\W_])"
            )
            named = rf"(?!\s+(?:{_alternation(pair.not_named)})(?![^\W_]))" if pair.not_named else ""
            opens = ""
            if pair.opening:
                openers = rf"(?:(?:{_alternation(pair.openers)})\s+)?" if pair.openers else ""
                opens = rf"(?:^|(?<=[.;:!?\n(\[]))\s*{openers}"
            disowning.append(
                rf"{opens}(?:{_alternation(pair.subjects)})(?![^\W_]){named}{gap}{{0,120}}?(?<![^\W_])"
                rf"(?:{_alternation(pair.predicates)}){ending}"
            )
        retracting.extend(disowning)
        self.retraction = _bounded("|".join(f"(?:{r})" for r in retracting)) if retracting else None
        # What disowns the whole text wherever it stands: read by :meth:`_retracted_end` as taking back all of it.
        self.disowned_whole = _bounded("|".join(f"(?:{r})" for r in disowning)) if disowning else None
        # A literal of each (a phrase's or a pair's predicate's rarest word): a text holding none is not searched.
        self.disowned_hint = _rarest_words(
            (*lexicon.disowned_whole, *(p for pair in lexicon.disowned_pairs for p in pair.predicates))
        )
        # The retractions that need nothing in the plan's place said beside them (the last three above): what each
        # withdraws is its own sentence's clauses before it, or the sentence before where it opens its sentence
        # (:meth:`withdrawn`).
        unreplacing = [r for r in retracting if lexicon.retraction_unreplaced and r.endswith(
            f"(?:{unreplaced})"
        )]
        self.withdrawal = _bounded("|".join(f"(?:{r})" for r in unreplacing)) if unreplacing else None
        # Nothing in the plan's place, said (:func:`unreplaced_in`): what tells a withdrawal stated unreplaced from
        # one told bare, which may be followed by what stands instead.
        self.unreplaced = _bounded(unreplaced) if lexicon.retraction_unreplaced else None
        # A plan or a thing it needs said to end, whatever its subject, then in its sentence nothing in its place
        # (:func:`told_unreplaced`): the words between are read for a replacement.
        told_ends = [rf"(?:{_alternation(finite)})\s+(?:{_alternation(lexicon.retraction_participles)})"] if (
            finite and lexicon.retraction_participles
        ) else []
        told_ends += [_alternation(e) for e in (lexicon.retraction_intransitives, lexicon.retraction_ends) if e]
        self.told_unreplaced = (
            re.compile(
                rf"(?<![^\W_])(?:{'|'.join(f'(?:{e})' for e in told_ends)})(?![^\W_])(?P<gap>[^.!?\n]{{0,80}}?)"
                rf"(?<![^\W_])(?:{unreplaced})(?![^\W_])"
            )
            if told_ends and lexicon.retraction_unreplaced
            else None
        )
        self.fallback = _bounded(_alternation(lexicon.retraction_fallbacks)) if lexicon.retraction_fallbacks else None
        self.told_replaced = (
            _bounded(_alternation(lexicon.retraction_replacements)) if lexicon.retraction_replacements else None
        )
        self.withdrawal_hint = _rarest_words((*lexicon.retraction_unreplaced, *lexicon.retraction_unbooked_states))
        # A plan withdrawn bare, nothing said in its place or why (:meth:`_bare_withdrawals`): a pronoun or the
        # plan's own noun, a finite auxiliary and a participle ending its clause.
        # The noun may follow words that name one plan of its kind ("the fetal medicine referral", "the 20-week
        # scan"), at most ``retraction_plan_modifiers`` of them on its line, none of them a word that opens or joins
        # another phrase (``retraction_plan_not_modifiers``: "the", "of", "and").
        not_modifier = (
            rf"(?!(?:{_alternation(lexicon.retraction_plan_not_modifiers)})(?![^\W_]))"
            if lexicon.retraction_plan_not_modifiers
            else ""
        )
        modifiers = (
            rf"(?P<mods>(?:{not_modifier}[^\W_][\w'-]*[^\S\n]+){{0,{lexicon.retraction_plan_modifiers}}}?)"
        )
        # A phrase after the noun saying where, of whom or for what ("the scoring on the ward has been cancelled"),
        # none of its words a verb or a word joining another clause: it never reaches another saying.
        postmodifier = (
            rf"(?:\s+(?:{_alternation(lexicon.retraction_plan_postmodifier_openers)})"
            rf"(?:\s+(?!(?:{_alternation(lexicon.retraction_plan_postmodifier_not)})(?![^\W_]))[^\W_][\w'-]*)"
            rf"{{1,{lexicon.retraction_plan_postmodifier_words - 1}}})?"
            if lexicon.retraction_plan_postmodifier_openers and lexicon.retraction_plan_postmodifier_words > 1
            else ""
        )
        self.plan_nouns = frozenset(lexicon.retraction_plan_nouns)
        """``[claim] retraction_plan_nouns``: a phrase after a plan's noun naming one of them names the plan."""
        self.bare_withdrawal = (
            _bounded(
                rf"(?P<what>{_alternation(lexicon.retraction_pronouns)}|the\s+{modifiers}(?P<noun>"
                rf"{_alternation(lexicon.retraction_plan_nouns)})(?P<post>{postmodifier}))\s+(?:{_alternation(finite)})\s+"
                rf"(?:{_alternation(lexicon.retraction_participles)})"
                r"(?:\s+(?:today|now|altogether|entirely|completely|since))?"
                r"(?=\s*(?:[-\u2013\u2014,;:.!?\n)\]]|and(?![^\W_])|$))"
            )
            if lexicon.retraction_pronouns and finite and lexicon.retraction_participles
            else None
        )
        # The same saying with a reason or an aside after it and then, in its sentence, that nothing is in the
        # plan's place ("the ward's scoring has been shelved because of staffing, and nothing else is set up"): a
        # reason given is no replacement, so the plan is withdrawn bare all the same.
        # The plan's noun may carry who or what it is for ("the plan for her sister to do the night feeds"), and
        # its end may be told with no one doing it ("has fallen through"); with nothing in its place said in the
        # sentence, it is withdrawn bare all the same.
        ended = rf"(?:{_alternation(finite)})\s+(?:{_alternation(lexicon.retraction_participles)})"
        if lexicon.retraction_intransitives:
            ended = rf"(?:{ended}|{_alternation(lexicon.retraction_intransitives)})"
        self.bare_unreplaced = (
            _bounded(
                rf"(?P<what>{_alternation(lexicon.retraction_pronouns)}|the\s+{modifiers}(?P<noun>"
                rf"{_alternation(lexicon.retraction_plan_nouns)})(?P<post>{postmodifier})"
                rf"(?P<of>\s+(?:for|of)\s+[^,;:.!?\n]{{1,60}}?)?)"
                rf"\s+{ended}(?![^\W_])[^.;:!?\n]{{0,60}}?"
                rf"(?<![^\W_])(?:{unreplaced})"
            )
            if lexicon.retraction_pronouns and finite and lexicon.retraction_participles and unreplaced
            else None
        )
        # A plan named as the object of a withdrawing verb, then nothing in its place in its sentence ("the team
        # withdrew its offer of a mood review and nobody else has taken it on").
        withdrawing = (*lexicon.retraction_participles, *lexicon.retraction_simple_pasts)
        self.named_withdrawal = (
            _bounded(
                rf"(?P<verb>{_alternation(withdrawing)})\s+(?P<name>"
                rf"(?:{_alternation(lexicon.retraction_named_determiners)})\s+{modifiers}"
                rf"(?:{_alternation(lexicon.retraction_plan_nouns)})(?![^\W_])[^.;:!?\n]{{0,60}}?)"
                rf"(?<![^\W_])(?P<unreplaced>{unreplaced})"
            )
            if withdrawing and lexicon.retraction_named_determiners and lexicon.retraction_plan_nouns and unreplaced
            else None
        )
        # Of an intransitive end its rarest word ("fallen", not "has"), so the hint stays rare.
        self.bare_withdrawal_hint = _first_words(
            (*lexicon.retraction_participles, *(_rarest_words(lexicon.retraction_intransitives) or ()))
        )
        # A care step joined to a bare withdrawal and said not to happen ("and the scan will not be booked").
        self.not_done = (
            re.compile(
                rf"(?<![^\W_])and\s+[^,;:.!?\n]{{0,80}}?(?<![^\W_])(?:(?:will|shall|is|are)\s+(?:not|no\s+longer)"
                rf"(?:\s+be|\s+being)?|won't\s+be|isn't|aren't|not\s+to\s+be)\s+"
                rf"(?:{_alternation(lexicon.retraction_not_done)})(?![^\W_])"
            )
            if lexicon.retraction_not_done
            else None
        )
        self.withdrawal_answered = (
            _bounded(_alternation(lexicon.retraction_answered)) if lexicon.retraction_answered else None
        )
        self.retraction_hint = _rarest_words(
            (
                *lexicon.retraction_phrases,
                *lexicon.disowned_whole,
                *(p for pair in lexicon.disowned_pairs for p in pair.predicates),
                *lexicon.retraction_predicates,
                *(lexicon.retraction_verbs if scopes else ()),
                *(lexicon.retraction_participles if long_scopes else ()),
                *(lexicon.retraction_refusals if refusing else ()),
            )
        )
        self.weighed_outcome = (
            _bounded(_alternation(lexicon.weighed_outcomes)) if lexicon.weighed_outcomes else None
        )
        # What options_told cannot match without: a participle's first word. It opens on a line's start or a mark,
        # so it is tried from every place in a text.
        self.options_told_hint = _first_words(lexicon.account_participles)
        # How far on she is, before a predicate that states nothing ("30 weeks pregnant"): the premise, no measure.
        self.premise_gestation = (
            re.compile(
                r"(?<![\w.])\d{1,2}(?:\s*\+\s*[0-6])?(?:\s*/\s*40|\s*(?:weeks?|wks?))\s+"
                rf"(?=(?:{_alternation(lexicon.empty_predicates)})(?![^\W_]))"
            )
            if lexicon.empty_predicates
            else None
        )
        # Watching with nobody, no time and no threshold; a sentence only of reasons (``[claim]``).
        self.watching = _bounded(_watching(lexicon.watching, lexicon.watch_manners)) if lexicon.watching else None
        self.watching_hint = _rarest_words(lexicon.watching)
        self.watch_start = _bounded(_alternation(lexicon.watch_starts)) if lexicon.watch_starts else None
        vague_times = [_alternation(lexicon.vague_times)] if lexicon.vague_times else []
        if lexicon.vague_times_open:
            # "in time", not "in time for discharge": the words after it give it its time
            followers = _alternation(lexicon.vague_time_followers) if lexicon.vague_time_followers else None
            after = rf"(?!\s+(?:{followers})(?![^\W_]))" if followers else ""
            vague_times.append(rf"(?:{_alternation(lexicon.vague_times_open)})(?![^\W_]){after}")
        self.vague_time = _bounded("|".join(vague_times)) if vague_times else None
        self.vague_time_hint = _rarest_words([*lexicon.vague_times, *lexicon.vague_times_open])
        self.timing = _bounded(_alternation(lexicon.watch_timings)) if lexicon.watch_timings else None
        # A to-do item in the future passive: its subject, the verb's opening, the participle and a few words after it
        # with no agent ("support will be offered to the family"; [claim] future_passives); the participle may have
        # been set aside already as watching with no one ("the baby will be [monitored]").
        indefinite_by = (
            rf"(?!\s+(?:{_alternation(lexicon.indefinite_agents)})(?![\w'-]))" if lexicon.indefinite_agents else ""
        )  # "by someone": an agent who is no one is no holder
        self.future_passive = (
            re.compile(
                rf"\s*(?:[^\W\d_][\w'-]*\s+){{1,6}}?(?:{_alternation(lexicon.future_passives)})(?:\s+(?P<done>[^\W\d_]+))?"
                rf"(?:\s+(?!by(?![\w'-]){indefinite_by})[^\W\d_][\w'-]*){{0,{lexicon.future_passive_tail}}}\s*"
            )
            if lexicon.future_passives
            else None
        )
        self.watch_start_hint = _rarest_words(lexicon.watch_starts)
        # A time of day naming a kind of care ("night feeds will be arranged"): the time word alone, its noun kept.
        self.topic_time = (
            re.compile(
                rf"(?<![^\W_])(?:{_alternation(lexicon.topic_times)})(?=\s+(?:{_alternation(lexicon.topic_time_heads)})"
                r"(?![^\W_]))"
            )
            if lexicon.topic_times and lexicon.topic_time_heads
            else None
        )
        self.watch_anchor = (
            _bounded(rf"(?:{_alternation(lexicon.watch_anchors)})(?!'s)") if lexicon.watch_anchors else None
        )
        self.reason = (
            re.compile(rf"\s*(?:(?:and|or|but)\s+)?(?:{_alternation(lexicon.reasons_only)})(?![^\W_])")
            if lexicon.reasons_only
            else None
        )
        self.reason_hint = _rarest_words(lexicon.reasons_only)  # the pattern opens on a space run: tried everywhere
        self.reason_split = (
            re.compile(rf"[,;:]|\s(?=(?:and|or|but)\s+(?:{_alternation(lexicon.reasons_only)})(?![^\W_]))")
            if lexicon.reasons_only
            else None
        )
        # A plan that depends on a result awaited (``[claim] awaited_verbs``, ``awaited_results``), with its clause
        # and what follows it in its sentence, up to a ";" or a "but".
        self.awaited = (
            re.compile(
                rf"[^,;:.!?\n]*(?<![^\W_])(?:{_alternation(lexicon.awaited_verbs)})\s+(?:[^\W\d_]+\s+){{0,3}}?"
                rf"(?:{_alternation(lexicon.awaited_results)})(?![^\W_])(?:(?!\bbut\b)[^;.!?\n])*"
            )
            if lexicon.awaited_verbs and lexicon.awaited_results
            else None
        )
        # The verb alone, bounded as in :attr:`awaited`: where it is not, that pattern (which tries every start of
        # every clause) cannot match either.
        self.awaited_verb = _bounded(_alternation(lexicon.awaited_verbs)) if lexicon.awaited_verbs else None
        self.text = functools.lru_cache(maxsize=memo.TEXTS)(self._text)
        self.sentence = functools.lru_cache(maxsize=memo.SENTENCES)(self._sentence)
        self.general_clause = functools.lru_cache(maxsize=memo.SENTENCES)(self._general_clause)
        # A passive account ("were gone through"), whose subject is read with it (:meth:`_without_account_subjects`).
        self.account_verb = (
            re.compile(
                r"(?<![^\W_])(?:was|were|has|have|had)(?:\s+(?:all|both|each|also|just|only|duly|been))*"
                rf"\s+(?:{_alternation(lexicon.account_participles)})(?![^\W_])"
            )
            if lexicon.account_participles
            else None
        )
        self.word = functools.lru_cache(maxsize=memo.WORDS)(self._word)
        self.report = functools.lru_cache(maxsize=memo.WORDS)(functools.partial(_report_word, lexicon=self.lexicon))
        # A remainder (:attr:`Analysis.claims`, read when a rule asks), or one with a medicines list's copy blanked
        # out (:func:`claims_beyond`), is the same for every rule that asks, and for a record whose texts recur.
        self.claims = functools.lru_cache(maxsize=memo.TEXTS)(self._claims)
        # Whether a text weighs (:meth:`weighs`), asked each time a rule reads an analysis's claims: read once.
        self.weighs_once = functools.lru_cache(maxsize=memo.TEXTS)(self.weighs)

    @functools.cached_property
    def hand_over_settings(self) -> GateSettings:
        """These settings judging a manual hand-over (:meth:`Lexicon.for_hand_over`), made once per judge."""
        return dataclasses.replace(self.settings, lexicon=self.lexicon.for_hand_over())

    def _unmarked_question(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """The first yes-or-no question asked without its mark in ``text[start:end]``: one whose subject is a
        pronoun (:data:`_INVERTED_QUESTION`) or one of the things asked about (:meth:`_asked_about`)."""
        found = _INVERTED_QUESTION.search(text, start, end) if _INVERTED_HINT.search(text, start, end) else None
        return found if found is not None else self._asked_about(text, start, end)

    def _asked_about(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """The first question in ``text[start:end]`` asked without its mark about the baby, a parent or a medicine
        ("does methadone cause withdrawal", "does the baby need the ward"; :attr:`_Patterns.asked_about`), its
        subject one of ``[prompt] question_subjects`` after a determiner or a word of a listed medicine's name
        (:func:`_listed_medicine_words`). Not a verb whose subject is left out ("does the night feeds")."""
        pattern = self.patterns.asked_about
        if pattern is None or "do" not in text:
            return None
        while (found := pattern.search(text, start, end)) is not None:
            if found["medicine"] is None or found["medicine"] in _listed_medicine_words():
                return found
            start = found.start() + 1
        return None

    def _claims(self, remainder: str, may: frozenset[str] | None = None, weighs: bool = False) -> bool:
        """Whether the remainder states what follows outside quotations and dates (:attr:`Analysis.claims`).
        ``may``: the patterns that may match in ``remainder`` (:meth:`_Prefilter.may_match`), when known.
        ``weighs``: the text weighs risks or options (:meth:`weighs`), so only an outcome of the weighing is a
        claim (``[claim] weighed_outcomes``: "chose", "continues", "on balance", "advises")."""
        # Each pattern below tries every place in the text, so it is run only where a word or mark it cannot
        # match without is present: the same result for a fraction of the time.
        unquoted = _QUOTED.sub(" ", remainder) if any(map(remainder.__contains__, _QUOTES)) else remainder
        if self.patterns.empty_act is not None:
            unquoted = self.patterns.empty_act.sub(_spaces, unquoted)
        if "!" in unquoted:
            # A leaflet's register: an exclamation to the reader, whose clauses to the reader and bare orders with
            # no figure exhort anyone; or a title exclaimed, whose bare orders do ("Top tips for X! Don't stop.").
            to_reader = _EXCLAIMED_TO_READER.search(unquoted) is not None
            if to_reader:
                unquoted = _ADDRESSED_TO_READER.sub(_spaces, unquoted)
            if self.patterns.leaflet_order is not None and (to_reader or _EXCLAIMED_TITLE.match(unquoted)):
                unquoted = self.patterns.leaflet_order.sub(_spaces, unquoted)
        if "?" in unquoted:
            unquoted = _QUESTION.sub(_spaces, unquoted)
        if "what" in unquoted or "how" in unquoted:
            unquoted = _INDIRECT_QUESTION.sub(_spaces, unquoted)
        if "what" in unquoted or "how" in unquoted:
            unquoted = _JOINED_QUESTION.sub(_spaces, unquoted)
        if "whether" in unquoted:
            if self.patterns.whether_open is not None:
                unquoted = self.patterns.whether_open.sub(_spaces, unquoted)
            unquoted = _WHETHER_SUBJECT.sub(_spaces, unquoted)
        if ":" in unquoted and self.patterns.restated_answer is not None:
            unquoted = self.patterns.restated_answer.sub(_spaces, unquoted)
        unquoted = without_bare_cells(unquoted)
        if self.patterns.restated_facts is not None and _DIGIT.search(unquoted):
            unquoted = self.patterns.restated_facts.sub(_spaces, unquoted)
        if self.options_told is not None and _may_hold(unquoted, self.options_told_hint):
            unquoted = self.options_told.sub(_spaces, unquoted)
        if ":" in unquoted and self.options_listed is not None:
            unquoted = self._without_options_listed(unquoted)
        unquoted = _without_question_series(unquoted, self._unmarked_question)
        if self.patterns.asking is not None and _may_hold(unquoted, self.patterns.asking_hint):
            unquoted = self.patterns.asking.sub(_spaces, unquoted)
        if _INVERTED_HINT.search(unquoted) is not None:
            unquoted = _INVERTED_QUESTION.sub(_spaces, unquoted)
        asked: list[tuple[int, int]] = []
        while (found := self._asked_about(unquoted, asked[-1][1] if asked else 0, len(unquoted))) is not None:
            asked.append(found.span())
        if asked:
            unquoted = _blank_out(unquoted, asked)
        if self.retraction is not None and _may_hold(unquoted, self.retraction_hint):
            unquoted = self._without_retracted(unquoted)
        # What the prefilter told of the remainder holds as long as nothing has been taken out of it.
        unquoted = self._without_history(unquoted, may if unquoted == remainder else None)
        if _NEGATION_WORD.search(unquoted) is not None:  # every negated account holds one
            unquoted = self._without_negated_accounts(unquoted)
            if self.truth_frame is not None and self.truth_frame.search(unquoted) is not None:
                unquoted = self._without_stacked_negations(unquoted)
        if self.patterns.possible is not None and self.patterns.possible.search(unquoted) is not None:
            unquoted = self._without_possibilities(unquoted)
        if self.conditional_mood is not None and ("would" in unquoted or "could" in unquoted):
            unquoted = self._without_conditional_mood(unquoted)
        if (
            self.patterns.wish is not None
            and _may_hold(unquoted, self.patterns.wish_hint)
            and self.patterns.wish.search(unquoted) is not None
        ):
            unquoted = self._without_wishes(unquoted)
        if (
            self.patterns.opinion is not None
            and _may_hold(unquoted, self.patterns.opinion_hint)
            and self.patterns.opinion.search(unquoted) is not None
        ):
            unquoted = self._without_opinions(unquoted)
        # Conditions before what might have been: an inverted one ("were she to stop, relapse would follow") is
        # both, and what it supposes is read after it only while it is there.
        if any(map(unquoted.__contains__, _CONDITION_WORDS)):
            unquoted = _CONDITION.sub(_spaces, self.without_suppositions(_without_conditional_outcomes(unquoted)))
            unquoted = _CONDITION_AFTER.sub(_spaces, unquoted)
        if (
            self.patterns.counterfactual is not None
            and _may_hold(unquoted, self.patterns.counterfactual_hint)
            and self.patterns.counterfactual.search(unquoted) is not None
        ):
            unquoted = self._without_counterfactuals(unquoted)
        if "either" in unquoted:
            unquoted = self._without_menus(unquoted)
        if _DIGIT.search(unquoted) and (may is None or "date" in may or unquoted != remainder):  # a date has a digit
            unquoted = _DATE.sub(" ", unquoted)
        if "/" in unquoted and _DIGIT.search(unquoted):
            unquoted = _SHORT_DATE.sub(_spaces, unquoted)
        if (
            _DIGIT.search(unquoted)
            and _DAY_NUMBER_HINT.search(unquoted) is not None
            and _DAY_NUMBER.search(unquoted) is not None
        ):
            unquoted = self._without_account_days(unquoted)
        if self.account_verb is not None and self.account_verb.search(unquoted) is not None:
            unquoted = self._without_account_subjects(unquoted)
        if self.patterns.assumed_perfect is not None and " have " in unquoted and "will" in unquoted:
            unquoted = self._without_assumed_perfects(unquoted)
        if self.patterns.auxiliary is not None:
            if "+" in unquoted and _GESTATION.search(unquoted):  # every gestation holds one
                unquoted = self._without_account_gestations(unquoted)
            if self.premise_gestation is not None and _DIGIT.search(unquoted):
                unquoted = self.premise_gestation.sub(_spaces, unquoted)
            unquoted = self.patterns.auxiliary.sub(" ", unquoted)
        unquoted = _without_tautologies(unquoted)
        if " be" in unquoted and "ing " in unquoted:  # every softened gerund holds both
            unquoted = _SOFTENED_GERUND.sub(_spaces, unquoted)
        unquoted = _DANGLING.sub(" ", unquoted)
        if self.attention is not None and _may_hold(unquoted, self.lexicon.attention_places):
            unquoted = self.attention.sub(_spaces, unquoted)
            unquoted = _DANGLING.sub(" ", unquoted)  # "may be something to [bear in mind]"
        if "concerned" in unquoted:
            unquoted = _AS_FAR_AS.sub(_spaces, unquoted)
        if self.lexicon.praise_words and any(w in unquoted for w in ("that", "which", " is ", " was ")):
            unquoted = self._without_praised_work(unquoted)
        if (
            self.patterns.licence is not None
            and _may_hold(unquoted, self.patterns.licence_hint)
            and self.patterns.licence.search(unquoted) is not None
        ):
            unquoted = self._without_licence_terms(unquoted)
        unquoted = self._without_general(unquoted, may if unquoted == remainder else None)
        if ":" in unquoted:
            unquoted = self._without_risk_lists(unquoted)
        unquoted = self._without_topic_labels(unquoted)
        if self.patterns.risk_figure is not None and _DIGIT.search(unquoted) is not None:
            unquoted = self._without_risk_figures(unquoted)
        if (
            self.patterns.foretold_level is not None
            and " be " in unquoted
            and _may_hold(unquoted, self.patterns.foretold_level_hint)
        ):
            unquoted = self._without_foretold_levels(unquoted)
        claim = self.patterns.claim
        if claim is not None and claim.search(unquoted) is None and not self._measures(unquoted):
            return False
        return not weighs or self.weighed_outcome is None or self.weighed_outcome.search(unquoted) is not None

    def weighs(self, text: str) -> bool:
        """Whether ``text``, outside quotations, reports a weighing ("these risks were weighed", "the balance is
        finely poised") or tells two or more options each by what it would bring ("staying on it keeps her well
        ...; switching lowers the risk ..."): what it says of risk and consequence is then what was weighed, and
        only an outcome of the weighing decides (:meth:`_claims`)."""
        if self.weighed_outcome is None or not text:
            return False
        normal = normalised_lines(text)  # remembered: the analysis read it
        if not (_may_hold(normal, self.weighed_hint) or _may_hold(normal, self.path_hint)):  # cannot apply
            return False
        told = _QUOTED.sub(" ", normal) if any(map(normal.__contains__, _QUOTES)) else normal
        if self.weighed is not None and _may_hold(told, self.weighed_hint) and self.weighed.search(told):
            return True
        if self.path is None or not _may_hold(told, self.path_hint):
            return False
        paths = self.path.finditer(told)
        return next(paths, None) is not None and next(paths, None) is not None

    @functools.cached_property
    def attention(self) -> re.Pattern[str] | None:
        """An instruction only to attend to something ("bear methadone in mind", "keep feeding in view"): one of
        ``attention_verbs``, up to eight words (a list's commas between) and one of ``attention_places`` closing
        it, so not "in view of the carer", nor with a time after it ("keep the baby in view at all times", "...
        during feeds"): it names no act, no one to do it and no time, so its verb is no claim. What follows "that"
        keeps its own words ("bear in mind that withdrawal can start as late as day 8")."""
        verbs, places = self.lexicon.attention_verbs, self.lexicon.attention_places
        if not verbs or not places:
            return None
        return re.compile(
            rf"(?<![^\W_])(?:{_alternation(verbs)})(?:,?\s+[^\W\d_][\w']*){{0,8}}?\s+(?:{_alternation(places)})"
            r"(?![^\W_])(?!\s+(?:of|at|during|throughout|until|whenever|when|while|for|from|by|on|in)\b)"
        )

    def _without_praised_work(self, text: str) -> str:
        """``text`` with each relative clause blanked ("that", "which" and its verbs, to where its clause ends)
        that follows only praise of the assessment itself since its sentence or heading began ("a careful, thorough
        assessment of methadone that gives full weight to the needs of mother and baby"), and each "is" whose
        complement is only that praise ("this is a comprehensive and balanced review of sertraline"): what the
        assessment is, does or will be states nothing about mother and baby. The assessment's own word may already
        be set aside as a hedge; praise then a blank before what it was about ("of methadone") reads the same. A
        relative clause that goes on to state a decision (a strong claim) or a number keeps its words but for its
        opening ("a thorough review which shows she must continue"); praise beside a decision ("A careful
        assessment: citalopram continues") leaves the decision to stand."""
        spans = []
        for m in _RELATIVE_OPENING.finditer(text):
            start = max(text.rfind(c, 0, m.start()) for c in ":;.!?\n") + 1
            if not self._only_praise(text, start, m.start()):
                continue
            end = m.end()
            close = _CLAUSE_CLOSE.search(text, end)
            clause_end = close.start() if close is not None else len(text)
            strong = self.patterns.strong_claim
            if not _DIGIT.search(text, end, clause_end) and (
                strong is None or not strong.search(text, end, clause_end)
            ):
                end = clause_end
            spans.append((m.start(), end))
        if " is " in text or " was " in text:
            for m in _PRAISED_COPULA.finditer(text):
                close = _CLAUSE_CLOSE.search(text, m.end())
                if self._only_praise(text, m.end(), close.start() if close is not None else len(text), complement=True):
                    spans.append(m.span())
        return _blank_out(text, spans) if spans else text

    def _only_praise(self, text: str, start: int, end: int, complement: bool = False) -> bool:
        """Whether ``text[start:end]`` is only praise of the assessment itself: praise and the words that join it
        (``[praise] words``, :data:`_PRAISE_GLUE`), then the praised work (``[praise] works``) or a blank where a
        hedge set that word aside, then at most what it was about ("on fetal risk", "of methadone in pregnancy").
        ``complement``: after "is", where the praise may open on "a", "an" or "the" alone."""
        praise, works = self.lexicon.praise_words, self.lexicon.praised_works
        found = list(_WORD_RUN.finditer(text, start, end))
        named = 0
        while named < len(found) and (found[named][0] in praise or found[named][0] in _PRAISE_GLUE):
            named += 1
        if not any(w[0] in praise for w in found[:named]):
            return False
        if named == len(found):
            return not complement
        if found[named][0] in works:
            topic = found[named + 1 :]
        else:
            gap = text[found[named - 1].end() : found[named].start()]
            if len(gap) < 4 or not gap.isspace():  # no blank where a work was
                return False
            topic = found[named:]
        return not topic or topic[0][0] in _PRAISE_TOPIC

    def _without_options_listed(self, text: str) -> str:
        """``text`` with each list of options under a heading of ``[claim] options`` blanked, from the heading to
        where its sentence ends ("Options for methadone: (a) continue; (b) a slow taper; (c) a switch."), with a
        sentence after it that tells what each would mean ("Each carries its own risks."): two or more alternatives
        offered, none chosen. A list that says which is chosen ("(a), the one preferred")
        stands, and so does what follows the sentence ("Chosen: (a).")."""
        listed, chosen = self.options_listed, self.option_chosen
        if listed is None:
            return text
        spans = [
            m.span()
            for m in listed.finditer(text)
            if _OPTIONS_APART.search(m[0], m[0].index(":")) is not None
            and (chosen is None or chosen.search(m[0]) is None)
        ]
        return _blank_out(text, spans) if spans else text

    def _without_account_subjects(self, text: str) -> str:
        """``text`` with each passive account blanked with its subject ("the father's quetiapine 300 mg nocte, the
        bedroom layout and the crib were gone through"): what was gone through is a topic listed, its dose or time
        no plan. Only in the past ("was", "were", "has", "have", "had": "the dose is reviewed at 36 weeks" is a plan).
        The subject runs back over the pieces of a list, to where its sentence or a ";" or ":" opens, up to a piece
        that has a verb of its own or states something besides a dose ("methadone continues, and risks were
        discussed" keeps "continues")."""
        account, strong = self.account_verb, self.patterns.strong_claim
        if account is None:
            return text
        spans = []
        for m in account.finditer(text):
            opened = max(text.rfind(c, 0, m.start()) for c in ";:.!?\n") + 1
            start = m.start()
            while start > opened:
                comma = text.rfind(",", opened, start)
                piece_start = comma + 1 if comma >= 0 else opened
                piece = " ".join(
                    w
                    for w in words(text[piece_start:start])
                    if w not in self.lexicon.dose_words and w not in _DOSE_TIMES
                )
                if _FINITE.search(piece) is not None or (
                    strong is not None and strong.search(_MEASURE.sub(" ", piece)) is not None
                ):
                    break
                start = comma if comma >= 0 else opened
            # the verb stays, for the readings after this one (an account's gestation: "was seen at 29+2 weeks")
            spans.append((start, m.start()))
        return _blank_out(text, spans)

    def _without_negated_accounts(self, text: str) -> str:
        """``text`` with each clause blanked that only says nothing was done ("no plan was made for withdrawal
        monitoring", "the sleeping set-up was not looked at"): an account of what is missing decides nothing. A
        negated instruction ("she must not co-sleep", "methadone will not be reduced") is a decision and stands."""
        negated = self.patterns.negated_account
        if negated is None:
            return text
        spans = [m.span() for m in _CLAUSE.finditer(text) if negated.search(m[0]) is not None]
        return _blank_out(text, spans) if spans else text

    def _without_stacked_negations(self, text: str) -> str:
        """``text`` with each clause blanked that says whether something is true or can be said and stacks
        negations on it (``[claim] truth_frames``, ``negators``, ``stacked_negations``: "it is not untrue that X is
        not without risk", "it cannot be said that a review is not something that might not be needed"): each
        negation cancels another and nothing is decided. A clause with fewer states what it negates."""
        frame, negator, least = self.truth_frame, self.negator, self.lexicon.stacked_negations
        if frame is None or negator is None:
            return text
        spans = [
            m.span()
            for m in _CLAUSE.finditer(text)
            if frame.search(m[0]) is not None and sum(1 for _ in negator.finditer(m[0])) >= least
        ]
        return _blank_out(text, spans) if spans else text

    def _without_retracted(self, text: str) -> str:
        """``text`` blanked from its start to the end of the clause holding its last retraction ("scrap that",
        "disregard the above", "none of this is decided", "the conclusion will be rewritten", "delete all of
        this.", "all of the above withdrawn"; ``[claim] retraction_phrases``, ``retraction_scopes``): what the
        author takes back decides nothing. What follows it stands ("the earlier plan is scrapped: methadone stays
        at 60 mg")."""
        end = self._retracted_end(text)
        return _blank_out(text, [(0, end)]) if end else text

    def withdrawn(self, normalised: str) -> tuple[str, str]:
        """``normalised`` with each saying that a plan is withdrawn with nothing in its place blanked in place ("...
        was planned, but the ward has cancelled this arrangement and nothing has replaced it", "... were offered,
        but she has declined both and nothing is agreed instead"; ``[claim] retraction_pronouns``,
        ``retraction_objects``, ``retraction_refusals``), a saying that answers nothing; and with what each takes
        back blanked too: its sentence (or its part after a semicolon) before it, and where it opens that ("That
        was cancelled - nothing agreed in its place.") the one before, which its pronoun points back to. What it
        does not reach stands ("a taper was proposed but she declined it; methadone continues ..."), and so does a
        withdrawal with its replacement ("the earlier plan was cancelled and replaced by the one below")."""
        withdrawal = self.withdrawal
        said, gone = self._bare_withdrawals(normalised)
        if withdrawal is not None and _may_hold(normalised, self.withdrawal_hint):
            for found in withdrawal.finditer(normalised):
                ends = [i for i in (normalised.find(c, found.end()) for c in ",;:.!?\n") if i >= 0]
                end = min(ends) if ends else len(normalised)
                start = _part_of(normalised, found.start())
                if start and not any(c in normalised[start : found.start()] for c in (",", ":", " - ")):
                    start = _part_of(normalised, start - 1)
                said.append((found.start(), end))
                gone.append((start, end))
        named = self.named_withdrawal
        if named is not None and _may_hold(normalised, self.withdrawal_hint):
            for found in named.finditer(normalised):
                if any(a <= found.start() < b for a, b in said):
                    continue  # read already
                ends = [i for i in (normalised.find(c, found.end()) for c in ",;:.!?\n") if i >= 0]
                end = min(ends) if ends else len(normalised)
                # The plan as named stays said (it speaks of its concern), but no one holds it any more.
                said += [(found.start("verb"), found.end("verb")), (found.start("unreplaced"), end)]
                gone.append((found.start(), end))
        if not said:
            return normalised, normalised
        return _blank_out(normalised, said), _blank_out(normalised, gone)

    def _bare_withdrawals(self, normalised: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """The sayings that a plan is withdrawn bare (``[claim] retraction_plan_nouns``: "..., but this has now been
        cancelled.", "the referral was made today; on reflection the referral has been withdrawn"), each with
        what it takes back: a pronoun its part of the sentence before it (the part before that where it opens its
        own), the plan's noun the part of the text from its last mention before in the same words (with the words
        before the noun that make it one plan of its kind: "the fetal medicine referral"), or, said nowhere before,
        the plan as named in the saying, which is then the rest of the saying. Nothing said in its place or why in
        the rest of its sentence (``retraction_answered``: "cancelled in favour of 72 hours on the ward"), else it
        is no withdrawal of the whole. A care step joined to it by "and" and said not to happen
        (``retraction_not_done``: "and the scan will not be booked") is taken back with it but left out of the
        saying: it speaks of its concern, so the concern is one given to no one. One said to happen, with no
        negation ("and the scan is booked for 20 weeks"), stands, and so does all after it."""
        bare, answered = self.bare_withdrawal, self.withdrawal_answered
        said: list[tuple[int, int]] = []
        gone: list[tuple[int, int]] = []
        if bare is None or not _may_hold(normalised, self.bare_withdrawal_hint):
            return said, gone
        unreplaced = [] if self.bare_unreplaced is None else list(self.bare_unreplaced.finditer(normalised))
        plain = [m for m in bare.finditer(normalised) if not any(u.start() <= m.start() < u.end() for u in unreplaced)]
        for found in sorted([*plain, *unreplaced], key=lambda m: m.start()):
            stops = [i for i in (normalised.find(c, found.end()) for c in ".!?\n") if i >= 0]
            sentence_end = min(stops) if stops else len(normalised)
            if found not in unreplaced and (
                answered is not None and answered.search(normalised, found.end(), sentence_end) is not None
            ):
                continue  # what stands in its place, or why (a reason with nothing in its place is no answer)
            ends = [i for i in (normalised.find(c, found.end()) for c in ",;:.!?\n") if i >= 0]
            end = min(ends) if ends else len(normalised)
            noun = found.group("noun")
            if noun is not None:
                # The plan as named here: its noun, with the words before it that make it one plan of its kind.
                named = r"\s+".join(re.escape(w) for w in [*found.group("mods").split(), noun])
                earlier = [m.start() for m in re.finditer(rf"(?<![^\W_]){named}(?![^\W_])",
                                                          normalised[: found.start()])]
                # Said before: what it takes back runs from there. Not said before: the saying names the plan it
                # withdraws ("the fetal medicine referral has been withdrawn") and takes back that name, the rest of
                # it answering nothing.
                start = _part_of(normalised, earlier[-1]) if earlier else found.start()
                # A plan of its own kind told after the noun ("the plan for the baby's scoring on the ward", one of
                # ``retraction_plan_nouns`` after it) is its name too: left out of the saying, so the concern it
                # names is one the withdrawal takes back. Another phrase there ("the plan to stop", "for a taper")
                # tells what was withdrawn, not a plan, and stays in the saying.
                carried = "of" in found.re.groupindex and found.group("of") is not None
                post = (
                    "post" in found.re.groupindex
                    and bool(found.group("post"))
                    and not self.plan_nouns.isdisjoint(words(found.group("post")))
                )
                saying = found.start() if earlier else found.end("of" if carried else "post" if post else "noun")
            else:
                start, saying = _part_of(normalised, found.start()), found.start()
                if start and len(words(normalised[start : found.start()])) <= 2:
                    start = _part_of(normalised, start - 1)
            said_to, gone_to = end, end
            steps = [m.start() for m in _AND.finditer(normalised, found.end(), end)]
            for a, b in zip(steps, [*steps[1:], end][: len(steps)], strict=True):
                step = normalised[a:b]
                if self.not_done is not None and self.not_done.match(step) is not None:
                    said_to = min(said_to, a)  # a step said not to happen speaks of its concern, holds nothing
                elif _NEGATION_WORD.search(step) is None and "n't" not in step:
                    said_to, gone_to = min(said_to, a), min(gone_to, a)  # a step said to happen stands
                    break
            said.append((saying, said_to))
            gone.append((start, gone_to))
        return said, gone

    def _retracted_end(self, text: str, asked: bool = True) -> int:
        """Where the clause holding ``text``'s last retraction ends (:meth:`_without_retracted`), 0 where none.
        ``asked``: one in a question counts too (False: "should we cancel the plan?" asks, read where questions
        are not yet set aside)."""
        retraction = self.retraction
        if retraction is None:
            return 0
        if (
            self.disowned_whole is not None
            and _may_hold(text, self.disowned_hint)
            and self.disowned_whole.search(text) is not None
        ):
            return len(text)  # a template's marker or another's view disowned: wherever it stands, all of it
        for found in reversed(list(retraction.finditer(text))):
            if contingency(text, found):
                continue  # the whole may change under a condition, what happens then named: a fallback
            ends = [i for i in (text.find(c, found.end()) for c in ",;:.!?\n") if i >= 0]
            end = explained_end(text, found, min(ends) if ends else len(text))
            if asked or not text.startswith("?", end):
                return end
        return 0

    def _without_conditional_mood(self, text: str) -> str:
        """``text`` with what the conditional mood governs blanked, its subject with it, to the end of its clause
        or an "and" ("methadone would be continued", "the carer could do the night feeds"): with no condition and no
        frame of reported speech before it in its sentence (``[claim] conditional_frames``), it tells what would
        happen, not what will. Advice ("we would advise"), a wish ("would like"), a verdict ("would be unsafe"),
        "could not" and a perfect stand, as does a claim before the modal in its clause."""
        mood, frame, strong = self.conditional_mood, self.conditional_frame, self.patterns.strong_claim
        if mood is None:
            return text
        if self._measures(text):
            return text  # a plan told in the British "would" with its dose or time ("would continue at 60 mg")
        lexicon = self.lexicon
        between, decides, participles = (
            lexicon.conditional_between,
            lexicon.conditional_decides,
            lexicon.conditional_participles,
        )
        spans = []
        for m in mood.finditer(text):
            sentence = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
            before = text[sentence : m.start()]
            if any(map(before.__contains__, _CONDITION_HINTS)) and _CONDITION.search(before) is not None:
                continue  # a condition's outcome: read as a supposition (:meth:`without_suppositions`)
            if frame is not None and frame.search(before) is not None:
                continue  # reported or framed: "she said she would", "better than it would be"
            ends = [i for i in (text.find(c, m.end()) for c in ",;:.!?\n") if i >= 0]
            end = min(ends) if ends else len(text)
            joined = text.find(" and ", m.end(), end)
            end = end if joined < 0 else joined
            following = words(text[m.end() : end])
            at = 0
            negated = False
            while at < len(following) and following[at] in between:
                negated = negated or following[at] in _CONDITIONAL_NEGATIONS
                at += 1
            # Nothing left after it (its verb set aside already) leaves nothing to decide either.
            if negated or (at < len(following) and following[at] in decides):
                continue
            if at < len(following) and following[at] == "be":
                at += 1
                while at < len(following) and following[at] in between:
                    at += 1
                if at < len(following) and not (following[at].endswith("ed") or following[at] in participles):
                    continue  # a verdict: "stopping would be unsafe"
            start = max(text.rfind(c, 0, m.start()) for c in ",;:.!?\n") + 1
            opened = text.rfind(" and ", start, m.start())
            start = start if opened < 0 else opened + len(" and ")
            stated = strong is not None and strong.search(text, start, m.start()) is not None
            spans.append((m.start() if stated else start, end))
        return _blank_out(text, spans) if spans else text

    def without_suppositions(self, text: str) -> str:
        """``text`` with each clause blanked that follows a condition in its sentence and only supposes ("should
        the baby show signs, scoring would be considered", "if it is stopped, relapse might follow"): what would
        or might happen decides nothing. "If the baby scores high, the team will start treatment" decides."""
        hypothetical = self.patterns.hypothetical
        if hypothetical is None:
            return text
        spans = []
        for sentence in _SENTENCE.finditer(text):
            if not any(map(sentence[0].__contains__, _CONDITION_HINTS)):
                continue  # no condition can open in it
            condition = _CONDITION.search(text, sentence.start(), sentence.end())
            if condition is None:
                continue
            for m in _CLAUSE.finditer(text, condition.end(), sentence.end()):
                if hypothetical.search(m[0]) is not None:
                    spans.append(m.span())
        return _blank_out(text, spans) if spans else text

    def _without_possibilities(self, text: str) -> str:
        """``text`` with what a modal of possibility governs blanked when it holds a condition or alternatives
        ("valproate could be switched if neurology agree", "observation could be on the ward or at home"), or
        always after one that decides nothing alone ("the dose might be lowered in time"): a possibility decides
        nothing. A claim before it or after an "and" stands ("stays 72 hours and may need morphine if ..."), as
        does a possibility alone ("the newborn could room in with her")."""
        possible, alone, choice = self.patterns.possible, self.patterns.possible_alone, self.patterns.possible_choice
        if possible is None:
            return text
        dates = [d.span() for d in _DATE.finditer(text)] if _DIGIT.search(text) else []
        spans = []
        permitted: list[tuple[int, int]] = []  # active "could" left standing, then read beside the others
        for m in possible.finditer(text):
            # The month, not the modal: in a date ("12 May"), or with no verb after it ("through May if ...").
            after = m[0].split()[1:2]
            if not after or _OPEN.fullmatch(after[0]) or any(a <= m.start() < b for a, b in dates):
                continue
            start = max(text.rfind(c, 0, m.start()) for c in ",;:.!?\n") + 1
            offers = (
                choice is not None
                and choice.match(m[0]) is not None
                and (
                    _ALTERNATIVE.search(m[0]) is not None
                    or _OR_BEFORE.match(text, start) is not None
                    or _OR_AFTER.match(text, m.end()) is not None
                )
            )
            # The modal repeated across alternatives, the first active ("may continue or may be switched").
            offers = offers or _PAIRED.match(m[0]) is not None or _paired_before(text, start, m)
            # A hedge stacked on the modal ("could possibly be") supposes as it would alone: searched, not matched.
            if offers or _OPEN.search(m[0]) is not None or (alone is not None and alone.search(m[0]) is not None):
                # Its subject goes with it ("the newborn's stay on the ward might ..."), back to where its clause
                # or its predicate ("... and may need") starts.
                joined = text.rfind(" and ", start, m.start())
                end = m.end()
                # Its object's "to" repeated ("might be given to night feeds and to the cot") is governed by it too.
                while (more := _AND_TO.match(text, end)) is not None:
                    end = more.end()
                spans.append((start if joined < 0 else joined + len(" and "), end))
            elif choice is not None and choice.match(m[0]) is not None and not _NEGATED_MODAL.match(m[0]):
                joined = text.rfind(" and ", start, m.start())
                permitted.append((start if joined < 0 else joined + len(" and "), m.end()))
        if permitted and spans:
            # "could be continued, the carer could do the night feeds": an active "could" in a sentence whose
            # other possibilities are set aside lists one more option, not a permission; alone in its sentence, or
            # beside a decision ("she could breastfeed, and we advise it"), it permits and stands.
            sentences = {_sentence_of(text, a) for a, _ in spans}
            spans += [span for span in permitted if _sentence_of(text, span[0]) in sentences]
        return _blank_out(text, spans) if spans else text

    def _without_wishes(self, text: str) -> str:
        """``text`` with what a wish governs blanked, up to an "and" or the end of its clause ("mum would like to
        continue methadone", "the neurologist is keen to see her"): what someone would like, prefers or hopes
        decides nothing. Its subject goes with it unless a claim stronger than "is" or "would" stands before it in
        the clause ("sertraline continues because she wants to stay well"), and a claim after the "and" stands
        ("she would like to breastfeed and this is supported")."""
        wish, strong = self.patterns.wish, self.patterns.strong_claim
        if wish is None:
            return text
        spans = []
        for m in wish.finditer(text):
            start = max(text.rfind(c, 0, m.start()) for c in ",;:.!?\n") + 1
            joined = text.rfind(" and ", start, m.start())
            start = start if joined < 0 else joined + len(" and ")
            stated = strong is not None and strong.search(text, start, m.start()) is not None
            inverted = _INVERTED_OPENING.match(text, start, m.start())
            start = start if inverted is None else inverted.end()
            spans.append((m.start() if stated else start, m.end()))
        return _blank_out(text, spans)

    def _without_assumed_perfects(self, text: str) -> str:
        """``text`` with the "will" of each future perfect blanked ("the plan will have been discussed"): presumed
        done by some time, read as the past account it presumes (``has been discussed``). With an aside of
        assumption ("will, no doubt, have been monitored", "will surely have been told") what it governs, to the
        end of its clause, is blanked too: a guess at what others did decides nothing, whatever it holds. So is an
        active future perfect ("by then the father will have stopped his quetiapine", "she will have finished the
        course"): an outcome told as reached by some time, which no one is planned to bring about; a passive one
        ("will have been drawn up by the specialist midwife, giving ...") keeps what it holds. A prediction drawn
        from a guess, in the clause after it ("..., so his sedation will no longer matter"), rests on the guess and
        is blanked with it."""
        assumed = self.patterns.assumed_perfect
        if assumed is None:
            return text
        spans = []
        for m in assumed.finditer(text):
            if m.end() - m.start() == len("will") and _PASSIVE_PERFECT.match(text, m.end()):
                spans.append(m.span())
                continue
            ends = [i for i in (text.find(c, m.end()) for c in ";:.!?\n") if i >= 0]
            comma = text.find(",", m.end() + 1)
            if comma >= 0 and text[m.end() : comma].strip():
                ends.append(comma)  # the clause after the aside's own commas
            end = min(ends) if ends else len(text)
            drawn = _DRAWN_PREDICTION.match(text, end)
            if drawn is not None:  # a prediction drawn from the guess rests on it ("..., so it will not matter")
                stops = [i for i in (text.find(c, drawn.end()) for c in ";:.!?\n") if i >= 0]
                end = min(stops) if stops else len(text)
            spans.append((m.start(), end))
        return _blank_out(text, spans) if spans else text

    def _without_opinions(self, text: str) -> str:
        """``text`` with each clause blanked, subject and all, whose subject is another service or professional and
        whose verb gives a view ("the drug service feels methadone should continue", "neurology is of the view that
        ...", "the psychiatrist's opinion is that ..."): another's opinion reported decides nothing, as guidance
        reported does not. A view adopted stands (``Lexicon.opinion_adopted`` in its sentence or opening the next:
        "...; we agree"), and so does every other clause."""
        opinion, adopted = self.patterns.opinion, self.patterns.opinion_adopted
        if opinion is None:
            return text
        spans = []
        for m in opinion.finditer(text):
            start = max(text.rfind(c, 0, m.start()) for c in ",;:.!?\n") + 1
            ends = [i for i in (text.find(c, m.end()) for c in ",;:.!?\n") if i >= 0]
            end = min(ends) if ends else len(text)
            if adopted is not None:
                sentence = _SENTENCE.search(text, m.start())
                after = sentence.end() if sentence is not None else len(text)
                following = _SENTENCE.search(text, after + 1) if after < len(text) else None
                reach = (
                    following.start() + len(" ".join(following[0].split()[:3])) + 1
                    if following is not None
                    else after
                )
                sentence_start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
                if adopted.search(text, sentence_start, max(after, reach)) is not None:
                    continue
            spans.append((start, end))
        return _blank_out(text, spans) if spans else text

    def _without_counterfactuals(self, text: str) -> str:
        """``text`` with each clause blanked that states what might have been ("methadone would have been continued",
        "valproate should have been switched before conception", "had the plan been finalised"): it decides
        nothing. A claim stronger than "is" or "would" before it in its clause stands ("60 mg continues, though it
        would have been lowered"), and so does every other clause ("..., but she is stable: 60 mg continues")."""
        counterfactual, strong = self.patterns.counterfactual, self.patterns.strong_claim
        if counterfactual is None:
            return text
        spans = []
        for m in _CLAUSE.finditer(text):
            found = counterfactual.search(text, m.start(), m.end())
            if found is not None:
                stated = strong is not None and strong.search(text, m.start(), found.start()) is not None
                spans.append((found.start() if stated else m.start(), m.end()))
        return _blank_out(text, spans) if spans else text

    def without_undecided(self, text: str, said: str | None = None) -> str:
        """``text`` with what decides nothing in a whole conclusion blanked (:func:`claims_beyond`): watching with
        nobody, no time and no threshold, and sentences only of reasons. Read on the whole text, as one part alone
        may leave its time or reason to the part before it ("on bad nights only; baby watched for sleepiness").
        ``said``: the text ``text`` blanks in place, when known: reasons whose main clause it sets aside go too
        (:meth:`_without_reasons_only`)."""
        if self.reason is not None and _may_hold(text, self.reason_hint) and self.reason.search(text) is not None:
            text = self._without_reasons_only(text, said if said is not None and len(said) == len(text) else None)
        if self.watching is not None and _may_hold(text, self.watching_hint) and self.watching.search(text) is not None:
            text = self._without_unowned_watching(text)
        if " to be " in text or (self.future_passive is not None and " be " in text):
            text = self._without_unowned_to_do(text)
        return text

    def without_reasons_for_nothing(self, text: str, said: str) -> str:
        """``text`` (``said`` blanked in place) with each sentence blanked that gives reasons and whose every other
        part ``text`` has emptied of all but stop words and medicine names though ``said`` says more there
        (:meth:`_without_reasons_only`): reasons for a decision never made."""
        if self.reason is None or len(said) != len(text) or not _may_hold(said, self.reason_hint):
            return text
        return self._without_reasons_only(text, said)

    def without_vaguely_timed(self, normal: str, remainder: str) -> str:
        """``remainder`` (of ``normal``, blanked in place) with each clause blanked whose only time names no time
        ("the midwife will observe the baby in due course", "advice will be given as needed"; ``[claim]
        vague_times``): no number, and no time or sign (``watch_times``, ``watch_thresholds``) once the vague time
        itself is set aside. It says something happens, not when or on what sign. Read on the text itself, as the
        remainder may have set the vague time aside as a hedge."""
        vague, timing = self.vague_time, self.timing
        if vague is None or len(normal) != len(remainder) or not _may_hold(normal, self.vague_time_hint):
            return remainder
        spans = []
        bounds = _clause_bounds(normal)
        for found in vague.finditer(normal):
            start, end = _clauses(bounds, found.start(), found.end())
            # every vague time of the clause set aside: "checked when needed and discussed as and when" is no sign
            others = [(m.start() - start, m.end() - start) for m in vague.finditer(normal, start, end)]
            clause = _blank_out(normal[start:end], others)
            if _DIGIT.search(clause) or (timing is not None and timing.search(clause) is not None):
                continue
            spans.append((start, end))
        return _blank_out(remainder, spans) if spans else remainder

    def _without_unowned_to_do(self, text: str) -> str:
        """``text`` with each sentence blanked that is only to-do items in the passive infinitive naming nobody, no
        time and no number ("Cot to be checked. Feeding to be supported, night feeds to be shared."): who does it,
        and when, is never said. "Cot to be checked by the HV at the first visit" and "Methadone to be continued"
        (``[claim] to_be_kept``) stand."""
        anchor, kept, passive = self.watch_anchor, self.lexicon.to_be_kept, self.future_passive
        spans = []
        for sentence in _SENTENCE.finditer(text):
            said = sentence[0]
            future = (
                passive is not None
                and any(p in said for p in self.lexicon.future_passives)  # cheap: literal first
                and passive.search(said) is not None
            )
            if (" to be " not in said and not future) or _DIGIT.search(said):
                continue
            if future and self.watch_start is not None:
                said = self.watch_start.sub(_spaces, said)  # "after delivery": when a watch starts, no length
            if self.topic_time is not None:
                said = self.topic_time.sub(_spaces, said)  # "night feeds": a kind of care, not when it is done
            if anchor is not None and anchor.search(said) is not None:
                continue
            items = [i for i in _TO_DO_APART.split(said) if i.strip()]
            found = [_TO_DO.fullmatch(i) or (passive.fullmatch(i) if future and passive else None) for i in items]
            if items and all(f is not None and f["done"] not in kept for f in found):
                spans.append(sentence.span())
        return _blank_out(text, spans) if spans else text

    def _without_unowned_watching(self, text: str) -> str:
        """``text`` with each watching phrase blanked in a sentence that names nobody who watches, no time and no
        threshold, nor holds a number ("monitoring of levels, mood and feeds", "baby to be monitored"): it decides
        nothing. "The ward monitors the baby for 72 hours" and "levels every 4 weeks" stand."""
        watching, anchor = self.watching, self.watch_anchor
        if watching is None:
            return text
        spans = []
        for sentence in _SENTENCE.finditer(text):
            if _DIGIT.search(sentence[0]) or (anchor is not None and anchor.search(sentence[0]) is not None):
                continue
            spans += [m.span() for m in watching.finditer(text, sentence.start(), sentence.end())]
        return _blank_out(text, spans) if spans else text

    def _without_reasons_only(self, text: str, said: str | None = None) -> str:
        """``text`` with each sentence blanked that is only two or more reasons ("Because ..., and because ...",
        "Given that ..., given that ..."): reasons for a decision never made. A reason beside a main clause stands,
        and so does "since" of time, a single part ("since the birth she has fed well"). With ``said`` (the text
        ``text`` blanks in place), so does a sentence of reasons whose every other part ``text`` has emptied of all
        but stop words and medicine names, one of them holding more in ``said``: the main clause they serve was set
        aside ("Because ..., because ..., lithium was carefully considered, and a plan will follow in due course.":
        a hedge and a deferral), so they are reasons for a decision never made too."""
        reason, split = self.reason, self.reason_split
        if reason is None or split is None:
            return text
        spans = []
        for sentence in _SENTENCE.finditer(text):
            parts = [p for p in split.split(sentence[0]) if p.strip()]
            only_reasons = len(parts) >= 2 and all(reason.match(p) is not None for p in parts)
            if only_reasons or (said is not None and self._reasons_for_nothing(text, said, sentence)):
                spans.append(sentence.span())
        return _blank_out(text, spans) if spans else text

    def _reasons_for_nothing(self, text: str, said: str, sentence: re.Match[str]) -> bool:
        """Whether ``sentence`` (of ``text``) gives a reason and its every part that is no reason is empty in ``text``
        but for stop words, medicine names and what only names the medicine's dose (:meth:`_only_named`), one of them
        said in ``said`` (:meth:`_without_reasons_only`): the reasons may open the sentence or follow the clause set
        aside ("Sertraline 100 mg daily has been carefully considered, because ...; a plan will follow.")."""
        reason, split = self.reason, self.reason_split
        if reason is None or split is None:
            return False
        empty = self._only_named

        at = sentence.start()
        bounds = []
        for piece in split.split(sentence[0]):
            bounds.append((at, at + len(piece)))
            at += len(piece) + 1
        # the split's marks are one character each (a mark, or the space before "and because")
        parts = [(a, b) for a, b in bounds if text[a:b].strip()]
        if len(parts) < 2 or all(reason.match(text, a) is None for a, _ in parts):
            return False
        emptied = False
        for a, b in parts:
            if reason.match(text, a) is not None:
                continue
            if not empty(text[a:b]):
                return False
            emptied = emptied or not empty(said[a:b])
        return emptied

    def _only_named(self, part: str) -> bool:
        """Whether ``part`` holds only stop words, medicine names and the medicine's dose line: an amount with its
        unit ("300 mg"), how often and when it is taken (``[regimen_only] line_words`` that carry nothing on, dose
        words) and whose it is, a possessive before its name ("Daniel's quetiapine"). It names the medicine and decides
        nothing of it."""
        lexicon, medicines = self.lexicon, _listed_medicine_words()
        said = list(words(part))
        for at, word in enumerate(said):
            letters = _letters(word)
            after = _letters(said[at + 1]) if at + 1 < len(said) else ""
            if _DIGIT.search(word):
                if not (letters or after) or (letters or after) not in lexicon.dose_words:
                    return False  # a number, not an amount with its unit
                continue
            if letters and not (
                letters in lexicon.stop_words
                or letters in medicines
                or letters in lexicon.dose_words
                or letters in lexicon.dose_line_words
                or letters in _DOSE_TIMES
                or (_POSSESSIVE.search(word) is not None and after in medicines)
            ):
                return False
        return True

    def _without_menus(self, text: str) -> str:
        """``text`` with each "either ... or ..." blanked whose first alternative and another state something
        ("either continue, reduce or stop", "either he takes his dose earlier or he sleeps apart"): a menu offers,
        it does not choose. Alternatives opening on who or where, with what is done after them, make a rule and
        stand ("either the midwife or the nurse scores him"), and so does what the clause says before the
        "either" ("she will either ...")."""
        claim = self.patterns.claim
        if claim is None:
            return text
        spans = []
        for m in _MENU.finditer(text):
            items = [i.strip() for i in _MENU_ITEM.split(m[0])]
            offered = [i for i in items if i not in _MENU_ANY]
            stating = [claim.search(i) is not None for i in offered]
            if len(offered) > 1 and stating[0] and sum(stating) > 1:
                spans.append(m.span())
        return _blank_out(text, spans) if spans else text

    def without_populations(self, text: str) -> str:
        """``text`` with each clause blanked that holds a population in general (``_Patterns.population``: a share,
        a rate or a marked population of babies, women or patients) and speaks of no one of this case."""
        population = self.patterns.population
        if population is None or not _may_hold_each(text, self.patterns.population_hints):
            return text
        spans = [
            m.span()
            for m in _CLAUSE.finditer(text)
            if population.search(m[0]) is not None and not self._of_this_case(m[0])
        ]
        return _blank_out(text, spans) if spans else text

    def without_general(self, text: str) -> str:
        """``text`` with what is said only in general blanked (:meth:`_without_general`)."""
        return self._without_general(text)

    def without_reported(self, text: str) -> str:
        """``text`` (normalised) with only guidance reported blanked, to the end of its sentence, up to a clause that
        turns or speaks of this case (:meth:`_without_general`): what the guidance says of parents in general is not
        said of this one ("the Lullaby Trust advises that parents who are drowsy ...")."""
        return self._without_general(text, only_reported=True)

    def _without_general(self, text: str, may: frozenset[str] | None = None, only_reported: bool = False) -> str:
        """``text`` with each clause blanked whose every claim word states only what a medicine, a class or babies
        do in general ("methadone is an opioid", "SSRIs can cause poor adaptation", "crosses the placenta", "up
        to 40% have problems") and that holds no word of this case: a fact from a leaflet decides nothing for
        this baby. "Lithium crosses the placenta, so the baby is bottle fed" keeps its second clause. A clause
        with no claim word is blanked too when it holds only a rate ("50 to 80% of exposed babies show signs") or
        trails a blanked one in its sentence ("usually by day 3"), unless it speaks of this case or turns ("so").
        A clause holding a share of a population ("about half of babies exposed to methadone need treatment") is
        blanked whatever its claim words, unless it speaks of this case: it is what babies do in general. So is
        guidance reported ("NICE advises that women ...", "the leaflet warns that ..."): its clause and the rest of
        its sentence, up to a clause that turns or speaks of this case (:meth:`_reports_of_this_case`)."""
        patterns = self.patterns
        general, case, claim = patterns.general_claim, patterns.case_word, patterns.claim
        if general is None or case is None or claim is None:
            return text
        # A pattern that cannot match in the whole text (a word it needs is missing) matches in none of its clauses.
        population = patterns.population if _may_hold_each(text, patterns.population_hints) else None
        report = patterns.report if _may_hold_each(text, patterns.report_hints) else None
        frame = patterns.report_frame if _may_hold_each(text, patterns.report_frame_hints) else None
        heading = patterns.report_heading if ":" in text and _may_hold(text, patterns.report_heading_hint) else None
        association = patterns.association if _may_hold(text, patterns.association_hint) else None
        frequency = patterns.frequency if _may_hold(text, patterns.frequency_hint) else None
        if only_reported and report is None and frame is None and heading is None:
            return text
        if (
            may is not None
            and "general" not in may
            and _RATE.search(text) is None
            and (population is None or population.search(text) is None)
            and (report is None or report.search(text) is None)
            and (frame is None or frame.search(text) is None)
            and heading is None
            and (association is None or association.search(text) is None)
        ):
            return text  # no general claim to find (:meth:`_Prefilter.may_match`), nor a rate or a share alone
        spans = []
        # Which of the whole text's patterns apply: with the clause and what was read before it in its sentence,
        # all that a clause's reading depends on, so it is remembered (:meth:`_general_clause`).
        applies = tuple(p is not None for p in (population, report, frame, association, frequency))
        read = self.general_clause
        for sentence in _SENTENCE.finditer(text):
            after_general = False  # a clause with no claim of its own trails a general one ("usually by day 3")
            reported = False  # guidance reported, to the end of its sentence ("the MHRA states that ...")
            linked = False  # what evidence links a class with, its list running on ("..., cleft palate and ...")
            for m in _MEASURED_CLAUSE.finditer(text, sentence.start(), sentence.end()):
                headed = heading is not None and text.startswith(":", m.end())
                after_general, reported, linked = read(
                    m[0], headed, after_general, reported, linked, applies, only_reported
                )
                if after_general:
                    spans.append(m.span())
        return _blank_out(text, spans) if spans else text

    def _general_clause(
        self,
        clause: str,
        headed: bool,
        after_general: bool,
        reported: bool,
        linked: bool,
        applies: tuple[bool, ...],
        only_reported: bool,
    ) -> tuple[bool, bool, bool]:
        """One clause of :meth:`_without_general`: whether it is blanked, and whether guidance is reported and what
        evidence links runs on after it. ``headed``: a heading's colon follows it; ``after_general``, ``reported``,
        ``linked``: as read of the clause before it in its sentence; ``applies``: which of the population, report,
        report frame, association and frequency patterns apply to the whole text."""
        patterns = self.patterns
        general, case, claim, turn = patterns.general_claim, patterns.case_word, patterns.claim, patterns.history_turn
        if general is None or case is None or claim is None:  # then :meth:`_without_general` reads no clause
            return False, reported, linked
        population = patterns.population if applies[0] else None
        report = patterns.report if applies[1] else None
        frame = patterns.report_frame if applies[2] else None
        association = patterns.association if applies[3] else None
        frequency = patterns.frequency if applies[4] else None
        heading = patterns.report_heading
        found = [c[0] for c in claim.finditer(clause)]
        if report is not None and not reported:
            reported = any(r["applied"] is None for r in report.finditer(clause))
        if not reported and frame is not None:  # "according to NICE, ...", opening its clause
            reported = frame.match(clause, len(clause) - len(clause.lstrip())) is not None
        if not reported and heading is not None and headed:
            reported = heading.fullmatch(clause) is not None  # "National guidance: ..."
        if reported:
            after_general = not self._reports_of_this_case(clause)
            if not after_general:
                reported = False
        elif only_reported:
            after_general = False
        elif population is not None and population.search(clause) is not None and not self._of_this_case(clause):
            after_general = True  # a share of babies in general, whatever its verb ("half of babies need")
        elif association is not None and association.search(clause) is not None and not self._names_case(clause):
            after_general = linked = True  # what evidence links a class with, whatever its measures
        elif linked and self._links_on(clause):
            after_general = True  # the outcomes linked, running on ("..., cleft palate and reduced IQ")
        elif found:
            defined = self._definition(clause)
            hedged = [h.end() for h in frequency.finditer(clause)] if frequency is not None and not reported else []
            after_general = all(
                general.fullmatch(c[0])
                or (defined is not None and defined[0] <= c.start() < defined[1])
                or any(end <= c.start() and clause[end : c.start()].isspace() for end in hedged)
                for c in claim.finditer(clause)
            ) and not self._of_this_case(clause, measured=not hedged)
        elif case.search(clause) is not None or (turn is not None and turn.search(clause) is not None):
            after_general = False  # it speaks of this case, or draws what follows ("so ...")
        else:  # a rate alone is what babies do in general ("50 to 80% of exposed babies show ...")
            after_general = after_general or (_RATE.search(clause) is not None and not self._of_this_case(clause))
        linked = linked and after_general
        return after_general, reported, linked

    def _links_on(self, clause: str) -> bool:
        """Whether ``clause``, after one telling what evidence links a class with, still names what is linked: it
        names no one of this case, does not turn ("so"), and its every claim word is a general one or a change word
        before the thing changed, after nothing or a word like "and" ("cleft palate and reduced IQ"). "Dose reduced
        to 500 mg" states a change."""
        general, claim, turn = self.patterns.general_claim, self.patterns.claim, self.patterns.history_turn
        if general is None or claim is None or self._names_case(clause):
            return False
        if turn is not None and turn.search(clause) is not None:
            return False
        for c in claim.finditer(clause):
            if general.fullmatch(c[0]):
                continue
            before = clause[: c.start()].split() or [""]
            if _ATTRIBUTIVE.match(clause, c.start()) is None or before[-1] not in _ATTRIBUTIVE_AFTER:
                return False
        return True

    def _without_licence_terms(self, text: str) -> str:
        """``text`` with each licence's verdict blanked that is said of a population or under the licence's condition
        and of no one in this case ("is contraindicated in women of childbearing potential unless the conditions of
        the programme are fulfilled", "is not recommended in breastfeeding mothers"): the licence restated, what is
        left of its clause is then read as any general fact is (:meth:`_without_general`). Applied to her ("not
        recommended for her unless ...", "unless the baby is premature") it stands."""
        licence = self.patterns.licence
        if licence is None:
            return text
        spans = [m.span() for m in licence.finditer(text) if not self._of_this_case(m["said"])]
        return _blank_out(text, spans) if spans else text

    def _without_risk_figures(self, text: str) -> str:
        """``text`` with each rate or odds blanked, with the verb that gives it and what it is a risk of ("carries an
        11% risk of a major malformation", "chance of X is 1 in 1000"): a figure is a fact, not a decision, even of
        this baby; what it leads to ("so the ward scores ...") stands (``[risk_figures]``)."""
        # every rate or odds names its noun, and every share its percentage
        if "%" not in text and "cent" not in text and not _may_hold(text, self.lexicon.risk_figure_nouns):
            return text
        pattern = self.patterns.risk_figure
        return text if pattern is None else pattern.sub(_spaces, text)

    def _without_foretold_levels(self, text: str) -> str:
        """``text`` with each level foretold to be an amount blanked ("levels in the infant will be low or
        undetectable"): a prediction, like a share foretold, names no act, no one and no time; what it leads to
        ("..., so she can breastfeed") stands (``[risk_figures] level_nouns``)."""
        pattern = self.patterns.foretold_level
        return text if pattern is None else pattern.sub(_spaces, text)

    def _without_risk_lists(self, text: str) -> str:
        """``text`` with each listed risk blanked that decides nothing: after a heading naming risks ("Risks to the
        baby:", "Valproate risk profile:") or only medicines ("Citalopram:"), to where its sentence or line ends or
        the next heading opens, an item (between , and ;) names a risk unless it holds a turn ("so"), a word of this
        case, or a claim word no word of ``Lexicon.risk_governors`` governs ("on stopping", "if stopped") in an item
        not opened by "a" or "an" ("a longer hospital stay"). "Risks: NAS, 72h obs on PNW" keeps its plan."""
        heading = self.patterns.risk_heading
        if heading is None or self.patterns.case_word is None or self.patterns.claim is None:
            return text
        spans = []
        colon = -1
        while (colon := text.find(":", colon + 1)) >= 0:  # each colon, found at C speed
            start = max(text.rfind(c, 0, colon) for c in ".!?;\n") + 1
            words = _LETTER_WORD.findall(text, start, colon)
            if not words or (
                heading.search(text, start, colon) is None
                and not all(w == "and" or w in _listed_medicine_words() for w in words)
            ):
                continue
            spans += self._unclaimed_items(text, colon)
        return _blank_out(text, spans) if spans else text

    def _without_topic_labels(self, text: str) -> str:
        """``text`` with each label over topics and its copula blanked ("The relevant issues for the baby are",
        ``[risk_list] topic_labels``), and the items after it read as a risk list's are (:meth:`_unclaimed_items`):
        "the issues are sedation, night feeds and co-sleeping" names topics and decides nothing, to the end of its
        part (a semicolon ends it too: "her concern is feeding; the midwife ..."). A label holding a
        claim of its own ("the plan for these issues is") is no such label, and an item with a turn, a word of this
        case or a claim word of its own stands ("the issue is sedation, so he does no night feeds")."""
        label, claim = self.patterns.topic_label, self.patterns.claim
        if label is None or claim is None or not any(map(text.__contains__, self.lexicon.topic_labels)):
            return text
        spans: list[tuple[int, int]] = []
        for found in label.finditer(text):
            if claim.search(found["label"]) is not None:
                continue
            spans.append((found.start("label"), found.end()))
            part = min((i for i in (text.find(c, found.end()) for c in ";.!?\n:") if i >= 0), default=len(text))
            spans += self._unclaimed_items(text[:part], found.end() - 1)
        return _blank_out(text, spans) if spans else text

    def talk_list_spans(self, normal: str, remainder: str) -> list[tuple[int, int]]:
        """The items of ``remainder`` (``normal`` with what is set aside blanked in place) listed under a heading of
        talk alone in ``normal`` ("Discussed:", "Topics discussed:"; ``Lexicon.talk_headings``) that decide
        nothing, read as a risk list's items are (:meth:`_unclaimed_items`): what was talked of, not what was
        decided. The heading is read in ``normal``, as the remainder has set its words aside as hedges."""
        talk = self.lexicon.talk_headings
        if not talk or self.patterns.case_word is None or self.patterns.claim is None:
            return []
        spans: list[tuple[int, int]] = []
        colon = -1
        while (colon := normal.find(":", colon + 1)) >= 0:
            start = max(normal.rfind(c, 0, colon) for c in ".!?;\n") + 1
            words = _LETTER_WORD.findall(normal, start, colon)
            if words and all(w in talk for w in words) and any(w != "and" for w in words):
                spans += self._unclaimed_items(remainder, colon)
        return spans

    def _unclaimed_items(self, text: str, colon: int) -> list[tuple[int, int]]:
        """The items (between , and ;) of the list after the heading whose colon is at ``colon``, to where its
        sentence or line ends or the next heading opens, that decide nothing: no turn ("so"), no word of this case,
        and no claim word that no word of ``Lexicon.risk_governors`` governs, or opened by "a" or "an"."""
        case, claim = self.patterns.case_word, self.patterns.claim
        turn, governors = self.patterns.history_turn, self.lexicon.risk_governors
        if case is None or claim is None:
            return []
        spans = []
        end = min((i for i in (text.find(c, colon + 1) for c in ".!?\n:") if i >= 0), default=len(text))
        if end < len(text) and text[end] == ":":  # the next heading's words are no item of this list
            end = max(text.rfind(c, colon + 1, end) for c in ",;")
        for item in _LIST_ITEM.finditer(text, colon + 1, max(end, colon + 1)):
            if case.search(item[0]) is not None or (turn is not None and turn.search(item[0]) is not None):
                continue
            if item[0].split()[:1] in (["a"], ["an"]) or not any(
                not (before := item[0][: c.start()].split()) or before[-1] not in governors
                for c in claim.finditer(item[0])
            ):
                spans.append(item.span())
        return spans

    def _without_history(self, text: str, may: frozenset[str] | None = None) -> str:
        """``text`` with each clause blanked that tells what happened before or to someone else: one holding a
        past-time marker or opening with another person ("in her first pregnancy", "her sister took ..."), and
        each clause after it in its sentence, until one turns to this case ("so this baby stays", "she
        continues"); a relative clause ("which is why ...") belongs to the clause before it. A clause that
        turns is read whole ("after her previous baby's stay, this baby is watched"), a marked one only by
        ``Lexicon.history_marked_turns``."""
        history, turn = self.patterns.history, self.patterns.history_turn
        if may is None and self.patterns.prefilter is not None:
            may = self.patterns.prefilter.may_match(text)
        if history is None or (may is not None and "history" not in may):
            return text  # no clause holds a marker, so none is told
        spans = []
        for sentence in _SENTENCE.finditer(text):
            told = False
            for m in _CLAUSE.finditer(text, sentence.start(), sentence.end()):
                clause = m[0]
                marked = history.search(clause)
                rest = clause[: marked.start()] + clause[marked.end() :] if marked is not None else clause
                relative = told and _RELATIVE.match(clause) is not None
                consequence = _CONSEQUENCE.match(clause) if relative else None
                if consequence is not None:
                    strong = self.patterns.strong_claim
                    relative = strong is None or strong.search(clause, consequence.end()) is None
                turns = self.patterns.history_marked_turn if marked is not None else turn
                if (
                    not relative
                    and turns is not None
                    and turns.search(rest) is not None
                    and not (told and marked is None and self._past_account(rest))
                ):
                    told = False
                    continue
                told = told or marked is not None
                if told:
                    spans.append(m.span())
        return _blank_out(text, spans) if spans else text

    def _past_account(self, clause: str) -> bool:
        """Whether ``clause``, after the history told, still tells it: it holds a verb in the past (``past_verb``)
        and no marked turn ("so", "this time"), and its every claim word is past, a word in -ed or "has" or "have"
        before "been" or a participle ("and she became unwell when she stopped it", "her screens have been clear").
        "She is stable and methadone continues" turns."""
        past, marked, claim = self.patterns.past_verb, self.patterns.history_marked_turn, self.patterns.claim
        if past is None or claim is None or past.search(clause) is None:
            return False
        if marked is not None and marked.search(clause) is not None:
            return False
        return all(
            c[0].endswith("ed") or (c[0] in ("has", "have") and _PERFECT_AFTER.match(clause, c.end()) is not None)
            for c in claim.finditer(clause)
        )

    def _without_account_days(self, text: str) -> str:
        """``text`` with a day of life ("on day 5", "d5", "the 5th day") blanked in a clause told in the past
        (``past_verb``: "the baby was discharged to the placement on day 5"): like a date, it says when something
        happened, not what follows. "Watched until day 8" and "the HV visits on day 10" stand."""
        past = self.patterns.past_verb
        if past is None:
            return text
        spans = [
            d.span()
            for m in _CLAUSE.finditer(text)
            if _DAY_NUMBER_HINT.search(m[0]) is not None
            and _DAY_NUMBER.search(m[0]) is not None
            and past.search(m[0]) is not None
            for d in _DAY_NUMBER.finditer(text, m.start(), m.end())
        ]
        return _blank_out(text, spans) if spans else text

    def _without_account_gestations(self, text: str) -> str:
        """``text`` with a gestation in days ("29+2", "29+2/40") blanked in a clause that is a passive or perfect
        account ("was seen today at 29+2 weeks"): like a date, it says when something was done."""
        auxiliary = self.patterns.auxiliary
        spans = [
            g.span()
            for m in _CLAUSE.finditer(text)
            if auxiliary is not None and auxiliary.search(m[0]) is not None
            for g in _GESTATION.finditer(text, m.start(), m.end())
        ]
        return _blank_out(text, spans) if spans else text

    def _reports_of_this_case(self, clause: str) -> bool:
        """Whether a clause of reported guidance turns ("so she will bottle feed"), puts the guidance to use by
        pointing back at it (``Lexicon.report_pointers``: "the psychiatrist takes them on that schedule") or speaks
        of this case by a word other than the people guidance speaks of in general (``Lexicon.report_people``:
        "parents", "the mother") or the guidance's own verdict (``Lexicon.report_verdicts``: "lists it as
        compatible"). A measure in it is the guidance's ("babies are observed for at least 72 hours"), not this
        case's."""
        pointer = self.patterns.report_pointer
        if pointer is not None and pointer.search(clause) is not None:
            return True
        titled = self.patterns.report_titled
        if titled is not None and titled.search(clause) is not None:
            return True  # someone named, as guidance in general never is ("Dr Shah has followed it")
        subject = self.patterns.report_that_subject
        if subject is not None and "that" in clause:
            # "advises ... that the baby is reviewed": the subject of what the guidance says is any baby
            clause = _blank_out(clause, [m.span("subject") for m in subject.finditer(clause)])
        people = self.lexicon.report_people | self.lexicon.report_verdicts
        # "their baby" after people in general ("parents who are drowsy should not share a bed with their baby") is
        # theirs: a baby in general too.
        general = not people.isdisjoint(clause.split())
        for named in (self.patterns.case_word, self.patterns.history_turn):
            if named is not None:
                clause = named.sub(
                    lambda m: (
                        " " * len(m[0])
                        if m[0].split()[-1] in people or (general and m[0].split()[0] == "their")
                        else m[0]
                    ),
                    clause,
                )
        turn = self.patterns.history_turn
        return (turn is not None and turn.search(clause) is not None) or self._of_this_case(clause, measured=False)

    def _definition(self, clause: str) -> tuple[int, int] | None:
        """The span of the predicate of a definition opening ``clause`` ("PPHN is a failure of the normal fall in
        pressure at birth", "methadone is a long-acting opioid agonist"): its subject names a medicine (a word of a
        listed one, :func:`_listed_medicine_words`) or a condition (:func:`_condition_names`, or an abbreviation
        standing for one of more than one word: "NAS", "PPHN"). What a definition's predicate holds ("at birth") is
        the thing defined, not a plan; "the plan is a review at birth" names neither, so stands."""
        if " a" not in clause:
            return None
        found = _DEFINITION.match(clause)
        if found is None:
            return None
        subject = found["subject"]
        said = [_letters(w) for w in subject.split()]
        meanings = abbreviation_meanings()
        names = _condition_names()
        named = names.search(subject) if names is not None else None
        at = len(subject[: named.start()].split()) if named is not None else None
        for i, w in enumerate(said):
            if at is not None and i >= at:
                break
            if w in _listed_medicine_words() or len(meanings.get(w, ())) > 1:
                at = i
                break
        # The thing defined heads the subject: after a preposition it is what a plan is for ("the plan for
        # methadone is a review at birth"), and the plan stands.
        if at is None or not _SUBJECT_PREPOSITIONS.isdisjoint(said[:at]):
            return None
        return found.span("predicate")

    def _names_case(self, clause: str) -> bool:
        """Whether ``clause`` holds a word of this case (``Lexicon.case_words``) outside a condition's name and a
        medicine's class named with "this" (:meth:`_of_this_case` without its measures), or opens on "baby" with no
        article as notes do (``_BARE_BABY``: "Baby sleeps in own cot.")."""
        if _BARE_BABY.match(clause) is not None:  # note style: "Baby sleeps in own cot" is this baby
            return True
        case = self.patterns.case_word
        if case is None or case.search(clause) is None:
            return False
        unnamed = clause
        for named in (_condition_names(), self.patterns.class_phrase):
            unnamed = unnamed if named is None else named.sub(_spaces, unnamed)
        return case.search(unnamed) is not None

    def _of_this_case(self, clause: str, *, measured: bool = True) -> bool:
        """Whether a clause speaks of this case: a word of it (``Lexicon.case_words``) or a measure other than a
        rate (a dose, a time, a gestation: "pregnant at 8 weeks"; "up to 40% of exposed babies" is a rate). A
        case word inside a condition's name ("persistent pulmonary hypertension of the newborn") is no baby's, nor
        is "this" naming a medicine's class ("drugs of this class")."""
        if self._names_case(clause):
            return True
        if not measured:
            return False
        rates = [r.span() for r in _RATE.finditer(clause)]
        properties = self.patterns.property_measure
        if properties is not None and _DIGIT.search(clause) is not None:  # a property's measure is the medicine's
            rates += [p.span() for p in properties.finditer(clause)]
        measures = self.patterns.measure.finditer(clause)
        return any(not any(a <= m.start() and m.end() <= b for a, b in rates) for m in measures)

    def _measures(self, text: str) -> bool:
        """Whether ``text`` holds a measure in a clause that says what it measures: "36/40" alone between commas
        in a list of abbreviations ("PNMH, paeds, PNW, BF, 36/40") measures nothing; "NAS obs 72h" does."""
        if _DIGIT.search(text) is None or self.patterns.measure.search(text) is None:  # every measure holds a digit
            return False
        stop_words, measure = self.lexicon.stop_words, self.patterns.measure
        properties, frequency = self.patterns.property_measure, self.patterns.frequency
        if properties is not None and _may_hold(text, self.patterns.property_hint):
            text = properties.sub(_spaces, text)  # a property's measure is the medicine's ("half-life around 26 h")
        hedged = frequency if frequency is not None and _may_hold(text, self.patterns.frequency_hint) else None
        for clause in _MEASURED_CLAUSE.findall(text):
            if hedged is not None and hedged.search(clause) is not None and not self._names_case(clause):
                continue  # a course in general ("onset typically 48 to 72 hours")
            if measure.search(clause) is not None and any(
                w not in stop_words for w in _LETTER_WORD.findall(measure.sub(" ", clause))
            ):
                return True
        return False

    def _word(self, word: str) -> _WordJudged:
        """Everything a text's analysis asks of one word (its letters), in one remembered value."""
        settings, lexicon = self.settings, self.lexicon
        shape = self._content_shape(word)
        particular = shape is not None and (
            word in lexicon.clinical_words or word in lexicon.abbreviations or zipf(word) < settings.specific_max_zipf
        )
        return (
            shape,
            self._unrecognised(word, settings.min_word_zipf),
            self._unrecognised(word, settings.bilingual_min_zipf) if shape is not None else None,
            _topic_word(word, lexicon),
            particular,
        )

    def _text(self, text: str) -> _Text:
        judged = self.word
        normal = normalised_lines(text)
        prefilter = self.patterns.prefilter
        may = prefilter.may_match(normal) if prefilter is not None else _ALL_PATTERNS
        remainder, defers_or_dismisses, spans = _set_aside(normal, self.patterns, may)
        # A heading whose cell is bare ("Night feeds: ?.") says nothing: its words are no content either.
        # Read on the text as written, not the remainder: a cell whose words were set aside ("Low dose - fine.")
        # is no bare cell, and its heading stays.
        bare = without_bare_cells(normal)
        cells = remainder
        if bare != normal and len(bare) == len(remainder):
            cells = "".join(" " if b == " " else c for c, b in zip(remainder, bare, strict=True))
        handed = _without_handed_over(normal)
        if handed != normal and len(handed) == len(cells):
            cells = "".join(" " if h == " " else c for c, h in zip(cells, handed, strict=True))
            # What is handed to her wish is deferred to her: a conclusion with little besides is hollow.
            defers_or_dismisses = True
        blanked, remainder = cells != remainder, cells
        if prefilter is not None and (blanked or not _keeps_runs(normal, spans)):
            may = prefilter.may_match(remainder)
        # The remainder's words sentence by sentence, read once: no word runs over a sentence's end (each ends on a
        # mark or a space), so together they are the remainder's words, and their letters all it holds.
        ends = [m.end() for m in SENTENCE_END.finditer(normal)]
        bounds = list(zip([0, *ends], [*ends, len(normal)], strict=True))
        read = [*map(self.sentence, [remainder[start:end] for start, end in bounds])]
        sentence_words = [sentence[0] for sentence in read]
        sentence_letters = [sentence[1] for sentence in read]
        # The text's own words, as its sentences' (no word runs over a sentence's end), most sentences read above.
        said = [
            *itertools.chain.from_iterable(
                self.sentence(normal[start:end])[4] if remainder[start:end] != normal[start:end] else sentence[4]
                for (start, end), sentence in zip(bounds, read, strict=True)
            )
        ]
        # Counted at C speed; the few words of one letter are dropped after (the order of the rest is kept).
        letter_words = Counter(said)
        for short in [w for w in letter_words if len(w) < 2]:
            del letter_words[short]
        stop_words = self.lexicon.stop_words
        counted = [n for w, n in letter_words.items() if w not in stop_words]
        recognised, if_named = 0, []
        for w, n in letter_words.items():
            need = judged(w)[1]
            if need is None:
                recognised += n
            else:
                if_named.append((w, n, need))
        plain, parts, unrecognised_content, particular, unknown = [], [], [], [], []
        for w in frozenset().union(*sentence_letters):
            shape, need, bilingual_need, _, is_particular = judged(w)
            if shape is None:
                continue
            if shape:
                parts.append((w, shape))
            else:
                plain.append(w)
            if bilingual_need is not None:
                unrecognised_content.append((w, bilingual_need))
            if need is not None:
                unknown.append((w, need))
            if is_particular:
                particular.append(w)
        sentences, phrases = [], set()
        clinical_phrase = self.patterns.clinical_phrase
        if "clinical_phrase" not in may:
            clinical_phrase = None  # none to find in any sentence
        for (start, end), (_, letters, topics, content, _) in zip(bounds, read, strict=True):
            if clinical_phrase is not None:
                found = {" ".join(m[0].split()) for m in clinical_phrase.finditer(remainder, start, end)}
                topics = frozenset(topics | found)
                phrases |= found
            sentences.append((letters, topics, content))
        # A retraction inside what is set aside ("[struck out in error - all of the above withdrawn pending a new
        # plan]", "the team have not agreed any of this") takes back what came before it all the same.
        retracted = (
            self._retracted_end(normal, asked=False)
            if self.retraction is not None and _may_hold(normal, self.retraction_hint)
            else 0
        )
        return _Text(
            placeholder=_placeholder_of(normal, self.placeholders),
            defers_or_dismisses=defers_or_dismisses,
            content=_Words(frozenset(plain), tuple(parts)),
            recognised=recognised,
            recognised_if_named=tuple(if_named),
            unrecognised_content=tuple(unrecognised_content),
            unknown_content=tuple(unknown),
            particular=frozenset(particular),
            language_words=sum(letter_words.values()),
            repeated_words=sum(counted),
            distinct_words=len(counted),
            most_common=max(counted, default=0),
            sentences=tuple(sentences),
            phrases=frozenset(phrases),
            numbers=frozenset(filter(str.isdigit, itertools.chain.from_iterable(sentence_words))),
            negated=not all(map(_NEGATIONS.isdisjoint, sentence_words)),  # at C speed
            verdict=not self.lexicon.verdict_words.isdisjoint(letter_words),
            remainder=remainder,
            may=may,
            retracted=retracted,
        )

    def _sentence(
        self, sentence: str
    ) -> tuple[tuple[str, ...], frozenset[str], frozenset[str], _Words, tuple[str, ...]]:
        """A sentence of a text or its remainder (:meth:`_text`): its words, their letters, those that are topic
        words, its content words, and its words' letters in order, a hyphenated word whose parts repeat as its
        parts (:func:`_unchained`). Pure in the sentence's text, so remembered (:attr:`sentence`): a record's texts,
        and the records of one source, say the same sentences again and again."""
        said = tuple(words(sentence))
        lettered = [*map(_letters, said)]
        letters = frozenset(lettered)
        if "-" in "".join(lettered):  # a word holds one (joined at C speed, no mark between them)
            lettered = [w for word in lettered for w in (_unchained(word) if "-" in word else (word,))]
        judged = self.word
        topics, plain, parts = set(), [], []
        for w in letters:  # each word judged once for both questions asked of it here
            shape, _, _, topic, _ = judged(w)
            if topic:
                topics.add(w)
            if shape is not None:
                if shape:
                    parts.append((w, shape))
                else:
                    plain.append(w)
        return said, letters, frozenset(topics), _Words(frozenset(plain), tuple(parts)), tuple(lettered)

    def _content_shape(self, word: str) -> tuple[str, ...] | None:
        """:func:`_content` apart from the medicine names: None when the word is never content; otherwise it is
        content unless it names a medicine or, hyphenated, every part left here does."""
        lexicon = self.lexicon
        if len(word) < 2 or word in self.never_content or _half_latin(word):
            return None
        if word in lexicon.abbreviations:
            return () if word in lexicon.content_abbreviations else None
        if "-" not in word:
            return ()
        parts = [p for p in word.split("-") if p]
        if not parts:
            return ()
        left = tuple(p for p in parts if p not in self.never_content)
        return left or None

    def _recognised_alone(self, word: str, min_zipf: float) -> bool:
        return word in self.known or zipf(word) >= min_zipf

    def _unrecognised(self, word: str, min_zipf: float) -> tuple[str, ...] | None:
        """:func:`_recognised` apart from the medicine names: None when the word is recognised whatever they are;
        otherwise the words that must all name medicines for it to be (unless it names one itself)."""
        if self._recognised_alone(word, min_zipf):
            return None
        if "-" in word:
            parts = [p for p in word.split("-") if p]
            if not parts:
                return (word,)
            need = tuple(
                p
                for p in parts
                if len(p) >= 2 and not self._recognised_alone(p, min_zipf) and not _plural_of_english(p, min_zipf)
            )
            return need or None
        return None if _plural_of_english(word, min_zipf) else (word,)


_JUDGES: dict[int, _Judge] = {}
_MAX_JUDGES = 16
_JUDGES_LOCK = threading.Lock()


def _judge(settings: GateSettings) -> _Judge:
    """The judge of these settings, made once per settings object (by identity: hashing a lexicon costs more
    than the lookup saves). A judge holds its settings, so the identity is never reused while it is kept."""
    found = _JUDGES.get(id(settings))
    if found is None or found.settings is not settings:
        with _JUDGES_LOCK:
            if len(_JUDGES) >= _MAX_JUDGES:
                del _JUDGES[next(iter(_JUDGES))]
            found = _JUDGES[id(settings)] = _Judge(settings)
    return found


def hand_over_settings(settings: GateSettings) -> GateSettings:
    """``settings`` judging a manual hand-over: what is said of the form or the notes is the hand-over's own
    subject ("a copy of the form posted by the ward clerk"), not paperwork set aside. Kept with the settings'
    judge, so made once per settings object."""
    return _judge(settings).hand_over_settings


def _reports_only(text: str, content: frozenset[str], negated: bool, judge: _Judge) -> bool:
    """Whether ``content`` (of ``text``) only reports that something was told, given or known, or who knows it
    (``Lexicon.report_words``), or ``text`` reports a talk and its content adds only when in the pregnancy it
    happened (``report_talk``, ``report_times``: "Discussed at the 36-week appointment."; "Review at 36 weeks"
    is no talk), or a telling and the same times with no word of watching ("Leaflet given on day 2."; "Obs for 5
    days; paeds aware." watches for so long), and nothing negates. Beside a word of telling, the item's own
    subject reports too (``report_subjects``, ``report_telling``: "HV aware of the sedation."), and beside a word
    of a talk, a topic only talked about (``report_talked_subjects``, ``report_talk``: "Feeding discussed.")."""
    if not content or negated:
        return False
    lexicon = judge.lexicon
    unreported = [w for w in content if not judge.report(w)]
    if not lexicon.report_talked_subjects.isdisjoint(unreported) and not lexicon.report_talk.isdisjoint(
        words(normalise(text))
    ):  # "Feeding discussed."
        unreported = [w for w in unreported if w not in lexicon.report_talked_subjects]
    if not lexicon.report_subjects.isdisjoint(unreported):  # "Safer sleep leaflet handed to dad."
        said = words(normalise(text))
        if not lexicon.report_telling.isdisjoint(said) and lexicon.report_observing.isdisjoint(said):
            unreported = [w for w in unreported if w not in lexicon.report_subjects]
    if unreported and ("," in (normal := normalise(text)) or "(" in normal):  # "Cleared by A. Person, pharmacist."
        named = _named_by_role(normal, judge)
        unreported = [w for w in unreported if w not in named]
    if not unreported:
        return True
    if not all(w in lexicon.report_times for w in unreported):
        return False
    said = words(normalise(text))
    # A time beside a talk, or beside a telling with no watching, says when it was told: "Leaflet given on day
    # 2." reports; "Obs for 5 days; paeds aware." watches for so long.
    return not lexicon.report_talk.isdisjoint(said) or (
        not lexicon.report_telling.isdisjoint(said) and lexicon.report_observing.isdisjoint(said)
    )


_NAMED_BY = re.compile(
    r"(?<![^\W_])(?:by|with|from|per)\s+((?:[^\W\d_][\w'.-]*\s+){0,2}[^\W\d_][\w'.-]*)\s*[,(]\s*"
    r"((?:[^\W\d_][\w'-]*\s*){1,4})(?=[.;)\n]|$)"
)
"""Someone named after "by", "with", "from" or "per", and their role after a comma or in brackets ("cleared by
A. Person, practice pharmacist", "checked with A. Person (midwife)"): who (:func:`_named_by_role`)."""


def _named_by_role(normal: str, judge: _Judge) -> frozenset[str]:
    """The words of each name in ``normal`` that :data:`_NAMED_BY` finds with a role made only of report words
    ("practice pharmacist", "the midwife"): who gave a verdict, not what it was, as "Dr" and "Mrs" say of the name
    after them. "Cleared by the kidneys, unchanged" names no role: "unchanged" is no report word."""
    found: set[str] = set()
    for m in _NAMED_BY.finditer(normal):
        role = [w for w in words(m[2]) if _letters(w) not in judge.lexicon.stop_words]
        if role and all(judge.report(_letters(w)) for w in role):
            found.update(_letters(w) for w in words(m[1]))
    return frozenset(found)


def _titled(text: str, titles: frozenset[str]) -> frozenset[str]:
    """The words of the names written right after a title in ``text`` ("Mrs Marsh-Example": marsh, example)."""
    said = words(normalise(text))
    after = (name for before, name in itertools.pairwise(said) if before in titles)
    return frozenset(_letters(part) for name in after for part in (name, *name.split("-")))


def analyse(
    text: str, settings: GateSettings, medicines: frozenset[str], people: frozenset[str] = frozenset()
) -> Analysis:
    """Count what ``text`` contains (see the module's documentation). ``people`` are the words of the names of
    the record's mother and partner (:func:`people_words`): a name says nothing of what follows ("Talked
    through with Jodie." reports a talk), so one rare enough to count as particular is no content word; one
    that is also an everyday word ("Hope", "Mark") stays one."""
    judge = _judge(settings)
    shape = judge.text(text)
    content = shape.content.content(medicines)
    unsaid = medicines  # words that say nothing: the medicines' names, and the parents' where rare enough
    if people:
        # The words after a title are read only for a name common enough to be an everyday word: most texts name
        # no parent, or one rare enough to count by itself.
        titled: frozenset[str] | None = None
        kept = []
        for w in people:
            if w not in content:
                continue
            if zipf(w) < settings.specific_max_zipf:
                kept.append(w)
                continue
            if titled is None:
                titled = _titled(text, judge.lexicon.report_titles)
            if w in titled:
                kept.append(w)
        named = frozenset(kept)
        if named:
            content -= named
            unsaid = medicines | named
    topical_content: set[str] = set()
    topic_words: set[str] = set()
    for letters, found, candidates in shape.sentences:
        if found:
            topic_words |= found - medicines
        if not letters.isdisjoint(medicines):
            topical_content |= candidates.content(unsaid)
        elif found:
            # A sentence is about the subject when it names a medicine or holds topic words enough for its
            # length: two, or one in a short sentence. Chat with a passing mention ("her sister visits from
            # Leeds for the birth") is padding, not a reason.
            said = candidates.content(unsaid)
            if len(found) >= 2 or len(said) <= _SHORT_SENTENCE_WORDS:
                topical_content |= said
    unrecognised_content = sum(
        1 for w, need in shape.unrecognised_content if w in content and not _named(w, need, unsaid)
    )
    unknown = frozenset(w for w, need in shape.unknown_content if w in content and not _named(w, need, unsaid))
    return Analysis(
        placeholder=shape.placeholder,
        defers_or_dismisses=shape.defers_or_dismisses,
        content=content,
        specific=(content & shape.particular) | shape.numbers | shape.phrases,
        language_words=shape.language_words,
        recognised=shape.recognised + sum(n for w, n, need in shape.recognised_if_named if _named(w, need, unsaid)),
        recognised_content=len(content) - unrecognised_content,
        topical_content=frozenset(topical_content),
        topic_words=frozenset(topic_words),
        negated=shape.negated,
        verdict=shape.verdict,
        reports_only=_reports_only(text, content, shape.negated, judge),
        repeated_words=shape.repeated_words,
        distinct_words=shape.distinct_words,
        most_common=shape.most_common,
        remainder=shape.remainder,
        unknown=unknown,
        judge=judge,
        may=shape.may,
        text=text,
        retracted=shape.retracted,
        never_english=_never_english(judge.lexicon.never_english, normalise(text)),
    )


@functools.cache
def _never_english_pattern(pairs: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in pairs)
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])")


@functools.lru_cache(maxsize=memo.TEXTS)
def _never_english(pairs: tuple[str, ...], normalised: str) -> int:
    """How many of ``pairs`` ``normalised`` holds (remembered: each text is analysed under several names)."""
    return len(_never_english_pattern(pairs).findall(normalised)) if pairs else 0


_LIST_PIECES = re.compile(r"[,;()]")


def asks_only(text: str) -> bool:
    """Whether ``text`` only asks ("Is breastfeeding compatible with sertraline at this dose?"): a question is
    not an answer."""
    normal = normalised_lines(text)
    return "?" in normal and not any(c.isalnum() for c in _QUESTION.sub(" ", normal))


def list_pieces(entries: Iterable[str]) -> tuple[str, ...]:
    """The pieces of a record's medicines list as a conclusion would copy them: each entry (a product's name, its
    dose line) normalised and cut at commas, semicolons and brackets ("60 mg", "60 ml", "once daily",
    "supervised consumption"), longest first so a piece inside another is blanked after it."""
    pieces = {
        piece.strip()
        for entry in entries
        for line in normalised_lines(entry).splitlines()
        for piece in _LIST_PIECES.split(line)
    }
    return tuple(sorted((p for p in pieces if any(c.isalnum() for c in p)), key=len, reverse=True))


def claims_beyond(text: str, analysis: Analysis, pieces: tuple[str, ...], settings: GateSettings) -> bool:
    """Whether ``text`` (analysed as ``analysis``) states what follows once what it copies of the medicines list is
    set aside: a product's strength ("1mg/ml"), its dose line ("60 mg once daily") and its form say what she
    takes, not what follows for her and the baby. Nor does watching with nobody, no time and no threshold, a
    sentence only of reasons (:meth:`_Judge.without_undecided`), or a plan said to depend on a result awaited
    (``[claim] awaited_verbs``)."""
    if not analysis.claims:
        return False
    normal = normalised_lines(text)
    judge = _judge(settings)
    remainder = judge.without_undecided(analysis.remainder, normal)
    if len(normal) != len(remainder):  # the remainder blanks in place; anything else is not this text's
        return True
    remainder = judge.without_vaguely_timed(normal, remainder)
    if any(map(normal.__contains__, _CONDITION_WORDS)):
        remainder = _without_deferred_branches(normal, remainder)
    if judge.awaited is not None and judge.awaited_verb is not None and judge.awaited_verb.search(normal):
        # sought in the text: the remainder has set aside "result" as a hedge
        remainder = _blank_out(remainder, [m.span() for m in judge.awaited.finditer(normal)])
    spans = [
        m.span()
        for piece in pieces
        if piece in normal
        for m in re.finditer(rf"(?<![\w-]){re.escape(piece)}(?![\w-])", normal)
    ]
    if _DIGIT.search(normal) and _TAKING_HINT.search(normal):  # "Daniel takes quetiapine 300 mg at 10 pm."
        named = {w for piece in pieces for w in words(piece)}
        spans += [m.span() for m in _TAKING.finditer(normal) if m.group("medicine") in named]
    if ":" in normal and _DIGIT.search(normal):  # "Sertraline 100 mg daily: ..."
        named = {w for piece in pieces for w in words(piece)}
        spans += [
            m.span()
            for m in _LABEL.finditer(normal)
            if m.group("medicine") in named
            and all(more.group("medicine") in named for more in _LABEL_MORE.finditer(m.group("more")))
        ]
    if _DIGIT.search(normal):  # "Valproate 500 mg bd at 8/40."
        named = {w for piece in pieces for w in words(piece)}
        # only the list's own amounts: "Methadone 160 mg." beside a list of 60 mg sets a dose, it does not copy one
        amounts = {n for piece in pieces for n in _AMOUNT_NUMBER.findall(piece)}
        spans += [
            m.span()
            for m in _LISTED.finditer(normal)
            if m.group("medicine") in named
            and set(words(m.group("name"))) <= named
            and set(_AMOUNT_NUMBER.findall(m.group("dose"))) <= amounts
            and (judge.patterns.claim is None or judge.patterns.claim.search(m.group("situation")) is None)
            and _line_note(m.group("note"), named, judge)
        ]
    if ":" in normal:  # "Discussed: methadone 60 mg od, NAS risk, co-sleeping."
        spans += judge.talk_list_spans(normal, remainder)
    if not spans:
        return remainder == analysis.remainder or judge.claims(remainder)
    return judge.claims(_blank_out(remainder, spans))


_NOTE_SENTENCE = re.compile(r"[.!?;\n](?=\s|$)")
_FINDINGS_HEADING = re.compile(r"\s*(?P<heading>s|o|subjective|objective)\s*:")


def findings_only(text: str) -> bool:
    """Whether ``text`` is a SOAP note's findings alone: every sentence opens on a subjective or objective heading
    ("S:", "O:", "Subjective:", "Objective:"), both kinds are there, and no assessment or plan follows ("S: feels
    settled. O: 29+2/40, growth normal on scan."). What she reports and what was found are no conclusion; a
    sentence under no such heading ("A: ...", "P: ...", or a decision written on) may state one."""
    lines = normalised_lines(text)  # a heading's colon may be written in disguise ("S\uff1a")
    if ":" not in lines:  # cheap: no heading at all
        return False
    kinds: set[str] = set()
    for sentence in _NOTE_SENTENCE.split(lines):
        if not sentence.strip():
            continue
        heading = _FINDINGS_HEADING.match(sentence)
        if heading is None:
            return False
        kinds.add(heading.group("heading")[0])
    return kinds == {"s", "o"}


def _line_note(note: str | None, named: set[str], judge: _Judge) -> bool:
    """Whether ``note`` (a listed line's bracketed note after its dose, or None) leaves the line the medicines list
    in shorthand: none, or every word one of ``[claim] listed_line_notes`` or a word of the list (``named``):
    "(supervised)", "(daily pick-up)"; not "(to continue)", "(stop at 36 weeks)"."""
    if note is None:
        return True
    said = words(note)
    notes = judge.lexicon.listed_line_notes
    return bool(said) and all(w in notes or w in named for w in said)


_TAKING_HINT = re.compile(r"(?<![\w-])(?:takes|taking|is\s+on|uses|using)(?![\w-])")
_DOSE_WORDS = (
    r"(?:\s+(?:\d+(?:\.\d+)?(?:mg|ml|mcg|g)?|mg|ml|mcg|micrograms?|milligrams?|tablets?|capsules?"
    r"|at|pm|am|night|nightly|nocte|mane|daily|once|twice|a|an|the|day|each|every|in|morning|evening|bedtime|od|bd"
    r"|tds|qds|tid|qid|bid|om|three|four|times|on)(?![\w-]))+"
)
"""A dose and when it is taken, as a medicines list writes it ("300 mg at 10 pm", "100 mg once daily", "5 mg tds",
"5 mg three times a day")."""
_TAKING = re.compile(
    r"(?<![\w-])(?:takes|(?:is|has\s+been)\s+(?:taking|on|using)|uses)\s+(?:(?:his|her|their)\s+)?"
    r"(?P<medicine>[^\W\d_][\w-]*)"
    rf"(?=[^.;,:\n]*\d){_DOSE_WORDS}"
    r"(?=\s*(?:[.;,:\n]|$))"
)
"""What someone takes, as a medicines list says it: a taking verb, the medicine (a word of the record's medicines
list) and only its dose and times to the clause's end ("Daniel takes quetiapine 300 mg at 10 pm."): what he takes,
not what follows. A clause that goes on ("... at 10 pm and sleeps heavily until morning", "..., so he does no
night feeds") is not this."""
_LABEL_ITEM = (
    r"(?:(?:her|his|their|[^\W\d_][\w-]*'s)\s+)?"
    rf"(?P<medicine>[^\W\d_][\w-]*)(?:\s*\([^()\n]{{1,40}}\))?(?=[^.;,:\n]*\d){_DOSE_WORDS}"
)
_LABEL_MORE = re.compile(rf"\s*(?:,|\s(?:and|&|plus))\s*(?:and\s+)?{_LABEL_ITEM}")
"""A further medicine and its dose in a label's list, after a comma, "and", "&" or "plus" ("... and pregabalin 150
mg bd")."""
_LABEL = re.compile(
    rf"(?:^|(?<=[.;\n]))\s*{_LABEL_ITEM}"
    r"(?P<more>(?:\s*(?:,|\s(?:and|&|plus))\s*(?:and\s+)?(?:(?:her|his|their|[^\W\d_][\w-]*'s)\s+)?[^\W\d_][\w-]*"
    rf"(?:\s*\([^()\n]{{1,40}}\))?(?=[^.;,:\n]*\d){_DOSE_WORDS})*)(?=\s*:)"
)
"""A medicine (a word of the record's medicines list), perhaps whose it is and its brand in brackets, and only its
dose and times heading what follows ("Sertraline 100 mg daily: ...", "Lithium (Priadel) 800 mg: ...", "Daniel's
quetiapine 300 mg nocte: ..."), or several, each with its dose, joined by commas or "and" ("Mum's diazepam 5 mg tds
and pregabalin 150 mg bd: ..."; group ``more``, each of :data:`_LABEL_MORE`): the label of what is said, not what
follows."""
_LISTED = re.compile(
    r"(?:^|(?<=[.;:\n]))\s*(?:[^\W\d_][^.;:\n]*?\s(?:re|regarding|concerning)\s+)?(?:(?:her|his|their|[^\W\d_][\w-]*'s)\s+)?"
    rf"(?P<name>(?:[^\W\d_][\w-]*\s+){{0,2}}?)(?P<medicine>[^\W\d_][\w-]*)(?:\s*\([^()\n]{{1,40}}\))?(?=[^.;,:\n]*\d)"
    rf"(?P<dose>{_DOSE_WORDS})"
    r"(?P<note>\s*\([^()\n]{1,40}\))?"
    r"(?P<situation>(?:\s+at\s+\d{1,2}(?:\s*\+\s*\d)?\s*/\s*40"
    r"|\s+(?:(?:in|during)\s+)?(?:(?:a|an|the|this|her|their)\s+)?(?:[^\W\d_][\w-]*\s+){0,2}?pregnancy){0,2})"
    r"(?=\s*(?:[.;\n]|$))"
)
_AMOUNT_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
"""A number, whole: "60" in "60 mg", not in "160 mg"."""
"""A sentence (or what follows a heading's colon) that is only a medicine (words of the record's medicines list),
perhaps whose it is and its brand in brackets, its dose and times, and perhaps the gestation or the pregnancy she
takes it in ("Valproate 500 mg bd at 8/40.", "Valproate 500 mg bd in an unplanned pregnancy."; those words no claim
of their own), or a title ending on such a medicine after "re" ("Case discussion re Daniel's
quetiapine 300 mg nocte."), its amounts the list's own: the medicines list in shorthand, what she takes, not what
follows."""


_TO_DO = re.compile(r"\s*(?:[^\W\d_][\w'-]*\s+){1,6}?to\s+be\s+(?P<done>[^\W\d_]+)\s*")
"""A to-do item in the passive infinitive, its subject and its participle only ("cot to be checked")."""
_TO_DO_APART = re.compile(r"[,;:]|\s(?:and|then)\s")
_AND_TO = re.compile(r",?\s+(?:and|or)\s+to\s+[^,;:.!?\n]*?(?=\s+(?:and|or)\s|[,;:.!?\n]|$)")
"""A second object after "and to", of the "to" a modal's predicate governs ("... to night feeds and to the cot")."""
_SHORT_DATE = re.compile(r"(?<![\w/.])(?:0?[1-9]|[12]\d|3[01])/0[1-9](?![\w/]|\.\d)")
"""A day and month with no year, the month written with its nought ("visit 28/05"): a date places an account, it
measures nothing. Not "8/10" (a score), "36/40" (a gestation), "10/7" or "18/12" (days and months)."""


_FINITE = re.compile(
    r"(?<![\w-])(?:is|are|was|were|has|have|had|will|would|shall|should|must|can|could|may|might|to|does|do)(?![\w-])"
)
"""A verb of a piece's own: the piece is a clause, not a topic in a list (:meth:`_Judge._without_account_subjects`)."""
_DOSE_TIMES = frozenset({"nocte", "mane", "od", "bd", "tds", "qds", "prn", "om", "on"})
"""When a dose is taken, as a medicine's name is written with it ("quetiapine 300 mg nocte"): part of a subject
listed, no claim (:meth:`_Judge._without_account_subjects`)."""
_BRANCH_END = re.compile(r"[;\n]")


def _without_deferred_branches(normal: str, remainder: str) -> str:
    """``remainder`` (of ``normal``, blanked in place) with every branch of a sentence of conditions blanked when
    one branch's outcome is only put off ("if she relapses, the dose goes up; if she stays well, the plan will be
    revisited at 36 weeks"): the conditions stand in for the plan for now, and the one that says what happens if
    all goes as expected decides nothing. A branch that decides ("if she stays well, 60 mg continues"), or one
    condition alone, stands; so does every sentence that is not all conditions."""
    spans: list[tuple[int, int]] = []
    for sentence in _SENTENCE.finditer(normal):
        branches = []
        start = sentence.start()
        for end in [*(m.start() for m in _BRANCH_END.finditer(normal, start, sentence.end())), sentence.end()]:
            branches.append((start, end))
            start = end + 1
        conditions = [(a, b, found) for a, b in branches if (found := _CONDITION.match(normal, a, b)) is not None]
        if len(conditions) < 2 or len(conditions) < len([1 for a, b in branches if normal[a:b].strip()]):
            continue
        put_off = any(
            any(c.isalnum() for c in normal[found.end() : b])
            and not any(c.isalnum() for c in remainder[found.end() : b])
            for a, b, found in conditions
        )
        if put_off:
            spans.append((sentence.start(), sentence.end()))
    return _blank_out(remainder, spans) if spans else remainder


def watches_only_unowned(analysis: Analysis, settings: GateSettings) -> bool:
    """Whether the text analysed states something only by watching with nobody, no time, no place and no
    threshold (:meth:`_Judge.without_undecided`): "Baby to be observed.", "Monitor baby." decide nothing, as in a
    conclusion (MA103); "Midwife to observe for 48h" names who and how long. Read for an item asking for a plan,
    where only when the watching starts, right after it ("after delivery", "from birth": ``[claim] watch_starts``),
    is no time of it: "Baby watched closely after delivery." still names no one, no length and no threshold."""
    if not analysis.claims:
        return False
    judge = _judge(settings)
    remainder = analysis.remainder
    start, watching = judge.watch_start, judge.watching
    if start is not None and watching is not None and _may_hold(remainder, judge.watch_start_hint):
        spans = []
        for seen in watching.finditer(remainder):
            after = _SPACE_RUN.match(remainder, seen.end())
            begins = start.match(remainder, after.end() if after else seen.end())
            if begins is not None:
                spans.append(begins.span())  # "watched closely after delivery": when it starts, right after it
        remainder = _blank_out(remainder, spans) if spans else remainder
    rest = judge.without_undecided(remainder)
    return rest != remainder and not judge.claims(rest)


def supposes_only(analysis: Analysis, settings: GateSettings, medicines: frozenset[str]) -> bool:
    """Whether everything the text analysed says, medicine names and stop words aside, is a condition and what
    would or might follow it (:meth:`_Judge.without_suppositions`: "Were the baby to show signs, scoring might
    start.", "If it is stopped, relapse could follow."), as MA103 reads a conclusion's: it decides nothing. What
    will follow decides ("if the baby shows signs, the midwife starts scoring"), and a verdict or a negation
    answers ("should she breastfeed, that would be fine")."""
    remainder = analysis.remainder
    if analysis.verdict or analysis.negated or not any(map(remainder.__contains__, _CONDITION_WORDS)):
        return False
    judge = _judge(settings)
    rest = _CONDITION.sub(_spaces, judge.without_suppositions(remainder))
    if rest == remainder:
        return False
    stop_words = settings.lexicon.stop_words
    return not any(w not in stop_words and w not in medicines for w in _LETTER_WORD.findall(rest))


def hedges_only(analysis: Analysis, settings: GateSettings, medicines: frozenset[str]) -> bool:
    """Whether everything the text analysed says, medicine names and stop words aside, is what a possibility or a
    hedged negative governs (:meth:`_Judge._without_possibilities`: "The baby may not need watching, and may or
    may not need a review.", "Might need scoring."), as MA103 reads a conclusion's: it decides nothing. The
    negation in "may not need" is the hedge's, so it answers nothing; anything else said stands ("may not need
    morphine; scored 4-hourly for 72 hours on the ward")."""
    judge = _judge(settings)
    remainder = analysis.remainder
    if judge.patterns.possible is None or judge.patterns.possible.search(remainder) is None:
        return False
    rest = judge._without_possibilities(remainder)
    if rest == remainder:
        return False
    stop_words = settings.lexicon.stop_words
    return not any(w not in stop_words and w not in medicines for w in _LETTER_WORD.findall(rest))


def attends_only(analysis: Analysis, settings: GateSettings, medicines: frozenset[str]) -> bool:
    """Whether everything the text analysed says, medicine names and stop words aside, is an instruction only to
    attend (:attr:`_Judge.attention`: "Keep withdrawal in mind.", "Bear the baby's feeding in view."), as MA103
    reads a conclusion's: it names no act, no one, no time and no place. A time after it ("keep the baby in view
    at all times"), anything else it says, a verdict or a negation answers."""
    if analysis.verdict or analysis.negated:
        return False
    judge = _judge(settings)
    remainder = analysis.remainder
    if judge.attention is None or not _may_hold(remainder, judge.lexicon.attention_places):
        return False
    rest = judge.attention.sub(_spaces, remainder)
    if rest == remainder:
        return False
    stop_words = settings.lexicon.stop_words
    return not any(w not in stop_words and w not in medicines for w in _LETTER_WORD.findall(rest))


def outside_populations(text: str, settings: GateSettings) -> str:
    """``text`` normalised, with each clause blanked that speaks of a population in general and not of this case
    (``Lexicon.population_shares``: "up to 80% of exposed babies develop NAS", "infants exposed in utero often need
    treatment"), and each question no answer follows (:func:`open_questions`): what is left is what the text says
    of its own people."""
    kept = _judge(settings).without_populations(normalise(text))
    # A question no answer follows says nothing of its people either ("Does the baby need a review?").
    asked = open_questions(kept)
    return _blank_out(kept, asked) if asked else kept


def without_reported(text: str, settings: GateSettings) -> str:
    """``text`` normalised, with guidance reported blanked where it speaks of people in general, not of this case
    (:meth:`_Judge.without_reported`: "the Lullaby Trust advises that parents who are drowsy ...")."""
    return _judge(settings).without_reported(normalise(text))


def told_unreplaced(normalised: str, settings: GateSettings) -> list[tuple[int, int, int]]:
    """Each saying of ``normalised`` that a plan or a thing it needs ended or was withdrawn, whatever its subject,
    with nothing in its place said after it in its sentence (``[claim] retraction_ends``: "the scoring the ward was
    to do has been cancelled, and nothing has been arranged in its place", "the crib goes back on Friday; nothing has
    been arranged after that"), as the span from its sentence's opening (or its part's, after a semicolon, where that
    part holds more than the saying's verb) to the saying's end, with where the ending's verb starts between (what
    comes before it is what ended: the caller tells a plan from a medicine stopped). One with a replacement between
    (``retraction_replacements``: "cancelled and replaced by a clinic review; no other visit is booked") is none."""
    judge = _judge(settings)
    found_at, replaced = judge.told_unreplaced, judge.told_replaced
    if found_at is None or not _may_hold(normalised, judge.withdrawal_hint):
        return []
    spans: list[tuple[int, int, int]] = []
    for found in found_at.finditer(normalised):
        if replaced is not None and replaced.search(found.group("gap")) is not None:
            continue
        start = _part_of(normalised, found.start())
        if start and len(words(normalised[start : found.start()])) <= 1:
            start = _sentence_of(normalised, found.start())
        spans.append((start, found.start(), found.end()))
    return spans


def fallback_after(normalised: str, settings: GateSettings, at: int) -> bool:
    """Whether the rest of the sentence of ``normalised`` from ``at`` may tell what stands for the time being: one
    of ``[claim] retraction_fallbacks`` ("..., so the GP checks the cot at the 6-week review"), or another clause
    after a mark ("...; the infant stays on the unit for five days"). Only a saying that ends its sentence leaves
    the gap open."""
    stops = [i for i in (normalised.find(c, at) for c in ".!?\n") if i >= 0]
    end = min(stops) if stops else len(normalised)
    if _CLAUSE_AFTER.search(normalised, at, end) is not None:
        return True
    found = _judge(settings).fallback
    return found is not None and found.search(normalised, at, end) is not None


_CLAUSE_AFTER = re.compile(r"[,;:()\u2013\u2014]\s*[^\W_]|\s-\s*[^\W_]")
"""A mark and a word after it: another clause, which may tell what stands instead (:func:`fallback_after`)."""


def without_unreplaced(normalised: str, settings: GateSettings) -> str:
    """``normalised`` with each saying that nothing is in a plan's place (:func:`unreplaced_in`) blanked in place."""
    found = _judge(settings).unreplaced
    return normalised if found is None else found.sub(lambda m: " " * len(m.group(0)), normalised)


def unreplaced_in(normalised: str, settings: GateSettings, start: int = 0, end: int | None = None) -> bool:
    """Whether ``normalised`` (from ``start`` to ``end``) says that nothing is in a plan's place (``[claim]
    retraction_unreplaced``: "and no one has replaced them", "nothing has been arranged in its place", or the plan's
    kind of act booked nowhere: "no scoring is now arranged")."""
    return unreplaced_end(normalised, settings, start, end) is not None


def unreplaced_end(normalised: str, settings: GateSettings, start: int = 0, end: int | None = None) -> int | None:
    """Where the last saying of ``normalised`` (from ``start`` to ``end``) that nothing is in a plan's place ends
    (:func:`unreplaced_in`), None where there is none."""
    judge = _judge(settings)
    if judge.unreplaced is None or not _may_hold(normalised, judge.withdrawal_hint):
        return None
    found = list(judge.unreplaced.finditer(normalised, start, len(normalised) if end is None else end))
    return found[-1].end() if found else None


def withdrawn(normalised: str, settings: GateSettings) -> tuple[str, str]:
    """``normalised`` with each saying that a plan is withdrawn with nothing in its place blanked in place, and with
    what each takes back blanked too (:meth:`_Judge.withdrawn`)."""
    return _withdrawn(normalised, _judge(settings))


@functools.lru_cache(maxsize=memo.TEXTS)  # pure in the text and settings; MA124 and the concern readers ask it
def _withdrawn(normalised: str, judge: _Judge) -> tuple[str, str]:
    """:func:`withdrawn` remembered by the settings' judge, which hashes by identity (as
    :func:`_without_pointed_elsewhere`)."""
    return judge.withdrawn(normalised)


def without_pointed_elsewhere(normalised: str, settings: GateSettings) -> str:
    """``normalised`` with what MA103 sets aside as pointed elsewhere blanked in place: each pointer's clause, or its
    part from the pointer on, with a topic fronted before it or a heading naming only its topics (``[pointer]``: "for
    the newborn's scoring and sleep, see points 2 and 4 of the alert", "Scoring and sleep: refer to the trust
    guideline", "see the birth plan"), and the last clause of a text cut off mid-clause ("... the newborn is watched
    for jitteriness by the"): what is named there is what the reader is sent elsewhere for, or lost, not what is
    decided. Other deferrals are left: "the scan date is to be confirmed" still names the scan. The text as it is
    where it holds neither (the cheap case: the prefilter's literals first)."""
    return _without_pointed_elsewhere(normalised, _judge(settings))


@functools.lru_cache(maxsize=memo.TEXTS)  # pure in the text and settings; asked once per conclusion by MA124
def _without_pointed_elsewhere(normalised: str, judge: _Judge) -> str:
    """:func:`without_pointed_elsewhere` remembered by the settings' judge, which hashes by identity: a key
    holding the settings would hash their lexicon on every call, costing more than the reading it saves."""
    patterns = judge.patterns
    may = patterns.prefilter.may_match(normalised) if patterns.prefilter is not None else _ALL_PATTERNS
    deferrals = _deferrals(normalised, patterns, may, patterns.pointer) if patterns.pointer is not None else []
    spans = _deferral_spans(normalised, patterns, _clause_bounds(normalised), deferrals) if deferrals else []
    cut = _cut_off(normalised, patterns.cut_off_words) if patterns.cut_off_words else None
    if cut is not None:
        spans.append(cut)
    return _blank_out(normalised, spans) if spans else normalised


def deferral_spans(normalised: str, settings: GateSettings) -> tuple[tuple[int, int], ...]:
    """Where ``normalised`` holds a deferral as MA103 finds one ([deferral] in mappings/hollow-phrases.toml: "to be
    decided", "nearer the time", "will be thought about"), each as (start, end); guidance reported with no verb and
    the baby as the subject of a review are none (:func:`_deferrals`)."""
    return _deferral_spans_of(normalised, _judge(settings))


@functools.lru_cache(maxsize=memo.TEXTS)  # pure in the text and settings; asked once per conclusion by MA124
def _deferral_spans_of(normalised: str, judge: _Judge) -> tuple[tuple[int, int], ...]:
    """:func:`deferral_spans` remembered by the settings' judge, which hashes by identity (as
    :func:`_without_pointed_elsewhere`)."""
    patterns = judge.patterns
    may = patterns.prefilter.may_match(normalised) if patterns.prefilter is not None else _ALL_PATTERNS
    return tuple(m.span() for m in _deferrals(normalised, patterns, may))


def says_only_in_general(analysis: Analysis, settings: GateSettings, medicines: frozenset[str]) -> bool:
    """Whether everything the text analysed says, medicine names and stop words aside, is what a medicine, a class
    or newborns do in general (:meth:`_Judge.without_general`: "SSRIs are found in breast milk.", "Lithium can
    cause floppiness in the newborn."): a leaflet's fact answers nothing for this baby. "Passes into milk in small
    amounts - BF fine" keeps its verdict, and a negation says something ("not a concern"); so does a watcher, a
    time or a threshold of the baby's watching (``[claim] watch_owners``, ``watch_times``, ``watch_thresholds``:
    "signs of withdrawal are looked for over the first week")."""
    if analysis.verdict or analysis.negated:
        return False
    judge = _judge(settings)
    if judge.watch_anchor is not None and judge.watch_anchor.search(analysis.remainder) is not None:
        return False
    rest = judge.without_general(analysis.remainder)
    if rest == analysis.remainder:
        return False
    stop_words = settings.lexicon.stop_words
    return not any(w not in stop_words and w not in medicines for w in _LETTER_WORD.findall(rest))


def _plural_of_english(word: str, min_zipf: float) -> bool:
    return word.endswith("s") and len(word) > 3 and zipf(word[:-1]) >= min_zipf


def _placeholder_of(normal: str, placeholders: frozenset[str]) -> bool:
    whole = normal.replace("\n", " ").strip(" .,;:!?")
    return not any(c.isalnum() for c in normal) or whole in placeholders


def _opens_clause(text: str, at: int) -> bool:
    """Whether nothing but space stands between ``text[at]`` and the clause's start (its punctuation or the text's)."""
    before = text[:at].rstrip()
    return not before or before[-1] in ",;:.!?()\n"


def _deferrals(
    normal: str, patterns: _Patterns, may: frozenset[str], pattern: re.Pattern[str] | None = None
) -> list[re.Match[str]]:
    """The deferrals of ``normal`` (``patterns.deferral``, or ``pattern``: some of its alternatives) but guidance
    reported with no verb and the baby as the subject of a review (:func:`_set_aside`)."""
    found = patterns.deferral if pattern is None else pattern
    deferrals = list(found.finditer(normal)) if "deferral" in may else []
    if deferrals and patterns.report_frame is not None and _may_hold_each(normal, patterns.report_frame_hints):
        # Guidance reported with no verb, opening its clause ("According to NICE, lithium should be continued in
        # women ..."), points to no plan: it reports, and is kept to be read as reported
        # (:meth:`_Judge._without_general`).
        frame = patterns.report_frame
        deferrals = [
            m
            for m in deferrals
            if frame.match(normal, m.start()) is None or not _opens_clause(normal, m.start())
        ]
    if deferrals and patterns.examination is not None and _may_hold(normal, patterns.examination_hint):
        # The baby as the subject of a review ("the baby is to be reviewed by a paediatrician after birth"): an
        # examination of the baby, the plan itself, not a decision put off.
        examined = {m.span("phrase") for m in patterns.examination.finditer(normal)}
        deferrals = [m for m in deferrals if m.span() not in examined]
    return deferrals


def _deferral_spans(
    normal: str, patterns: _Patterns, bounds: list[int], deferrals: list[re.Match[str]]
) -> list[tuple[int, int]]:
    """The spans each of ``deferrals`` sets aside in ``normal`` (its clause, or from the pointer on where the clause
    states something before it, with a topic fronted before it or a heading naming only its topics; ``bounds``:
    :func:`_clause_bounds`), as :func:`_set_aside` blanks them."""
    set_aside: list[tuple[int, int]] = []
    for m in deferrals:
        clause = _clauses(bounds, m.start(), m.end())
        # What the clause states before its pointer stands ("observe for withdrawal according to the NAS plan"):
        # only the pointer and what follows it are set aside. A clause that states nothing before it ("Plan for
        # methadone as per the letter", "Address TBC by the social worker") is set aside whole.
        lead = normal[clause[0] : m.start()]
        if patterns.held is not None:  # "kept under review": the verb that holds it open is the deferral's own
            lead = patterns.held.sub("", lead)
        if patterns.unnamed_later and " ".join(m.group().split()) in patterns.unnamed_later:
            # "the baby's feeding plan to be set after her next appointment": a decision to be made then is the
            # deferral's own verb, not a statement before it.
            lead = _PUT_OFF_TO_THEN.sub("", lead)
        if not _DIGIT.search(lead) and (
            _SUBJECT_BEFORE.search(lead) is not None or _OWN_VERB.match(normal, m.start()) is not None
        ):
            # The deferral's verb is its own ("... are left to the discretion of", "a taper could be discussed"):
            # what stands before it is its subject, handed over with it, but for a predicate of its own before an
            # "and" ("methadone continues and is kept under review").
            # An "and" inside the subject ("where the baby sleeps and watching for withdrawal are at ...") joins
            # what is handed over, not a predicate.
            joined = lead.rfind(" and ")
            lead = lead[:joined] if joined >= 0 and _OWN_VERB.match(lead, joined + 5) is not None else ""
        stated = (patterns.strong_claim is not None and patterns.strong_claim.search(lead) is not None) or (
            # A source named after an answer cites it ("Compatible per UKDILAS."): any word before it stands.
            patterns.cited_source is not None
            and patterns.cited_source.search(m.group()) is not None
            and any(_letters(w) not in patterns.stop_words for w in words(lead))
        )
        if not stated and patterns.later_actor is not None and " ".join(m.group().split()) in patterns.unnamed_later:
            # "the consultant reviews her after the next appointment": who acts is named, only the time is later.
            stated = patterns.later_actor.search(normal, clause[0], m.start()) is not None or (
                # "the cot is to be checked after her next visit by the HV": the agent of a passive names who acts
                patterns.later_agent is not None
                and patterns.later_agent.search(normal, clause[0], clause[1]) is not None
            )
        start, end = (m.start(), clause[1]) if stated else clause
        if stated and patterns.hand_over is not None and patterns.hand_over_end is not None:
            # "the family will arrange night feeds and where the baby sleeps as they see fit": what the modal and
            # its verb take on is handed over with the how; a number before the hand-off is a decision of its own.
            handed = [h for h in patterns.hand_over.finditer(lead) if not _DIGIT.search(lead, h.end())]
            if handed and patterns.hand_over_end.match(normal, m.start()) is not None:
                start = clause[0] + handed[-1].start()
        if not stated and patterns.claim is not None and normal[start - 1 : start] == ",":
            start = _list_head(normal, bounds, start, m.start(), patterns.claim) or _fronted_topic(
                normal, bounds, start
            )
        elif not stated and normal[start - 1 : start] == ":":
            start = _heading_topic(normal, bounds, start)
        if end > start and normal[end - 1] in _KEPT_MARKS:
            end -= 1  # the mark that ends the clause stays: what opens after it still opens its clause or sentence
        set_aside.append((start, end))
        if patterns.choice is not None and patterns.choice.search(normal, m.start(), clause[1]) is not None:
            set_aside += _alternatives(normal, bounds, m.start())
    return set_aside


def _set_aside(
    normal: str, patterns: _Patterns, may: frozenset[str] | None = None
) -> tuple[str, bool, list[tuple[int, int]]]:
    """The normalised text with deferring clauses, dismissals and hedges blanked out, whether it defers or
    dismisses at all, and the spans blanked. ``may``: the patterns that may match in ``normal``
    (:meth:`_Prefilter.may_match`), when known; the others find nothing, so they are not run."""
    if may is None:
        may = patterns.prefilter.may_match(normal) if patterns.prefilter is not None else _ALL_PATTERNS
    set_aside: list[tuple[int, int]] = []
    deferrals = _deferrals(normal, patterns, may)
    cancelled = (
        list(patterns.cancelling.finditer(normal)) if patterns.cancelling is not None and "cancelling" in may else []
    )
    universal = (
        list(patterns.universal.finditer(normal)) if patterns.universal is not None and "universal" in may else []
    )
    recorded = (
        list(patterns.recorded.finditer(normal))
        if patterns.recorded is not None and _may_hold(normal, patterns.recorded_hint)
        else []
    )
    # Clauses are cut only for a text that defers, takes something back or speaks of every baby: most do none.
    bounds = _clause_bounds(normal) if deferrals or cancelled or universal or recorded else []
    for m in recorded:
        # "if the baby's scores exceed 8 twice, this will be noted": a note is the only consequence, so its clause is
        # set aside, and the condition it is the consequence of with it; a statement before it in its clause stands.
        clause = _clauses(bounds, m.start(), m.end())
        start = _condition_of(normal, clause[0], m.start(), patterns)
        if start is None:
            # An act joined on before it ("the dose is reduced and the result documented") stands.
            lead = normal[clause[0] : m.start()]
            # So does a thing planned with its time before the verb of recording ("the newborn's withdrawal
            # scoring for 72 hours is logged on the maternity system"): the note records a plan, not only itself.
            stated = (
                _JOINS.search(lead) is not None
                or (patterns.strong_claim is not None and patterns.strong_claim.search(lead) is not None)
                or (_DIGIT.search(lead) is not None and _TIMED.search(lead) is not None)
            )
            start = m.start() if stated else clause[0]
        end = clause[1]
        if end > start and normal[end - 1] in _KEPT_MARKS:
            end -= 1
        set_aside.append((start, end))
    set_aside += _deferral_spans(normal, patterns, bounds, deferrals)
    if universal:
        sentences = [0, *(m.end() for m in SENTENCE_END.finditer(normal)), len(normal)]
        set_aside += (_universal_span(normal, m, sentences, bounds, patterns) for m in universal)
    for m in cancelled:
        start, end = _clauses(bounds, m.start(), m.end())
        if start > 0 and normal[start - 1] == "," and not normal[start : m.start()].strip():
            # Opening its clause after a comma, it takes back the clause before ("..., unless it is not").
            start = _clauses(bounds, start - 1, start)[0]
        set_aside.append((start, end))
    handed_bare = (
        [m.span() for m in patterns.bare_hand_over.finditer(normal)]
        if patterns.bare_hand_over is not None and _may_hold(normal, patterns.bare_hand_over_hint)
        else []
    )
    if patterns.contact_hand_over is not None and _may_hold(normal, patterns.contact_hand_over_hint):
        handed_bare += [m.span() for m in patterns.contact_hand_over.finditer(normal)]
    set_aside += handed_bare
    dismissals = list(patterns.dismissal.finditer(normal)) if "dismissal" in may else []
    if patterns.bare_verdict is not None and _may_hold(normal, patterns.bare_verdict_hint):
        # "Baby fine. Feeding fine. Sleep fine.": a verdict word said of each topic in turn, with no reason or
        # measure, dismisses each; the topics named are not content. One alone ("Breastfeeding fine.") is a
        # verdict, judged as one.
        bare = [
            m
            for m in patterns.bare_verdict.finditer(normal)
            if patterns.claim is None or patterns.claim.search(m.group("topic")) is None
        ]
        if len(bare) >= 2:
            dismissals += bare
    if patterns.checklist_mark is not None and _may_hold(normal, patterns.checklist_mark_hint):
        # "Safe sleep - done. Taper - done.": a box ticked for each topic in turn says nothing was decided.
        ticked = list(patterns.checklist_mark.finditer(normal))
        if len(ticked) >= 2:
            dismissals += ticked
    hedges = list(patterns.hedge.finditer(normal))  # most texts hedge: no prefilter pays for itself
    if hedges and patterns.hedge_kept is not None:  # "this time" is no filler, though "time" alone is
        kept = [m.span() for m in patterns.hedge_kept.finditer(normal)]
        hedges = [h for h in hedges if not any(a <= h.start() and h.end() <= b for a, b in kept)]
    reporting = patterns.report
    if (
        hedges
        and reporting is not None
        and any(h[0].split()[-1] in patterns.reporter_hedges for h in hedges)
        and _may_hold_each(normal, patterns.report_hints)
    ):
        # A guideline reporting ("the local guideline says that ...") is a reporter, kept to be read as one
        # (:meth:`_Judge._without_general`), though "per the guideline" alone pads; so is a hedge that ends on the
        # reporter the match opens on ("local guideline" before "guideline states": the words before it name it).
        kept = [m.span() for m in reporting.finditer(normal)]
        hedges = [h for h in hedges if not any(a < h.end() <= b and h.start() < b for a, b in kept)]
    set_aside += (m.span() for m in (*dismissals, *hedges))
    named = patterns.bracket_named
    prompts = [
        m.span()
        for m in _BRACKETED.finditer(normal)
        # "[Dr Patel] will score the baby": a name in brackets is who holds the act, no form's prompt
        if named is None or named.fullmatch(normal, m.start() + 1, m.end() - 1) is None
    ]
    cut = _cut_off(normal, patterns.cut_off_words) if patterns.cut_off_words else None
    if cut is not None:
        prompts.append(cut)
    spans = set_aside + prompts
    remainder = _blank_out(normal, spans)
    # A question no answer follows claims nothing and answers no concern: its words are no content.
    asked = open_questions(remainder)
    if asked:
        spans += asked
        remainder = _blank_out(remainder, asked)
    return (
        remainder,
        bool(deferrals or universal or dismissals or prompts or cancelled or recorded or handed_bare),
        spans,
    )


_LAST_WORD = re.compile(r"(?<![^\s(\[])([^\W\d_]+)\s*$")
"""The text's last word, ending it with no mark after it, and with only a space or an opening bracket before it
(not an abbreviation's part: "r/v", "f-u")."""


def _cut_off(normal: str, last_words: frozenset[str]) -> tuple[int, int] | None:
    """The last clause of a text cut off mid-clause, ending with no mark on a word no finished text ends on (one of
    ``last_words``: a conjunction, an article, "by", a modal: "... the paediatric team and", "night feeds will be
    done by"): what it was to say is lost, so the clause answers nothing. None for a text that ends otherwise
    ("as agreed by all", "follow up", a final list item, an abbreviation)."""
    found = _LAST_WORD.search(normal, max(0, len(normal) - 40))
    if found is None or found.group(1) not in last_words:
        return None
    start = max((m.end() for m in _CLAUSE_END.finditer(normal, 0, found.start())), default=0)
    return start, found.end(1)


_QUESTION_OPENER = re.compile(
    r"(?:^|(?<=[\n,;:.!?(])|(?<=\s[-\u2013\u2014]))\s*(?:(?:and|but|or|so|then)\s+)?"
    r"(?:(?:(?:for|in|by|to|until|from|at|with|on)\s+)?(?:who|whom|whose|what|which|when|where|why|how|whether)"
    r"|should|shall|will|would|can|could|may|might|must|does|do|did|is|are|was|were|has|have|had)\b[^.!?\n]*\?"
)
"""A question from its interrogative opener at the start of its clause ("... - but who does the scoring
overnight, and can she ...?", "..., for how long?"), to its mark: what stands before the opener in its sentence
is said, not asked."""
_QUESTION_SENTENCE = re.compile(r"(?:^|(?<=[.!?\n]))[^.!?\n]*\?")
"""A question from where its sentence starts, when no opener opens a clause of it ("Referral: GP or midwife?")."""
_NEED = re.compile(r"(?<![^\W_])(?:need|needs|require|requires)(?![^\W_])")
"""A statement of need ("the baby will need watching", "she requires a review")."""
_PARTICULARS = re.compile(
    r"\s*[-\u2013\u2014]?\s*(?:(?:and|but|or|so|then)\s+)?(?:(?:for|in|by|to|until|from|at|with|on)\s+)?"
    r"(?:who|whom|whose|when|where|how)(?![^\W_])"
)
"""A question opening on who, when, where or how ("but who does it, and for how long?"): the particulars of a
thing to be done, asked."""


@functools.cache
def _asks_back_phrases() -> tuple[frozenset[tuple[str, ...]], tuple[tuple[str, ...], ...]]:
    """``[prompt] asks_back`` and ``asks_back_courtesy`` of mappings/hollow-phrases.toml, as word tuples."""
    raw = tomllib.loads((data_path("mappings") / "hollow-phrases.toml").read_text(encoding="utf-8"))["prompt"]
    courtesy = sorted((tuple(words(normalise(p))) for p in raw.get("asks_back_courtesy", ())), key=len, reverse=True)
    return frozenset(tuple(words(normalise(p))) for p in raw.get("asks_back", ())), tuple(courtesy)


@functools.cache
def _hedged_answer_phrases() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """``[prompt] hedged_answers`` and ``hedged_answer_fillers`` of mappings/hollow-phrases.toml, as word tuples."""
    raw = tomllib.loads((data_path("mappings") / "hollow-phrases.toml").read_text(encoding="utf-8"))["prompt"]
    return (
        frozenset(tuple(words(normalise(p))) for p in raw.get("hedged_answers", ())),
        frozenset(normalise(w) for w in raw.get("hedged_answer_fillers", ())),
    )


def _hedged_only(answer: str) -> bool:
    """Whether ``answer``, the sentence after a question (what is set aside already blanked), is only a hedge
    ("Possibly.", "Not sure.", "Perhaps a       .") with at most an article beside it: no answer (``[prompt]
    hedged_answers``)."""
    said = tuple(_ANSWER_WORD.findall(answer))
    if not said or len(said) > 5:
        return False
    phrases, fillers = _hedged_answer_phrases()
    for size in (3, 2, 1):
        for i in range(len(said) - size + 1):
            if said[i : i + size] in phrases:
                rest = said[:i] + said[i + size :]
                return all(w in fillers for w in rest)
    return False


def _asks_back(answer: str) -> bool:
    """Whether ``answer``, the sentence after a question, only asks the readers for theirs ("Thoughts welcome.",
    "Any views?", "Please advise."), with courtesy words after it ("..., thanks"): no answer (``[prompt]
    asks_back``)."""
    said = tuple(_ANSWER_WORD.findall(answer))
    if not said or len(said) > 8:
        return False
    phrases, courtesy = _asks_back_phrases()
    trimmed = True
    while trimmed:
        trimmed = False
        for tail in courtesy:
            if len(said) > len(tail) and said[-len(tail) :] == tail:
                said, trimmed = said[: -len(tail)], True
                break
    return said in phrases


_ANSWER_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def open_questions(text: str) -> list[tuple[int, int]]:
    """The spans of the questions in ``text`` (normalised, what is set aside already blanked) that no answer
    follows: what runs from the question's mark to the next sentence's end is blank, another question or the
    text's end. A question claims nothing and answers no concern ("should the dose change? can she breastfeed?
    To be answered later"); one answered at once stands with its answer ("Can she breastfeed? Yes, ...")."""
    if "?" not in text:  # cheap: most texts ask nothing
        return []
    spans: list[tuple[int, int]] = []
    end = 0
    while (mark := text.find("?", end)) >= 0:
        start = max(text.rfind(c, 0, mark) for c in ".!?\n") + 1
        found = _QUESTION_OPENER.search(text, start, mark + 1) or _QUESTION_SENTENCE.search(text, start, mark + 1)
        end = mark + 1
        after = SENTENCE_END.search(text, end)
        answer = text[end : after.end() if after is not None else len(text)]
        hedged = _hedged_only(answer)
        answered = (
            any(c.isalnum() for c in answer)
            and not answer.rstrip().endswith("?")
            and not _asks_back(answer)
            and not hedged
        )
        if found is not None and hedged:
            # The hedge goes with its question: it claims nothing either ("Levels? Possibly.").
            spans.append((found.start(), after.end() if after is not None else len(text)))
            continue
        if found is not None and not answered:
            opened = found.start()
            # A need stated, then who, when or how long asked of it ("X will need watching - but who watches, and
            # for how long?"): the question takes back the particulars of a plan, which is then only a need; the
            # need is set aside with its question. A need that gives a time or a number of its own ("scoring
            # 4-hourly for 72 hours - but who covers nights at home?") stays. What stands before the opener
            # otherwise is said.
            if (
                _NEED.search(text, start, opened)
                and _PARTICULARS.match(text, opened)
                and not any(c.isdigit() for c in text[start:opened])
            ):
                opened = start
            spans.append((opened, mark + 1))
    return spans

_PART_END = re.compile(r"[;:!?\n]|\.(?=\s|$)")
"""Where a part of a sentence ends that a condition may open (:func:`_condition_of`)."""
_JOINED = re.compile(r"\s*(?:and|but|then|so|or|plus)(?![^\W_])")
_JOINS = re.compile(r"(?<![^\W_])(?:and|but|then|so|plus)(?![^\W_])")
_TIMED = re.compile(
    r"\d+(?:\s*(?:-|to)\s*\d+)?\s*-?\s*(?:h|hrs?|hours?|hourly|days?|nights?|weeks?|wks?)(?![^\W\d_])"
    r"|(?<![^\W_])(?:day|d)\s*\d+(?![^\W_])"
)
"""A time or a length of time ("for 72 hours", "4-hourly", "3 days", "until day 8"), not a dose: before a verb of
recording, what is written down is itself a thing planned with its particulars (:func:`_set_aside`)."""


def _condition_of(normal: str, clause: int, at: int, patterns: _Patterns) -> int | None:
    """Where the condition opens whose only consequence is what is found at ``at`` in the clause opening at
    ``clause`` (a note: :attr:`_Patterns.recorded`), or None. In the same clause, the condition opens it and
    nothing joins another act on before ``at`` ("if the level is above 1.0 the result will be filed", "and if she is
    drowsy this will be observed"). Before it, the condition opens the sentence's part (after . ; : ! ? or a line
    break), the clauses between it and this one state nothing (no [claim] word: the rest of a list of signs), and
    this clause opens on no "and" ("if the scores exceed 8, this will be noted"; "..., morphine is started, and
    this is charted" keeps the morphine)."""
    found = _CONDITION.match(normal, clause)
    if found is not None and found.end() >= at:
        return None if _JOINS.search(normal, found.start(), at) else found.start()
    part = max((m.end() for m in _PART_END.finditer(normal, 0, clause)), default=0)
    found = _CONDITION.match(normal, part)
    if found is None or found.end() > clause or _JOINED.match(normal, clause) is not None:
        return None
    between = normal[found.end() : clause]
    if patterns.claim is not None and any(
        normal[found.end() + c.start() - 1 : found.end() + c.start()] != "-" and between[c.end() : c.end() + 1] != "-"
        for c in patterns.claim.finditer(between)
    ):
        return None  # a claim word in a hyphenated sign ("a high-pitched cry") is part of the sign
    lead = normal[clause:at]
    if _JOINS.search(lead) is not None or (
        patterns.strong_claim is not None and patterns.strong_claim.search(lead) is not None
    ):
        return None
    return found.start()


_PUT_OFF_TO_THEN = re.compile(
    r"(?:(?<![^\W_])plans?\s+)?(?:(?:is|are)\s+)?(?<![^\W_])to\s+be\s+(?:set|decided|agreed|confirmed|finali[sz]ed"
    r"|sorted(?:\s+out)?|arranged|planned|discussed|made|drawn\s+up|worked\s+out|put\s+together|written|firmed\s+up"
    r"|settled|determined)\s*$"
)
"""A decision to be made, ending the words before a deferral to an unnamed later appointment ("feeding plan to be
set after her next appointment"): the deferral's own verb, no statement."""


_FRONTED_TOPIC = re.compile(
    r"\s*(?:for|about|regarding|re|concerning|as\s+for|as\s+regards|as\s+to|with\s+regard\s+to|with\s+respect\s+to"
    r"|in\s+terms\s+of)\s+(?:(?!(?:will|shall|is|are|was|were|be|must|should|can|may|to|has|have|had|does|do)(?![^\W_]))"
    r"[^\W\d_][\w'-]*(?![\w'-])\s*){1,12},$"
)
"""A clause that only names a topic, opening on "for", "about", "regarding" and the like, with no verb and no number,
ending on the comma before a pointer ("for the baby's observations and feeding, see the alert"): the topic is
what the pointer defers."""


_TOPIC_ITEM = re.compile(
    r"\s*(?:(?:and|or)\s+)?(?:(?!(?:will|shall|is|are|was|were|be|must|should|can|may|to|has|have|had|does|do)"
    r"(?![^\W_]))[^\W\d_][\w'-]*(?![\w'-])\s*){1,8},$"
)
"""A clause that is only one item of a fronted topic's list, with no verb and no number ("safe sleep and feeding," in
"for the baby's observation, safe sleep and feeding, refer to ...")."""
_TOPIC_ITEMS_MOST = 6


def _heading_topic(normal: str, bounds: list[int], start: int) -> int:
    """Where a heading starts that only names the topics of the deferral after its colon ("Withdrawal, feeding and
    sleep: as per items 2-5 of the checklist"): a list of words with no verb and no number, opening its sentence or
    part. Its words name what is deferred, not what is decided, so it is set aside with the deferral. ``start`` where
    it does more ("The baby is scored for 72 hours: see the chart")."""
    at = bisect.bisect_left(bounds, start)
    if at < 1 or at >= len(bounds) or bounds[at] != start:
        return start
    end, mark = start, ":"
    for _ in range(_TOPIC_ITEMS_MOST + 1):
        before = bounds[at - 1]
        item = normal[before:end]
        if not item.endswith(mark) or _TOPIC_ITEM.fullmatch(item[:-1] + ",") is None:
            return start
        if before == 0 or normal[before - 1] in ".;!?\n":
            return before
        if normal[before - 1] != "," or at < 2:
            return start
        at, end, mark = at - 1, before, ","
    return start


def _fronted_topic(normal: str, bounds: list[int], start: int) -> int:
    """Where the clause before a pointer's clause (after its comma, in brackets or not) starts when it only names
    the pointer's topic (:data:`_FRONTED_TOPIC`): the topic is set aside with the pointer, as its words name what
    is deferred, not what is decided. ``start`` where it does more ("for 72 hours the ward scores her, see ...")."""
    at = bisect.bisect_left(bounds, start)
    if at < 1 or at >= len(bounds) or bounds[at] != start:
        return start
    # The topic may be a list over commas ("for the baby's observation, safe sleep and feeding, refer to ..."): its
    # items are walked back over to the clause that opens it.
    end = start
    for _ in range(_TOPIC_ITEMS_MOST + 1):
        before = bounds[at - 1]
        if _FRONTED_TOPIC.fullmatch(normal, before, end) is not None:
            return before
        if at < 2 or _TOPIC_ITEM.fullmatch(normal, before, end) is None:
            return start
        at, end = at - 1, before
    return start


_LIST_JOIN = re.compile(r"(?<![^\W_])(?:and|or)(?![^\W_])")
_LIST_MODAL = re.compile(r"(?<![^\W_])(?:will|shall|must|should|(?:(?:is|are)\s+)?to)\s+[^\W\d_]")


def _list_head(normal: str, bounds: list[int], start: int, deferral: int, claim: re.Pattern[str]) -> int | None:
    """Where the verb opens whose list of objects a deferral ends, when its clause (``start`` to ``deferral``, after
    a comma) holds that list's last item: "the ward will settle the baby's scoring, feeding support and sleep advice
    as it sees fit" leaves all three to the ward, not only the last. The clause joins its item on with "and" or
    "or", the items between state nothing of their own (no ``claim`` word), the list has three items or more, and
    the clause before them holds a modal ("will", "is to") with no number after it: from that modal on is set
    aside. None otherwise: "methadone will continue, and feeding as she sees fit" (two parts) and "methadone will
    continue at 60 mg, breastfeeding and cot advice as she sees fit" (a dose) keep what they state, and so does a
    list of decisions ("no co-sleeping, cot only, and feeding as she sees fit")."""
    joined = _LIST_JOIN.search(normal, start, deferral)
    if joined is None:
        return None
    at = bisect.bisect_left(bounds, start)
    if at >= len(bounds) or bounds[at] != start:
        return None
    items = 0
    while at >= 2:
        item = normal[bounds[at - 1] : bounds[at]]
        if not item.endswith(",") or claim.search(item) is not None:
            break
        items, at = items + 1, at - 1
    opening = not normal[start : joined.start()].strip()
    if (opening and items == 0) or at < 1 or not normal[bounds[at - 1] : bounds[at]].endswith(","):
        return None
    modals = list(_LIST_MODAL.finditer(normal, bounds[at - 1], bounds[at]))
    if not modals or _DIGIT.search(normal, modals[-1].start(), bounds[at]) is not None:
        return None
    return modals[-1].start()


_SUBJECT_BEFORE = re.compile(
    r"(?<![^\W_])(?:is|are|was|were|be|been)\s*(?:(?:at|to|in|for)\s+(?:the\s+)?(?:[^\W\d_]+\s+){0,2}[^\W\d_]+'s?\s*)?$"
)
"""The words before a deferral end on a verb that is the deferral's own ("the baby's monitoring is [for the ward
to decide]", "are [left to the discretion of]"), or on that verb and the one whose the deferral is ("are at the
foster carer's [discretion]", "is at the ward's"): they are its subject (:func:`_set_aside`)."""
_OWN_VERB = re.compile(
    r"(?:is|are|was|were|will|shall|may|can|could|might|would|should|remain|remains|still|yet|not)(?![^\W_])"
)
"""A deferral that opens on its own verb ("could be discussed", "remain to be worked through", "will decide"): the
words before it are its subject (:func:`_set_aside`)."""
_DEPENDING = re.compile(r"\s*(?:(?:and|but|or|then)\s+)?(?:depending|dependent)\s+on\b")
"""A condition that leaves what follows open until it is known (:func:`_without_conditional_outcomes`)."""
_OPTIONS_APART = re.compile(r"[;,]|\bor\b|\(\s*(?:b|ii|2)\s*\)")
"""What parts one option of a list from the next (:meth:`_Judge._without_options_listed`): one option alone is
no list."""
_KEPT_MARKS = frozenset(",;:.!?\n")
"""The marks ending a clause that a set-aside clause keeps, so that what follows still opens its own clause or
sentence ("...; should the baby be unsettled, ...")."""
_ALTERNATIVE = re.compile(r"\b(?:either|or)\b")
_NEGATED_MODAL = re.compile(r"\w+\s+(?:not|never)\b")
"""A modal negated ("could not", "could never"): a refusal or a limit, no option
(:meth:`_Judge._without_possibilities`)."""


def _part_of(text: str, at: int) -> int:
    """Where the sentence, or its part after a semicolon, holding ``at`` starts."""
    return max(text.rfind(c, 0, at) for c in ".!?\n;") + 1


def _sentence_of(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts: after the last full stop, mark or line break before it."""
    return max(text.rfind(c, 0, at) for c in ".!?\n") + 1


_PAIRED = re.compile(r"(\w+(?:\s+be)?)\b[^\n]*?\bor\s+\1\b")
"""A modal repeated across alternatives ("may be continued or may be stopped"): an offer, whatever the modal."""


def _paired_before(text: str, start: int, found: re.Match[str]) -> bool:
    """Whether the modal opening ``found`` (a possibility, :meth:`_Judge._without_possibilities`) was said before
    it in its clause, from ``start``, and joined to it by "or" ("may continue or may be switched"): the same
    modal across alternatives offers them, as :data:`_PAIRED` reads them the other way round."""
    modal = found[0].split(maxsplit=1)[0]
    before = text[start : found.start()]
    return before.endswith(("or ", "or  ")) and re.search(rf"(?<![^\W_]){re.escape(modal)}\s+\w", before) is not None


def _alternatives(normal: str, bounds: list[int], at: int) -> list[tuple[int, int]]:
    """The clauses offering alternatives ("either ...", "or ...") that a choice left to later at ``at`` leaves
    open: those of its own sentence, else of the sentence before it (``Lexicon.choices``)."""
    ends = [0, *(m.end() for m in SENTENCE_END.finditer(normal)), len(normal)]
    here = bisect.bisect_right(ends, at) - 1
    for start, end in ((ends[here], ends[here + 1]), (ends[max(here - 1, 0)], ends[here])):
        found = [
            (a, b)
            for a, b in itertools.pairwise(bounds)
            if start <= a < end and _ALTERNATIVE.search(normal, a, b) is not None
        ]
        if found:
            return found
    return []


def _keeps_runs(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether blanking ``spans`` out of ``text`` leaves every run of letters and digits of the result one of
    ``text``'s (no span starts or ends inside a run): then what may match in the result may match in ``text``
    (:meth:`_Prefilter.may_match`), since the blanks are spaces."""
    for start, end in spans:
        if 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
            return False
        if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
            return False
    return True


def _universal_span(
    normal: str, match: re.Match[str], sentences: list[int], bounds: list[int], patterns: _Patterns
) -> tuple[int, int]:
    """What a phrase said of every baby sets aside: its sentence, but only up to a later clause of it that turns
    to this case ("Beyond the warmth any baby needs, this baby needs 72 hours on the ward")."""
    start, end = _clauses(sentences, match.start(), match.end())
    if patterns.universal_turn is not None:
        own_end = _clauses(bounds, match.start(), match.end())[1]
        turn = patterns.universal_turn.search(normal, own_end, end) if own_end < end else None
        if turn is not None:
            return start, _clauses(bounds, turn.start(), turn.end())[0]
    return start, end


def verdict(analysis: Analysis, minimum: int, settings: GateSettings) -> Verdict:
    """What the analysed text amounts to for an answer needing ``minimum`` content words."""
    if analysis.placeholder:
        return "placeholder"
    # Beside a deferral or dismissal, words that fit any record (the baby, the plan, the risk) are no reason:
    # "No concerns for the baby." dismisses and names only whom.
    if (
        analysis.defers_or_dismisses and len(analysis.content - settings.lexicon.general_topic_words) < minimum
    ) or analysis.reports_only:
        return "hollow"
    if (
        analysis.language_words
        and analysis.recognised < settings.min_language_share * analysis.language_words
        and not (
            analysis.recognised >= settings.bilingual_min_share * analysis.language_words
            and analysis.recognised_content >= settings.bilingual_min_content_words
        )
    ):
        return "filler"
    # Word salad threaded with function words ("the of within of birth of the of") is recognised word by word.
    if settings.lexicon.never_english and analysis.never_english >= settings.lexicon.never_english_at_least:
        return "filler"
    total = analysis.repeated_words
    if total >= settings.repetition_min_words and (
        analysis.distinct_words < settings.min_distinct_share * total
        or analysis.most_common > settings.max_one_word_share * total
    ):
        return "repetition"
    # A word that is no language ("gnidnep", a mangled token) says nothing, however many there are.
    if len(analysis.content - analysis.unknown) < minimum:
        return "too-few-words"
    return "substantive"


def conclusion_verdict(found: Verdict, analysis: Analysis, minimum: int, settings: GateSettings) -> ConclusionVerdict:
    """A conclusion's verdict once what it says is held to its subject (``found`` is :func:`verdict`'s).

    What a deferral or dismissal leaves must be said in sentences about the medicines, the pregnancy or the
    baby: padding about the weather, the clinic's day or the clinician's leave is no reason (``hollow``). A
    conclusion then needs ``min_specific_words`` words particular to the case (else ``vague``) and
    ``min_topic_words`` words of its subject, ``min_particular_topic_words`` of them other than the general
    ones that fit any record (else ``off-subject``: a signature block, an email disclaimer, management jargon,
    "the baby's safety was explored at length")."""
    if found != "substantive":
        return found
    lexicon = settings.lexicon
    reports = _judge(settings).report
    said = [w for w in analysis.topical_content if not reports(w)]
    if analysis.defers_or_dismisses and len(said) < minimum:
        return "hollow"
    if len(analysis.specific) < settings.min_specific_words:
        return "vague"
    general = lexicon.general_topic_words
    if (
        len(analysis.topic_words) < settings.min_topic_words
        or len(analysis.topic_words - general) < settings.min_particular_topic_words
    ):
        return "off-subject"
    if not analysis.claims:
        return "no-claim"
    return found
