"""The currency: a labelled code, else the one printed on the page, else one inferred from the
seller's country with a low confidence.
"""

from __future__ import annotations

import re
from typing import Any

from invoice_scanner_processing.extractors.rules.currencies import detect_currency, infer_currency
from invoice_scanner_processing.extractors.rules.model import (
    Candidate,
    _Add,
    _Doc,
    _evidence,
)
from invoice_scanner_processing.extractors.rules.scoring import (
    _best,
    _currency_confidence,
)
from invoice_scanner_processing.extractors.rules.segments import LabelHit, Segment
from invoice_scanner_processing.schema import InvoiceFields


def _currency(
    doc: _Doc,
    cands: dict[str, list[Candidate]],
    fields: InvoiceFields,
    confidence: dict[str, float],
    evidence: dict[str, dict[str, Any]],
) -> None:
    labelled = _best(cands.get("currency"))
    if labelled is not None:
        fields.currency = labelled.value
        confidence["currency"] = round(labelled.score, 3)
        evidence["currency"] = _evidence(labelled.segment, labelled.text)
        return
    # A buyer's address in Moldova ("Cumpărător: … Chișinău") leaves a Romanian seller's lei
    # Romania's: only the seller's side of the page names the leu's country.
    seller = "\n".join(s.text for s in doc.segments if not s.in_customer)
    code = detect_currency(doc.full_text, seller=seller)
    if code:
        fields.currency = code
        confidence["currency"] = _currency_confidence(doc, code, evidence)
        for seg in doc.segments:
            if detect_currency(seg.text, doc.full_text, seller=seller) == code:
                evidence["currency"] = _evidence(seg)
                break
        return
    # Nothing names a currency (many European invoices print bare amounts): the seller's
    # country, from VAT ids, IBANs and country names, is a guess a person should confirm.
    code = infer_currency(doc.full_text)
    if code:
        fields.currency = code
        confidence["currency"] = 0.5
        evidence["currency"] = {"page": None, "bbox": None, "text": "", "inferred": True}


def _currency_after_label(
    fld: str, text: str, score: float, seg: Segment, hit: LabelHit, doc: _Doc, add: _Add
) -> bool:
    """A currency after its label: a symbol or code the page uses, or any three capitals."""
    code = detect_currency(text, doc.full_text) or (
        text.strip().upper() if re.fullmatch(r"[A-Z]{3}", text.strip().upper()) else None
    )
    if code:
        add(fld, code, score, seg, text)
        return True
    return False
