# ruff: noqa: E501  (lines are JavaScript source text)
"""Hand-written cases, copied verbatim by generate_cases.py: (category, vulnerable, shape, ext, text)."""

HANDWRITTEN = [
    (
        "sqli",
        True,
        "json-body+builder+string-concat",
        "js",
        """'use strict';

const express = require('express');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const router = express.Router();
router.use(express.json());

router.post('/reports/orders', async (req, res, next) => {
  try {
    const { status, customer, sort } = req.body;
    const where = ['1 = 1'];
    if (status) {
      where.push(`status = '${status}'`);
    }
    if (customer) {
      where.push("customer_id = " + customer);
    }
    let sql = 'SELECT id, status, total FROM orders WHERE ' + where.join(' AND ');
    sql += ' ORDER BY ' + (sort || 'created_at') + ' DESC LIMIT 100';
    const { rows } = await pool.query(sql);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
""",
    ),
    (
        "sqli",
        False,
        "json-body+builder+sanitizer-parameterized+sanitizer-allowlist",
        "js",
        """'use strict';

const express = require('express');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const router = express.Router();
router.use(express.json());

const SORTABLE = new Set(['created_at', 'total', 'status']);

router.post('/reports/orders', async (req, res, next) => {
  try {
    const { status, customer, sort } = req.body;
    const where = ['1 = 1'];
    const params = [];
    if (status) {
      params.push(status);
      where.push(`status = $${params.length}`);
    }
    if (customer) {
      params.push(customer);
      where.push(`customer_id = $${params.length}`);
    }
    const orderBy = SORTABLE.has(sort) ? sort : 'created_at';
    const sql = 'SELECT id, status, total FROM orders WHERE ' + where.join(' AND ') + ' ORDER BY ' + orderBy + ' DESC LIMIT 100';
    const { rows } = await pool.query(sql, params);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
""",
    ),
    (
        "cmdi",
        True,
        "json-body+collection-list+join",
        "ts",
        """import express, { Request, Response } from 'express';
import { exec } from 'child_process';

const router = express.Router();
router.use(express.json());

router.post('/git/archive', (req: Request, res: Response) => {
  const { ref, paths } = req.body as { ref: string; paths: string[] };
  const args = ['git', 'archive', '--format=tar.gz', ref];
  for (const p of paths || []) {
    args.push(p);
  }
  exec(args.join(' '), { cwd: '/srv/repos/app', encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 }, (err, stdout) => {
    if (err) {
      res.status(500).send('archive failed');
      return;
    }
    res.type('application/gzip').send(stdout);
  });
});

export default router;
""",
    ),
    (
        "cmdi",
        False,
        "json-body+collection-list+safe-api",
        "ts",
        """import express, { Request, Response } from 'express';
import { spawn } from 'child_process';

const router = express.Router();
router.use(express.json());

router.post('/git/archive', (req: Request, res: Response) => {
  const { ref, paths } = req.body as { ref: string; paths: string[] };
  const args = ['archive', '--format=tar.gz', ref, '--'];
  for (const p of paths || []) {
    args.push(p);
  }
  const child = spawn('git', args, { cwd: '/srv/repos/app' });
  res.type('application/gzip');
  child.stdout.pipe(res);
  child.on('error', () => res.status(500).end());
});

export default router;
""",
    ),
    (
        "pathtraver",
        True,
        "path-param+helper-same-file",
        "js",
        """'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();
const THEMES_DIR = path.join(__dirname, 'themes');

function themeFile(theme, asset) {
  return path.join(THEMES_DIR, theme, asset);
}

router.get('/themes/:theme/:asset', (req, res) => {
  const file = themeFile(req.params.theme, req.params.asset);
  const stream = fs.createReadStream(file);
  stream.on('error', () => res.status(404).end());
  stream.pipe(res);
});

module.exports = router;
""",
    ),
    (
        "pathtraver",
        False,
        "path-param+helper-same-file+sanitizer-normalize-prefix",
        "js",
        """'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();
const THEMES_DIR = path.join(__dirname, 'themes');

function themeFile(theme, asset) {
  const candidate = path.resolve(THEMES_DIR, theme, asset);
  const relative = path.relative(THEMES_DIR, candidate);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return null;
  }
  return candidate;
}

router.get('/themes/:theme/:asset', (req, res) => {
  const file = themeFile(req.params.theme, req.params.asset);
  if (!file) {
    return res.status(400).end();
  }
  const stream = fs.createReadStream(file);
  stream.on('error', () => res.status(404).end());
  return stream.pipe(res);
});

module.exports = router;
""",
    ),
    (
        "xss",
        True,
        "framework-object+collection-list+join",
        "js",
        """'use strict';

const express = require('express');

const app = express();

app.get('/search', (req, res) => {
  const terms = String(req.query.q || '').split(',');
  const items = terms.map((t) => '<li>' + t.trim() + '</li>');
  res.set('Content-Type', 'text/html');
  res.send('<h1>You searched for</h1><ul>' + items.join('') + '</ul>');
});

module.exports = app;
""",
    ),
    (
        "xss",
        False,
        "framework-object+collection-list+join+sanitizer-escape",
        "js",
        """'use strict';

const express = require('express');
const escapeHtml = require('escape-html');

const app = express();

app.get('/search', (req, res) => {
  const terms = String(req.query.q || '').split(',');
  const items = terms.map((t) => '<li>' + escapeHtml(t.trim()) + '</li>');
  res.set('Content-Type', 'text/html');
  res.send('<h1>You searched for</h1><ul>' + items.join('') + '</ul>');
});

module.exports = app;
""",
    ),
    (
        "ssrf",
        True,
        "json-body+field+helper-same-file",
        "ts",
        """import express, { Request, Response } from 'express';
import axios from 'axios';

interface WebhookConfig {
  url: string;
  event: string;
}

class WebhookSender {
  private readonly hooks: WebhookConfig[] = [];

  register(hook: WebhookConfig): void {
    this.hooks.push(hook);
  }

  async deliver(event: string, payload: object): Promise<number> {
    let delivered = 0;
    for (const hook of this.hooks.filter((h) => h.event === event)) {
      await axios.post(hook.url, payload, { timeout: 3000 });
      delivered += 1;
    }
    return delivered;
  }
}

const sender = new WebhookSender();
const router = express.Router();
router.use(express.json());

router.post('/webhooks/test', async (req: Request, res: Response) => {
  sender.register({ url: req.body.url, event: 'ping' });
  const delivered = await sender.deliver('ping', { ok: true });
  res.json({ delivered });
});

export default router;
""",
    ),
    (
        "ssrf",
        False,
        "json-body+field+sanitizer-allowlist",
        "ts",
        """import express, { Request, Response } from 'express';
import axios from 'axios';

const ALLOWED_WEBHOOK_HOSTS = new Set(['hooks.slack.com', 'hooks.partner.example']);

class WebhookSender {
  private readonly hooks: string[] = [];

  register(url: string): boolean {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (parsed.protocol !== 'https:' || !ALLOWED_WEBHOOK_HOSTS.has(parsed.hostname)) {
      return false;
    }
    this.hooks.push(parsed.toString());
    return true;
  }

  async deliver(payload: object): Promise<number> {
    for (const hook of this.hooks) {
      await axios.post(hook, payload, { timeout: 3000 });
    }
    return this.hooks.length;
  }
}

const sender = new WebhookSender();
const router = express.Router();
router.use(express.json());

router.post('/webhooks/test', async (req: Request, res: Response) => {
  if (!sender.register(req.body.url)) {
    return res.status(400).json({ error: 'webhook host not allowed' });
  }
  return res.json({ delivered: await sender.deliver({ ok: true }) });
});

export default router;
""",
    ),
    (
        "redirect",
        True,
        "cookie+framework-object",
        "js",
        """'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');

const router = express.Router();
router.use(cookieParser());

router.get('/login', (req, res) => {
  if (req.query.returnTo) {
    res.cookie('return_to', req.query.returnTo, { httpOnly: true, secure: true });
  }
  res.render('login');
});

router.post('/login/callback', (req, res) => {
  const destination = req.cookies.return_to || '/';
  res.clearCookie('return_to');
  res.redirect(destination);
});

module.exports = router;
""",
    ),
    (
        "redirect",
        False,
        "cookie+sanitizer-normalize-prefix",
        "js",
        """'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');

const router = express.Router();
router.use(cookieParser());

function isLocalPath(value) {
  return typeof value === 'string' && /^\\/(?![\\/\\\\])/.test(value);
}

router.post('/login/callback', (req, res) => {
  const stored = req.cookies.return_to;
  const destination = isLocalPath(stored) ? stored : '/';
  res.clearCookie('return_to');
  res.redirect(destination);
});

module.exports = router;
""",
    ),
    (
        "codeinj",
        True,
        "json-body+collection-map+helper-same-file",
        "js",
        """'use strict';

const express = require('express');

const router = express.Router();
router.use(express.json());

const rules = new Map();

function compileRule(source) {
  return new Function('order', 'return (' + source + ');');
}

router.post('/pricing/rules', (req, res) => {
  rules.set(req.body.name, compileRule(req.body.condition));
  res.status(201).json({ count: rules.size });
});

module.exports = router;
""",
    ),
    (
        "deserialization",
        True,
        "cookie+helper-same-file",
        "js",
        """'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');

const app = express();
app.use(cookieParser());

function readProfile(req) {
  const raw = req.cookies.profile;
  if (!raw) {
    return { name: 'guest' };
  }
  return serialize.unserialize(Buffer.from(raw, 'base64').toString());
}

app.get('/', (req, res) => {
  const profile = readProfile(req);
  res.send('Hello ' + encodeURIComponent(profile.name));
});

module.exports = app;
""",
    ),
    (
        "ssti",
        True,
        "json-body+config-object",
        "js",
        """'use strict';

const express = require('express');
const Handlebars = require('handlebars');

const router = express.Router();
router.use(express.json());

const defaults = { subject: 'Your order', body: '<p>Thanks {{name}}!</p>' };

router.post('/emails/preview', (req, res) => {
  const template = Object.assign({}, defaults, req.body.template);
  const render = Handlebars.compile(template.body);
  res.send(render({ name: 'Ada', orderId: 1042 }));
});

module.exports = router;
""",
    ),
    (
        "ldapi",
        True,
        "json-body+helper-other-module+string-concat",
        "js",
        """'use strict';

const express = require('express');
const { getClient, BASE_DN } = require('../../lib/ldapClient');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/login', (req, res) => {
  const client = getClient();
  const filter = '(&(objectClass=inetOrgPerson)(uid=' + req.body.username + '))';
  client.search(BASE_DN, { filter, scope: 'sub', attributes: ['dn'] }, (err, search) => {
    if (err) {
      return res.status(500).end();
    }
    let found = null;
    search.on('searchEntry', (entry) => {
      found = entry.objectName;
    });
    search.on('end', () => {
      client.unbind();
      res.json({ found: Boolean(found) });
    });
    return undefined;
  });
});

module.exports = router;
""",
    ),
    (
        "xpathi",
        True,
        "json-body+string-concat",
        "ts",
        """import express, { Request, Response } from 'express';
import * as fs from 'fs';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

const users = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

router.post('/login', (req: Request, res: Response) => {
  const { username, password } = req.body;
  const query = "//user[name/text()='" + username + "' and password/text()='" + password + "']";
  const match = xpath.select1(query, users as unknown as Node);
  res.status(match ? 200 : 401).json({ ok: Boolean(match) });
});

export default router;
""",
    ),
    (
        "xxe",
        True,
        "framework-object+helper-same-file",
        "js",
        """'use strict';

const express = require('express');
const multer = require('multer');
const libxmljs = require('libxmljs');

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 1024 * 1024 } });
const router = express.Router();

function parseInvoice(buffer) {
  const doc = libxmljs.parseXml(buffer.toString('utf8'), { noent: true, noblanks: true });
  return {
    number: doc.get('//invoice/number').text(),
    total: Number(doc.get('//invoice/total').text()),
  };
}

router.post('/invoices/upload', upload.single('invoice'), (req, res) => {
  res.json(parseInvoice(req.file.buffer));
});

module.exports = router;
""",
    ),
    (
        "xxe",
        False,
        "framework-object+helper-same-file+safe-config",
        "js",
        """'use strict';

const express = require('express');
const multer = require('multer');
const libxmljs = require('libxmljs');

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 1024 * 1024 } });
const router = express.Router();

function parseInvoice(buffer) {
  const doc = libxmljs.parseXml(buffer.toString('utf8'), { noblanks: true, nonet: true });
  return {
    number: doc.get('//invoice/number').text(),
    total: Number(doc.get('//invoice/total').text()),
  };
}

router.post('/invoices/upload', upload.single('invoice'), (req, res) => {
  res.json(parseInvoice(req.file.buffer));
});

module.exports = router;
""",
    ),
    (
        "trustbound",
        True,
        "header+framework-object",
        "js",
        """'use strict';

const express = require('express');
const session = require('express-session');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

// Populated by the reverse proxy in production.
app.use((req, res, next) => {
  const forwardedUser = req.get('X-Forwarded-User');
  if (forwardedUser && !req.session.user) {
    req.session.user = { id: forwardedUser, source: 'proxy' };
  }
  next();
});

app.get('/me', (req, res) => res.json(req.session.user || null));

module.exports = app;
""",
    ),
    (
        "weakhash",
        True,
        "framework-object+weak-api",
        "ts",
        """import express, { Request, Response } from 'express';
import { createHash } from 'crypto';
import * as fs from 'fs';

const router = express.Router();

router.get('/downloads/:name/checksum', (req: Request, res: Response) => {
  const file = '/srv/app/downloads/' + String(req.params.name).replace(/[^a-z0-9._-]/gi, '');
  const hash = createHash('sha1');
  fs.createReadStream(file)
    .on('data', (chunk) => hash.update(chunk))
    .on('end', () => res.json({ sha1: hash.digest('hex') }))
    .on('error', () => res.status(404).end());
});

export default router;
""",
    ),
    (
        "securecookie",
        True,
        "helper-same-file+config-object",
        "js",
        """'use strict';

const express = require('express');
const crypto = require('crypto');

const app = express();
const isProduction = process.env.NODE_ENV === 'production';

function sessionCookie(res, value) {
  res.cookie('app_session', value, {
    httpOnly: true,
    sameSite: 'lax',
    domain: isProduction ? 'app.example.com' : undefined,
    maxAge: 8 * 3600 * 1000,
  });
}

app.post('/login', (req, res) => {
  sessionCookie(res, crypto.randomBytes(32).toString('hex'));
  res.redirect('/');
});

module.exports = app;
""",
    ),
]
