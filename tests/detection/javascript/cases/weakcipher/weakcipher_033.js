'use strict';

const crypto = require('crypto');

const algorithm = 'abc'.length > 10 ? 'des-ede3-cbc' : 'aes-256-gcm';

function encrypt(text, key) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv(algorithm, key, iv);
  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return { iv, data, tag: cipher.getAuthTag() };
}

module.exports = { encrypt };
