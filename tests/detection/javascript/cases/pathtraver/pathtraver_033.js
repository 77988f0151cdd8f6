'use strict';

const express = require('express');
const path = require('path');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));
const BASE_DIR = '/srv/app/files';

router.post('/files', (req, res) => {
  const { doc } = req.body;
  const pending = [];
  pending.push('unused');
  pending.push(doc);
  const item = pending[1];
  const fileName = path.basename(item);
  res.sendFile(path.join(BASE_DIR, fileName));
});

module.exports = router;
