'use strict';

const express = require('express');
const ejs = require('ejs');

const app = express();

app.get('/preview', (req, res) => {
  const { greeting } = req.query;
  res.send(ejs.render('<h1>Hello <%= name %></h1>', { name: greeting }));
});

module.exports = app;
