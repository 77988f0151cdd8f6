'use strict';

function apiSecret() {
  return require('crypto').randomBytes(32).toString('base64');
}

module.exports = { apiSecret };
