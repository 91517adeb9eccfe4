"""Extractor family 'exam': tenderness, SIJ provocation tests and Waddell signs.

Policy I.B reads the physical exam three ways: tenderness over the posterior SIJ with no
other site (greater trochanter, lumbar spine, coccyx) similarly tender; thigh thrust or
compression positive plus two of Gaenslen's, distraction and FABER; and no nonorganic
(Waddell) signs driving the pain. Exams are written as prose ("Positive FABER and
Gaenslen's on the right"), bullets ("- Thigh thrust: negative") and table rows
("FABER | + | R"); each result is a value of the finding, not a negation (facts.md).
Tables with Left / Right columns ("Test | L | R", "Palpation   Right   Left" on an OCR'd
page without cell separators) give one finding per side column. A side is read from the
finding's own words or cell: not from a symptom in another clause ("positive, reproduces
L buttock pain"), a previous clause or line, or the words that open the next site.
"""

from spacy.language import Language

from extractors.exam.component import ExamExtractor
from extractors.rules import load_family_rules

__all__ = ["ExamExtractor"]


@Language.factory("authreview_exam")
def make_component(nlp: Language, name: str) -> ExamExtractor:
    """Tenderness, provocative tests and nonorganic signs, per docs/facts.md."""
    return ExamExtractor(load_family_rules("exam"))
