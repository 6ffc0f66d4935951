"""Series of invoices from one supplier: same vendor, customer, layout and style, new values.

A finance team gets invoice after invoice from the same supplier: the sender, the bank details,
the labels and the places stay; the number, the dates, the lines and the amounts change. Each
invoice of a series is drawn by :func:`bench.invoicegen.draw.draw_invoice` from its own seed,
then given the first invoice's supplier side. Optionally the supplier prints some header labels
in its own words (``house_labels``), as real suppliers do and the reader's lexicons do not know.

This module adds drawings; it changes nothing that ``draw_invoice`` or the corpus writes for
an existing seed.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import replace
from datetime import timedelta

from bench.invoicegen.draw import draw_invoice
from bench.invoicegen.model import Invoice

#: Labels a supplier may print instead of the usual ones (one is drawn per key and supplier).
HOUSE_LABELS: dict[str, tuple[str, ...]] = {
    "invoice_number": ("Voucher", "Folio", "Doc key", "Ledger ref", "Slip", "Serial"),
    "invoice_date": ("Raised", "Written", "Booked", "Posted", "Struck"),
    "due_date": ("Settle by", "Clear by", "Remit by", "Latest"),
    "total": ("To settle", "Grand sum", "Payable now", "Remit"),
}


def series_seed(seed: int, supplier: int, number: int) -> int:
    digest = hashlib.sha256(f"series:{seed}:{supplier}:{number}".encode()).hexdigest()
    return int(digest[:12], 16)


def _house(inv: Invoice, rng: random.Random) -> Invoice:
    labels = dict(inv.style.labels)
    for key, options in sorted(HOUSE_LABELS.items()):
        labels[key] = rng.choice(options)
    return replace(inv, style=replace(inv.style, labels=labels))


def draw_series(
    seed: int, supplier: int, count: int, layout: str, locale: str, *, house_labels: bool = True
) -> list[Invoice]:
    """``count`` invoices (never credit notes) from supplier number ``supplier``."""
    out: list[Invoice] = []
    attempt = 0
    while len(out) < count:
        inv = draw_invoice(series_seed(seed, supplier, attempt), layout, locale)
        attempt += 1
        if inv.document_type != "invoice":
            continue
        if not out:
            if house_labels:
                inv = _house(inv, random.Random(f"house:{seed}:{supplier}"))
            out.append(inv)
            continue
        first = out[0]
        # A supplier keeps its payment terms: a due date on every invoice, or on none.
        days = first.payment_terms_days
        due = inv.invoice_date + timedelta(days=days) if days is not None else None
        out.append(
            replace(
                inv,
                due_date=due,
                payment_terms_days=days,
                vendor=first.vendor,
                customer=first.customer,
                style=first.style,
                currency=first.currency,
                iban=first.iban,
                bic=first.bic,
            )
        )
    return out
