"""The drawn invoice (data and presentation choices) and its ground-truth JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from bench.invoicegen.locales import LOCALES, money

#: Bump when a change to drawing or rendering changes the corpus; the bench regenerates then.
GENERATOR_VERSION = "1"

LAYOUTS = ("classic", "right_header", "meta_table", "footer_vendor", "receipt", "multipage")
#: The default renditions (what ``make bench-accuracy`` runs).
KINDS = ("pdf", "png", "scan")
#: Every rendition; the extra ones are generated only when asked for (``--kinds ...,photo``).
ALL_KINDS = (*KINDS, "photo")


@dataclass(frozen=True)
class Party:
    name: str
    street: str
    city_line: str  # postcode and city as printed
    country: str  # ISO 3166 alpha-2
    vat_id: str | None = None
    phone: str | None = None
    email: str | None = None

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city_line}"


@dataclass(frozen=True)
class Line:
    description: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal


@dataclass(frozen=True)
class Style:
    """How the invoice is printed: one label chosen per key, formats, fonts, colours."""

    labels: dict[str, str]
    date_pattern: str
    currency_mode: str  # "symbol" or "code"
    font: str  # "sans" or "serif"
    accent: tuple[float, float, float]
    label_colon: bool
    position_numbers: bool


@dataclass(frozen=True)
class Invoice:
    seed: int
    layout: str
    locale: str
    document_type: str  # "invoice" or "credit_note"
    invoice_number: str
    invoice_date: date
    due_date: date | None
    vendor: Party
    customer: Party | None
    currency: str
    vat_rate: Decimal
    lines: tuple[Line, ...]
    subtotal: Decimal
    discount: Decimal
    discount_percent: Decimal | None
    shipping: Decimal
    amount: Decimal
    vat: Decimal
    total: Decimal
    iban: str | None
    bic: str | None
    customer_number: str | None
    purchase_order: str | None
    payment_terms_days: int | None
    style: Style
    extra: dict[str, Any] = field(default_factory=dict)

    def truth(self, kind: str, pages: int) -> dict[str, Any]:
        """The ground truth as JSON-ready data: amounts as exact decimal strings, dates ISO.

        Header names follow ``invoice_scanner_processing.schema.InvoiceFields``.
        """
        return {
            "invoice_number": self.invoice_number,
            "invoice_date": self.invoice_date.isoformat(),
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "vendor_name": self.vendor.name,
            "amount": str(self.amount),
            "vat": str(self.vat),
            "total": str(self.total),
            "currency": self.currency,
            "line_items": [
                {
                    "description": line.description,
                    "quantity": str(line.quantity),
                    "unit_price": str(line.unit_price),
                    "amount": str(line.amount),
                }
                for line in self.lines
            ],
            "vendor_address": self.vendor.address,
            "vendor_vat_id": self.vendor.vat_id,
            "customer_name": self.customer.name if self.customer else None,
            "customer_address": self.customer.address if self.customer else None,
            "iban": self.iban,
            "bic": self.bic,
            "purchase_order": self.purchase_order,
            "vat_rate": str(self.vat_rate),
            "subtotal": str(self.subtotal),
            "discount": str(self.discount),
            "shipping": str(self.shipping),
            "document_type": self.document_type,
            "locale": self.locale,
            "layout": self.layout,
            "kind": kind,
            "pages": pages,
            "seed": self.seed,
            "generator_version": GENERATOR_VERSION,
            "printed": {
                "invoice_date": self.style_date(self.invoice_date),
                "due_date": self.style_date(self.due_date) if self.due_date else None,
                "date_pattern": self.style.date_pattern,
                "currency_mode": self.style.currency_mode,
                "invoice_number": self.invoice_number,
                "total": money(
                    LOCALES[self.locale], self.total, self.currency, self.style.currency_mode
                ),
            },
        }

    def style_date(self, value: date) -> str:
        """``value`` as printed on this invoice."""
        return LOCALES[self.locale].date(value, self.style.date_pattern)
