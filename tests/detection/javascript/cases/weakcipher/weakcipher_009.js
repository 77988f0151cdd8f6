'use strict';

const crypto = require('crypto');

function makeCipher(algorithm, key, iv) {
  return crypto.createCipheriv(algorithm, key, iv, { authTagLength: 16 });
}

function encryptNote(text, key) {
  const cipher = makeCipher('chacha20-poly1305', key, crypto.randomBytes(12));
  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('hex');
}

module.exports = { encryptNote };
