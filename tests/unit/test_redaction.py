"""Secret redaction: every way a secret is found, and how it is cut out of the text."""

from __future__ import annotations

import hashlib
import re
import threading
import time
from pathlib import Path

import pytest

from securetag.security import redaction
from securetag.security.redaction import (
    FLAGGED_LINE_WIDTH,
    REDACTION_MARK,
    redact_flagged_line,
    redact_hashed_tokens,
    redact_line,
    redact_secret,
    redact_secrets,
    through_first_redaction,
    token_span,
)
from tests.support.made_up_secrets import (
    AWS_KEY,
    BEARER,
    DB_PASSWORD,
    GITHUB_TOKEN,
    OPAQUE_TOKEN,
    PEM_BODY,
    PRIVATE_KEY,
    SLACK_TOKEN,
    STRIPE_KEY,
    URL_PASSWORD,
    assert_redacted,
)

ORDINARY_CODE = """\
import hashlib
import os

from flask import Flask, request

app = Flask(__name__)
PASSWORD_FIELD = "password"
TOKEN_HEADER = "X-Auth-Token"
token_type = "bearer"


def login():
    password = request.form["password"]
    api_key = os.environ["API_KEY"]
    secret_key = load_secret_key()
    url = f"postgres://{user}:{password}@{host}/app"
    headers = {"Authorization": f"Bearer {token}"}
    digest = hashlib.sha256(password.encode()).hexdigest()
    query = "SELECT * FROM users WHERE name = %s"
    cursor.execute(query, (request.args.get("name"),))
    if not check(api_key, token=token, tokens_in=reply.tokens_in):
        raise PermissionError("Basic authentication failed for this user")
    return {"id": 42, "status": "ok", "url": "https://example.com/docs/api/v2/users"}
"""


# -- redact_secret: the redacted form ------------------------------------------------------


def test_redact_secret_keeps_at_most_four_characters_and_the_length() -> None:
    assert redact_secret("AKIAABCDEFGHIJKLMNOP") == "AKIA…(20 chars)"
    assert redact_secret("hunter22") == "hu…(8 chars)"
    assert redact_secret("abc") == "…(3 chars)"
    assert REDACTION_MARK == "…"


# -- redact_secrets: secrets found in any text ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        (f'AWS_ACCESS_KEY_ID = "{AWS_KEY}"', AWS_KEY),
        (f"client = boto3.client('s3', aws_access_key_id='{AWS_KEY}')", AWS_KEY),
        (f'password = "{DB_PASSWORD}"', DB_PASSWORD),
        (f"conn = connect(host='db', password='{DB_PASSWORD}')", DB_PASSWORD),
        (f"DB_PASSWORD={DB_PASSWORD}", DB_PASSWORD),
        (f"  password: {DB_PASSWORD}", DB_PASSWORD),
        (f'GITHUB_TOKEN = "{GITHUB_TOKEN}"', GITHUB_TOKEN),
        (f"git clone https://x:{GITHUB_TOKEN}@github.com/org/repo", GITHUB_TOKEN),
        (f'DATABASE_URL = "postgres://app:{URL_PASSWORD}@db:5432/app"', URL_PASSWORD),
        (f"curl -H 'Authorization: Bearer {OPAQUE_TOKEN}' https://api", OPAQUE_TOKEN),
        (f"session = {{'jwt': '{BEARER}'}}", BEARER),
        (f"stripe.api_key = '{STRIPE_KEY}'", STRIPE_KEY),
        (f"charge(key='{STRIPE_KEY}')", STRIPE_KEY),
        (f"slack = WebClient('{SLACK_TOKEN}')", SLACK_TOKEN),
    ],
)
def test_secrets_are_redacted_to_a_short_prefix_and_their_length(line: str, secret: str) -> None:
    redacted = redact_secrets(line)

    assert_redacted(redacted, secret)
    assert f"({len(secret)} chars)" in redacted


def test_a_private_key_block_is_redacted_keeping_its_lines() -> None:
    source = f"x = 1\nKEY = '''\n{PRIVATE_KEY}\n'''\ny = 2\n"
    redacted = redact_secrets(source)

    assert len(redacted.split("\n")) == len(source.split("\n"))
    assert "-----BEGIN RSA PRIVATE KEY-----" in redacted
    assert "-----END RSA PRIVATE KEY-----" in redacted
    for body_line in PEM_BODY:
        assert body_line not in redacted
        assert body_line[4:12] not in redacted
    assert f"MIIE…({len(''.join(PEM_BODY))} chars)" in redacted
    assert redacted.startswith("x = 1\n") and redacted.endswith("y = 2\n")


def test_a_private_key_on_one_line_with_escapes_is_redacted() -> None:
    line = 'KEY = "' + PRIVATE_KEY.replace("\n", "\\n") + '"'
    redacted = redact_secrets(line)

    for body_line in PEM_BODY:
        assert body_line[4:20] not in redacted
    assert "…(" in redacted


def test_the_dashes_around_a_token_are_not_counted_as_part_of_it() -> None:
    assert redact_secrets(f"key = --{STRIPE_KEY}-- next") == "key = --sk_l…(32 chars)-- next"


def test_ordinary_code_is_left_alone() -> None:
    assert redact_secrets(ORDINARY_CODE) == ORDINARY_CODE


def test_redaction_is_idempotent_and_deterministic() -> None:
    text = "\n".join(
        [
            f'AWS = "{AWS_KEY}"',
            f'password = "{DB_PASSWORD}"',
            f"url = 'https://u:{URL_PASSWORD}@host/'",
            PRIVATE_KEY,
            f"token = '{GITHUB_TOKEN}'",
        ]
    )
    once = redact_secrets(text)

    assert redact_secrets(once) == once
    assert redact_secrets(text) == once


def test_redaction_is_fast_and_safe_to_run_in_threads() -> None:
    lines = ORDINARY_CODE.split("\n") * 150 + [f'password = "{DB_PASSWORD}{n}"' for n in range(50)]
    text = "\n".join(lines)
    started = time.monotonic()
    expected = redact_secrets(text)
    elapsed = time.monotonic() - started

    # Thousands of lines per second, with a wide margin for a busy two-core machine.
    assert len(lines) / elapsed > 1500, f"{len(lines)} lines took {elapsed:.2f}s"
    assert DB_PASSWORD not in expected
    results: list[str] = []
    threads = [
        threading.Thread(target=lambda: results.append(redact_secrets(text))) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 4


# -- secrets given by the caller: a line, a flagged line, a message ------------------------


def test_redact_line_covers_every_occurrence_and_the_whole_token() -> None:
    token = "ghp_" + "Ab3" * 12
    line = f'a = "{token}"; b = "{token}"  # {token}'
    assert redact_line(line, token) == (
        'a = "ghp_…(40 chars)"; b = "ghp_…(40 chars)"  # ghp_…(40 chars)'
    )
    # detect-secrets' GitHub detector reports only the "ghp" prefix as the value.
    assert redact_line(line, "ghp") == redact_line(line, token)


def test_token_span_grows_to_the_token_and_gives_back_the_pem_dashes() -> None:
    line = 'KEY = "-----BEGIN PRIVATE KEY-----\\nMIIE"'
    start = line.index("BEGIN")

    assert token_span(line, start, start + len("BEGIN PRIVATE KEY")) == (start, start + 17)
    assert token_span("x = ghp_abc123;", 4, 7) == (4, 14)


def test_secrets_side_by_side_are_redacted_as_one() -> None:
    # Two redactions next to each other would show two prefixes; joined they show one.
    assert redact_flagged_line("x: ab12!#cd34;", ["ab12!", "#cd34"]) == "x: ab…(10 chars);"


def test_a_flagged_line_loses_its_secrets_and_any_key_material_on_it() -> None:
    material = "Zm9vYmFy" * 6
    line = f'password = "{DB_PASSWORD}"  # old: {material}'

    assert redact_flagged_line(line, [DB_PASSWORD]) == (
        f'password = "{redact_secret(DB_PASSWORD)}"  # old: {redact_secret(material)}'
    )
    # Without a digit a long run is a word, not key material.
    assert redact_flagged_line(f"x = {'a' * 60}", []) == f"x = {'a' * 60}"


def test_a_long_flagged_line_is_cut_around_its_first_redaction() -> None:
    line = "x" * 500 + f' password = "{DB_PASSWORD}" ' + "y" * 500
    snippet = redact_flagged_line(line, [DB_PASSWORD])

    assert DB_PASSWORD not in snippet
    assert redact_secret(DB_PASSWORD) in snippet
    assert snippet.startswith(REDACTION_MARK) and snippet.endswith(REDACTION_MARK)
    assert len(snippet) == FLAGGED_LINE_WIDTH + 2
    assert redact_flagged_line(line, [DB_PASSWORD], width=1000).startswith("…xxx")


def test_through_first_redaction_cuts_a_one_line_key_after_its_header() -> None:
    snippet = 'KEY = "-----BEGI…(17 chars)-----\\nMIIE…(64 chars)\\n"'

    assert through_first_redaction(snippet) == 'KEY = "-----BEGI…(17 chars)-----…'
    assert through_first_redaction("-----BEGI…(17 chars)-----") == "-----BEGI…(17 chars)-----"
    assert through_first_redaction("no secret here") == "no secret here"


def test_a_token_with_a_known_hash_is_redacted_out_of_a_message() -> None:
    sha256 = hashlib.sha256(URL_PASSWORD.encode()).hexdigest()
    message = f"Possible hardcoded password: '{URL_PASSWORD}' near 's3cr3t'"

    assert redact_hashed_tokens(message, {sha256}) == (
        f"Possible hardcoded password: '{redact_secret(URL_PASSWORD)}' near 's3cr3t'"
    )
    assert redact_hashed_tokens(message, set()) == message


# ---------------------------------------------------------------- screening is exact


def _every_line_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Redaction as it was before the screens: every plugin on every line."""
    monkeypatch.setattr(redaction, "_screened_lines", lambda *args: {})
    monkeypatch.setattr(redaction, "_KEYWORD", re.compile(""))


SCREEN_CORPUS_GLOBS = (
    "tests/detection/*/cases/secrets/*",
    "tests/detection/java/src/main/java/org/securetag/bench/secrets/*.java",
    "tests/support/**/*.py",
)
TOKENS_AT_EDGES = "\n".join(
    [
        "AKC" + "a1B2c3D4e5F6g7",  # Artifactory at a line's very start (^ and \s anchors)
        'x = "AP6' + "abcdefgh12" + '"',
        "  \tAKIA" + "IOSFODNN7EXAMPLE",
        "xoxb-" + "123456789012-abcdefABCDEF",
        "cloudant_password = '" + "a" * 8 + "b" * 16 + "'",
        "ibm_cloud_iam_key: " + "Zx9" * 15,
        "softlayer_api_key=" + "f" * 64,
        "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc",
        "123456789:" + "AAH" * 11 + "ab",
        "0123456789abcdef0123456789abcdef-us12",
        "PASSWORD=hunter2isnotgood",
        "Contraseña: 'S3cr3tValu3!'",
        "",
        "https://user:pa55word@example.com/",
    ]
)


def test_screening_lines_finds_exactly_what_checking_every_line_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = Path(__file__).resolve().parents[2]
    texts = [TOKENS_AT_EDGES]
    for pattern in SCREEN_CORPUS_GLOBS:
        texts += [p.read_text(errors="replace") for p in sorted(root.glob(pattern)) if p.is_file()]
    assert len(texts) > 50
    screened = [redaction.redact_secrets(text) for text in texts]
    _every_line_checked(monkeypatch)
    assert [redaction.redact_secrets(text) for text in texts] == screened
    # The corpus exercises the plugins: the edge cases are redacted, not passed through.
    assert screened[0].count(redaction.REDACTION_MARK) >= 10, screened[0]
