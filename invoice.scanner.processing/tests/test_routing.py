"""Start-up checks of the Celery app built from the stage table (no broker is contacted)."""

from __future__ import annotations

import pytest

from invoice_scanner_common.contracts import STAGES
from invoice_scanner_common.registry import RegistryError, StageRegistry
from invoice_scanner_common.settings import ConfigError
from invoice_scanner_processing.application import create_celery_app
from invoice_scanner_processing.routing import ImproperlyConfiguredError, check_limits
from invoice_scanner_processing.tasks import OTHER_TASKS, worker_task


def copy() -> StageRegistry:
    return StageRegistry(list(STAGES), orchestrator=STAGES.orchestrator)


def test_the_real_app_routes_every_task_of_the_table() -> None:
    app = create_celery_app(copy(), name="routing-test")
    routes = app.conf.task_routes
    assert routes["invoice_scanner.orchestrate_document_processing"] == {"queue": "preprocessing"}
    assert routes["invoice_scanner.predict_document"] == {"queue": "llm"}
    ocr = app.tasks["invoice_scanner.ocr_document"]
    assert (ocr.soft_time_limit, ocr.time_limit) == (900, 960)


def test_a_task_that_is_not_a_stage_must_be_routed() -> None:
    registry = copy()

    @worker_task(name="invoice_scanner.sweep_test")
    def sweep() -> None:
        """A task outside the stage table."""

    try:
        with pytest.raises(ImproperlyConfiguredError, match=r"invoice_scanner\.sweep_test"):
            create_celery_app(registry, name="unrouted-test")
        with pytest.raises(RegistryError, match="no worker consumes"):
            registry.register_task("invoice_scanner.sweep_test", "nowhere")
        registry.register_task("invoice_scanner.sweep_test", "preprocessing")
        app = create_celery_app(registry, name="routed-test")
        assert app.conf.task_routes["invoice_scanner.sweep_test"] == {"queue": "preprocessing"}
    finally:
        OTHER_TASKS.pop()


def test_a_stage_without_bound_work_stops_start_up() -> None:
    from dataclasses import replace

    registry = copy()
    registry.unregister("extraction")
    registry.register(replace(STAGES["extraction"], method="unbound"), after="llm")
    with pytest.raises(LookupError, match="no work is bound to method 'unbound'"):
        create_celery_app(registry, name="unbound-test")


def test_limits_are_checked_against_the_visibility_timeout() -> None:
    check_limits(STAGES, 3600)
    with pytest.raises(ConfigError, match=r"ocr stage's time limit and longest retry wait"):
        check_limits(STAGES, 960)
