"""Supplier memory on the API side: learn from a reviewer, show and forget per company.

A correction (``PATCH /documents/{id}``) teaches the places of the corrected fields; an approval
teaches the places of every field the reviewer confirmed. The document's ``ocr.json`` says
where each value stood; :mod:`invoice_scanner_common.layout_memory` turns that into a place
beside a label. Everything is scoped to the caller's company.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from invoice_scanner_api.review.evidence import fields_view
from invoice_scanner_common import layout_memory as lm
from invoice_scanner_common import supplier_match as sm
from invoice_scanner_common.db import Document, Supplier, SupplierLayout

logger = logging.getLogger(__name__)


def _ocr_pages(processed_dir: Path, doc: Document) -> list[lm.Page]:
    path = processed_dir / str(doc.id) / "ocr.json"
    try:
        return lm.pages_of(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return []


def current_values(doc: Document) -> dict[str, Any]:
    """The document's values as the reviewer sees them (corrected ones included)."""
    view = fields_view(doc.result)
    data = (doc.result.data or {}) if doc.result is not None else {}
    out = {}
    for name in lm.FIELD_KINDS:
        value = view[name]["value"] if name in view else data.get(name)
        if value not in (None, ""):
            out[name] = value
    return out


def _company_suppliers(session: Session, company_id: uuid.UUID) -> list[Supplier]:
    return list(
        session.scalars(
            select(Supplier)
            .where(Supplier.company_id == company_id)
            .options(selectinload(Supplier.layouts))
        ).all()
    )


def _supplier_for(
    session: Session, doc: Document, values: dict[str, Any], fp: list[int]
) -> Supplier | None:
    suppliers = _company_suppliers(session, doc.company_id)
    by_id = {s.id: s for s in suppliers}
    match = sm.match_supplier(values, fp, [sm.supplier_record(s) for s in suppliers])
    # The reviewer's values decide; the pipeline's recognition is the fallback.
    if match is not None and (set(match.matched_by) - {"layout"}):
        return by_id[match.supplier_id]
    if doc.supplier_id in by_id:
        return by_id[doc.supplier_id]
    if not (values.get("vendor_name") or values.get("vendor_vat_id") or values.get("iban")):
        return None
    supplier = Supplier(company_id=doc.company_id, layouts=[])
    session.add(supplier)
    return supplier


def _fill_identity(supplier: Supplier, values: dict[str, Any]) -> None:
    supplier.name = supplier.name or values.get("vendor_name")
    supplier.name_key = supplier.name_key or sm.normalise_name(values.get("vendor_name"))
    supplier.vat_id = supplier.vat_id or sm.normalise_id(values.get("vendor_vat_id"))
    supplier.iban = supplier.iban or sm.normalise_id(values.get("iban"))


def _remember(
    supplier: Supplier, fp: list[int], learned: dict[str, dict[str, Any]]
) -> SupplierLayout:
    """Merge the learned places into the fitting layout, or start a new version."""
    fitting = [(sm.containment(x.fingerprint or [], fp), x) for x in supplier.layouts]
    fitting = [(s, x) for s, x in fitting if s >= sm.SAME_LAYOUT]
    version = max((x.version for x in supplier.layouts), default=0) + 1
    if not fitting:
        layout = SupplierLayout(version=version, fingerprint=fp, fields=learned, samples=1)
        supplier.layouts.append(layout)
        return layout
    layout = max(fitting, key=lambda f: (f[0], f[1].version))[1]
    stored = dict(layout.fields or {})
    conflicts = [n for n, w in learned.items() if n in stored and not lm.same_place(stored[n], w)]
    if conflicts:
        # A place that disagrees with an earlier correction: keep both, as layout versions.
        logger.info("memory: %s moved; new layout version %d", ", ".join(conflicts), version)
        new = SupplierLayout(
            version=version, fingerprint=fp, fields={**stored, **learned}, samples=1
        )
        supplier.layouts.append(new)
        return new
    layout.fields = {**stored, **learned}
    layout.fingerprint = sm.merge_fingerprints(layout.fingerprint or [], fp)
    layout.samples = (layout.samples or 0) + 1
    return layout


def learn(
    session: Session, processed_dir: Path, doc: Document, names: Iterable[str]
) -> SupplierLayout | None:
    """Remember where the fields ``names`` of ``doc`` stood; ``None`` when nothing was found.

    The caller commits. The document is linked to its supplier (created on first sight).
    """
    values = current_values(doc)
    pages = _ocr_pages(processed_dir, doc)
    if not pages or not values:
        return None
    fp = lm.fingerprint(pages)
    supplier = _supplier_for(session, doc, values, fp)
    if supplier is None:
        return None
    _fill_identity(supplier, values)
    learned = lm.learn({n: values.get(n) for n in names if n in lm.FIELD_KINDS}, pages)
    layout = _remember(supplier, fp, learned) if learned else None
    session.flush()
    if doc.supplier_id != supplier.id:
        doc.supplier_id = supplier.id
        doc.supplier_match = {"matched_by": ["review"], "confidence": 1.0, "fields": []}
    logger.info("memory: learned %s for supplier %s", sorted(learned), supplier.id)
    return layout


def learn_quietly(
    session: Session, processed_dir: Path, doc: Document, names: Iterable[str]
) -> None:
    """:func:`learn` and commit; a failure is logged and never fails the review action."""
    try:
        learn(session, processed_dir, doc, list(names))
        session.commit()
    except Exception:
        session.rollback()
        logger.exception("memory: could not learn from this review")


def get_for_company(session: Session, company_id: uuid.UUID, supplier_id: uuid.UUID) -> Supplier:
    supplier = session.scalar(
        select(Supplier)
        .where(Supplier.id == supplier_id, Supplier.company_id == company_id)
        .options(selectinload(Supplier.layouts))
    )
    if supplier is None:
        raise LookupError(supplier_id)
    return supplier


def memory_view(session: Session, supplier: Supplier) -> dict[str, Any]:
    documents = session.scalar(
        select(func.count()).select_from(Document).where(Document.supplier_id == supplier.id)
    )
    return {
        "supplier": supplier_view(supplier),
        "documents": documents or 0,
        "layouts": [
            {
                "id": x.id,
                "version": x.version,
                "samples": x.samples,
                "fixed_words": len(x.fingerprint or []),
                "fields": x.fields or {},
                "created_at": x.created_at,
                "updated_at": x.updated_at,
            }
            for x in supplier.layouts
        ],
    }


def supplier_view(supplier: Supplier) -> dict[str, Any]:
    return {
        "id": supplier.id,
        "name": supplier.name,
        "vat_id": supplier.vat_id,
        "iban": supplier.iban,
        "registration_number": supplier.registration_number,
    }


def forget(session: Session, supplier: Supplier) -> int:
    """Drop every remembered layout of the supplier (it stays known by its identifiers)."""
    count = len(supplier.layouts)
    supplier.layouts.clear()
    session.commit()
    logger.info("memory: forgot %d layout(s) of supplier %s", count, supplier.id)
    return count


def document_supplier(session: Session, doc: Document) -> dict[str, Any] | None:
    """``supplier`` of ``GET /documents/{id}``: who sent it and how it was recognised."""
    if doc.supplier_id is None:
        return None
    supplier = session.get(Supplier, doc.supplier_id)
    if supplier is None or supplier.company_id != doc.company_id:
        return None
    match = doc.supplier_match or {}
    return {
        "id": supplier.id,
        "name": supplier.name,
        "matched_by": list(match.get("matched_by") or []),
        "confidence": match.get("confidence"),
        "layout_version": _layout_version(supplier, match.get("layout_id")),
        "fields_from_memory": list(match.get("fields") or []),
    }


def _layout_version(supplier: Supplier, layout_id: Any) -> int | None:
    return next((x.version for x in supplier.layouts if x.id == layout_id), None)
