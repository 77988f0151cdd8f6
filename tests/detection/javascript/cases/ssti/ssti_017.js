'use strict';

const express = require('express');
const ejs = require('ejs');

const app = express();
app.use(express.json());

app.post('/preview', (req, res) => {
  const greeting = req.body.greeting;
  res.send(ejs.render('<h1>Hello <%= name %></h1>', { name: greeting }));
});

module.exports = app;
