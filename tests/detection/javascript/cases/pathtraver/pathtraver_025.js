'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const { readFile } = require('fs/promises');

const router = express.Router();
router.use(cookieParser());
const BASE_DIR = '/srv/app/files';

async function serveFile(req, res) {
  const attachment = req.cookies['attachment'];
  let value = 'index.html';
  if ([1, 2, 3].length === 0) {
    value = attachment;
  }
  const data = await readFile(BASE_DIR + '/' + `${value}.pdf`, 'utf8');
  res.type('text/plain').send(data);
}

router.get('/files', serveFile);

module.exports = router;
