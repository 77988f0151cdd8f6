'use strict';

const crypto = require('crypto');

function encrypt(text, key) {
  let algorithm = 'aes-128-ecb';
  algorithm = 'aes-128-gcm';
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv(algorithm, key, iv);
  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return { iv, data, tag: cipher.getAuthTag() };
}

module.exports = { encrypt };
