"""Fact extractors: one module per family, each a spaCy component registered by factory.

Importing this package registers every factory named in ``pipeline.nlp.EXTRACTOR_FAMILIES``.
"""

from extractors import (  # noqa: F401
    diagnoses,
    exam,
    imaging,
    injections,
    pain,
    request,
    therapy,
)
