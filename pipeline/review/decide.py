"""Turning a reviewer's form into a decision, or into the reason it is refused.

Pure functions over the packet's determination and report view: the web layer only
parses forms and stores what these return. Refusals name the rule (``review.json``).
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.models import Determination, DeterminationValue, Status
from pipeline.report.view import CriterionView, ReportView
from pipeline.review.decisions import CriterionDecision, PacketDecision
from pipeline.review.rules import may_be_met_on_silence, review_rules
from pipeline.review.store import now
from pipeline.wording import determination_label
from policy.determination import determination_of

AGREE = "agree"


class Refused(ValueError):
    """A form the rules do not accept; the message is shown beside the form."""

    def __init__(self, rule_id: str, message: str) -> None:
        super().__init__(message)
        self.rule_id = rule_id


@dataclass(frozen=True)
class CriterionForm:
    choice: str
    """'agree' or a status value."""
    reason: str = ""
    confirmed: tuple[int, ...] = ()
    """Indices of the criterion's quotes the reviewer confirms as evidence."""
    typed: tuple[str, ...] = ()
    """Evidence typed from the packet, one snippet a line."""


def criterion_view(view: ReportView, criterion_id: str) -> CriterionView | None:
    for group in view.groups:
        for criterion in group.criteria:
            if criterion.id == criterion_id:
                return criterion
    return None


def _check_length(*texts: str) -> None:
    limit = review_rules().max_text
    if any(len(text) > limit for text in texts):
        raise Refused("review.max_text", f"Text fields are limited to {limit} characters.")


def decide_criterion(
    determination: Determination,
    view: ReportView,
    criterion_id: str,
    form: CriterionForm,
    reviewer: str,
) -> CriterionDecision:
    """The decision a criterion form makes, or ``Refused``."""
    rules = review_rules()
    criterion = criterion_view(view, criterion_id)
    if criterion is None:
        raise Refused("review.unknown_criterion", "This packet has no such criterion.")
    reason = form.reason.strip()
    typed = tuple(line.strip() for line in form.typed if line.strip())
    _check_length(reason, *typed)
    if form.choice == AGREE:
        status = criterion.status
    else:
        try:
            status = Status(form.choice)
        except ValueError:
            raise Refused("review.unknown_status", "Choose agree or a status.") from None
    if status is not criterion.status and not reason:
        raise Refused(rules.reason_required.id, "Give a reason for the override.")
    evidence: tuple[str, ...] = ()
    silent = False
    if status is not Status.insufficient:
        cited = [
            text
            for index, quote in enumerate(criterion.quotes)
            if index in form.confirmed
            for text in quote.cited
        ]
        evidence = tuple(dict.fromkeys([*cited, *typed]))
        if not evidence:
            if status is Status.met and may_be_met_on_silence(criterion_id):
                silent = True
            else:
                raise Refused(
                    rules.evidence_required.id,
                    "Confirm a quote or type the words from the packet that show it.",
                )
    return CriterionDecision(
        packet_id=determination.packet_id,
        packet_sha256=determination.packet_sha256,
        reviewer=reviewer,
        decided_at=now(),
        pipeline_version=determination.versions.get("pipeline", ""),
        policy_version=determination.versions.get("policy", "") or determination.policy.version,
        criterion_id=criterion_id,
        pipeline_status=criterion.status,
        status=status,
        reason=reason if status is not criterion.status else "",
        evidence=evidence,
        silent=silent,
    )


def agree_form(criterion: CriterionView) -> CriterionForm:
    """Agreeing with the pipeline, every quote confirmed."""
    return CriterionForm(choice=AGREE, confirmed=tuple(range(len(criterion.quotes))))


def decide_packet(
    determination: Determination,
    decisions: dict[str, CriterionDecision],
    chosen: DeterminationValue,
    reviewer: str,
    notes: str = "",
) -> PacketDecision:
    """The packet decision, or ``Refused`` when a criterion is undecided or the choice is
    not what the reviewer's own criterion decisions give."""
    _check_length(notes)
    missing = [c.id for c in determination.criteria if c.id not in decisions]
    if missing:
        raise Refused(
            "review.criteria_undecided",
            f"Decide every criterion first ({len(missing)} left), or tick 'agree with the "
            "pipeline on the criteria I have not decided'.",
        )
    given = determination_of(decisions[c.id].status for c in determination.criteria)
    if chosen is not given:
        raise Refused(
            review_rules().consistent_packet_decision.id,
            f"Your criterion decisions give “{determination_label(given)}”. Change the "
            "criterion that disagrees (with its reason), or choose that determination.",
        )
    return PacketDecision(
        packet_id=determination.packet_id,
        packet_sha256=determination.packet_sha256,
        reviewer=reviewer,
        decided_at=now(),
        pipeline_version=determination.versions.get("pipeline", ""),
        policy_version=determination.versions.get("policy", "") or determination.policy.version,
        determination=chosen,
        pipeline_determination=determination.determination,
        notes=notes.strip(),
    )


def still_supported(
    packet: PacketDecision, decisions: dict[str, CriterionDecision], criteria: list[str]
) -> bool:
    """A packet decision still follows from its criterion decisions."""
    if any(cid not in decisions for cid in criteria):
        return False
    return determination_of(decisions[cid].status for cid in criteria) is packet.determination
