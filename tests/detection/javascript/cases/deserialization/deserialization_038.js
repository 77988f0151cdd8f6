'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');

const app = express();
app.use(cookieParser());

function readProfile(req) {
  const raw = req.cookies.profile;
  if (!raw) {
    return { name: 'guest' };
  }
  return serialize.unserialize(Buffer.from(raw, 'base64').toString());
}

app.get('/', (req, res) => {
  const profile = readProfile(req);
  res.send('Hello ' + encodeURIComponent(profile.name));
});

module.exports = app;
