"""Score the offline extractor on a synthetic corpus (``python -m bench.invoicegen`` output).

Usage::

    .venv/bin/python invoice.scanner.processing/tests/rules/eval_synthetic.py CORPUS [CACHE]

PDFs go through the text-layer builder, images through RapidOCR (cached as JSON in CACHE,
since OCR is slow on a small CPU). Prints per-field accuracy by kind and by locale.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from rules_builders import from_image, from_pdf

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import HEADER_FIELDS


def load(corpus: Path, entry: dict, cache: Path) -> OcrDocument | None:
    cached = cache / f"{entry['id']}.json"
    if cached.exists():
        return OcrDocument.model_validate_json(cached.read_text())
    if os.environ.get("CACHED_ONLY"):
        return None
    path = corpus / entry["file"]
    doc = from_pdf(path) if path.suffix == ".pdf" else from_image(path)
    cached.write_text(doc.model_dump_json())
    return doc


def same(name: str, got: object, want: object) -> bool:
    if want is None:
        return got is None
    if got is None:
        return False
    if name in ("amount", "vat", "total"):
        return Decimal(str(got)) == Decimal(str(want))
    if isinstance(got, date):
        return got.isoformat() == want
    return " ".join(str(got).lower().split()) == " ".join(str(want).lower().split())


def main() -> None:
    corpus = Path(sys.argv[1])
    cache = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/tmp/offcache")
    cache.mkdir(parents=True, exist_ok=True)
    only = sys.argv[3].split(",") if len(sys.argv) > 3 else None
    # CACHED_ONLY=1 scores only documents already OCR'd (another run may be filling the cache).
    index = json.loads((corpus / "index.json").read_text())
    extractor = RuleExtractor()
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    field_stats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    times = []
    for entry in index["documents"]:
        if only and entry["kind"] not in only:
            continue
        truth = json.loads((corpus / entry["truth"]).read_text())
        doc = load(corpus, entry, cache)
        if doc is None:
            continue
        t0 = time.perf_counter()
        fields = extractor.predict(doc).fields
        times.append(time.perf_counter() - t0)
        wrong = []
        for name in HEADER_FIELDS:
            ok = same(name, getattr(fields, name), truth.get(name))
            for key in (
                entry["kind"],
                truth["locale"],
                "all",
                f"{entry['kind']}/{truth['locale']}",
            ):
                stats[key][0] += ok
                stats[key][1] += 1
            field_stats[f"{entry['kind']}:{name}"][0] += ok
            field_stats[f"{entry['kind']}:{name}"][1] += 1
            if not ok:
                wrong.append(f"{name}: got {getattr(fields, name)!r} want {truth.get(name)!r}")
        if wrong:
            print(entry["id"], truth["locale"], truth["layout"], truth["document_type"])
            for w in wrong:
                print("   ", w)
    print()
    for key in sorted(stats):
        ok, n = stats[key]
        print(f"{key:20s} {ok / n:6.1%}  ({ok}/{n})")
    print()
    for key in sorted(field_stats):
        ok, n = field_stats[key]
        print(f"{key:24s} {ok / n:6.1%}  ({ok}/{n})")
    times.sort()
    print(f"extract ms: median {1000 * times[len(times) // 2]:.1f} max {1000 * times[-1]:.1f}")


if __name__ == "__main__":
    main()
