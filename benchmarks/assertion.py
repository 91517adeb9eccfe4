"""Assertion (ConText) on the public NegEx/ConText test kit: medspaCy's defaults vs ours.

    .venv/bin/python -m benchmarks.assertion [--data DIR] [--show CATEGORY] [--ablate]

The kit (Chapman et al., chapmanbe/negex; development half in
``<shared data>/negex-context-dev/``, see its README) holds sentences from discharge
summaries, each with one concept written in capitals inside the sentence and its gold
status. Each sentence is one Doc and one sentence; the concept is the only target span.
Two readers, on the same tokenizer (medspaCy's clinical tokenizer, the pipeline's):

(a) medspaCy's default ConText rules, loaded by medspaCy, with its default attributes;
(b) this project's ConText component exactly as ``pipeline.nlp.load_nlp`` builds it
    (``pipeline.context`` with ``pipeline.context_rules``; ``CONTEXT_SPAN_ATTRS``).

Printed side by side, with n (sentences scored) and the number of gold positives:
negation P/R/F1 on ``negex_annotations.tsv`` and on the rsAnnotations file (the same
1,201 sentences in another order, so the two rows agree); historical, hypothetical (the
kit's temporality "Not particular") and experiencer other (the kit's "Family member")
P/R/F1 on the rsAnnotations file. "hypothetical" counts the ConText categories of the
temporality axis (HYPOTHETICAL, and our PLANNED); the pipeline also sets
``is_hypothetical`` for POSSIBLE_EXISTENCE (a possible finding does not count toward a
criterion), which the kit files under certainty, so that flag has its own row.

Where the concept occurs twice in its sentence, the occurrence in capitals is the
target, and of several the last ("ALLERGIES: He has no known ALLERGIES"). A sentence
whose concept is not in it (a few rows quote a neighbouring sentence) is skipped and
counted. The shared README's figures for the defaults (negation P 0.909 R 0.976,
historical P 0.74 R 0.55) took the first occurrence: that reads two negated concepts of
the kit at their earlier, unnegated mention ("history of PE's ... not consistent with
... PE"), which is the recall difference (0.976 vs 0.984 here); precision differs by one
false positive (24 vs 25) whose cause was not found.

``--show negated|historical|hypothetical|other`` lists our disagreements with the gold
for one category (the kit's text is public; this is a benchmark, not a log).
``--ablate`` scores the rules file with one change at a time (a dropped default
restored, a bounded default unbounded, a rule of ours removed): what each is worth here.
A benchmark: it prints figures and asserts nothing.

The data folder is ``--data``, else ``$AUTHREVIEW_SHARED_DATA``, else
``<repo>/../shared/data``.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

KIT_FOLDER = "negex-context-dev"
NEGEX_FILE = "negex_annotations.tsv"
CONTEXT_FILE = "context_rsAnnotations-1-120-random.tsv"
TARGET_LABEL = "CONCEPT"
CATEGORIES = ("negated", "historical", "hypothetical", "hypothetical_or_possible", "other")
GOLD_OF = {"hypothetical_or_possible": "hypothetical"}
TEMPORAL_HYPOTHETICAL = frozenset({"HYPOTHETICAL", "PLANNED"})
"""ConText categories on the kit's temporality axis. The pipeline also sets
``is_hypothetical`` for POSSIBLE_EXISTENCE (a possible finding does not count toward a
criterion); that is a certainty, not a temporality, so the kit's "Not particular" is
compared with these categories, and the pipeline's flag is printed as its own row."""


@dataclass(frozen=True)
class KitSentence:
    """One row of the kit: a sentence, its concept, and the gold flags it states
    (``None`` where the file has no such column)."""

    row: int
    concept: str
    sentence: str
    negated: bool
    historical: bool | None = None
    hypothetical: bool | None = None
    other: bool | None = None


Flags = dict[str, bool]
Reader = Callable[[str, tuple[int, int]], Flags]


def default_data_dir() -> Path:
    """``$AUTHREVIEW_SHARED_DATA``, else the shared folder beside the repository."""
    configured = os.environ.get("AUTHREVIEW_SHARED_DATA")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[1].parent / "shared" / "data"


def _rows(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle, delimiter="\t")
        next(reader, None)
        return [row for row in reader if len(row) >= 4]


def load_negex(path: Path) -> list[KitSentence]:
    """``negex_annotations.tsv``: report, concept, sentence, Affirmed/Negated."""
    return [
        KitSentence(row=i, concept=r[1], sentence=r[2], negated=r[3].strip() == "Negated")
        for i, r in enumerate(_rows(path), start=1)
    ]


def load_context(path: Path) -> list[KitSentence]:
    """The rsAnnotations file: line, condition, sentence, negation, temporality
    (Recent / Historical / Not particular = hypothetical), experiencer (Patient /
    Family member)."""
    return [
        KitSentence(
            row=i,
            concept=r[1],
            sentence=r[2],
            negated=r[3].strip() == "Negated",
            historical=r[4].strip() == "Historical",
            hypothetical=r[4].strip() == "Not particular",
            other=r[5].strip() != "Patient",
        )
        for i, r in enumerate(_rows(path), start=1)
    ]


def concept_span(sentence: str, concept: str) -> tuple[int, int] | None:
    """Where the concept stands in its sentence: the kit writes it in capitals there, so
    an occurrence in capitals wins over one in lower case; of several, the last (the
    kit's "ALLERGIES: He has no known ALLERGIES" marks the second)."""
    words = concept.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words), re.IGNORECASE)
    found = list(pattern.finditer(sentence))
    if not found:
        return None
    capitals = [m for m in found if m.group(0).upper() == m.group(0)]
    chosen = (capitals or found)[-1]
    return chosen.start(), chosen.end()


def _one_sentence_doc(nlp: Language, text: str, where: tuple[int, int]) -> Doc | None:
    """A Doc of the text as one sentence with the concept as its only target span."""
    from pipeline.nlp import TARGET_GROUP

    doc = nlp.make_doc(text)
    if not len(doc):
        return None
    for token in doc:
        token.is_sent_start = token.i == 0
    span = doc.char_span(where[0], where[1], label=TARGET_LABEL, alignment_mode="expand")
    if span is None or not len(span):
        return None
    doc.spans[TARGET_GROUP] = [span]
    return doc


def _flags(span: Span) -> Flags:
    return {
        "negated": bool(span._.is_negated),
        "historical": bool(span._.is_historical),
        "hypothetical": any(m.category in TEMPORAL_HYPOTHETICAL for m in span._.modifiers),
        "hypothetical_or_possible": bool(span._.is_hypothetical or span._.is_uncertain),
        "other": bool(span._.is_family),
    }


def _reader(nlp: Language, component: Callable[[Doc], Doc]) -> Reader:
    def read(text: str, where: tuple[int, int]) -> Flags:
        from pipeline.nlp import TARGET_GROUP

        doc = _one_sentence_doc(nlp, text, where)
        if doc is None:
            return {}
        return _flags(component(doc).spans[TARGET_GROUP][0])

    return read


def defaults_reader() -> Reader:
    """(a) medspaCy's default ConText rules and attributes, on the pipeline's tokenizer."""
    import medspacy

    from pipeline.nlp import TARGET_GROUP, silence_third_party_logs

    silence_third_party_logs()
    nlp = medspacy.load(medspacy_enable=["medspacy_tokenizer"])
    context = nlp.add_pipe(
        "medspacy_context",
        name="default_context",
        config={"rules": "default", "input_span_type": "group", "span_group_name": TARGET_GROUP},
    )
    return _reader(nlp, context)


def project_reader() -> Reader:
    """(b) The pipeline's own ConText component, as ``load_nlp`` builds it."""
    from pipeline.nlp import CONTEXT_PIPE, load_nlp

    nlp = load_nlp()
    return _reader(nlp, nlp.get_pipe(CONTEXT_PIPE))


def variant_reader(spec_file) -> Reader:
    """Our component with another rules file (for ``--ablate``): same tokenizer, same
    attributes, the rules ``spec_file`` describes."""
    import medspacy

    import pipeline.context  # noqa: F401  (registers authreview_context)
    from pipeline.context_rules import context_rules_from
    from pipeline.nlp import CONTEXT_SPAN_ATTRS, TARGET_GROUP, load_nlp

    load_nlp()  # registers the span extensions the attributes name
    nlp = medspacy.load(medspacy_enable=["medspacy_tokenizer"])
    context = nlp.add_pipe(
        "authreview_context",
        name="variant_context",
        config={
            "span_group_name": TARGET_GROUP,
            "span_attrs": CONTEXT_SPAN_ATTRS,
            "overrides": spec_file.overrides,
        },
    )
    context.add(context_rules_from(spec_file, nlp.tokenizer))
    return _reader(nlp, context)


@dataclass
class Counts:
    """Confusion counts of one binary attribute."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    n: int = 0

    def add(self, gold: bool, predicted: bool) -> None:
        self.n += 1
        self.tp += gold and predicted
        self.fp += predicted and not gold
        self.fn += gold and not predicted

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else None


@dataclass
class Scored:
    counts: dict[str, Counts]
    skipped: int
    disagreements: dict[str, list[tuple[KitSentence, bool]]]


def score(sentences: Iterable[KitSentence], read: Reader, categories: Iterable[str]) -> Scored:
    """Counts per category of one reader over the kit's sentences."""
    wanted = tuple(categories)
    counts = {category: Counts() for category in wanted}
    disagreements: dict[str, list[tuple[KitSentence, bool]]] = {c: [] for c in wanted}
    skipped = 0
    for item in sentences:
        where = concept_span(item.sentence, item.concept)
        flags = read(item.sentence, where) if where else {}
        if not flags:
            skipped += 1
            continue
        for category in wanted:
            gold = bool(getattr(item, GOLD_OF.get(category, category)))
            counts[category].add(gold, flags[category])
            if gold != flags[category]:
                disagreements[category].append((item, flags[category]))
    return Scored(counts, skipped, disagreements)


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def _cells(c: Counts) -> str:
    return f"{_fmt(c.precision)} {_fmt(c.recall)} {_fmt(c.f1)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=None, help="the shared data folder")
    parser.add_argument("--show", choices=CATEGORIES, help="list our disagreements")
    parser.add_argument(
        "--ablate",
        action="store_true",
        help="each dropped default restored, each adjusted default unadjusted, each rule "
        "of ours removed: the change it makes to the figures",
    )
    args = parser.parse_args(argv)
    folder = (args.data or default_data_dir()) / KIT_FOLDER
    negex_path, context_path = folder / NEGEX_FILE, folder / CONTEXT_FILE
    missing = [p for p in (negex_path, context_path) if not p.is_file()]
    if missing:
        print(
            f"NegEx/ConText kit not found: {', '.join(str(p) for p in missing)}.\n"
            "Pass --data DIR or set AUTHREVIEW_SHARED_DATA to the folder holding "
            f"{KIT_FOLDER}/ (see the shared data README).",
            file=sys.stderr,
        )
        return 2
    kit = {
        NEGEX_FILE: (load_negex(negex_path), ("negated",)),
        CONTEXT_FILE: (load_context(context_path), CATEGORIES),
    }
    if args.ablate:
        return ablate(kit)
    readers = {"medspaCy defaults": defaults_reader(), "authreview": project_reader()}
    results = {
        (name, file): score(sentences, read, categories)
        for name, read in readers.items()
        for file, (sentences, categories) in kit.items()
    }
    names = list(readers)
    print(f"{'':44} {'n':>5} {'gold+':>5}   " + "   ".join(f"{n:^20}" for n in names))
    print(f"{'':44} {'':5} {'':5}   " + "   ".join(f"{'P     R     F1':^20}" for _ in names))
    for file, (_, categories) in kit.items():
        for category in categories:
            first = results[(names[0], file)].counts[category]
            row = "   ".join(_cells(results[(n, file)].counts[category]) for n in names)
            label = f"{category} ({'negex' if file == NEGEX_FILE else 'rsAnnotations'})"
            print(f"{label:44} {first.n:5} {first.tp + first.fn:5}   {row}")
    for file in kit:
        skipped = results[(names[-1], file)].skipped
        print(f"{file}: {skipped} sentence(s) skipped (concept not found in the sentence)")
    if args.show:
        _show(results, names[-1], args.show)
    return 0


ABLATED = (
    (NEGEX_FILE, "negated"),
    (CONTEXT_FILE, "historical"),
    (CONTEXT_FILE, "hypothetical"),
    (CONTEXT_FILE, "other"),
)


def ablate(kit: dict[str, tuple[list[KitSentence], tuple[str, ...]]]) -> int:
    """One change at a time to the rules file, scored against the full file: what each
    dropped default, scope adjustment and rule of ours is worth on the kit (a rule
    whose row is all zeros has no wording here and rests on the domain cases)."""
    from pipeline.context_rules import load_context_file

    spec = load_context_file()

    def scores(spec_file) -> dict[tuple[str, str], Counts]:
        read = variant_reader(spec_file)
        out = {}
        for file, category in ABLATED:
            out[(file, category)] = score(kit[file][0], read, (category,)).counts[category]
        return out

    base = scores(spec)
    drops, adjusts = spec.drop_default, spec.adjust_default
    variants = [
        (f"restore default {d.literal!r}", {"drop_default": [x for x in drops if x != d]})
        for d in drops
    ]
    variants += [
        (f"unbound default {a.literal!r}", {"adjust_default": [x for x in adjusts if x != a]})
        for a in adjusts
    ]
    variants += [
        (f"without {r.id}", {"rules": [x for x in spec.rules if x.id != r.id]}) for r in spec.rules
    ]
    header = "".join(f"{c[:5]:>8} dP   dR " for _, c in ABLATED)
    print(f"{'change (delta = changed - ours; negative: the change costs)':58}{header}")
    for label, update in variants:
        changed = scores(spec.model_copy(update=update))
        cells = ""
        for key in ABLATED:
            dp = _delta(changed[key].precision, base[key].precision)
            dr = _delta(changed[key].recall, base[key].recall)
            cells += f"      {dp:+.3f} {dr:+.3f}"
        print(f"{label:58}{cells}")
    return 0


def _delta(new: float | None, old: float | None) -> float:
    return (new or 0.0) - (old or 0.0)


def _show(results: dict[tuple[str, str], Scored], name: str, category: str) -> None:
    for (reader, file), scored in results.items():
        if reader != name or category not in scored.disagreements:
            continue
        print(f"\n## {name}: {category} disagreements in {file}")
        for item, predicted in scored.disagreements[category]:
            wrong = "FP" if predicted else "FN"
            sentence = " ".join(item.sentence.split())
            print(f"{wrong} {item.row:5} [{item.concept.strip()}] {sentence}")


if __name__ == "__main__":
    sys.exit(main())
