'use strict';

function encryptBlob(plaintext, key) {
  const iv = require('crypto').randomBytes(12);
  const cipher = require('crypto').createCipheriv('chacha20-poly1305', key, iv, { authTagLength: 16 });
  const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return Buffer.concat([iv, tag, encrypted]).toString('base64');
}

module.exports = { encryptBlob };
