import math

import pytest

from securetag.kernel.errors import DatabaseUnavailable, LeaseLost, NotFound, SecuretagError
from securetag.kernel.models import FINAL_STATES, NewTask, TaskState


def test_new_task_defaults() -> None:
    task = NewTask(type="noop")
    assert task.payload == {} and task.priority == 0 and task.dedup_key is None


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"type": "Scan"}, "type must match"),
        ({"type": "x" * 65}, "type must match"),
        ({"type": "noop", "payload": [1]}, "payload must be a JSON object"),
        ({"type": "noop", "priority": 5000}, "priority"),
        ({"type": "noop", "delay_s": -1}, "delay_s"),
        ({"type": "noop", "delay_s": math.nan}, "delay_s"),
        ({"type": "noop", "timeout_s": math.inf}, "timeout_s"),
        ({"type": "noop", "max_attempts": 0}, "max_attempts"),
        ({"type": "noop", "dedup_key": ""}, "dedup_key"),
    ],
)
def test_new_task_rejects_bad_fields(kwargs: dict, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        NewTask(**kwargs)


def test_final_and_active_states_partition_the_enum() -> None:
    active = {s for s in TaskState if s.is_active}
    assert active == {TaskState.QUEUED, TaskState.RUNNING, TaskState.RETRYING}
    assert active | FINAL_STATES == set(TaskState)
    assert all(s.is_final for s in FINAL_STATES)


def test_errors_have_one_json_shape_and_a_status() -> None:
    err = NotFound("scan 7 not found", details={"id": 7})
    assert err.to_dict() == {
        "error": {"code": "not_found", "message": "scan 7 not found", "details": {"id": 7}}
    }
    assert err.http_status == 404
    assert DatabaseUnavailable("down").http_status == 503
    assert DatabaseUnavailable("down").retryable
    assert isinstance(LeaseLost("x"), SecuretagError)


def test_id_ranges_compress_contiguous_runs() -> None:
    from securetag.queue.tasks import id_ranges

    assert id_ranges([]) == []
    assert id_ranges([5]) == [[5, 5]]
    assert id_ranges([3, 1, 2, 7, 8, 10]) == [[1, 3], [7, 8], [10, 10]]
    assert id_ranges(list(range(100, 100_100))) == [[100, 100_099]]
