'use strict';

const crypto = require('crypto');

function digestWith(algorithm, value) {
  return crypto.createHash(algorithm).update(value).digest('hex');
}

function passwordDigest(password, salt) {
  return digestWith('sha3-256', salt + password);
}

module.exports = { passwordDigest };
