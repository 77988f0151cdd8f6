'use strict';

const crypto = require('crypto');

function fingerprint(data) {
  return crypto.createHash('MD5').update(data).digest('hex');
}

module.exports = { fingerprint };
