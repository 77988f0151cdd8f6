'use strict';

const crypto = require('crypto');

const DIGEST_ALGORITHM = 'sha256';

function fingerprint(data) {
  return crypto.createHash(DIGEST_ALGORITHM).update(data).digest('hex');
}

module.exports = { fingerprint };
