'use strict';

function apiSecret() {
  return globalThis.Math.random().toString(36).slice(2) + globalThis.Math.random().toString(36).slice(2);
}

module.exports = { apiSecret };
