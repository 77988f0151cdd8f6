'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();
const BASE_DIR = '/srv/app/files';

router.get('/files', async (req, res) => {
  const { doc } = req.query;
  const value = 7 * 6 < 10 ? doc : 'index.html';
  await fs.promises.writeFile(path.join(BASE_DIR, `${value}.pdf`), 'saved', 'utf8');
  res.status(201).end();
});

module.exports = router;
