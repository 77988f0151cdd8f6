'use strict';

const crypto = require('crypto');
const config = require('../../lib/config');

function fingerprint(data) {
  return crypto.createHash(config.hashAlgorithm).update(data).digest('hex');
}

module.exports = { fingerprint };
