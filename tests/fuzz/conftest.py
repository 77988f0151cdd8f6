"""Give each schemathesis test item its operation in its node id.

pytest 9.2 builds a Function's node id from `originalname` and its callspec
alone, so every item that schemathesis 4.32 generates from one test function
gets the same id (`test_x` instead of `test_x[GET /scans]`): reports could not
tell the operations apart, and `-k` or a node id could not pick one.
"""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        label = getattr(item, "operation_label", None)
        node_id = getattr(item, "_id", None)
        if label and node_id is not None and node_id.params is None:
            item._id = node_id.with_params(label)
