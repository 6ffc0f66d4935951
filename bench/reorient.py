"""Where the OCR stage's orientation check (``stages/reorient.py``) fires, over cached readings.

Reads the ``bench.ocrcache`` entry of every file in the given folders (nothing is OCRed or
written) and runs :func:`reorient.turn_for` on each OCR page as it was read::

    python -m bench.reorient --cache /work/ocr-cache bench/blindsets/blind-2026-* DIR ...

Prints each page it would turn, the count, the check's time per page and the highest
upside-down votes among the pages it leaves alone.
"""

from __future__ import annotations

import argparse
import hashlib
import time
from pathlib import Path

import cv2
import numpy as np

from invoice_scanner_processing import storage
from invoice_scanner_processing.documents import Manifest, OcrDocument
from invoice_scanner_processing.stages import reorient


def _documents(folders: list[Path]) -> dict[str, Path]:
    """Each document file of ``folders`` (not its truth JSON) by its SHA-256, once."""
    files: dict[str, Path] = {}
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.is_file() and path.suffix != ".json" and not path.name.startswith("README"):
                files.setdefault(hashlib.sha256(path.read_bytes()).hexdigest(), path)
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--cache", type=Path, required=True)
    args = parser.parse_args()
    files = _documents(args.folders)
    pages = fired = missing = 0
    seconds: list[float] = []
    votes: list[tuple[float, str]] = []
    for digest, path in files.items():
        entry = args.cache / digest
        if not (entry / storage.OCR).is_file():
            missing += 1
            continue
        doc = storage.read_model(entry / storage.OCR, OcrDocument)
        manifest = storage.read_model(entry / storage.MANIFEST, Manifest)
        for page in doc.pages:
            if page.source != "ocr":
                continue
            pages += 1
            image = entry / manifest.pages[page.page_number - 1].path
            start = time.perf_counter()
            grey = cv2.imread(str(image), cv2.IMREAD_GRAYSCALE)
            turns = reorient.turn_for(page, grey)
            seconds.append(time.perf_counter() - start)
            if turns:
                fired += 1
                print(f"turns {turns * 90:3d}°  {path}  p{page.page_number}")
            elif not reorient.is_sideways(page):
                wide = [line for line in page.lines if not reorient._is_tall(line)]
                vote = reorient._upside_down_vote(grey, wide, 0)
                if vote is not None:
                    votes.append((vote, f"{path.parent.name}/{path.name}"))
    ms = 1000 * np.percentile(seconds, (50, 95)) if seconds else (0.0, 0.0)
    print(f"{len(files)} documents ({missing} not cached), {pages} OCR pages, turned {fired}")
    print(f"decode + check per page: median {ms[0]:.0f} ms, p95 {ms[1]:.0f} ms")
    top = ", ".join(f"{v:.2f} {name}" for v, name in sorted(votes, reverse=True)[:5])
    print(f"highest upside-down votes among pages left alone: {top}")


if __name__ == "__main__":
    main()
