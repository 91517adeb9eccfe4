"""OCR of image-only pages: words, boxes on the right words, confidence, deskew."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.charmap import union_bbox
from pipeline.ocr import ocr_pages, tesseract_available

pytestmark = pytest.mark.skipif(
    not tesseract_available(), reason="Tesseract is not installed (make test installs it)"
)

LINES = [
    "OFFICE VISIT NOTE  Date of service: 08/28/2025",
    "Right sacroiliac joint pain is 7/10 today, non-radiating.",
    "FABER positive on the right. Gaenslen positive.",
    "Thigh thrust positive. Compression negative.",
]


def _scan(tmp: Path, degrees: float) -> tuple[Path, Path]:
    """A text PDF and its 'faxed' twin: rasterized at 200 dpi, rotated, with noise."""
    import numpy as np
    import pypdfium2
    from fpdf import FPDF
    from PIL import Image

    text_pdf, scan_pdf = tmp / "text.pdf", tmp / f"scan-{degrees}.pdf"
    pdf = FPDF(format="letter")
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    for line in LINES:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(text_pdf))
    document = pypdfium2.PdfDocument(str(text_pdf))
    image = document[0].render(scale=200 / 72).to_pil().convert("L")
    document.close()
    image = image.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=255)
    noisy = np.asarray(image).astype(np.int16) + np.random.default_rng(7).normal(
        0, 20, (image.height, image.width)
    )
    Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8)).save(scan_pdf, resolution=200)
    return text_pdf, scan_pdf


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory):
    text_pdf, scan_pdf = _scan(tmp_path_factory.mktemp("ocr"), 1.0)
    (page,) = ocr_pages(scan_pdf, [(0, 612.0, 792.0)])
    return text_pdf, page


def test_ocr_reads_the_words(scanned) -> None:
    _, page = scanned
    text = page.text.lower()
    for phrase in (
        "date of service: 08/28/2025",
        "7/10",
        "faber positive",
        "gaenslen positive",
        "thigh thrust positive",
        "compression negative",
    ):
        assert phrase in text
    assert page.confidence is not None and page.confidence > 80


def test_deskew_finds_the_rotation(scanned) -> None:
    _, page = scanned
    assert page.skew_degrees == pytest.approx(-1.0, abs=0.3)


def test_ocr_boxes_land_on_the_words(scanned) -> None:
    """A word's box from the OCR char map sits where the word is drawn in the scan.

    The scan was rotated 1 degree about the page centre, so the expected box is the
    text PDF's word box moved by that rotation (within 3 pt).
    """
    import math

    import pdfplumber

    text_pdf, page = scanned
    with pdfplumber.open(text_pdf) as pdf:
        words = {w["text"]: w for w in pdf.pages[0].extract_words()}
    radians = math.radians(1.0)
    checked = 0
    for target in ("FABER", "Gaenslen", "Compression", "08/28/2025"):
        start = page.text.find(target)
        assert start >= 0, target
        box = union_bbox(page.char_boxes, start, start + len(target))
        w = words[target]
        cx, cy = (w["x0"] + w["x1"]) / 2 - 306, (w["top"] + w["bottom"]) / 2 - 396
        expected_x = 306 + cx * math.cos(radians) + cy * math.sin(radians)
        expected_y = 396 - cx * math.sin(radians) + cy * math.cos(radians)
        assert (box[0] + box[2]) / 2 == pytest.approx(expected_x, abs=3)
        assert (box[1] + box[3]) / 2 == pytest.approx(expected_y, abs=3)
        checked += 1
    assert checked == 4


@pytest.mark.parametrize(
    ("scanned", "read"),
    [
        ("posterior SlJ / sacral sulcus", "posterior SIJ / sacral sulcus"),
        ("S1Js injected", "SIJs injected"),
        ("Sl joint pain", "SI joint pain"),
        ("Sl-joint", "SI-joint"),
        ("PSlS tender", "PSIS tender"),
        ("Slate and Sleep", "Slate and Sleep"),  # ordinary words are left alone
        ("51 joint injection", "SI joint injection"),
        ("L SiJ block", "L SIJ block"),
        ("- {TP L SI jt. No TTP GT", "- TTP L SI jt. No TTP GT"),
        ("(+) Lb, FARBER (+) Ll, Gaenslen", "(+) L , FABER  (+) L , Gaenslen"),
        ("TIP of the coccyx", "TIP of the coccyx"),
        ("06/25/2025 L Sid INJ (THERAPEUTIC)", "06/25/2025 L SIJ INJ (THERAPEUTIC)"),
        ("10/08/2025 lL Sid INJ", "10/08/2025 L  SIJ INJ"),
        ("Fluorg guided, contrast", "Fluoro guided, contrast"),
        ("Sid said", "Sid said"),
        ("10/08/2025 L SIg INJ (THERAPEUTIC)", "10/08/2025 L SIJ INJ (THERAPEUTIC)"),
        ("R Slg diagnostic block #2", "R SIJ diagnostic block #2"),
        ("Sig: 1 tab daily", "Sig: 1 tab daily"),  # a prescription's directions stay
        ("Tender over the right Sid at the PSIS.", "Tender over the right SIJ at the PSIS."),
        ("LEFT S1d PAIN", "LEFT SIJ PAIN"),
        ("Sid left early", "Sid left early"),
        ("L SIlJ block #2", "L SIJ  block #2"),  # an added glyph: padded, offsets kept
        ("R SljJ injection #2", "R SIJ  injection #2"),
        ("left SjIJ block", "left SIJ  block"),
        ("Sijj", "Sijj"),  # no capital J closing it: not the abbreviation
        ("L5-S1 joint space", "L5-S1 joint space"),  # a spinal level stays a level
        ("S1 nerve root", "S1 nerve root"),
        ("CONTRAST (I8OVUE 200)", "CONTRAST (ISOVUE 200)"),
        ("0mnipaqve 240", "omnipaque 240"),
        ("under f1uoroscopic guidance", "under fluoroscopic guidance"),
        ("FLU0ROSCOPY GULDANCE", "FLUOROSCOPY GUIDANCE"),
        ("UNDER CT GULVANCE. IODINATED", "UNDER CT GUIDANCE. IODINATED"),
        ("fluoroscopically guived", "fluoroscopically guided"),
        ("CT-GUIDEN LEFT SI JOINT INJRCTION", "CT-GUIDED LEFT SI JOINT INJECTION"),
        ("1% 1idocaine, 0.5% bupivacalne", "1% lidocaine, 0.5% bupivacaine"),
        ("r0pivacaine 0.2%", "ropivacaine 0.2%"),
        # an a read for o, t for c, v for u or y in the drug and guidance names
        ("2 mL 2% lidacaine", "2 mL 2% lidocaine"),
        ("2% lidycaine 1.5 mL", "2% lidocaine 1.5 mL"),
        ("Tsovue contrast confirmed spread", "Isovue contrast confirmed spread"),
        ("TSOVUE-M 300", "ISOVUE-M 300"),
        ("Contrast Isovve-M 200, 0.5 mL", "Contrast Isovue-M 200, 0.5 mL"),
        # a steroid's name misread (d or a for o, l/1 for i): the injection keeps its steroid
        ("40 mg methylprednisdlone", "40 mg methylprednisolone"),
        ("METHYLPRED NISOLONE", "METHYLPRED NISOLONE"),  # split by a space: not joined
        ("Methy1predniso1one 80 mg", "Methylprednisolone 80 mg"),
        ("triamcinalone 40 mg", "triamcinolone 40 mg"),
        ("TRIAMC1NOLONE", "TRIAMCINOLONE"),
        ("dexamethas0ne 10 mg", "dexamethasone 10 mg"),
        ("R SIJ block, fluorostopy with contrast", "R SIJ block, fluoroscopy with contrast"),
        ("FLUOROSTOPIC GUIDANCE", "FLUOROSCOPIC GUIDANCE"),
        ("0.25% bvpivacaine 2 mL", "0.25% bupivacaine 2 mL"),
        ("Bupiyacaine 0.5%", "Bupivacaine 0.5%"),
        ("Injected Xylacaine 2%", "Injected Xylocaine 2%"),
        ("XYL0CAINE 1%", "XYLOCAINE 1%"),
        ("Rnarcaine 0.5%", "Marcaine  0.5%"),
        ("Marcalne 0.25%", "Marcaine 0.25%"),
        ("Procaine 1%", "Procaine 1%"),  # another anesthetic is not made one of these
        ("stopy", "stopy"),
        ("FA8ER positive, Gaensien's positive", "FABER positive, Gaenslen's positive"),
        ("sacroillac joint", "sacroiliac joint"),
        ("Tendernees", "Tendernees"),  # not a known confusion (e/s): left as read
        ("10 mg/ml", "10 mg/mL"),
        ("70° relief", "70% relief"),
        ("Contrast: yes", "Contrast: yes"),
        ("FABRR (+) R", "FABER (+) R"),
        ("MR! LUMBAR SPINE", "MRI LUMBAR SPINE"),
        ("CT SI! JOINTS", "CT SI  JOINTS"),
        ("Greater trochanter: abscnt", "Greater trochanter: absent"),
        ("Sacral sulcus: prcsent", "Sacral sulcus: present"),
        ("TTP coceyx", "TTP coccyx"),
        ("naproxen, meloxicarn 7.5 mg", "naproxen, meloxicam  7.5 mg"),
        ("horne exercise program", "home  exercise program"),
        ("L5-S1, lurnbar facets", "L5-S1, lumbar  facets"),
        # a speck read as punctuation must not end the sentence a negation governs
        ("No.erosions or ankylosis", "No erosions or ankylosis"),
        ("denies,numbness", "denies numbness"),
        ("No fracture,\n. tumor. or infection", "No fracture,\n  tumor  or infection"),
        # a speck read as a period inside a negated phrase, lower case on both sides
        ("no marrow. oedema pattern to suggest", "no marrow  oedema pattern to suggest"),
        ("without any. erosive change seen", "without any  erosive change seen"),
        ("Negative for acute. displaced fracture", "Negative for acute  displaced fracture"),
        ("No fever. She is well", "No fever. She is well"),  # a capital starts a sentence
        ("the October injection. helped for weeks", "the October injection. helped for weeks"),
        ("approx. 2 weeks", "approx. 2 weeks"),
        # a mark ending a heading line stays: it parts stacked study headings
        ("EXAM: XR PELVIS  .\nXR SI JOINTS", "EXAM: XR PELVIS  .\nXR SI JOINTS"),
        ("Hip: normal ' Knee", "Hip: normal   Knee"),
        ("Dr. Smith and Mrs. Jones", "Dr. Smith and Mrs. Jones"),  # real periods stay
        ("1. Physical therapy", "1. Physical therapy"),
        ("(+) L , FABER", "(+) L , FABER"),  # a comma is not a speck
        # a glyph misread inside a number leaves the number unreadable, not another one
        ("relief for $0 minutes", "relief for X  minutes"),
        ("70% relief x $20 hours", "70% relief x X   hours"),
        ("copay $25", "copay $25"),
        # a diary cell read as capitals: unread, not a diagnosis ("RA" for 86)
        ("30 min | 1 | RA\n1 hour | 1 | 86", "30 min | 1 | X \n1 hour | 1 | 86"),
        ("Pre | 8 | OS\n2 hr | 3 | 40", "Pre | 8 | X \n2 hr | 3 | 40"),
        ("01/13/2026 | RA", "01/13/2026 | RA"),  # a dated row's diagnosis stays
        ("History | 3 | RA", "History | 3 | RA"),
        # a key's colon read as a semicolon; a speck after a bullet
        ("FABER; positive on the right", "FABER: positive on the right"),
        ("- Thigh thrust (P4); neg", "- Thigh thrust (P4): neg"),
        ("Naproxen; TENS; HEP", "Naproxen; TENS; HEP"),
        ("Continue TENS daily; add yoga", "Continue TENS daily; add yoga"),
        ("-. Compression: positive", "-  Compression: positive"),
        ("$IJ provocation", "SIJ provocation"),
        ("TTP L SL / sacral sulcus", "TTP L SI / sacral sulcus"),
        # a side letter read glued to the joint abbreviation before a slash-named site
        ("TTP RST /sacral sulcus", "TTP R SI/sacral sulcus"),
        ("TTP LSlJ / sacral sulcus", "TTP L SIJ/ sacral sulcus"),
        ("Tender R5l /SACRAL SULCUS", "Tender R SI/SACRAL SULCUS"),
        ("FIRST /sacral", "FIRST /sacral"),
        ("RST / PSIS", "RST / PSIS"),
        ("HEP _08/26/2025-11/18/2025 done", "HEP  08/26/2025-11/18/2025 done"),
        ("x ‘04/02/2025", "x  04/02/2025"),
        ("mild sclerosis of the right $I joint", "mild sclerosis of the right SI joint"),
        ("BXAM: Cl’ PELVIS WL'THOUT CONTRAST", "EXAM: CT  PELVIS WITHOUT  CONTRAST"),
        ("MRI SACROILJAC JOINTS. IMPRESSLON:", "MRI SACROILIAC JOINTS. IMPRESSION:"),
        ("FlNDINGS: normal", "FINDINGS: normal"),
        ("Cl level 3", "Cl level 3"),
        ("- Tendemess over the PSIS", "- Tender    over the PSIS"),
        # a leading 0 of a date read as an unclosed bracket ("(1" when the month fails)
        ("Date: (1/31/2025", "Date: 01/31/2025"),
        ("03/1 2/2025 - Right SI joint block", "03/12/2025  - Right SI joint block"),
        ("DOS 1/2 7/2026 by Dr. Lee", "DOS 1/27/2026  by Dr. Lee"),
        ("1/1 2/3 of the pills", "1/1 2/3 of the pills"),  # no year: not a date
        (
            "03/12/2025 - Right sl joint diagnostic block",
            "03/12/2025 - Right SI joint diagnostic block",
        ),
        ("s1-joint", "SI-joint"),
        ("sleep well", "sleep well"),
        ("Service: (19/09/2024 - 01/31/2025", "Service: 09/09/2024  - 01/31/2025"),
        ("seen (1/31/2025)", "seen (1/31/2025)"),
        ("(12/01/2024 - 03/01/2025", "(12/01/2024 - 03/01/2025"),
        # the pronoun I and a bullet read as a bar; a table row keeps its bars
        ("or trauma. | believe surgery is", "or trauma. I believe surgery is"),
        ("| have reviewed the films", "I have reviewed the films"),
        ("| Gaenslen (+) R, FABER (+) R", "- Gaenslen (+) R, FABER (+) R"),
        ("| 2 visits per week", "- 2 visits per week"),
        ("| FABER | + | - |", "| FABER | + | - |"),
        ("SIJ | tender | right", "SIJ | tender | right"),
        ("| tender over PSIS", "| tender over PSIS"),
        # an extra s, a u for the J, INT for INJ in a faxed block heading
        ("12/03/2025 L SsiJ DX BLOCK #1", "12/03/2025 L SIJ  DX BLOCK #1"),
        ("R SsIJ injection", "R SIJ  injection"),
        ("10/08/2025 L Siu INT (THERAPEUTIC)", "10/08/2025 L SIJ INJ (THERAPEUTIC)"),
        ("left Siu block #2", "left SIJ block #2"),
        ("R SIJ Int #1", "R SIJ Inj #1"),
        ("SIJ int rotation", "SIJ int rotation"),  # not a block's heading: left alone
        ("Siu said", "Siu said"),
        # an a read for an o in fluoroscopy
        ("fluorascopy with contrast", "fluoroscopy with contrast"),
        ("FLUOROSCAPIC GUIDANCE", "FLUOROSCOPIC GUIDANCE"),
        # a line holding only a speck's mark joins the lines around it
        ("Pain returned\n-\n~3 wks after the inj", "Pain returned  \n~3 wks after the inj"),
        ("injected, no\n—\nsteroid.", "injected, no  \nsteroid."),
        ("relief for\n'\n2 hours", "relief for  \n2 hours"),
        ("Plan:\n- PT\n- HEP", "Plan:\n- PT\n- HEP"),  # a bullet with its item stays
    ],
)
def test_known_ocr_misreadings_are_corrected_for_the_nlp_only(scanned: str, read: str) -> None:
    from pipeline.charmap import pack_boxes
    from pipeline.document_text import DocumentText, correct_ocr
    from pipeline.models import Document, DocumentType, Page

    assert correct_ocr(scanned) == read
    page = Page(
        number=1,
        file="f.pdf",
        file_page=1,
        width=612,
        height=792,
        text=scanned,
        char_boxes=pack_boxes([(0, 0, 1, 1)] * len(scanned)),
        has_text_layer=False,
        ocr=True,
        ocr_confidence=90.0,
    )
    document = Document(
        id="doc-01",
        type=DocumentType.office_note,
        title="t",
        date=None,
        file="f.pdf",
        first_page=1,
        last_page=1,
    )
    text = DocumentText.from_pages(document, (page,))
    assert text.text == read
    evidence = text.evidence(0, len(read), "test")
    assert evidence.text == scanned  # the citation quotes the scan as it is
    assert evidence.ocr_confidence == 90.0
