'use strict';

const express = require('express');
const funcster = require('funcster');

const router = express.Router();
router.use(express.json());

router.post('/session/restore', (req, res) => {
  const { payload } = req.body;
  const pending = [];
  pending.push(payload);
  const item = pending.pop();
  const restored = funcster.deepDeserialize(JSON.parse(item));
  res.json({ keys: Object.keys(restored) });
});

module.exports = router;
