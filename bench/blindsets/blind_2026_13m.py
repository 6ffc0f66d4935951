# ruff: noqa: E501
"""Blind set 13m: invoices and receipts as people capture them on paper.

16 invoices (12+ countries, mostly printed then scanned / photographed / photocopied /
faxed, one stapled two-page invoice scanned into a two-page PDF) and 16 receipts
(hotel folios, fuel, pharmacy, taxi, ride, parking, restaurants, supermarket,
hardware, train; mostly phone photos and scans).

Run from the repository root:
    python -m bench.blindsets.blind_2026_13m [OUTDIR] [--only NAME]
Every random choice is seeded with the CRC-32 of the document name.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import sys
import zlib
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

FONTDIR = Path("/usr/share/fonts/truetype/dejavu")
for _n, _f in [
    ("DV", "DejaVuSans.ttf"),
    ("DV-B", "DejaVuSans-Bold.ttf"),
    ("DVM", "DejaVuSansMono.ttf"),
    ("DVM-B", "DejaVuSansMono-Bold.ttf"),
    ("DVS", "DejaVuSerif.ttf"),
    ("DVS-B", "DejaVuSerif-Bold.ttf"),
    ("DVS-I", "DejaVuSerif-Italic.ttf"),
    ("DVC", "DejaVuSansCondensed.ttf"),
    ("DVC-B", "DejaVuSansCondensed-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(_n, str(FONTDIR / _f)))

DEFAULT_OUT = "bench/blindsets/blind-2026-13m"
C = Decimal("0.01")


class LayoutError(Exception):
    pass


# ----------------------------------------------------------------------------- numbers
def D(x) -> Decimal:
    return Decimal(str(x))


def q2(x: Decimal) -> Decimal:
    return x.quantize(C, ROUND_HALF_UP)


def q0(x: Decimal) -> Decimal:
    return x.quantize(Decimal("1"), ROUND_HALF_UP)


SEPS = {
    "en": (",", "."),
    "de": (".", ","),
    "fr": ("\u00a0", ","),
    "sp": (" ", ","),
    "ch": ("'", "."),
    "plain": ("", "."),
    "plainc": ("", ","),
}


def fmt(v: Decimal, style: str = "en", dec: int = 2, neg: str = "-") -> str:
    th, dp = SEPS[style]
    v = D(v)
    sign = v < 0
    v = abs(v)
    s = f"{v:.{dec}f}"
    ip, _, fp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = th.join(groups) + (dp + fp if dec else "")
    if sign:
        out = neg + out if neg != "()" else "(" + out + ")"
    return out


def fdate(d: dt.date, style: str) -> str:
    if style == "de":
        return d.strftime("%d.%m.%Y")
    if style == "dmy/":
        return d.strftime("%d/%m/%Y")
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "mdy/":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.isoformat()
    if style == "dmy2":
        return d.strftime("%d/%m/%y")
    if style == "long_en":
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if style == "d_mon_y":
        return f"{d.day} {d.strftime('%b')} {d.year}"
    if style == "dd_mon_yyyy":
        return d.strftime("%d-%b-%Y").upper()
    raise ValueError(style)


MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
}


def flong(d: dt.date, lang: str) -> str:
    m = MONTHS[lang].split()[d.month - 1]
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    if lang in ("es",):
        return f"{d.day} de {m} de {d.year}"
    return f"{d.day} {m} {d.year}"


# ----------------------------------------------------------------------------- drawing
class Page:
    """Canvas wrapper that records every text run and refuses overlaps / off-page runs."""

    def __init__(self, name: str, size, font="Helvetica"):
        self.name = name
        self.buf = io.BytesIO()
        self.c = rl_canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.c.setTitle(name)
        self.w, self.h = size
        self.runs: list = []
        self.font = font

    def text(self, x, y, s, font=None, size=9, align="l", color=(0, 0, 0)):
        s = str(s)
        font = font or self.font
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        box = (x0, y - 0.22 * size, x0 + w, y + 0.78 * size)
        if box[0] < 2 or box[2] > self.w - 2 or box[1] < 2 or box[3] > self.h - 2:
            raise LayoutError(f"{self.name}: off page {s!r} {box}")
        for b in self.runs:
            if (
                box[0] < b[2] - 0.4
                and b[0] < box[2] - 0.4
                and box[1] < b[3] - 0.4
                and b[1] < box[3] - 0.4
            ):
                raise LayoutError(f"{self.name}: {s!r} overlaps {b[4]!r}")
        self.runs.append((*box, s))
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x0, y, s)
        self.c.setFillColorRGB(0, 0, 0)
        return w

    def wrap(self, x, y, s, width, font=None, size=8, lead=None, align="l"):
        font = font or self.font
        lead = lead or size * 1.25
        words, line = s.split(), ""
        for wd in words:
            t = (line + " " + wd).strip()
            if pdfmetrics.stringWidth(t, font, size) > width and line:
                self.text(x, y, line, font, size, align)
                y -= lead
                line = wd
            else:
                line = t
        if line:
            self.text(x, y, line, font, size, align)
            y -= lead
        return y

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColorRGB(*fill)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
        c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def line(self, x1, y1, x2, y2, lw=0.6, color=(0, 0, 0), dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        c.setDash(*(dash or ([], 0)))
        c.line(x1, y1, x2, y2)
        c.setDash([], 0)
        c.setStrokeColorRGB(0, 0, 0)

    def qr(self, x, y, size, rng: random.Random, n=21):
        cell = size / n
        self.c.setFillColorRGB(0, 0, 0)
        for i in range(n):
            for j in range(n):
                finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
                if finder:
                    ii, jj = i % (n - 7) if i >= 7 else i, j % (n - 7) if j >= 7 else j
                    on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
                else:
                    on = rng.random() < 0.5
                if on:
                    self.c.rect(x + j * cell, y + (n - 1 - i) * cell, cell, cell, stroke=0, fill=1)

    def barcode(self, x, y, w, h, rng: random.Random):
        xx = x
        self.c.setFillColorRGB(0, 0, 0)
        while xx < x + w - 3:
            bw = rng.choice([0.6, 0.6, 1.2, 1.8])
            self.c.rect(xx, y, bw, h, stroke=0, fill=1)
            xx += bw + rng.choice([0.6, 1.2, 1.8])

    def newpage(self):
        self.c.showPage()
        self.runs = []

    def finish(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def table(  # noqa: C901
    p: Page,
    x,
    y,
    cols,
    rows,
    font,
    size,
    hfont=None,
    lead=None,
    header=True,
    grid=False,
    hfill=None,
    rule_every=False,
):
    """cols: list of (title, width, align). Returns y below the table."""
    lead = lead or size * 1.55
    hfont = hfont or font
    xs = [x]
    for _, w, _ in cols:
        xs.append(xs[-1] + w)
    top = y + lead * 0.55

    def cell(ci, yy, s, f):
        _, _w, al = cols[ci]
        if al == "l":
            p.text(xs[ci] + 3, yy, s, f, size, "l")
        elif al == "r":
            p.text(xs[ci + 1] - 3, yy, s, f, size, "r")
        else:
            p.text((xs[ci] + xs[ci + 1]) / 2, yy, s, f, size, "c")

    if header:
        if hfill:
            p.rect(x, y - lead * 0.45, xs[-1] - x, lead, fill=hfill, stroke=None)
        for ci, (t, _, _) in enumerate(cols):
            if t:
                cell(ci, y, t, hfont)
        y -= lead
        p.line(x, y + lead * 0.55, xs[-1], y + lead * 0.55, lw=0.7)
    for r in rows:
        for ci, s in enumerate(r):
            if s:
                cell(ci, y, s, font)
        if rule_every:
            p.line(x, y - lead * 0.4, xs[-1], y - lead * 0.4, lw=0.3, color=(0.6, 0.6, 0.6))
        y -= lead
    if grid:
        bot = y + lead * 0.55
        p.rect(x, bot, xs[-1] - x, top - bot, lw=0.6)
        for xx in xs[1:-1]:
            p.line(xx, bot, xx, top, lw=0.4)
    return y


class Roll:
    """Receipt roll: collect rows top-down, then render at exactly the content height."""

    def __init__(self, name, width_mm, font="Courier", size=8.0, margin_mm=3.5, bold=None):
        self.name, self.w = name, width_mm * mm
        self.font, self.size, self.m = font, size, margin_mm * mm
        self.bold = bold or {"Courier": "Courier-Bold", "Helvetica": "Helvetica-Bold"}.get(
            font, font + "-B"
        )
        self.ops: list = []

    def row(self, left="", right="", center="", bold=False, size=None, lead=1.35, mid=""):
        size = size or self.size
        self.ops.append(("row", size * lead, (left, right, center, bold, size, mid)))

    def c(self, s, bold=False, size=None, lead=1.35):
        self.row(center=s, bold=bold, size=size, lead=lead)

    def rule(self, ch="-", h=None):
        self.ops.append(("rule", h or self.size * 1.2, ch))

    def gap(self, h=4):
        self.ops.append(("gap", h, None))

    def draw(self, h, fn):
        self.ops.append(("draw", h, fn))

    def render(self) -> bytes:  # noqa: C901
        total = sum(o[1] for o in self.ops) + 2 * self.m + 6
        p = Page(self.name, (self.w, total), self.font)
        y = total - self.m
        L, R = self.m, self.w - self.m
        for kind, h, arg in self.ops:
            if kind == "row":
                left, right, center, bold, size, mid = arg
                f = self.bold if bold else self.font
                yy = y - size * 0.9
                if left:
                    p.text(L, yy, left, f, size)
                if mid:
                    p.text(self.w * 0.58, yy, mid, f, size, "r")
                if right:
                    p.text(R, yy, right, f, size, "r")
                if center:
                    p.text(self.w / 2, yy, center, f, size, "c")
            elif kind == "rule":
                yy = y - h / 2
                if arg == "=":
                    p.line(L, yy + 1, R, yy + 1, lw=0.5)
                    p.line(L, yy - 1, R, yy - 1, lw=0.5)
                elif arg == "-":
                    p.line(L, yy, R, yy, lw=0.5, dash=([2, 1.5], 0))
                else:
                    p.line(L, yy, R, yy, lw=0.7)
            elif kind == "draw":
                arg(p, L, y - h, R - L, h)
            y -= h
        return p.finish()


# ----------------------------------------------------------------------------- degradation
def render(pdf: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(doc)):
        out.append(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    doc.close()
    return out


def _nrng(rng: random.Random) -> np.random.RandomState:
    return np.random.RandomState(rng.randrange(2**31))


def scan(
    img: Image.Image,
    rng,
    grey=True,
    skew=None,
    blur=0.6,
    noise=5.0,
    specks=60,
    fade=0.0,
    tint=(1.0, 1.0, 1.0),
    downscale=None,
    dark_edge=False,
    contrast=1.0,
) -> Image.Image:
    nr = _nrng(rng)
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    h, w = a.shape[:2]
    if fade > 0:  # thermal fading: ink lightens unevenly, stronger toward one end
        g = np.linspace(0, 1, h)[:, None] * rng.uniform(0.6, 1.0) + nr.rand(1, w) * 0.15
        blotch = cv2.GaussianBlur(nr.rand(h // 8 + 1, w // 8 + 1).astype(np.float32), (0, 0), 3)
        blotch = cv2.resize(blotch, (w, h))
        amt = np.clip(fade * (0.45 + 0.5 * g + 0.4 * blotch), 0, 0.72)[..., None]
        a = a + (255 - a) * amt
    if contrast != 1.0:
        a = np.clip((a - 128) * contrast + 128 + 18, 0, 255)
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a = a * np.array(tint, np.float32)[None, None, :]
    a = a + nr.normal(0, noise, a.shape).astype(np.float32)
    for _ in range(specks):
        y, x = nr.randint(0, h), nr.randint(0, w)
        r = nr.randint(1, 3)
        a[max(0, y - r) : y + r, max(0, x - r) : x + r] *= nr.uniform(0.2, 0.7)
    if dark_edge:
        e = int(w * 0.012)
        a[:, :e] *= 0.35
        a[:, -e // 2 :] *= 0.5
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    ang = skew if skew is not None else rng.uniform(-1.6, 1.6)
    bg = (238, 238, 236) if not dark_edge else (60, 60, 60)
    out = out.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=bg)
    if grey:
        out = out.convert("L")
    if downscale:
        r = downscale / out.width
        out = out.resize((downscale, int(out.height * r)), Image.LANCZOS)
    return out


def fax(img: Image.Image, rng) -> Image.Image:
    """Fine-mode fax: 204x196 dpi-ish, bilevel, streaks."""
    nr = _nrng(rng)
    g = np.asarray(img.convert("L")).astype(np.float32)
    g = cv2.GaussianBlur(g, (0, 0), 0.7)
    g += nr.normal(0, 18, g.shape)
    b = (g > 150).astype(np.uint8) * 255
    for _ in range(4):  # horizontal dropout lines
        y = nr.randint(0, b.shape[0] - 2)
        b[y : y + 1, :] = np.where(nr.rand(b.shape[1]) < 0.7, 255, b[y, :])
    for _ in range(700):
        y, x = nr.randint(0, b.shape[0]), nr.randint(0, b.shape[1])
        b[y, x] = 0
    out = Image.fromarray(b).rotate(rng.uniform(-0.9, 0.9), expand=True, fillcolor=255)
    return out.convert("1").convert("L")


def texture(h, w, nr, kind):
    if kind == "wood":
        base = np.array([120, 85, 55], np.float32)
        yy = np.arange(h)[:, None]
        streak = np.sin(yy / 7.0 + nr.rand(1, w) * 0.5 + np.arange(w)[None, :] / 300.0) * 12
        t = base[None, None, :] + streak[..., None] + nr.normal(0, 6, (h, w, 1))
    elif kind == "desk":
        base = np.array([170, 172, 168], np.float32)
        t = (
            base[None, None, :]
            + cv2.GaussianBlur(nr.normal(0, 14, (h, w)).astype(np.float32), (0, 0), 2)[..., None]
        )
    elif kind == "dark":
        base = np.array([48, 50, 58], np.float32)
        t = base[None, None, :] + nr.normal(0, 5, (h, w, 1))
    else:  # fabric
        base = np.array([70, 95, 130], np.float32)
        yy, xx = np.mgrid[0:h, 0:w]
        t = (
            base[None, None, :]
            + (((yy // 3 + xx // 3) % 2) * 10)[..., None]
            + nr.normal(0, 5, (h, w, 1))
        )
    return np.clip(t, 0, 255).astype(np.float32)


def photo(
    img: Image.Image,
    rng,
    bg="wood",
    tilt=0.06,
    rot=None,
    crumple=0.0,
    folds=0,
    light=0.35,
    dark=1.0,
    long_side=2000,
    quality=72,
    shadow=True,
) -> bytes:
    nr = _nrng(rng)
    paper = np.asarray(img.convert("RGB")).astype(np.float32)
    ph, pw = paper.shape[:2]
    paper *= np.array([1.0, 0.99, 0.96], np.float32)
    if folds:
        for k in range(folds):
            y = int(ph * (k + 1) / (folds + 1))
            band = np.exp(-((np.arange(ph) - y) ** 2) / (2 * (ph * 0.006) ** 2))
            side = np.where(np.arange(ph) < y, 1.0, 0.94)
            paper *= (side * (1 - 0.25 * band))[:, None, None]
    if crumple > 0:
        sh, sw = max(3, ph // 160), max(3, pw // 160)
        fx = cv2.resize(
            nr.normal(0, 1, (sh, sw)).astype(np.float32), (pw, ph), interpolation=cv2.INTER_CUBIC
        )
        fy = cv2.resize(
            nr.normal(0, 1, (sh, sw)).astype(np.float32), (pw, ph), interpolation=cv2.INTER_CUBIC
        )
        amp = crumple * min(ph, pw) * 0.004
        mx, my = np.meshgrid(np.arange(pw, dtype=np.float32), np.arange(ph, dtype=np.float32))
        paper = cv2.remap(
            paper, mx + fx * amp, my + fy * amp, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
        )
        g = cv2.Sobel(fx + fy, cv2.CV_32F, 1, 1, ksize=5)
        g = g / (np.abs(g).max() + 1e-6)
        paper *= np.clip(1 + 0.12 * crumple * g, 0.85, 1.06)[..., None]
    # place on background with perspective
    scale = long_side / max(ph, pw) * rng.uniform(0.72, 0.82)
    W = int(long_side if pw >= ph else long_side * rng.uniform(0.7, 0.8))
    H = int(long_side if ph > pw else long_side * rng.uniform(0.7, 0.8))
    tw, th = pw * scale, ph * scale
    if th > H * 0.9:
        s2 = H * 0.9 / th
        tw, th = tw * s2, th * s2
    if tw > W * 0.9:
        s2 = W * 0.9 / tw
        tw, th = tw * s2, th * s2
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    ang = np.deg2rad(rot if rot is not None else rng.uniform(-6, 6))
    corners = np.array([[-tw / 2, -th / 2], [tw / 2, -th / 2], [tw / 2, th / 2], [-tw / 2, th / 2]])
    R = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]])
    corners = corners @ R.T
    k = tilt  # keystone: top narrower than bottom
    corners[0, 0] += tw * k
    corners[1, 0] -= tw * k
    corners[0, 1] += th * k * 0.4
    corners[1, 1] += th * k * 0.4
    corners += np.array([cx, cy]) + nr.uniform(-0.01, 0.01, (4, 2)) * np.array([tw, th])
    M = cv2.getPerspectiveTransform(
        np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]]), np.float32(corners)
    )
    warped = cv2.warpPerspective(paper, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    bgt = texture(H, W, nr, bg)
    if shadow:
        sm = cv2.GaussianBlur(
            np.roll(np.roll(mask, int(W * 0.012), 1), int(H * 0.015), 0), (0, 0), W * 0.01
        )
        bgt *= (1 - 0.45 * sm)[..., None]
    out = bgt * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: gradient plus vignette
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    grad = 1 - light * (0.5 + 0.5 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy))
    vig = 1 - 0.25 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2)
    out = out * (grad * vig * dark)[..., None]
    if dark < 0.8:  # low light: warmer, noisier
        out *= np.array([1.05, 0.97, 0.85], np.float32)
        out += nr.normal(0, 7, out.shape)
    out += nr.normal(0, 3, out.shape)
    out = cv2.GaussianBlur(np.clip(out, 0, 255), (0, 0), 0.8)
    im = Image.fromarray(out.astype(np.uint8))
    b = io.BytesIO()
    im.save(b, "JPEG", quality=quality)
    return b.getvalue()


def png(img: Image.Image) -> bytes:
    b = io.BytesIO()
    img.save(b, "PNG", optimize=False)
    return b.getvalue()


def jpg(img: Image.Image, q=80) -> bytes:
    b = io.BytesIO()
    img.convert("RGB" if img.mode not in ("L", "RGB") else img.mode).save(b, "JPEG", quality=q)
    return b.getvalue()


def image_pdf(name, imgs: list[Image.Image], dpi: int, quality=70) -> bytes:
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, invariant=1)
    c.setTitle(name)
    for im in imgs:
        w, h = im.width * 72 / dpi, im.height * 72 / dpi
        c.setPageSize((w, h))
        b = io.BytesIO()
        im.save(b, "JPEG", quality=quality)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------- truth
def truth(
    *,
    number,
    date,
    due,
    vendor,
    amount,
    vat,
    total,
    currency,
    locale,
    layout,
    doctype,
    items,
    note,
    kind,
    tip=Decimal(0),
    rounding=Decimal(0),
):
    amount, total = D(amount), D(total)
    v = D(vat) if vat is not None else Decimal(0)
    assert amount + v + D(tip) + D(rounding) == total, (vendor, amount, vat, tip, rounding, total)
    for x in (amount, v, total):
        assert x == q2(x)
    return {
        "invoice_number": number,
        "invoice_date": date.isoformat(),
        "due_date": due.isoformat() if due else None,
        "vendor_name": vendor,
        "amount": f"{amount:.2f}",
        "vat": f"{D(vat):.2f}" if vat is not None else None,
        "total": f"{total:.2f}",
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": doctype,
        "line_items": [
            {
                "description": d,
                "quantity": str(qn),
                "unit_price": f"{D(u):.2f}",
                "amount": f"{D(a):.2f}",
            }
            for d, qn, u, a in items
        ],
        "note": note,
        "kind": kind,
    }


DOCS: dict = {}
META: dict = {}


def doc(name, country, dtype, capture, tricky):
    def deco(fn):
        DOCS[name] = fn
        META[name] = (country, dtype, capture, tricky)
        return fn

    return deco


def lines(spec):
    """spec: [(desc, qty, unit, rate?)] -> list with amount = q2(qty*unit)."""
    out = []
    for s in spec:
        d, qn, u = s[0], D(s[1]), D(s[2])
        out.append((d, qn, u, q2(qn * u), s[3] if len(s) > 3 else None))
    return out


def qstr(qn: Decimal) -> str:
    return f"{qn.normalize():f}"


def items_of(ls):
    return [(d, qstr(qn), u, a) for d, qn, u, a, _ in ls]


def by_rate(ls, rates):
    net = {r: sum((a for _, _, _, a, rr in ls if rr == r), Decimal(0)) for r in rates}
    vat = {r: q2(net[r] * D(r) / 100) for r in rates}
    return net, vat


def footer_rule(p: Page, y, x1, x2):
    p.line(x1, y, x2, y, lw=0.4, color=(0.5, 0.5, 0.5))


# ============================================================================= invoices
@doc(
    "i01",
    "DE",
    "invoice",
    "office scan 200 dpi grey",
    "two VAT rates (7 % and 19 %), net/VAT per rate, German number format",
)
def i01(name, rng):
    W, H = A4
    p = Page(name, A4, "Helvetica")
    d, due = dt.date(2026, 3, 9), dt.date(2026, 4, 8)
    vendor = "Nordhafen Großhandel GmbH"
    # wordmark
    p.rect(20 * mm, H - 38 * mm, 14 * mm, 14 * mm, fill=(0.1, 0.25, 0.45), stroke=None)
    p.text(27 * mm, H - 33 * mm, "N", "Helvetica-Bold", 22, "c", (1, 1, 1))
    p.text(38 * mm, H - 30 * mm, "NORDHAFEN", "Helvetica-Bold", 20, color=(0.1, 0.25, 0.45))
    p.text(38 * mm, H - 36 * mm, "Großhandel für Gastronomie & Gewerbe", "Helvetica", 8.5)
    p.text(W - 20 * mm, H - 26 * mm, "Nordhafen Großhandel GmbH", "Helvetica-Bold", 8, "r")
    for i, t in enumerate(
        ["Überseetor 14", "28217 Bremen", "Tel. 0421 69 33 80-0", "info@nordhafen-gh.de"]
    ):
        p.text(W - 20 * mm, H - 30 * mm - i * 3.6 * mm, t, "Helvetica", 8, "r")
    p.text(
        20 * mm,
        H - 52 * mm,
        "Nordhafen Großhandel GmbH · Überseetor 14 · 28217 Bremen",
        "Helvetica",
        6.5,
    )
    p.line(20 * mm, H - 53.5 * mm, 95 * mm, H - 53.5 * mm, lw=0.3)
    for i, t in enumerate(
        ["Hotel Weserblick GmbH", "z. Hd. Frau Jana Koslowski", "Schlachte 31", "28195 Bremen"]
    ):
        p.text(20 * mm, H - 59 * mm - i * 4.4 * mm, t, "Helvetica", 10)
    info = [
        ("Rechnungs-Nr.", "RE-2026-10473"),
        ("Rechnungsdatum", fdate(d, "de")),
        ("Kunden-Nr.", "K-20871"),
        ("Lieferschein", "LS-55190"),
        ("Lieferdatum", "06.03.2026"),
    ]
    for i, (k, v) in enumerate(info):
        p.text(125 * mm, H - 59 * mm - i * 4.4 * mm, k, "Helvetica", 9)
        p.text(W - 20 * mm, H - 59 * mm - i * 4.4 * mm, v, "Helvetica", 9, "r")
    p.text(20 * mm, H - 92 * mm, "Rechnung", "Helvetica-Bold", 15)
    p.text(
        20 * mm,
        H - 99 * mm,
        "Sehr geehrte Damen und Herren, wir berechnen Ihnen die folgende Lieferung:",
        "Helvetica",
        9,
    )
    ls = lines(
        [
            ("Kaffee Crema ganze Bohne 1 kg", 12, "16.90", 7),
            ("Zucker-Sticks 1000 St.", 4, "11.45", 7),
            ("H-Milch 3,5 % 12 x 1 l", 6, "13.80", 7),
            ("Kondensmilch Portionen 240 St.", 3, "17.25", 7),
            ("Spülmaschinen-Tabs 150 St.", 5, "24.60", 19),
            ("Servietten 3-lagig weiß 33x33 1000 St.", 8, "18.40", 19),
            ("Flächendesinfektion 5 l Kanister", 2, "29.95", 19),
            ("Müllbeutel 120 l reißfest 250 St.", 3, "21.70", 19),
        ]
    )
    net, vat = by_rate(ls, [7, 19])
    cols = [
        ("Pos.", 12 * mm, "l"),
        ("Art.-Nr.", 20 * mm, "l"),
        ("Bezeichnung", 66 * mm, "l"),
        ("Menge", 15 * mm, "r"),
        ("E-Preis €", 20 * mm, "r"),
        ("USt", 12 * mm, "r"),
        ("Betrag €", 25 * mm, "r"),
    ]
    rows = [
        [str(i + 1), f"{40110 + i * 37}", dd, qstr(qn), fmt(u, "de"), f"{r} %", fmt(a, "de")]
        for i, (dd, qn, u, a, r) in enumerate(ls)
    ]
    y = table(
        p,
        20 * mm,
        H - 110 * mm,
        cols,
        rows,
        "Helvetica",
        8.5,
        "Helvetica-Bold",
        lead=14,
        rule_every=True,
    )
    y -= 6
    X1, X2 = 112 * mm, W - 20 * mm
    tot_lines = [
        ("Nettobetrag 7 %", fmt(net[7], "de")),
        ("Nettobetrag 19 %", fmt(net[19], "de")),
        ("zzgl. 7 % USt", fmt(vat[7], "de")),
        ("zzgl. 19 % USt", fmt(vat[19], "de")),
    ]
    for k, v in tot_lines:
        p.text(X1, y, k, "Helvetica", 9)
        p.text(X2, y, v, "Helvetica", 9, "r")
        y -= 13
    total = net[7] + net[19] + vat[7] + vat[19]
    p.line(X1, y + 8, X2, y + 8, lw=0.8)
    p.text(X1, y - 3, "Rechnungsbetrag EUR", "Helvetica-Bold", 10)
    p.text(X2, y - 3, fmt(total, "de"), "Helvetica-Bold", 10, "r")
    y -= 30
    p.text(
        20 * mm,
        y,
        f"Zahlbar ohne Abzug bis zum {fdate(due, 'de')}. Bei Zahlung bis {fdate(d + dt.timedelta(days=10), 'de')} gewähren wir 2 % Skonto.",
        "Helvetica",
        8.5,
    )
    p.text(
        20 * mm,
        y - 12,
        "Es gelten unsere Allgemeinen Geschäftsbedingungen. Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.",
        "Helvetica",
        8.5,
    )
    footer_rule(p, 30 * mm, 20 * mm, W - 20 * mm)
    cols_f = [
        [
            "Nordhafen Großhandel GmbH",
            "Sitz: Bremen, AG Bremen HRB 31877",
            "Geschäftsführer: Hauke Brandt",
        ],
        ["Sparkasse Bremen", "IBAN DE41 2905 0101 0012 3456 78", "BIC SBREDE22XXX"],
        ["USt-IdNr.: DE 287 441 903", "Steuer-Nr.: 60 145 07711", "www.nordhafen-gh.de"],
    ]
    for ci, col in enumerate(cols_f):
        for i, t in enumerate(col):
            p.text(20 * mm + ci * 60 * mm, 25 * mm - i * 3.3 * mm, t, "Helvetica", 6.8)
    pdf = p.finish()
    img = scan(render(pdf, 200)[0], rng, grey=True, blur=0.5, noise=4, specks=40)
    t = truth(
        number="RE-2026-10473",
        date=d,
        due=due,
        vendor=vendor,
        amount=net[7] + net[19],
        vat=vat[7] + vat[19],
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        doctype="invoice",
        items=items_of(ls),
        note="Two VAT rates 7 % and 19 %; net printed per rate only (no single net line); Skonto date in payment terms besides due date.",
        kind="scan",
    )
    return "scan", "png", png(img), t


@doc(
    "i02",
    "FR",
    "invoice",
    "phone photo on a wooden desk, angled",
    "HT/TVA/TTC labels, parts + labour, 'Net à payer', SIRET/RCS footer",
)
def i02(name, rng):
    W, H = A4
    p = Page(name, A4, "DVS")
    d, due = dt.date(2026, 3, 12), dt.date(2026, 4, 11)
    vendor = "Garage Rivière & Fils SARL"
    p.text(W / 2, H - 28 * mm, "GARAGE RIVIÈRE & FILS", "DVS-B", 20, "c")
    p.text(W / 2, H - 35 * mm, "Mécanique générale · Carrosserie · Poids lourds", "DVS-I", 9.5, "c")
    p.text(
        W / 2,
        H - 40 * mm,
        "47, rue du Dauphiné – 69003 Lyon – Tél. 04 78 53 21 90",
        "DVS",
        8.5,
        "c",
    )
    p.line(20 * mm, H - 44 * mm, W - 20 * mm, H - 44 * mm, lw=1.2)
    p.line(20 * mm, H - 45.2 * mm, W - 20 * mm, H - 45.2 * mm, lw=0.4)
    p.rect(115 * mm, H - 82 * mm, 75 * mm, 30 * mm, lw=0.6)
    for i, t in enumerate(
        ["SAS Transports Vial", "Service comptabilité", "12, avenue Jean Jaurès", "69007 Lyon"]
    ):
        p.text(119 * mm, H - 58 * mm - i * 5.2 * mm, t, "DVS", 10)
    p.text(20 * mm, H - 58 * mm, f"Lyon, le {flong(d, 'fr')}", "DVS", 10)
    p.text(20 * mm, H - 70 * mm, "FACTURE N° FA-2026-0412", "DVS-B", 13)
    p.text(20 * mm, H - 77 * mm, "Véhicule : Renault Master AB-417-KR – 184 322 km", "DVS", 9)
    p.text(20 * mm, H - 82 * mm, "Ordre de réparation : OR 7719", "DVS", 9)
    ls = lines(
        [
            ("Plaquettes de frein AV (jeu)", 1, "68.40"),
            ("Disques de frein AV ventilés", 2, "74.90"),
            ("Filtre à huile", 1, "14.20"),
            ("Huile moteur 5W30 (litre)", 7, "11.80"),
            ("Main d'œuvre freinage (h)", "2.5", "62.00"),
            ("Main d'œuvre vidange (h)", "0.5", "62.00"),
            ("Produits d'atelier / recyclage", 1, "9.50"),
        ]
    )
    cols = [
        ("Désignation", 88 * mm, "l"),
        ("Qté", 16 * mm, "r"),
        ("P.U. HT", 28 * mm, "r"),
        ("Montant HT", 38 * mm, "r"),
    ]
    rows = [
        [dd, fmt(qn, "plainc", 1 if qn != qn.to_integral() else 0), fmt(u, "fr"), fmt(a, "fr")]
        for dd, qn, u, a, _ in ls
    ]
    y = table(
        p,
        20 * mm,
        H - 96 * mm,
        cols,
        rows,
        "DVS",
        9.5,
        "DVS-B",
        lead=17,
        grid=True,
        hfill=(0.88, 0.88, 0.88),
    )
    ht = sum(a for _, _, _, a, _ in ls)
    tva = q2(ht * D("0.20"))
    ttc = ht + tva
    y -= 14
    for k, v, b in [("Total HT", ht, False), ("TVA 20 %", tva, False), ("Total TTC", ttc, True)]:
        f = "DVS-B" if b else "DVS"
        p.text(128 * mm, y, k, f, 10)
        p.text(W - 22 * mm, y, fmt(v, "fr") + " €", f, 10, "r")
        y -= 16
    p.rect(126 * mm, y - 6, W - 20 * mm - 126 * mm, 18, lw=1)
    p.text(128 * mm, y, "NET À PAYER", "DVS-B", 10)
    p.text(W - 22 * mm, y, fmt(ttc, "fr") + " €", "DVS-B", 10, "r")
    y -= 30
    p.text(
        20 * mm, y, f"Échéance : {fdate(due, 'dmy/')} – Règlement par virement ou chèque.", "DVS", 9
    )
    p.text(
        20 * mm,
        y - 13,
        "Pas d'escompte pour paiement anticipé. Pénalités de retard : 3 fois le taux d'intérêt légal.",
        "DVS",
        8,
    )
    p.text(20 * mm, y - 24, "Indemnité forfaitaire pour frais de recouvrement : 40 €.", "DVS", 8)
    p.text(
        W / 2,
        22 * mm,
        "SARL au capital de 20 000 € – RCS Lyon 442 817 305 – SIRET 442 817 305 00027 – APE 4520A",
        "DVS",
        7,
        "c",
    )
    p.text(
        W / 2,
        18 * mm,
        "TVA intracommunautaire FR 58 442817305 – IBAN FR76 1027 8073 1200 0204 1170 145",
        "DVS",
        7,
        "c",
    )
    pdf = p.finish()
    data = photo(
        render(pdf, 170)[0],
        rng,
        bg="wood",
        tilt=0.07,
        rot=-4,
        folds=2,
        light=0.35,
        long_side=2200,
        quality=74,
    )
    t = truth(
        number="FA-2026-0412",
        date=d,
        due=due,
        vendor=vendor,
        amount=ht,
        vat=tva,
        total=ttc,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        doctype="invoice",
        items=items_of(ls),
        note="Folded A4 photographed at an angle; date only in 'Lyon, le 12 mars 2026'; fractional labour hours; no-break spaces as thousands separator.",
        kind="photo",
    )
    return "photo", "jpg", data, t


@doc(
    "i03",
    "US",
    "invoice",
    "born-digital PDF (Letter)",
    "no tax (services), expenses reimbursed at cost, Net 30 due date, 'Amount Due'",
)
def i03(name, rng):
    W, H = letter
    p = Page(name, letter, "DV")
    d, due = dt.date(2026, 2, 27), dt.date(2026, 3, 29)
    vendor = "Brightline Advisory Group LLC"
    p.rect(0, H - 30 * mm, W, 30 * mm, fill=(0.13, 0.2, 0.3), stroke=None)
    p.text(18 * mm, H - 17 * mm, "brightline", "DV-B", 24, color=(1, 1, 1))
    p.text(18 * mm, H - 24 * mm, "ADVISORY GROUP", "DV", 8, color=(0.7, 0.85, 1))
    p.text(W - 18 * mm, H - 17 * mm, "INVOICE", "DV-B", 20, "r", (1, 1, 1))
    p.text(18 * mm, H - 42 * mm, "Brightline Advisory Group LLC", "DV-B", 9)
    for i, t in enumerate(
        [
            "1550 Wynkoop Street, Suite 400",
            "Denver, CO 80202",
            "(720) 555-0148 · billing@brightline-ag.com",
            "EIN 84-3317290",
        ]
    ):
        p.text(18 * mm, H - 47 * mm - i * 4.2 * mm, t, "DV", 8.5)
    meta = [
        ("Invoice #", "BAG-1187"),
        ("Invoice Date", fdate(d, "long_en")),
        ("Terms", "Net 30"),
        ("Due Date", fdate(due, "long_en")),
        ("PO #", "4500-88213"),
    ]
    for i, (k, v) in enumerate(meta):
        p.text(135 * mm, H - 42 * mm - i * 5 * mm, k, "DV-B", 8.5)
        p.text(W - 18 * mm, H - 42 * mm - i * 5 * mm, v, "DV", 8.5, "r")
    p.text(18 * mm, H - 72 * mm, "BILL TO", "DV-B", 8, color=(0.4, 0.4, 0.4))
    for i, t in enumerate(
        [
            "Ridgeway Outdoor Supply, Inc.",
            "Attn: Accounts Payable",
            "2200 Pearl Street",
            "Boulder, CO 80302",
        ]
    ):
        p.text(18 * mm, H - 77 * mm - i * 4.4 * mm, t, "DV", 9)
    p.text(110 * mm, H - 72 * mm, "PROJECT", "DV-B", 8, color=(0.4, 0.4, 0.4))
    p.text(110 * mm, H - 77 * mm, "Inventory planning review, Phase 2", "DV", 9)
    p.text(110 * mm, H - 81.4 * mm, "Period: Feb 2 – Feb 27, 2026", "DV", 9)
    ls = lines(
        [
            ("Senior consultant – process mapping (hrs)", "22.5", "185.00"),
            ("Analyst – data extraction & modeling (hrs)", "31", "120.00"),
            ("Workshop facilitation, on-site (day)", 2, "1450.00"),
            ("Travel expenses (mileage, parking) at cost", 1, "212.64"),
        ]
    )
    cols = [
        ("DESCRIPTION", 100 * mm, "l"),
        ("QTY", 18 * mm, "r"),
        ("RATE", 30 * mm, "r"),
        ("AMOUNT", 32 * mm, "r"),
    ]
    rows = [[dd, qstr(qn), "$" + fmt(u), "$" + fmt(a)] for dd, qn, u, a, _ in ls]
    y = table(
        p,
        18 * mm,
        H - 104 * mm,
        cols,
        rows,
        "DV",
        9,
        "DV-B",
        lead=20,
        hfill=(0.9, 0.93, 0.96),
        rule_every=True,
    )
    sub = sum(a for _, _, _, a, _ in ls)
    y -= 10
    for k, v, f in [
        ("Subtotal", "$" + fmt(sub), "DV"),
        ("Total", "$" + fmt(sub), "DV-B"),
        ("Payments/Credits", "$0.00", "DV"),
    ]:
        p.text(130 * mm, y, k, f, 9)
        p.text(W - 21 * mm, y, v, f, 9, "r")
        y -= 15
    p.rect(128 * mm, y - 7, W - 18 * mm - 128 * mm, 20, fill=(0.13, 0.2, 0.3), stroke=None)
    p.text(130 * mm, y, "AMOUNT DUE (USD)", "DV-B", 10, color=(1, 1, 1))
    p.text(W - 21 * mm, y, "$" + fmt(sub), "DV-B", 10, "r", (1, 1, 1))
    p.text(
        18 * mm,
        42 * mm,
        "Payment by ACH: First Peak Bank · Routing 102000021 · Account 7720014498",
        "DV",
        8,
    )
    p.text(
        18 * mm,
        37 * mm,
        "Please reference invoice # BAG-1187 with your payment. Late balances accrue 1.5% per month.",
        "DV",
        8,
    )
    p.text(W / 2, 15 * mm, "Thank you for your business.", "DV", 8, "c", (0.4, 0.4, 0.4))
    pdf = p.finish()
    t = truth(
        number="BAG-1187",
        date=d,
        due=due,
        vendor=vendor,
        amount=sub,
        vat=None,
        total=sub,
        currency="USD",
        locale="en-US",
        layout="invoice",
        doctype="invoice",
        items=items_of(ls),
        note="No tax line at all (consulting services), vat null; PO number next to invoice number; long-form US dates.",
        kind="pdf",
    )
    return "pdf", "pdf", pdf, t


@doc(
    "i04",
    "GB",
    "invoice",
    "colour office scan 300 dpi (JPEG)",
    "deposit already paid deducted to a 'Balance due'; total keyed as the full invoice value",
)
def i04(name, rng):
    W, H = A4
    p = Page(name, A4, "Times-Roman")
    d, due = dt.date(2026, 3, 16), dt.date(2026, 3, 30)
    vendor = "Thyme & Tide Catering Ltd"
    green = (0.2, 0.42, 0.3)
    p.c.setFillColorRGB(*green)
    p.c.circle(28 * mm, H - 27 * mm, 9 * mm, stroke=0, fill=1)
    p.text(28 * mm, H - 29.5 * mm, "T&T", "Times-Bold", 14, "c", (1, 1, 1))
    p.text(41 * mm, H - 25 * mm, "Thyme & Tide", "Times-Bold", 22, color=green)
    p.text(41 * mm, H - 31 * mm, "EVENT CATERING · BRISTOL", "Helvetica", 7.5, color=green)
    for i, t in enumerate(
        [
            "Thyme & Tide Catering Ltd",
            "Unit 4, Paintworks, Arnos Vale",
            "Bristol BS4 3EH",
            "0117 496 0733",
            "VAT Reg. No. GB 318 4471 62",
        ]
    ):
        p.text(W - 18 * mm, H - 20 * mm - i * 4.2 * mm, t, "Times-Roman", 9, "r")
    p.text(18 * mm, H - 52 * mm, "INVOICE", "Times-Bold", 18)
    p.text(18 * mm, H - 60 * mm, "Invoice to:", "Times-Bold", 10)
    for i, t in enumerate(
        [
            "Clifton Architects LLP",
            "Finance Office",
            "8 Princess Victoria Street",
            "Bristol BS8 4BP",
        ]
    ):
        p.text(18 * mm, H - 65 * mm - i * 4.5 * mm, t, "Times-Roman", 10)
    meta = [
        ("Invoice No:", "TT-0962"),
        ("Invoice date:", fdate(d, "dmy/")),
        ("Event date:", "14/03/2026"),
        ("Payment due:", fdate(due, "dmy/")),
        ("Your ref:", "CA-Spring Party"),
    ]
    for i, (k, v) in enumerate(meta):
        p.text(120 * mm, H - 60 * mm - i * 5 * mm, k, "Times-Bold", 10)
        p.text(W - 18 * mm, H - 60 * mm - i * 5 * mm, v, "Times-Roman", 10, "r")
    ls = lines(
        [
            ("Canapés – seasonal selection (per head)", 120, "4.50"),
            ("Bowl food – three bowls per head", 120, "11.75"),
            ("Dessert table", 1, "340.00"),
            ("Waiting staff, 6 x 5.5 hrs", 33, "18.50"),
            ("Glassware & linen hire", 1, "185.00"),
            ("Delivery and collection", 1, "65.00"),
        ]
    )
    cols = [
        ("Description", 95 * mm, "l"),
        ("Qty", 18 * mm, "r"),
        ("Unit £", 26 * mm, "r"),
        ("Net £", 35 * mm, "r"),
    ]
    rows = [[dd, qstr(qn), fmt(u), fmt(a)] for dd, qn, u, a, _ in ls]
    y = table(
        p,
        18 * mm,
        H - 94 * mm,
        cols,
        rows,
        "Times-Roman",
        10,
        "Times-Bold",
        lead=17,
        hfill=(0.85, 0.92, 0.87),
        rule_every=True,
    )
    net = sum(a for _, _, _, a, _ in ls)
    vat = q2(net * D("0.2"))
    total = net + vat
    dep = D("750.00")
    bal = total - dep
    y -= 8
    for k, v, f in [
        ("Subtotal (net)", fmt(net), "Times-Roman"),
        ("VAT @ 20%", fmt(vat), "Times-Roman"),
        ("Invoice total", fmt(total), "Times-Bold"),
        ("Less: deposit received 20/02/2026", "-" + fmt(dep), "Times-Roman"),
    ]:
        p.text(108 * mm, y, k, f, 10)
        p.text(W - 21 * mm, y, "£" + v if not v.startswith("-") else "-£" + v[1:], f, 10, "r")
        y -= 15
    p.line(108 * mm, y + 9, W - 18 * mm, y + 9, lw=0.8)
    p.text(108 * mm, y - 4, "BALANCE DUE", "Times-Bold", 12, color=green)
    p.text(W - 21 * mm, y - 4, "£" + fmt(bal), "Times-Bold", 12, "r", green)
    y -= 34
    p.text(
        18 * mm, y, "Please pay by bank transfer within 14 days quoting TT-0962.", "Times-Roman", 10
    )
    p.text(
        18 * mm, y - 13, "Lloyds Bank · Sort code 30-94-57 · Account 41882093", "Times-Roman", 10
    )
    p.text(
        W / 2,
        16 * mm,
        "Registered in England & Wales No. 11840732 · Registered office as above",
        "Times-Italic",
        8,
        "c",
    )
    pdf = p.finish()
    img = scan(
        render(pdf, 300)[0], rng, grey=False, blur=0.7, noise=3, specks=30, tint=(1.0, 0.99, 0.95)
    )
    t = truth(
        number="TT-0962",
        date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="GBP",
        locale="en-GB",
        layout="invoice",
        doctype="invoice",
        items=items_of(ls),
        note=f"Deposit £{fmt(dep)} deducted after the invoice total; total keyed as invoice total £{fmt(total)}, not the balance due £{fmt(bal)}. Event date next to invoice date.",
        kind="scan",
    )
    return "scan", "jpg", jpg(img, 82), t


@doc(
    "i05",
    "CA",
    "invoice",
    "photocopy (grey, dark edges, toner specks)",
    "two sales taxes TPS 5 % + TVQ 9,975 % summed as VAT; fr-CA number format '1 234,56 $'",
)
def i05(name, rng):
    W, H = letter
    p = Page(name, letter, "Helvetica")
    d, due = dt.date(2026, 1, 28), dt.date(2026, 2, 27)
    vendor = "Imprimerie Beaulieu inc."
    p.rect(18 * mm, H - 36 * mm, W - 36 * mm, 20 * mm, lw=1.4)
    p.text(22 * mm, H - 25 * mm, "IMPRIMERIE BEAULIEU", "Helvetica-Bold", 17)
    p.text(
        22 * mm,
        H - 31 * mm,
        "Impression numérique et offset · Grand format",
        "Helvetica-Oblique",
        8.5,
    )
    p.text(W - 22 * mm, H - 24 * mm, "2185, boul. Industriel", "Helvetica", 8.5, "r")
    p.text(W - 22 * mm, H - 28 * mm, "Laval (Québec) H7S 1P5", "Helvetica", 8.5, "r")
    p.text(W - 22 * mm, H - 32 * mm, "450 555-0192", "Helvetica", 8.5, "r")
    p.text(18 * mm, H - 48 * mm, "FACTURE", "Helvetica-Bold", 14)
    grid = [
        ("No de facture", "40418"),
        ("Date", fdate(d, "iso")),
        ("No client", "C-3307"),
        ("Échéance", fdate(due, "iso")),
    ]
    for i, (k, v) in enumerate(grid):
        x = 18 * mm + i * 44.5 * mm
        p.rect(x, H - 64 * mm, 44.5 * mm, 11 * mm, lw=0.6)
        p.text(x + 2 * mm, H - 57 * mm, k, "Helvetica", 7)
        p.text(x + 2 * mm, H - 62 * mm, v, "Helvetica-Bold", 10)
    p.text(18 * mm, H - 72 * mm, "Facturé à :", "Helvetica-Bold", 9)
    for i, t in enumerate(
        [
            "Centre de services scolaire des Mille-Îles",
            "430, boul. Arthur-Sauvé",
            "Saint-Eustache (Québec) J7R 6V6",
        ]
    ):
        p.text(18 * mm, H - 77 * mm - i * 4.3 * mm, t, "Helvetica", 9)
    p.text(115 * mm, H - 72 * mm, "Bon de commande : BC-26-0071", "Helvetica", 9)
    ls = lines(
        [
            ("Cartes professionnelles 2 côtés, 500 ex.", 6, "48.00"),
            ("Dépliants 3 volets 8,5 x 11, couleur", 2500, "0.142"),
            ("Affiches 18 x 24 po, papier satiné", 40, "6.25"),
            ("Infographie et montage (h)", "1.5", "75.00"),
        ]
    )
    cols = [
        ("Qté", 20 * mm, "r"),
        ("Description", 95 * mm, "l"),
        ("Prix unit.", 27 * mm, "r"),
        ("Montant", 35 * mm, "r"),
    ]
    rows = [
        [
            fmt(qn, "plainc", 1 if qn != qn.to_integral() else 0),
            dd,
            fmt(u, "fr", 3 if u != q2(u) else 2),
            fmt(a, "fr") + " $",
        ]
        for dd, qn, u, a, _ in ls
    ]
    y = table(
        p, 18 * mm, H - 96 * mm, cols, rows, "Helvetica", 9, "Helvetica-Bold", lead=18, grid=True
    )
    sub = sum(a for _, _, _, a, _ in ls)
    tps = q2(sub * D("0.05"))
    tvq = q2(sub * D("0.09975"))
    tot = sub + tps + tvq
    y -= 10
    for k, v, f in [
        ("Sous-total", sub, "Helvetica"),
        ("TPS 5 % (no 812345678 RT0001)", tps, "Helvetica"),
        ("TVQ 9,975 % (no 1223344556 TQ0001)", tvq, "Helvetica"),
        ("TOTAL", tot, "Helvetica-Bold"),
    ]:
        p.text(96 * mm, y, k, f, 9)
        p.text(W - 21 * mm, y, fmt(v, "fr") + " $", f, 9, "r")
        y -= 14
    p.text(
        18 * mm,
        y - 16,
        "Modalités : net 30 jours. Intérêts de 2 % par mois sur les comptes en souffrance.",
        "Helvetica",
        8,
    )
    p.text(
        18 * mm,
        y - 27,
        "Chèque à l'ordre de Imprimerie Beaulieu inc. ou dépôt direct : Caisse Desjardins, transit 30123, folio 884201.",
        "Helvetica",
        8,
    )
    p.text(W / 2, 16 * mm, "Merci de votre confiance !", "Helvetica-Oblique", 9, "c")
    pdf = p.finish()
    im = render(pdf, 200)[0]
    img = scan(
        im, rng, grey=True, blur=0.8, noise=7, specks=220, contrast=1.45, dark_edge=True, skew=1.3
    )
    t = truth(
        number="40418",
        date=d,
        due=due,
        vendor=vendor,
        amount=sub,
        vat=tps + tvq,
        total=tot,
        currency="CAD",
        locale="fr-CA",
        layout="invoice",
        doctype="invoice",
        items=items_of(ls),
        note="Photocopy; two taxes TPS + TVQ keyed summed as vat; unit price with 3 decimals (0,142 $); ISO dates; registration numbers inside tax labels.",
        kind="scan",
    )
    return "scan", "png", png(img), t


@doc(
    "i06",
    "JP",
    "invoice",
    "born-digital PDF (A4)",
    "English invoice from a Japanese firm, yen without decimals, qualified-invoice reg. no. T…, consumption tax 10 %",
)
def i06(name, rng):
    W, H = A4
    p = Page(name, A4, "DVC")
    d, due = dt.date(2026, 3, 5), dt.date(2026, 4, 30)
    vendor = "Kaito Logistics Co., Ltd."
    p.text(W / 2, H - 22 * mm, "INVOICE", "DVC-B", 22, "c")
    p.line(W / 2 - 25 * mm, H - 25 * mm, W / 2 + 25 * mm, H - 25 * mm, lw=1)
    for i, t in enumerate(
        [
            "Tamagawa Precision Parts Co., Ltd.",
            "Accounting Department",
            "3-18-6 Shimomaruko, Ota-ku",
            "Tokyo 146-0092",
        ]
    ):
        p.text(
            18 * mm, H - 40 * mm - i * 5 * mm, t, "DVC-B" if i == 0 else "DVC", 10 if i == 0 else 9
        )
    p.line(18 * mm, H - 42 * mm, 95 * mm, H - 42 * mm, lw=0.5)
    meta = [
        ("Invoice No.", "KL-26-00381"),
        ("Issue Date", d.strftime("%Y/%m/%d")),
        ("Registration No.", "T8010401093127"),
    ]
    for i, (k, v) in enumerate(meta):
        p.text(120 * mm, H - 40 * mm - i * 5 * mm, k, "DVC", 9)
        p.text(W - 18 * mm, H - 40 * mm - i * 5 * mm, v, "DVC", 9, "r")
    p.text(120 * mm, H - 60 * mm, "Kaito Logistics Co., Ltd.", "DVC-B", 11)
    for i, t in enumerate(
        ["2-7-11 Kaigan, Minato-ku, Tokyo 105-0022", "TEL 03-5555-0187  FAX 03-5555-0188"]
    ):
        p.text(120 * mm, H - 65 * mm - i * 4.3 * mm, t, "DVC", 8)
    p.c.setStrokeColorRGB(0.8, 0.1, 0.1)
    p.c.setLineWidth(1.2)
    p.c.rect(W - 33 * mm, H - 90 * mm, 14 * mm, 14 * mm)
    p.c.setStrokeColorRGB(0, 0, 0)
    ls = lines(
        [
            ("Container drayage Tokyo Port - Kawasaki (40ft)", 3, "58000"),
            ("Warehouse storage, pallet-week", 84, "1150"),
            ("Cross-dock handling, pallet", 42, "900"),
            ("Customs documentation fee", 3, "12500"),
            ("Fuel surcharge", 1, "21600"),
        ]
    )
    sub = sum(a for _, _, _, a, _ in ls)
    tax = q0(sub * D("0.10"))
    tot = sub + tax
    p.rect(18 * mm, H - 98 * mm, 100 * mm, 14 * mm, fill=(0.93, 0.95, 0.98), lw=0.8)
    p.text(21 * mm, H - 92 * mm, "Amount Billed (tax incl.)", "DVC", 9)
    p.text(115 * mm, H - 93 * mm, "¥" + fmt(tot, "en", 0), "DVC-B", 15, "r")
    p.text(
        18 * mm,
        H - 104 * mm,
        f"Payment due: {due.strftime('%Y/%m/%d')}   Period: 2026/02/01 - 2026/02/28",
        "DVC",
        9,
    )
    cols = [
        ("Description", 90 * mm, "l"),
        ("Qty", 18 * mm, "r"),
        ("Unit Price", 30 * mm, "r"),
        ("Amount", 36 * mm, "r"),
    ]
    rows = [[dd, qstr(qn), fmt(u, "en", 0), fmt(a, "en", 0)] for dd, qn, u, a, _ in ls]
    y = table(
        p,
        18 * mm,
        H - 116 * mm,
        cols,
        rows,
        "DVC",
        9,
        "DVC-B",
        lead=16,
        grid=True,
        hfill=(0.85, 0.88, 0.93),
    )
    y -= 6
    for k, v in [("Subtotal (10% items)", sub), ("Consumption Tax (10%)", tax), ("Total", tot)]:
        p.rect(110 * mm, y - 4.5, 36 * mm, 15, lw=0.5)
        p.rect(146 * mm, y - 4.5, W - 18 * mm - 146 * mm, 15, lw=0.5)
        p.text(112 * mm, y, k, "DVC", 8.5)
        p.text(W - 20 * mm, y, "¥" + fmt(v, "en", 0), "DVC-B" if k == "Total" else "DVC", 9, "r")
        y -= 15
    p.text(
        18 * mm,
        40 * mm,
        "Bank transfer: Sakura Trust Bank, Hamamatsucho Branch (No. 214)",
        "DVC",
        8.5,
    )
    p.text(18 * mm, 35.5 * mm, "Ordinary Account 1184702  /  Kaito Logistics Co., Ltd.", "DVC", 8.5)
    p.text(18 * mm, 31 * mm, "Bank transfer charges are to be borne by the customer.", "DVC", 8.5)
    pdf = p.finish()
    t = truth(
        number="KL-26-00381",
        date=d,
        due=due,
        vendor=vendor,
        amount=sub,
        vat=tax,
        total=tot,
        currency="JPY",
        locale="ja-JP",
        layout="invoice",
        doctype="invoice",
        items=items_of(ls),
        note="Yen printed without decimals (keyed .00); registration number T8010401093127 looks like an id; amount billed box appears above the table; YYYY/MM/DD dates.",
        kind="pdf",
    )
    return "pdf", "pdf", pdf, t


@doc(
    "i07",
    "AU",
    "invoice",
    "phone photo, desk, uneven light",
    "GST-free consultations mixed with taxable goods; GST-inclusive line prices; paid by EFTPOS, balance 0.00",
)
def i07(name, rng):
    W, H = A4
    p = Page(name, A4, "Helvetica")
    d = dt.date(2026, 2, 19)
    vendor = "Harbourside Physio & Sports Clinic Pty Ltd"
    teal = (0.0, 0.45, 0.5)
    p.rect(0, H - 8 * mm, W, 8 * mm, fill=teal, stroke=None)
    p.text(18 * mm, H - 24 * mm, "Harbourside Physio", "Helvetica-Bold", 19, color=teal)
    p.text(18 * mm, H - 30 * mm, "& Sports Clinic", "Helvetica", 12, color=teal)
    for i, t in enumerate(
        [
            "Harbourside Physio & Sports Clinic Pty Ltd",
            "ABN 51 624 880 317",
            "Level 1, 88 Cowper Wharf Road",
            "Woolloomooloo NSW 2011",
            "(02) 9555 0164",
        ]
    ):
        p.text(W - 18 * mm, H - 18 * mm - i * 4.2 * mm, t, "Helvetica", 8.5, "r")
    p.text(18 * mm, H - 50 * mm, "TAX INVOICE / RECEIPT", "Helvetica-Bold", 14)
    meta = [
        ("Invoice", "INV-20418"),
        ("Date", fdate(d, "dmy/")),
        ("Patient", "Mr Liam O'Connor"),
        ("Practitioner", "Sarah Nguyen (Prov. 4471832K)"),
        ("Health fund", "HCF member 40117720"),
    ]
    for i, (k, v) in enumerate(meta):
        p.text(18 * mm, H - 60 * mm - i * 5 * mm, k, "Helvetica-Bold", 9)
        p.text(48 * mm, H - 60 * mm - i * 5 * mm, v, "Helvetica", 9)
    # gross (GST-inclusive) lines; * = GST applies
    spec = [
        ("Initial consultation (item 500)", 1, "115.00", False, "19/02/2026"),
        ("Standard consultation (item 505)", 2, "95.00", False, "12/02 & 19/02"),
        ("Knee brace, hinged (size L) *", 1, "88.00", True, "19/02/2026"),
        ("Rigid sports tape 38mm x3 *", 1, "21.45", True, "19/02/2026"),
    ]
    ls = lines([(s[0], s[1], s[2], 10 if s[3] else 0) for s in spec])
    cols = [
        ("Date", 30 * mm, "l"),
        ("Service / item", 82 * mm, "l"),
        ("Qty", 14 * mm, "r"),
        ("Fee", 24 * mm, "r"),
        ("Total", 24 * mm, "r"),
    ]
    rows = [
        [s[4], dd, qstr(qn), "$" + fmt(u), "$" + fmt(a)]
        for s, (dd, qn, u, a, _) in zip(spec, ls, strict=False)
    ]
    y = table(
        p,
        18 * mm,
        H - 94 * mm,
        cols,
        rows,
        "Helvetica",
        9,
        "Helvetica-Bold",
        lead=17,
        rule_every=True,
    )
    total = sum(a for _, _, _, a, _ in ls)
    gst = sum((q2(a / 11) for _, _, _, a, r in ls if r), Decimal(0))
    exg = total - gst
    y -= 8
    for k, v, f in [
        ("Total (ex GST)", exg, "Helvetica"),
        ("GST", gst, "Helvetica"),
        ("Total (inc GST)", total, "Helvetica-Bold"),
        ("Paid – EFTPOS 19/02/2026", total, "Helvetica"),
        ("Balance owing", Decimal("0.00"), "Helvetica-Bold"),
    ]:
        p.text(120 * mm, y, k, f, 9.5)
        p.text(W - 21 * mm, y, "$" + fmt(v), f, 9.5, "r")
        y -= 14
    p.text(
        18 * mm,
        y - 10,
        "* Taxable supply – price includes GST. Consultations are GST-free health services.",
        "Helvetica",
        8,
    )
    p.text(
        18 * mm,
        y - 21,
        "This invoice may be used to claim with your private health fund.",
        "Helvetica",
        8,
    )
    pdf = p.finish()
    data = photo(
        render(pdf, 160)[0], rng, bg="desk", tilt=0.05, rot=3, light=0.5, long_side=2000, quality=70
    )
    t = truth(
        number="INV-20418",
        date=d,
        due=None,
        vendor=vendor,
        amount=exg,
        vat=gst,
        total=total,
        currency="AUD",
        locale="en-AU",
        layout="invoice",
        doctype="invoice",
        items=items_of(ls),
        note="GST only on the two starred goods lines (1/11 of their GST-inclusive price); consultations GST-free; paid in full, balance 0.00 is not the total; provider/fund numbers near the invoice number.",
        kind="photo",
    )
    return "photo", "jpg", data, t


@doc(
    "i08",
    "NL",
    "invoice",
    "fax (bilevel) received as image-only PDF",
    "VAT-exempt training (no VAT amount printed), fax header line with other numbers and dates",
)
def i08(name, rng):
    W, H = A4
    p = Page(name, A4, "Helvetica")
    d, due = dt.date(2026, 3, 13), dt.date(2026, 4, 12)
    vendor = "Opleidingscentrum De Brug B.V."
    p.text(
        8 * mm,
        H - 7 * mm,
        "16-03-2026 09:12   VAN: +31 30 555 0420   OPLEIDINGSCENTRUM DE BRUG          NAAR: 0105550918        P.001/001",
        "Courier",
        7.5,
    )
    p.text(18 * mm, H - 26 * mm, "De Brug", "Helvetica-Bold", 26)
    p.text(18 * mm, H - 32 * mm, "opleidingscentrum voor zorg en welzijn", "Helvetica", 9)
    for i, t in enumerate(
        [
            "Opleidingscentrum De Brug B.V.",
            "Vredenburgkade 11",
            "3511 WC Utrecht",
            "KvK 61874402",
            "administratie@debrug-opleiding.nl",
        ]
    ):
        p.text(W - 18 * mm, H - 20 * mm - i * 4.3 * mm, t, "Helvetica", 8.5, "r")
    for i, t in enumerate(
        [
            "Zorggroep Rijnmond",
            "t.a.v. afdeling HRM / crediteuren",
            "Postbus 2281",
            "3000 CG Rotterdam",
        ]
    ):
        p.text(18 * mm, H - 52 * mm - i * 4.6 * mm, t, "Helvetica", 10)
    p.text(18 * mm, H - 82 * mm, "FACTUUR", "Helvetica-Bold", 16)
    meta = [
        ("Factuurnummer", "2026-0217"),
        ("Factuurdatum", fdate(d, "dmy-")),
        ("Vervaldatum", fdate(due, "dmy-")),
        ("Debiteurnummer", "10388"),
        ("Uw kenmerk", "PO 26/0412 opleidingsbudget"),
    ]
    for i, (k, v) in enumerate(meta):
        p.text(18 * mm, H - 92 * mm - i * 5 * mm, k, "Helvetica", 9.5)
        p.text(58 * mm, H - 92 * mm - i * 5 * mm, ": " + v, "Helvetica", 9.5)
    ls = lines(
        [
            ("Training Medicatieveiligheid (2 dagdelen), 12 deelnemers", 12, "245.00"),
            ("Cursusmateriaal en readers", 12, "32.50"),
            ("Herhalingstoets BIG-handelingen", 8, "85.00"),
            ("Locatietoeslag incompany Rotterdam", 1, "150.00"),
        ]
    )
    cols = [
        ("Omschrijving", 105 * mm, "l"),
        ("Aantal", 18 * mm, "r"),
        ("Prijs", 24 * mm, "r"),
        ("Bedrag", 27 * mm, "r"),
    ]
    rows = [[dd, qstr(qn), "€ " + fmt(u, "de"), "€ " + fmt(a, "de")] for dd, qn, u, a, _ in ls]
    y = table(p, 18 * mm, H - 126 * mm, cols, rows, "Helvetica", 9.5, "Helvetica-Bold", lead=17)
    tot = sum(a for _, _, _, a, _ in ls)
    p.line(120 * mm, y + 6, W - 18 * mm, y + 6, lw=0.6)
    y -= 6
    p.text(120 * mm, y, "Totaal", "Helvetica-Bold", 11)
    p.text(W - 21 * mm, y, "€ " + fmt(tot, "de"), "Helvetica-Bold", 11, "r")
    y -= 16
    p.text(120 * mm, y, "BTW: vrijgesteld", "Helvetica", 9)
    y -= 26
    p.text(
        18 * mm,
        y,
        "Vrijgesteld van btw op grond van art. 11 lid 1 onder o Wet OB 1968 (CRKBO-geregistreerd).",
        "Helvetica",
        8.5,
    )
    p.text(
        18 * mm,
        y - 12,
        f"Wij verzoeken u het totaalbedrag vóór {fdate(due, 'dmy-')} over te maken op NL52 RABO 0312 4477 90",
        "Helvetica",
        8.5,
    )
    p.text(
        18 * mm,
        y - 24,
        "t.n.v. Opleidingscentrum De Brug B.V. onder vermelding van het factuurnummer.",
        "Helvetica",
        8.5,
    )
    pdf = p.finish()
    img = fax(render(pdf, 200)[0], rng)
    data = image_pdf(name, [img], 200, quality=60)
    t = truth(
        number="2026-0217",
        date=d,
        due=due,
        vendor=vendor,
        amount=tot,
        vat=None,
        total=tot,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        doctype="invoice",
        items=items_of(ls),
        note="Fax received as image-only PDF; VAT exempt (no VAT amount printed, vat null); fax transmission header at the top carries a different date and phone numbers; invoice number looks like a date-ish '2026-0217'.",
        kind="scan",
    )
    return "scan", "pdf", data, t


@doc(
    "i09",
    "MX",
    "invoice",
    "phone photo at a steep angle, dark desk",
    "CFDI-style factura: serie+folio, UUID and RFCs that look like numbers, IVA 16 %",
)
def i09(name, rng):
    W, H = letter
    p = Page(name, letter, "DVC")
    d, due = dt.date(2026, 2, 10), dt.date(2026, 3, 12)
    vendor = "Rentas y Maquinaria del Bajío, S.A. de C.V."
    p.rect(15 * mm, H - 35 * mm, 30 * mm, 20 * mm, fill=(0.95, 0.7, 0.1), stroke=None)
    p.text(30 * mm, H - 27 * mm, "RMB", "DVC-B", 18, "c")
    p.text(50 * mm, H - 20 * mm, vendor, "DVC-B", 11)
    for i, t in enumerate(
        [
            "RFC: RMB980312KJ4   Régimen: 601 General de Ley Personas Morales",
            "Blvd. Juan Alonso de Torres 2030, Col. Valle del Campestre",
            "León, Gto., C.P. 37150   Tel. 477 555 0133",
        ]
    ):
        p.text(50 * mm, H - 25 * mm - i * 4 * mm, t, "DVC", 8)
    p.rect(W - 75 * mm, H - 62 * mm, 60 * mm, 22 * mm, lw=0.8)
    for i, (k, v) in enumerate(
        [
            ("FACTURA", ""),
            ("Serie / Folio:", "A 2291"),
            ("Fecha:", fdate(d, "dmy/")),
            ("Vencimiento:", fdate(due, "dmy/")),
        ]
    ):
        p.text(W - 73 * mm, H - 45 * mm - i * 4.7 * mm, k, "DVC-B", 9 if i else 10)
        if v:
            p.text(W - 17 * mm, H - 45 * mm - i * 4.7 * mm, v, "DVC", 9, "r")
    p.text(15 * mm, H - 46 * mm, "Receptor:", "DVC-B", 9)
    for i, t in enumerate(
        [
            "Constructora Altavista del Centro, S.A. de C.V.",
            "RFC: CAC120705PQ1   Uso CFDI: G03 Gastos en general",
            "Av. Hidalgo 880, Irapuato, Gto., C.P. 36500",
        ]
    ):
        p.text(15 * mm, H - 51 * mm - i * 4.3 * mm, t, "DVC", 8.5)
    ls = lines(
        [
            ("Renta retroexcavadora CAT 416F (día)", 6, "3850.00"),
            ("Renta compactador de placa (día)", 6, "620.00"),
            ("Operador certificado (jornada)", 6, "950.00"),
            ("Flete ida y vuelta cama baja", 1, "4200.00"),
        ]
    )
    cols = [
        ("Cant.", 14 * mm, "r"),
        ("Clave SAT", 22 * mm, "l"),
        ("Descripción", 86 * mm, "l"),
        ("P. Unitario", 30 * mm, "r"),
        ("Importe", 30 * mm, "r"),
    ]
    rows = [
        [
            qstr(qn),
            ["72141700", "72141700", "80111600", "78101800"][i],
            dd,
            "$" + fmt(u),
            "$" + fmt(a),
        ]
        for i, (dd, qn, u, a, _) in enumerate(ls)
    ]
    y = table(
        p,
        15 * mm,
        H - 76 * mm,
        cols,
        rows,
        "DVC",
        8.5,
        "DVC-B",
        lead=16,
        grid=True,
        hfill=(0.95, 0.85, 0.6),
    )
    sub = sum(a for _, _, _, a, _ in ls)
    iva = q2(sub * D("0.16"))
    tot = sub + iva
    y -= 8
    for k, v, f in [
        ("Subtotal", sub, "DVC"),
        ("IVA Trasladado 16%", iva, "DVC"),
        ("Total", tot, "DVC-B"),
    ]:
        p.text(140 * mm, y, k, f, 9)
        p.text(W - 17 * mm, y, "$" + fmt(v), f, 9, "r")
        y -= 14
    p.text(
        15 * mm,
        y - 6,
        "Moneda: MXN   Forma de pago: 99 Por definir   Método de pago: PPD Pago en parcialidades o diferido",
        "DVC",
        7.5,
    )
    p.text(15 * mm, y - 16, "Folio fiscal (UUID): 4F7A1C22-93B0-4E61-A5D8-0C21E7B94A17", "DVC", 7.5)
    p.text(
        15 * mm,
        y - 26,
        "No. de serie del CSD: 00001000000509847712   Fecha de certificación: 2026-02-10T12:41:07",
        "DVC",
        7.5,
    )
    p.qr(15 * mm, y - 72, 38, rng)
    p.text(
        32 * mm, y - 45, "Este documento es una representación impresa de un CFDI 4.0", "DVC", 7.5
    )
    pdf = p.finish()
    data = photo(
        render(pdf, 170)[0],
        rng,
        bg="dark",
        tilt=0.12,
        rot=-7,
        light=0.4,
        long_side=2100,
        quality=68,
    )
    t = truth(
        number="A2291",
        date=d,
        due=due,
        vendor=vendor,
        amount=sub,
        vat=iva,
        total=tot,
        currency="MXN",
        locale="es-MX",
        layout="invoice",
        doctype="invoice",
        items=items_of(ls),
        note="Serie 'A' and folio '2291' printed as 'A 2291' (keyed A2291); long UUID, RFCs and SAT codes; strong perspective.",
        kind="photo",
    )
    return "photo", "jpg", data, t


@doc(
    "i10",
    "ES",
    "credit_note",
    "office scan 200 dpi grey",
    "factura rectificativa (credit note) with negative amounts referring to the original invoice number and date",
)
def i10(name, rng):
    W, H = A4
    p = Page(name, A4, "Helvetica")
    d = dt.date(2026, 3, 4)
    vendor = "Suministros Levante, S.L."
    p.text(18 * mm, H - 25 * mm, "SUMINISTROS", "Helvetica-Bold", 16, color=(0.7, 0.15, 0.1))
    p.text(18 * mm, H - 32 * mm, "LEVANTE", "Helvetica-Bold", 16)
    for i, t in enumerate(
        [
            "Suministros Levante, S.L. – CIF B96418823",
            "Polígono Fuente del Jarro, C/ Ciudad de Sevilla 22",
            "46988 Paterna (Valencia) – Tel. 961 555 217",
        ]
    ):
        p.text(W - 18 * mm, H - 20 * mm - i * 4.2 * mm, t, "Helvetica", 8, "r")
    p.rect(18 * mm, H - 62 * mm, W - 36 * mm, 18 * mm, fill=(0.92, 0.92, 0.92), lw=0.8)
    p.text(
        22 * mm, H - 51 * mm, "FACTURA RECTIFICATIVA (ABONO) Nº R-2026/014", "Helvetica-Bold", 12
    )
    p.text(
        22 * mm,
        H - 58 * mm,
        f"Fecha: {fdate(d, 'dmy/')}     Rectifica a la factura Nº F-2026/0311 de fecha 19/02/2026",
        "Helvetica",
        9,
    )
    p.text(18 * mm, H - 72 * mm, "Cliente:", "Helvetica-Bold", 9)
    for i, t in enumerate(
        ["Reformas Turia 2010, S.L.", "NIF B98227104", "Av. del Puerto 141, 46023 Valencia"]
    ):
        p.text(18 * mm, H - 77 * mm - i * 4.3 * mm, t, "Helvetica", 9)
    p.text(110 * mm, H - 72 * mm, "Motivo de la rectificación:", "Helvetica-Bold", 9)
    p.wrap(
        110 * mm,
        H - 77 * mm,
        "Devolución de material no utilizado y descuento por rotura en transporte (albarán 8812).",
        W - 128 * mm,
        "Helvetica",
        9,
    )
    ls = lines(
        [
            ("Devolución: azulejo porcelánico 60x60 gris (m²)", -24, "18.50"),
            ("Devolución: adhesivo C2TE saco 25 kg", -8, "14.20"),
            ("Descuento por rotura en transporte", 1, "-47.30"),
        ]
    )
    cols = [
        ("Concepto", 100 * mm, "l"),
        ("Cant.", 18 * mm, "r"),
        ("Precio", 24 * mm, "r"),
        ("Importe", 32 * mm, "r"),
    ]
    rows = [[dd, fmt(qn, "de", 0), fmt(u, "de"), fmt(a, "de")] for dd, qn, u, a, _ in ls]
    y = table(
        p, 18 * mm, H - 100 * mm, cols, rows, "Helvetica", 9, "Helvetica-Bold", lead=17, grid=True
    )
    base = sum(a for _, _, _, a, _ in ls)
    iva = q2(base * D("0.21"))
    tot = base + iva
    y -= 14
    cols2 = [
        ("Base imponible", 45 * mm, "r"),
        ("% IVA", 20 * mm, "r"),
        ("Cuota IVA", 35 * mm, "r"),
        ("TOTAL ABONO", 42 * mm, "r"),
    ]
    table(
        p,
        W - 18 * mm - 142 * mm,
        y,
        cols2,
        [[fmt(base, "de") + " €", "21,00", fmt(iva, "de") + " €", fmt(tot, "de") + " €"]],
        "Helvetica-Bold",
        9.5,
        "Helvetica",
        lead=17,
        grid=True,
    )
    p.text(
        18 * mm,
        40 * mm,
        "El importe se compensará en la próxima factura o se abonará en la cuenta ES21 0081 0693 6100 0124 5678.",
        "Helvetica",
        8,
    )
    p.text(
        18 * mm,
        22 * mm,
        "Inscrita en el Registro Mercantil de Valencia, Tomo 7781, Libro 5072, Folio 112, Hoja V-94410.",
        "Helvetica",
        7,
    )
    pdf = p.finish()
    img = scan(render(pdf, 200)[0], rng, grey=True, blur=0.6, noise=5, specks=80)
    t = truth(
        number="R-2026/014",
        date=d,
        due=None,
        vendor=vendor,
        amount=base,
        vat=iva,
        total=tot,
        currency="EUR",
        locale="es-ES",
        layout="invoice",
        doctype="credit_note",
        items=items_of(ls),
        note="Credit note: all amounts negative as printed; the original invoice number F-2026/0311 and its date also appear; negative quantities and a negative discount line.",
        kind="scan",
    )
    return "scan", "png", png(img), t


@doc(
    "i11",
    "CH",
    "invoice",
    "born-digital PDF (A4)",
    "Swiss firm invoicing in EUR; MWST also shown in CHF at an exchange rate; apostrophe thousands",
)
def i11(name, rng):
    W, H = A4
    p = Page(name, A4, "DV")
    d, due = dt.date(2026, 3, 20), dt.date(2026, 4, 19)
    vendor = "Alpstein Druck AG"
    red = (0.8, 0.1, 0.15)
    p.rect(W - 38 * mm, H - 38 * mm, 20 * mm, 20 * mm, fill=red, stroke=None)
    p.rect(W - 30 * mm, H - 34 * mm, 4 * mm, 12 * mm, fill=(1, 1, 1), stroke=None)
    p.rect(W - 34 * mm, H - 30 * mm, 12 * mm, 4 * mm, fill=(1, 1, 1), stroke=None)
    p.text(20 * mm, H - 26 * mm, "alpstein druck", "DV-B", 20, color=red)
    p.text(
        20 * mm,
        H - 32 * mm,
        "Alpstein Druck AG · Rorschacher Strasse 150 · 9000 St. Gallen",
        "DV",
        7.5,
    )
    p.text(20 * mm, H - 36 * mm, "CHE-112.774.309 MWST · Tel. +41 71 555 04 40", "DV", 7.5)
    for i, t in enumerate(
        ["Limmat Verlag GmbH", "Herr Reto Baumann", "Quellenstrasse 27", "8005 Zürich"]
    ):
        p.text(120 * mm, H - 55 * mm - i * 4.6 * mm, t, "DV", 10)
    p.text(20 * mm, H - 88 * mm, "Rechnung 2026-0088", "DV-B", 14)
    meta = [
        ("Datum", fdate(d, "de")),
        ("Kundennummer", "30214"),
        ("Auftrag", "A-26-0519 Frühjahrskatalog"),
        ("Zahlbar bis", fdate(due, "de")),
    ]
    for i, (k, v) in enumerate(meta):
        p.text(20 * mm, H - 96 * mm - i * 4.6 * mm, k, "DV", 9)
        p.text(55 * mm, H - 96 * mm - i * 4.6 * mm, v, "DV", 9)
    p.text(
        20 * mm, H - 119 * mm, "Gemäss Vereinbarung verrechnen wir diesen Auftrag in Euro.", "DV", 9
    )
    ls = lines(
        [
            ("Katalog 64 Seiten A4, 4/4-farbig, Auflage 3'000", 1, "9840.00"),
            ("Umschlag mit Softtouch-Lamination", 1, "1275.00"),
            ("Druckdaten-Check und Proofs", 1, "380.00"),
            ("Versand auf Palette nach Zürich", 1, "245.50"),
        ]
    )
    cols = [
        ("Pos", 12 * mm, "l"),
        ("Beschreibung", 110 * mm, "l"),
        ("Menge", 18 * mm, "r"),
        ("Betrag EUR", 30 * mm, "r"),
    ]
    rows = [[str(i + 1), dd, qstr(qn), fmt(a, "ch")] for i, (dd, qn, u, a, _) in enumerate(ls)]
    y = table(p, 20 * mm, H - 132 * mm, cols, rows, "DV", 9, "DV-B", lead=18, rule_every=True)
    net = sum(a for _, _, _, a, _ in ls)
    mw = q2(net * D("0.081"))
    tot = net + mw
    rate = D("0.9412")
    y -= 8
    for k, v, f in [
        ("Total netto", net, "DV"),
        ("MWST 8.1 %", mw, "DV"),
        ("Rechnungsbetrag", tot, "DV-B"),
    ]:
        p.text(120 * mm, y, k, f, 10)
        p.text(W - 20 * mm, y, "EUR " + fmt(v, "ch"), f, 10, "r")
        y -= 15
    p.line(120 * mm, y + 9, W - 20 * mm, y + 9, lw=0.4)
    p.text(
        20 * mm,
        y - 12,
        f"MWST-Betrag umgerechnet zum Kurs EUR/CHF {rate}: CHF {fmt(q2(mw * rate), 'ch')} (für Ihre MWST-Abrechnung).",
        "DV",
        8.5,
    )
    p.text(
        20 * mm,
        y - 24,
        "Zahlung bitte auf unser EUR-Konto: IBAN CH56 0900 0000 9144 7120 3, PostFinance AG, BIC POFICHBEXXX.",
        "DV",
        8.5,
    )
    p.line(20 * mm, 25 * mm, W - 20 * mm, 25 * mm, lw=0.3)
    p.text(
        20 * mm,
        20 * mm,
        "Alpstein Druck AG · Handelsregister St. Gallen CH-320.3.041.772-1 · www.alpstein-druck.ch",
        "DV",
        7,
    )
    pdf = p.finish()
    t = truth(
        number="2026-0088",
        date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=mw,
        total=tot,
        currency="EUR",
        locale="de-CH",
        layout="invoice",
        doctype="invoice",
        items=items_of(ls),
        note="Swiss vendor billing in EUR; VAT also restated in CHF at 0.9412 (CHF amount is not the VAT to key); apostrophe thousands separator; '3'000' in a description.",
        kind="pdf",
    )
    return "pdf", "pdf", pdf, t


@doc(
    "i12",
    "IT",
    "invoice",
    "stapled two-page invoice scanned into a two-page image-only PDF",
    "line items span two pages, VAT summary (10 % + 22 %) only on page 2, staple marks, 'Pagina 1 di 2'",
)
def i12(name, rng):
    W, H = A4
    p = Page(name, A4, "Helvetica")
    d, due = dt.date(2026, 2, 26), dt.date(2026, 3, 31)
    vendor = "Ingrosso Alimentare Ferri S.r.l."
    prods = [
        ("Farina tipo 00 sacco 25 kg", 6, "18.90", 10),
        ("Olio extravergine d'oliva lt 5", 8, "42.50", 10),
        ("Pomodori pelati 2,5 kg", 24, "3.15", 10),
        ("Passata di pomodoro 700 g", 36, "1.12", 10),
        ("Mozzarella fiordilatte kg", "12.5", "7.80", 10),
        ("Parmigiano Reggiano 24 mesi kg", "4.2", "19.90", 10),
        ("Prosciutto cotto alta qualità kg", "6.8", "13.40", 10),
        ("Riso Carnaroli kg 5", 4, "14.60", 10),
        ("Pasta di semola spaghetti kg 3", 10, "4.95", 10),
        ("Caffè in grani kg 1", 6, "17.20", 10),
        ("Zucchero semolato kg 10", 3, "11.30", 10),
        ("Latte UHT intero lt 1 (x12)", 5, "11.88", 10),
        ("Burro kg 1", 4, "9.40", 10),
        ("Uova fresche cat. A (x90)", 3, "21.60", 10),
        ("Acqua minerale lt 0,5 (x24)", 10, "4.32", 22),
        ("Bibite in lattina cl 33 (x24)", 4, "13.90", 22),
        ("Vino rosso Sangiovese DOC cl 75", 12, "4.85", 22),
        ("Birra bottiglia cl 66 (x15)", 3, "18.75", 22),
        ("Detergente piatti lt 5", 4, "7.90", 22),
        ("Sgrassatore professionale lt 5", 2, "11.40", 22),
        ("Tovaglioli carta 33x33 (x1000)", 6, "9.80", 22),
        ("Pellicola alimentare m 300", 3, "8.25", 22),
        ("Carta forno rotolo m 50", 4, "5.60", 22),
        ("Guanti nitrile (x100)", 5, "6.90", 22),
        ("Sacchi spazzatura 70x110 (x20)", 8, "3.40", 22),
        ("Spugne abrasive (x10)", 6, "2.95", 22),
    ]
    ls = lines(prods)
    net, iva = by_rate(ls, [10, 22])
    tot = net[10] + net[22] + iva[10] + iva[22]
    cols = [
        ("Codice", 20 * mm, "l"),
        ("Descrizione", 78 * mm, "l"),
        ("Q.tà", 16 * mm, "r"),
        ("Prezzo", 20 * mm, "r"),
        ("Importo", 24 * mm, "r"),
        ("IVA", 12 * mm, "r"),
    ]

    def head(pg):
        p.text(18 * mm, H - 24 * mm, "FERRI", "Helvetica-Bold", 24, color=(0.1, 0.35, 0.15))
        p.text(
            18 * mm,
            H - 30 * mm,
            "Ingrosso Alimentare Ferri S.r.l. – Via del Lavoro 41 – 40127 Bologna (BO)",
            "Helvetica",
            8,
        )
        p.text(
            18 * mm,
            H - 34 * mm,
            "P.IVA 02917441203 – Tel. 051 555 3370 – info@ferri-ingrosso.it",
            "Helvetica",
            8,
        )
        p.text(W - 18 * mm, H - 22 * mm, f"Pagina {pg} di 2", "Helvetica", 8, "r")
        p.rect(118 * mm, H - 60 * mm, W - 136 * mm, 20 * mm, lw=0.6)
        for i, t in enumerate(
            [
                "Spett.le",
                "Trattoria Da Nello di Bassi Marco & C. s.n.c.",
                "Via Saragozza 98, 40135 Bologna",
            ]
        ):
            p.text(120 * mm, H - 45 * mm - i * 4.5 * mm, t, "Helvetica", 8.5)
        p.text(18 * mm, H - 46 * mm, "FATTURA N. 318/2026", "Helvetica-Bold", 12)
        p.text(18 * mm, H - 52 * mm, f"Data documento: {fdate(d, 'dmy/')}", "Helvetica", 9)
        p.text(18 * mm, H - 57 * mm, "DDT n. 1122 del 25/02/2026", "Helvetica", 9)

    head(1)
    rows1 = [
        [
            f"A{1000 + i * 7}",
            dd,
            fmt(qn, "de", 1 if qn != qn.to_integral() else 0),
            fmt(u, "de"),
            fmt(a, "de"),
            str(r),
        ]
        for i, (dd, qn, u, a, r) in enumerate(ls)
    ]
    y = table(
        p,
        18 * mm,
        H - 72 * mm,
        cols,
        rows1[:16],
        "Helvetica",
        8.5,
        "Helvetica-Bold",
        lead=15,
        grid=True,
    )
    p.text(W - 18 * mm, y - 6, "segue ...", "Helvetica-Oblique", 8.5, "r")
    p.newpage()
    head(2)
    y = table(
        p,
        18 * mm,
        H - 72 * mm,
        cols,
        rows1[16:],
        "Helvetica",
        8.5,
        "Helvetica-Bold",
        lead=15,
        grid=True,
    )
    y -= 14
    p.text(18 * mm, y, "Riepilogo IVA", "Helvetica-Bold", 9)
    y -= 14
    cols2 = [("Aliquota", 22 * mm, "l"), ("Imponibile", 30 * mm, "r"), ("Imposta", 28 * mm, "r")]
    table(
        p,
        18 * mm,
        y,
        cols2,
        [
            ["10%", fmt(net[10], "de"), fmt(iva[10], "de")],
            ["22%", fmt(net[22], "de"), fmt(iva[22], "de")],
        ],
        "Helvetica",
        9,
        "Helvetica-Bold",
        lead=15,
        grid=True,
    )
    yy = y
    for k, v, f in [
        ("Totale imponibile", net[10] + net[22], "Helvetica"),
        ("Totale IVA", iva[10] + iva[22], "Helvetica"),
        ("TOTALE DOCUMENTO €", tot, "Helvetica-Bold"),
    ]:
        p.text(125 * mm, yy, k, f, 9.5)
        p.text(W - 18 * mm, yy, fmt(v, "de"), f, 9.5, "r")
        yy -= 15
    p.text(
        18 * mm,
        yy - 30,
        f"Pagamento: bonifico bancario 30 gg d.f.f.m. – Scadenza {fdate(due, 'dmy/')}",
        "Helvetica",
        9,
    )
    p.text(
        18 * mm,
        yy - 42,
        "IBAN IT60 X054 2811 1010 0000 0123 456 – BPER Banca, filiale Bologna Roveri",
        "Helvetica",
        9,
    )
    p.text(
        18 * mm,
        18 * mm,
        "Cap. soc. € 50.000 i.v. – REA BO-418872 – Codice SDI M5UXCR1",
        "Helvetica",
        7,
    )
    pdf = p.finish()
    pages = render(pdf, 200)
    imgs = []
    for k, im in enumerate(pages):
        dr = Image.new("RGB", im.size)
        dr.paste(im)
        a = np.asarray(dr).copy()
        # staple in the top-left corner (front: bar, back: two bent legs)
        y0, x0 = int(0.03 * im.height), int(0.04 * im.width)
        if k == 0:
            cv2.line(a, (x0, y0 + 40), (x0 + 70, y0), (90, 90, 95), 5)
        else:
            cv2.line(a, (x0, y0 + 40), (x0 + 18, y0 + 30), (90, 90, 95), 5)
            cv2.line(a, (x0 + 52, y0 + 10), (x0 + 70, y0), (90, 90, 95), 5)
        imgs.append(
            scan(
                Image.fromarray(a),
                rng,
                grey=True,
                blur=0.6,
                noise=5,
                specks=50,
                skew=[0.8, -1.4][k],
            )
        )
    data = image_pdf(name, imgs, 200, quality=72)
    t = truth(
        number="318/2026",
        date=d,
        due=due,
        vendor=vendor,
        amount=net[10] + net[22],
        vat=iva[10] + iva[22],
        total=tot,
        currency="EUR",
        locale="it-IT",
        layout="invoice",
        doctype="invoice",
        items=items_of(ls),
        note="Two-page stapled invoice scanned to image-only PDF; items continue on page 2, VAT summary (10 % + 22 %) and total only on page 2; DDT number and date on both pages.",
        kind="scan",
    )
    return "scan", "pdf", data, t


@doc(
    "i13",
    "SG",
    "invoice",
    "born-digital PDF (A4)",
    "tax invoice with GST 9 %, 'Terms 30 days' plus explicit due date, UEN and GST reg. no.",
)
def i13(name, rng):
    W, H = A4
    p = Page(name, A4, "Helvetica")
    d, due = dt.date(2026, 1, 15), dt.date(2026, 2, 14)
    vendor = "Tuas Marine Engineering Pte. Ltd."
    p.text(W / 2, H - 22 * mm, "TUAS MARINE ENGINEERING PTE. LTD.", "Helvetica-Bold", 15, "c")
    p.text(
        W / 2,
        H - 28 * mm,
        "18 Tuas Avenue 7, Singapore 639280 · Tel +65 6555 0812",
        "Helvetica",
        8.5,
        "c",
    )
    p.text(W / 2, H - 32 * mm, "UEN 201418873K · GST Reg. No. M2-0091774-6", "Helvetica", 8.5, "c")
    p.text(W / 2, H - 44 * mm, "TAX INVOICE", "Helvetica-Bold", 13, "c")
    p.rect(18 * mm, H - 72 * mm, 90 * mm, 22 * mm, lw=0.6)
    for i, t in enumerate(
        [
            "Bill To:",
            "Straits Offshore Services Pte Ltd",
            "9 Pandan Crescent #04-11",
            "Singapore 128465",
        ]
    ):
        p.text(
            21 * mm, H - 55 * mm - i * 4.5 * mm, t, "Helvetica-Bold" if i == 0 else "Helvetica", 9
        )
    meta = [
        ("Invoice No", "TME/26/0193"),
        ("Date", fdate(d, "d_mon_y")),
        ("Terms", "30 days"),
        ("Due Date", fdate(due, "d_mon_y")),
        ("Vessel", "MV Pacific Heron"),
    ]
    for i, (k, v) in enumerate(meta):
        p.text(118 * mm, H - 55 * mm - i * 4.6 * mm, k, "Helvetica-Bold", 9)
        p.text(145 * mm, H - 55 * mm - i * 4.6 * mm, ": " + v, "Helvetica", 9)
    ls = lines(
        [
            ("Overhaul of main sea water pump, incl. bearings", 1, "4860.00"),
            ("Fabrication of SS316 flange set", 4, "385.00"),
            ("Welding works, certified welder (man-hr)", 16, "68.00"),
            ("Hydrotest and class survey attendance", 1, "950.00"),
            ("Transport to Jurong Port", 1, "180.00"),
        ]
    )
    cols = [
        ("S/N", 12 * mm, "c"),
        ("Description", 96 * mm, "l"),
        ("Qty", 16 * mm, "r"),
        ("Unit Price", 24 * mm, "r"),
        ("Amount (S$)", 26 * mm, "r"),
    ]
    rows = [[str(i + 1), dd, qstr(qn), fmt(u), fmt(a)] for i, (dd, qn, u, a, _) in enumerate(ls)]
    y = table(
        p,
        18 * mm,
        H - 86 * mm,
        cols,
        rows,
        "Helvetica",
        9,
        "Helvetica-Bold",
        lead=17,
        grid=True,
        hfill=(0.9, 0.9, 0.9),
    )
    sub = sum(a for _, _, _, a, _ in ls)
    gst = q2(sub * D("0.09"))
    tot = sub + gst
    y -= 8
    for k, v, f in [
        ("Sub-Total", sub, "Helvetica"),
        ("Add: GST @ 9%", gst, "Helvetica"),
        ("Total Payable (SGD)", tot, "Helvetica-Bold"),
    ]:
        p.text(122 * mm, y, k, f, 9.5)
        p.text(W - 21 * mm, y, fmt(v), f, 9.5, "r")
        y -= 15
    p.text(
        18 * mm,
        y - 14,
        "Payment by PayNow (UEN 201418873K) or cheque crossed 'A/C Payee Only'.",
        "Helvetica",
        8.5,
    )
    p.text(
        18 * mm, y - 25, "Bank: Lion City Bank, A/C 072-418833-9, SWIFT LCBKSGSG.", "Helvetica", 8.5
    )
    p.qr(W - 40 * mm, 30 * mm, 22 * mm, rng)
    p.text(18 * mm, 40 * mm, "_____________________", "Helvetica", 9)
    p.text(18 * mm, 35 * mm, "Authorised Signature", "Helvetica", 8)
    pdf = p.finish()
    t = truth(
        number="TME/26/0193",
        date=d,
        due=due,
        vendor=vendor,
        amount=sub,
        vat=gst,
        total=tot,
        currency="SGD",
        locale="en-SG",
        layout="invoice",
        doctype="invoice",
        items=items_of(ls),
        note="Dates as '15 Jan 2026'; UEN and GST reg. no. near the top; vessel name in meta block.",
        kind="pdf",
    )
    return "pdf", "pdf", pdf, t


@doc(
    "i14",
    "CL",
    "invoice",
    "phone photo, folded in three, fabric background",
    "factura electrónica: folio in the red SII box, RUTs, CLP without decimals and dot thousands, IVA 19 %",
)
def i14(name, rng):
    W, H = letter
    p = Page(name, letter, "Helvetica")
    d, due = dt.date(2026, 3, 3), dt.date(2026, 4, 2)
    vendor = "Distribuidora Cordillera Limitada"
    red = (0.8, 0.05, 0.05)
    p.text(18 * mm, H - 22 * mm, "DISTRIBUIDORA CORDILLERA LIMITADA", "Helvetica-Bold", 11)
    for i, t in enumerate(
        [
            "Giro: Venta al por mayor de artículos de ferretería",
            "Av. Américo Vespucio 1755, Quilicura, Santiago",
            "Fono +56 2 2555 0193 – ventas@dcordillera.cl",
        ]
    ):
        p.text(18 * mm, H - 27 * mm - i * 4 * mm, t, "Helvetica", 8)
    bx = W - 80 * mm
    p.rect(bx, H - 45 * mm, 62 * mm, 30 * mm, stroke=red, lw=2)
    p.text(bx + 31 * mm, H - 23 * mm, "R.U.T.: 77.418.332-5", "Helvetica-Bold", 10, "c", red)
    p.text(bx + 31 * mm, H - 30 * mm, "FACTURA ELECTRÓNICA", "Helvetica-Bold", 10, "c", red)
    p.text(bx + 31 * mm, H - 37 * mm, "Nº 48213", "Helvetica-Bold", 11, "c", red)
    p.text(bx + 31 * mm, H - 50 * mm, "S.I.I. – SANTIAGO NORTE", "Helvetica-Bold", 8, "c", red)
    meta = [
        ("Señor(es):", "Constructora Pehuén SpA"),
        ("R.U.T.:", "76.902.114-K"),
        ("Dirección:", "Los Carrera 1420, Concepción"),
        ("Fecha Emisión:", flong(d, "es")),
        ("Vencimiento:", fdate(due, "dmy-")),
        ("Cond. de venta:", "Crédito 30 días"),
    ]
    for i, (k, v) in enumerate(meta):
        p.text(18 * mm, H - 62 * mm - i * 4.8 * mm, k, "Helvetica-Bold", 8.5)
        p.text(48 * mm, H - 62 * mm - i * 4.8 * mm, v, "Helvetica", 8.5)
    ls = lines(
        [
            ("Taladro percutor 850W", 6, "54990"),
            ("Disco de corte metal 115 mm (caja 25)", 10, "18450"),
            ("Guantes de cabritilla par", 48, "2390"),
            ("Cinta métrica 8 m", 12, "6990"),
            ('Tornillo autoperforante 10x1" (caja 500)', 8, "11200"),
        ]
    )
    cols = [
        ("Código", 20 * mm, "l"),
        ("Descripción", 84 * mm, "l"),
        ("Cant.", 16 * mm, "r"),
        ("P. Unit.", 26 * mm, "r"),
        ("Total", 30 * mm, "r"),
    ]
    rows = [
        [f"FE-{3310 + i * 11}", dd, qstr(qn), "$ " + fmt(u, "de", 0), "$ " + fmt(a, "de", 0)]
        for i, (dd, qn, u, a, _) in enumerate(ls)
    ]
    y = table(
        p, 18 * mm, H - 98 * mm, cols, rows, "Helvetica", 8.5, "Helvetica-Bold", lead=16, grid=True
    )
    neto = sum(a for _, _, _, a, _ in ls)
    iva = q0(neto * D("0.19"))
    tot = neto + iva
    y -= 10
    for k, v, f in [
        ("MONTO NETO", neto, "Helvetica"),
        ("I.V.A. 19%", iva, "Helvetica"),
        ("TOTAL", tot, "Helvetica-Bold"),
    ]:
        p.text(140 * mm, y, k, f, 9)
        p.text(W - 18 * mm, y, "$ " + fmt(v, "de", 0), f, 9, "r")
        y -= 14
    p.barcode(18 * mm, y - 50, 70 * mm, 28, rng)
    p.text(18 * mm, y - 60, "Timbre Electrónico SII", "Helvetica", 7.5)
    p.text(18 * mm, y - 69, "Res. 80 de 2014 – Verifique documento: www.sii.cl", "Helvetica", 7.5)
    pdf = p.finish()
    data = photo(
        render(pdf, 160)[0],
        rng,
        bg="fabric",
        tilt=0.05,
        rot=5,
        folds=2,
        crumple=0.4,
        light=0.3,
        long_side=2100,
        quality=66,
    )
    t = truth(
        number="48213",
        date=d,
        due=due,
        vendor=vendor,
        amount=neto,
        vat=iva,
        total=tot,
        currency="CLP",
        locale="es-CL",
        layout="invoice",
        doctype="invoice",
        items=items_of(ls),
        note="Folio only inside the red SII box next to the vendor RUT; CLP with dot thousands and no decimals (keyed .00); issue date spelled out in Spanish, due date numeric.",
        kind="photo",
    )
    return "photo", "jpg", data, t


@doc(
    "i15",
    "PL",
    "invoice",
    "born-digital PDF (A4)",
    "Faktura VAT with issue date vs sale date, NIP numbers, space thousands + decimal comma, 23 % VAT",
)
def i15(name, rng):
    W, H = A4
    p = Page(name, A4, "DV")
    d, due = dt.date(2026, 3, 10), dt.date(2026, 3, 24)
    vendor = "Hurtownia Budowlana KAMAX Sp. z o.o."
    p.text(18 * mm, H - 22 * mm, "KAMAX", "DV-B", 22, color=(0.9, 0.45, 0.0))
    p.text(18 * mm, H - 28 * mm, "hurtownia budowlana", "DV", 9)
    meta = [
        ("Miejsce wystawienia:", "Poznań"),
        ("Data wystawienia:", d.isoformat()),
        ("Data sprzedaży:", "2026-03-09"),
    ]
    for i, (k, v) in enumerate(meta):
        p.text(120 * mm, H - 18 * mm - i * 4.6 * mm, k, "DV", 8.5)
        p.text(W - 18 * mm, H - 18 * mm - i * 4.6 * mm, v, "DV-B", 8.5, "r")
    p.text(18 * mm, H - 44 * mm, "Sprzedawca", "DV-B", 9)
    p.text(110 * mm, H - 44 * mm, "Nabywca", "DV-B", 9)
    for i, t in enumerate([vendor, "ul. Głogowska 218", "60-104 Poznań", "NIP: 779-24-18-306"]):
        p.text(18 * mm, H - 50 * mm - i * 4.4 * mm, t, "DV", 8.5)
    for i, t in enumerate(
        [
            "Usługi Remontowe Wiśniewski Tomasz",
            "os. Bolesława Chrobrego 14/3",
            "60-681 Poznań",
            "NIP: 972-10-44-817",
        ]
    ):
        p.text(110 * mm, H - 50 * mm - i * 4.4 * mm, t, "DV", 8.5)
    p.text(W / 2, H - 78 * mm, "Faktura VAT nr FV/2026/03/118", "DV-B", 13, "c")
    ls = lines(
        [
            ("Cement CEM II 32,5R 25 kg", 40, "21.90"),
            ("Bloczek betonowy 38x24x12", 120, "4.85"),
            ("Płyta g-k 12,5 mm 1200x2600", 30, "27.40"),
            ("Klej do płytek C2TE 22,5 kg", 15, "46.99"),
            ("Transport HDS", 1, "180.00"),
        ]
    )
    cols = [
        ("Lp.", 10 * mm, "c"),
        ("Nazwa towaru/usługi", 62 * mm, "l"),
        ("Ilość", 14 * mm, "r"),
        ("J.m.", 10 * mm, "c"),
        ("Cena netto", 22 * mm, "r"),
        ("Wartość netto", 24 * mm, "r"),
        ("VAT", 12 * mm, "r"),
        ("Wartość brutto", 24 * mm, "r"),
    ]
    rows = []
    for i, (dd, qn, u, a, _) in enumerate(ls):
        rows.append(
            [
                str(i + 1),
                dd,
                qstr(qn),
                "usł." if i == 4 else "szt.",
                fmt(u, "sp"),
                fmt(a, "sp"),
                "23%",
                fmt(a + q2(a * D("0.23")), "sp"),
            ]
        )
    y = table(
        p,
        18 * mm,
        H - 90 * mm,
        cols,
        rows,
        "DVC",
        8,
        "DVC-B",
        lead=15,
        grid=True,
        hfill=(0.93, 0.93, 0.93),
    )
    net = sum(a for _, _, _, a, _ in ls)
    vat = q2(net * D("0.23"))
    tot = net + vat
    y -= 10
    cols2 = [
        ("Stawka", 20 * mm, "c"),
        ("Netto", 28 * mm, "r"),
        ("VAT", 26 * mm, "r"),
        ("Brutto", 28 * mm, "r"),
    ]
    y = table(
        p,
        W - 18 * mm - 102 * mm,
        y,
        cols2,
        [
            ["23%", fmt(net, "sp"), fmt(vat, "sp"), fmt(tot, "sp")],
            ["Razem", fmt(net, "sp"), fmt(vat, "sp"), fmt(tot, "sp")],
        ],
        "DV",
        8.5,
        "DV-B",
        lead=15,
        grid=True,
    )
    y -= 12
    p.text(18 * mm, y, f"Do zapłaty: {fmt(tot, 'sp')} PLN", "DV-B", 12)
    p.text(
        18 * mm,
        y - 16,
        f"Sposób płatności: przelew     Termin płatności: {due.isoformat()}",
        "DV",
        9,
    )
    p.text(
        18 * mm,
        y - 28,
        "Nr konta: 61 1090 1362 0000 0001 4471 2208 (Santander Bank Polska)",
        "DV",
        9,
    )
    p.text(40 * mm, 30 * mm, "....................................", "DV", 8, "c")
    p.text(40 * mm, 26 * mm, "podpis osoby upoważnionej do odbioru", "DV", 6.5, "c")
    p.text(W - 50 * mm, 30 * mm, "....................................", "DV", 8, "c")
    p.text(W - 50 * mm, 26 * mm, "podpis osoby upoważnionej do wystawienia", "DV", 6.5, "c")
    pdf = p.finish()
    # note: per-line gross is informative; the totals use net * 23 % on the sum
    t = truth(
        number="FV/2026/03/118",
        date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        currency="PLN",
        locale="pl-PL",
        layout="invoice",
        doctype="invoice",
        items=items_of(ls),
        note="Issue date 2026-03-10 vs sale date 2026-03-09; gross column per line; 'Do zapłaty' total; two NIPs.",
        kind="pdf",
    )
    return "pdf", "pdf", pdf, t


@doc(
    "i16",
    "SE",
    "invoice",
    "office scan 150 dpi grey, downscaled",
    "öresavrundning (rounding line) to whole kronor, OCR number, bankgiro, moms 25 %",
)
def i16(name, rng):
    W, H = A4
    p = Page(name, A4, "DV")
    d, due = dt.date(2026, 2, 27), dt.date(2026, 3, 29)
    vendor = "Mälardalens Maskinuthyrning AB"
    p.text(18 * mm, H - 24 * mm, "MÄLARDALENS", "DV-B", 17)
    p.text(18 * mm, H - 31 * mm, "MASKINUTHYRNING", "DV", 12)
    p.text(W - 18 * mm, H - 24 * mm, "FAKTURA", "DV-B", 18, "r")
    meta = [
        ("Fakturanr", "71042"),
        ("Fakturadatum", d.isoformat()),
        ("Förfallodatum", due.isoformat()),
        ("Kundnr", "2209"),
        ("OCR", "7104222096"),
    ]
    for i, (k, v) in enumerate(meta):
        p.text(120 * mm, H - 36 * mm - i * 5 * mm, k, "DV", 9)
        p.text(W - 18 * mm, H - 36 * mm - i * 5 * mm, v, "DV-B", 9, "r")
    for i, t in enumerate(
        ["Bygg & Mark i Köping AB", "Att: Linnea Ek", "Glasgatan 8", "731 30 Köping"]
    ):
        p.text(18 * mm, H - 48 * mm - i * 5 * mm, t, "DV", 10)
    p.text(
        18 * mm,
        H - 76 * mm,
        "Hyresperiod 2026-02-09 – 2026-02-20, arbetsplats Köping centrum",
        "DV",
        9,
    )
    ls = lines(
        [
            ("Minigrävare 1,8 t (dygn)", 10, "895.00"),
            ("Markvibrator 90 kg (dygn)", 10, "245.00"),
            ("Bygghiss 200 kg (vecka)", 2, "1 480.00".replace(" ", "")),
            ("Transport t/r Västerås–Köping", 1, "1650.00"),
            ("Skadeförsäkring 8 % av hyra", 1, "1148.80"),
        ]
    )
    cols = [
        ("Benämning", 92 * mm, "l"),
        ("Antal", 18 * mm, "r"),
        ("À-pris", 28 * mm, "r"),
        ("Belopp", 36 * mm, "r"),
    ]
    rows = [[dd, qstr(qn), fmt(u, "sp"), fmt(a, "sp")] for dd, qn, u, a, _ in ls]
    y = table(p, 18 * mm, H - 88 * mm, cols, rows, "DV", 9.5, "DV-B", lead=18, rule_every=True)
    net = sum(a for _, _, _, a, _ in ls)
    moms = q2(net * D("0.25"))
    raw = net + moms
    tot = q0(raw)
    rnd = tot - raw
    y -= 8
    for k, v, f in [
        ("Summa exkl. moms", net, "DV"),
        ("Moms 25 %", moms, "DV"),
        ("Öresavrundning", rnd, "DV"),
        ("Att betala SEK", tot, "DV-B"),
    ]:
        p.text(118 * mm, y, k, f, 10)
        p.text(W - 21 * mm, y, fmt(v, "sp"), f, 10, "r")
        y -= 16
    p.line(18 * mm, 32 * mm, W - 18 * mm, 32 * mm, lw=0.4)
    foot = [
        ["Mälardalens Maskinuthyrning AB", "Kopparbergsvägen 41", "722 13 Västerås"],
        ["Org.nr 556812-4470", "Momsreg.nr SE556812447001", "Godkänd för F-skatt"],
        ["Bankgiro 5531-8827", "Tel 021-555 04 90", "info@mmu.se"],
    ]
    for ci, col in enumerate(foot):
        for i, t in enumerate(col):
            p.text(18 * mm + ci * 60 * mm, 27 * mm - i * 4 * mm, t, "DV", 7.5)
    pdf = p.finish()
    img = scan(render(pdf, 150)[0], rng, grey=True, blur=0.5, noise=5, specks=40, downscale=1100)
    t = truth(
        number="71042",
        date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=moms,
        total=tot,
        rounding=rnd,
        currency="SEK",
        locale="sv-SE",
        layout="invoice",
        doctype="invoice",
        items=items_of(ls),
        note=f"Öresavrundning {fmt(rnd, 'sp')} makes total whole kronor (rounding keyed separately); OCR reference and customer number near invoice number; ISO dates; space thousands and decimal comma.",
        kind="scan",
    )
    return "scan", "png", png(img), t


# ============================================================================= receipts
def incl(ls, rates):
    """Tax-inclusive lines: gross per rate, vat = gross * r / (100 + r), net = gross - vat."""
    gross = {r: sum((a for _, _, _, a, rr in ls if rr == r), Decimal(0)) for r in rates}
    vat = {r: q2(gross[r] * D(r) / (100 + D(r))) for r in rates}
    net = {r: gross[r] - vat[r] for r in rates}
    return gross, vat, net


def thermal(pdf, rng, dpi=220, fade=0.35, **kw):
    return scan(render(pdf, dpi)[0], rng, fade=fade, **kw)


@doc(
    "r01",
    "DE",
    "receipt",
    "office scan 200 dpi grey (A4 folio)",
    "hotel folio: 7 % room vs 19 % breakfast/minibar, inclusive prices, paid by card so balance 0,00",
)
def r01(name, rng):
    W, H = A4
    p = Page(name, A4, "DVS")
    d = dt.date(2026, 3, 6)
    vendor = "Hotel Elbufer Dresden GmbH"
    p.text(W / 2, H - 24 * mm, "HOTEL ELBUFER", "DVS-B", 20, "c")
    p.text(
        W / 2, H - 30 * mm, "Terrassenufer 9 · 01067 Dresden · +49 351 555 7000", "DVS", 8.5, "c"
    )
    p.text(18 * mm, H - 46 * mm, "Rechnung / Folio", "DVS-B", 13)
    meta = [
        ("Rechnung Nr.", "F-88471"),
        ("Datum", fdate(d, "de")),
        ("Zimmer", "314"),
        ("Anreise", "03.03.2026"),
        ("Abreise", "06.03.2026"),
        ("Gast", "Hr. Dr. Martin Vogel"),
    ]
    for i, (k, v) in enumerate(meta):
        p.text(118 * mm, H - 46 * mm - i * 4.6 * mm, k, "DVS", 9)
        p.text(W - 18 * mm, H - 46 * mm - i * 4.6 * mm, v, "DVS", 9, "r")
    spec = [
        ("03.03. Übernachtung Superior EZ", 1, "139.00", 7),
        ("04.03. Übernachtung Superior EZ", 1, "139.00", 7),
        ("05.03. Übernachtung Superior EZ", 1, "139.00", 7),
        ("Frühstücksbuffet", 3, "24.00", 19),
        ("Minibar", 1, "11.50", 19),
        ("Restaurant 'Elbterrasse' Beleg 5521", 1, "46.80", 19),
        ("Garage", 3, "18.00", 19),
    ]
    ls = lines(spec)
    rows = [[dd, qstr(qn), fmt(u, "de"), f"{r}%", fmt(a, "de")] for dd, qn, u, a, r in ls]
    cols = [
        ("Leistung", 88 * mm, "l"),
        ("Anz.", 14 * mm, "r"),
        ("Preis", 22 * mm, "r"),
        ("MwSt", 16 * mm, "r"),
        ("Betrag EUR", 34 * mm, "r"),
    ]
    y = table(p, 18 * mm, H - 82 * mm, cols, rows, "DVS", 9, "DVS-B", lead=16, rule_every=True)
    gross, vat, net = incl(ls, [7, 19])
    tot = gross[7] + gross[19]
    y -= 6
    p.text(120 * mm, y, "Gesamtbetrag", "DVS-B", 10)
    p.text(W - 21 * mm, y, fmt(tot, "de"), "DVS-B", 10, "r")
    y -= 15
    p.text(120 * mm, y, "Zahlung Visa ****4471", "DVS", 9)
    p.text(W - 21 * mm, y, "-" + fmt(tot, "de"), "DVS", 9, "r")
    y -= 15
    p.text(120 * mm, y, "Saldo", "DVS", 9)
    p.text(W - 21 * mm, y, "0,00", "DVS", 9, "r")
    y -= 24
    cols2 = [
        ("MwSt-Satz", 26 * mm, "l"),
        ("Netto", 30 * mm, "r"),
        ("MwSt", 28 * mm, "r"),
        ("Brutto", 30 * mm, "r"),
    ]
    y = table(
        p,
        18 * mm,
        y,
        cols2,
        [[f"{r} %", fmt(net[r], "de"), fmt(vat[r], "de"), fmt(gross[r], "de")] for r in (7, 19)]
        + [["Summe", fmt(net[7] + net[19], "de"), fmt(vat[7] + vat[19], "de"), fmt(tot, "de")]],
        "DVS",
        9,
        "DVS-B",
        lead=15,
        grid=True,
    )
    p.text(
        18 * mm,
        y - 12,
        "Vielen Dank für Ihren Aufenthalt. Beherbergungsleistungen unterliegen 7 % MwSt.",
        "DVS",
        8,
    )
    p.text(
        W / 2,
        18 * mm,
        "Hotel Elbufer Dresden GmbH · AG Dresden HRB 40221 · USt-IdNr. DE 311 870 442",
        "DVS",
        7,
        "c",
    )
    pdf = p.finish()
    img = scan(render(pdf, 200)[0], rng, grey=True, blur=0.6, noise=5, specks=50)
    t = truth(
        number="F-88471",
        date=d,
        due=None,
        vendor=vendor,
        amount=net[7] + net[19],
        vat=vat[7] + vat[19],
        total=tot,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        doctype="receipt",
        items=items_of(ls),
        note="Hotel folio on A4 (layout invoice, type receipt); inclusive prices with a VAT split table 7 % / 19 %; payment line negative and Saldo 0,00; arrival/departure dates.",
        kind="scan",
    )
    return "scan", "png", png(img), t


@doc(
    "r02",
    "FR",
    "receipt",
    "phone photo, crumpled, wooden table",
    "fuel: litres x price per litre with 3 decimals, TVA 20 % included, card payment block",
)
def r02(name, rng):
    d = dt.date(2026, 2, 14)
    vendor = "Relais des Alpilles SARL"
    r = Roll(name, 80, "Courier", 8.5)
    r.c("RELAIS DES ALPILLES", bold=True, size=10)
    r.c("Station-service – Route d'Avignon")
    r.c("13210 Saint-Rémy-de-Provence")
    r.c("SIRET 510 277 914 00018")
    r.rule("-")
    r.row("TICKET N° 0047719", "14/02/2026 08:41")
    r.row("Pompe 4", "Caisse 1")
    r.rule("-")
    lit, pu = D("46.83"), D("1.849")
    fuel = q2(lit * pu)
    wash = D("12.00")
    ls = [("Gazole B7", lit, pu, fuel, 20), ("Lavage Programme Eco", D(1), wash, wash, 20)]
    r.row("Gazole B7")
    r.row(f"  {fmt(lit, 'plainc')} L x {fmt(pu, 'plainc', 3)} €/L", fmt(fuel, "plainc") + " €")
    r.row("Lavage Programme Eco", fmt(wash, "plainc") + " €")
    r.rule("=")
    tot = fuel + wash
    tva = q2(tot * 20 / 120)
    ht = tot - tva
    r.row("TOTAL TTC", fmt(tot, "plainc") + " €", bold=True, size=10)
    r.row("dont TVA 20,00%", fmt(tva, "plainc") + " €")
    r.row("Total HT", fmt(ht, "plainc") + " €")
    r.rule("-")
    r.row("CB SANS CONTACT", fmt(tot, "plainc") + " €")
    r.row("CARTE ************2291")
    r.row("A0000000421010 CB", "AUTO 318842")
    r.rule("-")
    r.c("Merci de votre visite")
    r.c("À bientôt !")
    pdf = r.render()
    img = thermal(pdf, rng, dpi=230, fade=0.2, grey=False, skew=0, specks=10)
    data = photo(img, rng, bg="wood", tilt=0.04, crumple=1.0, light=0.4, long_side=2100, quality=72)
    t = truth(
        number="0047719",
        date=d,
        due=None,
        vendor=vendor,
        amount=ht,
        vat=tva,
        total=tot,
        currency="EUR",
        locale="fr-FR",
        layout="receipt",
        doctype="receipt",
        items=[(a, f"{b}", c, dd) for a, b, c, dd, _ in ls],
        note="Fuel quantity 46,83 L x 1,849 €/L; TVA included ('dont TVA'); auth code and AID numbers; crumpled photo.",
        kind="photo",
    )
    return "photo", "jpg", data, t


def roll_items(r, ls, style, cur="", qty_line=True, rate_tag=None):
    for dd, qn, u, a, rt in ls:
        tag = (" " + rate_tag[rt]) if rate_tag else ""
        if qn != 1 and qty_line:
            r.row(dd)
            r.row(f"  {qstr(qn)} x {fmt(u, style)}", fmt(a, style) + cur + tag)
        else:
            r.row(dd, fmt(a, style) + cur + tag)


@doc(
    "r03",
    "IT",
    "receipt",
    "scan of faded thermal paper, 300 dpi grey",
    "documento commerciale: IVA 10 % and 22 % inclusive, 'di cui IVA', pharmacy discount line, fading",
)
def r03(name, rng):
    d = dt.date(2026, 1, 22)
    vendor = "Farmacia San Lorenzo dott.ssa Elena Conti"
    r = Roll(name, 80, "DVM", 7.6)
    r.c("FARMACIA SAN LORENZO", bold=True, size=9.5)
    r.c("dott.ssa Elena Conti")
    r.c("Borgo San Lorenzo 27 - 50123 Firenze")
    r.c("P.IVA 05518830483")
    r.gap(3)
    r.c("DOCUMENTO COMMERCIALE", bold=True)
    r.c("di vendita o prestazione")
    r.rule("-")
    r.row("DESCRIZIONE", "IVA  PREZZO(€)")
    ls = lines(
        [
            ("TACHIPIRINA 500MG 20CPR", 1, "4.90", 10),
            ("MOMENT 200MG 24CPR", 1, "9.80", 10),
            ("CEROTTI ASSORTITI 20PZ", 2, "3.45", 22),
            ("CREMA SOLARE SPF50 200ML", 1, "18.90", 22),
            ("SCONTO PROMO SOLARI -20%", 1, "-3.78", 22),
        ]
    )
    for dd, qn, u, a, rt in ls:
        if qn != 1:
            r.row(f"{qstr(qn)} x {fmt(u, 'plainc')}")
        r.row(dd, f"{rt}%  {fmt(a, 'plainc')}")
    r.rule("-")
    gross, vat, net = incl(ls, [10, 22])
    tot = gross[10] + gross[22]
    r.row("TOTALE COMPLESSIVO", fmt(tot, "plainc"), bold=True, size=9)
    r.row("di cui IVA", fmt(vat[10] + vat[22], "plainc"))
    r.row("Pagamento elettronico", fmt(tot, "plainc"))
    r.row("Importo pagato", fmt(tot, "plainc"))
    r.rule("-")
    r.row("ALIQ.", "IMPOSTA", mid="IMPONIBILE")
    for rt in (10, 22):
        r.row(f"{rt}%", fmt(vat[rt], "plainc"), mid=fmt(net[rt], "plainc"))
    r.rule("-")
    r.row(f"{fdate(d, 'dmy-')} 17:32", "DOCUMENTO N. 0318-0042")
    r.row("RT 99MEX012345", "C.F. CNTLNE71B52D612H")
    r.c("CODICE FISCALE CLIENTE su richiesta")
    pdf = r.render()
    img = thermal(pdf, rng, dpi=300, fade=0.55, grey=True, blur=0.7, noise=4, specks=30)
    t = truth(
        number="0318-0042",
        date=d,
        due=None,
        vendor=vendor,
        amount=net[10] + net[22],
        vat=vat[10] + vat[22],
        total=tot,
        currency="EUR",
        locale="it-IT",
        layout="receipt",
        doctype="receipt",
        items=items_of(ls),
        note="Faded thermal paper; two IVA rates inclusive; negative promo line; document number printed as 'DOCUMENTO N. 0318-0042' at the bottom; fiscal codes that look like ids.",
        kind="scan",
    )
    return "scan", "png", png(img), t


@doc(
    "r04",
    "US",
    "receipt",
    "phone photo in low light",
    "NYC-style taxi receipt: fare + surcharges + tax, tip line added on the back seat screen",
)
def r04(name, rng):
    d = dt.date(2026, 1, 9)
    vendor = "Empire Yellow Cab Corp."
    r = Roll(name, 58, "Courier", 7.4, margin_mm=2.5)
    r.c("EMPIRE YELLOW CAB CORP.", bold=True)
    r.c("Medallion 7K41")
    r.c("Hack Lic. 5518804")
    r.c("NYC TLC Complaints: 311")
    r.rule("-")
    r.row("Date:", fdate(d, "mdy/"))
    r.row("Start:", "11:47 PM")
    r.row("End:", "12:09 AM")
    r.row("Trip #:", "000418")
    r.row("Distance:", "6.20 mi")
    r.rule("-")
    fare, sur, mta, imp, cong, tax_ = (
        D("26.80"),
        D("1.00"),
        D("0.50"),
        D("1.00"),
        D("2.50"),
        D("0.75"),
    )
    tip = D("6.51")
    r.row("Fare:", "$" + fmt(fare))
    r.row("Night Surch:", "$" + fmt(sur))
    r.row("Improvement:", "$" + fmt(imp))
    r.row("Congestion:", "$" + fmt(cong))
    r.row("CBD Toll:", "$" + fmt(tax_))
    r.row("MTA Tax:", "$" + fmt(mta))
    r.row("Tip:", "$" + fmt(tip))
    tot = fare + sur + mta + imp + cong + tax_ + tip
    r.rule("=")
    r.row("TOTAL:", "$" + fmt(tot), bold=True, size=8.5)
    r.row("Paid:", "VISA ...8830")
    r.rule("-")
    r.c("THANK YOU")
    pdf = r.render()
    img = thermal(pdf, rng, dpi=260, fade=0.15, grey=False, skew=0, specks=5)
    data = photo(
        img,
        rng,
        bg="dark",
        tilt=0.05,
        rot=-9,
        crumple=0.6,
        light=0.5,
        dark=0.62,
        long_side=1800,
        quality=64,
    )
    amount = fare + sur + imp + cong + tax_
    items = [
        ("Fare", "1", fare, fare),
        ("Night Surch", "1", sur, sur),
        ("Improvement", "1", imp, imp),
        ("Congestion", "1", cong, cong),
        ("CBD Toll", "1", tax_, tax_),
        ("MTA Tax", "1", mta, mta),
    ]
    t = truth(
        number="000418",
        date=d,
        due=None,
        vendor=vendor,
        amount=amount,
        vat=mta,
        total=tot,
        tip=tip,
        currency="USD",
        locale="en-US",
        layout="receipt",
        doctype="receipt",
        items=items,
        note="Trip started on 2026-01-09 before midnight (keyed invoice date = printed date); only the MTA tax counts as tax, surcharges and toll are net; tip keyed separately; low-light photo of a 58 mm slip.",
        kind="photo",
    )
    return "photo", "jpg", data, t


@doc(
    "r05",
    "GB",
    "receipt",
    "born-digital e-receipt PDF",
    "ride-hailing e-receipt: VAT 20 % included, booking fee, promo credit, tip after the trip",
)
def r05(name, rng):
    W, H = 105 * mm, 200 * mm
    p = Page(name, (W, H), "DV")
    d = dt.date(2026, 3, 1)
    vendor = "Ryde Operations UK Ltd"
    p.rect(0, H - 22 * mm, W, 22 * mm, fill=(0.05, 0.05, 0.05), stroke=None)
    p.text(8 * mm, H - 14 * mm, "ryde", "DV-B", 22, color=(1, 1, 1))
    p.text(W - 8 * mm, H - 13 * mm, "1 March 2026", "DV", 8, "r", (1, 1, 1))
    p.text(8 * mm, H - 33 * mm, "Thanks for riding, Priya", "DV-B", 11)
    p.text(8 * mm, H - 39 * mm, "Trip receipt RYD-GB-7Q4K2M", "DV", 8)
    fare, book, promo = D("21.40"), D("2.50"), D("-3.00")
    tip = D("2.00")
    sub = fare + book + promo
    vat = q2(sub * 20 / 120)
    tot = sub + tip
    rows = [("Trip fare", fare), ("Booking fee", book), ("Promotion FIRSTSPRING", promo)]
    y = H - 52 * mm
    for k, v in rows:
        p.text(8 * mm, y, k, "DV", 9)
        p.text(W - 8 * mm, y, ("-£" + fmt(-v)) if v < 0 else "£" + fmt(v), "DV", 9, "r")
        y -= 6 * mm
    p.line(8 * mm, y + 3 * mm, W - 8 * mm, y + 3 * mm, lw=0.4)
    p.text(8 * mm, y - 1 * mm, "Subtotal", "DV", 9)
    p.text(W - 8 * mm, y - 1 * mm, "£" + fmt(sub), "DV", 9, "r")
    y -= 7 * mm
    p.text(8 * mm, y, "Tip for Marek", "DV", 9)
    p.text(W - 8 * mm, y, "£" + fmt(tip), "DV", 9, "r")
    y -= 9 * mm
    p.text(8 * mm, y, "Total", "DV-B", 13)
    p.text(W - 8 * mm, y, "£" + fmt(tot), "DV-B", 13, "r")
    y -= 7 * mm
    p.text(8 * mm, y, f"Includes VAT (20%) of £{fmt(vat)} on fare, fee and promotion", "DV", 7)
    y -= 10 * mm
    for k, v in [
        ("Paid with", "Mastercard ••••3012"),
        ("Pickup", "10:18  King's Cross St Pancras"),
        ("Drop-off", "10:42  Canary Wharf, E14"),
        ("Distance", "5.9 miles, 24 min"),
    ]:
        p.text(8 * mm, y, k, "DV-B", 7.5)
        p.text(30 * mm, y, v, "DV", 7.5)
        y -= 5 * mm
    p.text(8 * mm, 16 * mm, "Ryde Operations UK Ltd, 1 Finsbury Avenue, London EC2M 2PF.", "DV", 6)
    p.text(8 * mm, 12 * mm, "VAT No. GB 402 7719 38. Company No. 12991837.", "DV", 6)
    pdf = p.finish()
    items = [
        ("Trip fare", "1", fare, fare),
        ("Booking fee", "1", book, book),
        ("Promotion FIRSTSPRING", "1", promo, promo),
    ]
    t = truth(
        number="RYD-GB-7Q4K2M",
        date=d,
        due=None,
        vendor=vendor,
        amount=sub - vat,
        vat=vat,
        total=tot,
        tip=tip,
        currency="GBP",
        locale="en-GB",
        layout="receipt",
        doctype="receipt",
        items=items,
        note="VAT only stated as 'Includes VAT'; net is not printed (amount = subtotal − VAT, the exception to 'net as printed'); tip is outside VAT; promo credit negative.",
        kind="pdf",
    )
    return "pdf", "pdf", pdf, t


@doc(
    "r06",
    "NL",
    "receipt",
    "scan 150 dpi grey, downscaled to ~650 px",
    "parking garage: entry/exit times, duration tariff, BTW 21 % included",
)
def r06(name, rng):
    d = dt.date(2026, 2, 21)
    vendor = "Parkeergarage Vrijthof B.V."
    r = Roll(name, 58, "DVC", 7.5, margin_mm=3)
    r.c("P", bold=True, size=20, lead=1.1)
    r.c("Parkeergarage Vrijthof B.V.", bold=True)
    r.c("Vrijthof 40, 6211 LE Maastricht")
    r.c("BTW NL859114022B01")
    r.rule("-")
    r.row("Kwitantie", "nr 20260221-3381")
    r.row("Kenteken", "R-418-KX")
    r.row("Inrit", "21-02-2026 13:07")
    r.row("Uitrit", "21-02-2026 17:52")
    r.row("Parkeerduur", "4 u 45 min")
    r.rule("-")
    tot = D("17.40")
    vat = q2(tot * 21 / 121)
    r.row("Tarief 0,58 / 10 min", fmt(tot, "de"))
    r.row("Totaal EUR", fmt(tot, "de"), bold=True, size=9)
    r.row("Excl. BTW", fmt(tot - vat, "de"))
    r.row("BTW 21%", fmt(vat, "de"))
    r.row("Betaald PIN", fmt(tot, "de"))
    r.rule("-")
    r.c("Bedankt en goede reis!")
    pdf = r.render()
    img = thermal(
        pdf, rng, dpi=150, fade=0.25, grey=True, blur=0.5, noise=4, specks=15, downscale=650
    )
    t = truth(
        number="20260221-3381",
        date=d,
        due=None,
        vendor=vendor,
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="nl-NL",
        layout="receipt",
        doctype="receipt",
        items=[("Parkeren 4 u 45 min", "1", tot, tot)],
        note="Receipt number embeds the date; entry/exit timestamps; small 58 mm slip downscaled to 650 px.",
        kind="scan",
    )
    return "scan", "png", png(img), t


@doc(
    "r07",
    "SG",
    "receipt",
    "phone photo, restaurant table, crumpled",
    "10 % service charge then 9 % GST on top; several totals (subtotal, svc, GST, total, rounding)",
)
def r07(name, rng):
    d = dt.date(2026, 3, 7)
    vendor = "Red Lantern Zi Char Pte Ltd"
    r = Roll(name, 80, "DVM", 7.8)
    r.c("RED LANTERN ZI CHAR", bold=True, size=10)
    r.c("Red Lantern Zi Char Pte Ltd")
    r.c("21 Tanjong Pagar Road #01-02")
    r.c("Singapore 088444")
    r.c("GST Reg No: 201822017M")
    r.rule("-")
    r.row("Bill No: B0-55213", "Table 12")
    r.row(f"{fdate(d, 'dmy/')} 20:14", "Pax: 4")
    r.rule("-")
    ls = lines(
        [
            ("Salted Egg Prawns (M)", 1, "28.00"),
            ("Chilli Crab Bee Hoon", 1, "42.00"),
            ("Sambal Kangkong", 1, "12.00"),
            ("Cereal Chicken", 1, "18.00"),
            ("Fried Rice w/ Egg", 2, "8.50"),
            ("Tiger Beer Tower", 1, "58.00"),
            ("Lime Juice", 2, "3.80"),
        ]
    )
    roll_items(r, ls, "en")
    sub = sum(a for _, _, _, a, _ in ls)
    svc = q2(sub * D("0.10"))
    gst = q2((sub + svc) * D("0.09"))
    raw = sub + svc + gst
    tot = (raw * 20).quantize(Decimal("1"), ROUND_HALF_UP) / 20
    tot = q2(tot)
    rnd = tot - raw
    r.rule("-")
    r.row("Subtotal", fmt(sub))
    r.row("Service Charge 10%", fmt(svc))
    r.row("GST 9%", fmt(gst))
    r.row("Rounding", fmt(rnd))
    r.rule("=")
    r.row("TOTAL", "S$" + fmt(tot), bold=True, size=10)
    r.row("NETS", fmt(tot))
    r.rule("-")
    r.c("Thank you! Please come again")
    pdf = r.render()
    img = thermal(pdf, rng, dpi=220, fade=0.15, grey=False, skew=0, specks=5)
    data = photo(
        img, rng, bg="wood", tilt=0.06, rot=4, crumple=0.8, light=0.45, long_side=2200, quality=70
    )
    t = truth(
        number="B0-55213",
        date=d,
        due=None,
        vendor=vendor,
        amount=sub + svc,
        vat=gst,
        total=tot,
        rounding=rnd,
        currency="SGD",
        locale="en-SG",
        layout="receipt",
        doctype="receipt",
        items=items_of(ls),
        note=f"Mandatory 10 % service charge is part of the net (GST is charged on it): amount = subtotal + service = {fmt(sub + svc)}; cash-style rounding {fmt(rnd)} keyed separately.",
        kind="photo",
    )
    return "photo", "jpg", data, t


@doc(
    "r08",
    "CA",
    "receipt",
    "phone photo, desk",
    "restaurant bill with HST 13 % and a card slip where the tip is added below the total",
)
def r08(name, rng):
    d = dt.date(2026, 2, 13)
    vendor = "The Gilded Pickerel"
    r = Roll(name, 76, "Helvetica", 8.2)
    r.c("The Gilded Pickerel", bold=True, size=12)
    r.c("Bistro & Raw Bar")
    r.c("388 King St W, Toronto ON M5V 1K2")
    r.c("HST # 80417 2219 RT0001")
    r.rule("-")
    r.row("Chk 4471", "Tbl 22 / Gst 2")
    r.row("Server: Dana", fdate(d, "mdy/") + " 9:38 PM")
    r.rule("-")
    ls = lines(
        [
            ("Oysters (half dozen)", 1, "24.00"),
            ("Pickerel, brown butter", 1, "34.00"),
            ("Duck confit", 1, "36.00"),
            ("Frites", 1, "9.00"),
            ("Glass Riesling VQA", 2, "15.00"),
        ]
    )
    roll_items(r, ls, "en")
    sub = sum(a for _, _, _, a, _ in ls)
    hst = q2(sub * D("0.13"))
    bill = sub + hst
    tip = q2(bill * D("0.18"))
    tot = bill + tip
    r.rule("-")
    r.row("Subtotal", fmt(sub))
    r.row("HST 13%", fmt(hst))
    r.row("Amount", fmt(bill), bold=True)
    r.rule("-")
    r.c("-- CUSTOMER COPY --", bold=True)
    r.row("VISA", "************6620")
    r.row("Amount", "$" + fmt(bill))
    r.row("Tip (18%)", "$" + fmt(tip))
    r.row("TOTAL", "$" + fmt(tot), bold=True, size=9.5)
    r.row("APPROVED", "Auth 071442")
    r.c("Thank you – à la prochaine!")
    pdf = r.render()
    img = thermal(pdf, rng, dpi=220, fade=0.1, grey=False, skew=0, specks=5)
    data = photo(
        img, rng, bg="desk", tilt=0.05, rot=-3, crumple=0.3, light=0.35, long_side=2000, quality=76
    )
    t = truth(
        number="4471",
        date=d,
        due=None,
        vendor=vendor,
        amount=sub,
        vat=hst,
        total=tot,
        tip=tip,
        currency="CAD",
        locale="en-CA",
        layout="receipt",
        doctype="receipt",
        items=items_of(ls),
        note=f"Two 'Amount' figures ({fmt(bill)} before tip) and the card TOTAL {fmt(tot)} with tip; number is the check number 'Chk 4471'; US-style date on a Canadian slip.",
        kind="photo",
    )
    return "photo", "jpg", data, t


@doc(
    "r09",
    "ES",
    "receipt",
    "phone photo, crumpled, low light",
    "supermarket: weighed items, IVA 4/10/21 %, loyalty card discount, tax table",
)
def r09(name, rng):
    d = dt.date(2026, 3, 14)
    vendor = "Supermercados Ribera del Turia, S.A."
    r = Roll(name, 80, "Courier", 7.6)
    r.c("RIBERA", bold=True, size=14)
    r.c("Supermercados Ribera del Turia, S.A.")
    r.c("C/ Sueca 61 - 46006 Valencia")
    r.c("NIF A46277190  Tel. 963 555 402")
    r.rule("-")
    r.row("FACTURA SIMPLIFICADA", "")
    r.row("Nº 2113-014-558207", fdate(d, "dmy/") + " 19:06")
    r.rule("-")
    ls = lines(
        [
            ("LECHE ENTERA 1L", 6, "0.95", 4),
            ("PAN BARRA", 2, "0.65", 4),
            ("TOMATE PERA KG", "1.236", "2.19", 4),
            ("ACEITE OLIVA 1L", 1, "7.95", 4),
            ("YOGUR NATURAL x4", 2, "1.35", 10),
            ("PECHUGA POLLO KG", "0.874", "7.49", 10),
            ("AGUA MINERAL 6x1,5L", 1, "2.34", 10),
            ("DETERGENTE 40 LAV.", 1, "9.90", 21),
            ("CERVEZA LATA x6", 1, "4.20", 21),
            ("DTO. TARJETA CLIENTE", 1, "-1.50", 21),
        ]
    )
    tags = {4: "A", 10: "B", 21: "C"}
    for dd, qn, u, a, rt in ls:
        if qn != qn.to_integral():
            r.row(dd)
            r.row(
                f"  {fmt(qn, 'plainc', 3)} kg x {fmt(u, 'plainc')} €/kg",
                fmt(a, "plainc") + " " + tags[rt],
            )
        elif qn != 1:
            r.row(f"{qstr(qn)} {dd}", fmt(a, "plainc") + " " + tags[rt])
            r.row(f"  {fmt(u, 'plainc')} c/u")
        else:
            r.row(dd, fmt(a, "plainc") + " " + tags[rt])
    gross, vat, net = incl(ls, [4, 10, 21])
    tot = sum(gross.values())
    r.rule("=")
    r.row("TOTAL (€)", fmt(tot, "plainc"), bold=True, size=10)
    r.row("TARJETA", fmt(tot, "plainc"))
    r.rule("-")
    r.row("IVA  BASE", "CUOTA", mid="")
    for rt in (4, 10, 21):
        r.row(f"{tags[rt]} {rt}%  {fmt(net[rt], 'plainc')}", fmt(vat[rt], "plainc"))
    r.rule("-")
    r.row("Ahorro con tu tarjeta Ribera", "1,50")
    r.row("Puntos acumulados", "412")
    r.c("Gracias por su visita")
    pdf = r.render()
    img = thermal(pdf, rng, dpi=220, fade=0.2, grey=False, skew=0, specks=10)
    data = photo(
        img,
        rng,
        bg="fabric",
        tilt=0.04,
        rot=6,
        crumple=1.1,
        light=0.45,
        dark=0.7,
        long_side=2300,
        quality=66,
    )
    t = truth(
        number="2113-014-558207",
        date=d,
        due=None,
        vendor=vendor,
        amount=sum(net.values()),
        vat=sum(vat.values()),
        total=tot,
        currency="EUR",
        locale="es-ES",
        layout="receipt",
        doctype="receipt",
        items=items_of(ls),
        note="Three IVA rates inclusive with tax table (A/B/C); weighed items with 3-decimal kg; loyalty discount as a negative line in the 21 % group; crumpled low-light photo.",
        kind="photo",
    )
    return "photo", "jpg", data, t


@doc(
    "r10",
    "US",
    "receipt",
    "colour scan 200 dpi (JPEG)",
    "hardware store: sales tax 8.25 % on top, SKU codes, a coupon, cash paid with change",
)
def r10(name, rng):
    d = dt.date(2026, 3, 21)
    vendor = "Lone Star Hardware & Supply"
    r = Roll(name, 80, "DVM", 7.5)
    r.c("LONE STAR", bold=True, size=13)
    r.c("HARDWARE & SUPPLY", bold=True)
    r.c("4410 S Congress Ave, Austin TX 78745")
    r.c("(512) 555-0176")
    r.rule("-")
    r.row(f"{fdate(d, 'mdy/')} 10:22 AM", "REG 03")
    r.row("TRANS# 118320", "CASHIER: JO")
    r.rule("-")
    ls = lines(
        [
            ("048813 DECK SCREW #9 3IN 5LB", 1, "34.97"),
            ("071165 WOOD STAIN CEDAR QT", 2, "16.48"),
            ("020934 BRUSH 2IN ANGLED", 1, "8.99"),
            ("055102 SANDPAPER 120G 5PK", 3, "4.79"),
            ("COUPON $5 OFF $50", 1, "-5.00"),
        ]
    )
    roll_items(r, ls, "en")
    sub = sum(a for _, _, _, a, _ in ls)
    tax = q2(sub * D("0.0825"))
    tot = sub + tax
    cash = D("120.00")
    r.rule("-")
    r.row("SUBTOTAL", fmt(sub))
    r.row("SALES TAX 8.25%", fmt(tax))
    r.row("TOTAL", fmt(tot), bold=True, size=9.5)
    r.row("CASH", fmt(cash))
    r.row("CHANGE", fmt(cash - tot))
    r.rule("-")
    r.c("ITEMS SOLD: 7")
    r.c("RETURNS WITHIN 30 DAYS WITH RECEIPT")
    r.draw(30, lambda p, x, y, w, h: p.barcode(x + w * 0.15, y + 4, w * 0.7, h - 8, rng))
    pdf = r.render()
    img = thermal(
        pdf,
        rng,
        dpi=200,
        fade=0.3,
        grey=False,
        blur=0.6,
        noise=4,
        specks=20,
        tint=(1.0, 0.98, 0.93),
    )
    t = truth(
        number="118320",
        date=d,
        due=None,
        vendor=vendor,
        amount=sub,
        vat=tax,
        total=tot,
        currency="USD",
        locale="en-US",
        layout="receipt",
        doctype="receipt",
        items=items_of(ls),
        note="Cash tendered and change are larger/other numbers than the total; coupon negative line; SKU codes at line start; REG number.",
        kind="scan",
    )
    return "scan", "jpg", jpg(img, 80), t


@doc(
    "r11",
    "CH",
    "receipt",
    "born-digital e-receipt PDF (A4)",
    "train ticket receipt: MWST 8.1 % included, travel date differs from purchase date, CHF with apostrophe",
)
def r11(name, rng):
    W, H = A4
    p = Page(name, A4, "DV")
    d = dt.date(2026, 2, 2)
    vendor = "Schweizerische Bundesbahnen SBB"
    p.rect(18 * mm, H - 30 * mm, 12 * mm, 12 * mm, fill=(0.92, 0.0, 0.0), stroke=None)
    p.text(24 * mm, H - 26.5 * mm, "⇄", "DV-B", 14, "c", (1, 1, 1))
    p.text(34 * mm, H - 26 * mm, "SBB CFF FFS", "DV-B", 16)
    p.text(18 * mm, H - 45 * mm, "Quittung / Kaufbeleg", "DV-B", 14)
    meta = [
        ("Beleg-Nr.", "QB-2602-771934"),
        ("Kaufdatum", fdate(d, "de") + " 18:44"),
        ("Verkaufskanal", "Online / Mobile"),
        ("Zahlungsart", "TWINT"),
    ]
    for i, (k, v) in enumerate(meta):
        p.text(18 * mm, H - 55 * mm - i * 5 * mm, k, "DV", 9)
        p.text(60 * mm, H - 55 * mm - i * 5 * mm, v, "DV", 9)
    ls = lines(
        [
            ("Sparbillett Zürich HB – Genève, 2. Kl., Halbtax, gültig 07.02.2026", 1, "24.80"),
            ("Sparbillett Genève – Zürich HB, 2. Kl., Halbtax, gültig 09.02.2026", 1, "29.60"),
            ("Velo-Tageskarte", 2, "14.00"),
        ]
    )
    cols = [("Leistung", 128 * mm, "l"), ("Anz.", 14 * mm, "r"), ("CHF", 30 * mm, "r")]
    rows = [[dd, qstr(qn), fmt(a, "ch")] for dd, qn, u, a, _ in ls]
    y = table(p, 18 * mm, H - 84 * mm, cols, rows, "DV", 8.5, "DV-B", lead=17, rule_every=True)
    tot = sum(a for _, _, _, a, _ in ls)
    vat = q2(tot * D("8.1") / D("108.1"))
    y -= 6
    p.text(120 * mm, y, "Total CHF", "DV-B", 11)
    p.text(W - 21 * mm, y, fmt(tot, "ch"), "DV-B", 11, "r")
    y -= 15
    p.text(120 * mm, y, "inkl. 8.1 % MWST", "DV", 9)
    p.text(W - 21 * mm, y, fmt(vat, "ch"), "DV", 9, "r")
    y -= 13
    p.text(120 * mm, y, "Betrag exkl. MWST", "DV", 9)
    p.text(W - 21 * mm, y, fmt(tot - vat, "ch"), "DV", 9, "r")
    p.text(
        18 * mm,
        30 * mm,
        "Schweizerische Bundesbahnen SBB, Hilfikerstrasse 1, 3000 Bern 65 · MWST-Nr. CHE-102.909.703 MWST",
        "DV",
        7,
    )
    p.text(
        18 * mm,
        26 * mm,
        "Dieser Beleg ist kein Fahrausweis. Das Billett befindet sich in der App.",
        "DV",
        7,
    )
    pdf = p.finish()
    t = truth(
        number="QB-2602-771934",
        date=d,
        due=None,
        vendor=vendor,
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="CHF",
        locale="de-CH",
        layout="invoice",
        doctype="receipt",
        items=items_of(ls),
        note="Purchase date 02.02.2026 vs travel validity dates 07/09.02.; VAT included; A4 e-receipt (layout invoice).",
        kind="pdf",
    )
    return "pdf", "pdf", pdf, t


@doc(
    "r12",
    "MX",
    "receipt",
    "born-digital e-folio PDF (Letter)",
    "hotel folio with IVA 16 % plus 4 % lodging tax (ISH) on rooms only; taxes summed",
)
def r12(name, rng):
    W, H = letter
    p = Page(name, letter, "Helvetica")
    d = dt.date(2026, 1, 31)
    vendor = "Hotel Casa Azul Oaxaca, S.A. de C.V."
    p.text(W / 2, H - 22 * mm, "HOTEL CASA AZUL", "Times-Bold", 20, "c", (0.1, 0.3, 0.6))
    p.text(
        W / 2,
        H - 28 * mm,
        "Hotel Casa Azul Oaxaca, S.A. de C.V. · RFC HCA150903TZ8",
        "Helvetica",
        8,
        "c",
    )
    p.text(
        W / 2,
        H - 32 * mm,
        "Calle Macedonio Alcalá 402, Centro, 68000 Oaxaca, Oax.",
        "Helvetica",
        8,
        "c",
    )
    p.text(18 * mm, H - 46 * mm, "ESTADO DE CUENTA / FOLIO", "Helvetica-Bold", 12)
    meta = [
        ("Folio:", "45112"),
        ("Huésped:", "Ms. Hannah Becker"),
        ("Habitación:", "207 Superior"),
        ("Llegada:", "28/01/2026"),
        ("Salida:", fdate(d, "dmy/")),
    ]
    for i, (k, v) in enumerate(meta):
        p.text(18 * mm, H - 54 * mm - i * 4.8 * mm, k, "Helvetica-Bold", 9)
        p.text(45 * mm, H - 54 * mm - i * 4.8 * mm, v, "Helvetica", 9)
    ls = lines(
        [
            ("Hospedaje 28/01", 1, "2450.00", "room"),
            ("Hospedaje 29/01", 1, "2450.00", "room"),
            ("Hospedaje 30/01", 1, "2450.00", "room"),
            ("Restaurante Mezcalería", 1, "1180.00", "fb"),
            ("Lavandería", 1, "320.00", "fb"),
        ]
    )
    cols = [("Concepto", 110 * mm, "l"), ("Importe MXN", 40 * mm, "r")]
    y = table(
        p,
        18 * mm,
        H - 86 * mm,
        cols,
        [[dd, fmt(a)] for dd, qn, u, a, _ in ls],
        "Helvetica",
        9,
        "Helvetica-Bold",
        lead=15,
        rule_every=True,
    )
    sub = sum(a for _, _, _, a, _ in ls)
    rooms = sum(a for _, _, _, a, t in ls if t == "room")
    iva = q2(sub * D("0.16"))
    ish = q2(rooms * D("0.04"))
    tot = sub + iva + ish
    y -= 6
    for k, v, f in [
        ("Subtotal", sub, "Helvetica"),
        ("IVA 16%", iva, "Helvetica"),
        ("ISH 4% (hospedaje)", ish, "Helvetica"),
        ("Total", tot, "Helvetica-Bold"),
        ("Pago AMEX ****1007", -tot, "Helvetica"),
        ("Saldo", Decimal("0.00"), "Helvetica"),
    ]:
        p.text(100 * mm, y, k, f, 9.5)
        p.text(W - 48 * mm, y, ("-$" + fmt(-v)) if v < 0 else "$" + fmt(v), f, 9.5, "r")
        y -= 14
    p.text(
        18 * mm,
        30 * mm,
        "Si requiere factura (CFDI) solicítela dentro del mes de su estancia en facturacion@casaazul.mx",
        "Helvetica",
        7.5,
    )
    pdf = p.finish()
    t = truth(
        number="45112",
        date=d,
        due=None,
        vendor=vendor,
        amount=sub,
        vat=iva + ish,
        total=tot,
        currency="MXN",
        locale="es-MX",
        layout="invoice",
        doctype="receipt",
        items=items_of(ls),
        note="Two taxes (IVA 16 % on all, ISH 4 % on rooms only) summed as vat; folio dated at check-out; payment line negative and Saldo 0.00.",
        kind="pdf",
    )
    return "pdf", "pdf", pdf, t


@doc(
    "r13",
    "AU",
    "receipt",
    "phone photo at night (low light), crumpled",
    "fuel: GST 1/11 included ('GST incl.'), pump/litres/cents-per-litre, rewards card line",
)
def r13(name, rng):
    d = dt.date(2026, 1, 26)
    vendor = "Coastline Fuel Ballina"
    r = Roll(name, 76, "Courier", 7.8)
    r.c("COASTLINE FUEL", bold=True, size=11)
    r.c("Coastline Fuel Ballina")
    r.c("62 River St, Ballina NSW 2478")
    r.c("ABN 77 415 008 223")
    r.c("TAX INVOICE", bold=True)
    r.rule("-")
    r.row(f"{fdate(d, 'dmy/')} 21:16", "Till 2")
    r.row("Receipt 031187", "Op 14")
    r.rule("-")
    lit, cpl = D("52.37"), D("2.049")
    fuel = q2(lit * cpl)
    ls = [
        ("Pump 6 Premium Diesel", lit, cpl, fuel),
        ("Ice 5kg", D(1), D("5.50"), D("5.50")),
        ("Mars Bar 53g", D(2), D("2.80"), D("5.60")),
    ]
    r.row("Pump 6 Premium Diesel")
    r.row(f"  {lit} L @ {fmt(cpl * 100, 'plain', 1)} c/L", "$" + fmt(fuel))
    r.row("Ice 5kg", "$5.50")
    r.row("2 x Mars Bar 53g @ 2.80", "$5.60")
    tot = sum(x[3] for x in ls)
    gst = q2(tot / 11)
    r.rule("=")
    r.row("TOTAL", "$" + fmt(tot), bold=True, size=10)
    r.row("GST incl.", "$" + fmt(gst))
    r.row("EFTPOS", "$" + fmt(tot))
    r.rule("-")
    r.row("Rewards card", "****5531")
    r.row("Points earned", "105")
    r.c("Drive safe!")
    pdf = r.render()
    img = thermal(pdf, rng, dpi=220, fade=0.25, grey=False, skew=0, specks=5)
    data = photo(
        img,
        rng,
        bg="dark",
        tilt=0.04,
        rot=-5,
        crumple=0.9,
        light=0.55,
        dark=0.58,
        long_side=1900,
        quality=62,
    )
    t = truth(
        number="031187",
        date=d,
        due=None,
        vendor=vendor,
        amount=tot - gst,
        vat=gst,
        total=tot,
        currency="AUD",
        locale="en-AU",
        layout="receipt",
        doctype="receipt",
        items=[(a, f"{b}", c, e) for a, b, c, e in ls],
        note="Price per litre printed in cents (204.9 c/L); GST only as 'GST incl.' (net not printed: amount = total − GST); night photo, low light.",
        kind="photo",
    )
    return "photo", "jpg", data, t


@doc(
    "r14",
    "PL",
    "receipt",
    "faded thermal scan delivered as image-only PDF",
    "paragon fiskalny: PTU A 23 % / B 8 %, 'SUMA PLN', receipt number near the fiscal printer id",
)
def r14(name, rng):
    d = dt.date(2026, 2, 5)
    vendor = "Apteka Pod Orłem s.c."
    r = Roll(name, 58, "DVM", 6.6, margin_mm=2.5)
    r.c("Apteka Pod Orłem s.c.", bold=True, size=8)
    r.c("ul. Floriańska 12, 31-021 Kraków")
    r.c("NIP 676-23-88-105")
    r.row(fdate(d, "iso"), "nr wydr.044817")
    r.c("PARAGON FISKALNY", bold=True, size=8)
    r.rule("-")
    ls = lines(
        [
            ("Ibuprom 200mg 24tabl", 1, "15.99", 8),
            ("Witamina D3 2000 60k", 1, "29.49", 8),
            ("Plastry Hansaplast", 1, "12.79", 23),
            ("Krem do rąk 50ml", 2, "9.99", 23),
        ]
    )
    tag = {8: "B", 23: "A"}
    for dd, qn, u, a, rt in ls:
        r.row(dd)
        r.row(f" {qstr(qn)} x{fmt(u, 'plainc')}", fmt(a, "plainc") + tag[rt])
    gross, vat, net = incl(ls, [23, 8])
    tot = gross[23] + gross[8]
    r.rule("-")
    r.row("Sp.op.A", fmt(gross[23], "plainc"))
    r.row("PTU A 23,00%", fmt(vat[23], "plainc"))
    r.row("Sp.op.B", fmt(gross[8], "plainc"))
    r.row("PTU B 8,00%", fmt(vat[8], "plainc"))
    r.row("Suma PTU", fmt(vat[23] + vat[8], "plainc"))
    r.row("SUMA PLN", fmt(tot, "plainc"), bold=True, size=9)
    r.rule("-")
    r.row("Karta płatnicza", fmt(tot, "plainc"))
    r.row("00218 #001 Kasa 1", "14:03")
    r.c("BGE 12345678", size=6)
    pdf = r.render()
    img = thermal(pdf, rng, dpi=260, fade=0.5, grey=True, blur=0.7, noise=4, specks=25)
    data = image_pdf(name, [img], 260, quality=70)
    t = truth(
        number="044817",
        date=d,
        due=None,
        vendor=vendor,
        amount=net[23] + net[8],
        vat=vat[23] + vat[8],
        total=tot,
        currency="PLN",
        locale="pl-PL",
        layout="receipt",
        doctype="receipt",
        items=items_of(ls),
        note="Receipt number as 'nr wydr.044817'; tax groups A/B with gross sales (Sp.op.) and PTU; net never printed (amount = total − PTU); faded thermal scanned to image-only PDF.",
        kind="scan",
    )
    return "scan", "pdf", data, t


@doc(
    "r15",
    "SE",
    "receipt",
    "phone photo on a car seat (fabric), angled",
    "taxi receipt: moms 6 % included, fixed price plus airport fee, org.nr and car id",
)
def r15(name, rng):
    d = dt.date(2026, 3, 18)
    vendor = "Taxi Kungsholmen AB"
    r = Roll(name, 58, "DVM", 7.0, margin_mm=2.5)
    r.c("TAXI KUNGSHOLMEN", bold=True, size=8.5)
    r.c("Taxi Kungsholmen AB")
    r.c("Org.nr 559044-1128")
    r.c("Tel 08-555 150 00")
    r.rule("-")
    r.row("Kvitto nr", "2026-00318")
    r.row("Bil", "T-0418 / MTR552")
    r.row("Förare id", "41172")
    r.row("Datum", d.isoformat())
    r.row("Start", "05:42")
    r.row("Slut", "06:21")
    r.rule("-")
    fixed, fee = D("649.00"), D("45.00")
    tot = fixed + fee
    vat = q2(tot * 6 / 106)
    r.row("Fastpris Arlanda", fmt(fixed, "plainc"))
    r.row("Flygplatsavgift", fmt(fee, "plainc"))
    r.rule("=")
    r.row("Totalt SEK", fmt(tot, "plainc"), bold=True, size=8.5)
    r.row("Varav moms 6%", fmt(vat, "plainc"))
    r.row("Netto", fmt(tot - vat, "plainc"))
    r.row("Kort", "VISA **4410")
    r.rule("-")
    r.c("Tack för resan!")
    pdf = r.render()
    img = thermal(pdf, rng, dpi=240, fade=0.2, grey=False, skew=0, specks=5)
    data = photo(
        img, rng, bg="fabric", tilt=0.09, rot=8, crumple=0.5, light=0.4, long_side=1700, quality=70
    )
    t = truth(
        number="2026-00318",
        date=d,
        due=None,
        vendor=vendor,
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="SEK",
        locale="sv-SE",
        layout="receipt",
        doctype="receipt",
        items=[("Fastpris Arlanda", "1", fixed, fixed), ("Flygplatsavgift", "1", fee, fee)],
        note="Receipt number looks like a year-prefixed number; car id and driver id; 6 % moms included.",
        kind="photo",
    )
    return "photo", "jpg", data, t


@doc(
    "r16",
    "FI",
    "receipt",
    "scan 200 dpi grey of a slightly faded slip",
    "restaurant: ALV 14 % food / 25,5 % drinks, tip added, cash rounding (pyöristys) to 0,05",
)
def r16(name, rng):
    d = dt.date(2026, 2, 28)
    vendor = "Ravintola Saaristo Oy"
    r = Roll(name, 80, "DVC", 8.0)
    r.c("RAVINTOLA SAARISTO", bold=True, size=11)
    r.c("Ravintola Saaristo Oy")
    r.c("Eteläranta 16, 00130 Helsinki")
    r.c("Y-tunnus 3184420-7")
    r.rule("-")
    r.row("Kuitti 77814", fdate(d, "de") + " 19:51")
    r.row("Pöytä 9", "Myyjä: Aino")
    r.rule("-")
    ls = lines(
        [
            ("Lohikeitto", 2, "16.90", 14),
            ("Paistetut muikut", 1, "22.50", 14),
            ("Poronkäristys", 1, "29.80", 14),
            ("Talon olut 0,4 l", 3, "8.38", D("25.5")),
            ("Kotikalja", 1, "3.90", 14),
        ]
    )
    for dd, qn, _u, a, _rt in ls:
        r.row(f"{qstr(qn)} x {dd}", fmt(a, "plainc"))
    gross, vat, net = incl(ls, [14, D("25.5")])
    food = gross[14] + gross[D("25.5")]
    tip = D("8.00")
    raw = food + tip
    tot = q2((raw * 20).quantize(Decimal("1"), ROUND_HALF_UP) / 20)
    rnd = tot - raw
    r.rule("-")
    r.row("Yhteensä", fmt(food, "plainc"), bold=True)
    r.row("Tippi", fmt(tip, "plainc"))
    r.row("Pyöristys", fmt(rnd, "plainc"))
    r.row("MAKSETTAVA EUR", fmt(tot, "plainc"), bold=True, size=10)
    r.row("Käteinen", "120,00")
    r.row("Takaisin", fmt(D("120.00") - tot, "plainc"))
    r.rule("-")
    r.row("ALV %    Veroton", "Vero", mid="")
    for rt in (14, D("25.5")):
        r.row(f"{fmt(D(rt), 'plainc', 1)}    {fmt(net[rt], 'plainc')}", fmt(vat[rt], "plainc"))
    r.rule("-")
    r.c("Kiitos käynnistä!")
    pdf = r.render()
    img = thermal(pdf, rng, dpi=200, fade=0.3, grey=True, blur=0.6, noise=5, specks=20)
    t = truth(
        number="77814",
        date=d,
        due=None,
        vendor=vendor,
        amount=net[14] + net[D("25.5")],
        vat=vat[14] + vat[D("25.5")],
        total=tot,
        tip=tip,
        rounding=rnd,
        currency="EUR",
        locale="fi-FI",
        layout="receipt",
        doctype="receipt",
        items=items_of(ls),
        note=f"Tip {fmt(tip, 'plainc')} and cash rounding {fmt(rnd, 'plainc')} between 'Yhteensä' and 'MAKSETTAVA'; ALV 14 % and 25,5 % with net (Veroton) per rate; cash and change lines.",
        kind="scan",
    )
    return "scan", "png", png(img), t


README_HEAD = """
Focus: **invoices and receipts as people capture them on paper**. 16 invoices from 16 countries
(Europe, North America, Asia-Pacific, Latin America) of small and mid-size firms (wholesalers,
workshops, consultant, caterer, printers, logistics, clinic, school, equipment rental); 11 of
them were printed and then scanned (150-300 dpi office scanner, grey or colour), photographed
on a desk at an angle, photocopied, faxed, or stapled and scanned into a two-page PDF; 5 are
born-digital PDFs. Included: a credit note (i10), a deposit deducted (i04), two VAT rates
(i01, i12), two sales taxes (i05), a currency other than the country's own (i11, EUR from
Switzerland), a rounding line (i16). 16 receipts from 15 countries: hotel folios, fuel
stations, pharmacies, taxi and ride-hailing, parking, restaurants with service charge or tip,
a supermarket with a loyalty discount, a hardware store and a train ticket, mostly phone
photos (crumpled, low light) and scans (faded thermal paper, downscaled), 3 e-receipt PDFs.

Generated by `python -m bench.blindsets.blind_2026_13m [OUTDIR] [--only NAME]` (from the repo
root). Every random choice is seeded with the CRC-32 of the document name; reruns are
byte-identical. All companies, people, addresses and ids are invented.

Born-digital share is 8/32 (25 %), below the general ~40 % guideline, because this set's
focus is paper captured by scanner and phone. Image-only PDFs: i08 (fax), i12 (two pages),
r14 (faded receipt).

## Truth conventions

- `amount` = net before tax as printed; `vat` = sum of all taxes (TPS+TVQ, IVA+ISH, several
  VAT rates); null only where no tax amount is printed (i03 consulting, i08 VAT-exempt school).
  Where the document states tax only as "includes VAT" / "GST incl." / "di cui IVA" and never
  prints a net, amount = total - vat (r05, r13, r14 and several receipts).
- `total` = the document's full value including tax, tip and rounding. Every JSON satisfies
  `amount + vat + tip + rounding == total` where tip = a tip line printed on the page (r04,
  r05, r08, r16) and rounding = a printed rounding line (i16 Öresavrundning, r07 Rounding,
  r16 Pyöristys).
- Deposit (i04): the deposit already paid is a payment, not a reduction of the invoice; total
  = invoice total (before "Less: deposit"), not the balance due.
- Paid documents (i07, r01, r12): total is the invoice total, not the balance 0.00.
- Mandatory service charge (r07, Singapore) is part of the net (GST is charged on it); it is
  not a tip.
- Credit note (i10): keyed with negative amounts exactly as printed; document_type credit_note.
- Taxi surcharges, tolls and fees are net; only a line that is a tax (MTA Tax in r04) is vat.
- Currencies without printed decimals (JPY, CLP, SEK totals) are keyed with `.00`.
- `invoice_number`: the document's own number as printed (folio, check number, Kvitto nr,
  receipt no.). For the Mexican CFDI (i09) serie 'A' + folio '2291' is keyed 'A2291'.
- `invoice_date`: issue / purchase date; hotel folios use the check-out (folio) date printed.
- `due_date` only when a date is printed (not derived from "Net 30").
- `layout`: 'invoice' for A4/Letter pages (including hotel folios and the A4 train receipt),
  'receipt' for roll receipts; `document_type` says what the document is.
- `line_items`: as printed on the lines; net for invoices, tax-inclusive for receipts with
  inclusive prices; discounts/coupons/promos are negative lines; weighed quantities keep their
  decimals. unit_price keyed with two decimals (printed unit prices with three decimals such as
  0,142 $ or 1,849 €/L are rounded in the key; the line amount is exact).
- `kind`: pdf (born-digital text layer), scan (scanner, photocopy, fax, image-only PDF),
  photo (phone camera, JPEG).
"""


# ============================================================================= main
def mix_table(truths):
    rows = {}
    for n, t in truths.items():
        k = (t["layout"] if n.startswith("i") else "receipt", t["kind"])
        rows[k] = rows.get(k, 0) + 1
    return rows


def write_readme(out: Path, truths: dict):
    L = ["# blind-2026-13m", ""]
    L.append(README_HEAD.strip())
    L += [
        "",
        "## Mix",
        "",
        "| group | pdf (born-digital) | scan | photo | total |",
        "|---|---|---|---|---|",
    ]
    for grp in ("i", "r"):
        ks = [t["kind"] for n, t in truths.items() if n.startswith(grp)]
        L.append(
            f"| {'invoices' if grp == 'i' else 'receipts'} | {ks.count('pdf')} | {ks.count('scan')} | {ks.count('photo')} | {len(ks)} |"
        )
    ks = [t["kind"] for t in truths.values()]
    L.append(f"| all | {ks.count('pdf')} | {ks.count('scan')} | {ks.count('photo')} | {len(ks)} |")
    L += [
        "",
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | capture | what is tricky |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for n in sorted(truths):
        t = truths[n]
        country, dtype, capture, tricky = META[n]
        L.append(
            f"| {n}.{EXTS[n]} | {t['kind']} | {country} | {t['document_type']} ({dtype}) | {t['vendor_name']} | {t['invoice_number'] or '–'} | {t['total']} {t['currency']} | {capture} | {tricky} |"
        )
    (out / "README.md").write_text("\n".join(L) + "\n", encoding="utf-8")


EXTS: dict = {}


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir", nargs="?", default=DEFAULT_OUT)
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    truths = {}
    for n, fn in DOCS.items():
        rng = random.Random(zlib.crc32(n.encode()))
        if a.only and n != a.only:
            continue
        kind, ext, data, t = fn(n, rng)
        assert t["kind"] == kind
        EXTS[n] = ext
        (out / f"{n}.{ext}").write_bytes(data)
        (out / f"{n}.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        truths[n] = t
        print(n, kind, ext, len(data), t["total"], t["currency"], file=sys.stderr)
    if not a.only:
        write_readme(out, truths)


if __name__ == "__main__":
    main()
