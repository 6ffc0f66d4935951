"""Pages read in one pass (the GPU path's batching, :mod:`engines.ocr.batched`) read as they do a
page at a time, on the CPU's OpenVINO models here; the OCR stage reads a document's pages in one
call when its engine batches, and still turns a sideways page."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from ocr_samples import INVOICE_NUMBER, TOTAL, render_invoice_top
from PIL import Image

from invoice_scanner_processing.documents import Manifest, OcrPage, PageImage
from invoice_scanner_processing.engines.ocr.base import OcrEngine, OcrEngineError
from invoice_scanner_processing.engines.ocr.batched import compact_outputs
from invoice_scanner_processing.engines.ocr.rapid import RapidOcrEngine
from invoice_scanner_processing.stages.ocr import run_ocr


@pytest.fixture(scope="module")
def batch_engine() -> RapidOcrEngine:
    # rec_batch 16: lines of several pages share a recogniser call, padded to the widest
    return RapidOcrEngine(threads=2, page_batch=3, rec_batch_num=16)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory, scan_page: Path) -> list[Path]:
    """Three pages, two of one size (a JPEG scan, a clean PNG) and a narrower crop, so the
    detector runs one batch of two and one of one."""
    folder = tmp_path_factory.mktemp("batched")
    clean = folder / "clean.png"
    render_invoice_top(scan=False).save(clean)
    narrow = folder / "narrow.png"
    render_invoice_top(scan=False).crop((60, 40, 1000, 900)).save(narrow)
    return [scan_page, clean, narrow]


def _lines(page: OcrPage) -> list[tuple[str, tuple[float, ...]]]:
    return [
        (line.text, (line.bbox.x0, line.bbox.y0, line.bbox.x1, line.bbox.y1)) for line in page.lines
    ]


def test_batched_pages_read_as_they_do_one_at_a_time(
    rapid_engine: OcrEngine, batch_engine: RapidOcrEngine, pages: list[Path]
) -> None:
    alone = [rapid_engine.read_page(path, number) for number, path in enumerate(pages, start=7)]
    together = batch_engine.read_pages([(path, n) for n, path in enumerate(pages, start=7)])
    assert [p.page_number for p in together] == [7, 8, 9]
    for one, batched in zip(alone, together, strict=True):
        assert (batched.width, batched.height, batched.source) == (one.width, one.height, "ocr")
        assert _lines(batched) == _lines(one)
        # a line padded to a wider batch scores a little differently (measured: up to 0.024)
        assert [line.confidence for line in batched.lines] == pytest.approx(
            [line.confidence for line in one.lines], abs=0.05
        )
    assert INVOICE_NUMBER in " ".join(line.text for line in together[0].lines)
    # each page carries its share of the pass
    assert len({p.seconds for p in together}) == 1 and together[0].seconds > 0
    steps = batch_engine._batcher.timings
    assert set(steps) >= {"prepare", "detect", "crop", "recognise"}
    assert steps["lines"] == sum(len(p.lines) for p in together)
    # one page alone goes the batcher's way too, and reads the same
    single = batch_engine.read_page(pages[2], 9)
    assert single.page_number == 9 and _lines(single) == _lines(alone[2])


def test_more_pages_than_a_batch_and_a_blank_page(
    batch_engine: RapidOcrEngine, pages: list[Path], tmp_path: Path
) -> None:
    blank = tmp_path / "blank.png"
    Image.new("L", (1654, 900), 255).save(blank)
    items = [(blank, 1), *[(path, n) for n, path in enumerate(pages, start=2)]]
    read = batch_engine.read_pages(items)
    assert [p.page_number for p in read] == [1, 2, 3, 4]
    assert read[0].lines == []
    assert TOTAL in " ".join(line.text for line in read[1].lines)


def test_an_unreadable_page_fails_with_its_name(
    batch_engine: RapidOcrEngine, pages: list[Path], tmp_path: Path
) -> None:
    broken = tmp_path / "page-002.png"
    broken.write_bytes(b"not an image")
    with pytest.raises(OcrEngineError, match=r"page-002\.png"):
        batch_engine.read_pages([(pages[0], 1), (broken, 2)])


def test_reduced_outputs_are_the_arg_max_its_probability_and_the_space_class() -> None:
    rng = np.random.default_rng(7)
    preds = rng.random((3, 20, 9), dtype=np.float32)
    idx, prob, space = compact_outputs(lambda batch: preds, np.zeros((3, 3, 48, 320)), 8)
    assert (idx == preds.argmax(axis=2)).all()
    assert np.array_equal(prob, preds.max(axis=2))
    assert space is not None and np.array_equal(space, preds[:, :, 8])
    assert compact_outputs(lambda batch: preds, np.zeros(1), None)[2] is None


class CountingEngine:
    """The batching engine, counting its calls."""

    def __init__(self, engine: RapidOcrEngine) -> None:
        self.engine = engine
        self.name, self.models, self.device = engine.name, engine.models, engine.device
        self.page_batch = engine.page_batch
        self.calls: list[tuple[str, int]] = []

    def read_page(self, image_path: Path, page_number: int) -> OcrPage:
        self.calls.append(("read_page", page_number))
        return self.engine.read_page(image_path, page_number)

    def read_pages(self, pages: list[tuple[Path, int]]) -> list[OcrPage]:
        self.calls.append(("read_pages", len(pages)))
        return self.engine.read_pages(pages)


def test_the_stage_reads_a_documents_pages_in_one_call_and_turns_a_sideways_one(
    batch_engine: RapidOcrEngine, tmp_path: Path
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    upright = render_invoice_top(scan=False)
    upright.save(folder / "page-001.png")
    sideways = upright.transpose(Image.Transpose.ROTATE_270)
    sideways.save(folder / "page-002.png")
    manifest = Manifest(
        document_kind="image",
        content_type="image/png",
        pages=[
            PageImage(page_number=1, path="pages/page-001.png", width=1654, height=900),
            PageImage(page_number=2, path="pages/page-002.png", width=900, height=1654),
        ],
    )
    engine = CountingEngine(batch_engine)
    progress: list[tuple[int, int]] = []
    doc = run_ocr(manifest, tmp_path, engine, progress=lambda d, t: progress.append((d, t)))
    # one pass for both pages; the sideways one is then read again, turned
    assert engine.calls == [("read_pages", 2), ("read_page", 2)]
    assert progress == [(1, 2), (2, 2)]
    first, second = doc.pages
    assert (first.turned, second.turned) == (0, 3)
    for page in doc.pages:
        text = " ".join(line.text for line in page.lines)
        assert INVOICE_NUMBER in text and TOTAL in text


def test_progress_is_reported_batch_by_batch(batch_engine: RapidOcrEngine, tmp_path: Path) -> None:
    """Review rv14b: the stage read every page of a document before reporting any progress;
    it reads a batch when it reaches the batch's first page."""
    folder = tmp_path / "pages"
    folder.mkdir()
    page = render_invoice_top(scan=False).resize((827, 450))
    for n in range(1, 5):
        page.save(folder / f"page-{n:03d}.png")
    manifest = Manifest(
        document_kind="image",
        content_type="image/png",
        pages=[
            PageImage(page_number=n, path=f"pages/page-{n:03d}.png", width=827, height=450)
            for n in range(1, 5)
        ],
    )
    engine = CountingEngine(batch_engine)  # page_batch 3
    events: list[object] = []
    engine.calls = events  # type: ignore[assignment]
    run_ocr(manifest, tmp_path, engine, progress=lambda d, t: events.append(("progress", d)))
    assert events == [
        ("read_pages", 3),
        ("progress", 1),
        ("progress", 2),
        ("progress", 3),
        ("read_pages", 1),  # the last batch: one page
        ("progress", 4),
    ]
