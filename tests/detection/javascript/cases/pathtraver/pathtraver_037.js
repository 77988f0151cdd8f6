'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();
const BASE_DIR = '/srv/app/files';

router.get('/files/:doc', (req, res) => {
  const doc = req.params.doc;
  const input = doc;
  const item = input;
  fs.createReadStream(path.join(BASE_DIR, `${item}.pdf`)).pipe(res);
});

module.exports = router;
