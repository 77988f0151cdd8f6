# ruff: noqa: E501
# Go source templates are kept on one line each, so long lines are expected here.
"""Write the Go cases of the labelled detection benchmark (issue 15).

Deterministic: the same script writes the same files. Data-flow categories are
built by combining a request source (net/http, gorilla/mux, chi, gin), a flow
shape and a sink of the category; safe look-alikes use the same sources and
shapes with a sanitizer, a safe API, a constant branch, an overwritten value or
an unrelated variable. Categories without data flow (weak hash, cipher,
randomness, cookie flags, secrets) are listed variant by variant in
generate_static.py. Output goes through gofmt when it is on PATH.

    python tests/detection/go/generate_cases.py
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import generate_static

ROOT = Path(__file__).resolve().parent
HELPERS = "example.com/bench/internal/helpers"


def lit(text: str) -> str:
    """Go interpreted string literal for text."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass
class Piece:
    lines: list[str] = field(default_factory=list)
    decls: list[str] = field(default_factory=list)
    imports: set[str] = field(default_factory=set)
    tags: list[str] = field(default_factory=list)
    expr: str = ""


@dataclass
class Ctx:
    kind: str  # nethttp | gin
    n: str  # case number, suffix of package-level names
    w: str
    r: str
    bad: str  # reply 400 and return
    err: str  # reply 500 and return


def ctx_for(kind: str, n: str) -> Ctx:
    if kind == "gin":
        return Ctx(
            kind,
            n,
            "c.Writer",
            "c.Request",
            "c.AbortWithStatus(http.StatusBadRequest)\nreturn",
            "c.AbortWithStatus(http.StatusInternalServerError)\nreturn",
        )
    return Ctx(
        kind,
        n,
        "w",
        "r",
        'http.Error(w, "bad request", http.StatusBadRequest)\nreturn',
        'http.Error(w, "internal error", http.StatusInternalServerError)\nreturn',
    )


# ----------------------------------------------------------------------------- sources


@dataclass
class Source:
    kind: str
    tags: list[str]
    make: object  # (var, key, ctx) -> Piece


def _src(kind, tags, code, imports=(), decl=None):
    def make(v, key, ctx):
        p = Piece(imports=set(imports) | {"net/http"}, tags=list(tags))
        p.lines = code.format(
            v=v, V=v.title(), k=key, K=key.title().replace("_", "-"), bad=ctx.bad, n=ctx.n
        ).split("\n")
        if decl:
            p.decls.append(decl.format(v=v, k=key, n=ctx.n, V=v.title()))
        return p

    return Source(kind, list(tags), make)


SOURCES = [
    _src("nethttp", ["query"], '{v} := r.URL.Query().Get("{k}")'),
    _src("nethttp", ["form"], '{v} := r.FormValue("{k}")'),
    _src(
        "gin", ["framework-object", "query"], '{v} := c.Query("{k}")', ["github.com/gin-gonic/gin"]
    ),
    _src("nethttp", ["header"], '{v} := r.Header.Get("X-{K}")'),
    _src(
        "nethttp",
        ["cookie"],
        'ck, err := r.Cookie("{k}")\nif err != nil {{\n{bad}\n}}\n{v} := ck.Value',
    ),
    _src(
        "nethttp",
        ["json-body"],
        "var body payload{n}\nif err := json.NewDecoder(r.Body).Decode(&body); err != nil {{\n{bad}\n}}\n{v} := body.{V}",
        ["encoding/json"],
        'type payload{n} struct {{\n{V} string `json:"{k}"`\n}}',
    ),
    _src("nethttp", ["path-param"], '{v} := mux.Vars(r)["{k}"]', ["github.com/gorilla/mux"]),
    _src(
        "gin",
        ["framework-object", "path-param"],
        '{v} := c.Param("{k}")',
        ["github.com/gin-gonic/gin"],
    ),
    _src("nethttp", ["path-param"], '{v} := chi.URLParam(r, "{k}")', ["github.com/go-chi/chi/v5"]),
    _src("nethttp", ["form"], '{v} := r.PostFormValue("{k}")'),
    _src(
        "gin",
        ["framework-object", "form"],
        '{v} := c.PostForm("{k}")',
        ["github.com/gin-gonic/gin"],
    ),
    _src(
        "nethttp",
        ["form"],
        'if err := r.ParseForm(); err != nil {{\n{bad}\n}}\n{v} := r.Form.Get("{k}")',
    ),
    _src(
        "gin",
        ["framework-object", "header"],
        '{v} := c.GetHeader("X-{K}")',
        ["github.com/gin-gonic/gin"],
    ),
    _src("nethttp", ["query", "helper-other-module"], '{v} := helpers.Param(r, "{k}")', [HELPERS]),
    _src(
        "gin",
        ["framework-object", "json-body"],
        "var body payload{n}\nif err := c.ShouldBindJSON(&body); err != nil {{\n{bad}\n}}\n{v} := body.{V}",
        ["github.com/gin-gonic/gin"],
        'type payload{n} struct {{\n{V} string `json:"{k}"`\n}}',
    ),
]


# ----------------------------------------------------------------------------- categories


@dataclass
class Category:
    key: str
    var: str  # name of the request value
    param: str  # request key
    noun: str  # handler name stem
    default: str  # a safe constant value
    wrap: object | None  # expr -> expr building the sink argument
    fmt: str | None
    join: tuple[str, str] | None
    deps: tuple[str, set[str]] | None  # handler dependency parameter
    sinks: list  # (arg, ctx) -> Piece | None
    safe_sinks: list  # (v, ctx) -> Piece | None
    sanitizers: list  # (v, ctx) -> Piece (expr: the safe value), tag "final" = use directly
    kinds: tuple[str, ...] = ("nethttp", "gin")


def P(code: str, imports=(), tags=(), decls=(), expr="") -> Piece:
    return Piece(code.split("\n") if code else [], list(decls), set(imports), list(tags), expr)


# --- SQL injection ---


def sql_sinks():
    def query(arg, c):
        return P(
            f"rows, err := db.Query({arg})\nif err != nil {{\n{c.err}\n}}\ndefer rows.Close()\n"
            f"for rows.Next() {{\nvar id int\nvar email string\nif err := rows.Scan(&id, &email); err != nil {{\n{c.err}\n}}\n"
            f'fmt.Fprintf({c.w}, "%d %s\\n", id, email)\n}}',
            ["fmt"],
        )

    def queryrow(arg, c):
        return P(
            f"var email string\nif err := db.QueryRow({arg}).Scan(&email); err != nil {{\n{c.err}\n}}\n"
            f"{c.w}.Write([]byte(email))"
        )

    def exec_(arg, c):
        return P(
            f"res, err := db.ExecContext({c.r}.Context(), {arg})\nif err != nil {{\n{c.err}\n}}\n"
            f'n, _ := res.RowsAffected()\nfmt.Fprintf({c.w}, "updated %d\\n", n)',
            ["fmt"],
        )

    def querycontext(arg, c):
        return P(
            f"rows, err := db.QueryContext({c.r}.Context(), {arg})\nif err != nil {{\n{c.err}\n}}\n"
            f"defer rows.Close()\ncount := 0\nfor rows.Next() {{\ncount++\n}}\n"
            f'fmt.Fprintf({c.w}, "%d rows\\n", count)',
            ["fmt"],
        )

    def tx(arg, c):
        return P(
            f"tx, err := db.BeginTx({c.r}.Context(), nil)\nif err != nil {{\n{c.err}\n}}\n"
            f"defer tx.Rollback()\nif _, err := tx.Exec({arg}); err != nil {{\n{c.err}\n}}\n"
            f"if err := tx.Commit(); err != nil {{\n{c.err}\n}}\n{c.w}.WriteHeader(http.StatusNoContent)"
        )

    def helperdb(arg, c):
        return P(
            f"conn, err := helpers.Database()\nif err != nil {{\n{c.err}\n}}\ndefer conn.Close()\n"
            f"var email string\nif err := conn.QueryRowContext({c.r}.Context(), {arg}).Scan(&email); err != nil {{\n{c.err}\n}}\n"
            f"{c.w}.Write([]byte(email))",
            [HELPERS],
        )

    return [query, queryrow, querycontext, exec_, tx, helperdb]


def sql_safe_sinks():
    def param_pg(v, c):
        return P(
            f'rows, err := db.Query("SELECT id, email FROM users WHERE name = $1", {v})\n'
            f"if err != nil {{\n{c.err}\n}}\ndefer rows.Close()\nfor rows.Next() {{\nvar id int\nvar email string\n"
            f'if err := rows.Scan(&id, &email); err != nil {{\n{c.err}\n}}\nfmt.Fprintf({c.w}, "%d %s\\n", id, email)\n}}',
            ["fmt"],
            ["sanitizer-parameterized"],
        )

    def param_q(v, c):
        return P(
            f"var email string\n"
            f'if err := db.QueryRowContext({c.r}.Context(), "SELECT email FROM users WHERE name = ?", {v}).Scan(&email); err != nil {{\n{c.err}\n}}\n'
            f"{c.w}.Write([]byte(email))",
            tags=["sanitizer-parameterized"],
        )

    def prepared(v, c):
        return P(
            f'stmt, err := db.PrepareContext({c.r}.Context(), "UPDATE users SET last_seen = now() WHERE name = $1")\n'
            f"if err != nil {{\n{c.err}\n}}\ndefer stmt.Close()\nif _, err := stmt.Exec({v}); err != nil {{\n{c.err}\n}}\n"
            f"{c.w}.WriteHeader(http.StatusNoContent)",
            tags=["sanitizer-parameterized"],
        )

    def concat_placeholder(v, c):
        return P(
            f'query := "SELECT id, email FROM users WHERE " + "name = $1" + " ORDER BY id"\n'
            f"var id int\nvar email string\nif err := db.QueryRow(query, {v}).Scan(&id, &email); err != nil {{\n{c.err}\n}}\n"
            f'fmt.Fprintf({c.w}, "%d %s\\n", id, email)',
            ["fmt"],
            ["sanitizer-parameterized", "string-concat"],
        )

    return [param_pg, param_q, prepared, concat_placeholder]


def common_sanitizers(cat_key):
    """Validation that makes a value safe for the quoted contexts of sqli/cmdi/ldap/xpath/ssti/trustbound."""

    def atoi(v, c):
        return P(
            f"num, err := strconv.Atoi({v})\nif err != nil {{\n{c.bad}\n}}\nsafe := strconv.Itoa(num)",
            ["strconv"],
            ["sanitizer-int-cast"],
            expr="safe",
        )

    def switch(v, c):
        return P(
            f'var safe string\nswitch {v} {{\ncase "admin", "staff":\nsafe = "staff"\ncase "guest":\nsafe = "guest"\ndefault:\nsafe = "member"\n}}',
            tags=["sanitizer-allowlist"],
            expr="safe",
        )

    def mapallow(v, c):
        return P(
            f'allowed := map[string]bool{{"alice": true, "bob": true, "carol": true}}\nif !allowed[{v}] {{\n{c.bad}\n}}',
            tags=["sanitizer-allowlist"],
            expr=v,
        )

    def regex_same_file(v, c):
        return P(
            f"if !valid{c.n}({v}) {{\n{c.bad}\n}}",
            ["regexp"],
            ["sanitizer-allowlist", "helper-same-file"],
            [
                f"var namePattern{c.n} = regexp.MustCompile(`^[a-z0-9_]{{1,32}}$`)",
                f"func valid{c.n}(value string) bool {{\nreturn namePattern{c.n}.MatchString(value)\n}}",
            ],
            expr=v,
        )

    def helper_ident(v, c):
        return P(
            f"if !helpers.IsIdentifier({v}) {{\n{c.bad}\n}}",
            [HELPERS],
            ["sanitizer-allowlist", "helper-other-module"],
            expr=v,
        )

    def helper_toid(v, c):
        return P(
            f"safe, err := helpers.ToID({v})\nif err != nil {{\n{c.bad}\n}}",
            [HELPERS],
            ["sanitizer-int-cast", "helper-other-module"],
            expr="safe",
        )

    return [atoi, switch, mapallow, regex_same_file, helper_ident, helper_toid]


# --- OS command injection ---


def cmd_sinks():
    def output(arg, c):
        return P(
            f'out, err := exec.Command("sh", "-c", {arg}).Output()\nif err != nil {{\n{c.err}\n}}\n{c.w}.Write(out)',
            ["os/exec"],
        )

    def combined(arg, c):
        return P(
            f'out, err := exec.CommandContext({c.r}.Context(), "/bin/bash", "-c", {arg}).CombinedOutput()\n'
            f"if err != nil {{\n{c.err}\n}}\n{c.w}.Write(out)",
            ["os/exec"],
        )

    def run(arg, c):
        return P(
            f'cmd := exec.Command("/bin/sh", "-c", {arg})\ncmd.Stdout = {c.w}\ncmd.Stderr = {c.w}\nif err := cmd.Run(); err != nil {{\n{c.err}\n}}',
            ["os/exec"],
        )

    def start(arg, c):
        return P(
            f'cmd := exec.Command("bash", "-c", {arg})\nif err := cmd.Start(); err != nil {{\n{c.err}\n}}\n'
            f"go cmd.Wait()\n{c.w}.WriteHeader(http.StatusAccepted)",
            ["os/exec"],
        )

    return [output, combined, run, start]


def cmd_safe_sinks():
    def ping(v, c):
        return P(
            f'out, err := exec.Command("ping", "-c", "1", "--", {v}).Output()\nif err != nil {{\n{c.err}\n}}\n{c.w}.Write(out)',
            ["os/exec"],
            ["safe-api"],
        )

    def whois(v, c):
        return P(
            f'cmd := exec.CommandContext({c.r}.Context(), "/usr/bin/whois", "--", {v})\ncmd.Stdout = {c.w}\n'
            f"if err := cmd.Run(); err != nil {{\n{c.err}\n}}",
            ["os/exec"],
            ["safe-api"],
        )

    def args_slice(v, c):
        return P(
            f'args := []string{{"-c", "1", "--"}}\nargs = append(args, {v})\nout, err := exec.Command("ping", args...).CombinedOutput()\n'
            f"if err != nil {{\n{c.err}\n}}\n{c.w}.Write(out)",
            ["os/exec"],
            ["safe-api", "collection-list"],
        )

    return [ping, whois, args_slice]


def cmd_sanitizers():
    base = common_sanitizers("cmdi")

    def parse_ip(v, c):
        return P(
            f"ip := net.ParseIP({v})\nif ip == nil {{\n{c.bad}\n}}\nsafe := ip.String()",
            ["net"],
            ["sanitizer-allowlist"],
            expr="safe",
        )

    return [*base, parse_ip]


# --- LDAP injection ---

LDAP_BASE = '"ou=people,dc=example,dc=com"'


def ldap_sinks():
    def search(arg, c):
        return P(
            f"req := ldap.NewSearchRequest({LDAP_BASE}, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false,\n"
            f'{arg}, []string{{"dn", "mail"}}, nil)\nres, err := conn.Search(req)\nif err != nil {{\n{c.err}\n}}\n'
            f'for _, entry := range res.Entries {{\nfmt.Fprintln({c.w}, entry.GetAttributeValue("mail"))\n}}',
            ["fmt", "github.com/go-ldap/ldap/v3"],
        )

    def paging(arg, c):
        return P(
            f"req := ldap.NewSearchRequest({LDAP_BASE}, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 10, false,\n"
            f'{arg}, []string{{"cn"}}, nil)\nres, err := conn.SearchWithPaging(req, 50)\nif err != nil {{\n{c.err}\n}}\n'
            f'fmt.Fprintf({c.w}, "%d entries\\n", len(res.Entries))',
            ["fmt", "github.com/go-ldap/ldap/v3"],
        )

    def literal(arg, c):
        return P(
            f"res, err := conn.Search(&ldap.SearchRequest{{\nBaseDN: {LDAP_BASE},\nScope: ldap.ScopeSingleLevel,\n"
            f'Filter: {arg},\nAttributes: []string{{"uid", "mail"}},\n}})\nif err != nil {{\n{c.err}\n}}\n'
            f"for _, entry := range res.Entries {{\nfmt.Fprintln({c.w}, entry.DN)\n}}",
            ["fmt", "github.com/go-ldap/ldap/v3"],
        )

    def helperconn(arg, c):
        return P(
            f"dir, err := helpers.Directory()\nif err != nil {{\n{c.err}\n}}\ndefer dir.Close()\n"
            f"req := ldap.NewSearchRequest({LDAP_BASE}, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 0, false,\n"
            f'{arg}, []string{{"memberOf"}}, nil)\nres, err := dir.Search(req)\nif err != nil {{\n{c.err}\n}}\n'
            f"if len(res.Entries) == 0 {{\n{c.w}.WriteHeader(http.StatusForbidden)\nreturn\n}}\n{c.w}.WriteHeader(http.StatusNoContent)",
            ["github.com/go-ldap/ldap/v3", HELPERS],
        )

    return [search, paging, literal, helperconn]


def ldap_sanitizers():
    def escape(v, c):
        return P(
            f"safe := ldap.EscapeFilter({v})",
            ["github.com/go-ldap/ldap/v3"],
            ["sanitizer-escape"],
            expr="safe",
        )

    def helper_escape(v, c):
        return P(
            "",
            [HELPERS],
            ["sanitizer-escape", "helper-other-module"],
            expr=f"helpers.EscapeLDAP({v})",
        )

    def same_file(v, c):
        return P(
            "",
            ["strings"],
            ["sanitizer-escape", "helper-same-file"],
            [
                f'var filterEscaper{c.n} = strings.NewReplacer(`\\`, `\\5c`, "*", `\\2a`, "(", `\\28`, ")", `\\29`, "\\x00", `\\00`)',
                f"func quote{c.n}(value string) string {{\nreturn filterEscaper{c.n}.Replace(value)\n}}",
            ],
            expr=f"quote{c.n}({v})",
        )

    base = common_sanitizers("ldapi")
    return [escape, helper_escape, same_file, *base]


# --- XPath injection ---


def xpath_sinks():
    def find(arg, c):
        return P(
            f"for _, node := range xmlquery.Find(doc, {arg}) {{\nfmt.Fprintln({c.w}, node.InnerText())\n}}",
            ["fmt", "github.com/antchfx/xmlquery"],
        )

    def findone(arg, c):
        return P(
            f"node := xmlquery.FindOne(doc, {arg})\nif node == nil {{\nhttp.NotFound({c.w}, {c.r})\nreturn\n}}\n"
            f"{c.w}.Write([]byte(node.InnerText()))",
            ["github.com/antchfx/xmlquery"],
        )

    def queryall(arg, c):
        return P(
            f"nodes, err := xmlquery.QueryAll(doc, {arg})\nif err != nil {{\n{c.bad}\n}}\n"
            f'fmt.Fprintf({c.w}, "%d matches\\n", len(nodes))',
            ["fmt", "github.com/antchfx/xmlquery"],
        )

    def compile_(arg, c):
        return P(
            f"expr, err := xpath.Compile({arg})\nif err != nil {{\n{c.bad}\n}}\n"
            f"for _, node := range xmlquery.QuerySelectorAll(doc, expr) {{\nfmt.Fprintln({c.w}, node.InnerText())\n}}",
            ["fmt", "github.com/antchfx/xmlquery", "github.com/antchfx/xpath"],
        )

    def helperdoc(arg, c):
        return P(
            f"catalog, err := helpers.Catalog()\nif err != nil {{\n{c.err}\n}}\n"
            f"node, err := xmlquery.Query(catalog, {arg})\nif err != nil || node == nil {{\nhttp.NotFound({c.w}, {c.r})\nreturn\n}}\n"
            f"{c.w}.Write([]byte(node.InnerText()))",
            ["github.com/antchfx/xmlquery", HELPERS],
        )

    return [find, findone, queryall, compile_, helperdoc]


def xpath_sanitizers():
    def reject_quotes(v, c):
        return P(
            f"if !plain{c.n}({v}) {{\n{c.bad}\n}}",
            ["strings"],
            ["sanitizer-allowlist", "helper-same-file"],
            [
                f'func plain{c.n}(value string) bool {{\nreturn value != "" && !strings.ContainsAny(value, `\'"`)\n}}'
            ],
            expr=v,
        )

    return [*common_sanitizers("xpathi"), reject_quotes]


# --- template injection ---


def ssti_sinks():
    def text_parse(arg, c):
        return P(
            f'tmpl, err := texttemplate.New("greeting").Parse({arg})\nif err != nil {{\n{c.bad}\n}}\n'
            f'if err := tmpl.Execute({c.w}, map[string]int{{"Count": 3}}); err != nil {{\n{c.err}\n}}',
            ['texttemplate "text/template"'],
        )

    def html_parse(arg, c):
        return P(
            f'tmpl, err := template.New("page").Parse({arg})\nif err != nil {{\n{c.bad}\n}}\n'
            f'tmpl.Execute({c.w}, map[string]int{{"Count": 1}})',
            ["html/template"],
        )

    def must(arg, c):
        return P(
            f'var buf bytes.Buffer\nif err := template.Must(template.New("mail").Parse({arg})).Execute(&buf, struct{{ Count int }}{{7}}); err != nil {{\n{c.err}\n}}\n'
            f"{c.w}.Write(buf.Bytes())",
            ["bytes", "text/template"],
        )

    def new_on_existing(arg, c):
        return P(
            f'base := template.New("layout").Funcs(template.FuncMap{{"upper": strings.ToUpper}})\n'
            f'tmpl, err := base.New("body").Parse({arg})\nif err != nil {{\n{c.bad}\n}}\n'
            f'tmpl.ExecuteTemplate({c.w}, "body", map[string]int{{"Count": 2}})',
            ["strings", "html/template"],
        )

    return [text_parse, html_parse, must, new_on_existing]


def ssti_safe_sinks():
    def data_text(v, c):
        return P(
            f'tmpl := texttemplate.Must(texttemplate.New("greeting").Parse("Hello {{{{.Name}}}}, you have {{{{.Count}}}} new messages"))\n'
            f'if err := tmpl.Execute({c.w}, map[string]any{{"Name": {v}, "Count": 3}}); err != nil {{\n{c.err}\n}}',
            ['texttemplate "text/template"'],
            ["safe-api"],
        )

    def data_html(v, c):
        return P(
            f'tmpl, err := template.New("page").Parse("<h1>Welcome {{{{.}}}}</h1>")\nif err != nil {{\n{c.err}\n}}\n'
            f"tmpl.Execute({c.w}, {v})",
            ["html/template"],
            ["safe-api"],
        )

    def parsefiles(v, c):
        return P(
            f'tmpl, err := template.ParseFiles("templates/profile.html")\nif err != nil {{\n{c.err}\n}}\n'
            f'tmpl.Execute({c.w}, map[string]string{{"Bio": {v}}})',
            ["html/template"],
            ["safe-api"],
        )

    return [data_text, data_html, parsefiles]


# --- path traversal ---

UPLOADS = "/var/lib/app/uploads"


def path_sinks():
    def open_(arg, c):
        return P(
            f"f, err := os.Open({arg})\nif err != nil {{\nhttp.NotFound({c.w}, {c.r})\nreturn\n}}\ndefer f.Close()\nio.Copy({c.w}, f)",
            ["os", "io"],
        )

    def readfile(arg, c):
        return P(
            f"data, err := os.ReadFile({arg})\nif err != nil {{\n{c.err}\n}}\n{c.w}.Write(data)",
            ["os"],
        )

    def servefile(arg, c):
        return P(f"http.ServeFile({c.w}, {c.r}, {arg})")

    def remove(arg, c):
        return P(
            f"if err := os.Remove({arg}); err != nil {{\n{c.err}\n}}\n{c.w}.WriteHeader(http.StatusNoContent)",
            ["os"],
        )

    def openfile(arg, c):
        return P(
            f"f, err := os.OpenFile({arg}, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)\nif err != nil {{\n{c.err}\n}}\n"
            f"defer f.Close()\nio.Copy(f, {c.r}.Body)\n{c.w}.WriteHeader(http.StatusCreated)",
            ["os", "io"],
        )

    def ginfile(arg, c):
        if c.kind != "gin":
            return None
        return P(f"c.File({arg})")

    def ioutil_(arg, c):
        return P(
            f"data, err := ioutil.ReadFile({arg})\nif err != nil {{\n{c.err}\n}}\n{c.w}.Write(data)",
            ["io/ioutil"],
        )

    return [open_, readfile, servefile, ginfile, remove, openfile, ioutil_]


def path_sanitizers():
    def base(v, c):
        return P(
            f"safe := filepath.Base({v})",
            ["path/filepath"],
            ["sanitizer-normalize-prefix"],
            expr="safe",
        )

    def helper_base(v, c):
        return P(
            "",
            [HELPERS],
            ["sanitizer-normalize-prefix", "helper-other-module"],
            expr=f"helpers.SafeFileName({v})",
        )

    def prefix(v, c):
        return P(
            f'root := "{UPLOADS}"\nfull := filepath.Clean(filepath.Join(root, {v}))\n'
            f"if !strings.HasPrefix(full, root+string(filepath.Separator)) {{\n{c.bad}\n}}",
            ["path/filepath", "strings"],
            ["sanitizer-normalize-prefix", "final"],
            expr="full",
        )

    def helper_within(v, c):
        return P(
            f'full, ok := helpers.WithinDir("{UPLOADS}", {v})\nif !ok {{\n{c.bad}\n}}',
            [HELPERS],
            ["sanitizer-normalize-prefix", "helper-other-module", "final"],
            expr="full",
        )

    def validpath(v, c):
        return P(
            f'if !fs.ValidPath({v}) || strings.Contains({v}, "\\\\") {{\n{c.bad}\n}}',
            ["io/fs", "strings"],
            ["sanitizer-normalize-prefix"],
            expr=v,
        )

    def atoi(v, c):
        return P(
            f'num, err := strconv.Atoi({v})\nif err != nil {{\n{c.bad}\n}}\nsafe := strconv.Itoa(num) + ".pdf"',
            ["strconv"],
            ["sanitizer-int-cast"],
            expr="safe",
        )

    def same_file(v, c):
        return P(
            "",
            ["path/filepath", "strings"],
            ["sanitizer-normalize-prefix", "helper-same-file"],
            [
                f'func cleanName{c.n}(name string) string {{\nname = strings.ReplaceAll(name, "\\\\", "/")\nreturn filepath.Base(name)\n}}'
            ],
            expr=f"cleanName{c.n}({v})",
        )

    return [prefix, base, helper_base, helper_within, validpath, atoi, same_file]


# --- XSS ---


def xss_sinks():
    def write(arg, c):
        return P(
            f'{c.w}.Header().Set("Content-Type", "text/html; charset=utf-8")\n{c.w}.Write([]byte({arg}))'
        )

    def fprint(arg, c):
        return P(f"fmt.Fprint({c.w}, {arg})", ["fmt"])

    def writestring(arg, c):
        return P(f"io.WriteString({c.w}, {arg})", ["io"])

    def gindata(arg, c):
        if c.kind != "gin":
            return None
        return P(f'c.Data(http.StatusOK, "text/html; charset=utf-8", []byte({arg}))')

    def templatehtml(arg, c):
        return P(
            f'page := template.Must(template.New("page").Parse("<div class=\\"notice\\">{{{{.}}}}</div>"))\n'
            f"page.Execute({c.w}, template.HTML({arg}))",
            ["html/template"],
        )

    def texttemplate(arg, c):
        return P(
            f'page := template.Must(template.New("page").Parse("<html><body>{{{{.Message}}}}</body></html>"))\n'
            f'{c.w}.Header().Set("Content-Type", "text/html")\n'
            f'page.Execute({c.w}, map[string]string{{"Message": {arg}}})',
            ["text/template"],
        )

    return [write, fprint, gindata, writestring, templatehtml, texttemplate]


def xss_safe_sinks():
    def htmltemplate(v, c):
        return P(
            f'page := template.Must(template.New("page").Parse("<html><body><p>Hello, {{{{.Name}}}}</p></body></html>"))\n'
            f'page.Execute({c.w}, map[string]string{{"Name": {v}}})',
            ["html/template"],
            ["safe-api"],
        )

    def jsonenc(v, c):
        return P(
            f'{c.w}.Header().Set("Content-Type", "application/json")\njson.NewEncoder({c.w}).Encode(map[string]string{{"name": {v}}})',
            ["encoding/json"],
            ["safe-api"],
        )

    def plain(v, c):
        return P(
            f'{c.w}.Header().Set("Content-Type", "text/plain; charset=utf-8")\n{c.w}.Header().Set("X-Content-Type-Options", "nosniff")\n'
            f'fmt.Fprintf({c.w}, "Hello, %s\\n", {v})',
            ["fmt"],
            ["safe-config"],
        )

    def ginjson(v, c):
        if c.kind != "gin":
            return None
        return P(f'c.JSON(http.StatusOK, gin.H{{"name": {v}}})', tags=["safe-api"])

    return [htmltemplate, jsonenc, ginjson, plain]


def xss_sanitizers():
    def esc(v, c):
        return P(f"safe := html.EscapeString({v})", ["html"], ["sanitizer-escape"], expr="safe")

    def tmplesc(v, c):
        return P(
            "", ["html/template"], ["sanitizer-escape"], expr=f"template.HTMLEscapeString({v})"
        )

    def helper(v, c):
        return P(
            "",
            [HELPERS],
            ["sanitizer-escape", "helper-other-module"],
            expr=f"helpers.EscapeHTML({v})",
        )

    def same_file(v, c):
        return P(
            "",
            ["html", "strings"],
            ["sanitizer-escape", "helper-same-file"],
            [
                f"func display{c.n}(value string) string {{\nreturn html.EscapeString(strings.TrimSpace(value))\n}}"
            ],
            expr=f"display{c.n}({v})",
        )

    base = common_sanitizers("xss")
    return [esc, tmplesc, helper, same_file, base[0], base[1]]


# --- SSRF ---


def ssrf_sinks():
    def get(arg, c):
        return P(
            f"resp, err := http.Get({arg})\nif err != nil {{\n{c.err}\n}}\ndefer resp.Body.Close()\nio.Copy({c.w}, resp.Body)",
            ["io"],
        )

    def newrequest(arg, c):
        return P(
            f"req, err := http.NewRequestWithContext({c.r}.Context(), http.MethodGet, {arg}, nil)\nif err != nil {{\n{c.bad}\n}}\n"
            f"resp, err := http.DefaultClient.Do(req)\nif err != nil {{\n{c.err}\n}}\ndefer resp.Body.Close()\n{c.w}.WriteHeader(resp.StatusCode)",
        )

    def client(arg, c):
        return P(
            f"client := &http.Client{{Timeout: 5 * time.Second}}\nresp, err := client.Get({arg})\nif err != nil {{\n{c.err}\n}}\n"
            f"defer resp.Body.Close()\nio.Copy({c.w}, resp.Body)",
            ["io", "time"],
        )

    def post(arg, c):
        return P(
            f'resp, err := http.Post({arg}, "application/json", strings.NewReader(`{{"event":"ping"}}`))\n'
            f"if err != nil {{\n{c.err}\n}}\nresp.Body.Close()\n{c.w}.WriteHeader(http.StatusAccepted)",
            ["strings"],
        )

    def newrequest_plain(arg, c):
        return P(
            f'req, err := http.NewRequest("HEAD", {arg}, nil)\nif err != nil {{\n{c.bad}\n}}\n'
            f"client := http.Client{{Timeout: 3 * time.Second}}\nresp, err := client.Do(req)\nif err != nil {{\n{c.err}\n}}\n"
            f'resp.Body.Close()\nfmt.Fprintf({c.w}, "%d\\n", resp.StatusCode)',
            ["fmt", "time"],
        )

    return [get, newrequest, client, post, newrequest_plain]


def ssrf_safe_sinks():
    def pathesc(v, c):
        return P(
            f'resp, err := http.Get("https://api.example.com/v1/users/" + url.PathEscape({v}))\nif err != nil {{\n{c.err}\n}}\n'
            f"defer resp.Body.Close()\nio.Copy({c.w}, resp.Body)",
            ["io", "net/url"],
            ["sanitizer-escape", "string-concat"],
        )

    def queryesc(v, c):
        return P(
            f'u := url.URL{{Scheme: "https", Host: "search.example.com", Path: "/v2/find", RawQuery: url.Values{{"q": {{{v}}}}}.Encode()}}\n'
            f"resp, err := http.Get(u.String())\nif err != nil {{\n{c.err}\n}}\ndefer resp.Body.Close()\nio.Copy({c.w}, resp.Body)",
            ["io", "net/url"],
            ["safe-api", "builder"],
        )

    return [pathesc, queryesc]


def ssrf_sanitizers():
    def helper_host(v, c):
        return P(
            f"if !helpers.IsAllowedHost({v}) {{\n{c.bad}\n}}",
            [HELPERS],
            ["sanitizer-allowlist", "helper-other-module"],
            expr=v,
        )

    def switch(v, c):
        return P(
            f'var upstream string\nswitch {v} {{\ncase "eu":\nupstream = "eu.api.example.com"\ncase "us":\nupstream = "us.api.example.com"\ndefault:\nupstream = "api.example.com"\n}}',
            tags=["sanitizer-allowlist"],
            expr="upstream",
        )

    def mapallow(v, c):
        return P(
            f'partners := map[string]bool{{"billing.example.com": true, "crm.example.com": true}}\nif !partners[{v}] {{\n{c.bad}\n}}',
            tags=["sanitizer-allowlist"],
            expr=v,
        )

    def same_file(v, c):
        return P(
            f"if !trusted{c.n}({v}) {{\n{c.bad}\n}}",
            ["strings"],
            ["sanitizer-allowlist", "helper-same-file"],
            [
                f'func trusted{c.n}(host string) bool {{\nhost = strings.ToLower(host)\nreturn host == "status.example.com" || host == "api.example.com"\n}}'
            ],
            expr=v,
        )

    def full_url(v, c):
        return P(
            f"if !helpers.IsAllowedURL({v}) {{\n{c.bad}\n}}",
            [HELPERS],
            ["sanitizer-allowlist", "helper-other-module", "final"],
            expr=v,
        )

    def parse_check(v, c):
        return P(
            f'u, err := url.Parse({v})\nif err != nil || u.Scheme != "https" || u.Hostname() != "hooks.example.com" {{\n{c.bad}\n}}',
            ["net/url"],
            ["sanitizer-allowlist", "final"],
            expr="u.String()",
        )

    return [helper_host, switch, mapallow, same_file, full_url, parse_check]


# --- open redirect ---


def redirect_sinks():
    def redirect(arg, c):
        return P(f"http.Redirect({c.w}, {c.r}, {arg}, http.StatusFound)")

    def location(arg, c):
        return P(f'{c.w}.Header().Set("Location", {arg})\n{c.w}.WriteHeader(http.StatusSeeOther)')

    def ginredirect(arg, c):
        if c.kind != "gin":
            return None
        return P(f"c.Redirect(http.StatusFound, {arg})")

    def moved(arg, c):
        return P(f"http.Redirect({c.w}, {c.r}, {arg}, http.StatusMovedPermanently)")

    return [redirect, ginredirect, location, moved]


def redirect_safe_sinks():
    def escaped(v, c):
        return P(
            f'http.Redirect({c.w}, {c.r}, "/search?q="+url.QueryEscape({v}), http.StatusFound)',
            ["net/url"],
            ["sanitizer-escape", "string-concat"],
        )

    def fixed(v, c):
        return P(
            f'log.Printf("login finished, requested %q", {v})\nhttp.Redirect({c.w}, {c.r}, "/dashboard", http.StatusSeeOther)',
            ["log"],
            ["unrelated-variable"],
        )

    return [escaped, fixed]


def redirect_sanitizers():
    def helper_local(v, c):
        return P(
            f"if !helpers.IsLocalPath({v}) {{\n{c.bad}\n}}",
            [HELPERS],
            ["sanitizer-allowlist", "helper-other-module"],
            expr=v,
        )

    def inline_local(v, c):
        return P(
            f'if !strings.HasPrefix({v}, "/") || strings.HasPrefix({v}, "//") || strings.Contains({v}, "\\\\") {{\n{c.bad}\n}}',
            ["strings"],
            ["sanitizer-allowlist"],
            expr=v,
        )

    def switch(v, c):
        return P(
            f'var dest string\nswitch {v} {{\ncase "settings":\ndest = "/settings"\ncase "billing":\ndest = "/billing"\ndefault:\ndest = "/"\n}}',
            tags=["sanitizer-allowlist"],
            expr="dest",
        )

    def same_file(v, c):
        return P(
            f"if !sameSite{c.n}({v}) {{\n{c.bad}\n}}",
            ["net/url"],
            ["sanitizer-allowlist", "helper-same-file"],
            [
                f"func sameSite{c.n}(target string) bool {{\nu, err := url.Parse(target)\nreturn err == nil && u.Scheme == \"\" && u.Host == \"\" && len(u.Path) > 0 && u.Path[0] == '/' && (len(u.Path) < 2 || u.Path[1] != '/')\n}}"
            ],
            expr=v,
        )

    def mapallow(v, c):
        return P(
            f'allowed := map[string]bool{{"/home": true, "/orders": true, "/profile": true}}\nif !allowed[{v}] {{\n{c.bad}\n}}',
            tags=["sanitizer-allowlist"],
            expr=v,
        )

    return [helper_local, inline_local, switch, same_file, mapallow]


# --- deserialization ---


def deser_sinks():
    def b64gob(arg, c):
        return P(
            f"raw, err := base64.StdEncoding.DecodeString({arg})\nif err != nil {{\n{c.bad}\n}}\n"
            f"var cart cart{c.n}\nif err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&cart); err != nil {{\n{c.bad}\n}}\n"
            f'fmt.Fprintf({c.w}, "%d items\\n", len(cart.Items))',
            ["bytes", "encoding/base64", "encoding/gob", "fmt"],
            decls=[f"type cart{c.n} struct {{\nItems []string\nTotal int64\n}}"],
        )

    def urlgob(arg, c):
        return P(
            f"dec := gob.NewDecoder(base64.NewDecoder(base64.URLEncoding, strings.NewReader({arg})))\n"
            f"var progress map[string]interface{{}}\nif err := dec.Decode(&progress); err != nil {{\n{c.bad}\n}}\n"
            f'fmt.Fprintln({c.w}, progress["step"])',
            ["encoding/base64", "encoding/gob", "fmt", "strings"],
        )

    def hexgob(arg, c):
        return P(
            f"raw, err := hex.DecodeString({arg})\nif err != nil {{\n{c.bad}\n}}\nvar prefs interface{{}}\n"
            f"if err := gob.NewDecoder(bytes.NewBuffer(raw)).Decode(&prefs); err != nil {{\n{c.bad}\n}}\n"
            f'fmt.Fprintf({c.w}, "%v\\n", prefs)',
            ["bytes", "encoding/gob", "encoding/hex", "fmt"],
        )

    return [b64gob, urlgob, hexgob]


def deser_safe_sinks():
    def jsontyped(v, c):
        return P(
            f"var cart cart{c.n}\nif err := json.Unmarshal([]byte({v}), &cart); err != nil {{\n{c.bad}\n}}\n"
            f'fmt.Fprintf({c.w}, "%d items\\n", len(cart.Items))',
            ["encoding/json", "fmt"],
            ["safe-api"],
            [
                f'type cart{c.n} struct {{\nItems []string `json:"items"`\nTotal int64 `json:"total"`\n}}'
            ],
        )

    def yamltyped(v, c):
        return P(
            f"var opts options{c.n}\nif err := yaml.Unmarshal([]byte({v}), &opts); err != nil {{\n{c.bad}\n}}\n"
            f'fmt.Fprintf({c.w}, "%s %d\\n", opts.Theme, opts.PageSize)',
            ["fmt", "gopkg.in/yaml.v3"],
            ["safe-api"],
            [
                f'type options{c.n} struct {{\nTheme string `yaml:"theme"`\nPageSize int `yaml:"page_size"`\n}}'
            ],
        )

    return [jsontyped, yamltyped]


def deser_sanitizers():
    def hmac_check(v, c):
        return P(
            f'parts := strings.SplitN({v}, ".", 2)\nif len(parts) != 2 {{\n{c.bad}\n}}\n'
            f'mac := hmac.New(sha256.New, []byte(os.Getenv("STATE_SIGNING_KEY")))\nmac.Write([]byte(parts[0]))\n'
            f"sig, err := hex.DecodeString(parts[1])\nif err != nil || !hmac.Equal(mac.Sum(nil), sig) {{\n{c.bad}\n}}\nsafe := parts[0]",
            ["crypto/hmac", "crypto/sha256", "encoding/hex", "os", "strings"],
            ["sanitizer-signature"],
            expr="safe",
        )

    def switch(v, c):
        return P(
            f'var safe string\nswitch {v} {{\ncase "compact":\nsafe = "Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAABb/gwIBAQhbXXN0cmluZwH/hAABDAAA"\ndefault:\nsafe = "Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAAA=="\n}}',
            tags=["sanitizer-allowlist"],
            expr="safe",
        )

    return [hmac_check, switch]


# --- trust boundary ---


def trust_sinks():
    def gorilla(arg, c):
        if c.kind == "gin":
            return None
        return P(
            f'session, err := store.Get({c.r}, "app-session")\nif err != nil {{\n{c.err}\n}}\n'
            f'session.Values["display_name"] = {arg}\nif err := session.Save({c.r}, {c.w}); err != nil {{\n{c.err}\n}}\n'
            f"{c.w}.WriteHeader(http.StatusNoContent)",
            ["github.com/gorilla/sessions"],
        )

    def gorilla_role(arg, c):
        if c.kind == "gin":
            return None
        return P(
            f'session, _ := store.Get({c.r}, "auth")\nsession.Values["role"] = {arg}\nsession.Save({c.r}, {c.w})\n'
            f'http.Redirect({c.w}, {c.r}, "/home", http.StatusSeeOther)',
            ["github.com/gorilla/sessions"],
        )

    def ginsession(arg, c):
        if c.kind != "gin":
            return None
        return P(
            f'session := sessions.Default(c)\nsession.Set("user", {arg})\nif err := session.Save(); err != nil {{\n{c.err}\n}}\n'
            f"c.Status(http.StatusNoContent)",
            ["github.com/gin-contrib/sessions"],
        )

    return [gorilla, ginsession, gorilla_role]


def _trust_deps(kind):
    return (
        ("store *sessions.CookieStore", {"github.com/gorilla/sessions"})
        if kind == "nethttp"
        else None
    )


# ----------------------------------------------------------------------------- category table

CATEGORIES = [
    Category(
        "sqli",
        "name",
        "name",
        "Users",
        "guest",
        lambda e: f'"SELECT id, email FROM users WHERE name = \'" + {e} + "\'"',
        "SELECT id, email FROM users WHERE name = '%s'",
        ("SELECT id, email FROM users WHERE name = '", "'"),
        ("db *sql.DB", {"database/sql"}),
        sql_sinks(),
        sql_safe_sinks(),
        common_sanitizers("sqli"),
    ),
    Category(
        "cmdi",
        "host",
        "host",
        "Diagnostics",
        "localhost",
        lambda e: f'"nslookup " + {e}',
        "nslookup %s",
        ("nslookup ", ""),
        None,
        cmd_sinks(),
        cmd_safe_sinks(),
        cmd_sanitizers(),
    ),
    Category(
        "ldapi",
        "user",
        "user",
        "Directory",
        "jdoe",
        lambda e: f'"(&(objectClass=person)(uid=" + {e} + "))"',
        "(&(objectClass=person)(uid=%s))",
        ("(&(objectClass=person)(uid=", "))"),
        ("conn *ldap.Conn", {"github.com/go-ldap/ldap/v3"}),
        ldap_sinks(),
        [],
        ldap_sanitizers(),
    ),
    Category(
        "xpathi",
        "sku",
        "sku",
        "Catalog",
        "A100",
        lambda e: f'"//product[@sku=\'" + {e} + "\']/price"',
        "//product[@sku='%s']/price",
        ("//product[@sku='", "']/price"),
        ("doc *xmlquery.Node", {"github.com/antchfx/xmlquery"}),
        xpath_sinks(),
        [],
        xpath_sanitizers(),
    ),
    Category(
        "ssti",
        "name",
        "name",
        "Greeting",
        "friend",
        lambda e: f'"<h1>Hello " + {e} + "</h1><p>You have {{{{.Count}}}} new messages</p>"',
        "<h1>Hello %s</h1><p>You have {{.Count}} new messages</p>",
        ("<h1>Hello ", "</h1><p>You have {{.Count}} new messages</p>"),
        None,
        ssti_sinks(),
        ssti_safe_sinks(),
        common_sanitizers("ssti"),
    ),
    Category(
        "pathtraver",
        "file",
        "file",
        "Download",
        "readme.txt",
        lambda e: f'"{UPLOADS}/" + {e}',
        UPLOADS + "/%s",
        (UPLOADS + "/", ""),
        None,
        path_sinks(),
        [],
        path_sanitizers(),
    ),
    Category(
        "xss",
        "name",
        "name",
        "Welcome",
        "visitor",
        lambda e: f'"<p>Hello, " + {e} + "</p>"',
        "<p>Hello, %s</p>",
        ("<p>Hello, ", "</p>"),
        None,
        xss_sinks(),
        xss_safe_sinks(),
        xss_sanitizers(),
    ),
    Category(
        "ssrf",
        "host",
        "host",
        "Proxy",
        "status.example.com",
        lambda e: f'"https://" + {e} + "/v1/health"',
        "https://%s/v1/health",
        ("https://", "/v1/health"),
        None,
        ssrf_sinks(),
        ssrf_safe_sinks(),
        ssrf_sanitizers(),
    ),
    Category(
        "redirect",
        "next",
        "next",
        "Login",
        "/home",
        lambda e: f'{e} + "?source=login"',
        "%s?source=login",
        ("", "?source=login"),
        None,
        redirect_sinks(),
        redirect_safe_sinks(),
        redirect_sanitizers(),
    ),
    Category(
        "deserialization",
        "state",
        "state",
        "Cart",
        "Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAAA==",
        None,
        None,
        None,
        None,
        deser_sinks(),
        deser_safe_sinks(),
        deser_sanitizers(),
    ),
    Category(
        "trustbound",
        "name",
        "display_name",
        "Profile",
        "anonymous",
        lambda e: f'"user:" + {e}',
        "user:%s",
        ("user:", ""),
        "trust",
        trust_sinks(),
        [],
        common_sanitizers("trustbound"),
    ),
]


# ----------------------------------------------------------------------------- flow shapes


def flow_vuln(shape: str, cat: Category, v: str, c: Ctx) -> Piece | None:
    """Carry v into the sink argument through shape, keeping it attacker-controlled."""
    w = cat.wrap or (lambda e: e)
    n = c.n
    if shape == "direct":
        return P("", tags=["direct"], expr=v)
    if shape == "string-concat":
        return P("", tags=["string-concat"], expr=w(v)) if cat.wrap else None
    if shape == "string-format":
        return (
            P("", ["fmt"], ["string-format"], expr=f"fmt.Sprintf({lit(cat.fmt)}, {v})")
            if cat.fmt
            else None
        )
    if shape == "join":
        if not cat.join:
            return None
        pre, post = cat.join
        parts = ", ".join(x for x in (lit(pre) if pre else "", v, lit(post) if post else "") if x)
        return P("", ["strings"], ["join"], expr=f'strings.Join([]string{{{parts}}}, "")')
    if shape == "slicing":
        if int(n) % 2:
            return P(f"if len({v}) > 128 {{\n{v} = {v}[:128]\n}}", tags=["slicing"], expr=w(v))
        return P(
            f"if i := strings.IndexByte({v}, '#'); i >= 0 {{\n{v} = {v}[:i]\n}}",
            ["strings"],
            ["slicing"],
            expr=w(v),
        )
    if shape == "collection-list":
        return P(
            f"values := make([]string, 0, 4)\nvalues = append(values, {v})",
            tags=["collection-list"],
            expr=w("values[0]"),
        )
    if shape == "collection-map":
        return P(
            f'fields := map[string]string{{}}\nfields["{cat.param}"] = {v}',
            tags=["collection-map"],
            expr=w(f'fields["{cat.param}"]'),
        )
    if shape == "config-object":
        if int(n) % 2:
            return P(
                f"opts := options{n}{{Value: {v}, Limit: 20}}",
                tags=["config-object"],
                decls=[f"type options{n} struct {{\nValue string\nLimit int\n}}"],
                expr=w("opts.Value"),
            )
        return P(
            f'settings := helpers.NewSettings()\nsettings.Set("{cat.param}", {v})',
            [HELPERS],
            ["config-object", "helper-other-module"],
            expr=w(f'settings.Get("{cat.param}")'),
        )
    if shape == "field":
        return P(
            f'st := &state{n}{{owner: "system"}}\nst.value = {v}',
            tags=["field"],
            decls=[f"type state{n} struct {{\nvalue string\nowner string\n}}"],
            expr=w("st.value"),
        )
    if shape == "builder":
        if not cat.join:
            return None
        pre, post = cat.join
        lines = ["var sb strings.Builder"]
        if pre:
            lines.append(f"sb.WriteString({lit(pre)})")
        lines.append(f"sb.WriteString({v})")
        if post:
            lines.append(f"sb.WriteString({lit(post)})")
        return P("\n".join(lines), ["strings"], ["builder"], expr="sb.String()")
    if shape == "helper-same-file":
        return P(
            "",
            tags=["helper-same-file"],
            decls=[f"func build{n}(value string) string {{\nreturn {w('value')}\n}}"],
            expr=f"build{n}({v})",
        )
    if shape == "helper-other-module":
        if cat.join and int(n) % 2:
            pre, post = cat.join
            args = ", ".join(
                x for x in (lit(pre) if pre else "", v, lit(post) if post else "") if x
            )
            return P("", [HELPERS], ["helper-other-module"], expr=f"helpers.Concat({args})")
        return P("", [HELPERS], ["helper-other-module"], expr=w(f"helpers.Normalize({v})"))
    raise ValueError(shape)


VULN_SHAPES = [
    "direct",
    "string-concat",
    "string-format",
    "join",
    "slicing",
    "collection-list",
    "collection-map",
    "config-object",
    "field",
    "builder",
    "helper-same-file",
    "helper-other-module",
]

NEUTRAL_SHAPES = [
    "constant-branch",
    "constant-overwrite",
    "unrelated-variable",
    "collection-map",
    "collection-list",
    "field",
]


def flow_neutral(shape: str, cat: Category, v: str, c: Ctx) -> Piece:
    """Like flow_vuln, but the sink argument never holds the request value."""
    w = cat.wrap or (lambda e: e)
    n = c.n
    const = lit(cat.default)
    if shape == "constant-branch":
        variant = int(n) % 3
        if variant == 0:
            return P(
                f"arg := {w(const)}\nif debugLookups{n} {{\narg = {w(v)}\n}}",
                tags=["constant-branch"],
                decls=[f"const debugLookups{n} = false"],
                expr="arg",
            )
        if variant == 1:
            return P(
                f"arg := {w(const)}\nif 7*6 < 40 {{\narg = {w(v)}\n}}",
                tags=["constant-branch"],
                expr="arg",
            )
        return P(
            f'var arg string\nif len("production") > 0 {{\narg = {w(const)}\n}} else {{\narg = {w(v)}\n}}',
            tags=["constant-branch"],
            expr="arg",
        )
    if shape == "constant-overwrite":
        if int(n) % 2:
            return P(f"value := {v}\nvalue = {const}", tags=["constant-overwrite"], expr=w("value"))
        return P(
            f"opts := options{n}{{Value: {v}}}\nopts.Value = {const}",
            tags=["constant-overwrite", "config-object"],
            decls=[f"type options{n} struct {{\nValue string\n}}"],
            expr=w("opts.Value"),
        )
    if shape == "unrelated-variable":
        return P(
            f'log.Printf("request for %q", {v})\naccount := {const}',
            ["log"],
            ["unrelated-variable"],
            expr=w("account"),
        )
    if shape == "collection-map":
        return P(
            f'fields := map[string]string{{"fallback": {const}}}\nfields["{cat.param}"] = {v}',
            tags=["collection-map"],
            expr=w('fields["fallback"]'),
        )
    if shape == "collection-list":
        return P(
            f"values := []string{{{const}}}\nvalues = append(values, {v})",
            tags=["collection-list"],
            expr=w("values[0]"),
        )
    if shape == "field":
        return P(
            f"st := &state{n}{{owner: {const}}}\nst.value = {v}",
            tags=["field"],
            decls=[f"type state{n} struct {{\nvalue string\nowner string\n}}"],
            expr=w("st.owner"),
        )
    raise ValueError(shape)


# ----------------------------------------------------------------------------- assembly


def import_block(imports: set[str]) -> str:
    """Standard library first, then third-party; entries may carry an alias ('name "path"')."""

    def path_of(spec: str) -> str:
        return spec.split('"')[1] if '"' in spec else spec

    def line(spec: str) -> str:
        return spec if '"' in spec else lit(spec)

    std = sorted((i for i in imports if "." not in path_of(i).split("/")[0]), key=path_of)
    third = sorted((i for i in imports if "." in path_of(i).split("/")[0]), key=path_of)
    block = "\n".join(line(i) for i in std)
    if third:
        block += "\n\n" + "\n".join(line(i) for i in third)
    return block


def render(cat: Category, n: str, source: Source, pieces: list[Piece]) -> str:
    kind = source.kind
    ctx_for(kind, n)
    imports: set[str] = set()
    decls: list[str] = []
    body: list[str] = []
    for p in pieces:
        imports |= p.imports
        decls += [d for d in p.decls if d not in decls]
        body += p.lines
    deps = _trust_deps(kind) if cat.deps == "trust" else cat.deps
    if deps:
        imports |= deps[1]
    if kind == "gin":
        imports.add("github.com/gin-gonic/gin")
    imports.add("net/http")
    name = f"{cat.noun}Handler{n}"
    inner = "\n".join(body)
    if kind == "gin":
        if deps:
            fn = f"func {name}({deps[0]}) gin.HandlerFunc {{\nreturn func(c *gin.Context) {{\n{inner}\n}}\n}}"
        else:
            fn = f"func {name}(c *gin.Context) {{\n{inner}\n}}"
    elif deps:
        fn = f"func {name}({deps[0]}) http.HandlerFunc {{\nreturn func(w http.ResponseWriter, r *http.Request) {{\n{inner}\n}}\n}}"
    else:
        fn = f"func {name}(w http.ResponseWriter, r *http.Request) {{\n{inner}\n}}"
    imp = import_block(imports)
    code = f"package {cat.key}\n\nimport (\n{imp}\n)\n\n"
    code += "\n\n".join([*decls, fn]) + "\n"
    # gin handlers use http.Status* constants; nethttp handlers always use http.
    if "http." not in code.split(")", 1)[1].replace("net/http", ""):
        code = code.replace('"net/http"\n', "")
    return code


def build_category(cat: Category) -> list[tuple[str, bool, str, str]]:
    """Return (file name, vulnerable, shape tags, code) for one category."""
    cases: list[tuple[str, bool, str, str]] = []
    counter = [0]

    def emit(source: Source, vulnerable: bool, make_pieces) -> None:
        n = f"{counter[0] + 1:03d}"
        c = ctx_for(source.kind, n)
        src = source.make(cat.var, cat.param, c)
        pieces = make_pieces(c)
        if pieces is None:
            return
        counter[0] += 1
        tags: list[str] = []
        for p in [src, *pieces]:
            tags += [t for t in p.tags if t not in tags and t != "final"]
        code = render(cat, n, source, [src, *pieces])
        cases.append((f"{cat.key}_{n}.go", vulnerable, "+".join(tags), code))

    plan: list[tuple[bool, object]] = []
    for rep in range(2):
        for i, shape in enumerate(VULN_SHAPES):
            plan.append((True, ("vuln", shape, rep * 5 + i)))
    for rep in range(2):
        for i, shape in enumerate(NEUTRAL_SHAPES):
            plan.append((False, ("neutral", shape, rep * 3 + i)))
    for i, _ in enumerate(cat.safe_sinks):
        plan.append((False, ("safesink", i, i)))
    for i, _ in enumerate(cat.sanitizers):
        plan.append((False, ("sanitizer", i, i)))
    n_false = sum(1 for v, _ in plan if not v)
    n_true = sum(1 for v, _ in plan if v)
    extra = 0
    while (
        n_false < n_true - 2 or n_false + n_true < 44
    ):  # top up with further sanitizer/flow combinations
        plan.append((False, ("sanitizer", extra % len(cat.sanitizers), extra + 5)))
        extra += 1
        n_false += 1

    sink_turn = [0]

    def pick_sink(sinks, c, arg, before):
        """Next sink (round robin) that fits the framework and the imports already chosen."""
        for k in range(len(sinks)):
            piece = sinks[(sink_turn[0] + k) % len(sinks)](arg, c)
            if piece is None or template_clash([*before, piece]):
                continue
            sink_turn[0] += k + 1
            return piece
        raise SystemExit(f"no sink fits {cat.key} {c.n}")

    combo_shapes = [
        "string-concat",
        "string-format",
        "join",
        "builder",
        "helper-same-file",
        "direct",
        "collection-map",
        "field",
    ]
    # Sources rotate separately through the true and the false cases, from a per-category
    # offset, so that every source appears on both sides in every category set.
    turn = {True: 0, False: 0}
    offset = 3 * [c.key for c in CATEGORIES].index(cat.key)
    for vulnerable, (what, which, rot) in plan:
        sources = [s for s in SOURCES if s.kind in cat.kinds]
        source = sources[(offset + turn[vulnerable]) % len(sources)]
        turn[vulnerable] += 1

        def make(c, what=what, which=which, rot=rot):
            v = cat.var
            if what == "vuln":
                flow = flow_vuln(which, cat, v, c)
                if flow is None:
                    flow = flow_vuln(
                        ["collection-map", "field", "slicing", "direct"][rot % 4], cat, v, c
                    )
                return [flow, pick_sink(cat.sinks, c, flow.expr, [flow])]
            if what == "neutral":
                flow = flow_neutral(which, cat, v, c)
                return [flow, pick_sink(cat.sinks, c, flow.expr, [flow])]
            if what == "safesink":
                sink = cat.safe_sinks[which](v, c)
                if sink is None:
                    sink = cat.safe_sinks[(which + 1) % len(cat.safe_sinks)](v, c)
                return [sink]
            san = cat.sanitizers[which](v, c)
            if "final" in san.tags:
                flow = P("", expr=san.expr)
            else:
                shape = combo_shapes[rot % len(combo_shapes)]
                flow = flow_vuln(shape, cat, san.expr, c) or flow_vuln("direct", cat, san.expr, c)
                if shape == "direct" and "direct" in flow.tags:
                    flow.tags = []
            return [san, flow, pick_sink(cat.sinks, c, flow.expr, [san, flow])]

        emit(source, vulnerable, make)
    return cases


def template_clash(pieces: list[Piece]) -> bool:
    """text/template and html/template both imported under the name template."""
    names = set().union(*(p.imports for p in pieces))
    return "text/template" in names and "html/template" in names


def gofmt(code: str) -> str:
    exe = shutil.which("gofmt")
    if not exe:
        return code
    done = subprocess.run([exe], input=code, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"gofmt failed:\n{done.stderr}\n{code}")
    return done.stdout


def main() -> None:
    rows: list[tuple[str, str, str, str]] = []
    cases_dir = ROOT / "cases"
    all_cases: dict[str, list[tuple[str, bool, str, str]]] = {}
    for cat in CATEGORIES:
        all_cases[cat.key] = build_category(cat)
    for key, items in generate_static.build_all().items():
        bucket = all_cases.setdefault(key, [])
        for vulnerable, shape, code in items:
            n = f"{len(bucket) + 1:03d}"
            bucket.append((f"{key}_{n}.go", vulnerable, shape, code.replace("NNN", n)))
    for key, items in all_cases.items():
        out = cases_dir / key
        out.mkdir(parents=True, exist_ok=True)
        for old in out.glob("*.go"):
            old.unlink()
        for file_name, vulnerable, shape, code in items:
            (out / file_name).write_text(gofmt(code))
            rows.append((f"cases/{key}/{file_name}", key, "true" if vulnerable else "false", shape))
    with open(ROOT / "expected.csv", "w", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["path", "category", "vulnerable", "shape"])
        writer.writerows(sorted(rows))


if __name__ == "__main__":
    main()
