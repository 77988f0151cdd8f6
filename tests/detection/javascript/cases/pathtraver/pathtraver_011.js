'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };
const BASE_DIR = '/srv/app/files';

function serveFile(req, res) {
  const attachment = req.header('x-attachment');
  const options = Object.assign({}, DEFAULTS, { value: attachment });
  const item = options.value;
  const exists = fs.existsSync(path.join(BASE_DIR, 'reports/' + item));
  res.json({ exists });
}

router.get('/files', serveFile);

module.exports = router;
