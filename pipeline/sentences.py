"""Sentence boundaries for clinical layout.

Sentence boundaries decide ConText's scope: a "no" on one line must not negate a finding
on the next. Clinical PDFs put facts on lines with no final punctuation (headers, bullet
items, key-value lines, table rows whose cells ingestion joins with " | "), while prose
wraps mid-sentence at line ends, so neither "every line break" nor "punctuation only"
is right. This component takes spaCy's rule sentencizer (punctuation) and adds a
boundary where the *layout* says a new unit starts:

- after a blank line;
- before and after a table row, a header (a line ending in ":" or a short line in
  capitals), a bullet or numbered item, and before a "Key: value" line; after an
  inline section header in capitals ("IMPRESSION: Left SI joint dysfunction");
- after a line much shorter than the document's wrapped lines (the end of a paragraph
  or a one-line entry), unless the next line starts in lower case, the line ends in
  a comma, hyphen or connective, or it is a bullet item's first line ending mid-phrase
  (then it is a wrap).

A plain wrap (a full-width line continued on the next) is never a boundary, nor is a
line of fax specks between two lines ("no inflammatory / . / or destructive process":
OCR reads a speck as a lone '.'); the lines around it are read as if it were not there.
``benchmarks/sentence_splitters.py`` compares this with PyRuSH and the bare sentencizer.
"""

import re
from functools import cache

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

_SENTENCIZER = Sentencizer()

_BULLET = re.compile(r"^\s*(?:[-*•·▪◦]|o(?=\s)|\(?\d{1,2}[.)](?!\d)|\(?[a-hA-H][.)](?=\s))\s*")
_KEY_VALUE = re.compile(r"^\s*[A-Z][A-Za-z0-9 /&()'#.-]{0,40}:(?:\s|$)")
_TABLE_ROW = re.compile(r"\S\s*\|\s*\S|^\s*\|")
_CONNECTIVE_END = re.compile(
    r"(?:[,;/&(-]|\b(?:and|or|of|the|a|an|to|with|without|for|in|on|at|by|from|as|"
    r"over|into|but|than|that|which|is|are|was|were|has|had|her|his|their)\b)\s*$",
    re.IGNORECASE,
)
_ABBREVIATIONS = frozenset(
    {
        *("dr.", "mr.", "mrs.", "ms.", "st.", "vs.", "e.g.", "i.e.", "etc.", "approx."),
        *("no.", "pt.", "inc.", "jr.", "sr.", "fig.", "dept.", "a.m.", "p.m.", "u.s."),
        *("b.i.d.", "t.i.d.", "q.i.d.", "p.r.n.", "q.d.", "h.s.", "p.o."),
    }
)
_SALUTATION = re.compile(
    r"^\s*(?:dear\b.*|sincerely|regards|respectfully|best regards|thank you)[,:]?\s*$",
    re.IGNORECASE,
)
_SPECK_LINE = re.compile(r"^[ \t]*[.,'`\u00b7:]{1,2}[ \t]*$")
_SENTENCE_END = re.compile(r"[.;:!?]\s*$")
_INLINE_HEADER = re.compile(r"^\s*([A-Z][A-Z/& ]{2,40}):\s*(?=\S)")
_SHORT_LINE_RATIO = 0.6
_DEFAULT_WIDTH = 80


@cache
def _section_headers() -> frozenset[str]:
    """The section headers of ``pipeline/resources/section_rules.json``, in capitals."""
    from pipeline.section_rules import load_section_specs

    return frozenset(h.upper() for spec in load_section_specs() for h in spec.headers)


def _is_colon_header(line: str) -> bool:
    """A short line ending in a colon that starts like a heading ('Findings include:')."""
    stripped = line.strip()
    return (
        stripped.endswith(":")
        and len(stripped.split()) <= 6
        and (stripped[:1].isupper() or stripped[:1].isdigit() or bool(_BULLET.match(line)))
    )


def _is_caps_header(line: str) -> bool:
    """A short line in capitals ('PHYSICAL EXAM', 'ASSESSMENT AND PLAN')."""
    letters = [c for c in line if c.isalpha()]
    return (
        len(letters) >= 3
        and all(c.isupper() for c in letters)
        and len(line.split()) <= 6
        and not line.rstrip().endswith((",", "-"))
    )


def _wrapped_item(previous: str) -> bool:
    """The second line of a bullet item whose first line (``previous``) ended mid-phrase."""
    return bool(_BULLET.match(previous)) and not _SENTENCE_END.search(previous)


def _is_speck_line(lines: list[str], i: int) -> bool:
    """A line of one or two punctuation specks between a line that ends mid-phrase and
    another line of text: fax noise OCR read as text, not the end of a sentence."""
    if not (0 < i < len(lines) - 1 and _SPECK_LINE.match(lines[i])):
        return False
    return bool(
        lines[i - 1].strip() and lines[i + 1].strip() and not _SENTENCE_END.search(lines[i - 1])
    )


def _typical_width(lines: list[str]) -> int:
    """The width prose wraps at: a high percentile of the longer lines' lengths."""
    lengths = sorted(len(line.strip()) for line in lines if len(line.split()) >= 5)
    if len(lengths) < 3:
        return _DEFAULT_WIDTH
    return max(40, lengths[int(0.9 * (len(lengths) - 1))])


def layout_boundaries(text: str) -> set[int]:
    """Character offsets where the layout starts a new sentence (first non-space char)."""
    lines = text.split("\n")
    starts: list[int] = []
    offset = 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    width = _typical_width(lines)
    boundaries: set[int] = set()

    def first_char(index: int) -> int | None:
        line = lines[index]
        stripped = len(line) - len(line.lstrip())
        return starts[index] + stripped if line.strip() else None

    structural = [
        bool(line.strip())
        and (_TABLE_ROW.search(line) is not None or _is_colon_header(line) or _is_caps_header(line))
        for line in lines
    ]
    specks = [_is_speck_line(lines, i) for i in range(len(lines))]
    for i, line in enumerate(lines):
        here = first_char(i)
        if here is None or specks[i]:
            continue
        p = i - 1
        while p > 0 and specks[p]:
            p -= 1  # a speck line between two lines is not there
        previous_blank = i == 0 or not lines[p].strip()
        after_closing = i > 0 and (lines[p].rstrip().endswith(":") or _SALUTATION.match(lines[p]))
        inline = _INLINE_HEADER.match(line)
        if (
            inline
            and inline.end() < len(line.rstrip())
            and inline.group(1).strip().upper() in _section_headers()
        ):
            boundaries.add(starts[i] + inline.end())
        if (
            previous_blank
            or structural[i]
            or _BULLET.match(line)
            or _KEY_VALUE.match(line)
            or (i > 0 and structural[p])
            or after_closing
        ):
            boundaries.add(here)
            continue
        previous = lines[p].strip()
        continues = (
            line.lstrip()[:1].islower()
            or _CONNECTIVE_END.search(previous)
            or _wrapped_item(lines[p])
        )
        if not continues and len(previous) < _SHORT_LINE_RATIO * width:
            boundaries.add(here)
    return boundaries


def speck_continuations(text: str) -> set[int]:
    """Offsets that continue the sentence across a speck line (``_is_speck_line``): from
    the line break before the specks to the first character of the line after them."""
    lines = text.split("\n")
    offsets: set[int] = set()
    offset = 0
    for i, line in enumerate(lines):
        if _is_speck_line(lines, i):
            following = lines[i + 1]
            first = offset + len(line) + 1 + len(following) - len(following.lstrip())
            offsets.update(range(offset - 1, first + 1))  # its line breaks too
        offset += len(line) + 1
    return offsets


@Language.component("clinical_sentences")
def clinical_sentences(doc: Doc) -> Doc:
    """Punctuation boundaries (spaCy's sentencizer) plus line-layout boundaries."""
    doc = _SENTENCIZER(doc)
    text = doc.text  # built from the tokens on every access: once here
    boundaries = layout_boundaries(text)
    continued = speck_continuations(text)
    # Written back in one array: each ``token.is_sent_start = ...`` rescans the whole
    # Doc (spaCy checks for a parse), which made long notes quadratic.
    starts = doc.to_array([SENT_START]).astype("int64").reshape(-1, 1)
    for token in doc[1:]:
        if token.idx in boundaries and not token.is_space:
            starts[token.i, 0] = 1
        elif (
            token.idx in continued
            or _after_item_number(doc, text, token)
            or _after_comma(doc, token)
            or _after_query_mark(doc, token)
        ):
            starts[token.i, 0] = -1
        elif not token.is_space and _ends_with_period(doc[token.i - 1], token):
            starts[token.i, 0] = 1
    doc.from_array([SENT_START], starts.astype("uint64"))  # -1 wraps, as spaCy stores it
    return doc


def _after_comma(doc: Doc, token) -> bool:
    """'600 mg t.i.d.,' then a wrap: nothing starts a sentence right after a comma."""
    i = token.i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i >= 0 and doc[i].text.endswith(",")


def _after_query_mark(doc: Doc, token) -> bool:
    """'?fibromyalgia', 'SIJ pain ? radiculopathy': a question mark glued to the word
    after it, or standing alone between words of one line, queries what follows
    (shorthand for 'query'); it ends no sentence. A question's own mark is glued to
    the word before it ('Any fevers? Denies.') and still ends one."""
    previous = doc[token.i - 1]
    if previous.text != "?" or not token.text[:1].isalnum():
        return False
    if previous.whitespace_ == "":
        return token.text[:1].isalpha()
    before = doc[previous.i - 1] if previous.i > 0 else None
    stands_alone = before is None or before.whitespace_ != "" or before.text.endswith(":")
    return previous.whitespace_ == " " and stands_alone


def _after_item_number(doc: Doc, text: str, token) -> bool:
    """'1. L SIJ dysfunction': the period of a list number does not end a sentence."""
    if token.i < 2:
        return False
    period, number = doc[token.i - 1], doc[token.i - 2]
    if period.text not in {".", ")"} or not number.text.isdigit() or len(number.text) > 2:
        return False
    line_start = text.rfind("\n", 0, number.idx) + 1
    return not text[line_start : number.idx].strip(" -*•")


def _ends_with_period(previous, token) -> bool:
    """'... rule out PsA. Father ...': the tokenizer kept the period on an abbreviation."""
    text = previous.text
    return (
        len(text) > 2
        and text.endswith(".")
        and bool(text.strip("."))  # a dot leader ("Gaenslen ...... POSITIVE") ends nothing
        and text.lower() not in _ABBREVIATIONS
        and previous.whitespace_ != ""
        and token.text[:1].isupper()
    )
