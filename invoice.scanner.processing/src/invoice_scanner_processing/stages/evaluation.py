"""Automated evaluation: named checks, a quality score, a predicted accuracy and the decision.

A document is approved automatically only when every error-level check passes, no upstream
stage flagged it, and the predicted accuracy reaches the threshold. Everything else goes to
manual review with the reasons listed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

from invoice_scanner_processing.schema import HEADER_FIELDS, REQUIRED_FIELDS
from invoice_scanner_processing.stages.extraction import Extraction

TOLERANCE = Decimal("0.01")
Severity = Literal["error", "warning"]


class Check(BaseModel):
    name: str
    passed: bool
    severity: Severity
    detail: str | None = None
    #: The fields the check concerns (for review screens); empty when it is about the document.
    fields: list[str] = Field(default_factory=list)


class Evaluation(BaseModel):
    decision: Literal["approved", "manual_review"]
    quality_score: float
    predicted_accuracy: float
    checks: list[Check] = Field(default_factory=list)
    reasons: list[str] = Field(default_factory=list)


def _checks(extraction: Extraction, today: date) -> list[Check]:
    f = extraction.fields
    checks = [
        Check(
            name=f"required.{name}",
            passed=getattr(f, name) not in (None, ""),
            severity="error",
            detail=None if getattr(f, name) not in (None, "") else f"{name} is missing",
        )
        for name in REQUIRED_FIELDS
    ]
    if f.amount is not None and f.vat is not None and f.total is not None:
        diff = abs(f.amount + f.vat - f.total)
        checks.append(
            Check(
                name="arithmetic.net_plus_vat_equals_total",
                passed=diff <= TOLERANCE,
                severity="error",
                detail=None if diff <= TOLERANCE else f"{f.amount} + {f.vat} != {f.total}",
            )
        )
    else:
        checks.append(
            Check(
                name="arithmetic.net_plus_vat_equals_total",
                passed=False,
                severity="error",
                detail="net, VAT and total are not all known",
            )
        )
    if f.invoice_date is not None:
        plausible = date(1990, 1, 1) <= f.invoice_date <= today + timedelta(days=366)
        checks.append(
            Check(
                name="dates.invoice_date_plausible",
                passed=plausible,
                severity="error",
                detail=None if plausible else f"invoice date {f.invoice_date} is implausible",
            )
        )
        if f.due_date is not None:
            ordered = f.due_date >= f.invoice_date
            checks.append(
                Check(
                    name="dates.due_not_before_issue",
                    passed=ordered,
                    severity="error",
                    detail=None if ordered else "due date is before the invoice date",
                )
            )
    amounts = [i.amount for i in f.line_items]
    if amounts and all(a is not None for a in amounts) and f.amount is not None:
        lines = sum((a for a in amounts if a is not None), Decimal(0))
        adjusted = lines - (f.discount or 0) + (f.shipping or 0)
        ok = abs(adjusted - f.amount) <= TOLERANCE or abs(lines - f.amount) <= TOLERANCE
        checks.append(
            Check(
                name="arithmetic.lines_sum_to_net",
                passed=ok,
                severity="warning",
                detail=None if ok else f"line items sum to {lines}, net is {f.amount}",
            )
        )
    checks.append(
        Check(
            name="currency.present",
            passed=f.currency is not None,
            severity="warning",
            detail=None if f.currency else "currency not found",
        )
    )
    return checks


def evaluate(
    extraction: Extraction,
    *,
    ocr_confidence: float | None = None,
    threshold: float = 0.9,
    min_field_confidence: float = 0.6,
    today: date | None = None,
    extra_checks: Sequence[Check] = (),
) -> Evaluation:
    """Decide on ``extraction``; ``extra_checks`` (the integrity checks) count like the rest."""
    checks = _checks(extraction, today or date.today()) + list(extra_checks)
    errors = [c for c in checks if not c.passed and c.severity == "error"]
    warnings = [c for c in checks if not c.passed and c.severity == "warning"]

    f = extraction.fields
    confidences = []
    for name in HEADER_FIELDS:
        value = getattr(f, name)
        conf = extraction.confidence.get(name)
        if conf is None:
            conf = 0.5 if value is None else 0.7
        confidences.append(max(0.0, min(1.0, conf)))
    field_conf = sum(confidences) / len(confidences)
    # Each failed check lowers the estimate: a wrong sum means at least one amount is wrong.
    predicted = field_conf * (0.75 ** len(errors)) * (0.95 ** len(warnings))
    if ocr_confidence is not None and ocr_confidence < 0.8:
        predicted *= max(0.5, ocr_confidence / 0.8)
    passed = sum(1 for c in checks if c.passed)
    quality = (passed / len(checks)) * (0.5 + 0.5 * field_conf) if checks else 0.0

    # A mean hides one doubtful field among confident ones; any field the provider itself
    # doubts blocks automatic approval on its own.
    doubtful = [
        f"low confidence in {name} ({conf:.2f})"
        for name in HEADER_FIELDS
        if getattr(f, name) is not None
        and (conf := extraction.confidence.get(name)) is not None
        and conf < min_field_confidence
    ]
    reasons = [c.detail or c.name for c in errors] + list(extraction.flags) + doubtful
    if not reasons and predicted < threshold:
        reasons.append(f"predicted accuracy {predicted:.2f} is below {threshold:.2f}")
    approved = not reasons
    return Evaluation(
        decision="approved" if approved else "manual_review",
        quality_score=round(quality, 4),
        predicted_accuracy=round(predicted, 4),
        checks=checks,
        reasons=reasons,
    )
