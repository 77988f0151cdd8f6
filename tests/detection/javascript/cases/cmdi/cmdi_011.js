'use strict';

const express = require('express');
const { spawn } = require('child_process');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/diagnostics', (req, res) => {
  const { host } = req.body;
  const child = spawn('git', ['log', '--oneline', '-n', '5', host]);
  child.stdout.pipe(res);
});

module.exports = router;
