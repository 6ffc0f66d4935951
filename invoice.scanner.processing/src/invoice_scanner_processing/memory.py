"""Supplier memory on the reading side: recognise the supplier, read the remembered places.

After the rules (or an LLM) have read a document, :func:`apply_memory` matches it to one of the
company's known suppliers (``invoice_scanner_common.layout_memory.match_supplier``) and, when a
layout of that supplier fits the page, reads each remembered field at its place beside its
label. A remembered value replaces the reader's only when its label was found on this page and
the text there parses as the field's type (a date, an amount, or an identifier with digits);
such fields get source ``memory`` in the evidence. Nothing here approves anything: the
evaluation stage still runs every check on the combined values.

The reading itself is pure (the suppliers come in as plain dicts); the three small helpers at
the end are what the Celery tasks call to load a company's suppliers and store what matched.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from invoice_scanner_common import layout_memory as lm
from invoice_scanner_common import supplier_match as sm
from invoice_scanner_common.db import Document, Supplier
from invoice_scanner_processing import storage
from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules.parsing import parse_amount, parse_date
from invoice_scanner_processing.schema import InvoiceFields, Prediction

logger = logging.getLogger(__name__)

#: Confidence of a value read at a remembered place (a reviewer confirmed this place).
CONF_MEMORY = 0.97


class MemoryOutcome(BaseModel):
    """``memory.json``: which supplier and layout matched, and the fields read from memory."""

    supplier_id: str | None = None
    layout_id: int | None = None
    matched_by: list[str] = Field(default_factory=list)
    confidence: float = 0.0
    layout_similarity: float = 0.0
    fields: list[str] = Field(default_factory=list)
    #: Fields reviewers confirmed empty on this layout and that are empty again.
    confirmed_absent: list[str] = Field(default_factory=list)


def document_pages(document: OcrDocument) -> list[lm.Page]:
    return lm.pages_of(document.model_dump(mode="json"))


#: The shape an identifier must have (letters and digits only, upper case) to count as read.
_SHAPES = {
    "invoice_number": re.compile(r"(?=.*\d)[A-Z0-9]{1,24}"),
    "purchase_order": re.compile(r"(?=.*\d)[A-Z0-9]{1,24}"),
    "vendor_vat_id": re.compile(r"(?=(?:.*\d){4})[A-Z0-9]{6,16}"),
    "iban": re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}"),
    "bic": re.compile(r"[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?"),
}


def _iban_ok(value: str) -> bool:
    raw = value[4:] + value[:4]
    return int("".join(str(int(ch, 36)) for ch in raw)) % 97 == 1


def parse_as(where: Mapping[str, Any], name: str, text: str) -> Any:
    """``text`` as field ``name``'s type, or ``None`` when it does not parse as one: a date,
    an amount, an identifier of the right shape (an IBAN with valid check digits), or a name
    of about as many words as the one learned."""
    kind, hint = str(where.get("kind")), where.get("hint")
    if kind == "amount":
        return parse_amount(text)
    if kind == "date":
        dayfirst = {"dmy": True, "mdy": False}.get(hint or "")
        return parse_date(text, dayfirst=dayfirst)
    value = text.strip().strip(":").strip()
    if not value:
        return None
    shape = _SHAPES.get(name)
    if shape is not None:
        compact = sm.normalise_id(value) or ""
        if not shape.fullmatch(compact) or (name == "iban" and not _iban_ok(compact)):
            return None
        return value
    learned_words = int(where.get("words") or 0)
    if learned_words and abs(len(value.split()) - learned_words) > 1:
        return None
    return value


def read_fields(
    fields: Mapping[str, Mapping[str, Any]], pages: Sequence[lm.Page]
) -> dict[str, tuple[Any, dict[str, Any]]]:
    """Each remembered field read at its place: ``{name: (value, evidence)}``."""
    by_number = {p.number: p for p in pages}
    out: dict[str, tuple[Any, dict[str, Any]]] = {}
    for name, where in fields.items():
        if where.get("absent"):
            continue
        page = by_number.get(int(where.get("page") or 1))
        if page is None:
            continue
        hit = lm.read_place(where, page)
        if hit is None:
            continue
        text, box = hit
        value = parse_as(where, name, text)
        if value is None:
            continue
        out[name] = (
            value,
            {
                "source": "memory",
                "page": page.number,
                # Normalised page coordinates, as the API shows every field's box.
                "bbox": [
                    round(box[0] / page.width, 4),
                    round(box[1] / page.height, 4),
                    round(box[2] / page.width, 4),
                    round(box[3] / page.height, 4),
                ],
                "text": text,
            },
        )
    # Two fields read from the very same words: one place was learned wrong; trust neither.
    boxes: dict[tuple[int, tuple[float, ...]], list[str]] = {}
    for name, (_, ev) in out.items():
        boxes.setdefault((ev["page"], tuple(ev["bbox"])), []).append(name)
    for names in boxes.values():
        if len(names) > 1:
            logger.info("memory: %s read the same words; not used", ", ".join(sorted(names)))
            for name in names:
                out.pop(name)
    return out


_AMOUNTS = ("amount", "vat", "total")


def _adds_up(net: Any, vat: Any, total: Any) -> bool:
    if net is None or vat is None or total is None:
        return False
    return abs(Decimal(net) + Decimal(vat) - Decimal(total)) <= Decimal("0.01")


def _breaks_sum(fields: InvoiceFields, values: Mapping[str, Any]) -> bool:
    """The reader's net + VAT = total holds and the remembered amounts would break it."""
    if not any(name in values for name in _AMOUNTS):
        return False
    before = [getattr(fields, name) for name in _AMOUNTS]
    after = [values.get(name, getattr(fields, name)) for name in _AMOUNTS]
    return _adds_up(*before) and not _adds_up(*after)


def known_spelling(prediction: Prediction, known: str | None) -> Prediction:
    """The recognised supplier's own spelling of its name where the page's reading is the same
    name but for accents and case: OCR drops diacritics ("Björk & Akerlund" for "Björk &
    Åkerlund") where the spelling a reviewer confirmed keeps them. Any other difference (a
    word more or less) keeps the reading."""
    read = prediction.fields.vendor_name
    if not read or not known or read == known or lm.fold(read) != lm.fold(known):
        return prediction
    logger.info("vendor name spelled as the known supplier's")
    evidence = {**prediction.evidence}
    evidence["vendor_name"] = {**evidence.get("vendor_name", {}), "source": "memory"}
    return prediction.model_copy(
        update={
            "fields": prediction.fields.model_copy(update={"vendor_name": known}),
            "evidence": evidence,
        }
    )


def apply_memory(
    document: OcrDocument, prediction: Prediction, suppliers: Sequence[Mapping[str, Any]]
) -> tuple[Prediction, MemoryOutcome]:
    """The prediction with remembered fields read first, the recognised supplier's spelling
    of its name (:func:`known_spelling`), and what matched."""
    prediction, outcome = _read_remembered(document, prediction, suppliers)
    supplier = next((s for s in suppliers if str(s["id"]) == outcome.supplier_id), None)
    spelled = known_spelling(prediction, supplier.get("name") if supplier else None)
    if spelled is not prediction:
        outcome.fields = sorted({*outcome.fields, "vendor_name"})
    return spelled, outcome


def _read_remembered(
    document: OcrDocument, prediction: Prediction, suppliers: Sequence[Mapping[str, Any]]
) -> tuple[Prediction, MemoryOutcome]:
    if not suppliers:
        return prediction, MemoryOutcome()
    pages = document_pages(document)
    fp = lm.fingerprint(pages)
    match = sm.match_supplier(prediction.fields.model_dump(mode="json"), fp, suppliers)
    if match is None:
        return prediction, MemoryOutcome()
    outcome = MemoryOutcome(
        supplier_id=str(match.supplier_id),
        layout_id=match.layout_id,
        matched_by=list(match.matched_by),
        confidence=match.confidence,
        layout_similarity=match.layout_similarity,
    )
    supplier = next(s for s in suppliers if s["id"] == match.supplier_id)
    layout = next((x for x in supplier.get("layouts") or [] if x["id"] == match.layout_id), None)
    if layout is None or match.layout_similarity < sm.SAME_LAYOUT:
        logger.info("supplier %s recognised; no remembered layout fits", match.supplier_id)
        return prediction, outcome
    remembered = layout.get("fields") or {}
    read = read_fields(remembered, pages)
    # A field reviewers confirmed empty on this layout, and empty again: that is no doubt.
    absent = sorted(
        name
        for name, where in remembered.items()
        if where.get("absent") and getattr(prediction.fields, name, None) in (None, "")
    )
    if not read and not absent:
        return prediction, outcome
    values = {name: value for name, (value, _) in read.items()}
    if _breaks_sum(prediction.fields, values):
        # A remembered place that held the net on the first invoice may hold the lines'
        # subtotal on the next (a discount appeared): never trade a sum that adds up for one
        # that does not.
        logger.info("memory: amounts read do not add up; the reader's amounts stand")
        for name in _AMOUNTS:
            read.pop(name, None)
            values.pop(name, None)
    fields = prediction.fields.model_copy(update=values)
    evidence = {**prediction.evidence, **{name: ev for name, (_, ev) in read.items()}}
    confidence = {**prediction.confidence, **dict.fromkeys([*read, *absent], CONF_MEMORY)}
    outcome.fields = sorted(read)
    outcome.confirmed_absent = absent
    logger.info("memory of supplier %s read %s", match.supplier_id, ", ".join(outcome.fields))
    return (
        prediction.model_copy(
            update={"fields": fields, "evidence": evidence, "confidence": confidence}
        ),
        outcome,
    )


# -- what the tasks call ---------------------------------------------------------------------


def company_suppliers(session: Session, company_id: uuid.UUID) -> list[dict[str, Any]]:
    """The company's own suppliers with their layouts; never another company's."""
    rows = session.scalars(
        select(Supplier)
        .where(Supplier.company_id == company_id)
        .options(selectinload(Supplier.layouts))
    ).all()
    return [sm.supplier_record(s) for s in rows]


def _outcome(doc_dir: Path) -> MemoryOutcome | None:
    path = doc_dir / storage.MEMORY
    return storage.read_model(path, MemoryOutcome) if path.exists() else None


def record_supplier_match(doc: Document, doc_dir: Path) -> None:
    """The recognised supplier on the document row (cleared when nothing matched)."""
    outcome = _outcome(doc_dir)
    if outcome is None or outcome.supplier_id is None:
        doc.supplier_id = None
        doc.supplier_match = None
        return
    doc.supplier_id = uuid.UUID(outcome.supplier_id)
    doc.supplier_match = outcome.model_dump(mode="json", exclude={"supplier_id"})


def memory_fields(data: dict[str, Any], doc_dir: Path, extraction: Any) -> None:
    """Mark the fields whose final value is the one memory read with source ``memory`` in
    ``data["fields"]`` (an e-invoice value that replaced it keeps its own source)."""
    outcome = _outcome(doc_dir)
    prediction_path = doc_dir / storage.PREDICTION
    if outcome is None or not outcome.fields or not prediction_path.exists():
        return
    prediction = storage.read_model(prediction_path, Prediction)
    entries = dict(data.get("fields") or {})
    for name in outcome.fields:
        evidence = prediction.evidence.get(name) or {}
        value = getattr(extraction.fields, name, None)
        if evidence.get("source") != "memory" or not _same(value, getattr(prediction.fields, name)):
            continue
        entries[name] = {
            **dict(entries.get(name) or {}),
            "value": _json_value(value),
            "confidence": extraction.confidence.get(name, CONF_MEMORY),
            "source": "memory",
            "page": evidence.get("page"),
            "bbox": evidence.get("bbox"),
        }
    data["fields"] = entries


def _same(a: Any, b: Any) -> bool:
    from invoice_scanner_processing.stages.prediction import same_value

    return a is not None and b is not None and same_value(a, b)


def _json_value(value: Any) -> Any:
    """As the API shows the flat fields: amounts as numbers, dates as ISO strings."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, date):
        return value.isoformat()
    return value
