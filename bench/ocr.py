"""OCR engine benchmark on scanned invoice pages: speed, character error rate, key fields, memory.

``python -m bench.ocr [--pages N] [--engines rapidocr,paddle,tesseract] [--device cpu|gpu]``

Pages are the single-page scans (``*-scan.jpg``) of the synthetic set (``bench/invoicegen``,
generated first when missing). The reference text of a scan is the text layer of the same
invoice's born-digital PDF (``*-pdf.pdf``), read with the pipeline's own text-layer reader: the
scan is a degraded render of exactly that page. Each engine runs in its own subprocess (so
imports, model memory and threads do not mix), bounded by a timeout; the parent scores.
See ``bench/ocr_README.md`` for the metric and the latest numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / "bench" / "data" / "synthetic"
DEFAULT_OUT_DIR = ROOT / "bench" / "out"

#: Engine variants: name -> environment for the factory (``OcrSettings.from_env``).
ENGINES: dict[str, dict[str, str]] = {
    "rapidocr": {"OCR_ENGINE": "rapidocr", "OCR_BACKEND": "openvino"},
    "rapidocr-ort": {"OCR_ENGINE": "rapidocr", "OCR_BACKEND": "onnxruntime"},
    "paddle": {"OCR_ENGINE": "paddle", "OCR_MODEL_SET": "v6"},
    "paddle-v4": {"OCR_ENGINE": "paddle", "OCR_MODEL_SET": "v4"},
    "rapidocr-torch": {"OCR_ENGINE": "rapidocr", "OCR_BACKEND": "torch"},
    "tesseract": {"OCR_ENGINE": "tesseract"},
}
DEFAULT_ENGINES = ("rapidocr", "paddle", "tesseract")


# --------------------------------------------------------------------------- the metric


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def _best_end(pattern: np.ndarray, text: np.ndarray, free_start: bool) -> tuple[int, int]:
    """Levenshtein of ``pattern`` against ``text[start:end]`` with a free end (and a free start
    when ``free_start``, else start 0): (distance, end index)."""
    n = len(text)
    cols = np.arange(n + 1)
    prev = np.zeros(n + 1, dtype=np.int64) if free_start else cols.astype(np.int64)
    for i, ch in enumerate(pattern, start=1):
        cur = np.empty(n + 1, dtype=np.int64)
        cur[0] = i
        cur[1:] = np.minimum(prev[:-1] + (text != ch), prev[1:] + 1)
        # Insertions run along the row: cur[j] = min over k <= j of cur[k] + (j - k).
        cur = np.minimum.accumulate(cur - cols) + cols
        prev = cur
    # On ties take the longest span: a substitution beats a deletion plus a stray insertion.
    end = n - int(np.argmin(prev[::-1]))
    return int(prev[end]), end


def align(pattern: str, text: str) -> tuple[int, int, int]:
    """Best match of ``pattern`` anywhere in ``text``: (distance, start, end)."""
    p, t = _codes(pattern), _codes(text)
    if len(t) == 0:
        return len(p), 0, 0
    dist, end = _best_end(p, t, free_start=True)
    # The start: the reversed pattern aligned from the match's end backwards.
    _, rev_end = _best_end(p[::-1], t[:end][::-1], free_start=False)
    return dist, end - rev_end, end


GAP = "\x00"


def cer(references: list[str], ocr_text: str) -> tuple[float, int, int]:
    """Order-insensitive character error rate: (cer, errors, reference characters).

    Whitespace is removed and both sides NFKC-normalised. Each reference string, longest first,
    is aligned to its best-matching span of the remaining OCR text (semi-global Levenshtein);
    its edit distance counts as errors and the span is cut out. A string needing more than half
    its length in edits counts as missing (its length in errors). OCR characters left unmatched
    at the end count as insertions. Reference strings without a letter or digit are skipped.
    """
    # Rules drawn with characters ("-----") are decoration no engine is asked to read.
    refs = sorted(
        (r for r in (_norm(s) for s in references) if any(ch.isalnum() for ch in r)),
        key=len,
        reverse=True,
    )
    total = sum(len(r) for r in refs)
    remaining = GAP.join(_norm(line) for line in ocr_text.splitlines())
    errors = 0
    for ref in refs:
        dist, start, end = align(ref, remaining)
        if dist > len(ref) / 2:
            errors += len(ref)
            continue
        errors += dist
        remaining = remaining[:start] + GAP + remaining[end:]
    errors += len(remaining.replace(GAP, ""))
    return (errors / total if total else 0.0), errors, total


def key_strings(truth: dict[str, Any]) -> dict[str, str]:
    """Invoice-critical strings exactly as printed on the page."""
    printed = truth.get("printed") or {}
    keys = {
        "invoice_number": printed.get("invoice_number"),
        "invoice_date": printed.get("invoice_date"),
        "due_date": printed.get("due_date"),
        "total": printed.get("total"),
        "vendor_vat_id": truth.get("vendor_vat_id"),
        "iban": truth.get("iban"),
    }
    return {k: str(v) for k, v in keys.items() if v}


def key_hits(keys: dict[str, str], ocr_text: str) -> dict[str, bool]:
    """Whitespace-free, NFKC, case-insensitive substring test per key."""
    haystack = _norm(ocr_text).casefold()
    return {k: _norm(v).casefold() in haystack for k, v in keys.items()}


# --------------------------------------------------------------------------- the pages


@dataclass(frozen=True)
class BenchPage:
    id: str
    image: Path
    reference: list[str]
    keys: dict[str, str]


def ensure_dataset(folder: Path) -> None:
    if (folder / "index.json").is_file():
        return
    print(f"generating the synthetic set in {folder} (about a minute)...", file=sys.stderr)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.invoicegen",
            "--seed",
            "1234",
            "--count",
            "60",
            "--out",
            str(folder),
        ],
        check=True,
        cwd=ROOT,
        timeout=900,
    )


def load_pages(folder: Path, limit: int) -> list[BenchPage]:
    from invoice_scanner_processing.engines.ocr.textlayer import read_text_layer

    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    by_id = {d["id"]: d for d in index["documents"]}
    pages: list[BenchPage] = []
    for doc in index["documents"]:
        if doc["kind"] != "scan" or not doc["file"].endswith(".jpg") or doc["pages"] != 1:
            continue
        pdf = by_id.get(f"{doc['invoice']}-pdf")
        if pdf is None:
            continue
        truth = json.loads((folder / doc["truth"]).read_text(encoding="utf-8"))
        lines = read_text_layer(folder / pdf["file"], 0, 1.0)
        pages.append(
            BenchPage(
                id=doc["id"],
                image=folder / doc["file"],
                reference=[line.text for line in lines],
                keys=key_strings(truth),
            )
        )
        if len(pages) >= limit:
            break
    return pages


def export_pages(pages: list[BenchPage], folder: Path) -> Path:
    """Copy the pages and their references to ``folder`` (``pages.json`` + images), so a
    machine without the synthetic set or pdfplumber (the GPU check) can run the same pages."""
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for page in pages:
        shutil.copyfile(page.image, folder / page.image.name)
        entries.append(
            {
                "id": page.id,
                "image": page.image.name,
                "reference": page.reference,
                "keys": page.keys,
            }
        )
    target = folder / "pages.json"
    target.write_text(json.dumps(entries, ensure_ascii=False, indent=1), encoding="utf-8")
    return target


def import_pages(pages_json: Path, limit: int) -> list[BenchPage]:
    entries = json.loads(pages_json.read_text(encoding="utf-8"))
    return [
        BenchPage(
            id=e["id"],
            image=pages_json.parent / e["image"],
            reference=list(e["reference"]),
            keys=dict(e["keys"]),
        )
        for e in entries[:limit]
    ]


# --------------------------------------------------------------------------- the worker


def worker(engine_name: str, pages_file: Path, out_file: Path) -> int:
    """Build one engine, read every page (the first one twice, untimed warm-up), write JSON."""
    from invoice_scanner_common.settings import Env
    from invoice_scanner_processing.engines.ocr.factory import (
        OcrSettings,
        build_engine,
        gpu_used,
    )
    from invoice_scanner_processing.layout import page_text

    images = [Path(p) for p in json.loads(pages_file.read_text(encoding="utf-8"))]
    env = dict(os.environ)
    env.update(ENGINES[engine_name])
    settings = OcrSettings.from_env(Env(env))
    start = time.perf_counter()
    engine = build_engine(settings, warm_up=False)
    init_s = time.perf_counter() - start
    batch = int(getattr(engine, "page_batch", 1))
    start = time.perf_counter()
    if batch > 1:  # the first pass, untimed: one batch of the pages
        engine.read_pages([(image, 1) for image in images[:batch]])
    else:
        engine.read_page(images[0], 1)
    first_s = time.perf_counter() - start
    results = []
    for begin in range(0, len(images), batch):
        chunk = images[begin : begin + batch]
        cpu0 = _cpu_seconds()
        if batch > 1:
            pages = engine.read_pages([(image, 1) for image in chunk])
        else:
            pages = [engine.read_page(chunk[0], 1)]
        cpu_share = (_cpu_seconds() - cpu0) / len(chunk)
        for image, page in zip(chunk, pages, strict=True):
            results.append(
                {
                    "image": str(image),
                    "seconds": page.seconds,
                    "cpu_seconds": cpu_share,
                    "text": page_text(page),
                    "lines": len(page.lines),
                }
            )
    usage_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    usage_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out_file.write_text(
        json.dumps(
            {
                "engine": engine_name,
                "models": engine.models,
                "device": engine.device,
                "gpu_used": gpu_used(engine),
                "threads": settings.threads if engine.name != "tesseract" else 1,
                "det_limit_side_len": settings.det_limit_side_len,
                "page_batch": batch,
                "rec_batch": int(getattr(engine, "rec_batch_num", 0)),
                "half": bool(getattr(engine, "half", False)),
                "init_s": init_s,
                "first_page_s": first_s,
                "peak_rss_mb": usage_self,
                "peak_child_rss_mb": usage_children,
                "pages": results,
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return 0


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


# --------------------------------------------------------------------------- the runner


def run_engine(
    name: str, pages: list[BenchPage], work: Path, device: str, timeout_s: float
) -> dict[str, Any]:
    pages_file = work / f"{name}-pages.json"
    out_file = work / f"{name}-result.json"
    pages_file.write_text(json.dumps([str(p.image) for p in pages]), encoding="utf-8")
    env = dict(os.environ)
    env["OCR_DEVICE"] = device if name != "tesseract" else "cpu"
    cmd = [sys.executable, "-m", "bench.ocr", "--worker", name, str(pages_file), str(out_file)]
    start = time.perf_counter()
    try:
        proc = subprocess.run(
            cmd, cwd=ROOT, env=env, timeout=timeout_s, capture_output=True, text=True
        )
    except subprocess.TimeoutExpired:
        return {"engine": name, "error": f"timed out after {timeout_s:.0f}s"}
    if proc.returncode != 0 or not out_file.is_file():
        return {"engine": name, "error": (proc.stderr or proc.stdout)[-2000:]}
    raw = json.loads(out_file.read_text(encoding="utf-8"))
    raw["wall_s"] = time.perf_counter() - start
    return score(raw, pages)


def _p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


def score(raw: dict[str, Any], pages: list[BenchPage]) -> dict[str, Any]:
    per_page = []
    errors = chars = 0
    hits = total_keys = 0
    by_key: dict[str, list[int]] = {}
    for page, result in zip(pages, raw["pages"], strict=True):
        _, page_errors, page_chars = cer(page.reference, result["text"])
        found = key_hits(page.keys, result["text"])
        errors, chars = errors + page_errors, chars + page_chars
        hits += sum(found.values())
        total_keys += len(found)
        for key, ok in found.items():
            by_key.setdefault(key, [0, 0])
            by_key[key][0] += int(ok)
            by_key[key][1] += 1
        per_page.append(
            {
                "id": page.id,
                "seconds": round(result["seconds"], 3),
                "cpu_seconds": round(result["cpu_seconds"], 3),
                "cer": round(page_errors / page_chars, 4) if page_chars else 0.0,
                "missed_keys": [k for k, ok in found.items() if not ok],
            }
        )
    seconds = [r["seconds"] for r in raw["pages"]]
    cpu = [r["cpu_seconds"] for r in raw["pages"]]
    return {
        "engine": raw["engine"],
        "models": raw["models"],
        "device": raw["device"],
        "gpu_used": raw["gpu_used"],
        "threads": raw["threads"],
        "page_batch": raw.get("page_batch", 1),
        "rec_batch": raw.get("rec_batch"),
        "half": raw.get("half", False),
        "pages": len(per_page),
        "median_s": round(statistics.median(seconds), 3),
        "p90_s": round(_p90(seconds), 3),
        "mean_s": round(statistics.fmean(seconds), 3),
        "pages_per_s": round(len(seconds) / sum(seconds), 2) if sum(seconds) else None,
        "median_cpu_s": round(statistics.median(cpu), 3),
        "init_s": round(raw["init_s"], 2),
        "first_page_s": round(raw["first_page_s"], 2),
        "cer": round(errors / chars, 4) if chars else 0.0,
        "key_hit_rate": round(hits / total_keys, 4) if total_keys else 0.0,
        "keys": {k: f"{v[0]}/{v[1]}" for k, v in by_key.items()},
        "peak_rss_mb": round(raw["peak_rss_mb"]),
        "peak_child_rss_mb": round(raw["peak_child_rss_mb"]),
        "per_page": per_page,
    }


def print_table(results: list[dict[str, Any]]) -> None:
    header = (
        f"{'engine':<11} {'dev':<4} {'thr':>3} {'pages':>5} {'median s':>8} {'p90 s':>6} "
        f"{'cpu s':>6} {'pages/s':>7} {'CER':>7} {'keys':>6} {'RSS MB':>7} {'child':>6}"
    )
    print(header)
    print("-" * len(header))
    for r in results:
        if "error" in r:
            print(f"{r['engine']:<11} ERROR {r['error'].strip().splitlines()[-1:]}")
            continue
        print(
            f"{r['engine']:<11} {r['device']:<4} {r['threads']:>3} {r['pages']:>5} "
            f"{r['median_s']:>8.3f} {r['p90_s']:>6.3f} {r['median_cpu_s']:>6.2f} "
            f"{r['pages_per_s'] or 0:>7.2f} {r['cer']:>7.4f} {100 * r['key_hit_rate']:>5.1f}% "
            f"{r['peak_rss_mb']:>7} {r['peak_child_rss_mb']:>6}"
        )
    for r in results:
        if "error" not in r:
            print(
                f"  {r['engine']}: gpu_used={r['gpu_used']} page_batch={r['page_batch']} "
                f"rec_batch={r['rec_batch']} half={r['half']} keys {r['keys']}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ocr", description=__doc__)
    parser.add_argument("--pages", type=int, default=20, help="scanned pages to read (20)")
    parser.add_argument("--engines", default=",".join(DEFAULT_ENGINES), help="comma-separated")
    parser.add_argument("--device", choices=("cpu", "gpu", "auto"), default="cpu")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--timeout", type=float, default=None, help="seconds per engine")
    parser.add_argument("--pages-json", type=Path, default=None, help="pages from --export-pages")
    parser.add_argument(
        "--export-pages",
        type=Path,
        default=None,
        metavar="DIR",
        help="copy the selected pages and references to DIR and stop",
    )
    parser.add_argument(
        "--worker", nargs=3, metavar=("ENGINE", "PAGES", "OUT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.worker:
        name, pages_file, out_file = args.worker
        return worker(name, Path(pages_file), Path(out_file))

    names = [n.strip() for n in args.engines.split(",") if n.strip()]
    unknown = [n for n in names if n not in ENGINES]
    if unknown:
        parser.error(f"unknown engine(s) {unknown}; choose from {', '.join(ENGINES)}")
    if args.pages_json:
        pages = import_pages(args.pages_json, args.pages)
    else:
        ensure_dataset(args.data)
        pages = load_pages(args.data, args.pages)
    if args.export_pages:
        print(f"exported {len(pages)} pages to {export_pages(pages, args.export_pages)}")
        return 0
    if not pages:
        print("no scanned single-page invoices found", file=sys.stderr)
        return 1
    timeout = args.timeout or 120 + 30 * len(pages)
    work = (args.out.parent if args.out else DEFAULT_OUT_DIR) / "ocr-work"
    work.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()[0]
    results = []
    for name in names:
        print(f"[{name}] {len(pages)} pages...", file=sys.stderr, flush=True)
        results.append(run_engine(name, pages, work, args.device, timeout))
    report = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "cores": len(os.sched_getaffinity(0)),
        "load_avg_before": round(load_before, 2),
        "load_avg_after": round(os.getloadavg()[0], 2),
        "pages": [p.id for p in pages],
        "results": results,
    }
    print_table(results)
    print(
        f"(cores {report['cores']}, load average {report['load_avg_before']} before, "
        f"{report['load_avg_after']} after)"
    )
    out = args.out or DEFAULT_OUT_DIR / f"ocr-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"report: {out}")
    return 0 if all("error" not in r for r in results) else 2


if __name__ == "__main__":
    sys.exit(main())
