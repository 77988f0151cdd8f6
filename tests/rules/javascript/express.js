// Examples for securetag/rules/javascript/express.yaml (`semgrep --test` reads the annotations).
const child_process = require("child_process");
const { exec, spawn } = require("child_process");
const proc = require("node:child_process");
const fs = require("fs");
const fsp = require("fs/promises");
const path = require("path");
const vm = require("vm");
const axios = require("axios");
const got = require("got");
const http = require("http");
const express = require("express");
const session = require("express-session");
const escapeHtml = require("escape-html");
const he = require("he");
const validator = require("validator");
const ejs = require("ejs");
const pug = require("pug");
const Handlebars = require("handlebars");
const _ = require("lodash");
const nunjucks = require("nunjucks");
const ldap = require("ldapjs");
const xpath = require("xpath");
const { DOMParser } = require("@xmldom/xmldom");
const jsyaml = require("js-yaml");
const jwt = require("jsonwebtoken");
const serialize = require("node-serialize");
const mysql = require("mysql2");
const sqlite3 = require("sqlite3");
const knex = require("knex")({ client: "pg" });

const app = express();
const router = express.Router();
const db = mysql.createConnection({ host: "db" });
const sqliteDb = new sqlite3.Database(":memory:");
const ldapClient = ldap.createClient({ url: "ldap://ldap.internal" });
const UPLOADS = "/srv/uploads";
const COOKIE_OPTIONS = { secure: true, httpOnly: true };
const SORT_COLUMNS = ["name", "created_at"];
const ALLOWED_HOSTS = new Set(["api.example.com"]);
const REPORTS = { daily: "daily.txt", weekly: "weekly.txt" };
const PLUGINS = ["markdown", "csv"];
const nodeFetchModule = require("node-fetch");

// --- SQL injection -------------------------------------------------------------------------

app.get("/users", (req, res) => {
  const name = req.query.name;
  // ruleid: securetag.javascript.express.sqli
  db.query("SELECT * FROM users WHERE name = '" + name + "'", (err, rows) => res.json(rows));
  // ruleid: securetag.javascript.express.sqli
  db.execute(`SELECT * FROM users WHERE id = ${req.params.id}`);
  // ok: securetag.javascript.express.sqli
  db.query("SELECT * FROM users WHERE name = ?", [name], (err, rows) => res.json(rows));
  // ok: securetag.javascript.express.sqli
  db.query("SELECT * FROM users WHERE id = " + parseInt(req.query.id, 10));
  // ok: securetag.javascript.express.sqli
  db.query("SELECT * FROM users WHERE name = " + db.escape(name));
});

router.post("/search", async (request, response) => {
  const parts = [];
  parts.push("SELECT * FROM items WHERE title LIKE '%");
  parts.push(request.body.term.trim().toLowerCase());
  parts.push("%'");
  // ruleid: securetag.javascript.express.sqli
  sqliteDb.all(parts.join(""), (err, rows) => response.json(rows));
  const filters = new Map();
  filters.set("owner", request.headers["x-owner"]);
  // ruleid: securetag.javascript.express.sqli
  const rows = await knex.raw(`SELECT * FROM docs WHERE owner = '${filters.get("owner")}'`);
  // ruleid: securetag.javascript.express.sqli
  await knex("docs").whereRaw("owner = '" + request.cookies.owner + "'");
  // ok: securetag.javascript.express.sqli
  await knex("docs").where("owner", request.body.owner);
  // ok: securetag.javascript.express.sqli
  sqliteDb.get("SELECT * FROM docs WHERE id = ?", [request.params.id]);
  const cache = new Map();
  // ok: securetag.javascript.express.sqli
  cache.get(request.query.key);
  response.json(rows);
});

app.get("/sorted", (req, res) => {
  const column = req.query.sort;
  if (SORT_COLUMNS.includes(column)) {
    // ok: securetag.javascript.express.sqli
    db.query("SELECT * FROM users ORDER BY " + column);
  }
  // ruleid: securetag.javascript.express.sqli
  db.query("SELECT * FROM users ORDER BY " + column);
  const order = req.query.order;
  if (!["asc", "desc"].includes(order)) {
    return res.status(400).end();
  }
  // ok: securetag.javascript.express.sqli
  db.query("SELECT * FROM users ORDER BY name " + order);
});

// --- OS command injection ------------------------------------------------------------------

app.post("/ping", function (req, res) {
  const host = req.body.host;
  // ruleid: securetag.javascript.express.command-injection
  child_process.exec("ping -c 1 " + host, (err, out) => res.send(escapeHtml(out)));
  // ruleid: securetag.javascript.express.command-injection
  exec(`nslookup ${host}`);
  // ruleid: securetag.javascript.express.command-injection
  proc.execSync(["dig", host].join(" "));
  // ruleid: securetag.javascript.express.command-injection
  spawn("sh", ["-c", "traceroute " + host]);
  // ruleid: securetag.javascript.express.command-injection
  proc.spawn("traceroute " + host, { shell: true });
  // ok: securetag.javascript.express.command-injection
  child_process.execFile("ping", ["-c", "1", host]);
  // ok: securetag.javascript.express.command-injection
  spawn("traceroute", [host], { shell: false });
  // ok: securetag.javascript.express.command-injection
  exec("uptime");
  // ok: securetag.javascript.express.command-injection
  exec("ping -c " + Number(req.body.count) + " localhost");
  // ok: securetag.javascript.express.command-injection
  /^[a-z.]+$/.exec(host);
  if (/^[a-z0-9.-]+$/.test(host)) {
    // ok: securetag.javascript.express.command-injection
    exec("ping -c 1 " + host);
  }
});

// --- Code injection ------------------------------------------------------------------------

app.get("/calc", (req, res) => {
  // ruleid: securetag.javascript.express.code-injection
  const result = eval(req.query.expr);
  // ok: securetag.javascript.express.code-injection
  const parsed = JSON.parse(req.query.data);
  // ruleid: securetag.javascript.express.code-injection
  const fn = new Function("x", req.body.code);
  // ruleid: securetag.javascript.express.code-injection
  vm.runInNewContext("total = " + req.body.formula, {});
  // ruleid: securetag.javascript.express.code-injection
  setTimeout("refresh('" + req.query.panel + "')", 100);
  // ok: securetag.javascript.express.code-injection
  setTimeout(() => res.json({ result, parsed, fn: typeof fn }), Number(req.query.delay));
  // ok: securetag.javascript.express.code-injection
  vm.runInNewContext("total = a + b", { a: req.query.a, b: req.query.b });
  // ruleid: securetag.javascript.express.code-injection
  const plugin = require("./plugins/" + req.query.plugin);
  // ok: securetag.javascript.express.code-injection
  const builtin = require("./plugins/" + PLUGINS[Number(req.query.index)]);
  res.json({ plugin: typeof plugin, builtin: typeof builtin });
});

// --- Server-side template injection --------------------------------------------------------

app.post("/preview-template", (req, res) => {
  const source = req.body.template;
  // ruleid: securetag.javascript.express.ssti, securetag.javascript.express.xss
  res.send(ejs.render(source, { user: req.user }));
  // ruleid: securetag.javascript.express.ssti
  const compiled = pug.compile("h1 Hello " + req.body.name);
  // ruleid: securetag.javascript.express.ssti
  const hbs = Handlebars.compile(req.body.layout);
  // ruleid: securetag.javascript.express.ssti
  const lodashTemplate = _.template(req.query.tpl);
  // ruleid: securetag.javascript.express.ssti
  const text = nunjucks.renderString(req.body.message, {});
  // ok: securetag.javascript.express.ssti
  const fixed = ejs.render("<h1><%= name %></h1>", { name: req.body.name });
  // ok: securetag.javascript.express.ssti
  const page = pug.render("p= message", { message: req.body.message });
  res.json({ compiled, hbs, lodashTemplate, text, fixed, page });
});

// --- Path traversal ------------------------------------------------------------------------

app.get("/files", (req, res) => {
  // ruleid: securetag.javascript.express.path-traversal
  const data = fs.readFileSync(path.join(UPLOADS, req.query.name));
  // ok: securetag.javascript.express.path-traversal
  const safe = fs.readFileSync(path.join(UPLOADS, path.basename(req.query.name)));
  // ruleid: securetag.javascript.express.path-traversal
  res.sendFile(req.query.file);
  // ok: securetag.javascript.express.path-traversal
  res.sendFile(req.query.file, { root: UPLOADS });
  // ruleid: securetag.javascript.express.path-traversal
  res.download(`${UPLOADS}/${req.params.name}`);
  // ok: securetag.javascript.express.path-traversal
  res.sendFile(path.join(UPLOADS, REPORTS[req.query.report]));
  res.json({ size: data.length + safe.length });
});

app.get("/open", async (req, res) => {
  const target = path.resolve(UPLOADS, req.query.path);
  if (!target.startsWith(UPLOADS + path.sep)) {
    return res.status(403).end();
  }
  // ok: securetag.javascript.express.path-traversal
  const body = await fsp.readFile(target, "utf8");
  const raw = UPLOADS + "/" + req.query.path;
  // ruleid: securetag.javascript.express.path-traversal
  fs.createReadStream(raw).pipe(res);
  // ruleid: securetag.javascript.express.path-traversal
  require("fs").unlinkSync(raw);
  // ok: securetag.javascript.express.path-traversal
  require("fs").unlinkSync(path.join(UPLOADS, path.basename(req.query.path)));
  res.json({ size: body.length });
});

// --- SSRF ----------------------------------------------------------------------------------

app.get("/preview", async (req, res) => {
  // ruleid: securetag.javascript.express.ssrf
  const page = await axios.get(req.query.url);
  // ruleid: securetag.javascript.express.ssrf
  const other = await fetch(req.body.target);
  // ruleid: securetag.javascript.express.ssrf
  const third = await got(`https://${req.query.host}/status`);
  // ruleid: securetag.javascript.express.ssrf
  http.get({ host: req.headers["x-backend"], path: "/" });
  // ruleid: securetag.javascript.express.ssrf
  const mirrored = await nodeFetchModule.default(req.query.mirror);
  // ok: securetag.javascript.express.ssrf
  const health = await fetch("https://status.example.com/health");
  // ok: securetag.javascript.express.ssrf
  const item = await axios.get("https://api.example.com/items/" + req.query.id);
  // ok: securetag.javascript.express.ssrf
  const search = await fetch(`https://api.example.com/search?q=${req.query.q}`);
  const upstream = new URL(req.query.url);
  if (ALLOWED_HOSTS.has(upstream.hostname)) {
    // ok: securetag.javascript.express.ssrf
    await axios.get(upstream.toString());
  }
  res.json({ page: page.status, other: other.status, third, health, item, search });
});

// --- XSS -----------------------------------------------------------------------------------

app.get("/hello", (req, res) => {
  const name = req.query.name;
  // ruleid: securetag.javascript.express.xss
  res.send("<h1>Hello " + name + "</h1>");
  // ok: securetag.javascript.express.xss
  res.send("<h1>Hello " + escapeHtml(name) + "</h1>");
  // ok: securetag.javascript.express.xss
  res.send(`<h1>Hello ${he.encode(name)}</h1>`);
  // ok: securetag.javascript.express.xss
  res.send("<h1>Hello " + validator.escape(name) + "</h1>");
  // ok: securetag.javascript.express.xss
  res.json({ name });
  // ok: securetag.javascript.express.xss
  res.send({ greeting: "Hello " + name });
});

app.get("/echo", (req, res) => {
  // ruleid: securetag.javascript.express.xss
  res.status(200).send(`<p>${req.query.msg}</p>`);
  const lines = [];
  lines.push("<ul>");
  lines.push(`<li>${req.get("referer")}</li>`);
  // ruleid: securetag.javascript.express.xss
  res.write(lines.join("\n"));
  // ok: securetag.javascript.express.xss
  res.end(`<p>${Number(req.query.count)} items</p>`);
});

app.get("/plain", (req, res) => {
  res.type("text/plain");
  // ok: securetag.javascript.express.xss
  res.send("You asked for " + req.query.q);
});

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  // ruleid: securetag.javascript.express.xss
  res.end("<p>" + url.searchParams.get("q") + "</p>");
});

// --- Open redirect -------------------------------------------------------------------------

app.get("/login/done", (req, res) => {
  const target = req.query.next;
  if (isSafeRedirect(target)) {
    // ok: securetag.javascript.express.open-redirect
    return res.redirect(target);
  }
  // ruleid: securetag.javascript.express.open-redirect
  return res.redirect(302, target);
});

app.get("/go", (req, res) => {
  // ruleid: securetag.javascript.express.open-redirect
  res.location(req.query.to).sendStatus(302);
  // ruleid: securetag.javascript.express.open-redirect
  res.setHeader("Location", req.query.to);
  // ok: securetag.javascript.express.open-redirect
  res.redirect("/profile/" + req.query.user);
  const back = req.query.back;
  if (back.startsWith("/") && !back.startsWith("//")) {
    // ok: securetag.javascript.express.open-redirect
    res.redirect(back);
  }
});

app.get("/logout", (req, res) => {
  // ok: securetag.javascript.express.open-redirect
  res.redirect("/");
});

// --- Insecure deserialization and cookies --------------------------------------------------

app.post("/profile", (req, res) => {
  // ruleid: securetag.javascript.express.insecure-deserialization
  const profile = serialize.unserialize(req.cookies.profile);
  // ok: securetag.javascript.express.insecure-deserialization
  const prefs = JSON.parse(req.cookies.prefs);
  // ruleid: securetag.javascript.express.insecure-deserialization
  const config = jsyaml.load(Buffer.from(req.body.config, "base64").toString());
  // ok: securetag.javascript.express.insecure-deserialization
  const safeConfig = jsyaml.load(req.body.config, { schema: jsyaml.JSON_SCHEMA });
  // ruleid: securetag.javascript.express.insecure-deserialization, securetag.javascript.express.code-injection
  const revived = eval("(" + req.body.state + ")");
  // ruleid: securetag.javascript.express.insecure-cookie
  res.cookie("session", profile.id);
  // ruleid: securetag.javascript.express.insecure-cookie
  res.cookie("theme", prefs.theme, { httpOnly: true });
  // ok: securetag.javascript.express.insecure-cookie
  res.cookie("session", profile.id, { secure: true, httpOnly: true, sameSite: "lax" });
  // ruleid: securetag.javascript.express.insecure-cookie
  res.cookie("session", profile.id, { secure: false, httpOnly: true });
  // ok: securetag.javascript.express.insecure-cookie
  res.cookie("session", profile.id, { secure: req.secure, httpOnly: true });
  // ok: securetag.javascript.express.insecure-cookie
  res.cookie("session", profile.id, COOKIE_OPTIONS);
  // ok: securetag.javascript.express.insecure-cookie
  res.cookie("session", "", { expires: new Date(0) });
  res.json({ config, safeConfig, revived });
});

app.use(
  // ruleid: securetag.javascript.express.hardcoded-session-secret
  session({ secret: "keyboard cat", cookie: { secure: true } }),
);
app.use(
  // ok: securetag.javascript.express.hardcoded-session-secret, securetag.javascript.express.insecure-cookie
  session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, httpOnly: true } }),
);
app.use(
  // ruleid: securetag.javascript.express.insecure-cookie
  session({ secret: process.env.SESSION_SECRET, cookie: { secure: false } }),
);
app.use(
  // ruleid: securetag.javascript.express.insecure-cookie
  session({ secret: process.env.SESSION_SECRET, resave: false }),
);

// --- LDAP and XPath injection --------------------------------------------------------------

app.get("/directory", (req, res) => {
  const uid = req.query.uid;
  // ruleid: securetag.javascript.express.ldap-injection
  ldapClient.search("ou=people,dc=example,dc=com", { filter: `(uid=${uid})`, scope: "sub" }, () => {});
  const options = { scope: "sub", filter: "(&(objectClass=person)(mail=" + req.body.mail + "))" };
  // ruleid: securetag.javascript.express.ldap-injection
  ldapClient.search("ou=people,dc=example,dc=com", options, () => {});
  // ok: securetag.javascript.express.ldap-injection
  ldapClient.search("ou=people,dc=example,dc=com", { filter: `(uid=${escapeLdapFilter(uid)})` }, () => {});
  // ok: securetag.javascript.express.ldap-injection
  ldapClient.search("ou=people,dc=example,dc=com", {
    filter: new ldap.EqualityFilter({ attribute: "uid", value: uid }),
  }, () => {});
  res.end();
});

app.post("/catalog", (req, res) => {
  const doc = new DOMParser().parseFromString(CATALOG_XML, "text/xml");
  // ruleid: securetag.javascript.express.xpath-injection
  const nodes = xpath.select("//book[title='" + req.body.title + "']", doc);
  // ruleid: securetag.javascript.express.xpath-injection
  const first = xpath.select1(`//user[@name='${req.query.user}']/@role`, doc);
  // ok: securetag.javascript.express.xpath-injection
  const all = xpath.select("//book/title", doc);
  // ok: securetag.javascript.express.xpath-injection
  const byId = xpath.select("//book[@id=" + parseInt(req.query.id, 10) + "]", doc);
  res.json({ nodes, first, all, byId });
});

// --- Trust boundary ------------------------------------------------------------------------

app.post("/prefs", async (req, res) => {
  // ruleid: securetag.javascript.express.trust-boundary-violation
  req.session.role = req.body.role;
  const prefs = Object.assign({}, req.body.prefs);
  // ruleid: securetag.javascript.express.trust-boundary-violation
  req.session.prefs = prefs;
  // ok: securetag.javascript.express.trust-boundary-violation
  req.session.pageSize = parseInt(req.body.pageSize, 10);
  // ok: securetag.javascript.express.trust-boundary-violation
  req.session.visitedAt = Date.now();
  const theme = req.body.theme;
  if (["light", "dark"].includes(theme)) {
    // ok: securetag.javascript.express.trust-boundary-violation
    req.session.theme = theme;
  }
  res.sendStatus(204);
});

function issueToken(user) {
  // ruleid: securetag.javascript.express.hardcoded-session-secret
  const weak = jwt.sign({ sub: user.id }, "s3cr3t");
  // ok: securetag.javascript.express.hardcoded-session-secret
  const strong = jwt.sign({ sub: user.id }, process.env.JWT_SECRET);
  return [weak, strong];
}

function isSafeRedirect(target) {
  return typeof target === "string" && target.startsWith("/") && !target.startsWith("//");
}

function escapeLdapFilter(value) {
  return value.replace(/[*()\\\0]/g, (c) => "\\" + c.charCodeAt(0).toString(16));
}

const CATALOG_XML = "<catalog/>";

module.exports = { app, router, issueToken };
