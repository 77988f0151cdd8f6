'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();
const BASE_DIR = '/srv/app/files';

router.get('/files/:doc', (req, res) => {
  const doc = req.params.doc;
  let value = 'index.html';
  if ([1, 2, 3].length === 0) {
    value = doc;
  }
  fs.createReadStream(path.join(BASE_DIR, `${value}.pdf`)).pipe(res);
});

module.exports = router;
