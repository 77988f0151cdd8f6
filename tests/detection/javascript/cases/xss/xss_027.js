'use strict';

const express = require('express');

const router = express.Router();

router.get('/greet', (req, res) => {
  const name = req.query.name;
  const values = new Map();
  values.set('requested', name);
  values.set('configured', 'visitor');
  const value = values.get('configured');
  const page = '<html><body>' + `<div class="result">Results for ${value}</div>` + '</body></html>';
  res.set('Content-Type', 'text/html');
  res.send(page);
});

module.exports = router;
