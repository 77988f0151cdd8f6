'use strict';

const express = require('express');
const path = require('path');

const router = express.Router();
router.use(express.json());
const BASE_DIR = '/srv/app/files';

router.post('/files', (req, res) => {
  const file = req.body.file;
  const trimmed = file.substring(0, 200);
  res.download(path.join(BASE_DIR, trimmed));
});

module.exports = router;
