'use strict';

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
