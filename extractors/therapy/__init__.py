"""Conservative therapy: what was tried, from when to when, and why it could not go on.

The policy counts six months of active therapy (PT, OT, chiropractic, a supervised home
exercise program) and six months of inactive therapy (rest, ice, heat, devices, TENS,
medication) inside the 12 months before the request, or a physical reason therapy
could not be completed. Notes state therapy as mentions with dates around them:
"PT 2x/wk 02/2025-08/2025", "meloxicam 15 mg daily since 09/2024", "completed formal
physical therapy from 10/07/2024 to 04/24/2025", "HEP issued 04/24/2025", "x 6 months".

Each mention (or a list of them: "ice packs and a heating pad daily since 10/2024")
takes the nearest date expression after it in its clause, else the nearest before it,
else a sentence-wide "since <date>". The interval follows docs/facts.md: ranges as
stated (a month start is its 1st, a month end its last day), "since X" and ongoing
wording end on the document date, a bare duration ends on the document date. A physical
therapy note is itself evidence of PT over its dates of care. ``extractors.assemble``
merges a modality's overlapping or touching intervals.

The family reads by concern: ``mentions`` (what names therapy done), ``dates`` (the
interval a mention's dates give it), ``episodes`` (one fact per mention and interval),
``notes`` (a therapy note's own course) and ``inability`` (why therapy stopped), put
together by ``component``.
"""

from spacy.language import Language

from extractors.rules import load_family_rules
from extractors.therapy.common import FAMILY
from extractors.therapy.component import TherapyExtractor

__all__ = ["TherapyExtractor"]


@Language.factory("authreview_therapy")
def make_therapy(nlp: Language, name: str) -> TherapyExtractor:
    """The therapy extractor component (rules: ``resources/therapy.json``)."""
    return TherapyExtractor(load_family_rules(FAMILY))
