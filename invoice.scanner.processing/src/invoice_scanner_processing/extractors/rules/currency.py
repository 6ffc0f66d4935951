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
    # A currency's label on a card slip's conversion block ("Transaction currency USD")
    # names the card's money, not the bill's: the total's own cell decides where it names its
    # money unmistakably ("1 417,00 Kč"), never by a sign several currencies share ("$1,160.00"
    # under "Moneda: USD" on a Mexican invoice is the label's dollars).
    seller = "\n".join(s.text for s in doc.segments if not s.in_customer)
    if labelled is not None and _on_total(
        doc, cands, fields, seller, row=False, shared=False
    ) not in (None, labelled.value):
        labelled = None
    if labelled is not None:
        fields.currency = labelled.value
        confidence["currency"] = round(labelled.score, 3)
        evidence["currency"] = _evidence(labelled.segment, labelled.text)
        return
    # A buyer's address in Moldova ("Cumpărător: … Chișinău") leaves a Romanian seller's lei
    # Romania's: only the seller's side of the page names the leu's country (``seller``).
    code = detect_currency(doc.full_text, seller=seller)
    if code:
        # The money the total is stated in, where its cell or row names one, outweighs the
        # page's count: a card slip converting the bill ("1 417,00 Kč", then "You paid 65.46
        # USD" and the rate), a duty-free till's second column ("TOTAL QAR" beside "USD").
        code = _on_total(doc, cands, fields, seller) or code
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


#: Signs that several currencies share: the dollars' and pesos' "$", the crowns' "kr" and ":-",
#: the yen's and yuan's "¥".
_SHARED_SIGN = re.compile(r"\$|(?<![A-Za-z])[Kk][Rr]\b|:-|[¥￥]")


def _on_total(
    doc: _Doc,
    cands: dict[str, list[Candidate]],
    fields: InvoiceFields,
    seller: str,
    *,
    row: bool = True,
    shared: bool = True,
) -> str | None:
    """The currency the chosen total's own text names, else (``row``) the rest of its row,
    or ``None`` (a total computed from other amounts, or printed bare on a bare row). Without
    ``shared``, a total whose sign several currencies share ("$", "kr", "¥") names none."""
    if fields.total is None:
        return None
    printed = [c for c in cands.get("total", []) if abs(c.value) == abs(fields.total)]
    if not printed:
        return None
    best = max(printed, key=lambda c: c.score)
    if not shared and _SHARED_SIGN.search(best.text):
        return None
    own = detect_currency(best.text, doc.full_text, seller=seller)
    if own is not None or not row:
        return own
    line = " ".join(s.text for s in doc.row_of(best.segment))
    return detect_currency(line, doc.full_text, seller=seller)


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
