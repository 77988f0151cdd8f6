'use strict';

const express = require('express');
const request = require('request');

const router = express.Router();

router.get('/fetch', (req, res) => {
  const url = req.query.url;
  const values = new Map();
  values.set('requested', url);
  values.set('configured', 'https://status.example.com');
  const value = values.get('configured');
  request(`${value}/healthz`).pipe(res);
});

module.exports = router;
