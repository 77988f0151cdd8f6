'use strict';

function backoffDelay(attempt) {
  const base = Math.min(30000, 250 * 2 ** attempt);
  return base / 2 + Math.random() * (base / 2);
}

module.exports = { backoffDelay };
