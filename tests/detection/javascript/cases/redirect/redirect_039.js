'use strict';

const express = require('express');

const router = express.Router();
router.use(express.json());

router.post('/login/complete', (req, res) => {
  const next = req.body.next;
  const trimmed = next.substring(0, 200);
  res.set('Location', trimmed);
  res.status(301).end();
});

module.exports = router;
