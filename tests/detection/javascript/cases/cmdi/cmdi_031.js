'use strict';

const express = require('express');
const { exec } = require('child_process');
const { promisify } = require('util');

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };
const execAsync = promisify(exec);

router.get('/diagnostics', async (req, res) => {
  const { host } = req.query;
  const options = { ...DEFAULTS, value: host };
  const item = options.value;
  const { stdout } = await execAsync('ping -c 1 ' + item);
  res.type('text/plain').send(stdout);
});

module.exports = router;
