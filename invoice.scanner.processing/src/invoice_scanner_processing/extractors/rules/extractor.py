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
from invoice_scanner_processing.extractors.rules.collect import (
    _collect,
    late_order_number,
    structured_id_alone,
)
from invoice_scanner_processing.extractors.rules.currencies import (
    THOUSANDTHS_CURRENCIES,
)
from invoice_scanner_processing.extractors.rules.currency import _currency
from invoice_scanner_processing.extractors.rules.dates import _dates
from invoice_scanner_processing.extractors.rules.doctype import _document_type
from invoice_scanner_processing.extractors.rules.identifiers import _vat_id, keep_own_number
from invoice_scanner_processing.extractors.rules.items import read_line_items, read_priced_rows
from invoice_scanner_processing.extractors.rules.lexicon import column_index, label_index
from invoice_scanner_processing.extractors.rules.model import Candidate, _Doc, _evidence
from invoice_scanner_processing.extractors.rules.parsing import find_dates, money_in_thousandths
from invoice_scanner_processing.extractors.rules.parties import _mark_customer, _read_sections
from invoice_scanner_processing.extractors.rules.scorer import Scorer, default_scorer
from invoice_scanner_processing.extractors.rules.scoring import (
    _items_confidence,
    choose,
)
from invoice_scanner_processing.extractors.rules.vat import _vat_table_totals
from invoice_scanner_processing.extractors.rules.vendor import _vendor
from invoice_scanner_processing.schema import InvoiceFields, Prediction

logger = logging.getLogger(__name__)

MODEL = "rules-v1"
PROMPT_VERSION = "offline-rules-1"

#: Fields set straight from their candidates by :func:`~.scoring.choose` (after the invoice
#: number, the dates, the amounts, the currency and the VAT id), and their candidates' keys.
_CHOSEN = (
    ("iban", "iban"),
    ("bic", "bic"),
    ("purchase_order", "po"),
    ("payment_terms", "payment_terms"),
    ("customer_name", "customer"),
)


class RuleExtractor:
    """Rule-based field extraction from OCR lines; needs no network and no model files."""

    name = "offline"

    def __init__(self, scorer: Scorer | None = None) -> None:
        #: Picks among the candidates of the invoice number, the dates and the vendor
        #: (:mod:`.scorer`; ``OFFLINE_SCORER``, the fitted weights by default).
        self.scorer = scorer if scorer is not None else default_scorer()
        # Build the lexicon indexes and month tables now, so that the first document does
        # not pay for loading CLDR data.
        label_index()
        column_index()
        find_dates("1 Jan 2000")

    def predict(self, document: OcrDocument) -> Prediction:
        started = time.perf_counter()
        doc = _Doc(document, self.scorer)
        # A page priced in thousandths ("KD 12.750") reads "22.180" as 22.18, not 22,180.
        mark = THOUSANDTHS_CURRENCIES.get(doc.printed_currency or "")
        with money_in_thousandths(mark):
            return self._read(doc, started)

    def _read(self, doc: _Doc, started: float) -> Prediction:
        reading = _Reading()
        flags: list[str] = []
        if not doc.segments:
            flags.append("no text")
            return Prediction(
                fields=reading.fields,
                provider=self.name,
                model=MODEL,
                prompt_version=PROMPT_VERSION,
                flags=flags,
                seconds=time.perf_counter() - started,
            )

        items, table_segments = read_line_items(doc.pages)
        for seg in table_segments:
            seg.in_table = True
        reading.fields.line_items = items
        if items:
            reading.confidence["line_items"] = 0.6

        # The customer's block is marked first: a document id is never read from it
        # (:func:`.identifiers.structured_id`, which :func:`_collect` calls as well).
        _mark_customer(doc)
        cands = _collect(doc)
        _read_sections(doc, cands)
        structured_id_alone(doc, cands)
        late_order_number(cands)
        _vat_table_totals(doc, cands)
        _read_fields(doc, cands, reading)
        if not items:
            # Names and prices alone, kept only where they add up (:func:`read_priced_rows`).
            items = read_priced_rows(doc.pages, reading.fields)
            reading.fields.line_items = items
        if items:
            reading.confidence["line_items"] = _items_confidence(reading.fields)
        vendor = _vendor(doc, cands, reading.fields)
        reading.put("vendor_name", vendor)
        if reading.fields.total is None:
            flags.append("total not found")
        flags.extend(doc.flags)
        prediction = Prediction(
            fields=reading.fields,
            provider=self.name,
            model=MODEL,
            prompt_version=PROMPT_VERSION,
            confidence=reading.confidence,
            evidence=reading.evidence,
            flags=flags,
            seconds=time.perf_counter() - started,
        )
        return prediction


class _Reading:
    """The fields of one document as they are read, with their confidence and evidence."""

    def __init__(self) -> None:
        self.fields = InvoiceFields()
        self.confidence: dict[str, float] = {}
        self.evidence: dict[str, dict[str, Any]] = {}

    def put(self, name: str, cand: Candidate | None, conf: float | None = None) -> None:
        """Field ``name`` from ``cand``, confident by ``conf`` or else by its score."""
        if cand is None:
            return
        setattr(self.fields, name, cand.value)
        self.confidence[name] = round(min(1.0, conf if conf is not None else cand.score), 3)
        if cand.value is not None:
            self.evidence[name] = _evidence(cand.segment, cand.text)

    def put_chosen(self, name: str, key: str, cands: dict[str, list[Candidate]], doc: _Doc) -> None:
        """Field ``name`` from the candidates under ``key``, as :func:`~.scoring.choose` picks."""
        chosen = choose(key, cands.get(key), doc)
        if chosen is not None:
            self.put(name, *chosen)


#: The most a number is trusted that another labelled number on the page may be keyed for
#: (:func:`~.identifiers.keep_own_number`): below the approval floor.
_DISPUTED_NUMBER = 0.55


def _read_fields(doc: _Doc, cands: dict[str, list[Candidate]], reading: _Reading) -> None:
    """Every header field but the vendor, from the candidates, in a fixed order (the amounts
    decide the document type; the evidence keeps this order)."""
    fields, confidence, evidence = reading.fields, reading.confidence, reading.evidence
    disputed = keep_own_number(doc, cands)
    reading.put_chosen("invoice_number", "invoice_number", cands, doc)
    if disputed and "invoice_number" in confidence:
        confidence["invoice_number"] = min(confidence["invoice_number"], _DISPUTED_NUMBER)
    _dates(doc, cands, reading.put)
    _amounts(doc, cands, fields, confidence, evidence)
    _currency(doc, cands, fields, confidence, evidence)
    fields.document_type = _document_type(doc, fields)
    reading.put("vendor_vat_id", _vat_id(doc, cands))
    for name, key in _CHOSEN:
        reading.put_chosen(name, key, cands, doc)
