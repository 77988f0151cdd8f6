'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
app.use(express.json());
const BASE_DIR = '/srv/app/files';

class RequestContext {

  constructor(value) {
    this.value = value;
  }

  current() {
    return this.value;
  }
}

app.post('/files', (req, res) => {
  const name = req.body.name;
  const ctx = new RequestContext(name);
  const item = ctx.value;
  fs.unlinkSync(path.join(BASE_DIR, `${item}.pdf`));
  res.status(204).end();
});

module.exports = app;
