"""Where the OCR stage's orientation check (``stages/reorient.py``) fires, over cached readings.

Reads the ``bench.ocrcache`` entry of every file in the given folders (nothing is OCRed or
written) and runs :func:`reorient.turn_for` on each OCR page as it was read::

    python -m bench.reorient --cache /work/ocr-cache bench/blindsets/blind-2026-* DIR ...

Prints each page it would turn, the count, the check's time per page (a page whose reading
is confident and across the page costs no decode), the reading confidences of the pages read
across, and the highest upside-down votes among the pages it leaves alone (the classifier asked
of every such page, whatever its confidence, to show the margin).
"""

from __future__ import annotations

import argparse
import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from invoice_scanner_processing import storage
from invoice_scanner_processing.documents import Manifest, OcrDocument, OcrPage
from invoice_scanner_processing.stages import reorient


def _documents(folders: list[Path]) -> dict[str, Path]:
    """Each document file of ``folders`` (not its truth JSON) by its SHA-256, once."""
    files: dict[str, Path] = {}
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.is_file() and path.suffix != ".json" and not path.name.startswith("README"):
                files.setdefault(hashlib.sha256(path.read_bytes()).hexdigest(), path)
    return files


@dataclass
class _Tally:
    pages: int = 0
    fired: int = 0
    checked: int = 0
    seconds: list[float] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)
    votes: list[tuple[float, str]] = field(default_factory=list)


def _check(page: OcrPage, image: Path, name: str, tally: _Tally) -> None:
    """Run the OCR stage's check on one cached page as the stage would, and tally it."""
    tally.pages += 1
    start = time.perf_counter()
    grey = None
    turns = 0
    if reorient.worth_checking(page):
        tally.checked += 1
        grey = cv2.imread(str(image), cv2.IMREAD_GRAYSCALE)
        turns = reorient.turn_for(page, grey)
    tally.seconds.append(time.perf_counter() - start)
    if turns:
        tally.fired += 1
        print(f"turns {turns * 90:3d}°  {name}  p{page.page_number}")
        return
    if len(page.lines) < reorient.MIN_LINES or reorient.is_sideways(page):
        return
    tally.confidences.append(page.confidence)
    # The classifier's vote, asked although the stage does not ask it: the margin.
    if grey is None:
        grey = cv2.imread(str(image), cv2.IMREAD_GRAYSCALE)
    wide = [line for line in page.lines if not reorient._is_tall(line)]
    vote = reorient._upside_down_vote(grey, wide, 0)
    if vote is not None:
        tally.votes.append((vote, name))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--cache", type=Path, required=True)
    args = parser.parse_args()
    files = _documents(args.folders)
    missing = 0
    tally = _Tally()
    for digest, path in files.items():
        entry = args.cache / digest
        if not (entry / storage.OCR).is_file():
            missing += 1
            continue
        doc = storage.read_model(entry / storage.OCR, OcrDocument)
        manifest = storage.read_model(entry / storage.MANIFEST, Manifest)
        for page in doc.pages:
            if page.source == "ocr":
                image = entry / manifest.pages[page.page_number - 1].path
                _check(page, image, f"{path.parent.name}/{path.name}", tally)
    seconds, confidences = tally.seconds, tally.confidences
    ms = 1000 * np.percentile(seconds, (50, 95)) if seconds else (0.0, 0.0)
    print(
        f"{len(files)} documents ({missing} not cached), {tally.pages} OCR pages,"
        f" turned {tally.fired}"
    )
    print(
        f"check per page: median {ms[0]:.1f} ms, p95 {ms[1]:.1f} ms ({tally.checked} pages decoded)"
    )
    if confidences:
        low = sum(c < reorient.UPRIGHT_CONFIDENCE for c in confidences)
        print(
            f"reading confidence of {len(confidences)} pages read across: min"
            f" {min(confidences):.3f}, 1st percentile {np.percentile(confidences, 1):.3f};"
            f" {low} below {reorient.UPRIGHT_CONFIDENCE}"
        )
    top = ", ".join(f"{v:.2f} {name}" for v, name in sorted(tally.votes, reverse=True)[:5])
    print(f"highest upside-down votes among pages left alone: {top}")


if __name__ == "__main__":
    main()
