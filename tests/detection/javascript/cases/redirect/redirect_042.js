'use strict';

const express = require('express');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/login/complete', (req, res) => {
  const { redirectUrl } = req.body;
  const pending = [];
  pending.push('unused');
  pending.push(redirectUrl);
  const item = pending[1];
  const wanted = String(item || '/');
  const local = wanted.startsWith('/') && !wanted.startsWith('//') && !wanted.startsWith('/\\');
  res.redirect(local ? wanted : '/');
});

module.exports = router;
