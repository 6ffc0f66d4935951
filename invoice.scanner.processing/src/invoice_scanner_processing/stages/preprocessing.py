"""Preprocessing: turn an upload into page images, a text layer where usable, and a manifest.

Contract of :func:`preprocess`:

- It identifies the upload from its bytes again (:func:`inspect_upload`; the API's answer is
  not trusted) and raises :class:`PreprocessError` with a user-readable reason for permanent
  problems: unsupported type, encrypted or corrupt PDF, too many pages, too many pixels, more
  memory or time than ``PREPROCESS_MEMORY_MB``/``PREPROCESS_TIMEOUT_S`` (all decoding runs in
  a bounded child process). No input makes it crash with anything else; only I/O errors on
  ``out_dir`` propagate.
- PDFs: every page is rendered with PDFium at ``RENDER_DPI``, lowered so that the long side is
  at most ``OCR_LONG_SIDE`` and no render exceeds ``MAX_IMAGE_PIXELS``; its text layer is read
  and judged; pages whose text layer is good skip OCR (``PageImage.use_text_layer``), the
  others get the enhancement steps.
  An embedded Factur-X/ZUGFeRD/XRechnung XML is saved as ``einvoice.xml``.
- Images (PNG, JPEG, TIFF incl. multi-page, WEBP, HEIC): EXIF orientation, then the steps in
  ``ENHANCE_STEPS``. A phone photo's page (a light quadrilateral inside the frame, on a darker
  surround) is found and warped to an upright rectangle first (``page``); an image where no such
  page is found with confidence, such as a flatbed scan, passes through unchanged.
- It writes ``pages/page-NNN.png`` and, last, ``manifest.json`` under ``out_dir``, each
  atomically; the raw file is only read. Re-running gives byte-identical files: the manifest on
  disk leaves out ``seconds`` (timing is returned to the caller, who records it in the database).

Why ``DEFAULT_STEPS`` is exif, rotate, deskew, resize (``python -m bench.preprocess --seeds 2``,
rapidocr 3.10, order-insensitive CER on synthetic A4 scans at 200 dpi, mean of 2 invoices):

============  ======  ======  ======  =======  ======  ======
steps         scan    heavy   faded   flipped  hires   mean
============  ======  ======  ======  =======  ======  ======
none          0.0105  0.0245  0.0070  0.2226   0.0047  0.0538
rotate        0.0105  0.0245  0.0070  0.0105   0.0047  0.0114
deskew        0.0105  0.0198  0.0047  0.1130   0.0047  0.0305
contrast      0.0058  0.0221  0.0093  0.2586   0.0023  0.0597
resize        0.0105  0.0245  0.0070  0.2226   0.0035  0.0536
default       0.0105  0.0198  0.0047  0.0105   0.0047  0.0100
all           0.0047  0.0432  0.0058  0.0047   0.0047  0.0126
============  ======  ======  ======  =======  ======  ======

Contrast stretching is mixed (it helps mild scans, doubles the error on the heavy one), so it
is available but off by default. ``page`` finds nothing on any of these scans, so adding it to
the default leaves this table (and every scan's pixels) exactly as it was.

Why ``page`` is in the default and ``flatten`` is not (``python -m bench.preprocess --photos 10``:
10 single-page invoices of ``bench.invoicegen`` seed 7 as phone photos, 3000×4000, CER against
the PDF's text layer, key hits = printed invoice number, date and total found verbatim):

==================  ========  ==========  =========  ==============
steps               mean CER  median CER  key hits   enhance s/page
==================  ========  ==========  =========  ==============
clean page (floor)  0.0563    0.0000      30/30      0.00
scan default        0.3935    0.5006      30/30      0.46
+page               0.0488    0.0000      30/30      0.44
+page+flatten       0.0496    0.0000      30/30      1.03
+page+contrast      0.0496    0.0000      30/30      0.53
==================  ========  ==========  =========  ==============

Without ``page`` the table around the page fools the orientation check (7 of 10 photos turned
90°); with it the photos read as well as the clean page. In the full pipeline
(``bench.accuracy --seed 7 --count 30 --kinds photo,scan``) photos went from 40 % to 96 % of
documents with all 8 header fields right (straight-through 36 % to 92 %), the same as scans.

``flatten`` (divide by a closed, blurred background) does not lower the CER, so it is offered but
off. Its small-copy form is still used inside ``page``: orientation and skew of a found page are
judged on an evenly lit copy, because one Otsu threshold reads a shaded half page as ink.
"""

from __future__ import annotations

import importlib
import io
import logging
import math
import time
import unicodedata
from functools import cache
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from invoice_scanner_common.intake import (
    UploadInfo,
    UploadRejectedError,
    inspect_upload,
    open_image,
)
from invoice_scanner_processing import enhance, sandbox, storage
from invoice_scanner_processing.documents import Manifest, OcrLine, PageImage
from invoice_scanner_processing.einvoice import (
    AttachmentBombError,
    declared_attachment_sizes,
    find_embedded_invoice,
)
from invoice_scanner_processing.engines.ocr.textlayer import page_lines
from invoice_scanner_processing.stages.hidden_text import (
    HiddenBox,
    hidden_text_boxes,
    split_hidden,
)
from invoice_scanner_processing.stages.preprocess_settings import (  # noqa: F401 - re-exported
    DEFAULT_OCR_LONG_SIDE,
    DEFAULT_STEPS,
    PreprocessSettings,
)

logger = logging.getLogger(__name__)

PAGES_DIR = "pages"
EINVOICE_FILE = "einvoice.xml"
#: zlib level 1: scanned pages are noise-heavy and barely compress better at higher levels
#: (2.72 MB at 1 vs 2.48 MB at 6 for a grey A4 scan) but take 2x longer (0.30 s vs 0.56 s).
_PNG_COMPRESS_LEVEL = 1


class PreprocessError(Exception):
    """A permanent problem with the upload; ``str(error)`` is shown to the user."""


def preprocess(raw_path: Path, out_dir: Path, *, settings: PreprocessSettings) -> Manifest:
    """Preprocess ``raw_path`` into ``out_dir``; see the module docstring for the contract.

    All decoding runs in a child process bounded by ``settings.bounds``: a document that needs
    more memory or time (a decompression bomb, a huge page) raises :class:`PreprocessError`
    saying so, and the worker process itself never grows. In a worker process the child is
    reused from one document to the next (``sandbox.reuse_children``), with the same bounds.
    """
    bounds = settings.bounds
    _load_decoders()
    try:
        run = sandbox.run_bounded(
            _preprocess, raw_path, out_dir, settings=settings, limits=bounds, reuse=True
        )
    except sandbox.SandboxMemoryError as exc:
        raise PreprocessError(
            f"the document needs more than {bounds.memory_mb} MB of memory to decode (a "
            "decompression bomb or an oversized page); processing was stopped"
        ) from exc
    except sandbox.SandboxTimeoutError as exc:
        raise PreprocessError(
            f"the document took longer than {bounds.seconds} s to decode; processing was stopped"
        ) from exc
    except sandbox.SandboxCrashError as exc:
        raise PreprocessError(f"the document crashed the decoder ({exc})") from exc
    logger.info("preprocessing peak memory %.0f MB", run.peak_rss_bytes / 1048576)
    return run.value


def _preprocess(raw_path: Path, out_dir: Path, *, settings: PreprocessSettings) -> Manifest:
    started = time.perf_counter()
    try:
        info = inspect_upload(raw_path, settings.limits)
    except UploadRejectedError as exc:
        raise PreprocessError(exc.message) from exc
    if info.kind == "pdf":
        manifest = _preprocess_pdf(raw_path, out_dir, info, settings)
    else:
        manifest = _preprocess_image(raw_path, out_dir, info, settings)
    _remove_stale_pages(out_dir, manifest)
    # Timing is left out of the file so that a re-run writes the same bytes.
    data = manifest.model_dump_json(indent=1, exclude={"seconds"}).encode()
    storage.write_bytes_atomic(out_dir / storage.MANIFEST, data)
    manifest.seconds = round(time.perf_counter() - started, 4)
    logger.info(
        "preprocessed %s: %d page(s), steps %s, %.2fs",
        info.content_type,
        len(manifest.pages),
        manifest.steps,
        manifest.seconds,
    )
    return manifest


# ----------------------------------------------------------------------------- PDF


def _preprocess_pdf(
    raw: Path, out_dir: Path, info: UploadInfo, settings: PreprocessSettings
) -> Manifest:
    try:
        pdf = pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as exc:  # inspect_upload opened it; a changed file is still handled
        raise PreprocessError("the PDF cannot be read") from exc
    try:
        if len(pdf) != info.pages:
            raise PreprocessError("the PDF changed while it was being processed")
        pdf.init_forms()  # so filled-in form fields are rendered too
        pages: list[PageImage] = []
        text_layer: dict[int, list[OcrLine]] = {}
        hidden_text: dict[int, list[OcrLine]] = {}
        steps = [f"render:{settings.render_dpi}dpi"]
        ocr_steps = tuple(
            s for s in settings.enhance_steps if s in ("rotate", "deskew", "contrast")
        )
        for index in range(len(pdf)):
            number = index + 1
            try:
                page_image, lines, hidden, page_steps = _pdf_page(
                    pdf, raw, index, out_dir, settings, ocr_steps
                )
            except PreprocessError:
                raise
            except Exception as exc:  # PDFium/pdfplumber on a damaged page
                logger.warning("page %d failed: %r", number, exc)
                raise PreprocessError(
                    f"page {number} of the PDF is damaged and cannot be rendered"
                ) from exc
            pages.append(page_image)
            if page_image.use_text_layer:
                text_layer[number] = lines
            if hidden:
                hidden_text[number] = hidden
            steps.extend(f"p{number}:{step}" for step in page_steps)
        embedded = _save_embedded_invoice(pdf, raw, out_dir, settings)
    finally:
        pdf.close()
    if embedded:
        steps.append(f"einvoice:{embedded}")
    return Manifest(
        document_kind="pdf",
        content_type=info.content_type,
        pages=pages,
        steps=steps,
        text_layer=text_layer,
        hidden_text=hidden_text,
        embedded_invoice_xml=EINVOICE_FILE if embedded else None,
    )


def _pdf_page(
    pdf: pdfium.PdfDocument,
    raw: Path,
    index: int,
    out_dir: Path,
    settings: PreprocessSettings,
    ocr_steps: tuple[str, ...],
) -> tuple[PageImage, list[OcrLine], list[OcrLine], list[str]]:
    page = pdf[index]
    try:
        width_pt, height_pt = page.get_size()
        if width_pt <= 0 or height_pt <= 0:
            raise PreprocessError(f"page {index + 1} of the PDF has no size")
        scale = render_scale(width_pt, height_pt, settings)
        if scale * max(width_pt, height_pt) < 1:
            raise PreprocessError(f"page {index + 1} of the PDF has no size")
        image = page.render(scale=scale, may_draw_forms=True).to_pil()
        image_cover = _image_coverage(page, width_pt, height_pt)
        hidden_boxes: list[HiddenBox] = []
        all_lines: list[OcrLine] = []
        try:
            textpage = page.get_textpage()
        except pdfium.PdfiumError as exc:  # no text to read: the page is OCRed as it renders
            logger.info("page %d: no text page: %r", index + 1, exc)
        else:
            try:
                hidden_boxes = _hidden_boxes(page, textpage, image, scale, index)
                all_lines = _read_text_layer(page, textpage, scale, index)
            finally:
                textpage.close()
    finally:
        page.close()
    # Text a reader cannot see is never taken as the page's text (see stages.hidden_text).
    lines, hidden, hidden_reasons = split_hidden(all_lines, hidden_boxes, image.width, image.height)
    use, chars, reason = judge_text_layer(lines, settings.text_layer_min_chars, image_cover)
    page_steps: list[str] = []
    # The rendered page is this function's own: no copy when PDFium already gave RGB (a
    # 10 ms copy of an A4 page at 200 dpi).
    image = image if image.mode == "RGB" else enhance.to_rgb(image)
    if not use and ocr_steps:
        result = enhance.enhance(image, ocr_steps, target_long_side=settings.ocr_long_side)
        image, page_steps = result.image, result.steps
    rel = _save_page(image, out_dir, index + 1)
    page_image = PageImage(
        page_number=index + 1,
        path=rel,
        width=image.width,
        height=image.height,
        dpi=round(scale * 72, 2),
        use_text_layer=use,
        text_layer_chars=chars,
        text_layer_reason=reason,
        hidden_text_chars=sum(len(line.text) for line in hidden),
        hidden_text_reason="; ".join(hidden_reasons) or None,
    )
    return page_image, lines, hidden, page_steps


def _hidden_boxes(
    page: pdfium.PdfPage,
    textpage: pdfium.PdfTextPage,
    image: Image.Image,
    scale: float,
    index: int,
) -> list[HiddenBox]:
    """The page's hidden text objects; a page PDFium cannot inspect renders as it is."""
    try:
        return hidden_text_boxes(page, textpage, image, scale)
    except Exception as exc:  # an odd text object must not fail a page that renders
        logger.warning("page %d: text objects not inspectable: %r", index + 1, exc)
        return []


def render_scale(width_pt: float, height_pt: float, settings: PreprocessSettings) -> float:
    """Pixels per point: ``RENDER_DPI``, lowered so the long side is at most ``OCR_LONG_SIDE``.

    OCR reads pages at that long side, so a bigger render (an A0 poster at 200 dpi is 9,400 px
    long, 86 megapixels) only costs memory. ``MAX_IMAGE_PIXELS`` stays a second bound for
    pages with extreme aspect ratios.
    """
    scale = min(settings.render_dpi / 72, settings.ocr_long_side / max(width_pt, height_pt))
    if width_pt * height_pt * scale * scale > settings.max_image_pixels:
        scale = math.sqrt(settings.max_image_pixels / (width_pt * height_pt)) * 0.999
    return scale


def _image_coverage(page: pdfium.PdfPage, width_pt: float, height_pt: float) -> float:
    """Fraction of the page covered by image objects (capped at 1): a scan inside a PDF."""
    area = 0.0
    try:
        for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
            left, bottom, right, top = obj.get_bounds()
            w = max(0.0, min(right, width_pt) - max(left, 0.0))
            h = max(0.0, min(top, height_pt) - max(bottom, 0.0))
            area += w * h
    except pdfium.PdfiumError:
        return 0.0
    return min(1.0, area / (width_pt * height_pt)) if width_pt * height_pt else 0.0


def judge_text_layer(
    lines: list[OcrLine], min_chars: int, image_cover: float = 0.0
) -> tuple[bool, int, str]:
    """Whether a page's text layer can replace OCR: ``(use, usable chars, reason)``.

    Refused when it is empty or short, when many glyphs have no Unicode mapping (U+FFFD, which
    the text-layer reader gives such a glyph, private-use or control characters: the PDF's
    fonts hide the real text), when too few characters are letters or digits (vector art drawn
    as glyphs), or when the page is mostly a scanned image with only a little text on top (a
    stamp or a header).
    """
    visible = [ch for line in lines for ch in line.text if not ch.isspace()]
    bad = sum(
        1 for ch in visible if ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cc", "Cs")
    )
    good = len(visible) - bad
    total = len(visible)
    if total == 0:
        return False, 0, "no text layer"
    if bad / total > 0.05:
        return False, good, f"text layer has {bad} unmapped glyphs of {total} ({bad / total:.0%})"
    if good < min_chars:
        return False, good, f"text layer too short ({good} chars)"
    alnum = sum(1 for ch in visible if ch.isalnum())
    if alnum / len(visible) < 0.5:
        return False, good, f"text layer is mostly symbols ({alnum} of {len(visible)} alphanumeric)"
    if image_cover >= 0.5 and good < 200:
        return False, good, f"page is {image_cover:.0%} image with only {good} chars of text"
    return True, good, f"text layer ok ({good} chars)"


def _read_text_layer(
    page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, scale: float, index: int
) -> list[OcrLine]:
    """The page's text lines in rendered pixels; an unreadable text layer means "no text layer".

    The page is then OCRed instead: a damaged content stream must not fail a page that renders.
    """
    try:
        return page_lines(page, textpage, scale)
    except Exception as exc:  # an odd character must not fail a page that renders
        logger.info("text layer of page %d unreadable: %r", index + 1, exc)
        return []


def _save_embedded_invoice(
    pdf: pdfium.PdfDocument, raw: Path, out_dir: Path, settings: PreprocessSettings
) -> str | None:
    try:
        found = find_embedded_invoice(
            pdf, max_bytes=settings.max_einvoice_bytes, declared=declared_attachment_sizes(raw)
        )
    except AttachmentBombError as exc:  # refused: a hostile file, not a broken one
        raise PreprocessError(str(exc)) from exc
    except Exception as exc:  # a broken attachment never fails the document
        logger.warning("embedded files unreadable: %r", exc)
        return None
    if found is None:
        return None
    storage.write_bytes_atomic(out_dir / EINVOICE_FILE, found.data)
    return found.name


# ----------------------------------------------------------------------------- images


def _preprocess_image(
    raw: Path, out_dir: Path, info: UploadInfo, settings: PreprocessSettings
) -> Manifest:
    pages: list[PageImage] = []
    steps: list[str] = []
    try:
        with open_image(raw, settings.limits) as (image, count):
            for index in range(count):
                number = index + 1
                try:
                    image.seek(index)
                    image.load()
                    result = enhance.enhance(
                        image,
                        settings.enhance_steps,
                        target_long_side=settings.ocr_long_side,
                        split_sheets=len(pages) + enhance.MAX_SHEETS <= settings.limits.max_pages,
                    )
                except (Image.DecompressionBombError, MemoryError) as exc:
                    raise PreprocessError(
                        f"page {number} of the image is too large to decode"
                    ) from exc
                except Exception as exc:  # truncated or corrupt pixel data
                    logger.warning("image page %d failed: %r", number, exc)
                    raise PreprocessError(
                        f"the image is damaged and cannot be decoded (page {number})"
                    ) from exc
                # A photo of several sheets (pages side by side, a long receipt in two halves)
                # gives one page per sheet, in reading order, numbered on from the frame's.
                for page_image in (result.image, *result.more):
                    page_number = len(pages) + 1
                    rel = _save_page(page_image, out_dir, page_number)
                    pages.append(
                        PageImage(
                            page_number=page_number,
                            path=rel,
                            width=page_image.width,
                            height=page_image.height,
                        )
                    )
                prefix = f"p{number}:" if count > 1 else ""
                steps.extend(prefix + step for step in result.steps)
    except UploadRejectedError as exc:
        raise PreprocessError(exc.message) from exc
    return Manifest(document_kind="image", content_type=info.content_type, pages=pages, steps=steps)


@cache
def _load_decoders() -> None:
    """Import pdfplumber (its word extraction groups the text layer's characters) and
    pdfminer's parser (embedded e-invoices) in this (parent) process once. Each document is
    decoded in a forked child, and a child that imports pdfplumber itself pays about 60 ms
    per document (measured in a profile of a born-digital page); imported here, every child
    inherits it."""
    importlib.import_module("pdfplumber")
    importlib.import_module("pdfminer.pdfparser")


# ----------------------------------------------------------------------------- output


def _save_page(image: Image.Image, out_dir: Path, number: int) -> str:
    """Write the page PNG atomically; pages without colour are stored as greyscale."""
    rel = f"{PAGES_DIR}/page-{number:03d}.png"
    storage.write_bytes_atomic(out_dir / rel, _encode_png(_grey_if_colourless(image)))
    return rel


def _encode_png(image: Image.Image) -> bytes:
    """PNG bytes of the page, lossless, at zlib level 1, by whichever encoder is faster for the
    kind of page (median of 5, one page each, in one process): greyscale pages (scans, photos)
    through OpenCV's libpng with zlib's run-length strategy, 71-73 ms and 1.9 MB against
    Pillow's 113-118 ms and 2.2 MB; colour pages (rendered born-digital pages) through Pillow,
    42-53 ms against OpenCV's 70-92 ms, at the same size. The pixels are the same either way,
    so OCR reads the same page."""
    if image.mode == "L":
        params = [
            cv2.IMWRITE_PNG_COMPRESSION,
            _PNG_COMPRESS_LEVEL,
            cv2.IMWRITE_PNG_STRATEGY,
            cv2.IMWRITE_PNG_STRATEGY_RLE,
        ]
        ok, encoded = cv2.imencode(".png", np.asarray(image), params)
        if ok:
            return bytes(encoded.tobytes())
    buf = io.BytesIO()
    image.save(buf, "PNG", compress_level=_PNG_COMPRESS_LEVEL)
    return buf.getvalue()


def _grey_if_colourless(image: Image.Image) -> Image.Image:
    """Greyscale when nothing on the page has colour: a third of the pixels to compress.

    Judged on an 8× box-reduced copy, ignoring the most colourful 0.1 %, so that a scanner's
    per-pixel chroma noise averages out (heavy synthetic noise reaches 37) while a coloured logo
    or stamp (a red stamp is ~200, a pale blue logo ~70) still keeps the page in colour.
    """
    if image.mode != "RGB":
        return image
    arr = np.asarray(image.reduce(8)).astype(np.int16)
    spread = np.abs(arr[..., 0] - arr[..., 1]) + np.abs(arr[..., 1] - arr[..., 2])
    return image.convert("L") if float(np.percentile(spread, 99.9)) <= 40 else image


def _remove_stale_pages(out_dir: Path, manifest: Manifest) -> None:
    """Delete page images a previous run left that this manifest does not list."""
    keep = {p.path for p in manifest.pages}
    folder = out_dir / PAGES_DIR
    if folder.is_dir():
        for path in folder.glob("page-*.png"):
            if f"{PAGES_DIR}/{path.name}" not in keep:
                path.unlink(missing_ok=True)
    if manifest.embedded_invoice_xml is None:
        (out_dir / EINVOICE_FILE).unlink(missing_ok=True)
