"""OCR engines and LLM providers are chosen by registered name; an unknown name stops start-up
with the list of known ones instead of silently becoming a default."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from invoice_scanner_common.settings import ConfigError, Env
from invoice_scanner_processing.documents import OcrPage
from invoice_scanner_processing.engines.ocr import OCR_ENGINES
from invoice_scanner_processing.engines.ocr.base import OcrEngine
from invoice_scanner_processing.engines.ocr.factory import build_engine, resolve_device
from invoice_scanner_processing.engines.ocr.settings import OcrSettings
from invoice_scanner_processing.providers.llm import LLM_PROVIDERS
from invoice_scanner_processing.providers.llm.factory import build_provider
from invoice_scanner_processing.providers.llm.settings import LlmSettings


class BlankEngine:
    """A registered engine of this test: every page is empty."""

    name = "blank"
    device = "cpu"

    def __init__(self, threads: int) -> None:
        self.threads = threads
        self.models = ["none"]

    def read_page(self, image_path: Path, page_number: int) -> OcrPage:
        return OcrPage(page_number=page_number, width=1, height=1, source="ocr", engine=self.name)


def build_blank(settings: OcrSettings, device: str) -> BlankEngine:
    return BlankEngine(settings.threads)


@pytest.fixture
def blank_engine() -> Iterator[str]:
    OCR_ENGINES.register_engine("blank", f"{__name__}:build_blank")
    try:
        yield "blank"
    finally:
        OCR_ENGINES.unregister("blank")


def test_the_built_in_engines_and_providers_are_registered() -> None:
    assert OCR_ENGINES.names() == ("rapidocr", "paddle", "tesseract")
    assert set(LLM_PROVIDERS.names()) == {
        "openai",
        "anthropic",
        "gemini",
        "openai-compatible",
        "offline",
    }


def test_an_unknown_engine_stops_start_up_with_the_known_ones() -> None:
    with pytest.raises(ConfigError, match=r"OCR_ENGINE='easyocr'.*rapidocr, paddle, tesseract"):
        OcrSettings.from_env(Env({"OCR_ENGINE": "easyocr"}))
    # Built by hand, an unknown name no longer falls through to Tesseract.
    with pytest.raises(ConfigError, match="known: rapidocr, paddle, tesseract"):
        build_engine(OcrSettings(engine="easyocr", device="cpu"), warm_up=False)


def test_a_registered_engine_is_built_by_name(blank_engine: str, tmp_path: Path) -> None:
    settings = OcrSettings.from_env(Env({"OCR_ENGINE": "BLANK", "OCR_THREADS": "3"}))
    engine = build_engine(settings, warm_up=True)
    assert isinstance(engine, BlankEngine) and isinstance(engine, OcrEngine)
    assert engine.threads == 3
    assert engine.read_page(tmp_path / "p.png", 2).page_number == 2
    # It registered no GPU runtime: it runs on the CPU, and asking for the GPU stops start-up.
    assert resolve_device(OcrSettings(engine="blank")) == "cpu"
    with pytest.raises(ConfigError, match="OCR_DEVICE=gpu is not supported by OCR_ENGINE=blank"):
        resolve_device(OcrSettings(engine="blank", device="gpu"))
    assert OCR_ENGINES.gpu_runtimes("rapidocr") == ("onnxruntime", "torch")


def test_an_unknown_provider_stops_start_up_with_the_known_ones() -> None:
    with pytest.raises(ConfigError, match="LLM_PROVIDER") as err:
        LlmSettings.from_env(Env({"LLM_PROVIDER": "mistral"}))
    for name in LLM_PROVIDERS.names():
        assert name in str(err.value)
    with pytest.raises(ConfigError, match=r"LLM_PROVIDER='mistral'.*known: openai"):
        build_provider(LlmSettings(provider="mistral"))


def test_only_the_chosen_provider_s_sdk_is_imported() -> None:
    import subprocess

    code = (
        "import sys\n"
        "from invoice_scanner_processing.providers.llm.factory import build_provider\n"
        "from invoice_scanner_processing.providers.llm.settings import LlmSettings\n"
        "build_provider(LlmSettings(provider='offline'))\n"
        "print(sorted(m for m in ('openai', 'anthropic', 'google.genai') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
