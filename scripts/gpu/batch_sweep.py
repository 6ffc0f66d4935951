"""How fast the OCR engine reads when pages go through it in batches: the GPU check's sweep.

``python scripts/gpu/batch_sweep.py --pages-json bench/data/gpu-pages/pages.json``

The engine is built as a worker builds it (``OcrSettings`` from the environment: set
``OCR_DEVICE`` and ``OCR_BACKEND``), then reads the pages, repeated ``--repeat`` times, with each
page batch size of ``--batches`` (1 is a page at a time, ``read_page``), and, with ``--half``,
again in float16. For each it prints ms per page, pages/s, the split of the last batch's time
between the steps (:class:`PageBatcher.timings`) and how many lines read differently from the
page-at-a-time reading. ``--procs N`` then runs N engine processes side by side, as N OCR worker
processes sharing one GPU would, and prints their pages/s together. JSON to ``--out``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _engine(env_updates: dict[str, str]) -> Any:
    from invoice_scanner_common.settings import Env
    from invoice_scanner_processing.engines.ocr.factory import OcrSettings, build_engine

    env = dict(os.environ)
    env.update(env_updates)
    return build_engine(OcrSettings.from_env(Env(env)), warm_up=False)


def _texts(pages: list[Any]) -> list[list[str]]:
    return [[line.text for line in page.lines] for page in pages]


def _read(engine: Any, paths: list[Path], batch: int) -> tuple[float, list[Any]]:
    engine.page_batch = batch
    if engine._batcher is not None:  # the detector's batch follows page_batch
        engine._batcher.close()
        engine._batcher = None
    items = [(path, 1) for path in paths]
    engine.read_pages(items[: max(batch, 1)])  # warm-up at this batch's shapes
    start = time.perf_counter()
    pages = engine.read_pages(items)
    return time.perf_counter() - start, pages


def _differences(reference: list[list[str]], other: list[list[str]]) -> int:
    count = 0
    for ref, got in zip(reference, other, strict=True):
        count += sum(1 for a, b in zip(ref, got, strict=False) if a != b) + abs(len(ref) - len(got))
    return count


def sweep(paths: list[Path], batches: list[int], half: bool) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    variants = [("float32", {"OCR_HALF": "0"})] + ([("float16", {"OCR_HALF": "1"})] if half else [])
    reference: list[list[str]] | None = None
    for precision, env in variants:
        t = time.perf_counter()
        try:
            engine = _engine(env)
        except Exception as exc:  # reported, and the sweep goes on
            print(f"{precision}: the engine could not be built: {exc!r}")
            continue
        print(
            f"built {engine.name} {precision} on {engine.device} in {time.perf_counter() - t:.1f}s"
        )
        for batch in batches:
            try:
                seconds, pages = _read(engine, paths, batch)
            except Exception as exc:
                print(f"{precision} page_batch={batch}: {exc!r}")
                continue
            texts = _texts(pages)
            if reference is None:
                reference = texts
            batcher = getattr(engine, "_batcher", None)
            row = {
                "precision": precision,
                "page_batch": batch,
                "rec_batch": engine.rec_batch_num,
                "pages": len(paths),
                "seconds": round(seconds, 3),
                "ms_per_page": round(1000 * seconds / len(paths), 1),
                "pages_per_s": round(len(paths) / seconds, 2),
                "lines": sum(len(t) for t in texts),
                "lines_differing_from_first": _differences(reference, texts),
                "last_batch_steps_s": dict(batcher.timings) if batcher is not None else {},
            }
            rows.append(row)
            print(json.dumps(row))
    return rows


def _proc(args: tuple[list[str], int, Any]) -> tuple[float, float, int]:
    paths, batch, barrier = args
    engine = _engine({})
    engine.page_batch = batch
    items = [(Path(p), 1) for p in paths]
    engine.read_pages(items[: max(batch, 1)])
    barrier.wait()
    start = time.perf_counter()
    engine.read_pages(items)
    return start, time.perf_counter(), len(items)


def side_by_side(paths: list[Path], procs: int, batch: int) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        barrier = manager.Barrier(procs)
        with context.Pool(procs) as pool:
            spans = pool.map(_proc, [([str(p) for p in paths], batch, barrier)] * procs)
    start = min(s for s, _, _ in spans)
    end = max(e for _, e, _ in spans)
    pages = sum(n for _, _, n in spans)
    row = {
        "procs": procs,
        "page_batch": batch,
        "pages": pages,
        "seconds": round(end - start, 3),
        "pages_per_s": round(pages / (end - start), 2),
        "ms_per_page": round(1000 * (end - start) / pages, 1),
        "per_process_s": [round(e - s, 3) for s, e, _ in spans],
    }
    print(json.dumps(row))
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages-json", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=4, help="read the pages this many times")
    parser.add_argument("--batches", default="1,8,16,48")
    parser.add_argument("--half", action="store_true", help="also run in float16")
    parser.add_argument("--procs", default="", help="e.g. 2,4: processes side by side")
    parser.add_argument("--procs-batch", type=int, default=8)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    entries = json.loads(args.pages_json.read_text(encoding="utf-8"))
    paths = [args.pages_json.parent / e["image"] for e in entries] * args.repeat
    report: dict[str, Any] = {
        "sweep": sweep(paths, [int(b) for b in args.batches.split(",")], args.half)
    }
    report["side_by_side"] = [
        side_by_side(paths, int(n), args.procs_batch) for n in args.procs.split(",") if n
    ]
    if args.out:
        args.out.write_text(json.dumps(report, indent=1), encoding="utf-8")
    if not report["sweep"]:
        return 1
    best = min(report["sweep"], key=lambda r: r["ms_per_page"])
    print(
        f"best: {best['ms_per_page']} ms/page ({best['pages_per_s']} pages/s), "
        f"page_batch={best['page_batch']} {best['precision']}; median of the sweep "
        f"{statistics.median(r['ms_per_page'] for r in report['sweep'])} ms/page"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
