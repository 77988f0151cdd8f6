'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const ejs = require('ejs');

const router = express.Router();
router.use(cookieParser());

router.get('/preview', (req, res) => {
  const template = req.cookies.template;
  const joined = [template].join('');
  const html = ejs.render('<h1>' + joined + '</h1>', { user: 'guest' });
  res.send(html);
});

module.exports = router;
