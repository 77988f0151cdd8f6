"""The OpenAPI document at /openapi.json against the app that serves it.

The document must be valid OpenAPI 3.1, name exactly the routes Flask has, say
truthfully which scope each secured operation needs, and describe the bodies
the live server really sends (checked with jsonschema, Draft 2020-12).
"""

from __future__ import annotations

import json
import re
import socket
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests
from flask import Flask
from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError
from openapi_spec_validator import validate as validate_spec
from openapi_spec_validator.validation.validators import OpenAPIV31SpecValidator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from securetag.api import create_app
from securetag.store.db import Database
from securetag.tenancy.auth import SCOPES
from securetag.tenancy.tenants import create_api_key
from tests.support.api import LiveApi, TenantKeys, live_api, new_tenant
from tests.support.archives import tar_gz

DOCUMENT_URI = "urn:securetag:openapi"
METHODS = ("get", "put", "post", "delete", "patch")
# A werkzeug rule argument, `<scan_id>` or `<uuid:scan_id>`, is `{scan_id}` in OpenAPI.
_RULE_ARGUMENT = re.compile(r"<(?:[^<>:]+:)?([^<>]+)>")


@pytest.fixture(scope="module")
def api(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApi]:
    # Every secured operation is tried without a key: more failed authentications
    # from 127.0.0.1 than its default limit allows (a 429 is tested on its own).
    with live_api(
        module_db_url, tmp_path_factory.mktemp("openapi"), workers=1,
        auth_failures_per_minute=100_000, auth_failures_burst=100_000,
    ) as server:  # fmt: skip
        yield server


@pytest.fixture(scope="module")
def admin(module_db_url: str) -> Iterator[Database]:
    with Database(module_db_url, max_size=2) as db:
        yield db


@pytest.fixture(scope="module")
def document(api: LiveApi) -> dict[str, Any]:
    response = api.get("/openapi.json")
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith("application/json")
    return response.json()


@pytest.fixture(scope="module")
def app(api: LiveApi, module_db_url: str) -> Flask:
    # Never opened: the routes and their views are all these tests read from it.
    return create_app(api.settings, db=Database(module_db_url, min_size=0))


@pytest.fixture(scope="module")
def tenant(admin: Database, api: LiveApi) -> TenantKeys:
    return new_tenant(admin, api.settings, f"openapi-{uuid.uuid4().hex[:8]}")


# ----------------------------------------------------------------------------- helpers


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in document["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def flask_routes(app: Flask) -> dict[tuple[str, str], str]:
    """(OpenAPI path, method) -> endpoint, for every route a client can call."""
    routes = {}
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        path = _RULE_ARGUMENT.sub(r"{\1}", rule.rule)
        for method in rule.methods or ():
            if method not in ("HEAD", "OPTIONS"):
                routes[(path, method.lower())] = rule.endpoint
    return routes


def concrete(path: str) -> str:
    """A callable URL for a templated path (every path parameter here is a scan id)."""
    return re.sub(r"\{[^}]+\}", str(uuid.uuid4()), path)


def strict(schema: Any) -> Any:
    """The schema with `additionalProperties: false` wherever it lists properties and says
    nothing about others, so a field the document does not name fails validation too."""
    if isinstance(schema, dict):
        schema = {k: strict(v) for k, v in schema.items()}
        if "properties" in schema and "additionalProperties" not in schema:
            schema["additionalProperties"] = False
        return schema
    if isinstance(schema, list):
        return [strict(v) for v in schema]
    return schema


def validator(document: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    """A Draft 2020-12 validator for a schema that refers to `#/components/schemas/...`."""
    components = {**document["components"], "schemas": strict(document["components"]["schemas"])}
    contents = {**document, "components": components}
    registry = Registry().with_resource(DOCUMENT_URI, DRAFT202012.create_resource(contents))
    return Draft202012Validator(
        _anchored(strict(schema)),
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def _anchored(schema: Any) -> Any:
    """Local refs (`#/...`) rewritten to point into the registered document."""
    if isinstance(schema, dict):
        return {
            k: (DOCUMENT_URI + v if k == "$ref" and v.startswith("#") else _anchored(v))
            for k, v in schema.items()
        }
    if isinstance(schema, list):
        return [_anchored(v) for v in schema]
    return schema


def assert_documented(
    document: dict[str, Any], path: str, method: str, response: requests.Response
) -> Any:
    """The response's status and media type are documented for the operation, and its body
    validates against the documented schema. Returns the parsed body."""
    operation = document["paths"][path][method]
    status = str(response.status_code)
    assert status in operation["responses"], (
        f"{method.upper()} {path} answered {status}, which the document does not list: "
        f"{response.text[:500]}"
    )
    documented = operation["responses"][status]
    content = documented.get("content")
    if not content:
        return None
    media_type = response.headers.get("Content-Type", "").split(";")[0].strip()
    assert media_type in content, (
        f"{method.upper()} {path} {status} answered {media_type}; documented: {sorted(content)}"
    )
    body = response.json()
    schema = content[media_type].get("schema")
    if schema is not None:
        errors = sorted(
            validator(document, schema).iter_errors(body), key=lambda e: list(e.absolute_path)
        )
        assert not errors, (
            f"{method.upper()} {path} {status} body does not match the document:\n"
            + "\n".join(f"  at {list(e.absolute_path)}: {e.message}" for e in errors)
            + f"\nbody: {body}"
        )
    return body


# ----------------------------------------------------------------------------- the document


def test_the_document_is_valid_openapi_3_1(document: dict[str, Any]) -> None:
    assert document["openapi"].startswith("3.1.")
    validate_spec(document, cls=OpenAPIV31SpecValidator)


def test_every_component_schema_is_valid_draft_2020_12(document: dict[str, Any]) -> None:
    for name, schema in document["components"]["schemas"].items():
        try:
            Draft202012Validator.check_schema(schema)
        except SchemaError as exc:
            raise AssertionError(f"components/schemas/{name}: {exc.message}") from exc


def test_operation_ids_are_unique(document: dict[str, Any]) -> None:
    ids = [op["operationId"] for _, _, op in operations(document)]
    assert len(ids) == len(set(ids)), ids


def test_documented_operations_are_exactly_the_routes(document: dict[str, Any], app: Flask) -> None:
    documented = {(path, method) for path, method, _ in operations(document)}
    routes = set(flask_routes(app))
    assert documented - routes == set(), "documented but not served"
    assert routes - documented == set(), "served but not documented"


def test_path_parameters_match_the_rule_arguments(document: dict[str, Any]) -> None:
    for path, method, operation in operations(document):
        in_path = set(re.findall(r"\{([^}]+)\}", path))
        declared = {p["name"]: p for p in operation.get("parameters", []) if p.get("in") == "path"}
        assert set(declared) == in_path, f"{method.upper()} {path}"
        assert all(p.get("required") is True for p in declared.values()), f"{method} {path}"


def test_the_scope_documented_is_the_scope_the_view_requires(
    document: dict[str, Any], app: Flask
) -> None:
    routes = flask_routes(app)
    for path, method, operation in operations(document):
        view = app.view_functions[routes[(path, method)]]
        required = getattr(view, "required_scope", None)
        if "security" in operation:
            assert operation.get("x-required-scope") == required, f"{method.upper()} {path}"
            for status in ("401", "403", "429"):
                assert status in operation["responses"], f"{method.upper()} {path} {status}"
        else:
            assert required is None, f"{method.upper()} {path} needs a key but is documented open"
            assert "x-required-scope" not in operation, f"{method.upper()} {path}"


def test_security_schemes_are_the_headers_the_server_reads(document: dict[str, Any]) -> None:
    schemes = document["components"]["securitySchemes"]
    assert schemes["apiKey"] == {"type": "apiKey", "in": "header", "name": "X-API-Key"}
    assert schemes["bearer"] == {"type": "http", "scheme": "bearer"}


# ----------------------------------------------------------------------------- the live server


def test_secured_operations_answer_401_without_a_key(
    document: dict[str, Any], api: LiveApi
) -> None:
    secured = [(p, m) for p, m, op in operations(document) if "security" in op]
    assert secured, "the document marks no operation secured"
    for path, method in secured:
        for headers in ({}, {"X-API-Key": "stk_nobodynobody_" + "x" * 40}):
            response = requests.request(
                method, api.url + concrete(path), headers=headers, timeout=30
            )
            assert response.status_code == 401, f"{method.upper()} {path}: {response.text}"
            assert_documented(document, path, method, response)


def test_secured_operations_answer_403_without_their_scope(
    document: dict[str, Any], api: LiveApi, admin: Database, tenant: TenantKeys
) -> None:
    for path, method, operation in operations(document):
        if "security" not in operation:
            continue
        scope = operation["x-required-scope"]
        others = [s for s in SCOPES if s != scope]
        key = create_api_key(admin, api.settings.pepper(), tenant.name, scopes=others).token
        response = requests.request(
            method, api.url + concrete(path), headers={"X-API-Key": key}, timeout=30
        )
        assert response.status_code == 403, f"{method.upper()} {path}: {response.text}"
        body = assert_documented(document, path, method, response)
        assert body["error"]["details"] == {"required_scope": scope}


def test_health_bodies(document: dict[str, Any], api: LiveApi) -> None:
    assert_documented(document, "/healthz", "get", api.get("/healthz"))
    assert_documented(document, "/healthz/db", "get", api.get("/healthz/db"))


def test_web_scan_accepted_and_read_back(
    document: dict[str, Any], api: LiveApi, tenant: TenantKeys
) -> None:
    submitted = api.post(
        "/scans/web", tenant.key, json={"url": "https://example.com/", "project": "shape"}
    )
    assert submitted.status_code == 202, submitted.text
    accepted = assert_documented(document, "/scans/web", "post", submitted)
    assert submitted.headers["Location"] == accepted["links"]["self"]

    scan = api.get(accepted["links"]["self"], tenant.key)
    assert scan.status_code == 200, scan.text
    body = assert_documented(document, "/scans/{scan_id}", "get", scan)
    assert body["id"] == accepted["scan_id"]

    unfinished = api.get(accepted["links"]["sarif"], tenant.key)
    assert unfinished.status_code == 409
    assert_documented(document, "/scans/{scan_id}", "get", unfinished)


def test_code_audit_accepted(document: dict[str, Any], api: LiveApi, tenant: TenantKeys) -> None:
    raw = api.post("/codeaudit/upload?project=shape", tenant.key, data=tar_gz({"a.py": b"x = 1\n"}))
    assert raw.status_code == 202, raw.text
    assert_documented(document, "/codeaudit/upload", "post", raw)
    multipart = api.post(
        "/codeaudit/upload",
        tenant.key,
        files={"file": ("src.tgz", tar_gz({"b.py": b"y = 2\n"}))},
        data={"project": "shape"},
    )
    assert multipart.status_code == 202, multipart.text
    assert_documented(document, "/codeaudit/upload", "post", multipart)


def test_list_pages(document: dict[str, Any], api: LiveApi, tenant: TenantKeys) -> None:
    for _ in range(3):
        api.post("/scans/web", tenant.key, json={"url": "https://example.com", "project": "page"})
    first = api.get("/scans?project=page&limit=2", tenant.key)
    assert first.status_code == 200, first.text
    page = assert_documented(document, "/scans", "get", first)
    assert len(page["items"]) == 2 and page["next_cursor"]
    second = api.get(f"/scans?project=page&limit=2&cursor={page['next_cursor']}", tenant.key)
    assert assert_documented(document, "/scans", "get", second)["next_cursor"] is None
    index = api.get("/codeaudit/index", tenant.key)
    assert index.status_code == 200, index.text
    assert_documented(document, "/codeaudit/index", "get", index)


def test_sarif_of_a_finished_scan(
    document: dict[str, Any], api: LiveApi, tenant: TenantKeys
) -> None:
    accepted = api.post("/scans/web", tenant.key, json={"url": "https://example.com"}).json()
    assert api.delete(accepted["links"]["self"], tenant.key).status_code == 200
    sarif = api.get(accepted["links"]["sarif"], tenant.key)
    assert sarif.status_code == 200, sarif.text
    assert assert_documented(document, "/scans/{scan_id}", "get", sarif)["version"] == "2.1.0"


def _call(method: str, url: str, **kwargs: Any) -> Callable[[LiveApi, str], requests.Response]:
    return lambda api, key: getattr(api, method)(url.format(id=uuid.uuid4()), key, **kwargs)


@pytest.mark.parametrize(
    ("method", "path", "call"),
    [
        pytest.param(
            "post", "/scans/web", _call("post", "/scans/web", json={"url": "x"}), id="url"
        ),
        pytest.param("post", "/scans/web", _call("post", "/scans/web", data="{"), id="not-json"),
        pytest.param("get", "/scans", _call("get", "/scans?limit=0"), id="limit"),
        pytest.param("get", "/scans", _call("get", "/scans?cursor=not-ours"), id="cursor"),
        pytest.param(
            "get", "/codeaudit/index", _call("get", "/codeaudit/index?type=web_scan"), id="type"
        ),
        pytest.param(
            "get", "/codeaudit/latest", _call("get", "/codeaudit/latest?project=none"), id="none"
        ),
        pytest.param("get", "/scans/{scan_id}", _call("get", "/scans/{id}"), id="get-missing"),
        pytest.param(
            "delete", "/scans/{scan_id}", _call("delete", "/scans/{id}"), id="delete-missing"
        ),
        pytest.param(
            "get", "/scans/{scan_id}", _call("get", "/scans/{id}?format=pdf"), id="format"
        ),
        pytest.param(
            "post", "/codeaudit/upload", _call("post", "/codeaudit/upload", data=b"x"), id="project"
        ),
        pytest.param(
            "post",
            "/codeaudit/upload",
            _call("post", "/codeaudit/upload?project=p", data=b"plain text"),
            id="not-an-archive",
        ),
    ],
)
def test_error_bodies(
    document: dict[str, Any],
    api: LiveApi,
    tenant: TenantKeys,
    method: str,
    path: str,
    call: Callable[[LiveApi, str], requests.Response],
) -> None:
    response = call(api, tenant.key)
    assert 400 <= response.status_code < 500, response.text
    body = assert_documented(document, path, method, response)
    assert set(body) == {"error"}


def test_too_many_requests(
    document: dict[str, Any], api: LiveApi, admin: Database, tenant: TenantKeys
) -> None:
    slow = create_api_key(
        admin, api.settings.pepper(), tenant.name, scopes=["scans:read"], rate_limit_per_minute=1
    ).token
    for _ in range(api.settings.rate_limit_burst + 5):
        response = api.get("/scans", slow)
        if response.status_code != 200:
            break
    assert response.status_code == 429, response.text
    assert_documented(document, "/scans", "get", response)
    for name in document["paths"]["/scans"]["get"]["responses"]["429"]["headers"]:
        assert response.headers[name].isdigit(), (name, response.headers.get(name))


def test_cancelling_twice_is_409(
    document: dict[str, Any], api: LiveApi, tenant: TenantKeys
) -> None:
    accepted = api.post("/scans/web", tenant.key, json={"url": "https://example.com"}).json()
    assert api.delete(accepted["links"]["self"], tenant.key).status_code == 200
    again = api.delete(accepted["links"]["self"], tenant.key)
    assert again.status_code == 409
    assert_documented(document, "/scans/{scan_id}", "delete", again)


# GET /codeaudit/latest and DELETE /scans/{id} answer the documented ScanDetail too.


def test_latest_code_audit_body(document: dict[str, Any], api: LiveApi, tenant: TenantKeys) -> None:
    api.post("/codeaudit/upload?project=latest", tenant.key, data=tar_gz({"c.py": b"z = 3\n"}))
    latest = api.get("/codeaudit/latest?project=latest", tenant.key)
    assert latest.status_code == 200, latest.text
    assert_documented(document, "/codeaudit/latest", "get", latest)


def test_cancelled_scan_body(document: dict[str, Any], api: LiveApi, tenant: TenantKeys) -> None:
    accepted = api.post("/scans/web", tenant.key, json={"url": "https://example.com"}).json()
    cancelled = api.delete(accepted["links"]["self"], tenant.key)
    assert cancelled.status_code == 200, cancelled.text
    assert_documented(document, "/scans/{scan_id}", "delete", cancelled)


# ----------------------------------------------------------------------------- found by fuzzing
# Each test states the behaviour the document promises; the reason says where it breaks.


def test_nul_in_latest_project_is_a_client_error(api: LiveApi, tenant: TenantKeys) -> None:
    response = api.get("/codeaudit/latest?project=%00", tenant.key)
    assert 400 <= response.status_code < 500, response.text


def test_nul_in_web_scan_url_is_a_client_error(api: LiveApi, tenant: TenantKeys) -> None:
    response = api.post("/scans/web", tenant.key, json={"url": "https://example.com/\u0000"})
    assert response.status_code == 400, response.text


def test_deeply_nested_json_is_a_client_error(api: LiveApi, tenant: TenantKeys) -> None:
    response = api.post(
        "/scans/web",
        tenant.key,
        data="[" * 1000 + "]" * 1000,
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 400, response.text


def test_an_overlong_url_gets_the_json_error_shape(api: LiveApi, tenant: TenantKeys) -> None:
    response = api.get("/scans?cursor=" + "x" * 9000, tenant.key)
    assert response.status_code == 414
    assert response.headers["Content-Type"].startswith("application/json"), response.text[:200]
    assert response.json()["error"]["code"] == "uri_too_long"


def test_headers_gunicorn_refuses_get_the_json_error_shape(api: LiveApi) -> None:
    too_many = {f"X-Filler-{i}": "x" for i in range(150)}  # limit_request_fields is 100
    malformed = "GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n"
    response = api.get("/healthz", headers=too_many)
    assert response.status_code == 431
    assert response.json()["error"]["code"] == "headers_too_large"
    host, port = api.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(malformed.encode())
        raw = sock.makefile("rb").read()
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400"), raw[:200]
    assert b"Content-Type: application/json" in head
    assert json.loads(body)["error"]["code"] == "bad_request"


def test_a_derived_project_can_be_listed(api: LiveApi, tenant: TenantKeys) -> None:
    submitted = api.post("/scans/web", tenant.key, json={"url": "https://-edge-/"})
    assert submitted.status_code == 202, submitted.text
    project = api.get(submitted.json()["links"]["self"], tenant.key).json()["project"]
    listed = api.get("/scans", tenant.key, params={"project": project})
    assert listed.status_code == 200, listed.text


def test_multipart_project_is_documented_like_the_query_project(document: dict[str, Any]) -> None:
    operation = document["paths"]["/codeaudit/upload"]["post"]
    [query] = [p for p in operation["parameters"] if p["name"] == "project"]
    form = operation["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert form["properties"]["project"].get("pattern") == query["schema"]["pattern"]


def test_the_documented_web_scan_body_excludes_non_http_urls(document: dict[str, Any]) -> None:
    body = document["paths"]["/scans/web"]["post"]["requestBody"]["content"]["application/json"]
    check = validator(document, body["schema"])
    assert not check.is_valid({"url": ""})
    assert not check.is_valid({"url": "ftp://example.com/"})
