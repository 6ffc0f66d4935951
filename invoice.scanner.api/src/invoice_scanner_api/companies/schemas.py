from __future__ import annotations

from typing import Any

from marshmallow import Schema, ValidationError, fields, validates

from invoice_scanner_common.currency import CurrencyCodeError, currency_code

_DEFAULT_CURRENCY = (
    "ISO 4217 code (EUR, USD, ...) used for documents that print no currency, with the source "
    "company_default; a currency printed on the page or stated by an e-invoice always wins. "
    "null: none (a currency the seller's country implies is suggested for review instead)."
)


class CompanySettingsSchema(Schema):
    id = fields.UUID(dump_only=True)
    name = fields.String(dump_only=True)
    default_currency = fields.String(allow_none=True, metadata={"description": _DEFAULT_CURRENCY})


class CompanySettingsUpdateSchema(Schema):
    default_currency = fields.String(
        allow_none=True,
        metadata={"description": _DEFAULT_CURRENCY, "example": "EUR"},
    )

    @validates("default_currency")
    def _iso_4217(self, value: str | None, **_kwargs: Any) -> None:
        if value is not None:
            try:
                currency_code(value)
            except CurrencyCodeError as exc:
                raise ValidationError(str(exc)) from exc
