"""Drawing, checking and degrading helpers for blind set 2026-12e (see blind_2026_12e.py)."""

from __future__ import annotations

import io
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

MM = 72 / 25.4
BLACK = (0, 0, 0)
GREY = (0.35, 0.35, 0.35)
BLUE_INK = (0.08, 0.14, 0.55)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_DV = {
    "DVS": "DejaVuSans.ttf",
    "DVS-B": "DejaVuSans-Bold.ttf",
    "DVS-I": "DejaVuSans-Oblique.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVM-B": "DejaVuSansMono-Bold.ttf",
    "DVR": "DejaVuSerif.ttf",
    "DVR-B": "DejaVuSerif-Bold.ttf",
    "DVR-I": "DejaVuSerif-Italic.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVC-B": "DejaVuSansCondensed-Bold.ttf",
}
STD = {"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Times-Italic", "Courier"}
A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)
_registered = False


class LayoutError(Exception):
    """A text run leaves its page or overlaps another."""


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, fname in _DV.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / fname)))
    _registered = True


# ---------------------------------------------------------------- money
def D(x) -> Decimal:
    return Decimal(str(x))


def q2(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), ROUND_HALF_UP)


def contained(gross: Decimal, rate) -> Decimal:
    """Tax contained in a gross amount at rate percent."""
    r = D(rate)
    return q2(gross * r / (Decimal(100) + r))


def fm(x: Decimal, st: str = "en", dec: int = 2) -> str:
    """Format an amount: en 1,234.56 | de 1.234,56 | fr 1 234,56 | ch 1'234.56 | plain 1234.56
    | dep 1234,56."""
    s = f"{abs(x):,.{dec}f}"
    if st == "de":
        s = s.replace(",", "#").replace(".", ",").replace("#", ".")
    elif st == "fr":
        s = s.replace(",", " ").replace(".", ",")
    elif st == "ch":
        s = s.replace(",", "'")
    elif st == "plain":
        s = s.replace(",", "")
    elif st == "dep":
        s = s.replace(",", "").replace(".", ",")
    return ("-" if x < 0 else "") + s


def qty_s(q) -> str:
    d = D(q)
    return format(d.normalize(), "f") if d != d.to_integral() else str(int(d))


def item(desc: str, qty, unit, amount: Decimal | None = None) -> dict:
    amt = q2(D(qty) * D(unit)) if amount is None else amount
    return {
        "description": desc,
        "quantity": qty_s(qty),
        "unit_price": str(D(unit)),
        "amount": str(amt),
    }


def items_sum(items: list[dict]) -> Decimal:
    return sum((D(i["amount"]) for i in items), Decimal(0))


# ---------------------------------------------------------------- page model
class Page:
    """A page whose text runs are placed with y measured from the top (baseline)."""

    def __init__(self, size: tuple[float, float | None]):
        self.w, self.h = size
        self.runs: list[tuple] = []
        self.shapes: list[tuple] = []

    def text(self, x, y, s, font, size, align="l", color=BLACK) -> float:
        register_fonts()
        s = str(s)
        if font in STD:
            s.encode("cp1252")  # standard fonts: WinAnsi only
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        self.runs.append((x0, y, s, font, size, color, w))
        return w

    def hline(self, x1, x2, y, lw=0.5, color=BLACK, dash=False):
        self.shapes.append(("line", x1, y, x2, y, lw, color, dash))

    def vline(self, x, y1, y2, lw=0.5, color=BLACK):
        self.shapes.append(("line", x, y1, x, y2, lw, color, False))

    def rect(self, x, y, w, h, fill=None, stroke=BLACK, lw=0.5):
        self.shapes.append(("rect", x, y, w, h, fill, stroke, lw))

    def boxes(self):
        for x0, y, s, _f, size, _c, w in self.runs:
            if s.strip():
                yield (x0, y - 0.74 * size, x0 + w, y + 0.22 * size, s)

    def check(self, name: str) -> None:
        bx = sorted(self.boxes(), key=lambda b: b[1])
        for x0, t, x1, b, s in bx:
            if x0 < 2 or x1 > self.w - 2 or t < 2 or b > self.h - 2:
                raise LayoutError(
                    f"{name}: {s!r} leaves the page ({x0:.1f},{t:.1f},{x1:.1f},{b:.1f})"
                )
        for i, (ax0, _at, ax1, ab, s) in enumerate(bx):
            for bx0, bt, bx1, _bb, s2 in bx[i + 1 :]:
                if bt >= ab - 0.3:
                    break
                if min(ax1, bx1) - max(ax0, bx0) > 0.3:
                    raise LayoutError(f"{name}: {s!r} overlaps {s2!r}")


def wrap(s: str, width: float, font: str, size: float) -> list[str]:
    words, lines, cur = s.split(), [], ""
    for wd in words:
        t = (cur + " " + wd).strip()
        if pdfmetrics.stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = wd
    if cur:
        lines.append(cur)
    return lines


class Flow:
    """Top-down cursor: every line call first advances, then writes at the new baseline."""

    def __init__(self, page: Page, x0, x1, y, font, size, lead=1.3):
        register_fonts()
        self.page, self.x0, self.x1, self.y = page, x0, x1, y
        self.font, self.size, self.lead = font, size, lead

    def adv(self, size=None, lead=None):
        self.y += (size or self.size) * (lead or self.lead)

    def l(self, t, font=None, size=None, x=None, color=BLACK):  # noqa: E743
        self.adv(size)
        self.page.text(
            self.x0 if x is None else x, self.y, t, font or self.font, size or self.size, "l", color
        )

    def c(self, t, font=None, size=None, color=BLACK):
        self.adv(size)
        self.page.text(
            (self.x0 + self.x1) / 2, self.y, t, font or self.font, size or self.size, "c", color
        )

    def r(self, t, font=None, size=None, color=BLACK):
        self.adv(size)
        self.page.text(self.x1, self.y, t, font or self.font, size or self.size, "r", color)

    def lr(self, a, b, font=None, size=None, color=BLACK):
        self.adv(size)
        f, z = font or self.font, size or self.size
        self.page.text(self.x0, self.y, a, f, z, "l", color)
        self.page.text(self.x1, self.y, b, f, z, "r", color)

    def cols(self, cells, font=None, size=None, color=BLACK):
        self.adv(size)
        for t, x, al in cells:
            self.page.text(x, self.y, t, font or self.font, size or self.size, al, color)

    def wrapl(self, t, font=None, size=None, width=None, center=False):
        f, z = font or self.font, size or self.size
        for ln in wrap(t, width or (self.x1 - self.x0), f, z):
            (self.c if center else self.l)(ln, f, z)

    def rule(self, dash=False, lw=0.5):
        self.y += self.size * 0.55
        self.page.hline(self.x0, self.x1, self.y, lw, BLACK, dash)
        self.y += self.size * 0.15

    def gap(self, pts):
        self.y += pts


def roll(width_mm: float, font: str, size: float, lead=1.28, margin=3.0) -> Flow:
    page = Page((width_mm * MM, None))
    return Flow(page, margin * MM, (width_mm - margin) * MM, 4 * MM, font, size, lead)


def close_roll(f: Flow, bottom_mm=8.0) -> list[Page]:
    f.page.h = f.y + bottom_mm * MM
    return [f.page]


# ---------------------------------------------------------------- PDF
def render_pdf(pages: list[Page], name: str) -> bytes:
    for i, p in enumerate(pages):
        p.check(f"{name} p{i + 1}")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(pages[0].w, pages[0].h), invariant=1)
    c.setTitle(name)
    for p in pages:
        c.setPageSize((p.w, p.h))
        for sh in p.shapes:
            _draw_shape(c, p.h, sh)
        for x0, y, s, font, size, color, _w in p.runs:
            c.setFillColorRGB(*color)
            c.setFont(font, size)
            c.drawString(x0, p.h - y, s)
        c.showPage()
    c.save()
    return buf.getvalue()


def _draw_shape(c, h, sh):
    if sh[0] == "line":
        _, x1, y1, x2, y2, lw, color, dash = sh
        c.setStrokeColorRGB(*color)
        c.setLineWidth(lw)
        c.setDash(2, 2) if dash else c.setDash()
        c.line(x1, h - y1, x2, h - y2)
        c.setDash()
    else:
        _, x, y, w, hh, fill, stroke, lw = sh
        if fill:
            c.setFillColorRGB(*fill)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        c.setLineWidth(lw)
        c.rect(x, h - y - hh, w, hh, stroke=1 if stroke else 0, fill=1 if fill else 0)


def image_pdf(img: Image.Image, dpi: float) -> bytes:
    """An image-only PDF: one JPEG covering the page, no text layer."""
    jb = io.BytesIO()
    img.save(jb, "JPEG", quality=78)
    jb.seek(0)
    w, h = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w, h), invariant=1)
    c.drawImage(ImageReader(jb), 0, 0, w, h)
    c.showPage()
    c.save()
    return buf.getvalue()


def rasterize(pdf: bytes, dpi: float, grey: bool) -> np.ndarray:
    doc = pdfium.PdfDocument(pdf)
    pil = doc[0].render(scale=dpi / 72).to_pil().convert("L" if grey else "RGB")
    doc.close()
    return np.asarray(pil).astype(np.float32)


# ---------------------------------------------------------------- degradation
def smooth_field(rng, h, w, cells=6, amp=1.0) -> np.ndarray:
    small = rng.normal(0, 1, (cells, cells)).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC) * amp


def scan(
    img: np.ndarray,
    rng,
    *,
    skew=1.0,
    blur=0.6,
    noise=5.0,
    specks=40,
    fade=0.0,
    pad=0,
    target_w=None,
    bed=235.0,
) -> np.ndarray:
    """Flatbed-like scan: fading, skew, blur, noise, specks, optional scanner-bed margin."""
    h, w = img.shape[:2]
    if fade:
        f = np.clip(0.5 + smooth_field(rng, h, w, 4, 0.5), 0, 1) * fade
        img = 255 - (255 - img) * (1 - (f[..., None] if img.ndim == 3 else f))
    if pad:
        img = cv2.copyMakeBorder(
            img, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=[bed] * (3 if img.ndim == 3 else 1)
        )
        h, w = img.shape[:2]
    ang = float(rng.uniform(-skew, skew))
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    fill = bed if pad else 250.0
    img = cv2.warpAffine(
        img,
        m,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=[fill] * 3,
    )
    if blur:
        img = cv2.GaussianBlur(img, (0, 0), blur)
    img = img + rng.normal(0, noise, img.shape).astype(np.float32)
    ys, xs = rng.integers(0, h, specks), rng.integers(0, w, specks)
    for y, x in zip(ys, xs, strict=True):
        cv2.circle(
            img, (int(x), int(y)), int(rng.integers(1, 3)), [float(rng.uniform(40, 140))] * 3, -1
        )
    if target_w:
        img = cv2.resize(img, (target_w, round(h * target_w / w)), interpolation=cv2.INTER_AREA)
    return np.clip(img, 0, 255).astype(np.uint8)


def _texture(rng, h, w, kind) -> np.ndarray:
    sh, sw = max(h // 4, 8), max(w // 4, 8)
    n = rng.normal(0, 1, (sh, sw)).astype(np.float32)
    if kind == "wood":
        yy = np.arange(sh, dtype=np.float32)[:, None]
        g = np.sin(yy * 0.09 + cv2.GaussianBlur(n, (0, 0), 6) * 9) * 0.5 + 0.5
        base = np.array([128, 88, 56], np.float32) + g[..., None] * np.array(
            [40, 30, 20], np.float32
        )
    elif kind == "cloth":
        base = np.array([52, 64, 86], np.float32) + cv2.GaussianBlur(n, (0, 0), 0.8)[..., None] * 9
    else:  # grey desk / laminate
        base = np.array([176, 174, 168], np.float32) + cv2.GaussianBlur(n, (0, 0), 3)[..., None] * 7
    return cv2.resize(base, (w, h), interpolation=cv2.INTER_LINEAR)


def _crumple(doc: np.ndarray, rng, folds: int, crumple: float) -> np.ndarray:
    h, w = doc.shape[:2]
    shade = 1 + smooth_field(rng, h, w, 9, 0.035 * crumple)
    for _ in range(folds):
        y0 = int(rng.uniform(0.2, 0.8) * h)
        slope = rng.uniform(-0.05, 0.05)
        yy, xx = np.mgrid[0:h, 0:w]
        d = (yy - (y0 + slope * (xx - w / 2))).astype(np.float32)
        shade *= 1 - 0.05 * (d > 0) + 0.0
        shade *= 1 - 0.18 * np.exp(-(d**2) / 8.0)
    return doc * shade[..., None]


def photo(
    img: np.ndarray, rng, *, long_side=1800, quality=75, bg="wood", folds=1, crumple=1.0, persp=0.05
) -> Image.Image:
    """Phone photo: paper on a textured background, perspective, shadow, uneven light."""
    if img.ndim == 2:
        img = np.repeat(img[..., None], 3, axis=2)
    doc = img * np.array([0.985, 0.965, 0.925], np.float32)
    doc = _crumple(doc, rng, folds, crumple)
    h, w = doc.shape[:2]
    px, py = int(0.18 * w + 0.06 * h), int(0.06 * h + 0.1 * w)
    ch, cw = h + 2 * py, w + 2 * px
    back = _texture(rng, ch, cw, bg)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    jit = rng.uniform(-persp, persp, (4, 2)) * np.array([w, h]) * np.array([[1, 0.35]])
    corners = np.array([[px, py], [px + w, py], [px + w, py + h], [px, py + h]], np.float64)
    dst = (corners + jit).astype(np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, m, (cw, ch), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (cw, ch))
    sm = cv2.GaussianBlur(
        np.roll(mask, (int(0.01 * ch) + 4, int(0.01 * cw) + 4), (0, 1)), (0, 0), 12
    )
    back = back * (1 - 0.45 * sm[..., None])
    out = back * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    a = rng.uniform(0, 2 * np.pi)
    ramp = (np.cos(a) * xx / cw + np.sin(a) * yy / ch).astype(np.float32)
    light = (
        0.86
        + 0.16 * (ramp - ramp.min()) / (np.ptp(ramp) + 1e-6)
        + smooth_field(rng, ch, cw, 5, 0.03)
    )
    b = rng.uniform(0, 2 * np.pi)
    sd = np.cos(b) * (xx - cw * rng.uniform(0.3, 0.7)) + np.sin(b) * (
        yy - ch * rng.uniform(0.3, 0.7)
    )
    shadow = 1 - 0.28 / (1 + np.exp(-sd / (0.02 * max(cw, ch))))
    out = out * (light * shadow)[..., None]
    out = cv2.GaussianBlur(out, (0, 0), 0.7) + rng.normal(0, 3.5, out.shape).astype(np.float32)
    s = long_side / max(ch, cw)
    out = cv2.resize(
        np.clip(out, 0, 255), (round(cw * s), round(ch * s)), interpolation=cv2.INTER_AREA
    )
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


def encode(img, fmt: str, quality=85) -> bytes:
    pil = img if isinstance(img, Image.Image) else Image.fromarray(img)
    buf = io.BytesIO()
    if fmt == "jpg":
        pil.save(buf, "JPEG", quality=quality)
    else:
        pil.save(buf, "PNG", optimize=False)
    return buf.getvalue()
