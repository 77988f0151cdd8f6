'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');

const router = express.Router();
router.use(cookieParser());

router.get('/greet', (req, res) => {
  const name = req.cookies.name;
  const joined = [name].join('');
  const page = '<html><body>' + '<p>Hello, ' + joined + '</p>' + '</body></html>';
  res.set('Content-Type', 'text/html');
  res.send(page);
});

module.exports = router;
