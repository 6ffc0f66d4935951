"""The documents the bench runs over: the synthetic set and, when present, real samples.

A real sample is any ``NAME.pdf`` / ``.png`` / ``.jpg`` / ``.jpeg`` / ``.tif`` / ``.tiff`` with a
``NAME.json`` ground truth next to it (any depth below the folder). The JSON uses the field
names of the synthetic truth (``invoice_number``, ``invoice_date`` ISO, ``due_date``,
``vendor_name``, ``amount`` net, ``vat``, ``total``, ``currency``, ``line_items``); fields left
out count as null. Optional ``kind``, ``locale`` and ``layout`` keys label the document in the
report (defaults: ``pdf`` for PDFs, ``scan`` for images; ``unknown``; ``real``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.invoicegen.corpus import read_index

logger = logging.getLogger(__name__)

DOCUMENT_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")


class DatasetError(RuntimeError):
    """A dataset folder or ground-truth file cannot be read."""


@dataclass(frozen=True)
class BenchDocument:
    id: str
    path: Path
    truth: dict[str, Any]
    kind: str
    locale: str
    layout: str
    source: str  # "synthetic" or "real"
    invoice: str  # groups the kinds of one synthetic invoice


def load_synthetic(folder: Path) -> list[BenchDocument]:
    """Documents listed in ``folder/index.json`` (written by ``python -m bench.invoicegen``)."""
    index = read_index(folder)
    if index is None:
        raise DatasetError(f"{folder} has no readable index.json")
    docs = []
    for entry in index["documents"]:
        truth = json.loads((folder / entry["truth"]).read_text(encoding="utf-8"))
        docs.append(
            BenchDocument(
                id=entry["id"],
                path=folder / entry["file"],
                truth=truth,
                kind=entry["kind"],
                locale=entry["locale"],
                layout=entry["layout"],
                source="synthetic",
                invoice=entry["invoice"],
            )
        )
    return docs


def _real_kind(path: Path, truth: dict[str, Any]) -> str:
    if truth.get("kind"):
        return str(truth["kind"])
    return "pdf" if path.suffix.lower() == ".pdf" else "scan"


def load_real(folder: Path) -> list[BenchDocument]:
    """Every document with a same-named ``.json`` ground truth below ``folder``, sorted by path."""
    docs = []
    for path in sorted(p for p in folder.rglob("*") if p.suffix.lower() in DOCUMENT_SUFFIXES):
        truth_path = path.with_suffix(".json")
        if not truth_path.is_file():
            logger.debug("no ground truth for %s; skipped", path)
            continue
        try:
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise DatasetError(f"{truth_path}: not valid JSON ({exc})") from exc
        if not isinstance(truth, dict):
            raise DatasetError(f"{truth_path}: expected a JSON object")
        rel = path.relative_to(folder).with_suffix("")
        doc_id = "real/" + rel.as_posix()
        docs.append(
            BenchDocument(
                id=doc_id,
                path=path,
                truth=truth,
                kind=_real_kind(path, truth),
                locale=str(truth.get("locale") or "unknown"),
                layout=str(truth.get("layout") or "real"),
                source="real",
                invoice=doc_id,
            )
        )
    return docs


def select(
    docs: Iterable[BenchDocument], kinds: Iterable[str] | None, limit: int | None
) -> list[BenchDocument]:
    """Documents of the given kinds from the first ``limit`` invoices (all kinds of each)."""
    wanted = set(kinds) if kinds else None
    out: list[BenchDocument] = []
    invoices: list[str] = []
    for doc in docs:
        if wanted is not None and doc.kind not in wanted:
            continue
        if doc.invoice not in invoices:
            if limit is not None and len(invoices) >= limit:
                continue
            invoices.append(doc.invoice)
        out.append(doc)
    return out
