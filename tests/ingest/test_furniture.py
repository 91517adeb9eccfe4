"""Headers, footers and fax banners are masked from the NLP text, offsets unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import read_packet
from pipeline.ingest.furniture import normalise
from pipeline.models import Packet
from tests.ingest.conftest import HEADER
from tests.ingest.pdfs import Sheet, write


def _masked_texts(page) -> list[str]:
    """The masked lines, white space folded (field gaps may render as two spaces)."""
    return [" ".join(page.text[s:e].split()) for s, e in page.masked]


def test_repeated_header_footer_and_banner_are_masked(clinical: Packet) -> None:
    total = len(clinical.pages)
    for page in clinical.pages:
        masked = _masked_texts(page)
        assert masked == [
            f"09/15/2025 10:42 FROM: 555-201-3344 TO: CareSource UM P.{page.file_page}",
            HEADER,
            f"Page {page.file_page} of {total}",
        ]


def test_nlp_text_blanks_masks_and_keeps_offsets(clinical: Packet) -> None:
    for page in clinical.pages:
        nlp = page.nlp_text()
        assert len(nlp) == len(page.text)
        inside = {i for s, e in page.masked for i in range(s, e)}
        for i, (raw, seen) in enumerate(zip(page.text, nlp, strict=True)):
            assert seen == (" " if i in inside and raw != "\n" else raw)
        assert "DOB 03/14/1971" not in nlp and "Page " not in nlp


def test_titles_and_dated_lines_are_never_masked(clinical: Packet) -> None:
    for document in clinical.documents:
        page = clinical.pages[document.first_page - 1]
        assert document.title in page.nlp_text()


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Page 2 of 5", "Page 3 of 5", True),
        ("09/15/2025 10:42 FROM: 555 TO: UM P.1", "09/16/2025 11:02 FROM: 555 TO: UM P.12", True),
        ("Lakeside  Ortho", "lakeside ortho", True),
        ("Page 2 of 5", "Page 2 of 5 (continued)", False),
    ],
)
def test_normalise_folds_digits_case_and_space(a: str, b: str, same: bool) -> None:
    assert (normalise(a) == normalise(b)) is same


BANNER_1 = "09/15/2025 10:42  FROM: 555-201-3344  TO: CareSource UM  P.1"
SINGLE_PAGE_CASES = [
    # (header, header size, footer, banner, masked lines expected)
    (None, 8, "Page 1 of 1", None, ["Page 1 of 1"]),
    (None, 8, None, BANNER_1, [" ".join(BANNER_1.split())]),
    ("Pt: DOE, JANE DOB 03/14/1971", 10, None, None, ["Pt: DOE, JANE DOB 03/14/1971"]),
    ("Lakeside Orthopaedics", 8, None, None, ["Lakeside Orthopaedics"]),
    ("Lakeside Orthopaedics", 10, None, None, []),
]


@pytest.mark.parametrize(
    ("header", "header_size", "footer", "banner", "expected"), SINGLE_PAGE_CASES
)
def test_single_page_file_masks_by_pattern_and_small_print(
    tmp_path: Path,
    header: str | None,
    header_size: float,
    footer: str | None,
    banner: str | None,
    expected: list[str],
) -> None:
    sheet = Sheet(
        header=header,
        header_size=header_size,
        footer=footer,
        banner=banner,
        documents=[
            [
                ("title", "OFFICE VISIT"),
                ("kv", [("Date of Service", "08/28/2025")]),
                ("para", "Pain is 7/10 over the right SI joint."),
            ]
        ],
    )
    packet = read_packet(write(sheet, tmp_path / "one.pdf"))
    page = packet.pages[0]
    assert _masked_texts(page) == expected
    assert "Pain is 7/10 over the right SI joint." in page.nlp_text()
    assert packet.documents[0].title == "OFFICE VISIT"


def test_body_lines_that_repeat_mid_page_are_not_masked(tmp_path: Path) -> None:
    """Same-titled one-page notes: the title on every page reads as a running header
    (masked), yet each visit is still its own document, typed by that title."""
    repeated = "Patient tolerated the session without complication."
    sheet = Sheet(
        header="Carolina Motion PT",
        documents=[
            [
                ("title", "PHYSICAL THERAPY DAILY NOTE"),
                ("kv", [("Visit date", f"01/0{d}/2025")]),
                ("para", "Gluteal strengthening and core work. " * 6),
                ("para", repeated),
            ]
            for d in (6, 7, 8)
        ],
    )
    packet = read_packet(write(sheet, tmp_path / "pt.pdf"))
    for page in packet.pages:
        assert _masked_texts(page) == ["Carolina Motion PT", "PHYSICAL THERAPY DAILY NOTE"]
        assert repeated in page.nlp_text()
    assert [(d.type, d.title, str(d.date), d.first_page) for d in packet.documents] == [
        ("pt_note", "PHYSICAL THERAPY DAILY NOTE", f"2025-01-0{day}", day - 5) for day in (6, 7, 8)
    ]


def test_titles_differing_in_a_number_are_a_series_not_a_running_header(tmp_path: Path) -> None:
    """Two procedure notes titled "... #1" and "... #2" fold to one line, yet each is
    its own document's title: it stays in the NLP text; the clinic header is masked."""
    sheet = Sheet(
        header="Carolina Spine Interventions",
        documents=[
            [
                ("title", f"PROCEDURE NOTE: LEFT SI JOINT DIAGNOSTIC BLOCK #{n}"),
                ("kv", [("Date of procedure", f"0{n + 3}/14/2025")]),
                ("para", "Fluoroscopic guidance with contrast; lidocaine 2% 2 mL. " * 4),
            ]
            for n in (1, 2)
        ],
    )
    packet = read_packet(write(sheet, tmp_path / "blocks.pdf"))
    for number, page in enumerate(packet.pages, start=1):
        assert _masked_texts(page) == ["Carolina Spine Interventions"]
        assert f"DIAGNOSTIC BLOCK #{number}" in page.nlp_text()


@pytest.mark.parametrize(
    ("line", "banner"),
    [
        # fax transmission banners, whole or split by OCR into pieces
        ("12/03/2025 09:54 FROM: +1 828 5550163 TO: 1-800-555-0100 P.001/007", True),
        ("12/03/2025 09:54 FROM: +1 828 5550163", True),
        ("555  TO: 1-800-555-0100 P,003/007", True),
        ("FROM: +1828 5550163 TO; 1-800-555-0100 P,006/007", True),
        ("12/03/2025 09:54", True),
        ("Sep-15-2025 10:42AM From:7045550182 To:18555550199 Page 2/9", True),
        # a sender name between FROM and TO, the page counter as "Pp." ("pp." for pages)
        ("FROM: MAPLE GROVE CLINIC 7045550166 TO: 18005550100 05/11/2026 3:41PM Pp. 2/8", True),
        # the stamp's date with the month's name, in the orders fax machines print it
        ("OCT-02-2026 14:06 LAKEVIEW ORTHO", True),
        ("10/02/2026 2:06PM LAKEVIEW ORTHO", True),
        ("02-OCT-2026 14:06 LAKEVIEW ORTHO", True),
        ("Oct 2 2026 2:06PM LAKEVIEW ORTHO", True),
        ("2 October 2026 14:06 FROM LAKEVIEW", True),
        # the recipient's number, the stamp, and a page counter OCR read with 'I' for '1'
        ("TO: 13365550100 02 OCT 2026 14:06 P. I/4", True),
        ("Oct 2 2026 follow-up: pain 4/10", False),
        ("October 2, 2026 14:06 telephone note with patient", False),
        ("Seen 05/11/2026 at 3:41 pm; pain 4/10 on walking", False),
        # titles and dated lines are not banners
        ("Office Visit 09/15/2025", False),
        ("09/15/2025 10:42 Office visit note", False),
        ("Date of service: 09/15/2025 10:42", False),
        ("Progress note from 01/02/2025 to 03/04/2025", False),
        ("Pain improved from 8 to 3", False),
    ],
)
def test_fax_banner_lines_are_known_whatever_their_size(line: str, banner: bool) -> None:
    from pipeline.ingest.furniture import is_banner

    assert is_banner(line) is banner


def test_nearly_equal_ocr_headers_repeat() -> None:
    from pipeline.ingest.furniture import _similar_counts

    pages = [
        {normalise("Neuse River Orthopaedics, PA | 2300 Neuse Blvd")},
        {normalise("Neuse River Orthopacdies, PLA. | 2300 Neuse Blvd")},
        {normalise("Coastal Rehab Physical Therapy")},
    ]
    counts = _similar_counts(pages)
    assert counts[normalise("Neuse River Orthopaedics, PA | 2300 Neuse Blvd")] == 2
    assert counts[normalise("Coastal Rehab Physical Therapy")] == 1


@pytest.mark.parametrize(
    ("first", "second", "repeated"),
    [
        # two procedure titles alike but for a whole word: two titles, each kept
        (
            "PROCEDURE NOTE: RIGHT SACROILIAC JOINT BLOCK",
            "PROCEDURE NOTE: RIGHT SACROILIAC JOINT INJECTION",
            False,
        ),
        ("Left SI joint diagnostic block report", "Left SI joint therapeutic block report", False),
        ("OPERATIVE REPORT - LUMBAR DISCECTOMY", "OPERATIVE REPORT - LUMBAR LAMINECTOMY", False),
        # a running header misread in a few glyphs, or with a word lost, still repeats
        (
            "COASTAL CAROLINA PAIN & SPINE * PRUITT, CHARLENE A",
            "COASTAL CARULINA PAIN &- SPINE * PRUITT, CHARLENE A",
            True,
        ),
        (
            "Blue Ridge PM&R Procedure Suite | OKAFOR, SAMUEL",
            "Blue Ridge PM&R Procedure Suite OKAFOR, SAMUEL",
            True,
        ),
        # a word split in two, a date misread: the same header
        (
            "CATAWBA VALLEY ORTHOPAEDICS | VOSS, EILEEN T | DOB 01/03/1977",
            "CATAWBA VALL EY ORT IOPABDICS | VOSS, EILEEN T | DOB OLAY3/1977",
            True,
        ),
    ],
)
def test_ocr_titles_differing_in_a_word_are_not_one_header(
    first: str, second: str, repeated: bool
) -> None:
    from pipeline.ingest.furniture import _similar_counts

    counts = _similar_counts([{normalise(first)}, {normalise(second)}])
    assert (counts[normalise(first)] == 2) is repeated


@pytest.mark.parametrize(
    ("lines", "fragments"),
    [
        # a tilted banner OCR'd as two lines: the stamp's date (and time) on a line apart
        (["FROM: +1 704 5550142 TO: 1-800-555-0100 P.002/004", "12/03/2025:09:20", "Clinic"], {1}),
        (["12/03/2025", "09:20 FROM: +1704 5550142 TO: 1-800-555-0100 P.004/004"], {0}),
        (["FROM: 828 555 0163 TO: 800 555 0100 P,003/007", "09:54 AM", "History"], {1}),
        (["1-800-555-0100 P,003/006", "12/03/2025 09:47 FROM: +1 8285550163 TO:"], {0}),
        (["12/03/2025 P,Q0S/006", "09:47. FROM: +1 828 5550163 TO: 1-800-585-0100"], {0}),
        (["12/03/2025 09:59 FROM: +1704 555  1-800-555-0100 P,003/007", "0142 TO:"], {1}),
        # the sender's half of a banner on a line of its own: its name is no title
        (
            [
                "TRIAD  SPINE 336-555-0912 TO: CARESOURCE PA 833-555-  03/09/2026 09: 18 _P. 7/8",
                "FROM: INTERVENTIONAL 8199",
                "GREENSBORO PHYSICAL THERAPY",
            ],
            {1},
        ),
        (["From: Smith Ortho & Spine", "07/01/2025 10:12 TO: 1-800-555-0100 P.003/005"], {0}),
        (["FAX: 555-0100 P.2/6 09:12 07/01/2025", "TO; UTILIZATION MGMT"], {1}),
        # a 'From:' line apart from the banner is a letter's: kept
        (["FROM: +1 704 5550142 TO: 1-800-555-0100 P.002/004", "Clinic", "From: Dr. Lee"], set()),
        # a date line beside no banner is a letter's or a note's date: kept
        (["Cape Fear Spine Institute", "12/03/2025", "Dear Reviewer"], set()),
        (["FROM: +1 704 5550142 TO: 1-800-555-0100 P.002/004", "Clinic", "12/03/2025"], set()),
        (["FROM: +1 704 5550142 TO: 1-800-555-0100 P.002/004", "Visit 12/03/2025"], set()),
    ],
)
def test_a_stamp_split_from_its_banner_is_masked_with_it(
    lines: list[str], fragments: set[int]
) -> None:
    from pipeline.ingest.furniture import _banner_fragments

    assert _banner_fragments(lines) == fragments


def _synthetic_page(lines: list[str], line_height: float = 14.0):
    """A laid-out page of the given lines, top to bottom from the top margin."""
    from pipeline.ingest.furniture import LaidOutPage
    from pipeline.ingest.layout import PageLayout, TextLine

    text, laid, top = "", [], 18.0
    for line in lines:
        laid.append(
            TextLine(len(text), len(text) + len(line), 36, top, 560, top + 11, 10, False, False)
        )
        text += line + "\n"
        top += line_height
    return LaidOutPage(PageLayout(text, b"", tuple(laid), ()), 792.0)


def test_a_banner_tilted_below_the_first_lines_is_masked() -> None:
    """Levelling a skewed fax tilts the sender's level banner; OCR can read its far end
    as a line of its own under the title and identity lines, still in the top band."""
    from pipeline.ingest.furniture import find_masks

    lines = [
        "11/24/2026 09:16 FROM: 9195550330 COUNTY HEALTH",
        "MEDICATION ADMINISTRATION RECORD",
        "Patient: ROE, JOHN  ID 7730021",
        "TO: 3365550779 P. 03/10",
        "Naproxen 500 mg PO BID  start 12/10/25",
    ]
    page = _synthetic_page(lines)
    (masks,) = find_masks([page], lambda text, size, everywhere: False, ocr=[True])
    masked = [page.layout.text[s:e] for s, e in masks]
    assert masked == [lines[0], lines[3]]


def test_lines_below_the_first_ones_are_not_masked_unless_a_banner() -> None:
    from pipeline.ingest.furniture import find_masks

    lines = [
        "SPINE CLINIC NOTE",
        "Patient: ROE, JOHN  ID 7730021",
        "Date of service: 11/02/2026",
        "Page 1 of 2",
        "Right SI joint pain 7/10.",
    ]
    page = _synthetic_page(lines)
    (masks,) = find_masks([page], lambda text, size, everywhere: False, ocr=[True])
    assert masks == ()  # "Page 1 of 2" is furniture by pattern, but not a banner


def test_a_message_header_below_the_first_lines_is_no_banner() -> None:
    """A stamp's date and time alone heads a portal message or a log entry as well as a
    fax: below the first lines only a line naming the fax's numbers or page is masked."""
    from pipeline.ingest.furniture import find_masks

    lines = [
        "PATIENT PORTAL - SECURE MESSAGES",
        "Patient: ROE, JOHN  ID 7730021",
        "Printed 09/24/2026",
        "06/02/2026 19:55 FROM: John Roe",
        "The steroid part lasted about 10 days, then the pain came back.",
    ]
    page = _synthetic_page(lines)
    (masks,) = find_masks([page], lambda text, size, everywhere: False, ocr=[False])
    assert lines[3] not in [page.layout.text[s:e] for s, e in masks]
