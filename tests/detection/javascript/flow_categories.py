# ruff: noqa: E501  (lines are JavaScript source text)
"""Sinks and safe look-alikes of the data-flow categories (used by generate_cases.py)."""

from __future__ import annotations

from generate_cases import FlowCategory, Safe, Sink, default, named, ns

# --------------------------------------------------------------------------------------------
# Shared fragments

MYSQL = ns("mysql", "mysql")
MYSQL_SETUP = (
    "const connection = mysql.createConnection({ host: 'db.internal', user: 'app', password: process.env.DB_PASSWORD, database: 'shop' });",
)
PG = named("pg", "Pool")
PG_SETUP = ("const pool = new Pool({ connectionString: process.env.DATABASE_URL });",)
SQLITE = ns("sqlite3", "sqlite3")
SQLITE_SETUP = ("const db = new sqlite3.Database('/var/lib/app/catalog.db');",)
KNEX = default("knex", "knexFactory")
KNEX_SETUP = ("const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });",)
SEQ = named("sequelize", "Sequelize", "QueryTypes")
SEQ_SETUP = (
    "const sequelize = new Sequelize(process.env.DATABASE_URL{as string}, { logging: false });",
)
MYSQL2 = ns("mysql2/promise", "mysql2")
MYSQL2_SETUP = ("const pool = mysql2.createPool({ uri: process.env.DATABASE_URL });",)


def rows_cb(call: str) -> list[str]:
    return [
        call + " (err, rows) => {",
        "  if (err) {",
        "    return res.status(500).json({ error: 'query failed' });",
        "  }",
        "  return res.json(rows);",
        "});",
    ]


# --------------------------------------------------------------------------------------------
# SQL injection


def sqli_compose(v: str, style: str) -> str:
    if style == "template":
        return f"`SELECT id, name, email FROM users WHERE name = '${{{v}}}'`"
    return f'"SELECT id, name, email FROM users WHERE name = \'" + {v} + "\'"'


SQLI = FlowCategory(
    key="sqli",
    route="/users",
    params=["name", "username", "email", "customer"],
    compose=sqli_compose,
    styles=("concat", "template"),
    constant="'guest'",
    sinks=[
        Sink(lambda e: rows_cb(f"connection.query({e},"), (MYSQL,), MYSQL_SETUP),
        Sink(
            lambda e: [f"const result = await pool.query({e});", "res.json(result.rows);"],
            (PG,),
            PG_SETUP,
            is_async=True,
        ),
        Sink(lambda e: rows_cb(f"db.all({e},"), (SQLITE,), SQLITE_SETUP),
        Sink(
            lambda e: [f"const result = await knex.raw({e});", "res.json(result.rows);"],
            (KNEX,),
            KNEX_SETUP,
            is_async=True,
        ),
        Sink(
            lambda e: [f"const [rows] = await sequelize.query({e});", "res.json(rows);"],
            (SEQ,),
            SEQ_SETUP,
            is_async=True,
        ),
        Sink(
            lambda e: [f"const [rows] = await pool.query({e});", "res.json(rows);"],
            (MYSQL2,),
            MYSQL2_SETUP,
            is_async=True,
        ),
        Sink(
            lambda e: rows_cb(f"connection.query({e},"),
            (named("../../lib/db", "connection"),),
            tags=("imported-name",),
        ),
        Sink(
            lambda e: [
                f"const rows = await sequelize.query({e}, {{ type: QueryTypes.SELECT }});",
                "res.json(rows);",
            ],
            (SEQ,),
            SEQ_SETUP,
            is_async=True,
        ),
        Sink(lambda e: rows_cb(f"db.get({e},"), (SQLITE,), SQLITE_SETUP),
    ],
    safes=[
        Safe(
            ("sanitizer-parameterized",),
            lambda v: rows_cb(
                f"connection.query('SELECT id, name, email FROM users WHERE name = ?', [{v}],"
            ),
            (MYSQL,),
            MYSQL_SETUP,
        ),
        Safe(
            ("sanitizer-parameterized",),
            lambda v: [
                f"const result = await pool.query('SELECT id, name FROM users WHERE email = $1', [{v}]);",
                "res.json(result.rows);",
            ],
            (PG,),
            PG_SETUP,
            is_async=True,
        ),
        Safe(
            ("sanitizer-parameterized",),
            lambda v: rows_cb(
                f"db.all('SELECT id, title FROM products WHERE category = ?', [{v}],"
            ),
            (SQLITE,),
            SQLITE_SETUP,
        ),
        Safe(
            ("sanitizer-parameterized",),
            lambda v: [
                f"const result = await knex.raw('SELECT id, name FROM users WHERE name = ?', [{v}]);",
                "res.json(result.rows);",
            ],
            (KNEX,),
            KNEX_SETUP,
            is_async=True,
        ),
        Safe(
            ("sanitizer-parameterized",),
            lambda v: [
                "const rows = await sequelize.query('SELECT id, name FROM users WHERE name = :name', {",
                f"  replacements: {{ name: {v} }},",
                "  type: QueryTypes.SELECT,",
                "});",
                "res.json(rows);",
            ],
            (SEQ,),
            SEQ_SETUP,
            is_async=True,
        ),
        Safe(
            ("safe-api",),
            lambda v: [
                f"const rows = await knex('users').where({{ name: {v} }}).select('id', 'name');",
                "res.json(rows);",
            ],
            (KNEX,),
            KNEX_SETUP,
            is_async=True,
        ),
        Safe(
            ("sanitizer-int-cast",),
            lambda v: [
                f"const id = parseInt({v}, 10);",
                "if (Number.isNaN(id)) {",
                "  return res.status(400).json({ error: 'bad id' });",
                "}",
                *rows_cb("connection.query('SELECT id, total FROM orders WHERE id = ' + id,"),
            ],
            (MYSQL,),
            MYSQL_SETUP,
        ),
        Safe(
            ("sanitizer-allowlist",),
            lambda v: [
                "const sortable = ['name', 'created_at', 'email'];",
                f"const column = sortable.includes({v}) ? {v} : 'name';",
                "const result = await pool.query('SELECT id, name, email FROM users ORDER BY ' + column);",
                "res.json(result.rows);",
            ],
            (PG,),
            PG_SETUP,
            is_async=True,
        ),
        Safe(
            ("sanitizer-escape",),
            lambda v: rows_cb(
                f"connection.query('SELECT id, name FROM users WHERE name = ' + mysql.escape({v}),"
            ),
            (MYSQL,),
            MYSQL_SETUP,
        ),
        Safe(
            ("helper-other-module", "sanitizer-parameterized"),
            lambda v: rows_cb(f"connection.query(USER_BY_NAME, [{v}],"),
            (named("../../lib/db", "connection"), named("../../lib/queries", "USER_BY_NAME")),
        ),
        Safe(
            ("helper-other-module", "sanitizer-int-cast"),
            lambda v: [
                f"const limit = toInt({v}, 20);",
                "const [rows] = await pool.query(`SELECT id, name FROM users LIMIT ${limit}`);",
                "res.json(rows);",
            ],
            (MYSQL2, named("../../lib/validate", "toInt")),
            MYSQL2_SETUP,
            is_async=True,
        ),
    ],
)

# --------------------------------------------------------------------------------------------
# OS command injection

CP = ns("child_process", "cp")


def text_out_cb(call: str) -> list[str]:
    return [
        call + " (err, stdout) => {",
        "  if (err) {",
        "    return res.status(500).send('command failed');",
        "  }",
        "  return res.type('text/plain').send(stdout);",
        "});",
    ]


def cmdi_compose(v: str, style: str) -> str:
    if style == "template":
        return f"`nslookup ${{{v}}}`"
    return f"'ping -c 1 ' + {v}"


CMDI = FlowCategory(
    key="cmdi",
    route="/diagnostics",
    params=["host", "target", "address", "name"],
    compose=cmdi_compose,
    styles=("concat", "template"),
    constant="'localhost'",
    sinks=[
        Sink(
            lambda e: text_out_cb(f"exec({e},"),
            (named("child_process", "exec"),),
            tags=("imported-name",),
        ),
        Sink(
            lambda e: [
                f"const output = cp.execSync({e}, {{ timeout: 5000 }}).toString();",
                "res.type('text/plain').send(output);",
            ],
            (CP,),
        ),
        Sink(
            lambda e: [
                f"const child = cp.spawn({e}, {{ shell: true }});",
                "child.stdout.pipe(res);",
            ],
            (CP,),
        ),
        Sink(
            lambda e: [
                f"const child = cp.spawn('/bin/sh', ['-c', {e}]);",
                "child.stdout.pipe(res);",
            ],
            (CP,),
        ),
        Sink(
            lambda e: [
                f"const {{ stdout }} = await execAsync({e});",
                "res.type('text/plain').send(stdout);",
            ],
            (named("child_process", "exec"), named("util", "promisify")),
            ("const execAsync = promisify(exec);",),
            is_async=True,
        ),
        Sink(
            lambda e: text_out_cb(f"runCommand({e},"),
            (named("child_process", "exec:runCommand"),),
            tags=("alias",),
        ),
        Sink(lambda e: text_out_cb(f"require('child_process').exec({e},"), (), tags=("fqn-name",)),
        Sink(
            lambda e: [
                f"const result = shell.exec({e}, {{ silent: true }});",
                "res.type('text/plain').send(result.stdout);",
            ],
            (default("shelljs", "shell"),),
        ),
        Sink(
            lambda e: [
                f"const output = execSync({e}, {{ encoding: 'utf8' }});",
                "res.send(output);",
            ],
            (named("child_process", "execSync"),),
            tags=("imported-name",),
        ),
    ],
    safes=[
        Safe(("safe-api",), lambda v: text_out_cb(f"cp.execFile('ping', ['-c', '1', {v}],"), (CP,)),
        Safe(
            ("safe-api",),
            lambda v: [
                f"const child = spawn('git', ['log', '--oneline', '-n', '5', {v}]);",
                "child.stdout.pipe(res);",
            ],
            (named("child_process", "spawn"),),
        ),
        Safe(
            ("safe-api",),
            lambda v: [
                f"const output = execFileSync('/usr/bin/nslookup', [{v}], {{ encoding: 'utf8' }});",
                "res.type('text/plain').send(output);",
            ],
            (named("child_process", "execFileSync"),),
        ),
        Safe(
            ("sanitizer-allowlist",),
            lambda v: [
                "const knownHosts = ['db.internal', 'cache.internal', 'queue.internal'];",
                f"if (!knownHosts.includes({v})) {{",
                "  return res.status(400).send('unknown host');",
                "}",
                *text_out_cb(f"cp.exec('ping -c 1 ' + {v},"),
            ],
            (CP,),
        ),
        Safe(
            ("sanitizer-int-cast",),
            lambda v: [
                f"const count = parseInt({v}, 10) || 1;",
                *text_out_cb("cp.exec(`ping -c ${count} localhost`,"),
            ],
            (CP,),
        ),
        Safe(
            ("sanitizer-escape",),
            lambda v: text_out_cb(f"cp.exec('ping -c 1 ' + quote([{v}]),"),
            (CP, named("shell-quote", "quote")),
        ),
        Safe(
            ("sanitizer-allowlist",),
            lambda v: [
                f"if (!/^[a-z0-9.-]+$/i.test({v})) {{",
                "  return res.status(400).send('invalid host');",
                "}",
                *text_out_cb(f"exec('nslookup ' + {v},"),
            ],
            (named("child_process", "exec"),),
        ),
        Safe(
            ("helper-other-module", "sanitizer-allowlist"),
            lambda v: [
                f"if (!isSafeName({v})) {{",
                "  return res.status(400).send('invalid name');",
                "}",
                f"const output = cp.execSync('du -sh /srv/app/exports/' + {v}).toString();",
                "res.type('text/plain').send(output);",
            ],
            (CP, named("../../lib/validate", "isSafeName")),
        ),
        Safe(
            ("safe-api",),
            lambda v: [
                f"const {{ stdout }} = await execFileAsync('dig', ['+short', {v}]);",
                "res.type('text/plain').send(stdout);",
            ],
            (named("child_process", "execFile"), named("util", "promisify")),
            ("const execFileAsync = promisify(execFile);",),
            is_async=True,
        ),
    ],
)

# --------------------------------------------------------------------------------------------
# LDAP injection

LDAP = ns("ldapjs", "ldap")
LDAP_SETUP = (
    "const client = ldap.createClient({ url: ['ldap://directory.internal:389'] });",
    "const BASE_DN = 'ou=people,dc=example,dc=com';",
)


def ldap_search(filter_expr: str, opts_inline: bool = True) -> list[str]:
    lines = []
    if opts_inline:
        head = f"client.search(BASE_DN, {{ filter: {filter_expr}, scope: 'sub', attributes: ['cn', 'mail'] }}, (err, search) => {{"
    else:
        lines.append(
            f"const opts = {{ filter: {filter_expr}, scope: 'sub', attributes: ['cn', 'mail'] }};"
        )
        head = "client.search(BASE_DN, opts, (err, search) => {"
    return [
        *lines,
        head,
        "  if (err) {",
        "    return res.status(500).json({ error: 'directory unavailable' });",
        "  }",
        "  const entries{:unknown[]} = [];",
        "  search.on('searchEntry', (entry) => entries.push(entry.pojo));",
        "  search.on('end', () => res.json(entries));",
        "  return undefined;",
        "});",
    ]


LDAP_PROMISE_HELPER = (
    (
        "function searchDirectory(directory{:ldap.Client}, filter{:string}){:Promise<unknown[]>} {",
        "  return new Promise((resolve, reject) => {",
        "    directory.search(BASE_DN, { filter, scope: 'sub' }, (err, search) => {",
        "      if (err) {",
        "        return reject(err);",
        "      }",
        "      const found{:unknown[]} = [];",
        "      search.on('searchEntry', (entry) => found.push(entry.pojo));",
        "      search.on('error', reject);",
        "      search.on('end', () => resolve(found));",
        "      return undefined;",
        "    });",
        "  });",
        "}",
    ),
)


def ldapi_compose(v: str, style: str) -> str:
    if style == "template":
        return f"`(&(objectClass=person)(uid=${{{v}}}))`"
    return f"'(uid=' + {v} + ')'"


LDAPTS = named("ldapts", "Client")
LDAPTS_SETUP = (
    "const client = new Client({ url: 'ldap://directory.internal:389' });",
    "const BASE_DN = 'ou=people,dc=example,dc=com';",
)

LDAPI = FlowCategory(
    key="ldapi",
    route="/directory",
    params=["uid", "username", "login", "member"],
    compose=ldapi_compose,
    styles=("concat", "template"),
    constant="'jdoe'",
    sinks=[
        Sink(lambda e: ldap_search(e), (LDAP,), LDAP_SETUP),
        Sink(lambda e: ldap_search(e, opts_inline=False), (LDAP,), LDAP_SETUP),
        Sink(
            lambda e: ["const client = getClient();", *ldap_search(e)],
            (named("../../lib/ldapClient", "getClient", "BASE_DN"),),
            tags=("helper-other-module",),
        ),
        Sink(
            lambda e: [
                f"const entries = await searchDirectory(client, {e});",
                "res.json(entries);",
            ],
            (LDAP,),
            LDAP_SETUP,
            helpers=LDAP_PROMISE_HELPER,
            is_async=True,
            tags=("helper-same-file",),
        ),
        Sink(
            lambda e: [
                f"const {{ searchEntries }} = await client.search(BASE_DN, {{ scope: 'sub', filter: {e} }});",
                "res.json(searchEntries);",
            ],
            (LDAPTS,),
            LDAPTS_SETUP,
            is_async=True,
        ),
    ],
    safes=[
        Safe(
            ("sanitizer-escape",),
            lambda v: [
                f"const filter = ldapEscape.filter`(uid=${{{v}}})`;",
                *ldap_search("filter"),
            ],
            (LDAP, default("ldap-escape", "ldapEscape")),
            LDAP_SETUP,
        ),
        Safe(
            ("safe-api",),
            lambda v: [
                f"const filter = new ldap.EqualityFilter({{ attribute: 'uid', value: {v} }});",
                *ldap_search("filter"),
            ],
            (LDAP,),
            LDAP_SETUP,
        ),
        Safe(
            ("sanitizer-allowlist",),
            lambda v: [
                f"if (!/^[a-z][a-z0-9._-]{{1,31}}$/.test({v})) {{",
                "  return res.status(400).json({ error: 'invalid user name' });",
                "}",
                *ldap_search(f"'(uid=' + {v} + ')'"),
            ],
            (LDAP,),
            LDAP_SETUP,
        ),
        Safe(
            ("helper-other-module", "sanitizer-escape"),
            lambda v: ldap_search(f"escapedUidFilter({v})"),
            (LDAP, named("../../lib/filters", "escapedUidFilter")),
            LDAP_SETUP,
        ),
        Safe(
            ("helper-same-file", "sanitizer-escape"),
            lambda v: [
                f"const filter = `(mail=${{escapeFilterValue({v})}})`;",
                *ldap_search("filter"),
            ],
            (LDAP,),
            LDAP_SETUP,
            helpers=(
                (
                    "function escapeFilterValue(value{:string}){:string} {",
                    "  return String(value).replace(/[\\\\*()\\0]/g, (ch) => '\\\\' + ch.charCodeAt(0).toString(16).padStart(2, '0'));",
                    "}",
                ),
            ),
        ),
        Safe(
            ("safe-api",),
            lambda v: [
                f"const filter = new EqualityFilter({{ attribute: 'mail', value: {v} }});",
                "const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter });",
                "res.json(searchEntries);",
            ],
            (named("ldapts", "Client", "EqualityFilter"),),
            LDAPTS_SETUP,
            is_async=True,
        ),
        Safe(
            ("sanitizer-escape",),
            lambda v: [
                f"const filter = '(&(objectClass=person)(cn=' + ldapEscape.filter`${{{v}}}` + '))';",
                "const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter });",
                "res.json(searchEntries);",
            ],
            (LDAPTS, default("ldap-escape", "ldapEscape")),
            LDAPTS_SETUP,
            is_async=True,
        ),
    ],
)

# --------------------------------------------------------------------------------------------
# XPath injection

XPATH = ns("xpath", "xpath")
DOM = named("@xmldom/xmldom", "DOMParser")
FS = ns("fs", "fs")
XML_SETUP = (
    "const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');",
)


def xpathi_compose(v: str, style: str) -> str:
    if style == "template":
        return f"`//product[@sku='${{{v}}}']/price`"
    return f'"//user[@name=\'" + {v} + "\']/email"'


XPATHI = FlowCategory(
    key="xpathi",
    route="/lookup",
    params=["name", "sku", "account", "login"],
    compose=xpathi_compose,
    styles=("concat", "template"),
    constant="'guest'",
    sinks=[
        Sink(
            lambda e: [
                f"const nodes = xpath.select({e}, doc);",
                "res.json({ count: nodes.length });",
            ],
            (XPATH, DOM, FS),
            XML_SETUP,
        ),
        Sink(
            lambda e: [
                f"const node = xpath.select1({e}, doc);",
                "res.json({ value: node ? node.textContent : null });",
            ],
            (XPATH, DOM, FS),
            XML_SETUP,
        ),
        Sink(
            lambda e: [
                f"const result = xpath.evaluate({e}, doc, null, xpath.XPathResult.ANY_TYPE, null);",
                "res.json({ value: String(result.iterateNext()) });",
            ],
            (XPATH, DOM, FS),
            XML_SETUP,
        ),
        Sink(
            lambda e: [
                f"const nodes = xpath.parse({e}).select({{ node: doc }});",
                "res.json({ count: nodes.length });",
            ],
            (XPATH, DOM, FS),
            XML_SETUP,
        ),
        Sink(
            lambda e: [
                f"const nodes = catalog.find({e});",
                "res.json(nodes.map((n) => n.text()));",
            ],
            (ns("libxmljs", "libxmljs"), FS),
            (
                "const catalog = libxmljs.parseXml(fs.readFileSync('/srv/app/data/catalog.xml', 'utf8'));",
            ),
        ),
        Sink(
            lambda e: [
                f"const nodes = selectNodes({e}, doc);",
                "res.json({ count: nodes.length });",
            ],
            (named("xpath", "select:selectNodes"), DOM, FS),
            XML_SETUP,
            tags=("alias",),
        ),
        Sink(
            lambda e: [f"const nodes = select({e}, doc);", "res.json({ count: nodes.length });"],
            (XPATH, DOM, FS),
            (*XML_SETUP, "const select = xpath.useNamespaces({ u: 'urn:example:users' });"),
        ),
        Sink(
            lambda e: [
                f"const node = catalog.get({e});",
                "res.json({ value: node ? node.text() : null });",
            ],
            (ns("libxmljs2", "libxmljs"), FS),
            (
                "const catalog = libxmljs.parseXml(fs.readFileSync('/srv/app/data/catalog.xml', 'utf8'));",
            ),
        ),
    ],
    safes=[
        Safe(
            ("sanitizer-parameterized",),
            lambda v: [
                f"const nodes = xpath.parse('//user[@name=$name]/email').select({{ node: doc, variables: {{ name: {v} }} }});",
                "res.json({ count: nodes.length });",
            ],
            (XPATH, DOM, FS),
            XML_SETUP,
        ),
        Safe(
            ("sanitizer-int-cast",),
            lambda v: [
                f"const id = parseInt({v}, 10);",
                "const nodes = xpath.select('//order[@id=' + id + ']/total', doc);",
                "res.json({ count: nodes.length });",
            ],
            (XPATH, DOM, FS),
            XML_SETUP,
        ),
        Safe(
            ("sanitizer-allowlist",),
            lambda v: [
                "const fields = ['email', 'phone', 'department'];",
                f"if (!fields.includes({v})) {{",
                "  return res.status(400).json({ error: 'unknown field' });",
                "}",
                f"const node = xpath.select1('//user/' + {v}, doc);",
                "return res.json({ value: node ? node.textContent : null });",
            ],
            (XPATH, DOM, FS),
            XML_SETUP,
        ),
        Safe(
            ("helper-other-module", "sanitizer-allowlist"),
            lambda v: [
                f"if (!isSafeName({v})) {{",
                "  return res.status(400).end();",
                "}",
                f'const nodes = catalog.find("//product[@sku=\'" + {v} + "\']");',
                "return res.json(nodes.map((n) => n.text()));",
            ],
            (ns("libxmljs", "libxmljs"), FS, named("../../lib/validate", "isSafeName")),
            (
                "const catalog = libxmljs.parseXml(fs.readFileSync('/srv/app/data/catalog.xml', 'utf8'));",
            ),
        ),
        Safe(
            ("helper-same-file", "sanitizer-escape"),
            lambda v: [
                f"const nodes = xpath.select('//user[@name=' + xpathLiteral({v}) + ']', doc);",
                "res.json({ count: nodes.length });",
            ],
            (XPATH, DOM, FS),
            XML_SETUP,
            helpers=(
                (
                    "function xpathLiteral(value{:string}){:string} {",
                    "  const text = String(value);",
                    '  if (!text.includes("\'")) {',
                    '    return "\'" + text + "\'";',
                    "  }",
                    "  if (!text.includes('\"')) {",
                    "    return '\"' + text + '\"';",
                    "  }",
                    '  return "concat(\'" + text.split("\'").join("\', \\"\'\\", \'") + "\')";',
                    "}",
                ),
            ),
        ),
        Safe(
            ("safe-api",),
            lambda v: [
                "const users = Array.from(doc.getElementsByTagName('user'));",
                f"const match = users.find((node) => node.getAttribute('name') === {v});",
                "res.json({ found: Boolean(match) });",
            ],
            (DOM, FS),
            XML_SETUP,
        ),
    ],
)

# --------------------------------------------------------------------------------------------
# Code injection

VM = ns("vm", "vm")


def codeinj_compose(v: str, style: str) -> str:
    if style == "concat":
        return f"'(' + {v} + ')'"
    if style == "template":
        return f"`(${{{v}}}) * 1`"
    return v


CODEINJ = FlowCategory(
    key="codeinj",
    route="/calc",
    params=["expression", "formula", "code", "rule"],
    compose=codeinj_compose,
    constant="'1 + 1'",
    sinks=[
        Sink(lambda e: [f"const result = eval({e});", "res.json({ result });"]),
        Sink(
            lambda e: [
                f"const compute = new Function('return ' + {e});",
                "res.json({ result: compute() });",
            ]
        ),
        Sink(
            lambda e: [
                f"const result = vm.runInNewContext({e}, {{ Math }}, {{ timeout: 50 }});",
                "res.json({ result });",
            ],
            (VM,),
        ),
        Sink(
            lambda e: [f"const result = vm.runInThisContext({e});", "res.json({ result });"], (VM,)
        ),
        Sink(
            lambda e: [
                f"const script = new vm.Script({e});",
                "res.json({ result: script.runInNewContext({}) });",
            ],
            (VM,),
        ),
        Sink(lambda e: [f"setTimeout({e}, 10);", "res.status(202).json({ scheduled: true });"]),
        Sink(lambda e: [f"const result = Function('return ' + {e})();", "res.json({ result });"]),
        Sink(
            lambda e: [
                "const evaluate = eval;",
                f"const result = evaluate({e});",
                "res.json({ result });",
            ],
            tags=("alias",),
        ),
        Sink(
            lambda e: [
                f"const result = require('vm').runInNewContext({e});",
                "res.json({ result });",
            ],
            tags=("fqn-name",),
        ),
        Sink(
            lambda e: [f"const result = runInNewContext({e}, {{}});", "res.json({ result });"],
            (named("vm", "runInNewContext"),),
            tags=("imported-name",),
        ),
    ],
    safes=[
        Safe(
            ("safe-api",), lambda v: [f"const result = JSON.parse({v});", "res.json({ result });"]
        ),
        Safe(
            ("sanitizer-int-cast",),
            lambda v: [
                f"const factor = Number({v});",
                "const result = vm.runInNewContext('total * ' + factor, { total: 100 });",
                "res.json({ result });",
            ],
            (VM,),
        ),
        Safe(
            ("sanitizer-allowlist", "collection-map"),
            lambda v: [
                "const operations{:Record<string, (a: number, b: number) => number>} = { add: (a, b) => a + b, sub: (a, b) => a - b, mul: (a, b) => a * b };",
                f"if (!Object.prototype.hasOwnProperty.call(operations, {v})) {{",
                "  return res.status(400).json({ error: 'unknown operation' });",
                "}",
                f"return res.json({{ result: operations[{v}](6, 7) }});",
            ],
        ),
        Safe(
            ("safe-api",),
            lambda v: [
                f"const result = vm.runInNewContext('input.trim().length', {{ input: {v} }});",
                "res.json({ result });",
            ],
            (VM,),
        ),
        Safe(
            ("safe-api",),
            lambda v: [
                "const measure = new Function('text', 'return String(text).length;');",
                f"res.json({{ result: measure({v}) }});",
            ],
        ),
        Safe(
            ("safe-api",),
            lambda v: [
                f"setTimeout(() => console.info('deferred', {v}), 10);",
                "res.status(202).json({ scheduled: true });",
            ],
        ),
        Safe(
            ("sanitizer-allowlist",),
            lambda v: [
                f"if (!/^[0-9+\\-*/ ().]+$/.test({v})) {{",
                "  return res.status(400).json({ error: 'unsupported expression' });",
                "}",
                f"return res.json({{ result: eval({v}) }});",
            ],
        ),
        Safe(
            ("helper-other-module", "sanitizer-int-cast"),
            lambda v: [
                f"const amount = toInt({v}, 0);",
                "const result = eval('(' + amount + ' * 1.2)');",
                "res.json({ result });",
            ],
            (named("../../lib/validate", "toInt"),),
        ),
    ],
)

# --------------------------------------------------------------------------------------------
# Server-side template injection


def ssti_compose(v: str, style: str) -> str:
    if style == "concat":
        return f"'<h1>' + {v} + '</h1>'"
    if style == "template":
        return f'`<section class="banner">${{{v}}}</section>`'
    return v


EJS = ns("ejs", "ejs")
PUG = ns("pug", "pug")
HBS = default("handlebars", "Handlebars")
LODASH = default("lodash", "_")
NUNJUCKS = ns("nunjucks", "nunjucks")

SSTI = FlowCategory(
    key="ssti",
    route="/preview",
    params=["template", "greeting", "banner", "message"],
    compose=ssti_compose,
    constant="'<h1>Welcome</h1>'",
    sinks=[
        Sink(
            lambda e: [f"const html = ejs.render({e}, {{ user: 'guest' }});", "res.send(html);"],
            (EJS,),
        ),
        Sink(
            lambda e: [f"const render = pug.compile({e});", "res.send(render({ user: 'guest' }));"],
            (PUG,),
        ),
        Sink(lambda e: [f"res.send(pug.render({e}, {{ user: 'guest' }}));"], (PUG,)),
        Sink(
            lambda e: [
                f"const render = Handlebars.compile({e});",
                "res.send(render({ user: 'guest' }));",
            ],
            (HBS,),
        ),
        Sink(
            lambda e: [
                f"const compiled = _.template({e});",
                "res.send(compiled({ user: 'guest' }));",
            ],
            (LODASH,),
        ),
        Sink(
            lambda e: [f"res.send(nunjucks.renderString({e}, {{ user: 'guest' }}));"], (NUNJUCKS,)
        ),
        Sink(
            lambda e: [
                f"const render = doT.template({e});",
                "res.send(render({ user: 'guest' }));",
            ],
            (ns("dot", "doT"),),
        ),
        Sink(
            lambda e: [
                "const env = new nunjucks.Environment();",
                f"res.send(env.renderString({e}, {{}}));",
            ],
            (NUNJUCKS,),
        ),
        Sink(
            lambda e: [f"const fn = ejs.compile({e});", "res.send(fn({ user: 'guest' }));"], (EJS,)
        ),
        Sink(
            lambda e: [f"res.send(compileTemplate({e})({{ user: 'guest' }}));"],
            (named("lodash", "template:compileTemplate"),),
            tags=("imported-name",),
        ),
    ],
    safes=[
        Safe(
            ("safe-api",),
            lambda v: [f"res.send(ejs.render('<h1>Hello <%= name %></h1>', {{ name: {v} }}));"],
            (EJS,),
        ),
        Safe(("safe-api",), lambda v: [f"res.render('profile', {{ name: {v} }});"]),
        Safe(
            ("safe-api",),
            lambda v: [f"res.send(renderGreeting({{ name: {v} }}));"],
            (PUG,),
            ("const renderGreeting = pug.compile('p Hello #{name}');",),
        ),
        Safe(
            ("safe-api",),
            lambda v: [f"res.send(greetingTemplate({{ name: {v} }}));"],
            (HBS,),
            ("const greetingTemplate = Handlebars.compile('<p>Hello {{name}}</p>');",),
        ),
        Safe(
            ("safe-api",),
            lambda v: [f"res.send(nunjucks.render('greeting.njk', {{ name: {v} }}));"],
            (NUNJUCKS,),
            ("nunjucks.configure('/srv/app/views', { autoescape: true });",),
        ),
        Safe(
            ("sanitizer-allowlist", "collection-map"),
            lambda v: [
                "const templates{:Record<string, string>} = { welcome: '<h1>Welcome <%= user %></h1>', farewell: '<h1>Goodbye <%= user %></h1>' };",
                f"const source = templates[{v}] || templates.welcome;",
                "res.send(ejs.render(source, { user: 'guest' }));",
            ],
            (EJS,),
        ),
        Safe(
            ("safe-api",),
            lambda v: [f"res.send(bannerTemplate({{ text: {v} }}));"],
            (LODASH,),
            ("const bannerTemplate = _.template('<div class=\"banner\"><%- text %></div>');",),
        ),
        Safe(
            ("safe-api",),
            lambda v: [
                f"res.send(nunjucks.renderString('<p>{{{{ text }}}}</p>', {{ text: {v} }}));"
            ],
            (NUNJUCKS,),
        ),
    ],
)

# --------------------------------------------------------------------------------------------
# Path traversal

PATH = ns("path", "path")
BASE_SETUP = ("const BASE_DIR = '/srv/app/files';",)


def path_compose(v: str, style: str) -> str:
    if style == "concat":
        return f"'reports/' + {v}"
    if style == "template":
        return f"`${{{v}}}.pdf`"
    return v


def read_cb(target: str) -> list[str]:
    return [
        f"fs.readFile({target}, 'utf8', (err, data) => {{",
        "  if (err) {",
        "    return res.status(404).send('not found');",
        "  }",
        "  return res.type('text/plain').send(data);",
        "});",
    ]


PATHTRAVER = FlowCategory(
    key="pathtraver",
    route="/files",
    params=["file", "name", "doc", "attachment"],
    compose=path_compose,
    constant="'index.html'",
    sinks=[
        Sink(lambda e: read_cb(f"path.join(BASE_DIR, {e})"), (FS, PATH), BASE_SETUP),
        Sink(
            lambda e: [f"fs.createReadStream(path.join(BASE_DIR, {e})).pipe(res);"],
            (FS, PATH),
            BASE_SETUP,
        ),
        Sink(lambda e: [f"res.sendFile(path.resolve(BASE_DIR, {e}));"], (PATH,), BASE_SETUP),
        Sink(lambda e: [f"res.download(path.join(BASE_DIR, {e}));"], (PATH,), BASE_SETUP),
        Sink(
            lambda e: [
                f"const data = await readFile(BASE_DIR + '/' + {e}, 'utf8');",
                "res.type('text/plain').send(data);",
            ],
            (named("fs/promises", "readFile"),),
            BASE_SETUP,
            is_async=True,
        ),
        Sink(
            lambda e: [f"fs.unlinkSync(path.join(BASE_DIR, {e}));", "res.status(204).end();"],
            (FS, PATH),
            BASE_SETUP,
        ),
        Sink(
            lambda e: [
                f"const exists = fs.existsSync(path.join(BASE_DIR, {e}));",
                "res.json({ exists });",
            ],
            (FS, PATH),
            BASE_SETUP,
        ),
        Sink(
            lambda e: [
                f"await fs.promises.writeFile(path.join(BASE_DIR, {e}), 'saved', 'utf8');",
                "res.status(201).end();",
            ],
            (FS, PATH),
            BASE_SETUP,
            is_async=True,
        ),
        Sink(
            lambda e: [
                f"const data = fs.readFileSync(path.join(config.reportsDir, {e}));",
                "res.type('application/pdf').send(data);",
            ],
            (FS, PATH, default("../../lib/config", "config")),
            (),
            tags=("config-object",),
        ),
    ],
    safes=[
        Safe(
            ("sanitizer-normalize-prefix",),
            lambda v: [
                f"const target = path.resolve(BASE_DIR, {v});",
                "if (!target.startsWith(BASE_DIR + path.sep)) {",
                "  return res.status(403).send('forbidden');",
                "}",
                *read_cb("target"),
            ],
            (FS, PATH),
            BASE_SETUP,
        ),
        Safe(
            ("sanitizer-basename",),
            lambda v: [
                f"const fileName = path.basename({v});",
                "res.sendFile(path.join(BASE_DIR, fileName));",
            ],
            (PATH,),
            BASE_SETUP,
        ),
        Safe(
            ("safe-config",),
            lambda v: [f"res.sendFile({v}, {{ root: BASE_DIR, dotfiles: 'deny' }});"],
            (),
            BASE_SETUP,
        ),
        Safe(
            ("sanitizer-allowlist",),
            lambda v: [
                "const published = new Set(['terms.pdf', 'privacy.pdf', 'pricing.pdf']);",
                f"if (!published.has({v})) {{",
                "  return res.status(404).end();",
                "}",
                f"return res.download(path.join(BASE_DIR, {v}));",
            ],
            (PATH,),
            BASE_SETUP,
        ),
        Safe(
            ("helper-other-module", "sanitizer-normalize-prefix"),
            lambda v: [
                f"const target = resolveInside(UPLOAD_ROOT, {v});",
                "if (!target) {",
                "  return res.status(403).end();",
                "}",
                "return fs.createReadStream(target).pipe(res);",
            ],
            (FS, named("../../lib/paths", "resolveInside", "UPLOAD_ROOT")),
        ),
        Safe(
            ("sanitizer-int-cast",),
            lambda v: [
                f"const invoice = parseInt({v}, 10);",
                *read_cb("path.join(BASE_DIR, `invoice-${invoice}.txt`)"),
            ],
            (FS, PATH),
            BASE_SETUP,
        ),
        Safe(
            ("sanitizer-normalize-prefix",),
            lambda v: [
                f"const cleaned = path.normalize({v}).replace(/^(\\.\\.(\\/|\\\\|$))+/, '');",
                "res.sendFile(path.join(BASE_DIR, cleaned));",
            ],
            (PATH,),
            BASE_SETUP,
        ),
        Safe(
            ("sanitizer-normalize-prefix",),
            lambda v: [
                f"const full = path.join(BASE_DIR, {v});",
                "const relative = path.relative(BASE_DIR, full);",
                "if (relative.startsWith('..') || path.isAbsolute(relative)) {",
                "  return res.status(403).end();",
                "}",
                "const data = await fs.promises.readFile(full, 'utf8');",
                "return res.type('text/plain').send(data);",
            ],
            (FS, PATH),
            BASE_SETUP,
            is_async=True,
        ),
    ],
)

# --------------------------------------------------------------------------------------------
# Cross-site scripting


def xss_compose(v: str, style: str) -> str:
    if style == "template":
        return f'`<div class="result">Results for ${{{v}}}</div>`'
    return f"'<p>Hello, ' + {v} + '</p>'"


XSS = FlowCategory(
    key="xss",
    route="/greet",
    params=["name", "q", "title", "comment"],
    compose=xss_compose,
    styles=("concat", "template"),
    constant="'visitor'",
    sinks=[
        Sink(lambda e: [f"res.send({e});"]),
        Sink(
            lambda e: [
                "res.setHeader('Content-Type', 'text/html; charset=utf-8');",
                f"res.write({e});",
                "res.end();",
            ]
        ),
        Sink(lambda e: [f"res.status(200).send({e});"]),
        Sink(lambda e: [f"res.type('html').send({e});"]),
        Sink(lambda e: ["res.writeHead(200, { 'Content-Type': 'text/html' });", f"res.end({e});"]),
        Sink(
            lambda e: [f"res.send(layout('Search', {e}));"],
            (named("../../lib/html", "layout"),),
            tags=("helper-other-module",),
        ),
        Sink(
            lambda e: [
                f"const page = '<html><body>' + {e} + '</body></html>';",
                "res.set('Content-Type', 'text/html');",
                "res.send(page);",
            ]
        ),
    ],
    safes=[
        Safe(
            ("sanitizer-escape",),
            lambda v: [f"res.send('<p>Hello, ' + escapeHtml({v}) + '</p>');"],
            (default("escape-html", "escapeHtml"),),
        ),
        Safe(("safe-api",), lambda v: [f"res.json({{ greeting: 'Hello, ' + {v} }});"]),
        Safe(
            ("sanitizer-escape",),
            lambda v: [
                f'res.send(`<a href="/search?q=${{encodeURIComponent({v})}}">search again</a>`);'
            ],
        ),
        Safe(
            ("helper-other-module", "sanitizer-escape"),
            lambda v: [f"res.send('<h2>' + escapeText({v}) + '</h2>');"],
            (named("../../lib/html", "escapeText"),),
        ),
        Safe(
            ("sanitizer-escape",),
            lambda v: [f"res.type('html').send(`<span>${{he.encode({v})}}</span>`);"],
            (ns("he", "he"),),
        ),
        Safe(
            ("sanitizer-escape",),
            lambda v: [f"res.write('<p>' + validator.escape(String({v})) + '</p>');", "res.end();"],
            (default("validator", "validator"),),
        ),
        Safe(
            ("sanitizer-int-cast",),
            lambda v: [
                f"const page = Number.parseInt({v}, 10) || 1;",
                "res.send('<p>Page ' + page + '</p>');",
            ],
        ),
        Safe(("safe-api",), lambda v: [f"res.render('search', {{ query: {v} }});"]),
    ],
)

# --------------------------------------------------------------------------------------------
# SSRF


def ssrf_compose(v: str, style: str) -> str:
    if style == "concat":
        return f"{v} + '/api/v1/status'"
    if style == "template":
        return f"`${{{v}}}/healthz`"
    return v


AXIOS = default("axios", "axios")
SSRF = FlowCategory(
    key="ssrf",
    route="/fetch",
    params=["url", "target", "webhook", "endpoint"],
    compose=ssrf_compose,
    constant="'https://status.example.com'",
    sinks=[
        Sink(
            lambda e: [f"const response = await axios.get({e});", "res.json(response.data);"],
            (AXIOS,),
            is_async=True,
        ),
        Sink(
            lambda e: [f"const response = await fetch({e});", "res.send(await response.text());"],
            is_async=True,
        ),
        Sink(
            lambda e: [f"http.get({e}, (upstream) => upstream.pipe(res));"], (ns("http", "http"),)
        ),
        Sink(
            lambda e: [f"const body = await got({e}).text();", "res.send(body);"],
            (default("got", "got"),),
            is_async=True,
        ),
        Sink(lambda e: [f"request({e}).pipe(res);"], (ns("request", "request"),)),
        Sink(
            lambda e: [
                f"const response = await axios({{ method: 'get', url: {e}, timeout: 5000 }});",
                "res.json(response.data);",
            ],
            (AXIOS,),
            is_async=True,
        ),
        Sink(
            lambda e: [
                f"const upstream = https.request({e}, (reply) => reply.pipe(res));",
                "upstream.end();",
            ],
            (ns("https", "https"),),
        ),
        Sink(
            lambda e: [f"const response = await superagent.get({e});", "res.send(response.text);"],
            (default("superagent", "superagent"),),
            is_async=True,
        ),
        Sink(
            lambda e: [
                f"const response = await axios.post({e}, {{ event: 'ping' }});",
                "res.status(response.status).end();",
            ],
            (AXIOS,),
            is_async=True,
        ),
    ],
    safes=[
        Safe(
            ("sanitizer-allowlist",),
            lambda v: [
                "const allowedHosts = new Set(['api.partner.example', 'status.example.com']);",
                f"const parsed = new URL({v});",
                "if (parsed.protocol !== 'https:' || !allowedHosts.has(parsed.hostname)) {",
                "  return res.status(400).json({ error: 'host not allowed' });",
                "}",
                "const response = await axios.get(parsed.toString());",
                "return res.json(response.data);",
            ],
            (AXIOS,),
            is_async=True,
        ),
        Safe(
            ("safe-api",),
            lambda v: [
                f"const response = await axios.get('https://api.partner.example/search', {{ params: {{ q: {v} }} }});",
                "res.json(response.data);",
            ],
            (AXIOS,),
            is_async=True,
        ),
        Safe(
            ("sanitizer-escape",),
            lambda v: [
                f"const response = await fetch('https://api.partner.example/users/' + encodeURIComponent({v}));",
                "res.json(await response.json());",
            ],
            is_async=True,
        ),
        Safe(
            ("sanitizer-allowlist", "collection-map"),
            lambda v: [
                "const services{:Record<string, string>} = { billing: 'https://billing.internal/health', search: 'https://search.internal/health' };",
                f"const serviceUrl = services[{v}];",
                "if (!serviceUrl) {",
                "  return res.status(404).end();",
                "}",
                "const body = await got(serviceUrl).text();",
                "return res.send(body);",
            ],
            (default("got", "got"),),
            is_async=True,
        ),
        Safe(
            ("helper-other-module", "sanitizer-allowlist"),
            lambda v: [
                f"if (!isAllowedUrl({v})) {{",
                "  return res.status(400).end();",
                "}",
                f"const response = await axios.get({v});",
                "return res.json(response.data);",
            ],
            (AXIOS, named("../../lib/urls", "isAllowedUrl")),
            is_async=True,
        ),
        Safe(
            ("sanitizer-int-cast",),
            lambda v: [
                f"http.get('http://inventory.internal/items/' + parseInt({v}, 10), (upstream) => upstream.pipe(res));"
            ],
            (ns("http", "http"),),
        ),
        Safe(
            ("sanitizer-escape",),
            lambda v: [
                f"const requestUrl = new URL('/v1/items/' + encodeURIComponent({v}), 'https://api.partner.example');",
                "const response = await fetch(requestUrl);",
                "res.json(await response.json());",
            ],
            is_async=True,
        ),
    ],
)

# --------------------------------------------------------------------------------------------
# Open redirect


def redirect_compose(v: str, style: str) -> str:
    if style == "concat":
        return f"{v} + '?welcome=1'"
    if style == "template":
        return f"`${{{v}}}#top`"
    return v


REDIRECT = FlowCategory(
    key="redirect",
    route="/login/complete",
    params=["next", "returnTo", "redirectUrl", "continueTo"],
    compose=redirect_compose,
    constant="'/dashboard'",
    sinks=[
        Sink(lambda e: [f"res.redirect({e});"]),
        Sink(lambda e: [f"res.redirect(302, {e});"]),
        Sink(lambda e: [f"res.location({e});", "res.sendStatus(302);"]),
        Sink(lambda e: [f"res.setHeader('Location', {e});", "res.statusCode = 302;", "res.end();"]),
        Sink(lambda e: [f"res.writeHead(302, {{ Location: {e} }});", "res.end();"]),
        Sink(lambda e: [f"res.set('Location', {e});", "res.status(301).end();"]),
        Sink(lambda e: [f"res.header('Location', {e}).status(303).end();"]),
    ],
    safes=[
        Safe(
            ("sanitizer-allowlist",),
            lambda v: [
                "const destinations = new Set(['/account', '/orders', '/settings']);",
                f"res.redirect(destinations.has({v}) ? {v} : '/');",
            ],
        ),
        Safe(
            ("sanitizer-normalize-prefix",),
            lambda v: [
                f"const wanted = String({v} || '/');",
                "const local = wanted.startsWith('/') && !wanted.startsWith('//') && !wanted.startsWith('/\\\\');",
                "res.redirect(local ? wanted : '/');",
            ],
        ),
        Safe(
            ("sanitizer-normalize-prefix",),
            lambda v: [
                f"const destination = new URL({v}, 'https://shop.example.com');",
                "if (destination.origin !== 'https://shop.example.com') {",
                "  return res.redirect('/');",
                "}",
                "return res.redirect(destination.pathname + destination.search);",
            ],
        ),
        Safe(
            ("sanitizer-escape",),
            lambda v: [f"res.redirect('/search?q=' + encodeURIComponent({v}));"],
        ),
        Safe(
            ("helper-other-module", "sanitizer-normalize-prefix"),
            lambda v: [f"res.redirect(localPathOrHome({v}));"],
            (named("../../lib/urls", "localPathOrHome"),),
        ),
        Safe(
            ("sanitizer-int-cast",),
            lambda v: [
                f"res.setHeader('Location', '/orders/' + parseInt({v}, 10));",
                "res.statusCode = 302;",
                "res.end();",
            ],
        ),
        Safe(
            ("sanitizer-allowlist", "collection-map"),
            lambda v: [
                "const routes{:Record<string, string>} = { home: '/', cart: '/cart', profile: '/account/profile' };",
                f"res.redirect(routes[{v}] || '/');",
            ],
        ),
    ],
)

# --------------------------------------------------------------------------------------------
# Insecure deserialization

SERIALIZE = ns("node-serialize", "serialize")
YAML = ns("js-yaml", "yaml")


def deser_compose(v: str, style: str) -> str:
    return v


DESERIALIZATION = FlowCategory(
    key="deserialization",
    route="/session/restore",
    params=["profile", "state", "payload", "prefs"],
    compose=deser_compose,
    styles=("plain",),
    constant="'{}'",
    sinks=[
        Sink(
            lambda e: [
                f"const restored = serialize.unserialize({e});",
                "res.json({ restored: Boolean(restored) });",
            ],
            (SERIALIZE,),
        ),
        Sink(
            lambda e: [
                f"const decoded = Buffer.from({e}, 'base64').toString('utf8');",
                "const restored = serialize.unserialize(decoded);",
                "res.json({ name: restored.name });",
            ],
            (SERIALIZE,),
        ),
        Sink(
            lambda e: [
                f"const restored = funcster.deepDeserialize(JSON.parse({e}));",
                "res.json({ keys: Object.keys(restored) });",
            ],
            (ns("funcster", "funcster"),),
        ),
        Sink(
            lambda e: [
                f"const settings = yaml.load({e}, {{ schema: yaml.DEFAULT_FULL_SCHEMA }});",
                "res.json(settings);",
            ],
            (YAML,),
        ),
        Sink(
            lambda e: [
                f"const restored = unserialize({e});",
                "res.json({ restored: Boolean(restored) });",
            ],
            (named("node-serialize", "unserialize"),),
            tags=("imported-name",),
        ),
        Sink(
            lambda e: [f"const settings = yaml.load({e}, LOAD_OPTIONS);", "res.json(settings);"],
            (YAML,),
            ("const LOAD_OPTIONS = { schema: yaml.DEFAULT_FULL_SCHEMA };",),
            tags=("config-object",),
        ),
        Sink(
            lambda e: [
                f"const restored = require('node-serialize').unserialize({e});",
                "res.json({ ok: Boolean(restored) });",
            ],
            tags=("fqn-name",),
        ),
    ],
    safes=[
        Safe(
            ("safe-api",),
            lambda v: [
                f"const restored = JSON.parse({v});",
                "res.json({ restored: Boolean(restored) });",
            ],
        ),
        Safe(
            ("safe-api",),
            lambda v: [f"const settings = yaml.safeLoad({v});", "res.json(settings);"],
            (YAML,),
        ),
        Safe(
            ("safe-config",),
            lambda v: [
                f"const settings = yaml.load({v}, {{ schema: yaml.JSON_SCHEMA }});",
                "res.json(settings);",
            ],
            (YAML,),
        ),
        Safe(
            ("safe-config",),
            lambda v: [
                f"const settings = yaml.load({v}, {{ schema: yaml.FAILSAFE_SCHEMA }});",
                "res.json(settings);",
            ],
            (YAML,),
        ),
        Safe(
            ("safe-api",),
            lambda v: [
                f"const stored = serialize.serialize({{ note: {v}, savedAt: Date.now() }});",
                "res.json({ size: stored.length });",
            ],
            (SERIALIZE,),
        ),
        Safe(
            ("safe-api",),
            lambda v: [
                f"const decoded = JSON.parse(Buffer.from({v}, 'base64').toString('utf8'));",
                "res.json({ name: decoded.name });",
            ],
        ),
        Safe(
            ("safe-api",),
            lambda v: [f"const document = YAML.parse({v});", "res.json(document);"],
            (default("yaml", "YAML"),),
        ),
        Safe(
            ("sanitizer-allowlist",),
            lambda v: [
                f"const raw = JSON.parse({v});",
                "const preferences = { theme: raw.theme === 'dark' ? 'dark' : 'light', pageSize: Number(raw.pageSize) || 20 };",
                "res.json(preferences);",
            ],
        ),
    ],
)

# --------------------------------------------------------------------------------------------
# XXE

LIBXML = ns("libxmljs", "libxmljs")


def xxe_compose(v: str, style: str) -> str:
    if style == "concat":
        return f'\'<?xml version="1.0" encoding="UTF-8"?>\' + {v}'
    if style == "template":
        return f'`<?xml version="1.0"?>${{{v}}}`'
    return v


XXE = FlowCategory(
    key="xxe",
    route="/import",
    params=["xml", "document", "feed", "payload"],
    compose=xxe_compose,
    sources=("text-body", "body", "body-destructure", "text-body", "query"),
    constant="'<config><mode>basic</mode></config>'",
    sinks=[
        Sink(
            lambda e: [
                f"const doc = libxmljs.parseXml({e}, {{ noent: true }});",
                "res.json({ root: doc.root().name() });",
            ],
            (LIBXML,),
        ),
        Sink(
            lambda e: [
                f"const doc = libxmljs.parseXmlString({e}, {{ noent: true, dtdload: true }});",
                "res.json({ children: doc.root().childNodes().length });",
            ],
            (LIBXML,),
        ),
        Sink(
            lambda e: [
                f"const doc = libxmljs.parseXml({e}, {{ noent: true, nocdata: true }});",
                "res.json({ root: doc.root().name() });",
            ],
            (ns("libxmljs2", "libxmljs"),),
        ),
        Sink(
            lambda e: [
                f"const doc = libxmljs.parseXml({e}, PARSE_OPTIONS);",
                "res.json({ root: doc.root().name() });",
            ],
            (LIBXML,),
            ("const PARSE_OPTIONS = { noent: true, noblanks: true };",),
            tags=("config-object",),
        ),
        Sink(
            lambda e: [
                f"const doc = parseXml({e}, {{ noent: true }});",
                "res.json({ root: doc.root().name() });",
            ],
            (named("libxmljs", "parseXml"),),
            tags=("imported-name",),
        ),
        Sink(
            lambda e: [
                f"const doc = parseXmlString({e}, {{ noent: true, huge: true }});",
                "res.json({ root: doc.root().name() });",
            ],
            (named("libxmljs2", "parseXmlString"),),
            tags=("imported-name",),
        ),
    ],
    safes=[
        Safe(
            ("safe-config",),
            lambda v: [
                f"const doc = libxmljs.parseXml({v});",
                "res.json({ root: doc.root().name() });",
            ],
            (LIBXML,),
        ),
        Safe(
            ("safe-config",),
            lambda v: [
                f"const doc = libxmljs.parseXml({v}, {{ noent: false, noblanks: true }});",
                "res.json({ root: doc.root().name() });",
            ],
            (LIBXML,),
        ),
        Safe(
            ("safe-api",),
            lambda v: [
                f"const parsed = await xml2js.parseStringPromise({v});",
                "res.json(parsed);",
            ],
            (ns("xml2js", "xml2js"),),
            is_async=True,
        ),
        Safe(
            ("safe-api",),
            lambda v: [f"const parsed = new XMLParser().parse({v});", "res.json(parsed);"],
            (named("fast-xml-parser", "XMLParser"),),
        ),
        Safe(
            ("safe-api",),
            lambda v: [
                f"const doc = new DOMParser().parseFromString({v}, 'text/xml');",
                "res.json({ root: doc.documentElement.nodeName });",
            ],
            (DOM,),
        ),
        Safe(
            ("safe-config", "config-object"),
            lambda v: [
                f"const doc = libxmljs.parseXml({v}, {{ noent: RESOLVE_ENTITIES, noblanks: true }});",
                "res.json({ root: doc.root().name() });",
            ],
            (LIBXML,),
            ("const RESOLVE_ENTITIES = false;",),
        ),
        Safe(
            ("safe-config",),
            lambda v: [
                f"const doc = libxmljs.parseXmlString({v}, {{ noblanks: true }});",
                "res.json({ root: doc.root().name() });",
            ],
            (ns("libxmljs2", "libxmljs"),),
        ),
    ],
)

# --------------------------------------------------------------------------------------------
# Trust boundary violation (request data stored in the server-side session)

SESSION = default("express-session", "session")


def trust_compose(v: str, style: str) -> str:
    if style == "concat":
        return f"'sso:' + {v}"
    if style == "template":
        return f"`${{{v}}}@example.com`"
    return v


TRUSTBOUND = FlowCategory(
    key="trustbound",
    route="/profile",
    params=["username", "role", "displayName", "tenant"],
    compose=trust_compose,
    constant="'guest'",
    sinks=[
        Sink(lambda e: [f"req.session.username = {e};", "res.json({ ok: true });"], (SESSION,)),
        Sink(lambda e: [f"req.session['role'] = {e};", "res.status(204).end();"], (SESSION,)),
        Sink(
            lambda e: [
                f"Object.assign(req.session, {{ preferredName: {e} }});",
                "res.json({ saved: true });",
            ],
            (SESSION,),
        ),
        Sink(
            lambda e: [
                f"req.session.profile = {{ nickname: {e}, updatedAt: Date.now() }};",
                "res.json({ ok: true });",
            ],
            (SESSION,),
        ),
        Sink(
            lambda e: [
                "const store = req.session;",
                f"store.tenant = {e};",
                "res.redirect('/home');",
            ],
            (SESSION,),
            tags=("alias",),
        ),
    ],
    safes=[
        Safe(
            ("sanitizer-allowlist", "collection-map"),
            lambda v: [
                "const themes{:Record<string, string>} = { dark: 'dark', light: 'light' };",
                f"req.session.theme = themes[{v}] || 'light';",
                "res.json({ ok: true });",
            ],
            (SESSION,),
        ),
        Safe(
            ("unrelated-variable",),
            lambda v: [
                f"console.info('profile update from', {v});",
                "req.session.views = (req.session.views || 0) + 1;",
                "res.json({ views: req.session.views });",
            ],
            (SESSION,),
        ),
        Safe(
            ("helper-other-module", "sanitizer-allowlist"),
            lambda v: [
                f"req.session.locale = pickAllowed({v}, ['en-US', 'de-DE', 'fr-FR'], 'en-US');",
                "res.status(204).end();",
            ],
            (SESSION, named("../../lib/validate", "pickAllowed")),
        ),
        Safe(
            ("safe-api",),
            lambda v: [f"res.locals.requestedName = {v};", "res.render('profile');"],
            (SESSION,),
        ),
        Safe(
            ("safe-api",),
            lambda v: [
                "req.session.regenerate((err) => {",
                "  if (err) {",
                "    return res.status(500).end();",
                "  }",
                "  req.session.role = 'member';",
                f"  return res.json({{ requested: {v} }});",
                "});",
            ],
            (SESSION,),
        ),
        Safe(
            ("sanitizer-allowlist",),
            lambda v: [
                f"const accepted = {v} === 'yes' ? 'accepted' : 'declined';",
                "req.session.termsStatus = accepted;",
                "res.json({ ok: true });",
            ],
            (SESSION,),
        ),
    ],
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
    DESERIALIZATION,
    XXE,
    TRUSTBOUND,
]
