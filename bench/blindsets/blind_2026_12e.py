"""Blind set 2026-12e: 30 invoices/receipts with ground truth, written blind to the reader.

Run: python -m bench.blindsets.blind_2026_12e [OUTDIR] [--only NAME]
Writes NAME.pdf|png|jpg + NAME.json per document and, on a full run, README.md.
Every document is seeded by CRC-32 of its name, so re-runs are byte-identical.
"""

from __future__ import annotations

import argparse
import json
import zlib
from collections import Counter
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from bench.blindsets.blind12e_core import encode, image_pdf, photo, rasterize, render_pdf, scan
from bench.blindsets.blind12e_invoices import INVOICES
from bench.blindsets.blind12e_receipts import RECEIPTS

DEFAULT_OUT = Path("bench/blindsets/blind-2026-12e")
DOCS = {**RECEIPTS, **INVOICES}

# name -> (kind, ext, degradation parameters)
PLAN: dict[str, tuple[str, str, dict]] = {
    "r01": ("photo", "jpg", {"dpi": 200, "long_side": 2000, "quality": 72, "bg": "wood"}),
    "r02": ("scan", "png", {"dpi": 200, "grey": True, "skew": 1.2, "pad": 30, "fade": 0.25}),
    "r03": (
        "photo",
        "jpg",
        {"dpi": 200, "long_side": 2200, "quality": 80, "bg": "grey", "folds": 2},
    ),
    "r04": ("scan", "jpg", {"dpi": 240, "grey": True, "skew": 1.8, "pad": 40, "fade": 0.35}),
    "r05": (
        "scan",
        "png",
        {"dpi": 300, "grey": True, "skew": 1.5, "fade": 0.5, "target_w": 600, "blur": 0.9},
    ),
    "r06": (
        "photo",
        "jpg",
        {"dpi": 200, "long_side": 1800, "quality": 68, "bg": "cloth", "folds": 2, "crumple": 2.5},
    ),
    "r07": ("photo", "jpg", {"dpi": 220, "long_side": 1500, "quality": 75, "bg": "grey"}),
    "r08": (
        "photo",
        "jpg",
        {"dpi": 200, "long_side": 2300, "quality": 62, "bg": "wood", "folds": 1, "persp": 0.07},
    ),
    "r09": ("pdf", "pdf", {}),
    "r10": ("pdf", "pdf", {}),
    "r11": (
        "scan",
        "jpg",
        {"dpi": 200, "grey": False, "skew": 2.0, "pad": 30, "fade": 0.2, "noise": 7},
    ),
    "r12": ("scan", "png", {"dpi": 160, "grey": True, "skew": 0.8, "target_w": 620, "fade": 0.3}),
    "r13": ("pdf", "pdf", {}),
    "r14": ("scanpdf", "pdf", {"dpi": 200, "grey": True, "skew": 1.0}),
    "r15": (
        "photo",
        "jpg",
        {"dpi": 260, "long_side": 1400, "quality": 70, "bg": "wood", "folds": 1, "crumple": 1.5},
    ),
    "i01": ("pdf", "pdf", {}),
    "i02": ("pdf", "pdf", {}),
    "i03": ("pdf", "pdf", {}),
    "i04": ("pdf", "pdf", {}),
    "i05": ("scanpdf", "pdf", {"dpi": 150, "grey": True, "skew": 1.6, "noise": 6}),
    "i06": ("pdf", "pdf", {}),
    "i07": ("scan", "png", {"dpi": 200, "grey": True, "skew": 1.3}),
    "i08": ("pdf", "pdf", {}),
    "i09": (
        "photo",
        "jpg",
        {"dpi": 150, "long_side": 2400, "quality": 82, "bg": "grey", "folds": 2, "persp": 0.04},
    ),
    "i10": ("scan", "jpg", {"dpi": 150, "grey": False, "skew": 0.9, "noise": 4}),
    "i11": ("pdf", "pdf", {}),
    "i12": ("pdf", "pdf", {}),
    "i13": ("pdf", "pdf", {}),
    "i14": ("scan", "jpg", {"dpi": 300, "grey": True, "skew": 2.0, "blur": 0.8}),
    "i15": (
        "photo",
        "jpg",
        {"dpi": 150, "long_side": 2000, "quality": 84, "bg": "wood", "folds": 1, "persp": 0.05},
    ),
}
KIND_LABEL = {"pdf": "pdf", "scan": "scan", "photo": "photo", "scanpdf": "scan (image-only PDF)"}
_SCAN_KEYS = ("skew", "blur", "noise", "specks", "fade", "pad", "target_w")
_PHOTO_KEYS = ("long_side", "quality", "bg", "folds", "crumple", "persp")


def build(name: str) -> tuple[bytes, dict, str]:
    """Render one document: (file bytes, truth, country)."""
    kind, ext, prm = PLAN[name]
    pages, truth, country = DOCS[name]()
    pdf = render_pdf(pages, name)
    truth["kind"] = "scan" if kind == "scanpdf" else kind
    if kind == "pdf":
        return pdf, truth, country
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    img = rasterize(pdf, prm["dpi"], prm.get("grey", False))
    if kind == "photo":
        pil = photo(img, rng, **{k: prm[k] for k in _PHOTO_KEYS if k in prm})
        return encode(pil, ext, prm.get("quality", 85)), truth, country
    out = scan(img, rng, **{k: prm[k] for k in _SCAN_KEYS if k in prm})
    if kind == "scanpdf":
        return image_pdf(Image.fromarray(out), prm["dpi"]), truth, country
    return encode(out, ext, 82), truth, country


def readme(rows: list[tuple[str, str, str, dict]]) -> str:
    mix = Counter((KIND_LABEL[PLAN[n][0]], t["document_type"]) for n, _e, _c, t in rows)
    kinds = sorted({k for k, _ in mix})
    types = ["receipt", "invoice", "credit_note"]
    out = [
        "# Blind set 2026-12e",
        "",
        "30 synthetic documents (15 receipts, 13 invoices, 2 credit notes) written blind to the "
        "reader's rules by `bench/blindsets/blind_2026_12e.py` (helpers in `blind12e_core.py`, "
        "`blind12e_receipts.py`, `blind12e_invoices.py`).",
        "",
        "## How it is drawn",
        "- Every page is laid out with reportlab (`invariant=1`) in DejaVu Sans/Mono/Serif/"
        "Condensed or the standard Helvetica/Times/Courier fonts; receipts on 58/76/80 mm rolls "
        "as long as their content, invoices on A4 or Letter.",
        "- Every amount is computed once with `Decimal`; the same values are printed and keyed; "
        "amount + vat = total is checked (documented gaps: tips, rounding) and every text run is "
        "checked to stay on the page and not overlap another (`LayoutError`).",
        "- Scans: rendered with pypdfium2 at 150-300 dpi, grey or colour, skew, blur, noise, "
        "specks, thermal fading, some at ~600 px width. Photos: perspective onto a wood/desk/"
        "cloth texture, drop shadow, cast shadow, uneven light, folds/crumples, JPEG q 62-82. "
        "Image-only PDFs embed the degraded scan as the only page content.",
        "- Each document is seeded by CRC-32 of its name: re-runs are byte-identical.",
        "",
        "## Truth conventions",
        "- `invoice_number`: the number printed as the document's own (receipt/bill/transaction "
        "number for receipts), with its prefixes.",
        "- `total`: total incl. tax as stated; tips and rounding lines included; deposits/earlier "
        "payments (Abschlag, acompte) do not lower it. `vat`: sum of printed tax amounts (null if "
        'none printed, then amount = total; a reverse-charge invoice printing 0,00 keys "0.00"). '
        "`amount`: net before tax (printed net, else total − vat).",
        "- Discount, promo, deposit/return and surcharge lines are keyed as line items with their "
        "signed amount; tax lines are not line items.",
        "- `due_date` only where a due date is printed; terms and Skonto dates give null.",
        "- Credit notes keep the printed sign (i14 negative, i15 positive).",
        "",
        "## Mix",
        "",
        "| kind | " + " | ".join(types) + " | all |",
        "|---|" + "---|" * (len(types) + 1),
    ]
    for k in kinds:
        cnt = [mix.get((k, t), 0) for t in types]
        out.append(f"| {k} | " + " | ".join(map(str, cnt)) + f" | {sum(cnt)} |")
    tot = [sum(mix.get((k, t), 0) for k in kinds) for t in types]
    out.append("| all | " + " | ".join(map(str, tot)) + f" | {sum(tot)} |")
    out += [
        "",
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for n, ext, c, t in rows:
        out.append(
            f"| {n}.{ext} | {KIND_LABEL[PLAN[n][0]]} | {c} | {t['document_type']} | "
            f"{t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | "
            f"{t['note']} |"
        )
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    cv2.setNumThreads(1)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    names = [a.only] if a.only else list(PLAN)
    rows = []
    for n in names:
        data, truth, country = build(n)
        ext = PLAN[n][1]
        (out / f"{n}.{ext}").write_bytes(data)
        (out / f"{n}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n")
        rows.append((n, ext, country, truth))
        print(f"{n}.{ext}  {truth['kind']:5}  {truth['total']:>10} {truth['currency']}")
    if not a.only:
        (out / "README.md").write_text(readme(rows))


if __name__ == "__main__":
    main()
