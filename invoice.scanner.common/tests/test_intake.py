"""Upload inspection on real files: one of each accepted format and a corpus of bad ones."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.pdfgen import canvas

from invoice_scanner_common.intake import (
    HEIF_SUPPORTED,
    IntakeLimits,
    UploadRejectedError,
    inspect_upload,
    safe_display_name,
)
from invoice_scanner_common.settings import ConfigError, Env

LIMITS = IntakeLimits()


def _pdf(path: Path, pages: int = 1, **kwargs: object) -> Path:
    c = canvas.Canvas(str(path), **kwargs)  # type: ignore[arg-type]
    for n in range(pages):
        c.drawString(72, 720, f"Invoice INV-{n + 1:04d}")
        c.showPage()
    c.save()
    return path


def _image(path: Path, fmt: str, size: tuple[int, int] = (300, 200), **kwargs: object) -> Path:
    Image.new("RGB", size, "white").save(path, fmt, **kwargs)
    return path


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_bomb(path: Path, width: int, height: int) -> Path:
    """A real, valid 1-bit PNG of width x height, all zeros: ~110 MB of pixels in ~100 KB."""
    row = b"\x00" * (1 + (width + 7) // 8)
    comp = zlib.compressobj(9)
    idat = b"".join(comp.compress(row * 1000) for _ in range(height // 1000))
    idat += comp.compress(row * (height % 1000)) + comp.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat)
    path.write_bytes(data + _png_chunk(b"IEND", b""))
    return path


def _pdf_with_pages(path: Path, pages: int) -> Path:
    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842)
    pdf.save(str(path))
    pdf.close()
    return path


# ----------------------------------------------------------------------------- accepted


def test_pdf_pages_counted(tmp_path: Path) -> None:
    info = inspect_upload(_pdf(tmp_path / "a.pdf", pages=3), LIMITS)
    assert (info.kind, info.content_type, info.extension, info.pages) == (
        "pdf",
        "application/pdf",
        ".pdf",
        3,
    )


def test_pdf_with_misleading_name_is_still_a_pdf(tmp_path: Path) -> None:
    info = inspect_upload(_pdf(tmp_path / "scan.png"), LIMITS)
    assert info.kind == "pdf"


@pytest.mark.parametrize(
    ("fmt", "name", "content_type", "extension"),
    [
        ("PNG", "a.png", "image/png", ".png"),
        ("JPEG", "a.jpg", "image/jpeg", ".jpg"),
        ("WEBP", "a.webp", "image/webp", ".webp"),
        ("TIFF", "a.tiff", "image/tiff", ".tif"),
    ],
)
def test_images_identified_by_bytes(
    tmp_path: Path, fmt: str, name: str, content_type: str, extension: str
) -> None:
    # Saved under a wrong extension: the bytes decide.
    path = _image(tmp_path / ("x" + name + ".pdf"), fmt)
    info = inspect_upload(path, LIMITS)
    assert info == info.__class__(
        kind="image",
        content_type=content_type,
        extension=extension,
        pages=1,
        width=300,
        height=200,
        image_format=fmt,
    )


def test_multipage_tiff_counts_pages(tmp_path: Path) -> None:
    frames = [Image.new("L", (100 + i, 80), 255) for i in range(4)]
    path = tmp_path / "multi.tif"
    frames[0].save(path, save_all=True, append_images=frames[1:])
    info = inspect_upload(path, LIMITS)
    assert (info.kind, info.pages, info.width) == ("image", 4, 100)


@pytest.mark.skipif(not HEIF_SUPPORTED, reason="pillow-heif not installed")
def test_heic_accepted(tmp_path: Path) -> None:
    path = _image(tmp_path / "photo.heic", "HEIF", size=(64, 48))
    info = inspect_upload(path, LIMITS)
    assert (info.content_type, info.width, info.height) == ("image/heic", 64, 48)


# ----------------------------------------------------------------------------- rejected


def _rejected(path: Path, limits: IntakeLimits = LIMITS) -> UploadRejectedError:
    with pytest.raises(UploadRejectedError) as info:
        inspect_upload(path, limits)
    return info.value


def test_empty_file_is_400(tmp_path: Path) -> None:
    (tmp_path / "e.pdf").write_bytes(b"")
    err = _rejected(tmp_path / "e.pdf")
    assert (err.http_status, err.code) == (400, "empty_file")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("random.pdf", bytes(range(256)) * 40),
        ("page.png", b"<!DOCTYPE html><html><body>not an image</body></html>"),
        ("script.jpg", b"#!/bin/sh\nrm -rf /\n"),
        ("anim.gif", b"GIF89a" + b"\x00" * 64),  # a real magic, but not a format we accept
        ("doc.zip", b"PK\x03\x04" + b"\x00" * 64),
        # An e-invoice XML on its own (CII or UBL): every check needs a page, so only a PDF
        # carrying one is accepted.
        (
            "xrechnung.xml",
            b'<?xml version="1.0"?><Invoice '
            b'xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>',
        ),
        (
            "factur-x.xml",
            b"<rsm:CrossIndustryInvoice xmlns:rsm="
            b'"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"/>',
        ),
    ],
)
def test_unsupported_types_are_415(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    err = _rejected(tmp_path / name)
    assert (err.http_status, err.code) == (415, "unsupported_type")
    assert "PDF" in err.message


def test_encrypted_pdf_is_422(tmp_path: Path) -> None:
    err = _rejected(_pdf(tmp_path / "locked.pdf", encrypt="s3cret"))
    assert (err.http_status, err.code) == (422, "encrypted_pdf")
    assert "encrypted" in err.message


def test_truncated_pdf_is_422(tmp_path: Path) -> None:
    whole = _pdf(tmp_path / "whole.pdf", pages=3).read_bytes()
    (tmp_path / "cut.pdf").write_bytes(whole[:300])
    err = _rejected(tmp_path / "cut.pdf")
    assert (err.http_status, err.code) == (422, "corrupt_file")


def test_pdf_header_then_garbage_is_422(tmp_path: Path) -> None:
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 10)
    err = _rejected(tmp_path / "bad.pdf")
    assert err.http_status == 422


def test_pdf_with_thousands_of_pages_is_413(tmp_path: Path) -> None:
    path = _pdf_with_pages(tmp_path / "bomb.pdf", 5000)
    assert path.stat().st_size < 1_000_000
    err = _rejected(path)
    assert (err.http_status, err.code) == (413, "too_many_pages")
    assert err.message == "document has 5000 pages; the limit is 50"


def test_png_decompression_bomb_is_413_without_decoding(tmp_path: Path) -> None:
    path = _png_bomb(tmp_path / "bomb.png", 30000, 30000)
    assert path.stat().st_size < 2_000_000
    err = _rejected(path)
    assert (err.http_status, err.code) == (413, "image_too_large")
    assert "30000×30000" in err.message


def test_png_with_lying_header_is_measured_not_decoded(tmp_path: Path) -> None:
    # 10^10 RGB pixels declared, an IDAT that holds almost nothing: only the header is read.
    ihdr = struct.pack(">IIBBBBB", 100000, 100000, 8, 2, 0, 0, 0)
    data = _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
    (tmp_path / "h.png").write_bytes(b"\x89PNG\r\n\x1a\n" + data + _png_chunk(b"IEND", b""))
    err = _rejected(tmp_path / "h.png")
    assert (err.http_status, err.code) == (413, "image_too_large")


def test_png_without_image_data_is_422(tmp_path: Path) -> None:
    ihdr = struct.pack(">IIBBBBB", 100, 100, 8, 2, 0, 0, 0)
    (tmp_path / "h.png").write_bytes(b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr))
    assert _rejected(tmp_path / "h.png").http_status == 422


def test_png_with_broken_header_is_422(tmp_path: Path) -> None:
    (tmp_path / "b.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0dIHDR" + b"\xff" * 5)
    err = _rejected(tmp_path / "b.png")
    assert (err.http_status, err.code) == (422, "corrupt_file")


def test_tiff_with_too_many_pages_is_413(tmp_path: Path) -> None:
    frames = [Image.new("1", (8, 8)) for _ in range(6)]
    path = tmp_path / "many.tif"
    frames[0].save(path, save_all=True, append_images=frames[1:])
    err = _rejected(path, IntakeLimits(max_pages=5))
    assert (err.http_status, err.code) == (413, "too_many_pages")


def test_tiff_with_one_huge_later_page_is_413(tmp_path: Path) -> None:
    frames = [Image.new("1", (8, 8)), Image.new("1", (4000, 3000))]
    path = tmp_path / "sneaky.tif"
    frames[0].save(path, save_all=True, append_images=frames[1:], compression="group4")
    err = _rejected(path, IntakeLimits(max_image_pixels=1_000_000))
    assert (err.http_status, err.code) == (413, "image_too_large")


def test_truncated_jpeg_header_does_not_crash(tmp_path: Path) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (50, 50), "red").save(buf, "JPEG")
    (tmp_path / "cut.jpg").write_bytes(buf.getvalue()[:20])
    err = _rejected(tmp_path / "cut.jpg")
    assert err.http_status == 422


def test_file_over_size_limit_is_413(tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 10))
    err = _rejected(path, IntakeLimits(max_upload_mb=1))
    assert (err.http_status, err.code) == (413, "file_too_large")


# ----------------------------------------------------------------------------- limits, names


def test_limits_from_env() -> None:
    limits = IntakeLimits.from_env(Env({"MAX_UPLOAD_MB": "5", "MAX_PAGES": "7"}))
    assert (limits.max_upload_bytes, limits.max_pages, limits.max_image_pixels) == (
        5 * 1024 * 1024,
        7,
        80_000_000,
    )
    with pytest.raises(ConfigError, match="MAX_PAGES"):
        IntakeLimits.from_env({"MAX_PAGES": "0"})


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("C:\\Users\\me\\Desktop\\faktura.pdf", "faktura.pdf"),
        ("Rechnung März\x00\r\n.pdf", "Rechnung März.pdf"),
        ("invoice\u202egpj.exe", "invoicegpj.exe"),  # right-to-left override removed
        ("...hidden.pdf", "hidden.pdf"),
        ("a\u00a0 \t b.pdf", "a b.pdf"),
        ("../..", "upload"),
        ("", "upload"),
        (None, "upload"),
    ],
)
def test_safe_display_name(raw: str | None, expected: str) -> None:
    assert safe_display_name(raw) == expected


def test_safe_display_name_keeps_extension_when_shortening() -> None:
    name = safe_display_name("x" * 500 + ".pdf")
    assert len(name) == 200
    assert name.endswith("x.pdf")
