// Examples for securetag/rules/javascript/lang.yaml (`semgrep --test` reads the annotations).
const crypto = require("crypto");
const https = require("https");
const libxmljs = require("libxmljs");

function digests(password, body) {
  // ruleid: securetag.javascript.lang.weak-hash
  const stored = crypto.createHash("md5").update(password).digest("hex");
  // ruleid: securetag.javascript.lang.weak-hash
  const mac = crypto.createHmac("sha1", "key").update(body).digest("hex");
  // ok: securetag.javascript.lang.weak-hash
  const strong = crypto.createHash("sha256").update(body).digest("hex");
  return [stored, mac, strong];
}

function encrypt(key, iv, data) {
  // ruleid: securetag.javascript.lang.weak-cipher
  const legacy = crypto.createCipheriv("des-ede3-cbc", key, iv);
  // ruleid: securetag.javascript.lang.weak-cipher
  const patterned = crypto.createCipheriv("aes-256-ecb", key, null);
  // ruleid: securetag.javascript.lang.weak-cipher
  const unsalted = crypto.createCipher("aes-256-cbc", "password");
  // ok: securetag.javascript.lang.weak-cipher
  const gcm = crypto.createCipheriv("aes-256-gcm", key, iv);
  return [legacy, patterned, unsalted, gcm].map((cipher) => cipher.update(data));
}

function newCredentials(user) {
  // ruleid: securetag.javascript.lang.insecure-random
  const resetToken = Math.random().toString(36).slice(2);
  // ruleid: securetag.javascript.lang.insecure-random
  user.sessionId = Math.floor(Math.random() * 1e12);
  // ok: securetag.javascript.lang.insecure-random
  const apiKey = crypto.randomBytes(32).toString("hex");
  // ok: securetag.javascript.lang.insecure-random
  const jitterMs = Math.random() * 100;
  return { resetToken, apiKey, jitterMs };
}

function makeOtp() {
  // ruleid: securetag.javascript.lang.insecure-random
  return String(Math.floor(100000 + Math.random() * 900000));
}

function pickColour(colours) {
  // ok: securetag.javascript.lang.insecure-random
  return colours[Math.floor(Math.random() * colours.length)];
}

// ruleid: securetag.javascript.lang.tls-verify-disabled
const insecureAgent = new https.Agent({ rejectUnauthorized: false });
// ok: securetag.javascript.lang.tls-verify-disabled
const pinnedAgent = new https.Agent({ rejectUnauthorized: true, ca: process.env.INTERNAL_CA });
// ruleid: securetag.javascript.lang.tls-verify-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";

// ruleid: securetag.javascript.lang.hardcoded-credentials
const DB_PASSWORD = "s3cr3t-Pa55word!";
// ok: securetag.javascript.lang.hardcoded-credentials
const SMTP_PASSWORD = process.env.SMTP_PASSWORD;
// ok: securetag.javascript.lang.hardcoded-credentials
const password = "changeme";
const config = {
  user: "app",
  // ruleid: securetag.javascript.lang.hardcoded-credentials
  apiKey: "live-51H8a9dKs0Qm",
  // ok: securetag.javascript.lang.hardcoded-credentials
  clientSecret: process.env.CLIENT_SECRET,
};

function parseInvoice(xml) {
  // ruleid: securetag.javascript.lang.xxe
  const unsafe = libxmljs.parseXml(xml, { noent: true });
  // ok: securetag.javascript.lang.xxe
  const safe = libxmljs.parseXml(xml, { noent: false, nonet: true });
  return [unsafe, safe];
}

module.exports = {
  digests, encrypt, newCredentials, makeOtp, pickColour, parseInvoice,
  insecureAgent, pinnedAgent, DB_PASSWORD, SMTP_PASSWORD, password, config,
};
