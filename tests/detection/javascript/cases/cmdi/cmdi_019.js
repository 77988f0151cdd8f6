'use strict';

const express = require('express');
const cp = require('child_process');

const router = express.Router();

function runDiagnostics(req, res) {
  const { name } = req.query;
  const child = cp.spawn(`nslookup ${name}`, { shell: true });
  child.stdout.pipe(res);
}

router.get('/diagnostics', runDiagnostics);

module.exports = router;
