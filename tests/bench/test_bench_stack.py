"""The pure parts of `make bench` (bench/stackstats.py): no stack is started here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import stackstats as st
from invoice_scanner_common.contracts import TaskName

HISTORY = [
    {"status": "preprocessing", "reason": "uploaded", "at": "2026-11-30T10:00:00.000000+00:00"},
    {"status": "preprocessed", "reason": None, "at": "2026-11-30T10:00:00.200000+00:00"},
    {"status": "ocr_extracting", "reason": None, "at": "2026-11-30T10:00:00.210000+00:00"},
    {"status": "predicting", "reason": None, "at": "2026-11-30T10:00:00.710000+00:00"},
    {"status": "extraction", "reason": None, "at": "2026-11-30T10:00:00.750000+00:00"},
    {"status": "automated_evaluation", "reason": None, "at": "2026-11-30T10:00:00.780000+00:00"},
    {"status": "approved", "reason": None, "at": "2026-11-30T10:00:00.800000+00:00"},
]


def test_percentiles_interpolate_like_numpy() -> None:
    values = [5.0, 1.0, 3.0, 2.0, 4.0]
    assert st.percentile(values, 50) == 3.0
    assert st.percentile(values, 90) == pytest.approx(4.6)
    assert st.percentile(values, 99) == pytest.approx(4.96)
    assert st.percentile([], 50) is None
    assert st.summary([0.1, 0.2]) == {"n": 2, "mean": 0.15, "p50": 0.15, "p90": 0.19, "p99": 0.199}


def test_history_split_lifetime_and_overhead() -> None:
    split = st.history_split(HISTORY)
    assert split == pytest.approx(
        {
            "preprocessing": 0.2,
            "hop_to_ocr": 0.01,
            "ocr": 0.5,
            "llm": 0.04,
            "extraction": 0.03,
            "evaluation": 0.02,
        }
    )
    assert st.lifetime(HISTORY) == pytest.approx(0.8)
    assert st.lifetime(HISTORY[:-1]) is None  # not terminal yet
    stages = {"preprocessing": 0.18, "ocr": 0.49, "llm": 0.03, "extraction": 0.02}
    stages |= {"evaluation": 0.01, "orchestrate_document_processing": 0.5}
    # The orchestrate task is orchestration: it counts as overhead, not as a stage.
    assert st.overhead(0.8, stages) == pytest.approx(0.07)
    assert st.mean_split([{"a": 1.0}, {"a": 3.0, "b": 2.0}]) == {"a": 2.0, "b": 1.0}


def test_task_events_fold_into_stage_runtimes() -> None:
    events = st.TaskEvents()
    doc = "5d0c2b8e-1111-4222-8333-944445555666"
    for i, name in enumerate((TaskName.OCR, TaskName.PREDICT)):
        events.feed(
            {
                "type": "task-received",
                "uuid": f"t{i}",
                "name": name.value,
                "kwargs": f"{{'document_id': '{doc}'}}",
            }
        )
        events.feed({"type": "task-started", "uuid": f"t{i}"})
        events.feed({"type": "task-succeeded", "uuid": f"t{i}", "runtime": 0.25 * (i + 1)})
    events.feed({"type": "task-succeeded", "uuid": "unknown", "runtime": 9.0})
    assert events.stage_seconds(doc) == {"ocr": 0.25, "llm": 0.5}
    assert events.stage_seconds("other") == {}


WRK = """Running 4s test @ http://127.0.0.1:5000/bench/bare
  2 threads and 16 connections
  Latency Distribution
     50%    7.08ms
     75%    9.56ms
     90%   11.65ms
     99%   21.40ms
  8288 requests in 4.10s, 1.28MB read
  Non-2xx or 3xx responses: 3
Requests/sec:   2021.71
Transfer/sec:    319.28KB
"""


def test_wrk_output_and_ratios() -> None:
    parsed = st.parse_wrk(WRK)
    assert parsed["rps"] == 2021.71 and parsed["requests"] == 8288 and parsed["non_2xx"] == 3
    assert parsed["p50"] == pytest.approx(0.00708) and parsed["p99"] == pytest.approx(0.0214)
    with pytest.raises(ValueError):
        st.parse_wrk("no figures")
    assert st.ratios({"bare": {"rps": 1000.0}, "status": {"rps": 550.0}}) == {"status": 0.55}
    assert st.per_minute(30, 60.0) == 30.0


def test_report_is_written_as_json(tmp_path: Path) -> None:
    path = st.write_report({"latency": {"pdf": {"p50": 0.2}}}, tmp_path / "out", "20261130T1000Z")
    assert path.name == "stack-20261130T1000Z.json"
    assert json.loads(path.read_text()) == {"latency": {"pdf": {"p50": 0.2}}}
    assert (tmp_path / "out" / "stack-latest.json").read_text() == path.read_text()


def test_the_stack_starts_the_stage_tables_workers() -> None:
    from invoice_scanner_common.contracts import STAGES, Queue, worker_lines
    from tests.stack import one_per_queue, run_workers

    rows = run_workers({"OCR_WORKER_CONCURRENCY": "3"})
    assert [w.queue for w in rows] == [line.split()[0] for line in worker_lines({})]
    assert next(w for w in rows if w.queue == Queue.OCR).concurrency == 3
    tests = one_per_queue()
    assert [w.queue for w in tests] == [w.queue for w in STAGES.workers()]
    assert {w.concurrency for w in tests} == {1}
    assert [w.queue for w in tests if w.warmup] == [Queue.OCR]


def test_reads_variants_are_named_environments() -> None:
    from bench.reads import _variants

    found = _variants(["t4:API_THREADS=4", "w:API_WORKERS=4,API_THREADS=2", "same:"])
    assert found == {
        "default": {},
        "t4": {"API_THREADS": "4"},
        "w": {"API_WORKERS": "4", "API_THREADS": "2"},
        "same": {},
    }
