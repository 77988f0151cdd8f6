'use strict';

const nodeCrypto = require('node:crypto');

function cacheKey(parts) {
  const hasher = nodeCrypto.createHash('sha512');
  parts.forEach((part) => hasher.update(part));
  return hasher.digest('hex');
}

module.exports = { cacheKey };
