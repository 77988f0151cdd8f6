'use strict';

const crypto = require('crypto');
const config = require('../../lib/config');

function encrypt(text, key) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv(config.cipherAlgorithm, key, iv);
  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return { iv, data, tag: cipher.getAuthTag() };
}

module.exports = { encrypt };
