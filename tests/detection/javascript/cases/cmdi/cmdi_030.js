'use strict';

const express = require('express');
const { exec: runCommand } = require('child_process');

const app = express();
app.use(express.json());

class RequestContext {

  constructor(value) {
    this.value = value;
  }

  current() {
    return this.value;
  }
}

app.post('/diagnostics', (req, res) => {
  const target = req.body.target;
  const ctx = new RequestContext(target);
  const item = ctx.value;
  runCommand('ping -c 1 ' + item, (err, stdout) => {
    if (err) {
      return res.status(500).send('command failed');
    }
    return res.type('text/plain').send(stdout);
  });
});

module.exports = app;
