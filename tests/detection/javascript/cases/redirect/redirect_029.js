'use strict';

const express = require('express');

const router = express.Router();

router.get('/login/complete', (req, res) => {
  const next = req.query.next;
  res.redirect(next);
});

module.exports = router;
