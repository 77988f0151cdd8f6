'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const cp = require('child_process');

const router = express.Router();
router.use(cookieParser());

router.get('/diagnostics', (req, res) => {
  const host = req.cookies.host;
  const joined = [host].join('');
  const child = cp.spawn('ping -c 1 ' + joined, { shell: true });
  child.stdout.pipe(res);
});

module.exports = router;
