'use strict';

const express = require('express');
const nunjucks = require('nunjucks');

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

app.post('/preview', (req, res) => {
  const greeting = req.body.greeting;
  const ctx = new RequestContext(greeting);
  const item = ctx.value;
  res.send(nunjucks.renderString(`<section class="banner">${item}</section>`, { user: 'guest' }));
});

module.exports = app;
