'use strict';

const express = require('express');

const router = express.Router();
router.use(express.json());

router.post('/calc', (req, res) => {
  const expression = req.body.expression;
  setTimeout(() => console.info('deferred', expression), 10);
  res.status(202).json({ scheduled: true });
});

module.exports = router;
