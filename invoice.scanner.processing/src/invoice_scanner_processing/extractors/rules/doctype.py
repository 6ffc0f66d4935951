"""The document's type (invoice, credit note, receipt) from its head and the total's sign."""

from __future__ import annotations

from invoice_scanner_processing.extractors.rules.lexicon import (
    CREDIT_WORDS,
    compact,
)
from invoice_scanner_processing.extractors.rules.model import (
    _Doc,
)
from invoice_scanner_processing.extractors.rules.parsing import find_amounts
from invoice_scanner_processing.extractors.rules.segments import Segment
from invoice_scanner_processing.extractors.rules.vocabulary import CORRECTION_TITLES
from invoice_scanner_processing.schema import DocumentType, InvoiceFields

_CORRECTIONS = tuple(compact(w) for w in CORRECTION_TITLES)

_RECEIPT_WORDS = tuple(
    compact(w)
    for w in (
        "receipt", "kassenbon", "kassenbeleg", "quittung", "kvitto", "ticket de caisse",
        "recibo", "ricevuta", "scontrino", "kassabon", "bon", "paragon", "cash sale",
    )
)  # fmt: skip


_INVOICE_WORDS = tuple(
    compact(w)
    for w in (
        "invoice",
        "rechnung",
        "facture",
        "factura",
        "fattura",
        "factuur",
        "faktura",
        "fatura",
        # Brazil's NF-e, which a DANFE prints ("Documento Auxiliar da Nota Fiscal
        # Eletrônica"); the consumer's NFC-e ("Nota Fiscal de Consumidor Eletrônica") is a
        # receipt and does not read so.
        "nota fiscal eletronica",
    )
)


def _document_type(doc: _Doc, fields: InvoiceFields) -> DocumentType:
    """``credit_note`` when the head names a credit or the total is negative, ``receipt``
    when it names a receipt and no invoice, else ``invoice``."""
    if (fields.total is not None and fields.total < 0) or _is_credit(doc):
        return "credit_note"
    head = compact(" ".join(s.text for s in doc.segments[:25]))
    if any(w in head for w in _RECEIPT_WORDS) and not any(w in head for w in _INVOICE_WORDS):
        return "receipt"
    return "invoice"


def _is_credit(doc: _Doc) -> bool:
    """Whether the document's head names it a credit note: a credit word that starts a word
    ("Creditnota", "CREDITNOTE-Nr."), never one across two words ("kassabon omschrijving"
    holds "abono"). A correction's title ("Rechnungskorrektur") is left to the amounts' sign."""
    pairs = [(w, s) for s in doc.segments[:40] for w in (compact(t) for t in s.text.split()) if w]
    words = [w for w, _ in pairs]
    for i in range(len(words)):
        # Up to four words joined: "nota di credito", "credit note" printed with its spaces.
        joined = "".join(words[i : i + 4])
        if joined.startswith(_CORRECTIONS):
            continue
        if joined.startswith(CREDIT_WORDS) and not _priced_row(doc, pairs[i][1]):
            # The words before it on its own line ("CASH /" and "CREDIT INVOICE" may be two
            # runs of it): a "Terms: Cash" line over a "CREDIT NOTE" title leaves it one.
            seg = pairs[i][1]
            before = [
                w for w, s in pairs[max(0, i - 2) : i] if (s.page, s.row) == (seg.page, seg.row)
            ]
            if before[-1:] == ["cash"] or before == ["cash", "or"]:
                # "CASH / CREDIT INVOICE", "Cash or Credit Invoice": a sales book's invoice
                # for a sale paid now or on account, not a credit note.
                continue
            return True
    return False


def _priced_row(doc: _Doc, seg: Segment) -> bool:
    """Whether the segment's row carries money ("Gutschriften  -5,00", "5,00 € Gutschrift"):
    then the credit word names one line of an invoice's charges (a bonus, a refund in a
    utility bill's summary), not the document. A credit note's title carries at most its
    number and date."""
    return any(a.decimals for o in doc.row_of(seg) for a in find_amounts(o.text))
