"""The medspaCy pipeline's infrastructure: assembly, sentences, sections, targets, logs."""

import datetime as dt
import logging
import re
from pathlib import Path

import pytest
import yaml
from spacy.tokens import Doc

from pipeline.nlp import EXTRACTOR_FAMILIES, TARGET_GROUP
from tests.extractors.helpers import doc_from_text, facts_from_text

SENTENCE_CASES = yaml.safe_load(
    (Path(__file__).parent / "cases" / "sentences.yaml").read_text(encoding="utf-8")
)


def run(nlp, text: str, doc_type: str = "office_note") -> Doc:
    """The pipeline over one document, as pipeline.extract runs it."""
    return doc_from_text(nlp, text, doc_type)


@pytest.mark.parametrize("case", SENTENCE_CASES, ids=[c["id"] for c in SENTENCE_CASES])
def test_nlp_sentence_boundaries(nlp, case) -> None:
    doc = nlp.get_pipe("clinical_sentences")(nlp.make_doc(case["text"]))
    got = [re.sub(r"\s+", " ", s.text).strip() for s in doc.sents if s.text.strip()]
    assert got == case["sentences"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("HISTORY OF PRESENT ILLNESS\nRight SI joint pain.", "history_of_present_illness"),
        ("HPI: Right SI joint pain.", "history_of_present_illness"),
        ("Past Medical History:\nFibromyalgia", "past_medical_history"),
        ("FAMILY HISTORY\nFibromyalgia", "family_history"),
        ("PHYSICAL EXAMINATION\nFABER positive.", "physical_exam"),
        ("Objective:\nFABER positive.", "physical_exam"),
        ("IMPRESSION\nSacroiliitis.", "impression"),
        ("Assessment and Plan:\nSacroiliitis.", "assessment"),
        ("POST-PROCEDURE EVALUATION\nPain 2/10.", "post_procedure"),
        ("Allergies: ibuprofen (hives).", "allergies"),
        ("DISCHARGE INSTRUCTIONS\nIce to the site.", "post_procedure_instructions"),
        ("Comparison: MRI 01/2024, sacroiliitis.", "comparison"),
        ("NAME OF OPERATION: right SI joint injection.", "procedure_performed"),
        ("RISKS AND BENEFITS\nInfection, bleeding.", "consent_risks"),
        # EHR printouts: title-case headers alone on their line, no colon
        ("Physical Exam\nFABER positive.", "physical_exam"),
        ("Review of Systems\nNegative for fibromyalgia.", "review_of_systems"),
        ("Assessment / Plan\nSacroiliitis.", "assessment"),
        ("Family Medical History\nFibromyalgia", "family_history"),
        ("Vital Signs\nPain 7/10.", "vitals"),
    ],
)
def test_nlp_section_headers(nlp, text: str, category: str) -> None:
    doc = run(nlp, text)
    last = doc.spans[TARGET_GROUP][-1]
    assert last._.section_category == category


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("ALLERGIES:\nNaproxen (rash).", "allergies"),
        ("Plan:\nPhysical therapy twice weekly.", "plan"),
        ("Post-procedure instructions: ice to the site.", "instructions"),
        ("INFORMED CONSENT\nRisk of SI joint infection.", "consent_risks"),
        ("Family history: fibromyalgia.", "family_history"),
        ("Problem list:\nFibromyalgia.", "past_history"),
        ("COMPARISON: CT pelvis 2023, sacroiliitis.", "comparison"),
        ("Procedure performed: SI joint injection.", "procedure_done"),
        ("Assessment: fibromyalgia.", None),
    ],
)
def test_nlp_section_role_says_what_a_section_means(nlp, text: str, role: str | None) -> None:
    from pipeline.section_rules import section_role

    last = run(nlp, text).spans[TARGET_GROUP][-1]
    assert section_role(last) == role


def test_section_rules_reject_unknown_keys_and_attributes() -> None:
    from pydantic import ValidationError

    from pipeline.section_rules import SectionSpec

    base = {"category": "plan", "headers": ["Plan"], "meaning": "future events"}
    SectionSpec.model_validate(base)
    with pytest.raises(ValidationError):
        SectionSpec.model_validate({**base, "rol": "plan"})
    with pytest.raises(ValidationError):
        SectionSpec.model_validate({**base, "role": "future"})
    with pytest.raises(ValueError, match="unknown span attributes"):
        SectionSpec.model_validate({**base, "span_attrs": {"is_planned": True}})


def test_nlp_header_words_inside_a_sentence_are_not_headers(nlp) -> None:
    doc = run(nlp, "We discussed the plan: fibromyalgia management with her PCP.")
    target = next(s for s in doc.spans[TARGET_GROUP] if s.label_ == "DIAGNOSIS")
    assert target._.section_category is None


@pytest.mark.parametrize(
    "text",
    [
        "She was referred for a repeat\nexam\nFABER positive.",
        "Seen today for\nphysical exam\nFABER positive.",
        "Physical exam findings today\nFABER positive.",
    ],
)
def test_nlp_a_header_word_alone_on_a_line_needs_a_capital_and_the_whole_line(
    nlp, text: str
) -> None:
    """A wrapped sentence whose last line is a header word is not a header line."""
    last = run(nlp, text).spans[TARGET_GROUP][-1]
    assert last._.section_category is None


def test_nlp_family_history_section_makes_mentions_family(nlp) -> None:
    facts = facts_from_text(nlp, "FAMILY HISTORY\nRheumatoid arthritis.\n")
    (fact,) = [f for f in facts if f.kind == "diagnosis"]
    assert fact.context.family


def test_nlp_past_medical_history_section_is_not_historical(nlp) -> None:
    facts = facts_from_text(nlp, "PAST MEDICAL HISTORY\nRheumatoid arthritis\nHypertension")
    (fact,) = [f for f in facts if f.kind == "diagnosis"]
    assert not fact.context.historical and fact.context.is_current_affirmed


def test_nlp_overlapping_targets_of_two_families_coexist(nlp) -> None:
    """'SI joint' is a site (pain, exam) inside 'SI joint fusion' (request); both stay,
    and same-range spans keep their own rule ids."""
    doc = run(nlp, "Requesting right minimally invasive SI joint fusion for SI joint pain.")
    labels = {(s.text, s.label_) for s in doc.spans[TARGET_GROUP]}
    assert ("SI joint", "SITE") in labels
    assert ("SI joint fusion", "REQUEST_PROCEDURE") in labels
    by_range: dict[tuple[int, int], set[str]] = {}
    for span in doc.spans[TARGET_GROUP]:
        by_range.setdefault((span.start, span.end), set()).add(span.id_)
    for span in doc.spans[TARGET_GROUP]:
        assert span.id_.split(".")[0] in {"anatomy", *EXTRACTOR_FAMILIES}
    assert any(len(ids) > 1 for ids in by_range.values())


def test_nlp_evidence_is_the_matched_phrase_with_its_rule(nlp) -> None:
    text = "Assessment: right sacroiliac joint dysfunction."
    (fact,) = [f for f in facts_from_text(nlp, text) if f.kind == "diagnosis"]
    (evidence,) = fact.evidence
    assert evidence.text == "sacroiliac joint dysfunction"
    assert text[evidence.start : evidence.end] == evidence.text
    assert evidence.rule_id == "diagnoses.sij_syndrome.sacroiliac_joint_dysfunction"
    assert evidence.page == 1 and evidence.bbox[2] > evidence.bbox[0]


def test_nlp_document_text_never_reaches_the_logs(nlp, caplog) -> None:
    """PyRuSH logs every token through loguru and spaCy/medspaCy can log text; a sentinel
    run through the pipeline (and through PyRuSH itself) must reach no log record."""
    import medspacy
    from loguru import logger as loguru_logger

    from pipeline.nlp import silence_third_party_logs

    sentinel = "Zyxqwv-sentinel-4471"
    captured: list[str] = []
    sink = loguru_logger.add(lambda message: captured.append(str(message)), level="TRACE")
    try:
        with caplog.at_level(logging.DEBUG):
            facts_from_text(nlp, f"Right SI joint pain 7/10 for {sentinel}. FABER positive.")
            silence_third_party_logs()
            pyrush = medspacy.load(medspacy_enable=["medspacy_tokenizer", "medspacy_pyrush"])
            pyrush(f"Patient {sentinel} reports pain. No fever.")
    finally:
        loguru_logger.remove(sink)
    assert not any(sentinel in record.getMessage() for record in caplog.records)
    assert not any(sentinel in message for message in captured)


def test_nlp_components_read_dates_in_the_documents_own_order(nlp) -> None:
    """A Doc run component by component (as tests and ``extract_facts`` both do) reads a
    day-first translation's dates day-first: the order is the document's, not a default."""
    text = (
        "[Certified English translation - original in Spanish]\n"
        "PHYSIOTHERAPY DISCHARGE SUMMARY\n"
        "Physiotherapy from 07/04/2025 to 20/06/2025, 14 sessions.\n"
    )
    doc = run(nlp, text, "pt_note")
    starts = {f.start for f in doc._.facts if f.kind == "therapy"}
    assert dt.date(2025, 4, 7) in starts
    assert dt.date(2025, 7, 4) not in starts
