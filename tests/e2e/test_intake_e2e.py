"""Issue 4 acceptance over HTTP: every accepted format goes through the workers, every bad file
gets its documented answer, the API never answers 5xx, no worker dies and no stray file stays."""

from __future__ import annotations

import io
import zlib
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from .conftest import Stack, crash_signs, register
from .sample_invoice import draw_pdf, draw_png
from .test_pipeline_e2e import poll_until_done

pytestmark = [pytest.mark.e2e, pytest.mark.integration]


def _post(stack: Stack, headers: dict[str, str], name: str, data: bytes) -> requests.Response:
    return requests.post(
        stack.url("/documents/upload"),
        headers=headers,
        files={"file": (name, io.BytesIO(data), "application/octet-stream")},
        timeout=60,
    )


def _invoice_image(tmp: Path, number: str) -> Image.Image:
    return Image.open(draw_png(tmp / f"{number}.png", invoice_number=number)).convert("RGB")


def _encode(image: Image.Image, fmt: str, **kw: Any) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format=fmt, **kw)
    return buf.getvalue()


def _three_page_pdf(path: Path) -> bytes:
    first = draw_pdf(path.with_suffix(".first.pdf"), invoice_number="INV-3P-1")
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(first))
    for _ in range(2):  # two continuation pages with plain text
        page = doc.new_page(*A4)
        page.close()
    doc.save(str(path))
    doc.close()
    return path.read_bytes()


def _encrypted_pdf(path: Path) -> bytes:
    c = Canvas(str(path), pagesize=A4, encrypt="secret")
    c.drawString(72, 720, "Invoice INV-ENC-1")
    c.save()
    return path.read_bytes()


def _pdf_bomb(pages: int) -> bytes:
    """A valid PDF with ``pages`` empty pages, a few hundred KB: cheap to send, costly to render."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{i + 3} 0 R" for i in range(pages)).encode()
    objs.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(pages).encode() + b" >>")
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * pages
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def _png_bomb(width: int, height: int) -> bytes:
    """A PNG header claiming width×height pixels with one tiny compressed row of data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return len(data).to_bytes(4, "big") + kind + data + crc.to_bytes(4, "big")

    ihdr = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 0, 0, 0, 0])
    idat = zlib.compress(b"\x00" * (width + 1))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def test_every_accepted_format_is_processed(stack: Stack, tmp_path: Path) -> None:
    headers = register(stack, "Formats")
    uploads: dict[str, bytes] = {
        "three-pages.pdf": _three_page_pdf(tmp_path / "three.pdf"),
        "invoice.png": _encode(_invoice_image(tmp_path, "INV-PNG-1"), "PNG"),
        "invoice.jpg": _encode(_invoice_image(tmp_path, "INV-JPG-1"), "JPEG", quality=85),
        "invoice.webp": _encode(_invoice_image(tmp_path, "INV-WEBP-1"), "WEBP", quality=90),
    }
    tiff_pages = [_invoice_image(tmp_path, "INV-TIF-1"), Image.new("RGB", (1654, 2339), "white")]
    buf = io.BytesIO()
    tiff_pages[0].save(
        buf, format="TIFF", save_all=True, append_images=tiff_pages[1:], compression="tiff_deflate"
    )
    uploads["scan.tiff"] = buf.getvalue()
    from pillow_heif import register_heif_opener

    register_heif_opener()
    uploads["photo.heic"] = _encode(_invoice_image(tmp_path, "INV-HEIC-1"), "HEIF", quality=90)

    ids = {}
    for name, data in uploads.items():
        r = _post(stack, headers, name, data)
        assert r.status_code == 201, (name, r.text)
        ids[name] = r.json()["document"]["id"]
    for name, doc_id in ids.items():
        _, final = poll_until_done(stack, headers, doc_id)
        assert final["status"] in {"approved", "manual_review"}, (name, final)
        doc = requests.get(stack.url(f"/documents/{doc_id}"), headers=headers, timeout=10).json()
        expected_pages = {"three-pages.pdf": 3, "scan.tiff": 2}.get(name, 1)
        assert doc["page_count"] == expected_pages, (name, doc["page_count"])
        assert doc["invoice_number"] is not None, (name, doc)
    assert stack.procs and all(p.poll() is None for p in stack.procs.values())


BAD = [
    ("empty.pdf", lambda tmp: b"", 400),
    ("truncated.pdf", lambda tmp: draw_pdf(tmp / "t.pdf").read_bytes()[:300], 422),
    ("encrypted.pdf", lambda tmp: _encrypted_pdf(tmp / "e.pdf"), 422),
    ("bomb.pdf", lambda tmp: _pdf_bomb(5000), 413),
    ("huge.png", lambda tmp: _png_bomb(30000, 30000), 413),
    ("random.pdf", lambda tmp: bytes(range(256)) * 64, 415),
    ("page.png", lambda tmp: b"<!doctype html><html><body>not an image</body></html>", 415),
    ("oversized.pdf", lambda tmp: b"%PDF-1.7\n" + b"0" * (21 * 1024 * 1024), 413),
]


def test_bad_files_get_documented_answers_and_leave_nothing(
    stack: Stack, tmp_path: Path, raw_dir: Path
) -> None:
    headers = register(stack, "BadFiles")
    before = sorted(p for p in raw_dir.rglob("*") if p.is_file())
    for name, make, status in BAD:
        r = _post(stack, headers, name, make(tmp_path))
        assert r.status_code == status, (name, r.status_code, r.text[:300])
        assert r.json()["message"], name
    after = sorted(p for p in raw_dir.rglob("*") if p.is_file())
    assert after == before
    listed = requests.get(stack.url("/documents"), headers=headers, timeout=10).json()
    assert listed["total"] == 0


def test_path_traversal_name_is_only_metadata(stack: Stack, tmp_path: Path, raw_dir: Path) -> None:
    headers = register(stack, "Traversal")
    data = draw_pdf(tmp_path / "p.pdf", invoice_number="INV-TRAV-1").read_bytes()
    r = _post(stack, headers, "../../etc/passwd.pdf", data)
    assert r.status_code == 201, r.text
    body = r.json()["document"]
    assert body["original_filename"] == "passwd.pdf"
    assert not (raw_dir.parent / "etc").exists()
    stored = [p for p in raw_dir.rglob("*") if p.is_file() and body["id"] in p.name]
    assert len(stored) == 1 and stored[0].resolve().is_relative_to(raw_dir.resolve())
    poll_until_done(stack, headers, body["id"])


def test_workers_survived_everything(stack: Stack) -> None:
    assert crash_signs(stack) == []
