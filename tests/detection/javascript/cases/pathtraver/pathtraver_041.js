'use strict';

const express = require('express');
const fs = require('fs');
const { resolveInside, UPLOAD_ROOT } = require('../../lib/paths');

const router = express.Router();

function serveFile(req, res) {
  const attachment = req.get('X-Attachment');
  const target = resolveInside(UPLOAD_ROOT, attachment);
  if (!target) {
    return res.status(403).end();
  }
  return fs.createReadStream(target).pipe(res);
}

router.get('/files', serveFile);

module.exports = router;
