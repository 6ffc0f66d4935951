"""Docker does not run here, so the compose file's consistency is checked instead."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from invoice_scanner_common.contracts import MAINTENANCE_QUEUE, STAGES, Queue

ROOT = Path(__file__).resolve().parents[1]


def load() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def env_example_names() -> set[str]:
    names = set()
    for line in (ROOT / ".env.example").read_text().splitlines():
        m = re.match(r"^#?\s*([A-Z][A-Z0-9_]*)=", line)
        if m:
            names.add(m.group(1))
    return names


def test_every_queue_has_a_worker_service() -> None:
    services = load()["services"]
    consumed: dict[str, list[str]] = {}
    for name, svc in services.items():
        cmd = svc.get("command") or []
        if "worker" in cmd and "-Q" in cmd:
            consumed.setdefault(cmd[cmd.index("-Q") + 1], []).append(name)
            assert "--prefetch-multiplier=1" in cmd, name
    assert set(consumed) == {q.value for q in Queue} | {MAINTENANCE_QUEUE}
    assert consumed[MAINTENANCE_QUEUE] == ["sweeper"]
    assert "-B" in services["sweeper"]["command"]  # it runs the beat schedule
    for queue in Queue:
        assert f"worker_{queue.value}" in services


def test_worker_services_match_the_stage_table() -> None:
    """Compose cannot be generated at run time, so it is checked against the stage table:
    one worker service per queue, with the table's concurrency and warm-up."""
    services = load()["services"]
    workers = STAGES.workers()
    assert [w.queue for w in workers] == [q.value for q in Queue]
    for w in workers:
        svc = services[f"worker_{w.queue}"]
        cmd = svc["command"]
        assert cmd[cmd.index("-Q") + 1] == w.queue
        assert cmd[cmd.index("-n") + 1] == f"{w.queue}@%h"
        expected = str(w.concurrency)
        if w.concurrency_var:
            expected = f"${{{w.concurrency_var}:-{w.concurrency}}}"
        assert cmd[cmd.index("--concurrency") + 1] == expected, w.queue
        assert svc["environment"].get("WORKER_WARMUP", "") == w.warmup, w.queue
        assert svc["environment"]["WORKER_NAME"] == w.queue


def test_run_script_reads_the_worker_list_from_the_stage_table() -> None:
    from invoice_scanner_common.contracts import worker_lines

    script = (ROOT / "scripts" / "run.sh").read_text()
    assert "python -m invoice_scanner_common.contracts workers" in script
    # No queue name is written in the script itself.
    for queue in Queue:
        assert not re.search(rf"\b{queue.value}\b(?!@)", script.replace("$queue", "")), queue
    lines = worker_lines({"LLM_WORKER_CONCURRENCY": "7"})
    assert lines[:3] == ["preprocessing 1 -", "ocr 1 ocr", "llm 7 -"]


def test_every_variable_used_is_documented() -> None:
    text = (ROOT / "docker-compose.yml").read_text()
    used = set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", text))
    # Our own services' variables (the postgres image's POSTGRES_* are set from DB_*).
    env = {
        k
        for svc in load()["services"].values()
        if "build" in svc
        for k in (svc.get("environment") or {})
    }
    documented = env_example_names()
    assert used - documented == set()
    # Variables the services set for each other are documented too.
    assert env - documented - {"WORKER_NAME"} == set()


def test_network_volume_and_health_checks() -> None:
    data = load()
    assert "invoice.scanner" in data["networks"]
    for name, svc in data["services"].items():
        assert svc.get("networks") == ["invoice.scanner"], name
        assert "healthcheck" in svc or name == "api", name
    for name in ["api", *(f"worker_{q.value}" for q in Queue)]:
        assert "documents_data:/app/documents" in data["services"][name]["volumes"]
    assert data["services"]["worker_ocr_gpu"]["profiles"] == ["gpu"]


def test_design_variables_are_documented() -> None:
    documented = env_example_names()
    for name in (
        "DB_HOST",
        "DB_PORT",
        "DB_USER",
        "DB_PASSWORD",
        "DB_NAME",
        "DATABASE_URL",
        "REDIS_URL",
        "OPENAI_API_KEY",
        "GOOGLE_API_KEY",
        "ANTHROPIC_API_KEY",
        "DOCUMENTS_RAW_DIR",
        "DOCUMENTS_PROCESSED_DIR",
    ):
        assert name in documented


def variables_read_by_code() -> set[str]:
    """Every variable the services read: typed Env accessors, os.environ, provider key tables."""
    names: set[str] = set()
    accessor = re.compile(
        r'env\.(?:str|int|float|bool|choice|optional|url)\(\s*"([A-Z][A-Z0-9_]*)"'
    )
    environ = re.compile(r'os\.environ\.get\(\s*"([A-Z][A-Z0-9_]*)"')
    for path in ROOT.glob("invoice.scanner.*/src/**/*.py"):
        text = path.read_text()
        names |= set(accessor.findall(text)) | set(environ.findall(text))
    from invoice_scanner_processing.providers.llm import settings as llm

    names |= set(llm.BASE_URL_VARS.values())
    names |= {var for keys in llm.KEY_VARS.values() for var in keys}
    return names


def test_every_variable_the_code_reads_is_documented() -> None:
    read = variables_read_by_code()
    assert {"DB_HOST", "OCR_ENGINE", "LLM_PROVIDER", "GEMINI_API_KEY"} <= read  # the scan works
    # CUDA_VISIBLE_DEVICES belongs to the CUDA runtime, not to us.
    assert read - env_example_names() - {"CUDA_VISIBLE_DEVICES"} == set()


def test_integration_guide_lists_the_status_flow_of_the_stage_table() -> None:
    from invoice_scanner_common.contracts import progress

    text = (ROOT / "INTEGRATION.md").read_text()
    rows = re.findall(r"^\| `([a-z_]+)` \| ([^|]+) \| (\d+) \| (\d+) \|$", text, re.M)
    documented = {value: (name.strip(), int(step), int(pct)) for value, name, step, pct in rows}
    expected = {
        value: (info.name, info.step, progress(value)["percentage"])
        for value, info in STAGES.statuses().items()
    }
    assert documented == expected


def test_integration_guide_states_the_requeue_throttle() -> None:
    from invoice_scanner_api.documents.service import REQUEUE_AFTER

    text = " ".join((ROOT / "INTEGRATION.md").read_text().split())
    assert f"at most once every {int(REQUEUE_AFTER.total_seconds())} seconds" in text


def test_docs_name_only_test_paths_that_exist() -> None:
    for doc in ("ARCHITECTURE.md", "README.md", "QUICKSTART.md", "INTEGRATION.md"):
        for path in re.findall(r"`([\w./-]*tests/[\w./-]*)`", (ROOT / doc).read_text()):
            assert (ROOT / path).exists(), f"{doc} names {path}"
