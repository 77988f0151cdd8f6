'use strict';

const crypto = require('crypto');

async function digestBytes(data) {
  const digest = await crypto.webcrypto.subtle.digest('SHA-1', data);
  return Buffer.from(digest).toString('hex');
}

module.exports = { digestBytes };
