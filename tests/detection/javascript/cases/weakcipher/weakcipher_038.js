'use strict';

const crypto = require('crypto');

function makeCipher(algorithm, key, iv) {
  return crypto.createCipheriv(algorithm, key, iv);
}

function encryptNote(text, key) {
  const cipher = makeCipher('AES-256-GCM', key, crypto.randomBytes(12));
  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('hex');
}

module.exports = { encryptNote };
