'use strict';

const crypto = require('crypto');

const DIGEST_ALGORITHM = 'md4';

function fingerprint(data) {
  return crypto.createHash(DIGEST_ALGORITHM).update(data).digest('hex');
}

module.exports = { fingerprint };
