# ruff: noqa: E501  (lines are JavaScript source text)
"""Generate the JavaScript/TypeScript detection benchmark (issue 15).

Writes tests/detection/javascript/cases/<category>/<category>_NNN.{js,ts} and expected.csv.
Deterministic: the same script always writes the same files. Run from anywhere:

    python tests/detection/javascript/generate_cases.py

Cases come from three sources: combinatorial flow cases (source x dataflow shape x sink, and the
safe look-alikes) for the injection-style categories, API-spelling variants for the categories
without data flow, and hand-written cases (handwritten_cases.py). Helper modules that cases import
live in lib/ and are not cases themselves.
"""

from __future__ import annotations

import csv
import random
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES_DIR = HERE / "cases"


# --------------------------------------------------------------------------------------------
# Rendering


@dataclass(frozen=True)
class Imp:
    """One import. kind: ns (`import * as x` / require), default, named (names: 'a' or 'a:b')."""

    kind: str
    module: str
    names: tuple[str, ...]

    def js(self) -> str:
        if self.kind in ("ns", "default"):
            return f"const {self.names[0]} = require('{self.module}');"
        parts = [n.replace(":", ": ") for n in self.names]
        return "const { " + ", ".join(parts) + f" }} = require('{self.module}');"

    def ts(self) -> str:
        if self.kind == "ns":
            return f"import * as {self.names[0]} from '{self.module}';"
        if self.kind == "default":
            return f"import {self.names[0]} from '{self.module}';"
        parts = [n.replace(":", " as ") for n in self.names]
        return "import { " + ", ".join(parts) + f" }} from '{self.module}';"


def ns(module: str, name: str) -> Imp:
    return Imp("ns", module, (name,))


def default(module: str, name: str) -> Imp:
    return Imp("default", module, (name,))


def named(module: str, *names: str) -> Imp:
    return Imp("named", module, tuple(names))


TYPE_MARK = re.compile(r"\{:([^{}]+)\}")
AS_MARK = re.compile(r"\{as ([^{}]+)\}")


def apply_marks(line: str, ts: bool) -> str | None:
    """`{:T}` is a TS type annotation, `{as T}` a TS cast, a line `{ts}...` exists only in TS,
    a line `{js}...` only in JS."""
    if line.startswith("{ts}"):
        if not ts:
            return None
        line = line[4:]
    elif line.startswith("{js}"):
        if ts:
            return None
        line = line[4:]
    line = TYPE_MARK.sub((lambda m: ": " + m.group(1)) if ts else (lambda m: ""), line)
    line = AS_MARK.sub((lambda m: " as " + m.group(1)) if ts else (lambda m: ""), line)
    return line


@dataclass
class Case:
    category: str
    vulnerable: bool
    tags: list[str] = field(default_factory=list)
    imports: list[Imp] = field(default_factory=list)
    setup: list[str] = field(default_factory=list)
    helpers: list[list[str]] = field(default_factory=list)
    body: list[str] | None = field(default_factory=list)
    is_async: bool = False
    method: str = "get"
    route: str = "/"
    router_style: str = "router"  # router | app | named-handler
    middleware: list[str] = field(default_factory=list)
    ts: bool = False
    handler_name: str = "handle"
    module_tail: list[str] = field(default_factory=list)

    def imp(self, *imps: Imp) -> None:
        for i in imps:
            if i not in self.imports:
                self.imports.append(i)

    def tag(self, *tags: str) -> None:
        for t in tags:
            if t and t not in self.tags:
                self.tags.append(t)

    def helper(self, lines: list[str]) -> None:
        if lines not in self.helpers:
            self.helpers.append(lines)

    def setup_line(self, *lines: str) -> None:
        for line in lines:
            if line not in self.setup:
                self.setup.append(line)

    def render(self) -> str:
        ts = self.ts
        out: list[str] = []
        if not ts:
            out.append("'use strict';")
            out.append("")
        imports = list(self.imports)
        if self.body is not None:
            express_imp = Imp("default", "express", ("express",))
            if express_imp in imports:
                imports.remove(express_imp)
            if ts:
                out.append("import express, { Request, Response } from 'express';")
            else:
                out.append("const express = require('express');")
        for i in imports:
            out.append(i.ts() if ts else i.js())
        out.append("")
        app_name = "app" if self.router_style == "app" else "router"
        if self.body is not None:
            out.append(
                "const app = express();"
                if app_name == "app"
                else "const router = express.Router();"
            )
            for mw in self.middleware:
                out.append(apply_marks(f"{app_name}.use({mw});", ts))
        for line in self.setup:
            marked = apply_marks(line, ts)
            if marked is not None:
                out.append(marked)
        if self.setup or (self.body is not None):
            out.append("")
        for helper in self.helpers:
            for line in helper:
                marked = apply_marks(line, ts)
                if marked is not None:
                    out.append(marked)
            out.append("")
        if self.body is not None:
            sig = "(req{:Request}, res{:Response})"
            prefix = "async " if self.is_async else ""
            body = [apply_marks("  " + b if b else "", ts) for b in self.body]
            body = [b for b in body if b is not None]
            if self.router_style == "named-handler":
                out.append(apply_marks(f"{prefix}function {self.handler_name}{sig} {{", ts))
                out.extend(body)
                out.append("}")
                out.append("")
                out.append(f"router.{self.method}('{self.route}', {self.handler_name});")
            else:
                out.append(
                    apply_marks(f"{app_name}.{self.method}('{self.route}', {prefix}{sig} => {{", ts)
                )
                out.extend(body)
                out.append("});")
            out.append("")
            out.append(f"export default {app_name};" if ts else f"module.exports = {app_name};")
        for line in self.module_tail:
            marked = apply_marks(line, ts)
            if marked is not None:
                out.append(marked)
        text = "\n".join(out).rstrip() + "\n"
        return re.sub(r"\n{3,}", "\n\n", text)


# --------------------------------------------------------------------------------------------
# Sources (framework request objects)

SOURCE_KINDS = [
    "query",
    "body",
    "param",
    "header",
    "cookie",
    "query-destructure",
    "body-destructure",
]


def add_source(case: Case, kind: str, name: str, variant: int) -> str:
    """Adds the line that reads `name` from the request; returns the variable name."""
    header = "x-" + re.sub(r"([A-Z])", r"-\1", name).lower()
    if kind == "query":
        expr = [f"req.query.{name}", f"req.query['{name}']"][variant % 2]
        case.body.append(f"const {name} = {expr}{{as string}};")
        case.tag("framework-object")
    elif kind == "query-destructure":
        case.body.append(f"const {{ {name} }} = req.query{{as Record<string, string>}};")
        case.tag("framework-object")
    elif kind == "body":
        case.method = "post"
        case.middleware.append(
            "express.json()"
        ) if "express.json()" not in case.middleware else None
        case.body.append(f"const {name} = req.body.{name};")
        case.tag("json-body")
    elif kind == "body-destructure":
        case.method = "post"
        mw = ["express.json()", "express.urlencoded({ extended: false })"][variant % 2]
        if mw not in case.middleware:
            case.middleware.append(mw)
        case.body.append(f"const {{ {name} }} = req.body;")
        case.tag("json-body" if variant % 2 == 0 else "framework-object")
    elif kind == "text-body":
        case.method = "post"
        case.middleware.append("express.text({ type: ['application/xml', 'text/xml'] })")
        case.body.append(f"const {name} = req.body{{as string}};")
        case.tag("framework-object")
    elif kind == "param":
        case.route = case.route.rstrip("/") + f"/:{name}"
        case.body.append(f"const {name} = req.params.{name};")
        case.tag("path-param")
    elif kind == "header":
        expr = [
            f"req.headers['{header}']",
            f"req.get('{header.title()}')",
            f"req.header('{header}')",
        ][variant % 3]
        case.body.append(f"const {name} = {expr}{{as string}};")
        case.tag("header")
    elif kind == "cookie":
        case.imp(default("cookie-parser", "cookieParser"))
        if "cookieParser()" not in case.middleware:
            case.middleware.append("cookieParser()")
        expr = [f"req.cookies.{name}", f"req.cookies['{name}']"][variant % 2]
        case.body.append(f"const {name} = {expr};")
        case.tag("cookie")
    else:
        raise ValueError(kind)
    return name


# --------------------------------------------------------------------------------------------
# Dataflow shapes: each carries the tainted value `v` into a new variable and returns its name.


def shape_direct(case: Case, v: str, n: int) -> str:
    case.tag("direct")
    return v


def shape_slicing(case: Case, v: str, n: int) -> str:
    case.tag("slicing")
    form = [f"{v}.slice(0, 256)", f"{v}.substring(0, 200)", f"String({v}).slice(0)"][n % 3]
    case.body.append(f"const trimmed = {form};")
    return "trimmed"


def shape_join(case: Case, v: str, n: int) -> str:
    case.tag("join")
    if n % 2 == 0:
        case.body.append(f"const words = String({v}).split(' ').filter(Boolean);")
        case.body.append("const joined = words.join(' ');")
    else:
        case.body.append(f"const joined = [{v}].join('');")
    return "joined"


def shape_list(case: Case, v: str, n: int) -> str:
    case.tag("collection-list")
    form = n % 3
    case.body.append("const pending{:string[]} = [];")
    if form == 0:
        case.body.append(f"pending.push({v});")
        case.body.append("const item = pending.pop();")
    elif form == 1:
        case.body.append("pending.push('unused');")
        case.body.append(f"pending.push({v});")
        case.body.append("const item = pending[1];")
    else:
        case.body.append(f"pending.unshift({v});")
        case.body.append("const item = pending.shift();")
    return "item"


def shape_map(case: Case, v: str, n: int) -> str:
    case.tag("collection-map")
    if n % 2 == 0:
        case.body.append("const values = new Map();")
        case.body.append(f"values.set('primary', {v});")
        case.body.append("values.set('secondary', 'none');")
        case.body.append("const item = values.get('primary');")
    else:
        case.body.append("const values{:Record<string, string>} = {};")
        case.body.append(f"values['primary'] = {v};")
        case.body.append("const item = values.primary;")
    return "item"


def shape_config(case: Case, v: str, n: int) -> str:
    case.tag("config-object")
    case.setup_line("const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };")
    if n % 2 == 0:
        case.body.append(f"const options = {{ ...DEFAULTS, value: {v} }};")
    else:
        case.body.append(f"const options = Object.assign({{}}, DEFAULTS, {{ value: {v} }});")
    case.body.append("const item = options.value;")
    return "item"


def shape_field(case: Case, v: str, n: int) -> str:
    case.tag("field")
    case.helper(
        [
            "class RequestContext {",
            "{ts}  value: string;",
            "",
            "  constructor(value{:string}) {",
            "    this.value = value;",
            "  }",
            "",
            "  current(){:string} {",
            "    return this.value;",
            "  }",
            "}",
        ]
    )
    case.body.append(f"const ctx = new RequestContext({v});")
    case.body.append("const item = " + ["ctx.value;", "ctx.current();"][n % 2])
    return "item"


def shape_builder(case: Case, v: str, n: int) -> str:
    case.tag("builder")
    case.helper(
        [
            "class TextBuilder {",
            "{ts}  private parts: string[] = [];",
            "{js}  constructor() {",
            "{js}    this.parts = [];",
            "{js}  }",
            "",
            "  add(part{:string}){:TextBuilder} {",
            "    this.parts.push(part);",
            "    return this;",
            "  }",
            "",
            "  build(){:string} {",
            "    return this.parts.join('');",
            "  }",
            "}",
        ]
    )
    case.body.append(f"const item = new TextBuilder().add({v}).build();")
    return "item"


def shape_helper_same(case: Case, v: str, n: int) -> str:
    case.tag("helper-same-file")
    case.helper(
        [
            "function normalizeInput(value{:unknown}){:string} {",
            "  return String(value).trim();",
            "}",
        ]
    )
    case.body.append(f"const item = normalizeInput({v});")
    return "item"


def shape_helper_other(case: Case, v: str, n: int) -> str:
    case.tag("helper-other-module")
    fn = ["tidy", "collapseWhitespace", "firstOf"][n % 3]
    case.imp(named("../../lib/text", fn))
    case.body.append(f"const item = {fn}({v});")
    return "item"


def shape_alias(case: Case, v: str, n: int) -> str:
    case.tag("alias")
    case.body.append(f"const input = {v};")
    case.body.append("const item = input;")
    return "item"


TRUE_SHAPES = [
    shape_direct,
    shape_slicing,
    shape_list,
    shape_map,
    shape_config,
    shape_field,
    shape_helper_same,
    shape_helper_other,
    shape_builder,
    shape_join,
    shape_alias,
]

# --------------------------------------------------------------------------------------------
# Category model for flow categories


@dataclass
class Sink:
    """A sink block: lines(expr) uses the payload expression `expr`."""

    lines: object  # callable(expr) -> list[str]
    imports: tuple = ()
    setup: tuple = ()
    helpers: tuple = ()
    is_async: bool = False
    tags: tuple = ()


@dataclass
class Safe:
    """A safe look-alike: lines(v) reads the raw tainted variable `v` and ends in a safe sink."""

    tags: tuple
    lines: object  # callable(v) -> list[str]
    imports: tuple = ()
    setup: tuple = ()
    helpers: tuple = ()
    is_async: bool = False


@dataclass
class FlowCategory:
    key: str
    route: str
    params: list[str]
    compose: object  # callable(v, style) -> expr ; style: plain | concat | template
    sinks: list[Sink]
    safes: list[Safe]
    styles: tuple = ("plain", "concat", "template")
    sources: tuple = tuple(SOURCE_KINDS)
    constant: str = "'default'"
    n_true: int = 21
    n_false: int = 21


def apply_sink(case: Case, sink: Sink, expr: str) -> None:
    case.imp(*sink.imports)
    case.setup_line(*sink.setup)
    for h in sink.helpers:
        case.helper(list(h))
    case.is_async = case.is_async or sink.is_async
    case.tag(*sink.tags)
    case.body.extend(sink.lines(expr))


def apply_safe(case: Case, safe: Safe, v: str) -> None:
    case.imp(*safe.imports)
    case.setup_line(*safe.setup)
    for h in safe.helpers:
        case.helper(list(h))
    case.is_async = case.is_async or safe.is_async
    case.tag(*safe.tags)
    case.body.extend(safe.lines(v))


HANDLER_NAMES = {
    "sqli": "findUsers",
    "cmdi": "runDiagnostics",
    "ldapi": "searchDirectoryRoute",
    "xpathi": "lookupRecord",
    "codeinj": "calculate",
    "ssti": "renderPreview",
    "pathtraver": "serveFile",
    "xss": "greet",
    "ssrf": "proxyFetch",
    "redirect": "completeLogin",
    "deserialization": "restoreSession",
    "xxe": "importDocument",
    "trustbound": "updateProfile",
}


def new_case(cat: FlowCategory, vulnerable: bool, i: int) -> Case:
    case = Case(category=cat.key, vulnerable=vulnerable, route=cat.route)
    case.router_style = ["router", "app", "router", "named-handler"][i % 4]
    case.handler_name = HANDLER_NAMES.get(cat.key, "handleRequest")
    if cat.key == "trustbound":
        case.middleware.append(
            "session({ secret: process.env.SESSION_SECRET{as string}, resave: false, saveUninitialized: false })"
        )
    return case


def build_true(cat: FlowCategory, i: int) -> Case:
    case = new_case(cat, True, i)
    source = cat.sources[(i * 3) % len(cat.sources)]
    param = cat.params[i % len(cat.params)]
    v = add_source(case, source, param, i // len(cat.sources))
    shape = TRUE_SHAPES[i % len(TRUE_SHAPES)]
    sink = cat.sinks[i % len(cat.sinks)]
    v = shape(case, v, i // len(TRUE_SHAPES))
    style = cat.styles[(i // 2) % len(cat.styles)]
    if style == "concat":
        case.tag("string-concat")
    elif style == "template":
        case.tag("fstring")
    apply_sink(case, sink, cat.compose(v, style))
    return case


GENERIC_FALSE = [
    "constant-branch",
    "constant-branch-ternary",
    "constant-overwrite",
    "unrelated-variable",
    "unrelated-list",
]
CONSTANT_CONDITIONS = [
    "7 * 6 < 10",
    "'abc'.length > 5",
    "[1, 2, 3].length === 0",
    "2 + 2 === 5",
    "Math.max(3, 4) < 1",
]


def build_false(cat: FlowCategory, i: int) -> Case:
    case = new_case(cat, False, i + 1)
    source = cat.sources[(i * 5 + 1) % len(cat.sources)]
    param = cat.params[(i + 1) % len(cat.params)]
    v = add_source(case, source, param, i // len(cat.sources) + 1)
    constant = SAFE_CONSTANTS.get(cat.key, "'default'")
    # Two thirds of the false cases are category-specific safe look-alikes, the rest generic.
    if i % 3 != 2:
        safe = cat.safes[(i - i // 3) % len(cat.safes)]
        if i % 4 == 1:
            v = [shape_list, shape_map, shape_field, shape_helper_other, shape_slicing][
                (i // 4) % 5
            ](case, v, i)
        apply_safe(case, safe, v)
        return case
    kind = GENERIC_FALSE[(i // 3) % len(GENERIC_FALSE)]
    sink = cat.sinks[(i + 2) % len(cat.sinks)]
    style = cat.styles[i % len(cat.styles)]
    cond = CONSTANT_CONDITIONS[i % len(CONSTANT_CONDITIONS)]
    if kind == "constant-branch":
        case.tag("constant-branch")
        case.body.append(f"let value = {constant};")
        case.body.append(f"if ({cond}) {{")
        case.body.append(f"  value = {v};")
        case.body.append("}")
        apply_sink(case, sink, cat.compose("value", style))
    elif kind == "constant-branch-ternary":
        case.tag("constant-branch")
        case.body.append(f"const value = {cond} ? {v} : {constant};")
        apply_sink(case, sink, cat.compose("value", style))
    elif kind == "constant-overwrite":
        case.tag("constant-overwrite")
        case.body.append(f"let value = {v};")
        case.body.append("console.info('request value', value);")
        case.body.append(f"value = {constant};")
        apply_sink(case, sink, cat.compose("value", style))
    elif kind == "unrelated-variable":
        case.tag("unrelated-variable", "collection-map")
        case.body.append("const values = new Map();")
        case.body.append(f"values.set('requested', {v});")
        case.body.append(f"values.set('configured', {constant});")
        case.body.append("const value = values.get('configured');")
        apply_sink(case, sink, cat.compose("value", style))
    else:
        case.tag("unrelated-variable", "collection-list")
        case.body.append(f"const queue = [{constant}];")
        case.body.append(f"queue.push({v});")
        case.body.append("const value = queue.shift();")
        apply_sink(case, sink, cat.compose("value", style))
    if style == "concat":
        case.tag("string-concat")
    elif style == "template":
        case.tag("fstring")
    return case


SAFE_CONSTANTS: dict[str, str] = {}

# --------------------------------------------------------------------------------------------
# Output


def write_all() -> None:
    from flow_categories import FLOW_CATEGORIES
    from handwritten_cases import HANDWRITTEN
    from nonflow_cases import NONFLOW_BUILDERS

    for cat in FLOW_CATEGORIES:
        SAFE_CONSTANTS.setdefault(cat.key, getattr(cat, "constant", "'default'"))

    if CASES_DIR.exists():
        shutil.rmtree(CASES_DIR)
    per_category: dict[str, list[Case | tuple]] = {}
    for cat in FLOW_CATEGORIES:
        items: list = [build_true(cat, i) for i in range(cat.n_true)]
        items += [build_false(cat, i) for i in range(cat.n_false)]
        per_category[cat.key] = items
    for key, builder in NONFLOW_BUILDERS.items():
        per_category.setdefault(key, []).extend(builder())
    for key, vulnerable, shape, ext, text in HANDWRITTEN:
        per_category.setdefault(key, []).append((vulnerable, shape, ext, text))

    rows = []
    for key in sorted(per_category):
        items = per_category[key]
        random.Random("order-" + key).shuffle(items)
        out_dir = CASES_DIR / key
        out_dir.mkdir(parents=True, exist_ok=True)
        for n, item in enumerate(items, start=1):
            if isinstance(item, Case):
                item.ts = n % 4 == 0
                text = item.render()
                vulnerable, shape, ext = (
                    item.vulnerable,
                    "+".join(item.tags),
                    "ts" if item.ts else "js",
                )
            else:
                vulnerable, shape, ext, text = item
            rel = f"cases/{key}/{key}_{n:03d}.{ext}"
            (HERE / rel).write_text(text)
            rows.append((rel, key, "true" if vulnerable else "false", shape))
    with open(HERE / "expected.csv", "w", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["path", "category", "vulnerable", "shape"])
        writer.writerows(rows)


if __name__ == "__main__":
    import sys

    # Import this file as a module so that the category modules share its classes.
    sys.path.insert(0, str(HERE))
    import generate_cases

    generate_cases.write_all()
