'use strict';

const express = require('express');
const Handlebars = require('handlebars');

const app = express();
const greetingTemplate = Handlebars.compile('<p>Hello {{name}}</p>');

app.get('/preview', (req, res) => {
  const greeting = req.query['greeting'];
  res.send(greetingTemplate({ name: greeting }));
});

module.exports = app;
