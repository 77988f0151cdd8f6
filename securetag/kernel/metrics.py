"""Prometheus metrics for the API (`GET /metrics`) and the workers (a metrics port).

Each process owns its registry (no module-level registry). Under gunicorn the
API runs several worker processes: deploy/gunicorn.conf.py points
PROMETHEUS_MULTIPROC_DIR at a directory of its own, every process writes its
samples there, and whichever process answers `/metrics` reports the sum.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
    start_http_server,
)
from prometheus_client.core import GaugeMetricFamily

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
REQUEST_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
TASK_BUCKETS = (0.001, 0.01, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900, 1800)


class ApiMetrics:
    """Requests by route and status, and their latency."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "securetag_http_requests", "HTTP requests answered",
            ["method", "route", "status"], registry=self.registry,
        )  # fmt: skip
        self.latency = Histogram(
            "securetag_http_request_duration_seconds", "Time to answer a request",
            ["method", "route"], buckets=REQUEST_BUCKETS, registry=self.registry,
        )  # fmt: skip
        # The labelled children by (method, route, status): labels() validates
        # and locks on every call, and each request would pay that twice. A
        # route is a URL rule, not a path, so this stays as small as the API.
        self._children: dict[tuple[str, str, int], tuple[Any, Any]] = {}

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        children = self._children.get((method, route, status))
        if children is None:
            children = (
                self.requests.labels(method, route, str(status)),
                self.latency.labels(method, route),
            )
            # A race here stores the same children twice: labels() returns one per label set.
            self._children[(method, route, status)] = children
        requests, latency = children
        requests.inc()
        latency.observe(seconds)

    def exposition(self) -> tuple[bytes, str]:
        """The text a scrape gets: every gunicorn process's samples when multiprocess."""
        if os.environ.get(MULTIPROC_ENV):
            combined = CollectorRegistry()
            multiprocess.MultiProcessCollector(combined)
            return generate_latest(combined), CONTENT_TYPE_LATEST
        return generate_latest(self.registry), CONTENT_TYPE_LATEST


class QueueDepthCollector:
    """Queue depth by type and state, read from the database at scrape time."""

    def __init__(self, read_depth: Callable[[], list[tuple[str, str, int]]]) -> None:
        self._read_depth = read_depth

    def collect(self):
        family = GaugeMetricFamily(
            "securetag_queue_tasks", "Active tasks by type and state", labels=["type", "state"]
        )
        for task_type, state, count in self._read_depth():
            family.add_metric([task_type, state], count)
        yield family


class WorkerMetrics:
    """Tasks claimed, succeeded, failed, retried (by type), their durations, queue depth."""

    def __init__(self, read_depth: Callable[[], list[tuple[str, str, int]]] | None = None) -> None:
        self.registry = CollectorRegistry()
        self.tasks = Counter(
            "securetag_worker_tasks", "Task outcomes seen by this worker",
            ["type", "outcome"], registry=self.registry,
        )  # fmt: skip
        self.duration = Histogram(
            "securetag_worker_task_duration_seconds", "Time a handler ran, by task type",
            ["type"], buckets=TASK_BUCKETS, registry=self.registry,
        )  # fmt: skip
        if read_depth is not None:
            self.registry.register(QueueDepthCollector(read_depth))

    def count(self, task_type: str, outcome: str, n: int = 1) -> None:
        self.tasks.labels(task_type, outcome).inc(n)

    def observe_duration(self, task_type: str, seconds: float) -> None:
        self.duration.labels(task_type).observe(seconds)

    def serve(self, port: int, host: str = "0.0.0.0") -> None:
        """Expose /metrics on `port` from a daemon thread of this process."""
        start_http_server(port, addr=host, registry=self.registry)
