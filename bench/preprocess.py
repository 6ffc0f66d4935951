"""Does each preprocessing step earn its place? OCR error rate with and without it, and speed.

Usage::

    .venv/bin/python -m bench.preprocess [--seeds 2] [--speed-pages 10] [--no-ocr]
    .venv/bin/python -m bench.preprocess --photos 10 [--photo-seed 7]   # phone photos only

1. Draws synthetic A4 invoices at 200 dpi (PIL, DejaVu Sans; amounts, ids and positions vary by
   seed), degrades them like scans (`scan`: 1.5° skew, blur, noise, JPEG q60; `heavy`: −2.5°,
   stronger blur/noise, JPEG q35; `faded`: low contrast, grey paper; `flipped`: the scan upside
   down; `hires`: the scan at 300 dpi, 1.5× larger) and runs rapidocr 3.10 on the page after each
   enhancement configuration (no steps, each step alone, the default set, all steps).
2. Prints the character error rate per configuration and degradation: the order-insensitive
   CER of ``shared/reference/ocr-measurements.md`` (each ground-truth line aligned to its best
   substring of the OCR output, whitespace removed, NFKC; unmatched output counts as insertions).
3. Times :func:`preprocess` in pages per second for a born-digital PDF and for scanned JPEGs.

4. With ``--photos N``: the first N single-page invoices of ``bench.invoicegen`` (seed 7 unless
   ``--photo-seed``; never the held-out 1234) as phone photos, OCRed after each configuration of
   :data:`PHOTO_CONFIGS`: CER against the PDF's own text layer, and key-field hits (the printed
   invoice number, invoice date and total found in the OCR text, whitespace ignored).

All offline, CPU only, bounded: about one OCR call per (seed × degradation × configuration).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from invoice_scanner_processing import enhance
from invoice_scanner_processing.stages.preprocessing import (
    DEFAULT_STEPS,
    PreprocessSettings,
    preprocess,
)

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
A4_200 = (1654, 2339)

CONFIGS: dict[str, tuple[str, ...]] = {
    "none": (),
    "rotate": ("rotate",),
    "deskew": ("deskew",),
    "contrast": ("contrast",),
    "resize": ("resize",),
    "rotate+deskew": ("rotate", "deskew"),
    "default": DEFAULT_STEPS,
    "all": enhance.ALL_STEPS,
}

_SCAN_STEPS = ("exif", "rotate", "deskew", "resize")  # the default before photo support
PHOTO_CONFIGS: dict[str, tuple[str, ...]] = {
    "scan-default": _SCAN_STEPS,
    "+page": ("exif", "page", "rotate", "deskew", "resize"),
    "+page+flatten": ("exif", "page", "flatten", "rotate", "deskew", "resize"),
    "+page+contrast": ("exif", "page", "rotate", "deskew", "contrast", "resize"),
    "default": DEFAULT_STEPS,
}


# ----------------------------------------------------------------------------- synthetic pages


def invoice_strings(rng: random.Random) -> list[str]:
    n = rng.randint(1000, 9999)
    qty = [rng.randint(1, 20) for _ in range(4)]
    price = [rng.randint(500, 250000) / 100 for _ in range(4)]
    items = ["Office chairs", "Desk lamps", "Paper A4 box", "Toner cartridge"]
    subtotal = sum(q * p for q, p in zip(qty, price, strict=True))
    day = rng.randint(1, 28)
    lines = [
        rng.choice(["Nordic Supplies AB", "Müller & Söhne GmbH", "Atlantic Trading Ltd"]),
        f"Kungsgatan {rng.randint(1, 99)}, 111 43 Stockholm",
        f"VAT: SE{rng.randint(10**11, 10**12 - 1)}",
        "billing@nordicsupplies.example",
        f"Invoice No: INV-2024-{n:04d}",
        f"Invoice Date: 2024-03-{day:02d}",
        f"Due Date: 2024-04-{day:02d}",
        f"Order: PO-{rng.randint(10000, 99999)}",
        f"Customer ID: C-{rng.randint(100, 999)}",
    ]
    for name, q, p in zip(items, qty, price, strict=True):
        lines.append(f"{name}   {q} x {p:,.2f}   {q * p:,.2f}")
    lines += [
        f"Subtotal   {subtotal:,.2f}",
        f"VAT 25%   {subtotal * 0.25:,.2f}",
        f"Total   {subtotal * 1.25:,.2f} SEK",
        f"IBAN SE45 5000 0000 0583 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
        "Payment terms: 30 days net. Thank you for your business!",
    ]
    return lines


def draw_page(lines: list[str], rng: random.Random, size: tuple[int, int] = A4_200) -> Image.Image:
    scale = size[0] / A4_200[0]
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    body = ImageFont.truetype(FONT, round(rng.choice((28, 30, 32)) * scale))
    head = ImageFont.truetype(FONT_BOLD, round(44 * scale))
    x, y = round(rng.randint(100, 160) * scale), round(rng.randint(100, 180) * scale)
    draw.text((x, y), lines[0], font=head, fill="black")
    y += round(90 * scale)
    for text in lines[1:]:
        draw.text((x, y), text, font=body, fill=(20, 20, 20))
        y += round(rng.randint(80, 100) * scale)
    return image


def degrade(
    image: Image.Image,
    *,
    angle: float,
    blur: float,
    contrast: float,
    noise: float,
    quality: int,
    seed: int,
    paper: float = 0.0,
) -> Image.Image:
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor="white")
    image = image.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(image).astype(np.float32)
    arr = 128 + (arr - 128) * contrast - paper
    arr += np.random.default_rng(seed).normal(0, noise, arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def degradations(seed: int) -> dict[str, tuple[Image.Image, list[str]]]:
    rng = random.Random(seed)
    lines = invoice_strings(rng)
    clean = draw_page(lines, random.Random(seed))
    scan = degrade(clean, angle=1.5, blur=1.0, contrast=0.85, noise=18, quality=60, seed=seed)
    big = draw_page(lines, random.Random(seed), (2481, 3508))
    return {
        "scan": (scan, lines),
        "heavy": (
            degrade(clean, angle=-2.5, blur=1.6, contrast=0.6, noise=40, quality=35, seed=seed),
            lines,
        ),
        "faded": (
            degrade(
                clean,
                angle=0.7,
                blur=1.2,
                contrast=0.35,
                noise=10,
                quality=60,
                seed=seed,
                paper=-60,
            ),
            lines,
        ),
        "flipped": (scan.rotate(180), lines),
        "hires": (
            degrade(big, angle=1.5, blur=1.5, contrast=0.85, noise=18, quality=60, seed=seed),
            lines,
        ),
    }


# ----------------------------------------------------------------------------- metric


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _semi_global(needle: str, hay: str) -> tuple[int, int, int]:
    """Edit distance of ``needle`` to its best substring of ``hay``: (distance, start, end)."""
    n = len(needle)
    prev = list(range(n + 1))
    start = [0] * (n + 1)
    best = (n, 0, 0)
    for j, ch in enumerate(hay, 1):
        cur = [0] * (n + 1)
        cur_start = [j] * (n + 1)
        for i in range(1, n + 1):
            sub = prev[i - 1] + (needle[i - 1] != ch)
            dele = prev[i] + 1
            ins = cur[i - 1] + 1
            if sub <= dele and sub <= ins:
                cur[i], cur_start[i] = sub, start[i - 1]
            elif dele <= ins:
                cur[i], cur_start[i] = dele, start[i]
            else:
                cur[i], cur_start[i] = ins, cur_start[i - 1]
        if cur[n] < best[0]:
            best = (cur[n], cur_start[n], j)
        prev, start = cur, cur_start
    return best


def cer(truth_lines: list[str], output: str) -> float:
    hay = _norm(output)
    errors = 0
    total = 0
    for line in sorted((_norm(t) for t in truth_lines), key=len, reverse=True):
        total += len(line)
        dist, s, e = _semi_global(line, hay)
        if dist > len(line) / 2:
            errors += len(line)
            continue
        errors += dist
        hay = hay[:s] + hay[e:]
    return (errors + len(hay)) / total


# ----------------------------------------------------------------------------- runs


def run_cer(seeds: int) -> None:
    from rapidocr import RapidOCR

    engine = RapidOCR()

    def ocr(image: Image.Image) -> str:
        out = engine(np.asarray(image.convert("RGB"))[:, :, ::-1])  # rapidocr wants BGR arrays
        return "\n".join(getattr(out, "txts", None) or ())

    results: dict[tuple[str, str], list[float]] = {}
    step_times: dict[str, list[float]] = {}
    for seed in range(seeds):
        for deg, (image, lines) in degradations(seed).items():
            for name, steps in CONFIGS.items():
                t0 = time.perf_counter()
                result = enhance.enhance(image, steps, target_long_side=2339)
                step_times.setdefault(name, []).append(time.perf_counter() - t0)
                results.setdefault((name, deg), []).append(cer(lines, ocr(result.image)))
                print(f"seed {seed} {deg:8s} {name:14s} {result.steps}", flush=True)
    degs = list(degradations(0))
    print("\nCER (rapidocr 3.10, mean over seeds; lower is better)")
    print(f"| steps | {' | '.join(degs)} | mean | enhance s/page |")
    print("|---|" + "---|" * (len(degs) + 2))
    for name in CONFIGS:
        cells = [statistics.mean(results[(name, d)]) for d in degs]
        row = " | ".join(f"{c:.4f}" for c in cells)
        secs = statistics.median(step_times[name])
        print(f"| {name} | {row} | {statistics.mean(cells):.4f} | {secs:.3f} |")


PhotoSample = tuple[str, Image.Image, Image.Image, list[str], list[str]]


def photo_samples(seed: int, count: int) -> list[PhotoSample]:
    """(id, photo as stored (EXIF not applied), clean page, truth lines, key strings) each."""
    import pypdfium2 as pdfium

    from bench.invoicegen.corpus import document_seed, plan
    from bench.invoicegen.draw import draw_invoice
    from bench.invoicegen.photo import photo_page
    from bench.invoicegen.raster import render_pages
    from bench.invoicegen.render_pdf import render_pdf

    out: list[PhotoSample] = []
    for index, layout, locale in plan(count * 2):
        if len(out) == count:
            break
        doc_seed = document_seed(seed, index)
        inv = draw_invoice(doc_seed, layout, locale)
        pdf_bytes, pages = render_pdf(inv)
        if pages > 1:
            continue
        clean = render_pages(pdf_bytes)[0]
        data, _ = photo_page(clean, doc_seed)
        pdf = pdfium.PdfDocument(pdf_bytes)
        text = pdf[0].get_textpage().get_text_range()
        pdf.close()
        lines = [line for line in text.splitlines() if line.strip()]
        printed = inv.truth("photo", 1)["printed"]
        keys = [printed["invoice_number"], printed["invoice_date"], printed["total"]]
        photo: Image.Image = Image.open(io.BytesIO(data))
        out.append((f"inv-{index:04d}-{layout}", photo, clean, lines, keys))
    return out


def run_photos(seed: int, count: int) -> None:
    from rapidocr import RapidOCR

    engine = RapidOCR()
    samples = photo_samples(seed, count)
    cers: dict[str, list[float]] = {}
    hits: dict[str, list[int]] = {}
    times: dict[str, list[float]] = {}
    configs = {"clean page (floor)": (), **PHOTO_CONFIGS}
    for doc_id, image, clean, lines, keys in samples:
        for name, steps in configs.items():
            t0 = time.perf_counter()
            source = clean if name not in PHOTO_CONFIGS else image
            result = enhance.enhance(source, steps, target_long_side=2339)
            times.setdefault(name, []).append(time.perf_counter() - t0)
            out = engine(np.asarray(result.image.convert("RGB"))[:, :, ::-1])
            text = "\n".join(getattr(out, "txts", None) or ())
            cers.setdefault(name, []).append(cer(lines, text))
            flat = _norm(text).casefold()
            hits.setdefault(name, []).append(sum(_norm(k).casefold() in flat for k in keys))
            print(
                f"{doc_id:24s} {name:16s} cer {cers[name][-1]:.4f} keys {hits[name][-1]}/3 "
                f"{result.steps}",
                flush=True,
            )
    print(
        f"\nPhotos (seed {seed}, {len(samples)} single-page invoices), rapidocr; CER lower is "
        "better, key hits = invoice number, date, total found verbatim"
    )
    print("| steps | mean CER | median CER | key hits | enhance s/page |")
    print("|---|---|---|---|---|")
    for name in configs:
        total = 3 * len(hits[name])
        print(
            f"| {name} | {statistics.mean(cers[name]):.4f} | {statistics.median(cers[name]):.4f} "
            f"| {sum(hits[name])}/{total} ({sum(hits[name]) / total:.0%}) "
            f"| {statistics.median(times[name]):.2f} |"
        )


def _timed(label: str, pages: int, fn: Callable[[], None]) -> None:
    fn()  # warm-up: imports, the orientation classifier session
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    best = statistics.median(runs)
    print(f"{label}: {pages / best:.1f} pages/s ({best / pages * 1000:.0f} ms/page, median of 3)")


def run_speed(pages: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        pdf_path = root / "born.pdf"
        c = canvas.Canvas(str(pdf_path), pagesize=A4)
        for n in range(pages):
            y = 790.0
            for text in invoice_strings(random.Random(n)):
                c.drawString(60, y, text)
                y -= 24
            c.showPage()
        c.save()
        scans = []
        for n in range(pages):
            image, _ = degradations(n % 3)["scan"]
            path = root / f"scan-{n}.jpg"
            image.save(path, "JPEG", quality=80)
            scans.append(path)
        out = root / "out"

        def born_digital() -> None:
            preprocess(pdf_path, out / "pdf", settings=PreprocessSettings())

        _timed(
            f"born-digital PDF, {pages} pages (render 200 dpi + text layer)", pages, born_digital
        )
        for steps_name, steps in (("none", ()), ("default", DEFAULT_STEPS)):
            settings = PreprocessSettings(enhance_steps=steps)

            def scanned(settings: PreprocessSettings = settings) -> None:
                for path in scans:
                    preprocess(path, out / path.stem, settings=settings)

            _timed(f"scanned JPEG pages, steps={steps_name} {steps}", pages, scanned)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=2, help="invoices per degradation")
    parser.add_argument("--speed-pages", type=int, default=10)
    parser.add_argument("--no-ocr", action="store_true", help="only the speed measurement")
    parser.add_argument("--photos", type=int, default=0, help="only the phone-photo table, N docs")
    parser.add_argument("--photo-seed", type=int, default=7)
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "2")
    if args.photos:
        run_photos(args.photo_seed, args.photos)
        return
    run_speed(args.speed_pages)
    if not args.no_ocr:
        run_cer(args.seeds)


if __name__ == "__main__":
    main()
