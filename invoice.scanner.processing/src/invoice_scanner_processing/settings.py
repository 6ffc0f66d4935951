"""Processing settings: the common ones plus each stage's, all read from the environment once.

Retry budgets and time limits are part of the stage table (``invoice_scanner_common.contracts``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from invoice_scanner_common.contracts import STAGES
from invoice_scanner_common.settings import CommonSettings, ConfigError, Env, load_environ
from invoice_scanner_processing.engines.ocr.settings import OcrSettings
from invoice_scanner_processing.providers.llm.settings import LlmSettings
from invoice_scanner_processing.stages.preprocess_settings import PreprocessSettings


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
    #: is killed before Redis hands its message to another worker (``routing.check_limits``).
    visibility_timeout: int

    @classmethod
    def from_env(cls, values: Mapping[str, str] | None = None) -> ProcessingSettings:
        raw = load_environ() if values is None else values
        env = Env(raw)
        visibility = env.int("BROKER_VISIBILITY_TIMEOUT", 3600, minimum=60)
        llm = LlmSettings.from_env(env)
        # Worst case of the prediction stage: the request and one repair turn, each retried
        # until the budget is spent plus one last timeout; it must end before the soft limit
        # so that the offline fallback still runs.
        worst = 2 * (llm.retry_budget_s + llm.timeout_s)
        soft_limit = STAGES["llm"].soft_time_limit
        if worst >= soft_limit:
            raise ConfigError(
                f"LLM_RETRY_BUDGET_S and LLM_TIMEOUT_S allow {worst:.0f}s of provider calls; keep "
                f"2 x (budget + timeout) under {soft_limit}s"
            )
        return cls(
            common=CommonSettings.from_env(raw),
            preprocess=PreprocessSettings.from_env(env),
            ocr=OcrSettings.from_env(env),
            llm=llm,
            approval_threshold=env.float("APPROVAL_THRESHOLD", 0.9, minimum=0.0),
            min_field_confidence=env.float("APPROVAL_MIN_FIELD_CONFIDENCE", 0.6, minimum=0.0),
            visibility_timeout=visibility,
        )


@cache
def get_settings() -> ProcessingSettings:
    """The process-wide settings (read once; workers fail at start-up on a bad value)."""
    return ProcessingSettings.from_env()
