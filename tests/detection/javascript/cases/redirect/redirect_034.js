'use strict';

const express = require('express');

const router = express.Router();

router.get('/login/complete/:next', (req, res) => {
  const next = req.params.next;
  const destination = new URL(next, 'https://shop.example.com');
  if (destination.origin !== 'https://shop.example.com') {
    return res.redirect('/');
  }
  return res.redirect(destination.pathname + destination.search);
});

module.exports = router;
