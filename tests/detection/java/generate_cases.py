# ruff: noqa: E501
# Java source templates are kept on long lines, so long lines are expected here.
"""Write the Java cases of the labelled detection benchmark (issue 15).

Deterministic: the same script writes the same files. Data-flow categories are
built by combining a request source (Servlet API or Spring MVC), a flow shape and
a sink of the category; safe look-alikes use the same sources and shapes with a
sanitizer, a safe API, a constant branch, an overwritten value or an unrelated
variable. Categories without data flow (weak hash, cipher, randomness, cookie
flags, secrets) and the configuration-driven ones (XXE, deserialization) are
listed variant by variant in generate_static.py. Case files name fully-qualified
classes (java.sql.Statement ...); every other case imports them (short names).

    python tests/detection/java/generate_cases.py
"""

from __future__ import annotations

import csv
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SRC = ROOT / "src" / "main" / "java"
PACKAGE = "org.securetag.bench"
HELPERS = PACKAGE + ".helpers"

FQN = re.compile(
    r"\b((?:java|javax|org|com|freemarker|groovy)\.(?:[a-z_][a-z0-9_]*\.)+)([A-Z][A-Za-z0-9_]*)"
)
JAVA_LANG = {"String", "Integer", "Long", "Math", "System", "Runtime", "Object", "Exception"}


LITERAL = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'')


def shorten(text: str, imports: set[str]) -> str:
    """Replace fully-qualified class names (outside literals) by simple names, collecting the imports."""

    def repl(match: re.Match) -> str:
        package, name = match.group(1), match.group(2)
        if package != "java.lang.":
            imports.add(package + name)
        return name

    out, last = [], 0
    for literal in LITERAL.finditer(text):
        out.append(FQN.sub(repl, text[last : literal.start()]))
        out.append(literal.group(0))
        last = literal.end()
    out.append(FQN.sub(repl, text[last:]))
    return "".join(out)


def indent(lines: list[str], depth: int) -> list[str]:
    pad = "    " * depth
    return [pad + line if line else "" for line in lines]


@dataclass
class Source:
    """Where the request value comes from: statements that define `param`."""

    kind: str  # servlet | spring
    tags: list[str]
    lines: list[str] = field(default_factory=list)
    params: list[str] = field(default_factory=list)  # Spring handler parameters
    path: str = ""  # Spring mapping suffix


@dataclass
class Step:
    """Statements that turn `param` into `bar`, with class members they need."""

    tags: list[str]
    lines: list[str]
    members: list[str] = field(default_factory=list)
    direct: bool = False  # the sink reads `param` itself


@dataclass
class Sink:
    """Statements that use `bar`; `spring_return` replaces the default handler result."""

    tags: list[str]
    lines: list[str]
    members: list[str] = field(default_factory=list)
    spring_return: tuple[str, str] | None = None  # (return type, return statement)
    servlet_only: bool = False
    spring_only: bool = False


@dataclass
class Case:
    category: str
    vulnerable: bool
    shape: str
    path: str
    text: str


NAME_PAIRS = [
    ("param", "bar"),
    ("input", "term"),
    ("raw", "cleaned"),
    ("requested", "selected"),
    ("userValue", "chosen"),
    ("supplied", "choice"),
    ("incoming", "entry"),
]


def rename(text: str, number: int, direct: bool) -> str:
    src_name, bar_name = NAME_PAIRS[number % len(NAME_PAIRS)]
    if direct:
        bar_name = src_name
    text = re.sub(r"\bbar\b", "\0BAR\0", text)
    text = re.sub(r"\bparam\b", src_name, text)
    return text.replace("\0BAR\0", bar_name)


def class_name(category: str, number: int) -> str:
    return f"{category[0].upper()}{category[1:]}Case{number:03d}"


def render(
    category: str, number: int, source: Source, steps: list[Step], sink: Sink, fqn: bool
) -> tuple[str, list[str]]:
    """The Java text of one case and its shape tags."""
    imports: set[str] = set()
    cls = class_name(category, number)
    body: list[str] = list(source.lines)
    members: list[str] = []
    tags = list(source.tags)
    direct = False
    for step in steps:
        body += step.lines
        members += step.members
        tags += step.tags
        direct = direct or step.direct
    sink_lines = list(sink.lines)
    members += sink.members
    tags += sink.tags
    tags.append("fqn-name" if fqn else "imported-name")
    body_text = "\n".join(body)
    sink_text = "\n".join(sink_lines)
    members_text = "\n".join(members)
    body_text = shorten(body_text, imports)
    members_text = shorten(members_text, imports)
    if not fqn:
        sink_text = shorten(sink_text, imports)
    if source.kind == "servlet":
        head = [
            f'@javax.servlet.annotation.WebServlet(value = "/{category}/{number:03d}")',
            f"public class {cls} extends javax.servlet.http.HttpServlet {{",
            "",
            "    private static final long serialVersionUID = 1L;",
        ]
        method = [
            "@Override",
            "protected void doGet(javax.servlet.http.HttpServletRequest request, javax.servlet.http.HttpServletResponse response) throws javax.servlet.ServletException, java.io.IOException {",
            "    doPost(request, response);",
            "}",
            "",
            "@Override",
            "protected void doPost(javax.servlet.http.HttpServletRequest request, javax.servlet.http.HttpServletResponse response) throws javax.servlet.ServletException, java.io.IOException {",
            '    response.setContentType("text/html;charset=UTF-8");',
            *indent(body_text.split("\n"), 1),
            "    try {",
            "        @@SINK@@",
            "    } catch (Exception e) {",
            "        throw new javax.servlet.ServletException(e);",
            "    }",
            "}",
        ]
    else:
        params = list(source.params)
        if re.search(r"\brequest\.", sink_text + body_text):
            params.append("javax.servlet.http.HttpServletRequest request")
        if re.search(r"\bresponse\.", sink_text + body_text):
            params.append("javax.servlet.http.HttpServletResponse response")
        rtype, rstmt = sink.spring_return or (
            "org.springframework.http.ResponseEntity<String>",
            'return org.springframework.http.ResponseEntity.ok("done");',
        )
        verb = "GetMapping" if number % 2 else "PostMapping"
        head = [
            "@org.springframework.web.bind.annotation.RestController",
            f'@org.springframework.web.bind.annotation.RequestMapping("/{category}")',
            f"public class {cls} {{",
        ]
        method = [
            f'@org.springframework.web.bind.annotation.{verb}("/{number:03d}{source.path}")',
            f"public {rtype} handle({', '.join(params)}) throws Exception {{",
            *indent(body_text.split("\n"), 1),
            "    @@SINK@@",
            f"    {rstmt}",
            "}",
        ]
    head_text = shorten("\n".join(head), imports)
    method_text = shorten("\n".join(method), imports)
    # the sink keeps its fully-qualified names in fqn cases: shorten() above saw only its placeholders
    parts = [head_text]
    if members_text.strip():
        parts.append("\n".join(indent(members_text.split("\n"), 1)))
    parts.append("\n".join(indent(method_text.split("\n"), 1)))
    parts_text = "\n\n".join(parts) + "\n}\n"
    out = []
    for line in parts_text.split("\n"):
        if line.strip() == "@@SINK@@":
            pad = line[: len(line) - len(line.lstrip())]
            if sink_text:
                out += [pad + s if s else "" for s in sink_text.split("\n")]
        else:
            out.append(line)
    parts_text = "\n".join(out)
    import_lines = [
        f"import {name};"
        for name in sorted(imports)
        if not name.startswith(f"{PACKAGE}.{category}.")
    ]
    text = f"package {PACKAGE}.{category};\n\n" + "\n".join(import_lines) + "\n\n" + parts_text
    text = rename(text, number, direct)
    return text, tags


# ----------------------------------------------------------------------------- sources

SOURCES = [
    Source("servlet", ["framework-object"], ['String param = request.getParameter("q");']),
    Source(
        "spring",
        ["framework-object"],
        params=['@org.springframework.web.bind.annotation.RequestParam("name") String param'],
    ),
    Source(
        "servlet",
        ["framework-object", "header"],
        [
            'String param = request.getHeader("X-Item-Ref");',
            "if (param != null) {",
            '    param = java.net.URLDecoder.decode(param, "UTF-8");',
            "}",
        ],
    ),
    Source(
        "spring",
        ["framework-object", "path-param"],
        params=['@org.springframework.web.bind.annotation.PathVariable("id") String param'],
        path="/{id}",
    ),
    Source(
        "servlet",
        ["framework-object", "cookie"],
        [
            'String param = "none";',
            "javax.servlet.http.Cookie[] cookies = request.getCookies();",
            "if (cookies != null) {",
            "    for (javax.servlet.http.Cookie cookie : cookies) {",
            '        if ("last_view".equals(cookie.getName())) {',
            "            param = cookie.getValue();",
            "            break;",
            "        }",
            "    }",
            "}",
        ],
    ),
    Source(
        "spring",
        ["framework-object", "header"],
        params=[
            '@org.springframework.web.bind.annotation.RequestHeader("X-Tenant-Filter") String param'
        ],
    ),
    Source(
        "servlet",
        ["framework-object"],
        [
            'String[] values = request.getParameterValues("tag");',
            'String param = values != null && values.length > 0 ? values[0] : "";',
        ],
    ),
    Source(
        "spring",
        ["framework-object", "json-body"],
        params=[
            "@org.springframework.web.bind.annotation.RequestBody org.securetag.bench.helpers.SubmissionForm form"
        ],
        lines=["String param = form.getValue();"],
    ),
    Source(
        "servlet",
        ["framework-object", "collection-map"],
        [
            "java.util.Map<String, String[]> parameters = request.getParameterMap();",
            'String param = "";',
            "if (parameters != null) {",
            '    String[] filterValues = parameters.get("filter");',
            "    if (filterValues != null) {",
            "        param = filterValues[0];",
            "    }",
            "}",
        ],
    ),
    Source(
        "spring",
        ["framework-object", "cookie"],
        params=[
            '@org.springframework.web.bind.annotation.CookieValue(value = "pref", defaultValue = "") String param'
        ],
    ),
    Source(
        "servlet",
        ["framework-object", "slicing"],
        [
            "String queryString = request.getQueryString();",
            'String marker = "key=";',
            "int start = queryString == null ? -1 : queryString.indexOf(marker);",
            "if (start < 0) {",
            '    response.sendError(400, "missing key");',
            "    return;",
            "}",
            "start += marker.length();",
            "int end = queryString.indexOf('&', start);",
            'String param = java.net.URLDecoder.decode(end < 0 ? queryString.substring(start) : queryString.substring(start, end), "UTF-8");',
        ],
    ),
    Source(
        "servlet",
        ["framework-object", "helper-other-module"],
        [
            'String param = org.securetag.bench.helpers.RequestValues.firstParameter(request, "item");'
        ],
    ),
    Source(
        "servlet",
        ["framework-object", "header"],
        [
            'String param = "";',
            'java.util.Enumeration<String> headers = request.getHeaders("X-Forwarded-Item");',
            "if (headers != null && headers.hasMoreElements()) {",
            "    param = headers.nextElement();",
            "}",
        ],
    ),
    Source(
        "spring",
        ["framework-object", "collection-map"],
        params=[
            "@org.springframework.web.bind.annotation.RequestParam java.util.Map<String, String> queryParams"
        ],
        lines=['String param = queryParams.getOrDefault("q", "");'],
    ),
    Source(
        "servlet",
        ["framework-object", "body"],
        [
            "StringBuilder payload = new StringBuilder();",
            "try (java.io.BufferedReader reader = request.getReader()) {",
            "    String line;",
            "    while ((line = reader.readLine()) != null) {",
            "        payload.append(line);",
            "    }",
            "}",
            "String param = payload.toString().trim();",
        ],
    ),
    Source(
        "spring",
        ["framework-object", "json-body"],
        params=["@org.springframework.web.bind.annotation.RequestBody String param"],
    ),
]


# ----------------------------------------------------------------------------- flow shapes
# @C1@ and @C2@ stand for two constants that are harmless at the category's sink.

KEEP = [
    Step(["direct"], [], direct=True),
    Step(["slicing"], ["String bar = param.substring(0, Math.min(param.length(), 120)).trim();"]),
    Step(
        ["builder"],
        [
            "StringBuilder assembled = new StringBuilder();",
            "assembled.append(param.trim());",
            "String bar = assembled.toString();",
        ],
    ),
    Step(
        ["collection-list"],
        [
            "java.util.List<String> valuesList = new java.util.ArrayList<String>();",
            'valuesList.add("recent");',
            "valuesList.add(param);",
            'valuesList.add("popular");',
            "valuesList.remove(0);",
            "String bar = valuesList.get(0);",
        ],
    ),
    Step(
        ["collection-map"],
        [
            "java.util.HashMap<String, Object> fields = new java.util.HashMap<String, Object>();",
            'fields.put("keyA", "a_Value");',
            'fields.put("keyB", param);',
            'String bar = (String) fields.get("keyB");',
        ],
    ),
    Step(
        ["config-object"],
        [
            "java.util.Properties settings = new java.util.Properties();",
            'settings.setProperty("owner", "system");',
            'settings.setProperty("selection", param);',
            'String bar = settings.getProperty("selection");',
        ],
    ),
    Step(
        ["field"],
        ["this.lastSelection = param;", "String bar = this.lastSelection;"],
        members=["private String lastSelection;"],
    ),
    Step(
        ["helper-same-file"],
        ["String bar = tidy(param);"],
        members=[
            'private static String tidy(String text) {\n    return text == null ? "" : text.strip();\n}'
        ],
    ),
    Step(
        ["helper-other-module"],
        ["String bar = org.securetag.bench.helpers.TextUtils.collapseWhitespace(param);"],
    ),
    Step(
        ["constant-branch"],
        [
            "int num = 106;",
            'String bar = (7 * 42) - num > 200 ? "featured" : param;',
        ],
    ),
    Step(
        ["constant-branch"],
        [
            'String guess = "ABC";',
            "char switchTarget = guess.charAt(2);",
            "String bar;",
            "switch (switchTarget) {",
            "    case 'A':",
            "        bar = param;",
            "        break;",
            "    case 'B':",
            '        bar = "bob";',
            "        break;",
            "    case 'C':",
            "    case 'D':",
            "        bar = param;",
            "        break;",
            "    default:",
            '        bar = "bob\'s your uncle";',
            "        break;",
            "}",
        ],
    ),
    Step(["join", "slicing"], ['String bar = String.join(" ", param.trim().split("\\\\s+"));']),
    Step(
        ["config-object", "helper-other-module"],
        [
            "org.securetag.bench.helpers.AppConfig config = new org.securetag.bench.helpers.AppConfig();",
            'config.set("lookup", param);',
            'String bar = config.getOrDefault("lookup", "");',
        ],
    ),
    Step(
        ["encode-decode"],
        [
            "String bar = new String(java.util.Base64.getDecoder().decode(java.util.Base64.getEncoder().encode(param.getBytes())));"
        ],
    ),
    Step(
        ["conditional"],
        [
            'String bar = "guest";',
            "if (param != null && !param.isEmpty()) {",
            "    bar = param;",
            "}",
        ],
    ),
    Step(
        ["helper-same-file", "builder"],
        ["String bar = normalizeCase(param);"],
        members=[
            "private String normalizeCase(String text) {",
            "    StringBuilder out = new StringBuilder(text.length());",
            '    for (String word : text.split(" ")) {',
            "        if (out.length() > 0) {",
            "            out.append(' ');",
            "        }",
            "        out.append(word.toLowerCase(java.util.Locale.ROOT));",
            "    }",
            "    return out.toString();",
            "}",
        ],
    ),
    Step(
        ["optional"],
        ['String bar = java.util.Optional.ofNullable(param).map(String::trim).orElse("");'],
    ),
    Step(
        ["helper-other-module"],
        ['String bar = org.securetag.bench.helpers.TextUtils.firstNonEmpty(param, "all");'],
    ),
]

KILL = [
    Step(
        ["constant-branch"], ["int num = 86;", "String bar = (7 * 42) - num > 200 ? @C1@ : param;"]
    ),
    Step(
        ["constant-branch"],
        [
            'String guess = "ABC";',
            "char switchTarget = guess.charAt(1);",
            "String bar;",
            "switch (switchTarget) {",
            "    case 'A':",
            "        bar = param;",
            "        break;",
            "    case 'B':",
            "        bar = @C1@;",
            "        break;",
            "    case 'C':",
            "    case 'D':",
            "        bar = param;",
            "        break;",
            "    default:",
            "        bar = @C2@;",
            "        break;",
            "}",
        ],
    ),
    Step(["constant-overwrite"], ["String bar = param.trim();", "bar = @C1@;"]),
    Step(
        ["unrelated-variable"],
        [
            'String note = "requested: " + param;',
            "String bar = @C1@;",
            'java.util.logging.Logger.getLogger("audit").fine("note length " + note.length());',
        ],
    ),
    Step(
        ["collection-list"],
        [
            "java.util.List<String> valuesList = new java.util.ArrayList<String>();",
            "valuesList.add(@C1@);",
            "valuesList.add(param);",
            "valuesList.add(@C2@);",
            "valuesList.remove(0);",
            "String bar = valuesList.get(1);",
        ],
    ),
    Step(
        ["collection-map"],
        [
            "java.util.HashMap<String, Object> fields = new java.util.HashMap<String, Object>();",
            'fields.put("keyA", @C1@);',
            'fields.put("keyB", param);',
            'String bar = (String) fields.get("keyA");',
        ],
    ),
    Step(
        ["config-object"],
        [
            "java.util.Properties settings = new java.util.Properties();",
            'settings.setProperty("default", @C1@);',
            'settings.setProperty("requested", param);',
            'String bar = settings.getProperty("default");',
        ],
    ),
    Step(
        ["helper-same-file", "sanitizer-allowlist"],
        ["String bar = choose(param);"],
        members=[
            "private static String choose(String requested) {",
            "    switch (requested) {",
            '        case "second":',
            "            return @C2@;",
            "        default:",
            "            return @C1@;",
            "    }",
            "}",
        ],
    ),
    Step(
        ["helper-other-module"],
        ["String bar = org.securetag.bench.helpers.Labels.displayLabel(param);"],
    ),
    Step(
        ["sanitizer-allowlist"],
        [
            "java.util.Set<String> allowed = java.util.Set.of(@C1@, @C2@);",
            "String bar = allowed.contains(param) ? param : @C1@;",
        ],
    ),
    Step(
        ["sanitizer-allowlist", "helper-other-module"],
        [
            "String bar = org.securetag.bench.helpers.InputValidators.requireOneOf(param, java.util.Set.of(@C1@, @C2@));"
        ],
    ),
    Step(
        ["sanitizer-allowlist", "collection-map"],
        [
            'java.util.Map<String, String> choices = java.util.Map.of("first", @C1@, "second", @C2@);',
            "String bar = choices.getOrDefault(param, @C1@);",
        ],
    ),
    Step(
        ["field", "unrelated-variable"],
        ["this.lastRequested = param;", "String bar = this.defaultSelection;"],
        members=["private String lastRequested;", "private final String defaultSelection = @C1@;"],
    ),
]

INT_CAST = [
    Step(
        ["sanitizer-int-cast"],
        ["int number = Integer.parseInt(param.trim());", "String bar = String.valueOf(number);"],
    ),
    Step(
        ["sanitizer-int-cast", "helper-other-module"],
        ["String bar = org.securetag.bench.helpers.InputValidators.requireNumber(param);"],
    ),
    Step(
        ["sanitizer-int-cast"],
        ["long number = Long.parseLong(param);", "String bar = Long.toString(number);"],
    ),
]
IDENT = Step(
    ["sanitizer-allowlist", "helper-other-module"],
    ["String bar = org.securetag.bench.helpers.InputValidators.requireIdentifier(param);"],
)


# ----------------------------------------------------------------------------- categories


@dataclass
class Category:
    key: str
    consts: tuple[str, str]  # Java literals harmless at this category's sinks
    sinks: list[Sink]  # reach the sink with `bar` unchanged: vulnerable
    safe_sinks: list[Sink]  # same sink family, made safe (placeholders, encoders, guards)
    sanitizers: list[Step] = field(default_factory=list)  # category-specific cleaning steps
    true_count: int = 22
    false_count: int = 22


DB_OPEN = "java.sql.Connection connection = org.securetag.bench.helpers.Db.getConnection();"
JDBC_TEMPLATE = "private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate = new org.springframework.jdbc.core.JdbcTemplate(org.securetag.bench.helpers.Db.dataSource());"
ENTITY_MANAGER = [
    "@javax.persistence.PersistenceContext",
    "private javax.persistence.EntityManager entityManager;",
]

SQLI = Category(
    "sqli",
    ('"guest"', '"staff"'),
    [
        Sink(
            ["string-concat"],
            [
                "try (java.sql.Connection connection = org.securetag.bench.helpers.Db.getConnection();",
                "        java.sql.Statement statement = connection.createStatement()) {",
                '    String sql = "SELECT id, email FROM users WHERE name = \'" + bar + "\'";',
                "    java.sql.ResultSet rs = statement.executeQuery(sql);",
                "    int rows = 0;",
                "    while (rs.next()) {",
                "        rows++;",
                "    }",
                '    request.setAttribute("rows", rows);',
                "}",
            ],
            servlet_only=True,
        ),
        Sink(
            ["string-format"],
            [
                DB_OPEN,
                "java.sql.Statement statement = connection.createStatement();",
                "statement.execute(String.format(\"DELETE FROM saved_searches WHERE label = '%s'\", bar));",
                "statement.close();",
                "connection.close();",
            ],
        ),
        Sink(
            ["string-concat"],
            [
                "try (java.sql.Connection connection = org.securetag.bench.helpers.Db.getConnection();",
                "        java.sql.Statement statement = connection.createStatement()) {",
                '    statement.addBatch("UPDATE users SET last_seen = CURRENT_TIMESTAMP WHERE name = \'" + bar + "\'");',
                "    statement.addBatch(\"INSERT INTO audit_log(event) VALUES ('login')\");",
                "    statement.executeBatch();",
                "}",
            ],
        ),
        Sink(
            ["string-concat"],
            [
                DB_OPEN,
                'java.sql.PreparedStatement statement = connection.prepareStatement("SELECT * FROM orders WHERE status = \'" + bar + "\' AND owner = ?");',
                'statement.setString(1, "system");',
                "java.sql.ResultSet rs = statement.executeQuery();",
                "rs.close();",
                "connection.close();",
            ],
        ),
        Sink(
            ["string-concat"],
            [
                'java.util.List<java.util.Map<String, Object>> rows = jdbcTemplate.queryForList("SELECT * FROM products WHERE category = \'" + bar + "\'");'
            ],
            members=[JDBC_TEMPLATE],
        ),
        Sink(
            ["builder"],
            [
                'StringBuilder sql = new StringBuilder("UPDATE accounts SET nickname = \'");',
                'sql.append(bar).append("\' WHERE id = 1");',
                "int changed = jdbcTemplate.update(sql.toString());",
            ],
            members=[JDBC_TEMPLATE],
        ),
        Sink(
            ["string-concat"],
            [
                'java.util.List<?> users = entityManager.createQuery("SELECT u FROM UserAccount u WHERE u.email = \'" + bar + "\'").getResultList();'
            ],
            members=ENTITY_MANAGER,
            spring_only=True,
        ),
        Sink(
            ["string-format"],
            [
                "Object count = entityManager.createNativeQuery(String.format(\"SELECT COUNT(*) FROM invoices WHERE customer_ref = '%s'\", bar)).getSingleResult();"
            ],
            members=ENTITY_MANAGER,
            spring_only=True,
        ),
        Sink(
            ["string-concat"],
            [
                DB_OPEN,
                'java.sql.CallableStatement call = connection.prepareCall("{call find_customer(\'" + bar + "\')}");',
                "java.sql.ResultSet rs = call.executeQuery();",
                "rs.close();",
                "connection.close();",
            ],
        ),
        Sink(
            ["string-concat"],
            [
                'Integer total = jdbcTemplate.queryForObject("SELECT COUNT(*) FROM tickets WHERE assignee = \'" + bar + "\'", Integer.class);',
            ],
            members=[JDBC_TEMPLATE],
        ),
        Sink(
            ["string-concat"],
            [
                "try (java.sql.Connection connection = org.securetag.bench.helpers.Db.getConnection()) {",
                "    java.sql.Statement statement = connection.createStatement();",
                '    int updated = statement.executeUpdate("UPDATE carts SET coupon = \'" + bar + "\' WHERE id = 7");',
                "}",
            ],
        ),
    ],
    [
        Sink(
            ["sanitizer-parameterized"],
            [
                "try (java.sql.Connection connection = org.securetag.bench.helpers.Db.getConnection();",
                '        java.sql.PreparedStatement statement = connection.prepareStatement("SELECT id, email FROM users WHERE name = ?")) {',
                "    statement.setString(1, bar);",
                "    java.sql.ResultSet rs = statement.executeQuery();",
                "    rs.close();",
                "}",
            ],
        ),
        Sink(
            ["sanitizer-parameterized"],
            [
                'java.util.List<java.util.Map<String, Object>> rows = jdbcTemplate.queryForList("SELECT * FROM products WHERE category = ?", bar);'
            ],
            members=[JDBC_TEMPLATE],
        ),
        Sink(
            ["sanitizer-parameterized"],
            [
                'java.util.List<?> users = entityManager.createQuery("SELECT u FROM UserAccount u WHERE u.email = :email")',
                '        .setParameter("email", bar)',
                "        .getResultList();",
            ],
            members=ENTITY_MANAGER,
            spring_only=True,
        ),
        Sink(
            ["sanitizer-parameterized"],
            [
                DB_OPEN,
                'java.sql.PreparedStatement statement = connection.prepareStatement("UPDATE users SET last_seen = CURRENT_TIMESTAMP WHERE name = ?");',
                "statement.setString(1, bar);",
                "statement.addBatch();",
                "statement.executeBatch();",
                "connection.close();",
            ],
        ),
        Sink(
            ["sanitizer-parameterized"],
            [
                'int changed = jdbcTemplate.update("UPDATE accounts SET nickname = ? WHERE id = 1", bar);'
            ],
            members=[JDBC_TEMPLATE],
        ),
        Sink(
            ["sanitizer-parameterized"],
            [
                'Object count = entityManager.createNativeQuery("SELECT COUNT(*) FROM invoices WHERE customer_ref = ?1").setParameter(1, bar).getSingleResult();'
            ],
            members=ENTITY_MANAGER,
            spring_only=True,
        ),
        Sink(
            ["sanitizer-parameterized"],
            [
                DB_OPEN,
                'java.sql.CallableStatement call = connection.prepareCall("{call find_customer(?)}");',
                "call.setString(1, bar);",
                "call.executeQuery().close();",
                "connection.close();",
            ],
        ),
    ],
    sanitizers=[INT_CAST[0], IDENT, INT_CAST[1]],
)


WAIT = "int exitCode = process.waitFor();"

CMDI = Category(
    "cmdi",
    ('"localhost"', '"status"'),
    [
        Sink(
            ["string-concat"],
            [
                'String[] command = {"/bin/sh", "-c", "ping -c 1 " + bar};',
                "Process process = Runtime.getRuntime().exec(command);",
                WAIT,
            ],
        ),
        Sink(
            ["string-concat"],
            ['Process process = Runtime.getRuntime().exec("nslookup " + bar);', WAIT],
        ),
        Sink(
            ["string-concat"],
            [
                'ProcessBuilder builder = new ProcessBuilder("bash", "-c", "tar -czf /tmp/export.tgz " + bar);',
                "builder.redirectErrorStream(true);",
                "Process process = builder.start();",
                WAIT,
            ],
        ),
        Sink(
            ["string-format", "collection-list"],
            [
                "java.util.List<String> command = new java.util.ArrayList<String>();",
                'command.add("sh");',
                'command.add("-c");',
                'command.add(String.format("convert %s -resize 64x64 /tmp/thumb.png", bar));',
                "Process process = new ProcessBuilder(command).start();",
                WAIT,
            ],
        ),
        Sink(
            ["string-concat"],
            [
                "ProcessBuilder builder = new ProcessBuilder();",
                'builder.command("cmd.exe", "/c", "dir " + bar);',
                "Process process = builder.start();",
                WAIT,
            ],
        ),
        Sink(
            ["string-concat"],
            [
                "Runtime runtime = Runtime.getRuntime();",
                'Process process = runtime.exec(new String[] {"sh", "-c", "grep -c " + bar + " /var/log/app/access.log"}, null, new java.io.File("/tmp"));',
                WAIT,
            ],
        ),
        Sink(
            ["builder"],
            [
                'StringBuilder script = new StringBuilder("git -C /srv/repos/site log --oneline ");',
                "script.append(bar);",
                'Process process = new ProcessBuilder("/bin/bash", "-c", script.toString()).inheritIO().start();',
                WAIT,
            ],
        ),
    ],
    [
        Sink(
            ["safe-api"],
            [
                'Process process = new ProcessBuilder("wc", "-w").start();',
                "try (java.io.OutputStream stdin = process.getOutputStream()) {",
                "    stdin.write(bar.getBytes(java.nio.charset.StandardCharsets.UTF_8));",
                "}",
                WAIT,
            ],
        ),
        Sink(
            ["safe-api"],
            [
                'ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", "ping -c 1 -- \\"$TARGET_HOST\\"");',
                'builder.environment().put("TARGET_HOST", bar);',
                "Process process = builder.start();",
                WAIT,
            ],
        ),
    ],
    sanitizers=[INT_CAST[0], IDENT, INT_CAST[2]],
)

LDAP_SEARCH_LOOP = [
    "while (results.hasMore()) {",
    "    javax.naming.directory.SearchResult result = results.next();",
    '    request.setAttribute("dn", result.getNameInNamespace());',
    "}",
]
LDAP_ENV = [
    "java.util.Hashtable<String, String> env = new java.util.Hashtable<String, String>();",
    'env.put(javax.naming.Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");',
    'env.put(javax.naming.Context.PROVIDER_URL, "ldap://ldap.example.com:389/dc=example,dc=com");',
    "javax.naming.directory.DirContext ctx = new javax.naming.directory.InitialDirContext(env);",
]
LDAP_HELPER = [
    "javax.naming.directory.DirContext ctx = org.securetag.bench.helpers.LdapConnections.open();"
]
LDAP_TEMPLATE = [
    "@org.springframework.beans.factory.annotation.Autowired",
    "private org.springframework.ldap.core.LdapTemplate ldapTemplate;",
]

LDAPI = Category(
    "ldapi",
    ('"jdoe"', '"asmith"'),
    [
        Sink(
            ["string-concat", "helper-other-module"],
            [
                *LDAP_HELPER,
                "javax.naming.directory.SearchControls controls = new javax.naming.directory.SearchControls();",
                "controls.setSearchScope(javax.naming.directory.SearchControls.SUBTREE_SCOPE);",
                'String filter = "(&(objectClass=person)(uid=" + bar + "))";',
                'javax.naming.NamingEnumeration<javax.naming.directory.SearchResult> results = ctx.search("ou=people,dc=example,dc=com", filter, controls);',
                *LDAP_SEARCH_LOOP,
                "ctx.close();",
            ],
            servlet_only=True,
        ),
        Sink(
            ["string-format"],
            [
                *LDAP_ENV,
                'javax.naming.NamingEnumeration<javax.naming.directory.SearchResult> results = ctx.search("ou=people", String.format("(mail=%s)", bar), new javax.naming.directory.SearchControls());',
                "boolean found = results.hasMore();",
                "ctx.close();",
            ],
        ),
        Sink(
            ["builder"],
            [
                *LDAP_ENV,
                'StringBuilder filter = new StringBuilder("(&(objectClass=groupOfNames)(cn=");',
                'filter.append(bar).append("))");',
                "javax.naming.directory.SearchControls controls = new javax.naming.directory.SearchControls();",
                'controls.setReturningAttributes(new String[] {"member"});',
                'javax.naming.NamingEnumeration<javax.naming.directory.SearchResult> results = ctx.search("ou=groups", filter.toString(), controls);',
                "int count = 0;",
                "while (results.hasMore()) {",
                "    results.next();",
                "    count++;",
                "}",
            ],
        ),
        Sink(
            ["string-concat", "helper-other-module"],
            [
                *LDAP_HELPER,
                'javax.naming.NamingEnumeration<javax.naming.directory.SearchResult> results = ctx.search("ou=devices,dc=example,dc=com", "(serialNumber=" + bar + ")", null);',
                "boolean found = results.hasMore();",
            ],
        ),
        Sink(
            ["string-concat"],
            [
                'java.util.List<String> names = ldapTemplate.search("ou=people", "(&(objectClass=person)(sn=" + bar + "))",',
                '        (org.springframework.ldap.core.AttributesMapper<String>) attributes -> (String) attributes.get("cn").get());',
            ],
            members=LDAP_TEMPLATE,
            spring_only=True,
        ),
        Sink(
            ["string-concat"],
            [
                "java.util.Hashtable<String, Object> env = new java.util.Hashtable<String, Object>();",
                'env.put(javax.naming.Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");',
                'env.put(javax.naming.Context.PROVIDER_URL, "ldaps://directory.example.com:636");',
                "javax.naming.ldap.LdapContext ctx = new javax.naming.ldap.InitialLdapContext(env, null);",
                'String filter = "(&(uid=" + bar + ")(memberOf=cn=admins,ou=groups,dc=example,dc=com))";',
                'javax.naming.NamingEnumeration<javax.naming.directory.SearchResult> results = ctx.search("dc=example,dc=com", filter, new javax.naming.directory.SearchControls());',
                "boolean isAdmin = results.hasMore();",
            ],
        ),
    ],
    [
        Sink(
            ["sanitizer-parameterized", "helper-other-module"],
            [
                *LDAP_HELPER,
                "javax.naming.directory.SearchControls controls = new javax.naming.directory.SearchControls();",
                "controls.setSearchScope(javax.naming.directory.SearchControls.SUBTREE_SCOPE);",
                'javax.naming.NamingEnumeration<javax.naming.directory.SearchResult> results = ctx.search("ou=people,dc=example,dc=com", "(&(objectClass=person)(uid={0}))", new Object[] {bar}, controls);',
                *LDAP_SEARCH_LOOP,
            ],
            servlet_only=True,
        ),
        Sink(
            ["sanitizer-escape", "helper-other-module"],
            [
                *LDAP_ENV,
                'String filter = "(mail=" + org.securetag.bench.helpers.LdapEscaper.escapeFilter(bar) + ")";',
                'javax.naming.NamingEnumeration<javax.naming.directory.SearchResult> results = ctx.search("ou=people", filter, new javax.naming.directory.SearchControls());',
                "boolean found = results.hasMore();",
            ],
        ),
        Sink(
            ["safe-api"],
            [
                'org.springframework.ldap.query.LdapQuery query = org.springframework.ldap.query.LdapQueryBuilder.query().base("ou=people").where("objectClass").is("person").and("sn").is(bar);',
                'java.util.List<String> names = ldapTemplate.search(query, (org.springframework.ldap.core.AttributesMapper<String>) attributes -> (String) attributes.get("cn").get());',
            ],
            members=LDAP_TEMPLATE,
            spring_only=True,
        ),
        Sink(
            ["sanitizer-parameterized"],
            [
                *LDAP_ENV,
                'javax.naming.NamingEnumeration<javax.naming.directory.SearchResult> results = ctx.search("ou=groups", "(&(objectClass=groupOfNames)(cn={0}))", new Object[] {bar}, new javax.naming.directory.SearchControls());',
                "boolean found = results.hasMore();",
            ],
        ),
        Sink(
            ["sanitizer-escape"],
            [
                *LDAP_HELPER,
                'String filter = "(serialNumber=" + org.owasp.esapi.ESAPI.encoder().encodeForLDAP(bar) + ")";',
                'javax.naming.NamingEnumeration<javax.naming.directory.SearchResult> results = ctx.search("ou=devices,dc=example,dc=com", filter, null);',
                "boolean found = results.hasMore();",
            ],
        ),
    ],
    sanitizers=[IDENT, INT_CAST[0]],
)

XPATH_SETUP = [
    "org.w3c.dom.Document doc = org.securetag.bench.helpers.XmlStore.usersDocument();",
    "javax.xml.xpath.XPath xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();",
]

XPATHI = Category(
    "xpathi",
    ('"alice"', '"bob"'),
    [
        Sink(
            ["string-concat", "helper-other-module"],
            [
                *XPATH_SETUP,
                'String expression = "/users/user[@name=\'" + bar + "\']/email";',
                "String email = xpath.evaluate(expression, doc);",
            ],
        ),
        Sink(
            ["string-format"],
            [
                *XPATH_SETUP,
                "javax.xml.xpath.XPathExpression compiled = xpath.compile(String.format(\"//account[id='%s']\", bar));",
                "org.w3c.dom.NodeList nodes = (org.w3c.dom.NodeList) compiled.evaluate(doc, javax.xml.xpath.XPathConstants.NODESET);",
            ],
        ),
        Sink(
            ["string-concat"],
            [
                "javax.xml.xpath.XPathFactory factory = javax.xml.xpath.XPathFactory.newInstance();",
                "javax.xml.xpath.XPath xpath = factory.newXPath();",
                'try (java.io.InputStream catalog = getClass().getResourceAsStream("/catalog.xml")) {',
                '    String price = xpath.evaluate("/catalog/item[@sku=\'" + bar + "\']/price", new org.xml.sax.InputSource(catalog));',
                "}",
            ],
        ),
        Sink(
            ["builder", "helper-other-module"],
            [
                *XPATH_SETUP,
                'StringBuilder query = new StringBuilder("/users/user[role=\'");',
                'query.append(bar).append("\']");',
                "org.w3c.dom.Node first = (org.w3c.dom.Node) xpath.evaluate(query.toString(), doc, javax.xml.xpath.XPathConstants.NODE);",
            ],
        ),
        Sink(
            ["string-concat", "helper-other-module"],
            [
                *XPATH_SETUP,
                'Double total = xpath.evaluateExpression("count(//user[department=\'" + bar + "\'])", doc, Double.class);',
            ],
        ),
    ],
    [
        Sink(
            ["sanitizer-parameterized", "helper-other-module"],
            [
                *XPATH_SETUP,
                "final String lookup = bar;",
                'xpath.setXPathVariableResolver(name -> "user".equals(name.getLocalPart()) ? lookup : null);',
                'String email = xpath.evaluate("/users/user[@name=$user]/email", doc);',
            ],
        ),
        Sink(
            ["sanitizer-parameterized", "helper-other-module"],
            [
                *XPATH_SETUP,
                "java.util.Map<String, Object> variables = new java.util.HashMap<String, Object>();",
                'variables.put("id", bar);',
                "xpath.setXPathVariableResolver(name -> variables.get(name.getLocalPart()));",
                'javax.xml.xpath.XPathExpression compiled = xpath.compile("//account[id=$id]");',
                "org.w3c.dom.NodeList nodes = (org.w3c.dom.NodeList) compiled.evaluate(doc, javax.xml.xpath.XPathConstants.NODESET);",
            ],
        ),
    ],
    sanitizers=[INT_CAST[0], IDENT, INT_CAST[1]],
)


JS_ENGINE = 'javax.script.ScriptEngine engine = new javax.script.ScriptEngineManager().getEngineByName("javascript");'
SPEL_PARSER = "org.springframework.expression.ExpressionParser parser = new org.springframework.expression.spel.standard.SpelExpressionParser();"

CODEINJ = Category(
    "codeinj",
    ('"2 * 21"', '"40 + 2"'),
    [
        Sink(
            [],
            [
                JS_ENGINE,
                "Object result = engine.eval(bar);",
                'request.setAttribute("result", result);',
            ],
            servlet_only=True,
        ),
        Sink(
            ["string-concat"],
            [JS_ENGINE, 'Object result = engine.eval("var total = " + bar + "; total * 1.2;");'],
        ),
        Sink([], [SPEL_PARSER, "Object result = parser.parseExpression(bar).getValue();"]),
        Sink(
            ["string-concat"],
            [
                SPEL_PARSER,
                "org.springframework.expression.Expression expression = parser.parseExpression(\"'Hello, ' + \" + bar);",
                "Object greeting = expression.getValue(new org.springframework.expression.spel.support.StandardEvaluationContext());",
            ],
        ),
        Sink(
            [],
            [
                "groovy.lang.GroovyShell shell = new groovy.lang.GroovyShell();",
                "Object result = shell.evaluate(bar);",
            ],
        ),
        Sink(
            ["builder"],
            [
                'javax.script.ScriptEngine engine = new javax.script.ScriptEngineManager().getEngineByExtension("js");',
                'StringBuilder script = new StringBuilder("function rule(order) { return ");',
                'script.append(bar).append("; }");',
                "engine.eval(new java.io.StringReader(script.toString()));",
            ],
        ),
        Sink(
            ["string-format"],
            [
                "javax.script.ScriptEngineManager manager = new javax.script.ScriptEngineManager();",
                'javax.script.ScriptEngine engine = manager.getEngineByName("nashorn");',
                "javax.script.Bindings bindings = engine.createBindings();",
                'bindings.put("price", 100);',
                'Object discounted = engine.eval(String.format("price - (%s)", bar), bindings);',
            ],
        ),
    ],
    [
        Sink(
            ["safe-api"],
            [
                JS_ENGINE,
                'engine.put("input", bar);',
                'Object result = engine.eval("input.trim().length");',
            ],
        ),
        Sink(
            ["safe-api"],
            [
                SPEL_PARSER,
                "org.springframework.expression.spel.support.StandardEvaluationContext context = new org.springframework.expression.spel.support.StandardEvaluationContext();",
                'context.setVariable("name", bar);',
                'Object length = parser.parseExpression("#name.length()").getValue(context);',
            ],
        ),
        Sink(
            ["safe-api"],
            [
                "javax.script.ScriptEngineManager manager = new javax.script.ScriptEngineManager();",
                'javax.script.ScriptEngine engine = manager.getEngineByName("nashorn");',
                "javax.script.Bindings bindings = engine.createBindings();",
                'bindings.put("amount", bar);',
                'Object total = engine.eval("parseFloat(amount) * 1.2", bindings);',
            ],
        ),
        Sink(
            ["safe-api"],
            [
                "groovy.lang.Binding binding = new groovy.lang.Binding();",
                'binding.setVariable("label", bar);',
                'Object result = new groovy.lang.GroovyShell(binding).evaluate("label.toUpperCase()");',
            ],
        ),
    ],
    sanitizers=[INT_CAST[0], INT_CAST[2]],
)

VELOCITY_CONTEXT = [
    "org.apache.velocity.VelocityContext context = new org.apache.velocity.VelocityContext();",
    'context.put("customer", "guest");',
    "java.io.StringWriter out = new java.io.StringWriter();",
]
FREEMARKER_CFG = [
    "freemarker.template.Configuration cfg = new freemarker.template.Configuration(freemarker.template.Configuration.VERSION_2_3_31);",
    "java.util.Map<String, Object> model = new java.util.HashMap<String, Object>();",
    'model.put("siteName", "Example Store");',
    "java.io.StringWriter out = new java.io.StringWriter();",
]

SSTI = Category(
    "ssti",
    ('"Welcome back to $siteName"', '"Your order has shipped"'),
    [
        Sink(
            [],
            [
                *VELOCITY_CONTEXT,
                'org.apache.velocity.app.Velocity.evaluate(context, out, "greeting", bar);',
            ],
        ),
        Sink(
            ["string-concat"],
            [
                "org.apache.velocity.app.VelocityEngine engine = new org.apache.velocity.app.VelocityEngine();",
                "engine.init();",
                *VELOCITY_CONTEXT,
                'engine.evaluate(context, out, "mail", "Dear $customer,\\n" + bar);',
            ],
        ),
        Sink(
            [],
            [
                *FREEMARKER_CFG,
                'freemarker.template.Template template = new freemarker.template.Template("inline", new java.io.StringReader(bar), cfg);',
                "template.process(model, out);",
            ],
        ),
        Sink(
            ["string-concat"],
            [
                *FREEMARKER_CFG,
                "freemarker.cache.StringTemplateLoader loader = new freemarker.cache.StringTemplateLoader();",
                'loader.putTemplate("page", "<h1>" + bar + "</h1>");',
                "cfg.setTemplateLoader(loader);",
                'cfg.getTemplate("page").process(model, out);',
            ],
        ),
        Sink(
            [],
            [
                "org.thymeleaf.TemplateEngine engine = new org.thymeleaf.TemplateEngine();",
                "engine.setTemplateResolver(new org.thymeleaf.templateresolver.StringTemplateResolver());",
                "String html = engine.process(bar, new org.thymeleaf.context.Context());",
            ],
        ),
        Sink(
            ["string-format"],
            [
                *FREEMARKER_CFG,
                'String source = String.format("<p>Hello ${siteName}</p><p>%s</p>", bar);',
                'freemarker.template.Template template = new freemarker.template.Template("banner", source, cfg);',
                "template.process(model, out);",
            ],
        ),
    ],
    [
        Sink(
            ["safe-api"],
            [
                *VELOCITY_CONTEXT,
                'context.put("name", bar);',
                'org.apache.velocity.app.Velocity.evaluate(context, out, "greeting", "Hello $name, welcome back");',
            ],
        ),
        Sink(
            ["safe-api"],
            [
                *FREEMARKER_CFG,
                'cfg.setClassForTemplateLoading(getClass(), "/templates");',
                'model.put("name", bar);',
                'cfg.getTemplate("welcome.ftl").process(model, out);',
            ],
        ),
        Sink(
            ["safe-api"],
            [
                "org.thymeleaf.TemplateEngine engine = new org.thymeleaf.TemplateEngine();",
                "engine.setTemplateResolver(new org.thymeleaf.templateresolver.ClassLoaderTemplateResolver());",
                "org.thymeleaf.context.Context context = new org.thymeleaf.context.Context();",
                'context.setVariable("name", bar);',
                'String html = engine.process("templates/profile.html", context);',
            ],
        ),
    ],
    sanitizers=[IDENT, INT_CAST[0]],
)

PATHTRAVER = Category(
    "pathtraver",
    ('"report.txt"', '"summary.csv"'),
    [
        Sink(
            ["string-concat"],
            [
                'java.io.File file = new java.io.File("/var/app/uploads/" + bar);',
                "try (java.io.FileInputStream in = new java.io.FileInputStream(file)) {",
                "    in.transferTo(response.getOutputStream());",
                "}",
            ],
        ),
        Sink(
            [],
            [
                'byte[] data = java.nio.file.Files.readAllBytes(java.nio.file.Paths.get("/var/app/reports", bar));',
                "response.getOutputStream().write(data);",
            ],
        ),
        Sink(
            [],
            [
                'java.io.File exportDir = new java.io.File(System.getProperty("java.io.tmpdir"), "exports");',
                "try (java.io.FileOutputStream out = new java.io.FileOutputStream(new java.io.File(exportDir, bar))) {",
                '    out.write("exported".getBytes(java.nio.charset.StandardCharsets.UTF_8));',
                "}",
            ],
        ),
        Sink(
            [],
            [
                'java.nio.file.Path target = java.nio.file.Paths.get("/srv/exports").resolve(bar);',
                "boolean removed = java.nio.file.Files.deleteIfExists(target);",
            ],
        ),
        Sink(
            ["string-concat"],
            [
                'try (java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.FileReader("/var/app/templates/" + bar))) {',
                "    String first = reader.readLine();",
                '    request.setAttribute("preview", first);',
                "}",
            ],
            servlet_only=True,
        ),
        Sink(
            [],
            [
                'java.io.File avatar = new java.io.File(new java.io.File("/var/app/avatars"), bar);',
                "if (avatar.exists()) {",
                "    boolean deleted = avatar.delete();",
                "}",
            ],
        ),
        Sink(
            ["string-format"],
            [
                'java.nio.file.Files.write(java.nio.file.Paths.get(String.format("/tmp/uploads/%s.txt", bar)), new byte[0]);'
            ],
        ),
        Sink(
            [],
            [
                'try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(new java.io.File("/var/app/logs", bar), "r")) {',
                "    file.seek(Math.max(0, file.length() - 4096));",
                "    String tail = file.readLine();",
                "}",
            ],
        ),
        Sink(
            [],
            [
                "try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(bar))) {",
                "    in.transferTo(response.getOutputStream());",
                "}",
            ],
        ),
    ],
    [
        Sink(
            ["sanitizer-normalize-prefix"],
            [
                'java.nio.file.Path base = java.nio.file.Paths.get("/var/app/reports").toAbsolutePath().normalize();',
                "java.nio.file.Path target = base.resolve(bar).normalize();",
                "if (!target.startsWith(base)) {",
                '    throw new SecurityException("invalid report path");',
                "}",
                "byte[] data = java.nio.file.Files.readAllBytes(target);",
                "response.getOutputStream().write(data);",
            ],
        ),
        Sink(
            ["sanitizer-normalize-prefix", "helper-other-module"],
            [
                'java.nio.file.Path target = org.securetag.bench.helpers.PathGuard.resolveInside(java.nio.file.Paths.get("/srv/exports"), bar);',
                "boolean removed = java.nio.file.Files.deleteIfExists(target);",
            ],
        ),
        Sink(
            ["sanitizer-basename"],
            [
                "String fileName = java.nio.file.Paths.get(bar).getFileName().toString();",
                'java.io.File file = new java.io.File("/var/app/uploads", fileName);',
                "try (java.io.FileInputStream in = new java.io.FileInputStream(file)) {",
                "    in.transferTo(response.getOutputStream());",
                "}",
            ],
        ),
        Sink(
            ["sanitizer-normalize-prefix"],
            [
                'java.io.File baseDir = new java.io.File("/var/app/avatars");',
                "java.io.File avatar = new java.io.File(baseDir, bar);",
                "if (!avatar.getCanonicalPath().startsWith(baseDir.getCanonicalPath() + java.io.File.separator)) {",
                '    throw new IllegalArgumentException("invalid avatar name");',
                "}",
                "boolean deleted = avatar.delete();",
            ],
        ),
        Sink(
            ["sanitizer-basename"],
            [
                "String name = org.apache.commons.io.FilenameUtils.getName(bar);",
                'java.nio.file.Files.write(java.nio.file.Paths.get("/tmp/uploads", name + ".txt"), new byte[0]);',
            ],
        ),
    ],
    sanitizers=[INT_CAST[0], IDENT, INT_CAST[1]],
)


HTML_BODY = ("org.springframework.http.ResponseEntity<String>", "")

XSS = Category(
    "xss",
    ('"Welcome"', '"Guest"'),
    [
        Sink(["string-concat"], ['response.getWriter().print("<p>Hello " + bar + "</p>");']),
        Sink(
            ["string-format"],
            [
                "java.io.PrintWriter out = response.getWriter();",
                'out.format("<h1>Results for %s</h1>", bar);',
            ],
        ),
        Sink(
            ["string-format"],
            [
                'response.getWriter().printf(java.util.Locale.US, "<div class=\\"note\\">%s</div>", bar);'
            ],
        ),
        Sink([], ["response.getWriter().write(bar.toCharArray(), 0, bar.length());"]),
        Sink(
            ["builder"],
            [
                'StringBuilder html = new StringBuilder("<ul>");',
                'html.append("<li>").append(bar).append("</li></ul>");',
                "response.getWriter().write(html.toString());",
            ],
        ),
        Sink(
            ["string-concat"],
            ['response.getWriter().println("<a href=\\"/search\\">Back to " + bar + "</a>");'],
        ),
        Sink(
            ["string-concat"],
            [],
            spring_return=(
                "org.springframework.http.ResponseEntity<String>",
                'return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.TEXT_HTML).body("<span class=\\"user\\">" + bar + "</span>");',
            ),
            spring_only=True,
        ),
        Sink(
            ["string-concat"],
            [
                "javax.servlet.ServletOutputStream out = response.getOutputStream();",
                'out.print("<title>" + bar + "</title>");',
            ],
        ),
    ],
    [
        Sink(
            ["sanitizer-escape"],
            [
                'response.getWriter().print("<p>Hello " + org.springframework.web.util.HtmlUtils.htmlEscape(bar) + "</p>");'
            ],
        ),
        Sink(
            ["sanitizer-escape"],
            [
                "java.io.PrintWriter out = response.getWriter();",
                'out.format("<h1>Results for %s</h1>", org.owasp.esapi.ESAPI.encoder().encodeForHTML(bar));',
            ],
        ),
        Sink(
            ["sanitizer-escape"],
            [
                'StringBuilder html = new StringBuilder("<ul>");',
                'html.append("<li>").append(org.owasp.encoder.Encode.forHtml(bar)).append("</li></ul>");',
                "response.getWriter().write(html.toString());",
            ],
        ),
        Sink(
            ["sanitizer-escape"],
            [
                "String encoded = org.apache.commons.text.StringEscapeUtils.escapeHtml4(bar);",
                "response.getWriter().write(encoded.toCharArray(), 0, encoded.length());",
            ],
        ),
        Sink(
            ["sanitizer-escape", "helper-other-module"],
            [
                'response.getWriter().println("<a href=\\"/search\\">Back to " + org.securetag.bench.helpers.HtmlEncoding.escape(bar) + "</a>");'
            ],
        ),
        Sink(
            ["sanitizer-escape"],
            [],
            spring_return=(
                "org.springframework.http.ResponseEntity<String>",
                'return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.TEXT_HTML).body("<span class=\\"user\\">" + org.springframework.web.util.HtmlUtils.htmlEscape(bar) + "</span>");',
            ),
            spring_only=True,
        ),
        Sink(
            ["sanitizer-escape"],
            [
                'response.getWriter().printf(java.util.Locale.US, "<div class=\\"note\\">%s</div>", org.apache.commons.lang3.StringEscapeUtils.escapeHtml4(bar));'
            ],
        ),
    ],
    sanitizers=[INT_CAST[0], IDENT, INT_CAST[2]],
)

SSRF = Category(
    "ssrf",
    ('"https://status.example.com/health"', '"https://api.example.com/v1/ping"'),
    [
        Sink(
            [],
            [
                "java.net.URL url = new java.net.URL(bar);",
                "java.net.HttpURLConnection connection = (java.net.HttpURLConnection) url.openConnection();",
                "int status = connection.getResponseCode();",
            ],
        ),
        Sink(
            ["string-concat"],
            [
                'try (java.io.InputStream in = new java.net.URL("http://" + bar + "/api/status").openStream()) {',
                "    byte[] body = in.readAllBytes();",
                "}",
            ],
        ),
        Sink(
            [],
            [
                "java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();",
                "java.net.http.HttpRequest outbound = java.net.http.HttpRequest.newBuilder(java.net.URI.create(bar)).GET().build();",
                "java.net.http.HttpResponse<String> reply = client.send(outbound, java.net.http.HttpResponse.BodyHandlers.ofString());",
            ],
        ),
        Sink(
            [],
            [
                "org.springframework.web.client.RestTemplate restTemplate = new org.springframework.web.client.RestTemplate();",
                "String preview = restTemplate.getForObject(bar, String.class);",
            ],
        ),
        Sink(
            [],
            [
                "try (org.apache.http.impl.client.CloseableHttpClient http = org.apache.http.impl.client.HttpClients.createDefault()) {",
                "    org.apache.http.client.methods.HttpGet get = new org.apache.http.client.methods.HttpGet(bar);",
                "    http.execute(get).close();",
                "}",
            ],
        ),
        Sink(
            ["string-format"],
            [
                'java.net.URL avatar = new java.net.URL(String.format("https://%s/avatar.png", bar));',
                "java.net.URLConnection connection = avatar.openConnection();",
                "connection.setConnectTimeout(2000);",
                "try (java.io.InputStream in = connection.getInputStream()) {",
                "    in.transferTo(response.getOutputStream());",
                "}",
            ],
        ),
        Sink(
            [],
            [
                "org.springframework.web.client.RestTemplate restTemplate = new org.springframework.web.client.RestTemplate();",
                "org.springframework.http.ResponseEntity<byte[]> fetched = restTemplate.exchange(java.net.URI.create(bar), org.springframework.http.HttpMethod.GET, null, byte[].class);",
            ],
        ),
    ],
    [
        Sink(
            ["sanitizer-allowlist"],
            [
                "java.net.URI uri = java.net.URI.create(bar);",
                'if (!"https".equals(uri.getScheme()) || !java.util.Set.of("api.example.com", "cdn.example.com").contains(uri.getHost())) {',
                '    throw new IllegalArgumentException("host not allowed");',
                "}",
                'java.net.HttpURLConnection connection = (java.net.HttpURLConnection) new java.net.URL("https://" + uri.getHost() + uri.getRawPath()).openConnection();',
                "int status = connection.getResponseCode();",
            ],
        ),
        Sink(
            ["sanitizer-escape"],
            [
                'java.net.URL search = new java.net.URL("https://api.example.com/search?q=" + java.net.URLEncoder.encode(bar, java.nio.charset.StandardCharsets.UTF_8));',
                "try (java.io.InputStream in = search.openStream()) {",
                "    byte[] body = in.readAllBytes();",
                "}",
            ],
        ),
        Sink(
            ["safe-api"],
            [
                "org.springframework.web.client.RestTemplate restTemplate = new org.springframework.web.client.RestTemplate();",
                'String preview = restTemplate.getForObject("https://api.example.com/products?name={name}", String.class, bar);',
            ],
        ),
    ],
    sanitizers=[
        Step(
            ["sanitizer-int-cast"],
            [
                "int itemId = Integer.parseInt(param);",
                'String bar = "https://api.example.com/items/" + itemId;',
            ],
        ),
        Step(
            ["sanitizer-allowlist", "collection-map"],
            [
                'java.util.Map<String, String> regions = java.util.Map.of("eu", "https://eu.api.example.com", "us", "https://us.api.example.com");',
                'String bar = regions.getOrDefault(param, "https://api.example.com");',
            ],
        ),
    ],
)

REDIRECT = Category(
    "redirect",
    ('"/home"', '"/account/overview"'),
    [
        Sink([], ["response.sendRedirect(bar);"]),
        Sink(
            [],
            [
                "response.setStatus(javax.servlet.http.HttpServletResponse.SC_FOUND);",
                'response.setHeader("Location", bar);',
            ],
        ),
        Sink(["string-concat"], ['response.sendRedirect(bar + "?welcome=1");']),
        Sink(
            [],
            [],
            spring_return=(
                "org.springframework.http.ResponseEntity<Void>",
                "return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.FOUND).location(java.net.URI.create(bar)).build();",
            ),
            spring_only=True,
        ),
        Sink(
            [],
            [],
            spring_return=(
                "org.springframework.web.servlet.view.RedirectView",
                "return new org.springframework.web.servlet.view.RedirectView(bar);",
            ),
            spring_only=True,
        ),
        Sink(["string-concat"], ['response.addHeader("Refresh", "0; url=" + bar);']),
        Sink([], ["response.setStatus(301);", 'response.addHeader("Location", bar);']),
    ],
    [
        Sink(
            ["sanitizer-prefix"],
            [
                "java.net.URI uri = java.net.URI.create(bar);",
                'String destination = uri.getScheme() == null && uri.getHost() == null && bar.startsWith("/") && !bar.startsWith("//") ? uri.getPath() : "/";',
                "response.sendRedirect(destination);",
            ],
        ),
        Sink(
            ["sanitizer-allowlist", "collection-map"],
            [
                'java.util.Map<String, String> pages = java.util.Map.of("home", "/home", "orders", "/orders", "profile", "/account/profile");',
                'response.setHeader("Location", pages.getOrDefault(bar, "/home"));',
                "response.setStatus(302);",
            ],
        ),
        Sink(
            ["sanitizer-allowlist"],
            [],
            spring_return=(
                "org.springframework.http.ResponseEntity<Void>",
                'return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.FOUND).location(java.net.URI.create(java.util.Set.of("/home", "/orders").contains(bar) ? bar : "/home")).build();',
            ),
            spring_only=True,
        ),
        Sink(
            ["sanitizer-escape"],
            ['response.sendRedirect("/search?q=" + java.net.URLEncoder.encode(bar, "UTF-8"));'],
        ),
    ],
    sanitizers=[
        Step(
            ["sanitizer-int-cast"],
            ["int orderId = Integer.parseInt(param);", 'String bar = "/orders/" + orderId;'],
        )
    ],
)

TRUSTBOUND = Category(
    "trustbound",
    ('"standard"', '"premium"'),
    [
        Sink([], ['request.getSession().setAttribute("userRole", bar);']),
        Sink(
            [],
            [
                "javax.servlet.http.HttpSession session = request.getSession(true);",
                'session.putValue("cartNote", bar);',
            ],
        ),
        Sink([], ['request.getSession().setAttribute(bar, "10340");']),
        Sink(
            ["collection-list"],
            ['request.getSession().setAttribute("recentFilters", java.util.List.of(bar, "all"));'],
        ),
        Sink(
            ["string-concat"],
            [
                "javax.servlet.http.HttpSession session = request.getSession();",
                'session.setAttribute("displayName", "user-" + bar);',
            ],
        ),
    ],
    [
        Sink(
            ["sanitizer-allowlist"],
            [
                'java.util.Set<String> plans = java.util.Set.of("standard", "premium", "enterprise");',
                "if (!plans.contains(bar)) {",
                '    throw new IllegalArgumentException("unknown plan");',
                "}",
                'request.getSession().setAttribute("plan", bar);',
            ],
        ),
        Sink(
            ["sanitizer-int-cast"],
            [
                "javax.servlet.http.HttpSession session = request.getSession(true);",
                'session.setAttribute("pageSize", Integer.valueOf(Math.min(100, Math.max(1, Integer.parseInt(bar.trim())))));',
            ],
        ),
    ],
    sanitizers=[INT_CAST[0], INT_CAST[1]],
)


FLOW_CATEGORIES = [
    SQLI,
    CMDI,
    LDAPI,
    XPATHI,
    CODEINJ,
    SSTI,
    PATHTRAVER,
    XSS,
    SSRF,
    REDIRECT,
    TRUSTBOUND,
]


# ----------------------------------------------------------------------------- generation


def fill(step: Step, consts: tuple[str, str]) -> Step:
    def sub(text: str) -> str:
        return text.replace("@C1@", consts[0]).replace("@C2@", consts[1])

    return Step(
        step.tags, [sub(line) for line in step.lines], [sub(m) for m in step.members], step.direct
    )


def pick_source(start: int, sink: Sink) -> Source:
    for offset in range(len(SOURCES)):
        source = SOURCES[(start + offset) % len(SOURCES)]
        if sink.servlet_only and source.kind != "servlet":
            continue
        if sink.spring_only and source.kind != "spring":
            continue
        return source
    raise AssertionError("no source fits")


def flow_cases(category: Category, salt: int) -> list[tuple[bool, Source, list[Step], Sink]]:
    """(vulnerable, source, steps, sink) for each generated case of the category."""
    plans = []
    for i in range(category.true_count):
        sink = category.sinks[i % len(category.sinks)]
        step = KEEP[(i * 5 + salt) % len(KEEP)]
        plans.append((True, pick_source(i * 3 + salt, sink), [step], sink))
    kills = category.sanitizers + KILL
    for j in range(category.false_count):
        if j % 2 == 0 and category.safe_sinks:
            sink = category.safe_sinks[(j // 2) % len(category.safe_sinks)]
            step = KEEP[(j * 3 + salt + 1) % len(KEEP)]
        else:
            sink = category.sinks[(j + salt) % len(category.sinks)]
            step = fill(kills[(j // 2 + salt) % len(kills)], category.consts)
        plans.append((False, pick_source(j * 5 + salt + 2, sink), [step], sink))
    return plans


def write_case(category: str, number: int, text: str) -> str:
    relative = (
        f"src/main/java/{PACKAGE.replace('.', '/')}/{category}/{class_name(category, number)}.java"
    )
    target = ROOT / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text)
    return relative


def main() -> None:
    import generate_static

    rows = []
    for directory in SRC.joinpath(*PACKAGE.split(".")).iterdir():
        if directory.is_dir() and directory.name != "helpers":
            shutil.rmtree(directory)
    for salt, category in enumerate(FLOW_CATEGORIES):
        plans = flow_cases(category, salt)
        # interleave verdicts so that neighbouring numbers do not share one
        order = [
            p
            for pair in zip(plans[: category.true_count], plans[category.true_count :], strict=True)
            for p in pair
        ]
        for index, (vulnerable, source, steps, sink) in enumerate(order, start=1):
            fqn = (index // 2 + salt) % 3 == 0
            text, tags = render(category.key, index, source, steps, sink, fqn)
            rows.append((write_case(category.key, index, text), category.key, vulnerable, tags))
    for category, vulnerable, tags, template in generate_static.cases():
        number = 1 + sum(1 for row in rows if row[1] == category)
        text = template.replace("NNN", f"{number:03d}")
        rows.append((write_case(category, number, text), category, vulnerable, tags))
    with open(ROOT / "expected.csv", "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["path", "category", "vulnerable", "shape"])
        for path, category, vulnerable, tags in sorted(rows):
            shape = "+".join(dict.fromkeys(tags))
            writer.writerow([path, category, "true" if vulnerable else "false", shape])


if __name__ == "__main__":
    main()
