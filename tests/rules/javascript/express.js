// Examples for securetag/rules/javascript/express.yaml (`semgrep --test` reads the annotations).
const child_process = require("child_process");
const { exec } = require("child_process");
const fs = require("fs");
const path = require("path");
const axios = require("axios");
const express = require("express");
const session = require("express-session");
const escapeHtml = require("escape-html");
const jwt = require("jsonwebtoken");
const serialize = require("node-serialize");
const mysql = require("mysql2");

const app = express();
const db = mysql.createConnection({ host: "db" });
const UPLOADS = "/srv/uploads";
const COOKIE_OPTIONS = { secure: true, httpOnly: true };

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
});

app.post("/ping", function (req, res) {
  const host = req.body.host;
  // ruleid: securetag.javascript.express.command-injection
  child_process.exec("ping -c 1 " + host, (err, out) => res.send(escapeHtml(out)));
  // ruleid: securetag.javascript.express.command-injection
  exec(`nslookup ${host}`);
  // ok: securetag.javascript.express.command-injection
  child_process.execFile("ping", ["-c", "1", host]);
  // ok: securetag.javascript.express.command-injection
  exec("uptime");
});

app.get("/calc", (req, res) => {
  // ruleid: securetag.javascript.express.code-injection
  const result = eval(req.query.expr);
  // ok: securetag.javascript.express.code-injection
  const parsed = JSON.parse(req.query.data);
  // ruleid: securetag.javascript.express.code-injection
  const fn = new Function("x", req.body.code);
  res.json({ result, parsed, fn: typeof fn });
});

app.get("/files", (req, res) => {
  // ruleid: securetag.javascript.express.path-traversal
  const data = fs.readFileSync(path.join(UPLOADS, req.query.name));
  // ok: securetag.javascript.express.path-traversal
  const safe = fs.readFileSync(path.join(UPLOADS, path.basename(req.query.name)));
  // ruleid: securetag.javascript.express.path-traversal
  res.sendFile(req.query.file);
  // ok: securetag.javascript.express.path-traversal
  res.sendFile(req.query.file, { root: UPLOADS });
  res.json({ size: data.length + safe.length });
});

app.get("/preview", async (req, res) => {
  // ruleid: securetag.javascript.express.ssrf
  const page = await axios.get(req.query.url);
  // ruleid: securetag.javascript.express.ssrf
  const other = await fetch(req.body.target);
  // ok: securetag.javascript.express.ssrf
  const health = await fetch("https://status.example.com/health");
  res.json({ status: page.status, other: other.status, health: health.status });
});

app.get("/hello", (req, res) => {
  const name = req.query.name;
  // ruleid: securetag.javascript.express.xss
  res.send("<h1>Hello " + name + "</h1>");
  // ok: securetag.javascript.express.xss
  res.send("<h1>Hello " + escapeHtml(name) + "</h1>");
  // ok: securetag.javascript.express.xss
  res.json({ name });
});

app.get("/echo", (req, res) => {
  // ruleid: securetag.javascript.express.xss
  res.status(200).send(`<p>${req.query.msg}</p>`);
});

app.get("/login/done", (req, res) => {
  const target = req.query.next;
  if (isSafeRedirect(target)) {
    // ok: securetag.javascript.express.open-redirect
    return res.redirect(target);
  }
  // ruleid: securetag.javascript.express.open-redirect
  return res.redirect(302, target);
});

app.get("/logout", (req, res) => {
  // ok: securetag.javascript.express.open-redirect
  res.redirect("/");
});

app.post("/profile", (req, res) => {
  // ruleid: securetag.javascript.express.insecure-deserialization
  const profile = serialize.unserialize(req.cookies.profile);
  // ok: securetag.javascript.express.insecure-deserialization
  const prefs = JSON.parse(req.cookies.prefs);
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
  res.end();
});

app.use(
  // ruleid: securetag.javascript.express.hardcoded-session-secret
  session({ secret: "keyboard cat", cookie: { secure: true } }),
);
app.use(
  // ok: securetag.javascript.express.hardcoded-session-secret
  session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, httpOnly: true } }),
);
app.use(
  // ruleid: securetag.javascript.express.insecure-cookie
  session({ secret: process.env.SESSION_SECRET, cookie: { secure: false } }),
);

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

module.exports = { app, issueToken };
