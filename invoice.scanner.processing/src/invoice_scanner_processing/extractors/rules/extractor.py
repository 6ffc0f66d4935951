"""The rule reader: invoice fields from the OCR layout by labels, positions and arithmetic.

How it reads an invoice:

1. Segments and rows (:mod:`.layout`); labels found in every segment (:mod:`.lexicon`).
2. The line-item table is located by its header row so that its cells are not read as labels.
3. For every label, a value is looked for in the same run after the label, then to its right
   in the same row, then directly below; each reading becomes a scored candidate.
4. Amounts are chosen as the (net, VAT, total) triple that adds up, allowing for discount and
   shipping; dates with the document's day/month order; the vendor from legal-form suffixes,
   the top block, the VAT id's neighbourhood and the footer, never the customer block.
5. Confidence per field reflects how the value was found: labelled and consistent is high,
   guessed is low.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules.amounts import _amounts
from invoice_scanner_processing.extractors.rules.collect import _collect
from invoice_scanner_processing.extractors.rules.currency import _currency
from invoice_scanner_processing.extractors.rules.dates import _dates
from invoice_scanner_processing.extractors.rules.doctype import _document_type
from invoice_scanner_processing.extractors.rules.identifiers import _vat_id
from invoice_scanner_processing.extractors.rules.items import read_line_items
from invoice_scanner_processing.extractors.rules.lexicon import column_index, compact, label_index
from invoice_scanner_processing.extractors.rules.model import Candidate, _Doc, _evidence
from invoice_scanner_processing.extractors.rules.parsing import find_dates
from invoice_scanner_processing.extractors.rules.parties import _mark_customer, _read_sections
from invoice_scanner_processing.extractors.rules.scoring import (
    _best,
    _items_confidence,
    _read_confidence,
)
from invoice_scanner_processing.extractors.rules.vat import _vat_table_totals
from invoice_scanner_processing.extractors.rules.vendor import _vendor
from invoice_scanner_processing.schema import InvoiceFields, Prediction

logger = logging.getLogger(__name__)

MODEL = "rules-v1"
PROMPT_VERSION = "offline-rules-1"


class RuleExtractor:
    """Rule-based field extraction from OCR lines; needs no network and no model files."""

    name = "offline"

    def __init__(self) -> None:
        # Build the lexicon indexes and month tables now, so that the first document does
        # not pay for loading CLDR data.
        label_index()
        column_index()
        find_dates("1 Jan 2000")

    def predict(self, document: OcrDocument) -> Prediction:
        started = time.perf_counter()
        doc = _Doc(document)
        fields = InvoiceFields()
        confidence: dict[str, float] = {}
        evidence: dict[str, dict[str, Any]] = {}
        flags: list[str] = []
        if not doc.segments:
            flags.append("no text")
            return Prediction(
                fields=fields,
                provider=self.name,
                model=MODEL,
                prompt_version=PROMPT_VERSION,
                flags=flags,
                seconds=time.perf_counter() - started,
            )

        items, table_segments = read_line_items(doc.pages)
        for seg in table_segments:
            seg.in_table = True
        fields.line_items = items
        if items:
            confidence["line_items"] = 0.6

        cands = _collect(doc)
        _mark_customer(doc)
        _read_sections(doc, cands)
        _vat_table_totals(doc, cands)

        def put(name: str, cand: Candidate | None, conf: float | None = None) -> None:
            if cand is None:
                return
            setattr(fields, name, cand.value)
            confidence[name] = round(min(1.0, conf if conf is not None else cand.score), 3)
            if cand.value is not None:
                evidence[name] = _evidence(cand.segment, cand.text)

        number = _best(cands.get("invoice_number"))
        if number is not None:
            put(
                "invoice_number", number, _read_confidence(number, cands["invoice_number"], compact)
            )
        _dates(doc, cands, put)
        _amounts(doc, cands, fields, confidence, evidence)
        _currency(doc, cands, fields, confidence, evidence)
        fields.document_type = _document_type(doc, fields)
        put("vendor_vat_id", _vat_id(doc, cands))
        put("iban", _best(cands.get("iban")))
        put("bic", _best(cands.get("bic")))
        put("purchase_order", _best(cands.get("po")))
        put("payment_terms", _best(cands.get("payment_terms")))
        put("customer_name", _best(cands.get("customer")))
        if items:
            confidence["line_items"] = _items_confidence(fields)
        vendor = _vendor(doc, cands, fields)
        put("vendor_name", vendor)
        if fields.total is None:
            flags.append("total not found")
        prediction = Prediction(
            fields=fields,
            provider=self.name,
            model=MODEL,
            prompt_version=PROMPT_VERSION,
            confidence=confidence,
            evidence=evidence,
            flags=flags,
            seconds=time.perf_counter() - started,
        )
        return prediction
