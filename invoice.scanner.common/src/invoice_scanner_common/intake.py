"""Cheap checks on an uploaded file before it is accepted: real type, pages, pixels, encryption.

The API calls :func:`inspect_upload` on the stored upload and turns an
:class:`UploadRejectedError` into a JSON error with its ``http_status``; the preprocessing worker
calls it again because it must not trust what the API decided. Nothing here renders a page or
decodes pixels: a PDF is opened with PDFium (page tree and trailer only) and an image is opened
with Pillow, which parses the header but decodes nothing until asked.

HTTP status mapping (documented in the API's OpenAPI description as well):

============================  ======  ======================================================
problem                       status  ``code``
============================  ======  ======================================================
empty file                    400     ``empty_file``
not a PDF/PNG/JPEG/TIFF/...   415     ``unsupported_type`` (the bytes decide, not the name)
file over MAX_UPLOAD_MB       413     ``file_too_large``
more pages than MAX_PAGES     413     ``too_many_pages``
image over MAX_IMAGE_PIXELS   413     ``image_too_large``
password-protected PDF        422     ``encrypted_pdf``
corrupt / truncated file      422     ``corrupt_file``
============================  ======  ======================================================

413 is used for every "bigger than we are willing to process" limit (bytes, pages, pixels: the
client can fix it by sending less); 422 for content we understand the type of but cannot read.

Type sniffing is hand-written for PDF (``%PDF-`` in the first 1024 bytes, the same window PDF
readers accept) and left to Pillow's own format plugins for images, restricted to the accepted
formats: Pillow is the decoder we use later, so "Pillow can parse this header" is the check that
matters, and no second magic-number table can disagree with it.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from invoice_scanner_common.settings import IntakeLimits

logger = logging.getLogger(__name__)

Kind = Literal["pdf", "image"]

#: Pillow format name -> (content type, canonical extension). Only these are accepted.
IMAGE_FORMATS: dict[str, tuple[str, str]] = {
    "PNG": ("image/png", ".png"),
    "JPEG": ("image/jpeg", ".jpg"),
    "MPO": ("image/jpeg", ".jpg"),  # multi-picture JPEG from phones; the first frame is a JPEG
    "TIFF": ("image/tiff", ".tif"),
    "WEBP": ("image/webp", ".webp"),
    "HEIF": ("image/heic", ".heic"),
}
#: Formats tried in this order; only multi-page TIFF is read as more than one page.
_OPEN_ORDER = ("PNG", "JPEG", "TIFF", "WEBP", "HEIF")
PDF_CONTENT_TYPE = "application/pdf"
_PDF_HEADER_WINDOW = 1024
_DISPLAY_NAME_MAX = 200

# PDFium keeps global state and is not thread-safe; the API may serve requests from threads.
_PDFIUM_LOCK = threading.Lock()

try:  # HEIC/HEIF (iPhone photos) needs libheif, shipped inside the pillow-heif wheel.
    from pillow_heif import register_heif_opener

    register_heif_opener()
    HEIF_SUPPORTED = True
except ImportError:  # pragma: no cover - the wheel is a declared dependency
    HEIF_SUPPORTED = False


class UploadRejectedError(ValueError):
    """The upload cannot be processed; ``http_status``/``code``/``message`` go to the client."""

    def __init__(self, http_status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.http_status = http_status
        self.code = code
        self.message = message

    def __repr__(self) -> str:
        return f"UploadRejectedError({self.http_status}, {self.code!r}, {self.message!r})"


@dataclass(frozen=True)
class UploadInfo:
    """What the bytes really are. ``width``/``height`` are the first page's, images only."""

    kind: Kind
    content_type: str
    extension: str
    pages: int | None
    width: int | None = None
    height: int | None = None
    image_format: str | None = None  # Pillow's format name, images only


def inspect_upload(path: Path, limits: IntakeLimits) -> UploadInfo:
    """Identify ``path`` from its bytes and check it against ``limits``, without rendering.

    Raises :class:`UploadRejectedError` for anything that must not go further; any library
    error on hostile input is mapped to 422 ``corrupt_file``, never propagated.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(_PDF_HEADER_WINDOW)
    except OSError as exc:
        raise UploadRejectedError(
            400, "unreadable_file", "the uploaded file cannot be read"
        ) from exc
    if size == 0:
        raise UploadRejectedError(400, "empty_file", "the uploaded file is empty")
    if size > limits.max_upload_bytes:
        raise UploadRejectedError(
            413,
            "file_too_large",
            f"file is {size / 1048576:.1f} MB; the limit is {limits.max_upload_mb} MB",
        )
    if b"%PDF-" in head:
        return _inspect_pdf(path, limits)
    with open_image(path, limits) as (image, pages):
        content_type, extension = IMAGE_FORMATS[str(image.format)]
        return UploadInfo(
            kind="image",
            content_type=content_type,
            extension=extension,
            pages=pages,
            width=image.width,
            height=image.height,
            image_format=str(image.format),
        )


def _inspect_pdf(path: Path, limits: IntakeLimits) -> UploadInfo:
    with _PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(path)
        except pdfium.PdfiumError as exc:
            raise _pdf_open_error(exc) from exc
        except Exception as exc:  # PDFium bindings on garbage: never let it reach the client
            logger.warning("PDF open failed: %r", exc)
            raise UploadRejectedError(422, "corrupt_file", "the PDF cannot be read") from exc
        try:
            pages = len(pdf)
        finally:
            pdf.close()
    check_pages(pages, limits)
    return UploadInfo(kind="pdf", content_type=PDF_CONTENT_TYPE, extension=".pdf", pages=pages)


def _pdf_open_error(exc: pdfium.PdfiumError) -> UploadRejectedError:
    if exc.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
        return UploadRejectedError(
            422, "encrypted_pdf", "PDF is encrypted (password-protected); upload it unprotected"
        )
    return UploadRejectedError(422, "corrupt_file", "the PDF is damaged and cannot be read")


def check_pages(pages: int, limits: IntakeLimits) -> None:
    """Reject documents with no pages or more than ``limits.max_pages``."""
    if pages <= 0:
        raise UploadRejectedError(422, "corrupt_file", "the document has no pages")
    if pages > limits.max_pages:
        raise UploadRejectedError(
            413,
            "too_many_pages",
            f"document has {pages} pages; the limit is {limits.max_pages}",
        )


def check_pixels(width: int, height: int, limits: IntakeLimits) -> None:
    """Reject images whose declared size exceeds ``limits.max_image_pixels``."""
    if width <= 0 or height <= 0:
        raise UploadRejectedError(422, "corrupt_file", "the image has no pixels")
    if width * height > limits.max_image_pixels:
        raise UploadRejectedError(
            413,
            "image_too_large",
            f"image is {width}×{height} pixels; the limit is "
            f"{limits.max_image_pixels / 1e6:g} megapixels",
        )


@contextmanager
def open_image(path: Path, limits: IntakeLimits) -> Iterator[tuple[Image.Image, int]]:
    """Open an accepted image lazily (header only) and yield it with its page count.

    Every page's declared size is checked against the pixel limit before anyone decodes it.
    Pages beyond the first are counted only for TIFF, by seeking at most ``max_pages`` frames
    (never ``n_frames``, which walks every directory of a hostile file). The image is left on
    frame 0. Decoding (``load()``) is the caller's business; a decode failure there is theirs.
    """
    with path.open("rb") as fh:
        image = _open_header(fh, path)
        try:
            check_pixels(image.width, image.height, limits)
            pages = _count_pages(image, limits) if image.format == "TIFF" else 1
            yield image, pages
        finally:
            image.close()


def _open_header(fh: IO[bytes], path: Path) -> Image.Image:
    """Pillow's ``Image.open`` restricted to our formats and without its own bomb check.

    Pillow's check compares against a process-wide global and raises without the size; ours
    uses the configured limit and tells the user the dimensions. This mirrors ``Image.open``'s
    loop over the format registry (``Image.OPEN``), which ``register_open`` maintains.
    """
    prefix = fh.read(16)
    Image.init()
    for name in _OPEN_ORDER:
        if name not in Image.OPEN:
            continue
        factory, accept = Image.OPEN[name]
        accepted = accept(prefix) if accept is not None else True
        if isinstance(accepted, str) or not accepted:  # a str is Pillow's "plugin missing"
            continue
        fh.seek(0)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # plugin warnings on odd headers are not errors
                image = factory(fh, str(path))
        except (SyntaxError, IndexError, TypeError, ValueError, EOFError, OSError) as exc:
            # The magic matched but the header is broken: the type is right, the file is not.
            logger.info("image header unreadable as %s: %r", name, exc)
            raise UploadRejectedError(
                422, "corrupt_file", f"the {name} image is damaged and cannot be read"
            ) from exc
        except Exception as exc:  # any other plugin failure on hostile bytes
            logger.warning("image open failed as %s: %r", name, exc)
            raise UploadRejectedError(
                422, "corrupt_file", f"the {name} image is damaged and cannot be read"
            ) from exc
        if image.format not in IMAGE_FORMATS:  # e.g. a plugin that returns a subformat
            image.close()
            break
        return image
    raise UploadRejectedError(
        415,
        "unsupported_type",
        "unsupported file type; upload a PDF or a PNG, JPEG, TIFF, WEBP or HEIC image",
    )


def _count_pages(image: Image.Image, limits: IntakeLimits) -> int:
    pages = 1
    try:
        while True:
            try:
                image.seek(pages)
            except EOFError:
                break
            pages += 1
            if pages > limits.max_pages:
                raise UploadRejectedError(
                    413,
                    "too_many_pages",
                    f"document has more than {limits.max_pages} pages; "
                    f"the limit is {limits.max_pages}",
                )
            check_pixels(image.width, image.height, limits)
    except UploadRejectedError:
        raise
    except Exception as exc:  # a broken directory chain in a hostile TIFF
        raise UploadRejectedError(
            422, "corrupt_file", f"the TIFF image is damaged after page {pages}"
        ) from exc
    finally:
        with suppress(Exception):  # rewinding a broken file: the error above is what matters
            image.seek(0)
    return pages


def safe_display_name(client_filename: str | None, *, max_length: int = _DISPLAY_NAME_MAX) -> str:
    """A harmless name to show for an upload; metadata only, never used as a path.

    Drops any directory part (both ``/`` and ``\\``), control and format characters (which
    includes right-to-left overrides used to disguise extensions), leading dots and spaces,
    and shortens long names keeping the extension. Unicode letters are kept (unlike
    ``werkzeug.secure_filename``, which transliterates to ASCII) because the name is only shown.
    Returns ``"upload"`` when nothing is left.
    """
    name = unicodedata.normalize("NFC", client_filename or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = " ".join(name.split()).lstrip(". ")  # every Unicode space becomes one plain space
    if not name or name in {".", ".."}:
        return "upload"
    if len(name) > max_length:
        stem, dot, ext = name.rpartition(".")
        if dot and 0 < len(ext) <= 10 and stem:
            name = stem[: max_length - len(ext) - 1].rstrip(" ") + "." + ext
        else:
            name = name[:max_length].rstrip(" ")
    return name
