"""Quotes a reviewer can judge alone: the sentence or table row around a citation.

Every page below is written for these tests (no sentence comes from an evaluation set).
``[[...]]`` marks the cited span; ``expected`` is the quote as the report shows it, the
cited part in brackets and a kept line break as " / ".
"""

from __future__ import annotations

import pytest

from pipeline.charmap import pack_boxes
from pipeline.models import Evidence, Page
from pipeline.report.quotes import clip, locates, merge, passage_for, pieces
from pipeline.report.rules import report_rules

WIDE = "Filler " * 12 + "ends here."  # a full-width line (94 characters) ending a sentence


def _page(marked: str, masked: tuple[tuple[int, int], ...] = ()) -> tuple[Page, list[Evidence]]:
    """A page whose text is ``marked`` without its [[ ]] marks, and the marked spans."""
    text, spans = "", []
    rest = marked
    while "[[" in rest:
        before, _, after = rest.partition("[[")
        cited, _, rest = after.partition("]]")
        text += before
        spans.append((len(text), len(text) + len(cited)))
        text += cited
    text += rest
    page = Page(
        number=1,
        file="p.pdf",
        file_page=1,
        width=612,
        height=792,
        text=text,
        char_boxes=pack_boxes([None] * len(text)),
        masked=masked,
    )
    evidence = [
        Evidence(
            document="p.pdf",
            page=1,
            start=s,
            end=e,
            bbox=(72.0, 100.0 + i * 12, 200.0, 110.0 + i * 12),
            text=text[s:e],
        )
        for i, (s, e) in enumerate(spans)
    ]
    return page, evidence


def _shown(page: Page, evidence: list[Evidence], max_chars: int | None = None) -> list[str]:
    rules = report_rules().context
    limit = max_chars or rules.max_chars
    passages = merge([passage_for(page, e, rules) for e in evidence], {1: page.text}, limit)
    shown = []
    for passage in passages:
        clip(passage, page.text, limit)
        body = "".join(
            " / " if p.text == "\n" else (f"[{p.text}]" if p.cited else p.text)
            for p in pieces(passage, page.text)
        )
        shown.append(f"{passage.header} :: {body}" if passage.header else body)
    return shown


CASES = [
    pytest.param(
        "Seen today for low back pain. She grades it [[8 of 10]] when standing. Sleeps well.",
        ["She grades it [8 of 10] when standing."],
        id="sentence-in-a-paragraph",
    ),
    pytest.param(
        f"{WIDE}\nThe patient describes an ache over the left posterior pelvis that stays\n"
        f"[[above the knee]] and does not travel further. Follow up in six weeks.\n{WIDE}",
        [
            "The patient describes an ache over the left posterior pelvis that stays "
            "[above the knee] and does not travel further."
        ],
        id="sentence-wrapped-over-lines",
    ),
    pytest.param(
        "Referred by Dr. Okafor for evaluation. Exam by Dr. Okafor shows [[pain over the PSIS]].",
        ["Exam by Dr. Okafor shows [pain over the PSIS]."],
        id="abbreviation-does-not-end-a-sentence",
    ),
    pytest.param(
        "Celecoxib 200 mg p.o. daily was [[started in March]] for the joint pain. Tolerating it.",
        ["Celecoxib 200 mg p.o. daily was [started in March] for the joint pain."],
        id="dosing-abbreviation",
    ),
    pytest.param(
        f"{WIDE}\nASSESSMENT:\n[[Sacroiliitis, left]]\n\nPLAN:\nReturn in a month.",
        ["[Sacroiliitis, left]"],
        id="line-under-a-heading",
    ),
    pytest.param(
        f"{WIDE}\n3/14/2025 - Left SIJ block\nUnder CT guidance with contrast. "
        f"Reported [[90% relief]] for three hours.\n{WIDE}",
        ["Reported [90% relief] for three hours."],
        id="sentence-after-a-dated-title",
    ),
    pytest.param(
        f"{WIDE}\n[[4/2/2025]] - Right SIJ block\nGuided by fluoroscopy; "
        f"[[contrast]] seen in the joint.\n{WIDE}",
        ["[4/2/2025] - Right SIJ block / Guided by fluoroscopy; [contrast] seen in the joint."],
        id="title-and-its-sentence-read-together",
    ),
    pytest.param(
        "Visit | Date | Pain\n1 | 01/05/2025 | 7/10\n2 | [[02/02/2025]] | 5/10\n\nDischarged.",
        ["Visit | Date | Pain :: 2 | [02/02/2025] | 5/10"],
        id="table-row-under-its-header",
    ),
    pytest.param(
        "Medication | Dose | Reason\nnaproxen | 500 mg bid | [[back pain]]\n"
        "gabapentin | 300 mg | nerve",
        ["Medication | Dose | Reason :: naproxen | 500 mg bid | [back pain]"],
        id="medication-table-row",
    ),
    pytest.param(
        "Tests: [[FABER positive]] right; [[Gaenslen positive]] right; distraction negative.",
        ["Tests: [FABER positive] right; [Gaenslen positive] right; distraction negative."],
        id="two-citations-one-sentence",
    ),
    pytest.param(
        "No [[erosions]]. No [[fracture]]. Joint space is preserved.",
        ["No [erosions]. No [fracture]."],
        id="neighbouring-sentences-merge",
    ),
    pytest.param(
        "Right SI joint tender.\n\nSeparately, the [[greater trochanter is tender]] as well.",
        ["Separately, the [greater trochanter is tender] as well."],
        id="blank-line-ends-the-paragraph",
    ),
    pytest.param(
        "IMPRESSION: [[Moderate hip arthritis]]!  Next: review films",
        ["IMPRESSION: [Moderate hip arthritis]!"],
        id="exclamation-ends-a-sentence",
    ),
]


@pytest.mark.parametrize(("marked", "expected"), CASES)
def test_quote_is_the_sentence_or_row_around_the_citation(marked, expected):
    page, evidence = _page(marked)
    assert _shown(page, evidence) == expected


def test_long_sentence_is_cut_at_words_around_the_citation():
    words = " ".join(f"word{i}" for i in range(60))
    page, evidence = _page(f"Intro. {words} the [[pain is 6/10]] {words} end.")
    (shown,) = _shown(page, evidence, max_chars=80)
    assert shown.startswith("…") and shown.endswith("…")
    assert "[pain is 6/10]" in shown
    assert len(shown) <= 80 + 2
    original = set(page.text.split())
    inner = shown.strip("…").replace("[", "").replace("]", "")
    assert set(inner.split()) <= original  # never half a word


def test_far_apart_sentences_stay_separate_quotes():
    filler = "Filler sentence about the weather. " * 12
    page, evidence = _page(f"She rates it [[7/10]] today. {filler}Later rated [[4/10]] at rest.")
    assert len(_shown(page, evidence, max_chars=120)) == 2


def test_context_stays_out_of_page_furniture():
    header = "FAX 05/05/2025 PAGE 3 OF 9"
    marked = f"{header}\nPain [[radiates to the groin]] on walking.\n"
    page, evidence = _page(marked, masked=((0, len(header)),))
    (shown,) = _shown(page, evidence)
    assert "FAX" not in shown
    assert shown == "Pain [radiates to the groin] on walking."


@pytest.mark.parametrize(
    ("start_shift", "text"),
    [(0, "something else"), (3, "grades it 8"), (500, "8 of 10")],
    ids=["other-text", "shifted", "past-the-end"],
)
def test_offsets_that_do_not_hold_the_cited_text_are_not_located(start_shift, text):
    page, (evidence,) = _page("She grades it [[8 of 10]] today.")
    moved = evidence.model_copy(
        update={
            "start": evidence.start + start_shift,
            "end": evidence.end + start_shift,
            "text": text,
        }
    )
    assert locates(page, evidence)
    assert not locates(page, moved)


@pytest.mark.parametrize(
    ("warning", "topic"),
    [
        ("request date inferred from the newest dated document (2025-03-02)", "request"),
        ("no request date found in packet.json, the request form or any document", "request"),
        ("packet.json: unknown keys ignored: procedure_code", "request"),
        ("The request names policy MP-XX-1; scored with MP-MM-1366.", "request"),
        (
            "request names both percutaneous and open SIJ fusion codes; procedure left open",
            "procedure",
        ),
        (
            "The request form's ticked box names open SIJ fusion, but the CPT code (27279) names "
            "percutaneous: the code decides (CONTRACT section 1); confirm the requested procedure.",
            "procedure",
        ),
        (
            "The CPT code (27280) names open SIJ fusion, but the request's wording or a ticked "
            "box names percutaneous: the code decides (CONTRACT section 1); confirm it.",
            "procedure",
        ),
        ("The packet requests conflicting procedures (open and percutaneous).", "procedure"),
        ("No requested procedure could be determined, so no criteria were scored.", "procedure"),
        ("The office note and the MRI name different patients (date of birth).", "patient"),
        ("page 4 of b.pdf has no text layer; read by OCR (mean word confidence 55)", None),
        ("page 2 of a.pdf: its text was not read (damaged stream)", None),
    ],
)
def test_warnings_that_change_what_was_reviewed_go_to_the_top(warning, topic):
    from pipeline.report.rules import warning_rule

    rule = warning_rule(warning)
    assert (rule.topic if rule else None) == topic
