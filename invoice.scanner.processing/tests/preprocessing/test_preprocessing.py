"""The preprocessing stage on real files: every accepted format and the bad-file corpus."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image
from pp_samples import (
    CII,
    many_pages_pdf,
    page_image,
    png_bomb,
    scanned_pdf,
    text_pdf,
    with_attachment,
)
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from invoice_scanner_common.settings import ConfigError
from invoice_scanner_processing import enhance
from invoice_scanner_processing.documents import BBox, Manifest, OcrLine
from invoice_scanner_processing.stages.preprocessing import (
    PreprocessError,
    PreprocessSettings,
    judge_text_layer,
    preprocess,
)

SETTINGS = PreprocessSettings()


def _files(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _run(raw: Path, out: Path, settings: PreprocessSettings = SETTINGS) -> Manifest:
    manifest = preprocess(raw, out, settings=settings)
    on_disk = Manifest.model_validate_json((out / "manifest.json").read_bytes())
    assert on_disk.pages == manifest.pages
    for page in manifest.pages:
        with Image.open(out / page.path) as image:
            assert image.size == (page.width, page.height)
    return manifest


# ----------------------------------------------------------------------------- PDFs


def test_born_digital_pdf_uses_text_layer(tmp_path: Path) -> None:
    raw = text_pdf(tmp_path / "in.pdf", pages=3)
    manifest = _run(raw, tmp_path / "out")
    assert (manifest.document_kind, manifest.content_type) == ("pdf", "application/pdf")
    assert [p.path for p in manifest.pages] == [f"pages/page-00{n}.png" for n in (1, 2, 3)]
    assert all(p.use_text_layer for p in manifest.pages)
    assert manifest.pages[0].dpi == 200
    assert (manifest.pages[0].width, manifest.pages[0].height) == (1654, 2339)  # A4 at 200 dpi
    lines = manifest.text_layer[2]
    texts = [line.text for line in lines]
    assert "Invoice No: INV-2024-0042" in texts
    assert "Page 2 of 3" in texts
    # Coordinates are in the rendered image's pixels: the first line is near the top left.
    first = lines[0]
    assert 150 < first.bbox.x0 < 180 and 100 < first.bbox.y0 < 200
    assert manifest.steps == ["render:200dpi"]
    assert manifest.embedded_invoice_xml is None


def test_a_page_pdfium_cannot_read_text_from_is_ocred_not_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page whose text PDFium cannot load (its text page fails) renders and goes to OCR;
    the document is not failed for it."""

    def no_textpage(self: pdfium.PdfPage) -> pdfium.PdfTextPage:
        raise pdfium.PdfiumError("Failed to load text page.")

    monkeypatch.setattr(pdfium.PdfPage, "get_textpage", no_textpage)
    manifest = _run(text_pdf(tmp_path / "in.pdf", pages=2), tmp_path / "out")
    assert len(manifest.pages) == 2
    assert not any(p.use_text_layer for p in manifest.pages)
    assert manifest.text_layer == {}


def test_scanned_pdf_is_marked_for_ocr(tmp_path: Path) -> None:
    skewed = page_image().rotate(2.0, fillcolor="white")
    raw = scanned_pdf(tmp_path / "scan.pdf", skewed)
    manifest = _run(raw, tmp_path / "out")
    [page] = manifest.pages
    assert not page.use_text_layer
    assert page.text_layer_reason == "no text layer"
    assert manifest.text_layer == {}
    assert any(step.startswith("p1:deskew:") for step in manifest.steps)


def test_page_without_text_layer_keeps_its_enhanced_image(tmp_path: Path) -> None:
    """A page that is mostly not an image but has no text layer is saved as OCR reads it:
    enhanced (deskewed), not as rendered."""
    raw = tmp_path / "drawn.pdf"
    c = canvas.Canvas(str(raw), pagesize=A4)
    picture = page_image().rotate(2.0, fillcolor="white")
    c.drawImage(ImageReader(picture), 0, A4[1] * 0.6, width=A4[0], height=A4[1] * 0.4)
    c.showPage()
    c.save()
    out = tmp_path / "out"
    manifest = _run(raw, out)
    [page] = manifest.pages
    assert not page.use_text_layer
    steps = [s.split(":", 1)[1] for s in manifest.steps if s.startswith("p1:")]
    assert steps  # enhanced for OCR

    pdf = pdfium.PdfDocument(raw)
    rendered = enhance.to_rgb(pdf[0].render(scale=200 / 72).to_pil())
    pdf.close()
    ocr_steps = tuple(s for s in SETTINGS.enhance_steps if s in ("rotate", "deskew", "contrast"))
    expected = enhance.enhance(rendered, ocr_steps, target_long_side=SETTINGS.ocr_long_side)
    with Image.open(out / page.path) as saved:
        assert saved.size == expected.image.size
        assert saved.tobytes() == expected.image.convert(saved.mode).tobytes()


def test_hybrid_pdf_saves_embedded_invoice(tmp_path: Path) -> None:
    base = text_pdf(tmp_path / "base.pdf", pages=1)
    raw = with_attachment(base, tmp_path / "hybrid.pdf", "factur-x.xml", CII)
    manifest = _run(raw, tmp_path / "out")
    assert manifest.embedded_invoice_xml == "einvoice.xml"
    assert (tmp_path / "out" / "einvoice.xml").read_bytes() == CII
    assert "einvoice:factur-x.xml" in manifest.steps


def test_oversized_pdf_page_rendered_within_pixel_limit(tmp_path: Path) -> None:
    raw = text_pdf(tmp_path / "poster.pdf", pages=1, pagesize=(100 * 72, 100 * 72))
    settings = PreprocessSettings(max_image_pixels=4_000_000)
    manifest = _run(raw, tmp_path / "out", settings)
    [page] = manifest.pages
    assert page.width * page.height <= 4_000_000
    assert page.dpi is not None and page.dpi < 21


def test_rerun_is_byte_identical_and_drops_stale_pages(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(text_pdf(tmp_path / "three.pdf", pages=3), out)
    raw = text_pdf(tmp_path / "two.pdf", pages=2)
    first = preprocess(raw, out, settings=SETTINGS)
    before = _files(out)
    assert "pages/page-003.png" not in before
    second = preprocess(raw, out, settings=SETTINGS)
    assert _files(out) == before
    assert first.model_dump(exclude={"seconds"}) == second.model_dump(exclude={"seconds"})
    assert not list(out.rglob("*.tmp"))


def test_raw_file_is_not_modified(tmp_path: Path) -> None:
    raw = text_pdf(tmp_path / "in.pdf", pages=1)
    digest = hashlib.sha256(raw.read_bytes()).hexdigest()
    _run(raw, tmp_path / "out")
    assert hashlib.sha256(raw.read_bytes()).hexdigest() == digest


# ----------------------------------------------------------------------------- images


def test_png_page(tmp_path: Path) -> None:
    raw = tmp_path / "in.png"
    page_image().save(raw)
    manifest = _run(raw, tmp_path / "out")
    [page] = manifest.pages
    assert (manifest.document_kind, manifest.content_type) == ("image", "image/png")
    assert not page.use_text_layer
    # 1240x1754 is within 15 % of neither side of 2339: grown to the OCR's long side.
    assert (page.width, page.height) == (1654, 2339)
    assert "resize:1654x2339" in manifest.steps


def test_jpeg_with_exif_rotation_is_upright(tmp_path: Path) -> None:
    upright = page_image()
    exif = Image.Exif()
    exif[0x0112] = 8  # stored turned clockwise; display needs 90° counter-clockwise
    raw = tmp_path / "photo.jpg"
    upright.rotate(-90, expand=True).save(raw, "JPEG", quality=90, exif=exif.tobytes())
    manifest = _run(raw, tmp_path / "out", PreprocessSettings(enhance_steps=("exif", "rotate")))
    [page] = manifest.pages
    assert page.height > page.width
    assert manifest.steps == ["exif:8"]  # and the orientation check found nothing left to turn


def test_upside_down_scan_is_left_for_the_ocr_stage(tmp_path: Path) -> None:
    # The OCR stage turns it after reading it unsure of itself (tests/ocr/test_ocr_reorient.py);
    # a sideways scan is still turned here (test_enhance, test_photo).
    raw = tmp_path / "flipped.png"
    page_image().rotate(180).save(raw)
    manifest = _run(raw, tmp_path / "out", PreprocessSettings(enhance_steps=("rotate",)))
    assert manifest.steps == []


def test_multipage_tiff(tmp_path: Path) -> None:
    frames = [page_image((620, 877)).convert("L") for _ in range(3)]
    raw = tmp_path / "fax.tif"
    frames[0].save(raw, save_all=True, append_images=frames[1:], compression="tiff_lzw")
    manifest = _run(raw, tmp_path / "out", PreprocessSettings(enhance_steps=()))
    assert manifest.content_type == "image/tiff"
    assert [p.page_number for p in manifest.pages] == [1, 2, 3]
    assert (tmp_path / "out" / "pages" / "page-003.png").is_file()


def test_webp(tmp_path: Path) -> None:
    raw = tmp_path / "in.webp"
    page_image((620, 877)).save(raw, "WEBP", quality=80)
    manifest = _run(raw, tmp_path / "out", PreprocessSettings(enhance_steps=()))
    assert (manifest.content_type, manifest.pages[0].width) == ("image/webp", 620)


def test_heic(tmp_path: Path) -> None:
    raw = tmp_path / "in.heic"
    page_image((320, 452)).save(raw, "HEIF", quality=80)
    manifest = _run(raw, tmp_path / "out", PreprocessSettings(enhance_steps=()))
    assert (manifest.content_type, manifest.pages[0].width) == ("image/heic", 320)


def test_rgba_png_flattened_to_white(tmp_path: Path) -> None:
    raw = tmp_path / "alpha.png"
    Image.new("RGBA", (400, 300), (0, 0, 0, 0)).save(raw)
    _run(raw, tmp_path / "out", PreprocessSettings(enhance_steps=()))
    with Image.open(tmp_path / "out" / "pages" / "page-001.png") as out:
        assert out.convert("L").getpixel((10, 10)) == 255


# ----------------------------------------------------------------------------- bad files


def _refused(raw: Path, settings: PreprocessSettings = SETTINGS) -> str:
    out = raw.parent / "out"
    with pytest.raises(PreprocessError) as info:
        preprocess(raw, out, settings=settings)
    assert not (out / "manifest.json").exists()
    return str(info.value)


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "e.pdf").write_bytes(b"")
    assert _refused(tmp_path / "e.pdf") == "the uploaded file is empty"


def test_encrypted_pdf(tmp_path: Path) -> None:
    raw = text_pdf(tmp_path / "locked.pdf", pages=1, encrypt="s3cret")
    assert _refused(raw).startswith("PDF is encrypted")


def test_pdf_with_thousands_of_pages_refused_before_rendering(tmp_path: Path) -> None:
    raw = many_pages_pdf(tmp_path / "bomb.pdf", 5000)
    assert _refused(raw) == "document has 5000 pages; the limit is 50"
    assert not (tmp_path / "out" / "pages").exists()


def test_png_bomb(tmp_path: Path) -> None:
    raw = png_bomb(tmp_path / "bomb.png", 30000, 30000)
    assert _refused(raw) == "image is 30000×30000 pixels; the limit is 80 megapixels"


@pytest.mark.parametrize(
    ("name", "data"),
    [("random.pdf", bytes(range(256)) * 64), ("page.png", b"<html><body>hi</body></html>")],
)
def test_unsupported_bytes(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    assert _refused(tmp_path / name).startswith("unsupported file type")


def test_truncated_files_never_crash(tmp_path: Path) -> None:
    """Cut a PDF and a PNG at many points: each run ends in a manifest or a PreprocessError."""
    pdf = text_pdf(tmp_path / "whole.pdf", pages=2).read_bytes()
    buf = io.BytesIO()
    page_image((400, 566)).save(buf, "PNG")
    png = buf.getvalue()
    outcomes: dict[str, int] = {"ok": 0, "refused": 0}
    for data, suffix in ((pdf, "pdf"), (png, "png")):
        for fraction in (0.1, 0.3, 0.5, 0.7, 0.9, 0.98):
            raw = tmp_path / f"cut-{fraction}.{suffix}"
            raw.write_bytes(data[: int(len(data) * fraction)])
            try:
                preprocess(raw, tmp_path / f"out-{fraction}-{suffix}", settings=SETTINGS)
                outcomes["ok"] += 1
            except PreprocessError:
                outcomes["refused"] += 1
    assert outcomes["refused"] >= 6  # every truncated PNG, at least
    assert sum(outcomes.values()) == 12


# ----------------------------------------------------------------------------- decisions


def _lines(*texts: str) -> list[OcrLine]:
    return [
        OcrLine(text=t, bbox=BBox(x0=0, y0=i * 10, x1=100, y1=i * 10 + 8))
        for i, t in enumerate(texts)
    ]


@pytest.mark.parametrize(
    ("texts", "cover", "use", "reason_start"),
    [
        (["Invoice No: INV-2024-0042", "Total 9 750.00 SEK"], 0.0, True, "text layer ok"),
        ([], 0.0, False, "no text layer"),
        (["Page 1"], 0.0, False, "text layer too short"),
        (
            ["\ue001\ue002\ue003\ue004 Invoice total 9 750.00"],
            0.0,
            False,
            "text layer has 4 unmapped",
        ),
        (
            ["\ufffd\ufffd\ufffd\ufffd Invoice 42 total 9 750.00"],
            0.0,
            False,
            "text layer has 4 unmapped",
        ),
        (["---- **** //// ==== ++++ ---- 1"], 0.0, False, "text layer is mostly symbols"),
        (["Approved by accounting 2024-03-15"], 0.95, False, "page is 95% image"),
    ],
)
def test_judge_text_layer(texts: list[str], cover: float, use: bool, reason_start: str) -> None:
    decided, _, reason = judge_text_layer(_lines(*texts), 20, cover)
    assert decided is use
    assert reason.startswith(reason_start)


def test_settings_from_env() -> None:
    settings = PreprocessSettings.from_env(
        {"RENDER_DPI": "300", "ENHANCE_STEPS": "deskew, contrast", "MAX_PAGES": "10"}
    )
    assert (settings.render_dpi, settings.enhance_steps, settings.limits.max_pages) == (
        300,
        ("deskew", "contrast"),
        10,
    )
    assert PreprocessSettings.from_env({"ENHANCE_STEPS": "none"}).enhance_steps == ()
    with pytest.raises(ConfigError, match="ENHANCE_STEPS"):
        PreprocessSettings.from_env({"ENHANCE_STEPS": "binarise"})
    with pytest.raises(ConfigError, match="RENDER_DPI"):
        PreprocessSettings.from_env({"RENDER_DPI": "5000"})
