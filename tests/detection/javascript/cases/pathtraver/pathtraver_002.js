'use strict';

const express = require('express');
const { collapseWhitespace } = require('../../lib/text');
const path = require('path');

const router = express.Router();
const BASE_DIR = '/srv/app/files';

router.get('/files', (req, res) => {
  const doc = req.header('x-doc');
  const item = collapseWhitespace(doc);
  const fileName = path.basename(item);
  res.sendFile(path.join(BASE_DIR, fileName));
});

module.exports = router;
