'use strict';

const crypto = require('crypto');

function encrypt(plaintext, key) {
  const iv = crypto.randomBytes(8);
  const cipher = crypto.createCipheriv('des-cbc', key, iv);
  const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv || Buffer.alloc(0), encrypted]).toString('base64');
}

module.exports = { encrypt };
