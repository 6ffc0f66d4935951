"""The stage registry: one row per pipeline stage, and everything derived from the rows.

A :class:`StageSpec` says what a stage is called, which Celery task runs it on which queue, the
statuses it shows, how often it may retry and how long it may run, which ``Pipeline`` method does
its work and which artefact that writes. From the ordered rows come the status flow and the
progress numbers the API reports, the Celery routes and the chain, the time limits, and the
worker list of ``scripts/run.sh`` and ``docker-compose.yml`` (the latter checked by a test).

This module is plain data: the API reads it without importing processing code, and the
processing side binds each row's ``method`` to the work a task does (``processing.tasks``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field


class RegistryError(ValueError):
    """A stage row is inconsistent with the others; the process must not start."""


@dataclass(frozen=True)
class StatusSpec:
    """A status a document can have: its stored value and what the API shows for it."""

    value: str
    name: str
    description: str

    def __post_init__(self) -> None:
        # Plain strings (not the contract's StrEnum members): Celery and JSON want ``str``.
        object.__setattr__(self, "value", str(self.value))


@dataclass(frozen=True)
class RetryPolicy:
    """Retries of transient failures: at most ``max_retries``, backoff from ``countdown`` s."""

    max_retries: int
    countdown: int

    def longest_wait(self) -> int:
        """The longest single backoff a retry may wait (full jitter's upper bound)."""
        return self.countdown * 2 ** max(0, self.max_retries - 1)


@dataclass(frozen=True)
class WorkerSpec:
    """How the worker service of a stage's queue runs.

    ``concurrency_var`` names the variable holding the process count (``None``: always
    ``concurrency``); ``warmup`` is what the worker loads before its first task
    (``WORKER_WARMUP``).
    """

    concurrency: int = 1
    concurrency_var: str | None = "WORKER_CONCURRENCY"
    warmup: str = ""


@dataclass(frozen=True)
class StageSpec:
    """One pipeline stage.

    ``running`` is shown while the stage works. ``done`` lists what the stage may end in: empty
    (the document keeps ``running`` until the next stage starts), one status, or, for the last
    stage only, the final outcomes its work chooses between. ``error`` is set, with a reason,
    when the stage fails for good. Hard ``time_limit`` and every retry wait stay below the
    broker's visibility timeout (checked at worker start-up).
    """

    name: str
    task: str
    queue: str
    running: StatusSpec
    error: StatusSpec
    method: str
    retry: RetryPolicy
    soft_time_limit: int
    time_limit: int
    done: tuple[StatusSpec, ...] = ()
    artefact: str | None = None
    worker: WorkerSpec = field(default_factory=WorkerSpec)

    def __post_init__(self) -> None:
        for name in ("name", "task", "queue"):
            object.__setattr__(self, name, str(getattr(self, name)))


@dataclass(frozen=True)
class StatusInfo:
    name: str
    description: str
    step: int


@dataclass(frozen=True)
class WorkerRow:
    """One worker service: the queue it consumes and how it runs."""

    queue: str
    concurrency: int
    concurrency_var: str | None
    warmup: str


class StageRegistry:
    """The ordered stage rows; every derived view is computed from the current rows."""

    def __init__(
        self,
        stages: Iterable[StageSpec],
        *,
        orchestrator: tuple[str, str],
        waiting: StatusSpec | None = None,
    ) -> None:
        #: (task name, queue) of the task that claims a document and starts the chain.
        self.orchestrator = (str(orchestrator[0]), str(orchestrator[1]))
        #: The status of a document the orchestrator holds back (its company has as many
        #: documents in flight as it may): before the first stage, at step 0, not terminal.
        self.waiting = waiting
        #: Tasks that are not stages (a sweeper, a webhook sender): name -> queue.
        self._other_tasks: dict[str, str] = {}
        #: Queues of tasks that are not stages, each with its own worker service.
        self._service_queues: dict[str, WorkerSpec] = {}
        self._stages: list[StageSpec] = []
        #: The status map and terminal set of the rows they were derived from (every status
        #: poll asks for them; recomputed when the rows change).
        self._memo: tuple[tuple[StageSpec, ...], dict[str, StatusInfo], frozenset[str]] | None
        self._memo = None
        for spec in stages:
            self.register(spec)

    def __iter__(self) -> Iterator[StageSpec]:
        return iter(tuple(self._stages))

    def __len__(self) -> int:
        return len(self._stages)

    def __getitem__(self, name: str) -> StageSpec:
        for spec in self._stages:
            if spec.name == name:
                return spec
        raise KeyError(name)

    def register(
        self, spec: StageSpec, *, after: str | None = None, before: str | None = None
    ) -> StageSpec:
        """Add ``spec`` at the end, or right after / before the named stage."""
        stages = list(self._stages)
        if after is not None:
            stages.insert(stages.index(self[after]) + 1, spec)
        elif before is not None:
            stages.insert(stages.index(self[before]), spec)
        else:
            stages.append(spec)
        _validate(stages)
        self._stages = stages
        return spec

    def unregister(self, name: str) -> None:
        self._stages.remove(self[name])

    # --- the status flow -------------------------------------------------------------------

    def flow(self) -> tuple[StatusSpec, ...]:
        """The happy path in order: each stage's running status, then its single done status."""
        steps: list[StatusSpec] = []
        for i, spec in enumerate(self._stages):
            steps.append(spec.running)
            if spec.done and i < len(self._stages) - 1:
                steps.append(spec.done[0])
        return tuple(steps)

    def total_steps(self) -> int:
        return len(self.flow())

    def final_statuses(self) -> tuple[StatusSpec, ...]:
        return self._stages[-1].done if self._stages else ()

    def statuses(self) -> dict[str, StatusInfo]:
        """Every status a document can have, with its name, description and step."""
        return dict(self._derived()[1])

    def _derived(self) -> tuple[tuple[StageSpec, ...], dict[str, StatusInfo], frozenset[str]]:
        rows = tuple(self._stages)
        if self._memo is None or self._memo[0] != rows:
            terminal = {s.value for s in self.final_statuses()} | {s.error.value for s in rows}
            self._memo = (rows, self._status_map(), frozenset(terminal))
        return self._memo

    def _status_map(self) -> dict[str, StatusInfo]:
        info: dict[str, StatusInfo] = {}
        if self.waiting is not None:
            info[self.waiting.value] = StatusInfo(self.waiting.name, self.waiting.description, 0)
        for step, status in enumerate(self.flow()):
            info[status.value] = StatusInfo(status.name, status.description, step)
        total = self.total_steps()
        for status in self.final_statuses():
            info[status.value] = StatusInfo(status.name, status.description, total)
        for spec in self._stages:
            step = info[spec.running.value].step
            info[spec.error.value] = StatusInfo(spec.error.name, spec.error.description, step)
        return info

    def status_info(self, status: str) -> StatusInfo:
        return self._derived()[1][status]

    def terminal(self) -> frozenset[str]:
        return self._derived()[2]

    def accepts(self, name: str) -> frozenset[str]:
        """Statuses the stage may start from: the previous stage's last status, or its own
        running status (a redelivered message or a retry)."""
        spec = self[name]
        i = self._stages.index(spec)
        if i == 0:
            return frozenset({spec.running.value})
        previous = self._stages[i - 1]
        last = previous.done[0] if previous.done else previous.running
        return frozenset({last.value, spec.running.value})

    def progress(self, status: str) -> dict[str, int]:
        """Progress numbers the status endpoint reports for ``status``."""
        step = self.status_info(status).step
        total = self.total_steps()
        return {
            "current_step": step,
            "total_steps": total,
            "percentage": round(step * 100 / total),
        }

    # --- Celery routing and workers ----------------------------------------------------------

    def task_queues(self) -> dict[str, str]:
        """Where each task runs, the orchestrator included."""
        routes = {self.orchestrator[0]: self.orchestrator[1], **self._other_tasks}
        routes.update({spec.task: spec.queue for spec in self._stages})
        return routes

    def register_task(self, name: str, queue: str) -> None:
        """Route a task that is not a stage; its queue must be one a worker consumes (a stage's,
        or a service queue from :meth:`register_queue`)."""
        if queue not in {spec.queue for spec in self._stages} | set(self._service_queues):
            raise RegistryError(f"task {name}: no worker consumes queue {queue!r}")
        if name in self.task_queues():
            raise RegistryError(f"task {name} is already routed")
        self._other_tasks[str(name)] = str(queue)

    def register_queue(self, queue: str, worker: WorkerSpec) -> None:
        """A queue for tasks that are not stages (webhook deliveries), with its worker."""
        if queue in {spec.queue for spec in self._stages} | set(self._service_queues):
            raise RegistryError(f"queue {queue!r} already has a worker")
        self._service_queues[str(queue)] = worker

    def chain(self) -> tuple[str, ...]:
        """The task names the orchestrator chains, in order."""
        return tuple(spec.task for spec in self._stages)

    def workers(self) -> tuple[WorkerRow, ...]:
        """One worker per queue, in stage order (the first stage's runs the orchestrator)."""
        rows: dict[str, WorkerRow] = {}
        for spec in self._stages:
            w = spec.worker
            rows.setdefault(
                spec.queue, WorkerRow(spec.queue, w.concurrency, w.concurrency_var, w.warmup)
            )
        for queue, w in self._service_queues.items():
            rows[queue] = WorkerRow(queue, w.concurrency, w.concurrency_var, w.warmup)
        return tuple(rows.values())


def _validate(stages: list[StageSpec]) -> None:
    owners: dict[str, str] = {}
    for i, spec in enumerate(stages):
        if len(spec.done) > 1 and i < len(stages) - 1:
            raise RegistryError(f"stage {spec.name}: only the last stage may have several outcomes")
        if not spec.error.value.endswith("_error"):
            raise RegistryError(f"stage {spec.name}: its error status must end in _error")
        if spec.soft_time_limit >= spec.time_limit:
            raise RegistryError(f"stage {spec.name}: soft_time_limit must be below time_limit")
        keys = [
            f"name {str(spec.name)!r}",
            f"task {str(spec.task)!r}",
            *(f"status {str(s.value)!r}" for s in (spec.running, spec.error, *spec.done)),
        ]
        for key in keys:
            if key in owners:
                raise RegistryError(f"stage {spec.name}: {key} is already used by {owners[key]}")
            owners[key] = spec.name
