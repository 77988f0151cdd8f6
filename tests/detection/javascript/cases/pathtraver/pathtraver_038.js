'use strict';

const express = require('express');
const { tidy } = require('../../lib/text');
const fs = require('fs');
const path = require('path');

const router = express.Router();
const BASE_DIR = '/srv/app/files';

async function serveFile(req, res) {
  const attachment = req.query['attachment'];
  const item = tidy(attachment);
  await fs.promises.writeFile(path.join(BASE_DIR, item), 'saved', 'utf8');
  res.status(201).end();
}

router.get('/files', serveFile);

module.exports = router;
