"""Processing settings: the common ones plus each stage's, all read from the environment once."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from invoice_scanner_common.settings import CommonSettings, ConfigError, Env, load_environ
from invoice_scanner_processing.engines.ocr.factory import OcrSettings
from invoice_scanner_processing.providers.llm.settings import LlmSettings
from invoice_scanner_processing.stages.preprocessing import PreprocessSettings


@dataclass(frozen=True)
class StageLimits:
    """Retry budgets and time limits per stage (design's retry table; seconds)."""

    max_retries: int
    countdown: int
    soft_time_limit: int
    time_limit: int


@dataclass(frozen=True)
class ProcessingSettings:
    common: CommonSettings
    preprocess: PreprocessSettings
    ocr: OcrSettings
    llm: LlmSettings
    #: Evaluation approves automatically only at or above this predicted accuracy.
    approval_threshold: float
    #: ...and only when no extracted header field has a confidence below this.
    min_field_confidence: float
    #: Broker visibility timeout; every stage's hard time limit stays below it so a slow task
    #: is killed before Redis hands its message to another worker.
    visibility_timeout: int
    stage_limits: dict[str, StageLimits]

    @classmethod
    def from_env(cls, values: Mapping[str, str] | None = None) -> ProcessingSettings:
        raw = load_environ() if values is None else values
        env = Env(raw)
        visibility = env.int("BROKER_VISIBILITY_TIMEOUT", 3600, minimum=60)
        limits = {
            "preprocessing": StageLimits(2, 60, 300, 360),
            "ocr": StageLimits(3, 120, 900, 960),
            "llm": StageLimits(3, 300, 600, 660),
            "extraction": StageLimits(2, 30, 120, 150),
            "evaluation": StageLimits(2, 30, 120, 150),
        }
        for name, limit in limits.items():
            # A task waiting out a retry countdown is held unacknowledged by its worker too.
            longest = max(limit.time_limit, limit.countdown * 2 ** max(0, limit.max_retries - 1))
            if longest >= visibility:
                raise ConfigError(
                    f"BROKER_VISIBILITY_TIMEOUT ({visibility}s) must exceed the {name} stage's "
                    f"time limit and longest retry wait ({longest}s)"
                )
        llm = LlmSettings.from_env(env)
        # Worst case of the prediction stage: the request and one repair turn, each retried
        # until the budget is spent plus one last timeout; it must end before the soft limit
        # so that the offline fallback still runs.
        worst = 2 * (llm.retry_budget_s + llm.timeout_s)
        if worst >= limits["llm"].soft_time_limit:
            raise ConfigError(
                f"LLM_RETRY_BUDGET_S and LLM_TIMEOUT_S allow {worst:.0f}s of provider calls; keep "
                f"2 x (budget + timeout) under {limits['llm'].soft_time_limit}s"
            )
        return cls(
            common=CommonSettings.from_env(raw),
            preprocess=PreprocessSettings.from_env(env),
            ocr=OcrSettings.from_env(env),
            llm=llm,
            approval_threshold=env.float("APPROVAL_THRESHOLD", 0.9, minimum=0.0),
            min_field_confidence=env.float("APPROVAL_MIN_FIELD_CONFIDENCE", 0.6, minimum=0.0),
            visibility_timeout=visibility,
            stage_limits=limits,
        )


@cache
def get_settings() -> ProcessingSettings:
    """The process-wide settings (read once; workers fail at start-up on a bad value)."""
    return ProcessingSettings.from_env()
