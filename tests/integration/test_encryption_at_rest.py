"""End to end: after an upload through the live API, no byte of it is on disk in plain text."""

from __future__ import annotations

import secrets
from pathlib import Path

from securetag.store.db import Database
from tests.support.api import live_api, new_tenant
from tests.support.archives import tar
from tests.support.queries import TEST_QUERIES
from tests.support.rawbytes import database_directories, files_containing


def test_no_uploaded_byte_or_secret_is_stored_in_plain_text(db_url: str, tmp_path: Path) -> None:
    with Database(db_url, max_size=2, queries=TEST_QUERIES) as admin:
        searched = database_directories(admin)
        code_marker = f"uploaded-code-{secrets.token_hex(12)}".encode()
        aws_secret = ("AKIA" + secrets.token_hex(8).upper()).encode()
        url_secret = f"pw{secrets.token_hex(10)}"
        project_marker = f"plain-project-{secrets.token_hex(8)}"
        archive = tar({
            "app/main.py": b"# " + code_marker + b"\nimport os\nos.system(input())\n",
            "app/settings.py": b"AWS_ACCESS_KEY_ID = '" + aws_secret + b"'\n",
        })  # fmt: skip
        assert code_marker in archive and aws_secret in archive  # the test's own premise

        with live_api(db_url, tmp_path) as api:
            tenant = new_tenant(admin, api.settings, "grep")
            uploaded = api.post(f"/codeaudit/upload?project={project_marker}", tenant.key,
                                data=archive)  # fmt: skip
            assert uploaded.status_code == 202, uploaded.text
            web = api.post("/scans/web", tenant.key,
                           json={"url": f"https://example.com/?token={url_secret}"})  # fmt: skip
            assert web.status_code == 202, web.text
        admin.run("test_checkpoint")

    # The control: plain metadata (the project name) is found by the same search.
    assert files_containing(searched, project_marker.encode()), "the byte search finds nothing"
    assert files_containing(searched, code_marker) == []
    assert files_containing(searched, aws_secret) == []
    assert files_containing(searched, url_secret.encode()) == []
