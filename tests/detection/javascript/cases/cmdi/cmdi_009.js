'use strict';

const express = require('express');
const shell = require('shelljs');

const router = express.Router();
router.use(express.json());

function runDiagnostics(req, res) {
  const name = req.body.name;
  const queue = ['localhost'];
  queue.push(name);
  const value = queue.shift();
  const result = shell.exec('ping -c 1 ' + value, { silent: true });
  res.type('text/plain').send(result.stdout);
}

router.post('/diagnostics', runDiagnostics);

module.exports = router;
