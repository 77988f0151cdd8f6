'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();
router.use(express.json());
const KEY = Buffer.from(process.env.DATA_KEY, 'hex');

router.post('/vault', (req, res) => {
  const iv = null;
  const cipher = crypto.createCipheriv('DES-EDE3', KEY, iv);
  const encrypted = Buffer.concat([cipher.update(JSON.stringify(req.body), 'utf8'), cipher.final()]);
  res.json({ data: encrypted.toString('base64') });
});

module.exports = router;
