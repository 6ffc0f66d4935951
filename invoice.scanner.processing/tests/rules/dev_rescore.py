"""Re-score the offline extractor on OCR output a benchmark run kept (``--keep-work DIR``).

Usage::

    .venv/bin/python invoice.scanner.processing/tests/rules/dev_rescore.py WORK CORPUS \
        [--show FIELD] [--id inv-0004-pdf]

``WORK`` is the ``--keep-work`` folder of ``python -m bench.accuracy`` (one ``<id>/work/ocr.json``
per document); ``CORPUS`` the synthetic set it ran on (for ``truth/<id>.json``). Running the
extractor on cached OCR takes seconds, so rules can be tuned without re-running OCR. Prints the
accuracy per field by kind, locale and layout, and the confidence of right and wrong values.
This is a development tool, not a test: tune on a seed other than the benchmark's.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository root, for bench

from bench.scoring import CORRECT, SCORED_FIELDS, score_document
from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("work", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--show", help="print wrong values of this field")
    parser.add_argument("--id", help="only documents whose id contains this")
    parser.add_argument("--kinds", default="pdf,png,scan")
    args = parser.parse_args()
    kinds = set(args.kinds.split(","))
    extractor = RuleExtractor()
    groups: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    conf: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    slowest = 0.0
    for ocr in sorted(args.work.glob("*/work/ocr.json")):
        doc_id = ocr.parent.parent.name
        if args.id and args.id not in doc_id:
            continue
        truth = json.loads((args.corpus / "truth" / f"{doc_id}.json").read_text())
        if truth["kind"] not in kinds:
            continue
        document = OcrDocument.model_validate_json(ocr.read_text())
        started = time.perf_counter()
        pred = extractor.predict(document)
        slowest = max(slowest, time.perf_counter() - started)
        score = score_document(truth, pred.fields)
        keys = [
            "all",
            f"kind={truth['kind']}",
            f"locale={truth['locale']}",
            f"layout={truth['layout']}",
        ]
        for name, status in score.fields.items():
            ok = int(status == CORRECT)
            for key in keys:
                groups[key][name].append(ok)
            c = pred.confidence.get(name)
            if c is not None:
                conf[name]["ok" if ok else "bad"].append(c)
            if args.show == name and not ok:
                got = getattr(pred.fields, name)
                if name == "line_items":
                    got = [(i.description, i.quantity, i.unit_price, i.amount) for i in got or []]
                    want = [
                        (i["description"], i["quantity"], i["unit_price"], i["amount"])
                        for i in truth["line_items"]
                    ]
                    print(f"{doc_id} {truth['layout']} {truth['locale']}")
                    print("   want", want)
                    print("   got ", got)
                else:
                    print(
                        f"{doc_id} {truth['layout']} {truth['locale']} want={truth.get(name)!r}"
                        f" printed={truth.get('printed', {}).get(name)!r} got={got!r} conf={c}"
                    )
    short = [f[:7] for f in SCORED_FIELDS]
    print(f"{'group':22} {'n':>4} " + " ".join(f"{s:>7}" for s in short))
    for key in sorted(groups, key=lambda k: (k != "all", k)):
        row = groups[key]
        n = len(row[SCORED_FIELDS[0]])
        cells = " ".join(f"{100 * sum(row[f]) / len(row[f]):7.1f}" for f in SCORED_FIELDS)
        print(f"{key:22} {n:4d} {cells}")
    print("\nconfidence (ok: n, min, mean | wrong: n, max, mean, n>=0.9)")
    for name, by in conf.items():
        ok, bad = by.get("ok", []), by.get("bad", [])
        ok_s = f"{len(ok)} {min(ok):.2f} {sum(ok) / len(ok):.2f}" if ok else "0"
        bad_s = (
            f"{len(bad)} {max(bad):.2f} {sum(bad) / len(bad):.2f} {sum(b >= 0.9 for b in bad)}"
            if bad
            else "0"
        )
        print(f"  {name:16} ok: {ok_s:18} wrong: {bad_s}")
    print(f"slowest document: {slowest * 1000:.0f} ms", file=sys.stderr)


if __name__ == "__main__":
    main()
