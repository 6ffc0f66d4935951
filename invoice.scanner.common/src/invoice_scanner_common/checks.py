"""The value checks of an invoice: pure functions on plain values, shared by both services.

The evaluation stage runs them on the extracted fields; the API runs them again on a
reviewer's corrected values, so a correction is judged by exactly the rules that held the
document. Other checks (integrity of the sources, bank details) need the artefacts and stay
in processing; their names never start with the prefixes in :data:`VALUE_CHECK_NAMES`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from invoice_scanner_common.fields import FIELDS

#: Differences up to one cent are rounding, not errors.
TOLERANCE = Decimal("0.01")

#: Fields the evaluation requires before it may approve a document automatically.
REQUIRED_FIELDS = FIELDS.required

#: The flat header fields the API exposes and the accuracy benchmark scores (table order).
HEADER_FIELDS = FIELDS.header

#: Amounts a receipt adds to the goods after the tax: a tip and a cash rounding line (signed).
#: The total is net + VAT + these; the net never contains them.
ADDED_TO_TOTAL = ("tip", "rounding")

Severity = Literal["error", "warning"]

NET_PLUS_VAT = "arithmetic.net_plus_vat_equals_total"
SIGNS_AGREE = "arithmetic.signs_agree"
LINES_SUM = "arithmetic.lines_sum_to_net"
DATE_PLAUSIBLE = "dates.invoice_date_plausible"
DUE_AFTER_ISSUE = "dates.due_not_before_issue"
CURRENCY_PRESENT = "currency.present"

#: Every name :func:`value_checks` can produce.
VALUE_CHECK_NAMES = frozenset(
    {f"required.{name}" for name in REQUIRED_FIELDS}
    | {NET_PLUS_VAT, SIGNS_AGREE, LINES_SUM, DATE_PLAUSIBLE, DUE_AFTER_ISSUE, CURRENCY_PRESENT}
)


@dataclass(frozen=True)
class CheckResult:
    name: str
    passed: bool
    severity: Severity
    detail: str | None = None
    #: The fields the check concerns; a reviewer who corrects or confirms all of them
    #: resolves the check.
    fields: tuple[str, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "passed": self.passed,
            "severity": self.severity,
            "detail": self.detail,
            "fields": list(self.fields),
        }


def as_decimal(value: Any) -> Decimal | None:
    """A Decimal from a number or numeric string; None for empty or unreadable values."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        result = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return result if result.is_finite() else None


def as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def _check(
    name: str, ok: bool, severity: Severity, problem: str, fields: tuple[str, ...]
) -> CheckResult:
    return CheckResult(name, ok, severity, None if ok else problem, fields)


def _arithmetic(values: Mapping[str, Any]) -> CheckResult:
    """net + VAT (+ tip + rounding, where printed) = total; a bill that prints no tax (VAT
    unknown, null) adds up when its net (+ tip + rounding) is the total."""
    amount, vat, total = (as_decimal(values.get(n)) for n in ("amount", "vat", "total"))
    extras = {n: v for n in ADDED_TO_TOTAL if (v := as_decimal(values.get(n)))}
    fields = ("amount", "vat", "total", *extras)
    if vat is None and values.get("vat") is None:
        vat = Decimal(0)  # no tax printed: the net must be the total
    if amount is None or vat is None or total is None:
        return _check(NET_PLUS_VAT, False, "error", "net, VAT and total are not all known", fields)
    ok = abs(amount + vat + sum(extras.values(), Decimal(0)) - total) <= TOLERANCE
    added = "".join(f" + {name} {value}" for name, value in extras.items())
    return _check(NET_PLUS_VAT, ok, "error", f"{amount} + {vat}{added} != {total}", fields)


def _signs(values: Mapping[str, Any]) -> list[CheckResult]:
    """Net, VAT and total that are not zero share one sign: an invoice is positive throughout,
    a credit note negative throughout. A negative VAT on a positive total is a discount or a
    deduction read as the tax, however well the three add up."""
    known = {n: v for n in ("amount", "vat", "total") if (v := as_decimal(values.get(n)))}
    if len(known) < 2:
        return []
    ok = len({v > 0 for v in known.values()}) == 1
    problem = "net, VAT and total have different signs: " + ", ".join(
        f"{name} {value}" for name, value in known.items()
    )
    return [_check(SIGNS_AGREE, ok, "error", problem, tuple(known))]


def _dates(values: Mapping[str, Any], today: date) -> list[CheckResult]:
    issued = as_date(values.get("invoice_date"))
    if issued is None:
        return []
    plausible = date(1990, 1, 1) <= issued <= today + timedelta(days=366)
    checks = [
        _check(
            DATE_PLAUSIBLE,
            plausible,
            "error",
            f"invoice date {issued} is implausible",
            ("invoice_date",),
        )
    ]
    due = as_date(values.get("due_date"))
    if due is not None:
        checks.append(
            _check(
                DUE_AFTER_ISSUE,
                due >= issued,
                "error",
                "due date is before the invoice date",
                ("invoice_date", "due_date"),
            )
        )
    return checks


def _lines(values: Mapping[str, Any], line_amounts: Sequence[Any]) -> list[CheckResult]:
    amounts = [as_decimal(a) for a in line_amounts]
    net = as_decimal(values.get("amount"))
    if not amounts or net is None or any(a is None for a in amounts):
        return []
    lines = sum((a for a in amounts if a is not None), Decimal(0))
    discount = as_decimal(values.get("discount")) or Decimal(0)
    shipping = as_decimal(values.get("shipping")) or Decimal(0)
    adjusted = lines - discount + shipping
    # Lines priced with the tax included (most till receipts) sum to net + VAT; a credit note
    # may print its lines positive and its totals negative, so magnitudes are compared.
    gross = net + (as_decimal(values.get("vat")) or Decimal(0))
    ok = any(abs(abs(a) - abs(b)) <= TOLERANCE for a in (adjusted, lines) for b in (net, gross))
    problem = f"line items sum to {lines}, net is {net}"
    return [_check(LINES_SUM, ok, "warning", problem, ("amount", "line_items"))]


def value_checks(
    values: Mapping[str, Any], line_amounts: Sequence[Any] = (), *, today: date | None = None
) -> list[CheckResult]:
    """Required fields, net + VAT = total with one sign, sane dates, lines sum to net, currency.

    ``values`` maps field names to plain values (strings, ISO dates or dates, numbers,
    numeric strings or Decimals); ``line_amounts`` are the line items' amounts. ``discount``
    and ``shipping`` adjust the lines' sum, ``tip`` and ``rounding`` (:data:`ADDED_TO_TOTAL`)
    the total; lines whose sum is the net or the net plus VAT (prices with tax) both agree,
    in either sign (credit notes).
    """
    checks = [
        _check(
            f"required.{name}",
            values.get(name) not in (None, ""),
            "error",
            f"{name} is missing",
            (name,),
        )
        for name in REQUIRED_FIELDS
    ]
    checks.append(_arithmetic(values))
    checks.extend(_signs(values))
    checks.extend(_dates(values, today or date.today()))
    checks.extend(_lines(values, line_amounts))
    checks.append(
        _check(
            CURRENCY_PRESENT,
            values.get("currency") not in (None, ""),
            "warning",
            "currency not found",
            ("currency",),
        )
    )
    return checks
