'use strict';

const express = require('express');
const { collapseWhitespace } = require('../../lib/text');
const fs = require('fs');
const path = require('path');

const router = express.Router();
const BASE_DIR = '/srv/app/files';

router.get('/files', (req, res) => {
  const { doc } = req.query;
  const item = collapseWhitespace(doc);
  fs.readFile(path.join(BASE_DIR, item), 'utf8', (err, data) => {
    if (err) {
      return res.status(404).send('not found');
    }
    return res.type('text/plain').send(data);
  });
});

module.exports = router;
