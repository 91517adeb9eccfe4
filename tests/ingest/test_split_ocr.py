"""Titles on OCR'd pages, where each line's size is estimated from a faxed scan's ink.

A fax at 98 dpi makes estimated sizes wander by several points from line to line, so a
page's usual size, and a title's lead over it, must not rest on one line's estimate.
Layouts here are written line by line the way OCR reports them (size per line).
"""

from __future__ import annotations

import pytest

from pipeline.ingest.layout import PageLayout, TextLine
from pipeline.ingest.split import LaidPage, find_title, split_documents
from pipeline.models import DocumentType, Page

Row = tuple[str, float] | tuple[str, float, bool]
"""A line's text, its estimated size, and (optionally) whether it sits in a table."""


def _laid(rows: list[Row], *, number: int = 1, ocr: bool = True, masked: int = 0) -> LaidPage:
    """A page of these lines, 20 points apart; the first ``masked`` lines are masked as
    running headers (the fax banner and patient header furniture finds)."""
    text, lines, spans = "", [], []
    for index, row in enumerate(rows):
        line_text, size = row[0], row[1]
        in_table = bool(row[2]) if len(row) > 2 else False
        start = len(text)
        text += line_text + "\n"
        top = 20.0 * index
        lines.append(
            TextLine(start, start + len(line_text), 50, top, 500, top + 12, size, False, in_table)
        )
        spans.append((start, start + len(line_text)))
    layout = PageLayout(text=text, char_boxes=b"", lines=tuple(lines), tables=())
    page = Page(
        number=number,
        file="fax.pdf",
        file_page=number,
        width=612,
        height=792,
        text=text,
        char_boxes=b"",
        masked=tuple(spans[:masked]),
        ocr=ocr,
    )
    return LaidPage(page, layout)


BANNER = ("12/03/2025 09:38 FROM: +1 704 555 0142 TO: 1-800-555-0100 P.006/009", 7.5)
HEADER = ("Blue Ridge Spine | DOE, JANE | DOB 01/02/1960 | MRN 0012345", 9.0)

# Each page: its lines with sizes as a standard-resolution fax gives them, and the title
# expected. Body lines wander 11-21 points; one long line sized like a title must not
# become the page's usual size and hide the real title under it.
OCR_TITLES = [
    pytest.param(
        [
            BANNER,
            HEADER,
            ("SACROILIAC JOINT BLOCK PROCEDURE NOTES", 19.0),
            ("Mountain Spine Center - Procedure Suite", 16.3),
            ("05/02/2025 - Left SI joint block (diagnostic)", 11.9),
            ("The left sacroiliac joint was entered under fluoroscopy with a spinal needle", 12.1),
            ("and contrast outlined the joint; 2 mL of 1% lidocaine was then injected", 12.4),
            ("without complication. Relief was recorded on the pain diary below by the", 20.6),
            ("patient at intervals after the block.", 18.8),
        ],
        (DocumentType.procedure_note, "SACROILIAC JOINT BLOCK PROCEDURE NOTES"),
        id="capitals-title-under-a-long-line-estimated-large",
    ),
    pytest.param(
        [
            BANNER,
            HEADER,
            ("Injection Notes - Piedmont Interventional Pain Clinic", 14.4),
            ("03/04/2026 Left SI joint injection, therapeutic", 11.1),
            (
                "Fluoroscopic guidance, contrast confirmed flow. Kenalog 40 mg, 1 mL lidocaine.",
                13.7,
            ),
            ("06/10/2026 Left SI joint diagnostic block", 11.1),
            (
                "Fluoroscopic guidance, arthrogram. Bupivacaine 0.5% 2 mL. 80% relief for 6 hours.",
                12.1,
            ),
        ],
        (DocumentType.procedure_note, "Injection Notes - Piedmont Interventional Pain Clinic"),
        id="long-mixed-case-first-line-naming-the-document",
    ),
    pytest.param(
        [
            BANNER,
            HEADER,
            ("RIVERSIDE PAIN CENTER", 15.7),
            ("Return visit - Omar Reyes, DO - 02/14/2026", 11.6),
            ("Seen again for right buttock pain,", 11.1),
            ("Injection history", 11.1),
            (
                "The patient reports that since the last visit her pain has been the same and she",
                16.8,
            ),
            ("walks about a block before she must stop.", 10.3),
            ("Exam today shows tenderness over the right sacroiliac joint.", 10.8),
        ],
        (DocumentType.office_note, "RIVERSIDE PAIN CENTER"),
        id="letterhead-with-a-visit-line-under-it",
    ),
    # specks OCR read as a letter on a line of its own and as a colon before the title
    pytest.param(
        [
            BANNER,
            HEADER,
            ("F", 12.0),
            (":  GREENSBORO PHYSICAL THERAPY", 14.0),
            ("Discharge Summary - Outpatient Orthopedic", 11.5),
            ("Dx: R SIJ dysfunction (M53.3) Episode: 10/27/2025 to 02/09/2026", 11.0),
        ],
        (DocumentType.pt_note, "GREENSBORO PHYSICAL THERAPY"),
        id="speck-letter-line-and-colon-before-the-title",
    ),
    pytest.param(
        [
            BANNER,
            HEADER,
            ("'", 11.0),
            ("| ' . RADIOLOGY REPORT", 13.0),
            ("Exam: MRI lumbar spine without contrast", 11.0),
        ],
        (DocumentType.imaging_report, "RADIOLOGY REPORT"),
        id="speck-marks-before-a-report-title",
    ),
    # a title whose ink read a point or so under the text around it: estimates wander,
    # so it is not small print
    pytest.param(
        [
            BANNER,
            HEADER,
            ("COASTAL PAIN ASSOC. - PROCEDURE NOTE", 12.6),
            ("DOS: 03/02/2026 Physician: K. Osei, MD", 15.0),
            ("Procedure: LEFT sacroiliac joint injection under fluoroscopy.", 13.7),
            ("Injected 1 mL lidocaine 1% and 40 mg triamcinolone.", 13.9),
            ("Post-procedure diary: 30 min 1/10, 2 hr 2/10.", 13.6),
        ],
        (DocumentType.procedure_note, "COASTAL PAIN ASSOC. - PROCEDURE NOTE"),
        id="capitals-title-estimated-a-point-under-the-text",
    ),
    pytest.param(
        [
            BANNER,
            HEADER,
            ("Procedure Note", 11.9),
            ("Date: 04/14/2026 Right SI joint block, fluoroscopic guidance", 13.2),
            ("Omnipaque 180 confirmed the joint; bupivacaine 0.5% 2 mL.", 13.5),
            ("Relief 80% at 4 hours per the patient's log.", 13.4),
        ],
        (DocumentType.procedure_note, "Procedure Note"),
        id="short-title-estimated-over-a-point-under-the-text",
    ),
    pytest.param(
        [
            BANNER,
            HEADER,
            ("RADIOLOGY REPORT", 10.5),
            ("Exam: CT pelvis without contrast   Date: 05/06/2026", 12.0),
            ("Findings: no fracture, no erosive change of the SI joints.", 11.8),
        ],
        (DocumentType.imaging_report, "RADIOLOGY REPORT"),
        id="report-title-read-smaller-than-its-fields",
    ),
]


@pytest.mark.parametrize(("rows", "expected"), OCR_TITLES)
def test_titles_on_ocr_pages(rows: list[Row], expected: tuple[DocumentType, str]) -> None:
    assert find_title(_laid(rows, masked=2)) == expected


CONTINUATIONS = [
    pytest.param(
        [
            BANNER,
            HEADER,
            ("He was seen by physical therapy last spring and the procedure notes", 12.0),
            ("were reviewed with him at this visit; see the plan below.", 12.0),
            ("Plan: continue home exercise.", 12.1),
        ],
        id="sentence-running-on-from-the-page-before",
    ),
    pytest.param(
        [
            BANNER,
            HEADER,
            ("Seaside Physical Therapy | Progress Note | ROE, JOHN | 04/01/2025", 12.0),
            ("continued from the previous page the patient tolerated", 12.0),
            ("exercise without increase in pain.", 12.1),
        ],
        id="a-header-of-fields-is-not-a-title",
    ),
    pytest.param(
        [
            BANNER,
            HEADER,
            ("procedure note reviewed; relief of 80% lasting four hours after the", 12.0),
            ("block, pain back to baseline by evening.", 12.4),
        ],
        id="lower-case-line-naming-a-document",
    ),
]


# On a page whose estimated sizes all run large (a handwritten-looking font), a line
# of text estimated larger still is no title or letterhead unless printed like one.
LARGE_PRINT = [
    ("Date 11/18/2025 Anesthetic: lidocaine 2%", 15.5),
    ("1hr pain 1/10 90% better", 12.9),
    ("4hr pain 3/10 70% better", 12.4),
    ("Reviewed: relief lasting about 3 hours, concordant with the anesthetic.", 25.2),
]
CONTINUATIONS += [
    pytest.param(
        [
            BANNER,
            HEADER,
            *LARGE_PRINT[:1],
            ("Call 01/05 (RN): relief held", 23.7),
            *LARGE_PRINT[1:],
        ],
        id="a-labelled-note-read-large",
    ),
    pytest.param(
        [BANNER, HEADER, *LARGE_PRINT[:1], ("|", 23.7), *LARGE_PRINT[1:]],
        id="a-lone-bar-read-large",
    ),
    pytest.param(
        [BANNER, HEADER, *LARGE_PRINT[:1], ("Flow. Depo-Medrol 40 mg", 23.7), *LARGE_PRINT[1:]],
        id="a-sentence-end-read-large",
    ),
]


@pytest.mark.parametrize("rows", CONTINUATIONS)
def test_continuations_on_ocr_pages(rows: list[Row]) -> None:
    assert find_title(_laid(rows, masked=2)) is None


def test_a_procedure_page_after_an_office_note_starts_its_own_document() -> None:
    office = _laid(
        [
            BANNER,
            HEADER,
            ("OFFICE VISIT - SPINE CLINIC", 18.0),
            ("Date of service: 09/08/2025", 12.0),
            ("She has right buttock pain for two years, worse with sitting and stairs.", 12.3),
        ],
        number=1,
        masked=2,
    )
    procedure = _laid(OCR_TITLES[0].values[0], number=2, masked=2)
    got = [(d.type, d.first_page, d.last_page) for d in split_documents([office, procedure])]
    assert got == [(DocumentType.office_note, 1, 1), (DocumentType.procedure_note, 2, 2)]
