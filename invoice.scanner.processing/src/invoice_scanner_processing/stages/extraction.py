"""Extraction: validate and normalise predicted fields, derive what the arithmetic implies.

Input is a :class:`Prediction` (from any provider) and, where the PDF carried one, the fields of
an embedded structured e-invoice, which are exact and win over predictions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from babel.numbers import list_currencies
from pydantic import BaseModel, Field

from invoice_scanner_common.checks import ADDED_TO_TOTAL
from invoice_scanner_common.fields import FieldSpec, ValueType
from invoice_scanner_processing.schema import CENT, InvoiceFields, Prediction

_KNOWN_CURRENCIES = frozenset(list_currencies())
_SPACES = re.compile(r"\s+")


class Extraction(BaseModel):
    fields: InvoiceFields
    confidence: dict[str, float] = Field(default_factory=dict)
    evidence: dict[str, dict[str, Any]] = Field(default_factory=dict)
    #: Fields computed from others rather than read from the document.
    derived: list[str] = Field(default_factory=list)
    #: Fields taken from the company's settings because the document does not print them
    #: (source ``company_default``).
    defaulted: list[str] = Field(default_factory=list)
    #: Problems found while normalising (unknown currency, dropped values ...).
    issues: list[str] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list)
    source: str = "prediction"
    #: The provider that read the page (``offline`` for the rule extractor).
    provider: str = "offline"
    #: Fields the embedded e-invoice XML set (they override the page reading).
    einvoice_fields: list[str] = Field(default_factory=list)
    #: The page reading's own values (JSON) where an e-invoice overrode them, for the
    #: integrity comparison.
    page_reading: dict[str, Any] = Field(default_factory=dict)
    #: The XML's values (JSON) for the same comparison.
    einvoice_values: dict[str, Any] = Field(default_factory=dict)
    #: Evidence per field (``stages.evidence.fields_object``), filled by the pipeline.
    fields_evidence: dict[str, dict[str, Any]] = Field(default_factory=dict)


#: Confidence of the company's default currency where the page prints none: the customer's
#: own declared setting, so it approves (above ``APPROVAL_MIN_FIELD_CONFIDENCE``), but below a
#: read value's, so a page reading agreeing elsewhere still counts for more.
COMPANY_DEFAULT_CONFIDENCE = 0.95

#: Amounts at or above this are not invoice amounts (and would not fit the database column).
MAX_AMOUNT = Decimal(10) ** 15


def _money(value: Decimal | None) -> Decimal | None:
    if value is None or not value.is_finite() or abs(value) >= MAX_AMOUNT:
        return None
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _text(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = _SPACES.sub(" ", value).strip()
    return cleaned or None


def _normalise_text(spec: FieldSpec, value: Any, issues: list[str]) -> str | None:
    text = _text(value)
    if text is not None and spec.type is ValueType.CODE:
        text = text.replace(" ", "").upper()
    if text is not None and spec.width is not None and len(text) > spec.width:
        issues.append(f"{spec.name} of {len(text)} characters dropped")
        return None
    return text


def _normalise_currency(spec: FieldSpec, value: Any, issues: list[str]) -> str | None:
    if not value:
        return None
    code = str(value).strip().upper()
    if code in _KNOWN_CURRENCIES:
        return code
    issues.append(f"unknown currency {value!r} dropped")
    return None


def _normalise_money(spec: FieldSpec, value: Any, issues: list[str]) -> Decimal | None:
    money = _money(value)
    if value is not None and money is None:
        issues.append(f"{spec.name} {value} is not a plausible amount; dropped")
    return money


_Normaliser = Callable[[FieldSpec, Any, list[str]], Any]
#: How each value type is normalised; types not listed (dates, choices) are kept as validated.
NORMALISERS: dict[ValueType, _Normaliser] = {
    ValueType.TEXT: _normalise_text,
    ValueType.CODE: _normalise_text,
    ValueType.CURRENCY: _normalise_currency,
    ValueType.MONEY: _normalise_money,
}


def normalise_fields(fields: InvoiceFields, issues: list[str]) -> None:
    """Normalise every flat field of ``fields`` in place by its value type (the field table)."""
    for spec in type(fields).table.flat:
        normalise = NORMALISERS.get(spec.type)
        if normalise is not None:
            setattr(fields, spec.name, normalise(spec, getattr(fields, spec.name), issues))
    for item in fields.line_items:
        item.amount = _money(item.amount)
        item.unit_price = _money(item.unit_price)
        item.description = _text(item.description)
    for vat_line in fields.vat_breakdown:
        vat_line.amount = _money(vat_line.amount)
        vat_line.base = _money(vat_line.base)


def _einvoice_comparison(prediction: Prediction, exact: dict[str, Any]) -> dict[str, Any]:
    """What the integrity check compares: the XML's values and the page reading's own."""
    if not exact:
        return {}
    lists = {"line_items", "vat_breakdown"}
    return {
        "einvoice_fields": sorted(exact),
        "page_reading": prediction.fields.model_dump(mode="json", exclude=lists),
        "einvoice_values": InvoiceFields.model_validate(exact).model_dump(
            mode="json", exclude=lists, exclude_none=True
        ),
    }


def _printed_currency(prediction: Prediction, exact: dict[str, Any]) -> bool:
    """Whether the document itself states the currency: the e-invoice, or the page (a reader's
    currency guessed from the seller's country is marked ``inferred`` in its evidence)."""
    if exact.get("currency"):
        return True
    if not prediction.fields.currency:
        return False
    return not prediction.evidence.get("currency", {}).get("inferred")


def extract(
    prediction: Prediction,
    einvoice: dict[str, Any] | None = None,
    *,
    default_currency: str | None = None,
) -> Extraction:
    """Normalise ``prediction`` (overridden field by field by ``einvoice`` values).

    ``default_currency`` (the company's setting, an ISO 4217 code) is used when neither the
    page nor the e-invoice states a currency, in place of a guess from the seller's country;
    it never replaces a printed or stated one.
    """
    data = prediction.fields.model_dump()
    confidence = dict(prediction.confidence)
    source = "prediction"
    exact: dict[str, Any] = {}
    if einvoice:
        exact = InvoiceFields.model_validate(einvoice).model_dump(exclude_defaults=True)
        data.update(exact)
        confidence.update(dict.fromkeys(exact, 1.0))
        source = "einvoice"
    fields = InvoiceFields.model_validate(data)
    issues: list[str] = []
    derived: list[str] = []
    defaulted: list[str] = []

    normalise_fields(fields, issues)
    if default_currency and (fields.currency is None or not _printed_currency(prediction, exact)):
        fields.currency = default_currency
        confidence["currency"] = COMPANY_DEFAULT_CONFIDENCE
        defaulted.append("currency")

    if fields.vat is None and fields.vat_breakdown:
        amounts = [v.amount for v in fields.vat_breakdown if v.amount is not None]
        if amounts and len(amounts) == len(fields.vat_breakdown):
            fields.vat = sum(amounts, Decimal(0))
            derived.append("vat")
    # Two of (net, VAT, total) imply the third (a printed tip and rounding are part of the
    # total, never of the net); derived values are marked so evaluation can tell read from
    # computed.
    extra = sum((getattr(fields, n) or Decimal(0) for n in ADDED_TO_TOTAL), Decimal(0))
    if fields.amount is not None and fields.vat is not None and fields.total is None:
        fields.total = fields.amount + fields.vat + extra
        derived.append("total")
    elif fields.amount is None and fields.vat is not None and fields.total is not None:
        fields.amount = fields.total - fields.vat - extra
        derived.append("amount")
    elif (
        fields.amount is not None
        and fields.vat is None
        and fields.total is not None
        and fields.total - fields.amount - extra
        and not fields.amount > fields.total > 0
    ):
        # A net equal to the total implies no VAT; none printed stays unknown (null). A net
        # above a positive total is a gross less a tax the buyer withholds (IRPF, ritenuta,
        # CIS), never a negative VAT.
        fields.vat = fields.total - fields.amount - extra
        derived.append("vat")
    for name in derived:
        confidence[name] = min(confidence.get(name, 0.6), 0.6)

    return Extraction(
        fields=fields,
        confidence=confidence,
        evidence=prediction.evidence,
        derived=derived,
        defaulted=defaulted,
        issues=issues,
        flags=list(prediction.flags),
        source=source,
        provider=prediction.provider,
        **_einvoice_comparison(prediction, exact),
    )
