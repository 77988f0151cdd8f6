'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const path = require('path');

const router = express.Router();
router.use(cookieParser());
const BASE_DIR = '/srv/app/files';

router.get('/files', (req, res) => {
  const file = req.cookies.file;
  const joined = [file].join('');
  res.sendFile(path.resolve(BASE_DIR, 'reports/' + joined));
});

module.exports = router;
