'use strict';

const crypto = require('crypto');

const CIPHER_ALGORITHM = 'aes-256-gcm';
const KEY_LENGTH = 32;

function seal(plaintext, key) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv(CIPHER_ALGORITHM, key, iv);
  const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return Buffer.concat([iv, tag, encrypted]).toString('base64');
}

module.exports = { seal, KEY_LENGTH };
