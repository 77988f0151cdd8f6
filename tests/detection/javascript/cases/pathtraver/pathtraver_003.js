'use strict';

const express = require('express');
const { readFile } = require('fs/promises');

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };
const BASE_DIR = '/srv/app/files';

router.get('/files', async (req, res) => {
  const { file } = req.query;
  const options = { ...DEFAULTS, value: file };
  const item = options.value;
  const data = await readFile(BASE_DIR + '/' + `${item}.pdf`, 'utf8');
  res.type('text/plain').send(data);
});

module.exports = router;
