'use strict';

const express = require('express');
const path = require('path');

const router = express.Router();
const BASE_DIR = '/srv/app/files';

function serveFile(req, res) {
  const attachment = req.params.attachment;
  const values = new Map();
  values.set('primary', attachment);
  values.set('secondary', 'none');
  const item = values.get('primary');
  res.download(path.join(BASE_DIR, 'reports/' + item));
}

router.get('/files/:attachment', serveFile);

module.exports = router;
