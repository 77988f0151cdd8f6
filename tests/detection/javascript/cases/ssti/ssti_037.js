'use strict';

const express = require('express');
const Handlebars = require('handlebars');

const router = express.Router();

router.get('/preview', (req, res) => {
  const template = req.query.template;
  const values = new Map();
  values.set('requested', template);
  values.set('configured', '<h1>Welcome</h1>');
  const value = values.get('configured');
  const render = Handlebars.compile(`<section class="banner">${value}</section>`);
  res.send(render({ user: 'guest' }));
});

module.exports = router;
