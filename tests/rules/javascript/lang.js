// Examples for securetag/rules/javascript/lang.yaml (`semgrep --test` reads the annotations).
const crypto = require("crypto");
const { createHash } = require("node:crypto");
const https = require("https");
const libxmljs = require("libxmljs");
const CryptoJS = require("crypto-js");

const LEGACY_DIGEST = "md5";
const HASHING = { algorithm: "sha1", encoding: "hex" };

function digests(password, body) {
  // ruleid: securetag.javascript.lang.weak-hash
  const stored = crypto.createHash("md5").update(password).digest("hex");
  // ruleid: securetag.javascript.lang.weak-hash
  const legacy = createHash(LEGACY_DIGEST).update(body).digest("hex");
  // ruleid: securetag.javascript.lang.weak-hash
  const configured = crypto.createHash(HASHING.algorithm).update(body).digest(HASHING.encoding);
  // ruleid: securetag.javascript.lang.weak-hash
  const macMd5 = crypto.createHmac("md5", "key").update(body).digest("hex");
  // ruleid: securetag.javascript.lang.weak-hash
  const cjs = CryptoJS.SHA1(body).toString();
  // ok: securetag.javascript.lang.weak-hash
  const mac = crypto.createHmac("sha1", "key").update(body).digest("hex");
  // ok: securetag.javascript.lang.weak-hash
  const strong = crypto.createHash("sha256").update(body).digest("hex");
  return [stored, legacy, configured, macMd5, cjs, mac, strong];
}

function encrypt(key, iv, data) {
  // ruleid: securetag.javascript.lang.weak-cipher
  const legacy = crypto.createCipheriv("des-ede3-cbc", key, iv);
  // ruleid: securetag.javascript.lang.weak-cipher
  const patterned = crypto.createCipheriv("aes-256-ecb", key, null);
  // ruleid: securetag.javascript.lang.weak-cipher
  const unsalted = crypto.createCipher("aes-256-cbc", "password");
  // ruleid: securetag.javascript.lang.weak-cipher
  const stream = crypto.createCipheriv("rc4", key, "");
  // ruleid: securetag.javascript.lang.weak-cipher
  const des = CryptoJS.DES.encrypt(data, key);
  // ok: securetag.javascript.lang.weak-cipher
  const gcm = crypto.createCipheriv("aes-256-gcm", key, iv);
  // ok: securetag.javascript.lang.weak-cipher
  const aes = CryptoJS.AES.encrypt(data, key);
  return [legacy, patterned, unsalted, stream, gcm].map((cipher) => cipher.update(data)).concat([des, aes]);
}

function newCredentials(user, res, req) {
  // ruleid: securetag.javascript.lang.insecure-random
  const resetToken = Math.random().toString(36).slice(2);
  // ruleid: securetag.javascript.lang.insecure-random
  user.sessionId = Math.floor(Math.random() * 1e12);
  // ok: securetag.javascript.lang.insecure-random
  const apiKey = crypto.randomBytes(32).toString("hex");
  const value = Math.random().toString(16).substring(2);
  // ruleid: securetag.javascript.lang.insecure-random
  res.cookie("sid", value, { secure: true, httpOnly: true });
  // ruleid: securetag.javascript.lang.insecure-random
  req.session.challenge = "c-" + Math.random();
  // ok: securetag.javascript.lang.insecure-random
  res.cookie("sid", crypto.randomUUID(), { secure: true, httpOnly: true });
  // ruleid: securetag.javascript.lang.insecure-random
  return { resetToken, apiKey };
}

function retryDelay(attempt) {
  // ok: securetag.javascript.lang.insecure-random
  const jitterMs = Math.random() * 100;
  return attempt * 1000 + jitterMs;
}

function makeOtp() {
  // ruleid: securetag.javascript.lang.insecure-random
  return String(Math.floor(100000 + Math.random() * 900000));
}

function randomString(length) {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  let out = "";
  for (let i = 0; i < length; i += 1) {
    out += alphabet[Math.floor(Math.random() * alphabet.length)];
  }
  return out;
}

function inviteLink(res) {
  // ruleid: securetag.javascript.lang.insecure-random
  res.setHeader("X-Invite", randomString(24));
}

function pickColour(colours) {
  // ok: securetag.javascript.lang.insecure-random
  return colours[Math.floor(Math.random() * colours.length)];
}

function shuffle(items, res) {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  // ok: securetag.javascript.lang.insecure-random
  res.json({ items: copy });
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
// ok: securetag.javascript.lang.hardcoded-credentials
const TOKEN_HEADER = "X-Auth-Token";
// ruleid: securetag.javascript.lang.hardcoded-credentials
const githubToken = "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
// ruleid: securetag.javascript.lang.hardcoded-credentials
const upstream = { key: "AKIAIOSFODNN7EXAMPLE" };
// ruleid: securetag.javascript.lang.hardcoded-credentials
const DATABASE_URL = "postgres://app:Tr0ub4dor@db.internal:5432/app";
// ok: securetag.javascript.lang.hardcoded-credentials
const TEMPLATE_URL = "postgres://app:${DB_PASSWORD}@db.internal:5432/app";
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
  const options = { noent: true, dtdload: true };
  // ruleid: securetag.javascript.lang.xxe
  const viaOptions = libxmljs.parseXmlString(xml, options);
  return [unsafe, safe, viaOptions];
}

module.exports = {
  digests, encrypt, newCredentials, retryDelay, inviteLink, makeOtp, pickColour, shuffle, parseInvoice,
  insecureAgent, pinnedAgent, DB_PASSWORD, SMTP_PASSWORD, password, config, TOKEN_HEADER,
  githubToken, upstream, DATABASE_URL, TEMPLATE_URL,
};
