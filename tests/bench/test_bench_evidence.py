"""The generator records where it draws the boxed values, and the pipeline's field boxes land
on them (the full figure over pdf, png and scan: ``make bench-evidence``)."""

from __future__ import annotations

import json
from pathlib import Path

from bench.evidence import BOXED, MIN_IOU, expected_box, measure
from bench.invoicegen.corpus import generate


def test_truth_records_drawn_boxes_and_pipeline_boxes_overlap(tmp_path: Path) -> None:
    corpus = generate(tmp_path / "set", 77, 3, ["pdf", "png"])
    for truth_file in (corpus / "truth").iterdir():
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        for name in BOXED:
            page, box = expected_box(truth, name)  # type: ignore[misc]
            assert page >= 1 and 0 <= box[0] < box[2] <= 1 and 0 <= box[1] < box[3] <= 1
    report = measure(corpus, ["pdf", "png"])
    assert report["fields"] >= 15
    assert report["rate"] >= 0.95, report["misses"]
    assert MIN_IOU == 0.5
