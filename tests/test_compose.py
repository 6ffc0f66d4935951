"""Docker does not run here, so the compose file's consistency is checked instead."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
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


def test_run_script_reads_the_worker_list_from_the_stage_table(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`make run` supervises one worker per queue of the stage table: the supervisord
    configuration is rendered from it, and neither script names a queue itself."""
    import importlib.util

    from invoice_scanner_common.contracts import worker_lines

    script = (ROOT / "scripts" / "run.sh").read_text()
    assert "scripts/supervisord_conf.py" in script
    conf_source = (ROOT / "scripts" / "supervisord_conf.py").read_text()
    for queue in Queue:
        assert not re.search(rf"\b{queue.value}\b(?!@)", script.replace("$queue", "")), queue
        assert not re.search(rf"[\"']{queue.value}[\"']", conf_source), queue
    lines = worker_lines({"LLM_WORKER_CONCURRENCY": "7"})
    assert lines[:3] == ["preprocessing 1 -", "ocr 1 ocr", "llm 7 -"]

    monkeypatch.setenv("LLM_WORKER_CONCURRENCY", "7")
    spec = importlib.util.spec_from_file_location(
        "supervisord_conf", ROOT / "scripts" / "supervisord_conf.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    conf = module.render(tmp_path)
    for line in worker_lines({"LLM_WORKER_CONCURRENCY": "7"}):
        queue, concurrency, _warm = line.split()
        block = conf.split(f"[program:worker-{queue}]", 1)[1].split("[program:", 1)[0]
        assert f"-Q {queue} " in block and f"--concurrency {concurrency} " in block, queue


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
        # migrate is a one-shot job (restart "no"): it exits, it is never "healthy".
        assert "healthcheck" in svc or name in {"api", "migrate"}, name
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
            if path.startswith(_GENERATED):
                # Written by a test run (git-ignored): a test must still write it.
                assert _written_by_a_test(path), f"{doc} names {path}, which no test writes"
                continue
            assert (ROOT / path).exists(), f"{doc} names {path}"


#: Folders that test runs create (git-ignored), named in the docs before any test has run.
_GENERATED = ("tests/artifacts/",)


def _written_by_a_test(path: str) -> bool:
    parts = [p for p in path.removeprefix("tests/").strip("/").split("/") if p]
    quoted = " / ".join(f'"{p}"' for p in parts)
    return any(quoted in f.read_text() for f in (ROOT / "tests").rglob("conftest.py"))


def test_least_privilege_database_roles() -> None:
    services = load()["services"]
    superuser = services["postgres"]["environment"]["POSTGRES_USER"]
    app_role = services["api"]["environment"]["DB_USER"]
    assert app_role != superuser and "DB_APP_USER" in app_role
    for name in (f"worker_{q.value}" for q in Queue):
        assert services[name]["environment"]["DB_USER"] == app_role, name
    # Migrations run as the owner, once, before the API starts; the API image never migrates.
    migrate = services["migrate"]
    assert "DB_OWNER_USER" in migrate["environment"]["DB_USER"]
    assert migrate["command"] == ["python", "-m", "invoice_scanner_api.migrate"]
    assert services["api"]["depends_on"]["migrate"] == {
        "condition": "service_completed_successfully"
    }
    assert "migrate" not in (ROOT / "invoice.scanner.api/Dockerfile").read_text().split("CMD")[-1]
    assert (
        "./scripts/postgres-init:/docker-entrypoint-initdb.d:ro" in services["postgres"]["volumes"]
    )


def test_flower_needs_a_login_beyond_loopback() -> None:
    flower = load()["services"]["flower"]
    assert all(port.startswith("127.0.0.1:") for port in flower["ports"])
    # In the compose network it listens on every interface: the login is mandatory there.
    command = " ".join(flower["command"])
    assert 'test -n "$$FLOWER_BASIC_AUTH" ||' in command and "--basic-auth=" in command
    run_sh = (ROOT / "scripts/run.sh").read_text()
    assert "FLOWER_ADDRESS:-127.0.0.1" in run_sh and 'set FLOWER_BASIC_AUTH" >&2' in run_sh


def test_api_runs_threaded_workers() -> None:
    for text in (
        # `make run` starts the API from the supervisord configuration this script renders.
        (ROOT / "scripts/supervisord_conf.py").read_text(),
        (ROOT / "invoice.scanner.api/Dockerfile").read_text(),
    ):
        assert "python:invoice_scanner_api.gunicorn_conf" in text


def test_the_web_app_names_every_status_of_the_stage_table() -> None:
    source = (ROOT / "invoice.scanner.api/web/src/dom.ts").read_text()
    block = source.split("export const STATUS_NAMES", 1)[1].split("};", 1)[0]
    named = dict(re.findall(r'^\s+([a-z_]+): "([^"]+)",$', block, re.M))
    assert named == {value: info.name for value, info in STAGES.statuses().items()}
