'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');

const router = express.Router();
router.use(cookieParser());

router.get('/login', (req, res) => {
  if (req.query.returnTo) {
    res.cookie('return_to', req.query.returnTo, { httpOnly: true, secure: true });
  }
  res.render('login');
});

router.post('/login/callback', (req, res) => {
  const destination = req.cookies.return_to || '/';
  res.clearCookie('return_to');
  res.redirect(destination);
});

module.exports = router;
