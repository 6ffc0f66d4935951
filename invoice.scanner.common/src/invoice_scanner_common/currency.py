"""ISO 4217 currency codes a company may declare as its default.

The list is ISO 4217's own table (list one of the maintenance agency, SIX), shipped by the
``iso4217`` package and versioned by the list's publication date, so an amendment (a new code,
a withdrawn one) arrives as a dependency update instead of an edit here. Codes without minor
units in that table are not money one invoices in (gold ``XAU``, the SDR ``XDR``, bond units,
the testing code ``XTS``, "no currency" ``XXX``) and are refused.
"""

from __future__ import annotations

from iso4217 import Currency

#: Codes of the active ISO 4217 currencies that have minor units (EUR, USD, JPY, XOF, ...).
INVOICE_CURRENCIES: frozenset[str] = frozenset(
    currency.code for currency in Currency if currency.exponent is not None
)


class CurrencyCodeError(ValueError):
    """Not an ISO 4217 code of a currency one can invoice in."""


def currency_code(raw: str) -> str:
    """``raw`` as an upper-case ISO 4217 code; :class:`CurrencyCodeError` when it is none."""
    code = raw.strip().upper()
    if code not in INVOICE_CURRENCIES:
        raise CurrencyCodeError(
            f"{raw!r} is not an ISO 4217 currency code (three letters, such as EUR or USD)"
        )
    return code
