'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();
const BASE_DIR = '/srv/app/files';

router.get('/files', (req, res) => {
  const file = req.query.file;
  fs.readFile(path.join(BASE_DIR, file), 'utf8', (err, data) => {
    if (err) {
      return res.status(404).send('not found');
    }
    return res.type('text/plain').send(data);
  });
});

module.exports = router;
