"""Hostile PDFs built byte by byte: Flate streams of zeros that inflate far beyond their size."""

from __future__ import annotations

import struct
import zlib
from functools import cache

GIB = 1024**3


@cache
def zeros_deflated(size: int) -> bytes:
    """A zlib stream of ``size`` zero bytes (a multiple of 16 MiB), built in well under a second.

    Deflating a gigabyte takes a minute; instead one 16 MiB block is deflated and ended with a
    full flush (byte-aligned, no back-reference into the previous block), so every later block
    deflates to the same bytes and is repeated. The Adler-32 trailer is computed for all the zeros.
    """
    block = bytes(16 * 1024 * 1024)
    assert size % len(block) == 0
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    repeat = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    tail = comp.flush(zlib.Z_FINISH)
    adler = (size % 65521) << 16 | 1  # over zeros, Adler-32's A stays 1 and B counts bytes
    body = first + repeat * (size // len(block) - 1) + tail
    return b"\x78\xda" + body + struct.pack(">I", adler)


def build_pdf(objects: list[bytes]) -> bytes:
    """A PDF whose object ``i + 1`` is ``objects[i]``; object 1 must be the catalog."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return (
        b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n" % (len(data), extra)
        + data
        + (b"\nendstream")
    )


def page_content_bomb(inflated: int = GIB) -> bytes:
    """One A4 page whose content stream inflates to ``inflated`` bytes."""
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            _stream(zeros_deflated(inflated)),
        ]
    )


def attachment_bomb(inflated: int = GIB, *, declared_size: int | None = None) -> bytes:
    """A one-page PDF with a ``factur-x.xml`` attachment that inflates to ``inflated`` bytes.

    ``declared_size`` writes ``/Params << /Size N >>`` as the embedded-file stream allows.
    """
    params = b"/Type /EmbeddedFile /Subtype /text#2Fxml "
    if declared_size is not None:
        params += b"/Params << /Size %d >> " % declared_size
    content = b"BT /F1 12 Tf 72 770 Td (Invoice 1) Tj ET"
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 6 0 R >> >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Names [(factur-x.xml) 7 0 R] >>",
            b"<< /Type /Filespec /F (factur-x.xml) /UF (factur-x.xml) /EF << /F 8 0 R >> >>",
            _stream(zeros_deflated(inflated), params),
        ]
    )


def a0_pdf(pages: int) -> bytes:
    """``pages`` A0 pages (2384 x 3370 pt) with a line of text each."""
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i in range(pages):
        content = b"BT /F1 48 Tf 200 3000 Td (Poster page %d) Tj ET" % (i + 1)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 2384 3370] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * i)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    return build_pdf(objects)
