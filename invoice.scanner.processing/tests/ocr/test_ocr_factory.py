from __future__ import annotations

from pathlib import Path

import pytest

from invoice_scanner_common.settings import ConfigError, Env
from invoice_scanner_processing.engines.ocr.common import cpu_count
from invoice_scanner_processing.engines.ocr.factory import (
    OcrSettings,
    get_engine,
    gpu_used,
    onnxruntime_cuda_available,
    resolve_device,
    worker_memory_mb,
)


def test_defaults() -> None:
    settings = OcrSettings.from_env(Env({}))
    assert settings == OcrSettings(
        engine="rapidocr",
        device="auto",
        threads=cpu_count(),
        model_dir=Path(".models/ppocr"),
        model_set="v6",
        det_limit_side_len=960,
        word_boxes=False,
    )


def test_values_are_parsed() -> None:
    settings = OcrSettings.from_env(
        Env(
            {
                "OCR_ENGINE": "Paddle",
                "OCR_DEVICE": "cpu",
                "OCR_THREADS": "3",
                "OCR_MODEL_DIR": "/opt/models",
                "OCR_MODEL_SET": "v4",
                "OCR_DET_LIMIT_SIDE_LEN": "1280",
                "OCR_WORD_BOXES": "true",
                "OCR_PAGE_BATCH": "4",
                "OCR_REC_BATCH": "32",
                "OCR_HALF": "yes",
            }
        )
    )
    assert (settings.page_batch, settings.rec_batch, settings.half) == (4, 32, True)
    assert (settings.engine, settings.device, settings.threads) == ("paddle", "cpu", 3)
    assert settings.model_dir == Path("/opt/models")
    assert (settings.model_set, settings.det_limit_side_len, settings.word_boxes) == (
        "v4",
        1280,
        True,
    )


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("OCR_ENGINE", "easyocr"),
        ("OCR_DEVICE", "tpu"),
        ("OCR_THREADS", "0"),
        ("OCR_THREADS", "two"),
        ("OCR_DET_LIMIT_SIDE_LEN", "100"),
        ("OCR_DET_LIMIT_SIDE_LEN", "9000"),
        ("OCR_MODEL_SET", "v5"),
        ("OCR_WORD_BOXES", "maybe"),
        ("OCR_PAGE_BATCH", "-1"),
        ("OCR_REC_BATCH", "many"),
        ("OCR_HALF", "perhaps"),
    ],
)
def test_bad_values_name_the_variable(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name):
        OcrSettings.from_env(Env({name: value}))


def test_device_resolution_on_this_machine() -> None:
    assert resolve_device(OcrSettings(engine="tesseract")) == "cpu"
    assert resolve_device(OcrSettings(engine="rapidocr", device="cpu")) == "cpu"
    with pytest.raises(ConfigError, match="OCR_DEVICE"):
        resolve_device(OcrSettings(engine="tesseract", device="gpu"))
    if onnxruntime_cuda_available():
        assert resolve_device(OcrSettings(engine="rapidocr")) == "gpu"
    else:
        assert resolve_device(OcrSettings(engine="rapidocr")) == "cpu"
        with pytest.raises(ConfigError, match="OCR_DEVICE=gpu"):
            resolve_device(OcrSettings(engine="rapidocr", device="gpu"))


def test_get_engine_is_built_once_per_settings(rapid_engine: object) -> None:
    settings = OcrSettings(engine="rapidocr", device="cpu", threads=1)
    first = get_engine(settings)
    assert get_engine(OcrSettings(engine="rapidocr", device="cpu", threads=1)) is first
    assert first.name == "rapidocr"
    assert gpu_used(first) is False
    memory = worker_memory_mb()
    # The models are loaded: a PP-OCR worker holds well over 100 MiB.
    # ru_maxrss lags the live figure by a page or two; both must show the models loaded.
    assert memory["rss_mb"] > 100
    assert memory["peak_rss_mb"] >= 0.95 * memory["rss_mb"]


def test_batching_defaults_follow_the_device() -> None:
    """0 means the device's default: a page at a time and six lines a call on the CPU (rapidocr's
    own reading); the torch and half settings only take effect on the GPU."""
    from invoice_scanner_processing.engines.ocr.rapid import CPU_REC_BATCH, build

    engine = build(OcrSettings(device="cpu", threads=1, half=True), "cpu")
    assert (engine.page_batch, engine.rec_batch_num, engine.half) == (1, CPU_REC_BATCH, False)
    engine = build(OcrSettings(device="cpu", threads=1, page_batch=3, rec_batch=24), "cpu")
    assert (engine.page_batch, engine.rec_batch_num) == (3, 24)
