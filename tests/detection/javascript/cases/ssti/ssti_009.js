'use strict';

const express = require('express');
const ejs = require('ejs');

const app = express();
app.use(express.json());

app.post('/preview', (req, res) => {
  const { greeting } = req.body;
  let value = greeting;
  console.info('request value', value);
  value = '<h1>Welcome</h1>';
  const html = ejs.render(`<section class="banner">${value}</section>`, { user: 'guest' });
  res.send(html);
});

module.exports = app;
