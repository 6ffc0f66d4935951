"""Preprocessing settings (a leaf: reading them loads no image or PDF library)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from invoice_scanner_common.contracts import STAGES
from invoice_scanner_common.settings import ConfigError, Env, IntakeLimits
from invoice_scanner_processing.sandbox import SandboxLimits

#: Every enhancement step, in the order `enhance.enhance` runs them.
ALL_STEPS = ("exif", "page", "flatten", "rotate", "deskew", "contrast", "resize")
#: Steps run on images and on scanned PDF pages unless ``ENHANCE_STEPS`` says otherwise.
DEFAULT_STEPS: tuple[str, ...] = ("exif", "page", "rotate", "deskew", "resize")
#: A4 long side at 200 dpi: the resolution PP-OCR reads invoices best at (and what PDFs render to).
DEFAULT_OCR_LONG_SIDE = 2339
#: Largest embedded e-invoice XML read from a PDF.
DEFAULT_MAX_EINVOICE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class PreprocessSettings:
    """``MAX_PAGES``, ``MAX_IMAGE_PIXELS``, ``MAX_UPLOAD_MB``, ``RENDER_DPI``, ``ENHANCE_STEPS``
    (comma list of exif, page, flatten, rotate, deskew, contrast, resize, or "none"; ``page`` and
    ``flatten`` apply to images only, never to PDF pages), ``OCR_LONG_SIDE``,
    ``TEXT_LAYER_MIN_CHARS``, ``PREPROCESS_MEMORY_MB`` and ``PREPROCESS_TIMEOUT_S`` (the bounded
    child process every document is decoded in, see :mod:`invoice_scanner_processing.sandbox`;
    its time limit stays below the stage's soft limit in the stage table)."""

    max_pages: int = 50
    max_image_pixels: int = 80_000_000
    max_upload_mb: int = 20
    render_dpi: int = 200
    enhance_steps: tuple[str, ...] = DEFAULT_STEPS
    ocr_long_side: int = DEFAULT_OCR_LONG_SIDE
    #: A page with fewer usable characters than this is OCRed even if it has a text layer.
    text_layer_min_chars: int = 20
    max_einvoice_bytes: int = DEFAULT_MAX_EINVOICE_BYTES
    bounds: SandboxLimits = field(default_factory=SandboxLimits)
    limits: IntakeLimits = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        unknown = set(self.enhance_steps) - set(ALL_STEPS)
        if unknown:
            raise ConfigError(
                f"ENHANCE_STEPS has unknown step(s) {', '.join(sorted(unknown))}; "
                f"choose from {', '.join(ALL_STEPS)} or none"
            )
        limits = IntakeLimits(
            max_upload_mb=self.max_upload_mb,
            max_pages=self.max_pages,
            max_image_pixels=self.max_image_pixels,
        )
        object.__setattr__(self, "limits", limits)

    @classmethod
    def from_env(cls, env: Env | Mapping[str, str]) -> PreprocessSettings:
        env = env if isinstance(env, Env) else Env(env)
        limits = IntakeLimits.from_env(env)
        raw_steps = env.str("ENHANCE_STEPS", ",".join(DEFAULT_STEPS)).strip().lower()
        steps = (
            ()
            if raw_steps == "none"
            else tuple(s.strip() for s in raw_steps.split(",") if s.strip())
        )
        dpi = env.int("RENDER_DPI", cls.render_dpi, minimum=50)
        if dpi > 600:
            raise ConfigError(f"RENDER_DPI must be at most 600, got {dpi}")
        return cls(
            max_pages=limits.max_pages,
            max_image_pixels=limits.max_image_pixels,
            max_upload_mb=limits.max_upload_mb,
            render_dpi=dpi,
            enhance_steps=steps,
            ocr_long_side=env.int("OCR_LONG_SIDE", cls.ocr_long_side, minimum=640),
            text_layer_min_chars=env.int(
                "TEXT_LAYER_MIN_CHARS", cls.text_layer_min_chars, minimum=1
            ),
            bounds=SandboxLimits.from_env(
                env, "PREPROCESS", below_seconds=STAGES["preprocessing"].soft_time_limit
            ),
        )
