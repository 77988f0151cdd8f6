'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();
router.use(express.json());
const BASE_DIR = '/srv/app/files';

async function serveFile(req, res) {
  const attachment = req.body.attachment;
  const queue = ['index.html'];
  queue.push(attachment);
  const value = queue.shift();
  await fs.promises.writeFile(path.join(BASE_DIR, `${value}.pdf`), 'saved', 'utf8');
  res.status(201).end();
}

router.post('/files', serveFile);

module.exports = router;
