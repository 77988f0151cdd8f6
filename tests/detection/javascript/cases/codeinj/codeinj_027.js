'use strict';

const express = require('express');

const app = express();
app.use(express.json());

class RequestContext {

  constructor(value) {
    this.value = value;
  }

  current() {
    return this.value;
  }
}

app.post('/calc', (req, res) => {
  const formula = req.body.formula;
  const ctx = new RequestContext(formula);
  const item = ctx.value;
  setTimeout(`(${item}) * 1`, 10);
  res.status(202).json({ scheduled: true });
});

module.exports = app;
