"""The policy as data: the models a policy file must satisfy, checked when it loads.

A policy file (``policy/resources/*.yaml``, one per version) names the policy, its version
and effective date, and for each procedure its criteria in policy order. A criterion
states its clinical meaning, what to ask the provider for when documentation is
missing, its parameters (every threshold, count, window and duration), and its outcome
rules written in the small logic vocabulary of ``policy.logic`` (see
``policy/README.md``). Everything is validated here, at load time: unknown keys,
unknown fact kinds or fields, values a field cannot take, unknown predicates or
predicate parameters, ``$parameter`` references that do not resolve, parameters no
rule uses, and explanation placeholders that do not exist all fail the load, so a
bad policy never reaches a packet.
"""

from __future__ import annotations

import datetime as dt
import string
from typing import Annotated, Any, ClassVar, Literal, Union, get_args

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    PrivateAttr,
    Tag,
    TypeAdapter,
    ValidationError,
    model_validator,
)

from pipeline.models import PROVENANCE_FIELDS, Fact, PolicyRef, Procedure, Status
from pipeline.records import record_spec
from policy.predicates import PREDICATES, PredicateParams

FACT_MODELS: dict[str, type[BaseModel]] = {
    cls.model_fields["kind"].default: cls for cls in get_args(get_args(Fact)[0])
}
"""Fact kind -> its model, read from the ``Fact`` union so new kinds need no change here."""

UNFILTERABLE_FIELDS = frozenset({"kind", "id", "evidence", "context"}) | PROVENANCE_FIELDS
"""Not readable in ``where``: provenance is read through ``prefer_primary`` and
``findings_read``, which say what it means (a tie-break may order by ``source_date``)."""
ORDERABLE_PROVENANCE = frozenset({"source_date"})
TEMPLATE_FIELDS = frozenset({"facts", "notes", "cited"})
"""Placeholders every explanation may use besides the criterion's parameters."""

Scalar = str | int | float | bool | None


class Model(BaseModel):
    """Base of every policy-file model: immutable, unknown keys are errors."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


def _as_tuple(value: Any) -> Any:
    return tuple(value) if isinstance(value, list | tuple) else (value,)


Values = Annotated[tuple[Scalar, ...], BeforeValidator(_as_tuple)]
"""One value or a list of accepted values (a list means 'any of')."""


def _check_field(
    kind: str, field: str, values: tuple[Scalar, ...] | None = None, *, order: bool = False
) -> None:
    model = FACT_MODELS[kind]
    readable = order and field in ORDERABLE_PROVENANCE
    if (field in UNFILTERABLE_FIELDS and not readable) or field not in model.model_fields:
        raise ValueError(f"fact kind {kind!r} has no field {field!r} a rule can read")
    if order:
        types = set(get_args(model.model_fields[field].annotation)) or {
            model.model_fields[field].annotation
        }
        if not types - {type(None)} <= {int, float, dt.date}:
            raise ValueError(f"{kind}.{field} is not a number or a date: cannot order by it")
    adapter = TypeAdapter(model.model_fields[field].annotation)
    for value in values or ():
        try:
            adapter.validate_python(value, strict=False)
        except ValidationError as error:
            raise ValueError(f"{kind}.{field} cannot be {value!r}") from error


# --------------------------------------------------------------------------- selection


class PredicateRef(Model):
    """A registered predicate applied to each candidate fact (see ``policy.predicates``)."""

    predicate: str
    params: dict[str, Any] = {}
    _parsed: PredicateParams | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _resolve(self) -> PredicateRef:
        if self.predicate not in PREDICATES:
            raise ValueError(f"unknown predicate {self.predicate!r}")
        self._parsed = PREDICATES[self.predicate].params.model_validate(self.params)
        return self

    @property
    def parsed(self) -> PredicateParams:
        if self._parsed is None:  # unreachable: the validator always sets it
            raise RuntimeError(f"predicate {self.predicate!r} parameters were not validated")
        return self._parsed


class TieBreak(Model):
    """Among facts on the same (most recent) day, prefer the highest or lowest ``field``
    (an unstated value ranks below every stated one). A list of them is applied in
    order, each among the facts the previous ones left tied."""

    field: str
    prefer: Literal["highest", "lowest"]


class ExceptSame(Model):
    """Drop a fact when another fact of its kind with the same ``field`` matches ``where``.

    E.g. a negative Patrick's test does not count as negative when Patrick's test is also
    documented positive: ``except_same: {field: test, where: {result: positive}}``.
    """

    field: str
    where: dict[str, Values]


class Select(Model):
    """Which facts a rule looks at. Filters apply in the order the fields are listed."""

    kind: str
    where: dict[str, Values] = {}
    same_side: bool = Field(
        default=False, description="Only facts compatible with the requested side."
    )
    within_months: int | None = Field(
        default=None,
        ge=1,
        description="Only facts whose days overlap the N calendar months ending on the "
        "request date (an episode overlaps; a dated fact falls inside).",
    )
    older_than_months: int | None = Field(
        default=None,
        ge=1,
        description="Only dated facts that ended before the N months ending on the request.",
    )
    on_or_before_request: bool = Field(
        default=False, description="Drop facts dated after the request date (undated stay)."
    )
    except_same: ExceptSame | None = None
    satisfies: tuple[PredicateRef, ...] = ()
    pick: Literal["all", "most_recent"] = "all"
    tie_break: Annotated[tuple[TieBreak, ...], BeforeValidator(_as_tuple)] = Field(
        default=(),
        description="How 'most_recent' chooses among facts of the same day; the facts it "
        "was chosen over are shown with it.",
    )
    prefer_primary: bool = Field(
        default=False,
        description="Primary documents outrank summaries (CONTRACT section 4): drop a "
        "fact read from another document's account of an event when the packet holds the "
        "event's record (pipeline/resources/records.json) agreeing on the kind's 'same' "
        "fields with overlapping days, whatever the record's values.",
    )
    findings_read: bool = Field(
        default=False,
        description="Only studies whose own findings were read (a finding was stated about "
        "them where they were read), not studies only named.",
    )
    context: Literal["current", "negated", "suspected"] = Field(
        default="current",
        description="'current' (affirmed, current, the patient's): the only facts that can "
        "decide met or not_met. 'negated': documented absence, usable only in 'cite'. "
        "'suspected' (uncertain: possible, to rule out, suspicious for, in a differential; "
        "not negated, the patient's): can decide only an insufficient clause, so a work-up "
        "in progress holds a criterion open and never meets or fails it. A condition, a "
        "plan or a payer's list of what it covers is not a suspicion.",
    )

    @model_validator(mode="after")
    def _fields_exist(self) -> Select:
        if self.kind not in FACT_MODELS:
            raise ValueError(f"unknown fact kind {self.kind!r}")
        for field, values in self.where.items():
            _check_field(self.kind, field, values)
        for rule in self.tie_break:
            _check_field(self.kind, rule.field, order=True)
        if self.tie_break and self.pick != "most_recent":
            raise ValueError("tie_break applies only with pick: most_recent")
        if self.prefer_primary and record_spec(self.kind) is None:
            raise ValueError(f"fact kind {self.kind!r} has no record document to prefer")
        if self.findings_read and "findings_read" not in FACT_MODELS[self.kind].model_fields:
            raise ValueError(f"fact kind {self.kind!r} has no findings to read")
        if self.except_same is not None:
            _check_field(self.kind, self.except_same.field)
            for field, values in self.except_same.where.items():
                _check_field(self.kind, field, values)
        if self.same_side and "side" not in FACT_MODELS[self.kind].model_fields:
            raise ValueError(f"fact kind {self.kind!r} has no side")
        for ref in self.satisfies:
            if PREDICATES[ref.predicate].kind != self.kind:
                raise ValueError(f"predicate {ref.predicate!r} does not read {self.kind!r} facts")
        return self


Selection = Annotated[tuple[Select, ...], BeforeValidator(lambda v: _as_tuple(v))]
"""One select or a list of them (the union of what each selects)."""


# --------------------------------------------------------------------------- vocabulary


class AllOf(Model):
    TAG: ClassVar[str] = "all"
    all_: tuple[Expr, ...] = Field(alias="all", min_length=1)


class AnyOf(Model):
    TAG: ClassVar[str] = "any"
    any_: tuple[Expr, ...] = Field(alias="any", min_length=1)


class NotOf(Model):
    TAG: ClassVar[str] = "not"
    not_: Expr = Field(alias="not")


class Exists(Model):
    TAG: ClassVar[str] = "exists"
    exists: Selection


class NonePresent(Model):
    TAG: ClassVar[str] = "none_present"
    none_present: Selection


class CountSpec(Model):
    n: int = Field(ge=1)
    of: Selection
    distinct: str | None = Field(
        default=None, description="Count distinct values of this field (e.g. date) instead."
    )


class CountAtLeast(Model):
    TAG: ClassVar[str] = "count_at_least"
    count_at_least: CountSpec


class ThresholdSpec(Model):
    of: Selection
    field: str
    op: Literal[">=", ">", "<=", "<", "=="]
    value: float


class Threshold(Model):
    TAG: ClassVar[str] = "threshold"
    threshold: ThresholdSpec


class CoversSpec(Model):
    of: Selection
    window_months: int = Field(ge=1)
    min_months: float = Field(gt=0)
    days_per_month: float = Field(gt=0)


class IntervalUnionCovers(Model):
    TAG: ClassVar[str] = "interval_union_covers"
    interval_union_covers: CoversSpec


OPERATORS: tuple[type[Model], ...] = (
    AllOf,
    AnyOf,
    NotOf,
    Exists,
    NonePresent,
    CountAtLeast,
    Threshold,
    IntervalUnionCovers,
)


def _expr_tag(value: Any) -> str | None:
    if isinstance(value, dict):
        return next(iter(value)) if len(value) == 1 else None
    return getattr(value, "TAG", None)


Expr = Annotated[
    Union[tuple(Annotated[op, Tag(op.TAG)] for op in OPERATORS)],  # noqa: UP007
    Discriminator(
        _expr_tag,
        custom_error_type="invalid_operator",
        custom_error_message="an expression is a mapping with exactly one operator key: "
        + ", ".join(op.TAG for op in OPERATORS),
    ),
]
for _op in OPERATORS:
    _op.model_rebuild()


def selects_of(expr: Any) -> list[Select]:
    """Every Select inside an expression tree."""
    found: list[Select] = []
    if isinstance(expr, Select):
        return [expr]
    if isinstance(expr, tuple):
        for item in expr:
            found.extend(selects_of(item))
    elif isinstance(expr, BaseModel):
        for name in type(expr).model_fields:
            found.extend(selects_of(getattr(expr, name)))
    return found


# --------------------------------------------------------------------------- criteria


class Otherwise(Model):
    """The outcome when no clause applies (usually insufficient; met for exclusions)."""

    status: Status = Status.insufficient
    explain: str
    request: str | None = Field(
        default=None, description="What to ask the provider for (insufficient only)."
    )
    cite: Selection = Field(
        default=(),
        description="Facts shown as support without deciding anything, e.g. a documented "
        "absence ('denies fibromyalgia') behind an exclusion that is met.",
    )
    cite_explain: str | None = Field(
        default=None, description="Appended to the explanation when 'cite' found facts."
    )


class Clause(Otherwise):
    """'This status when this expression holds'. Clauses are tried in order."""

    status: Status
    when: Expr

    @model_validator(mode="after")
    def _only_current_facts_decide(self) -> Clause:
        for select in selects_of(self.when):
            if select.context == "suspected" and self.status == Status.insufficient:
                continue
            if select.context != "current":
                raise ValueError(
                    "only current, affirmed facts may decide met or not_met "
                    "('suspected' decides only insufficient; 'negated' is for cite)"
                )
        return self


class Criterion(Model):
    """One criterion of one procedure, with a stable id used verbatim everywhere."""

    id: str = Field(pattern=r"^[a-z]+(\.[a-z_]+)+$")
    section: str = Field(description="Where the policy states it, e.g. 'I.B.7'.")
    description: str = Field(description="The clinical meaning, in the policy's words.")
    request: str = Field(description="What to ask the provider for when insufficient.")
    parameters: dict[str, Any] = {}
    outcomes: tuple[Clause, ...]
    otherwise: Otherwise

    @model_validator(mode="before")
    @classmethod
    def _resolve_parameters(cls, data: Any) -> Any:
        """Replace each ``"$name"`` with the parameter's value; every parameter must be used."""
        if not isinstance(data, dict):
            return data
        parameters = data.get("parameters") or {}
        used: set[str] = set()

        def substitute(node: Any) -> Any:
            if isinstance(node, str) and node.startswith("$"):
                name = node[1:]
                if name not in parameters:
                    raise ValueError(f"{data.get('id')}: unknown parameter reference {node!r}")
                used.add(name)
                return parameters[name]
            if isinstance(node, dict):
                return {key: substitute(value) for key, value in node.items()}
            if isinstance(node, list):
                return [substitute(value) for value in node]
            return node

        rules = {key: substitute(data[key]) for key in ("outcomes", "otherwise") if key in data}
        for clause in [*rules.get("outcomes", []), rules.get("otherwise", {})]:
            for key in ("explain", "cite_explain"):
                text = clause.get(key) if isinstance(clause, dict) else None
                for name in _placeholders(text or ""):
                    if name not in TEMPLATE_FIELDS and name not in parameters:
                        raise ValueError(f"{data.get('id')}: unknown placeholder {{{name}}}")
                    used.add(name)
        unused = sorted(set(parameters) - used)
        if unused:
            raise ValueError(f"{data.get('id')}: parameters no rule uses: {', '.join(unused)}")
        return {**data, **rules}


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


class ProcedurePolicy(Model):
    """The criteria of one procedure, in policy order."""

    title: str
    sections: tuple[str, ...]
    criteria: tuple[Criterion, ...] = Field(min_length=1)


class Scales(Model):
    """How the policy reads pain scales. Facts arrive normalised to 0-10 (docs/facts.md);
    this is the policy's reading, used to show the original millimetres of a VAS score."""

    vas_mm_per_point: float = Field(gt=0)


class Policy(Model):
    """One version of one medical policy, as data."""

    id: str
    title: str
    payer: str
    line_of_business: str
    effective: dt.date
    version: str
    source: str = Field(description="The policy document this file transcribes.")
    scales: Scales
    definitions: dict[str, Any] = Field(
        default={}, description="YAML anchors shared by criteria; never read by the engine."
    )
    procedures: dict[Procedure, ProcedurePolicy]

    @model_validator(mode="after")
    def _ids_unique(self) -> Policy:
        ids = [c.id for p in self.procedures.values() for c in p.criteria]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate criterion ids: {', '.join(duplicates)}")
        return self

    def ref(self) -> PolicyRef:
        return PolicyRef(
            id=self.id, effective=self.effective, version=self.version, title=self.title
        )

    def criteria_for(self, procedure: Procedure) -> tuple[Criterion, ...]:
        """The procedure's criteria in policy order (empty when the policy lacks it)."""
        spec = self.procedures.get(procedure)
        return spec.criteria if spec else ()

    def criterion_ids(self, procedure: Procedure) -> list[str]:
        return [criterion.id for criterion in self.criteria_for(procedure)]

    def met_on_silence(self) -> frozenset[str]:
        """Ids of the criteria met when the packet says nothing (CONTRACT section 4: the
        exclusions and generalized pain): those whose ``otherwise`` outcome is ``met``.
        Nothing needs quoting to show them met."""
        return frozenset(
            criterion.id
            for spec in self.procedures.values()
            for criterion in spec.criteria
            if criterion.otherwise.status is Status.met
        )
