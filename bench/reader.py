"""The rule reader's time per document: prediction, extraction and evaluation over cached OCR.

Preprocessing and OCR come from the ``bench.ocrcache`` cache (made on first use, so a first run
over scans takes OCR's time once); then the three stages after OCR run ``--repeat`` times on
every document and the best of the repeats counts, so another process's burst does not count::

    python -m bench.reader                               # real-dev and every blind set
    python -m bench.reader --pdf-only bench/blindsets/blind-2026-12t
    make bench-reader ARGS="--pdf-only"

Prints the median, p90 and maximum milliseconds per document of each stage and of the three
together, and the slowest documents. The speed goal of the rules (well under 50 ms a
born-digital document on this machine's cores) is read here, not asserted by a timed test.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench import ocrcache
from bench.dataset import DOCUMENT_SUFFIXES
from invoice_scanner_processing import storage
from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.pipeline import decide

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("prediction", "extraction", "evaluation")
PDF = {".pdf"}


def _default_folders() -> list[Path]:
    real_dev = ROOT.parent / "shared" / "data" / "real-dev"
    blind = sorted(p for p in (ROOT / "bench" / "blindsets").glob("blind-*") if p.is_dir())
    return ([real_dev] if real_dev.is_dir() else []) + blind


def _files(folders: list[Path], pdf_only: bool) -> list[Path]:
    """The documents of ``folders`` as ``bench.dataset`` lists a real folder's files."""
    suffixes = PDF if pdf_only else set(DOCUMENT_SUFFIXES)
    return [
        path
        for folder in folders
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.suffix.lower() in suffixes
    ]


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _time_one(path: Path, repeat: int) -> dict[str, float]:
    """The best of ``repeat`` runs of each stage after OCR on ``path``'s cached reading."""
    pipe = ocrcache._pipeline()
    entry = ocrcache.ocr_folder(path, pipe)
    best: dict[str, float] = {}
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp) / "doc"
            shutil.copytree(entry, work)
            ocr = storage.read_model(work / storage.OCR, OcrDocument)
            timings: dict[str, float] = {}
            decide(pipe, work, ocr, timings, time.perf_counter())
        timings["total"] = sum(timings[s] for s in STAGES)
        for key, seconds in timings.items():
            best[key] = min(best.get(key, seconds), seconds)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--pdf-only", action="store_true", help="born-digital PDFs only")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--slowest", type=int, default=5)
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = parser.parse_args()
    files = _files(args.folders or _default_folders(), args.pdf_only)
    if not files:
        parser.error("no documents in the given folders")
    rows = {str(path): _time_one(path, args.repeat) for path in files}
    summary = {}
    print(f"{len(rows)} documents, best of {args.repeat} runs each (ms per document)")
    print(f"{'stage':<12}{'median':>9}{'p90':>9}{'max':>9}")
    for stage in (*STAGES, "total"):
        values = [row[stage] * 1000 for row in rows.values()]
        summary[stage] = {
            "median_ms": round(statistics.median(values), 1),
            "p90_ms": round(_quantile(values, 0.9), 1),
            "max_ms": round(max(values), 1),
        }
        figures = summary[stage]
        print(
            f"{stage:<12}{figures['median_ms']:>9.1f}{figures['p90_ms']:>9.1f}"
            f"{figures['max_ms']:>9.1f}"
        )
    slowest = sorted(rows.items(), key=lambda item: -item[1]["total"])[: args.slowest]
    for name, row in slowest:
        print(f"  {row['total'] * 1000:7.1f} ms  {Path(name).parent.name}/{Path(name).name}")
    if args.out:
        args.out.write_text(json.dumps({"documents": len(rows), "stages": summary}, indent=2))


if __name__ == "__main__":
    main()
