'use strict';

const express = require('express');
const cp = require('child_process');

const router = express.Router();
router.use(express.json());

router.post('/diagnostics', (req, res) => {
  const host = req.body.host;
  const trimmed = host.substring(0, 200);
  const child = cp.spawn('/bin/sh', ['-c', 'ping -c 1 ' + trimmed]);
  child.stdout.pipe(res);
});

module.exports = router;
