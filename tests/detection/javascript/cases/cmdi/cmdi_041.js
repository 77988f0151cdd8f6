'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const { exec } = require('child_process');
const { promisify } = require('util');

const router = express.Router();
router.use(cookieParser());
const execAsync = promisify(exec);

async function runDiagnostics(req, res) {
  const name = req.cookies['name'];
  let value = 'localhost';
  if ([1, 2, 3].length === 0) {
    value = name;
  }
  const { stdout } = await execAsync('ping -c 1 ' + value);
  res.type('text/plain').send(stdout);
}

router.get('/diagnostics', runDiagnostics);

module.exports = router;
