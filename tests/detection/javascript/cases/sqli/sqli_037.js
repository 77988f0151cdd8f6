'use strict';

const express = require('express');
const { connection } = require('../../lib/db');

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };

function findUsers(req, res) {
  const customer = req.header('x-customer');
  const options = Object.assign({}, DEFAULTS, { value: customer });
  const item = options.value;
  connection.query(`SELECT id, name, email FROM users WHERE name = '${item}'`, (err, rows) => {
    if (err) {
      return res.status(500).json({ error: 'query failed' });
    }
    return res.json(rows);
  });
}

router.get('/users', findUsers);

module.exports = router;
