'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();
router.use(express.json());
const BASE_DIR = '/srv/app/files';

class TextBuilder {
  constructor() {
    this.parts = [];
  }

  add(part) {
    this.parts.push(part);
    return this;
  }

  build() {
    return this.parts.join('');
  }
}

function serveFile(req, res) {
  const attachment = req.body.attachment;
  const item = new TextBuilder().add(attachment).build();
  fs.createReadStream(path.join(BASE_DIR, item)).pipe(res);
}

router.post('/files', serveFile);

module.exports = router;
