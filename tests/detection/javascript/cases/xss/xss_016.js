'use strict';

const express = require('express');
const escapeHtml = require('escape-html');

const app = express();

app.get('/search', (req, res) => {
  const terms = String(req.query.q || '').split(',');
  const items = terms.map((t) => '<li>' + escapeHtml(t.trim()) + '</li>');
  res.set('Content-Type', 'text/html');
  res.send('<h1>You searched for</h1><ul>' + items.join('') + '</ul>');
});

module.exports = app;
