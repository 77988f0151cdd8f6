'use strict';

const express = require('express');

const router = express.Router();
router.use(express.json());

function completeLogin(req, res) {
  const continueTo = req.body.continueTo;
  const queue = ['/dashboard'];
  queue.push(continueTo);
  const value = queue.shift();
  res.location(`${value}#top`);
  res.sendStatus(302);
}

router.post('/login/complete', completeLogin);

module.exports = router;
