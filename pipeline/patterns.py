"""Token patterns for rules written as data: tokenized as the pipeline does, spacing-tolerant.

Used by the target rules (``extractors.rules``) and the ConText rules
(``pipeline.context_rules``) alike.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

Tokenizer = Callable[[str], Doc]


def spacing_tolerant(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A token pattern that also matches across extra spaces and line breaks.

    PDF text wraps phrases across lines and pads cells with runs of spaces; spaCy makes
    each such run a whitespace token, which a plain pattern (or a phrase literal) would
    not step over. Optional whitespace tokens go between consecutive elements.
    """
    out: list[dict[str, Any]] = []
    for index, element in enumerate(pattern):
        if index:
            out.append({"IS_SPACE": True, "OP": "?"})
        out.append(element)
    return out


def literal_pattern(literal: str, tokenizer: Tokenizer) -> list[dict[str, Any]]:
    """A case-insensitive token pattern for a phrase, tokenized by the pipeline's own
    tokenizer (so a phrase matches exactly the tokens the pipeline will make)."""
    return [{"LOWER": token.lower_} for token in tokenizer(literal) if not token.is_space]


def token_pattern(
    spec_pattern: list[dict[str, Any]] | str | None, literal: str, tokenizer: Tokenizer
) -> Any:
    """The pattern a TargetRule gets: regexes as they are; token patterns spacing-tolerant."""
    if isinstance(spec_pattern, str):
        return spec_pattern
    pattern = spec_pattern if spec_pattern is not None else literal_pattern(literal, tokenizer)
    return spacing_tolerant(pattern) if len(pattern) > 1 else pattern
