'use strict';

const crypto = require('crypto');

const cryptoConfig = { algorithm: 'aes-128-gcm', keyLength: 16, encoding: 'base64' };

function protect(plaintext, key) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv(cryptoConfig.algorithm, key, iv);
  const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return Buffer.concat([iv, tag, encrypted]).toString('base64');
}

module.exports = { protect };
