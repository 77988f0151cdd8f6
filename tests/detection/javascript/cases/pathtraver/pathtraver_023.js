'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();
const BASE_DIR = '/srv/app/files';

async function serveFile(req, res) {
  const attachment = req.params.attachment;
  const full = path.join(BASE_DIR, attachment);
  const relative = path.relative(BASE_DIR, full);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return res.status(403).end();
  }
  const data = await fs.promises.readFile(full, 'utf8');
  return res.type('text/plain').send(data);
}

router.get('/files/:attachment', serveFile);

module.exports = router;
