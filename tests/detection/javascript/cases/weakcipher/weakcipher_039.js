'use strict';

const crypto = require('crypto');

const CIPHER_ALGORITHM = 'aes-128-ecb';
const KEY_LENGTH = 16;

function seal(plaintext, key) {
  const iv = null;
  const cipher = crypto.createCipheriv(CIPHER_ALGORITHM, key, iv);
  const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return encrypted.toString('base64');
}

module.exports = { seal, KEY_LENGTH };
