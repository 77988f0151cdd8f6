'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const Handlebars = require('handlebars');

const app = express();
app.use(cookieParser());
const greetingTemplate = Handlebars.compile('<p>Hello {{name}}</p>');

app.get('/preview', (req, res) => {
  const greeting = req.cookies['greeting'];
  res.send(greetingTemplate({ name: greeting }));
});

module.exports = app;
