"""Injection events: which joint, when, how it was done, and what it did to the pain.

The policy asks two things of SIJ injections: diagnostic blocks that were image-guided,
contrast-confirmed and gave >= 50% relief for the anesthetic's expected duration, and
steroid injections whose relief later wore off. The answers are spread out: the
procedure note states the technique and a pain diary gives the immediate relief, while
a later office note says the pain came back. This component reads one document:

- in a procedure note, each dated procedure heading ("03/12/2025 - Right SI joint
  block", "Procedure 2 - 04/15/2025", "Date of procedure: ...") opens an *event*
  segment; technique, injectate, stated relief and the diary below it belong to it;
- elsewhere (and for sentences of a procedure note that cite another dated injection)
  every injection *mention* becomes a fact from its sentence or table row, dated when
  the text dates it.

``extractors.assemble`` then links mentions to events by date, joint and side (and an
undated mention only to an event of the kind it names: ``injections.refers.*``). Which
source gave a value is kept in the evidence rule ids (``injections.event``,
``injections.relief.stated``, ``injections.relief.diary``, ...), so assembly can
prefer a stated relief over a computed one.
"""

from spacy.language import Language

from extractors.injections.common import FAMILY
from extractors.injections.component import InjectionExtractor
from extractors.rules import load_family_rules

__all__ = ["InjectionExtractor"]


@Language.factory("authreview_injections")
def make_injections(nlp: Language, name: str) -> InjectionExtractor:
    """The injections extractor component (rules: ``resources/injections.json``)."""
    return InjectionExtractor(load_family_rules(FAMILY))
