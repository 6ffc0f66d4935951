"""Supplier memory benchmark: do later invoices of a reviewed supplier read right?

For each supplier, a series of invoices with one layout and style and different values
(``bench.invoicegen.series``; half the suppliers send scans, half PDFs):

1. the first invoice runs through the pipeline in-process (``Pipeline``: preprocessing, OCR,
   prediction, extraction, evaluation);
2. a reviewer corrects it from the truth: ``layout_memory.learn`` on its ``ocr.json`` with the
   true values (the pure step ``PATCH /documents/{id}`` and approve call through
   ``invoice_scanner_api.suppliers.service.learn``, here without the database rows);
3. the later invoices run twice from the same OCR: prediction by the reader alone, then with the
   supplier's memory (``Pipeline.predict(doc_dir, suppliers)``, what the prediction task does).

Only suppliers on whose first invoice the reader alone makes a mistake are kept (that is when a
reviewer corrects something), until ``--suppliers`` are found. Printed: field accuracy of the
header fields and straight-through rate (auto-approved) of the later invoices, with and without
memory. The series come from ``--seed``; tune on another seed than the one you report.
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.invoicegen.corpus import document_seed
from bench.invoicegen.locales import LOCALES
from bench.invoicegen.raster import render_pages, scan_pages
from bench.invoicegen.render_pdf import render_pdf
from bench.invoicegen.series import draw_series
from bench.scoring import score_field

logger = logging.getLogger("bench.memory")

LAYOUTS = ("classic", "right_header", "meta_table", "footer_vendor", "receipt")
SCORED = (
    "invoice_number",
    "invoice_date",
    "due_date",
    "vendor_name",
    "amount",
    "vat",
    "total",
    "currency",
)


@dataclass
class Tally:
    right: int = 0
    fields: int = 0
    approved: int = 0
    documents: int = 0
    wrong: dict[str, int] = field(default_factory=dict)

    def add(self, truth: dict[str, Any], fields: Any, decision: str) -> list[str]:
        bad = [n for n in SCORED if score_field(n, truth.get(n), getattr(fields, n)) != "correct"]
        self.fields += len(SCORED)
        self.right += len(SCORED) - len(bad)
        self.documents += 1
        self.approved += decision == "approved"
        for n in bad:
            self.wrong[n] = self.wrong.get(n, 0) + 1
        return bad

    def summary(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "field_accuracy": round(self.right / self.fields, 4) if self.fields else None,
            "straight_through_rate": round(self.approved / self.documents, 4)
            if self.documents
            else None,
            "wrong_fields": dict(sorted(self.wrong.items())),
        }


def _write(inv: Any, kind: str, folder: Path, name: str) -> tuple[Path, dict[str, Any]]:
    pdf, pages = render_pdf(inv)
    if kind == "pdf":
        path = folder / f"{name}.pdf"
        path.write_bytes(pdf)
    else:
        jpegs, _ = scan_pages(render_pages(pdf), inv.seed)
        path = folder / f"{name}.jpg"
        path.write_bytes(jpegs[0])
    return path, inv.truth(kind, pages)


def _run(pipe: Any, raw: Path, work: Path) -> None:
    work.mkdir(parents=True)
    pipe.preprocess(raw, work)
    pipe.ocr(work)


def _predict(pipe: Any, work: Path, suppliers: list[dict[str, Any]] | None) -> tuple[Any, str]:
    pipe.predict(work, suppliers)
    extraction = pipe.extract(work)
    return extraction.fields, pipe.evaluate(work).decision


def _supplier(truth: dict[str, Any], work: Path) -> list[dict[str, Any]]:
    from invoice_scanner_common import layout_memory as lm
    from invoice_scanner_common import supplier_match as sm

    pages = lm.pages_of(json.loads((work / "ocr.json").read_text(encoding="utf-8")))
    values = {n: truth.get(n) for n in lm.FIELD_KINDS}
    return [
        {
            "id": "supplier",
            "name_key": sm.normalise_name(truth.get("vendor_name")),
            "vat_id": sm.normalise_id(truth.get("vendor_vat_id")),
            "iban": sm.normalise_id(truth.get("iban")),
            "registration_number": None,
            "layouts": [
                {
                    "id": 1,
                    "version": 1,
                    "fingerprint": lm.fingerprint(pages),
                    "fields": lm.learn(values, pages),
                }
            ],
        }
    ]


def run(args: argparse.Namespace) -> dict[str, Any]:
    from invoice_scanner_processing.pipeline import Pipeline

    pipe = Pipeline()
    tmp = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="bench-memory-"))
    try:
        return _series_loop(args, pipe, tmp)
    finally:
        if not args.work:
            shutil.rmtree(tmp, ignore_errors=True)


def _series_loop(args: argparse.Namespace, pipe: Any, tmp: Path) -> dict[str, Any]:
    kinds = args.kinds.split(",")
    locales = sorted(LOCALES)
    without, with_memory, first = Tally(), Tally(), Tally()
    kept: list[dict[str, Any]] = []
    started = time.monotonic()
    candidate = 0
    while len(kept) < args.suppliers and candidate < args.max_candidates:
        layout = LAYOUTS[candidate % len(LAYOUTS)]
        locale = locales[document_seed(args.seed, candidate) % len(locales)]
        kind = kinds[candidate % len(kinds)]
        series = draw_series(args.seed, candidate, 1 + args.later, layout, locale)
        folder = tmp / f"s{candidate:03d}"
        folder.mkdir(parents=True)
        candidate += 1
        raw0, truth0 = _write(series[0], kind, folder, "d0")
        _run(pipe, raw0, folder / "w0")
        fields0, decision0 = _predict(pipe, folder / "w0", None)
        probe = Tally()
        if not probe.add(truth0, fields0, decision0):
            logger.info("%s %s %s: the reader is right alone, skipped", layout, locale, kind)
            continue
        first.add(truth0, fields0, decision0)
        suppliers = _supplier(truth0, folder / "w0")
        row: dict[str, Any] = {"layout": layout, "locale": locale, "kind": kind, "later": []}
        for k, inv in enumerate(series[1:], start=1):
            raw, truth = _write(inv, kind, folder, f"d{k}")
            _run(pipe, raw, folder / f"w{k}")
            bad_without = without.add(truth, *_predict(pipe, folder / f"w{k}", None))
            fields, decision = _predict(pipe, folder / f"w{k}", suppliers)
            bad_with = with_memory.add(truth, fields, decision)
            row["later"].append({"without": bad_without, "with": bad_with, "decision": decision})
        kept.append(row)
        later = "; ".join(
            f"without {r['without']} with {r['with']} {r['decision']}" for r in row["later"]
        )
        print(
            f"[{len(kept)}/{args.suppliers}] {layout:13s} {locale} {kind:4s} {later}",
            file=sys.stderr,
        )
    return {
        "seed": args.seed,
        "suppliers": len(kept),
        "candidates": candidate,
        "later_per_supplier": args.later,
        "kinds": kinds,
        "seconds": round(time.monotonic() - started, 1),
        "first_documents": first.summary(),
        "later_without_memory": without.summary(),
        "later_with_memory": with_memory.summary(),
        "series": kept,
    }


def report(result: dict[str, Any]) -> str:
    a, b = result["later_without_memory"], result["later_with_memory"]

    def pct(v: float | None) -> str:
        return "-" if v is None else f"{100 * v:.1f} %"

    lines = [
        f"suppliers {result['suppliers']} (of {result['candidates']} drawn; kept: the reader "
        f"alone errs on the first invoice), later invoices {a['documents']}, kinds "
        f"{','.join(result['kinds'])}, {result['seconds']} s",
        f"{'':22s}{'field accuracy':>16s}{'straight-through':>18s}",
        *(
            f"{label:22s}{pct(t['field_accuracy']):>16s}{pct(t['straight_through_rate']):>18s}"
            for label, t in (("without memory", a), ("with memory", b))
        ),
        f"wrong without: {a['wrong_fields']}",
        f"wrong with:    {b['wrong_fields']}",
    ]
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="bench.memory", description=__doc__.splitlines()[0])
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--suppliers", type=int, default=None, help="default 30 (--quick: 4)")
    p.add_argument("--later", type=int, default=2, help="later invoices per supplier")
    p.add_argument("--kinds", default="pdf,scan")
    p.add_argument("--max-candidates", type=int, default=200)
    p.add_argument("--quick", action="store_true", help="4 suppliers, one later invoice each")
    p.add_argument("--out", type=Path, default=None, help="JSON report")
    p.add_argument("--work", type=Path, default=None, help="keep documents and artefacts here")
    p.add_argument("-v", "--verbose", action="store_true")
    args = p.parse_args(argv)
    if args.quick:
        args.later = 1
    args.suppliers = args.suppliers or (4 if args.quick else 30)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
    result = run(args)
    print(report(result))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
