"""A receiver's words, masked before medassess prints, logs or stores them.

A receiver's answer to a delivery (an MLLP acknowledgement's MSA-3 and ERR text, a MESH error body, a FHIR
OperationOutcome's diagnostics) is written by another system, and such systems quote what they refuse:
``PID-3 943 476 5919 does not match MARSH^JODIE``. medassess keeps two things from an answer:

- the receiver's machine codes (an acknowledgement code, an HL7 error code, a MESH error code, an HTTP
  status), each only when it has the form of a code (:func:`receiver_code`);
- its text, masked (:func:`mask_receiver_text`). Every run of ten digits, with or without spaces, dashes or
  dots between them, becomes ``[number]`` whether or not it passes the Modulus 11 check (a receiver may quote
  a mistyped NHS number), as does any run of five or more digits and anything shaped like a date. Then every
  word that is not in a fixed vocabulary of operational words (segment, field, mailbox, invalid, ...) and is
  not shaped like a code (``PID-3``, ``MSH-10``, ``EPL-151``, ``X26``) becomes ``…``.

Why a vocabulary of words to keep rather than a list of words to remove: no list of names is complete, and a
receiver may quote any free text it holds (a conclusion, an address), so a word medassess does not know is
masked, and what survives is only what medassess chose. The cost is that an unusual operational word is
masked too; the machine code and the words around it still say what went wrong, and the receiver's own logs
keep the rest. Words that are common first names (May, Will, Grace...) are left out of the vocabulary; a
surname that is also an operational word (Field, Code) can survive, but alone, which identifies no one.
"""

from __future__ import annotations

import re
import unicodedata

MASK = "…"
NUMBER_MASK = "[number]"

_TEN_DIGITS = re.compile(r"(?<![0-9])[0-9](?:[ .\-]?[0-9]){9}(?![0-9])")
"""Ten digits, with or without a space, dash or dot between any two: an NHS number however it is written."""
_DATE = re.compile(
    r"(?<![0-9])(?:[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{2,4})(?![0-9])"
)
_LONG_NUMBER = re.compile(r"[0-9]{5,}")
_WORD = re.compile(r"[^\W_]+(?:[-_.'’][^\W_]+)*")
_PART = re.compile(r"[-_.'’]")
_CODE_LIKE = re.compile(r"[A-Z][A-Z0-9]{0,5}-[0-9]{1,4}(?:\.[0-9]{1,3})*|[A-Z]{1,5}[0-9]{1,4}")
"""``PID-3``, ``MSH-10``, ``OBX-5.1``, ``EPL-151``, ``X26``, ``HTTP2``: letters with digits, which no name has."""
_RECEIVER_CODE = re.compile(r"[A-Z]{1,6}-?[0-9]{1,4}|[0-9]{1,4}|[A-Z]{2}")
"""A receiver's machine code: an HL7 acknowledgement code (``AE``), an HL7 error code (``207``), a MESH error
code (``06``, ``EPL-151``), an HTTP status (``422``)."""



def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


OPERATIONAL_WORDS: frozenset[str] = _words(
    """
    a about accept acceptable accepted access acknowledged acknowledgement acknowledgements acknowledgment ack
    active after again all allowed already also an and another any application applications are as assigning at
    attribute authentication authorisation authorised authority authorization authorized bad be because been
    before between birth blank body both bundle busy but by cannot cardinality certificate character characters
    check chunk chunked chunks client code coded codes coding commit component components composition compressed
    condition conflict consent constraint contact content control could credentials data date datetime decode
    denied detail details diagnostics did display do document documents does done download due duplicate each
    element elements else empty encoding encrypted end entity entries entry error errors event exceeded exception
    exist exists expected expired expression extension extensions facility failed failure fatal field fields file
    flag for forbidden format found from full gateway gone grant had has have header headers http https id
    identifier identifiers if in inbox incomplete incorrect info information informational internal invalid
    invariant is issue issues it its key large later length limit lock login long mailbox mailboxes malformed
    mandatory match matched matches max maximum message messages method min minimum mismatch missing more most
    must name names no none not null number numbers observation of ok on one only operation operationoutcome or
    order organisation organization out outbox patient payload permitted please practitioner practitionerrole
    precondition problem processed processing profile provenance queue rate received receiver receiving recipient
    record records reference references registered reject rejected repetition request required resolve resolved
    resource resources response result retry rule schema scope security segment segments send sender sending sent
    sequence server service set severity short should size slice some status store structure subcomponent subject
    success successful supported suppressed system table than that the there these this throttled time timed
    timeout to token too transaction transient trigger try type unauthorised unauthorized unavailable undeliverable
    unexpected unknown unprocessable unresolved unsupported upload use used valid validation value values version
    violation warning was were when where which with without workflow workflowid wrong
    address born cause contain contains input nhs parse parsed parsing reason separator syntax text unable unit
    unregistered
    allergyintolerance clinicalimpression documentreference encounter episodeofcare medication medicationstatement
    questionnaireresponse hl7 fhir mesh mllp msh msa err evn pid pv1 txa obr obx nte
    assessor attester author birthdate category div dosage effectivedatetime fullurl gender generalpractitioner
    lastupdated meta note period policyrule resourcetype section start summary supportinginfo telecom title url
    valuecode valuedatetime valuestring
    """
)
"""Words a receiver's text keeps: the words of HL7 v2, FHIR, MESH and HTTP errors and the small words that join
them. No common first name is here (so no ``may``, ``will``, ``grace``), and nothing from any record."""


def receiver_code(value: object) -> str | None:
    """A receiver's machine code when it has the form of one (``AE``, ``207``, ``06``, ``EPL-151``, ``422``),
    else None: a code field can hold anything a receiver puts there."""
    text = str(value).strip() if isinstance(value, str | int) and not isinstance(value, bool) else ""
    return text if _RECEIVER_CODE.fullmatch(text) else None


def mask_receiver_text(text: str) -> str:
    """A receiver's text with every number, date and word outside :data:`OPERATIONAL_WORDS` masked (see the
    module docstring); control and format characters become spaces, since the text reaches a terminal."""
    text = " ".join("".join(" " if unicodedata.category(c)[0] == "C" else c for c in text).split())
    text = _TEN_DIGITS.sub(NUMBER_MASK, text)
    text = _DATE.sub("[date]", text)
    text = _LONG_NUMBER.sub(NUMBER_MASK, text)
    # The marks just written are words of the vocabulary ("number", "date"), so they survive the next step.
    masked = _WORD.sub(lambda m: m.group() if _kept(m.group()) else MASK, text)
    # One mark for a run of masked words: how many words were hidden is itself a clue to nobody's benefit.
    return re.sub(rf"{MASK}(?:[\s,]+{MASK})+", MASK, masked)


def _kept(word: str) -> bool:
    if _CODE_LIKE.fullmatch(word):
        return True
    parts = _PART.split(word)
    return all((part.isdigit() and len(part) <= 4) or part.casefold() in OPERATIONAL_WORDS for part in parts)
