'use strict';

const { createCipheriv, randomBytes } = require('crypto');

function encryptRecord(plaintext, key) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-192-gcm', key, iv);
  const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return Buffer.concat([iv, tag, encrypted]).toString('base64');
}

module.exports = { encryptRecord };
