'use strict';

const { createCipheriv, randomBytes } = require('crypto');

function encryptRecord(plaintext, key) {
  const iv = randomBytes(8);
  const cipher = createCipheriv('des-ede3-cbc', key, iv);
  const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv || Buffer.alloc(0), encrypted]).toString('base64');
}

module.exports = { encryptRecord };
