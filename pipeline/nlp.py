"""The one place the medspaCy pipeline is assembled.

``load_nlp()`` builds it once per process (spaCy pipelines are not thread-safe and
medspaCy Docs cannot cross process boundaries, so each worker process calls it once and
returns plain facts). Pipeline order:

1. medspaCy's clinical tokenizer;
2. ``clinical_sentences``: spaCy's rule sentencizer plus line-layout boundaries
   (headers without punctuation, list items, table rows);
3. medspaCy's TargetMatcher (``pipeline.targets``: each span also names its rule in
   ``span.id_``, since same-range spans share custom attributes), fed with the shared
   anatomy targets and every extractor's target rules, writing to the span group
   ``targets``. Its overlap pruning is off: medspaCy keeps only the longest of two
   overlapping matches *whatever their category*, so "SI joint fusion" (a request)
   would silently delete "SI joint" (a site) and break another family; each family
   prunes its own categories instead (``extractors.base.targets``);
4. medspaCy's Sectionizer with this domain's section rules (``pipeline.section_rules``:
   headers, and what each section means); a section header must start a line. A
   section sets ConText attributes only where its meaning holds for every family
   (FAMILY HISTORY: a relative; RISKS/CONSENT: hypothetical); medspaCy's default would
   also mark everything under PAST MEDICAL HISTORY historical, but chronic diagnoses
   (rheumatoid arthritis, fibromyalgia) are listed there and are current, so the
   families read such sections through ``section_role``;
5. ConText over the same span group (``pipeline.context``: medspaCy's component with
   each scope kept inside its sentence and off its target's own words), with
   medspaCy's default rules changed where a change earns its place, plus this
   project's (``pipeline.context_rules``);
6. one component per extractor family (``extractors/``), each appending facts to
   ``doc._.facts``.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.targets import TARGET_GROUP

SHARED_TARGET_FAMILIES: tuple[str, ...] = ("anatomy",)
"""Target rules read by several families (anatomical sites); they have no component."""
CONTEXT_SPAN_ATTRS: dict[str, dict[str, bool]] = {
    "NEGATED_EXISTENCE": {"is_negated": True},
    # A "possible"/"concern for" finding is not affirmed, and the policy counts only
    # affirmed findings, so it is hypothetical as well as uncertain.
    "POSSIBLE_EXISTENCE": {"is_uncertain": True, "is_hypothetical": True},
    "HISTORICAL": {"is_historical": True},
    "HYPOTHETICAL": {"is_hypothetical": True},
    # Ordered, recommended, scheduled: not (yet) done, so hypothetical; kept apart from
    # HYPOTHETICAL so that a statement that it was performed ends and overrides it.
    "PLANNED": {"is_hypothetical": True},
    "FAMILY": {"is_family": True},
}
CONTEXT_PIPE = "authreview_context"
EXTRACTOR_FAMILIES: tuple[str, ...] = (
    "pain",
    "exam",
    "injections",
    "therapy",
    "imaging",
    "diagnoses",
    "request",
)


def silence_third_party_logs() -> None:
    """Stop libraries that log document text (PyRuSH logs every token through loguru)."""
    try:
        from loguru import logger as loguru_logger

        loguru_logger.disable("PyRuSH")
        loguru_logger.disable("medspacy")
    except ImportError:  # pragma: no cover - loguru is a medspaCy dependency
        pass
    for name in ("PyRuSH", "medspacy", "spacy", "pdfminer", "PyFastNER"):
        logging.getLogger(name).setLevel(logging.WARNING)


def _register_extensions() -> None:
    if not Doc.has_extension("facts"):
        Doc.set_extension("facts", default=None)
    if not Doc.has_extension("source"):
        Doc.set_extension("source", default=None)


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The configured medspaCy pipeline, built once per process."""
    silence_third_party_logs()
    import medspacy

    import extractors  # noqa: F401  (registers the extractor factories)
    import pipeline.context  # registers authreview_context
    import pipeline.sentences  # registers clinical_sentences
    import pipeline.targets  # noqa: F401  (registers authreview_target_matcher)
    from extractors.rules import target_rules_for
    from pipeline.context_rules import context_rules_from, load_context_file
    from pipeline.section_rules import load_section_rules, section_span_attrs

    _register_extensions()
    nlp = medspacy.load(medspacy_enable=["medspacy_tokenizer"])
    nlp.add_pipe("clinical_sentences")
    matcher = nlp.add_pipe(
        "authreview_target_matcher",
        config={"result_type": "group", "span_group_name": TARGET_GROUP, "prune": False},
    )
    for family in SHARED_TARGET_FAMILIES + EXTRACTOR_FAMILIES:
        matcher.add(target_rules_for(family, nlp.tokenizer))
    sectionizer = nlp.add_pipe(
        "medspacy_sectionizer",
        config={
            "rules": None,
            "input_span_type": "group",
            "span_group_name": TARGET_GROUP,
            "require_start_line": True,
            "span_attrs": section_span_attrs(),
        },
    )
    sectionizer.add(load_section_rules())
    context_spec = load_context_file()
    context = nlp.add_pipe(
        CONTEXT_PIPE,
        config={
            "rules": None,
            "overrides": context_spec.overrides,
            "input_span_type": "group",
            "span_group_name": TARGET_GROUP,
            "span_attrs": CONTEXT_SPAN_ATTRS,
        },
    )
    context.add(context_rules_from(context_spec, nlp.tokenizer))
    for family in EXTRACTOR_FAMILIES:
        nlp.add_pipe(f"authreview_{family}")
    return nlp
