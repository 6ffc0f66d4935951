from __future__ import annotations

import pytest

from invoice_scanner_common.contracts import (
    STAGES,
    STATUS_FLOW,
    TASK_QUEUES,
    DocumentStatus,
    Queue,
    TaskName,
    progress,
)
from invoice_scanner_common.settings import CommonSettings, ConfigError, Env


def test_database_url_from_parts_quotes_password() -> None:
    s = CommonSettings.from_env(
        {
            "DB_HOST": "db",
            "DB_PORT": "6543",
            "DB_USER": "scanner",
            "DB_PASSWORD": "p@ss:w/rd",
            "DB_NAME": "inv",
        }
    )
    assert s.database_url == "postgresql+psycopg2://scanner:p%40ss%3Aw%2Frd@db:6543/inv"
    assert "p%40ss" not in s.database_url_redacted
    assert "***" in s.database_url_redacted


def test_database_url_override_wins() -> None:
    s = CommonSettings.from_env({"DATABASE_URL": "postgres://u:pw@h:1/d", "DB_HOST": "ignored"})
    assert s.database_url == "postgresql+psycopg2://u:pw@h:1/d"


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({"DB_PORT": "fifty"}, "DB_PORT"),
        ({"DB_PORT": "70000"}, "DB_PORT"),
        ({"REDIS_URL": "http://localhost"}, "REDIS_URL"),
        ({"DATABASE_URL": "mysql://x@y/z"}, "DATABASE_URL"),
        ({"LOG_LEVEL": "loud"}, "LOG_LEVEL"),
    ],
)
def test_bad_values_name_the_variable(env: dict[str, str], variable: str) -> None:
    with pytest.raises(ConfigError, match=variable):
        CommonSettings.from_env(env)


def test_bad_value_error_hides_password() -> None:
    with pytest.raises(ConfigError) as err:
        CommonSettings.from_env({"DATABASE_URL": "mysql://user:hunter2@db/x"})
    assert "hunter2" not in str(err.value)


def test_env_typed_accessors() -> None:
    env = Env({"A": "yes", "B": "3.5", "C": "x"})
    assert env.bool("A", False) is True
    assert env.float("B", 0.0) == 3.5
    with pytest.raises(ConfigError, match="C"):
        env.int("C", 1)
    with pytest.raises(ConfigError, match="MISSING"):
        env.str("MISSING")


def test_every_task_has_a_queue_and_every_queue_a_task() -> None:
    assert set(TASK_QUEUES) == set(TaskName)
    assert set(TASK_QUEUES.values()) == set(Queue)


def test_progress_numbers_follow_the_flow() -> None:
    steps = [progress(s)["current_step"] for s in STATUS_FLOW]
    assert steps == list(range(len(STATUS_FLOW)))
    assert progress(DocumentStatus.OCR_EXTRACTING) == {
        "current_step": 2,
        "total_steps": 6,
        "percentage": 33,
    }
    assert progress(DocumentStatus.APPROVED)["percentage"] == 100
    assert DocumentStatus.MANUAL_REVIEW.is_terminal and DocumentStatus.OCR_ERROR.is_terminal
    assert not DocumentStatus.PREDICTING.is_terminal
    for status in DocumentStatus:
        assert status.info.name and status.info.description
    # The enum lists exactly the statuses of the stage table.
    assert set(STAGES.statuses()) == {s.value for s in DocumentStatus}
    assert STAGES.total_steps() == len(STATUS_FLOW) == 6
