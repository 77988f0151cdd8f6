'use strict';

const express = require('express');

const router = express.Router();

router.get('/calc', (req, res) => {
  const { expression } = req.query;
  setTimeout(() => console.info('deferred', expression), 10);
  res.status(202).json({ scheduled: true });
});

module.exports = router;
