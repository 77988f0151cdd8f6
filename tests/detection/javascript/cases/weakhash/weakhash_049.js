'use strict';

const crypto = require('crypto');

function fingerprint(data) {
  let algorithm = 'sha1';
  algorithm = 'sha512';
  return crypto.createHash(algorithm).update(data).digest('hex');
}

module.exports = { fingerprint };
