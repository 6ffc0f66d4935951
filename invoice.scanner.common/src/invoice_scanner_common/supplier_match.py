"""Which known supplier a document comes from: identifiers, name and layout fingerprint.

Pure, shared by both services: the API links a reviewed document to its supplier, the
prediction stage recognises the supplier of a new document. Suppliers come in as plain dicts
(:func:`supplier_record` of a ``Supplier`` row with its layouts); fingerprints are the sets
:func:`invoice_scanner_common.layout_memory.fingerprint` computes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from invoice_scanner_common.layout_memory import fold

_NON_ALNUM = re.compile(r"[\W_]+")

#: A page holding at least this share of a layout's fixed words has that layout.
SAME_LAYOUT = 0.6
#: ... and this share, with no identifier against it, names the supplier by layout alone.
LAYOUT_ONLY = 0.85
#: Legal forms left out when names are compared.
_LEGAL_FORMS = {
    "gmbh",
    "ag",
    "ab",
    "sa",
    "sas",
    "sarl",
    "srl",
    "spa",
    "bv",
    "nv",
    "ltd",
    "llc",
    "inc",
    "plc",
    "co",
    "kg",
    "ohg",
    "sl",
    "oy",
    "as",
    "aps",
    "corp",
    "company",
}


def jaccard(a: Iterable[int], b: Iterable[int]) -> float:
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def containment(layout: Iterable[int], page: Iterable[int]) -> float:
    """The share of a layout's fixed words that a page holds (1.0: all of them)."""
    sl, sp = set(layout), set(page)
    return len(sl & sp) / len(sl) if sl and sp else 0.0


def merge_fingerprints(old: Sequence[int], new: Sequence[int]) -> list[int]:
    """A layout learned again keeps the words both pages share: what varies (names, goods,
    month names) drops out and what stays are the fixed words; never fewer than 20."""
    both = sorted(set(old) & set(new))
    return both if len(both) >= 20 else list(old)


def normalise_name(name: str | None) -> str | None:
    """A supplier name for comparison: folded, legal forms and punctuation ignored."""
    if not name:
        return None
    words = [fold(w) for w in name.split()]
    kept = [w for w in words if w and w not in _LEGAL_FORMS]
    return " ".join(kept) or None


def normalise_id(value: str | None) -> str | None:
    """A VAT id, IBAN or registration number: upper case letters and digits only."""
    if not value:
        return None
    out = _NON_ALNUM.sub("", value).upper()
    return out or None


# -- which known supplier a document comes from ----------------------------------------------


@dataclass(frozen=True)
class SupplierMatch:
    supplier_id: Any
    matched_by: tuple[str, ...]
    confidence: float
    layout_id: Any = None
    layout_similarity: float = 0.0


def match_supplier(
    values: Mapping[str, Any], fp: Sequence[int], suppliers: Sequence[Mapping[str, Any]]
) -> SupplierMatch | None:
    """The known supplier a document comes from, judged by its identifiers and its layout.

    ``suppliers``: ``{id, vat_id, iban, registration_number, name_key, layouts: [{id,
    fingerprint}]}``. A VAT id, IBAN or registration number equal to the supplier's is strong
    evidence; the normalised name less so; the layout fingerprint alone only when it is nearly
    identical and no identifier read on the page contradicts it.
    """
    ids = {
        "vat_id": normalise_id(values.get("vendor_vat_id")),
        "iban": normalise_id(values.get("iban")),
        "registration_number": normalise_id(values.get("registration_number")),
    }
    name = normalise_name(values.get("vendor_name"))
    best: SupplierMatch | None = None
    for s in suppliers:
        by = [k for k, v in ids.items() if v and v == s.get(k)]
        contradicted = any(v and s.get(k) and v != s.get(k) for k, v in ids.items())
        if name and name == s.get("name_key"):
            by.append("name")
        layout, sim = _best_layout(fp, s.get("layouts") or [])
        if sim >= SAME_LAYOUT:
            by.append("layout")
        confidence = _confidence(by, sim, contradicted)
        if confidence <= 0:
            continue
        match = SupplierMatch(
            s["id"], tuple(by), confidence, layout["id"] if layout else None, round(sim, 3)
        )
        if best is None or match.confidence > best.confidence:
            best = match
    return best


def _best_layout(fp: Sequence[int], layouts: Sequence[Mapping[str, Any]]) -> tuple[Any, float]:
    best, sim = None, 0.0
    for layout in layouts:
        s = containment(layout.get("fingerprint") or [], fp)
        # The newest version wins a tie: it holds the latest corrections.
        if best is None or s > sim or (s == sim and layout["version"] > best["version"]):
            best, sim = layout, s
    return best, sim


def _confidence(by: Sequence[str], sim: float, contradicted: bool) -> float:
    strong = [b for b in by if b in ("vat_id", "iban", "registration_number")]
    if strong:
        return min(0.99, 0.9 + 0.03 * len(strong) + (0.03 if "layout" in by else 0.0))
    if contradicted:
        return 0.0
    if "name" in by:
        return 0.9 if "layout" in by else 0.75
    if "layout" in by and sim >= LAYOUT_ONLY:
        return round(sim * 0.9, 3)
    return 0.0


def supplier_record(supplier: Any) -> dict[str, Any]:
    """A ``Supplier`` row with its layouts as the plain dict :func:`match_supplier` reads."""
    return {
        "id": supplier.id,
        "name": supplier.name,
        "name_key": supplier.name_key,
        "vat_id": supplier.vat_id,
        "iban": supplier.iban,
        "registration_number": supplier.registration_number,
        "layouts": [
            {
                "id": layout.id,
                "version": layout.version,
                "fingerprint": list(layout.fingerprint or []),
                "fields": dict(layout.fields or {}),
            }
            for layout in supplier.layouts
        ],
    }
