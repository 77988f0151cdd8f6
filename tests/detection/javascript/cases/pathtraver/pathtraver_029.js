'use strict';

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
