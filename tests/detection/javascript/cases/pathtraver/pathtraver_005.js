'use strict';

const express = require('express');
const path = require('path');

const router = express.Router();
router.use(express.json());
const BASE_DIR = '/srv/app/files';

router.post('/files', (req, res) => {
  const { doc } = req.body;
  const pending = [];
  pending.push(doc);
  const item = pending.pop();
  res.sendFile(path.resolve(BASE_DIR, 'reports/' + item));
});

module.exports = router;
