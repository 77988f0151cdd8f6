'use strict';

const crypto = require('node:crypto');

function encryptCardNumber(plaintext, key) {
  const iv = null;
  const cipher = crypto.createCipheriv('rc4', key, iv);
  const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return encrypted.toString('base64');
}

module.exports = { encryptCardNumber };
