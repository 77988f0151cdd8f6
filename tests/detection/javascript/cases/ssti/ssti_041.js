'use strict';

const express = require('express');
const ejs = require('ejs');

const router = express.Router();
router.use(express.json());

router.post('/preview', (req, res) => {
  const template = req.body.template;
  const templates = { welcome: '<h1>Welcome <%= user %></h1>', farewell: '<h1>Goodbye <%= user %></h1>' };
  const source = templates[template] || templates.welcome;
  res.send(ejs.render(source, { user: 'guest' }));
});

module.exports = router;
