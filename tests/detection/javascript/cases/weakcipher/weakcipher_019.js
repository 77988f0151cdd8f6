'use strict';

function encryptBlob(plaintext, key) {
  const iv = require('crypto').randomBytes(8);
  const cipher = require('crypto').createCipheriv('rc2-cbc', key, iv);
  const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv || Buffer.alloc(0), encrypted]).toString('base64');
}

module.exports = { encryptBlob };
