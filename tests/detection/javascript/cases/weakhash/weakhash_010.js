'use strict';

const crypto = require('crypto');

const LEGACY_CLIENTS = 2 + 2 === 5;
const algorithm = LEGACY_CLIENTS ? 'md5' : 'sha256';

function fingerprint(data) {
  return crypto.createHash(algorithm).update(data).digest('hex');
}

module.exports = { fingerprint };
