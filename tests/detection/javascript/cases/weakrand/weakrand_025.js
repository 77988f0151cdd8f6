'use strict';

const crypto = require('crypto');

function cspNonce() {
  return crypto.webcrypto.getRandomValues(new Uint8Array(16)).reduce((s, b) => s + b.toString(16).padStart(2, '0'), '');
}

module.exports = { cspNonce };
