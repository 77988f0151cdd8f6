'use strict';

function cspNonce() {
  return Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
}

module.exports = { cspNonce };
