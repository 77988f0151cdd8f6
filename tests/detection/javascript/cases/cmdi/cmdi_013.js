'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');

const router = express.Router();
router.use(cookieParser());

function normalizeInput(value) {
  return String(value).trim();
}

router.get('/diagnostics', (req, res) => {
  const address = req.cookies.address;
  const item = normalizeInput(address);
  require('child_process').exec(`nslookup ${item}`, (err, stdout) => {
    if (err) {
      return res.status(500).send('command failed');
    }
    return res.type('text/plain').send(stdout);
  });
});

module.exports = router;
