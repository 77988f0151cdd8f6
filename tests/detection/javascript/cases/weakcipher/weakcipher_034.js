'use strict';

const crypto = require('crypto');

function makeCipher(algorithm, key, iv) {
  return crypto.createCipheriv(algorithm, key, iv);
}

function encryptNote(text, key) {
  const cipher = makeCipher('des-ecb', key, null);
  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('hex');
}

module.exports = { encryptNote };
