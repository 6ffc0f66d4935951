"""Write a fixed evaluation set: documents, one ground-truth JSON per document, an index.

Output layout under ``out``::

    index.json                    # generator_version, seed, count, kinds, documents[]
    files/inv-0007-pdf.pdf        # born-digital PDF (text layer)
    files/inv-0007-png.png        # page 1 at 200 dpi; single-page invoices only
    files/inv-0007-scan.jpg       # degraded scan; a multi-page invoice gets an image-only .pdf
    files/inv-0007-photo.jpg      # phone photo (only with --kinds ...,photo; single-page only)
    truth/inv-0007-pdf.json       # ground truth of that document (see model.Invoice.truth)

The set is a pure function of (seed, count, kinds, GENERATOR_VERSION, and PHOTO_VERSION when it
holds photos); ``ensure_corpus`` reuses a set on disk when those match and regenerates it
otherwise. Photos draw from their own random stream, so asking for them leaves every other file
byte-identical.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bench.invoicegen.draw import draw_invoice
from bench.invoicegen.locales import LOCALES
from bench.invoicegen.model import ALL_KINDS, GENERATOR_VERSION, KINDS, LAYOUTS
from bench.invoicegen.photo import PHOTO_VERSION, photo_page
from bench.invoicegen.raster import jpeg_pdf, png_bytes, render_pages, scan_pages
from bench.invoicegen.render_pdf import render_pdf_boxes

logger = logging.getLogger(__name__)

DEFAULT_SEED = 1234
DEFAULT_COUNT = 60
INDEX = "index.json"


class CorpusError(RuntimeError):
    """The output folder cannot be (re)written safely."""


def plan(count: int) -> list[tuple[int, str, str]]:
    """(index, layout, locale) for each invoice.

    Layouts cycle fastest; the locale index is ``(7q + r) mod 8`` for ``i = 6q + r``, so any 48
    consecutive invoices hold every layout × locale pair once and small sets stay balanced.
    """
    locales = sorted(LOCALES)
    n_layouts = len(LAYOUTS)
    out = []
    for i in range(count):
        q, r = divmod(i, n_layouts)
        out.append((i, LAYOUTS[r], locales[((n_layouts + 1) * q + r) % len(locales)]))
    return out


def document_seed(seed: int, index: int) -> int:
    """A stable per-invoice seed (no use of ``hash()``, which is salted per process)."""
    digest = hashlib.sha256(f"{seed}:{index}".encode()).hexdigest()
    return int(digest[:12], 16)


def _dump(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def build_invoice(
    out: Path, seed: int, index: int, layout: str, locale: str, kinds: Sequence[str]
) -> list[dict[str, Any]]:
    """Write one invoice in every requested kind; returns its index entries."""
    doc_seed = document_seed(seed, index)
    inv = draw_invoice(doc_seed, layout, locale)
    pdf, pages, boxes = render_pdf_boxes(inv)
    images = render_pages(pdf) if {"png", "scan", "photo"} & set(kinds) else []
    stem = f"inv-{index:04d}"
    entries = []
    for kind in kinds:
        extra: dict[str, Any] = {}
        if kind == "pdf":
            name, data = f"{stem}-pdf.pdf", pdf
        elif kind == "png":
            if pages > 1:
                continue  # a PNG holds one page; multi-page invoices come as pdf and scan only
            name, data = f"{stem}-png.png", png_bytes(images[0])
        elif kind == "scan":
            jpegs, params = scan_pages(images, doc_seed)
            if pages == 1:
                name, data = f"{stem}-scan.jpg", jpegs[0]
            else:
                name, data = f"{stem}-scan.pdf", jpeg_pdf(jpegs)
            extra["scan"] = [asdict(p) for p in params]
        elif kind == "photo":
            if pages > 1:
                continue  # one photo per upload; a multi-page photo set is another problem
            data, photo = photo_page(images[0], doc_seed)
            name = f"{stem}-photo.jpg"
            extra["photo"] = asdict(photo)
        else:
            raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(ALL_KINDS)}")
        doc_id = f"{stem}-{kind}"
        (out / "files" / name).write_bytes(data)
        truth = inv.truth(kind, pages) | {"id": doc_id, "file": f"files/{name}"} | extra
        truth["boxes"] = boxes  # where the page draws these values (normalised, top-left origin)
        (out / "truth" / f"{doc_id}.json").write_text(_dump(truth), encoding="utf-8")
        entries.append(
            {
                "id": doc_id,
                "invoice": stem,
                "kind": kind,
                "file": f"files/{name}",
                "truth": f"truth/{doc_id}.json",
                "layout": layout,
                "locale": locale,
                "pages": pages,
                "document_type": inv.document_type,
            }
        )
    return entries


def generate(out: Path, seed: int, count: int, kinds: Sequence[str] = KINDS) -> Path:
    """Generate the set into ``out`` (replacing a previous generated set there)."""
    kinds = [k for k in ALL_KINDS if k in kinds]
    out = out.resolve()
    staging = out.parent / f".{out.name}.partial"
    if staging.exists():
        shutil.rmtree(staging)
    (staging / "files").mkdir(parents=True)
    (staging / "truth").mkdir()
    started = time.monotonic()
    documents: list[dict[str, Any]] = []
    for index, layout, locale in plan(count):
        documents.extend(build_invoice(staging, seed, index, layout, locale, kinds))
        if (index + 1) % 10 == 0:
            logger.info("generated %d/%d invoices", index + 1, count)
    index_data: dict[str, Any] = {
        "generator": "bench.invoicegen",
        "generator_version": GENERATOR_VERSION,
        "seed": seed,
        "count": count,
        "kinds": kinds,
        "documents": documents,
    }
    if "photo" in kinds:  # only then, so that indexes without photos stay as they were
        index_data["photo_version"] = PHOTO_VERSION
    (staging / INDEX).write_text(_dump(index_data), encoding="utf-8")
    if out.exists():
        if not (out / INDEX).is_file() and any(out.iterdir()):
            shutil.rmtree(staging)
            raise CorpusError(f"{out} exists and is not a generated set; refusing to replace it")
        shutil.rmtree(out)
    staging.rename(out)
    logger.info(
        "wrote %d documents (%d invoices) to %s in %.1f s",
        len(documents),
        count,
        out,
        time.monotonic() - started,
    )
    return out


def read_index(out: Path) -> dict[str, Any] | None:
    try:
        data: dict[str, Any] = json.loads((out / INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data


def is_current(out: Path, seed: int, count: int, kinds: Sequence[str] = KINDS) -> bool:
    index = read_index(out)
    return bool(
        index
        and index.get("generator_version") == GENERATOR_VERSION
        and index.get("seed") == seed
        and index.get("count") == count
        and set(index.get("kinds", ())) >= set(kinds)
        and ("photo" not in kinds or index.get("photo_version") == PHOTO_VERSION)
    )


def ensure_corpus(out: Path, seed: int, count: int, kinds: Sequence[str] = KINDS) -> Path:
    """``out`` holding the set for (seed, count, kinds); generated only when missing or stale."""
    if is_current(out, seed, count, kinds):
        return out
    logger.info("generating synthetic set seed=%d count=%d into %s", seed, count, out)
    return generate(out, seed, count, kinds)
