"""Evidence benchmark: do the field boxes land on the value the page draws?

``python -m bench.evidence [--seed N] [--count N] [--kinds pdf,png,scan]``

Generates a synthetic set (its truth records where the generator drew the invoice number, the
invoice date and the total, ``truth["boxes"]``), runs every document through
``pipeline.process_file`` and compares each of those fields' ``bbox`` (from the ``fields``
object) with the drawn box. A field counts as a hit when IoU >= 0.5 on the right page.

Scans are the clean page rotated by a small angle and shifted (``truth["scan"]``); the pipeline
deskews them back, so the drawn box is carried over by the recorded shift only and the rotation
is taken as undone. Photos (perspective-warped) are not measured.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.invoicegen.corpus import generate
from bench.invoicegen.raster import DPI
from invoice_scanner_processing.stages.evidence import iou

BOXED = ("invoice_number", "invoice_date", "total")
MEASURED_KINDS = ("pdf", "png", "scan")
MIN_IOU = 0.5


def expected_box(truth: dict[str, Any], name: str) -> tuple[int, list[float]] | None:
    """The drawn box of ``name`` in the page the pipeline reads (scan shift carried over)."""
    drawn = truth.get("boxes", {}).get(name)
    if drawn is None:
        return None
    page, box = int(drawn["page"]), list(drawn["bbox"])
    scans = truth.get("scan")
    if truth.get("kind") == "scan" and scans:
        params = scans[page - 1]
        w_pt, h_pt = drawn["page_size_pt"]
        dx, dy = params["shift_x"] / (w_pt * DPI / 72), params["shift_y"] / (h_pt * DPI / 72)
        box = [box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy]
    return page, box


def measure(corpus: Path, kinds: Sequence[str]) -> dict[str, Any]:
    """Per-kind hits of the boxed fields; details of every miss."""
    from invoice_scanner_processing.pipeline import Pipeline, process_file

    pipeline = Pipeline()
    index = json.loads((corpus / "index.json").read_text(encoding="utf-8"))
    hits: dict[str, int] = defaultdict(int)
    totals: dict[str, int] = defaultdict(int)
    misses = []
    for doc in index["documents"]:
        if doc["kind"] not in kinds:
            continue
        truth = json.loads((corpus / doc["truth"]).read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory() as work:
            outcome = process_file(corpus / doc["file"], Path(work), pipeline=pipeline)
        evidence = outcome.extraction.fields_evidence
        for name in BOXED:
            expected = expected_box(truth, name)
            if expected is None:
                continue
            totals[doc["kind"]] += 1
            got = evidence.get(name, {})
            score = (
                iou(got["bbox"], expected[1])
                if got.get("bbox") and got.get("page") == expected[0]
                else 0.0
            )
            if score >= MIN_IOU:
                hits[doc["kind"]] += 1
            else:
                misses.append(
                    {
                        "id": doc["id"],
                        "field": name,
                        "iou": round(score, 3),
                        "got": got,
                        "drawn": expected,
                    }
                )
    n_hits, n_all = sum(hits.values()), sum(totals.values())
    return {
        "per_kind": {k: {"hits": hits[k], "fields": totals[k]} for k in totals},
        "hits": n_hits,
        "fields": n_all,
        "rate": n_hits / n_all if n_all else 0.0,
        "misses": misses,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=4321)
    parser.add_argument("--count", type=int, default=24)
    parser.add_argument("--kinds", default=",".join(MEASURED_KINDS))
    parser.add_argument("--data", type=Path, default=Path("bench/out/evidence-set"))
    args = parser.parse_args(argv)
    kinds = [k for k in args.kinds.split(",") if k in MEASURED_KINDS]
    corpus = generate(args.data, args.seed, args.count, kinds)
    report = measure(corpus, kinds)
    for kind, row in sorted(report["per_kind"].items()):
        print(f"{kind:5s} {row['hits']:4d}/{row['fields']:<4d} boxes with IoU >= {MIN_IOU}")
    print(f"all   {report['hits']:4d}/{report['fields']:<4d} = {report['rate']:.1%}")
    for miss in report["misses"]:
        print("miss", json.dumps(miss))
    return 0 if report["rate"] >= 0.95 else 1


if __name__ == "__main__":
    sys.exit(main())
