'use strict';

const express = require('express');

const router = express.Router();

router.get('/login/complete', (req, res) => {
  const { next } = req.query;
  const routes = { home: '/', cart: '/cart', profile: '/account/profile' };
  res.redirect(routes[next] || '/');
});

module.exports = router;
