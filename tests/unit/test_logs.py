import json
import logging

from securetag.kernel.logs import JsonFormatter


def test_json_lines_carry_extra_fields_for_correlation() -> None:
    record = logging.makeLogRecord(
        {"name": "securetag.queue.worker", "levelname": "INFO", "msg": "task %s done", "args": (7,)}
    )
    record.task_id = 7
    record.worker_id = "w-1"
    entry = json.loads(JsonFormatter().format(record))
    assert entry["msg"] == "task 7 done"
    assert entry["task_id"] == 7 and entry["worker_id"] == "w-1"
    assert entry["level"] == "info" and entry["logger"] == "securetag.queue.worker"


def test_exceptions_are_included() -> None:
    try:
        raise ValueError("boom")
    except ValueError:
        import sys

        record = logging.makeLogRecord({"msg": "failed", "exc_info": sys.exc_info()})
    entry = json.loads(JsonFormatter().format(record))
    assert "ValueError: boom" in entry["exc"]
